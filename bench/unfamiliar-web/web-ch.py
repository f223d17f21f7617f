"""Web ch: local broadcast and student news in the US, Canada, the UK and
Australia. Twelve sites on 127.0.7.161-172 (port 18158): local TV stations
on the templates of the big station groups, a public radio station, a
Canadian radio group's news site and student newspapers, each with the
service pages such sites carry around their stories (weather, radar,
closings and bus cancellations, traffic and road reports, watch-live and
newscast schedules, TV listings, contests and their official rules, team
pages and anchor/DJ/reporter bios, community calendars, obituaries, staff
mastheads, print-edition archives, sports schedules, advertising pages).

 1 KVTX 12 - Nexstar-like WordPress VIP (Waco, CST/CDT): "by: Maria Lopez,
   Dan Kim", "Posted: Feb 11, 2025 / 07:38 PM CST" (next day in UTC) and
   "Updated:", the inline "Trending Stories:" list inside the content, the
   Nexstar copyright line, a Daily Headlines pitch, "Video Now"; an AP
   story "by: JOSH MARTIN, Associated Press" (JSON-LD the same), a
   "Katie Rowe, Nexstar Media Wire" story, a video-first story. Around it:
   weather, interactive radar, closings and delays, traffic, contests, the
   sweepstakes official rules as a WordPress post on the article template
   ("by: KVTX 12", Posted stamp, og:type article), a pick 'em contest, watch
   live, TV listings, meet the team, an anchor bio (og:type article), about,
   community calendar, advertise, author archive, two section fronts.
 2 WXVA 6 News - Gray-like Arc XP (Roanoke, EST): Fusion.globalContent with
   credits.by, "Published: Feb. 12, 2025 at 5:45 PM EST | Updated: 2 hours
   ago", "Copyright 2025 WXVA. All rights reserved."; a "By WXVA Staff"
   story at 11:02 PM EST (JSON-LD Person "WXVA Staff"), the Gray News story
   "By Sarah Mitchell and Gray News staff" ("The Associated Press
   contributed to this report"). Weather, radar, closings, livestream, news
   front, community calendar, contests, general contest rules, meet the
   team, about, advertise, video hub, Legacy obituaries, author page.
 3 KMTW 7 - the same Gray template (Billings, MST): the Gray News story
   again 77 minutes later (a syndicated copy, own canonical), a 6:15 PM MST
   story, a two-reporter video story; a team bio published as a dated Arc
   story under /2022/08/15/, road conditions, high school sports schedule
   and the Gray service pages of site 2.
 4 KPTR - Sinclair-like station platform (Medford, Pacific): "by Jenna
   Ruiz" with her title, "Wed, February 12th 2025 at 5:45 PM" with no zone
   (JSON-LD in UTC: the next day), TOPICS, "Report a Typo", "More to
   Explore"; a National Desk story "by Alex Rivera, The National Desk", a
   video-first "by KPTR Staff" story. Weather, radar, section fronts, live,
   contests and official rules, news team, reporter bio, about, TV
   schedule, community events, topic page, advertise.
 5 KDNV 5 - TEGNA-like (Denver, MST): "Author: Nora Whitfield", "Published:
   9:12 PM MST February 11, 2025", inline "RELATED:" lines and a
   "SUGGESTED VIDEOS: Local Stories" playlist inside the article body; the
   AP story of site 1 as "Author: JOSH MARTIN (Associated Press)" 35
   minutes later (a syndicated copy), an "Author: Associated Press" story,
   a two-author video story. A team bio and a contest's official rules
   published on the article template (Author: KDNV Staff, Published stamp,
   NewsArticle JSON-LD), weather, radar, traffic, closings, watch, local
   news, community, about, TV schedule, advertise.
 6 WKYR 89.1 - NPR member station on Grove/Brightspot (Lexington, EST/EDT):
   ArtP markup, "Published February 12, 2025 at 5:45 PM EST", "Listen •
   3:52", author cards with bios, the "Support local journalism" donate box,
   newsletter box; a two-reporter story with a collaborative's note, an NPR
   story ending "Copyright 2025 NPR". Schedule, two show pages, a person
   page, staff, support, underwriting, community calendar, podcasts, about,
   local news.
 7 The Campus Ledger - SNO FLEX student newspaper (US): "Name, News Editor"
   bylines from SNO's writer field while Yoast, meta author and the RSS
   creator name the posting account "Ledger Web Desk", photo credits in
   captions, the SNO donation widget, comments; an editorial signed "The
   Ledger Editorial Board" with the board's members named in a note
   (authors []). Staff masthead, a staff profile, print editions (issuu),
   section and tag archives, sports schedules, about, advertise, donate
   (WordPress pages with og:type article).
 8 CKNO News - Bell/CTV-like local TV (Northern Ontario, EST/EDT): "Melanie
   Tremblay / CKNO News Sudbury Videojournalist", "Published Wednesday,
   February 12, 2025 5:45PM EST", a Canadian Press story "Jordan Whitlock /
   The Canadian Press" and one credited to "The Canadian Press" alone, both
   with "This report by The Canadian Press was first published ...", a
   video story. Weather, live, TV schedule, news team, a bio, contests and
   rules, community calendar, school bus cancellations, advertise, section.
 9 Peace River Now - Canadian radio group news site (Grande Prairie):
   "Written by Jessica Kovacs | Feb 12, 2025 | 3:15 PM", "With files from
   The Canadian Press", a "Peace River Now Staff" story; obituaries and an
   obituary page, contests and rules, on-air lineup and a morning-show bio,
   community events, road reports, weather, listen live, advertise, news.
10 Severn TV News - UK regional ITV-like Next.js site: "By Severn TV News
   reporter Gethin Rhys", "Report by Severn TV News' Claire Hodges", "By
   Amira Khan and Tom Lacey", "Wednesday 12 February 2025, 5:45pm",
   JSON-LD author the Organization, __NEXT_DATA__ with the byline string, a
   cookie banner. Weather, watch the latest programme, TV guide,
   presenters and a bio, topic page, travel, send us your story, viewers'
   pictures, about.
11 The Beacon - UK student newspaper on WordPress + tagDiv Newspaper:
   "By Ffion Evans, News Editor", "12th February 2025", a comment piece with
   the writer's tagline, a two-writer sport story with a photography
   credit, comments, related and "Most Popular" modules. About, team,
   author archive, print editions (PDFs), get involved, advertise,
   category and tag archives, complaints policy, contact.
12 Riverina 8 News - Australian regional TV: two stories dated only "3
   hours ago" / "2 days ago" (no machine-readable date; truth fetch-3 and
   fetch-day2), one "By Tom Harding, AAP", one "Posted Wed 11 Jun 2025,
   7:30am AEST" (the day before in UTC); a "Got a story?" tip line inside
   the article. Weather, watch, section, team, a bio, contact,
   competitions and terms, community noticeboard, advertise, funeral
   notices, roads.

Truth: 40 articles, 151 non-articles, 2 syndicated copies in "synd" (the
Gray News story on sites 2 and 3, the AP story on sites 1 and 5; the
earlier is the original). Authors are the bylined people: wire, desk and
station credits alone ("The Associated Press", "Associated Press", "The
Canadian Press", "Gray News staff", "WXVA Staff", "KPTR Staff", "Peace River
Now Staff", "The Ledger Editorial Board") give [], a wire reporter's
all-caps name is written as in prose ("JOSH MARTIN" gives "Josh Martin"),
job titles, "The National Desk", photographers and "With files from" are
not authors. Dates are the page's local day, with the UTC instant where
the stated time falls on another UTC day.

Crawled with /tmp/nr-start: stories 40: title 40, date 40, authors 30 right;
non-articles stored 11 of 151; bodies checked 40: 6 wrong; syndicated
copies 2: original kept for 2. Authors: the AP reporter kept in capitals
("JOSH MARTIN") on the Nexstar and TEGNA copies; station, desk and wire
credits kept as names ("WXVA Staff", "KPTR Staff", TEGNA's "Associated
Press", "The Canadian Press", "Peace River Now" from "Peace River Now
Staff"); the SNO editorial took the posting account "Ledger Web Desk" from
Yoast/meta; on two Severn stories the JSON-LD Organization "Severn TV News"
replaced the reporter named in "By Severn TV News reporter Gethin Rhys" /
"Report by Severn TV News' Claire Hodges". Non-articles stored: bios
published on the article template (TEGNA team bio, Gray's dated Arc bio,
the Nexstar anchor bio page), the TEGNA contest rules, the Peace River Now
obituary, CKNO's school bus cancellations, Severn's travel page, and four
student-paper WordPress pages (SNO staff masthead and sports schedules,
the Beacon's print editions and get-involved). Bodies: TEGNA's "SUGGESTED
VIDEOS" playlist on three stories, the Riverina "Got a story?" tip line on
all three.
"""
import datetime, html, json, os, sys, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18158
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
MON = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MON]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


class When:
    """A publication moment: local wall time in a named zone."""

    def __init__(self, local, zone):
        self.l = datetime.datetime.fromisoformat(local).replace(tzinfo=zoneinfo.ZoneInfo(zone))
        self.u = self.l.astimezone(UTC)

    def iso(self):
        return self.l.isoformat()

    def utc(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def z(self, ms=".000"):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S") + ms + "Z"

    def rfc(self):
        return self.u.strftime("%a, %d %b %Y %H:%M:%S +0000")

    def plus(self, minutes):
        w = When.__new__(When)
        w.l = self.l + datetime.timedelta(minutes=minutes)
        w.u = w.l.astimezone(UTC)
        return w

    @property
    def tz(self):
        return self.l.tzname()

    @property
    def lday(self):
        return self.l.strftime("%Y-%m-%d")

    @property
    def inst(self):
        # the instant is at stake only when the local day is not the UTC day
        return self.u.strftime("%Y-%m-%dT%H:%M") if self.l.date() != self.u.date() else None

    def h12(self, fmt="%d:%02d %s", lower=False, pad=False):
        h = self.l.hour % 12 or 12
        ap = "AM" if self.l.hour < 12 else "PM"
        if lower:
            ap = ap.lower()
        return ("%02d:%02d %s" if pad else fmt) % (h, self.l.minute, ap)


class Ago:
    """A moment shown only as a relative time: hours (or days) before now."""

    def __init__(self, hours=0, days=0, zone="UTC"):
        self.hours, self.days = hours, days
        self.u = NOW - datetime.timedelta(hours=hours, days=days)
        self.l = self.u.astimezone(zoneinfo.ZoneInfo(zone))

    @property
    def truth(self):
        return "fetch-day%d" % self.days if self.days else "fetch-%d" % self.hours


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (160 + n), PORT, truth)

    def story(self, st, doc):
        """A story from its dict: path, title, when (When or Ago), au (truth
        authors), paras; must = its first and last paragraph (after any
        dateline), must_not = boxes around it."""
        w = st["when"]
        if isinstance(w, Ago):
            date, inst = w.truth, None
        else:
            date, inst = w.lday, w.inst
        paras = st["paras"]
        first = paras[0]
        for sep in (" — ", ") - ", ") – ", " -- "):
            if sep in first[:70]:
                first = first.split(sep, 1)[1]
                break
        must = st.get("must") or [first, paras[-1]]
        self.art(st["path"], doc, st["title"], date, st["au"], instant=inst, must=must, must_not=list(st.get("mn", [])))
        if st.get("orig"):
            truth["synd"].append({"orig": st["orig"], "copy": self.url(st["path"])})
        st["url"] = self.url(st["path"])

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def urlset(self, path, paths, lastmod=None):
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
            "<url><loc>%s</loc>%s</url>" % (E(self.url(p)), ("<lastmod>%s</lastmod>" % lastmod[p]) if lastmod and p in lastmod else "") for p in paths))

    def newsmap(self, path, stories, name, lang="en"):
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % "".join(
            "<url><loc>%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>%s</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>" % (
                E(self.url(st["path"])), E(name), lang, st["when"].utc(), E(st["title"])) for st in stories if isinstance(st["when"], When)))

    def robots(self, sitemaps, disallow=("/search",), extra=""):
        self.raw("/robots.txt", "User-agent: *\n%s\n%s\n%s" % ("\n".join("Disallow: %s" % d for d in disallow), extra,
                                                             "".join("Sitemap: %s\n" % self.url(p) for p in sitemaps)))

    def rss2(self, path, title, desc, items, lang="en-us", creator=True):
        """items: stories (dicts) with path, title, when, byline; RSS 2.0."""
        it = []
        for st in items:
            w = st["when"]
            pub = w.rfc() if isinstance(w, When) else w.u.strftime("%a, %d %b %Y %H:%M:%S +0000")
            it.append("<item><title>%s</title><link>%s</link>%s<pubDate>%s</pubDate><guid isPermaLink=\"true\">%s</guid><description><![CDATA[%s]]></description></item>" % (
                E(st["title"]), E(self.url(st["path"])), ("<dc:creator><![CDATA[%s]]></dc:creator>" % st.get("rss_by") or st.get("byline") or "") if creator else "",
                pub, E(self.url(st["path"])), st.get("dek") or st["paras"][0][:200]))
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title>'
                 '<atom:link href="%s" rel="self" type="application/rss+xml"/><link>%s</link><description>%s</description><language>%s</language><lastBuildDate>%s</lastBuildDate>%s</channel></rss>' % (
                     E(title), E(self.url(path)), E(self.url("/")), E(desc), lang, NOW.strftime("%a, %d %b %Y %H:%M:%S +0000"), "".join(it)))


def join_names(names, conj=" and ", comma=", "):
    if len(names) == 1:
        return names[0]
    return comma.join(names[:-1]) + conj + names[-1]


