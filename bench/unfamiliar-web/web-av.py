"""Web av: independent journalism on newsletter / blog platforms and tech
news sites. Eleven sites in English, German, French and Spanish, each on the
markup its platform really renders.

Newsletters and blogs: a Substack-like economics letter (title tag "X - by
Author", "available-content", subscribe widgets inside the body, a paid post
cut by the paywall half-way, a guest post bylined "A and B"); a Ghost/Casper
environmental site (JSON-LD and twitter:data1 name only the primary author
of a co-written post; the Ghost "about" page also carries og:type article and
Article JSON-LD; a members-only post); a Beehiiv-like media newsletter (JSON-LD
and meta author are the publication, the people are only in the visible
byline; a sponsor block inside the post); a Medium-like publication (title tag
"X | by Author | Pub | Medium", "Member-only story", claps, "More from" card,
plus a cross-post whose canonical points at the Cold Start original - synd); a
WordPress.com blog (Jetpack share/like/related blocks, comments, a guest post
filed under the blog owner's account that opens "Guest post by ..."; an
evening EST post whose UTC instant is the next day); a Hashnode-like dev blog
(co-author missing from JSON-LD, "Updated on" line).
Tech news: a Verge-like site (duet markup, "Mar 3, 2025, 9:30 PM EST", i.e.
the next UTC day), a TechCrunch-like WordPress block theme (Yoast graph lists
only the first of two authors, "5:30 PM PST · March 5, 2025"), a heise-like
German ticker ("Von A und B", "(jvo)" initials, a Bitwerk+ teaser), a French
site (masthead "today" date, JSON-LD datePublished = the update time, a
"Tribune" by an outside academic whose JSON-LD author is the site), and a
Spanish outlet on Ghost's Source theme (a post published 00:30 Madrid time,
the day before in UTC).
Non-articles: home pages, tag/section/author pages, archives, about, pricing
and subscribe pages, "recommendations", a leaderboard, events pages, a
"sponsor us" page, podcast episode pages that carry only show notes (with
byline, date and og:type article), and a Beehiiv "Links #47" issue. That
issue is only a list of eleven annotated links: a librarian would catalogue
the linked pieces, not the list, so it counts as a non-article here.
"""
import html, json, os, sys, zlib  # noqa: E401
from email.utils import format_datetime
import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18126
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return '<script type="application/ld+json"%s>%s</script>' % (c, json.dumps(obj, ensure_ascii=False))


def P(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def wc(ps):
    return sum(len(p.split()) for p in ps)


def crc(x):
    return zlib.crc32(x.encode()) & 0xffffffff


def iso(s):
    return datetime.datetime.fromisoformat(s)


class Site:
    def __init__(self, n, name):
        self.host = "127.0.4.%d" % n
        self.name = name
        self.arts = []  # dicts: path,title,date(iso with tz), excerpt

    def url(self, p):
        return U(self.host, p)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None, iso_dt=None, excerpt=""):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.arts.append(dict(path=path, title=title, iso=iso_dt or date + "T12:00:00+00:00", excerpt=excerpt, authors=authors))

    def non(self, path, doc):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))

    def raw(self, path, text):
        write_page(OUT, self.host, path, text)

    def rss(self, path, desc=""):
        items = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(a["title"]), E(self.url(a["path"])), E(self.url(a["path"])),
            format_datetime(iso(a["iso"]).astimezone(datetime.timezone.utc), usegmt=True), E(a["excerpt"])) for a in self.arts)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link><description>%s</description>%s</channel></rss>' % (
            E(self.name), self.url("/"), E(desc), items))

    def sitemap(self, path="/sitemap.xml", extra=()):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(self.url(a["path"])), a["iso"]) for a in self.arts)
        locs += "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in extra)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)


def head(title, desc, url, extra=""):
    return ('<meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="description" content="%s"><link rel="canonical" href="%s">%s') % (E(title), E(desc), E(url), extra)


def og(kind, title, desc, url, site, extra=""):
    return ('<meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s">%s') % (kind, E(title), E(desc), E(url), E(site), extra)


