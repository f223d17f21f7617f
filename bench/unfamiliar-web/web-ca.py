"""Web ca: the trade and professional press (B2B publishers). Twelve industry
news sites on 127.0.7.21-32 (port 18151) for logistics, pharma, construction,
energy, agriculture, retail, the IT channel, aviation, law, HR, the food
industry and insurance, in English (US, UK, India), German, French, Spanish,
Dutch, Polish, Italian and Japanese, each on the platform such a publisher
runs. Around three stories a site stand the page kinds trade sites carry
and that are no stories: webinar pages (dated, speakers, registration form,
Event JSON-LD, og:type article), gated whitepaper/report downloads, event
and conference pages and calendars, company directory and supplier
profiles, job listings (JobPosting), buyer's guides and product databases,
magazine issues with tables of contents, sponsored-content hubs, awards
pages, podcast episodes (PodcastEpisode with host and date), author pages,
sections, tags, media kits and about pages.

 1 FreightWire Daily - WordPress + tagDiv Newspaper (en-US logistics):
   "By <a>X</a> and <a>Y</a> -" (Co-Authors Plus), <time class="entry-date">,
   Yoast @graph naming the first author; a press release posted by the WP
   user "Press Release" ending "Source: Crestline Logistics"; a "Sponsored"
   post by the sponsor's VP (credited, so an author); "Also Read" and
   newsletter boxes in the content. Webinar custom post type (og:type
   article, WebPage datePublished), whitepaper form, events calendar and
   conference page, supplier directory and profile, jobs, media kit.
 2 PharmaLedger - Informa-like custom CMS (en-GB pharma): /PL152345/Slug,
   type label, "Executive Summary" box, "14 Oct 2025"; a registered-users
   story cut after two paragraphs by a "Register for free to continue
   reading" wall (isAccessibleForFree false); an interview with bold
   "PharmaLedger:" questions and "Lindqvist:" answers under a quoted
   headline. Webinar, report download, podcast episode, awards winners,
   magazine issue, author pages.
 3 Bauwirtschaft Aktuell - TYPO3 + tx_news (de construction): "Autor: X"
   itemprop Person, "13.10.2025", lead, a "Produktneuheit" crane launch, a
   press release whose author field is "Pressemitteilung" and ends "Quelle:
   Nordbau AG"; newsletter box in the text. Termine and an event, firm
   directory and profile, product database entry, Stellenmarkt and a job,
   Heftarchiv issue with Inhaltsverzeichnis, Mediadaten, Impressum.
 4 Énergie & Réseaux Hebdo - Drupal 10 (fr energy): surtitre, chapo, "Par
   X et Y | Publié le 15 octobre 2025 à 07h45" (Drupal's UTC datetime), a
   "Tribune" signed "Par Hélène Marchal, présidente de Voltéa Stockage"
   (JSON-LD author the site), a "Contenu partenaire" "Proposé par
   EnerSmart" (no person: no author), "À lire aussi" in the body.
   Webinaire, livre blanc, agenda and event, annuaire and fiche, job,
   trophées, espace partenaires, publicité.
 5 AgroNegocios Hoy - WordPress + JNews (es): "por X", "14 de octubre de
   2025", subtitle, JNews inline related block; an interview (—¿...? / —...),
   a hydrogen tractor launch by "Redacción". Ferias and an event, supplier
   guide and profile, webinar, magazine issue, podcast episode, jobs.
 6 RetailPulse - ET B2B-like custom CMS (en-IN retail): "X, RetailPulse",
   "Published On Oct 10, 2025 at 12:45 AM IST" (the day before in UTC),
   "Read by: ... Industry Professionals", "Register to read the full story"
   wall; a "Partner Content" piece "By RetailPulse Brand Studio". Summit,
   awards with nomination form, webinar, Brand Solutions hub, whitepaper.
 7 ChannelConnect - custom CMS with Piano (nl IT channel): a story shown as
   "4 uur geleden" (computed at build, exact time in JSON-LD), a column
   "Door Mark Janssen, directeur van CloudWise Partners" as plain text, a
   Plus story cut by the Piano offer. Agenda, Channel Awards gala, webinar,
   whitepaper, vacature, partnerbijdragen hub.
 8 AeroMRO Today - Endeavor-like Base CMS (en-US aviation): preamble,
   deck, author node list with role, "Oct. 14, 2025", "Key Highlights", a
   product launch, a "Press Release" with a company link and "Source:
   Skyward Aero Services" and no byline. Webinar, whitepaper, magazine
   issue, summit, company profile, buyer's guide, podcast, author pages
   (/contact/<id>/<name> with role line).
 9 Prawo i Biznes - custom CMS with Piano (pl legal): /sekcja/slug,531234.html,
   "Autor: X", "Data publikacji: 15.10.2025, 09:12", a "Wywiad" Q&A, a
   Premium story cut by "Treść dostępna tylko dla subskrybentów". Training
   webinar, congress, calendar, law-firm ranking, firm directory, job,
   e-wydanie issue.
10 Persone & Lavoro - Joomla 4 Cassiopeia (it HR): "Scritto da:" itemprop
   author, "Pubblicato: 14 Ottobre 2025", "Visite"; a column whose
   created_by_alias is "Marco Bellini, HR Director di Ceramiche Valdarno";
   a "Contenuto sponsorizzato" with a credited writer. Category blogs
   (one with a single opinion item), tag, event, webinar, jobs, supplier
   guide, HR Awards, sponsored hub.
11 食品ビジネス日報 - a Japanese trade daily's CMS (ja food): no bylines,
   JSON-LD author the paper, "2025年10月14日 16:05" and "…付 1面"; a product
   launch; a 会員限定 story at 05:00 JST (the day before in UTC) showing one
   paragraph before the member wall. Trade show, web seminar, 紙面 issue,
   企業名鑑, 求人, ranking.
12 Insurance Broker Today - Globe-like CMS (en-GB insurance): kicker,
   standfirst, "By X and Y", an "Opinion" bylined "By Sarah Whitmore, CEO
   of Harbourside Brokers" (JSON-LD Person with the whole line), a story
   cut by "Register to read the full story". Webinar, whitepaper, awards
   shortlist, events, jobs, directory, podcast, magazine issue.

Truth: 36 articles, 184 non-articles, no syndicated copies. Press-release,
desk, brand-studio and company credits ("Press Release", "Pressemitteilung",
"Redacción", "RetailPulse Brand Studio", "Proposé par EnerSmart", the
Japanese paper) give []; an executive's column is by the executive; gated
stories must hold only their teaser. Dates are UTC days, with the instant
where the page names a zone (IST, JST, the Drupal and Dutch stories).

Crawled with /tmp/nr-start: stories 36: title 35, date 35, authors 27
right; non-articles stored 20 of 184; bodies checked 35: 1 wrong. Not
stored: the Japanese 会員限定 story whose page shows one teaser paragraph.
Authors: the credit taken as a person on the WordPress "Press Release"
user, the TYPO3 "Pressemitteilung", JNews "Redacción", "RetailPulse Brand
Studio", "Proposé par EnerSmart" and the Japanese JSON-LD Organization (two
stories), and the Joomla alias split at its comma into "Marco Bellini" and
"HR Director di Ceramiche Valdarno". Stored non-articles: event, conference
and awards pages with Event JSON-LD or dates (FreightWire Live, PharmaLedger
Awards, Deutscher Baugipfel, Rencontres de la flexibilité, the Drupal
webinaire, Trophées, Agrotec, RetailPulse awards, Channel Awards, AeroMRO
Summit, the Polish congress and law-firm ranking, HR Innovation Day, the
broker awards), the Termine table, Mediadaten, the Heftarchiv issue, the
Joomla one-item "Opinioni" category blog and both Endeavor author pages
(role line taken as author). Bodies: the registration wall's benefit list
kept on the Globe-like gated story.
"""
import datetime, html, json, os, sys, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18151
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (20 + n), PORT, truth)

    def urlset(self, name, paths):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put(name, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)

    def index(self, name, maps, robots="User-agent: *\nDisallow: /search/\n"):
        """A sitemap index over maps, each (name, paths), and robots.txt naming it."""
        for n, paths in maps:
            self.urlset(n, paths)
        locs = "".join("<sitemap><loc>%s</loc></sitemap>" % E(self.url(n)) for n, _ in maps)
        self.put(name, '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</sitemapindex>' % locs)
        self.put("/robots.txt", "%s\nSitemap: %s\n" % (robots, self.url(name)))

    def feed(self, path, title, items, lang="en"):
        """An RSS 2.0 feed of items, each (path, title, iso date, creator or "")."""
        it = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>%s</item>" % (
            E(t), E(self.url(p)), E(self.url(p)), rfc822(d), ("<dc:creator><![CDATA[%s]]></dc:creator>" % c) if c else "") for p, t, d, c in items)
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link>'
                 '<language>%s</language>%s</channel></rss>' % (E(title), self.url("/"), lang, it))


def rfc822(iso):
    d = datetime.datetime.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (d.strftime("%z") or "+0000")


def utc(iso):
    """The UTC instant of an ISO time with an offset, as the truth wants it."""
    return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")


def en_date(iso, fmt="%B %-d, %Y"):
    return datetime.datetime.fromisoformat(iso).strftime(fmt)


def form(fields, button, note=""):
    """A lead-capture form as B2B publishers put on gated pages."""
    f = "".join('<div class="form-field"><label>%s</label><input type="text" name="f%d" required></div>' % (E(x), i) for i, x in enumerate(fields))
    return '<form class="lead-form" method="post" action="#">%s%s<button type="submit">%s</button></form>' % (
        f, ('<p class="form-consent">%s</p>' % E(note)) if note else "", E(button))