def mdy(w):
    return "%s %d, %d" % (MON[w.l.month - 1], w.l.day, w.l.year)


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def slug(t):
    out = "".join(c.lower() if c.isalnum() else "-" for c in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def J(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def ago_en(a, short=False):
    if a.days:
        return ("%dd ago" % a.days) if short else ("%d day%s ago" % (a.days, "s" if a.days > 1 else ""))
    return ("%dh ago" % a.hours) if short else ("%d hour%s ago" % (a.hours, "s" if a.hours > 1 else ""))


ONETRUST = ('<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner">'
            '<div class="ot-sdk-container" role="dialog" aria-label="Privacy"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">'
            '<div id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalize content and ads, provide social media features and analyze our traffic. '
            'You can manage your preferences at any time by clicking Cookie Settings.</div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">'
            '<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>')
ONETRUST_TEXT = "We and our partners use cookies and similar technologies to personalize content and ads"


# ------------------------------------------------------------ 1 KVTX 12 (Nexstar-like WordPress VIP, Central Texas)
def kvtx():
    s = Site(1)
    SN, CITY = "KVTX 12", "Waco"
    TZ = "America/Chicago"
    trending = [("/news/local-news/hewitt-police-search-for-driver-in-sunday-hit-and-run/", "Hewitt police search for driver in Sunday hit-and-run"),
                ("/news/local-news/magnolia-market-announces-spring-event-dates/", "Magnolia announces dates for its spring market weekend"),
                ("/news/local-news/temple-isd-names-finalist-for-superintendent/", "Temple ISD names lone finalist for superintendent")]
    TREND_MN = "Hewitt police search for driver in Sunday hit-and-run"
    NEWS_MN = "Get the latest news, weather and sports delivered to your inbox"
    VID_MN = "Central Texas weather: Storms possible Thursday afternoon"
    stories = [
        dict(path="/news/local-news/waco-council-approves-18-million-plan-to-fix-elm-avenue-flooding/", sec=("/news/local-news/", "Local News"),
             title="Waco council approves $18 million plan to fix Elm Avenue flooding",
             when=When("2025-02-11T19:38", TZ), upd=When("2025-02-11T21:02", TZ), by=[("Maria Lopez", "maria-lopez"), ("Dan Kim", "dan-kim")], au=["Maria Lopez", "Dan Kim"],
             paras=["WACO, Texas (KVTX) — The Waco City Council voted 6-1 Tuesday night to spend $18 million rebuilding the storm drains under Elm Avenue, where heavy rain has flooded homes and businesses three times since 2021.",
                    "The plan replaces pipes that city engineers say were laid in the 1950s and can carry only about half the water that now runs off the neighborhood during a strong storm.",
                    "\"We have people who keep sandbags on their porches all year,\" council member Andrea Vance said before the vote. \"This is the fix they have been asking for.\"",
                    "Construction is expected to start in the fall and take about two years. Drivers should expect lane closures between Jefferson and Dallas streets while crews work in phases.",
                    "The lone vote against the plan came from council member Ray Dunlap, who said the city should have sought more federal money before committing local bond funds.",
                    "Residents can see maps of the project and sign up for construction alerts on the city's website."],
             copy="Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."),
        dict(path="/news/national-news/ap-drought-pushes-plains-ranchers-to-sell-cattle-early/", sec=("/news/national-news/", "National News"),
             title="Drought pushes Plains ranchers to sell cattle early as pastures dry up",
             when=When("2025-03-04T10:05", TZ), upd=When("2025-03-04T13:48", TZ), by=[("JOSH MARTIN, Associated Press", None)], au=["Josh Martin"],
             paras=["AMARILLO, Texas (AP) — Ranchers across the southern Plains are selling cattle months ahead of schedule as a winter with little rain or snow leaves pastures bare and hay prices climbing.",
                    "Sale barns in Texas, Oklahoma and Kansas reported some of their busiest late-winter weeks in years, with many lots made up of young cows that would normally be kept to rebuild herds.",
                    "\"You can only feed hay for so long before the math stops working,\" said Wade Collier, who runs about 300 head near Dalhart. \"I sold a third of my cows last month, and I may sell more.\"",
                    "The U.S. Drought Monitor shows extreme drought over much of the Texas Panhandle and eastern Colorado, and forecasters expect below-normal rainfall to continue into spring.",
                    "Economists say early sales could tighten the nation's cattle supply further next year, keeping beef prices high at grocery stores even if feed costs ease.",
                    "Federal emergency grazing on conservation land has been opened in several counties, but ranchers say the grass there is thin, too."],
             copy="Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."),
        dict(path="/news/national-news/what-to-know-about-real-id-rules-before-you-fly-in-may/", sec=("/news/national-news/", "National News"),
             title="What to know about the new REAL ID rules before you fly in May",
             when=When("2025-03-18T12:31", TZ), upd=When("2025-03-19T08:15", TZ), by=[("Katie Rowe", "katie-rowe"), ("Nexstar Media Wire", None)], au=["Katie Rowe"], wire=True,
             paras=["(NEXSTAR) — Travelers have less than two months left to get a REAL ID-compliant license before federal enforcement begins at airport security checkpoints on May 7.",
                    "After that date, the Transportation Security Administration will no longer accept standard driver's licenses as identification for domestic flights. Passports, military IDs and several other documents will still work.",
                    "A REAL ID-compliant card is marked with a star in the upper right corner. If yours does not have one, you will need to visit a licensing office in person with proof of identity, your Social Security number and two proofs of address.",
                    "State offices in Texas and elsewhere have reported longer waits as the deadline approaches, and officials recommend booking an appointment online rather than walking in.",
                    "The deadline has been pushed back several times since Congress passed the REAL ID Act in 2005, but the Department of Homeland Security has said it does not plan another extension."],
             copy="Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."),
        dict(path="/news/local-news/baylor-students-pack-50000-meals-for-central-texas-food-pantries/", sec=("/news/local-news/", "Local News"),
             title="Baylor students pack 50,000 meals for Central Texas food pantries",
             when=When("2025-04-05T18:22", TZ), upd=None, by=[("Reagan Holt", "reagan-holt")], au=["Reagan Holt"], video=True,
             paras=["WACO, Texas (KVTX) — More than 400 Baylor University students spent Saturday morning in the Ferrell Center packing rice, beans and dried vegetables into bags bound for food pantries in six Central Texas counties.",
                    "Organizers said the event produced just over 50,000 meals, nearly double what volunteers packed at the same event last spring.",
                    "\"A lot of us grew up going to food drives with our churches, and this felt like a way to keep doing that here,\" said junior Lauren Mitchell, who helped organize the volunteer shifts.",
                    "The Shepherd's Table pantry in Hewitt will receive the first truckload next week, and the rest will be split among pantries in McLennan, Bell, Coryell, Falls, Hill and Bosque counties."],
             copy=""),
    ]
    for st in stories:
        st["mn"] = [TREND_MN, NEWS_MN, VID_MN, ONETRUST_TEXT]
        st["byline"] = ", ".join(n for n, h in st["by"])
        st["rss_by"] = st["byline"]
    nav = [("/news/", "News"), ("/news/local-news/", "Local News"), ("/weather/", "Weather"), ("/weather/interactive-radar/", "Radar"),
           ("/weather/closings-delays/", "Closings"), ("/traffic/", "Traffic"), ("/live/", "Watch Live"), ("/contests/", "Contests"), ("/community/calendar/", "Community")]

    def shell(title, main, head="", bodycls="home", dl=None):
        navs = "".join('<li class="site-nav__item menu-item"><a class="site-nav__link" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html>\n<html lang="en-US" class="no-js">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<title>%s</title>\n%s\n<meta property="og:site_name" content="KVTX 12">\n<meta property="fb:pages" content="113748215319">\n'
                '<link rel="alternate" type="application/rss+xml" title="KVTX 12 &raquo; Feed" href="%s">\n'
                '<script>window.dataLayer=window.dataLayer||[];dataLayer.push(%s);</script>\n'
                '<link rel="stylesheet" id="nexstar-theme-css" href="/wp-content/themes/nexstar-wv/client/build/css/main.css?ver=2.41.3" media="all">\n</head>\n'
                '<body class="%s theme-nexstar-wv site-kvtx">\n%s\n<div class="site"><a class="screen-reader-text skip-link" href="#main">Skip to content</a>'
                '<header class="site-header" role="banner"><div class="site-header__top"><a class="site-header__logo" href="/"><img src="/wp-content/uploads/sites/88/2023/06/kvtx-logo.png" alt="KVTX 12 Waco"></a>'
                '<div class="site-header__weather"><a href="/weather/"><span class="site-header__temp">61&deg;</span> Waco, TX</a></div>'
                '<a class="site-header__watch-live button" href="/live/">Watch Live</a></div>'
                '<nav class="site-nav" aria-label="Main Navigation"><ul class="site-nav__list menu">%s</ul></nav></header>'
                '<div class="breaking-news-banner" data-module="breaking-news" hidden></div>'
                '<main id="main" class="site-main" role="main">%s</main>'
                '<footer class="site-footer" role="contentinfo"><div class="site-footer__inner"><div class="site-footer__logo"><img src="/wp-content/uploads/sites/88/2023/06/kvtx-logo-white.png" alt="KVTX 12"></div>'
                '<ul class="site-footer__menu"><li><a href="/about-us/">About Us</a></li><li><a href="/about-us/meet-the-team/">Meet the Team</a></li><li><a href="/tv-listings/">TV Listings</a></li>'
                '<li><a href="/advertise-with-us/">Advertise With Us</a></li><li><a href="/contests/">Contests</a></li><li><a href="https://www.nexstar.tv/careers/">Careers</a></li>'
                '<li><a href="https://publicfiles.fcc.gov/tv-profile/kvtx">KVTX FCC Public File</a></li><li><a href="https://www.nexstar.tv/privacy-policy/">Privacy Policy</a></li>'
                '<li><a href="https://www.nexstar.tv/terms-of-use/">Terms of Use</a></li><li><a href="#" class="ot-sdk-show-settings">Do Not Sell or Share My Personal Information</a></li></ul>'
                '<p class="site-footer__copyright">&copy; 1998 - %d Nexstar Media Inc. | All Rights Reserved.</p></div></footer></div>'
                '<script src="/wp-content/themes/nexstar-wv/client/build/js/main.js?ver=2.41.3" id="nexstar-main-js"></script></body></html>') % (
            E(title), head, s.url("/feed/"), J(dl or {"pageType": "home", "siteName": "KVTX 12", "market": "Waco-Temple-Bryan"}), bodycls, ONETRUST, navs, main, NOW.year)

    def card(st, cls="article-list__article"):
        return ('<article class="%s"><a class="article-list__article-image" href="%s"><img src="/wp-content/uploads/sites/88/2025/%02d/%s.jpg?w=876&amp;h=493&amp;crop=1" alt="" loading="lazy"></a>'
                '<div class="article-list__article-text"><h3 class="article-list__article-title"><a class="article-list__article-link" href="%s">%s</a></h3>'
                '<time class="article-list__article-date" datetime="%s">%s</time></div></article>') % (
            cls, st["path"], st["when"].l.month, slug(st["title"])[:30], st["path"], E(st["title"]), st["when"].utc(), "%s %d, %d" % (MON3[st["when"].l.month - 1], st["when"].l.day, st["when"].l.year))

    def stamp(label, w):
        return ('<p class="article-date"><span class="article-date__label">%s</span> <time datetime="%s">%s %02d, %d / %s %s</time></p>') % (
            label, w.utc(), MON3[w.l.month - 1], w.l.day, w.l.year, w.h12(pad=True), w.tz)

    def article(st):
        w = st["when"]
        authors = ", ".join(('<a href="/author/%s/" rel="author">%s</a>' % (h, E(n))) if h else E(n) for n, h in st["by"])
        body = []
        for i, p in enumerate(st["paras"]):
            body.append("<p>%s</p>" % E(p))
            if i == 2:
                body.append('<div class="article-list article-list--inline-trending" data-module="trending"><h2 class="article-list__heading">Trending Stories:</h2><ul class="article-list__list">%s</ul></div>' % links(trending))
        if st.get("copy"):
            body.append("<p><em>%s</em></p>" % E(st["copy"]))
        vid = ""
        if st.get("video"):
            vid = ('<figure class="article-featured-media article-featured-media--video"><div class="jwplayer-wrapper" data-module="jwplayer" data-media-id="hX3kQ9aZ" data-title="%s"></div>'
                   '<figcaption class="article-featured-media__caption">Video: Reagan Holt reports from the Ferrell Center.</figcaption></figure>') % E(st["title"])
        else:
            vid = ('<figure class="article-featured-media"><img src="/wp-content/uploads/sites/88/2025/%02d/%s.jpg?w=1280" alt=""><figcaption class="article-featured-media__caption">%s</figcaption></figure>') % (
                w.l.month, slug(st["title"])[:30], "(Getty Images)" if "ap-" in st["path"] or st.get("wire") else "(KVTX Photo)")
        related = "".join(card(x) for x in stories if x is not st)[:3000]
        main = ('<div class="article-wrap"><article class="article post-%d post type-post status-publish format-standard has-post-thumbnail" id="post-%d">'
                '<header class="article-header"><div class="article-kicker"><a href="%s">%s</a></div><h1 class="article-title">%s</h1>'
                '<div class="article-byline"><p class="article-authors"><span class="article-authors__label">by:</span> %s</p>%s%s</div>'
                '<div class="article-share" data-module="share"><span class="article-share__label">Share:</span><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s">Share</a><a class="share-x" href="https://x.com/intent/post?url=%s">Share</a><a class="share-email" href="mailto:?subject=%s">Email</a></div></header>'
                '%s<div class="article-content article-body rich-text" data-module="article-content">%s</div>'
                '<aside class="newsletter-signup newsletter-signup--inline" data-module="newsletter"><h2 class="newsletter-signup__title">Daily Headlines</h2><p class="newsletter-signup__text">%s. Sign up for the KVTX 12 Daily Headlines newsletter.</p>'
                '<form class="newsletter-signup__form"><input type="email" placeholder="Enter your email address"><button type="submit">Sign Up</button></form></aside></article>'
                '<section class="article-list article-list--video-now"><h2 class="article-list__heading">Video Now</h2><article class="article-list__article"><h3 class="article-list__article-title"><a href="/video/central-texas-weather-storms-possible-thursday/10488213/">%s</a></h3></article></section>'
                '<section class="article-list article-list--top-stories"><h2 class="article-list__heading">Top Stories</h2>%s</section></div>') % (
            9800000 + len(st["path"]), 9800000 + len(st["path"]), st["sec"][0], E(st["sec"][1]), E(st["title"]), authors, stamp("Posted:", w), stamp("Updated:", st["upd"]) if st["upd"] else "",
            E(s.url(st["path"])), E(s.url(st["path"])), E(st["title"]), vid, "".join(body), NEWS_MN, VID_MN, related)
        ldo = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(st["path"])}, "headline": st["title"],
               "datePublished": w.utc(), "dateModified": (st["upd"] or w).utc(), "author": [{"@type": "Person", "name": n} for n, h in st["by"] if n != "Nexstar Media Wire"],
               "publisher": {"@type": "Organization", "name": "KVTX 12", "logo": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/sites/88/2023/06/kvtx-logo.png")}},
               "image": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/sites/88/2025/%02d/%s.jpg" % (w.l.month, slug(st["title"])[:30]))}}
        head = ('<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
                '<meta property="og:url" content="%s">\n<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
                '<meta property="article:section" content="%s">\n<meta name="author" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n%s') % (
            E(st["paras"][1][:150]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), w.utc(), (st["upd"] or w).utc(), E(st["sec"][1]), E(st["byline"]), jl(ldo))
        dl = {"pageType": "article", "contentId": 9800000 + len(st["path"]), "contentAuthor": st["byline"], "contentPublishDate": w.utc(), "contentCategory": st["sec"][1], "siteName": "KVTX 12"}
        return shell("%s | KVTX 12" % st["title"], main, head, "post-template-default single single-post single-format-standard", dl)

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, og="website", extra_head="", bodycls="page-template-default page"):
        head = '<link rel="canonical" href="%s">\n<meta property="og:type" content="%s">\n<meta property="og:title" content="%s">\n%s' % (s.url(path), og, E(title), extra_head)
        s.non(path, shell("%s | KVTX 12" % title, '<div class="page-wrap"><h1 class="page-title">%s</h1><div class="page-content rich-text">%s</div></div>' % (E(title), inner), head, bodycls,
                          {"pageType": "page", "siteName": "KVTX 12"}))

    fc = [("Today", "Mostly cloudy, breezy", 72, 55, "10%"), ("Wed", "Partly sunny", 75, 58, "10%"), ("Thu", "Scattered storms", 78, 52, "60%"), ("Fri", "Clearing, cooler", 64, 41, "20%"),
          ("Sat", "Sunny", 66, 43, "0%"), ("Sun", "Sunny, warmer", 73, 50, "0%"), ("Mon", "Increasing clouds", 76, 57, "10%")]
    page("/weather/", "KVTX 12 First Warning Weather",
         '<div class="weather-current" data-module="weather-current"><span class="weather-current__temp">61&deg;</span><span class="weather-current__cond">Cloudy</span><span>Feels like 59&deg; &middot; Wind S 14 mph</span></div>'
         '<section class="weather-7day"><h2>7-Day Forecast</h2><table class="weather-7day__table"><tr><th>Day</th><th>Forecast</th><th>High</th><th>Low</th><th>Rain</th></tr>%s</table></section>'
         '<section class="weather-links"><ul><li><a href="/weather/interactive-radar/">Interactive Radar</a></li><li><a href="/weather/closings-delays/">Closings &amp; Delays</a></li><li><a href="/traffic/">Traffic</a></li></ul></section>'
         '<section class="article-list"><h2 class="article-list__heading">Weather Video</h2><ul><li><a href="/video/central-texas-weather-storms-possible-thursday/10488213/">Central Texas weather: Storms possible Thursday afternoon</a></li></ul></section>' % "".join(
             "<tr><td>%s</td><td>%s</td><td>%d&deg;</td><td>%d&deg;</td><td>%s</td></tr>" % r for r in fc), bodycls="page-template-weather")
    page("/weather/interactive-radar/", "Interactive Radar",
         '<div class="baron-radar" data-module="baron-map" data-lat="31.5493" data-lon="-97.1467" data-zoom="7" style="height:600px"></div>'
         '<p>Track rain, storms and severe weather across Central Texas with the KVTX 12 First Warning interactive radar. Use the layers menu to add lightning, watches and warnings.</p>', bodycls="page-template-weather")
    closings = [("Axtell ISD", "Closed"), ("Bosque County Head Start", "Closed"), ("China Spring ISD", "2-Hour Delay"), ("Connally ISD", "2-Hour Delay"), ("La Vega ISD", "Closed"),
                ("McLennan Community College", "Opening at 10 a.m."), ("Midway ISD", "2-Hour Delay"), ("Robinson ISD", "Closed"), ("Waco ISD", "Closed"), ("West ISD", "2-Hour Delay")]
    page("/weather/closings-delays/", "School Closings and Delays",
         '<p class="closings-updated">Last updated: Feb 19, 2025 6:12 AM CST</p><p>Are we missing a closing? Schools and organizations can report closings through the KVTX 12 closings portal.</p>'
         '<table class="closings-table"><thead><tr><th>Organization</th><th>Status</th></tr></thead><tbody>%s</tbody></table>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(a), E(b)) for a, b in closings))
    page("/traffic/", "Central Texas Traffic",
         '<div class="traffic-map" data-module="traffic-map" data-region="waco"></div><h2>Current incidents</h2><ul class="traffic-incidents">'
         '<li>I-35 southbound at Lake Brazos Drive: right lane blocked by stalled vehicle</li><li>Loop 340 at Highway 6: construction, expect delays until 3 p.m.</li>'
         '<li>Valley Mills Drive at Bosque Boulevard: signal out, treat as four-way stop</li></ul><p>Traffic data provided by our partners and updated every five minutes.</p>')
    contests = [("/contests/spring-getaway-sweepstakes-official-rules/", "Spring Getaway Sweepstakes"), ("/contests/kvtx-12-friday-night-football-pick-em/", "Friday Night Football Pick 'Em")]
    page("/contests/", "Contests", '<p>Enter for your chance to win from KVTX 12 and our sponsors. See each contest&#x27;s official rules for eligibility.</p><ul class="contest-list">%s</ul>' % links(contests))
    # the contest rules are a WordPress post on the article template: Posted stamp, og:type article, a "by:" line naming the station
    rw = When("2025-03-03T09:00", TZ)
    rules = ["NO PURCHASE NECESSARY TO ENTER OR WIN. A PURCHASE WILL NOT INCREASE YOUR CHANCES OF WINNING. VOID WHERE PROHIBITED.",
             "1. Sponsor. The Spring Getaway Sweepstakes is sponsored by Nexstar Media Inc., owner and operator of KVTX 12, 1500 Franklin Avenue, Waco, TX 76701.",
             "2. Eligibility. The sweepstakes is open to legal residents of the KVTX 12 viewing area who are 18 years of age or older at the time of entry. Employees of Sponsor and their immediate families are not eligible.",
             "3. Entry Period. The sweepstakes begins at 9:00 a.m. CST on March 3, 2025, and ends at 11:59 p.m. CDT on March 31, 2025.",
             "4. Prize. One grand prize winner will receive a two-night stay for two at a Hill Country resort. Approximate retail value: $850.",
             "5. Winner Selection. The winner will be selected in a random drawing on or about April 2, 2025 and notified by telephone or email."]
    rmain = ('<div class="article-wrap"><article class="article post type-post status-publish format-standard"><header class="article-header"><div class="article-kicker"><a href="/contests/">Contests</a></div>'
             '<h1 class="article-title">Spring Getaway Sweepstakes Official Rules</h1><div class="article-byline"><p class="article-authors"><span class="article-authors__label">by:</span> KVTX 12</p>%s</div></header>'
             '<div class="article-content article-body rich-text">%s</div></article></div>') % (stamp("Posted:", rw), ps(rules))
    s.non(contests[0][0], shell("Spring Getaway Sweepstakes Official Rules | KVTX 12", rmain,
                                '<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="Spring Getaway Sweepstakes Official Rules">\n<meta property="article:published_time" content="%s">' % (
                                    s.url(contests[0][0]), rw.utc()), "post-template-default single single-post", {"pageType": "article", "contentCategory": "Contests", "siteName": "KVTX 12"}))
    page(contests[1][0], "Friday Night Football Pick 'Em",
         '<p>Pick the winners of each week&#x27;s Friday Night Football Game of the Week and climb the leaderboard. Weekly winners receive a $50 gift card.</p>'
         '<div class="second-street-embed" data-ss-embed="promotion" data-organization-id="1741" data-promotion-id="812233"></div><p><a href="/contests/">All contests</a></p>')
    page("/live/", "Watch KVTX 12 News Live",
         '<div class="livestream-player" data-module="live-player" data-stream="kvtx-live"></div><h2>Newscast schedule</h2><ul class="newscast-schedule">'
         '<li>KVTX 12 News This Morning: weekdays 5 a.m. - 7 a.m.</li><li>KVTX 12 News at Noon: weekdays 12 p.m.</li><li>KVTX 12 News at 5, 6 and 10: weekdays</li>'
         '<li>Weekend editions: Saturday and Sunday 6 and 10 p.m.</li></ul><p>When we are not live, watch our latest newscast on demand.</p>')
    page("/tv-listings/", "TV Listings",
         '<table class="tv-listings"><tr><th>Time</th><th>Program</th></tr><tr><td>5:00 AM</td><td>KVTX 12 News This Morning</td></tr><tr><td>7:00 AM</td><td>Good Morning America</td></tr>'
         '<tr><td>12:00 PM</td><td>KVTX 12 News at Noon</td></tr><tr><td>12:30 PM</td><td>Live with Kelly and Mark</td></tr><tr><td>5:00 PM</td><td>KVTX 12 News at 5</td></tr>'
         '<tr><td>6:00 PM</td><td>KVTX 12 News at 6</td></tr><tr><td>6:30 PM</td><td>Wheel of Fortune</td></tr><tr><td>10:00 PM</td><td>KVTX 12 News at 10</td></tr></table>')
    team = [("reagan-holt", "Reagan Holt", "Anchor/Reporter"), ("maria-lopez", "Maria Lopez", "Reporter"), ("dan-kim", "Dan Kim", "Multimedia Journalist"), ("brent-sorrells", "Brent Sorrells", "Chief Meteorologist")]
    page("/about-us/meet-the-team/", "Meet the KVTX 12 News Team", '<div class="team-grid">%s</div>' % "".join(
        '<div class="team-grid__member"><a href="/about-us/meet-the-team/%s/"><img src="/wp-content/uploads/sites/88/2024/01/%s.jpg" alt=""><h3>%s</h3></a><p>%s</p></div>' % (h, h, E(n), E(r)) for h, n, r in team))
    page("/about-us/meet-the-team/reagan-holt/", "Reagan Holt",
         '<p class="bio-title">Anchor/Reporter</p><p>Reagan Holt anchors KVTX 12 News This Morning and reports on education and community stories across Central Texas. She joined KVTX 12 in 2021 from a station in Lubbock.</p>'
         '<p>Reagan grew up in Temple and graduated from Texas Tech University with a degree in journalism. When she is not at the anchor desk, you can find her at a Baylor softball game or walking her rescue dog, Biscuit.</p>'
         '<p>Have a story idea? Email Reagan at rholt@kvtx12.example.</p><h2>Recent stories by Reagan Holt</h2><ul>%s</ul>' % links([(stories[3]["path"], stories[3]["title"])]), og="article")
    page("/about-us/", "About KVTX 12",
         '<p>KVTX 12 has served Waco, Temple, Killeen and Bryan-College Station since 1955. We are owned by Nexstar Media Inc.</p><p>Main number: (254) 555-0112. Newsroom: news@kvtx12.example.</p>'
         '<ul><li><a href="/about-us/meet-the-team/">Meet the Team</a></li><li><a href="https://publicfiles.fcc.gov/tv-profile/kvtx">FCC Public Inspection File</a></li><li><a href="/advertise-with-us/">Advertise</a></li></ul>')
    events = [("Mar 8", "Waco Wild West Fest", "Heart of Texas Fairgrounds"), ("Mar 14", "Cameron Park Zoo Family Night", "Cameron Park Zoo"), ("Mar 22", "Temple Bloomin' Fest Planning Meeting", "Temple Public Library")]
    page("/community/calendar/", "Community Calendar",
         '<p>Submit your community event and it could appear here and on KVTX 12 News This Morning.</p><div class="community-calendar">%s</div>' % "".join(
             '<div class="community-calendar__event"><span class="date">%s</span><h3>%s</h3><p>%s</p></div>' % (E(d), E(n), E(v)) for d, n, v in events))
    page("/advertise-with-us/", "Advertise With Us",
         '<p>Reach Central Texas viewers on air, online and on connected TV. Nexstar Media&#x27;s local marketing team builds campaigns that combine broadcast, streaming and digital audience targeting.</p>'
         '<p>Contact our sales team: sales@kvtx12.example or (254) 555-0190.</p><form class="contact-form"><input placeholder="Business name"><input type="email" placeholder="Email"><button>Request info</button></form>')
    page("/author/maria-lopez/", "Maria Lopez",
         '<div class="author-bio"><p>Maria Lopez covers Waco city government and McLennan County for KVTX 12.</p></div><div class="article-list">%s</div>' % card(stories[0]), bodycls="archive author author-maria-lopez")
    sec = lambda p, t, items: page(p, t, '<div class="article-list article-list--river">%s</div><nav class="pagination"><a class="next page-numbers" href="%spage/2/">Next</a></nav>' % ("".join(card(x) for x in items), p), bodycls="archive category")
    sec("/news/local-news/", "Local News", [stories[3], stories[0]])
    sec("/news/national-news/", "National News", [stories[2], stories[1]])
    # home
    home = ('<section class="home-top"><h2 class="screen-reader-text">Top Stories</h2>%s</section>'
            '<section class="article-list"><h2 class="article-list__heading"><a href="/news/local-news/">Local News</a></h2>%s</section>'
            '<section class="article-list"><h2 class="article-list__heading">More</h2><ul>%s</ul></section>') % (
        "".join(card(x) for x in stories[::-1]), card(stories[0]),
        links([("/weather/", "First Warning Weather"), ("/weather/closings-delays/", "Closings & Delays"), ("/traffic/", "Traffic"), ("/live/", "Watch Live"), ("/tv-listings/", "TV Listings"),
               ("/contests/", "Contests"), ("/community/calendar/", "Community Calendar"), ("/about-us/meet-the-team/", "Meet the Team"), ("/news/national-news/", "National News")]))
    s.put("/", shell("KVTX 12 | Waco News, Weather, Sports | Central Texas", home, '<link rel="canonical" href="%s">\n<meta property="og:type" content="website">' % s.url("/")))
    s.rss2("/feed/", "KVTX 12", "Waco News, Weather, Sports", stories[::-1])
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/weather/", "/weather/closings-delays/", "/contests/", contests[0][0], "/about-us/meet-the-team/reagan-holt/", "/news/local-news/"])
    s.newsmap("/news-sitemap.xml", stories, "KVTX 12")
    s.robots(["/sitemap.xml", "/news-sitemap.xml"], ("/wp-admin/", "/?s=", "/search/"), "Allow: /wp-admin/admin-ajax.php\n")
    return stories


# ------------------------------------------------------------ 2, 3 Gray-like Arc XP stations (WXVA 6, KMTW 7)
GRAYNEWS = dict(
    title="Frozen fruit recall: Company pulls blueberries over hepatitis A concerns", sec="National",
    by=["Sarah Mitchell", "Gray News staff"], au=["Sarah Mitchell"],
    paras=["(Gray News) - A frozen fruit company is recalling more than 20,000 bags of blueberries sold in 14 states because they may be contaminated with hepatitis A, federal regulators said.",
           "The recall covers 16-ounce bags of Harvest Valley frozen wild blueberries with best-by dates between Oct. 1, 2026, and Jan. 15, 2027, according to a notice posted by the Food and Drug Administration.",
           "No illnesses have been reported so far. The company said it learned of the possible contamination through routine testing by one of its suppliers.",
           "Hepatitis A is a contagious liver infection that can cause fatigue, nausea, stomach pain and yellowing of the skin. Symptoms usually appear two to seven weeks after exposure.",
           "Customers who bought the blueberries should throw them away or return them to the store for a full refund. The company has set up a customer line that is open on weekdays."],
    tail=["The Associated Press contributed to this report.", "Copyright 2025 Gray Media Group, Inc. All rights reserved."])


def gray_date(w):
    return "%s %d, %d at %s %s" % ("May" if w.l.month == 5 else MON3[w.l.month - 1] + ".", w.l.day, w.l.year, w.h12(), w.tz)


def gray(n, C):
    """A Gray-like Arc XP station site from its configuration C."""
    s = Site(n)
    CALL, SN = C["call"], C["name"]
    stories = C["stories"]
    for st in stories:
        st["byline"] = join_names(st["by"])
        st["rss_by"] = st["byline"]
        st["mn"] = [C["most_read"][0][1], "Download the %s app" % CALL, ONETRUST_TEXT] + st.get("mn", [])
    nav = [("/news/", "News"), ("/weather/", "First Alert Weather"), ("/livestream/", "Livestream"), ("/closings/", "Closings"), ("/sports/" if "/sports/" in C["extra_paths"] else "/video/", "Sports" if "/sports/" in C["extra_paths"] else "Video"),
           ("/community/calendar/", "Community"), ("/contests/", "Contests"), ("/about-us/", "About Us")]

    def shell(title, main, head="", meta=None):
        navs = "".join('<li class="nav-menu-item"><a href="%s" class="nav-link">%s</a></li>' % (p, E(t)) for p, t in nav)
        fus = 'window.Fusion=window.Fusion||{};Fusion.arcSite="%s";Fusion.contextPath="/pf";Fusion.deployment="1742";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"%s"};' % (
            CALL.lower(), J(meta or {}), "content-api" if meta else "site-service-hierarchy")
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<meta property="og:site_name" content="%s"><meta name="twitter:site" content="@%s"><link rel="icon" href="/pf/resources/images/%s/favicon.ico?d=1742">'
                '<link rel="stylesheet" href="/pf/resources/dist/gray/css/style.css?d=1742"></head><body><div id="fusion-app" class="layout-section">'
                '%s<header class="page-header" role="banner"><div class="nav-top"><a href="/" class="nav-logo"><img src="/pf/resources/images/%s/logo.svg?d=1742" alt="%s Logo"></a>'
                '<div class="nav-weather"><a href="/weather/">%s</a></div><a class="nav-watch" href="/livestream/">WATCH LIVE</a></div><nav class="nav-menu" aria-label="Sections"><ul>%s</ul></nav>'
                '<div class="alert-bar" data-alert="none"></div></header><main id="main" class="main-content">%s</main>'
                '<footer class="page-footer"><div class="footer-logo"><img src="/pf/resources/images/%s/logo-white.svg?d=1742" alt="%s"></div><address>%s</address>'
                '<ul class="footer-links"><li><a href="/about-us/">About Us</a></li><li><a href="/about-us/meet-the-team/">Meet the Team</a></li><li><a href="/contests/">Contests</a></li><li><a href="/advertise/">Advertise</a></li>'
                '<li><a href="https://gray.tv/careers">Careers</a></li><li><a href="https://publicfiles.fcc.gov/tv-profile/%s/">FCC Public File</a></li><li><a href="https://gray.tv/privacy">Privacy Policy</a></li>'
                '<li><a href="https://gray.tv/terms">Terms of Service</a></li><li><a href="/eeo-report/">EEO Report</a></li><li><a href="/closed-captioning/">Closed Captioning/Audio Description</a></li></ul>'
                '<p class="footer-copyright">A Gray Media Group, Inc. Station - &copy; 2002-%d Gray Television, Inc.</p></footer></div>'
                '<script id="fusion-metadata" type="application/javascript">%s</script><script defer src="/pf/dist/engine/react.js?d=1742"></script></body></html>') % (
            E(title), head, E(SN), CALL, CALL.lower(), ONETRUST, CALL.lower(), CALL, C["temp"], navs, main, CALL.lower(), CALL, E(C["address"]), CALL.lower(), NOW.year, fus)

    def card(st):
        return ('<div class="card-body"><div class="flex"><a href="%s" class="image-link"><img src="https://gray-%s-prod.gtv-cdn.com/resizer/v2/%s.jpg?auth=3f1c&amp;width=400&amp;height=225&amp;smart=true" alt=""></a>'
                '<div class="headline"><h2 class="headline"><a class="text font-weight-bold" href="%s">%s</a></h2><div class="deck"><span class="deck-text">%s</span></div></div></div></div>') % (
            st["path"], CALL.lower(), slug(st["title"])[:18].upper(), st["path"], E(st["title"]), E(st["paras"][1][:110] + "..."))

    def article(st):
        w, up = st["when"], st.get("upd")
        byl = " and ".join(('<a href="/author/%s/" class="text">%s</a>' % (slug(x), E(x))) if x in st["au"] else E(x) for x in st["by"])
        if up == "rel":
            upd_txt = "Updated: %s" % ago_en(st["rel"])
        elif up:
            upd_txt = "Updated: " + gray_date(up)
        else:
            upd_txt = ""
        vid = ('<div class="lead-art-wrapper"><div class="video-player-wrapper" data-video-id="%s"><div class="powa" data-uuid="%s" data-org="gray"></div>'
               '<p class="caption">%s</p></div></div>') % (slug(st["title"])[:12], slug(st["title"])[:12], E(st.get("cap", st["title"])))
        body = "".join('<p class="default__StyledText-sc-1wxyvyl-0 hItWCT body-paragraph">%s</p>' % E(p) for p in st["paras"] + st.get("tail", []))
        most = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in C["most_read"])
        main = ('<div class="article-body-wrapper"><div class="b-ad b-ad--leaderboard"><div class="arcad" id="arcad_leaderboard">Advertisement</div></div>'
                '<article class="article-body"><div class="section-label"><a href="%s">%s</a></div><header><h1 class="headline__text">%s</h1></header>'
                '<div class="article-meta"><div class="byline"><span class="author">By %s</span></div><div class="article-dates"><span class="published-date">Published: %s</span>'
                '<span class="divider">|</span><span class="updated-date">%s</span></div></div>'
                '<div class="share-bar"><button class="share-facebook">Facebook</button><button class="share-twitter">X</button><button class="share-email">Email</button><button class="share-link">Copy Link</button></div>'
                '%s<div class="article-body" itemprop="articleBody">%s</div></article>'
                '<aside class="app-promo"><p>Download the %s app to get breaking news alerts and live newscasts on your phone.</p></aside>'
                '<aside class="most-read"><h2 class="most-read__title">Most Read</h2><ol>%s</ol></aside>'
                '<aside class="latest-news"><h2>Latest News</h2>%s</aside></div>') % (
            C["secpath"], E(st.get("secname", "News")), E(st["title"]), byl, gray_date(w), upd_txt, vid, body, CALL, most, "".join(card(x) for x in stories if x is not st))
        meta = {"_id": st["arcid"], "type": "story", "version": "0.10.9", "canonical_url": st["path"], "canonical_website": CALL.lower(),
                "headlines": {"basic": st["title"]}, "subheadlines": {"basic": ""}, "description": {"basic": st["paras"][1][:160]},
                "credits": {"by": [{"type": "author", "name": x, "_id": slug(x) if x in st["au"] else "", "url": ("/author/%s/" % slug(x)) if x in st["au"] else ""} for x in st["by"]]},
                "display_date": (st.get("disp") or w).z(), "first_publish_date": w.z(), "last_updated_date": (st.get("modz") or w).z(),
                "taxonomy": {"primary_section": {"_id": C["secpath"].rstrip("/"), "name": st.get("secname", "News")}, "tags": [{"text": t} for t in st.get("tags", [])]}}
        ldo = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st["title"], "description": st["paras"][1][:160], "datePublished": w.z(),
               "dateModified": (st.get("modz") or w).z(), "author": [{"@type": "Person", "name": x} for x in st["by"]],
               "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/pf/resources/images/%s/logo.png" % CALL.lower())}},
               "mainEntityOfPage": s.url(st["path"]), "isAccessibleForFree": True}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:url" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:section" content="%s">'
                '<meta name="twitter:card" content="summary_large_image">%s') % (
            E(st["paras"][1][:160]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), w.z(), (st.get("modz") or w).z(), E(st.get("secname", "News")), jl(ldo))
        return shell(st["title"], main, head, meta)

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, head="", meta=None, ptitle=None):
        main = '<div class="section-page"><h1 class="section-title">%s</h1><div class="chain-wrapper">%s</div></div>' % (E(title), inner)
        s.non(path, shell(ptitle or "%s" % title, main, '<link rel="canonical" href="%s"><meta property="og:type" content="website"><meta property="og:title" content="%s">%s' % (s.url(path), E(title), head), meta))

    fc = "".join("<li class=\"forecast-day\"><span class=\"day\">%s</span><span class=\"hi\">%s&deg;</span><span class=\"lo\">%s&deg;</span><span class=\"desc\">%s</span></li>" % x for x in C["forecast"])
    page("/weather/", "First Alert Weather",
         '<div class="weather-current">%s</div><ul class="forecast-7day">%s</ul><div class="forecast-discussion"><h2>First Alert Forecast</h2><p>%s</p></div>'
         '<ul class="weather-links"><li><a href="/weather/radar/">Interactive Radar</a></li><li><a href="/closings/">Closings &amp; Delays</a></li>%s</ul>' % (
             C["temp"], fc, E(C["discussion"]), '<li><a href="/weather/road-conditions/">Road Conditions</a></li>' if "/weather/road-conditions/" in C["extra_paths"] else ""),
         ptitle="First Alert Weather | %s" % SN)
    page("/weather/radar/", "Interactive Radar", '<div class="interactive-radar" data-lat="%s" data-lon="%s" data-zoom="8"></div><p>Zoom in to follow rain and snow in your neighborhood. Radar data updates every five minutes.</p>' % C["latlon"])
    page("/closings/", "Closings and Delays",
         '<p>Last updated: %s</p><div class="closings-list"><table><thead><tr><th>Name</th><th>Status</th><th>Updated</th></tr></thead><tbody>%s</tbody></table></div>'
         '<p>School and business officials: <a href="https://closings.gray.tv/%s/">log in to report a closing</a>.</p>' % (
             C["closings_upd"], "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (E(a), E(b), E(c)) for a, b, c in C["closings"]), CALL.lower()))
    page("/livestream/", "Watch %s Live" % CALL,
         '<div class="livestream-wrapper"><div class="powa" data-stream="live" data-org="gray"></div></div><h2>Live newscasts</h2><ul>%s</ul>'
         '<p>Also stream %s News on the %s app for Roku, Fire TV and Apple TV.</p>' % ("".join("<li>%s</li>" % E(x) for x in C["newscasts"]), CALL, CALL))
    page("/news/", "News", "".join(card(x) for x in stories), ptitle="News | %s" % SN)
    page("/community/calendar/", "Community Calendar",
         '<p>Have an event you want to share? Submit it here and it may appear on %s This Morning.</p><ul class="events">%s</ul><form class="event-submit"><input placeholder="Event name"><input placeholder="Date"><button>Submit</button></form>' % (
             CALL, "".join("<li><strong>%s</strong> %s - %s</li>" % (E(a), E(b), E(c)) for a, b, c in C["events"])))
    page("/contests/", "Contests",
         '<ul class="contest-list">%s</ul><p>All contests are subject to the <a href="/contests/rules/">general contest rules</a>.</p>' % "".join("<li><h3>%s</h3><p>%s</p></li>" % (E(a), E(b)) for a, b in C["contests"]))
    page("/contests/rules/", "General Contest Rules",
         ps(["These general contest rules apply to all contests and sweepstakes conducted by %s, a station owned by Gray Media Group, Inc., unless the official rules of a specific contest say otherwise." % CALL,
             "No purchase necessary. Contests are open to legal residents of the %s viewing area who are 18 or older. Employees of Gray Media Group, Inc. and their immediate families are not eligible." % CALL,
             "Winners will be notified by phone or email and must claim prizes within 30 days. Prizes are not transferable and may not be substituted for cash.",
             "Winners may be required to sign an affidavit of eligibility and a liability and publicity release."]))
    team = C["team"]
    page("/about-us/meet-the-team/", "Meet the Team", '<div class="team-list">%s</div>' % "".join(
        '<div class="team-member"><a href="%s"><img src="https://gray-%s-prod.gtv-cdn.com/resizer/v2/%s.jpg" alt=""><h3>%s</h3></a><p>%s</p></div>' % (
            p or "/about-us/meet-the-team/", CALL.lower(), slug(nm), E(nm), E(r)) for nm, r, p in team))
    page("/about-us/", "About Us",
         ps(["%s is %s. The station is owned by Gray Media Group, Inc." % (CALL, C["about"]), "Newsroom: %s" % C["phone"]]) +
         '<ul><li><a href="/about-us/meet-the-team/">Meet the Team</a></li><li><a href="/advertise/">Advertise With Us</a></li><li><a href="https://gray.tv/careers">Careers</a></li></ul>')
    page("/advertise/", "Advertise With Us",
         ps(["Put %s and Gray Digital Media to work for your business. Our marketing consultants build campaigns across broadcast, streaming, social and search." % CALL,
             "Call our sales department at %s or fill out the form below and a consultant will contact you." % C["phone"]]) + '<form><input placeholder="Name"><input placeholder="Company"><input placeholder="Email"><button>Send</button></form>')
    for path, (title, inner) in C["extra"].items():
        if path.startswith("@"):
            continue
        page(path, title, inner)
    # a team member's bio, rendered as an Arc story with a publish date (how Gray stations publish them)
    for bio in C.get("bios", []):
        w = bio["when"]
        meta = {"_id": bio["arcid"], "type": "story", "canonical_url": bio["path"], "headlines": {"basic": bio["name"]}, "credits": {"by": [{"type": "author", "name": CALL + " Staff"}]},
                "display_date": w.z(), "first_publish_date": w.z(), "taxonomy": {"primary_section": {"_id": "/about-us/meet-the-team", "name": "Meet the Team"}}}
        main = ('<div class="article-body-wrapper"><article class="article-body"><div class="section-label"><a href="/about-us/meet-the-team/">Meet the Team</a></div><header><h1 class="headline__text">%s</h1></header>'
                '<div class="article-meta"><div class="article-dates"><span class="published-date">Published: %s</span></div></div><div class="article-body">%s</div></article></div>') % (
            E(bio["name"]), gray_date(w), "".join('<p class="default__StyledText-sc-1wxyvyl-0 hItWCT body-paragraph">%s</p>' % E(p) for p in bio["paras"]))
        s.non(bio["path"], shell(bio["name"], main, '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (s.url(bio["path"]), w.z()), meta))
    author = C["author"]
    page("/author/%s/" % slug(author[0]), author[0], '<div class="author-bio"><p>%s</p></div>%s' % (E(author[1]), "".join(card(x) for x in stories if author[0] in x["by"])), ptitle="%s | %s" % (author[0], SN))
    home = ('<div class="home-lead">%s</div><section class="chain"><h2 class="chain-title">Latest Newscasts</h2><ul>%s</ul></section>'
            '<section class="chain"><h2 class="chain-title">More</h2><ul>%s</ul></section>') % (
        "".join(card(x) for x in sorted(stories, key=lambda x: x["when"].u, reverse=True)), "".join("<li>%s</li>" % E(x) for x in C["newscasts"]),
        links([("/weather/", "First Alert Weather"), ("/weather/radar/", "Interactive Radar"), ("/closings/", "Closings & Delays"), ("/livestream/", "Watch Live"), ("/news/", "News"),
               ("/community/calendar/", "Community Calendar"), ("/contests/", "Contests"), ("/about-us/meet-the-team/", "Meet the Team"), ("/advertise/", "Advertise"),
               ("/author/%s/" % slug(author[0]), author[0])] + [(p, t) for p, (t, _) in C["extra"].items() if not p.startswith("@")]))
    s.put("/", shell("%s | %s" % (SN, C["tagline"]), home, '<link rel="canonical" href="%s"><meta property="og:type" content="website">' % s.url("/")))
    allp = [x["path"] for x in stories] + ["/", "/weather/", "/closings/", "/livestream/", "/news/", "/contests/", "/about-us/meet-the-team/"] + [b["path"] for b in C.get("bios", [])]
    s.urlset("/arc/outboundfeeds/sitemap/", allp)
    s.newsmap("/arc/outboundfeeds/news-sitemap/", stories, SN)
    s.robots(["/arc/outboundfeeds/sitemap/?outputType=xml", "/arc/outboundfeeds/news-sitemap/?outputType=xml"], ("/pf/api/", "/search/"))
    s.rss2("/arc/outboundfeeds/rss/", SN, C["tagline"], stories)
    return stories


def wxva():
    TZ = "America/New_York"
    rel = Ago(hours=2)
    stories = [
        dict(path="/2025/02/12/roanoke-valley-greenway-extension-opens-after-six-years-work/", arcid="3VQK2ZP7ZBDL5FJM2WN4XYPU4E", title="Roanoke Valley greenway extension opens after six years of work",
             when=When("2025-02-12T17:45", TZ), upd="rel", rel=rel, modz=When("2025-02-12T17:45", TZ), by=["Tom Avery"], au=["Tom Avery"], tags=["greenway", "Roanoke County"],
             paras=["ROANOKE, Va. (WXVA) - A 2.4-mile stretch of the Roanoke River Greenway opened Wednesday, closing one of the last gaps in a trail that now runs nearly 30 miles across the valley.",
                    "The new section links Green Hill Park in Roanoke County with the Salem trailhead, letting cyclists and walkers travel from western Salem to Explore Park without leaving the path.",
                    "\"People have been asking when this piece would be done since the day we started,\" said Lisa Ferraro, the county's greenway coordinator. \"It took longer than anyone wanted, but it is built to last.\"",
                    "Work was slowed by right-of-way negotiations with two railroads and by flood damage in 2020 that forced crews to redesign a bridge over the river.",
                    "The project cost about $9.6 million, most of it paid for by state and federal transportation grants."],
             tail=["Copyright 2025 WXVA. All rights reserved."]),
        dict(path="/2025/01/29/crews-battle-overnight-fire-vacant-salem-warehouse/", arcid="Q2M6LJ4RWNBXTF7YUC3H5AKZ3I", title="Crews battle overnight fire at vacant Salem warehouse",
             when=When("2025-01-28T23:02", TZ), upd=When("2025-01-29T06:15", TZ), modz=When("2025-01-29T06:15", TZ), by=["WXVA Staff"], au=[], cap="Fire crews work at the scene on Indiana Street in Salem.",
             paras=["SALEM, Va. (WXVA) - Firefighters from three departments spent much of the night battling a fire at a vacant warehouse on Indiana Street in Salem.",
                    "Salem Fire-EMS said crews were called just before 10 p.m. Tuesday and found heavy smoke coming from the roof of the two-story brick building.",
                    "No one was inside, and no firefighters were hurt. Roanoke City and Roanoke County crews helped keep the flames from spreading to a neighboring auto shop.",
                    "Indiana Street will stay closed between Fourth Street and Academy Street through Wednesday morning while crews check for hot spots.",
                    "The Virginia State Police fire marshal's office is investigating the cause."],
             tail=["Copyright 2025 WXVA. All rights reserved."]),
        dict(path="/2025/03/03/frozen-fruit-recall-company-pulls-blueberries-over-hepatitis-concerns/", arcid="GN7TQ4LHBRCPZK2XWY5FJ3E6MA", when=When("2025-03-03T10:14", TZ), upd=When("2025-03-03T12:40", TZ),
             modz=When("2025-03-03T12:40", TZ), secname="National", **GRAYNEWS),
    ]
    C = dict(call="WXVA", name="WXVA 6 News", tagline="Roanoke and Southwest Virginia News, Weather and Sports", temp="44&deg; Roanoke", secpath="/news/",
             address="2600 Colonial Ave SW, Roanoke, VA 24015", phone="(540) 555-0166", latlon=("37.2710", "-79.9414"),
             about="the Gray Television station serving Roanoke, Lynchburg and the New River Valley on channel 6",
             most_read=[("/2025/02/10/man-charged-after-chase-ends-in-vinton-crash/", "Man charged after chase ends in Vinton crash"),
                        ("/2025/02/11/blacksburg-restaurant-closes-after-41-years/", "Blacksburg restaurant closes after 41 years")],
             forecast=[("Today", 47, 31, "Sunny and breezy"), ("Thu", 52, 35, "Partly cloudy"), ("Fri", 44, 29, "Rain, mixing with snow late"), ("Sat", 39, 24, "Flurries early")],
             discussion="A cold front moves through Friday with a rain and snow mix possible along the Blue Ridge Parkway. Most of us stay just wet in the valley, but higher elevations could see an inch or two of snow by Saturday morning.",
             closings_upd="Feb. 19, 2025 at 5:48 AM EST",
             closings=[("Botetourt County Public Schools", "Closed", "5:02 AM"), ("Craig County Public Schools", "Closed", "5:10 AM"), ("Franklin County Public Schools", "2 Hour Delay", "5:31 AM"),
                       ("Roanoke County Public Schools", "2 Hour Delay", "5:40 AM"), ("Virginia Western Community College", "Opening at 10 a.m.", "5:45 AM")],
             newscasts=["WXVA News Today at 5 a.m.", "WXVA News at Noon", "WXVA News at 5, 6 and 11 p.m."],
             events=[("Feb. 22", "Star City Home Show", "Berglund Center"), ("March 1", "Chili cook-off for the Rescue Mission", "Elmwood Park"), ("March 8", "Spring craft fair", "Salem Civic Center")],
             contests=[("Win tickets to the Star City Home Show", "Enter through Feb. 20 for a chance to win a family four-pack."), ("Teacher of the Month", "Nominate a teacher who goes above and beyond.")],
             team=[("Tom Avery", "Reporter", "/author/tom-avery/"), ("Jenna Price", "Anchor", None), ("Mike Calloway", "Chief Meteorologist", None)],
             author=("Tom Avery", "Tom Avery joined WXVA in 2022 and covers Roanoke County and the Roanoke Valley."),
             extra_paths=["/video/", "/obituaries/"], stories=stories,
             extra={"/video/": ("Video", '<div class="video-hub"><ul><li><a href="%s">Greenway extension opens</a></li><li><a href="%s">Overnight warehouse fire in Salem</a></li></ul></div>' % (stories[0]["path"], stories[1]["path"])),
                    "/obituaries/": ("Obituaries", '<p>Obituaries provided by Legacy.com.</p><div class="legacy-widget" data-affiliate="wxva"><ul><li>Margaret Ann Sizemore, 88, of Salem</li><li>James Robert Turner, 71, of Vinton</li><li>Dorothy Mae Phelps, 93, of Roanoke</li></ul></div>')})
    return gray(2, C)


def kmtw(orig):
    TZ = "America/Denver"
    gn = dict(GRAYNEWS)
    stories = [
        dict(path="/2025/03/03/frozen-fruit-recall-company-pulls-blueberries-over-hepatitis-concerns/", arcid="K4PZ2TQ6DNHAVRJMC5BWL3Y7XE", when=When("2025-03-03T09:31", TZ), upd=None, secname="National",
             orig=orig["url"], **gn),
        dict(path="/2025/01/21/billings-shelter-opens-extra-beds-cold-snap-drops-temperatures-below-zero/", arcid="ZLJ7R2BQ5MNCW4TKAFX6PH3YDU", title="Billings shelter opens extra beds as cold snap drops temperatures below zero",
             when=When("2025-01-21T18:15", TZ), upd=When("2025-01-22T07:30", TZ), modz=When("2025-01-22T07:30", TZ), by=["Kelsey Brandt"], au=["Kelsey Brandt"],
             paras=["BILLINGS, Mont. (KMTW) - The Montana Rescue Mission opened 40 overflow beds Tuesday as temperatures in Billings fell below zero for the third night in a row.",
                    "Staff said the shelter had turned away no one so far this winter, but the main building has been at or above capacity most nights since the cold arrived over the weekend.",
                    "\"When it gets like this, a night outside can kill someone,\" said shelter director Paul Hanley. \"We would rather have people sleeping on cots in the chapel than out in a doorway.\"",
                    "The city is also keeping the downtown library open until 8 p.m. as a warming center, and MET Transit is giving free rides to anyone heading to a shelter.",
                    "The National Weather Service expects lows between 15 and 25 below zero through Thursday before a warming trend this weekend."],
             tail=["Copyright 2025 KMTW. All rights reserved."]),
        dict(path="/2025/04/14/laurel-high-school-robotics-team-heads-world-championship/", arcid="H6XW3N2CQRTPY7LBAKZ4MJ5DVE", title="Laurel High School robotics team heads to world championship",
             when=When("2025-04-14T10:48", TZ), upd=None, by=["Cody Larsen", "Mia Torres"], au=["Cody Larsen", "Mia Torres"], cap="Laurel High School's robotics team practices in the school shop.",
             paras=["LAUREL, Mont. (KMTW) - A robotics team from Laurel High School is heading to the world championship in Houston next week after winning its division at the state tournament.",
                    "The eight students built a robot that stacks plastic rings and climbs a metal bar in the last seconds of each match, and they spent most of spring break fixing a gearbox that failed during practice.",
                    "\"We rebuilt it twice,\" said senior Hailey Ostrander. \"The second time we finally figured out why it kept slipping.\"",
                    "The team still needs about $6,000 for travel and registration. Local businesses have covered part of it, and the students are holding a pancake breakfast at the school on Saturday morning."],
             tail=["Copyright 2025 KMTW. All rights reserved."]),
    ]
    C = dict(call="KMTW", name="KMTW 7", tagline="Billings and Eastern Montana News, Weather and Sports", temp="-8&deg; Billings", secpath="/news/",
             address="445 South 24th Street West, Billings, MT 59102", phone="(406) 555-0177", latlon=("45.7833", "-108.5007"),
             about="the Gray Television station serving Billings and eastern Montana on channel 7",
             most_read=[("/2025/01/20/i-90-reopens-between-billings-and-big-timber/", "I-90 reopens between Billings and Big Timber after crashes"),
                        ("/2025/01/19/lockwood-family-loses-home-in-fire/", "Lockwood family loses home in weekend fire")],
             forecast=[("Today", -2, -18, "Bitter cold, sunny"), ("Wed", 4, -12, "Mostly sunny"), ("Thu", 15, -3, "Not as cold"), ("Fri", 31, 12, "Chinook winds")],
             discussion="Arctic air stays locked in through Thursday with wind chills near 35 below in the mornings. A Chinook pattern returns Friday and could push highs above freezing by the weekend.",
             closings_upd="Jan. 22, 2025 at 6:05 AM MST",
             closings=[("Billings Public Schools", "2 Hour Late Start", "5:30 AM"), ("Laurel Public Schools", "Closed", "5:41 AM"), ("Lockwood Schools", "2 Hour Late Start", "5:44 AM"), ("Shepherd Public Schools", "Closed", "5:52 AM")],
             newscasts=["KMTW Today at 6 a.m.", "KMTW News at 5:30, 6 and 10 p.m."],
             events=[("Jan. 25", "Big Sky Ice Fishing Derby", "Cooney Reservoir"), ("Feb. 1", "Winter Farmers Market", "MetraPark"), ("Feb. 8", "Soup Supper for the Food Bank", "Laurel Community Center")],
             contests=[("Win a Montana Winter Fair family pass", "Enter daily through Jan. 31."), ("Friday Night Lights Player of the Week", "Vote for this week's standout high school athlete.")],
             team=[("Cody Larsen", "Anchor/Reporter", "/2022/08/15/cody-larsen/"), ("Kelsey Brandt", "Reporter", "/author/kelsey-brandt/"), ("Mia Torres", "Multimedia Journalist", None)],
             author=("Kelsey Brandt", "Kelsey Brandt reports on Billings and Yellowstone County for KMTW."),
             bios=[dict(path="/2022/08/15/cody-larsen/", arcid="B1O2CODYLARSENBIO00000000A", name="Cody Larsen", when=When("2022-08-15T14:20", TZ),
                        paras=["Cody Larsen anchors KMTW News at 5:30 and 10 and reports on agriculture and rural Montana.",
                               "Cody grew up on a cattle ranch near Roundup and studied journalism at the University of Montana. Before joining KMTW in 2022, he worked as a reporter in Great Falls and Casper.",
                               "If you have a story idea, email Cody at clarsen@kmtw7.example."])],
             extra_paths=["/sports/", "/weather/road-conditions/"], stories=stories,
             extra={"/weather/road-conditions/": ("Road Conditions", '<p>Current road reports from the Montana Department of Transportation and Wyoming DOT.</p><ul><li>I-90 Billings to Big Timber: scattered snow and ice</li><li>I-94 Billings to Miles City: dry</li><li>US 212 Beartooth Highway: closed for the season</li></ul><p>Call 511 for the latest travel information.</p>'),
                    "/sports/": ("Sports", '<h2>High school basketball schedule</h2><table><tr><th>Date</th><th>Game</th></tr><tr><td>Jan. 24</td><td>Billings West at Billings Senior, 7 p.m.</td></tr><tr><td>Jan. 25</td><td>Laurel at Lockwood, 5:30 p.m.</td></tr><tr><td>Jan. 31</td><td>Hardin at Billings Central, 7 p.m.</td></tr></table><p>Scores from across the region every Friday on KMTW Sports Extra.</p>')})
    return gray(3, C)


# ------------------------------------------------------------ 4 KPTR 2 (Sinclair-like station platform, Southern Oregon)
def sinclair_date(w):
    return "%s, %s %s %d at %s" % (DAYS[w.l.weekday()][:3], MON[w.l.month - 1], ordinal(w.l.day), w.l.year, w.h12())


def kptr():
    s = Site(4)
    TZ = "America/Los_Angeles"
    SN = "KPTR"
    stories = [
        dict(path="/news/local/medford-school-district-weighs-four-day-week-bus-driver-shortage", sec="Local", title="Medford School District weighs four-day week to ease bus driver shortage",
             when=When("2025-02-12T17:45", TZ), upd=When("2025-02-13T09:10", TZ), by="Jenna Ruiz", au=["Jenna Ruiz"], role="KPTR Education Reporter",
             topics=["Medford School District", "Four-day school week", "Bus driver shortage"],
             paras=["MEDFORD, Ore. — The Medford School District is considering moving some rural schools to a four-day week next fall, a change district leaders say could help them cover bus routes they have struggled to staff for two years.",
                    "At a board work session Wednesday, transportation director Glen Marsh said the district is short 11 drivers and has combined routes so often that some students ride more than an hour each way.",
                    "Under the proposal, students at four schools east of Interstate 5 would attend Monday through Thursday, with longer school days to keep instruction time the same.",
                    "Several parents told the board they worry about child care on Fridays. \"I work five days a week, and so does everyone I know,\" said Tanya Pruitt, whose two children attend Lone Pine Elementary.",
                    "The board is expected to hold two community listening sessions in March before voting on the plan in April."]),
        dict(path="/news/nation-world/airlines-add-summer-routes-demand-domestic-travel-stays-strong", sec="Nation & World", title="Airlines add summer routes as demand for domestic travel stays strong",
             when=When("2025-03-04T15:20", TZ), upd=None, by="Alex Rivera, The National Desk", au=["Alex Rivera"], role=None, topics=["Airlines", "Summer travel", "TSA"],
             paras=["WASHINGTON (TND) — Major U.S. airlines are adding hundreds of domestic routes for the summer, betting that travelers will keep spending on vacations even as other prices remain high.",
                    "Carriers filed schedules this week showing more flights to mountain towns and beach destinations, including new nonstop service to several smaller airports in the West.",
                    "Industry analysts said bookings for June and July are running ahead of last year, though fares have eased slightly from their 2023 peak.",
                    "\"People have decided travel is a priority,\" said Jordan Pike, an aviation analyst with a Chicago research firm. \"They may cut back on other things, but they are still going.\"",
                    "Travelers can expect the busiest days at security checkpoints around Memorial Day, the Fourth of July and Labor Day, the Transportation Security Administration said."]),
        dict(path="/news/local/firefighters-contain-brush-fire-near-jacksonville-evacuation-warning-lifted", sec="Local", title="Firefighters contain brush fire near Jacksonville; evacuation warning lifted",
             when=When("2025-07-20T16:05", TZ), upd=When("2025-07-20T19:32", TZ), by="KPTR Staff", au=[], role=None, video=True, topics=["Wildfire", "Jackson County", "Evacuations"],
             paras=["JACKSONVILLE, Ore. — Firefighters stopped the forward progress of a brush fire west of Jacksonville on Sunday afternoon, and Jackson County lifted a Level 2 evacuation warning for about 60 homes.",
                    "The Oregon Department of Forestry said the fire burned about 35 acres of grass and oak woodland off Sterling Creek Road after it was reported around 1:30 p.m.",
                    "Air tankers and a helicopter dropped retardant and water while ground crews built a line around the fire. No homes were damaged.",
                    "Crews will stay on the fire overnight to mop up hot spots. The cause is under investigation."]),
    ]
    EXPLORE = [("/news/local/ashland-approves-new-downtown-parking-rates", "Ashland approves new downtown parking rates"),
               ("/news/local/grants-pass-man-sentenced-in-2023-robbery", "Grants Pass man sentenced in 2023 robbery")]
    ALERT = "Sign up for KPTR breaking news alerts and get the stories that matter sent straight to your inbox"
    for st in stories:
        st["byline"] = st["by"]
        st["mn"] = [EXPLORE[0][1], ALERT, "Report a Typo", ONETRUST_TEXT]
    nav = [("/news/local", "Local"), ("/news/nation-world", "Nation & World"), ("/weather", "Weather"), ("/weather/radar", "Radar"), ("/live", "Watch"), ("/station/contests", "Contests"), ("/community", "Community")]

    def shell(title, main, head="", state=None, cls="page"):
        navs = "".join('<li class="index-module_navItem__1dJ4r"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>%s</title>%s'
                '<meta property="og:site_name" content="KPTR"/><meta name="twitter:site" content="@KPTR2"/><link rel="stylesheet" href="/resources/assets/kptr/css/app.7c21f.css"/></head>'
                '<body class="%s"><div id="js-Page">%s<header class="index-module_header__2YxvA"><div class="index-module_logo__3pFpu"><a href="/"><img alt="KPTR 2 Southern Oregon" src="/resources/assets/kptr/images/logos/kptr-header-logo.png"/></a></div>'
                '<nav class="index-module_nav__3b8Fz"><ul>%s</ul></nav><div class="index-module_weatherWidget__q7hRk"><a href="/weather">88&deg; Medford</a></div></header>'
                '<div class="index-module_breakingNews__2m4zE" data-breaking="false"></div><main class="index-module_main__2WxkL">%s</main>'
                '<footer class="index-module_footer__1oR2T"><ul><li><a href="/station/about">About KPTR</a></li><li><a href="/station/people">News Team</a></li><li><a href="/station/tv-schedule">TV Schedule</a></li>'
                '<li><a href="/station/contests">Contests</a></li><li><a href="/station/advertise">Advertise</a></li><li><a href="https://sbgi.net/careers/">Careers</a></li><li><a href="https://sbgi.net/privacy-policy/">Privacy Policy</a></li>'
                '<li><a href="https://sbgi.net/terms-conditions/">Terms of Use</a></li><li><a href="https://publicfiles.fcc.gov/tv-profile/kptr">FCC Applications</a></li></ul>'
                '<p>&copy; %d Sinclair, Inc.</p></footer></div><script>window.__PRELOADED_STATE__ = %s;</script><script src="/resources/assets/kptr/js/app.7c21f.js"></script></body></html>') % (
            E(title), head, cls, ONETRUST, navs, main, NOW.year, J(state or {"page": {"type": "section"}}))

    def card(st):
        return '<li class="index-module_teaser__3CkZt"><a href="%s"><img src="/resources/media2/16x9/full/1015/center/80/%s.jpg" alt=""/><span class="index-module_teaserTitle__2Q5rM">%s</span></a></li>' % (
            st["path"], slug(st["title"])[:20], E(st["title"]))

    def article(st):
        w, up = st["when"], st["upd"]
        role = ('<div class="index-module_bylineTitle__2wQzA">%s</div>' % E(st["role"])) if st["role"] else ""
        lead = ('<div class="index-module_videoPlayer__1Bq8y" data-video-id="%s"><div class="sinclair-video-player" data-autoplay="true"></div><div class="index-module_videoCaption__3xPqa">%s</div></div>' % (slug(st["title"])[:10], E(st["title"]))
                if st.get("video") else '<figure class="index-module_leadImage__3OFuc"><img src="/resources/media2/16x9/full/1015/center/80/%s.jpg" alt=""/><figcaption>%s</figcaption></figure>' % (
                    slug(st["title"])[:20], "(File photo)" if st["au"] else "(KPTR)"))
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"])
        topics = "".join('<li><a href="/topic/%s">%s</a></li>' % (t.replace(" ", "%20"), E(t)) for t in st["topics"])
        main = ('<div class="StoryPage"><div class="index-module_storyContainer__1dtl0"><article class="index-module_story__2DYdV">'
                '<div class="index-module_sectionLabel__2A1d3"><a href="/news/local">%s</a></div><h1 class="index-module_storyTitle__1bbRR">%s</h1>'
                '<div class="index-module_storyInfo__3BxrS"><div class="index-module_byline__3kbO_">by <span class="index-module_author__1Xk3z">%s</span>%s</div>'
                '<div class="index-module_timestamp__1sqZR"><span>%s</span></div>%s</div>'
                '<div class="index-module_shareBar__2DfE5"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://twitter.com/intent/tweet?url=%s">Twitter</a><a href="mailto:?body=%s">Email</a></div>'
                '%s<div class="index-module_storyBody__1OlB6 StoryText-module_storyText__3iZad">%s</div>'
                '<div class="index-module_topics__2ZgVl"><span class="index-module_topicsLabel__3uQ_M">TOPICS:</span><ul>%s</ul></div>'
                '<div class="index-module_reportTypo__mLW1s"><a href="mailto:typos@kptr2.example?subject=%s">Report a Typo</a></div></article>'
                '<aside class="index-module_newsletter__2S7Rm"><p>%s.</p><form><input type="email" placeholder="Email address"/><button>Sign Up</button></form></aside>'
                '<section class="index-module_moreToExplore__3lT6E"><h2>More to Explore</h2><ul>%s%s</ul></section><div class="index-module_loading__1x7pG">LOADING...</div></div></div>') % (
            E(st["sec"]), E(st["title"]), E(st["by"]), role, sinclair_date(w), ('<div class="index-module_timestamp__1sqZR index-module_updated__3cQ2m"><span>Updated %s</span></div>' % sinclair_date(up)) if up else "",
            E(s.url(st["path"])), E(s.url(st["path"])), E(s.url(st["path"])), lead, body, topics, E(st["title"]), ALERT,
            "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in EXPLORE), "".join(card(x) for x in stories if x is not st))
        ldo = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": st["title"], "url": s.url(st["path"]), "datePublished": w.z(), "dateModified": (up or w).z(),
               "author": {"@type": "Person", "name": st["by"]}, "publisher": {"@type": "Organization", "name": "KPTR", "logo": {"@type": "ImageObject", "url": s.url("/resources/assets/kptr/images/logos/kptr-amp.png")}},
               "description": st["paras"][1][:150], "keywords": st["topics"]}
        head = ('<meta name="description" content="%s"/><link rel="canonical" href="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/>'
                '<meta property="og:url" content="%s"/><meta name="twitter:card" content="summary_large_image"/>%s') % (E(st["paras"][1][:150]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), jl(ldo))
        state = {"page": {"type": "story"}, "story": {"id": "s%d" % (len(st["title"]) * 7919), "title": st["title"], "authorName": st["by"], "publishedDateISO8601": w.z(),
                                                      "updatedDateISO8601": (up or w).z(), "section": st["sec"], "videoFirst": bool(st.get("video"))}}
        return shell("%s | KPTR" % st["title"], main, head, state, "story")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, ttl=None, og="website"):
        s.non(path, shell(ttl or "%s | KPTR" % title, '<div class="index-module_sectionPage__2ab3C"><h1 class="index-module_sectionTitle__1kq9Z">%s</h1>%s</div>' % (E(title), inner),
                          '<link rel="canonical" href="%s"/><meta property="og:type" content="%s"/><meta property="og:title" content="%s"/>' % (s.url(path), og, E(title))))

    page("/weather", "Weather",
         '<div class="index-module_current__1r1eB"><span>88&deg;</span> Sunny, Medford</div><h2>7-Day Forecast</h2><ul>%s</ul><h2>Meteorologist forecast</h2>'
         '<p>Hot and dry through midweek with afternoon highs near 100 in the Rogue Valley. Smoke from fires to our south may bring hazy skies. Thunderstorms are possible over the Cascades Thursday.</p>'
         '<p><a href="/weather/radar">Interactive Radar</a> | <a href="https://www.wildfire.gov/">Wildfire map</a></p>' % "".join(
             "<li>%s: %s, %d&deg;/%d&deg;</li>" % x for x in [("Mon", "Sunny", 98, 61), ("Tue", "Sunny", 101, 63), ("Wed", "Hazy", 99, 62), ("Thu", "Isolated storms", 94, 60)]))
    page("/weather/radar", "Interactive Radar", '<div class="index-module_radar__3rGm1" data-lat="42.3265" data-lon="-122.8756"></div><p>Radar and satellite imagery for Southern Oregon and Northern California.</p>')
    sec = lambda p, t, items: page(p, t, '<ul class="index-module_teaserList__2l5oZ">%s</ul>' % "".join(card(x) for x in items))
    sec("/news/local", "Local", [stories[2], stories[0]])
    sec("/news/nation-world", "Nation & World", [stories[1]])
    page("/live", "Watch KPTR News Live",
         '<div class="sinclair-video-player" data-stream="kptr-live"></div><h2>Live newscast times</h2><ul><li>KPTR News This Morning, weekdays 5-7 a.m.</li><li>KPTR News at 5 and 6, weekdays</li><li>KPTR News at 11, every night</li></ul>')
    page("/station/contests", "Contests",
         '<ul><li><h3>Britt Festival Summer Ticket Giveaway</h3><p>Enter for a chance to win two lawn tickets. <a href="/station/contests/rules">Official Rules</a></p></li><li><h3>Pet of the Week</h3><p>Submit a photo of your pet.</p></li></ul>')
    page("/station/contests/rules", "Britt Festival Summer Ticket Giveaway Official Rules",
         ps(["NO PURCHASE NECESSARY. The Britt Festival Summer Ticket Giveaway is sponsored by KPTR, owned by Sinclair, Inc.",
             "The contest is open to legal residents of Jackson and Josephine counties in Oregon who are 18 years of age or older.",
             "Entries must be received between 12:00 a.m. PDT July 1, 2025 and 11:59 p.m. PDT July 31, 2025. Three winners will be chosen at random.",
             "Each winner receives two lawn tickets to a concert of the sponsor's choosing. Approximate retail value: $90."]))
    page("/station/people", "KPTR News Team", '<ul>%s</ul>' % "".join('<li><a href="%s">%s</a>, %s</li>' % (p, E(nm), E(r)) for p, nm, r in [
        ("/station/people/jenna-ruiz", "Jenna Ruiz", "Education Reporter"), ("/station/people", "Marcus Bell", "Anchor"), ("/station/people", "Kristen Yoder", "Chief Meteorologist")]))
    page("/station/people/jenna-ruiz", "Jenna Ruiz",
         ps(["Jenna Ruiz is KPTR's education reporter. She covers school districts, Southern Oregon University and Rogue Community College.",
             "Jenna joined KPTR in 2023 after reporting for a station in Yakima. She is a graduate of the University of Oregon School of Journalism and Communication.",
             "Send story ideas to jruiz@kptr2.example."]) + '<h2>Recent stories</h2><ul>%s</ul>' % card(stories[0]), og="profile")
    page("/station/about", "About KPTR",
         ps(["KPTR 2 has served Southern Oregon and Northern California since 1961. The station is owned by Sinclair, Inc.",
             "Viewer comments may be sent to news@kptr2.example. For our FCC public inspection file and EEO report, see the links below."]) +
         '<ul><li><a href="https://publicfiles.fcc.gov/tv-profile/kptr">Public Inspection File</a></li><li><a href="/station/advertise">Advertise</a></li></ul>')
    page("/station/tv-schedule", "TV Schedule",
         '<table><tr><td>5:00 AM</td><td>KPTR News This Morning</td></tr><tr><td>7:00 AM</td><td>Good Morning America</td></tr><tr><td>5:00 PM</td><td>KPTR News at 5</td></tr><tr><td>11:00 PM</td><td>KPTR News at 11</td></tr></table>')
    page("/community", "Community Events",
         '<ul><li>July 26: Jacksonville Chamber Music in the Park</li><li>Aug. 2: Rogue Valley Pride Picnic, Hawthorne Park</li><li>Aug. 9: Back-to-school backpack drive, Rogue Valley Mall</li></ul><p><a href="mailto:community@kptr2.example">Submit an event</a></p>')
    page("/topic/Medford", "Medford", '<ul>%s</ul>' % card(stories[0]))
    page("/station/advertise", "Advertise with KPTR", ps(["Reach Southern Oregon on KPTR, KPTR.com and our streaming apps. Sinclair's local sales team can build a campaign for any budget.", "Contact sales@kptr2.example."]))
    home = '<div class="index-module_homepage__1Wz9p"><ul class="index-module_teaserList__2l5oZ">%s</ul><ul>%s</ul></div>' % (
        "".join(card(x) for x in stories[::-1]), links([("/weather", "Weather"), ("/weather/radar", "Radar"), ("/live", "Watch Live"), ("/station/contests", "Contests"), ("/station/people", "News Team"),
                                                       ("/station/about", "About"), ("/station/tv-schedule", "TV Schedule"), ("/community", "Community Events"), ("/news/local", "Local News"),
                                                       ("/news/nation-world", "Nation & World"), ("/topic/Medford", "Medford"), ("/station/advertise", "Advertise")]))
    s.put("/", shell("KPTR | Southern Oregon News, Weather, Sports, Breaking News", home, '<link rel="canonical" href="%s"/>' % s.url("/"), {"page": {"type": "home"}}, "home"))
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/weather", "/live", "/station/contests", "/station/contests/rules", "/station/people/jenna-ruiz", "/station/about"])
    s.robots(["/sitemap.xml"], ("/api/", "/search"))
    return stories


# ------------------------------------------------------------ 5 KDNV 5 (TEGNA-like station platform, Denver)
def tegna_date(w):
    return "%s %s %s %d, %d" % (w.h12(), w.tz, MON[w.l.month - 1], w.l.day, w.l.year)


def kdnv(ap):
    s = Site(5)
    TZ = "America/Denver"
    D = "kdnv.com"
    stories = [
        dict(path="/article/news/local/aurora-opens-first-city-run-overnight-parking-lot/73-6b1f0c2e-4d8a-4b5e-9f21-0c7d3e9a1b44", sec=("/news/local", "Local News"),
             title="Aurora opens first city-run overnight parking lot for people living in cars", dek="The lot has room for 25 vehicles and is staffed overnight.",
             when=When("2025-02-11T21:12", TZ), upd=When("2025-02-11T22:03", TZ), by=[("Nora Whitfield", "/author/nora-whitfield")], au=["Nora Whitfield"],
             related=("/article/news/local/denver-expands-tiny-home-villages/73-2a9e", "Denver expands tiny home villages for people experiencing homelessness"),
             paras=["AURORA, Colo. — Aurora opened its first city-run safe parking lot Tuesday night, giving people who live in their cars a monitored place to sleep with restrooms and a security guard on site.",
                    "The lot, behind a recreation center on East Colfax Avenue, has room for 25 vehicles. Guests must register with a caseworker, who will help them look for permanent housing.",
                    "City council member Daniel Rhee, who pushed for the program, said police had been getting calls about people sleeping in cars in shopping center lots across the city. \"This gives them somewhere to go that is not a ticket,\" he said.",
                    "Some neighbors objected at a public meeting last month, saying the lot is too close to a park. The city agreed to close it each morning at 7 a.m. and review the program after six months.",
                    "The pilot costs about $310,000 a year and is paid for with money from the state's homelessness grant program."]),
        dict(path="/article/news/nation-world/drought-pushes-plains-ranchers-sell-cattle-early/507-5d0e2c61-8b7f-4f3a-a1c2-93e4d7b6f018", sec=("/news/nation-world", "Nation World"),
             title=ap["title"], dek="Sale barns across the southern Plains report some of their busiest late-winter weeks in years.",
             when=When("2025-03-04T09:40", TZ), upd=None, by=[("JOSH MARTIN (Associated Press)", None)], au=["Josh Martin"], paras=ap["paras"], orig=ap["url"],
             tail="Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."),
        dict(path="/article/news/local/colorado-river-states-miss-another-deadline-water-cuts/73-91c4e7a2-3f6b-4c8d-b5e0-7a2d1f9c6e35", sec=("/news/local", "Local News"),
             title="Colorado River states miss another deadline to agree on water cuts", dek="Federal officials say they will draft their own plan if the states cannot agree.",
             when=When("2025-06-18T14:05", TZ), upd=When("2025-06-18T16:20", TZ), by=[("Associated Press", None)], au=[],
             paras=["DENVER — The seven states that share the Colorado River failed again this week to agree on how to divide shrinking supplies after 2026, leaving federal officials to weigh options of their own.",
                    "Negotiators from the upper basin states of Colorado, Utah, Wyoming and New Mexico and the lower basin states of Arizona, California and Nevada met for two days in Denver but left without a joint proposal.",
                    "The Interior Department has said it will draft its own plan if the states cannot reach a deal, a step that could lead to years of lawsuits.",
                    "Water managers say snowpack in the Rockies melted early this spring, and the river's two largest reservoirs, Lake Mead and Lake Powell, remain far below their historic levels.",
                    "Talks are expected to resume in August."]),
        dict(path="/article/traffic/snowstorm-closes-i-70-vail-pass-crews-clear-crashes/73-0e5a8c3d-7b21-4e9f-8d6a-4c1b2f7e9a06", sec=("/traffic", "Traffic"),
             title="Snowstorm closes I-70 over Vail Pass as crews clear dozens of crashes", dek="CDOT said the closure between Vail and Copper Mountain lasted more than five hours.",
             when=When("2025-01-09T06:48", TZ), upd=When("2025-01-09T11:15", TZ), by=[("Luis Ortega", "/author/luis-ortega"), ("Rachel Kim", "/author/rachel-kim")], au=["Luis Ortega", "Rachel Kim"], video=True,
             paras=["VAIL, Colo. — Interstate 70 was closed in both directions over Vail Pass for most of Thursday morning as heavy snow and more than two dozen crashes left cars and semis stuck on the mountain.",
                    "The Colorado Department of Transportation said the closure between Vail and Copper Mountain began around 4 a.m. and lasted more than five hours while plows and tow trucks worked through the backup.",
                    "Colorado State Patrol troopers said most of the crashes involved vehicles without proper tires. The state's traction law was in effect at the time.",
                    "Up to a foot of new snow fell on the pass overnight, and forecasters expect another round of snow in the mountains Friday night."]),
    ]
    SUGG = "SUGGESTED VIDEOS: Local Stories"
    SUGG_ITEM = "Broncos fans line up early for playoff tickets"
    for st in stories:
        st["byline"] = ", ".join(n for n, h in st["by"])
        st["mn"] = [SUGG_ITEM, "Download the free KDNV app", ONETRUST_TEXT]
    nav = [("/news/local", "Local News"), ("/weather", "Weather"), ("/traffic", "Traffic"), ("/closings", "Closings"), ("/watch", "Watch"), ("/community", "Community"), ("/about-us", "About Us")]

    def shell(title, main, head="", cls="page"):
        navs = "".join('<li class="header-menu__item"><a class="header-menu__link" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<meta property="og:site_name" content="KDNV"><link rel="stylesheet" href="/assets/dist/main.min.css?v=4.117.2"></head>'
                '<body class="%s"><div class="page">%s<header class="header"><div class="header__logo"><a href="/" class="header__logo-link"><img src="/assets/shared-images/logos/kdnv.png" alt="KDNV 5"></a></div>'
                '<nav class="header-menu"><ul class="header-menu__list">%s</ul></nav><a class="header__watch" href="/watch">Watch Now</a></header>'
                '<div class="breaking-bar" data-module="breaking"></div><main class="page__main">%s</main>'
                '<footer class="footer"><ul class="footer__list"><li><a href="/about-us">About Us</a></li><li><a href="/tv-schedule">TV Schedule</a></li><li><a href="/advertise">Advertise</a></li>'
                '<li><a href="https://www.tegna.com/careers/">Careers</a></li><li><a href="https://www.tegna.com/privacy-policy/">Privacy Policy</a></li><li><a href="https://publicfiles.fcc.gov/tv-profile/kdnv">FCC Public File</a></li>'
                '<li><a href="/closings">Closings</a></li></ul><p class="footer__copyright">&copy; %d KDNV-TV. All Rights Reserved.</p></footer></div></body></html>') % (
            E(title), head, cls, ONETRUST, navs, main, NOW.year)

    def tile(st):
        return '<li class="story-list__item"><a class="story-list__link" href="%s"><img class="story-list__image" src="https://media.kdnv.com/assets/KDNV/images/%s/%s.jpg?width=640" alt=""><h4 class="story-list__title">%s</h4></a></li>' % (
            st["path"], "%08x" % (len(st["path"]) * 2654435761 % 4294967296), slug(st["title"])[:16], E(st["title"]))

    def art_html(st, title, body_sections, by_html, w, up, dek="", section=("/news/local", "Local News"), video=False):
        lead = ('<div class="article__lead-asset"><div class="video-player" data-module="video-player"><div class="video-player__title">%s</div>'
                '<div class="video-player__caption">%s</div></div></div>') % (E(title), E(dek)) if video else (
            '<div class="article__lead-asset"><figure class="photo"><img src="https://media.kdnv.com/assets/KDNV/images/%s.jpg?width=1280" alt=""><figcaption class="photo__caption"><span class="photo__credit">Credit: KDNV</span></figcaption></figure></div>' % slug(title)[:20])
        return ('<div class="grid__module"><article class="article"><div class="article__section-title"><a href="%s">%s</a></div><div class="article__headline-wrapper"><h1 class="article__headline">%s</h1></div>'
                '%s%s<div class="article__byline">%s<div class="article__published">Published: %s</div>%s</div>'
                '<div class="social-share" data-module="social-share"><a class="social-share__button social-share__button_facebook">Share on Facebook</a><a class="social-share__button social-share__button_twitter">Share on Twitter</a></div>'
                '<div class="article__body">%s</div></article>'
                '<div class="app-download"><p>Download the free KDNV app for breaking news alerts and live newscasts.</p></div></div>') % (
            section[0], E(section[1]), E(title), ('<div class="article__summary">%s</div>' % E(dek)) if dek else "", lead, by_html, tegna_date(w),
            ('<div class="article__updated">Updated: %s</div>' % tegna_date(up)) if up else "", body_sections)

    def sect(p):
        return '<div class="article__section article__section_type_text utility__text"><p>%s</p></div>' % p

    def article(st):
        w, up = st["when"], st["upd"]
        secs = []
        for i, p in enumerate(st["paras"]):
            secs.append(sect(E(p)))
            if i == 1 and st.get("related"):
                secs.append(sect('<strong>RELATED: <a href="%s">%s</a></strong>' % (st["related"][0], E(st["related"][1]))))
        if st.get("tail"):
            secs.append(sect("<em>%s</em>" % E(st["tail"])))
        secs.append('<div class="article__section article__section_type_video-playlist"><h2 class="video-playlist__title">%s</h2><ul class="video-playlist__list"><li>%s</li><li>Rockies announce new Coors Field food vendors</li></ul></div>' % (SUGG, SUGG_ITEM))
        by_html = '<div class="article__author">Author: %s</div>' % ", ".join(('<a class="article__author-link" href="%s">%s</a>' % (h, E(n))) if h else E(n) for n, h in st["by"])
        main = art_html(st, st["title"], "".join(secs), by_html, w, up, st["dek"], st["sec"], st.get("video")) + '<section class="story-list"><h3 class="story-list__heading">More Videos</h3><ul>%s</ul></section>' % "".join(
            tile(x) for x in stories if x is not st)
        ldo = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": st["title"], "description": st["dek"], "datePublished": w.iso(), "dateModified": (up or w).iso(),
               "author": [{"@type": "Person", "name": n} for n, h in st["by"]], "publisher": {"@type": "Organization", "name": "KDNV", "logo": {"@type": "ImageObject", "url": "https://media.kdnv.com/assets/shared-images/logos/kdnv.png"}},
               "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(st["path"])}}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">%s') % (
            E(st["dek"]), s.url(st["path"]), E(st["title"]), E(st["dek"]), w.iso(), (up or w).iso(), E(st["byline"]), jl(ldo))
        return shell("%s | %s" % (st["title"], D), main, head, "article-page")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, ttl=None):
        s.non(path, shell(ttl or "%s | %s" % (title, D), '<div class="grid__module"><h1 class="page__title">%s</h1>%s</div>' % (E(title), inner),
                          '<link rel="canonical" href="%s"><meta property="og:type" content="website"><meta property="og:title" content="%s">' % (s.url(path), E(title))))

    def art_non(path, title, paras, w, by, section):
        """a service page on the article template (TEGNA publishes team bios and contest rules as articles)"""
        by_html = '<div class="article__author">Author: %s</div>' % E(by)
        main = art_html(None, title, "".join(sect(E(p)) for p in paras), by_html, w, None, "", section)
        ldo = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": w.iso(), "author": [{"@type": "Person", "name": by}],
               "publisher": {"@type": "Organization", "name": "KDNV"}}
        s.non(path, shell("%s | %s" % (title, D), main, '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">%s' % (
            s.url(path), w.iso(), jl(ldo)), "article-page"))

    page("/weather", "Denver Weather Forecast",
         '<div class="weather-current">28&deg; Snow showers</div><ul class="weather-forecast">%s</ul><h2>Forecast</h2><p>Snow tapers off in Denver by midday with 1 to 3 inches on the plains. The mountains pick up another 6 to 10 inches before skies clear Friday.</p><p><a href="/weather/radar">Live Doppler radar</a></p>' % "".join(
             "<li>%s %s&deg;/%s&deg; %s</li>" % x for x in [("Thu", 31, 14, "Snow"), ("Fri", 38, 17, "Clearing"), ("Sat", 47, 22, "Sunny"), ("Sun", 52, 25, "Sunny")]))
    page("/weather/radar", "Live Doppler Radar", '<div class="radar-map" data-lat="39.7392" data-lon="-104.9903"></div><p>Live radar for Denver and the Front Range.</p>')
    page("/traffic", "Denver Traffic", '<div class="traffic-map" data-module="traffic-map"></div><ul><li>I-25 northbound at 6th Avenue: crash blocking two left lanes</li><li>I-70 eastbound at Floyd Hill: chain law in effect</li><li>US 36 westbound at Sheridan: slow</li></ul><section class="story-list"><ul>%s</ul></section>' % tile(stories[3]))
    page("/closings", "School Closings and Delays",
         '<p>Updated 5:52 AM MST January 9, 2025</p><table class="closings"><tr><th>Name</th><th>Status</th></tr>%s</table>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % x for x in [
             ("Clear Creek School District", "Closed"), ("Eagle County Schools", "Closed"), ("Summit School District", "2-hour delay"), ("Jeffco Public Schools", "Open"), ("Colorado Mountain College", "Closed")]))
    page("/watch", "Watch KDNV News Live", '<div class="video-player" data-stream="live"></div><ul><li>KDNV News Daybreak, 4:30-7 a.m.</li><li>KDNV News at 4, 5, 6 and 10 p.m.</li></ul><p>Stream KDNV+ free on Roku, Fire TV and Apple TV.</p>')
    page("/news/local", "Local News", '<section class="story-list"><ul>%s</ul></section>' % "".join(tile(x) for x in stories if x["sec"][0] == "/news/local"))
    page("/community", "Community", '<h2>Events</h2><ul><li>Jan. 18: Stock Show Parade, downtown Denver</li><li>Jan. 25: 9Health Fair sign-ups open</li><li>Feb. 1: Denver Restaurant Week begins</li></ul><p>Submit an event at community@kdnv.example.</p>')
    page("/about-us", "About KDNV", '<p>KDNV 5 is a TEGNA station serving Denver and Colorado.</p><h2>Our team</h2><ul><li><a href="/article/about-us/team-bios/nora-whitfield/73-bio-nora-whitfield">Nora Whitfield</a>, Reporter</li><li>Luis Ortega, Anchor</li><li>Rachel Kim, Photojournalist</li></ul>')
    page("/tv-schedule", "TV Schedule", '<table><tr><td>4:30 AM</td><td>KDNV News Daybreak</td></tr><tr><td>7:00 AM</td><td>TODAY</td></tr><tr><td>4:00 PM</td><td>KDNV News at 4</td></tr><tr><td>10:00 PM</td><td>KDNV News at 10</td></tr></table>')
    page("/advertise", "Advertise with KDNV", ps(["TEGNA Marketing Solutions helps Colorado businesses reach customers on air, on streaming and online.", "Contact advertising@kdnv.example to get started."]))
    art_non("/article/about-us/team-bios/nora-whitfield/73-bio-nora-whitfield", "Nora Whitfield",
            ["Nora Whitfield is a reporter for KDNV. She covers Aurora, housing and homelessness.",
             "Nora joined KDNV in 2020 after working at stations in Colorado Springs and Albuquerque. She grew up in Pueblo and graduated from Colorado State University.",
             "Follow Nora on social media or email her at nwhitfield@kdnv.example."], When("2020-06-01T10:00", TZ), "KDNV Staff", ("/about-us", "About Us"))
    art_non("/article/community/contests/broncos-tailgate-ticket-giveaway-official-rules/73-rules-tailgate", "Broncos Tailgate Ticket Giveaway Official Rules",
            ["NO PURCHASE NECESSARY TO ENTER OR WIN. The Broncos Tailgate Ticket Giveaway is sponsored by KDNV-TV, a TEGNA Inc. station.",
             "Eligibility: open to legal residents of Colorado who are 18 or older. Entry period: 12:00 a.m. MST January 2, 2025 through 11:59 p.m. MST January 12, 2025.",
             "Prize: one winner will receive four game tickets and a parking pass. Approximate retail value: $600. Odds of winning depend on the number of eligible entries received."],
            When("2025-01-02T00:05", TZ), "KDNV Staff", ("/community", "Community"))
    home = '<section class="story-list story-list_home"><ul>%s</ul></section><section><ul>%s</ul></section>' % ("".join(tile(x) for x in stories), links([
        ("/weather", "Weather"), ("/weather/radar", "Radar"), ("/traffic", "Traffic"), ("/closings", "Closings"), ("/watch", "Watch Live"), ("/news/local", "Local News"), ("/community", "Community"),
        ("/about-us", "About Us"), ("/tv-schedule", "TV Schedule"), ("/advertise", "Advertise"), ("/article/community/contests/broncos-tailgate-ticket-giveaway-official-rules/73-rules-tailgate", "Contest rules")]))
    s.put("/", shell("Denver News, Weather, Traffic and Sports | %s" % D, home, '<link rel="canonical" href="%s"><meta property="og:type" content="website">' % s.url("/"), "home"))
    s.urlset("/sitemaps/sitemap.xml", [x["path"] for x in stories] + ["/weather", "/closings", "/watch", "/about-us", "/article/about-us/team-bios/nora-whitfield/73-bio-nora-whitfield"])
    s.newsmap("/sitemaps/news.xml", stories, "KDNV")
    s.robots(["/sitemaps/sitemap.xml", "/sitemaps/news.xml"], ("/search/", "/api/"))
    s.rss2("/feeds/syndication/rss/news", "KDNV - News", "Denver news", stories)
    return stories


