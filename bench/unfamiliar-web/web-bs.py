"""Web bs: dailies behind paywalls, on the platforms they really run on.
Eleven sites on 127.0.6.121-131, each a national or regional daily whose
best stories are for subscribers only. Non-articles everywhere: home,
section fronts, author pages, subscribe/offer pages, login and account
pages, newsletters, puzzles, e-paper pages and live blogs (not stored by
design).

 1 The Harbor City Courier - an Arc-XP-like US metro daily with a meter:
   "Subscriber exclusive" labels, Fusion.globalContent holding only the
   paragraphs a non-subscriber is sent, the whole story in the JSON-LD
   articleBody (isAccessibleForFree false, hasPart .paywall), "Published
   March 3, 2025 at 6:12 p.m. EST" bylines, AMP twins at /amp/... (linked
   rel=amphtml, canonical back to the story - in synd), a live-updates page
   (LiveBlogPosting - not a story), subscribe/login/newsletter/crossword.
 2 The Albion Chronicle - a UK broadsheet: "Premium" badge, "By X, Political
   Editor and Y, Deputy Political Editor", "3 March 2025 • 7:00pm", a
   subscription modal after three paragraphs, a Budget live blog.
 3 Rheinischer Kurier - a German regional on a Piano-like paywall: "K+"
   Plus articles, teaser text then "Jetzt weiterlesen mit Kurier+" box, the
   rest sent scrambled in p.obfuscated (a SPIEGEL+ habit), "Von X und Y",
   "04.03.2025, 00:30 Uhr", a Liveticker, Abo-Shop, Rätsel.
 4 L'Horizon - a Le-Monde-like French national: "Article réservé aux
   abonnés", "Publié le 3 mars 2025 à 18h24, modifié à 19h02", "(Marseille,
   correspondante)" after the name, "Il vous reste 71.23% de cet article à
   lire", an agency story credited only "L'Horizon avec AFP" ("1er mars"),
   a live page ("En direct").
 5 la Tribuna - a Corriere-like Italian: "T+ Contenuto riservato agli
   abbonati", "di X e Y", "3 marzo 2025 (modifica il 3 marzo 2025 | 19:02)",
   the visible part repeated as a JSON-LD articleBody.
 6 Diario Meridiano - an El-País-like Spanish: "Madrid - 03 mar 2025 - 18:24
   CET" (place and date links to the hemeroteca), "Actualizado: ...", a vote
   after midnight (00:40 CET, the day before in UTC), "Suscríbete para seguir
   leyendo".
 7 De Dagkoerier - a DPG-like Dutch daily: PLUS label, "Tekst X Beeld Y"
   (the photographer is no author), "Door X en Y", "Daan van der Berg".
 8 Bergens Morgenpost - a Schibsted-like Norwegian regional with a hard
   paywall: the locked stories send the headline and the lead (ingress)
   only, "Kun for abonnenter", role lines under each name.
 9 東都新聞デジタル - an Asahi-like Japanese daily: 有料会員限定 label,
   "2025年3月4日 0時30分" (JST, the day before in UTC), "この記事は有料記事です。
   残りN文字" box, two reporters.
10 The Deccan Ledger - a The-Hindu-like Indian daily: Premium tag,
   "Published - March 03, 2025 06:24 pm IST - BENGALURU", a story credited to
   "The Deccan Ledger Bureau", an "... | Explained" headline.
11 The Valley Herald - a BLOX-like US regional with a Tecnavia-like
   e-Edition: web stories ("By X xx@valleyherald.example", subscriber-only
   text) are stories; the replica's edition index, page views and per-story
   text views (print headline, "BY JANE KOWALSKI Staff Writer", "See LEVEE,
   Page A6" jumps and the continuation on A6) are not.

Truth: must sentences of paywalled stories are only ones a non-subscriber
is sent (in the HTML or the JSON-LD articleBody); paywall boxes, scrambled
text and "more from" teasers are must_not.
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18143
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def paras(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def lis(links, cls="item"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in links)


class Site:
    def __init__(self, n):
        self.host = "127.0.6.%d" % (120 + n)

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        last = path.rsplit("/", 1)[-1]
        if last and last.rsplit(".", 1)[-1] not in ("html", "htm", "xml", "txt", "rss"):
            path += "/"
        write(OUT, self.host, path, doc)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        self.put(path, doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)

    def non(self, path, doc):
        self.put(path, doc)
        truth["nonarticles"].append(self.url(path))

    def sitemap(self, paths, name="/sitemap.xml", extra=""):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put(name, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: /search/\n%sSitemap: %s\n" % (extra, self.url(name)))


# ------------------------------------------------------------------ 1 US metro daily on an Arc-XP-like stack
def harbor():
    s = Site(1)
    A = [
        dict(path="/news/local/2025/03/03/harbor-city-water-rates-rise-lead-pipe-replacement/", sec=("Local", "/news/local/"),
             title="Harbor City water rates to rise 14% to pay for lead pipe replacement",
             dek="The utility says the money will let crews replace 9,000 service lines by 2030.",
             by=[("Dana Whitfield", "/people/dana-whitfield/"), ("Marcus Cole", "/people/marcus-cole/")],
             iso="2025-03-03T23:12:04.512Z", shown="Published March 3, 2025 at 6:12 p.m. EST",
             upd="Updated March 3, 2025 at 7:45 p.m. EST", exclusive=True, visible=3,
             paras=["Harbor City homeowners will pay about $9 more a month for water starting in July after the Board of Water Commissioners voted 5-2 on Monday night to raise rates by 14%.",
                    "Utility officials said the increase is needed to keep up with a federal rule that requires every lead service line in the city to be dug up and replaced within ten years, a job they estimate will cost more than $310 million.",
                    "\"Nobody on this board enjoys raising rates,\" commissioner Ruth Alvarado said before the vote. \"But the alternative is telling families on the north side that their kids will keep drinking through lead for another twenty years.\"",
                    "The two commissioners who voted no, Glen Farris and Tom Petrakis, said the utility should first draw down its $40 million reserve fund and press the state for a larger share of federal infrastructure grants.",
                    "Under the plan, crews would replace about 9,000 lines by 2030, starting in the Riverside and Eastgate neighborhoods, where testing last summer found the highest lead levels at kitchen taps.",
                    "Residents who rent will not see the increase directly, but landlords' groups warned that many would pass it on when leases come up for renewal this fall.",
                    "A public hearing on a proposed discount for low-income households is scheduled for March 24 at City Hall."]),
        dict(path="/news/local/2025/03/02/eastgate-library-reopens-after-roof-repair/", sec=("Local", "/news/local/"),
             title="Eastgate library reopens after two-year roof repair",
             dek="", by=[("Priya Raman", "/people/priya-raman/")],
             iso="2025-03-02T14:30:00.000Z", shown="Published March 2, 2025 at 9:30 a.m. EST", upd="", exclusive=False, visible=99,
             paras=["The Eastgate branch of the Harbor City Public Library reopened Saturday, nearly two years after a leaking roof forced the city to close the 1928 building and move its collection into storage.",
                    "About 300 people lined up on Kessler Avenue before the doors opened at 10 a.m., many of them parents with young children who had been driving across town to the central library for story time.",
                    "The $4.2 million repair replaced the slate roof and the rotted timber beneath it, and added an elevator, new restrooms and a small teen room in what used to be the basement boiler room.",
                    "Branch manager Celia Okafor said the library would keep its extended Saturday hours through the summer and start a free tax-help clinic on Tuesday evenings later this month.",
                    "City officials said two other branches, in Riverside and Northport, are next on the list for roof work."]),
        dict(path="/sports/2025/03/01/harbor-city-mariners-clinch-playoff-spot-overtime/", sec=("Sports", "/sports/"),
             title="Mariners clinch playoff spot with overtime win over Lakers",
             dek="Jalen Brooks scored 31 points, including the go-ahead three with 40 seconds left.",
             by=[("Kevin Duarte", "/people/kevin-duarte/")],
             iso="2025-03-02T03:40:00.000Z", shown="Published March 1, 2025 at 10:40 p.m. EST", upd="", exclusive=True, visible=2,
             paras=["The Harbor City Mariners are going back to the playoffs.",
                    "Jalen Brooks hit a three-pointer from the left corner with 40 seconds left in overtime and finished with 31 points as the Mariners beat the Lakeshore Lakers 112-108 on Saturday night to clinch a postseason berth for the first time in four seasons.",
                    "The win came after the Mariners squandered a 15-point lead in the fourth quarter, when the Lakers went on a 19-2 run behind rookie guard Andre Sims, who scored 14 of his 26 points in the period.",
                    "Coach Lisa Moreno said afterward that she had told her players during the final timeout to stop looking at the scoreboard. \"We had been playing not to lose for six minutes,\" she said.",
                    "The Mariners, 38-24, have 20 games left to improve their seeding. They host Capital City on Tuesday."]),
    ]
    nav = [("/news/local/", "Local"), ("/sports/", "Sports"), ("/opinion/", "Opinion"), ("/newsletters/", "Newsletters"), ("/puzzles/crossword/", "Crossword"), ("/e-edition/", "e-Edition")]

    def shell(title, main, head="", amp=False):
        top = "".join('<a class="c-link" href="%s">%s</a>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html lang="en"%s><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="stylesheet" href="/pf/resources/dist/styles/default.css?d=312">%s</head><body><div id="fusion-app" class="b-page-container">'
                '<header class="b-header-nav-chain"><a class="b-logo" href="/">The Harbor City Courier</a><nav class="b-links-bar">%s</nav>'
                '<div class="b-header-actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a> <a class="c-button" href="/account/login/">Sign In</a></div></header>'
                '<main class="b-single-column-regular">%s</main><footer class="b-footer"><a href="/about-us/">About us</a> <a href="/contact-us/">Contact</a> '
                '<a href="/subscribe/">Subscription options</a><p>&copy; 2025 The Harbor City Courier. All rights reserved.</p></footer></div></body></html>') % (
            ' amp=""' if amp else "", E(title), head, top, main)

    box = ('<div id="paywall-container" class="b-paywall"><h2 class="b-paywall__title">Subscribe to keep reading</h2>'
           '<p class="b-paywall__offer">Get unlimited digital access for just $1 for 6 months. Cancel anytime.</p>'
           '<a class="c-button" href="/subscribe/">See offers</a><p>Already a subscriber? <a href="/account/login/">Sign in</a></p></div>')
    related = lambda a: ('<aside class="b-more-from"><h2>More from %s</h2><ul>%s</ul></aside>' % (
        a["sec"][0], lis([(b["path"], b["title"]) for b in A if b is not a])))
    for a in A:
        names = [n for n, _ in a["by"]]
        byl = " and ".join('<a class="c-link b-byline__name" href="%s">%s</a>' % (p, E(n)) for n, p in a["by"])
        vis = a["paras"][:a["visible"]]
        gc = {"_id": a["path"].strip("/").split("/")[-1], "type": "story", "headlines": {"basic": a["title"]},
              "subheadlines": {"basic": a["dek"]}, "first_publish_date": a["iso"], "display_date": a["iso"],
              "credits": {"by": [{"type": "author", "name": n} for n in names]},
              "content_restrictions": {"content_code": "premium" if a["exclusive"] else "metered"},
              "content_elements": [{"type": "text", "content": p} for p in vis]}
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "dateModified": a["iso"], "author": [{"@type": "Person", "name": n, "url": s.url(p)} for n, p in a["by"]],
              "publisher": {"@type": "Organization", "name": "The Harbor City Courier"},
              "articleBody": " ".join(a["paras"]), "isAccessibleForFree": not a["exclusive"]}
        if a["exclusive"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
        amp = "/amp" + a["path"]
        head = ('<link rel="canonical" href="%s"><link rel="amphtml" href="%s"><meta property="og:title" content="%s">'
                '<meta property="og:type" content="article"><meta name="description" content="%s">%s'
                '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="hcc";'
                'Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};</script>') % (
            s.url(a["path"]), s.url(amp), E(a["title"]), E(a["dek"] or a["paras"][0]), jl(ld),
            json.dumps(gc).replace("</", "<\\/"), a["path"])
        label = '<div class="c-overline"><span class="c-label b-label--subscriber">Subscriber exclusive</span></div>' if a["exclusive"] else \
            '<div class="c-overline"><a href="%s">%s</a></div>' % (a["sec"][1], a["sec"][0])
        dates = '<div class="b-date"><time datetime="%s">%s</time>%s</div>' % (
            a["iso"], a["shown"], (' | <span class="b-date__updated">%s</span>' % a["upd"]) if a["upd"] else "")
        body = paras(vis, "c-paragraph")
        if a["exclusive"]:
            body = '<div class="b-article-body paywall">%s</div>%s' % (body, box)
        else:
            body = '<div class="b-article-body">%s</div>' % body
        dek = '<h2 class="b-subheadline">%s</h2>' % E(a["dek"]) if a["dek"] else ""
        main = ('<article class="b-article">%s<h1 class="b-headline">%s</h1>%s<div class="b-byline">By %s</div>%s'
                '<figure class="c-media-item"><img src="/resizer/v2/%s.jpg" alt=""><figcaption>Photo: Courier staff</figcaption></figure>%s</article>%s') % (
            label, E(a["title"]), dek, byl, dates, gc["_id"][:12], body, related(a))
        must_not = ["Get unlimited digital access", "More from " + a["sec"][0]]
        must = [a["paras"][0]]
        if a["exclusive"]:
            must.append(a["paras"][-1])  # in the JSON-LD articleBody only
        s.art(a["path"], shell("%s | The Harbor City Courier" % a["title"], main, head), a["title"], a["iso"][:10], names,
              instant=a["iso"][:16], must=must, must_not=must_not)
        # AMP twin (amp-subscriptions; the story as a non-subscriber gets it)
        amp_main = ('<article><h1>%s</h1><p class="byline">By %s</p><p class="date">%s</p>'
                    '<section subscriptions-section="content">%s</section>'
                    '<section subscriptions-section="content-not-granted"><p>Subscribe to keep reading.</p></section></article>') % (
            E(a["title"]), " and ".join(E(n) for n in names), a["shown"], paras(vis))
        s.put(amp, shell(a["title"], amp_main, '<link rel="canonical" href="%s">%s<script async src="https://cdn.ampproject.org/v0.js"></script>' % (s.url(a["path"]), jl(ld)), amp=True))
        if a is not A[1]:  # only reachable twins: pasted into the live page and a newsletter
            truth["synd"].append({"copy": s.url(amp), "orig": s.url(a["path"])})
    lp = "/news/local/2025/03/04/live-updates-winter-storm-harbor-city/"
    items = ["11:40 a.m.: Harbor City schools will close early at noon, the district said.",
             "10:15 a.m.: Plows are out on every major route, the city public works department said, but side streets may not be cleared until tonight.",
             "8:05 a.m.: The National Weather Service extended the winter storm warning until 7 p.m."]
    amp0, amp2 = "/amp" + A[0]["path"], "/amp" + A[2]["path"]
    s.non(lp, shell("Live updates: Winter storm hits Harbor City | The Harbor City Courier",
                    '<article class="b-liveblog"><span class="c-label">LIVE</span><h1 class="b-headline">Live updates: Winter storm brings 8 inches of snow to Harbor City</h1>'
                    '<div class="b-byline">By Courier staff</div>%s<div class="b-live-entry"><p>Read more: <a href="%s">Water rates to rise 14%%</a></p></div></article>' % (
                        "".join('<div class="b-live-entry"><p>%s</p></div>' % E(i) for i in items), amp0),
                    jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live updates: Winter storm brings 8 inches of snow to Harbor City",
                        "coverageStartTime": "2025-03-04T13:00:00Z", "datePublished": "2025-03-04T13:00:00Z",
                        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": i[:60]} for i in items]})))
    allp = [(a["path"], a["title"]) for a in A] + [(lp, "Live updates: Winter storm brings 8 inches of snow")]
    s.non("/", shell("The Harbor City Courier: Local news, sports, opinion", '<section class="b-top-table-list"><h2>Top stories</h2><ul>%s</ul></section>' % lis(allp)))
    s.non("/news/local/", shell("Local news | The Harbor City Courier", '<h1 class="b-section-title">Local</h1><ul>%s</ul>' % lis(allp[:2] + allp[3:])))
    s.non("/sports/", shell("Sports | The Harbor City Courier", '<h1 class="b-section-title">Sports</h1><ul>%s</ul>' % lis(allp[2:3])))
    s.non("/opinion/", shell("Opinion | The Harbor City Courier", '<h1 class="b-section-title">Opinion</h1><p>Letters to the editor: write to letters@hccourier.example.</p><ul>%s</ul>' % lis(allp[:1])))
    for a in A:
        for n, p in a["by"]:
            s.non(p, shell("%s | The Harbor City Courier" % n, '<div class="b-author-bio"><h1>%s</h1><p>%s covers Harbor City for the Courier. Reach them at tips@hccourier.example.</p><ul>%s</ul></div>' % (E(n), E(n), lis([(a["path"], a["title"])]))))
    s.non("/subscribe/", shell("Subscribe | The Harbor City Courier", '<div class="offers"><h1>Choose your subscription</h1><div class="offer"><h2>Digital</h2><p>$1 for 6 months, then $15.99 a month.</p></div>'
                          '<div class="offer"><h2>Digital + Print</h2><p>$4.99 a week.</p></div><p>Read our <a href="%s">subscriber exclusive</a> stories.</p></div>' % A[0]["path"]))
    s.non("/account/login/", shell("Sign in | The Harbor City Courier", '<form class="login"><h1>Sign in</h1><label>Email<input type="email"></label><label>Password<input type="password"></label><button>Sign in</button></form><a href="/subscribe/">Subscribe</a>'))
    s.non("/newsletters/", shell("Newsletters | The Harbor City Courier", '<h1>Newsletters</h1><div class="nl"><h2>Morning Briefing</h2><p>The news you need, every weekday at 6 a.m.</p><button>Sign up</button></div><p>Today: <a href="%s">%s</a></p><p>Last night: <a href="%s">%s</a></p>' % (A[0]["path"], E(A[0]["title"]), amp2, E(A[2]["title"]))))
    s.non("/puzzles/crossword/", shell("Daily crossword | The Harbor City Courier", '<h1>Daily Crossword</h1><p>Play today\'s puzzle. Subscribers get the archive.</p><a href="/subscribe/">Subscribe</a> <a href="/">Home</a>'))
    s.non("/e-edition/", shell("e-Edition | The Harbor City Courier", '<h1>e-Edition</h1><p>Read the Courier as it appears in print. Available to print and digital subscribers.</p><a href="/subscribe/">Subscribe</a> <a href="%s">Today\'s top story</a>' % A[0]["path"]))
    s.non("/about-us/", shell("About us | The Harbor City Courier", "<h1>About us</h1><p>The Courier has covered Harbor City since 1871.</p>"))
    s.non("/contact-us/", shell("Contact | The Harbor City Courier", "<h1>Contact us</h1><p>Newsroom: 555-0142</p>"))
    s.put("/arc/outboundfeeds/news-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % "".join(
        '<url><loc>%s</loc><news:news><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>' % (s.url(a["path"]), a["iso"], E(a["title"])) for a in A))
    s.put("/robots.txt", "User-agent: *\nDisallow: /pf/api/\nSitemap: %s\n" % s.url("/arc/outboundfeeds/news-sitemap.xml"))


# ------------------------------------------------------------------ 2 UK broadsheet
def albion():
    s = Site(2)
    A = [
        dict(path="/politics/2025/03/03/chancellor-fuel-duty-freeze-backbench-revolt/", kicker="Politics", premium=True,
             title="Chancellor forced to extend fuel duty freeze after backbench revolt",
             standfirst="More than 40 MPs had threatened to vote against the Budget unless the 5p cut was kept for another year",
             byline='By <a href="/authors/e/ellen-marsh/">Ellen Marsh</a>, <span class="e-byline__role">Political Editor</span> and '
                    '<a href="/authors/t/tom-hardy/">Tom Hardy</a>, <span class="e-byline__role">Deputy Political Editor</span>',
             authors=["Ellen Marsh", "Tom Hardy"], iso="2025-03-03T19:00:00Z", shown="3 March 2025 • 7:00pm", visible=3,
             paras=["The Chancellor has been forced to extend the freeze on fuel duty for another year after more than 40 backbench MPs warned they would vote against the Budget if the 5p cut was allowed to lapse.",
                    "Treasury officials had planned to let the temporary cut expire in April, raising around £3 billion, but the plan was dropped at a meeting in Downing Street on Monday afternoon after whips reported the scale of the rebellion.",
                    "One senior backbencher said colleagues in rural seats had been \"inundated\" with letters from constituents who drive long distances to work and had told the whips they could not defend a rise at the pumps.",
                    "The climbdown leaves a hole in the Chancellor's plans that allies say will be filled by delaying capital spending on two hospital projects.",
                    "Labour-run councils reacted angrily, accusing ministers of putting marginal seats ahead of patients."]),
        dict(path="/news/2025/03/01/storm-eunice-anniversary-ferries-cancelled-channel/", kicker="UK News", premium=False,
             title="Channel ferries cancelled as gales sweep southern England",
             standfirst="Gusts of up to 80mph are forecast for the Kent coast overnight",
             byline='By <a href="/authors/s/sam-okoro/">Sam Okoro</a>', authors=["Sam Okoro"],
             iso="2025-03-01T23:48:00Z", shown="1 March 2025 • 11:48pm", visible=99,
             paras=["Ferry crossings between Dover and Calais were cancelled on Saturday night as gales swept across southern England, leaving hundreds of lorries queuing on the M20.",
                    "The Met Office issued an amber wind warning for the Kent and Sussex coasts until 9am on Sunday, with gusts of up to 80mph expected on exposed headlands.",
                    "Port of Dover said it had activated Operation Brock, the contraflow system used to hold freight traffic, and urged drivers not to travel to the port until the morning.",
                    "Rail operators warned of fallen trees on lines south of London and said some Sunday morning services would start late while tracks were checked.",
                    "Forecasters said the wind would ease by Sunday afternoon, though heavy rain was likely to follow in the west."]),
        dict(path="/opinion/2025/03/02/councils-cannot-keep-filling-potholes-with-promises/", kicker="Comment", premium=True,
             title="Councils cannot keep filling potholes with promises",
             standfirst="The road repair backlog has reached £16 billion and no minister seems willing to say who will pay",
             byline='<a href="/authors/r/rachel-holt/">Rachel Holt</a>', authors=["Rachel Holt"],
             iso="2025-03-02T06:00:00Z", shown="2 March 2025 • 6:00am", visible=2,
             paras=["Drive down almost any B-road in England this spring and you will find the same thing: a patchwork of cold tarmac, traffic cones and craters deep enough to crack an alloy wheel.",
                    "The backlog of road repairs in England has now reached £16 billion, according to the latest survey of highways engineers, and it grows every winter that councils patch rather than resurface.",
                    "Ministers like to announce pothole funds with great ceremony, but the sums are tiny next to the need and are usually money already promised elsewhere.",
                    "Until someone is honest about who pays, drivers will keep paying in tyres and suspension instead."]),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="tmg-particle">'
                '<header class="site-header"><a class="site-header__logo" href="/">The Albion Chronicle</a><nav class="site-nav">'
                '<a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/opinion/">Opinion</a> <a href="/puzzles/">Puzzles</a> <a href="/newsletters/">Newsletters</a></nav>'
                '<a class="site-header__subscribe" href="/subscriptions/">Subscribe now</a> <a href="/customer/login/">Log in</a></header>'
                '<main id="main-content">%s</main><footer class="site-footer"><a href="/about-us/">About us</a> <a href="/contact-us/">Contact us</a>'
                '<p>&copy; Albion Media Group Limited 2025</p></footer></body></html>') % (E(title), head, main)

    modal = ('<div class="martech-paywall" data-paywall="premium"><h3>Continue reading this article with a Chronicle subscription</h3>'
             '<p>Try it free for 1 month, then £2 a week for 12 months.</p><a href="/subscriptions/">Subscribe now</a> <a href="/customer/login/">Log in</a></div>')
    for a in A:
        badge = '<span class="e-premium-badge"><svg aria-hidden="true" class="icon-premium"></svg>Premium</span>' if a["premium"] else ""
        vis = a["paras"][:a["visible"]]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["standfirst"],
              "datePublished": a["iso"], "author": [{"@type": "Person", "name": n} for n in a["authors"]],
              "isAccessibleForFree": "False" if a["premium"] else "True",
              "publisher": {"@type": "Organization", "name": "The Albion Chronicle"}}
        if a["premium"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".js-article-paywalled"}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="tmg.premium.state" content="%s">%s' % (
            s.url(a["path"]), E(a["title"]), "premium" if a["premium"] else "free", jl(ld))
        body = paras(vis)
        if a["premium"]:
            body = '<div class="articleBodyText js-article-paywalled">%s</div>%s' % (body, modal)
        else:
            body = '<div class="articleBodyText">%s</div>' % body
        main = ('<article class="article"><div class="e-article-label"><a class="e-kicker" href="/%s/">%s</a>%s</div>'
                '<h1 class="e-headline u-heading-1">%s</h1><p class="e-standfirst">%s</p>'
                '<div class="e-byline"><span class="e-byline__author">%s</span><time class="e-published-date" datetime="%s">%s</time></div>'
                '%s<div class="article-tags">Related Topics <a href="/topics/budget/">Budget</a></div></article>'
                '<aside class="articleList"><h2>More stories</h2><ul>%s</ul></aside>') % (
            a["path"].split("/")[1], a["kicker"], badge, E(a["title"]), E(a["standfirst"]), a["byline"], a["iso"], a["shown"], body,
            lis([(b["path"], b["title"]) for b in A if b is not a]))
        must = [vis[0], vis[-1]]
        s.art(a["path"], shell(a["title"], main, head), a["title"], a["iso"][:10], a["authors"], instant=a["iso"][:16],
              must=must, must_not=["Continue reading this article", "Try it free for 1 month", "More stories"])
    lb = "/politics/2025/03/04/budget-2025-live-latest-news/"
    s.non(lb, shell("Budget 2025 live: Chancellor to set out plans after fuel duty U-turn",
                    '<article class="live-blog"><span class="e-live">Live</span><h1 class="e-headline">Budget 2025 live: Chancellor to set out plans after fuel duty U-turn</h1>'
                    '<div class="live-post"><time>12:41pm</time><p>The Chancellor is on her feet in the Commons.</p></div>'
                    '<div class="live-post"><time>12:02pm</time><p>The Cabinet has signed off the Budget, No 10 says.</p></div></article>',
                    jl({"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": "Budget 2025 live", "coverageStartTime": "2025-03-04T07:00:00Z"})))
    links = [(a["path"], a["title"]) for a in A] + [(lb, "Budget 2025 live: latest updates")]
    s.non("/", shell("The Albion Chronicle: UK news, politics and comment", '<section class="home"><ul>%s</ul></section>' % lis(links)))
    s.non("/news/", shell("News | The Albion Chronicle", '<h1>News</h1><ul>%s</ul>' % lis(links[1:2])))
    s.non("/politics/", shell("Politics | The Albion Chronicle", '<h1>Politics</h1><ul>%s</ul>' % lis([links[0], links[3]])))
    s.non("/opinion/", shell("Opinion | The Albion Chronicle", '<h1>Opinion</h1><ul>%s</ul>' % lis(links[2:3])))
    s.non("/topics/budget/", shell("Budget | The Albion Chronicle", '<h1>Budget</h1><ul>%s</ul>' % lis([links[0], links[3]])))
    for slug, name, role, i in (("e/ellen-marsh", "Ellen Marsh", "Political Editor", 0), ("t/tom-hardy", "Tom Hardy", "Deputy Political Editor", 0),
                                ("s/sam-okoro", "Sam Okoro", "News Reporter", 1), ("r/rachel-holt", "Rachel Holt", "Columnist", 2)):
        s.non("/authors/%s/" % slug, shell("%s, %s - The Albion Chronicle" % (name, role), '<div class="author-hero"><h1>%s</h1><p>%s</p></div><ul>%s</ul>' % (E(name), role, lis([links[i]]))))
    s.non("/subscriptions/", shell("Subscribe to The Albion Chronicle", '<h1>Subscribe today</h1><p>Unlimited access to Premium articles. Try it free for 1 month, then £2 a week.</p><a href="%s">Read: %s</a>' % (A[0]["path"], E(A[0]["title"]))))
    s.non("/customer/login/", shell("Log in | The Albion Chronicle", '<h1>Log in</h1><form><input type="email"><input type="password"><button>Log in</button></form><a href="/subscriptions/">Subscribe</a>'))
    s.non("/puzzles/", shell("Puzzles | The Albion Chronicle", '<h1>Puzzles</h1><p>Cryptic crossword, Quick crossword, Sudoku and Killer Sudoku. Subscribers only.</p><a href="/subscriptions/">Subscribe</a>'))
    s.non("/newsletters/", shell("Newsletters | The Albion Chronicle", '<h1>Newsletters</h1><p>Front Page: the day\'s essential news. Politics: Ellen Marsh in your inbox.</p><a href="%s">Latest</a>' % A[0]["path"]))
    s.non("/about-us/", shell("About us | The Albion Chronicle", "<h1>About us</h1><p>Founded 1855.</p>"))
    s.non("/contact-us/", shell("Contact us | The Albion Chronicle", "<h1>Contact us</h1><p>111 Buckingham Palace Road, London</p>"))


# ------------------------------------------------------------------ 3 German regional, Piano-like paywall
def scramble(t):
    # the SPIEGEL+-style obfuscation: each letter moved one code point on
    return "".join(chr(ord(c) + 1) if c.isalpha() else c for c in t)


def kurier():
    s = Site(3)
    A = [
        dict(path="/koeln/stadtbahn-ost-west-achse-tunnel-entscheidung_aid-118374025", sec=("Köln", "/koeln/"), plus=True,
             title="Rat entscheidet sich für den Tunnel unter der Innenstadt",
             teaser="Nach jahrelangem Streit hat der Stadtrat am Montagabend beschlossen, die Stadtbahn auf der Ost-West-Achse unter die Erde zu legen.",
             by=["Lena Hoffmann", "Felix Brandt"], iso="2025-03-03T18:24:00+01:00", shown="03.03.2025, 18:24 Uhr", date="2025-03-03", visible=2,
             paras=["Mit 47 zu 42 Stimmen fiel die Entscheidung knapper aus als erwartet, weil mehrere Ratsmitglieder der Grünen gegen die Linie ihrer Fraktion stimmten.",
                    "Die Verwaltung rechnet für den rund zwei Kilometer langen Tunnel zwischen Heumarkt und Aachener Weiher mit Kosten von mehr als 1,2 Milliarden Euro, von denen Bund und Land den größten Teil tragen sollen.",
                    "Gegner der Pläne hatten eine oberirdische Lösung mit längeren Bahnen gefordert, die schneller und billiger umzusetzen sei.",
                    "Der Baubeginn ist frühestens für 2029 vorgesehen, die Bauzeit wird auf mindestens zehn Jahre geschätzt.",
                    "Die Initiative Oberirdisch kündigte noch am Abend an, ein Bürgerbegehren gegen den Beschluss zu prüfen."]),
        dict(path="/region/bonn/rheinaue-flohmarkt-kehrt-zurueck_aid-118366410", sec=("Bonn", "/region/bonn/"), plus=False,
             title="Der Flohmarkt in der Rheinaue kehrt zurück",
             teaser="Nach zwei Jahren Pause findet der große Flohmarkt in der Bonner Rheinaue wieder statt, allerdings nur noch an fünf Terminen.",
             by=["Sabine Roth"], iso="2025-03-02T09:15:00+01:00", shown="02.03.2025, 09:15 Uhr", date="2025-03-02", visible=99,
             paras=["Der erste Termin ist der dritte Samstag im April, danach folgen vier weitere Markttage bis Ende September.",
                    "Die Stadt hatte den Markt nach Beschwerden über Müll und zertretene Wiesen ausgesetzt und mit dem Veranstalter neue Regeln ausgehandelt.",
                    "Künftig dürfen nur noch 900 statt früher 1500 Stände aufgebaut werden, gewerbliche Händler sind ausgeschlossen und für jeden Stand wird ein Pfand von zwanzig Euro fällig.",
                    "Die Anmeldung beginnt am 15. März über die Internetseite der Stadt, Plätze werden verlost.",
                    "Anwohner begrüßten die Rückkehr, mahnten aber mehr Toiletten und eine bessere Anbindung mit Bussen an."]),
        dict(path="/nrw/landtag-kita-gesetz-nacht-sitzung_aid-118379911", sec=("NRW", "/nrw/"), plus=True,
             title="Landtag beschließt neues Kita-Gesetz in nächtlicher Sitzung",
             teaser="Erst kurz nach Mitternacht hat der Landtag in Düsseldorf das umstrittene Kinderbildungsgesetz verabschiedet.",
             by=["Jonas Albrecht"], iso="2025-03-04T00:30:00+01:00", shown="04.03.2025, 00:30 Uhr", date="2025-03-04", visible=2,
             paras=["Die Opposition hatte die Abstimmung mit einer Reihe von Änderungsanträgen bis in die Nacht hinausgezögert, blieb damit aber ohne Erfolg.",
                    "Kern des Gesetzes ist eine neue Finanzierung, nach der die Träger künftig feste Pauschalen pro Gruppe statt pro Kind erhalten sollen.",
                    "Die Wohlfahrtsverbände warnen, dass kleine Einrichtungen auf dem Land damit schlechter gestellt würden.",
                    "Die Familienministerin verteidigte die Reform als Schritt zu mehr Planungssicherheit für Kommunen und Eltern."]),
    ]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s'
                '<script src="https://experience.tinypass.com/xbuilder/experience/load?aid=kurier"></script></head><body class="%s">'
                '<header class="park-header"><a class="park-header__logo" href="/">Rheinischer Kurier</a><nav class="park-nav">'
                '<a href="/koeln/">Köln</a> <a href="/region/bonn/">Bonn</a> <a href="/nrw/">NRW</a> <a href="/plus/">K+</a> <a href="/raetsel/">Rätsel</a></nav>'
                '<a class="park-header__abo" href="/abo/">Abo</a> <a href="/login/">Anmelden</a></header><main>%s</main>'
                '<footer class="park-footer"><a href="/impressum/">Impressum</a> <a href="/newsletter/">Newsletter</a> <a href="/abo/">Abo-Shop</a></footer></body></html>') % (
            E(title), head, cls, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        hidden = a["paras"][a["visible"]:]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["teaser"],
              "datePublished": a["iso"], "author": [{"@type": "Person", "name": n} for n in a["by"]],
              "isAccessibleForFree": not a["plus"], "publisher": {"@type": "Organization", "name": "Rheinischer Kurier"}}
        if a["plus"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".park-article--paywall"}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="date" content="%s">%s' % (
            s.url(a["path"]), E(a["title"]), a["iso"], jl(ld))
        body = paras(vis, "park-article__text")
        must_not = ["Weitere Artikel"]
        if a["plus"]:
            body += '<div class="park-article--paywall">%s</div>' % paras([scramble(p) for p in hidden], "obfuscated")
            body += ('<div id="piano-offer" class="paywall-box"><p class="paywall-box__kicker">K+</p><h3>Jetzt weiterlesen mit Kurier+</h3>'
                     '<p>Alle Artikel auf kurier.example lesen: 4 Wochen für 0,99 €, danach 9,99 € im Monat. Jederzeit kündbar.</p>'
                     '<a href="/abo/">Jetzt 4 Wochen testen</a><p>Bereits Abonnent? <a href="/login/">Anmelden</a></p></div>')
            must_not += ["Jetzt weiterlesen mit Kurier+", scramble(hidden[0])[:40]]
        badge = '<span class="park-plus-badge" title="Kurier+">K+</span>' if a["plus"] else ""
        by = "Von " + " und ".join('<a href="/autoren/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["by"])
        main = ('<article class="park-article"><div class="park-article__head"><a class="park-article__kicker" href="%s">%s</a>%s'
                '<h1 class="park-article__headline">%s</h1><div class="park-article__meta"><span class="park-article__author">%s</span>'
                '<time class="park-article__date" datetime="%s">%s</time></div></div>'
                '<p class="park-article__intro"><strong>%s</strong></p><div class="park-article__body">%s</div></article>'
                '<aside class="park-teaserlist"><h2>Weitere Artikel</h2><ul>%s</ul></aside>') % (
            a["sec"][1], a["sec"][0], badge, E(a["title"]), by, a["iso"], a["shown"], E(a["teaser"]), body,
            lis([(b["path"], b["title"]) for b in A if b is not a]))
        s.art(a["path"], shell("%s | Rheinischer Kurier" % a["title"], main, head, "park-article-page"), a["title"], a["date"], a["by"],
              must=[a["teaser"], vis[-1]], must_not=must_not)
    lt = "/koeln/liveticker-karneval-rosenmontag-zug_aid-118370001"
    s.non(lt, shell("Rosenmontag im Liveticker: Der Zug ist unterwegs | Rheinischer Kurier",
                    '<article class="park-liveticker"><h1>Rosenmontag im Liveticker: Der Zug ist unterwegs</h1>'
                    '<div class="ticker-entry"><time>13:05 Uhr</time><p>Die ersten Wagen haben den Heumarkt erreicht.</p></div>'
                    '<div class="ticker-entry"><time>12:40 Uhr</time><p>Rund eine Million Menschen säumen nach Schätzung der Polizei die Strecke.</p></div></article>',
                    jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Rosenmontag im Liveticker", "coverageStartTime": "2025-03-03T10:00:00+01:00"}),
                    "park-liveticker-page"))
    links = [(a["path"], a["title"]) for a in A] + [(lt, "Rosenmontag im Liveticker")]
    s.non("/", shell("Rheinischer Kurier - Nachrichten aus Köln, Bonn und der Region", '<div class="park-home"><ul>%s</ul></div>' % lis(links), cls="park-home-page"))
    s.non("/koeln/", shell("Köln | Rheinischer Kurier", '<h1>Köln</h1><ul>%s</ul>' % lis([links[0], links[3]])))
    s.non("/region/bonn/", shell("Bonn | Rheinischer Kurier", '<h1>Bonn</h1><ul>%s</ul>' % lis(links[1:2])))
    s.non("/nrw/", shell("NRW | Rheinischer Kurier", '<h1>NRW</h1><ul>%s</ul>' % lis(links[2:3])))
    s.non("/plus/", shell("K+ Artikel | Rheinischer Kurier", '<h1>Kurier+: Unsere besten Geschichten</h1><ul>%s</ul>' % lis([links[0], links[2]])))
    for a in A:
        for n in a["by"]:
            s.non("/autoren/%s/" % n.lower().replace(" ", "-"), shell("%s | Rheinischer Kurier" % n, '<h1>%s</h1><p>Redakteurin/Redakteur im Lokalressort.</p><ul>%s</ul>' % (E(n), lis([(a["path"], a["title"])]))))
    s.non("/abo/", shell("Abo-Shop | Rheinischer Kurier", '<h1>Wählen Sie Ihr Abo</h1><p>Kurier+ digital: 4 Wochen für 0,99 €.</p><p>E-Paper: 29,90 € im Monat.</p><a href="/plus/">Alle K+ Artikel</a>'))
    s.non("/login/", shell("Anmelden | Rheinischer Kurier", '<h1>Anmelden</h1><form><input type="email"><input type="password"><button>Anmelden</button></form><a href="/abo/">Abo abschließen</a>'))
    s.non("/raetsel/", shell("Rätsel | Rheinischer Kurier", '<h1>Rätsel</h1><p>Sudoku, Kreuzworträtsel und Bilderrätsel – täglich neu.</p><a href="/">Startseite</a>'))
    s.non("/newsletter/", shell("Newsletter | Rheinischer Kurier", '<h1>Newsletter</h1><p>Der Morgen in Köln: jeden Werktag um 6 Uhr.</p><a href="%s">Heute</a>' % A[0]["path"]))
    s.non("/impressum/", shell("Impressum | Rheinischer Kurier", "<h1>Impressum</h1><p>Rheinischer Kurier GmbH, Köln</p>"))
    s.sitemap([a["path"] for a in A])


# ------------------------------------------------------------------ 4 French national daily (Le-Monde-like)
def horizon():
    s = Site(4)
    A = [
        dict(path="/societe/article/2025/03/03/a-marseille-la-fermeture-des-urgences-de-nuit-de-l-hopital-nord-inquiete_6582114_3224.html",
             sec=("Société", "/societe/"), premium=True, rest="71.23",
             title="A Marseille, la fermeture des urgences de nuit de l'hôpital Nord inquiète les soignants",
             desc="Faute de médecins, le service fermera de 22 heures à 8 heures pendant au moins trois mois à partir du 15 mars.",
             by='<span class="author__detail"><a class="article__author-link" href="/signataires/claire-dubois/"><span class="author__name">Claire Dubois</span></a> (Marseille, correspondante)</span>',
             authors=["Claire Dubois"], iso="2025-03-03T18:24:11+01:00", shown="Publié le 3 mars 2025 à 18h24, modifié à 19h02", visible=2,
             paras=["L'annonce a été faite lundi matin aux équipes, lors d'une réunion que plusieurs infirmières décrivent comme « tendue » : à partir du 15 mars, les urgences de l'hôpital Nord fermeront chaque nuit, de 22 heures à 8 heures.",
                    "La direction de l'Assistance publique-Hôpitaux de Marseille invoque un manque de médecins urgentistes, dont une dizaine de postes restent vacants malgré des primes relevées à l'automne, et promet une réorganisation « temporaire » pour au moins trois mois.",
                    "Les patients seront réorientés vers l'hôpital de la Timone, déjà saturé, à une demi-heure de route pour les habitants des quartiers nord.",
                    "Les syndicats ont appelé à un rassemblement devant l'établissement jeudi.",
                    "L'agence régionale de santé dit étudier l'envoi de médecins d'autres départements."]),
        dict(path="/politique/article/2025/03/02/le-gouvernement-renonce-au-doublement-des-franchises-medicales_6581870_823448.html",
             sec=("Politique", "/politique/"), premium=True, rest="58.90",
             title="Le gouvernement renonce au doublement des franchises médicales",
             desc="Face à l'opposition des associations de patients et d'une partie de sa majorité, l'exécutif a reculé dimanche.",
             by='<span class="author__detail">Par <a class="article__author-link" href="/signataires/julien-mercier/"><span class="author__name">Julien Mercier</span></a> et '
                '<a class="article__author-link" href="/signataires/elise-fontaine/"><span class="author__name">Élise Fontaine</span></a></span>',
             authors=["Julien Mercier", "Élise Fontaine"], iso="2025-03-02T07:00:00+01:00", shown="Publié le 2 mars 2025 à 07h00", visible=3,
             paras=["Le projet n'aura pas survécu à un week-end de critiques. Le gouvernement a annoncé dimanche qu'il renonçait à doubler les franchises médicales, ces sommes restant à la charge des patients sur les boîtes de médicaments et les consultations.",
                    "La mesure devait rapporter environ 800 millions d'euros par an à l'Assurance-maladie, mais elle avait suscité la colère des associations de malades chroniques, qui y voyaient une taxe sur la maladie.",
                    "Plusieurs députés de la majorité avaient aussi fait savoir qu'ils ne voteraient pas le texte en l'état, rendant son adoption très incertaine à l'Assemblée nationale.",
                    "Le ministre des comptes publics doit désormais trouver d'autres économies.",
                    "Une réunion avec les partenaires sociaux est prévue mardi."]),
        dict(path="/societe/article/2025/03/01/un-incendie-ravage-un-entrepot-de-la-zone-portuaire-de-gennevilliers_6581702_3224.html",
             sec=("Société", "/societe/"), premium=False,
             title="Un incendie ravage un entrepôt de la zone portuaire de Gennevilliers",
             desc="Aucune victime n'est à déplorer, mais un épais panache de fumée était visible depuis Paris.",
             by='<span class="author__detail">L\'Horizon avec AFP</span>', authors=["L'Horizon avec AFP"],
             iso="2025-03-01T22:51:40+01:00", shown="Publié le 1<sup>er</sup> mars 2025 à 22h51", visible=99,
             paras=["Un violent incendie s'est déclaré samedi en fin d'après-midi dans un entrepôt de stockage de la zone portuaire de Gennevilliers, dans les Hauts-de-Seine, a-t-on appris auprès de la brigade des sapeurs-pompiers de Paris.",
                    "Près de 150 pompiers ont été mobilisés pour venir à bout des flammes, qui ont détruit environ 6 000 mètres carrés de bâtiments où étaient entreposés des meubles et des emballages en carton.",
                    "Un épais panache de fumée noire était visible depuis plusieurs arrondissements de la capitale, et la préfecture a demandé aux riverains de fermer leurs fenêtres par précaution.",
                    "Aucune victime n'est à déplorer, selon les pompiers, qui ont indiqué en soirée que le feu était circonscrit.",
                    "Une enquête a été ouverte pour déterminer l'origine du sinistre."]),
    ]

    def shell(title, main, head="", cls="page--article"):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="Header"><a class="Header__logo" href="/">L\'Horizon</a><nav class="Nav"><a href="/politique/">Politique</a> '
                '<a href="/societe/">Société</a> <a href="/jeux/">Jeux</a> <a href="/newsletters/">Newsletters</a></nav>'
                '<a class="Header__subscribe" href="/abonnement/">S\'abonner</a> <a href="/connexion/">Se connecter</a></header>'
                '<main>%s</main><footer class="Footer"><a href="/qui-sommes-nous/">Qui sommes-nous ?</a> <a href="/mon-compte/">Mon compte</a></footer></body></html>') % (
            E(title), head, cls, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["desc"],
              "datePublished": a["iso"], "dateModified": a["iso"], "isAccessibleForFree": not a["premium"],
              "publisher": {"@type": "Organization", "name": "L'Horizon"}}
        if a["premium"]:  # the agency copy carries no author in its JSON-LD
            ld["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
        if a["premium"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content--restricted"}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        body = paras(vis, "article__paragraph")
        must_not = ["Lire aussi", "réservée aux abonnés"]
        if a["premium"]:
            body = ('<article class="article__content article__content--restricted">%s<section class="paywall js-paywall">'
                    '<p class="paywall__title">Il vous reste %s%% de cet article à lire. La suite est réservée aux abonnés.</p>'
                    '<p>Déjà abonné ? <a href="/connexion/">Se connecter</a></p><a class="btn" href="/abonnement/">S\'abonner pour lire la suite</a></section></article>') % (body, a["rest"])
        else:
            body = '<article class="article__content">%s</article>' % body
        other = [b for b in A if b is not a][0]
        lire = '<section class="catcher"><span class="catcher__title">Lire aussi</span> <a href="%s">%s</a></section>' % (other["path"], E(other["title"]))
        premium = '<p class="article__status"><span class="icon__premium"></span>Article réservé aux abonnés</p>' if a["premium"] else ""
        main = ('<section class="article__header"><ul class="breadcrumb"><li><a href="%s">%s</a></li></ul>%s<h1 class="article__title">%s</h1>'
                '<p class="article__desc">%s</p><section class="meta meta__publisher"><span class="meta__date meta__date--header">%s</span>'
                '<span class="meta__reading-time">Temps de lecture 3 min.</span></section><section class="article__authors">%s</section></section>'
                '<section class="article__wrapper">%s%s</section>') % (
            a["sec"][1], a["sec"][0], premium, E(a["title"]), E(a["desc"]), a["shown"], a["by"], body, lire)
        s.art(a["path"], shell("%s" % a["title"], main, head), a["title"], a["iso"][:10], a["authors"],
              instant=None, must=[vis[0], vis[-1]], must_not=must_not)
    lp = "/politique/live/2025/03/04/reforme-des-retraites-en-direct-le-conclave-reprend_6582301_823448.html"
    s.non(lp, shell("Retraites, en direct : le « conclave » reprend ses travaux",
                    '<section class="live"><span class="flag-live__border">En direct</span><h1 class="article__title">Retraites, en direct : le « conclave » reprend ses travaux</h1>'
                    '<div class="post"><span class="date">10:12</span><p>Les partenaires sociaux sont arrivés au ministère.</p></div>'
                    '<div class="post"><span class="date">09:40</span><p>La CFDT dit vouloir « aboutir avant l\'été ».</p></div></section>',
                    jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Retraites, en direct", "coverageStartTime": "2025-03-04T08:00:00+01:00"}), "page--live"))
    links = [(a["path"], a["title"]) for a in A] + [(lp, "Retraites, en direct : le « conclave » reprend ses travaux")]
    s.non("/", shell("L'Horizon - Actualités et Infos en France et dans le monde", '<section class="area--main"><ul>%s</ul></section>' % lis(links), cls="page--home"))
    s.non("/societe/", shell("Société - L'Horizon", '<h1>Société</h1><ul>%s</ul>' % lis([links[0], links[2]]), cls="page--section"))
    s.non("/politique/", shell("Politique - L'Horizon", '<h1>Politique</h1><ul>%s</ul>' % lis([links[1], links[3]]), cls="page--section"))
    for slug, n, i in (("claire-dubois", "Claire Dubois", 0), ("julien-mercier", "Julien Mercier", 1), ("elise-fontaine", "Élise Fontaine", 1)):
        s.non("/signataires/%s/" % slug, shell("%s - L'Horizon" % n, '<h1>%s</h1><p>Journaliste</p><ul>%s</ul>' % (E(n), lis([links[i]])), cls="page--author"))
    s.non("/abonnement/", shell("Abonnez-vous à L'Horizon", '<h1>Abonnez-vous</h1><p>1 € le premier mois, puis 11,99 € par mois. Sans engagement.</p><a href="%s">Un article réservé aux abonnés</a>' % A[0]["path"], cls="page--offers"))
    s.non("/connexion/", shell("Connexion - L'Horizon", '<h1>Connexion</h1><form><input type="email"><input type="password"><button>Se connecter</button></form><a href="/abonnement/">S\'abonner</a>', cls="page--login"))
    s.non("/mon-compte/", shell("Mon compte - L'Horizon", '<h1>Mon compte</h1><p>Connectez-vous pour gérer votre abonnement.</p><a href="/connexion/">Se connecter</a>', cls="page--account"))
    s.non("/newsletters/", shell("Newsletters - L'Horizon", '<h1>Nos newsletters</h1><p>La Matinale : l\'essentiel de l\'actualité, chaque matin à 7 heures.</p><a href="%s">À lire</a>' % A[1]["path"], cls="page--nl"))
    s.non("/jeux/", shell("Jeux - L'Horizon", '<h1>Jeux</h1><p>Mots croisés, sudoku et mots fléchés. Réservé aux abonnés.</p><a href="/abonnement/">S\'abonner</a>', cls="page--games"))
    s.non("/qui-sommes-nous/", shell("Qui sommes-nous ? - L'Horizon", "<h1>Qui sommes-nous ?</h1><p>L'Horizon est un quotidien national fondé en 1946.</p>", cls="page--static"))


# ------------------------------------------------------------------ 5 Italian national daily (Corriere-like)
def tribuna():
    s = Site(5)
    A = [
        dict(path="/milano/notizie/cronaca/25_marzo_03/milano-piano-casa-10mila-alloggi-canone-calmierato-a1b2c3d4.shtml", premium=True,
             title="Milano, il Comune vara il piano per diecimila case a canone calmierato",
             summary="Il progetto prevede di recuperare edifici pubblici vuoti e aree dismesse entro il 2030",
             writer="di Francesca Galli", authors=["Francesca Galli"], iso="2025-03-03T18:24:00+01:00",
             shown="3 marzo 2025 (modifica il 3 marzo 2025 | 19:02)", visible=2,
             paras=["La giunta di Milano ha approvato lunedì un piano che punta a mettere sul mercato diecimila alloggi a canone calmierato entro il 2030, recuperando palazzi pubblici vuoti, ex caserme e scali ferroviari dismessi.",
                    "Gli affitti saranno fissati a circa il trenta per cento in meno rispetto ai prezzi di mercato e saranno riservati in via prioritaria a giovani coppie, studenti fuori sede e lavoratori dei servizi essenziali, come infermieri e autisti dei mezzi pubblici.",
                    "Il Comune conta di finanziare l'operazione con fondi europei e con la partecipazione di fondazioni bancarie.",
                    "Le opposizioni parlano di promesse già sentite e chiedono tempi certi.",
                    "Il primo bando è atteso in autunno."]),
        dict(path="/cronache/25_marzo_02/neve-a1-chiuso-tratto-barberino-roncobilaccio-e5f6a7b8.shtml", premium=False,
             title="Neve sull'A1, chiuso per ore il tratto tra Barberino e Roncobilaccio",
             summary="Centinaia di automobilisti bloccati nella notte, intervenuta la Protezione civile",
             writer="di Luca Marchetti e Elena Conti", authors=["Luca Marchetti", "Elena Conti"], iso="2025-03-02T10:40:00+01:00",
             shown="2 marzo 2025", visible=99,
             paras=["Una nevicata più intensa del previsto ha costretto Autostrade a chiudere per quasi sei ore il tratto appenninico dell'A1 tra Barberino di Mugello e Roncobilaccio, nella notte tra sabato e domenica.",
                    "Centinaia di automobilisti e camionisti sono rimasti bloccati nelle auto, con temperature scese fino a cinque gradi sotto lo zero, e i volontari della Protezione civile hanno distribuito coperte e bevande calde.",
                    "Il traffico è stato deviato sulla Variante di valico, dove però si sono formate code di oltre dieci chilometri.",
                    "La circolazione è ripresa regolarmente solo alle otto di domenica mattina, dopo il passaggio degli spazzaneve.",
                    "Il Codacons ha annunciato un esposto per chiedere chiarimenti sui ritardi negli interventi."]),
        dict(path="/sport/calcio/25_marzo_01/stadio-san-siro-vendita-club-giugno-c9d0e1f2.shtml", premium=True,
             title="San Siro, la vendita ai due club entro giugno",
             summary="Il consiglio comunale voterà la delibera ad aprile, poi il rogito",
             writer="di Paolo Rinaldi", authors=["Paolo Rinaldi"], iso="2025-03-01T21:15:00+01:00",
             shown="1 marzo 2025 (modifica il 2 marzo 2025 | 08:30)", visible=2,
             paras=["Lo stadio Meazza e le aree che lo circondano saranno venduti ai due club milanesi entro giugno, secondo il calendario concordato venerdì in una riunione a Palazzo Marino.",
                    "Il prezzo di partenza, stabilito dall'Agenzia delle entrate, è di poco meno di duecento milioni di euro, ma potrebbe cambiare dopo le verifiche sui vincoli della Soprintendenza sul secondo anello.",
                    "Le società hanno già presentato un progetto di massima per un nuovo impianto da settantamila posti.",
                    "I comitati di quartiere promettono ricorsi."]),
    ]
    sec = lambda p: p.split("/")[1]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="is-article">'
                '<header id="l-header"><a class="logo" href="/">la Tribuna</a><nav class="nav-main"><a href="/cronache/">Cronache</a> '
                '<a href="/milano/">Milano</a> <a href="/sport/">Sport</a> <a href="/giochi/">Giochi</a></nav>'
                '<a class="bck-abbonati" href="/abbonamenti/">Abbonati</a> <a href="/login/">Accedi</a></header><main>%s</main>'
                '<footer id="l-footer"><a href="/redazione/">La redazione</a> <a href="/newsletter/">Newsletter</a> <a href="/edicola-digitale/">Edicola digitale</a></footer></body></html>') % (
            E(title), head, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in a["authors"]], "isAccessibleForFree": "false" if a["premium"] else "true",
              "publisher": {"@type": "Organization", "name": "la Tribuna"}}
        if a["premium"]:
            ld["articleBody"] = " ".join(vis)
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        body = '<div class="content">%s</div>' % paras(vis, "chapter-paragraph")
        mn = ["Leggi anche", "Abbonati a la Tribuna"]
        if a["premium"]:
            body = '<div class="content content--tplus">%s<div class="paywall-container"><p class="paywall-title">Abbonati a la Tribuna per continuare a leggere</p>' \
                   '<p>Tutti gli articoli, la newsletter e l\'edizione digitale: 1 € al mese per 3 mesi.</p><a href="/abbonamenti/">Abbonati</a> ' \
                   '<a href="/login/">Sei già abbonato? Accedi</a></div></div>' % paras(vis, "chapter-paragraph")
        label = '<span class="tplus-label">T+ Contenuto riservato agli abbonati</span>' if a["premium"] else ""
        other = [b for b in A if b is not a][-1]
        main = ('<article class="article"><div class="bck-info-art"><a class="kicker" href="/%s/">%s</a>%s</div>'
                '<h1 class="title-art">%s</h1><p class="summary-art">%s</p><div class="info-art"><span class="writer">%s</span>'
                '<p class="is-last-update" datetime="%s">%s</p></div>%s'
                '<div class="bck-read-also"><h3>Leggi anche</h3><a href="%s">%s</a></div></article>') % (
            sec(a["path"]), sec(a["path"]).capitalize(), label, E(a["title"]), E(a["summary"]), a["writer"], a["iso"], a["shown"],
            body, other["path"], E(other["title"]))
        s.art(a["path"], shell("%s - la Tribuna" % a["title"], main, head), a["title"], a["iso"][:10], a["authors"],
              must=[vis[0], vis[-1]], must_not=mn)
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("la Tribuna: notizie di cronaca, politica, sport", '<section class="hp"><ul>%s</ul></section>' % lis(links + [("/cronache/", "Cronache")])))
    s.non("/cronache/", shell("Cronache - la Tribuna", '<h1>Cronache</h1><ul>%s</ul>' % lis(links[1:2])))
    s.non("/milano/", shell("Milano - la Tribuna", '<h1>Milano</h1><ul>%s</ul>' % lis(links[:1])))
    s.non("/sport/", shell("Sport - la Tribuna", '<h1>Sport</h1><ul>%s</ul>' % lis(links[2:])))
    s.non("/abbonamenti/", shell("Abbonamenti - la Tribuna", '<h1>Scegli il tuo abbonamento</h1><p>T+ Digital: 1 € al mese per 3 mesi.</p><a href="%s">Leggi un articolo T+</a>' % A[0]["path"]))
    s.non("/login/", shell("Accedi - la Tribuna", '<h1>Accedi</h1><form><input type="email"><button>Continua</button></form><a href="/abbonamenti/">Abbonati</a>'))
    s.non("/giochi/", shell("Giochi - la Tribuna", '<h1>Giochi</h1><p>Cruciverba, sudoku e parole crociate ogni giorno.</p><a href="/">Home</a>'))
    s.non("/newsletter/", shell("Newsletter - la Tribuna", '<h1>Le newsletter</h1><p>Il Punto: ogni mattina alle 7.</p><a href="%s">Oggi</a>' % A[1]["path"]))
    s.non("/edicola-digitale/", shell("Edicola digitale - la Tribuna", '<h1>Edicola digitale</h1><p>Sfoglia il giornale di oggi.</p><a href="/abbonamenti/">Abbonati</a>'))
    s.non("/redazione/", shell("La redazione - la Tribuna", '<h1>La redazione</h1><p>Via Solferino 1, Milano</p>'))


# ------------------------------------------------------------------ 6 Spanish national daily (El-País-like)
def meridiano():
    s = Site(6)
    A = [
        dict(path="/sociedad/2025-03-03/el-gobierno-aprueba-el-plan-para-reducir-la-temporalidad-en-la-sanidad-publica.html", premium=True,
             title="El Gobierno aprueba el plan para reducir la temporalidad en la sanidad pública",
             sub="Las comunidades tendrán tres años para convocar oposiciones a más de 60.000 plazas",
             by=[("Lucía Ortega", "/autor/lucia-ortega/")], place="Madrid", iso="2025-03-03T18:24:00+01:00",
             shown="03 mar 2025 - 18:24 CET", upd="Actualizado: 03 mar 2025 - 19:02 CET", inst="2025-03-03T17:24", visible=3,
             paras=["El Consejo de Ministros ha aprobado este lunes un plan para reducir la temporalidad en la sanidad pública, donde casi uno de cada tres trabajadores tiene un contrato eventual o interino.",
                    "El texto obliga a las comunidades autónomas a convocar en los próximos tres años oposiciones para más de 60.000 plazas de médicos, enfermeras y técnicos, y fija sanciones para las administraciones que encadenen contratos durante más de un año.",
                    "La ministra de Sanidad ha defendido que la medida dará estabilidad a los equipos de atención primaria, los más afectados por la rotación de personal.",
                    "Los sindicatos médicos, sin embargo, consideran insuficiente el calendario y reclaman que las plazas se oferten por concurso de méritos.",
                    "Las consejerías de varias comunidades han pedido más financiación para asumir el coste."]),
        dict(path="/espana/comunidad-valenciana/2025-03-02/valencia-cierra-sus-playas-por-un-temporal-de-levante.html", premium=False,
             title="Valencia cierra sus playas por un temporal de levante",
             sub="Las olas de más de cuatro metros han arrastrado arena hasta el paseo marítimo",
             by=[("Pablo Serrano", "/autor/pablo-serrano/"), ("Irene Campos", "/autor/irene-campos/")], place="Valencia",
             iso="2025-03-02T09:05:00+01:00", shown="02 mar 2025 - 09:05 CET", upd="", inst="2025-03-02T08:05", visible=99,
             paras=["El Ayuntamiento de Valencia ha cerrado este domingo todas sus playas y ha prohibido el acceso al paseo marítimo por el temporal de levante, que ha dejado olas de más de cuatro metros en la costa.",
                    "El agua ha arrastrado arena y restos de cañas hasta la calzada en la playa de la Malvarrosa, y los bomberos han tenido que retirar varias terrazas de bares que el viento había desplazado durante la noche.",
                    "La Agencia Estatal de Meteorología mantiene el aviso naranja en el litoral de Valencia y Castellón hasta el lunes por la mañana.",
                    "En el puerto se han suspendido las salidas de los ferris hacia Baleares.",
                    "No se han registrado heridos."]),
        dict(path="/espana/2025-03-04/el-congreso-tumba-la-ley-de-alquileres-de-temporada.html", premium=True,
             title="El Congreso tumba la ley de alquileres de temporada",
             sub="La votación, tras un pleno que se alargó hasta la madrugada, deja sin regular los contratos de menos de un año",
             by=[("Marta Delgado", "/autor/marta-delgado/")], place="Madrid", iso="2025-03-04T00:40:00+01:00",
             shown="04 mar 2025 - 00:40 CET", upd="", inst="2025-03-03T23:40", visible=2,
             paras=["El pleno del Congreso ha rechazado pasada la medianoche la proposición de ley que pretendía limitar los alquileres de temporada, por 174 votos en contra y 171 a favor.",
                    "La norma buscaba cerrar la vía por la que muchos propietarios firman contratos de once meses para esquivar los topes de precio de la ley de vivienda en las zonas tensionadas.",
                    "Los grupos que la impulsaron anunciaron que volverán a presentarla en el próximo periodo de sesiones.",
                    "Las asociaciones de inquilinos calificaron el resultado de decepcionante."]),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="article">'
                '<header class="_g _g-h"><a class="ep_l" href="/">Diario Meridiano</a><nav class="sm"><a href="/espana/">España</a> '
                '<a href="/sociedad/">Sociedad</a> <a href="/pasatiempos/">Pasatiempos</a> <a href="/newsletters/">Newsletters</a></nav>'
                '<a class="btn-sus" href="/suscripciones/">Suscríbete</a> <a href="/acceso/">Iniciar sesión</a></header><main id="main-content">%s</main>'
                '<footer class="_g-f"><a href="/estaticos/contacto/">Contacto</a> <a href="/hemeroteca/2025-03-03/">Hemeroteca</a></footer></body></html>') % (E(title), head, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        names = [n for n, _ in a["by"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "alternativeHeadline": a["sub"],
              "datePublished": a["iso"], "author": [{"@type": "Person", "name": n, "url": s.url(p)} for n, p in a["by"]],
              "isAccessibleForFree": not a["premium"], "publisher": {"@type": "Organization", "name": "Diario Meridiano"}}
        if a["premium"]:
            ld["articleBody"] = " ".join(vis)
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".a_c_paywall"}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        day = a["path"].split("/")[-2]
        meta = ('<div class="a_md"><div class="a_md_txt"><div class="a_md_a">%s</div><div class="a_md_f"><span class="a_ti"><a href="/hemeroteca/%s/">%s</a> - </span>'
                '<span><a data-date="%s" id="article_date_p" href="/hemeroteca/%s/">%s</a></span>%s</div></div></div>') % (
            " y ".join('<a class="a_md_a_n" href="%s">%s</a>' % (p, E(n)) for n, p in a["by"]), day, a["place"], a["iso"], day, a["shown"],
            ('<div class="a_md_f"><span id="article_date_u">%s</span></div>' % a["upd"]) if a["upd"] else "")
        body = '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">%s</div>' % paras(vis)
        if a["premium"]:
            body += ('<div class="a_c_paywall"><p class="a_c_paywall_t">Suscríbete para seguir leyendo</p><p>Lee sin límites</p>'
                     '<a href="/suscripciones/">Seguir leyendo</a> <a href="/acceso/">Ya soy suscriptor</a></div>')
        main = ('<article class="a"><header class="a_e"><div class="a_k"><a href="/%s/">%s</a></div><h1 class="a_t">%s</h1><h2 class="a_st">%s</h2></header>%s%s'
                '<div class="a_tp"><a href="/noticias/vivienda/">Vivienda</a></div></article><section class="b-more"><h3>Más información</h3><ul>%s</ul></section>') % (
            a["path"].split("/")[1], a["path"].split("/")[1].capitalize(), E(a["title"]), E(a["sub"]), meta, body,
            lis([(b["path"], b["title"]) for b in A if b is not a]))
        s.art(a["path"], shell("%s | España | Diario Meridiano" % a["title"], main, head), a["title"], a["iso"][:10], names,
              instant=a["inst"], must=[vis[0], vis[-1]], must_not=["Suscríbete para seguir leyendo", "Más información"])
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Diario Meridiano: el periódico global", '<section class="_g"><ul>%s</ul></section>' % lis(links)))
    s.non("/espana/", shell("España | Diario Meridiano", '<h1>España</h1><ul>%s</ul>' % lis(links[1:])))
    s.non("/sociedad/", shell("Sociedad | Diario Meridiano", '<h1>Sociedad</h1><ul>%s</ul>' % lis(links[:1])))
    s.non("/noticias/vivienda/", shell("Vivienda: últimas noticias | Diario Meridiano", '<h1>Vivienda</h1><ul>%s</ul>' % lis(links[2:])))
    for day, i in (("2025-03-03", 0), ("2025-03-02", 1), ("2025-03-04", 2)):
        s.non("/hemeroteca/%s/" % day, shell("Hemeroteca %s | Diario Meridiano" % day, '<h1>Hemeroteca</h1><ul>%s</ul>' % lis([links[i]])))
    for a in A:
        for n, p in a["by"]:
            s.non(p, shell("%s | Diario Meridiano" % n, '<div class="autor"><h1>%s</h1><p>Redactora de Diario Meridiano.</p><ul>%s</ul></div>' % (E(n), lis([(a["path"], a["title"])]))))
    s.non("/suscripciones/", shell("Suscríbete a Diario Meridiano", '<h1>Suscríbete</h1><p>1 € el primer mes. Después, 12 € al mes.</p><a href="%s">Sigue leyendo</a>' % A[0]["path"]))
    s.non("/acceso/", shell("Iniciar sesión | Diario Meridiano", '<h1>Iniciar sesión</h1><form><input type="email"><button>Continuar</button></form>'))
    s.non("/pasatiempos/", shell("Pasatiempos | Diario Meridiano", '<h1>Pasatiempos</h1><p>Crucigramas, sudokus y autodefinidos.</p><a href="/">Portada</a>'))
    s.non("/newsletters/", shell("Newsletters | Diario Meridiano", '<h1>Newsletters</h1><p>Lo último: las noticias del día en tu correo.</p><a href="%s">Hoy</a>' % A[0]["path"]))
    s.non("/estaticos/contacto/", shell("Contacto | Diario Meridiano", '<h1>Contacto</h1><p>Calle Miguel Yuste 40, Madrid</p>'))
    s.sitemap([a["path"] for a in A])


# ------------------------------------------------------------------ 7 Dutch national daily (DPG-like)
def dagkoerier():
    s = Site(7)
    A = [
        dict(path="/binnenland/woningcorporaties-in-utrecht-schrappen-duizend-nieuwbouwwoningen~b3f1a2c4/", sec="Binnenland", plus=True,
             title="Woningcorporaties in Utrecht schrappen duizend nieuwbouwwoningen",
             intro="Door gestegen bouwkosten en hogere rente zien drie Utrechtse corporaties af van projecten die al jaren in voorbereiding waren.",
             byline='<span class="artstyle__byline-credit">Tekst</span> <a href="/auteur/femke-visser/">Femke Visser</a> <span class="artstyle__byline-credit">Beeld</span> Daan Mulder',
             authors=["Femke Visser"], iso="2025-03-03T18:24:00+01:00", shown="3 maart 2025, 18:24", visible=2,
             paras=["In Leidsche Rijn en Overvecht komen de komende jaren ruim duizend sociale huurwoningen minder dan gepland. Drie woningcorporaties maakten maandag bekend dat zij vijf bouwprojecten stilleggen.",
                    "Volgens de corporaties zijn de bouwkosten sinds 2021 met bijna een derde gestegen, terwijl de huren die zij mogen vragen door de overheid worden begrensd, waardoor elke nieuwe woning een verlies van tienduizenden euro's oplevert.",
                    "De gemeente Utrecht noemt het besluit een zware tegenvaller voor de ruim twintigduizend woningzoekenden op de wachtlijst.",
                    "Wethouder wonen wil op korte termijn met het Rijk in gesprek over extra steun.",
                    "De corporaties sluiten niet uit dat de projecten later alsnog doorgaan."]),
        dict(path="/binnenland/storing-bij-ns-legt-treinverkeer-rond-amsterdam-urenlang-stil~b7d2e9f0/", sec="Binnenland", plus=False,
             title="Storing bij NS legt treinverkeer rond Amsterdam urenlang stil",
             intro="Tienduizenden reizigers strandden zondagochtend doordat een computerstoring de verkeersleiding platlegde.",
             byline='Door <a href="/auteur/sanne-smit/">Sanne Smit</a> en <a href="/auteur/jeroen-bakker/">Jeroen Bakker</a>',
             authors=["Sanne Smit", "Jeroen Bakker"], iso="2025-03-02T08:12:00+01:00", shown="2 maart 2025, 08:12", visible=99,
             paras=["Tussen Amsterdam Centraal, Schiphol en Utrecht reden zondagochtend ruim vier uur lang vrijwel geen treinen door een storing in het computersysteem van de verkeersleiding van ProRail.",
                    "Reizigers op de perrons kregen lange tijd geen informatie, en op Schiphol vormden zich rijen bij de taxistandplaats en de bushaltes van de pendeldiensten die NS later op de ochtend inzette.",
                    "ProRail meldde rond half twaalf dat het systeem weer werkte, maar waarschuwde dat het de rest van de dag nog onrustig zou blijven op het spoor.",
                    "De oorzaak van de storing wordt onderzocht.",
                    "Reizigers met vertraging kunnen via de website van NS hun geld terugvragen."]),
        dict(path="/wetenschap/waarom-de-waddenzee-steeds-minder-mosselen-oplevert~b9a4c1d8/", sec="Wetenschap", plus=True,
             title="Waarom de Waddenzee steeds minder mosselen oplevert",
             intro="Mosselvissers halen minder zaad van de bodem dan ooit. Onderzoekers wijzen naar warmer water en een nieuwe concurrent.",
             byline='<a href="/auteur/daan-van-der-berg/">Daan van der Berg</a>', authors=["Daan van der Berg"],
             iso="2025-03-01T06:00:00+01:00", shown="1 maart 2025, 06:00", visible=2,
             paras=["Op de kade van Yerseke liggen de kotters langer stil dan vroeger. De vangst van mosselzaad in de Waddenzee is in tien jaar met meer dan de helft gedaald.",
                    "Onderzoekers van Wageningen Marine Research zien een verband met warmere winters, waardoor jonge mosselen vaker worden opgegeten door krabben en garnalen, en met de opmars van de Japanse oester, die dezelfde plekken op de bodem inneemt.",
                    "De sector experimenteert met zaadinvanginstallaties: touwen en netten in het water waarop jonge mosselen zich hechten.",
                    "Natuurorganisaties zijn kritisch over de uitbreiding daarvan."]),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="app">'
                '<header class="app-header"><a class="app-header__logo" href="/">De Dagkoerier</a><nav><a href="/binnenland/">Binnenland</a> '
                '<a href="/wetenschap/">Wetenschap</a> <a href="/puzzels/">Puzzels</a> <a href="/nieuwsbrieven/">Nieuwsbrieven</a></nav>'
                '<a href="/abonnement/">Abonneer</a> <a href="/inloggen/">Inloggen</a></header><main>%s</main>'
                '<footer><a href="/colofon/">Colofon</a> <a href="/mijn-account/">Mijn account</a></footer></body></html>') % (E(title), head, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in a["authors"]], "isAccessibleForFree": not a["plus"],
              "publisher": {"@type": "Organization", "name": "De Dagkoerier"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        body = '<section class="artstyle__main">%s</section>' % paras(vis, "artstyle__paragraph")
        if a["plus"]:
            body += ('<div class="fjs-paywall paywall"><h2>Lees verder met een abonnement</h2><p>Al onze artikelen, de krant en de puzzels. '
                     'Nu 3 maanden voor € 1 per week.</p><a href="/abonnement/">Bekijk aanbod</a> <a href="/inloggen/">Ik ben al abonnee</a></div>')
        label = '<span class="artstyle__labels"><span class="premium-label" aria-label="Premium">PLUS</span></span>' if a["plus"] else ""
        main = ('<article class="artstyle"><header class="artstyle__header"><a class="artstyle__section" href="/%s/">%s</a>%s'
                '<h1 class="artstyle__header-title">%s</h1><p class="artstyle__intro">%s</p><div class="artstyle__byline">%s '
                '<time class="artstyle__byline__datetime" datetime="%s">%s</time></div></header>%s</article>'
                '<aside class="related"><h2>Meer over dit onderwerp</h2><ul>%s</ul></aside>') % (
            a["path"].split("/")[1], a["sec"], label, E(a["title"]), E(a["intro"]), a["byline"], a["iso"], a["shown"], body,
            lis([(b["path"], b["title"]) for b in A if b is not a]))
        inst = "2025-%s" % {"2025-03-03T18:24": "03-03T17:24", "2025-03-02T08:12": "03-02T07:12", "2025-03-01T06:00": "03-01T05:00"}[a["iso"][:16]]
        s.art(a["path"], shell("%s | De Dagkoerier" % a["title"], main, head), a["title"], a["iso"][:10], a["authors"], instant=inst,
              must=[vis[0], vis[-1]], must_not=["Lees verder met een abonnement", "Meer over dit onderwerp"])
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("De Dagkoerier - Nieuws, achtergronden en opinie", '<ul>%s</ul>' % lis(links)))
    s.non("/binnenland/", shell("Binnenland | De Dagkoerier", '<h1>Binnenland</h1><ul>%s</ul>' % lis(links[:2])))
    s.non("/wetenschap/", shell("Wetenschap | De Dagkoerier", '<h1>Wetenschap</h1><ul>%s</ul>' % lis(links[2:])))
    for slug, n, i in (("femke-visser", "Femke Visser", 0), ("sanne-smit", "Sanne Smit", 1), ("jeroen-bakker", "Jeroen Bakker", 1), ("daan-van-der-berg", "Daan van der Berg", 2)):
        s.non("/auteur/%s/" % slug, shell("%s | De Dagkoerier" % n, '<h1>%s</h1><p>Verslaggever</p><ul>%s</ul>' % (E(n), lis([links[i]]))))
    s.non("/abonnement/", shell("Abonneren | De Dagkoerier", '<h1>Kies je abonnement</h1><p>Digitaal: 3 maanden € 1 per week.</p><a href="%s">Lees PLUS-artikelen</a>' % A[0]["path"]))
    s.non("/inloggen/", shell("Inloggen | De Dagkoerier", '<h1>Inloggen</h1><form><input type="email"><button>Doorgaan</button></form>'))
    s.non("/mijn-account/", shell("Mijn account | De Dagkoerier", '<h1>Mijn account</h1><a href="/inloggen/">Log in</a> om je abonnement te beheren.'))
    s.non("/puzzels/", shell("Puzzels | De Dagkoerier", '<h1>Puzzels</h1><p>Kruiswoord, sudoku en de cryptogram van de dag.</p><a href="/">Home</a>'))
    s.non("/nieuwsbrieven/", shell("Nieuwsbrieven | De Dagkoerier", '<h1>Nieuwsbrieven</h1><p>Het ochtendbericht: elke werkdag om 6.00 uur.</p><a href="%s">Vandaag</a>' % A[1]["path"]))
    s.non("/colofon/", shell("Colofon | De Dagkoerier", '<h1>Colofon</h1><p>Hoofdredactie: Jan Willem de Boer</p>'))


# ------------------------------------------------------------------ 8 Norwegian regional, hard paywall (Schibsted-like)
def vestland():
    s = Site(8)
    A = [
        dict(path="/bergen/i/Qw8xLm/bybanen-til-aasane-blir-to-aar-forsinket", plus=True,
             title="Bybanen til Åsane blir to år forsinket",
             lead="Bybanen til Åsane blir ikke ferdig før tidligst i 2033. Det kommer fram i et notat fra Vestland fylkeskommune som BMP har fått innsyn i. "
                  "Forsinkelsen skyldes krevende grunnforhold ved Sandviken og en tvist med entreprenøren om tunnelen under Eidsvåg, og prisen for prosjektet har økt med nesten to milliarder kroner siden i fjor.",
             paras=[], by=["Kari Nordmann", "Ola Haugen"], iso="2025-03-03T18:24:00+01:00", shown="Publisert 03.03.2025 18:24", upd="Oppdatert 03.03.2025 19:02"),
        dict(path="/nyheter/i/Zr4tPa/ras-stengte-e16-ved-voss-i-natt", plus=False,
             title="Ras stengte E16 ved Voss i natt",
             lead="Et steinras stengte E16 mellom Voss og Dale natt til søndag. Ingen ble skadet.",
             paras=["Raset gikk like etter klokken to ved Bolstadøyri, og flere store steinblokker ble liggende i begge kjørefeltene.",
                    "Statens vegvesen sendte geologer til stedet i morgentimene for å vurdere om fjellsiden var stabil nok til at ryddearbeidet kunne starte.",
                    "Trafikken ble i mellomtiden sendt om Hardanger, en omvei på nesten to timer, og flere vogntog ble stående på Voss i påvente av at veien skulle åpne.",
                    "Veien ble åpnet for manuell dirigering klokken elleve søndag formiddag. Vegvesenet varsler at strekningen kan bli stengt igjen ved kraftig nedbør de neste dagene.",
                    "Det er tredje gang denne vinteren at E16 stenges på grunn av ras."],
             by=["Ingrid Solberg"], iso="2025-03-02T07:45:00+01:00", shown="Publisert 02.03.2025 07:45", upd=""),
        dict(path="/nyheter/i/Mn2vKe/lakseoppdretter-faar-millionbot-for-roemming", plus=True,
             title="Lakseoppdretter får millionbot for rømming",
             lead="Et oppdrettsselskap i Sunnhordland må betale 3,5 millioner kroner i overtredelsesgebyr etter at over 40.000 laks rømte fra et anlegg i Kvinnherad i fjor høst. "
                  "Fiskeridirektoratet mener selskapet visste at fortøyningene var slitt, men utsatte utskiftingen for å spare penger.",
             paras=[], by=["Erik Berg"], iso="2025-03-01T12:10:00+01:00", shown="Publisert 01.03.2025 12:10", upd=""),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="header"><a class="header__logo" href="/">Bergens Morgenpost</a><nav><a href="/bergen/">Bergen</a> <a href="/nyheter/">Nyheter</a> '
                '<a href="/spill/">Spill</a> <a href="/tjenester/nyhetsbrev/">Nyhetsbrev</a></nav><a href="/kundeservice/abonnement/">Kjøp abonnement</a> '
                '<a href="/login/">Logg inn</a></header><main>%s</main><footer><a href="/kundeservice/">Kundeservice</a> <a href="/om-bmp/">Om BMP</a> '
                '<a href="/e-avis/">eAvis</a></footer></body></html>') % (E(title), head, main)

    for a in A:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["lead"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in a["by"]], "isAccessibleForFree": not a["plus"]}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">%s' % (
            s.url(a["path"]), E(a["title"]), a["iso"], jl(ld))
        by = "".join('<li class="byline__author"><span class="byline__name">%s</span><span class="byline__role">Journalist</span></li>' % E(n) for n in a["by"])
        if a["plus"]:
            body = ('<div class="paywall-lock"><span class="paywall-lock__label">Kun for abonnenter</span><h2>Les hele saken med BMP+</h2>'
                    '<p>Få tilgang til alle artikler for 1 kr den første måneden.</p><a href="/kundeservice/abonnement/">Kjøp abonnement</a> '
                    '<p>Allerede abonnent? <a href="/login/">Logg inn</a></p></div>')
            badge = '<span class="premium-badge" aria-label="Kun for abonnenter">+</span>'
        else:
            body, badge = '<div class="article-body">%s</div>' % paras(a["paras"]), ""
        main = ('<article class="article"><header class="article-header">%s<h1 class="article-title">%s</h1><p class="article-lead">%s</p>'
                '<ul class="byline">%s</ul><div class="timestamps"><time datetime="%s">%s</time>%s</div></header>%s</article>'
                '<aside><h2>Mest lest</h2><ul>%s</ul></aside>') % (
            badge, E(a["title"]), E(a["lead"]), by, a["iso"], a["shown"], (' <span>%s</span>' % a["upd"]) if a["upd"] else "", body,
            lis([(b["path"], b["title"]) for b in A if b is not a]))
        # a free story's lead is a standfirst above the text; a locked one's lead is all the text there is
        must = a["paras"][-1:] if a["paras"] else [a["lead"].split(". ")[0] + "."]
        s.art(a["path"], shell("%s – Bergens Morgenpost" % a["title"], main, head), a["title"], a["iso"][:10], a["by"],
              instant=None, must=must, must_not=["Les hele saken med BMP+", "Mest lest"])
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Bergens Morgenpost – Nyheter fra Bergen og Vestland", '<ul>%s</ul>' % lis(links)))
    s.non("/bergen/", shell("Bergen – Bergens Morgenpost", '<h1>Bergen</h1><ul>%s</ul>' % lis(links[:1])))
    s.non("/nyheter/", shell("Nyheter – Bergens Morgenpost", '<h1>Nyheter</h1><ul>%s</ul>' % lis(links[1:])))
    s.non("/kundeservice/abonnement/", shell("Kjøp abonnement – Bergens Morgenpost", '<h1>Velg abonnement</h1><p>BMP+ Digital: 1 kr første måned, deretter 299 kr per måned.</p><a href="%s">Eksempel</a>' % A[0]["path"]))
    s.non("/login/", shell("Logg inn – Bergens Morgenpost", '<h1>Logg inn med Schibsted-konto</h1><form><input type="email"><button>Neste</button></form>'))
    s.non("/spill/", shell("Spill – Bergens Morgenpost", '<h1>Spill</h1><p>Kryssord, sudoku og ordjakt.</p><a href="/">Forsiden</a>'))
    s.non("/tjenester/nyhetsbrev/", shell("Nyhetsbrev – Bergens Morgenpost", '<h1>Nyhetsbrev</h1><p>Morgenbrevet hver dag kl. 06.</p><a href="%s">I dag</a>' % A[1]["path"]))
    s.non("/e-avis/", shell("eAvis – Bergens Morgenpost", '<h1>eAvis</h1><p>Les dagens papiravis digitalt.</p><a href="/kundeservice/abonnement/">Abonnement</a>'))
    s.non("/kundeservice/", shell("Kundeservice – Bergens Morgenpost", '<h1>Kundeservice</h1><p>Telefon 55 21 40 00</p>'))
    s.non("/om-bmp/", shell("Om BMP – Bergens Morgenpost", '<h1>Om Bergens Morgenpost</h1><p>Ansvarlig redaktør: Hilde Vik</p>'))


# ------------------------------------------------------------------ 9 Japanese national daily (有料会員限定)
def toto():
    s = Site(9)
    A = [
        dict(path="/articles/ASS3373QJS33OXIE012M.html", sec=("社会", "/national/"), paid=True, rest=1680,
             title="築地市場跡地の再開発計画を正式決定　東京都、2030年代前半の開業目指す",
             by=["佐藤健一", "中村美咲"], iso="2025-03-03T18:24:00+09:00", shown="2025年3月3日 18時24分", inst="2025-03-03T09:24",
             paras=["東京都は3日、築地市場跡地の再開発について、大型の多目的スタジアムを中心とする計画を正式に決定したと発表した。事業者には大手不動産会社などで作る企業連合が選ばれた。",
                    "計画では、約19ヘクタールの敷地に5万人規模を収容できるスタジアムのほか、ホテルやオフィス、緑地を整備する。都は2030年代前半の開業を目指しており、総事業費は約9千億円に上る見通しだ。",
                    "一方、築地の場外市場で営業を続ける店主らからは、工事期間中の交通規制や観光客の減少を心配する声も上がっている。",
                    "都は今月中に地元向けの説明会を開く予定だ。"], visible=2),
        dict(path="/articles/ASS3272BKS32UTIL003M.html", sec=("社会", "/national/"), paid=False, rest=0,
             title="北陸新幹線、大雪で一部区間の運転見合わせ",
             by=["石川由美"], iso="2025-03-02T07:05:00+09:00", shown="2025年3月2日 7時05分", inst="2025-03-01T22:05",
             paras=["北陸地方を中心に降り続いた大雪の影響で、JR東日本と西日本は2日朝、北陸新幹線の長野―金沢間で始発から運転を見合わせた。",
                    "気象庁によると、富山県や石川県の山沿いでは1日夜から2日朝にかけての12時間で40センチを超える降雪を観測した。線路の除雪作業が続いており、運転再開の見通しは立っていない。",
                    "金沢駅では切符の払い戻しを求める人たちで窓口に長い列ができた。東京に向かう予定だったという会社員の男性は「仕事に間に合うか分からない」と困った様子だった。",
                    "気象庁は3日にかけても大雪や路面の凍結に警戒するよう呼びかけている。"], visible=99),
        dict(path="/articles/ASS3400ABS33PLFA005M.html", sec=("経済", "/business/"), paid=True, rest=1320,
             title="万博開幕まで40日　前売り券の販売伸び悩み、目標の6割",
             by=["高橋亮"], iso="2025-03-04T00:30:00+09:00", shown="2025年3月4日 0時30分", inst="2025-03-03T15:30",
             paras=["大阪・関西万博の開幕まで40日となったが、前売り入場券の販売は目標の約6割にとどまっている。日本国際博覧会協会が3日夜、最新の販売状況を明らかにした。",
                    "協会は開幕までに1400万枚の販売を目標としているが、2月末時点の販売数は約830万枚だった。企業による購入が大半を占め、個人向けの販売が伸び悩んでいる。",
                    "協会は今後、子ども向けの割引や平日限定の安い券の販売に力を入れる方針だ。",
                    "会場の建設は一部の海外パビリオンで遅れが出ている。"], visible=2),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="l-header"><a class="l-header__logo" href="/">東都新聞デジタル</a><nav><a href="/national/">社会</a> <a href="/business/">経済</a> '
                '<a href="/puzzle/">パズル</a> <a href="/newsletter/">ニュースレター</a></nav><a href="/info/course/">有料会員登録</a> <a href="/login/">ログイン</a></header>'
                '<main>%s</main><footer><a href="/company/">会社案内</a> <a href="/shimen/">紙面ビューアー</a></footer></body></html>') % (E(title), head, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in a["by"]], "isAccessibleForFree": not a["paid"],
              "publisher": {"@type": "Organization", "name": "東都新聞"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        body = '<div class="nfyQp">%s</div>' % paras(vis)
        if a["paid"]:
            body += ('<div class="paywall"><p class="paywall__rest">この記事は有料記事です。残り%d文字有料会員になると続きをお読みいただけます。</p>'
                     '<a href="/info/course/">有料会員登録はこちら</a> <a href="/login/">ログインする</a></div>') % a["rest"]
        label = '<span class="label--paid">有料会員限定</span>' if a["paid"] else ""
        by = "".join('<a class="author" href="/reporter/%d/">%s</a>' % (i, E(n)) for i, n in enumerate(a["by"], 1))
        main = ('<article><div class="article__header"><a class="article__genre" href="%s">%s</a>%s<h1 class="article__title">%s</h1>'
                '<div class="article__meta"><span class="article__authors">%s</span><time datetime="%s">%s</time></div></div>%s'
                '<div class="article__related"><h2>関連ニュース</h2><ul>%s</ul></div></article>') % (
            a["sec"][1], a["sec"][0], label, E(a["title"]), by, a["iso"], a["shown"], body, lis([(b["path"], b["title"]) for b in A if b is not a]))
        s.art(a["path"], shell("%s：東都新聞デジタル" % a["title"], main, head), a["title"], a["iso"][:10], a["by"], instant=a["inst"],
              must=[vis[0], vis[-1]], must_not=["有料会員になると続きをお読みいただけます", "関連ニュース"])
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("東都新聞デジタル：ニュース速報", '<ul>%s</ul>' % lis(links)))
    s.non("/national/", shell("社会ニュース：東都新聞デジタル", '<h1>社会</h1><ul>%s</ul>' % lis(links[:2])))
    s.non("/business/", shell("経済ニュース：東都新聞デジタル", '<h1>経済</h1><ul>%s</ul>' % lis(links[2:])))
    for i, (n, k) in enumerate((("佐藤健一", 0), ("中村美咲", 0), ("石川由美", 1)), 1):
        s.non("/reporter/%d/" % i, shell("%s：東都新聞デジタル" % n, '<h1>%s</h1><p>記者</p><ul>%s</ul>' % (E(n), lis([links[k]]))))
    s.non("/info/course/", shell("有料会員のご案内：東都新聞デジタル", '<h1>有料会員のご案内</h1><p>スタンダードコース 月額1980円（税込み）。初月無料。</p><a href="%s">有料記事の例</a>' % A[0]["path"]))
    s.non("/login/", shell("ログイン：東都新聞デジタル", '<h1>ログイン</h1><form><input type="email"><button>次へ</button></form>'))
    s.non("/puzzle/", shell("パズル：東都新聞デジタル", '<h1>パズル</h1><p>クロスワードと数独を毎日更新。</p><a href="/">トップ</a>'))
    s.non("/newsletter/", shell("ニュースレター：東都新聞デジタル", '<h1>ニュースレター</h1><p>朝刊の主な記事を毎朝お届けします。</p><a href="%s">今日の記事</a>' % A[1]["path"]))
    s.non("/shimen/", shell("紙面ビューアー：東都新聞デジタル", '<h1>紙面ビューアー</h1><p>朝刊・夕刊を紙面そのままのイメージで読めます。</p><a href="/info/course/">有料会員登録</a>'))
    s.non("/company/", shell("会社案内：東都新聞", '<h1>会社案内</h1><p>東京都中央区</p>'))


# ------------------------------------------------------------------ 10 Indian national daily (The-Hindu-like, premium)
def ledger():
    s = Site(10)
    A = [
        dict(path="/news/cities/bengaluru/bengaluru-civic-body-to-levy-garbage-cess-on-commercial-establishments/article69281734.ece", premium=True,
             title="Bengaluru civic body to levy garbage cess on commercial establishments",
             sub="Hotels, malls and offices will pay according to the floor area they occupy, from April 1",
             by=[("Sanjana Rao", "/profile/author/sanjana-rao-18211/")], place="BENGALURU",
             shown="Published - March 03, 2025 06:24 pm IST", upd="Updated - March 03, 2025 07:02 pm IST", iso="2025-03-03T18:24:00+05:30", inst="2025-03-03T12:54",
             paras=["The Bruhat Bengaluru Mahanagara Palike (BBMP) will levy a solid waste management cess on commercial establishments from April 1, its chief commissioner announced on Monday.",
                    "Hotels, malls, hospitals and offices will be charged according to their floor area, with the smallest shops paying ₹200 a month and large malls up to ₹50,000, and the civic body expects to raise about ₹600 crore a year.",
                    "Traders' associations said the cess would add to the burden of the property tax revision that came into force last year.",
                    "The BBMP said the money would be used to set up four new waste processing plants on the outskirts of the city."], visible=2),
        dict(path="/news/national/tamil-nadu/heavy-rain-lashes-chennai-schools-shut-in-three-districts/article69276120.ece", premium=False,
             title="Heavy rain lashes Chennai; schools shut in three districts",
             sub="The Regional Meteorological Centre has forecast more rain till Tuesday",
             by=[("The Deccan Ledger Bureau", None)], place="CHENNAI",
             shown="Published - March 02, 2025 08:10 am IST", upd="", iso="2025-03-02T08:10:00+05:30", inst="2025-03-02T02:40",
             paras=["Chennai and its neighbouring districts received heavy rain overnight, leaving several low-lying areas waterlogged on Sunday morning.",
                    "Nungambakkam recorded 11 cm of rain in the 24 hours ending 8.30 a.m., the highest for the month of March in more than a decade, according to the Regional Meteorological Centre.",
                    "The district administrations of Chennai, Tiruvallur and Chengalpattu declared a holiday for schools on Monday as a precaution, and the Greater Chennai Corporation deployed motor pumps to clear water from subways.",
                    "Suburban train services ran with delays of up to 20 minutes because of waterlogging near Egmore.",
                    "The Met centre has forecast moderate rain in coastal districts till Tuesday."], visible=99),
        dict(path="/news/national/why-do-onion-prices-swing-every-winter-explained/article69270455.ece", premium=True,
             title="Why do onion prices swing every winter? | Explained",
             sub="How do late rains in Maharashtra, export curbs and storage losses combine to push up prices at the retail end?",
             by=[("Arjun Menon", "/profile/author/arjun-menon-3321/"), ("Kavya Iyer", "/profile/author/kavya-iyer-4410/")], place="",
             shown="Published - March 01, 2025 11:45 pm IST", upd="", iso="2025-03-01T23:45:00+05:30", inst="2025-03-01T18:15",
             paras=["The story so far: Retail onion prices in Delhi and Mumbai crossed ₹70 a kilogram in the last week of February, nearly double what they were in November.",
                    "Why does this happen every year? Most of India's onion crop is harvested in three seasons, and the kharif crop that reaches markets in winter is the smallest and the most exposed to late rain, which this year damaged fields in Nashik and Ahmednagar just before harvest.",
                    "What has the government done? It has released onions from the buffer stock and kept a minimum export price in place.",
                    "What lies ahead? Prices are expected to ease when the rabi crop arrives in April."], visible=2),
    ]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="header"><a class="logo" href="/">The Deccan Ledger</a><nav class="menu"><a href="/news/national/">India</a> '
                '<a href="/news/cities/bengaluru/">Bengaluru</a> <a href="/premium/">Premium</a> <a href="/crossword/">Crossword</a> <a href="/e-paper/">ePaper</a></nav>'
                '<a class="subscribe" href="/subscription/">Subscribe</a> <a href="/myaccount/">Account</a></header><main>%s</main>'
                '<footer><a href="/contact-us/">Contact us</a> <a href="/newsletters/">Newsletters</a></footer></body></html>') % (E(title), head, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        names = [n for n, _ in a["by"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in names], "isAccessibleForFree": "False" if a["premium"] else "True",
              "publisher": {"@type": "Organization", "name": "The Deccan Ledger"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        body = paras(vis)
        if a["premium"]:
            body += ('<div id="premium-paywall" class="paywall"><p>This is a Premium article available exclusively to our subscribers. '
                     'To read 250+ such premium articles every month</p><a href="/subscription/">Subscribe now</a> '
                     '<p>You have exhausted your free article limit. Already have an account? <a href="/myaccount/">Sign in</a></p></div>')
        auth = " , ".join(('<a class="person-name lnk" href="%s">%s</a>' % (p, E(n))) if p else '<span class="person-name">%s</span>' % E(n) for n, p in a["by"])
        badge = '<div class="premium-tag"><span class="premium-icon"></span>Premium</div>' if a["premium"] else ""
        main = ('<div class="article-section">%s<h1 class="title">%s</h1><h2 class="sub-title">%s</h2><div class="author-name">%s</div>'
                '<p class="publish-time-new">%s%s</p>%s<div class="articlebodycontent">%s</div>'
                '<div class="related-topics">Related Topics <a href="/topic/weather/">weather</a></div></div>'
                '<div class="also-read"><h3>Also Read</h3><ul>%s</ul></div>') % (
            badge, E(a["title"]), E(a["sub"]), auth, a["shown"], (" - " + a["place"]) if a["place"] else "",
            ('<p class="update-time">%s</p>' % a["upd"]) if a["upd"] else "", body, lis([(b["path"], b["title"]) for b in A if b is not a]))
        s.art(a["path"], shell("%s - The Deccan Ledger" % a["title"], main, head), a["title"], a["iso"][:10], names, instant=a["inst"],
              must=[vis[0], vis[-1]], must_not=["This is a Premium article", "Also Read"])
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Deccan Ledger: Latest News, India News", '<ul>%s</ul>' % lis(links)))
    s.non("/news/national/", shell("India News - The Deccan Ledger", '<h1>India</h1><ul>%s</ul>' % lis(links[1:])))
    s.non("/news/cities/bengaluru/", shell("Bengaluru News - The Deccan Ledger", '<h1>Bengaluru</h1><ul>%s</ul>' % lis(links[:1])))
    s.non("/premium/", shell("Premium Articles - The Deccan Ledger", '<h1>Premium</h1><ul>%s</ul>' % lis([links[0], links[2]])))
    s.non("/topic/weather/", shell("weather - The Deccan Ledger", '<h1>weather</h1><ul>%s</ul>' % lis(links[1:2])))
    for slug, n, i in (("sanjana-rao-18211", "Sanjana Rao", 0), ("arjun-menon-3321", "Arjun Menon", 2), ("kavya-iyer-4410", "Kavya Iyer", 2)):
        s.non("/profile/author/%s/" % slug, shell("%s - The Deccan Ledger" % n, '<h1>%s</h1><p>Correspondent</p><ul>%s</ul>' % (E(n), lis([links[i]]))))
    s.non("/subscription/", shell("Subscribe - The Deccan Ledger", '<h1>Subscription plans</h1><p>Digital: ₹199 a month. Premium + ePaper: ₹2,999 a year.</p><a href="/premium/">Premium articles</a>'))
    s.non("/myaccount/", shell("My Account - The Deccan Ledger", '<h1>Sign in</h1><form><input type="email"><button>Continue</button></form>'))
    s.non("/crossword/", shell("Crossword - The Deccan Ledger", '<h1>The Deccan Ledger Crossword</h1><p>Crossword No. 14,211</p><a href="/subscription/">Subscribe</a>'))
    s.non("/e-paper/", shell("ePaper - The Deccan Ledger", '<h1>ePaper</h1><p>Read the print edition. Choose edition: Bengaluru, Chennai, Hyderabad.</p><a href="/subscription/">Subscribe</a>'))
    s.non("/newsletters/", shell("Newsletters - The Deccan Ledger", '<h1>Newsletters</h1><p>Today\'s Cache, The View From India.</p><a href="%s">Latest</a>' % A[1]["path"]))
    s.non("/contact-us/", shell("Contact us - The Deccan Ledger", '<h1>Contact us</h1><p>Kasturi Buildings, Chennai</p>'))


# ------------------------------------------------------------------ 11 US regional with an e-edition (BLOX-like site, Tecnavia-like replica)
def valley():
    s = Site(11)
    A = [
        dict(path="/news/local/county-approves-18-million-levee-repair-along-cedar-river/article_4e1c2a7e-f86a-11ef-9b1d-0b5a1e2f3c4d.html", sub_only=True,
             title="County approves $18 million levee repair along Cedar River", print_title="Levee repair gets green light", page="A1", n=1,
             by=[("Jane Kowalski", "jkowalski")], iso="2025-03-03T18:24:00-06:00", shown="Mar 3, 2025", inst="2025-03-04T00:24",
             paras=["Linn Valley supervisors on Monday approved an $18 million plan to rebuild two miles of levee along the Cedar River, three years after floodwater breached the earthen wall and swamped the Time Check neighborhood.",
                    "The county will pay about a quarter of the cost, with the rest coming from a federal hazard mitigation grant that must be spent by the end of 2027.",
                    "Work is expected to begin in August, once the spring flood season has passed, and will close the river trail between 8th and 16th avenues for most of a year.",
                    "Supervisor Gail Mercer, who cast the only no vote, said the county should have first bought out the homes that flood most often."], visible=2),
        dict(path="/news/local/education/cedar-falls-eighth-grader-wins-state-spelling-bee/article_7a9d3b11-f7c2-11ef-8e44-5f0c7a1b2d3e.html", sub_only=False,
             title="Cedar Falls eighth-grader wins state spelling bee", print_title="Spelled to victory", page="A3", n=2,
             by=[("Marcus Lind", "mlind")], iso="2025-03-02T15:10:00-06:00", shown="Mar 2, 2025", inst="2025-03-02T21:10",
             paras=["Priya Natarajan had never heard the word before she stepped to the microphone, but she asked for its language of origin, worked it out letter by letter and spelled \"sesquipedalian\" correctly to win the state spelling bee on Saturday.",
                    "The Holmes Junior High eighth-grader outlasted 46 other spellers over eleven rounds at the university auditorium in Cedar Falls.",
                    "Her win earns her a trip to the national bee near Washington in May, where she finished in the second round two years ago.",
                    "She said she studies for about an hour every night with her grandmother, who quizzes her from a stack of index cards on the kitchen table.",
                    "Runner-up Ethan Brandt of Waterloo missed on \"chiaroscuro\" in the tenth round."], visible=99),
        dict(path="/news/local/government/snowplow-budget-runs-dry-with-a-month-of-winter-left/article_2b6f0c55-f6f1-11ef-a3c2-1d9e8f7a6b5c.html", sub_only=False,
             title="Snowplow budget runs dry with a month of winter left", print_title="City's snow budget spent", page="A6", n=3,
             by=[("Jane Kowalski", "jkowalski"), ("Ray Hollis", "rhollis")], iso="2025-03-01T11:30:00-06:00", shown="Mar 1, 2025", inst="2025-03-01T17:30",
             paras=["The city has already spent its entire $2.4 million snow removal budget for the winter, and the public works director warned the council on Friday that March storms will have to be paid for out of reserves.",
                    "Crews have plowed the city 23 times since November, compared with an average of 15, and the city has used nearly 9,000 tons of road salt.",
                    "Council members voted to move $600,000 from the street repair fund to keep plows running, which means some summer resurfacing projects will be pushed back a year.",
                    "Public Works Director Tom Raines said the department would also stop plowing alleys except in emergencies.",
                    "The council will review the winter budget formula in the spring."], visible=99),
    ]

    def shell(title, main, head="", cls="asset"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="generator" content="BLOX CMS">%s</head><body class="%s">'
                '<header id="site-header"><a class="logo" href="/">The Valley Herald</a><nav id="main-nav"><a href="/news/local/">Local</a> '
                '<a href="/eedition/">e-Edition</a> <a href="/puzzles/">Puzzles</a> <a href="/newsletters/">Newsletters</a></nav>'
                '<a href="/users/signup/?referer_url=/">Subscribe</a> <a href="/users/login/?referer_url=/">Log In</a></header>'
                '<main id="main-page-container">%s</main><footer><a href="/site/contact.html">Contact</a> <a href="/site/about.html">About us</a></footer></body></html>') % (E(title), head, cls, main)

    for a in A:
        vis = a["paras"][:a["visible"]]
        names = [n for n, _ in a["by"]]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in names], "isAccessibleForFree": not a["sub_only"]}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        by = "".join('<span class="tnt-byline">By <a href="/users/profile/%s/">%s</a> <a class="tnt-user-email" href="mailto:%s@valleyherald.example">%s@valleyherald.example</a></span> ' % (u, E(n), u, u) for n, u in a["by"])
        body = '<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">%s</div>' % paras(vis)
        if a["sub_only"]:
            body += ('<div class="subscription-required"><h4>Subscribe to continue reading</h4><p>Only $3 for 3 months. Unlimited digital access and the e-Edition.</p>'
                     '<a href="/users/signup/?referer_url=/">Subscribe</a> <a href="/users/login/?referer_url=/">Already a subscriber? Log in</a></div>')
        main = ('<article class="asset"><div class="asset-header"><h1 class="headline"><span class="tnt-headline">%s</span></h1>'
                '<ul class="list-inline"><li>%s</li><li><time datetime="%s">%s</time></li></ul></div>%s'
                '<p class="asset-print">This article appeared in the print edition on page <a href="/eedition/2025-03-03/page/%s/">%s</a>.</p></article>'
                '<div class="related-content"><h3>Related to this story</h3><ul>%s</ul></div>') % (
            E(a["title"]), by, a["iso"], a["shown"], body, a["page"], a["page"], lis([(b["path"], b["title"]) for b in A if b is not a]))
        s.art(a["path"], shell("%s | Local News | valleyherald.example" % a["title"], main, head), a["title"], a["iso"][:10], names, instant=a["inst"],
              must=[vis[0], vis[-1]], must_not=["Subscribe to continue reading", "@valleyherald.example", "Related to this story"])
    # the e-Edition: a print replica, page views and one text view per print story - none of them stories
    ed = "/eedition/2025-03-03"
    pages = {"A1": [A[0]], "A3": [A[1]], "A6": [A[2], A[0]]}

    def rep(title, main):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width"></head>'
                '<body class="tecnavia-eedition"><div id="toolbar"><a href="/eedition/">Editions</a> <a href="%s/page/A1/">A1</a> <a href="%s/page/A3/">A3</a> '
                '<a href="%s/page/A6/">A6</a> <a href="/">valleyherald.example</a></div><div id="viewer">%s</div></body></html>') % (E(title), ed, ed, ed, main)
    for pg, arts in pages.items():
        spots = "".join('<a class="hotspot" href="%s/page/%s/article/%d/" style="top:%d%%">%s</a>' % (ed, pg, b["n"], 10 + 30 * i, E(b["print_title"])) for i, b in enumerate(arts))
        s.non("%s/page/%s/" % (ed, pg), rep("The Valley Herald e-Edition | Mar 3, 2025 | Page %s" % pg,
              '<div class="page"><img src="/eedition/img/2025-03-03-%s.jpg" alt="Page %s"><div class="hotspots">%s</div></div>' % (pg, pg, spots)))
        for b in arts:
            text = b["paras"] if pg != "A6" or b is A[2] else b["paras"][2:]
            jump = '<p class="jump">See LEVEE, Page A6</p>' if (b is A[0] and pg == "A1") else ""
            head = "LEVEE From Page A1" if (b is A[0] and pg == "A6") else ""
            if b is A[0] and pg == "A1":
                text = b["paras"][:2]
            s.non("%s/page/%s/article/%d/" % (ed, pg, b["n"]), rep("%s - The Valley Herald - Page %s" % (b["print_title"], pg),
                  '<article class="text-view"><div class="section">The Valley Herald · 3 Mar 2025 · %s</div><p class="kicker">%s</p><h1>%s</h1>'
                  '<p class="byline">BY %s Staff Writer</p>%s%s<a class="back" href="%s/page/%s/">Back to page</a></article>' % (
                      pg, head, E(b["print_title"]), " AND ".join(n.upper() for n, _ in b["by"]), paras(text), jump, ed, pg)))
    s.non("/eedition/", rep("The Valley Herald e-Edition", '<h1>e-Edition</h1><ul>%s</ul>' % lis([(ed + "/page/A1/", "Monday, March 3, 2025")])))
    links = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Valley Herald | Local news from Linn Valley", '<div class="block-title">Top stories</div><ul>%s</ul>' % lis(links + [("/eedition/", "Today's e-Edition")]), cls="index"))
    s.non("/news/local/", shell("Local News | valleyherald.example", '<h1>Local News</h1><ul>%s</ul>' % lis(links), cls="index"))
    for u, n, i in (("jkowalski", "Jane Kowalski", 0), ("mlind", "Marcus Lind", 1), ("rhollis", "Ray Hollis", 2)):
        s.non("/users/profile/%s/" % u, shell("%s | valleyherald.example" % n, '<div class="user-profile"><h1>%s</h1><p>Staff Writer</p><ul>%s</ul></div>' % (E(n), lis([links[i]])), cls="user"))
    s.non("/users/signup/", shell("Subscribe | valleyherald.example", '<h1>Subscribe</h1><p>Digital: $3 for 3 months. Print + Digital: $6.99 a week. Includes the e-Edition.</p><a href="/eedition/">e-Edition</a>', cls="user"))
    s.non("/users/login/", shell("Log In | valleyherald.example", '<h1>Log In</h1><form><input type="email"><input type="password"><button>Log In</button></form>', cls="user"))
    s.non("/puzzles/", shell("Puzzles | valleyherald.example", '<h1>Puzzles</h1><p>Crossword, Sudoku, Jumble.</p><a href="/">Home</a>', cls="index"))
    s.non("/newsletters/", shell("Newsletters | valleyherald.example", '<h1>Newsletters</h1><p>Headlines: top stories every morning.</p><a href="%s">Today</a>' % A[0]["path"], cls="index"))
    s.non("/site/contact.html", shell("Contact | valleyherald.example", '<h1>Contact</h1><p>500 Third Ave SE</p>', cls="page"))
    s.non("/site/about.html", shell("About us | valleyherald.example", '<h1>About us</h1><p>Serving Linn Valley since 1883.</p>', cls="page"))


BUILDERS = [harbor, albion, kurier, horizon, tribuna, meridiano, dagkoerier, vestland, toto, ledger, valley]
for build in BUILDERS:
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
