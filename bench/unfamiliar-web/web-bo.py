"""Web bo: niche newsrooms. Thirteen small publishers whose pages are not
built like a daily paper's: student papers, university news offices,
religious weeklies and agencies, court reporting and a town hall.

Sites:
 1 The Hilltop Herald - an SNO Sites (WordPress "sno-" classes) college
   paper: /18342/news/slug/ paths, bylines "Olivia Martinez, Staff Writer"
   and "Marcus Lee and Priya Shah, Staff Writers" linking /staff_name/
   pages, the photographer linked to his staff page the same way inside the
   photo credit, an inline "Related Stories" box in the body, staff
   profiles with bios, a staff list and print-edition pages
   ("Volume 112, Issue 14"), a donate page.
 2 The Commons - a CampusPress (multisite WordPress, Twenty Twenty-One)
   student magazine under /commons/: byline and date in the entry footer
   after the text, one post put up by a "Commons Editor" account whose
   body starts "By Daniel Ortiz, Contributing Writer", previous/next post
   links, and The Events Calendar's event list and a single event page
   (with Event JSON-LD).
 3 The Forge - a UK students' union paper on an MSL-like union site:
   /news/article/theforge/Title-Words/ paths, "Words by ..., News Editor"
   as the first body line, dates "12:04, Wednesday 12 March 2025" and
   "06/03/2025" (day first), union "What's on" listings, the print-issue
   archive and the editorial-team page.
 4 St. Brendan University news (Drupal 10): "By ..." byline field, a
   "Media Contact" block with a name and title under every release (not an
   author; one release has only that), media-relations and experts pages,
   an "In the news" list of outside coverage, tag pages, rss.
 5 Western Plains State University (Cascade CMS, static .html): "Story by X
   | Photos by Y", "By X, University Communications", an unsigned
   announcement, "Upcoming events" with dates in the sidebar, a year
   archive, a for-media page.
 6 The Catholic Lantern - a diocesan paper on Newspack: a local story, an
   OSV News wire story posted under the "OSV News" account with a
   "WASHINGTON (OSV News) --" dateline, a donate block inside the body, a
   syndicated copy of the St. Brendan clinic release (canonical to the
   university's page - in synd), an obituary listing, the bishop's
   calendar, mass times, donate page, today's date in the top bar.
 7 The Lakes Jewish Ledger - a Jewish weekly on a BLOX/TownNews-like CMS:
   article_<uuid>.html paths, Hebrew-calendar dates beside the Gregorian
   ("11 Adar 5785", Hebrew script too) and in the masthead, a candle-
   lighting widget, "By X" + role on the next line, a wire story, a guest
   column; simchas, obituaries, community calendar, candle-lighting page.
 8 epd Landesdienst - a German Protestant news agency: "Frankfurt a.M.
   (epd)." datelines, "Von ..." bylines, editor's initials ("epd lhe
   jbe/mih") closing the text, one report credited only "Quelle: epd";
   themes, "Termine" (dated events), Impressum, newsletter.
 9 The Crescent Chronicle - an Islamic community paper in English and
   Arabic: Gregorian and Hijri dates side by side ("14 Ramadan 1446 AH",
   Arabic "الجمعة 14 رمضان 1446 هـ - الموافق 14 مارس 2025"), "بقلم:" bylines,
   a prayer-times/iftar widget, an English/Arabic pair (hreflang), an
   Arabic-only story; prayer times, Ramadan timetable, zakat donate page.
10 Courthouse Ledger - court reporting (Courthouse-News-like): "AUTHOR /
   March 12, 2025" (name upper-cased by CSS), "(CL) --" datelines, case
   captions and numbers in the text, a case box with the filing date inside
   the body, docket tracker and verdict list pages.
11 CaseWire - a Law360-like legal news site: "By X · Listen to article",
   the only date in the first line of the body ("CaseWire, New York (March
   11, 2025, 9:05 PM EDT) --", the next day in UTC), "--Additional
   reporting by ... Editing by ..." tails, an Expert Analysis piece with
   "By A and B (March 6, 2025, 4:21 PM EST)", a Case Information box with
   "Date Filed"; section, author and case pages, sitemap.
12 Ayuntamiento de Robledal - a Spanish town hall newsroom (Liferay-like):
   "27/02/2025" dates, two unsigned notes and one with "Texto: ... ·
   Fotografía: ...", a press-office contact block, agenda and plenary
   minutes pages, tramites and contact pages.
13 Przewodnik Diecezjalny - a Polish Catholic weekly (gosc.pl-like):
   /doc/9184321.Title-Words paths, "dodane 12.03.2025 10:15", one story
   credited only "KAI", "Zobacz także" box in the body, today's date and
   name days in the top bar; daily readings, obituaries, calendar, donate.

Truth: 40 articles, 140 non-articles, one synd pair (the Lantern's reprint
of the clinic release -> the university's page). Agency-only credits are
kept as printed ("epd", "KAI", "OSV News"); media contacts, photographers,
translators' and editors' tails are not authors. Crawled with /tmp/nr-base:
40/40 titles, 38 dates (the Forge's "April rent ... 2025-26" read as April
26; the "CaseWire, New York (March 11, ...)" dateline not read), 38 authors
("Quelle: epd" and the KAI-only credit dropped), 9 non-articles stored
(two SNO staff profiles, the CampusPress event page, a docket tracker,
simchas, obituaries, the Cascade news index, the town agenda, daily
readings), the town hall's press-contact block kept in all three bodies.
"""
import html, json, os, sys, urllib.parse  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18139
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def paras(ps, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def first_sentence(p):
    for sep in (". ", "。", "! ", "? "):
        i = p.find(sep)
        if i > 40:
            return p[:i + 1]
    return p


class Site:
    def __init__(self, n, name):
        self.host = "127.0.6.%d" % (40 + n)
        self.name = name

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        # a path without a known file extension is a directory's index.html
        # (the static server redirects /x to /x/); percent-escapes name the file
        last = path.rsplit("/", 1)[-1]
        if last and last.rsplit(".", 1)[-1] not in ("html", "htm", "xml", "txt"):
            path += "/"
        write(OUT, self.host, urllib.parse.unquote(path), doc)

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

    def copy(self, path, doc, orig):
        self.put(path, doc)
        truth["synd"].append({"copy": self.url(path), "orig": orig})

    def sitemap(self, paths):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path, title, items):
        it = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(t), E(self.url(p)), d) for t, p, d in items)
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
            E(title), self.url("/"), it))


def lis(links, cls="item"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in links)


# ============================================================== 1 SNO Sites college paper
def sno():
    s = Site(1, "The Hilltop Herald")
    A = {
        "dining": ("/18342/news/dining-hall-to-extend-weekend-hours-after-student-petition/", "news", "News",
                   "Dining hall to extend weekend hours after student petition",
                   "Harmon Hall will serve dinner until 10 p.m. on Fridays and Saturdays after spring break.",
                   [("Olivia Martinez", "olivia-martinez")], "Staff Writer", "March 12, 2025", "2025-03-12T16:02:41-04:00",
                   ("Sam Lee", "sam-lee"), "Students wait in line at Harmon Dining Hall on Monday, March 10.", [
            "Marston College’s main dining hall will stay open until 10 p.m. on Fridays and Saturdays starting after spring break, Dining Services announced Monday, two weeks after a student petition calling for later weekend hours gathered more than 1,400 signatures.",
            "The petition, started by sophomore Kayla Brooks, argued that students who work evening shifts or attend late rehearsals had few options on campus once the hall closed at 7:30 p.m. “I was eating granola bars for dinner three nights a week,” Brooks said.",
            "Director of Dining Services Mark Henley said the extended hours will be staffed by shifting two existing positions rather than hiring, and that the late menu will be limited to the grill, the salad bar and a rotating hot entrée.",
            "Henley said the department will review swipe data at the end of the semester before deciding whether to keep the schedule in the fall. Student Government Association President Luis Ortega called the change “a small thing that makes a real difference.”"]),
        "library": ("/18355/opinion/the-library-should-stay-open-all-night-during-finals/", "opinion", "Opinion",
                    "The library should stay open all night during finals",
                    "Students need a quiet place to work after midnight, and the college already has one.",
                    [("Ava Chen", "ava-chen")], "Opinion Editor", "March 13, 2025", None, None, None, [
            "Every December and May, the same scene plays out at Caldwell Library: at 11:45 p.m. a recorded voice announces closing, and hundreds of students pack up half-finished problem sets and wander into the cold looking for somewhere else to work.",
            "There usually is nowhere else. Residence hall lounges are loud, the student center closes at midnight, and the few 24-hour spaces on campus are computer labs with no room to spread out a textbook.",
            "Keeping the library’s first floor open around the clock during the two weeks of finals would cost the college relatively little. Security already patrols the building overnight, and the library’s own staff survey found that more than half of student workers would take late shifts if offered.",
            "Other colleges our size already do this. The administration should try it this spring, count how many students use it, and let the numbers decide whether it stays."]),
        "lax": ("/18361/sports/womens-lacrosse-opens-conference-play-with-overtime-win/", "sports", "Sports",
                "Women’s lacrosse opens conference play with overtime win",
                "Grace Holloway scored 94 seconds into overtime as the Mustangs erased a three-goal deficit.",
                [("Marcus Lee", "marcus-lee"), ("Priya Shah", "priya-shah")], "Staff Writers", "March 9, 2025", "2025-03-09T21:40:10-04:00",
                ("Sam Lee", "sam-lee"), "Junior Grace Holloway celebrates her overtime goal against Alder College.", [
            "The Marston women’s lacrosse team opened Keystone Athletic Conference play Saturday with a 12-11 overtime win over Alder College, as junior attacker Grace Holloway scored the winner 94 seconds into the extra period.",
            "The Mustangs trailed 9-6 midway through the second half before scoring four straight goals, three of them from free-position shots drawn by freshman midfielder Nora Quinn.",
            "Goalkeeper Ellie Sato made 14 saves, including a point-blank stop with 20 seconds left in regulation that kept the score tied at 11.",
            "Head coach Dana Whitfield said the comeback showed the team’s conditioning. “We talked all week about winning the last ten minutes,” she said. Marston travels to Harwood College on Wednesday before hosting its home opener next Saturday."]),
    }
    cats = [("news", "News"), ("opinion", "Opinion"), ("sports", "Sports"), ("arts-entertainment", "Arts &amp; Entertainment")]

    def shell(title, main, head="", body_cls="home"):
        nav = "".join('<li class="menu-item"><a href="/category/%s/">%s</a></li>' % (c, l) for c, l in cats)
        pop = "".join('<li><a href="%s">%s</a></li>' % (A[k][0], E(A[k][3])) for k in ("lax", "dining", "library"))
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>%s</title><meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" href="/wp-content/themes/snoflex/style.css">%s</head>'
                '<body class="%s sno-flex"><div id="wrap"><header id="sno-header"><div class="sno-header-wrap"><a href="/" class="sno-header-logo">'
                '<img src="/wp-content/uploads/2024/08/herald-banner.png" alt="The Hilltop Herald"></a>'
                '<div class="sno-header-tagline">The student newspaper of Marston College since 1913</div></div>'
                '<nav id="sno-main-nav"><ul class="sno-menu">%s<li class="menu-item"><a href="/staff/">Staff</a></li>'
                '<li class="menu-item"><a href="/print-edition/">Print Edition</a></li><li class="menu-item"><a href="/about/">About</a></li>'
                '<li class="menu-item sno-donate"><a href="/donate/">Donate</a></li></ul></nav></header>'
                '<div id="main">%s<aside id="sno-sidebar"><div class="widget sno-widget"><h3 class="widgettitle">Most Popular</h3><ol>%s</ol></div>'
                '<div class="widget sno-widget"><h3 class="widgettitle">Latest Print Edition</h3><a href="/print-edition/volume-112-issue-14/">Volume 112, Issue 14</a></div></aside></div>'
                '<footer id="sno-footer"><p>&copy; 2025 The Hilltop Herald &bull; Privacy Policy &bull; <a href="/about/">About</a> &bull; '
                'FLEX Pro WordPress Theme by SNO &bull; <a href="/wp-login.php">Log in</a></p></footer></div></body></html>') % (
            title, head, body_cls, nav, main, pop)

    for key, (path, cat, catl, title, deck, authors, role, shown, iso, photo, caption, ps) in A.items():
        names = " and ".join('<a href="/staff_name/%s/" class="creditline">%s</a>' % (slug, E(n)) for n, slug in authors)
        pid = path.split("/")[1]
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="The Hilltop Herald">'
                '<meta property="og:url" content="%s"><link rel="canonical" href="%s">') % (E(title), s.url(path), s.url(path))
        if iso:
            head += '<meta property="article:published_time" content="%s">' % iso
        photo_html = ""
        if photo:
            photo_html = ('<div class="sno-story-photo-area"><div class="photowrap"><img src="/wp-content/uploads/2025/03/%s.jpg" alt="" class="catboxphoto">'
                          '<div class="photocreditwrap"><span class="photocreditinline"><a href="/staff_name/%s/">%s</a></span></div>'
                          '<div class="photocaption">%s</div></div></div>') % (key, photo[1], E(photo[0]), E(caption))
        others = [k for k in A if k != key]
        related = ('<div class="sno-story-related sno-inline-related"><h4 class="related-heading">Related Stories</h4><ul>%s</ul></div>' %
                   "".join('<li><a href="%s">%s</a></li>' % (A[k][0], E(A[k][3])) for k in others))
        body = paras(ps[:2]) + related + paras(ps[2:])
        if key == "library":
            body += '<p><em>Ava Chen is a junior majoring in political science. The views expressed in this column are her own and do not reflect those of The Hilltop Herald.</em></p>'
        main = ('<div id="content" class="sno-story-page"><div class="sno-story-wrap">'
                '<div class="sno-story-header-area"><div class="sno-story-category"><a href="/category/%s/">%s</a></div>'
                '<h1 class="sno-story-headline">%s</h1><div class="sno-story-deck">%s</div>'
                '<div class="sno-story-byline"><span class="byline-name">%s, %s</span></div>'
                '<div class="sno-story-date"><span class="time-wrapper">%s</span></div></div>'
                '<div class="sno-story-body-area">%s<div class="sno-story-body-wrap"><span class="storycontent" id="sno-story-body-content">%s</span></div></div>'
                '<div class="sno-story-comments"><h3>Comments (0)</h3><p>All The Hilltop Herald picks reader comments for approval. Comments must include your full name.</p>'
                '<form class="comment-form"><textarea name="comment"></textarea><button>Post Comment</button></form></div></div></div>') % (
            cat, catl, E(title), E(deck), names, role, shown, photo_html, body)
        others_titles = [A[k][3] for k in others]
        s.art(path, shell("%s &#8211; The Hilltop Herald" % E(title), main, head, "post-template-default single single-post postid-%s" % pid),
              title, {"dining": "2025-03-12", "library": "2025-03-13", "lax": "2025-03-09"}[key], [n for n, _ in authors],
              must=[first_sentence(ps[-1])], must_not=others_titles)

    def teaser(k):
        path, cat, catl, title, deck, authors, role, shown = A[k][:8]
        return ('<div class="sno-block-story"><h3 class="sno-block-headline"><a href="%s">%s</a></h3><p class="sno-block-byline">%s, %s</p>'
                '<p class="sno-block-date">%s</p><p class="sno-block-teaser">%s</p></div>') % (path, E(title), E(" and ".join(n for n, _ in authors)), role, shown, E(deck))

    s.non("/", shell("The Hilltop Herald &#8211; The student newspaper of Marston College", '<div id="content" class="sno-home">%s</div>' % "".join(teaser(k) for k in A)))
    for c, l in cats:
        ks = [k for k in A if A[k][1] == c]
        s.non("/category/%s/" % c, shell("%s &#8211; The Hilltop Herald" % l, '<div id="content" class="sno-category"><h1 class="catname">%s</h1>%s</div>' % (
            l, "".join(teaser(k) for k in ks) or "<p>No stories yet this semester.</p><p><a href=\"/\">Back to home</a></p>"), body_cls="archive category"))
    staff = [("Olivia Martinez", "olivia-martinez", "Staff Writer", "Olivia Martinez is a sophomore journalism major from Columbus, Ohio. She covers student government, dining and housing, and joined the Herald in her first semester at Marston. When she is not reporting she runs with the club cross-country team.", ["dining"]),
             ("Ava Chen", "ava-chen", "Opinion Editor", "Ava Chen is a junior majoring in political science with a minor in philosophy. She has edited the opinion section since last spring and previously wrote a column about campus sustainability. She hopes to attend law school after graduating.", ["library"]),
             ("Marcus Lee", "marcus-lee", "Staff Writer", "Marcus Lee is a senior history major who has covered Mustangs athletics for three seasons. He also calls play-by-play for the college radio station's basketball broadcasts.", ["lax"]),
             ("Priya Shah", "priya-shah", "Staff Writer", "Priya Shah is a first-year student from Edison, New Jersey, planning to major in statistics. She writes about sports and keeps the Herald's box scores.", ["lax"]),
             ("Sam Lee", "sam-lee", "Photographer", "Sam Lee is a sophomore studio art major and the Herald's lead photographer. His work has appeared in the college's admissions materials.", ["dining", "lax"])]
    for name, slug, role, bio, ks in staff:
        s.non("/staff_name/%s/" % slug, shell("%s &#8211; The Hilltop Herald" % E(name),
              ('<div id="content" class="sno-staff-profile"><h1 class="sno-staff-name">%s</h1><div class="sno-staff-position">%s</div>'
               '<div class="sno-staff-bio"><p>%s</p></div><h2 class="sno-staff-stories-heading">%s</h2><ul class="sno-staff-stories">%s</ul></div>') % (
                  E(name), role, E(bio), "Photos by " + E(name) if role == "Photographer" else "Stories by " + E(name),
                  "".join('<li><a href="%s">%s</a> <span class="sno-staff-story-date">%s</span></li>' % (A[k][0], E(A[k][3]), A[k][7]) for k in ks)),
              body_cls="staff_name-template-default single single-staff_name"))
    s.non("/staff/", shell("Staff &#8211; The Hilltop Herald", '<div id="content" class="sno-staff-page"><h1>2024-2025 Staff</h1><ul>%s</ul>'
                           '<p>Editor-in-Chief: Rachel Morgan. Managing Editor: Theo Banks. Faculty Adviser: Dr. Linda Craig.</p></div>' %
                           "".join('<li><a href="/staff_name/%s/">%s</a>, %s</li>' % (sl, E(n), r) for n, sl, r, _, _ in staff), body_cls="page"))
    s.non("/print-edition/", shell("Print Edition &#8211; The Hilltop Herald", '<div id="content" class="page"><h1>Print Edition</h1><ul>'
                                   '<li><a href="/print-edition/volume-112-issue-14/">Volume 112, Issue 14 &ndash; March 13, 2025</a></li>'
                                   '<li><a href="/print-edition/volume-112-issue-13/">Volume 112, Issue 13 &ndash; February 27, 2025</a></li></ul></div>', body_cls="page"))
    for iss, day, ks in (("14", "March 13, 2025", ["dining", "library", "lax"]), ("13", "February 27, 2025", [])):
        s.non("/print-edition/volume-112-issue-%s/" % iss, shell("Volume 112, Issue %s &#8211; The Hilltop Herald" % iss,
              ('<div id="content" class="page"><h1 class="entry-title">Volume 112, Issue %s</h1><p>Published %s</p>'
               '<iframe src="https://e.issuu.com/embed.html?d=herald_v112_i%s" width="100%%" height="600" title="Issuu"></iframe>'
               '<h2>In this issue</h2><ul>%s</ul><p>Print copies are available in the student center, the library and every residence hall lobby. '
               '<a href="/print-edition/">All print editions</a></p></div>') % (iss, day, iss,
                  "".join('<li><a href="%s">%s</a></li>' % (A[k][0], E(A[k][3])) for k in ks) or "<li>Digital edition only.</li>"), body_cls="page"))
    s.non("/about/", shell("About &#8211; The Hilltop Herald", '<div id="content" class="page"><h1>About</h1><p>The Hilltop Herald is the independent, student-run newspaper of Marston College. '
                           'It publishes online daily and in print every other Thursday during the academic year. Letters to the editor may be sent to herald@marston.example.</p>'
                           '<p><a href="/staff/">Meet our staff</a></p></div>', body_cls="page"))
    s.non("/donate/", shell("Donate &#8211; The Hilltop Herald", '<div id="content" class="page"><h1>Support Student Journalism</h1>'
                            '<p>Your donation to The Hilltop Herald helps cover printing costs, camera equipment and travel for our reporters to cover away games and regional conferences. '
                            'Donations are processed securely through our partners at School Newspapers Online and are tax deductible to the extent allowed by law.</p>'
                            '<form class="sno-donate-form"><label>Amount</label><input name="amount" value="25"><button>Donate</button></form></div>', body_cls="page"))