# ------------------------------------------------------------ 6 WKYR 89.1 (public radio on NPR's Grove/Brightspot platform, Lexington KY)
def wkyr():
    s = Site(6)
    TZ = "America/New_York"
    SN = "WKYR"
    stories = [
        dict(path="/news/2025-02-12/lextran-bus-rapid-transit-line-faces-funding-gap", sec=("/news", "Local News"),
             title="Lextran's bus rapid transit line faces a $14 million funding gap", dek="The agency says it could build the Nicholasville Road line in phases if a second federal grant falls through.",
             when=When("2025-02-12T17:45", TZ), upd=None, by=[("Erin Calloway", "/people/erin-calloway")], au=["Erin Calloway"], listen="3:52",
             paras=["Lextran's plan to run faster, more frequent buses along Nicholasville Road is about $14 million short, agency leaders told the Urban County Council on Wednesday.",
                    "The bus rapid transit line would add dedicated lanes and raised stations along a six-mile stretch between downtown and Fayette Mall. Buses would come every 10 minutes during busy hours.",
                    "Lextran general manager Fred Combs said construction costs have climbed since the project was first estimated in 2021. The agency has applied for a second federal grant to cover the difference.",
                    "\"If we do not get it, we will build in phases,\" Combs said. \"The first phase would still get riders from downtown to the university faster.\"",
                    "Several council members asked whether the city's general fund could fill part of the gap. Vice Mayor Dan Wu said the council would take up the question during budget hearings in May.",
                    "Lextran expects to hear back on the grant application by summer."]),
        dict(path="/news/2025-03-20/eastern-kentucky-flood-survivors-still-waiting-on-housing", sec=("/news", "Local News"),
             title="Eastern Kentucky flood survivors still waiting on housing nearly three years later", dek="About 300 new homes are built or underway, but hundreds of households remain on a waiting list.",
             when=When("2025-03-20T06:02", TZ), upd=When("2025-03-20T09:30", TZ), by=[("Devon Marsh", "/people/devon-marsh"), ("Ana Whitcomb", "/people/ana-whitcomb")], au=["Devon Marsh", "Ana Whitcomb"], listen="7:41",
             note="This story was produced in partnership with the Appalachian Newsroom Collaborative, a group of public media stations in Kentucky, West Virginia and Virginia.",
             paras=["HINDMAN, Ky. — Nearly three years after floodwaters tore through Knott County, dozens of families are still living in travel trailers, with relatives or in homes they have only partly repaired.",
                    "State officials say about 300 new homes have been built or are under construction on higher ground in Eastern Kentucky, most of them in new communities paid for by the state's flood relief fund.",
                    "But residents and aid workers say the pace has left many people in limbo. \"Every winter we think this will be the last one in the camper,\" said Brenda Sturgill, who lives with her husband and grandson on a lot outside Hindman.",
                    "The largest of the new developments, on a reclaimed mine site near Hazard, has 55 homes finished and another 70 planned. Applicants must have lived in a flooded area and meet income limits.",
                    "Kentucky Emergency Management said it is working through a waiting list of more than 400 households and expects to open a second round of applications this summer.",
                    "Residents who need help can call the state's flood recovery line or visit a long-term recovery group in their county."]),
        dict(path="/2025-04-08/why-your-spring-allergies-seem-to-be-getting-worse", sec=("/npr-news", "NPR News"),
             title="Why your spring allergies seem to be getting worse", dek="Pollen season starts weeks earlier than it did in the 1990s, and there is more pollen in the air.",
             when=When("2025-04-08T05:00", TZ), upd=None, by=[("Maya Lindqvist", None)], au=["Maya Lindqvist"], npr=True,
             paras=["If it feels like your sneezing starts earlier every year, you are not imagining it. Across much of the United States, pollen season now begins weeks sooner than it did in the 1990s.",
                    "Researchers who analyzed decades of pollen counts found that the season has grown by about 20 days on average, and that the total amount of pollen in the air has increased too.",
                    "Warmer temperatures are the main reason. Trees leaf out and release pollen earlier when winters are mild, and some plants produce more pollen when carbon dioxide levels are higher.",
                    "\"We are seeing patients who never had allergies in childhood come in with symptoms in their 30s and 40s,\" said Dr. Renee Albright, an allergist in Cincinnati.",
                    "Doctors recommend starting allergy medicine a week or two before symptoms usually begin, keeping windows closed on high-pollen days and showering after spending time outdoors."],
             tail="Copyright 2025 NPR"),
    ]
    PITCH = "WKYR depends on listener support. Your gift today keeps local reporting free for everyone"
    BIO = "Erin Calloway covers transportation and growth in Central Kentucky for WKYR."
    for st in stories:
        st["byline"] = ", ".join(n for n, h in st["by"])
        st["mn"] = [PITCH, "Stay Connected", ONETRUST_TEXT] + ([BIO] if st["by"][0][0] == "Erin Calloway" else [])
    nav = [("/news", "News"), ("/schedule", "Schedule"), ("/podcasts", "Podcasts"), ("/community-calendar", "Events"), ("/about", "About"), ("/support", "Donate")]

    def shell(title, main, head="", cls="Page"):
        navs = "".join('<li class="NavigationItem"><a class="NavigationLink" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html class="%s" lang="en"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<meta property="og:site_name" content="WKYR"><link rel="stylesheet" href="https://wkyr.brightspotcdn.example/resource/00000177-1bc0-debb-a57f-dff0b4e60000/styleguide/All.min.a9c2e1.gz.css"></head>'
                '<body class="Page-body"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/"><img src="https://wkyr.brightspotcdn.example/dims4/default/logo.png" alt="WKYR 89.1"></a>'
                '<nav class="Page-header-navigation"><ul class="Navigation-items">%s</ul></nav><div class="Page-header-donate"><a class="Button" href="/support">Donate</a></div>'
                '<bsp-listen-live class="ListenLive"><button class="ListenLive-button">Listen Live</button><div class="ListenLive-now">All Things Considered</div></bsp-listen-live></div></bsp-header>'
                '<main class="Page-main">%s</main>'
                '<footer class="Page-footer"><div class="Page-footer-logo"><img src="https://wkyr.brightspotcdn.example/dims4/default/logo-footer.png" alt="WKYR"></div>'
                '<div class="Page-footer-about">WKYR is a service of Bluegrass Public Media. 340 East Short Street, Lexington, KY 40507</div>'
                '<ul class="FooterNavigation"><li><a href="/about">About</a></li><li><a href="/people">Staff</a></li><li><a href="/underwriting">Underwriting</a></li><li><a href="/support">Support</a></li>'
                '<li><a href="/public-file">FCC Public File</a></li><li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/contact">Contact</a></li></ul>'
                '<div class="Page-footer-disclaimer">&copy; %d WKYR</div></footer>%s</body></html>') % (cls, E(title), head, navs, main, NOW.year, ONETRUST)

    def promo(st):
        return ('<div class="PromoB"><div class="PromoB-media"><a class="Link" href="%s"><img class="Image" src="https://wkyr.brightspotcdn.example/dims4/default/%s/2147483647/strip/true/crop/3000x2000/resize/880x587/quality/90/image.jpg" alt=""></a></div>'
                '<div class="PromoB-content"><div class="PromoB-category"><a class="Link" href="%s">%s</a></div><div class="PromoB-title"><a class="Link" href="%s">%s</a></div>'
                '<div class="PromoB-description">%s</div><div class="PromoB-date" data-date="%s">%s</div></div></div>') % (
            st["path"], slug(st["title"])[:7], st["sec"][0], E(st["sec"][1]), st["path"], E(st["title"]), E(st["dek"]), st["when"].z(), mdy(st["when"]))

    def article(st):
        w, up = st["when"], st["upd"]
        authors = "".join('<div class="ArtP-authors-item">%s%s</div>' % (('<a class="Link" href="%s">%s</a>' % (h, E(n))) if h else E(n),
                                                                     '<span class="ArtP-authors-org">NPR</span>' if st.get("npr") else "") for n, h in st["by"])
        listen = ('<div class="AudioEnhancement"><bsp-audio-player class="AudioPlayer"><button class="AudioPlayer-play"><span class="AudioEnhancement-title">Listen</span> &bull; <span class="AudioEnhancement-duration">%s</span></button></bsp-audio-player></div>' % st["listen"]) if st.get("listen") else ""
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"])
        if st.get("note"):
            body += "<p><i>%s</i></p>" % E(st["note"])
        if st.get("tail"):
            body += "<p>%s</p>" % E(st["tail"])
        cards = ""
        for n, h in st["by"]:
            if h:
                bio = BIO if n == "Erin Calloway" else "%s is a reporter at WKYR." % n
                cards += ('<div class="AuthorInfo"><div class="AuthorInfo-image"><img src="https://wkyr.brightspotcdn.example/dims4/default/%s.jpg" alt="%s"></div><div class="AuthorInfo-content">'
                          '<div class="AuthorInfo-name"><a class="Link" href="%s">%s</a></div><div class="AuthorInfo-bio">%s</div><div class="AuthorInfo-social"><a href="mailto:%s@wkyr.example">Email</a></div>'
                          '<a class="Link AuthorInfo-more" href="%s">See stories by %s</a></div></div>') % (slug(n), E(n), h, E(n), E(bio), slug(n).split("-")[0], h, E(n))
        main = ('<div class="ArtP-main"><div class="ArtP-header"><div class="ArtP-breadcrumbs"><a class="Link" href="%s">%s</a></div><h1 class="headline">%s</h1><div class="ArtP-subHeadline">%s</div>'
                '<div class="ArtP-meta"><div class="ArtP-byline"><div class="ArtP-authors">By %s</div></div><div class="ArtP-date"><div class="ArtP-date-published">Published %s at %s %s</div>%s</div></div>'
                '%s<div class="ArtP-actions"><bsp-social-share class="ActionBar"><a class="ActionLink" data-social-service="facebook">Facebook</a><a class="ActionLink" data-social-service="twitter">Twitter</a><a class="ActionLink" data-social-service="email">Email</a></bsp-social-share></div></div>'
                '<div class="ArtP-lead"><figure class="Figure"><img src="https://wkyr.brightspotcdn.example/dims4/default/%s/lead.jpg" alt=""><div class="Figure-credit">%s</div></figure></div>'
                '<div class="ArtP-articleBody"><div class="RichTextArticleBody RichTextBody">%s</div></div>'
                '<div class="ArtP-authorInfo">%s</div>'
                '<div class="ArtP-donate"><div class="PromoCTA"><h3 class="PromoCTA-title">Support local journalism</h3><p class="PromoCTA-description">%s.</p><a class="Button" href="/support">Donate</a></div></div>'
                '<div class="ArtP-newsletter"><div class="NewsletterSignup"><h3>Stay Connected</h3><p>Get WKYR&#x27;s morning newsletter in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div></div>'
                '<div class="ArtP-related"><h3 class="List-title">Related Content</h3>%s</div></div>') % (
            st["sec"][0], E(st["sec"][1]), E(st["title"]), E(st["dek"]), authors, mdy(w), w.h12(), w.tz,
            ('<div class="ArtP-date-updated">Updated %s at %s %s</div>' % (mdy(up), up.h12(), up.tz)) if up else "", listen, slug(st["title"])[:8],
            "Erin Calloway / WKYR" if not st.get("npr") else "Getty Images", body, cards, PITCH, "".join(promo(x) for x in stories if x is not st))
        ldo = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": st["title"], "description": st["dek"], "datePublished": w.z(), "dateModified": (up or w).z(),
               "author": [{"@type": "Person", "name": n, "url": s.url(h) if h else None} for n, h in st["by"]], "publisher": {"@type": "Organization", "name": "WKYR"},
               "mainEntityOfPage": {"@type": "NewsArticle", "@id": s.url(st["path"])}, "articleSection": st["sec"][1]}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:author" content="%s">'
                '<meta name="brightspot.contentId" content="0000019%x-aa0c-d5c1-a3f7-ffafe3c90000">%s') % (
            E(st["dek"]), s.url(st["path"]), E(st["title"]), w.z(), (up or w).z(), E(s.url(st["by"][0][1] or "/")), len(st["title"]) * 977, jl(ldo))
        return shell("%s | WKYR" % st["title"], main, head, "ArticlePage")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, og="website", cls="SectionPage"):
        s.non(path, shell("%s | WKYR" % title, '<div class="%s-main"><h1 class="%s-title">%s</h1>%s</div>' % (cls, cls, E(title), inner),
                          '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s">' % (s.url(path), og, E(title)), cls))

    sched = [("5:00 AM", "Morning Edition", "/show/morning-edition"), ("9:00 AM", "1A", None), ("10:00 AM", "The Bluegrass Hour", "/show/the-bluegrass-hour"), ("11:00 AM", "Here & Now", None),
             ("1:00 PM", "Fresh Air", None), ("4:00 PM", "All Things Considered", None), ("7:00 PM", "Marketplace", None), ("8:00 PM", "Kentucky Jazz Nights", None)]
    page("/schedule", "Program Schedule", '<div class="ProgramSchedule"><div class="ProgramSchedule-day">Weekdays</div><ul>%s</ul></div>' % "".join(
        '<li class="ProgramSchedule-item"><span class="ProgramSchedule-time">%s</span> %s</li>' % (t, ('<a href="%s">%s</a>' % (p, E(n))) if p else E(n)) for t, n, p in sched), cls="SchedulePage")
    page("/show/morning-edition", "Morning Edition",
         '<div class="ShowPage-description"><p>Morning Edition gives listeners the news, analysis, commentary and coverage of arts and sports they need to start the day. Local news, weather and traffic with WKYR host Paul Ritchey every half hour.</p></div>'
         '<div class="ShowPage-airtimes">Weekdays 5 a.m. - 9 a.m.</div><h2>Latest Episodes</h2>%s' % promo(stories[0]), cls="ShowPage")
    page("/show/the-bluegrass-hour", "The Bluegrass Hour",
         '<div class="ShowPage-description"><p>A weekly conversation about life in Central Kentucky, hosted by Erin Calloway. Call in at (859) 555-0189 during the show.</p></div><div class="ShowPage-airtimes">Fridays at 10 a.m.</div>'
         '<ul><li>Episode 212: The future of horse farms in Fayette County</li><li>Episode 211: Kentucky poets laureate read new work</li></ul>', cls="ShowPage")
    page("/people/erin-calloway", "Erin Calloway",
         '<div class="PersonPage-title">Transportation and Growth Reporter</div><div class="PersonPage-bio"><p>%s She joined the station in 2019 and also hosts The Bluegrass Hour.</p></div><h2>Stories by Erin Calloway</h2>%s' % (E(BIO), promo(stories[0])), og="profile", cls="PersonPage")
    page("/people", "Our Staff", '<ul>%s</ul>' % "".join('<li><a href="%s">%s</a> - %s</li>' % x for x in [("/people/erin-calloway", "Erin Calloway", "Reporter"), ("/people/devon-marsh", "Devon Marsh", "Eastern Kentucky Reporter"), ("/people/ana-whitcomb", "Ana Whitcomb", "Data Reporter")]))
    page("/support", "Support WKYR",
         '<p>Public radio is supported by listeners like you. Make a one-time gift or become a sustaining member for as little as $5 a month.</p><div class="DonateForm"><button>$5/month</button><button>$10/month</button><button>$20/month</button><button>Other</button></div>'
         '<p>Other ways to give: vehicle donation, planned giving, matching gifts.</p>', cls="SupportPage")
    page("/underwriting", "Underwriting",
         '<p>Connect your business with WKYR&#x27;s educated, engaged audience. Underwriting credits air during NPR and local programs and on wkyr.org.</p><p>Contact our corporate support team at underwriting@wkyr.example or (859) 555-0107.</p>')
    page("/community-calendar", "Community Calendar",
         '<ul class="EventList">%s</ul><p><a href="/community-calendar/submit">Submit your event</a></p>' % "".join('<li class="EventPromo"><div class="EventPromo-date">%s</div><div class="EventPromo-title">%s</div><div class="EventPromo-venue">%s</div></li>' % x for x in [
             ("Feb 20", "WKYR Listener Coffee", "Good Foods Co-op"), ("Feb 28", "Kentucky Author Night", "Lexington Public Library"), ("Mar 7", "Bluegrass Jam at the Lyric", "Lyric Theatre")]))
    page("/podcasts", "Podcasts", '<ul><li><a href="/show/the-bluegrass-hour">The Bluegrass Hour</a></li><li>Backroads Kentucky</li><li>Capitol Notebook</li></ul>')
    page("/about", "About WKYR", ps(["WKYR 89.1 FM is a listener-supported NPR member station serving Lexington and Central Kentucky since 1972.",
                                     "We broadcast on 89.1 FM in Lexington, 90.3 FM in Hazard and stream everywhere at wkyr.org.", "WKYR is licensed to Bluegrass Public Media, a Kentucky nonprofit corporation."]))
    page("/news", "Local News", "".join(promo(x) for x in stories if x["sec"][0] == "/news"))
    home = '<div class="HomePage-main"><div class="List">%s</div><ul>%s</ul></div>' % ("".join(promo(x) for x in stories), links([
        ("/news", "Local News"), ("/schedule", "Schedule"), ("/show/morning-edition", "Morning Edition"), ("/show/the-bluegrass-hour", "The Bluegrass Hour"), ("/people", "Staff"),
        ("/people/erin-calloway", "Erin Calloway"), ("/support", "Donate"), ("/underwriting", "Underwriting"), ("/community-calendar", "Community Calendar"), ("/podcasts", "Podcasts"), ("/about", "About")]))
    s.put("/", shell("WKYR | Central Kentucky's NPR Station", home, '<link rel="canonical" href="%s"><meta property="og:type" content="website">' % s.url("/"), "HomePage"))
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/schedule", "/show/morning-edition", "/people/erin-calloway", "/support", "/about"])
    s.robots(["/sitemap.xml"], ("/search", "/_debug/"))
    s.rss2("/index.rss", "WKYR", "Central Kentucky's NPR Station", stories)
    return stories


