"""Web cb: nonprofit and investigative newsrooms and the outlets that
republish their work under Creative Commons. Twelve sites on
127.0.7.41-52 (port 18152): seven nonprofit originals and five partner
outlets (local dailies and regional sites) that run some of the originals'
stories verbatim, each site on the template of the platform it names, with
the pages such newsrooms publish around their stories (investigation hubs
with long intros, data tools and database lookups, staff and board pages,
donate and membership, "Republish this story" guidelines, impact reports,
corrections, newsletter archives, events, jobs, sections, tags, authors).

Originals
 1 The Tributary - WordPress + Newspack (en-US, Ohio): Co-Authors Plus
   vcards "by X, Y and Z", Yoast graph (times in UTC, twitter:data1 naming
   the first author only), an investigation with "Additional reporting by",
   a data story with Datawrapper embeds, a table and a "Methodology" note
   published at 9:15 p.m. EST (the next day in UTC), a guest op-ed with an
   opinion disclaimer, the Republication Tracker Tool widget and modal
   (license terms and the story's HTML in a textarea), a Newspack donate
   prompt inside the content, an author-bio box; series hub, the "Search
   nursing home inspections" database, staff, board, donate, republish
   guidelines, corrections, newsletter archive, events, jobs, author,
   category pages (WP pages with og:type article, as Yoast renders them).
 2 The Ledger Bureau - Django/Wagtail (en-GB): /stories/<date>/<slug>/,
   StreamField blocks with <p data-block-key>, a standfirst, a byline list,
   an investigation published at 00:01 BST (23:01 UTC the day before),
   "Additional reporting by" and network credits, a Q&A explainer, a
   <dialog> "Republish this story" with licence terms, a series box;
   hub, projects, team, profile, trustees, support, republishing
   guidelines, impact report, corrections, newsletter, jobs.
 3 Kompass Recherche - Craft CMS + SEOmatic (de): kicker plus headline,
   "Von X, Y und Z", "Mitarbeit: ..." at the foot, SEOmatic's @graph whose
   NewsArticle author is the organisation's #identity, matrix blocks, a
   "Republizieren" box and a donation box inside the article; series hub,
   the "Nitratwerte in Ihrer Nähe" lookup, team, profile, Gremien, Spenden,
   Republizieren, Transparenz/Jahresbericht, newsletter archive, Termine,
   Jobs.
 4 Ruta Crítica - Ghost 5 + Source (es, Guatemala): several Ghost authors
   with the JSON-LD naming only the primary one, times in UTC (a post at
   19:00 CST is the next day in UTC), a toggle card inside the post content
   holding the republishing licence, "Con reportes adicionales de", a guest
   op-ed; Ghost pages (hub, about, team, support, republish, impact report,
   corrections, newsletter) with og:type article and Article JSON-LD as
   Ghost renders them, tag, author and /page/2/.
 5 Agência Tapiri - WordPress + Newspack Katharine (pt-BR): "Por X, Y e Z",
   "*Colaborou ...", the Republication Tracker Tool in Portuguese, an
   explainer, a data story with Flourish embeds and "Metodologia"; hub,
   "Monitor do Garimpo" database, team, council, donate, republish,
   annual report, newsletter, category, author pages.
 6 Dwarsligger - Django/Wagtail with Tailwind (nl): a data story with
   charts and "Verantwoording", an investigation "Met medewerking van",
   an explainer, an "Overnemen" aside and a membership box; hub, lookup
   tool, redactie, raad van toezicht, word lid, overnemen, jaarverslag,
   correcties, nieuwsbrief, vacatures, author.
 7 Lanterna - Craft CMS with Blitz (it): "di X, Y e Z", "Hanno collaborato
   ...", a guest comment, a "Ripubblica" box, a Blitz cache comment with a
   later time; hub, list, chi siamo, redazione, sostienici, ripubblica,
   rapporto di impatto, events, lavora con noi, author, comments section.
Partners (each with three stories of its own)
 8 Harlan Valley Courier - WordPress + tagDiv Newspaper (en-US): a copy of
   the Tributary investigation with a cross-domain canonical and the
   tracker's "first appeared on" line, a copy of the data story under a
   local headline without canonical ("This story was originally published
   by The Tributary"), a staff story, a 7:40 p.m. EST story.
 9 Weald Independent - Squarespace 7.1 (en-GB): the Bureau investigation
   under a new headline, post author the site account; a story whose post
   author is one of the two writers credited "By X and Y" in the text.
10 Weserland-Kurier - German regional CMS (de): the Kompass investigation
   with canonical ("Dieser Text erschien zuerst bei Kompass Recherche") and
   the explainer under a new headline without one, a "Redaktion" story.
11 Diario El Altiplano - WordPress + JNews (es, Guatemala): the Ruta Crítica
   investigation under a new headline ("Publicado originalmente por Ruta
   Crítica"), a "Redacción" story, a story at 20:30 CST (next day UTC).
12 Folha do Tapajós - Joomla 4 Cassiopeia (pt-BR): the Tapiri
   investigation with canonical and the explainer under a new headline,
   created_by_alias credits, a "Redação" story.

Truth: 36 articles, 195 non-articles (the Joomla and Squarespace pagers'
?start= / ?offset= URLs among them), 8 syndicated copies in "synd" (each
copy is only there, with the original it republishes). Authors are
the bylined writers: "Additional reporting by", "Mitarbeit", "Con reportes
adicionales de", "Colaborou", "Met medewerking van", "Hanno collaborato",
editors and photographers are not authors; staff and desk credits
("Courier Staff", "Redaktion", "Redacción", "Redação") give []. Dates are
the UTC day, with the instant where the page's clock, read with its zone,
falls on another UTC day.

Crawled with /tmp/nr-start: stories 36: title 36, date 36, authors 31 right;
non-articles stored 39 of 195; bodies checked 36: 2 wrong; syndicated copies
8: original kept for 8. Authors: desk credits kept as names on four partner
stories (tagDiv "Courier Staff", JNews "Redacción", Joomla "Redação", and
the German regional's JSON-LD Organization "Redaktion Weserland-Kurier"
behind "Von unserer Redaktion"); on the Squarespace story only the post
author was kept, not the second writer of "By Harriet Cole and Sam Okoye".
Bodies: the Ghost toggle card holding the republishing licence and
Lanterna's support box, both inside the post content, were kept. Stored
non-articles: the series hub of every original (with the series' reporters
as authors), the republishing guidelines of every original, six impact or
annual reports, both database lookups (Tributary, Tapiri), corrections
(Dwarsligger, Ruta Crítica), jobs (Bureau, Kompass), five team, profile and
council pages, the Ghost "Nosotros" page, Lanterna's three section fronts,
and the Joomla category blogs (cidades, regiao, economia) and home pager.
"""
import datetime, html, json, os, sys, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18152
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
ORIG = {}  # originals the partners copy: key -> dict(url, title, items, authors, when, site)

MON_EN = "January February March April May June July August September October November December".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
MON_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()


