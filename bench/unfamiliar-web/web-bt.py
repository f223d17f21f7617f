"""Web bt: multimedia-first newsrooms and the page kinds around them. Ten
sites on 127.0.6.141-150, where video, photos, audio and charts come first
and only some pages carry a written story.

 1 BBS News - a BBC-like site: /news/articles/<id> and /news/<section>-<n>
   stories (byline as a name span plus a role span, JSON-LD author is the
   organisation, "Media caption" video block, "Related" links); /news/av/
   video pages with a two-sentence summary (not articles) and a /news/live/
   live page (LiveBlogPosting, not stored by design).
 2 CNW - a CNN-like site: .../index.html stories ("By X and Y, CNW",
   "Updated 1:15 AM EDT, Sat March 15, 2025" with the publication time
   only in the meta), a video-led story with the full text under the player
   (an article), a "-digvid" video page with a caption only and a
   live-news page (not articles).
 3 Fieldnote - a photo agency: photo essays with long text ("Text by X ·
   Photographs by Y" - only the writer is an author), picture galleries
   whose captions add up to a story's length but are not one.
 4 Longwave Audio - a podcast network: episode pages (player, show notes,
   chapters, credits - not articles) and transcripts published as stories.
 5 Ledger Graphics - a data desk: interactive pages that are charts, labels
   and one paragraph (not articles, though they carry NewsArticle markup)
   and explainers with charts and long text (articles).
 6 KBRZ 9 - a Gray-TV-like station: "Published: Mar. 14, 2025 at 9:42 PM
   UTC", "By KBRZ Staff", Watch Live, schedule, weather and video-clip
   pages (not articles).
 7 Deutschlandklang - a Deutschlandfunk-like radio: kicker and headline in
   one h1, "Beitrag hören" player, the transcript as the text, an
   interview credited "X im Gespräch mit Y", an audio-only page, the
   programme schedule.
 8 TPE Noticias - an RTVE-like Spanish TV portal: video first, bullets,
   "14.03.2025 | 11:20 horas", a Telediario video page and a "directo".
 9 Portal Cruzeiro - a g1-like Brazilian TV portal: "Por X, Cruzeiro SP",
   "14/03/2025 10h25 Atualizado há 2 dias", "Leia também" and video boxes
   inside the text, a programme-only credit, "Assista ao vivo" page.
10 Newsline Daily - a WordPress news site with AMP web stories (amp-story
   pages with Article JSON-LD, not articles) beside its regular stories.
Live blogs (BBS, CNW, TPE) are non-articles by design.

Truth: 29 articles, 104 non-articles, no syndicated copies. Crawled with
/tmp/nr-base: 29/29 titles and dates, 26 authors (the second of two BBC-like
contributor spans dropped, the "TPE.es" desk credit dropped, the g1-like
", Cruzeiro SP" desk suffix taken as a second author), 5 non-articles stored
(both data-desk interactives, both AMP web stories, the TV schedule page),
3 bodies holding the g1-like "VÍDEOS: mais assistidos" box.
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18144
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def ps(paras, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in paras)


class Site:
    def __init__(self, n):
        self.host = "127.0.6.%d" % (140 + n)

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        # an extensionless path is a directory's index.html (the server
        # redirects /x to /x/)
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        write(OUT, self.host, path, doc)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        self.put(path, doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        for k, v in (("instant", instant), ("must", must), ("must_not", must_not)):
            if v:
                a[k] = v
        truth["articles"].append(a)

    def non(self, path, doc):
        self.put(path, doc)
        truth["nonarticles"].append(self.url(path))

    def sitemap(self, paths, disallow="/search"):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: %s\n\nSitemap: %s\n" % (disallow, self.url("/sitemap.xml")))


def links(items, cls="", tag="li"):
    c = ' class="%s"' % cls if cls else ""
    return "".join('<%s%s><a href="%s">%s</a></%s>' % (tag, c, p, E(t), tag) for p, t in items)


# ------------------------------------------------------------ 1 BBS News (BBC-like)
def bbs():
    s = Site(1)
    A = [("/news/articles/c5y8k2m1d9qo", "Harbour town votes to cap holiday lets at one in five homes",
          "2025-03-14T07:12:05.000Z", "14 March 2025", [("Laura Pengelly", "BBC News, Cornwall")], ("england/cornwall", "Cornwall"), [
          "Councillors in the Cornish harbour town of Porthmellin have voted to limit holiday lets to one in every five homes, in what campaigners say is the first cap of its kind in England.",
          "The town council's neighbourhood plan, approved by residents in a referendum last year, now gives planners the power to refuse new short-term lets once the limit is reached in any street.",
          "Figures presented to the meeting showed that almost a third of the houses in the old town are now second homes or holiday lets, and the primary school has lost a class in five years.",
          "Mayor Jenna Tregear said families who had lived in the town for generations could no longer find a place to rent. \"This is not about stopping tourism, it is about keeping a town here for the tourists to visit,\" she said.",
          "Holiday let owners have warned that the policy could be challenged in the courts, arguing it will push up prices for the homes that remain."]),
         ("/news/business-68497031", "Bakery chain to close 40 shops as costs bite",
          "2025-03-12T11:40:00.000Z", "12 March 2025", [("Marc Ashdown", "Business reporter"), ("Priya Kapoor", "Business reporter")], ("business", "Business"), [
          "The bakery chain Crust & Co is to close 40 of its 310 shops by the summer, putting about 400 jobs at risk, after higher wage and energy bills pushed it to a loss.",
          "The company said most of the shops affected were in town centres where footfall had not recovered since the pandemic, and that staff would be offered roles in nearby branches where possible.",
          "Chief executive Helen Marsh said rises in employer national insurance contributions and the minimum wage had added nearly nine million pounds to its costs this year.",
          "Retail analysts said the chain had expanded too quickly into small high streets during the years of cheap borrowing and was now paying the price. Its rivals have also cut opening hours in recent months.",
          "A list of the shops that will close is expected to be published next week after talks with staff representatives."]),
         ("/news/uk-england-devon-68501122", "Seal pup released back into the sea after three months in care",
          "2025-03-13T16:05:00.000Z", "13 March 2025", [("Tom Hext", "BBC News, Devon")], ("england/devon", "Devon"), [
          "A grey seal pup found starving on a beach near Ilfracombe has been returned to the sea after three months at a rescue centre.",
          "The pup, nicknamed Pebble by volunteers, weighed just eleven kilograms when she was found in December, less than half of what a healthy pup of her age should weigh.",
          "Staff at the Combe Marine Sanctuary fed her a diet of fish soup and then whole herring until she had more than tripled her weight and learned to catch live fish in the centre's pool.",
          "Hospital manager Sian Rowe said she had been one of more than sixty pups brought in after the winter storms. \"Watching her swim off without looking back is the best part of the job,\" she said.",
          "The charity asked people who find seal pups alone on beaches to keep their dogs away and call its hotline rather than trying to move the animals."])]
    AV = [("/news/av/uk-england-cornwall-68502210", "Watch: Waves crash over harbour wall as gales hit Cornwall", "2025-03-14T09:30:00.000Z", "14 March 2025",
           "Huge waves have crashed over the harbour wall at Porthmellin as strong winds swept across the south-west of England. The Met Office had issued a yellow warning for wind covering the whole of Cornwall until midnight.", "england/cornwall"),
          ("/news/av/business-68498812", "Bakery boss: 'We could not make the numbers work'", "2025-03-12T13:10:00.000Z", "12 March 2025",
           "The chief executive of Crust & Co has told the BBC that the company had no choice but to close dozens of shops. Helen Marsh said staff would be offered jobs in other branches.", "business")]
    live = "/news/live/c78xgd9n4z7t"
    nav = [("/news", "Home"), ("/news/england", "England"), ("/news/business", "Business"), ("/news/av/10462520", "Video")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="BBS News">%s</head>'
                '<body><div id="__next"><header data-testid="header-content"><a href="/" aria-label="BBS Homepage" class="sc-logo">BBS</a>'
                '<nav data-testid="navigation" aria-label="BBS"><ul>%s</ul></nav></header><div id="main-content" data-testid="main-content">%s</div>'
                '<footer data-testid="footer"><ul><li><a href="/usingthebbs/terms">Terms of Use</a></li><li><a href="/aboutthebbs">About the BBS</a></li>'
                '<li><a href="/contact">Contact the BBS</a></li></ul><p>Copyright 2025 BBS. The BBS is not responsible for the content of external sites.</p></footer></div></body></html>') % (
            E(title), head, links(nav), main)

    def related(exclude):
        r = [(p, t) for p, t, *_ in A if p != exclude][:2]
        return ('<section data-component="links-block"><h2>Related</h2><ul>%s</ul></section>' % links(r), r[0][1])

    for i, (path, title, iso, shown, by, (sec, secname), paras) in enumerate(A):
        rel, reltitle = related(path)
        video = ""
        if i == 2:
            video = ('<div data-component="video-block"><figure><div class="sc-media-player" data-testid="media-player"><button>Play</button><span>Duration 1:42</span></div>'
                     '<figcaption><span class="visually-hidden">Media caption, </span>Watch: Pebble the seal pup returns to the sea</figcaption></figure></div>')
        bl = "".join('<div class="sc-contributor"><span data-testid="byline-new-contributors-name">%s</span><span class="sc-role">%s</span></div>' % (E(n), E(r)) for n, r in by)
        body = "".join('<div data-component="text-block"><p class="sc-eb7bd5f6-0">%s</p></div>' % ("<b>%s</b>" % E(p) if j == 0 else E(p)) for j, p in enumerate(paras))
        main = ('<article><header data-component="headline-block"><h1 id="main-heading" type="normal" tabindex="-1" class="sc-518485e5-0">%s</h1></header>'
                '<div data-component="byline-block"><div class="sc-byline"><time data-testid="timestamp" datetime="%s">%s</time>'
                '<div data-testid="byline-new-contributors">%s</div></div></div>%s%s'
                '<div data-component="tags"><a href="/news/%s">%s</a></div></article>%s') % (
            E(title), iso, shown, bl, video, body, sec, secname, rel)
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta name="description" content="%s">%s') % (s.url(path), E(title), E(paras[0]), jl({
                    "@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": s.url(path), "headline": title,
                    "datePublished": iso, "dateModified": iso, "publisher": {"@type": "NewsMediaOrganization", "name": "BBS News"},
                    "author": {"@type": "NewsMediaOrganization", "name": "BBS News", "noBylinesPolicy": "https://www.bbs.example/news/help"}}))
        s.art(path, shell("%s - BBS News" % title, main, head), title, iso[:10], [n for n, _ in by], instant=iso[:16],
              must=[paras[1], paras[-1]], must_not=[reltitle, "Copyright 2025 BBS"])
    for path, title, iso, shown, summary, sec in AV:
        main = ('<article><div data-component="video-block"><div class="sc-media-player" data-testid="media-player"><button>Play</button><span>Duration 0:48</span></div></div>'
                '<header data-component="headline-block"><h1 id="main-heading" class="sc-518485e5-0">%s</h1></header>'
                '<div data-component="byline-block"><time data-testid="timestamp" datetime="%s">%s</time></div>'
                '<div data-component="text-block"><p>%s</p></div></article>'
                '<section data-component="links-block"><h2>More videos</h2><ul>%s</ul></section>') % (
            E(title), iso, shown, E(summary), links([(p, t) for p, t, *_ in AV] + [(A[0][0], A[0][1])]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(title), jl({
            "@context": "http://schema.org", "@type": "VideoObject", "name": title, "description": summary, "uploadDate": iso,
            "thumbnailUrl": s.url("/images/%s.jpg" % path.rsplit("-", 1)[-1]), "duration": "PT48S"}))
        s.non(path, shell("%s - BBS News" % title, main, head))
    posts = [("11:42", "Trains between Exeter and Plymouth suspended", "Network Rail says the line at Dawlish will stay closed until at least the evening because of waves breaking over the sea wall. Replacement buses are running but passengers are told to expect long delays."),
             ("11:05", "Flood warnings in force for four rivers", "The Environment Agency has issued flood warnings for the rivers Camel, Fowey, Tamar and Exe, meaning flooding of homes and roads is expected. Residents are being urged to move valuables upstairs."),
             ("10:31", "Schools closed in north Cornwall", "Cornwall Council says eleven schools have closed for the day after power cuts and fallen trees blocked roads. Parents should check the council website for updates."),
             ("09:58", "What we know so far", "Gusts of more than 70mph were recorded at Berry Head overnight. Thousands of homes are without power and several main roads are blocked by trees and debris.")]
    pb = "".join('<article class="lx-post"><header><time>%s</time><h3>%s</h3></header><p>%s</p></article>' % (t, E(h), E(b)) for t, h, b in posts)
    s.non(live, shell("Live: Gales and flooding across south-west England - BBS News",
          '<div class="lx-header"><span class="live-badge">LIVE</span><h1 id="main-heading">Gales and flooding across south-west England</h1>'
          '<div class="lx-summary"><h2>Summary</h2><ul><li>Rail line at Dawlish closed</li><li>Eleven schools shut</li><li>Flood warnings for four rivers</li></ul></div>'
          '<p class="lx-contributors">Edited by Sarah Brewer</p></div><div class="lx-stream">%s</div><ul>%s</ul>' % (pb, links([(A[0][0], A[0][1]), (AV[0][0], AV[0][1])])),
          jl({"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": "Gales and flooding across south-west England", "coverageStartTime": "2025-03-14T06:00:00Z", "coverageEndTime": "2025-03-14T18:00:00Z"})))
    promo = links([(A[0][0], A[0][1]), (A[1][0], A[1][1]), (A[2][0], A[2][1]), (AV[0][0], AV[0][1]), (live, "Live: Gales and flooding across south-west England")], "sc-promo")
    s.non("/", shell("BBS - Home", '<h1 class="visually-hidden">BBS Homepage</h1><section><h2><a href="/news">News</a></h2><ul>%s</ul></section>' % promo))
    s.non("/news", shell("Home - BBS News", '<h1 class="visually-hidden">BBS News Home</h1><section><h2>Top stories</h2><ul>%s</ul></section>' % promo))
    s.non("/news/england", shell("England - BBS News", '<h1>England</h1><ul>%s</ul><p><a href="/news/england/cornwall">Cornwall</a> <a href="/news/england/devon">Devon</a></p>' % links([(A[0][0], A[0][1]), (A[2][0], A[2][1])])))
    s.non("/news/england/cornwall", shell("Cornwall - BBS News", '<h1>Cornwall</h1><ul>%s</ul>' % links([(A[0][0], A[0][1]), (AV[0][0], AV[0][1]), (live, "Live: gales and flooding")])))
    s.non("/news/england/devon", shell("Devon - BBS News", '<h1>Devon</h1><ul>%s</ul>' % links([(A[2][0], A[2][1]), (live, "Live: gales and flooding")])))
    s.non("/news/business", shell("Business - BBS News", '<h1>Business</h1><ul>%s</ul>' % links([(A[1][0], A[1][1]), (AV[1][0], AV[1][1])])))
    s.non("/news/av/10462520", shell("Video - BBS News", '<h1>Video</h1><ul>%s</ul>' % links([(p, t) for p, t, *_ in AV])))
    s.non("/aboutthebbs", shell("About the BBS", "<h1>About the BBS</h1><p>The BBS is the country's public service broadcaster, with news in more than forty languages.</p>"))
    s.non("/contact", shell("Contact the BBS", "<h1>Contact the BBS</h1><p>Send us your stories, pictures and videos, or make a complaint.</p>"))
    s.sitemap([p for p, *_ in A] + [p for p, *_ in AV] + [live])


# ------------------------------------------------------------ 2 CNW (CNN-like)
def cnw():
    s = Site(2)
    A = [("/2025/03/14/weather/mississippi-tornado-damage/index.html", "Tornadoes tear through Mississippi town, destroying dozens of homes",
          ["Rosa Delgado", "Mark Tillman"], "2025-03-14T21:30:00Z", "Updated 1:15 AM EDT, Sat March 15, 2025", "weather", True, [
          "At least two people were killed and dozens of homes were flattened when a pair of tornadoes ripped through the town of Ellisville, Mississippi, on Friday afternoon, officials said.",
          "The first twister touched down shortly before 4 p.m. local time, according to the National Weather Service, cutting a path roughly half a mile wide through a neighborhood on the east side of town.",
          "Jones County emergency manager Carla Pruitt said crews were still searching damaged homes after dark. \"We have people unaccounted for and we will keep going until we find every one of them,\" she said.",
          "Video shot by a resident shows the funnel crossing a highway as drivers stop their cars and take shelter in a ditch. Power was out for more than 20,000 customers across the county late Friday.",
          "Forecasters warned that the same storm system could bring more severe weather to Alabama and Georgia on Saturday."]),
         ("/2025/03/12/politics/senate-farm-bill-extension/index.html", "Senate passes stopgap farm bill extension after late-night deal",
          ["Elaine Porter"], "2025-03-13T03:48:00Z", "Published 11:48 PM EDT, Wed March 12, 2025", "politics", False, [
          "The Senate approved a one-year extension of the expiring farm bill late Wednesday, after negotiators settled a dispute over crop insurance subsidies that had stalled the measure for weeks.",
          "The bill passed 71 to 27 and now goes to the House, where leaders have said they expect a vote early next week. Without it, some dairy support programs would lapse at the end of the month.",
          "The deal keeps nutrition assistance funding at current levels while a broader rewrite of the law continues, a compromise that left progressive and conservative members unhappy for different reasons.",
          "Farm groups welcomed the vote but said growers needed a full five-year bill to plan their planting and borrowing. \"An extension is a patch, not a plan,\" the head of one national farmers union said."]),
         ("/2025/03/10/health/texas-measles-weekend-clinics/index.html", "Texas county opens weekend vaccination clinics as measles cases climb",
          ["Sam Whitaker"], "2025-03-10T13:02:00Z", "Published 9:02 AM EDT, Mon March 10, 2025", "health", False, [
          "Health officials in a West Texas county will open vaccination clinics every weekend this month as a measles outbreak that began in January continues to grow.",
          "The county reported eleven new cases on Sunday, bringing its total to 87, most of them in unvaccinated children. Nine people have been hospitalized, according to the state health department.",
          "The clinics, set up in school gyms and a church hall, will offer the measles, mumps and rubella vaccine at no cost and without an appointment. Staff will also check records for families unsure whether their children are up to date.",
          "Doctors in the region said they were seeing parents who had delayed vaccines during the pandemic come forward. \"The lines last weekend told us people want this,\" one pediatrician said."])]
    vid = ("/2025/03/14/weather/video/tornado-ellisville-drone-footage-digvid/", "Drone video shows path of destruction left by Ellisville tornado", "2025-03-14T23:10:00Z",
           "Drone footage captured the aftermath of a tornado that tore through Ellisville, Mississippi, on Friday.")
    live = "/weather/live-news/severe-weather-tornadoes-03-14-25/index.html"
    prof = "/profiles/rosa-delgado"

    def shell(title, main, head="", cls="layout__content"):
        return ('<!DOCTYPE html><html lang="en" data-uri="cms.cnw.example/_pages/article"><head><meta charset="utf-8"><title>%s</title>%s</head>'
                '<body class="layout layout-with-rail"><header class="header" data-editable="header"><a class="brand-logo" href="/">CNW</a>'
                '<nav class="header__nav"><a href="/us">US</a><a href="/politics">Politics</a><a href="/health">Health</a><a href="/weather">Weather</a><a href="/videos">Video</a></nav></header>'
                '<section class="%s">%s</section><footer class="footer"><a href="/about">About CNW</a> <a href="/newsletters">Newsletters</a> '
                '<p>&copy; 2025 Cable News Worldwide. All Rights Reserved.</p></footer></body></html>') % (E(title), head, cls, main)

    for i, (path, title, au, iso, stamp, sec, video, paras) in enumerate(A):
        names = " and ".join('<span class="byline__name">%s</span>' % (('<a href="%s">%s</a>' % (prof, E(n))) if n == "Rosa Delgado" else E(n)) for n in au)
        top = ('<div class="image__lede article__lede-wrapper"><div class="video-resource" data-video-id="weather/2025/03/14/tornado-ellisville"><div class="video-resource__image"></div>'
               '<div class="video-resource__details"><h3 class="video-resource__headline">Video shows tornado crossing highway in Mississippi</h3><span class="video-resource__duration">01:12</span>'
               '<div class="video-resource__source">Source: CNW</div></div></div></div>') if video else ""
        other = A[(i + 1) % 3]
        rel = ('<div class="related-content related-content--article"><span class="related-content__label">Related article</span>'
               '<a href="%s"><span class="related-content__headline">%s</span></a></div>') % (other[0], E(other[1]))
        body = "".join(('<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph">%s</p>' % E(p)) + (rel if j == 1 else "") for j, p in enumerate(paras))
        if i == 0:
            body = ('<p class="paragraph inline-placeholder vossi-paragraph"><cite class="source__cite"><span class="source__location">Ellisville, Mississippi</span><span class="source__text">CNW</span> &mdash; </cite>%s</p>' % E(paras[0])) + body.split("</p>", 1)[1]
        main = ('<div class="headline headline--has-lowertext"><div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">%s</h1></div>'
                '<div class="headline__footer"><div class="headline__byline-sub-text"><div class="byline byline--article" data-editable="byline"><div class="byline__names">By %s, CNW</div></div>'
                '<div class="timestamp vossi-timestamp" data-editable="settings">%s</div></div></div></div>%s'
                '<main class="article__main"><div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody">%s</div></div></main>'
                '<div class="zone zone--more"><h2 class="zone__title">More from CNW</h2><ul>%s</ul></div>') % (
            E(title), names, stamp, top, body, links([(vid[0], vid[1]), (live, "Live updates: Severe storms sweep the South")]))
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (
            s.url(path), E(title), iso, E(", ".join(au)), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                                                                 "datePublished": iso, "author": [{"@type": "Person", "name": n} for n in au]}))
        local = {0: "2025-03-14", 1: "2025-03-12", 2: "2025-03-10"}[i]
        s.art(path, shell("%s | CNW" % title, main, head), title, local, au, instant=iso[:16], must=[paras[2], paras[-1]], must_not=[other[1]])
    s.non(vid[0], shell(vid[1] + " | CNW", ('<div class="video-player-wrapper"><div class="video-resource" data-video-id="tornado-drone"><span class="video-resource__duration">00:58</span></div></div>'
          '<h1 class="video-resource__headline">%s</h1><div class="video-resource__description">%s</div><div class="timestamp">Published 7:10 PM EDT, Fri March 14, 2025</div>'
          '<h2>Related</h2><ul>%s</ul>') % (E(vid[1]), E(vid[3]), links([(A[0][0], A[0][1])])),
          '<meta property="og:type" content="video.other">%s' % jl({"@context": "https://schema.org", "@type": "VideoObject", "name": vid[1], "description": vid[3], "uploadDate": vid[2]})))
    posts = [("12:40 a.m. ET, March 15, 2025", "More than 40,000 without power in three states", "Utility trackers show outages concentrated in Mississippi and western Alabama after the storms knocked down lines and poles across a wide area."),
             ("10:15 p.m. ET, March 14, 2025", "Tornado watch extended into Alabama", "The Storm Prediction Center extended a tornado watch until 4 a.m. for parts of Alabama as the line of storms moved east overnight."),
             ("8:02 p.m. ET, March 14, 2025", "Governor declares state of emergency", "Mississippi's governor declared a state of emergency for Jones County and said National Guard troops would help with search and rescue.")]
    pb = "".join('<article class="live-story-post"><header class="live-story-post__header"><span class="timestamp">%s</span><h2 class="live-story-post__headline">%s</h2></header><p class="paragraph">%s</p>'
                 '<div class="byline">From CNW\'s Rosa Delgado</div></article>' % (t, E(h), E(b)) for t, h, b in posts)
    s.non(live, shell("March 14, 2025 - Severe storms and tornadoes | CNW", '<h1 class="headline__text">Live updates: Severe storms sweep the South</h1><div class="live-story">%s</div><ul>%s</ul>' % (
        pb, links([(A[0][0], A[0][1])])), jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Severe storms sweep the South", "coverageStartTime": "2025-03-14T20:00:00Z"})))
    every = [(p, t) for p, t, *_ in A]
    s.non("/", shell("CNW - Breaking News, Latest News and Videos", '<div class="container"><h2>Top stories</h2><ul>%s</ul><h2>Featured videos</h2><ul>%s</ul></div>' % (
        links(every + [(live, "Live updates: Severe storms sweep the South")]), links([(vid[0], vid[1])]))))
    for sec, name, items in (("us", "US", every), ("politics", "Politics", every[1:2]), ("health", "Health", every[2:]), ("weather", "Weather", every[:1] + [(live, "Live updates")]),
                             ("videos", "Videos", [(vid[0], vid[1])])):
        s.non("/" + sec, shell("%s News | CNW" % name, '<h1 class="headline__text">%s</h1><ul class="container__field-links">%s</ul>' % (name, links(items))))
    s.non(prof, shell("Rosa Delgado | CNW", '<div class="profile"><h1>Rosa Delgado</h1><p>Rosa Delgado is a national correspondent based in Atlanta.</p><ul>%s</ul></div>' % links(every[:1])))
    s.non("/about", shell("About CNW", "<h1>About CNW</h1><p>CNW is a round-the-clock news network with bureaus in forty cities.</p>"))


# ------------------------------------------------------------ 3 Fieldnote (photo agency)
def fieldnote():
    s = Site(3)
    ESS = [("/stories/2025/03/the-last-salt-farmers-of-the-marsh/", "The last salt farmers of the marsh", "March 6, 2025", "2025-03-06",
            "Text by", ["Claire Aubert"], "Photographs by", "Malik Osei", [
            "Every morning from June to September, Yann Le Goff walks out along the clay banks of his salt pans before the wind gets up. He has raked salt on this marsh for forty-one years, like his father and his grandfather before him, and he is one of only nineteen farmers still working the pans on this stretch of the Atlantic coast.",
            "The work has barely changed in a thousand years. Sea water is let in through a sluice at high tide and moves slowly through a chain of shallow basins, growing saltier as the sun and the wind evaporate it, until crystals form in the last and smallest pans.",
            "What has changed is the weather. Last summer brought six weeks of rain in July and August, and Le Goff harvested less than a third of his usual crop. Two years earlier a heatwave gave him the best season of his life. \"You can no longer plan anything,\" he says, leaning on his long wooden rake.",
            "The cooperative that buys most of the marsh's salt has started paying farmers a guaranteed minimum, and a few young people have taken over abandoned pans. But the training takes years, and the land is expensive. Le Goff's own children work in the city.",
            "In the evenings he piles the grey salt into small white mounds along the banks to drain. From a distance they look like a line of tents, and tourists stop on the dike to photograph them without knowing how much work each one holds."],
            ["Yann Le Goff rakes salt at dawn on the marsh.", "Mounds of grey salt left to drain along a bank."]),
           ("/stories/2025/02/night-shift-on-the-ice-road/", "Night shift on the ice road", "February 20, 2025", "2025-02-20",
            "Words and photographs by", ["Ines Varga"], None, None, [
            "The road appears only in January. For eight weeks each winter, a 400-kilometre track ploughed across frozen lakes and portages links a chain of remote communities to the highway, and the trucks that use it run day and night to bring in a year's worth of fuel, building materials and food.",
            "Marcel Ducharme has driven it for twenty winters. He keeps his speed under twenty-five kilometres an hour on the ice, because a truck moving faster pushes a wave under the surface that can crack it from below. At night the only lights are his headlamps and, sometimes, the green flicker of the northern lights.",
            "The season has grown shorter and less predictable. This year the ice was too thin to open the road until the last week of January, and crews spent days flooding sections with pumps to thicken it. Each lost day means more loads that must later be flown in at many times the cost.",
            "At the halfway camp, drivers sleep in trailers and eat at a long table where the talk is of ice thickness and engine trouble. \"Everybody out here has a story about going through,\" Ducharme says. \"Nobody wants to be the next one.\"",
            "By March the sun is strong enough to soften the surface, and the road closes for another year. The communities at its end will wait until next winter for their next delivery by land."],
            ["A fuel truck crosses a frozen lake after midnight.", "Drivers share supper at the halfway camp."]),
           ("/stories/2025/04/a-school-that-floats-on-the-river/", "A school that floats on the river", "April 3, 2025", "2025-04-03",
            "By", ["Tomasz Wróbel"], "Photographs by", "Achieng Otieno", [
            "When the river rises each wet season, the village school on the bank goes under water for up to four months. For years that meant four months without lessons. Now the classroom comes to the children: a converted cargo boat with solar panels on its roof and forty desks in its hold.",
            "The boat moors at three villages in turn, picking up pupils at a wooden jetty in the morning and dropping them home in the afternoon. The teacher, Grace Akinyi, who grew up in one of the villages, says attendance has doubled since the boat began its rounds two years ago.",
            "The project was started by a local charity with money from the regional government and donations from abroad. It costs about as much to run as a small bus service, mostly in fuel and maintenance, and the charity is trying to raise money for a second boat.",
            "Parents say the biggest change is for girls, who were often kept at home during the floods to help with chores once their school closed. \"Now they have somewhere to be every morning,\" one mother says.",
            "The boat also carries a small library and a nurse visits once a week. On Fridays, after lessons end, children from the three villages play football together on the one patch of dry ground big enough for a pitch."],
            ["Pupils board the school boat at a wooden jetty.", "Grace Akinyi teaches a maths lesson in the hold."])]
    GAL = [("/galleries/2025/03/week-in-pictures-march-14/", "The week in pictures: March 8-14, 2025", "March 14, 2025", "2025-03-14T17:00:00Z", [
            ("Children play in a fountain as temperatures reach a March record in Seville, Spain, on Tuesday, with thermometers in the city centre showing 31 degrees Celsius in the afternoon.", "Malik Osei"),
            ("A worker inspects solar panels at a new plant in the desert outside Ouarzazate, Morocco, which its operators say will supply electricity to more than a million homes once it is complete.", "Achieng Otieno"),
            ("Supporters wave flags outside parliament as lawmakers debate a new pension law in Bucharest, Romania, on Wednesday evening, after a week of protests by unions and students.", "Ines Varga"),
            ("A fisherman mends his nets at dawn in the harbour of Essaouira, Morocco, ahead of the sardine season, which local cooperatives expect to start two weeks early this year.", "Malik Osei"),
            ("Riders compete in a snow polo tournament on a frozen lake in St. Moritz, Switzerland, on Saturday, in front of a crowd of several thousand spectators wrapped in blankets.", "Tomasz Wróbel"),
            ("A woman carries water through a flooded street in Beira, Mozambique, after heavy rain overnight caused rivers to burst their banks in several districts of the city.", "Achieng Otieno")]),
           ("/galleries/2025/03/spring-floods-in-pictures/", "Spring floods in pictures", "March 18, 2025", "2025-03-18T12:00:00Z", [
            ("Volunteers fill sandbags in the market square of a riverside town as the water level climbs towards the top of the flood wall on Monday morning.", "Tomasz Wróbel"),
            ("A family is evacuated by boat from their home on the edge of the village after water entered the ground floor overnight and the road to the town was cut off.", "Tomasz Wróbel"),
            ("Cows stand on a patch of higher ground surrounded by flooded fields, where farmers say the winter crop will be lost if the water stays for more than a week.", "Ines Varga"),
            ("Firefighters pump water from a cellar in the old town as residents watch from an upstairs window, after the river reached its highest level in twenty years.", "Tomasz Wróbel"),
            ("The morning after the flood peak, a man clears mud from his bakery, which had reopened only last month after renovations that took most of his savings.", "Ines Varga")])]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body class="%s"><header class="site-header"><a class="wordmark" href="/">FIELDNOTE</a><nav><a href="/stories/">Stories</a> <a href="/galleries/">Galleries</a> '
                '<a href="/photographers/">Photographers</a> <a href="/licensing/">Licensing</a></nav></header><main>%s</main>'
                '<footer class="site-footer"><a href="/about/">About Fieldnote</a> <p>All images &copy; the photographers / Fieldnote. Not for reproduction without licence.</p></footer></body></html>') % (
            E(title), head, cls, main)

    def slug(n):
        return "/photographers/%s/" % n.lower().replace(" ", "-").replace("ó", "o")

    for path, title, shown, day, wlabel, writers, plabel, phot, paras, caps in ESS:
        cred = '%s %s' % (wlabel, ", ".join('<a class="credit-writer" href="%s">%s</a>' % (slug(w), E(w)) for w in writers))
        if plabel:
            cred += ' <span class="sep">&middot;</span> %s <a class="credit-photographer" href="%s">%s</a>' % (plabel, slug(phot), E(phot))
        who = phot or writers[0]
        body = ""
        for j, p in enumerate(paras):
            body += '<p class="essay-text">%s</p>' % E(p)
            if j in (0, 2):
                c = caps[j // 2]
                body += '<figure class="essay-photo"><img src="/media/%s-%d.jpg" alt="%s"><figcaption>%s <span class="photo-credit">%s/Fieldnote</span></figcaption></figure>' % (
                    path.strip("/").split("/")[-1], j, E(c), E(c), E(who))
        main = ('<article class="photo-essay"><header class="essay-hero"><img src="/media/%s-hero.jpg" alt=""><p class="essay-kicker">Photo essay</p>'
                '<h1 class="essay-title">%s</h1><p class="essay-credits">%s</p><time class="essay-date" datetime="%s">%s</time></header>'
                '<div class="essay-body">%s</div><aside class="more-stories"><h2>More stories</h2><ul>%s</ul></aside></article>') % (
            path.strip("/").split("/")[-1], E(title), cred, day, shown, body, links([(p, t) for p, t, *_ in ESS if p != path]))
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">'
                '<link rel="canonical" href="%s">') % (E(title), day, s.url(path))
        other = [t for p, t, *_ in ESS if p != path][0]
        s.art(path, shell("%s — Fieldnote" % title, main, head, "single-story"), title, day, writers, must=[paras[1], paras[-1]], must_not=[other])
    for path, title, shown, iso, items in GAL:
        figs = "".join('<figure class="gallery-item"><img src="/media/g%d.jpg" alt=""><figcaption><span class="count">%d/%d</span> %s '
                       '<span class="photo-credit">Photo: <a href="%s">%s</a>/Fieldnote</span></figcaption></figure>' % (k, k + 1, len(items), E(c), slug(ph), E(ph))
                       for k, (c, ph) in enumerate(items))
        main = ('<article class="gallery"><h1 class="gallery-title">%s</h1><p class="gallery-meta"><time datetime="%s">%s</time> &middot; Photo editor: Nadia Brennan</p>'
                '<div class="gallery-grid">%s</div><p class="gallery-foot"><a href="/licensing/">License these images</a></p></article>') % (E(title), iso, shown, figs)
        head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl({
            "@context": "https://schema.org", "@type": "ImageGallery", "name": title, "datePublished": iso,
            "associatedMedia": [{"@type": "ImageObject", "caption": c, "creator": {"@type": "Person", "name": ph}} for c, ph in items]}))
        s.non(path, shell("%s — Fieldnote" % title, main, head, "single-gallery"))
    es, gl = [(p, t) for p, t, *_ in ESS], [(p, t) for p, t, *_ in GAL]
    s.non("/", shell("Fieldnote — Independent photo agency", '<section class="hero"><h2>Latest stories</h2><ul>%s</ul></section><section><h2>Galleries</h2><ul>%s</ul></section>' % (links(es), links(gl))))
    s.non("/stories/", shell("Stories — Fieldnote", '<h1>Stories</h1><ul class="story-grid">%s</ul>' % links(es)))
    s.non("/galleries/", shell("Galleries — Fieldnote", '<h1>Galleries</h1><ul class="gallery-list">%s</ul>' % links(gl)))
    ph = ["Malik Osei", "Ines Varga", "Achieng Otieno", "Tomasz Wróbel", "Claire Aubert"]
    s.non("/photographers/", shell("Photographers — Fieldnote", '<h1>Our photographers</h1><ul>%s</ul>' % links([(slug(n), n) for n in ph])))
    for n in ph:
        mine = [(p, t) for p, t, d, dd, wl, w, pl, pp, *_ in ESS if n in w or n == pp]
        s.non(slug(n), shell("%s — Fieldnote" % n, '<div class="profile"><h1>%s</h1><p class="bio">%s is a member of the Fieldnote collective.</p><h2>Stories</h2><ul>%s</ul></div>' % (
            E(n), E(n), links(mine + gl[:1]))))
    s.non("/about/", shell("About — Fieldnote", "<h1>About Fieldnote</h1><p>Fieldnote is a photographer-owned agency founded in 2009, with members on four continents.</p><p><a href='/stories/'>Our stories</a></p>"))
    s.non("/licensing/", shell("Licensing — Fieldnote", "<h1>Licensing</h1><p>All images can be licensed for editorial use. Contact our sales desk for rates.</p><p><a href='/galleries/'>Browse galleries</a></p>"))



# ------------------------------------------------------------ 4 Longwave Audio (podcast network)
def longwave():
    s = Site(4)
    SHOWS = {"the-long-game": ("The Long Game", "Dana Whitfield"), "main-street": ("Main Street", "Omar Haddad")}
    EP = [("the-long-game", "/shows/the-long-game/episodes/212-who-keeps-the-pharmacy-open/", "212. Who keeps the pharmacy open?", "March 18, 2025", "41:07", [
            "When the only pharmacy in Alder Creek announced it would close, the town had six weeks to find a buyer. Dana talks to the pharmacist who stayed, the customers who raised the money, and an economist who explains why rural drugstores are disappearing.",
            "In this episode: how drug wholesalers set prices, why reimbursements fell, and what a co-op pharmacy looks like."],
           [("00:00", "Cold open"), ("03:12", "A sign on the door"), ("14:40", "The spreadsheet"), ("29:05", "Opening day")], "/2025/03/18/1238843211/how-a-small-town-kept-its-only-pharmacy-open"),
          ("main-street", "/shows/main-street/episodes/88-the-bus-that-never-came/", "88. The bus that never came", "April 2, 2025", "33:52", [
            "Three years ago, the county promised a bus line to connect the east side to the hospital and the community college. The money arrived. The bus did not. Omar and Lucy follow the route that exists only on paper.",
            "Plus: a listener question about why bus shelters keep getting removed."],
           [("00:00", "Intro"), ("05:30", "Route 14"), ("18:20", "Where the money went"), ("27:45", "Listener mailbag")], "/2025/04/02/1240019876/the-bus-route-that-was-funded-but-never-ran")]
    ART = [("/2025/03/18/1238843211/how-a-small-town-kept-its-only-pharmacy-open", "How a small town kept its only pharmacy open", ["Dana Whitfield"],
            "March 18, 2025", "5:00 AM ET", "2025-03-18T05:00", "the-long-game", True, [
            "DANA WHITFIELD, HOST: Last fall, a handwritten sign went up on the door of the Alder Creek Pharmacy. It said the store would close at the end of the year, and that prescriptions would be transferred to a chain store forty minutes away.",
            "KAREN VOSS: I cried when I saw it. I have a son with diabetes. Forty minutes each way, in winter, on those roads, that is not a small thing.",
            "WHITFIELD: Karen Voss has lived in Alder Creek for thirty years. She was one of about two hundred people who came to a meeting at the fire hall a week after the sign went up. The pharmacist, Tom Reyes, told them he could no longer make the numbers work.",
            "TOM REYES: The payments I get for filling a prescription kept going down, and what I pay for the drugs kept going up. Some months I was losing money on every insulin prescription I filled.",
            "WHITFIELD: So the town tried something unusual. Residents formed a cooperative, sold shares at one hundred dollars each, and raised enough money in six weeks to buy the store and keep Reyes on as its pharmacist. The co-op reopened the doors in January, and Voss was the first customer in line."]),
           ("/2025/04/02/1240019876/the-bus-route-that-was-funded-but-never-ran", "The bus route that was funded but never ran", ["Omar Haddad", "Lucy Trent"],
            "April 2, 2025", "5:00 AM ET", "2025-04-02T05:00", "main-street", True, [
            "OMAR HADDAD, HOST: On the county transit map, Route 14 is a bright green line. It starts at the east side library, passes the hospital and ends at the community college. There is just one problem: no bus has ever driven it.",
            "LUCY TRENT, HOST: The county got a state grant for the route in 2022. The press release talked about twelve new buses and service every twenty minutes. We wanted to know what happened to the money.",
            "HADDAD: It turns out the buses were bought. Four of them sit in a depot across town, because the county could not hire enough drivers to run them. The rest of the grant was moved to repaving bus stops on other routes.",
            "DENISE MORROW: I called the transit office every month for a year. Every time, they told me Route 14 was coming next spring.",
            "TRENT: Denise Morrow works nights at the hospital and pays about thirty dollars for each ride home. The county's transit director told us this week that a shortened version of Route 14 should finally start running in September, with buses every forty-five minutes."]),
           ("/2025/03/25/1239455120/rural-hospitals-are-closing-maternity-wards", "Rural hospitals are closing their maternity wards. Here is what that means for mothers", ["Lucy Trent"],
            "March 25, 2025", "6:00 AM ET", "2025-03-25T06:00", "the-long-game", False, [
            "More than a hundred rural hospitals have stopped delivering babies in the past decade, and the closures have accelerated since 2020, according to researchers who track hospital services.",
            "For expectant mothers in those areas, the nearest labor and delivery unit can now be an hour or more away. Doctors say longer journeys raise the risk of births on the road or in emergency rooms that are not set up for them.",
            "Hospitals say the units are expensive to keep open when only a few babies are born each week, because they need obstetricians, nurses and anesthesiologists on call around the clock. Many also struggle to recruit staff willing to live in small towns.",
            "Some states have responded by paying hospitals more for each delivery, or by training family doctors and midwives to handle uncomplicated births. Others have funded bus and ambulance services to bring women in from outlying counties.",
            "Listen to The Long Game episode about one town's fight to reopen its birthing center, and read our earlier reporting on the pharmacy deserts spreading across the same regions."])]

    def shell(title, main, head=""):
        return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="The Long Game" href="/feeds/the-long-game.xml"></head>'
                '<body><header id="globalheader"><a class="logo" href="/">Longwave</a><nav><a href="/shows/">Podcasts &amp; Shows</a> <a href="/sections/news/">News</a> '
                '<a href="/about/">About</a></nav><div class="player-bar"><button>Listen Live</button></div></header><main id="main">%s</main>'
                '<footer><a href="/about/">About Longwave</a> <a href="/about/terms/">Terms</a> <p>&copy; 2025 Longwave Audio</p></footer></body></html>') % (E(title), head, main)

    for show, path, title, shown, dur, notes, chaps, tr in EP:
        name, host = SHOWS[show]
        main = ('<article class="episode"><div class="episode-header"><a class="show-link" href="/shows/%s/">%s</a><h1 class="episode-title">%s</h1>'
                '<time datetime="%s">%s</time> <span class="duration">%s</span></div><div class="audio-module"><button class="audio-module-listen">Listen</button>'
                '<a class="download" href="/media/%s.mp3">Download</a> <button>Embed</button> <a href="%s">Transcript</a></div>'
                '<div class="show-notes">%s<h2>Chapters</h2><ul class="chapters">%s</ul><p class="credits">Hosted by %s. Produced by Kim Osei. Edited by Paul Archer. '
                'Engineering by Ray Dunn.</p><p>Subscribe to %s on Apple Podcasts, Spotify or wherever you get your podcasts.</p></div></article>') % (
            show, E(name), E(title), shown, shown, dur, show, tr, ps(notes), "".join("<li><span>%s</span> %s</li>" % c for c in chaps), host, E(name))
        head = jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": title, "datePublished": shown, "description": notes[0],
                   "partOfSeries": {"@type": "PodcastSeries", "name": name}, "associatedMedia": {"@type": "MediaObject", "contentUrl": s.url("/media/%s.mp3" % show)}})
        s.non(path, shell("%s : %s : Longwave" % (title, name), main, head))
    for path, title, au, shown, tm, inst, show, transcript, paras in ART:
        name = SHOWS[show][0]
        by = " and ".join('<a href="/people/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in au)
        label = '<h3 class="transcript-label">Transcript</h3>' if transcript else ""
        foot = ('<p class="disclaimer">Longwave transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future.</p>'
                if transcript else "")
        main = ('<article class="story"><div class="storytitle"><div class="slug"><a href="/shows/%s/">%s</a></div><h1>%s</h1></div>'
                '<div class="story-meta"><div id="storybyline"><p class="byline__name">By %s</p></div><div class="dateblock"><time datetime="%s-04:00">'
                '<span class="date">%s</span> &middot; <span class="time">%s</span></time></div><p class="heard-on">Heard on <a href="/shows/%s/">%s</a></p></div>'
                '<div class="audio-module"><button class="audio-module-listen">Listen &middot; %s</button><a class="download" href="/media/%s.mp3">Download</a></div>'
                '<div id="storytext" class="storytext">%s%s%s</div><aside class="more"><h2>More from %s</h2><ul>%s</ul></aside></article>') % (
            show, E(name), E(title), by, inst, shown, tm, show, E(name), "24:31", show, label, ps(paras), foot, E(name),
            links([(e[1], e[2]) for e in EP if e[0] == show]))
        head = '<meta name="date" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">' % (inst[:10], E(title))
        if not transcript:
            head += jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": inst + ":00-04:00",
                        "author": {"@type": "Person", "name": au[0]}, "publisher": {"@type": "Organization", "name": "Longwave"}})
        ep = [e[2] for e in EP if e[0] == show][0]
        s.art(path, shell("%s : Longwave" % ("Transcript: " + title if transcript else title), main, head), title, inst[:10], au,
              instant="%sT%02d:00" % (inst[:10], int(inst[11:13]) + 4),
              must=[paras[2], paras[-1]], must_not=[ep] + (["transcripts are created on a rush deadline"] if transcript else []))
    for show, (name, host) in SHOWS.items():
        eps = [(e[1], e[2]) for e in EP if e[0] == show] + [(a[0], a[1]) for a in ART if a[6] == show]
        s.non("/shows/%s/" % show, shell("%s : Longwave" % name, '<div class="podcast-header"><h1>%s</h1><p>Hosted by <a href="/people/%s/">%s</a>. New episodes every Tuesday.</p>'
              '<a href="/feeds/%s.xml">RSS</a></div><ul class="episode-list">%s</ul>' % (E(name), host.lower().replace(" ", "-"), host, show, links(eps))))
    for n in ("Dana Whitfield", "Omar Haddad", "Lucy Trent"):
        mine = [(a[0], a[1]) for a in ART if n in a[2]] + [(e[1], e[2]) for e in EP if SHOWS[e[0]][1] == n]
        s.non("/people/%s/" % n.lower().replace(" ", "-"), shell("%s : Longwave" % n, '<div class="bio"><h1>%s</h1><p>%s is a host and correspondent at Longwave.</p><ul>%s</ul></div>' % (n, n, links(mine))))
    allx = [(a[0], a[1]) for a in ART] + [(e[1], e[2]) for e in EP]
    s.non("/", shell("Longwave : Podcasts and stories worth your time", '<h2>Featured</h2><ul>%s</ul><h2>Shows</h2><ul>%s</ul>' % (
        links(allx), links([("/shows/%s/" % k, v[0]) for k, v in SHOWS.items()]))))
    s.non("/shows/", shell("Podcasts & Shows : Longwave", '<h1>Podcasts &amp; Shows</h1><ul>%s</ul>' % links([("/shows/%s/" % k, v[0]) for k, v in SHOWS.items()])))
    s.non("/sections/news/", shell("News : Longwave", '<h1>News</h1><ul>%s</ul>' % links([(a[0], a[1]) for a in ART])))
    s.non("/about/", shell("About Longwave", "<h1>About Longwave</h1><p>Longwave is a listener-supported network of narrative and news podcasts.</p><a href='/shows/'>Our shows</a>"))
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><enclosure url=\"%s\" type=\"audio/mpeg\" length=\"1\"/></item>" % (
        E(e[2]), s.url(e[1]), "Tue, 18 Mar 2025 09:00:00 GMT", s.url("/media/x.mp3")) for e in EP if e[0] == "the-long-game")
    s.put("/feeds/the-long-game.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>The Long Game</title><link>%s</link>%s</channel></rss>' % (s.url("/shows/the-long-game/"), items))


# ------------------------------------------------------------ 5 Ledger Graphics (data desk)
def svgchart(labels, values, title, unit=""):
    w = 24
    bars = "".join('<g class="bar"><rect x="%d" y="%d" width="18" height="%d"></rect><text class="value" x="%d" y="%d">%s%s</text>'
                   '<text class="label" x="%d" y="215">%s</text></g>' % (i * w + 40, 200 - v * 4, v * 4, i * w + 40, 195 - v * 4, v, unit, i * w + 40, E(l))
                   for i, (l, v) in enumerate(zip(labels, values)))
    axis = "".join('<text class="tick" x="10" y="%d">%d%s</text>' % (200 - t * 4, t, unit) for t in (0, 10, 20, 30, 40))
    return '<figure class="chart"><h3 class="chart-title">%s</h3><svg viewBox="0 0 600 230" role="img">%s%s</svg></figure>' % (E(title), axis, bars)


def ledger():
    s = Site(5)
    INT = [("/graphics/CLIMATE-HEAT/EUROPE/zgvobmxqkpd/", "Europe's hottest summer, city by city", "Published Sept. 4, 2025", "2025-09-04T08:00:00Z", ["Tom Lund", "Ana Ferreira"],
            "This summer was the hottest on record in much of southern Europe. The charts below show, for 24 cities, how many days reached 35C or more between June and August, compared with the average for 1991-2020.",
            ["Seville", "Córdoba", "Athens", "Rome", "Naples", "Madrid", "Lisbon", "Valencia", "Marseille", "Nicosia", "Palermo", "Bari", "Zagreb", "Belgrade", "Sofia", "Bucharest",
             "Budapest", "Milan", "Florence", "Toulouse", "Lyon", "Porto", "Skopje", "Tirana"],
            [38, 36, 29, 22, 19, 33, 14, 12, 17, 31, 24, 20, 11, 16, 13, 18, 12, 15, 23, 10, 9, 4, 21, 25],
            "Sources: Copernicus Climate Change Service; national weather agencies. Graphics by Tom Lund and Ana Ferreira. Editing by Kate Moore."),
           ("/graphics/ELECTION-TURNOUT/DISTRICTS/xmpjrlqnzva/", "Turnout in every district", "Published Nov. 10, 2025", "2025-11-10T06:30:00Z", ["Ana Ferreira"],
            "Turnout rose in 17 of the 20 districts compared with the last regional election, with the biggest gains in the northern valleys. Hover over a district to see its result.",
            ["North Vale", "Upper Ash", "Kerrow", "Millbank", "Dunmoor", "Eastwick", "Harlow Cross", "Penrith Moss", "Southgate", "Tarnby", "Westfold", "Brae", "Oakhurst", "Lindley",
             "Cale", "Fernside", "Marsh End", "Ridgeway", "Holm", "Stanmore"],
            [31, 29, 27, 25, 24, 24, 23, 22, 22, 21, 21, 20, 19, 19, 18, 18, 17, 16, 15, 14],
            "Source: Regional electoral commission. Figures show turnout above 40%. Graphic by Ana Ferreira. Editing by Kate Moore.")]
    EXP = [("/graphics/WATER-RESERVOIRS/SPAIN/lgpdkqwexpo/", "Why Spain's reservoirs filled up again, and why it may not last", ["Ruth Adeyemi", "Sven Holt"],
            "Published March 20, 2025 10:00 AM GMT", "2025-03-20T10:00", [
            "After two years of drought that left some reservoirs in Catalonia and Andalusia at less than a fifth of their capacity, a wet winter and spring have refilled Spain's water reserves to their highest level since 2019.",
            "The national reserve stood at 64% of capacity in the third week of March, according to government data, compared with 41% a year earlier. The recovery was sharpest in the south, where a series of Atlantic storms brought more rain in six weeks than fell in all of 2023.",
            "But hydrologists warn that full reservoirs can hide deeper problems. Groundwater levels in many aquifers, which supply farms and towns in dry months, have barely recovered, because heavy rain on parched soil tends to run off before it can soak in.",
            "Demand is also rising. Irrigated farmland has expanded by about a fifth since the early 2000s, and farmers in the Guadalquivir basin have already asked for larger allocations this summer after two years of restrictions.",
            "Regional governments are building desalination plants and water recycling schemes so that cities depend less on rainfall. Engineers say the next drought is a matter of when, not if, and that the reserves gained this spring could be spent within two dry summers."],
            (["2019", "2020", "2021", "2022", "2023", "2024", "2025"], [34, 30, 29, 22, 19, 10, 32], "Reservoir level in March, % of capacity / 2"),
            "Graphics: Tom Lund. Editing: Kate Moore."),
           ("/graphics/SHIPPING-REDSEA/ROUTES/qzjxopwekvr/", "How the Red Sea detours reshaped world shipping", ["Sven Holt"],
            "Published Feb. 11, 2025 06:00 AM GMT", "2025-02-11T06:00", [
            "More than a year after attacks on merchant ships began in the Red Sea, most container lines are still sending their vessels around the Cape of Good Hope, adding about ten days to a voyage between Asia and northern Europe.",
            "Traffic through the Suez Canal has fallen by roughly two thirds compared with 2023, costing Egypt billions of dollars in lost fees, while ports in South Africa, Mauritius and the Canary Islands have seen a surge of ships calling for fuel and supplies.",
            "The longer route has soaked up much of the extra capacity that shipping lines ordered during the pandemic boom. Without the detour, analysts say, the industry would be facing a glut of ships and falling freight rates.",
            "Shippers have adapted by holding larger stocks and booking earlier, and the spikes in freight rates seen in early 2024 have eased. Insurers still charge high premiums for vessels that risk the southern Red Sea.",
            "Even if the attacks stop, carriers say they would need several months of calm before returning to the canal, because their schedules are planned far in advance and crews must agree to sail through the area."],
            (["Jan 23", "Jul 23", "Jan 24", "Jul 24", "Jan 25"], [40, 39, 14, 12, 13], "Ships through Suez per day"),
            "Graphics: Ana Ferreira. Editing: Kate Moore.")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body><div id="svelte"><header class="graphics-header"><a href="/">Ledger</a> <a href="/graphics/">Graphics</a></header>%s'
                '<footer><a href="/graphics/about/">About Ledger Graphics</a> <p>&copy; 2025 Ledger News. All rights reserved.</p></footer></div></body></html>') % (E(title), head, main)

    def meta(title, iso, au, desc):
        return ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">%s') % (
            E(title), E(desc), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                                   "author": [{"@type": "Person", "name": n} for n in au]}))
    more = [(x[0], x[1]) for x in INT + EXP]
    for path, title, shown, iso, au, intro, labels, vals, src in INT:
        rows = "".join("<tr><td>%s</td><td>%d</td></tr>" % (E(l), v) for l, v in zip(labels, vals))
        main = ('<article class="interactive"><h1 class="headline">%s</h1><p class="byline">By %s</p><p class="published">%s</p><p class="intro">%s</p>'
                '<div class="controls"><button>Days above 35C</button><button>Anomaly</button><label>Search for a place <input type="search"></label></div>%s'
                '<table class="data-table"><thead><tr><th>Place</th><th>Value</th></tr></thead><tbody>%s</tbody></table>'
                '<p class="source">%s</p><aside><h2>More graphics</h2><ul>%s</ul></aside></article>') % (
            E(title), " and ".join(au), shown, E(intro), svgchart(labels, vals, title), rows, E(src), links([m for m in more if m[0] != path]))
        s.non(path, shell(title, main, meta(title, iso, au, intro)))
    for path, title, au, shown, inst, paras, (cl, cv, ct), cred in EXP:
        body = ""
        for j, p in enumerate(paras):
            body += '<p class="graphic-text">%s</p>' % E(p)
            if j == 1:
                body += svgchart(cl, cv, ct)
        main = ('<article class="explainer"><h1 class="headline">%s</h1><p class="byline">By %s</p><p class="published"><time datetime="%s:00Z">%s</time></p>'
                '%s<p class="credits">%s</p><aside class="more-graphics"><h2>More graphics</h2><ul>%s</ul></aside></article>') % (
            E(title), " and ".join('<a href="/authors/%s/">%s</a>' % (n.lower().replace(" ", "-"), n) for n in au), inst, shown, body, E(cred),
            links([m for m in more if m[0] != path]))
        other = [m[1] for m in more if m[0] != path][0]
        s.art(path, shell(title, main, meta(title, inst + ":00Z", au, paras[0])), title, inst[:10], au, instant=inst, must=[paras[2], paras[-1]], must_not=[other])
    s.non("/", shell("Ledger News", '<h1 class="visually-hidden">Ledger News</h1><h2><a href="/graphics/">Graphics</a></h2><ul>%s</ul>' % links(more)))
    s.non("/graphics/", shell("Graphics - Ledger", '<h1>Ledger Graphics</h1><p>Visual stories from the Ledger graphics desk.</p><ul>%s</ul>' % links(more)))
    for n in ("Ruth Adeyemi", "Sven Holt"):
        s.non("/authors/%s/" % n.lower().replace(" ", "-"), shell(n + " - Ledger", '<h1>%s</h1><ul>%s</ul>' % (n, links([(x[0], x[1]) for x in EXP if n in x[2]]))))
    s.non("/graphics/about/", shell("About Ledger Graphics", "<h1>About</h1><p>The graphics desk builds charts, maps and visual explainers. Our data and code are published on request.</p><a href='/graphics/'>All graphics</a>"))



# ------------------------------------------------------------ 6 KBRZ 9 (Gray-TV-like station)
def kbrz():
    s = Site(6)
    A = [("/2025/03/14/grass-fire-forces-evacuations-near-highway-84/", "Grass fire forces evacuations near Highway 84", ["Jordan Ellis"],
          "Published: Mar. 14, 2025 at 9:42 PM UTC", "Updated: Mar. 15, 2025 at 2:10 AM UTC", "2025-03-14T21:42", [
          "Residents of about 60 homes west of Bellmont were told to leave Friday afternoon as a grass fire pushed by strong winds spread toward Highway 84, the county fire marshal said.",
          "The fire started in a pasture off County Road 312 shortly after 2 p.m. and had burned more than 800 acres by early evening. Crews from nine volunteer departments and the Texas A&M Forest Service were on scene, with two air tankers dropping retardant along the fire's northern edge.",
          "Deputies closed Highway 84 between the Loop and FM 185 for several hours because of heavy smoke. The highway reopened just after 8 p.m., but officials asked drivers to avoid the area so crews could move equipment.",
          "An evacuation shelter was opened at the Bellmont Civic Center, where the Red Cross provided cots and meals. Fire Marshal Dale Kuykendall said no homes had been lost, though a barn and several vehicles were destroyed.",
          "Forecasters said winds would ease overnight, but the county remains under a burn ban and a red flag warning through Saturday evening."]),
         ("/2025/03/15/city-council-approves-new-fire-station-for-north-bellmont/", "City council approves new fire station for north Bellmont", ["Jordan Ellis", "Ana Ruiz"],
          "Published: Mar. 15, 2025 at 2:05 AM UTC", None, "2025-03-15T02:05", [
          "The Bellmont City Council voted unanimously Friday evening to build a new fire station on the city's north side, where response times have lagged as neighborhoods have grown.",
          "Station 9 will be built on city-owned land on Ridgeview Parkway and is expected to cost about $11 million, paid for with bonds approved by voters in 2023. Construction could begin this fall and take around eighteen months.",
          "Fire Chief Monica Alvarez told council members that crews currently take more than nine minutes on average to reach some calls in the area, well above the department's goal of six minutes.",
          "Several residents spoke in favor of the project during public comment, including a homeowner who said an ambulance took fourteen minutes to reach her father last summer. No one spoke against it.",
          "The city will hire fifteen additional firefighters over the next two budget years to staff the new station."]),
         ("/2025/03/12/bellmont-isd-adds-bus-routes-after-driver-shortage-eases/", "Bellmont ISD adds bus routes after driver shortage eases", ["KBRZ Staff"],
          "Published: Mar. 12, 2025 at 4:15 PM UTC", None, "2025-03-12T16:15", [
          "Bellmont ISD will restore four bus routes it cut at the start of the school year, after hiring enough drivers to cover them, the district announced Wednesday.",
          "The routes serve neighborhoods east of the interstate, where hundreds of families have had to drive their children to school or rely on rides from neighbors since August.",
          "The district raised starting pay for drivers to $21 an hour in January and began paying for the commercial license training that new hires need. A spokesperson said 23 drivers have been hired since then.",
          "Parents will receive updated route maps and pickup times by email this week, and the new routes start on Monday, March 17. The district said it still needs about ten more drivers to fully staff its fleet."])]
    VID = ("/video/2025/03/14/crews-battle-grass-fire-along-highway-84/", "Crews battle grass fire along Highway 84", "Published: Mar. 14, 2025 at 11:02 PM UTC",
           "KBRZ 9's Jordan Ellis has the latest from the scene.")

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="fusion-app" class="b-page">'
                '<header class="site-header"><a href="/" class="logo">KBRZ 9</a><nav class="nav-links"><a href="/news/">News</a> <a href="/weather/">Weather</a> '
                '<a href="/schedule/">Schedule</a> <a class="watch-live" href="/livestream/">Watch Live</a></nav><div class="weather-bug">72&deg; Bellmont</div></header>'
                '<div class="main-body">%s</div><footer class="site-footer"><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> '
                '<a href="/fcc-public-file/">FCC Applications</a> <p>KBRZ is a Gray Local Media station &copy; 2002-2025 Gray Television, Inc.</p></footer></div></body></html>') % (E(title), head, main)

    for i, (path, title, au, pub, upd, inst, paras) in enumerate(A):
        by = " and ".join(('<a href="/authors/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n))) if n != "KBRZ Staff" else n for n in au)
        player = ('<div class="video-player" data-video-id="a1b2"><div class="video-title">WATCH: %s</div><button>Play</button></div>' % E(VID[1])) if i == 0 else \
                 '<figure class="lead-art"><img src="/resizer/img%d.jpg" alt=""><figcaption class="caption">Photo: KBRZ</figcaption></figure>' % i
        dates = '<span class="published-date">%s</span>' % pub + ('<span class="updated-date">%s</span>' % upd if upd else "")
        main = ('<article class="default__ArticleBody"><h1 class="headline | h2 mb-5">%s</h1>%s<div class="article-meta"><span class="article-meta__author">By %s</span>'
                '<div class="article-meta__dates">%s</div></div><div class="article-body">%s<p class="body-paragraph"><i>Copyright 2025 KBRZ. All rights reserved.</i></p></div></article>'
                '<div class="related-stories"><h2>Latest News</h2><ul>%s</ul></div>') % (
            E(title), player, by, dates, ps(paras, "body-paragraph"), links([(p, t) for p, t, *_ in A if p != path] + [(VID[0], VID[1])]))
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s:00Z">%s') % (s.url(path), E(title), inst, jl({
                    "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": inst + ":00.000Z",
                    "author": [{"@type": "Person", "name": n} for n in au], "publisher": {"@type": "Organization", "name": "KBRZ"}}))
        other = [t for p, t, *_ in A if p != path][0]
        s.art(path, shell("%s" % title, main, head), title, inst[:10], au, instant=inst, must=[paras[1], paras[-1]], must_not=[other, "Gray Television, Inc."])
    s.non(VID[0], shell(VID[1], ('<div class="video-page"><div class="video-player"><button>Play</button><span class="duration">2:14</span></div><h1 class="headline">%s</h1>'
          '<span class="published-date">%s</span><p class="video-description">%s</p><h2>More Videos</h2><ul>%s</ul></div>') % (
        E(VID[1]), VID[2], E(VID[3]), links([(A[0][0], A[0][1])])), '<meta property="og:type" content="video">'))
    top = [(p, t) for p, t, *_ in A]
    s.non("/", shell("KBRZ 9 - Bellmont News, Weather and Sports", ('<a class="watch-live-banner" href="/livestream/">WATCH LIVE: KBRZ 9 News at 6</a>'
          '<section class="top-stories"><h2>Top Stories</h2><ul>%s</ul></section><section><h2>Video</h2><ul>%s</ul></section>') % (links(top), links([(VID[0], VID[1])]))))
    s.non("/news/", shell("News - KBRZ 9", '<h1>News</h1><ul>%s</ul>' % links(top)))
    sched = [("5:00 AM", "KBRZ 9 News Today"), ("7:00 AM", "CBS Mornings"), ("9:00 AM", "The Price Is Right"), ("10:00 AM", "The Young and the Restless"),
             ("11:00 AM", "KBRZ 9 News at 11"), ("11:30 AM", "The Bold and the Beautiful"), ("12:00 PM", "Let's Make a Deal"), ("3:00 PM", "Family Feud"),
             ("5:00 PM", "KBRZ 9 News at 5"), ("5:30 PM", "CBS Evening News"), ("6:00 PM", "KBRZ 9 News at 6"), ("6:30 PM", "Wheel of Fortune"),
             ("7:00 PM", "Survivor"), ("9:00 PM", "Tracker"), ("10:00 PM", "KBRZ 9 News at 10"), ("10:35 PM", "The Late Show")]
    s.non("/livestream/", shell("Watch Live - KBRZ 9", ('<div class="livestream"><h1>Watch KBRZ 9 News Live</h1><div class="video-player live"><span class="live-badge">LIVE</span><button>Play</button></div>'
          '<p>Now: KBRZ 9 News at 6. Coming up next: Wheel of Fortune.</p><h2>Upcoming newscasts</h2><ul>%s</ul><h2>Latest</h2><ul>%s</ul></div>') % (
        "".join("<li>%s %s</li>" % x for x in sched if "News" in x[1]), links(top))))
    s.non("/schedule/", shell("TV Schedule - KBRZ 9", '<h1>KBRZ 9 TV Schedule</h1><p>Friday, March 14</p><table class="schedule">%s</table><p><a href="/livestream/">Watch live</a></p>' % (
        "".join("<tr><td>%s</td><td>%s</td></tr>" % x for x in sched))))
    days = [("Tonight", "Clear and breezy, low 41. North wind 15 to 25 mph."), ("Saturday", "Sunny and dry, high 68. Red flag warning in effect."),
            ("Sunday", "Mostly sunny, high 74."), ("Monday", "Partly cloudy, high 79. Low 55."), ("Tuesday", "Chance of storms in the afternoon, high 81.")]
    s.non("/weather/", shell("First Alert Weather - KBRZ 9", '<h1>First Alert Weather</h1><div class="forecast">%s</div><p>Chief Meteorologist Brad Carlisle</p><ul>%s</ul>' % (
        "".join("<div class='day'><h3>%s</h3><p>%s</p></div>" % d for d in days), links(top[:1]))))
    s.non("/authors/jordan-ellis/", shell("Jordan Ellis - KBRZ 9", '<h1>Jordan Ellis</h1><p>Jordan Ellis joined KBRZ 9 as a reporter in 2022.</p><ul>%s</ul>' % links(top[:2])))
    s.non("/authors/ana-ruiz/", shell("Ana Ruiz - KBRZ 9", '<h1>Ana Ruiz</h1><p>Ana Ruiz covers city hall for KBRZ 9.</p><ul>%s</ul>' % links(top[1:2])))
    s.non("/about-us/", shell("About Us - KBRZ 9", "<h1>About KBRZ 9</h1><p>KBRZ 9 has served Central Texas since 1953.</p><a href='/news/'>News</a>"))
    s.non("/contact-us/", shell("Contact Us - KBRZ 9", "<h1>Contact Us</h1><p>Newsroom: news@kbrz.example, (254) 555-0199.</p><a href='/news/'>News</a>"))
    s.sitemap([p for p, *_ in A] + [VID[0], "/livestream/"])


# ------------------------------------------------------------ 7 Deutschlandklang (Deutschlandfunk-like)
def dlk():
    s = Site(7)
    A = [("/warum-waermepumpen-auch-im-altbau-funktionieren-100.html", "Wärmewende", "Warum Wärmepumpen auch im Altbau funktionieren", "Forschung aktuell",
          "Von", ["Sandra Pfister"], "2025-03-14T16:35:00+01:00", "14.03.2025", "5:48",
          "Viele Hausbesitzer glauben, eine Wärmepumpe lohne sich nur im Neubau. Eine Feldstudie zeigt: Auch in unsanierten Altbauten arbeiten die Geräte effizient.", [
          "Drei Jahre lang haben Forschende des Fraunhofer-Instituts für Solare Energiesysteme in Freiburg die Wärmepumpen in mehr als siebzig Wohnhäusern vermessen. Die meisten Gebäude sind älter als vierzig Jahre, viele wurden nie umfassend saniert.",
          "Das Ergebnis überrascht selbst die Fachleute. Im Durchschnitt erzeugten die Luftwärmepumpen aus einer Kilowattstunde Strom mehr als drei Kilowattstunden Wärme, und zwar auch in den kalten Wintermonaten, in denen die Geräte am stärksten gefordert sind.",
          "Entscheidend sei nicht das Baujahr, sagt der Projektleiter, sondern die Temperatur, mit der das Wasser durch die Heizkörper fließt. Wer einzelne kleine Heizkörper gegen größere austausche und die Anlage richtig einstelle, komme meist ohne teure Dämmung aus.",
          "Kritiker wenden ein, dass die Stromkosten in Deutschland hoch sind und sich die Investition deshalb erst nach vielen Jahren rechnet. Die Forschenden wollen ihre Messungen deshalb im nächsten Winter um einen Kostenvergleich mit Gasheizungen ergänzen."]),
         ("/hochwasserschutz-wir-brauchen-mehr-raum-fuer-die-fluesse-100.html", "Hochwasserschutz", "„Wir brauchen mehr Raum für die Flüsse“", "Informationen am Morgen",
          "Bernd Walter im Gespräch mit", ["Sarah Brandt"], "2025-03-11T07:15:00+01:00", "11.03.2025", "7:02",
          "Nach den Überschwemmungen an der Oder fordert der Hydrologe Bernd Walter, Deiche zurückzuverlegen und Auen zu renaturieren.", [
          "Sarah Brandt: Herr Walter, an der Oder steigen die Pegel wieder, viele Menschen haben Angst vor einem neuen Hochwasser. Sind die Deiche nicht hoch genug?",
          "Bernd Walter: Die Deiche sind in den letzten zwanzig Jahren an vielen Stellen erhöht und verstärkt worden. Aber höhere Deiche allein lösen das Problem nicht, sie leiten das Wasser nur schneller zum nächsten Ort flussabwärts.",
          "Sarah Brandt: Was wäre die Alternative?",
          "Bernd Walter: Wir müssen den Flüssen wieder mehr Raum geben. Wo Deiche weiter ins Hinterland verlegt werden, können sich Auen bei Hochwasser füllen und die Spitze der Welle abflachen. An der Elbe hat das bei Lenzen gut funktioniert, dort ist der Pegel bei Hochwasser um fast einen halben Meter gesunken.",
          "Sarah Brandt: Dafür braucht man aber Flächen, die heute Landwirte nutzen.",
          "Bernd Walter: Das stimmt, und deshalb muss man mit den Betrieben früh reden und sie fair entschädigen. Viele Landwirte sind bereit, Flächen abzugeben, wenn sie nicht jedes zweite Jahr ihre Ernte verlieren."]),
         ("/aerztemangel-wie-gemeinden-um-landaerzte-werben-100.html", "Ärztemangel", "Wie Gemeinden um Landärzte werben", "Deutschland heute",
          "Von", ["Anke Petermann", "Jonas Reese"], "2025-03-17T14:10:00+01:00", "17.03.2025", "4:31",
          "Immer mehr Hausarztpraxen auf dem Land finden keine Nachfolger. Gemeinden in Rheinland-Pfalz und Sachsen versuchen es mit Prämien, Wohnungen und Praxisräumen.", [
          "In der Verbandsgemeinde Kirchberg im Hunsrück hat im vergangenen Jahr die dritte Hausarztpraxis innerhalb von fünf Jahren geschlossen. Für viele ältere Menschen bedeutet das eine Fahrt von zwanzig Kilometern bis zum nächsten Arzt, und einen Bus gibt es nur zweimal am Tag.",
          "Der Bürgermeister hat deshalb ein eigenes Programm aufgelegt. Die Gemeinde hat ein leerstehendes Haus im Ortskern gekauft, zu einer Praxis umgebaut und vermietet sie günstig an junge Ärztinnen und Ärzte, die sich für mindestens fünf Jahre verpflichten.",
          "Auch in Sachsen setzen Landkreise auf Anreize. Medizinstudierende erhalten dort ein Stipendium, wenn sie nach der Facharztausbildung in einer unterversorgten Region arbeiten. Rund zweihundert junge Menschen nehmen inzwischen an dem Programm teil.",
          "Die Kassenärztlichen Vereinigungen begrüßen die Initiativen, warnen aber vor einem Wettbewerb der Gemeinden um wenige Bewerber. Langfristig helfe nur, mehr Studienplätze zu schaffen und die Arbeit in Gemeinschaftspraxen attraktiver zu machen."])]
    AUDIO = ("/oder-pegel-steigen-weiter-dlf-7b2c91d4-100.html", "Oder: Pegel steigen weiter", "Informationen am Morgen", "11.03.2025", "2025-03-11T06:50:00+01:00",
             "In Frankfurt (Oder) wird für heute Abend die höchste Alarmstufe erwartet. Ein Bericht von Anke Petermann.")
    SHOWS = {"Forschung aktuell": "/forschung-aktuell-100.html", "Informationen am Morgen": "/informationen-am-morgen-100.html", "Deutschland heute": "/deutschland-heute-100.html"}

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="b-page">'
                '<header class="b-header"><a class="b-logo" href="/" title="Deutschlandklang">Deutschlandklang</a><nav class="b-main-nav"><a href="/nachrichten-100.html">Nachrichten</a> '
                '<a href="/programm-100.html">Programm</a> <a href="/audiothek-100.html">Audiothek</a> <a href="/sendungen-a-z-100.html">Sendungen A-Z</a></nav>'
                '<div class="b-live-player"><button>Live hören</button> <span>Jetzt: Informationen am Morgen</span></div></header><main>%s</main>'
                '<footer class="b-footer"><a href="/impressum-100.html">Impressum</a> <a href="/datenschutz-100.html">Datenschutz</a><p>&copy; Deutschlandklang</p></footer></body></html>') % (E(title), head, main)

    for path, kicker, title, show, lab, au, iso, shown, dur, teaser, paras in A:
        names = " und ".join('<span class="article-header-author">%s</span>' % E(n) for n in au)
        main = ('<article class="b-article"><header class="b-article-header"><h1 class="headline"><span class="headline-kicker">%s</span><span class="headline-title">%s</span></h1>'
                '<p class="article-header-description">%s</p><div class="article-header-meta"><span class="article-header-author-label">%s</span> %s '
                '<a class="article-header-meta-show" href="%s">%s</a> | <time class="article-header-meta-date" datetime="%s">%s</time></div></header>'
                '<div class="b-audio-player"><button class="b-audio-play" aria-label="Beitrag hören">Beitrag hören</button><span class="b-audio-duration">%s Min.</span>'
                '<a class="b-audio-download" href="/audio/%s.mp3">Audio herunterladen</a></div>'
                '<section class="b-article-details">%s</section><aside class="b-article-extended"><h2>Mehr zum Thema</h2><ul>%s</ul></aside></article>') % (
            E(kicker), E(title), E(teaser), lab, names, SHOWS[show], show, iso, shown, dur, path[1:20], ps(paras, "article-details-text"),
            links([(p, "%s: %s" % (k, t)) for p, k, t, *_ in A if p != path] + [(AUDIO[0], AUDIO[1])]))
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">%s') % (
            E(title), E(teaser), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s - %s" % (kicker, title), "datePublished": iso,
                                      "author": [{"@type": "Person", "name": n} for n in au], "publisher": {"@type": "Organization", "name": "Deutschlandklang"},
                                      "audio": {"@type": "AudioObject", "contentUrl": s.url("/audio/%s.mp3" % path[1:20])}}))
        other = [t for p, k, t, *_ in A if p != path][0]
        s.art(path, shell("%s - %s" % (kicker, title), main, head), title, iso[:10], au, instant="%sT%02d:%s" % (iso[:10], int(iso[11:13]) - 1, iso[14:16]),
              must=[paras[1], paras[-1]], must_not=["Audio herunterladen", other])
    s.non(AUDIO[0], shell("%s | %s" % (AUDIO[1], AUDIO[2]), ('<div class="b-audio-page"><h1 class="headline"><span class="headline-title">%s</span></h1><p class="audio-teaser">%s</p>'
          '<div class="b-audio-player"><button>Beitrag hören</button><span>3:12 Min.</span></div><p>%s | <time datetime="%s">%s</time></p></div>') % (
        E(AUDIO[1]), E(AUDIO[5]), AUDIO[2], AUDIO[4], AUDIO[3]), jl({"@context": "https://schema.org", "@type": "AudioObject", "name": AUDIO[1], "uploadDate": AUDIO[4]})))
    for show, sp in SHOWS.items():
        mine = [(p, "%s: %s" % (k, t)) for p, k, t, sh, *_ in A if sh == show] + ([(AUDIO[0], AUDIO[1])] if show == AUDIO[2] else [])
        s.non(sp, shell("%s - Deutschlandklang" % show, '<div class="b-show"><h1>%s</h1><p>Montag bis Freitag. Die Sendung mit Reportagen, Gesprächen und Hintergründen.</p><ul>%s</ul></div>' % (show, links(mine))))
    prog = [("05:05", "Informationen am Morgen"), ("09:10", "Europa heute"), ("10:10", "Kontrovers"), ("12:10", "Informationen am Mittag"), ("14:10", "Deutschland heute"),
            ("16:35", "Forschung aktuell"), ("18:10", "Informationen am Abend"), ("19:15", "Andruck"), ("20:10", "Aus Religion und Gesellschaft"), ("21:05", "Musik-Panorama"), ("23:10", "Der Tag")]
    s.non("/programm-100.html", shell("Programm - Deutschlandklang", '<h1>Programmvorschau</h1><p>Freitag, 14. März 2025</p><ul class="b-program">%s</ul>' % "".join(
        '<li><span class="time">%s</span> <a href="%s">%s</a></li>' % (tm, SHOWS.get(n, "/sendungen-a-z-100.html"), n) for tm, n in prog)))
    every = [(p, "%s: %s" % (k, t)) for p, k, t, *_ in A]
    s.non("/sendungen-a-z-100.html", shell("Sendungen A-Z - Deutschlandklang", '<h1>Sendungen A-Z</h1><ul>%s</ul>' % links([(v, k) for k, v in SHOWS.items()])))
    s.non("/audiothek-100.html", shell("Audiothek - Deutschlandklang", '<h1>Audiothek</h1><ul>%s</ul>' % links(every + [(AUDIO[0], AUDIO[1])])))
    s.non("/nachrichten-100.html", shell("Nachrichten - Deutschlandklang", '<h1>Nachrichten</h1><ul>%s</ul>' % links(every)))
    s.non("/", shell("Deutschlandklang - Nachrichten und Hintergründe", '<div class="b-teaser-wide"><ul>%s</ul></div>' % links(every + [(AUDIO[0], AUDIO[1]), ("/programm-100.html", "Programm")])))
    s.non("/impressum-100.html", shell("Impressum - Deutschlandklang", "<h1>Impressum</h1><p>Deutschlandklang, Raderberggürtel 40, 50968 Köln.</p><a href='/'>Startseite</a>"))



# ------------------------------------------------------------ 8 TPE Noticias (RTVE-like)
def tpe():
    s = Site(8)
    A = [("/noticias/20250314/obras-linea-3-metro-sevilla-se-reanudan/16489012.shtml", "Las obras de la línea 3 del metro de Sevilla se reanudan tras dos años paradas",
          ["Lucía Moreno"], "2025-03-14T11:20:00+01:00", "14.03.2025 | 11:20 horas", "andalucia", "Andalucía",
          "Las máquinas vuelven al tramo norte de la línea 3 del metro de Sevilla", [
          "Las obras del tramo norte de la línea 3 del metro de Sevilla se han reanudado este viernes, casi dos años después de que se paralizaran por la quiebra de una de las empresas adjudicatarias.",
          "La Junta de Andalucía ha adjudicado de nuevo los trabajos a una unión de empresas que tendrá que excavar cerca de siete kilómetros de túnel entre Pino Montano y el Prado de San Sebastián, con diez estaciones.",
          "El consejero de Fomento ha asegurado durante una visita a las obras que el tramo estará terminado en 2030 y que el Gobierno central aportará la mitad de los más de mil millones de euros que cuesta el proyecto.",
          "Los vecinos de los barrios del norte, que llevan más de quince años esperando el metro, han recibido la noticia con cautela. La asociación vecinal de Pino Montano recuerda que ya se han anunciado varias fechas que luego no se cumplieron."]),
         ("/noticias/20250312/aemet-aviso-naranja-lluvias-litoral-valencia/16486543.shtml", "La AEMET activa el aviso naranja por lluvias intensas en el litoral de Valencia",
          ["TPE.es"], "2025-03-12T08:05:00+01:00", "12.03.2025 | 08:05 horas", "espana", "España",
          "Aviso naranja en Valencia por lluvias de hasta 90 litros", [
          "La Agencia Estatal de Meteorología ha activado este miércoles el aviso naranja por lluvias intensas en el litoral norte y sur de Valencia, donde se esperan acumulados de hasta noventa litros por metro cuadrado en doce horas.",
          "Las precipitaciones irán acompañadas de tormentas y podrán ser localmente muy fuertes a partir del mediodía. La Generalitat ha recomendado evitar los desplazamientos innecesarios y no cruzar barrancos ni zonas inundables.",
          "Varios municipios de la Ribera y la Safor han suspendido las clases presenciales y las actividades al aire libre. Los servicios de emergencia mantienen activada la situación de preemergencia en toda la provincia.",
          "Según las previsiones, las lluvias perderán intensidad el jueves por la tarde, aunque el tiempo seguirá inestable hasta el fin de semana en buena parte del este peninsular."]),
         ("/noticias/20250310/gobierno-aprueba-limitar-alquileres-de-temporada/16482210.shtml", "El Gobierno aprueba limitar los alquileres de temporada en las zonas tensionadas",
          ["Álvaro Sanz", "Clara Gil"], "2025-03-10T14:45:00+01:00", "10.03.2025 | 14:45 horas", "economia", "Economía",
          "El Consejo de Ministros aprueba el proyecto de ley sobre alquileres de temporada", [
          "El Consejo de Ministros ha aprobado este lunes un proyecto de ley que limitará los contratos de alquiler de temporada en las zonas declaradas tensionadas, una fórmula que, según el Ejecutivo, se usa para esquivar los topes de la ley de vivienda.",
          "La norma obligará a los propietarios a justificar el motivo temporal del contrato, como un traslado laboral o unos estudios, y establece que, si no se acredita, el arrendamiento se considerará de vivienda habitual con todas sus garantías.",
          "La ministra de Vivienda ha explicado que los alquileres de temporada se han multiplicado por tres en algunas ciudades desde 2023, mientras que la oferta de alquiler tradicional ha caído en la misma proporción.",
          "Las asociaciones de propietarios han criticado la medida y advierten de que reducirá todavía más la oferta de pisos, mientras que los sindicatos de inquilinos la consideran insuficiente. El texto deberá pasar ahora por el Congreso."])]
    VP = ("/play/videos/telediario-1/telediario-15-horas-14-03-25/16489100/", "Telediario - 15 horas - 14/03/25",
          "Reanudación de las obras del metro de Sevilla, aviso por lluvias en el este peninsular y el resto de la actualidad nacional e internacional.")
    LIVE = "/noticias/directo/lluvias-valencia-aviso-naranja-ultima-hora/16486600.shtml"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="noticias">'
                '<header id="cabecera"><a class="logo" href="/">TPE</a><nav class="menuNoticias"><a href="/noticias/">Noticias</a> <a href="/noticias/espana/">España</a> '
                '<a href="/noticias/economia/">Economía</a> <a href="/noticias/andalucia/">Andalucía</a> <a href="/play/">TPE Play</a> <a href="/television/programacion/">Programación</a></nav>'
                '<a class="directo" href="/play/directo/canal-24h/">24h en directo</a></header><div id="contenido">%s</div>'
                '<footer id="pie"><a href="/corporacion/">Corporación TPE</a> <a href="/contacto/">Contacto</a> <p>&copy; Televisión Pública Española 2025</p></footer></body></html>') % (E(title), head, main)

    def autor(n):
        return "/noticias/autores/%s/" % n.lower().replace(" ", "-").replace("í", "i").replace("á", "a").replace("Á", "a")
    for i, (path, title, au, iso, shown, sec, secname, vtitle, paras) in enumerate(A):
        by = " y ".join(E(n) if n == "TPE.es" else '<a href="%s">%s</a>' % (autor(n), E(n)) for n in au)
        rel = A[(i + 1) % 3]
        body = ps(paras[:2]) + ('<div class="relacionados"><span class="tit">Relacionado</span><ul>%s</ul></div>' % links([(rel[0], rel[1])])) + ps(paras[2:])
        main = ('<div class="mainvideo"><div class="videoBox" data-idasset="%s"><span class="ico play">Reproducir vídeo</span><span class="duration">02:11</span></div>'
                '<p class="txtVideo">%s</p></div><div class="artHeader"><span class="section"><a href="/noticias/%s/">%s</a></span><h1 class="h1">%s</h1>'
                '<div class="summary"><ul><li>%s</li></ul></div></div>'
                '<div class="pubBy"><span class="autor"><strong>%s</strong></span><span class="pubBox"><time datetime="%s">%s</time></span></div>'
                '<div class="artBody">%s</div><div class="tags"><a href="/noticias/%s/">%s</a></div>') % (
            path.rsplit("/", 1)[1][:8], E(vtitle), sec, secname, E(title), E(paras[0][:90].rsplit(" ", 1)[0] + "..."), by, iso, shown, body, sec, secname)
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s') % (
            s.url(path), E(title), jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                                        "author": [{"@type": "Person" if n != "TPE.es" else "Organization", "name": n} for n in au],
                                        "video": {"@type": "VideoObject", "name": vtitle, "uploadDate": iso}}))
        s.art(path, shell("%s" % title, main, head), title, iso[:10], au, instant="%sT%02d:%s" % (iso[:10], int(iso[11:13]) - 1, iso[14:16]),
              must=[paras[1], paras[-1]], must_not=[rel[1]])
    every = [(p, t) for p, t, *_ in A]
    s.non(VP[0], shell(VP[1] + " - TPE Play", ('<div class="playerBox"><div class="videoBox"><span>Reproducir</span><span class="duration">55:12</span></div></div>'
          '<h1 class="titPlay">%s</h1><p class="descripcion">%s</p><p class="fechaEmision">Emitido el 14/03/2025</p><div class="sumario"><h2>Sumario</h2><ul>%s</ul></div>') % (
        E(VP[1]), E(VP[2]), links(every[:2])), jl({"@context": "http://schema.org", "@type": "VideoObject", "name": VP[1], "description": VP[2], "uploadDate": "2025-03-14T15:00:00+01:00"})))
    entries = [("13:40", "Desalojadas doce viviendas en Gandia por la crecida del río Serpis."), ("12:55", "Cortada la CV-50 en Tavernes de la Valldigna por una balsa de agua."),
               ("12:10", "La AEMET eleva a 90 litros el acumulado previsto en la Safor para las próximas horas."), ("11:30", "Suspendidas las clases en once municipios de la Ribera Alta.")]
    s.non(LIVE, shell("Lluvias en Valencia, última hora en directo", '<div class="directo"><span class="live">EN DIRECTO</span><h1 class="h1">Lluvias en Valencia, última hora: aviso naranja en el litoral</h1>%s<ul>%s</ul></div>' % (
        "".join('<div class="entrada"><time>%s</time><p>%s</p></div>' % e for e in entries), links(every[1:2])),
        jl({"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": "Lluvias en Valencia, última hora", "coverageStartTime": "2025-03-12T08:00:00+01:00"})))
    s.non("/", shell("TPE - Televisión Pública Española", '<section class="portada"><h2>Noticias</h2><ul>%s</ul><h2>Vídeos</h2><ul>%s</ul></section>' % (
        links(every + [(LIVE, "Directo: lluvias en Valencia")]), links([(VP[0], VP[1])]))))
    s.non("/noticias/", shell("Noticias - TPE", '<h1>Últimas noticias</h1><ul>%s</ul>' % links(every + [(LIVE, "Directo: lluvias en Valencia")])))
    for sec, name, items in (("andalucia", "Andalucía", every[:1]), ("espana", "España", every[1:2]), ("economia", "Economía", every[2:])):
        s.non("/noticias/%s/" % sec, shell("%s - Noticias TPE" % name, '<h1>%s</h1><ul>%s</ul>' % (name, links(items))))
    for n in ("Lucía Moreno", "Álvaro Sanz", "Clara Gil"):
        s.non(autor(n), shell("%s - TPE" % n, '<h1>%s</h1><p>Periodista de los Servicios Informativos de TPE.</p><ul>%s</ul>' % (n, links([(p, t) for p, t, a, *_ in A if n in a]))))
    progr = [("06:00", "Telediario Matinal"), ("08:00", "La Mañana"), ("15:00", "Telediario 1"), ("16:00", "El tiempo"), ("17:30", "Cine de tarde"), ("21:00", "Telediario 2"), ("22:10", "El debate")]
    s.non("/television/programacion/", shell("Programación TPE", '<h1>Programación de hoy</h1><table>%s</table><p><a href="%s">%s</a></p>' % (
        "".join("<tr><td>%s</td><td>%s</td></tr>" % x for x in progr), VP[0], VP[1])))
    s.non("/play/", shell("TPE Play", '<h1>TPE Play</h1><ul>%s</ul>' % links([(VP[0], VP[1])])))
    s.non("/play/directo/canal-24h/", shell("Canal 24 horas en directo - TPE Play", '<h1>Canal 24 horas en directo</h1><div class="videoBox live"><span>EN DIRECTO</span></div><p>Ahora: Telediario 1</p><ul>%s</ul>' % links(every[:1])))


# ------------------------------------------------------------ 9 Portal Cruzeiro (g1-like)
def cruzeiro():
    s = Site(9)
    A = [("/sp/sao-paulo/noticia/2025/03/14/linha-6-laranja-do-metro-comeca-testes-com-trens-em-abril.ghtml", "Linha 6-Laranja do metrô começa testes com trens em abril",
          "Concessionária diz que operação comercial deve começar no segundo semestre de 2026.", "Por <strong>Ana Souza</strong>, Cruzeiro SP", ["Ana Souza"],
          "2025-03-14T13:25:38.000Z", "14/03/2025 10h25", "Atualizado 14/03/2025 12h03", "Vídeo: trem da Linha 6-Laranja chega ao pátio da Brasilândia", [
          "Os primeiros trens da Linha 6-Laranja do metrô de São Paulo vão começar a circular em testes no mês de abril, segundo a concessionária responsável pela obra.",
          "Os testes serão feitos inicialmente no trecho entre as estações Brasilândia e Freguesia do Ó, na Zona Norte, sem passageiros. A linha terá quinze estações e vai ligar a Brasilândia à estação São Joaquim, no Centro.",
          "A obra ficou parada entre 2016 e 2020 por falta de financiamento e foi retomada depois que o contrato passou para um novo grupo. Segundo o governo do estado, cerca de oitenta por cento dos túneis já estão prontos.",
          "A previsão é que a operação comercial comece no segundo semestre de 2026, com capacidade para transportar cerca de seiscentos mil passageiros por dia."]),
         ("/sp/sao-paulo/noticia/2025/03/12/chuva-forte-alaga-ruas-e-derruba-arvores-na-zona-sul.ghtml", "Chuva forte alaga ruas e derruba árvores na Zona Sul de SP",
          "Defesa Civil registrou mais de 40 quedas de árvores; bairros ficaram sem energia.", "Por <strong>Carla Mendes</strong> e <strong>Rafael Lima</strong>, TV Cruzeiro e Cruzeiro SP",
          ["Carla Mendes", "Rafael Lima"], "2025-03-12T22:40:10.000Z", "12/03/2025 19h40", "Atualizado 12/03/2025 23h15", "Vídeo: motoristas ficam ilhados na Avenida Washington Luís", [
          "Uma chuva forte que atingiu a cidade de São Paulo no fim da tarde desta quarta-feira alagou ruas, derrubou árvores e deixou milhares de imóveis sem energia na Zona Sul.",
          "O Centro de Gerenciamento de Emergências colocou a capital em estado de alerta para alagamentos por volta das 17h. Em pouco mais de uma hora, choveu em alguns bairros quase metade do esperado para todo o mês de março.",
          "A Defesa Civil registrou mais de quarenta quedas de árvores, a maioria em Santo Amaro, Campo Belo e Jabaquara. Na Avenida Washington Luís, motoristas ficaram ilhados e precisaram deixar os carros.",
          "A concessionária de energia informou que cerca de cento e vinte mil imóveis ficaram sem luz no pico da tempestade e que as equipes trabalhariam durante a noite para restabelecer o fornecimento."]),
         ("/sp/sao-paulo/noticia/2025/03/10/feira-de-artesanato-volta-ao-bexiga-depois-de-cinco-anos.ghtml", "Feira de artesanato volta ao Bexiga depois de cinco anos",
          "Evento reúne mais de 80 expositores aos domingos na Praça Dom Orione.", "Por <strong>Bom Dia Cidade</strong>", ["Bom Dia Cidade"],
          "2025-03-10T10:15:00.000Z", "10/03/2025 07h15", "Atualizado 10/03/2025 07h15", "Vídeo: feira volta à Praça Dom Orione", [
          "A tradicional feira de artesanato e antiguidades da Praça Dom Orione, no Bexiga, voltou a funcionar neste domingo depois de cinco anos fechada.",
          "A feira foi suspensa durante a pandemia e não voltou depois por causa de uma disputa entre a associação de expositores e a subprefeitura sobre as regras de uso da praça.",
          "Agora, mais de oitenta expositores vão montar as barracas todos os domingos, das 9h às 17h, com artesanato, discos, livros usados e comida italiana, em homenagem à história do bairro.",
          "Os comerciantes da região comemoraram a volta do movimento. O dono de uma cantina disse que os domingos voltaram a ter fila na porta pela primeira vez em anos."])]
    VID = ("/play/v/13412345/", "Trem da Linha 6-Laranja chega ao pátio da Brasilândia", "Composição foi transportada de caminhão durante a madrugada. Reportagem do SP1.")

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header id="header-produto"><a class="header-logo" href="/">Portal Cruzeiro</a><nav><a href="/sp/sao-paulo/">São Paulo</a> '
                '<a href="/sp/sao-paulo/ao-vivo/">Assista ao vivo</a> <a href="/tudo-sobre/metro-de-sao-paulo/">Metrô de SP</a></nav></header><main id="glb-corpo">%s</main>'
                '<footer class="footer"><a href="/sobre/">Sobre o Portal Cruzeiro</a> <p>&copy; Copyright 2000-2025 Portal Cruzeiro. Todos os direitos reservados.</p></footer></body></html>') % (E(title), head, main)

    for i, (path, title, sub, byh, au, iso, shown, upd, vdesc, paras) in enumerate(A):
        other = A[(i + 1) % 3]
        leia = '<div class="mc-column content-text"><ul class="content-unordered-list"><li><strong>LEIA TAMBÉM:</strong> <a href="%s">%s</a></li></ul></div>' % (other[0], E(other[1]))
        mid = '<div class="mc-column content-video"><div class="video-player"><button>Play</button></div><div class="content-video__description">VÍDEOS: mais assistidos do Portal Cruzeiro</div></div>'
        body = "".join('<div class="mc-column content-text active-extra-styles"><p class="content-text__container">%s</p></div>' % E(p) + (leia if j == 1 else "") for j, p in enumerate(paras))
        main = ('<div class="content-head"><div class="title"><h1 class="content-head__title" itemprop="headline">%s</h1></div>'
                '<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">%s</h2></div></div>'
                '<div class="content-publication-data"><p class="content-publication-data__from" title="%s">%s</p>'
                '<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="%s">%s</time> %s</p></div>'
                '<article itemprop="articleBody"><div class="mc-column content-video"><div class="video-player"><button>Play</button><span>01:58</span></div>'
                '<div class="content-video__description">%s</div></div>%s%s</article>') % (
            E(title), E(sub), E(byh.replace("<strong>", "").replace("</strong>", "")[4:]), byh, iso, shown, upd, E(vdesc), body, mid)
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">%s') % (
            s.url(path), E(title), E(sub), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                                                "author": [{"@type": "Person", "name": n} for n in au], "publisher": {"@type": "Organization", "name": "Portal Cruzeiro"}}))
        s.art(path, shell("%s | São Paulo | Portal Cruzeiro" % title, main, head), title, shown[6:10] + "-" + shown[3:5] + "-" + shown[:2], au,
              instant=iso[:16], must=[paras[1], paras[-1]], must_not=[other[1], "mais assistidos do Portal Cruzeiro"])
    every = [(p, t) for p, t, *_ in A]
    s.non(VID[0], shell("%s | Cruzeiro Play" % VID[1], '<div class="video-page"><div class="video-player"><button>Play</button></div><h1 class="video-title">%s</h1><p class="video-description">%s</p>'
          '<p class="video-date">14 mar 2025</p><ul>%s</ul></div>' % (E(VID[1]), E(VID[2]), links(every[:1])), jl({"@context": "https://schema.org", "@type": "VideoObject", "name": VID[1], "uploadDate": "2025-03-14T09:00:00-03:00"})))
    s.non("/", shell("Portal Cruzeiro - Notícias de São Paulo e do Brasil", '<div class="feed"><ul>%s</ul><h2>Vídeos</h2><ul>%s</ul></div>' % (links(every), links([(VID[0], VID[1])]))))
    s.non("/sp/sao-paulo/", shell("São Paulo | Portal Cruzeiro", '<h1>São Paulo</h1><ul>%s</ul>' % links(every)))
    s.non("/sp/sao-paulo/ao-vivo/", shell("Assista ao vivo à TV Cruzeiro | Portal Cruzeiro", '<h1>Assista ao vivo</h1><div class="video-player live"><span>AO VIVO</span></div>'
          '<p>Agora: SP1. A seguir: Jornal Hoje, Sessão da Tarde, SP2.</p><ul>%s</ul>' % links(every[:2])))
    s.non("/tudo-sobre/metro-de-sao-paulo/", shell("Metrô de São Paulo: tudo sobre | Portal Cruzeiro", '<h1>Metrô de São Paulo</h1><ul>%s</ul>' % links(every[:1] + [(VID[0], VID[1])])))
    s.non("/sobre/", shell("Sobre | Portal Cruzeiro", "<h1>Sobre o Portal Cruzeiro</h1><p>O portal de notícias da TV Cruzeiro.</p><a href='/sp/sao-paulo/'>São Paulo</a>"))
    s.sitemap([p for p, *_ in A] + [VID[0]])


# ------------------------------------------------------------ 10 Newsline Daily (WordPress + AMP web stories)
def newsline():
    s = Site(10)
    A = [("/2025/03/12/delhi-metro-holi-timings-extra-trains/", "Delhi Metro to start services at 2.30 pm on Holi, run extra trains in the evening", ["Ritu Sharma"],
          "2025-03-12T16:30:00+05:30", "March 12, 2025 4:30 pm IST", "india", [
          "Delhi Metro services will begin only at 2.30 pm on Holi, March 14, instead of the usual 6 am, the Delhi Metro Rail Corporation said on Wednesday.",
          "After the late start, trains will run at normal frequency on all lines, and the corporation will add extra trips in the evening to handle the rush of people returning home from celebrations.",
          "The airport express line will follow its normal timetable through the day. Feeder buses run by the corporation will also start at 2.30 pm, officials said.",
          "The corporation has asked passengers not to carry water balloons or colours inside stations and trains, and said security staff would check bags at busy stations in central and east Delhi.",
          "Last year, more than thirty lakh passenger journeys were recorded on the day after Holi, one of the busiest days of the year for the network."]),
         ("/2025/03/10/bengaluru-water-board-launches-tanker-booking-app/", "Bengaluru water board launches app to book tankers at fixed rates", ["Karthik Rao"],
          "2025-03-10T09:05:00+05:30", "March 10, 2025 9:05 am IST", "india", [
          "The Bengaluru water board has launched a mobile app through which residents can book private water tankers at rates fixed by the government, ahead of the summer months.",
          "Residents can choose the size of the tanker and the delivery slot, and payment is made through the app. Only tanker operators registered with the board and whose vehicles carry GPS trackers are listed.",
          "Officials said the app was meant to stop the overcharging seen last summer, when some apartment complexes paid more than three times the notified rate during the worst of the shortage.",
          "Resident welfare associations welcomed the move but said the board also needed to fix leaking pipelines and speed up the Cauvery water project for the city's outer wards."]),
         ("/2025/03/08/mumbai-coastal-road-promenade-cycle-track/", "Mumbai coastal road promenade to get a 7-km cycle track", ["Neha Kulkarni", "Aditya Desai"],
          "2025-03-08T18:20:00+05:30", "March 8, 2025 6:20 pm IST", "cities", [
          "The municipal corporation will build a seven-kilometre cycle track along the promenade of the Mumbai coastal road, from Priyadarshini Park to the Worli end of the sea link.",
          "The track will be separated from the walking path by a row of planters and will be open from 6 am to 10 pm. The civic body plans to set up bicycle rental stands at four points along the route.",
          "Cycling groups had asked for the track since the promenade opened to walkers last year, saying it would give the city one of its few safe stretches for cycling away from traffic.",
          "Work is expected to begin after the monsoon and take about eight months. The corporation has set aside about forty crore rupees for the track, lighting and benches."])]
    WS = [("/web-stories/holi-2025-tips-to-protect-skin-and-hair/", "Holi 2025: 7 tips to protect your skin and hair", "Ritu Sharma", "2025-03-11T10:00:00+05:30", [
           "Apply a thick layer of coconut oil on your skin and hair before you step out.", "Choose natural or herbal colours over chemical powders.",
           "Wear full-sleeved cotton clothes and sunglasses.", "Drink plenty of water through the day.", "Wash off colours with lukewarm water and a mild cleanser.",
           "Avoid scrubbing your skin hard.", "See a doctor if a rash or itching lasts more than a day."], A[0]),
          ("/web-stories/mumbai-coastal-road-promenade-in-pictures/", "Mumbai coastal road promenade: 6 photos", "Aditya Desai", "2025-03-09T08:00:00+05:30", [
           "The promenade stretches along the sea from Priyadarshini Park.", "Walkers at sunrise near the Haji Ali interchange.", "New benches and lights line the path.",
           "Families gather on weekend evenings.", "A cycle track is planned beside the path.", "The Worli end meets the sea link."], A[2])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.7.2">%s</head><body class="%s">'
                '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Newsline Daily</a></p><nav id="site-navigation"><ul class="menu">'
                '<li><a href="/category/india/">India</a></li><li><a href="/category/cities/">Cities</a></li><li><a href="/web-stories/">Web Stories</a></li></ul></nav></header>'
                '<div id="content" class="site-content">%s</div><footer id="colophon"><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact</a> '
                '<p>&copy; 2025 Newsline Daily. All rights reserved.</p></footer></body></html>') % (E(title), head, cls, main)

    def au_path(n):
        return "/author/%s/" % n.lower().replace(" ", "-")
    for path, title, au, iso, shown, cat, paras in A:
        by = " and ".join('<a class="url fn n" href="%s">%s</a>' % (au_path(n), E(n)) for n in au)
        ws = [w for w in WS if w[5][0] == path]
        wsbox = ('<div class="web-stories-list"><h3>Web Stories</h3><ul>%s</ul></div>' % links([(w[0], w[1]) for w in ws])) if ws else ""
        main = ('<article class="post type-post status-publish format-standard category-%s"><header class="entry-header"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span>'
                '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">By <span class="author vcard">%s</span></span> '
                '<span class="posted-on">Published: <time class="entry-date published" datetime="%s">%s</time></span></div></header>'
                '<div class="entry-content">%s</div>%s<footer class="entry-footer"><span class="tags-links"><a href="/tag/%s/" rel="tag">%s</a></span></footer></article>'
                '<nav class="post-navigation"><h2 class="screen-reader-text">Post navigation</h2>%s</nav>') % (
            cat, cat, cat.title(), E(title), by, iso, shown, ps(paras), wsbox, "holi" if "holi" in path else cat, "Holi" if "holi" in path else cat.title(),
            links([(p, t) for p, t, *_ in A if p != path], "nav-next", "div"))
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s') % (
            s.url(path), E(title), iso, jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": title, "datePublished": iso,
                                                                                           "author": [{"@type": "Person", "name": n} for n in au]}, {"@type": "WebSite", "name": "Newsline Daily"}]}))
        other = [t for p, t, *_ in A if p != path][0]
        h = int(iso[11:13]) * 60 + int(iso[14:16]) - 330
        s.art(path, shell("%s - Newsline Daily" % title, main, head, "post-template-default single single-post"), title, iso[:10], au,
              instant="%sT%02d:%02d" % (iso[:10], h // 60, h % 60), must=[paras[1], paras[-1]], must_not=[other])
    for path, title, au, iso, pages, (apath, atitle, *_) in WS:
        pg = "".join(('<amp-story-page id="page-%d" class="i-amphtml-layout-container"><amp-story-grid-layer template="fill"><amp-img src="/wp-content/uploads/2025/03/ws%d.jpg" width="720" height="1280" layout="responsive"></amp-img></amp-story-grid-layer>'
                      '<amp-story-grid-layer template="vertical" class="grid-layer"><div class="page-fullbleed-area"><p class="text-wrapper"><span>%s</span></p></div></amp-story-grid-layer></amp-story-page>') % (k + 2, k, E(x))
                     for k, x in enumerate(pages))
        doc = ('<!DOCTYPE html><html amp="" lang="en-US" transformed="self;v=1"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1">'
               '<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
               '<title>%s - Newsline Daily</title><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
               '<meta property="article:published_time" content="%s"><meta name="generator" content="Web Stories 1.37.0">%s<style amp-custom>amp-story-page{background:#000}</style></head>'
               '<body><amp-story standalone="" publisher="Newsline Daily" publisher-logo-src="/wp-content/uploads/logo.png" title="%s" poster-portrait-src="/wp-content/uploads/2025/03/ws0.jpg">'
               '<amp-story-page id="cover"><amp-story-grid-layer template="vertical"><h1 class="cover-title">%s</h1><p class="byline">By %s</p></amp-story-grid-layer></amp-story-page>%s'
               '<amp-story-page id="last"><amp-story-grid-layer template="vertical"><p>Read the full story</p></amp-story-grid-layer>'
               '<amp-story-page-outlink layout="nodisplay"><a href="%s">%s</a></amp-story-page-outlink></amp-story-page></amp-story></body></html>') % (
            E(title), s.url(path), E(title), iso, jl({"@context": "http://schema.org", "@type": "Article", "mainEntityOfPage": s.url(path), "headline": title,
                                                    "datePublished": iso, "dateModified": iso, "author": {"@type": "Person", "name": au},
                                                    "publisher": {"@type": "Organization", "name": "Newsline Daily"}}),
            E(title), E(title), E(au), pg, apath, E(atitle))
        s.non(path, doc)
    every = [(p, t) for p, t, *_ in A]
    wl = [(w[0], w[1]) for w in WS]
    s.non("/", shell("Newsline Daily - Latest News from India", '<main><section class="latest"><h2>Latest</h2><ul>%s</ul></section><section class="web-stories-carousel"><h2>Web Stories</h2><ul>%s</ul></section></main>' % (links(every), links(wl))))
    s.non("/web-stories/", shell("Web Stories - Newsline Daily", '<main><h1 class="page-title">Web Stories</h1><ul class="web-stories-list__story">%s</ul></main>' % links(wl), cls="archive post-type-archive-web-story"))
    for cat, items in (("india", every[:2]), ("cities", every[2:])):
        s.non("/category/%s/" % cat, shell("%s Archives - Newsline Daily" % cat.title(), '<main><h1 class="page-title">Category: %s</h1><ul>%s</ul></main>' % (cat.title(), links(items)), cls="archive category"))
    s.non("/tag/holi/", shell("Holi Archives - Newsline Daily", '<main><h1 class="page-title">Tag: Holi</h1><ul>%s</ul></main>' % links(every[:1] + wl[:1]), cls="archive tag"))
    for n in ("Ritu Sharma", "Karthik Rao", "Neha Kulkarni", "Aditya Desai"):
        s.non(au_path(n), shell("%s, Author at Newsline Daily" % n, '<main><h1 class="page-title">Author: %s</h1><ul>%s</ul></main>' % (n, links([(p, t) for p, t, a, *_ in A if n in a])), cls="archive author"))
    s.non("/about-us/", shell("About Us - Newsline Daily", "<main><h1>About Us</h1><p>Newsline Daily is an independent digital newsroom based in New Delhi.</p><a href='/category/india/'>India</a></main>", cls="page"))
    s.sitemap([p for p, *_ in A] + [w[0] for w in WS], "/wp-admin/")


for build in (bbs, cnw, fieldnote, longwave, ledger, kbrz, dlk, tpe, cruzeiro, newsline):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
