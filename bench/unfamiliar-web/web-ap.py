"""Web ap: twelve broadcasters' news sites in English (36 stories, 3 a
site), each on the platform such a station really runs: a Lakana station
("Posted: Mar 3, 2025 / 06:47 PM EST  Updated: ...", "By: Dana Whitfield,
Anchor/Reporter", "By: CNN Newsource"); a Gray station on Arc XP
("Published: Mar. 3, 2025 at 6:47 PM CST|Updated: 2 hours ago", "By The
Associated Press", "By WGMT Staff", "Copyright 2025 WGMT. All rights
reserved." closing the body); a Nexstar WordPress station ("by: Luis Ortega"
with a "Trending Stories" box inside the body, AP copy "by: JOHN HANNA,
Associated Press"); a TEGNA station (a video-first story whose player has
its own title, "Author: Rachel Kim", "Published: 6:47 PM EST March 3,
2025", "Author: WTQX 10"); a Sinclair station (CSS-module class soup, "by
Shannon Cole, KSNC Staff", "Mon, March 3rd 2025 at 6:47 PM" with no zone and
a JSON-LD date in UTC that falls on the next day); an NPR member station on
Grove/Brightspot (<bsp-timestamp data-timestamp> in epoch ms, a radio piece
with a "Transcript" of SPEAKER NAMES, in caps, a "Reporter's notebook"); a
public-radio station on Drupal 7 ("Published 6:47 PM EST, Mon March 3,
2025", "Emma Ruiz | WNHR", dc:date RDFa); a Canadian public broadcaster
("Name · CPB News · Posted: Mar 03, 2025 6:47 PM CST | Last Updated: March
4", "The Canadian Press"); a UK regional BBC-like site (ssrcss class soup,
<time datetime> with "3 March 2025" or "3 hours ago", contributor block with
a role line, Local Democracy Reporting Service); an Australian commercial TV
site ("Lena Walsh | 8NEWS", day-first "4/03/2025 8:15am", AEDT in
JSON-LD); an Irish radio station on WordPress ("By News Desk", "3rd Mar
2025, 18:47"); and an AP-like wire ("By JOHN HANNA and MARGARET STAFFORD",
"Updated 6:47 PM EST, March 3, 2025") whose farm-bill story is republished by
the Gray and Nexstar stations without a canonical link (scored as "synd").
Non-articles, 8-10 a site: home, section front, tag, search, about/contact,
weather forecast with a meteorologist's dated discussion, radar, school
closings, traffic, contest rules, TV and radio schedules, meet the team,
anchor bio, EEO public file and job openings, community calendar, live
stream, radio program page, podcast episode page, people page, donate.
Feeds, sitemaps and robots.txt on some sites. Writes the sites and
truth.json under the directory given as the first argument. Crawled once
with /tmp/nr-base/newsroom: stored 34 of 34, titles 34, dates 32 (the
BBC-like <time datetime> instant dropped for the visible "3 March 2025"),
authors 29 ("WGMT Staff" and "News Desk" kept as names; Grove's two
AuthorByline divs joined into one name; the wire's second capitalised
author dropped; a Local Democracy Reporting Service byline lost), bodies 7
of 12 right (a video player's summary, "Loading ...", an author bio, a
member-support block and a "watch live" promo kept), 19 of 124 non-articles
stored (every weather page with a meteorologist's dated discussion, school
closings lists, podcast episode pages, three contest pages), wire copies
folded into the original 2 of 2."""
import datetime, hashlib, html, json, os, re, sys  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18120
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
UTC = datetime.timezone.utc
NOW = DT.now(UTC).replace(second=0, microsecond=0)
MON = "January February March April May June July August September October November December".split()
DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60].strip("-")


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def h12(d, lead=False):
    h = d.hour % 12 or 12
    return ("%02d" if lead else "%d") % h + ":%02d %s" % (d.minute, "AM" if d.hour < 12 else "PM")


def ld(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o)


def iso(d):
    return d.isoformat(timespec="seconds")


def z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- stories
# (section, headline, dek, local time, authors (truth), paragraphs, extras)
def S(sec, head, dek, t, au, paras, **kw):
    return dict(sec=sec, head=head, dek=dek, t=t, au=au, paras=paras, **kw)


WIRE_FARM = S("Politics", "Senate farm bill stalls over crop insurance dispute",
              "Negotiators in both parties say a deal before the spring planting season is unlikely.",
              (2025, 3, 3, 18, 47), ["John Hanna", "Margaret Stafford"], [
    "WASHINGTON (AP) — A sweeping farm bill stalled in the Senate on Monday after negotiators failed to settle a dispute over how much the federal government should pay to subsidize crop insurance premiums for large growers.",
    "The five-year measure, which also sets spending for food assistance and rural broadband, had been expected to reach the floor before the end of the month. Farm-state senators from both parties now say that timeline is slipping.",
    "“We are close on nine of the ten titles, but the insurance title is where the money is,” said one Republican aide familiar with the talks, who spoke on condition of anonymity because the negotiations are private.",
    "Democrats want to cap premium support for operations with more than $900,000 in annual income and shift the savings into conservation programs. Several Midwestern Republicans say the cap would punish family farms that have grown through consolidation.",
    "Farm groups warned that another short-term extension would leave producers guessing about loan rates and disaster aid just as they buy seed and fertilizer for the coming season.",
    "The current law expired in September 2023 and has been extended twice."])

