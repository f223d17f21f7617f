"""Web bq: entertainment and culture newsrooms. Twelve sites on
127.0.6.81-92, each with its own CMS look (WordPress VIP, Next.js with
__NEXT_DATA__, Arc XP with Fusion.globalContent, Drupal nodes), where much
of what carries a headline, a byline and a date is not an article.

 1 Starglow - a People/TMZ-like celebrity site on WordPress VIP: "By Kara
   Whitman | Updated on March 14, 2025 10:32AM EDT" (the published time only
   in JSON-LD), "RELATED:" lines and a newsletter box inside the text, a
   story published 11:58PM EDT (the UTC day is the next one), two authors.
   Photo galleries (byline, date, numbered slides with captions) are not
   articles; nor are sections, tag, author and newsletter pages.
 2 Pixelwire - an IGN-like gaming site on Next.js: reviews with a score box
   ("8 Great", "Reviewed on PS5"), "Posted:"/"Updated:" without a zone (the
   zone only in __NEXT_DATA__ and JSON-LD of @type Review) - reviews ARE
   articles; game database pages, a trailer page (VideoObject), the deals
   hub, review/news lists and a person page are not.
 3 Marquee - a Deadline/Variety-like film/TV trade on WordPress VIP: an
   "Exclusive" kicker over the h1 and "EXCLUSIVE:" opening the text, role
   lines after names ("Film Reporter"), two authors, a box-office story
   whose only visible time is its Sunday update ("UPDATED, Sunday AM:" in
   the text; published Friday per article:published_time and JSON-LD, which
   is the truth's date); the weekend chart, tag, author, video and
   newsletter pages are not articles.
 4 Feedback - an NME-like music magazine on Drupal: "14th March 2025"
   dates, star ratings, an album info box with a release date after the
   review's own date; artist pages and a reader poll are not articles.
 5 TV Kompass - a German TV magazine: news ("Von ...", "14.03.2025, 10:15
   Uhr") are articles; the programme guide, a show page with its synopsis
   and air times and a "Live-TV" stream page are not.
 6 Corazón - a Spanish celebrity portal on Arc XP: "Por Redacción" (the
   desk as the only credit), "Por Lucía Ferrer y Andrea Gil", CET times; a
   horoscope page is not an article.
 7 Fama Já - a Brazilian celebrity portal on Arc XP ("Por Redação", "Por Ana
   Souza — Rio de Janeiro", "14/03/2025 10h15 Atualizado há 2 dias"); a
   reality-show vote (enquete) and a "ao vivo" page are not articles.
 8 K-Wave Now - a Soompi-like K-pop site on Next.js ("by E. Cho", "Mar 14,
   2025" with the time and zone only in __NEXT_DATA__'s publishedAt), one
   story shown as "5 hours ago" (generated at build time); "Source (1)" and
   a reactions box after the text; a fan poll with a byline is not an article.
 9 Star Ilbo - a Korean entertainment daily ("[스타일보=김지현 기자]" opening
   the text, "입력 2025.03.14 10:15 / 수정 ...", a joint "김지현·최유나 기자"
   byline, the reporter's e-mail closing the text); a photo-news gallery and
   a fan vote are not articles.
10 Anime Hoshi - a Natalie-like Japanese anime news site: unsigned news
   (authors empty), an interview "取材・文／佐藤花子" with a photographer
   credit; the broadcast schedule and title tag pages are not articles.
11 Fizzfeed - a BuzzFeed-like site: three articles; a personality quiz and a
   "which is better" poll (both with bylines and dates) and the daily
   horoscope hub are not articles.
12 Glitz Channel - an E!-like TV network site on Drupal: news with
   "By ... | Mar 14, 2025 5:30 PM"; the "Watch Live" page, a show page and a
   video page are not articles.
"""
import datetime, html, json, os, sys, zlib  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18141
E = html.escape
UTC = datetime.timezone.utc
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
truth = {"articles": [], "nonarticles": [], "synd": []}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def P(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


class St:
    """A story: path, headline, local publish time with its offset, authors
    and paragraphs (one a line)."""
    def __init__(self, path, title, iso, authors, text, **kw):
        self.path, self.title, self.iso, self.authors = path, title, iso, authors
        self.t = datetime.datetime.fromisoformat(iso)
        self.ps = [p.strip() for p in text.strip().split("\n") if p.strip()]
        self.__dict__.update(kw)

    @property
    def z(self):
        return self.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def mdy(self, short=False):
        m = MON[self.t.month - 1]
        return "%s %d, %d" % (m[:3] if short else m, self.t.day, self.t.year)

    def tz(self):
        return {-4: "EDT", -5: "EST", -7: "PDT", -8: "PST", 1: "CET", 2: "CEST", 9: "KST", -3: "BRT"}[int(self.t.utcoffset().total_seconds() // 3600)]

    def hm(self, sep=" "):
        return "%d:%02d%s%s" % ((self.t.hour % 12) or 12, self.t.minute, sep, "AM" if self.t.hour < 12 else "PM")


class Site:
    def __init__(self, n, name):
        self.host, self.name = "127.0.6.%d" % (80 + n), name

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        # a path without a file extension is a directory's index.html (the
        # static server redirects /x to /x/)
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        write(OUT, self.host, path, doc)

    def art(self, st, doc, instant=True, date=None, must=None, must_not=None):
        self.put(st.path, doc)
        a = dict(url=self.url(st.path), title=st.title, date=date or st.t.date().isoformat(), authors=st.authors)
        if instant:
            a["instant"] = st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        a["must"] = must or [st.ps[-1]]
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)

    def non(self, path, doc):
        self.put(path, doc)
        truth["nonarticles"].append(self.url(path))

    def sitemap(self, paths):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))


def lis(sts, cls="item"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, s.path, E(s.title)) for s in sts)


def links(pairs, cls="item"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in pairs)


