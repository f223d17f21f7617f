"""Web cp: how stories travel between news sites. Twelve sites on
127.0.8.61-72 (port 18165): six that publish their own stories and six that
republish them, in English (US, UK, Canada, Australia), German, French,
Spanish, Italian and Portuguese. Every story is hand-written; copies reuse
the original's paragraphs, edited as republishers edit them.

Originals
 1 National Press Wire (61, en-US, Eastern) - a national news cooperative:
   "WASHINGTON (NPW) -" datelines, "September 8, 2025 3:40 PM EDT" and an
   "Updated" time, a rel=amphtml AMP page per story (served, linked only from
   <head>, not recorded: a crawler need not fetch it). Four stories; the
   oldest (a study story) is only on /archive/page/2/, not on the home page
   or in the RSS feed, so its portal copy is met first. Home, archive and its
   page 2, three hubs, five author pages, about, rss.xml.
 2 The Harbour City Chronicle (62, en-CA, Halifax, Atlantic time) - a
   Postmedia-like daily: "Author(s) of the article:", "Published Sep 10,
   2025 - 3 minute read" (one story at 21:45 ADT, the next day in UTC), a
   newsletter box in the body. Three stories; home, two sections, three
   authors, about.
 3 The Riverina Examiner (63, en-AU, Wagga Wagga, AEST) - an ACM-like
   regional: "September 11 2025 - 7:15am" (the evening before in UTC), an
   ad slot in the body. Three stories; the oldest only on the section's
   "Load more" page 2 (its content-farm copy is one click from that site's
   home). A Google-News-style sitemap of the two newest. Home, section and
   page 2, rural section, two profiles, about.
 4 The Watchpost (64, en-US, Chicago) - a nonprofit investigative newsroom
   (ProPublica-like): "by X and Y", "Sept. 9, 2025, 5 a.m. CDT", a
   "Republish this story" link, a newsletter promo and a tip box. Four
   stories; the oldest (Sept. 3) has dropped off every list on the site and
   is reachable only through the credit link in the member paper's copy.
   Home, three topics, three people pages, about, republishing guidelines.
 5 Northlight (65, en-GB, London) - a monthly magazine: rubric, headline,
   standfirst, "By X", a subscription box in the body. One story shows only
   "This article appears in the October 2025 issue": its date is in JSON-LD
   alone; the others print "16 September 2025". Three stories; home, two
   sections, the issue page, three writers, about, sitemap.
 6 Oberland-Zeitung (66, de-DE, Munich) - an SZ-like regional: "Von X und
   Y", "10. September 2025, 18:45 Uhr", an "Anzeige" slot. Three stories and
   its own German translation of a Watchpost investigation ("Von Carmen
   Reyes, The Watchpost", "Dieser Text erschien zuerst ... auf Englisch bei
   The Watchpost ... Aus dem Englischen von Andreas Huber" and a link): not
   the same text, so an article of its own, authors the reporter. Home, three
   Ressorts, three authors, Impressum, rss.xml.
Republishers
 7 The Fairview Gazette (67, en-US, Colorado, Mountain time) - a member
   paper of the wire, with two stories of its own. Wire copies: one under a
   rewritten headline with an Alder County paragraph added and
   rel=canonical to the wire's AMP URL; one trimmed to four of six
   paragraphs and dated only "From the print edition of Sep 10, 2025" (the
   next day); one with rel=canonical to the wire URL plus utm_ tracking
   parameters and "Related:" links between paragraphs. Also the Watchpost's
   Sept. 3 story two days later, "This story was originally published by
   The Watchpost ..." and the only link to it at the foot.
 8 Europa Digest (68, VoxEurop-like, /en/ /de/ /fr/ /es/ /it/ /pt/) - the
   magazine's lighthouse piece in English under a shortened headline ("This
   article first appeared in Northlight" on top, canonical to it), the
   Oberland wolf story in German without canonical ("erschien zuerst in der
   Oberland-Zeitung" at the foot), and four translations that are articles
   of their own (fr, es, it, pt; "Author | Source" with a link to the
   original, "Traduit par ..."; authors the original's writers), the es and
   pt ones hreflang siblings of the en and de reprints. Language chooser,
   six language homes, about.
 9 Skyline News (69, MSN/Yahoo-like portal, editions en-us, en-ca, en-au,
   en-gb, de-de) - provider logo, "Story by X", "(c) 2025 Publisher", a
   sponsored slot: the Gazette's copy of the wire's broadband story (the
   chain wire -> member -> portal: the Gazette's headline, local paragraph
   and canonical to the Gazette's page), the wire's deep study story
   (canonical to it), the Chronicle's ferry story (canonical), the
   Examiner's rain story under a shortened headline with a summary added,
   the next morning, neither canonical nor link to the story, the
   magazine's pubs story with a summary (canonical), and the Oberland tram
   story in the German edition (canonical). Home, five edition feeds, about.
10 KFVR 9 (70, local TV, Fairview, Mountain time) - "Published: Sep. 10,
   2025 at 10:10 PM MDT" (the next day in UTC) on one story of its own; the
   wire's FAA story under a rewritten headline, "By Wire staff", only
   "Updated: ..." (JSON-LD dateModified alone), RELATED links between
   paragraphs, og:url of its own and no canonical; the Watchpost's
   maternity-ward story with an editor's note on top, "By Carmen Reyes, The
   Watchpost, with additional reporting by Josh Tate", a Colorado paragraph
   added and canonical to the original. Home, news, weather, author, about.
11 Newsly (71, a news app's web view) - "Open in the app" banner, source
   name, times in UTC: the Examiner's rail story "10 Sep 2025 - 21:40 UTC"
   (a day EARLIER on the page than the original's 11 September, 7:15am) with
   a "Read at" link, the Chronicle's lobster story with canonical, the
   Oberland beer story with only its own og:url. Home, a topic, about.
12 DailyTrendWire (72, a WordPress content farm, Pacific time) - copies
   without credit, canonical and og:url its own, ads and "Also Read" links
   between paragraphs, authors "Trend Desk" / "admin": the wire's egg story
   under a new headline with the dateline cut ("7:02 am", earlier on the
   clock than the wire's 9:30 EDT), the Chronicle's clinic story cut to
   three of five paragraphs with only "Last Updated", and the Examiner's
   hospital story with a line of its own on top, dated September 5 (the
   original prints September 6 in Wagga). Home, two categories, two
   authors, about, privacy policy, sitemap.

Truth: 28 articles (20 originals, the Gazette's and KFVR's 3 own stories,
5 translations), 88 non-articles, 20 syndicated copies in "synd" (each copy
only there, with the original it republishes; the portal's copy of the
Gazette's copy names the wire's story).
Crawled with /tmp/nr-cp (at fe19e57) before any change: 28/28 titles,
28/28 dates, 27/28 authors (the Oberland translation's "Von Carmen Reyes,
The Watchpost" kept the newsroom as a second author), 0 of 88 non-articles
stored, 20 of 20 copies kept under the original's URL (7 of the originals,
the three deep ones among them, were fetched after a copy and took the
story over). The first crawl also listed the four AMP pages as copies: none
was fetched, and they were taken out of the truth as a crawler need not
fetch them.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18165
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
N = dict(wire=61, chron=62, exam=63, watch=64, north=65, obz=66, gaz=67, euro=68, sky=69, tv=70, app=71, farm=72)
SITES = {k: common.Site(OUT, "127.0.8.%d" % n, PORT, truth) for k, n in N.items()}
UTC = datetime.timezone.utc
YEAR = 2025


def U(site, p):
    return SITES[site].url(p)


def T(s):
    """A local time "2025-09-08 15:40-04:00" as an aware datetime."""
    return datetime.datetime.fromisoformat(s.replace(" ", "T"))


def z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def copy(site, path, doc, orig):
    """A republished copy: only in truth["synd"], with the story it copies."""
    SITES[site].put(path, doc)
    truth["synd"].append({"copy": U(site, path), "orig": orig.url})


class St:
    def __init__(self, key, site, path, title, local, authors, paras, **kw):
        self.key, self.site, self.path, self.title, self.authors, self.ps = key, site, path, title, authors, paras
        self.t = T(local)
        self.url = U(site, path)
        self.date = self.t.date().isoformat()
        self.__dict__.update(kw)


ST = {}


def story(*a, **kw):
    s = St(*a, **kw)
    ST[s.key] = s
    return s


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def h12(t, dots=False, lower=False):
    s = "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")
    if dots:
        s = s.replace("AM", "a.m.").replace("PM", "p.m.")
    if lower:
        s = s.lower()
    return s


def slug(name):
    return name.lower().replace(" ", "-").replace("'", "")


# ====================================================================== stories
# --- 1. National Press Wire (national agency, en-US, Eastern time)
story("W1", "wire", "/article/senate-rural-broadband-grants-reconnect-7c41e09a2b/",
      "Senate passes bill adding $4.2 billion for rural broadband", "2025-09-08 15:40-04:00", ["Rachel Okonjo"], [
          "WASHINGTON (NPW) \u2014 The Senate on Monday passed a bill that would add $4.2 billion to a federal grant program for high-speed internet in rural areas, sending the measure to the House with support from both parties.",
          "The money would go to the Agriculture Department\u2019s ReConnect program, which pays for fiber lines and wireless towers in places where private providers say there are too few customers to build on their own. The bill passed 71-27.",
          "Supporters said millions of rural households still rely on slow DSL lines or satellite service that cuts out in bad weather. \u201cA kid doing homework in a farmhouse should not have to drive to a fast-food parking lot to get a signal,\u201d said Sen. Margaret Ellison, a Montana Republican who co-wrote the bill.",
          "Opponents argued that earlier rounds of broadband spending had been slow to reach customers and that some grants paid for lines to homes that already had service. The bill requires the department to publish maps showing where each grant\u2019s money goes and to claw back funds from projects that miss construction deadlines.",
          "House leaders have not said when they will take up the measure. A similar bill stalled in the House last year in a fight over how to divide the money between fiber and satellite providers."],
      hub=("politics", "Politics"), upd="2025-09-08 18:02-04:00")
story("W2", "wire", "/article/faa-inspections-regional-jet-engines-fan-blade-3e9d51f0c8/",
      "FAA orders inspections of engines on 600 regional jets after cracked fan blade", "2025-09-09 11:05-04:00", ["Mark Delaney", "Susan Chu"], [
          "WASHINGTON (NPW) \u2014 The Federal Aviation Administration on Tuesday ordered airlines to inspect the engines on about 600 regional jets after a crack was found in a fan blade during a routine check in Minneapolis last month.",
          "The emergency directive covers a family of engines used on 70- to 90-seat jets that regional carriers fly for the major airlines. Operators have 30 days to carry out ultrasonic inspections of the blades on engines that have flown more than 15,000 cycles, a cycle being one takeoff and one landing.",
          "No accidents have been linked to the problem. A mechanic spotted the crack during a scheduled borescope inspection, and the engine maker said it had found no similar cracks in a review of engines returned for overhaul.",
          "\u201cWe are acting out of an abundance of caution,\u201d the agency said in a statement. It estimated that the inspections would take about six hours per engine and said most planes could be checked overnight without canceling flights.",
          "The Regional Airline Association said its members had already begun the work and did not expect disruptions. Still, smaller carriers with few spare engines could be forced to park aircraft if cracks turn up, said aviation analyst Greg Pruitt.",
          "The order is the third this year involving engine parts. The manufacturer said it was testing a redesigned blade that could be ready by late next year."],
      hub=("business", "Business"), upd="2025-09-09 13:20-04:00")
story("W3", "wire", "/article/egg-prices-fall-bird-flu-flocks-recover-cpi-a0b7f2d914/",
      "Egg prices fall for fourth month as flocks recover from bird flu", "2025-09-10 09:30-04:00", ["Tom Albrecht"], [
          "NEW YORK (NPW) \u2014 Egg prices fell for a fourth straight month in August as farms restocked flocks that had been wiped out by bird flu, giving shoppers some relief at the grocery store, the government said Wednesday.",
          "The average price of a dozen large Grade A eggs dropped to $3.12, down from a record of more than $6 in the spring, according to the Labor Department\u2019s monthly consumer price report. Wholesale prices have fallen even faster.",
          "Egg producers lost tens of millions of hens last winter as the virus spread through commercial barns. Rebuilding a flock takes months because young hens do not start laying until they are about five months old.",
          "\u201cSupply is catching up with demand for the first time in over a year,\u201d said Karen Whitmore, who tracks poultry markets at Iowa State University. She cautioned that prices could climb again if outbreaks return with the fall migration of wild birds.",
          "Overall grocery prices rose 0.2% in August from July. Beef and coffee kept getting more expensive, while fresh vegetables and dairy products were little changed."],
      hub=("business", "Business"), upd=None)
story("W4", "wire", "/article/later-school-start-times-teen-sleep-study-5f28c6e3d7/",
      "Later school start times give teens more sleep and better moods, study finds", "2025-09-05 14:00-04:00", ["Priya Natarajan"], [
          "CHICAGO (NPW) \u2014 High school students whose classes began at 8:30 a.m. or later slept about 40 minutes more on school nights and were less likely to report feeling sad or hopeless, according to a study published Friday.",
          "Researchers followed about 28,000 students in 14 districts in five states for three years; half of the districts pushed back their first bell during the study. The findings appear in the journal Pediatrics.",
          "Students in the districts that changed their schedules also had fewer tardies and slightly better attendance. Grades improved modestly, mostly in first-period classes, said the lead author, Dr. Hannah Lindqvist of Northwestern University.",
          "Later start times have been contentious in many communities because they complicate bus routes, after-school jobs and sports practices. California became the first state to require later high school start times in 2022.",
          "\u201cTeenagers are not lazy; their internal clocks shift later during puberty,\u201d Lindqvist said. \u201cWhen we ask them to be in class at 7:15, we are asking them to learn in the middle of their biological night.\u201d"],
      hub=("health", "Health"), upd=None)

# --- 2. The Harbour City Chronicle (regional daily, Halifax, en-CA, Atlantic time)
story("C1", "chron", "/news/local-news/halifax-ferry-late-night-sailings-alderney/",
      "Halifax ferry to add late-night sailings to Dartmouth this fall", "2025-09-09 06:00-03:00", ["Claire Boudreau"], [
          "Halifax Transit will add late-night ferry sailings between downtown Halifax and Alderney Landing starting in October, a change riders have been asking for since service hours were cut during the pandemic.",
          "The last boat will leave the Halifax terminal at 12:15 a.m. from Thursday to Saturday, about two hours later than it does now. Regional council approved the extra trips in its budget this spring at a cost of about $410,000 a year.",
          "Hospitality workers say the change will make a real difference for people who finish their shifts after bars and restaurants close. \u201cRight now a lot of us take a cab across the bridge or wait forty minutes for a bus,\u201d said Maddie Corkum, a server on Argyle Street.",
          "The municipality is also planning a fast ferry on a new route to Mill Cove in Bedford, which is scheduled to open in 2027. Transit officials said ridership on the Alderney route has returned to about 90 per cent of what it was in 2019."],
      sec=("local-news", "Local News"))
story("C2", "chron", "/business/nova-scotia-lobster-prices-slump-us-demand/",
      "Nova Scotia lobster prices slump as U.S. demand cools", "2025-09-10 21:45-03:00", ["Ian MacLeod"], [
          "Lobster fishers in southwestern Nova Scotia are bracing for a lean season after wharf prices fell below $7 a pound in the last weeks of the summer fishery, the lowest level in five years.",
          "Buyers blame weaker demand in the United States, which takes more than half of the province\u2019s lobster exports, and large inventories of frozen tails left over from last year. A stronger Canadian dollar has also made exports less competitive.",
          "\u201cFuel, bait and insurance all went up, and the price we get went down,\u201d said Yarmouth captain Trevor d\u2019Entremont, who has fished for thirty-two years. \u201cYou can\u2019t make that math work for long.\u201d",
          "The provincial fisheries department said it would meet with buyers and processors before the lucrative fall season opens on the last Monday of November. Some processors are trying to sell more live lobster to Asian markets, where prices have held up better.",
          "Lobster is Nova Scotia\u2019s most valuable seafood export, worth about $1.3 billion last year."],
      sec=("business", "Business"))
story("C3", "chron", "/news/local-news/dartmouth-family-practice-clinic-opens-waitlist/",
      "New Dartmouth clinic takes 6,000 patients off family doctor wait-list", "2025-09-12 16:20-03:00", ["Aisha Rahman", "Claire Boudreau"], [
          "A new collaborative family practice in Dartmouth will take on 6,000 patients from the province\u2019s Need a Family Practice registry, the health authority announced Friday, one of the largest single drops in the wait-list this year.",
          "The clinic on Portland Street will have five family physicians, three nurse practitioners, a pharmacist and a social worker. Patients will be contacted by phone over the next two months in the order they joined the registry.",
          "About 140,000 Nova Scotians are on the registry. The number has fallen by nearly a third since its peak in 2023, as the province recruited doctors from abroad and paid physicians to work in team practices.",
          "Dr. Neil Haverstock, one of the clinic\u2019s doctors, moved to Dartmouth from Ireland in the spring. He said working alongside nurse practitioners lets each doctor care for more patients without longer days.",
          "Patients do not need to do anything to be assigned, the health authority said, but they should keep their phone number up to date in the registry."],
      sec=("local-news", "Local News"))

# --- 3. The Riverina Examiner (regional daily, Wagga Wagga, en-AU, AEST)
story("A1", "exam", "/story/9071234/council-backs-inland-rail-freight-hub-plan/",
      "Wagga council backs plan for Bomen freight hub on inland rail", "2025-09-11 07:15+10:00", ["Liam Fitzgerald"], [
          "Wagga Wagga City Council has thrown its support behind a plan to build a freight hub at Bomen that would let trains on the inland rail line load and unload containers without travelling through the city.",
          "Councillors voted 8-1 on Wednesday night to rezone 120 hectares next to the existing industrial estate, clearing the way for a private operator to build sidings, a container yard and cold storage for meat and grain exporters.",
          "Mayor Dallas Tout said the hub could bring about 400 jobs to the region over ten years. \u201cIf we do not have somewhere for the trains to stop, the inland rail just becomes a line that runs past us,\u201d he said.",
          "The lone councillor to vote against the plan, Jenny McKinnon, said residents of Brucedale had not been told enough about noise and truck movements on Byrnes Road. The operator must still lodge a development application with the state government.",
          "Construction is not expected to start before 2027, when the section of the inland rail through the Riverina is due to be finished."],
      sec=("local-news", "Local News"))
story("A2", "exam", "/story/9073310/farmers-welcome-spring-rain-frost-risk/",
      "Riverina farmers welcome early spring rain but warn frost could still bite", "2025-09-12 16:30+10:00", ["Chloe Nguyen"], [
          "Up to 40 millimetres of rain across the Riverina this week has lifted the spirits of grain growers after a dry winter, but agronomists say the season still hangs on whether a late frost strikes crops as they flower.",
          "Canola paddocks around Lockhart and The Rock were showing signs of moisture stress before the rain arrived on Tuesday. Wheat crops sown in April are now heading into the most sensitive stage of the year.",
          "\u201cThis rain has bought us another three or four weeks,\u201d said Ganmain farmer Rob Hartwig, who has 1,800 hectares under crop. \u201cBut I have seen good crops lost to one cold night in October, so nobody is counting their tonnes yet.\u201d",
          "The Bureau of Meteorology\u2019s outlook gives the region a better than even chance of above-average rainfall in October, but also forecasts clear, cold nights in the coming fortnight."],
      sec=("rural", "Rural"))
story("A3", "exam", "/story/9064455/wagga-base-hospital-emergency-waits-worst/",
      "Wagga Base Hospital emergency waits among the longest in NSW", "2025-09-06 06:00+10:00", ["Liam Fitzgerald"], [
          "Patients arriving at the emergency department of Wagga Wagga Base Hospital waited longer to start treatment in the June quarter than at almost any other major hospital in New South Wales, new figures show.",
          "The Bureau of Health Information report found that only 52 per cent of emergency patients at Wagga Base started treatment on time, compared with 64 per cent across the state. Ambulances also waited longer to hand over patients.",
          "The Murrumbidgee Local Health District said the department saw a record 14,900 visits in the quarter, many from towns that have lost their own after-hours doctors. Two new emergency physicians are due to start in October.",
          "Nurses\u2019 union delegate Karen Stibbard said staff were exhausted. \u201cEvery shift we are short, and patients are waiting in corridors for beds upstairs,\u201d she said.",
          "The health district has opened an urgent care clinic on Edward Street that it hopes will take pressure off the emergency department for minor injuries and illnesses."],
      sec=("local-news", "Local News"))

# --- 4. The Watchpost (nonprofit investigative newsroom, Chicago, Central time)
story("N0", "watch", "/article/chicago-lead-service-line-replacement-behind-schedule/",
      "Chicago\u2019s lead pipe replacement is years behind schedule, records show", "2025-09-03 05:00-05:00", ["Marcus Hale"], [
          "Chicago has replaced fewer than 14,000 of its roughly 400,000 lead service lines since it promised to begin removing them in 2020, and at the current pace the work would take more than a century, according to city records obtained by The Watchpost.",
          "Federal rules adopted last year require most cities to replace all of their lead lines within ten years. Chicago, which has more lead lines than any other city in the country, has asked for an extension and has not said how it would pay for the work.",
          "The records show that the city\u2019s program has been slowed by a shortage of licensed plumbers, disputes with homeowners over restoring lawns and sidewalks, and a rule that sends every replacement through three separate permit offices.",
          "In Little Village and Back of the Yards, where many of the oldest lines are, residents say they were told years ago to expect crews that never came. \u201cWe filter everything, even the water for the dog,\u201d said Rosa Figueroa, a mother of three.",
          "A spokesperson for the Department of Water Management said the city would triple the number of replacements next year using federal infrastructure money and would publish a map of completed work."],
      topic=("environment", "Environment"))
story("N1", "watch", "/article/rural-hospitals-closing-labor-delivery-units/",
      "Rural hospitals are closing their maternity wards. Women are driving hours to give birth.", "2025-09-09 05:00-05:00", ["Carmen Reyes"], [
          "When Kayla Brunner went into labor in March, the hospital fifteen minutes from her home in western Illinois no longer delivered babies. She rode for an hour and forty minutes to Peoria, timing contractions in the back seat as her husband drove through sleet.",
          "More than a third of rural hospitals in the Midwest have stopped delivering babies since 2011, a Watchpost analysis of state licensing records found. In Illinois, Iowa and Missouri alone, 41 labor and delivery units have closed in that time.",
          "Hospital executives say the units lose money because they deliver too few babies to keep doctors, nurses and anesthesiologists on call around the clock, and because Medicaid, which pays for about half of rural births, reimburses less than private insurers.",
          "The closures have consequences. Research from the University of Minnesota has found that when rural hospitals stop delivering babies, more women give birth in emergency rooms or on the way to the hospital, and rates of preterm birth rise.",
          "Some states have tried to stem the losses. Illinois began paying rural hospitals a higher Medicaid rate for births last year, but the money has not reopened any units, and two more hospitals have announced plans to close theirs by the end of the year.",
          "Brunner\u2019s daughter was born healthy. \u201cI keep thinking about what would have happened if the roads had been worse,\u201d she said."],
      topic=("health", "Health"))
story("N2", "watch", "/article/illinois-prisons-release-dates-audit/",
      "Illinois prisons held people past their release dates, audit finds", "2025-09-11 05:00-05:00", ["Daniel Osei", "Marcus Hale"], [
          "The Illinois Department of Corrections kept at least 212 people in prison past the dates they should have been released over a two-year period, some of them for more than a month, according to a state audit released Thursday.",
          "The auditor general found that the department calculated sentences by hand in many cases and often failed to apply credits that prisoners had earned for completing classes and drug treatment. Records were sometimes kept on paper in different offices.",
          "The Watchpost first reported on the problem in February, when it found a man who had served 47 extra days at the Pontiac Correctional Center because a credit for a GED course was never entered.",
          "The department said in its response to the audit that it had hired additional records staff and that a new computer system would calculate release dates automatically by next summer.",
          "Advocates want the legislature to require that people held past their release dates be compensated. A bill to do so has been introduced in the state Senate but has not received a hearing."],
      topic=("justice", "Criminal Justice"))
story("N3", "watch", "/article/pfas-sewage-sludge-farms-midwest-lawsuits/",
      "Farmers say sewage sludge spread on their fields was laced with \u2018forever chemicals\u2019", "2025-09-12 05:00-05:00", ["Carmen Reyes"], [
          "For two decades, dairy farmer Glen Aschenbrenner spread treated sewage sludge from a nearby city on his fields in southern Wisconsin as cheap fertilizer. Last year, tests found PFAS, the so-called forever chemicals, in his well water and his cows\u2019 milk at levels that forced him to stop selling it.",
          "Aschenbrenner is one of at least 60 farmers in five Midwestern states who have sued cities, wastewater utilities and chemical makers over sludge contamination since 2023, according to a Watchpost review of court filings.",
          "The sludge came from treatment plants that receive wastewater from factories that used PFAS in coatings and firefighting foam. The chemicals do not break down, and they build up in soil, crops and animals.",
          "The Environmental Protection Agency released a draft risk assessment in January that found that sludge with even low levels of some PFAS could pose health risks to farm families, but it has not set limits. Michigan is the only state in the region that tests sludge before it is spread."],
      topic=("environment", "Environment"))

# --- 5. Northlight (magazine, London, en-GB, BST)
story("M1", "north", "/features/2025/09/lighthouse-keepers-who-never-left/",
      "The lighthouse keepers who never left", "2025-09-15 07:00+01:00", ["Eleanor Whitcombe"], [
          "The last keepers of Britain\u2019s lighthouses came ashore in 1998, when the light on North Foreland in Kent was automated and its crew handed over the keys. Many of the men who had spent their working lives on rocks and headlands simply stayed on the coast.",
          "On the Isle of Lewis I met Donald MacIver, who served on seven lights over twenty-six years and now lives in a cottage that looks across the Minch to the tower at Tiumpan Head. He still wakes at the hours when the watch used to change.",
          "Keeping a light was solitary work, but it was never lonely, he says. Three men shared every station, cooking in turn, winding the clockwork that turned the lens and writing up the weather every three hours for the shipping forecast.",
          "Automation saved money, and no one pretends that a bulb and a sensor are worse at warning ships than a man with a paraffin lamp. But the former keepers say something was lost: the people who knew a stretch of sea by heart and could tell a coastguard what it was doing.",
          "A few of them now volunteer as guides when the lighthouses open to visitors in summer. MacIver does not. \u201cI looked at that sea for long enough,\u201d he told me, and then went to the window to check on it."],
      sec=("features", "Features"), dek="Automation ended a way of life on Britain\u2019s coasts a generation ago. The men who kept the lights are still watching the sea.",
      issue="October 2025")
story("M2", "north", "/features/2025/09/why-europes-night-trains-are-back/",
      "Why Europe\u2019s night trains are back", "2025-09-16 07:00+01:00", ["James Achebe"], [
          "Ten years ago Europe\u2019s sleeper trains looked finished. Germany\u2019s national railway had sold off its last couchettes, and budget airlines could fly you from Brussels to Vienna for less than the price of a taxi to the airport.",
          "Today more than forty night routes cross the continent, from Amsterdam to Zurich and from Paris to Berlin. Austria\u2019s railway, which bought the German sleeper cars when nobody else wanted them, now runs the largest network and has ordered new trains with private pods.",
          "The revival owes something to climate worries, which have made some travellers wary of short flights, and a lot to governments that now subsidise routes they once let die. France reopened its Paris to Nice sleeper in 2021 after a six-year gap.",
          "The business is still fragile. Sleepers carry few passengers for the space they take up, track access charges are high, and one private operator cancelled its Brussels service this spring after only two years. But on a Friday night in Vienna, the platform for the train to Hamburg was full."],
      sec=("features", "Features"), dek="A decade after they nearly vanished, sleeper services are multiplying across the continent. Can they last?",
      issue="October 2025")
story("M3", "north", "/society/2025/09/quiet-crisis-britains-village-pubs/",
      "The quiet crisis in Britain\u2019s village pubs", "2025-09-17 12:00+01:00", ["Fiona Llewellyn"], [
          "Britain loses about fifty pubs a month, and the ones that disappear are increasingly in villages where they were the last place left for people to meet. Energy bills, higher wages and a rise in business rates have all landed at once.",
          "In the Shropshire village of Clunton, the Crown closed last winter after its landlord\u2019s electricity bill tripled. The post office went in 2012 and the shop in 2019. \u201cNow there is nowhere,\u201d said Margaret Price, who has lived there for fifty years. \u201cYou could go a week without speaking to anyone.\u201d",
          "Some villages have bought their pubs. There are now more than 200 community-owned pubs in England, each funded by shares sold to residents, and almost all of them are still open, according to the Plunkett Foundation, which helps communities set them up.",
          "But a share offer can take a year to organise, and many pubs are sold for housing before residents have a chance. Planning rules are supposed to protect pubs listed as assets of community value, but campaigners say councils rarely enforce them.",
          "In Clunton, residents have raised \u00a3180,000 of the \u00a3450,000 they need. The brewery that owns the Crown has agreed to wait until the spring."],
      sec=("society", "Society"), dek="As villages lose their last pub, some residents are buying them back.",
      issue=None)

# --- 6. Oberland-Zeitung (regional paper, Munich, de-DE, CEST)
story("G1", "obz", "/muenchen/stadtrat-tram-englischer-garten-art-1071234.html",
      "Stadtrat beschließt Tram durch den Englischen Garten", "2025-09-10 18:45+02:00", ["Katharina Vogl"], [
          "Nach mehr als zwanzig Jahren Streit ist die Entscheidung gefallen: Der Münchner Stadtrat hat am Mittwoch mit großer Mehrheit beschlossen, die Tram-Nordtangente durch den Englischen Garten zu bauen. Die Straßenbahn soll künftig Schwabing und Bogenhausen direkt verbinden.",
          "Die Strecke führt auf rund 800 Metern durch den Park, und zwar über die bestehende Straße am Kleinhesseloher See. Oberleitungen soll es dort nicht geben; die Bahnen fahren auf diesem Abschnitt mit Batterien. Die Kosten schätzt die Stadt auf 95 Millionen Euro.",
          "Die Schlösser- und Seenverwaltung, der der Park gehört, hatte sich lange gegen das Projekt gewehrt. Sie stimmte erst zu, nachdem die Stadt zugesagt hatte, den Autoverkehr auf der Parkstraße zu beenden. \u201eFür den Park ist das am Ende ein Gewinn\u201c, sagte Stadtbaurätin Elisabeth Merk.",
          "Kritik kam von der CSU-Fraktion, die einen Bus mit Elektroantrieb für ausreichend hält. Die Bauarbeiten sollen frühestens 2027 beginnen; zuvor ist ein Planfeststellungsverfahren nötig."],
      res=("muenchen", "München"))
story("G2", "obz", "/muenchen/wiesn-bierpreis-mass-ueber-15-euro-art-1071402.html",
      "Wiesn-Bier kostet erstmals mehr als 15 Euro", "2025-09-11 06:30+02:00", ["Stefan Meier"], [
          "Wer auf dem Oktoberfest eine Maß trinken will, muss in diesem Jahr tiefer in die Tasche greifen: In mehreren großen Festzelten kostet der Liter Bier erstmals mehr als 15 Euro, wie aus der am Donnerstag veröffentlichten Preisliste der Stadt hervorgeht.",
          "Im Schnitt steigt der Bierpreis um 3,8 Prozent auf 15,20 Euro. Am teuersten ist die Maß mit 15,80 Euro in einem der Zelte an der Wirtsbudenstraße, am günstigsten bleibt sie mit 14,50 Euro im Familienbereich.",
          "Die Wirte begründen die Erhöhung mit höheren Löhnen, teurerer Energie und gestiegenen Kosten für Sicherheit. Der Wirtschaftsreferent der Stadt rief sie dennoch zur Zurückhaltung auf. Das Oktoberfest dürfe kein Fest nur für Besserverdienende werden.",
          "Unverändert bleibt der Preis für alkoholfreie Getränke: Wie schon im Vorjahr müssen die Wirte in jedem Zelt ein günstiges Getränk anbieten, das billiger ist als das Bier."],
      res=("muenchen", "München"))
story("G3", "obz", "/bayern/oberland-almbauern-wolf-risse-art-1071655.html",
      "Almbauern im Oberland fürchten um ihre Herden", "2025-09-12 14:00+02:00", ["Katharina Vogl", "Andreas Huber"], [
          "Auf den Almen zwischen Tegernsee und Karwendel ist der Wolf zurück, und mit ihm die Angst vieler Bauern. Seit Juni wurden im Landkreis Miesbach nach Angaben des Landesamts für Umwelt mindestens 23 Schafe und zwei Kälber gerissen.",
          "Zäune, die vor Wölfen schützen, lassen sich im steilen Gelände kaum bauen, sagen die Almbauern. Hirtenhunde kosten Geld und müssen ausgebildet werden. \u201eWenn das so weitergeht, treiben im nächsten Jahr viele ihr Vieh gar nicht mehr auf\u201c, sagt Josef Gschwendtner, der seit vierzig Jahren eine Alm am Wallberg bewirtschaftet.",
          "Naturschützer halten dagegen, dass der Wolf in Europa streng geschützt ist und nur einzelne Tiere entnommen werden dürfen, wenn andere Schutzmaßnahmen nicht helfen. Sie fordern mehr Geld für Herdenschutz und Behirtung.",
          "Die Staatsregierung will den Abschuss erleichtern. Ein Wolf, der mehrfach Weidetiere reißt, soll künftig schneller getötet werden dürfen. Ob das vor Gericht hält, ist offen."],
      res=("bayern", "Bayern"))
GT_NOTE = ("Dieser Text erschien zuerst am 12. September auf Englisch bei The Watchpost, einer gemeinnützigen Recherche-Redaktion in Chicago. "
           "Aus dem Englischen von Andreas Huber.")
story("GT", "obz", "/wissen/pfas-klaerschlamm-farmer-usa-klagen-art-1071890.html",
      "Gift vom Acker: US-Farmer klagen wegen PFAS im Klärschlamm", "2025-09-14 08:00+02:00", ["Carmen Reyes"], [
          "Zwanzig Jahre lang hat der Milchbauer Glen Aschenbrenner im Süden Wisconsins behandelten Klärschlamm aus einer nahen Stadt als billigen Dünger auf seine Felder gebracht. Im vergangenen Jahr fanden Tests PFAS, die sogenannten Ewigkeitschemikalien, in seinem Brunnenwasser und in der Milch seiner Kühe \u2013 in Mengen, die ihn zwangen, den Verkauf einzustellen.",
          "Aschenbrenner ist einer von mindestens 60 Landwirten in fünf Bundesstaaten des Mittleren Westens, die seit 2023 Städte, Klärwerksbetreiber und Chemiekonzerne wegen verseuchten Klärschlamms verklagt haben. Das ergab eine Auswertung von Gerichtsakten durch The Watchpost.",
          "Der Schlamm stammt aus Kläranlagen, die Abwasser von Fabriken aufnehmen, in denen PFAS für Beschichtungen und Löschschaum verwendet wurden. Die Chemikalien werden nicht abgebaut und reichern sich im Boden, in Pflanzen und in Tieren an.",
          "Die Umweltbehörde EPA legte im Januar den Entwurf einer Risikobewertung vor. Danach kann schon Klärschlamm mit geringen Mengen einzelner PFAS die Gesundheit von Bauernfamilien gefährden. Grenzwerte gibt es bislang nicht. Michigan ist der einzige Bundesstaat der Region, der Klärschlamm vor dem Ausbringen prüft."],
      res=("wissen", "Wissen"), src="N3")

# --- 7. The Fairview Gazette (member paper of the wire, Colorado, Mountain time): its own stories
story("F1", "gaz", "/news/local/2025/09/09/fairview-council-approves-cottonwood-skate-park/",
      "Fairview council approves skate park at Cottonwood Park", "2025-09-09 16:00-06:00", ["Jenna Whitlock"], [
          "After three years of petitions and bake sales by local teenagers, the Fairview City Council voted 6-1 on Monday night to build a 12,000-square-foot concrete skate park in the northeast corner of Cottonwood Park.",
          "The $780,000 project will be paid for with a state outdoor recreation grant, city parks money and $46,000 raised by the Fairview Skate Coalition, a group started by students at Fairview High School.",
          "Neighbors along Juniper Street had asked the council to put the park somewhere else, citing noise. The council agreed to a landscaped berm on that side and to close the park at 9 p.m.",
          "Construction is expected to start in the spring and take about five months. The coalition will help choose the design at public meetings this winter."])
story("F2", "gaz", "/sports/2025/09/11/fairview-cross-country-coach-retires-31-seasons/",
      "Fairview High cross-country coach retires after 31 seasons", "2025-09-11 07:30-06:00", ["Robert Vigil"], [
          "Dale Mortensen has coached more than 900 runners at Fairview High School, won four state titles and, by his own count, worn out eleven pairs of running shoes chasing his teams up Sawtooth Hill. On Wednesday he said this season will be his last.",
          "Mortensen, 63, took over the program in 1995, when the team had seven runners and no uniforms. This fall, 84 students came out for the team, the largest roster in the school\u2019s history.",
          "\u201cI never cared much about the trophies,\u201d Mortensen said. \u201cWhat I remember are the kids who could not run a mile in August and finished a 5K in October.\u201d",
          "The school district plans to name the cross-country course at Miller Ranch Open Space after him at the final home meet on Oct. 4."])

# --- 10. KFVR 9 (local TV, Fairview, Mountain time): its own story
story("K1", "tv", "/2025/09/10/crews-contain-grass-fire-near-alder-county-landfill/",
      "Crews contain grass fire near Alder County landfill", "2025-09-10 22:10-06:00", ["Josh Tate"], [
          "Firefighters contained a grass fire that burned about 60 acres near the Alder County landfill Wednesday evening, and no homes were threatened, officials said.",
          "The fire was reported around 6:30 p.m. along County Road 14, and gusty winds pushed it east toward the landfill\u2019s south fence. Crews from Fairview Fire Rescue and two volunteer departments kept it out of the landfill itself.",
          "County Road 14 was closed between Highway 52 and Ridge Road for about three hours. Alder County Sheriff\u2019s Office spokesperson Tanya Ruiz said the cause was under investigation.",
          "Fire officials urged residents to avoid mowing or using equipment that can throw sparks on dry, windy days. Alder County remains under Stage 1 fire restrictions."])

# --- 8. Europa Digest (translations it publishes: its own articles)
story("Efr", "euro", "/fr/munich-un-tramway-a-travers-l-englischer-garten/",
      "Munich : un tramway va traverser l\u2019Englischer Garten", "2025-09-12 10:00+02:00", ["Katharina Vogl"], [
          "Après plus de vingt ans de dispute, la décision est tombée : le conseil municipal de Munich a voté mercredi à une large majorité la construction de la ligne de tramway Nordtangente à travers l\u2019Englischer Garten. Le tram reliera directement les quartiers de Schwabing et de Bogenhausen.",
          "Le tracé traverse le parc sur environ 800 mètres, en empruntant la route qui longe déjà le lac de Kleinhesselohe. Il n\u2019y aura pas de caténaire : sur ce tronçon, les rames rouleront sur batteries. La ville estime le coût à 95 millions d\u2019euros.",
          "L\u2019administration des châteaux et des lacs de Bavière, propriétaire du parc, s\u2019était longtemps opposée au projet. Elle ne l\u2019a accepté qu\u2019après que la ville a promis de fermer la route du parc aux voitures. \u00ab Au bout du compte, le parc y gagne \u00bb, a déclaré l\u2019urbaniste en chef Elisabeth Merk.",
          "Les conservateurs de la CSU, eux, estiment qu\u2019un bus électrique aurait suffi. Les travaux ne devraient pas commencer avant 2027, après une procédure d\u2019autorisation."],
      src="G1", lang="fr", translator="Claire Martin")
story("Ees", "euro", "/es/los-fareros-que-nunca-se-fueron/",
      "Los fareros que nunca se fueron", "2025-09-18 09:00+02:00", ["Eleanor Whitcombe"], [
          "Los últimos fareros de Gran Bretaña bajaron a tierra en 1998, cuando se automatizó el faro de North Foreland, en Kent, y su tripulación entregó las llaves. Muchos de aquellos hombres, que habían pasado su vida laboral en rocas y cabos, simplemente se quedaron en la costa.",
          "En la isla de Lewis conocí a Donald MacIver, que sirvió en siete faros durante veintiséis años y hoy vive en una casa desde la que se ve, al otro lado del Minch, la torre de Tiumpan Head. Todavía se despierta a las horas en que antes se cambiaba la guardia.",
          "Cuidar un faro era un trabajo solitario, pero nunca se sentía solo, dice. En cada estación vivían tres hombres que cocinaban por turnos, daban cuerda al mecanismo que hacía girar la lente y anotaban el tiempo cada tres horas para el parte marítimo.",
          "La automatización ahorró dinero, y nadie sostiene que una bombilla y un sensor avisen peor a los barcos que un hombre con una lámpara de parafina. Pero los antiguos fareros dicen que algo se perdió: gente que conocía de memoria un tramo de mar y podía contarle a los guardacostas lo que estaba haciendo.",
          "Algunos trabajan ahora como guías voluntarios cuando los faros abren al público en verano. MacIver no. \u00abYa miré ese mar bastante tiempo\u00bb, me dijo, y luego se acercó a la ventana para echarle un vistazo."],
      src="M1", lang="es", translator="Lucía Ortega")
story("Eit", "euro", "/it/perche-in-europa-tornano-i-treni-notturni/",
      "Perché in Europa tornano i treni notturni", "2025-09-19 09:00+02:00", ["James Achebe"], [
          "Dieci anni fa i treni notturni europei sembravano spacciati. Le ferrovie tedesche avevano venduto le ultime cuccette e le compagnie low cost portavano da Bruxelles a Vienna per meno di un taxi fino all\u2019aeroporto.",
          "Oggi più di quaranta collegamenti notturni attraversano il continente, da Amsterdam a Zurigo e da Parigi a Berlino. Le ferrovie austriache, che comprarono le carrozze letto tedesche quando nessuno le voleva, gestiscono ora la rete più grande e hanno ordinato nuovi treni con cabine individuali.",
          "La rinascita deve qualcosa alle preoccupazioni per il clima, che hanno reso alcuni viaggiatori diffidenti verso i voli brevi, e molto ai governi che oggi sovvenzionano linee che un tempo avevano lasciato morire. La Francia ha riaperto il notturno Parigi-Nizza nel 2021, dopo sei anni di interruzione.",
          "Il settore resta fragile. I treni letto trasportano pochi passeggeri per lo spazio che occupano, i pedaggi per l\u2019uso dei binari sono alti e un operatore privato ha cancellato questa primavera il servizio da Bruxelles dopo appena due anni. Ma un venerdì sera a Vienna il binario del treno per Amburgo era pieno."],
      src="M2", lang="it", translator="Marco Bellini")
story("Ept", "euro", "/pt/criadores-dos-alpes-bavaros-temem-pelos-rebanhos/",
      "Criadores dos Alpes bávaros temem pelos seus rebanhos", "2025-09-16 09:00+02:00", ["Katharina Vogl", "Andreas Huber"], [
          "Nas pastagens de montanha entre o lago Tegernsee e o maciço do Karwendel, o lobo está de volta, e com ele o medo de muitos criadores. Desde junho, segundo a agência de ambiente da Baviera, pelo menos 23 ovelhas e dois vitelos foram mortos no distrito de Miesbach.",
          "Em terreno tão íngreme, quase não é possível construir cercas que travem os lobos, dizem os criadores. Os cães pastores custam dinheiro e precisam de ser treinados. \u201cSe isto continuar assim, no próximo ano muitos nem sequer vão levar o gado para a montanha\u201d, diz Josef Gschwendtner, que há quarenta anos explora uma pastagem no Wallberg.",
          "Os ambientalistas lembram que o lobo é uma espécie estritamente protegida na Europa e que só podem ser abatidos animais isolados quando outras medidas de proteção falham. Pedem mais dinheiro para a proteção dos rebanhos e para pastores.",
          "O governo bávaro quer facilitar o abate: um lobo que ataque repetidamente animais de pasto poderá ser morto mais depressa. Se isso resistirá nos tribunais, está por saber."],
      src="G3", lang="pt", translator="Rita Carvalho")

# ---------------------------------------------------------------- truth for every story a site publishes as its own
for s in ST.values():
    truth["articles"].append(dict(url=s.url, title=s.title, date=s.date, authors=s.authors, must=[s.ps[0], s.ps[-1]]))


def doc(lang, title, head, body, cls=""):
    return '<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s</head><body%s>%s</body></html>' % (
        lang, E(title), head, (' class="%s"' % cls) if cls else "", body)


def ld_article(s, name, title=None, authors=None, published=None, modified=None, url=None, typ="NewsArticle", lang=None):
    o = {"@context": "https://schema.org", "@type": typ, "headline": title or s.title, "datePublished": published or s.t.isoformat(),
         "author": [{"@type": "Person", "name": a} for a in (s.authors if authors is None else authors)] if not isinstance(authors, dict) else authors,
         "publisher": {"@type": "Organization", "name": name}}
    if modified:
        o["dateModified"] = modified
    if url:
        o["mainEntityOfPage"] = url
    if lang:
        o["inLanguage"] = lang
    return jl(o)


def og(title, url=None, typ="article", site=None, desc=None):
    h = '<meta property="og:type" content="%s"><meta property="og:title" content="%s">' % (typ, E(title))
    if url:
        h += '<meta property="og:url" content="%s">' % E(url)
    if site:
        h += '<meta property="og:site_name" content="%s">' % E(site)
    if desc:
        h += '<meta name="description" content="%s"><meta property="og:description" content="%s">' % (E(desc), E(desc))
    return h


def canon(u):
    return '<link rel="canonical" href="%s">' % E(u)


def interleave(paras, extras, cls=""):
    """paras with extras[i] (raw HTML) after the i-th paragraph."""
    out = ""
    for i, p in enumerate(paras):
        out += ps([p], cls)
        if i in extras:
            out += extras[i]
    return out


# ====================================================================== 1. National Press Wire
def wire():
    s_ = SITES["wire"]
    name = "National Press Wire"
    own = [ST[k] for k in ("W1", "W2", "W3", "W4")]
    nav = '<nav class="nav"><a href="/hub/politics/">Politics</a> <a href="/hub/business/">Business</a> <a href="/archive/">Latest</a> <a href="/about/">About NPW</a></nav>'

    def shell(title, body, head="", cls=""):
        return doc("en-US", title, head + '<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="NPW Top News">',
                   '<header class="site-header"><a class="logo" href="/">%s</a>%s</header><main id="main">%s</main>'
                   '<footer class="site-footer"><p>&copy; %d National Press Wire. All rights reserved.</p><a href="/about/">About</a> &middot; <a href="/about/">Terms of use</a></footer>' % (E(name), nav, body, YEAR), cls)

    def when(t):
        return "%s %d, %d %s %s" % (MON[t.month - 1], t.day, t.year, h12(t), "EDT")

    def byline(s):
        return " and ".join('<a class="author-link" href="/author/%s/">%s</a>' % (slug(a), E(a)) for a in s.authors)

    for s in own:
        upd = T(s.upd) if s.upd else None
        head = canon(s.url) + '<link rel="amphtml" href="%samp/">' % s.url + og(s.title, s.url, site=name, desc=s.ps[0][:160]) + \
            '<meta property="article:published_time" content="%s">' % z(s.t) + ld_article(s, name, published=z(s.t), modified=z(upd or s.t), url=s.url)
        rel = "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in own[:3] if o is not s)
        body = ('<article class="story"><div class="kicker"><a href="/hub/%s/">%s</a></div><h1 class="story-headline">%s</h1>'
                '<div class="byline">By %s</div><div class="timestamps"><time class="published" datetime="%s">%s</time>%s</div>'
                '<div class="story-body">%s</div><p class="copyright">Copyright %d National Press Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>'
                '</article><aside class="more-stories"><h2>More from NPW</h2><ul>%s</ul></aside>') % (
            s.hub[0], E(s.hub[1]), E(s.title), byline(s), z(s.t), when(s.t),
            (' <span class="updated">Updated <time datetime="%s">%s</time></span>' % (z(upd), when(upd))) if upd else "", ps(s.ps), YEAR, rel)
        s_.put(s.path, shell("%s | National Press Wire" % s.title, body, head, "story-page"))
        # the AMP version of the story, linked only from <head> (rel=amphtml, and one
        # member copy's canonical): served but not recorded, since a crawler need not
        # fetch it; stored as a story of its own it shows as a stored non-article
        amp = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s | National Press Wire</title>%s'
               '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><style amp-boilerplate>body{visibility:hidden}</style>'
               '<script async src="https://cdn.ampproject.org/v0.js"></script>%s</head><body><header class="amp-header"><a href="/">%s</a></header>'
               '<article><h1>%s</h1><p class="amp-byline">By %s</p><p class="amp-date"><time datetime="%s">%s</time></p>%s</article>'
               '<footer><a href="%s">View the full site</a></footer></body></html>') % (
            E(s.title), canon(s.url), ld_article(s, name, published=z(s.t), url=s.url), E(name), E(s.title), E(" and ".join(s.authors)), z(s.t), when(s.t), ps(s.ps), s.path)
        s_.put(s.path + "amp/", amp)

    def lst(items):
        return '<ul class="story-list">%s</ul>' % "".join(
            '<li><a class="headline" href="%s">%s</a> <time datetime="%s">%s</time></li>' % (o.path, E(o.title), z(o.t), when(o.t)) for o in items)
    latest = sorted(own[:3], key=lambda o: o.t, reverse=True)
    s_.non("/", shell("National Press Wire | Breaking news and top stories", '<section class="top-stories"><h1>Top stories</h1>%s</section><p><a href="/archive/">More news</a></p>' % lst(latest)))
    s_.non("/archive/", shell("Latest news | National Press Wire", '<h1>Latest news</h1>%s<nav class="pager"><a rel="next" href="/archive/page/2/">Older stories</a></nav>' % lst(latest)))
    s_.non("/archive/page/2/", shell("Latest news - page 2 | National Press Wire", '<h1>Latest news</h1>%s<nav class="pager"><a rel="prev" href="/archive/">Newer stories</a></nav>' % lst([ST["W4"]])))
    for hub, label in (("politics", "Politics"), ("business", "Business"), ("health", "Health")):
        s_.non("/hub/%s/" % hub, shell("%s | National Press Wire" % label, "<h1>%s</h1>%s" % (label, lst([o for o in latest + [ST["W4"]] if o.hub[0] == hub]))))
    for a in sorted({a for o in own for a in o.authors}):
        s_.non("/author/%s/" % slug(a), shell("%s | National Press Wire" % a, '<div class="author-bio"><h1>%s</h1><p>%s is a reporter for National Press Wire.</p></div>%s' % (
            E(a), E(a), lst([o for o in own if a in o.authors]))))
    s_.non("/about/", shell("About NPW | National Press Wire", "<h1>About National Press Wire</h1><p>National Press Wire is a news cooperative owned by its member newspapers and broadcasters, which may publish its stories under their own headlines.</p>"))
    s_.rss("/rss.xml", "NPW Top News", [(o.path, o.title, o.t.strftime("%a, %d %b %Y %H:%M:%S %z")) for o in latest])


# ====================================================================== 2. The Harbour City Chronicle
def chron():
    s_ = SITES["chron"]
    name = "The Harbour City Chronicle"
    own = [ST[k] for k in ("C1", "C2", "C3")]

    def shell(title, body, head="", cls="home"):
        return doc("en-CA", title, head, '<header class="site-header"><a class="logo" href="/">%s</a><nav><a href="/category/news/local-news/">Local News</a> '
                   '<a href="/category/business/">Business</a> <a href="/about-us/">About Us</a></nav></header><div id="content" class="site-content">%s</div>'
                   '<footer class="site-footer"><p>&copy; %d The Harbour City Chronicle, a division of Atlantic News Media. All rights reserved.</p></footer>' % (E(name), body, YEAR), cls)

    def when(t):
        return "%s %02d, %d" % (MON[t.month - 1][:3], t.day, t.year)

    for s in own:
        head = canon(s.url) + og(s.title, s.url, site=name, desc=s.ps[0][:150]) + '<meta property="article:published_time" content="%s">' % s.t.isoformat() + \
            ld_article(s, name, url=s.url)
        label = "Authors of the article:" if len(s.authors) > 1 else "Author of the article:"
        by = " and ".join('<a class="published-by__author" href="/author/%s/">%s</a>' % (slug(a), E(a)) for a in s.authors)
        mins = max(2, sum(len(p.split()) for p in s.ps) // 200 + 1)
        sub = '<div class="newsletter-signup"><p>Sign up to receive daily headline news from The Harbour City Chronicle.</p><a href="/about-us/">Sign up</a></div>'
        body = ('<article class="article-content"><header class="article-header"><a class="article-header__category" href="/category/%s/">%s</a>'
                '<h1 class="article-title" id="articleTitle">%s</h1><div class="article-header__detail"><span class="published-by__label">%s</span> %s</div>'
                '<div class="published-date"><span class="published-date__since">Published <time datetime="%s">%s</time></span> &bull; <span class="article-header__time-to-read">%d minute read</span></div></header>'
                '<section class="article-content__content-group">%s</section></article>') % (
            "news/local-news" if s.sec[0] == "local-news" else s.sec[0], E(s.sec[1]), E(s.title), label, by, s.t.isoformat(), when(s.t), mins,
            interleave(s.ps, {1: sub}))
        s_.put(s.path, shell("%s | The Harbour City Chronicle" % s.title, body, head, "single-article"))

    def lst(items):
        return "".join('<div class="article-card"><h3 class="article-card__headline"><a href="%s">%s</a></h3><span class="article-card__time">%s</span></div>' % (
            o.path, E(o.title), when(o.t)) for o in items)
    s_.non("/", shell("The Harbour City Chronicle | Halifax news, sports and weather", "<h2>Top Stories</h2>" + lst(own[::-1])))
    s_.non("/category/news/local-news/", shell("Local News | The Harbour City Chronicle", "<h1>Local News</h1>" + lst([ST["C3"], ST["C1"]])))
    s_.non("/category/business/", shell("Business | The Harbour City Chronicle", "<h1>Business</h1>" + lst([ST["C2"]])))
    for a in ("Claire Boudreau", "Ian MacLeod", "Aisha Rahman"):
        s_.non("/author/%s/" % slug(a), shell("%s | The Harbour City Chronicle" % a, "<h1>%s</h1><p>Reporter</p>%s" % (E(a), lst([o for o in own if a in o.authors]))))
    s_.non("/about-us/", shell("About Us | The Harbour City Chronicle", "<h1>About Us</h1><p>The Harbour City Chronicle has covered Halifax and Dartmouth since 1874.</p>"))


# ====================================================================== 3. The Riverina Examiner
def exam():
    s_ = SITES["exam"]
    name = "The Riverina Examiner"
    own = [ST[k] for k in ("A1", "A2", "A3")]
    pid = {"Liam Fitzgerald": 11204, "Chloe Nguyen": 11873}

    def shell(title, body, head=""):
        return doc("en-AU", title, head, '<div id="page"><header><a class="masthead" href="/">%s</a><nav><a href="/news/local-news/">Local News</a> <a href="/news/rural/">Rural</a> '
                   '<a href="/about-us/">About Us</a></nav></header><main>%s</main><footer><p>&copy; %d Australian Regional Media. All rights reserved.</p></footer></div>' % (E(name), body, YEAR))

    def when(t):
        return "%s %d %d - %d:%02d%s" % (MON[t.month - 1], t.day, t.year, (t.hour % 12) or 12, t.minute, "am" if t.hour < 12 else "pm")

    for s in own:
        head = canon(s.url) + og(s.title, s.url, site=name, desc=s.ps[0][:150]) + ld_article(s, name, url=s.url)
        a = s.authors[0]
        ad = '<div class="ad-slot" data-ad="mrec">Advertisement</div>'
        body = ('<article><nav class="breadcrumb"><a href="/news/%s/">%s</a></nav><h1 class="headline">%s</h1><div class="byline"><span>By</span> <a href="/profile/%d/%s/">%s</a></div>'
                '<div class="timestamp"><time datetime="%s">%s</time></div><div id="story-body">%s</div></article>') % (
            s.sec[0], E(s.sec[1]), E(s.title), pid[a], slug(a), E(a), s.t.isoformat(), when(s.t), interleave(s.ps, {1: ad}))
        s_.put(s.path, shell("%s | The Riverina Examiner | Wagga Wagga, NSW" % s.title, body, head))

    def lst(items):
        return "".join('<div class="story-block"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (o.path, E(o.title), E(o.ps[0][:120] + "\u2026")) for o in items)
    s_.non("/", shell("The Riverina Examiner | Wagga Wagga, NSW", "<h2>Latest news</h2>" + lst([ST["A2"], ST["A1"]])))
    s_.non("/news/local-news/", shell("Local News | The Riverina Examiner", "<h1>Local News</h1>" + lst([ST["A1"]]) + '<a class="next" href="/news/local-news/page/2/">Load more stories</a>'))
    s_.non("/news/local-news/page/2/", shell("Local News - Page 2 | The Riverina Examiner", "<h1>Local News</h1>" + lst([ST["A3"]])))
    s_.non("/news/rural/", shell("Rural | The Riverina Examiner", "<h1>Rural</h1>" + lst([ST["A2"]])))
    for a, n in pid.items():
        s_.non("/profile/%d/%s/" % (n, slug(a)), shell("%s | The Riverina Examiner" % a, "<h1>%s</h1><p>Journalist</p>%s" % (E(a), lst([o for o in own[:2] if a in o.authors]))))
    s_.non("/about-us/", shell("About Us | The Riverina Examiner", "<h1>About Us</h1><p>The Riverina Examiner has been published in Wagga Wagga since 1911.</p>"))
    # a Google News sitemap: only the last two days' stories
    s_.sitemap([ST["A2"].path, ST["A1"].path])


# ====================================================================== 4. The Watchpost
def watch():
    s_ = SITES["watch"]
    name = "The Watchpost"
    own = [ST[k] for k in ("N0", "N1", "N2", "N3")]

    def shell(title, body, head=""):
        return doc("en-US", title, head, '<header class="site-header"><a class="logo" href="/">%s</a><nav><a href="/topics/health/">Health</a> <a href="/topics/environment/">Environment</a> '
                   '<a href="/topics/justice/">Criminal Justice</a> <a href="/about/">About</a> <a class="donate" href="/about/">Donate</a></nav></header><main>%s</main>'
                   '<footer><p>The Watchpost is an independent, nonprofit newsroom in Chicago.</p><a href="/republish/">Republishing guidelines</a></footer>' % (E(name), body))

    def when(t):
        hh = "%d a.m." % t.hour if t.hour < 12 and t.minute == 0 else h12(t, dots=True)
        return "%s %d, %d, %s CDT" % (MON_AP[t.month - 1], t.day, t.year, hh)

    promo = '<aside class="promo"><p>The Watchpost is a nonprofit newsroom. Sign up for our newsletter to get our investigations as soon as they publish.</p></aside>'
    for s in own:
        head = canon(s.url) + og(s.title, s.url, site=name, desc=s.ps[0][:160]) + ld_article(s, name, url=s.url, modified=(s.t + datetime.timedelta(hours=6)).isoformat())
        by = " and ".join('<a href="/people/%s/">%s</a>' % (slug(a), E(a)) for a in s.authors)
        body = ('<article class="story"><header><p class="topic"><a href="/topics/%s/">%s</a></p><h1 class="hed">%s</h1>'
                '<p class="byline">by %s</p><p class="timestamp"><time datetime="%s">%s</time></p><p class="republish"><a href="/republish/">Republish this story</a></p></header>'
                '<div class="article-body">%s</div><div class="tip-box"><h3>Do you have information we should know?</h3><p>Contact our reporters securely.</p></div></article>') % (
            s.topic[0], E(s.topic[1]), E(s.title), by, s.t.isoformat(), when(s.t), interleave(s.ps, {2: promo}))
        s_.put(s.path, shell("%s \u2014 The Watchpost" % s.title, body, head))

    def lst(items):
        return "".join('<div class="story-card"><h2><a href="%s">%s</a></h2><p class="byline">by %s</p></div>' % (o.path, E(o.title), E(" and ".join(o.authors))) for o in items)
    recent = [ST["N3"], ST["N2"], ST["N1"]]  # the September 3 story has dropped off every list
    s_.non("/", shell("The Watchpost \u2014 Investigative journalism in the public interest", "<h1>Latest</h1>" + lst(recent)))
    for tp, label in (("health", "Health"), ("environment", "Environment"), ("justice", "Criminal Justice")):
        s_.non("/topics/%s/" % tp, shell("%s \u2014 The Watchpost" % label, "<h1>%s</h1>%s" % (label, lst([o for o in recent if o.topic[0] == tp]))))
    for a in ("Carmen Reyes", "Daniel Osei", "Marcus Hale"):
        s_.non("/people/%s/" % slug(a), shell("%s \u2014 The Watchpost" % a, "<h1>%s</h1><p>Reporter, The Watchpost</p>%s" % (E(a), lst([o for o in recent if a in o.authors]))))
    s_.non("/about/", shell("About \u2014 The Watchpost", "<h1>About us</h1><p>The Watchpost investigates abuses of power in the Midwest. We are funded by readers and foundations.</p>"))
    s_.non("/republish/", shell("Republish our stories \u2014 The Watchpost", "<h1>Republish our stories</h1><p>You may republish our stories for free under a Creative Commons license. Credit The Watchpost and link to the original story. Do not edit our stories except to reflect changes in time and location.</p>"))


# ====================================================================== 5. Northlight
def north():
    s_ = SITES["north"]
    name = "Northlight"
    own = [ST[k] for k in ("M1", "M2", "M3")]

    def shell(title, body, head=""):
        return doc("en-GB", title, head, '<header class="masthead"><a class="logo" href="/">NORTHLIGHT</a><nav><a href="/features/">Features</a> <a href="/society/">Society</a> '
                   '<a href="/issues/october-2025/">The magazine</a> <a href="/about/">About</a> <a href="/about/">Subscribe</a></nav></header><main>%s</main>'
                   '<footer><p>&copy; Northlight Media Ltd %d</p></footer>' % (body, YEAR))

    for s in own:
        wid = slug(s.authors[0])
        if s.key == "M1":  # the date only in JSON-LD: the page shows the issue
            head = canon(s.url) + og(s.title, s.url, site=name, desc=s.dek) + ld_article(s, name, url=s.url)
            dl = '<p class="issue">This article appears in the <a href="/issues/october-2025/">October 2025</a> issue of Northlight.</p>'
        else:
            head = canon(s.url) + og(s.title, s.url, site=name, desc=s.dek) + '<meta property="article:published_time" content="%s">' % s.t.isoformat() + ld_article(s, name, url=s.url)
            dl = '<p class="pubdate"><time datetime="%s">%d %s %d</time></p>' % (s.t.isoformat(), s.t.day, MON[s.t.month - 1], s.t.year)
            if s.issue:
                dl += '<p class="issue">This article appears in the <a href="/issues/october-2025/">%s</a> issue.</p>' % s.issue
        sub = '<aside class="subscribe-inline"><p>Enjoying this article? Subscribe to Northlight from \u00a31 a week.</p></aside>'
        body = ('<article class="article"><p class="rubric"><a href="/%s/">%s</a></p><h1 class="headline">%s</h1><p class="standfirst">%s</p>'
                '<p class="byline">By <a href="/writers/%s/">%s</a></p>%s<div class="article-body">%s</div>'
                '<div class="author-bio"><p><strong>%s</strong> is a contributing writer at Northlight.</p></div></article>') % (
            s.sec[0], E(s.sec[1]), E(s.title), E(s.dek), wid, E(s.authors[0]), dl, interleave(s.ps, {2: sub}), E(s.authors[0]))
        s_.put(s.path, shell("%s | Northlight" % s.title, body, head))

    def lst(items):
        return "".join('<div class="teaser"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (o.path, E(o.title), E(o.dek)) for o in items)
    s_.non("/", shell("Northlight \u2014 Long reads on Britain and Europe", lst(own[::-1])))
    s_.non("/features/", shell("Features | Northlight", "<h1>Features</h1>" + lst([ST["M2"], ST["M1"]])))
    s_.non("/society/", shell("Society | Northlight", "<h1>Society</h1>" + lst([ST["M3"]])))
    s_.non("/issues/october-2025/", shell("October 2025 issue | Northlight", "<h1>The October 2025 issue</h1>" + lst([ST["M1"], ST["M2"]])))
    for s in own:
        a = s.authors[0]
        s_.non("/writers/%s/" % slug(a), shell("%s | Northlight" % a, "<h1>%s</h1><p>Contributing writer</p>%s" % (E(a), lst([s]))))
    s_.non("/about/", shell("About | Northlight", "<h1>About Northlight</h1><p>Northlight is a monthly magazine of reporting and essays, founded in 1962. Our articles are syndicated to partners across Europe.</p>"))
    s_.sitemap([o.path for o in own] + ["/features/", "/society/"])


# ====================================================================== 6. Oberland-Zeitung
def obz():
    s_ = SITES["obz"]
    name = "Oberland-Zeitung"
    own = [ST[k] for k in ("G1", "G2", "G3", "GT")]

    def shell(title, body, head=""):
        return doc("de-DE", title, head + '<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="Oberland-Zeitung">',
                   '<header class="oz-header"><a class="oz-logo" href="/">%s</a><nav><a href="/muenchen/">München</a> <a href="/bayern/">Bayern</a> <a href="/wissen/">Wissen</a> '
                   '<a href="/impressum/">Impressum</a></nav></header><main>%s</main><footer>&copy; Oberland-Zeitung GmbH %d &middot; <a href="/impressum/">Impressum</a></footer>' % (E(name), body, YEAR))

    def when(t):
        return "%d. %s %d, %s Uhr" % (t.day, MON_DE[t.month - 1], t.year, t.strftime("%H:%M"))

    for s in own:
        head = canon(s.url) + og(s.title, s.url, site=name, desc=s.ps[0][:150]) + ld_article(s, name, url=s.url)
        if s.key == "GT":
            src = ST[s.src]
            by = 'Von %s, The Watchpost' % E(s.authors[0])
            foot = '<p class="hinweis"><em>%s</em> <a href="%s">Zum englischen Original</a></p>' % (E(GT_NOTE), src.url)
        else:
            by = "Von " + " und ".join('<a href="/autoren/%s/">%s</a>' % (slug(a), E(a)) for a in s.authors)
            foot = ""
        ad = '<div class="oz-ad">Anzeige</div>'
        body = ('<article class="oz-article"><p class="kicker">%s</p><h1 class="oz-headline">%s</h1><div class="oz-meta"><span class="author">%s</span> '
                '<time datetime="%s">%s</time></div><div class="oz-text">%s%s</div></article>') % (
            E(s.res[1]), E(s.title), by, s.t.isoformat(), when(s.t), interleave(s.ps, {1: ad}), foot)
        s_.put(s.path, shell("%s | Oberland-Zeitung" % s.title, body, head))

    def lst(items):
        return "<ul class=\"teaser\">%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in items)
    s_.non("/", shell("Oberland-Zeitung \u2013 Nachrichten aus München und dem Oberland", "<h2>Aktuell</h2>" + lst(own[::-1])))
    for r, label in (("muenchen", "München"), ("bayern", "Bayern"), ("wissen", "Wissen")):
        s_.non("/%s/" % r, shell("%s | Oberland-Zeitung" % label, "<h1>%s</h1>%s" % (label, lst([o for o in own if o.res[0] == r]))))
    for a in ("Katharina Vogl", "Stefan Meier", "Andreas Huber"):
        s_.non("/autoren/%s/" % slug(a), shell("%s | Oberland-Zeitung" % a, "<h1>%s</h1><p>Redakteur/in</p>%s" % (E(a), lst([o for o in own[:3] if a in o.authors]))))
    s_.non("/impressum/", shell("Impressum | Oberland-Zeitung", "<h1>Impressum</h1><p>Oberland-Zeitung GmbH, Sendlinger Straße 8, 80331 München.</p>"))
    s_.rss("/rss.xml", "Oberland-Zeitung", [(o.path, o.title, o.t.strftime("%a, %d %b %Y %H:%M:%S %z")) for o in own[::-1]])


# ====================================================================== 7. The Fairview Gazette (member paper of the wire)
GAZ_LOCAL = ("In Alder County, where about one in four homes has no wired internet option, commissioners applied for a ReConnect grant last year and were turned down. "
             "Commissioner Lucy Archuleta said Monday that the county would apply again if the bill becomes law.")
GAZ_W1 = "/news/nation-world/2025/09/08/senate-oks-more-money-for-rural-internet/"
GAZ_W1_TITLE = "Senate OKs more money for rural internet; Alder County could benefit"
GAZ_W1_PS = ST["W1"].ps[:3] + [GAZ_LOCAL] + ST["W1"].ps[3:]


def gaz():
    s_ = SITES["gaz"]
    name = "The Fairview Gazette"

    def shell(title, body, head=""):
        return doc("en-US", title, head, '<header class="masthead"><a class="brand" href="/">%s</a><nav><a href="/news/local/">Local</a> <a href="/news/nation-world/">Nation &amp; World</a> '
                   '<a href="/sports/">Sports</a> <a href="/about/">About</a></nav></header><div class="page">%s</div>'
                   '<footer><p>&copy; %d The Fairview Gazette, Fairview, Colorado. A member of National Press Wire.</p></footer>' % (E(name), body, YEAR))

    def when(t):
        return "%s %d, %d at %s MDT" % (MON[t.month - 1][:3], t.day, t.year, h12(t))

    def page(path, title, by, t, paras, sec, head_extra="", canonical=None, dateline=None, after="", between=None, ld_authors=None, dek=""):
        u = U("gaz", path)
        head = canon(canonical or u) + og(title, u, site=name, desc=paras[0][:150]) + jl({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": t.isoformat(), "mainEntityOfPage": u,
            "author": [{"@type": "Person", "name": a} for a in ld_authors or []], "publisher": {"@type": "Organization", "name": name}}) + head_extra
        dl = dateline or '<time datetime="%s">Posted %s</time>' % (t.isoformat(), when(t))
        body = ('<article class="story"><a class="section-label" href="/%s/">%s</a><h1 class="story-title">%s</h1>%s<div class="story-meta"><span class="byline">%s</span> %s</div>'
                '<div class="story-text">%s</div>%s</article>') % (
            sec[0], E(sec[1]), E(title), ('<h2 class="dek">%s</h2>' % E(dek)) if dek else "", by, dl, interleave(paras, between or {}), after)
        return shell("%s | %s" % (title, name), body, head)

    for k, sec in (("F1", ("news/local", "Local")), ("F2", ("sports", "Sports"))):
        s = ST[k]
        s_.put(s.path, page(s.path, s.title, 'By <a href="/staff/%s/">%s</a>' % (slug(s.authors[0]), E(s.authors[0])), s.t, s.ps, sec, ld_authors=s.authors))
    nw = ("news/nation-world", "Nation & World")
    # W1: headline rewritten, a local paragraph added, canonical to the wire's AMP page
    w1 = ST["W1"]
    copy("gaz", GAZ_W1, page(GAZ_W1, GAZ_W1_TITLE, "By Rachel Okonjo, National Press Wire", T("2025-09-08 17:15-06:00"), GAZ_W1_PS, nw,
                             canonical=w1.url + "amp/", ld_authors=w1.authors), w1)
    # W2: trimmed to its first four paragraphs, run the next day in print (a day, no time)
    w2 = ST["W2"]
    p2 = "/news/nation-world/2025/09/10/faa-orders-inspections-of-regional-jet-engines/"
    d2 = T("2025-09-10 00:00-06:00")
    copy("gaz", p2, page(p2, "FAA orders inspections of regional jet engines", "By Mark Delaney and Susan Chu, National Press Wire", d2, w2.ps[:4], nw,
                         dateline='<span class="print-edition">From the print edition of <time datetime="2025-09-10">Sep 10, 2025</time></span>', ld_authors=w2.authors), w2)
    # W3: canonical to the wire's URL with tracking parameters, related links between paragraphs
    w3 = ST["W3"]
    p3 = "/news/nation-world/2025/09/10/egg-prices-fall-for-fourth-month/"
    rel = {1: '<div class="related-inline"><strong>Related:</strong> <a href="%s">%s</a></div>' % (ST["F1"].path, E(ST["F1"].title)),
           3: '<div class="related-inline"><strong>Related:</strong> <a href="%s">%s</a></div>' % (GAZ_W1, E(GAZ_W1_TITLE))}
    copy("gaz", p3, page(p3, w3.title, "By Tom Albrecht, National Press Wire", T("2025-09-10 10:02-06:00"), w3.ps, nw,
                         canonical=w3.url + "?utm_source=fairviewgazette&utm_medium=syndication&utm_campaign=npw-members", between=rel, ld_authors=w3.authors), w3)
    # N0: republished two days later under the nonprofit's license; the only link to the original anywhere
    n0 = ST["N0"]
    p4 = "/news/nation-world/2025/09/05/chicagos-lead-pipe-replacement-is-years-behind-schedule/"
    after = '<p class="republish-credit"><em>This story was originally published by <a href="%s">The Watchpost</a>, a nonprofit newsroom in Chicago, and is republished here under a Creative Commons license.</em></p>' % n0.url
    copy("gaz", p4, page(p4, n0.title, "By Marcus Hale, The Watchpost", T("2025-09-05 06:30-06:00"), n0.ps, nw, after=after, ld_authors=n0.authors), n0)

    items = [(GAZ_W1, GAZ_W1_TITLE), (p2, "FAA orders inspections of regional jet engines"), (p3, w3.title), (p4, n0.title)]

    def lst(xs):
        return "".join('<div class="card"><h3><a href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in xs)
    s_.non("/", shell("The Fairview Gazette | Fairview, Colorado news", "<h2>Top stories</h2>" + lst([(ST["F2"].path, ST["F2"].title), items[2], (ST["F1"].path, ST["F1"].title), items[0], items[1], items[3]])))
    s_.non("/news/local/", shell("Local | The Fairview Gazette", "<h1>Local</h1>" + lst([(ST["F1"].path, ST["F1"].title)])))
    s_.non("/news/nation-world/", shell("Nation & World | The Fairview Gazette", "<h1>Nation &amp; World</h1>" + lst(items)))
    s_.non("/sports/", shell("Sports | The Fairview Gazette", "<h1>Sports</h1>" + lst([(ST["F2"].path, ST["F2"].title)])))
    for k in ("F1", "F2"):
        a = ST[k].authors[0]
        s_.non("/staff/%s/" % slug(a), shell("%s | The Fairview Gazette" % a, "<h1>%s</h1><p>Staff writer</p>%s" % (E(a), lst([(ST[k].path, ST[k].title)]))))
    s_.non("/about/", shell("About | The Fairview Gazette", "<h1>About the Gazette</h1><p>The Fairview Gazette is a daily newspaper serving Alder County, Colorado. National and world news comes from National Press Wire.</p>"))


# ====================================================================== 8. Europa Digest (VoxEurop-like: reprints and translations)
EURO_LANG = {"en": ("English", "Translated by"), "de": ("Deutsch", "Übersetzt von"), "fr": ("Français", "Traduit par"), "es": ("Español", "Traducido por"),
             "it": ("Italiano", "Tradotto da"), "pt": ("Português", "Traduzido por")}


def euro_date(lang, t):
    if lang == "en":
        return "%d %s %d" % (t.day, MON[t.month - 1], t.year)
    if lang == "de":
        return "%d. %s %d" % (t.day, MON_DE[t.month - 1], t.year)
    if lang == "fr":
        return "%d %s %d" % (t.day, MON_FR[t.month - 1], t.year)
    if lang == "es":
        return "%d de %s de %d" % (t.day, MON_ES[t.month - 1], t.year)
    if lang == "it":
        return "%d %s %d" % (t.day, MON_IT[t.month - 1], t.year)
    return "%d de %s de %d" % (t.day, MON_PT[t.month - 1], t.year)


def euro():
    s_ = SITES["euro"]
    name = "Europa Digest"
    src_name = {"obz": "Oberland-Zeitung", "north": "Northlight", "watch": "The Watchpost"}
    home_items = {k: [] for k in EURO_LANG}

    def shell(lang, title, body, head=""):
        langs = " ".join('<a href="/%s/">%s</a>' % (k, v[0]) for k, v in EURO_LANG.items())
        return doc(lang, title, head, '<header><a class="logo" href="/%s/">Europa Digest</a><nav class="langs">%s</nav></header><main>%s</main>'
                   '<footer><p>Europa Digest publishes the best of the European press in six languages. <a href="/en/about/">About us</a></p></footer>' % (lang, langs, body))

    def page(lang, path, title, authors, src, t, paras, canonical=None, alts=(), note_top="", note_bottom="", translator=None):
        u = U("euro", path)
        head = canon(canonical or u) + "".join('<link rel="alternate" hreflang="%s" href="%s">' % (l, U("euro", p)) for l, p in alts) + og(title, u, site=name) + \
            jl({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": t.isoformat(), "inLanguage": lang,
                "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": name},
                "isBasedOn": src.url})
        tr = '<p class="translator">%s %s</p>' % (EURO_LANG[lang][1], E(translator)) if translator else ""
        body = ('<article class="post"><h1 class="post-title">%s</h1><div class="post-meta"><span class="author">%s</span> | <a class="source" href="%s">%s</a> '
                '<span class="date"><time datetime="%s">%s</time></span></div>%s<div class="post-content">%s</div>%s%s'
                '<div class="other-langs">%s</div></article>') % (
            E(title), E(", ".join(authors)), src.url, E(src_name[src.site]), t.isoformat(), euro_date(lang, t), note_top, ps(paras), note_bottom, tr,
            " ".join('<a hreflang="%s" href="%s">%s</a>' % (l, p, EURO_LANG[l][0]) for l, p in alts if l != lang))
        home_items[lang].append((path, title))
        return shell(lang, "%s | Europa Digest" % title, body, head)

    m1, g3 = ST["M1"], ST["G3"]
    en_p = "/en/britains-last-lighthouse-keepers/"
    de_p = "/de/almbauern-im-oberland-fuerchten-um-ihre-herden/"
    es, pt = ST["Ees"], ST["Ept"]
    # M1 in English: a shortened headline, "first appeared" at the top, canonical to the magazine
    copy("euro", en_p, page("en", en_p, "Britain\u2019s last lighthouse keepers", m1.authors, m1, T("2025-09-17 09:00+02:00"), m1.ps, canonical=m1.url,
                            alts=(("en", en_p), ("es", es.path)),
                            note_top='<p class="first-appeared"><em>This article first appeared in <a href="%s">Northlight</a>. Republished with permission.</em></p>' % m1.url), m1)
    # G3 in German: no canonical, the credit at the bottom
    copy("euro", de_p, page("de", de_p, g3.title, g3.authors, g3, T("2025-09-15 09:00+02:00"), g3.ps, alts=(("de", de_p), ("pt", pt.path)),
                            note_bottom='<p class="credit">Dieser Artikel erschien zuerst in der <a href="%s">Oberland-Zeitung</a>.</p>' % g3.url), g3)
    # translations: articles of their own
    alts = {"Ees": (("en", en_p), ("es", es.path)), "Ept": (("de", de_p), ("pt", pt.path)), "Efr": (), "Eit": ()}
    for k in ("Efr", "Ees", "Eit", "Ept"):
        s = ST[k]
        src = ST[s.src]
        s_.put(s.path, page(s.lang, s.path, s.title, s.authors, src, s.t, s.ps, alts=alts[k], translator=s.translator))
    s_.non("/", shell("en", "Europa Digest \u2014 the European press in your language", "<h1>Choose your language</h1><ul>%s</ul>" % "".join(
        '<li><a href="/%s/">%s</a></li>' % (k, v[0]) for k, v in EURO_LANG.items())))
    for lang in EURO_LANG:
        s_.non("/%s/" % lang, shell(lang, "Europa Digest (%s)" % EURO_LANG[lang][0], "<h1>Europa Digest</h1>" + "".join(
            '<div class="teaser"><h2><a href="%s">%s</a></h2></div>' % (p, E(t)) for p, t in home_items[lang])))
    s_.non("/en/about/", shell("en", "About | Europa Digest", "<h1>About Europa Digest</h1><p>We select articles from newspapers and magazines across Europe and publish them in translation, with the agreement of their publishers.</p>"))


# ====================================================================== 9. Skyline News (MSN/Yahoo-like portal)
def sky():
    s_ = SITES["sky"]
    name = "Skyline News"
    eds = {"en-us": ("United States", "news", "ET"), "en-ca": ("Canada", "news", "ET"), "en-au": ("Australia", "news", "AEST"),
           "en-gb": ("United Kingdom", "news", "BST"), "de-de": ("Deutschland", "nachrichten", "MESZ")}
    feed = {k: [] for k in eds}

    def shell(ed, title, body, head=""):
        nav = " ".join('<a href="/%s/%s/">%s</a>' % (k, v[1], v[0]) for k, v in eds.items())
        return doc(ed, title, head, '<div id="root"><header class="sky-header"><a class="sky-logo" href="/">Skyline</a><nav class="sky-editions">%s</nav>'
                   '<a class="sky-signin" href="/en-us/about/">Sign in</a></header><main class="sky-main">%s</main>'
                   '<footer class="sky-footer"><a href="/en-us/about/">About Skyline</a> &middot; &copy; %d Skyline</footer></div>' % (nav, body, YEAR))

    def when(ed, t):
        if ed == "de-de":
            return "%d.%d.%d, %s" % (t.day, t.month, t.year, t.strftime("%H:%M"))
        if ed in ("en-au", "en-gb"):
            return "%d %s %d, %s %s" % (t.day, MON[t.month - 1][:3], t.year, h12(t, lower=True).replace(" ", ""), eds[ed][2])
        return "%s %d, %d, %s %s" % (MON[t.month - 1][:3], t.day, t.year, h12(t), eds[ed][2])

    def page(ed, path, title, provider, prov_link, by, t, paras, canonical=None, dek="", foot="", orig=None):
        u = U("sky", path)
        head = (canon(canonical) if canonical else "") + og(title, u, site=name, desc=dek or paras[0][:150]) + \
            '<meta name="provider" content="%s"><meta property="article:published_time" content="%s">' % (E(provider), t.isoformat())
        story_by = {"de-de": "Artikel von", "en-gb": "Story by", "en-au": "Story by", "en-ca": "Story by", "en-us": "Story by"}[ed]
        body = ('<div class="article-page"><div class="provider"><a class="provider-logo" href="%s">%s</a></div><h1 class="article-title">%s</h1>%s'
                '<div class="article-meta"><span class="byline">%s %s</span> &bull; <time datetime="%s">%s</time></div>'
                '<div class="article-body">%s</div><p class="copyright">&copy; %d %s</p>%s</div>'
                '<aside class="sky-rail"><h3>%s</h3><ul>%s</ul></aside>') % (
            prov_link, E(provider), E(title), ('<p class="abstract">%s</p>' % E(dek)) if dek else "", story_by, E(by), t.isoformat(), when(ed, t),
            interleave(paras, {1: '<div class="sky-ad native-ad">Sponsored content</div>'}), YEAR, E(provider), foot,
            "Mehr für Sie" if ed == "de-de" else "More for you", "".join('<li><a href="%s">%s</a></li>' % (p, E(x)) for p, x in feed[ed]))
        feed[ed].append((path, title))
        return shell(ed, "%s" % title, body, head)

    w1, w4, c1, a2, m3, g1 = (ST[k] for k in ("W1", "W4", "C1", "A2", "M3", "G1"))
    # the chain: the member paper's copy of W1, credited to the member paper, canonical to its page
    p = "/en-us/news/technology/senate-oks-more-money-for-rural-internet-alder-county-could-benefit/ar-AA1mQx7b/"
    copy("sky", p, page("en-us", p, GAZ_W1_TITLE, "The Fairview Gazette", U("gaz", "/"), "Rachel Okonjo, National Press Wire", T("2025-09-08 20:05-04:00"),
                        GAZ_W1_PS, canonical=U("gaz", GAZ_W1)), w1)
    # W4: the wire's original sits deep in its archive; this copy is one click from the portal's home
    p = "/en-us/health/medical/later-school-start-times-give-teens-more-sleep-and-better-moods-study-finds/ar-AA1lZr4k/"
    copy("sky", p, page("en-us", p, w4.title, "National Press Wire", U("wire", "/"), "Priya Natarajan", T("2025-09-05 16:30-04:00"), w4.ps, canonical=w4.url), w4)
    # C1: canonical to the original, the headline kept
    p = "/en-ca/news/canada/halifax-ferry-to-add-late-night-sailings-to-dartmouth-this-fall/ar-AA1mPp0d/"
    copy("sky", p, page("en-ca", p, c1.title, "The Harbour City Chronicle", U("chron", "/"), "Claire Boudreau", T("2025-09-09 09:40-04:00"), c1.ps, canonical=c1.url), c1)
    # A2: shortened headline, a summary added, run the next morning, no canonical and no link to the story
    p = "/en-au/news/australia/riverina-farmers-welcome-spring-rain/ar-AA1mUv9t/"
    copy("sky", p, page("en-au", p, "Riverina farmers welcome spring rain", "The Riverina Examiner", U("exam", "/"), "Chloe Nguyen", T("2025-09-13 09:00+10:00"), a2.ps,
                        dek="Growers around Lockhart and The Rock say the rain has bought them weeks, but one frost could still undo the season."), a2)
    # M3: byline kept, a summary added, canonical to the magazine
    p = "/en-gb/news/uk/the-quiet-crisis-in-britain-s-village-pubs/ar-AA1mXb2q/"
    copy("sky", p, page("en-gb", p, m3.title, "Northlight", U("north", "/"), "Fiona Llewellyn", T("2025-09-17 15:30+01:00"), m3.ps, canonical=m3.url,
                        dek="Fifty pubs close every month. In Shropshire, one village is trying to buy its local back."), m3)
    # G1: German edition, canonical to the paper
    p = "/de-de/nachrichten/muenchen/stadtrat-beschliesst-tram-durch-den-englischen-garten/ar-AA1mRt5w/"
    copy("sky", p, page("de-de", p, g1.title, "Oberland-Zeitung", U("obz", "/"), "Katharina Vogl", T("2025-09-10 19:30+02:00"), g1.ps, canonical=g1.url), g1)

    def lst(xs):
        return "".join('<div class="card"><a class="card-link" href="%s"><h3>%s</h3></a></div>' % (p, E(t)) for p, t in xs)
    s_.non("/", shell("en-us", "Skyline | News, weather and more", '<section class="feed"><h2>Top stories</h2>%s</section>' % lst(feed["en-us"] + feed["en-ca"][:1])))
    for ed, (label, sec, _) in eds.items():
        s_.non("/%s/%s/" % (ed, sec), shell(ed, "Skyline %s" % label, '<section class="feed"><h1>%s</h1>%s</section>' % (E(label), lst(feed[ed]))))
    s_.non("/en-us/about/", shell("en-us", "About Skyline", "<h1>About Skyline</h1><p>Skyline brings you stories from more than 1,000 publishing partners. Articles are provided by and copyright of their publishers.</p>"))


# ====================================================================== 10. KFVR 9 (local TV, runs wire copy)
TV_LOCAL = ("In Colorado, at least six rural hospitals have stopped delivering babies since 2015, among them Alder County Memorial in 2023. "
            "Expectant mothers in Fairview now drive about seventy minutes to Greeley, said Dr. Anne Kessler, a family physician in town.")


def tv():
    s_ = SITES["tv"]
    name = "KFVR 9"

    def shell(title, body, head=""):
        return doc("en-US", title, head, '<header class="tv-header"><a class="station-logo" href="/">KFVR 9 News</a><nav><a href="/news/">News</a> <a href="/weather/">First Alert Weather</a> '
                   '<a href="/about-us/">About Us</a> <a class="live" href="/news/">Watch Live</a></nav></header><main>%s</main>'
                   '<footer><p>&copy; %d KFVR. All rights reserved. KFVR 9, Fairview, Colorado.</p><a href="/about-us/">FCC Public File</a></footer>' % (body, YEAR))

    def when(t):
        m = MON[t.month - 1][:3]
        return "%s%s %d, %d at %s MDT" % (m, "." if m != "May" else "", t.day, t.year, h12(t))

    def page(path, title, by, dates, paras, head_extra="", note="", between=None, video=True):
        body = ('<article class="article"><h1 class="headline">%s</h1><div class="byline-container"><span class="author-name">%s</span></div>'
                '<div class="article-dates">%s</div>%s%s<div class="article-body">%s</div></article>'
                '<aside class="trending"><h3>Most Read</h3><a href="/news/">Latest news</a></aside>') % (
            E(title), by, dates, '<div class="video-player" data-video="vod-8841"><p>Watch the report</p></div>' if video else "", note, interleave(paras, between or {}))
        return shell("%s | KFVR 9" % title, body, head_extra)

    k1 = ST["K1"]
    s_.put(k1.path, page(k1.path, k1.title, 'By <a href="/authors/josh-tate/">Josh Tate</a>', '<span class="published-date">Published: %s</span>' % when(k1.t), k1.ps,
                         canon(k1.url) + og(k1.title, k1.url, site=name) + ld_article(k1, name, url=k1.url)))
    # W2: rewritten headline, "Wire staff", only the update time, related links between paragraphs, no canonical
    w2 = ST["W2"]
    p = "/2025/09/09/faa-orders-engine-inspections-hundreds-regional-jets/"
    up = T("2025-09-09 14:47-06:00")
    rel = {1: '<p class="related"><strong>RELATED:</strong> <a href="%s">%s</a></p>' % (k1.path, E(k1.title)),
           3: '<p class="related"><strong>RELATED:</strong> <a href="/news/">More national headlines</a></p>'}
    copy("tv", p, page(p, "FAA orders engine inspections on hundreds of regional jets", "By Wire staff", '<span class="updated-date">Updated: %s</span>' % when(up), w2.ps,
                       og("FAA orders engine inspections on hundreds of regional jets", U("tv", p), site=name) +
                       jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "FAA orders engine inspections on hundreds of regional jets",
                           "dateModified": up.isoformat(), "author": [{"@type": "Person", "name": "Wire staff"}], "publisher": {"@type": "Organization", "name": name}}),
                       between=rel, video=False), w2)
    # N1: editor's note on top, the byline extended, a Colorado paragraph added, canonical to the nonprofit
    n1 = ST["N1"]
    p = "/2025/09/09/rural-hospitals-closing-maternity-wards-women-drive-hours/"
    t = T("2025-09-09 18:00-06:00")
    note = ('<p class="editors-note"><em>Editor\u2019s note: This story was produced by <a href="%s">The Watchpost</a>, a nonprofit newsroom in Chicago, and is republished with permission. '
            'KFVR 9 added reporting on Colorado.</em></p>') % n1.url
    copy("tv", p, page(p, n1.title, 'By Carmen Reyes, The Watchpost, with additional reporting by <a href="/authors/josh-tate/">Josh Tate</a>',
                       '<span class="published-date">Published: %s</span>' % when(t), n1.ps[:2] + [TV_LOCAL] + n1.ps[2:],
                       canon(n1.url) + og(n1.title, U("tv", p), site=name) + ld_article(n1, name, authors=["Carmen Reyes", "Josh Tate"], published=t.isoformat()),
                       note=note, video=False), n1)
    items = [(k1.path, k1.title), (p, n1.title), ("/2025/09/09/faa-orders-engine-inspections-hundreds-regional-jets/", "FAA orders engine inspections on hundreds of regional jets")]

    def lst(xs):
        return "".join('<div class="card"><h3 class="headline"><a href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in xs)
    s_.non("/", shell("KFVR 9 | Fairview News, Weather and Sports", "<h2>Top Stories</h2>" + lst(items)))
    s_.non("/news/", shell("News | KFVR 9", "<h1>News</h1>" + lst(items)))
    s_.non("/weather/", shell("First Alert Weather | KFVR 9", "<h1>First Alert Weather</h1><p>Sunny and breezy today with a high near 84. Red flag warning for Alder County until 8 p.m.</p>"))
    s_.non("/authors/josh-tate/", shell("Josh Tate | KFVR 9", "<h1>Josh Tate</h1><p>Josh Tate is a reporter for KFVR 9.</p>" + lst(items[:2])))
    s_.non("/about-us/", shell("About Us | KFVR 9", "<h1>About KFVR 9</h1><p>KFVR 9 has served Fairview and northeastern Colorado since 1958. National stories come from National Press Wire.</p>"))


# ====================================================================== 11. Newsly (a news app's web view)
def app():
    s_ = SITES["app"]
    items = []

    def shell(lang, title, body, head=""):
        return doc(lang, title, head + '<meta name="apple-itunes-app" content="app-id=1488201234">',
                   '<div class="app-banner"><a href="/about/">Open in the Newsly app</a></div><div class="reader">%s</div>'
                   '<footer class="app-footer"><a href="/">Newsly</a> &middot; <a href="/about/">Get the app</a></footer>' % body, "webview")

    def when(t):
        t = t.astimezone(UTC)
        return "%d %s %d \u00b7 %s UTC" % (t.day, MON[t.month - 1][:3], t.year, t.strftime("%H:%M"))

    def page(lang, path, src_name, s, t, paras, canonical=None, link=None):
        u = U("app", path)
        head = (canon(canonical) if canonical else "") + og(s.title, u, site="Newsly")
        body = ('<div class="source-bar"><span class="source-name">%s</span></div><h1 class="reader-title">%s</h1>'
                '<div class="reader-meta"><span class="reader-author">%s</span> \u00b7 <time datetime="%s">%s</time></div><div class="reader-content">%s</div>%s') % (
            E(src_name), E(s.title), E(", ".join(s.authors)), z(t), when(t), ps(paras), link or "")
        items.append((path, s.title))
        return shell(lang, "%s \u2013 Newsly" % s.title, body, head)

    a1, c2, g2 = ST["A1"], ST["C2"], ST["G2"]
    p = "/s/8f3k2a/"  # a day EARLIER than the original on the page: UTC, where 7:15 a.m. in Wagga is the evening before
    copy("app", p, page("en-AU", p, "The Riverina Examiner", a1, T("2025-09-10 21:40+00:00"), a1.ps,
                        link='<a class="read-original" href="%s">Read at The Riverina Examiner</a>' % a1.url), a1)
    p = "/s/9a1x7q/"
    copy("app", p, page("en-CA", p, "The Harbour City Chronicle", c2, T("2025-09-11 01:02+00:00"), c2.ps, canonical=c2.url), c2)
    p = "/s/7m4p0z/"
    copy("app", p, page("de", p, "Oberland-Zeitung", g2, T("2025-09-11 05:10+00:00"), g2.ps), g2)

    s_.non("/", shell("en", "Newsly \u2013 Top stories", "<h1>Top stories</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in items)))
    s_.non("/topics/local/", shell("en", "Local \u2013 Newsly", "<h1>Local</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in items[:2])))
    s_.non("/about/", shell("en", "Get the Newsly app", "<h1>Newsly</h1><p>All your news in one place. Download Newsly for iPhone and Android.</p><p><a href=\"/topics/local/\">Browse local news</a></p>"))


# ====================================================================== 12. DailyTrendWire (a content farm: copies without credit)
def farm():
    s_ = SITES["farm"]
    name = "DailyTrendWire"
    posts = []

    def shell(title, body, head=""):
        return doc("en-US", title, head, '<div id="page" class="site"><header id="masthead"><a class="site-title" href="/">DailyTrendWire</a><nav class="main-navigation">'
                   '<a href="/category/trending/">Trending</a> <a href="/category/health/">Health</a> <a href="/about-us/">About Us</a> <a href="/privacy-policy/">Privacy Policy</a></nav></header>'
                   '<div id="content" class="site-content">%s</div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section></aside>'
                   '<footer id="colophon"><p>&copy; %d DailyTrendWire. All Rights Reserved.</p></footer></div>' % (
                       body, "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in posts), YEAR), "post-template-default single single-post")

    def when(t):
        return "%s %d, %d %s" % (MON[t.month - 1], t.day, t.year, h12(t, lower=True))

    ad = '<div class="code-block code-block-2"><ins class="adsbygoogle" data-ad-slot="5582019911"></ins><p class="ad-label">Advertisement</p></div>'

    def page(path, title, cat, t, paras, published=True, author="Trend Desk"):
        u = U("farm", path)
        art = {"@type": "Article", "headline": title, "author": {"@type": "Person", "name": author}, "isPartOf": {"@id": u + "#webpage"}}
        art["datePublished" if published else "dateModified"] = t.isoformat()
        head = canon(u) + og(title, u, site=name, desc=paras[0][:150]) + jl({"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": u + "#webpage", "url": u, "name": title}, art]})
        extras = {}
        for i in range(len(paras) - 1):
            if i % 2 == 1:
                extras[i] = ad
            elif posts:
                extras[i] = '<p class="also-read"><strong>Also Read:</strong> <a href="%s">%s</a></p>' % posts[(i // 2) % len(posts)]
        dl = ('<span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span>' % (t.isoformat(), when(t)) if published else
              '<span class="posted-on">Last Updated: <time class="updated" datetime="%s">%s</time></span>' % (t.isoformat(), when(t)))
        body = ('<article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta">%s <span class="byline">by <a href="/author/%s/">%s</a></span></div></header><div class="entry-content">%s%s</div>'
                '<div class="share">Share this: Facebook Twitter WhatsApp</div></article>') % (
            cat, cat.title(), E(title), dl, slug(author), E(author), interleave(paras, extras), ad)
        posts.append((path, title))
        return shell("%s - DailyTrendWire" % title, body, head)

    w3, c3, a3 = ST["W3"], ST["C3"], ST["A3"]
    # W3: a rewritten headline, the dateline stripped, posted at 7:02 a.m. Pacific with the zone only in JSON-LD
    p = "/good-news-at-the-grocery-store-egg-prices-are-finally-falling/"
    copy("farm", p, page(p, "Good news at the grocery store: egg prices are finally falling", "trending", T("2025-09-10 07:02-07:00"),
                         [w3.ps[0].split("\u2014 ", 1)[1]] + w3.ps[1:]), w3)
    # C3: the first three of five paragraphs, only an update time
    p = "/new-dartmouth-clinic-takes-6000-patients-off-family-doctor-waitlist/"
    copy("farm", p, page(p, "New Dartmouth clinic takes 6,000 patients off family doctor wait-list", "health", T("2025-09-13 02:14-07:00"), c3.ps[:3],
                         published=False, author="admin"), c3)
    # A3: a line of its own on top, dated the day BEFORE the original on the page (Pacific time)
    p = "/wagga-hospital-emergency-waits-longest-nsw-what-you-need-to-know/"
    copy("farm", p, page(p, "Wagga hospital emergency waits among longest in NSW: what you need to know", "health", T("2025-09-05 13:30-07:00"),
                         ["Here is what you need to know about the latest hospital figures."] + a3.ps), a3)

    def lst(xs):
        return "".join('<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2></article>' % (p, E(t)) for p, t in xs)
    s_.non("/", shell("DailyTrendWire - Latest Trending News", lst(posts[::-1])))
    s_.non("/category/trending/", shell("Trending Archives - DailyTrendWire", "<h1 class=\"page-title\">Category: Trending</h1>" + lst(posts[:1])))
    s_.non("/category/health/", shell("Health Archives - DailyTrendWire", "<h1 class=\"page-title\">Category: Health</h1>" + lst(posts[1:])))
    s_.non("/author/trend-desk/", shell("Trend Desk, Author at DailyTrendWire", "<h1 class=\"page-title\">Author: Trend Desk</h1>" + lst([posts[0], posts[2]])))
    s_.non("/author/admin/", shell("admin, Author at DailyTrendWire", "<h1 class=\"page-title\">Author: admin</h1>" + lst([posts[1]])))
    s_.non("/about-us/", shell("About Us - DailyTrendWire", "<h1>About Us</h1><p>DailyTrendWire brings you the latest trending news from around the world, 24/7.</p>"))
    s_.non("/privacy-policy/", shell("Privacy Policy - DailyTrendWire", "<h1>Privacy Policy</h1><p>We use cookies and third-party advertising partners.</p>"))
    s_.sitemap([p for p, _ in posts])


for f in (wire, chron, exam, watch, north, obz, gaz, euro, sky, tv, app, farm):
    f()

# every recorded page exists
for u in [a["url"] for a in truth["articles"]] + truth["nonarticles"] + [p["copy"] for p in truth["synd"]]:
    host, path = u.split("://", 1)[1].split("/", 1)
    fp = os.path.join(OUT, host.split(":")[0], path)
    assert os.path.exists(fp) or os.path.exists(os.path.join(fp, "index.html")), u
assert len({a["url"] for a in truth["articles"]} | set(truth["nonarticles"]) | {p["copy"] for p in truth["synd"]}) == \
    len(truth["articles"]) + len(truth["nonarticles"]) + len(truth["synd"])
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
