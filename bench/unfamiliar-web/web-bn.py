"""Web bn: newsletters and trade/B2B press. Twelve sites on 127.0.6.21-32,
each rendered the way its platform renders pages, in English, German and
French.

Newsletter platforms: a Substack on a custom domain (/p/<slug>, "Discover
more from ..." subscribe pop-up, avatar + "Mar 3, 2025" post header, a
two-author guest post published in the US evening = next UTC day, a paid
post cut at the paywall, a podcast episode page with two lines of show
notes, comments); a Beehiiv newsletter ("Together with" sponsor block in
the body, zero-padded "Mar 03, 2025", a subscriber-gated tail); a Ghost
(Source theme) regulatory newsletter (members-only tail with the upgrade
CTA, a post at 22:30 New York time shown as the local day while the meta
time is the next UTC day, two authors); a Buttondown archive (no byline in
the header: the writer signs off at the foot of each email); a Mailchimp
campaign archive (table email, "View this email in your browser",
awesomebar, "03/04/2025 - Subject" list, one unsigned campaign recorded
with no authors, bylines "By X, Executive Director" inside the email); a
Revue-like link digest ("Issue #88", curator profile, link items with
blurbs, "Did you enjoy this issue?" footer, visible date without a year).

Trade press: a Brightspot shipping weekly ("Mar. 3, 2025 4:12 p.m. ET",
one story after the US DST switch, "By X, Senior Editor", "Contributing
writer", in-body RELATED promo, sponsored teaser, webinar, whitepaper,
event, podcast episode and job board pages); an Atex/Naviga pharma daily
(US-order dates "03/11/2025" and "03/05/2025", "Updated" stamps, a desk
byline "PTD Staff", a republished copy of the Ghost post with rel=canonical
to it - the pair is in synd); a Drupal 10 UK agriculture paper ("3 March
2025", "By X, Dairy Editor, and Y, Contributing writer", market prices,
events, podcast and jobs); a BNP-like HVAC/construction journal ("Published
2 days ago", "Published 5 hours ago" - written relative to the build time
- and "Published March 3, 2025"); a German food-trade paper ("Von X und
Y", "04.03.2025, 00:30 Uhr" = 3 March UTC, Plus paywall, "Anzeige"
teasers, Stellenmarkt, Webinar, Whitepaper); a French construction weekly
("Par X et Y", "Publié le 04/03/2025 à 10h15", "Mis à jour le", abonnés
paywall, appels d'offres, livres blancs, événements).

Non-articles: homes, archives, sections, tags, author pages, about,
membership/upgrade pages, podcast pages, webinars, whitepapers, events,
job boards and postings, market data, search. Pop-ups, sponsor blocks,
paywall prompts, related promos and comments are must_not.
Crawled once with /tmp/nr-base: 36/36 stored, titles 36, dates 35 (the
Substack evening post stored at the visible day's midnight, not the JSON-LD
instant), authors 33 (the Buttondown sign-offs not read), 2 of 131
non-articles stored (the Brightspot webinar and a job posting), 3 bodies
holding the Drupal in-body partner block, the synd copy kept right.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18138
E = html.escape
UTC = datetime.timezone.utc
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
truth = {"articles": [], "nonarticles": [], "synd": []}


def host(n):
    return "127.0.6.%d" % (20 + n)


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


def sitemap(h, paths, disallow="/search"):
    locs = "".join("<url><loc>%s</loc></url>" % E(U(h, p)) for p in paths)
    raw(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
    raw(h, "/robots.txt", "User-agent: *\nDisallow: %s\nSitemap: %s\n" % (disallow, U(h, "/sitemap.xml")))


def rss(h, path, title, items):
    it = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
        E(t), E(U(h, p)), d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")) for t, p, d in items)
    raw(h, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(title), U(h, "/"), it))


def at(s, off):
    """A local wall time s ("2025-03-03 16:12") at offset off hours."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def iso(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def ps(lst, attrs=""):
    return "".join("<p%s>%s</p>" % (attrs, E(p)) for p in lst)


def mon(d, dot=False, pad=False):
    """Mar 3, 2025 / Mar. 3, 2025 (no dot for May, June, July) / Mar 03, 2025."""
    if dot:
        full = d.strftime("%B")
        m = full if full in ("May", "June", "July") else d.strftime("%b") + "."
        if full == "September":
            m = "Sept."
        return "%s %d, %d" % (m, d.day, d.year)
    return "%s %s, %d" % (d.strftime("%b"), ("%02d" % d.day) if pad else str(d.day), d.year)