# ============================================================== 2 CampusPress student magazine
def campuspress():
    s = Site(2, "The Commons")
    A = [
        ("/commons/2025/02/26/inside-the-campus-food-pantrys-busiest-winter/", 412, "Inside the campus food pantry’s busiest winter", "features", "Features",
         "2025-02-26T09:14:37-05:00", "February 26, 2025", "Priya Natarajan", "pnatarajan", None, "2025-02-26", [
            "On a gray Tuesday afternoon in February, the line outside the Bellweather Community Pantry stretched past the laundry room in the basement of Fenwick Hall. By the time the doors opened at three, more than forty students were waiting.",
            "The pantry, run by student volunteers since 2019, served 2,310 visits between January and mid-February, according to its coordinators, nearly double the number from the same weeks last year.",
            "Volunteers point to rising rent in the neighborhoods around campus and to the end of a state grocery benefit for some graduate students. “People come in apologizing, and we tell them there is nothing to apologize for,” said coordinator Elena Mbeki, a senior.",
            "The university has promised to move the pantry to a larger room in the student union next fall. Until then, volunteers are asking for donations of canned protein, rice and personal care items, which run out first each week."]),
        ("/commons/2025/03/05/a-semester-without-phones-in-class/", 418, "A semester without phones in class", "campus-life", "Campus Life",
         "2025-03-05T13:40:02-05:00", "March 5, 2025", "Commons Editor", "commonseditor", "Daniel Ortiz", "2025-03-05", [
            "When Professor Ruth Abernathy announced on the first day of her introductory psychology course that phones would go into a wooden box by the door, several of us laughed. Nobody was laughing by week three, when the box had become a routine.",
            "Abernathy says she started the experiment after noticing that students who sat near the front, away from other screens, did better on her quizzes. She asked the department for permission to try a full semester without phones and to compare exam scores with last year’s section.",
            "The results are not in yet, but the change in the room is obvious. Discussions run longer, fewer people leave to take calls, and the awkward silence after a question no longer gets filled by scrolling.",
            "Not everyone is convinced. Two students with caregiving responsibilities said they worry about missing emergency calls, and Abernathy now lets anyone keep a phone face down on the desk if they ask. She plans to share her data with the faculty senate in May."]),
        ("/commons/2025/03/18/student-composers-premiere-works-with-city-orchestra/", 425, "Student composers premiere works with city orchestra", "arts", "Arts",
         "2025-03-18T08:05:51-04:00", "March 18, 2025", "Hannah Osei", "hosei", None, "2025-03-18", [
            "Three Bellweather music students heard their own compositions played by a professional orchestra for the first time on Saturday, when the Riverton Symphony premiered their works at a sold-out concert in Harmon Hall.",
            "The pieces were chosen from twenty-two submissions to the orchestra’s annual emerging composers program, which pairs student writers with a mentor from the orchestra’s staff for six months of revisions and reading sessions.",
            "Senior Hannah Kimura’s piece, a twelve-minute tone poem based on the sounds of the river at night, drew a standing ovation. Graduate student Marcus Bell wrote a brass fanfare, and junior Sofia Reyes contributed a set of variations on a Mexican folk song her grandmother used to sing.",
            "Conductor Elise Varga said the students had taken criticism well. “They rewrote whole sections in two weeks,” she said. Recordings from the concert will be broadcast on the university radio station next month."]),
    ]
    cats = [("features", "Features"), ("campus-life", "Campus Life"), ("arts", "Arts")]

    def shell(title, main, body_cls="home blog", head=""):
        nav = "".join('<li class="menu-item"><a href="/commons/category/%s/">%s</a></li>' % c for c in cats)
        return ('<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>%s</title><link rel="alternate" type="application/rss+xml" title="The Commons &raquo; Feed" href="/commons/feed.xml">'
                '<meta name="generator" content="WordPress 6.6.2">%s</head><body class="%s wp-embed-responsive is-light-theme has-main-navigation">'
                '<div id="campus-bar" class="campuspress-toolbar"><a href="/">Bellweather Blogs</a> <span>Powered by CampusPress</span> <a href="/wp-login.php">Log In</a></div>'
                '<div id="page" class="site"><header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding">'
                '<p class="site-title"><a href="/commons/" rel="home">The Commons</a></p><p class="site-description">Student magazine of Bellweather University</p></div>'
                '<nav id="site-navigation" class="primary-navigation"><ul id="primary-menu-list" class="menu-wrapper">%s'
                '<li class="menu-item"><a href="/commons/events/">Events</a></li><li class="menu-item"><a href="/commons/about/">About</a></li>'
                '<li class="menu-item"><a href="/commons/submit/">Submit</a></li></ul></nav></header>'
                '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div></div>'
                '<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/commons/">The Commons</a></div>'
                '<div class="powered-by">Proudly powered by <a href="https://campuspress.com/">CampusPress</a>. <a href="/accessibility/">Accessibility</a></div></div></footer></div></body></html>') % (
            title, head, body_cls, nav, main)

    for i, (path, pid, title, cat, catl, iso, shown, acct, slug, real, day, ps) in enumerate(A):
        body = ""
        if real:
            body = "<p><strong>By %s, Contributing Writer</strong></p>" % E(real)
        body += paras(ps)
        prev = A[i - 1] if i > 0 else None
        nxt = A[i + 1] if i + 1 < len(A) else None
        nav = '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
        if prev:
            nav += '<div class="nav-previous"><a href="%s" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">%s</p></a></div>' % (prev[0], E(prev[2]))
        if nxt:
            nav += '<div class="nav-next"><a href="%s" rel="next"><p class="meta-nav">Next post</p><p class="post-title">%s</p></a></div>' % (nxt[0], E(nxt[2]))
        nav += "</div></nav>"
        main = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s entry">'
                '<header class="entry-header alignwide"><h1 class="entry-title">%s</h1></header>'
                '<div class="entry-content">%s</div>'
                '<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="%s">%s</time></span>'
                '<span class="byline">By <a href="/commons/author/%s/" rel="author">%s</a></span></div>'
                '<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/commons/category/%s/" rel="category tag">%s</a></span></div></footer></article>'
                '%s<div id="comments" class="comments-area default-max-width"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>'
                '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>') % (
            pid, pid, cat, E(title), body, iso, shown, slug, E(acct), cat, catl, nav)
        s.art(path, shell("%s &#8211; The Commons" % E(title), main, "post-template-default single single-post postid-%d single-format-standard" % pid,
                          '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">' % (s.url(path), E(title))),
              title, day, [real or acct], must=[first_sentence(ps[-1])],
              must_not=[o[2] for o in (prev, nxt) if o])

    def excerpt(a):
        return ('<article class="post type-post entry"><header class="entry-header"><h2 class="entry-title default-max-width"><a href="%s">%s</a></h2></header>'
                '<div class="entry-content"><p>%s</p></div><footer class="entry-footer"><span class="posted-on">Published <time class="entry-date published">%s</time></span></footer></article>') % (
            a[0], E(a[2]), E(a[11][0][:150]) + " &hellip;", a[6])

    s.non("/", '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Bellweather Blogs &#8211; Sites at Bellweather University</title></head><body class="home campuspress-network">'
          '<h1>Bellweather Blogs</h1><p>Course sites, portfolios and student publications at Bellweather University, hosted by CampusPress.</p>'
          '<ul class="site-directory"><li><a href="/commons/">The Commons &ndash; student magazine</a></li><li><a href="/commons/events/">Commons events</a></li></ul>'
          '<p><a href="/wp-login.php">Log in with your university account</a></p></body></html>')
    s.non("/commons/", shell("The Commons &#8211; Student magazine of Bellweather University", "".join(excerpt(a) for a in reversed(A))))
    for c, l in cats:
        s.non("/commons/category/%s/" % c, shell("%s &#8211; The Commons" % l, '<header class="page-header alignwide"><h1 class="page-title">Category: <span>%s</span></h1></header>%s' % (
            l, "".join(excerpt(a) for a in A if a[3] == c)), "archive category"))
    for acct, slug in (("Priya Natarajan", "pnatarajan"), ("Commons Editor", "commonseditor"), ("Hannah Osei", "hosei")):
        s.non("/commons/author/%s/" % slug, shell("%s &#8211; The Commons" % acct, '<header class="page-header alignwide"><h1 class="page-title">Author: <span class="vcard">%s</span></h1></header>%s' % (
            E(acct), "".join(excerpt(a) for a in A if a[8] == slug)), "archive author"))
    events = [("spring-poetry-slam", "Spring Poetry Slam", "2025-04-10T19:00:00-04:00", "April 10 @ 7:00 pm", "9:00 pm", "Fenwick Hall Lounge",
               "Bring a poem, or just bring a friend. The Commons and the English Club host the spring poetry slam, open to every student regardless of experience. "
               "Sign-ups for the open mic start at 6:30 pm at the door, and each reader gets up to three minutes. Judges chosen from the audience will score each round, "
               "and the top three poets will be published in the May issue of The Commons. Snacks and coffee are provided by the Student Activities Board."),
              ("zine-workshop", "Zine-making Workshop", "2025-03-27T17:30:00-04:00", "March 27 @ 5:30 pm", "7:30 pm", "Art Building, Room 104",
               "Learn to fold, cut and print your own zine. Materials are provided and no experience is needed. Space is limited to twenty students.")]
    s.non("/commons/events/", shell("Events &#8211; The Commons", '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><h1 class="tribe-events-header__title">Upcoming Events</h1>%s</div>' % "".join(
        '<article class="tribe-events-calendar-list__event"><time class="tribe-events-calendar-list__event-datetime" datetime="%s">%s - %s</time>'
        '<h3 class="tribe-events-calendar-list__event-title"><a href="/commons/event/%s/">%s</a></h3><address>%s</address></article>' % (iso, d, t, slug, E(n), v)
        for slug, n, iso, d, t, v, _ in events), "post-type-archive post-type-archive-tribe_events"))
    for slug, n, iso, d, t, v, desc in events:
        ld = jl({"@context": "http://schema.org", "@type": "Event", "name": n, "startDate": iso, "location": {"@type": "Place", "name": v},
                 "organizer": {"@type": "Person", "name": "The Commons"}, "url": s.url("/commons/event/%s/" % slug)})
        s.non("/commons/event/%s/" % slug, shell("%s &#8211; The Commons" % E(n), (
            '<div id="tribe-events-content" class="tribe-events-single"><p class="tribe-events-back"><a href="/commons/events/">&laquo; All Events</a></p>'
            '<h1 class="tribe-events-single-event-title">%s</h1><div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">%s</span> - '
            '<span class="tribe-event-time">%s</span></h2></div><div class="tribe-events-single-event-description tribe-events-content"><p>%s</p></div>'
            '<div class="tribe-events-event-meta"><div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue">%s</dd></dl></div></div>'
            '<a class="tribe-events-gcal" href="/commons/events/">+ Google Calendar</a></div>') % (E(n), d, t, E(desc), v), "tribe_events-template-default single single-tribe_events", ld))
    s.non("/commons/about/", shell("About &#8211; The Commons", '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">About</h1></header>'
                                   '<div class="entry-content"><p>The Commons is a student magazine published by undergraduates at Bellweather University. We publish features, essays, reviews and campus news year-round.</p>'
                                   '<p>Editors: Priya Natarajan and Hannah Osei. Faculty adviser: Professor Ian Frye.</p></div></article>', "page-template-default page"))
    s.non("/commons/submit/", shell("Submit &#8211; The Commons", '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Submit your work</h1></header>'
                                    '<div class="entry-content"><p>We welcome pitches and finished pieces from any Bellweather student. Send essays of up to 1,500 words, reviews and photo essays to commons@bellweather.example. '
                                    'We reply within two weeks during the semester.</p></div></article>', "page-template-default page"))
    s.rss("/commons/feed.xml", "The Commons", [(a[2], a[0], "") for a in A])


