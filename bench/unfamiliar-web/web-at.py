"""Web at: opinion and verification desks. Eleven sites in English, German,
French, Spanish, Portuguese, Italian and Polish: six opinion sections of
papers and five fact-check outlets, each on its own template.

Opinion: a WordPress / Newspack harbour paper (guest essay posted by the
WordPress user "Opinion Desk" with "By Ruth Okafor" as the first line of the
post and the bio line "Ruth Okafor is a professor of ..." at its foot; a
column "Ledger Lines: ..."; an editorial by "The Editorial Board"; one
reader's letter on its own page), a German regional paper (Leitartikel,
"Ein Gastbeitrag von ..." with "... ist Professor für ...", "In eigener
Sache" signed "Die Redaktion" while the JSON-LD names the paper as author),
a French daily in the Le Monde style (Tribune with « » headline and an
author__desc, Chronique "Vu d'en bas : ...", Éditorial of "La rédaction"), a
Spanish regional on a Vocento-like template (Tribuna, "La Esquina: ...",
an unsigned EDITORIAL), an Italian paper (guest "Opinione" by a
professoressa, "Il Taccuino: ...", one "Lettera al direttore" by its
reader) and a Polish paper (felieton "Z drugiej strony: ...", a guest
"Komentarz" by a professor, a Demagog-like "Fałsz" check).

Fact-check: PolitiFact-like (statement block with the claimant and "stated
on March 2, 2025", a Truth-O-Meter image, "By X • March 6, 2025"),
Correctiv-like (Behauptung box "Verbreitet von ... am 14. Februar 2025",
Bewertung "Falsch", "Redigatur: ..."), AFP Factuel-like ("Par Claire
DUPONT, AFP France", "Publié le ... Mis à jour le ...", "Faux"),
Chequeado-like ("Engañoso", the claim by a diputado on an earlier date,
"Edición: ..."), Lupa-like ("07.mar.2025 | 14h32", "FALSO", "Checagem de
X, edição de Y"). All carry ClaimReview JSON-LD whose author is the
organisation and whose itemReviewed names the claimant and the claim's
date - neither the story's author nor date.

Non-articles on every site: home, section front, columnist index or team
page, author bio, letters-to-the-editor page (several letters), cartoon
page (image + caption, og:type article), methodology / how we rate /
corrections policy, submit-a-claim or letter form, newsletter, tag, search,
about/contact. Feeds, sitemaps and robots.txt on some sites. Writes the
sites and truth.json under the directory given as the first argument.
Crawled once with /tmp/nr-base/newsroom: stored 34 of 34, titles 34, dates
25 (the offset of JSON-LD / <time datetime> ignored for AFP-like, Lupa-like
visible local times and Correctiv-like dates cut to midnight), authors 24
(WordPress user or site name instead of the guest / letter writer / "Die
Redaktion"; "La rédaction" and "Autor: prof. dr hab. ..." unread; "AFP
France" kept as an author; "A e B" in one <strong> kept as A), bodies 9 of
10, 12 of 115 non-articles stored (all six letters pages and the
methodology / how-we-rate pages)."""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18124
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def paras(ps):
    return "".join("<p>%s</p>" % E(p) for p in ps)


class Site:
    def __init__(self, n, name, lang, nav, css):
        self.host = "127.0.4.%d" % (160 + n)
        self.name, self.lang, self.nav, self.css = name, lang, nav, css
        self.links = []  # (path, label) for the home page

    def url(self, p):
        return U(self.host, p)

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s %s"><header class="site-header"><a class="logo" href="/">%s</a>'
                '<nav class="main-nav"><ul>%s</ul></nav></header><main id="main">%s</main>'
                '<footer class="site-footer"><p>&copy; 2025 %s</p><ul>%s</ul></footer></body></html>') % (
            self.lang, E(title), head, self.css, cls, E(self.name), nav, body, E(self.name), nav)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.links.append((path, title))

    def non(self, path, doc, label=None):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        if label:
            self.links.append((path, label))

    def home(self, intro):
        lis = "".join('<li class="teaser"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in self.links)
        doc = self.shell(self.name, '<h1 class="visually-hidden">%s</h1><p>%s</p><ul class="river">%s</ul>' % (E(self.name), E(intro), lis), cls="home")
        write_page(OUT, self.host, "/", doc)
        truth["nonarticles"].append(self.url("/"))

    def robots(self, sitemap=False):
        r = "User-agent: *\nDisallow: /wp-admin/\n"
        if sitemap:
            arts = [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]
            locs = "".join("<url><loc>%s</loc><lastmod>%sT12:00:00Z</lastmod></url>" % (E(a["url"]), a["date"]) for a in arts)
            write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
            r += "Sitemap: %s\n" % self.url("/sitemap.xml")
        write_page(OUT, self.host, "/robots.txt", r)

    def rss(self, path):
        arts = [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(a["title"]), E(a["url"]), datetime.datetime.strptime(a["date"], "%Y-%m-%d").strftime("%a, %d %b %Y 12:00:00 GMT")) for a in arts)
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


def simple(s, path, title, inner, label=None, og_article=False, cls="page"):
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="%s">' % (E(title), "article" if og_article else "website")
    s.non(path, s.shell("%s | %s" % (title, s.name), '<div class="container"><h1 class="page-title">%s</h1>%s</div>' % (E(title), inner), head, cls), label or title)


def letters_page(s, path, title, letters, intro="", date_line=""):
    inner = '<p class="intro">%s</p><p class="dateline">%s</p>' % (E(intro), E(date_line))
    for h, body, who in letters:
        inner += '<article class="letter"><h2>%s</h2>%s<p class="letter-signoff"><strong>%s</strong></p></article>' % (E(h), paras(body), E(who))
    simple(s, path, title, inner, og_article=True, cls="letters")


# =====================================================================
# A. The Harbour Ledger (en, WordPress + Newspack)
# =====================================================================
A = Site(1, "The Harbour Ledger", "en", [("/opinion/", "Opinion"), ("/opinion/columnists/", "Columnists"), ("/opinion/letters/", "Letters"),
                                          ("/newsletters/", "Newsletters"), ("/about/", "About"), ("/contact/", "Contact")], "wp-newspack")


def a_post(path, cat, title, dt, iso, wp_user, byline_html, body_html, yoast_author, extra_cls="", dek=""):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": A.url(path) + "#article", "headline": title, "datePublished": iso, "dateModified": iso,
         "author": {"@type": "Person", "name": yoast_author}, "articleSection": cat, "publisher": {"@type": "Organization", "name": A.name}},
        {"@type": "WebPage", "@id": A.url(path), "name": title + " - The Harbour Ledger"}]}
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s">'
            '<meta property="article:published_time" content="%s">%s') % (E(title), E(wp_user), iso, jl(graph))
    body = ('<div class="site-content"><article class="post type-post status-publish format-standard category-%s %s">'
            '<header class="entry-header"><span class="cat-links"><a href="/opinion/">%s</a></span><h1 class="entry-title">%s</h1>%s'
            '<div class="entry-subhead"><div class="entry-meta">%s<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></div></header>'
            '<div class="entry-content">%s</div>'
            '<aside class="newspack-newsletters-signup"><h3>Get Opinion in your inbox</h3><p>Sign up for the Sunday Argument newsletter.</p></aside>'
            '<div class="jp-relatedposts"><h3>Related</h3><ul><li><a href="/opinion/letters/">Letters: readers on the ferry fare rise</a> <span>2 days ago</span></li></ul></div>'
            '</article></div>') % (cat.lower(), extra_cls, E(cat), E(title), ('<p class="newspack-post-subtitle">%s</p>' % E(dek)) if dek else "", byline_html, iso, dt, body_html)
    return A.shell(title + " - The Harbour Ledger", body, head, "single single-post")


p1 = ["Every winter the harbour authority publishes a dredging plan, and every winter the plan assumes that the channel silts up at the same rate it did in 1990. It does not, and the gap between the model and the mud is now costing the port its deep-water calls.",
      "My students measured sediment at eleven points along the approach last autumn. At seven of them the bed had risen by more than forty centimetres in a single season, twice the figure the authority uses to set its budget.",
      "The consequence is predictable. Ships that draw more than eleven metres now wait for the top of the tide, and two container lines have quietly moved their Tuesday call to a rival port up the coast.",
      "None of this requires a new agency or a bond issue. It requires the authority to survey twice a year instead of once, to publish the data, and to let the budget follow the measurements rather than the other way round.",
      "Ports do not decline in a single dramatic season. They decline one missed call at a time, and the council still has a year to stop that from happening here."]
p2 = ["There is a timetable pinned to the glass at the ferry terminal, and I have never once seen a passenger read it. They read their phones, which tell them a different story, and they are usually right to trust the phone.",
      "The printed sheet was last revised when the old Kittiwake was still running the late crossing. The late crossing was cut two summers ago, but the sheet has not heard the news.",
      "This would be a small thing if it were the only thing. But the same office that forgot the timetable also forgot to tell the island school that the first boat now leaves eight minutes earlier.",
      "I asked the operator about it last week. A polite man promised a review, which in ferry language means the next printing, which in turn means nobody knows.",
      "Until then, regulars will keep doing what they have always done: ask the deckhand, who knows everything, and ignore the glass, which knows nothing."]
p3 = ["The council will vote on Thursday on whether to sell the old customs house to a hotel developer for a little under four million pounds. It should vote no, at least for now.",
      "The building is not beautiful in the way postcards demand, but it is the last public building on the quay that still belongs to the public. Once sold, it will not come back.",
      "The developer's offer may well be fair. The problem is that the council has not tested it: there was no open tender, no valuation published, and no consultation beyond a single evening meeting in January.",
      "A six-month pause would cost little. It would let the council invite other bids, including the community trust that has already raised three hundred thousand pounds toward a market hall.",
      "If the hotel still wins after a fair contest, so be it. But a decision this permanent deserves better than a rushed vote in the last week of the financial year."]
p4 = ["I have walked along the harbour wall most mornings for thirty-one years, and I was dismayed to read that the repairs have been postponed again.",
      "The railings near the lifeboat station have been loose since the storm in November. Children climb on them while their parents look at the boats, and one day somebody will fall.",
      "Your reporter wrote that the council is waiting for a grant decision. I would gently suggest that a few bolts and a morning's work do not need a grant.",
      "I hope someone at the town hall reads this before the summer visitors arrive."]

A.art("/2025/03/06/the-channel-is-silting-faster-than-the-port-admits/",
      a_post("/2025/03/06/the-channel-is-silting-faster-than-the-port-admits/", "Opinion", "The channel is silting faster than the port admits",
             "March 6, 2025", "2025-03-06T06:00:00-05:00", "Opinion Desk",
             '<span class="byline"><span class="author-label">By</span> <span class="author vcard"><a class="url fn n" href="/author/opinion-desk/">Opinion Desk</a></span></span>',
             '<p class="guest-essay-label"><em>Guest essay</em></p><p><strong>By Ruth Okafor</strong></p>' + paras(p1) +
             '<p><em>Ruth Okafor is a professor of coastal engineering at the University of the North Sea Coast and directs its Estuary Sediment Lab.</em></p>',
             "Opinion Desk", "guest-essay", "A guest essay on the port's dredging plan."),
      "The channel is silting faster than the port admits", "2025-03-06", ["Ruth Okafor"], "2025-03-06T11:00", must=[p1[0][:60], p1[-1][:60]], must_not=["Sign up for the Sunday Argument newsletter"])
A.art("/2025/03/04/ledger-lines-the-ferry-timetable-nobody-reads/",
      a_post("/2025/03/04/ledger-lines-the-ferry-timetable-nobody-reads/", "Columns", "Ledger Lines: The ferry timetable nobody reads",
             "March 4, 2025", "2025-03-04T07:30:00-05:00", "Tom Aldridge",
             '<span class="byline"><span class="author-avatar"><img src="/img/aldridge.jpg" alt="Tom Aldridge"></span><span class="author-label">By</span> <span class="author vcard"><a class="url fn n" href="/author/tom-aldridge/">Tom Aldridge</a></span> <span class="author-role">Columnist</span></span>',
             paras(p2) + '<div class="author-bio"><h4>Tom Aldridge</h4><p>Tom Aldridge writes Ledger Lines every Tuesday. He has covered the harbour since 1998.</p><a href="/author/tom-aldridge/">More by Tom Aldridge</a></div>',
             "Tom Aldridge"),
      "Ledger Lines: The ferry timetable nobody reads", "2025-03-04", ["Tom Aldridge"], "2025-03-04T12:30")
A.art("/2025/03/02/editorial-dont-rush-the-customs-house-sale/",
      a_post("/2025/03/02/editorial-dont-rush-the-customs-house-sale/", "Editorials", "Don't rush the customs house sale",
             "March 2, 2025", "2025-03-02T05:00:00-05:00", "The Editorial Board",
             '<span class="byline"><span class="author-label">By</span> <span class="author vcard"><a class="url fn n" href="/author/editorial-board/">The Editorial Board</a></span></span>',
             paras(p3) + '<p class="editorial-note"><em>Editorials represent the view of The Harbour Ledger\'s editorial board, which is separate from the newsroom.</em></p>',
             "The Editorial Board"),
      "Don't rush the customs house sale", "2025-03-02", ["The Editorial Board"], "2025-03-02T10:00")
A.art("/opinion/letters/the-harbour-wall-deserves-better/",
      a_post("/opinion/letters/the-harbour-wall-deserves-better/", "Letters", "Letter: The harbour wall deserves better",
             "March 7, 2025", "2025-03-07T08:00:00-05:00", "Letters Editor",
             '<span class="byline"><span class="author-label">By</span> <span class="author vcard"><a class="url fn n" href="/author/letters-editor/">Letters Editor</a></span></span>',
             paras(p4) + '<p class="letter-signoff"><strong>Margaret Hale</strong><br>Portside</p><p><em>Have an opinion? <a href="/opinion/submit-a-letter/">Submit a letter to the editor</a>.</em></p>',
             "Letters Editor"),
      "Letter: The harbour wall deserves better", "2025-03-07", ["Margaret Hale"], "2025-03-07T13:00")