class When:
    """A publication moment: local wall time in a named zone."""

    def __init__(self, local, zone):
        self.l = datetime.datetime.fromisoformat(local).replace(tzinfo=zoneinfo.ZoneInfo(zone))
        self.u = self.l.astimezone(UTC)

    def iso(self):
        return self.l.isoformat()

    def utc(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def z(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def rfc(self):
        return self.l.strftime("%a, %d %b %Y %H:%M:%S %z")

    @property
    def day(self):
        return self.u.strftime("%Y-%m-%d")

    @property
    def inst(self):
        # the instant is at stake only when the local day is not the UTC day
        return self.u.strftime("%Y-%m-%dT%H:%M") if self.l.date() != self.u.date() else None


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (40 + n), PORT, truth)

    def story(self, path, doc, a, must_not=()):
        """An article from its dict a (title, when, authors, items)."""
        texts = [x for x in a["items"] if isinstance(x, str)]
        self.art(path, doc, a["title"], a["when"].day, a["authors"], instant=a["when"].inst,
                 must=[texts[1], texts[-1]], must_not=list(must_not))

    def copy(self, path, doc, orig):
        self.put(path, doc)
        truth["synd"].append({"copy": self.url(path), "orig": orig["url"]})

    def xml(self, path, doc):
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?>\n' + doc)

    def urlset(self, path, paths):
        self.xml(path, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
            "<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths))

    def rss2(self, path, title, desc, items, lang="en-US", gen=""):
        """items: (path, title, rfc822, creator, description)"""
        it = "".join("<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate><guid isPermaLink=\"false\">%s</guid><description><![CDATA[%s]]></description></item>" % (
            E(t), E(self.url(p)), c, d, E(self.url(p)), x) for p, t, d, c, x in items)
        self.xml(path, '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title>'
                 '<atom:link href="%s" rel="self" type="application/rss+xml"/><link>%s</link><description>%s</description><language>%s</language>%s%s</channel></rss>' % (
                     E(title), E(self.url(path)), E(self.url("/")), E(desc), lang, gen, it))


def texts(items):
    return [x for x in items if isinstance(x, str)]


def render(items, p=lambda t: "<p>%s</p>" % E(t), h=lambda lvl, t: "<%s>%s</%s>" % (lvl, E(t), lvl)):
    """Body items: a str is a paragraph, (h2|h3, text) a subhead, ("raw", html) markup."""
    out = []
    for x in items:
        if isinstance(x, str):
            out.append(p(x))
        elif x[0] == "raw":
            out.append(x[1])
        else:
            out.append(h(x[0], x[1]))
    return "\n".join(out)


def join_names(names, conj, comma=", "):
    if len(names) == 1:
        return names[0]
    return comma.join(names[:-1]) + conj + names[-1]


def en_date(w):
    return "%s %d, %d" % (MON_EN[w.l.month - 1], w.l.day, w.l.year)


def uk_date(w):
    return "%d %s %d" % (w.l.day, MON_EN[w.l.month - 1], w.l.year)


# ------------------------------------------------------------ 1 The Tributary (WordPress + Newspack, en-US)
def tributary():
    s = Site(1)
    SN = "The Tributary"
    NY = "America/New_York"
    STAFF = {"Dana Whitfield": "Dana Whitfield is a senior investigative reporter who covers long-term care and disability. Reach her at dana@thetributary.example.",
             "Marcus Bell": "Marcus Bell is The Tributary's data reporter. He previously worked at the Columbus Dispatch.",
             "Rosa Quiroga": "Rosa Quiroga covers health care for The Tributary from Cleveland.",
             "Linda Okafor": "Linda Okafor is a registered nurse and a former state nursing home surveyor."}
    A = [dict(key="trib-inv", path="/2026/10/20/ohio-nursing-homes-kept-hiring-aides-flagged-for-abuse/", cat=("investigations", "Investigations"),
              title="Ohio nursing homes kept hiring aides flagged for abuse, state records show",
              sub="A Tributary investigation found 212 aides who went on to work at other facilities after they were found to have abused or neglected residents.",
              when=When("2026-10-20T06:00", NY), mod=When("2026-10-21T09:30", NY), authors=["Dana Whitfield", "Marcus Bell", "Rosa Quiroga"], id=48213,
              tags=["Failing Care", "nursing homes", "Ohio Department of Health"], repub=True, credit="Additional reporting by Kiara Little.",
              photo=("A resident's room at a nursing home in Muskingum County in September.", "Jo Harper / The Tributary"),
              items=["At least 212 nursing home aides who were found to have abused or neglected residents went on to work at other Ohio facilities within two years, according to a Tributary review of state inspection records, court filings and the Ohio Nurse Aide Registry.",
                     "In 61 of those cases, the aide was hired again before the state had added a finding to the registry, a delay that regularly stretched past eight months because of a backlog of hearings at the Ohio Department of Health.",
                     ("h2", "A registry that lags behind"),
                     "The registry is supposed to be the last line of defense. Federal law bars nursing homes from employing aides with a substantiated finding of abuse, neglect or theft, and facilities are required to check the registry before they hire anyone to work with residents.",
                     "But hearings on contested findings are handled by a single unit of four attorneys, and the department told The Tributary it had 1,340 open cases at the end of September. A spokesperson said the agency had asked lawmakers for money to hire three more hearing officers.",
                     ("donate", ""),
                     "One aide, who was fired from a facility in Zanesville in 2023 after a resident's family recorded her slapping their father, was hired by two other homes in Muskingum County before her name appeared on the registry last spring. Neither home responded to repeated requests for comment.",
                     ("h2", "What families can do"),
                     "Advocates say families should ask facilities directly whether they check applicants against court records as well as the registry. \u201cThe registry tells you what the state finished, not what it knows,\u201d said Beverly Laubach, the state long-term care ombudsman.",
                     "Ohio lawmakers are expected to take up a bill in January that would require the department to post pending findings within 30 days. The Ohio Health Care Association, which represents most for-profit homes, said it supports faster hearings but opposes publishing findings before they are final."]),
         dict(key="trib-data", path="/2026/11/03/ohio-nursing-home-staffing-see-how-yours-compares/", cat=("data", "Data"),
              title="Staffing fell at two-thirds of Ohio nursing homes since 2019. See how yours compares.",
              sub="Homes owned by private equity firms and real estate trusts cut aide hours the most.",
              when=When("2026-11-03T21:15", NY), mod=When("2026-11-04T08:05", NY), authors=["Marcus Bell"], id=48790,
              tags=["Failing Care", "nursing homes", "data"], repub=True, credit=None, photo=None,
              items=["Two out of every three Ohio nursing homes provide fewer hours of hands-on care per resident than they did before the pandemic, according to a Tributary analysis of federal payroll data for 912 facilities.",
                     ("chart", ("xK29p", "Median nursing hours per resident day, Ohio, 2019\u20132026", "Line chart")),
                     "The median home now reports 3.41 hours of nursing care per resident each day, down from 3.72 in 2019. The drop is steepest for certified nurse aides, who do most of the bathing, feeding and turning of residents.",
                     "Homes owned by private equity firms or real estate investment trusts cut aide hours almost twice as much as nonprofit and county-owned homes over the same period, the analysis found.",
                     ("chart", ("Lm7Qe", "Change in aide hours per resident day by owner type, 2019 to 2026", "Bar chart")),
                     "A federal rule that would have required 3.48 hours of care per resident was repealed by Congress this year, leaving Ohio's own minimum of 2.5 hours as the only standard that applies.",
                     ("table", ""),
                     ("h2", "Methodology"),
                     "The Tributary used the Payroll-Based Journal files that nursing homes submit to the Centers for Medicare & Medicaid Services every quarter. We divided the paid hours of registered nurses, licensed practical nurses and aides by each home's daily resident census, and took the median of each year's four quarters.",
                     "Homes with fewer than 30 residents or with missing quarters were excluded. Ownership categories come from the CMS ownership file and were checked by hand for the 120 largest chains. Our code and data are on GitHub."]),
         dict(key="trib-oped", path="/2026/11/12/i-was-a-state-nursing-home-inspector/", cat=("opinion", "Opinion"),
              title="I was a state nursing home inspector. Here\u2019s why the system can\u2019t keep up.",
              sub="Surveyors are stretched thin, and findings take a year to reach the registry. The fixes are not complicated.",
              when=When("2026-11-12T07:00", NY), mod=When("2026-11-12T07:00", NY), authors=["Linda Okafor"], id=49102,
              tags=["Failing Care", "op-ed"], repub=False, credit=None, photo=None,
              items=["For twelve years I walked into Ohio nursing homes unannounced, clipboard in hand, and for twelve years I watched the same problems come back a few months after we wrote them up.",
                     "When I started in 2011, a survey team of four could finish a standard inspection of a 100-bed home in three days. By the time I left in 2023, teams were often two people, and we were expected to cover complaint investigations at other homes on the same trip.",
                     "The backlog The Tributary described last month is not a secret inside the department. Everyone I worked with knew that a finding against an aide could take a year to reach the registry, and that homes desperate for staff rarely looked further.",
                     "The fix is not complicated. Pay surveyors enough to keep them, fund the hearing unit so that findings are decided in weeks, and post pending cases where employers can see them.",
                     "Residents cannot wait for the next budget cycle. Many of them do not have a next year.",
                     ("raw", "<p><em>Linda Okafor is a registered nurse who worked as a surveyor for the Ohio Department of Health from 2011 to 2023. She lives in Columbus.</em></p>")])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
        ORIG[a["key"]] = a
    slug = lambda n: n.lower().replace(" ", "-")
    nav = [("/category/investigations/", "Investigations"), ("/category/data/", "Data"), ("/category/opinion/", "Opinion"), ("/investigations/failing-care/", "Failing Care"),
           ("/newsletters/", "Newsletters"), ("/events/", "Events")]
    sec = [("/about/", "About"), ("/about/staff/", "Staff"), ("/about/board/", "Board"), ("/republish/", "Republish our work"), ("/corrections/", "Corrections"), ("/jobs/", "Jobs")]

    def shell(title, main, head="", body="page-template-default page", og="website", desc="Nonprofit, nonpartisan news about power and policy in Ohio."):
        return ('<!doctype html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n'
                '<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n<title>%s</title>\n<meta name="description" content="%s">\n'
                '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n<meta property="og:locale" content="en_US">\n<meta property="og:type" content="%s">\n'
                '<meta property="og:site_name" content="%s">\n<meta property="article:publisher" content="https://www.facebook.com/thetributaryohio">\n%s\n<!-- / Yoast SEO plugin. -->\n'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s">\n<link rel="stylesheet" id="newspack-style-css" href="/wp-content/themes/newspack-theme/style.css?ver=2.4.1" media="all">\n'
                '<meta name="generator" content="WordPress 6.8.3">\n</head>\n<body class="%s wp-custom-logo wp-embed-responsive singular has-sidebar h-nsub h-db h-ll h-dh newspack--font-loading">\n'
                '<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle">Close</button></aside>\n<div id="page" class="site">\n<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n'
                '<header id="masthead" class="site-header hide-header-search">\n<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu">%s</ul></nav></div></div></div>\n'
                '<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="400" height="88" src="/wp-content/uploads/2024/02/tributary-logo.png" class="custom-logo" alt="The Tributary"></a>'
                '<p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">Ohio&#039;s nonprofit newsroom</p></div>'
                '<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><a class="wp-block-button__link donate-button" href="/donate/">Donate</a></div></div></div></div>\n'
                '<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">%s</ul></nav></div></div></div>\n</header>\n'
                '<div id="content" class="site-content">\n%s\n</div><!-- #content -->\n'
                '<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2024/02/tributary-logo-white.png" alt="The Tributary"></a></div></div>'
                '<div class="footer-widgets"><section class="widget widget_text"><div class="textwidget"><p>The Tributary is a nonprofit, nonpartisan newsroom. We are a 501(c)(3) organization; gifts are tax-deductible. EIN 88-1234567.</p></div></section>'
                '<section class="widget widget_nav_menu"><ul class="menu">%s</ul></section></div>'
                '<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2026 The Tributary.</span> <a href="/privacy-policy/" class="privacy-policy-link">Privacy Policy</a></div></div></footer>\n</div><!-- #page -->\n'
                '<script id="newspack-popups-view-js" src="/wp-content/plugins/newspack-popups/dist/view.js?ver=3.2.0"></script>\n</body>\n</html>') % (
            E(title), E(desc), og, SN, head, SN, s.url("/feed.xml"), body, links(sec), SN, links(nav), main, links(sec + [("/donate/", "Donate")]))

    def byline(a, avatar=True):
        cards = ['<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (slug(n), E(n)) for n in a["authors"]]
        av = "".join('<span class="author-avatar"><img alt="%s" src="/wp-content/uploads/2024/03/%s-150x150.jpg" class="avatar avatar-80 photo" height="80" width="80"></span>' % (E(n), slug(n)) for n in a["authors"]) if avatar else ""
        return '%s<span class="byline"><span>by</span> %s</span>' % (av, join_names(cards, " and "))

    def meta(a):
        upd = ""
        if a["mod"].l != a["when"].l:
            upd = '<time class="updated" datetime="%s"><span class="updated-label">Updated </span>%s</time>' % (a["mod"].iso(), en_date(a["mod"]))
        return '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>%s</span>' % (a["when"].iso(), en_date(a["when"]), upd)

    def teaser(a, h="h3"):
        return ('<article class="post-has-image"><figure class="post-thumbnail"><a href="%s"><img src="/wp-content/uploads/2026/10/%d-400x267.jpg" alt=""></a></figure><div class="entry-wrapper">'
                '<div class="cat-links"><a href="/category/%s/">%s</a></div><%s class="entry-title"><a href="%s" rel="bookmark">%s</a></%s><div class="newspack-post-subtitle newspack-post-subtitle--in-homepage-block">%s</div>'
                '<div class="entry-meta">%s<time class="entry-date published" datetime="%s">%s</time></div></div></article>') % (
            a["path"], a["id"], a["cat"][0], a["cat"][1], h, a["path"], E(a["title"]), h, E(a["sub"]), byline(a, False), a["when"].iso(), en_date(a["when"]))

    def block(items, cls="", cols=3):
        return '<div class="wp-block-newspack-blocks-homepage-articles wpnbha is-grid columns-%d show-image image-aligntop ts-3 is-3 is-landscape %s"><div data-posts>%s</div></div>' % (cols, cls, "".join(teaser(a) for a in items))

    DONATE = ('<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="region" aria-label="Inline donate prompt" id="id_50112"><div class="wp-block-group has-background"><div class="wp-block-group__inner-container">'
              '<h3 class="wp-block-heading">Support journalism that holds Ohio&#039;s powerful to account</h3><p>The Tributary is a nonprofit newsroom. Our reporting is free to read and free to republish because readers like you chip in.</p>'
              '<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><button type="submit">Donate now</button></form></div></div></div></div>')
    POLICY = ("We want our journalism to reach as many Ohioans as possible, so you are free to republish this story for free, online or in print, under a Creative Commons license. "
              "You must credit The Tributary, keep our reporters' bylines, and include the tracking pixel in the HTML below. You cannot edit our stories, except to reflect changes in time or location, or sell them separately.")
    LIC = "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."

    def chart(c):
        code, title, kind = c
        return ('<figure class="wp-block-embed is-type-rich is-provider-datawrapper wp-block-embed-datawrapper"><div class="wp-block-embed__wrapper">'
                '<iframe title="%s" aria-label="%s" id="datawrapper-chart-%s" src="https://datawrapper.dwcdn.net/%s/3/" scrolling="no" frameborder="0" style="width: 0; min-width: 100%% !important; border: none;" height="420" data-external="1"></iframe>'
                '<script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>'
                '</div><figcaption class="wp-element-caption">%s. Chart: Marcus Bell / The Tributary &bull; Source: CMS Payroll-Based Journal &bull; <a href="https://datawrapper.dwcdn.net/%s/3/dataset.csv">Get the data</a></figcaption></figure>') % (
            E(title), kind, code, code, E(title), code)
    TABLE = ('<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Facility</th><th>County</th><th>Hours per resident day, 2019</th><th>2026</th><th>Change</th></tr></thead><tbody>'
             '<tr><td>Maple Crest Care Center</td><td>Marion</td><td>3.52</td><td>2.91</td><td>-17%</td></tr><tr><td>Scioto Valley Health Campus</td><td>Franklin</td><td>3.88</td><td>3.40</td><td>-12%</td></tr>'
             '<tr><td>Riverside Manor</td><td>Muskingum</td><td>3.61</td><td>3.02</td><td>-16%</td></tr><tr><td>St. Anne Home</td><td>Hamilton</td><td>4.10</td><td>4.22</td><td>+3%</td></tr></tbody></table>'
             '<figcaption class="wp-element-caption">Selected homes. <a href="/data/nursing-home-inspections/">Search all 912 homes in our database</a>.</figcaption></figure>')

    def content(a):
        def raw(x):
            if x[0] == "donate":
                return DONATE
            if x[0] == "chart":
                return chart(x[1])
            if x[0] == "table":
                return TABLE
            if x[0] == "raw":
                return x[1]
            return '<h2 class="wp-block-heading">%s</h2>' % E(x[1])
        return "\n".join("<p>%s</p>" % E(x) if isinstance(x, str) else raw(x) for x in a["items"])

    def repub_html(a):
        h = '<h1>%s</h1>\n<p class="byline">by %s, The Tributary<br />%s</p>\n' % (E(a["title"]), E(join_names(a["authors"], " and ")), en_date(a["when"]))
        h += "\n".join("<p>%s</p>" % E(x) if isinstance(x, str) else ("<h2>%s</h2>" % E(x[1]) if x[0] == "h2" else "") for x in a["items"])
        h += '\n<p>This <a target="_blank" href="%s">article</a> first appeared on <a target="_blank" href="%s">The Tributary</a> and is republished here under a Creative Commons license.</p>' % (a["url"], s.url("/"))
        h += '<img id="republication-tracker-tool-source" src="%s?republication-pixel=true&post=%d&ga4=G-7XK2ZP1L0Q" style="width:1px;height:1px;">' % (s.url("/"), a["id"])
        return h

    for i, a in enumerate(A):
        cls = "post-%d post type-post status-publish format-standard hentry category-%s %s" % (a["id"], a["cat"][0], " ".join("tag-" + slug(t) for t in a["tags"]))
        photo = ""
        if a["photo"]:
            photo = ('<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2026/10/%d-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="">'
                     '<figcaption><span class="image-caption">%s</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> %s</span></figcaption></figure>') % (a["id"], E(a["photo"][0]), E(a["photo"][1]))
        disclaimer = ""
        if a["cat"][0] == "opinion":
            disclaimer = ('<div class="wp-block-group is-style-border opinion-disclaimer"><p><strong>Opinion:</strong> Opinion pieces reflect the views of their authors, not of The Tributary. '
                          'Want to submit an op-ed? <a href="/about/#op-eds">Read our guidelines</a>.</p></div>')
        credit = '<p><em>%s</em></p>' % E(a["credit"]) if a["credit"] else ""
        bios = "".join(('<div class="author-bio"><img alt="" src="/wp-content/uploads/2024/03/%s-150x150.jpg" class="avatar avatar-80 photo"><div class="author-bio-text"><div class="author-bio-header"><div><h2 class="accent-header">%s</h2></div></div>'
                        '<p>%s <a class="author-link" href="/author/%s/">More by %s</a></p></div></div>') % (slug(n), E(n), E(STAFF[n]), slug(n), E(n)) for n in a["authors"])
        widget = ""
        modal = ""
        if a["repub"]:
            widget = ('<section id="republication_tracker_tool_widget-2" class="widget republication-tracker-tool-widget"><h2 class="widget-title">Republish this article</h2>'
                      '<div class="license"><p><a rel="license" target="_blank" href="http://creativecommons.org/licenses/by-nd/4.0/"><img alt="Creative Commons License" style="border-width:0" src="https://i.creativecommons.org/l/by-nd/4.0/88x31.png"></a></p>'
                      '<p>%s</p></div><button class="republication-tracker-tool-button">Republish This Story</button></section>') % LIC
            modal = ('<div id="republication-tracker-tool-modal" style="display:none;" data-postid="%d" data-pluginsdir="/wp-content/plugins"><div id="republication-tracker-tool-modal-content" style="display:none;">'
                     '<button class="republication-tracker-tool-close">X</button><h2>Republish this article</h2><p>%s</p><div class="license"><p>%s</p></div>'
                     '<h3>Copy and paste the HTML below</h3><textarea readonly id="republication-tracker-tool-shareable-content" rows="5">%s</textarea></div></div>') % (a["id"], E(POLICY), LIC, E(repub_html(a)))
        nxt = A[(i + 1) % 3]
        main = ('<section id="primary" class="content-area category-%s">\n<header class="entry-header">\n<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/%s/" rel="category tag">%s</a></span>'
                '<h1 class="entry-title">%s</h1>\n<div class="newspack-post-subtitle">%s</div>\n<div class="entry-subhead"><div class="entry-meta">%s%s</div>'
                '<div class="newspack-sharing"><a href="https://www.facebook.com/sharer.php?u=%s" class="share-facebook">Facebook</a><a href="mailto:?subject=%s" class="share-email">Email</a><a href="#" class="republication-tracker-tool-button share-republish">Republish</a></div></div>\n</header>\n%s\n'
                '<main id="main" class="site-main">\n<article id="post-%d" class="%s">\n%s<div class="entry-content">\n%s\n%s\n</div><!-- .entry-content -->\n'
                '<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>%s</span></footer>\n%s\n</article>\n'
                '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">Next</span> <span class="post-title">%s</span></a></div></div></nav>\n'
                '</main>\n<aside id="secondary" class="widget-area">%s<section class="widget widget_newspack-blocks-homepage-articles"><h2 class="widget-title">Most read</h2>%s</section></aside>\n</section>\n%s') % (
            a["cat"][0], a["cat"][0], a["cat"][1], E(a["title"]), E(a["sub"]), byline(a), meta(a), a["url"], E(a["title"]), photo,
            a["id"], cls, disclaimer, content(a), credit, ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), E(t)) for t in a["tags"]), bios,
            nxt["path"], E(nxt["title"]), widget, block([A[(i + 2) % 3]], "", 1), modal)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
             "author": [{"name": n, "@id": s.url("/#/schema/person/%s" % slug(n))} for n in a["authors"]], "headline": a["title"],
             "datePublished": a["when"].utc(), "dateModified": a["mod"].utc(), "mainEntityOfPage": {"@id": a["url"]}, "wordCount": sum(len(t.split()) for t in texts(a["items"])),
             "publisher": {"@id": s.url("/#organization")}, "image": {"@id": a["url"] + "#primaryimage"}, "keywords": a["tags"], "articleSection": [a["cat"][1]],
             "inLanguage": "en-US", "copyrightYear": "2026", "copyrightHolder": {"@id": s.url("/#organization")}},
            {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": "%s \u2022 %s" % (a["title"], SN), "isPartOf": {"@id": s.url("/#website")},
             "datePublished": a["when"].utc(), "dateModified": a["mod"].utc(), "breadcrumb": {"@id": a["url"] + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")}] +
            [{"@type": "Person", "@id": s.url("/#/schema/person/%s" % slug(n)), "name": n, "description": STAFF[n], "url": s.url("/author/%s/" % slug(n))} for n in a["authors"]]}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta property="og:image" content="%s">\n'
                '<meta name="author" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="%s">\n'
                '<meta name="twitter:label2" content="Est. reading time">\n<meta name="twitter:data2" content="%d minutes">\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            a["url"], E(a["title"]), E(a["sub"]), a["url"], a["when"].utc(), a["mod"].utc(), s.url("/wp-content/uploads/2026/10/%d-1200x800.jpg" % a["id"]),
            E(a["authors"][0]), E(a["authors"][0]), 2 + len(texts(a["items"])) // 2, json.dumps(graph, ensure_ascii=False))
        mn = [POLICY[:60], "first appeared on", "Opinion pieces reflect the views of their authors", "Support journalism that holds Ohio", STAFF["Dana Whitfield"][:60], "Creative Commons Attribution-NoDerivatives"]
        s.story(a["path"], shell("%s \u2022 %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard category-%s single-featured-image-default" % (a["id"], a["cat"][0]), "article", a["sub"]), a, mn)

    def page(path, title, inner, desc, mod="2026-09-02T15:11:47+00:00", extra=""):
        """A WordPress page: Yoast gives it og:type article and a WebPage node with dates."""
        url = s.url(path)
        graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": "%s \u2022 %s" % (title, SN), "isPartOf": {"@id": s.url("/#website")},
                                                                "datePublished": "2023-05-11T18:20:03+00:00", "dateModified": mod, "description": desc, "inLanguage": "en-US"},
                                                               {"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")}]}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="article:modified_time" content="%s">\n'
                '<meta name="twitter:label1" content="Est. reading time">\n<meta name="twitter:data1" content="3 minutes">\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            url, E(title), url, mod, json.dumps(graph))
        main = ('<section id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">%s</h1></header>'
                '<div class="entry-content">%s</div></article></main>%s</section>') % (E(title), inner, extra)
        s.non(path, shell("%s \u2022 %s" % (title, SN), main, head, "page-template-default page", "article", desc))

    def archive(path, title, desc, items, body="archive category"):
        main = ('<section id="primary" class="content-area"><header class="page-header"><span>%s</span><h1 class="page-title article-section-title">%s</h1><div class="taxonomy-description"><p>%s</p></div></header>'
                '<main id="main" class="site-main">%s</main></section>') % (
            "Category" if "category" in body else ("Tag" if "tag" in body else "Author"), E(title), E(desc),
            "".join('<article class="post type-post entry"><div class="entry-container"><span class="cat-links"><a href="/category/%s/">%s</a></span><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
                    '<div class="entry-meta">%s%s</div><div class="entry-content"><p>%s</p></div></div></article>' % (a["cat"][0], a["cat"][1], a["path"], E(a["title"]), byline(a, False), meta(a), E(a["sub"])) for a in items))
        s.non(path, shell("%s Archives \u2022 %s" % (title, SN), main, '<link rel="canonical" href="%s">\n<meta property="og:title" content="%s Archives">' % (s.url(path), E(title)), body))

    # home
    home = ('<main id="main" class="site-main"><div class="entry-content">'
            '<div class="wp-block-group"><h2 class="wp-block-heading article-section-title">Failing Care: an investigation</h2>%s</div>'
            '<div class="wp-block-newspack-newsletters-subscribe"><p>Get The Current, our free weekday newsletter about Ohio.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>'
            '<h2 class="wp-block-heading article-section-title">Latest</h2>%s</div></main>') % (block(A[:1], "", 1), block(A[::-1]))
    s.non("/", shell("%s \u2022 Ohio\u2019s nonprofit newsroom" % SN, home, '<link rel="canonical" href="%s">\n<meta property="og:title" content="The Tributary">' % s.url("/"), "home page-template-default page"))
    # series hub with a long intro
    page("/investigations/failing-care/", "Failing Care", ps([
        "Ohio has more nursing home residents than all but three states, and it pays for most of their care through Medicaid. Yet the state agency that inspects those homes has fewer surveyors today than it did a decade ago, and the registry meant to keep abusive workers away from residents runs a year behind.",
        "Over eighteen months, reporters Dana Whitfield, Marcus Bell and Rosa Quiroga read more than 4,000 inspection reports, built a database of every finding against a nurse aide since 2015, and interviewed residents, families, aides, administrators and former state inspectors.",
        "This series documents what they found: aides fired for abuse who were quietly hired elsewhere, staffing that has fallen since the pandemic at two-thirds of homes, and a system that leaves families to do the checking themselves.",
        "Have you or a relative lived in an Ohio nursing home? We want to hear from you. Our reporting continues, and every story in this series is free to republish."]) +
        '<h2 class="wp-block-heading">Read the series</h2>' + block(A, "is-list", 1) + '<h2 class="wp-block-heading">Share your story</h2><form class="wp-block-jetpack-contact-form"><textarea name="story"></textarea><button>Send</button></form>',
        "An investigation into Ohio's nursing home oversight.", "2026-11-12T12:00:00+00:00")
    # data tool
    rows = [("Maple Crest Care Center", "Marion", "2026-08-14", 14, "★★"), ("Scioto Valley Health Campus", "Franklin", "2026-09-02", 6, "★★★★"),
            ("Riverside Manor", "Muskingum", "2026-07-21", 19, "★"), ("St. Anne Home", "Hamilton", "2026-10-03", 2, "★★★★★"), ("Lakeview Rehabilitation", "Lake", "2026-06-30", 11, "★★")]
    page("/data/nursing-home-inspections/", "Search nursing home inspections",
         '<p>Look up any of Ohio&#039;s 912 Medicare-certified nursing homes to see its most recent inspection, the number of deficiencies cited and its staffing over time.</p>'
         '<form class="nh-search" role="search"><label>Facility name or city <input type="search" name="q"></label><label>County <select name="county"><option>All counties</option><option>Franklin</option><option>Hamilton</option><option>Marion</option><option>Muskingum</option></select></label><button>Search</button></form>'
         '<table class="nh-results"><thead><tr><th>Facility</th><th>County</th><th>Last inspection</th><th>Deficiencies</th><th>CMS rating</th></tr></thead><tbody>%s</tbody></table>'
         '<p class="nh-pager">Showing 1&ndash;5 of 912 &middot; <a href="#">Next</a></p>'
         '<p class="nh-credits"><small>Data: Centers for Medicare &amp; Medicaid Services, Ohio Department of Health. Built by Marcus Bell. Last updated November 1, 2026. Read <a href="%s">how we analyzed staffing</a>.</small></p>' % (
             "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%s</td></tr>" % r for r in rows), A[1]["path"]),
         "Search inspection results and staffing for every Ohio nursing home.", "2026-11-01T14:00:00+00:00")
    page("/about/", "About us", ps([
        "The Tributary is a nonprofit, nonpartisan newsroom that investigates how power and public money are used in Ohio. We launched in 2023 with support from Ohio foundations and more than 3,000 individual donors.",
        "Our stories are free to read and free to republish. More than 90 Ohio newspapers, radio stations and websites have run our work.",
        "We publish op-eds from outside contributors on issues we cover. Submissions of 600 to 800 words can be sent to opinion@thetributary.example."]) +
        '<p><a href="/about/staff/">Meet our staff</a> &middot; <a href="/about/board/">Board of directors</a> &middot; <a href="/about/annual-report-2025/">2025 annual report</a></p>', "About The Tributary.")
    page("/about/staff/", "Our staff", "".join('<div class="wp-block-media-text"><figure class="wp-block-media-text__media"><img src="/wp-content/uploads/2024/03/%s-150x150.jpg" alt=""></figure><div class="wp-block-media-text__content"><h3><a href="/author/%s/">%s</a></h3><p>%s</p></div></div>' % (
        slug(n), slug(n), E(n), E(b)) for n, b in list(STAFF.items())[:3]) + '<h3>Kiara Little</h3><p>Kiara Little is our 2026 reporting fellow from Ohio University.</p><h3>Tom Alvarez</h3><p>Tom Alvarez is our editor-in-chief.</p>', "The Tributary's staff.")
    page("/about/board/", "Board of directors", '<ul><li><strong>Janet Moore</strong>, chair, retired publisher, The Athens Messenger</li><li><strong>Rev. Alan Pierce</strong>, treasurer</li><li><strong>Priya Desai</strong>, professor of journalism, Kent State University</li><li><strong>Michael Stroud</strong>, attorney, Cincinnati</li></ul>'
         '<p>Board members have no role in editorial decisions. Read our <a href="/about/">editorial independence policy</a>.</p>', "Board of directors of The Tributary.")
    page("/about/annual-report-2025/", "2025 Annual Report: Our impact", ps([
        "In 2025 The Tributary published 214 stories, and partner outlets republished our work 1,480 times in 71 of Ohio's 88 counties.",
        "Our reporting on guardianship courts led the Ohio Supreme Court to adopt new rules for court-appointed guardians, and our coverage of rural hospital closures was cited in two bills in the General Assembly.",
        "Revenue was $2.9 million: 48 percent from foundations, 37 percent from individual donors, 9 percent from events and 6 percent from corporate sponsorships. We spent 78 cents of every dollar on journalism."]) +
        '<figure class="wp-block-image"><img src="/wp-content/uploads/2026/03/revenue-2025.png" alt="Revenue chart"></figure><p><a href="/wp-content/uploads/2026/03/tributary-990-2025.pdf">Download our Form 990</a></p>', "The Tributary's 2025 annual report.", "2026-03-18T13:00:00+00:00")
    page("/donate/", "Donate", '<p>Your gift keeps our journalism free for every Ohioan and every newspaper that republishes it.</p><div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><div class="tiers"><button>Monthly</button><button>Annually</button><button>One-time</button></div>'
         '<label><input type="radio" name="amount" value="10"> $10</label><label><input type="radio" name="amount" value="25" checked> $25</label><label><input type="radio" name="amount" value="50"> $50</label><button type="submit">Donate now</button></form></div>'
         '<p>The Tributary is a 501(c)(3) nonprofit. Gifts are tax-deductible to the full extent allowed by law.</p>', "Support The Tributary.")
    page("/republish/", "Republish our stories", ps([
        "Most of our stories can be republished for free under a Creative Commons Attribution-NoDerivatives 4.0 International License. Look for the \u201cRepublish this story\u201d button on any article.",
        "You must credit The Tributary and the reporters. Use the byline format \u201cby Author Name, The Tributary\u201d, and include the line at the bottom of the HTML we provide, along with our tracking pixel, which tells us how many people read our work on your site.",
        "You may not edit our stories, except to reflect relative changes in time, location and editorial style. You may not republish our photos or graphics without asking us first. You cannot sell our stories or put them behind a paywall that is not your normal one.",
        "Questions? Email partners@thetributary.example. We love hearing where our work ends up."]), "How to republish stories from The Tributary.")
    page("/corrections/", "Corrections", '<p>We correct errors promptly and transparently. To report an error, email corrections@thetributary.example.</p>'
         '<ul class="corrections"><li><strong>Nov. 4, 2026:</strong> An earlier version of <a href="%s">our staffing analysis</a> misstated the number of homes analyzed. It is 912, not 921.</li>'
         '<li><strong>Oct. 21, 2026:</strong> A story about nursing home aides misidentified the county of one facility. It is in Muskingum County.</li>'
         '<li><strong>Aug. 29, 2026:</strong> A story about guardianship courts misspelled the name of a probate judge.</li></ul>' % A[1]["path"], "Corrections and clarifications.", "2026-11-04T14:00:00+00:00")
    page("/newsletters/", "Newsletters", '<p>Sign up for The Current, our weekday briefing, and The Tributary Weekly.</p><form><input type="email"><button>Subscribe</button></form><h2>Past issues of The Current</h2><ul class="newsletter-archive">'
         '<li><a href="https://us5.campaign-archive.com/?u=8f1c2a&amp;id=c41d">Nov. 13, 2026: A former inspector speaks out</a></li><li><a href="https://us5.campaign-archive.com/?u=8f1c2a&amp;id=b93e">Nov. 4, 2026: Is your nursing home understaffed?</a></li>'
         '<li><a href="https://us5.campaign-archive.com/?u=8f1c2a&amp;id=a07f">Oct. 20, 2026: Failing Care, part one</a></li></ul>', "Newsletters from The Tributary.")
    page("/events/", "Events", '<div class="tribe-events"><article class="tribe-events-calendar-list__event"><time class="tribe-events-calendar-list__event-datetime" datetime="2026-12-10">December 10, 2026 @ 6:30 pm - 8:00 pm</time>'
         '<h3 class="tribe-events-calendar-list__event-title"><a href="/events/">Tributary Live: Who checks on Ohio\'s nursing homes?</a></h3><address>Columbus Metropolitan Library, Main Library, 96 S. Grant Ave.</address>'
         '<p>Join reporters Dana Whitfield and Marcus Bell and a panel of caregivers and advocates for a conversation about the Failing Care series. Free, registration required.</p></article></div>', "Events from The Tributary.")
    page("/jobs/", "Jobs", '<h2>Statehouse reporter</h2><p>Posted November 2, 2026. We are hiring a reporter to cover the Ohio General Assembly and state agencies from Columbus. Salary range $62,000&ndash;$72,000. Apply by December 15, 2026.</p>'
         '<h2>Audience engagement producer</h2><p>Posted October 14, 2026. Part-time, remote within Ohio.</p>', "Work at The Tributary.")
    page("/privacy-policy/", "Privacy Policy", ps(["This policy explains what information The Tributary collects when you visit our website, sign up for a newsletter or make a donation, and how we use it.",
                                                 "We use cookies to measure readership and to remember your newsletter preferences. We never sell your data. Donations are processed by Stripe."]), "Privacy policy.", "2025-01-09T16:00:00+00:00")
    archive("/category/investigations/", "Investigations", "Long-form accountability reporting from The Tributary.", [A[0]])
    archive("/category/opinion/", "Opinion", "Op-eds from outside contributors. Views are the authors' own.", [A[2]])
    archive("/category/data/", "Data", "Data journalism and databases.", [A[1]])
    for tg in sorted({t for a in A for t in a["tags"]}):
        archive("/tag/%s/" % slug(tg), tg, "", [a for a in A if tg in a["tags"]], "archive tag")
    for n, b in STAFF.items():
        archive("/author/%s/" % slug(n), n, b, [a for a in A if n in a["authors"]], "archive author")
    s.rss2("/feed.xml", SN, "Ohio's nonprofit newsroom", [(a["path"], a["title"], a["when"].rfc(), join_names(a["authors"], " and "), a["sub"]) for a in A],
           gen="<generator>https://wordpress.org/?v=6.8.3</generator>")
    s.xml("/sitemap_index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap></sitemapindex>' % (
        s.url("/post-sitemap.xml"), s.url("/page-sitemap.xml")))
    s.urlset("/post-sitemap.xml", [a["path"] for a in A])
    s.urlset("/page-sitemap.xml", ["/", "/investigations/failing-care/", "/data/nursing-home-inspections/", "/about/", "/about/staff/", "/about/board/", "/about/annual-report-2025/",
                                   "/donate/", "/republish/", "/corrections/", "/newsletters/", "/events/", "/jobs/"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/sitemap_index.xml"))


def bkey(t, n=0):
    """A Wagtail rich-text block key (five hex-ish characters, fixed per text)."""
    import hashlib
    return hashlib.md5(("%s|%d" % (t, n)).encode()).hexdigest()[:5]


# ------------------------------------------------------------ 2 The Ledger Bureau (Django/Wagtail, en-GB)
def ledger():
    s = Site(2)
    SN = "The Ledger Bureau"
    LON = "Europe/London"
    A = [dict(key="ledger-inv", path="/stories/2026-10-14/councils-paid-190m-to-home-care-firms-rated-inadequate/",
              title="Councils paid \u00a3190m to home care firms rated inadequate", series=True,
              standfirst="Bureau analysis of spending data from 151 councils shows millions going to providers that inspectors said were putting people at risk",
              when=When("2026-10-14T00:01", LON), mod=When("2026-10-15T10:20", LON), authors=["Eleanor Marsh", "Tom\u00e1s Ruiz"],
              hero=("A care worker on a home visit in Walsall. The Bureau spoke to 40 families who receive council-funded care.", "Photo: Sam Reid for the Bureau"),
              credits=[("Reporters", "Eleanor Marsh and Tom\u00e1s Ruiz"), ("Additional reporting", "Priya Nair and Bureau Local network members"), ("Bureau Local editor", "Gareth Dunne"),
                       ("Editor", "Rachel Okonjo"), ("Production editor", "Frankie Hale"), ("Fact checker", "Lucy Nair"), ("Legal", "Birgit Oakes")],
              items=["English councils paid at least \u00a3190m over three years to home care companies that the Care Quality Commission had rated inadequate, the Bureau can reveal.",
                     "The payments went to 87 providers that continued to receive new contracts while under the regulator\u2019s lowest rating, according to spending records obtained from 151 local authorities through freedom of information requests.",
                     ("h2", "Contracts renewed despite warnings"),
                     "In one case, a provider in the West Midlands was awarded a four-year framework contract worth \u00a36.2m a fortnight after inspectors found that staff had missed medication visits to people with dementia on more than 40 occasions.",
                     "Councils said they had few alternatives. Home care is bought from a market in which many firms have closed since 2022, and several authorities told the Bureau that moving people to another provider would have left them without any care at all.",
                     "The Local Government Association said councils were being forced to make impossible choices because of years of underfunding, and called for the government to publish the long-promised reform of adult social care.",
                     ("h2", "\u2018Nobody checked\u2019"),
                     "Families who spoke to the Bureau described missed visits, carers arriving at midnight to put people to bed, and staff who had not been trained to use hoists. \u201cNobody checked whether the company was any good. They just checked it was cheap,\u201d said Margaret Doyle, whose husband received care in Walsall.",
                     ("quote", "Nobody checked whether the company was any good. They just checked it was cheap."),
                     "The Department of Health and Social Care said it was working with councils to improve commissioning and that providers rated inadequate were subject to enforcement action by the regulator."]),
         dict(key="ledger-expl", path="/stories/2026-10-21/explained-how-councils-buy-home-care/",
              title="Explained: how councils buy home care, and why it keeps going wrong", series=True,
              standfirst="Frameworks, hourly rates and inadequate ratings: a guide to the market behind our Care for Sale investigation",
              when=When("2026-10-21T12:00", LON), mod=When("2026-10-21T12:00", LON), authors=["Priya Nair"], hero=None,
              credits=[("Reporter", "Priya Nair"), ("Editor", "Rachel Okonjo"), ("Production editor", "Frankie Hale")],
              items=["Most people who get help at home from their council never meet anyone who works for it: the care is delivered by private companies that councils pay by the hour.",
                     ("h2", "Who pays for home care?"),
                     "Councils in England arrange and part-fund care at home for about half a million people who meet national eligibility criteria, usually after a needs assessment by a social worker. Anyone with savings above \u00a323,250 pays the full cost.",
                     ("h2", "How are providers chosen?"),
                     "Most councils run frameworks: lists of approved firms that bid on price and quality. In practice, price often decides, because councils set a maximum hourly rate that many providers say is below what it costs to pay carers for their travel time.",
                     ("h2", "What happens when a provider fails?"),
                     "The Care Quality Commission can rate a firm inadequate and place it in special measures, but it cannot stop a council from commissioning it. Councils must weigh the risk of poor care against the risk of no care.",
                     ("h2", "What could change?"),
                     "The government has promised a fair pay agreement for care workers and a national commission on social care, which is due to report in 2028. Campaigners want councils to be barred from new contracts with firms rated inadequate."]),
         dict(key="ledger-news", path="/stories/2026-10-29/regulator-orders-review-of-council-care-contracts/",
              title="Regulator orders review of council care contracts after Bureau investigation", series=True,
              standfirst="The Care Quality Commission will examine how 20 councils check providers\u2019 ratings before awarding contracts",
              when=When("2026-10-29T16:45", LON), mod=When("2026-10-29T18:02", LON), authors=["Tom\u00e1s Ruiz"], hero=None,
              credits=[("Reporter", "Tom\u00e1s Ruiz"), ("Editor", "Rachel Okonjo")],
              items=["The Care Quality Commission has ordered a review of how councils check the ratings of home care providers before awarding contracts, two weeks after a Bureau investigation revealed \u00a3190m in payments to firms rated inadequate.",
                     "The regulator\u2019s chief inspector of adult social care said in a letter to directors of adult social services that it would examine a sample of 20 councils and publish its findings in the spring.",
                     "MPs on the health and social care committee have also asked the minister for care to appear before them in November to answer questions about the findings.",
                     "The Local Government Association welcomed the review but repeated its warning that councils cannot end contracts when there is nobody else to deliver care."])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
        ORIG[a["key"]] = a
    slug = lambda n: n.lower().replace(" ", "-").replace("\u00e1", "a")
    nav = [("/investigations/", "Investigations"), ("/stories/", "Stories"), ("/about/", "About"), ("/newsletter/", "Newsletter")]

    def shell(title, main, head="", tpl="standardpage", desc="The Ledger Bureau is an independent, not-for-profit newsroom that investigates power and public money in the UK."):
        return ('<!DOCTYPE html>\n<html lang="en-GB" class="no-js">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta name="description" content="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<meta name="twitter:site" content="@ledgerbureau">\n%s\n<link rel="stylesheet" href="/static/css/main.3f9a1c20.css">\n<link rel="icon" href="/static/img/favicon.5b1e.png">\n</head>\n'
                '<body class="template-%s">\n<a class="skip-link" href="#main">Skip to main content</a>\n'
                '<header class="site-header" data-header><div class="site-header__inner"><a class="site-header__logo" href="/" aria-label="The Ledger Bureau home"><svg class="logo" width="160" height="32"><use xlink:href="#logo"></use></svg></a>'
                '<nav class="primary-nav" aria-label="Primary"><ul class="primary-nav__list">%s</ul></nav><a class="button button--donate" href="/support-us/">Support us</a>'
                '<button class="site-header__search" aria-label="Search"><svg width="20" height="20"></svg></button></div></header>\n'
                '<main id="main" class="main">\n%s\n</main>\n'
                '<footer class="site-footer"><div class="site-footer__inner"><div class="site-footer__newsletter"><h2>The Bureau Briefing</h2><p>Our investigations, in your inbox every other Friday.</p><form action="/newsletter/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="Xq3Zp8LmT0aV">'
                '<input type="email" name="email"><button>Sign up</button></form></div><ul class="site-footer__links">%s</ul>'
                '<p class="site-footer__small">The Ledger Bureau is a registered charity in England and Wales (no. 1187654). Our journalism is free to republish under Creative Commons.</p></div></footer>\n'
                '<script src="/static/js/main.8d2e71.js" defer></script>\n</body>\n</html>') % (
            E(title), E(desc), head, tpl, "".join('<li class="primary-nav__item"><a class="primary-nav__link" href="%s">%s</a></li>' % (p, t) for p, t in nav), main,
            links([("/team/", "Our team"), ("/about/trustees/", "Trustees"), ("/republishing-guidelines/", "Republish our work"), ("/impact/", "Impact"), ("/corrections/", "Corrections"), ("/jobs/", "Jobs"), ("/support-us/", "Support us")]))

    def rt(x, n):
        if isinstance(x, str):
            return '<div class="block-paragraph"><div class="rich-text"><p data-block-key="%s">%s</p></div></div>' % (bkey(x, n), E(x))
        if x[0] == "quote":
            return '<div class="block-pull_quote"><blockquote class="pull-quote"><p class="pull-quote__text">%s</p></blockquote></div>' % E(x[1])
        return '<div class="block-heading"><h2 class="heading" id="%s">%s</h2></div>' % (bkey(x[1]), E(x[1]))

    def card(a, cls="story-card"):
        return ('<article class="%s"><a class="%s__link" href="%s"><img class="%s__image" src="/media/images/%s.fill-600x338.jpg" alt=""><h3 class="%s__title">%s</h3></a><p class="%s__standfirst">%s</p>'
                '<p class="%s__meta"><span class="%s__byline">%s</span> <time datetime="%s">%s</time></p></article>') % (
            cls, cls, a["path"], cls, bkey(a["title"]), cls, E(a["title"]), cls, E(a["standfirst"]), cls, cls, E(join_names(a["authors"], " and ")), a["when"].l.date().isoformat(), uk_date(a["when"]))

    DIALOG = "You are free to republish this story under a Creative Commons BY-NC-ND 4.0 licence, online or in print, as long as you credit the Bureau and do not change the text."

    def dialog(a):
        html_ = "<h1>%s</h1><p>By %s, The Ledger Bureau</p>%s<p>This article was originally published by <a href=\"%s\">The Ledger Bureau</a>.</p>" % (
            E(a["title"]), E(join_names(a["authors"], " and ")), "".join("<p>%s</p>" % E(t) for t in texts(a["items"])), a["url"])
        return ('<dialog id="republish-dialog" class="dialog" aria-labelledby="republish-title"><div class="dialog__inner"><button class="dialog__close" data-dialog-close aria-label="Close">&times;</button>'
                '<h2 id="republish-title" class="dialog__title">Republish this story</h2><p>%s</p><ol class="dialog__rules"><li>Credit the reporters and \u201cThe Ledger Bureau\u201d in the byline.</li>'
                '<li>Link to the original story and to our <a href="/republishing-guidelines/">republishing guidelines</a>.</li><li>Do not republish our photographs or graphics without permission.</li></ol>'
                '<label for="republish-html">Copy the HTML</label><textarea id="republish-html" readonly rows="6">%s</textarea></div></dialog>') % (DIALOG, E(html_))

    for i, a in enumerate(A):
        others = [x for x in A if x is not a]
        hero = ""
        if a["hero"]:
            hero = ('<figure class="article-hero"><picture><source srcset="/media/images/%s.fill-1600x900.format-webp.webp" type="image/webp"><img src="/media/images/%s.fill-1200x675.jpg" alt="" width="1200" height="675"></picture>'
                    '<figcaption class="article-hero__caption">%s <span class="article-hero__credit">%s</span></figcaption></figure>') % (bkey(a["title"]), bkey(a["title"]), E(a["hero"][0]), E(a["hero"][1]))
        byl = "".join('<li class="byline__item"><a class="byline__link" href="/team/%s/">%s</a></li>' % (slug(n), E(n)) for n in a["authors"])
        credits = "".join('<dt>%s</dt><dd>%s</dd>' % (E(k), E(v)) for k, v in a["credits"])
        main = ('<article class="article">\n<header class="article-header"><p class="article-header__kicker"><a href="/investigations/care-for-sale/">Care for Sale</a></p>'
                '<h1 class="article-header__title">%s</h1><p class="article-header__standfirst">%s</p>'
                '<div class="article-header__meta"><div class="byline"><span class="byline__label">By</span><ul class="byline__list">%s</ul></div>'
                '<time class="article-header__date" datetime="%s">%s</time><button class="button button--outline republish-button" data-dialog-open="republish-dialog">Republish this story</button></div></header>\n'
                '%s\n<div class="article-body">\n%s\n</div>\n<footer class="article-footer"><dl class="article-footer__credits">%s</dl>'
                '<p class="article-footer__funding">Our Care for Sale project is funded by the Aldridge Trust. None of our funders have any influence over our editorial decisions or output.</p>'
                '<ul class="article-footer__topics"><li><a href="/investigations/care-for-sale/">Care for Sale</a></li><li><a href="/stories/">Social care</a></li></ul></footer>\n'
                '<aside class="series-box"><h2 class="series-box__title">More from Care for Sale</h2><div class="series-box__list">%s</div></aside>\n</article>\n%s') % (
            E(a["title"]), E(a["standfirst"]), byl, a["when"].l.date().isoformat(), uk_date(a["when"]), hero,
            "\n".join(rt(x, n) for n, x in enumerate(a["items"])), credits, "".join(card(x, "series-card") for x in others), dialog(a))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["standfirst"], "url": a["url"],
              "datePublished": a["when"].iso(), "dateModified": a["mod"].iso(), "image": s.url("/media/images/%s.fill-1200x675.jpg" % bkey(a["title"])),
              "author": [{"@type": "Person", "name": n, "url": s.url("/team/%s/" % slug(n))} for n in a["authors"]],
              "publisher": {"@type": "NewsMediaOrganization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/static/img/logo.png")}},
              "isAccessibleForFree": True, "license": "https://creativecommons.org/licenses/by-nc-nd/4.0/"}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n'
                '<meta property="og:url" content="%s">\n<meta property="og:image" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n%s') % (
            a["url"], E(a["title"]), E(a["standfirst"]), a["url"], s.url("/media/images/%s.fill-1200x675.jpg" % bkey(a["title"])), jl(ld))
        s.story(a["path"], shell("%s | %s" % (a["title"], SN), main, head, "articlepage", a["standfirst"]), a,
                [DIALOG[:50], "None of our funders have any influence", "Our investigations, in your inbox"] + [x["standfirst"] for x in others])

    def page(path, title, inner, tpl="standardpage", intro=""):
        main = '<div class="page"><header class="page-header"><h1 class="page-header__title">%s</h1>%s</header><div class="page-body rich-text">%s</div></div>' % (
            E(title), '<p class="page-header__intro">%s</p>' % E(intro) if intro else "", inner)
        s.non(path, shell("%s | %s" % (title, SN), main, '<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="website">' % (s.url(path), E(title)), tpl))

    s.non("/", shell(SN, '<section class="home-hero">%s</section><section class="home-latest"><h2 class="section-title">Latest stories</h2><div class="card-grid">%s</div><a class="button" href="/stories/">All stories</a></section>'
                     '<section class="home-impact"><h2 class="section-title">Our impact</h2><p>Since 2019 our investigations have prompted 14 official inquiries and two changes in the law. <a href="/impact/">Read our impact report</a>.</p></section>' % (
                         card(A[0], "hero-card"), "".join(card(a) for a in A)), '<meta property="og:type" content="website">\n<meta property="og:title" content="The Ledger Bureau">', "homepage"))
    page("/investigations/", "Investigations", '<div class="project-grid"><article class="project-card"><a href="/investigations/care-for-sale/"><h2>Care for Sale</h2></a><p>How England buys care for older and disabled people at home.</p></article>'
         '<article class="project-card"><a href="/investigations/"><h2>Locked Out</h2></a><p>Our 2025 investigation into temporary accommodation.</p></article></div>', "projectindexpage")
    page("/investigations/care-for-sale/", "Care for Sale", "".join('<div class="block-paragraph"><div class="rich-text"><p data-block-key="%s">%s</p></div></div>' % (bkey(t), E(t)) for t in [
        "Every day, hundreds of thousands of older and disabled people in England rely on a carer knocking on their door to get them out of bed, give them their medication and make sure they have eaten. Almost all of that care is bought by councils from private companies.",
        "Care for Sale is a year-long investigation by the Bureau and our Bureau Local network into how that market works: who is paid, how much, and what happens when the companies that win contracts fail the people they are meant to look after.",
        "We obtained spending records from 151 councils, analysed ten years of inspection reports and spoke to more than 40 families, carers and former managers. We found councils paying firms rated inadequate, carers paid less than the minimum wage once travel time is counted, and a regulator with no power to stop it.",
        "If you receive care at home, work as a carer or commission care for a council, we would like to hear from you. Contact the team securely at careforsale@ledgerbureau.example."]) +
         '<h2>The stories</h2><div class="card-grid">%s</div>' % "".join(card(a) for a in A), "projectpage", "An investigation into England\u2019s home care market")
    page("/stories/", "All stories", '<div class="story-list">%s</div><nav class="pagination"><span class="pagination__current">Page 1 of 18</span> <a href="/stories/">Next</a></nav>' % "".join(card(a) for a in A[::-1]), "storyindexpage")
    team = [("Eleanor Marsh", "Senior reporter", "Eleanor leads the Bureau\u2019s social care reporting. She was previously at the Financial Times."), ("Tom\u00e1s Ruiz", "Data reporter", "Tom\u00e1s builds the datasets behind our investigations."),
            ("Priya Nair", "Reporter", "Priya covers health and local government."), ("Rachel Okonjo", "Editor", "Rachel has edited the Bureau since 2022.")]
    page("/team/", "Our team", '<ul class="team-grid">%s<li class="team-card"><h2 class="team-card__name">Rachel Okonjo</h2><p class="team-card__role">Editor</p></li></ul>' % "".join('<li class="team-card"><a href="/team/%s/"><img src="/media/images/%s.fill-300x300.jpg" alt=""><h2 class="team-card__name">%s</h2></a><p class="team-card__role">%s</p></li>' % (
        slug(n), bkey(n), E(n), E(r)) for n, r, b in team[:3]), "teamindexpage")
    for n, r, b in team[:3]:
        page("/team/%s/" % slug(n), n, '<p class="profile__role">%s</p><p>%s</p><p>Email: %s@ledgerbureau.example &middot; Signal on request</p><h2>Stories by %s</h2><div class="card-grid">%s</div>' % (
            E(r), E(b), slug(n).replace("-", "."), E(n), "".join(card(a) for a in A if n in a["authors"])), "personpage")
    page("/about/", "About the Bureau", ps(["The Ledger Bureau is an independent, not-for-profit newsroom founded in 2019. We investigate how power and public money are used in the UK, and we share our data and stories with local newsrooms through the Bureau Local network.",
                                            "We are funded by charitable trusts and by more than 4,000 members. We do not take money from political parties or government."]) + '<p><a href="/about/trustees/">Our trustees</a> &middot; <a href="/team/">Our team</a></p>')
    page("/about/trustees/", "Our trustees", '<ul><li><strong>Dame Helen Crewe</strong> (chair) \u2013 former chief executive, Citizens Advice</li><li><strong>Ade Balogun</strong> \u2013 treasurer, chartered accountant</li><li><strong>Prof. Sian Lloyd</strong> \u2013 Cardiff University</li></ul><p>Trustees have no role in editorial decisions.</p>')
    page("/support-us/", "Support our journalism", '<p>Become a member from \u00a35 a month and help us hold power to account.</p><form class="donate-form"><input type="hidden" name="csrfmiddlewaretoken" value="Xq3Zp8LmT0aV"><fieldset><label><input type="radio" name="amount" value="5"> \u00a35 a month</label><label><input type="radio" name="amount" value="10" checked> \u00a310 a month</label><label><input type="radio" name="amount" value="other"> Other</label></fieldset><button>Continue</button></form><p>Gift Aid can add 25p to every \u00a31 you give.</p>', "donatepage")
    page("/republishing-guidelines/", "Republishing guidelines", ps([
        "Our stories are published under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 licence. That means any not-for-profit or local news publisher may republish them for free, with a few conditions.",
        "You must credit the Bureau and the reporters in the byline, and include a line at the end of the story stating that it was originally published by The Ledger Bureau, with a link to the original.",
        "You may not change the text, except to fit your house style or to update references to time, such as \u201clast week\u201d. You may add a local introduction if it is clearly marked as yours.",
        "Photographs, graphics and data visualisations are not covered by the licence. Please ask us first: partners@ledgerbureau.example."]))
    page("/impact/", "Impact report 2025\u201326", ps([
        "Published June 2026. In the twelve months to March 2026 our journalism was republished 2,310 times by 214 local and national outlets, and led to four official inquiries.",
        "Our investigation into temporary accommodation prompted the housing ombudsman to launch a systemic review, and three councils changed how they place families out of area.",
        "Bureau Local trained 186 local reporters in data journalism, and members of the network published 96 stories using our data."]) + '<p><a href="/media/documents/impact-report-2025-26.pdf">Download the full report (PDF, 4.2MB)</a></p>')
    page("/corrections/", "Corrections and clarifications", '<p>We aim to correct mistakes quickly. Contact corrections@ledgerbureau.example.</p><ul class="corrections-list"><li><time datetime="2026-10-15">15 October 2026</time> \u2013 <a href="%s">Councils paid \u00a3190m to home care firms rated inadequate</a>: an earlier version gave the wrong region for one provider.</li>'
         '<li><time datetime="2026-06-02">2 June 2026</time> \u2013 A story on temporary accommodation misstated the number of families in one borough.</li></ul>' % A[0]["path"])
    page("/newsletter/", "The Bureau Briefing", '<p>Sign up for our newsletter, out every other Friday.</p><form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="Xq3Zp8LmT0aV"><input type="email" name="email"><button>Sign up</button></form><h2>Past editions</h2><ul>'
         '<li>30 October 2026 \u2013 The regulator steps in</li><li>16 October 2026 \u2013 Care for Sale: what we found</li><li>2 October 2026 \u2013 Inside the Bureau Local network</li></ul>', "newsletterpage")
    page("/jobs/", "Jobs", '<article class="job"><h2>Data journalist (maternity cover)</h2><p>Full time, 12 months, London or remote. Salary \u00a342,000\u2013\u00a346,000.</p><p>Closing date: 30 November 2026</p><p>We are looking for a data journalist to join the Care for Sale team. You will clean and analyse large public datasets and work with reporters across the Bureau Local network.</p></article>')
    s.urlset("/sitemap.xml", [a["path"] for a in A] + ["/", "/investigations/", "/investigations/care-for-sale/", "/stories/", "/team/", "/team/eleanor-marsh/", "/team/tomas-ruiz/", "/team/priya-nair/", "/about/", "/about/trustees/",
                                                      "/support-us/", "/republishing-guidelines/", "/impact/", "/corrections/", "/newsletter/", "/jobs/"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


def de_date(w):
    return "%d. %s %d" % (w.l.day, MON_DE[w.l.month - 1], w.l.year)


# ------------------------------------------------------------ 3 Kompass Recherche (Craft CMS + SEOmatic, de)
def kompass():
    s = Site(3)
    SN = "Kompass Recherche"
    BER = "Europe/Berlin"
    A = [dict(key="kompass-inv", path="/recherchen/guelle-ohne-grenzen-nitrat-grundwasser", kicker="Gülle ohne Grenzen",
              title="Wie Nitrat aus den Niederlanden ins niedersächsische Grundwasser gelangt",
              lead="Jedes Jahr kommen Millionen Tonnen Gülle über die Grenze. Wo sie landen, kontrolliert kaum jemand – die Rechnung zahlen die Wasserkunden.",
              when=When("2026-10-21T06:00", BER), mod=When("2026-10-22T11:40", BER), authors=["Jana Petersen", "Malte Brinkmann", "Aylin Demir"], read=9,
              credit="Mitarbeit: Jonas Keller. Redaktion: Till Behrens. Grafik: Nora Stein.", img=("Ein Güllewagen bei Lingen im Emsland. Rund ein Drittel der Importe landet auf Äckern im Westen Niedersachsens.", "Foto: Kompass Recherche / Malte Brinkmann"),
              items=["Jedes Jahr rollen mehr als 1,8 Millionen Tonnen Gülle und Gärreste aus den Niederlanden über die Grenze nach Niedersachsen, wo sie auf Äcker in Landkreisen ausgebracht werden, deren Grundwasser ohnehin zu viel Nitrat enthält.",
                     "Das zeigen Transportdaten der Düngebehörde, die Kompass Recherche nach einem zweijährigen Rechtsstreit mit der Landwirtschaftskammer auswerten konnte. In sieben der zehn Landkreise mit den meisten Importen überschreitet mehr als ein Drittel der Messstellen den Grenzwert von 50 Milligramm pro Liter.",
                     ("h2", "Ein Geschäft mit Zwischenhändlern"),
                     "Die Gülle stammt überwiegend aus Schweine- und Geflügelbetrieben in Gelderland und Nordbrabant, wo strenge Obergrenzen gelten. Zwischenhändler kaufen sie dort für wenige Euro pro Tonne und verkaufen sie als Dünger an Ackerbaubetriebe in Niedersachsen.",
                     "Ein Händler aus dem Emsland, der anonym bleiben möchte, sagte, die Kontrollen seien lückenhaft. \u00bbWer die Papiere ordentlich ausfüllt, wird praktisch nie gefragt, wo die Ladung tatsächlich landet\u00ab, sagte er.",
                     ("donate", ""),
                     ("h2", "Wasserversorger zahlen die Rechnung"),
                     "Für die Wasserversorger wird das teuer. Der Wasserverband Hunte-Ems musste in den vergangenen fünf Jahren drei Brunnen schließen und neue in tieferen Schichten bohren. Die Kosten von rund 14 Millionen Euro tragen die Kundinnen und Kunden über den Wasserpreis.",
                     "Das niedersächsische Landwirtschaftsministerium erklärte auf Anfrage, die Nährstoffströme würden seit 2024 digital erfasst, die Zahl der Kontrollen sei verdoppelt worden. Zu den Importen aus den Niederlanden wollte sich das Ministerium nicht im Einzelnen äußern."]),
         dict(key="kompass-expl", path="/recherchen/nitrat-im-grundwasser-fragen-und-antworten", kicker="Erklärt",
              title="Nitrat im Grundwasser: Die wichtigsten Fragen und Antworten",
              lead="Was Nitrat ist, woher es kommt und ob es im Trinkwasser landet – ein Überblick zu unserer Recherche.",
              when=When("2026-10-23T10:00", BER), mod=When("2026-10-23T10:00", BER), authors=["Aylin Demir"], read=4, credit="Redaktion: Till Behrens.", img=None,
              items=["Nitrat ist eines der häufigsten Probleme für das Grundwasser in Deutschland – und eines der am schwersten zu lösenden, weil es Jahrzehnte dauern kann, bis es aus dem Boden in die Brunnen gelangt.",
                     ("h3", "Was ist Nitrat überhaupt?"),
                     "Nitrat ist eine Stickstoffverbindung, die Pflanzen zum Wachsen brauchen. Was die Pflanzen nicht aufnehmen, wird mit dem Regen in tiefere Bodenschichten gespült und landet schließlich im Grundwasser.",
                     ("h3", "Ist mein Trinkwasser gefährdet?"),
                     "In aller Regel nicht. Die Wasserversorger mischen belastetes Wasser mit unbelastetem oder bohren tiefere Brunnen, damit der Grenzwert der Trinkwasserverordnung von 50 Milligramm pro Liter eingehalten wird. Das kostet allerdings Geld.",
                     ("h3", "Wer ist verantwortlich?"),
                     "Der größte Teil des Nitrats stammt aus der Landwirtschaft, vor allem aus Gülle und Mineraldünger. Deutschland wurde deshalb 2018 vom Europäischen Gerichtshof verurteilt, weil es die EU-Nitratrichtlinie nicht ausreichend umgesetzt hatte.",
                     ("h3", "Was ändert sich jetzt?"),
                     "Seit 2024 müssen Betriebe in besonders belasteten Gebieten ihre Düngung um zwanzig Prozent unter den Bedarf senken. Ob das reicht, wird sich erst in vielen Jahren an den Messstellen zeigen."]),
         dict(key="kompass-news", path="/recherchen/ministerium-kuendigt-strengere-guellekontrollen-an", kicker="Nach unserer Recherche",
              title="Ministerium kündigt strengere Kontrollen von Gülleimporten an",
              lead="Stichproben an der Grenze und eine Meldepflicht für Zwischenhändler: Das Land reagiert auf die Recherche von Kompass.",
              when=When("2026-11-04T17:30", BER), mod=When("2026-11-04T19:05", BER), authors=["Malte Brinkmann"], read=3, credit=None, img=None,
              items=["Das niedersächsische Landwirtschaftsministerium will Gülletransporte aus den Niederlanden künftig stichprobenartig an der Grenze kontrollieren lassen.",
                     "Das kündigte Ministerin Anke Vosskamp am Mittwoch im Agrarausschuss des Landtags an, zwei Wochen nachdem Kompass Recherche über Lücken bei der Überwachung der Importe berichtet hatte.",
                     "Geplant sind gemeinsame Kontrollen mit der Polizei und der niederländischen Behörde NVWA. Außerdem sollen Zwischenhändler verpflichtet werden, den Empfänger jeder Ladung vorab digital zu melden.",
                     "Die Grünen im Landtag begrüßten die Ankündigung, forderten aber eine Obergrenze für Importe in Landkreise mit hoher Nitratbelastung. Der Landvolkverband warnte vor zusätzlicher Bürokratie."])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
        ORIG[a["key"]] = a
    slug = lambda n: n.lower().replace(" ", "-")
    TEAM = {"Jana Petersen": "Reporterin, Schwerpunkt Umwelt und Landwirtschaft", "Malte Brinkmann": "Reporter, Niedersachsen", "Aylin Demir": "Datenjournalistin"}
    REPUB = "Diesen Artikel dürfen Sie kostenlos übernehmen – unter der Lizenz CC BY-NC-ND 4.0. Nennen Sie bitte Kompass Recherche als Quelle und verlinken Sie auf den Originalartikel."
    DON = "Unabhängiger Journalismus kostet Geld. Unterstützen Sie Kompass Recherche mit einer Spende – schon 5 Euro im Monat helfen."
    nav = [("/recherchen", "Recherchen"), ("/serien/grundwasser-in-gefahr", "Grundwasser in Gefahr"), ("/nitratwerte", "Nitrat-Suche"), ("/ueber-uns", "Über uns"), ("/newsletter", "Newsletter")]

    def shell(title, main, seo="", ld=None, section="page", desc="Kompass Recherche ist ein gemeinnütziges Recherchezentrum für Umwelt, Landwirtschaft und Verbraucherschutz."):
        graph = [{"@id": s.url("/#identity"), "@type": "NewsMediaOrganization", "name": "Kompass Recherche gGmbH", "alternateName": SN, "url": s.url("/"),
                  "address": {"@type": "PostalAddress", "addressLocality": "Hamburg", "addressCountry": "DE"}, "logo": {"@type": "ImageObject", "url": s.url("/uploads/logo.png")}},
                 {"@id": "#creator", "@type": "Organization", "name": "Kompass Recherche gGmbH"}]
        if ld:
            graph.insert(0, ld)
        return ('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="/dist/css/app.css?v=1761120000">\n'
                '<title>%s | %s</title>\n<meta name="generator" content="SEOmatic">\n<meta name="description" content="%s">\n<meta name="referrer" content="no-referrer-when-downgrade">\n<meta name="robots" content="all">\n'
                '<meta content="de_DE" property="og:locale">\n<meta content="%s" property="og:site_name">\n%s\n<link href="%s" rel="home">\n<link type="text/plain" href="%s" rel="author">\n</head>\n'
                '<body class="section-%s">\n<div class="c-cookie-banner" data-cookie-banner hidden><p>Wir verwenden nur technisch notwendige Cookies und eine datensparsame Reichweitenmessung (Matomo).</p><button>Verstanden</button></div>\n'
                '<header class="c-header"><div class="o-container c-header__inner"><a class="c-header__logo" href="/"><img src="/uploads/logo.svg" alt="%s"></a><nav class="c-nav" aria-label="Hauptnavigation"><ul class="c-nav__list">%s</ul></nav>'
                '<a class="c-button c-button--donate" href="/spenden">Jetzt spenden</a></div></header>\n<main id="main" class="c-main">\n%s\n</main>\n'
                '<footer class="c-footer"><div class="o-container"><ul class="c-footer__nav">%s</ul><p class="c-footer__note">Kompass Recherche gGmbH ist als gemeinnützig anerkannt. Spenden sind steuerlich absetzbar.</p>'
                '<p class="c-footer__copy">&copy; 2026 Kompass Recherche</p></div></footer>\n<script type="application/ld+json">%s</script>\n<script src="/dist/js/app.js?v=1761120000" defer></script>\n</body>\n</html>') % (
            E(title), SN, E(desc), SN, seo, s.url("/"), s.url("/humans.txt"), section, SN,
            "".join('<li class="c-nav__item"><a class="c-nav__link" href="%s">%s</a></li>' % (p, t) for p, t in nav), main,
            links([("/team", "Team"), ("/gremien", "Gremien"), ("/transparenz", "Transparenz"), ("/republizieren", "Republizieren"), ("/termine", "Termine"), ("/jobs", "Jobs"), ("/impressum", "Impressum"), ("/datenschutz", "Datenschutz")]),
            json.dumps({"@context": "http://schema.org", "@graph": graph}, ensure_ascii=False))

    def byline(a):
        return "Von " + join_names(['<a class="c-byline__author" href="/team/%s">%s</a>' % (slug(n), E(n)) for n in a["authors"]], " und ")

    def teaser(a):
        return ('<article class="c-teaser"><a class="c-teaser__link" href="%s"><span class="c-teaser__kicker">%s</span><h3 class="c-teaser__title">%s</h3></a><p class="c-teaser__lead">%s</p>'
                '<p class="c-teaser__meta">%s · <time datetime="%s">%s</time></p></article>') % (a["path"], E(a["kicker"]), E(a["title"]), E(a["lead"]), E(join_names(a["authors"], " und ")), a["when"].iso(), de_date(a["when"]))

    def block(x):
        if isinstance(x, str):
            return '<div class="c-matrix c-matrix--text"><p>%s</p></div>' % E(x)
        if x[0] == "donate":
            return ('<aside class="c-matrix c-matrix--cta c-donate-box"><h4 class="c-donate-box__title">Recherchen wie diese sind nur mit Ihrer Hilfe möglich</h4><p>%s</p>'
                    '<a class="c-button" href="/spenden">Jetzt spenden</a></aside>') % E(DON)
        return '<div class="c-matrix c-matrix--heading"><%s class="c-heading">%s</%s></div>' % (x[0], E(x[1]), x[0])

    for a in A:
        img = ""
        if a["img"]:
            img = ('<figure class="c-article__figure"><img src="/uploads/_1200x675_crop_center-center_82_line/guelle-transport-emsland.jpg" srcset="/uploads/_800x450_crop_center-center_82_line/guelle-transport-emsland.jpg 800w" alt="" width="1200" height="675">'
                   '<figcaption class="c-article__caption">%s <span class="c-article__credit">%s</span></figcaption></figure>') % (E(a["img"][0]), E(a["img"][1]))
        repub = ""
        if a["key"] != "kompass-news":
            repub = ('<aside class="c-republish" id="republizieren"><h4 class="c-republish__title">Republizieren</h4><p>%s</p><details><summary>HTML-Code kopieren</summary>'
                     '<textarea readonly>&lt;p&gt;Dieser Text erschien zuerst bei &lt;a href=&quot;%s&quot;&gt;Kompass Recherche&lt;/a&gt;.&lt;/p&gt;</textarea></details></aside>') % (E(REPUB), a["url"])
        rel = [x for x in A if x is not a]
        main = ('<article class="c-article">\n<header class="c-article__header o-container o-container--narrow"><p class="c-article__kicker">%s</p><h1 class="c-article__title">%s</h1><p class="c-article__lead">%s</p>'
                '<div class="c-byline"><p class="c-byline__names">%s</p><p class="c-byline__meta"><time datetime="%s">%s</time> · Lesezeit: %d Minuten</p></div></header>\n%s\n'
                '<div class="c-article__body o-container o-container--narrow">\n%s\n<p class="c-article__credits"><em>%s</em></p>\n</div>\n%s\n'
                '<section class="c-related o-container"><h2 class="c-related__title">Mehr aus dieser Recherche</h2>%s</section>\n</article>') % (
            E(a["kicker"]), E(a["title"]), E(a["lead"]), byline(a), a["when"].iso(), de_date(a["when"]), a["read"], img,
            "\n".join(block(x) for x in a["items"]), E(a["credit"] or ""), repub, "".join(teaser(x) for x in rel))
        ld = {"@type": "NewsArticle", "author": {"@id": s.url("/#identity")}, "copyrightHolder": {"@id": s.url("/#identity")}, "copyrightYear": "2026", "creator": {"@id": "#creator"},
              "dateCreated": a["when"].l.replace(hour=max(a["when"].l.hour - 12, 0)).isoformat(), "dateModified": a["mod"].iso(), "datePublished": a["when"].iso(),
              "description": a["lead"], "headline": a["title"], "image": {"@type": "ImageObject", "url": s.url("/uploads/_1200x630_crop_center-center_82_none/guelle-transport-emsland.jpg?mtime=1761012345")},
              "inLanguage": "de", "mainEntityOfPage": a["url"], "name": a["title"], "publisher": {"@id": "#creator"}, "url": a["url"]}
        seo = ('<meta content="article" property="og:type">\n<meta content="%s" property="og:url">\n<meta content="%s" property="og:title">\n<meta content="%s" property="og:description">\n'
               '<meta content="%s" property="og:image">\n<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:title" content="%s">\n<link href="%s" rel="canonical">') % (
            a["url"], E(a["title"]), E(a["lead"]), s.url("/uploads/_1200x630_crop_center-center_82_none/guelle-transport-emsland.jpg?mtime=1761012345"), E(a["title"]), a["url"])
        s.story(a["path"], shell(a["title"], main, seo, ld, "recherchen", a["lead"]), a, [REPUB[:60], DON[:60], "HTML-Code kopieren"] + [x["lead"] for x in rel])

    def page(path, title, inner, intro="", section="page"):
        main = '<div class="o-container o-container--narrow c-page"><h1 class="c-page__title">%s</h1>%s<div class="c-page__body">%s</div></div>' % (E(title), '<p class="c-page__intro">%s</p>' % E(intro) if intro else "", inner)
        seo = '<meta content="website" property="og:type">\n<meta content="%s" property="og:url">\n<meta content="%s" property="og:title">\n<link href="%s" rel="canonical">' % (s.url(path), E(title), s.url(path))
        s.non(path, shell(title, main, seo, None, section))

    s.non("/", shell(SN, '<section class="c-hero o-container">%s</section><section class="o-container"><h2 class="c-section-title">Neueste Recherchen</h2><div class="c-grid">%s</div></section>'
                     '<section class="c-newsletter-teaser o-container"><h2>Der Kompass-Newsletter</h2><p>Jeden zweiten Donnerstag: unsere Recherchen und was aus ihnen wurde.</p><a class="c-button" href="/newsletter">Abonnieren</a></section>' % (
                         teaser(A[0]), "".join(teaser(a) for a in A[::-1])), '<meta content="website" property="og:type">\n<link href="%s" rel="canonical">' % s.url("/"), None, "home"))
    page("/recherchen", "Alle Recherchen", '<div class="c-list">%s</div><nav class="c-pagination"><span>Seite 1 von 9</span> <a href="/recherchen">Weiter</a></nav>' % "".join(teaser(a) for a in A[::-1]), "", "recherchen")
    page("/serien/grundwasser-in-gefahr", "Grundwasser in Gefahr", ps([
        "Unter unseren Füßen liegt Deutschlands wichtigste Trinkwasserquelle. Rund siebzig Prozent unseres Trinkwassers stammen aus dem Grundwasser – und an fast jeder fünften Messstelle ist es so stark mit Nitrat belastet, dass es ohne Aufbereitung nicht getrunken werden dürfte.",
        "In der Serie \u00bbGrundwasser in Gefahr\u00ab untersucht Kompass Recherche seit 2025, wer das Wasser belastet, wer daran verdient und wer die Kosten trägt. Wir haben Messdaten von mehr als 12.000 Stellen ausgewertet, Transportpapiere vor Gericht erstritten und mit Landwirten, Händlern und Wasserversorgern gesprochen.",
        "Alle Texte der Serie dürfen Lokalzeitungen und Radiosender kostenlos übernehmen. Unsere Daten stellen wir auf Anfrage zur Verfügung.",
        "Haben Sie Hinweise? Schreiben Sie uns verschlüsselt an hinweise@kompass-recherche.example."]) + '<h2>Alle Teile der Serie</h2><div class="c-list">%s</div>' % "".join(teaser(a) for a in A),
         "Eine Serie über Nitrat, Gülle und unser Trinkwasser", "serien")
    page("/nitratwerte", "Nitratwerte in Ihrer Nähe suchen",
         '<p>Geben Sie Ihre Postleitzahl ein, um die Nitratwerte der nächstgelegenen Grundwassermessstellen zu sehen.</p><form class="c-lookup" action="/nitratwerte" method="get"><label>Postleitzahl <input name="plz" inputmode="numeric" maxlength="5"></label><button>Suchen</button></form>'
         '<table class="c-table"><thead><tr><th>Messstelle</th><th>Landkreis</th><th>Letzte Messung</th><th>Nitrat (mg/l)</th></tr></thead><tbody>'
         '<tr><td>Lingen-Darme II</td><td>Emsland</td><td>14.08.2026</td><td>87,4</td></tr><tr><td>Vechta-Langförden</td><td>Vechta</td><td>02.09.2026</td><td>112,0</td></tr><tr><td>Cloppenburg-Staatsforsten</td><td>Cloppenburg</td><td>21.07.2026</td><td>41,2</td></tr></tbody></table>'
         '<p class="c-small">Daten: Niedersächsischer Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz. Stand: 1. Oktober 2026. Datenaufbereitung: Aylin Demir.</p>', "", "daten")
    team_html = "".join('<li class="c-team__member"><a href="/team/%s"><img src="/uploads/_300x300_crop_center-center_82_line/%s.jpg" alt=""><h3>%s</h3></a><p>%s</p></li>' % (slug(n), slug(n), E(n), E(r)) for n, r in TEAM.items())
    page("/team", "Team", '<ul class="c-team">%s<li class="c-team__member"><h3>Till Behrens</h3><p>Chefredakteur</p></li><li class="c-team__member"><h3>Jonas Keller</h3><p>Volontär</p></li></ul>' % team_html)
    for n, r in TEAM.items():
        page("/team/%s" % slug(n), n, '<p class="c-profile__role">%s</p><p>%s arbeitet seit 2023 bei Kompass Recherche. Kontakt: %s@kompass-recherche.example</p><h2>Recherchen</h2><div class="c-list">%s</div>' % (
            E(r), E(n.split()[0]), slug(n).split("-")[0], "".join(teaser(a) for a in A if n in a["authors"])), "", "team")
    page("/ueber-uns", "Über uns", ps(["Kompass Recherche ist ein gemeinnütziges Recherchezentrum mit Sitz in Hamburg. Wir recherchieren zu Umwelt, Landwirtschaft und Verbraucherschutz und arbeiten dabei mit Lokalzeitungen zusammen, die unsere Texte kostenlos übernehmen dürfen.",
                                       "Wir finanzieren uns über Spenden und Stiftungsmittel. Anzeigen schalten wir nicht."]))
    page("/gremien", "Gremien", '<h2>Aufsichtsrat</h2><ul><li>Dr. Renate Vogel (Vorsitzende)</li><li>Hauke Janssen</li><li>Prof. Dr. Miriam Adler</li></ul><h2>Ethikrat</h2><ul><li>Ulrich Sommer</li><li>Sevgi Arslan</li></ul>')
    page("/spenden", "Spenden", '<p>Mit Ihrer Spende sichern Sie unabhängige Recherchen, die allen kostenlos zur Verfügung stehen.</p><form class="c-donate"><label><input type="radio" name="betrag" value="5"> 5 € monatlich</label><label><input type="radio" name="betrag" value="10" checked> 10 € monatlich</label><label><input type="radio" name="betrag" value="frei"> Freier Betrag</label><button>Weiter zur Zahlung</button></form><p>IBAN: DE12 2005 0550 1234 5678 90</p>')
    page("/republizieren", "Republizieren: Unsere Texte für Ihr Medium", ps([
        "Alle Recherchen von Kompass Recherche stehen unter der Creative-Commons-Lizenz CC BY-NC-ND 4.0. Lokalzeitungen, Radiosender und Blogs dürfen sie kostenlos und ohne Rückfrage übernehmen.",
        "Bitte übernehmen Sie den Text unverändert und nennen Sie die Autorinnen und Autoren sowie Kompass Recherche. Fügen Sie am Anfang oder Ende den Satz \u00bbDieser Text erschien zuerst bei Kompass Recherche\u00ab mit einem Link auf den Originalartikel ein.",
        "Fotos und Grafiken sind nicht von der Lizenz umfasst. Für eine Nutzung schreiben Sie uns bitte an kooperation@kompass-recherche.example."]))
    page("/transparenz", "Transparenz und Jahresbericht 2025", ps([
        "Kompass Recherche hat 2025 Einnahmen von 1,34 Millionen Euro erzielt. 58 Prozent stammen von Stiftungen, 39 Prozent von rund 6.200 Einzelspenderinnen und -spendern, 3 Prozent aus Vorträgen und Workshops.",
        "Unsere Recherchen wurden 2025 von 137 Medien übernommen, darunter 94 Lokal- und Regionalzeitungen. Die Serie über Pestizidrückstände in Trinkwasserbrunnen führte zu einer Anhörung im Bundestag.",
        "Wir sind Mitglied der Initiative Transparente Zivilgesellschaft."]) + '<p><a href="/uploads/jahresbericht-2025.pdf">Jahresbericht 2025 herunterladen (PDF)</a></p>', "Veröffentlicht am 12. Mai 2026")
    page("/newsletter", "Newsletter", '<p>Jeden zweiten Donnerstag unsere Recherchen und was aus ihnen wurde.</p><form><input type="email" name="email"><button>Abonnieren</button></form><h2>Archiv</h2><ul>'
         '<li>5. November 2026: Das Ministerium reagiert</li><li>22. Oktober 2026: Gülle ohne Grenzen</li><li>8. Oktober 2026: Was im Brunnen landet</li></ul>')
    page("/termine", "Termine", '<ul class="c-events"><li><time datetime="2026-12-03T19:00">3. Dezember 2026, 19 Uhr</time> – <strong>Lesung und Gespräch: Gülle ohne Grenzen</strong>, Stadtbibliothek Oldenburg. Mit Jana Petersen und Malte Brinkmann. Eintritt frei.</li>'
         '<li><time datetime="2027-01-21T18:30">21. Januar 2027, 18:30 Uhr</time> – Workshop: Umweltdaten für Lokaljournalisten, online.</li></ul>')
    page("/jobs", "Jobs", '<h2>Redakteur*in Daten (m/w/d), Teilzeit 30 Stunden</h2><p>Ab 1. Februar 2027, Hamburg oder remote. Bewerbungsschluss: 6. Dezember 2026.</p><p>Wir suchen Verstärkung für unser Datenteam, das Messreihen, Behördendaten und Geodaten für unsere Recherchen aufbereitet.</p>')
    page("/impressum", "Impressum", '<p>Kompass Recherche gGmbH<br>Holstenstraße 12<br>22767 Hamburg</p><p>Geschäftsführung: Till Behrens<br>Registergericht: Amtsgericht Hamburg, HRB 167890</p><p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Till Behrens</p>')
    page("/datenschutz", "Datenschutzerklärung", ps(["Wir erheben auf dieser Website nur die Daten, die für den Betrieb technisch notwendig sind. Die Reichweitenmessung erfolgt mit Matomo ohne Cookies.",
                                                      "Spenden werden über unseren Zahlungsdienstleister abgewickelt. Ihre Daten werden nicht an Dritte weitergegeben."]))
    s.urlset("/sitemaps-1-sitemap.xml", [a["path"] for a in A] + ["/", "/recherchen", "/serien/grundwasser-in-gefahr", "/nitratwerte", "/team", "/ueber-uns", "/gremien", "/spenden", "/republizieren", "/transparenz", "/newsletter", "/termine", "/jobs"])
    s.xml("/sitemaps-1-sitemap_index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/sitemaps-1-sitemap.xml"))
    s.put("/robots.txt", "# robots.txt for %s\n\nsitemap: %s\n\nUser-agent: *\nDisallow: /cpresources/\nDisallow: /vendor/\nDisallow: /.env\nDisallow: /cache/\n" % (s.url("/"), s.url("/sitemaps-1-sitemap_index.xml")))
    s.rss2("/feed.rss", SN, "Recherchen von Kompass Recherche", [(a["path"], a["title"], a["when"].rfc(), join_names(a["authors"], " und "), a["lead"]) for a in A], "de-DE")


MON_ES3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()


# ------------------------------------------------------------ 4 Ruta Crítica (Ghost 5 + Source, es-GT)
def ruta():
    s = Site(4)
    SN = "Ruta Crítica"
    GT = "America/Guatemala"
    A = [dict(key="ruta-inv", path="/la-mina-que-bebe-el-agua-de-san-marcos/", tag=("agua", "Agua"), tags=["Agua", "Minería", "#investigacion"],
              title="La mina que bebe el agua de San Marcos",
              excerpt="Durante nueve meses, Ruta Crítica documentó cómo 14 comunidades mam perdieron sus nacimientos de agua tras la ampliación de una mina de oro.",
              when=When("2026-10-08T19:00", GT), mod=When("2026-10-10T09:12", GT), authors=["Ana Lucía Xiloj", "Diego Pérez Ajú", "Carmen Rosales"], read=12,
              img="Juana Bámaca carga agua desde el nacimiento de Tuixcajchis, en San Miguel Ixtahuacán. Foto: Diego Pérez Ajú",
              items=["En las aldeas de San Miguel Ixtahuacán, las mujeres caminan hasta dos horas para llenar un tonel de agua en un nacimiento que, hace diez años, brotaba a la orilla de sus casas.",
                     "Una investigación de nueve meses de Ruta Crítica, basada en imágenes satelitales, registros del Ministerio de Ambiente y entrevistas con 63 familias, encontró que al menos 14 comunidades perdieron sus fuentes de agua después de que la minera Cerro Alto ampliara su tajo en 2019.",
                     ("toggle", ""),
                     ("h2", "Los permisos"),
                     "La empresa obtuvo en 2018 una licencia para extraer hasta 90 litros por segundo de pozos profundos. Los registros del ministerio muestran que nunca presentó los informes trimestrales de monitoreo hídrico que exigía su estudio de impacto ambiental.",
                     "El Ministerio de Ambiente y Recursos Naturales respondió por escrito que la licencia sigue vigente y que una inspección programada para 2025 se suspendió por falta de vehículos.",
                     ("h2", "Sin consulta"),
                     "Las comunidades mam de la zona nunca fueron consultadas, como exige el Convenio 169 de la OIT. En 2024, la Corte de Constitucionalidad ordenó realizar una consulta que todavía no ha comenzado.",
                     "La empresa no respondió a cinco solicitudes de entrevista enviadas entre junio y septiembre. En su sitio web afirma que cumple con todas las normas ambientales y que abastece de agua potable a tres escuelas de la zona.",
                     "Mientras tanto, en la aldea Siete Platos, los vecinos han empezado a excavar a mano un pozo comunitario. \u201cAntes el agua venía sola. Ahora tenemos que ir a buscarla y pagarla\u201d, dijo Juana Bámaca, de 54 años.",
                     ("raw", "<p><em>Con reportes adicionales de Esteban Tzul. Edición: Lucía Monterroso.</em></p>")]),
         dict(key="ruta-news", path="/congreso-aprueba-ley-de-aguas-sin-consulta/", tag=("agua", "Agua"), tags=["Agua", "Congreso"],
              title="Congreso aprueba en tercera lectura una ley de aguas sin consultar a los pueblos indígenas",
              excerpt="La iniciativa 6021 crea una autoridad nacional del agua que podrá otorgar concesiones por 25 años.",
              when=When("2026-10-28T14:20", GT), mod=When("2026-10-28T16:02", GT), authors=["Carmen Rosales"], read=3, img=None,
              items=["El Congreso de Guatemala aprobó este miércoles en tercera lectura la iniciativa 6021, la primera ley general de aguas del país, sin haber realizado la consulta a los pueblos indígenas que exigían organizaciones mayas y xinkas.",
                     "La ley crea una autoridad nacional del agua con facultades para otorgar concesiones de uso por períodos de hasta 25 años, renovables, y establece un registro público de los aprovechamientos.",
                     "Diputados de la bancada Semilla votaron en contra y anunciaron una acción de inconstitucionalidad. La Asociación Guatemalteca de Exportadores celebró la aprobación y dijo que dará certeza jurídica a las inversiones.",
                     "Organizaciones de San Marcos y Huehuetenango convocaron a una marcha para el próximo lunes frente al Palacio Legislativo."]),
         dict(key="ruta-op", path="/el-agua-no-es-una-mercancia/", tag=("opinion", "Opinión"), tags=["Opinión", "Agua"],
              title="El agua no es una mercancía",
              excerpt="La nueva ley convierte nacimientos y ríos en concesiones decididas lejos de las comunidades que los han cuidado.",
              when=When("2026-11-06T08:00", GT), mod=When("2026-11-06T08:00", GT), authors=["Rigoberto Choc"], read=4, img=None,
              items=["Para nuestros abuelos, el agua no tenía dueño: se cuidaba, se compartía y se agradecía en cada siembra.",
                     "La ley que acaba de aprobar el Congreso cambia eso. Convierte los nacimientos y los ríos en concesiones que se otorgan en una oficina de la capital, lejos de las comunidades que los han protegido durante siglos.",
                     "No nos oponemos a que haya reglas. Llevamos años pidiendo que el Estado controle a las empresas que secaron nuestros pozos. Lo que rechazamos es que esas reglas se escriban sin nosotros.",
                     "La Constitución y el Convenio 169 son claros: cualquier medida que afecte nuestros territorios debe consultarse. Si la ley no se consulta, no tendrá legitimidad en las montañas de San Marcos.",
                     "Pedimos a la Corte de Constitucionalidad que suspenda su aplicación hasta que se haga una consulta de buena fe.",
                     ("raw", "<hr><p><em>Rigoberto Choc es alcalde indígena de San Miguel Ixtahuacán. Las opiniones expresadas en esta columna son responsabilidad de su autor y no reflejan necesariamente la posición de Ruta Crítica.</em></p>")])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
        ORIG[a["key"]] = a
    AUTH = {"Ana Lucía Xiloj": ("ana-lucia-xiloj", "Periodista k'iche'. Cubre territorio, agua y pueblos indígenas."), "Diego Pérez Ajú": ("diego-perez-aju", "Fotoperiodista y reportero."),
            "Carmen Rosales": ("carmen-rosales", "Editora de investigación."), "Rigoberto Choc": ("rigoberto", "Colaborador.")}
    LIC = "Puedes republicar este artículo de forma gratuita bajo la licencia Creative Commons BY-NC-ND 4.0, siempre que cites a Ruta Crítica como fuente original, enlaces a esta página y no modifiques el texto."
    TOGGLE = ('<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">\u00bfQuieres republicar esta historia?</span></h4>'
              '<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div>'
              '<div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">%s</span></p></div></div>') % E(LIC)
    gdate = lambda w: "%d %s %d" % (w.l.day, MON_ES3[w.l.month - 1], w.l.year)
    nav = [("/", "Inicio"), ("/especiales/agua-robada/", "Agua robada"), ("/tag/opinion/", "Opinión"), ("/nosotros/", "Nosotros"), ("/apoyanos/", "Apóyanos")]

    def shell(title, main, head, body):
        return ('<!DOCTYPE html>\n<html lang="es">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <title>%s</title>\n'
                '    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a91f0c2d4">\n%s\n    <meta name="generator" content="Ghost 5.101">\n'
                '    <link rel="alternate" type="application/rss+xml" title="%s" href="%s">\n'
                '    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="3f1b0a9c2e7d5f4a6b8c0d1e2f" data-api="%sghost/api/content/" data-locale="es" crossorigin="anonymous"></script>'
                '<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>\n</head>\n<body class="%s has-sans-title has-sans-body">\n<div class="gh-viewport">\n'
                '<header id="gh-navigation" class="gh-navigation is-left-logo has-accent-color gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">%s</a></div>'
                '<nav class="gh-navigation-menu"><ul class="nav">%s</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Iniciar sesión</a>'
                '<a class="gh-button" href="#/portal/signup" data-portal="signup">Suscríbete</a></div></div></div></header>\n%s\n'
                '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">%s</span><nav class="gh-footer-menu"><ul class="nav">%s</ul></nav>'
                '<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>'
                '<div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Periodismo que no se vende</h2><p class="gh-footer-signup-subhead is-body">Recibe nuestras investigaciones en tu correo. Gratis, cada jueves.</p>'
                '<form class="gh-form" data-members-form><input class="gh-form-input" type="email" placeholder="tu@correo.com" required data-members-email><button class="gh-button" type="submit">Suscribirme</button></form></div></div></footer>\n'
                '</div>\n</body>\n</html>') % (
            E(title), head, SN, s.url("/rss/"), s.url("/"), s.url("/"), body, SN,
            "".join('<li class="nav-%s"><a href="%s">%s</a></li>' % (t.lower().replace(" ", "-"), p, t) for p, t in nav), main, SN,
            links([("/equipo/", "Equipo"), ("/republica/", "Republica nuestro contenido"), ("/informe-de-impacto-2025/", "Informe de impacto"), ("/fe-de-erratas/", "Fe de erratas"), ("/boletin/", "Boletín")]))

    def ghost_head(url, title, desc, og, pub, mod, author, tags, image=None, primary_tag=None):
        ld = {"@context": "https://schema.org", "@type": "Article" if og == "article" else "WebSite",
              "publisher": {"@type": "Organization", "name": SN, "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/content/images/2024/03/ruta-logo.png")}}}
        if og == "article":
            ld.update({"author": {"@type": "Person", "name": author, "image": {"@type": "ImageObject", "url": s.url("/content/images/2024/03/%s.jpg" % AUTH.get(author, ("x",))[0])},
                                  "url": s.url("/author/%s/" % AUTH.get(author, ("equipo",))[0]), "sameAs": []},
                       "headline": title, "url": url, "datePublished": pub, "dateModified": mod, "description": desc, "mainEntityOfPage": url})
            if tags:
                ld["keywords"] = ", ".join(tags)
            if image:
                ld["image"] = {"@type": "ImageObject", "url": image, "width": 2000, "height": 1333}
        else:
            ld.update({"url": url, "name": title, "description": desc, "mainEntityOfPage": url})
        h = ['    <meta name="description" content="%s">' % E(desc), '    <link rel="icon" href="/content/images/size/w256h256/2024/03/favicon.png" type="image/png">',
             '    <link rel="canonical" href="%s">' % url, '    <meta name="referrer" content="no-referrer-when-downgrade">',
             '    <meta property="og:site_name" content="%s">' % SN, '    <meta property="og:type" content="%s">' % og, '    <meta property="og:title" content="%s">' % E(title),
             '    <meta property="og:description" content="%s">' % E(desc), '    <meta property="og:url" content="%s">' % url]
        if og == "article":
            h += ['    <meta property="article:published_time" content="%s">' % pub, '    <meta property="article:modified_time" content="%s">' % mod]
            h += ['    <meta property="article:tag" content="%s">' % E(t) for t in tags if not t.startswith("#")]
        h += ['    <meta name="twitter:card" content="summary_large_image">', '    <meta name="twitter:title" content="%s">' % E(title)]
        if og == "article":
            h += ['    <meta name="twitter:label1" content="Written by">', '    <meta name="twitter:data1" content="%s">' % E(author)]
            if tags:
                h += ['    <meta name="twitter:label2" content="Filed under">', '    <meta name="twitter:data2" content="%s">' % E(", ".join(t for t in tags if not t.startswith("#")))]
        h.append('    <script type="application/ld+json">\n%s\n    </script>' % json.dumps(ld, ensure_ascii=False, indent=4))
        return "\n".join(h)

    def card(a):
        return ('<article class="gh-card post"><a class="gh-card-link" href="%s"><figure class="gh-card-image"><img src="/content/images/size/w600/2026/10/%s.jpg" alt="%s" loading="lazy"></figure>'
                '<div class="gh-card-wrapper"><p class="gh-card-tag">%s</p><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p>'
                '<footer class="gh-card-meta"><span class="gh-card-author">%s</span><time class="gh-card-date" datetime="%s">%s</time></footer></div></a></article>') % (
            a["path"], a["path"].strip("/"), E(a["title"]), E(a["tag"][1]), E(a["title"]), E(a["excerpt"]), E(", ".join(a["authors"])), a["when"].l.date().isoformat(), gdate(a["when"]))

    def content(a):
        def one(x):
            if isinstance(x, str):
                return "<p>%s</p>" % E(x)
            if x[0] == "toggle":
                return TOGGLE
            if x[0] == "raw":
                return x[1]
            return '<h2 id="%s">%s</h2>' % (x[1].lower().replace(" ", "-"), E(x[1]))
        return "\n".join(one(x) for x in a["items"])

    for a in A:
        authors = ", ".join('<a href="/author/%s/">%s</a>' % (AUTH[n][0], E(n)) for n in a["authors"])
        imgs = "".join('<a href="/author/%s/" class="gh-author-image"><img class="author-profile-image" src="/content/images/size/w160/2024/03/%s.jpg" alt="%s"></a>' % (AUTH[n][0], AUTH[n][0], E(n)) for n in a["authors"])
        fig = ('<figure class="gh-article-image"><img srcset="/content/images/size/w300/2026/10/tuixcajchis.jpg 300w, /content/images/size/w1200/2026/10/tuixcajchis.jpg 1200w" src="/content/images/size/w1200/2026/10/tuixcajchis.jpg" alt="">'
               '<figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>' % E(a["img"])) if a["img"] else ""
        rel = [x for x in A if x is not a]
        main = ('<main class="gh-main">\n<article class="gh-article post %s">\n<header class="gh-article-header gh-canvas">\n<a class="gh-article-tag" href="/tag/%s/">%s</a>\n<h1 class="gh-article-title is-title">%s</h1>\n'
                '<p class="gh-article-excerpt is-body">%s</p>\n<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">%s</div><div class="gh-article-meta-wrapper">'
                '<h4 class="gh-article-author-name">%s</h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="%s">%s</time>'
                '<span class="gh-article-meta-length"><span class="bull">—</span> %d min de lectura</span></div></div></div>\n%s\n</header>\n'
                '<section class="gh-content gh-canvas is-body">\n%s\n</section>\n</article>\n</main>\n'
                '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Leer más</h2><div class="gh-feed">%s</div></div></section>') % (
            " ".join("tag-" + t.strip("#").lower().replace("í", "i").replace("ó", "o") for t in a["tags"]), a["tag"][0], E(a["tag"][1]), E(a["title"]), E(a["excerpt"]), imgs, authors,
            a["when"].l.date().isoformat(), gdate(a["when"]), a["read"], fig, content(a), "".join(card(x) for x in rel))
        head = ghost_head(a["url"], a["title"], a["excerpt"], "article", a["when"].z(), a["mod"].z(), a["authors"][0], a["tags"],
                          s.url("/content/images/2026/10/tuixcajchis.jpg") if a["img"] else None)
        s.story(a["path"], shell(a["title"], main, head, "post-template " + " ".join("tag-" + t.strip("#").lower() for t in a["tags"])), a,
                [LIC[:60], "Recibe nuestras investigaciones en tu correo"] + [x["excerpt"] for x in rel])

    def gpage(path, title, html_, excerpt, pub, author="Carmen Rosales"):
        """A Ghost page: Source renders it like a post without meta, Ghost's head gives it og:type article and Article JSON-LD."""
        main = ('<main class="gh-main"><article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">%s</h1></header>'
                '<section class="gh-content gh-canvas is-body">%s</section></article></main>') % (E(title), html_)
        w = When(pub, GT)
        s.non(path, shell("%s" % title, main, ghost_head(s.url(path), title, excerpt, "article", w.z(), w.z(), author, []), "page-template page-" + path.strip("/").split("/")[-1]))

    def archive(path, title, desc, items, body, extra=""):
        main = ('<main class="gh-main gh-outer"><section class="gh-archive%s gh-outer"><div class="gh-archive-inner gh-inner"><div class="gh-archive-wrapper"><h1 class="gh-article-title is-title">%s</h1>%s</div></div></section>'
                '<section class="gh-container is-list gh-outer"><div class="gh-container-inner gh-inner"><main class="gh-main"><div class="gh-feed">%s</div></main>%s</div></section></main>') % (
            " has-image" if "author" in body else "", E(title), '<p class="gh-article-excerpt is-body">%s</p>' % E(desc) if desc else "", "".join(card(a) for a in items), extra)
        s.non(path, shell("%s - %s" % (title, SN) if path != "/" else SN, main, ghost_head(s.url(path), title if path != "/" else SN, desc or "Periodismo de investigación desde Guatemala.", "website", "", "", "", []), body))

    more = '<div class="gh-more is-title"><a href="/page/2/">Ver más <svg width="12" height="12"></svg></a></div>'
    archive("/", SN, "Periodismo de investigación independiente sobre territorio, agua y poder en Guatemala.", A[::-1][:2], "home-template", more)
    archive("/page/2/", SN, "", A[:1], "paged archive-template")
    archive("/tag/agua/", "Agua", "Quién controla el agua en Guatemala: concesiones, minería, hidroeléctricas y comunidades.", [a for a in A if "Agua" in a["tags"]], "tag-template tag-agua")
    archive("/tag/opinion/", "Opinión", "Columnas de autoras y autores invitados. Sus opiniones no representan la línea editorial de Ruta Crítica.", [A[2]], "tag-template tag-opinion")
    for n, (sl, bio) in AUTH.items():
        archive("/author/%s/" % sl, n, bio, [a for a in A if n in a["authors"]], "author-template author-" + sl)
    gpage("/especiales/agua-robada/", "Agua robada", ps([
        "Guatemala es uno de los países con más agua de Centroamérica, y aun así cuatro de cada diez hogares rurales no tienen agua entubada. Agua robada es un especial de Ruta Crítica sobre quién se queda con el agua y quién paga las consecuencias.",
        "Durante nueve meses recorrimos San Marcos, Huehuetenango y Alta Verapaz. Revisamos más de 300 expedientes del Ministerio de Ambiente, analizamos imágenes satelitales de 2014 a 2026 y entrevistamos a más de cien personas en mam, q'eqchi' y español.",
        "El especial se publica en cuatro entregas y puede republicarse de forma gratuita por medios comunitarios y locales. Las fotografías de Diego Pérez Ajú requieren autorización.",
        "Si tu comunidad ha perdido su fuente de agua, escríbenos a denuncias@rutacritica.example."]) +
          "<h2>Las entregas</h2><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in A[:2]), "Un especial de Ruta Crítica sobre el agua en Guatemala.", "2026-10-08T18:55")
    gpage("/nosotros/", "Nosotros", ps(["Ruta Crítica es un medio digital sin fines de lucro fundado en 2020 en Quetzaltenango por periodistas mayas y mestizas. Investigamos el uso del territorio, el agua y el poder local en el occidente de Guatemala.",
                                        "Nos financian nuestras suscriptoras y suscriptores y fundaciones que no intervienen en nuestras decisiones editoriales."]), "Quiénes somos.", "2024-03-02T10:00")
    gpage("/equipo/", "Equipo", "<ul>%s<li><strong>Lucía Monterroso</strong> — directora y editora general</li><li><strong>Esteban Tzul</strong> — reportero en formación</li></ul>" % "".join(
        '<li><strong><a href="/author/%s/">%s</a></strong> — %s</li>' % (sl, E(n), E(b)) for n, (sl, b) in list(AUTH.items())[:3]), "Nuestro equipo.", "2024-03-02T10:05")
    gpage("/apoyanos/", "Apóyanos", '<p>Ruta Crítica es gratuita para todas las personas. Si puedes, súmate a nuestra membresía.</p><div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Hazte miembro por Q40 al mes</a></div>'
          '<p>También puedes hacer una donación única por transferencia a nuestra cuenta en Banrural.</p>', "Súmate a la membresía.", "2024-05-10T09:00")
    gpage("/republica/", "Republica nuestro contenido", ps(["Nuestras investigaciones pueden ser republicadas gratuitamente por medios comunitarios, radios y sitios web bajo la licencia Creative Commons BY-NC-ND 4.0.",
                                                            "Debes mantener el texto sin cambios, incluir los nombres de quienes lo escribieron y agregar al inicio la línea \u201cPublicado originalmente por Ruta Crítica\u201d con un enlace al artículo original.",
                                                            "Las fotografías e ilustraciones no están incluidas en la licencia. Escríbenos a alianzas@rutacritica.example."]), "Cómo republicar.", "2024-06-01T09:00")
    gpage("/informe-de-impacto-2025/", "Informe de impacto 2025", ps(["En 2025 publicamos 86 historias, y 41 medios comunitarios y radios las republicaron 512 veces.",
                                                                    "Nuestra serie sobre los hospitales de Huehuetenango llevó al Ministerio de Salud a reabrir el área de maternidad del hospital de Barillas.",
                                                                    "Cerramos el año con 1.180 miembros que aportan el 22 por ciento de nuestros ingresos."]), "Lo que logramos en 2025.", "2026-02-15T10:00")
    gpage("/fe-de-erratas/", "Fe de erratas", '<p>Corregimos nuestros errores de forma pública.</p><ul><li><strong>10 de octubre de 2026.</strong> En <a href="%s">La mina que bebe el agua de San Marcos</a> escribimos que la licencia se otorgó en 2017; fue en 2018.</li>'
          '<li><strong>3 de julio de 2026.</strong> Corregimos el nombre de una comunidad de Cobán.</li></ul>' % A[0]["path"], "Correcciones.", "2026-10-10T09:30")
    gpage("/boletin/", "Boletín", '<p>Cada jueves, nuestras investigaciones en tu correo.</p><div class="kg-card kg-signup-card"><form data-members-form="signup"><input type="email" data-members-email><button>Suscribirme</button></form></div>'
          '<h2>Ediciones anteriores</h2><ul><li>5 de noviembre de 2026: La ley de aguas, explicada</li><li>29 de octubre de 2026: Lo que aprobó el Congreso</li><li>8 de octubre de 2026: Agua robada</li></ul>', "El boletín de Ruta Crítica.", "2024-03-02T10:10")
    s.xml("/rss/", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title><![CDATA[%s]]></title><link>%s</link><generator>Ghost 5.101</generator>%s</channel></rss>' % (
        SN, s.url("/"), "".join('<item><title><![CDATA[%s]]></title><description><![CDATA[%s]]></description><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate></item>' % (
            a["title"], a["excerpt"], a["url"], ", ".join(a["authors"]), a["when"].u.strftime("%a, %d %b %Y %H:%M:%S GMT")) for a in A)))
    sm = lambda name, paths: s.urlset(name, paths)
    sm("/sitemap-posts.xml", [a["path"] for a in A])
    sm("/sitemap-pages.xml", ["/especiales/agua-robada/", "/nosotros/", "/equipo/", "/apoyanos/", "/republica/", "/informe-de-impacto-2025/", "/fe-de-erratas/", "/boletin/"])
    sm("/sitemap-tags.xml", ["/tag/agua/", "/tag/opinion/"])
    sm("/sitemap-authors.xml", ["/author/%s/" % sl for sl, b in AUTH.values()])
    s.xml("/sitemap.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</sitemapindex>' % "".join(
        "<sitemap><loc>%s</loc></sitemap>" % s.url(p) for p in ("/sitemap-pages.xml", "/sitemap-posts.xml", "/sitemap-authors.xml", "/sitemap-tags.xml")))
    s.put("/robots.txt", "User-agent: *\nSitemap: %s\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n" % s.url("/sitemap.xml"))


