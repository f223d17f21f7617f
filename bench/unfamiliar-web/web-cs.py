"""Web cs: North American local newspapers on the platforms they really run.
Twelve sites on 127.0.8.121-132 (port 18168), one paper per host, each
rendered the way its chain's platform renders pages, with the pages such a
paper serves besides its stories: obituaries, legal notices, the
e-edition, weather, scores, contests, letters, photo galleries, author and
service pages. Three or four hand-written stories per site (40 in all),
dated in March 2025 on both sides of the switch to daylight time (March
9), so the zone abbreviations change (EST/EDT, CST/CDT, MST/MDT, PST/PDT,
AST/ADT).

 1 Platte Valley Courier (121, Kearney, Neb., CT; an independent daily on
   BLOX/TownNews): tncms asset pages at /news/local/article_<uuid>.html,
   "Posted: Tuesday, March 4, 2025 5:30 pm CST | Updated: 9:12 am CST, Wed
   Mar 5, 2025.", "By Dana Whitfield, Staff Writer" (meta author the whole
   byline), a police blotter "From staff reports" (truth []), a letter to
   the editor signed only at its foot (truth the writer), an obituary at
   /obituaries/<name>/article_<uuid>.html marked og:type article with a
   NewsArticle JSON-LD as BLOX marks every asset (not an article), a photo
   collection (collection_<uuid>.html), the obituaries list, letters
   section, e-edition, weather, legal notices, a user profile, contact.
   Republishes the Dawes County Dispatch's grocery story with a credit
   line, canonical to the original (a copy, only in "synd").
 2 Cedar Valley Gazette (122, Waterloo, Iowa, CT, no zone shown; Lee
   Enterprises' BLOX theme): "Mar 4, 2025" with <time datetime>, a
   paywalled story that shows three paragraphs and a subscriber prompt
   (truth: its visible paragraphs in "must"), an AP story "By MARGERY LANDT
   Associated Press" (truth "Margery Landt"), an AP story signed
   "Associated Press" alone and a court brief by "Gazette staff" (both
   []). Sections, obituaries, scores, a "Best of" contest, e-edition,
   weather, a profile, contact.
 3 Scioto Valley Register (123, Chillicothe, Ohio; Gannett, gnt_ markup):
   "Published 5:02 a.m. ET March 3, 2025 | Updated ...", so the instant
   counts, one story published at 9:41 p.m. ET (the next day in UTC), a
   USA TODAY Network Ohio Bureau story with its "This article originally
   appeared on The Columbus Dispatch" footer, a police story signed by the
   paper (truth []). Obituaries list and one obituary, public notices,
   high-school scores, contests, e-edition, weather, a staff page.
 4 The Kaweah Bee (124, Visalia, Calif., PT, no zone; McClatchy): the top
   shows only "Updated March 5, 2025 9:12 AM" and the foot "This story was
   originally published March 4, 2025 at 5:00 AM." (truth the original
   day), a sentencing story, a two-writer story. Scores, obituaries,
   letters section, e-edition, contests, a profile, customer service.
 5 Thumb Area Tribune (125, Bad Axe, Mich., ET, no zone; Hearst): "By X,
   Staff writer", "Updated Mar 4, 2025 10:02 a.m.", a contributor "Special
   to the Tribune", a slideshow page (not an article).
 6 SouthJerseyLive (126, Vineland, N.J., ET, no zone; Advance Local's Arc
   pages): "By Jenna Alvarado | jalvarado@..." (an e-mail in the byline),
   "By Kyle Benedetti | NJ Advance Media for SouthJerseyLive.com", "By Pat
   Delaney | For SouthJerseyLive.com", "By SouthJerseyLive.com staff"
   (truth []), "Published: Mar. 04, 2025, 6:15 a.m." and "Updated: ...",
   a police chase and a sentencing story, a photo gallery page.
 7 The Parkland Herald (127, Red Deer, Alta., MT, no time shown;
   Postmedia): "Published Mar 05, 2025 • Last updated Mar 06, 2025 • 3
   minute read", "Author of the article:", a Canadian Press story signed by
   the agency alone ([]). Public notices, ePaper, contests.
 8 Grand River Record (128, Cambridge, Ont., ET; Torstar/Metroland):
   "Tue., March 4, 2025timer3 min. read" (the clock icon's text runs into
   the date), the writer's name beside the paper's, a submitted community
   story ("Submitted by the Rotary Club of Cambridge": []), a court story.
   Community section, flyers, e-edition.
 9 The Fundy Chronicle (129, Truro, N.S., AT with the zone; SaltWire):
   "Posted: March 4, 2025, 5:45 p.m. AST", a Canadian Press story with a
   named reporter ("Marie-Claire Boudreau · The Canadian Press"), an RCMP
   brief signed "SaltWire Network" ([]). Republishes the Parkland Herald's
   bus story with a credit line (same chain since 2024), canonical to
   itself (a copy, only in "synd").
10 Kootenay Ledger (130, Nelson, B.C., PT with the zone; Black Press):
   "Colin Dunmore, Local Journalism Initiative", a community piece written
   by a garden club's president (truth her), a "Submitted" story ([]), a
   "Black Press Media" story ([]). Scores, obituaries, e-edition, contest,
   weather, community calendar.
11 Le Courrier des Bois-Francs (131, Victoriaville, Que., ET, French
   weekly): "Publié le 4 mars 2025 à 14 h 30", "Mis à jour le ...", "Par
   Jean-François Roy, Initiative de journalisme local", a court brief by
   "La Rédaction" ([]); death notices (list and one notice), public notices
   (avis publics), the e-edition, a contest.
12 Dawes County Dispatch (132, Chadron, Neb., MT with the zone; Newspack
   WordPress, a nonprofit weekly): "March 5, 2025 at 8:00 a.m. MST", a
   two-writer story whose Yoast graph names only the first writer, a
   "Republish this story" box holding the story's HTML in a textarea;
   donate, newsletters, legal notices, obituaries.

Truth: 40 articles, 133 non-articles, the two copies only in "synd".
Titles are the <h1> headlines (a kicker such as "Letter to the editor"
above it is not part of it), dates the publication day shown to the reader
(not the update), as an instant to the minute where the page names the
zone; authors the people named as writers (desks, agencies, "Staff",
"Submitted", papers give []). Bodies must hold each story's first and last
paragraph (the paywalled story: its three visible paragraphs); the
Dispatch's must not hold the republication box's licence text.

First crawl (newsroom built at 7195e60): stories 40: title 40, date 40,
authors 29 right; non-articles stored 4 of 133; bodies checked 40: 0 wrong;
syndicated copies 2: original kept for 2. Misses:
- Authors: a desk, agency or paper kept as the author (Gazette's
  "Associated Press", the Register's "Scioto Valley Register", the Herald's
  "The Canadian Press", the Record's "Submitted", the Chronicle's "SaltWire
  Network", the Ledger's "Black Press Media" on its own story and, from the
  JSON-LD, on the "Submitted" one, the Courrier's "La Rédaction"); the
  Courier's blotter signed "From staff reports" given its kicker "Crime and
  Courts" as author; "Local Journalism Initiative" kept beside Colin
  Dunmore; the Courier's letter, signed only at its foot, given no author.
- Non-articles stored: the Courier's BLOX photo collection, the Tribune's
  slideshow, the Tribune's e-edition page (six other sites' e-edition pages,
  which share its wording, folded into it) and the Courrier's avis publics.
Not scored: the Ledger's /calendar/ page was never fetched (skipped by
newsroom's crawl policy as a trap).
"""
import datetime, html, json, os, sys, uuid  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18168
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}

N = dict(pv=121, cv=122, sv=123, kb=124, ta=125, sj=126, ph=127, gr=128, fc=129, kl=130, bf=131, dd=132)
FAM = dict(pv="CT", cv="CT", sv="ET", kb="PT", ta="ET", sj="ET", ph="MT", gr="ET", fc="AT", kl="PT", bf="ET", dd="MT")
STD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8, "AT": -4}
SITES = {k: common.Site(OUT, "127.0.8.%d" % n, PORT, truth) for k, n in N.items()}


def aware(local, fam):
    """The local wall time local ("2025-03-04 17:30") in zone family fam,
    with its offset and abbreviation (daylight time from March 9, 2025)."""
    naive = datetime.datetime.fromisoformat(local)
    dst = naive >= datetime.datetime(2025, 3, 9, 2, 0)
    off = STD[fam] + (1 if dst else 0)
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))), fam[0] + ("DT" if dst else "ST")


def uid(seed):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "cs/" + seed))


class St:
    def __init__(self, key, path, title, local, authors, paras, upd=None, zone=False, **kw):
        self.key, self.path, self.title, self.authors, self.paras = key, path, title, authors, paras
        self.t, self.abbr = aware(local, FAM[key])
        self.u, self.uabbr = aware(upd, FAM[key]) if upd else (None, None)
        self.zone = zone  # the page names the zone: the instant counts
        self.dek, self.by, self.sec = "", None, ""
        self.__dict__.update(kw)
        self.url = SITES[key].url(path)
        self.date = self.t.date().isoformat()

    def iso(self, utc=False):
        return (self.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if utc else self.t.isoformat())

    def uiso(self, utc=False):
        u = self.u or self.t
        return (u.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if utc else u.isoformat())


def words(paras):
    return sum(len(p.split()) for p in paras)


def article(st, doc, must=None, must_not=None):
    """Writes story st's page and records it in the truth."""
    S = SITES[st.key]
    assert must or words(st.paras) >= 150, (st.path, words(st.paras))
    S.art(st.path, doc, st.title, st.date, st.authors,
          instant=st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if st.zone else None,
          must=must or [st.paras[0], st.paras[-1]], must_not=must_not)


def copy_of(key, orig, path, doc):
    """A syndicated copy of orig on site key: only in truth["synd"]."""
    SITES[key].put(path, doc)
    truth["synd"].append({"copy": SITES[key].url(path), "orig": orig.url})


def M(name, content):
    return '<meta name="%s" content="%s">' % (name, E(content))


def PR(prop, content):
    return '<meta property="%s" content="%s">' % (prop, E(content))


def canon(u):
    return '<link rel="canonical" href="%s">' % E(u)