# ---------------------------------------------------------------- 1 Substack (custom domain)
def substack():
    h = host(1)
    name = "The Freight Ledger"
    desc = "Weekly notes on trucking, rail and ocean freight for people who buy transportation."
    popup_sub = "Over 14,000 subscribers"
    comment = "Great piece. We are seeing the same thing on our Atlanta to Dallas lanes, rejections up but rates flat."
    marcus = ("Marcus Hale", "marcushale")
    lena = ("Lena Ortiz", "lenaortiz")
    posts = [
        dict(slug="why-trucking-spot-rates-fell-in-february", title="Why trucking spot rates fell in February",
             sub="Capacity is still leaving the market, just not fast enough to matter yet.", by=[marcus],
             t=at("2025-03-03 08:05", -5), paid=False, likes=212, comments=38,
             body=["Dry van spot rates slipped for the fourth straight week in February, and if you only read the headlines you might think the freight recession had found a new floor to fall through.",
                   "The national average for dry van loads on the big load boards ended the month at $1.96 a mile, including fuel, down about eleven cents from the January peak that winter storms had propped up. Reefer rates fell even harder once the storm-related produce delays in Texas and Arizona cleared.",
                   "What matters more than the weekly number is the gap between contract and spot. That spread is still close to fifty cents a mile, which tells me shippers have little reason to move freight out of their routing guides, and carriers that rely on the spot market are still running at a loss on most lanes.",
                   "I talked to three brokers last week and all of them said the same thing: tender rejections are creeping up in the Southeast, but nowhere else. One of them called it a weather blip with good marketing.",
                   "My bet remains that the turn comes in the second half, when the carriers that have been living on equipment-loan deferrals finally run out of road. Until then, enjoy the cheap capacity while it lasts."],
             must="What matters more than the weekly number is the gap between contract and spot."),
        dict(slug="the-drayage-squeeze-at-savannah", title="The drayage squeeze at Savannah",
             sub="Chassis, appointments and a terminal that outgrew its roads.", by=[marcus, lena],
             t=at("2025-02-24 21:10", -5), paid=False, likes=167, comments=21,
             body=["Lena Ortiz runs a twelve-truck drayage company out of Pooler, Georgia, and she has been telling me for months that the real bottleneck at Savannah is not the ships. This week she agreed to write it up with me.",
                   "The Garden City terminal has added berth capacity faster than the roads and gates around it. On a bad day a driver can wait three hours to drop an export box and pick up an import, which means one turn per shift instead of three.",
                   "Chassis are the second problem. The pool has grown, but too many units sit out of service waiting for tires and brake work, and truckers end up hunting across three yards for a roadworthy one before they can even join the gate line.",
                   "The port authority says its new appointment system will smooth the peaks, and early numbers from the night gate are encouraging. But small carriers say the appointment windows still favor the big trucking companies that can book dozens of slots at once.",
                   "If you ship through Savannah, ask your drayage partner how many turns a day their drivers are actually getting. The answer will tell you more about your landed cost than any ocean rate index."],
             must="Chassis are the second problem."),
        dict(slug="what-shippers-told-me-about-their-2025-contracts", title="What shippers told me about their 2025 contracts",
             sub="Notes from a dozen procurement calls.", by=[marcus],
             t=at("2025-03-10 07:30", -4), paid=True, likes=98, comments=12,
             body=["Between mid-January and the end of February I spoke with twelve people who run freight procurement at manufacturers and retailers, from a regional grocery chain to a maker of industrial pumps. I promised them anonymity, so what follows is a summary rather than a set of quotes.",
                   "The first thing that stood out was how few of them ran a full bid this year. Eight of the twelve rolled over most of their lanes with small rate cuts and only tendered the lanes where service had slipped, which is a big change from the mass bids of 2023.",
                   "The second was how much attention they are paying to carrier health. Several now pull insurance and authority data every month, because they were burned last year when small carriers in their networks shut down without warning."],
             must="The second was how much attention they are paying to carrier health."),
    ]
    episode = dict(slug="episode-14-reading-the-freight-indexes", title="Episode 14: Reading the freight indexes",
                   sub="Listen now | With guest Priya Nair", t=at("2025-03-06 06:00", -5))
    paywall = "This post is for paid subscribers"

    def shell(title, inner, head="", cls=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification" content="x">'
                '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">'
                '<title>%s</title><link rel="alternate" type="application/rss+xml" href="%s" title="%s">%s'
                '<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css"></head>'
                '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg %s">'
                '<div class="main-menu"><div class="topBar-pIF0J1 topBarWithBorder"><div class="navbar-left"><a class="navbar-logo-container" href="/"><img class="navbar-logo" alt="%s" src="https://substackcdn.com/image/fetch/w_80/logo.png"></a></div>'
                '<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">%s</a></h1></div>'
                '<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/account/login">Sign in</a></div></div>'
                '<div class="tabs"><a class="tab" href="/">Home</a><a class="tab" href="/podcast">Podcast</a><a class="tab" href="/s/ports">Ports</a><a class="tab" href="/archive">Archive</a><a class="tab" href="/about">About</a></div></div>'
                '%s'
                '<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">&copy; 2025 Marcus Hale</div><ul class="footer-terms"><li><a href="/privacy">Privacy</a></li><li><a href="https://substack.com/tos">Terms</a></li><li><a href="https://substack.com/signup">Start writing</a></li></ul>'
                '<div class="footer-substack-cta"><a href="https://substack.com/app">Get the app</a></div><p class="footer-substack-cta">Substack is the home for great culture</p></div></div>'
                '</div></div>'
                '<div class="modal subscribe-prompt modal-XO3DQ5" role="dialog" aria-modal="true" style="display:none"><div class="modal-content"><div class="publication-logo"><img alt="%s"></div>'
                '<h2 class="modal-title">Discover more from %s</h2><div class="publication-description">%s</div><div class="subscriber-count">%s</div>'
                '<form class="form email-form" action="/api/v1/free" method="post"><input type="email" name="email" placeholder="Type your email..."><button class="button primary" type="submit">Subscribe</button></form>'
                '<a class="maybe-later" href="#">Continue reading</a></div></div>'
                '<script>window._preloads = JSON.parse("{\\"isChromeless\\":false}")</script></body></html>') % (
            E(title), U(h, "/feed"), E(name), head, cls, E(name), E(name), inner, E(name), E(name), E(desc), popup_sub)

    def byline(by, t):
        avatars = "".join('<div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.com/@%s" aria-label="View %s&#39;s profile" class="pencraft pc-display-contents"><div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative animate-XFJxE4 bg-secondary-UUD3_J pc-borderRadius-full pc-reset outline-detail-vcQLyr"><img src="https://substackcdn.com/image/fetch/w_72,h_72,c_fill/%s.png" width="36" height="36" alt="%s&#39;s avatar" class="img-OACg1c pencraft pc-reset"></div></a></div>' % (
            hd, E(n), hd, E(n)) for n, hd in by)
        names = " and ".join('<span data-state="closed"><a href="https://substack.com/@%s" class="pencraft pc-reset decoration-hover-underline">%s</a></span>' % (hd, E(n)) for n, hd in by)
        return ('<div class="post-header"><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset">'
                '<div class="pencraft pc-display-flex pc-reset">%s</div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
                '<div class="pencraft pc-reset color-pri-default-l6MvSA line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div>'
                '<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pri-default-l6MvSA line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div></div></div></div></div>') % (
            avatars, names, mon(t))

    def teaser(p):
        return ('<div class="pencraft pc-display-flex pc-flexDirection-column post-preview-container"><a class="pencraft pc-reset color-pri-default-l6MvSA post-preview-title" href="/p/%s">%s</a>'
                '<a class="pencraft pc-reset post-preview-description" href="/p/%s">%s</a><div class="pencraft pc-reset meta-EgzBVA"><time datetime="%s" class="date-rtYe1v">%s</time> &#8729; %s%s</div></div>') % (
            p["slug"], E(p["title"]), p["slug"], E(p["sub"]), p["t"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), mon(p["t"]).upper(),
            " and ".join(n.upper() for n, _ in p.get("by", [marcus])), " &#8729; PAID" if p.get("paid") else "")

    for p in posts:
        path = "/p/%s" % p["slug"]
        t = p["t"]
        names = [n for n, _ in p["by"]]
        body = ps(p["body"])
        if p["paid"]:
            body = ('<div class="available-content"><div dir="auto" class="body markup">%s</div></div>'
                    '<div class="paywall"><div class="paywall-content"><h2 class="paywall-title">%s</h2><p class="paywall-cta-text">Subscribe to %s to keep reading this post and get 7 days of free access to the full post archives.</p>'
                    '<a class="button primary" href="/subscribe?simple=true&amp;next=%s">Start trial</a><div class="paywall-login">Already a paid subscriber? <a href="/account/login">Sign in</a></div></div></div>') % (
                body, paywall, E(name), E(U(h, path)))
        else:
            body = '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>' % body
        head = ('<meta name="author" content="%s"><meta property="og:url" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="%s">%s') % (
            E(", ".join(names)), U(h, path), E(p["title"]), E(p["sub"]), U(h, path),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "url": U(h, path), "mainEntityOfPage": U(h, path), "headline": p["title"], "description": p["sub"],
                "image": [{"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/%s.jpg" % p["slug"][:12]}],
                "datePublished": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "isAccessibleForFree": not p["paid"],
                "author": [{"@type": "Person", "name": n, "url": "https://substack.com/@%s" % hd, "description": "Writes The Freight Ledger" if hd == "marcushale" else "Owner, Ortiz Drayage"} for n, hd in p["by"]],
                "publisher": {"@type": "Organization", "name": name, "url": U(h, "/"), "description": desc}}))
        others = [q for q in posts if q is not p]
        inner = ('<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
                 '<article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">%s</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3>'
                 '%s<div class="post-ufi style-compressed"><div class="like-button-container post-ufi-button"><div class="label">%d</div></div><a class="post-ufi-comment-button" href="%s/comments"><div class="label">%d</div></a><div class="post-ufi-button share">Share</div></div></div>'
                 '%s</article>'
                 '<div class="visibility-check"></div><div class="post-footer"><div class="subscribe-widget"><p class="cta-caption">Thanks for reading %s! Subscribe for free to receive new posts and support my work.</p><a class="button primary" href="/subscribe">Subscribe</a></div></div>'
                 '<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment"><div class="comment-meta"><a class="commenter-name">Rick Tanaka</a> <span class="comment-date">%s</span></div><div class="comment-body"><p>%s</p></div></div></div>'
                 '<div class="more-from"><h4>Ready for more?</h4>%s</div></div></div></div></div>') % (
            E(p["title"]), E(p["sub"]), byline(p["by"], t), p["likes"], path, p["comments"], body, E(name), mon(t + datetime.timedelta(days=1)), E(comment),
            "".join(teaser(q) for q in others))
        mn = [desc, comment, others[0]["sub"]] + ([paywall] if p["paid"] else [])
        local_day = t.strftime("%Y-%m-%d")
        art(h, path, shell("%s - by %s" % (p["title"], " and ".join(names)), inner, head, "post-page"), p["title"], local_day, names,
            instant=iso(t) if local_day != t.astimezone(UTC).strftime("%Y-%m-%d") else None, must=[p["must"]], must_not=mn)

    # podcast episode: a player and two lines of notes
    ep = episode
    inner = ('<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography podcast-post post"><div class="post-header">'
             '<div class="player-wrapper-outer"><div class="audio-player-wrapper"><audio src="https://api.substack.com/api/v1/audio/upload/ep14.mp3" preload="none"></audio><button class="play-button">Play</button><div class="duration">41:12</div></div></div>'
             '<h1 dir="auto" class="post-title published title-X77sOw">%s</h1><h3 dir="auto" class="subtitle">%s</h3>%s</div>'
             '<div class="available-content"><div dir="auto" class="body markup"><p>Priya Nair of a Chicago freight brokerage explains how she reads the weekly rate and volume indexes.</p><p>Transcript available for paid subscribers.</p></div></div></article></div></div></div>') % (
        E(ep["title"]), E(ep["sub"]), byline([marcus], ep["t"]))
    non(h, "/p/%s" % ep["slug"], shell("%s - by Marcus Hale" % ep["title"], inner,
        '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:audio" content="https://api.substack.com/api/v1/audio/upload/ep14.mp3">%s' % (
            E(ep["title"]), jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": ep["title"], "datePublished": ep["t"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                                "partOfSeries": {"@type": "PodcastSeries", "name": "The Freight Ledger Podcast"}})), "podcast-page"))
    eplink = dict(slug=ep["slug"], title=ep["title"], sub=ep["sub"], t=ep["t"], by=[marcus])
    allp = sorted(posts + [eplink], key=lambda p: p["t"], reverse=True)
    non(h, "/", shell(name, '<div class="home-page"><div class="publication-hero"><h2>%s</h2><p>%s</p><form class="email-form"><input type="email"><button>Subscribe</button></form></div><div class="portable-archive-list">%s</div></div>' % (
        E(name), E(desc), "".join(teaser(p) for p in allp)), cls="home-page"))
    non(h, "/archive", shell("Archive - %s" % name, '<div class="archive-page"><div class="archive-tabs"><a href="/archive?sort=new">Latest</a><a href="/archive?sort=top">Top</a><a href="/archive?sort=community">Discussions</a></div>%s</div>' % "".join(teaser(p) for p in allp)))
    non(h, "/about", shell("About - %s" % name, '<div class="single-post-container"><div class="container"><div class="about-page"><h1 class="post-title">About The Freight Ledger</h1><div class="body markup"><p>The Freight Ledger is a weekly newsletter by Marcus Hale, a former freight buyer for a national retailer. Every Monday it explains what moved in trucking, rail and ocean freight, and what it means for the people who pay the bills.</p><p>Paid subscribers get a monthly deep dive and the full podcast archive.</p></div><a class="button primary" href="/subscribe">Subscribe</a>%s</div></div></div>' % teaser(posts[0])))
    non(h, "/podcast", shell("Podcast - %s" % name, '<div class="podcast-page"><h1>The Freight Ledger Podcast</h1><p>Conversations with the people who buy and sell freight.</p><div class="podcast-links"><a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://open.spotify.com/">Spotify</a></div>%s</div>' % teaser(eplink)))
    non(h, "/s/ports", shell("Ports - %s" % name, '<div class="section-page"><h1>Ports</h1><p>Drayage, terminals and the landside of ocean freight.</p>%s</div>' % teaser(posts[1])))
    non(h, "/subscribe", shell("Subscribe to %s" % name, '<div class="subscribe-page"><h1>Subscribe to %s</h1><p>%s</p><div class="plans"><div class="plan">Free</div><div class="plan">$8/month</div><div class="plan">$80/year</div></div><p><a href="/">No thanks</a></p></div>' % (E(name), E(desc))))
    rss(h, "/feed", name, [(p["title"], "/p/" + p["slug"], p["t"]) for p in allp])
    sitemap(h, ["/"] + ["/p/" + p["slug"] for p in allp] + ["/archive", "/about"], disallow="/action/")


# ---------------------------------------------------------------- 2 Beehiiv
def beehiiv():
    h = host(2)
    name = "Cold Chain Brief"
    sponsor = "ThermoVault's reusable phase-change shippers cut packaging waste by up to 80 percent."
    gate = "This content is free, but you must be subscribed to Cold Chain Brief to continue reading."
    modal = "Join 9,000+ pharma and food logistics pros who read Cold Chain Brief every Monday."
    priya, diego = ("Priya Raman", "priya"), ("Diego Fuentes", "diego")
    posts = [
        dict(slug="vaccine-makers-rethink-ultra-cold-storage", title="Vaccine makers rethink ultra-cold storage as mRNA demand settles",
             sub="Freezer farms built for the pandemic are being repurposed or sold.", by=[priya], tag=("pharma", "Pharma"),
             t=at("2025-03-03 11:00", 0), gated=False,
             body=["The ultra-cold freezer farms that vaccine makers built in 2021 were designed for a world that needed billions of doses at minus seventy degrees. That world has gone, and the companies that own the freezers are working out what to do with them.",
                   "Two large manufacturers have told logistics partners that they will consolidate their ultra-cold storage into fewer sites this year, according to three people familiar with the plans. Newer mRNA formulations can be kept at ordinary freezer temperatures for months, and some can sit in a refrigerator for weeks.",
                   "That shift matters for the specialist warehouses that signed long leases on the back of pandemic contracts. Several are now marketing their minus-eighty capacity to cell and gene therapy developers, whose products need even colder storage but in far smaller volumes.",
                   "For shippers, the change should mean more choice of packaging. A vaccine that only needs two to eight degrees can travel in the same qualified shippers as insulin, which are cheaper and easier to return and reuse."],
             must="That shift matters for the specialist warehouses that signed long leases on the back of pandemic contracts."),
        dict(slug="reefer-shortage-squeezes-chilean-cherry-exporters", title="Reefer container shortage squeezes Chilean cherry exporters",
             sub="A record crop met a shortage of boxes after Lunar New Year.", by=[priya, diego], tag=("food", "Food"),
             t=at("2025-02-17 10:30", 0), gated=False,
             body=["Chilean cherry exporters shipped a record crop this season, but many of them spent the last weeks of it scrambling for refrigerated containers as the boxes piled up in Asia after the Lunar New Year.",
                   "Growers near Curico said they had to hold fruit in cold rooms for up to four extra days while they waited for equipment, and some paid premiums of several hundred dollars per box to secure space on the faster direct services to Shanghai.",
                   "Carriers repositioned empty reefers from North America, but the voyage takes weeks and many boxes arrived after the peak had passed. Exporters who relied on the slower transshipment routes through Panama saw their fruit arrive just as prices in China dropped.",
                   "Industry groups are asking the lines to commit equipment earlier next season, and some larger exporters are talking about leasing their own containers for the first time."],
             must="Carriers repositioned empty reefers from North America, but the voyage takes weeks and many boxes arrived after the peak had passed."),
        dict(slug="the-quiet-rise-of-passive-cooling-boxes", title="The quiet rise of passive cooling boxes",
             sub="Five days at two to eight degrees, no batteries required.", by=[priya], tag=("pharma", "Pharma"),
             t=at("2025-03-24 11:00", 0), gated=True,
             body=["For years the debate in pharmaceutical logistics was between active containers, with their own batteries and compressors, and the cheap insulated boxes that only last a couple of days. A new generation of passive shippers is blurring that line.",
                   "The newest boxes use vacuum insulated panels and phase change materials tuned to a single temperature, and their makers say they can hold two to eight degrees for five days or more in summer heat. That is long enough for most air shipments, including ones that get stuck on a tarmac.",
                   "Airlines like them because they need no power on board and no special handling. Shippers like them because they cost a fraction of an active container to rent, although they still have to be returned, cleaned and requalified."],
             must="Airlines like them because they need no power on board and no special handling."),
    ]

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>%s</title>'
                '<link rel="icon" href="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/cold.png">%s'
                '<link rel="stylesheet" href="/build/_assets/root-5XK2.css"></head><body><div class="min-h-screen bg-wt-background">'
                '<nav class="sticky top-0 z-10 w-full bg-wt-primary"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2"><a class="flex items-center space-x-2" href="/"><img class="h-8 w-8 rounded-md" alt="%s"><span class="font-bold text-wt-text-on-primary">%s</span></a>'
                '<div class="flex items-center space-x-2"><a class="text-sm" href="/archive">Posts</a><a class="text-sm" href="/t/pharma">Pharma</a><a class="text-sm" href="/t/food">Food</a><a class="text-sm" href="/upgrade">Upgrade</a><a class="rounded-wt bg-wt-secondary px-3 py-2 text-sm" href="/subscribe">Subscribe</a><a class="text-sm" href="/login">Login</a></div></div></nav>'
                '%s'
                '<footer class="bg-wt-tertiary"><div class="mx-auto max-w-6xl px-4 py-8"><p class="text-sm">&copy; 2025 %s.</p><div class="flex space-x-4 text-xs"><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a></div><a class="text-xs" href="https://www.beehiiv.com/?utm_source=cold_chain_brief&amp;utm_medium=footer">Powered by beehiiv</a></div></footer></div>'
                '<div id="subscribe-modal" class="fixed inset-0 hidden" aria-hidden="true"><div class="rounded-lg bg-white p-6"><h3 class="text-xl font-bold">Don&#39;t miss the next one</h3><p>%s</p><form action="/create" method="post"><input type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form><button class="text-xs">No thanks</button></div></div>'
                '</body></html>') % (E(title), head, E(name), E(name), inner, E(name), E(modal))

    def card(p):
        return ('<a class="group flex flex-col" href="/p/%s"><div class="aspect-video overflow-hidden rounded-wt"><img alt="%s" src="https://media.beehiiv.com/uploads/asset/%s.jpg"></div>'
                '<div class="mt-2"><span class="rounded-wt bg-wt-tertiary px-2 text-xs uppercase">%s</span><h2 class="text-lg font-bold">%s</h2><p class="text-sm">%s</p>'
                '<div class="flex space-x-1 text-xs"><span>%s</span><span>&#8226;</span><span>%s</span></div></div></a>') % (
            p["slug"], E(p["title"]), p["slug"][:16], E(p["tag"][1]), E(p["title"]), E(p["sub"]), E(" and ".join(n for n, _ in p["by"])), mon(p["t"], pad=True))

    for p in posts:
        path = "/p/%s" % p["slug"]
        t = p["t"]
        names = [n for n, _ in p["by"]]
        imgs = "".join('<img class="h-8 w-8 rounded-full border-2 border-white" alt="%s" src="https://media.beehiiv.com/uploads/user/profile_picture/%s.jpg">' % (E(n), hd) for n, hd in p["by"])
        ad = ('<div class="sponsor-block" data-block-type="advertisement"><p class="text-xs uppercase tracking-wider">Together with</p><img alt="ThermoVault" src="https://media.beehiiv.com/uploads/asset/thermovault.png">'
              '<h3><a href="https://thermovault.example/pcm?utm_source=cold_chain_brief" rel="noopener">Keep biologics in range for 120 hours</a></h3><p>%s</p><a class="button" href="https://thermovault.example/demo">Book a demo</a></div>') % E(sponsor)
        bp = p["body"]
        content = '<div id="content-blocks" class="rendered-post">%s%s%s</div>' % (ps(bp[:1], ' class="content-block"'), ad, ps(bp[1:], ' class="content-block"'))
        if p["gated"]:
            content += ('<div class="paywall relative"><div class="absolute bg-gradient-to-t"></div><div class="rounded-wt border p-6 text-center"><h2 class="text-2xl font-bold">Subscribe to %s to read the rest.</h2><p>%s</p>'
                        '<form action="/create" method="post"><input type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form><p class="text-xs">Already a subscriber? <a href="/login">Sign in</a>.</p>'
                        '<p class="text-xs">Not now</p></div></div>') % (E(name), E(gate))
        head = ('<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:site_name" content="%s">'
                '<link rel="canonical" href="%s">%s') % (
            E(p["sub"]), E(p["title"]), E(p["sub"]), E(name), U(h, path),
            jl({"@context": "https://schema.org", "@type": "Article", "headline": p["title"], "description": p["sub"], "url": U(h, path),
                "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": name},
                "isAccessibleForFree": "True"}))
        others = [q for q in posts if q is not p]
        inner = ('<main class="mx-auto max-w-2xl px-4 py-8"><div class="flex flex-col space-y-4"><div class="flex"><a class="rounded-wt bg-wt-tertiary px-2 text-xs uppercase" href="/t/%s">%s</a></div>'
                 '<h1 class="text-wt-text-on-background-color text-3xl font-bold sm:text-4xl">%s</h1><h2 class="text-wt-text-on-background-color text-lg">%s</h2>'
                 '<div class="flex items-center space-x-2"><div class="flex -space-x-2">%s</div><div class="flex flex-col"><p class="text-sm font-semibold">%s</p>'
                 '<div class="flex space-x-1 text-xs text-wt-text-on-background-color"><span>%s</span></div></div></div></div>'
                 '<div class="mt-6">%s</div>'
                 '<div class="mt-8 flex space-x-2"><a href="https://www.linkedin.com/sharing/share-offsite/">Share on LinkedIn</a></div>'
                 '<div class="mt-10"><h3 class="text-xl font-bold">Keep Reading</h3><div class="grid grid-cols-2 gap-4">%s</div></div></main>') % (
            p["tag"][0], E(p["tag"][1]), E(p["title"]), E(p["sub"]), imgs, E(" and ".join(names)), mon(t, pad=True), content, "".join(card(q) for q in others))
        mn = [sponsor, modal, others[0]["sub"]] + ([gate] if p["gated"] else [])
        art(h, path, shell(p["title"], inner, head), p["title"], t.strftime("%Y-%m-%d"), names, must=[p["must"]], must_not=mn)

    allp = sorted(posts, key=lambda p: p["t"], reverse=True)
    hero = ('<section class="mx-auto max-w-6xl px-4 py-10 text-center"><h1 class="text-4xl font-bold">%s</h1><p class="text-lg">Every Monday: the pharma and food cold chain in five minutes.</p>'
            '<form action="/create" method="post"><input type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form></section>') % E(name)
    non(h, "/", shell(name, hero + '<section class="mx-auto max-w-6xl px-4"><div class="grid grid-cols-3 gap-6">%s</div><a href="/archive">View all posts</a></section>' % "".join(card(p) for p in allp)))
    non(h, "/archive", shell("Posts | %s" % name, '<main class="mx-auto max-w-6xl px-4"><h1 class="text-3xl font-bold">Posts</h1><div class="grid grid-cols-3 gap-6">%s</div><div class="pagination"><span>Page 1 of 1</span></div></main>' % "".join(card(p) for p in allp)))
    for slug, label in (("pharma", "Pharma"), ("food", "Food")):
        non(h, "/t/%s" % slug, shell("%s | %s" % (label, name), '<main class="mx-auto max-w-6xl px-4"><h1 class="text-3xl font-bold">%s</h1><div class="grid grid-cols-3 gap-6">%s</div></main>' % (
            E(label), "".join(card(p) for p in allp if p["tag"][0] == slug))))
    non(h, "/upgrade", shell("Upgrade | %s" % name, '<main class="mx-auto max-w-4xl px-4"><h1 class="text-3xl font-bold">Upgrade to Cold Chain Brief Pro</h1><p>Get the monthly lane-by-lane reefer capacity report and our supplier directory.</p><div class="grid grid-cols-2"><div>Monthly $12</div><div>Annual $120</div></div><a href="/archive">Read the latest posts</a></main>'))
    non(h, "/subscribe", shell("Subscribe | %s" % name, hero))
    sitemap(h, ["/", "/archive"] + ["/p/" + p["slug"] for p in allp])


# ---------------------------------------------------------------- 3 Ghost (Source theme)
GHOST_SYND = {}


def ghost():
    h = host(3)
    name = "Regulatory Dose"
    cta_desc = "Plain-English notes on FDA and EMA rules for people who ship medicines, every Tuesday."
    upgrade = "This post is for paying subscribers only"
    ny = -5
    authors = {"nadia": ("Nadia Petrova", "Former regulatory affairs lead; writes Regulatory Dose."), "samuel": ("Samuel Ito", "Pharmacist and policy researcher in Washington.")}
    posts = [
        dict(slug="fda-decentralized-trial-guidance-line-by-line", title="FDA's decentralized trial guidance, line by line",
             ex="What the final guidance actually changes for sponsors running visits at home.", by=["nadia"], tag=("fda", "FDA"),
             t=datetime.datetime(2025, 3, 4, 14, 0, tzinfo=UTC), paid=False,
             body=["The FDA finalized its guidance on decentralized clinical trials last autumn, and sponsors have spent the months since working out which of its recommendations are new and which simply write down what the agency already accepted during the pandemic.",
                   "The biggest practical change is in how the guidance treats local health care providers. A nurse who draws blood in a patient's home does not need to be listed on the investigator's form if the task is routine and the same one a patient would get in any clinic.",
                   "Telehealth visits get a clear blessing, but with a warning that investigators remain responsible for everything done in their name. Sponsors will need written plans for how remote data is checked, and the FDA expects inspectors to ask for them.",
                   "The guidance is quieter on the shipping of investigational drugs straight to patients. It says direct shipment is acceptable, but leaves the details of temperature control and chain of custody to existing rules, which several readers told me is where the real headaches are.",
                   "If you run trials with home visits, the practical to-do list is short: update your delegation logs, write down your remote monitoring plan, and check that your courier contracts say who is responsible when a package goes missing."],
             must="Telehealth visits get a clear blessing, but with a warning that investigators remain responsible for everything done in their name."),
        dict(slug="ema-fee-overhaul-small-biotechs", title="EMA fee overhaul: what changes for small biotechs",
             ex="The SME discounts survive, but the rules for keeping them got stricter.", by=["nadia"], tag=("ema", "EMA"),
             t=datetime.datetime(2025, 2, 26, 3, 30, tzinfo=UTC), paid=True,
             body=["The European Union's new fee regulation for the medicines agency took effect at the start of the year, and the part most readers asked me about is how it treats small and medium-sized companies.",
                   "The short version is that the discounts survive but are structured differently. Instead of a flat reduction on most procedures, the new rules tie the reduction to the type of application, with the biggest cuts kept for scientific advice and orphan medicines.",
                   "Companies also need to check their SME status more carefully than before. The agency now asks for updated financial information each year, and a company that grows past the thresholds after a funding round can lose its discount in the middle of a procedure."],
             must="Companies also need to check their SME status more carefully than before."),
        dict(slug="biosimilar-interchangeability-hearing-takeaways", title="Three takeaways from the biosimilar interchangeability hearing",
             ex="Everyone agrees the label is confusing. Nobody expects a bill this year.", by=["nadia", "samuel"], tag=("congress", "Congress"),
             t=datetime.datetime(2025, 3, 11, 16, 20, tzinfo=UTC), paid=False,
             body=["Lawmakers spent most of Tuesday's hearing on biosimilars asking the same question in different ways: why should a pharmacist need a special designation to swap one version of a biologic for another when the FDA has already said they work the same?",
                   "First, there is broad agreement that the interchangeability label has become a confusing extra step. Witnesses from both the generic industry and patient groups said doctors read it as a sign that biosimilars without the label are somehow weaker, which the agency says is not true.",
                   "Second, the states are the real obstacle. Even if Congress changed the federal definition, most substitution rules are written in state pharmacy law, and several of those laws refer directly to the current federal label.",
                   "Third, nobody expects a bill this year. Staff on both sides said the hearing was meant to build a record, and the most likely vehicle is the next user fee reauthorization, which gives members a deadline they cannot ignore."],
             must="Second, the states are the real obstacle."),
    ]

    def shell(title, inner, head="", cls="home-template"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
                '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1c2a">%s<meta name="generator" content="Ghost 5.112">'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="%s"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="8c1a" data-api="%s" crossorigin="anonymous"></script>'
                '<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>'
                '<body class="%s has-sans-title has-sans-body"><div class="gh-viewport">'
                '<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">%s</a></div>'
                '<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-fda"><a href="/tag/fda/">FDA</a></li><li class="nav-ema"><a href="/tag/ema/">EMA</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-membership"><a href="/membership/">Membership</a></li></ul></nav>'
                '<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>'
                '%s'
                '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">%s</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="/about/">About</a></li><li><a href="/author/nadia/">Nadia Petrova</a></li></ul></nav>'
                '<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>'
                '<div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">%s</h2><p class="gh-footer-signup-subhead is-body">%s</p><button class="gh-form" data-portal="signup">Subscribe</button></div></div></footer></div></body></html>') % (
            E(title), head, E(name), U(h, "/rss/"), U(h, "/"), U(h, "/"), cls, E(name), inner, E(name), E(name), E(cta_desc))

    def local(t):
        return t.astimezone(datetime.timezone(datetime.timedelta(hours=ny)))

    def card(p):
        return ('<article class="gh-card post tag-%s%s"><a class="gh-card-link" href="/%s/"><figure class="gh-card-image"><img src="/content/images/size/w600/2025/03/%s.jpg" alt="%s"></figure>'
                '<div class="gh-card-wrapper"><p class="gh-card-tag">%s</p><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p>'
                '<footer class="gh-card-meta"><span class="gh-card-author">By %s</span><time class="gh-card-date" datetime="%s">%s</time></footer></div></a></article>') % (
            p["tag"][0], " tag-hash-members-only" if p["paid"] else "", p["slug"], p["slug"][:12], E(p["title"]), E(p["tag"][1]), E(p["title"]), E(p["ex"]),
            E(", ".join(authors[a][0] for a in p["by"])), local(p["t"]).strftime("%Y-%m-%d"), mon(local(p["t"])))

    for p in posts:
        path = "/%s/" % p["slug"]
        t = p["t"]
        lt = local(t)
        names = [authors[a][0] for a in p["by"]]
        content = ps(p["body"])
        if p["paid"]:
            content += ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #0b6e4f"><h2>%s</h2>'
                        '<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#0b6e4f">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>') % upgrade
        imgs = "".join('<a href="/author/%s/" class="gh-article-author-image instapaper_ignore"><img src="/content/images/size/w160/2025/01/%s.jpg" alt="%s"></a>' % (a, a, E(authors[a][0])) for a in p["by"])
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade">'
                '<meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:tag" content="%s">'
                '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="%s">%s') % (
            E(p["ex"]), U(h, path), E(name), E(p["title"]), E(p["ex"]), U(h, path), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), (t + datetime.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            E(p["tag"][1]), E(", ".join(names)), E(p["tag"][1]),
            jl({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": name, "url": U(h, "/")},
                "author": [{"@type": "Person", "name": authors[a][0], "url": U(h, "/author/%s/" % a)} for a in p["by"]],
                "headline": p["title"], "url": U(h, path), "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": (t + datetime.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "keywords": p["tag"][1], "description": p["ex"], "mainEntityOfPage": U(h, path)}))
        others = [q for q in posts if q is not p]
        inner = ('<main class="gh-main"><article class="gh-article post tag-%s%s"><header class="gh-article-header gh-canvas">'
                 '<a class="gh-article-tag" href="/tag/%s/">%s</a><h1 class="gh-article-title is-title">%s</h1><p class="gh-article-excerpt is-body">%s</p>'
                 '<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">%s</div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">%s</h4>'
                 '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="%s">%s</time><span class="gh-article-meta-length"><span class="bull">&mdash;</span> %d min read</span></div></div></div>'
                 '<figure class="gh-article-image"><img src="/content/images/size/w1200/2025/03/%s.jpg" alt="%s"></figure></header>'
                 '<section class="gh-content gh-canvas is-body">%s</section></article></main>'
                 '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">%s</div></div></section>') % (
            p["tag"][0], " tag-hash-members-only" if p["paid"] else "", p["tag"][0], E(p["tag"][1]), E(p["title"]), E(p["ex"]), imgs,
            ", ".join('<a href="/author/%s/">%s</a>' % (a, E(authors[a][0])) for a in p["by"]),
            lt.strftime("%Y-%m-%d"), mon(lt), 3 + len(p["body"]), p["slug"][:12], E(p["title"]), content, "".join(card(q) for q in others))
        mn = [cta_desc, others[0]["ex"]] + ([upgrade] if p["paid"] else [])
        doc = shell(p["title"], inner, head, "post-template tag-" + p["tag"][0])
        art(h, path, doc, p["title"], lt.strftime("%Y-%m-%d"), names,
            instant=iso(t) if lt.day != t.day else None, must=[p["must"]], must_not=mn)
        GHOST_SYND[p["slug"]] = (U(h, path), p)

    allp = sorted(posts, key=lambda p: p["t"], reverse=True)
    feed = '<div class="gh-feed">%s</div>' % "".join(card(p) for p in allp)
    non(h, "/", shell(name, '<section class="gh-header is-classic gh-outer"><div class="gh-header-inner"><h1 class="gh-header-title is-title">%s</h1><p class="gh-header-description is-body">%s</p><button data-portal="signup">Subscribe</button></div></section><main class="gh-main gh-outer"><div class="gh-inner">%s</div></main>' % (E(name), E(cta_desc), feed)))
    for tg in ("fda", "ema", "congress"):
        lab = {"fda": "FDA", "ema": "EMA", "congress": "Congress"}[tg]
        non(h, "/tag/%s/" % tg, shell("%s - %s" % (lab, name), '<section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner"><header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">%s</h1></header></div></section><main class="gh-main gh-outer"><div class="gh-feed">%s</div></main>' % (
            E(lab), "".join(card(p) for p in allp if p["tag"][0] == tg)), cls="tag-template tag-" + tg))
    for a, (n, bio) in authors.items():
        non(h, "/author/%s/" % a, shell("%s - %s" % (n, name), '<section class="gh-archive has-image gh-outer"><div class="gh-archive-inner gh-inner is-title"><img class="gh-article-image" src="/content/images/size/w160/2025/01/%s.jpg" alt="%s"><h1 class="gh-article-title is-title">%s</h1><p class="gh-article-excerpt is-body">%s</p></div></section><main class="gh-main gh-outer"><div class="gh-feed">%s</div></main>' % (
            a, E(n), E(n), E(bio), "".join(card(p) for p in allp if a in p["by"])), cls="author-template author-" + a))
    non(h, "/about/", shell("About - %s" % name, '<main class="gh-main"><article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">About</h1></header><section class="gh-content gh-canvas is-body"><p>Regulatory Dose is written by Nadia Petrova, who spent twelve years in regulatory affairs at two mid-sized drug makers before going independent.</p><p>Free members get the weekly letter; paying members get the full archive and the monthly guidance tracker.</p><p><a href="/">Read the latest</a></p></section></article></main>', cls="page-template page-about"))
    non(h, "/membership/", shell("Membership - %s" % name, '<main class="gh-main"><article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">Membership</h1></header><section class="gh-content gh-canvas is-body"><div class="kg-card kg-button-card"><a href="#/portal/signup/free" class="kg-btn">Free</a></div><div class="kg-card kg-button-card"><a href="#/portal/signup/monthly" class="kg-btn">Paid: $15/month</a></div><p>See <a href="/tag/fda/">what we cover</a>.</p></section></article></main>', cls="page-template page-membership"))
    rss(h, "/rss/", name, [(p["title"], "/%s/" % p["slug"], p["t"]) for p in allp])
    sitemap(h, ["/"] + ["/%s/" % p["slug"] for p in allp] + ["/about/"], disallow="/ghost/")


# ---------------------------------------------------------------- 4 Buttondown archive
def buttondown():
    h = host(4)
    name = "Dockside Notes"
    desc = "A weekly letter about ports, ships and the people who work on them, written from Baltimore."
    form = "Subscribe to Dockside Notes to get new emails in your inbox every Tuesday."
    emails = [
        dict(slug="the-baltimore-channel-one-year-on", title="The Baltimore channel, one year on", d=datetime.date(2025, 3, 25),
             body=["Hello from a grey morning on the Patapsco. It has been almost a year since the Key Bridge came down, and I wanted to use this week's letter to look at what has and has not come back to the port.",
                   "The short answer is that the containers came back fast and the cars came back faster. Ro-ro volumes at the Dundalk terminal were above their pre-collapse level by late summer, helped by automakers that never really wanted to move their import plans elsewhere.",
                   "The slower story is the trucks. Without the bridge, hazardous loads that used to cross the harbor now have to go all the way around, and the drivers I talk to say it adds an hour to many runs.",
                   "The new bridge is supposed to open in 2028. Until then, the port is doing well, and the people who move freight through it are doing what they always do, which is adapt and grumble in roughly equal measure."],
             sign="Fair winds,", must="The slower story is the trucks."),
        dict(slug="notes-from-tpm-everyone-was-talking-about-tariffs", title="Notes from TPM: everyone was talking about tariffs", d=datetime.date(2025, 3, 11),
             body=["I spent three days in Long Beach last week at the big transpacific shipping conference, and I think I heard the word tariff more often than the word container.",
                   "Beneficial cargo owners were mostly in wait-and-see mode. Several importers told me they had pulled forward as much as they could before the new duties took effect and now have warehouses full of goods they would normally be receiving in April.",
                   "The carriers were more cheerful than I expected. Their argument is that front-loading and the Red Sea diversions will keep ships fuller than the forecasts suggest, even as new tonnage keeps arriving from the yards.",
                   "My favourite moment came at a panel on contract season, when a freight buyer for a furniture company was asked what rate she expected to sign. She said she would tell us in May, and the room laughed because everybody knew she was right."],
             sign="Until next week,", must="Beneficial cargo owners were mostly in wait-and-see mode."),
        dict(slug="why-the-ila-contract-still-matters", title="Why the ILA contract still matters", d=datetime.date(2025, 2, 25),
             body=["The East and Gulf Coast dockworkers ratified their new master contract this week, and I have had a few readers ask why I am still writing about a strike that never happened in January.",
                   "The reason is automation. The deal bans fully automated terminal equipment for the six years it runs, but it allows semi-automated cranes as long as they come with new jobs, and the definitions are loose enough that both sides will be arguing about them for years.",
                   "Ports that were planning automated expansions, like parts of Virginia and New York, now have to rethink their designs. That matters for anyone planning long-term supply chains through the East Coast.",
                   "It also matters for the West Coast, where the longshore contract runs until 2028 and the automation fight is already familiar. Employers there will be watching closely to see how the new language works in practice."],
             sign="Talk soon,", must="Ports that were planning automated expansions, like parts of Virginia and New York, now have to rethink their designs."),
    ]

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="%s"><link rel="stylesheet" href="https://assets.buttondown.email/static/css/archive.css"></head>'
                '<body class="newsletter-archive"><div id="app"><div class="container"><header class="newsletter-header"><a href="/" class="newsletter-header__link"><img class="newsletter-header__icon" src="https://assets.buttondown.email/icons/dockside.png" alt=""><span class="newsletter-header__name">%s</span></a>'
                '<nav class="newsletter-header__nav"><a href="/archive/">Archive</a></nav></header>%s'
                '<div class="subscribe-form"><p>%s</p><form action="https://buttondown.com/api/emails/embed-subscribe/docksidenotes" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div>'
                '<footer class="powered-by"><a href="https://buttondown.com/refer/docksidenotes">Powered by Buttondown</a>, the easiest way to start and grow your newsletter.</footer></div></div></body></html>') % (
            E(title), head, E(name), U(h, "/rss"), E(name), inner, E(form))

    def when(d):
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)

    for m in emails:
        path = "/archive/%s/" % m["slug"]
        body = ps(m["body"]) + "<p>%s<br>Ruth Abernathy</p>" % E(m["sign"])
        body += "<hr><p><em>Dockside Notes is free. If someone forwarded this to you, <a href=\"/\">sign up here</a>. Reply to this email to reach me.</em></p>"
        inner = ('<main class="email-detail"><div class="email-detail__header"><h1 class="subject">%s</h1><div class="email-detail__meta"><date>%s</date></div></div>'
                 '<div class="email-body"><div class="email-body-content">%s</div></div>'
                 '<div class="email-navigation"><a href="/archive/">&larr; Back to archive</a></div></main>') % (E(m["title"]), when(m["d"]), body)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="%s"><meta name="description" content="%s"><link rel="canonical" href="%s">' % (
            E(m["title"]), E(name), E(m["body"][0][:150]), U(h, path))
        art(h, path, shell("%s • Buttondown" % m["title"], inner, head), m["title"], m["d"].isoformat(), ["Ruth Abernathy"],
            must=[m["must"]], must_not=[form])
    lst = "".join('<div class="email"><a href="/archive/%s/"><div class="email-subject">%s</div><div class="email-metadata"><date>%s</date></div></a></div>' % (m["slug"], E(m["title"]), when(m["d"])) for m in emails)
    non(h, "/", shell(name, '<main class="newsletter-landing"><h1>%s</h1><p class="description">%s</p><p>By Ruth Abernathy.</p><h2>Recent issues</h2><div class="emails">%s</div><a href="/archive/">See the full archive</a></main>' % (E(name), E(desc), lst)))
    non(h, "/archive/", shell("Archive • %s" % name, '<main class="archive"><h1>Archive</h1><div class="emails">%s</div></main>' % lst))
    rss(h, "/rss", name, [(m["title"], "/archive/%s/" % m["slug"], datetime.datetime.combine(m["d"], datetime.time(13, 0), UTC)) for m in emails])