# ------------------------------------------------------------ 7 The Campus Ledger (US student newspaper on SNO FLEX, WordPress)
def ledger():
    s = Site(7)
    TZ = "America/New_York"
    SN = "The Campus Ledger"
    stories = [
        dict(path="/news/2025/02/12/student-senate-votes-to-fund-free-menstrual-products-in-all-campus-restrooms/", cat="News",
             title="Student senate votes to fund free menstrual products in all campus restrooms", when=When("2025-02-12T14:14", TZ),
             by=[("Priya Natarajan", "News Editor")], au=["Priya Natarajan"], photo="Photo by Ava Chen | The Campus Ledger", tags=["student senate", "facilities"],
             paras=["The Carver State Student Senate voted 24-3 on Tuesday to spend $38,000 a year stocking free menstrual products in every restroom on campus, including men's and all-gender restrooms.",
                    "The resolution, written by senators Jada Whitlock and Omar Haddad, expands a pilot program that placed dispensers in the library and the student union last spring.",
                    "\"Students told us they were missing class because they could not get to a store,\" Whitlock said during the meeting. \"This is a basic need, and it should be treated like toilet paper.\"",
                    "Three senators voted against the measure, arguing the money should come from the university's facilities budget rather than student activity fees.",
                    "Facilities Management said installation will begin over spring break and should be finished by the start of the fall semester."]),
        dict(path="/sports/2025/03/02/womens-basketball-clinches-first-conference-title-since-2009/", cat="Sports",
             title="Women's basketball clinches first conference title since 2009", when=When("2025-03-02T11:40", TZ),
             by=[("Caleb Ortiz", "Staff Writer"), ("Hannah Lee", "Sports Editor")], au=["Caleb Ortiz", "Hannah Lee"], photo="Senior guard Tasha Ellison drives to the basket against Wayne Hill. Photo by Ava Chen | The Campus Ledger", tags=["women's basketball"],
             paras=["The Carver State women's basketball team clinched its first Great Lakes Valley Conference regular-season title in 16 years with a 71-58 win over Wayne Hill on Saturday at Harmon Arena.",
                    "Senior guard Tasha Ellison led the Cougars with 22 points and eight assists, and freshman forward Marisol Vega added 14 points and 11 rebounds.",
                    "\"We talked all week about finishing,\" head coach Denise Porter said. \"They did not let up for a single possession in the fourth quarter.\"",
                    "The title gives Carver State the top seed in the conference tournament, which begins Thursday in Evansville.",
                    "The Cougars finished the regular season 24-5 overall and 17-1 in conference play."]),
        dict(path="/opinion/2025/03/26/the-university-owes-students-a-straight-answer-on-tuition/", cat="Opinion",
             title="The university owes students a straight answer on tuition", when=When("2025-03-26T09:05", TZ),
             by=[("The Ledger Editorial Board", None)], au=[], photo=None, tags=["tuition", "editorial"],
             paras=["Last week, the Board of Trustees approved a 4.5% tuition increase for next fall. Students found out the way they usually do: from an email sent after the vote.",
                    "The increase will add about $520 to the yearly bill for an in-state undergraduate. For many students who already work two jobs, that is not a small number.",
                    "The administration says rising costs for health insurance and utilities left it no choice. Maybe so. But the budget documents shared with the trustees were not posted publicly until two days after the meeting.",
                    "We are not asking the university to freeze tuition forever. We are asking it to explain its decisions before it makes them, and to give students a real chance to weigh in.",
                    "Hold a public forum before next year's vote. Post the budget in advance. Students pay the bills. They deserve to see them."],
             note="The Ledger Editorial Board is made up of Editor-in-Chief Rosa Delgado, Managing Editor Ben Whitaker and Opinion Editor Simone Grant. Editorials represent the majority opinion of the board."),
        dict(path="/news/2025/04/10/campus-dining-to-replace-harmon-hall-food-court-with-late-night-market/", cat="News",
             title="Campus dining to replace Harmon Hall food court with late-night market", when=When("2025-04-10T16:20", TZ),
             by=[("Mason Reed", "Staff Reporter")], au=["Mason Reed"], photo=None, tags=["campus dining"],
             paras=["The Harmon Hall food court will close at the end of the semester and reopen in August as a late-night market with grab-and-go meals and groceries, Campus Dining announced Thursday.",
                    "The market will stay open until 2 a.m. on weeknights and accept meal swipes, dining dollars and credit cards. It will replace the pizza and burger counters that have operated in the space since 2012.",
                    "\"The busiest hours in the residence halls are after 10 p.m., and right now there is nowhere to get food on campus at that time,\" said Luis Ferreira, director of Campus Dining.",
                    "Student workers at the food court will be offered jobs at the market or in other dining locations, Ferreira said.",
                    "Renovations are expected to cost about $1.2 million and will be paid for through the university's contract with its food service provider."]),
    ]
    DONATE = "Your donation will support the student journalists of Carver State University"
    COMMENT = "Great reporting, but the senate should have asked facilities to pay for this."
    for st in stories:
        st["byline"] = " and ".join(n for n, r in st["by"])
        st["rss_by"] = "Ledger Web Desk"
        st["mn"] = [DONATE, "More Stories", "Leave a Comment"]
    stories[0]["mn"].append(COMMENT)
    cats = [("/category/news/", "News"), ("/category/sports/", "Sports"), ("/category/opinion/", "Opinion"), ("/print-editions/", "Print Editions"), ("/staff/", "Staff"), ("/about/", "About"), ("/advertise/", "Advertise"), ("/donate/", "Donate")]

    def shell(title, main, head="", bodycls="home"):
        menu = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in cats)
        return ('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s\n'
                '<link rel="alternate" type="application/rss+xml" title="The Campus Ledger &raquo; Feed" href="%s">\n'
                '<link rel="stylesheet" id="sno-flex-style-css" href="/wp-content/themes/snoflex/style.css?ver=7.5.2" media="all">\n</head>\n'
                '<body class="%s sno-flex">\n<div id="wrap"><div id="header" class="sno-header"><div class="header-logo"><a href="/"><img src="/wp-content/uploads/2023/08/ledger-banner.png" alt="The Campus Ledger"></a></div>'
                '<div class="header-tagline">The student newspaper of Carver State University since 1921</div></div>'
                '<nav id="mainmenu" class="sno-menu"><ul id="menu-main" class="sf-menu">%s</ul></nav>'
                '<div id="content-wrap" class="sno-content">%s'
                '<div id="sidebar" class="sno-sidebar"><div class="widgetwrap sno-donation-widget"><h3 class="widgettitle">Donate to The Campus Ledger</h3><div class="sno-donation">'
                '<p>%s. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.</p><a class="sno-donate-button" href="/donate/">Donate</a></div></div>'
                '<div class="widgetwrap"><h3 class="widgettitle">Print Edition</h3><a href="/print-editions/"><img src="/wp-content/uploads/2025/03/issue-cover.jpg" alt="Latest print issue"></a></div></div></div>'
                '<div id="footer" class="sno-footer"><p>&copy; %d &bull; Privacy Policy &bull; <a href="/wp-login.php">Login</a></p><p class="sno-credit">Powered by <a href="https://snosites.com">SNO Sites</a></p></div></div>\n'
                '<script src="/wp-content/themes/snoflex/js/sno-scripts.js?ver=7.5.2"></script>\n</body>\n</html>') % (E(title), head, s.url("/feed/"), bodycls, menu, main, DONATE, NOW.year)

    def tile(st):
        return '<div class="sno-tile"><a href="%s"><img src="/wp-content/uploads/%d/%02d/%s-900x600.jpg" alt=""></a><div class="sno-tile-cat">%s</div><h3 class="sno-tile-headline"><a href="%s">%s</a></h3><p class="sno-tile-byline">%s &bull; %s</p></div>' % (
            st["path"], st["when"].l.year, st["when"].l.month, slug(st["title"])[:24], E(st["cat"]), st["path"], E(st["title"]), E(st["byline"]), mdy(st["when"]))

    def article(st):
        w = st["when"]
        by = " and ".join(('<span class="byline-name"><a href="/staff_name/%s/">%s</a></span>, <span class="jobtitle">%s</span>' % (slug(n), E(n), E(r))) if r else
                          '<span class="byline-name">%s</span>' % E(n) for n, r in st["by"])
        photo = ('<div class="sno-story-photo-area"><div class="photowrap"><img src="/wp-content/uploads/%d/%02d/%s.jpg" alt=""></div><div class="photocaption">%s</div></div>' % (
            w.l.year, w.l.month, slug(st["title"])[:24], E(st["photo"]))) if st["photo"] else ""
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"])
        if st.get("note"):
            body += "<p><em>%s</em></p>" % E(st["note"])
        comments = ('<div id="comments" class="sno-comments"><h3 class="comments-title">1 Comment</h3><p class="comment-policy">The Campus Ledger welcomes comments that are respectful and on topic. Comments are moderated before they appear.</p>'
                    '<ol class="commentlist"><li class="comment"><div class="comment-author"><cite class="fn">Marcus T.</cite></div><div class="comment-meta">%s at 6:02 pm</div><p>%s</p></li></ol>'
                    '<div id="respond"><h3 id="reply-title">Leave a Comment</h3><form class="comment-form"><textarea name="comment"></textarea><input name="author" placeholder="Name"><input name="email" placeholder="Email"><input type="submit" value="Post Comment"></form></div></div>') % (
            mdy(w), E(COMMENT)) if st is stories[0] else ('<div id="respond"><h3 id="reply-title">Leave a Comment</h3><form class="comment-form"><textarea name="comment"></textarea></form></div>')
        main = ('<div id="main" class="sno-story-wrap"><div class="sno-story-page"><div class="sno-story-headline-area"><div class="sno-story-category"><a href="/category/%s/">%s</a></div><h1 class="sno-story-headline">%s</h1></div>'
                '<div class="sno-story-byline">%s</div><div class="sno-story-date"><span class="time-wrapper">%s</span></div>%s'
                '<div id="sno-story-body-content" class="sno-story-body-content">%s</div>'
                '<div class="sno-story-tags">%s</div>'
                '<div class="sno-story-sharing"><a class="sno-share-facebook">Facebook</a><a class="sno-share-x">X</a><a class="sno-share-email">Email</a><a class="sno-share-print">Print</a></div>'
                '%s<div class="sno-related"><h3 class="sno-related-title">More Stories</h3>%s</div></div></div>') % (
            st["cat"].lower(), E(st["cat"]), E(st["title"]), by, mdy(w), photo, body, "".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), E(t)) for t in st["tags"]), comments,
            "".join(tile(x) for x in stories if x is not st))
        # Yoast: the WordPress account that posted it, not the byline writer (SNO keeps writers in a custom field)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(st["path"]) + "#article", "isPartOf": {"@id": s.url(st["path"])}, "author": {"name": "Ledger Web Desk", "@id": s.url("/#/schema/person/3b7a")},
             "headline": st["title"], "datePublished": w.utc(), "dateModified": w.plus(95).utc(), "mainEntityOfPage": {"@id": s.url(st["path"])}, "publisher": {"@id": s.url("/#organization")},
             "articleSection": [st["cat"]], "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": s.url(st["path"]), "url": s.url(st["path"]), "name": "%s &#8211; The Campus Ledger" % st["title"], "datePublished": w.utc()},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": "The Campus Ledger", "url": s.url("/")},
            {"@type": "Person", "@id": s.url("/#/schema/person/3b7a"), "name": "Ledger Web Desk", "url": s.url("/author/webdesk/")}]}
        head = ('<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:locale" content="en_US">\n<meta property="og:type" content="article">\n'
                '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:site_name" content="The Campus Ledger">\n'
                '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta name="author" content="Ledger Web Desk">\n'
                '<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="Ledger Web Desk">\n<meta name="twitter:label2" content="Est. reading time">\n<meta name="twitter:data2" content="3 minutes">\n'
                '<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            E(st["paras"][0][:155]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), w.utc(), w.plus(95).utc(), J(graph))
        return shell("%s &#8211; The Campus Ledger".replace("&#8211;", "–") % st["title"], main, head, "post-template-default single single-post single-format-standard")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, bodycls="page-template-default page", og="article"):
        # Yoast renders WordPress pages with og:type article
        s.non(path, shell("%s – The Campus Ledger" % title, '<div id="main" class="sno-page"><h1 class="sno-page-title">%s</h1><div class="sno-page-content">%s</div></div>' % (E(title), inner),
                          '<link rel="canonical" href="%s">\n<meta property="og:type" content="%s">\n<meta property="og:title" content="%s">\n<meta property="article:modified_time" content="2025-01-15T18:22:41+00:00">' % (
                              s.url(path), og, E(title)), bodycls))

    staff = [("Rosa Delgado", "Editor-in-Chief"), ("Ben Whitaker", "Managing Editor"), ("Priya Natarajan", "News Editor"), ("Hannah Lee", "Sports Editor"), ("Simone Grant", "Opinion Editor"),
             ("Caleb Ortiz", "Staff Writer"), ("Mason Reed", "Staff Reporter"), ("Ava Chen", "Photo Editor")]
    page("/staff/", "Staff", '<div class="sno-staff-page"><h2>2024-2025 Staff</h2>%s<h2>Adviser</h2><p>Dr. Karen Holloway, Department of Communication</p></div>' % "".join(
        '<div class="sno-staff-profile"><a href="/staff_name/%s/">%s</a><span class="staffposition">%s</span></div>' % (slug(n), E(n), E(r)) for n, r in staff))
    page("/staff_name/priya-natarajan/", "Priya Natarajan",
         '<div class="sno-staff-profile-page"><div class="staffposition">News Editor</div><div class="staffbio"><p>Priya Natarajan is a junior majoring in political science and journalism. She joined the Ledger as a staff writer her freshman year and covers student government and university administration.</p></div>'
         '<h2>All content by Priya Natarajan</h2>%s</div>' % tile(stories[0]), "staff_name-template-default single single-staff_name", og="article")
    issues = [("Volume 104, Issue 12", "March 26, 2025"), ("Volume 104, Issue 11", "March 5, 2025"), ("Volume 104, Issue 10", "February 12, 2025"), ("Volume 104, Issue 9", "January 29, 2025")]
    page("/print-editions/", "Print Editions", '<p>Read the Ledger&#x27;s print editions online. Print copies are available in 40 racks across campus every other Wednesday.</p><div class="print-editions">%s</div>' % "".join(
        '<div class="print-issue"><a href="https://issuu.com/campusledger/docs/vol104_issue%s"><img src="/wp-content/uploads/2025/03/cover-%s.jpg" alt=""></a><h3>%s</h3><p>%s</p></div>' % (
            v.split()[-1], v.split()[-1], E(v), E(d)) for v, d in issues))
    page("/category/news/", "News", "".join(tile(x) for x in stories if x["cat"] == "News") + '<div class="pagination"><a href="/category/news/page/2/">Older posts</a></div>', "archive category category-news", "website")
    page("/category/sports/", "Sports", "".join(tile(x) for x in stories if x["cat"] == "Sports"), "archive category category-sports", "website")
    page("/category/opinion/", "Opinion", "".join(tile(x) for x in stories if x["cat"] == "Opinion") + '<p>Want to write a letter to the editor? <a href="/about/">See our letters policy</a>.</p>', "archive category category-opinion", "website")
    page("/tag/student-senate/", "student senate", tile(stories[0]), "archive tag tag-student-senate", "website")
    page("/sports-schedules/", "Cougars Sports Schedules",
         '<table class="sno-schedule"><tr><th>Date</th><th>Sport</th><th>Opponent</th><th>Time</th></tr>%s</table>' % "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % x for x in [
             ("March 6", "Women's Basketball", "GLVC Tournament Quarterfinal", "TBA"), ("March 8", "Baseball", "at Lewis Hills", "1:00 PM"), ("March 9", "Softball", "vs. Quincy Valley (DH)", "12:00 PM"), ("March 12", "Men's Tennis", "vs. Drury Falls", "3:00 PM")]))
    page("/about/", "About",
         ps(["The Campus Ledger is the independent student newspaper of Carver State University. It has been published since 1921 and is produced entirely by students.",
             "The Ledger publishes online daily and in print every other Wednesday during the academic year. Opinions expressed in columns are those of the writers.",
             "Letters to the editor should be under 400 words and sent to letters@campusledger.example. Letters must include the writer's name and class year."]))
    page("/advertise/", "Advertise",
         '<p>Reach more than 14,000 Carver State students, faculty and staff. Print and online packages available; discounts for campus organizations.</p>'
         '<table><tr><th>Ad size</th><th>Rate</th></tr><tr><td>Full page</td><td>$450</td></tr><tr><td>Half page</td><td>$250</td></tr><tr><td>Web banner (per month)</td><td>$150</td></tr></table><p>Contact ads@campusledger.example.</p>')
    page("/donate/", "Donate",
         '<div class="sno-donation-page"><p>%s. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.</p><form class="sno-donate-form"><input placeholder="Amount"><button>Donate</button></form><p>Donations are processed through SNO Patron Program.</p></div>' % DONATE)
    home = '<div id="main" class="sno-home">%s<div class="sno-home-links"><ul>%s</ul></div></div>' % ("".join(tile(x) for x in stories[::-1]), links(cats + [
        ("/sports-schedules/", "Sports Schedules"), ("/tag/student-senate/", "Student senate"), ("/staff_name/priya-natarajan/", "Priya Natarajan")]))
    s.put("/", shell("The Campus Ledger – The student newspaper of Carver State University", home, '<link rel="canonical" href="%s">\n<meta property="og:type" content="website">' % s.url("/")))
    s.rss2("/feed/", "The Campus Ledger", "The student newspaper of Carver State University", stories[::-1])
    s.urlset("/post-sitemap.xml", [x["path"] for x in stories])
    s.urlset("/page-sitemap.xml", ["/staff/", "/print-editions/", "/about/", "/advertise/", "/donate/", "/sports-schedules/"])
    s.robots(["/post-sitemap.xml", "/page-sitemap.xml"], ("/wp-admin/",), "Allow: /wp-admin/admin-ajax.php\n")
    return stories