# ============================================================== 3 UK students' union paper (MSL-like)
def union():
    s = Site(3, "The Forge")
    A = [
        ("/news/article/theforge/Students-back-rent-strike-as-halls-fees-rise-by-nine-per-cent/", "Students back rent strike as halls fees rise by nine per cent",
         "Hundreds pledge to withhold April rent over the increase for 2025-26", "12:04, Wednesday 12 March 2025", "2025-03-12", ["Tom Baxter"], "Words by Tom Baxter, News Editor", "News", [
            "More than 600 students living in university-managed halls have pledged to withhold their next rent instalment after Northgate University confirmed that accommodation fees will rise by nine per cent from September.",
            "The pledge, organised by the Northgate Rent Strike group with the backing of the Students’ Union, asks residents to pay the April instalment into a holding account rather than to the university until managers agree to talks.",
            "A university spokesperson said the increase reflected rising energy and maintenance costs and that the cheapest rooms would still be among the most affordable in the city. The spokesperson added that a hardship fund of £250,000 would be available to students struggling to pay.",
            "Union Welfare Officer Jess Adeyemi said the fund was welcome but did not address the underlying problem. Organisers will hold an open meeting in the Union’s Riverside Room next Wednesday evening."]),
        ("/news/article/theforge/Review-The-Tempest-at-the-Northgate-Playhouse/", "Review: The Tempest at the Northgate Playhouse",
         "Theatre Society floods Prospero's island with arcade machines - and it works", "06/03/2025", "2025-03-06", ["Freya Collins"], "Words by Freya Collins", "Arts", [
            "Northgate Theatre Society’s production of The Tempest, which closed on Saturday at the Northgate Playhouse, set Shakespeare’s island inside a flooded seaside amusement arcade, and the idea worked far better than it had any right to.",
            "Designer Lily Tran filled the stage with broken slot machines and a half-sunk carousel, and Prospero’s spells were cast through a crackling tannoy system. The effect was eerie and often funny, particularly in the scenes between Trinculo and Stephano, played with real comic timing by Ollie Grant and Sam Whitaker.",
            "Maya Okafor gave the production its heart as Prospero, recast as a disappointed mother rather than a father. Her final speech, delivered alone under a single flickering bulb, was the quietest moment of the night and the most memorable.",
            "Some of the musical interludes dragged, and the second half lost pace. But this was an ambitious, thoughtful student production that deserved its full houses."]),
        ("/news/article/theforge/Union-elections-turnout-hits-record-as-new-president-named/", "Union elections: turnout hits record as new president named",
         "Kwame Mensah wins on the fourth round as 9,412 students vote", "00:41, Saturday 15 March 2025", "2025-03-15", ["Tom Baxter", "Aisha Rahman"], "Words by Tom Baxter and Aisha Rahman", "News", [
            "Third-year geography student Kwame Mensah has been elected president of Northgate Students’ Union after an election in which a record 9,412 students cast a vote, a turnout of almost thirty-one per cent.",
            "Mensah, who campaigned on cheaper food in Union outlets and a free night bus to the southern halls, won on the fourth round of counting with 3,876 votes, ahead of current Activities Officer Rosie Hart.",
            "The results were announced just before midnight on Friday in a packed Union bar. Turnout was highest among first-year students, which returning officers credited to the new ballot stations in halls of residence.",
            "All six full-time officer roles were filled, and a referendum on affiliating with a national student housing campaign passed with seventy-two per cent support. The new officers take up their posts on 1 July."]),
    ]
    whatson = [("/whatson/event/8841/", "Quiz Night: Riverside Bar", "Tue 18 Mar 2025, 19:30"), ("/whatson/event/8857/", "Give It A Go: Climbing taster", "Thu 20 Mar 2025, 14:00"),
               ("/whatson/event/8862/", "Forge writers' meeting", "Mon 24 Mar 2025, 18:00")]

    def shell(title, main, cls="msl-page"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">'
                '<link rel="stylesheet" href="/stylesheet/msl.css"></head><body class="%s"><div id="msl-header"><div class="header-inner">'
                '<a href="/" class="logo">Northgate Students\' Union</a><form class="msl-search" action="/search/"><input name="q"></form>'
                '<ul id="nav" class="msl_navigation"><li><a href="/whatson/">What\'s On</a></li><li><a href="/getinvolved/">Get Involved</a></li>'
                '<li><a href="/theforge/">The Forge</a></li><li><a href="/advice/">Advice</a></li><li><a href="/login/">Login</a></li></ul></div></div>'
                '<div id="main"><div class="container">%s</div></div><div id="footer"><p>Northgate Students\' Union is a registered charity, number 1139999. '
                '<a href="/theforge/team/">Forge editorial team</a> &middot; <a href="/getinvolved/">Get involved</a></p></div></body></html>') % (title, cls, main)

    for i, (path, title, leader, shown, day, authors, words, sec, ps) in enumerate(A):
        more = "".join('<li class="news-item"><a href="%s">%s</a></li>' % (o[0], E(o[1])) for o in A if o is not A[i])
        main = ('<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/theforge/">The Forge</a></li><li><a href="/news/theforge/">%s</a></li></ul>'
                '<div class="news_full"><h1 class="news_title">%s</h1><div class="news_leader"><p><strong>%s</strong></p></div>'
                '<div class="news_meta"><span class="news_date">%s</span></div><div class="news_image"><img src="/asset/News/6013/forge-%d.jpg" alt="">'
                '<p class="image_caption">Image: Northgate SU Media</p></div><div class="news_body"><p><strong>%s</strong></p>%s</div></div>'
                '<div class="msl-newsfeed related_news"><h3>More from The Forge</h3><ul>%s</ul></div>'
                '<div class="whatson-promo"><h3>What\'s On this week</h3><ul>%s</ul></div>') % (
            sec, E(title), E(leader), shown, i, E(words), paras(ps), more,
            "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (p, E(n), d) for p, n, d in whatson))
        s.art(path, shell("%s | The Forge | Northgate Students' Union" % E(title), main, "msl-news msl-news-article"), title, day, authors,
              must=[first_sentence(ps[-1])], must_not=[o[1] for o in A if o is not A[i]] + ["Quiz Night: Riverside Bar"])
    news_list = "".join('<li class="news-item"><a href="%s">%s</a><p class="leader">%s</p><span class="date">%s</span></li>' % (p, E(t), E(l), d) for p, t, l, d, *_ in A)
    s.non("/", shell("Northgate Students' Union", '<h1>Welcome to your Union</h1><div class="home-news"><h2>Latest from The Forge</h2><ul>%s</ul></div>'
                     '<div class="home-events"><h2>What\'s On</h2><ul>%s</ul></div>' % (news_list, "".join('<li><a href="%s">%s</a> %s</li>' % (p, E(n), d) for p, n, d in whatson)), "msl-home"))
    s.non("/theforge/", shell("The Forge | Northgate Students' Union", '<h1>The Forge</h1><p>Northgate\'s student newspaper since 1962. Independent, student-run, published by your Union.</p>'
                              '<ul class="forge-links"><li><a href="/news/theforge/">All news</a></li><li><a href="/theforge/print/">Print issues</a></li><li><a href="/theforge/team/">Meet the team</a></li></ul>'
                              '<ul class="news-list">%s</ul>' % news_list, "msl-group"))
    s.non("/news/theforge/", shell("News | The Forge | Northgate Students' Union", '<h1>The Forge: News</h1><ul class="news-list">%s</ul><div class="msl-pagination"><span>Page 1 of 38</span></div>' % news_list, "msl-news"))
    s.non("/theforge/print/", shell("Print issues | The Forge", '<h1>Print issues</h1><ul><li>Issue 1142 &ndash; March 2025 (PDF, 12MB) &ndash; <a href="%s">Rent strike</a>, <a href="%s">Elections</a></li>'
                                    '<li>Issue 1141 &ndash; February 2025 (PDF, 10MB)</li><li>Issue 1140 &ndash; January 2025 (PDF, 11MB)</li></ul>' % (A[0][0], A[2][0]), "msl-page"))
    s.non("/theforge/team/", shell("Editorial team | The Forge", '<h1>Meet the team</h1><ul class="team"><li><strong>Editor-in-Chief:</strong> Hollie Marsh</li><li><strong>News Editor:</strong> Tom Baxter</li>'
                                   '<li><strong>Deputy News Editor:</strong> Aisha Rahman</li><li><strong>Arts Editor:</strong> Freya Collins</li></ul><p>Want to write for us? Come to a writers\' meeting, every Monday at 6pm in the Media Suite. <a href="/news/theforge/">Read the latest news</a></p>'))
    s.non("/whatson/", shell("What's On | Northgate Students' Union", '<h1>What\'s On</h1><ul class="msl_eventlist">%s</ul>' % "".join(
        '<li class="event_item"><a href="%s" class="msl_event_name">%s</a><dl><dt>When</dt><dd class="msl_event_time">%s</dd><dt>Where</dt><dd>Union Building</dd></dl></li>' % (p, E(n), d) for p, n, d in whatson), "msl-events"))
    for p, n, d in whatson:
        s.non(p, shell("%s | Northgate Students' Union" % E(n), '<div class="event_full"><h1>%s</h1><p class="msl_event_time">%s</p><p class="msl_event_location">Union Building</p>'
                                                              '<div class="msl_event_description"><p>Tickets are free for Union members. Please bring your student card.</p></div><a href="/whatson/">Back to What\'s On</a></div>' % (E(n), d), "msl-event"))
    s.non("/getinvolved/", shell("Get Involved | Northgate Students' Union", '<h1>Get Involved</h1><p>Join one of more than 300 societies and sports clubs, volunteer in the community or write for <a href="/theforge/">The Forge</a>.</p>'))
    s.non("/advice/", shell("Advice | Northgate Students' Union", '<h1>Advice Centre</h1><p>Free, independent and confidential advice on housing, money and academic issues. Drop in Monday to Friday, 10am to 4pm.</p>'))


# ============================================================== 4 St. Brendan University news (Drupal)
STB = {}


def drupal():
    s = Site(4, "St. Brendan University")
    A = [
        ("/news/2025/03/nursing-students-open-free-clinic-east-side-parish-hall", "Nursing students open free clinic in East Side parish hall",
         "Senior nursing students see patients two evenings a week at Our Lady of Guadalupe", "2025-03-04", "March 4, 2025", "Karen Whitfield", ["nursing", "community"], [
            "Nursing students from St. Brendan University have opened a free walk-in clinic in the parish hall of Our Lady of Guadalupe Church on River City’s East Side, offering blood pressure checks, diabetes screening and basic wound care two evenings a week.",
            "The clinic is staffed by senior nursing students under the supervision of licensed faculty and is supported by a three-year grant from the Hartwell Family Foundation. It saw fifty-three patients in its first two weeks.",
            "“Many of our neighbors have not seen a health professional in years,” said Dr. Angela Moreno, associate dean of the School of Nursing. “The students are learning what primary care looks like when people have to choose between medicine and rent.”",
            "The parish provides the space free of charge, and volunteers from the parish’s Spanish-speaking community help with interpretation. The clinic is open Tuesdays and Thursdays from 5 to 8 p.m."]),
        ("/news/2025/03/researchers-map-lead-service-lines-across-river-city", "Researchers map lead service lines across River City",
         "A model built from century-old permits predicts where lead pipes remain", "2025-03-10", "March 10, 2025", None, ["research", "engineering"], [
            "Researchers at St. Brendan University have produced the first street-by-street map of likely lead service lines in River City, estimating that about 11,000 homes still receive drinking water through lead pipes.",
            "The team, led by environmental engineer Dr. Samuel Okafor, combined century-old plumbing permits, property records and the results of 3,400 water tests to predict which connections are most likely to contain lead. The model correctly identified lead lines in eighty-six percent of homes where crews later dug up the pipes.",
            "The city’s water department plans to use the map to decide where to start its federally funded replacement program this summer, beginning with neighborhoods that have the most young children.",
            "The findings were published this month in the Journal of Water and Health. The map will be made available to residents through a public website in April."]),
        ("/news/2025/02/university-names-maria-esposito-dean-engineering", "University names Maria Esposito dean of engineering",
         "Esposito comes from Lakeshore Polytechnic and starts July 1", "2025-02-20", "February 20, 2025", "Daniel Brooks", ["engineering", "leadership"], [
            "St. Brendan University has named Dr. Maria Esposito dean of the College of Engineering, Provost Thomas Hale announced Thursday. She will take office on July 1.",
            "Esposito comes to St. Brendan from Lakeshore Polytechnic Institute, where she has chaired the Department of Civil and Environmental Engineering since 2019 and led a research center on coastal infrastructure that has received more than $20 million in federal funding.",
            "Hale said Esposito stood out for her record of bringing undergraduates into research. At Lakeshore she started a summer program that placed more than 200 first-generation students in faculty labs.",
            "Esposito succeeds Dr. Richard Kwan, who is returning to the faculty after ten years as dean. A reception to welcome her to campus will be held in the fall."]),
    ]
    STB["clinic"] = A[0]
    STB["clinic_url"] = s.url(A[0][0])
    contacts = {"nursing": ("Lauren Pike", "Director of Media Relations", "lpike@stbrendan.example", "555-0142"),
                "research": ("Jonah Reyes", "Research Communications Manager", "jreyes@stbrendan.example", "555-0187"),
                "engineering": ("Jonah Reyes", "Research Communications Manager", "jreyes@stbrendan.example", "555-0187")}

    def shell(title, main, cls="path-frontpage", head=""):
        return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<meta name="MobileOptimized" content="width"><title>%s</title><link rel="alternate" type="application/rss+xml" title="University News" href="/news/rss.xml">%s</head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
                '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="site-header"><div class="region region-header">'
                '<a href="/" rel="home" class="site-logo"><img src="/themes/custom/stb/logo.svg" alt="Home"></a><div class="site-name">St. Brendan University</div></div>'
                '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="menu--main"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li>'
                '<li class="menu-item"><a href="/news/media-relations">Media Relations</a></li><li class="menu-item"><a href="/news/experts">Experts Guide</a></li>'
                '<li class="menu-item"><a href="/news/in-the-news">In the News</a></li></ul></nav></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>%s</div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>St. Brendan University &middot; 1200 College Avenue, River City &middot; '
                '<a href="/news/media-relations">Contact Media Relations</a></p><p>&copy; 2025 St. Brendan University</p></div></footer></div></body></html>') % (title, head, cls, main)

    for path, title, sub, day, shown, author, tags, ps in A:
        c = contacts[tags[0]]
        by = '<div class="field field--name-field-byline field--type-string field__item">By %s</div>' % E(author) if author else ""
        related = [o for o in A if o[0] != path]
        main = ('<article role="article" about="%s" class="node node--type-news-article node--promoted node--view-mode-full"><div class="node__content">'
                '<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav>'
                '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
                '<div class="field field--name-field-subtitle field--type-string field__item">%s</div><div class="news-meta">%s'
                '<div class="field field--name-field-publish-date field--type-datetime field__item"><time datetime="%sT12:00:00Z">%s</time></div></div>'
                '<div class="field field--name-field-hero-image"><img src="/sites/default/files/styles/hero/public/2025-03/%s.jpg" alt=""></div>'
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-media-contact field--type-entity-reference"><h2 class="field__label">Media Contact</h2><div class="media-contact">'
                '<p class="media-contact__name">%s</p><p class="media-contact__title">%s</p><p><a href="mailto:%s">%s</a> | %s</p></div></div>'
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">%s</div></div>'
                '</div></article><div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2>Related News</h2><div class="view-content">%s</div></div>') % (
            path, E(title), E(sub), by, day, shown, path.rsplit("/", 1)[1][:20], paras(ps), c[0], c[1], c[2], c[2], c[3],
            "".join('<div class="field__item"><a href="/news/tags/%s" hreflang="en">%s</a></div>' % (t, t.capitalize()) for t in tags),
            "".join('<div class="views-row"><a href="%s">%s</a></div>' % (o[0], E(o[1])) for o in related))
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">') % (
            s.url(path), E(title), E(sub))
        s.art(path, shell("%s | St. Brendan University" % E(title), main, "path-node page-node-type-news-article", head), title, day, [author] if author else [],
              must=[first_sentence(ps[-1])], must_not=[c[1], related[0][1]])

    def row(a):
        return '<div class="views-row"><article class="node--view-mode-teaser"><h3><a href="%s">%s</a></h3><time>%s</time><p>%s</p></article></div>' % (a[0], E(a[1]), a[4], E(a[2]))

    s.non("/", shell("St. Brendan University | A Catholic university in River City", '<section class="home-hero"><h1>Faith. Reason. Service.</h1><p>St. Brendan University has educated River City since 1891.</p></section>'
                     '<section class="home-news"><h2><a href="/news">University News</a></h2>%s</section>' % "".join(row(a) for a in A)))
    s.non("/news", shell("News | St. Brendan University", '<h1 class="page-title">University News</h1><div class="view view-news view-display-id-page_1"><div class="view-content">%s</div>'
                         '<nav class="pager"><ul><li class="pager__item is-active">1</li><li><a href="/news?page=1">Next</a></li></ul></nav></div>' % "".join(row(a) for a in A), "path-news"))
    tags = sorted({t for a in A for t in a[6]})
    for t in tags:
        s.non("/news/tags/%s" % t, shell("%s | St. Brendan University" % t.capitalize(), '<h1 class="page-title">%s</h1><div class="view-content">%s</div>' % (
            t.capitalize(), "".join(row(a) for a in A if t in a[6])), "path-taxonomy"))
    s.non("/news/media-relations", shell("Media Relations | St. Brendan University", '<h1 class="page-title">Media Relations</h1><p>Journalists seeking comment from St. Brendan faculty or information about the university should contact the Office of Media Relations.</p>'
                                         '<ul><li>Lauren Pike, Director of Media Relations, lpike@stbrendan.example, 555-0142</li><li>Jonah Reyes, Research Communications Manager, jreyes@stbrendan.example, 555-0187</li></ul>'
                                         '<p><a href="/news">Latest news releases</a></p>', "path-node page-node-type-page"))
    s.non("/news/experts", shell("Experts Guide | St. Brendan University", '<h1 class="page-title">Experts Guide</h1><ul><li>Dr. Samuel Okafor &ndash; drinking water, lead, infrastructure</li>'
                                 '<li>Dr. Angela Moreno &ndash; community health, nursing education</li><li>Dr. Richard Kwan &ndash; structural engineering</li></ul>', "path-node page-node-type-page"))
    s.non("/news/in-the-news", shell("In the News | St. Brendan University", '<h1 class="page-title">In the News</h1><ul class="in-the-news">'
                                     '<li><span class="date">March 12, 2025</span> <a href="https://rivercitytimes.example/lead-map">City to use university lead map in pipe replacement</a> &ndash; River City Times</li>'
                                     '<li><span class="date">March 6, 2025</span> <a href="https://wrcr.example/clinic">Free clinic opens in East Side parish</a> &ndash; WRCR News 7</li></ul>'
                                     '<p>See all <a href="/news">university news</a>.</p>', "path-node page-node-type-page"))
    s.rss("/news/rss.xml", "St. Brendan University News", [(a[1], a[0], "") for a in A])