def pt_date(w):
    return "%d de %s de %d" % (w.l.day, MON_PT[w.l.month - 1], w.l.year)


# ------------------------------------------------------------ 5 Agência Tapiri (WordPress + Newspack Katharine, pt-BR)
def tapiri():
    s = Site(5)
    SN = "Agência Tapiri"
    BEL = "America/Belem"
    A = [dict(key="tapiri-inv", path="/2026/10/05/garimpo-ilegal-volta-a-avancar-sobre-terra-indigena-munduruku/", cat=("amazonia", "Amazônia"), id=9412,
              title="Garimpo ilegal volta a avançar sobre a Terra Indígena Munduruku um ano após operação federal",
              sub="Área aberta por garimpeiros cresceu 38% em oito meses; 27 pistas clandestinas estão em atividade, e nove delas tinham sido destruídas em 2025.",
              when=When("2026-10-05T07:00", BEL), mod=When("2026-10-05T15:22", BEL), authors=["Luana Tavares", "Rafael Monteiro", "Joana Baniwa"],
              credit="*Colaborou Pedro Saraiva, de Itaituba.", photo=("Balsa de garimpo no rio das Tropas, em setembro de 2026.", "Rafael Monteiro/Agência Tapiri"),
              items=["Um ano depois da maior operação federal já feita contra o garimpo no alto Tapajós, as balsas e escavadeiras voltaram a trabalhar no rio das Tropas, dentro da Terra Indígena Munduruku, no sudoeste do Pará.",
                     "Imagens de satélite analisadas pela Agência Tapiri mostram que a área aberta por garimpeiros na terra indígena cresceu 38% entre janeiro e agosto deste ano, depois de ter caído pela metade no ano anterior.",
                     ("h2", "Pistas clandestinas reabertas"),
                     "A reportagem identificou 27 pistas de pouso clandestinas em atividade dentro e no entorno do território. Pelo menos nove delas tinham sido destruídas por agentes do Ibama e da Polícia Federal em 2025 e foram reconstruídas em poucos meses.",
                     "Lideranças munduruku relatam que o combustível e os equipamentos chegam por Jacareacanga e Itaituba, cidades onde lojas vendem abertamente mercúrio e peças de dragas.",
                     ("donate", ""),
                     ("h2", "Mercúrio no sangue"),
                     "Um estudo da Fiocruz divulgado em setembro encontrou níveis de mercúrio acima do limite considerado seguro pela Organização Mundial da Saúde em seis de cada dez moradores de três aldeias às margens do rio Cururu.",
                     "Procurado, o Ministério dos Povos Indígenas afirmou que uma nova fase da operação está em planejamento e que a presença permanente de forças federais na região depende de recursos que ainda não foram liberados."]),
         dict(key="tapiri-expl", path="/2026/10/14/entenda-o-marco-temporal/", cat=("explicadores", "Explicadores"), id=9488,
              title="Entenda: o que é o marco temporal e por que ele voltou ao centro da disputa por terras indígenas",
              sub="A tese foi derrubada pelo STF, virou lei no Congresso e voltou ao Supremo. Veja o que está em jogo.",
              when=When("2026-10-14T10:00", BEL), mod=When("2026-10-14T10:00", BEL), authors=["Joana Baniwa"], credit=None, photo=None,
              items=["O marco temporal é uma tese jurídica segundo a qual os povos indígenas só teriam direito às terras que ocupavam em 5 de outubro de 1988, data da promulgação da Constituição.",
                     ("h2", "De onde veio a tese?"),
                     "A ideia surgiu no julgamento da demarcação da Terra Indígena Raposa Serra do Sol, em 2009, e passou a ser usada por fazendeiros e por governos para contestar novas demarcações.",
                     ("h2", "O que decidiu o STF?"),
                     "Em setembro de 2023, o Supremo Tribunal Federal considerou a tese inconstitucional. Dias depois, o Congresso aprovou uma lei que a incorporou, e os vetos do presidente foram derrubados.",
                     ("h2", "E agora?"),
                     "A disputa voltou ao Supremo, que criou uma comissão de conciliação. Enquanto não há decisão final, processos de demarcação ficam parados e conflitos no campo se multiplicam, segundo o Conselho Indigenista Missionário.",
                     "Para os povos do Tapajós, a questão é concreta: a Terra Indígena Sawré Muybu, dos Munduruku, foi declarada em 2024 e ainda aguarda homologação."]),
         dict(key="tapiri-data", path="/2026/11/02/desmatamento-cai-mas-area-queimada-dobra-no-tapajos/", cat=("dados", "Dados"), id=9630,
              title="Desmatamento cai 30% no Tapajós, mas área queimada dobra",
              sub="Análise da Agência Tapiri com dados do Inpe mostra que o fogo atingiu florestas que não tinham sido desmatadas.",
              when=When("2026-11-02T08:30", BEL), mod=When("2026-11-02T08:30", BEL), authors=["Rafael Monteiro"], credit=None, photo=None,
              items=["O desmatamento nos seis municípios da bacia do Tapajós caiu 30% entre agosto de 2025 e julho de 2026, mas a área atingida por incêndios mais que dobrou no mesmo período.",
                     ("flourish", "visualisation/20418822"),
                     "Os números são de uma análise da Agência Tapiri com dados do sistema Prodes e do monitoramento de cicatrizes de fogo do Inpe.",
                     "Novo Progresso e Itaituba concentram mais da metade da área queimada. Em Novo Progresso, 41% do fogo ocorreu em áreas de floresta que não tinham sido desmatadas antes, o que indica incêndios que escaparam de pastagens.",
                     ("flourish", "visualisation/20419107"),
                     "Especialistas ouvidos pela reportagem afirmam que a seca extrema de 2026 tornou a floresta mais vulnerável e que o fogo pode abrir caminho para novos desmatamentos nos próximos anos.",
                     ("h2", "Metodologia"),
                     "Usamos os polígonos de desmatamento do Prodes e as cicatrizes de fogo do programa Queimadas, ambos do Inpe, recortados pelos limites municipais do IBGE. Áreas queimadas mais de uma vez no período foram contadas uma só vez."])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
        ORIG[a["key"]] = a
    slug = lambda n: n.lower().replace(" ", "-")
    BIO = {"Luana Tavares": "Luana Tavares é repórter da Agência Tapiri em Santarém. Cobre povos indígenas e mineração.", "Rafael Monteiro": "Rafael Monteiro é repórter de dados e fotógrafo.",
           "Joana Baniwa": "Joana Baniwa é jornalista indígena e editora de povos originários da Agência Tapiri."}
    LIC = "Este trabalho está licenciado sob uma Licença Creative Commons Atribuição-SemDerivações 4.0 Internacional."
    POL = ("Você pode republicar esta reportagem gratuitamente, em qualquer meio, desde que cite a Agência Tapiri e os autores, não altere o texto e inclua o código de rastreamento abaixo. "
           "Fotos e infográficos não estão incluídos na licença.")
    DON = ('<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="region" aria-label="Apoie" id="id_9001"><div class="wp-block-group has-light-gray-background-color has-background">'
           '<h3 class="wp-block-heading">Jornalismo independente feito na Amazônia</h3><p>A Agência Tapiri não tem anúncios nem paywall. Nossa cobertura depende de quem lê. Apoie a partir de R$ 15 por mês.</p>'
           '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/apoie/">Quero apoiar</a></div></div></div></div>')
    nav = [("/category/amazonia/", "Amazônia"), ("/especiais/ouro-de-sangue/", "Ouro de Sangue"), ("/dados/monitor-do-garimpo/", "Monitor do Garimpo"), ("/category/explicadores/", "Explicadores"), ("/quem-somos/", "Quem somos")]

    def shell(title, main, head, body, og="website", desc="Jornalismo independente sobre a Amazônia, feito na Amazônia."):
        return ('<!doctype html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n'
                '<title>%s</title>\n<meta name="description" content="%s">\n<meta property="og:locale" content="pt_BR">\n<meta property="og:type" content="%s">\n<meta property="og:site_name" content="%s">\n%s\n'
                '<link rel="stylesheet" id="newspack-katharine-style-css" href="/wp-content/themes/newspack-katharine/style.css?ver=2.4.1" media="all">\n<meta name="generator" content="WordPress 6.8.3">\n</head>\n'
                '<body class="%s wp-custom-logo wp-embed-responsive newspack-katharine h-cl h-sub has-sidebar">\n<div id="page" class="site">\n<a class="skip-link screen-reader-text" href="#main">Pular para o conteúdo</a>\n'
                '<header id="masthead" class="site-header hide-header-search centered-logo"><div class="middle-header-contain"><div class="wrapper">'
                '<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/08/tapiri-logo.png" class="custom-logo" alt="%s"></a></div>'
                '<div class="nav-wrapper desktop-only"><a class="donate-button" href="/apoie/">Apoie</a></div></div></div>'
                '<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Menu principal"><ul id="menu-principal" class="main-menu">%s</ul></nav></div></div></header>\n'
                '<div id="content" class="site-content">\n%s\n</div>\n'
                '<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget"><p>A Agência Tapiri é uma associação sem fins lucrativos com sede em Santarém (PA). CNPJ 41.234.567/0001-89.</p></section>'
                '<section class="widget widget_nav_menu"><ul class="menu">%s</ul></section></div><div class="site-info"><span class="copyright">&copy; 2026 Agência Tapiri.</span></div></footer>\n</div>\n</body>\n</html>') % (
            E(title), E(desc), og, SN, head, body, SN, links(nav), main,
            links([("/equipe/", "Equipe"), ("/conselho-consultivo/", "Conselho consultivo"), ("/republique/", "Republique"), ("/relatorio-anual-2025/", "Relatório anual"), ("/newsletter/", "Newsletter"), ("/apoie/", "Apoie")]))

    def byline(a):
        return '<span class="byline"><span>Por</span> %s</span>' % join_names(['<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (slug(n), E(n)) for n in a["authors"]], " e ")

    def teaser(a):
        return ('<article class="post-has-image"><figure class="post-thumbnail"><a href="%s"><img src="/wp-content/uploads/2026/10/%d-768x512.jpg" alt=""></a></figure><div class="entry-wrapper"><h3 class="entry-title"><a href="%s">%s</a></h3>'
                '<p>%s</p><div class="entry-meta">%s <time class="entry-date published" datetime="%s">%s</time></div></div></article>') % (
            a["path"], a["id"], a["path"], E(a["title"]), E(a["sub"]), byline(a), a["when"].iso(), pt_date(a["when"]))

    def block(items, cls=""):
        return '<div class="wp-block-newspack-blocks-homepage-articles wpnbha is-list show-image image-alignleft %s"><div data-posts>%s</div></div>' % (cls, "".join(teaser(a) for a in items))

    def content(a):
        out = []
        for x in a["items"]:
            if isinstance(x, str):
                out.append("<p>%s</p>" % E(x))
            elif x[0] == "donate":
                out.append(DON)
            elif x[0] == "flourish":
                out.append('<div class="flourish-embed flourish-chart" data-src="%s"><script src="https://public.flourish.studio/resources/embed.js"></script><noscript><img src="https://public.flourish.studio/%s/thumbnail" width="100%%" alt="chart visualization"></noscript></div>'
                           '<p class="has-small-font-size">Fonte: Inpe/Prodes e Programa Queimadas. Gráfico: Rafael Monteiro/Agência Tapiri</p>' % (x[1], x[1]))
            else:
                out.append('<h2 class="wp-block-heading">%s</h2>' % E(x[1]))
        if a["credit"]:
            out.append("<p><em>%s</em></p>" % E(a["credit"]))
        return "\n".join(out)

    def repub(a):
        h = "<h1>%s</h1><p class=\"byline\">por %s, Agência Tapiri<br />%s</p>%s" % (E(a["title"]), E(join_names(a["authors"], " e ")), pt_date(a["when"]),
                                                                                  "".join("<p>%s</p>" % E(x) if isinstance(x, str) else ("<h2>%s</h2>" % E(x[1]) if x[0] == "h2" else "") for x in a["items"]))
        h += '<p>Esta reportagem foi publicada originalmente pela <a target="_blank" href="%s">Agência Tapiri</a> e é republicada sob licença Creative Commons.</p>' % a["url"]
        h += '<img id="republication-tracker-tool-source" src="%s?republication-pixel=true&post=%d" style="width:1px;height:1px;">' % (s.url("/"), a["id"])
        return ('<div id="republication-tracker-tool-modal" style="display:none;" data-postid="%d"><div id="republication-tracker-tool-modal-content" style="display:none;"><button class="republication-tracker-tool-close">X</button>'
                '<h2>Republique esta reportagem</h2><p>%s</p><div class="license"><p>%s</p></div><h3>Copie o HTML abaixo</h3><textarea readonly id="republication-tracker-tool-shareable-content" rows="5">%s</textarea></div></div>') % (a["id"], E(POL), LIC, E(h))

    for a in A:
        photo = ""
        if a["photo"]:
            photo = ('<div class="featured-image-behind"><img src="/wp-content/uploads/2026/10/%d-1920x1080.jpg" class="wp-post-image" alt=""></div>'
                     '<figcaption class="featured-image-behind-caption"><span class="image-caption">%s</span> <span class="image-credit"><span class="credit-label-wrapper">Crédito:</span> %s</span></figcaption>') % (
                a["id"], E(a["photo"][0]), E(a["photo"][1]))
        bios = "".join('<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">%s</h2></div><p>%s <a class="author-link" href="/author/%s/">Mais de %s</a></p></div></div>' % (
            E(n), E(BIO[n]), slug(n), E(n)) for n in a["authors"])
        main = ('<div class="featured-image-beside"><header class="entry-header"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="newspack-post-subtitle">%s</div><div class="entry-subhead"><div class="entry-meta">%s<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div>'
                '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><h3 class="sd-title">Compartilhe:</h3><ul><li class="share-whatsapp"><a href="https://api.whatsapp.com/send?text=%s">WhatsApp</a></li><li class="share-republish"><button class="republication-tracker-tool-button">Republique</button></li></ul></div></div>'
                '</div></header>%s</div>\n<section id="primary" class="content-area"><main id="main" class="site-main"><article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">'
                '<div class="entry-content">\n%s\n</div><footer class="entry-footer"></footer>%s</article></main>'
                '<aside id="secondary" class="widget-area"><section class="widget republication-tracker-tool-widget"><h2 class="widget-title">Republique</h2><div class="license"><p>%s</p></div>'
                '<button class="republication-tracker-tool-button">Republique esta reportagem</button></section><section class="widget"><h2 class="widget-title">Leia também</h2>%s</section></aside></section>\n%s') % (
            a["cat"][0], a["cat"][1], E(a["title"]), E(a["sub"]), byline(a), a["when"].iso(), pt_date(a["when"]), E(a["url"]), photo,
            a["id"], a["id"], a["cat"][0], content(a), bios, LIC, block([x for x in A if x is not a][:1]), repub(a))
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]}, "author": [{"name": n, "@id": s.url("/#/schema/person/%s" % slug(n))} for n in a["authors"]],
             "headline": a["title"], "datePublished": a["when"].utc(), "dateModified": a["mod"].utc(), "mainEntityOfPage": {"@id": a["url"]}, "publisher": {"@id": s.url("/#organization")},
             "articleSection": [a["cat"][1]], "inLanguage": "pt-BR"},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")}] +
            [{"@type": "Person", "@id": s.url("/#/schema/person/%s" % slug(n)), "name": n, "url": s.url("/author/%s/" % slug(n))} for n in a["authors"]]}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta name="author" content="%s">\n'
                '<meta name="twitter:label1" content="Escrito por">\n<meta name="twitter:data1" content="%s">\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            a["url"], E(a["title"]), E(a["sub"]), a["url"], a["when"].utc(), a["mod"].utc(), E(", ".join(a["authors"])), E(", ".join(a["authors"])), json.dumps(graph, ensure_ascii=False))
        s.story(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-featured-image-behind" % a["id"], "article", a["sub"]), a,
                [POL[:60], "Jornalismo independente feito na Amazônia", "é republicada sob licença", LIC[:50]] + [BIO[n] for n in BIO if n not in a["authors"]][:1])

    def page(path, title, inner, desc, mod="2026-06-10T13:00:00+00:00"):
        head = ('<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="article:modified_time" content="%s">\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            s.url(path), E(title), mod, json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": s.url(path), "name": "%s - %s" % (title, SN), "datePublished": "2023-08-20T12:00:00+00:00", "dateModified": mod}]}, ensure_ascii=False))
        main = '<section id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s</div></article></main></section>' % (E(title), inner)
        s.non(path, shell("%s - %s" % (title, SN), main, head, "page-template-default page", "article", desc))

    def archive(path, title, desc, items, body):
        main = '<section id="primary" class="content-area"><header class="page-header"><h1 class="page-title article-section-title">%s</h1><div class="taxonomy-description"><p>%s</p></div></header><main id="main" class="site-main">%s</main></section>' % (
            E(title), E(desc), block(items))
        s.non(path, shell("%s - %s" % (title, SN), main, '<link rel="canonical" href="%s">' % s.url(path), body))

    s.non("/", shell(SN, '<main id="main" class="site-main"><div class="entry-content"><h2 class="article-section-title">Destaque</h2>%s<h2 class="article-section-title">Últimas</h2>%s'
                         '<div class="wp-block-newspack-newsletters-subscribe"><p>Receba a Tapiri Semanal às sextas.</p><form><input type="email"><button>Assinar</button></form></div></div></main>' % (block(A[:1], "is-grid"), block(A[::-1])),
                     '<link rel="canonical" href="%s">' % s.url("/"), "home page-template-default page"))
    page("/especiais/ouro-de-sangue/", "Ouro de Sangue", ps([
        "O ouro que sai do Tapajós passa por pistas clandestinas, lojas de Itaituba e distribuidoras autorizadas pelo Banco Central antes de chegar a joalherias de São Paulo e refinarias no exterior. No caminho, deixa rios contaminados por mercúrio e aldeias cercadas por garimpeiros.",
        "Ouro de Sangue é um especial da Agência Tapiri que acompanha essa cadeia desde 2024. Nossa equipe analisou imagens de satélite, notas fiscais de ouro, processos judiciais e dados de saúde, e visitou aldeias munduruku no alto e no médio Tapajós.",
        "Todas as reportagens do especial podem ser republicadas gratuitamente por outros veículos, sob licença Creative Commons.",
        "Tem informações sobre o garimpo ilegal na sua região? Fale com a gente pelo Signal ou pelo e-mail denuncia@tapiri.example."]) + "<h2>Reportagens</h2>" + block([A[0], A[2]]), "Especial sobre o garimpo ilegal no Tapajós.", "2026-11-02T12:00:00+00:00")
    page("/dados/monitor-do-garimpo/", "Monitor do Garimpo: busque por terra indígena",
         '<p>Escolha uma terra indígena para ver a área aberta pelo garimpo mês a mês desde 2019.</p><form class="monitor-busca"><label>Terra indígena <select name="ti"><option>Munduruku</option><option>Sai Cinza</option><option>Kayapó</option><option>Sawré Muybu</option></select></label><button>Buscar</button></form>'
         '<table class="monitor-tabela"><thead><tr><th>Terra indígena</th><th>Área de garimpo (ha)</th><th>Variação em 12 meses</th><th>Última imagem</th></tr></thead><tbody>'
         '<tr><td>Munduruku</td><td>6.412</td><td>+38%</td><td>31/08/2026</td></tr><tr><td>Sai Cinza</td><td>1.207</td><td>+12%</td><td>31/08/2026</td></tr><tr><td>Kayapó</td><td>14.980</td><td>-4%</td><td>31/08/2026</td></tr></tbody></table>'
         '<p><small>Fonte: análise da Agência Tapiri sobre imagens Sentinel-2 e dados do MapBiomas. Atualizado em 15 de setembro de 2026. Desenvolvimento: Rafael Monteiro.</small></p>', "Dados sobre o garimpo em terras indígenas.", "2026-09-15T12:00:00+00:00")
    page("/quem-somos/", "Quem somos", ps(["A Agência Tapiri é uma agência de jornalismo independente e sem fins lucrativos fundada em 2021 em Santarém, no oeste do Pará. Fazemos reportagens sobre a Amazônia a partir da Amazônia.",
                                           "Nossas reportagens são republicadas por mais de 60 veículos, de rádios comunitárias a grandes portais."]), "Sobre a Agência Tapiri.")
    page("/equipe/", "Equipe", "".join("<h3><a href=\"/author/%s/\">%s</a></h3><p>%s</p>" % (slug(n), E(n), E(b)) for n, b in BIO.items()) + "<h3>Pedro Saraiva</h3><p>Repórter colaborador em Itaituba.</p>", "Nossa equipe.")
    page("/conselho-consultivo/", "Conselho consultivo", "<ul><li>Alessandra Korap Munduruku, liderança indígena</li><li>Prof. Dr. Carlos Nobre Filho, UFOPA</li><li>Marina Lacerda, jornalista</li></ul><p>O conselho não interfere nas decisões editoriais.</p>", "Conselho consultivo.")
    page("/apoie/", "Apoie a Agência Tapiri", '<p>Com R$ 15, R$ 30 ou R$ 60 por mês você mantém nossa cobertura gratuita para todo mundo.</p><div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><label><input type="radio" name="valor" value="15"> R$ 15</label><label><input type="radio" name="valor" value="30" checked> R$ 30</label><label><input type="radio" name="valor" value="60"> R$ 60</label><button>Apoiar</button></form></div><p>Também aceitamos Pix: apoie@tapiri.example</p>', "Apoie.")
    page("/republique/", "Republique nosso conteúdo", ps(["Nossas reportagens podem ser republicadas gratuitamente sob a licença Creative Commons Atribuição-SemDerivações 4.0 Internacional.",
                                                         "Use o botão \u201cRepublique\u201d em cada reportagem para copiar o texto com o código de rastreamento. Não altere o conteúdo, mantenha a assinatura dos autores e informe que a reportagem foi publicada originalmente pela Agência Tapiri, com link para o original.",
                                                         "Fotos, vídeos e infográficos não estão incluídos na licença. Para usá-los, escreva para parcerias@tapiri.example."]), "Como republicar.")
    page("/relatorio-anual-2025/", "Relatório anual 2025", ps(["Em 2025, publicamos 142 reportagens e fomos republicados 890 vezes por 63 veículos parceiros.",
                                                              "Nossa investigação sobre distribuidoras de ouro foi citada pela Polícia Federal em duas operações e levou o Banco Central a suspender uma autorização.",
                                                              "Receitas: 71% de fundações internacionais e nacionais, 24% de leitores e 5% de prêmios e parcerias."]), "Relatório anual 2025.", "2026-04-02T12:00:00+00:00")
    page("/newsletter/", "Newsletter", '<p>A Tapiri Semanal chega às sextas com as reportagens da semana.</p><form><input type="email"><button>Assinar</button></form><h2>Edições anteriores</h2><ul><li>6 de novembro de 2026 — O fogo depois do desmatamento</li><li>16 de outubro de 2026 — Marco temporal, explicado</li><li>9 de outubro de 2026 — O garimpo voltou</li></ul>', "Newsletter.")
    archive("/category/amazonia/", "Amazônia", "Reportagens sobre a Amazônia.", [A[0]], "archive category")
    archive("/category/explicadores/", "Explicadores", "Textos para entender os temas que cobrimos.", [A[1]], "archive category")
    archive("/category/dados/", "Dados", "Jornalismo de dados.", [A[2]], "archive category")
    for n, b in BIO.items():
        archive("/author/%s/" % slug(n), n, b, [a for a in A if n in a["authors"]], "archive author")
    s.rss2("/feed.xml", SN, "Jornalismo independente sobre a Amazônia", [(a["path"], a["title"], a["when"].rfc(), join_names(a["authors"], " e "), a["sub"]) for a in A], "pt-BR")
    s.xml("/sitemap_index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap></sitemapindex>' % (
        s.url("/post-sitemap.xml"), s.url("/page-sitemap.xml")))
    s.urlset("/post-sitemap.xml", [a["path"] for a in A])
    s.urlset("/page-sitemap.xml", ["/", "/especiais/ouro-de-sangue/", "/dados/monitor-do-garimpo/", "/quem-somos/", "/equipe/", "/conselho-consultivo/", "/apoie/", "/republique/", "/relatorio-anual-2025/", "/newsletter/"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/sitemap_index.xml"))


def nl_date(w):
    return "%d %s %d" % (w.l.day, MON_NL[w.l.month - 1], w.l.year)


# ------------------------------------------------------------ 6 Dwarsligger (Django/Wagtail + Tailwind, nl)
def dwars():
    s = Site(6)
    SN = "Dwarsligger"
    AMS = "Europe/Amsterdam"
    A = [dict(key="dwars-data", path="/artikelen/huurtoeslag-terugvorderingen-per-gemeente/", label="Data",
              title="In deze gemeenten moeten huurders het vaakst huurtoeslag terugbetalen",
              intro="Bijna een op de vijf huishoudens met huurtoeslag kreeg in sommige gemeenten een terugvordering. Zoek op hoe het in jouw gemeente zit.",
              when=When("2026-10-16T07:00", AMS), mod=When("2026-10-16T09:41", AMS), authors=["Femke de Boer", "Joris van Dam"], minutes=6,
              items=["In Rotterdam-Zuid, Den Helder en Kerkrade kreeg vorig jaar bijna een op de vijf huishoudens met huurtoeslag een terugvordering van de Belastingdienst, blijkt uit een analyse van Dwarsligger.",
                     ("chart", ("Qb7Tn", "Aandeel huishoudens met een terugvordering, per gemeente (2025)")),
                     "Landelijk ging het om 11,4 procent van de ontvangers. Het gemiddelde bedrag dat zij moesten terugbetalen was 780 euro, maar in een op de tien gevallen liep dat op tot meer dan 2.000 euro.",
                     "De terugvorderingen treffen vooral huishoudens met een wisselend inkomen, zoals uitzendkrachten en zzp'ers. Zij moeten vooraf een schatting geven van hun jaarinkomen en krijgen achteraf een rekening als die te laag blijkt.",
                     ("chart", ("Hw2Lc", "Gemiddeld teruggevorderd bedrag naar inkomensgroep")),
                     "Staatssecretaris Marieke Koster noemde de cijfers in een reactie \u2018zorgelijk\u2019 en wees op het nieuwe stelsel dat vanaf 2027 moet gaan gelden, waarin de toeslag wordt gebaseerd op het actuele inkomen.",
                     ("member", ""),
                     ("h2", "Verantwoording"),
                     "Dwarsligger vroeg via de Wet open overheid gegevens op bij Dienst Toeslagen over het aantal toekenningen en terugvorderingen per gemeente over de jaren 2021 tot en met 2025. Gemeenten met minder dan 500 ontvangers zijn buiten beschouwing gelaten. De volledige dataset en de code staan op onze GitHub-pagina."]),
         dict(key="dwars-inv", path="/artikelen/belegger-kocht-ongemerkt-1200-sociale-huurwoningen/", label="Onderzoek",
              title="Hoe een Luxemburgse belegger ongemerkt 1.200 sociale huurwoningen opkocht",
              intro="Drie corporaties verkochten woningen om hun verduurzaming te betalen. De nieuwe eigenaar verhoogde de huren met gemiddeld 84 procent.",
              when=When("2026-11-05T06:00", AMS), mod=When("2026-11-05T06:00", AMS), authors=["Sanne Bakker", "Bram de Wit", "Yara El Amrani"], minutes=11,
              items=["Een vastgoedfonds met een postbusadres in Luxemburg heeft de afgelopen drie jaar ruim 1.200 voormalige sociale huurwoningen in Limburg en Zeeland gekocht, zonder dat de gemeenten daar zicht op hadden.",
                     "Dat blijkt uit onderzoek van Dwarsligger naar kadastergegevens, jaarrekeningen en ruim vierhonderd huurcontracten. De woningen werden verkocht door drie woningcorporaties die geld nodig hadden voor verduurzaming.",
                     ("h2", "Huren bijna verdubbeld"),
                     "Na de verkoop stegen de huren bij nieuwe verhuringen gemiddeld met 84 procent. Zittende huurders kregen jaarlijks de maximale verhoging, en in tientallen gevallen werden servicekosten in rekening gebracht voor onderhoud dat nooit werd uitgevoerd.",
                     "De Huurcommissie deed sinds 2023 in 212 zaken tegen het fonds uitspraak. In negen van de tien gevallen kregen de huurders gelijk.",
                     ("member", ""),
                     ("h2", "Corporaties zwijgen"),
                     "De drie corporaties wilden niet ingaan op vragen over de verkoopprijzen. Een van hen liet weten dat de verkoop \u2018volgens de geldende regels\u2019 is verlopen en dat de opbrengst volledig is gebruikt voor het isoleren van andere woningen.",
                     "Het fonds zelf reageerde via een advocaat. Die stelt dat de huurverhogingen binnen de wettelijke grenzen vallen en dat klachten over onderhoud \u2018zorgvuldig worden behandeld\u2019.",
                     ("raw", '<p class="text-sm italic">Met medewerking van Joost Kramer. Eindredactie: Lotte Jansen.</p>')]),
         dict(key="dwars-expl", path="/artikelen/uitgelegd-wat-verandert-er-in-2027-aan-de-huurtoeslag/", label="Uitgelegd",
              title="Uitgelegd: wat verandert er in 2027 aan de huurtoeslag?",
              intro="Minder regels, minder terugvorderingen, belooft het kabinet. Wat betekent het nieuwe stelsel voor huurders?",
              when=When("2026-11-19T12:00", AMS), mod=When("2026-11-19T12:00", AMS), authors=["Femke de Boer"], minutes=4,
              items=["Vanaf 1 januari 2027 wordt de huurtoeslag eenvoudiger, belooft het kabinet: minder regels en minder kans op een onverwachte rekening achteraf.",
                     ("h3", "Wat verandert er?"),
                     "De hoogte van de toeslag hangt straks niet meer af van de precieze huur, maar van een vast bedrag per huishoudtype. Wie een hogere huur betaalt dan het normbedrag, krijgt daar niets extra voor.",
                     ("h3", "Wie gaat erop vooruit?"),
                     "Volgens berekeningen van het ministerie gaan vooral alleenstaanden met een lage huur erop vooruit. Gezinnen in dure particuliere huurwoningen gaan er gemiddeld 18 euro per maand op achteruit.",
                     ("h3", "Verdwijnen de terugvorderingen?"),
                     "Niet helemaal. Het inkomen wordt voortaan maandelijks vastgesteld op basis van loongegevens, waardoor er minder vaak achteraf wordt verrekend. Voor zzp'ers blijft het risico op een terugvordering bestaan.",
                     "Huurders hoeven zelf niets te doen: de Belastingdienst past de toeslag automatisch aan. Wie wil weten wat de nieuwe regels voor hem betekenen, kan vanaf december een proefberekening maken op toeslagen.nl."])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
    slug = lambda n: n.lower().replace(" ", "-")
    OVER = "Dit artikel overnemen? Dat mag, gratis, onder de voorwaarden van de Creative Commons-licentie BY-ND 4.0. Vermeld Dwarsligger als bron en link naar het origineel."
    MEMBER = "Dwarsligger is onafhankelijk en advertentievrij. Word lid vanaf 6 euro per maand en maak meer onderzoek mogelijk."
    RED = {"Femke de Boer": "Datajournalist", "Joris van Dam": "Verslaggever wonen", "Sanne Bakker": "Onderzoeksjournalist", "Bram de Wit": "Onderzoeksjournalist", "Yara El Amrani": "Verslaggever Limburg"}
    nav = [("/onderzoeken/", "Onderzoeken"), ("/data/huurtoeslag-in-jouw-gemeente/", "Zoek je gemeente"), ("/over-ons/", "Over ons"), ("/nieuwsbrief/", "Nieuwsbrief")]

    def shell(title, main, head="", desc="Dwarsligger doet onafhankelijk onderzoek naar wonen, zorg en bestaanszekerheid."):
        return ('<!DOCTYPE html>\n<html lang="nl" class="scroll-smooth">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
                '<meta name="description" content="%s">\n%s\n<link rel="stylesheet" href="/static/dist/tailwind.min.2c81a3.css">\n<script defer data-domain="dwarsligger.example" src="/js/script.js"></script>\n</head>\n'
                '<body class="bg-stone-50 text-stone-900 antialiased">\n<header class="border-b border-stone-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">'
                '<a href="/" class="font-serif text-2xl font-bold tracking-tight">%s</a><nav class="hidden gap-6 text-sm font-medium md:flex">%s</nav>'
                '<a href="/word-lid/" class="rounded-full bg-amber-400 px-4 py-2 text-sm font-semibold">Word lid</a></div></header>\n'
                '<main id="main" class="mx-auto max-w-6xl px-4 py-8">\n%s\n</main>\n'
                '<footer class="mt-16 bg-stone-900 text-stone-300"><div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3"><div><p class="font-serif text-xl text-white">%s</p><p class="text-sm">Stichting Dwarsligger, Utrecht. ANBI-status.</p></div>'
                '<ul class="space-y-1 text-sm">%s</ul><div class="text-sm"><p>Tips? tips@dwarsligger.example (PGP beschikbaar)</p></div></div></footer>\n</body>\n</html>') % (
            E(title), E(desc), head, SN, "".join('<a href="%s" class="hover:underline">%s</a>' % (p, t) for p, t in nav), main, SN,
            links([("/redactie/", "Redactie"), ("/raad-van-toezicht/", "Raad van toezicht"), ("/overnemen/", "Artikelen overnemen"), ("/jaarverslag-2025/", "Jaarverslag"), ("/correcties/", "Correcties"), ("/vacatures/", "Vacatures")]))

    def card(a):
        return ('<article class="group"><a href="%s" class="block"><p class="text-xs font-semibold uppercase tracking-wide text-amber-700">%s</p><h3 class="mt-1 font-serif text-xl font-bold group-hover:underline">%s</h3></a>'
                '<p class="mt-2 text-stone-600">%s</p><p class="mt-2 text-xs text-stone-500">%s · <time datetime="%s">%s</time></p></article>') % (
            a["path"], a["label"], E(a["title"]), E(a["intro"]), E(join_names(a["authors"], " en ")), a["when"].l.date().isoformat(), nl_date(a["when"]))

    def blk(x, n):
        if isinstance(x, str):
            return '<div class="block-text prose prose-stone prose-lg max-w-none"><p data-block-key="%s">%s</p></div>' % (bkey(x, n), E(x))
        if x[0] == "chart":
            code, cap = x[1]
            return ('<figure class="block-chart my-8"><iframe title="%s" src="https://datawrapper.dwcdn.net/%s/2/" class="w-full" height="460" loading="lazy"></iframe>'
                    '<noscript><img src="https://datawrapper.dwcdn.net/%s/full.png" alt="%s"></noscript><figcaption class="mt-2 text-sm text-stone-500">%s. Bron: Dienst Toeslagen, bewerking Dwarsligger.</figcaption></figure>') % (E(cap), code, code, E(cap), E(cap))
        if x[0] == "member":
            return ('<aside class="block-cta my-10 rounded-xl bg-amber-100 p-6"><p class="font-semibold">%s</p><a href="/word-lid/" class="mt-3 inline-block rounded-full bg-stone-900 px-4 py-2 text-sm text-white">Word lid</a></aside>') % E(MEMBER)
        if x[0] == "raw":
            return x[1]
        return '<div class="block-heading"><%s class="mt-10 font-serif text-2xl font-bold">%s</%s></div>' % (x[0], E(x[1]), x[0])

    for a in A:
        rel = [x for x in A if x is not a]
        byl = "Door " + join_names(['<a href="/auteurs/%s/" class="font-semibold hover:underline">%s</a>' % (slug(n), E(n)) for n in a["authors"]], " en ")
        main = ('<article class="mx-auto max-w-3xl">\n<header class="mb-8"><p class="text-sm font-semibold uppercase tracking-wide text-amber-700">%s</p><h1 class="mt-2 font-serif text-4xl font-bold leading-tight md:text-5xl">%s</h1>'
                '<p class="mt-4 text-xl text-stone-600">%s</p><div class="mt-6 flex flex-wrap items-center gap-x-3 text-sm text-stone-600"><span>%s</span><span aria-hidden="true">·</span>'
                '<time datetime="%s">%s</time><span aria-hidden="true">·</span><span>%d minuten leestijd</span></div></header>\n'
                '<div class="article-body">\n%s\n</div>\n'
                '<aside class="mt-10 border-t border-stone-300 pt-6 text-sm text-stone-600" id="overnemen"><h2 class="font-semibold text-stone-900">Overnemen</h2><p>%s</p><a href="/overnemen/" class="underline">Lees de voorwaarden</a></aside>\n'
                '</article>\n<section class="mx-auto mt-16 max-w-6xl"><h2 class="mb-6 font-serif text-2xl font-bold">Lees ook</h2><div class="grid gap-8 md:grid-cols-2">%s</div></section>') % (
            a["label"], E(a["title"]), E(a["intro"]), byl, a["when"].iso(), nl_date(a["when"]), a["minutes"],
            "\n".join(blk(x, n) for n, x in enumerate(a["items"])), E(OVER), "".join(card(x) for x in rel))
        head = ('<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="og:locale" content="nl_NL">\n<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta property="article:section" content="%s">\n'
                '<meta name="author" content="%s">\n<meta name="twitter:card" content="summary_large_image">') % (
            a["url"], E(a["title"]), E(a["intro"]), a["url"], a["when"].iso(), a["mod"].iso(), a["label"], E(", ".join(a["authors"])))
        s.story(a["path"], shell("%s | %s" % (a["title"], SN), main, head, a["intro"]), a, [OVER[:60], MEMBER[:60]] + [x["intro"] for x in rel])

    def page(path, title, inner, intro=""):
        main = '<div class="mx-auto max-w-3xl"><h1 class="font-serif text-4xl font-bold">%s</h1>%s<div class="prose prose-stone prose-lg mt-6 max-w-none">%s</div></div>' % (
            E(title), '<p class="mt-4 text-xl text-stone-600">%s</p>' % E(intro) if intro else "", inner)
        s.non(path, shell("%s | %s" % (title, SN), main, '<link rel="canonical" href="%s">\n<meta property="og:type" content="website">\n<meta property="og:title" content="%s">' % (s.url(path), E(title))))

    s.non("/", shell("%s \u2013 onafhankelijk onderzoek" % SN, '<section class="grid gap-10 md:grid-cols-3"><div class="md:col-span-2">%s</div><div class="space-y-8">%s</div></section>'
                     '<section class="mt-16 rounded-xl bg-white p-8"><h2 class="font-serif text-2xl font-bold">Zoek je gemeente</h2><p>Hoe vaak wordt huurtoeslag teruggevorderd bij jou in de buurt?</p><a class="underline" href="/data/huurtoeslag-in-jouw-gemeente/">Naar de zoektool</a></section>' % (
                         card(A[1]), "".join(card(a) for a in (A[2], A[0]))), '<meta property="og:type" content="website">'))
    page("/onderzoeken/", "Onderzoeken", '<div class="not-prose grid gap-8">%s</div>' % "".join(card(a) for a in A[::-1]), "Al onze onderzoeken, de nieuwste bovenaan.")
    page("/onderzoeken/sociale-huur-in-de-uitverkoop/", "Sociale huur in de uitverkoop", ps([
        "Woningcorporaties in Nederland verkochten sinds 2015 ruim 90.000 sociale huurwoningen. Een deel ging naar huurders, maar een groeiend deel belandde bij beleggers die de woningen na een paar jaar in de vrije sector verhuren.",
        "In deze serie zoekt Dwarsligger uit wie die kopers zijn, wat er met de huren gebeurt en waarom gemeenten en toezichthouders er zo weinig zicht op hebben. We analyseerden kadastergegevens van 40.000 transacties en spraken met huurders in Heerlen, Vlissingen en Terneuzen.",
        "Woon je in een voormalige corporatiewoning en is je huur sterk gestegen? Laat het ons weten via tips@dwarsligger.example."]) + '<div class="not-prose mt-8 grid gap-8">%s</div>' % card(A[1]), "Een onderzoeksserie over de verkoop van corporatiewoningen")
    page("/data/huurtoeslag-in-jouw-gemeente/", "Huurtoeslag in jouw gemeente",
         '<form class="not-prose flex gap-2" action="/data/huurtoeslag-in-jouw-gemeente/" method="get"><input name="gemeente" list="gemeenten" placeholder="Typ je gemeente" class="rounded border px-3 py-2"><button class="rounded bg-stone-900 px-4 py-2 text-white">Zoek</button></form>'
         '<table><thead><tr><th>Gemeente</th><th>Ontvangers</th><th>Met terugvordering</th><th>Gemiddeld bedrag</th></tr></thead><tbody><tr><td>Den Helder</td><td>9.412</td><td>18,9%</td><td>€ 842</td></tr><tr><td>Kerkrade</td><td>8.077</td><td>18,1%</td><td>€ 811</td></tr><tr><td>Utrecht</td><td>41.330</td><td>10,2%</td><td>€ 765</td></tr></tbody></table>'
         '<p class="text-sm">Bron: Dienst Toeslagen (Woo-verzoek), bewerking Dwarsligger. Laatst bijgewerkt: 16 oktober 2026.</p>', "Zoek op hoe vaak huurtoeslag in jouw gemeente wordt teruggevorderd.")
    page("/over-ons/", "Over ons", ps(["Dwarsligger is een onafhankelijk onderzoeksplatform dat sinds 2020 onderzoek doet naar wonen, zorg en bestaanszekerheid. We zijn een stichting zonder winstoogmerk en worden betaald door ruim 5.000 leden en door fondsen.",
                                       "Onze artikelen mogen gratis worden overgenomen door andere media."]))
    page("/redactie/", "Redactie", "<ul>%s<li>Lotte Jansen \u2013 eindredacteur</li><li>Joost Kramer \u2013 stagiair</li></ul>" % "".join('<li><a href="/auteurs/%s/">%s</a> \u2013 %s</li>' % (slug(n), E(n), r.lower()) for n, r in RED.items()))
    for n, r in RED.items():
        page("/auteurs/%s/" % slug(n), n, "<p>%s bij Dwarsligger.</p><div class=\"not-prose grid gap-8\">%s</div>" % (E(r), "".join(card(a) for a in A if n in a["authors"])))
    page("/raad-van-toezicht/", "Raad van toezicht", "<ul><li>Mr. Annemarie Hoekstra (voorzitter)</li><li>Drs. Kees Vermeulen (penningmeester)</li><li>Prof. dr. Nadia Bouali</li></ul><p>De raad van toezicht gaat niet over de journalistieke inhoud.</p>")
    page("/word-lid/", "Word lid", '<p>Met een lidmaatschap maak je onafhankelijk onderzoek mogelijk. Kies zelf je bedrag.</p><form class="not-prose"><label><input type="radio" name="bedrag" value="6"> € 6 per maand</label><label><input type="radio" name="bedrag" value="10" checked> € 10 per maand</label><button>Word lid</button></form><p>Giften aan Dwarsligger zijn aftrekbaar (ANBI).</p>')
    page("/overnemen/", "Artikelen overnemen", ps(["Alle artikelen van Dwarsligger vallen onder de Creative Commons-licentie Naamsvermelding-GeenAfgeleideWerken 4.0. Je mag ze gratis overnemen, ook voor commercieel gebruik.",
                                                   "Neem het artikel ongewijzigd over, vermeld de auteurs en zet bovenaan of onderaan: \u2018Dit artikel verscheen eerder bij Dwarsligger\u2019, met een link naar het origineel.",
                                                   "Foto's en grafieken vallen niet onder de licentie. Mail overnemen@dwarsligger.example als je ze wilt gebruiken."]))
    page("/jaarverslag-2025/", "Jaarverslag 2025", ps(["In 2025 publiceerde Dwarsligger 38 onderzoeken, die 214 keer werden overgenomen door regionale en landelijke media.",
                                                      "Naar aanleiding van ons onderzoek naar kamerverhuur in Rotterdam stelde de gemeenteraad een vergunningplicht in. Kamervragen volgden op vijf van onze publicaties.",
                                                      "Het aantal leden groeide van 3.900 naar 5.120. Leden zorgen voor 61 procent van onze inkomsten."]), "Gepubliceerd op 1 april 2026")
    page("/correcties/", "Correcties", '<p>Maken we een fout, dan herstellen we die en melden we dat hier.</p><ul><li>16 oktober 2026 \u2013 In <a href="%s">ons artikel over terugvorderingen</a> stond eerst dat het om 12,4 procent ging; dat is 11,4 procent.</li><li>2 juli 2026 \u2013 Een naam van een corporatie was verkeerd gespeld.</li></ul>' % A[0]["path"])
    page("/nieuwsbrief/", "Nieuwsbrief", '<p>Elke zaterdag ons nieuwste onderzoek in je inbox.</p><form class="not-prose"><input type="email" name="email"><button>Aanmelden</button></form><h2>Eerdere edities</h2><ul><li>21 november 2026 \u2013 Wat verandert er aan de huurtoeslag?</li><li>7 november 2026 \u2013 De belegger uit Luxemburg</li><li>17 oktober 2026 \u2013 Zoek je gemeente</li></ul>')
    page("/vacatures/", "Vacatures", "<h2>Onderzoeksjournalist zorg (32\u201336 uur)</h2><p>Reageren kan tot 15 december 2026. Standplaats Utrecht, thuiswerken mogelijk.</p>")
    s.urlset("/sitemap.xml", [a["path"] for a in A] + ["/", "/onderzoeken/", "/onderzoeken/sociale-huur-in-de-uitverkoop/", "/data/huurtoeslag-in-jouw-gemeente/", "/over-ons/", "/redactie/",
                                                      "/raad-van-toezicht/", "/word-lid/", "/overnemen/", "/jaarverslag-2025/", "/correcties/", "/nieuwsbrief/", "/vacatures/"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /zoeken/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


def it_date(w):
    return "%d %s %d" % (w.l.day, MON_IT[w.l.month - 1], w.l.year)


# ------------------------------------------------------------ 7 Lanterna (Craft CMS + Blitz, it)
def lanterna():
    s = Site(7)
    SN = "Lanterna"
    ROM = "Europe/Rome"
    A = [dict(key="lanterna-inv", path="/inchieste/scorie-sotto-la-tangenziale", sec=("inchieste", "Inchieste"),
              title="Scorie industriali sotto la nuova tangenziale: i documenti che la Regione non ha reso pubblici",
              summary="Quarantamila tonnellate di scorie d'acciaieria con cromo oltre i limiti sono finite sotto il terzo lotto della tangenziale sud di Brescia. L'Arpa lo sapeva dal 2023.",
              when=When("2026-10-26T07:00", ROM), mod=When("2026-10-27T12:30", ROM), authors=["Giulia Ferrante", "Matteo Rossi", "Chiara Benedetti"],
              items=["Sotto il terzo lotto della nuova tangenziale sud di Brescia, inaugurato a luglio, sono sepolte almeno 40 mila tonnellate di scorie di acciaieria che secondo le analisi dell'Arpa contengono cromo esavalente oltre i limiti di legge.",
                     "Lo rivelano documenti interni della Regione Lombardia che Lanterna ha ottenuto attraverso una richiesta di accesso civico generalizzato, dopo un ricorso al Tar durato quattordici mesi.",
                     ("h2", "Le analisi ignorate"),
                     "Già nel 2023 i tecnici dell'Arpa avevano segnalato che il materiale usato per il rilevato stradale non era conforme. Una nota del 12 settembre di quell'anno raccomandava di sospendere i lavori e di rimuovere le scorie già posate.",
                     "I lavori invece sono proseguiti. Il consorzio di imprese che ha costruito la strada sostiene che il materiale era stato certificato come sottoprodotto recuperabile e che le analisi successive hanno dato esito regolare.",
                     ("support", ""),
                     ("h2", "Le falde a rischio"),
                     "Il tratto attraversa una zona di ricarica della falda che alimenta i pozzi di tre comuni. Nei piezometri installati lungo la strada, le concentrazioni di cromo sono aumentate in due anni di quasi dieci volte.",
                     "La Regione, interpellata da Lanterna, ha risposto che è in corso un piano di monitoraggio e che \u00abnon sussistono rischi per la salute della popolazione\u00bb. Il ministero dell'Ambiente non ha risposto.",
                     ("raw", '<p class="crediti"><em>Hanno collaborato Marco Rinaldi e Sara Pini. Editing: Davide Orsini. Foto: Chiara Benedetti.</em></p>')]),
         dict(key="lanterna-news", path="/notizie/procura-apre-indagine-scorie-tangenziale", sec=("notizie", "Notizie"),
              title="Scorie sotto la tangenziale, la procura apre un'indagine dopo l'inchiesta di Lanterna",
              summary="I carabinieri del Noe hanno acquisito documenti in Regione e nella sede del consorzio costruttore.",
              when=When("2026-10-30T18:10", ROM), mod=When("2026-10-30T18:10", ROM), authors=["Matteo Rossi"],
              items=["La procura di Brescia ha aperto un fascicolo per inquinamento ambientale e traffico illecito di rifiuti dopo la pubblicazione dell'inchiesta di Lanterna sulle scorie sepolte sotto la tangenziale sud.",
                     "Secondo quanto appreso, i carabinieri del Noe hanno acquisito giovedì mattina i documenti negli uffici regionali e nella sede del consorzio che ha realizzato l'opera.",
                     "Il sindaco di uno dei comuni interessati ha annunciato che sospenderà in via precauzionale l'uso di due pozzi fino all'esito di nuove analisi.",
                     "In consiglio regionale le opposizioni hanno chiesto un'audizione urgente dell'assessore all'Ambiente."]),
         dict(key="lanterna-op", path="/commenti/i-comuni-non-possono-bonificare-da-soli", sec=("commenti", "Commenti"),
              title="I comuni non possono bonificare da soli",
              summary="Quando chi inquina è fallito o introvabile, il conto arriva ai comuni. Serve un fondo nazionale.",
              when=When("2026-11-09T09:00", ROM), mod=When("2026-11-09T09:00", ROM), authors=["Paola Sartori"],
              items=["Ogni volta che emerge una discarica abusiva o un terreno contaminato, la domanda è sempre la stessa: chi paga?",
                     "La legge dice che paga chi inquina. Ma quando il responsabile è fallito, introvabile o protetto da anni di ricorsi, il conto arriva ai comuni, che non hanno né i soldi né i tecnici per affrontarlo.",
                     "Il caso della tangenziale sud lo dimostra. Anche se la procura accerterà le responsabilità, passeranno anni prima che qualcuno sia condannato a rimuovere le scorie, e nel frattempo la falda continuerà a ricevere cromo.",
                     "Serve un fondo nazionale per le bonifiche urgenti, che anticipi le spese e si rivalga poi sui responsabili. Senza, continueremo a contare i pozzi chiusi.",
                     ("raw", '<p class="bio-ospite"><em>Paola Sartori è presidente dell\'associazione Acqua Bene Comune Brescia. Le opinioni espresse negli interventi ospitati non riflettono necessariamente quelle della redazione.</em></p>')])]
    for a in A:
        a["url"] = s.url(a["path"])
        a["site"] = SN
    slug = lambda n: n.lower().replace(" ", "-")
    RIP = "I contenuti di Lanterna sono rilasciati con licenza Creative Commons BY-NC-ND 4.0: puoi ripubblicarli gratuitamente citando la fonte e linkando l'articolo originale."
    SUP = "Lanterna è un giornale indipendente senza pubblicità. Le nostre inchieste esistono grazie a chi ci sostiene: bastano 5 euro al mese."
    REDAZ = {"Giulia Ferrante": "Giornalista, si occupa di ambiente e criminalità economica.", "Matteo Rossi": "Giornalista, segue la cronaca giudiziaria lombarda.", "Chiara Benedetti": "Fotogiornalista e videomaker."}
    nav = [("/inchieste", "Inchieste"), ("/notizie", "Notizie"), ("/commenti", "Commenti"), ("/inchieste/il-cantiere-dei-veleni", "Il cantiere dei veleni"), ("/chi-siamo", "Chi siamo")]

    def shell(title, main, head="", body="", desc="Lanterna è una testata indipendente di giornalismo d'inchiesta con sede a Brescia."):
        return ('<!DOCTYPE html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<title>%s</title>\n<meta name="description" content="%s">\n%s\n<link rel="stylesheet" href="/assets/css/main.min.css?v=20261020">\n<link rel="alternate" type="application/rss+xml" href="%s" title="Lanterna">\n</head>\n'
                '<body class="%s">\n<div id="iubenda-cs-banner" class="iubenda-cs-default" style="display:none"><p>Questo sito utilizza cookie tecnici e, previo consenso, cookie di terze parti.</p><button class="iubenda-cs-accept-btn">Accetta</button></div>\n'
                '<header class="masthead"><div class="wrap"><a class="masthead-logo" href="/"><img src="/assets/img/lanterna.svg" alt="Lanterna" width="180"></a><nav class="masthead-nav"><ul>%s</ul></nav>'
                '<a class="btn btn-accent" href="/sostienici">Sostienici</a></div></header>\n<main class="site-main">\n%s\n</main>\n'
                '<footer class="site-footer"><div class="wrap"><p><strong>Lanterna</strong> \u2013 Testata registrata presso il Tribunale di Brescia, n. 7/2021. Direttore responsabile: Davide Orsini. Editore: Associazione Lanterna APS, C.F. 98123450171.</p>'
                '<ul class="footer-links">%s</ul></div></footer>\n<script src="/assets/js/main.min.js?v=20261020" defer></script>\n</body>\n</html>\n<!-- Cached by Blitz on 2026-11-20T03:12:44+01:00 -->') % (
            E(title), E(desc), head, s.url("/feed.rss"), body, links(nav), main,
            links([("/redazione", "Redazione"), ("/ripubblica", "Ripubblica i nostri articoli"), ("/rapporto-di-impatto-2025", "Rapporto di impatto 2025"), ("/eventi", "Eventi"), ("/lavora-con-noi", "Lavora con noi"), ("/sostienici", "Sostienici")]))

    def item(a):
        return ('<article class="card"><a class="card-link" href="%s"><span class="card-section">%s</span><h3 class="card-title">%s</h3></a><p class="card-summary">%s</p>'
                '<p class="card-meta">di %s \u2013 <time datetime="%s">%s</time></p></article>') % (a["path"], a["sec"][1], E(a["title"]), E(a["summary"]), E(join_names(a["authors"], " e ")), a["when"].iso(), it_date(a["when"]))

    def one(x):
        if isinstance(x, str):
            return "<p>%s</p>" % E(x)
        if x[0] == "support":
            return '<div class="box-sostegno"><p class="box-sostegno-titolo">Sostieni il giornalismo d\'inchiesta</p><p>%s</p><a class="btn" href="/sostienici">Sostienici</a></div>' % E(SUP)
        if x[0] == "raw":
            return x[1]
        return "<h2>%s</h2>" % E(x[1])

    for a in A:
        rel = [x for x in A if x is not a]
        byl = join_names(['<a href="/autori/%s" rel="author">%s</a>' % (slug(n), E(n)) for n in a["authors"]], " e ")
        label = '<span class="label-ospite">Intervento</span>' if a["sec"][0] == "commenti" else ""
        main = ('<article class="entry entry--%s">\n<header class="entry-header wrap-narrow"><a class="entry-section" href="/%s">%s</a>%s<h1 class="entry-title">%s</h1><p class="entry-summary">%s</p>'
                '<div class="entry-meta"><span class="entry-author">di %s</span> <span class="sep">|</span> <time class="entry-date" datetime="%s">%s</time></div></header>\n'
                '<div class="entry-content wrap-narrow">\n%s\n</div>\n<aside class="box-ripubblica wrap-narrow"><h3>Ripubblica</h3><p>%s</p><button class="btn btn-outline" data-copy="#ripubblica-html">Copia il codice</button>'
                '<textarea id="ripubblica-html" hidden>&lt;p&gt;Questo articolo è stato pubblicato originariamente su &lt;a href=&quot;%s&quot;&gt;Lanterna&lt;/a&gt;.&lt;/p&gt;</textarea></aside>\n'
                '<section class="related wrap"><h2>Leggi anche</h2>%s</section>\n</article>') % (
            a["sec"][0], a["sec"][0], a["sec"][1], label, E(a["title"]), E(a["summary"]), byl, a["when"].iso(), it_date(a["when"]),
            "\n".join(one(x) for x in a["items"]), E(RIP), a["url"], "".join(item(x) for x in rel))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["summary"], "datePublished": a["when"].iso(), "dateModified": a["mod"].iso(),
              "author": [{"@type": "Person", "name": n} for n in a["authors"]], "publisher": {"@type": "NewsMediaOrganization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/assets/img/lanterna.png")}},
              "mainEntityOfPage": a["url"], "inLanguage": "it-IT"}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="og:image" content="%s">\n%s') % (a["url"], E(a["title"]), E(a["summary"]), a["url"], s.url("/uploads/_1200x630_crop_center-center/tangenziale-sud.jpg"), jl(ld))
        s.story(a["path"], shell("%s \u2013 %s" % (a["title"], SN), main, head, "entry-template section-" + a["sec"][0], a["summary"]), a, [RIP[:60], SUP[:60]] + [x["summary"] for x in rel])

    def page(path, title, inner, intro="", body="page-template"):
        main = '<div class="page wrap-narrow"><h1 class="page-title">%s</h1>%s<div class="page-content">%s</div></div>' % (E(title), '<p class="page-intro">%s</p>' % E(intro) if intro else "", inner)
        s.non(path, shell("%s \u2013 %s" % (title, SN), main, '<link rel="canonical" href="%s">\n<meta property="og:type" content="website">\n<meta property="og:title" content="%s">' % (s.url(path), E(title)), body))

    s.non("/", shell("Lanterna \u2013 Giornalismo d'inchiesta", '<section class="home-top wrap">%s</section><section class="home-list wrap"><h2>Ultimi articoli</h2>%s</section>' % (item(A[0]), "".join(item(a) for a in A[::-1])),
                     '<meta property="og:type" content="website">', "home-template"))
    for sec, name, desc in (("inchieste", "Inchieste", "Le inchieste di Lanterna."), ("notizie", "Notizie", "Aggiornamenti e sviluppi delle nostre inchieste."), ("commenti", "Commenti", "Interventi di ospiti e della redazione.")):
        page("/" + sec, name, "".join(item(a) for a in A if a["sec"][0] == sec) + '<nav class="pagination"><span class="current">1</span> <a href="/%s">2</a></nav>' % sec, desc, "section-template")
    page("/inchieste/il-cantiere-dei-veleni", "Il cantiere dei veleni", ps([
        "Strade, rotatorie e capannoni costruiti con materiali che avrebbero dovuto finire in discarica. Il cantiere dei veleni è l'inchiesta di Lanterna sul riutilizzo delle scorie industriali nelle grandi opere della provincia di Brescia.",
        "Per oltre un anno abbiamo analizzato autorizzazioni regionali, verbali dell'Arpa, bilanci di aziende e atti giudiziari, e abbiamo fatto analizzare da un laboratorio indipendente campioni prelevati lungo tre cantieri.",
        "L'inchiesta è stata realizzata con il sostegno di una borsa del fondo europeo per il giornalismo investigativo. Tutti gli articoli possono essere ripubblicati gratuitamente.",
        "Hai informazioni su questo tema? Scrivici in modo sicuro a segnalazioni@lanterna.example."]) + "<h2>Gli articoli</h2>" + "".join(item(a) for a in A), "Un'inchiesta sulle scorie industriali nelle grandi opere", "series-template")
    page("/chi-siamo", "Chi siamo", ps(["Lanterna è una testata giornalistica indipendente fondata nel 2021 da un gruppo di giornaliste e giornalisti bresciani. Ci occupiamo di ambiente, appalti e criminalità economica nel Nord Italia.",
                                       "Siamo un'associazione di promozione sociale. Non abbiamo pubblicità e non riceviamo finanziamenti pubblici."]))
    page("/redazione", "Redazione", "<ul>%s<li>Davide Orsini \u2013 direttore responsabile</li></ul>" % "".join('<li><a href="/autori/%s">%s</a> \u2013 %s</li>' % (slug(n), E(n), E(b)) for n, b in REDAZ.items()))
    for n, b in REDAZ.items():
        page("/autori/" + slug(n), n, "<p>%s</p><h2>Articoli</h2>%s" % (E(b), "".join(item(a) for a in A if n in a["authors"])), "", "author-template")
    page("/autori/paola-sartori", "Paola Sartori", "<p>Presidente dell'associazione Acqua Bene Comune Brescia. Ospite.</p><h2>Articoli</h2>%s" % item(A[2]), "", "author-template")
    page("/sostienici", "Sostienici", '<p>Lanterna è gratuita per tutti. Con una donazione, anche piccola, rendi possibili nuove inchieste.</p><form class="form-donazione"><label><input type="radio" name="importo" value="5"> 5 € al mese</label><label><input type="radio" name="importo" value="10" checked> 10 € al mese</label><label><input type="radio" name="importo" value="altro"> Altro importo</label><button>Dona ora</button></form><p>Puoi destinarci il 5x1000: C.F. 98123450171.</p>')
    page("/ripubblica", "Ripubblica i nostri articoli", ps(["Gli articoli di Lanterna sono rilasciati con licenza Creative Commons Attribuzione-Non commerciale-Non opere derivate 4.0 Internazionale.",
                                                            "Puoi ripubblicarli gratuitamente su testate e siti non commerciali, senza modificarli, indicando gli autori e inserendo in apertura la frase \u00abQuesto articolo è stato pubblicato originariamente su Lanterna\u00bb con un link all'originale.",
                                                            "Foto e video sono esclusi dalla licenza. Per accordi con testate commerciali scrivi a redazione@lanterna.example."]))
    page("/rapporto-di-impatto-2025", "Rapporto di impatto 2025", ps(["Nel 2025 Lanterna ha pubblicato 9 inchieste e 64 articoli. I nostri contenuti sono stati ripubblicati 131 volte da 27 testate locali.",
                                                                    "L'inchiesta sulle discariche abusive della Bassa ha portato al sequestro di due aree e a un'interrogazione parlamentare.",
                                                                    "A fine anno contavamo 2.340 sostenitrici e sostenitori, che coprono il 48 per cento del bilancio."]), "Pubblicato il 30 aprile 2026")
    page("/eventi", "Eventi", '<ul class="eventi"><li><time datetime="2026-12-05T18:00">5 dicembre 2026, ore 18</time> \u2013 <strong>Presentazione dell\'inchiesta \u00abIl cantiere dei veleni\u00bb</strong>, Brescia, Palazzo Martinengo. Con Giulia Ferrante e Matteo Rossi. Ingresso libero.</li>'
         '<li><time datetime="2027-02-13T10:00">13 febbraio 2027</time> \u2013 Laboratorio di giornalismo ambientale per studenti, Università di Brescia.</li></ul>')
    page("/lavora-con-noi", "Lavora con noi", "<h2>Cerchiamo un/una giornalista dati</h2><p>Collaborazione di 12 mesi, part-time, da remoto. Candidature entro il 10 dicembre 2026 a lavoro@lanterna.example.</p>")
    s.urlset("/sitemap.xml", [a["path"] for a in A] + ["/", "/inchieste", "/notizie", "/commenti", "/inchieste/il-cantiere-dei-veleni", "/chi-siamo", "/redazione", "/sostienici", "/ripubblica", "/rapporto-di-impatto-2025", "/eventi", "/lavora-con-noi"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /cpresources/\nDisallow: /admin/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.rss2("/feed.rss", SN, "Giornalismo d'inchiesta", [(a["path"], a["title"], a["when"].rfc(), join_names(a["authors"], " e "), a["summary"]) for a in A], "it-IT")


# ------------------------------------------------------------ 8 Harlan Valley Courier (WordPress + tagDiv Newspaper, en-US)
def courier():
    s = Site(8)
    SN = "Harlan Valley Courier"
    NY = "America/New_York"
    trib_inv, trib_data = ORIG["trib-inv"], ORIG["trib-data"]
    A = [dict(path="/2026/11/10/harlan-school-board-approves-roof-repair-for-harding-middle-school/", id=2231, cat=("local-news", "Local News"),
              title="Harlan school board approves $4.2 million roof repair for Harding Middle School", tags=["Harlan City Schools"],
              when=When("2026-11-10T19:40", NY), authors=["Jenny Alcott"], wp_author="Jenny Alcott",
              cap="Buckets catch rainwater in a Harding Middle School classroom in October. (Photo by Tom Kessler)",
              items=["The Harlan City Schools board voted 4-1 on Monday night to spend $4.2 million replacing the leaking roof at Harding Middle School, ending a two-year debate over whether to repair the 1968 building or replace it.",
                     "Superintendent Carla Wendt said buckets have been placed in six classrooms and the gym during heavy rain since last spring, and that a ceiling tile fell in the library in September, though no one was hurt.",
                     "The money will come from the district's permanent improvement fund and a state facilities grant. Work is expected to start in June so that it can be finished before classes resume in August.",
                     "Board member Glenn Pruitt voted no, saying the district should instead ask voters for a bond issue to build a new school. \u201cWe are putting a new hat on a building that is nearly sixty years old,\u201d he said.",
                     "The board also approved a contract with a Columbus firm to study enrollment trends, which will help decide the building's long-term future."]),
         dict(path="/2026/11/16/route-33-bridge-closure-extended-through-spring/", id=2260, cat=("local-news", "Local News"),
              title="Route 33 bridge closure extended through spring", tags=["ODOT", "Roads"],
              when=When("2026-11-16T11:15", NY), authors=[], wp_author="Courier Staff", cap=None,
              items=["The Route 33 bridge over the Scioto River north of Harlan will stay closed until at least April, the Ohio Department of Transportation said Monday, two months longer than planned.",
                     "Crews found more corrosion in the steel beams under the deck than inspections had shown, a spokesperson for the department's District 6 office said, and replacement parts have to be fabricated.",
                     "The detour sends traffic along Marion-Williamsport Road and State Route 4, adding about 11 miles to the trip. School buses for the Ridgedale district have changed their routes.",
                     "Business owners on the north side of the river said the closure has cut their customers by a third."]),
         dict(path="/2026/11/18/marion-county-food-pantry-sees-record-demand/", id=2274, cat=("local-news", "Local News"),
              title="Marion County food pantry sees record demand ahead of Thanksgiving", tags=["Marion County"],
              when=When("2026-11-18T08:00", NY), authors=["Tom Kessler"], wp_author="Tom Kessler", cap=None,
              items=["The Marion County Community Food Pantry served 2,340 families in October, the most in its 41-year history, and volunteers say November is on track to be busier still.",
                     "Director Angela Ruiz said many of the new clients are working families whose grocery bills have climbed faster than their pay. About a third had never visited a food pantry before this year.",
                     "The pantry is asking for donations of canned protein, cooking oil and diapers, which it runs out of most quickly. Cash donations go furthest because the pantry can buy in bulk from the regional food bank.",
                     "Turkey distribution will take place Nov. 24 from 9 a.m. to noon in the parking lot of St. Mark's Lutheran Church."])]
    C = [dict(path="/2026/10/22/ohio-nursing-homes-kept-hiring-aides-flagged-for-abuse-state-records-show/", id=2102, cat=("partner-content", "Partner Content"), orig=trib_inv,
              title=trib_inv["title"], tags=["The Tributary", "Nursing homes"], when=When("2026-10-22T09:30", NY), wp_author="The Tributary", canonical=True, cap=None),
         dict(path="/2026/11/05/marion-county-nursing-homes-among-ohios-most-understaffed/", id=2190, cat=("partner-content", "Partner Content"), orig=trib_data,
              title="Marion County nursing homes among Ohio\u2019s most understaffed, analysis finds", tags=["Nursing homes", "Marion County"], when=When("2026-11-05T13:00", NY),
              wp_author="Courier Staff", canonical=False, cap=None)]
    BIO = {"Jenny Alcott": "Jenny Alcott covers schools and county government for the Courier.", "Tom Kessler": "Tom Kessler is the Courier's photographer and features writer.",
           "Courier Staff": "Stories by the Harlan Valley Courier newsroom.", "The Tributary": "The Tributary is a nonprofit newsroom covering Ohio. Its stories are republished under a Creative Commons license."}
    slug = lambda n: n.lower().replace(" ", "-")
    allp = A + C
    nav = [("/", "Home"), ("/category/local-news/", "Local News"), ("/category/sports/", "Sports"), ("/category/obituaries/", "Obituaries"), ("/category/partner-content/", "Ohio News"), ("/subscribe/", "Subscribe")]

    def shell(title, main, head, body, og="website"):
        return ('<!doctype html >\n<html lang="en-US">\n<head>\n<title>%s</title>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
                '<link rel="pingback" href="%s" />\n<meta name="robots" content="index, follow, max-image-preview:large">\n<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="%s" />\n'
                '<meta property="og:site_name" content="%s" />\n%s\n<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all" />\n'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s" />\n</head>\n'
                '<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
                '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>\n<div id="td-outer-wrap" class="td-theme-wrap">\n'
                '<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">'
                '<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Sunday, December 6, 2026</div></div><ul class="top-header-menu"><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></div></div></div></div>'
                '<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2021/05/hvc-logo.png" alt="%s"><span class="td-visual-hidden">%s</span></a></div>'
                '<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><a href="https://ads.example/"><img src="/wp-content/uploads/2026/09/harlan-ford-728x90.jpg" alt="Advertisement"></a></div></div></div></div>'
                '<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">'
                '<div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">%s</ul></div></div></div></div></div></div>\n'
                '<div class="td-main-content-wrap td-container-wrap">\n%s\n</div>\n'
                '<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-text-wrap">The Harlan Valley Courier has served Harlan and Marion County since 1894. '
                '<div class="footer-email-wrap">Contact us: <a href="mailto:news@harlancourier.example">news@harlancourier.example</a></div></div></div></div></div></div></div>'
                '<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2026 Harlan Valley Courier. All rights reserved.</div></div></div></div>\n'
                '</div><!--close td-outer-wrap-->\n</body>\n</html>') % (
            E(title), s.url("/xmlrpc.php"), og, SN, head, SN, s.url("/feed.xml"), body, SN, SN, links(nav, "menu-item"), main)

    def sidebar():
        return ('<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Subscribe</span></h4>'
                '<div class="textwidget"><p>Get the Courier delivered for $3.99 a week. <a href="/subscribe/">Subscribe today</a>.</p></div></aside>'
                '<div class="td_block_wrap td_block_7"><h4 class="block-title"><span class="td-pulldown-size">POPULAR</span></h4>%s</div></div></div>') % "".join(
            '<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></div>' % (
                a["path"], E(a["title"]), E(a["title"]), a["when"].iso(), en_date(a["when"])) for a in A[:2])

    def module(a):
        return ('<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="%s" rel="bookmark" class="td-image-wrap" title="%s"><img width="218" height="150" class="entry-thumb" src="/wp-content/uploads/2026/11/%d-218x150.jpg" alt=""></a></div>'
                '<div class="item-details"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/%s/">%s</a> <span>-</span> </span>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div><div class="td-excerpt">%s</div></div></div>') % (
            a["path"], E(a["title"]), a["id"], a["path"], E(a["title"]), E(a["title"]), slug(a["wp_author"]), E(a["wp_author"]), a["when"].iso(), en_date(a["when"]), E(paras_of(a)[0][:150].rsplit(" ", 1)[0] + "..."))

    def paras_of(a):
        return texts(a["items"]) if "items" in a else texts(a["orig"]["items"])

    def post(a, content, canonical, must_not=()):
        i = allp.index(a)
        prev, nxt = (allp[i - 1] if i > 0 else None), (allp[i + 1] if i + 1 < len(allp) else None)
        nav2 = '<div class="td-block-row td-post-next-prev">%s%s</div>' % (
            ('<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="%s">%s</a></div></div>' % (prev["path"], E(prev["title"]))) if prev else "",
            ('<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="%s">%s</a></div></div>' % (nxt["path"], E(nxt["title"]))) if nxt else "")
        au = a["wp_author"]
        main = ('<div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> '
                '<span><a title="View all posts in %s" class="entry-crumb" href="/category/%s/">%s</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">%s</span></div></div>'
                '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s" itemscope itemtype="https://schema.org/Article">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul><header class="td-post-title"><h1 class="entry-title">%s</h1>'
                '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/%s/">%s</a><div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%d</span></div></div></header></div>'
                '<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u=%s"><span class="td-social-but-text">Facebook</span></a></div></div>'
                '<div class="td-post-content tagdiv-type">\n%s\n</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div>%s'
                '<div class="author-box-wrap"><a href="/author/%s/"><img alt="" src="/wp-content/uploads/2021/05/%s-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/%s/">%s</a></span></div>'
                '<div class="td-author-description">%s</div><div class="clearfix"></div></div></div>'
                '<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="%s"><meta itemprop="url" content="%s"></span>'
                '<meta itemprop="datePublished" content="%s"><meta itemprop="dateModified" content="%s"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="%s"/>'
                '<span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="%s"></span><meta itemprop="headline" content="%s"></footer></article>'
                '<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>'
                '<div class="td_block_inner">%s</div></div></div></div>%s</div></div>') % (
            a["cat"][1], a["cat"][0], a["cat"][1], E(a["title"]), a["id"], a["id"], a["cat"][0], a["cat"][0], a["cat"][1], E(a["title"]), slug(au), E(au), a["when"].iso(), en_date(a["when"]),
            a["id"], 180 + a["id"] % 400, s.url(a["path"]), content, "".join('<li><a href="/tag/%s/">%s</a></li>' % (slug(t), E(t)) for t in a["tags"]), nav2,
            slug(au), slug(au), slug(au), E(au), E(BIO[au]), E(au), s.url("/author/%s/" % slug(au)), a["when"].iso(), a["when"].iso(), s.url(a["path"]), SN, E(a["title"]),
            "".join(['<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3></div></div></div>' % (
                x["path"], E(x["title"]), E(x["title"])) for x in allp if x is not a and x in A][:2]), sidebar())
        graph = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["when"].utc(), "dateModified": a["when"].utc(),
                                                               "author": {"name": au, "@id": s.url("/#/schema/person/%s" % slug(au))}, "publisher": {"@id": s.url("/#organization")}, "articleSection": [a["cat"][1]], "inLanguage": "en-US"},
                                                              {"@type": "Person", "@id": s.url("/#/schema/person/%s" % slug(au)), "name": au}]}
        head = ('<link rel="canonical" href="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n<meta property="article:published_time" content="%s" />\n'
                '<meta name="author" content="%s" />\n<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="%s" />\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            canonical, E(a["title"]), s.url(a["path"]), a["when"].utc(), E(au), E(au), json.dumps(graph, ensure_ascii=False))
        return shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % a["id"], "article")

    for a in A:
        fig = ('<div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2026/11/%d.jpg" data-caption="%s"><img width="696" height="464" class="entry-thumb td-modal-image" src="/wp-content/uploads/2026/11/%d-696x464.jpg" alt=""></a>'
               '<figcaption class="wp-caption-text">%s</figcaption></figure></div>' % (a["id"], E(a["cap"]), a["id"], E(a["cap"]))) if a["cap"] else ""
        s.story(a["path"], post(a, fig + ps(a["items"]), s.url(a["path"])), a, [BIO[a["wp_author"]], "Get the Courier delivered"])
    for c in C:
        o = c["orig"]
        body = "\n".join("<p>%s</p>" % E(x) if isinstance(x, str) else ("<h2>%s</h2>" % E(x[1]) if x[0] == "h2" else "") for x in o["items"])
        if c["canonical"]:
            # pasted from the Republication Tracker Tool's HTML
            content = ('<p class="byline">by %s, The Tributary<br />%s</p>\n%s\n<p>This <a target="_blank" href="%s">article</a> first appeared on <a target="_blank" href="%s">The Tributary</a> and is republished here under a Creative Commons license.</p>'
                       '<img id="republication-tracker-tool-source" src="%s?republication-pixel=true&post=%d&ga4=G-7XK2ZP1L0Q" style="width:1px;height:1px;">') % (
                E(join_names(o["authors"], " and ")), en_date(o["when"]), body, o["url"], o["url"].split("/20")[0] + "/", o["url"].split("/20")[0] + "/", o["id"])
            s.copy(c["path"], post(c, content, o["url"]), o)
        else:
            content = ('<p><em>This story was originally published by <a href="%s">The Tributary</a>, Ohio\'s nonprofit newsroom. It is republished with permission.</em></p>\n'
                       '<p><strong>By %s, The Tributary</strong></p>\n%s') % (o["url"], E(join_names(o["authors"], " and ")), body)
            s.copy(c["path"], post(c, content, s.url(c["path"])), o)

    def archive(path, title, items, body, desc=""):
        main = ('<div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">%s</span></div></div>'
                '<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1>%s</div>%s'
                '<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="%s" class="page" title="2">2</a><span class="pages">Page 1 of 2</span></div></div></div>%s</div></div>') % (
            E(title), E(title), '<div class="td-category-description"><p>%s</p></div>' % E(desc) if desc else "", "".join(module(a) for a in items) if items else "", path, sidebar())
        s.non(path, shell("%s Archives - %s" % (title, SN), main, '<link rel="canonical" href="%s" />\n<meta property="og:title" content="%s Archives" />' % (s.url(path), E(title)), body))

    def page(path, title, inner):
        main = ('<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div>'
                '<div class="td-page-content tagdiv-type">%s</div></div></div>%s</div></div>') % (E(title), inner, sidebar())
        s.non(path, shell("%s - %s" % (title, SN), main, '<link rel="canonical" href="%s" />\n<meta property="og:title" content="%s" />\n<meta property="article:modified_time" content="2025-08-14T15:02:11+00:00" />' % (s.url(path), E(title)), "page-template-default page", "article"))

    home = ('<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td_block_wrap td_block_big_grid_1"><div class="td-big-grid-wrapper">%s</div></div>'
            '<div class="td_block_wrap td_block_4"><h4 class="block-title"><span>LOCAL NEWS</span></h4>%s</div><div class="td_block_wrap td_block_4"><h4 class="block-title"><span>OHIO NEWS</span></h4>%s</div></div>%s</div></div>') % (
        module(A[2]), "".join(module(a) for a in A[::-1]), "".join(module(c) for c in C[::-1]), sidebar())
    s.non("/", shell("%s - Harlan and Marion County news" % SN, home, '<link rel="canonical" href="%s" />' % s.url("/"), "home page-template page-template-page-pagebuilder-latest"))
    archive("/category/local-news/", "Local News", A[::-1], "archive category category-local-news")
    archive("/category/partner-content/", "Ohio News", C[::-1], "archive category category-partner-content", "Statewide stories from our partners at The Tributary, republished under a Creative Commons license.")
    archive("/category/sports/", "Sports", [], "archive category category-sports", "Harlan Hawks, Ridgedale Rockets and River Valley Vikings coverage.")
    page("/category/obituaries/", "Obituaries", '<ul class="td-obits"><li><strong>Ruth Ann Miller, 91, of Harlan</strong> &mdash; died Nov. 14, 2026. Services at Snyder-Rogers Funeral Home.</li>'
         '<li><strong>Donald E. Schaffner, 78, of Marion</strong> &mdash; died Nov. 12, 2026.</li><li><strong>Linda K. Hoover, 66, of Prospect</strong> &mdash; died Nov. 9, 2026.</li></ul><p>To place an obituary, call 740-555-0143.</p>')
    for n in ("Jenny Alcott", "Tom Kessler", "Courier Staff", "The Tributary"):
        archive("/author/%s/" % slug(n), n, [x for x in allp if x["wp_author"] == n], "archive author author-%s" % slug(n), BIO[n])
    for tg in sorted({t for a in allp for t in a["tags"]}):
        archive("/tag/%s/" % slug(tg), tg, [a for a in allp if tg in a["tags"]], "archive tag")
    page("/about-us/", "About Us", ps(["The Harlan Valley Courier is a locally owned newspaper published Tuesday through Saturday in print and every day online.",
                                       "We also publish statewide stories from The Tributary, Ohio's nonprofit newsroom, under its Creative Commons license."]))
    page("/contact-us/", "Contact Us", "<p>Newsroom: news@harlancourier.example &middot; 740-555-0140</p><p>Advertising: ads@harlancourier.example</p><p>112 N. Main St., Harlan, Ohio</p>")
    page("/subscribe/", "Subscribe", "<p>Digital access: $3.99 a week. Print and digital: $6.50 a week. Seniors save 20%.</p><form><button>Start my subscription</button></form>")
    s.rss2("/feed.xml", SN, "Harlan and Marion County news", [(a["path"], a["title"], a["when"].rfc(), a["wp_author"], "") for a in sorted(allp, key=lambda x: x["when"].u, reverse=True)])
    s.xml("/sitemap_index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/post-sitemap.xml"))
    s.urlset("/post-sitemap.xml", [a["path"] for a in allp])
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/sitemap_index.xml"))


