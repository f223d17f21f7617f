"""Web bj: small publishers on hosted site builders and blog platforms. Twelve
sites in English, Spanish, German and French, each rendered the way its
platform really renders pages.

Squarespace community radio (blog-meta-item--date <time> shown "10/14/26",
JSON-LD with a -0700 offset, prev/next teasers, cookie and newsletter); a Wix indie music
webzine in French (data-hook post-title / time-ago / user-name, rich-content
viewer, "il y a 3 jours" and "23 oct." with no year, "Posts récents" cards);
a Webflow student paper (w-richtext, w-dyn-item related stories, two
authors in a multi-reference list, a photo credit, a w-condition-invisible
block); a Blogger hyperlocal ("Posted by Gail Pennington at 9:41 PM" with a
-05:00 abbr title that falls on the next UTC day, a guest post written by
someone else, comments, archive and labels widgets); a Spanish Tumblr
fanzine (text posts, "hace 3 días", signature lines "Texto: ...", notes and
tags); a Weebly parish council (D/M/Y dates, one that could be read as M/D,
posts signed by the clerk or chair, the Weebly "Author" placeholder widget);
a Jimdo table tennis club in German (day/mon/yr spans, "Bericht: ...",
comment dates, an unsigned note from "Euer Vorstand"); a WordPress.com
French village blog on Twenty Sixteen (Jetpack og times in UTC, a post at
00:30 Paris time, a "Tribune" by a guest posted by the site owner, related
posts, likes, tag cloud, cookie widget); a Ghost(Pro) Casper newsletter
(two authors but JSON-LD names one, UTC datePublished on the next day, a
members-only post with its upgrade CTA); a Medium custom-domain student
paper in Spanish ("3 days ago", "Nov 14" without year, co-author named in
the first line); a Google Sites German school paper (nav name in <title>,
dates and bylines only in the text); and a Carrd one-pager of a French
community radio holding news blurbs, the programme and a donate button,
which is no article at all. Crawled once with /tmp/newsroom: titles 31, dates
30, authors 21 of 33 (WordPress rel="next" post links merged two posts into
the first; signature lines, guest and co-author lines and "(9b)" unread).
"""
import datetime, html, json, os, sys, zlib  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18134
E = html.escape
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": []}


def hid(s):
    return zlib.crc32(s.encode()) % 10 ** 9


def host(n):
    return "127.0.5.%d" % (180 + n)


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def art(h, path, doc, title, date, authors, instant=None, must=None, must_not=None):
    write_page(OUT, h, fs(path), doc)
    a = dict(url=U(h, path), title=title, date=date, authors=authors)
    if instant:
        a["instant"] = instant
    if must:
        a["must"] = must
    if must_not:
        a["must_not"] = must_not
    truth["articles"].append(a)


def non(h, path, doc):
    write_page(OUT, h, fs(path), doc)
    truth["nonarticles"].append(U(h, path))


def raw(h, path, text):
    write_page(OUT, h, path, text)


def sitemap(h, paths):
    locs = "".join("<url><loc>%s</loc></url>" % E(U(h, p)) for p in paths)
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
    raw(h, "/robots.txt", "User-agent: *\nAllow: /\nSitemap: %s\n" % U(h, "/sitemap.xml"))


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M")