# ------------------------------------------------------ 1 Starglow (People/TMZ-like, WordPress VIP)
def starglow():
    s = Site(1, "Starglow")
    A = St("/celebrity/selena-vale-theo-marsh-engaged/", "Selena Vale and Theo Marsh Are Engaged After Four Years Together",
           "2025-03-14T08:05:00-04:00", ["Kara Whitman"], """
Selena Vale and Theo Marsh are engaged. The singer, 31, and the actor, 34, confirmed the news on Thursday evening with a joint post showing Vale's oval diamond ring against the backdrop of a Big Sur sunset.
A source close to the couple tells Starglow that Marsh had planned the proposal for months, enlisting Vale's younger sister to make sure the singer's tour schedule left one free weekend in early March.
The pair first met on the set of the music video for Vale's 2021 single Paper Moons, in which Marsh played a lonely lighthouse keeper. They kept the relationship private for almost a year before stepping out together at a gallery opening in Los Angeles.
Vale has spoken only rarely about the romance. In an interview last autumn she said Marsh was the first person who made her feel calm before a show, and that the two had a rule never to discuss work at the dinner table.
No wedding date has been set, but the source says the couple hope to marry at the Marsh family ranch in Montana once Vale finishes the European leg of her tour this summer.""",
           updated="2025-03-14T10:32:00-04:00")
    B = St("/tv/rory-beckett-wins-dance-floor-live-season-12/", "Rory Beckett Wins ‘Dance Floor Live’ Season 12 in Shock Finale",
           "2025-03-12T23:58:00-04:00", ["Marco Reyes"], """
Rory Beckett is the champion of Dance Floor Live. The former child star and his professional partner Ilse Marten lifted the mirrored trophy on Wednesday night after a freestyle that judges called the riskiest routine in the show's twelve seasons.
Beckett had spent most of the season in the bottom half of the leaderboard and was nearly eliminated in week six, when a sprained ankle forced the couple to rework their tango in two days. Viewers kept him in the competition with the highest phone vote of the night.
In the finale he faced the Olympic sprinter Dana Obi and the comedian Pete Lowry, both of whom had topped the judges' scores for three weeks running. Obi finished second and Lowry third.
Speaking to reporters backstage, Beckett said he had signed up to prove to his own children that he could still learn something new at forty, and that he had not expected to survive the first month.
The live tour featuring the finalists begins in Atlanta on April 4.""")
    C = St("/celebrity/dahlia-frost-welcomes-daughter-june/", "Dahlia Frost Welcomes First Baby, a Daughter Named June",
           "2025-02-27T18:40:00-05:00", ["Kara Whitman", "Priya Nair"], """
Dahlia Frost is a mom. The Emmy-nominated actress and her husband, the chef Sam Okafor, welcomed their first child, a daughter named June Adaeze, on Tuesday in New York, a representative for the couple confirmed to Starglow.
Frost announced her pregnancy in October on the red carpet of her film Winter Orchard, cradling her bump in a custom emerald gown. She later joked on a late-night show that she had been craving her husband's jollof rice at three in the morning for months.
The couple married in a small ceremony in Lagos in 2022 after meeting at a charity dinner where Okafor was cooking and Frost was the host. They have said they plan to split their time between Brooklyn and Okafor's family home in Nigeria.
In a statement, the new parents thanked the nurses and midwives at the hospital and asked for privacy while they get to know their daughter.
Frost is due back on set in the summer to film the second season of her legal drama The Hartley Files.""")
    G = ("/gallery/oscars-2025-red-carpet-best-dressed/", "Oscars 2025 Red Carpet: The Best-Dressed Stars of the Night")
    REL = "RELATED: Selena Vale Says Her New Album Is About ‘Learning to Stay Put’"
    NL = "Never miss a story — sign up for Starglow's free daily newsletter to stay up-to-date on the best of what Starglow has to offer."

    def shell(title, main, cls, head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" id="starglow-style-css" href="/wp-content/themes/vip/starglow/style.css?ver=6.7.2" media="all">'
                '<link rel="alternate" type="application/rss+xml" title="Starglow &raquo; Feed" href="/feed/">%s</head>'
                '<body class="%s"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>'
                '<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home" class="custom-logo-link">Starglow</a></div>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/celebrity/">Celebrity</a></li>'
                '<li class="menu-item"><a href="/tv/">TV</a></li><li class="menu-item"><a href="/gallery/">Photos</a></li><li class="menu-item"><a href="/newsletters/">Newsletters</a></li></ul></nav></header>'
                '<div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div>'
                '<footer id="colophon" class="site-footer"><a href="/about-us/">About Us</a> <a href="/contact/">Contact</a> <p>&copy; 2025 Starglow Media, LLC. All rights reserved.</p></footer>'
                '<script src="/wp-includes/js/dist/hooks.min.js?ver=4d63a3d491d11ffd8ac6"></script></body></html>') % (E(title), head, cls, main)

    def byline(st, label, when):
        names = " and ".join('<a href="/author/%s/" class="author-link">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st.authors)
        return '<div class="mntl-attribution__content"><span class="byline-by">By</span> %s <span class="sep">|</span> <span class="mntl-attribution__item-date">%s on %s %s %s</span></div>' % (names, label, when.mdy(), when.hm(""), when.tz())

    def article(st, label, when, extra_top=""):
        body = "".join("<p>%s</p>" % E(p) for p in st.ps[:2])
        body += '<p class="related-link"><a href="/celebrity/selena-vale-new-album-interview/"><strong>%s</strong></a></p>' % E(REL)
        body += "".join("<p>%s</p>" % E(p) for p in st.ps[2:4])
        body += '<div class="newsletter-signup inline"><p>%s</p><form action="/newsletters/"><input type="email" placeholder="Email"><button>Sign Up</button></form></div>' % E(NL)
        body += "".join("<p>%s</p>" % E(p) for p in st.ps[4:])
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": s.url(st.path) + "#article", "headline": st.title, "datePublished": st.iso,
             "dateModified": getattr(st, "updated", st.iso), "author": [{"@type": "Person", "name": n, "url": s.url("/author/%s/" % n.lower().replace(" ", "-"))} for n in st.authors],
             "publisher": {"@id": s.url("/") + "#organization"}, "image": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/2025/03/lead.jpg")}},
            {"@type": "Organization", "@id": s.url("/") + "#organization", "name": "Starglow"}]}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(st.path), E(st.title), jl(ld))
        main = ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail">%s<header class="entry-header">'
                '<h1 class="entry-title">%s</h1>%s</header><figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/lead.jpg" alt="">'
                '<figcaption>Photo: Jordan Pike/Getty</figcaption></figure><div class="entry-content">%s</div>'
                '<footer class="entry-footer"><span class="tags-links"><a href="/tag/celebrity-couples/" rel="tag">Celebrity Couples</a></span></footer></article>'
                '<aside class="widget-area"><h2 class="widget-title">Trending</h2><ul>%s</ul></aside>') % (
            zlib.crc32(st.path.encode()) % 900000, extra_top, E(st.title), byline(st, label, when), body, lis([x for x in (A, B, C) if x is not st]))
        return shell("%s | Starglow" % st.title, main, "post-template-default single single-post wp-embed-responsive", head)

    s.art(A, article(A, "Updated", St("", "", A.updated, [], "")), must_not=[REL, NL])
    s.art(B, article(B, "Published", B), must_not=[REL, NL])
    s.art(C, article(C, "Published", C), must_not=[REL, NL])
    slides = [("Selena Vale", "In a blush Valentino column gown with a cape that swept the carpet behind her."),
              ("Theo Marsh", "The actor matched his fiancée-to-be in a dove-grey tuxedo by Brioni."),
              ("Dana Obi", "The sprinter turned heads in a liquid-gold slip dress and sculptural earrings."),
              ("Dahlia Frost", "Showing off her bump in a custom emerald gown with a plunging neckline."),
              ("Pete Lowry", "The comedian kept it classic in a black velvet dinner jacket and loafers.")]
    gs = "".join('<div class="mntl-sc-block-gallery-slide" id="slide-%d"><img src="/wp-content/uploads/2025/03/oscars-%d.jpg" alt="%s">'
                 '<div class="slide-count">%d of %d</div><h2 class="slide-title">%s</h2><p class="slide-caption">%s</p><p class="photo-credit">Kevin Mazur/Getty</p></div>' % (
                     i, i, E(n), i + 1, len(slides), E(n), E(c)) for i, (n, c) in enumerate(slides))
    gmain = ('<div class="gallery-page"><header class="gallery-header"><h1 class="entry-title">%s</h1><p class="dek">From shimmering columns to sharp tuxedos, these are the looks everyone was talking about at the 97th Academy Awards.</p>'
             '<div class="mntl-attribution__content"><span class="byline-by">By</span> <a href="/author/kara-whitman/">Kara Whitman</a> <span class="sep">|</span> '
             '<span class="mntl-attribution__item-date">Published on March 2, 2025 07:12PM EST</span></div></header><div class="gallery-slides">%s</div>'
             '<a class="next-gallery" href="/gallery/">More Photos</a></div>') % (E(G[1]), gs)
    s.non(G[0], shell(G[1] + " | Starglow", gmain, "gallery-template single single-gallery",
                      jl({"@context": "https://schema.org", "@type": "ImageGallery", "name": G[1], "datePublished": "2025-03-02T19:12:00-05:00",
                          "author": {"@type": "Person", "name": "Kara Whitman"}})))
    s.non("/gallery/", shell("Photos | Starglow", '<h1 class="page-title">Photos</h1><ul>%s</ul>' % links([G]), "archive category"))
    s.non("/", shell("Starglow – Celebrity News, Exclusives, Photos and Videos", '<h1 class="screen-reader-text">Starglow</h1><section class="home-hero"><ul>%s%s</ul></section>' % (
        lis([A, B, C]), links([G])), "home blog"))
    s.non("/celebrity/", shell("Celebrity News | Starglow", '<h1 class="page-title">Celebrity</h1><ul>%s</ul>' % lis([A, C]), "archive category category-celebrity"))
    s.non("/tv/", shell("TV | Starglow", '<h1 class="page-title">TV</h1><ul>%s</ul>' % lis([B]), "archive category category-tv"))
    s.non("/tag/celebrity-couples/", shell("Celebrity Couples | Starglow", '<h1 class="page-title">Tag: Celebrity Couples</h1><ul>%s</ul>' % lis([A, C]), "archive tag"))
    for n, bio, sts in (("Kara Whitman", "Kara Whitman is a senior editor at Starglow covering celebrity news and red carpets.", [A, C]),
                        ("Marco Reyes", "Marco Reyes writes about reality TV and competition shows.", [B]),
                        ("Priya Nair", "Priya Nair is a staff writer based in New York.", [C])):
        s.non("/author/%s/" % n.lower().replace(" ", "-"), shell("%s, Author at Starglow" % n, '<div class="author-box"><h1 class="page-title">%s</h1><p>%s</p></div><ul>%s</ul>' % (E(n), E(bio), lis(sts)), "archive author"))
    s.non("/newsletters/", shell("Newsletters | Starglow", "<h1>Get the Starglow Daily</h1><p>The biggest celebrity stories, delivered to your inbox every morning.</p><form><input type=email><button>Subscribe</button></form>", "page"))
    s.non("/about-us/", shell("About Us | Starglow", "<h1>About Us</h1><p>Starglow has covered the people behind the headlines since 2009.</p><ul>%s</ul>" % lis([A]), "page"))
    s.put("/feed/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Starglow</title><link>%s</link>%s</channel></rss>' % (
        s.url("/"), "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(x.title), s.url(x.path), x.t.strftime("%a, %d %b %Y %H:%M:%S %z")) for x in (A, B, C))))


# ------------------------------------------------------ 2 Pixelwire (IGN-like, Next.js)
def pixelwire():
    s = Site(2, "Pixelwire")
    R1 = St("/articles/starfall-tactics-review", "Starfall Tactics Review", "2025-03-13T09:00:00-07:00", ["Kai Moreno"], """
Starfall Tactics opens with a fleet already lost. Your flagship drifts through the wreckage of a battle you did not see, and the first mission asks you to recover the escape pods of crews whose names you will learn later. It is a bold start, and it sets up the thing this turn-based strategy game does better than almost any of its rivals: it makes every ship feel like it has people inside it.
Each vessel carries a small crew of officers with their own traits and grudges, and losing one changes how the ship handles for the rest of the campaign. My engineer Tamsin, who had a habit of overclocking the reactors, died in the seventh mission, and the frigate she served on never again recharged its shields quite as fast.
The battles themselves are tight grids of asteroid fields and gravity wells, and the planning phase lets you queue moves for the whole squadron before watching them resolve at once. It can be chaotic, but the rewind feature, which lets you undo a single turn three times per mission, keeps the frustration in check.
The campaign stumbles in its middle third, where a run of escort missions repeats the same map layouts, and the menus on PS5 are fiddly with a controller. But the final act, in which surviving officers reappear as commanders of their own fleets, ties the whole story together beautifully.""",
           score=8, verdict="Great", platform="PS5", updated="2025-03-14T15:10:00-07:00", game="/games/starfall-tactics", gname="Starfall Tactics",
           sub="A turn-based space strategy game that makes every lost crew member hurt.")
    R2 = St("/articles/hollow-lantern-review", "Hollow Lantern Review", "2025-02-20T06:00:00-08:00", ["Sasha Ortega"], """
Hollow Lantern wants very badly to be scary. Its abandoned seaside hotel is full of creaking doors, flickering bulbs and portraits whose eyes follow you down the corridor, and for the first hour that atmosphere carries the game a long way.
The problem is what you actually do in the hotel. Almost every puzzle asks you to find a key, a fuse or a page of a diary in one room and carry it to another, and the lantern that gives the game its name is only ever used to reveal hidden symbols on walls that you could often guess without it.
There are moments of real invention. A sequence in the flooded ballroom, where the water level rises each time you light the lantern, is genuinely tense, and the sound design during the storm chapter is excellent on a good pair of headphones.
I finished the game in about six hours on PC, with a handful of crashes when loading saves and one puzzle that would not register the correct answer until I restarted the chapter. Patient horror fans will find a few good evenings here, but little they will remember.""",
           score=6, verdict="Okay", platform="PC", game="/games/hollow-lantern", gname="Hollow Lantern",
           sub="A handsome haunted hotel with too few ideas to fill its rooms.")
    N1 = St("/articles/ember-knights-2-delayed-to-2026", "Ember Knights 2 Delayed to 2026 as Studio Adds Co-op Campaign",
            "2025-03-18T11:42:00-07:00", ["Dev Patel"], """
Ember Knights 2 will not launch this year. Developer Brightforge Studios announced on Tuesday that the action RPG has slipped from its planned October release to the first half of 2026 so the team can finish a full two-player campaign.
In a post on the studio's blog, creative director Lena Hart said co-op had originally been planned as a post-launch update, but playtests convinced the team that the game's boss fights were designed around two players from the start.
The delay is the second for the sequel, which was first revealed in 2023 with a release window of late 2024. Brightforge said the additional months would also go towards performance work on consoles, where an early demo ran below thirty frames per second in busy scenes.
Pre-orders remain open on all platforms, and the studio said anyone who has already bought the deluxe edition will receive an exclusive armour set as an apology.""", sub="Brightforge says the two-player story was too big to add after launch.")

    def shell(title, main, page, head=""):
        nd = {"props": {"pageProps": page, "__N_SSP": True}, "page": page.get("route", "/"), "query": {}, "buildId": "k3Vf9xq2Lr_PzW", "isFallback": False, "gssp": True}
        return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
                '<link rel="preload" href="/_next/static/css/4a1f2c8e.css" as="style"/><meta name="next-head-count" content="12"/></head>'
                '<body><div id="__next"><div class="jsx-1848 app"><header class="navigation-header"><a class="logo" href="/" aria-label="Pixelwire">Pixelwire</a>'
                '<nav><a href="/news">News</a><a href="/reviews">Reviews</a><a href="/videos/starfall-tactics-official-launch-trailer">Videos</a><a href="/deals">Deals</a></nav></header>'
                '<main class="jsx-2003 page-content">%s</main><footer class="footer"><a href="/about">About Pixelwire</a> <span>&copy; 2025 Pixelwire Media</span></footer></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script><script src="/_next/static/chunks/main-7b2a.js" defer=""></script></body></html>') % (
            E(title), head, main, json.dumps(nd))

    def pdate(t):
        return "%s %d, %d %d:%02d %s" % (MON[t.month - 1][:3], t.day, t.year, (t.hour % 12) or 12, t.minute, "am" if t.hour < 12 else "pm")

    def article(st):
        rev = hasattr(st, "score")
        ts = '<div class="article-publish-date"><span>Posted: %s</span></div>' % pdate(st.t)
        if hasattr(st, "updated"):
            ts = '<div class="article-publish-date"><span>Updated: %s</span> <span>Posted: %s</span></div>' % (pdate(datetime.datetime.fromisoformat(st.updated)), pdate(st.t))
        box = ""
        if rev:
            box = ('<section class="review-score-box" data-cy="review-score"><div class="review-score"><figure class="review-score-ring"><span class="hexagon-content">%d</span></figure>'
                   '<span class="review-score-label">%s</span></div><div class="review-meta"><span class="reviewed-on">Reviewed on %s</span>'
                   '<a class="object-link" href="%s">%s</a><span class="platforms">Also available on PC, PS5, Xbox Series X|S</span></div></section>') % (
                st.score, st.verdict, st.platform, st.game, E(st.gname))
        body = "".join('<p class="paragraph">%s</p>' % E(p) for p in st.ps)
        if rev:
            body += '<section class="verdict"><h2>Verdict</h2><p class="paragraph">%s earns its %d: %s</p></section>' % (E(st.gname), st.score, E(st.sub))
        names = ", ".join('<a class="author-name" href="/person/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st.authors)
        main = ('<article class="article-page"><div class="article-headline"><h1 class="display-title" data-cy="article-headline">%s</h1><h2 class="subtitle">%s</h2></div>'
                '<div class="article-author-date"><div class="article-authors">By %s</div>%s</div>%s<section class="article-content page-0">%s</section>'
                '<div class="comments-cta"><a href="#comments">Comments</a></div><aside class="related"><h3>More from Pixelwire</h3><ul>%s</ul></aside></article>') % (
            E(st.title), E(st.sub), names, ts, box, body, lis([x for x in (R1, R2, N1) if x is not st]))
        mod = datetime.datetime.fromisoformat(getattr(st, "updated", st.iso))
        ld = {"@context": "https://schema.org", "@type": "Review" if rev else "NewsArticle", "headline": st.title, "datePublished": st.z,
              "dateModified": mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
              "author": [{"@type": "Person", "name": n} for n in st.authors], "publisher": {"@type": "Organization", "name": "Pixelwire"}}
        if rev:
            ld["itemReviewed"] = {"@type": "VideoGame", "name": st.gname, "gamePlatform": [st.platform]}
            ld["reviewRating"] = {"@type": "Rating", "ratingValue": st.score, "bestRating": 10}
        head = '<link rel="canonical" href="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/>%s' % (s.url(st.path), E(st.title), jl(ld))
        page = {"route": "/articles/[slug]", "page": {"__typename": "Article", "type": "review" if rev else "article", "title": st.title, "slug": st.path.split("/")[-1],
                "publishDate": st.z, "updatedAt": mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "contributors": [{"name": n, "nickname": n.split()[0].lower()} for n in st.authors],
                "review": {"score": st.score, "scoreText": st.verdict, "reviewedOn": st.platform} if rev else None}}
        return shell("%s - Pixelwire" % st.title, main, page, head)

    for st in (R1, R2, N1):
        s.art(st, article(st), must_not=["More from Pixelwire"])
    # games database
    for st, dev, rel, plats, blurb in ((R1, "Orbital Nine", "March 13, 2025", "PC, PS5, Xbox Series X|S", "Command a fleet whose officers remember every battle in this turn-based space strategy game. Plan your squadron's moves, recover lost crews and rebuild your navy across a forty-mission campaign."),
                                       (R2, "Quiet Owl Games", "February 20, 2025", "PC, PS5", "Explore a drowned seaside hotel by the light of a cursed lantern and uncover what happened to its last guests in this first-person horror adventure.")):
        m = ('<div class="object-page"><h1 class="display-title">%s</h1><div class="object-summary"><p>%s</p></div><dl class="object-info"><dt>Release Date</dt><dd>%s</dd>'
             '<dt>Developer</dt><dd>%s</dd><dt>Platforms</dt><dd>%s</dd><dt>Genre</dt><dd>Strategy</dd></dl><section class="object-review"><h2>Pixelwire Review</h2>'
             '<a href="%s">%s</a> <span class="score">%d</span></section></div>') % (E(st.gname), E(blurb), rel, dev, plats, st.path, E(st.title), st.score)
        s.non(st.game, shell("%s - Pixelwire" % st.gname, m, {"route": "/games/[slug]", "object": {"name": st.gname, "releaseDate": rel}},
                             jl({"@context": "https://schema.org", "@type": "VideoGame", "name": st.gname, "datePublished": rel, "author": {"@type": "Organization", "name": dev}})))
    v = ('<div class="video-page"><div class="video-player" data-video-id="a81f"></div><h1 class="display-title">Starfall Tactics - Official Launch Trailer</h1>'
         '<div class="video-meta"><span>Mar 12, 2025</span> <span>2:14</span></div><p class="video-description">Starfall Tactics is available now on PC, PS5 and Xbox Series X|S. '
         'Watch the launch trailer for a look at fleet battles, crew officers and the campaign\'s final act.</p><a href="%s">Read our Starfall Tactics review</a> <a href="%s">Starfall Tactics</a></div>') % (R1.path, R1.game)
    s.non("/videos/starfall-tactics-official-launch-trailer", shell("Starfall Tactics - Official Launch Trailer - Pixelwire", v, {"route": "/videos/[slug]"},
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Starfall Tactics - Official Launch Trailer", "uploadDate": "2025-03-12T17:00:00Z",
              "description": "Starfall Tactics is available now.", "thumbnailUrl": s.url("/thumb/a81f.jpg")})))
    deals = [("PS5 Slim Digital Edition", "$399.99", "$449.99"), ("Starfall Tactics (PS5)", "$49.99", "$59.99"), ("DualSense Wireless Controller - Midnight Black", "$54.00", "$74.99"), ("2TB NVMe SSD with Heatsink", "$129.99", "$179.99")]
    dm = '<div class="deals-hub"><h1 class="display-title">Deals</h1><p class="deals-intro">The best discounts on games, consoles and accessories, checked by our deals team every day. Pixelwire may earn a commission when you buy through links.</p><ul class="deal-list">%s</ul><a href="%s">Starfall Tactics Review</a></div>' % (
        "".join('<li class="deal-card"><h3>%s</h3><span class="price">%s</span> <s>%s</s> <a class="buy" href="/deals">See it</a></li>' % (E(n), p, o) for n, p, o in deals), R1.path)
    s.non("/deals", shell("Best Video Game Deals Today - Pixelwire", dm, {"route": "/deals"}))
    s.non("/reviews", shell("Game Reviews - Pixelwire", '<h1 class="display-title">Reviews</h1><ul>%s</ul>' % lis([R1, R2]), {"route": "/reviews"}))
    s.non("/news", shell("Video Game News - Pixelwire", '<h1 class="display-title">News</h1><ul>%s</ul>' % lis([N1, R1]), {"route": "/news"}))
    s.non("/", shell("Pixelwire - Video Game News, Reviews, Trailers", '<section class="home-feed"><ul>%s%s</ul></section>' % (
        lis([N1, R1, R2]), links([(R1.game, "Starfall Tactics"), (R2.game, "Hollow Lantern")])), {"route": "/"}))
    for n, sts in (("Kai Moreno", [R1]), ("Sasha Ortega", [R2]), ("Dev Patel", [N1])):
        s.non("/person/%s" % n.lower().replace(" ", "-"), shell("%s - Pixelwire" % n, '<div class="person-page"><h1>%s</h1><p>Reviews Editor</p><ul>%s</ul></div>' % (E(n), lis(sts)), {"route": "/person/[slug]"}))
    s.non("/about", shell("About Pixelwire", "<h1>About Pixelwire</h1><p>Pixelwire covers games, hardware and the people who make them.</p>", {"route": "/about"}))


