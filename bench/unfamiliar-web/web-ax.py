"""Web ax: trade press, science news and institutional newsrooms. Twelve
sites in English, German, French and Dutch, each on its own template.

A EurekAlert-like release wire ("NEWS RELEASE 3-MAR-2025", "Peer-Reviewed
Publication", the institution as source, an "Article Publication Date" of
the paper days earlier, a media-contact block; unsigned releases except one
whose text opens "By Jana Weiss"), a Drupal university newsroom (metatag
article:published_time in Drupal's "Tue, 03/04/2025 - 09:30" format, "By X,
Office of Communications", "Story by X; photos by Y", a Q&A signed by the
communications office), a hospital newsroom (US 03/05/2025 dates, "Written
by" plus "Medically reviewed by ... MD", a press release with a CONTACT
block, a physician's column "By Nadia Farouk, MD"), a Law360-like law
journal ("March 5, 2025, 4:12 PM EST" bylines, a guest commentary with a
disclaimer bio), a WordPress/Yoast packaging-logistics magazine (meta author
and Yoast Person = the WordPress user "webeditor", visible "By X, Senior
Editor"; a contributed piece by a VP), a UK farming weekly (today's date in
the masthead, "Published: 10:30, 04 March 2025 | Updated: ...", a market
report signed by a desk), an energy trade site ("Mar 6, 2025 8:30 AM CST"
and one after the DST switch in CDT, two authors with "&"), a Vogel-like
German Fachzeitschrift (kicker inside the h1, "Autor / Redakteur: A / B"),
a Le Moniteur-like French weekly ("Publié le 04/03/2025 à 11h20 | Mis à jour
le ...", JSON-LD author = the paper), a Dutch vakblad ("Tekst: A | Beeld: B",
"Door Redactie"), a maritime site ("04 Mar 2025 | 09:41 UTC", "Capt."), and
an Automotive-News-like site (byline only in an author card at the foot).

Non-articles: home, sections, tags, authors, events, webinars, whitepapers,
jobs, directory entries, products, issues, subscribe, media kit, about.
Crawled with /tmp/newsroom: titles 36/36, dates 36/36, authors 28/36 (role
tails, "Peer-Reviewed Publication", desks kept, "Autor / Redakteur" read as
the editor, "Capt." byline dropped), 2 of 165 non-articles (event pages)."""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18128
E = html.escape
TODAY = datetime.date.today()
truth = {"articles": [], "nonarticles": []}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def paras(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def text(ps, seed):
    """The story's paragraphs plus one shuffled from them, to reach length."""
    return list(ps) + [shuffled(" ".join(ps[:2]), seed)]


class Site:
    def __init__(self, n, name, lang):
        self.host = "127.0.5.%d" % n
        self.name, self.lang = name, lang
        self.links = []
        self.arts = []

    def url(self, p):
        return U(self.host, p)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None, link=True):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.arts.append(a)
        if link:
            self.links.append((path, title))

    def non(self, path, doc, label=None):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        if label:
            self.links.append((path, label))

    def raw(self, path, doc):
        write_page(OUT, self.host, path, doc)

    def rss(self, path):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
            E(a["title"]), E(a["url"]), datetime.datetime.strptime(a["date"], "%Y-%m-%d").strftime("%a, %d %b %Y 12:00:00 GMT")) for a in self.arts)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
            E(self.name), self.url("/"), items))

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(a["url"]), a["date"]) for a in self.arts)
        self.raw("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.raw("/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))


def teaserlist(links, cls="teaser"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in links)


# =====================================================================
# 1. ScienceWire - a EurekAlert-like release wire
# =====================================================================
S1 = Site(1, "ScienceWire", "en")
S1NAV = [("/news-releases/browse/all/all", "Latest News Releases"), ("/news-releases/browse/subject/agriculture", "Agriculture"),
         ("/news-releases/browse/subject/medicine", "Medicine"), ("/events", "Events"), ("/institutions", "Institutions"), ("/about", "About")]


def s1_shell(title, inner, head=""):
    nav = teaserlist(S1NAV, "menu-item")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | ScienceWire</title>%s'
            '<link rel="alternate" type="application/rss+xml" href="/rss/allnews.xml"></head><body class="sw">'
            '<div id="header"><a href="/" class="logo">ScienceWire<span>The Global Source for Science News</span></a>'
            '<ul class="main-menu">%s</ul><a class="login" href="/reporters/register">Reporter login</a></div>'
            '<div class="main-content">%s</div><div id="footer"><p>Copyright &copy; 2025 by the Science Society</p>'
            '<ul>%s<li><a href="/privacy">Privacy</a></li></ul></div></body></html>') % (E(title), head, nav, inner, nav)


def s1_release(rid, title, subtitle, kind, inst, date_caps, ps, journal, doi, pubdate, contact, subject, byline=""):
    path = "/news-releases/%d" % rid
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
            '<meta property="og:site_name" content="ScienceWire">') % (E(subtitle), E(title))
    entry = ("<p><strong>%s</strong></p>" % E(byline) if byline else "") + paras(ps)
    inner = ('<section class="article-wrapper"><article><p class="release_date">NEWS RELEASE %s</p>'
             '<h1 class="page_title">%s</h1><h2 class="subtitle">%s</h2>'
             '<div class="meta"><p class="type">%s</p><p class="meta_institute"><a href="/institutions/%s">%s</a></p></div>'
             '<div class="entry">%s</div>'
             '<div class="article_info"><h3>Journal</h3><p>%s</p><h3>DOI</h3><p>%s</p><h3>Method of Research</h3><p>Experimental study</p>'
             '<h3>Subject of Research</h3><p>Not applicable</p><h3>Article Publication Date</h3><p>%s</p>'
             '<h3>COI Statement</h3><p>The authors declare no competing interests.</p></div>'
             '<p class="disclaimer"><strong>Disclaimer:</strong> ScienceWire is not responsible for the accuracy of news releases posted to ScienceWire by contributing institutions or for the use of any information through the ScienceWire system.</p>'
             '</article><aside class="contact"><h3>Media Contact</h3><p class="name">%s</p><p>%s</p><p><a href="mailto:press@example.org">press@example.org</a></p><p>Office: +44 113 343 4031</p>'
             '<h3>Keywords</h3><ul><li><a href="/news-releases/browse/subject/%s">%s</a></li></ul></aside></section>') % (
        E(date_caps), E(title), E(subtitle), E(kind), inst.lower().replace(" ", "-"), E(inst.upper()), entry, E(journal), E(doi), E(pubdate),
        E(contact), E(inst), subject, subject.title())
    return path, s1_shell(title, inner, head)


p = ["Wheat plants that share their roots with a common soil fungus lose far less yield in a dry spring, according to a three-year field trial led by plant scientists at the University of Leeds.",
     "The team grew two winter wheat varieties on plots that had been either inoculated with the fungus or left untreated, and then withheld irrigation for six weeks after flowering.",
     "Inoculated plants kept their leaves green for eleven days longer and produced on average 14 percent more grain than untreated plants, the researchers report.",
     "\u201cThe fungus acts almost like an extension of the root system, reaching water the plant cannot reach on its own,\u201d said Dr Aisha Rahman, who led the study."]
path, doc = s1_release(1071234, "Soil fungi help wheat hold on to its yield in drought", "Three-year field trial finds inoculated plants stay green eleven days longer",
                       "Peer-Reviewed Publication", "University of Leeds", "3-MAR-2025", text(p, 101), "Nature Plants", "10.1038/s41477-025-01902-x", "27-Feb-2025",
                       "Rosalind Pike", "agriculture")
S1.art(path, doc, "Soil fungi help wheat hold on to its yield in drought", "2025-03-03", [],
       must=["Inoculated plants kept their leaves green for eleven days longer"], must_not=["ScienceWire is not responsible for the accuracy"])

p = ["A blood test that measures three proteins can flag early kidney damage in people with type 2 diabetes up to four years before standard tests, researchers at Karolinska Institutet have found.",
     "The study followed 2,300 patients in Stockholm county and compared the new panel with the urine albumin test that doctors use today.",
     "Patients whose panel score was in the top fifth were five times more likely to lose kidney function during follow-up, even when their urine results were normal.",
     "The researchers caution that the test must now be validated in more diverse populations before it can be used in clinics."]
path, doc = s1_release(1071502, "Three-protein blood test spots diabetic kidney damage years earlier", "Panel outperformed the urine albumin test in 2,300 patients",
                       "Peer-Reviewed Publication", "Karolinska Institutet", "5-MAR-2025", text(p, 102), "The Lancet Diabetes & Endocrinology", "10.1016/S2213-8587(25)00031-4",
                       "4-Mar-2025", "Johan Ekberg", "medicine")
S1.art(path, doc, "Three-protein blood test spots diabetic kidney damage years earlier", "2025-03-05", [],
       must=["The study followed 2,300 patients in Stockholm county"])

p = ["Honeybee colonies placed next to flowering field margins raised more brood and lost fewer workers over winter than colonies beside plain cereal fields, a study from Wageningen University & Research shows.",
     "Over two seasons, the researchers weighed 48 hives every fortnight and counted the brood cells in each colony in early spring.",
     "Colonies next to the margins were on average a third heavier in autumn, and their winter losses fell from 22 to 9 percent.",
     "The findings support the flower-strip payments in the Dutch agricultural scheme, the authors write, but the strips need to bloom until late summer to help."]
path, doc = s1_release(1071688, "Flower strips help honeybee colonies survive the winter", "Hives beside field margins were a third heavier in autumn",
                       "Peer-Reviewed Publication", "Wageningen University & Research", "6-MAR-2025", text(p, 103), "Journal of Applied Ecology",
                       "10.1111/1365-2664.14788", "26-Feb-2025", "Marloes de Boer", "agriculture", byline="By Jana Weiss")
S1.art(path, doc, "Flower strips help honeybee colonies survive the winter", "2025-03-06", ["Jana Weiss"],
       must=["Colonies next to the margins were on average a third heavier in autumn"])

rel_list = teaserlist([(a["url"].split(str(PORT))[1], a["title"]) for a in S1.arts])
S1.non("/news-releases/browse/all/all", s1_shell("Latest News Releases", '<h1>Latest News Releases</h1><ul class="releases">%s</ul><p class="pager"><a href="/news-releases/browse/all/all?page=2">Next</a></p>' % rel_list), "Latest News Releases")
S1.non("/news-releases/browse/subject/agriculture", s1_shell("Agriculture", '<h1>Agriculture</h1><p>News releases tagged Agriculture.</p><ul class="releases">%s</ul>' % teaserlist([(S1.links[0][0], S1.links[0][1]), (S1.links[2][0], S1.links[2][1])])))
S1.non("/news-releases/browse/subject/medicine", s1_shell("Medicine", '<h1>Medicine</h1><ul class="releases">%s</ul>' % teaserlist([S1.links[1]])))
S1.non("/events", s1_shell("Events", '<h1>Upcoming Events</h1><ul class="events"><li><a href="/events/1843">AAAS Annual Meeting 2025: press registration</a> <span class="date">13-FEB-2025 to 15-FEB-2025</span></li><li>World Soil Day briefing <span class="date">5-DEC-2025</span></li></ul>'), "Events")
S1.non("/events/1843", s1_shell("AAAS Annual Meeting 2025: press registration", '<article class="event"><p class="event-date">13-FEB-2025 to 15-FEB-2025</p><h1>AAAS Annual Meeting 2025: press registration</h1><p class="location">Boston, Massachusetts</p><p>Registered reporters may attend all sessions and the newsroom briefings. Press registration closes on 6 February 2025.</p><p><a href="/reporters/register">Register as a reporter</a></p></article>', '<meta property="og:type" content="article">'))
S1.non("/institutions/university-of-leeds", s1_shell("University of Leeds", '<h1>University of Leeds</h1><p class="type">Institution &middot; Leeds, United Kingdom</p><p>Public research university. Press office: +44 113 343 4031.</p><h2>Recent releases</h2><ul>%s</ul>' % teaserlist([S1.links[0]])))
S1.non("/institutions", s1_shell("Institutions", '<h1>Contributing institutions</h1><ul><li><a href="/institutions/university-of-leeds">University of Leeds</a></li><li>Karolinska Institutet</li><li>Wageningen University &amp; Research</li></ul>'), "Institutions")
S1.non("/reporters/register", s1_shell("Reporter registration", '<h1>Register for embargoed access</h1><form><label>Name <input name="name"></label><label>Outlet <input name="outlet"></label><button>Apply</button></form>'))
S1.non("/about", s1_shell("About ScienceWire", '<h1>About ScienceWire</h1><p>ScienceWire is an online science news service that distributes news releases from universities, medical centers, journals and research institutions to reporters worldwide.</p>'), "About")
S1.non("/privacy", s1_shell("Privacy policy", '<h1>Privacy policy</h1><p>We collect only the data needed to run reporter accounts.</p>'))
S1.rss("/rss/allnews.xml")
S1.non("/", s1_shell("The Global Source for Science News", '<h1 class="sr-only">ScienceWire</h1><section class="trending"><h2>Trending news releases</h2><ul>%s</ul></section><section><h2>Browse</h2><ul>%s</ul></section>' % (
    teaserlist([l for l in S1.links if l[0].startswith("/news-releases/1")]), teaserlist([l for l in S1.links if not l[0].startswith("/news-releases/1")]))))

# =====================================================================
# 2. Northfield University News - Drupal 10 newsroom
# =====================================================================
S2 = Site(2, "Northfield University News", "en")
S2NAV = [("/news", "News"), ("/news/topics/research", "Research"), ("/news/topics/campus-life", "Campus life"), ("/news/experts", "Find an expert"),
         ("/events", "Events"), ("/news/media-contacts", "Media contacts")]


def s2_shell(title, inner, head="", node=""):
    nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S2NAV)
    return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>%s | Northfield University</title>'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">%s</head><body class="path-node %s">'
            '<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" class="site-logo">Northfield University</a></div>'
            '<nav class="region-primary-menu"><ul class="menu">%s</ul></nav></header>'
            '<main role="main"><div class="region region-content">%s</div></main>'
            '<footer class="site-footer"><p>Northfield University &middot; 1200 College Avenue, Northfield, MN 55057</p><p><a href="/about">About</a></p></footer></div></body></html>') % (
        E(title), head, node, nav, inner)