# ---------------------------------------------------------------- 5 Mailchimp campaign archive
def mailchimp():
    h = host(5)
    org = "Heartland Grain Handlers Association"
    u, lid = "7c1e5d9a0b3f4e2a91d6c8b57", "2f4e8c1d7a"
    home = "/home/?u=%s&id=%s" % (u, lid)
    footer = "You are receiving this email because you are a member of the Heartland Grain Handlers Association or opted in at our website."
    camps = [
        dict(slug="grain-lines-rail-service-complaints-reach-the-stb", subj="Grain Lines: Rail service complaints reach the STB", title="Rail service complaints reach the STB",
             d=datetime.date(2025, 3, 4), by="By Tom Kessler, Executive Director", authors=["Tom Kessler"],
             pre="Our filing with the Surface Transportation Board, and what members can do.",
             body=["Members have been telling us since the fall harvest that rail service on several branch lines in Kansas and Nebraska has been the worst in a decade, with empty car orders filled days late and shuttle trains stuck at origin.",
                   "Last week the Association filed comments with the Surface Transportation Board supporting a petition that would require the largest railroads to report car order fulfillment by region every week. We attached data from thirty-one member elevators showing average delays of more than six days.",
                   "The railroads argue that the winter weather and a shortage of crews are to blame and that service is already improving. Our members see some improvement on the main lines, but very little on the branch lines that serve smaller elevators.",
                   "We will keep pressing the Board for a decision before the wheat harvest. If your facility has records of late car placements since September, please send them to the office so we can add them to the next filing."],
             must="The railroads argue that the winter weather and a shortage of crews are to blame and that service is already improving."),
        dict(slug="grain-lines-scale-certification-deadline-moved-to-june", subj="Grain Lines: Scale certification deadline moved to June", title="Scale certification deadline moved to June",
             d=datetime.date(2025, 2, 18), by=None, authors=[],
             pre="The state has given warehouses until June 30.",
             body=["The state Department of Agriculture has pushed back the deadline for annual certification of vehicle scales at licensed grain warehouses from April 1 to June 30, after many inspection firms said they could not complete the work in time.",
                   "The change applies to all truck and railcar scales used in commercial transactions. Facilities that have already scheduled their inspections should keep those appointments, since the department expects a backlog in late spring.",
                   "Inspectors will also check the new sealing requirements for indicator heads that took effect in January. Warehouses that replaced indicators last year should make sure the installer filed the required notice with the department, because missing paperwork was the most common finding in the pilot inspections.",
                   "Questions about the new deadline can go to the department's weights and measures division. The Association has asked the department to make the later deadline permanent for future years."],
             must="Inspectors will also check the new sealing requirements for indicator heads that took effect in January."),
        dict(slug="grain-lines-meet-the-2025-safety-award-winners", subj="Grain Lines: Meet the 2025 Safety Award winners", title="Meet the 2025 Safety Award winners",
             d=datetime.date(2025, 3, 18), by="By Carla Jimenez, Communications Manager", authors=["Carla Jimenez"],
             pre="Five facilities, zero lost-time injuries.",
             body=["Five member facilities received the Association's Safety Award at the winter meeting in Lincoln, recognizing workplaces that went the whole of 2024 without a lost-time injury.",
                   "This year's winners include a family-owned elevator in Hastings that rebuilt its entire bin entry program after a near miss in 2022. Its manager told the meeting that every employee now trains on the rescue equipment twice a year, including office staff.",
                   "Judges also singled out a cooperative in western Kansas that installed remote monitoring on its grain dryers. The system sends alerts to supervisors' phones when temperatures climb, and it caught two developing fires before they spread last autumn.",
                   "Nominations for next year's awards open in September. Facilities of any size are welcome to apply, and the committee is especially interested in hearing about low-cost improvements that other members could copy."],
             must="Judges also singled out a cooperative in western Kansas that installed remote monitoring on its grain dryers."),
    ]
    bar = ('<div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-nav"><li><a href="/subscribe?u=%s&amp;id=%s" class="subscribe-link">Subscribe</a></li>'
           '<li><a href="%s" class="past-issues">Past Issues</a></li><li class="translate"><a href="#">Translate</a></li></ul><div id="rss"><a href="/feed?u=%s&amp;id=%s" title="RSS">RSS</a></div></div></div>') % (u, lid, E(home), u, lid)

    def email(c):
        by = '<p style="font-style:italic">%s</p>' % E(c["by"]) if c["by"] else ""
        others = [x for x in camps if x is not c]
        more = ('<table class="mcnTextBlock" width="100%%"><tr><td class="mcnTextContent"><h3>Also in Grain Lines</h3><ul><li><a href="/hgha/%s">%s</a></li></ul><h3>Upcoming</h3><p>Spring Safety Seminar, Grand Island, April 15. <a href="https://hgha.example/events">Register</a></p></td></tr></table>') % (
            others[0]["slug"], E(others[0]["title"]))
        return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<!-- NAME: 1 COLUMN --><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:type" content="website"><meta property="og:image" content="https://mcusercontent.com/%s/images/header.png">'
                '<title>%s</title><style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2,h3,h4{display:block;margin:0;padding:0}#bodyCell{padding:10px}.templateContainer{max-width:600px!important}</style>'
                '<script type="text/javascript">var w=window;if(w.MooTools){}</script></head><body>'
                '<!--*|IF:MC_PREVIEW_TEXT|*--><!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">%s</span><!--<![endif]--><!--*|END:IF|*-->'
                '%s<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
                '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="templateContainer">'
                '<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%%"><tr><td class="mcnTextContent" style="font-size:11px"><a href="%s" target="_blank">View this email in your browser</a></td></tr></table></td></tr>'
                '<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%%"><tr><td class="mcnImageContent"><img align="center" alt="%s" src="https://mcusercontent.com/%s/images/header.png" width="564" class="mcnImage"></td></tr></table></td></tr>'
                '<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%%"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnTextContentContainer"><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;">'
                '<h4 style="color:#7a7a7a">%s</h4><h1>%s</h1>%s%s</td></tr></table></td></tr></tbody></table>%s</td></tr>'
                '<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tr><td><a href="https://www.facebook.com/hgha">Facebook</a> <a href="https://hgha.example">Website</a></td></tr></table>'
                '<table class="mcnTextBlock" width="100%%"><tr><td class="mcnTextContent" style="font-size:12px"><em>Copyright &copy; 2025 %s, All rights reserved.</em><br>%s<br><br><strong>Our mailing address is:</strong><br>%s<br>1200 N 27th St<br>Lincoln, NE 68503<br><br>'
                'Want to change how you receive these emails?<br>You can <a href="https://hgha.us21.list-manage.com/profile">update your preferences</a> or <a href="https://hgha.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.</td></tr></table>'
                '<table><tr><td><a href="http://eepurl.com/intuit-mc" title="Email Marketing Powered by Intuit Mailchimp"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Email Marketing Powered by Intuit Mailchimp" width="139"></a></td></tr></table></td></tr>'
                '</table></td></tr></table></center></body></html>') % (
            E(c["subj"]), E(c["pre"]), U(h, "/hgha/" + c["slug"]), u, E(c["subj"]), E(c["pre"]), bar, U(h, "/hgha/" + c["slug"]), E(org), u,
            "%s, %s %d, %d" % (c["d"].strftime("%A"), c["d"].strftime("%B"), c["d"].day, c["d"].year), E(c["title"]), by, ps(c["body"]), more, E(org), E(footer), E(org))

    for c in camps:
        art(h, "/hgha/%s" % c["slug"], email(c), c["title"], c["d"].isoformat(), c["authors"], must=[c["must"]], must_not=[footer, "Spring Safety Seminar, Grand Island, April 15."])
    allc = sorted(camps, key=lambda c: c["d"], reverse=True)
    lst = "".join('<li class="campaign">%s - <a href="/hgha/%s" title="%s" target="_blank">%s</a></li>' % (c["d"].strftime("%m/%d/%Y"), c["slug"], E(c["subj"]), E(c["subj"])) for c in allc)
    arch = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s Email Archive</title><link rel="alternate" type="application/rss+xml" href="/feed?u=%s&amp;id=%s"></head>'
            '<body id="archive-list"><div id="templateContainer"><div id="templateHeader"><h1 class="orgName">%s</h1></div><div id="templateBody"><h2>Past Email Campaigns</h2><ul id="archive-list">%s</ul></div>'
            '<div id="templateFooter"><a href="/subscribe?u=%s&amp;id=%s">Subscribe to our mailing list</a><p>Powered by Intuit Mailchimp</p></div></div></body></html>') % (E(org), u, lid, E(org), lst, u, lid)
    non(h, "/", arch)
    write_page(OUT, h, "/home/", arch)
    truth["nonarticles"].append(U(h, home))
    write_page(OUT, h, "/subscribe/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body class="signup-page"><div id="templateBody"><h2>Subscribe to Grain Lines</h2><form action="https://hgha.us21.list-manage.com/subscribe/post" method="post"><label>Email Address</label><input type="email"><label>First Name</label><input type="text"><input type="submit" value="Subscribe"></form><p><a href="%s">View previous campaigns.</a></p></div></body></html>' % (E(org), E(home)))
    truth["nonarticles"].append(U(h, "/subscribe?u=%s&id=%s" % (u, lid)))


# ---------------------------------------------------------------- 6 Revue-like digest
def revue():
    h = host(6)
    name = "The HVAC Weekly"
    prof = "/profile/hvacweekly"
    enjoy = "If you were forwarded this newsletter and you like it, you can subscribe here."
    mcj = U(host(10), "/articles/98110-heat-pump-shipments-outpace-gas-furnaces-for-third-straight-year")
    issues = [
        dict(n=88, id=1093817, slug="issue-88-the-refrigerant-changeover-hits-the-supply-house", title="Issue #88: The refrigerant changeover hits the supply house",
             t=datetime.datetime(2025, 3, 6, 12, 0, tzinfo=UTC),
             intro=["Good morning. If you have walked into a supply house this winter you have probably seen the new pallets of A2L equipment sitting next to the last of the R-410A systems, and the counter staff trying to explain which is which.",
                    "This week's links are mostly about that transition. Manufacturers say the new systems are selling, but contractors tell me the bigger worry is training, because the new refrigerants are mildly flammable and need different tools, leak detectors and recovery machines.",
                    "I also picked a couple of stories on heat pump rebates, which are running out faster than expected in several states, and one long read on why commercial boiler replacements are suddenly so slow."],
             items=[("Distributors report steady A2L sales in first quarter", "https://hardi.example/news/a2l-q1", "hardi.example", "A useful survey of distributors in twelve states, with a breakdown by tonnage."),
                    ("Heat pump shipments outpace gas furnaces for third straight year", mcj, "Mechanical Contractor Journal", "The annual numbers, and why the gap narrowed in the fourth quarter."),
                    ("What technicians need to know about R-454B", "https://techtraining.example/r454b", "techtraining.example", "A plain checklist I wish every shop would print and hang in the van.")],
             must="This week's links are mostly about that transition."),
        dict(n=87, id=1091204, slug="issue-87-rebates-run-dry", title="Issue #87: Rebates run dry",
             t=datetime.datetime(2025, 2, 27, 12, 0, tzinfo=UTC),
             intro=["Happy Thursday. Three states paused their heat pump rebate programs this month because the money ran out, and I have spent a good part of the week on the phone trying to understand what happened.",
                    "The short version is that demand came in far ahead of the forecasts. Programs that were designed to last two or three years were fully booked in nine months, partly because contractors learned to bundle the rebates with federal tax credits and utility incentives.",
                    "Some contractors told me they now have signed jobs that may not get the money homeowners were promised. If that is you, the state offices say applications submitted before the pause will still be honored, but only if the paperwork is complete."],
             items=[("State energy office pauses rebate intake", "https://energy.example/rebates-pause", "energy.example", "The official notice, with the cut-off date for complete applications."),
                    ("How contractors stacked incentives in 2024", "https://contractor.example/stacking", "contractor.example", "Good explainer on why the money went so fast.")],
             must="The short version is that demand came in far ahead of the forecasts."),
        dict(n=89, id=1095530, slug="issue-89-boilers-backlogs-and-a-word-on-apprentices", title="Issue #89: Boilers, backlogs and a word on apprentices",
             t=datetime.datetime(2025, 3, 13, 12, 0, tzinfo=UTC),
             intro=["Morning, all. This issue is a little longer than usual because two of you sent me great reading on the commercial boiler backlog, and I could not choose between them.",
                    "Lead times for large condensing boilers are still running twenty to thirty weeks in parts of the Northeast. Schools and hospitals that planned summer replacements are being told to order now or wait another year, and some engineers are redesigning projects around smaller modular units that ship faster.",
                    "I also want to say a word about apprentices. The union locals and the contractor associations I follow all report record applications this spring, which is welcome news after years of worrying about who will replace the technicians now reaching retirement."],
             items=[("The boiler backlog, explained", "https://engineering.example/boilers", "engineering.example", "Long but worth it: castings, controls and a shortage of heat exchangers."),
                    ("Apprenticeship applications hit a record", "https://trades.example/apprentices", "trades.example", "Numbers from six locals, plus what the programs are doing with the extra demand.")],
             must="Lead times for large condensing boilers are still running twenty to thirty weeks in parts of the Northeast."),
    ]

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="https://assets.getrevue.co/assets/application-6a1c.css"><meta name="csrf-param" content="authenticity_token"></head>'
                '<body class="profiles show"><div class="revue-header"><a class="revue-logo" href="/">Revue</a></div>'
                '<div class="profile-header"><a href="%s"><img class="profile-avatar" src="https://s3.amazonaws.com/revue/profiles/images/hvacweekly/avatar.png" alt="%s"></a><h2 class="profile-name"><a href="%s">%s</a></h2>'
                '<p class="profile-description">Links, numbers and the occasional rant about heating and cooling, curated every Thursday by Sam Okafor.</p>'
                '<form class="subscribe-form" action="%s/members" method="post"><input type="email" placeholder="Your email address..."><button>Subscribe</button></form></div>'
                '<div class="container">%s</div><footer class="revue-footer"><a href="https://www.getrevue.co/?utm_source=hvacweekly">Powered by Revue</a> <a href="/privacy">Privacy</a></footer></body></html>') % (
            E(title), head, prof, E(name), prof, E(name), prof, inner)

    def short(t):
        return "%s %d, %d" % (t.strftime("%b"), t.day, t.year)

    for i in issues:
        path = "%s/issues/%s-%d" % (prof, i["slug"], i["id"])
        items = "".join('<div class="item item--link"><div class="item-header"><h3 class="item-title"><a href="%s" target="_blank">%s</a></h3><span class="item-source">&mdash; %s</span></div><div class="item-description"><p>%s</p></div></div>' % (
            E(url), E(t), E(src), E(bl)) for t, url, src, bl in i["items"])
        inner = ('<div class="issue"><div class="issue-header"><div class="issue-meta"><span class="issue-author">By Sam Okafor</span> &bull; <span class="issue-date"><time datetime="%s">%s</time></span> &bull; <span class="issue-number">Issue #%d</span> &bull; <a href="%s">View online</a></div>'
                 '<h1 class="issue-title">%s</h1></div><div class="issue-intro revue-p">%s</div><div class="issue-items">%s</div>'
                 '<div class="issue-footer"><div class="issue-feedback"><p>Did you enjoy this issue? <a href="%s/feedback/yes">Yes</a> <a href="%s/feedback/no">No</a></p></div>'
                 '<p class="unsubscribe">In order to unsubscribe, click here.</p><p class="forwarded">%s</p><p><a href="https://twitter.com/intent/tweet">Tweet</a> <a href="https://www.facebook.com/sharer">Share</a></p></div>'
                 '<div class="issue-nav"><a href="%s/issues">All issues</a></div></div>') % (
            i["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "%s %d" % (i["t"].strftime("%B"), i["t"].day), i["n"], path, E(i["title"]), ps(i["intro"]), items, path, path, E(enjoy), prof)
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:description" content="%s"><meta name="author" content="Sam Okafor">'
                '<meta property="article:published_time" content="%s"><link rel="canonical" href="%s">') % (E(i["title"]), E(i["intro"][0][:160]), i["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), U(h, path))
        art(h, path, shell("%s | %s | Revue" % (i["title"], name), inner, head), i["title"], i["t"].strftime("%Y-%m-%d"), ["Sam Okafor"],
            must=[i["must"]], must_not=[enjoy, "In order to unsubscribe, click here."])
    alli = sorted(issues, key=lambda i: i["n"], reverse=True)
    lst = "".join('<li class="issue-list-item"><a href="%s/issues/%s-%d"><span class="issue-number">Issue #%d</span> <span class="issue-title">%s</span></a> <span class="issue-date">%s</span></li>' % (
        prof, i["slug"], i["id"], i["n"], E(i["title"]), short(i["t"])) for i in alli)
    profile = shell("%s | Revue" % name, '<div class="profile-issues"><h3>Latest issues</h3><ul class="issues-list">%s</ul></div>' % lst)
    non(h, "/", profile)
    non(h, prof, profile)
    non(h, prof + "/issues", shell("Issues | %s | Revue" % name, '<div class="profile-issues"><h3>All issues</h3><ul class="issues-list">%s</ul><p>Issues #1 to #85 are archived.</p></div>' % lst))


# ---------------------------------------------------------------- 7 Brightspot shipping weekly
def brightspot():
    h = host(7)
    name = "Freight & Port Weekly"
    staff = {"rachel-stone": ("Rachel Stone", "Senior Editor", "Rachel Stone covers ocean shipping and ports from New York."),
             "tom-reyes": ("Tom Reyes", "Contributing writer", "Tom Reyes writes about railroads and intermodal freight."),
             "devin-park": ("Devin Park", "West Coast Correspondent", "Devin Park reports on the ports of California and the Pacific Northwest.")}
    arts = [
        dict(path="/ocean-shipping/carriers-blank-14-transpacific-sailings-as-post-holiday-demand-slumps", sec=("ocean-shipping", "Ocean Shipping"),
             title="Carriers blank 14 transpacific sailings as post-holiday demand slumps", dek="Cancellations are concentrated on Asia-U.S. West Coast loops through the end of March.",
             by=["rachel-stone"], t=at("2025-03-03 16:12", -5), timed=True,
             body=["Container lines have canceled at least 14 sailings from Asia to the U.S. West Coast for March, the most for the month since 2020, as cargo volumes fall back after the Lunar New Year rush.",
                   "Most of the blanked voyages are on services run by the big alliances, which reshuffled their networks in February. Carriers say the cuts are meant to match capacity to demand, but shippers and forwarders see an attempt to stop spot rates from sliding further.",
                   "Spot rates on the Shanghai to Los Angeles lane have fallen by more than a third since mid-January, according to several freight indexes, and are now close to the level at which many annual contracts are being negotiated.",
                   "Forwarders said the cancellations had little effect on availability so far, since ships on the remaining sailings were leaving with space to spare. One executive at a large non-vessel operator said the real test would come in April, when contract rates take effect and importers decide how much to book.",
                   "The lines have also trimmed some Asia to East Coast sailings, though by less, because cargo owners continue to split volumes between coasts to hedge against labor and tariff risks."],
             must="Spot rates on the Shanghai to Los Angeles lane have fallen by more than a third since mid-January, according to several freight indexes, and are now close to the level at which many annual contracts are being negotiated."),
        dict(path="/rail-intermodal/rail-intermodal-volumes-climb-as-shippers-race-tariff-deadline", sec=("rail-intermodal", "Rail & Intermodal"),
             title="Rail intermodal volumes climb as shippers race tariff deadline", dek="Domestic container loadings rose nearly 9% year over year.",
             by=["tom-reyes"], t=at("2025-02-27 11:40", -5), timed=False,
             body=["Intermodal volumes on North American railroads rose for a sixth straight week in late February, as importers rushed goods inland ahead of new tariffs on imports from Canada, Mexico and China.",
                   "Domestic container loadings were up nearly nine percent from a year earlier, according to weekly carload data, while international boxes moving off the West Coast ports rose even faster. Railroads said terminals in Chicago and Dallas were busy but fluid.",
                   "Some of the growth reflects trucks losing share. With diesel prices rising and spot truck rates still low, the savings from rail are modest, but shippers said intermodal service had become reliable enough to move time-sensitive freight they once kept on the highway.",
                   "Analysts cautioned that the surge might not last. Once the tariff deadline passes, much of the inventory already in warehouses will need months to work through, and import volumes could drop sharply in the spring."],
             must="Some of the growth reflects trucks losing share."),
        dict(path="/ports-terminals/port-of-oakland-picks-operator-for-new-cold-storage-terminal", sec=("ports-terminals", "Ports & Terminals"),
             title="Port of Oakland picks operator for new cold storage terminal", dek="The facility on the former Army base would add about 280,000 square feet of chilled space.",
             by=["rachel-stone", "devin-park"], t=at("2025-03-10 09:30", -4), timed=True,
             body=["The Port of Oakland has chosen a joint venture led by a California refrigerated warehouse company to build and run a cold storage terminal on the former Army base, ending a search that began in 2022.",
                   "The facility would offer about 280,000 square feet of chilled and frozen space within a short truck ride of the marine terminals. Port officials said it would help exporters of meat, nuts and produce who now truck cargo to warehouses in the Central Valley before sending it back to the docks.",
                   "The board of commissioners still has to approve a lease, and the project needs environmental review. If both go smoothly, construction could start next year, with the first phase opening in 2027.",
                   "Agricultural exporters welcomed the choice. A spokesman for a trade group representing almond shippers said shorter dray distances would cut costs and reduce the risk of cargo missing its vessel."],
             must="Port officials said it would help exporters of meat, nuts and produce who now truck cargo to warehouses in the Central Valley before sending it back to the docks."),
    ]
    webinar = ("/webinars/control-tower-visibility-in-2025-what-shippers-need-to-know", "Control tower visibility in 2025: What shippers need to know")
    wp = ("/whitepapers/the-state-of-ocean-contracting-2025", "The State of Ocean Contracting 2025")
    event = ("/events/fpw-ocean-summit-2025", "FPW Ocean Summit 2025")
    pod = ("/podcasts/the-load-out/episode-112-what-blank-sailings-tell-us", "The Load Out, Episode 112: What blank sailings tell us")
    jobs = "/jobs"
    NAV = [("/ocean-shipping", "Ocean Shipping"), ("/rail-intermodal", "Rail & Intermodal"), ("/ports-terminals", "Ports & Terminals"), ("/webinars", "Webinars"), ("/podcasts/the-load-out", "Podcast"), (jobs, "Jobs"), ("/events", "Events")]

    def shell(title, inner, head="", cls="Page"):
        nav = "".join('<li class="Navigation-items-item"><div class="NavigationItem"><a class="NavigationItem-text-link" href="%s">%s</a></div></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html><html class="%s" lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
                '<meta name="brightspot.contentId" content="00000195-5f2a-d8a1-a7df-ffbb%s"><link rel="stylesheet" href="/resource/00000170-4a18-d1c4-a572-fbf95e140000/styleguide/All.min.css">%s</head>'
                '<body class="%s-body"><bsp-header class="Page-header"><div class="Page-header-bar"><div class="Page-header-bar-logo"><a aria-label="home page" href="/" data-cms-ai="0"><img class="PageLogo-image" alt="%s"></a></div>'
                '<nav class="Page-header-navigation"><ul class="Navigation-items">%s</ul></nav><div class="Page-header-bar-subscribe"><a href="/newsletters">Newsletters</a><a href="/subscribe">Subscribe</a></div>'
                '<div class="Page-header-search"><form class="SearchOverlay-search-form" action="/search" method="get"><input name="q" placeholder="Search"></form></div></div></bsp-header>'
                '<main class="Page-main">%s</main>'
                '<footer class="Page-footer"><div class="Page-footer-navigation"><ul><li><a href="/about-us">About Us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/contact-us">Contact</a></li></ul></div>'
                '<div class="Page-footer-disclaimer">&copy; 2025 Freight &amp; Port Weekly. All rights reserved.</div></footer></body></html>') % (
            cls, E(title), "%04d" % (len(title) * 37 % 9973), head, cls, E(name), nav, inner)

    def stamp(a):
        t = a["t"]
        s = mon(t, dot=True)
        if a["timed"]:
            hr = t.strftime("%I").lstrip("0") + ":" + t.strftime("%M") + (" a.m." if t.hour < 12 else " p.m.")
            s += " " + hr + " ET"
        return s

    def promo(a, sponsored=None):
        by = staff[a["by"][0]][0] if a else ""
        if sponsored:
            return ('<div class="PagePromo PagePromo-sponsored"><div class="PagePromo-category"><span class="PagePromo-sponsorLabel">Sponsored Content</span></div>'
                    '<div class="PagePromo-title"><a class="Link" href="%s">%s</a></div><div class="PagePromo-description">Presented by Bluewater Analytics</div></div>') % sponsored
        return ('<div class="PagePromo"><div class="PagePromo-category"><a class="Link" href="/%s">%s</a></div><div class="PagePromo-title"><a class="Link" href="%s">%s</a></div>'
                '<div class="PagePromo-description">%s</div><div class="PagePromo-byline">%s</div><div class="PagePromo-date">%s</div></div>') % (
            a["sec"][0], E(a["sec"][1]), a["path"], E(a["title"]), E(a["dek"]), E(by), mon(a["t"], dot=True))

    for a in arts:
        t = a["t"]
        names = [staff[s][0] for s in a["by"]]
        if len(a["by"]) == 1:
            s = a["by"][0]
            byl = '<div class="ArticlePage-authorName">By <a class="Link" href="/staff/%s">%s</a>, <span class="ArticlePage-authorTitle">%s</span></div>' % (s, E(staff[s][0]), E(staff[s][1]))
        else:
            byl = '<div class="ArticlePage-authorName">By %s</div>' % " and ".join('<a class="Link" href="/staff/%s">%s</a>' % (s, E(staff[s][0])) for s in a["by"])
        rel = [b for b in arts if b is not a][0]
        relp = '<ps-promo class="Enhancement" data-align-center><div class="Enhancement-item"><div class="RelatedContent"><span class="RelatedContent-label">RELATED:</span> <a class="Link" href="%s">%s</a></div></div></ps-promo>' % (rel["path"], E(rel["title"]))
        body = ps(a["body"][:2]) + relp + ps(a["body"][2:])
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="brightspot-dataLayer" content="{&quot;author&quot;:&quot;%s&quot;,&quot;pageType&quot;:&quot;article&quot;}">%s') % (
            U(h, a["path"]), E(a["dek"]), E(a["title"]), E(name), t.isoformat(), E(a["sec"][1]), E("|".join(names)),
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["dek"], "datePublished": t.isoformat(), "dateModified": t.isoformat(),
                "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": {"@type": "WebPage", "@id": U(h, a["path"])}}))
        inner = ('<div class="ArticlePage-content"><div class="ArticlePage-breadcrumbs"><a class="Link" href="/%s">%s</a></div>'
                 '<div class="ArticlePage-headline-wrapper"><h1 class="ArticlePage-headline">%s</h1><div class="ArticlePage-subHeadline"><p>%s</p></div></div>'
                 '<div class="ArticlePage-byline"><div class="ArticlePage-authors">%s</div><div class="ArticlePage-timestamp"><div class="ArticlePage-datePublished">%s</div></div></div>'
                 '<div class="ArticlePage-lead"><figure class="Figure"><img alt=""><div class="Figure-credit">Photo: Shutterstock</div></figure></div>'
                 '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">%s</div></div>'
                 '<div class="ArticlePage-tags"><a class="Link" href="/%s">%s</a></div></div>'
                 '<aside class="ArticlePage-aside"><div class="List"><h3 class="List-title">Most Read</h3>%s%s</div></aside>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), E(a["dek"]), byl, stamp(a), body, a["sec"][0], E(a["sec"][1]), promo(rel), promo(None, (wp[0], wp[1])))
        local = t.strftime("%Y-%m-%d")
        art(h, a["path"], shell("%s | %s" % (a["title"], name), inner, head, "ArticlePage"), a["title"], local, names,
            instant=iso(t) if a["timed"] else None, must=[a["must"]], must_not=[rel["title"], "Presented by Bluewater Analytics"])

    alla = sorted(arts, key=lambda a: a["t"], reverse=True)
    listing = "".join(promo(a) for a in alla)
    non(h, "/", shell(name, '<div class="SectionPage-main"><div class="ListA"><h2 class="List-title">Latest News</h2>%s%s</div><div class="ListB"><h2 class="List-title">Webinars &amp; Resources</h2><a href="%s">%s</a> <a href="%s">%s</a> <a href="%s">%s</a> <a href="%s">%s</a></div></div>' % (
        listing, promo(None, (wp[0], wp[1])), webinar[0], E(webinar[1]), event[0], E(event[1]), pod[0], E(pod[1]), jobs, "Career Center"), cls="SectionPage"))
    for sp, st in [(a["sec"][0], a["sec"][1]) for a in arts]:
        non(h, "/" + sp, shell("%s | %s" % (st, name), '<div class="SectionPage-main"><h1 class="SectionPage-title">%s</h1><div class="ListA">%s</div></div>' % (E(st), "".join(promo(a) for a in alla if a["sec"][0] == sp)), cls="SectionPage"))
    for s, (n, role, bio) in staff.items():
        non(h, "/staff/" + s, shell("%s | %s" % (n, name), '<div class="AuthorPage-main"><h1 class="AuthorPage-name">%s</h1><div class="AuthorPage-title">%s</div><div class="AuthorPage-bio"><p>%s</p></div><div class="ListA">%s</div></div>' % (
            E(n), E(role), E(bio), "".join(promo(a) for a in alla if s in a["by"])), cls="AuthorPage"))
    non(h, webinar[0], shell("%s | %s" % (webinar[1], name),
        ('<div class="WebinarPage-main"><div class="WebinarPage-label">Webinar</div><h1 class="WebinarPage-headline">%s</h1><div class="WebinarPage-date">Thursday, March 27, 2025 | 2:00 p.m. ET</div>'
         '<div class="WebinarPage-sponsor">Sponsored by Bluewater Analytics</div><div class="RichTextBody"><p>Shippers have more data than ever about where their containers are, yet many still learn about delays from their customers. In this one-hour session our editors and a panel of logistics leaders discuss how control towers are being used in practice, which data feeds are worth paying for, and how to turn alerts into decisions.</p>'
         '<h3>Speakers</h3><ul><li>Rachel Stone, Senior Editor, Freight &amp; Port Weekly (moderator)</li><li>Amit Sen, VP Logistics, a national home goods retailer</li></ul></div>'
         '<form class="WebinarPage-register"><input placeholder="Business email"><button>Register now</button></form><p>Related coverage: <a href="%s">%s</a></p></div>') % (E(webinar[1]), arts[0]["path"], E(arts[0]["title"])), cls="WebinarPage"))
    non(h, "/webinars", shell("Webinars | %s" % name, '<div class="SectionPage-main"><h1>Webinars</h1><ul><li><a href="%s">%s</a> <span>March 27, 2025</span></li></ul><h2>On demand</h2><p>Past webinars are available to registered users.</p><a href="/">Home</a></div>' % (webinar[0], E(webinar[1])), cls="SectionPage"))
    non(h, wp[0], shell("%s | %s" % (wp[1], name),
        ('<div class="WhitepaperPage-main"><div class="WhitepaperPage-label">Sponsored Content &middot; Whitepaper</div><h1 class="WhitepaperPage-headline">%s</h1><div class="WhitepaperPage-sponsor">Presented by Bluewater Analytics</div>'
         '<div class="RichTextBody"><p>Download this report to learn how 240 beneficial cargo owners approached their 2025 ocean contracts, including index-linked pricing, minimum quantity commitments and the use of NVOs.</p></div>'
         '<form class="WhitepaperPage-gate"><input placeholder="First name"><input placeholder="Company"><input placeholder="Business email"><button>Download now</button></form><a href="/">Back to home</a></div>') % E(wp[1]), cls="WhitepaperPage"))
    non(h, event[0], shell("%s | %s" % (event[1], name),
        ('<div class="EventPage-main"><h1 class="EventPage-headline">%s</h1><div class="EventPage-dates">Sept. 16-17, 2025 | Newark, New Jersey</div><div class="RichTextBody"><p>Two days of panels on ocean contracting, port congestion and decarbonization, with networking for shippers, carriers and forwarders.</p><p><a href="/events/fpw-ocean-summit-2025/agenda">Agenda</a> | <a href="/events/fpw-ocean-summit-2025/register">Register</a></p></div><p><a href="%s">Read our latest ocean coverage</a></p></div>') % (E(event[1]), arts[0]["path"]), cls="EventPage"))
    non(h, "/events", shell("Events | %s" % name, '<div class="SectionPage-main"><h1>Events</h1><ul><li><a href="%s">%s</a></li><li><a href="%s">Webinar: %s</a></li></ul></div>' % (event[0], E(event[1]), webinar[0], E(webinar[1])), cls="SectionPage"))
    non(h, pod[0], shell("%s | %s" % (pod[1], name),
        ('<div class="PodcastEpisodePage-main"><div class="PodcastEpisodePage-show"><a href="/podcasts/the-load-out">The Load Out</a></div><h1 class="PodcastEpisodePage-headline">%s</h1><div class="PodcastEpisodePage-date">Mar. 5, 2025</div>'
         '<bsp-audio-player class="AudioPlayer" data-src="https://traffic.megaphone.fm/FPW112.mp3"></bsp-audio-player><div class="PodcastEpisodePage-description"><p>Rachel Stone and Devin Park talk through the March cancellations and what they mean for contract season.</p></div>'
         '<div class="PodcastEpisodePage-links"><a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://open.spotify.com/">Spotify</a></div><p>Read: <a href="%s">%s</a></p></div>') % (E(pod[1]), arts[0]["path"], E(arts[0]["title"])),
        '<meta property="og:type" content="video.episode">', cls="PodcastEpisodePage"))
    non(h, "/podcasts/the-load-out", shell("The Load Out | %s" % name, '<div class="PodcastShowPage-main"><h1>The Load Out</h1><p>A weekly conversation about freight with the editors of Freight &amp; Port Weekly.</p><ul><li><a href="%s">%s</a></li></ul></div>' % (pod[0], E(pod[1])), cls="PodcastShowPage"))
    jl_jobs = [("/jobs/ocean-pricing-manager-newark-nj-4481", "Ocean Pricing Manager", "Newark, NJ", "Atlas Forwarding"), ("/jobs/port-operations-analyst-long-beach-ca-4479", "Port Operations Analyst", "Long Beach, CA", "Harbor Gateway Terminals")]
    non(h, jobs, shell("Career Center | %s" % name, '<div class="JobBoard-main"><h1>Career Center</h1><form action="/jobs/search"><input name="keywords" placeholder="Job title, keywords"><input name="location" placeholder="Location"><button>Search jobs</button></form><ul class="JobBoard-list">%s</ul><p><a href="/jobs/post">Post a job</a></p><p>Latest news: <a href="%s">%s</a></p></div>' % (
        "".join('<li class="JobListing"><a href="%s">%s</a><div class="JobListing-company">%s</div><div class="JobListing-location">%s</div><div class="JobListing-posted">Posted 3 days ago</div></li>' % (p, E(t), E(c), E(l)) for p, t, l, c in jl_jobs), arts[1]["path"], E(arts[1]["title"])), cls="JobBoard"))
    for p, t, l, c in jl_jobs:
        non(h, p, shell("%s - %s | Career Center" % (t, c), ('<div class="JobPosting-main"><h1 class="JobPosting-title">%s</h1><div class="JobPosting-company">%s</div><div class="JobPosting-location">%s</div><div class="JobPosting-meta">Full time | Posted Mar. 4, 2025</div>'
            '<div class="JobPosting-description"><p>We are looking for an experienced professional to join our team. You will work with carriers and customers across the transpacific and transatlantic trades, manage rate filings and support the commercial team during contract season.</p><p>Requirements: five years of experience in international freight, strong Excel skills.</p></div><a class="button" href="/jobs/apply">Apply now</a> <a href="/jobs">Back to jobs</a></div>') % (E(t), E(c), E(l)),
            jl({"@context": "https://schema.org", "@type": "JobPosting", "title": t, "datePosted": "2025-03-04", "hiringOrganization": {"@type": "Organization", "name": c}, "jobLocation": {"@type": "Place", "address": l}}), cls="JobPosting"))
    non(h, "/about-us", shell("About Us | %s" % name, '<div class="Page-main"><h1>About Us</h1><p>Freight &amp; Port Weekly has covered international trade and transportation since 1988.</p><a href="/">Home</a></div>'))
    sitemap(h, ["/"] + [a["path"] for a in alla])


# ---------------------------------------------------------------- 8 Atex/Naviga pharma daily
def naviga():
    h = host(8)
    name = "PharmaTrade Daily"
    arts = [
        dict(path="/news/manufacturing/1.4821937", slug="cdmo-expansion-wave-reaches-the-research-triangle", sec=("manufacturing", "Manufacturing"),
             title="CDMO expansion wave reaches the Research Triangle", by="By <a href=\"/authors/helen-cho\">Helen Cho</a>, Senior Reporter", authors=["Helen Cho"],
             d=datetime.date(2025, 3, 11), upd="03/12/2025 08:15 AM",
             body=["Contract manufacturers are pouring money into North Carolina, with three companies announcing new or expanded plants in the Research Triangle area in the first ten weeks of the year.",
                   "The biggest project is a fill-finish plant for injectable drugs near Holly Springs, where a European contract manufacturer plans to spend about $600 million and hire 400 people by 2028. A second company is doubling the size of a biologics facility in Durham, and a third is adding sterile packaging lines in Raleigh.",
                   "Executives cite the region's workforce programs and the cluster of big drug companies already there. State officials have also offered incentive packages tied to hiring targets, and community colleges run short courses that train operators for clean room work.",
                   "The boom has a downside for smaller firms, which say they are losing experienced staff to the new plants. Recruiters report that salaries for quality assurance specialists in the area rose by double digits over the past year."],
             must="State officials have also offered incentive packages tied to hiring targets, and community colleges run short courses that train operators for clean room work."),
        dict(path="/news/supply-chain/1.4820455", slug="sterile-injectable-shortages-ease-but-capacity-stays-thin", sec=("supply-chain", "Supply Chain"),
             title="Sterile injectable shortages ease, but capacity stays thin", by="Mark Feldman | Contributing Writer", authors=["Mark Feldman"],
             d=datetime.date(2025, 3, 5), upd=None,
             body=["The number of sterile injectable drugs in short supply in the United States fell for the fourth quarter in a row at the end of 2024, according to figures compiled by hospital pharmacists, but manufacturers and buyers warn that the system remains fragile.",
                   "Most of the improvement came from a handful of older generic products, including chemotherapy drugs that were scarce in 2023 after a large plant in India stopped production. New suppliers and imports approved on a temporary basis have filled most of those gaps.",
                   "The underlying economics have not changed much. Generic injectables sell for low prices under long hospital contracts, and few companies are willing to build new sterile lines for products that earn only a few cents per vial.",
                   "Hospital purchasing groups say they are now signing longer contracts with minimum volume commitments to encourage investment. Whether that will be enough to bring new capacity online before the next shortage is an open question."],
             must="Generic injectables sell for low prices under long hospital contracts, and few companies are willing to build new sterile lines for products that earn only a few cents per vial."),
        dict(path="/news/policy/1.4819802", slug="three-states-move-to-force-pbm-rebate-disclosures", sec=("policy", "Policy"),
             title="Three states move to force PBM rebate disclosures", by="By PTD Staff", authors=["PTD Staff"],
             d=datetime.date(2025, 2, 27), upd=None,
             body=["Lawmakers in three states have introduced bills this year that would require pharmacy benefit managers to disclose how much of the rebates they collect from drug makers is passed on to health plans and patients.",
                   "The bills, in Arkansas, Colorado and Vermont, follow a model drafted by a coalition of independent pharmacies. Each would require annual reports to the state insurance regulator, and two would let the regulator publish the totals for each benefit manager.",
                   "Benefit managers argue that the reports would reveal commercially sensitive terms and could raise costs by weakening their position in negotiations with manufacturers. Pharmacy groups counter that the lack of transparency makes it impossible to know whether rebates lower prices at the counter.",
                   "Similar laws passed in several states over the past five years have had mixed results. Regulators in some of those states say the reports arrive late or in formats that make comparisons difficult."],
             must="Each would require annual reports to the state insurance regulator, and two would let the regulator publish the totals for each benefit manager."),
    ]
    gurl, gp = GHOST_SYND["fda-decentralized-trial-guidance-line-by-line"]
    copy = dict(path="/news/regulatory/1.4820911", slug="fda-decentralized-trial-guidance-line-by-line", sec=("regulatory", "Regulatory"),
                title=gp["title"], by="By Nadia Petrova, Regulatory Dose", authors=["Nadia Petrova"], d=datetime.date(2025, 3, 5), upd=None, body=gp["body"])
    SECS = [("manufacturing", "Manufacturing"), ("supply-chain", "Supply Chain"), ("policy", "Policy"), ("regulatory", "Regulatory")]
    webinar = ("/webinars/1.4817760/", "Webinar: Building resilient sterile supply chains")
    wp = ("/whitepapers/1.4816112/", "Whitepaper: Serialization readiness for DSCSA 2025")
    ad = "SPONSORED: Lonza small-molecule capacity now available in 2025. Talk to our team."

    def shell(title, inner, head=""):
        nav = "".join('<li><a href="/news/%s/">%s</a></li>' % (s, E(t)) for s, t in SECS)
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta name="generator" content="Atex Polopoly / Naviga Web"><meta name="viewport" content="width=device-width">%s'
                '<link rel="stylesheet" href="/polopoly_fs/7.123!/css/site.css"></head><body class="p-body"><div id="page"><div class="p-top-ad"><div class="ad-label">Advertisement</div><div class="ad-slot" id="div-gpt-ad-leaderboard"></div></div>'
                '<header class="p-header"><div class="p-masthead"><a href="/" class="p-logo">%s</a><span class="p-tagline">Business news for the pharmaceutical supply chain</span></div>'
                '<nav class="p-nav"><ul>%s<li><a href="/webinars/">Webinars</a></li><li><a href="/whitepapers/">Whitepapers</a></li><li><a href="/events/">Events</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav></header>'
                '<div class="p-content">%s</div><footer class="p-footer"><ul><li><a href="/about-us/">About us</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/newsletter-signup/">Newsletters</a></li></ul><p>&copy; 2025 PharmaTrade Media LLC</p></footer></div></body></html>') % (
            E(title), head, E(name), nav, inner)

    def teaser(a):
        return '<div class="p-teaser"><span class="p-teaser-section">%s</span><h3 class="p-teaser-title"><a href="%s/%s">%s</a></h3><span class="p-teaser-date">%s</span></div>' % (
            E(a["sec"][1]), a["path"], a["slug"], E(a["title"]), a["d"].strftime("%m/%d/%Y"))

    def page(a, canonical=None, note=""):
        upd = '<span class="p-updated">Updated %s</span>' % a["upd"] if a["upd"] else ""
        others = [b for b in arts if b["path"] != a["path"]][:2]
        body = ps(a["body"][:2], ' class="p-text"') + '<div class="p-inline-ad"><div class="ad-label">Advertisement</div><p>%s</p></div>' % E(ad) + ps(a["body"][2:], ' class="p-text"') + note
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="author" content="%s"><meta name="publish-date" content="%s">') % (
            canonical or U(h, a["path"] + "/" + a["slug"]), E(a["title"]), E(", ".join(a["authors"])), a["d"].strftime("%m/%d/%Y"))
        inner = ('<div class="p-main"><article class="p-article" data-contentid="%s"><div class="p-article-section"><a href="/news/%s/">%s</a></div><h1 class="p-headline">%s</h1>'
                 '<div class="p-article-meta"><span class="p-byline">%s</span> <span class="p-dateline">%s</span> %s</div>'
                 '<div class="p-article-body">%s</div><div class="p-article-tools"><a href="mailto:?subject=%s">Email</a> <a href="javascript:window.print()">Print</a></div></article>'
                 '<div class="p-related"><h4>More from PharmaTrade Daily</h4>%s</div></div>'
                 '<aside class="p-rail"><div class="p-rail-box"><h4>Upcoming webinar</h4><a href="%s">%s</a></div><div class="p-rail-box"><h4>Featured whitepaper</h4><a href="%s">%s</a></div></aside>') % (
            a["path"].rsplit("/", 1)[-1], a["sec"][0], E(a["sec"][1]), E(a["title"]), a["by"], a["d"].strftime("%m/%d/%Y"), upd, body, E(a["title"]),
            "".join(teaser(b) for b in others), webinar[0], E(webinar[1]), wp[0], E(wp[1]))
        return shell("%s | %s" % (a["title"], name), inner, head), others

    for a in arts:
        doc, others = page(a)
        art(h, a["path"] + "/" + a["slug"], doc, a["title"], a["d"].isoformat(), a["authors"], must=[a["must"]], must_not=[ad, others[0]["title"]])
    note = '<p class="p-text p-origin"><em>This article originally appeared in <a href="%s">Regulatory Dose</a>, a newsletter on drug regulation, and is republished with permission.</em></p>' % gurl
    doc, _ = page(copy, canonical=gurl, note=note)
    write_page(OUT, h, copy["path"] + "/" + copy["slug"] + "/", doc)
    truth["synd"].append({"copy": U(h, copy["path"] + "/" + copy["slug"]), "orig": gurl})

    alla = sorted(arts + [copy], key=lambda a: a["d"], reverse=True)
    non(h, "/", shell("%s - Pharmaceutical supply chain news" % name, '<div class="p-main"><div class="p-front"><h2 class="p-front-title">Top stories</h2>%s</div><div class="p-front-sponsored"><span class="p-label">Sponsored</span><a href="%s">%s</a></div></div>' % (
        "".join(teaser(a) for a in alla), wp[0], E(wp[1]))))
    for s, t in SECS:
        non(h, "/news/%s/" % s, shell("%s | %s" % (t, name), '<div class="p-main"><h1 class="p-section-title">%s</h1>%s</div>' % (E(t), "".join(teaser(a) for a in alla if a["sec"][0] == s))))
    non(h, "/authors/helen-cho", shell("Helen Cho | %s" % name, '<div class="p-main"><div class="p-author"><h1>Helen Cho</h1><p class="p-author-title">Senior Reporter</p><p>Helen Cho covers contract manufacturing and biologics from Raleigh.</p></div>%s</div>' % teaser(arts[0])))
    non(h, webinar[0], shell("%s | %s" % (webinar[1], name), ('<div class="p-main"><article class="p-webinar"><div class="p-label">Webinar | Sponsored by Westbrook Pharma Services</div><h1 class="p-headline">%s</h1>'
        '<div class="p-webinar-when">Wednesday, 04/16/2025, 11:00 AM ET | 60 minutes</div><p>Join our editors and supply chain leaders from two hospital systems for a discussion of dual sourcing, buffer stock and the new federal incentives for domestic sterile manufacturing. Attendees will receive a recording and slides.</p>'
        '<form><input placeholder="Email"><button>Register</button></form><p>Background reading: <a href="%s/%s">%s</a></p></article></div>') % (E(webinar[1]), arts[1]["path"], arts[1]["slug"], E(arts[1]["title"]))))
    non(h, "/webinars/", shell("Webinars | %s" % name, '<div class="p-main"><h1>Webinars</h1><ul><li><a href="%s">%s</a> 04/16/2025</li></ul></div>' % (webinar[0], E(webinar[1]))))
    non(h, wp[0], shell("%s | %s" % (wp[1], name), ('<div class="p-main"><article class="p-whitepaper"><div class="p-label">Sponsored Whitepaper</div><h1 class="p-headline">%s</h1><p>Provided by TraceLink Partners</p>'
        '<p>The final phase of the Drug Supply Chain Security Act requires interoperable, electronic tracing at the package level. This whitepaper outlines a readiness checklist for manufacturers, wholesalers and dispensers.</p><form><input placeholder="Email"><input placeholder="Company"><button>Download</button></form><a href="/">Home</a></article></div>') % E(wp[1])))
    non(h, "/whitepapers/", shell("Whitepapers | %s" % name, '<div class="p-main"><h1>Whitepapers</h1><ul><li><a href="%s">%s</a></li></ul></div>' % (wp[0], E(wp[1]))))
    non(h, "/events/", shell("Events | %s" % name, '<div class="p-main"><h1>Events</h1><div class="p-event"><h3><a href="/events/pharma-supply-chain-forum-2025/">Pharma Supply Chain Forum 2025</a></h3><p>06/10/2025 - 06/11/2025 | Philadelphia, PA</p></div></div>'))
    non(h, "/events/pharma-supply-chain-forum-2025/", shell("Pharma Supply Chain Forum 2025 | %s" % name, '<div class="p-main"><article class="p-event-page"><h1>Pharma Supply Chain Forum 2025</h1><p class="p-event-when">June 10-11, 2025, Pennsylvania Convention Center, Philadelphia</p><p>Two days of sessions on sourcing, cold chain and compliance, plus an exhibit hall with more than 80 vendors.</p><a href="/events/">All events</a> <a href="%s/%s">Read: %s</a></article></div>' % (arts[0]["path"], arts[0]["slug"], E(arts[0]["title"]))))
    non(h, "/jobs/", shell("Jobs | %s" % name, '<div class="p-main"><h1>PharmaTrade Jobs</h1><ul class="p-jobs"><li><a href="/jobs/qa-specialist-sterile-manufacturing-raleigh-nc/">QA Specialist, Sterile Manufacturing</a> - Raleigh, NC - Posted 03/10/2025</li><li><a href="/jobs/regulatory-affairs-manager-remote/">Regulatory Affairs Manager</a> - Remote - Posted 03/07/2025</li></ul></div>'))
    non(h, "/jobs/qa-specialist-sterile-manufacturing-raleigh-nc/", shell("QA Specialist, Sterile Manufacturing | Jobs | %s" % name, '<div class="p-main"><article class="p-job"><h1>QA Specialist, Sterile Manufacturing</h1><p>Triangle BioFill, Raleigh, NC | Posted 03/10/2025</p><p>Review batch records, support investigations and lead clean room audits at a new fill-finish facility. Three years of GMP experience required.</p><a href="/jobs/">Back to jobs</a></article></div>'))
    non(h, "/about-us/", shell("About us | %s" % name, '<div class="p-main"><h1>About PharmaTrade Daily</h1><p>PharmaTrade Daily is read every morning by 40,000 professionals in pharmaceutical manufacturing, distribution and policy.</p><a href="/">Home</a></div>'))
    sitemap(h, ["/"] + [a["path"] + "/" + a["slug"] for a in arts])