ST = {}
ST["lakana"] = [
 S("Local News", "Knoxbridge council approves $14 million plan to replace aging water mains",
   "The first phase begins this summer in the Oakview and Riverside neighborhoods.",
   (2025, 3, 3, 18, 47), ["Dana Whitfield"], [
   "KNOXBRIDGE, Tenn. (WKVT) — The Knoxbridge City Council voted 7-2 Monday night to borrow $14 million to replace cast-iron water mains that date back to the 1950s.",
   "Public works director Alan Sumner told council members the city logged 212 main breaks last year, nearly double the number from five years ago. Each break costs crews an average of $6,000 to repair.",
   "The first phase will target about four miles of pipe under the Oakview and Riverside neighborhoods, where residents have dealt with repeated boil-water notices since January.",
   "Two council members who voted against the plan said they wanted a rate study first. Utility customers could see their monthly bills rise by about $3.50 starting in July.",
   "Construction crews are expected to begin work in June. The city says it will post a street-by-street schedule on its website before then."], cred="Dana Whitfield", role="Anchor/Reporter", video="Council votes on water main replacement"),
 S("Local News", "Family escapes early-morning house fire in East Knoxbridge",
   "Fire officials say a space heater placed too close to a couch is the likely cause.",
   (2025, 2, 18, 6, 5), ["Marcus Bell", "Tasha Grimes"], [
   "KNOXBRIDGE, Tenn. (WKVT) — A mother and her three children escaped without injury after fire tore through their home on Delmont Avenue early Tuesday.",
   "Knoxbridge Fire Department Capt. Ray Hollis said crews arrived around 4:30 a.m. to find heavy flames coming from the front of the single-story house. It took about 25 minutes to bring the fire under control.",
   "The family told firefighters a smoke alarm in the hallway woke them up. Hollis said the alarm had been installed by the department during a free neighborhood campaign last fall.",
   "Investigators believe a space heater placed too close to a couch started the fire. The American Red Cross is helping the family with temporary housing."], cred2=True),
 S("National", "FAA orders inspections of engine mounts on regional jets",
   "The directive covers roughly 300 aircraft flown by U.S. carriers.",
   (2025, 1, 27, 21, 30), ["CNN Newsource"], [
   "The Federal Aviation Administration on Monday ordered airlines to inspect engine mounting hardware on about 300 regional jets after a cracked bracket was found during routine maintenance.",
   "The emergency directive gives carriers 30 days to complete the checks. The agency said no in-flight incidents have been linked to the problem.",
   "Airlines that fly the affected jets said they expect only minor schedule disruptions because the inspection takes about four hours per aircraft.",
   "The manufacturer said it is working with the FAA and has already shipped replacement parts to several maintenance bases."], newsource=True),
]
ST["gray"] = [
 S("News", "Tornado sirens fail to sound in two Lamar County towns during Sunday storms",
   "County officials blame a software update pushed to the warning system last week.",
   (2025, 3, 3, 20, 30), ["Kelsey Monroe", "Jared Pike"], [
   "LAMAR COUNTY, Ala. (WGMT) - Outdoor warning sirens in Vernon and Sulligent stayed silent Sunday night while a tornado warning was in effect for the area, and county leaders want to know why.",
   "Emergency management director Cheryl Tubb said a software update installed on the county's siren controller last week reset the activation zones. Sirens in the rest of the county sounded as expected.",
   "No tornado touched down in either town, but the National Weather Service confirmed an EF-1 tornado about six miles to the south near Millport.",
   "Tubb said the vendor fixed the problem Monday morning and the county will run a full test of every siren at noon Wednesday.",
   "She urged residents not to rely on sirens alone and to keep a weather radio or the WGMT First Alert Weather app on hand."]),
 S("News", "Lamar County schools add mental health counselors with state grant",
   "The district will place a licensed counselor in each of its six schools.",
   (2025, 2, 11, 17, 10), [], [
   "VERNON, Ala. (WGMT) - The Lamar County School District will hire six licensed mental health counselors this spring using a new state grant.",
   "Superintendent Vic Odom said the district currently shares one counselor between three schools, and wait times for students to be seen can stretch past two weeks.",
   "The grant covers salaries for three years. After that the district plans to seek a partnership with the regional mental health center to keep the positions filled.",
   "Parents who want more information can attend a meeting at Vernon Elementary on Feb. 20 at 6 p.m."], staff=True),
 dict(WIRE_FARM, wire=True),
]
ST["nexstar"] = [
 S("Local News", "Pueblo County sheriff's deputies find missing hiker near Greenhorn Mountain",
   "The 62-year-old man spent two nights in freezing temperatures.",
   (2025, 3, 3, 18, 47), ["Luis Ortega"], [
   "PUEBLO COUNTY, Colo. (KXNW) — A 62-year-old hiker missing since Saturday was found alive Monday afternoon on the north side of Greenhorn Mountain, the Pueblo County Sheriff's Office said.",
   "Search and rescue volunteers spotted the man from a ridge about a mile off the trail. He was cold and dehydrated but able to walk with help to a waiting ambulance.",
   "Deputies say the man, from Colorado City, had gone out for a day hike and lost the trail when snow began to fall. Overnight temperatures dropped into the teens both nights.",
   "Sheriff's officials credited the man with staying in one place and building a small shelter out of branches, which made him easier to find.",
   "He was taken to a hospital in Pueblo for evaluation."]),
 S("Politics", "Colorado lawmakers advance bill to cap insulin at $35 for all insured patients",
   "The measure now heads to the state Senate Appropriations Committee.",
   (2025, 2, 25, 20, 15), ["Hanna Lee", "Luis Ortega"], [
   "DENVER (KXNW) — A bill that would cap out-of-pocket insulin costs at $35 a month for every insured Coloradan cleared a Senate committee Tuesday on a 4-1 vote.",
   "Colorado already caps insulin costs for people on state-regulated plans, but the new bill would extend the limit to patients whose employers are self-insured, which covers roughly half of the state's workforce.",
   "Supporters who testified included a Pueblo teacher who said she once rationed insulin for two weeks while waiting for her deductible to reset.",
   "Insurance industry representatives argued the state cannot regulate self-funded plans under federal law, a point the bill's sponsors say they will address with an amendment."]),
 dict(WIRE_FARM, wire=True),
]
ST["tegna"] = [
 S("Local", "Deputies: Driver fled after crash that injured cyclist on Bayshore Boulevard",
   "The cyclist was taken to a hospital with serious injuries.",
   (2025, 3, 3, 18, 47), ["Rachel Kim"], [
   "TAMPA, Fla. — Hillsborough County deputies are searching for the driver of a silver pickup truck who they say hit a cyclist on Bayshore Boulevard on Monday evening and kept going.",
   "The crash happened just after 5:30 p.m. near Bay to Bay Boulevard, according to the sheriff's office. The 41-year-old cyclist was taken to Tampa General Hospital with serious injuries.",
   "Witnesses told deputies the truck had damage to its passenger-side mirror. Anyone with information is asked to call Crime Stoppers at 800-873-8477."], video="Cyclist seriously hurt in Bayshore hit-and-run"),
 S("Weather", "Why Tampa Bay's dry season is running drier than normal this year",
   "Rainfall since October is about 40 percent below average.",
   (2025, 2, 14, 11, 20), ["Jared Holt"], [
   "TAMPA, Fla. — Florida's dry season always means less rain, but this year has been unusually parched across Tampa Bay.",
   "Since Oct. 1, Tampa International Airport has recorded just over five inches of rain, about 40 percent below the long-term average for the period.",
   "Forecasters point to La Niña, which tends to steer storm systems north of the peninsula during winter and spring. The pattern is expected to hold through April.",
   "The Southwest Florida Water Management District has not issued restrictions yet, but it is asking residents to water lawns no more than twice a week."]),
 S("Local", "Pinellas County opens registration for free hurricane shutter program",
   "Homeowners earning under 80 percent of the area median income can apply.",
   (2025, 1, 22, 16, 0), [], [
   "CLEARWATER, Fla. — Pinellas County is accepting applications for a program that pays for hurricane shutters and impact windows for lower-income homeowners.",
   "The county set aside $3.2 million in federal recovery money for the program, enough to help about 400 homes, officials said.",
   "Applicants must own and live in the home and earn less than 80 percent of the area median income. Mobile homes are not eligible.",
   "Applications will be accepted online through March 31, and the county says work will be scheduled before the peak of hurricane season."], station_author=True),
]
ST["sinclair"] = [
 S("Local", "Yakima Valley orchard workers rally for heat protections ahead of summer",
   "Advocates want state rules to kick in at 80 degrees instead of 89.",
   (2025, 3, 3, 18, 47), ["Shannon Cole"], [
   "YAKIMA, Wash. — Dozens of orchard workers and advocates gathered outside the Yakima County Courthouse on Monday to call for stronger protections against extreme heat.",
   "Under current state rules, employers must provide extra shade and rest breaks once temperatures reach 89 degrees. The group wants the threshold lowered to 80 degrees.",
   "“By the time it is 89 out there, people are already getting sick,” said a picker who has worked in Valley orchards for 15 years.",
   "The state Department of Labor and Industries said it is reviewing public comments on a proposed update to the rule and expects a decision by May.",
   "Growers' groups say they support worker safety but worry that lower thresholds would cut into the harvest during the hottest weeks of the season."]),
 S("Local", "Union Gap approves new police station after decades in a converted bank",
   "The $9.8 million building will go up next to City Hall.",
   (2025, 2, 20, 21, 5), ["Marco Reyes", "Shannon Cole"], [
   "UNION GAP, Wash. — The Union Gap City Council has approved plans for a new police station, ending a debate that has stretched on for nearly a decade.",
   "Officers have worked out of a converted bank building since 1991. Police Chief Greg Cobb said the building has no secure interview room and the department's evidence is stored in a former vault.",
   "The new station will cost about $9.8 million and will be paid for with a mix of bonds and money the city has saved from sales tax revenue at the Valley Mall.",
   "Construction could begin next year."]),
 S("Local", "Selah students build tiny homes for Yakima's homeless veterans",
   "Construction students at Selah High School finished the third home this week.",
   (2025, 1, 30, 15, 40), ["Tory Banks"], [
   "SELAH, Wash. — Students in Selah High School's construction program handed over the keys to their third tiny home for a veteran on Thursday.",
   "The 160-square-foot homes are placed at a veterans' village in Yakima run by a local nonprofit. Each has a bed, a small kitchen and a bathroom.",
   "Teacher Dan Pruitt said students learn framing, wiring and plumbing on the project, and several have gone on to apprenticeships.",
   "The program hopes to build two more homes before the end of the school year."]),
]
ST["grove"] = [
 S("Environment", "Valley farmers brace for smaller water deliveries as snowpack lags",
   "Federal water managers set an initial allocation of 15 percent for west side growers.",
   (2025, 3, 3, 18, 47), ["Ana Castillo"], [
   "Farmers on the west side of the San Joaquin Valley learned Monday they can expect just 15 percent of their contracted water from the federal Central Valley Project this year.",
   "The Bureau of Reclamation said snowpack in the southern Sierra Nevada is about 60 percent of normal for early March, and reservoirs have not recovered from a dry fall.",
   "Growers say the figure will force them to fallow more ground and pump more groundwater, which is increasingly limited under the state's groundwater law.",
   "The bureau said it will update the allocation in late March if storms bring more snow."],
   transcript=[("ANA CASTILLO, BYLINE", "On a windy afternoon near Firebaugh, almond grower Pete Lozano walks the edge of a field he won't plant this year."),
               ("PETE LOZANO", "Fifteen percent. You can't farm on fifteen percent. You just can't."),
               ("CASTILLO", "Lozano says he'll pump what he can from his wells, but the local groundwater agency has capped how much he can take."),
               ("LOZANO", "So you pick which trees live, basically. That's the decision."),
               ("CASTILLO", "The Bureau of Reclamation will revisit the number later this month. For River Valley Public Radio, I'm Ana Castillo in Firebaugh.")]),
 S("Education", "Fresno Unified adds dual-language kindergarten at five more schools",
   "Families can apply for the Spanish and Hmong immersion programs through April 4.",
   (2025, 2, 6, 10, 15), ["Thomas Vang", "Ana Castillo"], [
   "Fresno Unified School District will open dual-language kindergarten classes at five more elementary schools this fall, bringing the total to 17.",
   "Three of the new programs will teach in Spanish and English, and two in Hmong and English. Classes begin with most instruction in the partner language and shift toward English by fifth grade.",
   "District officials said waitlists for existing programs topped 600 students last year.",
   "Families can apply online through April 4. Seats are assigned by lottery, with priority for siblings of current students."]),
 S("Reporter's Notebook", "Reporter's notebook: What I learned covering the Tule River flood",
   "Ten days along a river that keeps changing its mind.",
   (2025, 1, 17, 6, 0), ["Marisol Pena"], [
   "The first thing you notice about a flood in the foothills is the sound. The Tule River doesn't roar so much as grind, carrying rocks the size of microwaves down toward Porterville.",
   "I spent ten days in January driving the roads above Springville, talking to ranchers, sheriff's deputies and a retired schoolteacher who refused to leave her house on the bluff.",
   "What stayed with me most was how many people had already lived through 2023 and had not yet finished repairs from that year when the water came back.",
   "This notebook collects some of the moments that didn't fit into the daily stories we aired on Morning Edition and All Things Considered."], notebook=True),
]
ST["drupal"] = [
 S("Politics", "Connecticut lawmakers weigh toll-free bridge fix funded by federal grant",
   "The Gold Star Memorial Bridge repair would take four years.",
   (2025, 3, 3, 18, 47), ["Emma Ruiz"], [
   "State transportation officials told lawmakers Monday that a $158 million federal grant will cover most of the cost of rehabilitating the northbound span of the Gold Star Memorial Bridge between New London and Groton.",
   "The four-year project will replace the deck and repaint the steel, and it will require lane closures on Interstate 95 during overnight hours.",
   "Members of the Transportation Committee pressed officials on how the work will affect traffic to the submarine base and Electric Boat, where shift changes already cause backups.",
   "The department said it will coordinate closures with both employers and post schedules a week ahead."],
   transcript=[("EMMA RUIZ, BYLINE", "The Gold Star Bridge carries about 40,000 vehicles a day across the Thames River."),
               ("GARRETT EUCALITTO", "This is the bridge. It is the link for the whole eastern part of the state."),
               ("RUIZ", "Transportation commissioner Garrett Eucalitto told lawmakers the federal grant means the state won't have to borrow for most of the job."),
               ("RUIZ", "Work could begin next spring. For WNHR News, I'm Emma Ruiz in Hartford.")]),
 S("Health", "New London clinic expands free dental care for uninsured adults",
   "The clinic added two chairs and Saturday hours.",
   (2025, 2, 12, 16, 20), ["Noah Patel", "Eliza Crane"], [
   "A community health center in New London has doubled the number of uninsured adults it can see for dental care after adding two treatment chairs and Saturday hours.",
   "The clinic's director said the waiting list for a first appointment had grown to four months. It is now about six weeks.",
   "The expansion was paid for with a grant from a regional health foundation and donations from local dentists, who volunteer one Saturday a month.",
   "Patients can call the clinic to be screened for eligibility."]),
 S("Reporter's Notebook", "Reporter's Notebook: Three mornings on a lobster boat out of Stonington",
   "Fewer lobsters, more paperwork, and a crew that still shows up at 4 a.m.",
   (2025, 1, 24, 7, 30), ["Eliza Crane"], [
   "The Nancy Ellen leaves the Stonington town dock before the sun comes up, and the captain doesn't wait for reporters who are late. I learned that the first morning.",
   "Over three trips in January I watched a crew of two haul about 250 traps a day, most of them coming up with fewer keepers than a decade ago.",
   "Long Island Sound's lobster population collapsed in the late 1990s, and the few boats still working here have shifted to fishing deeper water east of Fishers Island.",
   "These are my notes from those mornings, a few photos, and some things the captain told me that didn't make it on the radio."], notebook=True),
]
ST["cbc"] = [
 S("Manitoba", "Winnipeg transit overhaul cuts 20 routes, adds frequent service lines",
   "The new network launches June 29 and redraws almost every bus route in the city.",
   (2025, 3, 3, 18, 47), ["Bryce Hoye"], [
   "Winnipeg Transit will replace most of its bus routes with a new network built around frequent service lines on June 29, the city announced Monday.",
   "The plan eliminates 20 routes that planners say overlapped or carried few riders, and adds six primary lines where buses will come at least every 10 minutes during the day.",
   "Some riders in older suburbs will have to walk farther to a stop, and the city says it will run on-demand shuttles in three areas where regular service is ending.",
   "Transit director Björn Radstrom said the change will mean faster trips for most riders, but acknowledged some people will need to learn a new route.",
   "The city will hold open houses at libraries through April."]),
 S("Manitoba", "Province to fund 100 new nurse training seats at Brandon University",
   "The seats will be added over three years starting this fall.",
   (2025, 2, 19, 12, 30), ["Karen Pauls", "Ian Froese"], [
   "Manitoba will pay for 100 more nursing training seats at Brandon University over the next three years, the province's health minister announced Wednesday.",
   "The first 30 seats will open this September, with the rest phased in by 2027. The province says it will spend $6.5 million on the expansion.",
   "Brandon University's dean of health studies said the school turned away more than 300 qualified applicants last year.",
   "Rural health regions have relied heavily on agency nurses to fill shifts, and the province hopes graduates will stay in western Manitoba."]),
 S("Canada", "Ottawa extends disaster assistance deadline for B.C. flood victims",
   "Property owners now have until Sept. 30 to file claims.",
   (2025, 1, 29, 14, 10), ["The Canadian Press"], [
   "The federal government has extended the deadline for British Columbia residents to apply for disaster assistance tied to floods in the Fraser Valley.",
   "Homeowners and small businesses now have until Sept. 30 to file claims, an extension of six months.",
   "Public Safety Canada said many property owners were still waiting for insurance decisions and could not file complete applications by the original deadline.",
   "The province says about 1,800 claims have been processed so far."], cp=True),
]
ST["bbc"] = [
 S("Stoke & Staffordshire", "Bus route to Leek restored after villagers' campaign",
   "The service was cut last year when the operator lost its subsidy.",
   "RECENT", ["Liam Barnes"], [
   "A bus route linking Leek with villages in the Staffordshire Moorlands has been restored after a year-long campaign by residents.",
   "The service was withdrawn last spring when the county council ended its subsidy, leaving some villagers with no public transport to shops and GP surgeries.",
   "Campaigners collected more than 2,000 signatures and lobbied councillors, who agreed to fund a reduced timetable using money from a national bus improvement grant.",
   "Buses will run five times a day on weekdays and three times on Saturdays.",
   "The county council said it would review passenger numbers after six months."], role="BBC News, Staffordshire"),
 S("Stoke & Staffordshire", "Stoke-on-Trent pottery museum wins £1.2m for roof repairs",
   "Water has been leaking into the galleries for three winters.",
   (2025, 3, 3, 18, 47), ["Phil Mackie"], [
   "A museum dedicated to the history of the Potteries has been awarded £1.2m to repair its leaking roof.",
   "The Gladstone Pottery Museum in Longton has had to close two galleries during wet weather because of water coming through the ceiling.",
   "The money comes from the National Lottery Heritage Fund and will also pay for new insulation and solar panels.",
   "Work is due to begin in the autumn and the museum will stay open throughout."], role="Midlands correspondent"),
 S("Stoke & Staffordshire", "Council tax to rise by 4.99% in Staffordshire",
   "Councillors say the rise is needed to fund adult social care.",
   (2025, 2, 13, 14, 25), ["Kerry Ashdown"], [
   "Council tax in Staffordshire will rise by 4.99% from April after the county council approved its budget.",
   "The authority said 2% of the rise would go directly to adult social care, which now accounts for almost half its spending.",
   "Opposition councillors said the increase would hit families already struggling with bills and called for more savings from the council's office estate.",
   "A band D household will pay about £75 a year more for the county council's share of the bill."], role="Local Democracy Reporting Service"),
]
ST["au"] = [
 S("National", "Commuters warned of delays as Sydney Harbour Bridge lane closures begin",
   "Two southbound lanes will close overnight for six weeks.",
   (2025, 3, 4, 8, 15), ["Lena Walsh"], [
   "Motorists crossing the Sydney Harbour Bridge are being warned to expect delays as overnight lane closures begin for six weeks of maintenance work.",
   "Two southbound lanes will be closed between 10pm and 5am from Monday to Thursday while crews replace expansion joints.",
   "Transport for NSW says drivers should use the Harbour Tunnel where possible and allow an extra 15 minutes for trips into the CBD.",
   "The work is part of a $40 million program of repairs to the 93-year-old bridge."]),
 S("National", "Queensland farmers count cost of flooding as waters recede",
   "Cattle losses are expected to climb into the tens of thousands.",
   (2025, 2, 21, 17, 40), ["Ben Carroll", "Priya Nair"], [
   "Graziers in western Queensland are beginning to assess the damage after floodwaters spread across an area larger than Victoria.",
   "AgForce says early estimates suggest tens of thousands of cattle have drowned or are stranded on high ground without feed.",
   "The Defence Force has been dropping fodder by helicopter to properties cut off by water near Longreach and Winton.",
   "The state government has activated disaster recovery grants of up to $75,000 for primary producers."]),
 S("Entertainment", "Melbourne's Moomba festival to return to the Yarra with new night parade",
   "Organisers say the parade will move to Saturday evening for the first time.",
   (2025, 1, 31, 11, 5), ["Jess Morgan"], [
   "Melbourne's Moomba festival will feature its first evening parade when it returns to the banks of the Yarra River over the Labour Day long weekend.",
   "The City of Melbourne said the parade would start at 7pm on the Saturday and would include lit-up floats and a drone show over the river.",
   "The popular Birdman Rally will go ahead on the Sunday, with organisers hoping to break the record for the longest flight off the Princes Bridge platform.",
   "Entry to all festival events is free."]),
]
ST["irish"] = [
 S("News", "Athlone bypass works to close N6 slip road for three weeks",
   "Diversions will be in place from Monday.",
   (2025, 3, 3, 18, 47), [], [
   "A slip road off the N6 at Athlone will close for three weeks from Monday to allow resurfacing works to be carried out.",
   "Westmeath County Council says traffic heading for the town centre will be diverted through the Monksland roundabout.",
   "The works are part of a wider upgrade of the bypass, which carries more than 30,000 vehicles a day.",
   "The council has apologised for any inconvenience and says the works will be carried out at night where possible."], desk=True),
 S("News", "Longford hospital emergency department sees record trolley numbers",
   "The INMO counted 38 patients on trolleys on Tuesday morning.",
   (2025, 2, 4, 11, 30), ["Aoife Brennan"], [
   "The emergency department at the Midland Regional Hospital in Mullingar recorded its highest number of patients on trolleys this year on Tuesday morning.",
   "Figures from the Irish Nurses and Midwives Organisation show 38 people were waiting for a bed, including several who had been there overnight.",
   "Local TDs have called on the Health Minister to visit the hospital and approve funding for a new ward that was promised in 2022.",
   "The HSE says it has opened extra surge beds and is asking people to consider their GP or a local injury unit before attending."]),
 S("Sport", "Shannon Gaels edge Ballymahon in county final thriller",
   "A late point from Ciarán Daly sealed the title.",
   (2025, 1, 19, 17, 55), ["Declan Moran"], [
   "Shannon Gaels are county champions after a late point from Ciarán Daly gave them a one-point win over Ballymahon in a tense final at Pearse Park.",
   "The sides were level five times in the second half, and Ballymahon had a chance to win it in injury time but their free drifted wide.",
   "Shannon Gaels manager Pat Kenny said his side had shown great character after losing last year's final by a single point.",
   "They will now go on to represent the county in the Leinster club championship."]),
]
ST["wire"] = [
 dict(WIRE_FARM),
 S("Business", "US factory orders rise for second straight month as aircraft demand rebounds",
   "Orders excluding transportation were flat.",
   (2025, 2, 27, 10, 2), ["Paul Wiseman"], [
   "WASHINGTON (AP) — Orders to U.S. factories rose 1.1% in January, the second monthly gain in a row, as demand for commercial aircraft bounced back after a strike at a major manufacturer ended.",
   "Excluding the volatile transportation category, orders were unchanged, the Commerce Department said Thursday.",
   "Economists say manufacturers remain cautious about investing because of uncertainty over trade policy and tariffs on steel and aluminum.",
   "Orders for core capital goods, a proxy for business investment plans, slipped 0.2%."]),
 S("Science", "NASA's new weather satellite sends back its first images of Earth",
   "The satellite will help forecasters track hurricanes and wildfires.",
   (2025, 2, 10, 13, 20), ["Marcia Dunn"], [
   "CAPE CANAVERAL, Fla. (AP) — A weather satellite launched in December has sent back its first images of Earth, showing swirling storm systems over the Pacific and snow cover across the Rockies.",
   "The satellite, operated jointly by NASA and the National Oceanic and Atmospheric Administration, orbits 22,000 miles above the equator.",
   "Scientists say its sharper instruments will let forecasters spot wildfires within minutes of ignition and track lightning inside storms.",
   "It is expected to become fully operational later this year."]),
]