letters_page(A, "/opinion/letters/", "Letters to the Editor", [
    ("Fare rise hits island families", ["The new ferry fares will cost my family more than two hundred pounds a year. We have no other way to reach the mainland hospital."], "Alan Pryce, Holm Island"),
    ("Praise for the lifeboat crew", ["Thank you to the volunteers who towed my son's dinghy back on Sunday. They deserve every penny we give them."], "Susan Reid, Eastquay"),
    ("Parking on the quay", ["Could the council explain why the quay car park now closes at six, just when the restaurants open?"], "D. Morgan, Old Town"),
    ("The customs house", ["I agree with your editorial. Sell the building in haste and we will regret it at leisure."], "Peter Lowe, Harbourside")],
    "Letters published March 7, 2025. Letters may be edited for length and clarity.", "Friday, March 7, 2025")
simple(A, "/opinion/", "Opinion", '<ul class="opinion-river"><li><a href="/2025/03/06/the-channel-is-silting-faster-than-the-port-admits/">The channel is silting faster than the port admits</a> <span class="byline">Ruth Okafor</span> <time>March 6, 2025</time></li><li><a href="/2025/03/04/ledger-lines-the-ferry-timetable-nobody-reads/">Ledger Lines: The ferry timetable nobody reads</a> <span class="byline">Tom Aldridge</span> <time>March 4, 2025</time></li><li><a href="/2025/03/02/editorial-dont-rush-the-customs-house-sale/">Don\'t rush the customs house sale</a> <span class="byline">The Editorial Board</span></li></ul>')
simple(A, "/opinion/columnists/", "Our columnists", '<div class="columnist"><h2><a href="/author/tom-aldridge/">Tom Aldridge</a></h2><p>Ledger Lines, Tuesdays. The harbour, the ferries and the people who run them.</p></div><div class="columnist"><h2>Jenny Marsh</h2><p>Small Print, Thursdays. Consumer rights and the council budget.</p></div>')
simple(A, "/author/tom-aldridge/", "Tom Aldridge", '<div class="author-bio"><img src="/img/aldridge.jpg" alt=""><p>Tom Aldridge is a columnist for The Harbour Ledger. He joined the paper in 1998 as a shipping reporter and has written Ledger Lines since 2011. He lives in Old Town with two cats and a leaking rowing boat.</p></div><h2>Latest from Tom Aldridge</h2><ul><li><a href="/2025/03/04/ledger-lines-the-ferry-timetable-nobody-reads/">Ledger Lines: The ferry timetable nobody reads</a> <time datetime="2025-03-04">March 4, 2025</time></li></ul>', cls="archive author")
simple(A, "/opinion/cartoon/2025-03-05/", "Cartoon: The tide waits for no budget", '<figure class="wp-block-image"><img src="/img/cartoon-2025-03-05.jpg" alt="A dredger stuck in mud while councillors argue on the quay"><figcaption>The tide waits for no budget. Cartoon by Sam Iles, March 5, 2025.</figcaption></figure>', og_article=True, cls="single single-cartoon")
simple(A, "/opinion/submit-a-letter/", "Submit a letter to the editor", '<p>Letters should be no longer than 250 words and must include your full name, town and a daytime phone number, which we will not publish.</p><form method="post" action="/opinion/submit-a-letter/"><label>Name <input name="name"></label><label>Town <input name="town"></label><label>Letter <textarea name="letter"></textarea></label><button>Send</button></form>')
simple(A, "/newsletters/", "Newsletters", '<p>Choose the newsletters you want.</p><ul><li><strong>The Sunday Argument</strong> - the week\'s best opinion, every Sunday.</li><li><strong>Tide Tables</strong> - the morning news from the harbour.</li></ul><form><input type="email" placeholder="Email"><button>Subscribe</button></form>')
simple(A, "/tag/ferries/", "Tag: Ferries", '<ul><li><a href="/2025/03/04/ledger-lines-the-ferry-timetable-nobody-reads/">Ledger Lines: The ferry timetable nobody reads</a></li></ul>', cls="archive tag")
simple(A, "/about/", "About The Harbour Ledger", '<p>The Harbour Ledger is an independent nonprofit newsroom covering the port and the towns around it. Our opinion section is run separately from our news reporting.</p>')
simple(A, "/contact/", "Contact us", '<p>Newsroom: news@harbourledger.example. Opinion: letters@harbourledger.example. 14 Quay Street.</p>')
A.home("Independent news and opinion from the harbour.")
A.rss("/feed/")
A.robots(sitemap=True)

# =====================================================================
# B. TruthGauge (en, PolitiFact-like)
# =====================================================================
B = Site(2, "TruthGauge", "en", [("/factchecks/", "Fact-checks"), ("/article/how-we-rate/", "How we rate"), ("/article/our-methodology/", "Methodology"),
                                 ("/corrections-policy/", "Corrections"), ("/submit-a-claim/", "Submit a claim"), ("/staff/", "Staff"), ("/about/", "About")], "pf")

RULE = {"False": "false", "Mostly False": "barely-true", "Half True": "half-true"}


def b_check(path, who, who_desc, stated, stated_iso, claim, rating, head, author, date, date_iso, editor, body, sources):
    cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": B.url(path), "datePublished": date_iso,
          "author": {"@type": "Organization", "name": "TruthGauge", "url": B.url("/")}, "claimReviewed": claim,
          "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 6, "worstRating": 1, "alternateName": rating},
          "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": who, "jobTitle": who_desc}, "datePublished": stated_iso,
                           "appearance": {"@type": "CreativeWork", "url": "https://example.org/ad"}}}
    head_html = '<meta property="og:type" content="website"><meta property="og:title" content="TruthGauge - %s">%s' % (E(head), jl(cr))
    body_html = (
        '<section class="o-stage"><div class="m-statement"><div class="m-statement__author"><div class="m-statement__avatar"><img src="/img/%s.jpg" alt="%s"></div>'
        '<div class="m-statement__body"><a class="m-statement__name" href="/personalities/%s/">%s</a><div class="m-statement__desc">stated on %s in a campaign ad:</div></div></div>'
        '<div class="m-statement__quote">%s</div><div class="m-statement__meter"><div class="c-image"><img src="/img/meter-%s.jpg" alt="%s" class="c-image__original"></div></div>'
        '<footer class="m-statement__footer">By %s &bull; %s</footer></div></section>'
        '<section class="o-pick"><h1 class="c-title c-title--subline">%s</h1></section>'
        '<section class="m-author"><div class="m-author__content copy-xs u-color--chateau"><a href="/staff/%s/">%s</a><span class="m-author__date">%s</span></div></section>'
        '<article class="m-textblock">%s<p><strong>Our ruling</strong></p><p>%s said the claim in the ad was accurate. It is not. We rate it %s.</p>'
        '<p class="m-textblock__credit"><em>Fact-check by %s, edited by %s.</em></p></article>'
        '<section class="m-superbox"><h3>Our Sources</h3><ul>%s</ul></section>'
        '<aside class="m-callout"><p>Read about <a href="/article/how-we-rate/">our process</a>. Got a claim? <a href="/submit-a-claim/">Tell us</a>.</p></aside>') % (
        slug(who), E(who), slug(who), E(who), E(stated), E("\u201c%s\u201d" % claim), RULE[rating], E(rating), E(who), E(stated),
        E(head), slug(author), E(author), E(date), paras(body), E(who), E(rating), E(author), E(editor),
        "".join("<li>%s</li>" % E(x) for x in sources))
    return B.shell("TruthGauge | %s" % head, body_html, head_html, "factcheck-detail")


def slug(s):
    import re
    import unicodedata
    s = unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


bp1 = ["In a television spot that began airing in the first week of March, Rourke tells viewers that state leaders have slashed school funding by 40 percent since 2020. The ad shows an empty classroom while the figure appears on screen.",
       "State budget documents show the opposite trend in raw dollars. General fund appropriations for K-12 schools rose from $9.1 billion in fiscal 2020 to $10.4 billion in fiscal 2025, according to the legislative fiscal office.",
       "Adjusted for inflation, per-pupil spending fell slightly in two of those years, but the largest annual drop we found was about 3 percent, nowhere near 40 percent.",
       "A spokesperson for the Rourke campaign pointed us to a single grant program for school building repairs that was cut by roughly 40 percent. That program makes up less than one half of one percent of school spending."]
bp2 = ["Beard's post says the state's new voter list rules will remove anyone who skipped a single election. The post was shared more than 12,000 times within two days.",
       "The law signed in January does allow election officials to begin a review of voters who have not cast a ballot in four consecutive years, a change from the previous six-year window.",
       "But no one is removed after one missed election. Voters flagged in the review receive a mailed notice, and they stay on the rolls for two more federal election cycles unless they confirm a move.",
       "Election law experts we spoke to said the change is meaningful but described the post's version as a significant distortion."]
bp3 = ["Mayor Lindqvist said at a February town hall that the city's homicide rate is the lowest it has been in fifty years. Her office later repeated the line in a newsletter to residents.",
       "Police department data show 14 homicides in 2024, the fewest since 2013. In 1974, the earliest year with comparable data, there were 19, but the city was smaller then, and the rate per 100,000 residents was lower in four years of the 1970s.",
       "The mayor's office said it was referring to raw numbers, not the rate. Even by that measure, 2013 had fewer homicides, with 12.",
       "Criminologists caution that year-to-year swings in small numbers of homicides say little about long-term trends."]
B.art("/factchecks/2025/mar/06/dale-rourke/no-state-did-not-cut-school-funding-40/",
      b_check("/factchecks/2025/mar/06/dale-rourke/no-state-did-not-cut-school-funding-40/", "Dale Rourke", "Candidate for governor", "March 2, 2025", "2025-03-02",
              "State leaders have cut school funding by 40 percent since 2020.", "False", "No, the state did not cut school funding by 40% since 2020",
              "Jamie Ortiz", "March 6, 2025", "2025-03-06", "Priya Nair", bp1, ["Legislative Fiscal Office, K-12 appropriations, 2020-2025", "Email interview, Rourke campaign, March 4, 2025"]),
      "No, the state did not cut school funding by 40% since 2020", "2025-03-06", ["Jamie Ortiz"], must=[bp1[0][:60]], must_not=["Got a claim?"])
B.art("/factchecks/2025/feb/27/kevin-beard/voters-wont-be-purged-after-missing-one-election/",
      b_check("/factchecks/2025/feb/27/kevin-beard/voters-wont-be-purged-after-missing-one-election/", "Kevin Beard", "Social media user", "February 21, 2025", "2025-02-21",
              "The new law will purge anyone from the voter rolls who skips a single election.", "False", "Voters won't be purged for missing one election under new law",
              "Alicia Moreno", "February 27, 2025", "2025-02-27", "Priya Nair", bp2, ["State Election Code, section 12.4 as amended January 2025"]),
      "Voters won't be purged for missing one election under new law", "2025-02-27", ["Alicia Moreno"])
B.art("/factchecks/2025/feb/20/karin-lindqvist/homicide-rate-not-lowest-in-fifty-years/",
      b_check("/factchecks/2025/feb/20/karin-lindqvist/homicide-rate-not-lowest-in-fifty-years/", "Karin Lindqvist", "Mayor", "February 11, 2025", "2025-02-11",
              "Our homicide rate is the lowest it has been in fifty years.", "Mostly False", "Mayor's claim that homicides are at a 50-year low misses the mark",
              "Jamie Ortiz", "February 20, 2025", "2025-02-20", "Sean Walsh", bp3, ["City Police Department annual reports, 1974-2024"]),
      "Mayor's claim that homicides are at a 50-year low misses the mark", "2025-02-20", ["Jamie Ortiz"])
simple(B, "/article/how-we-rate/", "How we rate claims: the Truth-O-Meter", '<p>The goal of the Truth-O-Meter is to reflect the relative accuracy of a statement. The meter has six ratings, in decreasing level of truthfulness.</p><dl><dt>TRUE</dt><dd>The statement is accurate and there is nothing significant missing.</dd><dt>HALF TRUE</dt><dd>The statement is partially accurate but leaves out important details.</dd><dt>MOSTLY FALSE</dt><dd>The statement contains an element of truth but ignores critical facts.</dd><dt>FALSE</dt><dd>The statement is not accurate.</dd></dl><p>Published February 12, 2019. Updated January 3, 2025.</p>', og_article=True)
simple(B, "/article/our-methodology/", "Our methodology: how we choose and check claims", '<p>By Sean Walsh, Executive Editor</p><p>We select claims that are newsworthy, verifiable and likely to be repeated. We do not check opinions or predictions.</p><p>Every fact-check is researched by a reporter, reviewed by an editor, and rated by a panel of three editors who vote on the rating.</p><p>We contact the person who made the claim and give them a chance to provide evidence. We list every source we used at the end of the story.</p><p>Last updated January 3, 2025.</p>', og_article=True)
simple(B, "/corrections-policy/", "Corrections and updates policy", '<p>When we make a mistake, we correct it and note the correction at the bottom of the fact-check. If the correction changes the rating, we add "CORRECTION" to the headline.</p><p>To request a correction, email corrections@truthgauge.example.</p>')
simple(B, "/submit-a-claim/", "Submit a claim for us to check", '<form method="post"><label>What was said? <textarea name="claim"></textarea></label><label>Who said it? <input name="speaker"></label><label>Where did you see it? <input name="link"></label><button>Submit</button></form>')
simple(B, "/staff/", "Our staff", '<ul><li><a href="/staff/jamie-ortiz/">Jamie Ortiz</a>, senior correspondent</li><li>Alicia Moreno, staff writer</li><li>Priya Nair, deputy editor</li><li>Sean Walsh, executive editor</li></ul>')
simple(B, "/staff/jamie-ortiz/", "Jamie Ortiz", '<div class="m-author-bio"><p>Jamie Ortiz is a senior correspondent at TruthGauge. Before joining in 2019, Jamie covered the statehouse for the Capital Wire.</p></div><h2>Recent fact-checks by Jamie Ortiz</h2><ul><li><a href="/factchecks/2025/mar/06/dale-rourke/no-state-did-not-cut-school-funding-40/">No, the state did not cut school funding by 40% since 2020</a> March 6, 2025</li></ul>')
simple(B, "/personalities/dale-rourke/", "Dale Rourke", '<p>Dale Rourke is a Republican candidate for governor.</p><h2>Dale Rourke\'s file</h2><ul><li>False: "State leaders have cut school funding by 40 percent since 2020." - March 2, 2025</li></ul>')
simple(B, "/factchecks/", "Latest fact-checks", "".join('<article class="o-listicle__item"><div class="m-statement__quote"><a href="%s">%s</a></div></article>' % (p, E(t)) for p, t in B.links[:3]))
simple(B, "/factchecks/list/?ruling=false".replace("?", "").replace("=", "-") + "/", "False ratings", '<ul><li><a href="/factchecks/2025/mar/06/dale-rourke/no-state-did-not-cut-school-funding-40/">Dale Rourke: school funding cut 40%</a></li></ul>')
simple(B, "/about/", "About TruthGauge", '<p>TruthGauge is a nonpartisan fact-checking website run by a nonprofit newsroom. We are a signatory of the International Fact-Checking Network code of principles.</p>')
B.home("Sorting out the truth in state politics.")
B.robots(sitemap=True)