# ------------------------------------------------------------ 8 CKNO News (Bell/CTV-like local TV news, Northern Ontario)
def ctv_date(w):
    return "%s, %s %d, %d %d:%02d%s %s" % (DAYS[w.l.weekday()], MON[w.l.month - 1], w.l.day, w.l.year, w.l.hour % 12 or 12, w.l.minute, "AM" if w.l.hour < 12 else "PM", w.tz)


def ckno():
    s = Site(8)
    TZ = "America/Toronto"
    stories = [
        dict(path="/sudbury/article/sudbury-council-delays-vote-on-downtown-arena-after-cost-review/", sec=("/sudbury/", "Sudbury"),
             title="Sudbury council delays vote on downtown arena after cost review", when=When("2025-02-12T17:45", TZ), upd=When("2025-02-12T18:10", TZ),
             by="Melanie Tremblay", byrole="CKNO News Sudbury Videojournalist", bylink="/news-team/melanie-tremblay/", au=["Melanie Tremblay"],
             paras=["Greater Sudbury city council has delayed a final vote on a new downtown arena after a cost review found the project could run about $40 million over its original budget.",
                    "Staff told councillors Tuesday that construction prices, interest rates and a redesign of the building's parking structure had pushed the estimated cost to $240 million.",
                    "\"We owe it to taxpayers to get this number right before we commit,\" said Coun. Marc Desjardins, who chairs the finance committee.",
                    "The vote has been moved to the council meeting in early April. Staff will return with options to trim the design, including a smaller seating bowl and a phased parking plan.",
                    "The Sudbury Wolves, who would play in the new arena, said in a statement they remain committed to the project."]),
        dict(path="/canada/article/ontario-expands-free-tuition-program-for-nursing-students-in-the-north/", sec=("/canada/", "Canada"),
             title="Ontario expands free tuition program for nursing students who work in the North", when=When("2025-02-26T11:22", TZ), upd=None,
             by="Jordan Whitlock", byrole="The Canadian Press", bylink=None, au=["Jordan Whitlock"],
             paras=["TORONTO — Ontario will cover tuition for another 1,500 nursing students each year if they agree to work in northern or rural communities after graduation, the province announced Wednesday.",
                    "The program, which started as a smaller pilot in 2023, pays full tuition and books for students in practical nursing and registered nursing programs at colleges and universities across the province.",
                    "In exchange, graduates must work for two years in an underserved community. The province says more than 2,500 nurses have already taken placements through the program.",
                    "Nursing unions welcomed the expansion but said wages and working conditions also need to improve to keep nurses in the North.",
                    "Applications for the fall intake open in April."],
             tail="This report by The Canadian Press was first published Feb. 26, 2025."),
        dict(path="/business/article/bank-of-canada-cuts-key-interest-rate-by-a-quarter-point/", sec=("/business/", "Business"),
             title="Bank of Canada cuts key interest rate by a quarter point", when=When("2025-03-12T10:03", TZ), upd=When("2025-03-12T13:47", TZ),
             by="The Canadian Press", byrole=None, bylink=None, au=[],
             paras=["OTTAWA — The Bank of Canada cut its key interest rate by a quarter of a percentage point on Wednesday, citing growing uncertainty over trade and a slowing economy.",
                    "The move brings the central bank's policy rate to 2.75 per cent, its seventh consecutive cut since last June.",
                    "In its announcement, the bank said businesses had become more cautious about hiring and investment, and that consumer spending had weakened in the first months of the year.",
                    "Economists had widely expected the cut. Several said the bank could lower rates again in April if trade tensions continue to weigh on growth.",
                    "Lower rates reduce borrowing costs for variable-rate mortgages and lines of credit, though banks do not always pass along the full cut right away."],
             tail="This report by The Canadian Press was first published March 12, 2025."),
        dict(path="/northern-ontario/article/timmins-snowmobile-club-grooms-record-trail-network/", sec=("/northern-ontario/", "Northern Ontario"),
             title="Timmins snowmobile club grooms record trail network", when=When("2025-01-19T18:30", TZ), upd=None,
             by="Ashley Reid", byrole="CKNO News Timmins Videojournalist", bylink=None, au=["Ashley Reid"], video=True,
             paras=["Snowmobilers in the Timmins area have more groomed trail to ride this winter than at any time in the local club's 55-year history.",
                    "The Porcupine Snowmobile Club says volunteers are maintaining more than 1,100 kilometres of trail, helped by a new groomer bought with a provincial grant and steady snowfall since December.",
                    "\"When we have snow like this, people come from all over Ontario and Quebec,\" said club president Gilles Charbonneau. \"Hotels and restaurants along the trails feel it right away.\"",
                    "Riders need a permit from the Ontario Federation of Snowmobile Clubs to use the trails. The club asks riders to stay on marked trails and watch for logging trucks at road crossings."]),
    ]
    TOP = "Sault Ste. Marie man charged after highway crash"
    for st in stories:
        st["byline"] = st["by"]
        st["mn"] = [TOP, "Comments are closed", "Sign up for the CKNO News Northern Ontario newsletter"]
    nav = [("/sudbury/", "Sudbury"), ("/northern-ontario/", "Northern Ontario"), ("/canada/", "Canada"), ("/business/", "Business"), ("/weather/", "Weather"), ("/live/", "Live"), ("/school-bus-cancellations/", "Bus Cancellations")]

    def shell(title, main, head="", cls=""):
        navs = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title>%s<meta property="og:site_name" content="Northern Ontario">'
                '<link rel="stylesheet" href="/polopoly_fs/7.1284155!/ckno.css"></head><body class="%s"><div id="page">'
                '<div class="globalHeader"><a class="logo" href="/"><img src="/polopoly_fs/7.1284155!/img/ckno-news-logo.png" alt="CKNO News Northern Ontario"></a><ul class="topNav">%s</ul></div>'
                '<div class="content">%s</div><div class="footer"><ul><li><a href="/news-team/">News Team</a></li><li><a href="/schedule/">TV Schedule</a></li><li><a href="/contests/">Contests</a></li>'
                '<li><a href="/community-calendar/">Community Calendar</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="https://www.bellmedia.ca/privacy/">Privacy</a></li>'
                '<li><a href="https://www.bellmedia.ca/accessibility/">Accessibility</a></li></ul><p>&copy;%d All rights reserved.</p></div></div></body></html>') % (E(title), head, cls, navs, main, NOW.year)

    def teaser(st):
        return '<div class="teaserText"><div class="teaserImage"><a href="%s"><img src="/polopoly_fs/1.%d!/image/image.jpg_gen/derivatives/landscape_300/image.jpg" alt=""></a></div><h3 class="teaserTitle"><a href="%s">%s</a></h3><p class="teaserLead">%s</p></div>' % (
            st["path"], 7100000 + len(st["title"]) * 31, st["path"], E(st["title"]), E(st["paras"][1][:120]))

    def article(st):
        w, up = st["when"], st["upd"]
        name = ('<a href="%s">%s</a>' % (st["bylink"], E(st["by"]))) if st["bylink"] else E(st["by"])
        byl = '<div class="bylineDetailsContainer"><span class="bioLink">%s</span>%s</div>' % (name, ('<br><span class="bylineTitle">%s</span>' % E(st["byrole"])) if st["byrole"] else "")
        dates = '<div class="date"><span class="published">Published %s</span>%s</div>' % (ctv_date(w), (' <br><span class="lastUpdated">Last Updated %s</span>' % ctv_date(up)) if up else "")
        lead = ('<div class="videoPlayer" data-playlist="northernontario"><div class="player" data-videoid="%d"></div><p class="videoCaption">%s</p></div>' % (3000000 + len(st["title"]) * 17, E(st["title"])) if st.get("video") else
                '<div class="articleImage"><img src="/polopoly_fs/1.%d!/image/image.jpg" alt=""><div class="caption">%s</div></div>' % (7200000 + len(st["title"]), "(Photo: CKNO News)" if st["au"] and "Canadian" not in (st["byrole"] or "") else "THE CANADIAN PRESS/File"))
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"]) + (("<p>%s</p>" % E(st["tail"])) if st.get("tail") else "")
        main = ('<div class="mainColumn"><div class="breadcrumb"><a href="%s">%s</a></div><h1 class="articleHeadline">%s</h1>%s%s'
                '<div class="articleToolbar"><a class="share">SHARE</a><a class="facebook">Facebook</a><a class="twitter">Twitter</a><a class="email">Email</a></div>'
                '%s<div class="articleBody">%s</div>'
                '<div class="newsletterPromo">Sign up for the CKNO News Northern Ontario newsletter for local news every weekday morning.</div>'
                '<div class="comments"><h3>Comments</h3><p>Comments are closed on this story.</p></div>'
                '<div class="relatedStories"><h3>Related Stories</h3>%s</div></div>'
                '<div class="sideColumn"><div class="topStories"><h3>Top Stories</h3><ul><li><a href="/sault-ste-marie/article/man-charged-after-highway-crash/">%s</a></li><li><a href="/sudbury/article/ramsey-lake-ice-advisory/">Ice advisory issued for Ramsey Lake</a></li></ul></div></div>') % (
            st["sec"][0], E(st["sec"][1]), E(st["title"]), byl, dates, lead, body, "".join(teaser(x) for x in stories if x is not st), TOP)
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta name="dc.date.issued" content="%s"><meta name="dc.creator" content="%s"><meta name="twitter:card" content="summary_large_image">%s') % (
            E(st["paras"][1][:150]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), w.iso(), E(st["by"] + (", " + st["byrole"] if st["byrole"] else "")),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st["title"], "datePublished": w.iso(), "dateModified": (up or w).iso(),
                "author": {"@type": "Person" if st["au"] else "Organization", "name": st["by"]}, "publisher": {"@type": "Organization", "name": "CKNO News"}}))
        return shell("%s | CKNO News" % st["title"], main, head, "articlePage")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, og="website"):
        s.non(path, shell("%s | CKNO News" % title, '<div class="mainColumn"><h1 class="pageTitle">%s</h1>%s</div>' % (E(title), inner),
                          '<link rel="canonical" href="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s">' % (s.url(path), og, E(title)), "sectionPage"))

    page("/weather/", "Northern Ontario Weather", '<ul class="weatherCities">%s</ul><p>Forecasts from Environment and Climate Change Canada. Extreme cold warning in effect for Timmins and Kapuskasing.</p>' % "".join(
        "<li>%s: %s, high %d, low %d</li>" % x for x in [("Sudbury", "Light snow", -9, -21), ("Timmins", "Cloudy", -14, -30), ("North Bay", "Flurries", -8, -19), ("Sault Ste. Marie", "Sunny", -6, -17)]))
    page("/live/", "Watch CKNO News at Six Live", '<div class="livePlayer" data-stream="ckno-live"></div><p>CKNO News at Six airs weekdays at 6 p.m. and CKNO News at 11:30 weeknights. Watch past newscasts on demand.</p>')
    page("/schedule/", "TV Schedule", '<table><tr><td>6:00 AM</td><td>Your Morning</td></tr><tr><td>12:00 PM</td><td>CKNO News at Noon</td></tr><tr><td>6:00 PM</td><td>CKNO News at Six</td></tr><tr><td>11:30 PM</td><td>CKNO News at 11:30</td></tr></table>')
    page("/news-team/", "News Team", '<ul>%s</ul>' % "".join('<li><a href="%s">%s</a> - %s</li>' % x for x in [
        ("/news-team/melanie-tremblay/", "Melanie Tremblay", "Videojournalist, Sudbury"), ("/news-team/", "Ashley Reid", "Videojournalist, Timmins"), ("/news-team/", "Derek Belanger", "Anchor")]))
    page("/news-team/melanie-tremblay/", "Melanie Tremblay", ps(["Melanie Tremblay is a videojournalist with CKNO News in Sudbury, where she covers city hall and the mining industry.",
                                                              "Born and raised in Hanmer, Melanie studied journalism at Cambrian College and worked in radio in Elliot Lake before joining CKNO in 2018.",
                                                              "Follow Melanie on X @MelTremblayCKNO or email her at mtremblay@ckno.example."]) + teaser(stories[0]), og="profile")
    page("/contests/", "Contests", '<ul><li><h3>Win a Family Ski Weekend at Searchmont</h3><p>Enter by Feb. 28. <a href="/contests/rules/">Contest rules</a></p></li><li><h3>CKNO Community Hero</h3><p>Nominate someone who makes a difference.</p></li></ul>')
    page("/contests/rules/", "Contest Rules: Family Ski Weekend", ps(["No purchase necessary. Contest open to residents of Ontario who have reached the age of majority.",
                                                                    "Contest period begins at 12:00 a.m. EST on Feb. 3, 2025 and ends at 11:59 p.m. EST on Feb. 28, 2025. One prize is available, valued at approximately $1,200.",
                                                                    "Before being declared a winner, the selected entrant must correctly answer a mathematical skill-testing question without assistance."]))
    page("/community-calendar/", "Community Calendar", '<ul><li>Feb. 15: Sudbury Winter Carnival, Bell Park</li><li>Feb. 22: Timmins Snowmobile Poker Run</li><li>March 1: North Bay Fiddle Festival</li></ul>')
    page("/school-bus-cancellations/", "School Bus Cancellations", '<p>Updated 6:20 a.m.</p><table><tr><th>Board</th><th>Zone</th><th>Status</th></tr>%s</table>' % "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % x for x in [("Rainbow District School Board", "Zone 1 (Espanola)", "Cancelled"), ("Conseil scolaire catholique Nouvelon", "Zones 2, 3", "Cancelled"),
                                                                  ("District School Board Ontario North East", "Timmins", "Running"), ("Near North District School Board", "All zones", "Cancelled")]))
    page("/advertise/", "Advertise", ps(["Reach Northern Ontario audiences on CKNO television, ckno.example and Bell Media radio stations.", "Contact our local sales team at sales@ckno.example."]))
    page("/sudbury/", "Sudbury", teaser(stories[0]))
    home = '<div class="mainColumn">%s<ul>%s</ul></div>' % ("".join(teaser(x) for x in stories), links([
        ("/weather/", "Weather"), ("/live/", "Watch Live"), ("/schedule/", "TV Schedule"), ("/news-team/", "News Team"), ("/contests/", "Contests"), ("/community-calendar/", "Community Calendar"),
        ("/school-bus-cancellations/", "School Bus Cancellations"), ("/advertise/", "Advertise"), ("/sudbury/", "Sudbury")]))
    s.put("/", shell("CKNO News Northern Ontario | Local Breaking News, Weather", home, '<link rel="canonical" href="%s">' % s.url("/"), "homePage"))
    s.rss2("/rss/ckno-news-northern-ontario-public-rss-1.822421", "CKNO News - Northern Ontario", "Northern Ontario news", stories)
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/weather/", "/news-team/", "/contests/", "/school-bus-cancellations/"])
    s.robots(["/sitemap.xml"], ("/search/",))
    return stories