# ------------------------------------------------------ 3 Marquee (Deadline/Variety-like, WordPress VIP)
def marquee():
    s = Site(3, "Marquee")
    X = St("/2025/03/nora-quill-low-tide-lionsgate-heist-thriller-1236298841/", "Nora Quill To Star In Heist Thriller ‘Low Tide’ For Lionsgate",
           "2025-03-11T10:00:00-07:00", ["Dana Whitfield"], """
EXCLUSIVE: Nora Quill is set to star in Low Tide, a heist thriller that Lionsgate is developing with director Rafael Ocampo, who wrote the script with longtime collaborator June Tamura. Production is slated to begin in Lisbon this fall.
The film follows a retired marine salvage diver who is pulled back into the trade when her estranged brother asks for help recovering a sunken shipment off the Portuguese coast, only for the job to turn into a robbery of the smugglers who sank it.
Ocampo broke out with the 2022 Sundance thriller Tin Roof, which Lionsgate picked up after its premiere, and the studio has been looking for a second project with the director ever since. Quill will also produce through her Marlowe Pictures banner alongside Ocampo and Vanessa Cho.
Quill most recently starred opposite Theo Marsh in the romantic drama Winter Orchard, which grossed more than $90 million worldwide, and she next appears in the Netflix limited series The Glass Coast.
She is represented by CAA, Range Media Partners and the law firm Hansen Jacobson.""", roles=["Film Reporter"], kicker="Exclusive", sec=("film", "Film"))
    T = St("/2025/03/harbor-lights-renewed-season-3-apple-tv-plus-1236291107/", "‘Harbor Lights’ Renewed For Season 3 At Apple TV+",
           "2025-03-05T14:15:00-08:00", ["Ava Lindqvist", "Marcus Bell"], """
Apple TV+ has renewed Harbor Lights for a third season, keeping the coastal mystery drama in its lineup after a second season that the streamer says drew its largest audience for a returning series so far.
The renewal comes two weeks after the season two finale, which ended with the disappearance of the harbormaster played by Gil Navarro and left several storylines open. Creator Bea Lindholm returns as showrunner, with production set to start in Nova Scotia in late summer.
Harbor Lights stars Cora Quinlan as a former coast guard investigator who returns to her hometown to look after her ailing father and is drawn into a series of unexplained shipwrecks. Navarro, Tess Adebayo and Owen Salt also star.
Lindholm said in a statement that the writers had mapped out the third season before the second had finished filming, and that the new episodes would finally explain what happened on the night of the storm that opened the series.
The series is produced by Fremantle and Lindholm's Saltbox Productions for Apple TV+.""", roles=["TV Reporter", "Co-Editor-in-Chief, TV"], sec=("tv", "TV"))
    B = St("/2025/03/box-office-cinder-road-opening-weekend-1236301552/", "‘Cinder Road’ Races To $41M Opening As ‘Puddle Jumpers’ Holds Well – Box Office",
           "2025-03-14T19:20:00-07:00", ["Jake Tolliver"], """
UPDATED, Sunday AM: Cinder Road raced to an estimated $41 million opening at 3,850 theaters in North America this weekend, comfortably ahead of tracking and the best start for an original action film since last summer.
The Universal release, directed by Kasia Brandt and starring Mick Oduya as a getaway driver hired by the family he once robbed, earned an A- CinemaScore and drew an audience that was 58% male and mostly under 35. Premium large formats accounted for almost a third of the gross.
Holdovers were steady. Last weekend's champion, the animated Puddle Jumpers, fell 39% to $22.4 million in second place, while the horror film The Quiet Floor took third with $9.1 million in its third weekend.
PREVIOUS, Friday PM: Cinder Road is heading for an opening between $36 million and $40 million after $5.2 million in Thursday previews, according to rival distribution executives.
Overall ticket sales for the weekend are running 18% ahead of the same frame last year, according to Comscore.""", roles=["Box Office Editor"], sec=("box-office", "Box Office"),
           updated="2025-03-16T09:35:00-07:00")
    ALL = [X, T, B]

    def shell(title, main, cls, head=""):
        return ('<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="stylesheet" href="/wp-content/themes/vip/pmc-marquee/assets/build/css/main.css">%s</head><body class="%s">'
                '<div class="header-sticky"><a class="c-logo" href="/">Marquee</a><nav class="o-nav"><a href="/v/film/">Film</a> <a href="/v/tv/">TV</a> '
                '<a href="/c/box-office/">Box Office</a> <a href="/box-office/weekend-chart/">Charts</a> <a href="/video/">Video</a> <a href="/newsletters/">Newsletters</a></nav></div>'
                '<div class="lrv-a-wrapper">%s</div><footer class="footer"><a href="/about/">About</a> <a href="/t/exclusive/">Exclusives</a> <p>Marquee is a part of Penske-like Media Corp. &copy; 2025</p></footer></body></html>') % (E(title), head, cls, main)

    def slug(n):
        return n.lower().replace(" ", "-")

    def article(st):
        ts = st.t if not hasattr(st, "updated") else datetime.datetime.fromisoformat(st.updated)
        shown = "%s %d, %d %d:%02d%s PT" % (MON[ts.month - 1], ts.day, ts.year, (ts.hour % 12) or 12, ts.minute, "am" if ts.hour < 12 else "pm")
        authors = ", ".join('<div class="c-byline__author"><a class="c-link" href="/author/%s/">%s</a><span class="c-byline__role">%s</span></div>' % (slug(n), E(n), E(r))
                            for n, r in zip(st.authors, st.roles))
        kick = '<span class="c-label c-label--exclusive"><a href="/t/exclusive/">%s</a></span>' % st.kicker if hasattr(st, "kicker") else ""
        body = "".join("<p>%s</p>" % E(p) for p in st.ps[:3])
        body += '<div class="pmc-related-link"><p><strong>Related Stories</strong></p><a href="%s">%s</a></div>' % ([x for x in ALL if x is not st][0].path, E([x for x in ALL if x is not st][0].title))
        body += "".join("<p>%s</p>" % E(p) for p in st.ps[3:])
        main = ('<article class="single-article"><header class="article-header">%s<h1 class="c-title article-title">%s</h1>'
                '<div class="c-byline">By %s</div><div class="c-timestamp"><time datetime="%s">%s</time></div>'
                '<div class="social-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div></header>'
                '<figure class="article-image"><img src="/wp-content/uploads/2025/03/lead.jpg"><figcaption>Courtesy of the studio</figcaption></figure>'
                '<div class="a-content pmc-paywall">%s</div><div class="article-tags"><a href="/v/%s/">%s</a></div></article>'
                '<aside class="o-sidebar"><h3>Must Read</h3><ul>%s</ul></aside>') % (
            kick, E(st.title), authors, ts.isoformat(), shown, body, st.sec[0], st.sec[1], lis([x for x in ALL if x is not st]))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": s.url(st.path), "headline": st.title,
              "datePublished": st.iso, "dateModified": ts.isoformat(), "author": [{"@type": "Person", "name": n} for n in st.authors],
              "publisher": {"@type": "Organization", "name": "Marquee"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (
            s.url(st.path), E(st.title), st.iso, ts.isoformat(), jl(ld))
        return shell("%s" % st.title, main, "post-template-default single single-post pmc-marquee", head)

    for st in ALL:
        rel = [x for x in ALL if x is not st][0].title
        s.art(st, article(st), must_not=[rel])
    s.non("/", shell("Marquee – Hollywood Entertainment Breaking News", '<section class="river"><h2>Latest</h2><ul>%s</ul></section>' % lis(ALL), "home"))
    s.non("/v/film/", shell("Film News – Marquee", '<h1 class="c-heading">Film</h1><ul>%s</ul>' % lis([X, B]), "archive vertical"))
    s.non("/v/tv/", shell("TV News – Marquee", '<h1 class="c-heading">TV</h1><ul>%s</ul>' % lis([T]), "archive vertical"))
    s.non("/c/box-office/", shell("Box Office – Marquee", '<h1 class="c-heading">Box Office</h1><ul>%s</ul>' % lis([B]), "archive category"))
    s.non("/t/exclusive/", shell("Exclusive – Marquee", '<h1 class="c-heading">Exclusive</h1><ul>%s</ul>' % lis([X]), "archive tag"))
    for n, r, sts in (("Dana Whitfield", "Film Reporter", [X]), ("Ava Lindqvist", "TV Reporter", [T]), ("Marcus Bell", "Co-Editor-in-Chief, TV", [T]), ("Jake Tolliver", "Box Office Editor", [B])):
        s.non("/author/%s/" % slug(n), shell("%s, Author at Marquee" % n, '<div class="author-profile"><h1>%s</h1><p class="role">%s</p><p>%s has written for Marquee since 2019. Follow on X.</p></div><ul>%s</ul>' % (
            E(n), E(r), E(n.split()[0]), lis(sts)), "archive author"))
    rows = [("1", "Cinder Road", "Universal", "$41,000,000", "1"), ("2", "Puddle Jumpers", "Disney", "$22,400,000", "2"), ("3", "The Quiet Floor", "Neon", "$9,100,000", "3")]
    s.non("/box-office/weekend-chart/", shell("Weekend Box Office Chart – Marquee",
          '<h1 class="c-heading">Weekend Box Office: March 14-16, 2025</h1><table class="chart"><tr><th>Rank</th><th>Title</th><th>Distributor</th><th>Weekend</th><th>Weeks</th></tr>%s</table><p><a href="%s">Full analysis</a></p>' % (
              "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows), B.path), "page chart"))
    s.non("/video/", shell("Video – Marquee", '<h1 class="c-heading">Video</h1><div class="video-card"><h3>Nora Quill on ‘Winter Orchard’ and Playing Quiet Characters</h3><span>4:12</span></div><ul>%s</ul>' % lis([X]), "archive video"))
    s.non("/newsletters/", shell("Newsletters – Marquee", '<h1>Newsletters</h1><p>Breaking news alerts and the Morning Marquee, free to your inbox.</p><ul>%s</ul>' % lis([X]), "page"))
    s.non("/about/", shell("About – Marquee", '<h1>About Marquee</h1><p>Marquee is the trade paper for film and television.</p>', "page"))
    s.sitemap([x.path for x in ALL])


# ------------------------------------------------------ 4 Feedback (NME-like music magazine, Drupal)
def feedback():
    s = Site(4, "Feedback")
    R1 = St("/reviews/album/maren-holt-salt-lines-review", "Maren Holt – ‘Salt Lines’ review: a storm-lashed triumph from the folk iconoclast",
            "2025-03-12T09:00:00+00:00", ["Tom Ashby"], """
There is a moment halfway through Salt Lines when the fiddle drops out, the wind recorded on a Shetland beach rises underneath Maren Holt's voice, and the song seems to stop being a song at all. It is the boldest thing she has done in a decade of records that were already braver than most.
Holt made the album over three winters in a converted net loft on Yell, working with a rotating cast of local musicians and the producer Ewan Marr. The arrangements are spare, often just voice, harmonium and a double bass bowed so slowly that each note seems to sag under its own weight.
The songs are about leaving and staying. Ferry Timetable follows a teenager counting down the days until she can leave the island, while the closing track, Harbour Wall, is sung decades later by the same woman, now unable to imagine living anywhere else.
Not everything lands. The seven-minute Gannets drifts without direction, and a spoken-word interlude about fishing quotas feels like a note from a different album. But these are small complaints about a record this ambitious.
Salt Lines is the sound of an artist who has stopped worrying about whether anyone will follow her, and is all the better for it.""",
            stars=4, label="Rough Trade", release="14th March 2025", nid=4821, meta=True, artist=("/artists/maren-holt", "Maren Holt"))
    R2 = St("/reviews/album/glass-harbour-neon-tidewater-review", "Glass Harbour – ‘Neon Tidewater’ review: a comeback that plays it far too safe",
            "2025-02-04T10:30:00+00:00", ["Ruby Kendal"], """
When Glass Harbour split in 2016, they left behind two albums of wiry, nervous guitar pop and a reputation for live shows that regularly ended with the drummer standing on the bar. Neon Tidewater, their first record in nine years, sounds like it was made by a band determined not to upset anyone.
The production is glossy and the choruses are enormous, but almost every song follows the same path, from a muted verse to a chorus built for festival fields. Lead single Parallel Lines is catchy enough, yet it could be the work of any one of a dozen bands who learned their tricks from Glass Harbour in the first place.
There are flashes of the old spark. Broken Compass lets guitarist Jo Pryce loose for a scrappy, thrilling solo, and the closing Lantern Street slows everything down for a tender song about the street in Leeds where the band first rehearsed.
Those moments only make the rest of the album more frustrating. Fans who waited nine years deserved a record with some of the danger that made them care in the first place.""",
            stars=2, label="Harbourline Records", release="7th February 2025", nid=4610, meta=False, artist=("/artists/glass-harbour", "Glass Harbour"))
    N1 = St("/news/music/the-velvet-arcs-announce-first-uk-tour-in-nine-years", "The Velvet Arcs announce first UK tour in nine years",
            "2025-03-20T11:30:00+00:00", ["Ruby Kendal", "Tom Ashby"], """
The Velvet Arcs have announced their first UK tour in nine years, with eleven dates across England, Scotland and Wales in the autumn. The run begins at Glasgow's Barrowland Ballroom on October 9 and ends with two nights at the Roundhouse in London.
The band, who went on hiatus in 2016 after singer Amy Lister moved to Canada, reunited last summer for a surprise set at a festival in Cornwall. Lister said at the time that the reaction from the crowd had convinced her the band had unfinished business.
A new single, Paper Lanterns, is out today and is the first taste of a fourth album that the band recorded in a farmhouse in Powys over the winter. No release date for the record has been announced yet.
Tickets go on general sale at 9am on Friday, March 28, with a fan pre-sale running from Wednesday for those who sign up to the band's mailing list.""",
            nid=4902, meta=True, artist=("/artists/the-velvet-arcs", "The Velvet Arcs"))
    ALL = [R1, R2, N1]

    def ordinal(d):
        return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

    def shell(title, main, cls, head="", path="/"):
        return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<meta name="MobileOptimized" content="width"><title>%s | Feedback</title>%s<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xv2.css"></head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
                '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner"><div class="region region-header">'
                '<a href="/" rel="home" class="site-logo">Feedback</a></div><nav role="navigation" class="menu--main"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li>'
                '<li class="menu-item"><a href="/reviews/album">Album Reviews</a></li><li class="menu-item"><a href="/polls/album-of-the-year-so-far">Vote</a></li></ul></nav></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">%s</div></div></main>'
                '<footer role="contentinfo"><a href="/about">About Feedback</a> <p>&copy; 2025 Feedback Music Media Ltd</p></footer></div></div>'
                '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"%s","currentLanguage":"en"},"user":{"uid":0}}</script></body></html>') % (
            E(title), head, cls, main, path.lstrip("/"))

    def article(st):
        rev = hasattr(st, "stars")
        names = " and ".join('<a href="/user/%s" hreflang="en">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st.authors)
        shown = "%s %s %d" % (ordinal(st.t.day), MON[st.t.month - 1], st.t.year) + ("" if rev else " at %d:%02d" % (st.t.hour, st.t.minute))
        rating = ('<div class="field field--name-field-rating field--type-integer" aria-label="Rated %d out of 5"><span class="stars">%s</span></div>' % (st.stars, "★" * st.stars + "☆" * (5 - st.stars))) if rev else ""
        info = ('<div class="field field--name-field-album-details"><h3>Details</h3><ul><li>Record label: %s</li><li>Release date: %s</li></ul></div>' % (E(st.label), st.release)) if rev else ""
        main = ('<div id="block-feedback-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>'
                '<article data-history-node-id="%d" role="article" about="%s" class="node node--type-%s node--promoted node--view-mode-full">'
                '<div class="node__meta"><span class="field field--name-uid field--type-entity-reference">By %s</span> '
                '<span class="field field--name-created field--type-created">%s</span></div>%s'
                '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">%s</div>%s'
                '<div class="field field--name-field-artist"><div class="field__label">Artist</div><a href="%s">%s</a></div></div></article>'
                '<div class="block block-views block-views-blockrelated-content"><h2>More Reviews</h2><ul>%s</ul></div>') % (
            E(st.title), st.nid, st.path, "album-review" if rev else "news", names, shown, rating, P(st.ps), info, st.artist[0], E(st.artist[1]),
            lis([x for x in ALL if x is not st]))
        head = '<link rel="canonical" href="%s"><link rel="shortlink" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">' % (
            s.url(st.path), s.url("/node/%d" % st.nid), E(st.title))
        if st.meta:
            head += '<meta property="article:published_time" content="%s">' % st.t.isoformat()
        return shell(st.title, main, "path-node page-node-type-%s" % ("album-review" if rev else "news"), head, "node/%d" % st.nid)

    for st in ALL:
        # a time and zone only where article:published_time is given
        s.art(st, article(st), instant=st.meta, must_not=["More Reviews"])
    s.non("/", shell("Feedback – Music News, Reviews and Interviews", '<div class="view view-frontpage"><ul>%s</ul></div>' % lis(ALL), "path-frontpage"))
    s.non("/reviews/album", shell("Album Reviews", '<h1 class="page-title">Album Reviews</h1><div class="view-content"><ul>%s</ul></div>' % lis([R1, R2]), "path-reviews"))
    s.non("/news", shell("News", '<h1 class="page-title">News</h1><div class="view-content"><ul>%s</ul></div>' % lis([N1]), "path-news"))
    for st in ALL:
        s.non(st.artist[0], shell(st.artist[1], '<h1 class="page-title">%s</h1><div class="taxonomy-term vocabulary-artists"><p>Read all Feedback coverage of %s: reviews, news and interviews.</p></div><ul>%s</ul>' % (
            E(st.artist[1]), E(st.artist[1]), lis([st])), "path-taxonomy"))
    for n, sts in (("Tom Ashby", [R1, N1]), ("Ruby Kendal", [R2, N1])):
        s.non("/user/%s" % n.lower().replace(" ", "-"), shell(n, '<h1 class="page-title">%s</h1><article class="profile"><p>Writer at Feedback.</p></article><ul>%s</ul>' % (E(n), lis(sts)), "path-user"))
    opts = [("Maren Holt – Salt Lines", 41), ("The Velvet Arcs – Paper Lanterns (single)", 23), ("Glass Harbour – Neon Tidewater", 9), ("Something else", 27)]
    s.non("/polls/album-of-the-year-so-far", shell("Vote: What’s the best album of 2025 so far?",
          '<h1 class="page-title">Vote: What’s the best album of 2025 so far?</h1><p class="poll-meta">Poll closes 31st March 2025</p><form class="poll-view-form">%s<button>Vote</button></form>'
          '<div class="poll-results">%s<p>Total votes: 3,214</p></div><p>Read our review: <a href="%s">%s</a></p>' % (
              "".join('<label><input type="radio" name="choice"> %s</label>' % E(o) for o, _ in opts),
              "".join('<div class="choice-title">%s</div><div class="percent">%d%%</div>' % (E(o), p) for o, p in opts), R1.path, E(R1.title)), "path-poll"))
    s.non("/about", shell("About Feedback", "<h1 class=\"page-title\">About</h1><p>Feedback has written about new music since 1998.</p>", "path-node"))


# ------------------------------------------------------ 5 TV Kompass (German TV magazine)
def tvkompass():
    s = Site(5, "TV Kompass")
    K1 = St("/news/serien/tatort-muenster-kommissarin-wenzel-hoert-auf-1204417.html", "‚Tatort‘ Münster: Kommissarin Wenzel hört nach zehn Jahren auf",
            "2025-03-14T10:15:00+01:00", ["Anna Schmidt"], """
Nach zehn Jahren und 21 Fällen ist Schluss: Schauspielerin Miriam Falk verlässt den Münsteraner ‚Tatort‘. Das bestätigte der WDR am Freitag in Köln. Ihr letzter Fall als Kommissarin Jule Wenzel soll im Herbst 2026 ausgestrahlt werden.
Falk hatte die Rolle 2015 übernommen und war damit die erste Frau an der Seite des Ermittlerduos, das seit Jahren zu den quotenstärksten Teams der Krimireihe zählt. Zuletzt sahen im Schnitt mehr als zwölf Millionen Menschen zu.
In einer Mitteilung sagte Falk, sie wolle sich nach der langen Zeit neuen Aufgaben widmen, vor allem am Theater. Die Entscheidung sei ihr nicht leichtgefallen, denn das Team in Münster sei für sie wie eine zweite Familie geworden.
Wer die Nachfolge antritt, ist noch offen. Der Sender kündigte an, die Rolle nicht einfach neu zu besetzen, sondern eine neue Figur einzuführen, deren Geschichte bereits im Abschiedsfall beginnen soll.
Die Dreharbeiten für den letzten gemeinsamen Fall beginnen im Mai in Münster und Umgebung.""")
    K2 = St("/news/serien/die-lichtung-zweite-staffel-startet-im-april-1203981.html", "‚Die Lichtung‘: Zweite Staffel startet im April im Ersten",
            "2025-03-07T16:05:00+01:00", ["Jonas Weber", "Anna Schmidt"], """
Die Krimiserie ‚Die Lichtung‘ kehrt zurück: Das Erste zeigt die zweite Staffel ab Donnerstag, 3. April, immer um 20.15 Uhr in Doppelfolgen. Alle acht Episoden stehen bereits ab dem 28. März in der ARD Mediathek.
In den neuen Folgen ermittelt Kommissarin Hanna Roth, gespielt von Katrin Seidel, in einem Dorf im Schwarzwald, in dem ein seit Jahren vermisster Förster plötzlich wieder auftaucht und sich an nichts erinnern kann.
Die erste Staffel hatte im vergangenen Frühjahr vor allem in der Mediathek ein großes Publikum gefunden und war dort die meistgesehene fiktionale Serie des Jahres. Im linearen Programm lag der Marktanteil bei knapp vierzehn Prozent.
Regisseur Thomas Kern sagte, die neue Staffel sei düsterer und langsamer erzählt als die erste. Gedreht wurde im vergangenen Herbst rund um Triberg und Furtwangen, oft bei Nebel und Regen.
Eine dritte Staffel ist nach Angaben des SWR bereits in Planung.""", updated="2025-03-08T18:40:00+01:00")
    K3 = St("/news/quoten/wer-wird-millionaer-special-siegt-am-montagabend-1203702.html", "TV-Quoten: ‚Wer wird Millionär?‘-Special siegt am Montagabend",
            "2025-03-04T09:30:00+01:00", ["Lars Becker"], """
Das ‚Wer wird Millionär?‘-Prominentenspecial hat am Montagabend die Quotenkrone geholt. Im Schnitt schalteten 5,1 Millionen Zuschauerinnen und Zuschauer ab drei Jahren bei RTL ein, das entsprach einem Marktanteil von 19,8 Prozent.
Beim jungen Publikum zwischen 14 und 49 Jahren war der Vorsprung noch deutlicher: Hier kam die Quizshow auf 24,3 Prozent und ließ die Konkurrenz weit hinter sich.
Das ZDF erreichte mit dem Fernsehfilm ‚Ein Sommer an der Schlei‘ 4,6 Millionen Menschen und lag damit beim Gesamtpublikum nur knapp dahinter. Das Erste kam mit einer Dokumentation über den Rhein auf 2,9 Millionen.
Für RTL war es die beste Montagsquote seit dem Herbst. Der Sender kündigte an, im Mai zwei weitere Specials mit prominenten Kandidatinnen und Kandidaten auszustrahlen.
Die Werte stammen von der AGF in Zusammenarbeit mit GfK.""")
    ALL = [K1, K2, K3]

    def shell(title, main, cls, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s"><div id="page"><header class="header"><a class="header__logo" href="/">TV Kompass</a><nav class="header__nav">'
                '<a href="/tv-programm/">TV-Programm</a> <a href="/tv-programm/2015/">20:15 im TV</a> <a href="/live-tv/das-erste/">Live-TV</a> <a href="/news/">News</a> <a href="/sendungen/die-lichtung/">Serien</a></nav></header>'
                '<div class="content">%s</div><footer class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <span>&copy; 2025 TV Kompass</span></footer></div></body></html>') % (E(title), head, cls, main)

    def dt(t):
        return "%02d.%02d.%d, %02d:%02d Uhr" % (t.day, t.month, t.year, t.hour, t.minute)

    def article(st):
        names = " und ".join('<a href="/autoren/%s/" class="author-link">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st.authors)
        when = '<time class="article-date" datetime="%s">%s</time>' % (st.iso, dt(st.t))
        if hasattr(st, "updated"):
            u = datetime.datetime.fromisoformat(st.updated)
            when = '<span class="article-date--updated">Aktualisiert: <time datetime="%s">%s</time></span> <span class="article-date--created">Erstellt: <time datetime="%s">%s</time></span>' % (st.updated, dt(u), st.iso, dt(st.t))
        box = '<div class="teaser-box"><strong>Auch interessant:</strong> <a href="%s">%s</a></div>' % ([x for x in ALL if x is not st][0].path, E([x for x in ALL if x is not st][0].title))
        main = ('<article class="article"><div class="article__kicker">%s</div><h1 class="article__headline">%s</h1>'
                '<div class="article__meta"><span class="article__author">Von %s</span> %s</div>'
                '<figure class="article__image"><img src="/img/%d.jpg" alt=""><figcaption>Foto: WDR/Martin Valentin Menke</figcaption></figure>'
                '<div class="article__body">%s%s%s</div><div class="article__tags"><a href="/news/">Alle News</a></div></article>') % (
            "Serien" if "serien" in st.path else "Quoten", E(st.title), names, when, zlib.crc32(st.path.encode()),
            P(st.ps[:2]), box, P(st.ps[2:]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.iso,
              "dateModified": getattr(st, "updated", st.iso), "author": [{"@type": "Person", "name": n} for n in st.authors],
              "publisher": {"@type": "Organization", "name": "TV Kompass"}}
        return shell("%s | TV Kompass" % st.title, main, "page-article", '<link rel="canonical" href="%s"><meta property="og:type" content="article">%s' % (s.url(st.path), jl(ld)))

    for st in ALL:
        s.art(st, article(st), must_not=["Auch interessant"])
    prog = [("Das Erste", "20:15", "Die Lichtung", "Krimiserie", "/sendungen/die-lichtung/"), ("ZDF", "20:15", "Ein Sommer an der Schlei", "Fernsehfilm", "/tv-programm/"),
            ("RTL", "20:15", "Wer wird Millionär?", "Quizshow", "/tv-programm/"), ("ProSieben", "20:15", "Galileo Spezial", "Wissensmagazin", "/tv-programm/")]
    rows = "".join('<tr class="programme"><td class="channel">%s</td><td class="time">%s</td><td class="title"><a href="%s">%s</a></td><td class="genre">%s</td></tr>' % (c, t, u, E(n), g) for c, t, n, g, u in prog)
    s.non("/tv-programm/2015/", shell("TV-Programm heute 20:15 | TV Kompass", '<h1>TV-Programm heute um 20:15 Uhr</h1><p class="date">Donnerstag, 03.04.2025</p><table class="tv-listing">%s</table><p><a href="%s">%s</a></p>' % (rows, K2.path, E(K2.title)), "page-listing"))
    s.non("/tv-programm/", shell("TV-Programm jetzt | TV Kompass", '<h1>Jetzt im TV</h1><table class="tv-listing">%s</table>' % rows.replace("20:15", "19:30"), "page-listing"))
    s.non("/sendungen/die-lichtung/", shell("Die Lichtung – Sendetermine, Folgen, Besetzung | TV Kompass",
          '<div class="broadcast-detail"><h1>Die Lichtung</h1><p class="genre">Krimiserie, D 2024–2025, FSK 12</p>'
          '<p class="synopsis">Kommissarin Hanna Roth wird in ein abgelegenes Dorf im Schwarzwald versetzt. Als dort ein seit Jahren vermisster Förster wieder auftaucht und sich an nichts erinnern kann, '
          'stößt sie auf ein Geflecht aus alten Schulden, Schweigen und einer Schuld, die das ganze Dorf verbindet. Mit Katrin Seidel, Bruno Haas und Eva Lindner.</p>'
          '<h2>Sendetermine</h2><ul class="airings"><li>Do 03.04. 20:15 Das Erste – Folge 1: Der Rückkehrer</li><li>Do 03.04. 21:00 Das Erste – Folge 2: Nebelwald</li><li>Fr 04.04. 00:20 Das Erste – Folge 1 (Wdh.)</li></ul>'
          '<h2>News zur Serie</h2><ul>%s</ul></div>' % lis([K2]), "page-broadcast"))
    s.non("/live-tv/das-erste/", shell("Das Erste live im TV-Stream | TV Kompass",
          '<div class="livestream"><h1>Das Erste live im TV-Stream</h1><div class="player" data-channel="ard"></div><p class="now">Jetzt läuft: Tagesschau (20:00 – 20:15)</p>'
          '<p class="next">Danach: Die Lichtung (20:15 – 21:00)</p><p>Den Livestream von Das Erste können Sie hier kostenlos und legal anschauen.</p><a href="/sendungen/die-lichtung/">Die Lichtung</a></div>', "page-live"))
    s.non("/news/", shell("TV-News | TV Kompass", '<h1>News</h1><ul>%s</ul>' % lis(ALL), "page-listing"))
    s.non("/", shell("TV Kompass – TV-Programm, TV-News und Streaming-Tipps", '<div class="home"><h2>Top-News</h2><ul>%s</ul><h2>Heute im TV</h2><ul>%s</ul></div>' % (
        lis(ALL), links([("/tv-programm/2015/", "20:15 im TV"), ("/tv-programm/", "Jetzt im TV")])), "page-home"))
    for n, sts in (("Anna Schmidt", [K1, K2]), ("Jonas Weber", [K2]), ("Lars Becker", [K3])):
        s.non("/autoren/%s/" % n.lower().replace(" ", "-"), shell("%s – Autor | TV Kompass" % n, '<h1>%s</h1><p>Redakteurin/Redakteur für Serien und Quoten.</p><ul>%s</ul>' % (E(n), lis(sts)), "page-author"))
    s.non("/impressum/", shell("Impressum | TV Kompass", "<h1>Impressum</h1><p>TV Kompass GmbH, Hamburg. Chefredaktion: Petra Lang.</p>", "page-static"))
    s.non("/datenschutz/", shell("Datenschutz | TV Kompass", "<h1>Datenschutz</h1><p>Informationen zum Datenschutz.</p>", "page-static"))


# ------------------------------------------------------ Arc XP pages (sites 6 and 7)
def arc_page(s, arcsite, lang, title, main, nav, footer, gc=None, head=""):
    meta = ""
    if gc is not None:
        meta = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="%s";Fusion.contextPath="/pf";'
                'Fusion.mxId="00000000";Fusion.deployment="412";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};</script>') % (
            arcsite, json.dumps(gc, ensure_ascii=False).replace("</", "<\\/"), gc.get("website_url", "/"))
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
            '<link rel="stylesheet" href="/pf/resources/dist/%s/css/style.css?d=412"></head><body><div id="fusion-app" class="layout-section">'
            '<header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="/">%s</a><nav class="b-links-bar">%s</nav></header>'
            '<main class="b-right-rail">%s</main><footer class="b-footer">%s</footer></div>%s<script src="/pf/dist/engine/react.js?d=412" defer></script></body></html>') % (
        lang, E(title), head, arcsite, E(s.name), nav, main, footer, meta)


def arc_story(s, st, sec, upd):
    """Fusion.globalContent of an Arc story: display_date and first_publish_date
    are the publication, publish_date the last republish."""
    slug = st.path.strip("/").split("/")[-1]
    return {"_id": "%08X" % zlib.crc32(st.path.encode()) + "QZ7KJ3M5", "type": "story", "version": "0.10.9", "website_url": st.path, "canonical_url": st.path,
            "headlines": {"basic": st.title}, "subheadlines": {"basic": st.sub}, "slug": slug,
            "credits": {"by": [{"_id": n.lower().replace(" ", "-"), "type": "author", "name": n, "url": "/autor/%s/" % n.lower().replace(" ", "-")} for n in st.authors]},
            "display_date": st.z, "first_publish_date": st.z, "publish_date": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "last_updated_date": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "taxonomy": {"primary_section": {"_id": "/" + sec[0], "name": sec[1]}, "tags": [{"text": t} for t in getattr(st, "tags", [])]},
            "content_elements": [{"type": "text", "content": p} for p in st.ps]}


# ------------------------------------------------------ 6 Corazón (Spanish celebrity portal, Arc XP)
def corazon():
    s = Site(6, "Corazón")
    C1 = St("/famosos/2025/03/14/lola-ibarra-nacho-bermudez-boda-secreta-sevilla/", "Lola Ibarra y Nacho Bermúdez, boda secreta en Sevilla",
            "2025-03-14T10:15:00+01:00", ["Redacción"], """
La actriz Lola Ibarra y el futbolista Nacho Bermúdez se han casado en secreto. La pareja se dio el 'sí, quiero' el pasado sábado en una finca a las afueras de Sevilla, en una ceremonia íntima a la que solo asistieron sus familias y un pequeño grupo de amigos.
Según ha podido saber esta revista, los novios consiguieron mantener el enlace en secreto hasta el último momento: los invitados recibieron la ubicación exacta apenas dos horas antes y tuvieron que dejar sus teléfonos móviles a la entrada.
La novia lució un diseño de encaje de manga larga firmado por un taller sevillano, mientras que Bermúdez eligió un chaqué gris perla. Tras la ceremonia, los invitados disfrutaron de un cóctel en los jardines y de una cena amenizada por un grupo de flamenco.
Ibarra y Bermúdez se conocieron hace cinco años en un acto benéfico en Madrid y desde entonces han evitado hablar de su relación en público. Hace unos meses, la actriz aseguró en una entrevista que prefería vivir las cosas bonitas sin cámaras delante.
La pareja disfrutará de su luna de miel en Japón en cuanto termine la temporada de fútbol.""",
            sub="La actriz y el futbolista se dieron el 'sí, quiero' en una finca ante un reducido grupo de invitados", tags=["Bodas", "Lola Ibarra"])
    C2 = St("/famosos/2025/03/03/carmen-vidal-reaparece-madrid-ruptura-alex-roca/", "Carmen Vidal reaparece en Madrid tras su ruptura con Álex Roca",
            "2025-03-03T19:40:00+01:00", ["María López"], """
Carmen Vidal ha reaparecido este lunes en Madrid, sonriente y tranquila, pocos días después de confirmar su ruptura con el empresario Álex Roca tras siete años de relación. La presentadora acudió a la presentación de una marca de cosmética en el barrio de Salamanca.
Ante las preguntas de los periodistas, Vidal se limitó a decir que se encuentra muy bien y que la separación se ha producido de mutuo acuerdo y con mucho cariño. También pidió respeto para Roca, con quien asegura que mantiene una buena relación.
La pareja, que nunca llegó a casarse, comparte la custodia de su hija Vega, de cuatro años. Fuentes cercanas a la presentadora explican que ambos han acordado seguir viviendo en la misma urbanización para que la niña no note demasiado el cambio.
Vidal, que acaba de estrenar un programa de entrevistas en la televisión autonómica, ha preferido centrarse en el trabajo estas semanas y ha cancelado varios compromisos sociales.
Por el momento, ni ella ni su entorno han querido confirmar si pasará la Semana Santa en Marbella, como es tradición en su familia.""",
            sub="La presentadora asegura que la separación ha sido de mutuo acuerdo", tags=["Carmen Vidal"])
    C3 = St("/musica/2025/02/08/dani-serra-anuncia-retirada-temporal-escenarios/", "Dani Serra anuncia su retirada temporal de los escenarios",
            "2025-02-08T13:05:00+01:00", ["Lucía Ferrer", "Andrea Gil"], """
El cantante Dani Serra ha anunciado que se retirará temporalmente de los escenarios cuando termine su gira de verano. El artista murciano lo ha comunicado este sábado a través de un vídeo en sus redes sociales, en el que aparece sentado al piano de su casa.
Serra, que lleva más de quince años sin apenas descansar entre disco y disco, explica que necesita parar, respirar y volver a escribir sin prisas. El cantante ha insistido en que no se trata de una despedida definitiva y que no padece ningún problema de salud.
La gira, que arrancará en mayo en Valencia, incluye veinticinco conciertos en España y México y terminará en septiembre con dos fechas en Madrid, cuyas entradas se agotaron en apenas una hora.
El anuncio ha provocado una oleada de mensajes de apoyo de compañeros de profesión y seguidores, muchos de los cuales han recordado que el artista ya sufrió un episodio de agotamiento en 2019.
Su discográfica ha confirmado que durante el parón se publicará un disco en directo grabado en su última gira.""",
            sub="El cantante murciano hará un parón cuando termine su gira de verano", tags=["Dani Serra"])
    ALL = [C1, C2, C3]
    MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    nav = '<a href="/famosos/">Famosos</a> <a href="/musica/">Música</a> <a href="/horoscopo/piscis/">Horóscopo</a> <a href="/etiquetas/bodas/">Bodas</a>'
    foot = '<a href="/quienes-somos/">Quiénes somos</a> <a href="/aviso-legal/">Aviso legal</a> <p>&copy; 2025 Ediciones Corazón S.L.</p>'

    def page(title, main, gc=None, head=""):
        return arc_page(s, "corazon", "es", title, main, nav, foot, gc, head)

    def slug(n):
        return n.lower().replace(" ", "-").replace("í", "i").replace("á", "a").replace("ó", "o")

    for st in ALL:
        upd = st.t + datetime.timedelta(hours=3, minutes=12)
        gc = arc_story(s, st, (st.path.split("/")[1], st.path.split("/")[1].capitalize()), upd)
        for c in gc["credits"]["by"]:
            c["url"] = "/autor/%s/" % slug(c["name"])
        by = " y ".join('<a class="b-byline__link" href="/autor/%s/">%s</a>' % (slug(n), E(n)) for n in st.authors)
        shown = "%d de %s de %d - %02d:%02d CET" % (st.t.day, MES[st.t.month - 1], st.t.year, st.t.hour, st.t.minute)
        rel = [x for x in ALL if x is not st][0]
        main = ('<article class="b-article"><div class="b-overline"><a href="/%s/">%s</a></div><h1 class="b-headline">%s</h1><h2 class="b-subheadline">%s</h2>'
                '<div class="b-byline"><span class="b-byline__by">Por</span> %s</div><div class="b-date"><time datetime="%s">%s</time></div>'
                '<figure class="b-lead-art"><img src="/resizer/abc.jpg" alt=""><figcaption>Foto: Gtres</figcaption></figure>'
                '<div class="b-article-body">%s<div class="b-interstitial-link"><p>LEER MÁS: <a href="%s">%s</a></p></div>%s</div>'
                '<div class="b-tags">%s</div></article>') % (
            st.path.split("/")[1], st.path.split("/")[1].capitalize(), E(st.title), E(st.sub), by, st.z, shown,
            P(st.ps[:3], "c-paragraph"), rel.path, E(rel.title), P(st.ps[3:], "c-paragraph"),
            " ".join('<a href="/etiquetas/%s/">%s</a>' % (slug(t), E(t)) for t in st.tags))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.z,
              "dateModified": gc["last_updated_date"], "author": [{"@type": "Person", "name": n} for n in st.authors]}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(st.path), E(st.title), jl(ld))
        s.art(st, page("%s | Corazón" % st.title, main, gc, head), must_not=["LEER MÁS"])
    s.non("/", page("Corazón: noticias de famosos, realeza y moda", '<section class="b-top-table-list"><ul>%s</ul></section>' % lis(ALL), {"website_url": "/", "type": "section"}))
    s.non("/famosos/", page("Famosos | Corazón", '<h1 class="b-section-title">Famosos</h1><ul>%s</ul>' % lis([C1, C2])))
    s.non("/musica/", page("Música | Corazón", '<h1 class="b-section-title">Música</h1><ul>%s</ul>' % lis([C3])))
    s.non("/etiquetas/bodas/", page("Bodas | Corazón", '<h1 class="b-section-title">Bodas</h1><ul>%s</ul>' % lis([C1])))
    for n, sts in (("María López", [C2]), ("Lucía Ferrer", [C3]), ("Andrea Gil", [C3]), ("Redacción", [C1])):
        s.non("/autor/%s/" % slug(n), page("%s | Corazón" % n, '<div class="b-author-bio"><h1>%s</h1><p>Periodista especializada en crónica social.</p></div><ul>%s</ul>' % (E(n), lis(sts))))
    s.non("/horoscopo/piscis/", page("Horóscopo de hoy Piscis | Corazón",
          '<div class="b-horoscope"><h1>Horóscopo de Piscis para hoy, 14 de marzo de 2025</h1><p class="dates">19 de febrero - 20 de marzo</p>'
          '<h2>Amor</h2><p>La Luna en tu signo te vuelve especialmente sensible. Una conversación pendiente con tu pareja puede aclarar muchas dudas si eliges bien el momento.</p>'
          '<h2>Trabajo</h2><p>Buen día para cerrar asuntos que llevas semanas aplazando. No aceptes nuevos compromisos hasta el lunes.</p>'
          '<h2>Salud</h2><p>Necesitas descansar más. Un paseo al atardecer te ayudará a desconectar.</p>'
          '<p>Número de la suerte: 7. Color: turquesa.</p><nav class="signs"><a href="/horoscopo/piscis/">Piscis</a></nav><ul>%s</ul></div>' % lis([C1])))
    s.non("/quienes-somos/", page("Quiénes somos | Corazón", "<h1>Quiénes somos</h1><p>Corazón es la revista de crónica social más leída de España.</p>"))


# ------------------------------------------------------ 7 Fama Já (Brazilian celebrity portal, Arc XP)
def famaja():
    s = Site(7, "Fama Já")
    B1 = St("/famosos/2025/03/14/julia-prado-e-caio-mendes-anunciam-fim-do-casamento/", "Júlia Prado e Caio Mendes anunciam fim do casamento após oito anos",
            "2025-03-14T10:15:00-03:00", ["Redação"], """
A atriz Júlia Prado e o cantor Caio Mendes anunciaram nesta sexta-feira o fim do casamento, depois de oito anos juntos. O comunicado foi publicado nas redes sociais dos dois, com uma foto antiga do casal em uma praia da Bahia.
No texto, eles afirmam que a decisão foi tomada com muito respeito e carinho e que continuarão amigos e parceiros na criação da filha, Alice, de cinco anos. Os dois pediram compreensão aos fãs e à imprensa neste momento.
Júlia e Caio se conheceram em 2016, nos bastidores de um festival de música em Recife, e se casaram dois anos depois em uma cerimônia para poucos convidados em Trancoso. Desde então, evitaram expor a rotina da família nas redes.
Segundo pessoas próximas, a separação aconteceu há algumas semanas, e o cantor já está morando em um apartamento no Leblon, perto da casa onde a atriz continua vivendo com a filha.
Júlia está no ar na novela das nove e deve gravar as últimas cenas da trama em abril.""", sub="Atriz e cantor publicaram comunicado conjunto nas redes sociais")
    B2 = St("/famosos/2025/03/10/ex-bbb-thiago-lins-estreia-como-apresentador/", "Ex-BBB Thiago Lins estreia como apresentador em programa de viagens",
            "2025-03-10T18:42:00-03:00", ["Ana Souza"], """
O ex-BBB Thiago Lins vai estrear como apresentador. O paraibano comanda a partir de abril um programa de viagens em um canal de streaming, no qual vai percorrer cidades pequenas do Nordeste em busca de histórias e receitas de família.
Em conversa com a reportagem no Rio de Janeiro, Thiago contou que o convite surgiu depois que vídeos gravados por ele em viagens com a avó viralizaram nas redes sociais no ano passado. Ele disse que sempre quis mostrar o lugar de onde veio.
A primeira temporada terá oito episódios, gravados na Paraíba, em Pernambuco e no Piauí. Cada episódio acompanha um dia inteiro em uma cidade, da feira da manhã até o forró da noite.
Desde que saiu do reality, há dois anos, Thiago trabalhou como influenciador e participou de campanhas publicitárias, mas disse que sentia falta de um projeto com começo, meio e fim.
O programa estreia no dia 4 de abril, com novos episódios toda sexta-feira.""", sub="Paraibano vai percorrer cidades do Nordeste em série de oito episódios", place="Rio de Janeiro")
    B3 = St("/musica/2025/02/22/cantora-lara-vieira-e-internada-em-sao-paulo/", "Cantora Lara Vieira é internada em São Paulo e cancela shows do fim de semana",
            "2025-02-22T21:30:00-03:00", ["Beatriz Lima", "Rafael Torres"], """
A cantora Lara Vieira foi internada na noite deste sábado em um hospital de São Paulo, com um quadro de infecção intestinal, e cancelou os dois shows que faria neste fim de semana em Curitiba e Florianópolis.
Em nota, a assessoria da artista informou que ela está consciente, passa bem e deve permanecer em observação por pelo menos dois dias. A equipe médica recomendou repouso completo até o fim da próxima semana.
Os ingressos para as apresentações canceladas serão reembolsados automaticamente, e a produção da turnê promete anunciar novas datas assim que a cantora estiver recuperada.
Lara vinha de uma sequência de quinze shows em menos de um mês, incluindo apresentações em blocos de pré-carnaval no Rio e em Salvador. Nas redes sociais, fãs e colegas enviaram mensagens de apoio.
A cantora ainda tem apresentações marcadas para o Carnaval, que, por enquanto, estão mantidas.""", sub="Artista está em observação e deve ficar em repouso por uma semana")
    ALL = [B1, B2, B3]
    nav = '<a href="/famosos/">Famosos</a> <a href="/musica/">Música</a> <a href="/reality/bbb/">BBB 25</a> <a href="/ao-vivo/">Ao vivo</a>'
    foot = '<a href="/sobre/">Sobre o Fama Já</a> <a href="/expediente/">Expediente</a> <p>&copy; 2025 Fama Já Comunicação Ltda.</p>'

    def page(title, main, gc=None, head=""):
        return arc_page(s, "famaja", "pt-BR", title, main, nav, foot, gc, head)

    def slug(n):
        return n.lower().replace(" ", "-").replace("ç", "c").replace("ã", "a")

    for st in ALL:
        upd = NOW - datetime.timedelta(days=2, hours=1)
        gc = arc_story(s, st, (st.path.split("/")[1], st.path.split("/")[1].capitalize()), upd)
        by = " e ".join('<a class="content-publication-data__from-link" href="/autor/%s/">%s</a>' % (slug(n), E(n)) for n in st.authors)
        if hasattr(st, "place"):
            by += " — %s" % st.place
        shown = "%02d/%02d/%d %02dh%02d" % (st.t.day, st.t.month, st.t.year, st.t.hour, st.t.minute)
        main = ('<article class="b-article"><div class="content-head"><h1 class="content-head__title">%s</h1><h2 class="content-head__subtitle">%s</h2></div>'
                '<div class="content-publication-data"><p class="content-publication-data__from">Por %s</p>'
                '<p class="content-publication-data__updated"><time datetime="%s">%s</time> Atualizado há 2 dias</p></div>'
                '<div class="mc-article-body">%s<div class="saiba-mais"><strong>Saiba mais</strong><ul>%s</ul></div>%s</div></article>') % (
            E(st.title), E(st.sub), by, st.z, shown, P(st.ps[:2], "content-text__container"), lis([x for x in ALL if x is not st]), P(st.ps[2:], "content-text__container"))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.iso,
              "dateModified": upd.isoformat(), "author": [{"@type": "Person", "name": n} for n in st.authors]}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(st.path), E(st.title), jl(ld))
        s.art(st, page("%s | Fama Já" % st.title, main, gc, head), must_not=["Saiba mais"])
    s.non("/", page("Fama Já – Famosos, novelas, realities e música", '<section class="feed"><ul>%s</ul><a href="/reality/bbb/enquete-bbb-25-paredao/">Enquete BBB 25</a></section>' % lis(ALL), {"website_url": "/", "type": "section"}))
    s.non("/famosos/", page("Famosos | Fama Já", '<h1>Famosos</h1><ul>%s</ul>' % lis([B1, B2])))
    s.non("/musica/", page("Música | Fama Já", '<h1>Música</h1><ul>%s</ul>' % lis([B3])))
    s.non("/reality/bbb/", page("BBB 25 | Fama Já", '<h1>BBB 25</h1><ul>%s</ul>' % links([("/reality/bbb/enquete-bbb-25-paredao/", "Enquete BBB 25: quem você quer eliminar no paredão?"), (B2.path, B2.title)])))
    opts = [("Dani", 48.7), ("Marcelo", 39.2), ("Gi", 12.1)]
    s.non("/reality/bbb/enquete-bbb-25-paredao/", page("Enquete BBB 25: quem você quer eliminar no paredão? | Fama Já",
          '<div class="enquete"><h1 class="content-head__title">Enquete BBB 25: quem você quer eliminar no paredão?</h1><p class="content-publication-data__from">Por Redação</p>'
          '<p><time datetime="2025-03-16T23:50:00.000Z">16/03/2025 20h50</time></p><p>Dani, Marcelo e Gi estão no paredão desta semana. Vote na enquete e diga quem deve deixar a casa na terça-feira.</p>'
          '<form class="poll">%s<button>Votar</button></form><div class="resultado">%s</div><p>A enquete não tem caráter científico.</p><ul>%s</ul></div>' % (
              "".join('<label><input type="radio" name="v"> %s</label>' % n for n, _ in opts), "".join('<p>%s: %.1f%%</p>' % (n, p) for n, p in opts), lis([B2]))))
    s.non("/ao-vivo/", page("BBB 25 ao vivo: assista agora | Fama Já", '<div class="live"><h1>Assista ao vivo: BBB 25</h1><div class="player"></div><p>Acompanhe 24 horas por dia a casa mais vigiada do Brasil.</p><ul>%s</ul></div>' % lis([B2])))
    for n, sts in (("Ana Souza", [B2]), ("Beatriz Lima", [B3]), ("Rafael Torres", [B3]), ("Redação", [B1])):
        s.non("/autor/%s/" % slug(n), page("%s | Fama Já" % n, '<h1>%s</h1><ul>%s</ul>' % (E(n), lis(sts))))
    s.non("/sobre/", page("Sobre | Fama Já", "<h1>Sobre o Fama Já</h1><p>Notícias de famosos desde 2012.</p>"))