# ---------------------------------------------------------------- 9 Drupal UK agriculture paper
def drupal():
    h = host(9)
    name = "Arable & Livestock Trader"
    users = {"fiona-marsh": ("Fiona Marsh", "Arable Editor"), "gareth-lloyd": ("Gareth Lloyd", "Dairy Editor"),
             "sian-powell": ("Siân Powell", "Contributing writer"), "emma-holt": ("Emma Holt", "News Reporter")}
    arts = [
        dict(path="/news/arable/fertiliser-prices-ease-spring-applications-begin", tax=("arable", "Arable"), nid=48213,
             title="Fertiliser prices ease as spring applications begin", by=["fiona-marsh"], t=at("2025-03-03 09:00", 0),
             body=["Nitrogen fertiliser prices have eased slightly as spring applications get under way, giving arable growers some relief after a winter in which many held off buying in the hope of a fall.",
                   "Ammonium nitrate made in the UK was trading at around £350 a tonne delivered last week, down about £15 from January, according to merchants. Imported product was cheaper still, though supplies at some ports were tight because of delayed shipments.",
                   "Agronomists say the wet autumn left many winter wheat crops thin and backward, so the timing of the first nitrogen dressing will matter more than usual this year. Some growers are splitting their applications to avoid losses if heavy rain returns.",
                   "Merchants expect prices to stay broadly flat until the main application window closes, after which attention will turn to buying for next season."],
             must="Some growers are splitting their applications to avoid losses if heavy rain returns."),
        dict(path="/news/dairy/milk-buyers-trim-april-prices-butter-market-softens", tax=("dairy", "Dairy"), nid=48240,
             title="Milk buyers trim April prices as butter market softens", by=["gareth-lloyd", "sian-powell"], t=at("2025-03-05 14:30", 0),
             body=["Several of the largest milk buyers have announced cuts to their April milk price, blaming a fall in butter and cream values since the turn of the year.",
                   "The reductions range from half a penny to just over a penny a litre on standard litre prices. Processors say wholesale butter prices have dropped by about a fifth since December as milk supplies in Europe recovered faster than expected after last year's disease outbreaks.",
                   "Farmers' groups said the cuts came at a difficult time, with feed and fertiliser still expensive and many herds facing the cost of spring turnout. Some producers on contracts with a single buyer say they have little choice but to absorb the lower prices.",
                   "Market analysts think the worst of the decline may be over. Forward prices for butter steadied in late February, and demand from China has picked up slightly."],
             must="Some producers on contracts with a single buyer say they have little choice but to absorb the lower prices."),
        dict(path="/news/livestock/bluetongue-restricted-zone-extended-across-east-anglia", tax=("livestock", "Livestock"), nid=48277,
             title="Bluetongue restricted zone extended across East Anglia", by=["emma-holt"], t=at("2025-03-10 16:45", 0),
             body=["The bluetongue restricted zone in England has been extended to cover the whole of Norfolk and Suffolk after new cases were confirmed in cattle on two farms near the coast.",
                   "Animals within the zone can move freely between farms inside it, but movements out of the zone require a pre-movement test or must go directly to slaughter. Livestock markets in the area can continue to trade, with extra controls on animals sold to buyers outside the zone.",
                   "Vets say the risk of further spread is low until the weather warms and the midges that carry the virus become active again. They are urging farmers to consider vaccination before the vector season begins in April.",
                   "The National Farmers Union said the extension was expected but warned that the testing costs would hit smaller beef and sheep producers hardest."],
             must="They are urging farmers to consider vaccination before the vector season begins in April."),
    ]
    mpu = "Partner content: Protect your yield potential with a tailored spring nitrogen plan from Greenfield Agronomy."

    def shell(title, inner, head="", cls="path-frontpage"):
        return ('<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title>%s<link rel="stylesheet" media="all" href="/sites/default/files/css/css_9kQ2.css"></head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
                '<div class="layout-container"><header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">%s</a>'
                '<div class="site-slogan">The weekly for British farming businesses</div></div></div>'
                '<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu"><li class="menu-item"><a href="/news/arable">Arable</a></li><li class="menu-item"><a href="/news/dairy">Dairy</a></li><li class="menu-item"><a href="/news/livestock">Livestock</a></li><li class="menu-item"><a href="/markets">Markets</a></li><li class="menu-item"><a href="/events">Events</a></li><li class="menu-item"><a href="/podcast">Podcast</a></li><li class="menu-item"><a href="/jobs">Jobs</a></li></ul></nav></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">%s</div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu"><li><a href="/about-us">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav><p>&copy; 2025 Trader Media Ltd. Registered in England and Wales.</p></div></footer></div></div></body></html>') % (
            E(title), head, cls, E(name), inner)

    def when(t):
        return "%d %s %d" % (t.day, t.strftime("%B"), t.year)

    def teaser(a):
        return ('<article class="node node--type-article node--view-mode-teaser"><div class="field field--name-field-section"><a href="/news/%s" hreflang="en">%s</a></div><h3 class="node__title"><a href="%s" rel="bookmark"><span class="field field--name-title">%s</span></a></h3>'
                '<div class="field field--name-field-published-date"><time datetime="%s">%s</time></div></article>') % (
            a["tax"][0], E(a["tax"][1]), a["path"], E(a["title"]), a["t"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), when(a["t"]))

    for a in arts:
        t = a["t"]
        names = [users[u][0] for u in a["by"]]
        parts = ['<a href="/author/%s" hreflang="en">%s</a>, %s' % (u, E(users[u][0]), E(users[u][1])) for u in a["by"]]
        byl = "By " + (", and ".join(parts) if len(parts) > 1 else parts[0])
        others = [b for b in arts if b is not a]
        body = ps(a["body"][:2]) + '<div class="paragraph paragraph--type--partner-mpu"><span class="partner-label">Partner content</span><p>%s</p></div>' % E(mpu.split(": ", 1)[1]) + ps(a["body"][2:])
        head = ('<link rel="canonical" href="%s"><link rel="shortlink" href="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="dcterms.date" content="%s">%s') % (
            U(h, a["path"]), U(h, "/node/%d" % a["nid"]), E(name), E(a["title"]), t.strftime("%Y-%m-%dT%H:%M:%S+0000"), t.strftime("%Y-%m-%dT%H:%M%z"),
            jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"], "name": a["title"], "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": name}}]}))
        inner = ('<div data-drupal-messages-fallback class="hidden"></div><div id="block-breadcrumbs"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/%s">%s</a></li></ol></nav></div>'
                 '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
                 '<article data-history-node-id="%d" role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full">'
                 '<div class="node__meta"><div class="field field--name-field-byline field--type-string field--label-hidden field__item">%s</div>'
                 '<div class="field field--name-field-published-date field--type-datetime field--label-hidden field__item"><time datetime="%s">%s</time></div></div>'
                 '<div class="node__content"><div class="field field--name-field-image"><img src="/sites/default/files/styles/wide/public/2025-03/%d.jpg" alt=""></div>'
                 '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                 '<div class="field field--name-field-tags field--label-inline"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/news/%s" hreflang="en">%s</a></div></div></div></div></article>'
                 '<div class="views-element-container block-views-block-related"><h2>You may also like</h2>%s</div>') % (
            a["tax"][0], E(a["tax"][1]), E(a["title"]), a["nid"], a["path"], byl, t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), when(t), a["nid"], body,
            a["tax"][0], E(a["tax"][1]), "".join(teaser(b) for b in others))
        art(h, a["path"], shell("%s | %s" % (a["title"], name), inner, head, "path-node page-node-type-article"), a["title"], t.strftime("%Y-%m-%d"), names,
            must=[a["must"]], must_not=[mpu.split(": ", 1)[1], others[0]["title"]])

    alla = sorted(arts, key=lambda a: a["t"], reverse=True)
    spons = '<article class="node node--type-sponsored node--view-mode-teaser"><span class="sponsored-label">Sponsored</span><h3><a href="/whitepapers/spring-nitrogen-planning-guide">Spring nitrogen planning guide</a></h3><p>In association with Greenfield Agronomy</p></article>'
    non(h, "/", shell(name, '<div class="views-element-container"><h2 class="block-title">Latest news</h2>%s%s</div><div class="block-markets"><a href="/markets">Today&#39;s markets</a></div>' % ("".join(teaser(a) for a in alla), spons)))
    for a in arts:
        non(h, "/news/%s" % a["tax"][0], shell("%s | %s" % (a["tax"][1], name), '<h1 class="page-title">%s</h1><div class="view view-taxonomy-term">%s</div><nav class="pager"><ul><li class="pager__item is-active">1</li></ul></nav>' % (E(a["tax"][1]), teaser(a)), cls="path-taxonomy"))
    for u, (n, role) in users.items():
        mine = [a for a in alla if u in a["by"]]
        non(h, "/author/%s" % u, shell("%s | %s" % (n, name), '<h1 class="page-title">%s</h1><div class="field field--name-field-job-title">%s</div><div class="view view-author-content">%s</div>' % (E(n), E(role), "".join(teaser(a) for a in mine)), cls="path-user"))
    non(h, "/markets", shell("Markets | %s" % name, ('<h1 class="page-title">Markets</h1><p>Prices as at 10 March 2025.</p><table class="views-table"><thead><tr><th>Commodity</th><th>Price</th><th>Change</th></tr></thead>'
        '<tbody><tr><td>Feed wheat, ex-farm (£/t)</td><td>176.50</td><td>-1.50</td></tr><tr><td>Milling wheat (£/t)</td><td>201.00</td><td>+0.50</td></tr><tr><td>AN 34.5%% (£/t)</td><td>350</td><td>-15</td></tr><tr><td>Deadweight cattle (p/kg)</td><td>612.4</td><td>+3.1</td></tr></tbody></table>'
        '<p>Related: <a href="%s">%s</a></p>') % (arts[0]["path"], E(arts[0]["title"])), cls="path-markets"))
    non(h, "/events", shell("Events | %s" % name, '<h1 class="page-title">Events</h1><div class="view view-events"><article class="node node--type-event node--view-mode-teaser"><h3><a href="/events/grassland-and-muck-2025">Grassland &amp; Muck 2025</a></h3><div class="field--name-field-event-date">21 May 2025 - 22 May 2025</div></article></div>', cls="path-events"))
    non(h, "/events/grassland-and-muck-2025", shell("Grassland & Muck 2025 | %s" % name, ('<h1 class="page-title"><span class="field field--name-title">Grassland &amp; Muck 2025</span></h1><article class="node node--type-event node--view-mode-full">'
        '<div class="field field--name-field-event-date">21 May 2025 - 22 May 2025</div><div class="field field--name-field-venue">Stoneleigh Park, Warwickshire</div><div class="field field--name-body"><p>Working demonstrations of grass and forage machinery, soil and slurry sessions, and a dairy technical seminar programme. Our editors will be on stand 214.</p></div>'
        '<div class="field field--name-field-link"><a href="https://grasslandandmuck.example/tickets">Book tickets</a></div></article><p><a href="%s">%s</a></p>') % (arts[1]["path"], E(arts[1]["title"])), cls="path-node page-node-type-event"))
    non(h, "/podcast", shell("The Farm Gate podcast | %s" % name, '<h1 class="page-title">The Farm Gate podcast</h1><div class="view view-podcast"><article class="node node--type-podcast node--view-mode-teaser"><h3><a href="/podcast/farm-gate-episode-44-bluetongue-what-next">Episode 44: Bluetongue, what next?</a></h3><div>12 March 2025</div></article></div>', cls="path-podcast"))
    non(h, "/podcast/farm-gate-episode-44-bluetongue-what-next", shell("Episode 44: Bluetongue, what next? | %s" % name, ('<h1 class="page-title"><span class="field field--name-title">Episode 44: Bluetongue, what next?</span></h1><article class="node node--type-podcast node--view-mode-full">'
        '<div class="field field--name-field-episode-date"><time datetime="2025-03-12T07:00:00Z">12 March 2025</time></div><div class="field field--name-field-audio"><audio controls src="/sites/default/files/podcast/farm-gate-44.mp3"></audio></div>'
        '<div class="field field--name-body"><p>Emma Holt talks to a Suffolk vet about the extended restricted zone and the vaccine.</p></div><p>Read: <a href="%s">%s</a></p></article>') % (arts[2]["path"], E(arts[2]["title"])), cls="path-node page-node-type-podcast"))
    non(h, "/whitepapers/spring-nitrogen-planning-guide", shell("Spring nitrogen planning guide | %s" % name, '<h1 class="page-title">Spring nitrogen planning guide</h1><article class="node node--type-sponsored"><span class="sponsored-label">Sponsored</span><p>In association with Greenfield Agronomy</p><p>Download our free guide to planning nitrogen applications on thin and backward crops.</p><form class="webform-submission-form"><input type="email" placeholder="Email"><input type="submit" value="Download"></form></article>', cls="path-node page-node-type-sponsored"))
    non(h, "/jobs", shell("Jobs | %s" % name, '<h1 class="page-title">Farming jobs</h1><div class="view view-jobs"><div class="views-row"><h3><a href="/jobs/herd-manager-400-cow-dairy-devon">Herd manager, 400-cow dairy, Devon</a></h3><div>Closing date: 31 March 2025</div></div></div>', cls="path-jobs"))
    non(h, "/jobs/herd-manager-400-cow-dairy-devon", shell("Herd manager, 400-cow dairy, Devon | %s" % name, '<h1 class="page-title">Herd manager, 400-cow dairy, Devon</h1><article class="node node--type-job"><div class="field--name-field-salary">£38,000 - £42,000 plus house</div><div class="field--name-field-closing-date">Closing date: 31 March 2025</div><div class="field field--name-body"><p>A progressive family farm seeks an experienced herd manager for a 400-cow all-year-round calving herd. Responsibilities include fertility, youngstock and a team of four.</p></div><a href="/jobs">All jobs</a></article>', cls="path-node page-node-type-job"))
    non(h, "/about-us", shell("About us | %s" % name, '<h1 class="page-title">About us</h1><div class="field field--name-body"><p>Arable &amp; Livestock Trader has served British farmers since 1962, with news, markets and technical advice every Thursday.</p></div><a href="/">Home</a>', cls="path-node page-node-type-page"))
    sitemap(h, ["/"] + [a["path"] for a in alla])


