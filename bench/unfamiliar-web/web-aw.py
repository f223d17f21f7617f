"""Web aw: South and Southeast Asian papers. Twelve sites, each on its own
template: two Indian English dailies, a Hindi daily, a Sri Lankan English
paper, a Nepali paper, a Bangladeshi English daily, a Philippine paper
(English and Tagalog), a Singapore daily, a Malaysian Malay paper, a Thai
English paper, a Vietnamese paper and an Indonesian regional.

Traps, as such sites really have them: Times-like byline strips
"Rohit Sharma / TNN / Updated: Mar 3, 2025, 18:24 IST" and desk-only "TNN"
or "PTI" lines (no person: authors []), a PTI story stamped 00:40 IST (the
UTC day before); an Express-like "Written by" + "Edited by" pair (the editor
is no author) and an "Express News Service" piece "(With inputs from
agencies)"; Hindi "प्रकाशित: 3 मार्च 2025 18:24 (IST)" dates, "एजेंसी, लखनऊ"
bylines and two reporters joined by "और"; a Sri Lankan page with no
metadata at all, only "3 March 2025 06:24 pm - 12 -" and a "By ..." first
paragraph; Nepali Bikram Sambat dates ("२०८१ फागुन १९ गते") beside AD dates,
UTC+05:45 and a Yoast graph naming the WordPress user; a Daily Star-like
"Last update on:" line and "Star Business Report" desk; an Inquirer-like
"By: X - Reporter / @handle" strip with "Philippine Daily Inquirer /
06:24 PM March 03, 2025", a Tagalog story "Ni ..." dated "Marso 04"; a
Straits-like "Published ... Updated ..." pair and a Reuters story at 00:30
SGT; a Berita Harian-like "Oleh X - Mac 3, 2025 @ 6:24pm" and a Bernama
copy; a Bangkok Post-like "PUBLISHED : 3 Mar 2025 at 18:24" / "WRITER:"
block under a masthead showing today's date; VnExpress-like D/M dates
("Thứ năm, 6/3/2025, 06:10 (GMT+7)") with the author's name bold at the foot
("Như Tâm (Theo Reuters)", "Gia Chính - Lê Tân"); a Kompas-like
"03/03/2025, 18:24 WIB" with "Penulis" / "Kontributor" / "Editor" credits
(JSON-LD names the editor; another has a zoneless "2025-03-05 14:00:00").
Non-articles: homes, section/city fronts, tags, authors, galleries, videos,
live scores, e-paper, horoscopes, about/contact; writes sites + truth.json.
First crawl: titles 36/36, dates 34, authors 24; 2 of 177 non-articles kept.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18127
E = html.escape
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


class Site:
    def __init__(self, n, name, lang):
        self.host = "127.0.4.%d" % (230 + n)
        self.name, self.lang = name, lang
        self.links = []  # (path, label) for the home page
        self.shell = None

    def url(self, p):
        return U(self.host, p)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.links.append((path, title))

    def non(self, path, doc, label):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        self.links.append((path, label))

    def home(self, title, head, top_html=""):
        arts = [(p, t) for p, t in self.links if self.url(p) in {a["url"] for a in truth["articles"]}]
        others = [(p, t) for p, t in self.links if (p, t) not in arts]
        lis = "".join('<li class="story-card"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in arts)
        more = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in others)
        body = '%s<section class="top-stories"><h2>Top Stories</h2><ul>%s</ul></section><section class="more"><ul>%s</ul></section>' % (top_html, lis, more)
        write_page(OUT, self.host, "/", self.shell(title, body, head))
        truth["nonarticles"].append(self.url("/"))

    def arts_of(self):
        return [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(a["url"]), a.get("instant", a["date"] + "T06:00") + ":00Z") for a in self.arts_of())
        write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path):
        items = ""
        for a in self.arts_of():
            t = datetime.datetime.strptime(a.get("instant", a["date"] + "T06:00"), "%Y-%m-%dT%H:%M")
            items += "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(a["title"]), E(a["url"]), t.strftime("%a, %d %b %Y %H:%M:00 +0000"))
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


def news_ld(s, path, headline, pub, mod, author, section="", extra=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": s.url(path), "headline": headline,
         "datePublished": pub, "dateModified": mod or pub, "publisher": {"@type": "Organization", "name": s.name}}
    if author is not None:
        d["author"] = author
    if section:
        d["articleSection"] = section
    if extra:
        d.update(extra)
    return jl(d)


def og(title, typ="article", extra=""):
    return '<meta property="og:title" content="%s"><meta property="og:type" content="%s">%s' % (E(title), typ, extra)


def P(name):
    return {"@type": "Person", "name": name}


def O(name):
    return {"@type": "Organization", "name": name}


def listing(items):
    return '<ul class="list">%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in items)


# =====================================================================
# 1. The National Times (Indian English, Times-like)
# =====================================================================
T = Site(1, "The National Times", "en-IN")
T_NAV = [("/", "Home"), ("/city/delhi/", "Delhi"), ("/india/", "India"), ("/sports/cricket/live-score/ind-vs-aus-champions-trophy-semi-final/", "Live Score"),
         ("/astrology/horoscope/daily-horoscope-march-4-2025/", "Horoscope"), ("/photostory/holi-2025-colours-across-india/", "Photos"),
         ("/videos/city/delhi/magenta-line-trial-run/", "Videos")]


def t_shell(title, body, head=""):
    nav = "".join('<a href="%s">%s</a>' % (p, E(l)) for p, l in T_NAV)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<div id="app"><header class="_2aB0Q"><a href="/" class="logo">The National Times</a><nav class="_3bFqU">%s</nav>'
            '<div class="edition">Edition: IN</div></header><div class="contentwrapper">%s</div>'
            '<footer class="_1v3nj"><p>Copyright &copy; 2025 Bennett Press Ltd. All rights reserved.</p><a href="/aboutus/">About us</a> <a href="/contactus/">Contact us</a></footer></div></body></html>') % (
        E(title), head, nav, body)


T.shell = t_shell


def t_art(path, city, headline, byline_html, upd_vis, ld_pub, ld_author, body_ps, tags, synopsis):
    head = (og(headline) + '<meta name="description" content="%s"><link rel="canonical" href="%s">' % (E(synopsis), T.url(path)) +
            news_ld(T, path, headline, ld_pub, ld_pub, ld_author, city))
    body = ('<div class="_s30J clearfix"><div class="breadcrumb"><a href="/">News</a> &gt; <a href="/city/delhi/">City News</a> &gt; %s News</div>'
            '<h1 class="HNMDR"><span>%s</span></h1><div class="xf8Pm byline">%s<span>%s</span></div>'
            '<div class="art_synopsis">%s</div>'
            '<div class="_3YYSt clearfix" data-articlebody="1"><div class="js_tbl_article">%s</div></div>'
            '<div class="tags-list"><span>Topics:</span>%s</div>'
            '<div class="trending"><h3>Trending Stories</h3><ul><li><a href="/photostory/holi-2025-colours-across-india/">Holi 2025: Colours across India in pictures</a></li>'
            '<li><a href="/astrology/horoscope/daily-horoscope-march-4-2025/">Horoscope Today, March 4, 2025</a></li></ul></div></div>') % (
        E(city), E(headline), byline_html, E(upd_vis), E(synopsis), "<br><br>".join(E(p) for p in body_ps),
        "".join('<a href="/topic/%s/">%s</a>' % (k, E(v)) for k, v in tags))
    return t_shell("%s | %s News - The National Times" % (headline, city), body, head)


t1 = ["NEW DELHI: The Delhi Metro Rail Corporation (DMRC) on Monday said the extension of the Magenta line from Janakpuri West to Krishna Park Extension will be opened to passengers by June, once the Commissioner of Metro Railway Safety completes its inspection of the 2.8km stretch.",
      "Officials said trial runs on the section began last week and that signalling and track work was complete. \"The remaining work is mostly at the stations, where lifts, escalators and automatic fare collection gates are being installed,\" a senior DMRC official said.",
      "The extension is part of Phase 4, under which three priority corridors totalling 65km are being built. Once the whole Magenta line extension up to Majlis Park is ready, it will become the longest corridor of the network, running for nearly 89km.",
      "Commuters in west Delhi have been waiting for the link for more than two years. Residents of Krishna Park and Vikaspuri currently depend on buses and shared autos to reach Janakpuri, and traffic on the Outer Ring Road is heavily congested during peak hours.",
      "DMRC said it expected daily ridership on the new section to touch 40,000 in the first few months."]
t2 = ["PUNE: Water supply to 14 areas in the eastern parts of the city will remain shut on Thursday as the Pune Municipal Corporation (PMC) takes up urgent repairs on a leaking main pipeline near Wadgaon Sheri.",
      "According to the civic body's water supply department, the leak was detected on Sunday in the 1,200mm pipeline that carries water from the Lashkar treatment plant. Supply will be affected in Kharadi, Chandannagar, Viman Nagar, Kalyani Nagar and Yerawada, among other areas.",
      "Supply on Friday morning is also likely to be at low pressure, officials said, and residents have been advised to store sufficient water. \"The work cannot be postponed as the leak has widened and is causing wastage of nearly two million litres a day,\" an official said.",
      "Housing societies in Kharadi said they would arrange tankers for the day. Citizens' groups have repeatedly complained that the eastern parts of the city face frequent cuts because of the ageing network, and have demanded that the PMC speed up the equitable water supply scheme, which was meant to be completed in 2022."]
t3 = ["CHENNAI: Tamil Nadu chief minister M K Stalin on Wednesday announced that the state will set up 50 new fast-track courts to clear the backlog of cases involving crimes against women and children.",
      "Speaking at an event in the Secretariat, Stalin said the courts would be established in all 38 districts over the next six months at a cost of Rs 120 crore, with special public prosecutors appointed for each of them.",
      "\"Justice delayed is justice denied. Victims and their families should not have to wait for years,\" the chief minister said, adding that the government would also strengthen forensic laboratories to reduce delays in the filing of chargesheets.",
      "According to official figures, more than 11,000 such cases are pending in various courts in the state. The opposition AIADMK welcomed the announcement but said the government should also focus on improving police response in rural areas.",
      "The state law department has been asked to submit a detailed proposal to the Madras high court for its approval."]
T.art("/city/delhi/magenta-line-extension-to-krishna-park-to-open-by-june-says-dmrc/articleshow/118712345/",
      t_art("/city/delhi/magenta-line-extension-to-krishna-park-to-open-by-june-says-dmrc/articleshow/118712345/", "Delhi",
            "Magenta line extension to Krishna Park to open by June, says DMRC",
            '<span class="auth_detail"><a href="/toireporter/author-rohit-sharma-479213/">Rohit Sharma</a></span> / TNN / ',
            "Updated: Mar 3, 2025, 18:24 IST", "2025-03-03T18:24:00+05:30", P("Rohit Sharma"), t1,
            [("delhi-metro", "Delhi Metro"), ("dmrc", "DMRC")], "The 2.8km stretch from Janakpuri West will open once the safety commissioner completes its inspection."),
      "Magenta line extension to Krishna Park to open by June, says DMRC", "2025-03-03", ["Rohit Sharma"], "2025-03-03T12:54",
      must=[t1[3][:70]], must_not=["Holi 2025: Colours across India in pictures"])
T.art("/city/pune/water-cut-in-14-areas-on-thursday-for-pipeline-repair/articleshow/118740021/",
      t_art("/city/pune/water-cut-in-14-areas-on-thursday-for-pipeline-repair/articleshow/118740021/", "Pune",
            "Water cut in 14 areas on Thursday for pipeline repair", "TNN / ", "Updated: Mar 4, 2025, 07:05 IST",
            "2025-03-04T07:05:00+05:30", O("TNN"), t2, [("pune-water-cut", "Pune water cut"), ("pmc", "PMC")],
            "Supply on Friday morning is also likely to be at low pressure."),
      "Water cut in 14 areas on Thursday for pipeline repair", "2025-03-04", [], "2025-03-04T01:35")
T.art("/india/tamil-nadu-to-set-up-50-new-fast-track-courts-stalin/articleshow/118771590/",
      t_art("/india/tamil-nadu-to-set-up-50-new-fast-track-courts-stalin/articleshow/118771590/", "India",
            "Tamil Nadu to set up 50 new fast-track courts: Stalin", "PTI / ", "Last updated on: Mar 6, 2025, 00:40 IST",
            "2025-03-06T00:40:00+05:30", O("PTI"), t3, [("tamil-nadu", "Tamil Nadu"), ("fast-track-courts", "Fast-track courts")],
            "The courts will be set up in all 38 districts at a cost of Rs 120 crore."),
      "Tamil Nadu to set up 50 new fast-track courts: Stalin", "2025-03-06", [], "2025-03-05T19:10")
T.non("/city/delhi/", t_shell("Delhi News, Latest Delhi News Headlines & Live Updates - The National Times",
                              '<h1>Delhi News</h1>' + listing([(T.links[0][0], T.links[0][1])]) + '<div class="weather">Delhi 27&deg;C, AQI 168</div>',
                              og("Delhi News", "website")), "Delhi")
T.non("/topic/delhi-metro/", t_shell("Delhi Metro: Latest News, Videos and Photos of Delhi Metro | The National Times",
                                     '<h1>Delhi Metro</h1><p>Get all the latest news about Delhi Metro.</p>' + listing([(T.links[0][0], T.links[0][1])]), og("Delhi Metro", "website")), "Delhi Metro")
T.non("/toireporter/author-rohit-sharma-479213/", t_shell("Rohit Sharma : Latest News, Articles by Rohit Sharma | The National Times",
                                                          '<div class="author-profile"><h1>Rohit Sharma</h1><p>Rohit Sharma is a senior correspondent with The National Times in Delhi, covering transport and urban infrastructure.</p>' +
                                                          listing([(T.links[0][0], T.links[0][1])]) + '</div>', og("Rohit Sharma", "profile")), "Rohit Sharma")
T.non("/photostory/holi-2025-colours-across-india/", t_shell("Holi 2025: Colours across India in pictures | The National Times",
                                                              '<h1>Holi 2025: Colours across India in pictures</h1><div class="photo-meta">TIMESOFINDIA.COM | Mar 4, 2025, 10:00 IST</div>' +
                                                              "".join('<div class="photo"><img src="/photo/holi-%d.jpg"><p class="caption">%s</p></div>' % (i, c) for i, c in enumerate(
                                                                  ["Devotees play with colours at the Banke Bihari temple in Vrindavan.", "Children in Kolkata spray coloured water on passers-by.",
                                                                   "Widows celebrate Holi at an ashram in Vrindavan.", "A vendor sells gulal at a market in Old Delhi."])),
                                                              og("Holi 2025: Colours across India in pictures") + '<meta property="article:published_time" content="2025-03-04T10:00:00+05:30">'), "Holi photos")
T.non("/videos/city/delhi/magenta-line-trial-run/", t_shell("Watch: Trial run on Magenta line extension | City - Times of India Videos",
                                                            '<h1>Watch: Trial run on Magenta line extension</h1><div class="video-player" data-id="118712999"></div><p>Mar 3, 2025, 07:12PM IST | Source: TNN</p><p>Trial runs began on the 2.8km stretch.</p>',
                                                            og("Watch: Trial run on Magenta line extension", "video.other") + jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Trial run on Magenta line extension", "uploadDate": "2025-03-03T19:12:00+05:30", "thumbnailUrl": "/thumb/118712999.jpg", "description": "Trial runs began."})), "Videos")
T.non("/sports/cricket/live-score/ind-vs-aus-champions-trophy-semi-final/", t_shell("IND vs AUS Live Score, Champions Trophy 2025 Semi-Final | The National Times",
                                                                                   '<h1>India vs Australia, 1st Semi-Final, Dubai</h1><div class="scorecard"><p>AUS 264 (49.3 ov)</p><p>IND 267/6 (48.1 ov)</p><p class="result">India won by 4 wickets</p>'
                                                                                   '<ol class="commentary"><li>48.1: Rahul to finish it with a six!</li><li>47.6: single to long-on.</li><li>47.5: FOUR, driven through covers.</li></ol></div>', og("IND vs AUS Live Score", "website")), "Live Score")
T.non("/astrology/horoscope/daily-horoscope-march-4-2025/", t_shell("Horoscope Today, March 4, 2025: Read your daily astrological predictions | The National Times",
                                                                    '<h1>Horoscope Today, March 4, 2025</h1>' + "".join('<h3>%s</h3><p>%s</p>' % (z, p) for z, p in [
                                                                        ("Aries", "A good day for travel; avoid arguments at work."), ("Taurus", "Money matters look steady. Spend time with family."),
                                                                        ("Gemini", "A new idea may bring rewards."), ("Cancer", "Take care of your health and rest early.")]), og("Horoscope Today, March 4, 2025")), "Horoscope")
T.non("/aboutus/", t_shell("About Us | The National Times", '<h1>About Us</h1><p>The National Times is an English-language daily published from New Delhi since 1952.</p>', og("About Us", "website")), "About us")
T.home("News, Latest News, Today's News Headlines, Breaking News, LIVE News - The National Times", og("The National Times", "website"))
T.sitemap()

# =====================================================================
# 2. The Indian Chronicle (Indian English, Express-like, WordPress VIP)
# =====================================================================
X = Site(2, "The Indian Chronicle", "en-IN")


def x_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="wp-singular">'
            '<div class="mainnav"><a class="logo" href="/">The Indian Chronicle</a><ul><li><a href="/section/india/">India</a></li><li><a href="/section/cities/kochi/">Kochi</a></li>'
            '<li><a href="/epaper/">ePaper</a></li><li><a href="/photos/lifestyle/kochi-biennale-2025-in-pictures/">Photos</a></li></ul>'
            '<div class="today-date">Wednesday, Mar 05, 2025</div></div><div class="container native_story">%s</div>'
            '<footer><a href="/about-us/">About Us</a> <a href="/privacy-policy/">Privacy Policy</a> &copy; 2025 The Indian Chronicle [P] Ltd.</footer></body></html>') % (E(title), head, body)


X.shell = x_shell


def x_art(path, headline, synopsis, writers, editor, place, dvis, ld_pub, ld_mod, ps, tags, ld_authors, tail=""):
    w = ", ".join('<a href="/profile/author/%s/">%s</a>' % (a.lower().replace(" ", "-"), E(a)) for a in writers)
    head = (og(headline) + '<meta name="twitter:title" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (E(headline), ld_pub, ld_mod) +
            news_ld(X, path, headline, ld_pub, ld_mod, ld_authors, extra={"editor": P(editor)} if editor else None))
    ed = '<div class="editor-details-new-change"><span>Edited by </span><a href="/profile/author/%s/">%s</a></div>' % (editor.lower().replace(" ", "-"), E(editor)) if editor else ""
    body = ('<div class="heading-part"><h1 itemprop="headline" class="native_story_title">%s</h1><h2 itemprop="description" class="synopsis">%s</h2></div>'
            '<div class="editor-date-logo"><div class="editor-details-new-change"><span>Written by </span>%s</div>%s'
            '<div class="ie-first-publish"><span>%s | %s</span></div></div>'
            '<div class="story_details" id="pcl-full-content">%s%s</div>'
            '<div class="storytags"><ul>%s</ul></div>'
            '<div class="ie-network-commenting"><p>Tags: </p></div>'
            '<div class="o-opin"><h3>Opinion</h3><ul><li><a href="/section/india/">C Raja Mohan writes: The new geometry of the Indian Ocean</a></li></ul></div>') % (
        E(headline), E(synopsis), w, ed, E(place), E(dvis), paras(ps), tail,
        "".join('<li><a href="/about/tags/%s/">%s</a></li>' % (k, E(v)) for k, v in tags))
    return x_shell("%s | Cities News - The Indian Chronicle" % headline, body, head)


x1 = ["The Kerala government has cleared a Rs 340-crore plan to protect the eroding coastline at Chellanam, south of Kochi, with a second phase of tetrapod sea walls and a 7-km walkway, officials said on Monday.",
      "The first phase, completed in 2023, covered 7.3 km of the most vulnerable stretch between Chellanam harbour and Puthenthode. Residents say that part of the village has not flooded since, but homes further north continue to be swamped during every spring tide.",
      "\"Before the wall, we used to shift our children to relatives' houses every monsoon. Now the sea stops at the tetrapods,\" said Mary Joseph, a fisherwoman who lives near the harbour. The second phase will extend the wall by 10 km up to Fort Kochi beach.",
      "The Kerala Infrastructure Investment Fund Board (KIIFB) will fund the project. Irrigation department officials said tenders will be floated this month and work is likely to begin after the monsoon, in October.",
      "Environmentalists, however, have cautioned that hard structures may shift erosion further north and have asked the government to combine the walls with beach nourishment and mangrove planting."]
x2 = ["Thiruvananthapuram recorded a maximum temperature of 36.8 degrees Celsius on Tuesday, the highest for the first week of March in over a decade, as the India Meteorological Department (IMD) issued a yellow alert for heat in seven districts of Kerala.",
      "Palakkad and Kollam recorded 38 degrees Celsius, while Kottayam touched 37.5 degrees. The IMD said temperatures were likely to remain two to three degrees above normal until the end of the week, with high humidity adding to the discomfort.",
      "The State Disaster Management Authority asked people to avoid direct exposure to the sun between 11 am and 3 pm and advised employers to reschedule the working hours of outdoor labourers. The labour department has already revised working hours for construction workers until April 30.",
      "Light summer showers are expected in the southern districts by the weekend, which could bring some relief, the IMD said.",
      "(With inputs from agencies)"]
x3 = ["The Central Bureau of Investigation (CBI) has told the Delhi High Court that it has found no evidence that question papers of the 2024 national entrance examination for postgraduate courses were leaked from the printing press in Hyderabad.",
      "In an affidavit filed on Tuesday, the agency said its probe had traced the alleged leak to a group of touts in Bihar who had sold fake question papers to aspirants through messaging apps. Eleven people have been arrested so far.",
      "The court was hearing a petition filed by a group of candidates seeking a re-examination. Senior advocate Gopal Sankaranarayanan, appearing for the petitioners, argued that the integrity of the examination had been compromised and that the investigation was incomplete.",
      "The Ministry of Education told the court that a high-level committee had recommended changes, including computer-based testing and stricter control over paper distribution, which would be in place from this year.",
      "The bench listed the matter for further hearing on March 19 and asked the CBI to place on record a status report on the chargesheet."]
X.art("/cities/kochi/chellanam-sea-wall-second-phase-kerala-9867543/",
      x_art("/cities/kochi/chellanam-sea-wall-second-phase-kerala-9867543/", "Rs 340-crore second phase of Chellanam sea wall cleared, to extend up to Fort Kochi",
            "The first phase, completed in 2023, covered 7.3 km of the most vulnerable stretch.", ["Kavya Menon"], "Arjun Nair", "Kochi",
            "Updated: March 3, 2025 21:40 IST", "2025-03-03T19:05:12+05:30", "2025-03-03T21:40:03+05:30", x1,
            [("kerala", "Kerala"), ("coastal-erosion", "coastal erosion")], [P("Kavya Menon")]),
      "Rs 340-crore second phase of Chellanam sea wall cleared, to extend up to Fort Kochi", "2025-03-03", ["Kavya Menon"], "2025-03-03T13:35",
      must_not=["C Raja Mohan writes"])
X.art("/cities/thiruvananthapuram/kerala-heat-yellow-alert-seven-districts-9869120/",
      x_art("/cities/thiruvananthapuram/kerala-heat-yellow-alert-seven-districts-9869120/", "Kerala sizzles: Capital records 36.8 degrees, yellow alert in seven districts",
            "Temperatures likely to remain two to three degrees above normal until the end of the week.", ["Express News Service"], "Arjun Nair",
            "Thiruvananthapuram", "Updated: March 4, 2025 16:02 IST", "2025-03-04T15:48:40+05:30", "2025-03-04T16:02:11+05:30", x2,
            [("kerala-weather", "Kerala weather"), ("imd", "IMD")], [O("Express News Service")]),
      "Kerala sizzles: Capital records 36.8 degrees, yellow alert in seven districts", "2025-03-04", [], "2025-03-04T10:18")
X.art("/india/cbi-no-evidence-paper-leak-printing-press-delhi-hc-9871002/",
      x_art("/india/cbi-no-evidence-paper-leak-printing-press-delhi-hc-9871002/", "No evidence paper leaked from printing press, CBI tells Delhi HC",
            "Agency traces alleged leak to touts in Bihar who sold fake papers through messaging apps.", ["Deeptiman Tiwary", "Ritika Chopra"], "Sonal Gupta",
            "New Delhi", "Updated: March 5, 2025 08:15 IST", "2025-03-05T07:30:00+05:30", "2025-03-05T08:15:00+05:30", x3,
            [("cbi", "CBI"), ("delhi-high-court", "Delhi High Court")], [P("Deeptiman Tiwary"), P("Ritika Chopra")]),
      "No evidence paper leaked from printing press, CBI tells Delhi HC", "2025-03-05", ["Deeptiman Tiwary", "Ritika Chopra"], "2025-03-05T02:00")
X.non("/section/cities/kochi/", x_shell("Kochi News, Latest Kochi News, Kochi City Updates | The Indian Chronicle",
                                        '<h1>Kochi</h1>' + listing([X.links[0]]) + '<div class="weather-box">Kochi 33&deg;C</div>', og("Kochi News", "website")), "Kochi")
X.non("/section/india/", x_shell("India News, Latest India News | The Indian Chronicle", '<h1>India</h1>' + listing([X.links[2]]), og("India News", "website")), "India")
X.non("/about/tags/kerala/", x_shell("Kerala News: Latest Kerala News Today | The Indian Chronicle", '<h1>Kerala</h1>' + listing(X.links[:2]), og("Kerala", "website")), "Kerala")
X.non("/profile/author/kavya-menon/", x_shell("Kavya Menon : Exclusive News Stories by Kavya Menon | The Indian Chronicle",
                                              '<div class="author-bio"><h1>Kavya Menon</h1><p>Kavya Menon is a Principal Correspondent based in Kochi. She reports on the environment, fisheries and the coast.</p>' + listing([X.links[0]]) + '</div>',
                                              og("Kavya Menon", "profile")), "Kavya Menon")
X.non("/epaper/", x_shell("ePaper: Today's Newspaper | The Indian Chronicle", '<h1>ePaper</h1><p>Read today\'s edition. Editions: Delhi, Mumbai, Kochi, Chandigarh, Pune.</p><div class="epaper-thumbs"><img src="/epaper/thumb-delhi.jpg"><img src="/epaper/thumb-kochi.jpg"></div><a href="/subscribe/">Subscribe</a>', og("ePaper", "website")), "ePaper")
X.non("/photos/lifestyle/kochi-biennale-2025-in-pictures/", x_shell("Kochi Biennale 2025 in pictures | Photos | The Indian Chronicle",
                                                                    '<h1>Kochi Biennale 2025 in pictures</h1><p class="photo-date">March 2, 2025 10:30 IST</p>' + "".join('<figure><img src="/img/kb%d.jpg"><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(
                                                                        ["Visitors at Aspinwall House.", "An installation at Pepper House.", "A performance at Durbar Hall."])),
                                                                    og("Kochi Biennale 2025 in pictures") + '<meta property="article:published_time" content="2025-03-02T10:30:00+05:30">'), "Photos")
X.non("/about-us/", x_shell("About Us | The Indian Chronicle", '<h1>About Us</h1><p>The Indian Chronicle was founded in 1932 and publishes editions from eight cities.</p>', og("About Us", "website")), "About Us")
X.home("Latest News Today: Breaking News and Top Headlines from India, Entertainment, Business, Politics and Sports | The Indian Chronicle", og("The Indian Chronicle", "website"))
X.rss("/feed/")

# =====================================================================
# 3. दैनिक प्रहरी (Hindi daily)
# =====================================================================
H = Site(3, "दैनिक प्रहरी", "hi")


def h_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="topHeader"><a class="logo" href="/">दैनिक प्रहरी</a><span class="hdate">बुधवार, 5 मार्च 2025</span>'
            '<nav><a href="/">होम</a> <a href="/india-news/">देश</a> <a href="/city/lucknow/">लखनऊ</a> <a href="/rashifal/aaj-ka-rashifal-5-march-2025/">राशिफल</a> '
            '<a href="/photo-gallery/holi-ki-rangat-tasveeren/">फोटो</a></nav></header><div class="mainContainer">%s</div>'
            '<footer><a href="/about-us/">हमारे बारे में</a> <a href="/contact-us/">संपर्क करें</a> &copy; 2025 दैनिक प्रहरी</footer></body></html>') % (E(title), head, body)


H.shell = h_shell


def h_art(path, headline, byline, pub_vis, upd_vis, ld_pub, ld_author, ps, tags, summary):
    head = og(headline) + news_ld(H, path, headline, ld_pub, None, ld_author)
    body = ('<div class="articleWrapper"><div class="breadcrumb"><a href="/">होम</a> › <a href="/india-news/">देश</a></div><h1 class="articleHd">%s</h1>'
            '<h2 class="articleSummary">%s</h2><div class="articleInfo"><span class="author">%s</span>'
            '<span class="pubDate">प्रकाशित: %s</span> <span class="updDate">अपडेटेड: %s</span></div>'
            '<div class="articleBody">%s</div><div class="tags">%s</div>'
            '<div class="readAlso"><strong>यह भी पढ़ें:</strong> <a href="/rashifal/aaj-ka-rashifal-5-march-2025/">आज का राशिफल 5 मार्च 2025</a></div></div>') % (
        E(headline), E(summary), byline, E(pub_vis), E(upd_vis), paras(ps),
        "".join('<a href="/tags/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return h_shell("%s - Dainik Prahari Hindi News" % headline, body, head)


h1 = ["नई दिल्ली। रविवार रात हुई बारिश के बाद सोमवार को दिल्ली की हवा में काफी सुधार दर्ज किया गया। केंद्रीय प्रदूषण नियंत्रण बोर्ड के आंकड़ों के अनुसार शाम चार बजे राजधानी का औसत वायु गुणवत्ता सूचकांक 142 रहा, जो 'मध्यम' श्रेणी में आता है।",
      "पिछले सप्ताह कई इलाकों में सूचकांक 250 के पार पहुंच गया था। आनंद विहार, जहांगीरपुरी और वजीरपुर जैसे इलाकों में भी सोमवार को हवा बेहतर रही। मौसम विभाग के अनुसार बारिश के साथ चली तेज हवाओं ने प्रदूषक कणों को बिखेर दिया।",
      "विशेषज्ञों का कहना है कि यह राहत अस्थायी हो सकती है। मौसम विभाग ने अगले दो दिनों में तापमान बढ़ने और हवा की गति कम होने का अनुमान जताया है, जिससे प्रदूषण का स्तर फिर बढ़ सकता है।",
      "दिल्ली सरकार ने निर्माण स्थलों पर धूल नियंत्रण के नियमों का पालन सुनिश्चित करने के लिए विशेष अभियान चलाने का निर्देश दिया है। पर्यावरण विभाग के अधिकारियों ने बताया कि नियमों का उल्लंघन करने वाली 38 निर्माण परियोजनाओं पर पिछले महीने जुर्माना लगाया गया।",
      "लोगों को सलाह दी गई है कि वे सुबह के समय खुले में व्यायाम करने से पहले वायु गुणवत्ता की जानकारी अवश्य लें।"]
h2 = ["लखनऊ। उत्तर प्रदेश सरकार ने प्रदेश के सभी 75 जिलों में गेहूं खरीद के लिए 6,500 क्रय केंद्र खोलने का निर्णय लिया है। खरीद 17 मार्च से शुरू होगी और 15 जून तक चलेगी।",
      "खाद्य एवं रसद विभाग के अनुसार इस वर्ष गेहूं का न्यूनतम समर्थन मूल्य 2,425 रुपये प्रति क्विंटल तय किया गया है, जो पिछले वर्ष की तुलना में 150 रुपये अधिक है। किसानों को भुगतान 48 घंटे के भीतर सीधे उनके बैंक खातों में किया जाएगा।",
      "किसानों को अपनी उपज बेचने के लिए विभाग के पोर्टल पर पंजीकरण कराना होगा। अब तक दो लाख से अधिक किसान पंजीकरण करा चुके हैं। विभाग ने छोटे किसानों की सुविधा के लिए मोबाइल क्रय केंद्र चलाने की भी योजना बनाई है।",
      "अधिकारियों ने बताया कि क्रय केंद्रों पर बोरों, तौल मशीनों और भंडारण की पर्याप्त व्यवस्था की जा रही है, ताकि किसानों को लंबा इंतजार न करना पड़े। शिकायतों के लिए एक टोल फ्री हेल्पलाइन भी शुरू की जाएगी।"]
h3 = ["जयपुर। राजस्थान में इस बार मार्च के पहले सप्ताह में ही पारा 35 डिग्री के पार पहुंच गया है। मंगलवार को बाड़मेर में अधिकतम तापमान 36.4 डिग्री सेल्सियस दर्ज किया गया, जो सामान्य से पांच डिग्री अधिक है।",
      "मौसम केंद्र जयपुर के अनुसार पश्चिमी विक्षोभ के कमजोर पड़ने से आने वाले दिनों में तापमान में और बढ़ोतरी हो सकती है। जोधपुर, बीकानेर और जैसलमेर में भी दिन का तापमान 34 डिग्री से ऊपर रहा।",
      "गर्मी के जल्दी आने से किसानों की चिंता बढ़ गई है। कृषि विशेषज्ञों का कहना है कि इस समय गेहूं में दाना भरने की प्रक्रिया चल रही है और अधिक तापमान से दाना कमजोर रह सकता है, जिससे पैदावार पर असर पड़ेगा।",
      "कृषि विभाग ने किसानों को हल्की सिंचाई करते रहने की सलाह दी है। वहीं स्वास्थ्य विभाग ने अस्पतालों को लू से बचाव के लिए तैयार रहने के निर्देश दिए हैं।"]
H.art("/india-news/delhi-air-quality-improves-after-rain-aqi-below-150-2025-03-03/",
      h_art("/india-news/delhi-air-quality-improves-after-rain-aqi-below-150-2025-03-03/", "बारिश के बाद दिल्ली की हवा सुधरी, एक्यूआई 150 से नीचे पहुंचा",
            'लेखक: <a href="/author/rahul-verma/">राहुल वर्मा</a>', "3 मार्च 2025 18:24 (IST)", "3 मार्च 2025 20:10 (IST)",
            "2025-03-03T18:24:00+05:30", P("राहुल वर्मा"), h1, [("delhi-ncr", "दिल्ली-एनसीआर"), ("pradushan", "प्रदूषण")],
            "विशेषज्ञों का कहना है कि यह राहत अस्थायी हो सकती है।"),
      "बारिश के बाद दिल्ली की हवा सुधरी, एक्यूआई 150 से नीचे पहुंचा", "2025-03-03", ["राहुल वर्मा"], "2025-03-03T12:54",
      must=[h1[2][:40]], must_not=["आज का राशिफल 5 मार्च 2025"])
H.art("/uttar-pradesh/lucknow/up-gehun-kharid-6500-kray-kendra-2025-03-04/",
      h_art("/uttar-pradesh/lucknow/up-gehun-kharid-6500-kray-kendra-2025-03-04/", "यूपी में 17 मार्च से शुरू होगी गेहूं खरीद, खुलेंगे 6,500 क्रय केंद्र",
            "एजेंसी, लखनऊ", "4 मार्च 2025 09:30 (IST)", "4 मार्च 2025 09:30 (IST)", "2025-03-04T09:30:00+05:30", O("दैनिक प्रहरी"), h2,
            [("uttar-pradesh", "उत्तर प्रदेश"), ("kisan", "किसान")], "किसानों को भुगतान 48 घंटे के भीतर किया जाएगा।"),
      "यूपी में 17 मार्च से शुरू होगी गेहूं खरीद, खुलेंगे 6,500 क्रय केंद्र", "2025-03-04", [], "2025-03-04T04:00")
H.art("/rajasthan/jaipur/rajasthan-mein-march-mein-hi-para-35-ke-paar-2025-03-05/",
      h_art("/rajasthan/jaipur/rajasthan-mein-march-mein-hi-para-35-ke-paar-2025-03-05/", "राजस्थान में मार्च के पहले हफ्ते में ही पारा 35 के पार, गेहूं की फसल पर खतरा",
            '<a href="/author/sunita-sharma/">सुनीता शर्मा</a> और <a href="/author/amit-singh/">अमित सिंह</a>, जयपुर', "5 मार्च 2025 07:15 (IST)", "5 मार्च 2025 07:15 (IST)",
            "2025-03-05T07:15:00", [P("सुनीता शर्मा"), P("अमित सिंह")], h3, [("rajasthan", "राजस्थान"), ("mausam", "मौसम")],
            "कृषि विभाग ने किसानों को हल्की सिंचाई करते रहने की सलाह दी है।"),
      "राजस्थान में मार्च के पहले हफ्ते में ही पारा 35 के पार, गेहूं की फसल पर खतरा", "2025-03-05", ["सुनीता शर्मा", "अमित सिंह"], "2025-03-05T01:45")
H.non("/india-news/", h_shell("India News in Hindi: देश की ताजा खबरें - Dainik Prahari", '<h1>देश</h1>' + listing(H.links[:1]), og("देश", "website")), "देश")
H.non("/city/lucknow/", h_shell("Lucknow News in Hindi: लखनऊ की ताजा खबरें - Dainik Prahari", '<h1>लखनऊ</h1>' + listing(H.links[1:2]) + '<div class="weather">लखनऊ 31°C</div>', og("लखनऊ", "website")), "लखनऊ")
H.non("/tags/delhi-ncr/", h_shell("दिल्ली-एनसीआर News: दिल्ली-एनसीआर की खबरें - Dainik Prahari", '<h1>दिल्ली-एनसीआर</h1>' + listing(H.links[:1]), og("दिल्ली-एनसीआर", "website")), "दिल्ली-एनसीआर")
H.non("/author/rahul-verma/", h_shell("राहुल वर्मा - Dainik Prahari", '<h1>राहुल वर्मा</h1><p>राहुल वर्मा दैनिक प्रहरी में वरिष्ठ संवाददाता हैं और पर्यावरण व शहरी मामलों पर लिखते हैं।</p>' + listing(H.links[:1]), og("राहुल वर्मा", "profile")), "राहुल वर्मा")
H.non("/rashifal/aaj-ka-rashifal-5-march-2025/", h_shell("Aaj Ka Rashifal 5 March 2025: आज का राशिफल - Dainik Prahari",
                                                         '<h1>आज का राशिफल 5 मार्च 2025</h1><p class="date">प्रकाशित: 5 मार्च 2025 05:00 (IST)</p>' + "".join('<h3>%s</h3><p>%s</p>' % (r, t) for r, t in [
                                                             ("मेष", "आज का दिन शुभ रहेगा। कार्यक्षेत्र में सफलता मिलेगी।"), ("वृषभ", "धन लाभ के योग हैं। परिवार के साथ समय बिताएं।"),
                                                             ("मिथुन", "यात्रा से लाभ होगा।"), ("कर्क", "स्वास्थ्य का ध्यान रखें।")]), og("आज का राशिफल 5 मार्च 2025")), "राशिफल")
H.non("/photo-gallery/holi-ki-rangat-tasveeren/", h_shell("होली की रंगत: देखें तस्वीरें - Dainik Prahari",
                                                          '<h1>होली की रंगत: देखें तस्वीरें</h1>' + "".join('<figure><img src="/g/h%d.jpg"><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["मथुरा में लठमार होली", "वाराणसी के घाटों पर रंग", "जयपुर में गुलाल"])),
                                                          og("होली की रंगत: देखें तस्वीरें")), "फोटो")
H.non("/about-us/", h_shell("हमारे बारे में - Dainik Prahari", '<h1>हमारे बारे में</h1><p>दैनिक प्रहरी उत्तर भारत का प्रमुख हिंदी दैनिक है।</p>', og("हमारे बारे में", "website")), "हमारे बारे में")
H.home("Hindi News, हिंदी न्यूज़, Latest News in Hindi, Breaking News - Dainik Prahari", og("दैनिक प्रहरी", "website"))
H.sitemap()

# =====================================================================
# 4. Ceylon Mirror (Sri Lankan English, no metadata)
# =====================================================================
L = Site(4, "Ceylon Mirror", "en")


def l_shell(title, body, head=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<div class="container"><div class="row header"><a href="/"><img src="/images/logo.png" alt="Ceylon Mirror"></a>'
            '<ul class="nav"><li><a href="/">Home</a></li><li><a href="/breaking_news/">Breaking News</a></li><li><a href="/epaper/">E-Paper</a></li>'
            '<li><a href="/videos/">Videos</a></li><li><a href="/about_us/">About Us</a></li></ul></div>%s'
            '<div class="footer">Copyright &copy; 2025 Wijeya Press (Pvt) Ltd. <a href="/contact_us/">Contact Us</a></div></div></body></html>') % (E(title), head, body)


L.shell = l_shell


def l_art(headline, dvis, comments, views, ps):
    body = ('<div class="row"><div class="col-md-8 inner-content"><h1>%s</h1>'
            '<p><span class="gtreTxt">%s</span> - <span class="gtreTxt">%d</span> - <span class="gtreTxt">%d</span></p>'
            '<div class="share"><a href="#">facebook</a> <a href="#">twitter</a></div>'
            '<div class="a-content">%s</div>'
            '<div class="comments"><h4>Comments - %d</h4><p class="cmt">Good decision but too late. <em>- Sunil</em></p></div></div>'
            '<div class="col-md-4 sidebar"><h4>Most Viewed</h4><ul><li><a href="/breaking_news/">Rupee appreciates against US dollar</a></li></ul></div></div>') % (
        E(headline), E(dvis), comments, views, "".join("<p>%s</p>" % p for p in ps), comments)
    return l_shell("%s - Breaking News | Ceylon Mirror" % headline, body, og(headline) + '<meta property="og:site_name" content="Ceylon Mirror">')


l1 = ["<b>By Kelum Bandara</b>",
      "Colombo, March 3 (Ceylon Mirror) - The Cabinet of Ministers has approved a proposal to restructure the Ceylon Electricity Board into six separate state-owned companies under the new Electricity Act, Cabinet spokesman Minister Nalinda Jayatissa said today.",
      "Addressing the weekly Cabinet media briefing, the minister said the generation, transmission and distribution functions would be separated, and a National Transmission Network Service Provider would be set up as the single buyer of electricity.",
      "He said the restructuring was essential to reduce the losses of the board, which had accumulated debts of more than Rs. 400 billion, and to attract private investment in renewable energy projects.",
      "Trade unions of the board have opposed the move, claiming it would pave the way for privatisation. The minister said no employee would lose his or her job and that the companies would remain fully owned by the State.",
      "The Public Utilities Commission of Sri Lanka will be tasked with monitoring the transition, which is expected to be completed within eighteen months."]
l2 = ["Colombo, March 4 (Ceylon Mirror) - Passenger train services on the Coastal Line were disrupted this morning after a goods train derailed near the Wellawatte railway station, Railway Department officials said.",
      "The derailment occurred around 6.15 a.m., when two wagons of a train carrying fuel from Kolonnawa to Galle came off the tracks. No injuries were reported and there was no fuel leak, officials said.",
      "Several office trains from Panadura and Aluthgama were cancelled and others ran up to an hour late. Commuters were seen crowding buses on the Galle Road, causing heavy traffic in Wellawatte and Bambalapitiya.",
      "Railway Department officials said the wagons would be removed by noon and that services were expected to return to normal by the evening. An inquiry has been launched into the cause of the derailment.",
      "This is the third derailment on the Coastal Line this year."]
l3 = ["<b>By Yohan Perera and Ashwin Hemmathagama</b>",
      "Parliament today passed the Anti-Corruption (Amendment) Bill with amendments, with 142 members voting in favour and 21 against, while several Opposition members were absent during the vote.",
      "Moving the Bill, Justice Minister Harshana Nanayakkara said the amendments would strengthen the Commission to Investigate Allegations of Bribery or Corruption by allowing it to recruit its own investigators and prosecutors.",
      "The Opposition argued that the Government had rushed the Bill without adequate consultation. Chief Opposition Whip Gayantha Karunathilaka said the Commission's independence would be undermined if its members were appointed without a transparent process.",
      "The Speaker will certify the Bill after it is signed, bringing the amendments into force. The Government said the changes were among the commitments made to the International Monetary Fund under the Extended Fund Facility.",
      "Civil society groups welcomed the vote but urged the Government to also pass the long-delayed Proceeds of Crime Bill."]
L.art("/breaking_news/Cabinet-nod-to-split-CEB-into-six-companies/108-301234",
      l_art("Cabinet nod to split CEB into six companies", "3 March 2025 06:24 pm", 12, 2451, l1),
      "Cabinet nod to split CEB into six companies", "2025-03-03", ["Kelum Bandara"], must=[l1[2][:60]], must_not=["Good decision but too late."])
L.art("/breaking_news/Goods-train-derails-near-Wellawatte-Coastal-Line-disrupted/108-301310",
      l_art("Goods train derails near Wellawatte; Coastal Line disrupted", "4 March 2025 09:02 am", 3, 1710, l2),
      "Goods train derails near Wellawatte; Coastal Line disrupted", "2025-03-04", [])
L.art("/breaking_news/Anti-Corruption-Amendment-Bill-passed-with-amendments/108-301402",
      l_art("Anti-Corruption Amendment Bill passed with amendments", "5 March 2025 10:05 am", 27, 3302, l3),
      "Anti-Corruption Amendment Bill passed with amendments", "2025-03-05", ["Yohan Perera", "Ashwin Hemmathagama"])
L.non("/breaking_news/", l_shell("Breaking News | Ceylon Mirror", '<h1>Breaking News</h1>' + "".join('<div class="lineg"><a href="%s">%s</a></div>' % (p, E(t)) for p, t in L.links)), "Breaking News")
L.non("/epaper/", l_shell("E-Paper | Ceylon Mirror", '<h1>Daily Mirror E-Paper</h1><p>Read today\'s newspaper as it appears in print. Subscription required.</p><img src="/epaper/front.jpg">'), "E-Paper")
L.non("/videos/Kelani-bridge-traffic-plan/225-301250", l_shell("Kelani bridge traffic plan - Videos | Ceylon Mirror",
                                                            '<h1>Kelani bridge traffic plan</h1><p><span class="gtreTxt">3 March 2025 08:10 pm</span></p><iframe src="https://www.youtube.com/embed/xyz"></iframe>',
                                                            og("Kelani bridge traffic plan", "video.other")), "Videos")
L.non("/videos/", l_shell("Videos | Ceylon Mirror", '<h1>Videos</h1><ul><li><a href="/videos/Kelani-bridge-traffic-plan/225-301250">Kelani bridge traffic plan</a></li></ul>'), "Videos index")
L.non("/about_us/", l_shell("About Us | Ceylon Mirror", '<h1>About Us</h1><p>Ceylon Mirror is an English daily published by Wijeya Press from Colombo since 1999.</p>'), "About Us")
L.non("/contact_us/", l_shell("Contact Us | Ceylon Mirror", '<h1>Contact Us</h1><p>No. 8, Hunupitiya Cross Road, Colombo 02. Tel: +94 11 247 9479</p>'), "Contact Us")
L.home("Ceylon Mirror - Breaking News, Sri Lanka News, Politics, Business", '<meta name="description" content="Sri Lanka news">')

# =====================================================================
# 5. सगरमाथा खबर (Nepali, WordPress, Bikram Sambat)
# =====================================================================
N = Site(5, "सगरमाथा खबर", "ne")
DEV = str.maketrans("0123456789", "०१२३४५६७८९")


def n_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="ne-NP"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="wp-theme-ok">'
            '<header class="ok-header"><div class="ok-date-today">२०८१ फागुन २२ गते, बिहीबार | March 6, 2025</div><a class="ok-logo" href="/">सगरमाथा खबर</a>'
            '<nav><a href="/">गृहपृष्ठ</a> <a href="/category/news/">समाचार</a> <a href="/rashifal/">राशिफल</a> <a href="/video/">भिडियो</a></nav></header>'
            '<main>%s</main><footer class="ok-footer"><a href="/about/">हाम्रो बारेमा</a> | सूचना विभाग दर्ता नं. १२३४/०७५-७६ | &copy; २०८१ सगरमाथा खबर</footer></body></html>') % (E(title), head, body)


N.shell = n_shell


def n_art(path, headline, author_html, bs, ad, yoast_pub, yoast_user, ps, tags):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": N.url(path) + "#article", "headline": headline, "datePublished": yoast_pub, "dateModified": yoast_pub,
         "author": {"name": yoast_user, "@id": N.url("/#/schema/person/1")}, "isPartOf": {"@id": N.url(path)}},
        {"@type": "WebPage", "@id": N.url(path), "name": headline + " - सगरमाथा खबर", "datePublished": yoast_pub},
        {"@type": "Person", "@id": N.url("/#/schema/person/1"), "name": yoast_user}]}
    head = (og(headline) + '<meta property="article:published_time" content="%s"><meta name="author" content="%s">' % (yoast_pub, E(yoast_user)) + jl(graph))
    body = ('<div class="ok-single"><h1 class="entry-title">%s</h1><div class="ok-title-info"><div class="ok-news-author">%s</div>'
            '<div class="ok-news-post-hour"><span class="bs-date">%s</span> <span class="ad-date">%s</span></div></div>'
            '<div class="ok18-single-post-content-wrap">%s</div><div class="ok-tags">%s</div>'
            '<div class="ok-related"><h3>सम्बन्धित खबर</h3><ul><li><a href="/rashifal/">आजको राशिफल</a></li></ul></div></div>') % (
        E(headline), author_html, E(bs), E(ad), paras(ps), "".join('<a href="/tag/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return n_shell("%s - सगरमाथा खबर" % headline, body, head)


n1 = ["काठमाडौं । काठमाडौं महानगरपालिकाले बागमती करिडोरमा फोहोर फाल्ने व्यक्ति र संस्थालाई पाँच हजार रुपैयाँसम्म जरिवाना गर्ने निर्णय गरेको छ । सोमबार बसेको नगर कार्यपालिकाको बैठकले सो निर्णय गरेको हो ।",
      "महानगरका प्रवक्ताका अनुसार नदी किनारमा रातको समयमा ट्रक र ट्याक्टरबाट निर्माण सामग्री तथा घरायसी फोहोर फाल्ने क्रम बढेपछि कडाइ गर्नुपरेको हो । नदी किनारमा सीसीटीभी क्यामेरा जडान गरी निगरानी बढाइने पनि उनले बताए ।",
      "बागमती सफाइ अभियानका स्वयंसेवकहरूले यो निर्णयको स्वागत गरेका छन् । उनीहरूका अनुसार हरेक शनिबार सफा गरिएको ठाउँमा आइतबारसम्म फेरि फोहोर थुप्रिने गरेको छ ।",
      "महानगरले वडा कार्यालयहरूलाई फोहोर फाल्नेको पहिचान गरी कारबाहीका लागि सिफारिस गर्न निर्देशन दिएको छ । दोहोर्‍याएर फोहोर फाल्नेलाई दोब्बर जरिवाना गरिने महानगरले जनाएको छ ।",
      "स्थानीयवासीका अनुसार नदी किनारमा फोहोर थुप्रिँदा दुर्गन्ध फैलिने र लामखुट्टे बढ्ने समस्या वर्षौंदेखि छ । थापाथली, तेकु र शंखमूल क्षेत्रका बासिन्दाले यसअघि पनि महानगरमा पटक पटक उजुरी दिएका थिए । महानगरले फोहोर फाल्नेको सूचना दिने नागरिकलाई जरिवाना रकमको आधा पुरस्कार दिने घोषणा पनि गरेको छ । बागमती सभ्यता एकीकृत विकास समितिले समेत यो अभियानमा सहकार्य गर्ने जनाएको छ ।"]
n2 = ["काठमाडौं । नेपाल राष्ट्र बैंकले चालु आर्थिक वर्षको मौद्रिक नीतिको अर्धवार्षिक समीक्षा सार्वजनिक गर्दै नीतिगत ब्याजदर ५ प्रतिशतमा यथावत् राखेको छ । बैंकले मंगलबार राति समीक्षा सार्वजनिक गरेको हो ।",
      "समीक्षाअनुसार पछिल्लो छ महिनामा मुद्रास्फीति ४.२ प्रतिशतमा सीमित भएको छ भने विदेशी विनिमय सञ्चिति १८ महिनाको वस्तु तथा सेवा आयात धान्न पर्याप्त छ । रेमिट्यान्स आप्रवाह १२ प्रतिशतले बढेको छ ।",
      "तर कर्जा प्रवाह अपेक्षाअनुसार बढ्न नसकेको बैंकले जनाएको छ । निजी क्षेत्रतर्फको कर्जा वृद्धि ६ प्रतिशत मात्र रहेको छ, जुन लक्ष्यभन्दा निकै कम हो ।",
      "उद्योगी व्यवसायीहरूले ब्याजदर घटाउनुपर्ने माग गर्दै आएका थिए । राष्ट्र बैंकले भने बैंकहरूसँग पर्याप्त तरलता रहेकाले कर्जाको माग बढाउन सरकारी खर्च बढ्नुपर्ने बताएको छ ।",
      "अर्थविद्हरूका अनुसार पूँजीगत खर्च अपेक्षाअनुसार हुन नसक्दा अर्थतन्त्रमा माग कमजोर बनेको छ । चालु आर्थिक वर्षको पहिलो छ महिनामा सरकारले विनियोजित पूँजीगत बजेटको २० प्रतिशत मात्र खर्च गरेको छ । राष्ट्र बैंकले घरजग्गा तथा सेयर धितो कर्जासम्बन्धी केही व्यवस्था खुकुलो बनाएको छ भने साना तथा मझौला उद्यमलाई दिइने कर्जाको सीमा बढाएको छ । बैंकका गभर्नरले आगामी दिनमा आर्थिक गतिविधि बढ्ने अपेक्षा गरेका छन् ।"]
n3 = ["पोखरा । फेवा तालमा डुंगा चलाउने व्यवसायीहरूले लाइफ ज्याकेट अनिवार्य गर्ने नियम कडाइका साथ लागू गर्न थालेका छन् । गत साता भएको डुंगा दुर्घटनापछि पोखरा महानगरपालिका र डुंगा व्यवसायी समितिले संयुक्त अनुगमन सुरु गरेका हुन् ।",
      "समितिका अध्यक्षका अनुसार अब लाइफ ज्याकेट नलगाई कुनै पनि पर्यटकलाई डुंगामा चढ्न दिइने छैन । नियम उल्लंघन गर्ने डुंगा चालकको अनुमतिपत्र एक महिनाका लागि निलम्बन गरिनेछ ।",
      "फेवा तालमा करिब नौ सय डुंगा सञ्चालनमा छन् । बिदाको दिनमा दैनिक दस हजारभन्दा बढी पर्यटक डुंगा सयर गर्ने गरेका छन् । पर्यटन व्यवसायीहरूले यो निर्णयले पर्यटकको सुरक्षा र पोखराको छवि दुवै सुधार्ने बताएका छन् ।",
      "महानगरले तालको किनारमा थप उद्धारकर्मी तैनाथ गर्ने र आपतकालीन डुंगा राख्ने तयारी गरेको छ ।",
      "गत साता तालको बीच भागमा डुंगा पल्टिँदा दुई पर्यटक डुबेका थिए । स्थानीय गोताखोर र सशस्त्र प्रहरीले उनीहरूलाई उद्धार गरेका थिए । दुर्घटनाको समयमा डुंगामा क्षमताभन्दा बढी यात्रु चढाइएको र कसैले पनि लाइफ ज्याकेट नलगाएको प्रहरीले जनाएको थियो । पर्यटन बोर्डले पनि पोखरा आउने पर्यटकका लागि सुरक्षा सचेतना सामग्री वितरण गर्ने बताएको छ ।"]
N.art("/2025/03/1623456/",
      n_art("/2025/03/1623456/", "बागमतीमा फोहोर फाल्नेलाई पाँच हजारसम्म जरिवाना",
            '<a href="/author/ramesh-adhikari/">रमेश अधिकारी</a>', "२०८१ फागुन १९ गते १८:२४", "March 3, 2025",
            "2025-03-03T12:39:00+00:00", "रमेश अधिकारी", n1, [("kathmandu", "काठमाडौं"), ("bagmati", "बागमती")]),
      "बागमतीमा फोहोर फाल्नेलाई पाँच हजारसम्म जरिवाना", "2025-03-03", ["रमेश अधिकारी"], "2025-03-03T12:39",
      must_not=["आजको राशिफल"])
N.art("/2025/03/1624890/",
      n_art("/2025/03/1624890/", "राष्ट्र बैंकले नीतिगत ब्याजदर यथावत् राख्यो",
            '<a href="/author/sagarmatha-khabar/">सगरमाथा खबर</a>', "२०८१ फागुन २१ गते ०१:१०", "March 5, 2025",
            "2025-03-04T19:25:00+00:00", "सगरमाथा खबर", n2, [("nepal-rastra-bank", "नेपाल राष्ट्र बैंक"), ("arthatantra", "अर्थतन्त्र")]),
      "राष्ट्र बैंकले नीतिगत ब्याजदर यथावत् राख्यो", "2025-03-05", [], "2025-03-04T19:25")
N.art("/2025/02/1619012/",
      n_art("/2025/02/1619012/", "फेवा तालमा लाइफ ज्याकेटबिना डुंगा चढ्न नपाइने",
            '<a href="/author/krishna-gyawali/">कृष्ण ज्ञवाली</a>, पोखरा', "२०८१ फागुन १५ गते ०९:४५", "February 27, 2025",
            "2025-02-27T04:00:00+00:00", "admin", n3, [("pokhara", "पोखरा"), ("paryatan", "पर्यटन")]),
      "फेवा तालमा लाइफ ज्याकेटबिना डुंगा चढ्न नपाइने", "2025-02-27", ["कृष्ण ज्ञवाली"], "2025-02-27T04:00")
N.non("/category/news/", n_shell("समाचार Archives - सगरमाथा खबर", '<h1 class="archive-title">समाचार</h1>' + listing(N.links), og("समाचार", "website")), "समाचार")
N.non("/tag/kathmandu/", n_shell("काठमाडौं Archives - सगरमाथा खबर", '<h1 class="archive-title">काठमाडौं</h1>' + listing(N.links[:1]), og("काठमाडौं", "website")), "काठमाडौं")
N.non("/author/ramesh-adhikari/", n_shell("रमेश अधिकारी, Author at सगरमाथा खबर", '<h1 class="archive-title">रमेश अधिकारी</h1><p>रमेश अधिकारी सगरमाथा खबरका संवाददाता हुन् ।</p>' + listing(N.links[:1]), og("रमेश अधिकारी", "profile")), "रमेश अधिकारी")
N.non("/rashifal/", n_shell("आजको राशिफल - सगरमाथा खबर", '<h1>आजको राशिफल</h1><p class="date">२०८१ फागुन २२ गते बिहीबार</p>' + "".join('<h3>%s</h3><p>%s</p>' % (r, t) for r, t in [
    ("मेष", "आज आर्थिक लाभ हुनेछ । यात्राको योग छ ।"), ("वृष", "परिवारमा खुसीयाली छाउनेछ ।"), ("मिथुन", "कामको चाप बढ्नेछ ।")]),
    og("आजको राशिफल")), "राशिफल")
N.non("/video/", n_shell("भिडियो - सगरमाथा खबर", '<h1>भिडियो</h1><div class="video"><iframe src="https://www.youtube.com/embed/abc"></iframe><p>बागमती सफाइ अभियान</p></div>', og("भिडियो", "website")), "भिडियो")
N.non("/about/", n_shell("हाम्रो बारेमा - सगरमाथा खबर", '<h1>हाम्रो बारेमा</h1><p>सगरमाथा खबर नेपालको अनलाइन समाचार पोर्टल हो । प्रधान सम्पादक: हरि शर्मा</p>', og("हाम्रो बारेमा", "website")), "हाम्रो बारेमा")
N.home("सगरमाथा खबर - Nepal's News Portal", og("सगरमाथा खबर", "website"))
N.rss("/feed/")

# =====================================================================
# 6. The Dhaka Sentinel (Bangladeshi English, Daily Star-like Drupal)
# =====================================================================
B = Site(6, "The Dhaka Sentinel", "en")


def b_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="path-node page-node-type-news">'
            '<header><a href="/" class="logo">The Dhaka Sentinel</a><div class="date-today">Thursday, March 6, 2025</div>'
            '<nav><a href="/news/">News</a> <a href="/business/">Business</a> <a href="/sports/cricket/live-score/ban-vs-nz/">Live Score</a> <a href="/e-paper/">E-paper</a></nav></header>'
            '<div class="layout-content">%s</div><footer><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> &copy; 2025 thedhakasentinel.net</footer></body></html>') % (E(title), head, body)


B.shell = b_shell


def b_art(path, headline, intro, byline_html, pub_vis, upd_vis, ld_pub, ld_mod, ld_author, ps, tags, section):
    head = og(headline) + '<meta property="article:published_time" content="%s">' % ld_pub + news_ld(B, path, headline, ld_pub, ld_mod, ld_author, section)
    body = ('<article class="article-section"><div class="breadcrumb"><a href="/%s/">%s</a></div><h1 class="fw-700 e-mb-16 article-title">%s</h1>'
            '<h2 class="intro">%s</h2><div class="byline-wrapper"><div class="byline">%s</div>'
            '<div class="date text-14">%s</div><div class="date text-14 lg-gap-left">Last update on: %s</div></div>'
            '<div class="section-media"><img src="/files/styles/big_202/public/images/2025/03/lead.jpg"><span class="caption">Photo: Collected</span></div>'
            '<div class="pb-20 clearfix">%s</div><div class="tags">%s</div>'
            '<div class="related"><h3>Related topic</h3><a href="/business/">Gold price hits new record</a></div></article>') % (
        section, section.title(), E(headline), E(intro), byline_html, E(pub_vis), E(upd_vis), paras(ps),
        "".join('<a href="/tags/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return b_shell("%s | The Dhaka Sentinel" % headline, body, head)


b1 = ["Dhaka's metro rail will run until 11:00pm from next week, Dhaka Mass Transit Company Limited (DMTCL) announced yesterday, extending operating hours by an hour to ease the evening rush.",
      "Trains will leave Uttara North and Motijheel at 10-minute intervals between 9:00pm and 11:00pm, DMTCL Managing Director Faruque Ahmed said at a press conference at the company's office in Dhaka.",
      "The decision follows months of complaints from commuters who said the last trains were overcrowded and that they had to rely on buses and ride-sharing services late in the evening, which cost them more.",
      "Around 3.5 lakh passengers now use the MRT Line-6 every day, up from 2.7 lakh in the middle of last year. DMTCL said it had added two new trains to the fleet to cope with the extended hours.",
      "Passengers welcomed the move but called for Friday services to start earlier. Currently, trains begin at 3:00pm on Fridays."]
b2 = ["Exports of readymade garments rose 11.2 percent year-on-year to $3.97 billion in February, as buyers shifted orders to Bangladesh amid uncertainty over tariffs in other sourcing countries, according to data from the Export Promotion Bureau released yesterday.",
      "Knitwear exports grew faster than woven garments, rising 13.5 percent to $2.2 billion. Shipments to the European Union, the largest market, rose 9 percent, while those to the United States climbed 16 percent.",
      "Mohammad Hatem, president of the Bangladesh Knitwear Manufacturers and Exporters Association, said factories had received more orders for the summer season, but warned that the gas crisis could hamper production.",
      "Overall export earnings in the first eight months of the fiscal year stood at $32.9 billion, up 10.6 percent from the same period a year earlier, the data showed.",
      "Exporters, however, said unit prices remained under pressure, as international retailers continued to demand discounts despite a rise in production costs following last year's wage hike for garment workers. Faruque Hassan, a former BGMEA president, said factories needed uninterrupted gas and electricity supply and faster customs clearance to keep up with the increased orders."]
b3 = ["Bangladesh and India have agreed to hold the next round of talks on renewing the Ganges Water Sharing Treaty, which expires in December 2026, in Dhaka in April, the foreign ministry said yesterday.",
      "The decision was taken at a meeting of the Joint Rivers Commission technical committee in Kolkata, where the two sides also discussed flood forecasting data sharing for the Teesta and other common rivers.",
      "Water resources experts said Bangladesh should seek a guaranteed minimum flow during the dry season in the new treaty, as the current one has no such clause and the flow at Farakka often falls below the agreed level in March and April.",
      "A foreign ministry official said the government wanted a long-term agreement that takes into account the effects of climate change on the river's flow. A joint study of the Padma barrage project is also on the agenda."]
B.art("/news/bangladesh/transport/news/metro-rail-run-till-11pm-next-week-3834567/",
      b_art("/news/bangladesh/transport/news/metro-rail-run-till-11pm-next-week-3834567/", "Metro rail to run till 11pm from next week",
            "DMTCL says trains will leave every 10 minutes during the extended hours", '<a href="/author/tanzil-rahman/">Tanzil Rahman</a>',
            "Tue Mar 4, 2025 06:24 PM", "Tue Mar 4, 2025 08:10 PM", "2025-03-04T18:24:00+06:00", "2025-03-04T20:10:00+06:00", [P("Tanzil Rahman")], b1,
            [("dhaka-metro-rail", "Dhaka Metro Rail"), ("dmtcl", "DMTCL")], "news"),
      "Metro rail to run till 11pm from next week", "2025-03-04", ["Tanzil Rahman"], "2025-03-04T12:24",
      must_not=["Gold price hits new record"])
B.art("/business/economy/news/rmg-exports-rise-11pc-february-3835102/",
      b_art("/business/economy/news/rmg-exports-rise-11pc-february-3835102/", "RMG exports rise 11pc in February",
            "Buyers shift orders amid tariff uncertainty elsewhere", "Star Business Report",
            "Wed Mar 5, 2025 12:00 AM", "Wed Mar 5, 2025 12:00 AM", "2025-03-05T00:00:00+06:00", "2025-03-05T00:00:00+06:00", [O("Star Business Report")], b2,
            [("rmg-exports", "RMG exports")], "business"),
      "RMG exports rise 11pc in February", "2025-03-05", [], "2025-03-04T18:00")
B.art("/news/bangladesh/diplomacy/news/dhaka-delhi-hold-ganges-treaty-talks-april-3835990/",
      b_art("/news/bangladesh/diplomacy/news/dhaka-delhi-hold-ganges-treaty-talks-april-3835990/", "Dhaka, Delhi to hold Ganges treaty talks in April",
            "Experts urge guaranteed dry-season flow clause", '<a href="/author/naimul-karim/">Naimul Karim</a> and <a href="/author/zyma-islam/">Zyma Islam</a>',
            "Thu Mar 6, 2025 02:15 PM", "Thu Mar 6, 2025 02:15 PM", "2025-03-06T14:15:00+06:00", "2025-03-06T14:15:00+06:00", [P("Naimul Karim"), P("Zyma Islam")], b3,
            [("ganges-water-treaty", "Ganges Water Treaty")], "news"),
      "Dhaka, Delhi to hold Ganges treaty talks in April", "2025-03-06", ["Naimul Karim", "Zyma Islam"], "2025-03-06T08:15")
B.non("/news/", b_shell("News | The Dhaka Sentinel", '<h1>News</h1>' + listing([B.links[0], B.links[2]]), og("News", "website")), "News")
B.non("/business/", b_shell("Business | The Dhaka Sentinel", '<h1>Business</h1>' + listing([B.links[1]]), og("Business", "website")), "Business")
B.non("/tags/dhaka-metro-rail/", b_shell("Dhaka Metro Rail | The Dhaka Sentinel", '<h1>Dhaka Metro Rail</h1>' + listing([B.links[0]]), og("Dhaka Metro Rail", "website")), "Dhaka Metro Rail")
B.non("/author/tanzil-rahman/", b_shell("Tanzil Rahman | The Dhaka Sentinel", '<h1>Tanzil Rahman</h1><p>Staff Reporter, The Dhaka Sentinel</p>' + listing([B.links[0]]), og("Tanzil Rahman", "profile")), "Tanzil Rahman")
B.non("/sports/cricket/live-score/ban-vs-nz/", b_shell("Bangladesh vs New Zealand Live Score | The Dhaka Sentinel",
                                                      '<h1>Bangladesh vs New Zealand, Champions Trophy, Rawalpindi</h1><div class="live-score"><p>BAN 236/9 (50)</p><p>NZ 240/5 (46.1)</p><p>New Zealand won by 5 wickets</p>'
                                                      '<ul><li>46.1 Bracewell to Latham, FOUR</li><li>45.6 single</li></ul></div>', og("Bangladesh vs New Zealand Live Score", "website")), "Live Score")
B.non("/e-paper/", b_shell("E-paper | The Dhaka Sentinel", '<h1>E-paper</h1><p>Today\'s print edition, Thursday, March 6, 2025.</p><img src="/e-paper/front.jpg">', og("E-paper", "website")), "E-paper")
B.non("/about-us/", b_shell("About Us | The Dhaka Sentinel", '<h1>About Us</h1><p>The Dhaka Sentinel is Bangladesh\'s English daily, founded in 1991.</p>', og("About Us", "website")), "About Us")
B.home("The Dhaka Sentinel | Latest news, breaking news from Bangladesh", og("The Dhaka Sentinel", "website"))
B.sitemap()

# =====================================================================
# 7. The Philippine Courier (Inquirer-like, English and Tagalog)
# =====================================================================
Q = Site(7, "The Philippine Courier", "en-PH")


def q_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>%s</head><body>'
            '<div id="top_nav"><a href="/" id="logo">The Philippine Courier</a><ul><li><a href="/section/nation/">Nation</a></li><li><a href="/bandera/">Bandera</a></li>'
            '<li><a href="/photo/2034001/in-photos-ash-wednesday-at-quiapo/">Photos</a></li><li><a href="/video/2034060/watch-edsa-busway-rush-hour/">Videos</a></li></ul></div>'
            '<div id="inq_section">%s</div><div id="footer"><a href="/about/">About Us</a> | <a href="/privacy/">Privacy</a> &copy; 2025 Courier Interactive, Inc.</div></body></html>') % (E(title), head, body)


Q.shell = q_shell


def q_art(path, headline, author_html, plat, ld_pub, ld_author, ps, tags, sep, lang="en"):
    head = og(headline) + '<meta name="author" content="%s">' % E(", ".join(a["name"] for a in ld_author)) + news_ld(Q, path, headline, ld_pub, ld_pub, ld_author, extra={"inLanguage": lang})
    body = ('<div id="article_level_wrap"><h1 class="entry-title">%s</h1><div id="art_author">%s</div><div id="art_plat">%s</div>'
            '<div id="article_content"><div id="FOR_target_content">%s</div></div>'
            '<div class="newsletter-box"><p>Subscribe to our daily newsletter</p><p>By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>'
            '<div id="article_tags"><span>TAGS:</span>%s</div>'
            '<div class="disclaimer">Disclaimer: Comments do not represent the views of The Philippine Courier.</div></div>') % (
        E(headline), author_html, plat, ps, "".join('<a href="/tag/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return q_shell("%s %s" % (headline, sep), body, head)


q1 = ["MANILA, Philippines — The Metropolitan Manila Development Authority (MMDA) will begin charging private vehicles caught using the EDSA busway a fine of P5,000 starting March 10, its chairperson said on Monday.",
      "MMDA chairperson Romando Artes said the agency would use no-contact apprehension cameras at twelve points along the busway, from Monumento to the Pasay Rotonda, to catch violators.",
      "\"We have seen a big increase in private cars entering the busway during rush hour, slowing down the buses that carry more than 400,000 passengers a day,\" Artes told reporters at the MMDA headquarters in Pasig City.",
      "READ: Commuters wait longer as EDSA bus fleet shrinks",
      "Repeat offenders will face suspension of their driver's licenses for up to one year, the MMDA said. Only buses, ambulances, fire trucks and marked government vehicles on official business are allowed to use the lane.",
      "The Land Transportation Office said it would coordinate with the MMDA in processing penalties against motorists who fail to settle their fines."]
q2 = ["Ni Liza Soriano",
      "NAGBABALA ang Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) na aabot sa 42 digri Celsius ang heat index sa ilang bahagi ng bansa ngayong linggo.",
      "Ayon sa PAGASA, pinakamainit ang mararamdaman sa Dagupan City sa Pangasinan, Tuguegarao City sa Cagayan at sa ilang lugar sa Metro Manila, lalo na sa tanghali hanggang alas-tres ng hapon.",
      "Pinayuhan ng ahensya ang publiko na uminom ng maraming tubig, magsuot ng magagaan na damit at iwasan ang matagal na pananatili sa ilalim ng araw upang makaiwas sa heat stroke.",
      "Nagpaalala rin ang Department of Education sa mga paaralan na maaaring bawasan ang oras ng klase sa labas ng silid-aralan kung kinakailangan. Inaasahang magtatagal ang mainit na panahon hanggang Mayo."]
q3 = ["MANILA, Philippines — The Manila city government will close the Baseco beach to swimmers for at least three months after water samples showed fecal coliform levels far above safe limits, officials said on Tuesday.",
      "City health officer Dr. Arnold Pangan said tests conducted by the Department of Environment and Natural Resources found coliform levels of more than 10,000 most probable number per 100 milliliters, fifty times the standard for swimming.",
      "The beach, a stretch of white sand formed by dolomite dumped during the rehabilitation of Manila Bay, has become a popular weekend spot for residents of Tondo and nearby districts.",
      "Mayor Honey Lacuna said the city would work with the DENR and the Metropolitan Waterworks and Sewerage System to identify households and establishments discharging untreated wastewater into the bay.",
      "Residents said they were disappointed but understood the decision. \"It is the only beach that poor families can reach by jeep,\" said fisherman Rodel Bautista."]
Q.art("/2034567/mmda-p5000-fine-private-cars-edsa-busway/",
      q_art("/2034567/mmda-p5000-fine-private-cars-edsa-busway/", "MMDA to fine private cars on EDSA busway P5,000",
            'By: <a href="/byline/marlon-ramos/">Marlon Ramos</a> - Reporter / <a href="https://x.com/MRamosINQ">@MRamosINQ</a>',
            "Philippine Courier / 06:24 PM March 03, 2025", "2025-03-03T18:24:00+08:00", [P("Marlon Ramos")],
            "".join("<p>%s</p>" % (('<strong>READ:</strong> <a href="/section/nation/">%s</a>' % E(p[6:])) if p.startswith("READ:") else E(p)) for p in q1),
            [("edsa-busway", "EDSA busway"), ("mmda", "MMDA")], "| Courier News"),
      "MMDA to fine private cars on EDSA busway P5,000", "2025-03-03", ["Marlon Ramos"], "2025-03-03T10:24",
      must=[q1[4][:60]], must_not=["Subscribe to our daily newsletter"])
Q.art("/bandera/2034601/heat-index-aabot-42-digri-pagasa/",
      q_art("/bandera/2034601/heat-index-aabot-42-digri-pagasa/", "Heat index aabot sa 42 digri ngayong linggo — PAGASA",
            'Ni <a href="/byline/liza-soriano/">Liza Soriano</a>', "Bandera / 07:15 AM Marso 04, 2025", "2025-03-04T07:15:00+08:00", [P("Liza Soriano")],
            paras(q2[1:]), [("pagasa", "PAGASA"), ("heat-index", "heat index")], "| Bandera", "tl"),
      "Heat index aabot sa 42 digri ngayong linggo — PAGASA", "2025-03-04", ["Liza Soriano"], "2025-03-03T23:15")
Q.art("/2034702/manila-closes-baseco-beach-high-coliform/",
      q_art("/2034702/manila-closes-baseco-beach-high-coliform/", "Manila closes Baseco beach due to high coliform levels",
            'By: <a href="/byline/jeannette-andrade/">Jeannette I. Andrade</a>, <a href="/byline/dempsey-reyes/">Dempsey Reyes</a> - Reporters',
            "Philippine Courier / 05:30 AM March 05, 2025", "2025-03-05T05:30:00+08:00", [P("Jeannette I. Andrade"), P("Dempsey Reyes")],
            paras(q3), [("manila-bay", "Manila Bay"), ("baseco", "Baseco")], "| Courier News"),
      "Manila closes Baseco beach due to high coliform levels", "2025-03-05", ["Jeannette I. Andrade", "Dempsey Reyes"], "2025-03-04T21:30")
Q.non("/section/nation/", q_shell("Nation | Courier News", '<h1>Nation</h1>' + listing([Q.links[0], Q.links[2]]), og("Nation", "website")), "Nation")
Q.non("/bandera/", q_shell("Bandera | Balitang Pinoy", '<h1>Bandera</h1>' + listing([Q.links[1]]), og("Bandera", "website")), "Bandera")
Q.non("/tag/edsa-busway/", q_shell("EDSA busway Archives | Courier News", '<h1>Tag: EDSA busway</h1>' + listing([Q.links[0]]), og("EDSA busway", "website")), "EDSA busway")
Q.non("/byline/marlon-ramos/", q_shell("Marlon Ramos, Author at Courier News", '<h1>Marlon Ramos</h1><p>Marlon Ramos covers the Metro Manila beat.</p>' + listing([Q.links[0]]), og("Marlon Ramos", "profile")), "Marlon Ramos")
Q.non("/photo/2034001/in-photos-ash-wednesday-at-quiapo/", q_shell("IN PHOTOS: Ash Wednesday at Quiapo | Courier News",
                                                                  '<h1>IN PHOTOS: Ash Wednesday at Quiapo</h1><div id="art_plat">Philippine Courier / 10:12 AM March 05, 2025</div>' +
                                                                  "".join('<figure><img src="/img/q%d.jpg"><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate([
                                                                      "Devotees receive ashes at Quiapo Church. PHOTO: RICHARD A. REYES", "A priest marks the forehead of a child.", "Crowds fill Plaza Miranda."])),
                                                                  og("IN PHOTOS: Ash Wednesday at Quiapo") + '<meta property="article:published_time" content="2025-03-05T10:12:00+08:00">'), "Photos")
Q.non("/video/2034060/watch-edsa-busway-rush-hour/", q_shell("WATCH: EDSA busway at rush hour | Courier News",
                                                            '<h1>WATCH: EDSA busway at rush hour</h1><div class="video-embed"><iframe src="https://www.youtube.com/embed/edsa"></iframe></div><p>Video by Lyn Rillon</p>',
                                                            og("WATCH: EDSA busway at rush hour", "video.other")), "Videos")
Q.non("/about/", q_shell("About Us | Courier News", '<h1>About Us</h1><p>The Philippine Courier has been published in Manila since 1985.</p>', og("About Us", "website")), "About Us")
Q.home("Courier News - Latest Philippine News", og("The Philippine Courier", "website"))
Q.rss("/feed/")

# =====================================================================
# 8. The Straits Ledger (Singapore, Straits-like)
# =====================================================================
S = Site(8, "The Straits Ledger", "en-SG")


def s_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="masthead"><a href="/" class="brand">The Straits Ledger</a><nav><a href="/singapore/">Singapore</a> <a href="/world/">World</a> '
            '<a href="/multimedia/photos/">Photos</a> <a href="/multimedia/video/">Video</a></nav></header><main class="main-content">%s</main>'
            '<footer><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> <p>SPH Media Limited. Co. Regn. No. 202120748H. Copyright &copy; 2025.</p></footer></body></html>') % (E(title), head, body)


S.shell = s_shell


def s_art(path, headline, standfirst, authors_html, pub_vis, upd_vis, ld_pub, ld_mod, ld_author, ps, tags, section, source=""):
    head = (og(headline) + '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (ld_pub, ld_mod) +
            news_ld(S, path, headline, ld_pub, ld_mod, ld_author, section))
    body = ('<article class="node-article"><div class="group-header"><a class="section-link" href="/%s/">%s</a><h1 class="headline node-title">%s</h1>'
            '<p class="standfirst">%s</p></div><div class="group-info">%s'
            '<div class="story-postdate">Published %s</div><div class="story-updatedate">Updated %s</div></div>'
            '<div class="field-body">%s%s</div>'
            '<div class="paywall-prompt"><p>Join ST\'s Telegram channel and get the latest breaking news delivered to you.</p></div>'
            '<div class="topics"><h4>Read more on</h4>%s</div></article>') % (
        section, section.title(), E(headline), E(standfirst), authors_html, E(pub_vis), E(upd_vis), paras(ps),
        '<p class="source">Source: %s</p>' % E(source) if source else "", "".join('<a href="/tags/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return s_shell("%s | The Straits Ledger" % headline, body, head)


s1 = ["SINGAPORE - Buyers of new Build-To-Order flats in mature estates will have to wait an average of 3.2 years for their keys from 2026, down from more than four years during the pandemic, as the Housing Board clears its backlog of delayed projects.",
      "National Development Minister Chee Hong Tat told Parliament on March 3 that all 85 projects delayed by Covid-19 have been completed, and that HDB will launch up to 2,000 flats with waiting times of under three years this year.",
      "He said HDB is also piloting prefabricated construction methods that can cut building time by up to six months. The first such blocks in Tengah and Bukit Merah will be ready in 2027.",
      "MPs welcomed the shorter waits but several raised concerns about the prices of flats in new prime locations. Mr Chee said the prime and plus classifications come with subsidy clawbacks to keep the flats affordable while preventing windfall gains."]
s2 = ["TOKYO - Japan's economy grew at a faster-than-expected pace in the final quarter of 2024, revised government data showed on March 3, as business spending on equipment offset weak consumption.",
      "Gross domestic product expanded by an annualised 2.8 per cent in October-December, up from the preliminary estimate of 2.2 per cent. Economists polled by Reuters had expected a revision to 2.5 per cent.",
      "The data strengthens the case for the Bank of Japan to raise interest rates further, analysts said. The central bank raised its short-term policy rate to 0.5 per cent in January, the highest in 17 years.",
      "Private consumption, which accounts for more than half of the economy, rose just 0.1 per cent as households struggled with rising food prices, including a jump in the cost of rice."]
s3 = ["SINGAPORE - Singapore will test driverless shuttle buses on two public bus routes in Punggol from the second half of 2025, with safety officers on board for the initial months, the Land Transport Authority said on March 5.",
      "The autonomous buses will run on services 400 and 384, which link Punggol Interchange with the Punggol Coast MRT station and the digital district. Each vehicle seats 16 passengers.",
      "Acting Transport Minister Jeffrey Siow said the trial is part of a plan to supplement the bus workforce as the number of bus captains falls. About 40 per cent of captains are aged above 50.",
      "Commuters will pay regular fares. The LTA said it will assess safety, reliability and public acceptance before deciding on a wider roll-out."]
S.art("/singapore/housing/bto-waiting-times-to-fall-to-32-years-from-2026",
      s_art("/singapore/housing/bto-waiting-times-to-fall-to-32-years-from-2026", "BTO waiting times to fall to 3.2 years from 2026: Chee Hong Tat",
            "All 85 projects delayed by Covid-19 have been completed.",
            '<div class="author-field"><a href="/authors/tay-hong-yi">Tay Hong Yi</a><div class="author-designation">Senior Correspondent</div></div>',
            "Mar 03, 2025, 04:10 PM", "Mar 03, 2025, 06:24 PM", "2025-03-03T16:10:00+08:00", "2025-03-03T18:24:00+08:00", [P("Tay Hong Yi")], s1,
            [("hdb", "HDB"), ("housing", "Housing")], "singapore"),
      "BTO waiting times to fall to 3.2 years from 2026: Chee Hong Tat", "2025-03-03", ["Tay Hong Yi"], "2025-03-03T08:10",
      must_not=["Join ST's Telegram channel"])
S.art("/world/east-asia/japans-q4-gdp-revised-up-on-business-spending",
      s_art("/world/east-asia/japans-q4-gdp-revised-up-on-business-spending", "Japan's Q4 GDP revised up on stronger business spending",
            "Data strengthens the case for further BOJ rate hikes.", "",
            "Mar 04, 2025, 12:30 AM", "Mar 04, 2025, 12:30 AM", "2025-03-04T00:30:00+08:00", "2025-03-04T00:30:00+08:00", [O("Reuters")], s2,
            [("japan", "Japan")], "world", "Reuters"),
      "Japan's Q4 GDP revised up on stronger business spending", "2025-03-04", [], "2025-03-03T16:30")
S.art("/singapore/transport/driverless-buses-to-be-tested-on-two-punggol-routes",
      s_art("/singapore/transport/driverless-buses-to-be-tested-on-two-punggol-routes", "Driverless buses to be tested on two Punggol routes from second half of 2025",
            "Safety officers will be on board for the initial months.",
            '<div class="author-field"><a href="/authors/ng-wei-kai">Ng Wei Kai</a><div class="author-designation">Transport Correspondent</div></div>'
            '<div class="author-field"><a href="/authors/goh-yan-han">Goh Yan Han</a><div class="author-designation">Senior Correspondent</div></div>',
            "Mar 05, 2025, 05:00 AM", "Mar 05, 2025, 10:42 AM", "2025-03-05T05:00:00+08:00", "2025-03-05T10:42:00+08:00", [P("Ng Wei Kai"), P("Goh Yan Han")], s3,
            [("autonomous-vehicles", "Autonomous vehicles"), ("lta", "LTA")], "singapore"),
      "Driverless buses to be tested on two Punggol routes from second half of 2025", "2025-03-05", ["Ng Wei Kai", "Goh Yan Han"], "2025-03-04T21:00")
S.non("/singapore/", s_shell("Singapore News - Latest Singapore News | The Straits Ledger", '<h1>Singapore</h1>' + listing([S.links[0], S.links[2]]), og("Singapore", "website")), "Singapore")
S.non("/world/", s_shell("World News | The Straits Ledger", '<h1>World</h1>' + listing([S.links[1]]), og("World", "website")), "World")
S.non("/tags/hdb", s_shell("HDB | The Straits Ledger", '<h1>HDB</h1>' + listing([S.links[0]]), og("HDB", "website")), "HDB")
S.non("/authors/tay-hong-yi", s_shell("Tay Hong Yi | The Straits Ledger", '<h1>Tay Hong Yi</h1><p>Tay Hong Yi is a senior correspondent covering housing and urban planning.</p>' + listing([S.links[0]]), og("Tay Hong Yi", "profile")), "Tay Hong Yi")
S.non("/multimedia/photos/in-pictures-chingay-2025", s_shell("In Pictures: Chingay 2025 | The Straits Ledger",
                                                             '<h1>In Pictures: Chingay 2025</h1><p class="date">Published Feb 22, 2025, 11:00 PM</p>' + "".join('<figure><img src="/p/c%d.jpg"><figcaption>%s ST PHOTO: LIM YAOHUI</figcaption></figure>' % (i, c) for i, c in enumerate([
                                                                 "Performers on the F1 Pit Building stretch.", "A dragon float.", "Fireworks over the Marina."])),
                                                             og("In Pictures: Chingay 2025") + '<meta property="article:published_time" content="2025-02-22T23:00:00+08:00">'), "Photos")
S.non("/multimedia/video/punggol-autonomous-shuttle-explained", s_shell("Punggol autonomous shuttle explained | The Straits Ledger",
                                                                        '<h1>Punggol autonomous shuttle explained</h1><div class="brightcove-player"></div><p>Mar 05, 2025</p>', og("Punggol autonomous shuttle explained", "video.other")), "Video")
S.non("/about-us", s_shell("About Us | The Straits Ledger", '<h1>About Us</h1><p>The Straits Ledger is Singapore\'s English-language daily.</p>', og("About Us", "website")), "About Us")
S.home("The Straits Ledger - Breaking news, Singapore news, Asia and world news", og("The Straits Ledger", "website"))
S.sitemap()

# =====================================================================
# 9. Berita Semenanjung (Malaysian Malay, Berita Harian-like)
# =====================================================================
M = Site(9, "Berita Semenanjung", "ms")


def m_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="header"><a href="/" class="logo">Berita Semenanjung</a><nav><a href="/berita/nasional/">Nasional</a> <a href="/berita/kes/">Kes</a> '
            '<a href="/video/">Video</a> <a href="/hiburan/galeri/2025/03/100234/gambar-pesta-tanglung/">Galeri</a></nav></header><div class="container">%s</div>'
            '<footer><a href="/hubungi-kami/">Hubungi Kami</a> | Hak Cipta Terpelihara &copy; 2025 Semenanjung Media Sdn Bhd</footer></body></html>') % (E(title), head, body)


M.shell = m_shell


def m_art(path, headline, by_html, dvis, ld_pub, ld_author, ps, tags, section):
    head = og(headline) + '<meta property="article:published_time" content="%s">' % ld_pub + news_ld(M, path, headline, ld_pub, ld_pub, ld_author, section)
    body = ('<div class="article-page"><div class="article-section"><a href="/berita/%s/">%s</a></div><h1 class="page-title">%s</h1>'
            '<div class="article-meta">%s - <span class="created">%s</span></div>'
            '<div class="dable-content-wrapper field-body">%s</div>'
            '<div class="berita-berkaitan"><h3>Berita Berkaitan</h3><ul><li><a href="/berita/kes/">Lelaki ditahan seludup dadah di Johor</a></li></ul></div>'
            '<div class="tags">%s</div></div>') % (
        section, section.title(), E(headline), by_html, E(dvis), paras(ps), "".join('<a href="/tags/%s/">%s</a> ' % (k, E(v)) for k, v in tags))
    return m_shell("%s | Berita Semenanjung" % headline, body, head)


m1 = ["KUALA TERENGGANU: Jumlah mangsa banjir di Terengganu meningkat kepada 4,512 orang daripada 1,387 keluarga petang ini, berbanding 2,980 orang pagi tadi, selepas hujan lebat berterusan sejak semalam.",
      "Menurut Jawatankuasa Pengurusan Bencana Negeri, mangsa ditempatkan di 52 pusat pemindahan sementara di lima daerah, dengan Kemaman dan Dungun mencatat jumlah tertinggi.",
      "Jabatan Meteorologi Malaysia mengeluarkan amaran hujan berterusan tahap buruk bagi Terengganu, Kelantan dan Pahang sehingga Khamis. Beberapa jalan utama di Kemaman ditutup kepada semua kenderaan.",
      "Pengarah Jabatan Kebajikan Masyarakat negeri berkata bekalan makanan mencukupi untuk tempoh seminggu di semua pusat pemindahan. Orang ramai dinasihatkan supaya sentiasa mengikuti arahan pihak berkuasa dan tidak meredah kawasan banjir.",
      "Sementara itu, Ketua Polis Daerah Kemaman berkata pasukan keselamatan termasuk bomba dan Angkatan Pertahanan Awam telah digerakkan ke kampung-kampung yang terputus hubungan. Bot-bot penyelamat turut ditempatkan di beberapa lokasi strategik bagi memindahkan penduduk warga emas dan kanak-kanak. Penduduk di Kampung Binjai dan Kampung Air Putih berkata paras air naik dengan cepat sejak awal pagi tadi dan mereka terpaksa meninggalkan barang-barang di rumah. Kerajaan negeri akan menyalurkan bantuan awal sebanyak RM1,000 kepada setiap keluarga yang terjejas sebaik sahaja air surut."]
m2 = ["KUALA LUMPUR: Kerajaan akan melaksanakan penyasaran subsidi petrol RON95 mulai pertengahan tahun ini, dengan kira-kira 85 peratus rakyat dijangka terus menikmati harga bersubsidi, kata Menteri Kewangan II Datuk Seri Amir Hamzah Azizan.",
      "Beliau berkata mekanisme pelaksanaan sedang dimuktamadkan dan akan menggunakan pangkalan data Padu bagi menentukan kelayakan penerima.",
      "\"Golongan berpendapatan tinggi dan warga asing akan membayar harga pasaran, manakala majoriti rakyat tidak akan terjejas,\" katanya ketika menjawab soalan di Dewan Rakyat hari ini.",
      "Menurut beliau, penjimatan daripada penyasaran subsidi itu akan disalurkan semula kepada rakyat melalui bantuan tunai dan peruntukan pendidikan serta kesihatan.",
      "Ditanya mengenai kebimbangan peniaga kecil dan pemandu e-hailing, beliau berkata kerajaan sedang mengkaji mekanisme khusus bagi memastikan golongan itu tidak terbeban dengan pelaksanaan penyasaran berkenaan. Kementerian Kewangan juga akan mengadakan sesi libat urus bersama persatuan pengusaha stesen minyak sebelum pelaksanaan bagi memastikan sistem pembayaran di pam berjalan lancar. Katanya, butiran lanjut akan diumumkan dalam masa terdekat selepas dibentangkan kepada Jemaah Menteri.",
      "-- BERNAMA"]
m3 = ["SHAH ALAM: Kerajaan Selangor akan menyediakan 20 bas percuma tambahan bagi perkhidmatan Bas Smart Selangor di kawasan perumahan baharu di Sepang dan Kuala Langat mulai bulan depan.",
      "Exco Pengangkutan negeri berkata laluan baharu itu dirangka selepas menerima lebih 300 aduan penduduk yang tidak mempunyai akses kepada pengangkutan awam untuk ke stesen LRT dan MRT terdekat.",
      "Setiap bas akan beroperasi dari jam 6 pagi hingga 8 malam dengan kekerapan 30 minit. Penduduk boleh memantau lokasi bas secara langsung melalui aplikasi telefon pintar.",
      "Program Bas Smart Selangor yang diperkenalkan sejak 2015 kini mempunyai 45 laluan dan membawa purata 60,000 penumpang sehari di seluruh negeri.",
      "Beliau berkata kerajaan negeri turut merancang untuk menambah hentian bas berbumbung dan lampu jalan di laluan baharu itu bagi keselesaan penumpang, terutama pelajar dan warga emas. Penduduk Taman Dato Harun di Kuala Langat berkata mereka kini terpaksa menggunakan perkhidmatan e-hailing atau menunggang motosikal untuk ke tempat kerja, yang menelan belanja hampir RM300 sebulan. Kerajaan negeri menjangkakan jumlah penumpang meningkat sekurang-kurangnya 10 peratus selepas laluan baharu dibuka."]
M.art("/berita/nasional/2025/03/1234567/mangsa-banjir-di-terengganu-meningkat-4512-orang",
      m_art("/berita/nasional/2025/03/1234567/mangsa-banjir-di-terengganu-meningkat-4512-orang", "Mangsa banjir di Terengganu meningkat 4,512 orang",
            'Oleh <a href="/author/ahmad-fauzi-hamid">Ahmad Fauzi Hamid</a>', "Mac 3, 2025 @ 6:24pm", "2025-03-03T18:24:00+08:00", [P("Ahmad Fauzi Hamid")], m1,
            [("banjir", "banjir"), ("terengganu", "Terengganu")], "nasional"),
      "Mangsa banjir di Terengganu meningkat 4,512 orang", "2025-03-03", ["Ahmad Fauzi Hamid"], "2025-03-03T10:24",
      must_not=["Lelaki ditahan seludup dadah di Johor"])
M.art("/berita/nasional/2025/03/1235012/penyasaran-subsidi-ron95-mulai-pertengahan-tahun",
      m_art("/berita/nasional/2025/03/1235012/penyasaran-subsidi-ron95-mulai-pertengahan-tahun", "Penyasaran subsidi RON95 mulai pertengahan tahun",
            'Oleh <a href="/author/bernama">Bernama</a>', "Mac 4, 2025 @ 11:50am", "2025-03-04T11:50:00+08:00", [P("Bernama")], m2,
            [("subsidi", "subsidi"), ("ron95", "RON95")], "nasional"),
      "Penyasaran subsidi RON95 mulai pertengahan tahun", "2025-03-04", [], "2025-03-04T03:50")
M.art("/berita/wilayah/2025/03/1235390/selangor-tambah-20-bas-percuma-di-sepang-kuala-langat",
      m_art("/berita/wilayah/2025/03/1235390/selangor-tambah-20-bas-percuma-di-sepang-kuala-langat", "Selangor tambah 20 bas percuma di Sepang, Kuala Langat",
            'Oleh <a href="/author/nurul-hidayah-bahaudin">Nurul Hidayah Bahaudin</a> dan <a href="/author/siti-aisyah-mohd-yunus">Siti Aisyah Mohd Yunus</a>',
            "Mac 5, 2025 @ 8:05am", "2025-03-05T08:05:00+08:00", [P("Nurul Hidayah Bahaudin"), P("Siti Aisyah Mohd Yunus")], m3,
            [("selangor", "Selangor"), ("bas-percuma", "bas percuma")], "wilayah"),
      "Selangor tambah 20 bas percuma di Sepang, Kuala Langat", "2025-03-05", ["Nurul Hidayah Bahaudin", "Siti Aisyah Mohd Yunus"], "2025-03-05T00:05")
M.non("/berita/nasional/", m_shell("Nasional | Berita Semenanjung", '<h1>Nasional</h1>' + listing(M.links[:2]), og("Nasional", "website")), "Nasional")
M.non("/berita/wilayah/", m_shell("Wilayah | Berita Semenanjung", '<h1>Wilayah</h1>' + listing(M.links[2:3]), og("Wilayah", "website")), "Wilayah")
M.non("/berita/kes/", m_shell("Kes | Berita Semenanjung", '<h1>Kes</h1><p>Tiada berita baharu.</p>', og("Kes", "website")), "Kes")
M.non("/tags/banjir", m_shell("banjir | Berita Semenanjung", '<h1>banjir</h1>' + listing(M.links[:1]), og("banjir", "website")), "banjir")
M.non("/author/ahmad-fauzi-hamid", m_shell("Ahmad Fauzi Hamid | Berita Semenanjung", '<h1>Ahmad Fauzi Hamid</h1><p>Wartawan Berita Semenanjung di Kuala Terengganu.</p>' + listing(M.links[:1]), og("Ahmad Fauzi Hamid", "profile")), "Ahmad Fauzi Hamid")
M.non("/hiburan/galeri/2025/03/100234/gambar-pesta-tanglung", m_shell("GAMBAR: Pesta Tanglung di Melaka | Berita Semenanjung",
                                                                   '<h1>GAMBAR: Pesta Tanglung di Melaka</h1><div class="article-meta">Oleh Fotografer BS - Mac 2, 2025 @ 9:00pm</div>' +
                                                                   "".join('<figure><img src="/g/t%d.jpg"><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["Tanglung di Jonker Walk.", "Pengunjung bergambar.", "Persembahan tarian singa."])),
                                                                   og("GAMBAR: Pesta Tanglung di Melaka") + '<meta property="article:published_time" content="2025-03-02T21:00:00+08:00">'), "Galeri")
M.non("/video/", m_shell("Video | Berita Semenanjung", '<h1>Video</h1><div class="video"><iframe src="https://www.youtube.com/embed/bnj"></iframe><p>Banjir di Kemaman</p></div>', og("Video", "website")), "Video")
M.non("/hubungi-kami/", m_shell("Hubungi Kami | Berita Semenanjung", '<h1>Hubungi Kami</h1><p>Balai Berita, 31 Jalan Riong, 59100 Kuala Lumpur. Tel: 03-2282 3131</p>', og("Hubungi Kami", "website")), "Hubungi Kami")
M.home("Berita Semenanjung | Berita Terkini Malaysia", og("Berita Semenanjung", "website"))
M.sitemap()

# =====================================================================
# 10. The Siam Herald (Thai English, Bangkok Post-like)
# =====================================================================
K = Site(10, "The Siam Herald", "en")


def k_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<div class="top-bar"><span class="today">Thursday, March 6, 2025</span> <span class="weather">Bangkok 34&deg;C</span></div>'
            '<header><a href="/" class="logo">The Siam Herald</a><nav><a href="/thailand/">Thailand</a> <a href="/thailand/general/">General</a> '
            '<a href="/life/horoscope/">Horoscope</a> <a href="/learning/">Learning</a></nav></header><div class="main">%s</div>'
            '<footer><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> &copy; 2025 Siam Herald Public Company Limited</footer></body></html>') % (E(title), head, body)


K.shell = k_shell


def k_art(path, headline, lede, pub_vis, writer_html, section_vis, ld_pub, ld_author, ps, tags):
    head = og(headline) + '<meta name="lead" content="%s">' % E(lede) + news_ld(K, path, headline, ld_pub, ld_pub, ld_author)
    body = ('<div class="article-headline"><h1>%s</h1><p class="lead">%s</p></div>'
            '<div class="article-info"><div class="article-info--col"><p>PUBLISHED : %s</p><p>NEWSPAPER SECTION: <a href="/thailand/">%s</a></p></div>'
            '<div class="article-info--col"><p>WRITER: %s</p></div></div>'
            '<div class="article-content">%s</div><div class="article--tag"><ul>%s</ul></div>'
            '<div class="related-news"><h4>Related</h4><ul><li><a href="/life/horoscope/">Your weekly stars</a></li></ul></div>') % (
        E(headline), E(lede), E(pub_vis), E(section_vis), writer_html, paras(ps), "".join('<li><a href="/tag/%s/">%s</a></li>' % (k, E(v)) for k, v in tags))
    return k_shell("%s" % headline, body, head)


k1 = ["Bangkok schools in 18 districts were ordered to close on Monday after levels of ultrafine PM2.5 dust exceeded 75 microgrammes per cubic metre of air across the capital, more than double the safe limit.",
      "Bangkok governor Chadchart Sittipunt said the city would allow staff at City Hall and district offices to work from home for two days and urged private companies to do the same.",
      "The Pollution Control Department blamed the haze on the burning of crop residue in the Central Plains and neighbouring countries, combined with calm winds and a temperature inversion that trapped the dust near the ground.",
      "Free rides on Red Line and Purple Line trains and BMTA buses will be offered until Wednesday to encourage people to leave their cars at home, the Transport Ministry said.",
      "Hospitals reported a rise in patients with respiratory problems, and the Department of Disease Control advised people to wear N95 masks outdoors."]
k2 = ["The Cabinet on Tuesday approved a 1.6-billion-baht budget to install more than 500 new CCTV cameras and emergency call points at tourist attractions in Phuket, Chiang Mai, Pattaya and Krabi to improve safety for foreign visitors.",
      "Government spokesman Jirayu Houngsub said the move followed a series of incidents involving tourists, which had affected confidence in the country's tourism industry.",
      "The Tourist Police Bureau will also recruit 300 foreign volunteers who speak Chinese, Russian and Korean to help with communication at popular destinations.",
      "Thailand received 35.5 million foreign arrivals last year and aims to attract 39 million this year.",
      "Tourism operators welcomed the move but said the cameras would only be effective if they were properly maintained and monitored around the clock. Many cameras installed under a previous scheme in Pattaya stopped working within two years because of a lack of maintenance funds, according to local business groups. The Tourism Authority of Thailand said it would also launch a campaign highlighting the country's safety measures in key markets such as China, India and Russia."]
k3 = ["Farmers in Suphan Buri and Chai Nat have been asked to delay planting their second rice crop after the Royal Irrigation Department warned that water in the four main dams of the Chao Phraya basin would be insufficient until the rainy season.",
      "The four dams currently hold 8.1 billion cubic metres of usable water, about 18% lower than at the same time last year, RID director-general Prapit Chanma said.",
      "The department will prioritise water for household consumption, ecological balance and orchards, and has asked farmers who have already planted to use water sparingly.",
      "Farmers' groups said they would lose income if they did not plant and asked the government for compensation. The Agriculture Ministry said it would consider offering loans at low interest rates to affected farmers."]
K.art("/thailand/general/2970123/pm2-5-closes-schools-in-18-districts",
      k_art("/thailand/general/2970123/pm2-5-closes-schools-in-18-districts", "PM2.5 closes schools in 18 districts",
            "City Hall staff told to work from home as dust levels soar", "3 Mar 2025 at 18:24",
            '<a href="/profile/writer/pattaraporn-chantarawong/">Pattaraporn Chantarawong</a>', "News", "2025-03-03T18:24:00+07:00", [P("Pattaraporn Chantarawong")], k1,
            [("pm2-5", "PM2.5"), ("bangkok", "Bangkok")]),
      "PM2.5 closes schools in 18 districts", "2025-03-03", ["Pattaraporn Chantarawong"], "2025-03-03T11:24",
      must_not=["Your weekly stars"])
K.art("/thailand/general/2971045/b1-6bn-for-tourist-safety-cameras",
      k_art("/thailand/general/2971045/b1-6bn-for-tourist-safety-cameras", "B1.6bn for tourist safety cameras",
            "Cabinet approves CCTV and emergency call points at major attractions", "4 Mar 2025 at 16:05",
            "Online Reporters", "News", "2025-03-04T16:05:00+07:00", [O("Online Reporters")], k2, [("tourism", "tourism")]),
      "B1.6bn for tourist safety cameras", "2025-03-04", [], "2025-03-04T09:05")
K.art("/thailand/general/2971611/farmers-told-to-delay-second-rice-crop",
      k_art("/thailand/general/2971611/farmers-told-to-delay-second-rice-crop", "Farmers told to delay second rice crop",
            "Dams in Chao Phraya basin hold 18% less water than last year", "5 Mar 2025 at 04:00",
            '<a href="/profile/writer/nanthida-phuangthong/">Nanthida Phuangthong</a>', "News", "2025-03-05T04:00:00+07:00", [P("Nanthida Phuangthong")], k3,
            [("drought", "drought"), ("rice", "rice")]),
      "Farmers told to delay second rice crop", "2025-03-05", ["Nanthida Phuangthong"], "2025-03-04T21:00")
K.non("/thailand/", k_shell("Thailand news | The Siam Herald", '<h1>Thailand</h1>' + listing(K.links), og("Thailand", "website")), "Thailand")
K.non("/thailand/general/", k_shell("General news | The Siam Herald", '<h1>General</h1>' + listing(K.links[:3]), og("General", "website")), "General")
K.non("/tag/pm2-5/", k_shell("PM2.5 | The Siam Herald", '<h1>Tag: PM2.5</h1>' + listing(K.links[:1]), og("PM2.5", "website")), "PM2.5")
K.non("/profile/writer/pattaraporn-chantarawong/", k_shell("Pattaraporn Chantarawong | The Siam Herald", '<h1>Pattaraporn Chantarawong</h1><p>Writer</p>' + listing(K.links[:1]), og("Pattaraporn Chantarawong", "profile")), "Pattaraporn Chantarawong")
K.non("/life/horoscope/", k_shell("Your weekly stars: March 3-9, 2025 | The Siam Herald", '<h1>Your weekly stars: March 3-9, 2025</h1><p>By Astro Desk</p>' + "".join('<h3>%s</h3><p>%s</p>' % (z, t) for z, t in [
    ("Aries", "Travel plans go well this week."), ("Taurus", "A money matter will be settled."), ("Gemini", "Old friends return.")]),
    og("Your weekly stars") + '<meta property="article:published_time" content="2025-03-03T00:00:00+07:00">'), "Horoscope")
K.non("/learning/", k_shell("Learning: English with the news | The Siam Herald", '<h1>Learning</h1><p>Practise English with our news stories, quizzes and vocabulary lists. Level: Intermediate.</p><ol><li>haze (n.) - mok khwan</li><li>inversion (n.)</li></ol>', og("Learning", "website")), "Learning")
K.non("/about-us/", k_shell("About Us | The Siam Herald", '<h1>About Us</h1><p>The Siam Herald has been published in Bangkok since 1946.</p>', og("About Us", "website")), "About Us")
K.home("The Siam Herald - Thailand's English news", og("The Siam Herald", "website"))
K.rss("/rss/data/topstories.xml")

# =====================================================================
# 11. Tin Nhanh Sài Gòn (Vietnamese, VnExpress-like)
# =====================================================================
V = Site(11, "Tin Nhanh Sài Gòn", "vi")


def v_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="header-content"><a class="logo" href="/">Tin Nhanh Sài Gòn</a><span class="time-now">Thứ năm, 6/3/2025</span>'
            '<nav class="main-nav"><a href="/thoi-su/">Thời sự</a> <a href="/kinh-doanh/">Kinh doanh</a> <a href="/video/">Video</a> <a href="/the-thao/truc-tiep/">Trực tiếp</a></nav></header>'
            '<section class="section page-detail">%s</section><footer class="footer"><a href="/lien-he/">Liên hệ</a> &copy; Copyright 1997-2025 Tin Nhanh Sài Gòn</footer></body></html>') % (E(title), head, body)


V.shell = v_shell


def v_art(path, headline, desc, dvis, ld_pub, ps, sign, cat, cat_path):
    head = (og(headline) + '<meta name="description" content="%s"><meta name="pubdate" content="%s"><meta itemprop="datePublished" content="%s">' % (E(desc), ld_pub, ld_pub) +
            news_ld(V, path, headline, ld_pub, ld_pub, O("Tin Nhanh Sài Gòn")))
    body = ('<div class="container"><div class="sidebar-1"><div class="header-content width_common"><ul class="breadcrumb"><li><a href="%s">%s</a></li></ul>'
            '<span class="date">%s</span></div><h1 class="title-detail">%s</h1><p class="description">%s</p>'
            '<article class="fck_detail">%s<p class="Normal" style="text-align:right;">%s</p></article>'
            '<div class="box-tinlienquanv2"><h4>Tin liên quan</h4><a href="/video/">Video: Kẹt xe giờ cao điểm</a></div></div></div>') % (
        cat_path, E(cat), E(dvis), E(headline), E(desc), paras(ps, "Normal"), sign)
    return v_shell("%s - Tin Nhanh Sài Gòn" % headline, body, head)


v1 = ["Tuyến metro số 1 Bến Thành - Suối Tiên đón hơn 1,6 triệu lượt khách trong tháng 2, trung bình khoảng 57.000 lượt mỗi ngày, cao hơn dự báo ban đầu.",
      "Theo Công ty TNHH MTV Đường sắt đô thị số 1, ngày cao điểm nhất là Chủ nhật 23/2 với gần 80.000 lượt khách. Các ga đông khách nhất là Bến Thành, Nhà hát Thành phố và Suối Tiên.",
      "Từ tháng 3, tuyến metro tăng tần suất chạy tàu vào giờ cao điểm buổi sáng và chiều, rút ngắn thời gian chờ từ 8 phút xuống còn 6 phút. Đơn vị vận hành cũng lắp thêm máy bán vé tự động tại các ga.",
      "Nhiều hành khách cho biết họ chuyển từ xe máy sang đi metro để tránh kẹt xe trên xa lộ Hà Nội. Tuy nhiên, người dân mong muốn có thêm tuyến xe buýt kết nối từ các khu dân cư đến nhà ga."]
v2 = ["Giá vàng thế giới giảm mạnh trong phiên giao dịch đêm qua khi đồng USD tăng giá trở lại và nhà đầu tư chốt lời sau chuỗi tăng kéo dài.",
      "Chốt phiên, giá vàng giao ngay giảm 1,2% xuống còn 2.880 USD mỗi ounce. Trước đó, kim loại quý đã lập kỷ lục mới gần 2.950 USD trong tuần trước do lo ngại về căng thẳng thương mại.",
      "Giới phân tích cho rằng xu hướng dài hạn của vàng vẫn tích cực khi các ngân hàng trung ương tiếp tục mua vào. Trong năm 2024, các ngân hàng trung ương mua hơn 1.000 tấn vàng.",
      "Trong nước, giá vàng miếng sáng nay cũng giảm 500.000 đồng mỗi lượng ở cả hai chiều mua và bán."]
v3 = ["Bộ Giáo dục và Đào tạo công bố đề thi tham khảo kỳ thi tốt nghiệp THPT năm 2025, trong đó môn Toán có thêm dạng câu hỏi trả lời ngắn và đúng sai.",
      "Theo Bộ, kỳ thi năm nay là năm đầu tiên thực hiện theo chương trình giáo dục phổ thông mới. Thí sinh thi bốn môn, gồm hai môn bắt buộc là Toán, Ngữ văn và hai môn tự chọn.",
      "Nhiều giáo viên nhận xét đề tham khảo bám sát chương trình, phân hóa tốt, nhưng yêu cầu học sinh vận dụng kiến thức vào thực tiễn nhiều hơn so với các năm trước.",
      "Kỳ thi dự kiến diễn ra ngày 26-27/6. Các trường đại học sẽ công bố phương án tuyển sinh sau khi có kết quả thi."]
V.art("/metro-so-1-don-hon-1-6-trieu-luot-khach-trong-thang-2-4856123.html",
      v_art("/metro-so-1-don-hon-1-6-trieu-luot-khach-trong-thang-2-4856123.html", "Metro số 1 đón hơn 1,6 triệu lượt khách trong tháng 2",
            "Tuyến metro Bến Thành - Suối Tiên đón trung bình 57.000 lượt khách mỗi ngày trong tháng 2.", "Thứ ba, 4/3/2025, 18:24 (GMT+7)",
            "2025-03-04T18:24:00+07:00", v1, "<strong>Minh Anh</strong>", "Thời sự", "/thoi-su/"),
      "Metro số 1 đón hơn 1,6 triệu lượt khách trong tháng 2", "2025-03-04", ["Minh Anh"], "2025-03-04T11:24",
      must_not=["Video: Kẹt xe giờ cao điểm"])
V.art("/gia-vang-the-gioi-giam-manh-4856540.html",
      v_art("/gia-vang-the-gioi-giam-manh-4856540.html", "Giá vàng thế giới giảm mạnh",
            "Giá vàng giao ngay giảm 1,2% khi đồng USD tăng giá trở lại.", "Thứ tư, 5/3/2025, 07:40 (GMT+7)",
            "2025-03-05T07:40:00+07:00", v2, "<strong>Như Tâm</strong> (Theo <em>Reuters</em>)", "Kinh doanh", "/kinh-doanh/"),
      "Giá vàng thế giới giảm mạnh", "2025-03-05", ["Như Tâm"], "2025-03-05T00:40")
V.art("/de-thi-tham-khao-tot-nghiep-thpt-2025-4856911.html",
      v_art("/de-thi-tham-khao-tot-nghiep-thpt-2025-4856911.html", "Bộ Giáo dục công bố đề thi tham khảo tốt nghiệp THPT 2025",
            "Môn Toán có thêm dạng câu hỏi trả lời ngắn và đúng sai.", "Thứ năm, 6/3/2025, 06:10 (GMT+7)",
            "2025-03-06T06:10:00+07:00", v3, "<strong>Gia Chính - Lê Tân</strong>", "Thời sự", "/thoi-su/"),
      "Bộ Giáo dục công bố đề thi tham khảo tốt nghiệp THPT 2025", "2025-03-06", ["Gia Chính", "Lê Tân"], "2025-03-05T23:10")
V.non("/thoi-su/", v_shell("Tin tức thời sự mới nhất - Tin Nhanh Sài Gòn", '<h1>Thời sự</h1>' + listing([V.links[0], V.links[2]]), og("Thời sự", "website")), "Thời sự")
V.non("/kinh-doanh/", v_shell("Kinh doanh - Tin Nhanh Sài Gòn", '<h1>Kinh doanh</h1>' + listing([V.links[1]]), og("Kinh doanh", "website")), "Kinh doanh")
V.non("/chu-de/metro-so-1-1234/", v_shell("Metro số 1 - Chủ đề - Tin Nhanh Sài Gòn", '<h1>Metro số 1</h1>' + listing([V.links[0]]), og("Metro số 1", "website")), "Metro số 1")
V.non("/video/", v_shell("Video - Tin Nhanh Sài Gòn", '<h1>Video</h1><div class="video-player"></div><p>Kẹt xe giờ cao điểm trên xa lộ Hà Nội</p>', og("Video", "video.other")), "Video")
V.non("/the-thao/truc-tiep/", v_shell("Trực tiếp bóng đá: Việt Nam - Lào - Tin Nhanh Sài Gòn",
                                      '<h1>Trực tiếp: Việt Nam 3-0 Lào</h1><ul class="live"><li>90\'+3 Kết thúc trận đấu</li><li>78\' Bàn thắng! Tiến Linh</li><li>45\' Hết hiệp một</li></ul>', og("Trực tiếp", "website")), "Trực tiếp")
V.non("/lien-he/", v_shell("Liên hệ - Tin Nhanh Sài Gòn", '<h1>Liên hệ</h1><p>Tòa soạn: 17 Nguyễn Thị Minh Khai, Quận 1, TP HCM.</p>', og("Liên hệ", "website")), "Liên hệ")
V.home("Tin Nhanh Sài Gòn - Báo tiếng Việt nhiều người xem nhất", og("Tin Nhanh Sài Gòn", "website"))
V.rss("/rss/tin-moi-nhat.rss")

# =====================================================================
# 12. Suara Nusantara Surabaya (Indonesian regional, Kompas-like)
# =====================================================================
I = Site(12, "SuaraNusantara.com", "id")


def i_shell(title, body, head=""):
    return ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<div class="nav"><a href="/" class="logo">SuaraNusantara.com</a><a href="/regional/">Regional</a> <a href="/tag/banjir-surabaya/">Banjir Surabaya</a> '
            '<a href="/zodiak/">Zodiak</a> <a href="/video/">Video</a></div><div class="container clearfix">%s</div>'
            '<footer><a href="/about-us/">Tentang Kami</a> <a href="/pedoman-media-siber/">Pedoman Media Siber</a> Copyright 2008 - 2025 PT. Suara Nusantara Media</footer></body></html>') % (E(title), head, body)


I.shell = i_shell


def i_art(path, headline, dvis, credit_html, ld_pub, ld_author, ps, tags, baca):
    head = (og(headline) + '<meta name="content_PublishedDate" content="%s">' % ld_pub.replace("T", " ")[:19] +
            news_ld(I, path, headline, ld_pub, ld_pub, ld_author))
    inner = ""
    for n, p in enumerate(ps):
        inner += "<p>%s</p>" % E(p)
        if n == 1:
            inner += '<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/regional/">%s</a></strong></p>' % E(baca)
    body = ('<div class="read__header"><h1 class="read__title">%s</h1><div class="read__time">SuaraNusantara.com - %s</div></div>'
            '<div class="read__credit clearfix">%s</div><div class="read__content"><div class="clearfix">%s</div></div>'
            '<div class="tag__article"><ul>%s</ul></div>') % (
        E(headline), E(dvis), credit_html, inner, "".join('<li><a href="/tag/%s/">%s</a></li>' % (k, E(v)) for k, v in tags))
    return i_shell("%s Halaman all - SuaraNusantara.com" % headline, body, head)


def credit(label, names, editor):
    ns = ", ".join('<a href="/penulis/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in names)
    return ('<div class="credit-title-name"><h6>%s</h6><h6>%s</h6></div><div class="credit-title-name"><h6>Editor</h6><h6><a href="/penulis/%s/">%s</a></h6></div>') % (
        label, ns, editor.lower().replace(" ", "-"), E(editor))


i1 = ["SURABAYA, SuaraNusantara.com - Banjir setinggi 30 hingga 60 sentimeter merendam sejumlah ruas jalan di Surabaya, Jawa Timur, setelah hujan deras mengguyur kota itu selama lebih dari tiga jam pada Senin (3/3/2025) sore.",
      "Genangan terparah terjadi di Jalan Ahmad Yani, Jalan Raya Darmo dan kawasan Kertajaya. Arus lalu lintas di ruas-ruas tersebut tersendat hingga malam hari, dan sejumlah sepeda motor mogok karena menerobos genangan.",
      "Kepala Dinas Sumber Daya Air dan Bina Marga Kota Surabaya mengatakan, curah hujan yang sangat tinggi membuat saluran tidak mampu menampung debit air. Pihaknya mengerahkan puluhan pompa portabel untuk mempercepat surutnya genangan.",
      "Wali Kota Surabaya meminta warga tidak membuang sampah ke saluran air. Menurut dia, sampah yang menyumbat gorong-gorong menjadi salah satu penyebab air lambat surut.",
      "Hingga pukul 21.00 WIB, sebagian besar genangan sudah surut. Namun, genangan masih terlihat di sejumlah permukiman di kawasan Wonokromo dan Gubeng. Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di Surabaya dan sekitarnya dalam sepekan ke depan."]
i2 = ["MALANG, SuaraNusantara.com - Harga cabai rawit di sejumlah pasar tradisional di Kota Malang naik tajam menjelang Ramadhan, dari Rp 60.000 menjadi Rp 95.000 per kilogram dalam sepekan terakhir.",
      "Pedagang di Pasar Besar Malang mengatakan pasokan cabai dari petani berkurang karena banyak tanaman rusak akibat hujan terus-menerus. Harga bawang merah juga naik menjadi Rp 45.000 per kilogram.",
      "Dinas Perdagangan Kota Malang berencana menggelar operasi pasar di lima kecamatan untuk menekan harga. Pemerintah kota juga berkoordinasi dengan daerah penghasil cabai di Kabupaten Malang dan Blitar untuk menjaga pasokan.",
      "Sejumlah ibu rumah tangga mengaku mengurangi pembelian cabai dan beralih ke sambal kemasan.",
      "Selain cabai, harga telur ayam ras juga mulai merangkak naik menjadi Rp 30.000 per kilogram. Pedagang memperkirakan harga kebutuhan pokok akan terus naik hingga pekan pertama Ramadhan karena permintaan meningkat. Kepala Dinas Perdagangan mengimbau masyarakat tidak melakukan aksi borong yang bisa memicu kelangkaan barang di pasar. Pihaknya juga akan memantau harga setiap hari dan melaporkannya kepada pemerintah provinsi."]
i3 = ["SIDOARJO, SuaraNusantara.com - Pemerintah Kabupaten Sidoarjo mulai membangun tanggul permanen sepanjang 2,5 kilometer di sisi timur kolam penampungan lumpur Lapindo untuk mencegah luapan saat musim hujan.",
      "Proyek senilai Rp 48 miliar itu didanai oleh pemerintah pusat melalui Kementerian Pekerjaan Umum. Pembangunan ditargetkan rampung pada akhir tahun ini.",
      "Warga di Desa Glagaharum dan Desa Gempolsari menyambut baik pembangunan tanggul tersebut. Selama ini, mereka khawatir rumah mereka terendam setiap kali tanggul lama yang terbuat dari tanah mengalami rembesan.",
      "Bupati Sidoarjo mengatakan, pemerintah daerah juga akan memperbaiki jalan desa yang rusak akibat lalu lintas truk pengangkut material.",
      "Semburan lumpur Lapindo terjadi sejak Mei 2006 dan hingga kini masih mengeluarkan lumpur panas. Luas area terdampak mencapai sekitar 640 hektare yang mencakup belasan desa di tiga kecamatan. Sebagian warga korban lumpur hingga kini masih menunggu pelunasan ganti rugi. Pemerintah pusat menyatakan akan terus memantau kondisi tanggul secara berkala, terutama menjelang puncak musim hujan."]
I.art("/read/2025/03/03/18240011/hujan-deras-3-jam-sejumlah-ruas-jalan-di-surabaya-terendam-banjir",
      i_art("/read/2025/03/03/18240011/hujan-deras-3-jam-sejumlah-ruas-jalan-di-surabaya-terendam-banjir", "Hujan Deras 3 Jam, Sejumlah Ruas Jalan di Surabaya Terendam Banjir",
            "03/03/2025, 18:24 WIB", credit("Penulis", ["Rahmat Hidayat"], "Dita Angga Rusiana"), "2025-03-03T18:24:00+07:00", [P("Rahmat Hidayat")], i1,
            [("banjir-surabaya", "banjir surabaya"), ("surabaya", "surabaya")], "Tanggul Sungai Jebol, Ratusan Rumah di Pasuruan Terendam"),
      "Hujan Deras 3 Jam, Sejumlah Ruas Jalan di Surabaya Terendam Banjir", "2025-03-03", ["Rahmat Hidayat"], "2025-03-03T11:24",
      must=[i1[2][:60]], must_not=["Tanggul Sungai Jebol, Ratusan Rumah di Pasuruan Terendam"])
I.art("/read/2025/03/04/06150021/jelang-ramadhan-harga-cabai-rawit-di-malang-tembus-rp-95000",
      i_art("/read/2025/03/04/06150021/jelang-ramadhan-harga-cabai-rawit-di-malang-tembus-rp-95000", "Jelang Ramadhan, Harga Cabai Rawit di Malang Tembus Rp 95.000",
            "04/03/2025, 06:15 WIB", credit("Kontributor Malang", ["Nugraha Perdana"], "Andi Hartik"), "2025-03-04T06:15:00+07:00", [P("Andi Hartik")], i2,
            [("harga-cabai", "harga cabai"), ("malang", "malang")], "Operasi Pasar Digelar di Lima Kecamatan"),
      "Jelang Ramadhan, Harga Cabai Rawit di Malang Tembus Rp 95.000", "2025-03-04", ["Nugraha Perdana"], "2025-03-03T23:15")
I.art("/read/2025/03/05/14000051/pemkab-sidoarjo-bangun-tanggul-permanen-lumpur-lapindo",
      i_art("/read/2025/03/05/14000051/pemkab-sidoarjo-bangun-tanggul-permanen-lumpur-lapindo", "Pemkab Sidoarjo Bangun Tanggul Permanen Lumpur Lapindo",
            "05/03/2025, 14:00 WIB", credit("Penulis", ["Ghinan Salman", "Ahmad Faisol"], "Dita Angga Rusiana"), "2025-03-05 14:00:00", [P("Ghinan Salman"), P("Ahmad Faisol")], i3,
            [("lumpur-lapindo", "lumpur lapindo"), ("sidoarjo", "sidoarjo")], "Jalan Desa Rusak Dilintasi Truk Material"),
      "Pemkab Sidoarjo Bangun Tanggul Permanen Lumpur Lapindo", "2025-03-05", ["Ghinan Salman", "Ahmad Faisol"], "2025-03-05T07:00")
I.non("/regional/", i_shell("Berita Regional Terkini - SuaraNusantara.com", '<h1>Regional</h1>' + listing(I.links), og("Regional", "website")), "Regional")
I.non("/tag/banjir-surabaya/", i_shell("Berita Harian Banjir-surabaya Terbaru Hari Ini - SuaraNusantara.com", '<h1>banjir surabaya</h1>' + listing(I.links[:1]), og("banjir surabaya", "website")), "banjir surabaya")
I.non("/penulis/rahmat-hidayat/", i_shell("Rahmat Hidayat - Penulis SuaraNusantara.com", '<h1>Rahmat Hidayat</h1><p>Jurnalis SuaraNusantara.com di Surabaya.</p>' + listing(I.links[:1]), og("Rahmat Hidayat", "profile")), "Rahmat Hidayat")
I.non("/zodiak/", i_shell("Ramalan Zodiak Hari Ini, Kamis 6 Maret 2025 - SuaraNusantara.com", '<h1>Ramalan Zodiak Hari Ini, Kamis 6 Maret 2025</h1>' + "".join('<h3>%s</h3><p>%s</p>' % (z, t) for z, t in [
    ("Aries", "Keuangan membaik, hindari belanja impulsif."), ("Taurus", "Asmara sedang bersemi."), ("Gemini", "Kesehatan perlu dijaga.")]), og("Ramalan Zodiak Hari Ini")), "Zodiak")
I.non("/video/", i_shell("Video - SuaraNusantara.com", '<h1>Video</h1><div class="video"><iframe src="https://www.youtube.com/embed/sby"></iframe><p>Banjir rendam Jalan Ahmad Yani</p></div>', og("Video", "video.other")), "Video")
I.non("/about-us/", i_shell("Tentang Kami - SuaraNusantara.com", '<h1>Tentang Kami</h1><p>SuaraNusantara.com adalah portal berita regional Jawa Timur.</p>', og("Tentang Kami", "website")), "Tentang Kami")
I.non("/pedoman-media-siber/", i_shell("Pedoman Media Siber - SuaraNusantara.com", '<h1>Pedoman Media Siber</h1><p>Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia.</p>', og("Pedoman Media Siber", "website")), "Pedoman Media Siber")
I.home("SuaraNusantara.com - Berita Terkini Jawa Timur", og("SuaraNusantara.com", "website"))
I.sitemap()


def stubs():
    """Pages for the tag, author and footer links the articles carry: simple
    listings on each site's own shell."""
    import re
    for st in (T, X, H, L, N, B, Q, S, M, K, V, I):
        root = os.path.join(OUT, st.host)
        docs = {}
        for dp, dn, fn in os.walk(root):
            for f in fn:
                if f.endswith(".html"):
                    docs[os.path.join(dp, f)] = open(os.path.join(dp, f), encoding="utf-8").read()
        missing = {}
        for fp, d in docs.items():
            for href in re.findall(r'href="(/[^"]*)"', d):
                t = os.path.join(root, href.lstrip("/"))
                if os.path.isdir(t):
                    t = os.path.join(t, "index.html")
                if not os.path.exists(t) and not os.path.exists(os.path.join(root, fs(href).lstrip("/"), "index.html")):
                    missing.setdefault(href, set()).add(fp)
        for href, fps in sorted(missing.items()):
            slug = href.strip("/").rsplit("/", 1)[-1]
            label = slug.replace("-", " ").title()
            items = []
            for a in st.arts_of():
                ap = a["url"][len(st.url("")):]
                if os.path.join(root, fs(ap).lstrip("/"), "index.html") in fps or os.path.join(root, ap.lstrip("/")) in fps:
                    items.append((ap, a["title"]))
            kind = "profile" if any(k in href for k in ("author", "byline", "penulis", "writer")) else "website"
            st.non(href, st.shell("%s | %s" % (label, st.name), '<h1>%s</h1>%s' % (E(label), listing(items)), og(label, kind)), label)


stubs()
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