def at(s, off):
    """A local wall time s ("2026-10-14 16:05") at offset off hours: the aware
    datetime."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def ps(lst, tag="p", attrs=""):
    return "".join("<%s%s>%s</%s>" % (tag, attrs, E(p), tag) for p in lst)


# ---------------------------------------------------------------- 1 Squarespace
def squarespace():
    h = host(1)
    name = "Riverbend Community Radio"
    cookie = "This website uses cookies to improve your experience. By continuing to browse you accept our use of cookies."
    sub = "Sign up with your email address to receive news and updates from KRBR 91.3 FM."
    posts = [
        dict(slug="library-levy-passes-after-recount", title="Library levy passes by 212 votes after recount",
             by="Dana Whitfield", cat="Local Government", t=at("2026-10-14 16:05", -7), tags=["elections", "library"],
             body=["The Riverbend library levy has passed after all, by 212 votes, the county elections office confirmed Wednesday afternoon after a hand recount of every ballot cast in the September special election.",
                   "Election night returns had shown the measure failing by 31 votes. The gap closed once roughly 900 late mail ballots were counted, and the recount requested by the No on 4 campaign moved the final margin by only six votes in either direction.",
                   "Library director Ruth Almeida said the money will reopen the Eastside branch on Saturdays and pay for a bookmobile that will visit the three trailer parks north of the highway. The levy adds about 41 dollars a year to the tax bill on a median home.",
                   "Opponents said they would not contest the result further. \"The voters have spoken, narrowly,\" campaign treasurer Glen Hardesty told KRBR."]),
        dict(slug="volunteers-clear-miller-creek", title="Volunteers clear two tons of trash from Miller Creek",
             by="Marcus Oyelaran", cat="Environment", t=at("2026-10-28 18:40", -7), tags=["river", "volunteers"],
             body=["More than 120 volunteers waded into Miller Creek on Saturday and pulled out a little over two tons of trash, including eleven shopping carts, a rusted safe and what organizers believe was a 1970s motorcycle.",
                   "The cleanup, organized every fall by the Friends of Miller Creek, focused this year on the stretch below the Fifth Street culvert, where high water in the spring left debris piled against the banks.",
                   "Coordinator Beth Tanaka said the safe was empty. The motorcycle frame will go to the county museum, which asked to see it before it is scrapped.",
                   "The group plans a second, smaller work day in March to plant willows along the eroded bank near the dog park."]),
        dict(slug="winter-fund-drive-starts-monday", title="KRBR's winter fund drive starts Monday",
             by="Elena Vasquez", cat="Station News", t=at("2026-11-09 09:30", -8), tags=["station", "membership"],
             body=["KRBR's winter fund drive begins Monday morning and runs for ten days, with a goal of 68,000 dollars, about a third of what the station needs to stay on the air through next year.",
                   "Station manager Elena Vasquez said the drive will be shorter than last year's because a matching grant from the Hollis Family Foundation doubles every new monthly membership until the end of the month.",
                   "Volunteers will answer phones from the Grange Street studio every weekday from 7 a.m. to 7 p.m. Listeners can also give online or drop off a check at the front desk.",
                   "Thank-you gifts this year include a station mug designed by a Riverbend High art student and tickets to the January Barn Dance."]),
    ]
    nav = [("/news", "News"), ("/schedule", "Schedule"), ("/events", "Events"), ("/about", "About"), ("/donate", "Donate")]

    def shell(title, body, head="", cls="collection-type-page"):
        navh = "".join('<div class="header-nav-item header-nav-item--collection"><a href="%s">%s</a></div>' % (p, E(l)) for p, l in nav)
        return ('<!doctype html><html lang="en-US" class="squarespace-damask"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.ico">%s'
                '<!-- This is Squarespace. --><!-- riverbend-radio -->'
                '<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Riverbend Community Radio"}};</script></head>'
                '<body class="%s header-layout-nav-right tweak-blog-item-width-medium">'
                '<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>%s</p></div><button class="sqs-cookie-banner-v2-accept">Accept</button></div>'
                '<div id="siteWrapper" class="clearfix site-wrapper"><header id="header" class="header theme-col--primary">'
                '<div class="header-title"><div class="header-title-text"><a href="/">%s</a></div></div>'
                '<nav class="header-nav-list">%s</nav></header><main id="page" class="container" role="main">'
                '<article class="sections" id="sections" data-page-sections="5f1a">%s</article></main>'
                '<footer class="sections" id="footer-sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Subscribe</h2><div class="newsletter-form-header-description"><p>%s</p></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button type="submit">Sign Up</button></form></div></div></div>'
                '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p>KRBR 91.3 FM &middot; 410 Grange Street, Riverbend &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy-policy">Privacy</a></p></div></div></div></section></footer></div></body></html>') % (
            E(title), head, cls, E(cookie), E(name), navh, body, E(sub))

    links = []
    for i, p in enumerate(posts):
        path = "/news/" + p["slug"]
        t = p["t"]
        prev_p = posts[i - 1] if i > 0 else None
        next_p = posts[i + 1] if i + 1 < len(posts) else None
        pag = '<nav class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">'
        if next_p:
            pag += '<a class="item-pagination-link item-pagination-link--prev" href="/news/%s"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">%s</h2></a>' % (next_p["slug"], E(next_p["title"]))
        if prev_p:
            pag += '<a class="item-pagination-link item-pagination-link--next" href="/news/%s"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">%s</h2></a>' % (prev_p["slug"], E(prev_p["title"]))
        pag += '</nav>'
        head = ('<link rel="canonical" href="%s"><meta property="og:site_name" content="%s"><meta property="og:title" content="%s — %s">'
                '<meta property="og:url" content="%s"><meta property="og:type" content="article"><meta property="og:description" content="%s">'
                '<meta itemprop="name" content="%s — %s"><meta itemprop="author" content="%s"><meta itemprop="datePublished" content="%s"><meta itemprop="headline" content="%s — %s">'
                '<meta name="twitter:card" content="summary">%s') % (
            U(h, path), E(name), E(p["title"]), E(name), U(h, path), E(p["body"][0][:150]),
            E(p["title"]), E(name), E(p["by"]), t.strftime("%Y-%m-%dT%H:%M:%S%z"), E(p["title"]), E(name),
            jl({"url": U(h, path), "name": p["title"], "description": "", "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "dateModified": (t + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S%z"), "headline": p["title"],
                "author": p["by"], "publisher": {"name": name, "logo": {"@type": "ImageObject", "url": "/logo.png"}, "@context": "http://schema.org", "@type": "Organization"},
                "@context": "http://schema.org", "@type": "Article"}))
        tags = ", ".join('<a href="/news/tag/%s" rel="tag">%s</a>' % (tg, tg) for tg in p["tags"])
        body = ('<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">'
                '<article class="entry h-entry blog-item hentry" data-item-id="63a%d">'
                '<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">'
                '<span class="blog-author"><a href="/news?author=5f3c1e%d" class="blog-meta-item blog-meta-item--author">%s</a></span> '
                '<time class="dt-published blog-meta-item blog-meta-item--date" datetime="%s" pubdate data-content-field="published-on">%s</time></span>'
                '<span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/news/category/%s" class="blog-categories">%s</a></span></span></div></div>'
                '<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">%s</h1></div></div>'
                '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">'
                '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
                '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">%s</div></div>'
                '</div></div></div></div></div>'
                '<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-tags">Tags: %s</span></div>'
                '<div class="blog-item-author-profile-wrapper"><a href="/news?author=5f3c1e%d" class="author-name">%s</a></div></div>'
                '</article>'
                '<section class="item-pagination">%s</section>'
                '<div class="blog-item-comment-wrapper"><div class="squarespace-comments"><h3>0 Comments</h3></div></div>'
                '</div></div></div></section>') % (
            i, i, E(p["by"]), t.strftime("%Y-%m-%d"), "%d/%d/%s" % (t.month, t.day, t.strftime("%y")),
            p["cat"].replace(" ", "+"), E(p["cat"]), E(p["title"]), ps(p["body"]), tags, i, E(p["by"]), pag)
        doc = shell("%s — %s" % (p["title"], name), body, head, "collection-type-blog-basic-grid view-item")
        other = (posts[i + 1] if i + 1 < len(posts) else posts[i - 1])["title"]
        art(h, path, doc, p["title"], t.strftime("%Y-%m-%d"), [p["by"]], iso(t.astimezone(UTC)),
            must=[p["body"][2]], must_not=[cookie, sub, other])
        links.append(path)

    def grid(ps_):
        return '<div class="blog-basic-grid collection-content-wrapper">%s</div>' % "".join(
            '<article class="blog-basic-grid--container entry blog-item"><div class="blog-basic-grid--text"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/news/category/%s" class="blog-categories">%s</a></span><time class="blog-date" pubdate data-animation-role="date">%s</time></div>'
            '<h1 class="blog-title"><a href="/news/%s">%s</a></h1><div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p>%s</p></div></div><a class="blog-more-link" href="/news/%s">Read More</a></div></article>' % (
                p["cat"].replace(" ", "+"), E(p["cat"]), "%d/%d/%s" % (p["t"].month, p["t"].day, p["t"].strftime("%y")), p["slug"], E(p["title"]), E(p["body"][0]), p["slug"]) for p in ps_)

    def page(path, title, inner, cls="collection-type-page"):
        body = '<section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h1>%s</h1>%s</div></div></div></section>' % (E(title), inner)
        non(h, path, shell("%s — %s" % (title, name), body, '<meta property="og:type" content="website">', cls))

    page("/news", "News", grid(posts[::-1]), "collection-type-blog-basic-grid view-list")
    page("/news/category/Local+Government", "Local Government", grid(posts[:1]), "collection-type-blog-basic-grid view-list")
    page("/news/category/Environment", "Environment", grid(posts[1:2]), "collection-type-blog-basic-grid view-list")
    page("/news/category/Station+News", "Station News", grid(posts[2:]), "collection-type-blog-basic-grid view-list")
    page("/news/tag/elections", "elections", grid(posts[:1]), "collection-type-blog-basic-grid view-list")
    page("/schedule", "Program Schedule", "<h2>Weekdays</h2><p>6:00 AM Morning Edition</p><p>9:00 AM Riverbend Roundup with Dana Whitfield</p><p>12:00 PM Folk &amp; Roots</p><h2>Saturday</h2><p>10:00 AM Swap Shop - call in to buy, sell or trade</p>")
    page("/events", "Events", '<div class="eventlist eventlist--upcoming"><article class="eventlist-event"><h1 class="eventlist-title"><a href="/events">January Barn Dance</a></h1><ul class="eventlist-meta"><li><time class="event-date" datetime="2027-01-16">Saturday, January 16, 2027</time></li><li>7:00 PM - 11:00 PM</li><li>Riverbend Grange Hall</li></ul><p>Live music from the Tumbleweed String Band. Tickets 15 dollars at the door.</p></article></div>')
    page("/about", "About KRBR", "<p>KRBR 91.3 FM is a volunteer-powered, listener-supported community station that has broadcast from Riverbend since 1984. Our newsroom has two part-time reporters and a crew of volunteer correspondents.</p><h2>Staff</h2><p>Elena Vasquez, Station Manager</p><p>Dana Whitfield, News Director</p><p>Marcus Oyelaran, Reporter</p>")
    page("/donate", "Donate", "<p>Keep community radio on the air. Become a monthly member for as little as 5 dollars.</p><p><a class=\"sqs-block-button-element\" href=\"/donate\">Give now</a></p>")
    page("/contact", "Contact", "<p>Studio line: 555-0134. News tips: news@krbr.example.</p><form><input name=\"name\"><textarea name=\"message\"></textarea><button>Submit</button></form>")
    home = '<section class="page-section"><div class="content-wrapper"><h1>Your community, on the air</h1><p>Listen live: 91.3 FM and online.</p><div class="sqs-block summary-v2-block"><h2>Latest News</h2><div class="summary-item-list">%s</div></div><p><a href="/news/category/Local+Government">Local Government</a> &middot; <a href="/news/category/Environment">Environment</a> &middot; <a href="/news/category/Station+News">Station News</a> &middot; <a href="/news/tag/elections">#elections</a></p></div></section>' % "".join(
        '<div class="summary-item"><div class="summary-title"><a href="/news/%s" class="summary-title-link">%s</a></div><div class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">%s</time></div></div>' % (p["slug"], E(p["title"]), p["t"].strftime("%b %-d, %Y")) for p in posts[::-1])
    non(h, "/", shell(name, home, '<meta property="og:type" content="website">', "homepage"))
    sitemap(h, ["/", "/news"] + links + ["/schedule", "/events", "/about", "/donate"])


# ---------------------------------------------------------------- 2 Wix
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def wix_date(t):
    """Wix's French blog date: relative within a week, else "23 oct." in the
    current year and "12 févr. 2025" before it."""
    days = (NOW - t).days
    if days < 7:
        return "il y a %d jours" % days if days > 1 else "il y a 1 jour"
    s = "%d %s" % (t.day, MOIS[t.month - 1])
    return s if t.year == NOW.year else s + " " + str(t.year)


def wix():
    h = host(2)
    name = "Larsen Webzine"
    cookie = "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation."
    paris = datetime.timezone(datetime.timedelta(hours=1))
    t_a = (NOW - datetime.timedelta(days=3)).replace(hour=9, minute=12)
    t_b = (NOW - datetime.timedelta(days=40)).replace(hour=17, minute=45)
    t_c = at("2025-02-12 20:30", 1).astimezone(UTC)
    posts = [
        dict(slug="les-mouettes-grises-enregistrent-leur-premier-album", title="Les Mouettes Grises enregistrent leur premier album dans une ancienne laiterie",
             by="Chloé Marchand", user="chloemarchand", t=t_a, cat="Actus", tags=["mouettes grises", "lyon"],
             body=["Après quatre ans de concerts dans les bars de la Croix-Rousse, Les Mouettes Grises se sont enfermées trois semaines dans une ancienne laiterie de la Drôme pour enregistrer leur premier album.",
                   "Le quatuor a tout capté en prise directe, sur une console à bandes prêtée par un ami ingénieur du son. « On voulait garder le souffle de la salle, les erreurs comprises », explique la chanteuse Inès Calvet.",
                   "Le disque, encore sans titre, comptera neuf morceaux dont une reprise de Daniel Darc chantée à deux voix. Sa sortie est prévue au printemps sur le label associatif Bruits Blancs, en vinyle et en cassette.",
                   "Le groupe jouera quelques nouveaux titres le mois prochain au Périscope, en première partie des Nantais de Sidérurgie."]),
        dict(slug="festival-bruit-de-fond-trois-jours-vingt-groupes", title="Festival Bruit de Fond : trois jours, vingt groupes et une grange",
             by="Théo Lagarde", user="theolagarde", t=t_b, cat="Live", tags=["festival", "ardèche"],
             body=["Pour sa sixième édition, le festival Bruit de Fond a de nouveau installé sa scène dans une grange de Saint-Agrève, en Ardèche, et accueilli près de 1 800 personnes en trois jours.",
                   "La programmation, entièrement bénévole, a mêlé shoegaze, post-punk et chanson bricolée. Le moment le plus fort est venu samedi soir avec le set des Grenoblois de Vertige Mou, joué sous une pluie battante qui tambourinait sur le toit en tôle.",
                   "Les organisateurs ont tenu leur promesse d'un prix unique à 25 euros le pass, repas compris. « On perd un peu d'argent chaque année, mais on refuse de monter les prix », reconnaît la trésorière Maud Vernet.",
                   "L'association cherche déjà des bras pour l'an prochain, notamment pour la cuisine et le camping."]),
        dict(slug="chronique-maree-basse-velours-sauvage", title="Chronique : « Marée basse », le deuxième EP de Velours Sauvage",
             by="Chloé Marchand", user="chloemarchand", t=t_c, cat="Chroniques", tags=["chronique", "velours sauvage"],
             body=["Deux ans après un premier EP remarqué, le duo brestois Velours Sauvage revient avec « Marée basse », cinq titres enregistrés dans une chambre face à la rade.",
                   "Les guitares sont plus lentes, les voix plus proches, et la boîte à rythmes a laissé la place à une vraie batterie jouée aux balais. Le morceau-titre, qui s'étire sur sept minutes, est le plus beau qu'ils aient écrit.",
                   "On regrettera seulement un mixage parfois timide, qui enterre la basse sous les nappes de synthé. Mais l'ensemble confirme un groupe qui sait prendre son temps, chose rare.",
                   "« Marée basse » est disponible en téléchargement libre et en vinyle transparent tiré à 300 exemplaires."]),
    ]
    nav = [("/", "Accueil"), ("/blog", "Blog"), ("/agenda", "Agenda"), ("/a-propos", "À propos"), ("/boutique", "Boutique")]

    def shell(title, inner, head=""):
        navh = "".join('<li><a data-testid="linkElement" href="%s" class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label">%s</span></div></a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta name="generator" content="Wix.com Website Builder"><title>%s</title>%s</head><body>'
                '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">'
                '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent"><div id="comp-kx1" class="comp-kx1 wixui-rich-text" data-testid="richTextElement"><p class="font_0"><a href="/"><span class="wixui-rich-text__text">LARSEN</span></a></p></div>'
                '<nav aria-label="Site" class="comp-kx2"><ul class="StylableHorizontalMenu3372578893__menu">%s</ul></nav></div></div></header>'
                '<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="pfLKm1"><div id="Containerbm6ow" class="comp-bm6ow"><div data-mesh-id="Containerbm6owinlineContent">%s</div></div></div></div></main>'
                '<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-lf9" class="wixui-rich-text"><p class="font_9"><span>© 2026 Larsen Webzine. Créé avec Wix.com</span></p><p class="font_9"><a href="/mentions-legales">Mentions légales</a></p></div></footer>'
                '</div></div></div></div><div id="consent-banner-root"><div data-hook="consent-banner-root"><div data-hook="ccsu-banner-text">%s</div><button data-hook="consent-banner-apply-button">Accepter</button></div></div></body></html>') % (
            E(title), head, navh, inner, E(cookie))

    def card(p):
        return ('<div data-hook="post-list-item" class="gallery-item-container"><div class="gallery-item-common-info"><div data-hook="post-list-item__title"><a href="/post/%s" data-hook="post-title"><p class="post-title blog-hover-container-element-color">%s</p></a></div>'
                '<ul class="post-metadata__date-wrapper"><li><span data-hook="time-ago" class="post-metadata__date time-ago">%s</span></li><li><span data-hook="time-to-read">3 min de lecture</span></li></ul></div></div>') % (p["slug"], E(p["title"]), wix_date(p["t"]))

    for i, p in enumerate(posts):
        path = "/post/" + p["slug"]
        t = p["t"]
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="article:author" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="twitter:card" content="summary_large_image">%s') % (
            U(h, path), E(p["title"]), E(p["body"][0][:140]), U(h, path), E(name), E(p["by"]),
            t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), (t + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            jl({"@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": U(h, path)},
                "headline": p["title"], "description": p["body"][0][:140], "image": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/a1b2c3_d4e5.jpg"},
                "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": (t + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "author": {"@type": "Person", "name": p["by"], "url": U(h, "/profile/%s/profile" % p["user"])},
                "publisher": {"@type": "Organization", "name": name, "logo": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/logo.png"}}}))
        paras = "".join('<div type="paragraph" class="_1sH9M"><p class="mm8Nw _1j-51 roLFQS _1FoOD public-DraftStyleDefault-ltr" id="viewer-%s%d" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr"><span style="color:#1F1F1F">%s</span></span></p></div>' % (p["slug"][:5], k, E(x)) for k, x in enumerate(p["body"]))
        others = [q for q in posts if q is not p]
        tags = "".join('<li><a href="/blog/hashtags/%s" data-hook="tag" class="tag-link">%s</a></li>' % (tg.replace(" ", "-"), E(tg)) for tg in p["tags"])
        inner = ('<section id="comp-blog" class="wixui-section"><div data-testid="columns" class="comp-blog-col"><div id="TPAMultiSection_blog" class="TPAMultiSection">'
                 '<div class="blog-post-page-font"><div data-hook="post-page" class="post-page"><div class="blog-card-background-color"><article data-hook="post" class="blog-post-page-font" >'
                 '<div class="post-content"><div data-hook="post-header" class="post-header"><div class="post-metadata"><div data-hook="avatar" class="avatar-container"><a href="/profile/%s/profile" data-hook="avatar-link"><img alt="%s" src="https://static.wixstatic.com/media/avatar.jpg"></a></div>'
                 '<div class="post-metadata__author-wrapper"><div data-hook="user-name" class="author-name"><a href="/profile/%s/profile" data-hook="user-name-link"><span class="user-name blog-link-hover-color" data-hook="user-name">%s</span></a></div>'
                 '<ul class="post-metadata__list"><li><span data-hook="time-ago" class="time-ago" title="%s">%s</span></li><li><span data-hook="time-to-read" class="time-to-read">3 min de lecture</span></li></ul></div></div>'
                 '<div class="post-title"><h1 data-hook="post-title" class="post-title__text blog-post-title-font blog-post-title-color"><span class="post-title__text">%s</span></h1></div></div>'
                 '<div data-hook="post-description" class="post-content__body"><div data-id="content-viewer" class="rich-content-viewer"><div class="wix-rich-content-viewer" data-id="rich-content-viewer" dir="ltr"><div class="_2Rowv">%s</div></div></div></div>'
                 '<div class="post-footer"><nav aria-label="Catégories"><a href="/blog/categories/%s" data-hook="category-label-list__item">%s</a></nav><nav aria-label="Mots-clés"><ul data-hook="post-tags-list">%s</ul></nav>'
                 '<div data-hook="post-main-actions"><span data-hook="share-button">Partager</span><span data-hook="like-button-with-count">12</span> <span data-hook="views-count">248 vues</span><span data-hook="comment-count-compact">0 commentaire</span></div></div></div>'
                 '</article></div>'
                 '<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Posts récents</h2><a href="/blog" data-hook="see-all-link">Voir tout</a></div><div data-hook="post-list">%s</div></section>'
                 '<section data-hook="comments-root" class="comments"><h2 data-hook="comments-title">Commentaires</h2><div data-hook="comment-box"><span>Écrire un commentaire...</span></div></section>'
                 '</div></div></div></div></section>') % (
            p["user"], E(p["by"]), p["user"], E(p["by"]), "%d %s" % (t.day, MOIS[t.month - 1]), wix_date(t), E(p["title"]), paras,
            p["cat"].lower(), E(p["cat"]), tags, "".join(card(q) for q in others))
        local = t.astimezone(paris)
        art(h, path, shell("%s | %s" % (p["title"], name), inner, head), p["title"], local.strftime("%Y-%m-%d"), [p["by"]],
            must=[p["body"][1]], must_not=[cookie, others[0]["title"]])

    def lst(path, title, ps_):
        inner = '<section class="wixui-section"><div data-hook="blog-feed-page"><h1 data-hook="category-title">%s</h1><div data-hook="post-list" class="post-list">%s</div></div></section>' % (E(title), "".join(card(q) for q in ps_))
        non(h, path, shell("%s | %s" % (title, name), inner, '<meta property="og:type" content="website">'))

    lst("/blog", "Blog", posts)
    lst("/blog/categories/chroniques", "Chroniques", posts[2:])
    lst("/blog/categories/actus", "Actus", posts[:1])
    lst("/blog/hashtags/festival", "#festival", posts[1:2])

    def page(path, title, inner):
        non(h, path, shell("%s | %s" % (title, name), '<section class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_2">%s</h2>%s</div></section>' % (E(title), inner), '<meta property="og:type" content="website">'))

    page("/profile/chloemarchand/profile", "Chloé Marchand", '<div data-hook="profile-page"><p>Rédactrice en chef. Écoute trop de cassettes.</p><p>A rejoint le site en mars 2019</p><p>Messages 41 · Commentaires 12</p></div>')
    page("/agenda", "Agenda", '<ul data-hook="events-list"><li><span data-hook="ev-date">Sam. 16 janv.</span> Vertige Mou + Les Mouettes Grises — Le Périscope, Lyon</li><li><span data-hook="ev-date">Ven. 29 janv.</span> Soirée Bruits Blancs — Le Sonic</li></ul>')
    page("/a-propos", "À propos", '<p class="font_8">Larsen est un webzine associatif fondé à Lyon en 2016. Nous écrivons sur les groupes qui jouent dans des caves, des granges et des salles trop petites.</p><p class="font_8">Contact : redaction@larsen.example</p>')
    page("/boutique", "Boutique", '<div data-hook="product-list"><div data-hook="product-item-root"><h3 data-hook="product-item-name">Tote bag Larsen</h3><span data-hook="product-item-price-to-pay">12,00 €</span><button data-hook="add-to-cart">Ajouter au panier</button></div><div data-hook="product-item-root"><h3 data-hook="product-item-name">Compilation cassette vol. 3</h3><span data-hook="product-item-price-to-pay">8,00 €</span></div></div>')
    home = '<section class="wixui-section"><div class="wixui-rich-text"><h1 class="font_0">Larsen — le webzine du rock indé</h1><p class="font_8">Actus, chroniques et concerts des scènes indépendantes.</p></div><div data-hook="blog-feed"><h2>Derniers articles</h2>%s</div><p><a href="/blog/categories/chroniques">Chroniques</a> · <a href="/blog/categories/actus">Actus</a> · <a href="/blog/hashtags/festival">#festival</a> · <a href="/profile/chloemarchand/profile">Chloé Marchand</a></p></section>' % "".join(card(q) for q in posts)
    non(h, "/", shell("Larsen Webzine | Rock indé, chroniques et concerts", home, '<meta property="og:type" content="website">'))
    raw(h, "/robots.txt", "User-agent: *\nAllow: /\nSitemap: %s\n" % U(h, "/sitemap.xml"))
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % U(h, "/blog-posts-sitemap.xml"))
    raw(h, "/blog-posts-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (U(h, "/post/" + p["slug"]), (p["t"] + datetime.timedelta(days=1)).strftime("%Y-%m-%d")) for p in posts))


# ---------------------------------------------------------------- 3 Webflow
def webflow():
    h = host(3)
    name = "The Hillcrest Ledger"
    posts = [
        dict(slug="cafeteria-switches-to-compostable-trays", title="Cafeteria switches to compostable trays after student petition",
             by=["Priya Raman"], cat="News", date="2026-11-12", photo="Sam Ortiz",
             body=["Starting next Monday, the Hillcrest cafeteria will serve lunch on compostable fiber trays instead of the foam ones students have used for more than a decade.",
                   "The change follows a petition started in September by the Environmental Club, which collected 640 signatures, nearly half the student body, in two weeks. Club president Noor Haddad presented it to the school board in October.",
                   "District food services director Carla Jimenez said the new trays cost about four cents more each, a difference the district will cover for the rest of the year. Used trays will go to the county composting site on Ridge Road.",
                   "The club is now asking for more recycling bins in the gym and the library."]),
        dict(slug="girls-cross-country-heads-to-state", title="Girls' cross-country team heads to state for first time since 2009",
             by=["Jordan Blake", "Ava Chen"], cat="Sports", date="2026-10-30", photo="Ava Chen",
             body=["For the first time since 2009, the Hillcrest girls' cross-country team has qualified for the state meet, finishing second at the regional championship in Pine Falls on Saturday.",
                   "Junior Maya Okonkwo led the team with a personal-best time of 18 minutes and 52 seconds, good for fourth place overall. Seniors Grace Lindqvist and Hana Sato finished 11th and 14th.",
                   "Coach Derrick Hall said the team's depth made the difference. \"We don't have one superstar, we have five girls who run within forty seconds of each other,\" he said.",
                   "The state meet is Nov. 7 at Lakeview State Park. The athletic boosters are organizing a bus for fans who want to make the trip."]),
        dict(slug="later-start-times-would-help", title="Later start times would help more than another pep rally",
             by=["Luis Ferreira"], cat="Opinion", date="2026-11-20", photo=None,
             body=["Every time the administration worries about student morale, we get another pep rally. What we actually need is an extra 45 minutes of sleep.",
                   "Hillcrest starts first period at 7:20 a.m., earlier than any other high school in the county. The American Academy of Pediatrics recommends that high schools start no earlier than 8:30. Half of my second-period class admitted in a quick poll that they regularly sleep less than six hours.",
                   "Moving the start time would mean rethinking bus routes and practice schedules, and that is not easy. But Westfield made the switch two years ago and reports fewer tardies and better grades in morning classes.",
                   "The board will discuss the bell schedule at its December meeting. Students should show up and say so."]),
    ]
    staff = {"Priya Raman": "priya-raman", "Jordan Blake": "jordan-blake", "Ava Chen": "ava-chen", "Luis Ferreira": "luis-ferreira"}
    nav = [("/category/news", "News"), ("/category/sports", "Sports"), ("/category/opinion", "Opinion"), ("/staff", "Staff"), ("/about", "About")]

    def shell(title, inner, head=""):
        navh = "".join('<a href="%s" class="nav-link w-nav-link">%s</a>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Nov 20 2026 --><html data-wf-domain="hillcrestledger.example" data-wf-page="6543a1" data-wf-site="6543a0" lang="en">'
                '<head><meta charset="utf-8"><title>%s</title>%s<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">'
                '<link href="/css/hillcrest-ledger.webflow.css" rel="stylesheet" type="text/css"></head><body>'
                '<div data-collapse="medium" data-animation="default" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">The Hillcrest Ledger</div></a><nav role="navigation" class="nav-menu w-nav-menu">%s</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
                '%s<div class="footer"><div class="w-container"><div class="footer-text">The Hillcrest Ledger is the student newspaper of Hillcrest High School. <a href="/advertise" class="footer-link">Advertise</a> · <a href="/about" class="footer-link">Contact</a></div></div></div>'
                '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script><script src="/js/webflow.js" type="text/javascript"></script></body></html>') % (
            E(title), head, navh, inner)

    def item(p):
        auths = ", ".join(p["by"])
        d = datetime.datetime.strptime(p["date"], "%Y-%m-%d")
        return ('<div role="listitem" class="article-card w-dyn-item"><a href="/category/%s" class="category-tag">%s</a><a href="/articles/%s" class="article-card-link w-inline-block"><h3 class="article-card-heading">%s</h3></a>'
                '<div class="article-card-meta"><div class="card-author">%s</div><div class="card-date">%s</div></div></div>') % (
            p["cat"].lower(), p["cat"], p["slug"], E(p["title"]), E(auths), d.strftime("%B %-d, %Y"))

    for i, p in enumerate(posts):
        path = "/articles/" + p["slug"]
        d = datetime.datetime.strptime(p["date"], "%Y-%m-%d")
        head = ('<meta content="%s" name="description"><meta content="%s" property="og:title"><meta content="%s" property="og:description"><meta content="https://uploads-ssl.webflow.com/6543a0/%s.jpg" property="og:image">'
                '<meta content="%s" property="twitter:title"><meta property="og:type" content="website"><meta content="summary_large_image" name="twitter:card">') % (
            E(p["body"][0][:150]), E(p["title"]), E(p["body"][0][:150]), p["slug"][:8], E(p["title"]))
        authors = "".join('<div role="listitem" class="author-item w-dyn-item"><a href="/staff/%s" class="author-link">%s</a></div>' % (staff[a], E(a)) for a in p["by"])
        photo = ('<div class="image-caption">Photo by %s</div>' % E(p["photo"])) if p["photo"] else '<div class="image-caption w-dyn-bind-empty"></div>'
        related = [q for q in posts if q is not p]
        inner = ('<div class="article-section"><div class="article-container w-container">'
                 '<a href="/category/%s" class="article-category">%s</a><h1 class="article-heading">%s</h1>'
                 '<div class="article-meta"><div class="written-by">By</div><div class="w-dyn-list"><div role="list" class="author-list w-dyn-items">%s</div></div>'
                 '<div class="meta-divider">|</div><div class="article-date">%s</div></div>'
                 '<div class="coauthor-block w-condition-invisible"><div class="written-by">Additional reporting by</div><div class="w-dyn-bind-empty"></div></div>'
                 '<img src="https://uploads-ssl.webflow.com/6543a0/%s.jpg" loading="lazy" alt="" class="article-image">%s'
                 '<div class="article-body w-richtext">%s</div>'
                 '</div></div>'
                 '<div class="related-section"><div class="w-container"><h2 class="related-heading">More from the Ledger</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">%s</div></div></div></div>') % (
            p["cat"].lower(), p["cat"], E(p["title"]), authors, d.strftime("%B %-d, %Y"), p["slug"][:8], photo, ps(p["body"]), "".join(item(q) for q in related))
        art(h, path, shell("%s | %s" % (p["title"], name), inner, head), p["title"], p["date"], p["by"],
            must=[p["body"][1]], must_not=[related[0]["title"]])

    def page(path, title, inner):
        non(h, path, shell("%s | %s" % (title, name), '<div class="page-section"><div class="w-container"><h1 class="page-heading">%s</h1>%s</div></div>' % (E(title), inner), '<meta property="og:type" content="website">'))

    def lst(ps_):
        return '<div class="w-dyn-list"><div role="list" class="article-grid w-dyn-items">%s</div></div>' % "".join(item(q) for q in ps_)

    for c in ("News", "Sports", "Opinion"):
        page("/category/" + c.lower(), c, lst([q for q in posts if q["cat"] == c]))
    page("/staff", "Staff", '<div class="w-dyn-list"><div role="list" class="staff-grid w-dyn-items">%s</div></div>' % "".join(
        '<div role="listitem" class="staff-card w-dyn-item"><a href="/staff/%s" class="staff-name">%s</a><div class="staff-role">Staff Writer</div></div>' % (v, E(k)) for k, v in staff.items()))
    page("/staff/ava-chen", "Ava Chen", '<div class="staff-role">Sports Editor &amp; Photographer, Class of 2027</div><div class="staff-bio w-richtext"><p>Ava covers sports and takes most of the photos you see in the Ledger.</p></div><h2>Articles by Ava</h2>' + lst(posts[1:2]))
    page("/about", "About the Ledger", "<p>The Hillcrest Ledger has been published by students of Hillcrest High School since 1958. Faculty adviser: Ms. Renee Coleman.</p><p>Letters to the editor: ledger@hillcrest.example</p>")
    page("/advertise", "Advertise with us", "<p>Reach 1,300 students and their families. Quarter-page ads start at 40 dollars per issue.</p>")
    home = '<div class="hero-section"><div class="w-container"><h1 class="hero-heading">The Hillcrest Ledger</h1><p class="hero-sub">Student news since 1958</p></div></div><div class="w-container"><h2>Latest</h2>%s</div>' % lst(posts)
    non(h, "/", shell(name, home, '<meta property="og:type" content="website">'))
    sitemap(h, ["/"] + ["/articles/" + p["slug"] for p in posts] + ["/category/news", "/staff", "/about"])


# ---------------------------------------------------------------- 4 Blogger
def blogger():
    h = host(4)
    name = "Millbrook Corner"
    profile = "https://www.blogger.com/profile/08412345678901234567"
    posts = [
        dict(slug="route-9-culvert-work-to-close-elm", title="Route 9 culvert work to close Elm Street for two weeks",
             t=at("2026-11-02 18:24", -5), labels=["Roads", "Detours"],
             body=["The state highway department will close Elm Street between Route 9 and Cooper Lane for about two weeks starting November 9 while crews replace the culvert that washed out partly in the August storm.",
                   "Detour signs will send traffic down Cooper Lane and Mill Road. School buses will use the Grange parking lot to turn around, according to a letter the superintendent sent to families Monday.",
                   "Residents on the closed stretch will still be able to reach their driveways from the Cooper Lane end. The Elm Street Market says it will stay open and has put up its own signs.",
                   "I asked the highway department whether the work might run into December. A spokesperson said only that it depends on the weather."],
             comments=[("Anonymous", "November 2, 2026 at 7:02 PM", "Thanks Gail, nobody told us on Cooper Lane about the detour."), ("Rick D.", "November 3, 2026 at 8:15 AM", "They said two weeks for the Mill Road bridge too. Took two months.")]),
        dict(slug="millbrook-diner-reopens-under-new", title="Millbrook Diner reopens under new owners",
             t=at("2026-11-19 21:41", -5), labels=["Business"],
             body=["The Millbrook Diner opened its doors again this morning, eight months after the Kowalski family served its last plate of corned beef hash and put the building up for sale.",
                   "The new owners, Dee and Marcus Grant, moved here from Hartford last spring. They kept the counter, the stools and the name, and added a breakfast burrito and oat milk for the coffee.",
                   "By 7 a.m. there was a line out the door. Walt Kowalski himself came by at lunch and had the meatloaf, which the Grants say they make from his mother's recipe.",
                   "Hours are 6 a.m. to 2 p.m., Tuesday through Sunday. Closed Mondays."],
             comments=[("Linda Morales", "November 20, 2026 at 6:55 AM", "Best news all year. See you at the counter!")]),
        dict(slug="guest-post-harvest-fair-needs-volunteers", title="Guest post: Why the Harvest Fair needs more volunteers",
             t=at("2026-10-21 07:05", -4), labels=["Guests", "Events"], guest="Tom Okafor",
             body=["This guest post was written by Tom Okafor, chair of the Millbrook Harvest Fair committee.",
                   "For 61 years the Harvest Fair has been run by the same handful of families. This year we had nine people on the committee and four of them are over 75. We cannot keep going like this.",
                   "Next year's fair needs someone to run the pie contest, two people to manage parking and a treasurer who is comfortable with a spreadsheet. None of these jobs takes more than a few evenings a month.",
                   "If you have ever enjoyed the tractor pull or the pumpkin weigh-off, please come to our meeting at the library on November 5 at 7 p.m. Coffee and leftover pie provided."],
             comments=[]),
    ]
    posts.sort(key=lambda p: p["t"], reverse=True)

    def path_of(p):
        return "/%s/%02d/%s.html" % (p["t"].year, p["t"].month, p["slug"])

    def post_html(p, item):
        t = p["t"]
        labels = ", ".join('<a href="/search/label/%s" rel="tag">%s</a>' % (l.replace(" ", "%20"), E(l)) for l in p["labels"])
        title = ('<h3 class="post-title entry-title" itemprop="name">%s</h3>' % E(p["title"])) if item else ('<h3 class="post-title entry-title" itemprop="name"><a href="%s">%s</a></h3>' % (path_of(p), E(p["title"])))
        return ('<div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="date-posts"><div class="post-outer">'
                '<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
                '<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s640/%s.jpg" itemprop="image_url"><meta content="4829104857362910" itemprop="blogId"><meta content="%d" itemprop="postId">'
                '<a name="%d"></a>%s<div class="post-header"><div class="post-header-line-1"></div></div>'
                '<div class="post-body entry-content" id="post-body-%d" itemprop="description articleBody">%s<div style="clear: both;"></div></div>'
                '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                '<meta content="%s" itemprop="url"><a class="g-profile" href="%s" rel="author" title="author profile"><span itemprop="name">Gail Pennington</span></a></span></span>'
                '<span class="post-timestamp"> at <meta content="%s" itemprop="url"><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%s">%s</abbr></a></span>'
                '<span class="post-comment-link"><a class="comment-link" href="%s#comment-form">%d comments:</a></span></div>'
                '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: %s</span></div></div></div>') % (
            t.strftime("%A, %B %-d, %Y"), p["slug"][:6], hid(p["slug"]), hid(p["slug"]), title,
            hid(p["slug"]), ps(p["body"]), profile, profile, U(h, path_of(p)), path_of(p),
            t.isoformat(), t.strftime("%-I:%M %p"), path_of(p), len(p["comments"]), labels)

    def comments(p):
        cs = "".join('<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">%s</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c1">%s</a></span></div><p class="comment-content">%s</p></div></li>' % (E(a), E(d), E(c)) for a, d, c in p["comments"])
        return ('<div class="comments" id="comments"><a name="comments"></a><h4>%d comments:</h4><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">%s</ol></div></div></div>'
                '<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/4829104857362910" onclick="">Post a Comment</a></p></div>') % (len(p["comments"]), cs)

    def sidebar():
        months = {}
        for p in posts:
            months.setdefault((p["t"].year, p["t"].month), []).append(p)
        arch = "".join('<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="/%d/%02d/">%s</a> <span class="post-count" dir="ltr">(%d)</span><ul class="posts">%s</ul></li>' % (
            y, m, datetime.date(y, m, 1).strftime("%B"), len(ps_), "".join('<li><a href="%s">%s</a></li>' % (path_of(q), E(q["title"])) for q in ps_)) for (y, m), ps_ in sorted(months.items(), reverse=True))
        labels = sorted({l for p in posts for l in p["labels"]})
        return ('<div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="%s"><img alt="My photo" class="profile-img" src="//blogger.googleusercontent.com/img/photo.jpg"></a>'
                '<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="%s" rel="author">Gail Pennington</a></dt><dd class="profile-textblock">Retired newspaper editor, Millbrook resident since 1979. I write about what the Town Crier used to cover.</dd></dl><a class="profile-link" href="%s" rel="author">View my complete profile</a></div></div>'
                '<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2026/">2026</a> <span class="post-count" dir="ltr">(%d)</span><ul class="hierarchy">%s</ul></li></ul></div></div></div>'
                '<div class="widget Label" data-version="1" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul>%s</ul></div></div>'
                '<div class="widget Subscribe" id="Subscribe1"><h2 class="title">Subscribe To</h2><a href="/feeds/posts/default" type="application/atom+xml">Posts</a> <a href="/feeds/comments/default">Comments</a></div></div>') % (
            profile, profile, profile, len(posts), arch, "".join('<li><a dir="ltr" href="/search/label/%s">%s</a></li>' % (l.replace(" ", "%20"), E(l)) for l in labels))

    def shell(title, main, head="", cls="loading"):
        return ("<!DOCTYPE html><html class='v2' dir='ltr' lang='en'><head><meta content='width=1100' name='viewport'><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'>"
                "<meta content='blogger' name='generator'><link href='/favicon.ico' rel='icon' type='image/x-icon'><link rel='alternate' type='application/atom+xml' title='Millbrook Corner - Atom' href='%s'>"
                "<title>%s</title>%s</head><body class='%s variant-simplysimple'><div class='navbar no-items section' id='navbar'></div><div class='content'><div class='content-outer'><div class='main-inner'>"
                "<header><div class='header-outer'><div class='Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='/'>Millbrook Corner</a></h1></div><div class='descriptionwrapper'><p class='description'><span>News and notes from a small Connecticut town</span></p></div></div></div></div></header>"
                "<div class='columns fauxcolumns'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>%s</div></div></div></div>"
                "<div class='column-right-inner'>%s</div></div>"
                "<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer></div></div></div></body></html>") % (
            U(h, "/feeds/posts/default"), E(title), head, cls, main, sidebar())

    for i, p in enumerate(posts):
        path = path_of(p)
        newer = posts[i - 1] if i > 0 else None
        older = posts[i + 1] if i + 1 < len(posts) else None
        pager = "<div class='blog-pager' id='blog-pager'>%s%s<a class='home-link' href='/'>Home</a></div>" % (
            "<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='%s' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>" % path_of(newer) if newer else "",
            "<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='%s' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span>" % path_of(older) if older else "")
        head = ("<link rel='canonical' href='%s'><meta content='%s' property='og:url'><meta content='%s' property='og:title'><meta content='%s' property='og:description'>") % (
            U(h, path), U(h, path), E(p["title"]), E(p["body"][0][:150]))
        main = post_html(p, True) + "</div></div></div>" + comments(p) + pager
        authors = [p["guest"]] if p.get("guest") else ["Gail Pennington"]
        mn = [c for _, _, c in p["comments"]][:1]
        art(h, path, shell("%s: %s" % (name, p["title"]), main, head, "loading item-view"), p["title"], p["t"].strftime("%Y-%m-%d"), authors,
            iso(p["t"].astimezone(UTC)), must=[p["body"][2]], must_not=mn)
    idx = "".join(post_html(p, False) + "</div></div></div>" for p in posts)
    non(h, "/", shell(name, idx + "<div class='blog-pager' id='blog-pager'><a class='home-link' href='/'>Home</a></div>"))
    for l in sorted({l for p in posts for l in p["labels"]}):
        sel = [p for p in posts if l in p["labels"]]
        non(h, "/search/label/" + l.replace(" ", "%20"), shell("%s: %s" % (name, l), "<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with the label <b>%s</b>. <a href='/'>Show all posts</a></div></div>" % E(l) + "".join(post_html(p, False) + "</div></div></div>" for p in sel)))
    for ym in ("2026/11", "2026/10"):
        sel = [p for p in posts if p["t"].strftime("%Y/%m") == ym]
        non(h, "/%s/" % ym, shell(name + ": " + ym.replace("/", "-"), "".join(post_html(p, False) + "</div></div></div>" for p in sel), "", "loading archive-view"))
    entries = "".join("<entry><id>tag:blogger.com,1999:blog-4829104857362910.post-%d</id><published>%s</published><title type='text'>%s</title><link rel='alternate' type='text/html' href='%s' title='%s'/><author><name>Gail Pennington</name></author></entry>" % (
        hid(p["slug"]), p["t"].isoformat(timespec="milliseconds"), E(p["title"]), U(h, path_of(p)), E(p["title"])) for p in posts)
    raw(h, "/feeds/posts/default", "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-4829104857362910</id><title type='text'>Millbrook Corner</title>%s</feed>" % entries)
    raw(h, "/robots.txt", "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: %s\n" % U(h, "/sitemap.xml"))
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (U(h, path_of(p)), p["t"].isoformat()) for p in posts))


# ---------------------------------------------------------------- 5 Tumblr
def tumblr():
    h = host(5)
    name = "La Tinta Benimaclet"
    posts = [
        dict(id="769123456789012345", slug="cierra-la-merceria-rosita", title="Cierra la mercería Rosita después de 52 años",
             date="fetch-day3", shown="hace 3 días", sign="Texto: Lucía Ferrer", authors=["Lucía Ferrer"], tags=["comercio local", "benimaclet", "vecinas"], notes=87,
             body=["La mercería Rosita, en la calle Barón de San Petrillo, bajará la persiana por última vez el 31 de diciembre. Rosa Ballester la abrió en 1974 con su madre y desde entonces ha vendido botones, cremalleras y lana a tres generaciones del barrio.",
                   "Rosa tiene 79 años y dice que ya no puede con las escaleras del almacén. Ninguno de sus nietos quiere seguir con el negocio y el local, que es de alquiler, ya tiene nuevo inquilino: una franquicia de cigarrillos electrónicos.",
                   "Desde que se supo la noticia, la tienda se llena cada tarde de vecinas que vienen a despedirse y a comprar lo que queda. Rosa ha puesto todo al 50 por ciento y regala las agujas de punto a quien se las pida.",
                   "La asociación de vecinos prepara un pequeño homenaje en la plaza el sábado 19 a las doce."]),
        dict(id="767998877665544332", slug="el-huerto-del-solar-sigue", title="El huerto del solar de la calle Murta sigue, de momento",
             date="2026-11-12", shown="12 de noviembre de 2026", sign="Por Andrés Mollà", authors=["Andrés Mollà"], tags=["huerto urbano", "urbanismo", "benimaclet"], notes=143,
             body=["El Ayuntamiento ha aplazado hasta la primavera la decisión sobre el solar de la calle Murta, donde desde hace seis años funciona un huerto vecinal cultivado por unas cuarenta familias.",
                   "La parcela está calificada como suelo dotacional y el plan de barrio prevé levantar allí un centro de salud. Nadie en el huerto se opone al centro, pero piden que se busque otra ubicación o que el proyecto conserve parte de la zona verde.",
                   "En la reunión del martes, la concejala de Urbanismo reconoció que el proyecto todavía no tiene presupuesto y que no habrá obras antes de 2028. Mientras tanto, el huerto podrá seguir funcionando con el permiso provisional actual.",
                   "Las hortelanas celebraron la noticia plantando habas y repartiendo caldo entre los asistentes."]),
        dict(id="766554433221100998", slug="agenda-de-diciembre-en-el-barrio", title="Agenda de diciembre en el barrio",
             date="2026-11-28", shown="28 de noviembre de 2026", sign=None, authors=[], tags=["agenda", "benimaclet"], notes=22,
             body=["Diciembre llega cargado al barrio. Os dejamos lo más destacado de las próximas semanas, con la ayuda de las asociaciones que nos han mandado sus convocatorias.",
                   "El sábado 5 vuelve el mercadillo de segunda mano a la plaza, de diez a dos. El domingo 13, la coral del barrio canta villancicos en la iglesia de la Asunción, con entrada libre.",
                   "La biblioteca municipal organiza cada jueves un taller de cómic para jóvenes de 12 a 16 años, y el centro social ofrece clases gratuitas de valenciano los lunes por la tarde.",
                   "Si tenéis algo que queréis que aparezca en la agenda de enero, escribidnos por el buzón de envíos antes del día 20."]),
    ]

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="alternate" type="application/rss+xml" href="%s"><meta name="tumblr-theme" content="Optica"><link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_a1b2_128.pnj"></head>'
                '<body class="permalink-page"><div id="container"><header id="header"><div class="blog-title"><a href="/">%s</a></div><div class="description"><p>Fanzine vecinal de Benimaclet (València). Noticias pequeñas de un barrio grande. Envíanos lo tuyo.</p></div>'
                '<nav class="pages"><a href="/about">Quiénes somos</a> <a href="/ask">Pregunta</a> <a href="/submit">Envía tu historia</a> <a href="/archive">Archivo</a></nav></header>'
                '<section id="posts">%s</section>'
                '<footer id="footer"><a href="https://www.tumblr.com/theme/2">Optica</a> theme by Tumblr · <a href="/archive">Archivo</a></footer></div>'
                '<iframe id="tumblr_controls" class="tmblr-iframe" src="https://assets.tumblr.com/iframe.html" style="display:none"></iframe></body></html>') % (
            E(title), head, U(h, "/rss"), E(name), inner)

    def post_html(p, perm):
        tags = "".join('<a class="tag" href="/tagged/%s">#%s</a> ' % (t.replace(" ", "-"), E(t)) for t in p["tags"])
        body = ps(p["body"]) + (("<p><i>%s</i></p>" % E(p["sign"])) if p["sign"] else "")
        if not perm:
            body = ps(p["body"][:1]) + '<p><a href="/post/%s/%s" class="read_more">Seguir leyendo</a></p>' % (p["id"], p["slug"])
        return ('<article class="post text" id="post-%s" data-post-id="%s"><div class="post-wrapper"><div class="post-content"><div class="body-text"><h2 class="title"><a href="/post/%s/%s">%s</a></h2>%s</div></div>'
                '<div class="post-meta"><a class="meta-item post-date" href="/post/%s/%s">%s</a> <a class="meta-item post-notes" href="/post/%s/%s#notes">%d notas</a> <div class="post-tags">%s</div></div></div></article>') % (
            p["id"], p["id"], p["id"], p["slug"], E(p["title"]), body, p["id"], p["slug"], E(p["shown"]), p["id"], p["slug"], p["notes"], tags)

    for i, p in enumerate(posts):
        path = "/post/%s/%s" % (p["id"], p["slug"])
        summ = p["title"]
        head = ('<meta name="description" content="%s"><meta property="og:type" content="tumblr-feed:entry"><meta property="og:url" content="%s"><meta property="og:title" content="%s">'
                '<meta property="og:description" content="%s"><meta property="og:site_name" content="%s"><meta name="twitter:card" content="summary"><meta name="twitter:site" content="tumblr">'
                '<meta property="al:android:url" content="tumblr://x-callback-url/blog?blogName=latintabenimaclet&amp;postID=%s"><link rel="canonical" href="%s">') % (
            E(p["body"][0][:150]), U(h, path), E(summ), E(p["body"][0][:150]), E(name), p["id"], U(h, path))
        nxt = posts[i + 1] if i + 1 < len(posts) else posts[0]
        notes = '<section id="notes" class="notes"><ol class="notes"><li class="note like"><a href="#" class="tumblelog">ampasbenimaclet</a> le ha gustado esto</li><li class="note reblog"><a class="tumblelog" href="#">valenciaenbici</a> ha rebloggeado esto desde <a href="/">latintabenimaclet</a></li></ol></section>'
        pag = '<nav id="pagination" class="permalink-pagination"><a class="next" href="/post/%s/%s">Siguiente entrada: %s</a></nav>' % (nxt["id"], nxt["slug"], E(nxt["title"]))
        art(h, path, shell("%s — %s" % (name, summ), post_html(p, True) + notes + pag, head), p["title"], p["date"], p["authors"],
            must=[p["body"][2]], must_not=[nxt["title"]])
    idx = "".join(post_html(p, False) for p in posts)
    non(h, "/", shell(name, idx + '<nav id="pagination"><a href="/archive">Archivo</a></nav>', '<meta property="og:type" content="website">'))
    non(h, "/tagged/benimaclet", shell("%s — #benimaclet" % name, idx))
    non(h, "/tagged/agenda", shell("%s — #agenda" % name, post_html(posts[2], False)))
    non(h, "/archive", shell("%s — Archivo" % name, '<div id="archive"><h2>Noviembre 2026</h2>%s</div>' % "".join('<div class="post_micro"><a href="/post/%s/%s">%s</a></div>' % (p["id"], p["slug"], E(p["title"])) for p in posts)))
    non(h, "/about", shell("%s — Quiénes somos" % name, '<div class="page"><h1>Quiénes somos</h1><p>La Tinta es un fanzine hecho por vecinas y vecinos de Benimaclet desde 2014. Lo fotocopiamos una vez al mes y lo subimos aquí. No tenemos publicidad ni subvenciones.</p></div>'))
    non(h, "/ask", shell("%s — Pregunta" % name, '<div class="page"><h1>Pregunta lo que quieras</h1><iframe src="https://www.tumblr.com/ask_form/latintabenimaclet.tumblr.com" width="100%" height="190"></iframe></div>'))
    non(h, "/submit", shell("%s — Envía tu historia" % name, '<div class="page"><h1>Envía tu historia</h1><p>¿Pasa algo en tu calle? Cuéntanoslo. Textos de hasta 400 palabras, con tu nombre.</p></div>'))


# ---------------------------------------------------------------- 6 Weebly
def weebly():
    h = host(6)
    name = "Little Ashcombe Parish Council"
    placeholder = "Write something about yourself. No need to be fancy, just an overview."
    posts = [
        dict(slug="parish-precept-for-2027-28-agreed", title="Parish precept for 2027/28 agreed at November meeting", date="2026-11-17", cat="Finance", authors=["Jane Marsh"], id=1,
             sign="Jane Marsh, Clerk to the Council",
             body=["At its meeting on Monday 16 November the Parish Council agreed a precept of £18,400 for the financial year 2027/28, an increase of 3.9 per cent on the current year.",
                   "For a Band D household this works out at roughly £58.20 a year, or about £2.20 more than now. The increase mainly reflects higher insurance costs for the village hall and the playing field, and the new contract for grass cutting.",
                   "Councillors also agreed to set aside £1,500 towards replacing the bus shelter on the Green, which was damaged in the February storms.",
                   "The full budget and the draft minutes will be published on the Meetings page once they have been approved."]),
        dict(slug="speed-watch-volunteers-wanted-for-church-lane", title="Speed Watch volunteers wanted for Church Lane", date="2026-11-04", cat="Highways", authors=["Peter Hale"], id=2,
             sign="Cllr Peter Hale, Chair",
             body=["The speed survey carried out by the county council in October found that more than a third of vehicles on Church Lane were travelling above the 30mph limit, with the highest recorded speed at 52mph.",
                   "The Parish Council would like to set up a Community Speed Watch group. Volunteers work in groups of three, with a speed detection device supplied and calibrated by the police, and record the details of vehicles exceeding the limit.",
                   "Drivers who are recorded receive a warning letter. Repeat offenders may be visited by the police. Training takes about two hours and is provided free.",
                   "We need at least six volunteers to start. If you can spare an hour or two a month, please contact the Clerk."]),
        dict(slug="defibrillator-installed-at-the-village-hall", title="Defibrillator installed at the village hall", date="2026-10-09", cat="Community", authors=[], id=3,
             sign=None,
             body=["A public access defibrillator has been installed on the outside wall of the village hall, next to the main entrance, thanks to a grant from the Ashcombe Community Fund and donations collected at the summer fete.",
                   "The defibrillator is kept in a heated yellow cabinet. In an emergency, call 999 and the call handler will give you the code to open it. The machine talks you through each step, and you cannot give a shock by mistake.",
                   "A free training session will be held in the hall on Saturday 24 October at 10am. No booking is needed.",
                   "Thank you to everyone who bought cakes and raffle tickets at the fete."]),
    ]
    nav = [("/", "Home"), ("/news", "News"), ("/meetings", "Meetings"), ("/councillors", "Councillors"), ("/village-hall", "Village Hall"), ("/contact", "Contact")]

    def ddmm(d):
        return datetime.datetime.strptime(d, "%Y-%m-%d").strftime("%d/%m/%Y")

    def shell(title, inner, head=""):
        navh = "".join('<li id="pg%d" class="wsite-menu-item-wrap"><a href="%s" class="wsite-menu-item">%s</a></li>' % (k, p, E(l)) for k, (p, l) in enumerate(nav))
        return ('<!DOCTYPE html><html lang="en"><head><title>%s</title><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1234"><script>var STATIC_BASE = "//cdn1.editmysite.com/";</script></head>'
                '<body class="no-header-page wsite-page-news wsite-theme-light"><div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div class="container"><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Little Ashcombe Parish Council</span></a></span></div>'
                '<div class="nav desktop-nav"><ul class="wsite-menu-default">%s</ul></div></div></div></div>'
                '<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">%s</div></div></div>'
                '<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">Little Ashcombe Parish Council · Clerk: Jane Marsh · clerk@littleashcombe-pc.example · 01234 567890</div></div></div></div></div></div>'
                '<div class="wsite-footer-credit">Powered by <a href="https://www.weebly.com/">Weebly</a></div></body></html>') % (E(title), head, navh, inner)

    def sidebar():
        return ('<td class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">Author</h2><div class="paragraph">%s</div>'
                '<div class="blog-sidebar-separator"></div><h2 class="blog-sidebar-title">Archives</h2><p><a href="/news/archives/11-2026">November 2026</a><br><a href="/news/archives/10-2026">October 2026</a><br></p>'
                '<div class="blog-sidebar-separator"></div><h2 class="blog-sidebar-title">Categories</h2><p><a href="/news/category/all">All</a><br>%s</p>'
                '<div class="blog-sidebar-separator"></div><p><a href="/2/feed" class="blog-rss-link">RSS Feed</a></p></div></td>') % (
            E(placeholder), "".join('<a href="/news/category/%s">%s</a><br>' % (c.lower(), c) for c in ("Community", "Finance", "Highways")))

    def post_html(p, full):
        body = ps(p["body"], "div", ' class="paragraph"') + (('<div class="paragraph"><em>%s</em></div>' % E(p["sign"])) if p["sign"] else "")
        if not full:
            body = '<div class="paragraph">%s</div><a class="blog-read-more" href="/news/%s">Read More</a>' % (E(p["body"][0]), p["slug"])
        return ('<div class="blog-post" id="blog-post-95102%d"><div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="/news/%s">%s</a></h2>'
                '<p class="blog-date"><span class="date-text">%s</span></p><div class="blog-comments-top"><a class="blog-link" href="/news/%s#comments">0 Comments</a></div></div>'
                '<div class="blog-separator">&nbsp;</div><div class="blog-content"><div class="wsite-section-wrap">%s</div></div>'
                '<div class="blog-footer"><p class="blog-category">Categories: <a href="/news/category/%s">%s</a></p><div class="blog-comments-bottom"><a class="blog-link" href="/news/%s#comments">0 Comments</a></div></div></div>') % (
            p["id"], p["slug"], E(p["title"]), ddmm(p["date"]), p["slug"], body, p["cat"].lower(), p["cat"], p["slug"])

    def blog(inner):
        return '<div id="blogTable"><table class="blogTable"><tr><td class="blog-body"><div id="blog-posts">%s</div></td>%s</tr></table></div>' % (inner, sidebar())

    for p in posts:
        path = "/news/" + p["slug"]
        head = ('<meta property="og:site_name" content="Little Ashcombe Parish Council"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">') % (
            E(p["title"]), E(p["body"][0][:150]), U(h, path))
        comm = '<div id="comments"><div class="blogCommentWrap"><h2 class="blog-comments-title">Leave a Reply.</h2><form class="blog-comment-form"><input name="name" placeholder="Name (required)"><input name="email" placeholder="Email (not published)"><textarea name="comment"></textarea><button>Submit</button></form></div></div>'
        art(h, path, shell("%s - %s" % (p["title"], name), blog(post_html(p, True) + comm), head), p["title"], p["date"], p["authors"],
            must=[p["body"][1]], must_not=[placeholder])

    non(h, "/news", shell("News - %s" % name, blog("".join(post_html(p, False) for p in posts))))
    non(h, "/news/archives/11-2026", shell("News - %s" % name, blog("".join(post_html(p, False) for p in posts[:2]))))
    non(h, "/news/archives/10-2026", shell("News - %s" % name, blog(post_html(posts[2], False))))
    non(h, "/news/category/all", shell("News - %s" % name, blog("".join(post_html(p, False) for p in posts))))
    for c in ("Community", "Finance", "Highways"):
        non(h, "/news/category/" + c.lower(), shell("News - %s" % name, blog("".join(post_html(p, False) for p in posts if p["cat"] == c))))

    def page(path, title, inner):
        non(h, path, shell("%s - %s" % (title, name), '<h2 class="wsite-content-title">%s</h2>%s' % (E(title), inner)))

    page("/meetings", "Meetings", '<div class="paragraph">Meetings are held on the third Monday of each month at 7.30pm in the village hall. Members of the public are welcome.</div><div class="wsite-file"><a href="/uploads/agenda-nov-2026.pdf">Agenda 16 November 2026 (PDF)</a></div><div class="wsite-file"><a href="/uploads/minutes-oct-2026.pdf">Draft minutes 19 October 2026 (PDF)</a></div>')
    page("/councillors", "Councillors", '<div class="paragraph"><strong>Cllr Peter Hale</strong> (Chair)<br><strong>Cllr Susan Okoro</strong> (Vice-Chair)<br><strong>Cllr David Penrose</strong><br><strong>Cllr Amira Shah</strong><br><strong>Cllr Geoff Tilling</strong></div><div class="paragraph">Clerk and Responsible Financial Officer: Jane Marsh</div>')
    page("/village-hall", "Village Hall", '<div class="paragraph">The hall seats 80 and has a kitchen, a stage and step-free access. Hire rates: £12 per hour for residents, £16 for others.</div><div class="paragraph">To book, contact the Bookings Secretary on 01234 567891.</div>')
    page("/contact", "Contact", '<div class="paragraph">Jane Marsh, Clerk to the Council<br>2 Orchard Cottages, Little Ashcombe<br>clerk@littleashcombe-pc.example</div><form class="wsite-form"><input name="name"><textarea name="message"></textarea><button>Submit</button></form>')
    page("/", "Welcome", '<div class="paragraph">Welcome to the website of Little Ashcombe Parish Council. Here you will find news, meeting papers and information about our village.</div><h2 class="wsite-content-title">Latest news</h2>' + "".join('<div class="paragraph"><a href="/news/%s">%s</a> (%s)</div>' % (p["slug"], E(p["title"]), ddmm(p["date"])) for p in posts) + '<div class="paragraph"><a href="/news/archives/11-2026">November 2026</a> · <a href="/news/category/highways">Highways</a></div>')
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><dc:creator><![CDATA[Little Ashcombe Parish Council]]></dc:creator></item>" % (
        E(p["title"]), U(h, "/news/" + p["slug"]), datetime.datetime.strptime(p["date"], "%Y-%m-%d").strftime("%a, %d %b %Y 10:00:00 GMT")) for p in posts)
    raw(h, "/2/feed", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title><![CDATA[News - Little Ashcombe Parish Council]]></title><link>%s</link>%s</channel></rss>' % (U(h, "/news"), items))


# ---------------------------------------------------------------- 7 Jimdo
def jimdo():
    h = host(7)
    name = "TTC Grün-Weiß Eichenau"
    cookie = "Diese Website benutzt Cookies, die für den technischen Betrieb der Website erforderlich sind und stets gesetzt werden."
    MON = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    posts = [
        dict(slug="herren-i-holen-remis-im-spitzenspiel", title="Herren I holen Remis im Spitzenspiel gegen Gröbenzell", date="2026-11-08", authors=["Markus Eberle"], sign="Bericht: Markus Eberle", tags=["Herren I", "Bezirksliga"],
             comments=[("Gerd", "Sonntag, 09 November 2026 12:14", "Starke Leistung, Jungs! Weiter so.")],
             body=["Im Spitzenspiel der Bezirksliga haben unsere Herren I beim TSV Gröbenzell ein hart umkämpftes 8:8 erreicht und bleiben damit punktgleich mit dem Tabellenführer auf Platz zwei.",
                   "Nach den Doppeln lagen wir mit 1:2 zurück, doch Stefan Huber und Tobias Lang drehten im vorderen Paarkreuz die Partie. Den entscheidenden Punkt zum Remis holte Neuzugang Kenji Watanabe im fünften Satz mit 13:11.",
                   "Im Schlussdoppel fehlte am Ende das nötige Glück, nachdem Huber/Lang bereits zwei Matchbälle abgewehrt hatten. Trotzdem war die Stimmung nach dem Spiel bestens.",
                   "Am kommenden Samstag empfangen wir um 18 Uhr den SC Olching in der Halle an der Hauptstraße. Zuschauer sind herzlich willkommen."]),
        dict(slug="vereinsmeisterschaften-2026-neue-meisterin", title="Vereinsmeisterschaften 2026: Neue Meisterin bei den Damen", date="2026-11-22", authors=["Anja Krämer"], sign="Text & Fotos: Anja Krämer", tags=["Vereinsmeisterschaft", "Damen"],
             comments=[],
             body=["Bei den Vereinsmeisterschaften am vergangenen Wochenende gab es bei den Damen eine Überraschung: Die erst 15-jährige Lea Sommer setzte sich im Finale gegen Titelverteidigerin Petra Gruber mit 3:1 durch.",
                   "Bei den Herren gewann erwartungsgemäß Stefan Huber, der damit zum vierten Mal in Folge Vereinsmeister ist. Im Doppel siegten Kenji Watanabe und Jürgen Beck.",
                   "Insgesamt waren 34 Spielerinnen und Spieler am Start, so viele wie seit Jahren nicht mehr. Für die Verpflegung sorgte wieder die Jugendabteilung mit Kuchen und Würstchen.",
                   "Die Siegerehrung findet im Rahmen der Weihnachtsfeier am 12. Dezember statt."]),
        dict(slug="neue-trainingszeiten-ab-dezember", title="Neue Trainingszeiten ab Dezember", date="2026-11-27", authors=[], sign="Euer Vorstand", tags=["Training"],
             comments=[],
             body=["Liebe Mitglieder, wegen der Sanierung der Umkleiden in der Schulturnhalle ändern sich ab dem 1. Dezember unsere Trainingszeiten.",
                   "Das Jugendtraining findet künftig dienstags und donnerstags von 17 bis 18.30 Uhr statt. Die Erwachsenen trainieren dienstags und donnerstags ab 18.30 Uhr sowie freitags ab 19 Uhr.",
                   "Das Hobbytraining am Mittwoch entfällt bis auf Weiteres. Wir bemühen uns um eine Ersatzhalle und informieren euch, sobald es Neuigkeiten gibt.",
                   "Danke für euer Verständnis!"]),
    ]
    nav = [("/", "Startseite"), ("/news/", "News"), ("/verein/", "Verein"), ("/training/", "Training"), ("/termine/", "Termine"), ("/kontakt/", "Kontakt")]

    def shell(title, inner, head=""):
        navh = "".join('<li class="jmd-nav__list-item-0"><a href="%s" data-link-title="%s">%s</a></li>' % (p, E(l), E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="de-DE"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>%s</title>%s<meta name="robots" content="index, follow, archive"><link rel="shortcut icon" href="https://u.jimcdn.com/cms/o/s1234/img/favicon.png">'
                '<link href="https://assets.jimstatic.com/web.css" rel="stylesheet"></head><body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles">'
                '<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings"><div class="cookie-banner-text">%s</div><a class="cookie-accept">Alle akzeptieren</a></div>'
                '<div class="jtpl-main cc-content-parent"><div class="jtpl-header"><div class="jtpl-logo"><a href="/">TTC Grün-Weiß Eichenau 1968 e.V.</a></div>'
                '<nav class="jtpl-navigation"><ul class="jmd-nav__list">%s</ul></nav></div>'
                '<div class="jtpl-content content-options"><div id="content_area" data-container="content"><div id="content_start"></div>%s</div></div>'
                '<div class="jtpl-sidebar"><div class="j-module n j-text"><h2>Kommende Termine</h2><p>28.11.2026 Herren I – SC Olching</p><p>12.12.2026 Weihnachtsfeier</p></div></div>'
                '<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="javascript:window.CookieControl.showCookieSettings();">Cookie-Richtlinie</a> | <a href="/sitemap/">Sitemap</a></div>'
                '<div class="rightrow"><a href="https://www.jimdo.com/de/login">Anmelden</a></div></div></div></div></body></html>') % (E(title), head, E(cookie), navh, inner)

    def date_html(d):
        dd = datetime.datetime.strptime(d, "%Y-%m-%d")
        return '<div class="datetime dt-published j-blog-post--date"><span class="day">%02d</span> <span class="mon">%s</span> <span class="yr">%d</span></div>' % (dd.day, MON[dd.month - 1], dd.year)

    def path_of(p):
        return "/%s/%s/" % (p["date"].replace("-", "/"), p["slug"])

    for p in posts:
        path = path_of(p)
        body = ps(p["body"]) + "<p><em>%s</em></p>" % E(p["sign"])
        tags = "".join('<a href="/app/blog/tag/%s/" class="j-blog-tag">%s</a> ' % (t.lower().replace(" ", "-"), E(t)) for t in p["tags"])
        comms = "".join('<li class="commentstd clearover cc-m-blog-comment"><div class="commentinfo"><strong>#%d</strong> <span class="commentauthor">%s</span> <em class="commentdate">(%s)</em></div><div class="commententry">%s</div></li>' % (k + 1, E(a), E(d), E(c)) for k, (a, d, c) in enumerate(p["comments"]))
        inner = ('<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><a href="%s" class="j-blog-headline"><h1 class="j-blog-header j-blog-headline j-blog-post--headline">%s</h1></a></div>%s</div>'
                 '<div class="post j-blog-content"><div id="cc-matrix-12345" class="j-module n j-text"><div id="cc-m-1" class="j-text">%s</div></div></div>'
                 '<div class="j-blog-footer"><div class="j-blog-tags">Tags: %s</div><div class="j-blog-comments-count"><a href="%s#comments">%d Kommentare</a></div></div>'
                 '<div class="j-blog-comment-counter" id="comments"><ul class="com-list-noava">%s</ul><h2 class="com-header">Kommentar schreiben</h2><form class="com-form"><label>Name: *</label><input name="name"><label>Kommentar: *</label><textarea name="text"></textarea><input type="submit" value="Kommentar abschicken"></form></div>'
                 '<div class="j-blog-navigation"><a href="/news/">zurück zur Übersicht</a></div>') % (
            path, E(p["title"]), date_html(p["date"]), body, tags, path, len(p["comments"]), comms)
        head = '<meta name="description" content="%s"><meta name="keywords" content="%s"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:type" content="article">' % (
            E(p["body"][0][:150]), E(", ".join(p["tags"])), E(p["title"]), U(h, path))
        mn = [c for _, _, c in p["comments"]] + [cookie]
        art(h, path, shell("%s - %s" % (p["title"], name), inner, head), p["title"], p["date"], p["authors"], must=[p["body"][1]], must_not=mn)

    def teaser(p):
        return ('<div class="j-blogarticle"><div class="n j-blog-meta j-blog-header"><a href="%s" class="j-blog-headline"><h2 class="j-blog-header j-blog-headline">%s</h2></a>%s</div>'
                '<div class="j-blog-content"><p>%s</p></div><a href="%s" class="blogreadmore">Weiterlesen</a> <a href="%s#comments" class="comment">%d Kommentare</a></div>') % (
            path_of(p), E(p["title"]), date_html(p["date"]), E(p["body"][0]), path_of(p), path_of(p), len(p["comments"]))

    def page(path, title, inner):
        non(h, path, shell("%s - %s" % (title, name), '<div class="j-module n j-header"><h1>%s</h1></div><div class="j-module n j-text">%s</div>' % (E(title), inner)))

    page("/news/", "News", '<div class="j-blog">%s</div>' % "".join(teaser(p) for p in posts[::-1]))
    page("/app/blog/tag/herren-i/", "Herren I", '<div class="j-blog">%s</div>' % teaser(posts[0]))
    page("/verein/", "Verein", "<p>Der TTC Grün-Weiß Eichenau wurde 1968 gegründet und hat heute rund 120 Mitglieder. Wir spielen mit fünf Mannschaften im Bezirk Oberbayern-Mitte.</p><h2>Vorstand</h2><p>1. Vorsitzender: Jürgen Beck<br>2. Vorsitzende: Anja Krämer<br>Kassier: Thomas Lechner</p>")
    page("/training/", "Training", "<p>Dienstag und Donnerstag: Jugend 17:00–18:30, Erwachsene ab 18:30<br>Freitag: Erwachsene ab 19:00</p><p>Schnuppertraining ist jederzeit möglich, Schläger können ausgeliehen werden.</p>")
    page("/termine/", "Termine", "<table><tr><td>28.11.2026</td><td>Herren I – SC Olching</td></tr><tr><td>05.12.2026</td><td>Jugend-Kreismeisterschaften</td></tr><tr><td>12.12.2026</td><td>Weihnachtsfeier im Sportheim</td></tr></table>")
    page("/kontakt/", "Kontakt", "<p>TTC Grün-Weiß Eichenau 1968 e.V.<br>Jürgen Beck<br>Hauptstraße 12, 82223 Eichenau<br>info@ttc-eichenau.example</p>")
    page("/impressum/", "Impressum", "<p>Angaben gemäß § 5 TMG: TTC Grün-Weiß Eichenau 1968 e.V., Hauptstraße 12, 82223 Eichenau. Vertreten durch den 1. Vorsitzenden Jürgen Beck. Registergericht: Amtsgericht München, VR 12345.</p>")
    page("/datenschutz/", "Datenschutz", "<p>Der Schutz Ihrer persönlichen Daten ist uns ein besonderes Anliegen. Diese Website wird bei Jimdo GmbH, Stresemannstraße 375, 22761 Hamburg gehostet.</p>")
    page("/", "Willkommen beim TTC Grün-Weiß Eichenau!", "<p>Tischtennis für Jung und Alt – vom Hobbyspieler bis zur Bezirksliga.</p><h2>Aktuelles</h2>" + "".join(teaser(p) for p in posts[::-1]) + '<p><a href="/impressum/">Impressum</a> <a href="/app/blog/tag/herren-i/">Herren I</a></p>')
    raw(h, "/robots.txt", "User-agent: *\nDisallow: /app/\nAllow: /app/blog/\nSitemap: %s\n" % U(h, "/sitemap.xml"))
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % U(h, u) for u in ["/", "/news/"] + [path_of(p) for p in posts] + ["/verein/", "/training/", "/termine/", "/kontakt/", "/impressum/", "/datenschutz/"]))


# ---------------------------------------------------------------- 8 WordPress.com
def wpcom():
    h = host(8)
    name = "Le Petit Journal de Saint-Aubin"
    cookie = "Confidentialité & Cookies : Ce site utilise des cookies. En continuant à naviguer sur ce site, vous acceptez que nous en utilisions."
    MOISL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    users = {"jmbouvier": "Jean-Marc Bouvier", "sophielenoir": "Sophie Lenoir"}
    posts = [
        dict(slug="le-marche-du-jeudi-demenage-place-de-leglise", title="Le marché du jeudi déménage place de l’Église", t=at("2026-11-04 00:30", 1), user="jmbouvier",
             authors=["Jean-Marc Bouvier"], cat="Vie locale", tags=["marché", "commerce"],
             body=["C’est officiel depuis le conseil municipal de mardi soir : à partir du 7 janvier, le marché du jeudi quittera le parking de la salle des fêtes pour s’installer place de l’Église.",
                   "Les commerçants le demandaient depuis longtemps. Le parking, exposé au vent et mal éclairé, avait vu le nombre d’étals fondre de quatorze à huit en deux ans. La place, plus abritée, permettra aussi aux clients de profiter des terrasses du café et de la boulangerie.",
                   "La circulation rue du Presbytère sera interdite le jeudi de 7 h à 13 h. Les riverains pourront toujours accéder à leur garage par la rue des Tanneurs.",
                   "Le maire, Gérard Lemoine, espère attirer de nouveaux producteurs, notamment un fromager et un maraîcher bio de la vallée."],
             comments=[("Martine R.", "4 novembre 2026 à 8 h 12 min", "Enfin ! On va pouvoir faire le marché sans se geler.")]),
        dict(slug="lecole-jules-ferry-ouvrira-une-cinquieme-classe", title="L’école Jules-Ferry ouvrira une cinquième classe en janvier", t=at("2026-11-18 10:15", 1), user="sophielenoir",
             authors=["Sophie Lenoir"], cat="Éducation", tags=["école"],
             body=["Bonne nouvelle pour les familles : l’inspection académique a confirmé l’ouverture d’une cinquième classe à l’école élémentaire Jules-Ferry à la rentrée de janvier.",
                   "Avec 131 élèves inscrits, contre 112 l’an dernier, les classes dépassaient les 26 élèves en moyenne. L’arrivée de nouvelles familles dans le lotissement des Prés-Hauts explique en grande partie cette hausse.",
                   "La commune doit maintenant aménager une salle. La bibliothèque de l’école, au rez-de-chaussée, sera transformée en classe pendant les vacances de Noël, et les livres déménageront dans l’ancien logement de fonction.",
                   "Les parents d’élèves saluent une décision rare dans un département où les fermetures de classes sont plus fréquentes que les ouvertures."],
             comments=[]),
        dict(slug="tribune-sauvons-le-lavoir-de-la-rue-basse", title="Tribune : « Sauvons le lavoir de la rue Basse »", t=at("2026-11-27 18:00", 1), user="jmbouvier",
             authors=["Hélène Dumas"], cat="Tribunes", tags=["patrimoine"],
             lead="Par Hélène Dumas, présidente de l’association Patrimoine Saint-Aubin",
             body=["Le lavoir de la rue Basse a vu passer deux siècles de lessives, de confidences et de disputes. Aujourd’hui, son toit s’effondre et la municipalité envisage de le démolir pour élargir le carrefour.",
                   "Nous pensons qu’il existe une autre solution. Une charpente neuve coûterait environ 38 000 euros, dont une bonne partie pourrait être financée par la Fondation du patrimoine et une souscription auprès des habitants.",
                   "Notre association s’engage à organiser des chantiers bénévoles pour nettoyer le bassin et restaurer les pierres. Plusieurs artisans du village ont déjà proposé leur aide.",
                   "Nous demandons simplement au conseil municipal de surseoir à toute décision jusqu’au printemps, le temps de présenter un projet chiffré."],
             comments=[("Paul G.", "27 novembre 2026 à 20 h 41 min", "Je signe des deux mains. Ma grand-mère y lavait encore son linge en 1960.")]),
    ]

    def dfr(t):
        return "%d %s %d" % (t.day, MOISL[t.month - 1], t.year)

    def path_of(p):
        return "/%s/%s/" % (p["t"].strftime("%Y/%m/%d"), p["slug"])

    def sidebar():
        return ('<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form" action="/"><input type="search" class="search-field" name="s"></form></section>'
                '<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title">Abonnez-vous par e-mail</h2><form><p>Entrez votre adresse e-mail pour vous abonner à ce blog et recevoir une notification de chaque nouvel article par e-mail.</p><input type="email"><button>Abonnez-vous</button></form></section>'
                '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2026/11/">novembre 2026</a></li><li><a href="/2026/10/">octobre 2026</a></li></ul></section>'
                '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><ul><li class="cat-item"><a href="/category/vie-locale/">Vie locale</a></li><li class="cat-item"><a href="/category/education/">Éducation</a></li><li class="cat-item"><a href="/category/tribunes/">Tribunes</a></li></ul></section>'
                '<section id="wp_tag_cloud-2" class="widget wp_widget_tag_cloud"><h2 class="widget-title">Étiquettes</h2><div class="tagcloud"><a href="/tag/marche/" class="tag-cloud-link" style="font-size: 14pt;">marché</a> <a href="/tag/ecole/" class="tag-cloud-link" style="font-size: 8pt;">école</a> <a href="/tag/patrimoine/" class="tag-cloud-link" style="font-size: 11pt;">patrimoine</a> <a href="/tag/commerce/" class="tag-cloud-link" style="font-size: 8pt;">commerce</a></div></section>'
                '<section id="eu_cookie_law_widget-2" class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form><input type="submit" value="Fermer et accepter" class="accept"></form>%s <br>Pour en savoir davantage, y compris sur la façon de contrôler les cookies, reportez-vous à ce qui suit : <a href="https://automattic.com/cookies/">Politique relative aux cookies</a></div></section></aside>') % E(cookie)

    def shell(title, main, head="", cls="home blog"):
        return ('<!DOCTYPE html><html lang="fr-FR" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" href="https://gmpg.org/xfn/11">'
                '<title>%s</title>%s<link rel="alternate" type="application/rss+xml" title="%s &raquo; Flux" href="%s"><meta name="generator" content="WordPress.com">'
                '<link rel="stylesheet" id="twentysixteen-style-css" href="https://s0.wp.com/wp-content/themes/pub/twentysixteen/style.css" media="all"></head>'
                '<body class="%s wp-embed-responsive hfeed highlander-enabled highlander-light"><div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>'
                '<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">Les nouvelles de notre village, par ses habitants</p></div>'
                '<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation"><div class="menu-principal-container"><ul id="menu-principal" class="primary-menu"><li><a href="/">Accueil</a></li><li><a href="/a-propos/">À propos</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/contact/">Contact</a></li></ul></div></nav></div></div></header>'
                '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div>%s</div>'
                '<footer id="colophon" class="site-footer"><div class="site-info"><span class="site-title"><a href="/" rel="home">%s</a></span><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Propulsé par WordPress.com.</a></div></footer></div></div></body></html>') % (
            E(title), head, E(name), U(h, "/feed/"), cls, E(name), main, sidebar(), E(name))

    def entry(p, single):
        t = p["t"]
        upd = t + datetime.timedelta(hours=20)
        title = ('<h1 class="entry-title">%s</h1>' % E(p["title"])) if single else ('<h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>' % (path_of(p), E(p["title"])))
        lead = ('<p><strong>%s</strong></p>' % E(p["lead"])) if p.get("lead") else ""
        body = lead + ps(p["body"]) + ("<p><em>Les tribunes publiées sur ce blog n’engagent que leurs auteurs.</em></p>" if p.get("lead") else "")
        if not single:
            body = lead + ps(p["body"][:1]) + '<p><a href="%s" class="more-link">Continuer la lecture<span class="screen-reader-text"> de « %s »</span></a></p>' % (path_of(p), E(p["title"]))
        flair = ('<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li><li class="share-x"><a class="sd-button" href="#"><span>X</span></a></li><li class="share-email"><a class="sd-button" href="#"><span>E-mail</span></a></li></ul></div></div></div>'
                 '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">J’aime ça :</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>J’aime</span></span> <span class="loading">chargement…</span></div></div>'
                 '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Articles similaires</em></h3>%s</div></div>') % "".join(
            '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">Dans &quot;%s&quot;</p></div>' % (path_of(q), E(q["title"]), dfr(q["t"]), E(q["cat"])) for q in posts if q is not p) if single else ""
        tags = ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (tg.replace("é", "e").replace("ché", "che"), E(tg)) for tg in p["tags"])
        return ('<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">'
                '<header class="entry-header">%s</header><div class="entry-content">%s%s</div>'
                '<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="https://0.gravatar.com/avatar/abc?s=49&amp;d=identicon" class="avatar avatar-49" height="49" width="49"><span class="screen-reader-text">Auteur/autrice </span> <a class="url fn n" href="/author/%s/">%s</a></span></span>'
                '<span class="posted-on"><span class="screen-reader-text">Publié le </span><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span>'
                '<span class="cat-links"><span class="screen-reader-text">Catégories </span><a href="/category/%s/" rel="category tag">%s</a></span><span class="tags-links"><span class="screen-reader-text">Étiquettes </span>%s</span></footer></article>') % (
            hid(p["slug"]) % 1000, hid(p["slug"]) % 1000, p["cat"].lower(), title, body, flair, p["user"], E(users[p["user"]]), path_of(p),
            t.isoformat(), dfr(t), upd.isoformat(), dfr(upd), p["cat"].lower().replace("é", "e").replace(" ", "-"), E(p["cat"]), tags)

    for i, p in enumerate(posts):
        path = path_of(p)
        t = p["t"]
        prev_p = posts[i - 1] if i > 0 else None
        next_p = posts[i + 1] if i + 1 < len(posts) else None
        nav = '<nav class="navigation post-navigation" aria-label="Publications"><h2 class="screen-reader-text">Navigation de l’article</h2><div class="nav-links">%s%s</div></nav>' % (
            ('<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav" aria-hidden="true">Précédent</span> <span class="screen-reader-text">Article précédent :</span> <span class="post-title">%s</span></a></div>' % (path_of(prev_p), E(prev_p["title"]))) if prev_p else "",
            ('<div class="nav-next"><a href="%s" rel="next"><span class="meta-nav" aria-hidden="true">Suivant</span> <span class="screen-reader-text">Article suivant :</span> <span class="post-title">%s</span></a></div>' % (path_of(next_p), E(next_p["title"]))) if next_p else "")
        cs = "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">a dit :</span></div><div class="comment-metadata"><a href="#comment-1"><time>%s</time></a></div></footer><div class="comment-content"><p>%s</p></div></article></li>' % (E(a), E(d), E(c)) for a, d, c in p["comments"])
        comments = '<div id="comments" class="comments-area">%s<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Laisser un commentaire</h2><form class="comment-form"><textarea name="comment"></textarea></form></div></div>' % (
            ('<h2 class="comments-title">Une réflexion sur « %s »</h2><ol class="comment-list">%s</ol>' % (E(p["title"]), cs)) if p["comments"] else "")
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="og:site_name" content="%s"><meta property="og:locale" content="fr_FR"><meta name="twitter:text:title" content="%s">') % (
            U(h, path), E(p["title"]), U(h, path), E(p["body"][0][:150]), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            (t + datetime.timedelta(hours=20)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), E(name), E(p["title"]))
        mn = [cookie] + [c for _, _, c in p["comments"]] + [q["title"] for q in posts if q is not p][:1]
        art(h, path, shell("%s – %s" % (p["title"], name), entry(p, True) + nav + comments, head, "post-template-default single single-post single-format-standard"),
            p["title"], t.strftime("%Y-%m-%d"), p["authors"], iso(t.astimezone(UTC)), must=[p["body"][1]], must_not=mn)

    def lst(path, title, sel, cls):
        hd = ('<header class="page-header"><h1 class="page-title">%s</h1></header>' % E(title)) if title else ""
        non(h, path, shell(("%s – %s" % (title, name)) if title else "%s – Les nouvelles de notre village, par ses habitants" % name, hd + "".join(entry(p, False) for p in sel), '<meta property="og:type" content="website">', cls))

    lst("/", None, posts[::-1], "home blog")
    lst("/2026/11/", "Mois : novembre 2026", posts[::-1], "archive date")
    lst("/category/vie-locale/", "Catégorie : Vie locale", posts[:1], "archive category")
    lst("/category/tribunes/", "Catégorie : Tribunes", posts[2:], "archive category")
    lst("/tag/patrimoine/", "Étiquette : patrimoine", posts[2:], "archive tag")
    lst("/author/jmbouvier/", "Auteur/autrice : Jean-Marc Bouvier", [posts[2], posts[0]], "archive author")

    def page(path, title, inner):
        non(h, path, shell("%s – %s" % (title, name), '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s</div></article>' % (E(title), inner), '<meta property="og:type" content="article">', "page-template-default page"))

    page("/a-propos/", "À propos", "<p>Le Petit Journal de Saint-Aubin est un blog bénévole tenu depuis 2015 par Jean-Marc Bouvier, ancien correspondant local, avec l’aide de quelques voisins. Nous publions aussi des tribunes d’associations et d’habitants.</p>")
    page("/agenda/", "Agenda", "<ul><li>Samedi 5 décembre : marché de Noël, salle des fêtes, 10 h – 18 h</li><li>Vendredi 11 décembre : conseil municipal, 20 h 30</li><li>Dimanche 20 décembre : concert de la chorale, église Saint-Aubin</li></ul>")
    page("/contact/", "Contact", "<p>Une info, une photo, une tribune ? Écrivez-nous avec le formulaire ci-dessous.</p><form class=\"contact-form\"><input name=\"nom\"><input name=\"email\"><textarea name=\"message\"></textarea><button>Envoyer</button></form>")
    sitemap(h, ["/"] + [path_of(p) for p in posts] + ["/a-propos/", "/agenda/", "/contact/"])


# ---------------------------------------------------------------- 9 Ghost
def ghost():
    h = host(9)
    name = "The Wharf Street Dispatch"
    cta = "This post is for paying subscribers only"
    signup = "Local news for the waterfront, delivered every Tuesday."
    authors = {"ana": "Ana Ruiz", "tom": "Tom Becker"}
    ny = -5
    posts = [
        dict(slug="harbor-commission-delays-ferry-dock-vote", title="Harbor commission delays vote on the ferry dock lease", t=datetime.datetime(2026, 11, 11, 1, 30, tzinfo=UTC), by=["ana", "tom"], tag="Harbor",
             excerpt="Commissioners want a second appraisal before they sign a 20-year deal with Bay Link.", paid=False,
             body=["The Harbor Commission put off a vote Tuesday night on a 20-year lease for the ferry dock at the foot of Wharf Street, after two commissioners said the city had not shown the rent was fair.",
                   "Bay Link Ferries, which has run the summer service to Gull Island since 2019, offered 84,000 dollars a year, rising 2 percent annually. Commissioner Rita Souza said a similar dock in Port Haven rents for nearly twice that, and asked for an independent appraisal.",
                   "Bay Link's general manager, Colin Frye, told the commission that the company had already spent 600,000 dollars on the floating pier and could not commit to next season without a long-term lease.",
                   "The commission will meet again on December 8. The appraisal is expected to cost about 7,000 dollars."]),
        dict(slug="short-term-rental-rules-wharf-street", title="What the new short-term rental rules mean for Wharf Street", t=datetime.datetime(2026, 11, 18, 14, 0, tzinfo=UTC), by=["tom"], tag="Housing",
             excerpt="A cap, a registry and a fee: what changes on January 1.", paid=True,
             body=["On January 1 the city's new short-term rental ordinance takes effect, and nowhere will it be felt more than on Wharf Street, where one in four apartments is listed on a rental site for at least part of the year.",
                   "The ordinance caps non-owner-occupied rentals at 90 nights a year, creates a public registry and charges an annual fee of 350 dollars per unit. Owners who live on the property are exempt from the cap."]),
        dict(slug="lantern-bakery-turns-50", title="The Lantern Bakery turns 50, and the line is still out the door", t=datetime.datetime(2026, 11, 24, 16, 20, tzinfo=UTC), by=["ana"], tag="People",
             excerpt="Three generations of the Medeiros family have baked the same sweet bread since 1976.", paid=False,
             body=["At 5:30 on a Saturday morning the windows of the Lantern Bakery are already fogged, and the first customers are waiting on the sidewalk for the sweet bread that has made the place a Wharf Street landmark for fifty years.",
                   "Manuel and Graça Medeiros opened the bakery in 1976 with a secondhand oven and recipes from the Azores. Their granddaughter Sofia, who runs it now, still uses her grandmother's starter, which she says has never been allowed to die.",
                   "The bakery will celebrate its anniversary on December 5 with free malasadas from 7 a.m. until they run out. Sofia expects to fry about 2,000.",
                   "Asked whether there will be a Lantern Bakery in another fifty years, she laughed. \"Ask my daughter. She's eight and she already shapes better rolls than I do.\""]),
    ]

    def shell(title, inner, head="", cls="home-template"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=abc">%s<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="%s" href="%s"></head>'
                '<body class="%s is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div>'
                '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-harbor"><a href="/tag/harbor/">Harbor</a></li><li class="nav-housing"><a href="/tag/housing/">Housing</a></li><li class="nav-membership"><a href="/membership/">Membership</a></li></ul></nav>'
                '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
                '<div class="site-content">%s</div>'
                '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>') % (
            E(title), head, E(name), U(h, "/rss/"), cls, E(name), inner, E(name))

    def card(p):
        return ('<article class="post-card post tag-%s keep-ratio"><a class="post-card-image-link" href="/%s/"><img class="post-card-image" src="/content/images/2026/11/%s.jpg" alt="%s" loading="lazy"></a>'
                '<div class="post-card-content"><a class="post-card-content-link" href="/%s/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span>%s</div><h2 class="post-card-title">%s</h2></header>'
                '<div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time><span class="post-card-meta-length">4 min read</span></footer></div></article>') % (
            p["tag"].lower(), p["slug"], p["slug"][:10], E(p["title"]), p["slug"], E(p["tag"]), '<span class="post-card-featured">Members only</span>' if p["paid"] else "", E(p["title"]), E(p["excerpt"]),
            p["t"].astimezone(datetime.timezone(datetime.timedelta(hours=ny))).strftime("%Y-%m-%d"), p["t"].astimezone(datetime.timezone(datetime.timedelta(hours=ny))).strftime("%b %-d, %Y"))

    sub_form = ('<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Wharf Street Dispatch</h2><p>%s</p><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>') % E(signup)
    for p in posts:
        path = "/%s/" % p["slug"]
        t = p["t"]
        local = t.astimezone(datetime.timezone(datetime.timedelta(hours=ny)))
        names = [authors[a] for a in p["by"]]
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade">'
                '<meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:tag" content="%s">'
                '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="%s">%s') % (
            E(p["excerpt"]), U(h, path), E(name), E(p["title"]), E(p["excerpt"]), U(h, path), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), (t + datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            E(p["tag"]), E(p["title"]), E(names[0]), E(p["tag"]),
            jl({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": name, "url": U(h, "/"), "logo": {"@type": "ImageObject", "url": U(h, "/content/images/2026/01/logo.png")}},
                "author": {"@type": "Person", "name": names[0], "url": U(h, "/author/%s/" % p["by"][0]), "sameAs": []}, "headline": p["title"], "url": U(h, path),
                "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": (t + datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "image": {"@type": "ImageObject", "url": U(h, "/content/images/2026/11/%s.jpg" % p["slug"][:10]), "width": 2000, "height": 1333},
                "keywords": p["tag"], "description": p["excerpt"], "mainEntityOfPage": U(h, path)}))
        avatars = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar" aria-label="Read more of %s"><img class="author-profile-image" src="/content/images/size/w100/2026/01/%s.jpg" alt="%s"></a></li>' % (a, E(authors[a]), a, E(authors[a])) for a in p["by"])
        name_links = ", ".join('<a href="/author/%s/">%s</a>' % (a, E(authors[a])) for a in p["by"])
        content = ps(p["body"])
        if p["paid"]:
            content += ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15212A"><h2>%s</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#15212A">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>') % cta
        more = [q for q in posts if q is not p]
        inner = ('<main id="site-main" class="site-main"><article class="article post tag-%s %s">'
                 '<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>'
                 '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>'
                 '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">%s</ul><div class="article-byline-meta"><h4 class="author-name">%s</h4>'
                 '<div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>'
                 '<figure class="article-image"><img src="/content/images/2026/11/%s.jpg" alt="%s"></figure></header>'
                 '<section class="gh-content gh-canvas">%s</section></article></main>'
                 '%s<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>%s</div></aside>') % (
            p["tag"].lower(), "tag-hash-members-only" if p["paid"] else "", p["tag"].lower(), E(p["tag"]), E(p["title"]), E(p["excerpt"]), avatars, name_links,
            local.strftime("%Y-%m-%d"), local.strftime("%b %-d, %Y"), p["slug"][:10], E(p["title"]), content, sub_form, "".join(card(q) for q in more))
        mn = [signup, more[0]["excerpt"]] + ([cta] if p["paid"] else [])
        art(h, path, shell(p["title"], inner, head, "post-template tag-" + p["tag"].lower()), p["title"], local.strftime("%Y-%m-%d"), names, iso(t),
            must=[p["body"][1]], must_not=mn)

    def lst(path, title, sel, desc, cls):
        inner = '<main id="site-main" class="site-main outer"><div class="inner posts"><header class="post-card-header"><h1>%s</h1><p>%s</p></header><div class="post-feed">%s</div></div></main>' % (E(title), E(desc), "".join(card(q) for q in sel))
        non(h, path, shell(title if path != "/" else name, inner, '<meta property="og:type" content="%s">' % ("profile" if "author" in path else "website"), cls))

    lst("/", name, posts[::-1], "Independent local news for Wharf Street and the waterfront.", "home-template")
    lst("/tag/harbor/", "Harbor", posts[:1], "Ferries, moorings and the commission.", "tag-template tag-harbor")
    lst("/tag/housing/", "Housing", posts[1:2], "Rents, rules and who gets to live here.", "tag-template tag-housing")
    lst("/author/ana/", "Ana Ruiz", [posts[2], posts[0]], "Ana has covered the waterfront since 2014. Before starting the Dispatch she was a reporter at the Port Haven Courier.", "author-template author-ana")
    lst("/author/tom/", "Tom Becker", posts[:2], "Tom writes about housing and city hall.", "author-template author-tom")
    for path, title, txt in (("/about/", "About the Dispatch", "The Wharf Street Dispatch is a reader-funded newsletter founded in 2023 by Ana Ruiz and Tom Becker. We cover one neighborhood, closely."),
                             ("/membership/", "Membership", "Free members get our Tuesday newsletter. Paid members (6 dollars a month) also get in-depth reports and support independent local journalism."),
                             ("/privacy/", "Privacy Policy", "We collect your email address to send you the newsletter and nothing else.")):
        non(h, path, shell("%s" % title, '<main id="site-main" class="site-main"><article class="article page"><header class="article-header gh-canvas"><h1 class="article-title">%s</h1></header><section class="gh-content gh-canvas"><p>%s</p></section></article></main>' % (E(title), E(txt)), '<meta property="og:type" content="website">', "page-template"))
    raw(h, "/robots.txt", "User-agent: *\nSitemap: %s\nDisallow: /ghost/\nDisallow: /p/\nDisallow: /email/\nDisallow: /r/\n" % U(h, "/sitemap.xml"))
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap></sitemapindex>' % (U(h, "/sitemap-posts.xml"), U(h, "/sitemap-pages.xml")))
    raw(h, "/sitemap-posts.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (U(h, "/%s/" % p["slug"]), (p["t"] + datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")) for p in posts))
    raw(h, "/sitemap-pages.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % U(h, p) for p in ("/about/", "/membership/", "/privacy/")))


# ---------------------------------------------------------------- 10 Medium
def medium_date(t):
    days = (NOW - t).days
    if days < 7:
        return "%d days ago" % days
    return t.strftime("%b %-d") if t.year == NOW.year else t.strftime("%b %-d, %Y")


def medium():
    h = host(10)
    name = "La Brújula"
    madrid = datetime.timezone(datetime.timedelta(hours=1))
    posts = [
        dict(slug="la-facultad-cierra-la-sala-de-estudio-24-horas", id="8f3a2c91d4e7", title="La facultad cierra la sala de estudio 24 horas por falta de presupuesto",
             sub="El decanato asegura que la medida es temporal; los estudiantes recogen firmas", t=(NOW - datetime.timedelta(days=3)).replace(hour=10, minute=5),
             by="Carmen Ortega", user="carmenortega", authors=["Carmen Ortega"], lead=None,
             body=["La sala de estudio de la planta baja, la única de la facultad abierta las 24 horas, cerrará por las noches a partir del lunes. El decanato lo anunció el miércoles en un correo a los estudiantes en el que alegaba la falta de presupuesto para pagar al vigilante nocturno.",
                   "La medida llega en plena época de exámenes y ha provocado un aluvión de quejas. La delegación de estudiantes ha reunido más de 900 firmas en dos días y pide que se mantenga abierta al menos hasta febrero.",
                   "El vicedecano de Infraestructuras, Alberto Llorente, aseguró a La Brújula que el cierre es temporal y que la facultad negocia con el rectorado una partida extraordinaria para el segundo cuatrimestre.",
                   "Mientras tanto, la biblioteca central ampliará su horario hasta las dos de la madrugada durante enero."]),
        dict(slug="asi-votaron-los-estudiantes-en-las-elecciones-al-claustro", id="41b7e0a9c3f2", title="Así votaron los estudiantes en las elecciones al claustro",
             sub="La participación subió al 23 por ciento, la más alta en una década", t=(NOW - datetime.timedelta(days=22)).replace(hour=18, minute=30),
             by="Diego Salas", user="diegosalas", authors=["Diego Salas", "Nerea Ibarra"], lead="Texto de Diego Salas y Nerea Ibarra. Gráficos: redacción.",
             body=["La participación estudiantil en las elecciones al claustro alcanzó el 23 por ciento, frente al 14 de hace cuatro años, según los datos definitivos publicados por la junta electoral.",
                   "La candidatura Facultad Abierta obtuvo siete de los doce puestos en juego, dos más que en la anterior legislatura. Su programa se centraba en ampliar los horarios de la biblioteca y en reducir el precio del comedor.",
                   "La lista independiente Prensa Libre, formada sobre todo por estudiantes de primer curso, consiguió tres representantes en su primera convocatoria. Las dos plazas restantes fueron para la asociación Ágora.",
                   "El nuevo claustro se constituirá en enero y deberá elegir a los representantes estudiantiles en la comisión de docencia."]),
        dict(slug="opinion-el-periodismo-local-no-esta-muerto", id="c09d5e1f7a38", title="El periodismo local no está muerto, está en las facultades",
             sub="Una columna sobre las prácticas y los medios de barrio", t=at("2025-10-02 09:40", 2).astimezone(UTC),
             by="Pablo Iriarte", user="pabloiriarte", authors=["Pablo Iriarte"], lead=None,
             body=["Cada año alguien vuelve a escribir la necrológica del periodismo local. Cierran cabeceras, se reducen plantillas y los pueblos se quedan sin nadie que cuente lo que pasa en el pleno.",
                   "Pero basta con pasear por esta facultad para ver otra cosa. Este curso, más de cuarenta estudiantes hacen prácticas en radios comunitarias, boletines de barrio y webs municipales, muchos de ellos sin cobrar y casi todos sin que nadie lo sepa.",
                   "No es una solución, y sería injusto presentarla así. Pero demuestra que hay gente dispuesta a contar lo pequeño si alguien le da un sitio y un mínimo de medios.",
                   "Quizá la pregunta no sea si el periodismo local sobrevivirá, sino quién está dispuesto a pagar para que lo haga."]),
    ]

    def shell(title, inner, head=""):
        return ('<!doctype html><html lang="es"><head><title>%s</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
                '<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="al:ios:app_name" content="Medium"><meta data-rh="true" property="og:site_name" content="Medium">%s'
                '<link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css"></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">'
                '<div class="l m n o p q"><div class="r s t u"><a href="/" class="v w x y"><span class="z ab ac ad">La Brújula</span></a><nav class="ae af"><a href="/noticias" class="ag ah">Noticias</a> <a href="/opinion" class="ag ah">Opinión</a> <a href="/about" class="ag ah">Sobre nosotros</a></nav>'
                '<a href="https://medium.com/m/signin" class="ai aj ak">Sign in</a><a href="https://medium.com/m/signin?operation=register" class="ai aj ak">Get started</a></div></div>'
                '%s</div></div></div></body></html>') % (E(title), head, inner)

    def card(p):
        return ('<article data-testid="post-preview" class="mn mo"><div class="mp"><a href="/%s-%s" class="mq"><h2 class="be hf mr ms">%s</h2><h3 class="be b mt mu">%s</h3></a>'
                '<div class="mv"><span class="be b mw">%s</span> · <span>%s</span></div></div></article>') % (p["slug"], p["id"], E(p["title"]), E(p["sub"]), E(p["by"]), medium_date(p["t"]))

    for p in posts:
        path = "/%s-%s" % (p["slug"], p["id"])
        t = p["t"]
        pub = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % 417
        head = ('<meta data-rh="true" name="description" content="%s"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="%s">'
                '<meta data-rh="true" name="title" content="%s | by %s | %s"><meta data-rh="true" property="og:title" content="%s"><meta data-rh="true" property="og:description" content="%s">'
                '<meta data-rh="true" property="og:url" content="%s"><meta data-rh="true" name="author" content="%s"><meta data-rh="true" property="article:author" content="https://medium.com/@%s">'
                '<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="4 min read">'
                '<link data-rh="true" rel="author" href="https://medium.com/@%s"><link data-rh="true" rel="canonical" href="%s">%s') % (
            E(p["sub"]), pub, E(p["title"]), E(p["by"]), E(name), E(p["title"]), E(p["sub"]), U(h, path), E(p["by"]), p["user"], p["user"], U(h, path),
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/resize:fit:1200/1*%s.jpeg" % p["id"]], "url": U(h, path),
                "dateCreated": pub, "datePublished": pub, "dateModified": pub, "headline": p["title"], "name": p["title"], "description": p["sub"], "identifier": p["id"],
                "author": {"@type": "Person", "name": p["by"], "url": "https://medium.com/@%s" % p["user"]}, "creator": [p["by"]],
                "publisher": {"@type": "Organization", "name": name, "url": U(h, "/"), "logo": {"@type": "ImageObject", "width": 256, "height": 256, "url": "https://miro.medium.com/v2/resize:fill:256:256/1*logo.png"}},
                "mainEntityOfPage": U(h, path), "isAccessibleForFree": True}))
        lead = ('<p id="a1b0" class="pw-post-body-paragraph nh ni gv nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe go bk" data-selectable-paragraph=""><em class="of">%s</em></p>' % E(p["lead"])) if p["lead"] else ""
        body = lead + "".join('<p id="p%d" class="pw-post-body-paragraph nh ni gv nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe go bk" data-selectable-paragraph="">%s</p>' % (k, E(x)) for k, x in enumerate(p["body"]))
        more = [q for q in posts if q is not p]
        inner = ('<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="ab cb"><div class="ci bh fz ga gb gc">'
                 '<div><h1 id="%s" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bj" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
                 '<div><h2 id="s1" class="pw-subtitle-paragraph hr gt gu be b hs ht hu hv hw hx hy hz ia ib ic id ie if ig cp dx">%s</h2>'
                 '<div class="speechify-ignore ab cp"><div class="ih ii ij ik il ab"><div><div class="ab im"><a href="https://medium.com/@%s" rel="noopener follow"><div class="l in io by ip iq"><img alt="%s" class="l ep by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*%s.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div>'
                 '<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="ir ab q"><div class="ab q is"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar it" data-testid="authorName" href="https://medium.com/@%s" rel="noopener follow">%s</a></div></div></div>'
                 '<span class="iu iv" aria-hidden="true"><span class="be b bf z dx">·</span></span><p class="be b bf z dx"><span><a class="iw ix" href="https://medium.com/m/signin">Follow</a></span></p></div></div></span></div></div>'
                 '<div class="l iy"><span class="be b bf z dx"><div class="ab cn iz ja jb"><div class="jc jd ab"><div class="be b bf z dx ab je"><span class="jf l iy">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jg ab q" data-testid="publicationName" href="/" rel="noopener follow"><p class="be b bf z jh ji jj jk jl jm jn jo bj">La Brújula</p></a></div></div></div>'
                 '<div class="h k"><span class="iu iv" aria-hidden="true"><span class="be b bf z dx">·</span></span></div></div><span class="be b bf z dx"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><div class="jp jq l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
                 '<div class="ab cp jr js jt ju jv jw jx jy jz ka kb kc kd ke kf kg"><div class="h k w fg fh q"><div class="kw l"><div class="ab q kx ky"><div class="pw-multi-vote-icon ed jf kz la lb"><span data-testid="headerClapButton">212</span></div></div></div><div><div class="bm" aria-hidden="false"><button class="af fj ah ai aj ak al lk an ao ap ex ll lm ln" aria-label="responses"><span class="pw-responses-count lj lk">9</span></button></div></div></div>'
                 '<div class="ab q"><button aria-label="Listen" data-testid="audioPlayButton"><p class="be b dy z dx">Listen</p></button> <button aria-label="Share" data-testid="headerSocialShareButton"><p class="be b dy z dx">Share</p></button></div></div></div></div></div></div>'
                 '<div class="ab cb"><div class="ci bh fz ga gb gc">%s</div></div></div></section></div></div></article>'
                 '<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ab ca"><h2 class="be b ra rb">Written by %s</h2><p class="be b">Estudiante de Periodismo. Redactor en La Brújula.</p></div>'
                 '<div class="ab"><h2 class="be b ra">More from La Brújula</h2>%s</div><div class="ab"><h2 class="be b ra">Recommended from Medium</h2><article data-testid="post-preview"><h2>How I Built a Second Brain in Notion (and Why I Quit)</h2><span>Alex Rivers</span></article></div></div></div>') % (
            p["id"][:4], E(p["title"]), E(p["sub"]), p["user"], E(p["by"]), p["id"], p["user"], E(p["by"]), medium_date(t), body, E(p["by"]), "".join(card(q) for q in more))
        local = t.astimezone(madrid)
        art(h, path, shell("%s | by %s | %s" % (p["title"], p["by"], name), inner, head), p["title"], local.strftime("%Y-%m-%d"), p["authors"],
            must=[p["body"][1]], must_not=[more[0]["sub"], "How I Built a Second Brain in Notion (and Why I Quit)"])

    def lst(path, title, sel):
        inner = '<div class="ab cb"><div class="ci bh"><h1 class="be b">%s</h1>%s</div></div>' % (E(title), "".join(card(q) for q in sel))
        non(h, path, shell("%s – %s" % (name, title) if path != "/" else "%s – Medium" % name, inner, '<meta data-rh="true" property="og:type" content="website"><meta data-rh="true" property="og:title" content="%s">' % E(name)))

    lst("/", "La Brújula", posts)
    lst("/noticias", "Noticias", posts[:2])
    lst("/opinion", "Opinión", posts[2:])
    lst("/tagged/universidad", "Universidad", posts[:2])
    non(h, "/about", shell("Sobre nosotros – %s" % name, '<div class="ab cb"><div class="ci bh"><h1>Sobre La Brújula</h1><p>La Brújula es el periódico de los estudiantes de la Facultad de Comunicación. Lo hacemos entre clases, sin cobrar y con mucho café.</p><p>Editores: Carmen Ortega, Diego Salas</p></div></div>', '<meta data-rh="true" property="og:type" content="website">'))


# ---------------------------------------------------------------- 11 Google Sites
def gsites():
    h = host(11)
    name = "Schülerzeitung Kompass"
    posts = [
        dict(slug="mensa", nav="Mensa", title="Neue Mensa: Wir haben das Essen getestet", date="2026-11-13", authors=["Lea Schubert"],
             byline="Von Lea Schubert (9b) · Veröffentlicht am 13.11.2026",
             body=["Seit den Herbstferien gibt es an unserer Schule endlich eine neue Mensa. Statt des alten Caterers kocht jetzt ein Team vom Verein Lernküche direkt vor Ort. Wir wollten wissen: Schmeckt es wirklich besser?",
                   "Eine Woche lang haben wir jeden Tag gegessen und Noten vergeben. Am besten schnitten die Linsensuppe und die Gemüselasagne ab, am schlechtesten das Fischstäbchen-Menü am Freitag, das einige von uns als „trocken wie Pappe“ beschrieben.",
                   "Ein Essen kostet 4,20 Euro, also 40 Cent mehr als vorher. Dafür gibt es jetzt jeden Tag ein vegetarisches Gericht und einen Salat, den man selbst zusammenstellen kann.",
                   "Unser Fazit: Note 2 minus. Wir bleiben dran und testen im Frühjahr noch einmal."]),
        dict(slug="klimawoche", nav="Klimawoche", title="Klimawoche: Was unsere Schule schon geschafft hat", date="2026-10-22", authors=["Jonas Weber", "Mia Kaya"],
             byline="Text: Jonas Weber und Mia Kaya (Q11) · 22.10.2026",
             body=["Vom 12. bis 16. Oktober fand an unserer Schule die erste Klimawoche statt. Jede Klasse hat ein eigenes Projekt vorgestellt, von Fahrradreparaturkursen bis zu einem Energiespar-Detektivspiel.",
                   "Die Bilanz kann sich sehen lassen: Die Heizungen werden jetzt nachts und am Wochenende heruntergeregelt, und im Altbau wurden 140 alte Leuchtstoffröhren durch LED-Lampen ersetzt. Der Hausmeister, Herr Lorenz, schätzt die Einsparung auf rund 15 Prozent.",
                   "Die Umwelt-AG hat außerdem mit der Stadt vereinbart, dass im Frühjahr 30 neue Fahrradbügel vor dem Haupteingang aufgestellt werden.",
                   "Nicht alles lief nach Plan: Der geplante Trinkbrunnen im Foyer lässt weiter auf sich warten."]),
        dict(slug="interview-frau-demir", nav="Interview", title="„Ich wollte nie Lehrerin werden“ – Interview mit Frau Demir", date="2026-11-27", authors=["Hannah Fischer"],
             byline="Interview: Hannah Fischer (10a) · 27. November 2026",
             body=["Frau Demir unterrichtet seit September Chemie und Sport an unserer Schule. Wir haben mit ihr über Umwege, Experimente und den Lehrerberuf gesprochen.",
                   "Kompass: Frau Demir, stimmt es, dass Sie eigentlich gar nicht Lehrerin werden wollten? Demir: Das stimmt. Ich habe zuerst in einem Labor für Lebensmittelanalytik gearbeitet. Erst als ich dort Praktikanten betreut habe, habe ich gemerkt, wie viel Spaß mir das Erklären macht.",
                   "Kompass: Was ist Ihr Lieblingsexperiment? Demir: Die Elefantenzahnpasta. Da gibt es jedes Mal ein Staunen, auch in der Oberstufe.",
                   "Kompass: Und was würden Sie an der Schule ändern? Demir: Mehr Zeit für Experimente und weniger Arbeitsblätter. Aber das sagen vermutlich alle Chemielehrer."]),
    ]
    navs = [("/home", "Startseite"), ("/aktuelles", "Aktuelles")] + [("/aktuelles/" + p["slug"], p["nav"]) for p in posts] + [("/redaktion", "Redaktion"), ("/archiv", "Archiv"), ("/impressum", "Impressum")]

    def shell(title, inner):
        navh = "".join('<li jsname="ibnC6b" data-nav-level="%d"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="%s" data-url="%s">%s</a></div></div></li>' % (
            2 if p.startswith("/aktuelles/") else 1, p, p, E(l)) for p, l in navs)
        return ('<!DOCTYPE html><html lang="de-DE" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><script nonce="x">var DOCS_timing={};</script><meta content="IE=edge" http-equiv="X-UA-Compatible">'
                '<meta property="og:title" content="%s"><meta property="og:type" content="website"><meta property="og:url" content="%s"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta itemprop="name" content="%s"><meta itemprop="url" content="%s"><link href="https://fonts.googleapis.com/css?family=Lato%%3A300%%2C300italic%%2C400%%2C400italic%%2C700%%2C700italic&display=swap" rel="stylesheet" nonce="x">'
                '<title>%s</title></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;">'
                '<div class="Xpil1b xgQ6eb"></div><div jsname="gEQ6Yd" class="UtePc RCETm yxgWrb" role="banner"><div class="BbxBP HP6J1d K5Zlne" jsname="WKnXKd"><div class="Ozg7sd"><span class="Lf4frc"><a class="fVCXwf" href="/home">Schülerzeitung Kompass</a></span></div>'
                '<nav class="JzO0Vc" jsname="ihoMLd" role="navigation"><ul class="jYxBte Fpy8Db" tabindex="-1">%s</ul></nav></div></div>'
                '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.sec1" class="yaqOZd LB7kq nyKByd O13XJf"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.body" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb JYTMs"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">%s</div></div></div></div></div></div></div></div></div></section></div>'
                '<div class="Xpil1b xgQ6eb"></div><div jsname="tZ8wJc" class="dZA9kd ynRLnc" data-last-updated-at-time="1764500000000" data-is-preview="false"><div role="button" class="iWs3gf Wdnjke" jscontroller="VXdfxd" jsaction="click:cOuCgd;" aria-label="Website-Aktionen" tabindex="0"></div>'
                '<div jsname="XUHiWc" class="k2Kvnf"><span>Google Sites</span><span>Missbrauch melden</span><span>Seitendetails</span><span>Seite aktualisiert</span></div></div></div></body></html>') % (
            E(title), U(h, "/"), E(title), U(h, "/"), E(title), navh, inner)

    def para(t):
        return '<p dir="ltr" class="zfr3Q CDt4Ke" style=""><span class="C9DxTc">%s</span></p>' % E(t)

    def head1(t, hid):
        return '<h1 id="h.%s" dir="ltr" class="zfr3Q duRjpb CDt4Ke" style=""><div class="GV3q8e aP9Z7e"></div><span class="C9DxTc aw5Odc">%s</span></h1>' % (hid, E(t))

    for p in posts:
        path = "/aktuelles/" + p["slug"]
        inner = head1(p["title"], p["slug"][:6]) + '<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc" style="font-style: italic;">%s</span></p>' % E(p["byline"]) + "".join(para(x) for x in p["body"])
        art(h, path, shell("%s - %s" % (name, p["nav"]), inner), p["title"], p["date"], p["authors"], must=[p["body"][1]])

    def page(path, title, inner):
        non(h, path, shell("%s - %s" % (name, title), head1(title, path.strip("/")[:5]) + inner))

    page("/home", "Startseite", para("Willkommen bei der Schülerzeitung des Gymnasiums am Weiher! Hier findet ihr unsere neuesten Artikel, Interviews und alle Ausgaben als PDF.") + "".join('<p dir="ltr" class="zfr3Q CDt4Ke"><a class="XqQF9c" href="/aktuelles/%s"><span class="C9DxTc">%s</span></a></p>' % (p["slug"], E(p["title"])) for p in posts))
    page("/aktuelles", "Aktuelles", "".join('<p dir="ltr" class="zfr3Q CDt4Ke"><a class="XqQF9c" href="/aktuelles/%s"><span class="C9DxTc">%s</span></a></p>%s' % (p["slug"], E(p["title"]), para(p["byline"])) for p in posts))
    page("/redaktion", "Redaktion", para("Chefredaktion: Mia Kaya (Q11), Jonas Weber (Q11)") + para("Redaktion: Lea Schubert, Hannah Fischer, Tim Albers, Selin Arslan") + para("Betreuende Lehrkraft: Herr Dr. Neumann") + para("Wir treffen uns jeden Mittwoch in der 7. Stunde in Raum 214."))
    page("/archiv", "Archiv", para("Ausgabe 1/2026 (März) – PDF") + para("Ausgabe 2/2026 (Juli) – PDF") + para("Ausgabe 3/2025 (Dezember) – PDF"))
    page("/impressum", "Impressum", para("Schülerzeitung Kompass, Gymnasium am Weiher, Weiherstraße 4, 90403 Nürnberg. V.i.S.d.P.: Mia Kaya. Die Schülerzeitung erscheint außerhalb der Verantwortung der Schule."))
    non(h, "/", '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/home"><title>Schülerzeitung Kompass</title></head><body><a href="/home">Schülerzeitung Kompass</a></body></html>')


# ---------------------------------------------------------------- 12 Carrd
def carrd():
    h = host(12)
    news = [("12.11.2026", "Nouvelle émission : « Les Voix du Marais »", "Chaque mercredi à 18 h, des habitantes et habitants du quartier racontent leur métier, leurs souvenirs ou leurs colères. Première émission avec les bateliers du canal."),
            ("28.10.2026", "Appel à bénévoles pour la nuit de la radio", "Le 5 décembre, nous émettons en direct toute la nuit depuis la salle Paul-Éluard. Il nous faut des bras pour la technique, l'accueil et la soupe."),
            ("03.10.2026", "Radio Clapotis passe en DAB+", "Depuis ce matin, vous pouvez nous écouter en radio numérique sur le multiplex local, en plus du 98.2 FM.")]
    items = "".join('<div id="container0%d" class="container-component style2"><div class="wrapper"><div class="inner"><p id="text1%d" class="style3">%s</p><h3 id="text2%d" class="style4">%s</h3><p id="text3%d" class="style1">%s</p></div></div></div>' % (k, k, d, k, E(t), k, E(x)) for k, (d, t, x) in enumerate(news))
    doc = ('<!DOCTYPE HTML><html lang="fr"><head><title>Radio Clapotis 98.2 FM – la radio associative du Marais</title><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">'
           '<meta name="description" content="Radio associative et participative, 98.2 FM et DAB+."><meta property="og:site_name" content="Radio Clapotis"><meta property="og:title" content="Radio Clapotis 98.2 FM"><meta property="og:type" content="website">'
           '<meta property="og:description" content="Radio associative et participative, 98.2 FM et DAB+."><meta property="og:url" content="%s"><link rel="canonical" href="%s"><style>html,body{margin:0}</style></head>'
           '<body class="is-loading"><div id="wrapper"><div id="main"><div class="inner">'
           '<section id="home-section" class="active"><h1 id="text01" class="style2">Radio Clapotis</h1><p id="text02" class="style1">98.2 FM · DAB+ · en ligne</p><ul id="buttons01" class="style1 buttons"><li><a href="#direct" class="button n01">Écouter le direct</a></li><li><a href="#actus" class="button n02">Actus</a></li><li><a href="#don" class="button n03">Faire un don</a></li></ul></section>'
           '<section id="actus-section"><h2 id="text04" class="style2">Actus</h2>%s</section>'
           '<section id="grille-section"><h2 id="text05" class="style2">La grille</h2><p class="style1">Lundi–vendredi 7 h : Le Réveil Clapotis<br>Mercredi 18 h : Les Voix du Marais<br>Samedi 10 h : Le Marché des Ondes</p></section>'
           '<section id="don-section"><h2 class="style2">Soutenez-nous</h2><p class="style1">Radio Clapotis vit grâce à ses 140 adhérents. Un don de 20 € vous revient à 6,80 € après réduction d\'impôt.</p><ul class="buttons"><li><a href="https://www.helloasso.com/associations/radio-clapotis" class="button">Faire un don sur HelloAsso</a></li></ul></section>'
           '<section id="contact-section"><h2 class="style2">Contact</h2><form id="form01" method="post"><input type="email" name="email" placeholder="Votre e-mail"><textarea name="message"></textarea><button type="submit">Envoyer</button></form><p id="text09" class="style5">© Radio Clapotis · Made with Carrd</p></section>'
           '</div></div></div><script>(function(){var on=addEventListener;})();</script></body></html>') % (U(h, "/"), U(h, "/"), items)
    non(h, "/", doc)


for f in (squarespace, wix, webflow, blogger, tumblr, weebly, jimdo, wpcom, ghost, medium, gsites, carrd):
    f()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=1)