# ---------------------------------------------------------------- sites
SITES = [
 dict(k="lakana", name="WKVT NewsChannel 6", call="WKVT", tz="America/New_York", city="Knoxbridge", met="Ron Hale",
      pages=[("section", "/news/local-news/", "Local News"), ("weather", "/weather/", "NewsChannel 6 Weather Forecast"),
             ("radar", "/weather/interactive-radar/", "Interactive Radar"), ("closings", "/weather/school-closings/", "School Closings & Delays"),
             ("contest", "/contests/spring-getaway-sweepstakes/", "Spring Getaway Sweepstakes"), ("team", "/about-us/meet-the-team/", "Meet the NewsChannel 6 Team"),
             ("bio", "/about-us/meet-the-team/dana-whitfield/", "Dana Whitfield"), ("eeo", "/about-us/eeo-public-file/", "EEO Public File Report"),
             ("live", "/live/", "Watch NewsChannel 6 Live"), ("search", "/search/?q=water", "Search")]),
 dict(k="gray", name="WGMT 13", call="WGMT", tz="America/Chicago", city="Columbus", met="Meg Ruiz",
      pages=[("section", "/news/", "News"), ("weather", "/weather/", "First Alert Weather"), ("closings", "/closings/", "Closings and Delays"),
             ("traffic", "/traffic/", "Traffic"), ("schedule", "/tv-schedule/", "WGMT TV Schedule"), ("team", "/about-us/our-team/", "Our Team"),
             ("people", "/author/kelsey-monroe/", "Kelsey Monroe"), ("calendar", "/community/calendar/", "Community Calendar"),
             ("eeo", "/about-us/eeo/", "EEO Public File and Job Openings")]),
 dict(k="nexstar", name="KXNW FOX 44", call="KXNW", tz="America/Denver", city="Pueblo", met="Ben Kessler",
      pages=[("section", "/news/local-news/", "Local News"), ("section", "/news/politics/", "Politics"), ("tag", "/tag/search-and-rescue/", "search and rescue"),
             ("weather", "/weather/", "Weather"), ("radar", "/weather/radar/", "Live Doppler Radar"), ("traffic", "/traffic/", "Traffic"),
             ("contest", "/contests/fox-44-big-game-giveaway/", "FOX 44 Big Game Giveaway"), ("eeo", "/jobs/", "Work at KXNW"),
             ("people", "/author/luis-ortega/", "Luis Ortega"), ("live", "/live-now/", "Live Now")]),
 dict(k="tegna", name="WTQX 10 Tampa Bay", call="WTQX", tz="America/New_York", city="Tampa", met="Denis Phillips",
      pages=[("section", "/local/", "Local"), ("section", "/weather/", "Weather"), ("radar", "/weather/radar/", "Doppler Max Radar"),
             ("closings", "/closings/", "School Closings"), ("live", "/watch/", "Watch 10 Tampa Bay Live"), ("team", "/about-us/team/", "Meet the Team"),
             ("bio", "/about-us/team/rachel-kim/", "Rachel Kim"), ("calendar", "/community/calendar/", "Community Calendar"),
             ("contest", "/contests/", "Contests")]),
 dict(k="sinclair", name="KSNC News 4", call="KSNC", tz="America/Los_Angeles", city="Yakima", met="Kara Lutz",
      pages=[("section", "/news/local/", "Local"), ("weather", "/weather/", "Weather"), ("closings", "/weather/closings/", "Closings"),
             ("schedule", "/station/tv-schedule/", "TV Schedule"), ("team", "/station/people/", "News Team"), ("bio", "/station/people/shannon-cole/", "Shannon Cole"),
             ("eeo", "/station/eeo-report/", "EEO Report"), ("contest", "/contests/", "Contests"), ("search", "/search/?find=orchard", "Search")]),
 dict(k="grove", name="River Valley Public Radio", call="KRVP", tz="America/Los_Angeles", city="Fresno",
      pages=[("section", "/local-news/", "Local News"), ("tag", "/tags/water/", "Water"), ("program", "/show/valley-edition/", "Valley Edition"),
             ("podcast", "/podcast/valley-voices/2025-03-04/why-the-valley-keeps-sinking/", "Why the valley keeps sinking"),
             ("live", "/listen-live/", "Listen Live"), ("schedule", "/schedule/", "Program Schedule"), ("calendar", "/community-calendar/", "Community Calendar"),
             ("people", "/people/ana-castillo/", "Ana Castillo"), ("donate", "/support/", "Support River Valley Public Radio"), ("about", "/about/", "About KRVP")]),
 dict(k="drupal", name="WNHR New Harbor Public Radio", call="WNHR", tz="America/New_York", city="New London",
      pages=[("section", "/news/politics/", "Politics"), ("tag", "/tags/transportation/", "Transportation"), ("program", "/programs/morning-edition/", "Morning Edition"),
             ("podcast", "/podcasts/the-sound-desk/episode-48-dredging-the-thames/", "Episode 48: Dredging the Thames"),
             ("live", "/listen/", "Listen Live"), ("schedule", "/schedule/", "Schedule"), ("people", "/people/emma-ruiz/", "Emma Ruiz"),
             ("about", "/about/contact/", "Contact Us"), ("eeo", "/about/careers/", "Careers at WNHR"), ("calendar", "/events/", "Community Events")]),
 dict(k="cbc", name="CPB News", call="CPB", tz="America/Winnipeg", city="Winnipeg",
      pages=[("section", "/news/canada/manitoba/", "Manitoba"), ("section", "/news/canada/", "Canada"), ("tag", "/news/topic/tag/transit/", "Transit"),
             ("people", "/news/author/bryce-hoye-1.4551234/", "Bryce Hoye"), ("live", "/player/live/", "CPB News Network Live"),
             ("program", "/radio/uptospeed/", "Up To Speed with Faith Fundal"), ("podcast", "/listen/podcasts/manitoba-morning/episode-312/", "Manitoba Morning: Episode 312"),
             ("weather", "/weather/winnipeg/", "Winnipeg Weather"), ("about", "/contact/", "Contact CPB Manitoba")]),
 dict(k="bbc", name="BRC News", call="BRC", tz="Europe/London", city="Stoke-on-Trent",
      pages=[("section", "/news/england/stoke_and_staffordshire/", "Stoke & Staffordshire"), ("tag", "/news/topics/c9z6w/bus-services/", "Bus services"),
             ("weather", "/weather/2636841/", "Stoke-on-Trent - BRC Weather"), ("program", "/sounds/brand/p00radiostoke/", "Breakfast with Lisa Baker"),
             ("podcast", "/sounds/play/p0kx4712/", "Potteries Talk: The last bottle kiln"), ("traffic", "/travelnews/stoke/", "Stoke-on-Trent Travel News"),
             ("schedule", "/schedules/radio-stoke/", "Radio Stoke schedule"), ("about", "/contact/", "Contact BRC Stoke & Staffordshire")]),
 dict(k="au", name="8NEWS", call="8NEWS", tz="Australia/Sydney", city="Sydney", met="Amber Sherlock",
      pages=[("section", "/national/", "National"), ("section", "/entertainment/", "Entertainment"), ("tag", "/topic/flooding/", "Flooding"),
             ("live", "/live/", "8NEWS Live"), ("schedule", "/tv-guide/", "TV Guide"), ("team", "/about/our-team/", "Our team"),
             ("bio", "/about/our-team/lena-walsh/", "Lena Walsh"), ("weather", "/weather/sydney/", "Sydney weather"),
             ("contest", "/competitions/win-a-trip-to-the-gold-coast/", "Win a trip to the Gold Coast"), ("search", "/search/?q=flood", "Search")]),
 dict(k="irish", name="Lough FM 96.4", call="Lough FM", tz="Europe/Dublin", city="Athlone",
      pages=[("section", "/news/", "News"), ("section", "/sport/", "Sport"), ("podcast", "/podcasts/midlands-today-tuesday-4th-march/", "The Midlands Today - Tuesday 4th March"),
             ("program", "/shows/the-midlands-today/", "The Midlands Today"), ("live", "/listen-live/", "Listen Live"), ("schedule", "/schedule/", "Schedule"),
             ("contest", "/competitions/win-tickets-to-electric-picnic/", "Win tickets to Electric Picnic"), ("eeo", "/careers/", "Careers"),
             ("deaths", "/death-notices/", "Death Notices"), ("about", "/contact/", "Contact")]),
 dict(k="wire", name="Allied Press", call="AP", tz="America/New_York", city="New York",
      pages=[("section", "/hub/politics/", "Politics"), ("section", "/hub/business/", "Business"), ("section", "/hub/science/", "Science"),
             ("tag", "/hub/agriculture/", "Agriculture"), ("people", "/author/john-hanna/", "John Hanna"), ("search", "/search/?q=farm+bill", "Search"),
             ("about", "/about/", "About Allied Press"), ("contest", "/newsletters/", "Newsletters")]),
]
for i, c in enumerate(SITES):
    c["host"] = "127.0.4.%d" % (41 + i)
    c["z"] = ZoneInfo(c["tz"])