def s2_news(path, title, dek, drupal_date, dt_iso, date_vis, byline, ps, topic, extra=""):
    head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:site_name" content="Northfield University">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">') % (
        E(dek), S2.url(path), E(title), drupal_date)
    inner = ('<article role="article" class="node node--type-news-article node--view-mode-full">'
             '<div class="field field--name-field-topic"><a href="/news/topics/%s">%s</a></div>'
             '<h1 class="page-title"><span class="field field--name-title">%s</span></h1>'
             '<div class="field field--name-field-summary">%s</div>'
             '<div class="news-meta"><div class="field field--name-field-byline">%s</div>'
             '<div class="field field--name-field-publish-date"><time datetime="%s">%s</time></div></div>'
             '<div class="clearfix text-formatted field field--name-body">%s</div>%s'
             '<div class="field field--name-field-media-contact"><h2>Media contact</h2><p>Ben Ortiz, University Communications, 507-555-0142, <a href="mailto:news@northfield.example">news@northfield.example</a></p></div>'
             '</article>') % (topic, topic.replace("-", " ").capitalize(), E(title), E(dek), byline, dt_iso, date_vis, paras(ps), extra)
    return s2_shell(title, inner, head, "page-node-type-news-article")


p = ["A Northfield University chemist has received a five-year, $2.1 million grant from the National Science Foundation to develop catalysts that turn farm waste into the building blocks of biodegradable plastics.",
     "Professor Elena Marsh and her group will focus on corn stover, the stalks and leaves left in fields after harvest, which Minnesota farms produce in vast quantities.",
     "\u201cWe want a process that a regional cooperative could run, not a giant refinery,\u201d Marsh said. The grant also funds summer research positions for twelve undergraduates.",
     "The project builds on a pilot reactor the lab built in 2022 in the basement of Hollis Hall."]
path = "/news/2025/03/chemist-wins-nsf-grant-turn-farm-waste-plastics"
S2.art(path, s2_news(path, "Chemist wins NSF grant to turn farm waste into plastics", "Five-year award will fund catalysts for corn stover", "Tue, 03/04/2025 - 09:30",
                     "2025-03-04T15:30:00Z", "March 4, 2025", "By Sarah Lindqvist, Office of Communications", text(p, 201), "research"),
       "Chemist wins NSF grant to turn farm waste into plastics", "2025-03-04", ["Sarah Lindqvist"],
       must=["Professor Elena Marsh and her group will focus on corn stover"], must_not=["Ben Ortiz, University Communications"])

p = ["For the first time in its 140-year history, Northfield's student orchestra will tour abroad this summer, with concerts planned in Leipzig, Prague and Vienna.",
     "The 62 musicians raised almost half of the cost themselves through a winter of benefit concerts, bake sales and a marathon performance of all nine Beethoven symphonies.",
     "Conductor Paul Abernathy said the program would pair Dvo\u0159\u00e1k with a new work by Northfield composition student Grace Liu.",
     "The tour departs on June 9 and returns June 23."]
path = "/news/2025/03/student-orchestra-plans-first-european-tour"
S2.art(path, s2_news(path, "Student orchestra plans its first European tour", "Leipzig, Prague and Vienna on the program", "Fri, 03/07/2025 - 14:00",
                     "2025-03-07T20:00:00Z", "March 7, 2025", "Story by Marcus Webb; photos by Lee Anne Fox", text(p, 202), "campus-life",
                     '<figure><img src="/sites/default/files/orchestra.jpg" alt="Orchestra rehearsal"><figcaption>The orchestra rehearses in Boe Chapel. Photo by Lee Anne Fox</figcaption></figure>'),
       "Student orchestra plans its first European tour", "2025-03-07", ["Marcus Webb"],
       must=["The 62 musicians raised almost half of the cost themselves"])

p = ["Q: Why do sinkholes form so suddenly? A: They usually don't. Water dissolves the limestone under the surface for decades, and we only notice at the moment the last thin layer gives way.",
     "Q: Is southern Minnesota at risk? A: Parts of Fillmore and Olmsted counties sit on karst, so yes, but most sinkholes there are small and appear in fields rather than under roads.",
     "Q: What should homeowners watch for? A: Doors that start to stick, new cracks in a foundation or a circular depression in the lawn are all reasons to call the county.",
     "Geologist Dr. Kwame Osei has studied karst landscapes for twenty years and teaches the department's field course in the Driftless Area."]
path = "/news/2025/03/five-questions-sinkholes-kwame-osei"
S2.art(path, s2_news(path, "Five questions: why sinkholes open, with geologist Kwame Osei", "A karst expert explains what lies beneath", "Mon, 03/10/2025 - 08:00",
                     "2025-03-10T13:00:00Z", "March 10, 2025", "By University Communications", text(p, 203), "research"),
       "Five questions: why sinkholes open, with geologist Kwame Osei", "2025-03-10", [],
       must=["Parts of Fillmore and Olmsted counties sit on karst"])

S2.non("/news/topics/research", s2_shell("Research", '<h1 class="page-title">Research</h1><div class="view-content"><ul>%s</ul></div>' % teaserlist([S2.links[0], S2.links[2]]), node="path-taxonomy"), "Research")
S2.non("/news/topics/campus-life", s2_shell("Campus life", '<h1 class="page-title">Campus life</h1><div class="view-content"><ul>%s</ul></div>' % teaserlist([S2.links[1]]), node="path-taxonomy"))
S2.non("/news/experts", s2_shell("Find an expert", '<h1 class="page-title">Find an expert</h1><div class="view-content"><div class="expert"><h2>Kwame Osei</h2><p>Professor of Geology. Karst, groundwater, sinkholes.</p></div><div class="expert"><h2>Elena Marsh</h2><p>Professor of Chemistry. Catalysis, bioplastics.</p></div></div>'))
S2.non("/events", s2_shell("Events", '<h1 class="page-title">Events calendar</h1><ul class="event-list"><li><a href="/events/spring-lecture-series-climate-and-the-prairie">Spring Lecture Series: Climate and the Prairie</a> <time datetime="2025-04-02T19:00:00Z">April 2, 2025, 7 p.m.</time></li></ul>'), "Events")
S2.non("/events/spring-lecture-series-climate-and-the-prairie", s2_shell("Spring Lecture Series: Climate and the Prairie", '<article class="node node--type-event"><h1 class="page-title">Spring Lecture Series: Climate and the Prairie</h1><div class="field--name-field-event-date"><time datetime="2025-04-02T19:00:00Z">Wednesday, April 2, 2025, 7:00 p.m.</time></div><div class="field--name-field-location">Weitz Center, Room 236</div><div class="field--name-body"><p>Free and open to the public. Professor Kwame Osei speaks on water beneath the prairie.</p></div></article>', '<meta property="og:type" content="article">', "page-node-type-event"))
S2.non("/news/media-contacts", s2_shell("Media contacts", '<h1 class="page-title">Media contacts</h1><p>Ben Ortiz, Director of Media Relations, 507-555-0142</p><p>Sarah Lindqvist, Science Writer, 507-555-0177</p>'), "Media contacts")
S2.non("/about", s2_shell("About Northfield", '<h1 class="page-title">About Northfield University</h1><p>A private liberal arts university founded in 1885.</p>'))
S2.non("/news", s2_shell("News", '<h1 class="page-title">News</h1><div class="view-content"><ul>%s</ul></div><nav class="pager"><a href="/news?page=1">Next page</a></nav>' % teaserlist(S2.links[:3])), "All news")
S2.non("/", s2_shell("Home", '<section class="hero"><h2>Northfield University</h2><p>Learn. Lead. Serve.</p></section><section><h2>Latest news</h2><ul>%s</ul></section>' % teaserlist(S2.links), node="path-frontpage"))

# =====================================================================
# 3. Riverside Health Newsroom - hospital system (Sitecore-like)
# =====================================================================
S3 = Site(3, "Riverside Health", "en")
S3NAV = [("/newsroom/", "Newsroom"), ("/health-library/blog/", "Health blog"), ("/find-a-doctor/", "Find a Doctor"), ("/locations/", "Locations"),
         ("/classes-events/", "Classes & Events"), ("/careers/", "Careers")]


def s3_shell(title, inner, head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S3NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - Riverside Health</title>%s</head><body>'
            '<div class="alert-banner">Visitor policy: two visitors per patient. <a href="/visitors">Learn more</a></div>'
            '<header class="rh-header"><a href="/"><img src="/-/media/logo.svg" alt="Riverside Health"></a><ul class="rh-nav">%s</ul>'
            '<a class="btn" href="/mychart">MyChart Login</a></header><main class="rh-main">%s</main>'
            '<footer class="rh-footer"><p>&copy; 2025 Riverside Health System. 400 River Road, Dayton, OH.</p><p><a href="/newsroom/media-contacts/">Media contacts</a></p></footer></body></html>') % (
        E(title), head, nav, inner)


p = ["Heartburn after a big meal is common, but when it happens twice a week or more it may be gastroesophageal reflux disease, a condition that can damage the esophagus over time.",
     "Simple changes help many people: eating smaller meals, not lying down for three hours after eating and raising the head of the bed by six inches.",
     "Over-the-counter antacids are fine for occasional symptoms. If you need them most days for more than two weeks, it is time to see your primary care provider.",
     "Trouble swallowing, unplanned weight loss or black stools are warning signs that need prompt attention."]
path = "/health-library/blog/when-heartburn-is-more-than-heartburn"
head = ('<meta property="og:type" content="article"><meta property="og:title" content="When heartburn is more than heartburn">'
        + jl({"@context": "https://schema.org", "@type": "MedicalWebPage", "name": "When heartburn is more than heartburn", "lastReviewed": "2025-03-10",
              "reviewedBy": {"@type": "Person", "name": "Samuel Obi, MD"}, "publisher": {"@type": "Organization", "name": "Riverside Health"}}))
inner = ('<article class="blog-detail"><nav class="breadcrumb"><a href="/health-library/blog/">Health blog</a> / Digestive health</nav>'
         '<h1>When heartburn is more than heartburn</h1><div class="blog-meta"><p class="author">Written by <a href="/health-library/blog/authors/karen-holt/">Karen Holt</a></p>'
         '<p class="reviewer">Medically reviewed by <a href="/find-a-doctor/samuel-obi-md/">Samuel Obi, MD</a></p><p class="date">Published: 03/05/2025</p></div>'
         '<div class="rich-text">%s</div><div class="cta-box"><h3>Need a gastroenterologist?</h3><p>Call 937-555-0100 to book an appointment.</p></div></article>') % paras(text(p, 301))
S3.art(path, s3_shell("When heartburn is more than heartburn", inner, head), "When heartburn is more than heartburn", "2025-03-05", ["Karen Holt"],
       must=["Simple changes help many people"], must_not=["Call 937-555-0100 to book an appointment."])

p = ["Riverside Health today opened a 24-bed cardiac intensive care unit at its main campus, doubling the hospital's capacity to treat patients after heart attacks and heart surgery.",
     "The $38 million unit includes two hybrid rooms where surgeons and cardiologists can work side by side, and private rooms with space for family members to stay overnight.",
     "\u201cOur region's patients no longer have to travel to Columbus or Cincinnati for this level of care,\u201d said Dr. Nadia Farouk, chief of cardiology.",
     "The unit will add 85 nursing and support positions over the next year."]
path = "/newsroom/news-releases/2025/riverside-opens-new-cardiac-icu"
inner = ('<article class="press-release"><p class="release-label">FOR IMMEDIATE RELEASE</p><h1>Riverside Health opens new cardiac intensive care unit</h1>'
         '<p class="release-date">March 3, 2025</p><div class="rich-text"><p><strong>DAYTON, Ohio</strong> &ndash; %s</p>%s<p class="boilerplate">About Riverside Health: Riverside Health is a non-profit system of four hospitals and 60 outpatient sites in southwest Ohio.</p></div>'
         '<div class="contact"><p>CONTACT: Lydia Marsh, Media Relations, 937-555-0188, lmarsh@riversidehealth.example</p></div></article>') % (E(p[0]), paras(text(p, 302)[1:]))
S3.art(path, s3_shell("Riverside Health opens new cardiac intensive care unit", inner, '<meta property="og:type" content="website">'),
       "Riverside Health opens new cardiac intensive care unit", "2025-03-03", [], must=["two hybrid rooms where surgeons and cardiologists"])

p = ["Every February we talk about heart health, and every March the conversation fades. But the habits that protect your heart work only when they last all year.",
     "The single most useful number to know is your blood pressure. Nearly half of adults in Ohio have high blood pressure, and many of them do not know it.",
     "You don't need a gym membership. Thirty minutes of brisk walking five days a week lowers the risk of a heart attack by about a fifth.",
     "Finally, if you have chest pressure, shortness of breath or pain spreading to your arm or jaw, call 911. Do not drive yourself to the hospital."]
path = "/health-library/blog/your-heart-after-heart-month"
inner = ('<article class="blog-detail"><nav class="breadcrumb"><a href="/health-library/blog/">Health blog</a> / Heart &amp; vascular</nav>'
         '<h1>Your heart after Heart Month: habits that last</h1><div class="blog-meta"><p class="author">By <a href="/find-a-doctor/nadia-farouk-md/">Nadia Farouk, MD</a>, Chief of Cardiology</p>'
         '<p class="date">Published: 03/11/2025</p></div><div class="rich-text">%s</div></article>') % paras(text(p, 303))
S3.art(path, s3_shell("Your heart after Heart Month: habits that last", inner, '<meta property="og:type" content="article">'),
       "Your heart after Heart Month: habits that last", "2025-03-11", ["Nadia Farouk"], must=["The single most useful number to know is your blood pressure."])