# ---------------------------------------------------------------------------
# 1. Substack-like: The Margin Call
# ---------------------------------------------------------------------------
def substack():
    s = Site(211, "The Margin Call")
    who = "Priya Natarajan"

    def widget():
        return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe&quot;}"><div class="subscription-widget show-subscribe">'
                '<div class="preamble"><p class="cta-caption">Thanks for reading The Margin Call! Subscribe for free to receive new posts and support my work.</p></div>'
                '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
                '<input type="submit" class="button primary" value="Subscribe"></form></div></div>')

    def shell(title, body, hd, cls="post-page"):
        return ('<!DOCTYPE html><html lang="en"><head>%s<link rel="alternate" type="application/rss+xml" href="/feed" title="The Margin Call">'
                '</head><body class="%s"><div id="entry"><div id="main" class="main typography use-theme-bg">'
                '<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Margin Call</a>'
                '<div class="navbar-buttons"><a href="/subscribe" class="button primary subscribe-btn">Subscribe</a> <a href="/account/login" class="button sign-in-link">Sign in</a></div></div>'
                '<div class="pub-tabs"><a href="/">Home</a> <a href="/p/episode-14-eggs-avian-flu-and-the-price-of-breakfast">Podcast</a> <a href="/archive">Archive</a> <a href="/recommendations">Recommendations</a> <a href="/about">About</a></div></div>'
                '%s<div class="footer-wrap"><div class="footer"><p class="copyright">© 2025 Priya Natarajan</p><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/feed">RSS</a> · Substack is the home for great culture</div></div></div></div></body></html>') % (hd, cls, body)

    def post(slug, title, sub, authors, dt, body_html, likes, comments, free=True, tags="", title_tag=None, comment=None, kind="newsletter"):
        url = s.url("/p/" + slug)
        shown = iso(dt).strftime("%b %d, %Y")
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": title,
              "description": sub, "image": [{"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_1200/%s.jpg" % slug}],
              "datePublished": dt, "dateModified": dt, "isAccessibleForFree": free,
              "author": [{"@type": "Person", "name": a, "url": "https://substack.com/@" + a.lower().replace(" ", "")} for a in authors],
              "publisher": {"@type": "Organization", "name": "The Margin Call", "url": s.url("/"), "description": "Economics for people who pay the bills"}}
        hd = head(title_tag or "%s - by %s" % (title, authors[0]), sub, url,
                  og("article", title, sub, url, "The Margin Call", '<meta name="author" content="%s"><meta name="twitter:card" content="summary_large_image">' % E(authors[0])) + jl(ld))
        byl = " and ".join('<div class="profile-hover-card-target"><a href="https://substack.com/@%s" class="pencraft pc-reset decoration-hover-underline-ClDVps">%s</a></div>' % (a.lower().replace(" ", ""), E(a)) for a in authors)
        ufi = ('<div class="post-ufi style-compressed"><a role="button" class="post-ufi-button like-button-clean has-label"><span class="label">%d</span></a>'
               '<a href="/p/%s/comments" class="post-ufi-button post-ufi-comment-button has-label"><span class="label">%d</span></a>'
               '<a role="button" class="post-ufi-button share-button has-label"><span class="label">Share</span></a></div>') % (likes, slug, comments)
        com = ""
        if comment:
            com = ('<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment"><div class="comment-meta"><a class="commenter-name">%s</a> <span class="comment-date">%s</span></div>'
                   '<div class="comment-body"><p>%s</p></div><div class="comment-actions">Reply Share</div></div><a href="/p/%s/comments" class="more-comments">%d more comments...</a></div>') % (E(comment[0]), shown, E(comment[1]), slug, comments - 1)
        body = ('<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography %s-post post">'
                '<div class="post-header"><h1 class="post-title published title-X77sOw">%s</h1><h3 class="subtitle">%s</h3>'
                '<div class="pencraft pc-display-flex pc-gap-12 byline-wrapper"><div class="pencraft pc-display-flex flex-wrap-wrap byline-names">%s</div>'
                '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div>%s</div>'
                '%s</article>%s%s</div></div></div>') % (kind, E(title), E(sub), byl, shown, ufi, body_html, ufi, com)
        return shell(title, body, hd)

    arts = []
    # A1
    p1 = ["For most of last year, the official numbers told a comforting story. Food inflation slowed month after month, and by the autumn the headline rate for groceries was back near two percent. Yet the receipts in my kitchen drawer tell a different story, and so do the hundreds of emails many of you sent after the last issue.",
          "The explanation is less mysterious than it feels. Slower inflation means prices are rising more slowly, not that they are going back down. A box of cereal that jumped by a third in 2022 and has risen only a little since is still a third dearer than it was, and wages in many households have not caught up.",
          "There is a second, more uncomfortable part of the answer. Margins at the largest food processors widened during the price spike and have narrowed only partly since. When input costs such as wheat, vegetable oil and fuel fell, the savings moved through the chain slowly and unevenly, and some of them never reached the shelf.",
          "None of this means a conspiracy. It means that competition in a few concentrated categories, from baby formula to packaged meat, is weak enough that firms can wait. Where a discount chain has opened nearby, prices fell faster; where it has not, they stayed put. Next week I will look at what that means for rural towns."]
    t1 = "Why your grocery bill stopped falling"
    b = '<div class="available-content"><div dir="auto" class="body markup">%s%s%s</div></div>' % (P(p1[:2]), widget(), P(p1[2:]))
    s.art("/p/why-your-grocery-bill-stopped-falling", post("why-your-grocery-bill-stopped-falling", t1, "Food inflation cooled. Prices didn't. Here is where the gap went.", [who], "2025-02-18T11:02:17+00:00", b, 312, 42,
          comment=("Dan Whitaker", "The baby formula point is spot on. Our store brand went up 40% and never came back down.")),
          t1, "2025-02-18", [who], must=[p1[2]], must_not=["Subscribe for free to receive new posts", "Our store brand went up 40%"], iso_dt="2025-02-18T11:02:17+00:00", excerpt="Food inflation cooled. Prices didn't.")
    # A2 guest post
    p2 = ["In a valley two hours from the nearest interstate, a battery plant is finishing its third apartment block. The company owns the buildings, sets the rents and deducts them from paychecks. Managers call it workforce housing. Older residents have another name for it, borrowed from the mining camps their grandparents lived in.",
          "Employers are building homes again because they cannot hire without them. Rents near new factories and resorts have risen faster than wages, and workers offered a job often turn it down once they see what an apartment costs. For a firm spending hundreds of millions on a plant, a few dozen units are a small price.",
          "The arrangement has obvious benefits. Tenants get rooms at below market rates, and the company gets staff who stay. But it also ties a worker's roof to a job. Lose one and you may lose the other within thirty days, which changes how hard anyone is willing to push for a raise or a safer line.",
          "Some states are starting to notice. Two have proposed rules giving company tenants the same notice periods as anyone else, and one would bar landlords who are also employers from evicting over a workplace dispute. Whether those bills pass may decide what kind of towns the new factory boom leaves behind."]
    t2 = "The quiet return of the company town"
    b = ('<div class="available-content"><div dir="auto" class="body markup"><p><em>Marcus Bell covers labour markets in the Mountain West. This is his first piece for The Margin Call, written with me over several weeks of reporting. — Priya</em></p>%s%s</div></div>') % (P(p2), widget())
    s.art("/p/the-quiet-return-of-the-company-town", post("the-quiet-return-of-the-company-town", t2, "Employers are building housing again. Their tenants are also their workers.", [who, "Marcus Bell"], "2025-03-04T13:30:00+00:00", b, 208, 17),
          t2, "2025-03-04", [who, "Marcus Bell"], must=[p2[3]], iso_dt="2025-03-04T13:30:00+00:00", excerpt="Employers are building housing again.")
    # A3 paid
    p3 = ["Linda Marsh has lived in the same cinder-block house near Cedar Key for thirty-one years. Her homeowner's premium was nine hundred dollars when she retired. This winter the renewal notice asked for six thousand, and the private insurer that sent it told her in the same envelope that it would not renew at all next year.",
          "Her story is now ordinary along the Gulf Coast. After a run of hurricanes and a wave of litigation, several carriers have left the state and others have stopped writing new policies in coastal counties. The gap has been filled by Citizens, the state-backed insurer that was meant to be a last resort and has become the first.",
          "That matters for everyone in Florida, not only those who live near the water. If a large storm overwhelms Citizens, the law lets it charge a surcharge on almost every property policy in the state, inland ones included. In effect, a retiree in Orlando is backstopping a beach house in Naples, whether she knows it or not."]
    t3 = "Inside the insurance spiral on Florida's Gulf Coast"
    pay = ('<div class="paywall"><div class="paywall-jump"></div><h2 class="paywall-title">Keep reading with a 7-day free trial</h2>'
           '<p class="paywall-text">Subscribe to The Margin Call to keep reading this post and get 7 days of free access to the full post archives.</p>'
           '<a class="button primary subscribe-btn" href="/subscribe?simple=true&amp;next=%2Fp%2Finside-the-insurance-spiral">Start trial</a>'
           '<div class="paywall-login">Already a paid subscriber? <a href="/account/login">Sign in</a></div></div>')
    b = '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>%s' % (P(p3), pay)
    s.art("/p/inside-the-insurance-spiral", post("inside-the-insurance-spiral", t3, "Premiums, pull-outs and the state's insurer of last resort", [who], "2025-03-11T10:45:00+00:00", b, 167, 29, free=False),
          t3, "2025-03-11", [who], must=[p3[2]], must_not=["Keep reading with a 7-day free trial"], iso_dt="2025-03-11T10:45:00+00:00", excerpt="Premiums, pull-outs and the state's insurer of last resort")

    # podcast episode: only show notes
    ep = "Episode 14: Eggs, avian flu and the price of breakfast"
    notes = ('<div class="available-content"><div dir="auto" class="body markup"><div class="native-audio-embed" data-component-name="AudioPlaceholder"><audio src="/api/v1/audio/upload/ep14.mp3" preload="none"></audio><div class="audio-player">Listen now · 41 min</div></div>'
             '<p>This week Priya talks with agricultural economist Ben Ocampo about why egg prices swing so wildly and what the bird flu outbreak did to them.</p>'
             '<h3>In this episode</h3><ul><li>(00:00) Intro</li><li>(03:12) How a laying flock is culled and replaced</li><li>(14:40) Futures, contracts and the spot market</li><li>(27:05) Listener questions</li></ul>'
             '<h3>Links</h3><ul><li><a href="/p/why-your-grocery-bill-stopped-falling">Why your grocery bill stopped falling</a></li><li>USDA Egg Markets Overview (weekly)</li></ul>'
             '<p>The Margin Call podcast is free for everyone. Paid subscribers get the ad-free feed.</p></div></div>')
    eu = s.url("/p/episode-14-eggs-avian-flu-and-the-price-of-breakfast")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": eu, "headline": ep, "datePublished": "2025-02-25T12:00:00+00:00",
          "author": [{"@type": "Person", "name": who}], "publisher": {"@type": "Organization", "name": "The Margin Call"}}
    body = ('<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography podcast-post post">'
            '<div class="post-header"><h1 class="post-title published">%s</h1><h3 class="subtitle">Ben Ocampo on the most volatile item in your basket</h3>'
            '<div class="byline-wrapper"><a href="https://substack.com/@priyanatarajan" class="pencraft pc-reset">Priya Natarajan</a>'
            '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Feb 25, 2025</div></div></div>%s</article></div></div></div>') % (E(ep), notes)
    s.non("/p/episode-14-eggs-avian-flu-and-the-price-of-breakfast", shell(ep, body, head("%s - by %s" % (ep, who), "Ben Ocampo on egg prices", eu, og("article", ep, "Ben Ocampo on egg prices", eu, "The Margin Call") + jl(ld))))

    def plain(path, title, inner, kind="website"):
        u = s.url(path)
        s.non(path, shell(title, '<div class="container">%s</div>' % inner, head(title, "The Margin Call", u, og(kind, title, "Economics for people who pay the bills", u, "The Margin Call")), cls="page"))

    rows = "".join('<div class="post-preview portable-archive-post"><a class="post-preview-title newsletter" href="%s">%s</a><div class="post-preview-description">%s</div><div class="post-preview-meta"><time datetime="%s">%s</time> ∙ %s</div></div>' % (
        a["path"], E(a["title"]), E(a["excerpt"]), a["iso"], iso(a["iso"]).strftime("%b %d"), E(" and ".join(a["authors"]))) for a in s.arts)
    rows += '<div class="post-preview portable-archive-post"><a class="post-preview-title podcast" href="/p/episode-14-eggs-avian-flu-and-the-price-of-breakfast">%s</a><div class="post-preview-meta">Feb 25 ∙ Priya Natarajan</div></div>' % E(ep)
    plain("/archive", "Archive - The Margin Call", '<div class="portable-archive"><div class="portable-archive-tabs"><a>Latest</a> <a>Top</a> <a>Discussions</a></div><div class="portable-archive-list">%s</div></div>' % rows)
    plain("/about", "About - The Margin Call", '<div class="about-page"><h1>About The Margin Call</h1><p>The Margin Call is a weekly newsletter about the economics of everyday life: groceries, rent, insurance and the paycheck that has to cover them. It is written by Priya Natarajan, a former financial reporter, and is free, with extra posts and the archive for paid subscribers.</p><h3>Subscribe to The Margin Call</h3><p>Thousands of subscribers</p>%s</div>' % widget())
    plain("/subscribe", "Subscribe - The Margin Call", '<div class="subscribe-page"><h1>Choose a subscription plan</h1><div class="plans"><div class="plan"><h3>Monthly</h3><p>$8/month</p></div><div class="plan"><h3>Annual</h3><p>$80/year</p><p>Save 17%%</p></div><div class="plan"><h3>Founding Member</h3><p>$200/year</p><p>Support the newsletter at a higher level</p></div><div class="plan free"><h3>Free</h3><p>Weekly issue, no archive</p></div></div>%s</div>' % widget())
    recs = ["Rent Check — housing costs, city by city", "The Ledger Line — small business finance", "Farm Gate — agriculture markets explained", "Open Shift — labour and unions", "Coastline Risk — climate and insurance", "Paper Trail — public money, followed"]
    plain("/recommendations", "Recommendations - The Margin Call", '<h1>The Margin Call recommends</h1><p>Newsletters I read every week.</p><ul class="recommendations-list">%s</ul>' % "".join('<li class="recommendation"><span class="pub-name">%s</span> <a class="button">Subscribe</a></li>' % E(r) for r in recs))
    # home
    feat = "".join('<div class="post-preview"><a class="post-preview-title" href="%s">%s</a><div class="post-preview-description">%s</div><div class="post-preview-meta">%s</div></div>' % (
        a["path"], E(a["title"]), E(a["excerpt"]), iso(a["iso"]).strftime("%b %d")) for a in reversed(s.arts))
    hu = s.url("/")
    write_page(OUT, s.host, "/", shell("The Margin Call", '<div class="home-page"><div class="pub-hero"><h1 class="pub-name">The Margin Call</h1><p>Economics for people who pay the bills. By Priya Natarajan.</p>%s</div><div class="portable-archive-list">%s</div><a href="/archive">See all</a></div>' % (widget(), feat),
                                       head("The Margin Call | Priya Natarajan | Substack", "Economics for people who pay the bills", hu, og("website", "The Margin Call", "Economics for people who pay the bills", hu, "The Margin Call")), cls="home-page"))
    truth["nonarticles"].append(hu)
    s.rss("/feed", "Economics for people who pay the bills")
    s.sitemap(extra=["/archive", "/about"])
    s.raw("/robots.txt", "User-agent: *\nDisallow: /action/\nDisallow: /api/\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ---------------------------------------------------------------------------
# 2 + 11. Ghost: Field Notes (Casper) and El Surco (Source theme, Spanish)
# ---------------------------------------------------------------------------
SP_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


class Ghost:
    def __init__(self, n, name, lang, theme, desc, nav, tz, authors, tags, cta, readmin):
        self.s = Site(n, name)
        self.lang, self.theme, self.desc, self.nav, self.tz = lang, theme, desc, nav, tz
        self.authors, self.tags, self.cta, self.readmin = authors, tags, cta, readmin  # authors: slug -> (name, bio)

    def local(self, utc):
        return iso(utc).astimezone(datetime.timezone(datetime.timedelta(hours=self.tz)))

    def shown(self, d):
        if self.lang == "es":
            return "%d %s %d" % (d.day, SP_MON[d.month - 1], d.year)
        return d.strftime("%b %-d, %Y")

    def meta(self, kind, title, desc, path, extra="", ld=None):
        u = self.s.url(path)
        return ('<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title><meta name="HandheldFriendly" content="True">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="icon" href="/favicon.png" type="image/png">'
                '<link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade"><meta name="description" content="%s">'
                '<meta property="og:site_name" content="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s">'
                '<meta property="og:description" content="%s"><meta property="og:url" content="%s">%s'
                '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:url" content="%s">%s'
                '<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="%s" href="%s">'
                '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="5c1f0d9e8a" data-api="%sghost/api/content/" crossorigin="anonymous"></script>') % (
            E(title), E(u), E(desc), E(self.s.name), kind, E(title), E(desc), E(u), extra, E(title), E(u), jl(ld) if ld else "",
            E(self.s.name), self.s.url("/rss/"), self.s.url("/"), self.s.url("/"))

    def shell(self, hd, body, cls):
        nav = "".join('<li class="nav-%s"><a href="%s">%s</a></li>' % (l.lower().replace(" ", "-"), p, E(l)) for p, l in self.nav)
        if self.theme == "casper":
            top = ('<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div>'
                   '<nav class="gh-head-menu"><ul class="nav">%s</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>'
                   '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>') % (E(self.s.name), nav)
            foot = ('<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav">%s</ul></nav>'
                    '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>') % (E(self.s.name), nav)
        else:
            top = ('<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">%s</a></div>'
                   '<nav class="gh-navigation-menu"><ul class="nav">%s</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Iniciar sesión</a>'
                   '<a class="gh-button" href="#/portal/signup" data-portal="signup">Suscríbete</a></div></div></div></header>') % (E(self.s.name), nav)
            foot = ('<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">%s</span><nav class="gh-footer-menu"><ul class="nav">%s</ul></nav>'
                    '<div class="gh-footer-copyright">Funciona con <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>'
                    '<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">%s</h2><p class="gh-footer-signup-subhead is-body">%s</p>'
                    '<button class="gh-subscribe-input" data-portal="signup"><div class="gh-subscribe-input-text">tu@correo.com</div><div class="gh-subscribe-input-btn">Suscríbete</div></button></section></div></footer>') % (
                E(self.s.name), nav, E(self.s.name), E(self.desc))
        return '<!DOCTYPE html><html lang="%s"><head>%s</head><body class="%s %s"><div class="viewport">%s<div class="site-content">%s</div>%s</div></body></html>' % (
            self.lang, hd, cls, "has-sans-title has-sans-body" if self.theme == "casper" else "has-serif-title", top, body, foot)

    def card(self, a):
        if self.theme == "casper":
            return ('<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/size/w600/%s.jpg" alt="%s"></a>'
                    '<div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header>'
                    '<div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time>'
                    '<span class="post-card-meta-length">%d min read</span></footer></div></article>') % (
                a["path"], a["path"].strip("/"), E(a["title"]), a["path"], E(a["title"]), E(a["excerpt"]), self.local(a["iso"]).strftime("%Y-%m-%d"), self.shown(self.local(a["iso"])), self.readmin)
        return ('<article class="gh-card post"><a class="gh-card-link" href="%s"><figure class="gh-card-image"><img src="/content/images/size/w600/%s.jpg" alt="%s"></figure>'
                '<div class="gh-card-wrapper"><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p><footer class="gh-card-meta">'
                '<span class="gh-card-author">Por %s</span><time class="gh-card-date" datetime="%s">%s</time></footer></div></a></article>') % (
            a["path"], a["path"].strip("/"), E(a["title"]), E(a["title"]), E(a["excerpt"]), E(", ".join(a["authors"])), self.local(a["iso"]).strftime("%Y-%m-%d"), self.shown(self.local(a["iso"])))

    def post(self, path, title, excerpt, slugs, tag, utc, paras, members=False, lead=""):
        s = self.s
        names = [self.authors[x][0] for x in slugs]
        u = s.url(path)
        tslug, tname = tag
        loc = self.local(utc)
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": s.name, "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/content/images/2024/05/logo.png")}},
              "author": {"@type": "Person", "name": names[0], "image": {"@type": "ImageObject", "url": s.url("/content/images/2024/05/%s.jpg" % slugs[0])}, "url": s.url("/author/%s/" % slugs[0]), "sameAs": []},
              "headline": title, "url": u, "datePublished": iso(utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": iso(utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
              "image": {"@type": "ImageObject", "url": s.url("/content/images/2025/%s.jpg" % path.strip("/")), "width": 2000, "height": 1333},
              "keywords": tname, "description": excerpt, "mainEntityOfPage": u}
        extra = ('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:tag" content="%s">'
                 '<meta name="twitter:label1" content="%s"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="%s"><meta name="twitter:data2" content="%s">') % (
            ld["datePublished"], ld["dateModified"], E(tname), "Written by" if self.lang == "en" else "Escrito por", E(names[0]), "Filed under" if self.lang == "en" else "Archivado en", E(tname))
        hd = self.meta("article", title, excerpt, path, extra, ld)
        txt = P(paras)
        if members:
            txt += self.cta
        others = [a for a in s.arts if a["path"] != path][:3]
        if self.theme == "casper":
            alinks = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/05/%s.jpg" alt="%s"></a></li>' % (x, x, E(self.authors[x][0])) for x in slugs)
            anames = ", ".join('<a href="/author/%s/">%s</a>' % (x, E(self.authors[x][0])) for x in slugs)
            body = ('<main id="site-main" class="site-main"><article class="article post tag-%s %s">'
                    '<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span>%s</div>'
                    '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>'
                    '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">%s</ul>'
                    '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time>'
                    '<span class="byline-reading-time"><span class="bull">&bull;</span> %d min read</span></div></div></section></div>'
                    '<figure class="article-image"><img src="/content/images/2025/%s.jpg" alt="%s"></figure></header>'
                    '<section class="gh-content gh-canvas">%s</section></article></main>'
                    '<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><div class="post-feed">%s</div></div></aside>') % (
                tslug, "tag-hash-members-only" if members else "", tslug, E(tname), '<span class="post-card-featured">Members only</span>' if members else "",
                E(title), E(excerpt), alinks, anames, loc.strftime("%Y-%m-%d"), self.shown(loc), self.readmin, path.strip("/"), E(title), txt, "".join(self.card(a) for a in others))
        else:
            anames = ", ".join('<a href="/author/%s/">%s</a>' % (x, E(self.authors[x][0])) for x in slugs)
            body = ('<main class="gh-main"><article class="gh-article post tag-%s">'
                    '<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/%s/">%s</a><h1 class="gh-article-title is-title">%s</h1>'
                    '<p class="gh-article-excerpt is-body">%s</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">%s</div>'
                    '<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">%s</h4><div class="gh-article-meta-content">'
                    '<time class="gh-article-meta-date" datetime="%s">%s</time><span class="gh-article-meta-length"><span class="bull">—</span> %d min de lectura</span></div></div></div>'
                    '<figure class="gh-article-image"><img src="/content/images/2025/%s.jpg" alt="%s"></figure></header>'
                    '<section class="gh-content gh-canvas is-body">%s%s</section></article></main>'
                    '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lee más</h2><div class="gh-feed">%s</div></div></section>') % (
                tslug, tslug, E(tname), E(title), E(excerpt), "".join('<a href="/author/%s/"><img src="/content/images/2024/05/%s.jpg" alt="%s"></a>' % (x, x, E(self.authors[x][0])) for x in slugs),
                anames, loc.strftime("%Y-%m-%d"), self.shown(loc), self.readmin, path.strip("/"), E(title), lead, txt, "".join(self.card(a) for a in others))
        return self.shell(hd, body, "post-template tag-%s" % tslug)

    def listing(self, path, title, kind, intro, arts, ld, cls):
        s = self.s
        hd = self.meta(kind, title, intro, path, "", ld)
        feed = "".join(self.card(a) for a in arts)
        if self.theme == "casper":
            body = '<main id="site-main" class="site-main outer"><div class="inner posts"><section class="post-card post-card-large">%s</section><div class="post-feed">%s</div></div></main>' % (intro if intro.startswith("<") else "<p>%s</p>" % E(intro), feed)
        else:
            body = '<main class="gh-main"><section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner">%s</div></section><div class="gh-feed">%s</div></main>' % (intro if intro.startswith("<") else "<p>%s</p>" % E(intro), feed)
        doc = self.shell(hd, body, cls)
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(s.url("/"))
        else:
            s.non(path, doc)

    def page(self, path, title, paras_html, author_slug, created):
        """A Ghost static page: Ghost renders it with og:type article and Article JSON-LD."""
        s = self.s
        u = s.url(path)
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": s.name, "url": s.url("/")},
              "author": {"@type": "Person", "name": self.authors[author_slug][0], "url": s.url("/author/%s/" % author_slug), "sameAs": []},
              "headline": title, "url": u, "datePublished": created, "dateModified": created, "description": self.desc, "mainEntityOfPage": u}
        hd = self.meta("article", title, self.desc, path, '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (created, created), ld)
        if self.theme == "casper":
            body = '<main id="site-main" class="site-main"><article class="article page no-image"><header class="article-header gh-canvas"><h1 class="article-title">%s</h1></header><section class="gh-content gh-canvas">%s</section></article></main>' % (E(title), paras_html)
        else:
            body = '<main class="gh-main"><article class="gh-article page no-image"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">%s</h1></header><section class="gh-content gh-canvas is-body">%s</section></article></main>' % (E(title), paras_html)
        s.non(path, self.shell(hd, body, "page-template"))

    def finish(self, pages):
        s = self.s
        arts = list(reversed(s.arts))
        self.listing("/", s.name, "website", self.desc, arts, {"@context": "https://schema.org", "@type": "WebSite", "publisher": {"@type": "Organization", "name": s.name}, "url": s.url("/"), "name": s.name, "description": self.desc}, "home-template")
        for slug, name in self.tags:
            these = [a for a in arts if a.get("tag") == slug]
            self.listing("/tag/%s/" % slug, "%s - %s" % (name, s.name), "website", '<h1 class="post-card-title">%s</h1><p>%d posts</p>' % (E(name), len(these)), these,
                         {"@context": "https://schema.org", "@type": "Series", "publisher": {"@type": "Organization", "name": s.name}, "url": s.url("/tag/%s/" % slug), "name": name, "mainEntityOfPage": s.url("/tag/%s/" % slug)}, "tag-template tag-" + slug)
        for slug, (name, bio) in self.authors.items():
            these = [a for a in arts if name in a["authors"]]
            self.listing("/author/%s/" % slug, "%s - %s" % (name, s.name), "profile", '<h1 class="author-profile-name">%s</h1><p class="author-profile-bio">%s</p>' % (E(name), E(bio)), these,
                         {"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": name, "url": s.url("/author/%s/" % slug), "mainEntityOfPage": s.url("/author/%s/" % slug)}, "author-template author-" + slug)
        s.rss("/rss/", self.desc)
        locs = lambda ps: "".join("<url><loc>%s</loc></url>" % E(s.url(p)) for p in ps)  # noqa: E731
        s.raw("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap></sitemapindex>' % (
            s.url("/sitemap-posts.xml"), s.url("/sitemap-pages.xml"), s.url("/sitemap-tags.xml")))
        s.sitemap("/sitemap-posts.xml")
        s.raw("/sitemap-pages.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs(pages))
        s.raw("/sitemap-tags.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs(["/tag/%s/" % t for t, _ in self.tags]))
        s.raw("/robots.txt", "User-agent: *\nSitemap: %s\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\n" % s.url("/sitemap.xml"))


def ghost_art(g, path, title, excerpt, slugs, tag, utc, paras, date, instant=None, members=False, must=None, must_not=None, lead=""):
    names = [g.authors[x][0] for x in slugs]
    g.s.art(path, g.post(path, title, excerpt, slugs, tag, utc, paras, members, lead), title, date, names, instant=instant,
            must=must, must_not=must_not, iso_dt=utc, excerpt=excerpt)
    g.s.arts[-1]["tag"] = tag[0]


def fieldnotes():
    cta = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #3a6b35"><h2>This post is for paying subscribers only</h2>'
           '<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#3a6b35">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>')
    g = Ghost(212, "Field Notes", "en", "casper", "Reporting on land, water and the people who depend on them.",
              [("/", "Home"), ("/tag/rivers/", "Rivers"), ("/tag/forests/", "Forests"), ("/tag/drought/", "Drought"), ("/about/", "About"), ("/membership/", "Membership")], 0,
              {"clara": ("Clara Lindqvist", "Clara covers rivers and fisheries from Portland, Oregon."), "tom": ("Tom Adeyemi", "Tom is a co-founder of Field Notes and writes about forests and rural politics.")},
              [("rivers", "Rivers"), ("forests", "Forests"), ("drought", "Drought")], cta, 6)
    p = ["The fish counters at the weir on the upper Alder River used to work in shifts through October. Last autumn one volunteer was enough. She counted forty-one chinook over six weeks, down from several thousand in the years when her father did the same job, and she stopped bothering with the clicker after the first fortnight.",
         "Biologists agree on the broad causes: warmer water, a dam that blocks the coolest tributaries and a decade of logging that filled spawning gravel with silt. What they disagree on is whether anything short of removing the dam would make a difference. The utility that runs it says it has spent heavily on fish ladders and trucking programmes.",
         "Tribal fishers, who hold treaty rights on the river, say the ladders were always a gesture. Their own survey, shared with Field Notes, found that fewer than one in ten tagged fish that reached the dam made it past. The state's numbers are higher but rely on a counting method the tribe's biologists call optimistic.",
         "A federal licence for the dam expires in 2027. The hearings that decide its future start in the spring, and for the first time the tribe, two anglers' groups and a downstream city have filed a joint petition asking regulators to weigh removal as a real option rather than a footnote."]
    ghost_art(g, "/the-river-that-ran-out-of-salmon/", "The river that ran out of salmon", "For a century the fish came back every autumn. Then, three years ago, they didn't.",
              ["clara"], ("rivers", "Rivers"), "2025-01-28T10:00:00+00:00", p, "2025-01-28", must=[p[3]])
    p = ["On a wet Tuesday night in February, 412 residents of Harlow Falls packed the school gym and voted, by a margin of three to one, to borrow six million dollars and buy the 3,000 acres of timberland that surround their reservoir. It was the largest turnout for a town meeting that anyone in the room could remember.",
         "The land had belonged to a paper company for most of a century and to an investment fund for the last twelve years. When the fund put it up for sale last spring, the likely buyer was a developer with plans for holiday cabins. Residents worried about septic systems upstream of the only water supply.",
         "The purchase will be paid off over thirty years, partly through careful logging and partly through a state conservation grant. A community forest board, elected separately from the select board, will decide how much to cut and where. Its first job is a survey of which stands are worth keeping as old growth.",
         "Not everyone is convinced. A handful of residents argued that the town is taking on debt to solve a problem the state should have handled. Others worry about the cost of firefighting in a warmer decade. But the mood in the gym, when the count was read out, was closer to a celebration than a budget meeting."]
    ghost_art(g, "/a-town-votes-to-buy-its-own-forest/", "A town votes to buy its own forest", "Harlow Falls will borrow $6 million to keep the woods around its reservoir out of a developer's hands.",
              ["tom", "clara"], ("forests", "Forests"), "2025-02-14T15:20:00+00:00", p, "2025-02-14", must=[p[2]], must_not=["For a century the fish came back every autumn"])
    p = ["Every Thursday morning a new drought map appears, a patchwork of yellow, orange and deep red laid over the country. Farmers check it before they talk to their bankers. Agencies use it to trigger emergency payments. It is one of the most consulted pieces of government data in the West, and it is, by design, a blunt instrument.",
         "The map is built from a blend of rainfall, soil moisture, stream flow and snowpack, adjusted each week by a rotating author who reads reports from the field. That human judgement is a strength, its makers say, because numbers alone miss local conditions. It is also a weakness, because the map can only be as good as the reports that reach it.",
         "In counties with few weather stations and fewer extension agents, those reports are thin. Over three months, Field Notes compared the map with well records, ranchers' logs and satellite data in four such counties, and found that the map lagged the ground by weeks at the start of a drought and again at its end."]
    ghost_art(g, "/what-the-drought-maps-leave-out/", "What the drought maps leave out", "The weekly map drives billions in aid. In thinly watched counties it runs weeks behind the ground.",
              ["clara"], ("drought", "Drought"), "2025-03-06T08:45:00+00:00", p, "2025-03-06", members=True, must=[p[2]], must_not=["This post is for paying subscribers only"])
    g.page("/about/", "About Field Notes", P(["Field Notes is an independent, reader-funded newsroom founded in 2022 by Tom Adeyemi and Clara Lindqvist. We report on land, water and the people who depend on them, mostly in the rural West.",
                                             "We take no money from the industries we cover. Most of our work is free; members get early access, a monthly call with the reporters and our undying gratitude.",
                                             "Tips and corrections: desk@fieldnotes.example"]), "tom", "2024-05-02T09:00:00.000Z")
    g.page("/membership/", "Membership", '<p>Support independent reporting on land and water.</p><div class="gh-pricing"><div class="tier"><h3>Free</h3><p>$0</p><p>Newsletter, most stories</p></div>'
           '<div class="tier"><h3>Member</h3><p>$7/month or $70/year</p><p>All stories, monthly reporter call</p></div><div class="tier"><h3>Sustainer</h3><p>$20/month</p><p>Everything, plus our thanks in print</p></div></div>'
           '<a class="gh-btn" data-portal="signup" href="#/portal/signup">Become a member</a>', "tom", "2024-05-02T09:05:00.000Z")
    g.finish(["/about/", "/membership/"])


def elsurco():
    cta = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #c0392b"><h2>Este contenido es solo para socias y socios</h2>'
           '<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#c0392b">Hazte socia</a><p><small>¿Ya tienes cuenta? <a data-portal="signin" href="#/portal/signin">Inicia sesión</a></small></p></div></aside>')
    g = Ghost(221, "El Surco", "es", "source", "Periodismo independiente desde la España rural.",
              [("/", "Inicio"), ("/tag/rural/", "Rural"), ("/tag/agua/", "Agua"), ("/tag/cultura/", "Cultura"), ("/sobre-nosotros/", "Sobre nosotros"), ("/apoyanos/", "Apóyanos")], 1,
              {"lucia": ("Lucía Ferrer", "Periodista. Escribe sobre despoblación y servicios públicos desde Soria."), "andres": ("Andrés Molina", "Cofundador de El Surco. Agua, territorio y crónica.")},
              [("rural", "Rural"), ("agua", "Agua"), ("cultura", "Cultura")], cta, 5)
    p = ["A las ocho menos cuarto, Mariano Lacasa enciende las luces del vestíbulo del cine Goya, abre la taquilla y coloca el cartel de la sesión de las ocho y media. Lleva haciendo lo mismo desde 1987. Esta noche proyecta una película iraní subtitulada y espera, con suerte, a una veintena de espectadores.",
         "El Goya es la última sala de barrio que queda abierta en Zaragoza. En los años setenta había más de treinta. Sobrevivió a la llegada del vídeo, a los multicines de los centros comerciales y a la pandemia, esta última gracias a una campaña de socios que reunió a más de seiscientas personas en un mes.",
         "Hoy la sala se sostiene con esos socios, con una programación que mezcla estrenos de autor y ciclos temáticos, y con un bar que abre los fines de semana. Lacasa no cobra sueldo desde hace dos años. «El día que no pueda pagar la luz, cierro», dice, sin dramatismo."]
    ghost_art(g, "/una-noche-en-el-ultimo-cine-de-barrio/", "Una noche en el último cine de barrio de Zaragoza", "El Goya resiste con seiscientos socios, un proyeccionista sin sueldo y películas que nadie más pone.",
              ["andres"], ("cultura", "Cultura"), "2025-01-17T19:00:00+00:00", p, "2025-01-17", members=True, must=[p[2]], must_not=["Este contenido es solo para socias y socios"])
    p = ["En Villanueva del Campillo, un pueblo de 180 habitantes en la sierra de Ávila, la farmacia cerró en 2019 cuando se jubiló el último boticario. Durante cuatro años, los vecinos mayores dependieron de un autobús que pasaba dos veces por semana para recoger sus medicinas en la cabecera de comarca, a cuarenta minutos.",
         "El año pasado, el ayuntamiento compró el local y el mobiliario, y ofreció a cualquier farmacéutico que quisiera instalarse un alquiler simbólico de un euro al mes. Se presentaron tres candidatas. La elegida, una joven de Salamanca, abrió en septiembre y atiende también a dos pueblos vecinos con un servicio de reparto.",
         "La fórmula se está extendiendo. El Surco ha contado al menos catorce municipios de Castilla y León y Aragón que han hecho algo parecido desde 2022. No siempre funciona: en dos casos la farmacia volvió a cerrar en menos de un año porque las ventas no cubrían ni el sueldo del titular.",
         "Los colegios de farmacéuticos piden que la administración complemente los ingresos de estas boticas rurales, como ya hace con los médicos de zonas despobladas."]
    ghost_art(g, "/los-pueblos-que-compraron-su-propia-farmacia/", "Los pueblos que compraron su propia farmacia", "Catorce municipios ofrecen local y alquiler simbólico para no quedarse sin botica.",
              ["lucia"], ("rural", "Rural"), "2025-02-20T23:30:00+00:00", p, "2025-02-21", instant="2025-02-20T23:30", must=[p[2]])
    p = ["Una empresa embotelladora ha obtenido la concesión para extraer hasta cuarenta millones de litros anuales de un manantial de la sierra de Cazorla, según la resolución publicada en el boletín autonómico a finales de febrero. Los vecinos de los tres pueblos que beben de ese mismo acuífero se enteraron por la prensa.",
         "La Confederación Hidrográfica sostiene que el volumen concedido es inferior a la recarga anual del acuífero y que el abastecimiento urbano tiene prioridad legal. Los regantes y los ayuntamientos de la zona responden que esos cálculos se hicieron antes de tres años consecutivos de sequía y no se han actualizado.",
         "El Surco ha consultado los informes técnicos del expediente. El estudio hidrogeológico que avala la concesión data de 2016 y se basa en mediciones de caudal de una década antes. Un hidrogeólogo de la Universidad de Jaén que lo revisó a petición de este medio lo califica de «insuficiente para una decisión de este calado».",
         "Los tres ayuntamientos han anunciado un recurso conjunto."]
    ghost_art(g, "/el-agua-de-la-sierra-ya-tiene-dueno/", "El agua de la sierra ya tiene dueño", "Una embotelladora podrá extraer 40 millones de litros al año del acuífero que abastece a tres pueblos.",
              ["andres", "lucia"], ("agua", "Agua"), "2025-03-03T09:00:00+00:00", p, "2025-03-03", must=[p[2]], must_not=["Catorce municipios ofrecen local"])
    g.page("/sobre-nosotros/", "Sobre nosotros", P(["El Surco es un medio independiente fundado en 2021 por Andrés Molina y Lucía Ferrer. Contamos la España que se vacía desde dentro: servicios que cierran, agua que se disputa, gente que se queda.",
                                                     "Nos financian nuestros socios. No aceptamos publicidad institucional ni de empresas sobre las que informamos.",
                                                     "Escríbenos a redaccion@elsurco.example"]), "andres", "2023-09-10T08:00:00.000Z")
    g.page("/apoyanos/", "Apóyanos", '<h2>El periodismo rural no se paga solo</h2><p>Con 5 € al mes sostienes una redacción de dos personas que viaja a donde otros no llegan.</p>'
           '<div class="gh-pricing"><div class="tier"><h3>Socia</h3><p>5 €/mes</p></div><div class="tier"><h3>Socia protectora</h3><p>12 €/mes</p></div><div class="tier"><h3>Donación puntual</h3><p>Lo que quieras</p></div></div>'
           '<p>Empresas y fundaciones: escríbenos para patrocinar una serie. Nunca influye en lo que publicamos.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Quiero apoyar</a>', "andres", "2023-09-10T08:10:00.000Z")
    g.finish(["/sobre-nosotros/", "/apoyanos/"])