# ------------------------------------------------------ 8 K-Wave Now (Soompi-like K-pop site, Next.js)
def kwave():
    s = Site(8, "K-Wave Now")
    rel = NOW - datetime.timedelta(hours=5)
    W1 = St("/article/1712345wpp/aurora9-announces-april-comeback-with-mini-album-starlit-map", "AURORA9 Announces April Comeback With Mini Album “Starlit Map”",
            "2025-03-14T13:30:00+00:00", ["E. Cho"], """
AURORA9 is coming back this spring! On March 14 at midnight KST, the nine-member group announced that they will release their fifth mini album, Starlit Map, on April 7 at 6 p.m. KST.
The announcement came in the form of a mysterious scheduler shaped like an old star chart, revealing a series of concept photos, track list teasers and two music video teasers leading up to the release day.
Starlit Map will be AURORA9's first release in seven months, following their summer single Neon Shore, which gave the group their first win on a music show. Leader Haneul reportedly co-wrote three of the six tracks on the new album.
The group will also hold a comeback showcase in Seoul on the day of the release, which will be broadcast live on their official channels for international fans.""", cat=("music", "Music"), tag="AURORA9")
    W2 = St("/article/1709876wpp/moonlit-bakery-hits-personal-best-ratings-ahead-of-finale", "“Moonlit Bakery” Hits Personal Best Ratings Ahead Of Finale",
            "2025-03-09T14:20:00+00:00", ["J. Park"], """
The JTBC drama Moonlit Bakery continues to climb ahead of its finale. According to Nielsen Korea, the March 8 episode of the drama scored an average nationwide rating of 9.4 percent, a new personal best for the series.
Moonlit Bakery stars Kang Seo Yeon as a pastry chef who inherits a bakery that only opens after midnight, and Lee Do Hyun as a regular customer who never seems to age. The drama has been praised for its warm tone and its slowly unfolding mystery.
The episode drew attention for a long-awaited confession scene in the bakery's flour-dusted kitchen, which quickly became one of the most clipped moments of the week on social media.
Meanwhile, the KBS weekend drama My Sister's Garden stayed on top of all dramas airing over the weekend, recording 18.2 percent nationwide.
The final two episodes of Moonlit Bakery will air on March 15 and 16.""", cat=("dramas", "Dramas"), tag="Moonlit Bakery")
    W3 = St("/article/1721003wpp/nova-stars-jiwon-confirmed-to-make-acting-debut-in-summer-frequency", "NOVA STAR’s Jiwon Confirmed To Make Acting Debut In “Summer Frequency”",
            rel.isoformat(), ["L. Han"], """
NOVA STAR's Jiwon is officially making her acting debut! Earlier today, her agency confirmed that the singer has been cast as the female lead in Summer Frequency, a drama adaptation of the hit webtoon of the same name.
Summer Frequency follows a high school radio club that begins receiving messages from a listener who claims to be calling from ten years in the future. Jiwon will play Han Yeon Woo, the club's stubborn president, who becomes determined to find out who the mysterious caller is.
The drama will be directed by Park Min Jae, who previously helmed the youth series Blue Hour, and filming is scheduled to begin next month in Gangneung.
Jiwon has shown interest in acting for years and appeared in several of NOVA STAR's music video dramas. Her agency said she has been taking acting lessons since last summer in preparation for the role.""", cat=("dramas", "Dramas"), tag="NOVA STAR", relative="5 hours ago")
    ALL = [W1, W2, W3]
    FEEL = "How does this article make you feel?"

    def shell(title, main, props, head=""):
        nd = {"props": {"pageProps": props}, "page": props.get("route", "/"), "query": {}, "buildId": "QmV9_r2kW", "isFallback": False}
        return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1"/>%s</head>'
                '<body><div id="__next"><div class="site-header"><a href="/" class="logo">K-Wave Now</a><nav><a href="/category/music">Music</a> <a href="/category/dramas">Dramas</a> '
                '<a href="/polls">Polls</a></nav></div><div class="main-container">%s</div><footer class="site-footer"><a href="/about">About Us</a> <span>&copy; 2025 K-Wave Now</span></footer></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (E(title), head, main, json.dumps(nd, ensure_ascii=False))

    def slug(x):
        return x.lower().replace(" ", "-").replace(".", "")

    for st in ALL:
        shown = getattr(st, "relative", None) or st.mdy(short=True)
        main = ('<div class="article-wrapper"><div class="category-tag"><a href="/category/%s">%s</a></div><h1 class="article-title">%s</h1>'
                '<div class="info-wrapper"><span class="byline">by <a href="/author/%s">%s</a></span> <span class="divider">|</span> <span class="date">%s</span></div>'
                '<div class="article-body">%s<div class="source">Source (<a href="/">1</a>)</div></div>'
                '<div class="tags-wrapper"><a href="/tag/%s">%s</a></div><div class="reactions"><h4>%s</h4><span>Love 214</span> <span>Excited 97</span></div>'
                '<div class="related-articles"><h3>Related</h3><ul>%s</ul></div></div>') % (
            st.cat[0], st.cat[1], E(st.title), slug(st.authors[0]), E(st.authors[0]), shown, P(st.ps), slug(st.tag), E(st.tag), FEEL, lis([x for x in ALL if x is not st]))
        props = {"route": "/article/[id]/[slug]", "article": {"id": st.path.split("/")[2], "title": st.title, "publishedAt": st.z, "author": {"name": st.authors[0], "slug": slug(st.authors[0])},
                                                              "category": st.cat[1], "tags": [st.tag]}}
        head = '<link rel="canonical" href="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/>' % (s.url(st.path), E(st.title))
        # the relative story states only "5 hours ago"; the others' instant is __NEXT_DATA__'s publishedAt
        rel_ = hasattr(st, "relative")
        s.art(st, shell(st.title, main, props, head), instant=not rel_, date="fetch-5" if rel_ else None, must_not=[FEEL, "Source (1)"])
    s.non("/", shell("K-Wave Now: K-Pop and K-Drama News", '<div class="home-feed"><ul>%s</ul></div>' % lis(ALL), {"route": "/"}))
    for c, n in (("music", "Music"), ("dramas", "Dramas")):
        s.non("/category/" + c, shell(n + " | K-Wave Now", '<h1 class="page-title">%s</h1><ul>%s</ul>' % (n, lis([x for x in ALL if x.cat[0] == c])), {"route": "/category/[slug]"}))
    for st in ALL:
        s.non("/tag/" + slug(st.tag), shell(st.tag + " | K-Wave Now", '<h1 class="page-title">%s</h1><ul>%s</ul>' % (E(st.tag), lis([st])), {"route": "/tag/[slug]"}))
        s.non("/author/" + slug(st.authors[0]), shell(st.authors[0] + " | K-Wave Now", '<div class="author-page"><h1>%s</h1><p>Staff writer</p><ul>%s</ul></div>' % (E(st.authors[0]), lis([st])), {"route": "/author/[slug]"}))
    opts = ["AURORA9 – Midnight Compass", "BLOOMING – Petal Storm", "NOVA STAR – Static Heart", "LUMEN – Glass Garden"]
    s.non("/polls/favorite-k-pop-b-side-of-2025-so-far", shell("Poll: What’s Your Favorite K-Pop B-Side Of 2025 So Far?",
          '<div class="poll-page"><h1 class="article-title">Poll: What’s Your Favorite K-Pop B-Side Of 2025 So Far?</h1><div class="info-wrapper"><span class="byline">by <a href="/author/e-cho">E. Cho</a></span> | <span class="date">Mar 10, 2025</span></div>'
          '<p>Title tracks get all the attention, but some of the year\'s best songs are hiding deeper on the album. Vote for your favorite below!</p><form class="poll">%s</form><p>%d votes</p><a href="%s">%s</a></div>' % (
              "".join('<label><input type="checkbox"> %s</label>' % E(o) for o in opts), 18234, W1.path, E(W1.title)), {"route": "/polls/[slug]"}))
    s.non("/polls", shell("Polls | K-Wave Now", '<h1>Polls</h1><ul>%s</ul>' % links([("/polls/favorite-k-pop-b-side-of-2025-so-far", "Poll: What’s Your Favorite K-Pop B-Side Of 2025 So Far?")]), {"route": "/polls"}))
    s.non("/about", shell("About Us | K-Wave Now", "<h1>About Us</h1><p>K-Wave Now is an English-language site for Korean entertainment news.</p>", {"route": "/about"}))