blog = [l for l in S3.links if "/blog/" in l[0]]
S3.non("/health-library/blog/", s3_shell("Health blog", '<h1>Health blog</h1><ul class="cards">%s</ul>' % teaserlist(blog)), "Health blog")
S3.non("/health-library/blog/authors/karen-holt/", s3_shell("Karen Holt", '<h1>Karen Holt</h1><p>Karen Holt is a health writer on the Riverside marketing team.</p><ul>%s</ul>' % teaserlist(blog[:1])))
S3.non("/find-a-doctor/samuel-obi-md/", s3_shell("Samuel Obi, MD", '<div class="provider-profile"><h1>Samuel Obi, MD</h1><p class="specialty">Gastroenterology</p><p>Accepting new patients</p><p>Board certified: American Board of Internal Medicine</p><a class="btn" href="/mychart">Schedule online</a></div>'))
S3.non("/find-a-doctor/nadia-farouk-md/", s3_shell("Nadia Farouk, MD", '<div class="provider-profile"><h1>Nadia Farouk, MD</h1><p class="specialty">Cardiology</p><p>Chief of Cardiology, Riverside Main Campus</p></div>'))
S3.non("/find-a-doctor/", s3_shell("Find a Doctor", '<h1>Find a Doctor</h1><form><input name="q" placeholder="Name or specialty"></form><ul><li><a href="/find-a-doctor/samuel-obi-md/">Samuel Obi, MD</a></li><li><a href="/find-a-doctor/nadia-farouk-md/">Nadia Farouk, MD</a></li></ul>'))
S3.non("/classes-events/childbirth-preparation/", s3_shell("Childbirth Preparation Class", '<div class="event-detail"><h1>Childbirth Preparation Class</h1><p class="when">Saturday, April 5, 2025 &middot; 9:00 a.m. &ndash; 1:00 p.m.</p><p>Main Campus, Education Center Room B. Fee: $40 per couple.</p><form><input name="email"><button>Register</button></form></div>'))
S3.non("/classes-events/", s3_shell("Classes & Events", '<h1>Classes &amp; Events</h1><ul><li><a href="/classes-events/childbirth-preparation/">Childbirth Preparation Class</a> &ndash; April 5, 2025</li></ul>'))
S3.non("/careers/jobs/rn-cardiac-icu-2025-0412/", s3_shell("Registered Nurse - Cardiac ICU", '<div class="job"><h1>Registered Nurse &ndash; Cardiac ICU</h1><p>Requisition 2025-0412 &middot; Full time &middot; Nights</p><p>Posted 03/04/2025</p><p>Join the team in our new 24-bed cardiac ICU. Sign-on bonus available.</p><a class="btn" href="/careers/apply">Apply now</a></div>'))
S3.non("/careers/", s3_shell("Careers", '<h1>Careers at Riverside</h1><ul><li><a href="/careers/jobs/rn-cardiac-icu-2025-0412/">Registered Nurse &ndash; Cardiac ICU</a></li></ul>'))
S3.non("/locations/", s3_shell("Locations", '<h1>Locations</h1><div class="location"><h2>Riverside Main Campus</h2><p>400 River Road, Dayton, OH 45402</p><p>Emergency: open 24/7</p></div>'))
S3.non("/newsroom/media-contacts/", s3_shell("Media contacts", '<h1>Media contacts</h1><p>Lydia Marsh, Media Relations, 937-555-0188</p>'))
S3.non("/newsroom/", s3_shell("Newsroom", '<h1>Newsroom</h1><h2>News releases</h2><ul>%s</ul><h2>From our health blog</h2><ul>%s</ul>' % (
    teaserlist([l for l in S3.links if "/newsroom/news-releases/" in l[0]]), teaserlist(blog))), "Newsroom")
S3.non("/", s3_shell("Home", '<section class="hero"><h1>Care close to home</h1></section><ul class="quick">%s</ul>' % teaserlist(S3.links)))

# =====================================================================
# 4. Counsel Review - Law360-like legal news
# =====================================================================
S4 = Site(4, "Counsel Review", "en")
S4NAV = [("/sections/litigation", "Litigation"), ("/sections/employment", "Employment"), ("/sections/expert-analysis", "Expert Analysis"),
         ("/jobs", "Legal Jobs"), ("/events", "CLE & Events"), ("/subscribe", "Subscribe")]


def s4_shell(title, inner, head=""):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (p, E(l)) for p, l in S4NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - Counsel Review</title>%s</head><body>'
            '<nav class="navbar"><a class="navbar-brand" href="/">Counsel Review</a><ul class="navbar-nav">%s</ul><a href="/login">Sign in</a></nav>'
            '<div class="container">%s</div><footer><p>&copy; 2025 Counsel Review Media LLC. All rights reserved.</p><a href="/about">About</a> <a href="/terms">Terms</a></footer></body></html>') % (
        E(title), head, nav, inner)


def s4_article(aid, slug, title, section, byline_html, when, ps, case="", foot=""):
    path = "/articles/%d/%s" % (aid, slug)
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">' % E(title)
    inner = ('<div class="row"><article class="col-md-8" id="article-content"><div class="section-tag"><a href="/sections/%s">%s</a></div>'
             '<h1 class="headline">%s</h1><div class="byline">%s &middot; <span class="date">%s</span></div>'
             '<div class="article-body">%s%s</div>%s'
             '<div class="article-actions"><a href="/articles/%d/print">Print</a> <a href="/articles/%d/email">Email</a></div></article>'
             '<aside class="col-md-4"><h3>Related</h3><ul><li><a href="/sections/%s">More %s news</a></li></ul><div class="promo">Get the Counsel Review daily newsletter. <a href="/subscribe">Sign up</a></div></aside></div>') % (
        section, section.replace("-", " ").title(), E(title), byline_html, when, paras(ps), case, foot, aid, aid, section, section.replace("-", " ").title())
    return path, s4_shell(title, inner, head)


p = ["A federal judge in Chicago on Wednesday refused to dismiss a proposed class action accusing a national grocery chain of misusing shoppers' fingerprints at self-checkout lanes.",
     "U.S. District Judge Maria Delgado said the plaintiffs had plausibly alleged that the chain collected biometric data without the written consent required by the Illinois Biometric Information Privacy Act.",
     "The chain had argued that the fingerprint readers were operated by a vendor and that it never stored the scans itself, but the judge said that question could not be resolved at the pleading stage.",
     "The suit was filed on Feb. 12, 2024, on behalf of shoppers at 41 Illinois stores."]
path, doc = s4_article(1899123, "grocer-can-t-escape-fingerprint-privacy-suit", "Grocer Can't Escape Fingerprint Privacy Suit", "litigation",
                       'By <a href="/authors/daniel-okoro">Daniel Okoro</a>', "March 5, 2025, 4:12 PM EST", text(p, 401),
                       '<p class="case-info">The case is Ramirez et al. v. FreshWay Markets Inc., case number 1:24-cv-01876, in the U.S. District Court for the Northern District of Illinois.</p>')
S4.art(path, doc, "Grocer Can't Escape Fingerprint Privacy Suit", "2025-03-05", ["Daniel Okoro"], instant="2025-03-05T21:12",
       must=["The chain had argued that the fingerprint readers were operated by a vendor"])

p = ["A Texas staffing company will pay $3.4 million to settle claims that it misclassified hundreds of warehouse workers as independent contractors to avoid paying overtime, according to a filing Thursday.",
     "The proposed settlement covers about 900 workers placed at distribution centers in Dallas and Houston between 2019 and 2023, who will receive an average of roughly $2,500 each.",
     "The workers' attorneys said the company set their schedules, supplied their equipment and required them to wear its uniforms, all signs of an employment relationship under the Fair Labor Standards Act.",
     "The company denied wrongdoing and said it settled to avoid the cost of further litigation."]
path, doc = s4_article(1899410, "staffing-co-to-pay-3-4m-in-warehouse-misclassification-deal", "Staffing Co. To Pay $3.4M In Warehouse Misclassification Deal", "employment",
                       'By <a href="/authors/rachel-ng">Rachel Ng</a> and <a href="/authors/tomas-ibarra">Tomas Ibarra</a>', "March 6, 2025, 10:48 AM EST", text(p, 402))
S4.art(path, doc, "Staffing Co. To Pay $3.4M In Warehouse Misclassification Deal", "2025-03-06", ["Rachel Ng", "Tomas Ibarra"], instant="2025-03-06T15:48",
       must=["The proposed settlement covers about 900 workers"])

p = ["Generative AI tools are now routinely used to summarize deposition transcripts, and courts have started to ask what lawyers owe their clients and the tribunal when they rely on them.",
     "At least nine federal judges now require a certification that any AI-drafted filing has been checked by a human, and several state bars have issued guidance on confidentiality.",
     "Firms should adopt written policies that identify which tools are approved, what client data may be uploaded, and who is responsible for verifying citations before anything is filed.",
     "The safest assumption is that a court will treat an AI error exactly as it would treat an error by a first-year associate: as the signing lawyer's responsibility."]
path, doc = s4_article(1899602, "what-courts-expect-from-lawyers-using-ai-in-discovery", "What Courts Expect From Lawyers Using AI In Discovery", "expert-analysis",
                       'By Helen Marsh', "March 7, 2025, 2:05 PM EST", text(p, 403),
                       foot='<div class="author-bio"><p><em>Helen Marsh is a partner at Marsh &amp; Lowe LLP.</em></p><p><em>The opinions expressed are those of the author(s) and do not necessarily reflect the views of their employer, its clients, or Counsel Review Media LLC.</em></p></div>')
S4.art(path, doc, "What Courts Expect From Lawyers Using AI In Discovery", "2025-03-07", ["Helen Marsh"], instant="2025-03-07T19:05",
       must=["At least nine federal judges now require a certification"])

S4.non("/sections/litigation", s4_shell("Litigation", '<h1>Litigation</h1><ul class="headlines">%s</ul>' % teaserlist([S4.links[0]])), "Litigation")
S4.non("/sections/employment", s4_shell("Employment", '<h1>Employment</h1><ul class="headlines">%s</ul>' % teaserlist([S4.links[1]])))
S4.non("/sections/expert-analysis", s4_shell("Expert Analysis", '<h1>Expert Analysis</h1><ul class="headlines">%s</ul>' % teaserlist([S4.links[2]])))
S4.non("/authors/daniel-okoro", s4_shell("Daniel Okoro", '<div class="author-page"><h1>Daniel Okoro</h1><p>Daniel Okoro is a senior reporter covering privacy litigation from Chicago.</p><h2>Recent articles</h2><ul>%s</ul></div>' % teaserlist([S4.links[0]])))
S4.non("/authors/rachel-ng", s4_shell("Rachel Ng", '<div class="author-page"><h1>Rachel Ng</h1><p>Employment reporter.</p><ul>%s</ul></div>' % teaserlist([S4.links[1]])))
S4.non("/jobs", s4_shell("Legal Jobs", '<h1>Legal Jobs</h1><ul class="job-list"><li><a href="/jobs/associate-litigation-chicago-4421">Litigation Associate (3-5 years), Chicago</a> &ndash; posted March 4, 2025</li></ul>'), "Legal Jobs")
S4.non("/jobs/associate-litigation-chicago-4421", s4_shell("Litigation Associate (3-5 years), Chicago", '<div class="job-ad"><h1>Litigation Associate (3&ndash;5 years)</h1><p class="employer">Hartwell Brandt LLP &middot; Chicago, IL</p><p>Posted March 4, 2025</p><p>Our commercial litigation group seeks an associate with federal court experience. Salary range $225,000&ndash;$260,000.</p><a class="btn" href="/jobs/apply/4421">Apply</a></div>'))
S4.non("/events/cle-webinar-ai-ediscovery", s4_shell("CLE Webinar: AI in E-Discovery", '<div class="webinar"><h1>CLE Webinar: AI in E-Discovery &ndash; Ethics and Practice</h1><p>Thursday, March 27, 2025, 1:00 PM EDT &middot; 1.0 ethics credit</p><p>Speakers: Helen Marsh, Marsh &amp; Lowe LLP</p><form><input name="email" placeholder="Work email"><button>Register</button></form></div>'))
S4.non("/events", s4_shell("CLE & Events", '<h1>CLE &amp; Events</h1><ul><li><a href="/events/cle-webinar-ai-ediscovery">CLE Webinar: AI in E-Discovery</a> &ndash; March 27, 2025</li></ul>'), "CLE & Events")
S4.non("/subscribe", s4_shell("Subscribe", '<h1>Start your free trial</h1><p>Unlimited access to breaking legal news, analysis and case tracking.</p><form><input name="email"><button>Start trial</button></form>'), "Subscribe")
S4.non("/about", s4_shell("About Counsel Review", '<h1>About</h1><p>Counsel Review delivers legal news to lawyers since 2004.</p>'))
S4.non("/", s4_shell("Legal news & analysis", '<h1 class="sr-only">Counsel Review</h1><section class="top-news"><h2>Top news</h2><ul>%s</ul></section>' % teaserlist(S4.links)))

# =====================================================================
# 5. PackLog Today - WordPress + Yoast packaging/logistics magazine
# =====================================================================
S5 = Site(5, "PackLog Today", "en")
S5NAV = [("/category/packaging/", "Packaging"), ("/category/automation/", "Automation"), ("/category/supply-chain/", "Supply Chain"),
         ("/whitepapers/", "Whitepapers"), ("/webinars/", "Webinars"), ("/magazine/", "Magazine"), ("/media-kit/", "Advertise")]


def s5_shell(title, inner, head="", body_cls="page"):
    nav = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S5NAV)
    return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s - PackLog Today</title>'
            '<meta name="generator" content="WordPress 6.4.3">%s<link rel="alternate" type="application/rss+xml" title="PackLog Today &raquo; Feed" href="/feed/"></head>'
            '<body class="%s"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">PackLog Today</a></p>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>'
            '<div id="content" class="site-content">%s</div><footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Bridgeway Media Group'
            ' &middot; <a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/privacy-policy/">Privacy</a></div></footer></div></body></html>') % (
        E(title), head, body_cls, nav, inner)


def s5_post(path, title, cat, iso, vis, byline_html, ps, author_slug):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S5.url(path) + "#article", "isPartOf": {"@id": S5.url(path)}, "author": {"name": "webeditor", "@id": S5.url("/#/schema/person/1a2b")},
         "headline": title, "datePublished": iso, "dateModified": iso, "articleSection": [cat.title()], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S5.url(path), "url": S5.url(path), "name": title + " - PackLog Today", "datePublished": iso},
        {"@type": "Person", "@id": S5.url("/#/schema/person/1a2b"), "name": "webeditor"}]}
    head = ('<meta name="robots" content="index, follow"><link rel="canonical" href="%s"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">'
            '<meta property="og:title" content="%s - PackLog Today"><meta property="og:site_name" content="PackLog Today"><meta property="article:published_time" content="%s">'
            '<meta name="author" content="webeditor"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="webeditor">%s') % (
        S5.url(path), E(title), iso, jl(graph))
    inner = ('<main id="primary" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail category-%s">'
             '<header class="entry-header"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
             '<div class="entry-meta"><span class="byline">%s</span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>'
             '<div class="entry-content">%s</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/sustainability/" rel="tag">sustainability</a></span></footer></article>'
             '<div class="yarpp-related"><h3>Related posts:</h3><ol><li><a href="/2024/11/12/corrugated-prices-ease/">Corrugated prices ease as demand cools</a></li></ol></div>'
             '<div class="gated-popup"><p>Download our free guide to sustainable stretch film. <a href="/whitepapers/sustainable-stretch-film-guide/">Get it now</a></p></div></main>'
             '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Upcoming webinar</h2><a href="/webinars/automation-end-of-line-packaging/">Automation in end-of-line packaging</a></section></aside>') % (
        cat, cat, cat.title(), E(title), byline_html, iso, vis, paras(ps))
    return s5_shell(title, inner, head, "post-template-default single single-post single-format-standard")