# ============================================================== 5 Western Plains State (Cascade CMS)
def cascade():
    s = Site(5, "Western Plains State University")
    A = [
        ("/news/stories/2025/wind-tunnel-drone-testing.html", "Engineering students test drone designs in upgraded wind tunnel", "Thursday, March 6, 2025", "2025-03-06",
         "Story by Megan Alvarez | Photos by Tyler Ng", ["Megan Alvarez"], "Senior Kaitlyn Burke adjusts a quadcopter in the test section of the tunnel. Photo by Tyler Ng.", [
            "A wind tunnel that had sat mostly idle in the basement of Harlan Engineering Hall since the 1970s is busy again, after an upgrade that lets students test small drones in gusts of up to sixty miles per hour.",
            "The $480,000 renovation, paid for by a gift from alumni and a state workforce grant, replaced the tunnel’s fan and control system and added high-speed cameras that track how a drone’s body bends in turbulent air.",
            "Senior design teams are using the tunnel this semester to test aircraft meant to inspect power lines and grain elevators across the plains, where strong crosswinds are a constant challenge. “The wind out here is the real test,” said Professor Alan Reyes, who oversees the lab.",
            "The university plans to open the tunnel to local companies and high school robotics teams this summer."]),
        ("/news/stories/2025/prairie-burn-study.html", "Controlled burns bring back native prairie plants, study finds", "February 27, 2025", "2025-02-27",
         "By Jordan Whitehorse, University Communications", ["Jordan Whitehorse"], "Students in the range management program monitor a spring burn at the Cedar Bluff field station.", [
            "Regular controlled burns can bring native wildflowers and grasses back to degraded prairie within five years, according to a long-term study by biologists at Western Plains State University.",
            "The researchers followed forty plots at the university’s field station near Cedar Bluff for twelve years, burning some every spring, some every three years and leaving others untouched. Plots burned every two to three years had nearly twice as many native plant species as those left alone.",
            "Lead author Dr. Karen Lindqvist said the results should help ranchers and conservation groups plan burns that reduce invasive cedar trees without harming grazing. The study appears in the journal Rangeland Ecology.",
            "Students in the university’s range management program helped run every burn, and several have since taken jobs with state and federal land agencies."]),
        ("/news/stories/2025/commencement-speaker-thornton.html", "Astronaut and alumna to give spring commencement address", "Monday, March 17, 2025", "2025-03-17",
         None, [], None, [
            "Astronaut and Western Plains State alumna Col. Rebecca Thornton will deliver the address at the university’s spring commencement ceremonies on May 10, President Laura Simmons announced Monday.",
            "Thornton, who grew up on a wheat farm outside Hays and earned a degree in mechanical engineering from the university in 1998, has flown two missions to the International Space Station and spent 187 days in orbit.",
            "She will speak at both morning and afternoon ceremonies in Memorial Coliseum and will receive an honorary doctorate of science. Thornton also plans to meet with engineering and physics students during her visit.",
            "About 2,100 students are expected to graduate this spring. Tickets are not required, and the ceremonies will be streamed online."]),
    ]
    events = [("March 22, 2025", "Spring Open House"), ("April 4, 2025", "Research and Creative Activities Day"), ("May 10, 2025", "Spring Commencement")]

    def shell(title, main, crumbs, side=True):
        cr = "".join('<li><a href="%s">%s</a></li>' % c for c in crumbs[:-1]) + '<li class="active">%s</li>' % crumbs[-1][1]
        aside = ""
        if side:
            aside = ('<div class="col-md-4 sidebar"><div class="panel"><h2>Recent News</h2><ul>%s</ul></div><div class="panel"><h2>Upcoming Events</h2><ul>%s</ul>'
                     '<a href="/events/calendar.html">Full calendar</a></div></div>') % (
                "".join('<li><a href="%s">%s</a></li>' % (a[0], E(a[1])) for a in A), "".join("<li><strong>%s</strong> &mdash; %s</li>" % e for e in events))
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title>'
                '<link href="/_resources/css/wpsu.css" rel="stylesheet"></head><body><div id="skip"><a href="#content">Skip to main content</a></div>'
                '<header class="global-header"><div class="container"><a class="brand" href="/"><img src="/_resources/images/wpsu-logo.png" alt="Western Plains State University"></a>'
                '<ul class="nav-global"><li><a href="/news/index.html">News</a></li><li><a href="/events/calendar.html">Events</a></li><li><a href="/news/for-media.html">For Media</a></li></ul></div></header>'
                '<div class="container"><ol class="breadcrumb">%s</ol><div class="row"><div class="col-md-8" id="content">%s</div>%s</div></div>'
                '<footer class="global-footer"><div class="container"><p>Western Plains State University &middot; 600 Park Street &middot; Hays Junction</p>'
                '<p><a href="/news/archive/2025.html">News archive</a> &middot; &copy; 2025</p></div></footer>'
                '<!-- Page generated by Cascade CMS --></body></html>') % (title, cr, main, aside)

    for path, title, shown, day, credit, authors, cap, ps in A:
        fig = '<figure class="story-photo"><img src="/news/stories/2025/images/%s.jpg" alt=""><figcaption>%s</figcaption></figure>' % (path.rsplit("/", 1)[1][:-5], E(cap)) if cap else ""
        cred = '<p class="story-byline">%s</p>' % E(credit) if credit else ""
        main = ('<article class="story"><h1>%s</h1><p class="story-date">%s</p>%s%s<div class="story-body">%s</div>'
                '<p class="contact"><strong>Media contact:</strong> Office of Strategic Communications, 785-555-0100, news@wpsu.example</p>'
                '<p class="story-tags">Tags: <a href="/news/index.html">University News</a></p></article>') % (E(title), shown, cred, fig, paras(ps))
        s.art(path, shell("%s | News | Western Plains State University" % E(title), main, [("/", "Home"), ("/news/index.html", "News"), (path, E(title))]),
              title, day, authors, must=[first_sentence(ps[-1])], must_not=["Spring Open House", "Office of Strategic Communications"])
    lst = "".join('<div class="news-item"><h3><a href="%s">%s</a></h3><p class="date">%s</p><p>%s</p></div>' % (a[0], E(a[1]), a[2], E(first_sentence(a[7][0]))) for a in A)
    s.non("/", shell("Western Plains State University", '<h1>Western Plains State University</h1><p>Opportunity on the open plains since 1902.</p><h2>News</h2>%s' % lst, [("/", "Home")]))
    s.non("/news/index.html", shell("News | Western Plains State University", '<h1>University News</h1>%s<p><a href="/news/archive/2025.html">2025 archive</a></p>' % lst, [("/", "Home"), ("/news/index.html", "News")]))
    s.non("/news/archive/2025.html", shell("2025 News Archive | Western Plains State University", '<h1>2025 News Archive</h1><ul>%s</ul>' % "".join(
        '<li>%s &ndash; <a href="%s">%s</a></li>' % (a[2], a[0], E(a[1])) for a in A), [("/", "Home"), ("/news/index.html", "News"), ("/news/archive/2025.html", "2025")], side=False))
    s.non("/news/for-media.html", shell("For Media | Western Plains State University", '<h1>For Media</h1><p>The Office of Strategic Communications helps reporters reach faculty experts and arrange campus visits. '
                                        'Call 785-555-0100 or email news@wpsu.example. After hours, call 785-555-0199.</p><p><a href="/news/index.html">Latest news</a></p>', [("/", "Home"), ("/news/for-media.html", "For Media")]))
    s.non("/events/calendar.html", shell("Events Calendar | Western Plains State University", '<h1>Events Calendar</h1><table class="table"><tr><th>Date</th><th>Event</th><th>Location</th></tr>%s</table>' % "".join(
        '<tr><td>%s</td><td>%s</td><td>Memorial Union</td></tr>' % e for e in events) + '<p><a href="%s">Commencement speaker announced</a></p>' % A[2][0], [("/", "Home"), ("/events/calendar.html", "Events")], side=False))


# ============================================================== 6 Catholic diocesan paper (Newspack)
def catholic():
    s = Site(6, "The Catholic Lantern")
    A = [
        ("/2025/03/11/catechumens-fill-cathedral-for-rite-of-election/", "Catechumens fill cathedral for Rite of Election", "local", "Local",
         "Teresa Mullins", "teresa-mullins", "2025-03-11T15:20:12-04:00", "March 11, 2025", "2025-03-11",
         "More than 380 people from 41 parishes take the last step before Easter", [
            "More than 380 catechumens and candidates from forty-one parishes filled the Cathedral of St. Joseph on Sunday afternoon for the Rite of Election, the last major step before they are received into the Church at the Easter Vigil.",
            "Bishop Thomas Keane greeted each parish group as godparents and sponsors presented the Book of the Elect, which this year held the signatures of 214 catechumens preparing for baptism, the largest number the diocese has recorded since 2008.",
            "In his homily the bishop told them that Lent is not a test to be passed but a time to be accompanied. “You are not walking alone,” he said. “Every parish in this diocese is praying for you by name.”",
            "Diocesan director of worship Anne Marie Collins said parishes have reported strong interest among young adults. A second celebration of the rite for parishes in the southern deanery will be held next Sunday in Marysburg."]),
        ("/2025/03/07/catholic-charities-reports-record-demand-at-winter-shelters/", "Catholic Charities reports record demand at winter shelters", "nation-world", "Nation &amp; World",
         "OSV News", "osv-news", "2025-03-07T10:02:00-05:00", "March 7, 2025", "2025-03-07",
         "Survey finds seven in ten agencies turned people away since December", [
            "WASHINGTON (OSV News) — Catholic Charities agencies across the United States are reporting record demand at winter shelters this season, with several dioceses opening overflow sites in parish halls and school gyms.",
            "A survey of 112 local agencies released March 6 by Catholic Charities USA found that nearly seven in ten had turned people away at least once since December because beds were full, and more than half reported serving more families with children than a year earlier.",
            "Agency leaders cited high rents, the end of pandemic-era rental assistance and a shortage of affordable housing. “Our shelters were never meant to be permanent homes, but for many people they have become just that,” said one agency director in the Midwest.",
            "The organization is urging Congress to expand funding for housing vouchers and to protect programs that help families avoid eviction."]),
        ("/2025/02/28/deacon-candidates-begin-final-year-of-formation/", "Deacon candidates begin final year of formation", "local", "Local",
         "Michael Tran", "michael-tran", "2025-02-28T12:45:30-05:00", "February 28, 2025", "2025-02-28",
         "Eleven men could be ordained permanent deacons next spring", [
            "Eleven men preparing for the permanent diaconate in the Diocese of River City began the final year of their formation this month with a weekend retreat at St. Benedict’s Abbey.",
            "The candidates, who range in age from 38 to 64, have spent four years studying theology, Scripture and pastoral care while keeping their jobs and family lives. Nine are married, and their wives have taken part in many of the classes.",
            "Deacon Robert Alvarez, director of diaconal formation, said this year’s group brings a wide range of experience, including a nurse, two teachers, a retired police officer and a farmer. “They already serve their parishes in quiet ways,” he said.",
            "If approved by the bishop, the men will be ordained in a Mass at the cathedral next spring and assigned to parishes across the diocese."]),
    ]
    donate_block = ('<div class="wp-block-newspack-blocks-donate"><p class="donate-pitch">Catholic journalism depends on you. Support The Catholic Lantern with a gift today.</p>'
                    '<a class="wp-block-button__link" href="/donate/">Donate now</a></div>')

    def shell(title, main, cls="home", head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
                '<meta name="generator" content="WordPress 6.7.1"><meta name="generator" content="Newspack 5.9">%s</head><body class="%s newspack-theme header-default">'
                '<div id="page" class="site"><header id="masthead" class="site-header"><div class="top-header-contain desktop-only"><div class="wrapper">'
                '<span class="site-date">Thursday, March 20, 2025</span><nav class="secondary-menu"><a href="/donate/">Donate</a> <a href="/subscribe/">Subscribe</a></nav></div></div>'
                '<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">The Catholic Lantern</a>'
                '<p class="site-description">Newspaper of the Diocese of River City</p></div></div></div><div class="bottom-header-contain"><nav id="site-navigation" class="main-navigation"><ul>'
                '<li><a href="/category/local/">Local</a></li><li><a href="/category/nation-world/">Nation &amp; World</a></li><li><a href="/obituaries/">Obituaries</a></li>'
                '<li><a href="/bishops-calendar/">Bishop\'s Calendar</a></li><li><a href="/mass-times/">Mass Times</a></li></ul></nav></div></header>'
                '<div id="content" class="site-content">%s</div><footer id="colophon" class="site-footer"><div class="wrapper"><p>The Catholic Lantern &middot; 400 Cathedral Square, River City. '
                '<a href="/about/">About us</a> &middot; <a href="/donate/">Donate</a></p><p>Proudly powered by Newspack by Automattic</p></div></footer></div></body></html>') % (title, head, cls, main)

    def article(path, title, cat, catl, author, slug, iso, shown, sub, body, bio):
        return ('<div id="primary" class="content-area"><main id="main" class="site-main"><header class="entry-header">'
                '<span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="newspack-post-subtitle">%s</div><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img src="/wp-content/uploads/avatar-%s.jpg" alt=""></span>'
                '<span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span>'
                '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></div></header>'
                '<article class="post type-post status-publish format-standard has-post-thumbnail entry"><div class="entry-content">%s</div>'
                '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/%s/">%s</a></span></footer></article>'
                '<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">%s</h2><p>%s</p><a class="author-link" href="/author/%s/">More by %s</a></div></div>'
                '</main></div>') % (cat, catl, E(title), E(sub), slug, slug, E(author), iso, shown, body, cat, catl, E(author), E(bio), slug, E(author))

    bios = {"teresa-mullins": "Teresa Mullins is a staff writer for The Catholic Lantern.", "michael-tran": "Michael Tran covers parishes and schools for The Catholic Lantern.",
            "osv-news": "OSV News is a national Catholic news service owned by Our Sunday Visitor."}
    for path, title, cat, catl, author, slug, iso, shown, day, sub, ps in A:
        body = paras(ps[:2]) + donate_block + paras(ps[2:])
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (
            s.url(path), E(title), iso)
        s.art(path, shell("%s &#8211; The Catholic Lantern" % E(title), article(path, title, cat, catl, author, slug, iso, shown, sub, body, bios[slug]),
                          "post-template-default single single-post single-featured-image-default", head), title, day, [author],
              must=[first_sentence(ps[-1])], must_not=["Catholic journalism depends on you"])
    # the university's clinic release, reprinted with permission
    cp, ctitle, csub, cday, cshown, cauth, _, cps = STB["clinic"]
    path = "/2025/03/06/st-brendan-nursing-students-open-free-clinic-in-east-side-parish-hall/"
    body = paras(cps) + '<p><em>This story was originally published by St. Brendan University News and is reprinted with permission.</em></p>'
    head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">' % (STB["clinic_url"], E(ctitle))
    s.copy(path, shell("%s &#8211; The Catholic Lantern" % E(ctitle), article(path, ctitle, "local", "Local", "Karen Whitfield, St. Brendan University", "guest",
                                                                            "2025-03-06T09:00:00-05:00", "March 6, 2025", csub, body, "Guest contributor."),
                       "post-template-default single single-post", head), STB["clinic_url"])
    allp = [(a[0], a[1], a[7]) for a in A] + [(path, ctitle, "March 6, 2025")]

    def teasers(items):
        return "".join('<article class="post type-post"><div class="entry-wrapper"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
                       '<div class="entry-meta"><time class="entry-date published">%s</time></div></div></article>' % (p, E(t), d) for p, t, d in items)

    s.non("/", shell("The Catholic Lantern &#8211; Newspaper of the Diocese of River City", '<div class="wp-block-newspack-blocks-homepage-articles">%s</div>' % teasers(allp)))
    s.non("/category/local/", shell("Local &#8211; The Catholic Lantern", '<header class="page-header"><h1 class="page-title article-section-title"><span class="page-description">Local</span></h1></header>%s' % teasers(
        [x for x in allp if x[0] != A[1][0]]), "archive category"))
    s.non("/category/nation-world/", shell("Nation &amp; World &#8211; The Catholic Lantern", '<header class="page-header"><h1 class="page-title">Nation &amp; World</h1></header>%s' % teasers([allp[1]]), "archive category"))
    for slug, name in (("teresa-mullins", "Teresa Mullins"), ("michael-tran", "Michael Tran"), ("osv-news", "OSV News")):
        s.non("/author/%s/" % slug, shell("%s &#8211; The Catholic Lantern" % name, '<header class="page-header author-header"><h1 class="page-title">%s</h1><p>%s</p></header>%s' % (
            name, E(bios[slug]), teasers([(a[0], a[1], a[7]) for a in A if a[5] == slug])), "archive author"))
    s.non("/obituaries/", shell("Obituaries &#8211; The Catholic Lantern", '<h1 class="page-title">Clergy and Religious Obituaries</h1><ul class="obits">'
                                '<li><strong>Father Edward J. Kowalczyk</strong>, 88, pastor emeritus of St. Hedwig Parish, died March 2, 2025. A Mass of Christian Burial was celebrated March 8 at St. Hedwig Church.</li>'
                                '<li><strong>Sister Mary Agnes Dunleavy, SSND</strong>, 94, a teacher in diocesan schools for 41 years, died February 24, 2025, at the motherhouse in Marysburg.</li>'
                                '<li><strong>Deacon James R. Holt</strong>, 79, who served at Holy Family Parish for 30 years, died February 17, 2025.</li></ul>'
                                '<p>Family obituaries may be submitted through <a href="/about/">our office</a>.</p>', "page"))
    s.non("/bishops-calendar/", shell("Bishop's Calendar &#8211; The Catholic Lantern", '<h1 class="page-title">Bishop Keane\'s Calendar</h1><table><tr><td>March 16, 2025, 2 p.m.</td><td>Rite of Election, St. Mary Church, Marysburg</td></tr>'
                                      '<tr><td>March 20, 2025, 7 p.m.</td><td>Confirmation, Holy Family Parish</td></tr><tr><td>April 15, 2025, 11 a.m.</td><td>Chrism Mass, Cathedral of St. Joseph</td></tr></table>'
                                      '<p><a href="%s">Read about the Rite of Election</a></p>' % A[0][0], "page"))
    s.non("/mass-times/", shell("Mass Times &#8211; The Catholic Lantern", '<h1 class="page-title">Mass Times</h1><p>Cathedral of St. Joseph: Saturday 5 p.m.; Sunday 8 a.m., 10:30 a.m., 12:30 p.m. (Spanish). '
                                'Weekdays 7 a.m. and 12:10 p.m. Confessions Saturday 3:30 to 4:30 p.m.</p><p>Find a parish near you in the diocesan directory.</p>', "page"))
    s.non("/donate/", shell("Donate &#8211; The Catholic Lantern", '<h1 class="page-title">Support The Catholic Lantern</h1><p>For more than 90 years The Catholic Lantern has told the stories of faith in the Diocese of River City. '
                            'Reader gifts pay for reporting from every corner of the diocese and keep the paper free in every parish. Give once or become a monthly supporter.</p>'
                            '<div class="wp-block-newspack-blocks-donate"><form><input name="amount" value="50"><button>Donate</button></form></div>', "page"))
    s.non("/about/", shell("About &#8211; The Catholic Lantern", '<h1 class="page-title">About us</h1><p>The Catholic Lantern is published by the Diocese of River City. Editor: Grace Donnelly. Staff writers: Teresa Mullins, Michael Tran.</p>', "page"))
    s.non("/subscribe/", shell("Subscribe &#8211; The Catholic Lantern", '<h1 class="page-title">Subscribe</h1><p>Get the print edition delivered every other week for $24 a year, or sign up for our free weekly newsletter.</p>', "page"))