# ------------------------------------------------------------ 9 Peace River Now (Canadian local radio group news site, Grande Prairie AB)
def prnow():
    s = Site(9)
    TZ = "America/Edmonton"
    SN = "Peace River Now"
    stories = [
        dict(path="/articles/grande-prairie-council-approves-new-downtown-transit-hub", title="Grande Prairie council approves new downtown transit hub", when=When("2025-02-12T15:15", TZ),
             by="Jessica Kovacs", au=["Jessica Kovacs"], cat="Local News",
             paras=["Grande Prairie city council has approved plans for a new transit hub downtown that will bring all city bus routes together at one stop on 100 Avenue.",
                    "The $6.8-million hub will include a heated waiting area, public washrooms and space for a future connection to the regional bus service planned between Grande Prairie and nearby towns.",
                    "Coun. Wade Pilat said riders have asked for a warm place to wait for years. \"When it is minus 35 and you are waiting 20 minutes for a bus, that shelter matters,\" he said.",
                    "Construction is expected to start in the spring and finish by the end of 2026. Most of the cost is covered by federal and provincial transit grants.",
                    "The current downtown stop will stay in use until the new hub opens."]),
        dict(path="/articles/alberta-wildfire-season-starts-early-as-crews-fight-blaze-near-valleyview", title="Alberta wildfire season starts early as crews fight blaze near Valleyview", when=When("2025-03-03T11:40", TZ),
             by="Ryan Dueck", au=["Ryan Dueck"], cat="Local News", tail="With files from The Canadian Press",
             paras=["Alberta's wildfire season officially began on the weekend, and crews are already working on a grass fire northwest of Valleyview.",
                    "Alberta Wildfire says the fire is about 40 hectares and classified as being held. It started Saturday afternoon near Township Road 710 and was pushed by strong winds across dry fields.",
                    "Wildfire information officer Kim Trudeau said the low snowpack across much of the Peace Country means grass and brush are drier than normal for early March.",
                    "Fire permits are now required across the Forest Protection Area until Oct. 31. Residents can apply for a permit online or through their local forestry office.",
                    "The province has also said it will hire more seasonal firefighters this year after a record number of fires in 2023."]),
        dict(path="/articles/grande-prairie-food-bank-reports-record-demand-over-the-holidays", title="Grande Prairie Food Bank reports record demand over the holidays", when=When("2025-01-08T09:05", TZ),
             by="Peace River Now Staff", au=[], cat="Local News",
             paras=["The Grande Prairie Food Bank says it served more families in December than in any month since it opened in 1984.",
                    "Executive director Tanya Rudd said the food bank handed out more than 2,400 hampers last month, up about 18 per cent from the same time last year.",
                    "\"We are seeing a lot of working families who have never needed us before,\" Rudd said. \"Rent and groceries have gone up, and paycheques have not kept pace.\"",
                    "Donations also rose over the holidays, but Rudd said the shelves empty quickly in January and February. The food bank is asking for canned protein, baby formula and cash donations.",
                    "Donations can be dropped off at the warehouse on 101 Avenue on weekdays."]),
    ]
    CONTEST = "Win a Family Pass to the Stompede"
    for st in stories:
        st["byline"] = st["by"]
        st["mn"] = [CONTEST, "Have a news tip? Send it to news@peacerivernow.example", "Marjorie Helen Pratt"]
    nav = [("/news", "News"), ("/obituaries", "Obituaries"), ("/contests", "Contests"), ("/on-air", "On Air"), ("/community-events", "Community Events"), ("/road-reports", "Road Reports"), ("/weather", "Weather"), ("/listen-live", "Listen Live")]

    def shell(title, main, head="", cls=""):
        navs = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/Content/css/site.min.css?v=20250110"></head><body class="%s"><header class="site-header"><div class="container"><a class="brand" href="/"><img src="/Content/img/peacerivernow-logo.svg" alt="Peace River Now"></a>'
                '<div class="stations"><a href="/listen-live">93.1 The Peace</a><a href="/listen-live">Country 104.7</a></div><nav class="navbar"><ul class="navbar-nav">%s</ul></nav></div></header>'
                '<div class="container main-container">%s<aside class="sidebar"><div class="widget contest-widget"><h4>Contests</h4><p><a href="/contests">%s</a></p></div>'
                '<div class="widget tip-widget"><p>Have a news tip? Send it to news@peacerivernow.example</p></div>'
                '<div class="widget obits-widget"><h4>Recent Obituaries</h4><ul><li><a href="/obituaries/marjorie-helen-pratt">Marjorie Helen Pratt</a></li><li><a href="/obituaries">More obituaries</a></li></ul></div></aside></div>'
                '<footer class="site-footer"><ul><li><a href="/about-us">About Us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy Policy</a></li></ul>'
                '<p>&copy; %d Peace River Now. A Northwind Broadcasting station group.</p></footer></body></html>') % (E(title), head, cls, navs, main, CONTEST, NOW.year)

    def item(st):
        return '<div class="news-item"><a href="%s"><img src="/Media/Images/%s.jpg" alt=""></a><h3><a href="%s">%s</a></h3><div class="news-item-date">%s</div></div>' % (
            st["path"], slug(st["title"])[:20], st["path"], E(st["title"]), "%s %d, %d" % (MON3[st["when"].l.month - 1], st["when"].l.day, st["when"].l.year))

    def article(st):
        w = st["when"]
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"]) + (("<p><em>%s</em></p>" % E(st["tail"])) if st.get("tail") else "")
        main = ('<main class="content"><article class="news-article"><div class="news-category">%s</div><h1 class="news-title">%s</h1>'
                '<div class="news-meta"><span class="news-author">Written by %s</span> <span class="sep">|</span> <span class="news-date">%s %d, %d</span> <span class="sep">|</span> <span class="news-time">%s</span></div>'
                '<div class="news-image"><img src="/Media/Images/%s.jpg" alt=""><span class="img-credit">Image: Peace River Now file photo</span></div>'
                '<div class="news-body">%s</div><div class="share-buttons"><a>Share on Facebook</a><a>Share on X</a><a>Email</a></div></article>'
                '<section class="more-news"><h3>More Local News</h3>%s</section></main>') % (
            E(st["cat"]), E(st["title"]), E(st["by"]), MON3[w.l.month - 1], w.l.day, w.l.year, w.h12(), slug(st["title"])[:20], body, "".join(item(x) for x in stories if x is not st))
        head = '<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s"><meta property="og:site_name" content="Peace River Now">' % (
            E(st["paras"][0][:150]), E(st["title"]), s.url(st["path"]))
        return shell("%s | Peace River Now" % st["title"], main, head, "article-page")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, og="website", head=""):
        s.non(path, shell("%s | Peace River Now" % title, '<main class="content"><h1 class="page-title">%s</h1>%s</main>' % (E(title), inner),
                          '<meta property="og:title" content="%s"><meta property="og:type" content="%s">%s' % (E(title), og, head)))

    page("/news", "Local News", "".join(item(x) for x in stories) + '<nav class="pager"><a href="/news?page=2">Next</a></nav>')
    obits = [("marjorie-helen-pratt", "Marjorie Helen Pratt", "1938 - 2025"), ("leonard-joseph-cardinal", "Leonard Joseph Cardinal", "1951 - 2025"), ("gordon-wayne-fehr", "Gordon Wayne Fehr", "1947 - 2025")]
    page("/obituaries", "Obituaries", '<div class="obit-list">%s</div><p>Obituaries are provided by local funeral homes.</p>' % "".join(
        '<div class="obit-item"><h3>%s</h3><span>%s</span></div>' % (('<a href="/obituaries/%s">%s</a>' % (p, E(n))) if p == "marjorie-helen-pratt" else E(n), d) for p, n, d in obits))
    # an obituary: dated, a full text, published on the news template's sibling
    page("/obituaries/marjorie-helen-pratt", "Marjorie Helen Pratt",
         '<div class="obit"><div class="obit-dates">June 4, 1938 - February 9, 2025</div><img src="/Media/Obits/pratt.jpg" alt="">'
         '<p>Marjorie Helen Pratt passed away peacefully at the Grande Prairie Regional Hospital on February 9, 2025, at the age of 86, surrounded by her family.</p>'
         '<p>Marjorie was born in Sexsmith and taught elementary school in Beaverlodge for 31 years. She loved her garden, her church choir and her many grandchildren.</p>'
         '<p>She is survived by her children Donna (Rick) and Wayne (Carol), eight grandchildren and four great-grandchildren. A celebration of life will be held at Sexsmith United Church on February 22, 2025 at 1:00 p.m.</p>'
         '<p>Arrangements entrusted to Bear Creek Funeral Home.</p></div><p class="posted">Posted Feb 12, 2025</p>', og="article")
    page("/contests", "Contests", '<div class="contest"><h3>%s</h3><p>Listen to The Peace mornings for your chance to win a family pass to the Grande Prairie Stompede. <a href="/contests/rules">Contest rules</a></p></div>' % CONTEST)
    page("/contests/rules", "General Contest Rules", ps(["Contests are open to residents of Alberta and British Columbia who are 18 years of age or older. Employees of Northwind Broadcasting and their families are not eligible.",
                                                        "Winners must answer a skill-testing question and pick up prizes at the station within 30 days. One prize per household per 30 days."]))
    page("/on-air", "On Air", '<ul><li><a href="/on-air/the-morning-crew">The Morning Crew with Jason and Kim</a> 6-10 a.m.</li><li>Middays with Trish, 10 a.m.-2 p.m.</li><li>The Drive with Cole, 2-6 p.m.</li></ul>')
    page("/on-air/the-morning-crew", "The Morning Crew with Jason and Kim",
         ps(["Jason Roth and Kim Sawatzky wake up the Peace Country every weekday from 6 to 10 a.m. on 93.1 The Peace.",
             "Jason has been on the air in Grande Prairie since 2009 and still has not learned how to curl. Kim grew up in Hythe, coaches minor hockey and runs the morning birthday club.",
             "Call the request line at 780-555-0931."]), og="profile")
    page("/community-events", "Community Events", '<ul><li>Feb. 15: Family Day skate at Muskoseepi Park</li><li>Feb. 22: Beaverlodge Fish Fry</li><li>March 8: Sexsmith Seed Show</li></ul><p><a href="/community-events/submit">Submit an event</a></p>')
    page("/road-reports", "Road Reports", '<p>Updated 6:45 a.m.</p><ul><li>Highway 43 Grande Prairie to Valleyview: partly snow covered, slippery sections</li><li>Highway 40 south to Grande Cache: snow covered, poor visibility</li><li>Highway 2 to Dawson Creek: bare and dry</li></ul><p>Source: 511 Alberta and DriveBC.</p>')
    page("/weather", "Grande Prairie Weather", '<div class="current">-18&deg;C, light snow</div><ul><li>Today: High -12</li><li>Tonight: Low -26</li><li>Tomorrow: High -9</li></ul>')
    page("/listen-live", "Listen Live", '<div class="stream-player"><a href="https://stream.example/peace931">93.1 The Peace</a><a href="https://stream.example/country1047">Country 104.7</a></div>')
    page("/advertise", "Advertise", ps(["Reach listeners across the Peace Country on two radio stations and peacerivernow.example.", "Call our sales team at 780-555-0100."]))
    home = '<main class="content"><div class="top-news">%s</div><ul>%s</ul></main>' % ("".join(item(x) for x in stories), links([
        ("/news", "News"), ("/obituaries", "Obituaries"), ("/contests", "Contests"), ("/contests/rules", "Contest rules"), ("/on-air", "On Air"), ("/on-air/the-morning-crew", "The Morning Crew"),
        ("/community-events", "Community Events"), ("/road-reports", "Road Reports"), ("/weather", "Weather"), ("/listen-live", "Listen Live"), ("/advertise", "Advertise")]))
    s.put("/", shell("Peace River Now | Grande Prairie News, Obituaries and Events", home, '<meta property="og:type" content="website">', "home"))
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/news", "/obituaries", "/obituaries/marjorie-helen-pratt", "/contests", "/on-air/the-morning-crew", "/community-events"])
    s.robots(["/sitemap.xml"], ("/admin/",))
    return stories