p = ["A Midwest snack maker has cut the plastic in its secondary packaging by 38 percent after replacing shrink-wrapped bundles with paperboard sleeves on three high-speed lines.",
     "The company worked with its converter for eighteen months to develop a sleeve that survives the humidity of summer warehouse storage without losing stacking strength.",
     "The switch required new cartoners on each line, but the plant manager said throughput is back to 140 packs per minute, the same as with the old shrink tunnels.",
     "Retail customers had pushed for the change as part of their own packaging reduction targets for 2026."]
path = "/2025/03/04/snack-maker-swaps-shrink-wrap-for-paperboard-sleeves/"
S5.art(path, s5_post(path, "Snack maker swaps shrink wrap for paperboard sleeves", "packaging", "2025-03-04T08:15:00-05:00", "March 4, 2025",
                     'By <span class="author vcard"><a class="url fn n" href="/author/priya-natarajan/">Priya Natarajan</a></span>, Senior Editor', text(p, 501), "priya-natarajan"),
       "Snack maker swaps shrink wrap for paperboard sleeves", "2025-03-04", ["Priya Natarajan"],
       must=["The switch required new cartoners on each line"], must_not=["Download our free guide to sustainable stretch film."])

p = ["Autonomous mobile robots have moved from pilot projects to everyday tools in mid-sized warehouses, according to a survey of 400 logistics managers released this week.",
     "Sixty-one percent of respondents said they now run at least one fleet of robots in picking or replenishment, up from 34 percent two years ago.",
     "Labor shortages remain the main driver, but managers increasingly cite safety: facilities with robots reported fewer forklift incidents.",
     "The biggest obstacle, respondents said, is integrating the robots with older warehouse management systems."]
path = "/2025/03/06/survey-mobile-robots-go-mainstream-in-mid-sized-warehouses/"
S5.art(path, s5_post(path, "Survey: mobile robots go mainstream in mid-sized warehouses", "automation", "2025-03-06T10:00:00-05:00", "March 6, 2025",
                     'By <span class="author vcard"><a class="url fn n" href="/author/greg-holloway/">Greg Holloway</a></span>', text(p, 502), "greg-holloway"),
       "Survey: mobile robots go mainstream in mid-sized warehouses", "2025-03-06", ["Greg Holloway"],
       must=["Sixty-one percent of respondents said they now run at least one fleet"])

p = ["Every shipper learned during the pandemic that the cheapest freight rate is worthless if the truck never shows up. Yet many procurement teams have drifted back to buying transport on price alone.",
     "A better approach scores carriers on tender acceptance, on-time pickup and claims history, and gives the best performers a guaranteed share of volume in return.",
     "In our own network, moving to a scorecard cut late deliveries by a quarter within two quarters, while the average rate rose by less than two percent.",
     "Mia Schultz is vice president of supply chain at FreightWise, a third-party logistics provider based in Columbus, Ohio."]
path = "/2025/03/10/why-the-cheapest-freight-rate-is-rarely-the-best/"
S5.art(path, s5_post(path, "Why the cheapest freight rate is rarely the best", "supply-chain", "2025-03-10T07:30:00-04:00", "March 10, 2025",
                     'By <span class="author vcard"><a class="url fn n" href="/author/mia-schultz/">Mia Schultz</a></span>, VP Supply Chain, FreightWise', text(p, 503), "mia-schultz"),
       "Why the cheapest freight rate is rarely the best", "2025-03-10", ["Mia Schultz"], must=["A better approach scores carriers on tender acceptance"])

S5.non("/category/packaging/", s5_shell("Packaging Archives", '<h1 class="page-title">Category: <span>Packaging</span></h1><ul>%s</ul>' % teaserlist([S5.links[0]]), body_cls="archive category"), None)
S5.non("/category/automation/", s5_shell("Automation Archives", '<h1 class="page-title">Category: <span>Automation</span></h1><ul>%s</ul>' % teaserlist([S5.links[1]]), body_cls="archive category"))
S5.non("/category/supply-chain/", s5_shell("Supply Chain Archives", '<h1 class="page-title">Category: <span>Supply Chain</span></h1><ul>%s</ul>' % teaserlist([S5.links[2]]), body_cls="archive category"))
S5.non("/tag/sustainability/", s5_shell("sustainability Archives", '<h1 class="page-title">Tag: <span>sustainability</span></h1><ul>%s</ul>' % teaserlist(S5.links[:3]), body_cls="archive tag"))
S5.non("/author/priya-natarajan/", s5_shell("Priya Natarajan, Author at PackLog Today", '<h1 class="page-title">Author: <span class="vcard">Priya Natarajan</span></h1><p>Senior editor covering packaging materials and machinery.</p><ul>%s</ul>' % teaserlist([S5.links[0]]), body_cls="archive author"))
S5.non("/whitepapers/sustainable-stretch-film-guide/", s5_shell("The Shipper's Guide to Sustainable Stretch Film", '<div class="gated-content"><h1>The Shipper&#8217;s Guide to Sustainable Stretch Film</h1><p class="sponsor">Sponsored by WrapTech Films</p><p>Learn how downgauging and recycled content can cut film use by 30% without load failures. 14 pages, PDF.</p><form class="gform"><input name="first_name"><input name="company"><input name="email"><button>Download now</button></form></div>', '<meta property="og:type" content="article">'))
S5.non("/whitepapers/", s5_shell("Whitepapers", '<h1>Whitepapers</h1><ul><li><a href="/whitepapers/sustainable-stretch-film-guide/">The Shipper&#8217;s Guide to Sustainable Stretch Film</a></li></ul>'), "Whitepapers")
S5.non("/webinars/automation-end-of-line-packaging/", s5_shell("Webinar: Automation in end-of-line packaging", '<div class="webinar-reg"><h1>Automation in End-of-Line Packaging: What Pays Back?</h1><p>Live: Tuesday, March 25, 2025 | 2:00 PM ET</p><p>Presenters: Greg Holloway, PackLog Today; Dana Pruitt, Krones Inc.</p><form><input name="email"><button>Register free</button></form></div>'))
S5.non("/webinars/", s5_shell("Webinars", '<h1>Webinars</h1><ul><li><a href="/webinars/automation-end-of-line-packaging/">Automation in end-of-line packaging</a> &ndash; March 25, 2025</li></ul>'), "Webinars")
S5.non("/products/robotic-case-packer-rcp-500/", s5_shell("Robotic Case Packer RCP-500", '<div class="product-showcase"><h1>Robotic Case Packer RCP-500</h1><p class="company"><a href="/directory/company/krones-inc/">Krones Inc.</a></p><p>Packs up to 30 cases per minute with a delta robot and quick-change grippers. Footprint 3.2 x 2.1 m.</p><a class="btn" href="/directory/company/krones-inc/">Request info</a></div>'), "Product showcase")
S5.non("/directory/company/krones-inc/", s5_shell("Krones Inc.", '<div class="company-listing"><h1>Krones Inc.</h1><p>9600 S 58th St, Franklin, WI 53132</p><p>Categories: Filling, Labeling, Case Packing</p><h2>Products</h2><ul><li><a href="/products/robotic-case-packer-rcp-500/">Robotic Case Packer RCP-500</a></li></ul></div>'))
S5.non("/magazine/issues/march-2025/", s5_shell("March 2025 issue", '<h1>PackLog Today &ndash; March 2025</h1><img src="/wp-content/uploads/cover-0325.jpg" alt="cover"><h2>In this issue</h2><ul>%s</ul><a href="/subscribe/">Subscribe to print</a>' % teaserlist(S5.links[:2])))
S5.non("/magazine/", s5_shell("Magazine archive", '<h1>Magazine archive</h1><ul><li><a href="/magazine/issues/march-2025/">March 2025</a></li><li>February 2025</li></ul>'), "Magazine")
S5.non("/media-kit/", s5_shell("Media kit", '<h1>Advertise with PackLog Today</h1><p>Reach 48,000 packaging and logistics professionals. Download the 2025 media kit.</p>'), "Advertise")
S5.non("/subscribe/", s5_shell("Subscribe", '<h1>Free subscription</h1><p>Qualified professionals in the US receive the print magazine free.</p><form><input name="email"><button>Subscribe</button></form>'))
S5.non("/about/", s5_shell("About", '<h1>About PackLog Today</h1><p>Published by Bridgeway Media Group since 1998.</p>'))
S5.non("/contact/", s5_shell("Contact", '<h1>Contact</h1><p>Editorial: editors@packlog.example</p>'))
S5.rss("/feed/")
S5.sitemap()
S5.non("/", s5_shell("Packaging & logistics news", '<main class="site-main home"><section class="featured"><ul>%s</ul></section></main>' % teaserlist(S5.links), body_cls="home blog"))

# =====================================================================
# 6. The Land Ledger - UK farming weekly
# =====================================================================
S6 = Site(6, "The Land Ledger", "en")
S6NAV = [("/news/", "News"), ("/news/arable/", "Arable"), ("/news/livestock/", "Livestock"), ("/markets/prices/", "Markets"), ("/events/", "Events"),
         ("/classified/", "Classified"), ("/subscribe/", "Subscribe")]


def s6_shell(title, inner, head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S6NAV)
    return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s | The Land Ledger</title>%s</head><body>'
            '<div class="masthead"><span class="today">%s</span><a class="brand" href="/">The Land Ledger</a><span class="strap">Britain\'s farming weekly</span></div>'
            '<nav class="primary"><ul>%s</ul></nav><div class="ticker">Feed wheat Nov-25 &pound;187.50 &middot; Milk price (Arla) 42.5ppl</div>'
            '<div class="page-wrap">%s</div><footer><p>&copy; 2025 Land Ledger Publishing Ltd</p><a href="/contact-us/">Contact us</a> <a href="/terms/">Terms</a></footer></body></html>') % (
        E(title), head, TODAY.strftime("%A %-d %B %Y"), nav, inner)


def s6_article(path, title, standfirst, section, byline, pub, upd, ps, iso):
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(title), E(standfirst))
            + jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                  "publisher": {"@type": "Organization", "name": "The Land Ledger"}}))
    upd_html = ' | <span class="updated">Updated: %s</span>' % upd if upd else ""
    inner = ('<article class="article"><p class="section-label"><a href="/news/%s/">%s</a></p><h1 class="article-title">%s</h1><p class="standfirst">%s</p>'
             '<div class="article-byline"><span class="author">%s</span><span class="published">Published: %s</span>%s</div>'
             '<div class="article-body">%s</div><div class="share">Share this article</div></article>'
             '<aside class="most-read"><h3>Most read</h3><ol><li><a href="/news/livestock/bluetongue-zone-extended-to-norfolk-488102">Bluetongue zone extended to Norfolk</a></li></ol></aside>') % (
        section, section.title(), E(title), E(standfirst), byline, pub, upd_html, paras(ps))
    return s6_shell(title, inner, head)


p = ["Growers across eastern England are reporting patchy establishment in late-drilled winter wheat after a wet autumn forced many to sow well into November.",
     "Agronomists say some fields have fewer than 150 plants per square metre, about half the target, and are advising growers to hold off on early nitrogen until crops show how they recover.",
     "Where plant counts are very low, spring wheat or spring barley may give a better margin than nursing a thin crop through to harvest, one Lincolnshire adviser said.",
     "The AHDB will publish updated guidance on thin crops later this month."]
path = "/news/arable/late-drilled-wheat-leaves-growers-facing-thin-crops-488731"
S6.art(path, s6_article(path, "Late-drilled wheat leaves growers facing thin crops", "Agronomists urge patience before spring nitrogen", "arable",
                        'By <a href="/authors/rhys-morgan/">Rhys Morgan</a>, Arable Editor', "10:30, 04 March 2025", "", text(p, 601), "2025-03-04T10:30:00Z"),
       "Late-drilled wheat leaves growers facing thin crops", "2025-03-04", ["Rhys Morgan"], must=["Agronomists say some fields have fewer than 150 plants"])

p = ["Dairy farmers in Wales will be able to apply for grants of up to \u00a325,000 towards slurry storage from April, the Welsh Government has announced.",
     "The scheme is meant to help farms meet the water quality rules that require at least five months of storage, which many smaller units still lack.",
     "The farming unions welcomed the money but said the total budget of \u00a320m would cover only a fraction of the work needed across the country.",
     "Applications open on 1 April and close on 30 June."]
path = "/news/livestock/welsh-dairy-farms-offered-slurry-storage-grants-488790"
S6.art(path, s6_article(path, "Welsh dairy farms offered slurry storage grants", "Up to \u00a325,000 per farm from April", "livestock",
                        'By <a href="/authors/fiona-lang/">Fiona Lang</a>', "16:05, 05 March 2025", "09:12, 06 March 2025", text(p, 602), "2025-03-05T16:05:00Z"),
       "Welsh dairy farms offered slurry storage grants", "2025-03-05", ["Fiona Lang"], must=["The scheme is meant to help farms meet the water quality rules"])

p = ["UK feed wheat futures slipped for a third consecutive week, with the November 2025 contract closing at \u00a3187.50/t on Friday, down \u00a32.25 on the week.",
     "Traders pointed to good crop conditions in the US and Russia and a firmer pound, which makes imports cheaper.",
     "Milling wheat premiums held steady at about \u00a330/t over feed, while oilseed rape followed Paris futures lower.",
     "Spot ex-farm prices for feed barley were quoted between \u00a3150 and \u00a3158/t depending on region."]
path = "/news/markets/grain-markets-wheat-slips-for-third-week-488805"
S6.art(path, s6_article(path, "Grain markets: wheat slips for third week", "Good global crop outlook weighs on futures", "markets",
                        '<a href="/markets/prices/">Markets team</a>', "17:45, 07 March 2025", "", text(p, 603), "2025-03-07T17:45:00Z"),
       "Grain markets: wheat slips for third week", "2025-03-07", [], must=["Traders pointed to good crop conditions in the US and Russia"])