BY = {c["k"]: c for c in SITES}


def nav(c):
    secs = "".join('<li class="nav-item"><a href="%s">%s</a></li>' % (p, E(t)) for k, p, t in c["pages"])
    return '<nav class="site-nav" aria-label="Main"><ul>%s</ul></nav>' % secs


def footer(c):
    yr = NOW.year
    extra = {"wire": "Copyright %d Allied Press. All Rights Reserved." % yr,
             "bbc": "Copyright %d BRC. The BRC is not responsible for the content of external sites." % yr,
             "cbc": "©%d Canadian Public Broadcasting. All rights reserved." % yr,
             "grove": "© %d River Valley Public Radio. KRVP is a service of Valley State University." % yr,
             "drupal": "© %d WNHR New Harbor Public Radio | FCC Public Files | Privacy Policy" % yr,
             "au": "© 8NEWS %d" % yr, "irish": "© %d Lough FM 96.4. Licensed by Coimisiún na Meán." % yr}.get(
        c["k"], "Copyright %d %s. All rights reserved. | FCC Public File | EEO Report | Closed Captioning" % (yr, c["call"]))
    return '<footer class="site-footer"><ul>%s</ul><p class="copyright">%s</p></footer>' % (
        "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for k, p, t in c["pages"]), E(extra))


def page(c, title, main, head="", bodycls=""):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body class="%s">'
            '<header class="site-header"><a class="logo" href="/">%s</a>%s'
            '<div class="header-promo"><a href="%s">Watch Live</a></div></header>'
            '<main id="main-content">%s</main>%s</body></html>') % (
        E(title), head, bodycls, E(c["name"]), nav(c), c["pages"][-1][1] if c["k"] in ("wire",) else "/", main, footer(c))


def og(c, s, typ="article"):
    return ('<meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
            '<meta property="og:url" content="%s"><meta name="description" content="%s">') % (
        typ, E(s["head"]), E(c["name"]), url(c, s["path"]), E(s["dek"]))


def paras(s, cls="", tag="p"):
    return "".join('<%s%s>%s</%s>' % (tag, ' class="%s"' % cls if cls else "", E(p), tag) for p in s["paras"])


def ago(c, n, skip):
    """Teasers of the site's other stories, with relative times (noise)."""
    o = [x for x in c["stories"] if x is not skip]
    return "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a> <span class="time-ago">%d hours ago</span></li>' % (x["path"], E(x["head"]), n + 2 * i) for i, x in enumerate(o))


def newsld(c, s, authors, pub=None, mod=None, extra=None):
    o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": pub or iso(s["d"]),
         "dateModified": mod or iso(s["u"]), "publisher": {"@type": "Organization", "name": c["name"]}, "mainEntityOfPage": url(c, s["path"])}
    if authors is not None:
        o["author"] = [{"@type": "Person", "name": a} for a in authors]
    o.update(extra or {})
    return ld(o)


