"""Web bp: syndication networks. Fourteen sites on 127.0.6.61-74 that
republish each other's stories; the point is that dedupe keeps the
ORIGINAL's URL for every syndicated copy.

A newspaper chain of three sister papers on their own templates: a
BLOX/TownNews-like daily (The Millbrook Courier: article_<uuid>.html,
"By X" + "Staff Writer", "Jun 10, 2025 Updated Jun 11, 2025", a subscribe
promo inside the body), a Gannett-like daily (Harlan Daily Sentinel:
"Published 5:04 p.m. CT June 11, 2025", inline "More:" links, copies that
end "This article originally appeared on The Millbrook Courier: <headline>")
and a WordPress block-theme weekly (Bayfield Gazette-Times, a Rank Math
graph, only a day shown). Sister copies sometimes carry a cross-domain
rel=canonical to the original, sometimes only "This story originally
appeared in <Paper>" and a link. A Yahoo-like portal (Nimbus News, en/de/fr)
republishes partner stories with the publisher's logo, "(c) 2025 <Publisher>"
and its own later time. A CalMatters-like nonprofit (Statehouse Ledger,
Newspack, "Republish this article" modal holding the story's HTML in a
textarea, a donation box in the body) is copied under Creative Commons by two
small local sites (a classic WordPress theme: "This article was originally
published by ..."; a Squarespace blog whose post author is the site's
editor and whose copies open "This article first appeared on ...").
Three wires - Allied Press (AP-like: "CAMDEN BEND, Neb. (AP) -", only an
"Updated" time shown, the published time in JSON-LD), dpn (dpa-like, German:
"Berlin (dpn) - ") and ACP (AFP-like, French) - are run by member papers
(an Arc-like Michigan daily, a German regional, a French regional, and the
chain papers) with edited headlines and "By AP staff" / "(dpn)" / "avec ACP"
credits, one copy trimmed, one with an added local paragraph. A US
Spanish-language site runs a Ledger story in translation: NOT a duplicate,
both are articles. Copies are often linked from their site's home while the
original sits a section deeper, so they tend to be fetched first.

Truth: originals are articles (27, the Spanish translation among them);
every copy (30) is listed only in "synd" with the original it republishes.
Crawled with /tmp/nr-base: 27/27 titles and dates, 26 authors (the
translation's "Por Alicia Moreno, Statehouse Ledger" kept the newsroom as a
second author), 1 of 88 non-articles stored (the Courier's Local News
section), 30 of 30 copies kept under the original's URL (17 of them fetched
before their original).
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18140
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
TODAY = datetime.date.today()
H = {k: "127.0.6.%d" % n for k, n in dict(mill=61, harlan=62, bay=63, nimbus=64, ledger=65, river=66, pine=67, ap=68,
                                          dpn=69, acp=70, lake=71, weser=72, voix=73, faro=74).items()}
UTC = datetime.timezone.utc
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def U(site, p):
    return "http://%s:%d%s" % (H[site], PORT, p)


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def paras(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def put(site, path, doc):
    write_page(OUT, H[site], path, doc)


def non(site, path, doc):
    put(site, path, doc)
    truth["nonarticles"].append(U(site, path))


def copy(site, path, doc, orig):
    put(site, path, doc)
    truth["synd"].append({"copy": U(site, path), "orig": orig.url})


def T(s):
    """A local time "2025-06-10 18:45-05:00" as an aware datetime."""
    return datetime.datetime.fromisoformat(s.replace(" ", "T"))


def ampm(t):  # 5:04 p.m.
    return "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "a.m." if t.hour < 12 else "p.m.")


def AMPM(t):  # 5:04 PM
    return "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")


def mdy(t, short=False):
    return "%s %d, %d" % (MON[t.month - 1][:3] if short else MON[t.month - 1], t.day, t.year)


def z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slug(name):
    return name.lower().replace(" ", "-")


# ---------------------------------------------------------------- stories
class S:
    def __init__(self, key, site, path, title, local, authors, ps, **kw):
        self.key, self.site, self.path, self.title, self.authors, self.ps = key, site, path, title, authors, ps
        self.t = T(local)
        self.url = U(site, path)
        self.iso = self.t.isoformat()
        self.date = self.t.date().isoformat()
        self.__dict__.update(kw)


ST = {}


def story(*a, **kw):
    s = S(*a, **kw)
    ST[s.key] = s
    return s


def art(s, instant=True, must_not=None):
    a = dict(url=s.url, title=s.title, date=s.date, authors=s.authors)
    if instant:
        a["instant"] = s.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    a["must"] = [s.ps[0], s.ps[-1]]
    if must_not:
        a["must_not"] = must_not
    truth["articles"].append(a)


# --- the chain: Millbrook, Harlan, Bayfield (US Central)
story("m1", "mill", "/news/local/education/article_5b1e2c4a-4a1f-11f0-9c1a-0b7f3e1d2a10.html",
      "Millbrook school board approves four-day week for rural campuses", "2025-06-10 18:45-05:00", ["Dana Whitfield"], [
          "The Millbrook Community School Board voted 5-2 on Monday night to move its three rural elementary campuses to a four-day school week starting in August, making Millbrook the largest district in the region to try the schedule.",
          "Students at Cedar Hollow, Prairie View and North Fork elementaries will attend Monday through Thursday, with school days lengthened by about fifty minutes. The district\u2019s two in-town elementaries, the middle school and the high school will keep the five-day calendar.",
          "Superintendent Laura Baptiste said the change was driven by staffing. The rural campuses ended the year with six unfilled teaching positions, and in exit surveys teachers said a four-day week would make them more likely to stay. \u201cWe have been losing people to districts thirty miles away that already made this switch,\u201d she said.",
          "Board members who voted no, Gary Tesch and Angela Moss, said they worried about child care on Fridays. The district plans to offer an optional Friday program at each rural campus, run by the parks department, for $15 a day, with reduced rates for families who qualify for free lunch.",
          "The board will review test scores, attendance and staff turnover after the first year before deciding whether to keep the schedule."],
      kicker=("education", "Education"))
story("m2", "mill", "/news/local/article_8d02f7e6-4b9c-11f0-a3b4-4f5e6d7c8b90.html",
      "Grain elevator fire forces evacuation of east side homes", "2025-06-12 07:20-05:00", ["Marcus Bell", "Ellen Ruiz"], [
          "Firefighters spent much of the night battling a blaze at the Farmers Union grain elevator on Millbrook\u2019s east side, and about forty homes nearby were evacuated as a precaution after the fire spread to a storage bin.",
          "The fire was reported at about 11:40 p.m. Wednesday by a passing truck driver who saw flames near the top of the elevator\u2019s leg, the tall conveyor that lifts grain into the bins. Crews from Millbrook, Harlan and three rural departments responded.",
          "Fire Chief Dale Ostrander said the biggest danger was a dust explosion inside the structure, which is why residents within a quarter mile were asked to leave. The evacuation order was lifted shortly after 6 a.m. Thursday, and no injuries were reported.",
          "The cooperative\u2019s general manager, Sheila Brandvold, said the bin held about 90,000 bushels of soybeans. The cause of the fire is under investigation, and a section of East Railroad Street will remain closed while crews put out hot spots and inspect the damaged bin."],
      kicker=("local", "Local News"))
story("m3", "mill", "/news/local/article_c41a9b3e-4d55-11f0-8e21-9b8a7c6d5e4f.html",
      "County fair brings back draft horse pull after decade-long absence", "2025-06-14 15:05-05:00", ["Ellen Ruiz"], [
          "For the first time in more than ten years, the draft horse pull will return to the Tamarack County Fair this summer, with teams from four states already signed up to compete in front of the grandstand in July.",
          "The event was dropped in 2014 when the fair board could not find insurance at a price it could afford and the old dynamometer sled broke down. A group of local horsemen raised $38,000 over the winter to buy a new sled and cover the first two years of coverage.",
          "Organizer Wes Hamm, whose grandfather competed at the fair in the 1950s, said the pull was once the best-attended event of the week. \u201cPeople would stand three deep along the rail,\u201d he said. \u201cWe think a lot of them will come back, and bring their grandkids.\u201d",
          "The lightweight and heavyweight classes will be pulled on the Saturday evening of fair week. Admission to the grandstand will be $10, and children under twelve will get in free."],
      kicker=("local", "Local News"))
story("h1", "harlan", "/story/news/local/2025/06/11/harlan-memorial-pool-stays-open-another-summer/84131572007/",
      "Harlan council votes to keep downtown pool open another summer", "2025-06-11 17:04-05:00", ["Trevor Lindqvist"], [
          "The Harlan City Council voted unanimously Tuesday to keep Memorial Pool downtown open for at least one more summer, reversing a plan to close it after engineers found leaks in the 1962 basin.",
          "The pool loses an estimated 20,000 gallons of water a day, according to a report presented to the council in April. Patching the worst cracks and replacing a failed pump will cost about $85,000, money that will come from the city\u2019s capital reserve.",
          "More than sixty residents packed the council chambers, many of them parents and swim team members wearing matching blue shirts. Several said the pool was the only place within walking distance where children could cool off during the summer.",
          "Council member Rosa Delacroix said the vote buys time, not a permanent solution. The city will form a committee this fall to study whether to rebuild the pool, move it to the park on the west side or build a splash pad, and a bond vote could follow in 2026."],
      upd="2025-06-11 19:20-05:00")
story("h2", "harlan", "/story/news/2025/06/13/interstate-29-resurfacing-harlan-exits-close/84152290007/",
      "Interstate 29 resurfacing to close two exits near Harlan", "2025-06-13 11:30-05:00", ["Keisha Monroe"], [
          "Drivers who use Interstate 29 near Harlan should expect lane closures and detours through the end of September as the state transportation department resurfaces an eleven-mile stretch of the highway.",
          "The work begins Monday at the Elm Creek interchange and will move north toward the county line. Traffic will be reduced to one lane in each direction, and the speed limit through the work zone will drop to 55 mph.",
          "The exits at Harlan Road and County Road K will close for about three weeks each, one after the other, while crews rebuild the ramps. Signed detours will send traffic along Highway 44, which adds roughly ten minutes to trips into town.",
          "Project engineer Dwight Fenner said the pavement was laid in 1998 and has reached the end of its life. The $24 million contract was awarded to Prairie Paving of Sioux Falls, and the department said work would pause over the Labor Day weekend."],
      upd=None)
story("b1", "bay", "/2025/06/09/library-seed-lending-program-grows-to-300-varieties/",
      "Bayfield library seed lending program grows to 300 varieties", "2025-06-09 09:00-05:00", ["Ruth Okafor"], [
          "What began five years ago as a shoebox of donated tomato seeds at the Bayfield Public Library has grown into a catalog of more than 300 varieties of vegetables, herbs and flowers that anyone with a library card can borrow.",
          "The seed library works on a simple promise: borrowers take a few packets in spring and, if they can, return seeds saved from their best plants in the fall. Last year about a third of borrowers brought seeds back, enough to restock most of the popular varieties.",
          "Librarian Tess Mallory said the collection now includes beans grown by a local family since the 1920s and a flint corn shared by a farmer from the Red Cliff area. \u201cEvery packet has a story, and we try to write it down,\u201d she said.",
          "The library hosts a free seed-saving workshop on the last Saturday of August. Volunteers are also needed to sort and label packets on Wednesday evenings through the winter."],
      cat=("community", "Community"), tags=[("library", "Library"), ("gardening", "Gardening")])
story("b2", "bay", "/2025/06/15/volunteer-firefighters-ask-county-for-new-tanker/",
      "Volunteer firefighters in Bayfield County ask for new tanker", "2025-06-15 20:10-05:00", ["Sam Jeffers"], [
          "The volunteer fire department serving four townships in southern Bayfield County has asked the county board for help buying a new water tanker, saying its current truck is more than thirty years old and failed a pump test this spring.",
          "Much of the department\u2019s district has no hydrants, so firefighters depend on tankers to shuttle water from ponds and dry hydrants to a fire. Chief Leann Karvonen told the board on Sunday evening that the department had borrowed a tanker from a neighbor twice since April.",
          "A new 3,000-gallon tanker costs about $410,000. The department has saved $120,000 from pancake breakfasts and a township levy and has applied for a federal grant, but Karvonen said it could not wait years for the rest.",
          "County board members asked staff to look at whether money left over from a road project could cover part of the cost. A decision is expected at the board\u2019s July meeting."],
      cat=("news", "News"), tags=[("fire-department", "Fire department")])

# --- the nonprofit newsroom (Pacific) and the sites that republish it
story("L1", "ledger", "/environment/2025/06/groundwater-rules-small-farms-wells/",
      "California\u2019s groundwater rules leave small farms scrambling for wells", "2025-06-09 05:00-07:00", ["Alicia Moreno"], [
          "In the southern San Joaquin Valley, the wells that once watered Teresa Ochoa\u2019s forty acres of almonds and table grapes have started pulling up air. A deeper well would cost her more than $150,000, and a new permit may not be granted at all.",
          "Ochoa is one of hundreds of small growers caught between a decade-old state law meant to stop the overpumping of aquifers and the local agencies now putting it into practice. In several basins, those agencies have begun capping how much water each acre may pump, with fees for going over.",
          "Large farms with money for new wells, recharge ponds and lawyers have been able to adapt, advocates say, while family farms with shallow wells are left with fewer choices. \u201cThe rules are the same for everybody on paper,\u201d said Luis Garza of the Valley Small Farmers Alliance. \u201cIn practice they are not.\u201d",
          "State officials say the limits are unavoidable if the valley is to keep any groundwater at all, and point to a $50 million fund meant to help growers fallow land or switch crops. Applications for the next round open in August, and the Department of Water Resources said it would set aside part of the money for farms under 100 acres."],
      cat=("environment", "Environment"), dek="Local limits on pumping are falling hardest on family farms with shallow wells, advocates say.")
story("L2", "ledger", "/health/2025/06/ambulance-bills-cap-uninsured-patients/",
      "Lawmakers pass bill to cap ambulance bills for uninsured patients", "2025-06-11 21:45-07:00", ["Nathan Cole", "Priya Raman"], [
          "California lawmakers late Wednesday approved a bill that would limit what uninsured patients can be charged for an emergency ambulance ride, after a floor session that ran hours past its scheduled end.",
          "The measure caps the bill for uninsured and underinsured patients at the rate Medi-Cal would pay, plus a modest mileage fee. Ground ambulance rides in the state now routinely cost $2,000 to $4,000, and patients often learn the price only when the bill arrives weeks later.",
          "Private ambulance companies opposed the bill, warning that lower payments could force some rural providers to cut service. Its author, Assemblymember Denise Tran, accepted an amendment that sets aside state money for ambulance services in counties with fewer than 100,000 residents.",
          "The bill now goes to the governor, who has until the end of July to sign or veto it. If signed, the cap would take effect on January 1."],
      cat=("health", "Health"), dek="The bill limits charges to what Medi-Cal pays. Ambulance companies warn rural service could suffer.")
story("L3", "ledger", "/education/2025/06/community-colleges-empty-dorms-homeless-students/",
      "Community colleges turn empty dorms into housing for homeless students", "2025-06-13 05:00-07:00", ["Jordan Whitaker"], [
          "When Marisol Vega enrolled at Sierra Foothills College last fall, she was sleeping in her car in the campus parking lot. This spring she moved into a furnished room in a residence hall that had stood half empty since the pandemic.",
          "Sierra Foothills is one of seven community colleges that have converted unused dorm rooms into low-cost housing for students who are homeless or at risk of losing their housing. Rent is capped at $300 a month, and residents must stay enrolled in at least nine units.",
          "Surveys by the community college system have found that about one in five students experienced homelessness in the past year. Housing advocates say dorms that already exist are the fastest way to help, because building new student apartments can take five years or more.",
          "The program is paid for with a one-time state grant that runs out in 2027. College leaders are asking the Legislature to make it permanent, and Vega, now studying to be a nurse, plans to testify at a budget hearing next month."],
      cat=("education", "Education"), dek="Seven colleges now rent rooms for $300 a month to students who had been sleeping in cars.")
story("L4", "ledger", "/housing/2025/06/fair-plan-wildfire-rates-rural-counties/",
      "State\u2019s insurer of last resort raises wildfire rates in rural counties", "2025-06-16 12:15-07:00", ["Alicia Moreno"], [
          "Homeowners who rely on California\u2019s insurer of last resort will pay sharply more for fire coverage starting this fall, with the biggest increases falling on rural and foothill counties where private insurers have pulled back.",
          "The FAIR Plan\u2019s new rates, approved Monday by the insurance commissioner, raise premiums by an average of 35 percent statewide. In parts of Nevada, Tuolumne and Mariposa counties, some policyholders could see their bills rise by more than half.",
          "Plan officials said the increase was needed to cover a surge in policies and the cost of recent fires. Enrollment has more than doubled in three years as major insurers stopped writing new policies in high-risk areas.",
          "Consumer groups said the plan should have done more to reward homeowners who clear brush and harden their homes. The commissioner\u2019s office said discounts for those steps would be reviewed next year, and homeowners can ask the plan for a free inspection."],
      cat=("housing", "Housing"), dek="Premiums rise 35% on average, and by more than half in parts of the Sierra foothills.")
story("r1", "river", "/2025/06/14/farmers-market-moves-to-saturday-evenings/",
      "Riverbend farmers market moves to Saturday evenings", "2025-06-14 08:30-07:00", ["Gail Ferreira"], [
          "The Riverbend Certified Farmers Market will move from Wednesday mornings to Saturday evenings starting June 21, a change vendors say should bring in working families who could never make it to the old midweek market.",
          "The market will run from 4 to 8 p.m. on Front Street between Second and Fifth, which the city will close to traffic for the evening. Organizers plan to add live music and food trucks alongside the usual produce, honey and flower stalls.",
          "Market manager Dolores Quan said a survey last fall found that most shoppers wanted an evening market and that many younger residents had never visited the Wednesday one. Eighteen vendors have signed up so far, and a few spaces remain.",
          "Parking will be available in the lots behind City Hall and the library. The Wednesday market will continue through the end of June before closing for good."])
story("p1", "pine", "/news/sheriff-adds-mental-health-responders/",
      "Sheriff\u2019s office adds mental health responders to patrol shifts", "2025-06-12 09:30-07:00", ["Owen Tracy"], [
          "The Pine County Sheriff\u2019s Office will pair two licensed clinicians with deputies on evening patrol shifts starting in July, part of an effort to handle mental health crises without arrests or trips to the county jail.",
          "The clinicians will ride in an unmarked vehicle and respond to calls involving suicide threats, psychiatric emergencies and people in distress in public places. Deputies will stay nearby unless there is a threat of violence.",
          "Sheriff Carla Dunning told the Board of Supervisors that about one in six calls her deputies answer involves a mental health issue, and that many end in long waits at the emergency room in Grass Valley. The two-year pilot will cost about $640,000, paid from state behavioral health money.",
          "A similar team in a neighboring county cut psychiatric holds by nearly a third in its first year. The sheriff\u2019s office will report results to supervisors every six months."])
story("f1", "faro", "/california/2025/06/11/normas-aguas-subterraneas-pequenos-agricultores-pozos/",
      "Las normas sobre aguas subterráneas de California dejan a los pequeños agricultores sin pozos", "2025-06-11 06:00-07:00", ["Alicia Moreno"], [
          "En el sur del Valle de San Joaquín, los pozos que antes regaban las cuarenta acres de almendros y uva de mesa de Teresa Ochoa han empezado a sacar aire. Un pozo más profundo le costaría más de 150.000 dólares, y es posible que ni siquiera le concedan un nuevo permiso.",
          "Ochoa es una de los cientos de pequeños productores atrapados entre una ley estatal de hace una década, pensada para frenar la sobreexplotación de los acuíferos, y las agencias locales que ahora la aplican. En varias cuencas, esas agencias han empezado a limitar cuánta agua puede bombear cada acre, con cargos para quien se pase.",
          "Las grandes explotaciones, con dinero para nuevos pozos, estanques de recarga y abogados, han podido adaptarse, según sus defensores, mientras que las granjas familiares con pozos poco profundos se quedan con menos opciones. \u00abSobre el papel las reglas son iguales para todos\u00bb, dijo Luis Garza, de la Alianza de Pequeños Agricultores del Valle. \u00abEn la práctica no lo son\u00bb.",
          "Los funcionarios estatales dicen que los límites son inevitables si el valle quiere conservar algo de agua subterránea, y señalan un fondo de 50 millones de dólares destinado a ayudar a los agricultores a dejar tierras en barbecho o cambiar de cultivo. Las solicitudes para la próxima ronda se abren en agosto."],
      sec=("california", "California"), dek="Los límites locales al bombeo golpean sobre todo a las granjas familiares con pozos poco profundos.")
story("f2", "faro", "/comunidad/2025/06/15/feria-de-salud-gratuita-parque-lincoln/",
      "Feria de salud gratuita en el parque Lincoln atiende a 600 familias", "2025-06-15 10:30-07:00", ["Roberto Salinas"], [
          "Más de 600 familias pasaron el sábado por la feria de salud gratuita del parque Lincoln, donde recibieron vacunas, exámenes de la vista y asesoría para inscribirse en Medi-Cal sin tener que pedir un día libre en el trabajo.",
          "La feria, organizada por la clínica comunitaria Valle Sano con apoyo de la parroquia San Judas, reunió a más de cuarenta voluntarios, entre médicos, enfermeras y estudiantes de salud pública que atendieron en español, inglés y mixteco.",
          "\u00abMuchas personas no van al médico hasta que ya es una emergencia\u00bb, dijo la directora de la clínica, Gabriela Ortiz. \u00abAquí pueden hacer preguntas sin miedo y sin pagar nada\u00bb. Los asistentes también se llevaron despensas y mochilas escolares.",
          "La clínica planea repetir la feria en octubre, antes de la temporada de gripe, y busca voluntarios que hablen lenguas indígenas."],
      sec=("comunidad", "Comunidad"), dek="Voluntarios atendieron en español, inglés y mixteco.")

# --- the wires and their member papers
story("A1", "ap", "/article/floodwaters-recede-missouri-river-cleanup-3f9c2a1b7e6d4c0a9b8e7f6a5d4c3b2a/",
      "Floodwaters recede along Missouri River as towns begin cleanup", "2025-06-10 16:20-04:00", ["Carla Jennings"], [
          "CAMDEN BEND, Neb. (AP) \u2014 Floodwaters that swamped farm towns along the Missouri River last week began to recede Tuesday, and residents returned to mud-caked homes, ruined furniture and fields still under water.",
          "The river crested at nearly 9 feet above flood stage at Camden Bend on Saturday after days of heavy rain in the Dakotas. Levees held in most places, but a breach south of town sent water across about 20,000 acres of corn and soybeans.",
          "Volunteers from churches across the region set up a supply tent in the high school parking lot, handing out bleach, mops and bottled water. \u201cYou don\u2019t know how much you own until you have to carry it to the curb,\u201d said Dale Hutchins, whose basement filled to the ceiling.",
          "Gov. Ellen Marsh asked for a federal disaster declaration on Monday. The Army Corps of Engineers said it would keep releases from upstream dams low for at least another week to let the river fall."],
      upd="2025-06-10 17:45-04:00", hub=("us-news", "U.S. News"), contrib="Allied Press writer Tom Reyes in Omaha contributed to this report.")
story("A2", "ap", "/article/railroad-merger-surface-transportation-board-great-plains-8e7d6c5b4a3928171605f4e3d2c1b0a9/",
      "Federal regulators approve merger of two regional railroads", "2025-06-12 23:30-04:00", ["Howard Kim", "Lisa Brandt"], [
          "WASHINGTON (AP) \u2014 Federal regulators late Thursday approved the merger of two regional freight railroads that together serve grain elevators, ethanol plants and factories across eight Midwestern states.",
          "The Surface Transportation Board voted 3-1 to allow Great Plains Rail to buy Lakes & Prairie Railway for about $1.9 billion, creating the largest railroad in the country outside the major Class I carriers.",
          "Shippers had warned that the combined company would face little competition on many routes. The board attached conditions that require the railroad to keep rates at several grain terminals in line with current levels for five years and to share track with a competitor in two cities.",
          "The dissenting board member, Martin Ochoa, said the conditions would be hard to enforce. The companies said they expected to close the deal within sixty days and promised no layoffs among train crews for at least two years."],
      upd="2025-06-13 08:10-04:00", hub=("business", "Business"))
story("A3", "ap", "/article/monarch-butterflies-rebound-midwest-survey-c0ffee1234abcd5678ef90123456789a/",
      "Scientists find monarch butterfly numbers rebounded in Midwest this spring", "2025-06-14 10:05-04:00", ["Maria Esposito"], [
          "CHICAGO (AP) \u2014 Monarch butterflies returned to the Midwest in noticeably larger numbers this spring, scientists said Saturday, offering a hopeful sign for a species whose population has fallen sharply over the past three decades.",
          "Volunteers who count eggs and caterpillars on milkweed plants in twelve states reported about 40% more monarchs than at the same point last year. Researchers credited a warm, dry spring along the migration route and better conditions at the butterflies\u2019 wintering grounds in Mexico.",
          "\u201cOne good year doesn\u2019t mean the trouble is over,\u201d said entomologist Rachel Dunmore of the University of Illinois, who helps run the survey. Loss of milkweed to farming and development remains the biggest threat, she said.",
          "Conservation groups are urging homeowners and farmers to plant native milkweed and flowers along roadsides and field edges. The eastern monarch population will be measured again in December, when the butterflies gather in the mountain forests west of Mexico City."],
      upd="2025-06-14 10:05-04:00", hub=("science", "Science"))
story("o1", "lake", "/news/local/2025/06/13/lakeshore-marina-expansion-wins-state-grant/",
      "Lakeshore marina expansion wins $3.2 million state grant", "2025-06-13 14:00-04:00", ["Brett Holloway"], [
          "The city of Lakeshore has won a $3.2 million state grant to add seventy boat slips and a public fishing pier to its municipal marina, a project officials have been chasing for almost a decade.",
          "The marina has had a waiting list for seasonal slips since 2016, and boaters from as far as Grand Rapids have been turned away. The expansion will also replace the crumbling seawall along the north basin, which partly collapsed during a storm two years ago.",
          "Harbor master Kevin Sloane said construction would start after the boating season ends in October and should be finished by Memorial Day. The city will put up $1.1 million of its own, largely from slip fees.",
          "The new fishing pier will be open to the public free of charge and built to be accessible for wheelchairs, something anglers in town have been asking for at city meetings for years."])
story("N1", "dpn", "/meldungen/2025/06/11/bahn-kuendigt-mehr-sprinterzuege-an-250611-1.html",
      "Bahn kündigt mehr Sprinterzüge zwischen Hamburg und München an", "2025-06-11 00:30+02:00", ["Jonas Keller"], [
          "Berlin (dpn) - Die Bahn will vom Fahrplanwechsel im Dezember an deutlich mehr schnelle Sprinterzüge zwischen Hamburg und München anbieten. Statt bisher drei sollen dann sieben Verbindungen am Tag ohne Zwischenhalt in Hannover und Würzburg fahren, teilte das Unternehmen in der Nacht mit.",
          "Die Fahrzeit auf der Strecke soll damit auf knapp fünfeinhalb Stunden sinken. Möglich werde das, weil die Sanierung mehrerer Streckenabschnitte im Herbst abgeschlossen sei, hieß es. Zusätzliche Züge stünden nach der Auslieferung neuer Fahrzeuge zur Verfügung.",
          "Der Fahrgastverband begrüßte die Pläne, mahnte aber mehr Pünktlichkeit an. Im Fernverkehr war im vergangenen Jahr nur knapp zwei Drittel der Züge pünktlich. \u00abSchnelle Züge nützen wenig, wenn sie eine halbe Stunde zu spät kommen\u00bb, sagte ein Sprecher.",
          "Die Bahn kündigte zugleich an, die Zahl der Sitzplätze in den Sprintern um rund ein Fünftel zu erhöhen. Tickets für die neuen Verbindungen sollen ab Mitte Oktober buchbar sein."],
      res=("wirtschaft", "Wirtschaft"))
story("N2", "dpn", "/meldungen/2025/06/13/hitzewelle-kommunen-oeffnen-kuehle-raeume-250613-2.html",
      "Hitzewelle: Kommunen öffnen kühle Räume für ältere Menschen", "2025-06-13 13:40+02:00", ["Miriam Vogt"], [
          "Frankfurt/Main (dpn) - Wegen der anhaltenden Hitze öffnen immer mehr Städte und Gemeinden sogenannte kühle Räume für ältere und kranke Menschen. In Kirchen, Bibliotheken und Gemeindezentren können sie sich tagsüber aufhalten, Wasser trinken und ausruhen.",
          "Der Wetterdienst erwartet für das Wochenende in weiten Teilen des Landes Temperaturen von mehr als 33 Grad. Besonders im Südwesten und entlang des Rheins soll es auch nachts kaum abkühlen.",
          "Der Städtetag rief die Kommunen auf, Hitzeschutzpläne konsequent umzusetzen. Ältere Menschen, Kleinkinder und Menschen mit Vorerkrankungen seien besonders gefährdet, sagte eine Sprecherin. Nachbarn sollten sich um Alleinstehende kümmern und regelmäßig nachfragen.",
          "Ärztinnen und Ärzte raten, viel zu trinken, die Mittagshitze zu meiden und Wohnungen morgens gut zu lüften. Bei Schwindel, Verwirrtheit oder hohem Fieber sollte der Notruf gewählt werden."],
      res=("panorama", "Panorama"))
story("N3", "dpn", "/meldungen/2025/06/16/studie-mehr-pendler-nutzen-deutschlandticket-250616-1.html",
      "Studie: Immer mehr Pendler nutzen das Deutschlandticket", "2025-06-16 09:15+02:00", ["Tobias Lenz"], [
          "Köln (dpn) - Immer mehr Berufspendler steigen für den Weg zur Arbeit auf Busse und Bahnen um. Nach einer am Montag veröffentlichten Studie eines Kölner Verkehrsinstituts nutzt inzwischen gut jeder vierte Pendler regelmäßig das Deutschlandticket.",
          "Besonders stark sei der Anstieg in Regionen mit guter Bahnanbindung an die Großstädte, heißt es in der Untersuchung. Auf dem Land bleibe das Auto dagegen für die meisten Beschäftigten das wichtigste Verkehrsmittel, weil Busse zu selten führen.",
          "Für die Studie wurden mehr als 12.000 Beschäftigte befragt. Knapp ein Drittel derjenigen, die das Ticket nutzen, gab an, das eigene Auto seitdem seltener oder gar nicht mehr zu fahren.",
          "Die Autoren warnen allerdings, dass weitere Preiserhöhungen den Trend bremsen könnten. Bund und Länder streiten weiter über die Finanzierung des Tickets ab dem kommenden Jahr."],
      res=("wirtschaft", "Wirtschaft"))
story("w1", "weser", "/lokales/weserstadt/stadtwerke-senken-gaspreis-zum-juli-771204.html",
      "Stadtwerke senken den Gaspreis zum Juli", "2025-06-12 16:45+02:00", ["Heike Brandes"], [
          "Gute Nachricht für rund 38.000 Haushalte: Die Stadtwerke Weserstadt senken zum 1. Juli ihren Gaspreis in der Grundversorgung um knapp neun Prozent. Ein Haushalt mit einem Verbrauch von 15.000 Kilowattstunden spart damit rund 140 Euro im Jahr.",
          "Grund seien die gesunkenen Einkaufspreise an den Energiebörsen, sagte Geschäftsführer Arne Voss am Donnerstag. Die Stadtwerke hätten langfristig eingekauft und gäben die Entlastung nun mit etwas Verzögerung weiter.",
          "Die Verbraucherzentrale begrüßte den Schritt, riet aber dazu, Tarife zu vergleichen. Wer noch in der teuren Grundversorgung sei, könne mit einem Sondervertrag oft zusätzlich sparen.",
          "Die Kundinnen und Kunden werden in den kommenden Tagen per Brief informiert. Beim Strompreis plant der Versorger vorerst keine Änderung."])
story("F1", "acp", "/fr/actualites/2025/06/10/secheresse-sud-ouest-restrictions-irrigation/",
      "Sécheresse : plusieurs départements du Sud-Ouest restreignent l\u2019irrigation", "2025-06-10 12:10+02:00", ["Claire Dubois"], [
          "Toulouse (ACP) - Face à des nappes phréatiques au plus bas pour un mois de juin, plusieurs préfectures du Sud-Ouest ont pris mardi des arrêtés limitant l\u2019irrigation agricole et l\u2019arrosage des jardins.",
          "Dans le Gers, le Tarn-et-Garonne et une partie de la Haute-Garonne, l\u2019irrigation est désormais interdite entre 10 heures et 18 heures, sauf pour les cultures maraîchères et les semis. Le lavage des voitures et le remplissage des piscines privées sont également interdits.",
          "Les agriculteurs s\u2019inquiètent pour le maïs, qui entre dans sa période de plus forte demande en eau. \u00ab Si les restrictions se durcissent en juillet, une partie des récoltes est perdue \u00bb, a prévenu un responsable de la chambre d\u2019agriculture du Gers.",
          "Météo-France prévoit peu de pluie dans les deux prochaines semaines. Les préfets doivent se réunir à nouveau le 20 juin pour décider d\u2019éventuelles mesures supplémentaires."],
      rub=("environnement", "Environnement"))
story("F2", "acp", "/fr/actualites/2025/06/12/education-natation-cm2-plan-ministere/",
      "Le ministère veut généraliser les cours de natation en CM2", "2025-06-12 17:25+02:00", ["Antoine Garnier"], [
          "Paris (ACP) - Tous les élèves devront savoir nager à la fin de l\u2019école primaire : le ministère de l\u2019Éducation nationale a annoncé jeudi un plan pour généraliser les cours de natation en CM2 d\u2019ici à la rentrée 2027.",
          "Aujourd\u2019hui, près d\u2019un élève sur cinq entre en sixième sans savoir nager, selon le ministère. Les écarts sont importants entre les territoires, faute de piscines en nombre suffisant dans certaines zones rurales et dans plusieurs quartiers populaires.",
          "Le plan prévoit de financer des bassins mobiles installés dans les cours d\u2019école pendant l\u2019été et de prendre en charge une partie du transport des classes vers les piscines. Les collectivités pourront demander ces aides dès septembre.",
          "Les noyades ont fait plus de 400 morts l\u2019été dernier en France. Les maîtres-nageurs, dont la profession manque de candidats, seront associés à la mise en œuvre du plan, a précisé le ministère."],
      rub=("societe", "Société"))
story("F3", "acp", "/fr/actualites/2025/06/15/eolien-en-mer-bretagne-mise-en-service/",
      "Un nouveau parc éolien en mer entre en service au large de la Bretagne", "2025-06-15 08:00+02:00", ["Sophie Lambert"], [
          "Saint-Brieuc (ACP) - Les soixante éoliennes d\u2019un parc installé au large des Côtes-d\u2019Armor produisent désormais de l\u2019électricité à pleine capacité, a annoncé dimanche l\u2019exploitant, après deux ans de travaux en mer.",
          "Le parc, d\u2019une puissance de 500 mégawatts, doit couvrir l\u2019équivalent de la consommation d\u2019environ 800.000 habitants. Il s\u2019agit du troisième parc éolien en mer à entrer en service en France.",
          "Le projet a longtemps été contesté par des pêcheurs, qui redoutaient des effets sur la coquille Saint-Jacques. L\u2019exploitant a financé un programme de suivi scientifique des fonds marins pendant toute la durée de vie du parc.",
          "Une partie des retombées fiscales reviendra aux communes du littoral. Des visites en bateau du site seront proposées au public cet été depuis le port d\u2019Erquy."],
      rub=("environnement", "Environnement"))
story("v1", "voix", "/cantal/saint-flour-15100/le-marche-de-nuit-revient-pour-l-ete_14712345/",
      "Le marché de nuit de Saint-Flour revient pour l\u2019été", "2025-06-14 18:30+02:00", ["Mathieu Roux"], [
          "Le marché de nuit fait son retour sur la place d\u2019Armes de Saint-Flour à partir du vendredi 4 juillet. Chaque vendredi soir jusqu\u2019à la fin août, une quarantaine d\u2019exposants proposeront produits du terroir, artisanat et restauration.",
          "Après une édition 2024 perturbée par les orages, l\u2019association des commerçants a décidé d\u2019installer des barnums couverts au centre de la place. Des concerts gratuits sont programmés de 20 heures à 23 heures.",
          "\u00ab Le marché de nuit fait venir des gens de tout le Cantal, et même des touristes de passage sur l\u2019autoroute \u00bb, souligne Nathalie Bouchard, présidente de l\u2019association. Les exposants intéressés peuvent encore s\u2019inscrire auprès de la mairie.",
          "La circulation sera interdite dans la ville haute à partir de 17 heures les soirs de marché. Une navette gratuite reliera le parking de la ville basse à la place d\u2019Armes."])

PROMO_MILL = "Support local journalism. Subscribe to The Millbrook Courier for $1 for your first three months."
for k in ("m1", "m2", "m3"):
    art(ST[k], must_not=[PROMO_MILL])
art(ST["h1"], must_not=["More: " + ST["h2"].title])
art(ST["h2"], must_not=["More: " + ST["h1"].title])
art(ST["b1"])
art(ST["b2"])
DONATE = "Statehouse Ledger is a nonprofit newsroom. Your donation keeps our reporting free for everyone."
REPUB = "Republish our articles for free, online or in print, under a Creative Commons license."
for k in ("L1", "L2", "L3", "L4"):
    art(ST[k], must_not=[DONATE, REPUB])
for k in ("r1", "p1", "f1", "f2"):
    art(ST[k])
for k in ("A1", "A2", "A3", "o1", "N1", "N2", "N3", "w1", "F1", "F2", "F3", "v1"):
    art(ST[k])


# ============================================================ 1. The Millbrook Courier (BLOX / TownNews-like)
def mill():
    site, name = "mill", "The Millbrook Courier"
    nav = [("/news/", "News"), ("/news/local/", "Local"), ("/news/local/education/", "Education"), ("/site/about.html", "About us"), ("/site/contact.html", "Contact")]
    navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(n)) for p, n in nav)

    def shell(title, body, head="", cls="section"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s"><div id="site-top-nav-container"><a class="navbar-brand" href="/">%s</a><ul class="nav navbar-nav">%s</ul>'
                '<a class="btn tn-subscribe" href="/site/contact.html">Subscribe</a></div>'
                '<div id="main-page-container" class="container">%s</div>'
                '<footer id="site-footer"><p>&copy; %d %s, 402 Main St., Millbrook. Powered by BLOX Content Management System from TownNews.com.</p><ul>%s</ul></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, TODAY.year, E(name), navh)

    def page(path, title, kicker, authors, role, t, upd, ps, canon, related):
        by = " and ".join('<a href="/users/profile/%s/">%s</a>' % (slug(a).replace("-", ""), E(a)) for a in authors)
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "url": canon, "datePublished": t.isoformat(),
              "dateModified": (upd or t).isoformat(), "author": [{"@type": "Person", "name": a} for a in authors],
              "publisher": {"@type": "Organization", "name": name}, "isAccessibleForFree": "False"}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:url" content="%s"><meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="author" content="%s">%s') % (
            canon, E(ps[0][:150]), E(title), canon, t.isoformat(), E(kicker[1]), E(", ".join(authors)), jl(ld))
        upd_h = '<li><span class="asset-date text-muted">Updated <time datetime="%s">%s</time></span></li>' % (upd.isoformat(), mdy(upd, True)) if upd else ""
        body = paras(ps[:2]) + '<div class="tnt-subscription-promo"><p>%s</p><a href="/site/contact.html">Subscribe now</a></div>' % E(PROMO_MILL) + paras(ps[2:])
        rel = "".join('<li><a href="%s">%s</a></li>' % (p, E(x)) for p, x in related)
        doc = ('<section id="section-main"><article class="asset type-article"><div class="asset-header"><span class="asset-kicker"><a href="/news/local/%s">%s</a></span>'
               '<h1 class="headline"><span class="tnt-headline">%s</span></h1><div class="meta"><ul class="list-inline">'
               '<li><span class="tnt-byline">By %s</span><span class="tnt-user-title"> %s</span></li></ul><ul class="list-inline">'
               '<li><time datetime="%s" class="tnt-date asset-date text-muted">%s</time></li>%s</ul></div></div>'
               '<div class="asset-body"><div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">%s</div></div>'
               '<div class="asset-share"><span>Facebook</span> <span>Twitter</span> <span>Email</span> <span>Print</span></div></article>'
               '<div id="tncms-region-article_bottom"><h3 class="block-title">Related to this story</h3><ul class="related">%s</ul></div></section>') % (
            "education/" if kicker[0] == "education" else "", E(kicker[1]), E(title), by, E(role), t.isoformat(), mdy(t, True), upd_h, body, rel)
        return shell("%s | %s | millbrookcourier.com" % (title, kicker[1]), doc, head, "asset-body")

    own = [ST[k] for k in ("m1", "m2", "m3")]
    for s in own:
        rel = [(o.path, o.title) for o in own if o is not s]
        role = "Staff Writers" if len(s.authors) > 1 else "Staff Writer"
        put(site, s.path, page(s.path, s.title, s.kicker, s.authors, role, s.t, s.t + datetime.timedelta(hours=15), s.ps, s.url, rel))
    # sister-paper copy with a cross-domain canonical to the Sentinel
    h2 = ST["h2"]
    cp = "/news/state-regional/article_0f9e8d7c-4e60-11f0-b1c2-3d4e5f6a7b8c.html"
    copy(site, cp, page(cp, h2.title, ("state", "State & Regional"), h2.authors, "Harlan Daily Sentinel", T("2025-06-13 15:40-05:00"),
                        T("2025-06-14 08:05-05:00"), h2.ps, h2.url, [(own[2].path, own[2].title)]), h2)
    MILL_H2 = cp

    def card(p, title, t, lead=""):
        return '<div class="card-container"><div class="card-headline"><h3 class="tnt-headline"><a href="%s">%s</a></h3></div><div class="card-meta"><time datetime="%s">%s</time></div><p class="tnt-summary">%s</p></div>' % (
            p, E(title), t.isoformat(), mdy(t, True), E(lead))
    m3 = own[2]
    # home: the fair story and the Sentinel copy up top; m1, m2 only in the sections
    non(site, "/", shell("millbrookcourier.com | Serving Millbrook and Tamarack County", '<h2 class="block-title">Top Stories</h2>' + card(m3.path, m3.title, m3.t, m3.ps[0])
                         + card(MILL_H2, h2.title, T("2025-06-13 15:40-05:00"), h2.ps[0]) + '<p><a href="/news/local/">More local news</a></p>', cls="index"))
    non(site, "/news/", shell("News | millbrookcourier.com", "<h1>News</h1>" + card(MILL_H2, h2.title, T("2025-06-13 15:40-05:00")) + '<p><a href="/news/local/">Local</a></p>'))
    non(site, "/news/local/", shell("Local News | millbrookcourier.com", "<h1>Local News</h1>" + "".join(card(s.path, s.title, s.t, s.ps[0]) for s in reversed(own))))
    non(site, "/news/local/education/", shell("Education | millbrookcourier.com", "<h1>Education</h1>" + card(own[0].path, own[0].title, own[0].t)))
    for a in ("Dana Whitfield", "Marcus Bell", "Ellen Ruiz"):
        mine = [s for s in own if a in s.authors]
        non(site, "/users/profile/%s/" % slug(a).replace("-", ""), shell("%s | millbrookcourier.com" % a, '<div class="user-profile"><h1>%s</h1><p>Staff Writer</p><h2>Recent content by %s</h2>%s</div>' % (
            E(a), E(a), "".join(card(s.path, s.title, s.t) for s in mine)), cls="user"))
    non(site, "/site/about.html", shell("About Us | millbrookcourier.com", "<h1>About Us</h1><p>The Millbrook Courier has served Tamarack County since 1889. It is part of the Tamarack Valley News Group with the Harlan Daily Sentinel and the Bayfield Gazette-Times, which share stories with each other.</p>"))
    non(site, "/site/contact.html", shell("Contact Us | millbrookcourier.com", "<h1>Contact Us</h1><p>Newsroom: news@millbrookcourier.example, (555) 201-4400. Subscriptions start at $1 for the first three months.</p>"))


# ============================================================ 2. Harlan Daily Sentinel (Gannett-like)
def harlan():
    site, name = "harlan", "Harlan Daily Sentinel"

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="%s">%s</a><nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="/news/">News</a>'
                '<a class="gnt_n_mn_l" href="/news/local/">Local</a><a class="gnt_n_mn_l" href="/contact/about-us/">About us</a></nav></header>'
                '<main class="gnt_cw">%s</main><footer class="gnt_f"><p>&copy; %d www.harlansentinel.example. All rights reserved.</p>'
                '<a href="/contact/about-us/">Contact Us</a></footer></body></html>') % (E(title), head, E(name), E(name), body, TODAY.year)

    def dt(t, upd):
        s = "Published %s CT %s" % (ampm(t), mdy(t))
        full = s + (" | Updated %s CT %s" % (ampm(upd), mdy(upd)) if upd else "")
        vis = s + ("<br>Updated %s CT %s" % (ampm(upd), mdy(upd)) if upd else "")
        return '<div class="gnt_ar_dt" aria-label="%s">%s</div>' % (full.replace("Published", "Published:").replace("Updated", "Updated:"), vis)

    def page(title, authors, pub, t, upd, ps, canon, more=None, foot=None, staff=True):
        names = " and ".join(('<a class="gnt_ar_by_a" href="/staff/%d/%s/">%s</a>' % (2654321001 + len(a), slug(a), E(a)) if staff else E(a)) for a in authors)
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": z(t), "dateModified": z(upd or t),
              "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": canon}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
                '<meta name="description" content="%s">%s') % (canon, E(title), E(name), E(ps[0][:160]), jl(ld))
        body = paras(ps[:2], "gnt_ar_b_p")
        if more:
            body += '<p class="gnt_ar_b_p"><strong>More:</strong> <a href="%s">%s</a></p>' % (more[0], E(more[1]))
        body += paras(ps[2:], "gnt_ar_b_p")
        if foot:
            body += '<p class="gnt_ar_b_p">This article originally appeared on %s: <a href="%s">%s</a></p>' % (E(foot[0]), foot[1], E(foot[2]))
        doc = ('<article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">%s</h1><div class="gnt_ar_by">%s<div class="gnt_ar_by_pb">%s</div></div>%s'
               '<div class="gnt_ar_b" aria-label="Article body">%s</div></article><aside class="gnt_rr"><h3>Most popular</h3></aside>') % (E(title), names, E(pub), dt(t, upd), body)
        return shell(title, doc, head)

    h1, h2, m1, m2 = ST["h1"], ST["h2"], ST["m1"], ST["m2"]
    put(site, h1.path, page(h1.title, h1.authors, name, h1.t, T(h1.upd), h1.ps, h1.url, more=(h2.path, h2.title)))
    put(site, h2.path, page(h2.title, h2.authors, name, h2.t, None, h2.ps, h2.url, more=(h1.path, h1.title)))
    c1 = "/story/news/local/2025/06/11/millbrook-schools-four-day-week-rural-campuses/84140012007/"
    copy(site, c1, page(m1.title, m1.authors, "The Millbrook Courier", T("2025-06-11 08:02-05:00"), None, m1.ps, m1.url, staff=False), m1)
    c2 = "/story/news/local/2025/06/12/millbrook-grain-elevator-fire-evacuation/84146733007/"
    copy(site, c2, page(m2.title, m2.authors, "The Millbrook Courier", T("2025-06-12 10:15-05:00"), T("2025-06-12 16:48-05:00"), m2.ps, U(site, c2),
                        foot=("The Millbrook Courier", m2.url, m2.title), staff=False), m2)
    cards = [(c2, m2.title), (c1, m1.title), (h2.path, h2.title)]
    extra = getattr(harlan, "extra", [])
    for p, title, s, pub, t, ps, canon in extra:  # wire copies added by later builders
        copy(site, p, page(title, s.authors, pub, t, None, ps, canon, staff=False), s)
        cards.insert(1, (p, title))

    def lst(items):
        return "".join('<div class="gnt_m_flm_a"><a class="gnt_m_flm_a" href="%s">%s</a></div>' % (p, E(x)) for p, x in items)
    non(site, "/", shell("Harlan Daily Sentinel: Local News, Sports & Obituaries", '<section class="gnt_m_flm"><h2>Top Stories</h2>%s</section><p><a href="/news/local/">More local news</a></p>' % lst(cards)))
    non(site, "/news/", shell("News | Harlan Daily Sentinel", "<h1>News</h1>" + lst(cards[:2] + [(h2.path, h2.title)])))
    non(site, "/news/local/", shell("Local News | Harlan Daily Sentinel", "<h1>Local</h1>" + lst([(h1.path, h1.title), (c1, m1.title), (c2, m2.title)])))
    for s in (h1, h2):
        a = s.authors[0]
        non(site, "/staff/%d/%s/" % (2654321001 + len(a), slug(a)), shell("%s | Harlan Daily Sentinel" % a, '<h1>%s</h1><p>Reporter, Harlan Daily Sentinel</p>%s' % (E(a), lst([(s.path, s.title)]))))
    non(site, "/contact/about-us/", shell("About us | Harlan Daily Sentinel", "<h1>About us</h1><p>The Harlan Daily Sentinel is a member of the Tamarack Valley News Group. Stories from our sister papers and from Allied Press appear on this site.</p>"))


# ============================================================ 3. Bayfield Gazette-Times (WordPress block theme + Rank Math)
def bay():
    site, name = "bay", "Bayfield Gazette-Times"
    cats = [("news", "News"), ("community", "Community"), ("regional", "Regional")]
    navh = "".join('<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/category/%s/">%s</a></li>' % c for c in cats)

    def shell(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="%s wp-embed-responsive">'
                '<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/" rel="home">%s</a></p>'
                '<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">%s<li class="wp-block-navigation-item"><a href="/about/">About</a></li></ul></nav></header>'
                '%s<footer class="wp-block-template-part"><p>&copy; %d %s &middot; A Tamarack Valley News Group paper</p></footer></div></body></html>') % (
            title, head, cls, E(name), navh, body, TODAY.year, E(name))

    def page(path, title, byline, t, ps, canon, cat, note=None, tags=(), show_time=False):
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": U(site, "/#organization"), "name": name},
            {"@type": "WebPage", "@id": U(site, path) + "#webpage", "url": U(site, path), "name": title, "datePublished": t.isoformat()},
            {"@type": "NewsArticle", "headline": title, "datePublished": t.isoformat(), "dateModified": t.isoformat(), "articleSection": cat[1],
             "author": {"@type": "Person", "name": byline[1]}, "publisher": {"@id": U(site, "/#organization")}, "mainEntityOfPage": {"@id": U(site, path) + "#webpage"}}]}
        head = (('<link rel="canonical" href="%s">' % canon) if canon else "") + (
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">'
            '<script type="application/ld+json" class="rank-math-schema">%s</script>') % (E(title), t.isoformat(), json.dumps(graph, ensure_ascii=False))
        when = "%s%s" % (mdy(t), (" at " + ampm(t)) if show_time else "")
        tagh = "".join('<a href="/tag/%s/" rel="tag">%s</a>' % x for x in tags)
        doc = ('<main class="wp-block-group"><div class="wp-block-post-terms taxonomy-category"><a href="/category/%s/" rel="tag">%s</a></div>'
               '<h1 class="wp-block-post-title">%s</h1><div class="wp-block-group post-meta"><div class="wp-block-post-author-name">%s</div>'
               '<div class="wp-block-post-date"><time datetime="%s">%s</time></div></div>'
               '<div class="entry-content wp-block-post-content">%s%s</div><div class="wp-block-post-terms taxonomy-post_tag">%s</div></main>') % (
            cat[0], E(cat[1]), E(title), byline[0], t.isoformat(), when, note or "", paras(ps), tagh)
        return shell("%s &#8211; %s" % (E(title), E(name)), doc, head, "single single-post")

    own = [ST["b1"], ST["b2"]]
    for s in own:
        put(site, s.path, page(s.path, s.title, ('By <a href="/author/%s/">%s</a>' % (slug(s.authors[0]), E(s.authors[0])), s.authors[0]), s.t, s.ps, s.url, s.cat, tags=s.tags, show_time=True))
    m3, h1 = ST["m3"], ST["h1"]
    c1 = "/2025/06/16/county-fair-brings-back-draft-horse-pull/"
    t1 = T("2025-06-16 06:00-05:00")
    note = '<p><em>This story originally appeared in <a href="%s">The Millbrook Courier</a> and is shared through the Tamarack Valley News Group.</em></p>' % m3.url
    copy(site, c1, page(c1, m3.title, ("By Ellen Ruiz, The Millbrook Courier", "Ellen Ruiz"), t1, m3.ps, None, cats[2], note=note), m3)
    c2 = "/2025/06/12/harlan-council-keeps-downtown-pool-open/"
    t2 = T("2025-06-12 07:30-05:00")
    copy(site, c2, page(c2, h1.title, ("By Trevor Lindqvist, Harlan Daily Sentinel", "Trevor Lindqvist"), t2, h1.ps, h1.url, cats[2]), h1)
    made = [(c2, h1.title, t2), (c1, m3.title, t1)]
    for p, title, s, t, ps, by in getattr(bay, "extra", []):
        copy(site, p, page(p, title, (by, by[3:]), t, ps, None, cats[2]), s)
        made.append((p, title, t))
    made.sort(key=lambda m: m[2], reverse=True)

    def lst(items):
        return '<ul class="wp-block-post-template">%s</ul>' % "".join(
            '<li class="wp-block-post"><h2 class="wp-block-post-title"><a href="%s">%s</a></h2><div class="wp-block-post-date"><time datetime="%s">%s</time></div></li>' % (
                p, E(x), t.isoformat(), mdy(t)) for p, x, t in items)
    ownl = [(s.path, s.title, s.t) for s in own]
    non(site, "/", shell("%s &#8211; News for Bayfield County" % E(name), '<main class="wp-block-query">%s%s</main>' % (lst(made[:3]), lst(ownl[1:])), cls="home blog"))
    non(site, "/category/news/", shell("News &#8211; %s" % E(name), "<main><h1 class=\"wp-block-query-title\">Category: News</h1>%s</main>" % lst(ownl[1:]), cls="archive category"))
    non(site, "/category/community/", shell("Community &#8211; %s" % E(name), "<main><h1 class=\"wp-block-query-title\">Category: Community</h1>%s</main>" % lst(ownl[:1]), cls="archive category"))
    non(site, "/category/regional/", shell("Regional &#8211; %s" % E(name), "<main><h1 class=\"wp-block-query-title\">Category: Regional</h1>%s</main>" % lst(made), cls="archive category"))
    for s in own:
        non(site, "/author/%s/" % slug(s.authors[0]), shell("%s &#8211; %s" % (E(s.authors[0]), E(name)), "<main><h1 class=\"wp-block-query-title\">Author: %s</h1>%s</main>" % (E(s.authors[0]), lst([(s.path, s.title, s.t)])), cls="archive author"))
        for tg in s.tags:
            non(site, "/tag/%s/" % tg[0], shell("%s &#8211; %s" % (E(tg[1]), E(name)), "<main><h1 class=\"wp-block-query-title\">Tag: %s</h1>%s</main>" % (E(tg[1]), lst([(s.path, s.title, s.t)])), cls="archive tag"))
    non(site, "/about/", shell("About &#8211; %s" % E(name), '<main><h1 class="wp-block-post-title">About</h1><div class="entry-content"><p>The Bayfield Gazette-Times is a weekly newspaper covering Bayfield County. We also share stories with our sister papers in the Tamarack Valley News Group.</p></div></main>', cls="page"))



# ============================================================ 4. Statehouse Ledger (CalMatters-like nonprofit, Newspack)
def ledger():
    site, name = "ledger", "Statehouse Ledger"
    cats = [("politics", "Politics"), ("health", "Health"), ("education", "Education"), ("environment", "Environment"), ("housing", "Housing")]
    navh = "".join('<li class="menu-item"><a href="/category/%s/">%s</a></li>' % c for c in cats)
    own = [ST[k] for k in ("L1", "L2", "L3", "L4")]

    def shell(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="%s newspack-theme">'
                '<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">%s</a></div>'
                '<nav class="main-navigation"><ul>%s<li class="menu-item"><a href="/republishing-guidelines/">Republish</a></li><li class="menu-item donate"><a href="/donate/">Donate</a></li></ul></nav></header>'
                '<div id="content" class="site-content">%s</div><footer id="colophon" class="site-footer"><p>%s is a nonpartisan, nonprofit newsroom covering state policy and politics.</p>'
                '<ul><li><a href="/about/">About</a></li><li><a href="/republishing-guidelines/">Republishing guidelines</a></li><li><a href="/donate/">Donate</a></li></ul></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, E(name))

    def byline(s):
        return " and ".join('<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (slug(a), E(a)) for a in s.authors)

    for i, s in enumerate(own):
        upd = s.t + datetime.timedelta(days=1, hours=3)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": s.url + "#article", "headline": s.title, "datePublished": s.iso, "dateModified": upd.isoformat(),
             "author": [{"@type": "Person", "name": a, "url": U(site, "/author/%s/" % slug(a))} for a in s.authors], "articleSection": [s.cat[1]],
             "publisher": {"@type": "NewsMediaOrganization", "name": name}, "isAccessibleForFree": True, "copyrightNotice": "CC BY-ND 4.0"},
            {"@type": "WebPage", "@id": s.url, "url": s.url, "name": "%s - %s" % (s.title, name)}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">'
                '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s"><script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            s.url, E(s.title), E(s.dek), s.iso, upd.isoformat(), E(" and ".join(s.authors)), E(" and ".join(s.authors)), json.dumps(graph, ensure_ascii=False))
        es = ('<p class="has-text-align-right"><a href="%s">Lea esta historia en español</a></p>' % ST["f1"].url) if s.key == "L1" else ""
        donate = ('<div class="wp-block-group donation-cta"><p>%s</p><p><a class="wp-block-button__link" href="/donate/">Donate now</a></p></div>' % E(DONATE))
        repub_html = "<h1>%s</h1>\n<p class=\"byline\">by %s, Statehouse Ledger<br />%s</p>\n%s\n<p>This <a target=\"_blank\" href=\"%s\">article</a> was originally published by <a target=\"_blank\" href=\"%s\">Statehouse Ledger</a>.</p>\n<img id=\"republication-tracker-tool-source\" src=\"%s?republication-pixel=true&post=%d\" style=\"width:1px;height:1px;\">" % (
            s.title, " and ".join(s.authors), mdy(s.t), "\n".join("<p>%s</p>" % p for p in s.ps), s.url, U(site, "/"), U(site, "/"), 88410 + i)
        modal = ('<div id="republication-tracker-tool-modal" class="modal" style="display:none" aria-hidden="true"><div class="modal-content"><h2>Republish this article</h2>'
                 '<p>%s</p><p>You must credit Statehouse Ledger and may not edit our articles except to reflect relative changes in time, location and editorial style.</p>'
                 '<textarea readonly id="republication-tracker-tool-shareable-content" rows="5">%s</textarea><button class="close">Close</button></div></div>') % (E(REPUB), E(repub_html))
        doc = ('<main id="main" class="site-main"><article id="post-%d" class="post type-post status-publish category-%s">'
               '<header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span><h1 class="entry-title">%s</h1>'
               '<div class="newspack-post-subtitle">%s</div><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>By</span> %s</span>'
               '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time><span class="updated-label">Updated</span><time class="updated" datetime="%s">%s</time></span></div>'
               '<div class="republish-wrap"><button class="republication-tracker-tool-button">Republish this article</button></div></div></header>'
               '<div class="entry-content">%s<div class="wp-block-group in-summary"><h2>In summary</h2><p>%s</p></div>%s%s%s%s</div>'
               '<footer class="entry-footer"><div class="author-bio">%s</div></footer></article></main>') % (
            88410 + i, s.cat[0], s.cat[0], E(s.cat[1]), E(s.title), E(s.dek), byline(s), s.iso, mdy(s.t), upd.isoformat(), mdy(upd),
            es, E(s.dek), paras(s.ps[:2]), donate, paras(s.ps[2:]), modal,
            "".join('<p><a href="/author/%s/">%s</a> covers state policy for %s.</p>' % (slug(a), E(a), E(name)) for a in s.authors))
        put(site, s.path, shell("%s - %s" % (s.title, name), doc, head, "single single-post"))

    def lst(items):
        return "".join('<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-meta">By %s &middot; <time datetime="%s">%s</time></div><p>%s</p></article>' % (
            s.path, E(s.title), " and ".join(E(a) for a in s.authors), s.iso, mdy(s.t), E(s.dek)) for s in items)
    non(site, "/", shell("%s - Explaining state policy and politics" % name, '<main class="site-main"><section class="homepage-posts"><h2>Latest</h2>%s</section>'
                         '<p><a href="/category/health/">Health</a> &middot; <a href="/category/environment/">Environment</a></p></main>' % lst(own[:1:-1])))
    for c in cats:
        non(site, "/category/%s/" % c[0], shell("%s Archives - %s" % (c[1], name), '<main class="site-main"><h1 class="page-title">%s</h1>%s</main>' % (
            E(c[1]), lst([s for s in own if s.cat == c]) or "<p>More stories coming soon.</p>"), cls="archive category"))
    for a in sorted({a for s in own for a in s.authors}):
        non(site, "/author/%s/" % slug(a), shell("%s, Author at %s" % (a, name), '<main class="site-main"><h1 class="page-title">%s</h1><p>%s is a reporter at %s.</p>%s</main>' % (
            E(a), E(a), E(name), lst([s for s in own if a in s.authors])), cls="archive author"))
    non(site, "/republishing-guidelines/", shell("Republishing guidelines - %s" % name, '<main><h1>Republishing guidelines</h1><p>%s Our stories are licensed under CC BY-ND 4.0. '
                                                 'Credit the author and Statehouse Ledger, do not change the headline or edit the text, and include the tracking pixel.</p><p>Recently republished: <a href="%s">%s</a></p></main>' % (E(REPUB), own[0].path, E(own[0].title)), cls="page"))
    non(site, "/about/", shell("About - %s" % name, "<main><h1>About us</h1><p>Statehouse Ledger is a nonprofit, nonpartisan newsroom founded in 2015. More than 200 outlets republish our work for free.</p></main>", cls="page"))
    non(site, "/donate/", shell("Donate - %s" % name, "<main><h1>Support Statehouse Ledger</h1><p>%s</p></main>" % E(DONATE), cls="page"))


# ============================================================ 5. Riverbend Reporter (small WordPress site, ColorMag-like)
def river():
    site, name = "river", "The Riverbend Reporter"

    def shell(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="%s">'
                '<div id="page" class="hfeed site"><header id="masthead" class="site-header"><div id="header-text"><h3 id="site-title"><a href="/" rel="home">%s</a></h3>'
                '<p id="site-description">Local news for Riverbend and the Delta</p></div><nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li>'
                '<li><a href="/category/local/">Local</a></li><li><a href="/category/california/">California</a></li><li><a href="/about/">About</a></li></ul></nav></header>'
                '<div id="main" class="clearfix"><div class="inner-wrap">%s<div id="secondary"><aside class="widget"><h3 class="widget-title">Our partners</h3>'
                '<p>We republish reporting from <a href="%s">Statehouse Ledger</a>, a nonprofit newsroom.</p></aside></div></div></div>'
                '<footer id="colophon"><div class="footer-socket-wrapper">Copyright &copy; %d %s. Theme: ColorMag by ThemeGrill.</div></footer></div></body></html>') % (
            title, head, cls, E(name), body, U("ledger", "/"), TODAY.year, E(name))

    def page(path, title, wp_author, t, upd, ps, cat, pre="", post=""):
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s'
                '<meta name="author" content="%s">') % (E(title), t.isoformat(), ('<meta property="article:modified_time" content="%s">' % upd.isoformat()) if upd else "", E(wp_author))
        shown = '<time class="entry-date published" datetime="%s">%s</time>' % (t.isoformat(), mdy(t))
        if upd:
            shown += ' <span class="updated-on">Updated <time class="updated" datetime="%s">%s at %s</time></span>' % (upd.isoformat(), mdy(upd), ampm(upd).replace(".", ""))
        doc = ('<div id="primary"><div id="content"><article class="post type-post status-publish hentry"><div class="article-content clearfix">'
               '<div class="above-entry-meta"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span></div>'
               '<header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="below-entry-meta"><span class="posted-on">%s</span>'
               '<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/%s/" title="%s">%s</a></span></span></div>'
               '<div class="entry-content clearfix">%s%s%s</div></div></article>'
               '<ul class="default-wp-page"><li class="previous"><a href="/" rel="prev">&larr; Back to latest</a></li></ul></div></div>') % (
            cat[0], E(cat[1]), E(title), shown, slug(wp_author), E(wp_author), E(wp_author), pre, paras(ps), post)
        return shell("%s &#8211; %s" % (E(title), E(name)), doc, head, "post-template-default single single-post")

    r1 = ST["r1"]
    put(site, r1.path, page(r1.path, r1.title, r1.authors[0], r1.t, None, r1.ps, ("local", "Local")))
    made = [(r1.path, r1.title, r1.t, "local")]
    for k, p, t, upd in [("L1", "/2025/06/10/groundwater-rules-small-farms-wells/", "2025-06-10 07:15-07:00", None),
                         ("L3", "/2025/06/13/community-colleges-empty-dorms-homeless-students/", "2025-06-13 10:00-07:00", "2025-06-14 08:12-07:00"),
                         ("L4", "/2025/06/17/fair-plan-wildfire-rates-rural-counties/", "2025-06-17 06:45-07:00", None)]:
        s = ST[k]
        pre = '<p><strong>By %s, Statehouse Ledger</strong></p>' % E(" and ".join(s.authors))
        post = ('<p><em>This <a target="_blank" href="%s">article</a> was originally published by <a target="_blank" href="%s">Statehouse Ledger</a>. '
                'It is republished here under a Creative Commons license.</em></p><img id="republication-tracker-tool-source" src="%s?republication-pixel=true&amp;post=%d" style="width:1px;height:1px;" alt="">') % (
            s.url, U("ledger", "/"), U("ledger", "/"), 88410 + int(k[1]) - 1)
        copy(site, p, page(p, s.title, "Riverbend Desk", T(t), T(upd) if upd else None, s.ps, ("california", "California"), pre, post), s)
        made.append((p, s.title, T(t), "california"))
    made.sort(key=lambda m: m[2], reverse=True)

    def lst(items):
        return "".join('<article class="post"><h2 class="entry-title"><a href="%s" title="%s">%s</a></h2><div class="below-entry-meta"><time datetime="%s">%s</time></div></article>' % (
            p, E(x), E(x), t.isoformat(), mdy(t)) for p, x, t, c in items)
    non(site, "/", shell(E(name), '<div id="primary"><h2 class="widget-title">Latest news</h2>%s</div>' % lst(made), cls="home blog"))
    non(site, "/category/local/", shell("Local &#8211; " + E(name), '<div id="primary"><header class="page-header"><h1 class="page-title">Local</h1></header>%s</div>' % lst([m for m in made if m[3] == "local"]), cls="archive category"))
    non(site, "/category/california/", shell("California &#8211; " + E(name), '<div id="primary"><header class="page-header"><h1 class="page-title">California</h1></header>%s</div>' % lst([m for m in made if m[3] == "california"]), cls="archive category"))
    non(site, "/author/gail-ferreira/", shell("Gail Ferreira &#8211; " + E(name), '<div id="primary"><h1 class="page-title">Author Archives: Gail Ferreira</h1>%s</div>' % lst(made[-1:] if made[-1][0] == r1.path else [m for m in made if m[0] == r1.path]), cls="archive author"))
    non(site, "/author/riverbend-desk/", shell("Riverbend Desk &#8211; " + E(name), '<div id="primary"><h1 class="page-title">Author Archives: Riverbend Desk</h1>%s</div>' % lst([m for m in made if m[3] == "california"]), cls="archive author"))
    non(site, "/about/", shell("About &#8211; " + E(name), '<div id="primary"><h1 class="entry-title">About</h1><p>The Riverbend Reporter is a volunteer-run news site founded in 2021. Contact: tips@riverbendreporter.example.</p></div>', cls="page"))


# ============================================================ 6. Pine County Voice (Squarespace blog)
def pine():
    site, name = "pine", "Pine County Voice"

    def shell(title, body, head="", cls="collection-type-blog"):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta property="og:site_name" content="%s">%s'
                '<!-- This is Squarespace. --></head><body class="%s ancillary-header-branding-position-top-center">'
                '<header class="Header"><div class="Header-inner"><h1 class="Header-branding"><a href="/">%s</a></h1><nav class="Header-nav">'
                '<a href="/news" class="Header-nav-item">News</a><a href="/ledger" class="Header-nav-item">From Statehouse Ledger</a><a href="/about" class="Header-nav-item">About</a></nav></div></header>'
                '<main class="Main"><section class="Main-content">%s</section></main><footer class="Footer"><p>Pine County Voice &middot; Independent news for the Sierra foothills</p></footer></body></html>') % (
            title, E(name), head, cls, E(name), body)

    def page(path, title, t, ps, pre="", prev=None):
        head = ('<meta property="og:title" content="%s &mdash; %s"><meta property="og:type" content="article"><meta property="og:url" content="%s"><link rel="canonical" href="%s">'
                '<meta itemprop="author" content="Owen Tracy"><meta itemprop="datePublished" content="%s"><meta itemprop="headline" content="%s">%s') % (
            E(title), E(name), U(site, path.rstrip("/")), U(site, path.rstrip("/")), t.strftime("%Y-%m-%dT%H:%M:%S%z"), E(title),
            jl({"url": U(site, path.rstrip("/")), "name": title, "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S%z"), "dateModified": t.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "headline": title, "author": "Owen Tracy", "@context": "http://schema.org", "@type": "Article"}))
        doc = ('<article class="BlogItem hentry" data-item-id="684a%x"><div class="BlogItem-meta"><time class="dt-published date-highlight" datetime="%s">%s</time>'
               '<span class="Blog-meta-item Blog-meta-item--author">Owen Tracy</span></div><h1 class="BlogItem-title" data-content-field="title">%s</h1>'
               '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="sqs-block html-block"><div class="sqs-block-content">%s%s</div></div></div>'
               '<div class="BlogItem-share"><span>Share</span></div><nav class="BlogItem-pagination">%s</nav></article>') % (
            abs(hash(path)) % 65536, t.date().isoformat(), mdy(t), E(title), pre, paras(ps),
            ('<a href="%s" class="BlogItem-pagination-link--prev">Previous <span>%s</span></a>' % prev) if prev else "")
        return shell("%s &mdash; %s" % (E(title), E(name)), doc, head, "view-item collection-type-blog")

    p1 = ST["p1"]
    put(site, p1.path, page(p1.path, p1.title, p1.t, p1.ps))
    made = []
    prev = None
    for k, p, t in [("L1", "/ledger/groundwater-rules-small-farms/", "2025-06-11 08:00-07:00"), ("L2", "/ledger/ambulance-bills-cap/", "2025-06-12 11:20-07:00"),
                    ("L3", "/ledger/community-colleges-empty-dorms/", "2025-06-15 09:00-07:00")]:
        s = ST[k]
        pre = ('<p><em>This article first appeared on <a href="%s">Statehouse Ledger</a> and is republished here under a Creative Commons Attribution-NoDerivatives 4.0 International License.</em></p>'
               '<p>By %s, Statehouse Ledger</p>') % (s.url, E(" and ".join(s.authors)))
        copy(site, p, page(p, s.title, T(t), s.ps, pre, prev), s)
        prev = (p.rstrip("/"), E(s.title))
        made.append((p, s.title, T(t)))

    def lst(items):
        return "".join('<article class="BlogList-item"><a href="%s" class="BlogList-item-title">%s</a><div class="Blog-meta"><time class="Blog-meta-item--date">%s</time></div></article>' % (
            p.rstrip("/"), E(x), mdy(t)) for p, x, t in items)
    non(site, "/", shell(E(name), '<div class="BlogList">%s</div>' % lst(sorted(made + [(p1.path, p1.title, p1.t)], key=lambda m: m[2], reverse=True))))
    non(site, "/news/", shell("News &mdash; " + E(name), '<div class="BlogList">%s</div>' % lst([(p1.path, p1.title, p1.t)])))
    non(site, "/ledger/", shell("From Statehouse Ledger &mdash; " + E(name), '<div class="BlogList">%s</div>' % lst(made[::-1])))
    non(site, "/about/", shell("About &mdash; " + E(name), '<div class="sqs-block html-block"><h2>About</h2><p>Pine County Voice is a one-person newsroom run by Owen Tracy. We also share stories from partner newsrooms.</p></div>', cls="collection-type-page"))


# ============================================================ 7. El Faro del Valle (US Spanish-language site; a translated republication)
def faro():
    site, name = "faro", "El Faro del Valle"

    def fecha(t):
        return "%d de %s de %d, %d:%02d %s PDT" % (t.day, MON_ES[t.month - 1], t.year, (t.hour % 12) or 12, t.minute, "a.m." if t.hour < 12 else "p.m.")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="es-US"><head><meta charset="utf-8"><title>%s</title><meta property="og:locale" content="es_US">%s</head><body>'
                '<header class="cabecera"><a class="logo" href="/">%s</a><nav class="menu"><a href="/california/">California</a> <a href="/comunidad/">Comunidad</a> <a href="/quienes-somos/">Quiénes somos</a></nav></header>'
                '<div class="contenedor">%s</div><footer class="pie"><p>&copy; %d El Faro del Valle. Noticias en español para el Valle Central.</p></footer></body></html>') % (
            E(title), head, E(name), body, TODAY.year)

    for s in (ST["f1"], ST["f2"]):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "inLanguage": "es", "datePublished": s.iso,
              "author": [{"@type": "Person", "name": a} for a in s.authors], "publisher": {"@type": "Organization", "name": name}}
        autor = '<strong>%s</strong>' % E(s.authors[0])
        nota = ""
        if s.key == "f1":
            ld["translator"] = {"@type": "Person", "name": "Lucía Herrera"}
            ld["isBasedOn"] = ST["L1"].url
            autor += ', Statehouse Ledger &middot; <span class="traductor">Traducción de Lucía Herrera</span>'
            nota = ('<p class="nota-aviso"><em>Esta historia fue publicada originalmente en inglés por <a href="%s">Statehouse Ledger</a> y se traduce y republica '
                    'con permiso bajo una licencia Creative Commons.</em></p>') % ST["L1"].url
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s') % (
            s.url, E(s.title), s.iso, jl(ld))
        doc = ('<article class="nota"><a class="nota-seccion" href="/%s/">%s</a><h1 class="nota-titulo">%s</h1><p class="nota-bajada">%s</p>'
               '<div class="nota-autor">Por %s</div><div class="nota-fecha">Publicado el %s</div><div class="nota-cuerpo">%s%s</div></article>'
               '<aside class="te-puede-interesar"><h3>Te puede interesar</h3><ul><li><a href="%s">%s</a></li></ul></aside>') % (
            s.sec[0], E(s.sec[1]), E(s.title), E(s.dek), autor, fecha(s.t), nota, paras(s.ps),
            ST["f2" if s.key == "f1" else "f1"].path, E(ST["f2" if s.key == "f1" else "f1"].title))
        put(site, s.path, shell("%s | %s" % (s.title, name), doc, head))
    f1, f2 = ST["f1"], ST["f2"]

    def lst(items):
        return "".join('<div class="tarjeta"><h2><a href="%s">%s</a></h2><span>%s</span></div>' % (s.path, E(s.title), fecha(s.t)) for s in items)
    non(site, "/", shell("El Faro del Valle | Noticias del Valle Central en español", "<h1 class=\"oculto\">Portada</h1>" + lst([f2, f1])))
    non(site, "/california/", shell("California | El Faro del Valle", "<h1>California</h1>" + lst([f1])))
    non(site, "/comunidad/", shell("Comunidad | El Faro del Valle", "<h1>Comunidad</h1>" + lst([f2])))
    non(site, "/quienes-somos/", shell("Quiénes somos | El Faro del Valle", "<h1>Quiénes somos</h1><p>El Faro del Valle es un medio digital sin fines de lucro. Traducimos y republicamos reportajes de Statehouse Ledger con su permiso.</p>"))


# ============================================================ 8. Nimbus News (Yahoo-like portal, en / de / fr)
NIMBUS = [  # (key, path, time of the copy, how the time is shown, read-original line)
    ("b1", "/news/bayfield-library-seed-lending-program-grows-190012345.html", "2025-06-09 19:00+00:00", "full", False),
    ("m1", "/news/millbrook-school-board-approves-four-020512345.html", "2025-06-11 02:05+00:00", "full", True),
    ("h1", "/news/harlan-council-votes-keep-downtown-233055512.html", "2025-06-11 23:30+00:00", "day", False),
    ("L2", "/news/lawmakers-pass-bill-cap-ambulance-132044871.html", "2025-06-12 13:20+00:00", "full", True),
]


def nimbus():
    site, name = "nimbus", "Nimbus News"
    pubs = {"mill": "The Millbrook Courier", "harlan": "Harlan Daily Sentinel", "bay": "Bayfield Gazette-Times", "ledger": "Statehouse Ledger",
            "ap": "Allied Press", "dpn": "dpn", "acp": "ACP"}
    L = {"en": ("en-US", "/", "Home", "Read the original article on %s", "Recommended Stories"),
         "de": ("de-DE", "/de/", "Startseite", "Den Originalartikel auf %s lesen", "Empfohlene Artikel"),
         "fr": ("fr-FR", "/fr/", "Accueil", "Lire l'article original sur %s", "Articles recommandés")}
    items = [(ST[k], p, T(t), how, ro) for k, p, t, how, ro in NIMBUS if k in ST]

    def lang(p):
        return "de" if p.startswith("/de/") else "fr" if p.startswith("/fr/") else "en"

    def shown(t, lg, how):
        if lg == "de":
            return "%d. %s %d" % (t.day, MON_DE[t.month - 1], t.year) + (" um %02d:%02d UTC" % (t.hour, t.minute) if how == "full" else "")
        if lg == "fr":
            return "%d %s %d" % (t.day, MON_FR[t.month - 1], t.year) + (" à %02d:%02d UTC" % (t.hour, t.minute) if how == "full" else "")
        return "%s, %s" % (DAY[t.weekday()][:3], mdy(t)) + (" at %s UTC" % AMPM(t) if how == "full" else "")

    def shell(lg, title, body, head=""):
        lc, home, hw = L[lg][:3]
        return ('<!DOCTYPE html><html lang="%s" class="caas"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="ybar"><a id="ybar-logo" href="%s">%s</a><form class="ybar-search"><input name="p" placeholder="Search"></form></div>'
                '<nav id="nav"><a href="%s">%s</a> <a href="/news/">News</a> <a href="/de/">Deutsch</a> <a href="/fr/">Français</a> <a href="/about/">About</a></nav>'
                '<div id="render-target-default">%s</div><footer><a href="/about/">About Nimbus News</a> &middot; Terms &middot; Privacy</footer></body></html>') % (
            lc, E(title), head, home, E(name), home, hw, body)

    for s, p, t, how, ro in items:
        lg, pub = lang(p), pubs[s.site]
        title = getattr(s, "nimbus_title", s.title)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": z(t), "dateModified": z(t),
              "author": {"@type": "Person", "name": " and ".join(s.authors)}, "provider": {"@type": "Organization", "name": pub}, "publisher": {"@type": "Organization", "name": name}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
                '<meta name="description" content="%s">%s') % (U(site, p), E(title), E(name), E(s.ps[0][:150]), jl(ld))
        others = [(p2, getattr(s2, "nimbus_title", s2.title)) for s2, p2, _, _, _ in items if p2 != p and lang(p2) == lg]
        body = paras(s.ps) + '<p class="caas-copyright">&copy; %d %s</p>' % (t.year, E(pub))
        if ro:
            body += '<p class="caas-readmore"><a href="%s">%s</a></p>' % (s.url, E(L[lg][3] % pub))
        doc = ('<div id="module-article"><article class="caas-container" role="article"><header class="caas-header"><h1 data-test-locator="headline">%s</h1></header>'
               '<div class="caas-attr"><div class="caas-logo"><a href="%s"><img alt="%s" src="/logos/%s.png"></a></div><div class="caas-attr-meta">'
               '<div class="caas-attr-item-author"><span class="caas-author-byline-collapse">%s</span></div>'
               '<div class="caas-attr-time-style"><time datetime="%s">%s</time></div></div></div>'
               '<div class="caas-body">%s</div></article></div><div id="module-recommended"><h2>%s</h2><ul>%s</ul></div>') % (
            E(title), U(s.site, "/"), E(pub), s.site, E(" and ".join(s.authors)), z(t).replace("Z", ".000Z"), shown(t, lg, how), body, L[lg][4],
            "".join('<li><a href="%s">%s</a></li>' % (p2, E(x)) for p2, x in others))
        copy(site, p, shell(lg, title, doc, head), s)

    def stream(lg):
        return '<ul class="js-stream-content">%s</ul>' % "".join(
            '<li class="stream-item"><h3><a href="%s">%s</a></h3><div class="stream-meta">%s</div></li>' % (p, E(getattr(s, "nimbus_title", s.title)), E(pubs[s.site]))
            for s, p, t, how, ro in sorted(items, key=lambda i: i[2], reverse=True) if lang(p) == lg)
    non(site, "/", shell("en", "Nimbus News - Latest News & Headlines", '<h1 class="visually-hidden">Top stories</h1>' + stream("en")))
    non(site, "/news/", shell("en", "News - Nimbus News", "<h1>News</h1>" + stream("en")))
    if any(lang(i[1]) == "de" for i in items):
        non(site, "/de/", shell("de", "Nimbus Nachrichten - Aktuelle Nachrichten", "<h1>Nachrichten</h1>" + stream("de")))
        non(site, "/fr/", shell("fr", "Nimbus Actualités - Les dernières infos", "<h1>Actualités</h1>" + stream("fr")))
    non(site, "/about/", shell("en", "About Nimbus News", "<h1>About Nimbus News</h1><p>Nimbus News brings together stories from hundreds of partner publishers. Partner content is the property of its publisher.</p>"))


# ============================================================ 9. Allied Press (AP-like wire)
def ap():
    site, name = "ap", "Allied Press"
    own = [ST[k] for k in ("A1", "A2", "A3")]
    hubs = [("us-news", "U.S. News"), ("business", "Business"), ("science", "Science")]

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="Page-body">'
                '<bsp-header class="Page-header"><a class="Page-header-logo" href="/" aria-label="%s home">AP</a><nav class="Page-header-navigation"><ul>%s'
                '<li><a href="/about/">About</a></li></ul></nav></bsp-header><main class="Page-main">%s</main>'
                '<footer class="Page-footer"><p>Copyright %d The Allied Press. All Rights Reserved.</p></footer></body></html>') % (
            E(title), head, E(name), "".join('<li><a href="/hub/%s">%s</a></li>' % h for h in hubs), body, TODAY.year)

    for s in own:
        upd = T(s.upd)
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": z(s.t), "dateModified": z(upd),
              "author": [{"@type": "Person", "name": a} for a in s.authors], "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": s.url.rstrip("/")}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="AP News">'
                '<meta property="article:modified_time" content="%s"><meta name="description" content="%s">%s') % (s.url.rstrip("/"), E(s.title), z(upd), E(s.ps[1][:160]), jl(ld))
        ets = upd.astimezone(datetime.timezone(datetime.timedelta(hours=-4)))
        authors = " and ".join('<a class="Link" href="/author/%s">%s</a>' % (slug(a), E(a)) for a in s.authors)
        contrib = ("<p>___</p><p>%s</p>" % E(s.contrib)) if getattr(s, "contrib", None) else ""
        photo = ('<div class="Enhancement"><figure class="Figure"><figcaption class="Figure-caption"><p>A view of the scene. (AP Photo/Jake Lund)</p></figcaption></figure></div>')
        doc = ('<div class="Page-lead"><div class="Page-headline"><h1 class="Page-headline">%s</h1></div><div class="Page-byline"><div class="Page-authors">'
               '<span class="Page-authors-prefix">By&nbsp;</span>%s</div><div class="Page-dateModified"><bsp-timestamp data-timestamp="%d">'
               '<span>Updated %s EDT, %s</span></bsp-timestamp></div></div></div><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">%s%s%s%s</div></bsp-story-page>'
               '<div class="Page-below"><h2>Related Stories</h2><ul>%s</ul></div>') % (
            E(s.title), authors, int(upd.timestamp() * 1000), AMPM(ets), mdy(ets), paras(s.ps[:1]), photo, paras(s.ps[1:]), contrib,
            "".join('<li><a href="%s">%s</a></li>' % (o.path.rstrip("/"), E(o.title)) for o in own if o is not s))
        put(site, s.path, shell("%s | AP News" % s.title, doc, head))

    def cards(items):
        return "".join('<div class="PagePromo"><h3 class="PagePromo-title"><a class="Link" href="%s"><span class="PagePromoContentIcons-text">%s</span></a></h3></div>' % (
            o.path.rstrip("/"), E(o.title)) for o in items)
    # the wire's home shows topic hubs; each story is a hub deeper
    non(site, "/", shell("AP News: Breaking News, Latest News and Videos", '<div class="PageList"><h2>Top Stories</h2><ul>%s</ul></div>' % "".join(
        '<li><a href="/hub/%s">%s</a></li>' % h for h in hubs)))
    for h in hubs:
        non(site, "/hub/%s/" % h[0], shell("%s | AP News" % h[1], '<div class="PageListStandardB"><h1 class="PageList-header-title">%s</h1>%s</div>' % (E(h[1]), cards([o for o in own if o.hub == h]))))
    for a in sorted({a for o in own for a in o.authors}):
        non(site, "/author/%s/" % slug(a), shell("%s | AP News" % a, '<div class="Page-lead"><h1>%s</h1><p>%s is a reporter for the Allied Press.</p></div>%s' % (E(a), E(a), cards([o for o in own if a in o.authors]))))
    non(site, "/about/", shell("About | AP News", "<h1>About the Allied Press</h1><p>The Allied Press is an independent news cooperative owned by its member newspapers, which publish its stories under their own headlines.</p>"))


# ============================================================ 10. dpn (dpa-like German wire)
def dpn():
    site, name = "dpn", "dpn Deutsche Presse-Nachrichten"
    own = [ST[k] for k in ("N1", "N2", "N3")]
    res = [("wirtschaft", "Wirtschaft"), ("panorama", "Panorama")]

    def dt(t):
        return "%s, %s Uhr" % (t.strftime("%d.%m.%Y"), t.strftime("%H:%M"))

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="dpn-kopf"><a href="/" class="dpn-logo">dpn</a><nav>%s<a href="/ueber-uns.html">Über uns</a></nav></header><div class="dpn-inhalt">%s</div>'
                '<footer><p>&copy; dpn Deutsche Presse-Nachrichten GmbH %d. Alle Rechte vorbehalten. Weiterverbreitung nur durch Kunden.</p></footer></body></html>') % (
            E(title), head, "".join('<a href="/ressort/%s.html">%s</a> ' % r for r in res), body, TODAY.year)

    for s in own:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": s.iso, "inLanguage": "de",
              "author": {"@type": "Person", "name": s.authors[0]}, "sourceOrganization": {"@type": "Organization", "name": "dpn"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (s.url, E(s.title), jl(ld))
        doc = ('<article class="meldung"><div class="meldung-ressort"><a href="/ressort/%s.html">%s</a></div><h1 class="meldung-titel">%s</h1>'
               '<div class="meldung-info"><span class="autor">Von %s, dpn</span> <time datetime="%s">%s</time></div><div class="meldung-text">%s</div>'
               '<p class="meldung-kennung">dpn-Meldung %s &middot; Für Kunden: Abdruck frei</p></article>') % (
            s.res[0], E(s.res[1]), E(s.title), E(s.authors[0]), s.iso, dt(s.t), paras(s.ps), s.path.rsplit("-", 2)[-2] + "-" + s.path.rsplit("-", 1)[-1][:-5])
        put(site, s.path, shell("%s | dpn" % s.title, doc, head))

    def lst(items):
        return "<ul class=\"meldungen\">%s</ul>" % "".join('<li><time>%s</time> <a href="%s">%s</a></li>' % (dt(o.t), o.path, E(o.title)) for o in items)
    non(site, "/", shell("dpn Deutsche Presse-Nachrichten", '<h1>Nachrichtenagentur dpn</h1><p>Aktuelle Meldungen finden Sie in den Ressorts.</p><ul>%s</ul>' % "".join(
        '<li><a href="/ressort/%s.html">%s</a></li>' % r for r in res)))
    for r in res:
        non(site, "/ressort/%s.html" % r[0], shell("%s | dpn" % r[1], "<h1>%s</h1>%s" % (E(r[1]), lst([o for o in own if o.res == r]))))
    non(site, "/ueber-uns.html", shell("Über uns | dpn", "<h1>Über uns</h1><p>dpn beliefert Zeitungen, Sender und Portale mit Meldungen in deutscher Sprache. Kunden dürfen die Texte unter eigener Überschrift veröffentlichen.</p>"))


# ============================================================ 11. ACP (AFP-like French wire)
def acp():
    site, name = "acp", "ACP - Agence Centrale de Presse"
    own = [ST[k] for k in ("F1", "F2", "F3")]

    def fr(t):
        return "%d %s %d à %dh%02d" % (t.day, MON_FR[t.month - 1], t.year, t.hour, t.minute)

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="acp">'
                '<header class="entete"><a href="/fr/" class="logo">ACP</a><nav><a href="/fr/actualites/">Actualités</a> <a href="/fr/agence/">L\'agence</a></nav></header>'
                '<main>%s</main><footer><p>&copy; ACP %d - Tous droits de reproduction réservés.</p></footer></body></html>') % (E(title), head, body, TODAY.year)

    for s in own:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": s.iso, "inLanguage": "fr",
              "author": [{"@type": "Person", "name": a} for a in s.authors], "publisher": {"@type": "Organization", "name": "ACP"}}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s' % (
            s.url, E(s.title), s.iso, jl(ld))
        doc = ('<article class="node-actualite"><div class="rubrique">%s</div><h1 class="titre-actu">%s</h1><div class="infos"><span class="auteur">Par %s</span>'
               '<span class="date">Publié le <time datetime="%s">%s</time></span></div><div class="field-body">%s</div></article>') % (
            E(s.rub[1]), E(s.title), E(s.authors[0]), s.iso, fr(s.t), paras(s.ps))
        put(site, s.path, shell("%s | ACP" % s.title, doc, head))
    non(site, "/", shell("ACP", '<p>Redirection vers <a href="/fr/">la version française</a>.</p>'))
    non(site, "/fr/", shell("ACP - Agence Centrale de Presse", '<h1>L\'information mondiale en continu</h1><p><a href="/fr/actualites/">Toute l\'actualité</a></p><p><a href="%s">%s</a></p>' % (own[2].path, E(own[2].title))))
    non(site, "/fr/actualites/", shell("Actualités | ACP", "<h1>Actualités</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (o.path, E(o.title), fr(o.t)) for o in own[::-1])))
    non(site, "/fr/agence/", shell("L'agence | ACP", "<h1>L'agence</h1><p>L'ACP fournit des dépêches aux médias abonnés, qui peuvent les reprendre sous leur propre titre en citant l'agence.</p>"))


# ============================================================ 12. The Lakeshore Tribune (Arc XP-like; runs Allied Press)
LAKE = [("A1", "/news/nation/2025/06/10/missouri-river-floodwaters-recede-cleanup/", "Missouri River floodwaters recede; river towns start the cleanup", "By AP staff", "2025-06-10 18:01-04:00", None),
        ("A2", "/business/2025/06/13/regulators-ok-merger-of-2-regional-railroads/", "Regulators OK merger of 2 regional railroads", "By Howard Kim and Lisa Brandt, Allied Press", "2025-06-13 06:45-04:00", -1),
        ("A3", "/news/nation/2025/06/14/monarch-butterflies-rebound-midwest/", "Monarch butterflies rebound in Midwest, scientists say", "Allied Press", "2025-06-14 11:30-04:00", None)]


def lake():
    site, name = "lake", "The Lakeshore Tribune"

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="fusion-app">'
                '<header class="site-header"><a class="site-logo" href="/">%s</a><nav class="nav-sections"><a href="/news/local/">Local</a> <a href="/news/nation/">Nation</a> <a href="/business/">Business</a> <a href="/about-us/">About Us</a></nav></header>'
                '<main class="main-content">%s</main><footer class="site-footer">&copy; %d The Lakeshore Tribune &middot; <a href="/about-us/">Contact</a></footer></div></body></html>') % (
            E(title), head, E(name), body, TODAY.year)

    def page(path, title, by, t, ps, sec, authors_ld):
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": z(t), "dateModified": z(t),
              "author": authors_ld, "publisher": {"@type": "Organization", "name": name}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s') % (
            U(site, path), E(title), z(t), jl(ld))
        doc = ('<article class="article-body-wrapper"><div class="b-header"><a class="overline" href="%s">%s</a><h1 class="b-headline headline">%s</h1></div>'
               '<section class="b-byline"><span class="ts-byline__names">%s</span></section><div class="b-date"><time class="display-date" datetime="%s">Published %s at %s EDT</time></div>'
               '<div class="article-body">%s<div class="interstitial-link"><i>Read more: </i><a href="/">Latest headlines</a></div>%s</div></article>') % (
            sec[0], E(sec[1]), E(title), by, z(t), mdy(t), ampm(t), paras(ps[:2], "article-body-text"), paras(ps[2:], "article-body-text"))
        return shell("%s - The Lakeshore Tribune" % title, doc, head)

    o1 = ST["o1"]
    put(site, o1.path, page(o1.path, o1.title, 'By <a href="/people/brett-holloway/">Brett Holloway</a>', o1.t, o1.ps, ("/news/local/", "Local"), [{"@type": "Person", "name": "Brett Holloway"}]))
    made = []
    for k, p, title, by, t, trim in LAKE:
        s = ST[k]
        sec = ("/business/", "Business") if p.startswith("/business/") else ("/news/nation/", "Nation")
        ps = s.ps[:trim] if trim else s.ps
        copy(site, p, page(p, title, by, T(t), ps, sec, [{"@type": "Organization", "name": "Allied Press"}]), s)
        made.append((p, title, sec))

    def lst(items):
        return "".join('<div class="list-item"><h2 class="headline"><a href="%s">%s</a></h2></div>' % (p, E(x)) for p, x in items)
    non(site, "/", shell("The Lakeshore Tribune | Lakeshore, Michigan news", '<section class="top-table-list">%s</section>' % lst([(p, x) for p, x, _ in made[::-1]] + [(o1.path, o1.title)])))
    non(site, "/news/local/", shell("Local - The Lakeshore Tribune", "<h1>Local</h1>" + lst([(o1.path, o1.title)])))
    non(site, "/news/nation/", shell("Nation - The Lakeshore Tribune", "<h1>Nation</h1>" + lst([(p, x) for p, x, sec in made if sec[1] == "Nation"])))
    non(site, "/business/", shell("Business - The Lakeshore Tribune", "<h1>Business</h1>" + lst([(p, x) for p, x, sec in made if sec[1] == "Business"])))
    non(site, "/people/brett-holloway/", shell("Brett Holloway - The Lakeshore Tribune", "<h1>Brett Holloway</h1><p>Brett Holloway covers city hall and the waterfront.</p>" + lst([(o1.path, o1.title)])))
    non(site, "/about-us/", shell("About Us - The Lakeshore Tribune", "<h1>About Us</h1><p>The Lakeshore Tribune is a daily newspaper and a member of the Allied Press cooperative.</p>"))


# ============================================================ 13. Weser-Bote (German regional; runs dpn)
WESER_LOCAL = "Auch in Weserstadt stehen ab Samstag das Foyer des Rathauses und die Stadtbibliothek als kühle Räume offen, teilte die Stadtverwaltung am Freitag mit."
WESER = [("N1", "/deutschland-welt/wirtschaft/mehr-sprinterzuege-zwischen-hamburg-und-muenchen-771133.html", "Mehr Sprinterzüge zwischen Hamburg und München", "dpn", "2025-06-11 07:12+02:00", "250611-99-418273/2"),
         ("N2", "/deutschland-welt/panorama/hitzewelle-staedte-oeffnen-kuehle-raeume-fuer-senioren-771390.html", "Hitzewelle: Städte öffnen kühle Räume für Senioren", "Von Miriam Vogt, dpn", "2025-06-13 15:05+02:00", "250613-99-420918/4"),
         ("N3", "/deutschland-welt/wirtschaft/deutschlandticket-immer-mehr-pendler-steigen-um-771655.html", "Deutschlandticket: Immer mehr Pendler steigen um", "", "2025-06-16 10:40+02:00", "250616-99-423377/1")]


def weser():
    site, name = "weser", "Weser-Bote"

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="wb-header"><a href="/" class="wb-logo">%s</a><nav><a href="/lokales/weserstadt/">Weserstadt</a> <a href="/deutschland-welt/">Deutschland &amp; Welt</a> <a href="/service/impressum.html">Impressum</a></nav></header>'
                '<div class="wb-page">%s</div><footer>&copy; Weser-Bote %d &middot; <a href="/service/impressum.html">Impressum</a></footer></body></html>') % (E(title), head, E(name), body, TODAY.year)

    def page(path, title, by, t, ps, author_ld, kicker, sig=None):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": t.isoformat(), "author": author_ld, "publisher": {"@type": "Organization", "name": name}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="date" content="%s">%s' % (U(site, path), E(title), t.isoformat(), jl(ld))
        doc = ('<article class="article"><header><span class="article-kicker">%s</span><h1 class="article-title">%s</h1><div class="article-meta">%s'
               '<time datetime="%s">%s Uhr</time></div></header><div class="article-text">%s%s</div></article>'
               '<aside class="article-teaser"><h3>Das könnte Sie auch interessieren</h3><a href="/lokales/weserstadt/">Weitere Nachrichten aus Weserstadt</a></aside>') % (
            E(kicker), E(title), ('<span class="article-author">%s</span> ' % E(by)) if by else "", t.isoformat(), t.strftime("%d.%m.%Y, %H:%M"), paras(ps),
            ('<p class="agency-copyright">&copy; dpn-infocom, dpn:%s</p>' % sig) if sig else "")
        return shell("%s | Weser-Bote" % title, doc, head)

    w1 = ST["w1"]
    put(site, w1.path, page(w1.path, w1.title, "Von Heike Brandes", w1.t, w1.ps, {"@type": "Person", "name": "Heike Brandes"}, "Energie"))
    made = []
    for k, p, title, by, t, sig in WESER:
        s = ST[k]
        ps = s.ps[:2] + [WESER_LOCAL] + s.ps[2:] if k == "N2" else s.ps
        copy(site, p, page(p, title, by, T(t), ps, {"@type": "Organization", "name": "dpn"}, s.res[1], sig), s)
        made.append((p, title))

    def lst(items):
        return "<ul class=\"teaser-list\">%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % i for i in items)
    non(site, "/", shell("Weser-Bote - Nachrichten aus Weserstadt und der Region", "<h2>Top-Themen</h2>" + lst(made[::-1] + [(w1.path, w1.title)])))
    non(site, "/lokales/weserstadt/", shell("Weserstadt | Weser-Bote", "<h1>Weserstadt</h1>" + lst([(w1.path, w1.title)])))
    non(site, "/deutschland-welt/", shell("Deutschland & Welt | Weser-Bote", "<h1>Deutschland &amp; Welt</h1>" + lst(made)))
    non(site, "/service/impressum.html", shell("Impressum | Weser-Bote", "<h1>Impressum</h1><p>Weser-Bote Verlag GmbH, Am Deich 4, Weserstadt. Überregionale Nachrichten: dpn.</p>"))


# ============================================================ 14. La Voix du Plateau (French regional; runs ACP)
VOIX = [("F1", "/france-monde/actualites/secheresse-le-sud-ouest-restreint-l-irrigation_14709876/", "Sécheresse : le Sud-Ouest restreint l\u2019irrigation", "Par La Voix du Plateau avec ACP", "2025-06-10 14:02+02:00", "2025-06-10 18:30+02:00"),
        ("F2", "/france-monde/actualites/natation-le-ministere-veut-generaliser-les-cours-en-cm2_14711002/", "Natation : le ministère veut généraliser les cours en CM2", "", "2025-06-12 19:10+02:00", None),
        ("F3", "/france-monde/actualites/bretagne-un-parc-eolien-en-mer-entre-en-service_14713550/", "Bretagne : un parc éolien en mer entre en service", "Par Sophie Lambert (ACP)", "2025-06-15 09:45+02:00", None)]


def voix():
    site, name = "voix", "La Voix du Plateau"

    def d(t):
        return "%s à %s" % (t.strftime("%d/%m/%Y"), t.strftime("%Hh%M"))

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="bandeau"><a href="/" class="logo">%s</a><nav><a href="/cantal/saint-flour-15100/">Saint-Flour</a> <a href="/france-monde/">France - Monde</a> <a href="/mentions-legales/">Mentions légales</a></nav></header>'
                '<div class="page">%s</div><footer>&copy; La Voix du Plateau %d</footer></body></html>') % (E(title), head, E(name), body, TODAY.year)

    def page(path, title, by, t, upd, ps, sur, author_ld):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": t.isoformat(), "dateModified": (upd or t).isoformat(),
              "author": author_ld, "publisher": {"@type": "Organization", "name": name}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (U(site, path), E(title), jl(ld))
        doc = ('<article class="article"><p class="surtitre">%s</p><h1 class="titre">%s</h1>%s<div class="dates">Publié le <time datetime="%s">%s</time>%s</div>'
               '<div class="texte">%s</div></article><aside class="a-lire-aussi"><h3>À lire aussi</h3><a href="/france-monde/">Toute l\'actualité France - Monde</a></aside>') % (
            E(sur), E(title), ('<p class="signature">%s</p>' % E(by)) if by else "", t.isoformat(), d(t),
            (' <span class="maj">Mis à jour le <time datetime="%s">%s</time></span>' % (upd.isoformat(), d(upd))) if upd else "", paras(ps))
        return shell("%s - %s" % (title, name), doc, head)

    v1 = ST["v1"]
    put(site, v1.path, page(v1.path, v1.title, "Par Mathieu Roux", v1.t, None, v1.ps, "Saint-Flour", {"@type": "Person", "name": "Mathieu Roux"}))
    made = []
    for k, p, title, by, t, upd in VOIX:
        s = ST[k]
        copy(site, p, page(p, title, by, T(t), T(upd) if upd else None, s.ps, s.rub[1], {"@type": "Organization", "name": "ACP"}), s)
        made.append((p, title))

    def lst(items):
        return "".join('<div class="une"><h2><a href="%s">%s</a></h2></div>' % i for i in items)
    non(site, "/", shell("La Voix du Plateau - Actualités du Cantal", lst(made[::-1] + [(v1.path, v1.title)])))
    non(site, "/cantal/saint-flour-15100/", shell("Saint-Flour - La Voix du Plateau", "<h1>Saint-Flour (15100)</h1>" + lst([(v1.path, v1.title)])))
    non(site, "/france-monde/", shell("France - Monde - La Voix du Plateau", "<h1>France - Monde</h1>" + lst(made)))
    non(site, "/mentions-legales/", shell("Mentions légales - La Voix du Plateau", "<h1>Mentions légales</h1><p>Éditeur : Société de presse du Plateau. Dépêches : ACP.</p>"))


# copies the chain papers and the portal run of wire stories
harlan.extra = [("/story/news/nation/2025/06/13/federal-regulators-approve-regional-railroad-merger/84150021007/", "Federal regulators approve regional railroad merger",
                 ST["A2"], "Allied Press", T("2025-06-13 06:00-05:00"), ST["A2"].ps, U("harlan", "/story/news/nation/2025/06/13/federal-regulators-approve-regional-railroad-merger/84150021007/"))]
bay.extra = [("/2025/06/14/monarch-numbers-bounce-back-across-the-midwest/", "Monarch numbers bounce back across the Midwest", ST["A3"], T("2025-06-14 12:00-05:00"), ST["A3"].ps, "By AP staff")]
NIMBUS += [("A1", "/news/floodwaters-recede-along-missouri-river-211044120.html", "2025-06-10 21:10+00:00", "full", False),
           ("A3", "/news/scientists-monarch-butterfly-numbers-rebounded-152033981.html", "2025-06-14 15:20+00:00", "day", True),
           ("N2", "/de/nachrichten/hitzewelle-kommunen-oeffnen-kuehle-raeume-125501234.html", "2025-06-13 12:55+00:00", "full", True),
           ("F1", "/fr/actualites/secheresse-plusieurs-departements-sud-ouest-114533210.html", "2025-06-10 11:45+00:00", "full", False)]

for f in (mill, harlan, bay, ledger, river, pine, faro, nimbus, ap, dpn, acp, lake, weser, voix):
    f()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