S6.non("/news/", s6_shell("News", '<h1>Latest news</h1><ul>%s</ul>' % teaserlist(S6.links[:3])), "News")
S6.non("/news/arable/", s6_shell("Arable", '<h1>Arable</h1><ul>%s</ul>' % teaserlist([S6.links[0]])))
S6.non("/news/livestock/", s6_shell("Livestock", '<h1>Livestock</h1><ul>%s</ul>' % teaserlist([S6.links[1]])))
S6.non("/news/markets/", s6_shell("Markets news", '<h1>Markets news</h1><ul>%s</ul>' % teaserlist([S6.links[2]])))
S6.non("/authors/rhys-morgan/", s6_shell("Rhys Morgan", '<div class="author-profile"><h1>Rhys Morgan</h1><p>Arable Editor. Farms 120ha in Herefordshire.</p><ul>%s</ul></div>' % teaserlist([S6.links[0]])))
S6.non("/authors/fiona-lang/", s6_shell("Fiona Lang", '<div class="author-profile"><h1>Fiona Lang</h1><p>Livestock reporter.</p><ul>%s</ul></div>' % teaserlist([S6.links[1]])))
S6.non("/markets/prices/", s6_shell("Market prices", '<h1>Market prices</h1><table class="prices"><tr><th>Commodity</th><th>Price</th><th>Change</th></tr><tr><td>Feed wheat Nov-25</td><td>&pound;187.50</td><td>-2.25</td></tr><tr><td>Feed barley spot</td><td>&pound;154.00</td><td>-1.00</td></tr></table><p>Prices updated weekly on Friday.</p><ul>%s</ul>' % teaserlist([S6.links[2]])), "Market prices")
S6.non("/events/", s6_shell("Events", '<h1>Farming events</h1><ul><li><a href="/events/cereals-2025/">Cereals 2025</a> &ndash; 11-12 June 2025, Cambridgeshire</li></ul>'), "Events")
S6.non("/events/cereals-2025/", s6_shell("Cereals 2025", '<div class="event"><h1>Cereals 2025</h1><p class="dates">11-12 June 2025</p><p>Chrishall Grange, Cambridgeshire. The arable industry\'s technical event, with 400 exhibitors and crop plots.</p><a href="/events/cereals-2025/tickets/">Book tickets</a></div>'))
S6.non("/classified/", s6_shell("Classified", '<h1>Classified</h1><ul><li><a href="/classified/machinery/john-deere-6r-150-ad-88231/">John Deere 6R 150, 2021, 2,900 hrs</a></li></ul>'), "Classified")
S6.non("/classified/machinery/john-deere-6r-150-ad-88231/", s6_shell("John Deere 6R 150 for sale", '<div class="classified-ad"><h1>John Deere 6R 150 (2021)</h1><p class="price">&pound;98,500 + VAT</p><p>2,900 hours, front linkage, AutoTrac ready. Located Shropshire. Private seller.</p><p>Ad ref 88231 &middot; Listed 03/03/2025</p></div>'))
S6.non("/subscribe/", s6_shell("Subscribe", '<h1>Subscribe to The Land Ledger</h1><p>Print + digital from &pound;2.99 a week.</p>'), "Subscribe")
S6.non("/contact-us/", s6_shell("Contact us", '<h1>Contact us</h1><p>Newsdesk: news@landledger.example</p>'))
S6.rss("/feed/news.xml")
S6.non("/", s6_shell("Farming news, markets and machinery", '<section class="lead"><ul>%s</ul></section>' % teaserlist(S6.links)))

# =====================================================================
# 7. Grid Ledger - energy industry news
# =====================================================================
S7 = Site(7, "Grid Ledger", "en")
S7NAV = [("/topics/storage", "Storage"), ("/topics/solar", "Solar"), ("/topics/policy", "Policy"), ("/events", "Events"),
         ("/whitepapers", "Library"), ("/projects/database", "Project Database"), ("/newsletter", "Newsletter")]


def s7_shell(title, inner, head=""):
    nav = "".join('<a class="nav__link" href="%s">%s</a>' % (p, E(l)) for p, l in S7NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Grid Ledger</title>%s</head><body>'
            '<div id="__next"><header class="header"><a class="header__logo" href="/">Grid Ledger</a><nav class="nav">%s</nav></header>'
            '<main class="layout">%s</main><footer class="footer"><p>Grid Ledger is a publication of Meridian Energy Media.</p>'
            '<a href="/about">About</a> <a href="/advertise">Advertise</a></footer></div></body></html>') % (E(title), head, nav, inner)


def s7_article(path, title, topic, authors, iso, vis, ps, kind="News", author_links=True):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": iso,
          "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": "Grid Ledger"}}
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl(ld))
    names = " &amp; ".join('<a class="byline__author" href="/authors/%s">%s</a>' % (a.lower().replace(" ", "-"), E(a)) for a in authors)
    inner = ('<article class="article"><div class="article__eyebrow"><span class="label">%s</span> <a href="/topics/%s">%s</a></div>'
             '<h1 class="article__title">%s</h1><div class="byline">%s<span class="byline__date">%s</span></div>'
             '<div class="article__body">%s</div><div class="newsletter-cta">Get Grid Ledger in your inbox. <a href="/newsletter">Subscribe</a></div></article>') % (
        kind, topic, topic.title(), E(title), names, vis, paras(ps))
    return s7_shell(title, inner, head)


p = ["Texas added more battery storage capacity in 2024 than any other U.S. state, and developers expect to connect another 9 gigawatts this year, the state's grid operator said Thursday.",
     "Batteries supplied as much as 7 percent of evening demand on several days last summer, helping ERCOT avoid emergency alerts during heat waves.",
     "Analysts said falling cell prices and the state's fast interconnection process make Texas attractive even without a state storage mandate.",
     "The operator warned, however, that its forecasts assume projects stay on schedule, which has not always been the case."]
path = "/news/2025/03/06/texas-battery-fleet-set-to-grow-9-gw"
S7.art(path, s7_article(path, "Texas battery fleet set to grow by 9 GW this year", "storage", ["Ana Lutz", "Marco Bell"], "2025-03-06T08:30:00-06:00",
                        "Mar 6, 2025 8:30 AM CST", text(p, 701)),
       "Texas battery fleet set to grow by 9 GW this year", "2025-03-06", ["Ana Lutz", "Marco Bell"], instant="2025-03-06T14:30",
       must=["Batteries supplied as much as 7 percent of evening demand"])

p = ["Utilities have spent a decade arguing about who should pay for the transmission lines that renewable projects need. The new federal rule on regional planning is a chance to end that argument.",
     "The rule requires planners to look twenty years ahead and weigh benefits such as reduced congestion and reliability, not just the cheapest way to connect the next project.",
     "States that engage early will shape how costs are allocated. Those that sit on the sidelines will find the decisions made for them.",
     "Jorge Alvarez is a former state utility commissioner and now a senior fellow at the Prairie Energy Institute."]
path = "/opinion/2025/03/07/states-should-seize-transmission-planning-rule"
S7.art(path, s7_article(path, "States should seize the moment on transmission planning", "policy", ["Jorge Alvarez"], "2025-03-07T11:00:00-06:00",
                        "Mar 7, 2025 11:00 AM CST", text(p, 702), kind="Commentary"),
       "States should seize the moment on transmission planning", "2025-03-07", ["Jorge Alvarez"], instant="2025-03-07T17:00",
       must=["The rule requires planners to look twenty years ahead"])

p = ["A 300-megawatt solar farm in Arizona has begun commercial operation alongside a four-hour battery, making it one of the largest co-located projects in the Southwest.",
     "The project sells its output to a local utility under a 20-year contract and will shift most of its midday generation into the early evening peak.",
     "Construction took 22 months and employed about 600 workers at its peak, the developer said.",
     "The site sits on former cotton land leased from three farming families."]
path = "/news/2025/03/10/mesa-verde-solar-storage-project-online"
S7.art(path, s7_article(path, "Mesa Verde solar-plus-storage project comes online in Arizona", "solar", ["Keisha Rowe"], "2025-03-10T07:15:00-05:00",
                        "Mar 10, 2025 7:15 AM CDT", text(p, 703)),
       "Mesa Verde solar-plus-storage project comes online in Arizona", "2025-03-10", ["Keisha Rowe"], instant="2025-03-10T12:15",
       must=["Construction took 22 months and employed about 600 workers"])

S7.non("/topics/storage", s7_shell("Storage", '<h1>Storage</h1><ul>%s</ul>' % teaserlist([S7.links[0]])), None)
S7.non("/topics/solar", s7_shell("Solar", '<h1>Solar</h1><ul>%s</ul>' % teaserlist([S7.links[2]])))
S7.non("/topics/policy", s7_shell("Policy", '<h1>Policy</h1><ul>%s</ul>' % teaserlist([S7.links[1]])))
S7.non("/authors/keisha-rowe", s7_shell("Keisha Rowe", '<div class="author"><h1>Keisha Rowe</h1><p>Keisha Rowe covers solar and the Southwest for Grid Ledger.</p><ul>%s</ul></div>' % teaserlist([S7.links[2]])))
S7.non("/authors/ana-lutz", s7_shell("Ana Lutz", '<div class="author"><h1>Ana Lutz</h1><p>Senior reporter, storage and markets.</p><ul>%s</ul></div>' % teaserlist([S7.links[0]])))
S7.non("/events", s7_shell("Events", '<h1>Events</h1><div class="event-card"><a href="/events/grid-edge-summit-2025">Grid Edge Summit 2025</a><p>May 13-15, 2025 &middot; Denver, CO</p></div>'), "Events")
S7.non("/events/grid-edge-summit-2025", s7_shell("Grid Edge Summit 2025", '<div class="event"><h1>Grid Edge Summit 2025</h1><p>May 13&ndash;15, 2025 &middot; Denver, CO</p><p>Three days of sessions on distributed energy, virtual power plants and utility business models.</p><a class="btn" href="/events/grid-edge-summit-2025/register">Register</a></div>', '<meta property="og:type" content="article">'))
S7.non("/whitepapers", s7_shell("Library", '<h1>Whitepapers &amp; reports</h1><ul><li><a href="/webinars/long-duration-storage-economics">Webinar: The economics of long-duration storage</a></li></ul>'), "Library")
S7.non("/webinars/long-duration-storage-economics", s7_shell("The economics of long-duration storage", '<div class="webinar"><h1>The Economics of Long-Duration Storage</h1><p>On demand &middot; 60 minutes &middot; Sponsored by FerroCell</p><form><input name="email"><button>Watch now</button></form></div>'))
S7.non("/projects/database", s7_shell("Project Database", '<h1>Project Database</h1><table><tr><th>Project</th><th>State</th><th>MW</th></tr><tr><td><a href="/projects/database/mesa-verde-solar-storage">Mesa Verde Solar + Storage</a></td><td>AZ</td><td>300</td></tr></table>'), "Project Database")
S7.non("/projects/database/mesa-verde-solar-storage", s7_shell("Mesa Verde Solar + Storage", '<div class="project"><h1>Mesa Verde Solar + Storage</h1><dl><dt>Capacity</dt><dd>300 MW PV / 1,200 MWh BESS</dd><dt>Status</dt><dd>Operating (March 2025)</dd><dt>Offtaker</dt><dd>Salt Valley Power</dd></dl><ul>%s</ul></div>' % teaserlist([S7.links[2]])))
S7.non("/newsletter", s7_shell("Newsletter", '<h1>Grid Ledger Daily</h1><p>The day\'s energy news, every weekday morning.</p><form><input name="email"><button>Sign up</button></form>'), "Newsletter")
S7.non("/about", s7_shell("About", '<h1>About Grid Ledger</h1><p>Independent news on the power sector since 2011.</p>'))
S7.sitemap()
S7.non("/", s7_shell("Power sector news", '<section class="river"><ul>%s</ul></section>' % teaserlist(S7.links)))

# =====================================================================
# 8. PRODUKTION & TECHNIK - Vogel-like German Fachzeitschrift
# =====================================================================
S8 = Site(8, "Produktion & Technik", "de")
S8NAV = [("/fertigung/", "Fertigung"), ("/automatisierung/", "Automatisierung"), ("/messen-events/", "Messen & Events"), ("/whitepaper/", "Whitepaper"),
         ("/anbieter/", "Anbieter"), ("/epaper/", "E-Paper"), ("/mediadaten/", "Mediadaten")]


def s8_shell(title, inner, head=""):
    nav = "".join('<li class="nav__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S8NAV)
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="vbm">'
            '<header class="header"><a class="header__logo" href="/">PRODUKTION &amp; TECHNIK</a><ul class="nav">%s</ul></header>'
            '<div class="content">%s</div><footer class="footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li>'
            '<li><a href="/mediadaten/">Mediadaten</a></li></ul><p>&copy; 2025 Fachverlag Rheintal GmbH</p></footer></body></html>') % (
        E(title), head, nav, inner)


def s8_article(path, title, kicker, teaser, date_vis, iso, byline_html, ps, rubrik, anbieter=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": iso,
          "publisher": {"@type": "Organization", "name": "Produktion & Technik"}}
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s') % (E(teaser), E(title), jl(ld))
    inner = ('<article class="inf-article"><header class="inf-article__header"><h1 class="inf-headline"><span class="inf-kicker">%s</span> '
             '<span class="inf-title">%s</span></h1><p class="inf-teaser">%s</p>'
             '<div class="inf-meta"><span class="inf-date">%s</span> <span class="inf-author">%s</span> <span class="inf-readtime">Lesedauer: 3 min</span></div></header>'
             '<div class="inf-text">%s</div>%s'
             '<div class="inf-tags"><a href="/themen/automatisierung/">Automatisierung</a></div></article>'
             '<aside class="inf-related"><h3>Weitere Artikel</h3><ul><li><a href="/%s/">Mehr aus %s</a></li></ul></aside>') % (
        E(kicker), E(title), E(teaser), date_vis, byline_html, paras(ps), anbieter, rubrik, rubrik.title())
    return s8_shell("%s - Produktion & Technik" % title, inner, head)


p = ["Ein mittelständischer Zulieferer aus dem Schwarzwald fertigt Aluminiumgehäuse für E-Bike-Antriebe jetzt in einer vollautomatischen Zelle, die auch nachts ohne Bediener läuft.",
     "Ein Roboter belädt zwei Fünfachs-Bearbeitungszentren aus einem Palettenspeicher mit 40 Plätzen, eine Kamera prüft jedes Teil auf Grate, bevor es abgelegt wird.",
     "Nach Angaben des Werkleiters ist die Spindellaufzeit von 55 auf 82 Prozent gestiegen, die Stückkosten sind um knapp ein Fünftel gesunken.",
     "Die Investition von 1,8 Millionen Euro soll sich in weniger als drei Jahren amortisieren."]
path = "/automatisierte-zelle-fraest-e-bike-gehaeuse-rund-um-die-uhr-a-7c1e2f9a04b3d/"
S8.art(path, s8_article(path, "Automatisierte Zelle fräst E-Bike-Gehäuse rund um die Uhr", "Fertigungszelle", "Ein Zulieferer steigert die Spindellaufzeit auf 82 Prozent.",
                        "05.03.2025", "2025-03-05T10:15:00+01:00", 'Von <a href="/autor/anja-weber/">Anja Weber</a>', text(p, 801), "fertigung"),
       "Automatisierte Zelle fräst E-Bike-Gehäuse rund um die Uhr", "2025-03-05", ["Anja Weber"],
       must=["Ein Roboter belädt zwei Fünfachs-Bearbeitungszentren aus einem Palettenspeicher"])