# =====================================================================
# C. Westfälische Abendpost (de, home-made CMS)
# =====================================================================
C = Site(3, "Westfälische Abendpost", "de", [("/meinung/", "Meinung"), ("/meinung/kolumnen/", "Kolumnen"), ("/meinung/leserbriefe/", "Leserbriefe"),
                                             ("/meinung/karikatur/", "Karikatur"), ("/newsletter/", "Newsletter"), ("/impressum/", "Impressum"), ("/kontakt/", "Kontakt")], "wap")


def c_art(path, kicker, title, teaser, byline, date_text, iso, ld_author, body, footer=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "description": teaser,
          "author": ld_author, "publisher": {"@type": "Organization", "name": C.name}, "isAccessibleForFree": True}
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s: %s">%s' % (E(kicker), E(title), jl(ld))
    b = ('<article class="article"><header class="article-header"><span class="article-header__kicker">%s</span><h1 class="article-header__headline">%s</h1>'
         '<p class="article-header__intro">%s</p><div class="article-header__meta"><span class="article-header__author">%s</span>'
         '<time class="article-header__date" datetime="%s">%s</time></div></header><div class="article-body">%s%s</div>'
         '<section class="article-more"><h2>Mehr zum Thema</h2><ul><li><a href="/meinung/">Kommentar: Der Haushalt bleibt auf Kante genäht</a> <span>vor 3 Stunden</span></li></ul></section></article>') % (
        E(kicker), E(title), E(teaser), byline, iso, date_text, body, footer)
    return C.shell("%s: %s | Westfälische Abendpost" % (kicker, title), b, head)


cp1 = ["Die Stadt hat in den vergangenen zehn Jahren gelernt, Probleme zu verwalten, statt sie zu lösen. Das zeigt kein Thema so deutlich wie der Hauptbahnhof, dessen Umbau nun zum dritten Mal verschoben wird.",
       "Der Rat hat am Dienstag beschlossen, die Entscheidung über die Finanzierung auf den Herbst zu vertagen. Begründet wird das mit offenen Fragen zur Förderung durch das Land.",
       "Diese Fragen sind berechtigt, aber sie sind nicht neu. Sie lagen schon vor zwei Jahren auf dem Tisch, als die Verwaltung den Zeitplan vorgestellt hat, den sie jetzt selbst kassiert.",
       "Wer jeden Morgen durch die dunkle Unterführung zu den Gleisen geht, erwartet von seiner Stadt nicht Perfektion, sondern einen Termin, der hält. Dafür braucht es Mut zur Entscheidung."]
cp2 = ["Seit Jahren wird in der Region über den Ausbau der S-Bahn gesprochen, und seit Jahren fehlt eine ehrliche Rechnung darüber, was der Verzicht auf den Ausbau kostet.",
       "Unsere Untersuchungen an der Hochschule zeigen, dass jeder Pendler, der vom Auto auf die Schiene wechselt, der Kommune im Jahr rund 900 Euro an Straßenunterhalt und Lärmschutz erspart.",
       "Das Argument, die Bahn sei zu teuer, greift deshalb zu kurz. Teuer ist vor allem die Verzögerung: Jedes Jahr ohne Taktverdichtung verfestigt Gewohnheiten, die sich später kaum ändern lassen.",
       "Die Landesregierung sollte die Mittel für den zweiten Bauabschnitt jetzt freigeben, statt auf das nächste Gutachten zu warten."]
cp3 = ["Liebe Leserinnen und Leser, ab dem 1. April ändern wir die Kommentarfunktion auf unserer Internetseite. Kommentare erscheinen künftig erst, nachdem ein Mitglied unseres Teams sie gelesen hat.",
       "Wir haben uns diese Entscheidung nicht leicht gemacht. In den vergangenen Monaten hat die Zahl beleidigender und falscher Beiträge aber so stark zugenommen, dass eine nachträgliche Kontrolle nicht mehr ausreicht.",
       "Für Abonnentinnen und Abonnenten bleibt das Kommentieren kostenlos. Wer nicht registriert ist, kann uns weiterhin per Leserbrief oder über das Kontaktformular erreichen.",
       "Wir freuen uns auf eine lebhafte, aber faire Debatte und danken allen, die sie seit Jahren mit klugen Beiträgen bereichern."]
C.art("/meinung/leitartikel-die-stadt-braucht-mut-zur-entscheidung-art-104233",
      c_art("/meinung/leitartikel-die-stadt-braucht-mut-zur-entscheidung-art-104233", "Leitartikel", "Die Stadt braucht Mut zur Entscheidung",
            "Der Umbau des Hauptbahnhofs wird erneut verschoben. Das ist mehr als eine Verwaltungspanne.",
            'Von <a href="/autoren/katrin-oberlaender/">Katrin Oberländer</a>', "06.03.2025, 18:30 Uhr", "2025-03-06T18:30:00+01:00",
            {"@type": "Person", "name": "Katrin Oberländer"}, paras(cp1)),
      "Die Stadt braucht Mut zur Entscheidung", "2025-03-06", ["Katrin Oberländer"], "2025-03-06T17:30")
C.art("/meinung/gastkommentar-wer-die-s-bahn-verschiebt-zahlt-doppelt-art-104101",
      c_art("/meinung/gastkommentar-wer-die-s-bahn-verschiebt-zahlt-doppelt-art-104101", "Gastkommentar", "Wer die S-Bahn verschiebt, zahlt doppelt",
            "Ein Verkehrsforscher rechnet vor, was der Verzicht auf den Ausbau kostet.",
            'Ein Gastbeitrag von Jörg Wendt', "04.03.2025, 06:00 Uhr", "2025-03-04T06:00:00+01:00",
            {"@type": "Person", "name": "Jörg Wendt"}, paras(cp2),
            '<p class="article-body__bio"><em>Jörg Wendt ist Professor für Verkehrsplanung an der Technischen Hochschule Hamm. Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.</em></p>'),
      "Wer die S-Bahn verschiebt, zahlt doppelt", "2025-03-04", ["Jörg Wendt"], "2025-03-04T05:00")
C.art("/meinung/in-eigener-sache-so-aendern-wir-unsere-kommentarfunktion-art-103950",
      c_art("/meinung/in-eigener-sache-so-aendern-wir-unsere-kommentarfunktion-art-103950", "In eigener Sache", "So ändern wir unsere Kommentarfunktion",
            "Ab April werden Kommentare vor der Veröffentlichung geprüft.", "", "01.03.2025, 10:00 Uhr", "2025-03-01T10:00:00+01:00",
            {"@type": "Organization", "name": "Westfälische Abendpost"}, paras(cp3), '<p class="article-body__signature"><strong>Die Redaktion</strong></p>'),
      "So ändern wir unsere Kommentarfunktion", "2025-03-01", ["Die Redaktion"], "2025-03-01T09:00")
simple(C, "/meinung/", "Meinung", '<ul>%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in C.links))
simple(C, "/meinung/kolumnen/", "Unsere Kolumnistinnen und Kolumnisten", '<div class="kolumne"><h2>Berliner Notizen</h2><p>Jeden Freitag von unserem Hauptstadtkorrespondenten Martin Fehse.</p></div><div class="kolumne"><h2>Am Küchentisch</h2><p>Familienkolumne von Nora Blum, alle zwei Wochen.</p></div>')
simple(C, "/autoren/katrin-oberlaender/", "Katrin Oberländer", '<p>Katrin Oberländer leitet seit 2021 das Ressort Lokales der Westfälischen Abendpost. Zuvor war sie Korrespondentin in Düsseldorf.</p><h2>Artikel von Katrin Oberländer</h2><ul><li><a href="/meinung/leitartikel-die-stadt-braucht-mut-zur-entscheidung-art-104233">Die Stadt braucht Mut zur Entscheidung</a> 06.03.2025</li></ul>')
letters_page(C, "/meinung/leserbriefe/", "Leserbriefe", [
    ("Zum Bahnhofsumbau", ["Seit Jahren warten wir auf einen Aufzug an Gleis 4. Meine Mutter im Rollstuhl kann den Zug nicht nutzen."], "Gerda Lux, Hamm"),
    ("Zur Kommentarfunktion", ["Ich begrüße die Entscheidung ausdrücklich. Die Beleidigungen unter manchen Artikeln waren unerträglich."], "Helmut Kranz, Unna"),
    ("Zur S-Bahn", ["Professor Wendt hat recht. Ich fahre täglich nach Dortmund und stehe jeden Morgen im Stau."], "Ayla Demir, Kamen")],
    "Leserbriefe geben die Meinung der Verfasser wieder. Die Redaktion behält sich Kürzungen vor.", "Ausgabe vom 07.03.2025")
simple(C, "/meinung/karikatur/", "Karikatur des Tages", '<figure><img src="/bilder/karikatur-2025-03-06.jpg" alt="Karikatur: Bauarbeiter schlafen am Bahnhof"><figcaption>„Nächster Halt: Herbst.“ Karikatur: Uwe Krähling, 06.03.2025</figcaption></figure>', og_article=True)
simple(C, "/newsletter/", "Newsletter", '<p>Der Meinungs-Newsletter: Jeden Samstag die wichtigsten Kommentare der Woche.</p><form><input type="email"><button>Anmelden</button></form>')
simple(C, "/thema/hauptbahnhof/", "Thema: Hauptbahnhof", '<ul><li><a href="/meinung/leitartikel-die-stadt-braucht-mut-zur-entscheidung-art-104233">Leitartikel: Die Stadt braucht Mut zur Entscheidung</a></li></ul>')
simple(C, "/suche/", "Suche", '<form><input name="q" value="S-Bahn"></form><p>2 Treffer für „S-Bahn“</p>')
simple(C, "/impressum/", "Impressum", '<p>Westfälische Abendpost GmbH, Marktstraße 3, 59065 Hamm. Chefredakteur: Bernd Sauer (V.i.S.d.P.).</p>')
simple(C, "/kontakt/", "Kontakt", '<p>Redaktion: redaktion@abendpost.example, Telefon 02381 100-0.</p>')
C.home("Nachrichten und Meinung aus Hamm und dem Kreis Unna.")

# =====================================================================
# D. Faktenwerk (de, Correctiv-like, WordPress)
# =====================================================================
D = Site(4, "Faktenwerk", "de", [("/faktencheck/", "Faktencheck"), ("/arbeitsweise/", "Arbeitsweise"), ("/bewertungsskala/", "Bewertungsskala"),
                                 ("/hinweis/", "Hinweis senden"), ("/korrekturen/", "Korrekturen"), ("/team/", "Team"), ("/ueber-uns/", "Über uns")], "fw wp")


def d_check(path, title, claim, spread, spread_iso, spreader, rating, authors_html, date_text, iso, body, redig):
    cr = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": iso, "url": D.url(path), "claimReviewed": claim,
          "author": {"@type": "Organization", "name": "Faktenwerk"},
          "itemReviewed": {"@type": "Claim", "datePublished": spread_iso, "author": {"@type": "Organization" if "Telegram" in spreader else "Person", "name": spreader}},
          "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": rating}}
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl(cr))
    b = ('<article class="detail"><div class="detail__header"><p class="detail__topline">Faktencheck</p><h1 class="detail__title">%s</h1>'
         '<div class="detail__meta"><span class="detail__authors">%s</span> <time class="detail__date" datetime="%s">%s</time></div></div>'
         '<div class="detail__box detail__box--claim"><h2>Behauptung</h2><p>%s</p><p class="detail__box-source">Verbreitet von: %s, %s</p></div>'
         '<div class="detail__rating"><h2>Bewertung</h2><img src="/wp-content/themes/fw/img/rating-%s.svg" alt="%s"><p><strong>%s.</strong></p></div>'
         '<div class="detail__content">%s<p class="detail__redigatur">Redigatur: %s</p></div>'
         '<aside class="detail__support"><p>Unterstützen Sie unabhängigen Journalismus: Werden Sie jetzt Mitglied bei Faktenwerk!</p></aside></article>') % (
        E(title), authors_html, iso, date_text, E("\u201e%s\u201c" % claim), E(spreader), E(spread), slug(rating), E(rating), E(rating), paras(body), E(redig))
    return D.shell("%s - Faktenwerk" % title, b, head)