# ------------------------------------------------------ 9 Star Ilbo (Korean entertainment daily)
def starilbo():
    s = Site(9, "스타일보")
    Q1 = St("/article/G1112517785", "오로라나인, 4월 7일 미니 5집 '스타릿 맵'으로 컴백", "2025-03-14T10:15:00+09:00", ["김지현"], """
[스타일보=김지현 기자] 그룹 오로라나인(AURORA9)이 다음 달 새 미니앨범으로 돌아온다.
소속사 하늘엔터테인먼트는 14일 0시 공식 SNS를 통해 오로라나인의 다섯 번째 미니앨범 '스타릿 맵(Starlit Map)'의 컴백 스케줄러를 공개하고 오는 4월 7일 오후 6시 각종 음원 사이트를 통해 발매한다고 밝혔다.
공개된 스케줄러는 오래된 별자리 지도를 닮은 디자인으로 눈길을 끌었다. 오로라나인은 이날부터 콘셉트 포토와 트랙리스트, 뮤직비디오 티저를 차례로 공개하며 컴백 분위기를 끌어올릴 예정이다.
이번 앨범은 지난해 여름 발표한 싱글 '네온 쇼어' 이후 약 7개월 만의 신보로, 리더 하늘이 수록곡 여섯 곡 가운데 세 곡의 작사에 참여한 것으로 알려졌다.
오로라나인은 발매 당일 서울에서 컴백 쇼케이스를 열고 신곡 무대를 처음 공개한다.""", email="jhkim@starilbo.co.kr", updated="2025-03-14T11:20:00+09:00")
    Q2 = St("/article/G1112503120", "'달빛 베이커리' 자체 최고 9.4%…종영 앞두고 상승세", "2025-03-09T08:12:00+09:00", ["이수민"], """
[스타일보=이수민 기자] JTBC 토일드라마 '달빛 베이커리'가 종영을 앞두고 자체 최고 시청률을 경신했다.
9일 시청률 조사회사 닐슨코리아에 따르면 전날 방송된 '달빛 베이커리' 14회는 전국 유료가구 기준 평균 9.4%를 기록했다. 이는 지난주 방송분이 세운 8.7%를 넘어선 자체 최고 기록이다.
이날 방송에서는 자정에만 문을 여는 빵집의 비밀이 조금씩 드러나는 가운데, 주인공 두 사람이 밀가루가 흩날리는 주방에서 마음을 고백하는 장면이 그려져 시청자들의 호평을 받았다.
'달빛 베이커리'는 할머니에게서 심야 빵집을 물려받은 파티시에와 나이를 먹지 않는 단골손님의 이야기를 그린 판타지 로맨스다. 강서연과 이도현이 주연을 맡았다.
마지막 두 회는 오는 15일과 16일 밤 10시 30분에 방송된다.""", email="smlee@starilbo.co.kr")
    Q3 = St("/article/G1112488007", "신인 걸그룹 블루밍, 데뷔 10주 만에 첫 음악방송 1위", "2025-02-27T19:05:00+09:00", ["김지현", "최유나"], """
[스타일보=김지현·최유나 기자] 신인 걸그룹 블루밍(BLOOMING)이 데뷔 10주 만에 음악방송 첫 1위에 올랐다.
블루밍은 27일 방송된 한 음악 프로그램에서 데뷔곡 '꽃잎 폭풍(Petal Storm)'으로 선배 그룹들을 제치고 1위 트로피를 차지했다. 수상자가 발표되자 멤버 유리는 눈물을 쏟았고, 멤버들은 앵콜 무대를 제대로 마치지 못할 만큼 감격스러워했다.
리더 채영은 방송이 끝난 뒤 공식 팬 커뮤니티에 손편지를 올려 아직도 믿기지 않는다며 더 좋은 음악과 무대로 보답하겠다고 팬들에게 고마운 마음을 전했다.
지난 1월 싱글 앨범 '씨드(Seed)'로 데뷔한 블루밍은 오는 5월 서울에서 첫 팬미팅을 열 예정이다.""", email="jhkim@starilbo.co.kr")
    ALL = [Q1, Q2, Q3]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title>%s<link rel="stylesheet" href="/css/common.css"></head><body>'
                '<div id="wrap"><div id="header"><h2 class="logo"><a href="/">스타일보</a></h2><ul class="gnb"><li><a href="/list/entertainment">연예</a></li>'
                '<li><a href="/list/broadcast">방송</a></li><li><a href="/photo/20250227-blooming-showcase">포토</a></li><li><a href="/vote/2025-march">투표</a></li></ul></div>'
                '<div id="container">%s</div><div id="footer"><a href="/company/about">회사소개</a> <a href="/company/ethics">윤리강령</a> <p>Copyright &copy; 스타일보. All rights reserved. 무단 전재 및 재배포 금지</p></div></div></body></html>') % (E(title), head, main)

    def dt(t):
        return "%d.%02d.%02d %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)

    for st in ALL:
        info = '<li class="date">입력 %s</li>' % dt(st.t)
        if hasattr(st, "updated"):
            info += '<li class="date">수정 %s</li>' % dt(datetime.datetime.fromisoformat(st.updated))
        names = "·".join(st.authors)
        main = ('<div class="article-head"><h1 class="article-head-title">%s</h1><ul class="infomation"><li class="reporter"><a href="/reporter/%s">%s 기자</a></li>%s</ul></div>'
                '<div id="article-view-content-div" class="article-body" itemprop="articleBody">%s<p class="reporter-email">%s 기자 %s</p></div>'
                '<div class="copyright">&lt;저작권자 &copy; 스타일보, 무단 전재 및 재배포 금지&gt;</div>'
                '<div class="article-relation"><h3>관련기사</h3><ul>%s</ul></div><div class="popular"><h3>많이 본 뉴스</h3><ul>%s</ul></div>') % (
            E(st.title), st.email.split("@")[0], E(names), info, P(st.ps), E(names), st.email, lis([x for x in ALL if x is not st][:1]), lis([x for x in ALL if x is not st][1:]))
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">') % (s.url(st.path), E(st.title), st.iso, E(names))
        s.art(st, shell("%s - 스타일보" % st.title, main, head), must_not=["많이 본 뉴스", "관련기사"])
    s.non("/", shell("스타일보 - 연예뉴스, 방송, 스타", '<div class="main-top"><ul>%s</ul></div>' % lis(ALL)))
    s.non("/list/entertainment", shell("연예 - 스타일보", '<h1 class="list-title">연예</h1><ul class="article-list">%s</ul>' % lis([Q1, Q3])))
    s.non("/list/broadcast", shell("방송 - 스타일보", '<h1 class="list-title">방송</h1><ul class="article-list">%s</ul>' % lis([Q2])))
    for r, n, sts in (("jhkim", "김지현", [Q1, Q3]), ("smlee", "이수민", [Q2])):
        s.non("/reporter/" + r, shell("%s 기자 - 스타일보" % n, '<div class="reporter-info"><h1>%s 기자</h1><p>%s@starilbo.co.kr</p></div><ul>%s</ul>' % (n, r, lis(sts))))
    s.non("/photo/20250227-blooming-showcase", shell("[포토] 블루밍, 데뷔 쇼케이스 현장 - 스타일보",
          '<div class="photo-view"><h1>[포토] 블루밍, 데뷔 쇼케이스 현장</h1><ul class="infomation"><li>사진=정민호 기자</li><li>입력 2025.01.15 16:40</li></ul>'
          '<figure><img src="/photo/1.jpg"><figcaption>그룹 블루밍이 15일 서울 광진구에서 열린 데뷔 쇼케이스에서 포즈를 취하고 있다.</figcaption></figure>'
          '<figure><img src="/photo/2.jpg"><figcaption>리더 채영이 인사말을 하고 있다.</figcaption></figure><a href="%s">%s</a></div>' % (Q3.path, E(Q3.title))))
    s.non("/vote/2025-march", shell("3월 스타 투표 - 스타일보", '<div class="vote"><h1>3월 이달의 컴백 아티스트는?</h1><p>투표 기간: 2025.03.01 ~ 2025.03.31</p><ol><li>오로라나인 42%%</li><li>블루밍 35%%</li><li>노바스타 23%%</li></ol><button>투표하기</button><a href="%s">%s</a></div>' % (Q1.path, E(Q1.title))))
    s.non("/company/about", shell("회사소개 - 스타일보", "<h1>회사소개</h1><p>스타일보는 2008년 창간한 연예 전문 일간지입니다.</p>"))