# ------------------------------------------------------------ 9 Weald Independent (Squarespace 7.1, en-GB)
def weald():
    s = Site(9)
    SN = "Weald Independent"
    LON = "Europe/London"
    inv = ORIG["ledger-inv"]
    A = [dict(path="/news/tunbridge-wells-hospice-appeal", id="6712a0c94b1e2f3a5d6c7e01", cat="Community", tags=["hospice", "Tunbridge Wells"],
              title="Hospice saved by \u00a31.1m community appeal", when=When("2026-10-19T10:12", LON), authors=["Harriet Cole"], sq="Harriet Cole", byline=None,
              items=["A hospice that cares for 600 patients a year across the Weald will stay open after a community appeal raised \u00a31.1m in ten weeks, more than twice its target.",
                     "Trustees of Hospice in the Weald warned in August that the charity would have to close its twelve inpatient beds by Christmas because of rising costs and a fall in NHS funding.",
                     "Donations came from more than 9,000 people, including a sponsored walk along the High Weald Landscape Trail that raised \u00a384,000 and a single anonymous gift of \u00a3250,000.",
                     "Chief executive Dr Alison Grey said the money would keep the beds open for two years but that the charity still needed a long-term agreement with the NHS. \u201cGenerosity has bought us time. It cannot be our business model,\u201d she said."]),
         dict(path="/news/rye-harbour-dredging-begins", id="6721f3aa0d9c4b5e6f7a8b02", cat="Environment", tags=["Rye", "fishing"],
              title="Rye Harbour dredging finally begins after three-year delay", when=When("2026-11-03T14:30", LON), authors=["Sam Okoye"], sq="Sam Okoye", byline=None,
              items=["Dredgers have started clearing silt from the channel at Rye Harbour, three years after fishermen first warned that boats were running aground at low tide.",
                     "The \u00a32.3m project, paid for by the Environment Agency and East Sussex County Council, will remove about 60,000 cubic metres of sediment over the winter.",
                     "Skippers say some of the 30 boats that fish out of Rye have been able to leave the harbour only for a few hours either side of high water, cutting their catch by as much as half.",
                     "The silt will be used to rebuild salt marsh at the nature reserve, where rising sea levels have eaten away at habitats for wading birds."]),
         dict(path="/news/crowborough-pub-community-owned", id="6734b1c2e3f4a5b6c7d8e903", cat="Community", tags=["pubs", "Crowborough"],
              title="Crowborough pub reopens as community-owned co-op", when=When("2026-11-20T18:05", LON), authors=["Harriet Cole", "Sam Okoye"], sq="Harriet Cole", byline="By Harriet Cole and Sam Okoye",
              items=["The Blue Anchor in Crowborough has reopened as a community-owned pub, eighteen months after its brewery owner closed it and put it up for sale.",
                     "More than 700 residents bought shares worth between \u00a3100 and \u00a320,000 to raise the \u00a3640,000 asking price, with a further \u00a3150,000 coming from a government fund for community ownership.",
                     "The pub will be run by a manager employed by the co-operative, and shareholders will each have one vote on how it is run, whatever the size of their stake.",
                     "A community shop and a weekly repair caf\u00e9 are planned for the former function room."])]
    C = dict(path="/news/councils-paid-millions-to-failing-care-firms", id="670f9e81a2b3c4d5e6f70004", cat="Investigations", tags=["social care", "Bureau Local"],
             title="Councils paid millions to care firms rated inadequate, investigation finds", when=When("2026-10-16T08:00", LON), sq="Weald Independent", byline=None, orig=inv)
    allp = sorted(A + [C], key=lambda x: x["when"].u)
    AUTH = {"Harriet Cole": ("5f8c2d1e9a7b", "Harriet Cole is the Weald Independent's senior reporter."), "Sam Okoye": ("60a1b2c3d4e5", "Sam Okoye covers the coast and the environment."),
            "Weald Independent": ("5f8c2d1e0000", "")}
    nav = [("/news", "News"), ("/events", "Events"), ("/about", "About"), ("/newsletter", "Newsletter"), ("/support-us", "Support us")]
    sqdate = lambda w: w.l.strftime("%Y-%m-%dT%H:%M:%S%z")

    def shell(title, main, head, body, og="website", desc="Independent, reader-funded news for the High Weald and Rother."):
        return ('<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">\n<head>\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<!-- This is Squarespace. --><!-- weald-independent -->\n'
                '<base href="">\n<meta charset="utf-8" />\n<title>%s</title>\n<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f8c2d1e/favicon.ico"/>\n'
                '<meta property="og:site_name" content="%s"/>\n<meta property="og:title" content="%s"/>\n<meta property="og:type" content="%s"/>\n<meta property="og:description" content="%s"/>\n%s\n'
                '<meta name="description" content="%s" />\n<script type="text/javascript" src="//use.typekit.net/ik/Hs3yA.js"></script>\n'
                '<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":%d,"website":{"id":"5f8c2d1e9a7b000000000000","identifier":"weald-independent","siteTitle":"Weald Independent","timeZone":"Europe/London","language":"en-GB"}};</script>\n'
                '<script type="application/ld+json">{"url":"%s","name":"Weald Independent","@context":"http://schema.org","@type":"WebSite"}</script>\n'
                '<script type="application/ld+json">{"legalName":"Weald Independent CIC","address":"14 High Street\\nWadhurst, TN5 6AA\\nUnited Kingdom","email":"news@wealdindependent.example","telephone":"","sameAs":[],"@context":"http://schema.org","@type":"Organization"}</script>\n'
                '</head>\n<body id="%s" class="%s tweak-blog-item-width-narrow tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title primary-button-style-solid">\n'
                '<div id="siteWrapper" class="clearfix site-wrapper">\n<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">'
                '<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">%s</a></div></div>'
                '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">%s</nav></div></div></div></div></div></header>\n'
                '<main id="page" class="container" role="main">\n%s\n</main>\n'
                '<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
                '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Weald Independent CIC \u00b7 Company no. 12345678 \u00b7 <a href="/contact">Contact</a> \u00b7 <a href="/advertise">Advertise</a></p></div></div></div>'
                '</div></div></div></div></div></section></footer>\n</div>\n<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>\n</body>\n</html>') % (
            E(title), SN, E(title), og, E(desc), head, E(desc), 50 if og == "article" else 2, s.url("/"), body.split(" ")[0], body, SN,
            "".join('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-element">%s</a></div>' % (p, t) for p, t in nav), main)

    def html_block(inner):
        return ('<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1761049212345"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
                '<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-sqsp-block="text"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>%s</div></div></div></div></div></div>') % inner

    def sqp(t):
        return '<p class="" style="white-space:pre-wrap;">%s</p>' % E(t)

    def listitem(a):
        return ('<article class="blog-basic-grid--container entry blog-item is-loaded"><div class="blog-basic-grid--text"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list"><a href="/news/category/%s" class="blog-categories">%s</a></span></span>'
                '<span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">%s</time></span></div><h1 class="blog-title"><a href="%s" data-no-animation>%s</a></h1>'
                '<div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p class="" style="white-space:pre-wrap;">%s</p></div></div><a class="blog-more-link" href="%s" data-animation-role="content">Read More</a></div></article>') % (
            a["cat"], a["cat"], "%d/%d/%d" % (a["when"].l.day, a["when"].l.month, a["when"].l.year), a["path"], E(a["title"]), E((a.get("items") or a["orig"]["items"])[0][:200].rsplit(" ", 1)[0] + "\u2026"), a["path"])

    def post(a, inner, desc):
        i = allp.index(a)
        prev, nxt = (allp[i - 1] if i > 0 else None), (allp[i + 1] if i + 1 < len(allp) else None)
        pag = '<section class="item-pagination item-pagination--prev-next" data-item-pagination>%s%s</section>' % (
            ('<a href="%s" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">%s</h2></a>' % (prev["path"], E(prev["title"]))) if prev else "",
            ('<a href="%s" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">%s</h2></a>' % (nxt["path"], E(nxt["title"]))) if nxt else "")
        aid, bio = AUTH[a["sq"]]
        prof = ('<div class="blog-item-author-profile-wrapper"><a href="/news?author=%s" class="author-avatar"><div class="author-avatar-image"><img src="https://images.squarespace-cdn.com/content/v1/avatar/%s.jpg" alt=""></div></a>'
                '<div class="author-info"><a href="/news?author=%s" class="author-name">%s</a><div class="author-bio"><p>%s</p></div></div></div>') % (aid, aid, aid, E(a["sq"]), E(bio)) if bio else ""
        main = ('<article class="sections" id="sections" data-page-sections="67000a1b2c3d"><section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">'
                '<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">'
                '<article class="entry h-entry hentry author-%s post-type-text article-index-%d %s category-%s" data-item-id="%s">'
                '<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="%s" pubdate>%s</time></div>'
                '<div class="blog-meta-item blog-meta-item--author"><a href="/news?author=%s" class="blog-author">%s</a></div><div class="blog-meta-item blog-meta-item--categories"><a href="/news/category/%s" class="blog-categories">%s</a></div></div>'
                '<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">%s</h1></div></div>'
                '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">%s</div></div>'
                '<div class="blog-item-comment-wrapper"></div>%s</article>%s</div></div></div></section></article>') % (
            a["sq"].lower().replace(" ", "-"), i + 1, " ".join("tag-" + t.lower().replace(" ", "-") for t in a["tags"]), a["cat"].lower(), a["id"],
            a["when"].l.date().isoformat(), uk_date(a["when"]), aid, E(a["sq"]), a["cat"], a["cat"], E(a["title"]), html_block(inner), prof, pag)
        ld = {"url": s.url(a["path"]), "name": a["title"], "datePublished": sqdate(a["when"]), "dateModified": sqdate(a["when"]), "headline": a["title"], "author": a["sq"],
              "publisher": {"name": SN, "logo": {"@type": "ImageObject", "url": "https://images.squarespace-cdn.com/content/v1/5f8c2d1e/logo.png?format=1500w"}, "@context": "http://schema.org", "@type": "Organization"},
              "image": "http://static1.squarespace.com/static/5f8c2d1e/t/%s/cover.jpg?format=1500w" % a["id"], "@context": "http://schema.org", "@type": "Article"}
        head = ('<link rel="canonical" href="%s"/>\n<meta property="og:url" content="%s"/>\n<meta itemprop="name" content="%s \u2014 %s"/>\n<meta itemprop="url" content="%s"/>\n<meta itemprop="author" content="%s"/>\n'
                '<meta itemprop="datePublished" content="%s"/>\n<meta itemprop="headline" content="%s"/>\n<meta name="twitter:title" content="%s \u2014 %s"/>\n<meta name="twitter:card" content="summary"/>\n'
                '<script type="application/ld+json">%s</script>') % (
            s.url(a["path"]), s.url(a["path"]), E(a["title"]), SN, s.url(a["path"]), E(a["sq"]), sqdate(a["when"]), E(a["title"]), E(a["title"]), SN, json.dumps(ld, ensure_ascii=False))
        return shell("%s \u2014 %s" % (a["title"], SN), main, head, "item-%s view-item collection-type-blog collection-layout-default" % a["id"], "article", desc)

    for a in A:
        inner = (sqp(a["byline"]).replace('">', '"><strong>', 1).replace("</p>", "</strong></p>") if a["byline"] else "") + "".join(sqp(t) for t in a["items"])
        s.story(a["path"], post(a, inner, a["items"][0][:150]), a, [AUTH[a["sq"]][1]] + [x["title"] for x in allp if x is not a])
    o = C["orig"]
    inner = sqp("By %s, The Ledger Bureau" % join_names(o["authors"], " and ")) + "".join(
        sqp(x) if isinstance(x, str) else ('<h3 style="white-space:pre-wrap;">%s</h3>' % E(x[1]) if x[0] == "h2" else "") for x in o["items"]) + \
        '<p class="" style="white-space:pre-wrap;"><em>This article was originally published by </em><a href="%s"><em>The Ledger Bureau</em></a><em> and is republished here under a Creative Commons licence.</em></p>' % o["url"]
    s.copy(C["path"], post(C, inner, texts(o["items"])[0][:150]), o)

    def page(path, title, inner, body="collection-type-page"):
        main = ('<article class="sections" id="sections"><section data-test="page-section" class="page-section"><div class="content-wrapper"><div class="content">%s</div></div></section></article>') % html_block(
            '<h1 style="white-space:pre-wrap;">%s</h1>%s' % (E(title), inner))
        s.non(path, shell("%s \u2014 %s" % (title, SN), main, '<link rel="canonical" href="%s"/>' % s.url(path), "collection-%s %s" % (path.strip("/").replace("/", "-") or "home", body)))

    def bloglist(path, title, items):
        main = ('<article class="sections" id="sections"><section data-test="page-section" class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">'
                '<h1 class="blog-list-title">%s</h1>%s</div><nav class="blog-list-pagination"><div class="newer"></div><div class="older"><a href="%s?offset=1761049212345" rel="next">Older Posts</a></div></nav></div></div></section></article>') % (
            E(title), "".join(listitem(a) for a in items), path)
        s.non(path, shell("%s \u2014 %s" % (title, SN), main, '<link rel="canonical" href="%s"/>\n<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="%s" />' % (s.url(path), s.url("/news?format=rss")),
                          "collection-news view-list collection-type-blog collection-layout-default"))
        truth["nonarticles"].append(s.url(path + "?offset=1761049212345"))

    newest = allp[::-1]
    page("/", "Weald Independent", '<p class="" style="white-space:pre-wrap;">Independent, reader-funded news for the High Weald and Rother.</p>'
         '<div class="summary-block-wrapper summary-block-collection-type-blog"><div class="summary-item-list">%s</div></div>' % "".join(
             '<div class="summary-item summary-item-record-type-text"><div class="summary-content"><div class="summary-title"><a href="%s" class="summary-title-link">%s</a></div>'
             '<div class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">%s</time></div></div></div>' % (a["path"], E(a["title"]), uk_date(a["when"])) for a in newest),
         "homepage collection-type-page")
    bloglist("/news", "News", newest)
    for cat in ("Community", "Environment", "Investigations"):
        bloglist("/news/category/" + cat, cat, [a for a in newest if a["cat"] == cat])
    page("/about", "About us", "".join(sqp(t) for t in ["The Weald Independent is a community interest company set up in 2022 after the Kent and Sussex Courier cut its local coverage.",
                                                        "We are paid for by 1,100 members. We also republish investigations from The Ledger Bureau and other not-for-profit newsrooms under Creative Commons licences.",
                                                        "Editor: Harriet Cole. Reporter: Sam Okoye."]))
    page("/support-us", "Support us", sqp("Become a member from \u00a34 a month. Members get our Friday newsletter and an invitation to our annual meeting.") +
         '<div class="sqs-block button-block"><a href="https://wealdindependent.memberful.example/join" class="sqs-block-button-element--medium sqs-button-element--primary">Join now</a></div>')
    page("/newsletter", "Newsletter", sqp("Every Friday: the week's news from the Weald, free.") + '<div class="sqs-block newsletter-block"><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form></div>')
    page("/events", "Events", '<div class="eventlist eventlist--upcoming"><article class="eventlist-event eventlist-event--upcoming"><div class="eventlist-column-date"><div class="eventlist-datetag"><div class="eventlist-datetag-startdate eventlist-datetag-startdate--month">Dec</div><div class="eventlist-datetag-startdate eventlist-datetag-startdate--day">9</div></div></div>'
         '<div class="eventlist-column-info"><h1 class="eventlist-title"><a href="/events" class="eventlist-title-link">Members\' meeting and Christmas social</a></h1><ul class="eventlist-meta event-meta"><li class="eventlist-meta-item eventlist-meta-date event-meta-item"><time class="event-date" datetime="2026-12-09">Wednesday, 9 December 2026</time></li>'
         '<li class="eventlist-meta-item eventlist-meta-address event-meta-item">The Blue Anchor, Crowborough</li></ul><div class="eventlist-excerpt"><p>Meet the team, hear our plans for 2027 and have a drink in Crowborough\'s newest community pub.</p></div></div></article></div>')
    page("/contact", "Contact", sqp("News tips: news@wealdindependent.example. Post: 14 High Street, Wadhurst TN5 6AA."))
    page("/advertise", "Advertise", sqp("We carry a small number of adverts from local businesses in our newsletter. Rates from \u00a340 a week. Email ads@wealdindependent.example."))
    s.urlset("/sitemap.xml", ["/", "/news", "/about", "/support-us", "/newsletter", "/events", "/contact", "/advertise"] + [a["path"] for a in allp])
    s.put("/robots.txt", "# Squarespace Robots Txt\n\nUser-agent: *\nDisallow: /config\nDisallow: /search\nDisallow: /account$\nDisallow: /api/\nDisallow: /static/\nDisallow: /*?author=*\nDisallow: /*&author=*\nDisallow: /*?tag=*\nDisallow: /*?month=*\nDisallow: /*?view=*\nDisallow: /*?format=*\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 10 Weserland-Kurier (German regional CMS, de)
def weser():
    s = Site(10)
    SN = "Weserland-Kurier"
    BER = "Europe/Berlin"
    kinv, kexp = ORIG["kompass-inv"], ORIG["kompass-expl"]
    A = [dict(path="/lokales/landkreis-diepholz/kreistag-beschliesst-radweg-zwischen-diepholz-und-barnstorf-93412876.html", id=93412876, sec=("lokales/landkreis-diepholz", "Landkreis Diepholz"), kicker="Bundesstraße 51",
              title="Kreistag beschließt Radweg zwischen Diepholz und Barnstorf", when=When("2026-11-12T18:45", BER), authors=["Hendrik Ostermann"], by="Von Hendrik Ostermann", place="Diepholz",
              items=["Nach mehr als zehn Jahren Diskussion bekommt die Bundesstraße 51 zwischen Diepholz und Barnstorf einen durchgehenden Radweg.",
                     "Der Kreistag stimmte am Donnerstag mit großer Mehrheit für die Planung des rund elf Kilometer langen Abschnitts. Die Kosten von etwa 6,8 Millionen Euro teilen sich Bund, Land und Landkreis.",
                     ("also", ""),
                     "Bislang müssen Radfahrer zwischen den beiden Orten entweder auf der viel befahrenen Bundesstraße fahren oder einen Umweg über Feldwege in Kauf nehmen. 2024 kam dort ein 17-Jähriger bei einem Unfall ums Leben.",
                     "Baubeginn soll frühestens 2028 sein, weil zuvor noch Flächen von mehreren Landwirten erworben werden müssen."]),
         dict(path="/lokales/sulingen/sturmtief-ilka-feuerwehren-im-dauereinsatz-93420114.html", id=93420114, sec=("lokales/sulingen", "Sulingen"), kicker="Unwetter",
              title="Sturmtief \u201eIlka\u201c: Feuerwehren im Dauereinsatz", when=When("2026-11-14T09:20", BER), authors=[], by="Von unserer Redaktion", place="Sulingen",
              items=["Umgestürzte Bäume, abgedeckte Dächer und gesperrte Straßen: Das Sturmtief \u201eIlka\u201c hat in der Nacht zum Samstag im Raum Sulingen für mehr als 80 Feuerwehreinsätze gesorgt.",
                     "Verletzt wurde nach Angaben der Kreisfeuerwehr niemand. In Schwaförden stürzte eine Eiche auf ein geparktes Auto, in Sulingen wurde das Dach einer Lagerhalle teilweise abgedeckt.",
                     "Die Landesstraße 344 zwischen Sulingen und Bassum war bis zum Morgen gesperrt. Auch der Zugverkehr zwischen Bremen und Osnabrück war zeitweise unterbrochen.",
                     "Der Deutsche Wetterdienst rechnet für Sonntag mit einer Beruhigung der Wetterlage."]),
         dict(path="/lokales/sulingen/125-jahre-schuetzenverein-sulinger-feiern-mit-festumzug-93425530.html", id=93425530, sec=("lokales/sulingen", "Sulingen"), kicker="Jubiläum",
              title="125 Jahre Schützenverein: Sulinger feiern mit Festumzug", when=When("2026-11-16T16:00", BER), authors=["Birte Schlüter"], by="Von Birte Schlüter", place="Sulingen",
              items=["Mit einem Festumzug durch die Innenstadt und einem Kommersabend hat der Schützenverein Sulingen am Wochenende sein 125-jähriges Bestehen gefeiert.",
                     "Rund 600 Schützinnen und Schützen aus 24 Vereinen der Region zogen am Sonntag mit fünf Spielmannszügen vom Rathaus zum Schützenplatz an der Nienburger Straße.",
                     "Der Verein wurde 1901 von 43 Sulinger Bürgern gegründet und hat heute 410 Mitglieder, darunter eine Jugendabteilung mit 70 Kindern und Jugendlichen.",
                     "Vorsitzender Gerd Meyerholz erinnerte daran, dass der Verein nach dem Krieg zunächst verboten war und erst 1951 neu gegründet werden durfte."])]
    C = [dict(path="/region/niedersachsen/wie-nitrat-aus-den-niederlanden-ins-grundwasser-gelangt-93398765.html", id=93398765, sec=("region/niedersachsen", "Niedersachsen"), kicker=kinv["kicker"],
              title=kinv["title"], when=When("2026-10-23T06:00", BER), orig=kinv, canonical=True, place=None),
         dict(path="/region/niedersachsen/was-sie-ueber-nitrat-im-trinkwasser-wissen-muessen-93401122.html", id=93401122, sec=("region/niedersachsen", "Niedersachsen"), kicker="Trinkwasser",
              title="Was Sie über Nitrat im Trinkwasser wissen müssen", when=When("2026-10-27T14:00", BER), orig=kexp, canonical=False, place=None)]
    ALSO = "Lesen Sie auch: Neue Ampel an der Lange Straße soll Schulweg sicherer machen"
    slug = lambda n: n.lower().replace(" ", "-").replace("ü", "ue")
    nav = [("/lokales/landkreis-diepholz/", "Landkreis Diepholz"), ("/lokales/sulingen/", "Sulingen"), ("/region/niedersachsen/", "Niedersachsen"), ("/sport/", "Sport"), ("/service/wetter/", "Wetter"), ("/veranstaltungen/", "Veranstaltungen")]
    dt = lambda w: w.l.strftime("%d.%m.%Y, %H:%M Uhr")

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n'
                '<link rel="stylesheet" href="/static/wk/css/main.b7e2.css">\n<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"%s","paywall":"free"});</script>\n</head>\n'
                '<body class="wk wk--%s">\n<div id="sp_message_container_1123" class="sp-consent"></div>\n<div class="ad ad--superbanner" id="ad-superbanner" data-ad-slot="/2311/wk/superbanner"></div>\n'
                '<header class="masthead"><div class="masthead__top"><a class="masthead__logo" href="/"><img src="/static/wk/img/weserland-kurier.svg" alt="%s"></a>'
                '<a class="masthead__abo" href="/abo/">Abo</a><a class="masthead__login" href="/abo/">Anmelden</a></div><nav class="mainnav"><ul class="mainnav__list">%s</ul></nav></header>\n'
                '<div class="page-wrap">\n%s\n</div>\n<footer class="footer"><ul class="footer__links">%s</ul><p class="footer__copy">&copy; 2026 Weserland-Kurier GmbH &amp; Co. KG, Sulingen</p></footer>\n</body>\n</html>') % (
            E(title), head, cls, cls, SN, "".join('<li class="mainnav__item"><a href="%s">%s</a></li>' % (p, t) for p, t in nav), main,
            links([("/impressum/", "Impressum"), ("/abo/", "Abo & Service"), ("/autoren/hendrik-ostermann/", "Redaktion")]))

    def teaser(a):
        return ('<article class="teaser"><a class="teaser__link" href="%s"><span class="teaser__kicker">%s</span><h3 class="teaser__headline">%s</h3></a><time class="teaser__date" datetime="%s">%s</time></article>') % (
            a["path"], E(a["kicker"]), E(a["title"]), a["when"].iso(), dt(a["when"]))

    def one(x, first_place=None):
        if isinstance(x, str):
            if first_place:
                return '<p class="article__text"><strong class="article__dateline">%s.</strong> %s</p>' % (first_place, E(x))
            return '<p class="article__text">%s</p>' % E(x)
        if x[0] == "also":
            return '<aside class="article__also"><a href="/lokales/landkreis-diepholz/">%s</a></aside>' % E(ALSO)
        return '<h2 class="article__subhead">%s</h2>' % E(x[1])

    def article(a, by, body, canonical, ld_authors, credit_top="", credit_end=""):
        main = ('<main class="main"><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/%s/">%s</a></nav>'
                '<article class="article" data-article-id="%d">\n<header class="article__header"><span class="article__kicker">%s</span><h1 class="article__headline">%s</h1>'
                '<div class="article__meta"><span class="article__author">%s</span> <time class="article__date" datetime="%s">%s</time></div></header>\n'
                '<div class="article__body">%s\n%s\n%s</div>\n<div class="article__share"><a href="https://wa.me/?text=%s">WhatsApp</a></div>\n</article>'
                '<section class="related"><h2>Mehr aus der Region</h2>%s</section></main><aside class="sidebar"><div class="ad ad--mrec" data-ad-slot="/2311/wk/mrec"></div>'
                '<div class="box box--abo"><p>Alle Artikel aus Ihrer Region: Jetzt 4 Wochen für 0,99 € testen.</p><a href="/abo/">Zum Angebot</a></div></aside>') % (
            a["sec"][0], a["sec"][1], a["id"], E(a["kicker"]), E(a["title"]), by, a["when"].iso(), dt(a["when"]), credit_top, body, credit_end, s.url(a["path"]),
            "".join(teaser(x) for x in A if x is not a)[:4000])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["when"].iso(), "dateModified": a["when"].iso(),
              "author": ld_authors, "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/static/wk/img/logo-600x60.png")}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(a["path"])}, "isAccessibleForFree": True, "articleSection": a["sec"][1]}
        head = ('<link rel="canonical" href="%s">\n<meta name="description" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="article:published_time" content="%s">\n<meta name="robots" content="index, follow, max-image-preview:large">\n%s') % (
            canonical, E(texts(a.get("items") or a["orig"]["items"])[0][:160]), E(a["title"]), s.url(a["path"]), a["when"].iso(), jl(ld))
        return shell("%s | %s" % (a["title"], SN), main, head, "article")

    for a in A:
        body = "\n".join(one(x, a["place"] if n == 0 else None) for n, x in enumerate(a["items"]))
        by = a["by"] if not a["authors"] else "Von " + join_names(['<a href="/autoren/%s/">%s</a>' % (slug(n), E(n)) for n in a["authors"]], " und ")
        lda = [{"@type": "Person", "name": n, "url": s.url("/autoren/%s/" % slug(n))} for n in a["authors"]] or [{"@type": "Organization", "name": "Redaktion Weserland-Kurier"}]
        s.story(a["path"], article(a, by, body, s.url(a["path"]), lda), a, [ALSO, "Jetzt 4 Wochen für 0,99"])
    for c in C:
        o = c["orig"]
        body = "\n".join(one(x) for x in o["items"] if isinstance(x, str) or x[0] in ("h2", "h3"))
        by = "Von %s, Kompass Recherche" % E(join_names(o["authors"], " und "))
        lda = [{"@type": "Person", "name": n} for n in o["authors"]]
        if c["canonical"]:
            top = '<p class="article__source"><em>Dieser Text erschien zuerst bei <a href="%s">Kompass Recherche</a>. Wir veröffentlichen ihn im Rahmen einer Kooperation.</em></p>' % o["url"]
            s.copy(c["path"], article(c, by, body, o["url"], lda, top), o)
        else:
            end = '<p class="article__source"><em>Dieser Text erschien zuerst bei <a href="%s">Kompass Recherche</a> und steht unter der Lizenz CC BY-NC-ND 4.0.</em></p>' % o["url"]
            s.copy(c["path"], article(c, by, body, s.url(c["path"]), lda, "", end), o)

    def page(path, title, inner, cls="page"):
        s.non(path, shell("%s | %s" % (title, SN), '<main class="main"><h1 class="page__title">%s</h1>%s</main>' % (E(title), inner), '<link rel="canonical" href="%s">\n<meta property="og:type" content="website">' % s.url(path), cls))

    allp = sorted(A + C, key=lambda x: x["when"].u, reverse=True)
    page("/", "Nachrichten aus dem Landkreis Diepholz", '<section class="stage">%s</section><section class="ressort"><h2>Lokales</h2>%s</section><section class="ressort"><h2>Niedersachsen</h2>%s</section>' % (
        teaser(allp[0]), "".join(teaser(a) for a in A[::-1]), "".join(teaser(c) for c in C)), "home")
    page("/lokales/landkreis-diepholz/", "Landkreis Diepholz", "".join(teaser(a) for a in A if a["sec"][0] == "lokales/landkreis-diepholz"), "ressort")
    page("/lokales/sulingen/", "Sulingen", "".join(teaser(a) for a in A if a["sec"][0] == "lokales/sulingen"), "ressort")
    page("/region/niedersachsen/", "Niedersachsen", "<p class=\"ressort__intro\">Nachrichten aus Niedersachsen, auch von unseren Partnern wie Kompass Recherche.</p>" + "".join(teaser(c) for c in C), "ressort")
    page("/sport/", "Sport", '<p>TuS Sulingen \u2013 SV Brake 2:1 (1:0), TSV Barnstorf \u2013 Rot-Weiß Damme 0:0</p><table class="table"><tr><th>Platz</th><th>Verein</th><th>Punkte</th></tr><tr><td>1</td><td>TuS Sulingen</td><td>31</td></tr><tr><td>2</td><td>SV Brake</td><td>28</td></tr></table>', "ressort")
    for n, bio in (("Hendrik Ostermann", "Redakteur in der Lokalredaktion Diepholz, schreibt über Kreispolitik und Verkehr."), ("Birte Schlüter", "Redakteurin in Sulingen, zuständig für Vereine und Kultur.")):
        page("/autoren/%s/" % slug(n), n, '<div class="author"><img src="/static/wk/authors/%s.jpg" alt=""><p>%s</p><p>E-Mail: %s@weserland-kurier.example</p></div><h2>Artikel von %s</h2>%s' % (
            slug(n), E(bio), slug(n).replace("-", "."), E(n), "".join(teaser(a) for a in A if n in a["authors"])), "author")
    page("/service/wetter/", "Wetter in Sulingen", '<table class="weather"><tr><th>Heute</th><td>6 °C, Regenschauer, Wind aus West 35 km/h</td></tr><tr><th>Morgen</th><td>4 °C, bewölkt</td></tr><tr><th>Übermorgen</th><td>5 °C, heiter</td></tr></table><p>Daten: Deutscher Wetterdienst, aktualisiert um 06:00 Uhr.</p>', "service")
    page("/abo/", "Abo & Service", '<p>Digital-Abo: 9,90 € im Monat. Zeitung + Digital: 44,90 € im Monat. Jetzt 4 Wochen für 0,99 € testen.</p><p>Leserservice: 04271 555-0</p>', "service")
    page("/impressum/", "Impressum", '<p>Weserland-Kurier GmbH &amp; Co. KG, Lange Straße 40, 27232 Sulingen</p><p>Chefredakteur: Jörg Wiebking (V.i.S.d.P.)</p><p>Registergericht Walsrode HRA 201234</p>', "service")
    page("/veranstaltungen/", "Veranstaltungen", '<ul class="events"><li><time datetime="2026-12-05">Sa., 05.12.2026</time> Weihnachtsmarkt Sulingen, Marktplatz, 11\u201320 Uhr</li><li><time datetime="2026-12-06">So., 06.12.2026</time> Nikolauslauf Diepholz, Start 10 Uhr am Rathaus</li></ul>', "service")
    s.urlset("/sitemap-news.xml", [a["path"] for a in allp])
    s.put("/robots.txt", "User-agent: *\nDisallow: /suche/\n\nSitemap: %s\n" % s.url("/sitemap-news.xml"))