dp1 = ["Auf Facebook kursiert ein Bild, das angeblich einen Ausschnitt aus einem neuen Gesetz zeigt. Demnach sollen Hausbesitzer ab 2026 eine Strafe von 5.000 Euro zahlen, wenn sie noch eine Ölheizung betreiben.",
       "Ein solches Gesetz gibt es nicht. Das Gebäudeenergiegesetz schreibt lediglich vor, dass neu eingebaute Heizungen schrittweise zu 65 Prozent mit erneuerbaren Energien betrieben werden müssen.",
       "Bestehende Öl- und Gasheizungen dürfen weiter betrieben und auch repariert werden. Eine Austauschpflicht gilt nur für sehr alte Konstanttemperaturkessel, und das bereits seit Jahren.",
       "Das Bundesministerium für Wirtschaft bestätigte uns auf Anfrage, dass eine Strafzahlung in der genannten Höhe in keinem Gesetzentwurf vorgesehen ist."]
dp2 = ["Ein Video auf Telegram zeigt angeblich, wie in einem Supermarkt in Bochum Lebensmittel mit Insektenmehl ohne Kennzeichnung verkauft werden. Der Beitrag wurde mehr als 80.000 Mal angesehen.",
       "Das Video stammt nicht aus Bochum. Eine Bilderrückwärtssuche führt zu einem Werbefilm eines niederländischen Herstellers von Proteinriegeln aus dem Jahr 2021.",
       "Lebensmittel mit Insektenpulver sind in der EU zugelassen, müssen aber im Zutatenverzeichnis ausdrücklich genannt werden. Eine heimliche Beimischung wäre ein Verstoß gegen die Kennzeichnungspflicht.",
       "Die Verbraucherzentrale Nordrhein-Westfalen teilte mit, ihr lägen keine Hinweise auf falsch gekennzeichnete Produkte dieser Art vor."]
dp3 = ["Ein Landtagsabgeordneter behauptete in einer Rede, die Zahl der Messerangriffe in Nordrhein-Westfalen habe sich binnen eines Jahres verdreifacht.",
       "Die Polizeiliche Kriminalstatistik erfasst Messerangriffe erst seit 2022 gesondert. Für 2023 weist sie 3.536 Fälle aus, für 2024 rund 3.800, ein Anstieg von etwa sieben Prozent.",
       "Eine Verdreifachung lässt sich auch mit anderen Zahlen nicht belegen. Das Büro des Abgeordneten verwies auf Zahlen für eine einzelne Großstadt, deren Erfassung im Vorjahr unvollständig war.",
       "Der Vergleich unvollständiger Vorjahreszahlen mit einer vollständigen Statistik ergibt einen Anstieg, den es so nicht gegeben hat."]
D.art("/faktencheck/2025/02/27/nein-es-gibt-keine-strafe-von-5000-euro-fuer-oelheizungen/",
      d_check("/faktencheck/2025/02/27/nein-es-gibt-keine-strafe-von-5000-euro-fuer-oelheizungen/", "Nein, es gibt keine Strafe von 5.000 Euro für Ölheizungen",
              "Ab 2026 müssen Hausbesitzer 5.000 Euro Strafe zahlen, wenn sie noch mit Öl heizen.", "14. Februar 2025", "2025-02-14", "Facebook-Nutzer", "Falsch",
              'von <a href="/team/lea-sommer/" rel="author">Lea Sommer</a>', "27. Februar 2025", "2025-02-27T15:10:00+01:00", dp1, "Max Berger"),
      "Nein, es gibt keine Strafe von 5.000 Euro für Ölheizungen", "2025-02-27", ["Lea Sommer"], "2025-02-27T14:10", must=[dp1[1][:60]], must_not=["Werden Sie jetzt Mitglied"])
D.art("/faktencheck/2025/03/05/video-zeigt-nicht-insektenmehl-in-bochumer-supermarkt/",
      d_check("/faktencheck/2025/03/05/video-zeigt-nicht-insektenmehl-in-bochumer-supermarkt/", "Video zeigt nicht heimliches Insektenmehl in Bochumer Supermarkt",
              "In einem Bochumer Supermarkt werden Lebensmittel mit Insektenmehl ohne Kennzeichnung verkauft.", "1. März 2025", "2025-03-01", "Telegram-Kanal „Wach auf NRW“", "Falscher Kontext",
              'von <a href="/team/lea-sommer/" rel="author">Lea Sommer</a> und <a href="/team/tim-krause/" rel="author">Tim Krause</a>', "5. März 2025", "2025-03-05T11:45:00+01:00", dp2, "Max Berger"),
      "Video zeigt nicht heimliches Insektenmehl in Bochumer Supermarkt", "2025-03-05", ["Lea Sommer", "Tim Krause"], "2025-03-05T10:45")
D.art("/faktencheck/2025/02/18/messerangriffe-in-nrw-haben-sich-nicht-verdreifacht/",
      d_check("/faktencheck/2025/02/18/messerangriffe-in-nrw-haben-sich-nicht-verdreifacht/", "Messerangriffe in NRW haben sich nicht verdreifacht",
              "Die Zahl der Messerangriffe in NRW hat sich in einem Jahr verdreifacht.", "6. Februar 2025", "2025-02-06", "Landtagsabgeordneter Rainer Holt", "Teilweise falsch",
              'von <a href="/team/tim-krause/" rel="author">Tim Krause</a>', "18. Februar 2025", "2025-02-18T09:00:00+01:00", dp3, "Sarah Lenz"),
      "Messerangriffe in NRW haben sich nicht verdreifacht", "2025-02-18", ["Tim Krause"], "2025-02-18T08:00")
simple(D, "/faktencheck/", "Faktenchecks", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in D.links))
simple(D, "/arbeitsweise/", "So arbeiten wir", '<p>Unsere Faktenchecks folgen einem festen Ablauf. Wir wählen Behauptungen aus, die sich viral verbreiten oder von politischer Bedeutung sind, und prüfen sie anhand öffentlich zugänglicher Quellen.</p><p>Jeder Faktencheck wird von einer zweiten Person redigiert. Wir kontaktieren die Urheber der Behauptung, sofern sie erreichbar sind.</p><p>Stand: 10. Januar 2025</p>', og_article=True)
simple(D, "/bewertungsskala/", "Unsere Bewertungsskala", '<dl><dt>Richtig</dt><dd>Die Behauptung stimmt.</dd><dt>Teilweise falsch</dt><dd>Die Behauptung enthält richtige und falsche Elemente.</dd><dt>Falscher Kontext</dt><dd>Richtige Bilder oder Zahlen werden in einen falschen Zusammenhang gestellt.</dd><dt>Falsch</dt><dd>Die Behauptung ist nicht zutreffend.</dd></dl>')
simple(D, "/hinweis/", "Hinweis senden", '<p>Sie sind auf eine zweifelhafte Behauptung gestoßen? Schicken Sie uns den Link.</p><form><input name="link"><textarea name="text"></textarea><button>Absenden</button></form><p>Oder per WhatsApp an 0151 000000.</p>')
simple(D, "/korrekturen/", "Korrekturen und Transparenz", '<p>Wenn uns ein Fehler unterläuft, korrigieren wir ihn und machen die Korrektur unter dem Text kenntlich. Hinweise an korrektur@faktenwerk.example.</p>')
simple(D, "/team/", "Team", '<ul><li><a href="/team/lea-sommer/">Lea Sommer</a>, Redakteurin</li><li><a href="/team/tim-krause/">Tim Krause</a>, Redakteur</li><li>Max Berger, Chef vom Dienst</li></ul>')
simple(D, "/team/lea-sommer/", "Lea Sommer", '<p>Lea Sommer ist Redakteurin bei Faktenwerk und schreibt vor allem über Energie und Klima. Sie hat in Leipzig Journalistik studiert.</p><h2>Beiträge</h2><ul><li><a href="/faktencheck/2025/02/27/nein-es-gibt-keine-strafe-von-5000-euro-fuer-oelheizungen/">Nein, es gibt keine Strafe von 5.000 Euro für Ölheizungen</a></li></ul>')
simple(D, "/newsletter/", "Newsletter: Faktenwerk am Freitag", '<p>Jeden Freitag die Faktenchecks der Woche in Ihrem Postfach.</p><form><input type="email"><button>Abonnieren</button></form>')
simple(D, "/tag/energie/", "Schlagwort: Energie", '<ul><li><a href="/faktencheck/2025/02/27/nein-es-gibt-keine-strafe-von-5000-euro-fuer-oelheizungen/">Keine Strafe für Ölheizungen</a></li></ul>')
simple(D, "/ueber-uns/", "Über uns", '<p>Faktenwerk ist ein gemeinnütziges Recherchezentrum. Wir sind Mitglied im International Fact-Checking Network.</p><p>Impressum: Faktenwerk gGmbH, Leipzig.</p>')
D.home("Faktenchecks zu Gerüchten, Falschmeldungen und Behauptungen.")
D.rss("/feed/")
D.robots()

# =====================================================================
# E. La Gazette du Rhône (fr, Le Monde-like)
# =====================================================================
F_ = Site(5, "La Gazette du Rhône", "fr", [("/idees/", "Idées"), ("/idees/chroniques/", "Chroniqueurs"), ("/idees/courrier-des-lecteurs/", "Courrier des lecteurs"),
                                          ("/idees/dessin/", "Le dessin"), ("/newsletters/", "Newsletters"), ("/qui-sommes-nous/", "Qui sommes-nous")], "lm")


def e_art(path, kicker, title, desc, author_html, date_text, iso, body, extra=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "isPartOf": {"@type": "CreativeWork", "name": kicker}}
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:section" content="Idées">'
            '<meta property="article:published_time" content="%s">%s') % (E(title), iso, jl(ld))
    b = ('<article class="article article--opinion"><section class="article__heading"><p class="article__kicker">%s</p><h1 class="article__title">%s</h1>'
         '<p class="article__desc">%s</p></section><section class="meta meta__publisher">%s<span class="meta__date">%s</span>'
         '<span class="meta__reading-time">Temps de lecture : 3 min.</span></section>'
         '<section class="article__content">%s%s</section><section class="article__siblings"><h3>Lire aussi</h3><p><a href="/idees/">« Il faut rendre les berges aux piétons »</a></p></section></article>') % (
        E(kicker), E(title), E(desc), author_html, date_text, body, extra)
    return F_.shell("%s - La Gazette du Rhône" % title, b, head)


ep1 = ["Depuis vingt ans, on nous promet que le tramway ira un jour jusqu'aux villages de la vallée du Gier. Chaque mandat apporte son étude, chaque étude sa carte, et chaque carte finit dans un tiroir.",
       "Pendant ce temps, plus de 30 000 personnes font chaque jour le trajet vers Lyon en voiture, faute d'alternative crédible. Les bus express existent, mais ils restent coincés dans les mêmes bouchons que les voitures.",
       "Un prolongement de la ligne jusqu'à Rive-de-Gier coûterait environ 400 millions d'euros. C'est beaucoup, mais c'est moins que le coût cumulé des embouteillages, de la pollution et des accidents sur l'A47 en une décennie.",
       "La métropole et la région doivent cesser de se renvoyer la responsabilité. Un syndicat mixte dédié, doté d'un calendrier contraignant, permettrait enfin de passer des cartes aux travaux."]
ep2 = ["La gare de Givors-Canal n'apparaît sur aucune affiche touristique. Ses quais sont trop courts pour les nouveaux trains et son guichet a fermé en 2017.",
       "Pourtant, chaque matin à 7 h 12, une cinquantaine de lycéens y attendent le TER pour Vienne, emmitouflés sous un abri qui laisse passer la pluie.",
       "J'ai demandé à la SNCF pourquoi l'abri n'était pas réparé. On m'a répondu que la gare ne relevait pas de la bonne enveloppe budgétaire, ce qui est une manière élégante de dire qu'elle ne relève de rien.",
       "Les petites gares ne meurent pas d'un coup. Elles meurent d'abri en abri, de guichet en guichet, jusqu'au jour où l'on constate qu'il n'y a plus personne sur le quai."]
ep3 = ["La décision de la préfecture d'autoriser l'extension de la carrière de Saint-Romain ne surprendra personne, mais elle doit inquiéter tout le monde.",
       "L'enquête publique a recueilli plus de 1 200 avis défavorables, un record pour le département. La commissaire enquêtrice a elle-même émis des réserves sur la gestion de l'eau.",
       "Que ces réserves aient été balayées en quelques lignes dans l'arrêté préfectoral en dit long sur la place laissée aux habitants dans ces procédures.",
       "Nous ne contestons pas le besoin de granulats pour construire des logements. Nous demandons simplement que la consultation serve à quelque chose, sans quoi elle n'est qu'un rituel."]
F_.art("/idees/article/2025/03/05/le-tramway-doit-desservir-les-villages-de-la-vallee_6203344_3232.html",
       e_art("/idees/article/2025/03/05/le-tramway-doit-desservir-les-villages-de-la-vallee_6203344_3232.html", "Tribune",
             "« Le tramway doit desservir les villages de la vallée »",
             "L'urbaniste Hélène Marchal appelle la métropole et la région à créer un syndicat mixte pour prolonger le tramway jusqu'à Rive-de-Gier.",
             '<span class="author__detail"><a class="author__name" href="/signataires/helene-marchal/">Hélène Marchal</a><span class="author__desc">Professeure d\'urbanisme</span></span>',
             "Publié le 05 mars 2025 à 06h00", "2025-03-05T06:00:00+01:00", paras(ep1),
             '<p class="article__footnote"><em>Hélène Marchal est professeure d\'urbanisme à l\'université Lumière Lyon 2 et autrice de « La ville des navetteurs » (PUL, 2022).</em></p>'),
       "« Le tramway doit desservir les villages de la vallée »", "2025-03-05", ["Hélène Marchal"], "2025-03-05T05:00", must=[ep1[0][:60]])