# ---------------------------------------------------------------- 10 BNP-like HVAC/construction journal (relative dates)
def bnp():
    h = host(10)
    name = "Mechanical Contractor Journal"
    t1 = NOW - datetime.timedelta(days=2)
    t2 = NOW - datetime.timedelta(hours=5)
    t3 = at("2025-03-03 08:00", -5)
    arts = [
        dict(path="/articles/98110-heat-pump-shipments-outpace-gas-furnaces-for-third-straight-year", topic=("2745-residential-hvac", "Residential HVAC"),
             title="Heat Pump Shipments Outpace Gas Furnaces for Third Straight Year", teaser="Air-source heat pumps again led furnaces in 2024 as incentives and new construction favored electrification.",
             by=[("Nick Alvarez", "Senior Editor", "2210-nick-alvarez")], t=t1, shown="Published 2 days ago", truthdate="fetch-day2",
             body=["Shipments of air-source heat pumps in the United States again outpaced gas furnaces last year, the third year in a row that heat pumps have come out ahead, according to figures from the industry's trade association.",
                   "Manufacturers shipped about 4.1 million heat pumps and 3.3 million gas furnaces in 2024. The gap narrowed in the last quarter, when cold weather in the Midwest pushed up furnace replacements, but the annual trend still favored heat pumps.",
                   "Contractors attribute the shift to federal tax credits, state rebates and the rising number of builders who install heat pumps as the only heating system in new homes. In the South, where heat pumps have long been common, the change has been smaller.",
                   "Industry analysts warned that the numbers for 2025 could be uneven. The refrigerant transition may cause some buyers to delay purchases, and several state rebate programs have paused while they wait for new funding."],
             must="Contractors attribute the shift to federal tax credits, state rebates and the rising number of builders who install heat pumps as the only heating system in new homes."),
        dict(path="/articles/98131-contractors-brace-for-a2l-refrigerant-changeover", topic=("2746-refrigerants", "Refrigerants"),
             title="Contractors Brace for A2L Refrigerant Changeover", teaser="Training, not equipment, is the bottleneck as R-410A systems leave distributor shelves.",
             by=[("Dana Price", "Contributing Writer", "3315-dana-price")], t=t2, shown="Published 5 hours ago", truthdate="fetch-5",
             body=["With the last of the old R-410A equipment disappearing from distributor shelves, residential contractors are rushing to train technicians on the mildly flammable A2L refrigerants that replace it.",
                   "Most of the changes are about handling rather than design. Technicians need leak detectors and recovery machines rated for the new gases, and some jurisdictions require refrigerant detectors inside homes where the equipment is installed in small closets.",
                   "Several contractors said the cost of new tools was manageable, but the time taken out of the schedule for training was not. One owner of a twenty-truck shop in Ohio said he had taken technicians off the road for two days each at the busiest time of the winter.",
                   "Distributors expect the transition to be mostly complete by the summer cooling season, when contractors will have little time left for classroom work."],
             must="One owner of a twenty-truck shop in Ohio said he had taken technicians off the road for two days each at the busiest time of the winter."),
        dict(path="/articles/97804-mechanical-contractor-backlog-slips-in-february-survey", topic=("2747-commercial-construction", "Commercial Construction"),
             title="Mechanical Contractor Backlog Slips in February Survey", teaser="Data centers and hospitals stay busy; offices and retail slow down.",
             by=[("Nick Alvarez", "Senior Editor", "2210-nick-alvarez")], t=t3, shown="Published March 3, 2025", truthdate="2025-03-03",
             body=["Mechanical contractors reported slightly shorter backlogs in February, according to a monthly survey of specialty contractors, the first decline since the autumn.",
                   "The average firm reported about 8.4 months of work under contract, down from 8.9 months in January. Contractors working on data centers and hospitals remained busy, but those focused on offices and retail said fewer projects were reaching the bidding stage.",
                   "Profit margin expectations also slipped. Many firms said the cost of copper, steel pipe and electrical gear had risen faster than they could pass on under fixed-price contracts signed last year.",
                   "Economists who follow the survey said the numbers still point to a healthy market, but one that is becoming more uneven between sectors."],
             must="Contractors working on data centers and hospitals remained busy, but those focused on offices and retail said fewer projects were reaching the bidding stage."),
    ]
    webinar = ("/webinars/3872-designing-with-a2l-refrigerants-in-commercial-buildings", "Designing With A2L Refrigerants in Commercial Buildings")
    wp = ("/whitepapers/1190-the-contractors-guide-to-heat-pump-sizing", "The Contractor's Guide to Heat Pump Sizing")
    TOP = [("2745-residential-hvac", "Residential HVAC"), ("2746-refrigerants", "Refrigerants"), ("2747-commercial-construction", "Commercial Construction")]

    def shell(title, inner, head="", cls="page"):
        nav = "".join('<li class="main-nav__item"><a href="/topics/%s">%s</a></li>' % (s, E(t)) for s, t in TOP)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/ext/resources/css/site.min.css?v=2025"></head><body class="%s"><div class="site-wrapper">'
                '<div class="leaderboard-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>'
                '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav class="main-nav"><ul>%s<li class="main-nav__item"><a href="/webinars">Webinars</a></li><li class="main-nav__item"><a href="/whitepapers">Whitepapers</a></li><li class="main-nav__item"><a href="/podcasts">Podcasts</a></li><li class="main-nav__item"><a href="/events">Events</a></li><li class="main-nav__item"><a href="/jobs">Career Center</a></li></ul></nav>'
                '<div class="site-header__actions"><a href="/subscribe">Subscribe</a> <a href="/enewsletters">eNewsletters</a> <form action="/search" class="site-search"><input name="q"></form></div></header>'
                '<div class="main-content">%s</div><footer class="site-footer"><ul><li><a href="/about">About Us</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/advertise">Advertise</a></li></ul><p>Copyright &copy;2025. All Rights Reserved BNP Media.</p></footer></div></body></html>') % (
            E(title), head, cls, E(name), nav, inner)

    def teaser(a):
        return ('<div class="article-summary"><div class="article-summary__topic"><a href="/topics/%s">%s</a></div><h2 class="article-summary__headline"><a href="%s">%s</a></h2>'
                '<div class="article-summary__teaser">%s</div><div class="article-summary__byline">%s</div></div>') % (
            a["topic"][0], E(a["topic"][1]), a["path"], E(a["title"]), E(a["teaser"]), E(a["by"][0][0]))

    for a in arts:
        t = a["t"]
        names = [n for n, _, _ in a["by"]]
        byl = "".join('<div class="author-byline"><a class="author-byline__name" href="/authors/%s">%s</a><span class="author-byline__title"> | %s</span></div>' % (p, E(n), E(r)) for n, r, p in a["by"])
        others = [b for b in arts if b is not a]
        body = ps(a["body"][:3]) + '<div class="in-article-ad"><span class="ad-label">Advertisement</span></div>' + ps(a["body"][3:])
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:description" content="%s"><meta name="keywords" content="%s">%s') % (
            U(h, a["path"]), E(a["title"]), E(a["teaser"]), E(a["topic"][1]),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["teaser"], "datePublished": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": U(h, a["path"])}))
        inner = ('<div class="article-page"><div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/topics/%s">%s</a></div><article class="article">'
                 '<div class="article__topic"><a href="/topics/%s">%s</a></div><h1 class="headline article__headline">%s</h1><div class="article__teaser">%s</div>'
                 '<div class="article__meta">%s<div class="article__date">%s</div></div><div class="article__share"><a href="/reprints">Reprints</a> <a href="#">Share</a></div>'
                 '<div class="body gsd-paywall article-body">%s</div><div class="article__keywords"><span>KEYWORDS:</span> <a href="/topics/%s">%s</a></div></article>'
                 '<section class="related-articles"><h3>Related Articles</h3>%s</section>'
                 '<section class="article-cta"><h3>Stay in the know with Mechanical Contractor Journal&#39;s eNewsletters.</h3><a href="/enewsletters">Sign up</a></section></div>'
                 '<aside class="sidebar"><div class="sidebar-box"><h4>Webinar</h4><a href="%s">%s</a></div><div class="sidebar-box sponsored"><span class="sponsored-label">Sponsored</span><a href="%s">%s</a></div></aside>') % (
            a["topic"][0], E(a["topic"][1]), a["topic"][0], E(a["topic"][1]), E(a["title"]), E(a["teaser"]), byl, a["shown"], body, a["topic"][0], E(a["topic"][1]),
            "".join(teaser(b) for b in others), webinar[0], E(webinar[1]), wp[0], E(wp[1]))
        art(h, a["path"], shell("%s | %s" % (a["title"], name), inner, head, "article-page-body"), a["title"], a["truthdate"], names,
            must=[a["must"]], must_not=["Stay in the know with Mechanical Contractor Journal", others[0]["teaser"]])

    alla = sorted(arts, key=lambda a: a["t"], reverse=True)
    non(h, "/", shell(name, '<div class="home-page"><section class="top-stories"><h2>Latest News</h2>%s</section><section class="sponsored-content"><span class="sponsored-label">Sponsored Content</span><a href="%s">%s</a></section><section><h2>Upcoming Webinars</h2><a href="%s">%s</a></section></div>' % (
        "".join(teaser(a) for a in alla), wp[0], E(wp[1]), webinar[0], E(webinar[1])), cls="home"))
    for s, t in TOP:
        non(h, "/topics/" + s, shell("%s | %s" % (t, name), '<div class="topic-page"><h1 class="topic-page__title">%s</h1>%s</div>' % (E(t), "".join(teaser(a) for a in alla if a["topic"][0] == s)), cls="topic"))
    for n, r, p in {(x[0], x[1], x[2]) for a in arts for x in a["by"]}:
        non(h, "/authors/" + p, shell("%s | %s" % (n, name), '<div class="author-page"><h1>%s</h1><div class="author-page__title">%s</div><p>%s writes about HVAC equipment, refrigerants and the contractors who install them.</p><h2>Articles by %s</h2>%s</div>' % (
            E(n), E(r), E(n), E(n), "".join(teaser(a) for a in alla if a["by"][0][0] == n)), cls="author"))
    non(h, webinar[0], shell("%s | %s" % (webinar[1], name), ('<div class="webinar-page"><div class="webinar-page__label">Webinar</div><h1 class="webinar-page__title">%s</h1><div class="webinar-page__date">April 9, 2025 | 2:00 PM EDT | 1 PDH</div>'
        '<div class="webinar-page__sponsor">Sponsored by Coolridge Systems</div><p>A2L refrigerants change the rules for machinery rooms, ventilation and leak detection in commercial buildings. This session walks engineers and contractors through the updated safety standards and shows three real designs.</p>'
        '<form class="registration"><input placeholder="Email"><button>Register Now</button></form><p>Background: <a href="%s">%s</a></p></div>') % (E(webinar[1]), arts[1]["path"], E(arts[1]["title"])), cls="webinar"))
    non(h, "/webinars", shell("Webinars | %s" % name, '<div class="listing"><h1>Webinars</h1><ul><li><a href="%s">%s</a></li></ul></div>' % (webinar[0], E(webinar[1])), cls="listing"))
    non(h, wp[0], shell("%s | %s" % (wp[1], name), '<div class="whitepaper-page"><span class="sponsored-label">Sponsored Content</span><h1>%s</h1><p>Courtesy of Coolridge Systems</p><p>Oversized heat pumps short-cycle, waste energy and leave homes clammy. This free guide explains Manual J and Manual S in plain language with worked examples.</p><form><input placeholder="Email"><button>Download</button></form></div>' % E(wp[1]), cls="whitepaper"))
    non(h, "/whitepapers", shell("Whitepapers | %s" % name, '<div class="listing"><h1>Whitepapers</h1><ul><li><a href="%s">%s</a></li></ul></div>' % (wp[0], E(wp[1])), cls="listing"))
    non(h, "/podcasts", shell("Podcasts | %s" % name, '<div class="listing"><h1>The MCJ Podcast</h1><ul><li><a href="/podcasts/44-the-a2l-transition-with-two-contractors">Episode 44: The A2L transition, with two contractors</a></li></ul></div>', cls="listing"))
    non(h, "/podcasts/44-the-a2l-transition-with-two-contractors", shell("Episode 44: The A2L Transition, With Two Contractors | %s" % name, ('<div class="podcast-page"><h1>Episode 44: The A2L Transition, With Two Contractors</h1><div class="podcast-page__player"><iframe src="https://player.example/mcj44"></iframe></div>'
        '<p>Dana Price talks with two residential contractors about training and tools. Runtime 32 minutes.</p><p>Read: <a href="%s">%s</a></p></div>') % (arts[1]["path"], E(arts[1]["title"])), cls="podcast"))
    non(h, "/events", shell("Events | %s" % name, '<div class="listing"><h1>Events</h1><div class="event"><h3><a href="/events/mcj-top-contractors-summit-2025">MCJ Top Contractors Summit 2025</a></h3><p>October 7-8, 2025 | Nashville, TN</p></div></div>', cls="listing"))
    non(h, "/events/mcj-top-contractors-summit-2025", shell("MCJ Top Contractors Summit 2025 | %s" % name, '<div class="event-page"><h1>MCJ Top Contractors Summit 2025</h1><p class="event-page__when">October 7-8, 2025 | Gaylord Opryland, Nashville, TN</p><p>Two days of sessions on growth, hiring and service agreements for mechanical contractors, plus the Top Contractors awards dinner.</p><a href="/events">All events</a> <a href="/">Home</a></div>', cls="event"))
    non(h, "/jobs", shell("Career Center | %s" % name, '<div class="job-board"><h1>HVAC Career Center</h1><ul><li><a href="/jobs/service-technician-commercial-hvac-columbus-oh">Service Technician, Commercial HVAC</a> - Columbus, OH</li><li><a href="/jobs/project-manager-mechanical-denver-co">Project Manager, Mechanical</a> - Denver, CO</li></ul></div>', cls="jobs"))
    non(h, "/jobs/service-technician-commercial-hvac-columbus-oh", shell("Service Technician, Commercial HVAC | Career Center", '<div class="job-posting"><h1>Service Technician, Commercial HVAC</h1><p>Buckeye Mechanical | Columbus, OH | Full-time</p><p>Diagnose and repair rooftop units, chillers and boilers for commercial customers. EPA 608 Universal required; A2L training provided.</p><a href="/jobs">Back to Career Center</a></div>', cls="jobs"))
    non(h, "/about", shell("About Us | %s" % name, '<div class="page"><h1>About Us</h1><p>Mechanical Contractor Journal serves HVAC, plumbing and mechanical contractors with news, business advice and technical training.</p><a href="/">Home</a></div>'))
    sitemap(h, ["/"] + [a["path"] for a in alla])