# ------------------------------------------------------------ 1 FreightWire Daily (WordPress + Newspaper theme, en-US logistics)
def freightwire():
    s = Site(1)
    SN = "FreightWire Daily"
    nav = [("/category/ports/", "Ports"), ("/category/warehousing/", "Warehousing"), ("/webinars/", "Webinars"), ("/events/", "Events"),
           ("/directory/", "Supplier Directory"), ("/jobs/", "Jobs")]

    def shell(title, main, head="", cls="home"):
        menu = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s"><div class="tdb-menu-item-text">%s</div></a></li>' % (p, E(t)) for p, t in nav)
        return ('<!doctype html >\n<html lang="en-US">\n<head>\n<meta charset="UTF-8" />\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
                '<link rel="pingback" href="/xmlrpc.php" />\n%s\n<link rel="alternate" type="application/rss+xml" title="FreightWire Daily &raquo; Feed" href="/feed/" />\n'
                "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />\n"
                '<meta name="generator" content="WordPress 6.6.2" />\n</head>\n<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
                '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>\n<div id="td-outer-wrap" class="td-theme-wrap">\n'
                '<div class="td-header-template-wrap"><div class="td-header-top-menu"><div class="td_data_time">Tuesday, October 14, 2025</div>'
                '<ul class="top-header-menu"><li><a href="/advertise/">Advertise</a></li><li><a href="/about-us/">About Us</a></li></ul></div>'
                '<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2023/02/freightwire-logo.png" alt="FreightWire Daily"><span class="td-visual-hidden">FreightWire Daily</span></a></div>'
                '<div class="td-a-rec td-a-rec-id-header"><div class="td-all-devices"><span>- Advertisement -</span><img src="/wp-content/uploads/ads/728x90-tms.jpg" alt=""></div></div>'
                '<div class="td-header-menu-wrap"><ul id="menu-main-menu-1" class="sf-menu">%s</ul></div></div>\n'
                '<div class="td-main-content-wrap td-container-wrap">%s</div>\n'
                '<div class="td-footer-template-wrap"><div class="tdb-footer-about">FreightWire Daily covers freight transportation, logistics technology and supply chain management for shippers, carriers and 3PLs.</div>'
                '<div class="td-sub-footer-copy">&copy; 2025 FreightWire Media LLC. All rights reserved.</div><ul class="td-subfooter-menu"><li><a href="/about-us/">Contact</a></li><li><a href="/advertise/">Media Kit</a></li></ul></div>\n'
                '</div>\n<script type="text/javascript" src="/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>\n</body>\n</html>') % (
            E(title), head, cls, menu, main)

    def yoast(path, title, typ, iso, mod, author, section):
        g = [{"@type": typ, "@id": s.url(path) + "#article", "isPartOf": {"@id": s.url(path)}, "headline": title, "datePublished": iso, "dateModified": mod,
              "mainEntityOfPage": {"@id": s.url(path)}, "publisher": {"@id": s.url("/") + "#organization"}, "articleSection": [section], "inLanguage": "en-US"},
             {"@type": "WebPage", "@id": s.url(path), "url": s.url(path), "name": title + " - " + SN, "datePublished": iso, "dateModified": mod},
             {"@type": "Organization", "@id": s.url("/") + "#organization", "name": SN, "url": s.url("/")}]
        if author:
            g[0]["author"] = {"name": author, "@id": s.url("/") + "#/schema/person/" + author.lower().replace(" ", "")}
            g.append({"@type": "Person", "@id": s.url("/") + "#/schema/person/" + author.lower().replace(" ", ""), "name": author, "url": s.url("/author/%s/" % author.lower().replace(" ", "-"))})
        return jl({"@context": "https://schema.org", "@graph": g})

    nl = ('<div class="td-a-ad id_inline_content_ad"><div class="tnp tnp-subscription"><h4>Get FreightWire Daily in your inbox</h4>'
          '<p>Sign up for our free daily newsletter and get the top freight and logistics stories every weekday morning.</p>'
          '<form><input type="email" placeholder="Business email"><input type="submit" value="Subscribe"></form></div></div>')
    A = [dict(path="/port-of-long-beach-volumes-jump-18-percent-as-importers-front-load/", title="Port of Long Beach volumes jump 18% as importers front-load ahead of tariff deadline",
              authors=["Marcus Bell", "Tara Nguyen"], iso="2025-10-14T08:30:00-05:00", cat=("/category/ports/", "Ports"), tags=["Tariffs", "Containers", "Long Beach"], label=None, paras=[
                  "The Port of Long Beach handled 912,400 twenty-foot equivalent units in September, an 18% increase from a year earlier, as importers rushed holiday and spring merchandise through Southern California ahead of a November tariff deadline.",
                  "Loaded imports rose 21% to 448,700 TEUs, while loaded exports slipped 3% to 98,200 TEUs, according to figures the port released Monday. Empty containers heading back to Asia climbed 24%.",
                  "Port executive director Elena Ruiz said terminals had kept vessel waiting times under a day despite the surge. \"We built slack into the system after 2021, and this month we used it,\" she said.",
                  "Analysts cautioned that the spike borrows from future demand. \"Every box that came in September is a box that won't come in January,\" said Dev Kapoor, a maritime economist at Harbor Metrics, who expects volumes to fall by double digits in the first quarter.",
                  "Trucking companies serving the port complex said chassis availability had tightened in the last two weeks of the month, with some dray carriers waiting up to three days for equipment.",
                  "The neighboring Port of Los Angeles is expected to report its September figures later this week."]),
         dict(path="/crestline-logistics-opens-600000-square-foot-cross-dock-in-joliet/", title="Crestline Logistics opens 600,000-square-foot cross-dock in Joliet",
              authors=[], byline="Press Release", iso="2025-10-09T11:02:00-05:00", cat=("/category/warehousing/", "Warehousing"), tags=["Cross-dock", "Illinois"], label=None, paras=[
                  "JOLIET, Ill., Oct. 9, 2025 - Crestline Logistics, a provider of asset-based truckload and distribution services, today announced the opening of a 600,000-square-foot cross-dock facility in Joliet, Illinois, its largest in the Midwest.",
                  "The facility has 220 dock doors, 450 trailer positions and direct access to Interstate 80 and Interstate 55, and will employ about 300 people when fully operational in early 2026.",
                  "\"Joliet puts us within a day's drive of 40% of the U.S. population,\" said Crestline Logistics CEO Brian Haskell. \"This cross-dock lets our customers move freight from intermodal ramps to store shelves without it ever sitting in a warehouse.\"",
                  "The building is equipped with LED lighting, rooftop solar panels and 40 charging stations for electric yard tractors and Class 8 trucks.",
                  "About Crestline Logistics: Founded in 1994 and headquartered in Naperville, Illinois, Crestline Logistics operates 2,100 tractors and 14 distribution centers across the Midwest and Southeast. For more information, visit crestlinelogistics.com."]),
         dict(path="/why-yard-visibility-is-the-next-bottleneck-for-high-volume-dcs/", title="Why yard visibility is the next bottleneck for high-volume DCs",
              authors=["Kevin Marsh"], iso="2025-10-07T09:00:00-05:00", cat=("/category/warehousing/", "Warehousing"), tags=["Yard management"], label="Sponsored", paras=[
                  "Distribution centers have spent a decade automating what happens inside their four walls, but the trailers waiting outside are still often tracked on whiteboards and two-way radios.",
                  "At a typical high-volume DC, a yard driver spends up to 40% of a shift looking for the right trailer, and detention fees paid to carriers kept waiting at the gate can top $500,000 a year.",
                  "Real-time yard visibility changes that. With gate cameras reading trailer numbers and seals, and sensors on dock doors, a yard management system knows where every trailer is and what is inside it.",
                  "Shippers that have adopted such systems report cutting average trailer dwell time from four hours to under 90 minutes, which frees up dock doors without pouring new concrete.",
                  "The lesson for logistics leaders is simple: the next gains in throughput are likely to come from the yard, not from another robot inside the building."])]
    bios = {"Marcus Bell": "Marcus Bell is senior editor at FreightWire Daily, covering ports, ocean shipping and trade policy. He previously reported for the Journal of Commerce.",
            "Tara Nguyen": "Tara Nguyen covers West Coast ports, drayage and labor for FreightWire Daily from Los Angeles.",
            "Press Release": "Press releases distributed by companies and organizations. FreightWire Daily does not edit press releases for content.",
            "Kevin Marsh": "Kevin Marsh is vice president of product at YardIQ, a yard management software company based in Atlanta."}
    every = [(a["path"], a["title"]) for a in A]
    for a in A:
        names = a["authors"] or [a["byline"]]
        byl = " and ".join('<a href="/author/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in names)
        p = a["paras"]
        if a["label"]:
            body = ('<div class="sponsored-disclosure"><strong>SPONSORED CONTENT</strong></div>' + ps(p) +
                    '<p class="sponsor-note"><em>This article was sponsored by YardIQ. The FreightWire Daily editorial team was not involved in its creation.</em></p>')
        elif a["authors"]:
            body = (ps(p[:2]) + '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Also Read</h4><ul>%s</ul></div>' % links([e for e in every if e[0] != a["path"]][:1])
                    + ps(p[2:4]) + nl + ps(p[4:]))
        else:
            body = ps(p) + '<p><em>Source: Crestline Logistics</em></p>'
        cats = '<ul class="tdb-category td-category"><li><a class="tdb-entry-category" href="%s">%s</a></li>%s</ul>' % (
            a["cat"][0], a["cat"][1], '<li><a class="tdb-entry-category" href="/category/sponsored/">Sponsored</a></li>' if a["label"] else "")
        main = ('<div class="td-post-template-default"><article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail">'
                '<div class="td-post-header">%s<header class="td-post-title"><h1 class="entry-title">%s</h1>'
                '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> %s<div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>'
                '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><span class="td-nr-views-%d">%d</span></div></div></header></div>'
                '<div class="td-post-sharing-top"><a class="td-social-sharing-button td-social-linkedin" href="#">LinkedIn</a><a class="td-social-sharing-button td-social-twitter" href="#">Twitter</a><a class="td-social-sharing-button td-social-mail" href="#">Email</a></div>'
                '<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2025/10/%s.jpg" alt=""><figcaption class="wp-caption-text">Photo: Shutterstock</figcaption></figure></div>'
                '<div class="td-post-content tagdiv-type">%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div>'
                '<div class="author-box-wrap"><a href="/author/%s/"><img alt="" src="/wp-content/uploads/avatars/%s.jpg" class="avatar"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/%s/">%s</a></span></div>'
                '<div class="td-author-description">%s</div></div></div></footer></article>'
                '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>%s</div>'
                '<div id="comments" class="comments"><div id="respond" class="comment-respond"><h4 class="comment-reply-title">LEAVE A REPLY</h4><form class="comment-form"><textarea placeholder="Comment:"></textarea><input placeholder="Name:*"><input placeholder="Email:*"><input type="submit" value="Post Comment"></form></div></div></div>') % (
            1200 + A.index(a), cats, E(a["title"]), byl, a["iso"], en_date(a["iso"]), 1200 + A.index(a), 311 + 97 * A.index(a), a["path"].strip("/")[:24], body,
            "".join("<li><span>%s</span></li>" % E(t) for t in a["tags"]),
            names[0].lower().replace(" ", "-"), names[0].lower().replace(" ", "-"), names[0].lower().replace(" ", "-"), E(names[0]), E(bios[names[0]]),
            "".join('<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div>' % (pp, E(t)) for pp, t in every if pp != a["path"]))
        head = ('<meta name="robots" content="index, follow, max-image-preview:large" />\n<link rel="canonical" href="%s" />\n<meta property="og:locale" content="en_US" />\n'
                '<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />\n<meta property="og:site_name" content="%s" />\n'
                '<meta property="article:published_time" content="%s" />\n<meta property="article:modified_time" content="%s" />\n<meta name="author" content="%s" />\n'
                '<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="%s" />\n%s') % (
            s.url(a["path"]), E(a["title"]), E(p[0][:155]), SN, a["iso"], a["iso"], E(" and ".join(names)), E(names[0]),
            yoast(a["path"], a["title"], "Article", a["iso"], a["iso"], names[0], a["cat"][1]))
        mn = ["Sign up for our free daily newsletter", "LEAVE A REPLY"]
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post single-format-standard"),
              a["title"], a["iso"][:10], a["authors"], must=[p[0], p[3], p[-1]], must_not=mn + [t for pp, t in every if pp != a["path"]][:1])

    def mod_list(items):
        return "".join('<div class="td_module_flex td_module_flex_1"><div class="td-module-container"><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3>'
                       '<div class="td-editor-date"><span class="td-author-date"><span class="td-post-author-name"><a href="/author/%s/">%s</a> <span>-</span></span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></span></div>'
                       '<div class="td-excerpt">%s</div></div></div></div>' % (a["path"], E(a["title"]), (a["authors"] or [a.get("byline")])[0].lower().replace(" ", "-"), E((a["authors"] or [a.get("byline")])[0]),
                                                                             a["iso"], en_date(a["iso"]), E(a["paras"][0][:140].rsplit(" ", 1)[0] + "...")) for a in items)

    WEB = "/webinars/peak-season-capacity-outlook-2026/"
    WP = "/whitepapers/state-of-cold-chain-2025/"
    EV = "/events/freightwire-live-2026/"
    CO = "/directory/crestline-logistics/"
    JOB = "/jobs/regional-dispatch-manager-joliet-il/"

    def page(title, inner, cls="page-template-default page"):
        return shell("%s - %s" % (title, SN), '<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div>'
                     '<div class="td-page-content tagdiv-type">%s</div></div></div></div>' % (E(title), inner), '<meta property="og:type" content="website" />\n', cls)
    s.non("/", shell(SN + " - Freight, logistics and supply chain news", '<div class="td-pb-row"><div class="td-pb-span8"><div class="td_block_wrap"><h4 class="block-title"><span>Latest News</span></h4>%s</div></div>'
          '<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>Upcoming Webinar</span></h4><p><a href="%s">Peak Season Recap and 2026 Capacity Outlook</a> - Nov. 13, 2025, 2:00 PM ET</p></div>'
          '<div class="td_block_wrap"><h4 class="block-title"><span>Featured Whitepaper</span></h4><p><a href="%s">The State of Cold Chain 2025</a></p></div>'
          '<div class="td_block_wrap"><h4 class="block-title"><span>Jobs</span></h4><p><a href="%s">Regional Dispatch Manager - Joliet, IL</a></p></div></div></div>' % (mod_list(A), WEB, WP, JOB),
          '<meta property="og:type" content="website" />\n' + jl({"@context": "https://schema.org", "@type": "WebSite", "name": SN, "url": s.url("/")})))
    for cpath, cname, items in (("/category/ports/", "Ports", A[:1]), ("/category/warehousing/", "Warehousing", A[1:]), ("/category/sponsored/", "Sponsored", A[2:])):
        s.non(cpath, shell("%s Archives - %s" % (cname, SN), '<div class="td-category-header"><h1 class="entry-title td-page-title">%s</h1><div class="td-category-description"><p>%s</p></div></div>%s'
              '<div class="page-nav td-pb-padding-side"><span class="current">1</span></div>' % (cname, "Partner content from FreightWire Daily sponsors. Sponsored articles are produced by or for our advertisers." if cname == "Sponsored" else
                                                                                                "News and analysis on %s." % cname.lower(), mod_list(items)), '<meta property="og:type" content="article" />\n', "archive category"))
    for n in ("Marcus Bell", "Tara Nguyen", "Press Release", "Kevin Marsh"):
        mine = [a for a in A if n in (a["authors"] or [a.get("byline")])]
        s.non("/author/%s/" % n.lower().replace(" ", "-"), shell("%s, Author at %s" % (n, SN), '<div class="td-author-page"><div class="author-box-wrap td-author-page"><img class="avatar" src="/wp-content/uploads/avatars/%s.jpg" alt="">'
              '<div class="desc"><h1 class="td-author-name">%s</h1><div class="td-author-counters"><span class="td-author-post-count">%d POSTS</span><span class="td-author-comments-count">0 COMMENTS</span></div><div class="td-author-description">%s</div></div></div>%s</div>' % (
                  n.lower().replace(" ", "-"), E(n), len(mine), E(bios[n]), mod_list(mine)), "", "archive author"))
    s.non("/webinars/", page("Webinars", '<p>Free live and on-demand webinars on freight markets, technology and supply chain strategy.</p><h3>Upcoming</h3><ul><li><a href="%s">Peak Season Recap and 2026 Capacity Outlook</a> - Thursday, November 13, 2025</li></ul>'
                             '<h3>On demand</h3><ul><li>Nearshoring and the Mexico cross-border market (recorded Sept. 18, 2025)</li><li>Decarbonizing drayage (recorded Aug. 21, 2025)</li></ul>' % WEB))
    s.non(WEB, shell("Webinar: Peak Season Recap and 2026 Capacity Outlook - %s" % SN,
          '<div class="td-post-template-default webinar"><article class="webinar type-webinar status-publish"><div class="td-post-header"><ul class="td-category"><li><a class="tdb-entry-category" href="/webinars/">Webinars</a></li></ul>'
          '<h1 class="entry-title">Peak Season Recap and 2026 Capacity Outlook</h1><div class="webinar-date"><time datetime="2025-11-13T14:00:00-05:00">Thursday, November 13, 2025</time> | 2:00 PM ET / 11:00 AM PT | 60 minutes</div></div>'
          '<div class="td-post-content tagdiv-type"><p>Did the early rush of imports leave the freight market with a hangover? Join FreightWire Daily senior editor Marcus Bell and a panel of carriers and shippers to look back at the 2025 peak season and ahead to contract season.</p>'
          '<p>In this webinar you will learn:</p><ul><li>How tariff-driven front-loading changed inventory levels going into the holidays</li><li>Where truckload spot and contract rates are heading in 2026</li><li>What shippers are asking for in their next RFPs</li></ul>'
          '<h3>Speakers</h3><div class="speakers"><div class="speaker"><strong>Marcus Bell</strong>, Senior Editor, FreightWire Daily (moderator)</div><div class="speaker"><strong>Angela Ortiz</strong>, Chief Commercial Officer, Redline Carriers</div>'
          '<div class="speaker"><strong>Sam Whitaker</strong>, Director of Transportation, Hearthstone Home Goods</div></div><p class="sponsor">Sponsored by <strong>LoadBridge TMS</strong></p>'
          '<h3>Register now</h3>%s</div></article></div>' % form(["First name", "Last name", "Business email", "Company", "Job title"], "Register",
                                                               "By registering, you agree that FreightWire Daily may share your information with the webinar sponsor, who may contact you about its products."),
          '<meta property="og:type" content="article" />\n<meta property="article:published_time" content="2025-10-02T10:00:00-05:00" />\n' +
          jl({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": s.url(WEB), "name": "Webinar: Peak Season Recap and 2026 Capacity Outlook", "datePublished": "2025-10-02T10:00:00-05:00"},
                                                            {"@type": "Event", "name": "Peak Season Recap and 2026 Capacity Outlook", "startDate": "2025-11-13T14:00:00-05:00", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}]}),
          "webinar-template-default single single-webinar"))
    s.non(WP, page("The State of Cold Chain 2025", '<div class="whitepaper"><img src="/wp-content/uploads/2025/09/cold-chain-cover.jpg" alt="Report cover" class="alignleft">'
                   '<p>Temperature-controlled logistics is one of the fastest-growing segments of the freight market. This 28-page report, based on a survey of 412 shippers and 3PLs, looks at capacity, costs and technology in the cold chain.</p>'
                   '<p>Download the report to find out:</p><ul><li>Why 61%% of food shippers plan to add refrigerated warehouse space in 2026</li><li>How reefer rates compare with dry van</li><li>Which monitoring technologies shippers trust</li></ul>'
                   '<p class="sponsor">This whitepaper is provided by <strong>ColdLink Systems</strong>.</p><h3>Complete the form to download</h3>%s</div>' % form(
                       ["First name", "Last name", "Business email", "Company", "Job function", "Country"], "Download Now", "Your information will be shared with ColdLink Systems.")))
    s.non("/events/", page("Events", '<p>Industry conferences and trade shows for freight and logistics professionals.</p><table class="events-calendar"><thead><tr><th>Date</th><th>Event</th><th>Location</th></tr></thead><tbody>'
                           '<tr><td>Nov. 4-6, 2025</td><td>Cold Chain Forum</td><td>Atlanta, GA</td></tr><tr><td>Nov. 13, 2025</td><td><a href="%s">Webinar: Peak Season Recap</a></td><td>Online</td></tr>'
                           '<tr><td>Jan. 27-29, 2026</td><td>Intermodal Expo</td><td>Long Beach, CA</td></tr><tr><td>Apr. 21-23, 2026</td><td><a href="%s">FreightWire Live 2026</a></td><td>Chicago, IL</td></tr></tbody></table>' % (WEB, EV)))
    s.non(EV, page("FreightWire Live 2026", '<div class="event-hero"><p class="event-dates">April 21-23, 2026 | Hyatt Regency McCormick Place, Chicago</p>'
                   '<p>FreightWire Live brings together 1,200 shippers, carriers, brokers and technology providers for three days of keynotes, breakout sessions and networking.</p></div>'
                   '<h3>Agenda highlights</h3><ul><li>Tuesday, April 21: Opening keynote - The freight market after the tariff shock</li><li>Wednesday, April 22: Women in Logistics breakfast; Technology showcase</li><li>Thursday, April 23: Shipper of Choice awards lunch</li></ul>'
                   '<h3>Passes</h3><p>Early-bird shipper pass: $495 until Jan. 31, 2026. Vendor pass: $1,295.</p><p><a class="button" href="/events/">Register</a> | <a href="/advertise/">Exhibit and sponsor</a></p>' +
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "FreightWire Live 2026", "startDate": "2026-04-21", "endDate": "2026-04-23", "location": {"@type": "Place", "name": "Hyatt Regency McCormick Place", "address": "Chicago, IL"}})))
    s.non("/directory/", page("Supplier Directory", '<p>Find logistics service providers, technology vendors and equipment suppliers.</p><form class="directory-search"><input placeholder="Search companies"><select><option>All categories</option><option>3PL</option><option>TMS</option></select><button>Search</button></form>'
                              '<ul class="directory-list"><li><a href="%s">Crestline Logistics</a> - Truckload, Cross-dock, Distribution - Naperville, IL</li><li>ColdLink Systems - Temperature monitoring - Denver, CO</li><li>LoadBridge TMS - Transportation management software - Austin, TX</li><li>YardIQ - Yard management - Atlanta, GA</li></ul>' % CO))
    s.non(CO, page("Crestline Logistics", '<div class="company-profile"><img src="/wp-content/uploads/directory/crestline-logo.png" alt="Crestline Logistics logo"><dl><dt>Headquarters</dt><dd>1800 Diehl Road, Naperville, IL 60563</dd>'
                   '<dt>Phone</dt><dd>(630) 555-0142</dd><dt>Website</dt><dd>crestlinelogistics.com</dd><dt>Categories</dt><dd>Truckload, Cross-dock, Distribution centers</dd><dt>Founded</dt><dd>1994</dd></dl>'
                   '<p>Crestline Logistics is an asset-based truckload carrier and distribution provider serving retail and consumer goods shippers across the Midwest and Southeast.</p>'
                   '<h3>Latest news from Crestline Logistics</h3><ul><li><a href="%s">%s</a></li></ul><p><a href="/directory/">Claim this listing</a></p></div>' % (A[1]["path"], E(A[1]["title"]))))
    s.non("/jobs/", page("Jobs", '<p>Logistics and supply chain jobs from leading employers.</p><ul class="job-list"><li><a href="%s">Regional Dispatch Manager</a> - Crestline Logistics - Joliet, IL - Posted Oct. 10, 2025</li>'
                         '<li>Import Coordinator - Pacific Gateway Forwarding - Carson, CA - Posted Oct. 8, 2025</li></ul><p><a href="/advertise/">Post a job</a></p>' % JOB))
    s.non(JOB, page("Regional Dispatch Manager - Joliet, IL", '<div class="job-listing"><p class="job-meta">Crestline Logistics | Joliet, IL | Full-time | $78,000 - $92,000 a year | Posted October 10, 2025</p>'
                    '<p>Crestline Logistics is hiring a Regional Dispatch Manager for its new Joliet cross-dock. You will lead a team of 12 dispatchers planning 350 daily loads across the Midwest.</p>'
                    '<h3>Requirements</h3><ul><li>5+ years of truckload dispatch experience</li><li>Experience with McLeod or a similar TMS</li><li>Ability to work a rotating weekend schedule</li></ul><p><a class="button" href="%s">Apply now</a></p></div>' % CO +
                    jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Regional Dispatch Manager", "datePosted": "2025-10-10", "hiringOrganization": {"@type": "Organization", "name": "Crestline Logistics"},
                        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Joliet", "addressRegion": "IL"}}})))
    s.non("/advertise/", page("Advertise", '<p>Reach 85,000 logistics decision-makers. FreightWire Daily readers are shippers, carriers, brokers and 3PL executives.</p><ul><li>Daily newsletter: 62,000 subscribers, 34% open rate</li>'
                              '<li>Website: 410,000 monthly page views</li><li>Webinars, whitepapers and sponsored content programs</li></ul><p><a href="/wp-content/uploads/2025/08/FreightWire-2026-Media-Kit.pdf">Download the 2026 media kit (PDF)</a></p>'))
    s.non("/about-us/", page("About Us", '<p>FreightWire Daily was founded in 2012 to give freight and logistics professionals fast, independent news about their industry. We are based in Chicago.</p>'
                             '<h3>Editorial team</h3><ul><li>Rachel Stone, Editor-in-Chief</li><li><a href="/author/marcus-bell/">Marcus Bell</a>, Senior Editor</li><li><a href="/author/tara-nguyen/">Tara Nguyen</a>, West Coast Correspondent</li></ul>'
                             '<p>Send news tips and press releases to news@freightwiredaily.example.</p>'))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["iso"], (a["authors"] or [a["byline"]])[0]) for a in A])
    s.index("/sitemap_index.xml", [("/post-sitemap.xml", [a["path"] for a in A]), ("/page-sitemap.xml", ["/", "/about-us/", "/advertise/", "/jobs/", "/directory/", "/events/", "/webinars/"]),
                                   ("/webinar-sitemap.xml", [WEB]), ("/category-sitemap.xml", ["/category/ports/", "/category/warehousing/", "/category/sponsored/"])],
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")


# ------------------------------------------------------------ 2 PharmaLedger (Informa-like custom CMS with a registration wall, en-GB pharma)
def pharmaledger():
    s = Site(2)
    SN = "PharmaLedger"
    nav = [("/news", "News"), ("/therapy-areas/neurology", "Neurology"), ("/webinars", "Webinars"), ("/reports", "Reports"), ("/podcast", "Podcast"),
           ("/awards/pharmaledger-awards-2025", "Awards"), ("/magazine/2025/october", "Magazine")]

    def shell(title, main, head="", ptype="page"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s'
                '<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"%s","brand":"PharmaLedger","division":"Pharma Intelligence"});</script>'
                '<link rel="stylesheet" href="/_assets/css/main.4f2a9e1c.css"></head><body class="pl-%s">'
                '<div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies to give you the best experience of our website. By clicking "Accept all" you agree to the storing of cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept all</button></div>'
                '<header class="site-header"><div class="site-header__top"><a href="/login" class="site-header__login">Log in</a> <a href="/register" class="site-header__register">Register</a> <a href="/subscribe">Subscribe</a></div>'
                '<a class="site-header__logo" href="/"><img src="/_assets/img/pharmaledger.svg" alt="PharmaLedger"></a><nav class="main-nav"><ul>%s</ul></nav></header>'
                '<main id="main" class="site-main">%s</main>'
                '<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/advertise">Advertise</a></li></ul>'
                '<p>PharmaLedger is part of the Pharma Intelligence division of Meridian Business Media Ltd, registered in England and Wales, number 8860726. Registered office: 5 Howick Place, London SW1P 1WG.</p></footer></body></html>') % (
            E(title), head, ptype, ptype, links(nav, "main-nav__item"), main)

    gate = ('<div class="article-gate" id="registration-wall"><h3 class="article-gate__title">Register for free to continue reading</h3>'
            '<p>This article is available to registered PharmaLedger readers. Registration is free and takes less than a minute.</p>'
            '<ul class="article-gate__benefits"><li>Read three premium stories every month</li><li>Get the PharmaLedger Daily newsletter</li><li>Access our webinars on demand</li></ul>'
            '%s<p>Already registered? <a href="/login">Log in</a></p></div>') % form(["Email address", "First name", "Last name", "Company", "Job title"], "Register and continue reading")
    A = [dict(id="PL152345", slug="MHRA-Clears-First-UK-Ustekinumab-Biosimilar-For-Crohns", kind="News", title="MHRA clears first UK biosimilar of ustekinumab for Crohn’s disease",
              authors=["Joanna Merrick"], iso="2025-10-14T10:12:00+01:00", free=True,
              summary="The approval opens the door to NHS savings of up to £80m a year on one of its most expensive immunology drugs, with launch planned for early 2026.", paras=[
                  "The UK Medicines and Healthcare products Regulatory Agency has approved the first biosimilar of ustekinumab for Crohn's disease and ulcerative colitis, clearing the way for NHS England to tender for cheaper versions of one of its costliest immunology medicines.",
                  "The product, developed by the Swiss company Norvalis Biologics, was approved on 10 October through the agency's international recognition route, which draws on the European Medicines Agency's earlier assessment.",
                  "NHS England spent about £210m on the reference product last year. Its commercial medicines team has estimated that biosimilar competition could cut the bill by £60m to £80m a year once at least two versions are on the market.",
                  "Norvalis said it would launch in the first quarter of 2026 and was in talks with several integrated care boards about switching programmes. \"Gastroenterologists have been through this with infliximab and adalimumab, and they know how to switch patients safely,\" said the company's UK general manager, Fiona Keane.",
                  "Two further ustekinumab biosimilars are under review at the MHRA, according to the agency's published list of pending applications."]),
         dict(id="PL152301", slug="NICE-Rejects-Cost-Effectiveness-Case-For-New-Alzheimers-Antibody", kind="News", title="NICE rejects cost-effectiveness case for new Alzheimer’s antibody",
              authors=["Priya Desai", "Tom Hollis"], iso="2025-10-10T16:40:00+01:00", free=False,
              summary="Draft guidance says the benefits of the amyloid-targeting drug are too small to justify the cost of infusions, scans and monitoring.", paras=[
                  "England's health technology assessment body has said it cannot recommend a second amyloid-targeting antibody for early Alzheimer's disease on the NHS, concluding that its benefits are too small to justify its price.",
                  "In draft guidance published on Friday, the National Institute for Health and Care Excellence said the drug slowed cognitive decline by about four months over 18 months of treatment, but that the cost of infusions, scans and monitoring put it far above the threshold the NHS normally pays."]),
         dict(id="PL152288", slug="We-Will-Not-Launch-In-Europe-On-A-US-Price-Says-Arvena-Chief", kind="Interview", title="‘We will not launch in Europe on a US price,’ says Arvena chief",
              authors=["Tom Hollis"], iso="2025-10-08T07:00:00+01:00", free=True,
              summary="Arvena Therapeutics' chief executive explains why most-favoured-nation pricing in the US means European patients may wait longer for new drugs.", paras=[
                  "Arvena Therapeutics chief executive Lars Lindqvist has spent the past year preparing the Danish biotech's first product launch, a once-monthly injection for severe asthma. He talked to PharmaLedger about most-favoured-nation pricing, the UK's VPAG scheme and why Europe may have to wait.",
                  ("PharmaLedger: The US now wants prices no higher than in other rich countries. How does that change your launch plans?", None),
                  ("Lindqvist:", "It changes the sequence. If we launch in Germany first at a European price, that price becomes our US price. So we will launch in the US first and take the European markets one at a time, where the value is recognised."),
                  ("PharmaLedger: Does that include the UK?", None),
                  ("Lindqvist:", "The UK is a difficult case. The repayment rate under VPAG is still above 15%, and NICE's threshold has not moved in twenty years. We want British patients to have the drug, but we have to make the numbers work."),
                  ("PharmaLedger: Will you look for a partner outside the US?", None),
                  ("Lindqvist:", "We are talking to companies with respiratory sales forces in Europe and Japan. We would rather find a partner than build a team of 300 people for one product.")])]
    apath = lambda a: "/%s/%s" % (a["id"], a["slug"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    bios = {"Joanna Merrick": ("Senior Reporter, Regulation", "Joanna Merrick covers UK and European medicines regulation. She joined PharmaLedger in 2019."),
            "Priya Desai": ("Market Access Editor", "Priya Desai writes about health technology assessment, pricing and reimbursement across Europe."),
            "Tom Hollis": ("Executive Editor", "Tom Hollis leads PharmaLedger's coverage of biotech business and hosts the PharmaLedger Podcast.")}
    for a in A:
        path = apath(a)
        body = []
        for p in a["paras"]:
            if isinstance(p, str):
                body.append("<p>%s</p>" % E(p))
            elif p[1] is None:
                body.append("<p><strong>%s</strong></p>" % E(p[0]))
            else:
                body.append("<p><strong>%s</strong> %s</p>" % (E(p[0]), E(p[1])))
        body = "".join(body)
        if a["free"]:
            body = body + '<div class="article-body__promo"><p>Want more stories like this? <a href="/register">Sign up for PharmaLedger Daily</a>, our free morning briefing.</p></div>'
        else:
            body = body + gate
        byl = ", ".join('<a class="article-header__author" href="/authors/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["authors"])
        main = ('<article class="article" data-article-id="%s"><div class="article-header"><div class="article-header__type">%s</div><h1 class="article-header__title">%s</h1>'
                '<div class="article-header__meta"><div class="article-header__byline">%s</div><time class="article-header__date" datetime="%s">%s</time>%s</div></div>'
                '<section class="article-summary"><h2 class="article-summary__title">Executive Summary</h2><p>%s</p></section>'
                '<div class="article-body%s">%s</div>'
                '<div class="article-topics"><span>Topics</span> <a href="/therapy-areas/neurology">Neurology</a> <a href="/news">Policy &amp; Regulation</a></div></article>'
                '<aside class="related-content"><h3>Related Content</h3><ul>%s</ul></aside>'
                '<aside class="promo-webinar"><h3>Upcoming webinar</h3><p><a href="/webinars/real-world-evidence-in-hta-submissions">Real-world evidence in HTA submissions: what NICE and G-BA now expect</a></p></aside>') % (
            a["id"], a["kind"], E(a["title"]), byl, a["iso"], en_date(a["iso"], "%d %b %Y"), "" if a["free"] else '<span class="article-header__badge">Registered users</span>',
            E(a["summary"]), "" if a["free"] else " article-body--truncated", body, links([e for e in every if e[0] != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["summary"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": [{"@type": "Person", "name": n, "url": s.url("/authors/" + n.lower().replace(" ", "-"))} for n in a["authors"]],
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/_assets/img/pharmaledger.png")}},
              "isAccessibleForFree": a["free"], "mainEntityOfPage": s.url(path)}
        if not a["free"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body--truncated"}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="PharmaLedger"><meta name="article:published_time" content="%s">%s') % (s.url(path), E(a["summary"]), E(a["title"]), a["iso"], jl(ld))
        if a["free"]:
            must = [p if isinstance(p, str) else p[1] for p in a["paras"] if isinstance(p, str) or p[1]][:1] + [a["paras"][-1] if isinstance(a["paras"][-1], str) else a["paras"][-1][1]]
            if a["kind"] == "Interview":
                must.append(a["paras"][2][1])
            must_not = ["Sign up for PharmaLedger Daily", "We use cookies to give you the best experience"]
        else:
            must = list(a["paras"])
            must_not = ["This article is available to registered PharmaLedger readers", "Read three premium stories every month"]
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, "article"), a["title"], a["iso"][:10], a["authors"], must=must, must_not=must_not)

    def cards(items):
        return "".join('<div class="card card--article"><span class="card__type">%s</span><h3 class="card__title"><a href="%s">%s</a></h3><p class="card__summary">%s</p>'
                       '<div class="card__meta">%s | %s</div></div>' % (a["kind"], apath(a), E(a["title"]), E(a["summary"]), E(", ".join(a["authors"])), en_date(a["iso"], "%d %b %Y")) for a in items)

    def page(title, inner, head="", ptype="page"):
        return shell("%s | %s" % (title, SN), '<div class="page"><h1 class="page__title">%s</h1>%s</div>' % (E(title), inner), head, ptype)
    WEB = "/webinars/real-world-evidence-in-hta-submissions"
    REP = "/reports/biosimilars-market-outlook-2026"
    EP = "/podcast/episode-42-the-uk-pricing-standoff"
    s.non("/", shell("PharmaLedger | Pharma news, regulation and market access", '<section class="home-lead">%s</section><section class="home-rail"><h2>Webinars</h2><p><a href="%s">Real-world evidence in HTA submissions</a></p>'
          '<h2>Latest podcast</h2><p><a href="%s">Episode 42: The UK pricing standoff</a></p><h2>Reports</h2><p><a href="%s">Biosimilars Market Outlook 2026</a></p></section>' % (cards(A), WEB, EP, REP), "", "home"))
    s.non("/news", page("News", cards(A), "", "listing"))
    s.non("/therapy-areas/neurology", page("Neurology", '<p class="page__intro">News and analysis on drugs for Alzheimer\'s, Parkinson\'s, multiple sclerosis, migraine and epilepsy.</p>' + cards(A[1:2]), "", "listing"))
    for n, (role, bio) in bios.items():
        s.non("/authors/" + n.lower().replace(" ", "-"), page(n, '<div class="author-profile"><p class="author-profile__role">%s</p><p>%s</p><p><a href="#">Follow on LinkedIn</a></p></div><h2>Latest from %s</h2>%s' % (
            E(role), E(bio), E(n.split()[0]), cards([a for a in A if n in a["authors"]])), jl({"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": n, "jobTitle": role}}), "author"))
    s.non("/webinars", page("Webinars", '<p>Live and on-demand webinars from PharmaLedger and our partners.</p><div class="card card--webinar"><span class="card__type">Upcoming | 20 Nov 2025, 15:00 GMT</span><h3><a href="%s">Real-world evidence in HTA submissions: what NICE and G-BA now expect</a></h3></div>'
                                        '<div class="card card--webinar"><span class="card__type">On demand</span><h3>Launch sequencing in the age of most-favoured-nation pricing</h3></div>' % WEB, "", "listing"))
    s.non(WEB, page("Real-world evidence in HTA submissions: what NICE and G-BA now expect", '<div class="webinar"><div class="webinar__when"><time datetime="2025-11-20T15:00:00Z">Thursday 20 November 2025, 15:00 GMT / 16:00 CET</time> | Duration: 60 minutes</div>'
          '<p>Health technology assessment bodies are increasingly willing to accept real-world evidence, but only on their own terms. This webinar looks at recent NICE and G-BA decisions and what they mean for evidence plans.</p>'
          '<h2>Speakers</h2><ul class="speakers"><li><strong>Priya Desai</strong>, Market Access Editor, PharmaLedger (chair)</li><li><strong>Dr Anja Keller</strong>, Head of HTA Strategy, Veritas Evidence GmbH</li><li><strong>Martin Osei</strong>, Director, Health Economics, Arvena Therapeutics</li></ul>'
          '<p class="webinar__sponsor">In association with Veritas Evidence</p><h2>Register</h2>%s</div>' % form(["First name", "Last name", "Work email", "Company", "Job title", "Country"], "Register now",
                                                                                                             "By registering you agree that your details will be shared with the sponsor of this webinar."),
          '<meta property="og:type" content="article"><meta property="og:title" content="Real-world evidence in HTA submissions">' +
          jl({"@context": "https://schema.org", "@type": "Event", "name": "Real-world evidence in HTA submissions: what NICE and G-BA now expect", "startDate": "2025-11-20T15:00:00Z", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
              "performer": [{"@type": "Person", "name": "Priya Desai"}, {"@type": "Person", "name": "Anja Keller"}, {"@type": "Person", "name": "Martin Osei"}]}), "webinar"))
    s.non("/reports", page("Reports", '<p>In-depth market reports from the PharmaLedger analyst team.</p><div class="card"><h3><a href="%s">Biosimilars Market Outlook 2026</a></h3><p>Published September 2025 | 46 pages</p></div>' % REP, "", "listing"))
    s.non(REP, page("Biosimilars Market Outlook 2026", '<div class="report"><p class="report__meta">Published 30 September 2025 | 46 pages | PDF</p><p>Europe\'s biosimilar market will pass €20bn in 2026 as ustekinumab, denosumab and aflibercept lose exclusivity. '
          'This report tracks 63 products in development and the tender rules that decide who wins.</p><h2>Inside the report</h2><ul><li>Loss-of-exclusivity calendar 2025-2030</li><li>Country-by-country tender analysis</li><li>Interchangeability rules in the US and EU</li></ul>'
          '<h2>Download the free report</h2>%s</div>' % form(["First name", "Last name", "Work email", "Company", "Job title"], "Download", "We will email you a link to the PDF. Your data is processed under our privacy policy."), "", "report"))
    s.non("/podcast", page("The PharmaLedger Podcast", '<p>Weekly conversations about the business of medicines, hosted by Tom Hollis.</p><ul><li><a href="%s">Episode 42: The UK pricing standoff</a> (9 Oct 2025, 34 min)</li><li>Episode 41: Inside the obesity drug supply crunch (2 Oct 2025, 29 min)</li></ul>' % EP, "", "listing"))
    s.non(EP, page("Episode 42: The UK pricing standoff", '<div class="podcast-episode"><p class="podcast-episode__meta"><time datetime="2025-10-09">9 October 2025</time> | 34 min | Hosted by <a href="/authors/tom-hollis">Tom Hollis</a></p>'
          '<audio controls src="https://media.example/pharmaledger/ep42.mp3"></audio><h2>Show notes</h2>'
          '<p>Three companies have paused UK launches this year, blaming the VPAG rebate. Tom Hollis talks to Priya Desai and industry consultant Helen Marsh about whether the government will blink before the scheme is renegotiated.</p>'
          '<p>00:00 Introduction. 04:10 Why the rebate rose to 23%. 15:30 What NICE can and cannot change. 27:45 What to watch in the autumn budget.</p>'
          '<p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p></div>',
          '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Episode 42: The UK pricing standoff", "datePublished": "2025-10-09",
                                                                "partOfSeries": {"@type": "PodcastSeries", "name": "The PharmaLedger Podcast"}, "author": {"@type": "Person", "name": "Tom Hollis"}}), "podcast"))
    s.non("/awards/pharmaledger-awards-2025", page("PharmaLedger Awards 2025: the winners", '<p class="awards__date">Announced 2 October 2025 at the Royal Lancaster, London</p>'
          '<p>The PharmaLedger Awards recognise the best of the pharmaceutical industry in research, manufacturing and market access. This year\'s 14 categories drew 312 entries.</p>'
          '<table class="awards-table"><tr><th>Category</th><th>Winner</th></tr><tr><td>Biotech of the Year</td><td>Arvena Therapeutics</td></tr><tr><td>Best Market Access Strategy</td><td>Norvalis Biologics</td></tr>'
          '<tr><td>Manufacturing Excellence</td><td>Cambrian Fill-Finish</td></tr><tr><td>Executive of the Year</td><td>Dr Ruth Achebe, Halden Pharma</td></tr></table><p>Entries for the 2026 awards open in March. <a href="/advertise">Sponsorship opportunities</a></p>', "", "awards"))
    s.non("/magazine/2025/october", page("PharmaLedger Magazine - October 2025", '<div class="issue"><img src="/_assets/covers/2025-10.jpg" alt="October 2025 cover"><p>Volume 14, Issue 10</p><h2>In this issue</h2>'
          '<ol class="issue-toc"><li><a href="%s">Cover story: The UK pricing standoff</a> p.8</li><li><a href="%s">%s</a> p.16</li><li>Biosimilars: the next wave p.22</li><li>Awards 2025: the winners p.30</li><li>Data: EU approvals in Q3 p.38</li></ol>'
          '<p><a href="/subscribe">Subscribe to the print edition</a></p></div>' % (EP, every[2][0], E(every[2][1])), "", "issue"))
    s.non("/about", page("About PharmaLedger", '<p>PharmaLedger has reported on the pharmaceutical industry since 2011. Our 25 journalists and analysts in London, Frankfurt and Boston cover regulation, market access, deals and R&amp;D.</p>'
                                              '<p>Editor: Caroline Ward. Executive editor: <a href="/authors/tom-hollis">Tom Hollis</a>. Contact the newsroom at news@pharmaledger.example.</p>', "", "about"))
    s.non("/advertise", page("Advertise with PharmaLedger", '<p>Reach 140,000 pharma professionals through display, newsletters, webinars, whitepapers and events. Audience: 38% C-suite and director level.</p><p><a href="/_assets/pdf/PharmaLedger-Media-Pack-2026.pdf">Download the 2026 media pack</a></p>', "", "about"))
    s.urlset("/sitemap-news.xml", [apath(a) for a in A])
    s.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /subscribe\n\nSitemap: %s\n" % s.url("/sitemap-news.xml"))
    s.feed("/rss/news", SN, [(apath(a), a["title"], a["iso"], ", ".join(a["authors"])) for a in A], "en-GB")


# ------------------------------------------------------------ 3 Bauwirtschaft Aktuell (TYPO3 + tx_news, de construction)
def bauwirtschaft():
    s = Site(3)
    SN = "Bauwirtschaft Aktuell"
    nav = [("/nachrichten", "Nachrichten"), ("/produkte", "Produkte"), ("/firmenverzeichnis", "Firmenverzeichnis"), ("/veranstaltungen", "Termine"),
           ("/stellenmarkt", "Stellenmarkt"), ("/heftarchiv/2025-10", "Heftarchiv")]

    def shell(title, main, head="", pid=1):
        return ('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n\n<meta charset="utf-8">\n<!-- \n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n'
                '<title>%s</title>\n<meta name="generator" content="TYPO3 CMS" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n%s\n'
                '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-8d1c4e2f0b.css?1728461001" media="all">\n</head>\n<body id="p%d" class="page-%d pagelevel-1 language-0 backendlayout-default layout-default">\n'
                '<div id="top"></div><div class="body-bg"><header class="navbar navbar-mainnavigation"><div class="container"><a class="navbar-brand" href="/"><img src="/fileadmin/templates/img/bauwirtschaft-aktuell.svg" alt="Bauwirtschaft Aktuell" height="52"></a>'
                '<nav class="navbar-collapse"><ul class="navbar-nav">%s</ul></nav><div class="meta-nav"><a href="/mediadaten">Mediadaten</a> | <a href="/impressum">Impressum</a></div></div></header>'
                '<div class="ad-leaderboard"><span class="ad-label">Anzeige</span><img src="/fileadmin/ads/leaderboard-baumaschinen.jpg" alt=""></div>'
                '<div id="page-content" class="bp-page-header"><main class="section section-default"><div class="container">%s</div></main></div>'
                '<footer class="section footer-section"><div class="container"><p>Bauwirtschaft Aktuell – Das Fachmagazin für Bauunternehmer, Planer und Baustoffhandel. Erscheint monatlich im Verlag Bau &amp; Technik GmbH, Köln.</p>'
                '<ul class="footer-nav"><li><a href="/impressum">Impressum</a></li><li><a href="/mediadaten">Mediadaten</a></li></ul><p>&copy; 2025 Verlag Bau &amp; Technik GmbH</p></div></footer></div>\n</body>\n</html>') % (
            E(title), head, pid, pid, "".join('<li class="nav-item"><a href="%s" class="nav-link">%s</a></li>' % (p, E(t)) for p, t in nav), main)

    nl = ('<div class="frame frame-newsletter"><h3>Newsletter</h3><p>Jeden Dienstag die wichtigsten Nachrichten aus der Bauwirtschaft kostenlos per E-Mail erhalten.</p>'
          '<form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Jetzt anmelden</button></form></div>')
    A = [dict(slug="baugenehmigungen-im-wohnungsbau-brechen-erneut-ein", title="Baugenehmigungen im Wohnungsbau brechen erneut ein", author="Michael Kern", authors=["Michael Kern"],
              date="2025-10-13", cat="Wohnungsbau", kicker=None,
              lead="Im August wurden in Deutschland 14 Prozent weniger Wohnungen genehmigt als ein Jahr zuvor. Der Branchenverband fordert schnellere Verfahren.", paras=[
                  "Die Zahl der genehmigten Wohnungen in Deutschland ist im August erneut deutlich gesunken: Die Bauämter gaben nach Angaben des Statistischen Bundesamtes grünes Licht für 16.800 Wohnungen, 14 Prozent weniger als im Vorjahresmonat.",
                  "Besonders stark fiel der Rückgang bei Einfamilienhäusern aus, deren Zahl um 22 Prozent zurückging. Bei Mehrfamilienhäusern lag das Minus bei neun Prozent, während Genehmigungen für Umbauten im Bestand leicht zulegten.",
                  "Der Hauptverband der Bauwirtschaft sprach von einem „alarmierenden Signal“. „Die Zinsen sind gesunken, aber die Baukosten und die Dauer der Verfahren schrecken Bauherren weiter ab“, sagte Hauptgeschäftsführerin Katrin Albers.",
                  "Der Verband fordert, den sogenannten Bau-Turbo im Baugesetzbuch rasch umzusetzen und die Genehmigungsfristen für Wohngebäude auf drei Monate zu begrenzen.",
                  "Für das Gesamtjahr rechnen die Wirtschaftsforschungsinstitute inzwischen mit weniger als 200.000 genehmigten Wohnungen, dem niedrigsten Wert seit 2010."]),
         dict(slug="krahnwerk-stellt-elektrischen-turmdrehkran-mit-zwoelf-tonnen-traglast-vor", title="Krahnwerk stellt elektrischen Turmdrehkran mit zwölf Tonnen Traglast vor",
              author="Sandra Vogt", authors=["Sandra Vogt"], date="2025-10-09", cat="Baumaschinen", kicker="Produktneuheit",
              lead="Der KT 1200 E arbeitet am Baustromanschluss und puffert Lastspitzen mit einem Batteriespeicher im Gegengewicht.", paras=[
                  "Der Kranhersteller Krahnwerk aus Biberach hat einen vollelektrischen Obendreher vorgestellt, der bis zu zwölf Tonnen heben kann und ohne Dieselaggregat auskommt.",
                  "Der KT 1200 E wird über einen Baustromanschluss mit 63 Ampere betrieben. Ein Batteriespeicher im Gegengewicht puffert Lastspitzen, sodass auch auf Baustellen mit schwachem Netzanschluss die volle Hubleistung zur Verfügung stehen soll.",
                  "Die maximale Ausladung beträgt 70 Meter, an der Spitze trägt der Kran noch 2,1 Tonnen. Die Montage soll dank vormontierter Turmstücke an einem Tag möglich sein.",
                  "„Innerstädtische Baustellen verlangen leise und emissionsfreie Geräte, ohne dass die Bauunternehmen bei der Leistung Abstriche machen müssen“, sagte Vertriebsleiter Jens Obermaier bei der Vorstellung im Werk.",
                  "Der Kran ist ab dem ersten Quartal 2026 lieferbar. Einen Preis nannte das Unternehmen nicht."]),
         dict(slug="nordbau-erhaelt-auftrag-fuer-klinikneubau-in-oldenburg", title="Nordbau erhält Auftrag für Klinikneubau in Oldenburg", author="Pressemitteilung", authors=[],
              date="2025-10-07", cat="Hochbau", kicker=None,
              lead="Das Auftragsvolumen für das neue Bettenhaus am Klinikum Oldenburg beläuft sich auf rund 148 Millionen Euro.", paras=[
                  "Die Nordbau AG hat den Auftrag für den Rohbau und den technischen Ausbau des neuen Bettenhauses am Klinikum Oldenburg erhalten. Das Auftragsvolumen beläuft sich auf rund 148 Millionen Euro.",
                  "Das siebengeschossige Gebäude mit 420 Betten und 14 Operationssälen entsteht bis Ende 2028 auf dem Gelände des bestehenden Klinikums. Der Bau erfolgt bei laufendem Krankenhausbetrieb.",
                  "„Wir freuen uns, dass wir mit unserer Erfahrung im Gesundheitsbau überzeugen konnten“, sagt Dr. Henrik Ahlers, Vorstand der Nordbau AG. „Der Bau im laufenden Klinikbetrieb ist eine besondere Herausforderung, die wir mit digitaler Planung nach der BIM-Methode meistern werden.“",
                  "Über die Nordbau AG: Die Nordbau AG mit Sitz in Bremen ist eines der größten mittelständischen Bauunternehmen Norddeutschlands. Mit rund 2.300 Mitarbeitern erwirtschaftete sie 2024 einen Umsatz von 1,1 Milliarden Euro."])]
    apath = lambda a: "/nachrichten/detail/" + a["slug"]  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    de = lambda d: "%s.%s.%s" % (d[8:10], d[5:7], d[:4])  # noqa: E731
    for a in A:
        path = apath(a)
        p = a["paras"]
        text = ps(p[:2]) + nl + ps(p[2:]) + ('<p><em>Quelle: Nordbau AG</em></p>' if not a["authors"] else "")
        related = ('<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Verwandte Nachrichten</h4><ul>%s</ul></div>%s</div>') % (
            "".join('<li><span class="news-related-news-date">%s</span> <a href="%s">%s</a></li>' % (de(b["date"]), apath(b), E(b["title"])) for b in A if b is not a),
            '<div class="news-related news-related-links"><h4>Produktdatenbank</h4><ul><li><a href="/produkte/krahnwerk-kt-1200-e">Krahnwerk KT 1200 E – technische Daten</a></li></ul></div>' if a["kicker"] else "")
        main = ('<div class="row"><div class="col-md-8"><div id="c%d" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
                '%s<div class="header"><h1 itemprop="headline">%s</h1></div>'
                '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="%s">%s</time></span> '
                '<span class="news-list-category">%s</span> <span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Autor: <span itemprop="name">%s</span></span></p></div>'
                '<div class="lead" itemprop="description"><p>%s</p></div>'
                '<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="/fileadmin/_processed_/a/3/csm_%s_7b2e19c0d4.jpg" width="750" height="422" alt=""></div>'
                '<p class="news-img-caption">Foto: %s</p></div></div>'
                '<div class="news-text-wrap" itemprop="articleBody">%s</div>%s'
                '<div class="news-backlink-wrap"><a href="/nachrichten">Zurück</a></div></div></div></div></div>'
                '<div class="col-md-4"><div class="frame frame-sidebar"><h3>Termine</h3><ul><li><a href="/veranstaltungen/deutscher-baugipfel-2026">Deutscher Baugipfel 2026, 3.–4. März 2026, Berlin</a></li></ul>'
                '<h3>Stellenangebote</h3><ul><li><a href="/stellenmarkt/bauleiter-hochbau-hamburg">Bauleiter Hochbau (m/w/d), Hamburg</a></li></ul></div></div></div>') % (
            300 + A.index(a), ('<p class="news-kicker">%s</p>' % a["kicker"]) if a["kicker"] else "", E(a["title"]), a["date"], de(a["date"]), a["cat"], E(a["author"]), E(a["lead"]),
            a["slug"][:20], "Krahnwerk GmbH" if a["kicker"] else ("Nordbau AG" if not a["authors"] else "Bauwirtschaft Aktuell/Kern"), text, related)
        head = ('<meta name="description" content="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:description" content="%s" />\n'
                '<meta name="twitter:card" content="summary" />\n<link rel="canonical" href="%s"/>\n<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/nachrichten/rss.xml" />') % (
            E(a["lead"]), E(a["title"]), E(a["lead"]), s.url(path))
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, 12), a["title"], a["date"], a["authors"],
              must=[p[0], p[2], p[-1]], must_not=["Jeden Dienstag die wichtigsten Nachrichten", "Bauleiter Hochbau (m/w/d), Hamburg"])

    def newslist(items):
        return '<div class="news"><div class="news-list-view">%s</div></div>' % "".join(
            '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="%s" href="%s"><span itemprop="headline">%s</span></a></h3></div>'
            '<div class="teaser-text"><div itemprop="description"><p>%s</p></div><a class="more" href="%s">Weiterlesen</a></div>'
            '<div class="footer"><p><span class="news-list-date"><time datetime="%s">%s<meta itemprop="datePublished" content="%s" /></time></span> <span class="news-list-category">%s</span></p></div></div>' % (
                E(a["title"]), apath(a), E(a["title"]), E(a["lead"]), apath(a), a["date"], de(a["date"]), a["date"], a["cat"]) for a in items)

    def page(title, inner, pid=20, head=""):
        return shell("%s | %s" % (title, SN), '<div class="frame frame-default"><header><h1 class="element-header">%s</h1></header>%s</div>' % (E(title), inner), head, pid)
    EV = "/veranstaltungen/deutscher-baugipfel-2026"
    CO = "/firmenverzeichnis/nordbau-ag"
    PR = "/produkte/krahnwerk-kt-1200-e"
    JOB = "/stellenmarkt/bauleiter-hochbau-hamburg"
    s.non("/", shell(SN + " – Nachrichten für die Bauwirtschaft", '<div class="row"><div class="col-md-8"><h2>Aktuelle Nachrichten</h2>%s</div><div class="col-md-4"><h3>Termine</h3><p><a href="%s">Deutscher Baugipfel 2026</a></p>'
          '<h3>Aktuelles Heft</h3><p><a href="/heftarchiv/2025-10">Ausgabe 10/2025</a></p><h3>Stellenmarkt</h3><p><a href="%s">Bauleiter Hochbau (m/w/d), Hamburg</a></p><p><a href="/nachrichten/kategorie/hochbau">Alle Hochbau-Nachrichten</a></p></div></div>' % (newslist(A), EV, JOB), "", 1))
    s.non("/nachrichten", page("Nachrichten", newslist(A) + '<ul class="f3-widget-paginator"><li class="current">1</li><li><a href="/nachrichten">2</a></li></ul>', 10))
    s.non("/nachrichten/kategorie/hochbau", page("Hochbau", '<p>Nachrichten aus dem Hoch- und Ingenieurbau: Aufträge, Projekte, Unternehmen.</p>' + newslist(A[2:]), 11))
    s.non("/veranstaltungen", page("Termine", '<p>Messen, Kongresse und Seminare für die Bauwirtschaft.</p><table class="table"><thead><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr></thead><tbody>'
          '<tr><td>04.11.2025</td><td>BIM-Praxistag</td><td>Frankfurt am Main</td></tr><tr><td>20.11.2025</td><td>Webinar: Neue Vergaberegeln 2026</td><td>online</td></tr>'
          '<tr><td>03.03.–04.03.2026</td><td><a href="%s">Deutscher Baugipfel 2026</a></td><td>Berlin</td></tr><tr><td>13.04.–19.04.2026</td><td>Baumaschinenmesse</td><td>München</td></tr></tbody></table>' % EV, 30))
    s.non(EV, page("Deutscher Baugipfel 2026", '<div class="event-detail"><p class="event-date"><strong>Datum:</strong> 3. und 4. März 2026</p><p><strong>Ort:</strong> Estrel Congress Center, Berlin</p>'
          '<p>Der Deutsche Baugipfel bringt jedes Jahr rund 800 Entscheider aus Bauunternehmen, Verwaltung und Politik zusammen. Im Mittelpunkt stehen 2026 der Wohnungsbau, die Vergabe und die Digitalisierung der Genehmigungsverfahren.</p>'
          '<h3>Programm (Auszug)</h3><ul><li>3. März, 10:00 Uhr: Eröffnung durch die Bundesbauministerin</li><li>3. März, 14:00 Uhr: Podium „Bau-Turbo – was bringt er wirklich?“</li><li>4. März, 09:30 Uhr: Fachforen BIM, Vergabe, Fachkräfte</li></ul>'
          '<p><strong>Teilnahmegebühr:</strong> 690 Euro zzgl. MwSt., Abonnenten 590 Euro.</p><p><a class="btn btn-primary" href="/veranstaltungen">Jetzt anmelden</a></p></div>', 31,
          jl({"@context": "https://schema.org", "@type": "Event", "name": "Deutscher Baugipfel 2026", "startDate": "2026-03-03", "endDate": "2026-03-04", "location": {"@type": "Place", "name": "Estrel Congress Center", "address": "Berlin"}})))
    s.non("/firmenverzeichnis", page("Firmenverzeichnis", '<p>Bauunternehmen, Hersteller und Dienstleister von A bis Z.</p><form class="company-search"><input placeholder="Firmenname oder PLZ"><button>Suchen</button></form>'
          '<ul><li>Krahnwerk GmbH – Krane und Hebetechnik – Biberach</li><li><a href="%s">Nordbau AG</a> – Hochbau, Ingenieurbau – Bremen</li><li>Rheinbeton GmbH – Transportbeton – Neuss</li></ul>' % CO, 40))
    s.non(CO, page("Nordbau AG", '<div class="company-profile"><img src="/fileadmin/firmen/nordbau-logo.png" alt="Nordbau AG"><table class="table"><tr><th>Anschrift</th><td>Am Speicher 12, 28217 Bremen</td></tr><tr><th>Telefon</th><td>0421 555 300</td></tr>'
          '<tr><th>Branche</th><td>Hochbau, Ingenieurbau, Schlüsselfertigbau</td></tr><tr><th>Mitarbeiter</th><td>ca. 2.300</td></tr><tr><th>Umsatz 2024</th><td>1,1 Mrd. Euro</td></tr></table>'
          '<p>Die Nordbau AG ist ein mittelständisches Bauunternehmen mit Niederlassungen in Bremen, Hamburg, Hannover und Oldenburg.</p><h3>Nachrichten zum Unternehmen</h3><ul><li><a href="%s">%s</a></li></ul>'
          '<h3>Stellenangebote</h3><ul><li><a href="%s">Bauleiter Hochbau (m/w/d)</a></li></ul></div>' % (apath(A[2]), E(A[2]["title"]), JOB), 41))
    s.non("/produkte", page("Produktdatenbank", '<p>Baumaschinen, Baustoffe und Software im Überblick – mit technischen Daten und Herstellerangaben.</p><table class="table"><tr><th>Produkt</th><th>Hersteller</th><th>Kategorie</th></tr>'
          '<tr><td><a href="%s">KT 1200 E</a></td><td>Krahnwerk</td><td>Turmdrehkrane</td></tr><tr><td>RB Eco C25/30</td><td>Rheinbeton</td><td>Transportbeton</td></tr><tr><td>SiteLog 5</td><td>Bautec Software</td><td>Bautagebuch-Software</td></tr></table>' % PR, 50))
    s.non(PR, page("Krahnwerk KT 1200 E", '<div class="product-detail"><p class="product-manufacturer">Hersteller: Krahnwerk GmbH, Biberach</p><p>Vollelektrischer Obendreher mit Batteriepuffer für Baustellen mit schwachem Netzanschluss.</p>'
          '<table class="table"><tr><th>Max. Traglast</th><td>12 t</td></tr><tr><th>Max. Ausladung</th><td>70 m</td></tr><tr><th>Traglast an der Spitze</th><td>2,1 t</td></tr><tr><th>Anschluss</th><td>400 V / 63 A</td></tr><tr><th>Verfügbar ab</th><td>Q1/2026</td></tr></table>'
          '<p><a href="%s">Zur Meldung: %s</a></p><form><label>Angebot anfordern</label><input placeholder="E-Mail"><button>Anfrage senden</button></form></div>' % (apath(A[1]), E(A[1]["title"])), 51))
    s.non("/stellenmarkt", page("Stellenmarkt", '<p>Aktuelle Stellenangebote in der Bauwirtschaft.</p><ul class="job-list"><li><a href="%s">Bauleiter Hochbau (m/w/d)</a> – Nordbau AG – Hamburg – 08.10.2025</li><li>Kalkulator (m/w/d) – Rheinbeton GmbH – Neuss – 01.10.2025</li></ul>' % JOB, 60))
    s.non(JOB, page("Bauleiter Hochbau (m/w/d)", '<div class="job-detail"><p><strong>Nordbau AG</strong> | Hamburg | Vollzeit, unbefristet | veröffentlicht am 08.10.2025</p><p>Für unsere Niederlassung Hamburg suchen wir einen erfahrenen Bauleiter (m/w/d) für anspruchsvolle Projekte im Gesundheits- und Wohnungsbau.</p>'
          '<h3>Ihre Aufgaben</h3><ul><li>Leitung von Baustellen bis 60 Mio. Euro</li><li>Koordination der Nachunternehmer</li><li>Termin- und Kostenkontrolle</li></ul><h3>Ihr Profil</h3><ul><li>Studium Bauingenieurwesen</li><li>Mehrjährige Erfahrung in der Bauleitung</li></ul>'
          '<p><a class="btn btn-primary" href="%s">Jetzt bewerben</a></p></div>' % CO, 61,
          jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Bauleiter Hochbau (m/w/d)", "datePosted": "2025-10-08", "hiringOrganization": {"@type": "Organization", "name": "Nordbau AG"}})))
    s.non("/heftarchiv/2025-10", page("Ausgabe 10/2025", '<div class="issue"><img src="/fileadmin/hefte/2025-10-titel.jpg" alt="Titelseite Oktober 2025"><p>Erscheinungstermin: 6. Oktober 2025</p><h2>Inhaltsverzeichnis</h2>'
          '<ul class="toc"><li>Titelthema: Serielles Sanieren – der Durchbruch lässt auf sich warten (S. 12)</li><li>Interview: „Wir brauchen Typengenehmigungen“ (S. 18)</li><li>Baumaschinen: Elektrische Krane im Vergleich (S. 26)</li><li>Recht: Neue Vergabeschwellen ab 2026 (S. 34)</li><li>Markt: Baupreisindex im dritten Quartal (S. 40)</li></ul>'
          '<p>Das Heft als E-Paper lesen: <a href="/mediadaten">Abo-Angebote</a></p></div>', 70))
    s.non("/mediadaten", page("Mediadaten 2026", '<p>Bauwirtschaft Aktuell erreicht monatlich 28.500 Entscheider in Bauunternehmen, Planungsbüros und Baustoffhandel (IVW-geprüfte Auflage).</p><ul><li>Anzeigenschluss: jeweils am 15. des Vormonats</li><li>Newsletter: 19.000 Abonnenten</li><li>Online: 240.000 Page Impressions monatlich</li></ul><p><a href="/fileadmin/mediadaten/mediadaten-2026.pdf">Mediadaten 2026 als PDF</a></p>', 80))
    s.non("/impressum", page("Impressum", '<p>Verlag Bau &amp; Technik GmbH, Hohenzollernring 40, 50672 Köln. Geschäftsführer: Thomas Brehm. Chefredaktion: Dr. Ute Lorenz. Redaktion: Michael Kern, Sandra Vogt. Handelsregister: Amtsgericht Köln HRB 51234.</p>', 90))
    s.put("/nachrichten/rss.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bauwirtschaft Aktuell: Nachrichten</title><link>%s</link><language>de-DE</language>%s</channel></rss>' % (
        s.url("/"), "".join('<item><title>%s</title><link>%s</link><description>%s</description><pubDate>%s</pubDate></item>' % (
            E(a["title"]), s.url(apath(a)), E(a["lead"]), rfc822(a["date"] + "T08:00:00+02:00")) for a in A)))
    s.index("/sitemap.xml", [("/sitemap-pages.xml", ["/", "/nachrichten", "/veranstaltungen", "/firmenverzeichnis", "/produkte", "/stellenmarkt", "/mediadaten", "/impressum"]),
                             ("/sitemap-news.xml", [apath(a) for a in A])], "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\n")


# ------------------------------------------------------------ 4 Énergie & Réseaux Hebdo (Drupal 10, fr energy)
def energie():
    s = Site(4)
    SN = "Énergie & Réseaux Hebdo"
    nav = [("/rubrique/reseaux", "Réseaux"), ("/agenda", "Agenda"), ("/annuaire", "Annuaire"), ("/trophees-transition-energetique-2025", "Trophées"), ("/partenaires", "Espace partenaires")]

    def shell(title, main, head="", cls="path-frontpage", og="website"):
        return ('<!DOCTYPE html>\n<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">\n  <head>\n    <meta charset="utf-8" />\n<meta property="og:site_name" content="%s" />\n<meta property="og:type" content="%s" />\n%s\n'
                '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
                '<link rel="icon" href="/themes/custom/erh/favicon.ico" type="image/vnd.microsoft.icon" />\n    <title>%s</title>\n    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3dP0a9.css?delta=0&amp;language=fr&amp;theme=erh" />\n  </head>\n'
                '  <body class="%s">\n    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>\n    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '<div class="layout-container"><header role="banner" class="site-header"><div class="region region-header"><div id="block-erh-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/erh/logo.svg" alt="Accueil" /></a></div>'
                '<div class="header-cta"><a href="/qui-sommes-nous">S\'abonner</a></div></div>'
                '<nav role="navigation" aria-labelledby="block-erh-main-menu-menu" id="block-erh-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-erh-main-menu-menu">Navigation principale</h2><ul class="menu">%s</ul></nav></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>%s</div></div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu"><li class="menu-item"><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li><li class="menu-item"><a href="/publicite">Publicité</a></li></ul></nav>'
                '<p>Énergie &amp; Réseaux Hebdo, l\'hebdomadaire des professionnels de l\'énergie. © 2025 Éditions Watt SAS</p></div></footer></div>\n    </div>\n'
                '<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span><button>Tout accepter</button><button>Personnaliser</button></div></div>\n'
                '  </body>\n</html>') % (SN, og, head, E(title), cls, "".join('<li class="menu-item"><a href="%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (p, 10 + i, E(t)) for i, (p, t) in enumerate(nav)), main)

    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    def frdate(iso):
        d = datetime.datetime.fromisoformat(iso)
        return "%d %s %d à %02dh%02d" % (d.day, months[d.month - 1], d.year, d.hour, d.minute)
    A = [dict(nid=4812, slug="rte-prevoit-100-milliards-deuros-dinvestissements-sur-le-reseau-dici-2040", kicker="Réseaux",
              title="RTE prévoit 100 milliards d'euros d'investissements sur le réseau d'ici 2040", authors=["Claire Dubois", "Antoine Lefèvre"], sig=None,
              iso="2025-10-15T07:45:00+02:00", chapo="Le gestionnaire du réseau de transport d'électricité a présenté son schéma décennal, qui prévoit un doublement des investissements annuels.", paras=[
                  "RTE a présenté mardi son nouveau schéma décennal de développement du réseau, qui prévoit près de 100 milliards d'euros d'investissements d'ici 2040 pour raccorder les parcs éoliens en mer, électrifier l'industrie et renouveler des lignes construites dans les années 1960.",
                  "Le gestionnaire du réseau de transport d'électricité prévoit de porter ses investissements annuels de 3 milliards d'euros aujourd'hui à plus de 6 milliards à la fin de la décennie. Un tiers de l'enveloppe sera consacré au raccordement de l'éolien en mer.",
                  "« Nous devons construire en quinze ans autant de lignes qu'en quarante ans », a déclaré le président du directoire de RTE, Thomas Verrier, lors de la présentation à la presse.",
                  "La Commission de régulation de l'énergie devra valider la trajectoire, qui se traduira par une hausse du tarif d'utilisation des réseaux publics d'électricité. RTE estime l'impact à environ 3 euros par an et par foyer d'ici 2030.",
                  "Les associations de consommateurs ont demandé que les industriels électro-intensifs, premiers bénéficiaires des nouveaux raccordements, prennent une part plus importante de la facture."]),
         dict(nid=4797, slug="le-stockage-par-batteries-doit-devenir-un-service-du-reseau", kicker="Tribune",
              title="Le stockage par batteries doit devenir un service du réseau", authors=["Hélène Marchal"], sig="Par Hélène Marchal, présidente de Voltéa Stockage",
              iso="2025-10-10T18:00:00+02:00", chapo="Pour la présidente de Voltéa Stockage, la France pénalise les batteries stationnaires en leur faisant payer deux fois l'accès au réseau.", paras=[
                  "La France a raccordé plus d'un gigawatt de batteries en deux ans, mais le cadre réglementaire les traite encore comme des consommateurs et des producteurs à la fois, et leur fait payer deux fois l'accès au réseau.",
                  "Cette double peine n'a plus de sens. Une batterie qui absorbe les surplus solaires à midi et les restitue à 19 heures ne consomme rien : elle rend un service au système électrique, en évitant de démarrer des centrales à gaz et de renforcer des lignes.",
                  "Nos voisins l'ont compris. L'Allemagne exonère les installations de stockage de frais de réseau jusqu'en 2029, et le Royaume-Uni rémunère leur capacité à stabiliser la fréquence dans des appels d'offres ouverts.",
                  "Nous demandons trois choses : la fin de la double tarification, un appel d'offres annuel pour la flexibilité locale organisé par les gestionnaires de réseau, et des délais de raccordement garantis pour les projets situés sur des postes saturés.",
                  "Sans ces mesures, la France continuera d'écrêter sa production solaire les jours de grand soleil et d'importer de l'électricité carbonée les soirs d'hiver."]),
         dict(nid=4790, slug="comment-les-collectivites-pilotent-leur-consommation-grace-aux-compteurs-communicants", kicker="Contenu partenaire",
              title="Comment les collectivités pilotent leur consommation grâce aux compteurs communicants", authors=[], sig="Proposé par EnerSmart",
              iso="2025-10-08T10:00:00+02:00", chapo="Les courbes de charge des compteurs communicants permettent aux communes de repérer les gaspillages sans engager de travaux.", paras=[
                  "Avec la hausse des prix de l'électricité depuis 2022, les communes et les intercommunalités cherchent à mieux comprendre où part chaque kilowattheure de leurs écoles, gymnases et piscines.",
                  "Les compteurs communicants installés sur la quasi-totalité des bâtiments publics fournissent désormais une courbe de charge toutes les demi-heures. Encore faut-il savoir l'exploiter.",
                  "À Villefranche-sur-Saône, la plateforme EnerSmart a permis de repérer des chauffages qui tournaient la nuit et le week-end dans onze bâtiments. La commune a réduit sa facture de 14 % en un an, sans travaux.",
                  "Le décret tertiaire impose aux bâtiments de plus de 1 000 mètres carrés de réduire leur consommation de 40 % d'ici 2030 : le suivi fin des données devient un outil de conformité autant que d'économies."])]
    apath = lambda a: "/actualites/" + a["slug"]  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    lire = '<div class="paragraph paragraph--type--lire-aussi"><span class="lire-aussi__label">À lire aussi</span> <a href="%s">%s</a></div>'
    for a in A:
        path = apath(a)
        p = a["paras"]
        utcs = datetime.datetime.fromisoformat(a["iso"]).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if a["authors"] and not a["sig"]:
            who = 'Par <span class="field field--name-field-auteurs field--type-entity-reference">%s</span> | ' % " et ".join(
                '<a href="/auteurs/%s" hreflang="fr">%s</a>' % (n.lower().replace(" ", "-").replace("è", "e"), E(n)) for n in a["authors"])
        else:
            who = '<span class="field field--name-field-signature field--type-string">%s</span> | ' % E(a["sig"])
        if a["kicker"] == "Réseaux":
            body = ps(p[:2]) + lire % every[1] + ps(p[2:])
        elif a["kicker"] == "Tribune":
            body = ps(p) + '<p><em>Hélène Marchal est présidente de Voltéa Stockage, développeur de batteries stationnaires basé à Lyon. Les tribunes publiées n\'engagent que leurs auteurs.</em></p>'
        else:
            body = ('<div class="partner-banner">Contenu partenaire – Proposé par <a href="/partenaires">EnerSmart</a></div>' + ps(p) +
                    '<p class="partner-disclaimer">Ce contenu a été rédigé par EnerSmart. La rédaction d\'Énergie &amp; Réseaux Hebdo n\'a pas participé à sa réalisation.</p>')
        main = ('<div id="block-erh-content" class="block block-system block-system-main-block"><article data-history-node-id="%d" class="node node--type-article%s node--view-mode-full">'
                '<div class="field field--name-field-surtitre field--type-string node__surtitre">%s</div><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
                '<div class="clearfix text-formatted field field--name-field-chapo node__chapo"><p>%s</p></div>'
                '<footer class="node__meta"><div class="node__submitted">%sPublié le <time datetime="%s">%s</time></div></footer>'
                '<div class="node__content"><div class="field field--name-field-image"><figure><img loading="lazy" src="/sites/default/files/styles/article_large/public/2025-10/%d.jpg" alt="" /><figcaption>© %s</figcaption></figure></div>'
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/rubrique/reseaux" hreflang="fr">Réseaux</a></div></div></div>'
                '</div></article></div>'
                '<div class="views-element-container block block-views"><h2>Les plus lus</h2><div class="view view-plus-lus"><ul>%s</ul></div></div>'
                '<div class="block block-newsletter"><h2>La lettre quotidienne</h2><p>Recevez chaque matin l\'essentiel de l\'actualité de l\'énergie.</p><form><input type="email"><input type="submit" value="Je m\'inscris"></form></div>') % (
            a["nid"], " node--type-partenaire" if not a["authors"] else "", E(a["kicker"]), E(a["title"]), E(a["chapo"]), who, utcs, frdate(a["iso"]), a["nid"],
            "RTE" if a["kicker"] == "Réseaux" else ("Voltéa Stockage" if a["authors"] else "EnerSmart"), body, links([e for e in every if e[0] != path] + [("/webinaires/flexibilite-locale-2026", "Webinaire : la flexibilité locale en 2026")]))
        ld_author = [{"@type": "Person", "name": n} for n in a["authors"]] if not a["sig"] else {"@type": "Organization", "name": SN}
        head = ('<meta name="description" content="%s" />\n<link rel="canonical" href="%s" />\n<meta property="og:url" content="%s" />\n<meta property="og:title" content="%s" />\n'
                '<meta property="article:section" content="%s" />\n<meta property="article:published_time" content="%s" />\n<meta property="article:modified_time" content="%s" />\n%s') % (
            E(a["chapo"]), s.url(path), s.url(path), E(a["title"]), E(a["kicker"]), a["iso"].replace("+02:00", "+0200"), a["iso"].replace("+02:00", "+0200"),
            jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"], "description": a["chapo"], "datePublished": a["iso"].replace("+02:00", "+0200"),
                                                            "author": ld_author, "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": s.url(path)}]}))
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, "path-node page-node-type-article", "article"), a["title"], a["iso"][:10], a["authors"], instant=utc(a["iso"]),
              must=[p[0], p[2], p[-1]], must_not=["Recevez chaque matin l'essentiel", "Ce site utilise des cookies"] + ([every[1][1]] if a["kicker"] == "Réseaux" else []))

    def teasers(items):
        return '<div class="view view-content">%s</div>' % "".join(
            '<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><div class="node__surtitre">%s</div><h2><a href="%s" rel="bookmark"><span>%s</span></a></h2>'
            '<div class="node__chapo"><p>%s</p></div><time datetime="%s">%s</time></article></div>' % (
                E(a["kicker"]), apath(a), E(a["title"]), E(a["chapo"]), a["iso"], frdate(a["iso"]).split(" à ")[0]) for a in items)

    def page(title, inner, head="", cls="path-node page-node-type-page", og="website"):
        return shell("%s | %s" % (title, SN), '<div class="block block-system-main-block"><h1 class="page-title"><span class="field field--name-title">%s</span></h1>%s</div>' % (E(title), inner), head, cls, og)
    WEB = "/webinaires/flexibilite-locale-2026"
    LB = "/livres-blancs/autoconsommation-collective"
    EV = "/agenda/rencontres-de-la-flexibilite-2025"
    CO = "/annuaire/voltea-stockage"
    JOB = "/emploi/charge-daffaires-raccordement-hf"
    s.non("/", shell("%s | L'actualité des professionnels de l'énergie" % SN, '<div class="block"><h2 class="block-title">À la une</h2>%s</div><aside class="sidebar"><div class="block"><h2>Webinaire</h2><p><a href="%s">La flexibilité locale en 2026 : quels modèles pour les gestionnaires de réseau ?</a></p></div>'
          '<div class="block"><h2>Livre blanc</h2><p><a href="%s">Autoconsommation collective : le guide 2025</a></p></div><div class="block"><h2>Offres d\'emploi</h2><p><a href="%s">Chargé d\'affaires raccordement H/F</a></p></div></aside>' % (teasers(A), WEB, LB, JOB)))
    s.non("/rubrique/reseaux", page("Réseaux", '<div class="taxonomy-term__description"><p>Transport, distribution, raccordement et flexibilité : toute l\'actualité des réseaux électriques et gaziers.</p></div>' + teasers(A), "", "path-taxonomy"))
    for n, bio in (("Claire Dubois", "Journaliste, Claire Dubois suit les réseaux électriques et la régulation pour Énergie & Réseaux Hebdo depuis 2018."),
                   ("Antoine Lefèvre", "Antoine Lefèvre couvre les énergies renouvelables et l'éolien en mer.")):
        s.non("/auteurs/" + n.lower().replace(" ", "-").replace("è", "e"), page(n, '<div class="auteur-bio"><p>%s</p></div><h2>Ses derniers articles</h2>%s' % (E(bio), teasers(A[:1])), "", "path-taxonomy"))
    s.non(WEB, page("La flexibilité locale en 2026 : quels modèles pour les gestionnaires de réseau ?", '<div class="node--type-webinaire"><div class="webinaire-date"><strong>Mardi 18 novembre 2025, de 11h00 à 12h00</strong> – en ligne et gratuit</div>'
          '<p>Les gestionnaires de réseau de distribution lancent leurs premiers appels d\'offres de flexibilité locale. Quels besoins, quelles rémunérations, quels acteurs ? Notre rédaction en débat avec trois intervenants.</p>'
          '<h2>Intervenants</h2><ul><li><strong>Claire Dubois</strong>, journaliste, Énergie &amp; Réseaux Hebdo (animatrice)</li><li><strong>Marc Aubert</strong>, directeur flexibilité, Enedis-Est</li><li><strong>Hélène Marchal</strong>, présidente, Voltéa Stockage</li></ul>'
          '<h2>Inscription</h2>%s</div>' % form(["Prénom", "Nom", "E-mail professionnel", "Société", "Fonction"], "Je m'inscris", "Vos données seront transmises au partenaire du webinaire, EnerSmart."),
          jl({"@context": "https://schema.org", "@type": "Event", "name": "La flexibilité locale en 2026", "startDate": "2025-11-18T11:00:00+01:00", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}),
          "path-node page-node-type-webinaire", "article"))
    s.non(LB, page("Autoconsommation collective : le guide 2025", '<div class="node--type-livre-blanc"><p>Cadre réglementaire, modèles économiques, retours d\'expérience : ce livre blanc de 32 pages fait le point sur l\'autoconsommation collective en France, qui compte désormais plus de 600 opérations.</p>'
          '<p>Proposé par <strong>SolarCoop</strong>.</p><h2>Téléchargez gratuitement le livre blanc</h2>%s</div>' % form(["Prénom", "Nom", "E-mail professionnel", "Société", "Code postal"], "Télécharger", "En téléchargeant ce document, vous acceptez que vos coordonnées soient transmises à SolarCoop."),
          "", "path-node page-node-type-livre-blanc"))
    s.non("/agenda", page("Agenda", '<p>Salons, colloques et formations du secteur de l\'énergie.</p><div class="view view-agenda"><div class="views-row"><span class="date">5 novembre 2025</span> – <a href="%s">Rencontres de la flexibilité 2025</a> – Paris</div>'
          '<div class="views-row"><span class="date">18 novembre 2025</span> – <a href="%s">Webinaire : la flexibilité locale en 2026</a> – En ligne</div><div class="views-row"><span class="date">3-5 février 2026</span> – Salon des énergies renouvelables – Lyon</div></div>' % (EV, WEB), "", "path-agenda"))
    s.non(EV, page("Rencontres de la flexibilité 2025", '<div class="node--type-evenement"><p class="evenement-date">Mercredi 5 novembre 2025, 9h00 – 17h30</p><p class="evenement-lieu">Maison de la Chimie, 28 rue Saint-Dominique, 75007 Paris</p>'
          '<p>Organisées par Énergie &amp; Réseaux Hebdo, les Rencontres de la flexibilité réunissent gestionnaires de réseau, agrégateurs, fournisseurs et collectivités autour des nouveaux marchés de la flexibilité.</p>'
          '<h2>Programme</h2><ul><li>9h30 : Ouverture par la présidente de la CRE</li><li>11h00 : Table ronde « Batteries et effacement »</li><li>14h30 : Ateliers collectivités</li></ul><p>Tarif : 450 € HT. <a href="/agenda">S\'inscrire</a></p></div>',
          jl({"@context": "https://schema.org", "@type": "Event", "name": "Rencontres de la flexibilité 2025", "startDate": "2025-11-05T09:00:00+01:00", "location": {"@type": "Place", "name": "Maison de la Chimie", "address": "Paris"}}),
          "path-node page-node-type-evenement"))
    s.non("/annuaire", page("Annuaire des fournisseurs", '<p>Plus de 1 200 entreprises de l\'énergie référencées.</p><ul><li><a href="%s">Voltéa Stockage</a> – Stockage stationnaire – Lyon (69)</li><li>EnerSmart – Logiciels de suivi énergétique – Nantes (44)</li><li>SolarCoop – Solaire et autoconsommation – Montpellier (34)</li></ul>' % CO, "", "path-annuaire"))
    s.non(CO, page("Voltéa Stockage", '<div class="node--type-fiche-entreprise"><dl><dt>Adresse</dt><dd>12 quai Perrache, 69002 Lyon</dd><dt>Activité</dt><dd>Développement et exploitation de batteries stationnaires</dd><dt>Effectif</dt><dd>85 salariés</dd><dt>Site</dt><dd>voltea-stockage.example</dd></dl>'
          '<p>Voltéa Stockage développe, finance et exploite des systèmes de stockage par batteries raccordés aux réseaux de transport et de distribution.</p><h2>Dans nos colonnes</h2><ul><li><a href="%s">%s</a></li></ul><h2>Offres d\'emploi</h2><ul><li><a href="%s">Chargé d\'affaires raccordement H/F</a></li></ul></div>' % (
              apath(A[1]), E(A[1]["title"]), JOB), "", "path-node page-node-type-fiche-entreprise"))
    s.non(JOB, page("Chargé d'affaires raccordement H/F", '<div class="node--type-offre-emploi"><p><strong>Voltéa Stockage</strong> – Lyon (69) – CDI – Publiée le 6 octobre 2025</p><p>Au sein de la direction des projets, vous pilotez les demandes de raccordement de nos sites de stockage auprès de RTE et des gestionnaires de distribution.</p>'
          '<h2>Profil recherché</h2><ul><li>Ingénieur ou équivalent, 3 ans d\'expérience minimum</li><li>Connaissance des procédures de raccordement</li></ul><p>Salaire : 48 à 58 k€ selon profil. <a href="%s">Postuler</a></p></div>' % CO,
          jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Chargé d'affaires raccordement H/F", "datePosted": "2025-10-06", "hiringOrganization": {"@type": "Organization", "name": "Voltéa Stockage"}}),
          "path-node page-node-type-offre-emploi"))
    s.non("/trophees-transition-energetique-2025", page("Trophées de la transition énergétique 2025", '<p>Les Trophées récompensent chaque année les projets les plus innovants des collectivités et des entreprises. Cérémonie le 27 novembre 2025 à Paris.</p>'
          '<h2>Catégories</h2><ul><li>Collectivité de l\'année</li><li>Projet de réseau intelligent</li><li>Stockage et flexibilité</li><li>Start-up de l\'énergie</li></ul><h2>Calendrier</h2><p>Clôture des candidatures : 24 octobre 2025. Délibération du jury : 12 novembre 2025.</p>'
          '<p><a href="/agenda">Déposer un dossier</a></p>', "", "path-node page-node-type-page"))
    s.non("/partenaires", page("Espace partenaires", '<p>Les contenus de cet espace sont proposés par nos partenaires et rédigés sous leur responsabilité.</p>' + teasers(A[2:]) +
                                '<p>Vous souhaitez publier un contenu partenaire ? <a href="/publicite">Contactez notre régie</a>.</p>', "", "path-taxonomy"))
    s.non("/publicite", page("Publicité", '<p>Énergie &amp; Réseaux Hebdo touche 45 000 professionnels de l\'énergie chaque semaine : gestionnaires de réseau, producteurs, fournisseurs, collectivités et industriels.</p><p>Formats : bannières, lettre quotidienne, webinaires, livres blancs, contenus partenaires. <a href="/sites/default/files/kit-media-2026.pdf">Télécharger le kit média 2026</a></p>'))
    s.non("/qui-sommes-nous", page("Qui sommes-nous ?", '<p>Fondé en 1998, Énergie &amp; Réseaux Hebdo est l\'hebdomadaire des professionnels de l\'énergie. La rédaction compte douze journalistes à Paris et Lyon.</p><p>Directrice de la publication : Sophie Lagarde. Rédacteur en chef : Paul Renaud.</p>'))
    s.put("/rss.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="%s" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link><language>fr</language>%s</channel></rss>' % (
        s.url("/"), E(SN), s.url("/"), "".join('<item><title>%s</title><link>%s</link><description>%s</description><pubDate>%s</pubDate><dc:creator>%s</dc:creator><guid isPermaLink="false">%d at %s</guid></item>' % (
            E(a["title"]), s.url(apath(a)), E(a["chapo"]), rfc822(a["iso"]), "redaction", a["nid"], s.url("/")) for a in A)))
    s.urlset("/sitemap.xml", ["/"] + [apath(a) for a in A] + ["/agenda", "/annuaire", "/partenaires", WEB, LB, EV, CO, JOB])
    s.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /search/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 5 AgroNegocios Hoy (WordPress + JNews, es-ES agriculture)