F_.art("/idees/article/2025/03/03/vu-d-en-bas-la-gare-oubliee-de-givors_6203001_3232.html",
       e_art("/idees/article/2025/03/03/vu-d-en-bas-la-gare-oubliee-de-givors_6203001_3232.html", "Chronique",
             "Vu d'en bas : la gare oubliée de Givors",
             "Chaque semaine, Paul Vernet raconte la vallée depuis ses quais, ses marchés et ses ronds-points.",
             '<span class="author__detail"><a class="author__name" href="/signataires/paul-vernet/">Paul Vernet</a></span>',
             "Publié le 03 mars 2025 à 11h30, modifié le 04 mars 2025 à 08h12", "2025-03-03T11:30:00+01:00", paras(ep2)),
       "Vu d'en bas : la gare oubliée de Givors", "2025-03-03", ["Paul Vernet"], "2025-03-03T10:30")
F_.art("/idees/article/2025/02/28/carriere-de-saint-romain-une-consultation-pour-rien_6202888_3232.html",
       e_art("/idees/article/2025/02/28/carriere-de-saint-romain-une-consultation-pour-rien_6202888_3232.html", "Éditorial",
             "Carrière de Saint-Romain : une consultation pour rien",
             "Le préfet a autorisé l'extension malgré un avis public massivement défavorable.",
             '<span class="author__detail"><span class="author__name">La rédaction</span></span>',
             "Publié le 28 février 2025 à 13h00", "2025-02-28T13:00:00+01:00", paras(ep3)),
       "Carrière de Saint-Romain : une consultation pour rien", "2025-02-28", ["La rédaction"], "2025-02-28T12:00")
simple(F_, "/idees/", "Idées", "<ul>%s</ul>" % "".join('<li class="teaser"><p class="teaser__kicker">Tribune</p><a href="%s">%s</a></li>' % (p, E(t)) for p, t in F_.links))
simple(F_, "/idees/chroniques/", "Nos chroniqueurs", '<div><h2><a href="/signataires/paul-vernet/">Paul Vernet</a></h2><p>« Vu d\'en bas », chaque lundi.</p></div><div><h2>Sophie Garnier</h2><p>« Le fil de l\'eau », un jeudi sur deux.</p></div>')
simple(F_, "/signataires/paul-vernet/", "Paul Vernet", '<p>Paul Vernet, ancien cheminot, tient la chronique « Vu d\'en bas » dans La Gazette du Rhône depuis 2019.</p><h2>Ses articles</h2><ul><li><a href="/idees/article/2025/03/03/vu-d-en-bas-la-gare-oubliee-de-givors_6203001_3232.html">Vu d\'en bas : la gare oubliée de Givors</a></li></ul>')
letters_page(F_, "/idees/courrier-des-lecteurs/", "Courrier des lecteurs", [
    ("Le tramway, enfin ?", ["Merci pour cette tribune. J'habite à Rive-de-Gier et je passe deux heures par jour dans ma voiture."], "Marc Peyron, Rive-de-Gier"),
    ("Les petites gares", ["La chronique de Paul Vernet m'a ému. La gare de mon enfance a fermé en 1994."], "Jeanne Rolland, Condrieu"),
    ("La carrière", ["Votre éditorial oublie que la carrière emploie quatre-vingts personnes."], "Bernard Faure, Saint-Romain")],
    "Vos lettres de la semaine. La rédaction se réserve le droit de les raccourcir.", "Semaine du 3 mars 2025")
simple(F_, "/idees/dessin/2025/03/04/", "Le dessin du jour", '<figure><img src="/img/dessin-2025-03-04.jpg" alt="Un tramway qui s\'arrête devant un panneau « Fin des études »"><figcaption>« Terminus : étude n° 7 ». Dessin de Lou Bréant, 4 mars 2025.</figcaption></figure>', og_article=True)
simple(F_, "/newsletters/", "Nos newsletters", '<p>« La Gazette des idées » : chaque samedi, le meilleur des tribunes et chroniques.</p><form><input type="email"><button>S\'inscrire</button></form>')
simple(F_, "/idees/proposer-une-tribune/", "Proposer une tribune", '<p>Les tribunes (6 000 signes maximum) sont à adresser à idees@gazette-rhone.example, accompagnées d\'une courte présentation de l\'auteur.</p>')
simple(F_, "/recherche/?q=tramway".replace("?q=", "-"), "Recherche : tramway", '<p>3 résultats</p>')
simple(F_, "/qui-sommes-nous/", "Qui sommes-nous ?", '<p>La Gazette du Rhône est un quotidien régional indépendant fondé en 1946. Directrice de la publication : Anne Solal.</p>')
F_.home("Actualités et débats de la vallée du Rhône.")
F_.robots(sitemap=True)

# =====================================================================
# F. Factuel Presse (fr, AFP Factuel-like)
# =====================================================================
G = Site(6, "Factuel Presse", "fr", [("/list", "Toutes les vérifications"), ("/methodologie", "Méthodologie"), ("/correction", "Politique de correction"),
                                     ("/contact", "Nous signaler une info"), ("/equipe", "L'équipe")], "afp")


def g_check(path, title, claim, verdict, by, pub, upd, iso, body, chapo):
    cr = {"@context": "http://schema.org", "@type": "ClaimReview", "datePublished": iso, "url": G.url(path), "claimReviewed": claim,
          "author": {"@type": "Organization", "name": "Factuel Presse", "url": G.url("/")},
          "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "alternateName": verdict},
          "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Sources multiples"}, "datePublished": "2025-02-28", "firstAppearance": {"@type": "CreativeWork", "url": "https://facebook.example/post/1"}}}
    head = '<meta property="og:type" content="website"><meta name="description" content="%s">%s' % (E(chapo), jl(cr))
    b = ('<div class="container"><main class="article-entry"><h1 class="content-title">%s</h1><div class="content-meta"><span class="meta-author">Par %s</span>'
         '<span class="meta-date">%s<br>%s</span></div><div class="article-entry-body"><p class="chapo"><strong>%s</strong></p>'
         '<div class="verdict"><img src="/sites/default/files/verdict-%s.png" alt="%s"><span class="verdict-label">%s</span></div>%s'
         '<blockquote class="twitter-tweet"><p>Capture d\'écran d\'une publication Facebook, prise le 3 mars 2025</p></blockquote></div>'
         '<div class="article-share">Partager</div></main></div>') % (E(title), by, pub, upd, E(chapo), slug(verdict), E(verdict), E(verdict.upper()), paras(body))
    return G.shell("%s | Factuel Presse" % title, b, head)


gp1 = ["Une publication partagée plus de 3 000 fois sur Facebook depuis le 28 février 2025 affirme qu'une nouvelle taxe de 15 % sera prélevée sur tous les retraits d'espèces à partir du 1er avril.",
       "Aucun texte de loi ne prévoit une telle mesure. Le ministère de l'Économie a confirmé à Factuel Presse qu'aucune taxe sur les retraits n'était à l'étude.",
       "La rumeur semble s'appuyer sur une proposition de directive européenne sur la lutte contre le blanchiment, qui fixe un plafond de 10 000 euros pour les paiements en espèces, sans rien prélever sur les retraits.",
       "Des rumeurs similaires avaient déjà circulé en 2019 et en 2022, à chaque fois démenties par les autorités."]
gp2 = ["Une vidéo montrant des flammes s'élevant d'un grand bâtiment a été partagée des milliers de fois depuis le 2 mars, présentée comme l'incendie d'une mosquée à Marseille.",
       "La vidéo a en réalité été tournée en 2023 lors de l'incendie d'un entrepôt de meubles à Bangkok, en Thaïlande, comme le montre une recherche par image inversée.",
       "Les marins-pompiers de Marseille ont indiqué n'avoir été appelés pour aucun incendie de lieu de culte au cours de la période.",
       "Plusieurs détails de la vidéo, comme les panneaux en alphabet thaï visibles au premier plan, trahissent son origine."]
gp3 = ["Selon des messages viraux sur X et TikTok, le vaccin contre la grippe de cette saison contiendrait une puce électronique destinée à suivre les patients.",
       "Cette affirmation est fausse. Les vaccins antigrippaux autorisés en France sont des suspensions injectables dont la composition est publique et contrôlée par l'Agence nationale de sécurité du médicament.",
       "Une puce capable de transmettre des données ne pourrait pas passer par une aiguille de vaccination et aurait besoin d'une source d'énergie.",
       "Les images utilisées dans ces messages montrent en fait un dispositif d'identification pour animaux de compagnie."]
G.art("/non-une-taxe-de-15-ne-sera-pas-prelevee-sur-les-retraits-despeces",
      g_check("/non-une-taxe-de-15-ne-sera-pas-prelevee-sur-les-retraits-despeces", "Non, une taxe de 15 % ne sera pas prélevée sur les retraits d'espèces",
              "Une taxe de 15 % sera prélevée sur tous les retraits d'espèces à partir du 1er avril.", "Faux", "Claire DUPONT, AFP France",
              "Publié le 05 mars 2025 à 17:42", "Mis à jour le 06 mars 2025 à 10:15", "2025-03-05T17:42:00+01:00", gp1,
              "Une taxe de 15 % sur les retraits d'espèces entrera en vigueur le 1er avril, selon une publication virale. C'est faux."),
      "Non, une taxe de 15 % ne sera pas prélevée sur les retraits d'espèces", "2025-03-05", ["Claire Dupont"], "2025-03-05T16:42", must=[gp1[1][:60]])
G.art("/cette-video-dincendie-ete-tournee-bangkok-pas-dans-une-mosquee-de-marseille",
      g_check("/cette-video-dincendie-ete-tournee-bangkok-pas-dans-une-mosquee-de-marseille", "Cette vidéo d'incendie a été tournée à Bangkok, pas dans une mosquée de Marseille",
              "Une mosquée de Marseille a été incendiée.", "Faux", "Claire DUPONT, Louis BERNARD, AFP France",
              "Publié le 04 mars 2025 à 12:05", "", "2025-03-04T12:05:00+01:00", gp2,
              "Une vidéo virale montrerait l'incendie d'une mosquée à Marseille. Elle a en réalité été tournée à Bangkok en 2023."),
      "Cette vidéo d'incendie a été tournée à Bangkok, pas dans une mosquée de Marseille", "2025-03-04", ["Claire Dupont", "Louis Bernard"], "2025-03-04T11:05")
G.art("/le-vaccin-contre-la-grippe-ne-contient-pas-de-puce-electronique",
      g_check("/le-vaccin-contre-la-grippe-ne-contient-pas-de-puce-electronique", "Le vaccin contre la grippe ne contient pas de puce électronique",
              "Le vaccin contre la grippe contient une puce électronique.", "Faux", "Louis BERNARD, AFP France",
              "Publié le 26 février 2025 à 18:20", "Mis à jour le 27 février 2025 à 09:00", "2025-02-26T18:20:00+01:00", gp3,
              "Des messages affirment que le vaccin antigrippal contiendrait une puce. C'est impossible."),
      "Le vaccin contre la grippe ne contient pas de puce électronique", "2025-02-26", ["Louis Bernard"], "2025-02-26T17:20")
simple(G, "/list", "Toutes les vérifications", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in G.links))
simple(G, "/methodologie", "Notre méthodologie", '<p>Factuel Presse vérifie des informations, images et vidéos qui circulent en ligne. Nous attribuons à chaque vérification un verdict : Faux, Trompeur, Manque de contexte, Satire ou Vrai.</p><p>Chaque article est relu par un éditeur avant publication.</p>', og_article=True)
simple(G, "/correction", "Politique de correction", '<p>Si vous pensez qu\'une de nos vérifications contient une erreur, écrivez-nous. Les corrections sont signalées en bas de l\'article.</p>')
simple(G, "/contact", "Nous signaler une info", '<form><label>Lien <input name="url"></label><label>Message <textarea></textarea></label><button>Envoyer</button></form>')
simple(G, "/equipe", "L'équipe", '<ul><li><a href="/auteur/claire-dupont">Claire Dupont</a>, journaliste, Paris</li><li>Louis Bernard, journaliste, Marseille</li></ul>')
simple(G, "/auteur/claire-dupont", "Claire DUPONT", '<p>Journaliste au service de vérification depuis 2020. Avant, elle a couvert l\'économie au bureau de Bruxelles.</p>')
simple(G, "/list/verdict/faux", "Verdict : Faux", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in G.links[:3]))
simple(G, "/newsletter", "Recevez nos vérifications", '<form><input type="email"><button>S\'abonner</button></form>')
simple(G, "/a-propos", "À propos", '<p>Factuel Presse est le service de vérification d\'une agence de presse. Il est certifié par l\'IFCN.</p>', label="À propos")
G.home("Le service de vérification des faits.")
G.robots(sitemap=True)

# =====================================================================
# G. El Heraldo del Cantábrico (es, Vocento-like)
# =====================================================================
H = Site(7, "El Heraldo del Cantábrico", "es", [("/opinion/", "Opinión"), ("/opinion/firmas/", "Firmas"), ("/opinion/cartas-director/", "Cartas al director"),
                                                ("/opinion/vineta/", "La viñeta"), ("/newsletters/", "Newsletters"), ("/contacto/", "Contacto")], "voc")


def h_art(path, sec, title, sub, auth_html, date_text, iso, body, extra=""):
    ld = {"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": title, "datePublished": iso, "dateModified": iso,
          "publisher": {"@type": "Organization", "name": H.name}}
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl(ld))
    b = ('<article class="v-a"><header class="v-a-hdr"><p class="v-a-sec"><a href="/opinion/">%s</a></p><h1 class="v-a-t">%s</h1><h2 class="v-a-sub-t">%s</h2></header>'
         '<div class="v-mdl-ath">%s<div class="v-mdl-ath__time"><time datetime="%s">%s</time></div></div>'
         '<div class="v-a-body">%s%s</div><div class="v-comentarios"><h3>Comentarios</h3><p>Inicia sesión para comentar.</p></div></article>') % (
        E(sec), E(title), E(sub), auth_html, iso, date_text, body, extra)
    return H.shell("%s | El Heraldo del Cantábrico" % title, b, head)