def ps(paras, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "\n".join("<p%s>%s</p>" % (c, E(p)) for p in paras)


def page(lang, title, head, body, bodycls=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s\n</head>\n<body class="%s">\n%s\n</body>\n</html>\n') % (lang, E(title), head, bodycls, body)


def newsarticle(st, site_name, author_names=None, org_author=None, **extra):
    o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "url": st.url, "mainEntityOfPage": st.url,
         "datePublished": st.iso(), "dateModified": st.uiso(), "publisher": {"@type": "Organization", "name": site_name}}
    names = st.authors if author_names is None else author_names
    if names:
        o["author"] = [{"@type": "Person", "name": a} for a in names]
    elif org_author:
        o["author"] = {"@type": "Organization", "name": org_author}
    o.update(extra)
    return jl(o)


def ap_ampm(t, cap=False, dots=True):
    h = t.hour % 12 or 12
    if dots:
        return "%d:%02d %s" % (h, t.minute, "a.m." if t.hour < 12 else "p.m.")
    return "%d:%02d %s" % (h, t.minute, ("AM" if t.hour < 12 else "PM") if cap else ("am" if t.hour < 12 else "pm"))


def longdate(t):
    return "%s %d, %d" % (t.strftime("%B"), t.day, t.year)


def shortdate(t):
    return "%s %d, %d" % (t.strftime("%b"), t.day, t.year)


# ---------------------------------------------------------------- shared non-article bodies
def weather_body(town, days):
    rows = "".join('<tr><th scope="row">%s</th><td>%s</td><td>%d&deg;</td><td>%d&deg;</td><td>%d%%</td></tr>' % (d, E(s), hi, lo, pr) for d, s, hi, lo, pr in days)
    return ('<div class="weather-current"><h2>Current conditions in %s</h2><p class="temp">34&deg;F</p><p>Partly cloudy. Wind NW 12 mph. Humidity 61%%.</p></div>'
            '<table class="forecast"><thead><tr><th>Day</th><th>Forecast</th><th>High</th><th>Low</th><th>Precip.</th></tr></thead><tbody>%s</tbody></table>'
            '<p class="weather-source">Forecast data provided by the National Weather Service. Radar updates every 10 minutes.</p>') % (E(town), rows)


WEEK = [("Tue", "Sunny", 48, 27, 0), ("Wed", "Mostly sunny", 55, 31, 5), ("Thu", "Windy, rain showers late", 52, 35, 40),
        ("Fri", "Rain and snow mix", 39, 28, 70), ("Sat", "Cloudy", 41, 24, 20), ("Sun", "Partly sunny", 50, 30, 10), ("Mon", "Sunny and mild", 58, 33, 0)]


def scores_body(groups):
    out = []
    for head, games in groups:
        rows = "".join('<tr><td>%s</td><td class="score">%s</td><td>%s</td><td class="score">%s</td><td>%s</td></tr>' % (E(a), x, E(h), y, E(n)) for a, x, h, y, n in games)
        out.append('<h2>%s</h2><table class="scoreboard"><thead><tr><th>Away</th><th></th><th>Home</th><th></th><th>Note</th></tr></thead><tbody>%s</tbody></table>' % (E(head), rows))
    return "".join(out) + '<p class="scores-note">Coaches: report scores by 10 p.m. to the sports desk by phone or e-mail.</p>'


def legal_body(notices):
    return "".join('<div class="legal-notice"><h3>%s</h3><p>%s</p><p class="notice-run">Publish: %s</p></div>' % (E(t), E(x), E(d)) for t, x, d in notices)


def eedition_body(name, issues):
    items = "".join('<li class="issue"><img src="https://eedition.example/thumbs/%s.jpg" alt="%s front page"><span>%s</span> <a class="btn" href="#" data-issue="%s">Read this edition</a></li>' % (
        d.replace(" ", "-"), E(name), E(d), E(d)) for d in issues)
    return ('<p class="eedition-intro">The e-Edition is an exact digital replica of the printed %s, available to subscribers every morning by 5 a.m. '
            'Turn the pages, zoom in and clip stories just as you would with the paper.</p><ul class="issues">%s</ul>'
            '<p>Not a subscriber? <a href="#">Start your digital subscription</a> to get unlimited access.</p>') % (E(name), items)


def contest_body(intro, prizes, rules):
    return ('<div class="contest"><p class="contest-intro">%s</p><h2>Prizes</h2><ul>%s</ul><form class="contest-entry" action="#"><label>Name <input name="name"></label>'
            '<label>Email <input name="email" type="email"></label><label>Phone <input name="phone"></label><button type="submit">Enter now</button></form>'
            '<h2>Official rules</h2><ol class="rules">%s</ol></div>') % (E(intro), "".join("<li>%s</li>" % E(p) for p in prizes), "".join("<li>%s</li>" % E(r) for r in rules))


def gallery_body(photos, credit):
    return '<div class="gallery">%s</div>' % "".join(
        '<figure class="gallery-item"><img src="https://images.example/%d.jpg" alt=""><figcaption>%s <span class="credit">%s</span></figcaption><span class="count">%d of %d</span></figure>' % (
            i, E(c), E(credit), i + 1, len(photos)) for i, c in enumerate(photos))


def contact_body(addr, phone, emails):
    return ('<div class="contact"><p>%s</p><p>Main line: %s</p><ul>%s</ul><form action="#" class="contact-form"><label>Your name <input name="n"></label>'
            '<label>Message <textarea name="m"></textarea></label><button>Send</button></form></div>') % (
        E(addr), E(phone), "".join("<li>%s: <a href=\"mailto:%s\">%s</a></li>" % (E(w), E(m), E(m)) for w, m in emails))


# ====================================================================== stories
# --- 12. Dawes County Dispatch (first: the Courier copies its grocery story)
DD = [
    St("dd", "/2025/03/05/chadron-grocery-store-saved-co-op/", "Chadron\u2019s only grocery store saved as 300 residents buy into a co-op",
       "2025-03-05 08:00", ["Colleen Marsh"], [
           "Chadron will keep its only full-service grocery store after more than 300 residents each put up at least $500 to buy it from its retiring owners and turn it into a community-owned cooperative.",
           "Larry and Jean Ostrander, who have run Main Street Market for 31 years, announced last fall that they would close at the end of March if no buyer came forward. The nearest other full grocery store is in Alliance, more than an hour\u2019s drive south, and many older residents in town do not drive that far.",
           "A group of volunteers led by retired banker Sheryl Two Crow started selling memberships in January. By Monday they had raised $412,000 from 318 members, enough, together with a loan from a rural development fund, to buy the building, the equipment and the stock.",
           "\u201cPeople kept coming into the bank with checks before we even had the paperwork ready,\u201d Two Crow said. \u201cThis town knew what it would mean to lose the store.\u201d",
           "The co-op will keep all 22 employees and plans to add a small deli and a section for local beef and produce. Members will elect a nine-person board at a meeting at the Chadron Community Center on March 20. The store will stay open during the change of ownership."],
       zone=True),
    St("dd", "/2025/03/10/chadron-state-tuition-waiver-tribal-nations/", "Chadron State College to waive tuition for students from tribal nations",
       "2025-03-10 18:30", ["Colleen Marsh", "Dale Hettinger"], [
           "Chadron State College will waive tuition starting this fall for enrolled members of federally recognized tribes who live in Nebraska, South Dakota or Wyoming, the college announced Monday evening after a vote by the state college system\u2019s board.",
           "About 140 Native students now attend the college, most of them from the Pine Ridge and Rosebud reservations in South Dakota, which lie less than an hour\u2019s drive north of campus. College officials said the waiver could double that number within five years.",
           "The waiver covers tuition but not housing, meals or books. The college said it would pay for the program with a combination of private donations and state money set aside for recruiting students from rural areas.",
           "Students who have attended the college said cost was often the reason classmates dropped out. \u201cA lot of people I started with went home after one semester because they could not cover the bill,\u201d said Marcus Bear Shield, a senior studying rangeland management.",
           "The college also plans to hire an adviser for Native students and to open a gathering space in the student center. Applications for the fall semester are due May 1."],
       zone=True),
    St("dd", "/2025/03/13/crawford-man-pleads-guilty-cattle-theft/", "Crawford man pleads guilty to stealing 14 cattle from neighboring ranch",
       "2025-03-13 13:00", ["Dale Hettinger"], [
           "A Crawford man pleaded guilty Thursday in Dawes County District Court to stealing 14 head of cattle from a neighboring ranch and selling them at a sale barn in Torrington, Wyoming.",
           "Wade Lindell, 41, admitted to one count of theft of property worth more than $5,000, a Class IIA felony. Prosecutors agreed to drop a second count of forgery in exchange for his plea. He faces up to 20 years in prison when he is sentenced in May.",
           "According to court records, the rancher noticed the cattle were missing in October and reported them to the Nebraska Brand Committee, whose investigators found that the animals had been sold with altered paperwork. The brands on the cattle had not been changed.",
           "Lindell\u2019s attorney told the court his client had lost his job at a feedlot and fallen behind on payments for his own small herd. He has agreed to repay the ranch about $28,000, the amount the cattle brought at the sale.",
           "Cattle theft remains uncommon in the Panhandle, but brand inspectors say cases have risen in recent years as prices for calves have reached record highs."],
       zone=True),
]

# --- 1. Platte Valley Courier (BLOX)
PV = [
    St("pv", "/news/local/article_%s.html" % uid("pv-water"), "Kearney council approves $18 million well field to ease summer water shortages",
       "2025-03-04 17:30", ["Dana Whitfield"], [
           "The Kearney City Council voted 4-1 Tuesday to spend $18 million on a new well field and pipeline north of the city, a project officials say will end the watering restrictions residents have lived with in three of the last five summers.",
           "The six wells, to be drilled on land the city bought near the Wood River in 2023, would add about 9 million gallons a day to a system that peaked at 21 million gallons during last July\u2019s heat wave. The city\u2019s older wells along the Platte have struggled to keep up as new subdivisions have grown on the north side.",
           "Utilities director Mark Eickhoff told the council that drilling could begin in September and that the first water would flow by the summer of 2027. The city will pay for the work with a low-interest state revolving loan and a rate increase of about $4 a month for a typical household, phased in over two years.",
           "Council member Lisa Brandt cast the lone no vote. She said the city should have done more to encourage conservation before committing to such a large project. \u201cWe are asking every family in Kearney to pay more so we can keep lawns green in August,\u201d she said.",
           "Mayor Jon Hadley said the shortages had already cost the city a food processing plant that chose to build elsewhere. The council will hold a public hearing on the rate increase April 8."],
       upd="2025-03-05 09:12", zone=True, by="Dana Whitfield, Staff Writer", sec="Local"),
    St("pv", "/news/local/crime-and-courts/article_%s.html" % uid("pv-blotter"), "Police blotter: Catalytic converters cut from vans at three Kearney businesses",
       "2025-03-06 06:00", [], [
           "Kearney police are looking for whoever cut catalytic converters from five delivery vans parked at three businesses on the east side of the city between Sunday night and Tuesday morning, according to reports released Wednesday.",
           "Thefts: Owners of a florist on East 25th Street, a plumbing company on Avenue N and a linen service near the airport each reported converters missing when drivers tried to start their vans. Damage and replacement costs were estimated at more than $14,000.",
           "Arrest: A 34-year-old Kearney man was arrested early Wednesday on suspicion of driving under the influence after officers saw his pickup cross the center line on Second Avenue. He was booked into the Buffalo County Jail.",
           "Burglary: A resident of the 1900 block of Sixth Avenue reported that someone entered an unlocked garage Monday and took a snowblower, two chain saws and a set of golf clubs.",
           "Anyone with information about the thefts can call Buffalo County Crime Stoppers at 308-555-0142. Callers can remain anonymous and may be eligible for a reward."],
       zone=True, by="From staff reports", sec="Crime and Courts"),
    St("pv", "/opinion/letters/article_%s.html" % uid("pv-letter"), "Well field vote came before residents had their say",
       "2025-03-08 05:00", ["Ruth Ann Kowalski"], [
           "I have lived in Kearney for 41 years, and I have never seen the council move so quickly on something so expensive. The $18 million well field approved on March 4 was first presented to the public less than a month earlier, at a study session most residents did not know about.",
           "I do not doubt that the city needs more water in the summer. I have watched my own lawn turn brown under the restrictions like everyone else. But a project that will raise every family\u2019s water bill deserves more than one evening of discussion and a vote the same night.",
           "The council should have held a hearing before the vote, not after it. It should also explain why so little has been done to help residents use less water, such as rebates for smart sprinkler controllers, which other Nebraska cities have offered for years.",
           "Those of us on fixed incomes notice every increase on our utility bills. We deserve to know the choices before they are made, not read about them afterward."],
       zone=True, by=None, sec="Letters", signature="Ruth Ann Kowalski, Kearney"),
]

# --- 2. Cedar Valley Gazette (Lee)
CV = [
    St("cv", "/news/local/education/waterloo-schools-weigh-closing-two-elementary-buildings/article_%s.html" % uid("cv-schools"),
       "Waterloo schools weigh closing two elementary buildings as enrollment falls", "2025-03-04 19:45", ["Megan Cruz"], [
           "Waterloo Community Schools could close two of its oldest elementary schools within two years, under a plan the district presented to the school board Monday night as enrollment continues to fall and repair bills keep growing.",
           "The plan would close Lincoln and Lowell elementary schools, both built before 1930, and move about 480 students to four other buildings. The district has lost nearly 900 students since 2015, and officials say several of its schools are now less than two-thirds full while still needing new roofs, boilers and windows.",
           "Superintendent Denise Whitaker said no decision would be made before a series of community meetings in April. \u201cWe know how much these schools mean to the neighborhoods around them,\u201d she said, \u201cand we want families to hear the numbers from us first, not from rumors on social media.\u201d The first meeting is set for April 7 at Lincoln Elementary, and a second will follow a week later at Lowell."], sec="Education", paywall=3),
    St("cv", "/news/state-regional/iowa-farmland-values-fall-for-second-straight-year/article_%s.html" % uid("cv-farmland"),
       "Iowa farmland values fall for a second straight year as crop prices slide", "2025-03-05 10:14", ["Margery Landt"], [
           "DES MOINES, Iowa (AP) \u2014 The average value of an acre of Iowa farmland fell for the second year in a row in 2024, as lower prices for corn and soybeans and high interest rates cooled a market that had set records only two years earlier, according to a survey released Wednesday.",
           "The survey of farm real estate brokers, appraisers and lenders put the statewide average at about $11,240 an acre, down 3.1% from a year earlier. Prices fell in 80 of Iowa\u2019s 99 counties, with the steepest drops in the southern part of the state, where soils are less productive.",
           "Economists said the decline was modest compared with the farm crisis of the 1980s, when land lost more than half its value. Most farmers who own land carry little debt on it, and many buyers are neighbors expanding their operations rather than outside investors.",
           "\u201cIt\u2019s a correction, not a collapse,\u201d said Karen Lindqvist, an agricultural economist who helped run the survey. She said values would probably keep sliding this year unless crop prices recover.",
           "Rising land values in recent years made it harder for young farmers to get started. Some landowners are now offering longer leases or selling small parcels to renters, brokers said."],
       sec="State & Regional", by="By MARGERY LANDT Associated Press"),
    St("cv", "/news/state-regional/iowa-senate-passes-property-tax-cap/article_%s.html" % uid("cv-tax"),
       "Iowa Senate passes bill limiting how much cities can raise property taxes", "2025-03-10 16:40", [], [
           "DES MOINES, Iowa (AP) \u2014 The Iowa Senate voted 31-17 on Monday for a bill that would cap the amount cities and counties can raise from property taxes each year, sending the measure to the House, where leaders have signaled support for a similar approach.",
           "The bill would limit growth in property tax revenue to 2% a year, with exceptions for new construction and for levies approved by voters. Supporters said homeowners had seen their bills climb sharply as assessments rose along with home prices.",
           "City and county officials from across the state lobbied against the measure, warning that it would force cuts to police, fire and road maintenance as wages and insurance costs keep rising. The Iowa League of Cities said some small towns might have to give up services altogether.",
           "Republican leaders said local governments had grown too comfortable relying on rising valuations. Democrats said the state was shifting the blame for high property taxes onto local officials while it cut state aid.",
           "The governor\u2019s office said it would review the final version of any bill that reaches her desk."],
       sec="State & Regional", by="Associated Press"),
    St("cv", "/news/local/crime-courts/cedar-falls-man-sentenced-fentanyl-pills/article_%s.html" % uid("cv-court"),
       "Cedar Falls man sentenced to 8 years for selling fentanyl pills", "2025-03-12 14:05", [], [
           "A Cedar Falls man was sentenced Wednesday in federal court in Cedar Rapids to eight years in prison for selling counterfeit pills containing fentanyl in Black Hawk County.",
           "Dustin Lee Marlow, 29, pleaded guilty in October to one count of possession with intent to distribute a controlled substance. Court records show that Marlow sold pills made to look like prescription oxycodone to an informant four times in 2023, and that investigators found about 600 more pills and $9,000 in cash when they searched his apartment.",
           "Prosecutors said at least two overdoses in Waterloo that year were linked to pills from the same batch, although Marlow was not charged in connection with either case.",
           "The judge also ordered Marlow to serve four years of supervised release after his prison term. There is no parole in the federal system, so he will serve most of the sentence.",
           "The case was investigated by the Tri-County Drug Enforcement Task Force and the Drug Enforcement Administration and prosecuted by the U.S. Attorney\u2019s Office for the Northern District of Iowa."],
       sec="Crime & Courts", by="Gazette staff"),
]


# ====================================================================== 1. Platte Valley Courier (BLOX / TownNews)
def courier():
    S, name = SITES["pv"], "Platte Valley Courier"
    nav = [("/news/local/", "Local"), ("/news/local/crime-and-courts/", "Crime & Courts"), ("/opinion/letters/", "Letters"), ("/obituaries/", "Obituaries"),
           ("/eedition/", "e-Edition"), ("/weather/", "Weather"), ("/classifieds/legals/", "Legal Notices"), ("/site/contact.html", "Contact Us")]

    def shell(title, main, head, cls="", rail=True):
        menu = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (p, E(t)) for p, t in nav)
        pop = ('<aside class="tnt-most-read"><h4 class="block-title">Most Popular</h4><ol>%s</ol></aside>' % "".join(
            '<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in PV)) if rail else ""
        body = ('<div id="site-container"><header id="site-header" class="tncms-region"><div class="logo"><a href="/"><img src="https://bloximages.example/pvc/logo.png" alt="%s"></a></div>'
                '<nav id="main-navigation"><ul class="nav navbar-nav">%s</ul></nav><div class="user-controls"><a href="#">Log In</a> <a class="btn-subscribe" href="#">Subscribe</a></div></header>'
                '<div id="main-page-container"><div class="row"><div class="col-md-8 tncms-region" id="tncms-region-article_instory_top">%s</div><div class="col-md-4">%s</div></div></div>'
                '<footer id="site-footer"><ul class="list-inline">%s</ul><p>Platte Valley Courier, 13 E. 22nd St., Kearney, NE 68847. &copy; 2025 Platte Valley Courier. Powered by BLOX Digital.</p></footer></div>') % (
            name, menu, main, pop, "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in nav))
        return page("en-US", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    def posted(t, abbr):
        return "%s, %s %d, %d %s %s" % (t.strftime("%A"), t.strftime("%B"), t.day, t.year, ap_ampm(t, dots=False), abbr)

    def asset(st, body, kicker=""):
        by = ""
        if st.by:
            who = st.by
            if st.authors == ["Dana Whitfield"]:
                who = who.replace("Dana Whitfield", '<a href="/users/profile/dwhitfield/">Dana Whitfield</a>')
            by = '<ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">By %s</span></li></ul>' % who
        dates = '<span class="asset-date text-muted">Posted: <time datetime="%s">%s</time></span>' % (st.iso(), posted(st.t, st.abbr))
        if st.u:
            dates += ' | <span class="asset-date text-muted">Updated: <time datetime="%s">%s %s, %s %s %d, %d.</time></span>' % (
                st.uiso(), ap_ampm(st.u, dots=False), st.uabbr, st.u.strftime("%a"), st.u.strftime("%b"), st.u.day, st.u.year)
        return ('<article class="asset tnt-asset-type-article" id="article-%s" itemscope itemtype="http://schema.org/NewsArticle">'
                '<header class="asset-header"><div class="meta"><span class="asset-kicker"><a href="#">%s</a></span></div>'
                '<h1 class="headline"><span class="tnt-headline" itemprop="headline">%s</span></h1>%s<div class="meta">%s</div></header>'
                '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div>'
                '<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">%s</div>'
                '<div class="asset-tags"><a href="#">Kearney</a> <a href="#">Buffalo County</a></div></article>') % (
            uid(st.path), E(kicker or st.sec), E(st.title), by, dates, body)

    for st in PV:
        meta = [M("author", st.by) if st.by else "", PR("article:published_time", st.iso()), PR("article:section", st.sec)]
        if st.u:
            meta.append(PR("article:modified_time", st.uiso()))
        meta.append(newsarticle(st, name, author_names=st.authors if st.by else [], isAccessibleForFree=True))
        body = ps(st.paras)
        if getattr(st, "signature", None):
            body += '<p class="letter-signature"><em>%s</em></p>' % E(st.signature)
            kicker = "Letter to the editor"
            body += '<p class="letters-policy">Letters must be 300 words or fewer and include the writer\u2019s name, address and phone number. <a href="/opinion/letters/">Submit a letter</a>.</p>'
        else:
            kicker = st.sec
        article(st, shell("%s | %s | pvcourier.example" % (st.title, st.sec), asset(st, body, kicker), head(st.url, st.title, "article", "\n".join(meta)), "asset-page"))

    # the copy of the Dispatch's grocery story (canonical to the original)
    o = DD[0]
    cp = St("pv", "/news/state-and-regional/article_%s.html" % uid("pv-copy"), o.title, "2025-03-06 10:15", o.authors, o.paras, sec="State & Regional",
            by="Colleen Marsh, Dawes County Dispatch")
    cbody = ps(o.paras) + '<p class="tnt-credit"><em>This story was originally published by the Dawes County Dispatch, a nonprofit newsroom in Chadron, and is republished here with permission.</em></p>'
    copy_of("pv", o, cp.path, shell("%s | State & Regional | pvcourier.example" % cp.title, asset(cp, cbody), "\n".join([
        PR("og:type", "article"), PR("og:title", cp.title), PR("og:url", o.url), PR("og:site_name", name), canon(o.url), PR("article:published_time", cp.iso()),
        M("author", "Colleen Marsh, Dawes County Dispatch")]), "asset-page"))

    def non(path, title, main, og="website", extra=""):
        S.non(path, shell("%s | pvcourier.example" % title, main, head(S.url(path), title, og, extra), "section-page"))

    def card(st):
        return '<div class="card tnt-asset-type-article"><h3 class="tnt-headline"><a href="%s">%s</a></h3><p class="tnt-summary">%s</p><time datetime="%s">%s</time></div>' % (
            st.path, E(st.title), E(st.paras[0][:150].rsplit(" ", 1)[0] + "\u2026"), st.iso(), shortdate(st.t))

    obit_p = "/obituaries/harold-j-penner/article_%s.html" % uid("pv-obit")
    gal_p = "/news/local/collection_%s.html" % uid("pv-gallery")
    obit_txt = [
        "Harold J. Penner, 87, of Kearney died Sunday, March 2, 2025, at Mother Hull Home in Kearney.",
        "Funeral services will be at 10:30 a.m. Saturday, March 8, at Zion Lutheran Church in Kearney with the Rev. Anne Mueller officiating. Burial will be in Kearney Cemetery. Visitation will be from 5 to 7 p.m. Friday at Prairie Rose Funeral Home, where the family will greet friends.",
        "Harold was born Aug. 14, 1937, in Gibbon to John and Martha (Friesen) Penner. He graduated from Gibbon High School in 1955 and served two years in the U.S. Army in Germany. On June 7, 1959, he married Dorothy Hanson at Zion Lutheran Church.",
        "He farmed south of Gibbon for 38 years, raising corn, soybeans and a small herd of Herefords, and drove a school bus for the Gibbon district for 22 years. He loved watching the cranes on the Platte every March and never missed a Huskers football broadcast.",
        "Survivors include his wife of 65 years, Dorothy; sons Mark (Julie) Penner of Kearney and Gary Penner of Omaha; daughter Linda (Tom) Reese of Lexington; eight grandchildren and eleven great-grandchildren. Memorials are suggested to Zion Lutheran Church or the Gibbon Volunteer Fire Department."]
    obit_st = St("pv", obit_p, "Harold J. Penner", "2025-03-04 08:00", [], obit_txt)
    S.non(obit_p, shell("Harold J. Penner | Obituaries | pvcourier.example", asset(obit_st, ps(obit_txt) + '<p class="obit-guestbook"><a href="#">Sign the guest book</a> \u00b7 <a href="#">Send flowers</a></p>', "Obituaries"),
                        head(S.url(obit_p), "Harold J. Penner", "article", "\n".join([PR("article:published_time", obit_st.iso()), PR("article:section", "Obituaries"),
                                                                                      newsarticle(obit_st, name, author_names=[])])), "asset-page"))
    obits = [(obit_p, "Harold J. Penner", "Aug. 14, 1937 \u2013 March 2, 2025 \u00b7 Kearney")]
    non("/obituaries/", "Obituaries", '<h1 class="section-title">Obituaries</h1><ul class="obit-list">%s</ul><p>Obituaries are paid notices written by families and funeral homes. To place one, call 308-555-0100.</p>' % "".join(
        '<li><a href="%s"><strong>%s</strong></a><br><span>%s</span></li>' % (p, E(n), E(d)) for p, n, d in obits + [("#", "Evelyn M. Sutter", "May 3, 1931 \u2013 March 1, 2025 \u00b7 Elm Creek"), ("#", "Roger Dale Ahlers", "Jan. 9, 1949 \u2013 Feb. 27, 2025 \u00b7 Kearney")]))
    gal_photos = ["Sandhill cranes land in a cornfield south of Gibbon at sunset Monday.", "Visitors watch from the viewing platform at Fort Kearny State Recreation Area.",
                  "A pair of cranes dance in a meadow along the Platte River.", "Thousands of cranes roost on a sandbar east of Kearney before dawn.",
                  "A photographer waits in a blind near the Rowe Sanctuary.", "Cranes take off as a train passes on the Union Pacific main line."]
    non(gal_p, "Photos: Sandhill cranes return to the Platte", '<h1 class="headline">Photos: Sandhill cranes return to the Platte</h1><p class="collection-summary">Hundreds of thousands of sandhill cranes are stopping along the Platte River on their way north. 6 photos.</p>' + gallery_body(gal_photos, "Dana Whitfield, Platte Valley Courier"), "article")
    non("/news/local/", "Local News", '<h1 class="section-title">Local News</h1>' + "".join(card(s) for s in PV if s.sec != "Letters") + '<div class="card"><h3><a href="%s">Photos: Sandhill cranes return to the Platte</a></h3></div>' % gal_p)
    non("/news/local/crime-and-courts/", "Crime & Courts", '<h1 class="section-title">Crime &amp; Courts</h1>' + card(PV[1]))
    non("/opinion/letters/", "Letters to the Editor", '<h1 class="section-title">Letters to the Editor</h1>' + card(PV[2]) +
        '<div class="letters-policy"><h2>Write to us</h2><p>Letters must be 300 words or fewer and signed with your name and town. We do not publish anonymous letters. Send them to letters@pvcourier.example.</p></div>')
    non("/eedition/", "e-Edition", '<h1 class="section-title">e-Edition</h1>' + eedition_body(name, ["Saturday, March 8, 2025", "Friday, March 7, 2025", "Thursday, March 6, 2025", "Wednesday, March 5, 2025"]))
    non("/weather/", "Kearney Weather", '<h1 class="section-title">Kearney Weather</h1>' + weather_body("Kearney, NE", WEEK))
    non("/classifieds/legals/", "Legal Notices", '<h1 class="section-title">Legal Notices</h1>' + legal_body([
        ("NOTICE OF PUBLIC HEARING \u2013 CITY OF KEARNEY", "Notice is hereby given that the Kearney City Council will hold a public hearing at 5:30 p.m. on April 8, 2025, in the Council Chambers at City Hall, 18 East 22nd Street, regarding proposed changes to water utility rates.", "March 7, 14, 2025"),
        ("NOTICE TO CREDITORS \u2013 ESTATE OF ROSE M. KLEIN", "Case No. PR 25-31. Notice is given that on February 28, 2025, in the County Court of Buffalo County, Nebraska, the Registrar issued a written statement of informal probate of the will of said Decedent. Creditors must present their claims on or before May 9, 2025.", "March 7, 14, 21, 2025")]))
    non("/users/profile/dwhitfield/", "Dana Whitfield", '<div class="user-profile"><h1>Dana Whitfield</h1><p class="title">Staff Writer</p><p class="bio">Dana Whitfield covers Kearney city government, utilities and growth for the Courier. Reach her at dwhitfield@pvcourier.example or 308-555-0131.</p></div>' + card(PV[0]))
    non("/site/contact.html", "Contact Us", '<h1 class="section-title">Contact Us</h1>' + contact_body("13 E. 22nd St., Kearney, NE 68847", "308-555-0100", [("Newsroom", "news@pvcourier.example"), ("Letters", "letters@pvcourier.example"), ("Subscriptions", "circulation@pvcourier.example")]))
    home = ('<div class="block-lead">%s</div><div class="block"><h2 class="block-title">State &amp; Regional</h2>%s</div>'
            '<div class="block"><h2 class="block-title">Photos</h2><p><a href="%s">Photos: Sandhill cranes return to the Platte</a></p></div>'
            '<div class="block"><h2 class="block-title">Recent Obituaries</h2><p><a href="%s">Harold J. Penner</a></p></div>'
            '<div class="block"><h2 class="block-title">Newsroom</h2><p><a href="/users/profile/dwhitfield/">Dana Whitfield</a>, city government</p></div>') % (
        "".join(card(s) for s in PV), '<div class="card"><h3><a href="%s">%s</a></h3></div>' % (cp.path, E(cp.title)), gal_p, obit_p)
    non("/", "Platte Valley Courier | Kearney, Nebraska news, sports and obituaries", home)


# ====================================================================== 2. Cedar Valley Gazette (Lee Enterprises on BLOX)
def gazette():
    S, name = SITES["cv"], "Cedar Valley Gazette"
    nav = [("/news/local/", "Local News"), ("/news/local/crime-courts/", "Crime & Courts"), ("/news/state-regional/", "State & Regional"), ("/sports/scores/", "Scores"),
           ("/obituaries/", "Obituaries"), ("/eedition/", "E-edition"), ("/contests/best-of-the-cedar-valley/", "Best of the Cedar Valley"), ("/weather/", "Weather"),
           ("/site/contact.html", "Contact")]

    def shell(title, main, head, cls=""):
        body = ('<div class="lee-site"><header class="lee-header"><a class="lee-logo" href="/">%s</a><nav class="lee-nav">%s</nav>'
                '<div class="lee-account"><a href="#" class="lee-subscribe">Subscribe for $1</a> <a href="#">Sign in</a></div></header>'
                '<main class="lee-main">%s</main><aside class="lee-newsletter"><h3>Get local news delivered to your inbox!</h3><p>Subscribe to our Daily Headlines newsletter.</p><input type="email" placeholder="Email Address"><button>Sign up!</button></aside>'
                '<footer class="lee-footer">%s<p>&copy; Copyright 2025 Cedar Valley Gazette, 501 Commercial St., Waterloo, IA | Terms of Use | Privacy Policy | Do Not Sell My Personal Information</p></footer></div>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in CV:
        vis = st.paras[:st.paywall] if getattr(st, "paywall", 0) else st.paras
        if st.authors == ["Megan Cruz"]:
            by = '<div class="lee-byline"><div class="author-card"><img src="https://bloximages.example/cvg/mcruz.jpg" alt="Megan Cruz"><a href="/users/profile/mcruz/">Megan Cruz</a><span class="author-title">Education reporter</span></div></div>'
        else:
            by = '<div class="lee-byline"><span class="tnt-byline">%s</span></div>' % E(st.by)
        dates = '<ul class="list-inline"><li><time class="tnt-date asset-date text-muted" datetime="%s">%s</time></li>%s</ul>' % (
            st.iso(), shortdate(st.t), '<li>Updated <time datetime="%s">%s</time></li>' % (st.uiso(), shortdate(st.u)) if st.u else "")
        if getattr(st, "paywall", 0):
            content = ('<div class="lee-article-text subscriber-preview" id="article-body" itemprop="articleBody">%s</div>'
                       '<div class="subscriber-only lee-paywall"><h3>Subscribe to continue reading.</h3><p>This article is available to subscribers only. Get unlimited access to local news, '
                       'sports and obituaries for $1 for the first 3 months.</p><a class="btn" href="#">Subscribe now</a><p>Already a subscriber? <a href="#">Log in</a> or <a href="#">activate your account</a>.</p></div>') % ps(vis)
            extra = newsarticle(st, name, isAccessibleForFree=False, hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".subscriber-only"})
        else:
            content = '<div class="lee-article-text" id="article-body" itemprop="articleBody">%s</div>' % ps(vis)
            extra = newsarticle(st, name, author_names=[st.by] if st.by != "Associated Press" and not st.authors else None)
        main = ('<article class="asset lee-article"><div class="asset-masthead"><span class="lee-section"><a href="#">%s</a></span><h1 class="headline"><span class="tnt-headline">%s</span></h1>%s%s</div>'
                '<div class="lee-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>%s'
                '<div class="lee-related"><h3>Related to this story</h3><ul>%s</ul></div></article>') % (
            E(st.sec), E(st.title), by, dates, content, "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in CV if o is not st)[:2000])
        meta = "\n".join([M("author", st.by or ", ".join(st.authors)), PR("article:published_time", st.iso()), PR("article:section", st.sec), extra])
        article(st, shell("%s | %s | wcfgazette.example" % (st.title, st.sec), main, head(st.url, st.title, "article", meta), "lee-asset"),
                must=vis if getattr(st, "paywall", 0) else None)

    def non(path, title, main):
        S.non(path, shell("%s | wcfgazette.example" % title, '<h1 class="lee-page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="lee-card"><h3><a href="%s">%s</a></h3><time datetime="%s">%s</time></div>' % (st.path, E(st.title), st.iso(), shortdate(st.t))

    non("/news/local/", "Local News", "".join(card(s) for s in (CV[0], CV[3])))
    non("/news/local/crime-courts/", "Crime & Courts", card(CV[3]))
    non("/news/state-regional/", "State & Regional", card(CV[1]) + card(CV[2]))
    non("/sports/scores/", "Scores", scores_body([("Iowa boys state basketball, Class 4A quarterfinals", [("Waterloo West", 61, "Ankeny Centennial", 58, "Final"), ("Cedar Falls", 49, "Dowling Catholic", 66, "Final")]),
                                                  ("College women\u2019s basketball", [("Northern Iowa", 72, "Drake", 69, "OT")])]))
    non("/obituaries/", "Obituaries", '<ul class="obit-list"><li><strong>Marvin L. Dvorak</strong>, 81, Waterloo. Services 11 a.m. Saturday at St. Edward Catholic Church.</li>'
        '<li><strong>Bonnie Kay Ehlers</strong>, 76, Cedar Falls. Private family services.</li><li><strong>James \u201cJim\u201d Ruiz</strong>, 64, Evansdale. Visitation 4-7 p.m. Friday.</li></ul>'
        '<p>Obituaries are provided by funeral homes and families. <a href="#">Place an obituary</a>.</p>')
    non("/eedition/", "E-edition", eedition_body(name, ["Wednesday, March 12, 2025", "Tuesday, March 11, 2025", "Sunday, March 9, 2025"]))
    non("/contests/best-of-the-cedar-valley/", "Best of the Cedar Valley 2025", contest_body(
        "Vote for your favorite restaurants, shops and services in the Cedar Valley! Nominations are open through March 31, and the winners will be announced in a special section in June.",
        ["Every voter is entered to win a $250 gift card to a local business", "Winners receive a plaque and a digital badge"],
        ["One ballot per email address per day.", "Nominated businesses must be located in Black Hawk, Bremer, Buchanan, Butler or Grundy counties.", "Must be 18 or older to enter the drawing."]))
    non("/weather/", "Waterloo Weather", weather_body("Waterloo, IA", WEEK))
    non("/users/profile/mcruz/", "Megan Cruz", '<p class="user-title">Education reporter</p><p>Megan Cruz covers Waterloo, Cedar Falls and area schools. Contact her at 319-555-0177.</p>' + card(CV[0]))
    non("/site/contact.html", "Contact Us", contact_body("501 Commercial St., Waterloo, IA 50701", "319-555-0150", [("News tips", "newsroom@wcfgazette.example"), ("Customer service", "service@wcfgazette.example")]))
    non("/", "Cedar Valley Gazette | Waterloo & Cedar Falls news", '<section class="lee-top">%s</section><section><h2>Staff</h2><p><a href="/users/profile/mcruz/">Megan Cruz</a></p></section>' % "".join(card(s) for s in CV))


# --- 3. Scioto Valley Register (Gannett)
SV = [
    St("sv", "/story/news/local/2025/03/03/chillicothe-paper-mill-adds-120-jobs-packaging-line/79395521007/", "Chillicothe paper mill to add 120 jobs with new packaging line",
       "2025-03-03 05:02", ["Brittany Ames"], [
           "The paper mill that has anchored Chillicothe\u2019s east end for more than a century will add about 120 jobs over the next two years as its owner installs a new line to make packaging for food and online shipping, company officials said Monday.",
           "The $210 million investment will convert one of the mill\u2019s idle paper machines to produce a lighter, recyclable paperboard used in cereal boxes and shipping mailers. Construction is set to begin this summer, with the first rolls coming off the line in late 2026.",
           "The mill now employs about 1,050 people, down from nearly 1,500 in the early 2000s, when it mainly made coated paper for magazines and catalogs. Plant manager Teresa Vance said demand for that paper had fallen for years, while orders for packaging kept growing.",
           "Ross County commissioners approved a 15-year tax abatement for the project last month. The state is offering a job creation tax credit worth about $3 million if the company meets its hiring targets.",
           "The new jobs will pay an average of $31 an hour, according to the county\u2019s economic development office. Hiring for maintenance and electrical positions is expected to start in the fall."],
       upd="2025-03-03 07:15", zone=True, staff="/staff/2648012001/brittany-ames/"),
    St("sv", "/story/news/local/2025/03/06/ross-county-commissioners-oppose-solar-farm-kingston/79411873007/", "Ross County commissioners oppose 900-acre solar farm near Kingston",
       "2025-03-06 21:41", ["Brittany Ames", "Luke Ferrante"], [
           "Ross County commissioners voted unanimously Thursday night to oppose a proposed 900-acre solar farm near Kingston, after more than 200 residents packed a township hall to speak against it.",
           "The vote does not kill the project outright. Large solar farms in Ohio are approved by the Ohio Power Siting Board, but the board must weigh the position of local governments, and it has turned down several projects in recent years that county officials opposed.",
           "The developer, Appalachian Sun Partners, says the farm would produce enough electricity for about 23,000 homes and pay more than $1 million a year to the county and the local school district in place of property taxes.",
           "Many residents said the panels would take good farmland out of production and spoil views of the hills along the township\u2019s western edge. \u201cThis is where my family has farmed since 1852,\u201d said Glenna Rucker, whose land borders the site. \u201cWe are not against progress. We are against this.\u201d",
           "A spokeswoman for the developer said the company was disappointed and would keep talking with neighbors before its application goes before the siting board this summer."],
       upd="2025-03-07 06:05", zone=True, staff="/staff/2648012001/brittany-ames/"),
    St("sv", "/story/news/politics/2025/03/11/ohio-bill-would-ban-cellphones-k-12-classrooms/79442160007/", "Ohio lawmakers want to ban cellphones for the whole school day",
       "2025-03-11 12:30", ["Carlos Medina"], [
           "COLUMBUS \u2014 Ohio students would have to keep their phones switched off and out of sight for the entire school day under a bill that cleared the Ohio House Education Committee on Tuesday.",
           "State law already requires districts to adopt policies limiting phone use, and most have done so. But the rules vary widely, and some only bar phones during instruction. The new bill would extend the ban to lunch, hallways and study halls, with exceptions for students who need a device for medical reasons.",
           "Supporters, including several teachers who testified, said phones distracted students and fueled bullying. \u201cWhen the phones went into pouches, the cafeteria got loud again, in a good way,\u201d said Mariah Tolliver, a middle school principal whose school adopted a ban last year.",
           "Some parents objected, saying they want to be able to reach their children in an emergency. Supporters said school offices could pass on urgent messages, as they did before phones.",
           "The bill now goes to the full House. A similar measure is pending in the Senate, where the education committee chair has said she expects a vote before summer."],
       zone=True, bureau="USA TODAY Network Ohio Bureau", staff="/staff/2648077001/carlos-medina/",
       appeared="This article originally appeared on The Columbus Dispatch: Ohio lawmakers want to ban cellphones for the whole school day"),
    St("sv", "/story/news/crime/2025/03/13/police-chillicothe-driver-fled-traffic-stop-crashed-paint-creek/79460018007/", "Police: Driver fled traffic stop, crashed into Paint Creek",
       "2025-03-13 16:20", [], [
           "A Chillicothe man was taken to the hospital Wednesday afternoon after police said he fled a traffic stop and drove his car down an embankment into Paint Creek.",
           "Officers tried to stop the car on Bridge Street shortly after 2 p.m. because its license plate was registered to another vehicle, according to a Chillicothe Police Department report. The driver sped off south, ran two red lights and lost control on a curve near the creek.",
           "The car came to rest on its roof in about three feet of water. Two officers waded into the creek and pulled the driver, a 38-year-old man, out through a window. He was treated for minor injuries and a cut to his head.",
           "Police said they found a small amount of suspected methamphetamine in the car. The man faces charges of failure to comply with the order of a police officer, drug possession and driving under suspension, the report said.",
           "Bridge Street was closed for about an hour while a tow truck pulled the car from the water. No one else was hurt."],
       zone=True),
]


# ====================================================================== 3. Scioto Valley Register (Gannett, gnt_ markup)
def register():
    S, name = SITES["sv"], "Scioto Valley Register"
    nav = [("/news/local/", "Local"), ("/sports/high-school/", "High School Sports"), ("/obituaries/", "Obituaries"), ("/public-notices/", "Public Notices"),
           ("/e-edition/", "e-Edition"), ("/weather/", "Weather"), ("/contests/", "Contests"), ("/contact/", "Contact Us")]

    def stamp(t):
        return "%s ET %s" % (ap_ampm(t), longdate(t))

    def shell(title, main, head, cls="gnt_pr"):
        body = ('<div class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="%s">%s</a><nav class="gnt_n_mn">%s</nav><a class="gnt_n_sub" href="#">Subscribe</a></div>'
                '<main class="gnt_cw">%s</main><footer class="gnt_f"><div class="gnt_f_l">%s</div><p class="gnt_f_cp">&copy; 2025 www.sciotovalleyregister.example. All rights reserved.</p></footer>') % (
            E(name), E(name), "".join('<a class="gnt_n_mn_l" href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en-US", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in SV:
        if st.authors:
            names = " and ".join('<a class="gnt_ar_by_a gnt_ar_by_a__fi" href="%s">%s</a>' % (st.staff if i == 0 else "#", E(a)) for i, a in enumerate(st.authors))
            by = '<div class="gnt_ar_by">%s<div class="gnt_ar_pb">%s</div></div>' % (names, E(getattr(st, "bureau", name)))
        else:
            by = '<div class="gnt_ar_by"><div class="gnt_ar_pb">%s</div></div>' % E(name)
        dt = "Published %s" % stamp(st.t) + (" | Updated %s" % stamp(st.u) if st.u else "")
        foot = '<p class="gnt_ar_b_p"><em>%s</em></p>' % E(st.appeared) if getattr(st, "appeared", None) else ""
        main = ('<article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">%s</h1>%s<div class="gnt_ar_dt" aria-label="%s">%s</div>'
                '<figure class="gnt_em gnt_em_img"><img src="https://www.gannett-cdn.example/presto/2025/03/%s.jpg" alt=""><figcaption class="gnt_em_img_ccw">File photo <span class="gnt_em_img_cr">Scioto Valley Register</span></figcaption></figure>'
                '<div class="gnt_ar_b">%s%s</div><div class="gnt_ar_b_gallery"><aside class="gnt_rr"><h3>Most popular</h3><ul>%s</ul></aside></div></article>') % (
            E(st.title), by, E(dt), E(dt).replace(" | ", "<br>"), uid(st.path)[:8], ps(st.paras, "gnt_ar_b_p"), foot,
            "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in SV if o is not st))
        ld = newsarticle(st, name, org_author=name)
        ld = ld.replace(st.iso(), st.iso(utc=True)).replace(st.uiso(), st.uiso(utc=True))
        meta = "\n".join([PR("article:published_time", st.iso(utc=True)), PR("article:modified_time", st.uiso(utc=True)), M("author", ", ".join(st.authors) or name), ld])
        article(st, shell("%s" % st.title, main, head(st.url, st.title, "article", meta)))

    def non(path, title, main, og="website"):
        S.non(path, shell("%s | %s" % (title, name), '<h1 class="gnt_pr_h1">%s</h1>%s' % (E(title), main), head(S.url(path), title, og), "gnt_fr"))

    def tile(st):
        return '<a class="gnt_m_flm_a" href="%s"><div class="gnt_m_flm_hl">%s</div><div class="gnt_sbt gnt_sbt__ms">%s</div></a>' % (st.path, E(st.title), shortdate(st.t))

    obit_p = "/obituaries/margaret-ellen-dunlap/"
    non(obit_p, "Margaret Ellen Dunlap", '<div class="obit-text"><p>Margaret Ellen Dunlap, 92, of Chillicothe, passed away peacefully on Friday, February 28, 2025, at her home, surrounded by her family. She was born on October 3, 1932, in Londonderry, Ohio, to the late Charles and Opal (Woods) Hatfield.</p>'
        '<p>Margaret taught third grade at Allen Elementary School for 31 years and never stopped running into former students at the grocery store, who still called her Mrs. Dunlap. She was a lifelong member of Walnut Street United Methodist Church, where she sang in the choir and organized the fall bazaar for more than 40 years.</p>'
        '<p>She is survived by her daughter, Karen (Philip) Moore; her son, Thomas Dunlap; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband of 58 years, Robert, in 2013.</p>'
        '<p>Friends may call from 4 to 7 p.m. Thursday, March 6, at Haller Funeral Home, where services will be held at 11 a.m. Friday. Burial will follow at Grandview Cemetery. Online condolences may be left at the funeral home\u2019s website.</p></div>'
        '<p class="obit-meta">Posted online on March 3, 2025. Published in the Scioto Valley Register.</p><p><a href="#">Sign the Guest Book</a> <a href="#">Send Flowers</a></p>', og="article")
    non("/news/local/", "Local News", "".join(tile(s) for s in SV))
    non("/sports/high-school/", "High School Sports: Scores", scores_body([("Boys basketball, Division II district final", [("Unioto", 54, "Chillicothe", 57, "Final"), ("Zane Trace", 48, "Logan Elm", 45, "Final")]),
                                                                         ("Girls basketball, regional semifinal", [("Southeastern", 39, "Adena", 52, "Final")])]))
    non("/obituaries/", "Obituaries", '<ul class="obit-list"><li><a href="%s">Margaret Ellen Dunlap</a> <span>Oct. 3, 1932 \u2013 Feb. 28, 2025</span></li>'
        '<li>Dale R. Keaton <span>1947 \u2013 2025</span></li><li>Patricia Ann Schlegel <span>1955 \u2013 2025</span></li></ul><p>Obituaries provided by Legacy.com. <a href="#">Submit an obituary</a></p>' % obit_p)
    non("/public-notices/", "Public Notices", legal_body([
        ("LEGAL NOTICE \u2013 ROSS COUNTY BOARD OF COMMISSIONERS", "Sealed bids will be received by the Ross County Board of Commissioners until 10:00 a.m. on March 27, 2025, for the resurfacing of County Road 550. Specifications are available at the county engineer\u2019s office.", "March 6, 13, 2025"),
        ("NOTICE OF SHERIFF\u2019S SALE", "Case No. 24CI000417. By virtue of an order of sale issued from the Court of Common Pleas of Ross County, Ohio, the following real estate will be offered for sale at public auction online on April 10, 2025.", "March 13, 20, 27, 2025")]))
    non("/e-edition/", "e-Edition", eedition_body(name, ["Thursday, March 13, 2025", "Wednesday, March 12, 2025", "Sunday, March 9, 2025"]))
    non("/weather/", "Chillicothe Weather", weather_body("Chillicothe, OH", WEEK))
    non("/contests/", "Contests", contest_body("Best of Ross County 2025: Nominate your favorite pizza, coffee shop, mechanic and more. Voting rounds open April 1.",
                                               ["Bragging rights and a Best of Ross County plaque", "A $100 gift card drawing for voters"],
                                               ["Nominations close March 31, 2025.", "Limit one nomination per category per day.", "Gannett employees are not eligible."]))
    non("/staff/2648012001/brittany-ames/", "Brittany Ames", '<p class="gnt_staff_title">Reporter, Scioto Valley Register</p><p>Brittany Ames covers Ross County government, business and energy. Email her at bames@sciotovalleyregister.example.</p>' + "".join(tile(s) for s in SV[:2]))
    non("/staff/2648077001/carlos-medina/", "Carlos Medina", '<p class="gnt_staff_title">Statehouse reporter, USA TODAY Network Ohio Bureau</p><p>Carlos Medina covers the Ohio General Assembly and state politics.</p>' + tile(SV[2]))
    non("/contact/", "Contact Us", contact_body("47 S. Paint St., Chillicothe, OH 45601", "740-555-0121", [("Newsroom", "news@sciotovalleyregister.example"), ("Customer service", "help@sciotovalleyregister.example")]))
    non("/", "Scioto Valley Register: Local News, Politics & Sports in Chillicothe, OH",
        '<section class="gnt_m_flm">%s</section><section><h2>Obituaries</h2><a href="%s">Margaret Ellen Dunlap</a></section><section><h2>Our reporters</h2><a href="/staff/2648012001/brittany-ames/">Brittany Ames</a></section>' % ("".join(tile(s) for s in SV), obit_p))


# --- 4. The Kaweah Bee (McClatchy)
KB = [
    St("kb", "/news/local/article301482715.html", "Tulare County farmers can now trade groundwater credits. Will it save wells?",
       "2025-03-04 05:00", ["Gabriela Ortiz"], [
           "Farmers in part of Tulare County can now buy and sell the right to pump groundwater, under a market that opened this week as the region tries to stop the sinking land and dry wells that decades of overpumping have caused.",
           "The market, run by the Mid-Kaweah Groundwater Sustainability Agency, lets growers who fallow fields or switch to less thirsty crops sell their unused pumping allowance to neighbors. Trades are limited to the same part of the basin, so that water is not pumped from under one community to serve another.",
           "State law requires the agency to bring pumping in line with what the aquifer can sustain by 2040. Officials estimate that means cutting use by about a quarter, which could take tens of thousands of acres out of production.",
           "Some small farmers worry that large operations will buy up the credits and leave them behind. \u201cThe guy with 5,000 acres of pistachios can pay whatever the price is,\u201d said Manuel Ybarra, who grows table grapes on 60 acres east of Visalia.",
           "Agency staff said they would publish every trade online and review the rules after the first year. Credits sold for $450 to $600 an acre-foot in the first three days."],
       upd="2025-03-05 09:12", profile="/profile/274189310.html"),
    St("kb", "/news/local/crime/article301536204.html", "Visalia man sentenced to 25 years to life for 2022 shooting outside Mooney Boulevard bar",
       "2025-03-07 17:25", ["Thaddeus Kim"], [
           "A Visalia man was sentenced Friday to 25 years to life in state prison for shooting and killing a man in the parking lot of a bar on Mooney Boulevard in the summer of 2022.",
           "A Tulare County jury found Andres Molina Reyes, 27, guilty in January of second-degree murder and of using a firearm in the death of Jesse Carrillo, 31, of Exeter. The two men had argued inside the bar shortly before closing time, according to testimony at the trial.",
           "Carrillo\u2019s mother told the court that her son had three children and had just started a job as a welder. \u201cHe went out to watch a ballgame with his cousin,\u201d she said. \u201cHe should have come home.\u201d",
           "Molina Reyes\u2019s lawyer argued that his client had fired in fear after Carrillo\u2019s friends surrounded him, and said he would appeal. The judge said video from the parking lot showed Molina Reyes walking to his truck, taking out a handgun and returning.",
           "Molina Reyes will be eligible for a parole hearing after serving 25 years, under California law."]),
    St("kb", "/news/local/article301610877.html", "Sequoia National Park will require reservations to drive Generals Highway this summer",
       "2025-03-12 11:40", ["Gabriela Ortiz", "Ramon Vega"], [
           "Visitors who want to drive into Sequoia National Park through the Ash Mountain entrance on summer weekends will need a timed reservation this year, park officials announced Wednesday, in an effort to ease the traffic jams that have backed up cars for miles.",
           "The reservations will be required from 7 a.m. to 4 p.m. on Fridays, Saturdays, Sundays and holidays from Memorial Day through Labor Day. They will cost $2 and can be booked up to 30 days in advance. Visitors with camping or lodging reservations will not need a separate permit.",
           "The Generals Highway climbs about 5,000 feet in 16 miles of hairpin turns, and long vehicles are discouraged. On busy days last summer, waits at the entrance station reached two hours and rangers closed the road to new arrivals several times.",
           "Businesses in Three Rivers, the small town just outside the park entrance, were split on the plan. Some said it would make visits more pleasant, while others feared that day-trippers would simply go elsewhere.",
           "The park will run a free shuttle from Visalia on weekends, and riders will not need a reservation."],
       upd="2025-03-13 08:02", profile="/profile/274189310.html"),
]

# --- 5. Thumb Area Tribune (Hearst)
TA = [
    St("ta", "/news/article/huron-county-wind-farm-pay-damaged-roads-20213388/", "Huron County wind farm owner agrees to pay $2.4 million for damaged roads",
       "2025-03-03 15:10", ["Rachel Kowalczyk"], [
           "The owner of a 70-turbine wind farm in eastern Huron County has agreed to pay $2.4 million to repair county roads that were torn up by heavy trucks during the project\u2019s construction, the Huron County Road Commission said Monday.",
           "The settlement ends more than a year of dispute over roads in Sigel, Bloomfield and Sherman townships, where cranes and trucks carrying blades and tower sections left ruts, broken culverts and crumbling shoulders. Residents complained that some gravel roads became almost impassable during the spring thaw.",
           "Under the agreement, the company will pay the money in two installments this year, and the road commission will do the work itself. Managing director Kurt Sieler said crews would start with the worst stretches as soon as frost laws are lifted in May.",
           "\u201cWe were never against the turbines. We just wanted our roads back the way they were,\u201d said Sherman Township supervisor Deb Kuehne, whose township had threatened to sue.",
           "The company said in a statement that it valued its relationship with the county and had always intended to pay for the repairs."],
       upd="2025-03-04 10:02", role="Staff writer"),
    St("ta", "/news/article/caseville-perch-derby-draws-1-400-anglers-20219902/", "Perch derby draws 1,400 anglers to Caseville despite thin ice",
       "2025-03-08 19:00", ["Ellen Sturm"], [
           "More than 1,400 anglers turned out for Caseville\u2019s perch derby on Saturday, a record for the event, even though organizers moved it from the open bay to the Pigeon River and the harbor because the ice on Saginaw Bay was too thin to be safe.",
           "Many anglers said they were just glad the derby went ahead after two winters in which it was canceled outright. Families set up pop-up shelters along the channel, and a line of heaters and grills stretched down the riverbank by midmorning.",
           "The heaviest perch of the day, a 1.1-pound fish, was caught by 12-year-old Owen Bierlein of Pigeon, who won a new ice auger and $500. The Caseville Chamber of Commerce said entry fees raised about $14,000 for the township\u2019s fire department and first responders.",
           "Sheriff\u2019s deputies and firefighters patrolled the harbor all day, and two anglers who ventured past the markers were asked to come back. No one fell through.",
           "Chamber director Linda Brewer said organizers would talk with the fire department about a permanent backup location in case the bay does not freeze again next winter."],
       role="Special to the Tribune"),
    St("ta", "/news/article/harbor-beach-marina-reopen-summer-repairs-20227415/", "Harbor Beach marina to reopen this summer after three years of repairs",
       "2025-03-10 08:30", ["Rachel Kowalczyk", "Devon Price"], [
           "The Harbor Beach marina will reopen to boaters on Memorial Day weekend for the first time since 2022, after a $6.8 million rebuild of its docks and breakwall that was delayed by high water and a shortage of steel, city officials said.",
           "The city closed the marina after storms on Lake Huron cracked the breakwall and tore loose sections of the floating docks. Without the 112 slips, the city lost about $250,000 a year in fees, and downtown shops said summer traffic dropped noticeably.",
           "The new docks sit higher and are anchored to steel pilings that can ride out changes in the lake\u2019s level. The work was paid for mostly with state waterways grants, with the city covering about 15 percent of the cost.",
           "City manager Tom Youatt said about 70 slips had already been reserved for the season. \u201cPeople have been calling since the day we closed,\u201d he said.",
           "The harbormaster\u2019s office will open May 1, and seasonal slip renters will get first choice of their old spots."],
       role="Staff writer"),
]


# ====================================================================== 4. The Kaweah Bee (McClatchy)
def bee():
    S, name = SITES["kb"], "The Kaweah Bee"
    nav = [("/news/local/", "Local"), ("/news/local/crime/", "Crime"), ("/sports/high-school/", "High School Sports"), ("/obituaries/", "Obituaries"),
           ("/opinion/letters-to-the-editor/", "Letters to the Editor"), ("/eedition/", "eEdition"), ("/contests/", "Contests"), ("/weather/", "Weather"), ("/customer-service/", "Customer Service")]

    def mcc(t):
        return "%s %02d, %d %s" % (t.strftime("%B"), t.day, t.year, ap_ampm(t, cap=True, dots=False))

    def shell(title, main, head, cls=""):
        body = ('<header class="masthead"><a class="logo" href="/">%s</a><nav class="nav-menu">%s</nav><a class="subscribe" href="#">Subscribe</a></header>'
                '<div class="main-container">%s</div><footer class="footer"><nav>%s</nav><p>Copyright 2025 The Kaweah Bee. All Rights Reserved. A McClatchy company.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in KB:
        who = " and ".join('<a class="ellipsis" href="%s">%s</a>' % (getattr(st, "profile", "#") if i == 0 else "#", E(a)) for i, a in enumerate(st.authors))
        top = ('<div class="time">Updated %s</div>' % mcc(st.u)) if st.u else ('<div class="time">%s</div>' % mcc(st.t))
        orig = '<p class="story-originally-published">This story was originally published %s at %s.</p>' % (longdate(st.t), ap_ampm(st.t, cap=True, dots=False)) if st.u else ""
        main = ('<article class="story-body"><div class="header"><p class="kicker"><a href="/news/local/">Local</a></p><h1 class="h1">%s</h1></div>'
                '<div class="byline">By %s<span class="publication"> The Kaweah Bee</span></div>%s'
                '<figure class="lead-image"><img src="https://www.kaweahbee.example/latest-news/%s/ALTERNATES/LANDSCAPE_1140/photo.jpg" alt=""><figcaption>Photo: Kaweah Bee file</figcaption></figure>'
                '<div class="story-body-text">%s</div>%s<div class="paywall-message" hidden>Support local journalism. Subscribe today for just $1.</div>'
                '<div class="related"><h4>Read Next</h4><ul>%s</ul></div><p class="copyright">Copyright 2025 The Kaweah Bee</p></article>') % (
            E(st.title), who, top, st.path.split("article")[-1][:-5], ps(st.paras), orig, "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in KB if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), M("author", " and ".join(st.authors)), newsarticle(st, name)])
        article(st, shell("%s | The Kaweah Bee" % st.title, main, head(st.url, st.title, "article", meta), "story-page"))

    def non(path, title, main):
        S.non(path, shell("%s | The Kaweah Bee" % title, '<h1 class="section-title">%s</h1>%s' % (E(title), main), head(S.url(path), title), "section-page"))

    def card(st):
        return '<div class="package"><h3><a href="%s">%s</a></h3><time>%s</time></div>' % (st.path, E(st.title), mcc(st.u or st.t))

    non("/news/local/", "Local News", "".join(card(s) for s in KB))
    non("/news/local/crime/", "Crime", card(KB[1]))
    non("/sports/high-school/", "High School Sports Scores", scores_body([("CIF Central Section boys basketball, Division I final", [("Redwood", 58, "Clovis West", 63, "Final")]),
                                                                          ("Girls soccer, Division III semifinal", [("Mt. Whitney", 2, "Golden West", 1, "Final/OT")])]))
    non("/obituaries/", "Obituaries", '<ul><li><strong>Rosa Elena Gutierrez</strong>, 79, Visalia, March 2, 2025</li><li><strong>William \u201cBill\u201d Thornburg</strong>, 88, Exeter, Feb. 28, 2025</li></ul><p>Obituaries powered by Legacy.com. <a href="#">Place an obituary</a></p>')
    non("/opinion/letters-to-the-editor/", "Letters to the Editor", '<p>Letters should be no more than 200 words and must include your full name, city and a daytime phone number for verification. We publish one letter per writer every 30 days.</p>'
        '<form action="#"><label>Your letter <textarea name="letter"></textarea></label><button>Submit</button></form>')
    non("/eedition/", "eEdition", eedition_body(name, ["Thursday, March 13, 2025", "Wednesday, March 12, 2025"]))
    non("/contests/", "Contests", contest_body("Enter to win a family four-pack of tickets to the Tulare County Fair and a $100 food voucher.", ["Four fair admission tickets", "$100 food voucher"],
                                               ["Entries accepted through April 15, 2025.", "Open to residents of California 18 years and older.", "No purchase necessary."]))
    non("/weather/", "Visalia Weather", weather_body("Visalia, CA", WEEK))
    non("/profile/274189310.html", "Gabriela Ortiz", '<p class="profile-title">Gabriela Ortiz covers water, agriculture and the environment in the south San Joaquin Valley for The Kaweah Bee.</p>' + card(KB[0]) + card(KB[2]))
    non("/customer-service/", "Customer Service", '<ul><li>Manage your account</li><li>Report a delivery problem</li><li>Vacation holds</li></ul>' + contact_body("1000 W. Main St., Visalia, CA 93291", "559-555-0110", [("Subscriber services", "service@kaweahbee.example")]))
    non("/", "The Kaweah Bee: Visalia & Tulare County News", '<section>%s</section><section><a href="/profile/274189310.html">Gabriela Ortiz</a></section>' % "".join(card(s) for s in KB))


# ====================================================================== 5. Thumb Area Tribune (Hearst)
def tribune():
    S, name = SITES["ta"], "Thumb Area Tribune"
    gal = "/news/slideshow/photos-caseville-perch-derby-2025-298112/"
    nav = [("/news/", "News"), ("/sports/", "Sports"), ("/opinion/letters/", "Letters"), ("/obituaries/", "Obituaries"), ("/legal-notices/", "Legal Notices"),
           ("/weather/", "Weather"), ("/eedition/", "eEdition"), ("/about/contact-us/", "Contact Us")]

    def upd(t):
        return "%s %s" % (shortdate(t), ap_ampm(t))

    def shell(title, main, head, cls=""):
        body = ('<header class="hdn-header"><a class="hdn-logo" href="/">%s</a><nav class="hdn-nav">%s</nav></header><main id="main" class="hdn-main">%s</main>'
                '<footer class="hdn-footer">%s<p>&copy; 2025 Hearst Media Services Connecticut, LLC</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " | ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in TA:
        names = " and ".join(('<a class="author" href="/author/rachel-kowalczyk/">%s</a>' if a == "Rachel Kowalczyk" else '<span class="author">%s</span>') % E(a) for a in st.authors)
        main = ('<article class="article--content"><header class="article--header"><p class="article--eyebrow">News</p><h1 class="header--title">%s</h1>'
                '<div class="byline"><span class="byline--author">By %s, %s</span></div><div class="timestamp"><time class="publishedDate" datetime="%s">%s</time>%s</div></header>'
                '<figure><img src="https://s.hdnux.example/photos/%s/3/1200x0.jpg" alt=""><figcaption>Tribune file photo</figcaption></figure>'
                '<section class="body">%s</section><div class="article--footer"><a href="#">Reprints</a> <a href="#">Corrections</a></div>'
                '<aside class="related"><h3>Top Stories</h3>%s</aside></article>') % (
            E(st.title), names, E(st.role), st.iso(), shortdate(st.t), ('<span class="updated">Updated %s</span>' % upd(st.u)) if st.u else "",
            uid(st.path)[:8], ps(st.paras), "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in TA if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), M("author", ", ".join(st.authors)), newsarticle(st, name)])
        article(st, shell("%s" % st.title, main, head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s - %s" % (title, name), '<h1 class="section-header">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="centerpiece-tab"><a href="%s"><span class="headline">%s</span></a></div>' % (st.path, E(st.title))

    non(gal, "Photos: Caseville perch derby 2025", '<p class="gallery--intro">Anglers packed the Pigeon River and Caseville harbor for the annual perch derby on Saturday, March 8. 7 photos.</p>' + gallery_body([
        "Anglers set up along the Pigeon River channel in Caseville.", "Owen Bierlein, 12, of Pigeon holds the derby\u2019s heaviest perch.", "A volunteer weighs a catch at the Caseville Township Hall.",
        "Pop-up shelters line the harbor.", "Firefighters patrol the harbor on an airboat.", "A family shares lunch from a grill on the riverbank.", "The derby leaderboard at midafternoon."], "Ellen Sturm/Special to the Tribune"))
    non("/news/", "News", "".join(card(s) for s in TA) + '<p><a href="%s">Photos: Caseville perch derby 2025</a></p>' % gal)
    non("/sports/", "Sports", '<p>Thumb-area prep scores and schedules.</p>' + scores_body([("Boys basketball district final", [("Bad Axe", 51, "Cass City", 44, "Final"), ("Harbor Beach", 38, "Ubly", 56, "Final")])]))
    non("/opinion/letters/", "Letters to the Editor", '<p>The Tribune welcomes letters on local issues. Letters must be signed, 250 words or fewer, and include a phone number for verification. Email letters@thumbtribune.example.</p>')
    non("/obituaries/", "Obituaries", '<ul><li><strong>Norbert J. Wehner</strong>, 84, of Ubly, died March 1, 2025.</li><li><strong>Carol A. Maurer</strong>, 71, of Bad Axe, died Feb. 27, 2025.</li></ul>')
    non("/legal-notices/", "Legal Notices", legal_body([("STATE OF MICHIGAN PROBATE COURT COUNTY OF HURON \u2013 NOTICE TO CREDITORS", "Decedent\u2019s Estate, File No. 25-1187-DE. Estate of Gerald P. Schmidt. TO ALL CREDITORS: The decedent died January 30, 2025. Creditors of the decedent are notified that all claims against the estate will be forever barred unless presented within 4 months.", "March 5, 2025"),
                                                        ("NOTICE OF PUBLIC HEARING \u2013 CITY OF BAD AXE", "The Bad Axe City Council will hold a public hearing on March 17, 2025, at 6 p.m. on the proposed 2025-26 budget.", "March 5, 2025")]))
    non("/weather/", "Weather", weather_body("Bad Axe, MI", WEEK))
    non("/eedition/", "eEdition", eedition_body(name, ["Saturday, March 8, 2025", "Wednesday, March 5, 2025"]))
    non("/author/rachel-kowalczyk/", "Rachel Kowalczyk", '<p class="author-bio">Rachel Kowalczyk is a staff writer at the Thumb Area Tribune covering Huron County government and the lakeshore towns.</p>' + card(TA[0]) + card(TA[2]))
    non("/about/contact-us/", "Contact Us", contact_body("211 N. Heisterman St., Bad Axe, MI 48413", "989-555-0149", [("News", "news@thumbtribune.example")]))
    non("/", "Thumb Area Tribune - Huron County News", '<section>%s</section><section class="photos"><a href="%s">Photos: Caseville perch derby 2025</a></section><section><a href="/author/rachel-kowalczyk/">Rachel Kowalczyk</a></section>' % ("".join(card(s) for s in TA), gal))


# --- 6. SouthJerseyLive (Advance Local)
SJ = [
    St("sj", "/news/2025/03/police-driver-led-chase-through-3-towns-crashed-into-cranberry-bog.html", "Police: Driver led officers on chase through 3 towns, then crashed into cranberry bog",
       "2025-03-04 06:15", ["Kyle Benedetti"], [
           "A 24-year-old Vineland man faces a string of charges after police say he led officers on a chase through three Cumberland and Atlantic County towns early Monday before his car left the road and landed in a flooded cranberry bog.",
           "A Vineland police officer tried to stop the car on Delsea Drive around 1:30 a.m. after seeing it swerve across lanes, according to a statement from the department. The driver sped away and headed east on Route 54 through Buena and into Hammonton, reaching speeds over 90 mph.",
           "State troopers joined the pursuit on the White Horse Pike. The car missed a curve on a county road outside Hammonton, crossed a field and rolled into the bog, where it sank up to its windows in icy water.",
           "Officers pulled the driver out and took him to a hospital in Vineland with hypothermia. He was charged with eluding, resisting arrest, reckless driving and driving while intoxicated, and was later released pending a court date.",
           "The owner of the cranberry farm said the car damaged a dike and would have to be removed by crane before the bog is drained in spring."],
       upd="2025-03-04 11:32", by='By <a href="/staff/kbenedetti/posts.html">Kyle Benedetti</a> | NJ Advance Media for SouthJerseyLive.com'),
    St("sj", "/news/2025/03/cape-may-lewes-ferry-adds-sunday-night-sailings-for-summer.html", "Cape May-Lewes Ferry adds Sunday night sailings for summer",
       "2025-03-06 16:58", ["Jenna Alvarado"], [
           "The Cape May-Lewes Ferry will add a late Sunday sailing in each direction this summer, giving weekend visitors a way to stay at the shore longer without spending another night, the Delaware River and Bay Authority said Thursday.",
           "The extra trips, leaving Cape May at 9:30 p.m. and Lewes at 9:15 p.m., will run from Memorial Day weekend through Labor Day. The 85-minute crossing of Delaware Bay has long been popular with day-trippers and with travelers headed between New Jersey and the beaches of Delaware and Maryland.",
           "Ridership has recovered since the pandemic, reaching about 240,000 vehicles last year, and the authority said Sunday evening boats were frequently sold out in July and August.",
           "Fares will rise by $2 for cars this season, to $52 one way in peak periods. Foot passengers will still pay $14, and children under 6 ride free.",
           "The authority also plans to replace one of its three aging ferries with a new hybrid-electric vessel, which it expects to enter service in 2028."],
       by='By <a href="/staff/jalvarado/posts.html">Jenna Alvarado</a> | <a href="mailto:jalvarado@southjerseylive.example">jalvarado@southjerseylive.example</a>'),
    St("sj", "/news/2025/03/hammonton-blueberry-growers-say-bee-shortage-could-cut-crop.html", "Hammonton blueberry growers say a shortage of bees could cut this year\u2019s crop",
       "2025-03-10 07:00", ["Pat Delaney"], [
           "Blueberry growers around Hammonton, which calls itself the blueberry capital of the world, say they may not be able to rent enough honeybee hives to pollinate their fields this spring after beekeepers across the country reported record colony losses over the winter.",
           "Most South Jersey growers rent hives from migratory beekeepers who truck them up the East Coast after the almond bloom in California and the citrus season in Florida. This year some beekeepers have told growers they will bring half as many hives as usual, and at higher prices.",
           "\u201cWe paid $95 a hive last year. I\u2019ve been quoted $140, if they can get them here at all,\u201d said Frank Giordano, whose family grows blueberries on 200 acres outside town.",
           "Researchers at Rutgers said the losses were linked to mites and the viruses they spread, along with a hot, dry fall. They are encouraging growers to plant strips of wildflowers to support native bees, which can do some of the work.",
           "Blueberry bushes bloom in April and May. Growers said they would know by then how short the hives will be."],
       by='By Pat Delaney | For SouthJerseyLive.com'),
    St("sj", "/news/2025/03/bridgeton-man-gets-6-years-for-copper-thefts-from-cell-towers.html", "Bridgeton man gets 6 years for copper thefts from cell towers",
       "2025-03-13 14:42", [], [
           "A Bridgeton man who stole copper wire and grounding bars from 19 cellphone towers across South Jersey was sentenced Thursday to six years in state prison, the Cumberland County Prosecutor\u2019s Office said.",
           "Derrick Coles, 36, pleaded guilty in January to theft and criminal mischief. Investigators said he cut through fences at towers in Cumberland, Salem and Gloucester counties over eight months in 2023 and 2024 and sold the metal to scrapyards.",
           "The thefts knocked out cell service for thousands of customers at a time and left some towers without protection against lightning, according to the prosecutor\u2019s office. Repairs cost the tower owners more than $310,000.",
           "Detectives identified Coles after a scrapyard in Millville reported a seller bringing in grounding bars stamped with a tower company\u2019s name. He was ordered to pay restitution.",
           "He must serve at least two years before he is eligible for parole, and he is barred from entering any scrapyard in the state while he is on supervised release."],
       by="By SouthJerseyLive.com staff"),
]

# --- 7. The Parkland Herald (Postmedia)
PH = [
    St("ph", "/news/local-news/red-deer-plant-to-build-hydrogen-buses-for-halifax-and-moncton/", "Red Deer plant to build hydrogen buses for Halifax and Moncton",
       "2025-03-05 06:00", ["Kendra Olsen"], [
           "A Red Deer manufacturer has won a contract to build 24 hydrogen fuel-cell buses for the transit systems in Halifax and Moncton, a deal that will keep its assembly line busy through 2027 and add about 60 jobs.",
           "Prairie Coach Works, which builds buses on the city\u2019s north side, will supply the two East Coast cities with 12-metre buses that run on hydrogen and give off only water vapour. The first buses are to be delivered in the spring of 2026.",
           "The company has built battery-electric buses for several Alberta cities, but this is its first large order for hydrogen vehicles. Chief executive Rana Haddad said the buses suit cities with long, cold winters, where batteries lose range.",
           "The federal government is paying for much of the purchase through its zero-emission transit fund. Nova Scotia and New Brunswick will also pay for fuelling stations to be built at bus garages in both cities.",
           "The city\u2019s economic development office said the contract would bring work to at least a dozen suppliers in central Alberta, from steel fabricators to upholstery shops."],
       upd="2025-03-06 08:40", dek="Contract worth $48 million will add about 60 jobs at the city\u2019s north-side assembly line"),
    St("ph", "/news/politics/alberta-budget-sets-aside-2-1-billion-for-new-schools/", "Alberta budget sets aside $2.1 billion for new schools as enrolment surges",
       "2025-03-06 16:10", [], [
           "EDMONTON \u2014 Alberta will spend $2.1 billion over three years to build and modernize schools, the province said in its budget on Thursday, as a surge of new residents fills classrooms in Calgary, Edmonton and fast-growing towns around them.",
           "The money will pay for 30 new schools and major work on 11 others, the finance minister said. Enrolment in the province\u2019s public and Catholic schools rose by more than 80,000 students over the past three years, driven mostly by people moving from other provinces and countries.",
           "School boards say many buildings are already far over capacity, with classes in portables, libraries and gymnasiums. The Alberta Teachers\u2019 Association said the spending would help but that schools also needed more teachers and classroom aides.",
           "The budget projects a small surplus for the coming year, based on an oil price of US$68 a barrel. The finance minister warned that lower prices or tariffs on exports to the United States could push the province back into deficit.",
           "Opposition critics said the province had fallen years behind on school construction and that the new money would not catch up with growth."],
       upd="2025-03-06 19:55"),
    St("ph", "/news/crime/innisfail-man-fined-60000-for-dumping-construction-waste-on-crown-land/", "Innisfail man fined $60,000 for dumping construction waste on Crown land",
       "2025-03-12 12:00", ["Mitch Arseneau"], [
           "An Innisfail contractor has been fined $60,000 for dumping truckloads of construction waste on Crown land west of Red Deer, in one of the largest penalties for illegal dumping in central Alberta in recent years.",
           "Darcy Klassen, 52, pleaded guilty in Red Deer provincial court to two charges under the province\u2019s environmental protection law. Court heard that he hauled shingles, drywall, insulation and treated lumber from renovation jobs to a gravel pit on public land over several months in 2023 instead of paying fees at a landfill.",
           "Fish and wildlife officers found the site after hunters reported piles of debris as high as a pickup truck. The cleanup cost the province about $85,000.",
           "Most of the fine will go to a fund that pays for environmental projects in the region. The judge also ordered Klassen to pay back the cost of the cleanup.",
           "Provincial officials said illegal dumping on public land has increased as landfill fees have risen, and asked people who see it to call the report-a-poacher line."]),
]

# --- 8. Grand River Record (Torstar/Metroland)
GR = [
    St("gr", "/news/council/cambridge-approves-14-storey-rental-tower-on-hespeler-road/article_%s.html" % uid("gr-tower"), "Cambridge approves 14-storey rental tower on Hespeler Road",
       "2025-03-04 14:00", ["Lena Kovac"], [
           "Cambridge council has approved a 14-storey apartment building on Hespeler Road, the tallest yet on the busy commercial strip, despite objections from neighbours who said it would tower over their bungalows.",
           "The building, planned for the site of a former car dealership near Bishop Street, would have 212 rental units, including 20 that would rent for 20 per cent below market rates for at least 25 years. It would also have ground-floor shops and two levels of underground parking.",
           "City planners recommended approval, saying the province expects Cambridge to add thousands of homes along transit routes. A planned extension of the ION light rail line would run along Hespeler Road.",
           "Several residents of the streets behind the site said the tower would cast shadows on their yards and add traffic to quiet side streets. \u201cNobody is against housing. But this is a wall of glass next to a neighbourhood of one-storey homes,\u201d said Paula Verhoeven, who lives on Elgin Street.",
           "Council voted 6-3 in favour. The developer hopes to start construction next year."],
       upd="2025-03-05 09:30", author_page="/author/lena-kovac/"),
    St("gr", "/community/rotary-club-of-cambridge-raises-42000-for-food-bank-at-winter-gala/article_%s.html" % uid("gr-rotary"), "Rotary Club of Cambridge raises $42,000 for food bank at winter gala",
       "2025-03-06 10:00", [], [
           "The Rotary Club of Cambridge raised $42,000 for the Cambridge Self-Help Food Bank at its annual winter gala on Feb. 22, the club\u2019s best result since the event began 18 years ago.",
           "More than 300 guests attended the evening at the Cambridge Mill, which included a dinner, a silent auction of items donated by local businesses and a performance by the Galt Collegiate jazz band.",
           "The money will help the food bank meet rising demand. It served about 4,800 households a month last year, up from 3,100 two years earlier, and has had to buy more food as donations have not kept pace.",
           "Club president Anil Mehta thanked the volunteers and sponsors who made the evening possible and said the club would also help sort donations at the food bank\u2019s warehouse during its spring food drive.",
           "The Rotary Club of Cambridge meets every Tuesday at noon. New members are welcome; information is on the club\u2019s website."],
       by_html='<span class="c-byline__author">Submitted by the Rotary Club of Cambridge</span>', community=True),
    St("gr", "/news/crime/cambridge-man-guilty-in-hit-and-run-that-killed-cyclist/article_%s.html" % uid("gr-court"), "Cambridge man guilty in hit-and-run that killed cyclist on Franklin Boulevard",
       "2025-03-10 17:20", ["Dev Raman"], [
           "A Cambridge man has been found guilty of failing to stop after a crash that killed a 58-year-old cyclist on Franklin Boulevard in the fall of 2023.",
           "Justice Harriet Lam found Joel Pereira, 33, guilty in a Kitchener courtroom on Monday, rejecting his claim that he did not realize he had hit a person. The judge said the damage to his pickup truck\u2019s hood and windshield would have made the collision obvious to any driver.",
           "The cyclist, Michael Ferrante, was riding home from an evening shift at a factory when he was struck near Avenue Road. He died in hospital two days later. Pereira turned himself in to police the following week.",
           "Ferrante\u2019s sister said outside court that the family had waited a long time for the verdict. \u201cHe was left on the side of the road. That is what we cannot forgive,\u201d she said.",
           "Cycling advocates have asked the city to add protected bike lanes to Franklin Boulevard. Sentencing is scheduled for May."],
       author_page="#"),
]


# ====================================================================== 6. SouthJerseyLive (Advance Local, Arc)
def southjersey():
    S, name = SITES["sj"], "SouthJerseyLive.com"
    gal = "/galleries/TQ5Y7OEM3VGQJKZ7XSLDBRG4AA/"
    nav = [("/news/", "News"), ("/crime/", "Crime"), ("/highschoolsports/scores/", "HS Scores"), ("/obituaries/", "Obituaries"), ("/weather/", "Weather"),
           ("/legal-notices/", "Legal Notices"), ("/contact/", "Contact")]

    def adv(t):
        return "%s. %02d, %d, %s" % (t.strftime("%b"), t.day, t.year, ap_ampm(t))

    def shell(title, main, head, cls=""):
        body = ('<div id="fusion-app"><header class="header"><a class="header__logo" href="/">SouthJerseyLive</a><nav class="header__nav">%s</nav><a class="header__subscribe" href="#">Subscribe</a></header>'
                '<main class="layout">%s</main><footer class="footer">%s<p>Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy. '
                '&copy; 2025 Advance Local Media LLC. All rights reserved.</p></footer></div>') % (
            "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in SJ:
        ts = '<span class="article__details--date">Published: %s</span>' % adv(st.t)
        if st.u:
            ts = '<span class="article__details--date">Updated: %s</span>; ' % adv(st.u) + '<span class="article__details--date">Published: %s</span>' % adv(st.t)
        main = ('<article class="article"><div class="article__section"><a href="/news/">News</a></div><h1 class="article__headline">%s</h1>'
                '<div class="article__details"><div class="article__details--byline">%s</div><div class="article__details--timestamp">%s</div></div>'
                '<div class="article__social"><button>Share</button><a href="#comments">Comments</a></div>'
                '<figure class="article__figure"><img src="https://www.southjerseylive.example/resizer/%s.jpg" alt=""><figcaption>File photo</figcaption></figure>'
                '<div class="entry-content">%s</div><div class="article__story-footer"><p><strong>Our journalism needs your support.</strong> Please subscribe today to SouthJerseyLive.com.</p>'
                '<p>If you purchase a product or register for an account through a link on our site, we may receive compensation.</p></div>'
                '<aside class="river"><h3>Most Read</h3>%s</aside></article>') % (
            E(st.title), st.by, ts, uid(st.path)[:12], ps(st.paras, "article__paragraph"), "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in SJ if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), PR("article:modified_time", st.uiso()), newsarticle(st, name, org_author="SouthJerseyLive.com staff")])
        article(st, shell("%s - southjerseylive.com" % st.title, main, head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s - southjerseylive.com" % title, '<h1 class="page__title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="river-item"><a href="%s"><h2 class="river-item__headline">%s</h2></a><span class="river-item__timestamp">%s</span></div>' % (st.path, E(st.title), adv(st.t))

    non(gal, "Vineland vs. Millville wrestling: Photos from the region final", '<p class="gallery__caption">Vineland beat Millville 34-27 in the South Jersey Group 4 wrestling final on Friday. 5 photos.</p>' +
        gallery_body(["Vineland\u2019s 144-pounder works for a takedown.", "Millville fans in the bleachers.", "A Millville wrestler celebrates a pin.", "The Vineland bench reacts.", "Vineland with the trophy."], "Kyle Benedetti | For SouthJerseyLive.com"))
    non("/news/", "News", "".join(card(s) for s in SJ))
    non("/crime/", "Crime", card(SJ[0]) + card(SJ[3]))
    non("/highschoolsports/scores/", "High school scores", scores_body([("Boys basketball, South Jersey Group 3 semifinals", [("Millville", 61, "Vineland", 55, "Final"), ("Cedar Creek", 47, "Ocean City", 52, "Final")]),
                                                                        ("Wrestling, South Jersey Group 4 final", [("Millville", 27, "Vineland", 34, "Final")])]))
    non("/obituaries/", "Obituaries", '<p>Search obituaries and guest books from across South Jersey, provided by Legacy.com.</p><ul><li>Angela M. DiPietro, 88, Vineland</li><li>Harold \u201cHal\u201d Simms, 74, Bridgeton</li></ul>')
    non("/weather/", "South Jersey weather", weather_body("Vineland, NJ", WEEK))
    non("/legal-notices/", "Legal notices", legal_body([("CITY OF VINELAND ORDINANCE NO. 2025-12", "An ordinance amending Chapter 425 of the Code of the City of Vineland entitled Land Use. Introduced February 25, 2025; to be considered for final passage March 11, 2025.", "March 1, 2025")]))
    non("/staff/jalvarado/posts.html", "Jenna Alvarado", '<p class="author__bio">Jenna Alvarado covers Cape May County and the shore for SouthJerseyLive.com. Reach her at jalvarado@southjerseylive.example.</p>' + card(SJ[1]))
    non("/staff/kbenedetti/posts.html", "Kyle Benedetti", '<p class="author__bio">Kyle Benedetti is a reporter for NJ Advance Media covering breaking news in Cumberland and Salem counties.</p>' + card(SJ[0]))
    non("/contact/", "Contact us", contact_body("Advance Local, 1 Harmon Plaza, Secaucus, NJ", "609-555-0188", [("Tips", "tips@southjerseylive.example")]))
    non("/", "South Jersey news, sports, weather - southjerseylive.com", '<section class="river">%s</section><section><a href="%s">Vineland vs. Millville wrestling: Photos from the region final</a></section><section><a href="/staff/jalvarado/posts.html">Jenna Alvarado</a> <a href="/staff/kbenedetti/posts.html">Kyle Benedetti</a></section>' % ("".join(card(s) for s in SJ), gal))


# ====================================================================== 7. The Parkland Herald (Postmedia)
def parkland():
    S, name = SITES["ph"], "The Parkland Herald"
    nav = [("/news/local-news/", "Local News"), ("/news/crime/", "Crime"), ("/news/politics/", "Politics"), ("/opinion/letters/", "Letters"), ("/obituaries/", "Obituaries"),
           ("/epaper/", "ePaper"), ("/contests/", "Contests"), ("/public-notices/", "Public Notices"), ("/contact-us/", "Contact Us")]

    def pm(t):
        return "%s %02d, %d" % (t.strftime("%b"), t.day, t.year)

    def shell(title, main, head, cls=""):
        body = ('<header class="site-header"><a class="logo" href="/">%s</a><nav class="menu">%s</nav><a class="subscribe" href="#">Subscribe</a> <a href="#">Sign In</a></header>'
                '<main id="main-content">%s</main><footer class="site-footer">%s<p>365 Bloor Street East, Toronto, Ontario, M4W 3L4 &copy; 2025 The Parkland Herald, a division of Postmedia Network Inc. All rights reserved.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en-CA", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    def pm_article(st, extra_foot="", host_name=name):
        au = ('<a href="/author/%s/">%s</a>' % (st.authors[0].lower().replace(" ", "-"), E(st.authors[0]))) if st.authors else "The Canadian Press"
        if getattr(st, "by_text", None):
            au = E(st.by_text)
        upd = (' &bull; <span class="updated-date__since">Last updated %s</span>' % pm(st.u)) if st.u else ""
        chunks = []
        for i, p in enumerate(st.paras):
            chunks.append('<p>%s</p>' % E(p))
            if i % 2 == 1:
                chunks.append('<p class="article-content__ad-group visually-hidden">Article content</p>')
        return ('<article class="article-content"><header class="article-header"><div class="article-header__category"><a href="#">%s</a></div>'
                '<h1 class="article-title" id="articleTitle">%s</h1>%s<div class="article-header__detail"><div class="article-header__detail__texts">'
                '<span class="published-by__author-label visually-hidden">Author of the article:</span><span class="published-by__author">%s</span>'
                '<span class="published-date"><span class="published-date__since">Published %s</span>%s &bull; <span>%d minute read</span></span></div>'
                '<a class="comments-link" href="#comments">Join the conversation</a></div></header>'
                '<section class="article-content__content-group">%s</section>%s<div class="share"><span>Share this article in your social network</span></div>'
                '<aside class="trending"><h3>Trending</h3><ul>%s</ul></aside></article>') % (
            E(getattr(st, "cat", "Local News")), E(st.title), ('<p class="article-subtitle">%s</p>' % E(st.dek)) if st.dek else "", au, pm(st.t), upd,
            max(1, words(st.paras) // 100), "".join(chunks), extra_foot, "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in PH if o is not st and host_name == name))

    PH[1].cat = "Politics"
    PH[2].cat = "Crime"
    for st in PH:
        meta = "\n".join([PR("article:published_time", st.iso()), PR("article:modified_time", st.uiso()), M("author", st.authors[0] if st.authors else "The Canadian Press"),
                          newsarticle(st, name, org_author="The Canadian Press")])
        article(st, shell("%s | %s" % (st.title, name), pm_article(st), head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s | %s" % (title, name), '<h1 class="page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="article-card"><a class="article-card__link" href="%s"><h3 class="article-card__headline">%s</h3></a><span class="article-card__time">%s</span></div>' % (st.path, E(st.title), pm(st.t))

    non("/news/local-news/", "Local News", card(PH[0]))
    non("/news/crime/", "Crime", card(PH[2]))
    non("/news/politics/", "Politics", card(PH[1]))
    non("/opinion/letters/", "Letters", '<p>Letters to the editor should be 250 words or less and include your name, address and daytime phone number. Send to letters@parklandherald.example.</p>')
    non("/obituaries/", "Obituaries", '<p>Celebrate the lives of loved ones. Obituaries and remembrances provided by Remembering.ca.</p><ul><li>Gordon Alexander MacLeod, 1941 \u2013 2025, Red Deer</li><li>Irene Solberg, 1936 \u2013 2025, Lacombe</li></ul>')
    non("/epaper/", "ePaper", eedition_body(name, ["Thursday, March 13, 2025", "Wednesday, March 12, 2025"]))
    non("/contests/", "Contests", contest_body("Win a weekend for two in Jasper, including two nights at a lodge and dinner for two.", ["Two nights\u2019 accommodation", "Dinner for two"],
                                               ["Open to residents of Alberta who are 18 or older.", "Contest closes March 31, 2025 at 11:59 p.m. MT.", "Skill-testing question required."]))
    non("/public-notices/", "Public Notices", legal_body([("CITY OF RED DEER \u2013 NOTICE OF PUBLIC HEARING", "Land Use Bylaw Amendment 3357/B-2025 to redistrict lands in the Timberlands area. The public hearing will be held March 24, 2025, at 6 p.m. in Council Chambers.", "March 7 and 14, 2025")]))
    non("/author/mitch-arseneau/", "Mitch Arseneau", '<p class="author-bio">Mitch Arseneau covers courts and crime for The Parkland Herald.</p>' + card(PH[2]))
    non("/author/kendra-olsen/", "Kendra Olsen", '<p class="author-bio">Kendra Olsen is a reporter with The Parkland Herald covering business and the economy in central Alberta.</p>' + card(PH[0]))
    non("/contact-us/", "Contact Us", contact_body("2950 Bremner Ave., Red Deer, AB T4R 1M9", "403-555-0119", [("Newsroom", "news@parklandherald.example")]))
    non("/", "The Parkland Herald | Red Deer and central Alberta news", '<section>%s</section><section><a href="/author/kendra-olsen/">Kendra Olsen</a></section>' % "".join(card(s) for s in PH))


# ====================================================================== 8. Grand River Record (Torstar / Metroland)
def record():
    S, name = SITES["gr"], "Grand River Record"
    nav = [("/news/", "News"), ("/community/", "Community"), ("/obituaries/", "Obituaries"), ("/flyers/", "Flyers"), ("/e-edition/", "e-Edition"),
           ("/contests/", "Contests"), ("/weather/", "Weather"), ("/contact-us/", "Contact Us")]

    def star(t):
        return "%s., %s %d, %d" % (t.strftime("%a"), t.strftime("%B"), t.day, t.year)

    def shell(title, main, head, cls=""):
        body = ('<header class="c-header"><a class="c-header__logo" href="/">%s</a><nav class="c-nav">%s</nav></header><main class="c-main">%s</main>'
                '<footer class="c-footer">%s<p>&copy; Copyright 2025 Grand River Record, a Torstar company. All rights reserved.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in GR:
        if getattr(st, "by_html", None):
            by = '<div class="c-byline">%s</div>' % st.by_html
        else:
            by = '<div class="c-byline"><span class="c-byline__author"><a href="%s">%s</a></span><span class="c-byline__publication">Grand River Record</span></div>' % (st.author_page, E(st.authors[0]))
        mins = max(1, words(st.paras) // 90)
        dates = '<div class="c-article__dates"><span class="c-article__published">%s<span class="c-icon c-icon--timer">timer</span>%d min. read</span>%s</div>' % (
            star(st.t), mins, (' <span class="c-article__updated">Updated %s</span>' % star(st.u)) if st.u else "")
        note = '<p class="c-community-note">This story was submitted by a community organization and was not written by Grand River Record staff.</p>' if getattr(st, "community", False) else ""
        main = ('<article class="c-article"><div class="c-article__section"><a href="%s">%s</a></div><h1 class="c-article__headline">%s</h1>%s%s'
                '<div class="c-article__body">%s</div>%s<div class="c-article__share"><a href="#">Share</a> <a href="#">Save</a></div>'
                '<section class="c-article__more"><h3>More from Grand River Record</h3>%s</section></article>') % (
            "/community/" if getattr(st, "community", False) else "/news/", "Community" if getattr(st, "community", False) else "News", E(st.title), by, dates, ps(st.paras), note,
            "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in GR if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), M("author", st.authors[0] if st.authors else "Submitted")])
        article(st, shell("%s | %s" % (st.title, name), main, head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s | %s" % (title, name), '<h1 class="c-page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="c-card"><a href="%s"><h3>%s</h3></a><span>%s</span></div>' % (st.path, E(st.title), star(st.t))

    non("/news/", "News", card(GR[0]) + card(GR[2]))
    non("/community/", "Community", '<p>Share your news: community groups can submit stories and photos through our online form.</p>' + card(GR[1]))
    non("/obituaries/", "Obituaries", '<ul><li>Wilhelmina (Willa) Brouwer, 1938 \u2013 2025</li><li>Kenneth George Patterson, 1950 \u2013 2025</li></ul><p>Obituaries and death notices provided by InMemoriam.ca.</p>')
    non("/flyers/", "Flyers", '<p>Browse this week\u2019s flyers from retailers in Cambridge and Waterloo Region.</p><ul class="flyer-grid"><li>Grocery</li><li>Hardware</li><li>Pharmacy</li><li>Electronics</li></ul>')
    non("/e-edition/", "e-Edition", eedition_body(name, ["Thursday, March 13, 2025", "Thursday, March 6, 2025"]))
    non("/contests/", "Contests", contest_body("Readers\u2019 Choice 2025: Vote for Cambridge\u2019s favourite businesses and win a $500 prize.", ["$500 grand prize"],
                                               ["Open to Ontario residents 18 years of age or older.", "Voting closes April 4, 2025."]))
    non("/weather/", "Cambridge Weather", weather_body("Cambridge, ON", WEEK))
    non("/author/lena-kovac/", "Lena Kovac", '<p>Lena Kovac is a reporter with the Grand River Record covering Cambridge city hall.</p>' + card(GR[0]))
    non("/contact-us/", "Contact Us", contact_body("26 Ainslie St. S., Cambridge, ON N1R 3K1", "519-555-0140", [("Newsroom", "newsroom@grandriverrecord.example")]))
    non("/", "Grand River Record | Cambridge, Ontario local news", '<section>%s</section><section><a href="/author/lena-kovac/">Lena Kovac</a></section>' % "".join(card(s) for s in GR))


# --- 9. The Fundy Chronicle (SaltWire)
FC = [
    St("fc", "/news/local/truro-library-to-reopen-in-may-after-flood-repairs-100912345/", "Truro library to reopen in May after flood repairs",
       "2025-03-04 17:45", ["Nadine Comeau"], [
           "The Colchester-East Hants Public Library\u2019s main branch in downtown Truro will reopen in May, nearly two years after floodwater from a summer rainstorm filled its basement and ruined much of its children\u2019s collection, library officials said Tuesday.",
           "The building on Prince Street has been closed since July 2023, when more than 200 millimetres of rain fell on parts of Nova Scotia in less than a day. Water rose almost to the ceiling of the lower floor, destroying about 30,000 books, the furnace and the electrical system.",
           "The $4.2-million repair was paid for by insurance, the town and the province. The children\u2019s area has been moved upstairs, and the basement will now hold only meeting rooms that can be cleared quickly if water comes in again.",
           "\u201cFamilies have been asking us every week when we will be back,\u201d said chief librarian Heather MacIsaac. A temporary branch in a former bank building has stayed busy, but it has room for only a fraction of the collection.",
           "The library plans an open house for the reopening and is asking residents to help choose the books that will fill the new children\u2019s shelves."],
       upd="2025-03-05 08:10", zone=True, role="Reporter"),
    St("fc", "/news/provincial/lobster-fishers-push-for-earlier-season-as-waters-warm-100918872/", "Lobster fishers in southwest Nova Scotia push for earlier spring season as waters warm",
       "2025-03-10 10:20", ["Marie-Claire Boudreau"], [
           "HALIFAX \u2014 Lobster fishers in southwestern Nova Scotia are asking Ottawa to let them set their traps earlier in the spring, saying warming waters have shifted when lobsters move and when they shed their shells.",
           "The fishery in the region, the most valuable in Canada, runs from late November to the end of May, with a pause in the coldest weeks. Fishers say that in recent years the best catches have come earlier in the spring, and that by late May more lobsters are soft-shelled and worth less.",
           "\u201cThe calendar was set for an ocean that doesn\u2019t exist anymore,\u201d said Bernie Muise, who fishes out of Yarmouth and sits on an advisory committee to the Fisheries Department.",
           "Scientists say bottom temperatures in the Gulf of Maine and off southwest Nova Scotia have risen faster than almost anywhere else in the world\u2019s oceans. Some researchers caution that changing the season could have unexpected effects on the stock.",
           "The Fisheries Department said it would discuss the request with harvesters and First Nations before any change, which could not take effect before next season."],
       zone=True, by_text="Marie-Claire Boudreau \u00b7 The Canadian Press"),
    St("fc", "/news/local/two-people-injured-in-highway-102-crash-near-brookfield-100921140/", "Two people injured in Highway 102 crash near Brookfield",
       "2025-03-12 07:05", [], [
           "Two people were taken to hospital after a collision between a car and a tractor-trailer on Highway 102 near Brookfield on Tuesday evening, Colchester District RCMP said.",
           "Police, firefighters and paramedics were called to the northbound lanes between exits 11 and 12 shortly after 6 p.m. The driver of the car, a 45-year-old woman from Stewiacke, and her passenger, a 17-year-old, were taken to hospital in Truro with injuries that police said were not believed to be life-threatening.",
           "The driver of the tractor-trailer was not hurt. The northbound lanes were closed for about three hours while a collision reconstructionist examined the scene, and traffic was detoured through Brookfield.",
           "Police said freezing rain had made the road slippery at the time of the crash. The investigation is continuing, and no charges have been laid.",
           "Anyone who saw the collision or has dashcam video of the area around the time of the crash is asked to call Colchester District RCMP."],
       zone=True, by_text="SaltWire Network"),
]

# --- 10. Kootenay Ledger (Black Press)
KL = [
    St("kl", "/local-news/nelson-to-turn-former-rail-yard-into-60-affordable-homes-7812345/", "Nelson to turn former rail yard into 60 affordable homes",
       "2025-03-03 15:30", ["Colin Dunmore"], [
           "Nelson city council has agreed to lease a piece of the former CP Rail yard near the waterfront to a non-profit housing society, which plans to build 60 affordable homes there by 2027.",
           "The Kootenay Lake Housing Society will build a four-storey wooden building with studios and one-, two- and three-bedroom units. Rents will be set at 30 per cent of tenants\u2019 income for about half of the units and below market rates for the rest.",
           "Nelson\u2019s rental vacancy rate was under one per cent last year, and the city has struggled to find land for housing because it is hemmed in by mountains and the lake. The rail yard has been mostly empty for two decades.",
           "Workers at the hospital and the college have had to turn down jobs in Nelson because they could not find a place to live, the society\u2019s chair, Grace Tanaka, told council. \u201cThis is for them, and for the seniors who grew up here and want to stay,\u201d she said.",
           "The province\u2019s housing agency will pay for most of the $31-million project. Construction is expected to begin in the fall once soil from the old rail yard is cleaned up."],
       zone=True, by_html="Colin Dunmore, Local Journalism Initiative"),
    St("kl", "/community/kootenay-lake-garden-club-turns-75-with-a-free-seed-library-7813900/", "Kootenay Lake Garden Club turns 75 with a free seed library",
       "2025-03-05 09:00", ["Marjorie Klassen"], [
           "Our garden club was started in 1950 by eleven women who met in a kitchen on Silica Street to trade cuttings and complain about the deer. Seventy-five years later we have 140 members, and the deer are still winning most years.",
           "To mark our anniversary, we are opening a free seed library at the Nelson Public Library this spring. Anyone can take up to five packets of vegetable, herb and flower seeds, and we ask only that you bring some seeds back in the fall if your plants do well.",
           "Most of the seeds come from members\u2019 own gardens and have been grown here for years, so they are used to our short season and cool nights. We have tomatoes that ripen by August, beans from a Doukhobor family in Krestova and poppies that have self-seeded on Baker Street since the 1970s.",
           "We will also hold free workshops on seed saving and starting seedlings indoors on Saturday mornings in March and April at the library.",
           "New members are always welcome. We meet on the second Tuesday of each month at the Nelson United Church hall, and you do not need to know a weed from a seedling to join."],
       zone=True, by_html="Marjorie Klassen, president, Kootenay Lake Garden Club", community=True),
    St("kl", "/sports/alumni-game-raises-8500-for-nelson-minor-hockey-7815222/", "Alumni game raises $8,500 for Nelson minor hockey",
       "2025-03-07 13:15", [], [
           "Former Nelson Leafs players laced up their skates once more on Saturday at the Nelson and District Community Complex, raising $8,500 for the Nelson Minor Hockey Association in the annual alumni game.",
           "About 600 fans watched players from as far back as the 1980s take on a team of current Leafs coaches and local firefighters. The alumni won 9-7, with the winning goal scored in the final minute by a player who last suited up for the Leafs in 1994.",
           "Money raised will go toward the association\u2019s equipment library, which lends skates, helmets and pads to families who cannot afford them, and toward ice time for the girls\u2019 program, which has doubled in size in three years.",
           "Organizers thanked the businesses that donated prizes for the raffle and the volunteers who ran the concession.",
           "Next year\u2019s game is already being planned for the same weekend in March, and former players who want a spot on the bench are asked to sign up early."],
       zone=True, by_html="Submitted", community=True),
    St("kl", "/news/b-c-to-hire-20-more-wildfire-crews-ahead-of-fire-season-7819054/", "B.C. to hire 20 more wildfire crews ahead of fire season",
       "2025-03-11 16:45", [], [
           "The B.C. Wildfire Service will hire 20 more initial attack crews this year and keep more of its firefighters on the payroll through the winter, the province announced Tuesday, after two of the worst fire seasons on record.",
           "The new crews, of three or four firefighters each, will be based in communities across the Interior and the north, where most large fires start. Their job is to reach new fires quickly, often by helicopter, and put them out while they are still small.",
           "The province also said it would spend more on cutting back dry brush and trees around towns, and on training volunteer fire departments to protect buildings when a wildfire approaches.",
           "The union representing wildfire workers welcomed the announcement but said many experienced firefighters had left because of low pay and long stretches away from home. Recruiting is under way for the coming season.",
           "Snowpack across much of southern B.C. was below normal at the start of March, which forecasters say could mean an early start to the fire season."],
       zone=True, by_html="Black Press Media"),
]

# --- 11. Le Courrier des Bois-Francs (Quebec weekly)
BF = [
    St("bf", "/actualites/municipal/victoriaville-veut-planter-5-000-arbres-d-ici-2030/", "Victoriaville veut planter 5 000 arbres d\u2019ici 2030",
       "2025-03-04 14:30", ["\u00c9milie Gagnon"], [
           "La Ville de Victoriaville s\u2019est dot\u00e9e d\u2019un plan pour planter 5 000 arbres sur son territoire d\u2019ici 2030, afin d\u2019augmenter l\u2019ombre dans les quartiers les plus chauds et de remplacer les fr\u00eanes abattus ces derni\u00e8res ann\u00e9es \u00e0 cause de l\u2019agrile.",
           "Le plan, adopt\u00e9 lundi soir par le conseil municipal, pr\u00e9voit que la moiti\u00e9 des arbres seront plant\u00e9s le long des rues et dans les parcs des secteurs o\u00f9 la canop\u00e9e est la plus faible, notamment autour du centre-ville et dans le quartier Sainte-Victoire.",
           "La Ville estime avoir perdu pr\u00e8s de 1 800 fr\u00eanes depuis 2019. \u00ab On ne veut pas seulement remplacer ce qu\u2019on a perdu, on veut faire mieux \u00bb, a expliqu\u00e9 la conseill\u00e8re responsable de l\u2019environnement, Chantal Lemieux, en soulignant que les nouvelles essences seront plus vari\u00e9es.",
           "Les citoyens pourront aussi obtenir gratuitement un arbre pour leur terrain lors de distributions pr\u00e9vues chaque printemps. La premi\u00e8re aura lieu en mai, au parc Terre-des-Jeunes, et 500 arbres y seront offerts.",
           "Le programme co\u00fbtera environ 1,2 million de dollars sur cinq ans. Une partie de la somme viendra d\u2019une subvention f\u00e9d\u00e9rale destin\u00e9e \u00e0 la plantation d\u2019arbres en milieu urbain."],
       upd="2025-03-05 09:12", by_html='Par <a class="author" href="/auteur/emilie-gagnon/">\u00c9milie Gagnon</a>'),
    St("bf", "/actualites/agriculture/saison-hative-pour-les-acericulteurs-des-bois-francs/", "Saison h\u00e2tive pour les ac\u00e9riculteurs des Bois-Francs",
       "2025-03-07 06:00", ["Jean-Fran\u00e7ois Roy"], [
           "Les ac\u00e9riculteurs des Bois-Francs ont commenc\u00e9 \u00e0 entailler leurs \u00e9rables pr\u00e8s de deux semaines plus t\u00f4t que d\u2019habitude cette ann\u00e9e, profitant d\u2019une s\u00e9rie de journ\u00e9es douces \u00e0 la fin f\u00e9vrier pour faire leurs premi\u00e8res coul\u00e9es.",
           "\u00ab Dans le temps de mon p\u00e8re, on n\u2019aurait jamais entaill\u00e9 avant la mi-mars \u00bb, raconte R\u00e9jean Houle, qui exploite 9 000 entailles \u00e0 Saint-Christophe-d\u2019Arthabaska. Il a r\u00e9colt\u00e9 ses premiers barils de sirop d\u00e8s le 1er mars.",
           "Les producteurs restent toutefois prudents. Une saison qui commence t\u00f4t peut aussi finir t\u00f4t si le temps se r\u00e9chauffe trop vite en avril, et plusieurs se souviennent de la saison d\u00e9cevante de 2021.",
           "Le Centre-du-Qu\u00e9bec compte plus de 400 entreprises ac\u00e9ricoles. Les producteurs pr\u00e9voient de dresser un bilan provincial \u00e0 la fin de la saison, au mois de mai, lorsque toutes les entailles auront \u00e9t\u00e9 retir\u00e9es.",
           "Les cabanes \u00e0 sucre de la r\u00e9gion, elles, ouvriront comme pr\u00e9vu autour de la mi-mars, et plusieurs affichent d\u00e9j\u00e0 complet pour les fins de semaine."],
       by_html="Par Jean-Fran\u00e7ois Roy, Initiative de journalisme local", lji=True),
    St("bf", "/actualites/justice/un-homme-de-princeville-accuse-d-avoir-fraude-des-aines/", "Un homme de Princeville accus\u00e9 d\u2019avoir fraud\u00e9 des a\u00een\u00e9s",
       "2025-03-11 16:45", [], [
           "Un homme de 46 ans de Princeville a comparu mardi au palais de justice de Victoriaville pour r\u00e9pondre \u00e0 des accusations de fraude envers au moins six personnes \u00e2g\u00e9es de la r\u00e9gion.",
           "Selon la S\u00fbret\u00e9 du Qu\u00e9bec, l\u2019homme se pr\u00e9sentait comme entrepreneur en r\u00e9novation et se faisait verser des acomptes pour des travaux de toiture ou d\u2019isolation qui n\u2019\u00e9taient jamais r\u00e9alis\u00e9s. Les victimes, \u00e2g\u00e9es de 72 \u00e0 89 ans, auraient perdu au total plus de 48 000 $.",
           "L\u2019enqu\u00eate a \u00e9t\u00e9 d\u00e9clench\u00e9e en d\u00e9cembre apr\u00e8s qu\u2019une victime eut port\u00e9 plainte. D\u2019autres personnes se sont ensuite manifest\u00e9es aupr\u00e8s des policiers, qui n\u2019excluent pas que d\u2019autres victimes se trouvent ailleurs au Centre-du-Qu\u00e9bec.",
           "L\u2019accus\u00e9 fait face \u00e0 six chefs de fraude de plus de 5 000 $ et \u00e0 un chef d\u2019exploitation d\u2019une personne vuln\u00e9rable. Il a \u00e9t\u00e9 remis en libert\u00e9 sous conditions et reviendra devant le tribunal en avril.",
           "La S\u00fbret\u00e9 du Qu\u00e9bec invite toute personne qui croit avoir \u00e9t\u00e9 victime de ce stratag\u00e8me \u00e0 communiquer avec elle, et rappelle de toujours v\u00e9rifier la licence d\u2019un entrepreneur aupr\u00e8s de la R\u00e9gie du b\u00e2timent avant de signer un contrat."],
       by_html="Par La R\u00e9daction"),
]


# ====================================================================== 9. The Fundy Chronicle (SaltWire)
def chronicle():
    S, name = SITES["fc"], "The Fundy Chronicle"
    nav = [("/news/local/", "Local"), ("/news/provincial/", "Provincial"), ("/obituaries/", "Obituaries"), ("/eedition/", "E-Edition"), ("/contests/", "Contests"),
           ("/weather/", "Weather"), ("/contact-us/", "Contact Us")]

    def sw(t, abbr):
        return "%s, %s %s" % (longdate(t), ap_ampm(t), abbr)

    def shell(title, main, head, cls=""):
        body = ('<header class="sw-header"><a class="sw-logo" href="/">%s</a><span class="sw-network">SaltWire Network</span><nav class="sw-nav">%s</nav></header>'
                '<main class="sw-main">%s</main><footer class="sw-footer">%s<p>&copy; 2025 SaltWire Network, a Postmedia company. All rights reserved.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en-CA", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    def sw_article(st, foot=""):
        if getattr(st, "by_text", None):
            by = E(st.by_text)
        else:
            by = '<a href="/author/nadine-comeau/">%s</a> \u00b7 %s' % (E(st.authors[0]), E(st.role))
        dates = '<span class="sw-posted">Posted: %s</span>' % sw(st.t, st.abbr) + ((' | <span class="sw-updated">Updated: %s</span>' % sw(st.u, st.uabbr)) if st.u else "")
        return ('<article class="sw-article"><div class="sw-article__category">%s</div><h1 class="sw-article__title">%s</h1>'
                '<div class="sw-article__meta"><span class="sw-byline">%s</span><div class="sw-dates">%s</div></div>'
                '<div class="sw-article__body">%s</div>%s<div class="sw-comments"><a href="#">Comments</a></div>'
                '<aside class="sw-latest"><h3>Latest</h3>%s</aside></article>') % (
            "Provincial" if "provincial" in st.path else "Local", E(st.title), by, dates, ps(st.paras), foot,
            "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in FC if o is not st))

    for st in FC:
        meta = "\n".join([PR("article:published_time", st.iso()), newsarticle(st, name, org_author="SaltWire Network")])
        article(st, shell("%s | SaltWire" % st.title, sw_article(st), head(st.url, st.title, "article", meta)))

    # the Parkland Herald's bus story, credited, canonical to this copy
    o = PH[0]
    cp = St("fc", "/news/provincial/red-deer-plant-to-build-hydrogen-buses-for-halifax-and-moncton-100915503/", o.title, "2025-03-06 09:30", o.authors, o.paras,
            by_text="Kendra Olsen \u00b7 The Parkland Herald")
    foot = '<p class="sw-credit"><em>This story originally appeared in The Parkland Herald, a Postmedia publication.</em></p>'
    copy_of("fc", o, cp.path, shell("%s | SaltWire" % cp.title, sw_article(cp, foot), head(cp.url, cp.title, "article", "\n".join([
        PR("article:published_time", cp.iso()), newsarticle(cp, name)]))))

    def non(path, title, main):
        S.non(path, shell("%s | SaltWire" % title, '<h1 class="sw-page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="sw-card"><a href="%s"><h3>%s</h3></a><span>%s</span></div>' % (st.path, E(st.title), longdate(st.t))

    non("/news/local/", "Local", card(FC[0]) + card(FC[2]))
    non("/news/provincial/", "Provincial", card(FC[1]) + card(cp))
    non("/obituaries/", "Obituaries", '<ul><li>Lorna Jean MacDonald (n\u00e9e Fraser), Truro, 1940 \u2013 2025</li><li>Gerald \u201cGerry\u201d Blois, Brookfield, 1952 \u2013 2025</li></ul><p>Obituaries provided by funeral homes across Nova Scotia.</p>')
    non("/eedition/", "E-Edition", eedition_body(name, ["Wednesday, March 12, 2025", "Wednesday, March 5, 2025"]))
    non("/contests/", "Contests", contest_body("Win a family pass to Victoria Park\u2019s summer concert series.", ["Family season pass"], ["Open to Nova Scotia residents 18+.", "Closes April 30, 2025."]))
    non("/weather/", "Truro Weather", weather_body("Truro, NS", WEEK))
    non("/author/nadine-comeau/", "Nadine Comeau", '<p>Nadine Comeau is a reporter with The Fundy Chronicle in Truro.</p>' + card(FC[0]))
    non("/contact-us/", "Contact Us", contact_body("6 Louise St., Truro, NS B2N 5C3", "902-555-0133", [("Newsroom", "news@fundychronicle.example")]))
    non("/", "The Fundy Chronicle | Truro and Colchester County news", '<section>%s%s</section><section><a href="/author/nadine-comeau/">Nadine Comeau</a></section>' % ("".join(card(s) for s in FC), card(cp)))


# ====================================================================== 10. Kootenay Ledger (Black Press)
def ledger():
    S, name = SITES["kl"], "Kootenay Ledger"
    nav = [("/local-news/", "Local News"), ("/community/", "Community"), ("/sports/", "Sports"), ("/sports/scores/", "Scores"), ("/obituaries/", "Obituaries"),
           ("/e-edition/", "E-Edition"), ("/contests/", "Contests"), ("/weather/", "Weather"), ("/calendar/", "Calendar"), ("/contact-us/", "Contact Us")]

    def bp(t, abbr):
        m = t.strftime("%b") + "." if t.month not in (5, 6, 7) else t.strftime("%B")
        return "%s %d, %d %s %s" % (m, t.day, t.year, ap_ampm(t), abbr)

    def shell(title, main, head, cls=""):
        body = ('<header class="bp-header"><a class="bp-logo" href="/">%s</a><nav class="bp-nav">%s</nav></header><main class="bp-main">%s</main>'
                '<footer class="bp-footer">%s<p>&copy; 2025 Black Press Media. All rights reserved.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en-CA", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in KL:
        by = st.by_html
        if st.authors == ["Colin Dunmore"]:
            by = '<a href="/author/colin-dunmore/">Colin Dunmore</a>, Local Journalism Initiative'
        label = '<span class="bp-label">Contributed</span>' if getattr(st, "community", False) else ""
        main = ('<article class="bp-article"><header><div class="bp-article__section">%s</div>%s<h1 class="bp-article__title">%s</h1>'
                '<div class="bp-article__byline"><span class="byline">%s</span> <span class="dateline">%s</span></div></header>'
                '<figure><img src="https://bpmcdn.example/f/files/kootenay/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="bp-article__body">%s</div><div class="bp-article__foot"><p>Like us on Facebook and follow us on X.</p></div>'
                '<aside class="bp-related"><h3>Trending</h3>%s</aside></article>') % (
            "Community" if getattr(st, "community", False) else "Local News", label, E(st.title), by, bp(st.t, st.abbr), uid(st.path)[:10],
            "Submitted photo" if getattr(st, "community", False) else "File photo", ps(st.paras), "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in KL if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), newsarticle(st, name, org_author="Black Press Media")])
        article(st, shell("%s - %s" % (st.title, name), main, head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s - %s" % (title, name), '<h1 class="bp-page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="bp-card"><a href="%s"><h3>%s</h3></a><span>%s</span></div>' % (st.path, E(st.title), bp(st.t, st.abbr))

    non("/local-news/", "Local News", card(KL[0]) + card(KL[3]))
    non("/community/", "Community", card(KL[1]) + card(KL[2]) + '<p>Send your community news and photos to news@kootenayledger.example.</p>')
    non("/sports/", "Sports", card(KL[2]))
    non("/sports/scores/", "Scores", scores_body([("KIJHL, Murdoch Division semifinal", [("Castlegar Rebels", 2, "Nelson Leafs", 4, "Final"), ("Beaver Valley Nitehawks", 3, "Grand Forks Border Bruins", 1, "Final")])]))
    non("/obituaries/", "Obituaries", '<ul><li>Anneliese Schroeder, 1934 \u2013 2025, Nelson</li><li>Douglas James Pearce, 1949 \u2013 2025, Kaslo</li></ul>')
    non("/e-edition/", "E-Edition", eedition_body(name, ["Thursday, March 13, 2025", "Thursday, March 6, 2025"]))
    non("/contests/", "Contests", contest_body("Win a ski package at Whitewater: two adult day passes and lunch.", ["Two adult lift tickets", "Lunch for two"], ["Open to B.C. residents 19+.", "Draw March 28, 2025."]))
    non("/weather/", "Nelson Weather", weather_body("Nelson, BC", WEEK))
    non("/calendar/", "Community Calendar", '<ul class="events"><li>March 15: Seedy Saturday, Nelson Public Library, 10 a.m.</li><li>March 22: Nelson Leafs alumni pancake breakfast</li><li>March 29: Kootenay Lake cleanup</li></ul>')
    non("/author/colin-dunmore/", "Colin Dunmore", '<p>Colin Dunmore is a Local Journalism Initiative reporter at the Kootenay Ledger covering housing and rural issues.</p>' + card(KL[0]))
    non("/contact-us/", "Contact Us", contact_body("514 Hall St., Nelson, BC V1L 1Z2", "250-555-0128", [("News", "news@kootenayledger.example")]))
    non("/", "Kootenay Ledger - Nelson and West Kootenay news", '<section>%s</section><section><a href="/author/colin-dunmore/">Colin Dunmore</a></section>' % "".join(card(s) for s in KL))


# ====================================================================== 11. Le Courrier des Bois-Francs (Quebec weekly)
def courrier():
    S, name = SITES["bf"], "Le Courrier des Bois-Francs"
    MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    nav = [("/actualites/", "Actualités"), ("/sports/", "Sports"), ("/avis-de-deces/", "Avis de décès"), ("/avis-publics/", "Avis publics"),
           ("/edition-numerique/", "Édition numérique"), ("/concours/", "Concours"), ("/a-propos/", "À propos"), ("/nous-joindre/", "Nous joindre")]

    def fr(t):
        return "%d%s %s %d à %d h %02d" % (t.day, "er" if t.day == 1 else "", MOIS[t.month - 1], t.year, t.hour, t.minute)

    def shell(title, main, head, cls=""):
        body = ('<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">%s</a><p class="site-description">L\u2019hebdo de Victoriaville et de la région</p></div>'
                '<nav class="main-navigation">%s</nav></header><div id="content" class="site-content">%s</div>'
                '<footer class="site-footer">%s<p>© 2025 Le Courrier des Bois-Francs. Tous droits réservés.</p></footer>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " · ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("fr-CA", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "fr_CA"), canon(url), extra])

    for st in BF:
        meta_line = '<span class="posted-on">Publié le <time class="entry-date published" datetime="%s">%s</time></span>' % (st.iso(), fr(st.t))
        if st.u:
            meta_line += ' <span class="updated-on">Mis à jour le <time class="updated" datetime="%s">%s</time></span>' % (st.uiso(), fr(st.u))
        lji = ('<p class="lji-note"><em>Ce contenu est produit grâce à l\u2019Initiative de journalisme local, financée par le gouvernement du Canada.</em></p>' if getattr(st, "lji", False) else "")
        main = ('<article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/actualites/">Actualités</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline">%s</span> %s</div></header><div class="entry-content">%s%s</div>'
                '<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">Courriel</a></div><aside class="a-lire-aussi"><h3>À lire aussi</h3>%s</aside></article>') % (
            E(st.title), st.by_html, meta_line, ps(st.paras), lji, "".join('<a href="%s">%s</a>' % (o.path, E(o.title)) for o in BF if o is not st))
        meta = "\n".join([PR("article:published_time", st.iso()), PR("article:modified_time", st.uiso())])
        article(st, shell("%s – %s" % (st.title, name), main, head(st.url, st.title, "article", meta)))

    def non(path, title, main):
        S.non(path, shell("%s – %s" % (title, name), '<h1 class="page-title">%s</h1>%s' % (E(title), main), head(S.url(path), title)))

    def card(st):
        return '<div class="teaser"><a href="%s"><h2>%s</h2></a><span>%s</span></div>' % (st.path, E(st.title), fr(st.t))

    deces = "/avis-de-deces/gilberte-beaudoin-nee-pellerin/"
    non(deces, "Gilberte Beaudoin (née Pellerin)", '<div class="avis"><p>À Victoriaville, le 1er mars 2025, est décédée à l\u2019âge de 91 ans Mme Gilberte Pellerin, épouse de feu Marcel Beaudoin. Elle demeurait à Victoriaville.</p>'
        '<p>Elle laisse dans le deuil ses enfants : Louise (Pierre Gosselin), Denis (Nicole Allard) et Sylvie; ses petits-enfants et arrière-petits-enfants, ainsi que plusieurs neveux, nièces, cousins, cousines et ami(e)s.</p>'
        '<p>La famille recevra les condoléances au complexe funéraire le samedi 8 mars 2025 de 10 h à 13 h, suivi des funérailles en l\u2019église Sainte-Victoire à 13 h 30. L\u2019inhumation aura lieu au cimetière de Victoriaville à une date ultérieure.</p>'
        '<p>Des dons à la Fondation de l\u2019Hôtel-Dieu d\u2019Arthabaska seraient appréciés.</p></div>')
    non("/actualites/", "Actualités", "".join(card(s) for s in BF))
    non("/sports/", "Sports", '<p>Résultats : Les Tigres de Victoriaville l\u2019emportent 4-2 contre les Voltigeurs de Drummondville.</p>' + scores_body([("LHJMQ", [("Drummondville", 2, "Victoriaville", 4, "Final")])]))
    non("/avis-de-deces/", "Avis de décès", '<ul class="avis-list"><li><a href="%s">Gilberte Beaudoin (née Pellerin)</a>, 1933 – 2025</li><li>Roland Fortier, 1944 – 2025</li></ul>' % deces)
    non("/avis-publics/", "Avis publics", legal_body([("AVIS PUBLIC – Ville de Victoriaville", "Avis est donné que le conseil municipal tiendra une séance de consultation publique le 24 mars 2025 à 19 h sur le projet de règlement de zonage no 2025-188.", "5 mars 2025"),
                                                     ("AVIS PUBLIC – Municipalité de Saint-Christophe-d\u2019Arthabaska", "Demande de dérogation mineure pour le lot 5 123 456, rang 6. Toute personne intéressée pourra se faire entendre lors de la séance du 7 avril 2025.", "12 mars 2025")]))
    non("/edition-numerique/", "Édition numérique", '<p>Feuilletez l\u2019édition de la semaine en version numérique.</p><ul><li>Édition du 12 mars 2025</li><li>Édition du 5 mars 2025</li></ul>')
    non("/concours/", "Concours", '<p>Courez la chance de gagner un panier de produits de l\u2019érable d\u2019une valeur de 150 $. Tirage le 31 mars 2025. Ouvert aux résidents du Québec de 18 ans et plus.</p><form action="#"><input name="nom" placeholder="Nom"><input name="courriel" placeholder="Courriel"><button>Participer</button></form>')
    non("/auteur/emilie-gagnon/", "Émilie Gagnon", '<p>Émilie Gagnon est journaliste au Courrier des Bois-Francs. Elle couvre la politique municipale.</p>' + card(BF[0]))
    non("/a-propos/", "À propos", '<p>Le Courrier des Bois-Francs est un hebdomadaire indépendant publié chaque mercredi et distribué gratuitement dans 38 000 foyers de la MRC d\u2019Arthabaska.</p>')
    non("/nous-joindre/", "Nous joindre", contact_body("43, rue Notre-Dame Est, Victoriaville (Québec) G6P 3Z4", "819 555-0166", [("Rédaction", "redaction@courrierboisfrancs.example")]))
    non("/", "Le Courrier des Bois-Francs – Actualités de Victoriaville et de la région", '<section>%s</section><section><h2>Avis de décès</h2><a href="%s">Gilberte Beaudoin (née Pellerin)</a></section><section><a href="/auteur/emilie-gagnon/">Émilie Gagnon</a></section>' % ("".join(card(s) for s in BF), deces))


# ====================================================================== 12. Dawes County Dispatch (Newspack)
def dispatch():
    S, name = SITES["dd"], "Dawes County Dispatch"
    nav = [("/category/news/", "News"), ("/category/courts/", "Courts"), ("/obituaries/", "Obituaries"), ("/legal-notices/", "Legal Notices"), ("/newsletters/", "Newsletters"),
           ("/about/", "About"), ("/contact/", "Contact"), ("/donate/", "Donate")]
    LICENSE = "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."

    def np_date(t, abbr):
        return "%s at %s %s" % (longdate(t), ap_ampm(t), abbr)

    def shell(title, main, head, cls=""):
        body = ('<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a class="custom-logo-link" href="/">%s</a>'
                '<p class="site-description">Nonprofit news for Chadron and the Nebraska Panhandle</p></div><nav id="site-navigation" class="main-navigation">%s</nav>'
                '<a class="button donate" href="/donate/">Donate</a></header><div id="content" class="site-content"><main id="main" class="site-main">%s</main></div>'
                '<footer id="colophon" class="site-footer">%s<p>Dawes County Dispatch is a nonprofit 501(c)(3) newsroom. Proudly powered by Newspack by Automattic.</p></footer></div>') % (
            E(name), "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav), main, " ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav))
        return page("en-US", title, head, body, cls)

    def head(url, title, og="website", extra=""):
        return "\n".join([PR("og:type", og), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url), extra])

    for st in DD:
        names = " and ".join('<span class="author vcard"><a class="url fn n" href="%s">%s</a></span>' % ("/author/colleen-marsh/" if a == "Colleen Marsh" else "/author/dale-hettinger/", E(a)) for a in st.authors)
        cat = ("/category/courts/", "Courts") if "pleads" in st.path else ("/category/news/", "News")
        story_html = ps(st.paras)
        modal = ('<div class="republication-tracker-tool-button"><button class="republish-button">Republish This Story</button></div>'
                 '<div id="republication-modal" class="republication-tracker-tool-modal" style="display:none"><h2>Republish this article</h2><p>%s</p>'
                 '<p>You must credit us and link to our original story. You can\u2019t edit our material, except to reflect relative changes in time, location and editorial style.</p>'
                 '<textarea readonly rows="12"><h1>%s</h1><p class="byline">by %s, Dawes County Dispatch<br/>%s</p>%s<p>This article first appeared on &lt;a href="%s"&gt;Dawes County Dispatch&lt;/a&gt; and is republished here under a Creative Commons license.</p></textarea></div>') % (
            LICENSE, E(st.title), E(" and ".join(st.authors)), E(longdate(st.t)), E(story_html), E(st.url))
        main = ('<article class="post type-post status-publish format-standard has-post-thumbnail"><header class="entry-header"><span class="cat-links"><a href="%s">%s</a></span>'
                '<h1 class="entry-title">%s</h1><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img src="https://secure.gravatar.example/avatar/%s" alt=""></span>'
                '<span class="byline"><span>By</span> %s</span><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div>'
                '<div class="tags-links"></div></div></header><figure class="post-thumbnail"><img src="https://dawescountydispatch.example/wp-content/uploads/2025/03/%s.jpg" alt=""></figure>'
                '<div class="entry-content">%s<div class="wp-block-newspack-blocks-donate"><p>Local news like this is free to read because readers like you support it. <a href="/donate/">Donate today</a>.</p></div></div>'
                '%s<div class="author-bio"><h2>%s</h2><p>%s</p></div></article>') % (
            cat[0], cat[1], E(st.title), uid(st.path)[:16], names, st.iso(), np_date(st.t, st.abbr), uid(st.path)[:10], story_html, modal,
            E(st.authors[0]), "Colleen Marsh is the Dispatch\u2019s editor and covers Chadron and Dawes County." if st.authors[0] == "Colleen Marsh" else "Dale Hettinger covers courts and agriculture for the Dispatch.")
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": st.url + "#article", "headline": st.title, "datePublished": st.iso(), "dateModified": st.iso(),
             "author": {"@type": "Person", "name": st.authors[0], "@id": S.url("/#/schema/person/%s" % uid(st.authors[0])[:8])}, "mainEntityOfPage": {"@id": st.url},
             "publisher": {"@type": "Organization", "name": name}},
            {"@type": "WebPage", "@id": st.url, "url": st.url, "name": "%s - %s" % (st.title, name)}]}
        meta = "\n".join([PR("article:published_time", st.iso()), M("author", st.authors[0]), jl(graph)])
        article(st, shell("%s - %s" % (st.title, name), main, head(st.url, st.title, "article", meta), "post-template-default single single-post newspack-single"),
                must_not=[LICENSE])

    def non(path, title, main):
        S.non(path, shell("%s - %s" % (title, name), '<header class="page-header"><h1 class="page-title">%s</h1></header>%s' % (E(title), main), head(S.url(path), title), "archive"))

    def card(st):
        return '<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2><time>%s</time></article>' % (st.path, E(st.title), longdate(st.t))

    non("/category/news/", "News", card(DD[0]) + card(DD[1]))
    non("/category/courts/", "Courts", card(DD[2]))
    non("/obituaries/", "Obituaries", '<p>Obituaries are published free of charge as a community service. Send them to obits@dawescountydispatch.example.</p><ul><li>Verna Mae Schlichtemeier, 94, Chadron</li><li>Robert \u201cBob\u201d Lone Wolf, 67, Whitney</li></ul>')
    non("/legal-notices/", "Legal Notices", legal_body([("NOTICE OF MEETING \u2013 DAWES COUNTY BOARD OF COMMISSIONERS", "The Dawes County Board of Commissioners will meet at 9 a.m. on March 18, 2025, in the courthouse. An agenda, kept continually current, is available for public inspection at the office of the county clerk.", "March 12, 2025")]))
    non("/newsletters/", "Newsletters", '<p>Get the Dispatch in your inbox every Friday morning.</p><form action="#"><input type="email" placeholder="Email address"><button>Sign up</button></form>')
    non("/about/", "About Us", '<p>The Dawes County Dispatch is a nonprofit, nonpartisan newsroom founded in 2022, after the county\u2019s last weekly paper closed. We are supported by readers, local businesses and foundations.</p>')
    non("/contact/", "Contact", contact_body("250 Main St., Chadron, NE 69337", "308-555-0190", [("Editor", "editor@dawescountydispatch.example")]))
    non("/donate/", "Support the Dispatch", '<p>Your tax-deductible donation keeps local news free for everyone in Dawes County.</p><form action="#"><label><input type="radio" name="f"> Monthly</label><label><input type="radio" name="f"> Annually</label><button>Donate now</button></form>')
    non("/author/colleen-marsh/", "Colleen Marsh", '<p>Colleen Marsh is the Dispatch\u2019s editor and covers Chadron and Dawes County.</p>' + card(DD[0]) + card(DD[1]))
    non("/author/dale-hettinger/", "Dale Hettinger", '<p>Dale Hettinger covers courts and agriculture for the Dispatch.</p>' + card(DD[1]) + card(DD[2]))
    non("/", "Dawes County Dispatch - Nonprofit news for Chadron and the Nebraska Panhandle", '<section class="newspack-blocks-homepage-posts">%s</section><section><a href="/author/colleen-marsh/">Colleen Marsh</a> <a href="/author/dale-hettinger/">Dale Hettinger</a></section>' % "".join(card(s) for s in DD))
    S.sitemap([s.path for s in DD] + ["/", "/category/news/", "/category/courts/"])


for f in (courier, gazette, register, bee, tribune, southjersey, parkland, record, chronicle, ledger, courrier, dispatch):
    f()

# every recorded page exists, and no address is recorded twice
for u in [a["url"] for a in truth["articles"]] + truth["nonarticles"] + [p["copy"] for p in truth["synd"]]:
    host, path = u.split("://", 1)[1].split("/", 1)
    fp = os.path.join(OUT, host.split(":")[0], path)
    assert os.path.exists(fp) or os.path.exists(os.path.join(fp, "index.html")), u
assert len({a["url"] for a in truth["articles"]} | set(truth["nonarticles"]) | {p["copy"] for p in truth["synd"]}) == \
    len(truth["articles"]) + len(truth["nonarticles"]) + len(truth["synd"])
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