# ---------------------------------------------------------------- article templates
def mdy(d, lead=True):  # "Mar 3, 2025 / 06:47 PM EST"
    return "%s %d, %d / %s %s" % (MON[d.month - 1][:3], d.day, d.year, h12(d, lead), d.strftime("%Z"))


def art_lakana(c, s):
    link = lambda a: '<a href="/author/%s/">%s</a>' % (slug(a), E(a))  # noqa: E731
    if s.get("newsource"):
        by = 'By: <span class="byline-name">CNN Newsource</span>'
    elif s.get("cred2"):
        by = "By: %s, Reporter and %s, Photojournalist" % (link(s["au"][0]), link(s["au"][1]))
    else:
        by = "By: %s, %s" % (link(s["au"][0]), E(s["role"]))
    video = ""
    if s.get("video"):
        video = ('<div class="lakana-video-player" data-video-title="%s"><div class="vjs-title-bar"><span class="vjs-title">%s</span></div>'
                 '<video class="video-js" poster="/img/poster-%d.jpg" controls></video></div>') % (E(s["video"]), E(s["video"]), s["n"])
    body = paras(s)
    if s.get("newsource"):
        body = body.replace("<p>", "<p>(CNN) — ", 1)
    main = ('<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news/local-news/">%s</a></div>'
            '<article class="article-wrap"><h1 class="article-headline">%s</h1>%s'
            '<div class="article-meta"><div class="byline">%s</div><div class="timestamps"><span class="posted">Posted: %s</span>'
            ' <span class="updated">Updated: %s</span></div></div>'
            '<div class="article-share"><a href="#">Share</a> <a href="#">Email</a></div>'
            '<div class="article-content">%s<div class="related-articles"><h3>More Local News</h3>%s</div>'
            '<p class="copyright">Copyright %d WKVT. All rights reserved.</p></div></article>') % (
        E(s["sec"]), E(s["head"]), video, by, mdy(s["d"]), mdy(s["u"]), body, ago(c, 3, s), s["d"].year)
    head = og(c, s) + '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (iso(s["d"]), iso(s["u"]))
    return page(c, "%s | WKVT NewsChannel 6" % s["head"], main, head, "single-article")


AP_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def art_gray(c, s):
    if s.get("copy"):
        by = 'By The Associated Press'
        authors = ["The Associated Press"]
        tail = "Copyright %d The Associated Press. All rights reserved." % s["d"].year
    elif s.get("staff"):
        by, authors = "By WGMT Staff", ["WGMT Staff"]
        tail = "Copyright %d WGMT. All rights reserved." % s["d"].year
    else:
        by = "By " + " and ".join('<a class="author-name" href="/author/%s/">%s</a>' % (slug(a), E(a)) for a in s["au"])
        authors = s["au"]
        tail = "Copyright %d WGMT. All rights reserved." % s["d"].year
    d = s["d"]
    pub = "Published: %s %d, %d at %s %s" % (AP_MON[d.month - 1], d.day, d.year, h12(d), d.strftime("%Z"))
    main = ('<article class="article default"><div class="headline-wrapper"><h1 class="headline__text">%s</h1></div>'
            '<div class="article-meta"><div class="byline"><span class="text-sm">%s</span></div>'
            '<div class="published-date-time"><span class="published-date">%s</span><span class="divider">|</span>'
            '<span class="updated-date">Updated: 2 hours ago</span></div></div>'
            '<div class="lead-art"><figure><img src="/resizer/%d.jpg" alt=""><figcaption>%s (Source: WGMT)</figcaption></figure></div>'
            '<div class="article-body">%s<p class="tail"><i>%s</i></p></div></article>'
            '<aside class="trending"><h2>Most Read</h2>%s</aside>') % (
        E(s["head"]), by, pub, s["n"], E(s["dek"]), paras(s, "default__StyledText"), E(tail), ago(c, 1, s))
    head = og(c, s) + newsld(c, s, authors, pub=z(s["d"]), mod=z(s["u"]))
    return page(c, "%s" % s["head"], main, head)


def art_nexstar(c, s):
    if s.get("copy"):
        by = "by: %s, Associated Press" % ", ".join(a.upper() for a in s["au"])
        yo = "Associated Press"
    else:
        by = "by: " + ", ".join('<a href="/author/%s/">%s</a>' % (slug(a), E(a)) for a in s["au"])
        yo = s["au"][0]
    ps = ["<p>%s</p>" % E(p) for p in s["paras"]]
    trend = '<aside class="widget widget--trending"><h2 class="widget__title">Trending Stories</h2>%s</aside>' % ago(c, 4, s)
    ps.insert(2, trend)
    main = ('<article class="article-content"><header class="article-header"><h1 class="article-title">%s</h1>'
            '<div class="article-meta"><p class="article-authors">%s</p>'
            '<p class="article-date"><time datetime="%s">Posted: %s</time></p>'
            '<p class="article-date article-date--updated"><time datetime="%s">Updated: %s</time></p></div></header>'
            '<div class="article-featured-media"><figure><img src="/wp-content/uploads/sites/9/%d.jpg" alt=""><figcaption>(Getty Images)</figcaption></figure></div>'
            '<div class="article-body">%s<p class="article-copyright">Copyright %d Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></div>'
            '<div class="article-footer-cta"><a href="/newsletters/">Sign up for KXNW newsletters</a></div></article>') % (
        E(s["head"]), by, iso(s["d"]), mdy(s["d"]), iso(s["u"]), mdy(s["u"]), s["n"], "".join(ps), s["d"].year)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": iso(s["d"]), "dateModified": iso(s["u"]),
         "author": {"@id": url(c, "/#/schema/person/%s" % slug(yo))}, "isPartOf": {"@id": url(c, s["path"])}},
        {"@type": "WebPage", "@id": url(c, s["path"]), "name": s["head"] + " | KXNW"},
        {"@type": "Person", "@id": url(c, "/#/schema/person/%s" % slug(yo)), "name": yo}]}
    head = og(c, s) + '<link rel="canonical" href="%s">' % url(c, s["path"]) + ld(graph)
    return page(c, "%s | KXNW" % s["head"], main, head, "post-template-default single single-post")


def art_tegna(c, s):
    d, u = s["d"], s["u"]
    fmt = lambda x: "%s %s %s %d, %d" % (h12(x), x.strftime("%Z"), MON[x.month - 1], x.day, x.year)  # noqa: E731
    if s.get("station_author"):
        au = '<span class="article__author-prefix">Author: </span><span class="article__author-name">10 Tampa Bay</span>'
        authors = None
    else:
        au = '<span class="article__author-prefix">Author: </span>' + ", ".join('<a class="article__author-link" href="/about-us/team/%s/">%s</a>' % (slug(a), E(a)) for a in s["au"])
        authors = s["au"]
    lead = ""
    if s.get("video"):
        lead = ('<div class="article__lead-asset"><div class="video" data-module="video-player"><div class="video__player-wrap"><video poster="/img/v%d.jpg"></video></div>'
                '<h2 class="video__title">%s</h2><div class="video__summary">Deputies say the truck had damage to its passenger-side mirror.</div>'
                '<div class="video__credit">Credit: WTQX</div></div></div>') % (s["n"], E(s["video"]))
    else:
        lead = '<div class="article__lead-asset"><figure class="image"><img src="/img/p%d.jpg" alt=""><figcaption class="image__caption">Credit: WTQX</figcaption></figure></div>' % s["n"]
    main = ('<div class="article" data-module="article"><h1 class="article__headline">%s</h1>%s'
            '<div class="article__summary">%s</div><div class="article__author">%s</div>'
            '<div class="article__published">Published: %s</div><div class="article__updated">Updated: %s</div>'
            '<div class="article__section article__section_type_text">%s</div>'
            '<div class="article__section article__section_type_related"><h3>Related Articles</h3>%s</div></div>') % (
        E(s["head"]), lead, E(s["dek"]), au, fmt(d), fmt(u), paras(s, "article__paragraph"), ago(c, 2, s))
    head = og(c, s) + newsld(c, s, authors)
    return page(c, "%s | wtqx.com" % s["head"], main, head)


def art_sinclair(c, s):
    d, u = s["d"], s["u"]
    fmt = lambda x: "%s, %s %s %d at %s" % (DAY[x.weekday()][:3], MON[x.month - 1], ordinal(x.day), x.year, h12(x))  # noqa: E731
    names = " and ".join('<span class="index-module_authorName__1aQ9">%s</span>' % E(a) for a in s["au"])
    by = "by %s%s" % (names, ", KSNC Staff" if len(s["au"]) == 1 else "")
    main = ('<div class="index-module_storyContainer__3kP0Z"><div class="index-module_sectionLabel__2Qm7"><a href="/news/local/">%s</a></div>'
            '<h1 class="index-module_headline__1ZpNa">%s</h1>'
            '<div class="index-module_byline__Zt8Gv"><div class="index-module_authors__3fE1">%s</div>'
            '<div class="index-module_timestamp__aWq2"><span>%s</span><span class="index-module_updated__9Yt1">Updated %s</span></div></div>'
            '<div class="index-module_toolbar__2hxD"><button>AA</button><button>Share</button></div>'
            '<figure class="index-module_lead__4Rx"><img src="/resources/media/%d.jpg" alt=""><figcaption>(KSNC)</figcaption></figure>'
            '<div class="StoryText-module_storyText__1Gx3">%s</div>'
            '<div class="index-module_loading__Gt5">Loading ...</div></div>') % (
        E(s["sec"]), E(s["head"]), by, fmt(d), fmt(u), s["n"], paras(s))
    head = og(c, s) + newsld(c, s, s["au"], pub=z(d), mod=z(u))
    return page(c, "%s" % s["head"], main, head)


def transcript(s, cls):
    return '<div class="%s"><h3>Transcript</h3>%s</div>' % (cls, "".join("<p>%s: %s</p>" % (E(a), E(b)) for a, b in s["transcript"]))