# ------------------------------------------------------ 10 Anime Hoshi (Natalie-like Japanese anime news)
def animehoshi():
    s = Site(10, "アニメほし")
    J1 = St("/news/604812", "「星海のアルカナ」第2期が10月放送開始、新キービジュアルとPV公開", "2025-03-14T12:00:00+09:00", [], """
TVアニメ「星海のアルカナ」の第2期が、10月よりTOKYO MXほかで放送されることが決定した。あわせて新たなキービジュアルと第1弾PVが公開されている。
「星海のアルカナ」は、海に沈んだ古代都市を舞台に、タロットの力を宿した少女たちの冒険を描く物語。第1期は2023年に放送され、配信サービスでも高い人気を集めた。
新たに公開されたキービジュアルには、主人公のミナトと新キャラクターのセイラが、崩れかけた灯台の前で背中合わせに立つ姿が描かれている。PVでは第2期の舞台となる北の海域の様子も確認できる。
第2期も監督を中村悠一郎、アニメーション制作をスタジオ・ルミナが担当する。キャスト陣は引き続き続投し、セイラ役には新たに高森ひかりが起用された。
3月22日に東京・秋葉原で行われるイベントでは、第2期の最新情報が発表される予定だ。""", tag=("/tag/hoshiumi-no-arcana", "星海のアルカナ"))
    J2 = St("/news/601377", "劇場版「ほうき星の郵便屋」興収20億円突破、入場者特典第3弾も決定", "2025-02-25T18:30:00+09:00", [], """
劇場版「ほうき星の郵便屋」の興行収入が20億円を突破したことが明らかになった。公開から24日間で観客動員数は142万人を記録している。
「ほうき星の郵便屋」は、空飛ぶほうきで手紙を届ける見習い郵便屋の少年と、彼が出会う人々との交流を描いたオリジナルアニメーション。公開直後からSNSで話題を集め、リピーターも多いという。
ヒットを記念し、3月1日からは入場者特典の第3弾として、描き下ろしイラストを使用したポストカードが配布される。数量限定のため、なくなり次第終了となる。
また3月8日には、監督の川村透と主人公の声を担当した山本蒼によるトークイベント付き上映会も開催される予定だ。""", tag=("/tag/houkiboshi-no-yubinya", "ほうき星の郵便屋"))
    J3 = St("/interview/houkiboshi-kawamura", "「ほうき星の郵便屋」川村透監督インタビュー　手紙に込めた“届かない思い”", "2025-03-05T17:00:00+09:00", ["佐藤花子"], """
公開から1カ月を迎えてもなお、多くの観客を劇場に呼び続けている劇場版「ほうき星の郵便屋」。オリジナル作品として異例のヒットとなった本作について、監督の川村透に話を聞いた。
――手紙を届ける少年を主人公にしようと思ったきっかけを教えてください。
川村　子供の頃、祖母とずっと手紙のやりとりをしていたんです。メールと違って、手紙は届くまでに時間がかかる。その間に気持ちが変わってしまうこともある。その“ずれ”を物語にしたいとずっと思っていました。
――空を飛ぶシーンの美しさも話題になっています。
川村　スタッフと一緒に実際に気球に乗って、上空から町を見下ろす取材をしました。風の音や、雲の影が地面を流れていく速さなど、体で感じたことをできるだけ画面に入れようとしています。
――最後に、これから作品を観る方にメッセージをお願いします。
川村　誰かに伝えそびれた言葉がある人に観てほしいです。観終わったあと、手紙を一通書きたくなってもらえたらうれしいですね。""", tag=("/tag/houkiboshi-no-yubinya", "ほうき星の郵便屋"))
    ALL = [J1, J2, J3]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="page-news">'
                '<header class="Header"><a class="Header__logo" href="/">アニメほし</a><nav class="GlobalNav"><a href="/news">ニュース</a> <a href="/interview">特集・インタビュー</a> <a href="/schedule">放送スケジュール</a></nav></header>'
                '<main class="Container">%s</main><footer class="Footer"><a href="/about">運営会社</a> <a href="/contact">お問い合わせ</a><p>&copy; Anime Hoshi Inc.</p></footer></body></html>') % (E(title), head, main)

    def dt(t):
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)

    for st in ALL:
        paras = P(st.ps, "NewsBody__text")
        credit = ""
        if st.authors:
            credit = '<p class="NewsBody__credit">取材・文／%s　撮影／鈴木一郎</p>' % st.authors[0]
        main = ('<article class="NewsHeader"><h1 class="NewsHeader__title">%s</h1><p class="NewsHeader__date"><time datetime="%s">%s</time></p>'
                '<div class="NewsBody">%s%s</div><div class="NewsTag"><span>この記事の関連作品</span><a href="%s">%s</a></div>'
                '<div class="NewsLinks"><h2>リンク</h2><ul><li><a href="%s">「%s」公式サイト</a></li></ul></div>'
                '<section class="RelatedNews"><h2>関連記事</h2><ul>%s</ul></section></article>') % (
            E(st.title), st.iso, dt(st.t), paras, credit, st.tag[0], E(st.tag[1]), st.tag[0], E(st.tag[1]), lis([x for x in ALL if x is not st]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.iso,
              "publisher": {"@type": "Organization", "name": "アニメほし"}}
        if st.authors:
            ld["author"] = [{"@type": "Person", "name": n} for n in st.authors]
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(st.path), E(st.title), jl(ld))
        s.art(st, shell("%s - アニメほし" % st.title, main, head), must_not=["関連記事"])
    s.non("/", shell("アニメほし - アニメのニュースを毎日配信", '<section class="TopNews"><ul>%s</ul></section>' % lis(ALL)))
    s.non("/news", shell("ニュース一覧 - アニメほし", '<h1>ニュース</h1><ul>%s</ul>' % lis([J1, J2])))
    s.non("/interview", shell("特集・インタビュー - アニメほし", '<h1>特集・インタビュー</h1><ul>%s</ul>' % lis([J3])))
    for p, n in (J1.tag, J2.tag):
        s.non(p, shell("「%s」の記事一覧 - アニメほし" % n, '<h1>「%s」の記事一覧</h1><ul>%s</ul>' % (E(n), lis([x for x in ALL if x.tag[0] == p]))))
    s.non("/schedule", shell("今期アニメ放送スケジュール - アニメほし",
          '<h1>2025年春アニメ 放送スケジュール</h1><table class="Schedule"><tr><th>曜日</th><th>時間</th><th>作品</th><th>放送局</th></tr>'
          '<tr><td>月</td><td>23:30</td><td>星海のアルカナ（再放送）</td><td>TOKYO MX</td></tr><tr><td>水</td><td>24:00</td><td>魔法菓子店ソルシエ</td><td>BS11</td></tr>'
          '<tr><td>土</td><td>17:30</td><td>ほうき星の郵便屋 特別編</td><td>テレビ東京</td></tr></table><p><a href="%s">%s</a></p>' % (J1.path, E(J1.title))))
    s.non("/about", shell("運営会社 - アニメほし", "<h1>運営会社</h1><p>株式会社アニメほし（東京都千代田区）</p>"))