hp1 = ["La reforma de la financiación autonómica vuelve a estar sobre la mesa, y con ella una discusión que Cantabria lleva perdiendo desde hace dos décadas: la del coste real de prestar servicios en un territorio montañoso y envejecido.",
       "El modelo vigente calcula las necesidades de gasto con una población ajustada que apenas tiene en cuenta la dispersión. Un centro de salud en Liébana no cuesta lo mismo que uno en Santander, aunque atienda a menos pacientes.",
       "Nuestros cálculos indican que la infravaloración de ese sobrecoste supone para la comunidad entre 90 y 120 millones de euros al año, una cifra cercana a todo el presupuesto de carreteras.",
       "El Gobierno regional haría bien en formar alianza con Asturias, Galicia y Castilla y León, que comparten el problema, antes de que la negociación se cierre entre los grandes."]
hp2 = ["Hay una esquina en la calle Burgos donde cada mañana se juntan tres generaciones de santanderinos a esperar el autobús que nunca llega a su hora.",
       "La abuela lleva la compra del mercado, el nieto los auriculares y el padre la paciencia justa para no llegar tarde al trabajo. Ninguno mira ya la marquesina, que anuncia tiempos inventados.",
       "El Ayuntamiento presentó en enero un plan para renovar la flota y ajustar las frecuencias. Es un buen plan, pero de momento solo existe en un documento de cuarenta páginas.",
       "Mientras tanto, la esquina sigue ahí, convertida en sala de espera al aire libre y en termómetro de una ciudad que presume de moderna."]
hp3 = ["El anuncio del cierre de la planta de Reinosa, con 340 empleos directos, es un golpe que la comarca de Campoo no puede permitirse.",
       "La empresa atribuye la decisión al precio de la energía y a la caída de pedidos del sector ferroviario. Ambos factores son reales, pero no explican por qué no se ha buscado antes un socio industrial.",
       "Las administraciones tienen ahora la obligación de actuar con rapidez y coordinación. No basta con mesas de trabajo y comunicados: hace falta un plan con financiación concreta y plazos.",
       "Campoo ha demostrado en otras crisis su capacidad de resistencia. Merece que esta vez no se la deje sola."]
H.art("/opinion/tribuna/financiacion-autonomica-coste-territorio-20250304.html",
      h_art("/opinion/tribuna/financiacion-autonomica-coste-territorio-20250304.html", "Tribuna", "La financiación autonómica y el coste del territorio",
            "El modelo ignora lo que cuesta prestar servicios en una comunidad dispersa",
            '<div class="v-mdl-ath__inf"><p class="v-mdl-ath__p--1"><a href="/autor/alvaro-ibarra/">Álvaro Ibarra</a></p><p class="v-mdl-ath__p--2">Catedrático de Hacienda Pública</p></div>',
            "Martes, 4 de marzo 2025, 01:00", "2025-03-04T01:00:00+01:00", paras(hp1),
            '<p class="v-a-bio"><i>Álvaro Ibarra es catedrático de Hacienda Pública en la Universidad de Cantabria.</i></p>'),
      "La financiación autonómica y el coste del territorio", "2025-03-04", ["Álvaro Ibarra"], "2025-03-04T00:00", must=[hp1[0][:60]], must_not=["Inicia sesión para comentar"])
H.art("/opinion/columnas/la-esquina-autobus-que-nunca-llega-20250302.html",
      h_art("/opinion/columnas/la-esquina-autobus-que-nunca-llega-20250302.html", "La Esquina", "La Esquina: El autobús que nunca llega",
            "", '<div class="v-mdl-ath__inf"><img class="v-mdl-ath__img" src="/img/firmas/lucia-arce.png" alt="Lucía Arce"><p class="v-mdl-ath__p--1"><a href="/autor/lucia-arce/">Lucía Arce</a></p></div>',
            "Domingo, 2 de marzo 2025, 00:05", "2025-03-02T00:05:00+01:00", paras(hp2)),
      "La Esquina: El autobús que nunca llega", "2025-03-02", ["Lucía Arce"], "2025-03-01T23:05")
H.art("/opinion/editorial/campoo-no-puede-quedarse-sola-20250228.html",
      h_art("/opinion/editorial/campoo-no-puede-quedarse-sola-20250228.html", "Editorial", "Campoo no puede quedarse sola",
            "", '<div class="v-mdl-ath__inf"><p class="v-mdl-ath__p--1">EDITORIAL</p></div>',
            "Viernes, 28 de febrero 2025, 00:10", "2025-02-28T00:10:00+01:00", paras(hp3)),
      "Campoo no puede quedarse sola", "2025-02-28", [], "2025-02-27T23:10")
simple(H, "/opinion/", "Opinión", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in H.links))
simple(H, "/opinion/firmas/", "Firmas", '<ul><li><a href="/autor/lucia-arce/">Lucía Arce</a> - La Esquina</li><li>Ramón Quijano - Desde el muelle</li><li>Álvaro Ibarra - Tribuna</li></ul>')
simple(H, "/autor/lucia-arce/", "Lucía Arce", '<p>Periodista santanderina. Escribe la columna La Esquina cada domingo desde 2016.</p><ul><li><a href="/opinion/columnas/la-esquina-autobus-que-nunca-llega-20250302.html">La Esquina: El autobús que nunca llega</a></li></ul>')
letters_page(H, "/opinion/cartas-director/", "Cartas al director", [
    ("Autobuses", ["Coincido con Lucía Arce. Llevo tres semanas llegando tarde al trabajo por culpa de la línea 7."], "Pilar Gómez. Santander"),
    ("Reinosa", ["Mi padre trabajó cuarenta años en esa fábrica. Duele ver cómo se apaga la comarca."], "José Luis Saiz. Reinosa"),
    ("Financiación", ["Excelente la tribuna del profesor Ibarra. Ojalá la lean en el Gobierno."], "Ana Ruiz. Torrelavega")],
    "Las cartas no deben superar las 20 líneas y deben ir firmadas con nombre, DNI y teléfono.", "Sábado, 8 de marzo 2025")
simple(H, "/opinion/vineta/20250303/", "La viñeta de Peñalver", '<figure><img src="/img/vineta-20250303.jpg" alt="Viñeta"><figcaption>Lunes, 3 de marzo 2025. Por Peñalver.</figcaption></figure>', og_article=True)
simple(H, "/newsletters/", "Newsletters", '<p>Recibe cada mañana la opinión de El Heraldo del Cantábrico.</p><form><input type="email"><button>Suscribirme</button></form>')
simple(H, "/opinion/enviar-carta/", "Envíe su carta al director", '<form><input name="nombre"><input name="dni"><textarea></textarea><button>Enviar</button></form>')
simple(H, "/temas/reinosa/", "Reinosa", '<ul><li><a href="/opinion/editorial/campoo-no-puede-quedarse-sola-20250228.html">Campoo no puede quedarse sola</a></li></ul>')
simple(H, "/contacto/", "Contacto", '<p>El Heraldo del Cantábrico. Calle Cádiz 5, Santander. redaccion@heraldocantabrico.example</p>')
H.home("El diario de Cantabria.")
H.rss("/rss/opinion.xml")
H.robots()

# =====================================================================
# H. Chequeá (es, Chequeado-like)
# =====================================================================
I = Site(8, "Chequeá", "es", [("/chequeos/", "Chequeos"), ("/metodologia/", "Metodología"), ("/calificaciones/", "Calificaciones"),
                              ("/sugeri-un-chequeo/", "Sugerí un chequeo"), ("/equipo/", "Equipo"), ("/quienes-somos/", "Quiénes somos")], "chq wp")


def i_check(path, title, quote, who, ctx, ctx_iso, rating, by_html, date_text, iso, body, credit):
    cr = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": iso[:10], "url": I.url(path), "claimReviewed": quote,
          "author": {"@type": "Organization", "name": "Chequeá"},
          "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": who}, "datePublished": ctx_iso},
          "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 7, "alternateName": rating}}
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s') % (E(title), iso, jl(cr))
    b = ('<article class="post chequeo"><header><span class="categoria">Chequeo</span><h1 class="entry-title">%s</h1>'
         '<div class="autor-fecha"><span class="autor">Por %s</span> <span class="fecha">%s</span></div></header>'
         '<div class="frase-chequeada"><p class="frase">%s</p><p class="autor-frase">%s, %s</p>'
         '<span class="calificacion %s">%s</span></div><div class="entry-content">%s<p class="creditos"><em>%s</em></p></div>'
         '<div class="sumate"><p>Sumate a Chequeá: con tu aporte mensual sostenés el periodismo de datos.</p></div></article>') % (
        E(title), by_html, E(date_text), E("\u201c%s\u201d" % quote), E(who), E(ctx), slug(rating), E(rating), paras(body), E(credit))
    return I.shell("%s - Chequeá" % title, b, head)


ip1 = ["El diputado Raúl Benegas afirmó en una entrevista radial que la pobreza bajó al 20% en el segundo semestre de 2024. La frase fue replicada en redes por dirigentes de su partido.",
       "Según el INDEC, la pobreza alcanzó al 38,1% de las personas en el segundo semestre de 2024, una caída importante respecto del 52,9% del primer semestre, pero muy lejos del 20%.",
       "Consultado por Chequeá, el equipo del diputado explicó que se refería a la pobreza en hogares de un solo aglomerado urbano, un dato que no surge de ninguna publicación oficial.",
       "La baja existe y es significativa, pero el número citado no corresponde a ninguna medición del organismo estadístico, por lo que la frase es engañosa."]
ip2 = ["La ministra de Salud provincial, Graciela Ortúzar, aseguró que la provincia tiene la tasa de mortalidad infantil más baja del país.",
       "Los últimos datos de la Dirección de Estadísticas e Información en Salud, correspondientes a 2023, ubican a la provincia en el cuarto lugar, con 6,9 muertes cada mil nacidos vivos.",
       "Tierra del Fuego, la Ciudad de Buenos Aires y La Pampa registraron tasas más bajas ese año.",
       "Desde el ministerio señalaron que la funcionaria se refería a la región Centro. Aun así, dentro de esa región otra jurisdicción tuvo un valor menor."]
ip3 = ["Circula por WhatsApp un mensaje que asegura que desde abril los jubilados deberán pagar los medicamentos del PAMI que hoy reciben gratis.",
       "El PAMI no anunció ninguna medida de ese tipo. El programa de medicamentos sin cargo sigue vigente con los mismos requisitos de ingresos.",
       "El mensaje reproduce un texto de 2018 que ya había sido desmentido en su momento, con fechas modificadas.",
       "Ante la duda, el organismo recomienda consultar en sus oficinas o en su sitio web oficial."]
I.art("/2025/03/07/benegas-pobreza-20-por-ciento/",
      i_check("/2025/03/07/benegas-pobreza-20-por-ciento/", "Benegas: “La pobreza bajó al 20%”", "La pobreza bajó al 20%", "Raúl Benegas",
              "diputado nacional, en una entrevista con Radio Continental el 3 de marzo de 2025", "2025-03-03", "Engañoso",
              '<a href="/autor/lucia-ferraro/">Lucía Ferraro</a>', "7 de marzo de 2025", "2025-03-07T10:20:00-03:00", ip1, "Chequeo: Lucía Ferraro | Edición: Martín Sosa"),
      "Benegas: “La pobreza bajó al 20%”", "2025-03-07", ["Lucía Ferraro"], "2025-03-07T13:20", must=[ip1[1][:60]], must_not=["Sumate a Chequeá"])
I.art("/2025/02/25/ortuzar-mortalidad-infantil-mas-baja-del-pais/",
      i_check("/2025/02/25/ortuzar-mortalidad-infantil-mas-baja-del-pais/", "Ortúzar: “Tenemos la mortalidad infantil más baja del país”",
              "Tenemos la mortalidad infantil más baja del país", "Graciela Ortúzar", "ministra de Salud provincial, en conferencia de prensa el 19 de febrero de 2025", "2025-02-19", "Falso",
              '<a href="/autor/nicolas-bravo/">Nicolás Bravo</a>', "25 de febrero de 2025", "2025-02-25T16:00:00-03:00", ip2, "Chequeo realizado por Nicolás Bravo, con edición de Martín Sosa."),
      "Ortúzar: “Tenemos la mortalidad infantil más baja del país”", "2025-02-25", ["Nicolás Bravo"], "2025-02-25T19:00")
I.art("/2025/03/03/es-falso-que-pami-deje-de-entregar-medicamentos-gratis/",
      i_check("/2025/03/03/es-falso-que-pami-deje-de-entregar-medicamentos-gratis/", "Es falso que el PAMI dejará de entregar medicamentos gratis en abril",
              "Desde abril los jubilados deberán pagar los medicamentos del PAMI", "Cadena de WhatsApp", "mensaje viral, 28 de febrero de 2025", "2025-02-28", "Falso",
              '<a href="/autor/lucia-ferraro/">Lucía Ferraro</a> y <a href="/autor/nicolas-bravo/">Nicolás Bravo</a>', "3 de marzo de 2025", "2025-03-03T12:00:00-03:00", ip3, "Edición: Martín Sosa"),
      "Es falso que el PAMI dejará de entregar medicamentos gratis en abril", "2025-03-03", ["Lucía Ferraro", "Nicolás Bravo"], "2025-03-03T15:00")