# ---------------------------------------------------------------------------
# 3. Beehiiv-like: Signal Boost
# ---------------------------------------------------------------------------
def beehiiv():
    s = Site(213, "Signal Boost")
    desc = "The business of media and the creator economy, every Thursday."

    def shell(title, body, hd):
        return ('<!DOCTYPE html><html lang="en" class="bg-wt-background"><head>%s<link rel="preconnect" href="https://media.beehiiv.com"></head>'
                '<body class="bg-wt-background font-regular"><div id="root"><nav class="sticky top-0 z-20 w-full bg-wt-background"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">'
                '<a href="/" class="flex items-center space-x-2"><img class="h-8 w-8 rounded-md" src="https://media.beehiiv.com/uploads/publication/logo/sb.png" alt="Signal Boost"><span class="text-wt-text-on-background-color font-semibold">Signal Boost</span></a>'
                '<div class="flex items-center space-x-4"><a class="text-sm" href="/archive">Posts</a><a class="text-sm" href="/advertise">Sponsor us</a><a class="text-sm" href="/upgrade">Upgrade</a>'
                '<a class="rounded-wt bg-wt-primary px-4 py-2 text-sm font-semibold text-wt-text-on-primary" href="/subscribe">Subscribe</a></div></div></nav>'
                '%s<footer class="bg-wt-primary py-8"><div class="mx-auto max-w-6xl px-4 text-sm"><p>© 2025 Signal Boost.</p><a href="/archive">Archive</a> · <a href="/advertise">Advertise</a> · <a href="/subscribe">Subscribe</a> · <a href="https://www.beehiiv.com/privacy">Privacy policy</a> · <a href="https://www.beehiiv.com/tou">Terms of use</a>'
                '<div class="mt-4"><a href="https://www.beehiiv.com/?utm_source=Signal+Boost" class="text-xs">Powered by beehiiv</a></div></div></footer></div></body></html>') % (hd, body)

    def mhead(title, d, path, kind, ld=None):
        u = s.url(path)
        return head(title, d, u, og(kind, title, d, u, "Signal Boost", '<meta name="author" content="Signal Boost"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@signalboostnews">') + (jl(ld) if ld else ""))

    def byline(names, dt):
        imgs = "".join('<img class="h-8 w-8 rounded-full border-2 border-wt-background" src="https://media.beehiiv.com/uploads/user/profile_picture/%s.png" alt="%s">' % (n.split()[0].lower(), E(n)) for n in names)
        spans = '<span class="text-wt-text-on-background-color opacity-50">, </span>'.join('<span class="text-wt-text-on-background-color text-sm font-semibold">%s</span>' % E(n) for n in names)
        return ('<div class="flex items-center space-x-2"><div class="flex -space-x-2">%s</div><div class="flex flex-col"><div class="flex space-x-1">%s</div>'
                '<div class="flex space-x-1 text-sm"><span class="text-wt-text-on-background-color opacity-75">%s</span></div></div></div>') % (imgs, spans, iso(dt).strftime("%B %-d, %Y"))

    def post(path, title, sub, names, dt, content):
        u = s.url(path)
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "description": sub, "url": u, "datePublished": dt.replace("+00:00", ".000Z"),
              "dateModified": dt.replace("+00:00", ".000Z"), "image": "https://media.beehiiv.com/uploads/asset/file/%s.png" % path.strip("/").split("/")[-1],
              "author": {"@type": "Organization", "name": "Signal Boost", "url": s.url("/")}, "publisher": {"@type": "Organization", "name": "Signal Boost", "url": s.url("/")}}
        body = ('<main class="mx-auto w-full max-w-2xl px-4 py-8"><div class="flex flex-col space-y-3"><h1 class="text-wt-text-on-background-color text-3xl font-bold sm:text-4xl">%s</h1>'
                '<h2 class="text-wt-text-on-background-color text-lg opacity-75">%s</h2>%s</div>'
                '<div class="my-6 flex items-center space-x-2 text-sm"><button class="share">Share</button><a href="/subscribe">Subscribe</a></div>'
                '<div id="content-blocks"><div class="dream-post-content-doc" style="max-width:100%%">%s</div></div>'
                '<div class="mt-10 rounded-wt border p-6"><h3 class="text-xl font-bold">Subscribe to Signal Boost</h3><p>Join 41,000 media people who read it every Thursday.</p>'
                '<form action="/create_subscription" method="post"><input type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form></div>'
                '<div class="mt-6"><h3 class="font-semibold">Keep Reading</h3><ul>%s</ul></div></main>') % (
            E(title), E(sub), byline(names, dt), content, "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in s.arts[-2:]))
        return shell(title, body, mhead(title, sub, path, "article", ld))

    sponsor = ('<div class="sponsored" style="border:1px solid #ddd;padding:16px"><p style="font-size:12px;text-transform:uppercase">Together with Brightline Audio</p>'
               '<p><b>Record like a studio, from anywhere.</b> Brightline makes studio-quality remote recording as easy as a phone call. Try it free for 30 days.</p></div>')
    p = ["If you run a mid-sized podcast, the last three months have probably felt like a riddle. Your downloads are flat or even growing, your listeners are as loyal as ever, and yet the rates advertisers are willing to pay have fallen by a fifth or more. Four network sales heads told me the same thing this week: they have never seen a winter like it.",
         "Part of the answer is plain supply. The big platforms have flooded the market with cheap programmatic inventory, inserting ads into thousands of shows at once. Brands that used to buy host-read spots on a handful of trusted programmes now spread the same budget across a long tail of shows they have never heard.",
         "The other part is measurement. Advertisers increasingly want proof that an ad led to a purchase, and podcasts remain bad at providing it. Promo codes and vanity URLs leak, and surveys are slow. Video podcasts, which can borrow the tracking tools of online video, are winning budgets that audio-only shows are losing.",
         "Not every show is suffering. Those with a clear niche and a direct relationship with their listeners, through paid memberships or live events, report that the slump barely touched them. The lesson, one producer said, is old: own your audience, or someone else will set your price."]
    t = "The podcast ad market's strange winter"
    s.art("/p/the-podcast-ad-market-s-strange-winter", post("/p/the-podcast-ad-market-s-strange-winter", t, "CPMs are down, downloads are up, and nobody agrees why", ["Dana Whitfield"], "2025-02-06T13:00:00+00:00",
          P(p[:1]) + sponsor + P(p[1:])), t, "2025-02-06", ["Dana Whitfield"], must=[p[2]], must_not=["Brightline makes studio-quality remote recording"], iso_dt="2025-02-06T13:00:00+00:00", excerpt="CPMs are down, downloads are up")
    p = ["Three local television groups have quietly bought independent city newsletters in the past six months, and at least two more are in talks. The deals are small, rarely more than a couple of million dollars, but they point to a shift in how broadcasters think about the audiences they are losing to streaming.",
         "For a station, a newsletter with forty thousand engaged local readers is a cheap way to reach people who no longer watch the six o'clock news. It also brings something stations have struggled to build themselves: a habit. Readers open a good morning newsletter every day, and the ad inventory that comes with that habit is easy to sell to local car dealers and law firms.",
         "The founders who sold described mixed feelings. One said the money let her hire two reporters she could never have afforded alone. Another said he had been promised editorial independence but was already being asked to promote the station's weather app in every issue. Both asked that their newsletters not be named while contracts are finalised.",
         "Media analysts expect more deals, especially in mid-sized markets where a single newsletter can dominate local attention. The open question is whether readers will stay once the newsletter they trusted starts to sound like the station that bought it."]
    t = "Local TV stations are buying newsletters now"
    s.art("/p/local-tv-stations-are-buying-newsletters-now", post("/p/local-tv-stations-are-buying-newsletters-now", t, "Broadcasters want the one thing they can't build: a daily habit", ["Dana Whitfield", "Rafael Ortiz"], "2025-02-20T13:00:00+00:00", P(p)),
          t, "2025-02-20", ["Dana Whitfield", "Rafael Ortiz"], must=[p[1]], iso_dt="2025-02-20T13:00:00+00:00", excerpt="Broadcasters want a daily habit")
    p = ["Publishers love to talk about the BookTok bump, the sudden surge in sales when a novel catches fire on short-video apps. Sales data from two mid-sized publishers, shared with Signal Boost on condition that the titles not be identified, suggests the bump is real but narrower than the hype. It sells backlist romance and fantasy, and it sells paperbacks.",
         "In the data, a viral video lifted weekly sales of an older paperback by as much as forty times within a fortnight. The same effect on a new hardcover was rarely more than double. Readers discovering a book through a thirty-second clip, it seems, are more willing to gamble twelve dollars than thirty.",
         "The bump also fades. Most titles fell back to within a fifth of their old sales within two months unless the author kept posting, or the publisher bought promotion to keep the book on front tables. Editors say that has changed what they look for in a debut author: a voice on the page, and increasingly a voice on camera too."]
    t = "What the BookTok bump actually sells"
    s.art("/p/what-the-booktok-bump-actually-sells", post("/p/what-the-booktok-bump-actually-sells", t, "Backlist, paperbacks, and not much else", ["Rafael Ortiz"], "2025-03-06T14:30:00+00:00", P(p)),
          t, "2025-03-06", ["Rafael Ortiz"], must=[p[2]], must_not=["Join 41,000 media people"], iso_dt="2025-03-06T14:30:00+00:00", excerpt="Backlist, paperbacks, and not much else")

    # link roundup issue: a non-article (see docstring)
    links = [("A newsroom union wins AI protections", "the contract language is worth reading in full."),
             ("Why your grocery bill stopped falling", "Priya Natarajan on margins, over at The Margin Call."),
             ("The last days of a local radio station", "a lovely, sad photo essay."),
             ("YouTube's new mid-roll rules", "what changes for creators on April 1."),
             ("A town votes to buy its own forest", "not media, but the best local story I read this month."),
             ("How a comics publisher survived Kickstarter fees", "good numbers, honestly shared."),
             ("Spotify's audiobook payouts, explained", "a clear thread from an agent."),
             ("The case against pivoting to video (again)", "a founder's postmortem."),
             ("Inside a podcast network's rate card", "leaked, and surprisingly low."),
             ("Newsletter open rates are lying to you", "Apple's privacy change, three years on."),
             ("Job: audience editor at a nonprofit newsroom", "remote, and they pay properly.")]
    lp = "/p/signal-boost-links-47"
    lt = "Signal Boost Links #47: eleven things worth your time"
    lis = "".join('<li><p><a href="#" target="_blank" rel="noopener noreferrer nofollow" class="link">%s</a> — %s</p></li>' % (E(a), E(b)) for a, b in links)
    content = '<p>No essay this week, just the links I kept open in tabs. Normal programming returns next Thursday.</p><ul>%s</ul><p>See you next week. — Dana</p>' % lis
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": lt, "url": s.url(lp), "datePublished": "2025-02-27T13:00:00.000Z",
          "author": {"@type": "Organization", "name": "Signal Boost"}, "publisher": {"@type": "Organization", "name": "Signal Boost"}}
    body = ('<main class="mx-auto w-full max-w-2xl px-4 py-8"><div class="flex flex-col space-y-3"><h1 class="text-wt-text-on-background-color text-3xl font-bold sm:text-4xl">%s</h1>'
            '<h2 class="text-wt-text-on-background-color text-lg opacity-75">Links, no essay</h2>%s</div><div id="content-blocks"><div class="dream-post-content-doc">%s</div></div></main>') % (E(lt), byline(["Dana Whitfield"], "2025-02-27T13:00:00+00:00"), content)
    s.non(lp, shell(lt, body, mhead(lt, "Links, no essay", lp, "article", ld)))

    def plain(path, title, inner):
        s.non(path, shell(title, '<main class="mx-auto w-full max-w-4xl px-4 py-8">%s</main>' % inner, mhead(title, desc, path, "website")))

    allp = list(reversed(s.arts)) + [dict(path=lp, title=lt, excerpt="Links, no essay", iso="2025-02-27T13:00:00+00:00", authors=["Dana Whitfield"])]
    allp.sort(key=lambda a: a["iso"], reverse=True)
    cards = "".join('<div class="rounded-wt border"><a href="%s"><h2 class="text-xl font-bold">%s</h2><p class="opacity-75">%s</p><span class="text-xs">%s</span></a></div>' % (
        a["path"], E(a["title"]), E(a["excerpt"]), iso(a["iso"]).strftime("%b %-d, %Y")) for a in allp)
    plain("/archive", "Signal Boost - Posts", '<h1 class="text-3xl font-bold">Posts</h1><input type="search" placeholder="Search posts"><div class="grid gap-6">%s</div>' % cards)
    plain("/subscribe", "Signal Boost - Subscribe", '<h1 class="text-3xl font-bold">Subscribe to Signal Boost</h1><p>%s</p><form action="/create_subscription" method="post"><input type="email" placeholder="Enter your email"><button>Subscribe</button></form>' % E(desc))
    plain("/upgrade", "Signal Boost - Upgrade", '<h1 class="text-3xl font-bold">Upgrade to Signal Boost Pro</h1><div class="grid"><div class="tier"><h2>Free</h2><p>The weekly issue</p></div><div class="tier"><h2>Pro</h2><p>$10/month or $100/year</p><p>Deal database, monthly data report, subscriber chat</p></div></div>')
    plain("/advertise", "Sponsor Signal Boost", '<h1 class="text-3xl font-bold">Sponsor Signal Boost</h1><p>Reach 41,000 media executives, producers and creators every Thursday.</p>'
          '<ul><li>Open rate: 58%</li><li>Primary sponsor slot: $2,400 per issue</li><li>Classified: $450</li></ul><p>We run one primary sponsor per issue and label every ad. Email ads@signalboost.example to book.</p>')
    hu = s.url("/")
    write_page(OUT, s.host, "/", shell("Signal Boost", '<main class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-4xl font-bold">Signal Boost</h1><p>%s</p><form action="/create_subscription"><input type="email" placeholder="Enter your email"><button>Subscribe</button></form><div class="grid gap-6">%s</div><a href="/archive">View all posts</a></main>' % (E(desc), cards),
                                       mhead("Signal Boost", desc, "/", "website")))
    truth["nonarticles"].append(hu)
    s.arts.append(dict(path=lp, title=lt, iso="2025-02-27T13:00:00+00:00", excerpt="", authors=[]))
    s.sitemap(extra=["/archive", "/subscribe", "/upgrade", "/advertise"])
    s.arts.pop()
    s.raw("/robots.txt", "User-agent: *\nAllow: /\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ---------------------------------------------------------------------------
# 4. Medium-like publication: Better Systems
# ---------------------------------------------------------------------------
def medium(coldstart_url):
    s = Site(214, "Better Systems")
    people = {"danielosei": ("Daniel Osei", "1.4K Followers"), "inesk": ("Ines Kowalczyk", "890 Followers"), "amirhaddad": ("Amir Haddad", "312 Followers")}

    def shell(hd, body):
        return ('<!doctype html><html lang="en"><head>%s<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="al:android:app_name" content="Medium">'
                '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">'
                '<div class="speechify-ignore ab co"><div class="l"><nav class="dj" aria-label="Publication"><a href="/" class="au av"><span class="pub-logo">Better Systems</span></a>'
                '<div class="ab"><a href="/tagged/engineering-management">Management</a> <a href="/tagged/incident-response">Incidents</a> <a href="/archive">Archive</a> <a href="/about">About</a> <a href="/submit">Write for us</a></div>'
                '<a href="https://medium.com/m/signin" rel="noopener follow">Sign in</a><button>Get started</button></nav></div></div>%s</div></div></div></body></html>') % (hd, body)

    def post(slug, title, sub, uid, dt, paras, read, claps, member=False, canonical=None, orig_note=None, modified=None):
        path = "/" + slug
        u = s.url(path)
        name = people[uid][0]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/resize:fit:1200/1*%s.png" % slug[-12:]],
              "url": u, "dateCreated": dt, "datePublished": dt, "dateModified": modified or dt, "headline": title, "name": title, "description": sub,
              "identifier": slug[-12:], "author": {"@type": "Person", "name": name, "url": s.url("/@" + uid)}, "creator": [name],
              "publisher": {"@type": "Organization", "name": "Better Systems", "url": s.url("/"), "logo": {"@type": "ImageObject", "width": 272, "height": 60, "url": "https://miro.medium.com/v2/resize:fit:272/1*bsLogo.png"}},
              "mainEntityOfPage": u, "isAccessibleForFree": not member}
        hd = ('<meta charset="utf-8"><title data-rh="true">%s | by %s | Better Systems | Medium</title><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
              '<meta data-rh="true" name="description" content="%s"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="%s">'
              '<meta data-rh="true" property="og:description" content="%s"><meta data-rh="true" property="og:url" content="%s"><meta data-rh="true" property="og:site_name" content="Medium">'
              '<meta data-rh="true" property="article:published_time" content="%s"><meta data-rh="true" name="author" content="%s"><meta data-rh="true" property="article:author" content="%s">'
              '<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"><meta data-rh="true" name="referrer" content="unsafe-url">'
              '<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="%d min read">'
              '<link data-rh="true" rel="canonical" href="%s"><link data-rh="true" rel="author" href="%s">%s') % (
            E(title), E(name), E(sub), E(title), E(sub), E(u), dt, E(name), s.url("/@" + uid), read, E(canonical or u), s.url("/@" + uid), jl(ld))
        shown = iso(dt).strftime("%b %-d, %Y")
        badge = '<div class="ab q"><div class="mj ab"><svg width="16" height="16"></svg></div><p class="be b bf z dy"><span>Member-only story</span></p></div>' if member else ""
        top = ('<div class="speechify-ignore ab cp"><div class="ab q gt"><a href="/@%s" rel="noopener follow"><div class="l ft"><img alt="%s" class="l ey bx fv fw cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*%s.jpeg" width="44" height="44"></div></a>'
               '<div class="ab q"><span class="be b bf z bk"><div class="ab q ks"><div data-testid="authorName" class="hl"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@%s" rel="noopener follow">%s</a></div>'
               '<span class="hm hn" aria-hidden="true"><span class="be b bf z dy">·</span></span><button class="be b bf z kw kx ky">Follow</button></div></span></div></div>'
               '<div class="ab q"><span class="be b bf z dy"><div class="ab cn ho hp hq"><span>Published in</span> <a class="af ag" href="/" rel="noopener follow"><p class="be b bf z jf hu">Better Systems</p></a><span>·</span>'
               '<span data-testid="storyReadTime">%d min read</span><div class="hr hs l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dy">·</span></span></div>'
               '<span data-testid="storyPublishDate">%s</span></div></span></div>'
               '<div class="ab co gd"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button></div><div class="pw-multi-vote-count l ki kj"><p class="be b du z dy"><button class="af ag">%s</button></p></div>'
               '<button class="af ag" aria-label="responses">24</button><button data-testid="headerBookmarkButton" aria-label="Add to list"></button><button data-testid="audioPlayButton">Listen</button><button data-testid="headerSocialShareButton">Share</button></div></div>') % (
            uid, E(name), uid, uid, E(name), read, shown, claps)
        ptxt = "".join('<p id="%x" class="pw-post-body-paragraph mh mi fx mj b mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne fq bk" data-selectable-paragraph="">%s</p>' % (crc(x) & 0xffff, E(x)) for x in paras)
        if orig_note:
            ptxt += '<p class="pw-post-body-paragraph" data-selectable-paragraph=""><em>%s</em></p>' % orig_note
        wall = ""
        if member:
            wall = ('<div class="paywall-upsell"><h2 class="be b">Create an account to read the full story.</h2><p>The author made this story available to Medium members only.<br>If you’re new to Medium, create a new account to read this story on us.</p>'
                    '<a href="https://medium.com/m/signin?operation=register">Continue in app</a><span>Or, continue in mobile web</span><button>Sign up with Google</button><button>Sign up with Facebook</button><p>Already have an account? <a href="https://medium.com/m/signin">Sign in</a></p></div>')
        more = [a for a in s.arts if a["path"] != path][:2]
        foot = ('<footer class="cw"><div class="ab ca"><div class="author-card"><a href="/@%s"><img alt="%s" src="https://miro.medium.com/v2/resize:fill:144:144/1*%s.jpeg"></a>'
                '<h2 class="be b">Written by %s</h2><span class="be b bf z dy">%s</span> · <span>Writer for <a href="/">Better Systems</a></span><button>Follow</button></div>'
                '<div class="more-from"><h2>More from %s and Better Systems</h2>%s</div>'
                '<div class="recommended"><h2>Recommended from Medium</h2><div><a href="#"><h2>I Stopped Using Kubernetes. Our DevOps Team Is Happier Than Ever</h2></a></div><div><a href="#"><h2>10 Habits of Senior Engineers</h2></a></div></div>'
                '<div class="help"><a href="https://help.medium.com">Help</a> <a href="https://medium.statuspage.io">Status</a> <a href="https://medium.com/about">About</a> <a>Careers</a> <a>Press</a> <a>Blog</a> <a>Privacy</a> <a>Terms</a> <a>Text to speech</a> <a>Teams</a></div></div></footer>') % (
            uid, E(name), uid, E(name), people[uid][1], E(name),
            "".join('<div class="story-preview"><a href="%s" rel="noopener follow"><h2 class="be b">%s</h2><h3 class="be b dy">%s</h3></a></div>' % (a["path"], E(a["title"]), E(a["excerpt"])) for a in more))
        body = ('<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg fx fy fz ga">'
                '%s<div><h1 id="%x" class="pw-post-title gy gz ha be hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv bj" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
                '<div><h2 id="%x" class="pw-subtitle-paragraph hw gz fx be b hx hy hz ia ib ic id ie if ig ih ii ij ik il cp dy">%s</h2></div>%s%s%s</div></div></div></section></div></div></article>%s') % (
            badge, crc(title) & 0xffff, E(title), crc(sub) & 0xffff, E(sub), top, ptxt, wall, foot)
        return shell(hd, body)

    p = ["Two years ago our twelve-person team ran thirty-one services. Each had its own repository, its own pipeline and its own dashboard that nobody looked at. Last month we finished folding twenty-six of them back into a single application. Customers did not notice. Our pager, on the other hand, noticed a great deal: it went almost silent.",
         "We had split the system up for good reasons at the time. We expected to grow to several teams, each owning a slice of the product. That growth never came. Instead, the same handful of engineers spent their days coordinating releases across services, debugging timeouts between them and keeping a dozen copies of the same libraries up to date.",
         "The merge took five months. We moved one service at a time, behind a feature flag, and kept the old deployment running until the new code path had handled a full week of traffic. The hardest part was not the code but the data: three services had drifted into slightly different ideas of what a customer was.",
         "We kept five services separate, the ones with genuinely different scaling needs or security boundaries. Everything else now deploys in eleven minutes instead of forty. I am not arguing that microservices are wrong. I am arguing that they are a cost, and that a small team should be honest about whether it is getting anything for the money."]
    t = "We deleted our microservices and nobody noticed"
    sl = "we-deleted-our-microservices-and-nobody-noticed-5f2c1a9b8e7d"
    s.art("/" + sl, post(sl, t, "How a twelve-person team went back to a monolith, and what it cost us", "danielosei", "2025-01-22T16:41:07.352Z", p, 6, "1.2K", modified="2025-01-24T09:02:11.101Z"),
          t, "2025-01-22", ["Daniel Osei"], must=[p[2]], iso_dt="2025-01-22T16:41:07+00:00", excerpt="How a twelve-person team went back to a monolith")
    p = ["For three years our on-call rota was a source of quiet misery. Engineers traded shifts in private messages, the same two people ended up covering every holiday, and the spreadsheet that was supposed to track it all was out of date by the second week of each month. Nobody complained loudly, but people left, and in exit interviews the rota came up every time.",
         "The fix was not a new tool. We already had a perfectly good scheduling service. What changed was that we started treating on-call as work with a budget: a fixed number of hours per quarter, paid as overtime, with a hard cap that a manager had to sign off on before anyone could exceed it.",
         "That single change forced every other conversation. Once hours had a cost, noisy alerts that woke someone for nothing became a line item, and teams started deleting them. Within two quarters the number of pages outside working hours fell by more than half, and the waiting list to join the rota, which had been empty, had four names on it."]
    t = "The on-call rota that finally worked"
    sl = "the-on-call-rota-that-finally-worked-a91be0c7d233"
    s.art("/" + sl, post(sl, t, "We stopped treating on-call as a favour and started treating it as paid work", "inesk", "2025-02-11T08:03:44.019Z", p, 8, "864", member=True),
          t, "2025-02-11", ["Ines Kowalczyk"], must=[p[2]], must_not=["Create an account to read the full story", "How a twelve-person team went back to a monolith"], iso_dt="2025-02-11T08:03:44+00:00", excerpt="We stopped treating on-call as a favour")
    p = ["We wrote forty-three postmortems last year. I read all of them again over the holidays, with a spreadsheet and a pot of coffee, looking for patterns we had missed while we were busy fixing things. The patterns were there, and most of them were embarrassing in a useful way.",
         "The biggest one: almost a third of our incidents began with a configuration change, not a code change. Code went through review, tests and a staged rollout. Configuration went through a web form and took effect everywhere at once. We had built careful guard rails around the least risky thing we shipped.",
         "The second pattern was about people. Incidents that started on a Friday afternoon lasted, on average, twice as long as those that started on a Tuesday morning, not because the problems were harder but because fewer people were around who knew the affected system. We now avoid risky changes late in the week, which sounds obvious because it is.",
         "Finally, our action items were a graveyard. Of the hundred and twenty we had written down, fewer than half were ever done. This year each postmortem gets at most three, each with an owner and a date, and we review them in the same meeting where we plan new features."]
    t = "What a year of postmortems taught our team"
    sl = "what-a-year-of-postmortems-taught-our-team-0d4e6f1a2b3c"
    s.art("/" + sl, post(sl, t, "Forty-three incidents, one spreadsheet, three uncomfortable patterns", "danielosei", "2025-03-05T12:15:30.500Z", p, 5, "2.1K"),
          t, "2025-03-05", ["Daniel Osei"], must=[p[3]], must_not=["I Stopped Using Kubernetes"], iso_dt="2025-03-05T12:15:30+00:00", excerpt="Forty-three incidents, one spreadsheet")
    # cross-post of the Cold Start original, canonical -> original
    cp, (ct, cparas) = coldstart_url
    sl = "shipping-a-rust-cli-to-five-package-managers-7e3f9a0b1c2d"
    write_page(OUT, s.host, fs("/" + sl), post(sl, ct, "Homebrew, Scoop, a PPA, the AUR and npm: notes from one release", "amirhaddad", "2025-02-05T10:00:00.000Z", cparas, 7, "431",
                                                canonical=cp, orig_note='Originally published at <a href="%s" rel="noopener ugc nofollow">Cold Start</a> on February 3, 2025.' % cp))
    truth["synd"].append({"copy": s.url("/" + sl), "orig": cp})
    xp = dict(path="/" + sl, title=ct, excerpt="Homebrew, Scoop, a PPA, the AUR and npm", iso="2025-02-05T10:00:00+00:00", authors=["Amir Haddad"])

    def stream(arts):
        return "".join('<div class="streamItem"><a href="%s"><h3 class="graf--title">%s</h3><p>%s</p></a><span class="postMetaInline">%s · %s</span></div>' % (
            a["path"], E(a["title"]), E(a["excerpt"]), E(a["authors"][0]), iso(a["iso"]).strftime("%b %-d, %Y")) for a in arts)

    def plain(path, title, inner, kind="website"):
        u = s.url(path)
        s.non(path, shell('<meta charset="utf-8"><title data-rh="true">%s</title><meta data-rh="true" property="og:type" content="%s"><meta data-rh="true" property="og:title" content="%s"><link data-rh="true" rel="canonical" href="%s">' % (E(title), kind, E(title), E(u)),
                          '<main class="ab ca">%s</main>' % inner))

    allp = sorted(s.arts + [xp], key=lambda a: a["iso"], reverse=True)
    plain("/archive", "Archive of stories published by Better Systems", '<h1>Archive</h1><div class="timebucket"><a href="/archive/2025">2025</a></div>%s' % stream(allp))
    plain("/about", "About – Better Systems", '<h1>About Better Systems</h1><p>Better Systems publishes practical writing on software teams, operations and engineering management, by people who do the work.</p><p>Editors: Daniel Osei, Ines Kowalczyk</p><p>4.8K followers</p><button>Follow</button>')
    plain("/submit", "Write for Better Systems", '<h1>Write for us</h1><p>We publish first-hand accounts from engineers and managers. Send a draft, not a pitch. We do not accept promotional pieces or listicles.</p><ol><li>Follow Better Systems.</li><li>Email editors@bettersystems.example with your Medium username.</li><li>Submit your draft through “Add to publication”.</li></ol>')
    plain("/tagged/incident-response", "Incident Response – Better Systems", '<h1>Incident Response</h1>%s' % stream([a for a in allp if "postmortems" in a["path"] or "on-call" in a["path"]]))
    plain("/tagged/engineering-management", "Engineering Management – Better Systems", '<h1>Engineering Management</h1>%s' % stream([a for a in allp if "on-call" in a["path"] or "microservices" in a["path"]]))
    for uid, (name, fol) in people.items():
        plain("/@" + uid, "%s – Medium" % name, '<div class="profile"><h1>%s</h1><p>%s</p><button>Follow</button><div class="tabs"><a>Home</a> <a>Lists</a> <a>About</a></div>%s</div>' % (E(name), fol, stream([a for a in allp if name in a["authors"]])), kind="profile")
    hu = s.url("/")
    write_page(OUT, s.host, "/", shell('<meta charset="utf-8"><title data-rh="true">Better Systems</title><meta data-rh="true" property="og:type" content="website"><meta data-rh="true" property="og:title" content="Better Systems"><link data-rh="true" rel="canonical" href="%s">' % hu,
                                       '<main class="ab ca"><h1>Better Systems</h1><p>Practical writing on software teams and operations.</p><button>Follow</button>%s<a href="/archive">See all</a></main>' % stream(allp)))
    truth["nonarticles"].append(hu)
    s.rss("/feed", "Better Systems - Medium")