p = ["Wer Maschinendaten für die vorausschauende Wartung nutzen will, scheitert selten an der Sensorik, sondern an der Datenqualität. Zeitstempel fehlen, Einheiten sind uneinheitlich, Signale werden zu selten abgetastet.",
     "Bewährt hat sich ein schrittweises Vorgehen: zuerst eine kritische Baugruppe auswählen, etwa die Hauptspindel, und deren Daten sauber erfassen, bevor weitere Anlagen folgen.",
     "Entscheidend ist außerdem, die Instandhaltung früh einzubinden. Ihre Erfahrung zeigt, welche Ausfälle teuer sind und welche Muster sich ankündigen.",
     "Der Autor ist Leiter Digitalisierung bei einem Werkzeugmaschinenhersteller in Baden-Württemberg."]
path = "/predictive-maintenance-so-gelingt-der-einstieg-a-91d0b3c5e7a82/"
S8.art(path, s8_article(path, "Predictive Maintenance: So gelingt der Einstieg", "Instandhaltung", "Drei Schritte zu brauchbaren Maschinendaten.",
                        "06.03.2025", "2025-03-06T08:00:00+01:00", 'Autor / Redakteur: Klaus Maier / <a href="/autor/sandra-ehm/">Sandra Ehm</a>', text(p, 802), "automatisierung"),
       "Predictive Maintenance: So gelingt der Einstieg", "2025-03-06", ["Klaus Maier"], must=["Bewährt hat sich ein schrittweises Vorgehen"])

p = ["Der Elektrotechnikkonzern Hager baut sein Werk im Saarland um und investiert 45 Millionen Euro in eine neue Fertigung für Wandladestationen.",
     "Auf rund 12.000 Quadratmetern sollen ab 2026 jährlich bis zu 400.000 Wallboxen entstehen, die Montage wird weitgehend automatisiert.",
     "Nach Angaben des Unternehmens bleiben alle 900 Arbeitsplätze am Standort erhalten, rund 60 kommen hinzu.",
     "Der Betriebsrat begrüßte die Entscheidung, forderte aber eine Qualifizierungsoffensive für die Beschäftigten."]
path = "/hager-investiert-45-millionen-euro-in-wallbox-fertigung-a-3f8a6d2c1b9e4/"
S8.art(path, s8_article(path, "Hager investiert 45 Millionen Euro in Wallbox-Fertigung", "Standort Saarland", "Neue Fertigung soll ab 2026 bis zu 400.000 Wallboxen im Jahr liefern.",
                        "07.03.2025", "2025-03-07T13:40:00+01:00", 'Von <a href="/autor/anja-weber/">Anja Weber</a> und Tim Schulte', text(p, 803), "fertigung",
                        '<div class="inf-anbieter"><h3>Anbieter zum Thema</h3><a href="/anbieter/hager-group-c-78911/">Hager Group</a></div>'),
       "Hager investiert 45 Millionen Euro in Wallbox-Fertigung", "2025-03-07", ["Anja Weber", "Tim Schulte"],
       must=["Auf rund 12.000 Quadratmetern sollen ab 2026 jährlich bis zu 400.000 Wallboxen entstehen"])

S8.non("/fertigung/", s8_shell("Fertigung - Produktion & Technik", '<h1>Fertigung</h1><ul>%s</ul>' % teaserlist([S8.links[0], S8.links[2]])), None)
S8.non("/automatisierung/", s8_shell("Automatisierung - Produktion & Technik", '<h1>Automatisierung</h1><ul>%s</ul>' % teaserlist([S8.links[1]])))
S8.non("/themen/automatisierung/", s8_shell("Thema Automatisierung", '<h1>Thema: Automatisierung</h1><ul>%s</ul>' % teaserlist(S8.links[:3])))
S8.non("/autor/anja-weber/", s8_shell("Anja Weber - Redakteurin", '<div class="author"><h1>Anja Weber</h1><p>Redakteurin Fertigungstechnik</p><ul>%s</ul></div>' % teaserlist([S8.links[0], S8.links[2]])))
S8.non("/autor/sandra-ehm/", s8_shell("Sandra Ehm - Redakteurin", '<div class="author"><h1>Sandra Ehm</h1><p>Ressortleiterin Automatisierung</p><ul>%s</ul></div>' % teaserlist([S8.links[1]])))
S8.non("/messen-events/", s8_shell("Messen & Events", '<h1>Messekalender</h1><ul><li><a href="/messen-events/hannover-messe-2025-e-1204/">Hannover Messe 2025</a> &ndash; 31.03.&ndash;04.04.2025, Hannover</li></ul>'), "Messen & Events")
S8.non("/messen-events/hannover-messe-2025-e-1204/", s8_shell("Hannover Messe 2025", '<div class="event"><h1>Hannover Messe 2025</h1><p>31.03.2025 &ndash; 04.04.2025 &middot; Messegelände Hannover</p><p>Leitmesse der Industrie mit rund 4.000 Ausstellern.</p><a href="/messen-events/">Alle Termine</a></div>'))
S8.non("/whitepaper/", s8_shell("Whitepaper", '<h1>Whitepaper</h1><ul><li><a href="/whitepaper/leitfaden-predictive-maintenance-wp-4471/">Leitfaden Predictive Maintenance</a></li></ul>'), "Whitepaper")
S8.non("/whitepaper/leitfaden-predictive-maintenance-wp-4471/", s8_shell("Leitfaden Predictive Maintenance", '<div class="whitepaper"><h1>Leitfaden Predictive Maintenance</h1><p>Anbieter: DataMill GmbH &middot; 22 Seiten &middot; PDF</p><p>Jetzt kostenlos herunterladen. Mit dem Download stimmen Sie der Weitergabe Ihrer Daten an den Anbieter zu.</p><form><input name="email"><button>Download</button></form></div>'))
S8.non("/anbieter/", s8_shell("Anbieterverzeichnis", '<h1>Anbieter</h1><ul><li><a href="/anbieter/hager-group-c-78911/">Hager Group</a></li></ul>'), "Anbieter")
S8.non("/anbieter/hager-group-c-78911/", s8_shell("Hager Group - Firmenprofil", '<div class="company"><h1>Hager Group</h1><p>Zum Gunterstal, 66440 Blieskastel</p><p>Elektroinstallation, Energieverteilung, Ladetechnik</p><h2>Artikel</h2><ul>%s</ul></div>' % teaserlist([S8.links[2]])))
S8.non("/epaper/", s8_shell("E-Paper", '<h1>E-Paper-Archiv</h1><ul><li><a href="/epaper/ausgabe-03-2025/">Ausgabe 03/2025</a></li></ul>'), "E-Paper")
S8.non("/epaper/ausgabe-03-2025/", s8_shell("Ausgabe 03/2025", '<h1>Produktion &amp; Technik 03/2025</h1><p>Erscheinungstag: 12.03.2025</p><h2>Inhalt</h2><ul>%s</ul>' % teaserlist(S8.links[:3])))
S8.non("/mediadaten/", s8_shell("Mediadaten 2025", '<h1>Mediadaten 2025</h1><p>Druckauflage 18.500 Exemplare. Anzeigenpreise und Termine als PDF.</p>'), "Mediadaten")
S8.non("/impressum/", s8_shell("Impressum", '<h1>Impressum</h1><p>Fachverlag Rheintal GmbH, Rheinstraße 12, 55116 Mainz. Chefredaktion: Sandra Ehm.</p>'))
S8.rss("/rss/news.xml")
S8.non("/", s8_shell("Produktion & Technik - Fachmagazin für die Industrie", '<h1 class="visually-hidden">Produktion &amp; Technik</h1><section class="teaser-list"><ul>%s</ul></section>' % teaserlist(S8.links)))

# =====================================================================
# 9. Le Bâtiment Hebdo - Le Moniteur-like French trade weekly
# =====================================================================
S9 = Site(9, "Le Bâtiment Hebdo", "fr")
S9NAV = [("/actualites/", "Actualités"), ("/rubrique/renovation/", "Rénovation"), ("/rubrique/marches-publics/", "Marchés publics"),
         ("/agenda/", "Agenda"), ("/annuaire/", "Annuaire"), ("/emploi/", "Emploi"), ("/abonnement/", "S'abonner")]


def s9_shell(title, inner, head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S9NAV)
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="bh-header"><a href="/" class="bh-logo">Le Bâtiment Hebdo</a><ul class="bh-menu">%s</ul><a class="bh-abo" href="/abonnement/">Je m\'abonne</a></header>'
            '<div class="bh-container">%s</div><footer class="bh-footer"><a href="/mentions-legales/">Mentions légales</a> <a href="/contact/">Contact</a><p>&copy; Groupe Batipresse 2025</p></footer></body></html>') % (
        E(title), head, nav, inner)


def s9_article(aid, slug, title, chapo, rub, pub, maj, byline, ps, iso):
    path = "/article/%s-%d.html" % (slug, aid)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
          "author": {"@type": "Organization", "name": "Le Bâtiment Hebdo"}, "publisher": {"@type": "Organization", "name": "Le Bâtiment Hebdo"}}
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">%s' % (E(title), E(chapo), jl(ld))
    maj_html = ' <span class="bh-maj">| Mis à jour le %s</span>' % maj if maj else ""
    inner = ('<article class="bh-article"><p class="bh-rubrique"><a href="/rubrique/%s/">%s</a></p><h1 class="bh-titre">%s</h1>'
             '<div class="bh-infos"><span class="bh-date">Publié le %s</span>%s<p class="bh-auteur">%s</p></div>'
             '<p class="bh-chapo">%s</p><div class="bh-corps">%s</div>'
             '<div class="bh-paywall-teaser">Cet article est réservé aux abonnés. <a href="/abonnement/">Découvrez nos offres</a></div>'
             '<div class="bh-tags">Mots-clés : <a href="/tag/renovation-energetique/">Rénovation énergétique</a></div></article>') % (
        rub, rub.replace("-", " ").capitalize(), E(title), pub, maj_html, byline, E(chapo), paras(ps))
    return path, s9_shell("%s - Le Bâtiment Hebdo" % title, inner, head)


p = ["Le nombre de rénovations d'ampleur financées par MaPrimeRénov' a reculé de 18 % en janvier par rapport au même mois de 2024, selon les chiffres de l'Agence nationale de l'habitat.",
     "Les artisans interrogés évoquent l'incertitude créée par les changements répétés du dispositif et l'allongement des délais de paiement, qui dépassent parfois six mois.",
     "La Capeb demande une stabilisation des règles jusqu'en 2027 et un acompte versé dès l'acceptation du dossier.",
     "Le ministère du Logement assure que le budget 2025 permettra de financer 120 000 rénovations d'ampleur."]
path, doc = s9_article(2301877, "maprimerenov-les-renovations-d-ampleur-reculent-en-janvier", "MaPrimeRénov' : les rénovations d'ampleur reculent en janvier",
                       "Les artisans pointent l'instabilité du dispositif.", "renovation", "04/03/2025 à 11h20", "05/03/2025 à 09h02",
                       'Par <a href="/auteur/claire-dubois/">Claire Dubois</a>', text(p, 901), "2025-03-04T11:20:00+01:00")
S9.art(path, doc, "MaPrimeRénov' : les rénovations d'ampleur reculent en janvier", "2025-03-04", ["Claire Dubois"], instant="2025-03-04T10:20",
       must=["La Capeb demande une stabilisation des règles jusqu'en 2027"], must_not=["Cet article est réservé aux abonnés."])

p = ["La métropole de Lyon a attribué à un groupement d'entreprises régionales le marché de construction de quatre groupes scolaires en bois, pour un montant total de 86 millions d'euros.",
     "Les bâtiments, conçus en ossature bois et béton bas carbone, devront atteindre le niveau E3C2 du label énergie-carbone.",
     "Le chantier du premier groupe scolaire, à Vénissieux, doit démarrer en juin pour une livraison à la rentrée 2027.",
     "Les entreprises locales représentent 70 % du montant des travaux, une part que la métropole met en avant."]
path, doc = s9_article(2301954, "lyon-attribue-quatre-groupes-scolaires-en-bois", "Lyon attribue quatre groupes scolaires en bois",
                       "Un marché de 86 millions d'euros pour des entreprises régionales.", "marches-publics", "06/03/2025 à 16h45", "",
                       'Par <a href="/auteur/sophie-garnier/">Sophie Garnier</a> (correspondante à Lyon)', text(p, 902), "2025-03-06T16:45:00+01:00")
S9.art(path, doc, "Lyon attribue quatre groupes scolaires en bois", "2025-03-06", ["Sophie Garnier"], instant="2025-03-06T15:45",
       must=["Les bâtiments, conçus en ossature bois et béton bas carbone"])

p = ["Les prix des principaux matériaux de construction se sont stabilisés en février, après deux années de fortes hausses, selon l'indice publié par la Fédération française du bâtiment.",
     "L'acier pour béton armé recule de 3 % sur un an, tandis que le ciment et les granulats progressent encore légèrement.",
     "Les entrepreneurs restent prudents : la demande dans le logement neuf reste faible et pèse sur les carnets de commandes.",
     "La FFB prévoit un recul de l'activité de 2 % en volume cette année."]
path, doc = s9_article(2302011, "materiaux-les-prix-se-stabilisent", "Matériaux : les prix se stabilisent",
                       "L'acier recule, le ciment progresse encore légèrement.", "renovation", "07/03/2025 à 08h30", "",
                       'Par <a href="/auteur/antoine-lefevre/">Antoine Lefèvre</a> et <a href="/auteur/nora-haddad/">Nora Haddad</a>', text(p, 903), "2025-03-07T08:30:00+01:00")
S9.art(path, doc, "Matériaux : les prix se stabilisent", "2025-03-07", ["Antoine Lefèvre", "Nora Haddad"], instant="2025-03-07T07:30",
       must=["L'acier pour béton armé recule de 3 % sur un an"])