# ---------------------------------------------------------------- 11 German food-trade paper
def german():
    h = host(11)
    name = "Handelsblick Lebensmittel"
    paywall = "Weiterlesen mit Handelsblick Plus"
    lesen = "Lesen Sie auch:"
    authors = {"katrin-sommer": "Katrin Sommer", "joerg-albers": "Jörg Albers", "miriam-keck": "Miriam Keck", "stefan-wirth": "Stefan Wirth"}
    arts = [
        dict(path="/handel/discounter-bauen-eigenmarken-bei-molkereiprodukten-aus-a-1184520", res=("handel", "Handel"), kicker="Kühlregal",
             title="Discounter bauen Eigenmarken bei Molkereiprodukten aus", by=["katrin-sommer"], t=at("2025-03-04 00:30", 1), plus=False,
             teaser="Mehrere Ketten verhandeln mit Molkereien über zusätzliche Mengen für Joghurt, Quark und Käse unter eigenem Label.",
             body=["Die großen Discounter wollen den Anteil ihrer Eigenmarken im Kühlregal weiter erhöhen. Nach Informationen dieser Zeitung verhandeln mehrere Ketten derzeit mit Molkereien über zusätzliche Mengen für Joghurt, Quark und Käse unter eigenem Label.",
                   "Hintergrund sind die Preisrunden des vergangenen Jahres, in denen viele Markenhersteller höhere Preise durchgesetzt haben. Die Händler wollen ihren Kunden nun günstigere Alternativen bieten und zugleich ihre Abhängigkeit von einzelnen Lieferanten verringern.",
                   "Für die Molkereien ist das Geschäft zwiespältig. Eigenmarken sorgen für eine sichere Auslastung der Anlagen, bringen aber deutlich geringere Margen als die eigenen Marken, die mit viel Werbung aufgebaut wurden.",
                   "Branchenkenner erwarten, dass die neuen Verträge ab dem Sommer wirksam werden. Einige mittelständische Molkereien prüfen bereits, ob sie zusätzliche Kapazitäten für die Handelsmarken schaffen."],
             must="Für die Molkereien ist das Geschäft zwiespältig."),
        dict(path="/politik/verpackungsverordnung-haendler-fuerchten-mehrkosten-a-1183977", res=("politik", "Politik"), kicker="EU-Recht",
             title="Verpackungsverordnung: Händler fürchten Mehrkosten", by=["joerg-albers", "miriam-keck"], t=at("2025-02-27 14:15", 1), plus=True,
             teaser="Neue Mehrwegquoten und Verbote für Einwegverpackungen stellen den Handel vor teure Umstellungen.",
             body=["Die neue EU-Verpackungsverordnung stellt den Lebensmittelhandel vor erhebliche Umstellungen. Ab 2030 sollen bestimmte Einwegverpackungen für Obst und Gemüse weitgehend verschwinden, und für Getränke gelten strengere Mehrwegquoten.",
                   "Handelsverbände rechnen mit Kosten in dreistelliger Millionenhöhe für neue Logistik, Rücknahmesysteme und Regalumbauten. Besonders kleinere Händler befürchten, dass sie die Investitionen nicht stemmen können, während große Ketten eigene Lösungen entwickeln.",
                   "Die Hersteller verweisen darauf, dass viele Details noch offen sind. Die Kommission muss in den kommenden Jahren zahlreiche Durchführungsrechtsakte erlassen, die festlegen, wie die Quoten berechnet und kontrolliert werden.",
                   "Der Handelsverband fordert deshalb längere Übergangsfristen und einheitliche Vorgaben für ganz Europa. Nationale Sonderwege, etwa bei der Kennzeichnung von Mehrwegbehältern, würden die Kosten zusätzlich erhöhen, heißt es in einer Stellungnahme."],
             must="Die Kommission muss in den kommenden Jahren zahlreiche Durchführungsrechtsakte erlassen, die festlegen, wie die Quoten berechnet und kontrolliert werden."),
        dict(path="/industrie/muehlen-rechnen-mit-stabilen-mehlpreisen-a-1185102", res=("industrie", "Industrie"), kicker="Getreide",
             title="Mühlen rechnen mit stabilen Mehlpreisen", by=["stefan-wirth"], t=at("2025-03-10 09:45", 1), plus=False,
             teaser="Der Weizenmarkt hat sich beruhigt, doch Bäckereien bleiben unter Kostendruck.",
             body=["Die deutschen Mühlen erwarten für das laufende Jahr weitgehend stabile Mehlpreise. Nach den Preissprüngen der vergangenen Jahre habe sich der Weizenmarkt beruhigt, teilte der Branchenverband bei seiner Jahrespressekonferenz mit.",
                   "Die Vorräte aus der letzten Ernte reichen nach Angaben des Verbands bis in den Sommer. Zwar war die Qualität in einigen Regionen wegen des nassen Wetters schwächer, doch die Mühlen konnten dies durch Mischungen mit Importweizen ausgleichen.",
                   "Für Bäckereien bleibt die Lage trotzdem angespannt. Energie und Personal sind nach wie vor deutlich teurer als vor drei Jahren, und viele Betriebe haben ihre Preise im Herbst bereits angehoben.",
                   "Der Verband rechnet damit, dass sich die Zahl der Mühlen in Deutschland weiter verringert. Vor allem kleine Betriebe finden oft keine Nachfolger."],
             must="Energie und Personal sind nach wie vor deutlich teurer als vor drei Jahren, und viele Betriebe haben ihre Preise im Herbst bereits angehoben."),
    ]
    RES = [("handel", "Handel"), ("industrie", "Industrie"), ("politik", "Politik")]

    def shell(title, inner, head="", cls="page"):
        nav = "".join('<li><a href="/%s/">%s</a></li>' % (s, t) for s, t in RES)
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/assets/css/hb.css"></head>'
                '<body class="%s"><div class="cmp-banner" role="dialog"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung auszuspielen.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>'
                '<header class="header"><div class="header__date">Fachzeitung für den Lebensmittelhandel</div><a class="header__logo" href="/">%s</a><nav class="header__nav"><ul>%s<li><a href="/stellenmarkt/">Stellenmarkt</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/webinare/">Webinare</a></li><li><a href="/whitepaper/">Whitepaper</a></li></ul></nav>'
                '<div class="header__account"><a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></div></header><main class="main">%s</main>'
                '<footer class="footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/mediadaten/">Mediadaten</a></li></ul><p>&copy; 2025 Handelsblick Fachverlag GmbH, Frankfurt am Main</p></footer></body></html>') % (
            E(title), head, cls, E(name), nav, inner)

    def stamp(t):
        return t.strftime("%d.%m.%Y, %H:%M Uhr")

    def teaser(a):
        return ('<article class="teaser"><a href="%s"><span class="teaser__kicker">%s</span>%s<h3 class="teaser__title">%s</h3><p class="teaser__text">%s</p></a><div class="teaser__meta">%s</div></article>') % (
            a["path"], E(a["kicker"]), '<span class="badge badge--plus">Plus</span>' if a["plus"] else "", E(a["title"]), E(a["teaser"]), a["t"].strftime("%d.%m.%Y"))

    for a in arts:
        t = a["t"]
        names = [authors[x] for x in a["by"]]
        byl = "Von " + " und ".join('<a href="/autoren/%s/">%s</a>' % (x, E(authors[x])) for x in a["by"])
        others = [b for b in arts if b is not a]
        body = ps(a["body"][:2]) + '<div class="article__readalso"><strong>%s</strong> <a href="%s">%s</a></div>' % (lesen, others[0]["path"], E(others[0]["title"])) + ps(a["body"][2:])
        if a["plus"]:
            body += ('<div class="paywall"><div class="paywall__fade"></div><div class="paywall__box"><span class="badge badge--plus">Plus</span><h3>%s</h3><p>Jetzt 4 Wochen für 1 Euro testen und alle Artikel lesen.</p><a class="button" href="/abo/">Jetzt testen</a><p>Bereits Abonnent? <a href="/login/">Anmelden</a></p></div></div>') % paywall
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:locale" content="de_DE">'
                '<meta name="author" content="%s">%s') % (
            U(h, a["path"]), E(a["teaser"]), E(a["title"]), E(", ".join(names)),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": t.isoformat(), "dateModified": t.isoformat(),
                "author": [{"@type": "Person", "name": n} for n in names], "isAccessibleForFree": not a["plus"],
                "publisher": {"@type": "Organization", "name": name}, "articleSection": a["res"][1], "inLanguage": "de-DE"}))
        inner = ('<article class="article"><header class="article__header"><nav class="breadcrumb"><a href="/">Startseite</a> / <a href="/%s/">%s</a></nav>'
                 '<h1 class="article__title"><span class="article__kicker">%s</span><span class="visually-hidden">: </span><span class="article__headline">%s</span></h1>%s'
                 '<p class="article__teaser">%s</p><div class="article__meta"><span class="article__author">%s</span> <time class="article__date" datetime="%s">%s</time></div></header>'
                 '<div class="article__body">%s</div><div class="article__tags"><a href="/%s/">%s</a></div></article>'
                 '<aside class="article__aside"><div class="ad ad--sponsored"><span class="ad__label">Anzeige</span><a href="/whitepaper/kaeltetechnik-im-supermarkt/">Whitepaper: Kältetechnik im Supermarkt effizient betreiben</a></div>'
                 '<div class="mostread"><h4>Meistgelesen</h4>%s</div></aside>') % (
            a["res"][0], a["res"][1], E(a["kicker"]), E(a["title"]), '<span class="badge badge--plus">Plus</span>' if a["plus"] else "", E(a["teaser"]), byl,
            t.isoformat(), stamp(t), body, a["res"][0], a["res"][1], "".join(teaser(b) for b in others))
        local = t.strftime("%Y-%m-%d")
        mn = [lesen, "Kältetechnik im Supermarkt"] + ([paywall] if a["plus"] else [])
        art(h, a["path"], shell("%s | %s" % (a["title"], name), inner, head, "article-page"), a["title"], local, names,
            instant=iso(t) if local != t.astimezone(UTC).strftime("%Y-%m-%d") else None, must=[a["must"]], must_not=mn)

    alla = sorted(arts, key=lambda a: a["t"], reverse=True)
    anz = '<article class="teaser teaser--sponsored"><span class="ad__label">Anzeige</span><a href="/whitepaper/kaeltetechnik-im-supermarkt/"><h3>Kältetechnik im Supermarkt effizient betreiben</h3></a></article>'
    non(h, "/", shell("%s – Nachrichten für den Lebensmittelhandel" % name, '<section class="home"><h2 class="visually-hidden">Aktuelle Nachrichten</h2>%s%s</section>' % ("".join(teaser(a) for a in alla), anz), cls="home"))
    for s, tl in RES:
        non(h, "/%s/" % s, shell("%s | %s" % (tl, name), '<section class="ressort"><h1>%s</h1>%s</section>' % (tl, "".join(teaser(a) for a in alla if a["res"][0] == s)), cls="ressort"))
    for x, n in authors.items():
        non(h, "/autoren/%s/" % x, shell("%s | %s" % (n, name), '<section class="author"><h1>%s</h1><p>Redakteurin/Redakteur bei %s.</p><h2>Artikel von %s</h2>%s</section>' % (
            E(n), E(name), E(n), "".join(teaser(a) for a in alla if x in a["by"])), cls="author"))
    non(h, "/stellenmarkt/", shell("Stellenmarkt | %s" % name, '<section class="jobs"><h1>Stellenmarkt</h1><ul><li><a href="/stellenmarkt/category-manager-molkereiprodukte-m-w-d-hamburg-88231/">Category Manager Molkereiprodukte (m/w/d)</a> – Hamburg – 05.03.2025</li><li><a href="/stellenmarkt/marktleitung-m-w-d-leipzig-88190/">Marktleitung (m/w/d)</a> – Leipzig – 03.03.2025</li></ul></section>', cls="jobs"))
    non(h, "/stellenmarkt/category-manager-molkereiprodukte-m-w-d-hamburg-88231/", shell("Category Manager Molkereiprodukte (m/w/d) | Stellenmarkt", '<section class="job"><h1>Category Manager Molkereiprodukte (m/w/d)</h1><p>Nordfrisch Handels GmbH · Hamburg · Vollzeit · veröffentlicht am 05.03.2025</p><p>Sie verantworten das Sortiment der weißen und gelben Linie, führen Jahresgespräche mit Lieferanten und entwickeln unsere Eigenmarken weiter.</p><a href="/stellenmarkt/">Zurück zum Stellenmarkt</a></section>', cls="job"))
    non(h, "/veranstaltungen/", shell("Veranstaltungen | %s" % name, '<section class="events"><h1>Veranstaltungen</h1><div class="event"><h3><a href="/veranstaltungen/handelsblick-forum-2025/">Handelsblick Forum 2025</a></h3><p>24.–25. Juni 2025, Frankfurt am Main</p></div></section>', cls="events"))
    non(h, "/veranstaltungen/handelsblick-forum-2025/", shell("Handelsblick Forum 2025 | %s" % name, '<section class="event"><h1>Handelsblick Forum 2025</h1><p class="event__when">24.–25. Juni 2025 · Kap Europa, Frankfurt am Main</p><p>Der Branchentreff für Handel und Industrie: Vorträge zu Eigenmarken, Preisverhandlungen und Nachhaltigkeit, mit Abendveranstaltung.</p><a class="button" href="/veranstaltungen/handelsblick-forum-2025/tickets/">Tickets sichern</a></section>', cls="event"))
    non(h, "/webinare/", shell("Webinare | %s" % name, '<section class="webinars"><h1>Webinare</h1><ul><li><a href="/webinare/eigenmarken-strategie-2025/">Webinar: Eigenmarken-Strategie 2025</a> – 20.03.2025, 11:00 Uhr</li></ul></section>', cls="webinars"))
    non(h, "/webinare/eigenmarken-strategie-2025/", shell("Webinar: Eigenmarken-Strategie 2025 | %s" % name, ('<section class="webinar"><span class="label">Webinar</span><h1>Eigenmarken-Strategie 2025</h1><p>Donnerstag, 20.03.2025, 11:00–12:00 Uhr · kostenfrei · Mit freundlicher Unterstützung von RetailData Analytics</p>'
        '<p>Wie Händler ihr Eigenmarkensortiment datengestützt steuern: Unsere Redaktion diskutiert mit zwei Category Managern und einer Marktforscherin.</p><form><input placeholder="E-Mail"><button>Jetzt anmelden</button></form><p>Zum Thema: <a href="%s">%s</a></p></section>') % (arts[0]["path"], E(arts[0]["title"])), cls="webinar"))
    non(h, "/whitepaper/", shell("Whitepaper | %s" % name, '<section class="whitepapers"><h1>Whitepaper</h1><ul><li><span class="ad__label">Anzeige</span> <a href="/whitepaper/kaeltetechnik-im-supermarkt/">Kältetechnik im Supermarkt effizient betreiben</a></li></ul></section>', cls="whitepapers"))
    non(h, "/whitepaper/kaeltetechnik-im-supermarkt/", shell("Whitepaper: Kältetechnik im Supermarkt | %s" % name, '<section class="whitepaper"><span class="ad__label">Anzeige</span><h1>Kältetechnik im Supermarkt effizient betreiben</h1><p>Ein Whitepaper von KühlTec Systems</p><p>Erfahren Sie, wie Sie mit natürlichen Kältemitteln und intelligenter Steuerung bis zu 30 Prozent Energie sparen.</p><form><input placeholder="E-Mail"><input placeholder="Unternehmen"><button>Kostenlos herunterladen</button></form></section>', cls="whitepaper"))
    non(h, "/impressum/", shell("Impressum | %s" % name, '<section class="page"><h1>Impressum</h1><p>Handelsblick Fachverlag GmbH, Mainzer Landstraße 50, 60325 Frankfurt am Main. Chefredaktion: Katrin Sommer.</p><a href="/">Startseite</a></section>'))
    sitemap(h, ["/"] + [a["path"] for a in alla])