# ---------------------------------------------------------------------------
# 5. WordPress.com blog (Twenty Twenty-One): Tidewater Notebook
# ---------------------------------------------------------------------------
def wpcom():
    s = Site(215, "Tidewater Notebook")
    tag = "Independent reporting from the Penobscot Bay islands"
    nav = [("/", "Home"), ("/category/harbor/", "Harbor"), ("/category/islands/", "Islands"), ("/about/", "About"), ("/support/", "Support this blog")]

    def shell(title, hd, body, cls):
        navh = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
                '<meta name=\'robots\' content=\'max-image-preview:large\'><link rel="dns-prefetch" href="//s0.wp.com"><link rel="alternate" type="application/rss+xml" title="Tidewater Notebook &raquo; Feed" href="%s">%s'
                '<meta name="generator" content="WordPress.com"></head><body class="%s wp-embed-responsive is-light-theme no-js singular has-main-navigation">'
                '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
                '<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Tidewater Notebook</a></p>'
                '<p class="site-description">%s</p></div><nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">%s</ul></div></nav></header>'
                '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div></div>'
                '<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1">Search&hellip;</label><input type="search" id="search-form-1" class="search-field" name="s"><input type="submit" class="search-submit" value="Search"></form></section>'
                '<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2025/02/">February 2025</a></li><li><a href="/2025/01/">January 2025</a></li></ul></section>'
                '<section class="widget widget_blog_subscription"><h2 class="widget-title">Follow Tidewater Notebook</h2><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p></section></aside>'
                '<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/">Tidewater Notebook</a></div><div class="powered-by"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></div></div></footer></div></body></html>') % (
            E(title).replace("&amp;#8211;", "&#8211;"), s.url("/feed/"), hd, cls, E(tag), navh, body)

    def post(pid, path, title, loc, utc, cat, tags, paras_html, comments):
        u = s.url(path)
        d = iso(loc)
        hd = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
              '<meta property="og:description" content="Visit the post for more."><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
              '<meta property="og:site_name" content="Tidewater Notebook"><meta property="og:image" content="https://s0.wp.com/i/blank.jpg"><meta property="og:locale" content="en_US">'
              '<meta name="twitter:text:title" content="%s"><meta name="twitter:card" content="summary">') % (E(u), E(title), E(u), utc, utc, E(title))
        share = ('<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                 '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="%s?share=twitter"><span>Twitter</span></a></li>'
                 '<li class="share-facebook"><a class="share-facebook sd-button" href="%s?share=facebook"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>'
                 '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
                 '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div></div>') % (path, path)
        cats = '<a href="/category/%s/" rel="category tag">%s</a>' % (cat, cat.capitalize())
        tgs = ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (t, t.replace("-", " ")) for t in tags)
        com = "".join(('<li id="comment-%d" class="comment even thread-even depth-1"><article id="div-comment-%d" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                       '<img alt="" src="https://0.gravatar.com/avatar/x?s=60" class="avatar avatar-60" height="60" width="60"><b class="fn">%s</b> <span class="says">says:</span></div>'
                       '<div class="comment-metadata"><a href="%s#comment-%d"><time datetime="%s">%s</time></a></div></footer><div class="comment-content"><p>%s</p></div>'
                       '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%d">Reply</a></div></article></li>') % (
            pid * 10 + i, pid * 10 + i, E(n), path, pid * 10 + i, when, E(d2), E(txt), pid * 10 + i) for i, (n, when, d2, txt) in enumerate(comments))
        prev = [a for a in s.arts][-1:]
        pn = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">%s</p></a></div></div></nav>' % (
            prev[0]["path"], E(prev[0]["title"]))) if prev else ""
        body = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s %s entry">'
                '<header class="entry-header alignwide"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s%s</div>'
                '<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="%s">%s</time></span>'
                '<span class="byline">By <a href="/author/jessmarlowe/" rel="author">Jess Marlowe</a></span></div>'
                '<div class="post-taxonomies"><span class="cat-links">Categorized as %s </span><span class="tags-links">Tagged %s</span></div></footer></article>'
                '<div class="author-bio show-avatars"><div class="author-bio-content"><h2 class="author-title">By Jess Marlowe</h2><p class="author-description">Reporter, islander, former night editor at the Courier-Gazette. I cover the harbor and the boats.</p>'
                '<a class="author-link" href="/author/jessmarlowe/" rel="author">View all of Jess Marlowe&#039;s posts.</a></div></div>'
                '<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">%d comments</h2><ol class="comment-list">%s</ol>'
                '<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form action="https://tidewaternotebook.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div></div>%s') % (
            pid, pid, cat, " ".join("tag-" + t for t in tags), E(title), paras_html, share, loc, d.strftime("%B %-d, %Y"), cats, tgs, len(comments), com, pn)
        return shell("%s &#8211; Tidewater Notebook" % title, hd, body, "post-template-default single single-post postid-%d single-format-standard" % pid)

    p = ["For the third month running, the Harbor Management Board put off a vote on rebuilding the town wharf on Tuesday night, this time because the engineering firm's revised cost estimate arrived forty minutes before the meeting started. Board members said they had not had time to read it, and nobody in the audience argued.",
         "The new figure, $4.7 million, is almost a million dollars above the estimate voters approved in a bond last spring. The engineers blame steel prices and a requirement, added by the state in the autumn, that the deck be raised eighteen inches to account for higher storm tides. Both explanations are plausible, and neither makes the gap any smaller.",
         "Lobstermen who tie up at the wharf have grown impatient. Several pilings are visibly rotten, and the harbormaster closed the north float in November after a section sagged under a truck. “We’re one good nor’easter from not having a wharf at all,” said Dale Whitcomb, who has fished out of the harbor for forty years.",
         "The board will meet again on February 11. Chair Anne Pelletier said she expects a vote then, though she conceded she had said the same thing in December."]
    t = "Harbor board delays the wharf vote again"
    path = "/2025/01/14/harbor-board-delays-the-wharf-vote-again/"
    s.art(path, post(412, path, t, "2025-01-14T19:40:12-05:00", "2025-01-15T00:40:12+00:00", "harbor", ["wharf", "harbor-board"], P(p),
                     [("Pete Alden", "2025-01-15T08:12:00-05:00", "January 15, 2025 at 8:12 am", "Thanks for covering this, Jess. Nobody else was at the meeting.")]),
          t, "2025-01-14", ["Jess Marlowe"], instant="2025-01-15T00:40", must=[p[1]], must_not=["Nobody else was at the meeting", "Share this:"], iso_dt="2025-01-14T19:40:12-05:00", excerpt=p[0][:120])
    p = ["When the state ferry service announced in January that it would drop two winter crossings a week, the notice ran to a single page and called the change a schedule adjustment. On the island, where I have moved freight for fourteen years, it reads differently. It means the grocery truck comes on three days instead of five.",
         "Fewer crossings also means longer lines for the ones that remain. On a normal winter morning the 7 a.m. boat fills with contractors, medical patients and school staff. Take away the afternoon return twice a week and a dentist appointment on the mainland becomes an overnight trip, with a motel bill that many retired islanders simply cannot pay.",
         "I understand the budget pressure. Fuel and crew costs have climbed, and the service carries far fewer passengers in February than in August. But an island ferry is not a tourist amenity. It is the road. Nobody would propose closing the only highway into a mainland town two days a week to save money.",
         "The ferry advisory board meets on February 20. I would urge anyone who depends on the boats, on either side of the water, to come and say so."]
    t = "What the ferry cuts mean for the islands"
    path = "/2025/02/03/what-the-ferry-cuts-mean-for-the-islands/"
    s.art(path, post(431, path, t, "2025-02-03T10:15:00-05:00", "2025-02-03T15:15:00+00:00", "islands", ["ferries", "guest-post"],
                     '<p><em>Guest post by Tomás Reyes, who has run the island freight co-op since 2011. Views are his own. — J.M.</em></p>' + P(p),
                     [("Carol Ames", "2025-02-03T12:40:00-05:00", "February 3, 2025 at 12:40 pm", "Well said. The Tuesday afternoon boat is the only way I get to dialysis."),
                      ("Tidewater Notebook", "2025-02-03T13:02:00-05:00", "February 3, 2025 at 1:02 pm", "Carol, would you be willing to talk to me for a follow-up? Email is on the About page.")]),
          t, "2025-02-03", ["Tomás Reyes"], must=[p[2]], must_not=["the only way I get to dialysis"], iso_dt="2025-02-03T10:15:00-05:00", excerpt=p[0][:120])
    p = ["State regulators reopened the Mill Cove clam flats on Monday, ten weeks after a sewage overflow in a December storm closed them. By low tide on Tuesday about a dozen diggers were out on the mud, fewer than half the number who worked the flats before the closure.",
         "Several said they had found other work over the winter and were in no hurry to return, or were not convinced the water was clean. The state's testing showed bacteria levels well within limits for three consecutive weeks, which is the standard for reopening. But the same treatment plant overflowed twice last year, and no repairs have been scheduled.",
         "Town manager Rick Soucy said a consultant's report on the plant's storm capacity is due in April. Until then, he said, the town has asked the state to test weekly rather than monthly. For the diggers, who can lose weeks of income each time the flats close, that offers limited comfort."]
    t = "Clam flats reopen, but the diggers are wary"
    path = "/2025/02/27/clam-flats-reopen-but-the-diggers-are-wary/"
    s.art(path, post(447, path, t, "2025-02-27T16:05:00-05:00", "2025-02-27T21:05:00+00:00", "harbor", ["clam-flats"], P(p), []),
          t, "2025-02-27", ["Jess Marlowe"], must=[p[2]], iso_dt="2025-02-27T16:05:00-05:00", excerpt=p[0][:120])

    def listing(path, title, heading, arts, cls):
        items = "".join(('<article class="post type-post status-publish format-standard hentry entry"><header class="entry-header"><h2 class="entry-title default-max-width"><a href="%s">%s</a></h2></header>'
                         '<div class="entry-content"><p>%s&hellip;</p></div><footer class="entry-footer default-max-width"><span class="posted-on">Published <time class="entry-date published" datetime="%s">%s</time></span></footer></article>') % (
            a["path"], E(a["title"]), E(a["excerpt"]), a["iso"], iso(a["iso"]).strftime("%B %-d, %Y")) for a in arts)
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="website"><meta property="og:title" content="%s"><meta property="og:site_name" content="Tidewater Notebook">' % (s.url(path), E(title))
        doc = shell(title, hd, '<header class="page-header alignwide"><h1 class="page-title">%s</h1></header>%s' % (heading, items), cls)
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(s.url("/"))
        else:
            s.non(path, doc)

    arts = list(reversed(s.arts))
    listing("/", "Tidewater Notebook &#8211; " + tag, "Latest", arts, "home blog hfeed")
    listing("/category/harbor/", "Harbor &#8211; Tidewater Notebook", "Category: <span>Harbor</span>", [a for a in arts if "ferry" not in a["path"]], "archive category category-harbor")
    listing("/category/islands/", "Islands &#8211; Tidewater Notebook", "Category: <span>Islands</span>", [a for a in arts if "ferry" in a["path"]], "archive category category-islands")
    listing("/tag/ferries/", "ferries &#8211; Tidewater Notebook", "Tag: <span>ferries</span>", [a for a in arts if "ferry" in a["path"]], "archive tag tag-ferries")
    listing("/author/jessmarlowe/", "Jess Marlowe &#8211; Tidewater Notebook", "Author: <span>Jess Marlowe</span>", arts, "archive author author-jessmarlowe")
    listing("/2025/02/", "February 2025 &#8211; Tidewater Notebook", "Month: <span>February 2025</span>", [a for a in arts if "/2025/02/" in a["path"]], "archive date")
    listing("/2025/01/", "January 2025 &#8211; Tidewater Notebook", "Month: <span>January 2025</span>", [a for a in arts if "/2025/01/" in a["path"]], "archive date")
    for pth, ttl, inner in [
            ("/about/", "About", P(["Tidewater Notebook is a one-person news blog covering the towns and islands of Penobscot Bay: harbor boards, ferries, fisheries and the meetings nobody else attends.",
                                   "I am Jess Marlowe. I spent eleven years at a regional daily until it cut its island coverage. This blog is free and always will be; it is paid for by readers who chip in.",
                                   "Tips: jess@tidewaternotebook.example"])),
            ("/support/", "Support this blog", P(["If Tidewater Notebook is useful to you, please consider a contribution. $5 a month covers the ferry tickets; $20 covers a month of meeting coverage.",
                                                 "Checks can be mailed to PO Box 114. Thank you to the 212 readers who already chip in."]))]:
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="Tidewater Notebook"><meta property="article:published_time" content="2023-06-01T14:00:00+00:00">' % (s.url(pth), E(ttl))
        s.non(pth, shell("%s &#8211; Tidewater Notebook" % ttl, hd, '<article class="page type-page status-publish hentry entry"><header class="entry-header alignwide"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s</div></article>' % (E(ttl), inner),
                         "page-template-default page"))
    s.arts.sort(key=lambda a: a["iso"], reverse=True)
    s.rss("/feed/", tag)
    s.sitemap(extra=["/about/", "/support/"])
    s.raw("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ---------------------------------------------------------------------------
# 6. Hashnode-like dev blog: Cold Start
# ---------------------------------------------------------------------------
COLD_F1 = ["Writing a command-line tool in Rust is the easy part. Getting it onto the machines of people who will never run cargo install is where the weekend goes. Over the last month I packaged our log-tailing tool for Homebrew, Scoop, the Debian archive via a PPA, the Arch User Repository and npm, and kept notes on everything that went wrong.",
           "The most useful decision was to build every binary in one place. A single release workflow cross-compiles for six targets, strips the binaries, writes checksums and uploads the lot as release assets. Every package manager recipe then downloads from those assets instead of building from source, which means one build to debug instead of five.",
           "npm deserves a special mention. Wrapping a native binary in an npm package sounds absurd, but it is how half of our users install tools, and the pattern of one tiny package per platform plus a wrapper that picks the right one at install time works well. The only sharp edge was Alpine Linux, where the musl build needed its own package.",
           "If I did it again, I would write the release checklist before the first release rather than after the third. Most of the bugs were not in the packaging but in the steps I forgot to repeat."]
COLD_T1 = "Shipping a Rust CLI to five package managers"


def hashnode():
    s = Site(216, "Cold Start")
    desc = "Engineering notes from the Cold Start team: Rust, Postgres and keeping CI cheap."
    people = {"amirh": ("Amir Haddad", "Backend engineer. Rust, Postgres, release tooling."), "leahb": ("Leah Brandt", "Platform lead at Cold Start. Builds pipelines, breaks budgets, fixes both.")}

    def shell(title, hd, body):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Cold Start" href="/rss.xml"></head><body><div id="__next"><div class="blog-page-wrapper">'
                '<header class="blog-header relative z-50 w-full border-b"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="flex items-center justify-between">'
                '<a href="/" aria-label="Cold Start home" class="blog-title font-heading text-2xl font-semibold">Cold Start</a>'
                '<nav class="blog-sub-header"><a href="/">Home</a><a href="/series/rust-tooling">Rust tooling</a><a href="/tag/devops">DevOps</a><a href="/members">Team</a><a href="/events">Events</a><a href="/leaderboard">Top writers</a><a href="/newsletter">Newsletter</a></nav>'
                '<button class="rounded-full">Subscribe</button></div></div></header><main class="blog-main">%s</main>'
                '<footer class="blog-footer-area"><div class="container">© 2025 Cold Start · <a href="https://hashnode.com/onboard?unlock-blog=true" rel="noopener">Start a blog</a> · <a href="/archive">Archive</a> · <a href="https://hashnode.com/privacy">Privacy</a> · <a href="/rss.xml">RSS</a> · Powered by Hashnode</div></footer>'
                '</div></div></body></html>') % (E(title), hd, body)

    def post(slug, title, sub, uids, pub, upd, paras):
        path = "/" + slug
        u = s.url(path)
        n0 = people[uids[0]][0]
        ld = {"@context": "https://schema.org/", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": u}, "headline": title, "description": sub,
              "image": "https://cdn.hashnode.com/res/hashnode/image/upload/v1/%s.png" % slug, "datePublished": pub, "dateModified": upd or pub,
              "author": {"@type": "Person", "name": n0, "url": "https://hashnode.com/@" + uids[0]},
              "publisher": {"@type": "Organization", "name": "Cold Start", "logo": {"@type": "ImageObject", "url": "https://cdn.hashnode.com/res/hashnode/image/upload/v1/coldstart-logo.png"}}}
        nd = {"props": {"pageProps": {"post": {"slug": slug, "title": title, "subtitle": sub, "publishedAt": pub, "updatedAt": upd, "readTimeInMinutes": 7,
                                               "author": {"username": uids[0], "name": n0}, "coAuthors": [{"username": x, "name": people[x][0]} for x in uids[1:]]}}}, "page": "/[...slug]"}
        hd = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
              '<meta property="og:type" content="article"><meta property="og:url" content="%s"><meta property="og:site_name" content="Cold Start"><meta name="twitter:card" content="summary_large_image">'
              '<meta property="article:author" content="%s">%s') % (E(sub), E(u), E(title), E(sub), E(u), E(n0), jl(ld))
        names = ' <span class="mx-1 text-slate-500">and</span> '.join('<a href="/members#%s" class="flex items-center"><img class="h-10 w-10 rounded-full" alt="%s" src="https://cdn.hashnode.com/res/hashnode/image/upload/v1/%s.jpg"><span class="font-semibold text-slate-800">%s</span></a>' % (x, E(people[x][0]), x, E(people[x][0])) for x in uids)
        pd = iso(pub)
        upd_html = '<p class="text-slate-500 text-sm">Updated on %s</p>' % iso(upd).strftime("%b %-d, %Y") if upd else ""
        others = [a for a in s.arts if a["path"] != path][:2]
        body = ('<article class="blog-article-page"><div class="container relative mx-auto grid grid-cols-8"><div class="col-span-full"><div class="relative">'
                '<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold leading-snug text-slate-900 md:text-5xl md:leading-tight">%s</h1>'
                '<h2 class="mb-8 px-4 text-center text-2xl text-slate-700">%s</h2>'
                '<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4"><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start">%s</div>'
                '<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span>'
                '<a href="%s" class="tooltip-handle text-slate-700" data-title="%s"><span>%s</span></a><span class="mx-3 block font-bold text-slate-500">·</span>'
                '<p class="flex flex-row items-center text-slate-700"><svg class="mr-2 h-5 w-5 fill-current"></svg><span>7 min read</span></p></div></div>%s</div>'
                '<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">%s</div>'
                '<div class="mb-5 flex flex-row flex-wrap justify-center"><a href="/tag/rust"><span>Rust</span></a><a href="/tag/devops"><span>DevOps</span></a></div></div>'
                '<div class="blog-newsletter-section"><h3>Subscribe to our newsletter</h3><p>Read articles from Cold Start directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>'
                '<div class="blog-more-articles"><h3>More articles</h3>%s</div></div></div></article>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script>') % (
            E(title), E(sub), names, path, pd.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"), pd.strftime("%b %-d, %Y"), upd_html, P(paras),
            "".join('<a href="%s" class="blog-more-article"><h1>%s</h1><p>%s</p></a>' % (a["path"], E(a["title"]), E(a["excerpt"])) for a in others), json.dumps(nd))
        return shell(title, hd, body)

    sub = "Homebrew, Scoop, a PPA, the AUR and npm: notes from one release"
    sl = "shipping-a-rust-cli-to-five-package-managers"
    s.art("/" + sl, post(sl, COLD_T1, sub, ["amirh"], "2025-02-03T09:12:45.211Z", None, COLD_F1), COLD_T1, "2025-02-03", ["Amir Haddad"], must=[COLD_F1[2]],
          must_not=["Read articles from Cold Start directly inside your inbox"], iso_dt="2025-02-03T09:12:45+00:00", excerpt=sub)
    p = ["In October our continuous integration bill passed what we pay for production hosting. That felt wrong for a team of nine, so Amir and I spent two sprints finding out where the minutes went. The answer, as usual, was a small number of very boring things that nobody had looked at in a long time.",
         "The first was caching. Our dependency cache key included the date, a leftover from a debugging session two years ago, so every morning's first build started cold and every build after it on a different runner did too. Fixing the key alone cut average build time by a third.",
         "The second was the test matrix. We were running the full suite against four database versions on every push to every branch. We now run the matrix nightly and on the main branch only, and run a single version on pull requests. In four months that has missed exactly one bug, caught the next morning.",
         "The third was runner size. Bigger machines cost more per minute but finished our heavy jobs in well under half the time, so they were cheaper overall. Together the changes brought the monthly bill down by sixty percent, and developers wait less for their results."]
    t = "How we cut our CI bill by 60%"
    sub = "Three boring fixes that nobody had looked at in two years"
    sl = "how-we-cut-our-ci-bill-by-60"
    s.art("/" + sl, post(sl, t, sub, ["leahb", "amirh"], "2025-02-19T15:30:00.000Z", None, p), t, "2025-02-19", ["Leah Brandt", "Amir Haddad"], must=[p[2]],
          must_not=["Homebrew, Scoop, a PPA, the AUR and npm"], iso_dt="2025-02-19T15:30:00+00:00", excerpt=sub)
    p = ["Advisory locks are one of the most useful Postgres features that most application developers never touch. They let your code take a named lock inside the database, with no table attached, and they are released automatically if the session that holds them dies. That last property is what makes them a good fit for a simple job queue.",
         "Our queue is a plain table of jobs. A worker picks the oldest pending row and calls pg_try_advisory_lock with the job's id. If the call returns false, another worker already has that job, and this one moves on to the next row. If it returns true, the worker runs the job, marks it done and releases the lock.",
         "The alternative most people reach for is SELECT ... FOR UPDATE SKIP LOCKED, and for many workloads it is the better choice. Advisory locks win when a job runs for a long time, because they do not hold a transaction open for the whole run. Long transactions block vacuum and bloat tables in ways that are painful to diagnose.",
         "The one trap is connection pooling. In transaction-pooling mode a session-level lock can end up attached to a connection that another client then borrows. Use transaction-level locks in that setup, or give the workers their own pool."]
    t = "Postgres advisory locks, explained with a queue"
    sub = "A job queue in one table, and when to prefer SKIP LOCKED instead"
    sl = "postgres-advisory-locks-explained-with-a-queue"
    s.art("/" + sl, post(sl, t, sub, ["amirh"], "2025-03-10T07:45:00.000Z", "2025-03-12T18:20:00.000Z", p), t, "2025-03-10", ["Amir Haddad"], must=[p[3]],
          iso_dt="2025-03-10T07:45:00+00:00", excerpt=sub)

    def cards(arts):
        return "".join('<div class="blog-post-card"><a href="%s"><h1 class="font-heading text-2xl font-bold">%s</h1></a><p>%s</p><p class="text-sm">%s · %s</p></div>' % (
            a["path"], E(a["title"]), E(a["excerpt"]), E(" and ".join(a["authors"])), iso(a["iso"]).strftime("%b %-d, %Y")) for a in arts)

    def plain(path, title, inner):
        u = s.url(path)
        hd = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="website"><meta property="og:site_name" content="Cold Start">' % (E(u), E(title))
        doc = shell(title, hd, '<div class="container mx-auto">%s</div>' % inner)
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(u)
        else:
            s.non(path, doc)

    arts = list(reversed(s.arts))
    plain("/", "Cold Start", '<h1 class="sr-only">Cold Start</h1><p>%s</p>%s' % (E(desc), cards(arts)))
    plain("/series/rust-tooling", "Rust tooling - Cold Start", '<div class="series-header"><h1>Rust tooling</h1><p>Everything we learned shipping Rust tools to users who do not use Rust. 2 articles.</p></div>%s' % cards([a for a in arts if "rust" in a["path"] or "ci-bill" in a["path"]]))
    plain("/tag/devops", "#devops - Cold Start", '<h1>#devops</h1>%s' % cards(arts))
    plain("/members", "Team - Cold Start", '<h1>Meet the team</h1>%s' % "".join('<div id="%s" class="member"><h2>%s</h2><p>%s</p></div>' % (k, E(v[0]), E(v[1])) for k, v in people.items()))
    plain("/newsletter", "Newsletter - Cold Start", '<h1>Cold Start newsletter</h1><p>Get new articles in your inbox. About twice a month. No spam.</p><form><input type="email"><button>Subscribe</button></form>')
    plain("/leaderboard", "Top writers - Cold Start", '<h1>Top writers this quarter</h1><ol class="leaderboard"><li><span class="name">Amir Haddad</span> <span class="score">2 articles · 1,840 reads · 96 reactions</span></li>'
          '<li><span class="name">Leah Brandt</span> <span class="score">1 article · 1,210 reads · 71 reactions</span></li><li><span class="name">Guest: Priya Das</span> <span class="score">0 articles · 312 reads</span></li></ol><p>Updated weekly from Hashnode analytics.</p>')
    plain("/events", "Events - Cold Start", '<h1>Events</h1><div class="event"><h2>Cold Start Meetup #9: Release engineering</h2><p>Thursday, April 10, 2025 · 6:30 PM · Berlin, Factory Görlitzer Park</p><p>Talks by Amir Haddad and Leah Brandt. Free, register on Meetup.</p></div>'
          '<div class="event"><h2>Rust Nation side event: packaging office hours</h2><p>May 22, 2025 · London</p></div><h2>Past events</h2><ul><li>Meetup #8: Postgres at small scale (January 2025)</li></ul>')
    plain("/archive", "Archive - Cold Start", '<h1>Archive</h1><h2>March 2025</h2>%s<h2>February 2025</h2>%s' % (cards([a for a in arts if "2025-03" in a["iso"]]), cards([a for a in arts if "2025-02" in a["iso"]])))
    s.arts.sort(key=lambda a: a["iso"], reverse=True)
    s.rss("/rss.xml", desc)
    s.sitemap(extra=["/series/rust-tooling", "/members", "/newsletter", "/events"])
    s.raw("/robots.txt", "User-agent: *\nAllow: /\nSitemap: %s\n" % s.url("/sitemap.xml"))
    return s.url("/shipping-a-rust-cli-to-five-package-managers"), (COLD_T1, COLD_F1)