# ------------------------------------------------------------ 10 Severn TV News (UK regional ITV-like news site, Next.js)
def uk_long(w):
    return "%s %d %s %d, %d:%02d%s" % (DAYS[w.l.weekday()], w.l.day, MON[w.l.month - 1], w.l.year, w.l.hour % 12 or 12, w.l.minute, "am" if w.l.hour < 12 else "pm")


def severn():
    s = Site(10)
    TZ = "Europe/London"
    stories = [
        dict(path="/news/severn/2025-02-12/cardiff-bay-barrage-lock-to-close-for-six-weeks-of-repairs", title="Cardiff Bay barrage lock to close for six weeks of repairs", topic=("/topic/cardiff", "Cardiff"),
             when=When("2025-02-12T17:45", TZ), upd=None, byline="By Severn TV News reporter Gethin Rhys", au=["Gethin Rhys"],
             paras=["The main lock at Cardiff Bay barrage will close for six weeks this spring while engineers replace worn gates and seals, the Welsh Government has confirmed.",
                    "The lock lets boats pass between the bay and the Bristol Channel. During the closure, leisure boats and the bay's water taxis will be unable to travel out to sea.",
                    "Marina operators say the timing, from late March to early May, will hit the start of the sailing season. \"It is the worst six weeks they could have picked for us,\" said Huw Pritchard, who runs a boat hire business at Penarth Marina.",
                    "Officials said the work could not wait until winter because the gate manufacturer's specialist team is only available in the spring.",
                    "A smaller lock will stay open for emergency vessels throughout the work."]),
        dict(path="/news/severn/2025-03-08/gloucester-familys-fundraiser-for-sons-rare-condition-passes-100000", title="Gloucester family's fundraiser for son's rare condition passes £100,000", topic=("/topic/gloucester", "Gloucester"),
             when=When("2025-03-08T13:12", TZ), upd=When("2025-03-08T18:40", TZ), byline="Report by Severn TV News' Claire Hodges", au=["Claire Hodges"], video=True,
             paras=["A family from Gloucester has raised more than £100,000 to help pay for treatment for their four-year-old son, who has a rare genetic condition that affects his muscles.",
                    "Oscar Fenwick was diagnosed last year with a condition that causes his muscles to weaken over time. His parents, Laura and James, are hoping to take him to a clinical trial in the United States.",
                    "\"We never expected this many people to help,\" Laura said. \"Every time we check the page there is another message from someone we have never met.\"",
                    "Local businesses, schools and Gloucester Rugby have all held events for the appeal, which the family started in January."]),
        dict(path="/news/severn/2025-05-15/farmers-and-campaigners-meet-for-first-time-over-river-wye-pollution", title="Farmers and campaigners meet for first time over River Wye pollution", topic=("/topic/herefordshire", "Herefordshire"),
             when=When("2025-05-15T06:30", TZ), upd=None, byline="By Amira Khan and Tom Lacey", au=["Amira Khan", "Tom Lacey"],
             paras=["Farmers and river campaigners in Herefordshire have met face to face for the first time to talk about pollution in the River Wye, which has been blamed on run-off from poultry farms and fields.",
                    "The meeting in Hereford was organised by the county council and attended by around 80 people, including representatives from the Environment Agency and Natural England.",
                    "Campaigners say phosphate levels in parts of the river have caused algae blooms that have killed fish and plants. Farmers say they have already changed how they store and spread manure.",
                    "\"Nobody in this room wants a dead river,\" said Rachel Morgan, a dairy farmer from near Ross-on-Wye. \"We just want to be part of the answer rather than being blamed for everything.\"",
                    "Both sides agreed to meet again in the autumn to look at results from new water monitoring stations along the river."]),
    ]
    MORE = "Bristol bus drivers to strike over Easter weekend"
    COOKIE = "We use cookies to make our website work and to improve your experience"
    for st in stories:
        st["mn"] = [MORE, COOKIE, "Watch the latest Severn TV News programme"]
    nav = [("/", "Latest"), ("/weather", "Weather"), ("/watch/severn-tv-news-at-six", "Watch"), ("/travel", "Travel"), ("/presenters", "Presenters"), ("/contact-us", "Send us your story")]

    def shell(title, main, head="", nd=None):
        navs = "".join('<li class="Nav_item__x2Yd1"><a class="Nav_link__3rT0p" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
                '<meta property="og:site_name" content="Severn TV News"/><link rel="preload" href="/_next/static/css/8f2e1c0b.css" as="style"/></head>'
                '<body><div id="__next"><div class="CookieBanner_banner__1k2Lm" role="dialog"><p>%s. You can accept all cookies or manage your choices.</p><button>Accept all</button><button>Manage cookies</button></div>'
                '<header class="Header_header__2kQ7n"><a class="Header_logo__1xE0Z" href="/"><img src="/_next/static/media/severn-logo.svg" alt="Severn TV News"/></a><nav><ul class="Nav_list__2Yq1b">%s</ul></nav></header>'
                '<main class="Layout_main__3mZ6v">%s</main><footer class="Footer_footer__1bZ0c"><ul><li><a href="/about">About Severn TV News</a></li><li><a href="/contact-us">Contact us</a></li>'
                '<li><a href="/schedule">TV guide</a></li><li><a href="/your-pictures">Your pictures</a></li><li><a href="https://www.severntv.example/privacy">Privacy policy</a></li><li><a href="https://www.severntv.example/cookies">Cookie policy</a></li></ul>'
                '<p>&copy; Severn Television Limited %d</p></footer></div><script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (
            E(title), head, COOKIE, navs, main, NOW.year, J(nd or {"props": {"pageProps": {"page": "region"}}, "page": "/[region]", "buildId": "s8Qm2Xk1"}))

    def card(st):
        return '<li class="StoryCard_card__2Xp9c"><a href="%s"><img src="/images/%s.jpg" alt=""/><h3 class="StoryCard_title__1Q2ww">%s</h3><span class="StoryCard_date__3l0Ba">%d %s</span></a></li>' % (
            st["path"], slug(st["title"])[:16], E(st["title"]), st["when"].l.day, MON3[st["when"].l.month - 1])

    def article(st):
        w, up = st["when"], st["upd"]
        lead = ('<div class="Video_player__3xZ8p" data-brightcove="%d"></div><p class="Video_caption__2Lk0a">Watch the report</p>' % (6300000000 + len(st["title"]))) if st.get("video") else (
            '<figure class="Image_figure__3Fq0b"><img src="/images/%s-lead.jpg" alt=""/><figcaption>Credit: Severn TV News</figcaption></figure>' % slug(st["title"])[:16])
        body = "".join('<p class="Paragraph_paragraph__1tU7t">%s</p>' % E(p) for p in st["paras"])
        main = ('<article class="Article_article__2xO0A"><header class="ArticleHeader_header__3pX1q"><a class="ArticleHeader_topic__2gT3Z" href="%s">%s</a><h1 class="ArticleHeader_title__1w6Yd">%s</h1>'
                '<div class="ArticleHeader_meta__3Hq8R"><p class="ArticleHeader_byline__3bI2H">%s</p><time class="ArticleHeader_date__1p6dN">%s</time>%s</div></header>'
                '%s<div class="ArticleBody_body__2nA1M">%s</div>'
                '<div class="ShareButtons_share__1Yx9Q"><button>Share</button><a>Facebook</a><a>X</a><a>WhatsApp</a></div>'
                '<aside class="WatchPromo_promo__3qK2r"><a href="/watch/severn-tv-news-at-six">Watch the latest Severn TV News programme</a></aside>'
                '<section class="MoreStories_more__2c7Xk"><h2>More from Severn TV News</h2><ul><li class="StoryCard_card__2Xp9c"><a href="/news/severn/2025-03-20/bristol-bus-drivers-to-strike-over-easter-weekend"><h3>%s</h3></a></li>%s</ul></section></article>') % (
            st["topic"][0], E(st["topic"][1]), E(st["title"]), E(st["byline"]), uk_long(w), ('<span class="ArticleHeader_updated__2kX0w">Updated %s</span>' % uk_long(up)) if up else "",
            lead, body, MORE, "".join(card(x) for x in stories if x is not st))
        ldo = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st["title"], "datePublished": w.z(), "dateModified": (up or w).z(),
               "author": {"@type": "Organization", "name": "Severn TV News", "url": s.url("/")}, "publisher": {"@type": "Organization", "name": "Severn Television", "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}},
               "mainEntityOfPage": s.url(st["path"])}
        head = ('<meta name="description" content="%s"/><link rel="canonical" href="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/><meta property="og:url" content="%s"/>'
                '<meta name="twitter:card" content="summary_large_image"/>%s') % (E(st["paras"][0][:150]), s.url(st["path"]), E(st["title"]), s.url(st["path"]), jl(ldo))
        nd = {"props": {"pageProps": {"article": {"id": slug(st["title"])[:20], "title": st["title"], "datePublished": w.z(), "dateUpdated": (up or w).z(), "region": "severn", "byline": st["byline"], "topic": st["topic"][1]}}},
              "page": "/news/[region]/[date]/[slug]", "buildId": "s8Qm2Xk1"}
        return shell("%s | Severn TV News" % st["title"], main, head, nd)

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner):
        s.non(path, shell("%s | Severn TV News" % title, '<div class="Page_page__1b2Xc"><h1 class="Page_title__2Pq0v">%s</h1>%s</div>' % (E(title), inner),
                          '<link rel="canonical" href="%s"/><meta property="og:type" content="website"/><meta property="og:title" content="%s"/>' % (s.url(path), E(title))))

    page("/weather", "Weather", '<div class="Forecast_today__2m1Pz"><h2>Today</h2><p>A cloudy start with outbreaks of rain clearing east by lunchtime. Brighter this afternoon with a few showers. Highs of 11C.</p></div>'
         '<h2>Your weather pictures</h2><p>Send us your photos and they could appear on the evening forecast. <a href="/your-pictures">See your pictures</a></p>')
    page("/watch/severn-tv-news-at-six", "Severn TV News at Six", '<div class="Video_player__3xZ8p" data-brightcove="latest"></div><p>The latest programme from Severn TV News, available for 30 days after broadcast.</p><p>Weeknights at 6pm on Channel 3.</p>')
    page("/schedule", "TV guide", '<table><tr><td>6:00am</td><td>Good Morning Britain, with Severn TV News updates</td></tr><tr><td>1:55pm</td><td>Severn TV News</td></tr><tr><td>6:00pm</td><td>Severn TV News at Six</td></tr><tr><td>10:20pm</td><td>Severn TV News Late</td></tr></table>')
    page("/presenters", "Meet the team", '<ul><li><a href="/presenters/gethin-rhys">Gethin Rhys</a>, Wales correspondent</li><li>Claire Hodges, Gloucestershire reporter</li><li>Nadia Osei, Presenter</li></ul>')
    page("/presenters/gethin-rhys", "Gethin Rhys", ps(["Gethin Rhys is Severn TV News' Wales correspondent, based in Cardiff. He joined in 2016 after working for newspapers in Swansea and Newport.",
                                                     "Gethin is a Welsh speaker and a lifelong Cardiff City supporter. You can contact him at gethin.rhys@severntv.example."]))
    page("/topic/cardiff", "Cardiff", '<ul>%s</ul>' % card(stories[0]))
    page("/travel", "Travel", '<h2>Roads</h2><ul><li>M4 eastbound J23 Magor: lane one closed for roadworks until 6am</li><li>M5 southbound J12-J13: queueing traffic after a broken-down lorry</li></ul><h2>Rail</h2><ul><li>Great Western Railway: no service between Newport and Chepstow this weekend, replacement buses run</li></ul>')
    page("/contact-us", "Send us your story", '<p>Have you got a story for Severn TV News? Email news@severntv.example, or message us on WhatsApp. Please tell us your name and a phone number.</p><form><input placeholder="Your name"/><textarea placeholder="Your story"></textarea><button>Send</button></form>')
    page("/your-pictures", "Your pictures", '<div class="Gallery_grid__1vS0c"><figure><img src="/images/ugc/sunset-severn-bridge.jpg" alt=""/><figcaption>Sunset over the Severn Bridge, sent by Ruth from Chepstow</figcaption></figure><figure><img src="/images/ugc/frost-malvern.jpg" alt=""/><figcaption>Frost on the Malvern Hills, sent by Ian</figcaption></figure></div>')
    page("/about", "About Severn TV News", ps(["Severn TV News is the regional news service for south Wales and the west of England, broadcasting from studios in Bristol and Cardiff.",
                                              "We are regulated by Ofcom. To make a complaint, please use the form on our contact page."]))
    home = '<div class="Home_home__3Lm0X"><h1 class="Home_title__1xQ3s">Latest news from Severn TV News</h1><ul class="StoryGrid_grid__2Wq1c">%s</ul><ul>%s</ul></div>' % (
        "".join(card(x) for x in stories[::-1]), links([(p, t) for p, t in nav[1:]] + [("/schedule", "TV guide"), ("/topic/cardiff", "Cardiff"), ("/presenters/gethin-rhys", "Gethin Rhys"), ("/your-pictures", "Your pictures"), ("/about", "About")]))
    s.put("/", shell("Severn TV News | Latest news for south Wales and the West", home, '<link rel="canonical" href="%s"/><meta property="og:type" content="website"/>' % s.url("/")))
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/weather", "/schedule", "/presenters", "/topic/cardiff", "/travel"])
    s.newsmap("/news-sitemap.xml", stories, "Severn TV News")
    s.robots(["/sitemap.xml", "/news-sitemap.xml"], ("/api/", "/_next/"))
    return stories