# ============================================================== 7 Jewish weekly (BLOX-like)
def jewish():
    s = Site(7, "The Lakes Jewish Ledger")
    A = [
        ("/news/local/purim-carnival-draws-record-crowd/article_3f1c9a2e-fe11-11ef-9a4d-2b7f0c8e1a11.html", "local", "Local",
         "Purim carnival draws record crowd to community center", "Event raises $18,000 for JCC scholarships",
         "Rachel Stein", "rstein", "Staff Writer", "2025-03-11T14:30:00-04:00", "Mar 11, 2025", "11 Adar 5785 · י״א באדר תשפ״ה", "2025-03-11", [
            "More than 1,200 people crowded into the Lakeside Jewish Community Center on Sunday for the annual Purim carnival, the largest turnout in the event’s thirty-year history, organizers said.",
            "Children in costumes ranging from Queen Esther to astronauts moved between game booths, a bounce house and a hamantaschen decorating table run by volunteers from three synagogues. The carnival raised about $18,000 for the center’s scholarship fund.",
            "“We see families here who don’t come to anything else during the year,” said event chair Debra Klein. “That’s exactly the point. Purim is supposed to be joyful and open to everyone.”",
            "The megillah will be read at congregations across the area on Thursday evening and Friday morning. A community-wide Purim seudah is planned at Temple Beth Shalom on Friday afternoon."]),
        ("/news/national/survey-finds-surge-of-interest-in-jewish-day-schools/article_9b07d5c4-f9f4-11ef-8c1e-5f3a7d2b6c90.html", "national", "National",
         "Survey finds surge of interest in Jewish day schools", "Applications up 23 percent on average, schools report",
         "Eli Rosen", None, "Jewish News Wire", "2025-03-05T11:00:00-05:00", "Mar 5, 2025", "5 Adar 5785 · ה׳ באדר תשפ״ה", "2025-03-05", [
            "Interest in Jewish day schools has risen sharply over the past year, according to a national survey released Tuesday, with admissions offices reporting a surge in inquiries from families whose children have attended public or secular private schools.",
            "The survey of 140 schools, conducted by a nonprofit that supports Jewish education, found that applications for the coming school year were up an average of 23 percent. Schools in the Northeast and in California reported the largest increases.",
            "Many parents cited concerns about antisemitism at their children’s current schools, while others said they wanted a stronger sense of community and identity. Several school heads said they were adding classrooms or waiting lists for the first time in a decade.",
            "Tuition remains a barrier for many families, and the survey found that more than half of the schools expected to increase financial aid budgets next year."]),
        ("/opinion/columnists/what-the-megillah-teaches-about-speaking-up/article_c2e4a8f0-f541-11ef-b2d3-0a7c4e9f1d22.html", "opinion", "Opinion",
         "What the Megillah teaches about speaking up", "Esther's courage was a choice made after fear had its say",
         "Miriam Gold", None, "Guest Columnist", "2025-02-27T09:00:00-05:00", "Feb 27, 2025", "29 Shevat 5785 · כ״ט בשבט תשפ״ה", "2025-02-27", [
            "Every year when we read the Megillah, I am struck by how close Esther comes to saying nothing. When Mordecai first asks her to go to the king, she reminds him of the law: anyone who approaches uninvited risks death.",
            "It is only after Mordecai’s famous warning — that relief will come from another place, but that she and her father’s house may be lost — that Esther decides to act. Her courage is not instant. It is a choice she makes after fear has had its say.",
            "I teach middle school, and I see the same struggle in my students every week. Speaking up for a classmate, or admitting you were wrong, feels like walking into the king’s court uninvited. Most of the time, the risk is smaller than it looks.",
            "This Purim, as we blot out Haman’s name with noise, it is worth remembering the quieter moment that made the story possible: a young woman who decided that silence was the more dangerous choice."]),
    ]
    candle = "Candle Lighting: Fri, Mar 21 &mdash; 7:09 p.m. &middot; Havdalah: Sat, Mar 22 &mdash; 8:11 p.m. &middot; Parashat Ki Tisa"

    def shell(title, main, cls="page", head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s"><div id="site-container"><div id="site-top" class="hidden-print"><div class="date-today">Thursday, March 20, 2025 &middot; 20 Adar 5785</div>'
                '<div class="candle-lighting-widget">%s</div></div><header id="site-header"><div id="site-logo"><a href="/">The Lakes Jewish Ledger</a></div>'
                '<nav id="main-navigation"><ul class="nav navbar-nav"><li><a href="/news/local/">Local</a></li><li><a href="/news/national/">National</a></li>'
                '<li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/simchas/">Simchas</a></li>'
                '<li><a href="/calendar/">Calendar</a></li><li><a href="/candle-lighting/">Candle Lighting</a></li></ul></nav></header>'
                '<div id="main-page-container" class="container">%s</div><footer id="site-footer"><p>&copy; 2025 The Lakes Jewish Ledger. <a href="/site/about.html">About us</a> &middot; '
                '<a href="/site/contact.html">Contact</a></p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body></html>') % (title, head, cls, candle, main)

    for path, sec, secl, title, sub, author, prof, role, iso, shown, heb, day, ps in A:
        name = '<a href="/users/profile/%s/">%s</a>' % (prof, E(author)) if prof else E(author)
        main = ('<div class="row"><div class="col-md-8"><article class="asset tnt-asset-type-article"><header class="asset-header"><div class="meta"><span class="tnt-section-tag">'
                '<a href="%s" class="text-danger">%s</a></span></div><h1 class="headline"><span class="asset-headline tnt-headline">%s</span></h1>'
                '<h2 class="subhead"><span>%s</span></h2><div class="meta"><ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By %s</span>'
                '<div class="tnt-byline-title">%s</div></li><li><ul class="list-inline"><li><time datetime="%s" class="tnt-date asset-date text-muted">%s</time></li>'
                '<li class="hebrew-date text-muted">%s</li></ul></li></ul></div></header>'
                '<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">%s</div>%s</article></div>'
                '<aside class="col-md-4"><div class="card"><h4>Most Popular</h4><ol>%s</ol></div><div class="card candle-box"><h4>Shabbat Times</h4><p>%s</p></div></aside></div>') % (
            "/opinion/" if sec == "opinion" else "/news/%s/" % sec, secl, E(title), E(sub), name, E(role), iso, shown, heb, paras(ps),
            '<p class="tagline"><em>Miriam Gold teaches Judaic studies at Lakeside Jewish Academy.</em></p>' if author == "Miriam Gold" else "",
            "".join('<li><a href="%s">%s</a></li>' % (o[0], E(o[3])) for o in A if o[0] != path), candle)
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s">' % (s.url(path), E(title), E(author))
        s.art(path, shell("%s | %s | ljledger.example" % (E(title), secl), main, "asset-page", head), title, day, [author],
              must=[first_sentence(ps[-1])], must_not=["Candle Lighting", "Havdalah"])

    def card(a):
        return '<div class="card summary"><h3 class="tnt-headline"><a href="%s">%s</a></h3><p class="tnt-summary">%s</p><time>%s &middot; %s</time></div>' % (
            a[0], E(a[3]), E(a[4]), a[9], a[10].split(" · ")[0])

    s.non("/", shell("The Lakes Jewish Ledger | Jewish news for the Lakes region", "".join(card(a) for a in A), "index-page"))
    for sec, secl in (("local", "Local"), ("national", "National")):
        s.non("/news/%s/" % sec, shell("%s | ljledger.example" % secl, '<h1 class="block-title">%s</h1>%s' % (secl, "".join(card(a) for a in A if a[1] == sec)), "section-page"))
    s.non("/opinion/", shell("Opinion | ljledger.example", '<h1 class="block-title">Opinion</h1>%s' % "".join(card(a) for a in A if a[1] == "opinion"), "section-page"))
    s.non("/users/profile/rstein/", shell("Rachel Stein | ljledger.example", '<div class="user-profile"><h1>Rachel Stein</h1><p>Staff Writer</p><p>Rachel covers synagogues, schools and community organizations.</p>%s</div>' % card(A[0]), "user-page"))
    s.non("/obituaries/", shell("Obituaries | ljledger.example", '<h1 class="block-title">Obituaries</h1><ul class="obits">'
                                '<li><strong>Harold Feinberg</strong>, 91, of Lakeside, March 16, 2025 (16 Adar 5785). Services were held at Beth Shalom Memorial Chapel.</li>'
                                '<li><strong>Ruth (Adler) Kaplan</strong>, 86, March 12, 2025 (12 Adar 5785). Shiva at the family home through Thursday.</li></ul>'
                                '<p><a href="/site/contact.html">Submit an obituary</a></p>', "section-page"))
    s.non("/simchas/", shell("Simchas | ljledger.example", '<h1 class="block-title">Simchas</h1><ul><li><strong>Bat Mitzvah:</strong> Leah Goldberg, daughter of Sarah and Adam Goldberg, will be called to the Torah on March 22, 2025, at Temple Beth Shalom.</li>'
                             '<li><strong>Engagement:</strong> Noah Katz and Hannah Levin announce their engagement.</li></ul>', "section-page"))
    s.non("/calendar/", shell("Community Calendar | ljledger.example", '<h1 class="block-title">Community Calendar</h1><ul class="events">'
                              '<li><time>Thu, Mar 13, 2025 &middot; 7:00 p.m.</time> Megillah reading, Congregation Ohev Tzedek</li>'
                              '<li><time>Fri, Mar 14, 2025 &middot; 2:00 p.m.</time> Community Purim seudah, Temple Beth Shalom</li>'
                              '<li><time>Sun, Mar 30, 2025 &middot; 10:00 a.m.</time> Passover food drive, Lakeside JCC</li></ul><p><a href="%s">Purim carnival recap</a></p>' % A[0][0], "calendar-page"))
    s.non("/candle-lighting/", shell("Candle Lighting Times | ljledger.example", '<h1 class="block-title">Candle Lighting Times for Lakeside</h1><table>'
                                     '<tr><td>Friday, March 14, 2025 (14 Adar)</td><td>7:01 p.m.</td></tr><tr><td>Friday, March 21, 2025 (21 Adar)</td><td>7:09 p.m.</td></tr>'
                                     '<tr><td>Friday, March 28, 2025 (28 Adar)</td><td>7:17 p.m.</td></tr></table><p>Times are 18 minutes before sunset.</p>', "page"))
    s.non("/site/about.html", shell("About us | ljledger.example", '<h1>About us</h1><p>The Lakes Jewish Ledger has served the Jewish community of the Lakes region since 1938. Editor: Aaron Blum.</p>'))
    s.non("/site/contact.html", shell("Contact | ljledger.example", '<h1>Contact</h1><p>News tips: news@ljledger.example. Obituaries and simchas: announcements@ljledger.example.</p>'))


# ============================================================== 8 epd-style Protestant agency (German)
def epd():
    s = Site(8, "epd Landesdienst Mitte-West")
    A = [
        ("/nachrichten/2025/03/12/diakonie-warnt-vor-kuerzungen-bei-der-schuldnerberatung", "Diakonie warnt vor Kürzungen bei der Schuldnerberatung", "Diakonie",
         "2025-03-12T14:35:00+01:00", "12.03.2025, 14:35 Uhr", "2025-03-12", "Von Johanna Becker", ["Johanna Becker"], "epd lhe jbe/mih", None, [
            "Frankfurt a.M. (epd). Die Diakonie Hessen hat vor Kürzungen bei der Schuldner- und Insolvenzberatung gewarnt. Wenn die geplanten Einsparungen im Landeshaushalt umgesetzt würden, müssten mehrere Beratungsstellen im ländlichen Raum schließen, erklärte der Verband am Mittwoch in Frankfurt am Main.",
            "Schon jetzt warteten Ratsuchende in einigen Regionen mehr als drei Monate auf einen ersten Termin, sagte Vorstandsmitglied Carsten Weber. Gerade Familien mit kleinen Einkommen gerieten durch gestiegene Energie- und Mietkosten immer häufiger in finanzielle Schwierigkeiten.",
            "Nach Angaben der Diakonie suchten im vergangenen Jahr rund 21.000 Menschen in Hessen Hilfe bei einer Schuldnerberatung in kirchlicher oder freier Trägerschaft. Jeder vierte Ratsuchende sei jünger als dreißig Jahre gewesen.",
            "Der Verband appellierte an die Landtagsfraktionen, die Mittel in den anstehenden Haushaltsberatungen mindestens auf dem bisherigen Niveau zu halten. Eine Entscheidung wird im Mai erwartet."]),
        ("/nachrichten/2025/03/05/kirchen-rufen-in-der-passionszeit-wieder-zum-klimafasten-auf", "Kirchen rufen in der Passionszeit wieder zum Klimafasten auf", "Schöpfung",
         "2025-03-05T10:12:00+01:00", "05.03.2025, 10:12 Uhr", "2025-03-05", None, ["epd"], "epd lnb fe", "Quelle: epd", [
            "Hannover (epd). Mit der Aktion „Klimafasten“ laden evangelische und katholische Kirchen in der Passionszeit wieder dazu ein, den eigenen Alltag klimafreundlicher zu gestalten. Die diesjährige Aktion steht unter dem Motto „So viel du brauchst“ und läuft bis Ostern.",
            "Für jede der sieben Fastenwochen gibt es eine Broschüre mit Anregungen, etwa zum Verzicht auf Einwegverpackungen, zum Energiesparen im Haushalt oder zu regionaler Ernährung. Gemeinden können die Materialien kostenlos bestellen.",
            "Die Initiatoren betonen, es gehe nicht um Verzicht als Selbstzweck. Vielmehr wolle man zeigen, dass ein bewusster Umgang mit Ressourcen auch mehr Lebensqualität bedeuten könne, hieß es bei der Vorstellung in Hannover.",
            "An der Aktion beteiligen sich in diesem Jahr mehr als zwanzig Landeskirchen und Bistümer sowie kirchliche Hilfswerke."]),
        ("/nachrichten/2025/03/07/kirchentag-in-hannover-veranstalter-erwarten-100000-dauergaeste", "Kirchentag in Hannover: Veranstalter erwarten 100.000 Dauergäste", "Kirchentag",
         "2025-03-07T16:50:00+01:00", "07.03.2025, 16:50 Uhr", "2025-03-07", "Von Thomas Lang und Miriam Ott", ["Thomas Lang", "Miriam Ott"], "epd lnb tla/mot/bas", None, [
            "Hannover (epd). Zum Deutschen Evangelischen Kirchentag Ende April in Hannover erwarten die Veranstalter rund 100.000 Dauerteilnehmende. Bislang hätten sich bereits mehr als 70.000 Menschen angemeldet, teilte die Kirchentagspräsidentin am Freitag mit.",
            "Auf dem Programm stehen mehr als 1.500 Veranstaltungen, darunter Gottesdienste, Bibelarbeiten, Podien und Konzerte. Zu den Schwerpunkten zählen der gesellschaftliche Zusammenhalt, der Klimaschutz und die Frage, wie Kirche in Zukunft aussehen kann.",
            "Die Stadt Hannover stellt für Übernachtungen mehr als zweihundert Schulen als Gemeinschaftsquartiere zur Verfügung. Zusätzlich werden noch Privatquartiere gesucht, vor allem für Familien und ältere Gäste.",
            "Der Kirchentag findet vom 30. April bis 4. Mai statt. Der Eröffnungsgottesdienst wird am Mittwochabend auf drei Plätzen in der Innenstadt gefeiert."]),
    ]

    def shell(title, main, cls="seite"):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="alternate" type="application/rss+xml" title="epd Nachrichten" href="/rss.xml"></head><body class="%s"><div class="seite">'
                '<header class="kopf"><a href="/" class="logo"><strong>epd</strong> <span>Evangelischer Pressedienst &middot; Landesdienst Mitte-West</span></a>'
                '<nav class="hauptnav"><a href="/nachrichten/">Nachrichten</a> <a href="/themen/">Themen</a> <a href="/termine/">Termine</a> <a href="/ueber-uns/">Über uns</a> '
                '<a href="/newsletter/">Newsletter</a></nav></header><main class="inhalt">%s</main>'
                '<footer class="fuss"><p>&copy; 2025 Evangelischer Pressedienst &middot; <a href="/impressum/">Impressum</a> &middot; Datenschutz &middot; '
                'Nachdruck nur mit Genehmigung</p></footer></div></body></html>') % (title, cls, main)

    for path, title, rub, iso, shown, day, von, authors, kz, quelle, ps in A:
        first = ps[0]
        place, rest = first.split(" (epd). ", 1)
        body = '<p><strong>%s (epd).</strong> %s</p>' % (E(place), E(rest)) + paras(ps[1:]) + '<p class="meldung__kuerzel">%s</p>' % kz
        if quelle:
            body += '<p class="meldung__quelle">%s</p>' % quelle
        weitere = "".join('<li><a href="%s">%s</a></li>' % (o[0], E(o[1])) for o in A if o[0] != path)
        main = ('<article class="meldung"><div class="meldung__kopf"><span class="meldung__rubrik">%s</span> <time class="meldung__datum" datetime="%s">%s</time></div>'
                '<h1 class="meldung__titel">%s</h1>%s<div class="meldung__text">%s</div>'
                '<div class="meldung__schlagworte">Schlagworte: <a href="/themen/%s/">%s</a></div></article>'
                '<aside class="weitere"><h2>Weitere Meldungen</h2><ul>%s</ul></aside>') % (
            rub, iso, shown, E(title), '<p class="meldung__autor">%s</p>' % E(von) if von else "", body,
            rub.lower().replace("ö", "oe"), rub, weitere)
        head_title = "%s | epd" % E(title)
        s.art(path, shell(head_title, main, "seite meldung-seite"), title, day, authors,
              must=[first_sentence(ps[-1])], must_not=[o[1] for o in A if o[0] != path])
    lst = "".join('<li><time>%s</time> <a href="%s">%s</a></li>' % (a[4], a[0], E(a[1])) for a in A)
    s.non("/", shell("epd Landesdienst Mitte-West &ndash; Evangelischer Pressedienst", '<h1>Aktuelle Meldungen</h1><ul class="liste">%s</ul>' % lst, "startseite"))
    s.non("/nachrichten/", shell("Nachrichten | epd", '<h1>Nachrichten</h1><ul class="liste">%s</ul><p>Seite 1 von 212</p>' % lst))
    s.non("/themen/", shell("Themen | epd", '<h1>Themen</h1><ul>%s</ul>' % "".join('<li><a href="/themen/%s/">%s</a></li>' % (a[2].lower().replace("ö", "oe"), a[2]) for a in A)))
    for a in A:
        slug = a[2].lower().replace("ö", "oe")
        s.non("/themen/%s/" % slug, shell("%s | Themen | epd" % a[2], '<h1>Thema: %s</h1><ul class="liste"><li><time>%s</time> <a href="%s">%s</a></li></ul>' % (a[2], a[4], a[0], E(a[1]))))
    s.non("/termine/", shell("Termine | epd", '<h1>Terminvorschau</h1><table class="termine"><tr><td>21.03.2025, 10:00 Uhr</td><td>Frankfurt a.M.</td><td>Pressekonferenz der Diakonie Hessen zum Armutsbericht</td></tr>'
                             '<tr><td>29.03.2025</td><td>Kassel</td><td>Frühjahrssynode der Landeskirche (bis 31.03.)</td></tr>'
                             '<tr><td>30.04.2025</td><td>Hannover</td><td>Eröffnung des Deutschen Evangelischen Kirchentags</td></tr></table>'
                             '<p><a href="%s">Mehr zum Kirchentag</a></p>' % A[2][0]))
    s.non("/ueber-uns/", shell("Über uns | epd", '<h1>Über uns</h1><p>Der Evangelische Pressedienst (epd) ist die älteste unabhängige Nachrichtenagentur in Deutschland. '
                               'Der Landesdienst Mitte-West berichtet aus Hessen, Rheinland-Pfalz und dem Saarland über Kirche, Diakonie und Gesellschaft.</p>'))
    s.non("/newsletter/", shell("Newsletter | epd", '<h1>Newsletter</h1><p>Die wichtigsten Meldungen des Tages jeden Abend in Ihrem Postfach.</p><form><input name="email"><button>Abonnieren</button></form>'))
    s.non("/impressum/", shell("Impressum | epd", '<h1>Impressum</h1><p>Evangelischer Pressedienst, Landesdienst Mitte-West, Emil-von-Behring-Straße 3, 60439 Frankfurt am Main. '
                               'Verantwortlich: Dr. Klaus Reinhardt. Redaktion: Johanna Becker, Thomas Lang, Miriam Ott.</p>'))
    s.rss("/rss.xml", "epd Landesdienst Mitte-West", [(a[1], a[0], "") for a in A])


