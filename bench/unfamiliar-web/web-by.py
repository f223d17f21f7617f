"""Web by: the data and service pages local news sites keep beside their
stories. Twelve local and regional sites on 127.0.6.241-252 (port 18149), in
English (US, UK, Canada, Australia, New Zealand, Scotland), German, French,
Spanish, Dutch and Norwegian, each on the template of the platform such a
paper runs, with three stories a site and many data pages: election
results, weather, traffic and roadworks, lottery results, obituaries and
death notices (a single paid obituary is not a news story), school
closures, fuel and power prices, market tables, sports results, events,
property and jobs listings, classifieds, TV and cinema listings, puzzles,
daily horoscopes, photo galleries and reader-submission forms. Many of them
carry a date, a "Compiled by X" byline, paragraphs of text and, as on real
sites, NewsArticle markup.

 1 The Millbrook Gazette - a BLOX/TownNews-like US small daily: stories at
   /news/local/<slug>/article_<uuid>.html with "By X xx@..." bylines (two
   names as two spans), "Mar 11, 2025" and "Updated Mar 12, 2025" (an
   election-night story at 11:40 p.m. EDT, the next day in UTC), a staff
   news story on a former mayor's death beside his family's paid obituary;
   paid obituaries on the same article_<uuid> pattern with NewsArticle
   JSON-LD, an election results table ("Compiled by Dana Kessler",
   NewsArticle JSON-LD), weather, school closings, lottery, a calendar and
   an event page, classifieds, staff profiles with bios, submit forms.
 2 Wessex Evening Echo - a Newsquest-like English evening paper: numeric
   /news/<id>.<slug>/ stories, "By X" plus a role line, "Published: 12th
   March" (no year), a story showing only "Last updated: 14th March" with
   the publication in the JSON-LD, a JSON-LD author that is the paper, a
   Local Democracy Reporting Service credit; roadworks (one.network data,
   "Compiled by the Echo travel desk"), a fuel-price finder, Met Office
   weather, iAnnounce-like death notices, puzzles, a readers' picture page.
 3 The Trent Valley Standard - a Postmedia-like Canadian WordPress: "Author
   of the article:" labels, "Published Mar 11, 2025 • Last updated 2 days
   ago • 3 minute read", a Canadian Press story (wire credit only), two
   authors; the daily horoscope posted as a WordPress post with a byline
   and NewsArticle JSON-LD, GasBuddy gas prices, lottery numbers, OHL
   scores, puzzles.
 4 The Riverina Courier - an ACM-like Australian regional (Next.js):
   /story/<id>/<slug>/, "Updated March 13 2025 - 9:15am, first published
   March 12 2025 - 8:30am" (AEDT, the day before in UTC), a "Sports
   reporter" role, two authors with a JSON-LD author that is the paper,
   "Picture by" captions; BOM weather, cricket results ("Compiled by"), a
   property listing with agent copy, a job ad (JobPosting), a funeral
   notice, puzzles.
 5 Bay Chronicle - an NZME-like New Zealand regional: "By X Senior
   reporter", "12 Mar, 2025 09:30 AM" (NZDT, the day before in UTC), "4
   mins to read", a story dated only "3 hours ago" with no metadata date,
   "Photo / X" captions; Lotto results with prose, weather and tides, NZTA
   road closures, a death notice, a Local Focus video page, a section front
   that leads with a long teaser.
 6 Oberland-Bote - an Ippen-like German regional: kicker, "Von X und Y",
   only "Stand: 15.03.2025, 09:12 Uhr" shown (the update; the publication
   is in the JSON-LD), an election analysis story beside the Bundestagswahl
   results-by-municipality page ("Zusammengestellt von Sabine Roth",
   NewsArticle JSON-LD), a JSON-LD author that is the paper; Wetter,
   "Blitzer heute", Apotheken-Notdienst, a Traueranzeige, an event page.
 7 L'Écho du Val - an Ouest-France-like French regional: "Par X et Y",
   "Publié le 12/03/2025 à 17h30" and "Modifié le ...", a story with no
   JSON-LD (date only in the text), "Lire aussi" inside the body; the
   daily horoscope signed "Par Marie Lune, astrologue" with NewsArticle
   markup, Loto results, an avis de décès, pharmacies de garde, météo, an
   agenda event.
 8 Diario de la Vega - a Vocento-like Spanish regional: "Jueves, 13 de
   marzo 2025, 18:24 | Actualizado 19:02h", a place under the name,
   "Pablo Serrano e Irene Campos", a Europa Press story with a photographer
   credit in the caption; the Bonoloto results page ("Redacción",
   NewsArticle JSON-LD), farmacias de guardia, el tiempo, an esquela, the
   cinema listings, a horoscope.
 9 De Veluwse Courant - a DPG-like Dutch regional: "/<place>/<slug>~<id>/",
   "X en Y 13-03-25, 17:30 Laatste update: 14-03-25, 08:12", a match
   report beside the amateur football results table ("samengesteld door de
   sportredactie"), a story with the date only in the visible two-digit-year
   form; traffic, weather, a familiebericht, an uitagenda event, the TV guide.
10 Fjordposten - an Amedia-like Norwegian local: byline list items with
   "journalist" role words, "Publisert 13.03.2025 17:30 Sist oppdatert
   ...", an NTB story (wire credit only), a power-price story beside the
   "Strømprisen i dag" data page (byline, "Oppdatert", a paragraph and an
   hourly table); weather, road messages, a dødsfall notice, a property ad,
   the 2023 local election result, the cinema programme.
11 The Lakeshore Beacon - a Newspack WordPress nonprofit: "by X and Y"
   vcards with Yoast JSON-LD naming only the first author, a "Beacon Staff"
   story, a Q&A whose JSON-LD and meta author is "Beacon Web Desk", an
   evening story (CDT, the next day in UTC) and an RSS feed; the high
   school scoreboard ("Compiled by Jeff Lund"), local stocks, TV listings,
   the crossword ("By Ruth Ellery"), an Events Calendar event, a photo
   gallery ("Photos by"), submit-an-event and letter forms, classifieds,
   the donate page.
12 The Glenmore Advertiser - a National-World-like Scottish weekly:
   "Published 12th Mar 2025, 07:30 GMT" and "Updated ...", "By X, Local
   Democracy Reporter", two authors with the paper as JSON-LD author, a
   snow story beside the school closures list ("Compiled by the ...
   newsdesk", "Last updated 07:12, Wednesday 12 March 2025"); weather
   warnings, the daily horoscope as a NewsArticle by "Mystic Morag", a
   death notice, a What's On event.

Truth: 36 articles, 207 non-articles, no syndicated copies. Wire, desk and
staff credits (The Canadian Press, Europa Press, NTB, Beacon Staff) give no
authors; a photographer is no author; the date is the publication day in
the publisher's zone (with the instant where the page names a zone).

Crawled with /tmp/nr-base: stories 36: title 36, date 35, authors 32 right;
non-articles stored 31 of 207; bodies checked 36: 0 wrong. Dates: the
DPG-like "12-03-25, 11:05" with no metadata date was unread. Authors: the
wire or staff credit kept as an author from the JSON-LD (The Canadian
Press, NTB, Beacon Staff), and on the Europa Press story the caption's
photographer ("Tony Sevilla") taken over the JSON-LD organisation. Stored
non-articles: paid obituaries and death notices on every site that has
them (BLOX pair with NewsArticle JSON-LD, Newsquest pair, ACM, NZME, German,
Dutch, Norwegian and Scottish; the French and Spanish ones were not), the
BLOX obituaries index, the results pages with NewsArticle markup (US
election, German Bundestagswahl, Spanish Bonoloto), all three horoscopes
marked up as NewsArticle (Canadian, French, Scottish; the Spanish one
without markup was not), "Compiled by" data pages (Riverina cricket
results, Beacon scoreboard, Glenmore school closures, Fjordposten power
prices, Dutch football results), the Echo roadworks page (dated 2021-03-10
from "10 Mar - 21 Mar"), the GasBuddy page and "Blitzer heute" (dated from
"2 hours ago" in a table cell and "heute" against the crawl time), event
pages (French, German with the venue "Marktplatz Weilach" as author,
Scottish with "Glenmore Town Hall"), the Australian property listing, the
Norwegian property ad and the Beacon crossword ("By Ruth Ellery").
"""
import datetime, email.utils, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18149
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def table(head, rows, cls="data-table"):
    return '<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
        cls, "".join("<th>%s</th>" % E(h) for h in head), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(str(c)) for c in r) for r in rows))


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.6.%d" % (240 + n), PORT, truth)

    def sitemap(self, paths, disallow="/search/"):
        super().sitemap(paths, disallow)

    def service(self, shell, pages):
        """Plain service pages (subscribe, contact, privacy...) the chrome links to."""
        for path, title, text in pages:
            self.non(path, shell(title, "<h1>%s</h1><p>%s</p>" % (E(title.split(" | ")[0].split(" – ")[0].split(" - ")[0]), E(text))))
# ------------------------------------------------------------ 1 The Millbrook Gazette (BLOX-like US small daily)
def millbrook():
    s = Site(1)
    nav = [("/news/local/", "Local News"), ("/elections/", "Elections"), ("/obituaries/", "Obituaries"), ("/weather/", "Weather"),
           ("/lottery/", "Lottery"), ("/calendar/", "Calendar"), ("/classifieds/", "Classifieds")]

    def shell(title, main, head="", cls="asset"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta name="generator" content="TownNews.com Content Management System">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body class="%s">'
                '<div id="tncms-region-global-skyline"><div class="tnt-ads" data-pos="leaderboard">Advertisement</div></div>'
                '<header id="site-header"><a class="site-logo" href="/">The Millbrook Gazette</a><div class="today-date">Friday, March 14, 2025</div>'
                '<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">%s</ul></nav>'
                '<a class="btn tnt-signup" href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a></header>'
                '<div id="main-page-container" class="container">%s</div>'
                '<div id="privacy-banner" class="alert">We use cookies to improve your experience. By continuing to use this site you agree to our <a href="/site/privacy.html">Privacy Policy</a>. <button>Accept</button></div>'
                '<footer id="site-footer"><ul><li><a href="/site/contact.html">Contact Us</a></li><li><a href="/site/forms/submit_news/">Submit News</a></li>'
                '<li><a href="/site/forms/obituary/">Place an Obituary</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li></ul>'
                '<p>&copy; 2025 The Millbrook Gazette, 220 N. Main St., Millbrook, OH 43140. Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>') % (
            E(title), head, cls, links(nav), main)

    nl = ('<div class="tnt-newsletter-signup"><h4>Morning Headlines</h4><p>Sign up for our Morning Headlines newsletter and get the day\'s top local stories delivered to your inbox.</p>'
          '<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>')
    A = [("/news/local/millbrook-voters-approve-school-levy-as-turnout-tops-40/article_3f2a9c1e-ff0a-11ef-8b2d-4b7c1e9d2a10.html",
          "Millbrook voters approve school levy as turnout tops 40%", [("Dana Kessler", "dkessler")],
          "2025-03-11T23:40:00-04:00", "Mar 11, 2025", "Updated Mar 12, 2025", "2025-03-12T08:15:00-04:00", [
          "Millbrook voters on Tuesday approved a 4.9-mill operating levy for the city's schools, ending a string of three defeats at the ballot box since 2021, according to unofficial results from the Franklin County Board of Elections.",
          "The levy passed with 54% of the vote, 6,212 to 5,290, on a night when turnout reached 41% — unusually high for a special election with no other races on the ballot.",
          "Superintendent Carla Jennings thanked voters in a brief speech at the district's central office shortly after 10 p.m. \"We heard the message from the last three elections, and we came back with a smaller ask and a plan people could read line by line,\" she said.",
          "The levy will cost the owner of a $200,000 home about $343 a year and raise roughly $6.1 million annually. The district had warned it would cut busing for high school students and eliminate 38 positions if the measure failed.",
          "The board of elections is expected to certify the results on March 25."]),
         ("/news/local/former-millbrook-mayor-harold-lindqvist-dies-at-88/article_8b41d0a2-fdd1-11ef-a0c4-13f2e7a9b6c1.html",
          "Former Millbrook mayor Harold Lindqvist dies at 88", [("Tom Albers", "talbers")],
          "2025-03-10T14:20:00-04:00", "Mar 10, 2025", "", "", [
          "Harold Lindqvist, who served three terms as Millbrook's mayor and led the city through the closure of its largest employer in the 1980s, died Sunday at his home on Oak Street. He was 88.",
          "Born June 2, 1936, in Cleveland, Lindqvist moved to Millbrook to teach history at the high school in 1961 and was first elected to city council in 1971. He became mayor in 1984, months after the Harwell Glass plant shut its doors and left 1,100 people out of work.",
          "Current Mayor Joan Petit said Lindqvist had persuaded the state to pay for the industrial park that now stands on the old plant site. \"Half the jobs in this town exist because Harold refused to take no for an answer in Columbus,\" she said.",
          "He is survived by his wife of 63 years, Ruth, three children and seven grandchildren. The family said a public memorial will be held at the high school auditorium later this month."]),
         ("/news/local/route-9-bridge-over-alum-creek-to-stay-closed-into-june/article_c2e7a4f0-fe3b-11ef-9d11-7f0a5c3b2e84.html",
          "Route 9 bridge over Alum Creek to stay closed into June", [("Rachel Ng", "rng"), ("Tom Albers", "talbers")],
          "2025-03-12T09:05:00-04:00", "Mar 12, 2025", "", "", [
          "The Route 9 bridge over Alum Creek will stay closed until at least mid-June after inspectors found more corrosion in its steel beams than expected, the Ohio Department of Transportation said Wednesday.",
          "The two-lane bridge, built in 1958, was closed on Jan. 6 for what was supposed to be a ten-week repair. Drivers have been sent on a 7-mile detour along Route 37 and Sandusky Road, adding about 12 minutes to trips between Millbrook and Galena.",
          "Owners of businesses along the east side of Route 9 said the detour had cut their customer traffic by a third. \"We are a gas station on a road nobody can get to,\" said Anil Patel, who runs the Creekside Marathon.",
          "ODOT spokesperson Lisa Brandt said crews would work Saturdays to make up time and that the contractor faces penalties of $2,500 a day if the bridge is not open by June 20."])]
    every = [(p, t) for p, t, *_ in A]
    for path, title, by, iso, shown, upd, miso, paras in A:
        names = [n for n, _ in by]
        byl = "".join('<li class="list-inline-item"><span class="tnt-byline">By <a href="/users/profile/%s/" rel="author">%s</a></span> '
                      '<a class="tnt-user-email" href="mailto:%s@millbrookgazette.com">%s@millbrookgazette.com</a></li>' % (u, E(n), u, u) for n, u in by)
        dates = '<li><time datetime="%s">%s</time></li>' % (iso, shown)
        if upd:
            dates += '<li class="asset-date"><span class="updated">%s</span></li>' % upd
        body = ps(paras[:2]) + nl + ps(paras[2:])
        main = ('<article class="asset story" itemscope itemtype="http://schema.org/NewsArticle"><div class="asset-header"><span class="tnt-section-tag"><a href="/news/local/">Local News</a></span>'
                '<h1 class="headline"><span class="tnt-headline" itemprop="headline">%s</span></h1><ul class="list-inline asset-info">%s%s</ul></div>'
                '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>'
                '<figure class="photo"><img src="/content/tncms/assets/v3/editorial/%s.jpg" alt=""><figcaption class="caption">Photo: Gazette file photo</figcaption></figure>'
                '<div id="article-body" itemprop="articleBody" class="asset-content">%s</div></article>'
                '<div class="related-content"><h3>Related to this story</h3><ul>%s</ul></div>'
                '<div class="most-popular"><h3>Most Popular</h3><ul>%s</ul></div>') % (
            E(title), byl, dates, path[-20:-5], body, links([(p, t) for p, t in every if p != path]), links([("/obituaries/", "Obituaries"), ("/lottery/", "Ohio Lottery results")]))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "url": s.url(path), "datePublished": iso,
              "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": "The Millbrook Gazette"}}
        if miso:
            ld["dateModified"] = miso
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta name="author" content="%s">%s') % (s.url(path), E(title), E(", ".join(names)), jl(ld))
        other = [t for p, t in every if p != path][0]
        h = int(iso[11:13]) + 4
        inst = ("2025-03-12T%02d:%s" % (h - 24, iso[14:16])) if h >= 24 else "%sT%02d:%s" % (iso[:10], h, iso[14:16])
        s.art(path, shell("%s | Local News | millbrookgazette.com" % title, main, head), title, iso[:10], names, instant=inst,
              must=[paras[0], paras[-1]], must_not=["Sign up for our Morning Headlines newsletter", other])
    # --- data pages
    res = [("Millbrook City Schools 4.9-mill levy (new)", "For", "6,212", "54.0%"), ("", "Against", "5,290", "46.0%"),
           ("Galena Village Council (1 seat)", "Dave Hollins", "402", "51.3%"), ("", "Maria Ocampo", "381", "48.7%"),
           ("Harlem Township road levy (renewal)", "For", "1,118", "71.9%"), ("", "Against", "437", "28.1%")]
    el = "/elections/results-march-11-2025-special-election/html_5a1e77d2-fe8b-11ef-a9b3-2f3c4d5e6f70.html"
    s.non(el, shell("Results: March 11, 2025 special election | Elections | millbrookgazette.com",
          '<article class="asset html"><h1 class="headline">Results: March 11, 2025 special election</h1>'
          '<ul class="list-inline asset-info"><li><span class="tnt-byline">Compiled by <a href="/users/profile/dkessler/">Dana Kessler</a></span></li><li><time datetime="2025-03-11T23:58:00-04:00">Mar 11, 2025</time></li></ul>'
          '<p>Unofficial results from the Franklin County Board of Elections with 38 of 38 precincts reporting. Results will be certified on March 25. Absentee ballots postmarked by March 10 and received by March 21 will still be counted.</p>%s'
          '<p class="source">Source: Franklin County Board of Elections. Refresh this page for the latest totals.</p><p>Read the story: <a href="%s">%s</a></p></article>' % (
              table(["Race", "Candidate/choice", "Votes", "Pct."], res, "table table-striped elex"), A[0][0], E(A[0][1])),
          '<meta property="og:type" content="article">%s' % jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Results: March 11, 2025 special election",
                                                                 "datePublished": "2025-03-11T23:58:00-04:00", "author": [{"@type": "Person", "name": "Dana Kessler"}]})))
    s.non("/elections/", shell("Elections | millbrookgazette.com", '<h1 class="block-title">Elections</h1><ul>%s</ul>' % links([(el, "Results: March 11, 2025 special election"), A[0][:2]]), cls="index"))
    OB = [("/obituaries/margaret-ann-fields/article_1d9e0b7c-fe60-11ef-87aa-3b1c9d0e2f41.html", "Margaret Ann Fields", "Aug. 19, 1933 - March 9, 2025", "2025-03-12T10:00:00-04:00", "Mar 12, 2025", [
           "Margaret Ann Fields, 91, of Millbrook, passed away peacefully on Sunday, March 9, 2025, at Kindred Place surrounded by her family. She was born August 19, 1933, in Marion, Ohio, to the late Walter and Edna (Price) Barr.",
           "Margaret graduated from Marion Harding High School in 1951 and worked for thirty years as a bookkeeper at Millbrook Savings & Loan. She was a lifelong member of St. Paul Lutheran Church, where she sang in the choir and baked pies for every funeral lunch for half a century.",
           "She loved her garden, her card club and her cats, and never missed a Millbrook Bulldogs home game until she was 88. She is survived by her daughters, Susan (Mark) Reed and Karen Fields; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband of 58 years, Robert.",
           "Friends may call from 4 to 7 p.m. Thursday, March 13, at Hanover-Reese Funeral Home, 140 W. High St., Millbrook. Funeral service will be held at 11 a.m. Friday at St. Paul Lutheran Church. In lieu of flowers, memorial contributions may be made to the Millbrook Public Library."]),
          ("/obituaries/harold-e-lindqvist/article_4c0a2f99-fe61-11ef-b3d4-0c1d2e3f4a5b.html", "Harold E. Lindqvist", "June 2, 1936 - March 9, 2025", "2025-03-13T09:00:00-04:00", "Mar 13, 2025", [
           "Harold Edwin Lindqvist, 88, of Millbrook, went home to be with the Lord on Sunday, March 9, 2025. He was born June 2, 1936, in Cleveland, the son of Swedish immigrants Nils and Anna Lindqvist.",
           "Harold taught history at Millbrook High School for 23 years before serving on city council and as mayor of Millbrook from 1984 to 1995. He was a member of the Rotary Club for 50 years, a Korean-era Army veteran and an enthusiastic if unsuccessful fisherman.",
           "He is survived by his beloved wife of 63 years, Ruth; children Erik (Pam), Linnea Cho and Peter (Jean); seven grandchildren; and his faithful dog, Sven.",
           "A celebration of life will be held at 2 p.m. Saturday, March 29, at the Millbrook High School auditorium. Arrangements by Hanover-Reese Funeral Home."])]
    for path, name, span, iso, shown, paras in OB:
        main = ('<article class="asset obituary"><div class="asset-header"><span class="tnt-section-tag"><a href="/obituaries/">Obituaries</a></span><h1 class="headline"><span class="tnt-headline">%s</span></h1>'
                '<p class="obit-dates">%s</p><ul class="list-inline asset-info"><li><time datetime="%s">%s</time></li></ul></div>'
                '<figure class="photo"><img src="/content/tncms/assets/v3/obits/%s.jpg" alt="%s"></figure><div id="article-body" class="asset-content">%s</div>'
                '<div class="obit-guestbook"><h3>Guest Book</h3><p>Offer condolences and share memories with the family.</p><a href="/site/forms/obituary/">Sign the guest book</a></div>'
                '<p class="obit-placed">Published in The Millbrook Gazette on %s. Arrangements by <a href="/obituaries/">Hanover-Reese Funeral Home</a>.</p></article>') % (
            E(name), span, iso, shown, path[-12:-5], E(name), ps(paras), shown)
        s.non(path, shell("%s | Obituaries | millbrookgazette.com" % name, main, '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (
            E(name), jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": name, "datePublished": iso, "articleSection": "Obituaries",
                         "publisher": {"@type": "Organization", "name": "The Millbrook Gazette"}}))))
    s.non("/obituaries/", shell("Obituaries | millbrookgazette.com", '<h1 class="block-title">Obituaries</h1><div class="obit-list">%s</div><p><a href="/site/forms/obituary/">Place an obituary</a></p>' % "".join(
        '<div class="card"><h3><a href="%s">%s</a></h3><p>%s</p><p>%s</p></div>' % (p, E(n), sp, E(pp[0][:120]) + "…") for p, n, sp, _, _, pp in OB), cls="index"))
    s.non("/weather/", shell("Millbrook, OH Weather | millbrookgazette.com", '<h1>Millbrook Weather</h1><div class="current"><span class="temp">41°F</span> Cloudy. Wind NW 12 mph.</div>'
          '<h2>7-Day Forecast</h2>%s<p class="disclaimer">Forecast data provided by the National Weather Service, Wilmington, OH. Updated 5:12 AM EDT Fri Mar 14 2025.</p>'
          '<h2>School closings &amp; delays</h2><p><a href="/weather/closings/">See the full list</a></p>' % table(["Day", "High", "Low", "Forecast"], [
              ("Fri", "52", "38", "Mostly cloudy"), ("Sat", "66", "55", "Showers likely, windy"), ("Sun", "58", "34", "Strong storms possible early"), ("Mon", "47", "30", "Partly sunny"),
              ("Tue", "61", "44", "Sunny"), ("Wed", "68", "49", "Mostly sunny"), ("Thu", "55", "36", "Rain")]), cls="index"))
    s.non("/weather/closings/", shell("School closings and delays | millbrookgazette.com", '<h1>School closings and delays</h1><p class="updated">Last updated: 6:02 a.m. Friday, March 14, 2025</p>%s'
          '<p>Schools and organizations can report a closing by calling the newsroom at 740-555-0140 before 6 a.m.</p>' % table(["Organization", "Status"], [
              ("Big Walnut Local Schools", "2-hour delay"), ("Millbrook City Schools", "Open"), ("Olentangy Christian Academy", "Closed"), ("Harlem Twp. Senior Center", "Closed")]), cls="index"))
    s.non("/lottery/", shell("Ohio Lottery results | millbrookgazette.com", '<h1>Ohio Lottery</h1><p class="draw-date">Results for Thursday, March 13, 2025</p>%s'
          '<p>Check winning numbers against your tickets. In the event of a discrepancy, official Ohio Lottery records prevail.</p>' % table(["Game", "Winning numbers", "Jackpot"], [
              ("Pick 3 Midday", "4-1-9", ""), ("Pick 4 Evening", "0-7-7-2", ""), ("Classic Lotto", "03-11-19-27-38-44", "$4.2 million"), ("Powerball (Wed)", "08-21-33-47-62 PB 14", "$178 million")]), cls="index"))
    EV = ("/calendar/millbrook-st-patricks-day-parade/event_77e1c2d4-f93a-11ef-a1b2-c3d4e5f60718.html", "Millbrook St. Patrick's Day Parade")
    s.non(EV[0], shell("%s | Calendar | millbrookgazette.com" % EV[1], '<div class="event-detail"><h1>%s</h1><p class="event-when">Sat, Mar 15, 2025 · 11:00 AM</p>'
          '<p class="event-where">Downtown Millbrook, N. Main St. from Oak to Church</p><p>The 31st annual parade steps off at 11 a.m. with pipe bands, floats from local businesses and the Millbrook High School marching band. '
          'Main Street will be closed to traffic from 10 a.m. to 1 p.m.</p><p>Free. Parking at the municipal lot on Church Street.</p><p class="event-submitted">Submitted by Millbrook Rotary Club</p></div>' % E(EV[1]),
          jl({"@context": "http://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-15T11:00:00-04:00", "location": {"@type": "Place", "name": "Downtown Millbrook"}}), cls="event"))
    s.non("/calendar/", shell("Community calendar | millbrookgazette.com", '<h1>Community Calendar</h1><ul>%s</ul><a href="/site/forms/submit_news/">Submit an event</a>' % links([EV, ("/weather/", "Weather")]), cls="index"))
    s.non("/classifieds/", shell("Classifieds | millbrookgazette.com", '<h1>Classifieds</h1><div class="class-ad"><h4>Garage sale</h4><p>Sat 8-2, 412 Elm St. Furniture, tools, kids clothes.</p></div>'
          '<div class="class-ad"><h4>Help wanted</h4><p>Part-time delivery drivers, early mornings. Call 740-555-0177.</p></div><div class="class-ad"><h4>For rent</h4><p>2BR duplex, $1,050/mo, no pets.</p></div>', cls="index"))
    for u, n, bio, mine in (("dkessler", "Dana Kessler", "Dana Kessler covers city government, schools and elections for the Gazette. She joined the paper in 2019 after six years at the Marion Star.", every[:1]),
                            ("talbers", "Tom Albers", "Tom Albers has covered Millbrook and Delaware County for the Gazette since 1998.", every[1:]),
                            ("rng", "Rachel Ng", "Rachel Ng reports on transportation, business and development.", every[2:])):
        s.non("/users/profile/%s/" % u, shell("%s | millbrookgazette.com" % n, '<div class="user-profile"><h1>%s</h1><p class="title">Staff Writer</p><p class="bio">%s</p><h3>Recent stories</h3><ul>%s</ul></div>' % (E(n), E(bio), links(mine)), cls="user"))
    s.non("/site/forms/submit_news/", shell("Submit news | millbrookgazette.com", '<h1>Submit News</h1><p>Have a story idea, a birth announcement or an event? Let our newsroom know. Submissions are reviewed by an editor and may be edited for length.</p>'
          '<form><label>Your name<input></label><label>Headline<input></label><label>Details<textarea></textarea></label><button>Submit</button></form>', cls="form"))
    s.non("/site/forms/obituary/", shell("Place an obituary | millbrookgazette.com", '<h1>Place an Obituary</h1><p>Obituaries are paid notices written by the family or funeral home. Deadline is 2 p.m. for the next day\'s print edition.</p><form><textarea></textarea><button>Continue</button></form>', cls="form"))
    s.non("/news/local/", shell("Local News | millbrookgazette.com", '<h1 class="block-title">Local News</h1><div class="card lead"><h2><a href="%s">%s</a></h2><p>%s</p></div><ul>%s</ul>' % (
        A[0][0], E(A[0][1]), E(A[0][7][0]), links(every[1:] + [(el, "Election results")])), cls="index"))
    s.non("/", shell("The Millbrook Gazette | Millbrook, Ohio news", '<div class="block-title">Top Stories</div><ul>%s</ul><div class="block-title">Obituaries</div><ul>%s</ul>' % (
        links(every + [(el, "Election results"), ("/weather/closings/", "School closings")]), links([(p, n) for p, n, *_ in OB])), cls="index"))
    s.service(shell, [('/site/contact.html', 'Contact Us | millbrookgazette.com', 'Newsroom: 740-555-0140. 220 N. Main St., Millbrook, OH 43140.'), ('/site/privacy.html', 'Privacy Policy | millbrookgazette.com', 'This policy describes how The Millbrook Gazette collects and uses information about visitors to its website.'), ('/users/login/', 'Log In | millbrookgazette.com', 'Log in with your email address and password.'), ('/users/signup/', 'Subscribe | millbrookgazette.com', 'Digital access for $2.99 a month. Print delivery Thursday through Sunday from $4.50 a week.')])
    s.sitemap([p for p, *_ in A] + [p for p, *_ in OB])