simple(I, "/chequeos/", "Chequeos", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in I.links))
simple(I, "/metodologia/", "Metodología: cómo chequeamos", '<p>1. Seleccionamos una frase del debate público. 2. Consultamos a la fuente original. 3. Consultamos fuentes oficiales. 4. Consultamos fuentes alternativas. 5. Ubicamos en contexto. 6. Confirmamos, relativizamos o desmentimos. 7. Calificamos.</p><p>Actualizado el 2 de enero de 2025.</p>', og_article=True)
simple(I, "/calificaciones/", "Nuestras calificaciones", '<dl><dt>Verdadero</dt><dd>La afirmación es correcta.</dd><dt>Verdadero, pero...</dt><dd>Falta contexto.</dd><dt>Engañoso</dt><dd>Usa datos correctos para llegar a una conclusión incorrecta.</dd><dt>Falso</dt><dd>No se corresponde con los datos.</dd></dl>')
simple(I, "/sugeri-un-chequeo/", "Sugerí un chequeo", '<form><label>Frase <textarea></textarea></label><label>¿Quién la dijo? <input></label><button>Enviar</button></form>')
simple(I, "/politica-de-correcciones/", "Política de correcciones", '<p>Si detectás un error, escribinos a correcciones@chequea.example. Toda corrección se indica al pie de la nota.</p>')
simple(I, "/equipo/", "Equipo", '<ul><li><a href="/autor/lucia-ferraro/">Lucía Ferraro</a>, periodista</li><li><a href="/autor/nicolas-bravo/">Nicolás Bravo</a>, periodista</li><li>Martín Sosa, editor</li></ul>')
simple(I, "/autor/lucia-ferraro/", "Lucía Ferraro", '<p>Periodista de Chequeá desde 2018. Licenciada en Ciencias de la Comunicación (UBA).</p><ul><li><a href="/2025/03/07/benegas-pobreza-20-por-ciento/">Benegas: “La pobreza bajó al 20%”</a></li></ul>')
simple(I, "/personas/raul-benegas/", "Raúl Benegas", '<p>Diputado nacional por la provincia de Buenos Aires desde 2021.</p><h2>Frases chequeadas</h2><ul><li>“La pobreza bajó al 20%” - Engañoso - 3 de marzo de 2025</li></ul>')
simple(I, "/quienes-somos/", "Quiénes somos", '<p>Chequeá es una organización sin fines de lucro dedicada a la verificación del discurso público.</p>')
I.home("Verificamos el discurso público.")
I.rss("/feed/")
I.robots(sitemap=True)

# =====================================================================
# I. Agência Lume (pt, Lupa-like)
# =====================================================================
J = Site(9, "Agência Lume", "pt", [("/checagem/", "Checagem"), ("/etiquetas/", "Etiquetas"), ("/metodologia/", "Metodologia"),
                                   ("/politica-de-correcoes/", "Correções"), ("/sugira/", "Sugira uma checagem"), ("/equipe/", "Equipe")], "lupa")


def j_check(path, title, sub, claim, where, where_iso, rating, by, date_text, iso, body, credit):
    cr = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": iso, "url": J.url(path), "claimReviewed": claim,
          "author": {"@type": "Organization", "name": "Agência Lume"},
          "itemReviewed": {"@type": "Claim", "datePublished": where_iso, "author": {"@type": "Person", "name": where.split(",")[0]}},
          "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": rating}}
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl(cr))
    b = ('<div class="internal-post"><p class="post-category">Verificamos</p><h1 class="bigtitle">%s</h1><h2 class="post-subtitle">%s</h2>'
         '<div class="post-meta"><p class="bylined">Por <strong>%s</strong></p><p class="date">%s</p></div>'
         '<div class="post-inner">%s<div class="etiqueta-box"><blockquote>“%s”</blockquote><p class="etiqueta-fonte">%s</p>'
         '<span class="etiqueta etiqueta-%s">%s</span></div>%s<p class="credito"><em>%s</em></p></div>'
         '<div class="newsletter-box"><p>Receba as checagens da Lume no seu e-mail toda sexta-feira.</p></div></div>') % (
        E(title), E(sub), by, E(date_text), paras(body[:1]), E(claim), E(where), slug(rating), E(rating.upper()), paras(body[1:]), E(credit))
    return J.shell("%s - Agência Lume" % title, b, head)


jp1 = ["Circula no Instagram uma publicação que afirma que o governo federal vai confiscar a poupança de quem tiver mais de R$ 50 mil guardados. O post acumula mais de 40 mil curtidas.",
       "Não existe nenhuma medida provisória, projeto de lei ou decreto com esse conteúdo. O Ministério da Fazenda negou à Lume qualquer plano nesse sentido.",
       "A Constituição proíbe a retenção de ativos financeiros por medida provisória desde a Emenda Constitucional 32, de 2001, aprovada depois do confisco do Plano Collor.",
       "A publicação usa uma imagem de um telejornal de 1990 com legenda alterada para parecer atual."]
jp2 = ["O vereador Anselmo Tavares afirmou durante sessão da Câmara Municipal que o número de ônibus em circulação na cidade caiu pela metade desde 2019.",
       "Dados da SPTrans-equivalente municipal mostram que a frota operante passou de 2.410 veículos em dezembro de 2019 para 2.080 em dezembro de 2024, uma queda de 13,7%.",
       "O número de passageiros transportados também caiu, mas isso não significa que metade da frota tenha sido retirada.",
       "Procurado, o gabinete do vereador disse que ele se referia a uma linha específica da zona norte."]
jp3 = ["Um vídeo compartilhado no TikTok mostra uma enchente em uma avenida e afirma que as imagens são de Porto Alegre nesta semana.",
       "As imagens foram gravadas em maio de 2024, durante as enchentes históricas que atingiram o Rio Grande do Sul, como mostra a busca reversa de quadros-chave.",
       "A Defesa Civil de Porto Alegre informou que não houve alagamentos de grande porte na cidade em março de 2025.",
       "Vídeos antigos de desastres costumam voltar a circular sempre que há alertas de chuva forte."]
J.art("/checagem/2025/03/07/e-falso-que-governo-vai-confiscar-poupanca-acima-de-r-50-mil/",
      j_check("/checagem/2025/03/07/e-falso-que-governo-vai-confiscar-poupanca-acima-de-r-50-mil/", "É falso que governo vai confiscar poupança acima de R$ 50 mil",
              "Publicação usa imagem de telejornal de 1990 com legenda alterada", "O governo vai confiscar a poupança de quem tiver mais de R$ 50 mil",
              "Texto publicado no Instagram em 1º de março de 2025", "2025-03-01", "Falso", "Bruna Teles", "07.mar.2025 | 14h32 |", "2025-03-07T14:32:00-03:00", jp1,
              "Checagem de Bruna Teles, edição de Carol Macário"),
      "É falso que governo vai confiscar poupança acima de R$ 50 mil", "2025-03-07", ["Bruna Teles"], "2025-03-07T17:32", must=[jp1[2][:60]], must_not=["Receba as checagens da Lume"])
J.art("/checagem/2025/02/26/frota-de-onibus-nao-caiu-pela-metade-desde-2019/",
      j_check("/checagem/2025/02/26/frota-de-onibus-nao-caiu-pela-metade-desde-2019/", "Frota de ônibus não caiu pela metade desde 2019, como disse vereador",
              "Redução foi de 13,7%, segundo dados da prefeitura", "O número de ônibus em circulação na cidade caiu pela metade desde 2019",
              "Anselmo Tavares, vereador, em sessão da Câmara em 18 de fevereiro de 2025", "2025-02-18", "Exagerado", "Rafael Couto", "26.fev.2025 | 09h10 |", "2025-02-26T09:10:00-03:00", jp2,
              "Checagem de Rafael Couto, edição de Carol Macário"),
      "Frota de ônibus não caiu pela metade desde 2019, como disse vereador", "2025-02-26", ["Rafael Couto"], "2025-02-26T12:10")
J.art("/checagem/2025/03/04/video-de-enchente-e-de-2024-e-nao-desta-semana/",
      j_check("/checagem/2025/03/04/video-de-enchente-e-de-2024-e-nao-desta-semana/", "Vídeo de enchente em Porto Alegre é de 2024, e não desta semana",
              "Imagens foram gravadas durante as enchentes de maio do ano passado", "Vídeo mostra enchente em Porto Alegre nesta semana",
              "Vídeo publicado no TikTok em 2 de março de 2025", "2025-03-02", "Falso", "Bruna Teles e Rafael Couto", "04.mar.2025 | 18h05 |", "2025-03-04T18:05:00-03:00", jp3,
              "Edição: Carol Macário"),
      "Vídeo de enchente em Porto Alegre é de 2024, e não desta semana", "2025-03-04", ["Bruna Teles", "Rafael Couto"], "2025-03-04T21:05")
simple(J, "/checagem/", "Checagem", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in J.links))
simple(J, "/etiquetas/", "Entenda nossas etiquetas", '<dl><dt>VERDADEIRO</dt><dd>A informação está comprovadamente correta.</dd><dt>EXAGERADO</dt><dd>A informação está no caminho correto, mas houve exagero.</dd><dt>FALSO</dt><dd>A informação está comprovadamente incorreta.</dd></dl>')
simple(J, "/metodologia/", "Como a Lume faz suas checagens", '<p>A Lume acompanha diariamente o noticiário e as redes sociais e seleciona frases de relevância pública. Cada checagem é revisada por um editor antes de ser publicada.</p><p>Atualizado em 10.jan.2025</p>', og_article=True)
simple(J, "/politica-de-correcoes/", "Política de correções", '<p>Erros são corrigidos no próprio texto, com uma nota ao final indicando o que foi alterado e quando.</p>')
simple(J, "/sugira/", "Sugira uma checagem", '<form><label>Link ou frase <textarea></textarea></label><button>Enviar</button></form><p>Ou envie pelo WhatsApp: (21) 99999-0000.</p>')
simple(J, "/equipe/", "Equipe", '<ul><li><a href="/autor/bruna-teles/">Bruna Teles</a>, repórter</li><li>Rafael Couto, repórter</li><li>Carol Macário, editora</li></ul>')
simple(J, "/autor/bruna-teles/", "Bruna Teles", '<p>Repórter da Lume desde 2021, cobre desinformação sobre economia.</p><ul><li><a href="/checagem/2025/03/07/e-falso-que-governo-vai-confiscar-poupanca-acima-de-r-50-mil/">É falso que governo vai confiscar poupança acima de R$ 50 mil</a> 07.mar.2025</li></ul>')
simple(J, "/newsletter/", "Newsletter da Lume", '<form><input type="email"><button>Assinar</button></form>')
simple(J, "/sobre/", "Sobre a Lume", '<p>A Agência Lume é uma agência de checagem de fatos independente, signatária do código de princípios da IFCN.</p>')
J.home("Jornalismo de checagem.")
J.robots(sitemap=True)

# =====================================================================
# J. Il Corriere di Romagna Sera (it)
# =====================================================================
K = Site(10, "La Voce di Romagna", "it", [("/opinioni/", "Opinioni"), ("/opinioni/editorialisti/", "Editorialisti"), ("/opinioni/lettere-al-direttore/", "Lettere al direttore"),
                                          ("/opinioni/vignetta/", "La vignetta"), ("/newsletter/", "Newsletter"), ("/chi-siamo/", "Chi siamo")], "vdr")


def k_art(path, occhiello, title, author_html, date_text, iso, body, meta_author, extra=""):
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s">'
            '<meta itemprop="datePublished" content="%s">') % (E(title), E(meta_author), iso)
    b = ('<article class="article-opinion" itemscope itemtype="https://schema.org/OpinionNewsArticle"><div class="occhiello">%s</div>'
         '<h1 class="article-title" itemprop="headline">%s</h1><div class="article-byline">%s</div>'
         '<div class="article-date"><time itemprop="datePublished" datetime="%s">%s</time></div><div class="article-text" itemprop="articleBody">%s%s</div>'
         '<div class="leggi-anche"><h4>Leggi anche</h4><a href="/opinioni/">Il Taccuino: la Darsena senza barche</a></div></article>') % (
        E(occhiello), E(title), author_html, iso, date_text, body, extra)
    return K.shell("%s - La Voce di Romagna" % title, b, head)


kp1 = ["Il nuovo regolamento regionale sulle concessioni balneari viene presentato come una semplificazione. Letto con attenzione, è soprattutto un rinvio del problema.",
       "La direttiva europea chiede da quasi vent'anni procedure trasparenti e imparziali. Il regolamento, invece, prevede punteggi aggiuntivi per l'esperienza pregressa che di fatto premiano chi è già titolare della concessione.",
       "È comprensibile la preoccupazione delle famiglie che da generazioni gestiscono gli stabilimenti. Ma la tutela di quel lavoro non può passare per regole che rischiano di essere annullate al primo ricorso.",
       "Sarebbe più saggio riconoscere un indennizzo equo per gli investimenti non ammortizzati e aprire davvero le gare, come hanno fatto altri paesi mediterranei senza che le spiagge perdessero la loro identità."]
kp2 = ["Lunedì mattina ho contato le barche ormeggiate nella darsena di Rimini: undici. Vent'anni fa, allo stesso molo, erano più di quaranta.",
       "I pescatori che restano parlano del gasolio, delle quote e dei giovani che non vogliono più alzarsi alle tre. Hanno ragione su tutto, ma nessuno sembra ascoltarli.",
       "Il Comune ha promesso un piano per la pesca artigianale entro l'estate. Sarebbe il terzo in dieci anni, dopo due che non hanno lasciato traccia.",
       "Forse basterebbe cominciare da una cosa semplice: un mercato del pesce sul porto, come a Cesenatico, dove chi pesca possa vendere direttamente a chi mangia."]
kp3 = ["Gentile direttore, le scrivo da pendolare che da sei anni prende ogni giorno il regionale delle 7.05 da Forlì a Bologna.",
       "Nell'ultimo mese il treno è arrivato in orario quattro volte. Le altre mattine ho accumulato ritardi che, sommati, fanno quasi due giornate di lavoro.",
       "Capisco i cantieri e capisco i guasti, ma non capisco perché nessuno ci avvisi per tempo. L'altoparlante annuncia il ritardo quando il treno dovrebbe già essere partito.",
       "Chiedo solo che chi decide provi, per una settimana, a fare il nostro stesso viaggio."]