# ============================================================== 9 Islamic community paper (English + Arabic)
def islamic():
    s = Site(9, "The Crescent Chronicle")
    en_p = "/en/news/mosques-open-doors-for-interfaith-iftars/"
    ar_p = "/ar/news/%D8%A5%D9%81%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA-%D9%85%D8%B4%D8%AA%D8%B1%D9%83%D8%A9/"
    cl_p = "/en/news/community-centre-launches-arabic-classes-for-children/"
    zk_p = "/ar/news/%D8%B3%D9%84%D8%A7%D9%84-%D8%B1%D9%85%D8%B6%D8%A7%D9%86/"
    T = {
        "iftar_en": ("Mosques open their doors for interfaith iftars during Ramadan", "Yusuf Rahman", "Friday, 14 March 2025", "14 Ramadan 1446 AH", "2025-03-14", [
            "Mosques across the city opened their doors to neighbours of other faiths this week for interfaith iftars, sharing the meal that breaks the Ramadan fast with church groups, synagogue members, local councillors and police officers.",
            "At the Al-Noor Mosque on Hamilton Road, more than 250 guests sat at long tables under a marquee in the mosque car park on Wednesday evening. Volunteers served dates, lentil soup and rice with lamb after the call to the Maghrib prayer.",
            "Imam Abdullah Karim told guests that Ramadan is a month of gratitude and generosity. “A shared meal is the oldest way humans have of saying you are welcome here,” he said.",
            "Organisers said seven mosques would host iftars open to the public before the end of the month, and a full list has been published on the Council of Mosques website."]),
        "iftar_ar": ("المساجد تفتح أبوابها لإفطارات مشتركة بين الأديان في رمضان", "يوسف رحمن", "الجمعة 14 رمضان 1446 هـ", "الموافق 14 مارس 2025 م", "2025-03-14", [
            "فتحت مساجد المدينة أبوابها هذا الأسبوع لجيرانها من أتباع الديانات الأخرى في إفطارات مشتركة، حيث تقاسم المسلمون وجبة الإفطار مع مجموعات من الكنائس وأعضاء في الكنيس اليهودي ومستشارين محليين وضباط شرطة.",
            "وفي مسجد النور في شارع هاملتون، جلس أكثر من مئتين وخمسين ضيفا إلى موائد طويلة تحت خيمة كبيرة مساء الأربعاء، وقدم المتطوعون التمر وشوربة العدس والأرز باللحم بعد أذان المغرب.",
            "وقال الإمام عبد الله كريم للضيوف إن رمضان شهر الشكر والكرم، مضيفا أن الوجبة المشتركة هي أقدم طريقة عرفها البشر ليقولوا لغيرهم أهلا بكم.",
            "وأعلن المنظمون أن سبعة مساجد ستستضيف إفطارات مفتوحة للجميع قبل نهاية الشهر، وقد نشرت القائمة الكاملة على موقع مجلس المساجد."]),
        "classes": ("Community centre launches Arabic classes for children", "Amina Siddiqui", "Friday, 7 March 2025", "7 Ramadan 1446 AH", "2025-03-07", [
            "The Crescent Community Centre has launched free Saturday Arabic classes for children aged six to twelve, responding to a waiting list that grew to more than ninety names last autumn.",
            "The classes, taught by four volunteer teachers including two retired schoolteachers from Egypt and Jordan, focus on reading and conversation rather than grammar drills. Pupils are grouped by level rather than age.",
            "Centre manager Farah Haddad said many parents had struggled to find lessons that were affordable and welcoming to families who do not speak Arabic at home. “We have children here from Somali, Pakistani and Bosnian families, and converts’ children too,” she said.",
            "Classes run from 10 a.m. to noon during term time. The centre hopes to add an adult beginners’ class after Ramadan."]),
        "zakat": ("جمعية الزكاة توزع سلال رمضان على ستمئة أسرة", "خالد العمري", "الإثنين 3 رمضان 1446 هـ", "الموافق 3 مارس 2025 م", "2025-03-03", [
            "وزعت جمعية الزكاة المحلية خلال الأيام الأولى من شهر رمضان المبارك سلالا غذائية على ستمئة أسرة محتاجة في المدينة والبلدات المجاورة، بمشاركة أكثر من ثمانين متطوعا.",
            "وتضم كل سلة الأرز والطحين والزيت والسكر والعدس والتمر، إضافة إلى قسيمة شراء للخضار واللحوم من المحلات المشاركة، وقد جمعت التبرعات من المصلين في المساجد ومن أصحاب الأعمال في الجالية.",
            "وقال رئيس الجمعية خالد منصور إن عدد الطلبات ارتفع هذا العام بنحو الثلث بسبب غلاء المعيشة وارتفاع الإيجارات، مؤكدا أن الجمعية تحرص على إيصال المساعدات بطريقة تحفظ كرامة الأسر.",
            "وتستمر الجمعية في استقبال التبرعات وطلبات المساعدة حتى نهاية الشهر، كما تستعد لتوزيع زكاة الفطر قبل صلاة العيد."]),
    }
    prayer_en = ('<div class="widget prayer-times"><h4>Prayer times today</h4><ul><li>Fajr 5:02</li><li>Sunrise 6:31</li><li>Dhuhr 12:29</li><li>Asr 3:41</li>'
                 '<li>Maghrib 6:24</li><li>Isha 7:49</li></ul><p class="iftar">Iftar today at 6:24 pm</p></div>')
    prayer_ar = ('<div class="widget prayer-times"><h4>مواقيت الصلاة اليوم</h4><ul><li>الفجر 5:02</li><li>الظهر 12:29</li><li>العصر 3:41</li><li>المغرب 6:24</li><li>العشاء 7:49</li></ul>'
                 '<p class="iftar">موعد الإفطار اليوم 6:24 مساء</p></div>')

    def shell(lang, title, main, head="", cls="home"):
        rtl = ' dir="rtl"' if lang == "ar" else ""
        if lang == "ar":
            nav = '<a href="/ar/">الرئيسية</a> <a href="/ar/news/">أخبار الجالية</a> <a href="/ar/about/">من نحن</a> <a href="/en/">English</a>'
            top = "اليوم: الخميس 20 رمضان 1446 هـ"
        else:
            nav = ('<a href="/en/">Home</a> <a href="/en/news/">Community News</a> <a href="/en/prayer-times/">Prayer Times</a> <a href="/en/ramadan-timetable/">Ramadan Timetable</a> '
                   '<a href="/en/events/">Events</a> <a href="/en/donate/">Donate</a> <a href="/ar/">العربية</a>')
            top = "Today: Thursday, 20 March 2025 | 20 Ramadan 1446"
        return ('<!DOCTYPE html><html lang="%s"%s><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s wp-theme-jannah"><div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
                '<div class="top-nav"><span class="today-date">%s</span></div><header id="theme-header" class="theme-header"><div class="logo-container"><a href="%s">%s</a></div>'
                '<nav id="main-nav">%s</nav></header><div id="content" class="site-content container"><div class="tie-row main-content-row">'
                '<div class="main-content tie-col-md-8">%s</div><aside class="sidebar tie-col-md-4">%s</aside></div></div>'
                '<footer id="footer" class="site-footer"><p>&copy; 2025 The Crescent Chronicle &ndash; الهلال</p></footer></div></div></div></body></html>') % (
            lang, rtl, title, head, cls, top, "/ar/" if lang == "ar" else "/en/", "الهلال" if lang == "ar" else "The Crescent Chronicle", nav, main,
            prayer_ar if lang == "ar" else prayer_en)

    def page(lang, key, path, alts=""):
        title, author, d1, d2, day, ps = T[key]
        by = ("بقلم: " if lang == "ar" else "") + author
        meta = ('<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author"><span class="meta-author"><a href="%s" class="author-name tie-icon">%s</a></span></span>'
                '<span class="date meta-item tie-icon">%s</span><span class="hijri-date meta-item">%s</span></div>') % (
            "/ar/author/" if lang == "ar" else "/en/author/", E(by), d1, d2)
        main = ('<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="%s">%s</a></nav>'
                '<div class="entry-header"><h1 class="post-title entry-title">%s</h1>%s</div></header>'
                '<div class="entry-content entry clearfix">%s</div><div class="post-footer-on-bottom"><div class="share-links">%s</div></div></article>') % (
            "/ar/" if lang == "ar" else "/en/", "الرئيسية" if lang == "ar" else "Home", E(title), meta, paras(ps), "شارك" if lang == "ar" else "Share")
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(path), E(title), alts)
        doc = shell(lang, "%s - %s" % (E(title), "الهلال" if lang == "ar" else "The Crescent Chronicle"), main, head, "post-template-default single single-post")
        s.art(path, doc, title, day, [author], must=[first_sentence(ps[-1])], must_not=["Iftar today at 6:24 pm", "موعد الإفطار اليوم"])

    alts = '<link rel="alternate" hreflang="en" href="%s"><link rel="alternate" hreflang="ar" href="%s">' % (s.url(en_p), s.url(ar_p))
    page("en", "iftar_en", en_p, alts)
    page("ar", "iftar_ar", ar_p, alts)
    page("en", "classes", cl_p)
    page("ar", "zakat", zk_p)
    en_list = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (p, E(T[k][0]), T[k][2]) for p, k in ((en_p, "iftar_en"), (cl_p, "classes")))
    ar_list = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (p, E(T[k][0]), T[k][2]) for p, k in ((ar_p, "iftar_ar"), (zk_p, "zakat")))
    s.non("/", shell("en", "The Crescent Chronicle &ndash; الهلال", '<h1>The Crescent Chronicle</h1><p>Community news in English and Arabic.</p><ul>%s</ul><ul dir="rtl">%s</ul>'
                     '<p><a href="/en/">English edition</a> &middot; <a href="/ar/">النسخة العربية</a></p>' % (en_list, ar_list)))
    s.non("/en/", shell("en", "The Crescent Chronicle", '<ul class="posts-items">%s</ul>' % en_list))
    s.non("/ar/", shell("ar", "الهلال", '<ul class="posts-items">%s</ul>' % ar_list))
    s.non("/en/news/", shell("en", "Community News - The Crescent Chronicle", '<h1 class="page-title">Community News</h1><ul class="posts-items">%s</ul>' % en_list, cls="archive category"))
    s.non("/ar/news/", shell("ar", "أخبار الجالية - الهلال", '<h1 class="page-title">أخبار الجالية</h1><ul class="posts-items">%s</ul>' % ar_list, cls="archive category"))
    s.non("/en/author/", shell("en", "Our writers - The Crescent Chronicle", '<h1 class="page-title">Our writers</h1><p>Yusuf Rahman, Amina Siddiqui</p><ul>%s</ul>' % en_list, cls="archive author"))
    s.non("/ar/author/", shell("ar", "كتابنا - الهلال", '<h1 class="page-title">كتابنا</h1><p>يوسف رحمن، خالد العمري</p><ul>%s</ul>' % ar_list, cls="archive author"))
    s.non("/en/prayer-times/", shell("en", "Prayer Times - The Crescent Chronicle", '<h1 class="page-title">Prayer Times</h1><table><tr><th>Date</th><th>Fajr</th><th>Dhuhr</th><th>Asr</th><th>Maghrib</th><th>Isha</th></tr>'
                                     '<tr><td>20 March 2025 / 20 Ramadan 1446</td><td>5:02</td><td>12:29</td><td>3:41</td><td>6:24</td><td>7:49</td></tr>'
                                     '<tr><td>21 March 2025 / 21 Ramadan 1446</td><td>5:00</td><td>12:29</td><td>3:42</td><td>6:26</td><td>7:51</td></tr></table>', cls="page"))
    s.non("/en/ramadan-timetable/", shell("en", "Ramadan Timetable 1446 - The Crescent Chronicle", '<h1 class="page-title">Ramadan Timetable 1446 / 2025</h1><table><tr><th>Ramadan</th><th>Date</th><th>Suhoor ends</th><th>Iftar</th></tr>'
                                          '<tr><td>1</td><td>Saturday 1 March 2025</td><td>5:31</td><td>5:58</td></tr><tr><td>14</td><td>Friday 14 March 2025</td><td>5:12</td><td>6:15</td></tr>'
                                          '<tr><td>29</td><td>Saturday 29 March 2025</td><td>4:47</td><td>6:37</td></tr></table><p>Eid al-Fitr is expected on Sunday 30 March or Monday 31 March, subject to moon sighting.</p>', cls="page"))
    s.non("/en/events/", shell("en", "Events - The Crescent Chronicle", '<h1 class="page-title">Community Events</h1><ul><li>Sat 22 March 2025, 6:00 pm &ndash; Open iftar at Al-Noor Mosque</li>'
                               '<li>Thu 27 March 2025, 9:30 pm &ndash; Laylat al-Qadr programme, Central Mosque</li></ul><p><a href="%s">Interfaith iftars this Ramadan</a></p>' % en_p, cls="page"))
    s.non("/en/donate/", shell("en", "Donate Zakat and Sadaqah - The Crescent Chronicle", '<h1 class="page-title">Give your Zakat and Sadaqah</h1><p>Your Zakat reaches families in our own city. '
                               'The Crescent Zakat Fund distributes food parcels, pays urgent bills and supports students. Zakat al-Fitr this year is set at £5 per person and should be paid before the Eid prayer.</p>'
                               '<form><input name="amount"><button>Give now</button></form>', cls="page"))
    s.non("/ar/about/", shell("ar", "من نحن - الهلال", '<h1 class="page-title">من نحن</h1><p>الهلال صحيفة مجتمعية تصدر باللغتين العربية والإنجليزية منذ عام 2004.</p>', cls="page"))