def art_grove(c, s):
    d = s["d"]
    stamp = "%s %d, %d at %s %s" % (MON[d.month - 1], d.day, d.year, h12(d), d.strftime("%Z"))
    ms = int(d.timestamp() * 1000)
    au = "".join('<div class="AuthorByline"><a class="AuthorByline-name" href="/people/%s/">%s</a></div>' % (slug(a), E(a)) for a in s["au"])
    audio = ""
    if s.get("transcript"):
        audio = '<div class="ArtP-audio"><ps-stream-audio data-title="%s" data-duration="232"><button class="AudioEnhancement-play">Listen &bull; 3:52</button></ps-stream-audio></div>' % E(s["head"])
    tr = transcript(s, "ArtP-transcript RichTextBody") if s.get("transcript") else ""
    main = ('<div class="ArtP-ArtPage"><div class="ArtP-header"><div class="ArtP-sectionName"><a href="/local-news/">%s</a></div>'
            '<h1 class="ArtP-headline">%s</h1><h2 class="ArtP-subHeadline">%s</h2>'
            '<div class="ArtP-byline"><div class="ArtP-authors">By %s</div><div class="ArtP-timestamp">'
            '<bsp-timestamp data-timestamp="%d" data-date-format="MMMM d, yyyy at h:mm a z"><span class="ArtP-dateLabel">Published </span>%s</bsp-timestamp></div></div></div>'
            '%s<div class="ArtP-lead"><figure><img src="/dims4/%d.jpg" alt=""><figcaption>%s / KRVP</figcaption></figure></div>'
            '<div class="RichTextArticleBody"><div class="RichTextBody">%s</div></div>%s'
            '<div class="ArtP-authorBio"><p>%s is a reporter at River Valley Public Radio. She joined the station in 2021.</p></div>'
            '<div class="ArtP-donate"><p>You make stories like this possible. River Valley Public Radio is a nonprofit newsroom supported by listeners. <a href="/support/">Donate today</a>.</p></div></div>') % (
        E(s["sec"]), E(s["head"]), E(s["dek"]), au, ms, stamp, audio, s["n"], E(s["au"][0]), paras(s), tr, E(s["au"][0]))
    head = og(c, s) + '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s">' % (z(d), E(s["sec"]))
    return page(c, "%s | River Valley Public Radio" % s["head"], main, head, "ArticlePage")


def art_drupal(c, s):
    d = s["d"]
    stamp = "Published %s %s, %s %s %d, %d" % (h12(d), d.strftime("%Z"), DAY[d.weekday()][:3], MON[d.month - 1], d.day, d.year)
    audio = ""
    if s.get("transcript"):
        audio = '<div class="field field-name-field-audio"><div class="jp-audio"><audio src="/sites/default/files/audio/%d.mp3"></audio><span class="listen">Listen &middot; 3:48</span></div></div>' % s["n"]
    tr = "<h3>Transcript</h3>" + "".join("<p>%s: %s</p>" % (E(a), E(b)) for a, b in s["transcript"]) if s.get("transcript") else ""
    photos = ""
    if s.get("notebook"):
        photos = "".join('<div class="field-item"><img src="/sites/default/files/styles/large/%d.jpg" alt=""><p class="caption">%s (Eliza Crane / WNHR)</p></div>' % (i, E(x))
                         for i, x in enumerate(["Captain Walt Pendergast sorts the morning's catch.", "Traps stacked on the Stonington town dock."]))
        photos = '<div class="field field-name-field-photos">%s</div>' % photos
    nid = 41000 + s["n"] * 17 + len(s["head"])
    sub = d + TD(days=1, hours=3)
    main = ('<div id="node-%d" class="node node-article node-promoted view-mode-full clearfix" about="%s" typeof="sioc:Item foaf:Document">'
            '<h1 class="page-header" id="page-title">%s</h1><span property="dc:title" content="%s" class="rdf-meta element-hidden"></span>'
            '<div class="field field-name-field-byline field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">%s | WNHR</div></div></div>'
            '<div class="field field-name-field-date"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="%s">%s</span></div>'
            '%s<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%s%s</div></div></div>%s'
            '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="/tags/transportation/">Transportation</a></div></div>'
            '<div class="submitted"><span property="dc:date dc:created" content="%s" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" property="foaf:name">webadmin</span> on %s</span></div></div>'
            '<div class="block block-views"><h2>Support Local Journalism</h2><p>WNHR is member-supported. Become a sustaining member today.</p></div>') % (
        nid, s["path"], E(s["head"]), E(s["head"]), E(", ".join(s["au"])), iso(d), stamp, audio, paras(s), tr, photos,
        iso(sub), sub.strftime("%a, %m/%d/%Y - %H:%M"))
    head = '<link rel="canonical" href="%s"><link rel="shortlink" href="/node/%d"><meta name="description" content="%s">' % (url(c, s["path"]), nid, E(s["dek"]))
    return page(c, "%s | WNHR New Harbor Public Radio" % s["head"], main, head, "html not-front page-node node-type-article")


def art_cbc(c, s):
    d = s["d"]
    if s.get("cp"):
        au = '<span class="authorText">The Canadian Press</span>'
    else:
        au = '<span class="authorText">%s · CPB News</span>' % ", ".join('<a class="bylineLink" href="/news/author/%s-1.%d/">%s</a>' % (slug(a), 4551234 + i, E(a)) for i, a in enumerate(s["au"]))
    upd = s["u"]
    main = ('<div class="storyWrapper"><div class="sectionLabel"><a href="/news/canada/manitoba/">%s</a></div><h1 class="detailHeadline">%s</h1><h2 class="deck">%s</h2>'
            '<div class="bylineDetails"><div class="byline">%s</div><div class="timeStamps"><time class="timeStamp" datetime="%s" title="%s">Posted: %s %02d, %d %s %s</time>'
            '<span class="delimiter"> | </span><span class="updatedTime">Last Updated: %s %d</span></div></div>'
            '<div class="sharingBar"><span class="socialSharingTitle">Social Sharing</span></div>'
            '<div class="story"><figure class="imageMedia"><img src="/i/%d.jpg" alt=""><figcaption>(Trevor Brine/CPB)</figcaption></figure>%s'
            '<div class="similarContent"><h3>Related Stories</h3>%s</div></div>'
            '<div class="storyFooter"><p class="corrections">Corrections and clarifications | Submit a news tip | Report error</p><p>CPB\'s Journalistic Standards and Practices</p></div></div>') % (
        E(s["sec"]), E(s["head"]), E(s["dek"]), au, d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "%s %d, %d %s" % (MON[d.month - 1], d.day, d.year, h12(d)),
        MON[d.month - 1][:3], d.day, d.year, h12(d), d.strftime("%Z"), MON[upd.month - 1], upd.day, s["n"], paras(s), ago(c, 5, s))
    head = og(c, s) + newsld(c, s, s["au"] if not s.get("cp") else None, pub=z(d), mod=z(upd))
    return page(c, "%s | CPB News" % s["head"], main, head)


def art_bbc(c, s):
    d = s["d"]
    shown = "%d hours ago" % s["hrs"] if s.get("hrs") else "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    blocks = "".join('<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w21">%s</p></div>' % E(p) for p in s["paras"])
    main = ('<article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5"><header data-component="headline-block" class="ssrcss-1eqcsb1-HeadingWrapper e1nh2i2l4">'
            '<h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-15xko80-StyledHeading e10rt3ze0"><span role="text">%s</span></h1></header>'
            '<div data-component="byline-block" class="ssrcss-1i4ie53-BylineBlock e1p2pvqd0"><div class="ssrcss-m5j4pi-MetadataContent eh44mf00">'
            '<time data-testid="timestamp" datetime="%s" class="ssrcss-1if1g9v-MetadataText e1ojgjhb1">%s</time></div>'
            '<div data-testid="byline-new-contributors" class="ssrcss-68pt20-Text-TextContributorName e8mq1e96"><div class="ssrcss-1u2in0b-Container"><span class="ssrcss-1kmwj4w-Text-TextContributorName">%s</span>'
            '<div class="ssrcss-84ltp5-Text e1jhz7w23">%s</div></div></div></div>'
            '<div data-component="image-block"><figure><img src="/news/1024/cpsprodpb/%d.jpg" alt=""><figcaption class="ssrcss-1nbfd9v-Caption">%s</figcaption></figure></div>'
            '%s<div data-component="text-block"><p><i>Follow BRC Stoke &amp; Staffordshire on BRC Sounds, Facebook, X and Instagram.</i></p></div>'
            '<div data-component="links-block"><h2>More on this story</h2>%s</div></article>') % (
        E(s["head"]), d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), shown, E(s["au"][0]), E(s["role"]), s["n"], E(s["dek"]), blocks, ago(c, 6, s))
    head = og(c, s) + '<link rel="canonical" href="%s">' % url(c, s["path"])
    return page(c, "%s - BRC News" % s["head"], main, head)


def art_au(c, s):
    d = s["d"]
    shown = "%d/%02d/%d %d:%02d%s" % (d.day, d.month, d.year, d.hour % 12 or 12, d.minute, "am" if d.hour < 12 else "pm")
    ps = ["<p>%s</p>" % E(p) for p in s["paras"]]
    ps.insert(2, '<div class="newsletter-inline"><p><strong>Sign up here to receive our daily newsletter and breaking news alerts, sent straight to your inbox.</strong></p></div>')
    main = ('<article class="article"><div class="article__kicker">%s</div><h1 class="article__headline">%s</h1>'
            '<div class="article__meta"><span class="article__byline">%s | 8NEWS</span> <time class="article__date">%s</time></div>'
            '<div class="article__video"><div class="video-player" data-title="%s"><video></video></div></div>'
            '<div class="article__body">%s</div><div class="article__watch"><p>Watch 8NEWS live every night at 6pm.</p></div>'
            '<section class="more-stories"><h2>More stories</h2>%s</section></article>') % (
        E(s["sec"]), E(s["head"]), E(" and ".join(s["au"])), shown, E(s["head"]), "".join(ps), ago(c, 1, s))
    head = og(c, s) + newsld(c, s, s["au"])
    return page(c, "%s | 8NEWS" % s["head"], main, head)


def art_irish(c, s):
    d = s["d"]
    shown = "%s %s %d, %02d:%02d" % (ordinal(d.day), MON[d.month - 1][:3], d.year, d.hour, d.minute)
    name = "News Desk" if s.get("desk") else s["au"][0]
    main = ('<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-%s">'
            '<header class="entry-header"><span class="cat-links"><a href="/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span> '
            '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s"></time></span></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/%02d/%d.jpg" alt=""></div>'
            '<div class="entry-content">%s<p><iframe src="/player/clip-%d" title="Listen back"></iframe></p></div>'
            '<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3></div></footer></article>'
            '<div id="comments" class="comments-area"></div>') % (
        slug(s["sec"]), slug(s["sec"]), E(s["sec"]), E(s["head"]), slug(name), E(name), iso(d), shown, iso(s["u"]), d.month, s["n"], paras(s), s["n"])
    head = og(c, s) + '<link rel="canonical" href="%s">' % url(c, s["path"])
    return page(c, "%s - Lough FM 96.4" % s["head"], main, head, "post-template-default single single-post")


