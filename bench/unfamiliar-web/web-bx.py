"""Web bx: print weeklies, magazines and their websites. Twelve sites on
127.0.6.221-232 (port 18148), in English (US, UK, Ireland, India), German,
French, Italian, Spanish and Swedish, whose stories carry print-edition
lines (issue dates, issue numbers, pages, "Ausgabe 11/2025") beside web
publication dates that differ from them. Truth date: the web publication
date the page states; the issue date only where nothing else is shown.

 1 MERIDIAN - a Time-like US news weekly on WordPress VIP: "By X and Y",
   "Updated: ... | Originally published: March 11, 2025", "This article
   appears in the March 24, 2025 issue of MERIDIAN", a "Correction, March
   15:" note, a standing column "The D.C. Brief: ..." with its newsletter
   box inside the text; issue page with a long cover-story teaser, magazine
   archive, column collection, author bios, masthead, subscribe.
 2 The Parliament Review - a Spectator-like UK political weekly: "From the
   magazine 15 March 2025" over a web date of 13 March, a Diary column, a
   Letters page with no byline (readers sign each letter; meta author and
   JSON-LD author are the magazine), a podcast episode page on the cover
   piece, issue contents, archive, writer pages, advertise page, RSS.
 3 The Liffey Review - an Irish literary review on Drupal: a book review
   ("Reviewed by X" under a book box "The Salt Year by Niamh Cassidy",
   Review JSON-LD whose itemReviewed names the novelist), an essay with only
   "Words by X" and Drupal's "Submitted by lr_editor on Thu, 02/27/2025 -
   09:00", an interview ("Interview by X", no JSON-LD); issue contents, back
   issues, contributor bios, submissions, events.
 4 The Alder County Ledger - a US county weekly on WordPress/Yoast: "Posted
   Tuesday, March 11, 2025 5:45 pm" the night before the print day, "This
   story appeared in the March 12, 2025 print edition on page A1", meta
   author and Yoast Person "Ledger Staff", "Story and photos by X", a letter
   to the editor "Submitted by Martha Keene, Pine Grove" with the letters
   policy note inside the post content; e-Edition, legal notices,
   obituaries, submit-a-letter, subscribe.
 5 The Sunday Sentinel - a Sunday-Times-like UK Sunday paper: stories put
   online on Saturday evening ("Saturday March 15 2025, 9.00pm") for the
   Sunday 16 March paper, "By X Home Affairs Editor and Y", "Interview by X |
   Portrait by Y", an agony column "Dear Harriet: ..." at 12.01am Sunday with
   the paper as JSON-LD author, a correction line; today's paper, magazine
   front, columnists, profiles, digital edition.
 6 Handelswoche - a WiWo-like German business weekly: "von A und B",
   "13. März 2025, 16:45 Uhr", "Dieser Artikel erschien in der Ausgabe
   11/2025 vom 14.03.2025", JSON-LD author the magazine, a column "Eine
   Kolumne von X", an interview credited "Interview: X" that shows only "Aus
   der Ausgabe 11/2025 vom 14. März 2025"; issue contents, e-paper, Heftarchiv,
   columnist page, Mediadaten, Impressum.
 7 Le Hérisson - a Canard-enchaîné-like French satirical weekly: no JSON-LD,
   og:type website, "Le Hérisson n° 5432 du mercredi 12 mars 2025" as the
   only date on two stories, "Mis en ligne le jeudi 13 mars 2025" on one,
   signatures at the foot of the text ("Jean Piquant et Louise Ronce"), an
   unsigned standing rubric; sommaire, cover gallery, cartoons, archives,
   PDF kiosk, subscription.
 8 Scienza & Natura - a Le-Scienze-like Italian science monthly on a GEDI-like
   template: "di A e B", a story whose JSON-LD datePublished is the issue date
   (1 April) while the page says "Pubblicato il 14 marzo 2025", a monthly
   column, a story "a cura della Redazione" with the magazine as JSON-LD
   author; issue contents, archive, column page with bio, video page,
   staff page.
 9 Semanario Camino - a Spanish diocesan weekly on WordPress (tagDiv-like)
   with Yoast: meta and JSON-LD author "Redacción Camino" on every post, "Por
   X", "Texto: Redacción | Fotos: Y", the bishop's weekly letter signed
   "✠ Andrés Ruiz Cabrera<br>Obispo de Valdemora", "Nº 3.412 · Del 16 al 22
   de marzo de 2025"; print edition PDF, hemeroteca, agenda, staff page.
10 Studentposten - a Swedish student weekly: "Text: X Foto: Y", "X,
   krönikör" (a column with an author bio box), "Publicerad ... ·
   Uppdaterad ..." with only dateModified in JSON-LD, "Ur Studentposten nr
   9/2025"; columnist pages, print-issue list, advertise, masthead, RSS.
11 Konkan Monthly - an Indian regional monthly on WordPress: "Text &
   photographs by X", "This article appeared in the April 2025 issue", a
   story dated only "3 days ago", one showing only "Updated: Mar 20, 2025,
   09:15 IST" with article:published_time of 18 March; issue page, back
   issues, cover gallery, a photo gallery of a story's pictures, advertise.
12 BäckerWelt - a German bakery trade monthly on TYPO3 tx_news: "Autor: X",
   "Erschienen in BäckerWelt 3/2025", a company announcement credited
   "Redaktion BäckerWelt" ending "Quelle: Unternehmensmitteilung", a trade
   fair report "Von A und B", "Veröffentlicht am ... Aktualisiert am ...";
   issue, Heftarchiv, Stellenmarkt, Messekalender, Branchenverzeichnis,
   Mediadaten.

Truth: 36 articles, 151 non-articles, no syndicated copies. Crawled with
/tmp/nr-base: titles 36, dates 33 (the German interview and two satirical
stories that state only their issue date got none), authors 26 (the
letters page credited to the magazine, the novelist of the reviewed book
instead of the reviewer, "Pine Grove" from "Submitted by Martha Keene,
Pine Grove" as a second author, end-of-text signatures of the satirical
weekly missed twice, the JSON-LD organisation "Scienza & Natura" stored as
"Natura", the Yoast "Redacción Camino" over a desk credit and over the
bishop's signature, "X, krönikör" missed, "Redaktion BäckerWelt" kept),
0 of 151 non-articles stored, 7 of 36 bodies wrong (the Ledger's letters
policy note, the Camino subscription box after every post, the
Studentposten newsletter box after every post).
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18148
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def slug(n):
    return n.lower().replace(" ", "-").replace("'", "").replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o")


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.6.%d" % (220 + n), PORT, truth)

    def sitemap(self, paths, disallow="/search/"):
        super().sitemap(paths, disallow)
COOKIE_EN = ('<div id="onetrust-banner-sdk" class="otFlat" role="dialog"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads, '
             'and to analyse our traffic. You can change your choices at any time.</p><button id="onetrust-accept-btn-handler">Accept all</button>'
             '<button id="onetrust-pc-btn-handler">Manage preferences</button></div>')


# ------------------------------------------------------------ 1 MERIDIAN (US news weekly, Time-like, WordPress VIP)
def meridian():
    s = Site(1)
    A = [dict(path="/7281046/west-texas-wells-running-dry/", sec=("climate", "Climate"), by=["Dana Whitfield"],
              title="The Wells Are Running Dry in West Texas. The Rules Haven't Caught Up",
              dek="Farmers on the Southern High Plains are pumping an aquifer that took ten thousand years to fill. Local water districts say they cannot stop them.",
              iso="2025-03-13T07:00:00-04:00", mod="2025-03-15T10:12:00-04:00", shown="March 13, 2025 7:00 AM EDT", issue="March 24, 2025",
              corr="Correction, March 15: The original version of this story misstated the number of irrigation wells in Gaines County. It is about 1,900, not 19,000.",
              paras=["Kent Loomis remembers when the well behind his grandfather's barn came in at eight hundred gallons a minute. Last August, on the hottest week of the summer, it gave up less than a hundred, and then it sputtered and quit.",
                     "Loomis farms cotton and peanuts on the flat red land south of Lubbock, where almost every acre of irrigated cropland depends on the Ogallala Aquifer. In parts of Gaines County the water table has fallen by more than a hundred feet since the 1950s, according to state monitoring wells.",
                     "Texas treats groundwater as private property that belongs to whoever owns the land above it, and the local districts that are supposed to manage it have little power to cap pumping. Several have adopted limits only to see them challenged in court by landowners.",
                     "Hydrologists at Texas Tech estimate that at current rates a third of the region's irrigated land will have to go back to dryland farming within two decades. Some growers are already switching to sorghum and wheat, which need less water but earn far less.",
                     "\"Nobody out here wants to be the one who stops first,\" Loomis said, standing by the dry well. \"Because whatever you leave in the ground, your neighbor pumps.\""]),
         dict(path="/7279988/measles-outbreak-rural-clinics/", sec=("health", "Health"), by=["Carla Mendez", "Jonah Price"],
              title="Inside the Rural Clinics Racing to Contain a Measles Outbreak",
              dek="Nurses in West Texas and eastern New Mexico are vaccinating in church halls and school gyms as cases climb past two hundred.",
              iso="2025-03-11T06:00:00-04:00", mod="2025-03-12T15:10:00-04:00", shown="Updated: March 12, 2025 3:10 PM EDT | Originally published: March 11, 2025 6:00 AM EDT",
              issue="March 24, 2025", corr="",
              paras=["The line outside the fellowship hall of the First Baptist Church in Seminole started forming an hour before the nurses arrived. By noon they had given more than three hundred shots, most of them to children who had never had a measles vaccine.",
                     "The outbreak, which began in late January in a close-knit community with low vaccination rates, has now spread to at least nine counties in two states. State health officials reported 223 cases as of Tuesday, and thirty people have been hospitalized.",
                     "Public health nurses say the clinics work because they come to people rather than asking people to come to them. They bring coolers of vaccine, a folding table and a printer for immunization records, and they stay until the line is gone.",
                     "Doctors in the region warn that the worst may be ahead. Measles is so contagious that one case can infect nine out of ten unvaccinated people nearby, and spring break travel could carry the virus to cities where clinics are already stretched."]),
         dict(path="/7282310/dc-brief-stopgap-spending-fight-2026/", sec=("politics", "Politics"), by=["Nathan Ardery"],
              title="The D.C. Brief: Why a Stopgap Spending Fight Is Really About 2026",
              dek="The government stays open for now. The fight over what comes next has already started.",
              iso="2025-03-14T06:30:00-04:00", mod="2025-03-14T06:30:00-04:00", shown="March 14, 2025 6:30 AM EDT", issue="", corr="",
              paras=["Washington avoided a government shutdown this week the way it usually does, with a stopgap bill that nobody loves and a deadline pushed far enough away that everyone can go home for a while.",
                     "But listen to what members said on the way out of the chamber and you hear something else. Republicans in swing districts want to campaign on cutting spending without being blamed for cutting anything their voters use. Democrats want to make them vote on exactly those cuts, again and again.",
                     "That is why the next funding deadline matters more than this one. Leaders in both parties are already drafting amendments that are less about passing law than about producing votes that can be quoted in attack ads next fall.",
                     "None of this is new, but the margins are. With a majority of three seats in the House, a handful of members can block any bill, and each of them knows it."])]
    nl = ('<div class="newsletter-signup inline"><h4>Sign up for The D.C. Brief</h4><p>MERIDIAN\'s politics newsletter explains what matters in Washington. '
          'Get it in your inbox every weekday.</p><form><input type="email" placeholder="Enter your email"><button>Sign Up Now</button></form></div>')
    nav = [("/section/politics/", "Politics"), ("/section/health/", "Health"), ("/section/climate/", "Climate"), ("/magazine/", "Magazine"), ("/newsletters/", "Newsletters")]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta property="og:site_name" content="MERIDIAN">%s</head><body class="%s"><div id="ad-top" class="ad-container" data-ad-slot="leaderboard"></div>'
                '<header class="site-header"><a class="logo" href="/" aria-label="MERIDIAN">MERIDIAN</a><nav class="main-nav"><ul>%s</ul></nav>'
                '<a class="subscribe-btn" href="/subscribe/">Subscribe</a></header><main id="main-content">%s</main>'
                '<footer class="site-footer"><ul><li><a href="/about/masthead/">Masthead</a></li><li><a href="/magazine/archive/">Magazine Archive</a></li>'
                '<li><a href="/subscribe/">Subscribe</a></li><li><a href="/about/">About Us</a></li></ul>'
                '<p>&copy; 2025 MERIDIAN USA, LLC. All Rights Reserved.</p></footer>%s</body></html>') % (E(title), head, cls, links(nav), main, COOKIE_EN)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        by = " and ".join('<a href="/author/%s/" class="author-name">%s</a>' % (slug(n), E(n)) for n in a["by"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1 and i == 2:
                body += nl
            if j == 2:
                body += '<div class="ad-container in-article" data-ad-slot="inline-1"><span>Advertisement</span></div>'
        tail = ""
        if a["issue"]:
            tail += '<p class="magazine-issue"><em>This article appears in the %s issue of MERIDIAN.</em></p>' % a["issue"]
        if a["corr"]:
            tail += '<p class="correction"><em>%s</em></p>' % E(a["corr"])
        more = '<aside class="more-must-reads"><h3>More Must-Reads from MERIDIAN</h3><ul>%s</ul></aside>' % links([(other["path"], other["title"]), ("/magazine/", "Inside the March 24 Issue")])
        main = ('<article class="article"><div class="article-header"><a class="section-label" href="/section/%s/">%s</a><h1 class="headline">%s</h1>'
                '<h2 class="summary">%s</h2><div class="byline-wrapper"><div class="byline">By %s</div><div class="published-date">%s</div></div></div>'
                '<figure class="lead-art"><img src="/wp-content/uploads/2025/03/lead-%d.jpg" alt=""><figcaption>Photograph by Ivan Petrov for MERIDIAN</figcaption></figure>'
                '<div id="article-body" class="article-body">%s%s</div><div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>%s') % (
            a["sec"][0], a["sec"][1], E(a["title"]), E(a["dek"]), by, a["shown"], i, body, tail, more)
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), E(a["dek"]), a["iso"], a["mod"], jl({
                "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["dek"], "datePublished": a["iso"], "dateModified": a["mod"],
                "author": [{"@type": "Person", "name": n, "url": s.url("/author/%s/" % slug(n))} for n in a["by"]],
                "publisher": {"@type": "NewsMediaOrganization", "name": "MERIDIAN", "logo": {"@type": "ImageObject", "url": s.url("/img/logo.png")}}}))
        must_not = [other["title"]] + (["politics newsletter explains what matters"] if i == 2 else [])
        s.art(a["path"], shell("%s | MERIDIAN" % a["title"], main, head, "single single-post"), a["title"], a["iso"][:10], a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=must_not)
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("MERIDIAN | Current & Breaking News | National & World Updates",
          '<section class="hero"><h2><a href="%s">%s</a></h2><p>%s</p></section><section class="latest"><h2>Latest</h2><ul>%s</ul></section>'
          '<section class="magazine-promo"><a href="/magazine/">The March 24, 2025 Issue</a></section>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["dek"]), links(every + [("/collection/the-dc-brief/", "The D.C. Brief")]))))
    for sec, name, items in (("politics", "Politics", every[2:]), ("health", "Health", every[1:2]), ("climate", "Climate", every[:1])):
        s.non("/section/%s/" % sec, shell("%s | MERIDIAN" % name, '<h1 class="section-title">%s</h1><ul class="taxonomy-tout">%s</ul>' % (name, links(items)), cls="archive"))
    s.non("/magazine/", shell("MERIDIAN Magazine: March 24, 2025 Issue | MERIDIAN",
          '<div class="magazine-issue-page"><h1>March 24, 2025</h1><p class="issue-vol">Vol. 205, No. 9</p><img src="/img/covers/2025-03-24.jpg" alt="MERIDIAN cover, March 24, 2025">'
          '<div class="cover-story"><h2>Cover story: The Water War Coming to the Plains</h2><p>From Nebraska to Texas, the aquifer that turned the Great Plains into the breadbasket of the world is being drained faster than rain can refill it. '
          'Our reporters spent three months with the farmers, regulators and scientists deciding who gets the last of the water, and found a fight that will shape what America eats for a generation.</p></div>'
          '<h3>In this issue</h3><ul>%s</ul><p><a href="/magazine/archive/">Browse past issues</a></p></div>' % links(every[:2]), cls="page-magazine"))
    s.non("/magazine/archive/", shell("Magazine Archive | MERIDIAN", '<h1>Magazine Archive</h1><ul class="covers">%s</ul>' % "".join(
        '<li><a href="/magazine/"><img src="/img/covers/%s.jpg" alt=""><span>%s</span></a></li>' % (d, t) for d, t in (
            ("2025-03-24", "March 24, 2025"), ("2025-03-10", "March 10, 2025"), ("2025-02-24", "February 24, 2025"), ("2025-02-10", "February 10, 2025"))), cls="page"))
    s.non("/collection/the-dc-brief/", shell("The D.C. Brief | MERIDIAN", '<h1>The D.C. Brief</h1><p class="collection-desc">Nathan Ardery on the politics behind the headlines, every weekday.</p><ul>%s</ul>' % links(every[2:]), cls="archive"))
    for n, bio, items in (("Dana Whitfield", "Dana Whitfield is a national correspondent for MERIDIAN based in Austin, Texas, covering climate, water and rural America. Before joining MERIDIAN in 2019 she reported for newspapers in Kansas and Oklahoma.", every[:1]),
                          ("Nathan Ardery", "Nathan Ardery is a senior political correspondent and writes The D.C. Brief newsletter.", every[2:]),
                          ("Carla Mendez", "Carla Mendez is a health correspondent for MERIDIAN.", every[1:2]), ("Jonah Price", "Jonah Price is a staff writer covering the Southwest.", every[1:2])):
        s.non("/author/%s/" % slug(n), shell("%s | MERIDIAN" % n, '<div class="author-page"><h1>%s</h1><p class="author-bio">%s</p><h2>Latest stories</h2><ul>%s</ul></div>' % (n, bio, links(items)), cls="archive author"))
    s.non("/subscribe/", shell("Subscribe to MERIDIAN", '<h1>Subscribe to MERIDIAN</h1><p>Get the magazine delivered plus unlimited digital access. $2 a month for your first year.</p><a href="/magazine/">See this week\'s issue</a>', cls="page"))
    s.non("/newsletters/", shell("Newsletters | MERIDIAN", '<h1>Newsletters</h1><div class="nl"><h2>The D.C. Brief</h2><p>Politics, every weekday.</p></div><a href="/collection/the-dc-brief/">Read past editions</a>', cls="page"))
    s.non("/about/", shell("About MERIDIAN", '<h1>About MERIDIAN</h1><p>MERIDIAN has published a weekly news magazine since 1931.</p><a href="/about/masthead/">Masthead</a>', cls="page"))
    s.non("/about/masthead/", shell("Masthead | MERIDIAN", '<h1>Masthead</h1><p>Editor in Chief: Ruth Calloway</p><p>Executive Editor: Mark Tillman</p><p>National Correspondents: Dana Whitfield, Carla Mendez, Jonah Price</p>', cls="page"))
    s.sitemap([a["path"] for a in A])


# ------------------------------------------------------------ 2 The Parliament Review (UK political weekly, Spectator-like)
def parliament():
    s = Site(2)
    A = [dict(path="/article/the-tory-grassroots-have-stopped-answering-the-phone/", kicker="Politics", by=["Isabel Hardcastle"],
              title="The Tory grassroots have stopped answering the phone", issue=("15-march-2025", "15 March 2025"),
              iso="2025-03-13T21:00:00+00:00", shown="13 March 2025, 9:00 pm",
              paras=["Ask a Conservative association chairman how things are going and you will usually get a cheerful answer about the raffle and the new leaflets. Ask how many members turned up to the last canvassing session and the cheer tends to fade.",
                     "In a dozen constituencies I visited over the past month, from the Cotswolds to the edges of Teesside, the story was the same. The people who used to knock on doors every weekend are older, fewer and, in many cases, simply tired of defending a party they no longer recognise.",
                     "Party headquarters insists that membership has stabilised and points to a rise in online donations since the autumn. But local officers say money raised on the internet does not deliver leaflets, and that without volunteers the ground war at the next election will be lost before it begins.",
                     "One agent in a Midlands marginal put it to me bluntly. \"We have a candidate, we have a database and we have a van,\" he said. \"What we do not have is anyone under seventy to drive it.\""]),
         dict(path="/article/diary-hedges-budget-gossip-and-a-missing-spaniel/", kicker="Diary", by=["Harriet Oakley"],
              title="Diary: hedges, Budget gossip and a missing spaniel", issue=("15-march-2025", "15 March 2025"),
              iso="2025-03-13T21:00:00+00:00", shown="13 March 2025, 9:00 pm",
              paras=["The hedge-cutting season ended on the last day of February, which in my corner of Herefordshire means the lanes are finally quiet and the arguments about flailed hawthorn move from the verges to the parish council.",
                     "In Westminster the only subject this week was the Budget. Every lunch I attended began with someone lowering their voice to share what the Chancellor would announce, and every lunch ended with someone else insisting the opposite. By Thursday I had heard four versions of the fuel duty decision, each from a person described as very close to the Treasury.",
                     "Our spaniel, Pickle, vanished on Sunday afternoon in pursuit of a hare and was missing for eleven hours. He was returned at midnight by a farmer from the next valley, who had found him asleep in his lambing shed and who, it emerged, had not voted for me at the last election. He says he may reconsider.",
                     "Harriet Oakley is the Member of Parliament for Wyeside and Malvern."]),
         dict(path="/article/letters-fuel-duty-rural-buses-and-the-lords/", kicker="Letters", by=[],
              title="Letters: Fuel duty, rural buses and the Lords", issue=("15-march-2025", "15 March 2025"),
              iso="2025-03-14T06:00:00+00:00", shown="14 March 2025, 6:00 am",
              paras=["Sir: Your leading article on fuel duty (8 March) was right to say that drivers in the countryside have no alternative to the car. In my village the last bus to the market town leaves at 2.15 in the afternoon and does not run at all on Saturdays. A freeze is not a luxury for us; it is the difference between getting to work and not.",
                     "Margaret Hale, Launceston, Cornwall",
                     "Sir: Isabel Hardcastle describes the decline of the Conservative volunteer as if it were a new phenomenon. I was an association agent in the 1990s and we said exactly the same things then. Parties recover when they give people a reason to knock on doors, not before.",
                     "David Pryce, Ludlow, Shropshire",
                     "Sir: Before we abolish the hereditary peers, could someone explain what will replace their habit of turning up to debates that nobody else attends? The committee I sat on for eleven years relied on three of them to reach a quorum.",
                     "Lord Ashworth, House of Lords, London SW1"])]
    nav = [("/politics/", "Politics"), ("/magazine/issue/15-march-2025/", "Magazine"), ("/podcasts/", "Podcasts"), ("/writer/", "Writers")]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="%s">'
                '<div class="header-nav"><a class="header-logo" href="/">The Parliament Review</a><nav><ul>%s</ul></nav><a class="header-subscribe" href="/subscribe/">Subscribe</a></div>'
                '<div id="content">%s</div><footer class="footer"><a href="/advertise/">Advertise</a> <a href="/subscribe/">Subscribe</a> <a href="/magazine/archive/">Archive</a> '
                '<p>&copy; 2025 The Parliament Review Ltd. All rights reserved.</p></footer>'
                '<div class="cmp-banner"><p>We use cookies to improve your experience and for marketing. Read our cookie policy.</p><button>I Accept</button></div></body></html>') % (
            E(title), head, cls, links(nav), main)

    for i, a in enumerate(A):
        if a["by"]:
            n = a["by"][0]
            by = '<div class="article__author"><a href="/writer/%s/" class="writers-link">%s</a></div>' % (slug(n), E(n))
            ldauth = [{"@type": "Person", "name": n, "url": s.url("/writer/%s/" % slug(n))}]
        else:
            by, ldauth = "", {"@type": "Organization", "name": "The Parliament Review"}
        if i == 2:
            body = "".join('<p>%s</p>' % E(p) if j % 2 == 0 else '<p class="letter-sign"><strong>%s</strong></p>' % E(p) for j, p in enumerate(a["paras"]))
        else:
            body = ps(a["paras"])
        other = A[(i + 1) % 3]
        main = ('<article class="article"><header class="article__header"><span class="article__category"><a href="/%s/">%s</a></span>'
                '<div class="article__magazine-label">From the magazine <a href="/magazine/issue/%s/">%s</a></div><h1 class="article__title">%s</h1>'
                '<div class="article__meta">%s<time class="article__date" datetime="%s">%s</time></div></header>'
                '<div class="entry-content">%s</div><div class="article__share"><span>Share</span> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a></div>'
                '<section class="newsletter-box"><h3>Get the Review\'s Morning Briefing</h3><p>Start every weekday with the best of our writers, free in your inbox.</p><button>Sign up</button></section>'
                '<aside class="related"><h3>Related articles</h3><ul>%s</ul></aside><section id="comments"><h3>Comments</h3><p>Join the debate for just &pound;1 a month.</p></section></article>') % (
            slug(a["kicker"]), a["kicker"], a["issue"][0], a["issue"][1], E(a["title"]), by, a["iso"], a["shown"], body, links([(other["path"], other["title"])]))
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s | The Parliament Review"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], E(a["by"][0] if a["by"] else "The Parliament Review"), jl({
                "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
                "author": ldauth, "publisher": {"@type": "Organization", "name": "The Parliament Review"}}))
        must = [a["paras"][0], a["paras"][2]] if i == 2 else [a["paras"][1], a["paras"][-1]]
        s.art(a["path"], shell("%s | The Parliament Review" % a["title"], main, head, "single"), a["title"], a["iso"][:10], a["by"],
              must=must, must_not=["Start every weekday with the best of our writers", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Parliament Review | Politics, opinion and the best writing since 1889",
          '<section class="cover-lead"><h2><a href="%s">%s</a></h2><p>The people who used to knock on doors every weekend are older, fewer and tired. Isabel Hardcastle reports from a dozen constituencies.</p></section>'
          '<ul>%s</ul><p><a href="/magazine/issue/15-march-2025/">This week\'s magazine</a> <a href="/podcasts/">Podcasts</a></p>' % (A[0]["path"], E(A[0]["title"]), links(every))))
    s.non("/politics/", shell("Politics | The Parliament Review", '<h1>Politics</h1><ul>%s</ul>' % links(every[:1]), cls="archive"))
    s.non("/diary/", shell("Diary | The Parliament Review", '<h1>Diary</h1><p>Every week, a different writer keeps a diary for the Review.</p><ul>%s</ul>' % links(every[1:2]), cls="archive"))
    s.non("/letters/", shell("Letters | The Parliament Review", '<h1>Letters</h1><p>Write to letters@parliamentreview.example. Letters may be edited.</p><ul>%s</ul>' % links(every[2:]), cls="archive"))
    s.non("/magazine/issue/15-march-2025/", shell("15 March 2025 | The Parliament Review",
          '<div class="magazine-issue"><h1>Magazine: 15 March 2025</h1><img src="/content/covers/2025-03-15.jpg" alt="Cover"><p class="issue-no">Issue 10,241</p>'
          '<h2>Features</h2><ul>%s</ul><h2>Diary</h2><ul>%s</ul><h2>Letters</h2><ul>%s</ul><a href="/magazine/archive/">Previous issues</a></div>' % (
              links(every[:1]), links(every[1:2]), links(every[2:])), cls="archive"))
    s.non("/magazine/archive/", shell("Magazine archive | The Parliament Review", '<h1>The archive</h1><p>Every issue since 1889, for subscribers.</p><ul>%s</ul>' % links([
        ("/magazine/issue/15-march-2025/", "15 March 2025"), ("/magazine/issue/15-march-2025/", "8 March 2025"), ("/magazine/issue/15-march-2025/", "1 March 2025")]), cls="archive"))
    s.non("/writer/", shell("Writers | The Parliament Review", '<h1>Our writers</h1><ul>%s</ul>' % links([("/writer/isabel-hardcastle/", "Isabel Hardcastle"), ("/writer/harriet-oakley/", "Harriet Oakley")]), cls="archive"))
    s.non("/writer/isabel-hardcastle/", shell("Isabel Hardcastle | The Parliament Review",
          '<div class="writer"><h1>Isabel Hardcastle</h1><p class="writer-bio">Isabel Hardcastle is the political editor of The Parliament Review. She has reported on five general elections and presents the Review\'s weekly politics podcast, Coffee House Shots.</p><ul>%s</ul></div>' % links(every[:1]), cls="archive"))
    s.non("/writer/harriet-oakley/", shell("Harriet Oakley | The Parliament Review", '<div class="writer"><h1>Harriet Oakley</h1><p>Harriet Oakley is MP for Wyeside and Malvern.</p><ul>%s</ul></div>' % links(every[1:2]), cls="archive"))
    ep = "/podcasts/coffee-house-shots/why-tory-volunteers-are-walking-away/"
    s.non("/podcasts/", shell("Podcasts | The Parliament Review", '<h1>Podcasts</h1><div class="podcast"><h2>Coffee House Shots</h2><p>Daily politics in fifteen minutes.</p><ul>%s</ul></div><a href="/">Home</a>' % links([(ep, "Why Tory volunteers are walking away")]), cls="archive"))
    s.non(ep, shell("Why Tory volunteers are walking away | Coffee House Shots | The Parliament Review",
          '<article class="podcast-episode"><span class="article__category">Coffee House Shots</span><h1 class="article__title">Why Tory volunteers are walking away</h1>'
          '<div class="article__meta"><a href="/writer/isabel-hardcastle/">Isabel Hardcastle</a><time datetime="2025-03-14T12:30:00+00:00">14 March 2025, 12:30 pm</time></div>'
          '<div class="audio-player"><button>Play</button><span>17:42</span></div><div class="entry-content"><p>In this week\'s magazine cover piece, Isabel Hardcastle reports from a dozen constituencies where the people who used to knock on doors every weekend are older, fewer and tired of defending the party. '
          'She joins James Heale to discuss what that means for the ground war at the next election, whether online donations can make up for missing volunteers, and why one Midlands agent has a van but nobody to drive it.</p>'
          '<p>Produced by Oscar Edmondson.</p><p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p></div><aside class="related"><h3>Read the article</h3><ul>%s</ul></aside></article>' % links(every[:1]),
          '<meta property="og:type" content="article"><meta property="og:title" content="Why Tory volunteers are walking away">%s' % jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Why Tory volunteers are walking away",
              "datePublished": "2025-03-14T12:30:00+00:00", "partOfSeries": {"@type": "PodcastSeries", "name": "Coffee House Shots"}}), cls="single"))
    s.non("/subscribe/", shell("Subscribe | The Parliament Review", '<h1>Subscribe</h1><p>12 issues for &pound;12, plus a free book. Print and digital.</p><a href="/magazine/issue/15-march-2025/">This week\'s issue</a>', cls="page"))
    s.non("/advertise/", shell("Advertise with us | The Parliament Review", '<h1>Advertise</h1><p>Reach Britain\'s most influential readers in print, online and in our podcasts. Contact the commercial team for a media pack.</p>', cls="page"))
    s.rss("/feed/", "The Parliament Review", [(a["path"], a["title"], "Thu, 13 Mar 2025 21:00:00 +0000") for a in A])


# ------------------------------------------------------------ 3 The Liffey Review (Irish literary review, Drupal)
def liffey():
    s = Site(3)
    A = [dict(path="/reviews/island-keeps-its-secrets", typ="Review", title="An island that keeps its secrets", by=["Ciarán Hollis"],
              book=("The Salt Year", "Niamh Cassidy", "Lilliput Press, 288pp, €16.99"), date="2025-03-04",
              paras=["Niamh Cassidy's second novel opens with a drowning and ends with a wedding, and in between it manages to say more about island life off the Mayo coast than most books three times its length.",
                     "The narrator, Bríd, comes home to Inishcoyle after twenty years in Boston to sell her late mother's house, and finds that the island has been waiting for her with a list of grievances she did not know she had earned. Cassidy is very good on the way small communities keep accounts.",
                     "The prose is plain and exact, and the dialogue, much of it moving between English and Irish, has the rhythm of people who have known one another too long to finish their sentences. Only in the final chapters, when the plot insists on tying every thread, does the book lose some of its nerve.",
                     "It is still one of the finest Irish novels of the year so far, and it confirms Cassidy as a writer to watch."]),
         dict(path="/essays/lost-bookshops-capel-street", typ="Essay", title="The lost bookshops of Capel Street", by=["Aoife Brennan"], book=None, date="2025-02-27",
              paras=["When I first came to Dublin as a student there were four second-hand bookshops within a few minutes' walk of Capel Street bridge. Now there is one, and its owner tells me he will close when his lease runs out in the autumn.",
                     "The shops were never tidy. Books were stacked on the stairs and in the windows, and prices were pencilled on the flyleaf in a code that only the owner understood. I bought my first Kavanagh there for two pounds and my first Elizabeth Bowen for less.",
                     "What replaced them is not hard to guess. Rents on the street have tripled in a decade, and the units that once held books now hold vape shops, phone repairers and a restaurant that serves brunch until four in the afternoon.",
                     "I do not want to be sentimental about dust and damp. But a city that has no room for a shop where you can find a book you did not know you wanted has lost something that no algorithm will give back."]),
         dict(path="/interviews/declan-moran-forty-years-of-poetry", typ="Interview", title="In conversation: Declan Moran on forty years of poetry", by=["Sinéad Kerr"], book=None, date="2025-03-10",
              paras=["Declan Moran has published eleven collections since his first, Bog Cotton, appeared in 1985. His new and selected poems, The Long Field, comes out from Gallery Press this month. We met in the back room of a pub in Athlone, not far from the farm where he grew up.",
                     "Sinéad Kerr: You have said that you write about the same ten acres over and over. Is that still true? Declan Moran: More than ever. I used to think I would run out of them. Now I think I will run out of time first.",
                     "SK: Your early poems were very formal, sonnets and villanelles. The recent ones are looser. What changed? DM: I got older and less frightened. When you are young you want the form to hold you up. Later you find you can stand on your own, more or less.",
                     "SK: What are you working on now? DM: A sequence about my father's hands. I have been trying to write it for thirty years. I think it might be finished by the time I am ninety."])]

    def shell(title, main, head="", cls="page-node"):
        return ('<!DOCTYPE html><html lang="en-IE" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>%s</title>%s</head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a><div class="dialog-off-canvas-main-canvas">'
                '<header role="banner"><div class="site-branding"><a href="/" rel="home">The Liffey Review</a><div class="site-slogan">Books, writing and ideas since 1961</div></div>'
                '<nav role="navigation" class="menu--main"><ul>%s</ul></nav></header><main role="main"><a id="main-content" tabindex="-1"></a>%s</main>'
                '<footer role="contentinfo"><div class="block-newsletter"><h2>The Liffey Letter</h2><p>New reviews and events from The Liffey Review, once a fortnight.</p><form><input type="email"><input type="submit" value="Subscribe"></form></div>'
                '<p>The Liffey Review is supported by the Arts Council. <a href="/submissions">Submissions</a> <a href="/subscribe">Subscribe</a></p></footer></div>'
                '<div class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance your user experience.</p><button>OK, I agree</button></div></body></html>') % (
            E(title), head, cls, links([("/issues/87-spring-2025", "Current issue"), ("/reviews", "Reviews"), ("/contributors", "Contributors"), ("/events", "Events")]), main)

    for i, a in enumerate(A):
        n = a["by"][0]
        p = "/contributors/%s" % slug(n).replace("í", "i").replace("á", "a")
        d = a["date"]
        disp = "%d %s 2025" % (int(d[8:]), {"02": "February", "03": "March"}[d[5:7]])
        if i == 0:
            meta = ('<div class="field field--name-field-book"><div class="book-box"><span class="book-title"><em>%s</em></span> by <span class="book-author">%s</span>'
                    '<span class="book-details">%s</span></div></div><div class="field field--name-field-reviewer">Reviewed by <a href="%s">%s</a></div>'
                    '<div class="field field--name-field-display-date">%s</div>') % (a["book"][0], a["book"][1], a["book"][2], p, E(n), disp)
            head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s') % (E(a["title"]), s.url(a["path"]), jl({
                "@context": "https://schema.org", "@type": "Review", "name": a["title"], "datePublished": d, "author": {"@type": "Person", "name": n},
                "itemReviewed": {"@type": "Book", "name": a["book"][0], "author": {"@type": "Person", "name": a["book"][1]}},
                "publisher": {"@type": "Organization", "name": "The Liffey Review"}}))
        elif i == 1:
            meta = '<div class="field field--name-field-byline">Words by <a href="%s">%s</a></div>' % (p, E(n))
            head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">' % (E(a["title"]), s.url(a["path"]))
        else:
            meta = '<div class="field field--name-field-byline">Interview by <a href="%s">%s</a></div><div class="field field--name-field-display-date">%s</div>' % (p, E(n), disp)
            head = '<meta property="og:title" content="%s | The Liffey Review"><meta name="description" content="%s">' % (E(a["title"]), E(a["paras"][0][:150]))
        sub = ('<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field--name-uid"><a href="/user/3">lr_editor</a></span> on '
               '<span class="field--name-created">Thu, 02/27/2025 - 09:00</span></div></footer>') if i == 1 else ""
        other = A[(i + 1) % 3]
        main = ('<article role="article" class="node node--type-%s node--view-mode-full"><div class="field field--name-field-section"><a href="/%ss">%s</a></div>'
                '<h1 class="page-title"><span class="field field--name-title">%s</span></h1>%s<div class="field field--name-field-issue">From <a href="/issues/87-spring-2025">Issue 87, Spring 2025</a></div>'
                '<div class="clearfix text-formatted field field--name-body">%s</div>%s</article>'
                '<div class="views-element-container block-related"><h2>You might also like</h2><ul>%s</ul></div>') % (
            a["typ"].lower(), a["typ"].lower(), a["typ"], E(a["title"]), meta, ps(a["paras"]), sub, links([(other["path"], other["title"])]))
        s.art(a["path"], shell("%s | The Liffey Review" % a["title"], main, head, "path-node page-node-type-%s" % a["typ"].lower()), a["title"], d, a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["New reviews and events from The Liffey Review", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Liffey Review | Books, writing and ideas", '<div class="view-front"><h2>Issue 87 is out now</h2><ul>%s</ul><p><a href="/issues">Back issues</a> <a href="/subscribe">Subscribe</a></p></div>' % links(every), cls="path-frontpage"))
    s.non("/reviews", shell("Reviews | The Liffey Review", '<h1 class="page-title">Reviews</h1><div class="view-content"><div class="views-row"><h2><a href="%s">%s</a></h2>'
          '<p>Niamh Cassidy\'s second novel opens with a drowning and ends with a wedding, and in between it manages to say more about island life off the Mayo coast than most books three times its length. Ciarán Hollis on The Salt Year.</p></div></div>' % (A[0]["path"], E(A[0]["title"])), cls="path-reviews"))
    s.non("/issues/87-spring-2025", shell("Issue 87, Spring 2025 | The Liffey Review", '<h1 class="page-title">Issue 87 &middot; Spring 2025</h1><img src="/sites/default/files/covers/87.jpg" alt="Cover of Issue 87">'
          '<p class="issue-editorial">In this issue: a new novel from Mayo, the bookshops Dublin lost, and four decades of Declan Moran.</p><h2>Contents</h2><ul>%s</ul><p>Buy this issue: &euro;12.50</p>' % links(every), cls="path-issue"))
    s.non("/issues", shell("Back issues | The Liffey Review", '<h1 class="page-title">Back issues</h1><ul>%s</ul>' % links([("/issues/87-spring-2025", "Issue 87, Spring 2025"), ("/issues/87-spring-2025", "Issue 86, Winter 2024"), ("/issues/87-spring-2025", "Issue 85, Autumn 2024")]), cls="path-issues"))
    s.non("/contributors", shell("Contributors | The Liffey Review", '<h1 class="page-title">Contributors</h1><ul>%s</ul>' % links([("/contributors/ciaran-hollis", "Ciarán Hollis"), ("/contributors/aoife-brennan", "Aoife Brennan"), ("/contributors/sinead-kerr", "Sinéad Kerr")]), cls="path-contributors"))
    for n, bio, k in (("Ciarán Hollis", "Ciarán Hollis is a critic and lecturer in English at the University of Galway. His study of the Irish short story, Small Rooms, was published in 2022.", 0),
                      ("Aoife Brennan", "Aoife Brennan is a Dublin essayist. Her collection Second Hand was shortlisted for the Irish Book Awards.", 1),
                      ("Sinéad Kerr", "Sinéad Kerr is deputy editor of The Liffey Review.", 2)):
        s.non("/contributors/%s" % slug(n).replace("í", "i").replace("á", "a"), shell("%s | The Liffey Review" % n, '<h1 class="page-title">%s</h1><div class="field--name-field-bio"><p>%s</p></div><h2>Writing in The Liffey Review</h2><ul>%s</ul>' % (n, bio, links(every[k:k + 1])), cls="path-user"))
    for sec, n, k in (("essays", "Essays", 1), ("interviews", "Interviews", 2)):
        s.non("/" + sec, shell("%s | The Liffey Review" % n, '<h1 class="page-title">%s</h1><ul>%s</ul>' % (n, links(every[k:k + 1])), cls="path-" + sec))
    s.non("/user/3", shell("lr_editor | The Liffey Review", '<h1 class="page-title">lr_editor</h1><p>Member for 6 years 2 months</p>', cls="path-user"))
    s.non("/submissions", shell("Submissions | The Liffey Review", '<h1 class="page-title">Submissions</h1><p>We read unsolicited essays and poems in January and September. We do not accept fiction by email.</p>', cls="path-page"))
    s.non("/subscribe", shell("Subscribe | The Liffey Review", '<h1 class="page-title">Subscribe</h1><p>Four issues a year, delivered: &euro;40 in Ireland, &euro;55 abroad.</p>', cls="path-page"))
    s.non("/events", shell("Events | The Liffey Review", '<h1 class="page-title">Events</h1><div class="event"><h2><a href="/events/issue-87-launch">Issue 87 launch</a></h2><p>Thursday 20 March 2025, 7pm, Books Upstairs, D\'Olier Street.</p></div>', cls="path-events"))
    s.non("/events/issue-87-launch", shell("Issue 87 launch | The Liffey Review", '<h1 class="page-title">Issue 87 launch</h1><p class="event-date">Thursday 20 March 2025, 7pm</p><p>Join us at Books Upstairs to launch the spring issue, with readings by Declan Moran and Aoife Brennan. Free, all welcome.</p><a href="/issues/87-spring-2025">The issue</a>', cls="path-event"))


# ------------------------------------------------------------ 4 The Alder County Ledger (US county weekly, WordPress)
def alder():
    s = Site(4)
    A = [dict(path="/2025/03/11/commissioners-split-on-jail-expansion-bond/", cat=("news", "News"), by="By <a href=\"/author/gavery/\">Glenn Avery</a>, Editor", authors=["Glenn Avery"],
              title="Commissioners split on jail expansion bond", shown="Posted Tuesday, March 11, 2025 5:45 pm", iso="2025-03-11T21:45:00+00:00",
              printed="This story appeared in the March 12, 2025 print edition on page A1.",
              paras=["Alder County commissioners voted 3-2 Monday night to put a $14.5 million bond for a jail expansion on the May ballot, after a two-hour meeting in which nearly forty residents spoke.",
                     "Sheriff Dale Whitcomb told the board that the 48-bed jail has held more than sixty inmates on most nights since last summer, and that the county is paying neighboring Grant County about $55 a day to house the overflow.",
                     "Commissioner Ruth Hadley, who voted against the measure, said the county should first look at why so many people are held before trial. \"We are building for a problem we could shrink,\" she said.",
                     "If voters approve the bond, the owner of a $150,000 home would pay about $96 more a year in property taxes for twenty years, according to the county auditor."]),
         dict(path="/2025/03/10/lady-hawks-fall-in-regional-final/", cat=("sports", "Sports"), by="Story and photos by <a href=\"/author/kbrandt/\">Kyle Brandt</a>", authors=["Kyle Brandt"],
              title="Lady Hawks fall in regional final", shown="Posted Monday, March 10, 2025 10:20 am", iso="2025-03-10T14:20:00+00:00",
              printed="This story appeared in the March 12, 2025 print edition on page B1.",
              paras=["The Alder Central Lady Hawks' best season in two decades ended one game short of the state tournament Saturday night, as Millbrook pulled away in the fourth quarter for a 58-49 win in the regional final.",
                     "Senior guard Kenzie Rausch scored 21 points and hit five three-pointers, but the Hawks went nearly six minutes without a field goal after taking a 41-40 lead early in the final period.",
                     "Millbrook's height wore on the smaller Hawks all night. The Lady Bulldogs out-rebounded Alder Central 38-22 and scored 16 second-chance points.",
                     "The Hawks finish 22-5, the program's most wins since 2004. Coach Terri Lund said she told her players after the game that they had changed what people in the county expect from girls basketball."]),
         dict(path="/2025/03/11/letter-keep-the-pine-grove-library-branch-open/", cat=("opinion", "Opinion"), by="Submitted by Martha Keene, Pine Grove", authors=["Martha Keene"],
              title="Letter: Keep the Pine Grove library branch open", shown="Posted Tuesday, March 11, 2025 9:00 am", iso="2025-03-11T13:00:00+00:00",
              printed="This letter appeared in the March 12, 2025 print edition on page A4.",
              paras=["To the editor: I was sorry to read in last week's Ledger that the library board is considering closing the Pine Grove branch to save money.",
                     "For many of us on the east side of the county, that small branch is the only place within twenty miles where we can use a computer, print a form for the county or get help from someone who knows how. My neighbor filed her Medicare paperwork there last month because she has no internet at home.",
                     "The board says only about thirty people a day use the branch. Thirty people a day is more than nine thousand visits a year, in a town of fewer than eight hundred.",
                     "I hope board members will visit Pine Grove on a Tuesday morning before they decide, and see who is sitting at those tables."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.6.2">%s</head><body class="%s">'
                '<div class="top-bar"><span class="today">Wednesday, March 12, 2025</span> <a href="/e-edition/">e-Edition</a> <a href="/subscribe/">Subscribe</a></div>'
                '<header id="masthead"><div class="site-title"><a href="/">The Alder County Ledger</a></div><p class="site-description">Serving Alder County since 1887</p>'
                '<nav id="primary-menu"><ul>%s</ul></nav></header><div id="content" class="site-content">%s'
                '<aside id="sidebar"><div class="widget ad-widget"><img src="/wp-content/uploads/ads/hadley-hardware.jpg" alt="Hadley Hardware - Since 1952"></div>'
                '<div class="widget"><h3 class="widget-title">Obituaries</h3><ul><li><a href="/obituaries/">Eleanor Mae Pruitt, 91</a></li></ul></div></aside></div>'
                '<footer id="colophon"><p>The Alder County Ledger &middot; 114 W. Main St., Alder, IA &middot; 555-0188</p><a href="/legal-notices/">Legal Notices</a> <a href="/submit-a-letter/">Submit a Letter</a></footer></body></html>') % (
            E(title), head, cls, links([("/category/news/", "News"), ("/category/sports/", "Sports"), ("/category/opinion/", "Opinion"), ("/obituaries/", "Obituaries"), ("/legal-notices/", "Legal Notices")]), main)

    for i, a in enumerate(A):
        note = ('<p class="editor-note"><em>The Ledger welcomes letters to the editor of 300 words or fewer. Letters must be signed and include a phone number for verification. '
                'Email letters@alderledger.example or <a href="/submit-a-letter/">submit online</a>.</em></p>') if i == 2 else ""
        fig = '<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/hawks.jpg" alt=""><figcaption>Kenzie Rausch drives past a Millbrook defender. (Ledger photo by Kyle Brandt)</figcaption></figure>' if i == 1 else ""
        other = A[(i + 1) % 3]
        main = ('<main id="main"><article class="post type-post status-publish category-%s"><header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span>'
                '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">%s</span><br><span class="posted-on">%s</span></div></header>%s'
                '<div class="entry-content">%s%s<p class="print-edition"><em>%s</em></p></div>'
                '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="#">Facebook</a> <a href="#">Print</a></div></article>'
                '<div class="jp-relatedposts"><h3>Related</h3><ul>%s</ul></div><div id="comments"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div></main>') % (
            a["cat"][0], a["cat"][0], a["cat"][1], E(a["title"]), a["by"], a["shown"], fig, ps(a["paras"]), note, a["printed"], links([(other["path"], other["title"])]))
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - The Alder County Ledger">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="Ledger Staff">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], jl({"@context": "https://schema.org", "@graph": [
                {"@type": "Article", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
                 "author": {"@id": s.url("/#/schema/person/7b1d")}, "isPartOf": {"@id": s.url(a["path"])}},
                {"@type": "Person", "@id": s.url("/#/schema/person/7b1d"), "name": "Ledger Staff"},
                {"@type": "WebPage", "@id": s.url(a["path"]), "name": a["title"] + " - The Alder County Ledger"}]}))
        mn = [other["title"]] + (["welcomes letters to the editor of 300 words"] if i == 2 else [])
        s.art(a["path"], shell("%s - The Alder County Ledger" % a["title"], main, head, "single single-post"), a["title"], a["iso"][:10], a["authors"],
              must=[a["paras"][1], a["paras"][-1]], must_not=mn)
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Alder County Ledger - Serving Alder County since 1887", '<main id="main"><section class="featured"><h2><a href="%s">%s</a></h2><p>%s</p></section><ul>%s</ul></main>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every + [("/e-edition/", "This week's e-Edition")]))))
    for c, n, items in (("news", "News", every[:1]), ("sports", "Sports", every[1:2]), ("opinion", "Opinion", every[2:])):
        s.non("/category/%s/" % c, shell("%s Archives - The Alder County Ledger" % n, '<main id="main"><h1 class="page-title">Category: %s</h1><ul>%s</ul></main>' % (n, links(items)), cls="archive category"))
    for u, n, k in (("gavery", "Glenn Avery", 0), ("kbrandt", "Kyle Brandt", 1)):
        s.non("/author/%s/" % u, shell("%s, Author at The Alder County Ledger" % n, '<main id="main"><h1 class="page-title">Author: %s</h1><ul>%s</ul></main>' % (n, links(every[k:k + 1])), cls="archive author"))
    s.non("/e-edition/", shell("e-Edition - The Alder County Ledger", '<main id="main"><h1>e-Edition</h1><p>Read this week\'s Ledger exactly as it appears in print. The March 12, 2025 edition: 16 pages, two sections.</p>'
          '<a href="/wp-content/uploads/eedition/2025-03-12.pdf">Download PDF (subscribers)</a> <a href="/subscribe/">Subscribe</a></main>', cls="page"))
    s.non("/legal-notices/", shell("Legal Notices - The Alder County Ledger", '<main id="main"><h1>Legal Notices</h1><p>NOTICE OF PUBLIC HEARING: The Alder County Board of Supervisors will hold a public hearing on March 24, 2025 at 9:00 a.m. on the proposed FY2026 budget.</p></main>', cls="page"))
    s.non("/obituaries/", shell("Obituaries - The Alder County Ledger", '<main id="main"><h1>Obituaries</h1><ul><li>Eleanor Mae Pruitt, 91, of Alder, died March 8, 2025.</li><li>Harold &quot;Bud&quot; Wenzel, 78, of Pine Grove, died March 6, 2025.</li></ul></main>', cls="page"))
    s.non("/submit-a-letter/", shell("Submit a Letter - The Alder County Ledger", '<main id="main"><h1>Submit a Letter to the Editor</h1><p>Letters should be 300 words or fewer and include your name, town and phone number.</p><form><textarea></textarea><button>Submit</button></form></main>', cls="page"))
    s.non("/subscribe/", shell("Subscribe - The Alder County Ledger", '<main id="main"><h1>Subscribe</h1><p>In county: $42 a year. Out of county: $58. e-Edition only: $30.</p><a href="/e-edition/">e-Edition</a></main>', cls="page"))
    s.sitemap([a["path"] for a in A], "/wp-admin/")


# ------------------------------------------------------------ 5 The Sunday Sentinel (UK Sunday paper, Times-like)
def sentinel():
    s = Site(5)
    A = [dict(path="/article/hospitals-told-to-clear-two-year-waits-before-summer-k8d2m4q7x", sec="News", title="Hospitals told to clear two-year waits before summer",
              by=[("Tom Ashcroft", "Home Affairs Editor"), ("Priya Nair", "")], au=["Tom Ashcroft", "Priya Nair"],
              iso="2025-03-15T21:00:00.000Z", shown="Saturday March 15 2025, 9.00pm", print_line="This article appeared in The Sunday Sentinel on Sunday 16 March 2025", ldauth=True,
              corr="Correction: This article was amended on 17 March 2025 to correct the name of the trust in Leicester.",
              paras=["Hospital trusts in England have been ordered to clear every waiting list case older than two years by the end of June, or face having their chief executives called before ministers, The Sunday Sentinel can reveal.",
                     "A letter sent on Friday by NHS England to the heads of the 42 worst-performing trusts says there are still more than 3,000 patients who have waited longer than 104 weeks for planned treatment, most of them for hip, knee and spinal operations.",
                     "Trusts are told to use spare capacity in private hospitals, to run weekend lists and to send patients to other regions where waits are shorter. Managers who cannot meet the deadline must submit a recovery plan within a fortnight.",
                     "Senior doctors warned that the push could come at the expense of cancer and emergency care. \"You can hit a target on one list by quietly letting another one slide,\" said one consultant at a trust in the Midlands."]),
         dict(path="/article/kit-harrow-i-stopped-acting-for-five-years-and-nobody-noticed-p3w9z1r6t", sec="Sentinel Magazine", title="Kit Harrow: ‘I stopped acting for five years and nobody noticed’",
              by=[("Lucy Fenwick", "")], au=["Lucy Fenwick"], pre="Interview by", portrait="Portrait by Alex Morrow",
              iso="2025-03-15T18:00:00.000Z", shown="Saturday March 15 2025, 6.00pm", print_line="This article appeared in Sentinel Magazine on Sunday 16 March 2025", ldauth=True, corr="",
              paras=["Kit Harrow arrives at the café in Hastings on a bicycle, in a waxed jacket with the elbows worn through, and orders a pot of tea and a bacon sandwich without looking at the menu.",
                     "For fifteen years he was one of the most familiar faces on British television, the reliable detective or the doomed brother in a string of Sunday night dramas. Then, in 2019, he stopped. There was no announcement and, he says cheerfully, no one seemed to mind.",
                     "\"I thought there would be phone calls,\" he says. \"There were about three. Then I took up pottery and my agent stopped ringing altogether.\" He spent the years that followed restoring a boat, looking after his mother and learning, at fifty, to swim properly.",
                     "His return, in a new adaptation of a Thomas Hardy novel that starts next month, came about because the director turned up at his pottery stall at a farmers' market and would not leave until he had read the script."]),
         dict(path="/article/dear-harriet-my-sister-hasnt-spoken-to-me-since-mums-will-was-read-v5n2c8j0b", sec="Dear Harriet", title="Dear Harriet: My sister hasn’t spoken to me since Mum’s will was read",
              by=[("Harriet Lowe", "")], au=["Harriet Lowe"], iso="2025-03-16T00:01:00.000Z", shown="Sunday March 16 2025, 12.01am",
              print_line="This article appeared in The Sunday Sentinel on Sunday 16 March 2025", ldauth=False, corr="",
              paras=["Dear Harriet, my mother died last spring and left her house to me rather than splitting it between my sister and me. I cared for her for the last six years of her life, and I think that is why she did it. My sister has not spoken to me since the will was read.",
                     "Dear reader, grief and money make a dangerous mixture, and a will can feel to the person left out like a final judgment on who was loved more. Your sister is probably mourning two things at once: your mother, and the place she thought she had in her mother's eyes.",
                     "You do not have to apologise for a decision you did not make. But you could write to her, without mentioning the house at all, and tell her you miss her and that your mother spoke of her often, if that is true.",
                     "If you feel the division was unfair to her, you might think about giving her something that mattered to your mother. Sometimes a ring or a set of letters does more than a cheque ever could."])]
    nl = ('<div class="newsletter-promo"><strong>The Sunday Briefing</strong><p>The stories everyone will be talking about, in your inbox before breakfast every Sunday.</p>'
          '<a href="/newsletters/">Sign up</a></div>')

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="masthead"><a class="masthead-logo" href="/">The Sunday Sentinel</a><nav><a href="/edition/2025-03-16/">Today\'s paper</a> '
                '<a href="/magazine/">Magazine</a> <a href="/columnists/">Columnists</a> <a href="/puzzles/">Puzzles</a> <a href="/epaper/">Digital edition</a></nav>'
                '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header><main>%s</main>'
                '<footer><p>&copy; Sentinel Newspapers Ltd 2025. Registered in England No. 894646.</p><a href="/subscribe/">Subscription terms</a></footer>'
                '<div id="sp_message_container"><p>Your privacy is important to us. We and our 812 partners store and access personal data.</p><button>Accept all</button></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        names = " and ".join('<a class="author-link" href="/profile/%s">%s</a>%s' % (slug(n), E(n), (' <span class="job-title">%s</span>' % r) if r else "") for n, r in a["by"])
        byl = (a.get("pre", "By") + " " + names) + ((' | <span class="photographer">%s</span>' % a["portrait"]) if a.get("portrait") else "")
        body = ""
        for j, p in enumerate(a["paras"]):
            body += '<p class="responsive__Paragraph">%s</p>' % E(p)
            if j == 1:
                body += nl
        other = A[(i + 1) % 3]
        main = ('<article class="article"><div class="article-header"><span class="section-label">%s</span><h1 class="headline" role="heading">%s</h1>'
                '<div class="byline-wrapper"><div class="byline">%s</div><div class="date-time"><time datetime="%s">%s</time>, The Sunday Sentinel</div></div></div>'
                '<div class="article-body">%s</div><p class="print-info">%s</p>%s<div class="share"><button>Share</button> <button>Save</button></div>'
                '<section class="related"><h2>Related articles</h2><ul>%s</ul></section><section class="comments"><h2>Comments (%d)</h2><p>Comments are subject to our community guidelines.</p></section></article>') % (
            a["sec"], E(a["title"]), byl, a["iso"], a["shown"], body, a["print_line"], ('<p class="correction">%s</p>' % a["corr"]) if a["corr"] else "",
            links([(other["path"], other["title"])]), 40 + i * 17)
        auth = [{"@type": "Person", "name": n} for n in a["au"]] if a["ldauth"] else {"@type": "Organization", "name": "The Sunday Sentinel"}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s">%s') % (s.url(a["path"]), E(a["title"]), a["iso"], jl({
                    "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
                    "author": auth, "isAccessibleForFree": True, "publisher": {"@type": "NewsMediaOrganization", "name": "The Sunday Sentinel"}}))
        s.art(a["path"], shell("%s | The Sunday Sentinel" % a["title"], main, head, "article-page"), a["title"], a["iso"][:10], a["au"], instant=a["iso"][:16],
              must=[a["paras"][1], a["paras"][-1]], must_not=["in your inbox before breakfast every Sunday", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Sunday Sentinel | News, comment and the best Sunday reads", '<section class="front"><h2><a href="%s">%s</a></h2><p>%s</p><ul>%s</ul></section>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every + [("/edition/2025-03-16/", "Today's paper")]))))
    s.non("/edition/2025-03-16/", shell("Today's paper: Sunday 16 March 2025 | The Sunday Sentinel", '<div class="edition"><h1>The Sunday Sentinel, Sunday 16 March 2025</h1>'
          '<h2>News</h2><ul>%s</ul><h2>Sentinel Magazine</h2><ul>%s</ul><h2>Columns</h2><ul>%s</ul><p><a href="/edition/2025-03-16/">Previous editions</a></p></div>' % (
              links(every[:1]), links(every[1:2]), links(every[2:]))))
    s.non("/magazine/", shell("Sentinel Magazine | The Sunday Sentinel", '<h1>Sentinel Magazine</h1><div class="lead-teaser"><h2><a href="%s">%s</a></h2><p>For fifteen years he was one of the most familiar faces on British television, '
          'the reliable detective or the doomed brother in a string of Sunday night dramas. Then, in 2019, he stopped. There was no announcement and, he says cheerfully, no one seemed to mind. '
          'Lucy Fenwick meets the actor who walked away, and finds out why he came back.</p></div><ul>%s</ul>' % (A[1]["path"], E(A[1]["title"]), links(every[2:]))))
    s.non("/columnists/", shell("Columnists | The Sunday Sentinel", '<h1>Columnists</h1><ul>%s</ul>' % links([("/profile/harriet-lowe", "Harriet Lowe: Dear Harriet"), ("/profile/tom-ashcroft", "Tom Ashcroft")])))
    s.non("/profile/harriet-lowe", shell("Harriet Lowe | The Sunday Sentinel", '<div class="profile"><h1>Harriet Lowe</h1><p>Harriet Lowe has answered readers\' problems in Dear Harriet since 2011. '
          'Write to her at dearharriet@sundaysentinel.example; letters may be edited and are published anonymously.</p><ul>%s</ul></div>' % links(every[2:])))
    s.non("/profile/tom-ashcroft", shell("Tom Ashcroft | The Sunday Sentinel", '<div class="profile"><h1>Tom Ashcroft</h1><p>Home Affairs Editor</p><ul>%s</ul></div>' % links(every[:1])))
    s.non("/profile/priya-nair", shell("Priya Nair | The Sunday Sentinel", '<div class="profile"><h1>Priya Nair</h1><p>Health Correspondent</p><ul>%s</ul></div>' % links(every[:1])))
    s.non("/profile/lucy-fenwick", shell("Lucy Fenwick | The Sunday Sentinel", '<div class="profile"><h1>Lucy Fenwick</h1><p>Feature writer, Sentinel Magazine</p><ul>%s</ul></div>' % links(every[1:2])))
    s.non("/epaper/", shell("Digital edition | The Sunday Sentinel", '<h1>The digital edition</h1><p>Read the paper as it was printed, page by page, on any device. Download this Sunday\'s edition from 10pm on Saturday.</p><a href="/subscribe/">Subscribe</a>'))
    s.non("/puzzles/", shell("Puzzles | The Sunday Sentinel", '<h1>Puzzles</h1><p>Cryptic crossword No 5,118, Sudoku, Polygon.</p><a href="/">Home</a>'))
    s.non("/subscribe/", shell("Subscribe | The Sunday Sentinel", '<h1>Subscribe</h1><p>The Sunday Sentinel delivered, plus the app: &pound;1 for 3 months.</p><a href="/epaper/">Digital edition</a>'))
    s.non("/login/", shell("Log in | The Sunday Sentinel", '<h1>Log in</h1><form><input type="email"><input type="password"><button>Log in</button></form>'))
    s.non("/newsletters/", shell("Newsletters | The Sunday Sentinel", '<h1>Newsletters</h1><p>The Sunday Briefing, every Sunday at 7am.</p><a href="/">Home</a>'))


# ------------------------------------------------------------ 6 Handelswoche (German business weekly, WiWo-like)
def handelswoche():
    s = Site(6)
    A = [dict(path="/unternehmen/industrie/stahlkrise-kokerei-schliessung-duisburg/100112345.html", kicker="Stahlkrise", rubrik=("unternehmen", "Unternehmen"),
              title="Warum die letzte Kokerei im Ruhrgebiet vor dem Aus steht", by=["Katrin Weber", "Jonas Albrecht"], label="von",
              iso="2025-03-13T16:45:00+01:00", mod="2025-03-14T08:10:00+01:00", shown="13. März 2025, 16:45 Uhr", ausgabe="Dieser Artikel erschien in der Ausgabe 11/2025 vom 14.03.2025.",
              ldorg=True,
              paras=["Seit mehr als hundert Jahren steigt über dem Duisburger Norden der Dampf aus den Löschtürmen der Kokerei auf. Im kommenden Jahr könnte damit Schluss sein: Der Betreiber prüft nach Informationen der Handelswoche, die Anlage Ende 2026 stillzulegen.",
                     "Die Kokerei liefert den Koks für zwei Hochöfen in der Nachbarschaft. Weil der Konzern seine Stahlproduktion bis zum Ende des Jahrzehnts auf wasserstoffbasierte Direktreduktion umstellen will, werden die Hochöfen und damit auch die Kokerei überflüssig. Doch die neue Anlage verzögert sich.",
                     "Betriebsräte fürchten, dass zwischen dem Aus für die alte und dem Start der neuen Technik eine Lücke von mehreren Jahren entsteht, in der Koks teuer aus Polen oder China eingekauft werden müsste. Rund 1200 Arbeitsplätze hängen direkt an der Anlage.",
                     "Die Landesregierung will den Konzern zu einem verbindlichen Zeitplan drängen. Ein Sprecher des Wirtschaftsministeriums sagte, man erwarte bis zum Sommer Klarheit über die Finanzierung der Direktreduktionsanlage."]),
         dict(path="/erfolg/kolumne-chefsache/warum-gute-chefs-schlechte-nachrichten-zuerst-erzaehlen/100112102.html", kicker="Kolumne Chefsache", rubrik=("erfolg", "Erfolg"),
              title="Warum gute Chefs schlechte Nachrichten zuerst erzählen", by=["Markus Vogel"], label="Eine Kolumne von",
              iso="2025-03-12T06:00:00+01:00", mod="2025-03-12T06:00:00+01:00", shown="12. März 2025, 06:00 Uhr", ausgabe="", ldorg=False,
              paras=["Es gibt eine einfache Probe, an der man gute Führungskräfte erkennt: Wie beginnen sie eine Betriebsversammlung, wenn das Quartal schlecht war? Die meisten reden zuerst über das, was gut lief. Die besten fangen mit dem Problem an.",
                     "Das klingt nach einer Stilfrage, ist aber eine Frage des Vertrauens. Wer schlechte Nachrichten hinter guten versteckt, lehrt seine Mitarbeiter, dass man Probleme verpacken muss. Dann erfährt der Chef als Letzter, was schiefgeht.",
                     "In einem mittelständischen Maschinenbauer, den ich vor einigen Jahren begleitet habe, führte der neue Geschäftsführer eine Regel ein: In jeder Besprechung kommt die schlechteste Zahl auf die erste Folie. Nach einem halben Jahr meldeten die Abteilungen Lieferprobleme im Schnitt drei Wochen früher als vorher.",
                     "Schlechte Nachrichten werden nicht besser, wenn man sie liegen lässt. Sie werden nur teurer."]),
         dict(path="/politik/deutschland/interview-mittelstand-energiepreise/100112388.html", kicker="Interview", rubrik=("politik", "Politik"),
              title="„Wir haben den Mittelstand zu lange allein gelassen“", by=["Felix Brandt"], label="Interview:",
              iso="", mod="", shown="", ausgabe="Aus der Ausgabe 11/2025 vom 14. März 2025", ldorg=False,
              paras=["Handelswoche: Frau Körner, Ihr Verband vertritt 40.000 Betriebe. Wie ist die Stimmung? Sabine Körner: Schlechter als in der Finanzkrise. Damals wussten die Unternehmer, dass es vorbeigeht. Heute fragen sie sich, ob sich ihr Standort überhaupt noch rechnet.",
                     "Handelswoche: Was ist das größte Problem? Körner: Die Energiepreise, ganz klar. Ein Gießereibetrieb in Sachsen zahlt für Strom fast das Dreifache seines Konkurrenten in Frankreich. Das kann man mit Fleiß nicht ausgleichen.",
                     "Handelswoche: Die Bundesregierung verweist auf die gesenkte Stromsteuer. Körner: Die hilft, aber sie kam spät, und sie gilt nicht für alle. Wir haben den Mittelstand zu lange allein gelassen, während man den Großen mit Milliarden geholfen hat.",
                     "Handelswoche: Was erwarten Sie vom Sommer? Körner: Dass endlich ein Industriestrompreis kommt, der auch für Betriebe mit hundert Mitarbeitern gilt. Sonst werden wir die Abwanderung erst merken, wenn es zu spät ist."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<div class="cmp-wrapper"><div class="cmp-box"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie zu.</p>'
                '<button>Alle akzeptieren</button> <a href="/abo/">Pur-Abo ohne Werbung</a></div></div><header class="c-header"><a class="c-header__logo" href="/">Handelswoche</a>'
                '<nav class="c-nav"><a href="/unternehmen/">Unternehmen</a> <a href="/politik/">Politik</a> <a href="/erfolg/">Erfolg</a> <a href="/ausgabe/11-2025/">Aktuelle Ausgabe</a> <a href="/archiv/heftarchiv/">Heftarchiv</a></nav>'
                '<a class="c-header__abo" href="/abo/">HW+ testen</a></header><main>%s</main><footer class="c-footer"><a href="/impressum/">Impressum</a> <a href="/mediadaten/">Mediadaten</a> '
                '<a href="/abo/">Abo</a><p>© Handelswoche 2025</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        by = "%s %s" % (a["label"], " und ".join('<a class="c-author" href="/autoren/%s/">%s</a>' % (slug(n), E(n)) for n in a["by"]))
        date = '<time class="c-publish-date" datetime="%s">%s</time>' % (a["iso"], a["shown"]) if a["iso"] else ""
        other = A[(i + 1) % 3]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += '<p class="u-richtext">%s</p>' % E(p)
            if j == 1:
                body += ('<div class="c-teaser c-teaser--inline"><span class="c-teaser__label">Lesen Sie auch:</span> <a href="%s">%s</a></div>' % (other["path"], E(other["title"])))
            if j == 2:
                body += '<div class="c-ad c-ad--medrec"><span>Anzeige</span></div>'
        ausg = '<p class="c-issue-note"><a href="/ausgabe/11-2025/">%s</a></p>' % a["ausgabe"] if a["ausgabe"] else ""
        bio = ('<div class="c-author-box"><p>Markus Vogel ist Unternehmensberater und schreibt jede Woche die Kolumne „Chefsache“.</p><a href="/kolumnen/chefsache/">Alle Kolumnen</a></div>') if i == 1 else ""
        main = ('<article class="c-article"><header class="c-article__header"><span class="c-overline">%s</span><h1 class="c-headline">%s</h1>'
                '<div class="c-metadata"><span class="c-byline">%s</span>%s</div></header><div class="c-leadtext"><p><strong>%s</strong></p></div><div class="c-article__body">%s</div>%s%s'
                '<div class="c-newsletter"><h3>Handelswoche Morgen-Briefing</h3><p>Die wichtigsten Wirtschaftsnachrichten jeden Morgen um sechs Uhr in Ihrem Postfach.</p><button>Jetzt anmelden</button></div></article>') % (
            E(a["kicker"]), E(a["title"]), by, date, E(a["paras"][0]), body.split("</p>", 1)[1], ausg, bio)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "publisher": {"@type": "Organization", "name": "Handelswoche"}}
        if a["iso"]:
            ld["datePublished"], ld["dateModified"] = a["iso"], a["mod"]
            ld["author"] = {"@type": "Organization", "name": "Handelswoche"} if a["ldorg"] else [{"@type": "Person", "name": n} for n in a["by"]]
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s: %s"><meta property="og:type" content="article"><meta name="robots" content="index, follow">%s') % (
            s.url(a["path"]), E(a["kicker"]), E(a["title"]), jl(ld))
        date = a["iso"][:10] if a["iso"] else "2025-03-14"
        s.art(a["path"], shell("%s: %s - Handelswoche" % (a["kicker"], a["title"]), main, head, "article"), a["title"], date, a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Die wichtigsten Wirtschaftsnachrichten jeden Morgen", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Handelswoche – Wirtschaft, Unternehmen, Finanzen", '<section class="c-stage"><h2><a href="%s">%s</a></h2><p>Der Betreiber prüft, die Anlage Ende 2026 stillzulegen. Rund 1200 Arbeitsplätze hängen daran.</p></section><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), links(every + [("/ausgabe/11-2025/", "Die neue Ausgabe 11/2025")]))))
    for r, n, items in (("unternehmen", "Unternehmen", every[:1]), ("politik", "Politik", every[2:]), ("erfolg", "Erfolg", every[1:2])):
        s.non("/%s/" % r, shell("%s – Handelswoche" % n, '<h1>%s</h1><ul>%s</ul>' % (n, links(items)), cls="ressort"))
    s.non("/ausgabe/11-2025/", shell("Ausgabe 11/2025 – Handelswoche", '<div class="c-issue"><h1>Handelswoche Ausgabe 11/2025</h1><p class="c-issue__date">Erscheinungstag: 14.03.2025</p>'
          '<img src="/img/titel/2025-11.jpg" alt="Titelbild"><h2>Titelgeschichte: Das Ende der Kohle im Stahl</h2><p>Der Umbau der Stahlindustrie kostet Milliarden, und er kommt zu spät für die Kokerei in Duisburg. '
          'Wie die Branche den Sprung zum Wasserstoff schaffen will und wer dabei auf der Strecke bleibt.</p><h2>Inhalt</h2><ul>%s</ul><a href="/epaper/11-2025/">Als E-Paper lesen</a></div>' % links(every), cls="issue"))
    s.non("/epaper/11-2025/", shell("E-Paper Ausgabe 11/2025 – Handelswoche", '<h1>E-Paper</h1><p>Die Ausgabe 11/2025 als digitale Zeitschrift, Seite für Seite. Für HW+ Abonnenten inklusive.</p><a href="/abo/">Abo abschließen</a>', cls="epaper"))
    s.non("/archiv/heftarchiv/", shell("Heftarchiv – Handelswoche", '<h1>Heftarchiv</h1><ul>%s</ul>' % links([("/ausgabe/11-2025/", "Ausgabe 11/2025 vom 14.03.2025"), ("/ausgabe/11-2025/", "Ausgabe 10/2025 vom 07.03.2025"), ("/ausgabe/11-2025/", "Ausgabe 09/2025 vom 28.02.2025")]), cls="archive"))
    s.non("/kolumnen/chefsache/", shell("Chefsache – Die Kolumne von Markus Vogel – Handelswoche", '<div class="c-columnist"><h1>Chefsache</h1><p>Markus Vogel berät seit zwanzig Jahren Familienunternehmen. Jeden Mittwoch schreibt er in der Handelswoche über Führung, Fehler und die Kunst, schwierige Gespräche zu führen.</p><ul>%s</ul></div>' % links(every[1:2]), cls="columnist"))
    for n, k in (("Katrin Weber", 0), ("Jonas Albrecht", 0), ("Markus Vogel", 1), ("Felix Brandt", 2)):
        s.non("/autoren/%s/" % slug(n), shell("%s – Handelswoche" % n, '<h1>%s</h1><p>Redakteur</p><ul>%s</ul>' % (n, links(every[k:k + 1])), cls="author"))
    s.non("/abo/", shell("Handelswoche abonnieren", '<h1>HW+ Abo</h1><p>4 Wochen für 1 €, danach 24,99 € im Monat. Inklusive E-Paper.</p>', cls="abo"))
    s.non("/mediadaten/", shell("Mediadaten – Handelswoche", '<h1>Mediadaten 2025</h1><p>Verkaufte Auflage: 121.000 Exemplare. Anzeigenschluss: 10 Tage vor Erscheinen. Preisliste Nr. 71.</p>', cls="page"))
    s.non("/impressum/", shell("Impressum – Handelswoche", '<h1>Impressum</h1><p>Handelswoche Verlag GmbH, Düsseldorf. Chefredakteurin: Anna Reuter.</p>', cls="page"))


# ------------------------------------------------------------ 7 Le Hérisson (French satirical weekly, Canard-like)
def herisson():
    s = Site(7)
    num = "Le Hérisson n° 5432 du mercredi 12 mars 2025"
    A = [dict(path="/articles/5432/le-ministre-les-jets-prives-et-la-sobriete/", rub=("politique", "Politique"), title="Le ministre, les jets privés et la sobriété énergétique",
              by=["Jean Piquant"], online="",
              paras=["Il avait promis, la main sur le cœur et devant les caméras, que l'État montrerait l'exemple. Trois semaines après son grand discours sur la sobriété énergétique, le ministre délégué aux Transports s'est rendu à Biarritz en avion privé pour inaugurer… une piste cyclable.",
                     "Selon un document interne que Le Hérisson a pu consulter, l'aller-retour a coûté près de 19 000 euros aux contribuables. Le train, qui relie Paris à Biarritz en un peu plus de quatre heures, avait pourtant été jugé « compatible avec l'agenda » par les services du ministère eux-mêmes.",
                     "Interrogé, le cabinet invoque « des contraintes de sécurité » et « un rendez-vous impératif en fin de journée ». Le rendez-vous en question, d'après l'agenda officiel, était un dîner avec des élus locaux dans un restaurant étoilé de la côte basque.",
                     "Au ministère, on assure que le ministre « prendra le train la prochaine fois ». La piste cyclable, elle, s'arrête pour l'instant au bout de 800 mètres, faute de crédits."]),
         dict(path="/articles/5432/hopital-les-lits-fantomes-de-l-ars/", rub=("societe", "Société"), title="Hôpital : les lits fantômes de l'ARS",
              by=["Jean Piquant", "Louise Ronce"], online="Mis en ligne le jeudi 13 mars 2025",
              paras=["Sur le papier, le centre hospitalier de la ville compte 412 lits. Dans les couloirs, les soignants en comptent une petite centaine de moins. La différence tient en un mot que l'agence régionale de santé affectionne : les lits « installés mais non armés ».",
                     "Faute d'infirmières, des services entiers ont été fermés l'été dernier et n'ont jamais rouvert, mais ils figurent toujours dans les tableaux transmis au ministère. Un cadre de santé résume : « On a des lits, des matelas et des draps. Il manque juste les gens pour s'en occuper. »",
                     "Ces chiffres gonflés permettent à l'agence d'afficher une capacité stable dans la région, alors que le temps d'attente aux urgences a doublé en deux ans. Le directeur de l'ARS n'a pas souhaité répondre à nos questions.",
                     "Le prochain rapport sur l'offre de soins doit être présenté aux élus en avril. Les lits fantômes y seront sans doute encore."]),
         dict(path="/articles/5432/le-prefet-la-piscine-et-le-golf/", rub=("mare", "La Mare aux hérissons"), title="Le préfet, la piscine et le golf",
              by=[], online="",
              paras=["En pleine alerte sécheresse, la préfecture avait interdit l'arrosage des jardins, le lavage des voitures et le remplissage des piscines privées dans tout le département.",
                     "Tout le département ? Non. Le golf de la Verrerie, où le préfet a ses habitudes le samedi matin, a obtenu une dérogation pour arroser ses greens « afin de préserver un équipement touristique structurant ».",
                     "Les agriculteurs du coin, privés d'irrigation depuis juin, ont apprécié la nuance. L'un d'eux a proposé de rebaptiser son champ de maïs « practice » pour avoir droit, lui aussi, à un peu d'eau.",
                     "Contactée, la préfecture assure que la dérogation a été accordée « selon la procédure habituelle ». Le préfet, lui, aurait réduit son handicap de deux points cet été."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title><meta property="og:site_name" content="Le Hérisson"><meta property="og:type" content="website">%s</head>'
                '<body class="%s"><div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span>Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>'
                '<button>Tout accepter</button><button>Personnaliser</button></div></div><header class="entete"><a href="/" class="logo">Le Hérisson</a><p class="devise">Journal satirique paraissant le mercredi</p>'
                '<nav><a href="/numero/5432/">Le numéro de la semaine</a> <a href="/unes/">Les unes</a> <a href="/dessins/">Dessins</a> <a href="/archives/">Archives</a> <a href="/kiosque/">Kiosque numérique</a> <a href="/abonnement/">S\'abonner</a></nav></header>'
                '<div class="contenu">%s</div><footer class="pied"><p>Le Hérisson, 173 rue Saint-Honoré, Paris. Ni publicité ni actionnaire.</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        sign = ('<p class="signature">%s</p>' % " et ".join(E(n) for n in a["by"])) if a["by"] else ""
        online = '<p class="en-ligne">%s</p>' % a["online"] if a["online"] else ""
        other = A[(i + 1) % 3]
        main = ('<div class="article"><p class="numero"><a href="/numero/5432/">%s</a></p><p class="rubrique"><a href="/rubrique/%s/">%s</a></p>%s'
                '<h1 class="titre">%s</h1><div class="texte">%s</div>%s<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">Mastodon</a> <a href="#">Imprimer</a></div></div>'
                '<div class="encadre-abo"><p>Le Hérisson ne vit que de ses lecteurs. Ni pub, ni subvention : abonnez-vous pour 79 € par an.</p><a href="/abonnement/">Je m\'abonne</a></div>'
                '<div class="autres"><h3>Dans le même numéro</h3><ul>%s</ul></div>') % (
            num, a["rub"][0], a["rub"][1], online, E(a["title"]), ps(a["paras"]), sign, links([(other["path"], other["title"])]))
        head = '<meta property="og:title" content="%s — Le Hérisson"><meta name="description" content="%s">' % (E(a["title"]), E(a["paras"][0][:160]))
        date = "2025-03-13" if a["online"] else "2025-03-12"
        s.art(a["path"], shell("%s — Le Hérisson" % a["title"], main, head, "page-article"), a["title"], date, a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Ni pub, ni subvention", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Le Hérisson — Journal satirique paraissant le mercredi", '<div class="une"><img src="/unes/5432.jpg" alt="La une du n° 5432"><h2>Cette semaine</h2><ul>%s</ul></div>' % links(every)))
    s.non("/numero/5432/", shell("Sommaire du n° 5432 — Le Hérisson", '<h1>Le Hérisson n° 5432 du mercredi 12 mars 2025</h1><h2>Au sommaire</h2><ul>%s</ul><p>En page 8 : les dessins de la semaine. <a href="/dessins/">Voir</a></p>' % links(every), cls="page-numero"))
    s.non("/unes/", shell("Les unes du Hérisson — Le Hérisson", '<h1>Les unes</h1><div class="galerie">%s</div>' % "".join(
        '<figure><a href="/numero/5432/"><img src="/unes/%d.jpg" alt="Une du n° %d"></a><figcaption>N° %d du %s</figcaption></figure>' % (n, n, n, d)
        for n, d in ((5432, "12 mars 2025"), (5431, "5 mars 2025"), (5430, "26 février 2025"), (5429, "19 février 2025"))), cls="page-unes"))
    s.non("/dessins/", shell("Les dessins de la semaine — Le Hérisson", '<h1>Les dessins de la semaine</h1><figure><img src="/dessins/5432-1.jpg" alt=""><figcaption>« La sobriété, c\'est pour les autres. » Dessin de Crayonne.</figcaption></figure>'
          '<figure><img src="/dessins/5432-2.jpg" alt=""><figcaption>« Des lits, on en a plein. Des infirmières, c\'est une autre histoire. » Dessin de Piquot.</figcaption></figure>', cls="page-dessins"))
    s.non("/archives/", shell("Archives — Le Hérisson", '<h1>Archives</h1><p>Retrouvez tous les numéros depuis 1916 en PDF, réservés aux abonnés.</p><ul>%s</ul>' % links([("/numero/5432/", "N° 5432 — 12 mars 2025"), ("/unes/", "Toutes les unes")]), cls="page-archives"))
    s.non("/kiosque/", shell("Kiosque numérique — Le Hérisson", '<h1>Le journal en PDF</h1><p>Le numéro 5432 est disponible dès le mardi soir à 20 heures pour les abonnés numériques. Huit pages, comme en kiosque.</p><a href="/abonnement/">S\'abonner</a>', cls="page-kiosque"))
    s.non("/abonnement/", shell("Abonnement — Le Hérisson", '<h1>Abonnez-vous</h1><p>Un an, 52 numéros : 79 €. Version numérique seule : 49 €.</p>', cls="page-abo"))
    for r, n, items in (("politique", "Politique", every[:1]), ("societe", "Société", every[1:2]), ("mare", "La Mare aux hérissons", every[2:])):
        s.non("/rubrique/%s/" % r, shell("%s — Le Hérisson" % n, '<h1>%s</h1><ul>%s</ul>' % (n, links(items)), cls="page-rubrique"))


# ------------------------------------------------------------ 8 Scienza & Natura (Italian science monthly, GEDI-like)
def scienza():
    s = Site(8)
    A = [dict(path="/news/2025/03/14/news/buco_nero_supermassiccio_galassia_giovane-421876543/", kicker="Astronomia", title="Un buco nero troppo grande per la sua età",
              sub="Il telescopio James Webb ha osservato una galassia nata appena 500 milioni di anni dopo il big bang che ospita un buco nero di massa sorprendente",
              by=["Marco Ferri", "Giulia Sala"], shown="Pubblicato il 14 marzo 2025", ld_date="2025-04-01T00:00:00+02:00", ld_mod="2025-04-01T00:00:00+02:00",
              print_line="Questo articolo è tratto dal numero di aprile 2025 di Scienza & Natura", date="2025-03-14", ldorg=False,
              paras=["Un gruppo internazionale di astronomi ha individuato, grazie al telescopio spaziale James Webb, un buco nero supermassiccio al centro di una galassia che esisteva appena 500 milioni di anni dopo il big bang.",
                     "La massa del buco nero è stimata in circa quaranta milioni di volte quella del Sole, un valore che secondo i modelli attuali sarebbe stato difficile da raggiungere in così poco tempo partendo dai resti di una stella.",
                     "Per spiegare l'osservazione, alcuni ricercatori propongono che i primi buchi neri si siano formati direttamente dal collasso di enormi nubi di gas, saltando la fase stellare. Altri pensano che abbiano attraversato brevi periodi di crescita molto rapida.",
                     "Il risultato, pubblicato su Nature Astronomy, dovrà essere confermato da nuove osservazioni spettroscopiche previste per il prossimo anno."]),
         dict(path="/rubriche/il-matematico-impertinente/2025/03/11/news/paradosso_compleanno_bar-421655120/", kicker="Il matematico impertinente", title="Il paradosso del compleanno al bancone del bar",
              sub="", by=["Paolo Vetri"], shown="11 marzo 2025", ld_date="2025-03-11T10:00:00+01:00", ld_mod="2025-03-11T10:00:00+01:00",
              print_line="Questo articolo è apparso sul numero di marzo 2025 di Scienza & Natura", date="2025-03-11", ldorg=False,
              paras=["L'altra mattina, al bar sotto casa, eravamo in ventitré a bere il caffè, e il barista ha scommesso con un cliente che almeno due di noi fossero nati lo stesso giorno dell'anno. Il cliente ha accettato, convinto di vincere facile.",
                     "Ha perso, e non per sfortuna. Con ventitré persone la probabilità che almeno due condividano il compleanno supera il cinquanta per cento, anche se a prima vista sembra che ce ne vogliano molte di più, visto che i giorni dell'anno sono 365.",
                     "Il trucco sta nel contare le coppie, non le persone. Ventitré persone formano 253 coppie diverse, e ognuna di esse ha una piccola probabilità di coincidere. Sommate tutte quelle piccole probabilità e il risultato non è più così piccolo.",
                     "Il barista, che evidentemente conosce la matematica meglio dei suoi clienti, ha offerto il caffè a tutti. Con i soldi della scommessa, naturalmente."]),
         dict(path="/news/2025/03/13/news/api_selvatiche_pesticidi_studio-421799001/", kicker="Ambiente", title="Le api selvatiche soffrono più di quelle da miele",
              sub="Uno studio su 300 siti europei mostra che gli impollinatori selvatici sono più sensibili ai pesticidi di quanto si pensasse",
              by=[], byline="a cura della Redazione", shown="13 marzo 2025 ore 12:40", ld_date="2025-03-13T12:40:00+01:00", ld_mod="2025-03-14T09:05:00+01:00",
              print_line="", date="2025-03-13", ldorg=True,
              paras=["Le api selvatiche e i bombi sono molto più vulnerabili ai pesticidi delle api da miele, su cui si basano quasi tutti i test di sicurezza richiesti per autorizzare i prodotti in Europa.",
                     "È la conclusione di uno studio condotto in 300 siti agricoli di otto paesi europei e pubblicato su Science. I ricercatori hanno misurato i residui di 40 sostanze nel polline raccolto dagli insetti e li hanno confrontati con lo stato di salute delle colonie.",
                     "Nelle zone con più residui, le colonie di bombi producevano in media un terzo di regine in meno, mentre le api da miele non mostravano differenze significative.",
                     "Gli autori chiedono che le valutazioni di rischio includano anche le specie selvatiche, che impollinano una parte importante delle colture europee."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<div id="iubenda-cs-banner"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</p><button>Accetta</button><button>Rifiuta</button></div>'
                '<header class="gd-header"><a class="logo" href="/">Scienza &amp; Natura</a><nav><a href="/news/">News</a> <a href="/rubriche/">Rubriche</a> <a href="/rivista/2025/04/">La rivista</a> '
                '<a href="/video/">Video</a> <a href="/abbonamenti/">Abbonati</a></nav></header><main class="gd-main">%s</main>'
                '<footer class="gd-footer"><a href="/chi-siamo/">Chi siamo</a> <a href="/rivista/archivio/">Archivio</a><p>Scienza &amp; Natura è una testata di Edizioni Galileo S.p.A. - P.IVA 01234560789</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        by = a.get("byline") or "di " + " e ".join('<a href="/autori/%s/" rel="author">%s</a>' % (slug(n), E(n)) for n in a["by"])
        other = A[(i + 1) % 3]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="inline-article"><span>Leggi anche</span> <a href="%s">%s</a></div>' % (other["path"], E(other["title"]))
        pl = '<p class="story__print">%s</p>' % a["print_line"] if a["print_line"] else ""
        main = ('<article class="story"><div class="story__header"><a class="story__kicker" href="/rubriche/">%s</a><h1 class="story__title">%s</h1>%s'
                '<div class="story__meta"><em class="story__author">%s</em> <time class="story__date">%s</time></div></div>'
                '<figure class="story__figure"><img src="/img/%d.jpg" alt=""><figcaption>Un\'illustrazione artistica (Nasa/Esa)</figcaption></figure>'
                '<div class="story__text">%s</div>%s<div class="story__newsletter"><h3>La newsletter di Scienza &amp; Natura</h3><p>Ogni venerdì le scoperte della settimana spiegate dai nostri giornalisti.</p><button>Iscriviti</button></div></article>') % (
            E(a["kicker"]), E(a["title"]), ('<h2 class="story__summary">%s</h2>' % E(a["sub"])) if a["sub"] else "", by, a["shown"], i, body, pl)
        auth = {"@type": "Organization", "name": "Scienza & Natura"} if a["ldorg"] else [{"@type": "Person", "name": n} for n in a["by"]]
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s - Scienza &amp; Natura"><meta property="og:type" content="article">%s') % (
            s.url(a["path"]), E(a["title"]), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["ld_date"], "dateModified": a["ld_mod"],
                                                 "author": auth, "publisher": {"@type": "Organization", "name": "Scienza & Natura"}}))
        s.art(a["path"], shell("%s - Scienza & Natura" % a["title"], main, head, "story-page"), a["title"], a["date"], a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Ogni venerdì le scoperte della settimana", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Scienza & Natura - Notizie di scienza, tecnologia e ambiente", '<section class="apertura"><h2><a href="%s">%s</a></h2><p>%s</p></section><ul>%s</ul>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["sub"]), links(every))))
    s.non("/news/", shell("News - Scienza & Natura", '<h1>News</h1><ul>%s</ul>' % links([every[0], every[2]]), cls="section"))
    s.non("/rubriche/", shell("Rubriche - Scienza & Natura", '<h1>Rubriche</h1><ul>%s</ul>' % links([("/rubriche/il-matematico-impertinente/", "Il matematico impertinente")]), cls="section"))
    s.non("/rubriche/il-matematico-impertinente/", shell("Il matematico impertinente - Scienza & Natura", '<div class="rubrica"><h1>Il matematico impertinente</h1><p class="rubrica__bio">Paolo Vetri insegna logica '
          'all\'Università di Torino. Da vent\'anni racconta ogni mese ai lettori di Scienza &amp; Natura la matematica che si nasconde nella vita di tutti i giorni, dal bar al supermercato.</p><ul>%s</ul></div>' % links(every[1:2]), cls="section"))
    s.non("/rivista/2025/04/", shell("Scienza & Natura n. 680, aprile 2025 - Scienza & Natura", '<div class="rivista"><h1>Il numero di aprile 2025</h1><p>N. 680 - In edicola dal 28 marzo</p><img src="/img/cop/680.jpg" alt="Copertina">'
          '<h2>In copertina: I giganti dell\'alba cosmica</h2><p>Buchi neri troppo grandi, galassie troppo mature: le prime osservazioni del telescopio James Webb mettono in crisi i modelli della formazione dell\'universo.</p><h2>Sommario</h2><ul>%s</ul></div>' % links(every[:1]), cls="rivista"))
    s.non("/rivista/archivio/", shell("Archivio dei numeri - Scienza & Natura", '<h1>Archivio</h1><ul>%s</ul>' % links([("/rivista/2025/04/", "N. 680 - aprile 2025"), ("/rivista/2025/04/", "N. 679 - marzo 2025"), ("/rivista/2025/04/", "N. 678 - febbraio 2025")]), cls="rivista"))
    s.non("/video/", shell("Video - Scienza & Natura", '<h1>Video</h1><ul>%s</ul>' % links([("/video/2025/03/12/video/eclissi_parziale_29_marzo-421700222/", "Come osservare l'eclissi parziale del 29 marzo")]), cls="section"))
    s.non("/video/2025/03/12/video/eclissi_parziale_29_marzo-421700222/", shell("Come osservare l'eclissi parziale del 29 marzo - Scienza & Natura",
          '<div class="video-page"><div class="player"><button>Play</button><span>2:31</span></div><h1>Come osservare l\'eclissi parziale del 29 marzo</h1><p>Occhiali certificati, filtri e orari: la guida in due minuti.</p><time>12 marzo 2025</time></div>',
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Come osservare l'eclissi parziale del 29 marzo", "uploadDate": "2025-03-12T10:00:00+01:00", "thumbnailUrl": s.url("/img/ecl.jpg")}), cls="video"))
    for n, k in (("Marco Ferri", 0), ("Giulia Sala", 0), ("Paolo Vetri", 1)):
        s.non("/autori/%s/" % slug(n), shell("%s - Scienza & Natura" % n, '<h1>%s</h1><p>Giornalista scientifico.</p><ul>%s</ul>' % (n, links(every[k:k + 1])), cls="author"))
    s.non("/abbonamenti/", shell("Abbonamenti - Scienza & Natura", '<h1>Abbonati</h1><p>12 numeri a 39,90 euro, con la versione digitale inclusa.</p><a href="/rivista/2025/04/">Il numero in edicola</a>', cls="page"))
    s.non("/chi-siamo/", shell("Chi siamo - Scienza & Natura", '<h1>Chi siamo</h1><p>Direttore responsabile: Laura Benedetti. Caporedattore: Marco Ferri. Redazione: Giulia Sala, Andrea Pini.</p>', cls="page"))
    s.sitemap([a["path"] for a in A])


# ------------------------------------------------------------ 9 Semanario Camino (Spanish diocesan weekly, WordPress + Yoast)
def camino():
    s = Site(9)
    A = [dict(path="/2025/03/13/la-diocesis-abre-un-comedor-social-en-el-barrio-de-san-lorenzo/", cat=("diocesis", "Diócesis"), title="La diócesis abre un comedor social en el barrio de San Lorenzo",
              by='Por <a href="/author/jlortega/">José Luis Ortega</a>', au=["José Luis Ortega"], shown="13/03/2025", iso="2025-03-13T09:30:00+00:00",
              paras=["Cáritas Diocesana inauguró el pasado lunes un comedor social en los locales de la antigua escuela parroquial de San Lorenzo, que servirá cada día un centenar de comidas a personas sin recursos del barrio.",
                     "El proyecto ha sido posible gracias a la colaboración de la parroquia, el Ayuntamiento y una treintena de voluntarios, la mayoría jubilados, que se turnan en la cocina y en el reparto. Las obras de adaptación han costado 84.000 euros.",
                     "El director de Cáritas, Ramón Gil, explicó que en los últimos dos años se ha duplicado el número de familias que piden ayuda para alimentación en la zona, muchas de ellas con algún miembro que trabaja pero no llega a fin de mes.",
                     "El comedor abrirá de lunes a sábado de 13.00 a 15.00 horas. Quienes deseen colaborar como voluntarios pueden dirigirse a la sede de Cáritas en la calle Mayor."]),
         dict(path="/2025/03/12/mas-de-cuatrocientos-jovenes-en-la-peregrinacion-diocesana-a-la-ermita/", cat=("diocesis", "Diócesis"), title="Más de cuatrocientos jóvenes en la peregrinación diocesana a la ermita de la Virgen del Monte",
              by="Texto: Redacción | Fotos: Carmen Lozano", au=[], shown="12/03/2025", iso="2025-03-12T17:15:00+00:00",
              paras=["Más de cuatrocientos jóvenes de toda la diócesis participaron el pasado sábado en la peregrinación anual a la ermita de la Virgen del Monte, que este año tenía como lema «Caminamos juntos».",
                     "Los peregrinos salieron a primera hora desde la plaza de la catedral y recorrieron a pie los dieciocho kilómetros del antiguo camino real, con paradas para rezar y compartir el almuerzo en el pueblo de Villaseca.",
                     "Al llegar a la ermita, el obispo presidió la eucaristía al aire libre y animó a los jóvenes a no tener miedo de comprometerse. Después hubo música y una comida en la explanada organizada por la hermandad.",
                     "La Delegación de Juventud ya prepara la participación diocesana en el próximo encuentro nacional de jóvenes, previsto para el verano."]),
         dict(path="/2025/03/14/carta-semanal-volver-a-casa/", cat=("opinion", "Opinión"), title="Volver a casa", kicker="Carta semanal del obispo",
              by="✠ Andrés Ruiz Cabrera<br>Obispo de Valdemora", au=["Andrés Ruiz Cabrera"], shown="14/03/2025", iso="2025-03-14T08:00:00+00:00",
              paras=["Queridos diocesanos: la Cuaresma que acabamos de comenzar es, ante todo, un tiempo para volver a casa. Así lo entendió el hijo pródigo cuando, hambriento y lejos de todo, se acordó de la casa de su padre.",
                     "Volver a casa no significa solo rezar más o ayunar los viernes, aunque estas prácticas siguen teniendo todo su sentido. Significa reconocer que nos hemos alejado, que hemos puesto el corazón en cosas que no llenan, y tener el valor de desandar el camino.",
                     "Os invito en estas semanas a acercaros al sacramento de la reconciliación, que nuestras parroquias ofrecen con horarios ampliados, y a no olvidar a quienes no tienen casa a la que volver. El nuevo comedor de San Lorenzo es una buena ocasión para ello.",
                     "Que la Virgen del Monte nos acompañe en este camino. Con mi bendición."])]
    num = "Nº 3.412 · Del 16 al 22 de marzo de 2025"

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.7.1">%s</head><body class="%s">'
                '<div class="top-header"><span class="edicion">%s</span> <a href="/edicion-impresa/">Edición impresa</a> <a href="/suscripcion/">Suscríbete</a></div>'
                '<header class="site-header"><a class="site-logo" href="/">Semanario Camino</a><span class="tagline">Semanario de la diócesis de Valdemora desde 1952</span>'
                '<nav class="main-navigation"><ul>%s</ul></nav></header><div class="site-content">%s</div><footer class="site-footer"><p>Semanario Camino · Plaza de la Catedral, 4 · Valdemora</p>'
                '<a href="/quienes-somos/">Quiénes somos</a> <a href="/aviso-legal/">Aviso legal</a></footer>'
                '<div id="cookie-law-info-bar"><span>Este sitio web utiliza cookies para mejorar su experiencia.</span><a>Aceptar</a></div></body></html>') % (
            E(title), head, cls, num, links([("/categoria/diocesis/", "Diócesis"), ("/categoria/opinion/", "Opinión"), ("/agenda/", "Agenda"), ("/hemeroteca/", "Hemeroteca")]), main)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        kick = '<span class="td-post-kicker">%s</span>' % a["kicker"] if a.get("kicker") else ""
        main = ('<article class="post"><header class="entry-header"><ul class="td-category"><li><a href="/categoria/%s/">%s</a></li></ul>%s<h1 class="entry-title">%s</h1>'
                '<div class="td-module-meta-info"><div class="td-post-author-name">%s</div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></header>'
                '<div class="td-post-content">%s<p class="edicion-impresa"><em>Publicado en la edición impresa del %s.</em></p></div>'
                '<div class="td-post-sharing"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article>'
                '<div class="td_block_related_posts"><h4>Artículos relacionados</h4><ul>%s</ul></div>'
                '<div class="suscripcion-box"><p>Recibe Camino cada semana en tu casa o en tu parroquia por solo 35 euros al año.</p><a href="/suscripcion/">Suscríbete</a></div>') % (
            a["cat"][0], a["cat"][1], kick, E(a["title"]), a["by"], a["iso"], a["shown"], ps(a["paras"]), num.replace("Nº", "semanario nº"), links([(other["path"], other["title"])]))
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - Semanario Camino">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="Redacción Camino">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], jl({"@context": "https://schema.org", "@graph": [
                {"@type": "Article", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["iso"], "author": {"name": "Redacción Camino", "@id": s.url("/#/schema/person/1")},
                 "articleSection": [a["cat"][1]], "inLanguage": "es"},
                {"@type": "Person", "@id": s.url("/#/schema/person/1"), "name": "Redacción Camino"}]}))
        s.art(a["path"], shell("%s - Semanario Camino" % a["title"], main, head, "single single-post"), a["title"], a["iso"][:10], a["au"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Recibe Camino cada semana", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Semanario Camino - Semanario de la diócesis de Valdemora", '<div class="td-main-content"><h2><a href="%s">%s</a></h2><p>%s</p><ul>%s</ul></div>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every))))
    s.non("/categoria/diocesis/", shell("Diócesis archivos - Semanario Camino", '<h1 class="entry-title td-page-title">Diócesis</h1><ul>%s</ul>' % links(every[:2]), cls="archive category"))
    s.non("/categoria/opinion/", shell("Opinión archivos - Semanario Camino", '<h1 class="entry-title td-page-title">Opinión</h1><div class="cat-intro"><p>Cada semana, la carta del obispo a los diocesanos y las firmas de nuestros colaboradores.</p></div><ul>%s</ul>' % links(every[2:]), cls="archive category"))
    s.non("/author/jlortega/", shell("José Luis Ortega, autor en Semanario Camino", '<h1>José Luis Ortega</h1><p>Redactor de Camino desde 1998.</p><ul>%s</ul>' % links(every[:1]), cls="archive author"))
    s.non("/edicion-impresa/", shell("Edición impresa - Semanario Camino", '<h1>Edición impresa</h1><p>%s</p><img src="/wp-content/uploads/portadas/3412.jpg" alt="Portada"><a href="/wp-content/uploads/pdf/camino-3412.pdf">Descargar PDF</a> <a href="/hemeroteca/">Números anteriores</a>' % num, cls="page"))
    s.non("/hemeroteca/", shell("Hemeroteca - Semanario Camino", '<h1>Hemeroteca</h1><ul><li><a href="/edicion-impresa/">Nº 3.412 (16-22 marzo 2025)</a></li><li><a href="/edicion-impresa/">Nº 3.411 (9-15 marzo 2025)</a></li><li><a href="/edicion-impresa/">Nº 3.410 (2-8 marzo 2025)</a></li></ul>', cls="page"))
    s.non("/agenda/", shell("Agenda diocesana - Semanario Camino", '<h1>Agenda diocesana</h1><ul><li>Sábado 22 de marzo, 11.00 h: Retiro de Cuaresma para catequistas, Casa de Espiritualidad.</li><li>Domingo 23 de marzo, 12.00 h: Misa estacional en la catedral.</li></ul>', cls="page"))
    s.non("/suscripcion/", shell("Suscripción - Semanario Camino", '<h1>Suscríbete a Camino</h1><p>35 euros al año, 52 números. Envío a domicilio o recogida en la parroquia.</p>', cls="page"))
    s.non("/aviso-legal/", shell("Aviso legal - Semanario Camino", '<h1>Aviso legal</h1><p>Titular: Obispado de Valdemora. CIF R-0000000-X.</p>', cls="page"))
    s.non("/quienes-somos/", shell("Quiénes somos - Semanario Camino", '<h1>Quiénes somos</h1><p>Director: Manuel Prieto. Redacción: José Luis Ortega, Ana Belén Ruiz. Fotografía: Carmen Lozano.</p>', cls="page"))


# ------------------------------------------------------------ 10 Studentposten (Swedish student weekly, WordPress)
def studentposten():
    s = Site(10)
    A = [dict(path="/nyheter/2025/03/studentbostader-koerna-har-aldrig-varit-langre/", kicker="Nyheter", title="Bostadskön för studenter har aldrig varit längre",
              credit='<span class="credit">Text: <a href="/skribent/elsa-lind/">Elsa Lind</a></span> <span class="credit">Foto: Oskar Berg</span>', au=["Elsa Lind"],
              shown="Publicerad 12 mars 2025 kl 08.00", ld={"datePublished": "2025-03-12T08:00:00+01:00", "author": {"@type": "Person", "name": "Elsa Lind"}}, date="2025-03-12",
              paras=["Den som ställer sig i studentbostadskön i dag får i snitt vänta i fyra och ett halvt år på ett eget korridorsrum i centrala staden. Det är den längsta kötiden sedan bostadsstiftelsen började föra statistik.",
                     "Enligt stiftelsens siffror står nu drygt 31 000 personer i kön, och antalet nya bostäder har inte hållit jämna steg med att universitetet tagit in fler studenter. I höstas fick över hälften av de nyantagna ingen bostad alls via kön.",
                     "– Jag har bott i andra hand på fyra olika ställen sedan jag började plugga, säger Nora Ahlgren, som läser andra året på juristprogrammet. Varje gång har jag fått flytta med två veckors varsel.",
                     "Stiftelsen planerar att bygga 600 nya lägenheter på det gamla sjukhusområdet, men de första blir inte klara förrän hösten 2027."]),
         dict(path="/kronika/2025/03/ingen-bad-om-en-till-app/", kicker="Krönika", title="Ingen bad om en till app",
              credit='<a href="/skribent/ahmed-yusuf/">Ahmed Yusuf</a>, krönikör', au=["Ahmed Yusuf"], shown="Publicerad 11 mars 2025 kl 12.00", ld=None, date="2025-03-11",
              paras=["Förra veckan fick jag ett mejl från universitetet om att vi ska ladda ner en ny app för att boka grupprum. Det är den sjunde appen jag behöver för att klara en vanlig studievecka.",
                     "Det finns en app för schemat, en för lärplattformen, en för tentaanmälan, en för biblioteket, en för studentkåren, en för lunchkorten och nu en för grupprummen. Ingen av dem pratar med någon annan, och alla vill ha ett eget lösenord.",
                     "Jag förstår att varje avdelning vill lösa sitt problem. Men summan av alla dessa lösningar är ett nytt problem, och det hamnar hos oss studenter, som lägger tid på att logga in i stället för att plugga.",
                     "Så här är mitt förslag: innan någon beställer en ny app, ta bort två gamla. Jag lovar att ingen kommer att sakna dem."]),
         dict(path="/nyheter/2025/03/karen-kraver-omval-efter-rostningsfel/", kicker="Nyheter", title="Kåren kräver omval efter fel i röstningssystemet",
              credit='<span class="credit">Text: <a href="/skribent/elsa-lind/">Elsa Lind</a> och <a href="/skribent/maja-holm/">Maja Holm</a></span>', au=["Elsa Lind", "Maja Holm"],
              shown="Publicerad 10 mars 2025 kl 19.05 · Uppdaterad 11 mars 2025 kl 15.20", ld={"dateModified": "2025-03-11T15:20:00+01:00"}, date="2025-03-10",
              paras=["Studentkåren kräver att valet till fullmäktige görs om sedan det visat sig att omkring 400 röster registrerats två gånger i det digitala röstningssystemet.",
                     "Felet upptäcktes av en valobservatör som jämförde antalet avgivna röster med antalet medlemmar som loggat in. Skillnaden var så stor att två partier kunde ha fått ett mandat för mycket.",
                     "– Vi kan inte stå bakom ett resultat som vi inte kan kontrollera, säger kårens ordförande Linnea Sjöberg. Det handlar om förtroendet för hela kåren.",
                     "Leverantören av systemet har bett om ursäkt och säger att felet berodde på en uppdatering som gjordes dagen innan valet öppnade. Ett nytt val planeras till början av april."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="sv-SE"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="site-header"><a class="site-logo" href="/">Studentposten</a><span class="tagline">Oberoende studenttidning sedan 1948 · Ny tidning varje onsdag</span>'
                '<nav><a href="/nyheter/">Nyheter</a> <a href="/kronikor/">Krönikor</a> <a href="/papperstidningen/">Papperstidningen</a> <a href="/om-oss/">Om oss</a></nav></header>'
                '<main class="site-main">%s</main><footer class="site-footer"><a href="/annonsera/">Annonsera</a> <a href="/om-oss/">Redaktionen</a>'
                '<p>Ansvarig utgivare: Klara Nyström. Studentposten ges ut av studentkåren.</p></footer>'
                '<div class="cookie-notice"><p>Vi använder kakor för att förbättra din upplevelse.</p><button>Okej</button></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        bio = ('<div class="author-box"><p>Ahmed Yusuf studerar statsvetenskap och skriver krönikor i Studentposten varannan vecka. Åsikterna är skribentens egna.</p></div>') if i == 1 else ""
        main = ('<article class="post"><p class="post-kicker"><a href="/%s/">%s</a></p><h1 class="post-title">%s</h1><div class="post-byline">%s</div>'
                '<div class="post-date">%s</div><div class="post-content">%s</div><p class="print-note">Ur Studentposten nr 9/2025</p>%s</article>'
                '<aside class="las-aven"><h3>Läs även</h3><ul>%s</ul></aside>'
                '<div class="nyhetsbrev"><h3>Få Studentposten i mejlen</h3><p>Veckans viktigaste nyheter från campus, varje onsdag.</p><button>Prenumerera</button></div>') % (
            "kronikor" if i == 1 else "nyheter", a["kicker"], E(a["title"]), a["credit"], a["shown"], ps(a["paras"]), bio, links([(other["path"], other["title"])]))
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">' % (s.url(a["path"]), E(a["title"]))
        if a["ld"]:
            ld = {"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "publisher": {"@type": "Organization", "name": "Studentposten"}}
            ld.update(a["ld"])
            head += jl(ld)
        s.art(a["path"], shell("%s | Studentposten" % a["title"], main, head, "single"), a["title"], a["date"], a["au"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Veckans viktigaste nyheter från campus", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Studentposten – oberoende studenttidning", '<section class="toppnyhet"><h2><a href="%s">%s</a></h2><p>%s</p></section><ul>%s</ul>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every))))
    s.non("/nyheter/", shell("Nyheter | Studentposten", '<h1>Nyheter</h1><ul>%s</ul>' % links([every[0], every[2]]), cls="archive"))
    s.non("/kronikor/", shell("Krönikor | Studentposten", '<h1>Krönikor</h1><p>Våra krönikörer skriver om livet som student.</p><ul>%s</ul><p><a href="/skribent/ahmed-yusuf/">Ahmed Yusuf</a></p>' % links(every[1:2]), cls="archive"))
    for n, bio, items in (("Ahmed Yusuf", "Ahmed Yusuf studerar statsvetenskap på tredje året och är krönikör i Studentposten sedan hösten 2024. Han skriver om studentliv, byråkrati och varför ingen någonsin hittar ett ledigt grupprum.", every[1:2]),
                          ("Elsa Lind", "Elsa Lind är nyhetschef på Studentposten.", [every[0], every[2]]), ("Maja Holm", "Maja Holm är reporter.", every[2:])):
        s.non("/skribent/%s/" % slug(n), shell("%s | Studentposten" % n, '<div class="skribent"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (n, bio, links(items)), cls="archive author"))
    s.non("/papperstidningen/", shell("Papperstidningen | Studentposten", '<h1>Papperstidningen</h1><p>Studentposten kommer ut varje onsdag under terminen. Läs nr 9/2025 som e-tidning.</p><ul><li><a href="/papperstidningen/">Nr 9/2025 (12 mars)</a></li><li><a href="/papperstidningen/">Nr 8/2025 (5 mars)</a></li></ul>', cls="page"))
    s.non("/annonsera/", shell("Annonsera | Studentposten", '<h1>Annonsera i Studentposten</h1><p>Nå 40 000 studenter i tryck och på webben. Helsida: 12 000 kr. Kontakta annons@studentposten.example.</p>', cls="page"))
    s.non("/om-oss/", shell("Om oss | Studentposten", '<h1>Redaktionen</h1><p>Chefredaktör och ansvarig utgivare: Klara Nyström. Nyhetschef: Elsa Lind. Reportrar: Maja Holm, Oskar Berg (foto).</p>', cls="page"))
    s.rss("/feed/", "Studentposten", [(a["path"], a["title"], "Wed, 12 Mar 2025 07:00:00 +0000") for a in A])


# ------------------------------------------------------------ 11 Konkan Monthly (Indian regional monthly, WordPress)
def konkan():
    s = Site(11)
    A = [dict(path="/travel/the-last-ferrymen-of-the-mandovi/", cat=("travel", "Travel"), title="The last ferrymen of the Mandovi",
              by='Text &amp; photographs by <a href="/author/anand-kamat/">Anand Kamat</a>', au=["Anand Kamat"], shown="Mar 28, 2025",
              extra_head=jl({"@context": "https://schema.org", "@type": "Article", "headline": "The last ferrymen of the Mandovi", "datePublished": "2025-03-28T10:30:00+05:30",
                             "author": {"@type": "Person", "name": "Anand Kamat"}, "publisher": {"@type": "Organization", "name": "Konkan Monthly"}}),
              print_line="This article appeared in the April 2025 issue of Konkan Monthly.", date="2025-03-28",
              paras=["The first ferry to Divar leaves Old Goa at six in the morning, and by then Francis Fernandes has already been on the river for an hour, checking the ropes and running the engine of a boat older than he is.",
                     "For more than a century, flat-bottomed ferries run by the state's river navigation department have carried people, scooters and the occasional cow across the Mandovi and its creeks. At their peak there were more than forty routes. Today there are eighteen.",
                     "New bridges have taken most of the traffic, and the young men of the villages would rather drive taxis or work on cruise ships than spend their lives crossing the same stretch of water twenty times a day. Fernandes, who is fifty-eight, has no one to train.",
                     "Still, on a weekday morning the ferry is full: schoolchildren, fishermen's wives with baskets of mackerel, a priest on a motorbike. \"Bridges are for tourists,\" Fernandes says. \"The island still comes by boat.\""]),
         dict(path="/heritage/reviving-the-kaavi-walls-of-ponda/", cat=("heritage", "Heritage"), title="Reviving the kaavi walls of Ponda",
              by='By <a href="/author/rhea-dsouza/">Rhea D\'Souza</a>', au=["Rhea D'Souza"], shown="3 days ago", extra_head="",
              print_line="From the April 2025 issue", date="fetch-day3",
              paras=["The red ochre murals known as kaavi art once covered the walls of temples and old houses across the Konkan coast. In Ponda taluka, a group of young artists is trying to bring them back before the last masters are gone.",
                     "Kaavi is made from laterite soil ground to a fine paste and mixed with lime, and it is applied to wet plaster in patterns of vines, peacocks and dancing figures. Done well, it lasts for a hundred years. Done badly, it washes off in one monsoon.",
                     "Only three craftsmen in the taluka still know the old technique, and the youngest is seventy-one. Over the past year, the artists' collective has recorded them at work and restored the walls of two small temples near Kavale with their help.",
                     "The collective now hopes the state will pay for a training school. Until then, its members teach weekend workshops, and the waiting list has grown to more than two hundred names."]),
         dict(path="/food/the-monsoon-pickle-makers-of-malvan/", cat=("food", "Food"), title="The monsoon pickle makers of Malvan",
              by='By <a href="/author/sameer-naik/">Sameer Naik</a> and <a href="/author/leela-prabhu/">Leela Prabhu</a>', au=["Sameer Naik", "Leela Prabhu"], shown="Updated: Mar 20, 2025, 09:15 IST",
              extra_head='<meta property="article:published_time" content="2025-03-18T18:00:00+05:30"><meta property="article:modified_time" content="2025-03-20T09:15:00+05:30">',
              print_line="This article appeared in the March 2025 issue of Konkan Monthly.", date="2025-03-18",
              paras=["In the lanes behind the Malvan fish market, the pickle season starts not with the monsoon but a month before it, when the raw mangoes are hard and sour and the women of the Sawant family begin to cut.",
                     "The family has sold pickles from the same front room for three generations. The recipe for their dried prawn pickle, fiery with Malvani masala and kokum, has never been written down; it is taught by taste, one daughter-in-law at a time.",
                     "Orders now come from Mumbai, Pune and as far as Dubai, mostly through a WhatsApp group run by the youngest daughter, who also photographs each jar for the family's Instagram page. Last year they sold nearly four thousand jars.",
                     "Food safety rules have pushed them to buy steel vats and a proper sealing machine, and there is talk of a small workshop outside town. But the cutting, everyone agrees, will stay at home."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-IN"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.5.3">%s</head><body class="%s">'
                '<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Konkan Monthly</a><p class="site-description">Stories from the coast, since 1994</p></div>'
                '<nav class="main-navigation"><ul>%s</ul></nav></header><div class="ad-slot header-ad"><img src="/wp-content/uploads/ads/cashew-board.jpg" alt="Goa Cashew Feni - Heritage Spirit"></div>'
                '<div id="content">%s</div><footer class="site-footer"><a href="/advertise-with-us/">Advertise</a> <a href="/subscribe/">Subscribe</a> <a href="/back-issues/">Back issues</a>'
                '<p>&copy; 2025 Konkan Monthly. Published from Panaji, Goa.</p></footer></body></html>') % (
            E(title), head, cls, links([("/category/travel/", "Travel"), ("/category/heritage/", "Heritage"), ("/category/food/", "Food"), ("/magazine/april-2025/", "Current Issue"), ("/gallery/covers/", "Covers")]), main)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="also-read"><strong>Also read:</strong> <a href="%s">%s</a></div>' % (other["path"], E(other["title"]))
        main = ('<article class="post"><header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline">%s</span> <span class="posted-on">%s</span></div></header>'
                '<div class="entry-content">%s<p class="issue-note"><em>%s</em></p></div>'
                '<div class="subscribe-cta"><p>Love stories like this? Get Konkan Monthly delivered to your door: 12 issues for Rs 1,200.</p><a href="/subscribe/">Subscribe</a></div></article>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), a["by"], a["shown"], body, a["print_line"])
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s | Konkan Monthly">%s' % (s.url(a["path"]), E(a["title"]), a["extra_head"])
        s.art(a["path"], shell("%s | Konkan Monthly" % a["title"], main, head, "single"), a["title"], a["date"], a["au"],
              must=[a["paras"][2], a["paras"][-1]], must_not=["Get Konkan Monthly delivered to your door", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Konkan Monthly - Stories from the coast", '<section class="cover-story"><h2><a href="%s">%s</a></h2><p>%s</p></section><ul>%s</ul><p><a href="/magazine/april-2025/">Inside the April issue</a></p>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every + [("/gallery/in-pictures-the-mandovi-ferries/", "In pictures: The Mandovi ferries")]))))
    for c, n, k in (("travel", "Travel", 0), ("heritage", "Heritage", 1), ("food", "Food", 2)):
        s.non("/category/%s/" % c, shell("%s Archives | Konkan Monthly" % n, '<h1 class="page-title">%s</h1><ul>%s</ul>' % (n, links(every[k:k + 1])), cls="archive"))
    s.non("/magazine/april-2025/", shell("April 2025 Issue | Konkan Monthly", '<h1>April 2025</h1><p class="issue-no">Vol. 31, No. 4</p><img src="/wp-content/uploads/covers/2025-04.jpg" alt="April 2025 cover">'
          '<p>Our April issue travels up the Mandovi with the last of the river ferrymen, climbs into the temple lofts of Ponda, and asks why nobody on the coast can agree on the right way to make sol kadhi.</p><h2>In this issue</h2><ul>%s</ul>' % links(every[:2]), cls="page"))
    s.non("/back-issues/", shell("Back Issues | Konkan Monthly", '<h1>Back Issues</h1><ul>%s</ul>' % links([("/magazine/april-2025/", "April 2025"), ("/magazine/april-2025/", "March 2025"), ("/magazine/april-2025/", "February 2025")]), cls="page"))
    gal = "/gallery/in-pictures-the-mandovi-ferries/"
    caps = ["The ferry to Divar leaves Old Goa at six in the morning; Francis Fernandes has already been on the river for an hour.",
            "Scooters, bicycles and the occasional cow share the deck with schoolchildren on the crossing to Divar island.",
            "Fishermen's wives carry baskets of mackerel from the Ribandar jetty to the market on the other bank.",
            "The engine room of one of the river navigation department's oldest ferries, built in 1968 and still running.",
            "At dusk the last boat crosses back to Old Goa, its deck lights reflected in the still water of the Mandovi."]
    s.non(gal, shell("In pictures: The Mandovi ferries | Konkan Monthly", '<article class="gallery-post"><h1 class="entry-title">In pictures: The Mandovi ferries</h1><div class="entry-meta"><span class="byline">Photographs by <a href="/author/anand-kamat/">Anand Kamat</a></span> <span class="posted-on">Mar 28, 2025</span></div>'
          '<div class="gallery">%s</div><p>Read the story: <a href="%s">%s</a></p></article>' % ("".join('<figure class="gallery-item"><img src="/wp-content/uploads/2025/03/ferry-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, E(c)) for k, c in enumerate(caps)), A[0]["path"], E(A[0]["title"])),
          '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-28T10:45:00+05:30">', cls="single format-gallery"))
    s.non("/gallery/covers/", shell("Our Covers | Konkan Monthly", '<h1>Thirty years of covers</h1><div class="gallery">%s</div>' % "".join(
        '<figure><img src="/wp-content/uploads/covers/%s.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, t) for k, t in (("2025-04", "April 2025: The river people"), ("2025-03", "March 2025: Pickle season"), ("1994-01", "January 1994: Our first issue"))), cls="page"))
    for n, k in (("anand-kamat", 0), ("rhea-dsouza", 1), ("sameer-naik", 2), ("leela-prabhu", 2)):
        s.non("/author/%s/" % n, shell("%s | Konkan Monthly" % n.replace("-", " ").title(), '<h1>%s</h1><p>Contributor</p><ul>%s</ul>' % (n.replace("-", " ").title(), links(every[k:k + 1])), cls="archive"))
    s.non("/subscribe/", shell("Subscribe | Konkan Monthly", '<h1>Subscribe</h1><p>12 issues: Rs 1,200. 24 issues: Rs 2,200. Overseas: USD 60.</p>', cls="page"))
    s.non("/advertise-with-us/", shell("Advertise With Us | Konkan Monthly", '<h1>Advertise With Us</h1><p>Print run 28,000. Full page colour: Rs 45,000. Write to ads@konkanmonthly.example.</p>', cls="page"))
    s.sitemap([a["path"] for a in A], "/wp-admin/")


# ------------------------------------------------------------ 12 BäckerWelt (German bakery trade monthly, TYPO3)
def baeckerwelt():
    s = Site(12)
    A = [dict(path="/news/detail/energiekosten-wie-handwerksbaecker-ihre-oefen-effizienter-machen", cat="Technik", title="Energiekosten: Wie Handwerksbäcker ihre Öfen effizienter machen",
              by='Autor: <a href="/autoren/thomas-keller">Thomas Keller</a>', au=["Thomas Keller"], shown="10.03.2025", upd="",
              ld={"@type": "Article", "datePublished": "2025-03-10", "author": {"@type": "Person", "name": "Thomas Keller"}}, date="2025-03-10", heft="Erschienen in BäckerWelt 3/2025",
              paras=["Für viele Handwerksbäckereien ist der Ofen der größte Stromverbraucher im Betrieb. Seit die Energiepreise gestiegen sind, lohnen sich Investitionen, die vor wenigen Jahren noch als Luxus galten.",
                     "Die Bäckerei Lehmann in Kassel hat im vergangenen Herbst ihre Etagenöfen mit einer Wärmerückgewinnung nachgerüstet. Die Abwärme aus dem Ofen heizt nun das Brauchwasser und im Winter auch den Verkaufsraum. Inhaber Jörg Lehmann rechnet mit einer Ersparnis von rund 18 Prozent.",
                     "Auch ohne große Umbauten lässt sich sparen: Wer die Backzeiten so plant, dass der Ofen nicht zwischen zwei Chargen leer aufheizt, senkt den Verbrauch spürbar. Einige Hersteller bieten dafür inzwischen Software an, die den Backplan automatisch optimiert.",
                     "Förderprogramme des Bundes übernehmen bei solchen Maßnahmen bis zu 40 Prozent der Kosten. Die Antragsfristen für dieses Jahr laufen bis Ende Juni."]),
         dict(path="/news/detail/muehlengruppe-uebernimmt-suedbadische-traditionsmuehle", cat="Branche", title="Mühlengruppe übernimmt südbadische Traditionsmühle",
              by="Redaktion BäckerWelt", au=[], shown="07.03.2025", upd="", ld=None, date="2025-03-07", heft="",
              paras=["Die Hanseatische Mühlengruppe übernimmt die Kunzmühle im südbadischen Emmendingen. Das teilte das Unternehmen am Freitag mit. Über den Kaufpreis wurde Stillschweigen vereinbart.",
                     "Die Kunzmühle wird seit 1874 in fünfter Generation von der Familie Kunz geführt und vermahlt jährlich rund 60.000 Tonnen Weizen und Dinkel, vor allem für Handwerksbäckereien in Baden und der Schweiz.",
                     "Alle 48 Beschäftigten sollen übernommen werden, der Standort und die Marke bleiben erhalten. Geschäftsführer Stefan Kunz wird dem Unternehmen als Berater verbunden bleiben.",
                     "Quelle: Unternehmensmitteilung"]),
         dict(path="/news/detail/internorga-2025-snacks-kaffee-und-fachkraeftemangel", cat="Messe", title="Internorga 2025: Snacks, Kaffee und der Fachkräftemangel",
              by='Von <a href="/autoren/sabine-roth">Sabine Roth</a> und <a href="/autoren/jan-peters">Jan Peters</a>', au=["Sabine Roth", "Jan Peters"],
              shown="Veröffentlicht am 18.03.2025", upd="Aktualisiert am 19.03.2025",
              ld={"@type": "Article", "datePublished": "2025-03-18T17:00:00+01:00", "dateModified": "2025-03-19T09:00:00+01:00", "author": [{"@type": "Person", "name": "Sabine Roth"}, {"@type": "Person", "name": "Jan Peters"}]},
              date="2025-03-18", heft="Ein ausführlicher Messebericht erscheint in BäckerWelt 4/2025",
              paras=["Fünf Tage lang war Hamburg wieder Treffpunkt der Bäcker, Konditoren und Gastronomen. Mehr als 80.000 Besucher kamen nach Angaben der Messe zur Internorga, etwas mehr als im Vorjahr.",
                     "Auffällig war, wie viele Aussteller auf das Snackgeschäft setzen. Belegte Brötchen, Bowls und warme Snacks sollen den Bäckereien helfen, auch am Mittag und am Nachmittag Umsatz zu machen, wenn der Brotverkauf ruht.",
                     "Am Kaffeestand eines großen Maschinenherstellers drängten sich die Besucher vor Vollautomaten, die ohne geschultes Personal Barista-Qualität liefern sollen. Für viele Betriebe ist das keine Spielerei, sondern eine Antwort auf den Mangel an Fachkräften.",
                     "Dieses Thema zog sich durch fast alle Gespräche. Der Zentralverband des Bäckerhandwerks stellte auf der Messe eine neue Kampagne vor, die junge Leute für die Ausbildung gewinnen soll."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><meta name="generator" content="TYPO3 CMS"><title>%s</title>%s</head><body class="%s">'
                '<div class="cookie-consent"><p>Diese Website verwendet Cookies. Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern.</p><button>Alle akzeptieren</button><button>Nur notwendige</button></div>'
                '<header class="page-header"><a class="logo" href="/">BäckerWelt</a><span class="claim">Das Fachmagazin für Bäcker und Konditoren</span><nav class="mainnav"><ul>%s</ul></nav></header>'
                '<div class="banner-top"><span>Anzeige</span><img src="/fileadmin/ads/ofenbau.jpg" alt="Ofenbau Müller – Backöfen seit 1921"></div><main id="content">%s</main>'
                '<footer class="page-footer"><a href="/mediadaten">Mediadaten</a> <a href="/abo">Abo</a> <a href="/impressum">Impressum</a><p>BäckerWelt erscheint monatlich im Fachverlag Brandt, Bochum.</p></footer></body></html>') % (
            E(title), head, cls, links([("/news", "News"), ("/heft/3-2025", "Aktuelles Heft"), ("/heftarchiv", "Heftarchiv"), ("/stellenmarkt", "Stellenmarkt"), ("/messekalender", "Messekalender"), ("/branchenverzeichnis", "Branchenverzeichnis")]), main)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        dates = '<span class="news-list-date"><time>%s</time></span>%s' % (a["shown"], (' <span class="news-updated">%s</span>' % a["upd"]) if a["upd"] else "")
        heft = '<p class="heft-hinweis">%s</p>' % a["heft"] if a["heft"] else ""
        main = ('<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header"><span class="news-category">%s</span><h1 itemprop="headline">%s</h1></div>'
                '<div class="extra"><span class="news-author">%s</span> %s</div><div class="news-img-wrap"><img src="/fileadmin/news/%d.jpg" alt=""><p class="news-img-caption">Foto: %s</p></div>'
                '<div class="news-text-wrap" itemprop="articleBody">%s</div>%s<div class="news-related-wrap"><h4>Ähnliche Artikel</h4><ul>%s</ul></div>'
                '<div class="newsletter-box"><h4>BäckerWelt Newsletter</h4><p>Branchennews, Rezepte und Stellenangebote jeden Dienstag kostenlos in Ihr Postfach.</p><button>Anmelden</button></div></div></div>') % (
            a["cat"], E(a["title"]), a["by"], dates, i, ["Bäckerei Lehmann", "Kunzmühle", "Hamburg Messe und Congress"][i], ps(a["paras"]), heft, links([(other["path"], other["title"])]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">' % (E(a["title"]), s.url(a["path"]))
        if a["ld"]:
            ld = {"@context": "https://schema.org", "headline": a["title"], "publisher": {"@type": "Organization", "name": "BäckerWelt"}}
            ld.update(a["ld"])
            head += jl(ld)
        s.art(a["path"], shell("%s | BäckerWelt" % a["title"], main, head, "news-detail"), a["title"], a["date"], a["au"],
              must=[a["paras"][1], a["paras"][2]], must_not=["Branchennews, Rezepte und Stellenangebote", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("BäckerWelt – Das Fachmagazin für Bäcker und Konditoren", '<div class="news-list"><h2>Aktuelle News</h2><ul>%s</ul></div><p><a href="/heft/3-2025">BäckerWelt 3/2025</a></p>' % links(every)))
    s.non("/news", shell("News | BäckerWelt", '<h1>News</h1><div class="news-list">%s</div>' % "".join(
        '<div class="article articletype-0"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (p, E(t), E(a["paras"][0])) for (p, t), a in zip(every, A)), cls="news-list-page"))
    s.non("/heft/3-2025", shell("Heft 3/2025 | BäckerWelt", '<h1>BäckerWelt 3/2025</h1><p>Erscheinungstermin: 05.03.2025</p><h2>Titelthema: Energie sparen in der Backstube</h2><p>Öfen, Kälte, Licht: Wo Handwerksbetriebe am meisten einsparen können und welche Förderung es gibt.</p>'
          '<h2>Inhalt</h2><ul>%s</ul><p>Einzelheft: 9,80 Euro</p>' % links(every[:1])))
    s.non("/heftarchiv", shell("Heftarchiv | BäckerWelt", '<h1>Heftarchiv</h1><ul>%s</ul>' % links([("/heft/3-2025", "Ausgabe 3/2025"), ("/heft/3-2025", "Ausgabe 2/2025"), ("/heft/3-2025", "Ausgabe 1/2025")])))
    s.non("/stellenmarkt", shell("Stellenmarkt | BäckerWelt", '<h1>Stellenmarkt</h1><ul><li>Bäckermeister (m/w/d) in Vollzeit – Bäckerei Sonnleitner, Passau</li><li>Konditor (m/w/d) – Café Rosen, Lübeck</li><li>Verkäufer im Lebensmittelhandwerk (m/w/d) – Heimatbäcker Greve, Oldenburg</li></ul>'))
    s.non("/messekalender", shell("Messekalender | BäckerWelt", '<h1>Messekalender 2025</h1><ul><li>Internorga, Hamburg, 14.–18.03.2025</li><li>Südback, Stuttgart, 20.–23.09.2025</li><li>iba, München, 18.–22.10.2025</li></ul><a href="%s">Unser Internorga-Bericht</a>' % A[2]["path"]))
    s.non("/branchenverzeichnis", shell("Branchenverzeichnis | BäckerWelt", '<h1>Branchenverzeichnis</h1><p>Lieferanten für Bäckereien und Konditoreien: Maschinen, Rohstoffe, Verpackung, Software.</p><ul><li>Ofenbau Müller GmbH</li><li>Kunzmühle Emmendingen</li></ul>'))
    s.non("/mediadaten", shell("Mediadaten | BäckerWelt", '<h1>Mediadaten 2025</h1><p>Druckauflage 14.500. Anzeigenpreisliste Nr. 38. 1/1 Seite 4c: 3.950 Euro.</p>'))
    s.non("/abo", shell("Abo | BäckerWelt", '<h1>BäckerWelt abonnieren</h1><p>12 Ausgaben im Jahr für 98 Euro, Azubis zahlen die Hälfte.</p><a href="/heft/3-2025">Aktuelles Heft</a>'))
    for n, k in (("thomas-keller", 0), ("sabine-roth", 2), ("jan-peters", 2)):
        s.non("/autoren/%s" % n, shell("%s | BäckerWelt" % n.replace("-", " ").title(), '<h1>%s</h1><p>Fachredakteur</p><ul>%s</ul>' % (n.replace("-", " ").title(), links(every[k:k + 1]))))
    s.non("/impressum", shell("Impressum | BäckerWelt", '<h1>Impressum</h1><p>Fachverlag Brandt GmbH, Bochum. Chefredaktion: Sabine Roth.</p>'))


for build in (meridian, parliament, liffey, alder, sentinel, handelswoche, herisson, scienza, camino, studentposten, konkan, baeckerwelt):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