# ============================================================== 10 Court reporting (Courthouse-News-like)
def courts():
    s = Site(10, "Courthouse Ledger")
    A = [
        ("/judge-blocks-alder-county-from-closing-rural-polling-places/", "Judge blocks county from closing rural polling places ahead of special election",
         "A federal judge found farmworker communities would likely be harmed by the consolidation.", "Maria Gonzalez", "maria-gonzalez", "March 12, 2025", "2025-03-12",
         ("Rivera v. Alder County Board of Supervisors", "1:25-cv-00318", "U.S. District Court, Eastern District of California", "February 3, 2025", "/dockets/1-25-cv-00318/"), [
            "FRESNO, Calif. (CL) — A federal judge on Wednesday blocked Alder County from closing eleven rural polling places before next month’s special election, finding that voters in farmworker communities were likely to be harmed by the change.",
            "U.S. District Judge Ana de la Cruz granted a preliminary injunction sought by a group of voters and a civil rights organization, who argued in Rivera v. Alder County Board of Supervisors, No. 1:25-cv-00318, that the closures would force some residents to travel more than 30 miles to vote in person.",
            "The county had said the consolidation would save about $140,000 and that mail ballots were available to every voter. But de la Cruz wrote that many of the affected voters lack reliable mail service and that the county had not considered the burden on residents without cars.",
            "A lawyer for the county said officials were reviewing the order and had not decided whether to appeal. The special election is set for April 8."]),
        ("/ninth-circuit-revives-fishermens-suit-over-offshore-wind-surveys/", "Ninth Circuit revives fishermen’s suit over offshore wind surveys",
         "Crabbers showed a concrete risk of lost catch, the panel held.", "Ben Hartley", "ben-hartley", "March 7, 2025", "2025-03-07",
         ("Pacific Coast Crabbers Association v. Bureau of Ocean Energy Management", "23-55871", "U.S. Court of Appeals for the Ninth Circuit", "October 30, 2023", None), [
            "SAN FRANCISCO (CL) — The Ninth Circuit on Friday revived a lawsuit by commercial fishermen who say federal regulators failed to study how seismic surveys for an offshore wind project would affect the Dungeness crab fishery.",
            "A three-judge panel reversed a district court ruling that the fishermen lacked standing, holding in Pacific Coast Crabbers Association v. Bureau of Ocean Energy Management, No. 23-55871, that the group had shown a concrete risk of lost catch during the survey season.",
            "Writing for the panel, Circuit Judge Helen Park said the fishermen did not have to prove that the surveys would certainly harm crabs, only that the risk was substantial and traceable to the agency’s decision.",
            "The case returns to the district court in Eureka for consideration of the merits. The bureau did not respond to a request for comment on Friday."]),
        ("/jury-awards-4-2-million-to-warehouse-worker-fired-after-injury/", "Jury awards $4.2 million to warehouse worker fired after injury",
         "Jurors found a logistics firm violated California’s fair employment law.", "Nadia Petrov", "nadia-petrov", "March 4, 2025", "2025-03-04",
         ("Morales v. Pacific Crest Distribution LLC", "22STCV41187", "Los Angeles County Superior Court", "December 19, 2022", None), [
            "LOS ANGELES (CL) — A Los Angeles jury on Tuesday awarded $4.2 million to a former warehouse worker who said a logistics company fired him days after he reported a back injury and asked for light duty.",
            "Jurors in Los Angeles County Superior Court found that Pacific Crest Distribution violated California’s Fair Employment and Housing Act when it terminated Javier Morales in 2021, according to the verdict form filed in Morales v. Pacific Crest Distribution LLC, Case No. 22STCV41187.",
            "The award includes $1.1 million in lost wages and emotional distress damages and $3.1 million in punitive damages. Morales’ attorney told jurors the company had a pattern of pushing out injured workers before they could file compensation claims.",
            "A lawyer for Pacific Crest said the company disagreed with the verdict and planned to file post-trial motions."]),
    ]

    def shell(title, main, cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><style>.cl-author,.cl-author a{text-transform:uppercase;letter-spacing:.04em}</style></head>'
                '<body class="%s"><header class="cl-masthead"><a href="/" class="cl-logo">Courthouse Ledger</a><nav class="cl-nav"><a href="/courts/federal/">Federal</a> '
                '<a href="/courts/appeals/">Appeals</a> <a href="/courts/state/">State</a> <a href="/verdicts/">Verdicts</a> <a href="/subscribe/">Subscribe</a></nav></header>'
                '<div class="cl-wrap">%s</div><footer class="cl-footer"><p>Courthouse Ledger &middot; <a href="/about/">About</a> &middot; Copyright &copy; 2025</p></footer></body></html>') % (title, cls, main)

    for path, title, dek, author, slug, shown, day, case, ps in A:
        cap, num, court, filed, dock = case
        box = ('<aside class="cl-case-box"><h4>Case</h4><p>%s<br>No. %s<br>%s<br>Filed: %s%s</p></aside>') % (
            E(cap), num, court, filed, '<br><a href="%s">Follow this docket</a>' % dock if dock else "")
        body = paras(ps[:2]) + box + paras(ps[2:])
        main = ('<article class="cl-article"><div class="cl-kicker"><a href="/courts/%s/">%s</a></div><h1 class="cl-headline">%s</h1><p class="cl-dek">%s</p>'
                '<div class="cl-byline"><span class="cl-author"><a href="/author/%s/">%s</a></span> / <time datetime="%s">%s</time></div>'
                '<figure class="cl-photo"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption>A courthouse in California. (Courthouse Ledger file photo)</figcaption></figure>'
                '<div class="cl-body">%s</div><div class="cl-author-bio"><p>%s covers courts for Courthouse Ledger.</p></div>'
                '<div class="cl-read-next"><h3>Read next</h3><ul>%s</ul></div></article>') % (
            "federal" if "District" in court else ("appeals" if "Appeals" in court else "state"), "Federal" if "District" in court else ("Appeals" if "Appeals" in court else "State"),
            E(title), E(dek), slug, E(author), day, shown, slug, body, E(author), "".join('<li><a href="%s">%s</a></li>' % (o[0], E(o[1])) for o in A if o[0] != path))
        s.art(path, shell("%s | Courthouse Ledger" % E(title), main, "single single-post"), title, day, [author],
              must=[first_sentence(ps[-1])], must_not=["Follow this docket", "Filed: " + filed] + [o[1] for o in A if o[0] != path])

    def lst(items):
        return '<ul class="cl-list">%s</ul>' % "".join('<li><a href="%s">%s</a> <span>%s</span> <em>%s</em></li>' % (a[0], E(a[1]), E(a[3]), a[5]) for a in items)

    s.non("/", shell("Courthouse Ledger | Court news from the West", "<h1>Latest</h1>" + lst(A)))
    s.non("/courts/federal/", shell("Federal | Courthouse Ledger", "<h1>Federal Courts</h1>" + lst([A[0]]), "archive"))
    s.non("/courts/appeals/", shell("Appeals | Courthouse Ledger", "<h1>Appeals</h1>" + lst([A[1]]), "archive"))
    s.non("/courts/state/", shell("State | Courthouse Ledger", "<h1>State Courts</h1>" + lst([A[2]]), "archive"))
    s.non("/verdicts/", shell("Verdicts &amp; Settlements | Courthouse Ledger", '<h1>Verdicts &amp; Settlements</h1><table><tr><th>Date</th><th>Case</th><th>Amount</th></tr>'
                              '<tr><td>March 4, 2025</td><td><a href="%s">Morales v. Pacific Crest Distribution LLC</a></td><td>$4.2 million</td></tr>'
                              '<tr><td>February 21, 2025</td><td>Nguyen v. Harbor Freight Lines</td><td>$860,000 (settlement)</td></tr></table>' % A[2][0], "archive"))
    for a in A:
        s.non("/author/%s/" % a[4], shell("%s | Courthouse Ledger" % a[3], '<h1>%s</h1><p>%s covers courts for Courthouse Ledger.</p>%s' % (a[3], a[3], lst([a])), "archive author"))
    s.non("/dockets/1-25-cv-00318/", shell("Rivera v. Alder County Board of Supervisors (1:25-cv-00318) | Courthouse Ledger",
          '<h1>Rivera v. Alder County Board of Supervisors</h1><p>Case No. 1:25-cv-00318 &middot; U.S. District Court, Eastern District of California &middot; Judge Ana de la Cruz</p>'
          '<table class="docket"><tr><th>#</th><th>Date filed</th><th>Entry</th></tr><tr><td>1</td><td>02/03/2025</td><td>COMPLAINT for declaratory and injunctive relief</td></tr>'
          '<tr><td>9</td><td>02/10/2025</td><td>MOTION for preliminary injunction</td></tr><tr><td>31</td><td>03/12/2025</td><td>ORDER granting motion for preliminary injunction</td></tr></table>'
          '<p><a href="%s">Our coverage of the ruling</a></p>' % A[0][0], "docket"))
    s.non("/subscribe/", shell("Subscribe | Courthouse Ledger", '<h1>Subscribe</h1><p>Get new complaints, rulings and verdicts from every courthouse in the West delivered every morning. Institutional plans available.</p>', "page"))
    s.non("/about/", shell("About | Courthouse Ledger", '<h1>About</h1><p>Courthouse Ledger is a reader-supported news service covering civil litigation in state and federal courts.</p>', "page"))


# ============================================================== 11 Law360-like legal news
def casewire():
    s = Site(11, "CaseWire")
    A = [
        ("/articles/1932145/chancery-trims-shareholder-suit-over-helixa-biotech-sale", "Chancery Trims Shareholder Suit Over Helixa Biotech Sale", ["securities", "delaware"],
         [("Rebecca Lindholm", "rebecca-lindholm")], None, "2025-03-12", "2025-03-12T21:43",
         ("In re Helixa Therapeutics Inc. Stockholder Litigation", "2024-0871", "Court of Chancery of the State of Delaware", "August 14, 2024"), [
            "CaseWire (March 12, 2025, 5:43 PM EDT) -- A Delaware vice chancellor on Wednesday trimmed a shareholder suit over Helixa Therapeutics' $2.3 billion sale to a private equity buyer, dismissing claims against the company's outside directors but allowing claims against its chief executive to proceed.",
            "Vice Chancellor Laura Whitmore found that shareholders had adequately alleged that CEO Martin Greaves steered the sale process toward a buyer that promised him a continuing role and an equity rollover, while failing to tell the board about earlier approaches from a rival bidder.",
            "But the independent directors, who were protected by an exculpation clause in the company's charter, could not be held liable for damages absent allegations of bad faith, the vice chancellor wrote in a 58-page opinion.",
            "Counsel for the shareholders said they were pleased the core claims would go forward. An attorney for Greaves declined to comment.",
            "The case is In re Helixa Therapeutics Inc. Stockholder Litigation, case number 2024-0871, in the Court of Chancery of the State of Delaware.",
            "--Additional reporting by Alex Kim. Editing by Sarah Cole."], 3),
        ("/articles/1931877/airline-cant-escape-class-action-over-refund-delays", "Airline Can't Escape Class Action Over Refund Delays", ["aviation", "class-action"],
         [("Tom Ferris", "tom-ferris"), ("Nadia Karim", "nadia-karim")], None, "2025-03-11", "2025-03-12T01:05",
         ("Delgado et al. v. Skyward Airlines Inc.", "1:24-cv-07712", "U.S. District Court for the Southern District of New York", "October 9, 2024"), [
            "CaseWire, New York (March 11, 2025, 9:05 PM EDT) -- A Manhattan federal judge on Tuesday refused to toss a proposed class action accusing Skyward Airlines of sitting on refunds for flights it canceled, saying travelers had plausibly alleged the carrier broke its own contract of carriage.",
            "U.S. District Judge Samuel Greene rejected the airline's argument that the claims were preempted by the Airline Deregulation Act, finding that the passengers sought only to enforce promises the airline had made voluntarily in its published terms.",
            "The passengers say Skyward routinely offered travel credits instead of cash after cancellations and took months to pay refunds to customers who insisted on their money back, in some cases more than a year.",
            "Skyward said in a statement that it had paid all valid refund requests and would continue to defend itself. Counsel for the proposed class did not immediately respond to a request for comment Tuesday evening.",
            "The case is Delgado et al. v. Skyward Airlines Inc., case number 1:24-cv-07712, in the U.S. District Court for the Southern District of New York.",
            "--Editing by Peter Lowe."], 3),
        ("/articles/1929003/how-new-venue-rules-will-reshape-patent-fights-in-texas", "How New Venue Rules Will Reshape Patent Fights In Texas", ["expert-analysis", "ip"],
         [("Laura Chen", None), ("Mark Oduya", None)], "March 6, 2025, 4:21 PM EST", "2025-03-06", "2025-03-06T21:21", None, [
            "Patent owners have long favored the Western District of Texas, where a single judge once handled nearly a quarter of all new patent cases in the country. New random-assignment rules adopted by the district this year are likely to change that calculation.",
            "Under the rules, cases filed in single-judge divisions will be distributed across the entire district, so plaintiffs can no longer choose a particular judge by choosing a courthouse. Early filing data suggest that some plaintiffs have already shifted cases to the Eastern District of Texas.",
            "For defendants, the change makes early motions to transfer venue less urgent, but it also means that case schedules will vary more from judge to judge. Litigants should review each judge's standing orders on claim construction and discovery as soon as a case is assigned.",
            "Laura Chen is a partner and Mark Oduya is an associate at Hollis & Pratt LLP.",
            "The opinions expressed are those of the author(s) and do not necessarily reflect the views of their employer, its clients, or CaseWire or any of its or their respective affiliates. This article is for general information purposes and is not intended to be and should not be taken as legal advice."], 2),
    ]
    SEC = {"securities": "Securities", "delaware": "Delaware", "aviation": "Aviation", "class-action": "Class Action", "expert-analysis": "Expert Analysis", "ip": "Intellectual Property"}

    def shell(title, main, cls="page"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                '<body class="%s"><div id="header"><a id="logo" href="/">CaseWire</a><ul class="nav"><li><a href="/sections/securities">Securities</a></li>'
                '<li><a href="/sections/class-action">Class Action</a></li><li><a href="/sections/ip">IP</a></li><li><a href="/sections/expert-analysis">Expert Analysis</a></li></ul>'
                '<div class="account"><a href="/subscribe">Start Free Trial</a> <a href="/login">Sign In</a></div></div><div id="container">%s</div>'
                '<div id="footer"><ul><li><a href="/about">About CaseWire</a></li><li><a href="/subscribe">Subscribe</a></li><li>Terms</li><li>Privacy Policy</li></ul>'
                '<p>&copy; 2025, CaseWire. All rights reserved.</p></div></body></html>') % (title, cls, main)

    for path, title, secs, authors, exdate, day, inst, case, ps, mi in A:
        names = " and ".join(('<a href="/authors/%s">%s</a>' % (sl, E(n))) if sl else E(n) for n, sl in authors)
        if exdate:
            by = '<div class="byline"><p>By %s (%s)</p></div>' % (names, exdate)
        else:
            by = '<div class="byline"><p>By %s &middot; <button class="listen-to-article" type="button"><span class="icon-headphones"></span>Listen to article</button></p></div>' % names
        caseinfo = ""
        if case:
            caseinfo = ('<aside class="case-information"><h3>Case Information</h3><dl><dt>Case Title</dt><dd>%s</dd><dt>Case Number</dt><dd>%s</dd>'
                        '<dt>Court</dt><dd>%s</dd><dt>Date Filed</dt><dd>%s</dd></dl></aside>') % (E(case[0]), case[1], case[2], case[3])
        main = ('<div id="article-page"><section class="article-meta"><div class="sections">%s</div><h1 class="headline">%s</h1>%s'
                '<div class="article-actions"><a href="#">Save</a> &middot; <a href="#">Print</a> &middot; <a href="#">Order Reprints</a></div></section>'
                '<div class="article-body" id="article-body">%s</div><p class="reprints">For a reprint of this article, please contact reprints@casewire.example.</p>'
                '%s<aside class="related-info"><h3>Related Sections</h3><ul>%s</ul><h3>Law Firms</h3><ul><li>Hollis &amp; Pratt LLP</li><li>Barton Weiss LLP</li></ul></aside></div>') % (
            " ".join('<a href="/sections/%s">%s</a>' % (x, SEC[x]) for x in secs), E(title), by, paras(ps), caseinfo,
            "".join('<li><a href="/sections/%s">%s</a></li>' % (x, SEC[x]) for x in secs))
        must_not = ["For a reprint of this article"] + (["Date Filed"] if case else [])
        s.art(path, shell("%s - CaseWire" % E(title), main, "article"), title, day, [n for n, _ in authors], instant=inst,
              must=[first_sentence(ps[mi])], must_not=must_not)

    def lst(items):
        return '<ul class="article-list">%s</ul>' % "".join('<li><h3><a href="%s">%s</a></h3><p>%s</p></li>' % (a[0], E(a[1]), E(a[8][0][:140]) + "&hellip;") for a in items)

    s.non("/", shell("CaseWire - Legal News & Analysis", "<h1>Top News</h1>" + lst(A), "home"))
    for x, l in SEC.items():
        s.non("/sections/%s" % x, shell("%s News - CaseWire" % l, "<h1>%s</h1>%s" % (l, lst([a for a in A if x in a[2]])), "section"))
    for n, sl in (("Rebecca Lindholm", "rebecca-lindholm"), ("Tom Ferris", "tom-ferris"), ("Nadia Karim", "nadia-karim")):
        s.non("/authors/%s" % sl, shell("%s - CaseWire" % n, '<h1>%s</h1><p>Reporter, CaseWire</p>%s' % (n, lst([a for a in A if (n, sl) in a[3]])), "author"))
    s.non("/about", shell("About CaseWire", '<h1>About CaseWire</h1><p>CaseWire reports on litigation and regulation for lawyers, from every federal district and the busiest state courts.</p>', "static"))
    s.non("/subscribe", shell("Subscribe - CaseWire", '<h1>Start your free trial</h1><p>Get full access to breaking legal news, court documents and expert analysis. <a href="/">Back to the latest news</a></p>', "static"))
    s.sitemap([a[0] for a in A])