def art_wire(c, s):
    d = s["d"]
    stamp = "%s %s, %s %d, %d" % (h12(d), d.strftime("%Z"), MON[d.month - 1], d.day, d.year)
    au = " and ".join('<a class="Link" href="/author/%s/">%s</a>' % (slug(a), E(a.upper())) for a in s["au"])
    main = ('<div class="Page-content"><div class="Page-breadcrumbs"><a href="/hub/%s/">%s</a></div><h1 class="Page-headline">%s</h1>'
            '<div class="Page-byline"><div class="Page-authors">By %s</div><div class="Page-dateModified">'
            '<bsp-timestamp data-timestamp="%d"><span>Updated </span>%s</bsp-timestamp></div></div>'
            '<div class="Page-lead"><figure><img src="/images/%d.jpg" alt=""><figcaption>(AP Photo)</figcaption></figure></div>'
            '<div class="RichTextStoryBody RichTextBody">%s</div>'
            '<div class="Page-below"><h2>Most read</h2>%s</div></div>') % (
        slug(s["sec"]), E(s["sec"]), E(s["head"]), au, int(d.timestamp() * 1000), stamp, s["n"], paras(s), ago(c, 2, s))
    head = og(c, s) + newsld(c, s, s["au"], pub=z(d), mod=z(d))
    return page(c, "%s | Allied Press News" % s["head"], main, head, "StoryPage")


ART = dict(lakana=art_lakana, gray=art_gray, nexstar=art_nexstar, tegna=art_tegna, sinclair=art_sinclair, grove=art_grove,
           drupal=art_drupal, cbc=art_cbc, bbc=art_bbc, au=art_au, irish=art_irish, wire=art_wire)


def path_of(c, s):
    d, sl = s["d"], slug(s["head"])
    return {
        "lakana": "/news/%s/%s/" % (slug(s["sec"]), sl),
        "gray": "/%d/%02d/%02d/%s/" % (d.year, d.month, d.day, sl),
        "nexstar": "/news/%s/%s/" % (slug(s["sec"]), sl),
        "tegna": "/article/news/%s/%s/67-%08x-%04x/" % (slug(s["sec"]), sl, len(s["head"]) * 7919, s["n"] * 4111),
        "sinclair": "/news/local/%s" % sl,
        "grove": "/%s/%d-%02d-%02d/%s" % (slug(s["sec"]), d.year, d.month, d.day, sl),
        "drupal": "/post/%s" % sl,
        "cbc": "/news/%s/%s-1.%d" % ("canada" if s.get("cp") else "canada/manitoba", sl, 7470000 + len(s["head"]) * 13 + s["n"]),
        "bbc": "/news/articles/c%s" % "".join("abcdefghjklmnpqrstvwxyz0123456789"[(ord(ch) * 7 + i) % 33] for i, ch in enumerate(sl[:11])),
        "au": "/national/%s/%08x" % (sl, len(s["head"]) * 104729 + s["n"]) if s["sec"] == "National" else "/entertainment/%s/%08x" % (sl, len(s["head"]) * 104729),
        "irish": "/%s/%s/" % (slug(s["sec"]), sl),
        "wire": "/article/%s-%s" % (sl, hashlib.md5(sl.encode()).hexdigest()),
    }[c["k"]]


# ---------------------------------------------------------------- non-article pages
def teaserlist(c, stories, dates=True):
    return '<ul class="story-list">%s</ul>' % "".join(
        '<li class="story-card"><a class="story-card__link" href="%s"><h3 class="story-card__title">%s</h3></a><p class="story-card__dek">%s</p>%s</li>' % (
            s["path"], E(s["head"]), E(s["dek"]), ' <span class="story-card__date">%s %d</span>' % (MON[s["d"].month - 1][:3], s["d"].day) if dates else "")
        for s in stories)