K.art("/opinioni/2025/03/05/concessioni-balneari-un-regolamento-che-rinvia-il-problema/",
      k_art("/opinioni/2025/03/05/concessioni-balneari-un-regolamento-che-rinvia-il-problema/", "L'intervento", "Concessioni balneari, un regolamento che rinvia il problema",
            '<span class="firma">di <a href="/autori/giovanna-ferri/">Giovanna Ferri</a></span>', "5 marzo 2025", "2025-03-05", paras(kp1), "La Voce di Romagna",
            '<p class="nota-autore"><em>Giovanna Ferri è professoressa di diritto amministrativo all\'Università di Bologna.</em></p>'),
      "Concessioni balneari, un regolamento che rinvia il problema", "2025-03-05", ["Giovanna Ferri"], must=[kp1[0][:60]])
K.art("/opinioni/2025/03/03/il-taccuino-la-darsena-senza-barche/",
      k_art("/opinioni/2025/03/03/il-taccuino-la-darsena-senza-barche/", "Rubrica", "Il Taccuino: la Darsena senza barche",
            '<span class="firma">di <a href="/autori/stefano-bertoni/">Stefano Bertoni</a></span>', "3 marzo 2025", "2025-03-03", paras(kp2), "Stefano Bertoni"),
      "Il Taccuino: la Darsena senza barche", "2025-03-03", ["Stefano Bertoni"])
K.art("/opinioni/lettere-al-direttore/2025/03/06/il-regionale-delle-705-e-i-pendolari-dimenticati/",
      k_art("/opinioni/lettere-al-direttore/2025/03/06/il-regionale-delle-705-e-i-pendolari-dimenticati/", "Lettere al direttore", "Il regionale delle 7.05 e i pendolari dimenticati",
            '', "6 marzo 2025", "2025-03-06", paras(kp3), "La Voce di Romagna",
            '<p class="firma-lettore"><strong>Roberta Gallo</strong>, Forlì</p><div class="risposta-direttore"><p><strong>Risponde il direttore.</strong> Cara Roberta, la sua lettera è arrivata insieme a molte altre simili. Abbiamo chiesto spiegazioni a Trenitalia e pubblicheremo la risposta.</p></div>'),
      "Il regionale delle 7.05 e i pendolari dimenticati", "2025-03-06", ["Roberta Gallo"])
simple(K, "/opinioni/", "Opinioni", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in K.links))
simple(K, "/opinioni/editorialisti/", "I nostri editorialisti", '<ul><li><a href="/autori/stefano-bertoni/">Stefano Bertoni</a> - Il Taccuino, ogni lunedì</li><li>Chiara Valli - Fuori porta</li></ul>')
simple(K, "/autori/stefano-bertoni/", "Stefano Bertoni", '<p>Giornalista riminese, firma Il Taccuino dal 2015. Ha lavorato per vent\'anni alla cronaca del porto.</p><ul><li><a href="/opinioni/2025/03/03/il-taccuino-la-darsena-senza-barche/">Il Taccuino: la Darsena senza barche</a> 3 marzo 2025</li></ul>')
letters_page(K, "/opinioni/lettere-al-direttore/", "Lettere al direttore", [
    ("Spiagge e gare", ["Ho letto l'intervento della professoressa Ferri. Mio nonno ha aperto il bagno nel 1956: dove andranno i nostri investimenti?"], "Luigi Pari, Riccione"),
    ("Il porto", ["Bertoni ha ragione, il mercato del pesce sul porto sarebbe una bella idea."], "Marisa Conti, Rimini"),
    ("Treni", ["Anche io prendo il regionale ogni mattina: confermo tutto."], "Davide Neri, Faenza")],
    "Scrivete a lettere@vocediromagna.example. Le lettere possono essere accorciate.", "Sabato 8 marzo 2025")
simple(K, "/opinioni/vignetta/2025-03-04/", "La vignetta di Giuma", '<figure><img src="/img/vignetta-2025-03-04.jpg" alt="Vignetta sugli ombrelloni"><figcaption>«Gara d\'appalto? Prima finiamo il caffè.» Giuma, 4 marzo 2025</figcaption></figure>', og_article=True)
simple(K, "/newsletter/", "Newsletter", '<p>Le opinioni della settimana, ogni domenica.</p><form><input type="email"><button>Iscriviti</button></form>')
simple(K, "/opinioni/scrivi-al-direttore/", "Scrivi al direttore", '<form><input name="nome"><input name="citta"><textarea></textarea><button>Invia</button></form>')
simple(K, "/tag/balneari/", "Tag: balneari", '<ul><li><a href="/opinioni/2025/03/05/concessioni-balneari-un-regolamento-che-rinvia-il-problema/">Concessioni balneari</a></li></ul>')
simple(K, "/chi-siamo/", "Chi siamo", '<p>La Voce di Romagna, quotidiano online. Direttore responsabile: Franco Morelli. Registrazione Tribunale di Rimini n. 12/2010.</p>')
K.home("Il quotidiano della Romagna.")
K.robots()

# =====================================================================
# K. Kurier Nadwiślański (pl, opinion + Demagog-like check)
# =====================================================================
L = Site(11, "Kurier Nadwiślański", "pl", [("/opinie/", "Opinie"), ("/opinie/felietonisci/", "Felietoniści"), ("/opinie/listy/", "Listy do redakcji"),
                                           ("/sprawdzamy/", "Sprawdzamy"), ("/sprawdzamy/metodologia/", "Metodologia"), ("/newsletter/", "Newsletter"), ("/kontakt/", "Kontakt")], "kn")


def l_art(path, label, title, lead, autor, date_text, iso, body, extra="", ld=None):
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s' % (E(title), iso, jl(ld) if ld else "")
    b = ('<article class="art"><div class="art__label">%s</div><h1 class="art__title">%s</h1><p class="art__lead">%s</p>'
         '<div class="art__info"><span class="art__author">Autor: %s</span> <span class="art__date">%s</span></div>'
         '<div class="art__body">%s%s</div><div class="art__polecamy"><h4>Polecamy</h4><a href="/opinie/">Z drugiej strony: Wisła bez bulwarów</a></div></article>') % (
        E(label), E(title), E(lead), autor, date_text, body, extra)
    return L.shell("%s - Kurier Nadwiślański" % title, b, head)


lp1 = ["Co roku w marcu miasto ogłasza, że bulwary nad Wisłą zostaną wreszcie dokończone. Co roku w listopadzie okazuje się, że zabrakło pieniędzy albo pozwolenia.",
       "Tymczasem mieszkańcy Zawiśla wciąż chodzą do tramwaju błotnistą ścieżką, a rowerzyści dzielą wał z psami i spacerowiczami.",
       "Nie oczekuję cudów. Oczekuję harmonogramu, który przetrwa dłużej niż jedną konferencję prasową.",
       "Jeśli tegoroczna zapowiedź znów okaże się tylko zapowiedzią, proponuję postawić na wale tablicę z licznikiem lat oczekiwania."]
lp2 = ["Dyskusja o podwyżkach cen biletów komunikacji miejskiej sprowadza się zwykle do pytania, kto zapłaci więcej. Rzadziej pytamy, ile kosztuje nas brak dobrego transportu.",
       "Z naszych badań wynika, że każda złotówka wydana na częstsze kursy tramwajów zwraca się miastu w postaci niższych kosztów utrzymania dróg i mniejszego zanieczyszczenia powietrza.",
       "Podwyżka biletu miesięcznego o 20 złotych może zniechęcić najbiedniejszych pasażerów, a to oni najczęściej nie mają alternatywy.",
       "Rada miasta powinna rozważyć ulgi dla osób o niskich dochodach zamiast jednolitej podwyżki dla wszystkich."]
lp3 = ["Radny Tomasz Kubiak stwierdził podczas sesji rady miasta, że liczba mieszkańców spadła o 15 procent w ciągu ostatniej dekady.",
       "Według danych GUS liczba mieszkańców miasta wynosiła 112 400 w 2014 roku i 106 900 w 2024 roku. Oznacza to spadek o niecałe 5 procent.",
       "Biuro radnego wyjaśniło, że chodziło o liczbę osób zameldowanych w centrum miasta, jednak w wypowiedzi była mowa o całym mieście.",
       "Wypowiedź oceniamy jako fałszywą, ponieważ podana wartość jest ponad trzykrotnie wyższa od rzeczywistej."]
L.art("/opinie/z-drugiej-strony-bulwary-ktorych-nie-ma,a,48211",
      l_art("/opinie/z-drugiej-strony-bulwary-ktorych-nie-ma,a,48211", "Felieton", "Z drugiej strony: Bulwary, których nie ma",
            "Co roku ta sama zapowiedź i ta sama błotnista ścieżka.", '<a href="/autor/marek-zielinski/">Marek Zieliński</a>', "06.03.2025 07:30", "2025-03-06T07:30:00+01:00", paras(lp1)),
      "Z drugiej strony: Bulwary, których nie ma", "2025-03-06", ["Marek Zieliński"], "2025-03-06T06:30")
L.art("/opinie/podwyzka-biletow-uderzy-w-najslabszych,a,48150",
      l_art("/opinie/podwyzka-biletow-uderzy-w-najslabszych,a,48150", "Komentarz", "Podwyżka biletów uderzy w najsłabszych",
            "Ekonomistka apeluje o ulgi zamiast jednolitej podwyżki.", "prof. dr hab. Anna Wójcik", "03.03.2025 12:15", "2025-03-03T12:15:00+01:00", paras(lp2),
            '<p class="art__bio"><em>Anna Wójcik jest profesorem ekonomii na Uniwersytecie Mikołaja Kopernika w Toruniu.</em></p>'),
      "Podwyżka biletów uderzy w najsłabszych", "2025-03-03", ["Anna Wójcik"], "2025-03-03T11:15")
L.art("/sprawdzamy/radny-kubiak-o-liczbie-mieszkancow,a,48188",
      l_art("/sprawdzamy/radny-kubiak-o-liczbie-mieszkancow,a,48188", "Sprawdzamy", "Radny Kubiak o liczbie mieszkańców. Sprawdzamy",
            "Wypowiedź: „W ciągu dziesięciu lat liczba mieszkańców spadła o 15 procent.” Tomasz Kubiak, sesja rady miasta, 20.02.2025. Ocena: FAŁSZ",
            '<a href="/autor/piotr-zajac/">Piotr Zając</a>', "05.03.2025 16:40", "2025-03-05T16:40:00+01:00", paras(lp3),
            '<div class="ocena ocena--falsz"><span>Ocena:</span> <strong>Fałsz</strong></div><p class="art__redakcja">Weryfikacja: Piotr Zając, redakcja: Ewa Malinowska</p>',
            {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2025-03-05", "claimReviewed": "W ciągu dziesięciu lat liczba mieszkańców spadła o 15 procent.",
             "author": {"@type": "Organization", "name": "Kurier Nadwiślański"}, "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Tomasz Kubiak"}, "datePublished": "2025-02-20"},
             "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": "Fałsz"}}),
      "Radny Kubiak o liczbie mieszkańców. Sprawdzamy", "2025-03-05", ["Piotr Zając"], "2025-03-05T15:40", must=[lp3[1][:60]])
simple(L, "/opinie/", "Opinie", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in L.links))
simple(L, "/opinie/felietonisci/", "Nasi felietoniści", '<ul><li><a href="/autor/marek-zielinski/">Marek Zieliński</a> - „Z drugiej strony”, w każdy czwartek</li><li>Joanna Pawlak - „Okiem mamy”</li></ul>')
simple(L, "/autor/marek-zielinski/", "Marek Zieliński", '<p>Dziennikarz i felietonista, od 2012 roku pisze cykl „Z drugiej strony”.</p><ul><li><a href="/opinie/z-drugiej-strony-bulwary-ktorych-nie-ma,a,48211">Z drugiej strony: Bulwary, których nie ma</a> 06.03.2025</li></ul>')
letters_page(L, "/opinie/listy/", "Listy do redakcji", [
    ("Bulwary", ["Panie Marku, mieszkam na Zawiślu od 30 lat i też czekam."], "Halina K., Zawiśle"),
    ("Bilety", ["Jestem emerytką i 20 zł to dla mnie dużo."], "Maria Nowak"),
    ("Radny", ["Dobrze, że ktoś sprawdza, co mówią politycy."], "Jan Wiśniewski")],
    "Redakcja zastrzega sobie prawo do skracania listów.", "Wydanie z 07.03.2025")
simple(L, "/sprawdzamy/", "Sprawdzamy", '<ul><li><a href="/sprawdzamy/radny-kubiak-o-liczbie-mieszkancow,a,48188">Radny Kubiak o liczbie mieszkańców. Sprawdzamy</a></li></ul>')
simple(L, "/sprawdzamy/metodologia/", "Metodologia i skala ocen", '<p>Weryfikujemy wypowiedzi lokalnych polityków. Oceny: Prawda, Częściowa prawda, Manipulacja, Fałsz, Nieweryfikowalne.</p><p>Każda weryfikacja przechodzi redakcję.</p>', og_article=True)
simple(L, "/sprawdzamy/zglos-wypowiedz/", "Zgłoś wypowiedź do sprawdzenia", '<form><textarea name="wypowiedz"></textarea><input name="autor"><button>Wyślij</button></form>')
simple(L, "/opinie/rysunek/2025-03-04/", "Rysunek tygodnia", '<figure><img src="/img/rysunek-2025-03-04.jpg" alt="Rysunek"><figcaption>„Bulwar 2035”. Rys. Tomasz Bieniek, 04.03.2025</figcaption></figure>', og_article=True)
simple(L, "/newsletter/", "Newsletter", '<form><input type="email"><button>Zapisz się</button></form>')
simple(L, "/kontakt/", "Kontakt", '<p>Redakcja Kuriera Nadwiślańskiego, ul. Mostowa 2, Toruń. redakcja@kurier.example</p>')
L.home("Wiadomości i opinie znad Wisły.")
L.rss("/rss.xml")
L.robots(sitemap=True)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