S9.non("/actualites/", s9_shell("Actualités - Le Bâtiment Hebdo", '<h1>Toute l\'actualité</h1><ul>%s</ul>' % teaserlist(S9.links[:3])), None)
S9.non("/rubrique/renovation/", s9_shell("Rénovation - Le Bâtiment Hebdo", '<h1>Rénovation</h1><ul>%s</ul>' % teaserlist([S9.links[0], S9.links[2]])))
S9.non("/rubrique/marches-publics/", s9_shell("Marchés publics - Le Bâtiment Hebdo", '<h1>Marchés publics</h1><ul>%s</ul>' % teaserlist([S9.links[1]])))
S9.non("/tag/renovation-energetique/", s9_shell("Rénovation énergétique - Le Bâtiment Hebdo", '<h1>Rénovation énergétique</h1><ul>%s</ul>' % teaserlist(S9.links[:3])))
S9.non("/auteur/claire-dubois/", s9_shell("Claire Dubois - Le Bâtiment Hebdo", '<h1>Claire Dubois</h1><p>Journaliste, rubrique logement et rénovation.</p><ul>%s</ul>' % teaserlist([S9.links[0]])))
S9.non("/agenda/", s9_shell("Agenda - Le Bâtiment Hebdo", '<h1>Agenda</h1><ul><li><a href="/agenda/salon-bois-construction-2025/">Salon Bois Construction 2025</a> &ndash; du 20 au 22 mai 2025, Épinal</li></ul>'), "Agenda")
S9.non("/agenda/salon-bois-construction-2025/", s9_shell("Salon Bois Construction 2025", '<div class="bh-event"><h1>Salon Bois Construction 2025</h1><p>Du 20 au 22 mai 2025 &ndash; Centre des congrès, Épinal</p><p>Conférences, démonstrations et 180 exposants de la filière bois.</p></div>'))
S9.non("/annuaire/", s9_shell("Annuaire des fournisseurs", '<h1>Annuaire des fournisseurs</h1><ul><li><a href="/annuaire/fournisseurs/beton-rhone-sa/">Béton Rhône SA</a></li></ul>'), "Annuaire")
S9.non("/annuaire/fournisseurs/beton-rhone-sa/", s9_shell("Béton Rhône SA - Annuaire", '<div class="bh-fiche"><h1>Béton Rhône SA</h1><p>Béton prêt à l\'emploi, préfabrication</p><p>12 quai Perrache, 69002 Lyon</p><p>SIRET 412 345 678 00021</p></div>'))
S9.non("/emploi/", s9_shell("Emploi", '<h1>Offres d\'emploi</h1><ul><li><a href="/emploi/offre/conducteur-de-travaux-h-f-lyon-7788/">Conducteur de travaux H/F &ndash; Lyon</a></li></ul>'), "Emploi")
S9.non("/emploi/offre/conducteur-de-travaux-h-f-lyon-7788/", s9_shell("Conducteur de travaux H/F - Lyon", '<div class="bh-offre"><h1>Conducteur de travaux H/F</h1><p>Béton Rhône SA &middot; Lyon (69) &middot; CDI</p><p>Publiée le 03/03/2025</p><p>Vous pilotez des chantiers de gros œuvre de 2 à 10 M€.</p><a href="/emploi/postuler/7788/">Postuler</a></div>'))
S9.non("/numeros/3412/", s9_shell("N° 3412 du 7 mars 2025", '<h1>Le Bâtiment Hebdo n° 3412 &ndash; 7 mars 2025</h1><p>Au sommaire de ce numéro :</p><ul>%s</ul>' % teaserlist(S9.links[:3])), "Le numéro de la semaine")
S9.non("/abonnement/", s9_shell("Abonnement - Le Bâtiment Hebdo", '<h1>Abonnez-vous</h1><p>Offre intégrale papier + numérique : 29 € par mois.</p>'), "S'abonner")
S9.non("/mentions-legales/", s9_shell("Mentions légales", '<h1>Mentions légales</h1><p>Éditeur : Groupe Batipresse SAS, Paris. Directeur de la publication : Marc Olivier.</p>'))
S9.sitemap()
S9.non("/", s9_shell("Le Bâtiment Hebdo - l'actualité du BTP", '<div class="bh-une"><ul>%s</ul></div>' % teaserlist(S9.links)))

# =====================================================================
# 10. Installatie Vakblad - Dutch trade magazine
# =====================================================================
S10 = Site(10, "Installatie Vakblad", "nl")
S10NAV = [("/nieuws/", "Nieuws"), ("/tag/warmtepompen/", "Warmtepompen"), ("/agenda/", "Agenda"), ("/vacatures/", "Vacatures"),
          ("/leveranciers/", "Leveranciersgids"), ("/abonneren/", "Abonneren"), ("/colofon/", "Colofon")]


def s10_shell(title, inner, head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S10NAV)
    return ('<!DOCTYPE html><html lang="nl-NL"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="iv-header"><a href="/" class="iv-logo">Installatie Vakblad</a><ul class="iv-menu">%s</ul></header>'
            '<main class="iv-main">%s</main><footer class="iv-footer"><p>Installatie Vakblad is een uitgave van Vakmedia Noord BV</p><a href="/privacy/">Privacy</a></footer></body></html>') % (
        E(title), head, nav, inner)


def s10_article(aid, slug, title, intro, pub, gew, byline, ps, iso):
    path = "/artikel/%d/%s" % (aid, slug)
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": iso, "dateModified": iso,
          "publisher": {"@type": "Organization", "name": "Installatie Vakblad"}}
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:locale" content="nl_NL">%s' % (E(title), jl(ld))
    gew_html = ' | Gewijzigd: %s' % gew if gew else ""
    inner = ('<article class="iv-artikel"><h1>%s</h1><div class="iv-meta"><span class="iv-auteur">%s</span><span class="iv-datum">Gepubliceerd: %s%s</span>'
             '<span class="iv-leestijd">Leestijd 3 minuten</span></div><p class="iv-intro"><strong>%s</strong></p><div class="iv-tekst">%s</div>'
             '<div class="iv-tags"><a href="/tag/warmtepompen/">warmtepompen</a></div></article>'
             '<section class="iv-lees-ook"><h3>Lees ook</h3><ul><li><a href="/nieuws/">Meer nieuws</a></li></ul></section>') % (
        E(title), byline, pub, gew_html, E(intro), paras(ps))
    return path, s10_shell("%s | Installatie Vakblad" % title, inner, head)


p = ["Installateurs hebben in 2024 ruim 61.000 hybride warmtepompen geplaatst, een stijging van 9 procent ten opzichte van een jaar eerder, blijkt uit cijfers van de branchevereniging.",
     "Volledig elektrische warmtepompen bleven achter, vooral in de bestaande bouw, waar de isolatie vaak nog onvoldoende is.",
     "De branche rekent erop dat de subsidie voor isolatie en warmtepompen dit jaar op hetzelfde niveau blijft, maar waarschuwt voor een tekort aan monteurs.",
     "Volgens de vereniging staan er ruim 4.000 vacatures open voor servicemonteurs."]
path, doc = s10_article(41822, "verkoop-hybride-warmtepompen-stijgt-negen-procent", "Verkoop hybride warmtepompen stijgt negen procent",
                        "Volledig elektrische varianten blijven achter in de bestaande bouw.", "6 maart 2025 om 09:45", "7 maart 2025",
                        'Door <a href="/auteur/joris-de-vries/">Joris de Vries</a>', text(p, 1001), "2025-03-06T09:45:00+01:00")
S10.art(path, doc, "Verkoop hybride warmtepompen stijgt negen procent", "2025-03-06", ["Joris de Vries"], instant="2025-03-06T08:45",
        must=["Volledig elektrische warmtepompen bleven achter"])

p = ["Op een bedrijventerrein in Zwolle heeft een installatiebedrijf een werkplaats ingericht waar leerlingen warmtepompen, ventilatie en zonnepanelen op ware grootte leren aansluiten.",
     "Elke leerling krijgt een eigen proefopstelling met een complete woningschil, zodat fouten in de praktijk kunnen worden nagebootst zonder een klant te storen.",
     "Het bedrijf leidt jaarlijks twintig leerlingen op en neemt het grootste deel daarna in dienst.",
     "Andere installateurs uit de regio kunnen de werkplaats huren voor eigen opleidingen."]
path, doc = s10_article(41857, "installateur-bouwt-eigen-leerwerkplaats-in-zwolle", "Installateur bouwt eigen leerwerkplaats in Zwolle",
                        "Leerlingen oefenen op proefopstellingen op ware grootte.", "10 maart 2025 om 14:10", "",
                        'Tekst: <a href="/auteur/marieke-jansen/">Marieke Jansen</a> | Beeld: Bas Kuipers', text(p, 1002), "2025-03-10T14:10:00+01:00")
S10.art(path, doc, "Installateur bouwt eigen leerwerkplaats in Zwolle", "2025-03-10", ["Marieke Jansen"], instant="2025-03-10T13:10",
        must=["Elke leerling krijgt een eigen proefopstelling"])

p = ["Vanaf 1 juli gelden strengere eisen voor de controle van gasketels in huurwoningen. Verhuurders moeten dan elke twee jaar een keuring door een gecertificeerd bedrijf kunnen aantonen.",
     "De maatregel volgt op een reeks incidenten met koolmonoxide in oudere huurwoningen.",
     "Installateurs verwachten extra werk, maar vrezen ook voor administratieve lasten rond de registratie van keuringen.",
     "Het ministerie publiceert binnenkort een handreiking voor de sector."]
path, doc = s10_article(41869, "strengere-keuring-gasketels-huurwoningen", "Strengere keuring gasketels in huurwoningen",
                        "Vanaf 1 juli elke twee jaar een keuring verplicht.", "11 maart 2025 om 08:00", "",
                        'Door Redactie', text(p, 1003), "2025-03-11T08:00:00+01:00")
S10.art(path, doc, "Strengere keuring gasketels in huurwoningen", "2025-03-11", [], instant="2025-03-11T07:00",
        must=["De maatregel volgt op een reeks incidenten met koolmonoxide"])

S10.non("/nieuws/", s10_shell("Nieuws | Installatie Vakblad", '<h1>Nieuws</h1><ul>%s</ul>' % teaserlist(S10.links[:3])), None)
S10.non("/tag/warmtepompen/", s10_shell("warmtepompen | Installatie Vakblad", '<h1>Tag: warmtepompen</h1><ul>%s</ul>' % teaserlist(S10.links[:3])))
S10.non("/auteur/joris-de-vries/", s10_shell("Joris de Vries | Installatie Vakblad", '<h1>Joris de Vries</h1><p>Hoofdredacteur</p><ul>%s</ul>' % teaserlist([S10.links[0]])))
S10.non("/agenda/", s10_shell("Agenda | Installatie Vakblad", '<h1>Agenda</h1><ul><li><a href="/agenda/vakbeurs-installatie-2025/">Vakbeurs Installatie 2025</a> &ndash; 14 t/m 16 oktober 2025, Utrecht</li></ul>'), "Agenda")
S10.non("/agenda/vakbeurs-installatie-2025/", s10_shell("Vakbeurs Installatie 2025 | Installatie Vakblad", '<div class="iv-event"><h1>Vakbeurs Installatie 2025</h1><p>14 t/m 16 oktober 2025, Jaarbeurs Utrecht</p><p>Gratis registratie voor vakbezoekers.</p></div>'))
S10.non("/vacatures/", s10_shell("Vacatures | Installatie Vakblad", '<h1>Vacatures</h1><ul><li><a href="/vacatures/servicemonteur-warmtepompen-utrecht/">Servicemonteur warmtepompen (Utrecht)</a></li></ul>'), "Vacatures")
S10.non("/vacatures/servicemonteur-warmtepompen-utrecht/", s10_shell("Servicemonteur warmtepompen | Installatie Vakblad", '<div class="iv-vacature"><h1>Servicemonteur warmtepompen</h1><p>WarmteGroep BV &middot; Utrecht &middot; 38 uur</p><p>Geplaatst op 4 maart 2025</p><p>Salaris &euro; 3.100 &ndash; &euro; 3.900 per maand.</p><a href="/vacatures/solliciteer/">Solliciteer direct</a></div>'))
S10.non("/leveranciers/", s10_shell("Leveranciersgids | Installatie Vakblad", '<h1>Leveranciersgids</h1><ul><li><a href="/leveranciers/warmtegroep-bv/">WarmteGroep BV</a></li></ul>'), "Leveranciersgids")
S10.non("/leveranciers/warmtegroep-bv/", s10_shell("WarmteGroep BV | Leveranciersgids", '<div class="iv-leverancier"><h1>WarmteGroep BV</h1><p>Warmtepompen, ventilatie</p><p>Kanaalweg 4, 3526 KL Utrecht</p></div>'))
S10.non("/abonneren/", s10_shell("Abonneren | Installatie Vakblad", '<h1>Abonneren</h1><p>Tien nummers per jaar voor &euro; 89.</p>'), "Abonneren")
S10.non("/colofon/", s10_shell("Colofon | Installatie Vakblad", '<h1>Colofon</h1><p>Hoofdredactie: Joris de Vries. Uitgever: Vakmedia Noord BV, Groningen.</p>'), "Colofon")
S10.rss("/feed/")
S10.non("/", s10_shell("Installatie Vakblad | Vakblad voor de installatiebranche", '<section class="iv-home"><ul>%s</ul></section>' % teaserlist(S10.links)))

# =====================================================================
# 11. Harbourline - maritime news
# =====================================================================
S11 = Site(11, "Harbourline", "en")
S11NAV = [("/news/", "News"), ("/tag/container-shipping/", "Containers"), ("/tag/ports/", "Ports"), ("/vessels/", "Vessels"),
          ("/events/", "Events"), ("/jobs/", "Jobs"), ("/newsletter/", "Newsletter")]


def s11_shell(title, inner, head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S11NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbourline :: %s</title>%s</head><body>'
            '<div class="top-bar">Brent $71.20 &middot; SCFI 1,595 &middot; Baltic Dry 1,211</div>'
            '<header><a class="hl-logo" href="/">Harbourline</a><ul class="hl-nav">%s</ul></header>'
            '<div class="hl-wrap">%s</div><footer><p>&copy; Harbourline Maritime Media 2025</p><a href="/about/">About us</a></footer></body></html>') % (
        E(title), head, nav, inner)


def s11_article(path, title, byline, when, ps, tag):
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="keywords" content="%s">' % (E(title), tag)
    inner = ('<div class="hl-article"><h1 class="hl-headline">%s</h1><div class="hl-info"><span class="hl-author">%s</span> '
             '<span class="hl-time">%s</span></div><div class="hl-content">%s</div><div class="hl-tags">Tags: <a href="/tag/%s/">%s</a></div></div>'
             '<div class="hl-sidebar"><h3>Latest vessel news</h3><ul><li><a href="/vessels/imo-9811000-ever-gallant/">Ever Gallant</a></li></ul></div>') % (
        E(title), byline, when, paras(ps), tag, tag.replace("-", " "))
    return s11_shell(title, inner, head)


p = ["The Port of Rotterdam handled 436 million tonnes of cargo in 2024, slightly down on the previous year, as lower coal and oil imports offset growth in containers.",
     "Container volumes rose 2.8 percent to 13.8 million TEU, helped by ships diverted around the Cape of Good Hope that called at Rotterdam to rebalance their schedules.",
     "The port authority said it would invest EUR 300 million this year in quay walls, shore power and a new pipeline corridor for hydrogen and CO2.",
     "Its chief executive warned that longer voyages were straining terminal yards and barge connections."]