# ---------------------------------------------------------------- 12 French construction weekly
def french():
    h = host(12)
    name = "Le Bâti Hebdo"
    paywall = "Cet article est réservé aux abonnés"
    authors = {"claire-dubois": "Claire Dubois", "thomas-garnier": "Thomas Garnier", "ines-haddad": "Inès Haddad", "marc-lefebvre": "Marc Lefebvre"}
    arts = [
        dict(path="/logement/logement-neuf-les-mises-en-chantier-repartent-timidement-2412087", rub=("logement", "Logement"),
             title="Logement neuf : les mises en chantier repartent timidement", by=["claire-dubois"], city=None, t=at("2025-03-04 10:15", 1), upd=None, abo=False,
             chapo="Pour la première fois depuis deux ans, le nombre de logements commencés progresse sur un mois.",
             body=["Les mises en chantier de logements neufs ont légèrement progressé en janvier, pour la première fois depuis près de deux ans, selon les chiffres publiés par le ministère.",
                   "Sur trois mois, le nombre de logements commencés reste toutefois inférieur de 8 % à celui de la même période de l'an dernier. Les permis de construire, qui annoncent l'activité des mois suivants, se stabilisent à un niveau historiquement bas.",
                   "Les promoteurs attribuent cette timide reprise à la baisse des taux de crédit immobilier, qui redonne un peu de pouvoir d'achat aux ménages. Ils réclament cependant un élargissement du prêt à taux zéro pour consolider le mouvement.",
                   "Les artisans du bâtiment restent prudents. Beaucoup d'entre eux constatent que leurs carnets de commandes ne se regarnissent pas encore et continuent de réduire leurs effectifs intérimaires."],
             must="Ils réclament cependant un élargissement du prêt à taux zéro pour consolider le mouvement."),
        dict(path="/renovation/renovation-energetique-les-artisans-face-au-nouveau-guichet-2411530", rub=("renovation", "Rénovation"),
             title="Rénovation énergétique : les artisans face au nouveau guichet", by=["thomas-garnier", "ines-haddad"], city=None, t=at("2025-02-27 18:40", 1), upd=None, abo=True,
             chapo="Accompagnement obligatoire, contrôles renforcés : les entreprises redoutent des délais de paiement plus longs.",
             body=["Le nouveau guichet des aides à la rénovation énergétique, ouvert début février, suscite l'inquiétude des artisans du bâtiment, qui redoutent des délais de paiement plus longs.",
                   "Le dispositif impose désormais un accompagnement obligatoire pour les rénovations d'ampleur et des contrôles renforcés avant le versement des subventions. Plusieurs fédérations professionnelles estiment que ces règles, destinées à lutter contre la fraude, vont ralentir les chantiers.",
                   "Les entreprises qui avancent le coût des matériaux craignent pour leur trésorerie. Certaines déclarent déjà refuser les dossiers dont le financement dépend entièrement des aides publiques.",
                   "Les fédérations demandent au gouvernement de garantir un délai maximal de paiement et de simplifier les pièces justificatives exigées. Le ministère a promis un premier bilan du dispositif avant l'été."],
             must="Les entreprises qui avancent le coût des matériaux craignent pour leur trésorerie."),
        dict(path="/materiaux/beton-bas-carbone-un-grand-chantier-lyonnais-sert-de-banc-d-essai-2412650", rub=("materiaux", "Matériaux"),
             title="Béton bas carbone : un chantier lyonnais sert de banc d'essai", by=["marc-lefebvre"], city="Lyon", t=at("2025-03-11 07:00", 1), upd=at("2025-03-11 12:30", 1), abo=False,
             chapo="Sur le futur groupe scolaire, le liant remplace une grande partie du ciment par des laitiers et des argiles calcinées.",
             body=["Sur le chantier d'un futur groupe scolaire à Lyon, les entreprises coulent depuis janvier un béton dont l'empreinte carbone est inférieure de près de moitié à celle d'un béton classique.",
                   "Le liant utilisé remplace une grande partie du ciment par des laitiers de hauts fourneaux et des argiles calcinées. Le maître d'ouvrage, la métropole, en a fait une condition du marché afin de respecter les seuils de la réglementation environnementale.",
                   "Les premiers retours sont encourageants, mais le matériau demande des adaptations. Les temps de décoffrage sont plus longs par temps froid, ce qui oblige à revoir le planning et à prévoir davantage de coffrages.",
                   "Les industriels du béton espèrent que ce type de projet convaincra d'autres collectivités. Ils soulignent que les surcoûts restent limités dès lors que les délais sont anticipés dans les appels d'offres."],
             must="Les premiers retours sont encourageants, mais le matériau demande des adaptations."),
    ]
    RUB = [("logement", "Logement"), ("renovation", "Rénovation"), ("materiaux", "Matériaux")]

    def shell(title, inner, head="", cls="page"):
        nav = "".join('<li class="menu__item"><a href="/%s/">%s</a></li>' % (s, E(t)) for s, t in RUB)
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/static/css/main.css"></head>'
                '<body class="%s"><div id="didomi-host"><div class="didomi-popup"><p>Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l&#39;audience et personnaliser la publicité.</p><button>Accepter</button><button>Continuer sans accepter</button></div></div>'
                '<header class="header"><a class="header__logo" href="/">%s</a><span class="header__baseline">L&#39;hebdomadaire des professionnels du BTP</span>'
                '<nav class="menu"><ul>%s<li class="menu__item"><a href="/appels-d-offres/">Appels d&#39;offres</a></li><li class="menu__item"><a href="/evenements/">Événements</a></li><li class="menu__item"><a href="/emploi/">Emploi</a></li><li class="menu__item"><a href="/livres-blancs/">Livres blancs</a></li></ul></nav>'
                '<a class="header__abo" href="/abonnement/">S&#39;abonner</a></header><main class="main">%s</main>'
                '<footer class="footer"><ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/contact/">Contact</a></li><li><a href="/cgv/">CGV</a></li></ul><p>&copy; 2025 Le Bâti Hebdo – Groupe Batimédia</p></footer></body></html>') % (
            E(title), head, cls, E(name), nav, inner)

    def stamp(t):
        return "%s à %sh%s" % (t.strftime("%d/%m/%Y"), t.strftime("%H"), t.strftime("%M"))

    def teaser(a):
        return ('<article class="card"><a class="card__link" href="%s"><span class="card__rubrique">%s</span>%s<h3 class="card__title">%s</h3><p class="card__chapo">%s</p></a><time class="card__date">%s</time></article>') % (
            a["path"], E(a["rub"][1]), '<span class="card__abo">Abonnés</span>' if a["abo"] else "", E(a["title"]), E(a["chapo"]), a["t"].strftime("%d/%m/%Y"))

    for a in arts:
        t = a["t"]
        names = [authors[x] for x in a["by"]]
        byl = "Par " + " et ".join('<a class="article__author-link" href="/auteur/%s/">%s</a>' % (x, E(authors[x])) for x in a["by"]) + (", à %s" % a["city"] if a["city"] else "")
        others = [b for b in arts if b is not a]
        body = ps(a["body"])
        if a["abo"]:
            body += ('<div class="paywall"><p class="paywall__title">%s</p><p>Profitez de notre offre découverte : 1 € le premier mois.</p><a class="button" href="/abonnement/">Je m&#39;abonne</a><p>Déjà abonné ? <a href="/connexion/">Se connecter</a></p></div>') % paywall
        dates = '<p class="article__date">Publié le <time datetime="%s">%s</time>' % (t.isoformat(), stamp(t))
        if a["upd"]:
            dates += ' – Mis à jour le <time datetime="%s">%s</time>' % (a["upd"].isoformat(), stamp(a["upd"]))
        dates += "</p>"
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:locale" content="fr_FR">'
                '<meta property="article:published_time" content="%s">%s%s') % (
            U(h, a["path"]), E(a["chapo"]), E(a["title"]), t.isoformat(),
            '<meta property="article:modified_time" content="%s">' % a["upd"].isoformat() if a["upd"] else "",
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["chapo"], "datePublished": t.isoformat(),
                "dateModified": (a["upd"] or t).isoformat(), "author": [{"@type": "Person", "name": n} for n in names], "isAccessibleForFree": not a["abo"],
                "publisher": {"@type": "Organization", "name": name}}))
        inner = ('<article class="article"><div class="article__header"><div class="article__rubrique"><a href="/%s/">%s</a>%s</div><h1 class="article__title">%s</h1>'
                 '<p class="article__chapo">%s</p><div class="article__meta"><p class="article__author">%s</p>%s</div></div>'
                 '<figure class="article__figure"><img src="/mediatheque/%s.jpg" alt=""><figcaption>© Batimédia</figcaption></figure>'
                 '<div class="article__body">%s</div><div class="article__mots-cles"><span>Mots-clés :</span> <a href="/%s/">%s</a></div></article>'
                 '<aside class="sidebar"><div class="sidebar__sponso"><span class="label">Contenu sponsorisé</span><a href="/livres-blancs/isolation-biosourcee/">Livre blanc : réussir l&#39;isolation biosourcée</a></div>'
                 '<div class="sidebar__list"><h4>À lire aussi</h4>%s</div></aside>') % (
            a["rub"][0], E(a["rub"][1]), ' <span class="article__abo">Abonnés</span>' if a["abo"] else "", E(a["title"]), E(a["chapo"]), byl, dates,
            a["path"].rsplit("-", 1)[-1], body, a["rub"][0], E(a["rub"][1]), "".join(teaser(b) for b in others))
        mn = ["Livre blanc", others[0]["chapo"]] + ([paywall] if a["abo"] else [])
        art(h, a["path"], shell("%s - %s" % (a["title"], name), inner, head, "article"), a["title"], t.strftime("%Y-%m-%d"), names,
            must=[a["must"]], must_not=mn)

    alla = sorted(arts, key=lambda a: a["t"], reverse=True)
    sponso = '<article class="card card--sponso"><span class="label">Contenu sponsorisé</span><a href="/livres-blancs/isolation-biosourcee/"><h3>Réussir l&#39;isolation biosourcée</h3></a></article>'
    non(h, "/", shell("%s - Actualités du BTP" % name, '<section class="une"><h2>À la une</h2>%s%s</section>' % ("".join(teaser(a) for a in alla), sponso), cls="home"))
    for s, tl in RUB:
        non(h, "/%s/" % s, shell("%s - %s" % (tl, name), '<section class="rubrique"><h1>%s</h1>%s</section>' % (E(tl), "".join(teaser(a) for a in alla if a["rub"][0] == s)), cls="rubrique"))
    for x, n in authors.items():
        non(h, "/auteur/%s/" % x, shell("%s - %s" % (n, name), '<section class="auteur"><h1>%s</h1><p>Journaliste au Bâti Hebdo.</p><h2>Ses derniers articles</h2>%s</section>' % (E(n), "".join(teaser(a) for a in alla if x in a["by"])), cls="auteur"))
    non(h, "/appels-d-offres/", shell("Appels d'offres - %s" % name, '<section class="aao"><h1>Appels d&#39;offres</h1><ul><li><a href="/appels-d-offres/construction-d-un-groupe-scolaire-villeurbanne-2025-0412/">Construction d&#39;un groupe scolaire – Villeurbanne (69)</a> – date limite : 28/03/2025</li><li><a href="/appels-d-offres/rehabilitation-thermique-de-120-logements-nantes-2025-0398/">Réhabilitation thermique de 120 logements – Nantes (44)</a> – date limite : 04/04/2025</li></ul></section>', cls="aao"))
    non(h, "/appels-d-offres/construction-d-un-groupe-scolaire-villeurbanne-2025-0412/", shell("Construction d'un groupe scolaire – Villeurbanne - Appels d'offres", '<section class="aao-detail"><h1>Construction d&#39;un groupe scolaire – Villeurbanne (69)</h1><dl><dt>Acheteur</dt><dd>Ville de Villeurbanne</dd><dt>Procédure</dt><dd>Procédure adaptée</dd><dt>Date limite de réception des offres</dt><dd>28/03/2025 à 12h00</dd></dl><p>Lot 1 : gros œuvre. Lot 2 : charpente bois. Lot 3 : menuiseries extérieures.</p><a href="/appels-d-offres/">Tous les appels d&#39;offres</a></section>', cls="aao"))
    non(h, "/evenements/", shell("Événements - %s" % name, '<section class="events"><h1>Événements</h1><div class="event"><h3><a href="/evenements/trophees-du-bati-2025/">Trophées du Bâti 2025</a></h3><p>12 juin 2025, Paris</p></div><div class="event"><h3><a href="/webinaires/re2020-seuil-2025/">Webinaire : RE2020, ce qui change avec le seuil 2025</a></h3><p>25/03/2025 à 11h00</p></div></section>', cls="events"))
    non(h, "/evenements/trophees-du-bati-2025/", shell("Trophées du Bâti 2025 - %s" % name, '<section class="event"><h1>Trophées du Bâti 2025</h1><p>Jeudi 12 juin 2025 – Pavillon Cambon, Paris</p><p>Les Trophées récompensent chaque année les entreprises, maîtres d&#39;ouvrage et architectes pour des réalisations exemplaires. Candidatures jusqu&#39;au 15 avril.</p><a href="/evenements/">Tous les événements</a></section>', cls="event"))
    non(h, "/webinaires/re2020-seuil-2025/", shell("Webinaire : RE2020, ce qui change avec le seuil 2025 - %s" % name, ('<section class="webinaire"><span class="label">Webinaire</span><h1>RE2020 : ce qui change avec le seuil 2025</h1><p>Mardi 25 mars 2025 à 11h00 – En partenariat avec Ciments Rhodaniens</p>'
        '<p>Nos journalistes et deux bureaux d&#39;études détaillent les nouveaux seuils carbone et leurs conséquences sur le choix des matériaux.</p><form><input placeholder="E-mail professionnel"><button>Je m&#39;inscris</button></form><p>À lire : <a href="%s">%s</a></p></section>') % (arts[2]["path"], E(arts[2]["title"])), cls="webinaire"))
    non(h, "/emploi/", shell("Emploi - %s" % name, '<section class="emploi"><h1>Offres d&#39;emploi</h1><ul><li><a href="/emploi/conducteur-de-travaux-gros-oeuvre-h-f-lyon-55120/">Conducteur de travaux gros œuvre (H/F)</a> – Lyon – CDI</li></ul></section>', cls="emploi"))
    non(h, "/emploi/conducteur-de-travaux-gros-oeuvre-h-f-lyon-55120/", shell("Conducteur de travaux gros œuvre (H/F) - Emploi", '<section class="offre"><h1>Conducteur de travaux gros œuvre (H/F)</h1><p>Rhône Bâtiment – Lyon (69) – CDI – publiée le 06/03/2025</p><p>Vous pilotez des chantiers de logements collectifs de 40 à 80 logements, encadrez les chefs de chantier et assurez le suivi financier.</p><a href="/emploi/">Retour aux offres</a></section>', cls="offre"))
    non(h, "/livres-blancs/", shell("Livres blancs - %s" % name, '<section class="lb"><h1>Livres blancs</h1><ul><li><span class="label">Contenu sponsorisé</span> <a href="/livres-blancs/isolation-biosourcee/">Réussir l&#39;isolation biosourcée</a></li></ul></section>', cls="lb"))
    non(h, "/livres-blancs/isolation-biosourcee/", shell("Livre blanc : réussir l'isolation biosourcée - %s" % name, '<section class="lb-detail"><span class="label">Contenu sponsorisé</span><h1>Réussir l&#39;isolation biosourcée</h1><p>Un livre blanc proposé par FibraNat</p><p>Fibre de bois, chanvre, ouate de cellulose : comparatif des performances et retours de chantier. Téléchargement gratuit.</p><form><input placeholder="E-mail"><button>Télécharger</button></form></section>', cls="lb"))
    non(h, "/abonnement/", shell("S'abonner - %s" % name, '<section class="abo"><h1>Abonnez-vous au Bâti Hebdo</h1><p>Accès illimité aux articles, à l&#39;édition numérique et aux alertes appels d&#39;offres.</p><a href="/">Retour à l&#39;accueil</a></section>', cls="abo"))
    sitemap(h, ["/"] + [a["path"] for a in alla])


for build in (substack, beehiiv, ghost, buttondown, mailchimp, revue, brightspot, naviga, drupal, bnp, german, french):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