# ------------------------------------------------------ 11 Fizzfeed (BuzzFeed-like: articles, quizzes, polls, horoscopes)
def fizzfeed():
    s = Site(11, "Fizzfeed")
    Z1 = St("/mollytran/harbor-lights-season-2-ending-explained", "We Need To Talk About The Ending Of “Harbor Lights” Season 2", "2025-02-20T16:04:00+00:00", ["Molly Tran"], """
If you watched the season two finale of Harbor Lights this week, you probably spent the last five minutes yelling at your television. Same. Let's talk about it, and obviously, there are spoilers ahead.
The episode spent most of its running time tying up the smuggling storyline, which is why the final scene, where harbormaster Elias Crane simply walks off the end of the pier into the fog and vanishes, hit so hard. Nobody on the show reacts. The credits just roll.
Fans online have already split into two camps. One side thinks Crane faked his own disappearance to protect his daughter, pointing to the packed duffel bag in his office earlier in the episode. The other is convinced the fog itself is the real villain of the show, which, honestly, would explain a lot about season one.
The writers have not said a word, and Apple TV+ has not yet confirmed a third season. Until they do, we will be here rewatching that pier scene frame by frame.""")
    Z2 = St("/samruiz/ohio-theater-same-movie-every-friday-30-years", "A Tiny Theater In Ohio Has Shown The Same Movie Every Friday For 30 Years", "2025-01-31T18:45:00+00:00", ["Sam Ruiz"], """
Every Friday at 7 p.m. since 1995, the Lyric, a 90-seat theater in the village of Millbrook, Ohio, has shown exactly one film: the 1954 musical Bright Harbor. It has never missed a week, not even during a blizzard in 2011, when three people showed up on snowmobiles.
Owner Doris Kemper, 78, inherited the tradition from her late husband, Walt, who started it after the theater's projector broke and the only reel the repairman could get working was Bright Harbor. He always said they would switch when something better came along, she told Fizzfeed, and nothing ever did.
The screenings have become a local institution. Regulars know every line, and there is an unofficial rule that anyone attending for the first time has to stand up and sing along with the finale while everyone else claps.
The 30th anniversary screening last Friday sold out in four minutes, and Kemper says she has no plans to stop as long as the old print holds together.""")
    Z3 = St("/elliepark/moonlit-bakery-cast-fan-questions", "The Cast Of “Moonlit Bakery” Answered Fan Questions, And Kang Seo Yeon Can’t Bake At All", "2025-03-12T20:30:00+00:00", ["Ellie Park", "Jordan Lee"], """
The cast of the hit K-drama Moonlit Bakery sat down with Fizzfeed ahead of this weekend's finale to answer questions submitted by fans, and we learned a lot. Mostly that the woman who plays a genius pastry chef has never successfully baked anything in her life.
Kang Seo Yeon, who plays the baker Yoon Hae Rim, admitted that every loaf and tart she touches on screen was made by a professional pastry team standing just out of shot. Her one attempt at a croissant during rehearsals apparently set off the studio's smoke alarm.
Lee Do Hyun, meanwhile, revealed that he kept a small notebook of every pastry he ate on set, which adds up to a frankly alarming 212 items over five months of filming. His favorite was the black sesame roll cake from episode nine.
Asked how the show will end, both actors refused to give anything away, although Lee did say fans should pay close attention to the clock on the bakery wall.""")
    ALL = [Z1, Z2, Z3]
    NL = "Sign up for the Fizzfeed Pop Culture newsletter and get the tea delivered straight to your inbox!"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s</head>'
                '<body><div id="js-header-container"><header class="header_header__7Kp"><a class="logo" href="/">Fizzfeed</a><nav class="navLinks"><a href="/quizzes">Quizzes</a> '
                '<a href="/tvandmovies">TV &amp; Movies</a> <a href="/horoscopes/daily">Horoscopes</a></nav></header></div><main id="js-post-container" class="main_main__Jx">%s</main>'
                '<footer class="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a> <span>&copy; 2025 Fizzfeed, Inc</span></footer></body></html>') % (E(title), head, main)

    def byline(names, role, when):
        b = " and ".join('<a class="bylineName" href="/%s">%s</a>' % (n.lower().replace(" ", ""), E(n)) for n in names)
        return '<div class="byline_bylineContainer"><div class="byline_bylineInfo">by %s<p class="byline_title">%s</p></div></div><div class="timestamp_timestamp"><time datetime="%s">%s</time></div>' % (b, role, when[0], when[1])

    for st in ALL:
        when = (st.z, "Posted on %s, %s" % (st.mdy(short=True), st.hm().lower()))
        body = P(st.ps[:2], "subbuzz-text") + '<div class="newsletter-signup subbuzz"><p>%s</p><input type="email"><button>Sign up</button></div>' % E(NL) + P(st.ps[2:], "subbuzz-text")
        main = ('<article class="post"><h1 class="headline_title__Rr">%s</h1>%s<div class="subbuzzes-wrapper">%s</div>'
                '<div class="tags"><a href="/tvandmovies">TV and Movies</a></div><section class="more-from"><h2>More from Fizzfeed</h2><ul>%s</ul></section></article>') % (
            E(st.title), byline(st.authors, "Fizzfeed Staff", when), body, lis([x for x in ALL if x is not st]))
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": st.title, "datePublished": st.z, "author": [{"@type": "Person", "name": n} for n in st.authors]}
        s.art(st, shell(st.title, main, '<link rel="canonical" href="%s"><meta property="og:type" content="article">%s' % (s.url(st.path), jl(ld))), must_not=[NL, "More from Fizzfeed"])
    qs = [("Pick a coastal snack:", ["Fish and chips", "Lobster roll", "Salt taffy", "Oysters"]), ("Choose a weather:", ["Fog", "Storm", "Clear skies", "Drizzle"]),
          ("What do you keep in your pocket?", ["A compass", "A lighter", "An old letter", "Nothing at all"])]
    quiz = ('<article class="quiz"><h1 class="headline_title__Rr">Which “Harbor Lights” Character Are You?</h1><p class="description">Answer these questions and we’ll tell you who you’d be in that foggy little town.</p>%s'
            '<ol class="quiz-questions">%s</ol><div class="quiz-result" hidden><h2>You got: Elias Crane</h2><p>You keep your secrets close.</p></div><a href="%s">%s</a></article>') % (
        byline(["Molly Tran"], "Fizzfeed Staff", ("2025-03-02T15:00:00.000Z", "Posted on Mar 2, 2025, 3:00 pm")),
        "".join('<li class="question"><h2>%s</h2><ul>%s</ul></li>' % (E(q), "".join("<li><button>%s</button></li>" % E(a) for a in ans)) for q, ans in qs), Z1.path, E(Z1.title))
    s.non("/mollytran/which-harbor-lights-character-are-you", shell("Which “Harbor Lights” Character Are You?", quiz,
          jl({"@context": "https://schema.org", "@type": "Quiz", "name": "Which “Harbor Lights” Character Are You?", "datePublished": "2025-03-02T15:00:00.000Z"})))
    poll = ('<article class="poll"><h1 class="headline_title__Rr">Vote: Is The Book Or The Movie Better? Settle These 8 Debates</h1>%s'
            '<div class="subbuzz-poll"><h2>1. Bright Harbor</h2><button>The book</button> <button>The movie</button><p>62%% said the movie</p></div>'
            '<div class="subbuzz-poll"><h2>2. Winter Orchard</h2><button>The book</button> <button>The movie</button><p>71%% said the book</p></div><a href="%s">%s</a></article>') % (
        byline(["Sam Ruiz"], "Fizzfeed Staff", ("2025-02-14T17:30:00.000Z", "Posted on Feb 14, 2025, 5:30 pm")), Z2.path, E(Z2.title))
    s.non("/samruiz/book-or-movie-better-poll", shell("Vote: Is The Book Or The Movie Better? Settle These 8 Debates", poll))
    signs = [("Aries", "Someone from your past reaches out. Answer, but keep it short."), ("Taurus", "Treat yourself to something small and beautiful today."),
             ("Gemini", "Your group chat needs you as the voice of reason."), ("Pisces", "Trust your instincts on a decision at work.")]
    s.non("/horoscopes/daily", shell("Your Daily Horoscope | Fizzfeed", '<div class="horoscopes"><h1>Daily Horoscopes</h1>%s<a href="/quizzes">More quizzes</a></div>' % "".join(
        '<section class="sign"><h2>%s</h2><p>%s</p></section>' % (n, t) for n, t in signs)))
    s.non("/quizzes", shell("Quizzes | Fizzfeed", '<h1>Quizzes</h1><ul>%s</ul>' % links([("/mollytran/which-harbor-lights-character-are-you", "Which “Harbor Lights” Character Are You?"), ("/samruiz/book-or-movie-better-poll", "Vote: Is The Book Or The Movie Better?")])))
    s.non("/tvandmovies", shell("TV and Movies | Fizzfeed", '<h1>TV and Movies</h1><ul>%s</ul>' % lis(ALL)))
    s.non("/", shell("Fizzfeed", '<div class="feed"><ul>%s%s</ul></div>' % (lis(ALL), links([("/mollytran/which-harbor-lights-character-are-you", "Which “Harbor Lights” Character Are You?"), ("/horoscopes/daily", "Your horoscope")]))))
    for n, sts in (("Molly Tran", [Z1]), ("Sam Ruiz", [Z2]), ("Ellie Park", [Z3]), ("Jordan Lee", [Z3])):
        s.non("/" + n.lower().replace(" ", ""), shell("%s | Fizzfeed" % n, '<div class="user-profile"><h1>%s</h1><p>Fizzfeed Staff</p></div><ul>%s</ul>' % (E(n), lis(sts))))
    s.non("/about", shell("About | Fizzfeed", "<h1>About Fizzfeed</h1><p>Fizzfeed makes quizzes, lists and news about pop culture.</p>"))