path = "/news/rotterdam-throughput-dips-as-containers-grow/"
S11.art(path, s11_article(path, "Rotterdam throughput dips as containers grow", 'By <a href="/author/jonas-eklund/">Jonas Eklund</a>', "04 Mar 2025 | 09:41 UTC", text(p, 1101), "ports"),
        "Rotterdam throughput dips as containers grow", "2025-03-04", ["Jonas Eklund"], instant="2025-03-04T09:41",
        must=["Container volumes rose 2.8 percent to 13.8 million TEU"])

p = ["Two South Korean shipbuilders have won orders for a combined twelve methanol-ready container ships from a Singapore-based owner, in a deal brokers value at more than $2 billion.",
     "The 15,000 TEU vessels will be delivered from 2027 and chartered to a major liner operator on long-term contracts.",
     "Owners are increasingly ordering dual-fuel tonnage even though green methanol remains scarce and expensive.",
     "Yards in Korea and China are now booked into 2028 for large container ships."]
path = "/news/korean-yards-win-twelve-methanol-ready-boxships/"
S11.art(path, s11_article(path, "Korean yards win order for twelve methanol-ready boxships", 'By <a href="/author/amelia-croft/">Amelia Croft</a>, Asia Correspondent', "05 Mar 2025 | 14:20 UTC", text(p, 1102), "container-shipping"),
        "Korean yards win order for twelve methanol-ready boxships", "2025-03-05", ["Amelia Croft"], instant="2025-03-05T14:20",
        must=["The 15,000 TEU vessels will be delivered from 2027"])

p = ["After thirty years at sea I have watched crews shrink while paperwork has grown. A modern bulk carrier sails with twenty people, and each of them spends hours every week on reports that nobody reads.",
     "Fatigue is not a matter of discipline. It is a matter of arithmetic: too few hands, too many inspections, too little sleep between port calls.",
     "Regulators should count the hours that new rules take from a crew before adopting them, and owners should staff their ships for the work that is actually done.",
     "The writer commanded bulk carriers and tankers for two decades and now trains deck officers in Mumbai."]
path = "/news/opinion-fatigue-is-a-matter-of-arithmetic/"
S11.art(path, s11_article(path, "Opinion: Fatigue at sea is a matter of arithmetic", 'Guest column by Capt. Rajiv Menon', "07 Mar 2025 | 06:05 UTC", text(p, 1103), "crewing"),
        "Opinion: Fatigue at sea is a matter of arithmetic", "2025-03-07", ["Rajiv Menon"], instant="2025-03-07T06:05",
        must=["Fatigue is not a matter of discipline."])

S11.non("/news/", s11_shell("News", '<h1>News</h1><ul>%s</ul>' % teaserlist(S11.links[:3])), None)
S11.non("/tag/container-shipping/", s11_shell("Container shipping", '<h1>Tag: container shipping</h1><ul>%s</ul>' % teaserlist([S11.links[1]])))
S11.non("/tag/ports/", s11_shell("Ports", '<h1>Tag: ports</h1><ul>%s</ul>' % teaserlist([S11.links[0]])))
S11.non("/tag/crewing/", s11_shell("Crewing", '<h1>Tag: crewing</h1><ul>%s</ul>' % teaserlist([S11.links[2]])))
S11.non("/author/jonas-eklund/", s11_shell("Jonas Eklund", '<h1>Jonas Eklund</h1><p>Europe editor, based in Gothenburg.</p><ul>%s</ul>' % teaserlist([S11.links[0]])))
S11.non("/author/amelia-croft/", s11_shell("Amelia Croft", '<h1>Amelia Croft</h1><p>Asia correspondent, Singapore.</p><ul>%s</ul>' % teaserlist([S11.links[1]])))
S11.non("/vessels/", s11_shell("Vessels", '<h1>Vessel database</h1><ul><li><a href="/vessels/imo-9811000-ever-gallant/">Ever Gallant (IMO 9811000)</a></li></ul>'), "Vessels")
S11.non("/vessels/imo-9811000-ever-gallant/", s11_shell("Ever Gallant", '<div class="vessel"><h1>EVER GALLANT</h1><table><tr><td>IMO</td><td>9811000</td></tr><tr><td>Type</td><td>Container ship</td></tr><tr><td>Capacity</td><td>23,992 TEU</td></tr><tr><td>Flag</td><td>Singapore</td></tr><tr><td>Built</td><td>2020</td></tr></table></div>'))
S11.non("/events/", s11_shell("Events", '<h1>Events</h1><ul><li><a href="/events/north-sea-port-forum-2025/">North Sea Port Forum 2025</a> &ndash; 3 June 2025</li></ul>'), "Events")
S11.non("/events/north-sea-port-forum-2025/", s11_shell("North Sea Port Forum 2025", '<div class="event"><h1>North Sea Port Forum 2025</h1><p>3 June 2025, Antwerp</p><p>Port executives discuss energy transition and hinterland links.</p><a href="/events/north-sea-port-forum-2025/register/">Register</a></div>'))
S11.non("/jobs/", s11_shell("Jobs", '<h1>Maritime jobs</h1><ul><li><a href="/jobs/chief-engineer-lng-carrier-2291/">Chief Engineer &ndash; LNG carrier</a></li></ul>'), "Jobs")
S11.non("/jobs/chief-engineer-lng-carrier-2291/", s11_shell("Chief Engineer - LNG carrier", '<div class="job"><h1>Chief Engineer &ndash; LNG carrier</h1><p>Nordic Gas Shipping &middot; Rotation 10/10 weeks</p><p>Posted 02 Mar 2025</p><p>Valid CoC Class 1, DFDE experience required.</p></div>'))
S11.non("/newsletter/", s11_shell("Newsletter", '<h1>Harbourline Daily</h1><form><input name="email"><button>Subscribe</button></form>'), "Newsletter")
S11.non("/about/", s11_shell("About us", '<h1>About Harbourline</h1><p>Maritime news from London and Singapore since 2009.</p>'))
S11.rss("/rss/")
S11.non("/", s11_shell("Maritime and shipping news", '<div class="hl-front"><ul>%s</ul></div>' % teaserlist(S11.links)))

# =====================================================================
# 12. Dealer & Fleet Auto News - Automotive News-like
# =====================================================================
S12 = Site(12, "Dealer & Fleet Auto News", "en")
S12NAV = [("/section/retail", "Retail"), ("/section/fleet", "Fleet"), ("/section/ev", "EVs"), ("/data-center", "Data Center"),
          ("/events", "Events"), ("/jobs", "Jobs"), ("/subscribe", "Subscribe")]


def s12_shell(title, inner, head=""):
    nav = "".join('<li class="menu__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in S12NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Dealer &amp; Fleet Auto News</title>%s</head><body>'
            '<header class="site-header"><a class="logo" href="/">Dealer &amp; Fleet Auto News</a><ul class="menu">%s</ul></header>'
            '<div class="page-container">%s</div><footer><p>&copy; 2025 Crane Lake Media</p><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>') % (
        E(title), head, nav, inner)


def s12_article(path, title, section, when, author, role, ps, author_slug):
    head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">') % (E(title), E(ps[0][:150]))
    inner = ('<article class="story"><div class="story-section"><a href="/section/%s">%s</a></div><h1 class="story-headline">%s</h1>'
             '<div class="story-date">%s</div><div class="story-body">%s</div>'
             '<div class="author-card"><a href="/author/%s"><img src="/img/%s.jpg" alt=""></a><div><p class="author-card__name"><a href="/author/%s">%s</a></p><p class="author-card__title">%s</p></div></div>'
             '<div class="story-related"><h3>Related Stories</h3><ul><li><a href="/section/%s">More from %s</a></li></ul></div></article>') % (
        section, section.upper() if section == "ev" else section.title(), E(title), when, paras(ps), author_slug, author_slug, author_slug, E(author), E(role),
        section, section.title())
    return s12_shell(title, inner, head)


p = ["U.S. dealers are holding 78 days' supply of new vehicles, the highest level since early 2020, as incentives climb and some brands push more inventory onto retailers' lots.",
     "Pickups and full-size SUVs account for most of the excess, while hybrids remain in short supply at many stores.",
     "Floorplan interest costs are now the biggest drag on dealer profits, several dealer group executives said, and some stores are declining allocation they cannot sell quickly.",
     "Analysts expect incentive spending to keep rising through the spring selling season."]
path = "/article/20250307/RETAIL/250309941/dealer-inventories-hit-five-year-high"
S12.art(path, s12_article(path, "Dealer inventories hit five-year high as incentives climb", "retail", "March 7, 2025 05:00 AM", "Lisa Chen", "Retail reporter", text(p, 1201), "lisa-chen"),
        "Dealer inventories hit five-year high as incentives climb", "2025-03-07", ["Lisa Chen"], must=["Pickups and full-size SUVs account for most of the excess"])

p = ["Commercial fleets are extending vehicle replacement cycles to almost six years, the longest on record, as higher prices and interest rates make new trucks and vans harder to justify.",
     "A survey of 250 fleet managers found that most are spending more on maintenance instead, especially on high-mileage vans used for parcel delivery.",
     "Managers also said they were slowing electric van purchases until charging at depots is in place.",
     "Leasing companies reported rising demand for short-term rentals to bridge gaps in fleets."]
path = "/article/20250310/FLEET/250319902/fleets-stretch-replacement-cycles-to-six-years"
S12.art(path, s12_article(path, "Fleets stretch replacement cycles to nearly six years", "fleet", "March 10, 2025 12:01 AM", "Mark Rinaldi", "Fleet editor", text(p, 1202), "mark-rinaldi"),
        "Fleets stretch replacement cycles to nearly six years", "2025-03-10", ["Mark Rinaldi"], must=["A survey of 250 fleet managers found that most are spending more"])

p = ["Battery-electric vehicles made up 8.4 percent of U.S. new-vehicle sales in February, up from 7.1 percent a year earlier, according to registration data.",
     "Tesla's share of the segment fell below 45 percent for the first time, as lower-priced models from Chevrolet, Hyundai and Kia gained ground.",
     "Dealers said lease deals that pass on the federal tax credit continue to drive most EV transactions.",
     "Used EV prices have fallen about 20 percent in a year, bringing more first-time buyers into the market."]
path = "/article/20250311/EV/250319944/ev-share-rises-in-february"
S12.art(path, s12_article(path, "EV share of U.S. sales rises to 8.4% in February", "ev", "March 11, 2025 04:30 PM", "Sofia Berg", "Senior analyst, Data Center", text(p, 1203), "sofia-berg"),
        "EV share of U.S. sales rises to 8.4% in February", "2025-03-11", ["Sofia Berg"], must=["Tesla's share of the segment fell below 45 percent"])

S12.non("/section/retail", s12_shell("Retail", '<h1>Retail</h1><ul>%s</ul>' % teaserlist([S12.links[0]])), None)
S12.non("/section/fleet", s12_shell("Fleet", '<h1>Fleet</h1><ul>%s</ul>' % teaserlist([S12.links[1]])))
S12.non("/section/ev", s12_shell("EVs", '<h1>EVs</h1><ul>%s</ul>' % teaserlist([S12.links[2]])))
S12.non("/author/lisa-chen", s12_shell("Lisa Chen", '<div class="author-page"><h1>Lisa Chen</h1><p>Lisa Chen covers dealers and retail for Dealer &amp; Fleet Auto News.</p><ul>%s</ul></div>' % teaserlist([S12.links[0]])))
S12.non("/author/mark-rinaldi", s12_shell("Mark Rinaldi", '<div class="author-page"><h1>Mark Rinaldi</h1><p>Fleet editor.</p><ul>%s</ul></div>' % teaserlist([S12.links[1]])))
S12.non("/author/sofia-berg", s12_shell("Sofia Berg", '<div class="author-page"><h1>Sofia Berg</h1><p>Senior analyst.</p><ul>%s</ul></div>' % teaserlist([S12.links[2]])))
S12.non("/models/2026-valtera-ev9-crossover-specs", s12_shell("2026 Valtera EV9 Crossover: specs and pricing", '<div class="product"><h1>2026 Valtera EV9 Crossover</h1><p class="msrp">MSRP from $47,990</p><ul class="specs"><li>Range: 310 miles (EPA est.)</li><li>Battery: 86 kWh</li><li>DC fast charge 10-80%: 24 min</li></ul><a href="/dealer-directory/harbor-motors">Find a dealer</a></div>'), "Product showcase: 2026 Valtera EV9")
S12.non("/dealer-directory/harbor-motors", s12_shell("Harbor Motors", '<div class="dealer"><h1>Harbor Motors</h1><p>1450 Bayshore Blvd, San Mateo, CA</p><p>Brands: Valtera, Toyota</p><p>Dealer principal: Roberta Lin</p></div>'))
S12.non("/data-center", s12_shell("Data Center", '<h1>Data Center</h1><table><tr><th>Month</th><th>SAAR</th></tr><tr><td>Feb 2025</td><td>16.0M</td></tr></table><p><a href="/subscribe">Subscribe for full data</a></p><ul>%s</ul>' % teaserlist([S12.links[2]])), "Data Center")
S12.non("/events", s12_shell("Events", '<h1>Events</h1><ul><li><a href="/events/fleet-forum-2025">Fleet Forum 2025</a> &ndash; Sept. 16-17, 2025, Detroit</li></ul>'), "Events")
S12.non("/events/fleet-forum-2025", s12_shell("Fleet Forum 2025", '<div class="event"><h1>Fleet Forum 2025</h1><p>Sept. 16&ndash;17, 2025 &middot; Huntington Place, Detroit</p><p>Early-bird registration through June 30.</p><a href="/events/fleet-forum-2025/register">Register</a></div>'))
S12.non("/jobs", s12_shell("Jobs", '<h1>Auto industry jobs</h1><ul><li><a href="/jobs/general-sales-manager-harbor-motors-5512">General Sales Manager &ndash; Harbor Motors</a></li></ul>'), "Jobs")
S12.non("/jobs/general-sales-manager-harbor-motors-5512", s12_shell("General Sales Manager - Harbor Motors", '<div class="job"><h1>General Sales Manager</h1><p>Harbor Motors &middot; San Mateo, CA</p><p>Posted March 5, 2025</p><p>Lead a team of 25 at a high-volume import store.</p><a href="/jobs/apply/5512">Apply</a></div>'))
S12.non("/subscribe", s12_shell("Subscribe", '<h1>Subscribe</h1><p>Digital + print: $239/year.</p>'), "Subscribe")
S12.non("/about", s12_shell("About", '<h1>About us</h1><p>News for auto retailers and fleet buyers since 1972.</p>'))
S12.sitemap()
S12.non("/", s12_shell("Auto retail and fleet news", '<section class="top-stories"><ul>%s</ul></section>' % teaserlist(S12.links)))

with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("articles %d, non-articles %d" % (len(truth["articles"]), len(truth["nonarticles"])))