# ------------------------------------------------------------ 11 Diario El Altiplano (WordPress + JNews, es-GT)
def altiplano():
    s = Site(11)
    SN = "Diario El Altiplano"
    GT = "America/Guatemala"
    rinv = ORIG["ruta-inv"]
    A = [dict(path="/2026/11/12/xela-inaugura-el-renovado-mercado-la-democracia/", id=40211, cat=("quetzaltenango", "Quetzaltenango"), tags=["Mercados", "Municipalidad"],
              title="Xela inaugura el renovado mercado La Democracia tras dos años de obras", sub="El edificio tiene 640 locales y un sistema contra incendios.",
              when=When("2026-11-12T10:30", GT), authors=["Mynor Cifuentes"], wp="Mynor Cifuentes",
              items=["La Municipalidad de Quetzaltenango inauguró este jueves el renovado mercado La Democracia, que estuvo cerrado casi dos años por trabajos de remodelación tras el incendio de 2024.",
                     "El edificio cuenta ahora con 640 locales, un sistema contra incendios, baños nuevos y un área de carga y descarga que busca descongestionar las calles de la zona 3.",
                     "Las vendedoras que durante las obras trabajaron en la calle Rodolfo Robles volverán a sus puestos de forma escalonada a partir del lunes, según el acuerdo firmado con la comuna.",
                     "La obra costó 38 millones de quetzales, financiados con un préstamo del Instituto de Fomento Municipal."]),
         dict(path="/2026/11/17/lluvias-dejan-40-familias-damnificadas-en-cantel/", id=40260, cat=("quetzaltenango", "Quetzaltenango"), tags=["Lluvias", "Cantel"],
              title="Lluvias dejan 40 familias damnificadas en Cantel", sub="",
              when=When("2026-11-17T07:45", GT), authors=[], wp="Redacción",
              items=["Cuarenta familias de la aldea Pasac, en Cantel, pasaron la noche en la escuela oficial después de que el desbordamiento del río Samalá inundara sus viviendas.",
                     "La Coordinadora Municipal para la Reducción de Desastres informó que no hubo personas heridas, pero que al menos doce casas de adobe sufrieron daños estructurales.",
                     "Bomberos Voluntarios y miembros del Ejército ayudaron a trasladar a las familias y sus pertenencias. La municipalidad habilitó un centro de acopio en el salón comunal.",
                     "El Insivumeh pronosticó más lluvias para los próximos dos días en el altiplano occidental."]),
         dict(path="/2026/11/21/festival-de-marimba-reune-a-30-grupos-en-el-parque-centroamerica/", id=40302, cat=("cultura", "Cultura"), tags=["Marimba"],
              title="Festival de marimba reúne a 30 grupos en el parque Centroamérica", sub="La décima edición del Festival de la Marimba Altense se extendió hasta la noche.",
              when=When("2026-11-21T20:30", GT), authors=["Lucía Batz"], wp="Lucía Batz",
              items=["Treinta grupos de marimba de Quetzaltenango, Totonicapán y San Marcos se presentaron este sábado en el parque Centroamérica durante la décima edición del Festival de la Marimba Altense.",
                     "El festival comenzó al mediodía y se extendió hasta entrada la noche, con la participación de conjuntos infantiles y de marimbistas con más de cincuenta años de trayectoria.",
                     "La marimba fue declarada instrumento nacional de Guatemala en 1999 y patrimonio cultural de la nación en 2015.",
                     "Los organizadores anunciaron que el próximo año el festival incluirá talleres gratuitos de fabricación de marimbas."])]
    C = dict(path="/2026/10/11/mina-en-san-marcos-consume-el-agua-de-14-comunidades-revela-investigacion/", id=39870, cat=("nacionales", "Nacionales"), tags=["Minería", "Agua", "Ruta Crítica"],
             title="Mina en San Marcos consume el agua de 14 comunidades, revela investigación", sub="", when=When("2026-10-11T09:00", GT), wp="Redacción", orig=rinv)
    allp = sorted(A + [C], key=lambda x: x["when"].u)
    slug = lambda n: n.lower().replace(" ", "-").replace("ó", "o").replace("í", "i")
    BIO = {"Mynor Cifuentes": "Periodista de Diario El Altiplano. Cubre la Municipalidad y los mercados de Xela.", "Lucía Batz": "Reportera de cultura y comunidades.", "Redacción": ""}
    jdate = lambda w: "%d %s, %d" % (w.l.day, MON_ES[w.l.month - 1], w.l.year)
    nav = [("/", "Inicio"), ("/category/quetzaltenango/", "Quetzaltenango"), ("/category/nacionales/", "Nacionales"), ("/category/cultura/", "Cultura"), ("/category/deportes/", "Deportes"), ("/clasificados/", "Clasificados")]

    def shell(title, main, head, body, og="website"):
        return ('<!doctype html>\n<!--[if lt IE 7]><html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="es"><![endif]-->\n<html lang="es" class="no-js">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n<meta name="robots" content="index, follow">\n<meta property="og:locale" content="es_ES" />\n<meta property="og:type" content="%s" />\n'
                '<meta property="og:site_name" content="%s" />\n%s\n<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2" type="text/css" media="all" />\n</head>\n'
                '<body class="%s jeg_toggle_light jnews jsc_normal wpb-js-composer">\n<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div>\n'
                '<div class="jeg_viewport">\n<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left">'
                '<div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">domingo, diciembre 6, 2026</div></div></div></div></div></div>'
                '<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo">'
                '<h1 class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="/wp-content/uploads/2022/01/el-altiplano-logo.png" alt="%s"></a></h1></div></div></div></div></div></div>'
                '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">'
                '<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">%s</ul></div></div></div></div></div></div></div></div></div>\n'
                '<div class="jeg_main ">\n%s\n</div>\n'
                '<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix">'
                '<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about"><p>Diario El Altiplano, noticias de Quetzaltenango y el occidente de Guatemala desde 1998.</p></div></div></div>'
                '<div class="col-md-4 footer_column"><ul class="menu">%s</ul></div></div></div></div></div></div>'
                '<div class="jeg_footer_bottom"><div class="container"><p class="copyright">&copy; 2026 Diario El Altiplano. Todos los derechos reservados.</p></div></div></div></div>\n</div>\n</body>\n</html>') % (
            E(title), og, SN, head, body, SN, links(nav, "menu-item"), main, links([("/quienes-somos/", "Quiénes somos"), ("/contacto/", "Contacto"), ("/publicidad/", "Publicidad")]))

    def block(a):
        return ('<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="%s"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="/wp-content/uploads/2026/11/%d-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt=""></div></a>'
                '<div class="jeg_post_category"><span><a href="/category/%s/" class="category-%s">%s</a></span></div></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="%s">%s</a></h3>'
                '<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">por</span> <a href="/author/%s/">%s</a></div><div class="jeg_meta_date"><a href="%s"><i class="fa fa-clock-o"></i> %s</a></div></div></div></article>') % (
            a["path"], a["id"], a["cat"][0], a["cat"][0], a["cat"][1], a["path"], E(a["title"]), slug(a["wp"]), E(a["wp"]), a["path"], jdate(a["when"]))

    def post(a, content, must_not=()):
        i = allp.index(a)
        prev, nxt = (allp[i - 1] if i > 0 else None), (allp[i + 1] if i + 1 < len(allp) else None)
        au = a["wp"]
        rel = "".join(block(x) for x in allp if x is not a and x["cat"] == a["cat"])
        main = ('<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper"></div></div>'
                '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">'
                '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="/">Inicio</a></span><i class="fa fa-angle-right"></i><span class=""><a href="/category/%s/">%s</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="%s">%s</a></span></div></div>'
                '<div class="entry-header"><h1 class="jeg_post_title">%s</h1>%s<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">'
                '<div class="jeg_meta_author"><img alt="%s" src="/wp-content/uploads/2022/02/%s-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">por</span> <a href="/author/%s/">%s</a></div>'
                '<div class="jeg_meta_date"><a href="%s">%s</a></div><div class="jeg_meta_category"><span><span class="meta_text">en</span> <a href="/category/%s/" rel="category tag">%s</a></span></div></div>'
                '<div class="meta_right"><div class="jeg_meta_comment"><a href="%s#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>'
                '<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2026/11/%d.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%%"><img width="750" height="375" src="/wp-content/uploads/2026/11/%d-750x375.jpg" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt=""></div></a></div>'
                '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u=%s" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Compartir</span></a>'
                '<a href="whatsapp://send?text=%s" class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a></div></div></div>'
                '<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"></div></div>'
                '<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div><div class="content-inner ">\n%s\n</div></div>'
                '<div class="jeg_share_bottom_container"></div><div class="jeg_ad jeg_article jnews_content_bottom_ads"><div class="ads-wrapper"><a href="/publicidad/"><img src="/wp-content/uploads/2026/06/banco-anuncio-728x90.jpg" alt="Anuncio"></a></div></div>'
                '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">%s%s</div></div>'
                '<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="%s" src="/wp-content/uploads/2022/02/%s-80x80.jpg" class="avatar avatar-80 photo"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/%s/">%s</a></h3><p class="jeg_author_desc">%s</p></div></div></div>'
                '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Noticias relacionadas</span></h3></div><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">%s</div></div></div></div>'
                '<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h3 class="comments-title">Deja un comentario</h3></div></div></div></div>'
                '<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Lo más leído</span></h3></div>%s</div></div></div></div></div></div>') % (
            a["cat"][0], a["cat"][1], a["path"], E(a["title"]), E(a["title"]), '<h2 class="jeg_post_subtitle">%s</h2>' % E(a["sub"]) if a["sub"] else "", E(au), slug(au), slug(au), E(au),
            a["path"], jdate(a["when"]), a["cat"][0], a["cat"][1], a["path"], a["id"], a["id"], s.url(a["path"]), s.url(a["path"]), content,
            ('<a href="%s" class="post prev-post"><span class="caption">Artículo anterior</span><h3 class="post-title">%s</h3></a>' % (prev["path"], E(prev["title"]))) if prev else "",
            ('<a href="%s" class="post next-post"><span class="caption">Artículo siguiente</span><h3 class="post-title">%s</h3></a>' % (nxt["path"], E(nxt["title"]))) if nxt else "",
            E(au), slug(au), slug(au), E(au), E(BIO[au]), rel, "".join(block(x) for x in A[:2]))
        graph = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["when"].iso(), "dateModified": a["when"].iso(),
                                                               "author": {"@type": "Person", "name": au}, "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": {"@id": s.url(a["path"])}, "inLanguage": "es"}]}
        head = ('<link rel="canonical" href="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n<meta property="article:published_time" content="%s" />\n'
                '<meta property="article:section" content="%s" />\n<meta name="author" content="%s" />\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            s.url(a["path"]), E(a["title"]), s.url(a["path"]), a["when"].iso(), a["cat"][1], E(au), json.dumps(graph, ensure_ascii=False))
        return shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % a["id"], "article")

    for a in A:
        s.story(a["path"], post(a, ps(a["items"])), a, ["Noticias relacionadas", BIO["Mynor Cifuentes"] if a["wp"] != "Mynor Cifuentes" else BIO["Lucía Batz"]])
    o = C["orig"]
    content = ('<p><em>Publicado originalmente por <a href="%s" target="_blank" rel="noopener">Ruta Crítica</a>. Reproducido bajo licencia Creative Commons.</em></p>\n<p><strong>Por %s / Ruta Crítica</strong></p>\n' % (
        o["url"], E(join_names(o["authors"], " y "))) + "\n".join("<p>%s</p>" % E(x) if isinstance(x, str) else ("<h2>%s</h2>" % E(x[1]) if x[0] == "h2" else "") for x in o["items"]))
    s.copy(C["path"], post(C, content), o)

    def archive(path, title, items, body, desc=""):
        main = ('<div class="jeg_container"><div class="jeg_content"><div class="jeg_section"><div class="container"><div class="jeg_cat_header jeg_cat_header_1"><div class="jeg_breadcrumbs jeg_breadcrumb_category"><div id="breadcrumbs"><span><a href="/">Inicio</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">%s</span></div></div>'
                '<h1 class="jeg_cat_title">%s</h1>%s</div><div class="jeg_main_content col-md-8"><div class="jnews_category_content_wrapper"><div class="jeg_postblock_4 jeg_postblock"><div class="jeg_posts">%s</div></div>'
                '<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter"><div class="navigation"><span class="page_info">Página 1 de 4</span><span class="page_number active">1</span><a class="page_number" href="%s">2</a></div></div></div></div></div></div></div></div>') % (
            E(title), E(title), '<h2 class="jeg_cat_subtitle">%s</h2>' % E(desc) if desc else "", "".join(block(a) for a in items), path)
        s.non(path, shell("%s archivos - %s" % (title, SN), main, '<link rel="canonical" href="%s" />' % s.url(path), body))

    def page(path, title, inner):
        main = '<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_main_content col-md-8"><h1 class="jeg_post_title">%s</h1><div class="entry-content"><div class="content-inner">%s</div></div></div></div></div></div>' % (E(title), inner)
        s.non(path, shell("%s - %s" % (title, SN), main, '<link rel="canonical" href="%s" />\n<meta property="article:modified_time" content="2024-02-11T17:20:00+00:00" />' % s.url(path), "page-template-default page", "article"))

    newest = allp[::-1]
    s.non("/", shell("%s - Noticias de Quetzaltenango" % SN, '<div class="jeg_container"><div class="jeg_content"><div class="container"><div class="jeg_postblock_8 jeg_postblock">%s</div><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Últimas noticias</span></h3></div>%s</div></div></div>' % (
        block(newest[0]), "".join(block(a) for a in newest)), '<link rel="canonical" href="%s" />' % s.url("/"), "home page-template page-template-template-builder"))
    archive("/category/quetzaltenango/", "Quetzaltenango", [a for a in newest if a["cat"][0] == "quetzaltenango"], "archive category category-quetzaltenango")
    archive("/category/nacionales/", "Nacionales", [C], "archive category category-nacionales", "Noticias de Guatemala y contenidos de medios aliados.")
    archive("/category/cultura/", "Cultura", [A[2]], "archive category category-cultura")
    archive("/category/deportes/", "Deportes", [], "archive category category-deportes", "Xelajú MC y el deporte altense.")
    for n in ("Mynor Cifuentes", "Lucía Batz", "Redacción"):
        archive("/author/%s/" % slug(n), n, [x for x in newest if x["wp"] == n], "archive author", BIO[n])
    archive("/tag/mineria/", "Minería", [C], "archive tag tag-mineria")
    page("/quienes-somos/", "Quiénes somos", ps(["Diario El Altiplano es un periódico independiente fundado en 1998 en Quetzaltenango. Publicamos de lunes a sábado en papel y todos los días en línea.",
                                                 "Tenemos alianzas de contenido con medios de investigación como Ruta Crítica."]))
    page("/contacto/", "Contacto", "<p>Redacción: 7761-0000 · redaccion@elaltiplano.example</p><p>14 avenida 3-21, zona 1, Quetzaltenango</p>")
    page("/publicidad/", "Publicidad", "<p>Anúnciese en la edición impresa y digital. Tarifas 2026 disponibles a solicitud.</p>")
    page("/clasificados/", "Clasificados", "<ul><li>Se alquila apartamento en zona 3, dos habitaciones, Q2,800. Tel. 5512-0000.</li><li>Se vende picop Toyota 2014, buen estado. Tel. 4478-0000.</li></ul>")
    s.xml("/sitemap_index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/post-sitemap.xml"))
    s.urlset("/post-sitemap.xml", [a["path"] for a in allp])
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/sitemap_index.xml"))