# ------------------------------------------------------ 12 Glitz Channel (E!-like TV network, Drupal)
def glitz():
    s = Site(12, "Glitz")
    G1 = St("/news/1412745/pete-lowry-reveals-he-almost-quit-dance-floor-live-after-week-3", "Pete Lowry Reveals He Almost Quit Dance Floor Live After Week 3",
            "2025-03-14T17:30:00-07:00", ["Nia Brooks"], """
Pete Lowry came very close to leaving the ballroom early. The comedian, who finished third on Dance Floor Live this week, told Glitz News that he packed his bags after a brutal week three in which the judges compared his quickstep to a man running for a bus.
Lowry said he went back to his hotel that night, looked at his bad knee and wondered what a forty-six-year-old was doing in sequins. His partner Anya Belova knocked on the door with a coffee and a list of everything he had done right, and he decided to stay.
From there, Lowry became one of the season's most improved contestants, topping the leaderboard for three straight weeks with routines that mixed comedy and surprisingly precise footwork. His Charleston in week nine earned the season's first perfect score.
He says he has no regrets about losing the finale to Rory Beckett, and that he is just glad he stayed long enough to find out he could actually dance.""")
    G2 = St("/news/1409902/inside-the-winter-orchard-reunion-at-the-sag-awards", "Inside the Winter Orchard Reunion at the SAG Awards",
            "2025-02-23T21:10:00-08:00", ["Tyler Grant"], """
The Winter Orchard cast was back together on Sunday night, and it looked like no time had passed. Nora Quill, Theo Marsh and Dahlia Frost shared a table at the SAG Awards and spent most of the commercial breaks laughing over their phones.
Frost, who is expecting her first child, said the group chat from the shoot is still active almost daily, mostly because Marsh sends a photo of the sunrise every morning even though nobody has ever asked him to.
The film's ensemble was nominated for outstanding performance by a cast, and although it lost out, the whole table stood to applaud the winners before heading to an after-party hosted by the film's studio.
Quill told Glitz News that she and Marsh are already talking about working together again, adding with a laugh that none of their ideas are romantic dramas.""")
    G3 = St("/news/1410318/cora-quinlan-teases-harbor-lights-season-3", "Cora Quinlan Teases Harbor Lights Season 3: “Everyone Is Hiding Something”",
            "2025-03-06T10:00:00-08:00", ["Nia Brooks", "Ben Carter"], """
Cora Quinlan is ready to head back to the harbor. A day after Apple TV+ renewed Harbor Lights for a third season, the star told Glitz News that the new episodes will reveal secrets that have been hiding in plain sight since the pilot.
Quinlan said she has read the first two scripts and screamed twice, and that everyone in the town is hiding something this season, including her own character.
She does not know whether Gil Navarro's harbormaster will return after his disappearance in the season two finale, and says creator Bea Lindholm has kept the ending of the season secret from most of the cast.
Filming on the third season begins in Nova Scotia in late summer, and Quinlan says she has already started taking sailing lessons again.""")
    ALL = [G1, G2, G3]

    def shell(title, main, cls, head=""):
        return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><title>%s</title>%s</head>'
                '<body class="%s"><div class="dialog-off-canvas-main-canvas"><header class="site-header"><a href="/" class="brand">Glitz</a><nav><a href="/news">News</a> <a href="/shows/red-carpet-live">Shows</a> '
                '<a href="/videos/pete-lowry-on-his-dance-floor-live-journey">Videos</a> <a class="watch-live" href="/live">Watch Live</a></nav></header><main>%s</main>'
                '<footer><a href="/about">About Glitz</a> <span>&copy; 2025 Glitz Entertainment Television, LLC</span></footer></div></body></html>') % (E(title), head, cls, main)

    for st in ALL:
        shown = "%s %s" % (st.mdy(short=True), st.hm())
        by = " &amp; ".join('<a href="/author/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st.authors)
        main = ('<article class="node node--type-article node--view-mode-full"><h1 class="article-title"><span class="field--name-title">%s</span></h1>'
                '<div class="article-byline"><span class="field--name-field-authors">By %s</span> <span class="divider">|</span> <span class="field--name-created">%s</span></div>'
                '<div class="field--name-field-hero-image"><img src="/sites/default/files/hero.jpg"><span class="credit">Getty Images</span></div>'
                '<div class="field field--name-body">%s</div><div class="related-content"><h3>Keep Reading</h3><ul>%s</ul></div></article>') % (
            E(st.title), by, shown, P(st.ps), lis([x for x in ALL if x is not st]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.iso, "author": [{"@type": "Person", "name": n} for n in st.authors],
              "publisher": {"@type": "Organization", "name": "Glitz"}}
        s.art(st, shell("%s | Glitz News" % st.title, main, "path-node page-node-type-article", '<link rel="canonical" href="%s">%s' % (s.url(st.path), jl(ld))), must_not=["Keep Reading"])
    s.non("/live", shell("Watch Glitz Live | Glitz", '<div class="live-player-page"><h1>Watch Live: Glitz Red Carpet Live From the Oscars</h1><div class="player" data-stream="glitz-east"></div>'
          '<p class="on-now">On Now: Red Carpet Live, 4:00 PM - 7:00 PM ET</p><ul class="schedule"><li>7:00 PM Glitz News Oscars Special</li><li>8:00 PM After Party Live</li></ul>'
          '<p>Sign in with your TV provider to watch Glitz live.</p><ul>%s</ul></div>' % lis([G2]), "path-live"))
    s.non("/shows/red-carpet-live", shell("Red Carpet Live | Glitz", '<div class="show-page"><h1>Red Carpet Live</h1><p>Every major awards night, live from the carpet with the stars, the looks and the surprises.</p>'
          '<p>Next airing: Sunday 4:00 PM ET</p><a href="/live">Watch Live</a><ul>%s</ul></div>' % lis([G2]), "path-show"))
    s.non("/videos/pete-lowry-on-his-dance-floor-live-journey", shell("Pete Lowry on His Dance Floor Live Journey | Glitz Videos",
          '<div class="video-page"><h1>Pete Lowry on His Dance Floor Live Journey</h1><div class="player"></div><p>Mar 14, 2025 | 3:41</p><p>The comedian opens up about nearly quitting the show.</p><a href="%s">%s</a></div>' % (G1.path, E(G1.title)),
          "path-video", jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Pete Lowry on His Dance Floor Live Journey", "uploadDate": "2025-03-14T18:00:00-07:00"})))
    s.non("/news", shell("Celebrity News | Glitz", '<h1>News</h1><ul>%s</ul>' % lis(ALL), "path-news"))
    s.non("/", shell("Glitz | Entertainment News, Celebrity Gossip, Watch Live", '<div class="homepage"><ul>%s%s</ul></div>' % (lis(ALL), links([("/live", "Watch Live")])), "path-frontpage"))
    for n, sts in (("Nia Brooks", [G1, G3]), ("Tyler Grant", [G2]), ("Ben Carter", [G3])):
        s.non("/author/" + n.lower().replace(" ", "-"), shell("%s | Glitz" % n, '<h1>%s</h1><p>Glitz News correspondent.</p><ul>%s</ul>' % (E(n), lis(sts)), "path-author"))
    s.non("/about", shell("About Glitz", "<h1>About Glitz</h1><p>Glitz is the network for pop culture.</p>", "path-about"))


# ------------------------------------------------------ main
for build in (starglow, pixelwire, marquee, feedback, tvkompass, corazon, famaja, kwave, starilbo, animehoshi, fizzfeed, glitz):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