# ------------------------------------------------------------ 11 The Beacon (UK student newspaper, WordPress + tagDiv Newspaper)
def beacon():
    s = Site(11)
    TZ = "Europe/London"
    stories = [
        dict(path="/2025/02/12/students-union-backs-rent-strike-at-northgate-court/", cat="News", title="Students' Union backs rent strike at Northgate Court",
             when=When("2025-02-12T14:22", TZ), by=["Ffion Evans"], role="News Editor", au=["Ffion Evans"], tags=["housing", "students' union"],
             paras=["The Students' Union has voted to support a rent strike by residents of Northgate Court, where students say mould, broken heating and slow repairs have left some rooms unfit to live in.",
                    "The motion, passed at Tuesday's Student Council, commits the union to give legal advice to strikers and to raise their complaints with the university and the private company that runs the halls.",
                    "Around 120 of the building's 400 residents have said they will withhold their next rent payment, due on 1 March, unless repairs are carried out.",
                    "\"We are not asking for anything special, just a room that is warm and does not make us ill,\" said second-year student Kieran Doyle, one of the organisers.",
                    "A spokesperson for the accommodation provider said repairs had been completed in 40 rooms and a contractor had been hired to deal with the rest before the end of term."]),
        dict(path="/2025/03/05/scrapping-the-librarys-24-hour-opening-is-a-false-economy/", cat="Comment", title="Scrapping the library's 24-hour opening is a false economy",
             when=When("2025-03-05T10:05", TZ), by=["Oliver Brennan"], role=None, au=["Oliver Brennan"], tags=["library"],
             paras=["When the university announced last week that the main library would stop opening 24 hours a day during term, it said the change would save around £90,000 a year.",
                    "That figure sounds large until you compare it with what the library is for. For students who work part-time jobs, care for relatives or simply cannot study in a cramped shared house, the late-night library is not a luxury.",
                    "The university points out that few people use the building between 2am and 7am. But usage is highest in exactly the weeks that matter most: the run-up to exams and dissertation deadlines.",
                    "If savings have to be found, there are better options. Open 24 hours during assessment periods only. Close some floors overnight rather than the whole building.",
                    "A university that wants to be known for supporting its students should not start by locking them out."],
             note="Oliver Brennan is a third-year History student."),
        dict(path="/2025/03/19/womens-rugby-reach-bucs-trophy-final/", cat="Sport", title="Women's rugby reach BUCS Trophy final",
             when=When("2025-03-19T21:40", TZ), by=["Sam Whitfield", "Grace Okafor"], role=None, au=["Sam Whitfield", "Grace Okafor"], tags=["rugby", "BUCS"],
             paras=["Lowmoor's women's rugby first team will play in the BUCS Trophy final at Twickenham Stoop after a 24-19 semi-final win over Kingsford on Wednesday.",
                    "Captain Molly Hughes scored two tries, and fly-half Ines Carvalho kicked two conversions, including one from the touchline in the last five minutes.",
                    "\"We have been building towards this for three seasons,\" Hughes said. \"The girls who started as freshers with us deserve this.\"",
                    "The final will be played on 2 April. The Students' Union is running coaches from campus, and tickets are on sale through the union website."],
             note="Images: Lowmoor SU Photography"),
    ]
    WRITE = "Want to write for The Beacon? Join one of our sections"
    COMMENT = "Northgate has been like this since I lived there in 2022. Good on them."
    for st in stories:
        st["byline"] = " and ".join(st["by"])
        st["mn"] = [WRITE, "Leave a Reply", "Most Popular"]
    stories[0]["mn"].append(COMMENT)

    def shell(title, main, head="", cls="home"):
        menu = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % x for x in [("/category/news/", "News"), ("/category/comment/", "Comment"), ("/category/sport/", "Sport"),
                                                                                     ("/print-editions/", "Print"), ("/meet-the-team/", "Team"), ("/get-involved/", "Get Involved")])
        return ('<!doctype html >\n<html lang="en-GB">\n<head>\n<title>%s</title>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n%s\n'
                '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all" />\n</head>\n'
                '<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
                '<div class="td-theme-wrap"><div class="td-header-template-wrap"><div class="td-header-desktop-wrap"><div class="tdc-header-logo"><a class="tdb-logo-a" href="/"><img class="tdb-logo-img" src="/wp-content/uploads/2024/09/beacon-logo.png" alt="The Beacon"></a>'
                '<span class="tdb-logo-text-tagline">Lowmoor University&#x27;s independent student newspaper</span></div><div class="td-header-menu-wrap"><ul id="menu-main-menu" class="sf-menu">%s</ul></div></div></div>'
                '<div class="td-main-content-wrap td-container-wrap">%s</div>'
                '<div class="td-footer-template-wrap"><div class="td-footer-wrap"><p>The Beacon is published by Lowmoor Students&#x27; Union. Views expressed are those of the writers and not of the Union or the University.</p>'
                '<ul><li><a href="/about-us/">About us</a></li><li><a href="/complaints-policy/">Complaints</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/contact/">Contact</a></li></ul>'
                '<p>&copy; Copyright %d - The Beacon</p></div></div></div>\n</body>\n</html>') % (E(title), head, cls, menu, main, NOW.year)

    def module(st):
        return ('<div class="td_module_flex td_module_flex_1"><div class="td-module-container"><div class="td-image-container"><a href="%s" class="td-image-wrap"><span class="entry-thumb td-thumb-css" style="background-image:url(/wp-content/uploads/%d/%02d/%s-696x464.jpg)"></span></a></div>'
                '<div class="td-module-meta-info"><a href="/category/%s/" class="td-post-category">%s</a><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3>'
                '<div class="td-editor-date"><span class="td-author-date"><span class="td-post-author-name"><a href="/author/%s/">%s</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></span></div></div></div></div>') % (
            st["path"], st["when"].l.year, st["when"].l.month, slug(st["title"])[:20], st["cat"].lower(), E(st["cat"]), st["path"], E(st["title"]), E(st["title"]), slug(st["by"][0]), E(st["by"][0]),
            st["when"].utc(), "%s %s %d" % (ordinal(st["when"].l.day), MON[st["when"].l.month - 1], st["when"].l.year))

    def article(st):
        w = st["when"]
        authors = " and ".join('<a href="/author/%s/">%s</a>' % (slug(n), E(n)) for n, in [(x,) for x in st["by"]])
        body = "".join("<p>%s</p>" % E(p) for p in st["paras"]) + (("<p><em>%s</em></p>" % E(st["note"])) if st.get("note") else "")
        comments = ('<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>1 COMMENT</span></h4></div><ol class="comment-list"><li class="comment"><article><footer><div class="comment-author">Jess R.</div>'
                    '<time>%s</time></footer><div class="comment-content"><p>%s</p></div></article></li></ol>'
                    '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><textarea name="comment"></textarea></form></div></div>') % (
            "%s %s %d" % (ordinal(w.l.day), MON[w.l.month - 1], w.l.year), E(COMMENT)) if st is stories[0] else '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div>'
        main = ('<div class="td-container td-post-template-default"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> %s%s<div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></header></div>'
                '<div class="td-post-sharing-top"><div class="td-post-sharing"><a class="td-social-sharing-button td-social-facebook">Facebook</a><a class="td-social-sharing-button td-social-twitter">Twitter</a><a class="td-social-sharing-button td-social-whatsapp">WhatsApp</a></div></div>'
                '<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/%d/%02d/%s.jpg" alt=""><figcaption class="wp-caption-text">Image: Beacon Photography</figcaption></figure></div>%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div>'
                '<div class="td-author-name vcard author"><a href="/author/%s/">%s</a></div>'
                '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><span>RELATED ARTICLES</span><a class="td-related-left">MORE FROM AUTHOR</a></h4>%s</div></footer></article>%s</div></div>'
                '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>Most Popular</span></h4>%s</div>'
                '<aside class="widget widget_text"><div class="textwidget"><p>%s: news, comment, culture and sport. Email editor@thebeacon.example.</p></div></aside></div></div></div></div>') % (
            4100 + len(st["title"]), 4100 + len(st["title"]), st["cat"].lower(), st["cat"].lower(), E(st["cat"]), E(st["title"]), authors,
            (', <span class="td-author-role">%s</span>' % E(st["role"])) if st["role"] else "", w.utc(), "%s %s %d" % (ordinal(w.l.day), MON[w.l.month - 1], w.l.year),
            w.l.year, w.l.month, slug(st["title"])[:20], body, "".join('<li><a href="/tag/%s/">%s</a></li>' % (slug(t), E(t)) for t in st["tags"]), slug(st["by"][0]), E(st["by"][0]),
            "".join(module(x) for x in stories if x is not st), comments, "".join(module(x) for x in stories), WRITE)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(st["path"]) + "#article", "author": {"name": st["by"][0], "@id": s.url("/#/schema/person/%s" % slug(st["by"][0]))}, "headline": st["title"],
             "datePublished": w.utc(), "dateModified": w.plus(240).utc(), "articleSection": [st["cat"]], "inLanguage": "en-GB", "publisher": {"@id": s.url("/#organization")}},
            {"@type": "Person", "@id": s.url("/#/schema/person/%s" % slug(st["by"][0])), "name": st["by"][0]}]}
        head = ('<meta name="description" content="%s" />\n<link rel="canonical" href="%s" />\n<meta property="og:locale" content="en_GB" />\n<meta property="og:type" content="article" />\n'
                '<meta property="og:title" content="%s" />\n<meta property="article:published_time" content="%s" />\n<meta property="article:modified_time" content="%s" />\n<meta name="author" content="%s" />\n'
                '<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="%s" />\n<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            E(st["paras"][0][:150]), s.url(st["path"]), E(st["title"]), w.utc(), w.plus(240).utc(), E(st["by"][0]), E(st["by"][0]), J(graph))
        return shell("%s - The Beacon" % st["title"], main, head, "post-template-default single single-post td-animation-stack-type0")

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner, cls="page-template-default page", og="article"):
        s.non(path, shell("%s - The Beacon" % title, '<div class="td-container"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div><div class="td-page-content tagdiv-type">%s</div></div>' % (E(title), inner),
                          '<link rel="canonical" href="%s" />\n<meta property="og:type" content="%s" />\n<meta property="og:title" content="%s" />' % (s.url(path), og, E(title)), cls))

    page("/about-us/", "About us", ps(["The Beacon has been Lowmoor University's student newspaper since 1968. We are editorially independent and run entirely by student volunteers.",
                                      "We publish online throughout the year and print six issues a term, distributed free across campus and in the Students' Union."]))
    team = [("Ffion Evans", "News Editor"), ("Oliver Brennan", "Comment Editor"), ("Sam Whitfield", "Sport Editor"), ("Grace Okafor", "Deputy Sport Editor"), ("Ruby Clarke", "Editor-in-Chief")]
    page("/meet-the-team/", "Meet the team", '<div class="team">%s</div>' % "".join('<div class="member"><h3><a href="/author/%s/">%s</a></h3><p>%s</p></div>' % (slug(n), E(n), E(r)) for n, r in team))
    page("/author/ffion-evans/", "Ffion Evans", '<div class="td-author-description">Third-year Politics student and News Editor.</div>%s' % module(stories[0]), "archive author", "profile")
    page("/print-editions/", "Print editions", '<ul>%s</ul>' % "".join('<li><a href="/wp-content/uploads/2025/%s.pdf">%s</a></li>' % (f, E(t)) for f, t in [
        ("03/beacon-issue-214", "Issue 214 - March 2025"), ("02/beacon-issue-213", "Issue 213 - February 2025"), ("01/beacon-issue-212", "Issue 212 - January 2025")]))
    page("/get-involved/", "Get involved", '<p>%s: News, Comment, Features, Culture or Sport. No experience needed. Our writers&#x27; meetings are on Mondays at 6pm in the Union.</p>' % WRITE)
    page("/advertise/", "Advertise", '<p>Reach Lowmoor&#x27;s 19,000 students in print and online. Rates start at &pound;60 for a quarter page. Email ads@thebeacon.example.</p>')
    page("/category/news/", "News", module(stories[0]) + '<div class="page-nav td-pb-padding-side"><a href="/category/news/page/2/">Next</a></div>', "archive category", "website")
    page("/category/comment/", "Comment", module(stories[1]), "archive category", "website")
    page("/category/sport/", "Sport", module(stories[2]), "archive category", "website")
    page("/tag/housing/", "housing", module(stories[0]), "archive tag", "website")
    page("/complaints-policy/", "Complaints policy", ps(["The Beacon aims to follow the Editors' Code of Practice. If you believe we have published something inaccurate or unfair, email editor@thebeacon.example.",
                                                         "We will acknowledge complaints within five working days. Unresolved complaints can be referred to the Students' Union Media Committee."]))
    page("/contact/", "Contact", '<p>Email editor@thebeacon.example or visit us in the Media Office, first floor of the Students&#x27; Union.</p>')
    home = '<div class="td-container"><div class="td_block_wrap td_flex_block_1">%s</div><ul>%s</ul></div>' % ("".join(module(x) for x in stories[::-1]), links([
        ("/category/news/", "News"), ("/category/comment/", "Comment"), ("/category/sport/", "Sport"), ("/print-editions/", "Print editions"), ("/meet-the-team/", "Meet the team"), ("/get-involved/", "Get involved"),
        ("/about-us/", "About us"), ("/advertise/", "Advertise"), ("/author/ffion-evans/", "Ffion Evans"), ("/tag/housing/", "housing"), ("/complaints-policy/", "Complaints"), ("/contact/", "Contact")]))
    s.put("/", shell("The Beacon - Lowmoor University's independent student newspaper", home, '<link rel="canonical" href="%s" />\n<meta property="og:type" content="website" />' % s.url("/")))
    s.rss2("/feed/", "The Beacon", "Lowmoor University's independent student newspaper", stories[::-1], lang="en-GB")
    s.urlset("/post-sitemap.xml", [x["path"] for x in stories])
    s.urlset("/page-sitemap.xml", ["/about-us/", "/meet-the-team/", "/print-editions/", "/get-involved/", "/advertise/", "/complaints-policy/", "/contact/"])
    s.robots(["/post-sitemap.xml", "/page-sitemap.xml"], ("/wp-admin/",))
    return stories


# ------------------------------------------------------------ 12 Riverina 8 News (Australian regional TV news, relative times)
def riverina():
    s = Site(12)
    TZ = "Australia/Sydney"
    stories = [
        dict(path="/news/riverina/wagga-council-approves-new-skate-park-for-bolton-park", title="Wagga council approves new skate park for Bolton Park", region="Riverina",
             when=Ago(hours=3, zone=TZ), by="Chloe Barrett", au=["Chloe Barrett"], video=True,
             paras=["Wagga Wagga City Council has approved plans for a new skate park at Bolton Park, replacing the ageing concrete bowl that has been closed since last year's floods.",
                    "The $1.4 million design includes a street course, a smaller bowl for beginners and shaded seating, and was shaped by more than 300 responses from young people in the city.",
                    "\"The kids told us exactly what they wanted, and that is what we have built into this,\" Councillor Amelia Ross said.",
                    "Construction is due to begin in spring and take around six months."]),
        dict(path="/news/national/farmers-welcome-rain-but-warn-drought-recovery-will-take-years", title="Farmers welcome rain but warn drought recovery will take years", region="National",
             when=Ago(days=2, zone=TZ), by="Tom Harding, AAP", au=["Tom Harding"],
             paras=["Farmers across southern NSW have welcomed the heaviest rain in months, but say one good soaking will not be enough to undo two years of dry conditions.",
                    "Falls of 30 to 60 millimetres were recorded across the Riverina and central west over the weekend, filling some farm dams for the first time since 2023.",
                    "NSW Farmers said many producers had sold stock and taken on debt to buy feed, and would need follow-up rain through winter to plant crops with confidence.",
                    "\"It is a great start, but we need it to keep coming,\" said Griffith grazier Mark Hollis, who cut his sheep flock by half last year.",
                    "The Bureau of Meteorology's outlook suggests near-average rainfall for most of the state over the next three months."]),
        dict(path="/news/riverina/griffith-base-hospital-emergency-department-upgrade-opens-to-patients", title="Griffith Base Hospital emergency department upgrade opens to patients", region="Riverina",
             when=When("2025-06-11T07:30", TZ), by="Jack Nguyen", au=["Jack Nguyen"],
             paras=["Patients are being treated in Griffith Base Hospital's new emergency department for the first time, after a two-year, $35 million upgrade.",
                    "The department has 24 treatment spaces, up from 14, including a separate area for children and a secure space for mental health patients.",
                    "Murrumbidgee Local Health District said the old department was built for far fewer patients than the 28,000 it now sees each year.",
                    "\"Our staff have been working in cramped conditions for a long time, and this makes a real difference for them and for patients,\" said the hospital's director of nursing, Helen Brady.",
                    "The rest of the hospital's redevelopment, including new wards and operating theatres, is due to be finished in 2027."]),
    ]
    LATEST = "Man charged after police chase through Leeton"
    for st in stories:
        st["byline"] = st["by"]
        st["mn"] = [LATEST, "Got a story? Contact the Riverina 8 News team", "Watch Riverina 8 News at 6pm"]

    def when_txt(w):
        if isinstance(w, Ago):
            return ago_en(w)
        return "%s %d %s %d, %d:%02d%s %s" % (DAYS[w.l.weekday()][:3], w.l.day, MON3[w.l.month - 1], w.l.year, w.l.hour % 12 or 12, w.l.minute, "am" if w.l.hour < 12 else "pm", w.tz)

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="stylesheet" href="/assets/app.4d1e9b.css"></head><body><div id="root"><header class="header"><a href="/" class="header__logo"><img src="/assets/r8-logo.svg" alt="Riverina 8 News"></a>'
                '<nav class="header__nav"><a href="/news/riverina">Riverina</a><a href="/news/national">National</a><a href="/weather">Weather</a><a href="/watch">Watch</a><a href="/road-closures">Roads</a><a href="/community-noticeboard">Community</a><a href="/competitions">Competitions</a></nav></header>'
                '<main class="main">%s</main><footer class="footer"><ul><li><a href="/our-team">Our team</a></li><li><a href="/contact-us">Contact us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/funeral-notices">Funeral notices</a></li>'
                '<li><a href="/competitions/terms-and-conditions">Competition terms</a></li></ul><p>&copy; %d Riverina 8 Television Pty Ltd. All rights reserved.</p></footer></div></body></html>') % (E(title), head, main, NOW.year)

    def tile(st):
        return '<a class="tile" href="%s"><img src="/images/%s.jpg" alt=""><span class="tile__region">%s</span><h3 class="tile__title">%s</h3><span class="tile__time">%s</span></a>' % (
            st["path"], slug(st["title"])[:16], E(st["region"]), E(st["title"]), when_txt(st["when"]))

    def article(st):
        w = st["when"]
        lead = '<div class="video"><div class="video__player" data-video="%s"></div></div>' % slug(st["title"])[:10] if st.get("video") else '<figure class="hero"><img src="/images/%s-hero.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
            slug(st["title"])[:16], "AAP Image" if "AAP" in st["by"] else "Riverina 8 News")
        main = ('<article class="article"><a class="article__region" href="/news/%s">%s</a><h1 class="article__title">%s</h1><div class="article__meta"><span class="article__byline">By %s</span>'
                '<span class="article__time">%s%s</span></div>%s<div class="article__body">%s</div><div class="article__share"><a>Facebook</a><a>X</a><a>Email</a></div>'
                '<div class="article__tip">Got a story? Contact the Riverina 8 News team on 02 6900 0008.</div><div class="promo"><a href="/watch">Watch Riverina 8 News at 6pm</a></div></article>'
                '<aside class="latest"><h2>Latest</h2><a href="/news/riverina/man-charged-after-police-chase-through-leeton">%s</a>%s</aside>') % (
            st["region"].lower(), E(st["region"]), E(st["title"]), E(st["by"]), "Posted " if isinstance(w, When) else "", when_txt(w), lead, "".join("<p>%s</p>" % E(p) for p in st["paras"]), LATEST,
            "".join(tile(x) for x in stories if x is not st))
        head = '<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="Riverina 8 News">' % (
            E(st["paras"][0][:150]), s.url(st["path"]), E(st["title"]))
        if isinstance(w, When):
            head += '<meta property="article:published_time" content="%s">' % w.iso()
        return shell("%s | Riverina 8 News" % st["title"], main, head)

    for st in stories:
        s.story(st, article(st))

    def page(path, title, inner):
        s.non(path, shell("%s | Riverina 8 News" % title, '<div class="page"><h1 class="page__title">%s</h1>%s</div>' % (E(title), inner),
                          '<link rel="canonical" href="%s"><meta property="og:type" content="website"><meta property="og:title" content="%s">' % (s.url(path), E(title))))

    page("/weather", "Weather", '<ul class="weather">%s</ul><p>Frost warning for the southern Riverina tonight.</p>' % "".join("<li>%s: %s, %d&deg;/%d&deg;</li>" % x for x in [
        ("Wagga Wagga", "Fog then sunny", 15, 1), ("Griffith", "Sunny", 16, 2), ("Albury", "Showers", 13, 4), ("Leeton", "Sunny", 16, 1)]))
    page("/watch", "Watch Riverina 8 News", '<div class="video__player" data-video="latest-bulletin"></div><p>Watch the latest bulletin of Riverina 8 News at 6pm, weeknights on channel 8.</p>')
    page("/news/riverina", "Riverina", "".join(tile(x) for x in stories if x["region"] == "Riverina"))
    page("/our-team", "Our team", '<ul><li><a href="/our-team/chloe-barrett">Chloe Barrett</a>, Wagga Wagga journalist</li><li>Jack Nguyen, Griffith journalist</li><li>Sarah Ellis, Presenter</li></ul>')
    page("/our-team/chloe-barrett", "Chloe Barrett", ps(["Chloe Barrett is a journalist in the Riverina 8 News Wagga Wagga newsroom. She grew up on a farm near Junee and studied communications at Charles Sturt University.",
                                                       "Chloe covers council, health and agriculture. Contact her at chloe.barrett@riverina8.example."]))
    page("/contact-us", "Contact us", '<p>Newsroom: 02 6900 0008. Email news@riverina8.example. Send us your photos and videos.</p>')
    page("/competitions", "Competitions", '<ul><li><h3>Win a weekend at Lake Mulwala</h3><p>Entries close 30 June. <a href="/competitions/terms-and-conditions">Terms and conditions</a></p></li></ul>')
    page("/competitions/terms-and-conditions", "Competition terms and conditions", ps(["Entry is open to Australian residents aged 18 years and over living in the Riverina 8 broadcast area.",
                                                                                      "The competition opens at 9am AEST on 1 June 2025 and closes at 11:59pm AEST on 30 June 2025. The winner will be drawn at random on 2 July 2025.",
                                                                                      "Authorised under NSW Permit No. TP/01234."]))
    page("/community-noticeboard", "Community noticeboard", '<ul><li>14 June: Junee Rhubarb and Chocolate Festival hmm planning meeting</li><li>21 June: Wagga Wagga Winter Markets</li><li>28 June: Narrandera Camellia Show</li></ul>'.replace(" hmm", ""))
    page("/advertise", "Advertise", ps(["Advertise on Riverina 8 and reach viewers from Albury to Hay.", "Contact sales@riverina8.example."]))
    page("/funeral-notices", "Funeral notices", '<ul><li>BRADSHAW, Kevin John. Passed away peacefully 8 June 2025, aged 79. Funeral at St Michael\'s Cathedral, Wagga Wagga.</li><li>NOLAN, Margaret. 6 June 2025, aged 91.</li></ul>')
    page("/road-closures", "Roads and traffic", '<ul><li>Sturt Highway, Wagga Wagga: roadworks near the Gumly Gumly turnoff, reduced speed</li><li>Burley Griffin Way, Griffith: lane closure for resurfacing</li></ul><p>Live traffic: Live Traffic NSW.</p>')
    home = '<div class="home"><h1 class="visually-hidden">Riverina 8 News</h1><div class="tiles">%s</div><ul>%s</ul></div>' % ("".join(tile(x) for x in stories), links([
        ("/news/riverina", "Riverina"), ("/weather", "Weather"), ("/watch", "Watch"), ("/our-team", "Our team"), ("/our-team/chloe-barrett", "Chloe Barrett"), ("/contact-us", "Contact"),
        ("/competitions", "Competitions"), ("/competitions/terms-and-conditions", "Competition terms"), ("/community-noticeboard", "Community noticeboard"), ("/advertise", "Advertise"),
        ("/funeral-notices", "Funeral notices"), ("/road-closures", "Roads")]))
    s.put("/", shell("Riverina 8 News | Local news for Wagga Wagga, Griffith and the Riverina", home, '<link rel="canonical" href="%s">' % s.url("/")))
    s.urlset("/sitemap.xml", [x["path"] for x in stories] + ["/weather", "/watch", "/our-team", "/competitions", "/funeral-notices"])
    s.robots(["/sitemap.xml"], ("/api/",))
    return stories


kv = kvtx()
wx = wxva()
kmtw(wx[2])
kptr()
kdnv(kv[1])
wkyr()
ledger()
ckno()
prnow()
severn()
beacon()
riverina()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