# ------------------------------------------------------------ 12 Folha do Tapajós (Joomla 4 + Cassiopeia, pt-BR)
def folha():
    s = Site(12)
    SN = "Folha do Tapajós"
    STM = "America/Santarem"
    tinv, texp = ORIG["tapiri-inv"], ORIG["tapiri-expl"]
    A = [dict(path="/cidades/1842-santarem-amplia-horario-de-atendimento-de-seis-ubs.html", id=1842, cat=("cidades", "Cidades"),
              title="Santarém amplia horário de atendimento de seis UBS a partir de novembro", when=When("2026-10-29T08:12", STM), authors=["Cláudia Rêgo"], by="Cláudia Rêgo", hits=412,
              items=["Seis unidades básicas de saúde de Santarém passam a atender até as 21 horas a partir de 3 de novembro, anunciou a Secretaria Municipal de Saúde nesta quarta-feira.",
                     "A medida vale para as UBS do Maracanã, Santarenzinho, Nova República, Jutaí, Aeroporto Velho e Mapiri, que concentram quase metade das consultas da área urbana.",
                     "Segundo a secretaria, o horário estendido deve facilitar o acesso de trabalhadores que não conseguem ir às unidades durante o dia. Foram contratados 14 médicos e 20 técnicos de enfermagem.",
                     "As unidades do interior do município e das comunidades ribeirinhas continuam com o horário atual."]),
         dict(path="/regiao/1851-seca-deixa-comunidades-ribeirinhas-isoladas-no-tapajos.html", id=1851, cat=("regiao", "Região"),
              title="Seca deixa comunidades ribeirinhas isoladas no Tapajós", when=When("2026-11-06T17:40", STM), authors=["Marcos Farias"], by="Marcos Farias", hits=1290,
              items=["A vazante do rio Tapajós já isolou pelo menos 23 comunidades ribeirinhas entre Santarém e Aveiro, segundo a Defesa Civil do município.",
                     "Em alguns trechos, o nível do rio está mais de quatro metros abaixo da média para novembro, e barcos que levam alimentos e combustível não conseguem chegar às margens.",
                     "A prefeitura distribuiu cestas básicas e água potável com a ajuda de lanchas da Marinha, que conseguem navegar em canais mais rasos.",
                     "Pescadores relatam mortandade de peixes em lagos que secaram quase completamente, como o lago do Maicá."]),
         dict(path="/economia/1856-porto-de-santarem-bate-recorde-de-exportacao-de-soja-em-outubro.html", id=1856, cat=("economia", "Economia"),
              title="Porto de Santarém bate recorde de exportação de grãos em outubro", when=When("2026-11-11T11:00", STM), authors=[], by="Redação", hits=233,
              items=["O porto de Santarém embarcou 1,9 milhão de toneladas de soja e milho em outubro, o maior volume mensal da sua história, segundo a Companhia Docas do Pará.",
                     "O crescimento foi puxado pela safrinha de milho do Mato Grosso, que chega ao porto pela BR-163 e segue em balsas até os navios no rio Amazonas.",
                     "A seca, no entanto, obrigou os navios a sair com carga reduzida em parte do mês, por causa da menor profundidade do canal.",
                     "Entidades ambientais criticam a expansão dos terminais graneleiros na orla da cidade, que afeta áreas de pesca tradicional."])]
    C = [dict(path="/regiao/1838-garimpo-ilegal-volta-a-avancar-sobre-a-terra-indigena-munduruku.html", id=1838, cat=("regiao", "Região"), title=tinv["title"],
              when=When("2026-10-07T10:00", STM), by="Agência Tapiri", hits=2210, orig=tinv, canonical=True),
         dict(path="/regiao/1845-marco-temporal-entenda-o-que-esta-em-jogo-para-os-povos-do-tapajos.html", id=1845, cat=("regiao", "Região"), title="Marco temporal: entenda o que está em jogo para os povos do Tapajós",
              when=When("2026-10-20T09:00", STM), by="Redação", hits=870, orig=texp, canonical=False)]
    allp = sorted(A + C, key=lambda x: x["when"].u)
    jdate = lambda w: "%02d %s %d" % (w.l.day, MON_PT[w.l.month - 1].capitalize(), w.l.year)
    menu = [("/", "Início"), ("/cidades.html", "Cidades"), ("/regiao.html", "Região"), ("/economia.html", "Economia"), ("/quem-somos.html", "Quem somos"), ("/contato.html", "Contato")]

    def shell(title, main, head, body):
        return ('<!DOCTYPE html>\n<html lang="pt-br" dir="ltr">\n<head>\n    <meta charset="utf-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<meta name="generator" content="Joomla! - Open Source Content Management">\n'
                '\t<title>%s</title>\n%s\n\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">\n'
                '\t<link href="/media/templates/site/cassiopeia/css/template.min.css?4d5f1e" rel="stylesheet" />\n\t<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />\n'
                '\t<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Erro","MESSAGE":"Mensagem"},"system.paths":{"root":"","rootFull":"%s","base":"","baseFull":"%s"},"csrf.token":"a8c1e9f0b2d34e5f67a8b9c0d1e2f3a4"}</script>\n'
                '</head>\n<body class="site com_content wrapper-static %s">\n\t<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-folha.png" alt="%s" width="320" height="72"></a>'
                '<div class="site-description">Notícias de Santarém e do Oeste do Pará</div></div></div><div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Menu principal">'
                '<ul class="mod-menu mod-list nav ">%s</ul></nav></div></header>\n\t<div class="site-grid">\n\t\t<div class="grid-child container-component">\n\t\t\t<div id="system-message-container" aria-live="polite"></div>\n\t\t\t<main>\n%s\n\t\t\t</main>\n\t\t</div>\n'
                '\t\t<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Mais lidas</h3><div class="card-body"><ul class="mostread mod-list">%s</ul></div></div></div>\n\t</div>\n'
                '\t<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Folha do Tapajós &copy; 2026 &middot; Av. Tapajós, 1020, Santarém (PA) &middot; <a href="/expediente.html">Expediente</a> &middot; <a href="/anuncie.html">Anuncie</a></p></div></div></footer>\n'
                '\t<a href="#top" id="back-top" class="back-to-top-link" aria-label="Voltar ao topo"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n</body>\n</html>') % (
            E(title), head, s.url("/"), s.url("/"), body, SN, "".join('<li class="nav-item item-%d"><a href="%s" >%s</a></li>' % (101 + i, p, t) for i, (p, t) in enumerate(menu)), main,
            "".join('<li itemscope itemtype="https://schema.org/Article"><a href="%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (a["path"], E(a["title"])) for a in sorted(allp, key=lambda x: -x["hits"])[:4]))

    def item(a, content, canonical):
        i = allp.index(a)
        prev, nxt = (allp[i - 1] if i > 0 else None), (allp[i + 1] if i + 1 < len(allp) else None)
        pn = '<nav class="pagenavigation" aria-label="Navegação de página"><span class="pagination ms-0">%s%s</span></nav>' % (
            ('<a class="btn btn-sm btn-secondary previous" href="%s" rel="prev"><span class="visually-hidden">Artigo anterior: %s</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Anterior</span></a>' % (prev["path"], E(prev["title"]))) if prev else "",
            ('<a class="btn btn-sm btn-secondary next" href="%s" rel="next"><span class="visually-hidden">Próximo artigo: %s</span><span aria-hidden="true">Próximo</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>' % (nxt["path"], E(nxt["title"]))) if nxt else "")
        main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="pt-BR">\n\t\n\t<div class="page-header">\n\t\t<h1 itemprop="headline">\n\t\t\t%s\t\t</h1>\n\t</div>\n'
                '\t<dl class="article-info text-muted">\n\t\t<dt class="article-info-term">Detalhes</dt>\n'
                '\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t<span class="icon-user icon-fw" aria-hidden="true"></span>\n\tEscrito por: <span itemprop="name">%s</span></dd>\n'
                '\t\t<dd class="category-name">\n\t<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\tCategoria: <a href="/%s.html" itemprop="genre">%s</a></dd>\n'
                '\t\t<dd class="published">\n\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n\t<time datetime="%s" itemprop="datePublished">\n\t\tPublicado: %s\t</time>\n</dd>\n'
                '\t\t<dd class="hits">\n\t<span class="icon-eye icon-fw" aria-hidden="true"></span>\n\t<meta itemprop="interactionCount" content="UserPageVisits:%d">\n\tAcessos: %d</dd>\n\t</dl>\n'
                '\t<div itemprop="articleBody" class="com-content-article__body">\n%s\n\t</div>\n\t%s\n</div>') % (
            E(a["title"]), E(a["by"]), a["cat"][0], a["cat"][1], a["when"].iso(), jdate(a["when"]), a["hits"], a["hits"], content, pn)
        desc = texts(a.get("items") or a["orig"]["items"])[0][:160]
        head = '\t<meta name="author" content="%s">\n\t<meta name="description" content="%s">\n\t<link href="%s" rel="canonical" />' % (E(a["by"]), E(desc), canonical)
        return shell("%s - %s" % (a["title"], SN), main, head, "view-article no-layout no-task itemid-%d" % (120 + menu.index(("/%s.html" % a["cat"][0], a["cat"][1]))))

    for a in A:
        s.story(a["path"], item(a, ps(a["items"]), s.url(a["path"])), a, ["Mais lidas"] + [x["title"] for x in allp if x is not a][:2])
    for c in C:
        o = c["orig"]
        body = "\n".join("<p>%s</p>" % E(x) if isinstance(x, str) else ("<h3>%s</h3>" % E(x[1]) if x[0] == "h2" else "") for x in o["items"])
        if c["canonical"]:
            content = '<p><strong>Por %s, da Agência Tapiri</strong></p>\n%s\n<p><em>Esta reportagem foi publicada originalmente pela <a href="%s">Agência Tapiri</a> e é republicada sob licença Creative Commons.</em></p>' % (
                E(join_names(o["authors"], " e ")), body, o["url"])
            s.copy(c["path"], item(c, content, o["url"]), o)
        else:
            content = '<p><em>Publicado originalmente por <a href="%s">Agência Tapiri</a>.</em></p>\n<p>Por %s</p>\n%s' % (o["url"], E(join_names(o["authors"], " e ")), body)
            s.copy(c["path"], item(c, content, s.url(c["path"])), o)

    def blog(path, title, items, desc=""):
        rows = "".join(('<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div>'
                        '<dl class="article-info text-muted"><dt class="article-info-term">Detalhes</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por: <span itemprop="name">%s</span></dd>'
                        '<dd class="published"><time datetime="%s" itemprop="datePublished">Publicado: %s</time></dd></dl><p>%s</p>'
                        '<p class="readmore"><a class="btn btn-secondary" href="%s" aria-label="Leia mais: %s"><span class="icon-chevron-right" aria-hidden="true"></span> Leia mais: %s</a></p></div></div>') % (
            a["path"], E(a["title"]), E(a["by"]), a["when"].iso(), jdate(a["when"]), E(texts(a.get("items") or a["orig"]["items"])[0]), a["path"], E(a["title"]), E(a["title"][:30] + "...")) for a in items)
        main = '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><h1>%s</h1>%s<div class="com-content-category-blog__items blog-items ">%s</div>' \
               '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Página 1 de 3</p><div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Paginação"><ul class="pagination ms-0 mb-4"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a href="%s?start=10" class="page-link">2</a></li></ul></nav></div></div></div>' % (
                   E(title), '<div class="category-desc clearfix"><p>%s</p></div>' % E(desc) if desc else "", rows, path)
        s.non(path, shell("%s - %s" % (title, SN), main, '\t<link href="%s" rel="canonical" />' % s.url(path), "view-category layout-blog no-task"))
        # the pager's ?start=10 is the same Joomla view (the static server ignores the query): a non-article too
        truth["nonarticles"].append(s.url(path + "?start=10"))

    def page(path, title, inner):
        main = '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="pt-BR"><div class="page-header"><h1 itemprop="headline">%s</h1></div><div itemprop="articleBody" class="com-content-article__body">%s</div></div>' % (E(title), inner)
        s.non(path, shell("%s - %s" % (title, SN), main, '\t<link href="%s" rel="canonical" />' % s.url(path), "view-article no-layout no-task"))

    newest = allp[::-1]
    blog("/", "Últimas notícias", newest[:4])
    blog("/cidades.html", "Cidades", [a for a in newest if a["cat"][0] == "cidades"], "Notícias de Santarém, Belterra e Mojuí dos Campos.")
    blog("/regiao.html", "Região", [a for a in newest if a["cat"][0] == "regiao"], "Oeste do Pará, rios e comunidades. Inclui reportagens de parceiros como a Agência Tapiri.")
    blog("/economia.html", "Economia", [a for a in newest if a["cat"][0] == "economia"])
    page("/quem-somos.html", "Quem somos", ps(["A Folha do Tapajós é um jornal on-line de Santarém, no Pará, fundado em 2009. Cobrimos política, cidades, economia e meio ambiente no Oeste do Pará.",
                                                "Publicamos também reportagens de parceiros de jornalismo independente, sempre com o crédito ao veículo de origem."]))
    page("/expediente.html", "Expediente", "<p>Diretor de redação: Marcos Farias<br>Repórteres: Cláudia Rêgo, Ivan Sousa<br>Fotografia: Wesley Castro</p>")
    page("/anuncie.html", "Anuncie", "<p>Banners a partir de R$ 350 por mês. Fale com comercial@folhadotapajos.example.</p>")
    page("/contato.html", "Contato", '<form class="form-validate"><label>Nome<input name="nome"></label><label>E-mail<input type="email" name="email"></label><label>Mensagem<textarea name="msg"></textarea></label><button class="btn btn-primary">Enviar</button></form><p>WhatsApp da redação: (93) 99100-0000</p>')
    s.urlset("/sitemap.xml", ["/", "/cidades.html", "/regiao.html", "/economia.html", "/quem-somos.html", "/expediente.html", "/anuncie.html", "/contato.html"] + [a["path"] for a in allp])
    s.put("/robots.txt", "# If the Joomla site is installed within a folder\nUser-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


for build in (tributary, ledger, kompass, ruta, tapiri, dwars, lanterna, courier, weald, weser, altiplano, folha):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