# ---------------------------------------------------------------------------
# 7. Verge-like (Chorus / duet markup): Circuitry
# ---------------------------------------------------------------------------
def circuitry():
    s = Site(217, "Circuitry")
    people = {"nadia-park": "Nadia Park", "elliot-shaw": "Elliot Shaw", "sam-okoro": "Sam Okoro"}

    def shell(title, hd, body, cls):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Circuitry" href="/rss/index.xml"></head><body class="%s"><div id="__next">'
                '<header class="duet--navigation--navigation"><a href="/" class="duet--navigation--logo" aria-label="Circuitry homepage">Circuitry</a><nav><ul>'
                '<li><a href="/tech">Tech</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/podcasts/circuitcast-ep-88">Podcasts</a></li><li><a href="/policy">Policy</a></li></ul></nav>'
                '<a href="/subscribe">Subscribe</a><button>Sign in</button></header>%s'
                '<footer class="duet--navigation--footer"><ul><li><a href="/about-circuitry">About</a></li><li><a href="/ethics-statement">Ethics statement</a></li><li><a href="/rss/index.xml">RSS</a></li></ul><p>© 2025 Circuitry Media. All rights reserved.</p></footer></div></body></html>') % (E(title), hd, cls, body)

    def post(path, title, dek, slugs, utc, section, paras, related, extra=""):
        u = s.url(path)
        names = [people[x] for x in slugs]
        d = iso(utc)
        loc = d - datetime.timedelta(hours=5)
        shown = loc.strftime("%b %-d, %Y, %-I:%M %p EST")
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": u}, "url": u, "headline": title, "description": dek,
              "speakable": {"@type": "SpeakableSpecification", "xpath": ["/html/head/title"]}, "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
              "author": [{"@type": "Person", "name": people[x], "url": s.url("/authors/" + x)} for x in slugs], "articleSection": section,
              "publisher": {"@type": "NewsMediaOrganization", "name": "Circuitry", "logo": {"@type": "ImageObject", "url": s.url("/static-assets/icons/logo.png")}}}
        hd = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:site_name" content="Circuitry"><meta property="og:type" content="article">'
              '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta name="author" content="%s">'
              '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="twitter:site" content="@circuitry">%s') % (
            E(dek), E(u), E(title), E(dek), E(u), E(", ".join(names)), ld["datePublished"], E(section), jl(ld))
        byl = " and ".join('<a class="duet--article--byline-author hover:shadow-underline-inherit" href="/authors/%s">%s</a>' % (x, E(people[x])) for x in slugs)
        mid = len(paras) // 2
        bp = lambda ps: "".join('<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph">%s</p></div>' % E(x) for x in ps)  # noqa: E731
        rel = ('<div class="duet--article--article-body-component"><div class="duet--article--related-list"><h2 class="font-polysans-mono">Related</h2><ul>%s</ul></div></div>') % "".join(
            '<li><a href="/tech">%s</a></li>' % E(r) for r in related)
        body = ('<main id="content"><article class="duet--article--article-page"><div class="duet--article--lede"><div class="duet--article--lede-breadcrumbs">'
                '<a class="duet--cta--link" href="/tech">%s</a></div><h1 class="inline font-polysans text-22 font-bold leading-110 md:text-33">%s</h1>'
                '<h2 class="duet--article--dek mb-20 font-polysans text-20 font-light">%s</h2>'
                '<div class="duet--article--byline"><p class="duet--article--byline-names">By %s</p><div class="duet--article--timestamp"><time datetime="%s">%s</time></div>'
                '<div class="duet--article--share-bar"><button>Share</button><a href="#comments">24 Comments</a></div></div></div>'
                '<div class="duet--article--article-body-component-container clearfix">%s%s%s%s</div>'
                '<div class="duet--article--article-footer"><p>Most Popular</p><ol><li><a href="/tech">The best laptop deals this week</a></li><li><a href="/reviews">Our favorite phones of the year so far</a></li></ol></div></article></main>') % (
            E(section), E(title), E(dek), byl, ld["datePublished"], shown, extra, bp(paras[:mid]), rel, bp(paras[mid:]))
        return shell("%s - Circuitry" % title, hd, body, "article-page")

    p = ["Sorrel's last two pairs of wireless earbuds sounded excellent and fell out of almost everyone's ears. The company knows it: the announcement for the new Sorrel Buds 3 spends more words on fit than on sound. The buds are a fifth smaller, the stems are gone, and each box ships with five sizes of foam and silicone tips.",
         "I have worn a pair for four days, including two runs and a long flight, and they have not fallen out once. Noise cancellation is a clear step up from the previous model, especially on the low drone of an aircraft cabin. Battery life is rated at seven hours with cancellation on, and that matched my testing.",
         "The buds cost $229, twenty dollars more than the model they replace, and go on sale March 14th. Sorrel has also dropped its proprietary charging case connector in favour of USB-C, which should have happened two generations ago. I will have a full review once I have lived with them for longer."]
    t = "Sorrel's new earbuds finally fix the fit problem"
    path = "/2025/03/03/sorrel-buds-3-earbuds-fit-noise-cancellation"
    s.art(path, post(path, t, "Smaller buds, no stems, and five sizes of tips in the box.", ["nadia-park"], "2025-03-04T02:30:00+00:00", "Headphones", p, ["Sorrel Buds 2 review: great sound, if they stay in", "The best wireless earbuds to buy right now"]),
          t, "2025-03-03", ["Nadia Park"], instant="2025-03-04T02:30", must=[p[2]], must_not=["Sorrel Buds 2 review: great sound, if they stay in"], iso_dt="2025-03-04T02:30:00+00:00", excerpt="Smaller buds, no stems.")
    p = ["The European Union's common charger rules, which forced phones onto USB-C last year, now cover laptops as well. From this spring, any new laptop sold in the bloc must be able to charge over a USB-C port, and manufacturers must let buyers purchase the machine without a charger in the box.",
         "Most laptop makers have been ready for years. The rule mostly affects cheaper models and gaming machines that still ship with barrel-plug power bricks, and a handful of business laptops with proprietary docks. Manufacturers can keep those connectors as long as USB-C charging works too.",
         "The unbundling requirement may matter more in the long run. Regulators estimate that unused chargers make up a significant share of electronic waste, and labels on the box will now have to state the wattage a laptop needs, so buyers can tell whether the charger they already own will do.",
         "The Commission says it will review the rules in 2026 and may extend them to wireless charging standards. Companies that fail to comply face fines set by each member state."]
    t = "The EU just made USB-C the law for laptops, too"
    path = "/2025/02/12/eu-usb-c-common-charger-laptops"
    s.art(path, post(path, t, "New laptops sold in Europe must charge over USB-C, and you can skip the charger in the box.", ["elliot-shaw", "sam-okoro"], "2025-02-12T15:00:00+00:00", "Policy", p, ["Apple's last Lightning holdouts are gone"]),
          t, "2025-02-12", ["Elliot Shaw", "Sam Okoro"], instant="2025-02-12T15:00", must=[p[3]], iso_dt="2025-02-12T15:00:00+00:00", excerpt="New laptops sold in Europe must charge over USB-C.")
    p = ["The Lumen Tab 2 is a very good tablet trapped in a mediocre laptop. Snap it into its $149 keyboard case and it promises to replace a notebook for writing, email and the occasional spreadsheet. Take it out and it is a bright, light, fast slate with one of the best screens I have used at this price.",
         "The problem is the keyboard. The keys are shallow and the trackpad is tiny, and the hinge only holds two angles. On a train tray table it works. On an actual lap it wobbles enough that I gave up after a day and went back to my laptop for anything longer than a message.",
         "Software is the other hurdle. The tablet runs the Android-based LumenOS, which now supports resizable windows and an external display, but many apps still open in a phone-shaped column. Web apps work well in the desktop browser mode, and for a lot of people that will be enough.",
         "At $499 for the tablet alone, the Tab 2 is easy to recommend to anyone who wants a tablet first. If you want a laptop, buy a laptop."]
    t = "Lumen Tab 2 review: the tablet that wants to be a laptop"
    path = "/25-02-25/lumen-tab-2-review-tablet-keyboard-price"
    score = ('<div class="duet--article--scorecard"><p class="duet--article--score"><span>Circuitry Score</span> <strong>7</strong></p>'
             '<div class="good-stuff"><h3>The Good Stuff</h3><ul><li>Excellent screen</li><li>Light and fast</li><li>USB-C display output</li></ul></div>'
             '<div class="bad-stuff"><h3>The Bad Stuff</h3><ul><li>Wobbly keyboard case</li><li>Many apps still phone-sized</li></ul></div><a class="buy" href="#">$499 at Lumen</a></div>')
    s.art(path, post(path, t, "A great slate with a keyboard case you will want to leave at home.", ["sam-okoro"], "2025-02-25T13:00:00+00:00", "Reviews", p, ["The best tablets for most people"], extra=score),
          t, "2025-02-25", ["Sam Okoro"], instant="2025-02-25T13:00", must=[p[0]], iso_dt="2025-02-25T13:00:00+00:00", excerpt="A great slate with a keyboard case you will want to leave at home.")

    def river(arts):
        return "".join(('<div class="duet--content-cards--content-card"><h2><a href="%s">%s</a></h2><div class="duet--content-cards--content-card-byline">'
                        '<span>%s</span> <time datetime="%s">%s</time></div></div>') % (a["path"], E(a["title"]), E(", ".join(a["authors"])).upper(), a["iso"],
                                                                              (iso(a["iso"]) - datetime.timedelta(hours=5)).strftime("%b %-d")) for a in arts)

    def plain(path, title, inner, kind="website", ld=None):
        u = s.url(path)
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="Circuitry">%s' % (E(u), kind, E(title), jl(ld) if ld else "")
        doc = shell(title, hd, '<main id="content">%s</main>' % inner, "page")
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(u)
        else:
            s.non(path, doc)

    arts = list(reversed(s.arts))
    plain("/", "Circuitry", '<h1 class="sr-only">Circuitry</h1><section class="top-stories">%s</section>' % river(sorted(arts, key=lambda a: a["iso"], reverse=True)))
    plain("/tech", "Tech - Circuitry", '<h1>Tech</h1>%s' % river(arts))
    plain("/policy", "Policy - Circuitry", '<h1>Policy</h1>%s' % river([a for a in arts if "eu-usb" in a["path"]]))
    plain("/reviews", "Reviews - Circuitry", '<h1>Reviews</h1><p>Our reviews of the latest gadgets. We buy or borrow every product we test, and no company sees a review before it runs.</p>%s' % river([a for a in arts if "review" in a["path"]]))
    for k, v in people.items():
        plain("/authors/" + k, "%s | Circuitry" % v, '<div class="author-header"><h1>%s</h1><p>%s is a reporter at Circuitry. Send tips securely via Signal.</p></div>%s' % (E(v), E(v), river([a for a in arts if v in a["authors"]])), kind="profile")
    ep = "Circuitcast 88: the earbuds that stay in, and the EU's charger law"
    plain("/podcasts/circuitcast-ep-88", ep + " - Circuitry",
          '<article class="podcast-episode"><h1>%s</h1><p class="byline">By <a href="/authors/nadia-park">Nadia Park</a> <time datetime="2025-03-07T17:00:00.000Z">Mar 7, 2025, 12:00 PM EST</time></p>'
          '<div class="megaphone-player" data-episode="CIR8832"></div><p>Nadia and Sam talk about the Sorrel Buds 3, then Elliot joins to explain what the EU’s charger rules mean for your next laptop.</p>'
          '<p>Further reading:</p><ul><li><a href="/2025/03/03/sorrel-buds-3-earbuds-fit-noise-cancellation">Sorrel\'s new earbuds finally fix the fit problem</a></li><li><a href="/2025/02/12/eu-usb-c-common-charger-laptops">The EU just made USB-C the law for laptops, too</a></li></ul>'
          '<p>Email us at circuitcast@circuitry.example or call the hotline at 866-555-0188.</p></article>', kind="article",
          ld={"@context": "http://schema.org", "@type": "PodcastEpisode", "name": ep, "datePublished": "2025-03-07T17:00:00.000Z", "partOfSeries": {"@type": "PodcastSeries", "name": "Circuitcast"}})
    plain("/about-circuitry", "About Circuitry", '<h1>About Circuitry</h1><p>Circuitry covers technology, science and the companies that make them. Founded in 2019, independent and reader-supported.</p><h2>Masthead</h2><ul><li>Editor-in-chief: Maya Lindholm</li><li>Reviews editor: Sam Okoro</li><li>Senior reporter: Nadia Park</li></ul>')
    plain("/ethics-statement", "Ethics statement - Circuitry", '<h1>Ethics statement</h1><p>Circuitry does not accept gifts from the companies it covers. Review units are returned or donated. Affiliate links never influence coverage, and we disclose them at the top of every post that has them.</p>')
    s.arts.sort(key=lambda a: a["iso"], reverse=True)
    s.rss("/rss/index.xml", "Technology news and reviews")
    s.raw("/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.sitemap(extra=["/tech", "/reviews", "/policy"])


# ---------------------------------------------------------------------------
# 8. TechCrunch-like (WordPress block theme + Yoast): LaunchPost
# ---------------------------------------------------------------------------
def launchpost():
    s = Site(218, "LaunchPost")
    people = {"maria-chen": "Maria Chen", "ravi-menon": "Ravi Menon", "josh-adler": "Josh Adler"}
    base = s.url("/")

    def shell(title, hd, body, cls):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="LaunchPost &raquo; Feed" href="/feed/"><meta name="generator" content="WordPress 6.7.2"></head>'
                '<body class="%s"><div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group site-header"><a class="wp-block-site-logo" href="/">LaunchPost</a>'
                '<nav class="wp-block-navigation"><ul><li><a href="/category/fintech/">Fintech</a></li><li><a href="/category/hardware/">Hardware</a></li><li><a href="/category/climate/">Climate</a></li>'
                '<li><a href="/events/">Events</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/podcasts/found-ep-112/">Podcasts</a></li></ul></nav></div></header>%s'
                '<footer class="wp-block-template-part"><div class="site-footer"><ul><li><a href="/about/">About LaunchPost</a></li><li><a href="/about/#staff">Staff</a></li><li><a href="/events/">Events</a></li><li><a href="/feed/">RSS</a></li></ul>'
                '<p>© 2025 LaunchPost Media LLC. All rights reserved.</p></div></footer></div></body></html>') % (E(title), hd, cls, body)

    def post(path, title, slugs, utc, offset, zone, cat, tag, paras, cta):
        u = s.url(path)
        d = iso(utc)
        loc = d + datetime.timedelta(hours=offset)
        locs = loc.strftime("%Y-%m-%dT%H:%M:%S") + "%+03d:00" % offset
        pid = crc(path) % 100000
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": u + "#article", "isPartOf": {"@id": u}, "author": [{"name": people[slugs[0]], "@id": base + "#/schema/person/%08x" % crc(slugs[0])}],
             "headline": title, "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": d.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "mainEntityOfPage": {"@id": u},
             "wordCount": wc(paras), "publisher": {"@id": base + "#organization"}, "articleSection": [cat[1]], "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": u, "url": u, "name": "%s | LaunchPost" % title, "isPartOf": {"@id": base + "#website"}, "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             "breadcrumb": {"@id": u + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": u + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base}, {"@type": "ListItem", "position": 2, "name": title}]},
            {"@type": "WebSite", "@id": base + "#website", "url": base, "name": "LaunchPost", "publisher": {"@id": base + "#organization"}},
            {"@type": "Organization", "@id": base + "#organization", "name": "LaunchPost", "url": base},
            {"@type": "Person", "@id": base + "#/schema/person/%08x" % crc(slugs[0]), "name": people[slugs[0]], "url": s.url("/author/%s/" % slugs[0])}]}
        hd = ('<meta name="robots" content="index, follow, max-image-preview:large"><meta name="description" content="%s"><link rel="canonical" href="%s">'
              '<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
              '<meta property="og:url" content="%s"><meta property="og:site_name" content="LaunchPost"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
              '<meta name="author" content="%s"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">'
              '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">%s') % (
            E(paras[0][:150]), E(u), E(title), E(paras[0][:150]), E(u), d.strftime("%Y-%m-%dT%H:%M:%S+00:00"), d.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            E(people[slugs[0]]), E(people[slugs[0]]), jl(graph, "yoast-schema-graph"))
        authors = "".join('<div class="wp-block-tc23-author-card"><div class="wp-block-tc23-author-card-name"><a href="/author/%s/" class="wp-block-tc23-author-card-name__link">%s</a></div></div>' % (x, E(people[x])) for x in slugs)
        shown = "%s %s · %s" % (loc.strftime("%-I:%M %p"), zone, loc.strftime("%B %-d, %Y"))
        body = ('<main class="wp-block-group is-layout-flow"><div class="wp-block-group article-hero"><div class="wp-block-tc23-post-relevant-terms"><a href="/category/%s/" class="is-taxonomy-category">%s</a></div>'
                '<h1 class="wp-block-post-title">%s</h1><div class="wp-block-group wp-block-techcrunch-post-authors">%s</div>'
                '<div class="wp-block-post-date"><time datetime="%s">%s</time></div></div>'
                '<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">%s<div class="wp-block-techcrunch-inline-cta"><p>%s</p></div>%s</div>'
                '<div class="wp-block-tc23-post-terms"><span>Topics</span> <a href="/category/%s/">%s</a> <a href="/tag/%s/">%s</a></div>'
                '<div class="wp-block-techcrunch-most-popular"><h2>Most Popular</h2><ul><li><a href="/category/fintech/">The 12 fintech startups investors are watching</a></li><li><a href="/category/hardware/">Humanoid robots, ranked by how much they actually do</a></li></ul></div></main>') % (
            cat[0], E(cat[1]), E(title), authors, locs, shown, P(paras[:2]), E(cta), P(paras[2:]), cat[0], E(cat[1]), tag[0], E(tag[1]))
        return shell("%s | LaunchPost" % title, hd, body, "wp-singular post-template-default single single-post postid-%d single-format-standard" % pid)

    cta = "Join us at LaunchPost Summit in San Francisco, October 27-29. Early-bird tickets end Friday."
    p = ["Ledgerly, a three-year-old startup that sells payroll and benefits software to small restaurants and shops, has raised $40 million in a Series B round led by Northgate Ventures, the company told LaunchPost. Existing investors Bramble Capital and Fieldstone also took part, bringing its total funding to $58 million.",
         "The pitch is aimed squarely at businesses that large payroll providers treat as an afterthought. Ledgerly handles tips, irregular shifts and workers who hold two part-time jobs at once, which co-founder and CEO Dana Ruiz says make up most of its customers' staff. The company charges a flat monthly fee per location rather than per employee.",
         "Ruiz said Ledgerly now processes payroll for about 9,000 businesses and that revenue roughly tripled last year, though she declined to share figures. The new money will go into a banking product that lets workers draw part of their earned wages before payday, a feature that has drawn scrutiny from regulators when offered by other firms.",
         "Ruiz said the company will not charge workers fees for early access. “If our business depends on charging a line cook to get his own money, we’ve built the wrong business,” she said."]
    t = "Fintech startup Ledgerly raises $40M to take on payroll giants"
    path = "/2025/02/27/fintech-startup-ledgerly-raises-40m-to-take-on-payroll-giants/"
    s.art(path, post(path, t, ["maria-chen"], "2025-02-27T16:10:22+00:00", -8, "PST", ("fintech", "Fintech"), ("payroll", "payroll"), p, cta),
          t, "2025-02-27", ["Maria Chen"], instant="2025-02-27T16:10", must=[p[2]], must_not=["Join us at LaunchPost Summit"], iso_dt="2025-02-27T16:10:22+00:00", excerpt=p[0][:140])
    p = ["Gripwise, the warehouse robotics startup that raised $120 million two years ago, laid off about a third of its employees on Wednesday, according to two people familiar with the matter and an internal memo seen by LaunchPost. The cuts affect roughly 70 people across engineering, sales and customer support.",
         "In the memo, CEO Tomas Varga wrote that customers had delayed orders for the company's picking arms as warehouse construction slowed, and that Gripwise needed to “match our spending to the pace of the market.” He said the company had enough cash to last into 2027 after the cuts.",
         "Gripwise's robots use suction grippers and cameras to pick items of varying shapes from bins, a task that has proved harder to automate than moving pallets. The company had signed pilots with several large retailers, but people familiar with the matter said only two had moved to full deployments.",
         "A Gripwise spokesperson confirmed the layoffs and said departing employees would receive twelve weeks of severance and extended health coverage. The company is not the only one under pressure: at least four other warehouse robotics firms have cut staff since the autumn."]
    t = "Robotics startup Gripwise lays off a third of its staff"
    path = "/2025/03/05/robotics-startup-gripwise-lays-off-a-third-of-its-staff/"
    s.art(path, post(path, t, ["ravi-menon", "josh-adler"], "2025-03-06T01:30:00+00:00", -8, "PST", ("hardware", "Hardware"), ("layoffs", "layoffs"), p, cta),
          t, "2025-03-05", ["Ravi Menon", "Josh Adler"], instant="2025-03-06T01:30", must=[p[3]], iso_dt="2025-03-06T01:30:00+00:00", excerpt=p[0][:140])
    p = ["For most of the last three years, climate hardware was the part of a venture capitalist's pitch deck that got skipped. Batteries, heat pumps and grid equipment needed too much capital and took too long to pay off. Something has changed this winter. Six climate hardware startups raised rounds of more than $50 million in February alone.",
         "Investors offer several explanations. Interest rates have eased, making long payback periods less painful. Utilities, facing a surge in electricity demand from data centres, are signing purchase agreements earlier and for larger volumes. And a handful of companies that were funded in 2021 have started to show real revenue, which makes the category look less like a bet and more like a business.",
         "Not everyone is convinced the enthusiasm will last. One partner at a large fund, who asked not to be named because his firm is still raising, said many of the new rounds were extensions for companies that would otherwise have run out of money. “Some of this is rescue financing with a nicer press release,” he said."]
    t = "Why investors suddenly care about climate hardware again"
    path = "/2025/03/10/why-investors-suddenly-care-about-climate-hardware-again/"
    s.art(path, post(path, t, ["josh-adler"], "2025-03-10T13:00:00+00:00", -7, "PDT", ("climate", "Climate"), ("venture", "venture"), p, "Get the LaunchPost Week in Review newsletter every Saturday."),
          t, "2025-03-10", ["Josh Adler"], instant="2025-03-10T13:00", must=[p[1]], iso_dt="2025-03-10T13:00:00+00:00", excerpt=p[0][:140])

    def loop(arts):
        return '<ul class="wp-block-post-template">%s</ul>' % "".join(
            '<li class="wp-block-post"><div class="loop-card"><a class="loop-card__title-link" href="%s">%s</a><div class="loop-card__meta"><span class="loop-card__author">%s</span> <time datetime="%s">%s</time></div></div></li>' % (
                a["path"], E(a["title"]), E(", ".join(a["authors"])), a["iso"], iso(a["iso"]).strftime("%b %-d, %Y")) for a in arts)

    def plain(path, title, inner, kind="website"):
        u = s.url(path)
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="LaunchPost">' % (E(u), kind, E(title))
        doc = shell(title, hd, '<main class="wp-block-group">%s</main>' % inner, "archive")
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(u)
        else:
            s.non(path, doc)

    arts = sorted(s.arts, key=lambda a: a["iso"], reverse=True)
    plain("/", "LaunchPost | Startup and Technology News", '<h1 class="screen-reader-text">LaunchPost</h1><h2>Latest News</h2>%s' % loop(arts))
    for c, n in [("fintech", "Fintech"), ("hardware", "Hardware"), ("climate", "Climate")]:
        key = {"fintech": "ledgerly", "hardware": "gripwise", "climate": "climate-hardware"}[c]
        plain("/category/%s/" % c, "%s | LaunchPost" % n, '<h1 class="wp-block-query-title">%s</h1>%s' % (n, loop([a for a in arts if key in a["path"]])))
    plain("/tag/layoffs/", "layoffs | LaunchPost", '<h1 class="wp-block-query-title">layoffs</h1>%s' % loop([a for a in arts if "gripwise" in a["path"]]))
    for k, v in people.items():
        plain("/author/%s/" % k, "%s | LaunchPost" % v, '<div class="author-hero"><h1>%s</h1><p>%s is a reporter at LaunchPost covering startups and venture capital. You can contact or verify outreach from %s by emailing %s@launchpost.example.</p></div>%s' % (
            E(v), E(v), E(v), k.split("-")[0], loop([a for a in arts if v in a["authors"]])), kind="profile")
    plain("/events/", "Events | LaunchPost", '<h1>LaunchPost Events</h1><div class="event-card"><h2>LaunchPost Summit 2025</h2><p>October 27-29, 2025 · Moscone West, San Francisco</p><p>10,000 founders, investors and operators. Startup Battlefield applications open in April.</p><a href="#">Get tickets</a></div>'
          '<div class="event-card"><h2>LaunchPost Sessions: Climate</h2><p>June 5, 2025 · Boston</p></div>')
    plain("/newsletters/", "Newsletters | LaunchPost", '<h1>Newsletters</h1><ul><li><h2>LaunchPost Daily</h2><p>The top stories every weekday morning.</p></li><li><h2>Week in Review</h2><p>Saturday roundup.</p></li><li><h2>Startups Weekly</h2><p>Our Friday startup deep dive.</p></li></ul><form><input type="email"><button>Subscribe</button></form>')
    plain("/podcasts/found-ep-112/", "Found: How Ledgerly's founder learned payroll the hard way | LaunchPost",
          '<article class="podcast"><h1>How Ledgerly\'s founder learned payroll the hard way</h1><p class="wp-block-post-date"><time datetime="2025-03-04T10:00:00-08:00">10:00 AM PST · March 4, 2025</time></p>'
          '<p class="authors">Hosted by <a href="/author/maria-chen/">Maria Chen</a></p><div class="podcast-player"><iframe title="Found ep 112" src="about:blank"></iframe></div>'
          '<p>This week on Found, Dana Ruiz talks about running payroll for her family\'s restaurant by hand, and why that led her to start Ledgerly.</p><p>Subscribe to Found on Apple Podcasts, Spotify or wherever you listen.</p></article>', kind="article")
    plain("/about/", "About LaunchPost | LaunchPost", '<h1>About LaunchPost</h1><p>LaunchPost is a leading technology media property, dedicated to obsessively profiling startups, reviewing new internet products, and breaking tech news.</p><h2 id="staff">Staff</h2><ul>%s</ul>' % "".join('<li><a href="/author/%s/">%s</a></li>' % (k, E(v)) for k, v in people.items()))
    s.arts = arts
    s.rss("/feed/", "Startup and Technology News")
    s.sitemap("/sitemap.xml")
    s.raw("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ---------------------------------------------------------------------------
# 9. heise-like German ticker: Bitwerk online
# ---------------------------------------------------------------------------
def bitwerk():
    s = Site(219, "Bitwerk online")
    people = {"jana-vogt-4711": ("Jana Vogt", "jvo"), "tobias-lenz-3812": ("Tobias Lenz", "tle"), "ayse-demir-5290": ("Ayşe Demir", "ayd")}

    def shell(title, hd, body, cls):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="alternate" type="application/atom+xml" title="Bitwerk online News" href="/rss/news-atom.xml"></head><body class="%s">'
                '<header class="header" data-component="Header"><a class="header__logo" href="/">Bitwerk online</a><nav class="main-navigation"><ul>'
                '<li><a href="/newsticker/">News</a></li><li><a href="/thema/Sicherheit">Security</a></li><li><a href="/thema/Netzpolitik">Netzpolitik</a></li><li><a href="/tests/">Tests</a></li>'
                '<li><a href="/plus/abo">Bitwerk+</a></li><li><a href="/events/">Events</a></li><li><a href="/podcasts/funkloch-folge-57">Podcasts</a></li></ul></nav>'
                '<a class="header__login" href="/sso/login">Anmelden</a></header><main id="main" class="main">%s</main>'
                '<footer class="footer"><ul><li><a href="/impressum.html">Impressum</a></li><li><a href="/datenschutz.html">Datenschutzerklärung</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/rss/news-atom.xml">RSS</a></li></ul>'
                '<p>© 2025 Bitwerk Medien GmbH &amp; Co. KG</p></footer></body></html>') % (E(title), hd, cls, body)

    def post(path, title, lead, kicker, slugs, loc, paras, plus=False):
        u = s.url(path)
        d = iso(loc)
        names = [people[x][0] for x in slugs]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": u}, "headline": title, "description": lead,
              "datePublished": loc, "dateModified": loc, "author": [{"@type": "Person", "name": n, "url": s.url("/autor/%s/" % x)} for x, n in zip(slugs, names)],
              "publisher": {"@type": "Organization", "name": "Bitwerk online", "logo": {"@type": "ImageObject", "url": s.url("/icons/bitwerk-logo.png")}},
              "isAccessibleForFree": not plus, "inLanguage": "de"}
        hd = ('<meta name="description" content="%s"><meta name="author" content="%s"><meta name="publisher" content="Bitwerk online"><meta name="date" content="%s">'
              '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
              '<meta property="og:url" content="%s"><meta property="og:site_name" content="Bitwerk online"><meta property="og:locale" content="de_DE">%s') % (
            E(lead), E(", ".join(names)), loc, E(u), E(title), E(lead), E(u), jl(ld))
        byl = " und ".join('<a href="/autor/%s/" class="creator__link">%s</a>' % (x, E(people[x][0])) for x in slugs)
        kurz = ", ".join('<a href="mailto:%s@bitwerk.example" title="%s">%s</a>' % (people[x][1], E(people[x][0]), people[x][1]) for x in slugs)
        label = '<span class="a-article-header__label a-article-header__label--plus">Bitwerk+</span>' if plus else ""
        txt = P(paras)
        if plus:
            txt += ('<section class="paywall-delimiter"><p>Das war die Leseprobe unseres Bitwerk+-Artikels "%s". Mit einem Bitwerk+-Abo können Sie den ganzen Artikel lesen.</p>'
                    '<a class="paywall__cta" href="/plus/abo">Jetzt 1 Monat für 0,99 € testen</a></section>') % E(title)
        else:
            txt += '<p class="article-kuerzel">(%s)</p>' % kurz
        body = ('<article class="article" data-component="Article"><header class="a-article-header"><p class="a-article-header__kicker">%s%s</p>'
                '<h1 class="a-article-header__title">%s</h1><p class="a-article-header__lead">%s</p>'
                '<div class="a-article-header__publish-info"><div class="creator"><span class="creator__prefix">Von</span> <span class="creator__names">%s</span></div>'
                '<div class="a-publish-info"><time class="a-datetime" datetime="%s"><span class="a-datetime__date">%s</span> <span class="a-datetime__time">%s Uhr</span></time>'
                ' <span class="a-publish-info__reading-time">Lesezeit: %d Min.</span></div></div>'
                '<div class="a-article-header__actions"><a href="%s/forum/" class="a-article-header__comments">Kommentare lesen (%d Beiträge)</a><button>Artikel verschenken</button></div></header>'
                '<div class="article-content">%s<aside class="a-box a-box--related"><h3>Mehr zum Thema</h3><ul><li><a href="/thema/Sicherheit">Alle Security-Meldungen</a></li></ul></aside>'
                '<div class="ad-label">Anzeige</div></div></article>') % (
            label, E(kicker), E(title), E(lead), byl, loc, d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), max(2, wc(paras) // 200), path.rstrip(".html").rstrip("/"), crc(path) % 300, txt)
        return shell("%s | Bitwerk online" % title, hd, body, "page--article")

    p = ["Der Netzwerkausrüster Kestrel hat ein außerplanmäßiges Firmware-Update für mehrere seiner Heimrouter veröffentlicht. Es schließt eine kritische Sicherheitslücke im Webinterface, über die Angreifer ohne Anmeldung eigenen Code auf den Geräten ausführen können. Betroffen sind nach Angaben des Herstellers die Modelle KR-5400, KR-5600 und KR-7000 mit Firmware-Versionen vor 3.2.14.",
         "Entdeckt hat die Lücke ein Sicherheitsforscher der Universität Bochum, der sie im Januar an den Hersteller gemeldet hatte. Ausgenutzt werden kann sie nur, wenn das Webinterface aus dem Internet erreichbar ist. Das ist ab Werk zwar nicht der Fall, viele Nutzer aktivieren die Fernwartung aber, um ihr Heimnetz von unterwegs zu verwalten.",
         "Kestrel verteilt das Update nach eigenen Angaben schrittweise über die automatische Aktualisierung. Wer die Funktion abgeschaltet hat, muss die neue Firmware manuell im Menü unter System einspielen. Bis dahin empfiehlt der Hersteller, den Fernzugriff zu deaktivieren. Ob die Lücke bereits aktiv ausgenutzt wird, ist nicht bekannt.",
         "Kestrel hatte bereits im vergangenen Sommer eine ähnliche Lücke in älteren Modellen schließen müssen. Sicherheitsexperten raten grundsätzlich dazu, die Fernwartung von Routern nur über ein VPN zu nutzen und automatische Updates eingeschaltet zu lassen."]
    t = "Sicherheitslücke in Router-Firmware: Hersteller verteilt Notfall-Update"
    path = "/news/Sicherheitsluecke-in-Router-Firmware-Hersteller-verteilt-Notfall-Update-10298311.html"
    s.art(path, post(path, t, "Angreifer können über das Webinterface beliebigen Code ausführen. Ein Update steht bereit, wird aber nicht überall automatisch installiert.", "Router",
                     ["jana-vogt-4711"], "2025-03-04T14:32:00+01:00", p), t, "2025-03-04", ["Jana Vogt"], instant="2025-03-04T13:32", must=[p[2]], must_not=["Kommentare lesen"],
          iso_dt="2025-03-04T14:32:00+01:00", excerpt="Angreifer können über das Webinterface beliebigen Code ausführen.")
    p = ["Die Bundesnetzagentur will genauer hinsehen, ob Netzbetreiber ihre Zusagen zum Glasfaserausbau einhalten. Wie die Behörde am Montag mitteilte, sollen Unternehmen, die in geförderten Gebieten den Ausbau angekündigt haben, künftig halbjährlich über ihren Fortschritt berichten. Bislang reichte eine Meldung zum Abschluss des Projekts.",
         "Hintergrund sind Beschwerden mehrerer Kommunen. Sie werfen einzelnen Anbietern vor, den eigenwirtschaftlichen Ausbau nur anzukündigen, um geförderte Projekte von Wettbewerbern zu verhindern, und ihn dann jahrelang nicht umzusetzen. Der Branchenverband der Netzbetreiber weist den Vorwurf des sogenannten Überbaus zurück und spricht von Einzelfällen.",
         "Die neuen Berichtspflichten gelten zunächst für Zusagen ab Januar 2025. Wer Fristen ohne nachvollziehbaren Grund verstreichen lässt, soll nach dem Willen der Behörde den Status als ausbauendes Unternehmen verlieren. Dann könnten Kommunen für das Gebiet wieder Fördergeld beantragen.",
         "Die Kommunen begrüßten den Schritt, halten ihn aber für zu spät. Viele von ihnen hätten ihre Förderanträge wegen angekündigter, aber nie begonnener Ausbauprojekte bereits zurückgezogen und müssten nun von vorn beginnen. Die Netzbetreiber wollen die neuen Vorgaben zunächst prüfen."]
    t = "Bundesnetzagentur prüft Glasfaser-Zusagen der Netzbetreiber"
    path = "/news/Bundesnetzagentur-prueft-Glasfaser-Zusagen-der-Netzbetreiber-10281907.html"
    s.art(path, post(path, t, "Wer Ausbau ankündigt, soll künftig alle sechs Monate Fortschritte melden. Kommunen hatten über leere Versprechen geklagt.", "Breitband",
                     ["tobias-lenz-3812", "ayse-demir-5290"], "2025-02-18T07:05:00+01:00", p), t, "2025-02-18", ["Tobias Lenz", "Ayşe Demir"], instant="2025-02-18T06:05", must=[p[1]],
          iso_dt="2025-02-18T07:05:00+01:00", excerpt="Wer Ausbau ankündigt, soll künftig alle sechs Monate Fortschritte melden.")
    p = ["Wer in einer Altbauwohnung mit dicken Wänden oder in einem Haus über mehrere Etagen wohnt, kennt das Problem: Der Router im Flur versorgt das Wohnzimmer gut, im Arbeitszimmer unterm Dach bricht die Videokonferenz ab. Mesh-Systeme versprechen Abhilfe, indem mehrere Zugangspunkte ein gemeinsames Funknetz aufspannen, durch das sich Geräte ohne Unterbrechung bewegen.",
         "Wir haben fünf aktuelle Systeme mit jeweils drei Knoten in einer 140 Quadratmeter großen Wohnung über zwei Etagen gemessen. Dabei ging es nicht nur um den Spitzendurchsatz direkt neben dem Router, sondern vor allem um die Datenrate in den entlegenen Räumen, die Stabilität über mehrere Tage und den Stromverbrauch.",
         "Die Unterschiede waren größer als erwartet. Während die besten Systeme auch zwei Stockwerke vom Router entfernt noch über 400 MBit/s lieferten, fielen andere dort auf unter 100 MBit/s. Auch bei der Einrichtung trennten sich die Kandidaten deutlich."]
    t = "Fünf Mesh-Systeme für große Wohnungen im Test"
    path = "/tests/Fuenf-Mesh-Systeme-fuer-grosse-Wohnungen-im-Test-10301544.html"
    s.art(path, post(path, t, "WLAN bis unters Dach: Wir haben fünf Mesh-Sets mit je drei Knoten über zwei Etagen gemessen.", "Test", ["ayse-demir-5290"], "2025-03-11T06:00:00+01:00", p, plus=True),
          t, "2025-03-11", ["Ayşe Demir"], instant="2025-03-11T05:00", must=[p[1]], must_not=["Das war die Leseprobe unseres Bitwerk+-Artikels"], iso_dt="2025-03-11T06:00:00+01:00",
          excerpt="WLAN bis unters Dach.")

    def ticker(arts):
        out = ""
        for a in arts:
            d = iso(a["iso"])
            out += '<article class="a-article-teaser"><a href="%s"><time datetime="%s">%s</time><h3 class="a-article-teaser__title">%s</h3><p class="a-article-teaser__synopsis">%s</p></a></article>' % (
                a["path"], a["iso"], d.strftime("%H:%M Uhr"), E(a["title"]), E(a["excerpt"]))
        return out

    def plain(path, title, inner, kind="website"):
        u = s.url(path)
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="Bitwerk online">' % (E(u), kind, E(title))
        doc = shell(title, hd, inner, "page")
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(u)
        else:
            s.non(path, doc)

    arts = sorted(s.arts, key=lambda a: a["iso"], reverse=True)
    plain("/", "Bitwerk online - IT-News, Nachrichten und Hintergründe", '<h1 class="visually-hidden">Bitwerk online</h1><section class="stage">%s</section>' % ticker(arts))
    plain("/newsticker/", "Newsticker | Bitwerk online", '<h1>Newsticker</h1><h2>Dienstag, 11.03.2025</h2>%s<h2>Dienstag, 04.03.2025</h2>%s<h2>Dienstag, 18.02.2025</h2>%s' % (ticker(arts[:1]), ticker(arts[1:2]), ticker(arts[2:])))
    plain("/thema/Sicherheit", "Security | Bitwerk online", '<h1>Thema: Security</h1>%s' % ticker(arts[1:2]))
    plain("/thema/Netzpolitik", "Netzpolitik | Bitwerk online", '<h1>Thema: Netzpolitik</h1>%s' % ticker(arts[2:]))
    plain("/tests/", "Tests | Bitwerk online", '<h1>Tests und Ratgeber</h1>%s' % ticker(arts[:1]))
    for k, (n, kz) in people.items():
        plain("/autor/%s/" % k, "%s | Bitwerk online" % n, '<div class="author"><h1>%s</h1><p>Redakteurin/Redakteur bei Bitwerk online. Kürzel: %s</p></div>%s' % (E(n), kz, ticker([a for a in arts if n in a["authors"]])), kind="profile")
    plain("/impressum.html", "Impressum | Bitwerk online", '<h1>Impressum</h1><p>Bitwerk Medien GmbH &amp; Co. KG, Karl-Wiechert-Allee 10, 30625 Hannover</p><p>Chefredaktion: Martina Brenner (V.i.S.d.P.)</p><h2>Kürzel der Redaktion</h2><ul><li>ayd: Ayşe Demir</li><li>jvo: Jana Vogt</li><li>tle: Tobias Lenz</li></ul><p>Registergericht: Amtsgericht Hannover HRA 26709</p>')
    plain("/datenschutz.html", "Datenschutzerklärung | Bitwerk online", '<h1>Datenschutzerklärung</h1><p>Wir verarbeiten personenbezogene Daten nur im Rahmen der gesetzlichen Bestimmungen. Verantwortlich ist die Bitwerk Medien GmbH &amp; Co. KG.</p>')
    plain("/events/", "Events und Konferenzen | Bitwerk online", '<h1>Bitwerk Konferenzen 2025</h1><ul><li><h2>secIT Hannover</h2><p>18.–20. März 2025, Hannover Congress Centrum</p></li><li><h2>Bitwerk Netzwerktage</h2><p>24.–25. Juni 2025, Köln</p></li></ul><a href="#">Tickets</a>')
    plain("/plus/abo", "Bitwerk+ Abo | Bitwerk online", '<h1>Bitwerk+ – alle Artikel, werbereduziert</h1><div class="offers"><div class="offer"><h2>Monatsabo</h2><p>1 Monat für 0,99 €, danach 12,95 € monatlich</p></div><div class="offer"><h2>Jahresabo</h2><p>129,95 € jährlich</p></div></div><p>Jederzeit kündbar.</p>')
    plain("/podcasts/funkloch-folge-57", "Funkloch, Folge 57: Router-Lücken und warum niemand Updates einspielt | Bitwerk online",
          '<article class="podcast-episode"><h1>Funkloch, Folge 57: Router-Lücken und warum niemand Updates einspielt</h1><p class="a-publish-info"><time datetime="2025-03-06T17:00:00+01:00">06.03.2025 17:00 Uhr</time></p>'
          '<div class="podcast-player"><audio src="/podcasts/funkloch-57.mp3"></audio></div><p>Jana Vogt und Tobias Lenz sprechen über die Kestrel-Lücke und über automatische Updates.</p>'
          '<h2>Shownotes</h2><ul><li>00:00 Begrüßung</li><li>02:15 Die Kestrel-Lücke</li><li>21:40 Warum Updates scheitern</li></ul><p>Den Podcast gibt es bei Apple Podcasts, Spotify und überall, wo es Podcasts gibt.</p></article>', kind="article")
    entries = "".join('<entry><title>%s</title><link href="%s"/><id>%s</id><updated>%s</updated><summary>%s</summary></entry>' % (E(a["title"]), E(s.url(a["path"])), E(s.url(a["path"])), a["iso"], E(a["excerpt"])) for a in arts)
    s.raw("/rss/news-atom.xml", '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bitwerk online News</title><link href="%s"/><updated>%s</updated><id>%s</id>%s</feed>' % (s.url("/"), arts[0]["iso"], s.url("/"), entries))
    s.raw("/robots.txt", "User-agent: *\nDisallow: /sso/\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.sitemap()


# ---------------------------------------------------------------------------
# 10. French tech/media site: Octet
# ---------------------------------------------------------------------------
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def octet():
    s = Site(220, "Octet")

    def frd(d):
        return "%d %s %d à %sh%s" % (d.day, FR_MON[d.month - 1], d.year, d.strftime("%H"), d.strftime("%M"))

    def shell(title, hd, body, cls):
        return ('<!DOCTYPE html><html lang="fr-FR"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Octet &raquo; Flux" href="/feed/"></head><body class="%s">'
                '<div class="top-bar"><span class="today">Mardi 11 mars 2025</span> <a href="/newsletter/">Newsletter</a> <a href="/podcast/octet-le-podcast-42/">Podcast</a></div>'
                '<header class="site-header"><a class="site-logo" href="/">Octet</a><nav class="menu-principal"><ul><li><a href="/tech/">Tech</a></li><li><a href="/medias/">Médias</a></li>'
                '<li><a href="/tag/streaming/">Streaming</a></li><li><a href="/a-propos/">À propos</a></li></ul></nav></header><main id="main" class="site-main">%s</main>'
                '<footer class="site-footer"><ul><li><a href="/a-propos/">Qui sommes-nous ?</a></li><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/newsletter/">Newsletter</a></li></ul><p>© 2025 Octet — Tous droits réservés</p></footer></body></html>') % (E(title), hd, cls, body)

    def post(path, title, title_tag, chapo, kicker, byline_html, author_names, ld_author, pub_loc, upd_loc, ld_pub, rub, paras, note=""):
        u = s.url(path)
        dp = iso(pub_loc)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": chapo, "url": u, "mainEntityOfPage": u,
              "datePublished": ld_pub, "dateModified": upd_loc or pub_loc, "author": ld_author, "articleSection": rub[1], "inLanguage": "fr-FR",
              "publisher": {"@type": "Organization", "name": "Octet", "logo": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/octet-logo.png")}}}
        hd = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">'
              '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="Octet">'
              '<meta property="article:published_time" content="%s">%s<meta name="author" content="%s">%s') % (
            E(chapo), E(u), E(title_tag.rsplit(" - ", 1)[0]), E(chapo), E(u), pub_loc, '<meta property="article:modified_time" content="%s">' % upd_loc if upd_loc else "", E(", ".join(author_names)), jl(ld))
        dates = 'Publié le <time datetime="%s" class="entry-date published">%s</time>' % (pub_loc, frd(dp))
        if upd_loc:
            dates += ' <span class="sep">·</span> Mis à jour le <time datetime="%s" class="updated">%s</time>' % (upd_loc, frd(iso(upd_loc)))
        others = [a for a in s.arts if a["path"] != path][:2]
        body = ('<article class="post single-post type-post"><nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/%s/">%s</a> › <span>%s</span></nav>'
                '<header class="entry-header"><span class="article-kicker">%s</span><h1 class="article-title entry-title">%s</h1><p class="article-chapo">%s</p>'
                '<div class="article-meta">%s<span class="article-dates">%s</span><span class="reading-time">Lecture : 4 min.</span></div></header>'
                '<div class="entry-content article-content">%s%s<div class="partage"><span>Partager :</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copier le lien</a></div></div>'
                '<aside class="a-lire-aussi"><h2>À lire aussi</h2><ul>%s</ul></aside>'
                '<div class="newsletter-box"><p>Recevez chaque matin l’essentiel de l’actualité tech avec la newsletter d’Octet.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div></article>') % (
            rub[0], E(rub[1]), E(kicker), E(kicker), E(title), E(chapo), byline_html, dates, P(paras), note,
            "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in others))
        return shell(title_tag, hd, body, "single single-post")

    def by(pairs, extra=""):
        return '<span class="author vcard">Par %s%s</span>' % (" et ".join('<a href="/auteur/%s/" rel="author" class="url fn">%s</a>' % (k, E(n)) for k, n in pairs), extra)

    p = ["Trois services de streaming français ont annoncé jeudi la création d'une offre commune, vendue sous une seule application à partir de l'automne. L'abonnement donnera accès aux catalogues des trois plateformes pour un prix inférieur à la somme de leurs tarifs actuels, sans que le montant exact n'ait encore été dévoilé.",
         "Chacun conservera sa marque et sa ligne éditoriale, assurent leurs dirigeants, mais la facturation, la technique et une partie du marketing seront mutualisées. L'objectif affiché est de peser face aux plateformes américaines, qui concentrent plus des trois quarts des abonnements en France.",
         "L'Autorité de la concurrence devra se prononcer sur le projet. Des producteurs indépendants s'inquiètent déjà d'un acheteur unique pour les séries françaises, qui pourrait faire baisser les prix payés pour les droits. Les plateformes répondent que l'alliance augmentera au contraire leur budget de création.",
         "Le lancement de l'offre commune est prévu pour septembre, sous réserve du feu vert des autorités. Les trois groupes n'excluent pas d'accueillir d'autres partenaires, notamment des chaînes thématiques, une fois l'application installée."]
    t = "Streaming : les plateformes françaises s'allient contre les géants américains"
    path = "/medias/streaming-les-plateformes-francaises-s-allient-contre-les-geants-americains-48213/"
    s.art(path, post(path, t, t + " - Octet", "Une application, un abonnement, trois catalogues : la riposte s'organise.", "Streaming",
                     by([("karim-benali", "Karim Benali"), ("julie-moreau", "Julie Moreau")]), ["Karim Benali", "Julie Moreau"],
                     [{"@type": "Person", "name": "Karim Benali"}, {"@type": "Person", "name": "Julie Moreau"}], "2025-01-30T18:40:00+01:00", None, "2025-01-30T18:40:00+01:00", ("medias", "Médias"), p),
          t, "2025-01-30", ["Karim Benali", "Julie Moreau"], instant="2025-01-30T17:40", must=[p[2]], iso_dt="2025-01-30T18:40:00+01:00", excerpt="Une application, un abonnement, trois catalogues.")
    p = ["Chaque semaine, des étudiants me montrent avec assurance une réponse obtenue auprès d'un assistant conversationnel. Souvent, elle est juste. Parfois, elle cite un article qui n'existe pas, attribué à un auteur bien réel. Ce n'est pas un défaut passager que la prochaine version corrigera : c'est la conséquence de la manière dont ces outils fonctionnent.",
         "Un moteur de recherche renvoie vers des documents. On peut juger la source, comparer, vérifier. Un modèle de langage produit un texte plausible à partir de régularités statistiques. Il ne sait pas d'où vient ce qu'il affirme, et la fluidité de sa prose inspire une confiance que rien ne justifie a priori.",
         "Il ne s'agit pas d'interdire ces outils, mais d'apprendre à s'en servir pour ce qu'ils savent faire : reformuler, résumer un texte que l'on a sous les yeux, proposer des pistes. L'école et l'université doivent enseigner cette différence, comme elles ont appris, il y a vingt ans, à enseigner l'usage critique de Wikipédia."]
    t = "« L'IA générative n'est pas un moteur de recherche »"
    path = "/tech/tribune-l-ia-generative-n-est-pas-un-moteur-de-recherche-48577/"
    note = ('<p class="tribune-bio"><em>Sophie Garnier est maîtresse de conférences en sciences de l\'information et de la communication à l\'université de Lille.</em></p>'
            '<p class="tribune-disclaimer">Les tribunes publiées sur Octet n\'engagent que leurs auteurs.</p>')
    s.art(path, post(path, t, "Tribune : " + t + " - Octet", "Une chercheuse appelle l'école à enseigner la différence entre un assistant conversationnel et une source.", "Tribune",
                     '<span class="author vcard">Par <strong class="fn">Sophie Garnier</strong>, chercheuse</span>', ["Sophie Garnier"],
                     {"@type": "Organization", "name": "Octet", "url": s.url("/")}, "2025-02-19T07:00:00+01:00", None, "2025-02-19T07:00:00+01:00", ("tech", "Tech"), p, note),
          t, "2025-02-19", ["Sophie Garnier"], instant="2025-02-19T06:00", must=[p[1]], must_not=["Recevez chaque matin l’essentiel"], iso_dt="2025-02-19T07:00:00+01:00",
          excerpt="Une chercheuse appelle l'école à enseigner la différence.")
    p = ["Après des années de guerre des prix, les opérateurs français préparent une hausse généralisée de leurs forfaits mobiles. Plusieurs clients ont déjà reçu des courriels annonçant une augmentation de un à trois euros par mois, présentée comme la contrepartie d'une « amélioration du service » ou d'un volume de données plus important.",
         "Les opérateurs invoquent la hausse des coûts de l'énergie, le déploiement de la 5G et la fin du réseau cuivre, qui les oblige à financer la migration de millions de lignes vers la fibre. Ils rappellent aussi que les tarifs français restent parmi les plus bas d'Europe, une situation héritée de l'arrivée d'un quatrième opérateur en 2012.",
         "Les associations de consommateurs dénoncent des hausses imposées par petites touches, difficiles à repérer. La loi permet pourtant de résilier sans frais dans les quatre mois qui suivent la notification d'une modification du contrat. Encore faut-il lire le courriel jusqu'au bout, et savoir vers quelle offre se tourner."]
    t = "Pourquoi les forfaits mobiles vont augmenter en 2025"
    path = "/tech/pourquoi-les-forfaits-mobiles-vont-augmenter-en-2025-48901/"
    s.art(path, post(path, t, t + " - Octet", "Énergie, 5G, fin du cuivre : les opérateurs ont leurs raisons. Les clients, eux, ont quatre mois pour partir.", "Télécoms",
                     by([("julie-moreau", "Julie Moreau")]), ["Julie Moreau"], [{"@type": "Person", "name": "Julie Moreau"}],
                     "2025-03-04T10:15:00+01:00", "2025-03-05T08:00:00+01:00", "2025-03-05T08:00:00+01:00", ("tech", "Tech"), p),
          t, "2025-03-04", ["Julie Moreau"], instant="2025-03-04T09:15", must=[p[2]], must_not=["Copier le lien"], iso_dt="2025-03-04T10:15:00+01:00",
          excerpt="Énergie, 5G, fin du cuivre.")

    def liste(arts):
        return '<ul class="liste-articles">%s</ul>' % "".join('<li class="article-card"><a href="%s"><h2>%s</h2></a><p>%s</p><span class="meta">%s</span></li>' % (
            a["path"], E(a["title"]), E(a["excerpt"]), E(", ".join(a["authors"]))) for a in arts)

    def plain(path, title, inner, kind="website"):
        u = s.url(path)
        hd = '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="Octet">' % (E(u), kind, E(title))
        doc = shell(title, hd, inner, "page")
        if path == "/":
            write_page(OUT, s.host, "/", doc)
            truth["nonarticles"].append(u)
        else:
            s.non(path, doc)

    arts = sorted(s.arts, key=lambda a: a["iso"], reverse=True)
    plain("/", "Octet - L'actualité tech et médias", '<h1 class="screen-reader-text">Octet</h1>%s' % liste(arts))
    plain("/tech/", "Tech - Octet", '<h1>Tech</h1>%s' % liste([a for a in arts if a["path"].startswith("/tech/")]))
    plain("/medias/", "Médias - Octet", '<h1>Médias</h1>%s' % liste([a for a in arts if a["path"].startswith("/medias/")]))
    plain("/tag/streaming/", "Streaming - Octet", '<h1>Streaming</h1>%s' % liste([a for a in arts if "streaming" in a["path"]]))
    plain("/auteur/julie-moreau/", "Julie Moreau, auteur sur Octet", '<div class="auteur"><h1>Julie Moreau</h1><p>Journaliste télécoms et numérique à Octet depuis 2019.</p></div>%s' % liste([a for a in arts if "Julie Moreau" in a["authors"]]), kind="profile")
    plain("/auteur/karim-benali/", "Karim Benali, auteur sur Octet", '<div class="auteur"><h1>Karim Benali</h1><p>Journaliste médias et audiovisuel.</p></div>%s' % liste([a for a in arts if "Karim Benali" in a["authors"]]), kind="profile")
    plain("/podcast/octet-le-podcast-42/", "Octet, le podcast #42 : forfaits, streaming et IA - Octet",
          '<article class="podcast"><h1>Octet, le podcast #42 : forfaits, streaming et IA</h1><p class="article-meta">Par <a href="/auteur/julie-moreau/">Julie Moreau</a> · Publié le <time datetime="2025-03-07T12:00:00+01:00">7 mars 2025 à 12h00</time></p>'
          '<div class="player"><audio src="/podcast/42.mp3"></audio></div><p>Au sommaire : la hausse des forfaits mobiles, l\'alliance des plateformes françaises et notre invitée Sophie Garnier.</p>'
          '<h2>Chapitres</h2><ul><li>00:00 Introduction</li><li>04:30 Forfaits mobiles</li><li>19:10 Streaming</li><li>31:45 Entretien</li></ul></article>', kind="article")
    plain("/a-propos/", "Qui sommes-nous ? - Octet", '<h1>Qui sommes-nous ?</h1><p>Octet est un média indépendant consacré au numérique et aux médias, fondé en 2017. Notre rédaction compte six journalistes.</p><p>Contact : redaction@octet.example</p>')
    plain("/mentions-legales/", "Mentions légales - Octet", '<h1>Mentions légales</h1><p>Éditeur : Octet SAS, 12 rue des Petites-Écuries, 75010 Paris. Directeur de la publication : Karim Benali. Hébergeur : OVH SAS.</p>')
    plain("/newsletter/", "Newsletter - Octet", '<h1>La newsletter d\'Octet</h1><p>Chaque matin à 7 h, l\'essentiel de l\'actualité tech et médias.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form>')
    s.arts = arts
    s.rss("/feed/", "L'actualité tech et médias")
    s.sitemap("/sitemap.xml", extra=["/a-propos/"])
    s.raw("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nSitemap: %s\n" % s.url("/sitemap.xml"))


if __name__ == "__main__":
    substack()
    fieldnotes()
    beehiiv()
    cold = hashnode()
    medium(cold)
    wpcom()
    circuitry()
    launchpost()
    bitwerk()
    octet()
    elsurco()
    with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