def agronegocios():
    s = Site(5)
    SN = "AgroNegocios Hoy"
    nav = [("/category/cereales/", "Cereales"), ("/ferias/", "Ferias"), ("/guia-de-proveedores/", "Guía de proveedores"), ("/revista/numero-312-octubre-2025/", "Revista"),
           ("/podcast/ep-27-el-precio-del-aceite-tras-la-cosecha/", "Podcast"), ("/empleo/", "Empleo")]
    months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    esd = lambda iso: "%d de %s de %s" % (int(iso[8:10]), months[int(iso[5:7]) - 1], iso[:4])  # noqa: E731

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html>\n<html lang="es" prefix="og: https://ogp.me/ns#">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<title>%s</title>\n%s\n<link rel="alternate" type="application/rss+xml" title="AgroNegocios Hoy &raquo; Feed" href="/feed/" />\n'
                "<link rel='stylesheet' id='jnews-frontend-css' href='/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.6' type='text/css' media='all' />\n<meta name=\"generator\" content=\"WordPress 6.6.2\" />\n</head>\n"
                '<body class="%s jeg_toggle_light jnews jsc_normal">\n<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"><span class="ads-text">PUBLICIDAD</span><img src="/wp-content/uploads/2025/09/banner-fitosanitarios.jpg" alt=""></div></div>\n'
                '<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar"><div class="jeg_nav_item jeg_top_date">martes, octubre 14, 2025</div>'
                '<ul class="jeg_menu jeg_top_menu"><li><a href="/quienes-somos/">Quiénes somos</a></li><li><a href="/publicidad/">Publicidad</a></li></ul></div>'
                '<div class="jeg_midbar"><div class="jeg_logo jeg_desktop_logo"><a href="/"><img class="jeg_logo_img" src="/wp-content/uploads/2024/01/agronegocios-logo.png" alt="AgroNegocios Hoy"></a></div></div>'
                '<div class="jeg_bottombar jeg_navbar"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1">%s</ul></div></div></div></div></div>'
                '<div class="jeg_main">%s</div>'
                '<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_content"><p>AgroNegocios Hoy. Información para profesionales del sector agroalimentario desde 2004.</p>'
                '<p class="copyright">© 2025 AgroNegocios Hoy - Ediciones Campo y Mercado S.L. <a href="/quienes-somos/">Aviso legal</a></p></div></div></div></div>\n'
                '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message"><p>Utilizamos cookies para optimizar nuestro sitio web y nuestro servicio.</p></div><button class="cmplz-accept">Aceptar</button></div></div>\n</body>\n</html>') % (
            E(title), head, cls, "".join('<li class="menu-item menu-item-type-custom"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in nav), main)

    A = [dict(path="/la-cosecha-de-cereal-de-invierno-cae-un-21-en-castilla-y-leon-por-la-sequia/", title="La cosecha de cereal de invierno cae un 21 % en Castilla y León por la sequía de primavera",
              sub="Las cooperativas calculan pérdidas de 540 millones de euros y piden adelantar el pago de la PAC.", author="Lucía Herrero", authors=["Lucía Herrero"], iso="2025-10-14T09:15:00+02:00",
              cat=("/category/cereales/", "Cereales"), qa=False, paras=[
                  "La cosecha de cereal de invierno en Castilla y León se ha quedado este año en 5,9 millones de toneladas, un 21 % menos que en la campaña anterior, según el balance definitivo presentado este lunes por la Consejería de Agricultura.",
                  "La falta de lluvias en abril y mayo, en plena fase de llenado del grano, golpeó sobre todo a la cebada y al trigo blando en las provincias de Valladolid, Palencia y Zamora, donde los rendimientos cayeron por debajo de los 2.500 kilos por hectárea.",
                  "Las cooperativas de la región calculan que las pérdidas superan los 540 millones de euros. «Muchos agricultores no van a cubrir ni los costes de siembra y abonado», lamentó el presidente de la federación regional de cooperativas, Fernando Antolín.",
                  "Las organizaciones agrarias han pedido al Ministerio de Agricultura que adelante el pago de las ayudas de la PAC al 16 de octubre y que active líneas de préstamos bonificados para las explotaciones afectadas.",
                  "La Junta, por su parte, ha anunciado que reducirá los módulos del IRPF para los cultivos más afectados por la sequía."]),
         dict(path="/jorge-salvatierra-el-relevo-generacional-es-el-gran-reto-del-campo-aragones/", title="Jorge Salvatierra: «El relevo generacional es el gran reto del campo aragonés»",
              sub="El presidente de Cooperativas Agro-alimentarias de Aragón repasa la campaña y los desafíos del sector.", author="Andrés Molina", authors=["Andrés Molina"], iso="2025-10-10T08:00:00+02:00",
              cat=("/category/entrevistas/", "Entrevistas"), qa=True, paras=[
                  "Jorge Salvatierra preside desde 2021 la federación que agrupa a 160 cooperativas aragonesas con 38.000 socios. Agricultor de cereal y almendro en Monegros, atiende a AgroNegocios Hoy en la sede de la federación en Zaragoza.",
                  ("—¿Cómo valora la campaña de este año?", "—Ha sido muy desigual. En regadío hemos tenido buenas producciones de maíz y fruta, pero en secano la sequía de primavera ha hecho mucho daño, sobre todo en el cereal."),
                  ("—¿Cuál es el principal problema de las cooperativas?", "—El relevo generacional. La edad media de nuestros socios supera los 58 años y en muchos pueblos no hay nadie que vaya a coger la explotación cuando se jubilen."),
                  ("—¿Qué piden a las administraciones?", "—Que el joven que se incorpora no tenga que esperar dos años para cobrar la ayuda de primera instalación, y que se facilite el acceso a la tierra a través de bancos de tierras públicos."),
                  ("—¿Y a la industria?", "—Contratos estables. Con precios a un año vista, un joven puede ir al banco y pedir un crédito; con precios que cambian cada semana, no.")]),
         dict(path="/tractores-ebro-presenta-su-primer-tractor-de-hidrogeno-para-vinedo/", title="Tractores Ebro presenta su primer tractor de hidrógeno para viñedo",
              sub="El prototipo VH-90, de 90 caballos, se ensayará en bodegas de La Rioja, Navarra y el Penedès.", author="Redacción", authors=[], iso="2025-10-08T12:30:00+02:00",
              cat=("/category/maquinaria/", "Maquinaria"), qa=False, paras=[
                  "El fabricante zaragozano Tractores Ebro ha presentado un prototipo de tractor estrecho para viñedo y frutales propulsado por una pila de combustible de hidrógeno, que prevé comercializar a partir de 2027.",
                  "El modelo, denominado VH-90, tiene una potencia de 90 caballos, una anchura de 1,2 metros y una autonomía de unas ocho horas de trabajo con una carga completa de sus depósitos, según la compañía.",
                  "«Los viticultores nos pedían una alternativa al diésel que no les obligara a parar a mitad de jornada para cargar baterías», explicó el director de ingeniería de la empresa, Iñaki Beltrán, durante la presentación en Zaragoza.",
                  "La empresa ensayará diez unidades en bodegas de La Rioja, Navarra y el Penedès durante la próxima campaña, y trabaja con una distribuidora de gases para instalar puntos de repostaje en cooperativas."])]
    every = [(a["path"], a["title"]) for a in A]
    aslug = lambda n: n.lower().replace(" ", "-").replace("í", "i").replace("é", "e").replace("ó", "o").replace("á", "a")  # noqa: E731
    bios = {"Lucía Herrero": "Periodista especializada en cultivos herbáceos y mercados agrícolas. Escribe en AgroNegocios Hoy desde 2016.",
            "Andrés Molina": "Redactor jefe de AgroNegocios Hoy. Cubre cooperativismo, PAC y política agraria.",
            "Redacción": "Equipo de redacción de AgroNegocios Hoy."}
    for a in A:
        p = a["paras"]
        if a["qa"]:
            body = "<p>%s</p>" % E(p[0]) + "".join("<p><strong>%s</strong></p><p>%s</p>" % (E(q), E(r)) for q, r in p[1:])
            must = [p[0], p[2][1], p[-1][1]]
        else:
            rel = ('<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Noticias relacionadas</span></h3></div>'
                   '<div class="jeg_posts"><div class="jeg_postsmall"><article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3></article></div></div></div></div></div>') % [e for e in every if e[0] != a["path"]][0]
            body = ps(p[:2]) + rel + ps(p[2:])
            must = [p[0], p[2], p[-1]]
        main = ('<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Inicio</a></span><i class="fa fa-angle-right"></i>'
                '<span><a href="%s">%s</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="%s">%s</a></span></div></div>'
                '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">%s</h1><h2 class="jeg_post_subtitle">%s</h2>'
                '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="%s" src="/wp-content/uploads/avatars/%s-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80">'
                '<span class="meta_text">por</span> <a href="/author/%s/">%s</a></div><div class="jeg_meta_date"><a href="%s">%s</a></div><div class="jeg_meta_category"><span><span class="meta_text">en</span> <a href="%s" rel="category tag">%s</a></span></div></div>'
                '<div class="meta_right"><div class="jeg_meta_comment"><a href="%s#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>'
                '<div class="jeg_featured featured_image"><div class="thumbnail-container"><img width="750" height="375" src="/wp-content/uploads/2025/10/%s-750x375.jpg" class="wp-post-image" alt=""></div><p class="wp-caption-text">Imagen: AgroNegocios Hoy</p></div>'
                '<div class="jeg_share_top_container"><div class="jeg_share_button"><a class="jeg_btn-facebook" href="#">Compartir</a><a class="jeg_btn-twitter" href="#">Tuitear</a><a class="jeg_btn-whatsapp" href="#">WhatsApp</a></div></div>'
                '<div class="entry-content no-share"><div class="content-inner ">%s</div></div>'
                '<div class="jeg_post_tags"><span>Etiquetas:</span> <a href="/tag/sequia/" rel="tag">sequía</a></div>'
                '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">%s</div></div>'
                '<div class="jnews_author_box_container"><div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/%s/">%s</a></h3><p class="jeg_author_desc">%s</p></div></div></div>'
                '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Te puede interesar</span></h3></div><div class="jeg_posts">%s</div></div></div>'
                '<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h3 class="comments-title">Deja un comentario</h3><form class="comment-form"><textarea></textarea><input type="submit" value="Publicar comentario"></form></div></div>'
                '</div></div><div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_3"><h3>Próximo webinar</h3><p><a href="/webinars/digitalizacion-de-explotaciones-agricolas/">Digitalización de explotaciones: cuaderno de campo digital obligatorio</a></p></div>'
                '<div class="widget"><h3>Newsletter</h3><p>Recibe cada mañana las noticias del sector agroalimentario en tu correo.</p><form><input type="email"><button>Suscribirme</button></form></div></div></div></div></div></div>') % (
            a["cat"][0], a["cat"][1], a["path"], E(a["title"]), E(a["title"]), E(a["sub"]), E(a["author"]), aslug(a["author"]), aslug(a["author"]), E(a["author"]), a["path"], esd(a["iso"]), a["cat"][0], a["cat"][1], a["path"],
            a["path"].strip("/")[:30], body, '<a href="%s" class="post prev-post"><span class="caption">Artículo anterior</span><h3 class="post-title">%s</h3></a>' % [e for e in every if e[0] != a["path"]][0],
            aslug(a["author"]), E(a["author"]), E(bios[a["author"]]), "".join('<article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3></article>' % (pp, E(t)) for pp, t in every if pp != a["path"]))
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"], "articleSection": [a["cat"][1]], "inLanguage": "es",
             "author": {"name": a["author"], "@id": s.url("/#/schema/person/") + aslug(a["author"])}, "publisher": {"@id": s.url("/#organization")}},
            {"@type": "Person", "@id": s.url("/#/schema/person/") + aslug(a["author"]), "name": a["author"], "url": s.url("/author/%s/" % aslug(a["author"]))},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN}]}
        head = ('<meta name="description" content="%s" />\n<link rel="canonical" href="%s" />\n<meta property="og:locale" content="es_ES" />\n<meta property="og:type" content="article" />\n'
                '<meta property="og:title" content="%s" />\n<meta property="article:published_time" content="%s" />\n<meta name="author" content="%s" />\n<meta name="twitter:label1" content="Escrito por" />\n<meta name="twitter:data1" content="%s" />\n%s') % (
            E(a["sub"]), s.url(a["path"]), E(a["title"]), a["iso"], E(a["author"]), E(a["author"]), jl(ld))
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post single-format-standard"), a["title"], a["iso"][:10], a["authors"],
              must=must, must_not=["Recibe cada mañana las noticias del sector", "Utilizamos cookies para optimizar", [t for pp, t in every if pp != a["path"]][-1]])

    def blocks(items):
        return '<div class="jeg_posts jeg_load_more_flag">%s</div>' % "".join(
            '<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="%s">%s</a></h3><div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">por</span> <a href="/author/%s/">%s</a></div>'
            '<div class="jeg_meta_date"><a href="%s"><i class="fa fa-clock-o"></i> %s</a></div></div><div class="jeg_post_excerpt"><p>%s</p></div></div></article>' % (
                a["path"], E(a["title"]), aslug(a["author"]), E(a["author"]), a["path"], esd(a["iso"]), E(a["sub"])) for a in items)

    def page(title, inner, head="", cls="page-template-default page"):
        return shell("%s - %s" % (title, SN), '<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="entry-header"><h1 class="jeg_post_title">%s</h1></div>'
                     '<div class="entry-content"><div class="content-inner">%s</div></div></div></div></div>' % (E(title), inner), head, cls)

    def archive(title, desc, items, cls):
        return shell("%s archivos - %s" % (title, SN), '<div class="jeg_container"><div class="jeg_content"><div class="jeg_section"><div class="container"><div class="jeg_archive_header"><h1 class="jeg_archive_title">%s</h1><div class="jeg_archive_description">%s</div></div>%s'
                     '<div class="jeg_navigation jeg_pagination"><span class="page_number active">1</span></div></div></div></div></div>' % (E(title), E(desc), blocks(items)), "", cls)
    WEB = "/webinars/digitalizacion-de-explotaciones-agricolas/"
    EV = "/ferias/agrotec-2026/"
    CO = "/guia-de-proveedores/riegos-del-ebro/"
    EP = nav[4][0]
    s.non("/", shell("%s - Noticias del sector agroalimentario" % SN, '<div class="jeg_container"><div class="jeg_content"><div class="container"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Últimas noticias</span></h3></div>%s'
          '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Agenda y recursos</span></h3></div><ul><li><a href="%s">Webinar: digitalización de explotaciones</a></li><li><a href="%s">Agrotec 2026</a></li><li><a href="%s">Podcast: el precio del aceite tras la cosecha</a></li></ul></div></div></div>' % (
              blocks(A), WEB, EV, EP), '<meta property="og:type" content="website" />'))
    s.non("/category/cereales/", archive("Cereales", "Trigo, cebada, maíz y otros cereales: producción, precios y mercados.", A[:1], "archive category"))
    s.non("/category/entrevistas/", archive("Entrevistas", "Conversaciones con los protagonistas del sector.", A[1:2], "archive category"))
    s.non("/category/maquinaria/", archive("Maquinaria", "Tractores, equipos y tecnología agrícola.", A[2:], "archive category"))
    s.non("/tag/sequia/", archive("sequía", "", A, "archive tag"))
    for n in bios:
        s.non("/author/%s/" % aslug(n), shell("%s, autor en %s" % (n, SN), '<div class="jeg_container"><div class="jeg_content"><div class="container"><div class="jeg_authorpage"><div class="jeg_author_content"><h3 class="jeg_author_name">%s</h3><p class="jeg_author_desc">%s</p></div></div>%s</div></div></div>' % (
            E(n), E(bios[n]), blocks([a for a in A if a["author"] == n])), "", "archive author"))
    s.non("/ferias/", page("Ferias y eventos", '<table class="agenda"><tr><th>Fecha</th><th>Evento</th><th>Lugar</th></tr><tr><td>5-7 nov. 2025</td><td>Expoaviga</td><td>Barcelona</td></tr><tr><td>11 nov. 2025</td><td><a href="%s">Webinar: digitalización de explotaciones</a></td><td>Online</td></tr>'
                           '<tr><td>10-14 feb. 2026</td><td><a href="%s">Agrotec 2026</a></td><td>Zaragoza</td></tr></table>' % (WEB, EV)))
    s.non(EV, page("Agrotec 2026", '<div class="evento"><p><strong>Fechas:</strong> del 10 al 14 de febrero de 2026</p><p><strong>Lugar:</strong> Feria de Zaragoza, Autovía A-2, km 311</p><p>Agrotec reúne a más de 1.500 expositores de maquinaria agrícola, riego y ganadería. AgroNegocios Hoy es medio colaborador oficial.</p>'
                   '<p><strong>Horario:</strong> de 9:00 a 19:00 h. Entrada profesional gratuita con registro previo.</p><p><a href="/ferias/">Volver a la agenda</a></p></div>' +
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "Agrotec 2026", "startDate": "2026-02-10", "endDate": "2026-02-14", "location": {"@type": "Place", "name": "Feria de Zaragoza"}})))
    s.non("/guia-de-proveedores/", page("Guía de proveedores", '<p>Directorio de empresas de insumos, maquinaria y servicios para el campo.</p><ul><li><a href="%s">Riegos del Ebro</a> – Sistemas de riego – Zaragoza</li><li>Tractores Ebro – Maquinaria agrícola – Zaragoza</li><li>Semillas Duero – Semillas certificadas – Valladolid</li></ul>' % CO))
    s.non(CO, page("Riegos del Ebro", '<div class="ficha-empresa"><p><strong>Actividad:</strong> Riego por goteo, pívots y automatización</p><p><strong>Dirección:</strong> Polígono Malpica, calle E, 50016 Zaragoza</p><p><strong>Teléfono:</strong> 976 555 210</p>'
                   '<p>Empresa familiar fundada en 1987 que diseña e instala sistemas de riego para cultivos extensivos y leñosos en todo el valle del Ebro.</p><form><label>Solicitar información</label><input placeholder="Correo electrónico"><button>Enviar</button></form></div>'))
    s.non(WEB, page("Webinar: Digitalización de explotaciones, el cuaderno de campo digital obligatorio", '<div class="webinar"><p class="fecha"><strong>Martes, 11 de noviembre de 2025, 17:00 h (hora peninsular)</strong></p>'
                    '<p>Desde 2026 el cuaderno digital de explotación será obligatorio para la mayoría de agricultores. Repasamos los plazos, las aplicaciones disponibles y cómo se conecta con la PAC.</p>'
                    '<h3>Ponentes</h3><ul><li><strong>Andrés Molina</strong>, redactor jefe de AgroNegocios Hoy (moderador)</li><li><strong>Elena Ruiz Carrasco</strong>, técnica de la Subdirección de Ayudas Directas</li><li><strong>Pau Ferrer</strong>, director de producto, Campo Digital</li></ul>'
                    '<h3>Inscripción gratuita</h3>%s</div>' % form(["Nombre", "Apellidos", "Correo electrónico", "Empresa o explotación", "Provincia"], "Inscribirme", "Acepto la política de privacidad y la cesión de mis datos al patrocinador."),
                    '<meta property="og:type" content="article" />'))
    s.non(nav[3][0], page("Revista nº 312 – Octubre 2025", '<div class="revista"><img src="/wp-content/uploads/2025/10/portada-312.jpg" alt="Portada"><h3>Sumario</h3><ol><li>Balance de la cosecha de cereal: el año de la sequía (pág. 6)</li>'
                          '<li>Entrevista a Jorge Salvatierra (pág. 14)</li><li>Especial maquinaria: tractores de hidrógeno y eléctricos (pág. 20)</li><li>Mercados: aceite, almendra y pistacho (pág. 32)</li></ol><p>Edición impresa para suscriptores. <a href="/quienes-somos/">Suscríbete</a></p></div>'))
    s.non(EP, page("Ep. 27 – El precio del aceite tras la cosecha", '<div class="podcast"><p class="meta">9 de octubre de 2025 · 28 min · Presenta: Andrés Molina</p><audio controls src="/wp-content/uploads/podcast/ep27.mp3"></audio>'
                   '<p>Con la nueva campaña a punto de empezar, analizamos con dos corredores de aceite cómo puede evolucionar el precio en origen tras dos años de cifras récord.</p><p>Escúchalo también en Spotify, iVoox y Apple Podcasts.</p></div>',
                   '<meta property="og:type" content="article" />' + jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Ep. 27 – El precio del aceite tras la cosecha", "datePublished": "2025-10-09"})))
    s.non("/empleo/", page("Empleo agrario", '<p>Ofertas de trabajo del sector agroalimentario.</p><ul class="ofertas"><li><strong>Técnico/a comercial de fitosanitarios</strong> – Lleida – Publicada el 7/10/2025</li><li><strong>Jefe/a de almacén de cooperativa</strong> – Jaén – Publicada el 3/10/2025</li>'
                           '<li><strong>Ingeniero/a agrónomo/a de riego</strong> – Riegos del Ebro, Zaragoza – Publicada el 1/10/2025</li></ul><p><a href="/publicidad/">Publica tu oferta</a></p>'))
    s.non("/publicidad/", page("Publicidad", '<p>Llegue a 60.000 profesionales del campo: agricultores, cooperativas, técnicos e industria. Formatos display, newsletter, contenidos patrocinados y webinars.</p><p><a href="/wp-content/uploads/2025/09/tarifas-2026.pdf">Descargar tarifas 2026</a></p>'))
    s.non("/quienes-somos/", page("Quiénes somos", '<p>AgroNegocios Hoy es un medio profesional editado por Ediciones Campo y Mercado S.L. desde 2004, con redacción en Madrid y Zaragoza.</p><p>Director: Ramón Gil. Redactor jefe: Andrés Molina.</p>'))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["iso"], a["author"]) for a in A], "es")
    s.index("/sitemap_index.xml", [("/post-sitemap.xml", [a["path"] for a in A]), ("/page-sitemap.xml", ["/", "/ferias/", "/guia-de-proveedores/", "/empleo/", "/publicidad/", "/quienes-somos/", WEB, EV, CO])],
            "User-agent: *\nDisallow: /wp-admin/\n")