# ============================================================== 12 Spanish town hall (Liferay-like)
def ayuntamiento():
    s = Site(12, "Ayuntamiento de Robledal")
    A = [
        ("/web/ayuntamiento/-/el-pleno-aprueba-el-presupuesto-municipal-de-2025", "El Pleno aprueba el presupuesto municipal de 2025, que asciende a 48,6 millones de euros",
         "27/02/2025", "2025-02-27", None, [], "Las cuentas crecen un 6,2 % y refuerzan servicios sociales, limpieza y colegios", [
            "El Pleno del Ayuntamiento de Robledal aprobó este jueves, en sesión extraordinaria, el presupuesto municipal para 2025, que asciende a 48,6 millones de euros, un 6,2 por ciento más que el del año anterior.",
            "Las cuentas salieron adelante con los votos del equipo de gobierno y la abstención de uno de los grupos de la oposición. La alcaldesa, Carmen Vidal, destacó que casi la mitad del incremento se destinará a servicios sociales, limpieza viaria y mantenimiento de colegios públicos.",
            "Entre las inversiones previstas figuran la reforma del mercado de abastos, la renovación del alumbrado público en cinco barrios con tecnología LED y la construcción de un carril bici que unirá el centro con el polígono industrial.",
            "El presupuesto se expondrá al público durante quince días hábiles tras su publicación en el Boletín Oficial de la Provincia, plazo en el que los vecinos podrán presentar alegaciones."]),
        ("/web/ayuntamiento/-/abierto-el-plazo-de-inscripcion-en-los-campamentos-urbanos-de-semana-santa", "Abierto el plazo de inscripción en los campamentos urbanos de Semana Santa",
         "10/03/2025", "2025-03-10", None, [], "Para niños y niñas de 3 a 12 años empadronados en el municipio", [
            "La Concejalía de Educación ha abierto el plazo de inscripción para los campamentos urbanos de Semana Santa, dirigidos a niños y niñas de entre 3 y 12 años empadronados en Robledal.",
            "Los campamentos se desarrollarán del 14 al 17 y el 21 de abril en los colegios públicos Miguel Hernández y Virgen del Castillo, en horario de 9:00 a 14:00 horas, con servicio opcional de aula matinal desde las 7:30.",
            "Las actividades incluyen talleres de reciclaje, juegos deportivos, cuentacuentos y una excursión al aula de naturaleza del parque periurbano. Las familias con rentas bajas podrán solicitar una bonificación de hasta el cien por cien del precio.",
            "Las solicitudes pueden presentarse hasta el 28 de marzo a través de la sede electrónica o en la Oficina de Atención Ciudadana, de lunes a viernes de 9:00 a 14:00 horas."]),
        ("/web/ayuntamiento/-/la-nueva-biblioteca-municipal-abrira-sus-puertas-en-junio", "La nueva biblioteca municipal abrirá sus puertas en junio",
         "14/03/2025", "2025-03-14", "Texto: Lucía Ferrer · Fotografía: Andrés Gil", ["Lucía Ferrer"], "El edificio de la antigua estación de autobuses acogerá 60.000 volúmenes", [
            "La nueva biblioteca municipal de Robledal, construida en el antiguo edificio de la estación de autobuses, abrirá sus puertas al público a principios de junio, según ha confirmado la concejala de Cultura, Isabel Montero, tras visitar las obras.",
            "El edificio contará con más de 1.800 metros cuadrados distribuidos en dos plantas, una sala infantil, un espacio juvenil con ordenadores, salas de estudio con horario ampliado en época de exámenes y un patio de lectura al aire libre.",
            "La obra, con un presupuesto de 3,2 millones de euros, ha sido financiada en parte con fondos europeos de recuperación. Montero explicó que los trabajos avanzan según lo previsto y que en abril comenzará el traslado de los cerca de 60.000 volúmenes de la actual biblioteca.",
            "La actual sede de la calle Mayor permanecerá abierta hasta el 15 de mayo, y durante las semanas del traslado se mantendrá el servicio de préstamo en el centro cultural."]),
    ]

    def shell(title, main, cls="public-page"):
        return ('<!DOCTYPE html><html class="ltr" dir="ltr" lang="es-ES"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">'
                '<link href="/o/robledal-theme/css/main.css" rel="stylesheet"></head><body class="controls-visible signed-out %s site">'
                '<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div class="escudo"><a href="/web/ayuntamiento/" title="Ir a Ayuntamiento de Robledal">'
                '<img alt="Ayuntamiento de Robledal" src="/image/escudo.png"></a></div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul>'
                '<li><a href="/web/ayuntamiento/noticias">Actualidad</a></li><li><a href="/web/ayuntamiento/agenda">Agenda</a></li><li><a href="/web/ayuntamiento/pleno">Pleno</a></li>'
                '<li><a href="/web/ayuntamiento/tramites">Trámites</a></li><li><a href="/web/ayuntamiento/contacto">Contacto</a></li></ul></nav></header>'
                '<section id="content">%s</section><footer id="footer" role="contentinfo"><p>Ayuntamiento de Robledal &middot; Plaza de España, 1 &middot; 28999 Robledal &middot; Tel. 910 000 000</p>'
                '<p><a href="/web/ayuntamiento/contacto">Contacto</a> &middot; Aviso legal &middot; Accesibilidad &middot; Sede electrónica</p></footer></div></body></html>') % (title, cls, main)

    for path, title, shown, day, cred, authors, lead, ps in A:
        otras = "".join('<li><a href="%s">%s</a> <span class="fecha">%s</span></li>' % (o[0], E(o[1]), o[2]) for o in A if o[0] != path)
        main = ('<div class="portlet-boundary portlet-asset-publisher"><div class="asset-full-content"><div class="noticia-detalle">'
                '<span class="fecha">%s</span><h1 class="header-title"><span>%s</span></h1><p class="entradilla">%s</p>'
                '<div class="asset-content journal-content-article">%s</div>%s'
                '<div class="contacto-prensa"><strong>Gabinete de Comunicación</strong> &middot; prensa@robledal.example &middot; 910 000 123</div>'
                '<div class="compartir">Compartir: Facebook &middot; X &middot; WhatsApp</div></div></div></div>'
                '<div class="portlet-boundary otras-noticias"><h3>Otras noticias</h3><ul>%s</ul></div>') % (
            shown, E(title), E(lead), paras(ps), '<p class="creditos">%s</p>' % E(cred) if cred else "", otras)
        s.art(path, shell("%s - Ayuntamiento de Robledal" % E(title), main), title, day, authors,
              must=[first_sentence(ps[-1])], must_not=["Gabinete de Comunicación"] + [o[1] for o in A if o[0] != path])
    lst = "".join('<li class="noticia"><span class="fecha">%s</span> <a href="%s">%s</a><p>%s</p></li>' % (a[2], a[0], E(a[1]), E(a[6])) for a in reversed(A))
    s.non("/", '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/web/ayuntamiento/"><title>Ayuntamiento de Robledal</title></head>'
          '<body><p><a href="/web/ayuntamiento/">Ayuntamiento de Robledal</a></p></body></html>')
    s.non("/web/ayuntamiento/", shell("Inicio - Ayuntamiento de Robledal", '<h1>Bienvenidos al Ayuntamiento de Robledal</h1><div class="destacados"><h2>Actualidad</h2><ul>%s</ul></div>'
                                      '<div class="agenda-home"><h2>Agenda</h2><ul><li>22/03/2025 Concierto de la Banda Municipal</li><li>29/03/2025 Mercado de artesanía</li></ul></div>' % lst))
    s.non("/web/ayuntamiento/noticias", shell("Actualidad - Ayuntamiento de Robledal", '<h1>Notas de prensa</h1><ul class="lista-noticias">%s</ul><div class="paginacion">Página 1 de 54</div>' % lst))
    s.non("/web/ayuntamiento/agenda", shell("Agenda - Ayuntamiento de Robledal", '<h1>Agenda municipal</h1><ul class="eventos"><li><strong>22/03/2025, 20:00 h.</strong> Concierto de primavera de la Banda Municipal de Música. Teatro Municipal. Entrada libre hasta completar aforo.</li>'
                                         '<li><strong>29/03/2025, 10:00-14:00 h.</strong> Mercado de artesanía en la plaza de España.</li><li><strong>14/04/2025</strong> Comienzo de los campamentos urbanos. <a href="%s">Inscripciones</a></li></ul>' % A[1][0]))
    s.non("/web/ayuntamiento/pleno", shell("Pleno - Ayuntamiento de Robledal", '<h1>Pleno municipal: órdenes del día y actas</h1><table><tr><th>Sesión</th><th>Fecha</th><th>Documentos</th></tr>'
                                       '<tr><td>Extraordinaria</td><td>27/02/2025</td><td>Orden del día (PDF) &middot; Acta (PDF) &middot; <a href="%s">Nota de prensa</a></td></tr>'
                                       '<tr><td>Ordinaria</td><td>30/01/2025</td><td>Orden del día (PDF) &middot; Acta (PDF)</td></tr></table>' % A[0][0]))
    s.non("/web/ayuntamiento/tramites", shell("Trámites - Ayuntamiento de Robledal", '<h1>Trámites</h1><ul><li>Empadronamiento</li><li>Licencias de obra</li><li>Inscripción en actividades municipales</li></ul>'
                                          '<p>La mayoría de los trámites pueden realizarse en la sede electrónica con certificado digital o Cl@ve.</p>'))
    s.non("/web/ayuntamiento/contacto", shell("Contacto - Ayuntamiento de Robledal", '<h1>Contacto</h1><p>Oficina de Atención Ciudadana: lunes a viernes, de 9:00 a 14:00 horas. Gabinete de Comunicación: prensa@robledal.example.</p>'))


# ============================================================== 13 Polish Catholic weekly (gosc.pl-like)
def polish():
    s = Site(13, "Przewodnik Diecezjalny")
    A = [
        ("/doc/9184321.Rekolekcje-wielkopostne-dla-studentow-w-katedrze", "Rekolekcje wielkopostne dla studentów w katedrze", "Agnieszka Wiśniewska", "agnieszka-wisniewska", None,
         "dodane 12.03.2025 10:15", "2025-03-12T10:15:00+01:00", "2025-03-12", "Hasłem tegorocznych spotkań są słowa „Nie bój się wracać”.", [
            "Kilkuset studentów wzięło udział w rekolekcjach wielkopostnych, które w tym tygodniu odbywały się w katedrze. Spotkania prowadził duszpasterz akademicki z Krakowa, a hasłem tegorocznych rekolekcji były słowa „Nie bój się wracać”.",
            "Każdego wieczoru po Mszy świętej młodzi mogli skorzystać z sakramentu pojednania i wziąć udział w adoracji Najświętszego Sakramentu. Organizatorzy przygotowali także spotkania w mniejszych grupach w salach domu parafialnego.",
            "– Widzimy, że studenci szukają miejsca, w którym mogą zatrzymać się w biegu i porozmawiać o tym, co dla nich ważne – powiedziała Magdalena Nowicka z duszpasterstwa akademickiego.",
            "Rekolekcje zakończą się w piątek wieczorem nabożeństwem drogi krzyżowej ulicami Starego Miasta. Organizatorzy zapraszają wszystkich chętnych, nie tylko studentów."]),
        ("/doc/9183002.Caritas-podsumowala-zimowa-zbiorke-dla-bezdomnych", "Caritas podsumowała zimową zbiórkę dla bezdomnych", None, None, "KAI",
         "dodane 07.03.2025 13:20 | aktualizacja 08.03.2025 09:05", "2025-03-07T13:20:00+01:00", "2025-03-07", "Ponad 14 ton darów trafiło do noclegowni i ogrzewalni.", [
            "Ponad 14 ton żywności, odzieży i środków czystości zebrała diecezjalna Caritas w ramach tegorocznej zimowej zbiórki dla osób w kryzysie bezdomności. W akcję włączyło się 86 parafii oraz kilkadziesiąt szkół.",
            "Zebrane dary trafiły do noclegowni, ogrzewalni i punktów wydawania posiłków prowadzonych przez Caritas w sześciu miastach diecezji. Wolontariusze przygotowali także ponad dwa tysiące paczek, które rozdano podczas nocnych patroli.",
            "Dyrektor Caritas podkreślił, że tej zimy z pomocy korzystało więcej osób niż przed rokiem, w tym coraz więcej seniorów, którzy nie są w stanie opłacić rachunków za ogrzewanie.",
            "Caritas przypomina, że przez cały rok można wspierać jej działalność, przekazując dary w punktach parafialnych lub dokonując wpłaty na konto diecezjalnej Caritas."]),
        ("/doc/9180555.Zabytkowe-organy-w-kosciele-sw-Jakuba-wracaja-po-renowacji", "Zabytkowe organy w kościele św. Jakuba wracają po renowacji", "Piotr Zieliński", "piotr-zielinski", None,
         "dodane 28.02.2025 16:40", "2025-02-28T16:40:00+01:00", "2025-02-28", "Instrument z 1896 roku znów zabrzmiał podczas niedzielnej Mszy.", [
            "Po dwóch latach prac konserwatorskich zabytkowe organy w kościele św. Jakuba znów zabrzmiały podczas niedzielnej Mszy świętej. Instrument z 1896 roku należy do najcenniejszych w regionie.",
            "Renowację przeprowadziła specjalistyczna pracownia organmistrzowska. Oczyszczono i naprawiono ponad dwa tysiące piszczałek, odtworzono zniszczone elementy mechanizmu oraz przywrócono pierwotną kolorystykę szafy organowej.",
            "Koszt prac wyniósł prawie 900 tysięcy złotych. Część środków pochodziła z programu ministerstwa kultury, a resztę zebrali parafianie i przyjaciele parafii podczas kwest i koncertów charytatywnych.",
            "Z okazji zakończenia renowacji parafia planuje cykl koncertów organowych, które będą odbywać się w każdą ostatnią niedzielę miesiąca aż do jesieni."]),
    ]

    def shell(title, main, cls="page"):
        return ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                '<body class="%s"><div id="top-bar"><span class="today">Dziś: czwartek, 20 marca 2025</span> <span class="nameday">Imieniny: Klaudii, Aleksandry, Eufemii</span></div>'
                '<header id="header"><a href="/" class="logo">Przewodnik Diecezjalny</a><nav class="menu"><a href="/Wiadomosci">Wiadomości</a> <a href="/Kosciol">Kościół</a> '
                '<a href="/liturgia">Liturgia dnia</a> <a href="/nekrologi">Nekrologi</a> <a href="/kalendarz">Kalendarz</a> <a href="/Wesprzyj">Wesprzyj nas</a></nav></header>'
                '<div id="main">%s</div><footer id="footer"><p>Przewodnik Diecezjalny &copy; 2025 &middot; <a href="/kontakt">Kontakt</a> &middot; Polityka prywatności</p></footer></body></html>') % (title, cls, main)

    for i, (path, title, author, aslug, src, shown, iso, day, lead, ps) in enumerate(A):
        who = '<span class="author"><a href="/autorzy/%s">%s</a></span>' % (aslug, E(author)) if author else '<span class="src">%s</span>' % src
        others = [o for o in A if o[0] != path]
        see = '<div class="see-also"><h4>Zobacz także:</h4><ul>%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (o[0], E(o[1])) for o in others)
        main = ('<div class="cf txt"><div class="doc-path"><a href="/">Strona główna</a> &rsaquo; <a href="/Wiadomosci">Wiadomości</a></div><h1>%s</h1>'
                '<div class="doc-lead"><p><strong>%s</strong></p></div><div class="source">%s <span class="data">%s</span></div>'
                '<div class="doc-gallery"><img src="/files/%d.jpg" alt=""><span class="foto-src">fot. archiwum parafii</span></div>'
                '<div class="txt__rich-area">%s%s%s</div><div class="tags">Tagi: <a href="/Wiadomosci">wiadomości</a></div></div>') % (
            E(title), E(lead), who, shown, i, paras(ps[:2]), see, paras(ps[2:]))
        head_title = E(title)
        doc = shell(head_title, main, "doc-page").replace("</title>", '</title><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (E(title), iso), 1)
        s.art(path, doc, title, day, [author] if author else [src], must=[first_sentence(ps[-1])], must_not=["Zobacz także"] + [o[1] for o in others])
    lst = "".join('<li><a href="%s">%s</a> <span class="data">%s</span></li>' % (a[0], E(a[1]), a[5].split(" | ")[0].replace("dodane ", "")) for a in A)
    s.non("/", shell("Przewodnik Diecezjalny - tygodnik katolicki", '<h1 class="hidden">Przewodnik Diecezjalny</h1><ul class="list">%s</ul>' % lst, "home"))
    s.non("/Wiadomosci", shell("Wiadomości - Przewodnik Diecezjalny", '<h1>Wiadomości</h1><ul class="list">%s</ul>' % lst, "list-page"))
    s.non("/Kosciol", shell("Kościół - Przewodnik Diecezjalny", '<h1>Kościół</h1><ul class="list">%s</ul>' % lst, "list-page"))
    for a in A:
        if a[2]:
            s.non("/autorzy/%s" % a[3], shell("%s - Przewodnik Diecezjalny" % a[2], '<h1>%s</h1><p>Dziennikarka i dziennikarz działu Wiadomości.</p><ul><li><a href="%s">%s</a></li></ul>' % (a[2], a[0], E(a[1])), "author-page"))
    s.non("/liturgia", shell("Liturgia dnia - Przewodnik Diecezjalny", '<h1>Liturgia dnia</h1><h2>Czwartek, 20 marca 2025 &ndash; Czwartek II tygodnia Wielkiego Postu</h2>'
                             '<h3>Pierwsze czytanie (Jr 17, 5-10)</h3><p>Prorok Jeremiasz porównuje człowieka, który pokłada ufność w Panu, do drzewa zasadzonego nad wodą, które nie boi się upału i w roku posuchy nie przestaje przynosić owocu.</p>'
                             '<h3>Ewangelia (Łk 16, 19-31)</h3><p>Przypowieść o bogaczu i ubogim Łazarzu, który leżał u jego bramy.</p><p><a href="/Wiadomosci">Wiadomości</a></p>', "liturgy"))
    s.non("/nekrologi", shell("Nekrologi - Przewodnik Diecezjalny", '<h1>Nekrologi</h1><ul><li><strong>Ś.p. ks. kan. Józef Malinowski</strong>, emerytowany proboszcz parafii św. Wojciecha, zmarł 9 marca 2025 r. w wieku 84 lat. Pogrzeb odbył się 13 marca.</li>'
                              '<li><strong>Ś.p. s. Teresa Kowalska</strong>, elżbietanka, zmarła 2 marca 2025 r.</li></ul>', "list-page"))
    s.non("/kalendarz", shell("Kalendarz wydarzeń - Przewodnik Diecezjalny", '<h1>Kalendarz wydarzeń</h1><ul><li>23.03.2025, godz. 16:00 &ndash; Koncert organowy, kościół św. Jakuba</li>'
                              '<li>13.04.2025 &ndash; Niedziela Palmowa, procesja z katedry</li></ul><p><a href="%s">Organy po renowacji</a></p>' % A[2][0], "list-page"))
    s.non("/Wesprzyj", shell("Wesprzyj nas - Przewodnik Diecezjalny", '<h1>Wesprzyj nas</h1><p>Przewodnik Diecezjalny utrzymuje się dzięki Czytelnikom. Wpłać dowolną kwotę na rozwój portalu i tygodnika. Dziękujemy za każde wsparcie.</p>'))
    s.non("/kontakt", shell("Kontakt - Przewodnik Diecezjalny", '<h1>Kontakt</h1><p>Redakcja Przewodnika Diecezjalnego, ul. Katedralna 4. E-mail: redakcja@przewodnik.example.</p>'))


for build in (sno, campuspress, union, drupal, cascade, catholic, jewish, epd, islamic, courts, casewire, ayuntamiento, polish):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