def nonart(c, kind, path, title):
    V = lambda text: E(shuffled(text, c["k"] + kind))  # noqa: E731  (each site's own wording)
    today = NOW.astimezone(c["z"])
    tds = "%s %d, %d" % (MON[today.month - 1][:3], today.day, today.year)
    st = c["stories"]
    person = st[0]["au"][0] if st[0]["au"] else "Aoife Brennan"
    if kind in ("section", "tag"):
        main = '<h1 class="section-title">%s</h1>%s<div class="pagination"><a href="%s?page=2">Load more</a></div>' % (E(title), teaserlist(c, st), path.split("?")[0])
    elif kind == "search":
        main = '<h1>Search results</h1><form action="/search/"><input name="q" value="%s"></form><p>%d results</p>%s' % (
            E(path.split("=")[-1].replace("+", " ")), len(st), teaserlist(c, st[:2]))
    elif kind == "weather":
        met = c.get("met", "Jen Walsh")
        days = "".join("<tr><td>%s</td><td>%d&deg;</td><td>%d&deg;</td><td>%s</td></tr>" % (DAY[(today.weekday() + i) % 7][:3], 58 + i * 3 % 7, 38 + i * 5 % 6, ["Sunny", "Showers", "Cloudy", "Storms", "Windy"][i % 5]) for i in range(7))
        main = ('<div class="weather-page"><h1>%s</h1><div class="current-conditions"><span class="temp">54&deg;</span> Partly cloudy in %s</div>'
                '<section class="forecast-discussion"><h2>Forecast discussion</h2><p class="byline">By: Chief Meteorologist %s</p><p class="posted">Posted: %s / 4:15 PM</p>'
                '<p>%s</p>'
                '<p>%s</p></section>'
                '<table class="seven-day"><tr><th>Day</th><th>High</th><th>Low</th><th></th></tr>%s</table><p><a href="/weather/radar/">Radar</a></p></div>') % (
            E(title), E(c["city"]), E(met), tds, V("A cold front slides through %s tonight, bringing a line of showers and a few rumbles of thunder between 8 p.m. and midnight, and behind the front gusty northwest winds will make it feel colder tomorrow morning." % c["city"]), V("High pressure builds in for the second half of the week over %s with plenty of sunshine and a gradual warming trend, and our next chance of rain arrives late in the weekend." % c["city"]), days)
    elif kind == "radar":
        main = '<h1>%s</h1><div id="radar-map" class="interactive-radar" data-lat="36.0" data-lon="-84.0"></div><ul class="legend"><li>Rain</li><li>Mix</li><li>Snow</li></ul><p>Radar data refreshes every five minutes.</p>' % E(title)
    elif kind == "closings":
        rows = [("%s County Schools" % c["city"], "Closed"), ("St. Mary's Catholic School", "2 Hour Delay"), ("Head Start - all centers", "Closed"),
                ("%s Community College" % c["city"], "Opening at 10 a.m."), ("First Baptist Church Daycare", "Closed")]
        main = '<h1>%s</h1><p class="updated">Last updated: %s 5:12 AM</p><table class="closings"><tr><th>Organization</th><th>Status</th></tr>%s</table><p>School officials: submit a closing with your institution login.</p>' % (
            E(title), tds, "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(a), E(b)) for a, b in rows))
    elif kind == "traffic":
        main = '<h1>%s</h1><div class="traffic-map"></div><ul class="incidents">%s</ul>' % (E(title), "".join(
            '<li><span class="time">%s</span> %s</li>' % (t, E(x)) for t, x in [("6:42 AM", "Crash blocking right lane on the interstate at exit 12"), ("7:05 AM", "Road work on Main Street, one lane open"), ("7:18 AM", "Disabled vehicle on the bridge, shoulder")]))
    elif kind == "contest":
        main = ('<div class="contest"><h1>%s</h1><p>Enter for your chance to win! One grand prize winner will be drawn at random.</p>'
                '<h2>Official Rules</h2><p>NO PURCHASE NECESSARY. %s</p>'
                '<p>%s</p>'
                '<p>Employees of %s, its parent company and contest sponsors and their immediate families are not eligible.</p>'
                '<form class="contest-entry"><input name="name"><input name="email"><button>Enter now</button></form></div>') % (E(title), V("The entry period for the %s contest begins at 12:00 a.m. on March 1, 2025 and ends at 11:59 p.m. on March 31, 2025, open to legal residents of the area who are 18 years of age or older." % c["call"]), V("One winner will be selected in a random drawing on or about April 2, 2025 and notified by phone or email; the approximate retail value of the prize is $2,500 and the odds of winning depend on the number of eligible entries received in %s." % c["city"]), E(c["name"]))
    elif kind == "schedule":
        shows = ["Morning News", "Good Morning America", "Live with Kelly and Mark", "The Price Is Right", "News at Noon", "Jeopardy!", "Evening News", "Late Night"]
        if c["k"] in ("grove", "drupal", "bbc", "irish"):
            shows = ["Morning Edition", "Here and Now", "The Midday Show", "All Things Considered", "Marketplace", "Jazz After Hours"] if c["k"] in ("grove", "drupal") else ["Breakfast", "Mid-Morning", "Afternoon Show", "Drive Time", "Evening Sport", "Overnight"]
        main = '<h1>%s</h1><p>%s</p><table class="schedule">%s</table>' % (E(title), today.strftime("%A"), "".join(
            "<tr><td>%d:00</td><td>%s</td></tr>" % (5 + i * 2, E(x)) for i, x in enumerate(shows)))
    elif kind == "team":
        people = [(person, "Anchor/Reporter"), (c.get("met", "Jen Walsh"), "Chief Meteorologist"), ("Carlos Mendez", "Sports Director"), ("Beth Anders", "Morning Anchor")]
        bio = [p for k, p, t in c["pages"] if k == "bio"]
        main = '<h1>%s</h1><div class="team-grid">%s</div>' % (E(title), "".join(
            '<div class="team-member"><img src="/img/team/%d.jpg" alt=""><h3>%s</h3><p>%s</p></div>' % (i, '<a href="%s">%s</a>' % (bio[0], E(n)) if i == 0 and bio else E(n), E(r)) for i, (n, r) in enumerate(people)))
    elif kind == "bio":
        main = ('<div class="bio-page"><img class="headshot" src="/img/team/0.jpg" alt="%s"><h1>%s</h1><p class="title">Anchor/Reporter</p>'
                '<p>%s joined %s in 2018 and anchors the weekend evening newscasts. Before coming to %s, she reported for stations in Bristol and Huntsville.</p>'
                '<p>She grew up in a small town outside the area and graduated from the state university with a degree in broadcast journalism. Her reporting on rural hospital closures earned a regional Emmy nomination in 2022.</p>'
                '<p>%s</p>'
                '<p><a href="mailto:news@example.com">Email %s</a> | <a href="#">Follow on Facebook</a></p><h2>Latest stories</h2>%s</div>') % (
            E(title), E(title), E(title), E(c["name"]), E(c["city"]), V("When she is not at the station in %s, you can find her hiking with her rescue dog, Biscuit, or cheering on the local minor league team." % c["city"]), E(title.split()[0]), teaserlist(c, st[:1]))
    elif kind == "eeo":
        main = ('<div class="eeo"><h1>%s</h1><p>%s is an Equal Opportunity Employer. This EEO Public File Report covers the period from March 1, 2024 through February 28, 2025.</p>'
                '<h2>Current openings</h2><ul><li>Multimedia Journalist - full time</li><li>Weekend Producer - full time</li><li>Account Executive - full time</li><li>Master Control Operator - part time</li></ul>'
                '<h2>Full-time vacancies filled during the reporting period</h2><table><tr><th>Job title</th><th>Recruitment sources</th><th>Hired from</th></tr>'
                '<tr><td>Reporter</td><td>1, 2, 5</td><td>2</td></tr><tr><td>Producer</td><td>1, 3</td><td>1</td></tr></table>'
                '<p>%s</p></div>') % (E(title), E(c["name"]), V("Initiatives: %s staff took part in two job fairs and hosted an internship program with a local university." % c["call"]))
    elif kind == "calendar":
        evs = [("Mar 8", "Pancake breakfast at the fire hall, 7-11 a.m."), ("Mar 12", "Library book sale"), ("Mar 15", "St. Patrick's Day 5K run"), ("Mar 22", "Spring plant swap at the community garden")]
        main = '<h1>%s</h1><p><a href="#">Submit an event</a></p><ul class="events">%s</ul>' % (E(title), "".join('<li><span class="event-date">%s</span> %s</li>' % (a, E(b)) for a, b in evs))
    elif kind == "live":
        main = ('<div class="live-page"><h1>%s</h1><div class="live-player"><video autoplay muted></video><span class="live-badge">LIVE</span></div>'
                '<p>%s</p>'
                '<h2>Coming up</h2><ul><li>5:00 PM - Evening News</li><li>6:00 PM - Evening News at 6</li></ul></div>') % (E(title), V("Watch %s newscasts live weekdays at 5, 6 and 11, and streaming coverage of breaking news and severe weather as it happens." % c["call"]))
        if c["k"] in ("grove", "drupal", "irish"):
            main = '<div class="listen-live"><h1>%s</h1><div class="stream-player"><audio src="/stream/live.mp3" controls></audio></div><p>Now playing: All Things Considered</p><p>Listen on your smart speaker: just say "play %s".</p></div>' % (E(title), E(c["call"]))
    elif kind == "program":
        main = ('<div class="program-page"><h1>%s</h1><p class="airtimes">Weekdays 9:00 AM - 10:00 AM</p><p class="host">Hosted by Faith Fundal</p>'
                '<p>%s is the region\'s daily conversation about the people, issues and ideas shaping our communities, with a call-in hour every Friday.</p>'
                '<h2>Recent segments</h2><ul><li><a href="#">Farmers and the water outlook</a></li><li><a href="#">What\'s next for downtown housing</a></li></ul></div>') % (E(title), E(title))
    elif kind == "podcast":
        m = re.search(r"/(\d{4})-(\d\d)-(\d\d)/", path)  # the episode's day, where its URL names one
        pd = datetime.date(*map(int, m.groups())) if m else today - TD(days=2)
        main = ('<div class="PodcastEpisodePage"><div class="podcast-name"><a href="#">Podcast</a></div><h1 class="episode-title">%s</h1>'
                '<div class="episode-date">%s %d, %d</div><div class="episode-duration">34:12</div>'
                '<div class="audio-player"><audio src="/podcast/%s.mp3" controls></audio><a href="#">Download</a></div>'
                '<div class="episode-description"><p>%s</p>'
                '<p>Guests include a hydrologist, a retired county engineer and a farmer whose well ran dry last summer.</p></div>'
                '<div class="credits"><p>Hosted by %s. Produced by Kim Tran. Music by Blue Dot Sessions.</p></div>'
                '<div class="subscribe">Subscribe: Apple Podcasts | Spotify | RSS</div></div>') % (
            E(title), MON[pd.month - 1], pd.day, pd.year, slug(title), V("In this episode of our %s podcast we go looking for the answer to a question listeners keep asking, and talk to the people who have spent years trying to find it." % c["call"]), E(person))
    elif kind == "people":
        main = ('<div class="author-page"><img src="/img/people/0.jpg" alt=""><h1>%s</h1><p class="author-title">Reporter</p>'
                '<p>%s covers local government, transportation and the environment. Send story tips to newsroom@example.com.</p>'
                '<h2>Stories by %s</h2>%s</div>') % (E(title), E(title), E(title), teaserlist(c, [s for s in st if title in s["au"]] or st[:1]))
    elif kind == "donate":
        main = '<div class="donate"><h1>%s</h1><p>Your gift keeps local news free for everyone. Become a sustaining member for as little as $5 a month.</p><form><button>$60</button><button>$120</button><button>Other</button></form></div>' % E(title)
    elif kind == "deaths":
        main = '<h1>%s</h1><p>Death notices are published in association with RIP.ie</p><ul class="notices">%s</ul>' % (E(title), "".join(
            "<li><strong>%s</strong> %s</li>" % (E(a), E(b)) for a, b in [("Mary Kelly (née Duffy)", "Moate. Reposing at her home on Tuesday from 4pm. Funeral Mass Wednesday at 11am."), ("Tom Farrell", "Ballymahon. Peacefully, at the Midland Regional Hospital.")]))
    else:  # about
        main = ('<div class="about-page"><h1>%s</h1><p>%s serves %s and the surrounding region. Our newsroom is open around the clock.</p>'
                '<p>Newsroom: news@%s.example | Phone: 555-0142</p><p>Mailing address: 100 Broadcast Way, %s</p></div>') % (E(title), E(c["name"]), E(c["city"]), slug(c["call"]), E(c["city"]))
    write_page(OUT, c["host"], fs_path(path), page(c, "%s | %s" % (title, c["name"]), main))
    truth["nonarticles"].append(url(c, path))


def fs_path(p):
    p = p.split("?")[0]
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


# ---------------------------------------------------------------- build
def localize(c, t):
    if t == "RECENT":
        return NOW.astimezone(c["z"]) - TD(hours=3)
    return DT(*t, tzinfo=c["z"])


wire = BY["wire"]
wire["stories"] = []
for n, s0 in enumerate(ST["wire"]):
    s = dict(s0, n=n)
    s["d"] = localize(wire, s["t"])
    s["u"] = s["d"]
    s["path"] = path_of(wire, s)
    wire["stories"].append(s)
FARM = wire["stories"][0]

for c in SITES:
    if c["k"] != "wire":
        c["stories"] = []
        for n, s0 in enumerate(ST[c["k"]]):
            s = dict(s0, n=n)
            if s.get("wire"):  # a copy of the wire's story, an hour or so later
                s["copy"] = True
                s["d"] = (FARM["d"] + TD(minutes=80 if c["k"] == "gray" else 50)).astimezone(c["z"])
            else:
                s["d"] = localize(c, s["t"])
            if s["t"] == "RECENT":
                s["hrs"] = 3
            s["u"] = s["d"] + TD(minutes=85)
            s["path"] = path_of(c, s)
            c["stories"].append(s)

MUST_NOT = {
    "lakana": lambda c, s: [c["stories"][1]["head"]],
    "gray": lambda c, s: [c["stories"][1]["head"]],
    "nexstar": lambda c, s: [c["stories"][1]["head"], "Sign up for KXNW newsletters"],
    "tegna": lambda c, s: ["Deputies say the truck had damage to its passenger-side mirror.", c["stories"][1]["head"]],
    "sinclair": lambda c, s: ["Loading ..."],
    "grove": lambda c, s: ["You make stories like this possible.", "She joined the station in 2021."],
    "drupal": lambda c, s: ["Submitted by", "WNHR is member-supported."],
    "cbc": lambda c, s: [c["stories"][1]["head"], "Journalistic Standards and Practices"],
    "bbc": lambda c, s: [c["stories"][1]["head"]],
    "au": lambda c, s: ["Sign up here to receive our daily newsletter", "Watch 8NEWS live every night at 6pm."],
    "irish": lambda c, s: ["Share this:"],
    "wire": lambda c, s: [c["stories"][1]["head"]],
}

for c in SITES:
    for s in c["stories"]:
        write_page(OUT, c["host"], fs_path(s["path"]), ART[c["k"]](c, s))
        if s.get("copy"):
            truth["synd"].append(dict(copy=url(c, s["path"]), orig=url(wire, FARM["path"])))
            continue
        a = dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"),
                 instant=s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M"), authors=list(s["au"]))
        if s["n"] == 0:
            a["must"] = [s["paras"][0][:70], s["paras"][-1][:70]]
            if s.get("transcript"):
                a["must"].append(s["transcript"][1][1])
            a["must_not"] = MUST_NOT[c["k"]](c, s)
        truth["articles"].append(a)
    for kind, path, title in c["pages"]:
        nonart(c, kind, path, title)
    # home page
    top = c["stories"][0]
    home = ('<h1 class="visually-hidden">%s</h1><section class="top-story"><a href="%s"><h2>%s</h2></a><p>%s</p></section>'
            '<section class="latest"><h2>Latest</h2>%s</section><section class="more"><h2>More from %s</h2><ul>%s</ul></section>') % (
        E(c["name"]), top["path"], E(top["head"]), E(top["dek"]), teaserlist(c, c["stories"][1:]), E(c["name"]),
        "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for k, p, t in c["pages"]))
    write_page(OUT, c["host"], "/", page(c, c["name"], home, '<meta property="og:type" content="website">'))
    truth["nonarticles"].append(url(c, "/"))
    # feeds, sitemaps, robots
    robots = "User-agent: *\nDisallow: /wp-admin/\nDisallow: /search/\n" if c["k"] in ("nexstar", "irish") else "User-agent: *\nAllow: /\n"
    real = [s for s in c["stories"]]
    if c["k"] in ("nexstar", "irish", "cbc", "grove"):
        feed = {"nexstar": "/feed/", "irish": "/feed/", "cbc": "/cmlink/rss-canada-manitoba.xml", "grove": "/index.rss"}[c["k"]]
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(s["head"]), url(c, s["path"]), s["d"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"), E(s["dek"])) for s in real)
        doc = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items)
        if feed.endswith("/"):
            write_page(OUT, c["host"], feed + "index.xml", doc)
            feed += "index.xml"
        else:
            write_page(OUT, c["host"], feed, doc)
    if c["k"] in ("gray", "wire", "tegna", "bbc"):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), z(s["u"])) for s in real)
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