# ------------------------------------------------------------ 6 RetailPulse India (ET B2B-like custom CMS, en-IN retail)
def retailpulse():
    s = Site(6)
    SN = "RetailPulse"
    nav = [("/news/industry", "Industry"), ("/tag/quick-commerce", "Quick Commerce"), ("/events/india-retail-summit-2025", "Events"), ("/awards/retail-excellence-awards-2025", "Awards"),
           ("/webinars/omnichannel-loyalty-playbook", "Webinars"), ("/brand-solutions", "Brand Solutions"), ("/jobs", "Jobs")]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/static/css/b2b.min.css?v=4.18"></head>'
                '<body class="%s"><div class="top-strip"><a href="/login" class="login-btn">Sign in</a> <a href="/register" class="reg-btn">Register</a> <span class="lang">English</span></div>'
                '<header class="header"><a class="logo" href="/"><img src="/static/img/retailpulse-logo.svg" alt="RetailPulse"><span>A Meridian B2B Media publication</span></a>'
                '<nav class="main-nav"><ul>%s</ul></nav></header><div class="ad-slot ad-728" data-slot="ATF_728">Advertisement</div><div class="container main-container">%s</div>'
                '<footer class="footer"><div class="footer-links"><a href="/about-us">About Us</a> | <a href="/advertise-with-us">Advertise with us</a> | <a href="/brand-solutions">Brand Solutions</a></div>'
                '<p>Copyright © 2025 Meridian B2B Media Pvt Ltd. All rights reserved. For reprint rights: Meridian Syndication Service</p></footer></body></html>') % (
            E(title), head, cls, links(nav, "nav-item"), main)

    nlbox = ('<div class="newsletter-inline"><p class="nl-title">Join the community of 2M+ industry professionals</p><p>Subscribe to our newsletter to get latest insights &amp; analysis in your inbox.</p>'
             '<form><input type="email" placeholder="Enter your work email"><button>Subscribe</button></form><p class="nl-note">All about retail industry right on your smartphone!</p></div>')
    gate = ('<div class="reg-wall"><div class="reg-wall__lock"></div><h3>Register to read the full story</h3><p>This story is exclusively for registered users. Register with your work email to read the full story and get free access to RetailPulse newsletters.</p>'
            '%s<p>Already have an account? <a href="/login">Sign in</a></p></div>') % form(["Full name", "Work email", "Company", "Designation", "Mobile number"], "Register & Continue")
    A = [dict(id=124512345, slug="quick-commerce-players-add-1200-dark-stores-in-six-months", title="Quick commerce players add 1,200 dark stores in six months as festive demand peaks",
              desc="Most of the new stores have opened outside the top eight metros, where rents are lower but order densities are still building.",
              authors=["Shreya Iyer"], aid={"Shreya Iyer": 479250}, iso="2025-10-14T09:30:00+05:30", kind="news", reads="1,284", paras=[
                  "India's three largest quick commerce platforms have added about 1,200 dark stores between April and September, taking their combined network past 5,000 outlets as they race to meet festive-season demand in smaller cities.",
                  "According to estimates by the consulting firm Kavach Advisory, the sector's gross order value rose 74% year-on-year in the first half of the financial year to about ₹38,000 crore.",
                  "Most of the new stores have opened outside the top eight metros, in cities such as Lucknow, Indore, Coimbatore and Bhubaneswar, where rents are lower but order densities are still building.",
                  "\"The festive quarter is when these networks are stress-tested,\" said Nikhil Rao, partner at Kavach Advisory. \"A dark store needs about 1,500 orders a day to break even, and many of the new ones are not there yet.\"",
                  "Kirana store associations have renewed their call for the government to examine deep discounting by quick commerce platforms, which they say is driving neighbourhood shops out of business."]),
         dict(id=124448870, slug="aurum-retail-plans-300-new-grocery-stores-in-tier-2-towns-by-2027", title="Aurum Retail plans 300 new grocery stores in tier-2 towns by 2027",
              desc="The expansion would nearly double the chain's store count and focus on Uttar Pradesh, Madhya Pradesh and Odisha.",
              authors=["Rohan Mehta"], aid={"Rohan Mehta": 481122}, iso="2025-10-10T00:45:00+05:30", kind="gated", reads="2,016", paras=[
                  "Aurum Retail, the grocery chain owned by the Mumbai-based Aurum Group, plans to open 300 new supermarkets in tier-2 and tier-3 towns over the next two years, people familiar with the plan told RetailPulse.",
                  "The expansion, which would nearly double the chain's store count, is expected to cost about ₹2,400 crore and will focus on Uttar Pradesh, Madhya Pradesh and Odisha."]),
         dict(id=124401553, slug="how-ai-led-demand-forecasting-is-cutting-inventory-waste-for-apparel-retailers", title="How AI-led demand forecasting is cutting inventory waste for apparel retailers",
              desc="Store-level forecasts that combine sales history, weather and festival calendars are helping fashion brands send the right sizes to the right stores.",
              authors=[], aid={}, iso="2025-10-08T11:00:00+05:30", kind="partner", reads="842", paras=[
                  "For apparel retailers, the hardest number to get right is how many units of each size and colour to send to each store before a season starts.",
                  "Get it wrong and the result is either empty shelves during the festive rush or a warehouse full of unsold stock that ends up in end-of-season sales at half price.",
                  "StockSense AI, a Bengaluru-based start-up, says its forecasting models, which combine store-level sales history with local weather, festival calendars and social media trends, have cut excess inventory by 18% for its retail clients.",
                  "\"Retailers have always had the data. What they have not had is a way to act on it store by store, every week,\" said Ananya Rao, co-founder of StockSense AI.",
                  "The company works with 14 apparel and footwear brands and plans to extend its platform to grocery and beauty retailers next year."])]
    apath = lambda a: "/news/industry/%s/%d" % (a["slug"], a["id"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    shown = lambda iso: datetime.datetime.fromisoformat(iso).strftime("%b %d, %Y at %I:%M %p IST")  # noqa: E731
    for a in A:
        path = apath(a)
        p = a["paras"]
        if a["kind"] == "partner":
            byl = '<div class="article-auth"><span class="author-name">By RetailPulse Brand Studio</span></div>'
            label = '<div class="partner-label">Partner Content</div>'
        else:
            byl = '<div class="article-auth">%s, RetailPulse</div>' % ", ".join('<span class="author-name"><a href="/author/%d/%s">%s</a></span>' % (a["aid"][n], n.lower().replace(" ", "-"), E(n)) for n in a["authors"])
            label = ""
        if a["kind"] == "news":
            body = ps(p[:3]) + nlbox + ps(p[3:])
        elif a["kind"] == "gated":
            body = ps(p) + gate
        else:
            body = ps(p) + '<p class="disclaimer"><em>This is partner content produced by RetailPulse Brand Studio on behalf of StockSense AI. The RetailPulse editorial team was not involved in its creation.</em></p>'
        main = ('<div class="article-section"><div class="breadcrumb"><a href="/">Retail</a> &gt; <a href="/news/industry">Industry</a></div><article class="article" data-id="%d">%s'
                '<h1 class="article-title">%s</h1><h2 class="article-desc">%s</h2><div class="article-meta">%s<div class="article-date"><span class="date-published">Published On %s</span></div>'
                '<div class="read-by"><span class="eye-icon"></span>Read by: %s Industry Professionals</div></div>'
                '<div class="share-icons"><a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>'
                '<figure class="article-img"><img src="/thumb/msid-%d,width-1200,height-900/retail.jpg" alt=""></figure>'
                '<div class="article-body%s" id="articleBody">%s</div>'
                '<div class="article-tags"><a href="/tag/quick-commerce">quick commerce</a> <a href="/news/industry">retail</a></div></article>'
                '<div class="related-news"><h3>Also Read</h3><ul>%s</ul></div></div>'
                '<aside class="right-rail"><div class="widget"><h3>Most Read</h3><ol>%s</ol></div><div class="widget"><h3>Upcoming events</h3><p><a href="/events/india-retail-summit-2025">India Retail Summit 2025, Nov 20-21, Mumbai</a></p></div></aside>') % (
            a["id"], label, E(a["title"]), E(a["desc"]), byl, shown(a["iso"]), a["reads"], a["id"], " gated" if a["kind"] == "gated" else "", body,
            links([e for e in every if e[0] != path]), links(every))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["desc"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": [{"@type": "Person", "name": n, "url": s.url("/author/%d/%s" % (a["aid"][n], n.lower().replace(" ", "-")))} for n in a["authors"]] or {"@type": "Organization", "name": "RetailPulse Brand Studio"},
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/static/img/retailpulse-logo.png")}}, "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)}}
        if a["kind"] == "gated":
            ld["isAccessibleForFree"] = "False"
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".gated"}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="RetailPulse">'
                '<link rel="canonical" href="%s"><meta name="keywords" content="quick commerce, retail, India">%s') % (E(a["desc"]), E(a["title"]), s.url(path), jl(ld))
        if a["kind"] == "gated":
            must, mn = list(p), ["This story is exclusively for registered users", "Already have an account?"]
        else:
            must, mn = [p[0], p[2], p[-1]], ["Join the community of 2M+ industry professionals", [t for pp, t in every if pp != path][0]]
        s.art(path, shell("%s - RetailPulse" % a["title"], main, head, "articleshow"), a["title"], utc(a["iso"])[:10], a["authors"], instant=utc(a["iso"]), must=must, must_not=mn)

    def cards(items):
        return '<ul class="story-list">%s</ul>' % "".join('<li class="story-box"><h3><a href="%s">%s</a></h3><p class="desc">%s</p><span class="date-format">%s</span></li>' % (
            apath(a), E(a["title"]), E(a["desc"]), datetime.datetime.fromisoformat(a["iso"]).strftime("%b %d, %Y")) for a in items)

    def page(title, inner, head="", cls="static"):
        return shell("%s - RetailPulse" % title, '<div class="page-content"><h1 class="page-title">%s</h1>%s</div>' % (E(title), inner), head, cls)
    WP = "/whitepapers/state-of-indian-retail-2025"
    s.non("/", shell("RetailPulse: Retail industry news, insights and analysis from India", '<div class="top-news"><h2>Top Stories</h2>%s</div><div class="home-widgets"><h2>Whitepaper</h2><p><a href="%s">State of Indian Retail 2025</a></p></div>' % (cards(A), WP),
          jl({"@context": "https://schema.org", "@type": "WebSite", "name": SN, "url": s.url("/")}), "homepage"))
    s.non("/news/industry", page("Industry", cards(A) + '<div class="pagination"><span class="active">1</span></div>', "", "listing"))
    s.non("/tag/quick-commerce", page("quick commerce", '<p>Latest quick commerce news, updates and analysis.</p>' + cards(A[:1]), "", "listing"))
    for n, i, bio in (("Shreya Iyer", 479250, "Shreya Iyer is a Principal Correspondent at RetailPulse, tracking e-commerce, quick commerce and consumer technology."),
                      ("Rohan Mehta", 481122, "Rohan Mehta is an Assistant Editor at RetailPulse covering grocery, modern trade and retail real estate.")):
        s.non("/author/%d/%s" % (i, n.lower().replace(" ", "-")), page(n, '<div class="author-card"><img src="/thumb/author-%d.jpg" alt=""><p>%s</p><p>Follow on <a href="#">LinkedIn</a></p></div><h2>Stories by %s</h2>%s' % (
            i, E(bio), E(n), cards([a for a in A if n in a["authors"]])), "", "author"))
    s.non("/events/india-retail-summit-2025", page("India Retail Summit 2025", '<div class="event-banner"><p><strong>November 20-21, 2025 | Meridian Convention Centre, Mumbai</strong></p>'
          '<p>The 9th edition of India Retail Summit brings together 600+ CXOs from retail brands, malls, quick commerce and D2C companies.</p></div><h2>Agenda highlights</h2><ul><li>Day 1, 10:00 AM: Keynote - Retail in the age of 10-minute delivery</li>'
          '<li>Day 1, 2:30 PM: Panel - Winning Bharat: tier-2 and tier-3 expansion</li><li>Day 2, 11:00 AM: Masterclass - Store analytics with AI</li></ul><h2>Speakers</h2><ul><li>Meera Kapoor, CEO, Aurum Retail</li><li>Nikhil Rao, Partner, Kavach Advisory</li>'
          '<li>Ananya Rao, Co-founder, StockSense AI</li></ul><p><a class="btn" href="/register">Request an invite</a> | <a href="/advertise-with-us">Partner with us</a></p>',
          jl({"@context": "https://schema.org", "@type": "Event", "name": "India Retail Summit 2025", "startDate": "2025-11-20T09:30:00+05:30", "endDate": "2025-11-21T18:00:00+05:30", "location": {"@type": "Place", "name": "Meridian Convention Centre", "address": "Mumbai"}}), "event"))
    s.non("/awards/retail-excellence-awards-2025", page("RetailPulse Retail Excellence Awards 2025", '<p>Recognising the brands, teams and technologies transforming Indian retail. Last date for nominations: October 31, 2025. Awards night: November 21, 2025, Mumbai.</p>'
          '<h2>Categories</h2><ul><li>Retailer of the Year</li><li>Best Omnichannel Experience</li><li>Quick Commerce Innovation</li><li>Retail Tech Start-up of the Year</li><li>Best Store Design</li></ul>'
          '<h2>Jury</h2><p>The jury is chaired by retail veteran Sunil Bhatia and includes 12 industry leaders.</p><h2>Submit your nomination</h2>%s' % form(["Name", "Company", "Work email", "Category"], "Nominate now"), "", "awards"))
    s.non("/webinars/omnichannel-loyalty-playbook", page("Webinar: The omnichannel loyalty playbook", '<p class="webinar-when"><strong>Thursday, November 6, 2025 | 4:00 PM - 5:00 PM IST</strong></p>'
          '<p>Loyalty programmes in India have moved from points cards to app-based memberships. How do retailers link online and in-store behaviour to reward their best customers?</p>'
          '<h2>Panelists</h2><ul><li>Shreya Iyer, Principal Correspondent, RetailPulse (moderator)</li><li>Karan Malhotra, Chief Digital Officer, Vastra Fashion</li><li>Pooja Nair, Head of CRM, FreshKart</li></ul><h2>Register for free</h2>%s' % form(
              ["Full name", "Work email", "Company", "Designation"], "Register now"), jl({"@context": "https://schema.org", "@type": "Event", "name": "The omnichannel loyalty playbook", "startDate": "2025-11-06T16:00:00+05:30",
                                                                                     "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}), "webinar"))
    s.non("/brand-solutions", page("Brand Solutions", '<p>Partner content from RetailPulse Brand Studio: thought leadership, case studies and brand stories produced for our partners.</p>' + cards(A[2:]) +
                                   '<p>Want to tell your brand story to 2M+ retail professionals? <a href="/advertise-with-us">Talk to us</a>.</p>', "", "listing"))
    s.non(WP, page("State of Indian Retail 2025", '<p>A 40-page report based on a survey of 350 retail executives across 28 cities, covering store expansion, technology budgets, quick commerce and hiring plans.</p>'
                   '<p>Presented by <strong>Kavach Advisory</strong></p><h2>Fill in your details to download</h2>%s' % form(["Full name", "Work email", "Company", "Designation", "City"], "Download report", "By downloading you agree to be contacted by Kavach Advisory."), "", "whitepaper"))
    s.non("/jobs", page("Retail Jobs", '<ul class="jobs"><li><strong>Cluster Manager - Grocery</strong> | Aurum Retail | Lucknow | Posted Oct 9, 2025</li><li><strong>Category Manager - Beauty</strong> | FreshKart | Bengaluru | Posted Oct 7, 2025</li>'
                              '<li><strong>Dark Store Operations Lead</strong> | ZipBasket | Pune | Posted Oct 6, 2025</li></ul>', "", "jobs"))
    s.non("/advertise-with-us", page("Advertise with us", '<p>RetailPulse reaches over 2 million retail professionals through its website, newsletters, events and awards. Contact our Brand Solutions team for media kits and rate cards.</p>'))
    s.non("/about-us", page("About Us", '<p>RetailPulse is a digital B2B publication covering the Indian retail industry: brands, malls, e-commerce, quick commerce, supply chain and retail technology. It is part of Meridian B2B Media.</p>'))
    s.urlset("/sitemap/today.xml", [apath(a) for a in A])
    s.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\n\nSitemap: %s\n" % s.url("/sitemap/today.xml"))
    s.feed("/rss/topstories", SN, [(apath(a), a["title"], a["iso"], "") for a in A], "en-IN")


# ------------------------------------------------------------ 7 ChannelConnect (custom CMS with a Piano wall, nl IT channel)
def channelconnect():
    s = Site(7)
    SN = "ChannelConnect"
    nav = [("/nieuws", "Nieuws"), ("/tag/distributie", "Distributie"), ("/agenda", "Agenda"), ("/events/channel-awards-2025", "Channel Awards"), ("/partnerbijdragen", "Partnerbijdragen"), ("/vacatures", "Vacatures")]
    ams = zoneinfo.ZoneInfo("Europe/Amsterdam")

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<script>window.tp = window.tp || []; tp.push(["setAid", "Xk7pQ2mNpu"]); tp.push(["setCxenseSiteId", "1128475923"]); tp.push(["setUseTinypassAccounts", false]); tp.push(["setUsePianoIdUserProvider", true]);</script>'
                '<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script><link rel="stylesheet" href="/assets/app.5e1a.css"></head>'
                '<body class="%s"><div class="cookiebar" id="cookiebar"><p>ChannelConnect gebruikt cookies om de website te verbeteren en advertenties af te stemmen op je interesses.</p><button>Akkoord</button></div>'
                '<header class="site-header"><a href="/" class="site-header__logo">ChannelConnect<span>Nieuws voor de Benelux IT-channel</span></a><nav class="site-nav"><ul>%s</ul></nav>'
                '<div class="site-header__account"><a href="/over-ons" class="btn btn--plus">Word Plus-lid</a></div></header>'
                '<main class="site-main">%s</main><footer class="site-footer"><ul><li><a href="/over-ons">Over ons</a></li><li><a href="/adverteren">Adverteren</a></li></ul>'
                '<p>&copy; 2025 ChannelConnect is een uitgave van Bitmedia Uitgevers B.V., Amersfoort.</p></footer></body></html>') % (E(title), head, cls, links(nav, "site-nav__item"), main)

    t1 = (NOW - datetime.timedelta(hours=4)).astimezone(ams)
    offer = ('<div class="paywall" id="piano-offer"><div class="paywall__inner"><span class="badge badge--plus">Plus</span><h3>Lees verder met een gratis account</h3>'
             '<p>Dit is een Plus-artikel. Maak gratis een account aan en lees drie Plus-artikelen per maand, of word Plus-lid voor onbeperkte toegang tot alle analyses en de Channelmonitor.</p>'
             '<a class="btn" href="/over-ons">Gratis account aanmaken</a> <a class="btn btn--ghost" href="/over-ons">Plus-lid worden vanaf € 9,95 per maand</a><p class="paywall__login">Heb je al een account? <a href="/over-ons">Log in</a></p></div></div>')
    A = [dict(id=48213, slug="datacom-benelux-neemt-belgische-cloudspecialist-nubo-over", kicker="Overnames", title="Datacom Benelux neemt Belgische cloudspecialist Nubo over",
              authors=["Sanne de Wit"], byline=None, iso=t1.isoformat(timespec="seconds"), shown="%d uur geleden" % 4, truth=None, plus=False,
              intro="Met de overname haalt de distributeur 85 specialisten en een cloudmarktplaats voor resellers in huis.", paras=[
                  "Distributeur Datacom Benelux neemt de Belgische cloudspecialist Nubo Solutions over. Met de overname haalt het bedrijf uit Nieuwegein 85 specialisten in huis en een platform waarmee resellers cloudabonnementen van verschillende leveranciers kunnen beheren.",
                  "Over de overnameprijs doen de partijen geen mededelingen. Nubo, in 2014 opgericht in Mechelen, boekte vorig jaar een omzet van 41 miljoen euro en levert aan ruim 1.200 resellers en managed service providers in België en Nederland.",
                  "„Onze partners vragen om één plek waar ze hardware, licenties en clouddiensten kunnen bestellen en factureren”, zegt Datacom-topman Erik van Dongen. „Met Nubo kunnen we dat nu bieden.”",
                  "Het Nubo-platform blijft onder eigen naam bestaan. Oprichter Pieter Claes blijft aan als directeur en treedt toe tot het managementteam van Datacom.",
                  "De overname moet nog worden goedgekeurd door de Belgische mededingingsautoriteit. De partijen verwachten de transactie voor het einde van het jaar af te ronden."]),
         dict(id=48170, slug="partners-stop-met-het-doorverkopen-van-licenties", kicker="Column", title="Partners, stop met het doorverkopen van licenties",
              authors=["Mark Janssen"], byline="Door Mark Janssen, directeur van CloudWise Partners", iso="2025-10-09T09:00:00+02:00", shown="9 oktober 2025", truth=None, plus=False,
              intro="Wie zijn omzet nog uit licenties haalt, moet nu kiezen, vindt Mark Janssen.", paras=[
                  "Wie vandaag nog het grootste deel van zijn omzet haalt uit het doorverkopen van licenties, heeft over vijf jaar geen bedrijf meer.",
                  "Dat klinkt hard, maar kijk naar de cijfers. De marges op kantoorsoftware in de cloud zijn in drie jaar tijd gehalveerd, en leveranciers verkopen steeds vaker rechtstreeks via hun eigen marktplaatsen aan de eindklant.",
                  "De partners die het goed doen, verdienen hun geld met wat er na de verkoop gebeurt: migraties, beveiliging, beheer en advies over hoe medewerkers de software echt gaan gebruiken.",
                  "Dat vraagt om een andere organisatie. Minder accountmanagers die op volume worden afgerekend, meer consultants die terugkerende omzet opbouwen. En een directie die durft nee te zeggen tegen een deal die alleen licenties oplevert.",
                  "De overgang doet pijn, en niet iedere partner zal hem overleven. Maar de alternatieven zijn slechter."]),
         dict(id=48122, slug="marges-van-it-resellers-staan-onder-druk-door-ai-pcs", kicker="Channelmonitor", title="Marges van IT-resellers staan onder druk door AI-pc's",
              authors=["Bas Verhoeven"], byline=None, iso="2025-10-07T07:30:00+02:00", shown="7 oktober 2025", truth=None, plus=True,
              intro="De brutomarge op hardware zakte in het derde kwartaal naar 6,2 procent.", paras=[
                  "De marges van Nederlandse IT-resellers op hardware zijn in het derde kwartaal verder gedaald, blijkt uit de Channelmonitor van ChannelConnect en onderzoeksbureau Market Signals.",
                  "Vooral de verkoop van zogeheten AI-pc's, die fabrikanten met hoge kortingen in de markt zetten, drukt de brutomarge: gemiddeld bleef daarvan nog 6,2 procent over, tegen 8,1 procent een jaar eerder."])]
    apath = lambda a: "/artikel/%d/%s" % (a["id"], a["slug"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    nl_date = lambda iso: "%d %s %s" % (int(iso[8:10]), ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][int(iso[5:7]) - 1], iso[:4])  # noqa: E731
    for a in A:
        path = apath(a)
        p = a["paras"]
        if a["byline"]:
            byl = '<p class="article__byline">%s</p>' % E(a["byline"])
        else:
            byl = '<p class="article__byline">Door %s</p>' % ", ".join('<a href="/auteur/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["authors"])
        if a["plus"]:
            body = ps(p) + offer
        elif a["byline"]:
            body = ps(p) + '<p class="article__bio"><em>Mark Janssen is directeur van CloudWise Partners, een cloudpartner uit Utrecht met 60 medewerkers. In zijn maandelijkse column schrijft hij over de toekomst van de IT-channel.</em></p>'
        else:
            body = ps(p[:2]) + '<aside class="article__related"><strong>Lees ook:</strong> <a href="%s">%s</a></aside>' % every[2] + ps(p[2:])
        main = ('<article class="article%s" data-article-id="%d"><header class="article__header"><span class="article__kicker">%s</span>%s<h1 class="article__title">%s</h1><p class="article__intro">%s</p>'
                '<div class="article__meta">%s<time class="article__date" datetime="%s">%s</time></div></header>'
                '<div class="article__body" data-piano-content>%s</div><div class="article__tags"><a href="/tag/distributie">distributie</a></div></article>'
                '<aside class="sidebar"><div class="sidebar__block"><h3>Meest gelezen</h3><ol>%s</ol></div><div class="sidebar__block"><h3>Webinar</h3><p><a href="/webinars/security-als-dienst">Security als dienst: zo bouw je een winstgevend SOC-aanbod</a></p></div>'
                '<div class="sidebar__block newsletter"><h3>Dagelijkse nieuwsbrief</h3><p>Elke ochtend het belangrijkste channelnieuws in je mailbox.</p><form><input type="email"><button>Aanmelden</button></form></div></aside>') % (
            " article--plus" if a["plus"] else "", a["id"], E(a["kicker"]), '<span class="badge badge--plus">Plus</span>' if a["plus"] else "", E(a["title"]), E(a["intro"]), byl, a["iso"], a["shown"], body,
            links([e for e in every if e[0] != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "author": [{"@type": "Person", "name": n} for n in a["authors"]],
              "publisher": {"@type": "Organization", "name": SN}, "isAccessibleForFree": not a["plus"]}
        if a["plus"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article--plus .article__body"}
        head = ('<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="ChannelConnect">'
                '<link rel="canonical" href="%s">%s') % (E(a["intro"]), E(a["title"]), s.url(path), jl(ld))
        if a["plus"]:
            must, mn = list(p), ["Dit is een Plus-artikel", "Heb je al een account?"]
        else:
            must, mn = [p[0], p[2], p[-1]], ["Elke ochtend het belangrijkste channelnieuws", "ChannelConnect gebruikt cookies"]
        s.art(path, shell("%s | ChannelConnect" % a["title"], main, head, "article-page"), a["title"], utc(a["iso"])[:10], a["authors"], instant=utc(a["iso"]), must=must, must_not=mn)

    def teasers(items):
        return '<ul class="teaser-list">%s</ul>' % "".join('<li class="teaser"><span class="teaser__kicker">%s</span><a href="%s" class="teaser__title">%s</a><p>%s</p><time datetime="%s">%s</time></li>' % (
            E(a["kicker"]), apath(a), E(a["title"]), E(a["intro"]), a["iso"], a["shown"]) for a in items)

    def page(title, inner, head=""):
        return shell("%s | ChannelConnect" % title, '<div class="page"><h1 class="page__title">%s</h1>%s</div>' % (E(title), inner), head)
    WEB = "/webinars/security-als-dienst"
    WP = "/whitepapers/msp-benchmark-2025"
    JOB = "/vacatures/account-manager-msp-utrecht"
    s.non("/", shell("ChannelConnect | Nieuws voor de Benelux IT-channel", '<section class="home-top"><h2>Laatste nieuws</h2>%s</section><section class="home-side"><h2>Whitepaper</h2><p><a href="%s">MSP Benchmark 2025</a></p><h2>Webinar</h2><p><a href="%s">Security als dienst</a></p></section>' % (teasers(A), WP, WEB), "", "home"))
    s.non("/nieuws", page("Nieuws", teasers(A)))
    s.non("/tag/distributie", page("distributie", '<p>Alles over distributeurs en de Benelux IT-distributiemarkt.</p>' + teasers(A[:1] + A[2:])))
    for n, bio in (("Sanne de Wit", "Sanne de Wit is hoofdredacteur van ChannelConnect en schrijft over distributie, overnames en partnerprogramma's."),
                   ("Bas Verhoeven", "Bas Verhoeven is redacteur en verantwoordelijk voor de Channelmonitor.")):
        s.non("/auteur/" + n.lower().replace(" ", "-"), page(n, '<div class="author"><p>%s</p><p>Tips? Mail naar redactie@channelconnect.example</p></div>%s' % (E(bio), teasers([a for a in A if n in a["authors"]]))))
    s.non("/agenda", page("Agenda", '<table class="agenda"><tr><th>Datum</th><th>Evenement</th><th>Locatie</th></tr><tr><td>30 oktober 2025</td><td><a href="%s">Webinar: Security als dienst</a></td><td>Online</td></tr>'
                                    '<tr><td>13 november 2025</td><td><a href="/events/channel-awards-2025">ChannelConnect Channel Awards 2025</a></td><td>Amersfoort</td></tr><tr><td>27-28 januari 2026</td><td>MSP Summit Benelux</td><td>Utrecht</td></tr></table>' % WEB))
    s.non("/events/channel-awards-2025", page("ChannelConnect Channel Awards 2025", '<p class="event-date">Donderdag 13 november 2025, 18.00 uur – Eemhuis, Amersfoort</p><p>Tijdens het jaarlijkse galadiner reiken we de Channel Awards uit aan de beste distributeurs, resellers en MSP\'s van de Benelux. De vakjury koos uit 164 inzendingen.</p>'
                  '<h2>Genomineerden Distributeur van het jaar</h2><ul><li>Datacom Benelux</li><li>Omnidis</li><li>Esprinet Benelux</li></ul><h2>Tickets</h2><p>Tafel voor tien personen: € 2.450 excl. btw. <a href="/adverteren">Sponsormogelijkheden</a></p>',
                  jl({"@context": "https://schema.org", "@type": "Event", "name": "ChannelConnect Channel Awards 2025", "startDate": "2025-11-13T18:00:00+01:00", "location": {"@type": "Place", "name": "Eemhuis, Amersfoort"}})))
    s.non(WEB, page("Webinar: Security als dienst, zo bouw je een winstgevend SOC-aanbod", '<p class="webinar__date"><strong>Donderdag 30 oktober 2025, 10.00 – 11.00 uur</strong></p><p>Steeds meer MKB-klanten vragen hun IT-partner om 24/7 beveiligingsmonitoring. Hoe bouw je zo\'n dienst zonder zelf een SOC te hoeven bemensen?</p>'
                    '<h2>Sprekers</h2><ul><li>Bas Verhoeven, redacteur ChannelConnect (moderator)</li><li>Ilse Brouwer, channel director, SecureNorth</li><li>Ruud Kamphuis, CTO, Kamphuis ICT</li></ul><h2>Aanmelden</h2>%s' % form(
                        ["Voornaam", "Achternaam", "Zakelijk e-mailadres", "Bedrijf", "Functie"], "Aanmelden", "Je gegevens worden gedeeld met de partner van dit webinar, SecureNorth."),
                    jl({"@context": "https://schema.org", "@type": "Event", "name": "Security als dienst", "startDate": "2025-10-30T10:00:00+01:00", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"})))
    s.non(WP, page("MSP Benchmark 2025", '<p>Hoe winstgevend zijn managed service providers in Nederland en België? De MSP Benchmark 2025 vergelijkt omzet, marges en personeelskosten van 212 MSP\'s.</p><p>Aangeboden door <strong>Market Signals</strong>.</p><h2>Download gratis</h2>%s' % form(
        ["Naam", "Zakelijk e-mailadres", "Bedrijf", "Aantal medewerkers"], "Download whitepaper")))
    s.non("/vacatures", page("Vacatures", '<ul><li><a href="%s">Account manager MSP</a> – CloudWise Partners – Utrecht</li><li>Presales consultant security – SecureNorth – Eindhoven</li></ul>' % JOB))
    s.non(JOB, page("Account manager MSP", '<p class="vacature__meta">CloudWise Partners | Utrecht | 32-40 uur | € 4.200 – € 5.600 per maand | geplaatst op 6 oktober 2025</p><p>Als account manager bouw je aan langdurige relaties met MKB-klanten die wij volledig ontzorgen met beheer, security en cloud.</p>'
                    '<h2>Wat vragen wij?</h2><ul><li>HBO werk- en denkniveau</li><li>Minimaal 3 jaar ervaring in de IT-dienstverlening</li></ul><p><a class="btn" href="/vacatures">Solliciteer direct</a></p>',
                    jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Account manager MSP", "datePosted": "2025-10-06", "hiringOrganization": {"@type": "Organization", "name": "CloudWise Partners"}})))
    s.non("/partnerbijdragen", page("Partnerbijdragen", '<p>Op deze pagina vind je bijdragen van onze partners. Deze artikelen zijn geschreven door of in opdracht van de partner en vallen niet onder de verantwoordelijkheid van de redactie.</p>'
                                   '<ul class="teaser-list"><li class="teaser"><span class="teaser__kicker">Partnerbijdrage</span><span class="teaser__title">Zo verdien je aan back-up als dienst</span><p>In samenwerking met SafeVault</p></li>'
                                   '<li class="teaser"><span class="teaser__kicker">Partnerbijdrage</span><span class="teaser__title">Vijf vragen over NIS2 die je klanten gaan stellen</span><p>In samenwerking met SecureNorth</p></li></ul>'))
    s.non("/adverteren", page("Adverteren", '<p>ChannelConnect bereikt 24.000 beslissers bij resellers, MSP\'s, distributeurs en leveranciers in de Benelux. Mogelijkheden: nieuwsbrief, partnerbijdragen, webinars, whitepapers en de Channel Awards.</p><p><a href="/assets/mediakit-2026.pdf">Download de mediakit 2026</a></p>'))
    s.non("/over-ons", page("Over ons", '<p>ChannelConnect is sinds 2009 het onafhankelijke nieuwsplatform voor de IT-channel in Nederland en België. Hoofdredacteur: Sanne de Wit. Redactie: Bas Verhoeven.</p><p>Plus-lidmaatschap: onbeperkt toegang tot alle artikelen en de Channelmonitor vanaf € 9,95 per maand.</p>'))
    s.urlset("/sitemap-articles.xml", [apath(a) for a in A])
    s.put("/robots.txt", "User-agent: *\nDisallow: /zoeken\n\nSitemap: %s\n" % s.url("/sitemap-articles.xml"))
    s.feed("/rss", SN, [(apath(a), a["title"], a["iso"], ", ".join(a["authors"])) for a in A], "nl")


# ------------------------------------------------------------ 8 AeroMRO Today (Endeavor-like Base CMS, en-US aviation)
def aeromro():
    s = Site(8)
    SN = "AeroMRO Today"
    nav = [("/mro", "MRO"), ("/airlines", "Airlines"), ("/buyers-guide", "Buyer's Guide"), ("/magazine/55301234/aeromro-today-october-2025", "Magazine"),
           ("/webinars/55309876/predictive-maintenance-beyond-the-pilot", "Webinars"), ("/events/55300001/aeromro-summit-2026", "Events")]

    def shell(title, main, head="", cls="website"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="stylesheet" href="/dist/css/main.b81c5f.css"><script>window.p1events=window.p1events||[];window.p1events.push({"category":"Content","action":"View"});</script></head>'
                '<body class="page page--%s"><div class="site-header"><div class="site-header__top"><a href="/" class="site-header__logo"><img src="/files/base/ebm/aeromro/image/static/logo/site_logo.png" alt="AeroMRO Today"></a>'
                '<a class="site-header__newsletter" href="/about-us">Subscribe to eNewsletter</a></div><nav class="site-navbar"><ul class="site-navbar__items">%s</ul></nav></div>'
                '<div class="leaderboard-ad" data-gam-slot="lb1">Advertisement</div><main class="page-wrapper">%s</main>'
                '<footer class="site-footer"><div class="site-footer__links"><a href="/about-us">About Us</a> <a href="/advertise">Advertise</a></div>'
                '<p>&copy; 2025 Kestrel Business Media, LLC. All rights reserved.</p></footer></body></html>') % (
            E(title), head, cls, "".join('<li class="site-navbar__item"><a class="site-navbar__link" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav), main)

    A = [dict(id=55312845, sec="mro", secn="MRO", slug="faa-orders-inspections-of-engine-mount-fittings-on-1100-regional-jets", title="FAA orders inspections of engine mount fittings on 1,100 regional jets",
              deck="Cracks were found on three aircraft during routine heavy maintenance.", authors=[("Dana Whitcomb", 55012345, "Senior Editor")], company=None,
              iso="2025-10-14T18:20:00.000Z", kind="news", hl=["The directive takes effect Oct. 29.", "Inspections are estimated at 14 work hours per aircraft."], paras=[
                  "The Federal Aviation Administration has ordered operators of about 1,100 regional jets to inspect the fittings that attach the engines to the rear fuselage, after cracks were found on three aircraft during routine maintenance.",
                  "The airworthiness directive, which takes effect Oct. 29, requires an ultrasonic inspection within 600 flight cycles for aircraft that have flown more than 20,000 cycles, and repeat inspections every 3,000 cycles after that.",
                  "The FAA estimates the inspections will take about 14 work hours per aircraft and cost U.S. operators a total of $3.2 million. Aircraft with cracked fittings must have them replaced before further flight.",
                  "The cracks were discovered by a heavy maintenance provider in Kansas on aircraft operated by two different carriers, according to the directive. The manufacturer has issued a service bulletin describing the inspection procedure.",
                  "Regional airline groups said they expect most inspections to be completed during scheduled overnight checks, limiting disruption to flight schedules."]),
         dict(id=55311207, sec="mro", secn="MRO", slug="avioniq-launches-predictive-maintenance-module-for-a320neo-family", title="Avioniq launches predictive maintenance module for A320neo family",
              deck="PackSense warns of bleed air and pack failures up to 20 days in advance using data the aircraft already transmits.", authors=[("Jake Ferris", 55012377, "Associate Editor")], company="Avioniq",
              iso="2025-10-09T13:05:00.000Z", kind="product", hl=None, paras=[
                  "Avioniq has launched a predictive maintenance module for the Airbus A320neo family that it says can warn airlines of bleed air and air conditioning pack failures up to 20 days before they happen.",
                  "The software, called PackSense, analyzes sensor data that the aircraft already records and transmits, so operators do not need to install new hardware. It runs on Avioniq's existing fleet health monitoring platform.",
                  "Bleed and pack failures are among the leading causes of technical delays on the A320neo, according to the company, and can ground an aircraft for a day while parts are sourced.",
                  "Two European low-cost carriers tested PackSense on 140 aircraft over 18 months. Avioniq said the trials avoided 37 unscheduled removals and about 90 hours of delays.",
                  "The module will be available to existing customers from the first quarter of 2026."]),
         dict(id=55310456, sec="mro", secn="MRO", slug="skyward-aero-services-opens-third-mro-hangar-in-san-antonio", title="Skyward Aero Services opens third MRO hangar in San Antonio",
              deck="The 95,000-square-foot hangar adds two narrowbody lines and about 220 jobs.", authors=[], company="Skyward Aero Services",
              iso="2025-10-07T15:40:00.000Z", kind="pr", hl=None, paras=[
                  "Skyward Aero Services has opened its third maintenance hangar at Port San Antonio, adding capacity for two narrowbody aircraft and bringing the company's total to eight heavy maintenance lines in Texas.",
                  "The 95,000-square-foot hangar will initially perform C-checks and cabin modifications on Boeing 737 and Airbus A320 family aircraft, and will create about 220 jobs for licensed technicians and support staff.",
                  "\"Demand for heavy maintenance slots in North America remains well ahead of capacity, and our customers have been asking us to grow,\" said Skyward president and CEO Linda Carrillo.",
                  "The company also announced a partnership with a local technical college to train 60 new airframe and powerplant technicians a year."])]
    apath = lambda a: "/%s/%s/%d/%s" % (a["sec"], "press-release" if a["kind"] == "pr" else ("product" if a["kind"] == "product" else "news"), a["id"], a["slug"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    CO = "/directory/55302222/skyward-aero-services"
    shown = lambda iso: datetime.datetime.fromisoformat(iso.replace(".000Z", "+00:00")).strftime("%b. %-d, %Y").replace("May.", "May").replace("Sep.", "Sept.")  # noqa: E731
    nl = ('<div class="inline-newsletter-form"><div class="inline-newsletter-form__title">Sign up for AeroMRO Today eNewsletters</div>'
          '<p class="inline-newsletter-form__description">Stay on top of maintenance, repair and overhaul news with our weekly MRO Update.</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>')
    for a in A:
        path = apath(a)
        p = a["paras"]
        auth = "".join('<div class="node-list__node"><div class="node node--author"><div class="node__contents"><div class="node__header"><a class="node__title" href="/contact/%d/%s">%s</a></div>'
                       '<div class="node__body"><span class="node__text">%s</span></div></div></div></div>' % (i, n.lower().replace(" ", "-"), E(n), E(r)) for n, i, r in a["authors"])
        comp = ""
        if a["company"]:
            comp = '<div class="content-page-details__company"><span class="label">Company:</span> <a href="%s">%s</a></div>' % (CO if a["kind"] == "pr" else "/buyers-guide", E(a["company"]))
        hl = ('<div class="content-page-body__highlights"><h3>Key Highlights</h3><ul>%s</ul></div>' % "".join("<li>%s</li>" % E(h) for h in a["hl"])) if a["hl"] else ""
        text = ps(p[:2]) + nl + ps(p[2:]) + ('<p><em>Source: Skyward Aero Services</em></p>' if a["kind"] == "pr" else "")
        main = ('<div class="page-wrapper__section page-wrapper__section--content-header"><div class="content-page-preamble"><a class="content-page-preamble__section" href="/%s">%s</a>%s</div>'
                '<h1 class="page-wrapper__title">%s</h1><p class="page-wrapper__deck">%s</p>'
                '<div class="content-page-details"><div class="content-page-details__authors"><div class="node-list">%s</div></div>%s<div class="content-page-details__published">%s</div></div></div>'
                '<div class="page-wrapper__section"><div class="page-contents"><div class="page-contents__content-body"><div class="content-page-body__image"><figure><img src="/files/base/ebm/aeromro/image/2025/10/%d.png" alt=""><figcaption>%s</figcaption></figure></div>%s'
                '<div class="page-contents__content-body-text">%s</div></div>'
                '<div class="content-page-bottom"><div class="content-related-companies"><h4>Continue Reading</h4><ul>%s</ul></div></div></div></div>'
                '<aside class="page-rail"><div class="node-list node-list--top-stories"><h3>Top Stories</h3><ul>%s</ul></div><div class="rail-ad" data-gam-slot="rail1">Advertisement</div></aside>') % (
            a["sec"], a["secn"], ' <span class="content-page-preamble__type">Press Release</span>' if a["kind"] == "pr" else "", E(a["title"]), E(a["deck"]), auth, comp, shown(a["iso"]),
            a["id"], "Skyward Aero Services" if a["kind"] == "pr" else ("Avioniq" if a["company"] else "Dreamstime"), hl, text, links([e for e in every if e[0] != path]), links(every))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["deck"], "datePublished": a["iso"], "dateModified": a["iso"],
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)}, "publisher": {"@type": "Organization", "name": SN}}
        if a["authors"]:
            ld["author"] = [{"@type": "Person", "name": n, "url": s.url("/contact/%d/%s" % (i, n.lower().replace(" ", "-")))} for n, i, r in a["authors"]]
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="AeroMRO Today"><meta property="article:published_time" content="%s">%s') % (s.url(path), E(a["deck"]), E(a["title"]), a["iso"], jl(ld))
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, "content"), a["title"], a["iso"][:10], [n for n, i, r in a["authors"]],
              must=[p[0], p[2], p[-1]], must_not=["Stay on top of maintenance, repair and overhaul news", [t for pp, t in every if pp != path][0]])

    def nodes(items):
        return '<div class="node-list">%s</div>' % "".join(
            '<div class="node node--content"><div class="node__contents"><div class="node__header"><h5 class="node__title"><a href="%s">%s</a></h5></div><div class="node__body"><p class="node__teaser">%s</p></div>'
            '<div class="node__footer"><span class="node__published">%s</span></div></div></div>' % (apath(a), E(a["title"]), E(a["deck"]), shown(a["iso"])) for a in items)

    def page(title, inner, head="", cls="website-section"):
        return shell("%s | %s" % (title, SN), '<div class="page-wrapper__section"><h1 class="page-wrapper__title">%s</h1>%s</div>' % (E(title), inner), head, cls)
    WEB, WP, MAG, EV, EP = nav[4][0], "/whitepapers/55308888/the-2026-mro-workforce-outlook", nav[3][0], nav[5][0], "/podcasts/55310000/hangar-talk-episode-88-the-engine-shop-crunch"
    s.non("/", shell("AeroMRO Today | Aviation maintenance, repair and overhaul news", '<div class="page-wrapper__section"><h2>Latest News</h2>%s<h2>Resources</h2><ul><li><a href="%s">Whitepaper: The 2026 MRO Workforce Outlook</a></li>'
          '<li><a href="%s">Hangar Talk podcast, Episode 88</a></li><li><a href="%s">AeroMRO Summit 2026</a></li></ul></div>' % (nodes(A), WP, EP, EV), "", "home"))
    s.non("/mro", page("MRO", '<p class="website-section__description">Maintenance, repair and overhaul news for airlines, MROs and suppliers.</p>' + nodes(A)))
    s.non("/airlines", page("Airlines", '<p class="website-section__description">Airline fleet, operations and maintenance news.</p>' + nodes(A[:1])))
    for n, i, r, bio in (("Dana Whitcomb", 55012345, "Senior Editor", "Dana Whitcomb covers airworthiness, regulation and heavy maintenance. She is a licensed A&P mechanic."),
                         ("Jake Ferris", 55012377, "Associate Editor", "Jake Ferris covers aviation technology, avionics and MRO software.")):
        s.non("/contact/%d/%s" % (i, n.lower().replace(" ", "-")), page(n, '<div class="author-profile"><p class="author-profile__title">%s</p><p>%s</p><p>Email: %s@aeromrotoday.example</p></div><h2>Content by %s</h2>%s' % (
            r, E(bio), n.split()[0].lower(), E(n), nodes([a for a in A if n in [x[0] for x in a["authors"]]])), "", "contact"))
    s.non(WEB, page("Predictive Maintenance: Beyond the Pilot Project", '<div class="webinar"><p class="webinar__date">Live: Wednesday, November 12, 2025, 1:00 PM Eastern | On demand after broadcast</p>'
                    '<p>Most airlines have run a predictive maintenance pilot. Far fewer have scaled one across the fleet. This webinar looks at what it takes to turn alerts into removals that maintenance control actually schedules.</p>'
                    '<h3>Presenters</h3><ul><li>Jake Ferris, Associate Editor, AeroMRO Today</li><li>Sofia Lindgren, Head of Reliability Engineering, Nordic Regional Airlines</li><li>Raj Patel, VP Product, Avioniq</li></ul>'
                    '<h3>Register</h3>%s<p class="webinar__sponsor">Sponsored by Avioniq</p></div>' % form(["First Name", "Last Name", "Email", "Company", "Job Title", "Country"], "Register"),
                    jl({"@context": "https://schema.org", "@type": "Event", "name": "Predictive Maintenance: Beyond the Pilot Project", "startDate": "2025-11-12T13:00:00-05:00"}), "webinar"))
    s.non(WP, page("The 2026 MRO Workforce Outlook", '<div class="whitepaper"><p>The aviation maintenance industry will need 12,000 more technicians in North America by 2028. This whitepaper examines retirements, training pipelines and wages.</p>'
                   '<p>Provided by <strong>Skyward Aero Services</strong></p><h3>Complete the form below to access this whitepaper</h3>%s</div>' % form(["First Name", "Last Name", "Email", "Company", "Job Title"], "Download"), "", "whitepaper"))
    s.non(MAG, page("AeroMRO Today - October 2025", '<div class="magazine-issue"><img src="/files/base/ebm/aeromro/image/2025/10/cover.png" alt="Cover"><p>Vol. 23, No. 10</p><h3>In This Issue</h3>'
                    '<ul class="magazine-issue__toc"><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li><li>Engine shops: the slot crunch continues</li><li>Tooling &amp; GSE Buyer\'s Guide</li></ul>'
                    '<p><a href="/about-us">Subscribe to the print edition</a> | <a href="/magazine/55301234/aeromro-today-october-2025">Digital edition</a></p></div>' % (every[0][0], E(every[0][1]), every[1][0], E(every[1][1])), "", "magazine-issue"))
    s.non(EV, page("AeroMRO Summit 2026", '<div class="event"><p><strong>March 24-26, 2026 | Gaylord Texan Resort, Grapevine, TX</strong></p><p>The AeroMRO Summit brings together 900 airline maintenance leaders, MRO executives and suppliers for three days of sessions and networking.</p>'
                   '<ul><li>Keynote: Closing the technician gap</li><li>Track: Engine MRO and the slot crunch</li><li>Track: Digital records and predictive maintenance</li></ul><p>Airline and MRO operators attend free. <a href="/advertise">Exhibit</a></p></div>',
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "AeroMRO Summit 2026", "startDate": "2026-03-24", "endDate": "2026-03-26", "location": {"@type": "Place", "name": "Gaylord Texan Resort", "address": "Grapevine, TX"}}), "event"))
    s.non(CO, page("Skyward Aero Services", '<div class="company-profile"><dl><dt>Address</dt><dd>100 Hangar Way, Port San Antonio, San Antonio, TX 78226</dd><dt>Phone</dt><dd>(210) 555-0191</dd><dt>Categories</dt><dd>Heavy maintenance, Cabin modifications, Component repair</dd></dl>'
                  '<p>Skyward Aero Services provides heavy airframe maintenance for narrowbody and regional aircraft from three hangars in Texas.</p><h3>Latest from Skyward Aero Services</h3><ul><li><a href="%s">%s</a></li><li><a href="%s">Whitepaper: The 2026 MRO Workforce Outlook</a></li></ul></div>' % (
                      every[2][0], E(every[2][1]), WP), "", "directory-company"))
    s.non("/buyers-guide", page("Buyer's Guide", '<p>Find products and suppliers for aircraft maintenance.</p><form><input placeholder="Search products or companies"><button>Search</button></form><h3>Categories</h3>'
                                '<ul><li>Avionics &amp; Software (214 companies) - featuring Avioniq</li><li>Ground Support Equipment (388)</li><li>Heavy Maintenance Providers (96) - featuring <a href="%s">Skyward Aero Services</a></li><li>Tooling (251)</li></ul>' % CO, "", "directory"))
    s.non(EP, page("Hangar Talk Episode 88: The Engine Shop Crunch", '<div class="podcast"><p class="podcast__meta">Oct. 8, 2025 | 41:12 | Hosted by Dana Whitcomb</p><audio controls src="/files/podcasts/hangar-talk-88.mp3"></audio>'
                   '<p>Why is it taking a year to get a slot for a geared turbofan shop visit? Dana talks to two engine shop managers about parts shortages, labor and what airlines are doing in the meantime.</p><p>Subscribe on Apple Podcasts and Spotify.</p></div>',
                   jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Hangar Talk Episode 88: The Engine Shop Crunch", "datePublished": "2025-10-08", "author": {"@type": "Person", "name": "Dana Whitcomb"}}), "content"))
    s.non("/advertise", page("Advertise", '<p>AeroMRO Today reaches 48,000 print subscribers and 120,000 monthly website visitors in aviation maintenance. Products: eNewsletters, webinars, whitepapers, sponsored content and the AeroMRO Summit.</p><p><a href="/files/base/ebm/aeromro/document/2025/08/mediakit.pdf">2026 Media Kit</a></p>'))
    s.non("/about-us", page("About Us", '<p>AeroMRO Today has served aviation maintenance professionals since 2002. It is published by Kestrel Business Media, Fort Atkinson, Wisconsin.</p><p>Editorial: Dana Whitcomb, Senior Editor; Jake Ferris, Associate Editor.</p>'))
    s.index("/sitemap.xml", [("/sitemap/content.xml", [apath(a) for a in A]), ("/sitemap/sections.xml", ["/", "/mro", "/airlines", "/buyers-guide"])], "User-agent: *\nDisallow: /search\n")
    s.feed("/__rss/website-scheduled-content.xml", SN, [(apath(a), a["title"], a["iso"].replace(".000Z", "+00:00"), ", ".join(n for n, i, r in a["authors"])) for a in A])


# ------------------------------------------------------------ 9 Prawo i Biznes (custom CMS with a Piano paywall, pl legal)
def prawo():
    s = Site(9)
    SN = "Prawo i Biznes"
    nav = [("/orzecznictwo", "Orzecznictwo"), ("/tag/frankowicze", "Frankowicze"), ("/kalendarz", "Kalendarz"), ("/rankingi/ranking-kancelarii-2025", "Ranking kancelarii"),
           ("/katalog-kancelarii", "Katalog kancelarii"), ("/e-wydanie/2025-10", "E-wydanie"), ("/praca", "Praca")]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<script>var tp = window.tp || []; tp.push(["setAid", "pbPL8x2Q"]); tp.push(["setContentIsNative", false]); window.tp = tp;</script><link rel="stylesheet" href="/static/css/pib.css?v=2025.10"></head>'
                '<body class="%s"><div class="rodo-box" id="rodo"><p>Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacją o przetwarzaniu danych osobowych i plikach cookies.</p><button>Przejdź do serwisu</button></div>'
                '<header class="header"><a class="header__logo" href="/">Prawo i Biznes</a><span class="header__claim">Dziennik prawników i przedsiębiorców</span><nav class="header__nav"><ul>%s</ul></nav>'
                '<a class="header__premium" href="/o-nas">Premium</a></header><div class="container">%s</div>'
                '<footer class="footer"><a href="/o-nas">O nas</a> | <a href="/reklama">Reklama</a><p>© 2025 Prawo i Biznes sp. z o.o., ul. Prosta 51, 00-838 Warszawa. Wszelkie prawa zastrzeżone.</p></footer></body></html>') % (
            E(title), head, cls, links(nav, "header__nav-item"), main)

    gate = ('<div class="paywall" id="paywall-container"><div class="paywall__box"><p class="paywall__title">Treść dostępna tylko dla subskrybentów</p>'
            '<p>Ten artykuł jest częścią serwisu Prawo i Biznes Premium. Zarejestruj się i zyskaj 30 dni bezpłatnego dostępu do wszystkich analiz, komentarzy i orzeczeń.</p>'
            '<a class="btn" href="/o-nas">Zarejestruj się</a> <a class="btn btn--ghost" href="/o-nas">Mam już konto – zaloguj</a></div></div>')
    A = [dict(id=531234, sec=("orzecznictwo", "Orzecznictwo"), slug="sad-najwyzszy-frankowicze-moga-zadac-odsetek-od-dnia-wezwania-banku", kicker=None,
              title="Sąd Najwyższy: frankowicze mogą żądać odsetek od dnia wezwania banku", authors=["Katarzyna Nowak"], iso="2025-10-15T09:12:00+02:00", kind="news",
              lead="Uchwała siedmiu sędziów przesądza spór, który od lat dzielił sądy apelacyjne.", paras=[
                  "Kredytobiorcy, którzy wygrali spór z bankiem o kredyt frankowy, mogą żądać odsetek ustawowych za opóźnienie od dnia, w którym wezwali bank do zwrotu wpłaconych rat, a nie dopiero od uprawomocnienia się wyroku. Tak orzekł w środę Sąd Najwyższy w składzie siedmiu sędziów.",
                  "Uchwała ma moc zasady prawnej i rozstrzyga rozbieżności w orzecznictwie, które od kilku lat dzieliły sądy apelacyjne w Warszawie, Gdańsku i Krakowie.",
                  "Banki argumentowały, że roszczenie kredytobiorcy staje się wymagalne dopiero wtedy, gdy sąd prawomocnie stwierdzi nieważność umowy. Sąd Najwyższy nie podzielił tego stanowiska.",
                  "„To rozstrzygnięcie oznacza dla wielu klientów dodatkowe kilkadziesiąt tysięcy złotych” – ocenia adwokat Marta Górska, która reprezentuje kredytobiorców w kilkuset sprawach.",
                  "Według danych Związku Banków Polskich w sądach toczy się obecnie ponad 160 tys. spraw dotyczących kredytów frankowych."]),
         dict(id=531102, sec=("kancelarie", "Kancelarie"), slug="tomasz-zielinski-sztuczna-inteligencja-nie-zastapi-radcy-prawnego", kicker="Wywiad",
              title="Tomasz Zieliński: Sztuczna inteligencja nie zastąpi radcy prawnego, ale zmieni jego pracę", authors=["Piotr Wiśniewski"], iso="2025-10-10T06:00:00+02:00", kind="qa",
              lead="Partner zarządzający kancelarii Zieliński i Wspólnicy o tym, jak modele językowe zmieniają pracę prawników.", paras=[
                  "Z mec. Tomaszem Zielińskim, partnerem zarządzającym kancelarii Zieliński i Wspólnicy, rozmawia Piotr Wiśniewski.",
                  ("Czy kancelarie w Polsce naprawdę korzystają już z narzędzi sztucznej inteligencji?", "Coraz częściej. U nas modele językowe pomagają przy przeglądzie dokumentów w due diligence i przy pierwszych wersjach umów. Oszczędzamy w ten sposób nawet 30 procent czasu aplikantów."),
                  ("Nie boi się pan o tajemnicę zawodową?", "To jest warunek brzegowy. Korzystamy wyłącznie z rozwiązań, w których dane nie opuszczają naszej infrastruktury, i każdy wynik sprawdza prawnik. Odpowiedzialność za poradę zawsze ponosi człowiek."),
                  ("Jak to zmieni rynek pracy dla młodych prawników?", "Aplikant nie będzie już spędzał nocy na przeglądaniu tysięcy stron. Będzie musiał za to szybciej nauczyć się oceniać ryzyko i rozmawiać z klientem.")]),
         dict(id=530987, sec=("procedury", "Procedury"), slug="nowelizacja-kpc-co-zmienia-sie-w-postepowaniu-gospodarczym-od-1-stycznia", kicker="Premium",
              title="Nowelizacja KPC: co zmienia się w postępowaniu gospodarczym od 1 stycznia", authors=["Anna Lewandowska"], iso="2025-10-08T14:30:00+02:00", kind="gated",
              lead="Przedsiębiorcy będą musieli szybciej zgłaszać twierdzenia i dowody.", paras=[
                  "Od 1 stycznia 2026 r. wchodzą w życie kolejne zmiany w Kodeksie postępowania cywilnego, które dotyczą przede wszystkim spraw gospodarczych. Przedsiębiorcy będą musieli szybciej zgłaszać wszystkie twierdzenia i dowody.",
                  "Nowelizacja wprowadza też obowiązkowe posiedzenie przygotowawcze w sprawach o wartości przedmiotu sporu powyżej 100 tys. zł oraz rozszerza możliwość doręczeń elektronicznych."])]
    apath = lambda a: "/%s/%s,%d.html" % (a["sec"][0], a["slug"], a["id"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    aslug = lambda n: n.lower().replace(" ", "-").replace("ś", "s").replace("ń", "n")  # noqa: E731
    pld = lambda iso: "%s.%s.%s, %s" % (iso[8:10], iso[5:7], iso[:4], iso[11:16])  # noqa: E731
    for a in A:
        path = apath(a)
        p = a["paras"]
        if a["kind"] == "qa":
            body = '<p class="interview-intro"><em>%s</em></p>' % E(p[0]) + "".join('<p class="question"><strong>%s</strong></p><p>%s</p>' % (E(q), E(r)) for q, r in p[1:])
            must = [p[1][1], p[-1][1]]
        elif a["kind"] == "gated":
            body = ps(p) + gate
            must = list(p)
        else:
            body = ps(p[:2]) + '<div class="box-przeczytaj"><span>Przeczytaj także:</span> <a href="%s">%s</a></div>' % every[2] + ps(p[2:])
            must = [p[0], p[2], p[-1]]
        main = ('<div class="row"><article class="article col-8" data-id="%d"><div class="article__category"><a href="/orzecznictwo">%s</a>%s</div><h1 class="article__title">%s</h1>'
                '<div class="article__meta"><span class="article__author">Autor: %s</span> <span class="article__date">Data publikacji: %s</span></div>'
                '<div class="article__lead"><p><strong>%s</strong></p></div><div class="article__image"><img src="/img/a/%d.jpg" alt=""><span class="article__image-source">Fot. Adobe Stock</span></div>'
                '<div class="article__content%s">%s</div><div class="article__tags">Tagi: <a href="/tag/frankowicze">frankowicze</a></div></article>'
                '<aside class="col-4"><div class="widget"><h3>Najczęściej czytane</h3><ol>%s</ol></div><div class="widget"><h3>Szkolenie online</h3><p><a href="/szkolenia/webinar-ai-w-kancelarii,531900.html">AI w kancelarii – bezpiecznie i zgodnie z prawem</a></p></div>'
                '<div class="widget newsletter"><h3>Newsletter</h3><p>Codziennie rano najważniejsze zmiany w prawie w Twojej skrzynce.</p><form><input type="email"><button>Zapisz się</button></form></div></aside></div>') % (
            a["id"], a["sec"][1], (' <span class="article__kicker">%s</span>' % a["kicker"]) if a["kicker"] else "", E(a["title"]),
            ", ".join('<a href="/autor/%s">%s</a>' % (aslug(n), E(n)) for n in a["authors"]), pld(a["iso"]), E(a["lead"]), a["id"], " article__content--locked" if a["kind"] == "gated" else "", body,
            links([e for e in every if e[0] != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["lead"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": [{"@type": "Person", "name": n} for n in a["authors"]], "publisher": {"@type": "Organization", "name": SN}, "isAccessibleForFree": a["kind"] != "gated"}
        if a["kind"] == "gated":
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content--locked"}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (E(a["lead"]), s.url(path), E(a["title"]), a["iso"], E(", ".join(a["authors"])), jl(ld))
        s.art(path, shell("%s - %s" % (a["title"], SN), main, head, "article-page"), a["title"], a["iso"][:10], a["authors"],
              must=must, must_not=["Codziennie rano najważniejsze zmiany", "Szanowny Użytkowniku, zanim przejdziesz"] + (["Treść dostępna tylko dla subskrybentów"] if a["kind"] == "gated" else []))

    def lst(items):
        return '<ul class="list">%s</ul>' % "".join('<li class="list__item"><a href="%s">%s</a><p>%s</p><span class="list__date">%s</span></li>' % (apath(a), E(a["title"]), E(a["lead"]), pld(a["iso"])) for a in items)

    def page(title, inner, head="", cls="page"):
        return shell("%s - %s" % (title, SN), '<div class="page"><h1 class="page__title">%s</h1>%s</div>' % (E(title), inner), head, cls)
    WEB = "/szkolenia/webinar-ai-w-kancelarii,531900.html"
    EV = "/wydarzenia/kongres-prawnikow-biznesu-2026,530100.html"
    CO = "/katalog-kancelarii/zielinski-i-wspolnicy"
    JOB = "/praca/aplikant-radcowski-warszawa,12345.html"
    s.non("/", shell("Prawo i Biznes – wiadomości prawne dla prawników i przedsiębiorców", '<section><h2>Najnowsze</h2>%s</section><section><h2>Szkolenia i wydarzenia</h2><ul><li><a href="%s">Webinar: AI w kancelarii</a></li><li><a href="%s">Kongres Prawników Biznesu 2026</a></li></ul></section>' % (lst(A), WEB, EV), "", "home"))
    s.non("/orzecznictwo", page("Orzecznictwo", lst(A)))
    s.non("/tag/frankowicze", page("frankowicze", '<p>Wszystko o sporach kredytobiorców frankowych z bankami.</p>' + lst(A[:1])))
    for n, bio in (("Katarzyna Nowak", "Dziennikarka prawna, od 2015 r. relacjonuje orzecznictwo Sądu Najwyższego i TSUE."), ("Piotr Wiśniewski", "Redaktor działu Kancelarie, pisze o rynku usług prawnych."),
                   ("Anna Lewandowska", "Radca prawny i publicystka, specjalizuje się w postępowaniu cywilnym.")):
        s.non("/autor/" + aslug(n), page(n, '<div class="author"><p>%s</p></div><h2>Artykuły autora</h2>%s' % (E(bio), lst([a for a in A if n in a["authors"]]))))
    s.non(WEB, page("AI w kancelarii – bezpiecznie i zgodnie z prawem", '<div class="szkolenie"><p><strong>Termin:</strong> 20 listopada 2025 r., godz. 10:00–12:00 (online)</p><p><strong>Cena:</strong> 390 zł netto, dla abonentów Premium 290 zł</p>'
                    '<p>Szkolenie dla radców prawnych i adwokatów, którzy chcą korzystać z narzędzi sztucznej inteligencji bez naruszania tajemnicy zawodowej i przepisów RODO.</p>'
                    '<h3>Prowadzący</h3><ul><li>mec. Tomasz Zieliński, Zieliński i Wspólnicy</li><li>dr Ewa Kaczmarek, Uniwersytet Warszawski</li></ul><p>Uczestnicy otrzymują 2 punkty szkoleniowe.</p><h3>Zapisz się</h3>%s</div>' % form(
                        ["Imię i nazwisko", "E-mail", "Kancelaria / firma", "NIP do faktury"], "Zapisz się")))
    s.non(EV, page("Kongres Prawników Biznesu 2026", '<div class="wydarzenie"><p><strong>12–13 marca 2026 r., Hotel Warszawianka, Jachranka</strong></p><p>Dwudniowy kongres dla prawników wewnętrznych i kancelarii: compliance, sztuczna inteligencja, spory gospodarcze i nowe obowiązki sprawozdawcze ESG.</p>'
                   '<ul><li>Panel: Sądy gospodarcze po nowelizacji KPC</li><li>Panel: Jak kupować usługi prawne w 2026 roku</li><li>Gala rankingu kancelarii</li></ul><p><a href="/kalendarz">Rejestracja</a></p></div>',
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "Kongres Prawników Biznesu 2026", "startDate": "2026-03-12", "endDate": "2026-03-13", "location": {"@type": "Place", "name": "Hotel Warszawianka, Jachranka"}})))
    s.non("/kalendarz", page("Kalendarz wydarzeń", '<table class="kalendarz"><tr><th>Data</th><th>Wydarzenie</th></tr><tr><td>20.11.2025</td><td><a href="%s">Webinar: AI w kancelarii</a></td></tr><tr><td>04.12.2025</td><td>Gala Rankingu Kancelarii 2025</td></tr>'
                                      '<tr><td>12–13.03.2026</td><td><a href="%s">Kongres Prawników Biznesu 2026</a></td></tr></table>' % (WEB, EV)))
    s.non("/rankingi/ranking-kancelarii-2025", page("Ranking Kancelarii Prawnych 2025", '<p>Po raz dwunasty przedstawiamy ranking największych kancelarii prawnych w Polsce według liczby prawników. Wyniki ogłoszono 30 września 2025 r.</p>'
          '<table class="ranking"><tr><th>Miejsce</th><th>Kancelaria</th><th>Liczba prawników</th></tr><tr><td>1</td><td>Nowicki Lis Partners</td><td>312</td></tr><tr><td>2</td><td>Kancelaria Wróbel i Syn</td><td>287</td></tr>'
          '<tr><td>3</td><td><a href="%s">Zieliński i Wspólnicy</a></td><td>241</td></tr></table><p>Metodologia: dane z ankiet przesłanych przez kancelarie, weryfikowane przez redakcję.</p>' % CO))
    s.non("/katalog-kancelarii", page("Katalog kancelarii", '<ul><li><a href="%s">Zieliński i Wspólnicy</a> – Warszawa, Kraków</li><li>Nowicki Lis Partners – Warszawa, Poznań</li></ul>' % CO))
    s.non(CO, page("Zieliński i Wspólnicy sp.k.", '<div class="firma"><p><strong>Adres:</strong> ul. Emilii Plater 53, 00-113 Warszawa</p><p><strong>Specjalizacje:</strong> M&amp;A, spory gospodarcze, prawo nowych technologii</p><p><strong>Liczba prawników:</strong> 241</p>'
                  '<p>Kancelaria założona w 1998 r., biura w Warszawie i Krakowie.</p><h3>Publikacje</h3><ul><li><a href="%s">%s</a></li></ul><h3>Oferty pracy</h3><ul><li><a href="%s">Aplikant radcowski</a></li></ul></div>' % (every[1][0], E(every[1][1]), JOB)))
    s.non("/praca", page("Oferty pracy dla prawników", '<ul><li><a href="%s">Aplikant radcowski / aplikantka radcowska</a> – Zieliński i Wspólnicy – Warszawa</li><li>Prawnik in-house – branża energetyczna – Katowice</li></ul>' % JOB))
    s.non(JOB, page("Aplikant radcowski / aplikantka radcowska", '<div class="oferta"><p>Zieliński i Wspólnicy sp.k. | Warszawa | umowa o pracę | dodano 03.10.2025</p><p>Poszukujemy aplikanta II lub III roku do zespołu sporów gospodarczych.</p>'
                    '<ul><li>bardzo dobra znajomość języka angielskiego</li><li>doświadczenie w sporządzaniu pism procesowych</li></ul><p><a class="btn" href="%s">Aplikuj</a></p></div>' % CO,
                    jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Aplikant radcowski", "datePosted": "2025-10-03", "hiringOrganization": {"@type": "Organization", "name": "Zieliński i Wspólnicy"}})))
    s.non("/e-wydanie/2025-10", page("Miesięcznik Prawo i Biznes – październik 2025", '<div class="wydanie"><img src="/img/okladki/2025-10.jpg" alt="Okładka"><h3>Spis treści</h3><ol><li>Temat numeru: Frankowicze po uchwale SN, s. 4</li>'
                                              '<li>Wywiad: Tomasz Zieliński o AI w kancelarii, s. 12</li><li>Procedury: nowelizacja KPC krok po kroku, s. 18</li><li>Ranking Kancelarii 2025, s. 26</li></ol><p>Dostępne dla abonentów Premium.</p></div>'))
    s.non("/reklama", page("Reklama", '<p>Prawo i Biznes dociera do 180 tys. prawników, radców, adwokatów i menedżerów miesięcznie. Oferujemy reklamę display, artykuły sponsorowane, webinary i udział w Kongresie.</p><p><a href="/static/cennik-2026.pdf">Pobierz cennik 2026</a></p>'))
    s.non("/o-nas", page("O nas", '<p>Prawo i Biznes to serwis i miesięcznik dla prawników i przedsiębiorców, wydawany od 2008 r. Redaktor naczelna: Joanna Mazur.</p><p>Premium: pełny dostęp do analiz i orzeczeń od 49 zł miesięcznie.</p>'))
    s.urlset("/sitemap-news.xml", [apath(a) for a in A])
    s.put("/robots.txt", "User-agent: *\nDisallow: /szukaj\n\nSitemap: %s\n" % s.url("/sitemap-news.xml"))
    s.feed("/rss/najnowsze.xml", SN, [(apath(a), a["title"], a["iso"], ", ".join(a["authors"])) for a in A], "pl")


# ------------------------------------------------------------ 10 Persone & Lavoro (Joomla 4, it HR)
def persone():
    s = Site(10)
    SN = "Persone & Lavoro"
    nav = [("/notizie/normativa", "Normativa"), ("/notizie/opinioni", "Opinioni"), ("/eventi", "Eventi"), ("/guida-fornitori-hr", "Guida fornitori"), ("/premi/hr-awards-italia-2025", "HR Awards"),
           ("/offerte-di-lavoro", "Offerte di lavoro")]
    mesi = ["Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto", "Settembre", "Ottobre", "Novembre", "Dicembre"]
    itd = lambda iso: "%d %s %s" % (int(iso[8:10]), mesi[int(iso[5:7]) - 1], iso[:4])  # noqa: E731

    def shell(title, main, head="", cls="site com_content view-article"):
        return ('<!DOCTYPE html>\n<html lang="it-it" dir="ltr">\n<head>\n    <meta charset="utf-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n'
                '\t<meta name="generator" content="Joomla! - Open Source Content Management">\n\t<title>%s</title>\n\t<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.9" rel="stylesheet">\n</head>\n'
                '<body class="%s">\n\t<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Persone &amp; Lavoro">Persone &amp; Lavoro</span></a>'
                '<div class="site-description">Il quotidiano online delle risorse umane</div></div></div><div class="grid-child container-nav"><nav class="navbar navbar-expand-md"><ul class="mod-menu mod-list nav ">%s</ul></nav></div></header>\n'
                '\t<div class="site-grid"><div class="grid-child container-component"><main>%s</main></div>'
                '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Newsletter HR</h3><div class="card-body"><p>Ogni venerdì le novità su lavoro, contratti e gestione del personale.</p><form><input type="email"><button>Iscriviti</button></form></div></div>'
                '<div class="sidebar-right card"><h3 class="card-header">Prossimo webinar</h3><div class="card-body"><a href="/webinar/gestire-il-ritorno-in-ufficio">Gestire il ritorno in ufficio</a></div></div></div></div>\n'
                '\t<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu"><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/pubblicita">Pubblicità</a></li><li><a href="/contenuti-sponsorizzati">Contenuti sponsorizzati</a></li></ul>'
                '<p>Persone &amp; Lavoro – testata giornalistica registrata presso il Tribunale di Milano n. 212 del 14/06/2011. Editore: HR Media S.r.l., P.IVA 07451230965</p></div></footer>\n</body>\n</html>') % (
            head, E(title), cls, "".join('<li class="nav-item item-%d"><a href="%s">%s</a></li>' % (101 + i, p, E(t)) for i, (p, t) in enumerate(nav)), main)

    A = [dict(id=1245, cat=("/notizie/normativa", "Normativa"), slug="smart-working-firmato-il-nuovo-protocollo-diritto-alla-disconnessione",
              title="Smart working, firmato il nuovo protocollo: diritto alla disconnessione per 3 milioni di lavoratori", by="Giulia Ferri", authors=["Giulia Ferri"],
              iso="2025-10-14T09:00:00+02:00", hits=845, kind="news", paras=[
                  "Sindacati e associazioni datoriali hanno firmato al ministero del Lavoro il nuovo protocollo nazionale sul lavoro agile, che introduce per la prima volta un diritto alla disconnessione esigibile per circa tre milioni di lavoratori del settore privato.",
                  "Il testo prevede una fascia di almeno undici ore consecutive in cui il dipendente non è tenuto a rispondere a email, telefonate o messaggi, salvo casi di urgenza definiti dagli accordi aziendali.",
                  "Le imprese dovranno inoltre rimborsare una quota delle spese per la connessione e l'energia sostenute dai lavoratori che operano da casa per più di otto giorni al mese.",
                  "«È un passo avanti importante, che dà certezze sia alle aziende sia alle persone», ha commentato la ministra del Lavoro al termine della firma.",
                  "Il protocollo non è vincolante, ma le parti si sono impegnate a recepirlo nei rinnovi dei contratti collettivi in scadenza nel 2026."]),
         dict(id=1238, cat=("/notizie/opinioni", "Opinioni"), slug="il-welfare-aziendale-non-e-un-benefit-e-una-strategia",
              title="Il welfare aziendale non è un benefit, è una strategia", by="Marco Bellini, HR Director di Ceramiche Valdarno", authors=["Marco Bellini"],
              iso="2025-10-10T11:30:00+02:00", hits=1320, kind="column", paras=[
                  "Per troppo tempo abbiamo considerato il welfare aziendale come un elenco di buoni spesa e convenzioni da aggiungere in fondo alla lettera di assunzione.",
                  "Nella nostra azienda, 640 dipendenti tra Arezzo e Firenze, abbiamo cambiato prospettiva tre anni fa: prima di scegliere i servizi abbiamo chiesto alle persone di cosa avessero davvero bisogno.",
                  "Le risposte ci hanno sorpreso. Al primo posto non c'erano i buoni carburante, ma l'assistenza per i genitori anziani e la flessibilità negli orari di ingresso per chi ha figli piccoli.",
                  "Da quando abbiamo ridisegnato il piano, il turnover volontario è sceso dal 14 al 7 per cento e le candidature spontanee sono raddoppiate. Il costo complessivo, invece, è rimasto quasi invariato.",
                  "Il welfare funziona quando è una leva della strategia sulle persone, non quando è un modo per pagare meno tasse sui premi di risultato."]),
         dict(id=1231, cat=("/contenuti-sponsorizzati", "Contenuti sponsorizzati"), slug="formazione-continua-come-l-intelligenza-artificiale-personalizza-i-percorsi-di-upskilling",
              title="Formazione continua: come l'intelligenza artificiale personalizza i percorsi di upskilling", by="Elisa Donati", authors=["Elisa Donati"],
              iso="2025-10-08T10:00:00+02:00", hits=512, kind="sponsored", paras=[
                  "Secondo l'ultimo rapporto sulle competenze digitali, sei lavoratori italiani su dieci dovranno aggiornare le proprie competenze entro il 2030 per restare al passo con le trasformazioni tecnologiche.",
                  "Le piattaforme di formazione basate sull'intelligenza artificiale analizzano il ruolo, le competenze dichiarate e i risultati dei test di ciascun dipendente per proporre un percorso su misura, invece di un catalogo uguale per tutti.",
                  "In un progetto pilota con un gruppo bancario del Nord Italia, la piattaforma LearnUp ha ridotto del 35 per cento il tempo medio necessario per completare i percorsi di certificazione.",
                  "«Le persone imparano meglio quando vedono subito il collegamento tra il corso e il loro lavoro quotidiano», spiega Davide Serra, amministratore delegato di LearnUp."])]
    apath = lambda a: "%s/%d-%s" % (a["cat"][0], a["id"], a["slug"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    for i, a in enumerate(A):
        path = apath(a)
        p = a["paras"]
        if a["kind"] == "sponsored":
            body = ('<p class="alert alert-info sponsored-label"><strong>Contenuto sponsorizzato</strong> – Articolo realizzato in collaborazione con LearnUp</p>' + ps(p) +
                    '<p><em>Elisa Donati è learning designer presso LearnUp, piattaforma italiana di formazione aziendale.</em></p>')
        elif a["kind"] == "column":
            body = ps(p) + '<p><em>Le opinioni espresse in questo articolo sono dell\'autore e non rappresentano necessariamente la linea della redazione.</em></p>'
        else:
            body = ps(p[:2]) + '<div class="leggi-anche"><strong>Leggi anche:</strong> <a href="%s">%s</a></div>' % every[1] + ps(p[2:])
        nxt = every[i + 1] if i + 1 < len(A) else every[0]
        main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="it-IT">'
                '<div class="page-header"><h1 itemprop="headline">%s</h1></div>'
                '<dl class="article-info text-muted"><dt class="article-info-term">Dettagli</dt>'
                '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Scritto da: <span itemprop="name">%s</span></dd>'
                '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Categoria: <a href="%s" itemprop="genre">%s</a></dd>'
                '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">Pubblicato: %s</time></dd>'
                '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">Visite: %d</dd></dl>'
                '<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0" itemprop="keywords"><a href="/tag/smart-working" class="btn btn-sm btn-info">smart working</a></li></ul>'
                '<figure class="left item-image"><img src="/images/articoli/2025/%d.jpg" itemprop="image" alt=""></figure>'
                '<div itemprop="articleBody" class="com-content-article__body">%s</div>'
                '<nav class="pagenavigation" aria-label="Navigazione pagina"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary next" href="%s" rel="next"><span class="visually-hidden">Articolo successivo: %s</span> Successivo</a></span></nav></div>') % (
            E(a["title"]), E(a["by"]), a["cat"][0], a["cat"][1], a["iso"], itd(a["iso"]), a["hits"], a["hits"], a["id"], body, nxt[0], E(nxt[1]))
        head = ('\t<meta name="author" content="%s">\n\t<meta name="description" content="%s">\n\t<link href="%s" rel="canonical">\n\t<meta property="og:type" content="article">\n\t<meta property="og:title" content="%s">') % (
            E(a["by"]), E(p[0][:160]), s.url(path), E(a["title"]))
        s.art(path, shell("%s - %s" % (a["title"], SN), main, head), a["title"], a["iso"][:10], a["authors"],
              must=[p[0], p[2], p[-1]], must_not=["Ogni venerdì le novità su lavoro", "Gestire il ritorno in ufficio"])

    def blog(items):
        return '<div class="com-content-category-blog blog"><div class="com-content-category-blog__items blog-items">%s</div></div>' % "".join(
            '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div>'
            '<dl class="article-info text-muted"><dd class="createdby">Scritto da: <span itemprop="name">%s</span></dd><dd class="published"><time datetime="%s">Pubblicato: %s</time></dd></dl><p>%s</p>'
            '<p class="readmore"><a class="btn btn-secondary" href="%s">Leggi tutto: %s</a></p></div></div>' % (
                apath(a), E(a["title"]), E(a["by"]), a["iso"], itd(a["iso"]), E(a["paras"][0]), apath(a), E(a["title"])) for a in items)

    def page(title, inner, cls="site com_content view-article"):
        return shell("%s - %s" % (title, SN), '<div class="com-content-article item-page"><div class="page-header"><h1>%s</h1></div><div class="com-content-article__body">%s</div></div>' % (E(title), inner), "", cls)

    def catpage(title, desc, items):
        return shell("%s - %s" % (title, SN), '<div class="blog"><h1>%s</h1><div class="category-desc clearfix"><p>%s</p></div>%s<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Pagina 1 di 1</p></div></div>' % (
            E(title), E(desc), blog(items)), "", "site com_content view-category layout-blog")
    EV = "/eventi/hr-innovation-day-2025"
    WEB = "/webinar/gestire-il-ritorno-in-ufficio"
    JOB = "/offerte-di-lavoro/hr-business-partner-milano"
    s.non("/", shell("%s - Il quotidiano online delle risorse umane" % SN, '<div class="blog-featured"><h1 class="visually-hidden">Home</h1>%s</div>' % blog(A), "", "site com_content view-featured"))
    s.non("/notizie/normativa", catpage("Normativa", "Leggi, decreti, circolari e contratti collettivi: tutte le novità per chi gestisce il personale.", A[:1]))
    s.non("/notizie/opinioni", catpage("Opinioni", "Interventi e commenti di direttori del personale, giuslavoristi e consulenti.", A[1:2]))
    s.non("/contenuti-sponsorizzati", catpage("Contenuti sponsorizzati", "Articoli realizzati in collaborazione con i nostri partner. I contenuti sono di responsabilità del partner.", A[2:]))
    s.non("/tag/smart-working", shell("smart working - %s" % SN, '<div class="com-tags-tag tag-category"><h1>smart working</h1><ul class="com-tags-tag__category category list-group">%s</ul></div>' % "".join(
        '<li class="list-group-item list-group-item-action"><h3><a href="%s">%s</a></h3></li>' % e for e in every), "", "site com_tags view-tag"))
    s.non("/eventi", page("Eventi", '<table class="table"><tr><th>Data</th><th>Evento</th><th>Luogo</th></tr><tr><td>6 novembre 2025</td><td><a href="%s">Webinar: gestire il ritorno in ufficio</a></td><td>Online</td></tr>'
                                  '<tr><td>26 novembre 2025</td><td><a href="%s">HR Innovation Day 2025</a></td><td>Milano</td></tr><tr><td>3 dicembre 2025</td><td><a href="/premi/hr-awards-italia-2025">Cerimonia HR Awards Italia</a></td><td>Milano</td></tr></table>' % (WEB, EV)))
    s.non(EV, page("HR Innovation Day 2025", '<p><strong>Mercoledì 26 novembre 2025, ore 9.00-18.00 – Palazzo delle Stelline, Milano</strong></p><p>Una giornata dedicata all\'innovazione nella gestione delle persone: intelligenza artificiale nel recruiting, welfare, settimana corta e nuovi modelli organizzativi.</p>'
                   '<h3>Programma</h3><ul><li>9.30 – Apertura lavori</li><li>10.00 – Tavola rotonda: la settimana corta in Italia</li><li>14.30 – Workshop: l\'AI nella selezione del personale</li></ul><p>Partecipazione gratuita per i professionisti HR, previa registrazione.</p>' +
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "HR Innovation Day 2025", "startDate": "2025-11-26T09:00:00+01:00", "location": {"@type": "Place", "name": "Palazzo delle Stelline", "address": "Milano"}})))
    s.non(WEB, page("Webinar: gestire il ritorno in ufficio", '<p><strong>Giovedì 6 novembre 2025, ore 11.00</strong> – durata 60 minuti</p><p>Molte aziende stanno chiedendo ai dipendenti di tornare in ufficio più giorni alla settimana. Come farlo senza perdere talenti e nel rispetto degli accordi sul lavoro agile?</p>'
                    '<h3>Relatori</h3><ul><li>Giulia Ferri, giornalista di Persone &amp; Lavoro (moderatrice)</li><li>Avv. Lorenzo Conti, giuslavorista</li><li>Sara Monti, HR Director di un gruppo assicurativo</li></ul><h3>Iscriviti gratuitamente</h3>%s' % form(
                        ["Nome", "Cognome", "Email aziendale", "Azienda", "Ruolo"], "Iscriviti", "Acconsento al trattamento dei dati personali ai sensi del GDPR.")))
    s.non("/offerte-di-lavoro", page("Offerte di lavoro", '<ul><li><a href="%s">HR Business Partner</a> – Milano – pubblicata il 7 ottobre 2025</li><li>Payroll Specialist – Bologna – pubblicata il 2 ottobre 2025</li></ul>' % JOB))
    s.non(JOB, page("HR Business Partner – Milano", '<p>Azienda: gruppo internazionale del settore farmaceutico | Sede: Milano | Contratto: tempo indeterminato | Pubblicata il 7 ottobre 2025</p><p>La risorsa supporterà i responsabili di funzione nella gestione delle persone, dalla selezione allo sviluppo, e coordinerà i processi di valutazione delle performance.</p>'
                    '<h3>Requisiti</h3><ul><li>Laurea in discipline economiche, giuridiche o psicologiche</li><li>Almeno 5 anni di esperienza nel ruolo</li></ul><p><a class="btn btn-primary" href="/offerte-di-lavoro">Candidati</a></p>' +
                    jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "HR Business Partner", "datePosted": "2025-10-07", "jobLocation": {"@type": "Place", "address": "Milano"}})))
    s.non("/guida-fornitori-hr", page("Guida ai fornitori HR", '<p>Software, servizi e consulenza per le direzioni del personale.</p><table class="table"><tr><th>Fornitore</th><th>Categoria</th><th>Sede</th></tr><tr><td>LearnUp</td><td>Formazione e e-learning</td><td>Torino</td></tr>'
                                                '<tr><td>PayFlow</td><td>Software paghe e presenze</td><td>Padova</td></tr><tr><td>WelfareHub</td><td>Piattaforme welfare</td><td>Milano</td></tr><tr><td>TalentScan</td><td>Recruiting e ATS</td><td>Roma</td></tr></table>'))
    s.non("/premi/hr-awards-italia-2025", page("HR Awards Italia 2025", '<p>Gli HR Awards Italia premiano le direzioni del personale che si sono distinte per progetti innovativi. Candidature aperte fino al 31 ottobre 2025, cerimonia il 3 dicembre a Milano.</p>'
                                                          '<h3>Categorie</h3><ul><li>Welfare aziendale</li><li>Employer branding</li><li>Diversità e inclusione</li><li>HR Director dell\'anno</li></ul><h3>Candida il tuo progetto</h3>%s' % form(["Nome e cognome", "Azienda", "Email", "Categoria"], "Invia candidatura")))
    s.non("/pubblicita", page("Pubblicità", '<p>Persone &amp; Lavoro raggiunge ogni mese 95.000 professionisti HR, consulenti del lavoro e manager. Proponiamo banner, newsletter, webinar e contenuti sponsorizzati.</p><p><a href="/images/media-kit-2026.pdf">Scarica il media kit 2026</a></p>'))
    s.non("/chi-siamo", page("Chi siamo", '<p>Persone &amp; Lavoro è il quotidiano online dedicato alle risorse umane, fondato nel 2011. Direttrice responsabile: Chiara Santoro. Redazione: Giulia Ferri, Paolo Riva.</p>'))
    s.urlset("/sitemap.xml", ["/"] + [apath(a) for a in A] + ["/notizie/normativa", "/notizie/opinioni", "/eventi", "/offerte-di-lavoro"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.put("/notizie/feed.rss", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>%s</title><link>%s</link><generator>Joomla! - Open Source Content Management</generator><language>it-it</language>%s</channel></rss>' % (
        E(SN), s.url("/"), "".join('<item><title>%s</title><link>%s</link><guid isPermaLink="true">%s</guid><author>%s</author><category>%s</category><pubDate>%s</pubDate></item>' % (
            E(a["title"]), s.url(apath(a)), s.url(apath(a)), E(a["by"]), a["cat"][1], rfc822(a["iso"])) for a in A)))


# ------------------------------------------------------------ 11 食品ビジネス日報 (Japanese trade daily CMS with a member wall, ja food industry)
def shokuhin():
    s = Site(11)
    SN = "食品ビジネス日報"
    nav = [("/category/beverage/", "飲料・酒類"), ("/category/processed/", "加工食品"), ("/category/retail/", "流通・小売"), ("/event/", "展示会・セミナー"), ("/shimen/2025-10-14/", "紙面"),
           ("/company/", "企業名鑑"), ("/job/", "求人情報")]

    def shell(title, main, head="", cls="top"):
        return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width,initial-scale=1">\n<title>%s</title>\n%s\n<link rel="stylesheet" href="/common/css/style.css?20250901">\n</head>\n'
                '<body class="%s"><div id="wrapper"><header id="header"><div class="header-inner"><p class="header-tagline">食品・飲料・流通の専門紙　創刊1951年</p><h1 class="logo"><a href="/"><img src="/common/img/logo.png" alt="食品ビジネス日報"></a></h1>'
                '<ul class="header-member"><li><a href="/about/">会員登録</a></li><li><a href="/about/">ログイン</a></li></ul></div><nav id="gnav"><ul>%s</ul></nav></header>'
                '<div id="container"><div id="main">%s</div><aside id="side"><div class="side-box"><h2 class="side-ttl">アクセスランキング</h2><p><a href="/ranking/">ランキングを見る</a></p></div>'
                '<div class="side-box"><h2 class="side-ttl">セミナー</h2><p><a href="/seminar/2025-11-food-loss/">食品ロス削減ウェビナー（11月20日開催）</a></p></div><div class="side-bnr"><span>広告</span><img src="/bnr/side01.jpg" alt=""></div></aside></div>'
                '<footer id="footer"><ul class="footer-nav"><li><a href="/about/">会社概要</a></li><li><a href="/advertising/">広告掲載</a></li></ul><p class="copyright">Copyright &copy; 食品ビジネス日報社 All Rights Reserved. 記事・写真の無断転載を禁じます。</p></footer></div></body>\n</html>') % (
            E(title), head, cls, "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in nav), main)

    gate = ('<div class="member-only"><p class="member-only__ttl">この記事は会員限定です</p><p>続きを読むには会員登録（無料）またはログインが必要です。会員登録すると、会員限定記事を月10本までお読みいただけます。</p>'
            '<form class="login-form"><input type="text" placeholder="メールアドレス"><input type="password" placeholder="パスワード"><button>ログイン</button></form><p><a class="btn-regist" href="/about/">無料会員登録はこちら</a></p></div>')
    A = [dict(id=118842, cat=("/category/beverage/", "飲料・酒類"), title="ビール大手4社、9月の販売数量は前年比3％減　値上げ前も家庭用が低調", iso="2025-10-14T16:05:00+09:00", kind="news", page="1面", paras=[
        "ビール大手4社が14日までに発表した9月のビール類の販売数量は、前年同月比で約3％減少した。10月からの値上げを前にした駆け込み需要が一部で見られたものの、家庭用の缶製品が全体として伸び悩んだ。",
        "業務用は、残暑の影響で飲食店向けの樽生ビールが好調に推移し、各社とも前年を上回った。一方、いわゆる第3のビールは酒税改正の影響で2けたの減少が続いている。",
        "ある大手の幹部は「10月以降は値上げの反動が出る可能性があり、年末商戦に向けて新商品と販促で需要を喚起したい」と話している。",
        "4社合計のビール類の1～9月累計販売数量は、前年同期比1％減となった。"]),
         dict(id=118790, cat=("/category/processed/", "加工食品"), title="山城食品、植物由来たんぱくの冷凍ハンバーグを全国発売", iso="2025-10-09T11:00:00+09:00", kind="product", page="3面", paras=[
        "山城食品（京都市）は、大豆とえんどう豆のたんぱくを使った冷凍ハンバーグ「まめハンバーグ」を11月1日から全国のスーパーで発売する。",
        "肉を使わずに食感と肉汁感を再現したのが特徴で、1個当たりのたんぱく質は12グラム。コレステロールはゼロとした。",
        "希望小売価格は2個入り398円（税別）。初年度の販売目標は5億円とし、健康志向の高い30～50代の女性を主な購買層と見込む。",
        "同社は2030年までに植物由来食品の売上高を全体の2割に引き上げる目標を掲げており、今回の新商品はその中核と位置付ける。"]),
         dict(id=118731, cat=("/category/retail/", "流通・小売"), title="コンビニ大手、AI需要予測を全店導入　食品ロス3割削減目指す", iso="2025-10-07T05:00:00+09:00", kind="gated", page="1面", paras=[
        "コンビニエンスストア大手3社が、AIを活用した需要予測システムを年内に全店へ導入する。弁当やおにぎりなど消費期限の短い商品の発注精度を高め、食品ロスを2027年度までに3割削減することを目指す。"])]
    apath = lambda a: "/news/%d/" % a["id"]  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    jd = lambda iso: "%d年%d月%d日 %s" % (int(iso[:4]), int(iso[5:7]), int(iso[8:10]), iso[11:16])  # noqa: E731
    for a in A:
        path = apath(a)
        p = a["paras"]
        body = ps(p) + (gate if a["kind"] == "gated" else "")
        main = ('<article class="article"><div class="article-header"><p class="article-cat"><a href="%s">%s</a>%s</p><h1 class="article-ttl">%s</h1>'
                '<div class="article-info"><time class="article-date" datetime="%s">%s</time><span class="article-shimen">%s付 %s</span></div>'
                '<ul class="sns-share"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてブ</a></li></ul></div>'
                '<div class="article-body%s">%s</div><div class="article-keyword"><span>関連キーワード：</span><a href="/category/beverage/">値上げ</a> <a href="/category/processed/">代替肉</a></div></article>'
                '<section class="related"><h2 class="sec-ttl">関連記事</h2><ul>%s</ul></section><section class="pickup"><h2 class="sec-ttl">PR</h2><p>業務用厨房機器の総合カタログ無料進呈中</p></section>') % (
            a["cat"][0], a["cat"][1], ' <span class="label-member">会員限定</span>' if a["kind"] == "gated" else "", E(a["title"]), a["iso"], jd(a["iso"]),
            "%d年%d月%d日" % (int(a["iso"][:4]), int(a["iso"][5:7]), int(a["iso"][8:10])), a["page"], " is-locked" if a["kind"] == "gated" else "", body, links([e for e in every if e[0] != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": {"@type": "Organization", "name": SN, "url": s.url("/")}, "publisher": {"@type": "Organization", "name": "株式会社食品ビジネス日報社"}, "isAccessibleForFree": a["kind"] != "gated"}
        if a["kind"] == "gated":
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".is-locked"}
        head = ('<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s｜%s">\n'
                '<meta property="og:site_name" content="%s">\n<meta property="article:published_time" content="%s">\n%s') % (E(p[0][:80]), s.url(path), E(a["title"]), SN, SN, a["iso"], jl(ld))
        mn = ["業務用厨房機器の総合カタログ無料進呈中"] + (["続きを読むには会員登録"] if a["kind"] == "gated" else [])
        s.art(path, shell("%s｜%s" % (a["title"], SN), main, head, "article"), a["title"], utc(a["iso"])[:10], [], instant=utc(a["iso"]),
              must=list(p) if a["kind"] == "gated" else [p[0], p[-1]], must_not=mn)

    def lst(items):
        return '<ul class="news-list">%s</ul>' % "".join('<li><time datetime="%s">%s</time><span class="cat">%s</span><a href="%s">%s</a>%s</li>' % (
            a["iso"], a["iso"][:10].replace("-", "."), a["cat"][1], apath(a), E(a["title"]), ' <span class="label-member">会員限定</span>' if a["kind"] == "gated" else "") for a in items)

    def page(title, inner, head=""):
        return shell("%s｜%s" % (title, SN), '<div class="page"><h1 class="page-ttl">%s</h1>%s</div>' % (E(title), inner), head, "page")
    EV = "/event/foodtech-japan-2026/"
    SEM = "/seminar/2025-11-food-loss/"
    CO = "/company/yamashiro-foods/"
    JOB = "/job/12345/"
    s.non("/", shell("食品ビジネス日報｜食品・飲料・流通の業界ニュース", '<section class="top-news"><h2 class="sec-ttl">最新ニュース</h2>%s</section><section><h2 class="sec-ttl">展示会・イベント</h2><p><a href="%s">フードテックジャパン2026</a></p></section>' % (lst(A), EV)))
    for i, (cp, cn) in enumerate(nav[:3]):
        s.non(cp, page(cn, lst(A[i:i + 1]) + '<div class="pager"><span class="current">1</span></div>'))
    s.non("/event/", page("展示会・セミナー情報", '<table class="event-table"><tr><th>開催日</th><th>名称</th><th>会場</th></tr><tr><td>2025年11月20日</td><td><a href="%s">食品ロス削減ウェビナー</a></td><td>オンライン</td></tr>'
                                                 '<tr><td>2026年2月18日～20日</td><td><a href="%s">フードテックジャパン2026</a></td><td>東京ビッグサイト</td></tr></table>' % (SEM, EV)))
    s.non(EV, page("フードテックジャパン2026", '<dl class="event-detail"><dt>会期</dt><dd>2026年2月18日（水）～20日（金）10:00～17:00</dd><dt>会場</dt><dd>東京ビッグサイト 東展示棟</dd><dt>主催</dt><dd>フードテックジャパン実行委員会</dd><dt>後援</dt><dd>食品ビジネス日報社</dd></dl>'
                   '<p>食品製造の自動化、代替たんぱく、食品ロス削減などの最新技術が一堂に会する専門展示会。出展者数は約600社を見込む。来場は事前登録制（無料）。</p>' +
                   jl({"@context": "https://schema.org", "@type": "Event", "name": "フードテックジャパン2026", "startDate": "2026-02-18", "endDate": "2026-02-20", "location": {"@type": "Place", "name": "東京ビッグサイト"}})))
    s.non(SEM, page("【ウェビナー】食品ロス削減の最前線　需要予測と賞味期限表示の見直し", '<p class="seminar-date">開催日時：2025年11月20日（木）14:00～15:30（オンライン・参加無料）</p><p>小売・メーカー双方の担当者をお招きし、AI需要予測の導入効果と、賞味期限の年月表示への切り替えの実務を解説します。</p>'
                    '<h2>登壇者</h2><ul><li>大手コンビニ 商品本部 需要予測担当部長</li><li>山城食品 品質保証部長</li><li>食品ビジネス日報 編集部（司会）</li></ul><h2>お申し込み</h2>%s' % form(["氏名", "会社名", "部署・役職", "メールアドレス"], "申し込む", "ご記入いただいた個人情報は協賛企業と共有する場合があります。")))
    s.non("/shimen/2025-10-14/", page("2025年10月14日付 紙面", '<div class="shimen"><p>本日の紙面の主な内容です。紙面ビューアーは有料会員の方がご覧いただけます。</p><ul class="shimen-toc"><li>1面：<a href="%s">%s</a></li><li>2面：外食大手、10月の既存店売上高</li>'
                                                         '<li>3面：秋冬新商品特集（冷凍食品）</li><li>5面：人事・訃報</li></ul></div>' % (every[0][0], E(every[0][1]))))
    s.non("/company/", page("企業名鑑", '<ul><li><a href="%s">山城食品株式会社</a>（京都府）加工食品</li><li>北海乳業株式会社（北海道）乳製品</li><li>東洋飲料株式会社（東京都）清涼飲料</li></ul>' % CO))
    s.non(CO, page("山城食品株式会社", '<table class="company-table"><tr><th>所在地</th><td>京都府京都市南区吉祥院石原町12</td></tr><tr><th>設立</th><td>1962年</td></tr><tr><th>代表者</th><td>代表取締役社長 山城 誠</td></tr>'
                                    '<tr><th>売上高</th><td>412億円（2025年3月期）</td></tr><tr><th>事業内容</th><td>冷凍食品・惣菜の製造販売</td></tr></table><h2>関連記事</h2><ul><li><a href="%s">%s</a></li></ul>' % (every[1][0], E(every[1][1]))))
    s.non("/job/", page("求人情報", '<ul><li><a href="%s">【商品開発】冷凍食品の企画・開発（京都）</a>　山城食品株式会社</li><li>【営業】量販店向けルート営業（東京）　東洋飲料株式会社</li></ul>' % JOB))
    s.non(JOB, page("【商品開発】冷凍食品の企画・開発（京都）", '<table class="job-table"><tr><th>企業名</th><td><a href="%s">山城食品株式会社</a></td></tr><tr><th>勤務地</th><td>京都府京都市</td></tr><tr><th>給与</th><td>年収450万円～650万円</td></tr><tr><th>掲載日</th><td>2025年10月3日</td></tr></table>'
                    '<p>植物由来食品を中心とした新商品の企画・開発をお任せします。食品メーカーでの開発経験3年以上。</p><p><a class="btn" href="/job/">応募する</a></p>' % CO,
                    jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "冷凍食品の企画・開発", "datePosted": "2025-10-03", "hiringOrganization": {"@type": "Organization", "name": "山城食品株式会社"}})))
    s.non("/ranking/", page("アクセスランキング", '<ol class="ranking">%s</ol><p>集計期間：2025年10月8日～14日</p>' % "".join('<li><a href="%s">%s</a></li>' % e for e in every)))
    s.non("/advertising/", page("広告掲載のご案内", '<p>食品ビジネス日報は、食品メーカー、卸、小売の経営層・バイヤーを中心に約5万部を発行しています。紙面広告、Webバナー、メールマガジン、記事広告（タイアップ）を承ります。</p><p><a href="/common/pdf/mediaguide2026.pdf">媒体資料をダウンロード</a></p>'))
    s.non("/about/", page("会社概要", '<table><tr><th>社名</th><td>株式会社食品ビジネス日報社</td></tr><tr><th>所在地</th><td>東京都中央区日本橋小舟町8-1</td></tr><tr><th>創刊</th><td>1951年</td></tr><tr><th>発行</th><td>日刊（土日祝休刊）</td></tr></table>'
                                   '<p>会員登録：無料会員は会員限定記事を月10本まで、有料会員は紙面ビューアーを含む全記事をお読みいただけます。</p>'))
    s.urlset("/sitemap.xml", ["/"] + [apath(a) for a in A] + [c for c, _ in nav[:3]] + ["/event/", "/company/", "/job/"])
    s.put("/robots.txt", "User-agent: *\nDisallow: /member/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.feed("/rss/news.xml", SN, [(apath(a), a["title"], a["iso"], "") for a in A], "ja")


# ------------------------------------------------------------ 12 Insurance Broker Today (Globe-like publishing CMS with a registration wall, en-GB insurance)
def brokertoday():
    s = Site(12)
    SN = "Insurance Broker Today"
    nav = [("/news", "News"), ("/opinion", "Opinion"), ("/events", "Events"), ("/events/insurance-broker-awards-2025", "Awards"), ("/jobs", "Jobs"), ("/directory", "Directory"), ("/magazine/october-2025", "Magazine")]

    def shell(title, main, head="", cls="homepage"):
        return ('<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/magazine/css/main.css?v=20250910"><script>var globe = { pageType: "%s", registered: false };</script></head>'
                '<body class="%s"><div id="cookie-consent"><p>We use cookies to personalise content and ads and to analyse our traffic. <a href="/about-us">Cookie policy</a></p><button>OK</button></div>'
                '<header id="masthead"><div class="masthead-top"><a href="/about-us">Sign in</a> <a class="btn-register" href="/about-us">Register</a></div><div class="logo"><a href="/"><img src="/magazine/dest/graphics/logo.svg" alt="Insurance Broker Today"></a></div>'
                '<nav id="mainnav"><ul>%s</ul></nav></header><div id="leaderboard" class="ad"><span>Advertisement</span></div><div id="content">%s</div>'
                '<footer id="footer"><ul><li><a href="/about-us">About us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/jobs">Jobs</a></li></ul>'
                '<p>Site powered by Globe CMS. &copy; 2025 Harbour Media Group Ltd. Registered in England No. 03914822.</p></footer></body></html>') % (
            E(title), head, cls, cls, links(nav), main)

    wall = ('<div class="registration-wall"><h2>Register to read the full story</h2><p>This article is only available to registered users. Registration is free and gives you access to three stories a month, our daily newsletters and our award-winning analysis.</p>'
            '<ul><li>Breaking news on insurers, brokers and MGAs</li><li>Expert opinion from industry leaders</li></ul><p><a class="btn" href="/about-us">Register</a> Already registered? <a href="/about-us">Sign in</a></p></div>')
    A = [dict(id=1452345, sec=("/news", "News"), slug="lloyds-market-posts-4-2bn-half-year-profit-despite-wildfire-losses", kicker=None,
              title="Lloyd’s market posts £4.2bn half-year profit despite wildfire losses", intro="Combined ratio rises to 92.8% as Los Angeles wildfires add 11.3 points of major losses.",
              authors=["Emily Carter"], byline=None, iso="2025-10-14T10:30:00+01:00", kind="news", paras=[
                  "The Lloyd's market made a pre-tax profit of £4.2bn in the first half of 2025, down from £5.5bn a year earlier, as losses from the Los Angeles wildfires ate into underwriting results.",
                  "The market's combined ratio rose to 92.8% from 84.0%, with major claims adding 11.3 percentage points. Gross written premiums grew 4% to £33.2bn.",
                  "Lloyd's chief executive Ian Mercer said the result showed the market's resilience. \"We absorbed one of the most expensive wildfire events on record and still delivered a solid underwriting profit,\" he said.",
                  "Investment income held up at £2.9bn, helped by higher yields on the market's bond portfolios.",
                  "Brokers said rate reductions in property and specialty lines were likely to continue into the January renewals as new capital enters the market."]),
         dict(id=1452201, sec=("/opinion", "Opinion"), slug="why-brokers-must-own-the-claims-experience", kicker="Opinion",
              title="Why brokers must own the claims experience", intro="A claim handled well is the best evidence of good outcomes under Consumer Duty, argues Harbourside's chief executive.",
              authors=["Sarah Whitmore"], byline="By Sarah Whitmore, CEO of Harbourside Brokers", iso="2025-10-09T07:00:00+01:00", kind="column", paras=[
                  "Ask any client what they remember about their insurance, and it will not be the renewal meeting. It will be the day something went wrong and they had to make a claim.",
                  "Yet too many brokers still treat claims as the insurer's problem. Once the notification has been passed on, the broker steps back and waits, and the client is left chasing a loss adjuster they have never met.",
                  "At Harbourside we changed that three years ago. Every commercial client now has a named claims advocate in our office, who stays with the claim from first call to final payment.",
                  "The results have been striking. Our retention rate on clients who made a claim rose from 81% to 94%, and the average time to settle a property claim fell by three weeks because we chase the paperwork before the insurer asks for it.",
                  "Consumer Duty asks us to show that our clients get good outcomes. There is no better evidence than a claim handled well."]),
         dict(id=1452110, sec=("/news", "News"), slug="fca-to-review-broker-remuneration-in-commercial-lines", kicker=None,
              title="FCA to review broker remuneration in commercial lines", intro="Regulator will examine commission, fees and data payments from insurers.",
              authors=["Tom Ashby", "Emily Carter"], byline=None, iso="2025-10-07T15:45:00+01:00", kind="gated", paras=[
                  "The Financial Conduct Authority will review how brokers are paid in the commercial insurance market, including commission, fees and payments from insurers for data and services, it said on Tuesday.",
                  "The regulator said it wanted to understand whether remuneration arrangements create conflicts of interest that lead to poor outcomes for small business customers."])]
    apath = lambda a: "%s/%s-%d" % (a["sec"][0], a["slug"], a["id"])  # noqa: E731
    every = [(apath(a), a["title"]) for a in A]
    for a in A:
        path = apath(a)
        p = a["paras"]
        if a["byline"]:
            byl = '<span class="author">%s</span>' % E(a["byline"])
        else:
            byl = "By " + " and ".join('<a class="author" rel="author" href="/authors/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["authors"])
        if a["kind"] == "gated":
            body = ps(p) + wall
        elif a["kind"] == "column":
            body = ps(p) + '<div class="author-bio"><p><strong>Sarah Whitmore</strong> is chief executive of Harbourside Brokers, a Chartered commercial broker with offices in Bristol and Cardiff.</p></div>'
        else:
            body = ps(p[:2]) + '<div class="inline-read-more"><span>Read more</span><ul><li><a href="%s">%s</a></li></ul></div>' % every[2] + ps(p[2:])
        main = ('<div class="story-page"><article class="storyContent">%s<div class="story_title"><h1>%s</h1></div><div class="story_intro"><p>%s</p></div>'
                '<div class="byline">%s<span class="date"><time datetime="%s">%s</time></span></div>'
                '<div class="sharing"><a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div>'
                '<div class="storytext%s">%s</div></article>'
                '<aside class="sidebar"><div class="mostpopular"><h3>Most read</h3><ol>%s</ol></div><div class="sidebar-promo"><h3>Webinar</h3><p><a href="/webinars/cyber-for-smes-closing-the-protection-gap">Cyber for SMEs: closing the protection gap</a></p></div></aside></div>') % (
            ('<div class="story-kicker">%s</div>' % a["kicker"]) if a["kicker"] else "", E(a["title"]), E(a["intro"]), byl, a["iso"], en_date(a["iso"], "%-d %B %Y"),
            " storytext--restricted" if a["kind"] == "gated" else "", body, links([e for e in every if e[0] != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["intro"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": [{"@type": "Person", "name": a["byline"][3:]}] if a["byline"] else [{"@type": "Person", "name": n} for n in a["authors"]],
              "publisher": {"@type": "Organization", "name": SN}, "isAccessibleForFree": a["kind"] != "gated", "mainEntityOfPage": s.url(path)}
        if a["kind"] == "gated":
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".storytext--restricted"}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">%s') % (
            s.url(path), E(a["intro"]), E(a["title"]), SN, jl(ld))
        if a["kind"] == "gated":
            must, mn = list(p), ["This article is only available to registered users", "Breaking news on insurers, brokers and MGAs"]
        else:
            must, mn = [p[0], p[2], p[-1]], ["We use cookies to personalise content", "Cyber for SMEs: closing the protection gap"]
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, "story"), a["title"], a["iso"][:10], a["authors"], must=must, must_not=mn)

    def tiles(items):
        return '<div class="listBlocks"><ul>%s</ul></div>' % "".join('<li><div class="story"><h2><a href="%s">%s</a></h2><p>%s</p><p class="meta">%s | %s</p></div></li>' % (
            apath(a), E(a["title"]), E(a["intro"]), E(a["byline"][3:] if a["byline"] else ", ".join(a["authors"])), en_date(a["iso"], "%-d %B %Y")) for a in items)

    def page(title, inner, head="", cls="sectionpage"):
        return shell("%s | %s" % (title, SN), '<div class="section-page"><h1 class="sectionTitle">%s</h1>%s</div>' % (E(title), inner), head, cls)
    WEB = "/webinars/cyber-for-smes-closing-the-protection-gap"
    WP = "/whitepapers/the-broker-technology-report-2025"
    EP = "/podcasts/broker-talk-episode-61-mga-consolidation"
    s.non("/", shell("Insurance Broker Today | News and analysis for UK insurance brokers", '<div class="homepage-lead">%s</div><div class="homepage-rail"><h3>Resources</h3><ul><li><a href="%s">Webinar: Cyber for SMEs</a></li><li><a href="%s">The Broker Technology Report 2025</a></li>'
          '<li><a href="%s">Broker Talk podcast, episode 61</a></li></ul></div>' % (tiles(A), WEB, WP, EP)))
    s.non("/news", page("News", tiles(A[:1] + A[2:])))
    s.non("/opinion", page("Opinion", '<p>Comment and analysis from brokers, insurers and our editors.</p>' + tiles(A[1:2])))
    for n, role, bio in (("Emily Carter", "News editor", "Emily Carter is news editor of Insurance Broker Today. She covers Lloyd's, the London market and the big broking groups."),
                         ("Tom Ashby", "Senior reporter", "Tom Ashby reports on regulation, Consumer Duty and the FCA.")):
        s.non("/authors/" + n.lower().replace(" ", "-"), page(n, '<div class="bio"><p class="role">%s</p><p>%s</p></div><h2>Latest by %s</h2>%s' % (role, E(bio), E(n), tiles([a for a in A if n in a["authors"]])), "", "biopage"))
    s.non(WEB, page("Cyber for SMEs: closing the protection gap", '<div class="webinar"><p class="webinar-date">Wednesday 19 November 2025 | 11:00 GMT | 45 minutes</p><p>Fewer than one in five UK small businesses buys cyber insurance. Our panel discusses how brokers can make the case and which products work for the smallest clients.</p>'
                    '<h3>Speakers</h3><ul><li>Emily Carter, news editor, Insurance Broker Today (chair)</li><li>Raj Khanna, head of cyber, Northgate MGA</li><li>Claire Doyle, managing director, Doyle Insurance Brokers</li></ul><h3>Register for this webinar</h3>%s<p>In association with Northgate MGA</p></div>' % form(
                        ["First name", "Surname", "Email", "Company", "Job title"], "Register", "Your details will be shared with the sponsor of this webinar."),
                    jl({"@context": "https://schema.org", "@type": "Event", "name": "Cyber for SMEs: closing the protection gap", "startDate": "2025-11-19T11:00:00Z"}), "webinar"))
    s.non(WP, page("The Broker Technology Report 2025", '<p>How are UK brokers spending on technology, and what are they getting for it? Our survey of 320 brokers covers software ecosystems, AI, data and cyber security.</p><p>Sponsored by <strong>BrokerCloud</strong></p>'
                   '<h3>Download the report</h3>%s' % form(["First name", "Surname", "Email", "Company", "Job title"], "Download now"), "", "whitepaper"))
    s.non("/events", page("Events", '<table class="events"><tr><th>Date</th><th>Event</th><th>Venue</th></tr><tr><td>19 Nov 2025</td><td><a href="%s">Webinar: Cyber for SMEs</a></td><td>Online</td></tr>'
                                    '<tr><td>4 Dec 2025</td><td><a href="/events/insurance-broker-awards-2025">Insurance Broker Awards 2025</a></td><td>Grosvenor House, London</td></tr><tr><td>12 Mar 2026</td><td>Broker Summit North</td><td>Manchester</td></tr></table>' % WEB))
    s.non("/events/insurance-broker-awards-2025", page("Insurance Broker Awards 2025: the shortlist", '<p>The Insurance Broker Awards celebrate excellence in UK broking. The winners will be announced on 4 December 2025 at Grosvenor House, London.</p>'
                                                          '<h3>Commercial Broker of the Year - shortlist</h3><ul><li>Harbourside Brokers</li><li>Doyle Insurance Brokers</li><li>Marlow &amp; Finch</li></ul><h3>Claims Team of the Year - shortlist</h3><ul><li>Harbourside Brokers</li><li>Pennine Risk</li></ul>'
                                                          '<p>Tables of ten: £4,250 + VAT. <a href="/advertise">Sponsorship enquiries</a></p>', jl({"@context": "https://schema.org", "@type": "Event", "name": "Insurance Broker Awards 2025", "startDate": "2025-12-04T18:30:00Z"})))
    s.non("/jobs", page("Insurance jobs", '<ul class="jobs"><li><strong>Account Executive - Commercial Lines</strong> | Bristol | £40,000 - £48,000 | Harbourside Brokers</li><li><strong>Claims Advocate</strong> | Cardiff | £32,000 | Harbourside Brokers</li>'
                                          '<li><strong>Cyber Underwriter</strong> | London | Competitive | Northgate MGA</li></ul><p><a href="/advertise">Advertise a job</a></p>'))
    s.non("/directory", page("Supplier directory", '<p>Software, claims services and outsourcing for brokers.</p><ul><li>BrokerCloud - Broker software - Birmingham</li><li>Northgate MGA - Cyber and tech MGA - London</li><li>Pennine Risk - Claims management - Leeds</li></ul>'))
    s.non(EP, page("Broker Talk episode 61: MGA consolidation", '<div class="podcast"><p class="meta">Published 8 October 2025 | 32 min | Presented by Tom Ashby</p><audio controls src="/podcasts/bt61.mp3"></audio><p>Private equity has bought more than 40 MGAs in two years. Tom Ashby asks two founders why they sold and what changes for the brokers who place business with them.</p></div>',
                   jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Broker Talk episode 61: MGA consolidation", "datePublished": "2025-10-08"}), "podcast"))
    s.non("/magazine/october-2025", page("Insurance Broker Today - October 2025", '<div class="issue"><img src="/magazine/covers/2025-10.jpg" alt="Cover"><h3>In this issue</h3><ul><li><a href="%s">Cover story: %s</a></li><li><a href="%s">%s</a></li><li>Top 50 Brokers 2025</li><li>Cyber: the SME gap</li></ul>'
                                                 '<p><a href="/about-us">Subscribe to the print edition</a></p></div>' % (every[0][0], E(every[0][1]), every[1][0], E(every[1][1])), "", "issue"))
    s.non("/advertise", page("Advertise", '<p>Insurance Broker Today reaches 38,000 brokers, insurers and MGAs in print and 150,000 unique users online each month. Contact our commercial team for the 2026 media pack.</p>'))
    s.non("/about-us", page("About us", '<p>Insurance Broker Today has been the voice of UK insurance broking since 1994. Editor: Niamh O\'Connell. News editor: Emily Carter. Register for free to read three stories a month.</p>'))
    s.urlset("/sitemap.xml", ["/", "/news", "/opinion", "/events", "/jobs", "/directory"] + [apath(a) for a in A])
    s.put("/robots.txt", "User-agent: *\nDisallow: /search\n\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.feed("/rss", SN, [(apath(a), a["title"], a["iso"], a["byline"][3:] if a["byline"] else ", ".join(a["authors"])) for a in A], "en-GB")


for build in (freightwire, pharmaledger, bauwirtschaft, energie, agronegocios, retailpulse, channelconnect, aeromro, prawo, persone, shokuhin, brokertoday):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