# ------------------------------------------------------------ 2 Wessex Evening Echo (Newsquest-like UK evening paper)
def echo():
    s = Site(2)
    nav = [("/news/", "News"), ("/travel/", "Travel"), ("/weather/", "Weather"), ("/fuel-prices/", "Fuel prices"), ("/announcements/", "Announcements"),
           ("/puzzles/", "Puzzles"), ("/yourpictures/", "Your Pictures")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="nq-site">'
                '<div class="qc-cmp2-container" id="qc-cmp2-ui"><p class="qc-cmp2-summary">We value your privacy. We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.</p>'
                '<button>I Accept</button> <button>More options</button></div>'
                '<header class="mar-header"><a class="mar-logo" href="/">Wessex Evening Echo</a><nav class="mar-nav">%s</nav><a class="subscribe" href="/subscribe/">Subscribe</a></header>'
                '<div class="mpu-ad">Advertisement</div><main id="main">%s</main>'
                '<footer class="mar-footer"><a href="/contact/">Contact us</a> <a href="/ipso/">IPSO regulated</a> <a href="/announcements/">Place an announcement</a>'
                '<p>Wessex Evening Echo is part of Newsquest Media Group Ltd, registered in England &amp; Wales. All rights reserved.</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    nl = ('<div class="newsletter-signup-inline"><h3>Get the Echo\'s daily newsletter</h3><p>Get the latest headlines from across Wessex sent straight to your inbox every morning.</p>'
          '<form><input type="email"><button>Sign up</button></form></div>')
    A = [("/news/24931207.bournport-man-jailed-stealing-40-catalytic-converters/", "Bournport man jailed for stealing 40 catalytic converters", "Sophie Marsh", "Crime reporter",
          "/author/profile/217843.sophie_marsh/", "2025-03-12T16:20:00+00:00", "2025-03-12T16:20:00+00:00", "Published: 12th March", "", "person", [
          "A Bournport man who stole more than 40 catalytic converters from cars parked at hospitals and railway stations has been jailed for three years and four months.",
          "Kieran Doyle, 29, of Marlow Road, used a battery-powered saw to cut the exhaust parts from vehicles in the middle of the night, Wessex Crown Court heard on Tuesday.",
          "Prosecutor Anna Whitby said the thefts, between August and January, caused more than £70,000 of damage, and that several victims were NHS staff who had been unable to get to work.",
          "Doyle admitted 17 counts of theft and asked for 26 others to be taken into consideration. Judge Martin Hale said the offences had been \"planned, persistent and entirely driven by greed\"."]),
         ("/news/24933518.wessex-drivers-paying-8p-litre-petrol-national-average/", "Wessex drivers paying up to 8p a litre more for petrol than national average", "Jack Harrow", "Motoring reporter",
          "/author/profile/220155.jack_harrow/", "2025-03-13T10:05:00+00:00", "2025-03-13T10:05:00+00:00", "Published: 13th March", "", "org", [
          "Drivers in parts of Wessex are paying up to 8p a litre more for unleaded petrol than the UK average, according to figures from the RAC.",
          "The motoring group said the average price of a litre of unleaded in the UK was 136.4p on Wednesday, but forecourts in rural parts of the county were charging as much as 144.9p.",
          "RAC fuel spokesperson Simon Williams said the gap could not be explained by delivery costs alone and urged drivers to shop around, adding that supermarket forecourts in Bournport were the cheapest in the area.",
          "Petrol retailers have defended their prices, saying smaller village stations sell far less fuel and face the same fixed costs as busy urban forecourts."]),
         ("/news/24935002.a31-close-overnight-two-weeks-resurfacing/", "A31 to close overnight for two weeks for resurfacing", "Liam Cole", "Local Democracy Reporting Service",
          "/author/profile/198004.liam_cole/", "2025-03-13T14:30:00+00:00", "2025-03-14T08:05:00+00:00", "", "Last updated: 14th March", "person", [
          "A stretch of the A31 between Ringwood and the Picket Post junction will close overnight for two weeks from Monday so that the road can be resurfaced.",
          "National Highways said the westbound carriageway would be shut from 8pm to 6am between March 17 and March 23, followed by the eastbound side the following week.",
          "Diversions will take drivers through Ringwood town centre and along the B3347, which residents have warned is unsuitable for heavy lorries.",
          "Councillor Jane Pryor said she had asked for the work to be moved to the summer holidays but had been told the surface was deteriorating too quickly to wait."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, name, role, prof, iso, miso, pub, upd, ldau, paras in A:
        shown = pub or upd
        main = ('<article class="mar-article"><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></nav><h1 class="mar-article__headline">%s</h1>'
                '<div class="mar-article__byline"><img class="author-img" src="/resources/images/authors/%s.jpg" alt=""><p class="author-name">By <a href="%s">%s</a></p><p class="author-role">%s</p></div>'
                '<p class="article-date"><time datetime="%s">%s</time></p><div class="share-bar"><a>Share</a> <a>Comments</a></div>'
                '<figure><img src="/resources/images/%s/" alt=""><figcaption>The scene on Marlow Road (Image: Newsquest)</figcaption></figure>'
                '<div class="article-body">%s%s%s</div><div class="comments-count"><a href="#comments">Comments: 14</a></div></article>'
                '<aside class="related-articles"><h2>Most read</h2><ol>%s</ol></aside>') % (
            E(title), name.split()[0].lower(), prof, E(name), E(role), miso if upd else iso, shown, path[6:14], ps(paras[:2]), nl, ps(paras[2:]),
            links([(p, t) for p, t in every if p != path] + [("/fuel-prices/", "Cheapest fuel prices in Wessex today")]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": {"@type": "Person", "name": name} if ldau == "person" else {"@type": "Organization", "name": "Wessex Evening Echo"},
              "publisher": {"@type": "Organization", "name": "Wessex Evening Echo"}}
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Wessex Evening Echo">'
                '<link rel="canonical" href="%s">%s') % (E(title), s.url(path), jl(ld))
        other = [t for p, t in every if p != path][0]
        s.art(path, shell("%s | Wessex Evening Echo" % title, main, head), title, iso[:10], [name], instant=iso[:16],
              must=[paras[1], paras[-1]], must_not=["Get the latest headlines from across Wessex", other])
    s.non("/travel/", shell("Travel: roadworks and road closures in Wessex | Wessex Evening Echo", '<div class="travel-page"><h1>Roadworks and closures</h1>'
          '<p class="travel-updated">Last updated 07:45, 14 March 2025</p><p>Planned roadworks and closures on main roads in Wessex this week. Check before you travel.</p>%s'
          '<p class="travel-source">Roadworks data supplied by one.network. Compiled by the Echo travel desk.</p><p>Related: <a href="%s">%s</a></p></div>' % (
              table(["Road", "Location", "Dates", "Details"], [("A31", "Ringwood - Picket Post", "17 Mar - 30 Mar", "Overnight closure 8pm-6am, resurfacing"),
                                                               ("A338", "Cooper Dean roundabout", "10 Mar - 21 Mar", "Lane closures, drainage"),
                                                               ("B3073", "Parley Lane", "14 Mar", "Temporary traffic lights, gas main"),
                                                               ("A35", "Bournport Road", "18 Mar - 19 Mar", "Convoy working, white lining")]), A[2][0], E(A[2][1]))))
    s.non("/fuel-prices/", shell("Cheapest fuel prices in Wessex today | Wessex Evening Echo", '<div class="fuel-finder"><h1>Fuel prices near you</h1><p>Prices updated daily at 6am from retailers\' open data. Friday 14 March 2025.</p>'
          '<form><label>Postcode<input value="BP1"></label><button>Search</button></form>%s<p>Read: <a href="%s">%s</a></p></div>' % (
              table(["Station", "Town", "Unleaded", "Diesel"], [("Asda Bournport", "Bournport", "133.7p", "139.7p"), ("Tesco Extra", "Ferndown", "134.9p", "140.9p"),
                                                              ("Shell Picket Post", "Ringwood", "142.9p", "149.9p"), ("Esso Village Garage", "Cranborne", "144.9p", "150.9p")]), A[1][0], E(A[1][1]))))
    s.non("/weather/", shell("Wessex weather forecast | Wessex Evening Echo", '<h1>Weather</h1><p>Bournport: Friday 14 March 2025</p>%s<p>Forecast supplied by the Met Office. Issued at 05:00.</p>' % table(
        ["Time", "Weather", "Temp", "Wind"], [("09:00", "Light rain", "8°C", "SW 14mph"), ("12:00", "Cloudy", "10°C", "SW 18mph"), ("15:00", "Sunny intervals", "11°C", "W 16mph"), ("18:00", "Clear", "7°C", "W 10mph")])))
    DN = [("/announcements/deaths/barnes-peter-james-8812345/", "BARNES Peter James", "12/03/2025", [
           "Passed away peacefully at Bournport Hospital on 3rd March 2025, aged 84 years. Beloved husband of the late Jean, much loved dad of Andrew and Claire, and a proud grandad of four.",
           "Peter worked for 35 years at the Poole pottery and was a lifelong supporter of Bournport Town FC, where he ran the turnstile on Saturdays well into his seventies.",
           "Funeral service to take place at Bournport Crematorium on Wednesday 26th March at 2pm. Family flowers only please; donations if desired to the Stroke Association c/o Lewis &amp; Sons Funeral Directors, 4 High Street, Bournport."]),
          ("/announcements/deaths/okafor-grace-8812977/", "OKAFOR Grace", "13/03/2025", [
           "Died suddenly at home on 5th March 2025, aged 67. Dearly loved wife of Samuel, mother of Ifeoma and Chidi, and sister to many.",
           "Grace nursed at the Royal Wessex for 38 years and was known to generations of patients on the children's ward for her songs at bedtime.",
           "Service of thanksgiving at St Luke's Church, Bournport, on Friday 28th March at 11am, followed by burial at Kinson Cemetery. All welcome."])]
    for path, name, when, paras in DN:
        s.non(path, shell("%s - Deaths - Wessex Evening Echo Announcements" % name, '<div class="iannounce-notice"><p class="notice-type">Deaths</p><h1 class="notice-name">%s</h1>'
              '<p class="notice-published">Published: %s</p><div class="notice-text">%s</div><div class="notice-actions"><a href="/announcements/">Leave a tribute</a> <a href="/announcements/">Donate</a></div>'
              '<p class="notice-funeral-director">Funeral director: Lewis &amp; Sons, Bournport</p></div>' % (E(name), when, ps(paras)),
              '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % E(name)))
    s.non("/announcements/", shell("Announcements: deaths, births and marriages | Wessex Evening Echo", '<h1>Announcements</h1><h2>Deaths</h2><ul>%s</ul><p><a href="/contact/">Place an announcement</a></p>' % links([(p, n) for p, n, *_ in DN])))
    s.non("/puzzles/", shell("Puzzles | Wessex Evening Echo", '<h1>Puzzles</h1><p>Play the daily crossword, sudoku and wordsearch. Quick Crossword No. 8,114, set by Eddie James.</p><div class="puzzle-embed">[puzzle]</div>'))
    s.non("/yourpictures/", shell("Your Pictures: readers' photos of Wessex | Wessex Evening Echo", '<h1>Your Pictures</h1><p>Photos sent in by members of the Echo Camera Club this week. Send yours to pictures@wessexecho.example.</p>'
          '<figure><img src="/yp/1.jpg" alt=""><figcaption>Frosty morning on Hengistbury Head. Picture: Echo Camera Club member Dave Rowe</figcaption></figure>'
          '<figure><img src="/yp/2.jpg" alt=""><figcaption>Swans on the Stour at Christchurch. Picture: Echo Camera Club member Jenny Lau</figcaption></figure>'
          '<figure><img src="/yp/3.jpg" alt=""><figcaption>Sunrise over Bournport pier. Picture: Echo Camera Club member Ali Shah</figcaption></figure>'
          '<form><label>Upload your photo<input type="file"></label><button>Send</button></form>'))
    for p, n, role, mine in (("/author/profile/217843.sophie_marsh/", "Sophie Marsh", "Crime reporter", every[:1]), ("/author/profile/220155.jack_harrow/", "Jack Harrow", "Motoring reporter", every[1:2]),
                             ("/author/profile/198004.liam_cole/", "Liam Cole", "Local Democracy Reporter", every[2:])):
        s.non(p, shell("%s | Wessex Evening Echo" % n, '<div class="author-profile"><h1>%s</h1><p>%s</p><p>%s joined the Echo in 2021. Contact: newsdesk@wessexecho.example</p><ul>%s</ul></div>' % (E(n), E(role), E(n), links(mine))))
    s.non("/news/", shell("News | Wessex Evening Echo", '<h1>News</h1><ul>%s</ul>' % links(every)))
    s.non("/contact/", shell("Contact us | Wessex Evening Echo", '<h1>Contact us</h1><p>Newsdesk: 01202 555 100. Announcements: 01202 555 150.</p>'))
    s.non("/", shell("Wessex Evening Echo | Bournport news, sport and what's on", '<section class="top-stories"><ul>%s</ul></section><section><h2>Travel</h2><a href="/travel/">Roadworks this week</a></section>' % links(every)))
    s.service(shell, [('/ipso/', 'IPSO regulated | Wessex Evening Echo', "This newspaper is a member of the Independent Press Standards Organisation and abides by the Editors' Code of Practice."), ('/subscribe/', 'Subscribe | Wessex Evening Echo', 'Get unlimited access to the Echo from 1p for 1 month. Cancel anytime.')])
    s.sitemap([a[0] for a in A])


# ------------------------------------------------------------ 3 The Trent Valley Standard (Postmedia-like Canadian WordPress VIP)
def standard():
    s = Site(3)
    nav = [("/category/news/local-news/", "Local News"), ("/category/sports/", "Sports"), ("/category/life/horoscopes/", "Horoscopes"), ("/gas-prices/", "Gas Prices"),
           ("/lottery/", "Lottery"), ("/puzzles-games/", "Puzzles & Games")]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-CA"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress VIP">%s</head><body class="%s">'
                '<header class="site-header"><a class="logo" href="/"><span class="visually-hidden">The Trent Valley Standard</span></a><nav class="header-nav">%s</nav>'
                '<a class="button--subscribe" href="/subscribe/">Subscribe</a></header><div class="ad-wrapper"><div class="ad" data-ad="bigbox">Advertisement 1</div></div>'
                '<main id="main-content">%s</main><footer class="site-footer"><p>This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. <a href="/privacy/">Read more</a></p>'
                '<a href="/contact/">Contact</a> <a href="/about/">About</a><p>&copy; 2025 The Trent Valley Standard, a division of Postmedia Network Inc. All rights reserved.</p></footer></body></html>') % (
            E(title), head, cls, links(nav, tag="span"), main)

    nl = ('<div class="newsletter-embed"><h3>Trent Valley Standard Headline News</h3><p>Sign up to receive daily headline news from The Trent Valley Standard, a division of Postmedia Network Inc.</p>'
          '<form><input type="email"><button>Sign Up</button></form><p>By signing up you consent to receive the above newsletter from Postmedia Network Inc.</p></div>')
    A = [("/news/local-news/council-approves-three-new-transit-routes-for-north-end", "Council approves three new transit routes for north end", [("Megan Cho", "/author/megancho/")],
          "2025-03-12T16:45:00-04:00", "2025-03-12T16:45:00-04:00", "Published Mar 12, 2025", "", "4 minute read", "Local News", [
          "Trent Valley city council has approved three new bus routes for the city's fast-growing north end, though riders will have to wait until September to use them.",
          "Council voted 9-2 on Tuesday night to add the routes, which will link the Lansdowne subdivisions to the hospital, the college and the downtown terminal every 30 minutes on weekdays.",
          "Transit manager Kevin Ostrowski told councillors the city has ordered six new buses but would need to hire 14 drivers before the routes can start. \"The buses are the easy part,\" he said.",
          "Coun. Dianne Larocque, who voted against the plan, said the $2.8-million annual operating cost should have gone to improving service on existing routes, where riders regularly wait 40 minutes in winter."]),
         ("/news/ontario/ontario-to-fund-300-new-family-doctors-in-rural-regions", "Ontario to fund 300 new family doctors in rural regions", [],
          "2025-03-13T11:20:00-04:00", "2025-03-13T11:20:00-04:00", "Published Mar 13, 2025", "", "2 minute read", "Ontario", [
          "The Ontario government says it will spend $140 million to attach 300 new family doctors to primary-care teams in rural and northern regions over the next two years.",
          "Health Minister Sylvia Jones said the money would be targeted at communities where more than one in five residents has no family physician, including parts of eastern Ontario and the Kawarthas.",
          "The Ontario Medical Association welcomed the announcement but said the province still faces a shortage of more than 2,000 family doctors and needs to reduce the paperwork that drives physicians out of practice.",
          "The province said the first new teams would start accepting patients in the fall."]),
         ("/news/local-news/lakefield-arena-roof-fails-inspection-ice-season-ends-early", "Lakefield arena roof fails inspection, ice season ends early", [("Luke Hendry", "/author/lhendry/"), ("Chris Abbott", "/author/cabbott/")],
          "2025-03-11T13:10:00-04:00", "2025-03-13T09:30:00-04:00", "Published Mar 11, 2025", "Last updated 2 days ago", "3 minute read", "Local News", [
          "The Lakefield Memorial Arena has closed for the rest of the season after an engineer found cracks in two of the wooden trusses that hold up its roof.",
          "The township said the building was closed immediately on Monday afternoon and that minor hockey, figure skating and public skating would move to arenas in Peterborough and Selwyn for the final weeks of the season.",
          "Mayor Carolyn Reid said the 1966 arena had passed its last structural review three years ago. \"Nobody is going to be skating under that roof until we know exactly what is wrong with it,\" she said.",
          "Parents said the move would mean longer drives for early morning practices, and the local minor hockey association said it would lose its spring tournament, its biggest fundraiser of the year."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, by, iso, miso, pub, upd, read, sec, paras in A:
        names = [n for n, _ in by]
        if by:
            au = '<span class="published-by__author">%s</span>' % ", ".join('<a href="%s">%s</a>' % (p, E(n)) for n, p in by)
        else:
            au = '<span class="published-by__author">The Canadian Press</span>'
        dl = '<span class="published-date__since">%s</span>%s <span class="article-header__time-to-read"> • %s</span>' % (
            pub, (' <span class="updated-date__since"> • %s</span>' % upd) if upd else "", read)
        main = ('<article class="article-content"><header class="article-header"><a class="article-header__tag" href="/category/news/local-news/">%s</a><h1 class="article-title">%s</h1>'
                '<p class="article-subtitle">%s</p><div class="article-header__detail"><div class="published-by"><span class="published-by__label">Author of the article:</span>%s</div>'
                '<div class="article-header__published-date">%s</div></div></header>'
                '<figure class="featured-image"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption>File photo. Photo by Postmedia files</figcaption></figure>'
                '<section class="article-content__content-group">%s%s%s</section><div class="article-content__share">Share this Story : <a>Facebook</a> <a>X</a> <a>Email</a></div>'
                '<div class="comments-banner">Join the Conversation: This Week in Comments</div></article><aside class="related"><h2>Trending</h2><ul>%s</ul></aside>') % (
            sec, E(title), E(paras[0][:90] + "…"), au, dl, path.rsplit("/", 1)[-1][:12], ps(paras[:2]), nl, ps(paras[2:]),
            links([(p, t) for p, t in every if p != path] + [("/category/life/horoscopes/", "Horoscopes")]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n, "url": s.url(p)} for n, p in by] or [{"@type": "Organization", "name": "The Canadian Press"}],
              "publisher": {"@type": "Organization", "name": "The Trent Valley Standard"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s | The Trent Valley Standard"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (s.url(path), E(title), iso, miso, jl(ld))
        other = [t for p, t in every if p != path][0]
        s.art(path, shell("%s | The Trent Valley Standard" % title, main, head, "single single-post"), title, iso[:10], names,
              must=[paras[1], paras[-1]], must_not=["Sign up to receive daily headline news", other])
    # the daily horoscope as Postmedia posts it: a WordPress post with a byline and NewsArticle markup
    hp = "/life/horoscopes/horoscopes-march-14-2025"
    signs = [("Aries (March 21-April 19)", "This is a good day to tackle paperwork and finances. Someone older or more experienced might give you practical advice. Listen."),
             ("Taurus (April 20-May 20)", "Travel plans look exciting today. You want to learn something new, and a conversation with a friend will open a door you did not expect."),
             ("Gemini (May 21-June 20)", "Keep a low profile at work. Not everything needs to be said out loud, especially before the weekend."),
             ("Cancer (June 21-July 22)", "Partners and close friends are supportive today. Accept an invitation, even if you feel like staying home."),
             ("Leo (July 23-Aug. 22)", "Your energy is high, which makes this a great day to catch up on chores, exercise or anything that has been waiting.")]
    s.non(hp, shell("Horoscopes: March 14, 2025 | The Trent Valley Standard", ('<article class="article-content"><header class="article-header"><a class="article-header__tag" href="/category/life/horoscopes/">Horoscopes</a>'
          '<h1 class="article-title">Horoscopes: March 14, 2025</h1><div class="article-header__detail"><div class="published-by"><span class="published-by__label">Author of the article:</span>'
          '<span class="published-by__author"><a href="/author/georgianicols/">Georgia Nicols</a></span></div><div class="article-header__published-date"><span class="published-date__since">Published Mar 14, 2025</span>'
          '<span class="article-header__time-to-read"> • 3 minute read</span></div></div></header><section class="article-content__content-group">'
          '<p><strong>Moon Alert:</strong> Avoid shopping or making important decisions from 1:15 p.m. to 5:40 p.m. EDT today. The Moon is in Virgo.</p>%s'
          '<p><strong>Tonight:</strong> Cook for someone.</p><p>Happy birthday if today is your birthday. This year you will enjoy a calmer, more settled pace in your work.</p></section></article>') % "".join(
          '<p><strong>%s</strong><br>%s</p>' % (E(a), E(b)) for a, b in signs), '<meta property="og:type" content="article">%s' % jl({
              "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Horoscopes: March 14, 2025", "datePublished": "2025-03-14T00:00:00-04:00",
              "author": [{"@type": "Person", "name": "Georgia Nicols"}]}), "single single-post"))
    s.non("/category/life/horoscopes/", shell("Horoscopes | The Trent Valley Standard", '<h1>Horoscopes</h1><ul>%s</ul>' % links([(hp, "Horoscopes: March 14, 2025")]), cls="archive"))
    s.non("/author/georgianicols/", shell("Georgia Nicols | The Trent Valley Standard", '<h1>Georgia Nicols</h1><p>Georgia Nicols is a syndicated astrologer whose daily horoscopes appear in newspapers across Canada.</p><ul>%s</ul>' % links([(hp, "Horoscopes: March 14, 2025")]), cls="archive author"))
    s.non("/gas-prices/", shell("Trent Valley gas prices | The Trent Valley Standard", '<h1>Gas Prices in Trent Valley</h1><p>Lowest regular gas prices reported in the last 24 hours. Prices provided by GasBuddy. Updated March 14, 2025, 7:00 a.m.</p>%s' % table(
        ["Station", "Address", "Regular", "Updated"], [("Costco", "485 The Parkway", "129.9", "2 hours ago"), ("Canadian Tire Gas+", "1050 Lansdowne St W", "132.4", "4 hours ago"),
                                                        ("Esso", "2 Queen St, Lakefield", "135.9", "1 day ago")])))
    s.non("/lottery/", shell("Lottery results | The Trent Valley Standard", '<h1>Winning numbers</h1><h2>LOTTO 6/49 - Wednesday, March 12, 2025</h2><p class="numbers">4 11 17 28 36 44 Bonus 9</p>'
          '<h2>LOTTO MAX - Tuesday, March 11, 2025</h2><p class="numbers">2 9 15 22 31 40 47 Bonus 18</p><p>Jackpot for Friday: $35 million. Always check your numbers with OLG. OLG numbers prevail.</p>'))
    s.non("/sports/scores/", shell("Scores | The Trent Valley Standard", '<h1>Scores</h1><h2>OHL - Thursday</h2>%s<p>Scores provided by Stats Perform.</p>' % table(
        ["Away", "", "Home", "", "Final"], [("Trent Valley Petes", 4, "Oshawa Generals", 2, "F"), ("Kingston Frontenacs", 3, "Ottawa 67's", 4, "F/OT")])))
    s.non("/puzzles-games/", shell("Puzzles & Games | The Trent Valley Standard", '<h1>Puzzles &amp; Games</h1><p>Daily crossword, sudoku, word search and Jumble.</p><div class="puzzle">[game]</div>'))
    for p, n, bio, mine in (("/author/megancho/", "Megan Cho", "Megan Cho covers city hall for The Trent Valley Standard.", every[:1]),
                            ("/author/lhendry/", "Luke Hendry", "Luke Hendry is a reporter with The Trent Valley Standard.", every[2:]),
                            ("/author/cabbott/", "Chris Abbott", "Chris Abbott is a Local Journalism Initiative reporter.", every[2:])):
        s.non(p, shell("%s | The Trent Valley Standard" % n, '<div class="author-bio"><h1>%s</h1><p>%s</p></div><ul>%s</ul>' % (E(n), E(bio), links(mine)), cls="archive author"))
    s.non("/category/news/local-news/", shell("Local News | The Trent Valley Standard", '<h1>Local News</h1><ul>%s</ul>' % links(every), cls="archive"))
    s.non("/category/sports/", shell("Sports | The Trent Valley Standard", '<h1>Sports</h1><ul>%s</ul>' % links([("/sports/scores/", "Scores"), every[2]]), cls="archive"))
    s.non("/", shell("The Trent Valley Standard | Local news, sports and weather", '<section><h2>Top Stories</h2><ul>%s</ul></section><section><h2>Life</h2><ul>%s</ul></section>' % (
        links(every), links([(hp, "Horoscopes: March 14, 2025"), ("/lottery/", "Lottery results")]))))
    s.service(shell, [('/about/', 'About | The Trent Valley Standard', 'The Trent Valley Standard has served the region since 1854.'), ('/contact/', 'Contact | The Trent Valley Standard', 'Newsroom: 705-555-0111.'), ('/privacy/', 'Privacy | The Trent Valley Standard', 'Postmedia is committed to protecting your privacy.'), ('/subscribe/', 'Subscribe | The Trent Valley Standard', 'Unlimited online access for $1.25 a week.')])
    s.sitemap([a[0] for a in A] + [hp], "/wp-admin/")


# ------------------------------------------------------------ 4 The Riverina Courier (ACM-like Australian regional)
def riverina():
    s = Site(4)
    nav = [("/news/", "News"), ("/sport/", "Sport"), ("/sport/results/", "Results"), ("/weather/", "Weather"), ("/property/", "Property"), ("/jobs/", "Jobs"),
           ("/tributes/", "Tributes"), ("/puzzles/", "Puzzles")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body class="font-sans"><div id="__next"><header class="bg-white border-b"><a class="logo" href="/">The Riverina Courier</a><nav class="flex gap-4">%s</nav>'
                '<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header><div class="ad-slot">Advertisement</div>'
                '<main class="container mx-auto">%s</main><footer class="bg-gray-900"><a href="/about-us/">About us</a> <a href="/contact-us/">Contact us</a> '
                '<a href="/tributes/">Place a notice</a><p>&copy; 2025 Australian Community Media. All rights reserved.</p></footer></div></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/story/8912345/water-restrictions-lifted-as-burrinjuck-dam-tops-80-per-cent/", "Water restrictions lifted as Burrinjuck Dam tops 80 per cent",
          [("Jess Whitty", "/profile/2741/jess-whitty/")], "", "2025-03-12T08:30:00+11:00", "2025-03-13T09:15:00+11:00",
          "Updated March 13 2025 - 9:15am, first published March 12 2025 - 8:30am", "person", "2025-03-11T21:30", [
          "Level 2 water restrictions across Bidgee Shire have been lifted after Burrinjuck Dam rose above 80 per cent for the first time since 2022.",
          "Riverina Water said residents could now water gardens with a hose at any time of day, although sprinklers would still be banned between 10am and 4pm until the end of March.",
          "General manager Andrew Crakanthorp said good rain across the catchment in February had made the difference. \"Residents did a great job cutting their use over summer, and we want to thank them,\" he said.",
          "The utility warned restrictions could return in spring if the winter is dry, and urged households to keep up water-saving habits."]),
         ("/story/8913377/wagga-rsl-claim-first-grade-cricket-premiership/", "Wagga RSL claim first-grade cricket premiership in final-over thriller",
          [("Courtney Rees", "/profile/2988/courtney-rees/")], "Sports reporter", "2025-03-10T18:00:00+11:00", "2025-03-10T18:00:00+11:00", "March 10 2025 - 6:00pm", "person", "2025-03-10T07:00", [
          "Wagga RSL have won the Riverina first-grade cricket premiership, chasing down 212 with two balls to spare against Kooringal Colts at Robertson Oval on Sunday.",
          "Needing nine off the final over, tailender Sam Fitzgerald hit a boundary off the third ball and then ran two to square leg to spark wild celebrations among the 600-strong crowd.",
          "Captain Matt Anderson top-scored with 74 and said the win made up for two straight grand final losses. \"We have been on the wrong end of this twice, so to finally get there is massive for the club,\" he said.",
          "Kooringal's Liam Hatty took four wickets and was named player of the final despite finishing on the losing side."]),
         ("/story/8914010/council-backs-28m-plan-for-new-aquatic-centre/", "Council backs $28m plan for new aquatic centre",
          [("Tom Dowling", "/profile/2612/tom-dowling/"), ("Rachel Lee", "/profile/3015/rachel-lee/")], "", "2025-03-13T16:00:00+11:00", "2025-03-13T16:00:00+11:00",
          "March 13 2025 - 4:00pm", "org", "2025-03-13T05:00", [
          "Bidgee Shire Council has backed a $28 million plan to replace the town's 1960s swimming pool with an indoor aquatic centre.",
          "Councillors voted unanimously on Wednesday night to seek state and federal grants for two-thirds of the cost, with the rest to come from council reserves and a loan.",
          "The new centre would have a 25-metre heated pool, a learn-to-swim pool and a water play area, and would be open all year instead of only from November to March.",
          "Swimming club president Kate Nolan said members had been driving to Wagga for winter training for decades. \"This will change everything for our kids,\" she said."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, by, role, iso, miso, shown, ldau, inst, paras in A:
        names = [n for n, _ in by]
        byl = " and ".join('<a class="font-semibold" href="%s">%s</a>' % (p, E(n)) for n, p in by)
        if role:
            byl += '<span class="text-gray-600"> %s</span>' % E(role)
        main = ('<article><nav class="breadcrumb"><a href="/news/">News</a></nav><h1 class="text-3xl font-bold" data-testid="article-headline">%s</h1>'
                '<div class="flex items-center" data-testid="author-byline"><img class="rounded-full" src="/images/authors/%s.jpg" alt="">By %s</div>'
                '<div class="text-sm text-gray-600" data-testid="article-date">%s</div><div class="share"><a>Share</a></div>'
                '<figure><img src="/images/transform/v1/crop/frm/%s.jpg" alt=""><figcaption>The view from the spillway on Tuesday. Picture by Les Smith</figcaption></figure>'
                '<div id="story-body" class="prose">%s<div class="subscribe-inline"><p>Get the latest local news delivered free to your inbox. Sign up to The Riverina Courier newsletters.</p></div>%s</div>'
                '<div class="related"><h3>Recommended</h3><ul>%s</ul></div></article>') % (
            E(title), names[0].split()[0].lower(), byl, shown, path[7:14], ps(paras[:2]), ps(paras[2:]), links([(p, t) for p, t in every if p != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n} for n in names] if ldau == "person" else {"@type": "Organization", "name": "The Riverina Courier"},
              "publisher": {"@type": "Organization", "name": "Australian Community Media"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="twitter:title" content="%s | The Riverina Courier">%s') % (
            s.url(path), E(title), E(title), jl(ld))
        s.art(path, shell("%s | The Riverina Courier | Wagga Wagga, NSW" % title, main, head), title, iso[:10], names, instant=inst,
              must=[paras[1], paras[-1]], must_not=["Sign up to The Riverina Courier newsletters", "Picture by Les Smith"])
    s.non("/weather/", shell("Wagga Wagga weather | The Riverina Courier", '<h1>Wagga Wagga weather</h1><p>Forecast issued at 4:40 am EDT on Friday 14 March 2025.</p>%s<p>Source: Bureau of Meteorology.</p>' % table(
        ["Day", "Min", "Max", "Rain", "Summary"], [("Fri 14 Mar", "12", "29", "0%", "Sunny."), ("Sat 15 Mar", "14", "31", "10%", "Mostly sunny."), ("Sun 16 Mar", "16", "26", "60%", "Showers, possible storm.")])))
    res = [("Wagga RSL", "7/212 (49.4 ov)", "def.", "Kooringal Colts", "211 (50 ov)"), ("Lake Albert", "6/188", "def.", "St Michaels", "154"), ("South Wagga", "3/120", "drew", "Wagga City", "9/190")]
    s.non("/sport/results/", shell("Results: Riverina district cricket, round 18 and grand final | The Riverina Courier", '<div class="results-hub"><h1>Riverina cricket results</h1>'
          '<div class="meta">Compiled by <a href="/profile/2988/courtney-rees/">Courtney Rees</a> · March 10 2025 - 9:00pm</div>'
          '<p>All results from the grand final weekend in Riverina District Cricket Association competitions. Clubs can send scorecards to sport@riverinacourier.example by 10am Monday.</p>%s'
          '<p>Match report: <a href="%s">%s</a></p></div>' % (table(["Team", "Score", "", "Opponent", "Score"], res), A[1][0], E(A[1][1]))))
    PR = ("/property/listing/12-banksia-street-kooringal-nsw-2650/", "12 Banksia Street, Kooringal NSW 2650")
    s.non(PR[0], shell("%s - House for Sale | The Riverina Courier Property" % PR[1], '<div class="listing"><h1>%s</h1><p class="price">Offers over $549,000</p><p class="features">4 bed · 2 bath · 2 car · 812 m²</p>'
          '<p class="listed">Listed 3 days ago by Marnie Hayes, First National Real Estate Wagga</p>'
          '<h2>Family living on a quiet street</h2><p>Set on a generous block in one of Kooringal\'s most sought-after pockets, this brick veneer home offers four bedrooms, an open-plan kitchen and living area and a covered alfresco that looks over established gardens.</p>'
          '<p>The main bedroom has a walk-in robe and ensuite, and ducted reverse-cycle air conditioning keeps the whole house comfortable through Riverina summers. A double garage with drive-through access leaves room for a boat or caravan.</p>'
          '<p>Walking distance to Kooringal Public School and the shops. Inspections by appointment.</p><a href="/property/">Back to search</a></div>' % E(PR[1]),
          jl({"@context": "https://schema.org", "@type": "SingleFamilyResidence", "name": PR[1], "numberOfRooms": 4})))
    s.non("/property/", shell("Property for sale in Wagga Wagga | The Riverina Courier", '<h1>Property</h1><ul>%s</ul>' % links([PR, ("/jobs/", "Jobs")])))
    JB = ("/jobs/listing/registered-nurse-aged-care-bidgee-shire-77120/", "Registered Nurse - Aged Care")
    s.non(JB[0], shell("Registered Nurse - Aged Care | Jobs | The Riverina Courier", '<div class="job"><h1>%s</h1><p>Bidgee Shire Council · Full time · Posted 12 March 2025</p>'
          '<p>We are seeking an experienced Registered Nurse to join the team at Kooringal Lodge, a 60-bed council-run aged care home. You will lead a team of care staff on rotating shifts and work closely with residents, families and visiting GPs.</p>'
          '<p>The successful applicant will hold current AHPRA registration and have at least two years\' experience in aged care. Salary package includes salary sacrifice and a relocation allowance.</p>'
          '<p>Applications close 28 March 2025. Contact Ruth Sims on 02 6900 1234.</p></div>' % E(JB[1]), jl({"@context": "https://schema.org", "@type": "JobPosting", "title": JB[1], "datePosted": "2025-03-12"})))
    s.non("/jobs/", shell("Jobs in the Riverina | The Riverina Courier", '<h1>Jobs</h1><ul>%s</ul>' % links([JB])))
    TR = ("/tributes/funeral-notices/ronald-keith-mcinnes/", "Ronald Keith McINNES")
    s.non(TR[0], shell("Ronald Keith McINNES - Funeral Notice | The Riverina Courier Tributes", '<div class="tribute"><h1>%s</h1><p class="tribute-type">Funeral Notice</p><p class="tribute-dates">14/07/1941 - 08/03/2025</p>'
          '<p>Late of Kooringal. Passed away peacefully at Wagga Base Hospital on Saturday, 8 March 2025. Aged 83 years.</p><p>Loving husband of Beryl. Loved father and father-in-law of Graeme and Trish, Lynette and Paul. Pop to seven and great-pop to three.</p>'
          '<p>Relatives and friends are invited to attend Ron\'s funeral service to be held at St John\'s Anglican Church, Wagga Wagga, on Friday 14 March 2025 commencing at 11am.</p>'
          '<p class="published">Published in The Riverina Courier on 12 March 2025</p><a href="/tributes/">Light a candle</a></div>' % E(TR[1])))
    s.non("/tributes/", shell("Tributes and funeral notices | The Riverina Courier", '<h1>Tributes</h1><ul>%s</ul>' % links([TR])))
    s.non("/puzzles/", shell("Puzzles | The Riverina Courier", '<h1>Puzzles</h1><p>Crosswords, sudoku and Target Time.</p><div>[puzzle]</div>'))
    for p, n, mine in (("/profile/2741/jess-whitty/", "Jess Whitty", every[:1]), ("/profile/2988/courtney-rees/", "Courtney Rees", every[1:2]),
                       ("/profile/2612/tom-dowling/", "Tom Dowling", every[2:]), ("/profile/3015/rachel-lee/", "Rachel Lee", every[2:])):
        s.non(p, shell("%s | The Riverina Courier" % n, '<div class="profile"><h1>%s</h1><p>Journalist at The Riverina Courier. Email tips to news@riverinacourier.example</p><ul>%s</ul></div>' % (E(n), links(mine))))
    s.non("/news/", shell("News | The Riverina Courier", '<h1>Latest news</h1><ul>%s</ul>' % links([every[0], every[2]])))
    s.non("/sport/", shell("Sport | The Riverina Courier", '<h1>Sport</h1><ul>%s</ul>' % links([every[1], ("/sport/results/", "Results")])))
    s.service(shell, [('/about-us/', 'About us | The Riverina Courier', 'The Riverina Courier has been the voice of the Riverina since 1879.'), ('/contact-us/', 'Contact us | The Riverina Courier', 'Newsroom: 02 6900 5555.'), ('/login/', 'Log in | The Riverina Courier', 'Log in to your account.'), ('/subscribe/', 'Subscribe | The Riverina Courier', 'Unlimited digital access from $1 for the first month.')])
    s.non("/", shell("The Riverina Courier | Wagga Wagga, NSW", '<section><ul>%s</ul></section><section><h2>Property</h2><ul>%s</ul></section>' % (links(every), links([PR]))))


# ------------------------------------------------------------ 5 Bay Chronicle (NZME-like New Zealand regional)
def baychron():
    s = Site(5)
    nav = [("/bay-chronicle/news/", "News"), ("/bay-chronicle/traffic/", "Traffic"), ("/bay-chronicle/weather/", "Weather & tides"), ("/lotto/", "Lotto results"),
           ("/bay-chronicle/death-notices/", "Death notices"), ("/video/local-focus/", "Local Focus")]

    def shell(title, main, head=""):
        return ('<!doctype html><html lang="en-NZ"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="page">'
                '<header class="header"><a class="header__logo" href="/">Bay Chronicle</a><nav class="header__nav">%s</nav><a class="header__premium" href="/subscribe/">Subscribe</a></header>'
                '<main class="main-content">%s</main><div class="cookie-notice">We use cookies to give you the best experience. <a href="/privacy/">Privacy</a> <button>OK</button></div>'
                '<footer class="footer"><a href="/contact/">Contact us</a> <a href="/bay-chronicle/news/">News</a><p>&copy; Copyright 2025 NZME Publishing Limited</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/bay-chronicle/news/port-kowhai-harbour-dredging-to-begin-in-april/QX7KD2LM4BFRZNTS3VYO2W6H5E/", "Port Kōwhai harbour dredging to begin in April",
          [("Carmen Hall", "/author/carmen-hall/")], "Senior reporter", "12 Mar, 2025 09:30 AM", "2025-03-12T09:30:00+13:00", "2025-03-12", "2025-03-11T20:30", "4 mins to read", [
          "Dredging of the shipping channel into Port Kōwhai will begin in early April, with the port company promising to monitor shellfish beds and water clarity throughout the work.",
          "The $48 million project will deepen the channel by about a metre so that larger container ships can enter the harbour at all tides.",
          "Hapū representative Ngaire Tapsell said local iwi had agreed to the work after the company committed to funding a ten-year survey of the pipi and tuangi beds near the harbour entrance.",
          "Port chief executive Leonie Grant said the dredging would take about five months, and boaties would be kept out of a small exclusion zone around the dredge at all times."]),
         ("/bay-chronicle/news/slip-closes-state-highway-2-in-waimarino-gorge/RS8M3KQ1TNZLW7P4BJXC9YDE2A/", "Slip closes State Highway 2 in Waimarino Gorge",
          [("Talia Parker", "/author/talia-parker/")], "Reporter", "3 hours ago", None, "fetch-3", None, "2 mins to read", [
          "State Highway 2 is closed through the Waimarino Gorge after a large slip came down across both lanes early this morning.",
          "NZ Transport Agency Waka Kotahi said no vehicles were caught in the slip, which brought down trees and about 2000 cubic metres of rock and mud.",
          "Drivers heading between the Bay and Gisborne are being sent on a long detour through Rotorua and Murupara, adding up to two hours to the trip.",
          "Contractors were assessing the hillside and the road was not expected to reopen before tomorrow afternoon."]),
         ("/bay-chronicle/news/kowhai-rugby-club-to-lose-clubrooms-when-lease-ends/KL2P9DXW3MTQBN8F5ZRJ6YAC1E/", "Kōwhai Rugby Club to lose clubrooms when lease ends",
          [("Mitchell Hughes", "/author/mitchell-hughes/"), ("Talia Parker", "/author/talia-parker/")], "", "10 Mar, 2025 04:15 PM", "2025-03-10T16:15:00+13:00", "2025-03-10", "2025-03-10T03:15", "3 mins to read", [
          "The Kōwhai Rugby Club will have to leave the clubrooms it has used for 62 years after the district council decided not to renew its lease on the reserve land.",
          "The council wants to use the site for a new sports hub shared by several codes, and has offered the club space in the new building once it is finished in 2027.",
          "Club president Hemi Walker said members were gutted. \"Our grandparents built that place with their own hands and raffle money,\" he said.",
          "The club will play its home games at the domain next season and hold its prizegiving at the bowling club."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, by, role, shown, iso, day, inst, mins, paras in A:
        names = [n for n, _ in by]
        byl = " and ".join('<a class="author__name" href="%s">%s</a>' % (p, E(n)) for n, p in by)
        rl = '<span class="author__desc">%s</span>' % E(role) if role else ""
        main = ('<article class="article"><header class="article__header"><h1 class="article__heading">%s</h1>'
                '<div class="article__author-container"><div class="author">By %s %s</div><span class="article__site">Bay Chronicle</span></div>'
                '<div class="article__meta"><time class="article__datetime">%s</time> <span class="article__read-time">%s</span></div></header>'
                '<figure class="article__image"><img src="/resizer/v2/%s.jpg" alt=""><figcaption>The harbour entrance at low tide. Photo / George Novak</figcaption></figure>'
                '<section class="article__body">%s<div class="article__advert">Advertisement</div>%s</section>'
                '<aside class="article__related"><h2>Related articles</h2><ul>%s</ul></aside>'
                '<div class="article__newsletter"><p>Get the Bay Chronicle morning briefing. Sign up for the day\'s news in your inbox.</p></div></article>') % (
            E(title), byl, rl, shown, mins, path.split("/")[-2][:10], ps(paras[:2]), ps(paras[2:]), links([(p, t) for p, t in every if p != path]))
        head = '<meta property="og:title" content="%s - Bay Chronicle"><meta property="og:type" content="article"><link rel="canonical" href="%s">' % (E(title), s.url(path))
        if iso:
            head += jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": iso,
                        "author": [{"@type": "Person", "name": n} for n in names]})
        s.art(path, shell("%s - Bay Chronicle News - NZ Herald" % title, main, head), title, day, names, instant=inst,
              must=[paras[1], paras[-1]], must_not=["Get the Bay Chronicle morning briefing", "Photo / George Novak"])
    s.non("/lotto/", shell("Lotto results: Saturday 8 March 2025 - NZ Herald", '<div class="lotto"><h1>Lotto results</h1><p class="draw">Draw 2451 · Saturday 8 March 2025</p>'
          '<p class="balls">6 13 19 25 33 38 Bonus 11 Powerball 4</p><p>First division was won by two tickets, each taking home $166,667. Powerball of $6 million was not struck and rolls over to $7 million on Wednesday.</p>'
          '<p>Strike: 13 25 6 33 - not struck.</p><p>Results are from MyLotto. Always check your ticket with Lotto NZ.</p></div>'))
    s.non("/bay-chronicle/weather/", shell("Weather and tides: Port Kōwhai - NZ Herald", '<h1>Weather</h1><p>Port Kōwhai · Friday, 14 March</p>%s<h2>Tides</h2>%s<p>Forecast data from MetService.</p>' % (
        table(["", "Morning", "Afternoon", "Evening"], [("Fri", "Fine", "Fine, 24°", "Clear, 14°"), ("Sat", "Cloud increasing", "Showers, 21°", "Rain")]),
        table(["Tide", "Time", "Height"], [("High", "5:42am", "1.8m"), ("Low", "11:58am", "0.3m"), ("High", "6:09pm", "1.9m")]))))
    s.non("/bay-chronicle/traffic/", shell("Road closures and traffic - Bay Chronicle", '<h1>Traffic</h1><p>Current road closures and delays across the Bay. Information from NZTA Waka Kotahi, refreshed every 15 minutes.</p>%s<p>See: <a href="%s">%s</a></p>' % (
        table(["Road", "Location", "Status", "Detour"], [("SH2", "Waimarino Gorge", "Closed - slip", "Via SH30/SH38"), ("SH29", "Kaimai Range", "Delays - roadworks 7pm-5am", "")]), A[1][0], E(A[1][1]))))
    DN = ("/bay-chronicle/death-notices/tamihana-rawiri/", "TAMIHANA, Rāwiri (Dave)")
    s.non(DN[0], shell("TAMIHANA, Rāwiri (Dave) - Death Notice - Bay Chronicle", '<div class="notice"><h1>%s</h1><p class="notice__published">Published in Bay Chronicle on 13 Mar 2025</p>'
          '<p>Passed away peacefully surrounded by his whānau on Monday 10 March 2025, aged 79. Dearly loved husband of Mere. Loved dad, koro and papa of many.</p>'
          '<p>Dave will lie at Te Papa Marae from Wednesday. Service at the marae on Friday 14 March at 11am, followed by burial at Ōtamarākau urupā.</p>'
          '<p>Moe mai rā e te rangatira.</p><a href="/bay-chronicle/death-notices/">View all notices</a></div>' % E(DN[1])))
    s.non("/bay-chronicle/death-notices/", shell("Death notices - Bay Chronicle", '<h1>Death notices</h1><ul>%s</ul><p>To place a notice contact classifieds on 0800 769 000.</p>' % links([DN])))
    VD = ("/video/local-focus/how-a-kowhai-family-runs-the-bays-last-dairy/", "Local Focus: How a Kōwhai family runs the Bay's last dairy")
    s.non(VD[0], shell(VD[1] + " - NZ Herald", '<div class="video-page"><div class="video-player">[video 03:42]</div><h1>%s</h1><p>For 40 years the Singh family has opened at 6am, 364 days a year. Local Focus visits the corner shop that outlived the supermarket.</p>'
          '<p class="video-meta">Video / Local Focus · 9 Mar, 2025</p></div>' % E(VD[1]), jl({"@context": "http://schema.org", "@type": "VideoObject", "name": VD[1], "uploadDate": "2025-03-09T10:00:00+13:00"})))
    s.non("/video/local-focus/", shell("Local Focus videos - NZ Herald", '<h1>Local Focus</h1><ul>%s</ul>' % links([VD])))
    for p, n, bio, mine in (("/author/carmen-hall/", "Carmen Hall", "Carmen Hall is a senior reporter at the Bay Chronicle covering business, the port and the economy.", every[:1]),
                            ("/author/talia-parker/", "Talia Parker", "Talia Parker is a Bay Chronicle reporter covering transport and rural communities.", every[1:]),
                            ("/author/mitchell-hughes/", "Mitchell Hughes", "Mitchell Hughes is the Bay Chronicle's sports reporter.", every[2:])):
        s.non(p, shell("%s - Bay Chronicle" % n, '<div class="author-page"><h1>%s</h1><p class="author-page__bio">%s</p><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/bay-chronicle/news/", shell("Bay Chronicle news - NZ Herald", '<div class="section-lead"><h2><a href="%s">%s</a></h2><p>%s %s</p></div><ul>%s</ul>' % (
        A[0][0], E(A[0][1]), E(A[0][9][0]), E(A[0][9][1]), links(every[1:]))))
    s.service(shell, [('/contact/', 'Contact us - Bay Chronicle', 'Newsroom: 07 555 0100. news@baychronicle.example'), ('/privacy/', 'Privacy - NZ Herald', 'NZME respects your privacy.'), ('/subscribe/', 'Subscribe - NZ Herald', 'Premium digital from $1.99 a week.')])
    s.non("/", shell("Bay Chronicle - Latest Bay of Plenty news - NZ Herald", '<section><ul>%s</ul></section><section><h2>Video</h2><ul>%s</ul></section>' % (links(every), links([VD]))))


# ------------------------------------------------------------ 6 Oberland-Bote (Ippen-like German regional)
def oberland():
    s = Site(6)
    nav = [("/lokales/weilach/", "Weilach"), ("/politik/", "Politik"), ("/wetter/", "Wetter"), ("/verkehr/blitzer/", "Blitzer"), ("/service/apotheken-notdienst/", "Apotheken"),
           ("/trauer/", "Trauer"), ("/veranstaltungen/", "Veranstaltungen")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="id-Body">'
                '<div class="id-ConsentLayer" role="dialog"><p>Wir und unsere Partner verarbeiten personenbezogene Daten, z.B. Ihre IP-Adresse, und speichern Informationen auf Ihrem Gerät. '
                'Klicken Sie auf „Akzeptieren“, um zuzustimmen.</p><button>Akzeptieren</button> <button>Einstellungen</button></div>'
                '<header class="id-SiteHeader"><a class="id-SiteLogo" href="/">Oberland-Bote</a><nav class="id-Nav">%s</nav></header>'
                '<div class="id-Ad" data-slot="superbanner">Anzeige</div><main class="id-Main">%s</main>'
                '<footer class="id-Footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/kontakt/">Kontakt</a>'
                '<p>&copy; Oberland-Bote 2025 – ein Angebot der Oberland Mediengruppe</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    nl = '<div class="id-Newsletter"><p class="id-Newsletter-title">Unser Oberland-Newsletter</p><p>Alle wichtigen Nachrichten aus dem Landkreis – jeden Morgen kostenlos in Ihrem Postfach.</p><button>Jetzt anmelden</button></div>'
    A = [("/lokales/weilach/gemeinderat-stimmt-fuer-neues-hallenbad-93612345.html", "Weilach", "Nach jahrelangem Streit", "Gemeinderat stimmt für neues Hallenbad",
          ["Lena Hoffmann", "Felix Brandt"], "2025-03-14T11:00:00+01:00", "2025-03-15T09:12:00+01:00", "Stand: 15.03.2025, 09:12 Uhr", "person", [
          "Weilach bekommt ein neues Hallenbad. Der Gemeinderat hat am Donnerstagabend mit 17 zu 4 Stimmen beschlossen, das marode Bad aus dem Jahr 1972 abzureißen und an gleicher Stelle neu zu bauen.",
          "Die Kosten werden auf rund 21 Millionen Euro geschätzt. Etwa ein Drittel soll aus dem Förderprogramm des Freistaats für Schwimmstätten kommen, den Rest muss die Gemeinde über Kredite finanzieren.",
          "Bürgermeisterin Anja Wimmer (CSU) sprach von einer Entscheidung für die nächste Generation. „Wenn Kinder bei uns nicht mehr schwimmen lernen können, haben wir etwas falsch gemacht“, sagte sie.",
          "Die Gegner im Rat verwiesen auf die angespannte Haushaltslage und schlugen vor, stattdessen gemeinsam mit den Nachbargemeinden ein Bad zu betreiben. Der Abriss soll im Herbst 2026 beginnen."]),
         ("/politik/wahl-nachlese-so-hat-der-landkreis-gewaehlt-93578810.html", "Bundestagswahl", "Analyse", "So hat der Landkreis gewählt – und warum",
          ["Sabine Roth"], "2025-02-24T15:30:00+01:00", "2025-02-24T15:30:00+01:00", "Stand: 24.02.2025, 15:30 Uhr", "person", [
          "Die Bundestagswahl hat im Landkreis Weilach die Kräfteverhältnisse deutlich verschoben. Die CSU bleibt mit 41,2 Prozent der Zweitstimmen klar stärkste Kraft, doch die AfD hat ihr Ergebnis fast verdoppelt.",
          "Besonders stark legte die AfD in den kleinen Gemeinden im Süden des Landkreises zu, wo sie in drei Orten über 25 Prozent erreichte. In der Kreisstadt blieb sie dagegen unter dem Landesschnitt.",
          "Die Grünen verloren vor allem in Weilach selbst, wo sie 2021 noch über 15 Prozent geholt hatten. Die Freien Wähler scheiterten trotz eines engagierten Wahlkampfs an der Fünf-Prozent-Marke im Wahlkreis.",
          "Politikwissenschaftler Martin Gruber von der Hochschule Rosenheim sieht vor allem die Themen Migration und Wirtschaft als Ursache. Die Wahlbeteiligung lag mit 86,4 Prozent so hoch wie seit Jahrzehnten nicht."]),
         ("/lokales/weilach/staatsstrasse-2064-ab-montag-voll-gesperrt-93620017.html", "Weilach", "Bauarbeiten", "Staatsstraße 2064 ab Montag voll gesperrt",
          ["Felix Brandt"], "2025-03-13T14:45:00+01:00", "2025-03-13T16:02:00+01:00", "Stand: 13.03.2025, 16:02 Uhr", "org", [
          "Autofahrer zwischen Weilach und Oberhausen müssen sich ab Montag auf eine längere Umleitung einstellen. Die Staatsstraße 2064 wird wegen Bauarbeiten an der Ortsdurchfahrt bis Ende Mai voll gesperrt.",
          "Das Staatliche Bauamt erneuert auf 1,8 Kilometern die Fahrbahn und baut einen neuen Geh- und Radweg. Die Umleitung führt über Hausen und die B 472 und ist ausgeschildert.",
          "Für den Schulbus gilt ein eigener Fahrplan, den das Landratsamt auf seiner Internetseite veröffentlicht hat. Anlieger sollen ihre Grundstücke weitgehend erreichen können.",
          "Die Gemeinde hatte gefordert, die Arbeiten in die Sommerferien zu legen. Das sei wegen der Förderfristen nicht möglich gewesen, teilte das Bauamt mit."])]
    every = [(a[0], a[3]) for a in A]
    for path, ort, kicker, title, names, iso, miso, stand, ldau, paras in A:
        byl = " und ".join('<a class="id-AuthorList-item" href="/autoren/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in names)
        main = ('<article class="id-Story"><header class="id-StoryElement-header"><p class="id-StoryElement-kicker">%s</p><h1 class="id-StoryElement-headline">'
                '<span class="id-StoryElement-headline-lead">%s</span></h1><p class="id-StoryElement-leadText">%s</p>'
                '<div class="id-StoryElement-authors">Von %s</div><p class="id-DateTime"><time datetime="%s">%s</time></p></header>'
                '<div class="id-Share"><a>Teilen</a> <a>Kommentare</a></div><figure><img src="/bilder/%s.jpg" alt=""><figcaption>Symbolbild © Thomas Kern/Oberland-Bote</figcaption></figure>'
                '<div class="id-StoryElement-body">%s%s%s<p class="id-StoryElement-author-tag">(lh)</p></div></article>'
                '<aside class="id-Teaser-list"><h3>Auch interessant</h3><ul>%s</ul></aside>') % (
            E(kicker), E(title), E(paras[0][:100] + "…"), byl, miso, stand, path[-13:-5], ps(paras[:2]), nl, ps(paras[2:]), links([(p, t) for p, t in every if p != path]))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n} for n in names] if ldau == "person" else {"@type": "Organization", "name": "Oberland-Bote"},
              "publisher": {"@type": "Organization", "name": "Oberland-Bote"}}
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s"><meta name="date" content="%s">%s') % (
            E(title), s.url(path), miso, jl(ld))
        other = [t for p, t in every if p != path][0]
        s.art(path, shell("%s: %s | Oberland-Bote" % (ort, title), main, head), title, iso[:10], names,
              must=[paras[1], paras[-1]], must_not=["Alle wichtigen Nachrichten aus dem Landkreis", other])
    rows = [("Weilach", "38,4", "14,2", "12,1", "16,9", "7,8"), ("Oberhausen", "45,1", "9,8", "6,4", "22,7", "9,3"), ("Hausen", "47,9", "8,1", "4,9", "25,3", "8,1"),
            ("Bergkirchen", "43,6", "10,4", "7,2", "21,0", "10,2"), ("Landkreis gesamt", "41,2", "11,9", "9,3", "19,6", "8,5")]
    wp = "/politik/bundestagswahl-2025-ergebnisse-landkreis-weilach-alle-gemeinden-93571234.html"
    s.non(wp, shell("Bundestagswahl 2025: Ergebnisse aus allen Gemeinden im Landkreis Weilach | Oberland-Bote", ('<article class="id-Story id-Story--data"><header class="id-StoryElement-header">'
          '<p class="id-StoryElement-kicker">Wahlergebnisse</p><h1 class="id-StoryElement-headline">Bundestagswahl 2025: Die Ergebnisse aus allen Gemeinden im Landkreis</h1>'
          '<div class="id-StoryElement-authors">Zusammengestellt von <a href="/autoren/sabine-roth/">Sabine Roth</a></div><p class="id-DateTime"><time datetime="2025-02-24T04:12:00+01:00">Stand: 24.02.2025, 04:12 Uhr</time></p></header>'
          '<div class="id-StoryElement-body"><p>Hier finden Sie die vorläufigen Ergebnisse der Zweitstimmen für alle Gemeinden im Landkreis Weilach. Alle 112 Wahlbezirke sind ausgezählt. Angaben in Prozent.</p>%s'
          '<p>Quelle: Kreiswahlleiter, vorläufiges amtliches Ergebnis. Die Analyse lesen Sie hier: <a href="%s">%s</a></p></div></article>') % (
              table(["Gemeinde", "CSU", "SPD", "Grüne", "AfD", "FW"], rows, "id-Table"), A[1][0], E(A[1][3])),
          '<meta property="og:type" content="article">%s' % jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Bundestagswahl 2025: Die Ergebnisse aus allen Gemeinden im Landkreis",
                                                                 "datePublished": "2025-02-23T18:00:00+01:00", "dateModified": "2025-02-24T04:12:00+01:00", "author": {"@type": "Person", "name": "Sabine Roth"}})))
    s.non("/politik/", shell("Politik | Oberland-Bote", '<h1>Politik</h1><div class="id-Teaser-lead"><h2><a href="%s">%s</a></h2><p>%s</p></div><ul>%s</ul>' % (
        A[1][0], E(A[1][3]), E(A[1][9][0]), links([(wp, "Bundestagswahl 2025: Ergebnisse aus allen Gemeinden")]))))
    s.non("/wetter/", shell("Wetter Weilach: Vorhersage für heute und die nächsten Tage | Oberland-Bote", '<h1>Wetter in Weilach</h1><p>Aktualisiert: 14.03.2025, 06:00 Uhr</p>%s<p>Wetterdaten: Deutscher Wetterdienst</p>' % table(
        ["Tag", "Wetter", "Min", "Max"], [("Fr 14.03.", "Wolkig", "1°", "9°"), ("Sa 15.03.", "Regen", "4°", "8°"), ("So 16.03.", "Schneeregen", "0°", "5°")])))
    s.non("/verkehr/blitzer/", shell("Blitzer heute im Landkreis Weilach | Oberland-Bote", '<div class="id-Service"><h1>Blitzer heute im Landkreis Weilach</h1><p class="id-DateTime">Freitag, 14.03.2025</p>'
          '<p>Hier misst die Polizei heute die Geschwindigkeit. Die Übersicht wird von der Redaktion anhand der Angaben der Polizei zusammengestellt und ohne Gewähr veröffentlicht.</p>%s'
          '<p>Zusätzlich muss jederzeit mit unangekündigten Kontrollen gerechnet werden.</p></div>' % table(["Ort", "Straße", "Tempo"], [("Weilach", "Münchner Straße", "50"), ("Hausen", "St 2064", "70"), ("Oberhausen", "Schulstraße", "30")])))
    s.non("/service/apotheken-notdienst/", shell("Apotheken-Notdienst heute | Oberland-Bote", '<h1>Apotheken-Notdienst</h1><p>Notdienst von Freitag, 14.03.2025, 8:30 Uhr bis Samstag, 15.03.2025, 8:30 Uhr</p>%s'
          '<p>Angaben der Bayerischen Landesapothekerkammer. Alle Angaben ohne Gewähr.</p>' % table(["Apotheke", "Adresse", "Telefon"], [("Marien-Apotheke", "Marktplatz 4, Weilach", "08851 1234"), ("Hubertus-Apotheke", "Dorfstr. 12, Hausen", "08856 555")])))
    TA = ("/trauer/anzeige/johann-huber-2718281/", "Johann Huber")
    s.non(TA[0], shell("Traueranzeige Johann Huber | Oberland-Bote Trauerportal", '<div class="trauer-anzeige"><h1>%s</h1><p>* 12.05.1938 † 07.03.2025</p>'
          '<p>Nach einem langen, erfüllten Leben ist unser lieber Vater, Schwiegervater, Opa und Uropa friedlich eingeschlafen.</p>'
          '<p>In stiller Trauer: Maria Huber mit Familie, Josef und Anni Huber, sowie alle Verwandten. Der Trauergottesdienst findet am Freitag, 14. März 2025, um 14 Uhr in der Pfarrkirche St. Michael in Weilach statt, anschließend Beerdigung.</p>'
          '<p class="trauer-meta">Erschienen im Oberland-Boten am 11.03.2025</p><a href="/trauer/">Kerze anzünden</a></div>' % E(TA[1])))
    s.non("/trauer/", shell("Traueranzeigen | Oberland-Bote", '<h1>Traueranzeigen</h1><ul>%s</ul>' % links([TA])))
    EV = ("/veranstaltungen/fruehjahrsmarkt-weilach-2025/", "Frühjahrsmarkt Weilach")
    s.non(EV[0], shell("Frühjahrsmarkt Weilach – 23.03.2025 | Veranstaltungen | Oberland-Bote", '<div class="event"><h1>%s</h1><p>Sonntag, 23.03.2025, 10:00 – 17:00 Uhr · Marktplatz Weilach</p>'
          '<p>Rund 80 Händler bieten auf dem traditionellen Frühjahrsmarkt Haushaltswaren, Pflanzen und Handwerk an. Die Geschäfte in der Innenstadt haben von 12 bis 17 Uhr geöffnet.</p>'
          '<p>Veranstalter: Werbegemeinschaft Weilach e.V.</p></div>' % E(EV[1]), jl({"@context": "http://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-23T10:00:00+01:00"})))
    s.non("/veranstaltungen/", shell("Veranstaltungen im Landkreis | Oberland-Bote", '<h1>Veranstaltungen</h1><ul>%s</ul>' % links([EV])))
    for n, mine in (("Lena Hoffmann", every[:1]), ("Felix Brandt", [every[0], every[2]]), ("Sabine Roth", every[1:2])):
        s.non("/autoren/%s/" % n.lower().replace(" ", "-"), shell("%s | Oberland-Bote" % n, '<div class="id-Author"><h1>%s</h1><p>Redakteurin/Redakteur in der Lokalredaktion Weilach.</p><ul>%s</ul></div>' % (E(n), links(mine))))
    s.non("/lokales/weilach/", shell("Weilach: Nachrichten aus der Region | Oberland-Bote", '<h1>Weilach</h1><ul>%s</ul>' % links([every[0], every[2], ("/verkehr/blitzer/", "Blitzer heute")])))
    s.non("/impressum/", shell("Impressum | Oberland-Bote", '<h1>Impressum</h1><p>Oberland Mediengruppe GmbH, Marktplatz 1, 82999 Weilach. Chefredakteur: Georg Lindner.</p>'))
    s.non("/", shell("Oberland-Bote | Nachrichten aus Weilach und dem Oberland", '<section><ul>%s</ul></section><section><h2>Service</h2><ul>%s</ul></section>' % (
        links(every + [(wp, "Bundestagswahl: Alle Ergebnisse")]), links([("/wetter/", "Wetter"), ("/service/apotheken-notdienst/", "Apotheken-Notdienst"), ("/trauer/", "Traueranzeigen")]))))
    s.service(shell, [('/datenschutz/', 'Datenschutz | Oberland-Bote', 'Informationen zur Verarbeitung Ihrer Daten.'), ('/kontakt/', 'Kontakt | Oberland-Bote', 'Lokalredaktion Weilach, Marktplatz 1, Telefon 08851 9090.')])
    s.sitemap([a[0] for a in A] + [wp])


# ------------------------------------------------------------ 7 L'Écho du Val (Ouest-France-like French regional)
def echoval():
    s = Site(7)
    nav = [("/normandie/saint-aubin-sur-vire/", "Saint-Aubin-sur-Vire"), ("/meteo/", "Météo"), ("/loto/", "Résultats Loto"), ("/horoscope/", "Horoscope"),
           ("/avis-de-deces/", "Avis de décès"), ("/pharmacies-de-garde/", "Pharmacies de garde"), ("/agenda/", "Agenda")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="didomi-host"><div class="didomi-popup"><p>Vos données, vos choix. Nous et nos partenaires utilisons des cookies pour mesurer l\'audience et vous proposer des publicités personnalisées.</p>'
                '<button>Accepter &amp; Fermer</button> <button>Continuer sans accepter</button></div></div>'
                '<header class="su-header"><a class="logo" href="/">L\'Écho du Val</a><nav class="su-nav">%s</nav><a href="/abonnement/">S\'abonner</a></header>'
                '<main class="su-main">%s</main><footer class="su-footer"><a href="/mentions-legales/">Mentions légales</a> <a href="/contact/">Contact</a>'
                '<p>© L\'Écho du Val – Tous droits réservés</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/normandie/saint-aubin-sur-vire/le-marche-couvert-rouvrira-en-septembre-apres-deux-ans-de-travaux-7a1c2e0e-ff21-11ef.html",
          "Le marché couvert rouvrira en septembre après deux ans de travaux", ["Camille Rousseau"], "2025-03-12T17:30:00+01:00", "2025-03-13T09:00:00+01:00",
          "Publié le 12/03/2025 à 17h30", "Modifié le 13/03/2025 à 09h00", "person", [
          "Fermé depuis le printemps 2023, le marché couvert de Saint-Aubin-sur-Vire rouvrira ses portes le samedi 6 septembre, a annoncé le maire, Didier Lemonnier, lors du conseil municipal de mardi soir.",
          "Le chantier, d'un montant de 3,4 millions d'euros, a permis de refaire entièrement la charpente métallique du bâtiment de 1904 et d'installer des panneaux solaires sur la toiture.",
          "Les commerçants installés provisoirement sur la place de l'Église depuis deux ans retrouveront leurs emplacements. « On a tenu bon tout l'hiver sous les barnums, on a hâte de rentrer », confie Sylvie Guérin, fromagère.",
          "Quatre nouveaux étals seront attribués d'ici l'été, dont un réservé à un producteur bio. Les candidatures sont ouvertes en mairie jusqu'au 30 avril."]),
         ("/normandie/saint-aubin-sur-vire/loto-un-joueur-de-saint-aubin-remporte-2-millions-d-euros-7b33f0a4-fe90-11ef.html",
          "Loto : un joueur de Saint-Aubin remporte 2 millions d'euros", ["Julien Mercier", "Élise Fontaine"], None, None,
          "Publié le 11/03/2025 à 12h05", "", "none", [
          "C'est un joueur du bureau de tabac de la rue Saint-Martin qui a remporté le gros lot du tirage du Loto de lundi soir, soit 2 millions d'euros.",
          "Le gagnant, qui a validé sa grille en ligne avec les numéros de la date de naissance de ses petits-enfants, s'est fait connaître auprès de la Française des jeux mardi matin, selon le buraliste.",
          "« Il est passé acheter son journal comme tous les jours, il ne disait rien, puis il a lâché : je crois que c'était moi », raconte Patrick Hue, le gérant du tabac, qui ne veut pas en dire plus sur l'identité du chanceux.",
          "C'est la deuxième fois en dix ans qu'un gros lot est remporté dans la commune. En 2016, une habitante avait gagné un million d'euros à l'EuroMillions."]),
         ("/normandie/saint-aubin-sur-vire/fermeture-de-la-d-577-les-deviations-mises-en-place-7c0d9b1e-ff80-11ef.html",
          "Fermeture de la D 577 : les déviations mises en place", ["Élise Fontaine"], "2025-03-13T08:15:00+01:00", "2025-03-13T08:15:00+01:00",
          "Publié le 13/03/2025 à 08h15", "", "org", [
          "La route départementale 577 entre Saint-Aubin-sur-Vire et Pont-Farcy sera fermée à la circulation du lundi 17 mars au vendredi 11 avril pour des travaux de renforcement de la chaussée.",
          "Le Département a mis en place deux déviations : les véhicules légers passeront par la D 56 et Sainte-Marie-Outre-l'Eau, les poids lourds par l'A84 et la sortie de Guilberville.",
          "Les transports scolaires seront maintenus mais les horaires de passage seront décalés d'une dizaine de minutes, précise la Région.",
          "Les riverains pourront accéder à leur domicile, sauf pendant les deux nuits de pose de l'enrobé, prévues en fin de chantier."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, names, iso, miso, pub, mod, ldau, paras in A:
        byl = " et ".join('<a href="/auteurs/%s/">%s</a>' % (n.lower().replace(" ", "-").replace("é", "e").replace("É", "e"), E(n)) for n in names)
        main = ('<article class="su-article"><p class="su-breadcrumb"><a href="/normandie/saint-aubin-sur-vire/">Saint-Aubin-sur-Vire</a></p><h1 class="su-title">%s</h1>'
                '<div class="su-signature">Par %s</div><div class="su-date"><time>%s</time>%s</div>'
                '<figure><img src="/images/%s.jpg" alt=""><figcaption>Le chantier en février. | ARCHIVES L\'ÉCHO DU VAL</figcaption></figure>'
                '<div class="su-article-body">%s<aside class="su-lire-aussi"><p>Lire aussi : <a href="%s">%s</a></p></aside>%s</div>'
                '<div class="su-newsletter"><p>Recevez gratuitement la newsletter de Saint-Aubin-sur-Vire et sa région.</p><button>Je m\'inscris</button></div></article>') % (
            E(title), byl, pub, (' <time class="su-date-maj">%s</time>' % mod) if mod else "", path[-24:-16], ps(paras[:2]),
            [p for p, t in every if p != path][0], E([t for p, t in every if p != path][0]), ps(paras[2:]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="L\'Écho du Val"><link rel="canonical" href="%s">' % (E(title), s.url(path))
        if iso:
            head += jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
                        "author": [{"@type": "Person", "name": n} for n in names] if ldau == "person" else {"@type": "Organization", "name": "L'Écho du Val"}})
        day = "2025-03-%s" % pub[10:12]
        s.art(path, shell("%s – L'Écho du Val" % title, main, head), title, day, names,
              must=[paras[1], paras[-1]], must_not=["Recevez gratuitement la newsletter", [t for p, t in every if p != path][0]])
    HP = "/horoscope/horoscope-du-jour-vendredi-14-mars-2025/"
    signes = [("Bélier", "Amour : une discussion franche apaise les tensions. Travail : on vous confie un dossier délicat, prenez le temps de bien le lire. Santé : bonne énergie."),
              ("Taureau", "Amour : soirée complice en perspective. Travail : un collègue vous demande conseil, votre expérience est appréciée. Santé : ménagez votre dos."),
              ("Gémeaux", "Amour : les célibataires pourraient faire une rencontre lors d'une sortie entre amis. Travail : évitez de vous disperser. Santé : hydratez-vous."),
              ("Cancer", "Amour : besoin de tendresse, exprimez-le. Travail : une bonne nouvelle concernant un projet en attente. Santé : un peu de fatigue en fin de journée.")]
    s.non(HP, shell("Horoscope du jour : vendredi 14 mars 2025 – L'Écho du Val", ('<article class="su-article su-horoscope"><p class="su-breadcrumb"><a href="/horoscope/">Horoscope</a></p>'
          '<h1 class="su-title">Horoscope du jour : vendredi 14 mars 2025</h1><div class="su-signature">Par Marie Lune, astrologue</div><div class="su-date"><time>Publié le 14/03/2025 à 00h01</time></div>'
          '<div class="su-article-body"><p>Découvrez ce que les astres vous réservent ce vendredi, signe par signe.</p>%s</div></article>') % "".join(
          '<h2>%s</h2><p>%s</p>' % (E(a), E(b)) for a, b in signes),
          '<meta property="og:type" content="article">%s' % jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Horoscope du jour : vendredi 14 mars 2025",
                                                                 "datePublished": "2025-03-14T00:01:00+01:00", "author": {"@type": "Person", "name": "Marie Lune"}})))
    s.non("/horoscope/", shell("Horoscope – L'Écho du Val", '<h1>Horoscope</h1><ul>%s</ul>' % links([(HP, "Horoscope du jour : vendredi 14 mars 2025")])))
    s.non("/loto/", shell("Résultat du Loto (FDJ) du mercredi 12 mars 2025 – L'Écho du Val", '<div class="jeux"><h1>Résultat du Loto du mercredi 12 mars 2025</h1>'
          '<p class="boules">7 - 18 - 23 - 34 - 45 · N° Chance 6</p><p>Aucun joueur n\'a trouvé la bonne combinaison. Le jackpot du prochain tirage, samedi 15 mars, s\'élève à 5 millions d\'euros.</p>'
          '<p>2nd tirage : 3 - 11 - 29 - 40 - 47. Code gagnant : G 4127 8831.</p><p>Sous réserve des résultats officiels de la FDJ.</p><p><a href="%s">%s</a></p></div>' % (A[1][0], E(A[1][1]))))
    AV = ("/avis-de-deces/monsieur-gerard-lebrun-saint-aubin-sur-vire/", "Monsieur Gérard LEBRUN")
    s.non(AV[0], shell("Avis de décès de Monsieur Gérard LEBRUN – L'Écho du Val", '<div class="avis"><h1>%s</h1><p>Saint-Aubin-sur-Vire · décédé le 8 mars 2025 à l\'âge de 86 ans</p>'
          '<p>Mme Jeannine Lebrun, son épouse ; Thierry et Nathalie, Sandrine et Marc, ses enfants ; ses petits-enfants et arrière-petits-enfants, ont la tristesse de vous faire part du décès de Monsieur Gérard LEBRUN, ancien boulanger.</p>'
          '<p>La cérémonie religieuse sera célébrée le vendredi 14 mars 2025, à 14 h 30, en l\'église de Saint-Aubin-sur-Vire, suivie de l\'inhumation au cimetière communal.</p>'
          '<p>Ni fleurs ni couronnes. Cet avis tient lieu de faire-part.</p><p class="avis-source">Avis paru le 11/03/2025 · PF Lecomte, Saint-Aubin</p><a href="/avis-de-deces/">Déposer une condoléance</a></div>' % E(AV[1])))
    s.non("/avis-de-deces/", shell("Avis de décès – L'Écho du Val", '<h1>Avis de décès</h1><ul>%s</ul>' % links([AV])))
    s.non("/pharmacies-de-garde/", shell("Pharmacies de garde à Saint-Aubin-sur-Vire – L'Écho du Val", '<h1>Pharmacies de garde</h1><p>Composez le 32 37 pour connaître la pharmacie de garde la plus proche (0,35 € / min).</p>'
          '<p>Ce week-end : Pharmacie du Val, 2 place de la Mairie, Saint-Aubin-sur-Vire.</p>'))
    s.non("/meteo/", shell("Météo Saint-Aubin-sur-Vire – L'Écho du Val", '<h1>Météo à Saint-Aubin-sur-Vire</h1>%s<p>Prévisions Météo-France, mises à jour à 6 h.</p>' % table(
        ["Jour", "Temps", "Min", "Max"], [("Vendredi 14", "Averses", "4°", "11°"), ("Samedi 15", "Éclaircies", "2°", "12°"), ("Dimanche 16", "Pluie", "6°", "10°")])))
    EV = ("/agenda/fest-noz-de-printemps-salle-des-fetes/", "Fest-noz de printemps")
    s.non(EV[0], shell("Fest-noz de printemps – Agenda – L'Écho du Val", '<div class="agenda-fiche"><h1>%s</h1><p>Samedi 22 mars 2025 à 20 h 30 · Salle des fêtes, Saint-Aubin-sur-Vire</p>'
          '<p>Le comité des fêtes organise son traditionnel fest-noz avec les groupes Kerlenn et Les Mouettes de Vire. Initiation aux danses à 20 h 30. Buvette et crêpes sur place.</p><p>Tarif : 8 €, gratuit pour les moins de 12 ans.</p></div>' % E(EV[1]),
          jl({"@context": "https://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-22T20:30:00+01:00"})))
    s.non("/agenda/", shell("Agenda des sorties – L'Écho du Val", '<h1>Agenda</h1><ul>%s</ul>' % links([EV])))
    for n, mine in (("Camille Rousseau", every[:1]), ("Julien Mercier", every[1:2]), ("Élise Fontaine", every[1:])):
        s.non("/auteurs/%s/" % n.lower().replace(" ", "-").replace("é", "e").replace("É", "e"), shell("%s – L'Écho du Val" % n, '<h1>%s</h1><p>Journaliste à la rédaction de Saint-Aubin-sur-Vire.</p><ul>%s</ul>' % (E(n), links(mine))))
    s.non("/normandie/saint-aubin-sur-vire/", shell("Saint-Aubin-sur-Vire : toute l'actualité – L'Écho du Val", '<h1>Saint-Aubin-sur-Vire</h1><ul>%s</ul>' % links(every)))
    s.service(shell, [('/abonnement/', "S'abonner – L'Écho du Val", 'Abonnement numérique : 1 € le premier mois.'), ('/contact/', "Contact – L'Écho du Val", 'Rédaction de Saint-Aubin-sur-Vire, 3 rue de la Gare.'), ('/mentions-legales/', "Mentions légales – L'Écho du Val", "Éditeur : SAS L'Écho du Val. Directeur de la publication : Hervé Lemaître.")])
    s.non("/", shell("L'Écho du Val – Actualités de Saint-Aubin-sur-Vire et du Bocage", '<section><ul>%s</ul></section><section><h2>Services</h2><ul>%s</ul></section>' % (
        links(every), links([(HP, "Horoscope du jour"), ("/loto/", "Résultats du Loto"), ("/avis-de-deces/", "Avis de décès")]))))


# ------------------------------------------------------------ 8 Diario de la Vega (Vocento-like Spanish regional)
def vega():
    s = Site(8)
    nav = [("/villanueva/", "Villanueva"), ("/loterias/", "Loterías"), ("/farmacias-de-guardia/", "Farmacias de guardia"), ("/tiempo/", "El tiempo"),
           ("/esquelas/", "Esquelas"), ("/cartelera/", "Cartelera"), ("/horoscopo/", "Horóscopo")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="v-bd">'
                '<div class="v-cmp"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.</p><button>Aceptar y cerrar</button></div>'
                '<header class="v-hd"><a class="v-hd__logo" href="/">Diario de la Vega</a><nav class="v-hd__nav">%s</nav><a class="v-hd__btn" href="/suscripcion/">Suscríbete</a></header>'
                '<main class="v-main">%s</main><footer class="v-ft"><a href="/aviso-legal/">Aviso legal</a> <a href="/contacto/">Contacto</a>'
                '<p>© Diario de la Vega S.L. Todos los derechos reservados.</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/villanueva/ayuntamiento-aprueba-peatonalizacion-casco-historico-20250313182400-nt.html", "El Ayuntamiento aprueba la peatonalización del casco histórico",
          "Las obras comenzarán en otoño y las calles Mayor y de la Fuente quedarán cerradas al tráfico", ["Marta Delgado"], "Villanueva de la Vega",
          "Jueves, 13 de marzo 2025, 18:24", "Actualizado 19:02h", "2025-03-13T18:24:00+01:00", "2025-03-13T19:02:00+01:00", [
          "El pleno del Ayuntamiento de Villanueva de la Vega aprobó este jueves el proyecto para peatonalizar las principales calles del casco histórico, con los votos a favor del equipo de gobierno y la abstención de la oposición.",
          "La actuación afectará a las calles Mayor, de la Fuente y Cervantes, que quedarán cerradas al tráfico salvo para residentes, servicios de emergencia y carga y descarga en horario de mañana.",
          "El alcalde, Andrés Ruiz, defendió que la medida «devolverá el centro a los vecinos» y permitirá recuperar el comercio de proximidad. La Asociación de Comerciantes ha pedido un aparcamiento disuasorio antes de que empiecen las obras.",
          "El proyecto, con un presupuesto de 2,3 millones de euros, se financiará en parte con fondos europeos y las obras comenzarán previsiblemente en octubre."]),
         ("/villanueva/temporal-obliga-cerrar-tres-carreteras-comarcales-20250312081000-nt.html", "El temporal obliga a cerrar tres carreteras comarcales",
          "Protección Civil pide extremar la precaución por la crecida del río en la zona baja", ["Pablo Serrano", "Irene Campos"], "Villanueva de la Vega",
          "Miércoles, 12 de marzo 2025, 08:10", "", "2025-03-12T08:10:00+01:00", "2025-03-12T08:10:00+01:00", [
          "Las fuertes lluvias caídas durante la madrugada han obligado a cortar al tráfico tres carreteras comarcales de la Vega, según informó a primera hora la Diputación.",
          "Los cortes afectan a la CV-912 entre Villanueva y Rojales, a la CV-920 a la altura del puente del Azud y al camino de la Vereda, donde el agua cubre la calzada en varios puntos.",
          "Protección Civil ha pedido a los vecinos de las pedanías de la zona baja que no se acerquen al cauce del río, que ha crecido más de un metro en las últimas horas.",
          "Los colegios de la comarca mantienen las clases con normalidad, aunque el transporte escolar sufrirá retrasos en dos rutas."]),
         ("/villanueva/junta-licita-depuradora-vega-14-millones-20250311134500-nt.html", "La Junta licita la depuradora de la Vega por 14 millones",
          "La nueva planta dará servicio a 40.000 habitantes de cinco municipios", [], "",
          "Martes, 11 de marzo 2025, 13:45", "", "2025-03-11T13:45:00+01:00", "2025-03-11T13:45:00+01:00", [
          "La Consejería de Medio Ambiente ha sacado a licitación las obras de la nueva estación depuradora de aguas residuales de la Vega, con un presupuesto de 14 millones de euros.",
          "La planta sustituirá a las tres depuradoras actuales, que tienen más de treinta años y no cumplen la normativa europea de vertidos, y dará servicio a unos 40.000 habitantes.",
          "Las empresas interesadas tienen de plazo hasta el 15 de abril para presentar sus ofertas. El plazo de ejecución previsto es de dos años.",
          "Los alcaldes de la comarca han celebrado el anuncio, que llevaban reclamando desde hace más de una década."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, sub, names, place, shown, upd, iso, miso, paras in A:
        if names:
            byl = "".join('<div class="v-mdl-ath"><a class="v-mdl-ath__p--1" href="/autor/%s/">%s</a></div>' % (n.lower().replace(" ", "-"), E(n)) for n in names)
            byl = '<div class="v-mdl-ath__wr">%s<span class="v-mdl-ath__p--2">%s</span></div>' % (
                byl if len(names) == 1 else '<div class="v-mdl-ath"><a class="v-mdl-ath__p--1" href="/autor/%s/">%s</a> e <a class="v-mdl-ath__p--1" href="/autor/%s/">%s</a></div>' % (
                    names[0].lower().replace(" ", "-"), E(names[0]), names[1].lower().replace(" ", "-"), E(names[1])), E(place))
        else:
            byl = '<div class="v-mdl-ath__wr"><span class="v-mdl-ath__p--1">Europa Press</span></div>'
        main = ('<article class="v-a"><header class="v-a-hd"><p class="v-a-sec"><a href="/villanueva/">Villanueva</a></p><h1 class="v-a-t">%s</h1><h2 class="v-a-sub-t">%s</h2>'
                '%s<div class="v-mdl-ath__time"><time datetime="%s">%s</time> %s</div><div class="v-a-shr"><a>Comentar</a> <a>Compartir</a></div></header>'
                '<figure><img src="/noticias/202503/%s.jpg" alt=""><figcaption>Vista de la zona afectada. <span class="v-a-fig-author">Tony Sevilla</span></figcaption></figure>'
                '<div class="v-a-b">%s<div class="v-adv">Publicidad</div>%s</div>'
                '<div class="v-a-nl"><p>Recibe cada mañana las noticias de la Vega en tu correo. Suscríbete a nuestra newsletter.</p></div></article>'
                '<aside class="v-mdl-rel"><h3>Más noticias</h3><ul>%s</ul></aside>') % (
            E(title), E(sub), byl, iso, shown, ("| " + upd) if upd else "", path[-22:-8], ps(paras[:2]), ps(paras[2:]), links([(p, t) for p, t in every if p != path]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n} for n in names] or [{"@type": "Organization", "name": "Europa Press"}],
              "publisher": {"@type": "Organization", "name": "Diario de la Vega"}}
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(title), s.url(path), jl(ld))
        s.art(path, shell("%s | Diario de la Vega" % title, main, head), title, iso[:10], names,
              must=[paras[1], paras[-1]], must_not=["Recibe cada mañana las noticias", [t for p, t in every if p != path][0]])
    LT = "/loterias/resultados-bonoloto-jueves-13-marzo-2025-20250313213000-nt.html"
    s.non(LT, shell("Bonoloto: comprobar resultado del sorteo del jueves 13 de marzo de 2025 | Diario de la Vega", ('<article class="v-a v-a--loterias"><header class="v-a-hd"><p class="v-a-sec"><a href="/loterias/">Loterías</a></p>'
          '<h1 class="v-a-t">Bonoloto: comprobar resultado del sorteo del jueves 13 de marzo de 2025</h1><div class="v-mdl-ath__wr"><span class="v-mdl-ath__p--1">Redacción</span></div>'
          '<div class="v-mdl-ath__time"><time datetime="2025-03-13T21:30:00+01:00">Jueves, 13 de marzo 2025, 21:30</time></div></header><div class="v-a-b">'
          '<p>Estos son los números premiados en el sorteo de la Bonoloto celebrado este jueves, 13 de marzo de 2025:</p><p class="v-lot-num"><strong>Combinación ganadora: 04 - 12 - 19 - 27 - 38 - 46. Complementario: 21. Reintegro: 7.</strong></p>'
          '<div class="v-lot-check"><label>Introduce tu número<input></label><button>Comprobar</button></div>'
          '<p>Los datos publicados no tienen carácter oficial. Consulte siempre la lista oficial de Loterías y Apuestas del Estado.</p></div></article>'),
          '<meta property="og:type" content="article">%s' % jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bonoloto: comprobar resultado del sorteo del jueves 13 de marzo de 2025",
                                                                 "datePublished": "2025-03-13T21:30:00+01:00", "author": {"@type": "Organization", "name": "Redacción"}})))
    s.non("/loterias/", shell("Loterías y sorteos | Diario de la Vega", '<h1>Loterías</h1><ul>%s</ul>' % links([(LT, "Bonoloto del jueves 13 de marzo")])))
    s.non("/farmacias-de-guardia/", shell("Farmacias de guardia hoy en Villanueva de la Vega | Diario de la Vega", '<h1>Farmacias de guardia</h1><p>Viernes, 14 de marzo de 2025</p>%s<p>Fuente: Colegio Oficial de Farmacéuticos.</p>' % table(
        ["Horario", "Farmacia", "Dirección"], [("9:30-22:00", "Farmacia López Soler", "C/ Mayor, 12"), ("22:00-9:30", "Farmacia del Azud", "Av. de la Vega, 40")])))
    s.non("/tiempo/", shell("El tiempo en Villanueva de la Vega | Diario de la Vega", '<h1>El tiempo</h1>%s<p>Datos: AEMET.</p>' % table(["Día", "Cielo", "Mín.", "Máx."], [
        ("Viernes", "Lluvia", "9º", "16º"), ("Sábado", "Nubes y claros", "8º", "19º"), ("Domingo", "Soleado", "10º", "22º")])))
    ES = ("/esquelas/dona-carmen-garcia-navarro/", "Doña Carmen García Navarro")
    s.non(ES[0], shell("Esquela de Doña Carmen García Navarro | Diario de la Vega", '<div class="esquela"><p class="cruz">†</p><h1>%s</h1><p>Viuda de D. Antonio Martínez Pérez</p>'
          '<p>Falleció en Villanueva de la Vega el día 11 de marzo de 2025, a los 92 años de edad, habiendo recibido los Santos Sacramentos.</p>'
          '<p>Sus hijos, Antonio, Rosa y José; hijos políticos; nietos, biznietos y demás familia ruegan una oración por su alma. La misa funeral se celebrará hoy, a las 17 horas, en la parroquia de Santiago Apóstol.</p>'
          '<p class="esquela-pub">Publicada el 12/03/2025</p><a href="/esquelas/">Enviar condolencias</a></div>' % E(ES[1])))
    s.non("/esquelas/", shell("Esquelas | Diario de la Vega", '<h1>Esquelas</h1><ul>%s</ul>' % links([ES])))
    s.non("/cartelera/", shell("Cartelera de cine en la Vega | Diario de la Vega", '<h1>Cartelera</h1><p>Semana del 14 al 20 de marzo</p>%s' % table(["Cine", "Película", "Sesiones"], [
        ("Cines Vega Plaza", "Mickey 17", "17:00, 19:45, 22:15"), ("Cines Vega Plaza", "Blancanieves", "16:30, 18:30"), ("Teatro Circo", "Ciclo de cine clásico: El verdugo", "Jueves 20:00")])))
    HO = "/horoscopo/hoy/"
    s.non(HO, shell("Horóscopo de hoy, viernes 14 de marzo de 2025 | Diario de la Vega", '<h1>Horóscopo de hoy, viernes 14 de marzo de 2025</h1><p class="firma">Por Esperanza Gracia</p>'
          '<h2>Aries</h2><p>Buen día para resolver asuntos pendientes con la familia. En el trabajo, mantén la calma ante un imprevisto.</p>'
          '<h2>Tauro</h2><p>Una conversación te abrirá los ojos sobre una relación de amistad. Cuida la alimentación.</p>'
          '<h2>Géminis</h2><p>Recibirás una propuesta interesante. Tómate tu tiempo antes de decidir.</p>'))
    s.non("/horoscopo/", shell("Horóscopo | Diario de la Vega", '<h1>Horóscopo</h1><ul>%s</ul>' % links([(HO, "Horóscopo de hoy")])))
    for n, bio, mine in (("Marta Delgado", "Redactora de local. Cubre el Ayuntamiento de Villanueva desde 2018.", every[:1]), ("Pablo Serrano", "Redactor de sucesos y tribunales.", every[1:2]),
                         ("Irene Campos", "Redactora de comarca.", every[1:2])):
        s.non("/autor/%s/" % n.lower().replace(" ", "-"), shell("Noticias de %s | Diario de la Vega" % n, '<div class="v-author"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/villanueva/", shell("Noticias de Villanueva de la Vega | Diario de la Vega", '<h1>Villanueva</h1><ul>%s</ul>' % links(every)))
    s.non("/", shell("Diario de la Vega - Noticias de Villanueva y la Vega Baja", '<section><ul>%s</ul></section><section><h2>Servicios</h2><ul>%s</ul></section>' % (
        links(every), links([(LT, "Bonoloto: resultados"), ("/farmacias-de-guardia/", "Farmacias de guardia"), ("/esquelas/", "Esquelas")]))))
    s.service(shell, [('/aviso-legal/', 'Aviso legal | Diario de la Vega', 'Diario de la Vega S.L., C/ Mayor 1, Villanueva de la Vega.'), ('/contacto/', 'Contacto | Diario de la Vega', 'Redacción: 965 555 100.'), ('/suscripcion/', 'Suscríbete | Diario de la Vega', 'Primer mes por 1 euro.')])
    s.sitemap([a[0] for a in A] + [LT])


# ------------------------------------------------------------ 9 De Veluwse Courant (DPG-like Dutch regional)
def veluwe():
    s = Site(9)
    nav = [("/wezeveld/", "Wezeveld"), ("/sport/amateurvoetbal/", "Amateurvoetbal"), ("/sport/amateurvoetbal/uitslagen/", "Uitslagen"), ("/verkeer/", "Verkeer"), ("/weer/", "Weer"),
           ("/familieberichten/", "Familieberichten"), ("/uitagenda/", "Uitagenda"), ("/tv-gids/", "TV-gids")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="fjs-page">'
                '<div class="consent-wall"><p>De Veluwse Courant gebruikt cookies en vergelijkbare technieken om je een optimale gebruikerservaring te bieden en advertenties te tonen.</p><button>Akkoord</button></div>'
                '<header class="app-header"><a class="app-header__logo" href="/">De Veluwse Courant</a><nav class="app-nav">%s</nav><a href="/abonneren/">Abonneer</a></header>'
                '<main class="app-main">%s</main><footer class="app-footer"><a href="/service/contact/">Contact</a> <a href="/service/colofon/">Colofon</a>'
                '<p>© 2025 DPG Media B.V. – alle rechten voorbehouden</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/wezeveld/gemeente-wil-400-woningen-bouwen-op-oude-kazerneterrein~a7f3c2d1/", "Gemeente wil 400 woningen bouwen op oude kazerneterrein",
          ["Femke Visser", "Daan Mulder"], "13-03-25, 17:30", "Laatste update: 14-03-25, 08:12", "2025-03-13T17:30:00+01:00", "2025-03-14T08:12:00+01:00", "ld", [
          "Op het terrein van de voormalige Koning Willem III-kazerne in Wezeveld moeten de komende tien jaar zo'n 400 woningen komen. Dat staat in een plan dat het college donderdag heeft gepresenteerd.",
          "Ruim een derde van de huizen wordt sociale huur, een kwart middenhuur en de rest koopwoningen. De monumentale legergebouwen blijven staan en krijgen een nieuwe bestemming als buurthuis, horeca en kleine bedrijfsruimtes.",
          "Wethouder Marieke de Groot spreekt van 'een unieke kans' voor jongeren die nu de gemeente verlaten omdat ze geen betaalbare woning kunnen vinden.",
          "Omwonenden maken zich zorgen over het verkeer op de Stationsweg. De gemeente belooft een tweede ontsluiting via de Apeldoornseweg. De gemeenteraad beslist in juni over het plan."]),
         ("/sport/amateurvoetbal/sv-wezeveld-wint-bomvolle-derby-van-vv-epe~b81e0f44/", "SV Wezeveld wint bomvolle derby van VV Epe",
          ["Sanne Smit"], "10-03-25, 21:45", "", "2025-03-10T21:45:00+01:00", "2025-03-10T21:45:00+01:00", "ld", [
          "Voor ruim 1800 toeschouwers heeft SV Wezeveld zaterdag de derby tegen VV Epe met 3-1 gewonnen. Daarmee nadert de ploeg van trainer Ruud Jansen de koplopers in de derde divisie tot op twee punten.",
          "Epe kwam na een kwartier op voorsprong via een kopbal van spits Jordy Bosch, maar Wezeveld sloeg vlak voor rust terug met twee doelpunten binnen vier minuten van Thijs Wolters.",
          "In de tweede helft bepaalde invaller Milan de Vries met een fraaie vrije trap de eindstand. \"Dit is waarom je voetbalt\", zei Jansen na afloop in de volle kantine.",
          "Volgende week speelt Wezeveld uit bij DOVO, Epe ontvangt Excelsior '31."]),
         ("/wezeveld/eerste-fietsstraat-van-wezeveld-is-een-feit-auto-is-er-te-gast~c22d9a07/", "Eerste fietsstraat van Wezeveld is een feit: 'Auto is hier te gast'",
          ["Daan Mulder"], "12-03-25, 11:05", "", None, None, "meta", [
          "De Molenstraat in Wezeveld is sinds woensdag officieel de eerste fietsstraat van de gemeente. Het rode asfalt ligt er al sinds januari, maar nu staan ook de borden.",
          "In een fietsstraat mogen auto's wel rijden, maar zijn ze te gast: ze mogen fietsers niet inhalen en de maximumsnelheid is 30 kilometer per uur.",
          "De straat is een belangrijke route voor scholieren die naar het Veluws College fietsen. Ouders vroegen al jaren om maatregelen omdat auto's er te hard reden.",
          "Als de proef goed bevalt, volgen later dit jaar de Kerkweg en de Bergstraat."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, names, shown, upd, iso, miso, meta, paras in A:
        byl = " en ".join('<a class="article__author" href="/auteur/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in names)
        main = ('<article class="article"><header class="article__header"><h1 class="article__title">%s</h1><p class="article__intro">%s</p>'
                '<div class="article__meta"><span class="article__source">%s</span> <time class="article__time">%s</time> %s</div></header>'
                '<figure><img src="/images/%s.jpg" alt=""><figcaption>© Herman Stöver</figcaption></figure><div class="article__body">%s'
                '<div class="article__inline-teaser"><span>Lees ook</span> <a href="%s">%s</a></div>%s</div>'
                '<div class="article__nieuwsbrief"><p>Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox. Meld je aan voor onze nieuwsbrief.</p></div>'
                '<section class="article__reacties"><h3>Reacties (12)</h3></section></article>') % (
            E(title), E(paras[0][:110]), byl, shown, ('<span class="article__update">%s</span>' % upd) if upd else "", path[-9:-1], ps(paras[:2]),
            [p for p, t in every if p != path][0], E([t for p, t in every if p != path][0]), ps(paras[2:]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">' % (E(title), s.url(path))
        if meta == "ld":
            head += jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
                        "author": [{"@type": "Person", "name": n} for n in names], "publisher": {"@type": "Organization", "name": "De Veluwse Courant"}})
        s.art(path, shell("%s | Wezeveld | De Veluwse Courant" % title, main, head), title, "2025-03-%s" % shown[:2], names,
              must=[paras[1], paras[-1]], must_not=["Meld je aan voor onze nieuwsbrief", [t for p, t in every if p != path][0]])
    UI = "/sport/amateurvoetbal/uitslagen/"
    s.non(UI, shell("Uitslagen amateurvoetbal zaterdag 8 maart | De Veluwse Courant", '<div class="uitslagen"><h1>Uitslagen amateurvoetbal</h1><p class="uitslagen__meta">Zaterdag 8 maart 2025 · samengesteld door de sportredactie</p>'
          '<p>Alle uitslagen van de clubs uit ons verspreidingsgebied. Mist u een uitslag? Mail naar sport@veluwsecourant.example.</p>%s<p>Wedstrijdverslag: <a href="%s">%s</a></p></div>' % (
              table(["Thuis", "Uit", "Uitslag"], [("SV Wezeveld", "VV Epe", "3-1"), ("WSV '30", "Heerde", "0-0"), ("Hattem", "VIOS V", "2-4"), ("Oene", "Vaassen", "1-1")]), A[1][0], E(A[1][1]))))
    s.non("/verkeer/", shell("Verkeersinformatie: files en wegwerkzaamheden | De Veluwse Courant", '<h1>Verkeer</h1><p>Actuele files en wegwerkzaamheden op de Veluwe. Bijgewerkt 14-03-25, 07:52.</p>%s<p>Bron: ANWB/Rijkswaterstaat.</p>' % table(
        ["Weg", "Traject", "Vertraging"], [("A50", "Apeldoorn-Zuid - Vaassen", "+12 min"), ("A28", "Wezep - 't Harde", "Werkzaamheden, rijstrook dicht"), ("N309", "Wezeveld", "Afgesloten tot 21-03")])))
    s.non("/weer/", shell("Weerbericht Wezeveld | De Veluwse Courant", '<h1>Het weer in Wezeveld</h1>%s<p>Bron: KNMI/Weeronline.</p>' % table(["Dag", "Weer", "Min", "Max"], [("vr", "Buien", "3", "9"), ("za", "Zonnig", "1", "11"), ("zo", "Bewolkt", "4", "10")])))
    FB = ("/familieberichten/overlijden/gerrit-jan-van-den-brink/", "Gerrit Jan van den Brink")
    s.non(FB[0], shell("Overlijdensbericht Gerrit Jan van den Brink | Familieberichten De Veluwse Courant", '<div class="familiebericht"><h1>%s</h1><p>* Wezeveld, 3 april 1939 † Apeldoorn, 9 maart 2025</p>'
          '<p>Na een leven vol zorg voor zijn gezin en zijn boerderij is rustig ingeslapen mijn lieve man, onze vader, schoonvader en opa.</p>'
          '<p>Wezeveld: Aaltje van den Brink-Hendriks. Kinderen en kleinkinderen. De afscheidsdienst wordt gehouden op zaterdag 15 maart om 11.00 uur in de Dorpskerk te Wezeveld.</p>'
          '<p class="familiebericht__meta">Geplaatst op 12-03-2025 via Mensenlinq</p><a href="/familieberichten/">Condoleance plaatsen</a></div>' % E(FB[1])))
    s.non("/familieberichten/", shell("Familieberichten | De Veluwse Courant", '<h1>Familieberichten</h1><ul>%s</ul>' % links([FB])))
    EV = ("/uitagenda/voorjaarsmarkt-wezeveld/", "Voorjaarsmarkt Wezeveld")
    s.non(EV[0], shell("Voorjaarsmarkt Wezeveld - Uitagenda | De Veluwse Courant", '<div class="agenda-item"><h1>%s</h1><p>zaterdag 22 maart 2025, 09.00 - 16.00 uur · Dorpsplein Wezeveld</p>'
          '<p>Meer dan honderd kramen met planten, streekproducten en tweedehands spullen. Voor kinderen is er een draaimolen en een schminkhoek.</p><p>Toegang gratis.</p></div>' % E(EV[1]),
          jl({"@context": "http://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-22T09:00:00+01:00"})))
    s.non("/uitagenda/", shell("Uitagenda Veluwe | De Veluwse Courant", '<h1>Uitagenda</h1><ul>%s</ul>' % links([EV])))
    s.non("/tv-gids/", shell("TV-gids vanavond | De Veluwse Courant", '<h1>TV-gids vrijdag 14 maart</h1>%s' % table(["Zender", "Tijd", "Programma"], [
        ("NPO 1", "20.00", "NOS Journaal"), ("NPO 1", "20.30", "Zoekt Elkaar"), ("RTL 4", "20.00", "Beste Zangers"), ("Omroep Gelderland", "18.00", "Gelderland Vandaag")])))
    for n, bio, mine in (("Femke Visser", "Verslaggever gemeente Wezeveld en omgeving.", every[:1]), ("Daan Mulder", "Verslaggever wonen en verkeer.", [every[0], every[2]]),
                         ("Sanne Smit", "Sportverslaggever amateurvoetbal.", every[1:2])):
        s.non("/auteur/%s/" % n.lower().replace(" ", "-"), shell("%s | De Veluwse Courant" % n, '<div class="author-page"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/wezeveld/", shell("Nieuws uit Wezeveld | De Veluwse Courant", '<h1>Wezeveld</h1><ul>%s</ul>' % links([every[0], every[2]])))
    s.non("/sport/amateurvoetbal/", shell("Amateurvoetbal | De Veluwse Courant", '<h1>Amateurvoetbal</h1><ul>%s</ul>' % links([every[1], (UI, "Alle uitslagen")])))
    s.service(shell, [('/abonneren/', 'Abonneren | De Veluwse Courant', 'Onbeperkt toegang tot alle artikelen voor €1 de eerste maand.'), ('/service/colofon/', 'Colofon | De Veluwse Courant', 'Hoofdredacteur: Pieter Kamphuis.'), ('/service/contact/', 'Contact | De Veluwse Courant', 'Redactie Wezeveld: 0578 555 100.')])
    s.non("/", shell("De Veluwse Courant | Nieuws uit de regio", '<section><ul>%s</ul></section><section><h2>Service</h2><ul>%s</ul></section>' % (
        links(every), links([("/verkeer/", "Verkeer"), ("/weer/", "Weer"), ("/familieberichten/", "Familieberichten")]))))


# ------------------------------------------------------------ 10 Fjordposten (Amedia-like Norwegian local)
def fjordposten():
    s = Site(10)
    nav = [("/nyheter/", "Nyheter"), ("/strompris/", "Strømpris"), ("/vaer/", "Været"), ("/trafikk/", "Trafikk"), ("/dodsfall/", "Dødsfall"), ("/bolig/", "Bolig"),
           ("/valg/", "Valg"), ("/kino/", "Kino")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="nb-NO"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="amedia">'
                '<amedia-header><header class="site-header"><a class="logo" href="/">Fjordposten</a><nav>%s</nav><a href="/abonnement/">Kjøp abonnement</a> <a href="/logginn/">Logg inn</a></header></amedia-header>'
                '<main id="main">%s</main><div class="consent">Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. <button>Godta alle</button></div>'
                '<footer class="site-footer"><p>Ansvarlig redaktør: Trude Vik. Fjordposten arbeider etter Vær Varsom-plakatens regler for god presseskikk.</p>'
                '<a href="/kontakt/">Kontakt oss</a> <a href="/personvern/">Personvern</a><p>© 2025 Fjordposten – en del av Amedia</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/nyheter/i/Xq2LmR/kommunen-kjoper-det-gamle-hotellet-paa-kaia", "Kommunen kjøper det gamle hotellet på kaia",
          [("Kari Nordheim", "journalist"), ("Ola Berg", "journalist")], "Publisert 13.03.2025 17:30", "Sist oppdatert 14.03.2025 08:12",
          "2025-03-13T17:30:00+01:00", "2025-03-14T08:12:00+01:00", "person", [
          "Kommunestyret vedtok torsdag kveld å kjøpe Fjordhotellet på kaia for 18,5 millioner kroner. Hotellet har stått tomt siden 2021.",
          "Planen er å rive tilbygget fra 1970-tallet og sette den gamle trebygningen i stand som kulturhus med bibliotek, kafé og lokaler for lag og foreninger.",
          "Ordfører Sigrid Aasen (Ap) sier kjøpet er en sjelden mulighet til å gi sentrum et nytt samlingspunkt. – Hvis vi ikke gjør dette nå, blir det leiligheter, sier hun.",
          "Opposisjonen stemte imot og mener kommunen ikke har råd til et nytt stort byggeprosjekt samtidig som skolene trenger oppussing. Vedtaket ble gjort med 19 mot 12 stemmer."]),
         ("/nyheter/i/Pk7WzA/stromprisen-stiger-kraftig-dette-maa-du-vite", "Strømprisen stiger kraftig – dette må du vite",
          [("Magnus Haugen", "journalist")], "Publisert 11.03.2025 09:40", "", "2025-03-11T09:40:00+01:00", "2025-03-11T09:40:00+01:00", "person", [
          "Strømprisen i Vest-Norge er mer enn doblet den siste uken, og onsdag koster strømmen i snitt 1,42 kroner per kilowattime før nettleie og avgifter.",
          "Ifølge kraftanalytikere skyldes økningen lite vind og lavere fyllingsgrad i magasinene etter en tørr vinter, samtidig som prisene i Tyskland og Storbritannia har steget.",
          "Strømstøtten dekker 90 prosent av prisen over 75 øre, men mange husholdninger vil likevel merke økningen på neste regning.",
          "Forbrukerrådet anbefaler å flytte forbruk som klesvask og lading av elbil til natten, da prisen ofte er lavest."]),
         ("/nyheter/i/Rt4NbC/regjeringen-vil-gi-mer-penger-til-fergedrift", "Regjeringen vil gi mer penger til fergedrift",
          [], "Publisert 12.03.2025 14:10", "", "2025-03-12T14:10:00+01:00", "2025-03-12T14:10:00+01:00", "org", [
          "Regjeringen foreslår å bevilge 400 millioner kroner ekstra til fylkeskommunenes fergedrift i revidert budsjett, opplyser Samferdselsdepartementet.",
          "Pengene skal blant annet brukes til å holde billettprisene nede og opprettholde rutetilbudet på sambandene med færrest passasjerer.",
          "Fylkesordførere langs kysten har lenge advart om at økte kostnader til elektriske ferger og nye anbud har ført til kutt i avganger.",
          "Forslaget skal behandles i Stortinget før sommeren."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, by, pub, upd, iso, miso, ldau, paras in A:
        names = [n for n, _ in by]
        if by:
            byl = "".join('<li class="byline__author"><span class="byline__name">%s</span><span class="byline__title">%s</span><a class="byline__email" href="mailto:%s@fjordposten.example">E-post</a></li>' % (E(n), E(r), n.split()[0].lower()) for n, r in by)
        else:
            byl = '<li class="byline__author"><span class="byline__name">NTB</span></li>'
        main = ('<article class="article"><h1 class="article__title">%s</h1><p class="article__lead">%s</p><figure><img src="/bilder/%s.jpg" alt=""><figcaption>Foto: Ingrid Lie</figcaption></figure>'
                '<ul class="byline">%s</ul><div class="article__dates"><time datetime="%s">%s</time>%s</div>'
                '<div class="article__body">%s<div class="article__reklame">ANNONSE</div>%s</div>'
                '<aside class="article__related"><h3>Les også</h3><ul>%s</ul></aside></article>') % (
            E(title), E(paras[0]), path.split("/")[3], byl, iso, pub, (' <time class="updated" datetime="%s">%s</time>' % (miso, upd)) if upd else "",
            ps(paras[1:3]), ps(paras[3:]), links([(p, t) for p, t in every if p != path] + [("/strompris/", "Strømprisen i dag")]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n} for n in names] if ldau == "person" else {"@type": "Organization", "name": "NTB"}}
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(title), s.url(path), jl(ld))
        s.art(path, shell("%s – Fjordposten" % title, main, head), title, iso[:10], names, must=[paras[1], paras[-1]], must_not=["Foto: Ingrid Lie", "Strømprisen i dag"])
    hours = [("00-01", "98,2"), ("07-08", "162,4"), ("08-09", "171,0"), ("12-13", "131,5"), ("17-18", "168,9"), ("23-24", "104,7")]
    s.non("/strompris/", shell("Strømprisen i dag – Fjordposten", '<article class="article article--data"><h1 class="article__title">Strømprisen i dag: Slik blir prisen time for time</h1>'
          '<ul class="byline"><li class="byline__author"><span class="byline__name">Magnus Haugen</span><span class="byline__title">journalist</span></li></ul>'
          '<div class="article__dates"><time datetime="2025-03-14T13:05:00+01:00">Oppdatert 14.03.2025 13:05</time></div>'
          '<p>Her ser du spotprisen for strøm i prisområde NO5 (Vest-Norge) i dag, time for time. Prisene er oppgitt i øre per kWh inkludert mva., men uten nettleie og strømstøtte.</p>'
          '<div class="chart">[stolpediagram]</div>%s<p>Kilde: Nord Pool. Siden oppdateres automatisk hver dag rundt klokken 13 når morgendagens priser blir kjent.</p>'
          '<p>Les også: <a href="%s">%s</a></p></article>' % (table(["Time", "Øre/kWh"], hours), A[1][0], E(A[1][1])),
          '<meta property="og:type" content="website">'))
    s.non("/vaer/", shell("Været i Fjordvik – Fjordposten", '<h1>Været i Fjordvik</h1>%s<p>Værvarsel fra Yr, levert av NRK og Meteorologisk institutt.</p>' % table(
        ["Tid", "Vær", "Temp.", "Nedbør", "Vind"], [("I dag", "Regnbyger", "6°", "4,2 mm", "8 m/s"), ("I morgen", "Skyet", "5°", "0,6 mm", "5 m/s"), ("Søndag", "Sol", "7°", "0 mm", "3 m/s")])))
    s.non("/trafikk/", shell("Trafikkmeldinger – Fjordposten", '<h1>Trafikk</h1><p>Meldinger fra Statens vegvesen for vegene i Fjordvik og omegn. Sist oppdatert 14.03.2025 07:40.</p>%s' % table(
        ["Veg", "Sted", "Melding"], [("E39", "Fjordvik-tunnelen", "Stengt for vedlikehold kl. 21-06"), ("Fv. 57", "Haugsvik", "Kolonnekjøring på grunn av vegarbeid"), ("Ferje", "Fjordvik-Nesset", "Innstilt kl. 07.15")])))
    DF = ("/dodsfall/astrid-johanne-solheim/", "Astrid Johanne Solheim")
    s.non(DF[0], shell("Astrid Johanne Solheim – Dødsfall – Fjordposten", '<div class="minneside"><h1>%s</h1><p>Født 21. november 1930 · Død 6. mars 2025</p>'
          '<p>Vår kjære mor, svigermor, mormor og oldemor sovnet stille inn på Fjordvik sjukeheim, 94 år gammel.</p>'
          '<p>Bisettelse fra Fjordvik kyrkje fredag 14. mars kl. 12.00. Minnestund i kyrkjelydshuset etterpå. Istedenfor blomster, tenk gjerne på Fjordvik Sanitetsforening.</p>'
          '<p class="minneside__meta">Annonsen er publisert 10.03.2025 · Fjordvik Begravelsesbyrå</p><a href="/dodsfall/">Tenn et lys</a></div>' % E(DF[1])))
    s.non("/dodsfall/", shell("Dødsfall – Fjordposten", '<h1>Dødsfall</h1><ul>%s</ul>' % links([DF])))
    BO = ("/bolig/annonse/312874551/", "Strandvegen 14, Fjordvik")
    s.non(BO[0], shell("Strandvegen 14, Fjordvik – Bolig til salgs – Fjordposten", '<div class="bolig"><h1>Sjarmerende enebolig med fjordutsikt</h1><p>%s · Prisantydning 3 950 000 kr · 142 m² · 4 soverom</p>'
          '<p>Velkommen til denne sjarmerende eneboligen fra 1958, pent oppgradert de siste årene. Boligen ligger solrikt til med panoramautsikt over fjorden og kort veg til skole og butikk.</p>'
          '<p>Visning søndag 16. mars kl. 13.00-14.00. Kontakt megler Hanne Myklebust, Eiendomsmegler Vest.</p><p class="bolig__meta">Sist endret 12.03.2025</p></div>' % E(BO[1])))
    s.non("/bolig/", shell("Bolig til salgs – Fjordposten", '<h1>Bolig</h1><ul>%s</ul>' % links([BO])))
    s.non("/valg/", shell("Valgresultat kommunestyrevalget 2023 – Fjordvik – Fjordposten", '<h1>Valgresultat: Fjordvik kommune</h1><p>Kommunestyrevalget 2023. Opptalte stemmer: 100 prosent.</p>%s<p>Kilde: Valgdirektoratet.</p>' % table(
        ["Parti", "Oppslutning", "Mandater"], [("Ap", "31,4 %", "10"), ("H", "24,8 %", "8"), ("Sp", "15,2 %", "5"), ("FrP", "12,6 %", "4"), ("KrF", "6,1 %", "2"), ("Andre", "9,9 %", "2")])))
    s.non("/kino/", shell("Kinoprogram Fjordvik kino – Fjordposten", '<h1>Kinoprogram</h1>%s' % table(["Dag", "Film", "Tid"], [("Fredag", "Flow", "17:00"), ("Fredag", "Mickey 17", "19:30"), ("Lørdag", "Elskling", "20:00")])))
    s.non("/nyheter/", shell("Nyheter – Fjordposten", '<h1>Nyheter</h1><div class="front-lead"><h2><a href="%s">%s</a></h2><p>%s</p></div><ul>%s</ul>' % (A[0][0], E(A[0][1]), E(A[0][8][0]), links(every[1:]))))
    s.non("/kontakt/", shell("Kontakt oss – Fjordposten", '<h1>Kontakt oss</h1><p>Tips oss på 900 12 345 eller tips@fjordposten.example.</p>'))
    s.service(shell, [('/abonnement/', 'Kjøp abonnement – Fjordposten', 'Digitalt abonnement for 1 kr første måned.'), ('/logginn/', 'Logg inn – Fjordposten', 'Logg inn med aID.'), ('/personvern/', 'Personvern – Fjordposten', 'Amedia behandler personopplysninger om deg.')])
    s.non("/", shell("Fjordposten – Lokalavisa for Fjordvik", '<section><ul>%s</ul></section><section><h2>Tjenester</h2><ul>%s</ul></section>' % (
        links(every), links([("/strompris/", "Strømprisen i dag"), ("/dodsfall/", "Dødsfall"), ("/bolig/", "Bolig til salgs")]))))


# ------------------------------------------------------------ 11 The Lakeshore Beacon (Newspack WordPress nonprofit)
def beacon():
    s = Site(11)
    nav = [("/category/news/", "News"), ("/scoreboard/", "Scoreboard"), ("/markets/", "Markets"), ("/events/", "Events"), ("/photos/", "Photos"),
           ("/puzzles/", "Puzzles"), ("/tv-listings/", "TV"), ("/classifieds/", "Classifieds"), ("/donate/", "Donate")]

    def shell(title, main, head="", cls="home"):
        return ('<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.7.2"><meta name="generator" content="Newspack 5.12">%s</head>'
                '<body class="%s newspack-theme"><a class="skip-link screen-reader-text" href="#main">Skip to content</a><header id="masthead" class="site-header"><div class="site-branding">'
                '<p class="site-title"><a href="/" rel="home">The Lakeshore Beacon</a></p><p class="site-description">Independent, nonprofit news for Lakeshore County</p></div>'
                '<nav class="main-navigation"><ul id="menu-primary" class="main-menu">%s</ul></nav><a class="button donate" href="/donate/">Donate</a></header>'
                '<div id="content" class="site-content">%s</div><footer id="colophon" class="site-footer"><p>The Lakeshore Beacon is a 501(c)(3) nonprofit newsroom. '
                '<a href="/about/">About us</a> · <a href="/submit-an-event/">Submit an event</a> · <a href="/letters/submit/">Submit a letter</a></p>'
                '<p>&copy; 2025 The Lakeshore Beacon. Proudly powered by Newspack by Automattic</p></footer></body></html>') % (E(title), head, cls, links(nav, "menu-item"), main)

    A = [("/2025/03/13/school-board-delays-vote-on-four-day-week/", "Lakeshore school board delays vote on four-day week", [("Ana Ortiz", "ana-ortiz"), ("Jeff Lund", "jeff-lund")],
          "2025-03-13T19:40:00-05:00", "2025-03-14T08:10:00-05:00", "March 13, 2025", "Updated March 14, 2025", "first", [
          "The Lakeshore Area School Board on Thursday postponed a vote on moving to a four-day school week, after more than 200 parents packed the middle school cafeteria to speak for and against the idea.",
          "District administrators have proposed closing schools on Mondays starting in the fall, saying it would save about $600,000 a year in busing and utilities and help recruit teachers who have been leaving for bigger districts.",
          "Several parents said they could not afford child care for a fifth day. \"I work at the hospital. What am I supposed to do with a seven-year-old on Monday?\" asked Kendra Mills.",
          "Board president Dale Sorensen said members wanted to see survey results from families and staff before deciding. The vote is now expected on April 10."]),
         ("/2025/03/12/ice-shoves-damage-docks-along-lake-street/", "Ice shoves damage docks along Lake Street", [],
          "2025-03-12T15:05:00-05:00", "2025-03-12T15:05:00-05:00", "March 12, 2025", "", "org", [
          "Strong south winds on Tuesday pushed sheets of lake ice onto the shore along Lake Street, bending dock posts and toppling a stretch of the public fishing pier.",
          "Residents said the ice piled up as high as eight feet in places before the wind eased in the evening. No injuries were reported.",
          "City crews closed the pier and part of the lakeside trail while engineers inspect the damage. Public works director Ron Vogel said repairs would likely wait until the ice is gone in April.",
          "Homeowners with damaged docks should contact their insurers and photograph the damage before removing any ice, the county emergency management office said."]),
         ("/2025/03/11/qa-meet-lakeshores-new-harbor-master/", "Q&A: Meet Lakeshore's new harbor master", [("Jeff Lund", "jeff-lund")],
          "2025-03-11T10:00:00-05:00", "2025-03-11T10:00:00-05:00", "March 11, 2025", "", "admin", [
          "Maria Kowalczyk took over as Lakeshore's harbor master on March 1, the first woman in the job since the marina opened in 1962. We talked with her about ice, boat slips and the summer ahead.",
          "Q: What is the first thing on your list? A: Getting the docks ready. After this winter, we have a lot of repairs to do before boats go in the water in May.",
          "Q: Slips have had a waiting list for years. Will that change? A: We are adding 24 slips on the north side this summer, and we are going to publish the waiting list online so people can see where they stand.",
          "Q: What do you want boaters to know? A: Wear your life jacket. Every year we pull somebody out of the water who thought they did not need one."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, by, iso, miso, shown, upd, ld_au, paras in A:
        names = [n for n, _ in by]
        if by:
            byl = "by " + " and ".join('<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (u, E(n)) for n, u in by)
        else:
            byl = 'by <span class="author vcard">Beacon Staff</span>'
        main = ('<main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail category-news">'
                '<header class="entry-header"><span class="cat-links"><a href="/category/news/">News</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-subhead"><div class="entry-meta"><span class="byline">%s</span><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>%s</span></div>'
                '<div class="tags-links"><a href="/tag/lakeshore-county/">Lakeshore County</a></div></div></header>'
                '<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption>Credit: Mara Quinn / The Lakeshore Beacon</figcaption></figure>'
                '<div class="entry-content">%s<div class="wp-block-newspack-blocks-donate"><p>The Lakeshore Beacon is a nonprofit newsroom. Your donation keeps local news free for everyone.</p><a href="/donate/">Donate now</a></div>%s'
                '<div class="republish-post"><button>Republish this story</button></div></div>'
                '<div class="author-bio"><h2>%s</h2></div></article>'
                '<aside class="jp-relatedposts"><h3>Related</h3><ul>%s</ul></aside></main>') % (
            E(title), byl, iso, shown, (' <time class="updated" datetime="%s">%s</time>' % (miso, upd)) if upd else "", path.split("/")[4][:15], ps(paras[:2]), ps(paras[2:]),
            E(names[0] if names else "Beacon Staff"), links([(p, t) for p, t in every if p != path]))
        if ld_au == "first":
            au = {"@type": "Person", "name": names[0]}
        elif ld_au == "admin":
            au = {"@type": "Person", "name": "Beacon Web Desk"}
        else:
            au = {"@type": "Person", "name": "Beacon Staff"}
        ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso, "author": au,
                                                            "publisher": {"@id": s.url("/#organization")}}, {"@type": "Organization", "@id": s.url("/#organization"), "name": "The Lakeshore Beacon"}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - The Lakeshore Beacon">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (s.url(path), E(title), iso, E(au["name"]), jl(ld))
        s.art(path, shell("%s - The Lakeshore Beacon" % title, main, head, "post-template-default single single-post"), title, iso[:10], names,
              instant=datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M"),
              must=[paras[1], paras[-1]], must_not=["Your donation keeps local news free", [t for p, t in every if p != path][0]])
    s.non("/scoreboard/", shell("High school scoreboard - The Lakeshore Beacon", ('<main id="main"><article class="page"><h1 class="entry-title">High school scoreboard</h1>'
          '<div class="entry-meta"><span class="byline">Compiled by <a href="/author/jeff-lund/">Jeff Lund</a></span> <time class="entry-date published" datetime="2025-03-14T07:00:00-05:00">March 14, 2025</time></div>'
          '<div class="entry-content"><p>Scores from Thursday\'s games involving Lakeshore County teams. Coaches can report scores to sports@lakeshorebeacon.example by 10 p.m.</p>'
          '<h2>Girls basketball - WIAA sectional semifinals</h2>%s<h2>Boys hockey - state tournament</h2>%s</div></article></main>') % (
              table(["Team", "Score", "Team", "Score"], [("Lakeshore", 54, "Sheboygan Falls", 49), ("Plymouth", 61, "Kiel", 40)]),
              table(["Team", "Score", "Team", "Score"], [("Lakeshore/Manitowoc co-op", 2, "Hudson", 5)])), cls="page"))
    s.non("/markets/", shell("Markets: local stocks - The Lakeshore Beacon", '<main id="main"><h1>Local stocks</h1><p>Closing prices, Thursday, March 13, 2025. Data delayed at least 15 minutes.</p>%s<p>Market data provided by Barchart.</p></main>' % table(
        ["Company", "Symbol", "Close", "Change"], [("Kohler Holdings", "KHLR", "88.14", "-1.22"), ("Lakeshore Bancorp", "LKSB", "23.70", "+0.15"), ("Manitowoc Co.", "MTW", "9.61", "-0.08"), ("Bemis Marine", "BMAR", "41.02", "+0.77")]), cls="page"))
    s.non("/tv-listings/", shell("TV listings - The Lakeshore Beacon", '<main id="main"><h1>Tonight on TV</h1>%s</main>' % table(["Time", "Channel", "Program"], [
        ("6:00", "WLUK 11", "FOX 11 News at 6"), ("7:00", "WBAY 2", "Survivor"), ("7:00", "PBS Wisconsin", "Wisconsin Life"), ("8:00", "WFRV 5", "Elsbeth")]), cls="page"))
    s.non("/puzzles/", shell("Puzzles - The Lakeshore Beacon", '<main id="main"><h1>The Beacon Crossword</h1><p class="puzzle-byline">Puzzle No. 112 · By Ruth Ellery · March 14, 2025</p>'
          '<p>This week\'s theme: lighthouses of the Great Lakes. Solve online below or print the PDF.</p><div class="crossword-embed">[crossword]</div><p>Answers to last week\'s puzzle are posted every Friday.</p></main>', cls="page"))
    EV = ("/events/lakeshore-maple-syrup-open-house/", "Lakeshore Maple Syrup Open House")
    s.non(EV[0], shell("Lakeshore Maple Syrup Open House - The Lakeshore Beacon", '<main id="main"><div class="tribe-events-single"><h1 class="tribe-events-single-event-title">%s</h1>'
          '<div class="tribe-events-schedule"><span class="tribe-event-date-start">March 22 @ 9:00 am</span> - <span class="tribe-event-time">2:00 pm</span></div>'
          '<div class="tribe-events-single-event-description"><p>See how maple sap becomes syrup at the Hansen family sugarbush. Tours of the sugar shack every half hour, pancake breakfast until noon, and wagon rides for kids.</p>'
          '<p>Free admission; breakfast $8 for adults, $5 for children.</p></div><div class="tribe-events-meta-group"><dt>Organizer</dt><dd>Lakeshore County Extension</dd></div></div></main>' % E(EV[1]),
          jl({"@context": "https://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-22T09:00:00-05:00", "endDate": "2025-03-22T14:00:00-05:00"}), "tribe_events-template-default single-tribe_events"))
    s.non("/events/", shell("Events - The Lakeshore Beacon", '<main id="main"><h1>Community events</h1><ul>%s</ul><a href="/submit-an-event/">Submit an event</a></main>' % links([EV]), cls="post-type-archive-tribe_events"))
    s.non("/submit-an-event/", shell("Submit an event - The Lakeshore Beacon", '<main id="main"><h1>Submit an event</h1><p>Is your group hosting a free or low-cost event open to the public? Tell us about it and we will add it to our community calendar. Please submit at least two weeks ahead.</p>'
          '<form class="wpforms-form"><label>Event name<input></label><label>Date<input type="date"></label><label>Description<textarea></textarea></label><button>Submit</button></form></main>', cls="page"))
    s.non("/letters/submit/", shell("Submit a letter to the editor - The Lakeshore Beacon", '<main id="main"><h1>Submit a letter to the editor</h1><p>Letters should be no longer than 250 words and must include your full name and town. We do not publish anonymous letters.</p>'
          '<form class="wpforms-form"><label>Name<input></label><label>Town<input></label><label>Letter<textarea></textarea></label><button>Send</button></form></main>', cls="page"))
    GA = ("/photos/photos-st-patricks-parade-2025/", "Photos: Lakeshore's St. Patrick's Day parade")
    caps = ["The Lakeshore High School marching band leads the parade down 8th Street on Saturday.", "Siobhan Daly, 6, waves a flag from her father's shoulders.",
            "Members of the Lakeshore Curling Club sweep their way along the route.", "A bagpiper from the Milwaukee Police Pipes and Drums pauses near the courthouse."]
    s.non(GA[0], shell(GA[1] + " - The Lakeshore Beacon", ('<main id="main"><article class="post format-gallery"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">Photos by '
          '<span class="author vcard"><a class="url fn n" href="/author/mara-quinn/">Mara Quinn</a></span></span> <time class="entry-date published" datetime="2025-03-09T16:30:00-05:00">March 9, 2025</time></div>'
          '<div class="entry-content"><div class="wp-block-jetpack-slideshow">%s</div></div></article></main>') % (
              E(GA[1]), "".join('<figure><img src="/wp-content/uploads/2025/03/parade-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, E(c)) for k, c in enumerate(caps))),
          '<meta property="og:type" content="article">%s' % jl({"@context": "https://schema.org", "@type": "ImageGallery", "name": GA[1], "datePublished": "2025-03-09T16:30:00-05:00"}), "single single-post format-gallery"))
    s.non("/photos/", shell("Photos - The Lakeshore Beacon", '<main id="main"><h1>Photos</h1><ul>%s</ul></main>' % links([GA]), cls="archive"))
    s.non("/classifieds/", shell("Classifieds - The Lakeshore Beacon", '<main id="main"><h1>Classifieds</h1><ul class="awpcp-listings"><li><h3>Pontoon boat, 2014, 20 ft</h3><p>Runs great, new cover. $14,500. Call 920-555-0190.</p></li>'
          '<li><h3>Firewood for sale</h3><p>Seasoned oak, $95 a face cord delivered.</p></li><li><h3>Help wanted: line cook</h3><p>Harbor Grill, full time, apply in person.</p></li></ul></main>', cls="page"))
    s.non("/donate/", shell("Donate - The Lakeshore Beacon", '<main id="main"><h1>Support independent local news</h1><p>The Lakeshore Beacon is free to read because readers like you chip in. Become a member today.</p>'
          '<div class="wp-block-newspack-blocks-donate"><button>$10/month</button><button>$20/month</button></div></main>', cls="page"))
    for u, n, bio, mine in (("ana-ortiz", "Ana Ortiz", "Ana Ortiz covers education and local government for The Lakeshore Beacon. She is a Report for America corps member.", every[:1]),
                            ("jeff-lund", "Jeff Lund", "Jeff Lund covers sports and the waterfront.", [every[0], every[2], ("/scoreboard/", "High school scoreboard")]),
                            ("mara-quinn", "Mara Quinn", "Mara Quinn is the Beacon's staff photographer.", [GA])):
        s.non("/author/%s/" % u, shell("%s, Author at The Lakeshore Beacon" % n, '<main id="main"><header class="page-header"><h1 class="page-title">%s</h1><div class="author-description">%s</div></header><ul>%s</ul></main>' % (
            E(n), E(bio), links(mine)), cls="archive author"))
    s.non("/category/news/", shell("News Archives - The Lakeshore Beacon", '<main id="main"><h1 class="page-title">News</h1><ul>%s</ul></main>' % links(every), cls="archive category"))
    s.non("/about/", shell("About us - The Lakeshore Beacon", '<main id="main"><h1>About us</h1><p>The Lakeshore Beacon launched in 2021 after the county\'s daily paper cut its newsroom to two reporters.</p></main>', cls="page"))
    s.service(shell, [('/tag/lakeshore-county/', 'Lakeshore County Archives - The Lakeshore Beacon', 'Stories tagged Lakeshore County.')])
    s.non("/", shell("The Lakeshore Beacon - Independent, nonprofit news for Lakeshore County", '<main id="main"><section class="wp-block-newspack-blocks-homepage-articles"><ul>%s</ul></section>'
          '<section><h2>Community</h2><ul>%s</ul></section></main>' % (links(every), links([GA, EV, ("/scoreboard/", "Scoreboard")]))))
    s.rss("/feed/", "The Lakeshore Beacon", [(a[0], a[1], email.utils.format_datetime(datetime.datetime.fromisoformat(a[3]).astimezone(datetime.timezone.utc))) for a in A])
    s.sitemap([p for p, _ in every] + [GA[0]], "/wp-admin/")


# ------------------------------------------------------------ 12 The Glenmore Advertiser (National-World-like Scottish weekly)
def glenmore():
    s = Site(12)
    nav = [("/news/", "News"), ("/school-closures/", "School closures"), ("/weather/warnings/", "Weather warnings"), ("/whats-on/", "What's On"),
           ("/lifestyle/horoscopes/", "Horoscopes"), ("/family-notices/", "Family Notices")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="sp_message_container" class="sp-consent"><p>We and our partners use cookies and similar technologies to store and access personal data such as browsing behaviour, to show personalised ads and to measure content.</p>'
                '<button>Accept all</button> <button>Manage</button></div>'
                '<header class="Header__Wrapper"><a class="Header__Logo" href="/">The Glenmore Advertiser</a><nav class="Header__Nav">%s</nav>'
                '<a class="Header__Subscribe" href="/subscriptions/">Subscribe</a></header><div class="Ad__Container">Advertisement</div>'
                '<main class="Page__Main">%s</main><footer class="Footer"><a href="/contact/">Contact</a> <a href="/family-notices/">Place a notice</a>'
                '<p>&copy; 2025 National World Publishing Ltd. All rights reserved.</p></footer></body></html>') % (E(title), head, links(nav, tag="span"), main)

    A = [("/news/education/heavy-snow-closes-40-schools-across-glenmore-as-amber-warning-issued-5031234", "Heavy snow closes 40 schools across Glenmore as amber warning issued",
          "Parents are being urged to check the council website before setting off", [("Sarah Reid", "/author/sarah-reid/", "")],
          "2025-03-12T07:30:00+00:00", "2025-03-12T15:10:00+00:00", "Published 12th Mar 2025, 07:30 GMT", "Updated 12th Mar 2025, 15:10 GMT", "person", [
          "More than 40 schools across Glenmore were closed on Wednesday after heavy overnight snow left rural roads impassable and school buses unable to run.",
          "The Met Office upgraded its yellow warning to amber for parts of the Highlands and Perthshire, with up to 25cm of snow expected on higher ground before the end of the day.",
          "Glenmore Council said headteachers had made the decision to close in the early hours and that parents should check the council's website for updates before setting off.",
          "Gritters have been out since 3am, but the council warned that minor roads in upland areas would not be treated until main routes had been cleared."]),
         ("/news/politics/council-to-scrap-free-garden-waste-collections-to-save-ps400000-5029876", "Council to scrap free garden waste collections to save £400,000",
          "", [("Callum MacLeod", "/author/callum-macleod/", "Local Democracy Reporter")],
          "2025-03-11T16:00:00+00:00", "2025-03-11T16:00:00+00:00", "Published 11th Mar 2025, 16:00 GMT", "", "person", [
          "Households in Glenmore will have to pay £45 a year to have their brown bins emptied from June after councillors agreed to scrap free garden waste collections.",
          "The move, agreed as part of the council's budget on Tuesday, is expected to save around £400,000 a year as the authority tries to close a funding gap of £18 million.",
          "Opposition councillors warned the charge would lead to more fly-tipping and more garden waste going into general rubbish bins.",
          "Residents who do not sign up will be able to take garden waste to the council's recycling centres free of charge."]),
         ("/news/people/glenmore-highland-games-to-move-to-new-site-after-140-years-5027001", "Glenmore Highland Games to move to new site after 140 years",
          "Organisers say the old park can no longer cope with the crowds", [("Sarah Reid", "/author/sarah-reid/", ""), ("Fiona Grant", "/author/fiona-grant/", "")],
          "2025-03-10T12:00:00+00:00", "2025-03-10T12:00:00+00:00", "Published 10th Mar 2025, 12:00 GMT", "", "org", [
          "The Glenmore Highland Games will move from Victoria Park to a field at Balnacoil Farm this summer, ending 140 years at the same venue.",
          "Organisers said the park could no longer cope with crowds of up to 8,000 people and the parking problems they caused in the town centre.",
          "The new site has room for a larger arena, parking for 2,000 cars and a campsite for competitors who travel from overseas.",
          "Games chieftain Alasdair Munro said the decision had not been taken lightly. \"Victoria Park will always be the spiritual home of the games,\" he said."])]
    every = [(a[0], a[1]) for a in A]
    for path, title, sub, by, iso, miso, pub, upd, ldau, paras in A:
        names = [n for n, _, _ in by]
        byl = "By " + " and ".join('<a class="Author__Name" href="%s">%s</a>%s' % (p, E(n), (", " + E(r)) if r else "") for n, p, r in by)
        main = ('<article class="Article"><div class="Breadcrumbs"><a href="/news/">News</a></div><h1 class="Article__Headline">%s</h1>%s'
                '<div class="Article__Byline"><span class="Author">%s</span><div class="Article__Dates"><span class="Published">%s</span>%s</div></div>'
                '<div class="Article__Share"><a>Share</a> <a>Comments</a></div><figure><img src="/images/%s.jpg" alt=""><figcaption>Snow on the A9 near Glenmore (Photo: Michael Gillen)</figcaption></figure>'
                '<div class="Article__Body">%s<div class="Article__Inline"><p>Sign up to our daily newsletter - The Glenmore Advertiser, straight to your inbox every morning.</p><button>Sign up</button></div>%s</div>'
                '<section class="Article__Comments"><h2>Comments</h2><p>Want to join the conversation? Please or to comment on this article.</p></section></article>'
                '<aside class="Most__Popular"><h2>Most Popular</h2><ol>%s</ol></aside>') % (
            E(title), ('<h2 class="Article__Subheadline">%s</h2>' % E(sub)) if sub else "", byl, pub, (' <span class="Updated">%s</span>' % upd) if upd else "",
            path[-7:], ps(paras[:2]), ps(paras[2:]), links([(p, t) for p, t in every if p != path] + [("/school-closures/", "School closures in Glenmore today")]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": miso,
              "author": [{"@type": "Person", "name": n} for n in names] if ldau == "person" else {"@type": "Organization", "name": "The Glenmore Advertiser"}}
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(title), s.url(path), jl(ld))
        s.art(path, shell("%s | The Glenmore Advertiser" % title, main, head), title, iso[:10], names,
              must=[paras[1], paras[-1]], must_not=["Sign up to our daily newsletter", "Snow on the A9 near Glenmore"])
    s.non("/school-closures/", shell("School closures in Glenmore today | The Glenmore Advertiser", '<article class="Article Article--list"><h1 class="Article__Headline">School closures in Glenmore: full list</h1>'
          '<div class="Article__Byline"><span class="Author">Compiled by the Glenmore Advertiser newsdesk</span><div class="Article__Dates"><span class="Published">Last updated 07:12, Wednesday 12 March 2025</span></div></div>'
          '<p>This list is updated as information comes in from Glenmore Council. Schools not listed are expected to be open as normal. Nurseries attached to closed schools are also closed.</p>%s'
          '<p>Read more: <a href="%s">%s</a></p></article>' % (table(["School", "Status"], [("Balnacoil Primary", "Closed"), ("Glenmore Academy", "Closed"), ("Kirkton Primary", "Closed"),
                                                                                           ("Strathmore High", "Open - buses not running"), ("St Columba's RC Primary", "Opening at 11am")]), A[0][0], E(A[0][1]))))
    s.non("/weather/warnings/", shell("Weather warnings for Glenmore | The Glenmore Advertiser", '<h1>Weather warnings</h1><div class="warning amber"><h2>Amber warning: snow</h2><p>Valid from 06:00 Wednesday 12 March to 18:00 Wednesday 12 March. Issued by the Met Office.</p>'
          '<p>Heavy snow is likely to cause travel disruption, with some rural communities cut off.</p></div>'))
    HS = "/lifestyle/horoscopes/daily-horoscope-friday-14-march-2025-your-star-sign-reading-5032210"
    s.non(HS, shell("Daily horoscope Friday 14 March 2025: your star sign reading | The Glenmore Advertiser", ('<article class="Article"><h1 class="Article__Headline">Daily horoscope Friday 14 March 2025: your star sign reading</h1>'
          '<div class="Article__Byline"><span class="Author">By <a class="Author__Name" href="/lifestyle/horoscopes/">Mystic Morag</a></span><div class="Article__Dates"><span class="Published">Published 14th Mar 2025, 00:01 GMT</span></div></div>'
          '<div class="Article__Body"><p>Here is what the stars have in store for you today.</p><h3>Pisces</h3><p>A surprise message brightens your morning. Say yes to the invitation that follows.</p>'
          '<h3>Aries</h3><p>You are full of ideas, but save the big decisions until after the weekend.</p><h3>Taurus</h3><p>Money matters look settled at last. Treat yourself, but only a little.</p></div></article>'),
          '<meta property="og:type" content="article">%s' % jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Daily horoscope Friday 14 March 2025: your star sign reading",
                                                                 "datePublished": "2025-03-14T00:01:00+00:00", "author": {"@type": "Person", "name": "Mystic Morag"}})))
    s.non("/lifestyle/horoscopes/", shell("Horoscopes | The Glenmore Advertiser", '<h1>Horoscopes</h1><ul>%s</ul>' % links([(HS, "Daily horoscope Friday 14 March 2025")])))
    FN = ("/family-notices/deaths/mackenzie-isobel-margaret-39284", "MACKENZIE Isobel Margaret (née Fraser)")
    s.non(FN[0], shell("MACKENZIE Isobel Margaret (née Fraser) | Deaths | The Glenmore Advertiser Family Notices", '<div class="Notice"><p class="Notice__Type">Deaths</p><h1>%s</h1>'
          '<p>Peacefully, at Glenmore Community Hospital, on Friday 7th March 2025, Isobel, aged 88 years, of Kirkton. Beloved wife of the late Donald, much loved mum of Alison and Iain, and a dear gran.</p>'
          '<p>Funeral service at Kirkton Parish Church on Thursday 20th March at 1pm, thereafter to Kirkton Cemetery. Family flowers only please; donations, if desired, to Glenmore Community Hospital Comforts Fund.</p>'
          '<p class="Notice__Published">Published 13th Mar 2025</p></div>' % E(FN[1])))
    s.non("/family-notices/", shell("Family notices: births, marriages and deaths | The Glenmore Advertiser", '<h1>Family Notices</h1><ul>%s</ul>' % links([FN])))
    EV = ("/whats-on/ceilidh-in-aid-of-mountain-rescue-glenmore-town-hall", "Ceilidh in aid of Glenmore Mountain Rescue")
    s.non(EV[0], shell(EV[1] + " | What's On | The Glenmore Advertiser", '<div class="Event"><h1>%s</h1><p>Saturday 29 March 2025, 7.30pm · Glenmore Town Hall</p>'
          '<p>The Kirkton Ceilidh Band plays for an evening of dancing, with a raffle and a stovies supper. All proceeds go to the Glenmore Mountain Rescue Team, which answered 61 call-outs last year.</p>'
          '<p>Tickets £12 from the Bookshop on High Street or on the door.</p></div>' % E(EV[1]), jl({"@context": "https://schema.org", "@type": "Event", "name": EV[1], "startDate": "2025-03-29T19:30:00+00:00"})))
    s.non("/whats-on/", shell("What's On in Glenmore | The Glenmore Advertiser", '<h1>What\'s On</h1><ul>%s</ul>' % links([EV])))
    for p, n, bio, mine in (("/author/sarah-reid/", "Sarah Reid", "Sarah Reid is a reporter at The Glenmore Advertiser.", [every[0], every[2]]),
                            ("/author/callum-macleod/", "Callum MacLeod", "Callum MacLeod is a Local Democracy Reporter covering Glenmore Council.", every[1:2]),
                            ("/author/fiona-grant/", "Fiona Grant", "Fiona Grant is a trainee reporter.", every[2:])):
        s.non(p, shell("%s | The Glenmore Advertiser" % n, '<div class="Author__Page"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/news/", shell("News | The Glenmore Advertiser", '<h1>News</h1><ul>%s</ul>' % links(every)))
    s.non("/", shell("The Glenmore Advertiser | Glenmore news, sport and what's on", '<section><ul>%s</ul></section><section><h2>Useful</h2><ul>%s</ul></section>' % (
        links(every), links([("/school-closures/", "School closures"), (HS, "Daily horoscope"), ("/family-notices/", "Family notices")]))))
    s.service(shell, [('/contact/', 'Contact | The Glenmore Advertiser', 'Newsdesk: 01479 555 100.'), ('/subscriptions/', 'Subscribe | The Glenmore Advertiser', 'Subscribe for unlimited access from £1 a month.')])
    s.sitemap([a[0] for a in A] + [HS])


for build in (millbrook, echo, standard, riverina, baychron, oberland, echoval, vega, veluwe, fjordposten, beacon, glenmore):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
