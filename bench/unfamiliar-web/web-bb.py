"""Web bb: syndication. Six original publishers and six republishers, each
on its own template. Originals: a WordPress/Yoast harbour weekly (English; AMP twins under
/amp/, a "today" date in the masthead), a Reach-like English evening paper
(newsletter box and "Read more" links inside the body, "14:32, 11 Mar 2025"),
a German regional ("Von ...", "12.03.2025, 06:30 Uhr", today in the header),
a French EBRA-like daily ("Publié le 11/03/2025 à 18:05"), a Spanish
Prisa-like paper (one story posted at 00:40 CET after a late council
session) and a university press office (releases, one unsigned with only a
"Media contact" at its foot).

Republishers: an MSN-like portal (full text, "Story by X", "(c) Publisher",
its own later date, rel=canonical to itself, en-gb/de-de/fr-fr/es-es
editions); a Yahoo-like portal (copy with rel=canonical to the original and
"Read the original article on X", an AMP twin of one copy, and a US-Spanish
copy of the 00:40 CET story shown as "12 de marzo ... EDT", a day before the
original); a NewsBreak-like local aggregator (excerpt plus "Read full story"
link, canonical to itself); a Google-News-like topic site (listings and a
"full coverage" page only, linking AMP pages and copies); a Newsquest-like
regional group paper that runs a wire copy ("From The Harbour Courier, via
Coastal Wire", edited headline, an extra paragraph of local context so the
copy is longer than the original, canonical to itself, plus its own AMP
twin) and a sister-paper copy (canonical to the original), and one story of
its own; a PR-Newswire-like portal republishing two university releases.

Truth: only originals are articles; every copy (AMP twins too) is in "synd"
pointing at the first publisher's URL. Crawled with /tmp/newsroom: 19/19
titles and dates, 17 authors (the portal copies of two undated-time
releases kept as the story, so the authors became "Eastbridge University"),
5 of 101 non-articles stored (both NewsBreak-like excerpts, both portal
releases, a two-post WordPress category page), 14 of 19 copies kept right.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page, BRIDGE  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18131
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
TODAY = datetime.date.today()

H = {k: "127.0.5.%d" % n for k, n in dict(courier=91, post=92, kurier=93, rep=94, diario=95, uni=96,
                                            msn=97, yahoo=98, nb=99, topic=100, shires=101, pr=102).items()}


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


# ---------------------------------------------------------------- stories
class S:
    def __init__(self, key, site, path, title, date, time, off, authors, ps, **kw):
        self.key, self.site, self.path, self.title = key, site, path, title
        self.date, self.time, self.off, self.authors, self.ps = date, time, off, authors, ps
        self.url = U(site, path)
        self.__dict__.update(kw)

    @property
    def iso(self):
        return "%sT%s:00%s" % (self.date, self.time, self.off)

    @property
    def utc(self):
        return datetime.datetime.fromisoformat(self.iso).astimezone(datetime.timezone.utc)


ST = {}


def story(*a, **kw):
    s = S(*a, **kw)
    ST[s.key] = s
    return s


story("c1", "courier", "/2025/03/10/ferry-operator-adds-winter-sailings-to-the-islands/",
      "Ferry operator adds winter sailings to the islands", "2025-03-10", "08:15", "+00:00", ["Hannah Price"], [
          "Islanders will have two extra ferry crossings a week next winter after Kelmouth Sound Ferries agreed to run a Tuesday and a Thursday sailing from November to February.",
          "The company had cut its winter timetable to four crossings in 2023, blaming fuel costs and a shortage of deckhands. Residents of Inchmore and Tarra said the gaps left them stranded for days when storms cancelled the remaining sailings.",
          "Managing director Alan Reid said a new crewing agreement with the union had made the change possible. \u201cWe listened to people who could not get to hospital appointments or back to work after a weekend on the mainland,\u201d he said.",
          "The harbour board will cover part of the cost of berthing the second vessel overnight. The extra sailings are expected to cost about \u00a3180,000 a season, of which the council has promised a third.",
          "Tickets for the new crossings go on sale in September. The island community council welcomed the decision but said it would keep pressing for a Sunday service."],
      cat=("news", "News"), tags=[("ferries", "Ferries"), ("islands", "Islands")], pid=4812)
story("c2", "courier", "/2025/03/12/harbour-dredging-to-start-after-two-year-delay/",
      "Harbour dredging to start after two-year delay", "2025-03-12", "10:05", "+00:00", ["Oliver Grant"], [
          "Work to dredge Kelmouth harbour will finally begin in May, two years later than planned, after the marine licence was approved by regulators on Tuesday.",
          "Silt has built up along the inner quay since the last dredge in 2016, leaving fishing boats unable to land at low tide. Skippers have been forced to unload at Porth Avon, twenty miles along the coast, adding fuel costs and hours to each trip.",
          "The harbour board said about 60,000 tonnes of sediment would be removed over eight weeks and taken to a licensed disposal site offshore. Tests carried out last year found no contamination above safe limits.",
          "Board chair Fiona McLeod said the delay had been \u201cdeeply frustrating\u201d for the fleet. The \u00a32.4m project is being funded by a government coastal communities grant and the board\u2019s own reserves."],
      cat=("news", "News"), tags=[("harbour", "Harbour"), ("fishing", "Fishing")], pid=4830)
story("c3", "courier", "/2025/03/14/lifeboat-crew-rescues-two-kayakers-off-the-point/",
      "Lifeboat crew rescues two kayakers off the point", "2025-03-14", "17:40", "+00:00", ["Meera Shah"], [
          "Two kayakers were pulled from the water off Kelmouth Point on Thursday afternoon after they were swept away from the shore by a strong ebb tide.",
          "The Kelmouth lifeboat was launched at 2.50pm after a walker on the coastal path saw one of the kayaks capsize and called the coastguard. The crew reached the pair within twelve minutes.",
          "Both kayakers, a man and a woman in their thirties from out of the area, were wearing buoyancy aids and were taken back to the station cold but unhurt. An ambulance crew checked them over on the slipway.",
          "Helm Gareth Pryce said the tide off the point could run faster than many visitors expected. \u201cThey did the right thing by staying with the boat,\u201d he said, urging anyone going afloat to check tide tables and carry a way of calling for help."],
      cat=("community", "Community"), tags=[("lifeboat", "Lifeboat")], pid=4857)

story("m1", "post", "/news/midlands-news/tram-extension-airport-approved-councillors-31204567/",
      "Tram extension to the airport approved by councillors", "2025-03-11", "14:32", "+00:00", ["Priya Nair"], [
          "A long-awaited extension of the Ashbury tram line to the airport has been approved by councillors, clearing the way for construction to start next year.",
          "The 4.2-mile route will leave the existing line at Canal Street and run alongside the old railway embankment, with new stops at Hallow Park, the business park and the airport terminal.",
          "The city\u2019s planning committee voted nine to two in favour on Tuesday afternoon. Opponents raised concerns about noise for homes on Mill Lane, where the line will run within thirty metres of back gardens.",
          "Council leader Martin Ashe said the scheme would take thousands of cars off the ring road each day. The \u00a3310m cost will be met largely from the regional transport settlement, with the airport contributing \u00a325m.",
          "If the final business case is signed off by the Department for Transport, trams could be running to the terminal by the end of 2028."],
      job="Local Democracy Reporter", tag=("trams", "Trams"))
story("m2", "post", "/news/midlands-news/hospital-car-park-charges-rise-31219876/",
      "Hospital car park charges to rise from April", "2025-03-13", "09:10", "+00:00", ["Tom Walsh"], [
          "Patients and visitors at Ashbury General Hospital will pay more to park from next month, the hospital trust has confirmed.",
          "The charge for up to two hours will rise from \u00a33.20 to \u00a33.80, and a full day will cost \u00a39.50. Blue badge holders, parents of children staying overnight and people attending cancer treatment will continue to park free.",
          "The trust said the increase was needed to pay for resurfacing and new lighting in the multi-storey, which has been criticised as unsafe after dark. Income from parking is ring-fenced for the car parks and patient transport, it added.",
          "Campaign group Free Parking for Patients said the rise would hit low-paid staff and frequent visitors hardest. The trust said staff permits would be frozen for another year."],
      job="Health Reporter", tag=("ashbury-general-hospital", "Ashbury General Hospital"))
story("m3", "post", "/news/midlands-news/former-factory-site-sold-400-31230011/",
      "Former factory site sold for 400 homes", "2025-03-15", "11:45", "+00:00", ["Daniel Hughes"], [
          "The derelict Lyle & Barker biscuit factory in east Ashbury has been sold to a housebuilder that plans to build 400 homes on the site.",
          "The factory, which employed more than 1,200 people at its peak, closed in 2011 and has been the scene of repeated fires. Its art deco front office is locally listed and will be kept as a community hub.",
          "Harlow Homes said a quarter of the new homes would be affordable, and that it expected to submit a planning application in the autumn. The price paid for the eleven-acre site has not been disclosed.",
          "Neighbours have long complained about fly-tipping and trespassing on the land. Ward councillor Janet Obi said she was \u201ccautiously delighted\u201d but would be watching closely to make sure promises on green space and school places were kept."],
      job="Senior Reporter", tag=("housing", "Housing"))

story("k1", "kurier", "/region/auendorf/landkreis-baut-die-alte-steinbruecke-neu-id4823911.html",
      BRIDGE["de"][1], "2025-03-12", "06:30", "+01:00", ["Lena Hoffmann"], [
          BRIDGE["de"][0],
          "Die Brücke bei Auendorf stammt aus dem Jahr 1884 und ist seit dem vergangenen Sommer nur noch für Fahrzeuge bis 7,5 Tonnen freigegeben. Landwirte und Busunternehmen müssen seither einen Umweg von fast zwölf Kilometern fahren.",
          "Der Kreistag hat am Dienstagabend rund 6,8 Millionen Euro für den Neubau bereitgestellt. Die historische Optik soll erhalten bleiben: Die Fassadensteine werden abgetragen, nummeriert und an der neuen Betonkonstruktion wieder angebracht.",
          "Landrat Thomas Berger sprach von einer \u201eschwierigen, aber richtigen Entscheidung\u201c. Während der Bauzeit soll eine Behelfsbrücke für Fußgänger und Radfahrer aufgebaut werden."],
      kicker="Verkehr", sec=("region", "Region"))
story("k2", "kurier", "/stadt/kultur/stadtbibliothek-oeffnet-kuenftig-auch-sonntags-id4824570.html",
      "Stadtbibliothek öffnet künftig auch sonntags", "2025-03-13", "17:05", "+01:00", ["Felix Brandt"], [
          "Die Stadtbibliothek am Marktplatz öffnet ab April auch an Sonntagen. Zwischen 11 und 17 Uhr können Besucherinnen und Besucher dann lesen, lernen und Medien ausleihen.",
          "Möglich macht das ein Landesprogramm für sogenannte offene Bibliotheken. An Sonntagen ist kein Fachpersonal vor Ort; der Zugang erfolgt mit dem Bibliotheksausweis, Kameras und ein Sicherheitsdienst sollen für Ordnung sorgen.",
          "Bibliotheksleiterin Anja Klein rechnet vor allem mit Schülern und Familien. \u201eViele Menschen haben unter der Woche einfach keine Zeit\u201c, sagte sie. Der Probebetrieb ist zunächst auf ein Jahr angelegt.",
          "Der Personalrat hatte Bedenken angemeldet, stimmte dem Konzept nach Gesprächen mit der Stadt aber zu. Eine Auswertung soll im kommenden Frühjahr dem Kulturausschuss vorgelegt werden."],
      kicker="Kultur", sec=("stadt", "Stadt"))
story("k3", "kurier", "/stadt/verkehr/neue-radwege-entlang-der-rheinuferstrasse-id4825102.html",
      "Neue Radwege entlang der Rheinuferstraße", "2025-03-14", "12:20", "+01:00", ["Sabine Roth"], [
          "Entlang der Rheinuferstraße entstehen in diesem Jahr durchgehende Radwege auf beiden Seiten. Die Stadt hat die Aufträge für den ersten Bauabschnitt zwischen Hafen und Zollhaus vergeben.",
          "Bisher teilen sich Radfahrer und Fußgänger auf weiten Strecken einen schmalen Gehweg. Künftig sollen zwei Meter breite, rot markierte Radstreifen mit einem Bordstein vom Autoverkehr getrennt werden.",
          "Dafür fällt eine der beiden Fahrspuren stadtauswärts weg. Der Einzelhandelsverband befürchtet Staus im Berufsverkehr, die Verwaltung verweist dagegen auf Verkehrszählungen, nach denen die Spur nur zu Stoßzeiten voll ausgelastet ist.",
          "Die Arbeiten beginnen nach Ostern und sollen bis Oktober dauern. Das Land übernimmt 75 Prozent der Kosten von 3,1 Millionen Euro."],
      kicker="Verkehr", sec=("stadt", "Stadt"))

story("r1", "rep", "/edition-val/2025/03/11/le-departement-va-reconstruire-le-vieux-pont",
      BRIDGE["fr"][1], "2025-03-11", "18:05", "+01:00", ["Camille Rousseau"], [
          BRIDGE["fr"][0],
          "L\u2019ouvrage, construit en 1862, relie les communes de Saint-Aubin et de Vernoux. Depuis l\u2019automne, il est interdit aux véhicules de plus de 3,5 tonnes, ce qui oblige les cars scolaires à un détour de quinze kilomètres.",
          "Lors de la session de lundi, les élus départementaux ont voté une enveloppe de 4,2 millions d\u2019euros. Le futur pont conservera l\u2019aspect de l\u2019ancien : les pierres de parement seront démontées, numérotées puis remontées.",
          "\u00ab C\u2019est un chantier attendu par tous les habitants de la vallée \u00bb, a souligné le président du département, Bernard Lagarde. Une passerelle provisoire sera installée pour les piétons pendant les travaux."],
      rub=("transports", "Transports"))
story("r2", "rep", "/edition-montclar/2025/03/13/la-fromagerie-du-village-reprise-par-deux-jeunes-eleveurs",
      "La fromagerie du village reprise par deux jeunes éleveurs", "2025-03-13", "07:30", "+01:00", ["Julien Mercier"], [
          "La fromagerie de Montclar, fermée depuis le départ à la retraite de ses derniers exploitants, va rouvrir au printemps. Deux jeunes éleveurs, Léa et Maxime Perrin, ont racheté le bâtiment et le troupeau de quarante chèvres.",
          "Le couple, installé depuis trois ans sur une exploitation voisine, veut relancer la tomme de chèvre qui faisait la réputation du village. Une boutique ouvrira le samedi matin dans l\u2019ancienne grange.",
          "La commune a aidé à la reprise en louant les terres à un prix modéré. \u00ab Sans ce coup de pouce, nous n\u2019aurions pas pu nous lancer \u00bb, reconnaît Maxime Perrin.",
          "Les premiers fromages devraient être vendus en mai, après deux mois d\u2019affinage en cave. Le couple espère aussi accueillir des classes pour faire découvrir le métier."],
      rub=("agriculture", "Agriculture"))
story("r3", "rep", "/edition-val/2025/03/18/greve-des-bus-le-trafic-fortement-perturbe-jeudi",
      "Grève des bus : le trafic fortement perturbé jeudi", "2025-03-18", "16:50", "+01:00", ["Élise Fontaine"], [
          "Le réseau de bus de l\u2019agglomération sera fortement perturbé jeudi en raison d\u2019un appel à la grève lancé par deux syndicats de conducteurs.",
          "Selon la direction du réseau Valbus, seule une ligne sur trois circulera entre 6 heures et 20 heures. Les lignes scolaires seront assurées, mais avec des retards possibles en début de matinée.",
          "Les syndicats réclament une revalorisation des salaires et dénoncent des plannings de plus en plus morcelés. Une réunion avec la direction prévue mercredi pourrait encore permettre d\u2019éviter le mouvement.",
          "Les usagers sont invités à consulter l\u2019application du réseau avant tout déplacement. Les abonnés pourront demander un remboursement partiel de leur titre mensuel."],
      rub=("transports", "Transports"))

story("d1", "diario", "/andalucia/2025-03-13/la-diputacion-reconstruira-el-viejo-puente.html",
      BRIDGE["es"][1], "2025-03-13", "00:40", "+01:00", ["Marta Delgado"], [
          BRIDGE["es"][0],
          "El puente, de finales del siglo XIX, une los municipios de Alcalá del Río y Villaverde. Desde el pasado verano está cerrado al tráfico pesado y los autobuses escolares deben dar un rodeo de once kilómetros.",
          "El pleno provincial aprobó en la noche del miércoles una partida de 5,3 millones de euros. El nuevo puente mantendrá la imagen del antiguo: los sillares se desmontarán, se numerarán y volverán a colocarse sobre una estructura de hormigón.",
          "El presidente de la diputación, Antonio Ruiz, aseguró que las obras comenzarán en junio. Durante los trabajos se habilitará una pasarela provisional para peatones y ciclistas."],
      sec=("andalucia", "Andalucía"))
story("d2", "diario", "/sevilla/2025-03-14/el-mercado-de-abastos-amplia-su-horario-por-las-tardes.html",
      "El mercado de abastos amplía su horario por las tardes", "2025-03-14", "10:15", "+01:00", ["Pablo Serrano"], [
          "El mercado de abastos abrirá también por las tardes a partir del 1 de abril. Los puestos podrán atender de lunes a viernes entre las 17.00 y las 20.30, además del horario habitual de mañana.",
          "La ampliación responde a una demanda de los propios comerciantes, que veían cómo muchos vecinos que trabajan por la mañana hacían la compra en grandes superficies.",
          "El ayuntamiento instalará nueva iluminación en la nave central y reforzará la limpieza. La asociación de placeros calcula que al menos veinte de los treinta y dos puestos se sumarán al nuevo horario.",
          "La concejala de Comercio, Lucía Navarro, confía en que la medida atraiga también a visitantes. \u00abQueremos que el mercado sea un lugar vivo durante todo el día\u00bb, afirmó."],
      sec=("sevilla", "Sevilla"))
story("d3", "diario", "/sevilla/2025-03-16/cortes-de-agua-en-el-casco-antiguo-por-la-renovacion-de-tuberias.html",
      "Cortes de agua en el casco antiguo por la renovación de tuberías", "2025-03-16", "19:30", "+01:00", ["Irene Campos"], [
          "Los vecinos del casco antiguo sufrirán cortes de agua de hasta seis horas durante las próximas tres semanas por la renovación de la red de abastecimiento.",
          "La empresa municipal de aguas sustituirá 1,8 kilómetros de tuberías de fibrocemento por otras de fundición en las calles Real, Feria y San Pedro. Los cortes se avisarán con al menos 48 horas de antelación.",
          "Durante las obras, el tráfico quedará restringido en algunos tramos y se trasladarán varias paradas de autobús. Los comercios podrán recibir mercancía antes de las 11.00.",
          "La inversión, de 920.000 euros, forma parte del plan para reducir las pérdidas de agua, que en el centro histórico superan el veinte por ciento."],
      sec=("sevilla", "Sevilla"))

story("u1", "uni", "/news/2025/march/researchers-map-microplastics-in-wend-estuary/",
      "Eastbridge researchers map microplastics in river estuary", "2025-03-10", "11:00", "+00:00", ["Rachel Moore"], [
          "Scientists at Eastbridge University have produced the most detailed map yet of microplastic pollution in the Wend estuary, finding the highest concentrations close to storm overflows rather than at the river mouth.",
          "The team, led by Dr Helen Asante of the School of Ocean Sciences, took more than 900 sediment and water samples over eighteen months. Fibres from clothing made up nearly two thirds of the particles found.",
          "\u201cWe expected plastic to build up where the river meets the sea, but the pattern points clearly to what comes out of overflow pipes after heavy rain,\u201d said Dr Asante.",
          "The findings, published in the journal Estuarine Pollution Studies, will be shared with the water company and the Environment Agency. The research was funded by the Natural Environment Research Council."])
story("u2", "uni", "/news/2025/march/university-opens-engineering-hub/",
      "University opens \u00a312m engineering hub", "2025-03-12", "10:00", "+00:00", [], [
          "Eastbridge University has opened a \u00a312 million engineering hub that will give students and local manufacturers shared access to robotics, testing and prototyping equipment.",
          "The three-storey building on the Riverside campus includes a wind tunnel, a materials testing laboratory and a workshop where small firms can book time on industrial 3D printers.",
          "Vice-Chancellor Professor Mark Ellison said the hub would help keep engineering graduates in the region. Twelve companies have already signed up to a membership scheme that gives them access to the facilities and to student placements.",
          "The hub was part-funded by the regional growth fund and a donation from the Hartley Foundation. It will be formally named at a ceremony in May."])
story("u3", "uni", "/news/2025/march/eastbridge-to-host-coastal-science-conference/",
      "Eastbridge to host international coastal science conference", "2025-03-17", "09:30", "+00:00", ["James Okoro"], [
          "More than 600 researchers from 40 countries will gather in Eastbridge in September for the International Coastal Science Conference, the first time the event has been held in the UK in over a decade.",
          "The five-day meeting will focus on rising sea levels, coastal erosion and the health of estuaries. Sessions will be held at the university and at the city\u2019s Maritime Museum, which will open a new exhibition to coincide with the conference.",
          "Professor Ruth Adeyemi, head of the School of Ocean Sciences, said hosting the event was recognition of the university\u2019s work on coastal change. Local schools will be invited to a public science day on the final afternoon.",
          "Registration opens in April. The organisers expect the conference to bring around \u00a31.5 million to the local economy."])

story("s1", "shires", "/news/24985555.amberley-village-hall-reopens-flood-repairs/",
      "Amberley village hall reopens after flood repairs", "2025-03-15", "13:00", "+00:00", ["Amy Collins"], [
          "Amberley village hall has reopened its doors eighteen months after floodwater from the Lark brook poured through the building.",
          "Volunteers raised more than \u00a360,000 through quiz nights, a sponsored walk and an online appeal to replace the floor, kitchen and electrics. The district council added a grant of \u00a315,000 from its flood recovery fund.",
          "The hall has been raised by thirty centimetres and fitted with flood doors and a pump. Chair of trustees Brenda Hale said the toddler group, the bowls club and the film society were all desperate to come home.",
          "A reopening party with a brass band and cream teas was held on Saturday afternoon, and the first booking, a ninetieth birthday party, follows next week."])

LOCAL = ("Locally, Shires Gazette readers will remember that boats from Amberley Cove have also been landing at Kelmouth "
         "since their own slipway was closed, and the cove\u2019s fishermen\u2019s association said it hoped the work would ease queues on the quay.")
NEWSLETTER = "Sign up to the Midland Evening Post newsletter for the biggest stories every morning"


def add_truth(s, instant=True, must=None, must_not=None):
    a = dict(url=s.url, title=s.title, date=s.date, authors=s.authors)
    if instant:
        a["instant"] = s.utc.strftime("%Y-%m-%dT%H:%M")
    a["must"] = [s.ps[0], s.ps[-1]] + (must or [])
    if must_not:
        a["must_not"] = must_not
    truth["articles"].append(a)


for k in ["c1", "c3", "m1", "k1", "k2", "k3", "r1", "r2", "r3", "d1", "d2", "d3", "s1"]:
    add_truth(ST[k])
add_truth(ST["c2"], must_not=[LOCAL])
add_truth(ST["m2"], must_not=[NEWSLETTER])
add_truth(ST["m3"], must_not=[NEWSLETTER])
for k in ["u1", "u2", "u3"]:
    add_truth(ST[k], instant=False)  # the releases state a day, no time

MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
DAY_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def d(s):
    return datetime.date.fromisoformat(s.date)


# ============================================================ 1. The Harbour Courier (WordPress + Yoast, AMP plugin)
def courier():
    site, name = "courier", "The Harbour Courier"
    nav = [("/category/news/", "News"), ("/category/community/", "Community"), ("/about-us/", "About"), ("/contact/", "Contact")]
    navh = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
    stories = [ST[k] for k in ("c1", "c2", "c3")]
    recent = "".join('<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in reversed(stories))

    def shell(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>%s</title>%s<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="/feed.xml">'
                '</head>'
                '<body class="%s wp-theme-newspack-theme"><div id="page" class="site"><header id="masthead" class="site-header">'
                '<div class="top-header-contain"><div class="wrapper"><span class="site-date">%s %d %s %d</span></div></div>'
                '<div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">News from Kelmouth and the islands since 1871</p></div>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>'
                '<div id="content" class="site-content">%s</div>'
                '<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section></aside>'
                '<footer id="colophon" class="site-footer"><div class="site-info">&copy; %d %s. Proudly powered by WordPress | Newspack</div><ul>%s</ul></footer></div></body></html>') % (
            E(title), head, E(name), cls, TODAY.strftime("%A"), TODAY.day, MON_EN[TODAY.month - 1], TODAY.year, E(name), navh, body, recent, TODAY.year, E(name), navh)

    def meta(s):
        auth = s.authors[0]
        aslug = auth.lower().replace(" ", "-")
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": s.url + "#article", "isPartOf": {"@id": s.url}, "author": {"name": auth, "@id": U(site, "/#/schema/person/%s" % aslug)},
             "headline": s.title, "datePublished": s.iso, "dateModified": s.iso, "mainEntityOfPage": {"@id": s.url}, "wordCount": sum(len(p.split()) for p in s.ps),
             "publisher": {"@id": U(site, "/#organization")}, "articleSection": [s.cat[1]], "inLanguage": "en-GB"},
            {"@type": "WebPage", "@id": s.url, "url": s.url, "name": "%s - %s" % (s.title, name), "datePublished": s.iso, "inLanguage": "en-GB"},
            {"@type": "Organization", "@id": U(site, "/#organization"), "name": name, "url": U(site, "/")},
            {"@type": "Person", "@id": U(site, "/#/schema/person/%s" % aslug), "name": auth, "url": U(site, "/author/%s/" % aslug)}]}
        return ('<link rel="canonical" href="%s"><link rel="amphtml" href="%samp/">'
                '<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="%s - %s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">'
                '<meta name="author" content="%s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">'
                '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="2 minutes">'
                '<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            s.url, s.url, E(s.title), E(name), s.url, E(name), s.iso, E(auth), E(auth), json.dumps(graph, ensure_ascii=False))

    def byline(s):
        auth = s.authors[0]
        return ('<div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span>'
                '<span class="posted-on"><time class="entry-date published updated" datetime="%s">%s %d, %d</time></span></div>') % (
            auth.lower().replace(" ", "-"), E(auth), s.iso, MON_EN[d(s).month - 1], d(s).day, d(s).year)

    for s in stories:
        tags = "".join('<a href="/tag/%s/" rel="tag">%s</a>' % t for t in s.tags)
        art = ('<main id="main" class="site-main"><article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">'
               '<header class="entry-header"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>%s</header>'
               '<div class="entry-content">%s<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Facebook</li><li>X</li><li>Email</li></ul></div></div>'
               '<footer class="entry-footer"><span class="tags-links">Tagged: %s</span></footer></article>'
               '<div class="author-bio"><h2 class="accent-header">%s</h2><p>%s reports for %s.</p><a class="author-link" href="/author/%s/">More by %s</a></div></main>') % (
            s.pid, s.pid, s.cat[0], s.cat[0], E(s.cat[1]), E(s.title), byline(s), paras(s.ps), tags,
            E(s.authors[0]), E(s.authors[0]), E(name), s.authors[0].lower().replace(" ", "-"), E(s.authors[0]))
        put(site, s.path, shell("%s - %s" % (s.title, name), art, meta(s), "post-template-default single single-post postid-%d single-format-standard" % s.pid))
        # AMP plugin twin (reader mode)
        amp = ('<!doctype html><html amp lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
               '<title>%s &#8211; %s</title><link rel="canonical" href="%s"><script async src="https://cdn.ampproject.org/v0.js"></script>'
               '<style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.amp-wp-article{margin:0 auto}</style>'
               '<script type="application/ld+json">%s</script></head><body class="">'
               '<header id="top" class="amp-wp-header"><div><a href="%s">%s</a></div></header>'
               '<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">%s</h1>'
               '<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">%s</span></div>'
               '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="%s">%s %d, %d</time></div></header>'
               '<div class="amp-wp-article-content">%s</div><footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="%s">%s</a></div></footer></article>'
               '<footer class="amp-wp-footer"><div><h2>%s</h2><a href="#top" class="back-to-top">Back to top</a></div></footer></body></html>') % (
            E(s.title), E(name), s.url, json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": s.url, "headline": s.title,
                                                   "datePublished": s.iso, "author": {"@type": "Person", "name": s.authors[0]}, "publisher": {"@type": "Organization", "name": name}}),
            U(site, "/"), E(name), E(s.title), E(s.authors[0]), s.iso, MON_EN[d(s).month - 1], d(s).day, d(s).year, paras(s.ps), U(site, "/category/%s/" % s.cat[0]), E(s.cat[1]), E(name))
        copy(site, s.path + "amp/", amp, s)

    def listing(title, items, cls):
        lis = "".join('<article class="post type-post hentry"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>%s<div class="entry-summary"><p>%s</p></div></article>' % (
            s.path, E(s.title), byline(s), E(s.ps[0][:150]) + " [&hellip;]") for s in items)
        return shell("%s - %s" % (title, name), '<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">%s</h1></header>%s</main>' % (E(title), lis), "", cls)

    non(site, "/", shell("%s - News from Kelmouth and the islands" % name, '<main id="main" class="site-main"><h2 class="screen-reader-text">Latest</h2>%s</main>' % "".join(
        '<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2>%s</article>' % (s.path, E(s.title), byline(s)) for s in reversed(stories))
        + '<p><a href="/author/hannah-price/">Hannah Price</a> &middot; <a href="/tag/ferries/">Ferries</a> &middot; <a href="/tag/harbour/">Harbour</a></p>', "", "home blog"))
    non(site, "/category/news/", listing("Category: News", stories[:2], "archive category category-news"))
    non(site, "/category/community/", listing("Category: Community", stories[2:], "archive category category-community"))
    non(site, "/tag/ferries/", listing("Tag: Ferries", stories[:1], "archive tag tag-ferries"))
    non(site, "/tag/harbour/", listing("Tag: Harbour", stories[1:2], "archive tag tag-harbour"))
    non(site, "/author/hannah-price/", listing("Author: Hannah Price", stories[:1], "archive author author-hannah-price"))
    for s in stories:
        for t in s.tags:
            if "/tag/%s/" % t[0] not in ("/tag/ferries/", "/tag/harbour/"):
                put(site, "/tag/%s/" % t[0], listing("Tag: %s" % t[1], [s], "archive tag"))
                truth["nonarticles"].append(U(site, "/tag/%s/" % t[0]))
        a = s.authors[0].lower().replace(" ", "-")
        if a != "hannah-price":
            non(site, "/author/%s/" % a, listing("Author: %s" % s.authors[0], [s], "archive author"))
    non(site, "/about-us/", shell("About us - %s" % name, '<main id="main"><article class="page type-page"><h1 class="entry-title">About us</h1><div class="entry-content">'
                                  '<p>The Harbour Courier has reported on Kelmouth, the Sound and the islands since 1871. We are an independent weekly, owned by a community trust since 2019.</p>'
                                  '<p>Our stories are also carried by partners including Horizon Start, Daybreak News and Coastal Wire.</p></div></article></main>', "", "page-template-default page"))
    non(site, "/contact/", shell("Contact - %s" % name, '<main id="main"><article class="page type-page"><h1 class="entry-title">Contact</h1><div class="entry-content"><p>Newsdesk: news@harbourcourier.example, 01632 960 555. The Old Sail Loft, Quay Street, Kelmouth.</p></div></article></main>', "", "page"))
    items = "".join("<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>" % (
        E(s.title), s.url, s.authors[0], s.utc.strftime("%a, %d %b %Y %H:%M:%S +0000"), s.ps[0]) for s in reversed(stories))
    put(site, "/feed.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(name), U(site, "/"), items))
    put(site, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % U(site, "/sitemap_index.xml"))
    put(site, "/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc><lastmod>2025-03-14T17:40:00+00:00</lastmod></sitemap></sitemapindex>' % U(site, "/post-sitemap.xml"))
    put(site, "/post-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (s.url, s.iso) for s in stories))


# ============================================================ 2. Midland Evening Post (Reach-like)
def post():
    site, name = "post", "Midland Evening Post"
    nav = [("/news/", "News"), ("/news/midlands-news/", "Midlands News"), ("/all-about/trams/", "Trams"), ("/about-us/", "About us")]
    stories = [ST[k] for k in ("m1", "m2", "m3")]

    def shell(title, body, head="", cls=""):
        navh = "".join('<li class="nav-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s</head>'
                '<body class="%s"><header class="mod-header"><a class="publication-logo" href="/">%s</a><nav class="primary-nav"><ul>%s</ul></nav></header>%s'
                '<footer class="mod-footer"><p>&copy; %d a Shires Media Group publication</p><ul>%s<li><a href="/about-us/">Contact us</a></li></ul></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, TODAY.year, navh)

    def hhmm(s):
        return "%s, %d %s %d" % (s.time, d(s).day, MON_EN[d(s).month - 1][:3], d(s).year)

    for i, s in enumerate(stories):
        a = s.authors[0]
        aslug = a.lower().replace(" ", "-")
        other = stories[(i + 1) % 3]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s.title, "url": s.url, "datePublished": s.utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
              "dateModified": (s.utc + datetime.timedelta(hours=1, minutes=12)).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "author": [{"@type": "Person", "name": a, "url": U(site, "/authors/%s/" % aslug), "jobTitle": s.job}],
              "publisher": {"@type": "Organization", "name": name, "logo": {"@type": "ImageObject", "url": U(site, "/logo.png")}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url}, "articleSection": "Midlands News", "isAccessibleForFree": True}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"><meta name="description" content="%s">%s') % (
            s.url, E(s.title), E(name), s.utc.strftime("%Y-%m-%dT%H:%M:%SZ"), E(s.ps[0]), jl(ld))
        body = list(s.ps)
        body_html = "".join("<p>%s</p>" % E(p) for p in body[:2])
        body_html += '<aside class="newsletter-signup"><p class="title">%s</p><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form><p class="legal">We use your sign-up to provide content in ways you\u2019ve consented to.</p></aside>' % E(NEWSLETTER)
        body_html += "".join("<p>%s</p>" % E(p) for p in body[2:3])
        body_html += '<div class="read-more-links"><p><strong>Read more:</strong> <a href="%s">%s</a></p></div>' % (other.path, E(other.title))
        body_html += "".join("<p>%s</p>" % E(p) for p in body[3:])
        art = ('<main class="content-wrapper"><article class="article-main"><div class="breadcrumbs"><a href="/news/">News</a> <a href="/news/midlands-news/">Midlands News</a></div>'
               '<h1 class="publication-font">%s</h1><p class="sub-header">%s</p>'
               '<div class="article-information"><div class="author-information"><div class="author"><a href="/authors/%s/" rel="author">%s</a></div><span class="job-title">%s</span></div>'
               '<div class="time-info"><ul class="time-container"><li><span class="time-info-label">Published</span><time datetime="%s">%s</time></li>'
               '<li><span class="time-info-label">Updated</span><time datetime="%s">%s</time></li></ul></div></div>'
               '<div class="article-body">%s</div><div class="tag-list"><a href="/all-about/%s/">%s</a></div></article>'
               '<section class="related"><h2>Most Read</h2><ul><li><a href="%s">%s</a></li></ul></section></main>') % (
            E(s.title), E(s.ps[0]), aslug, E(a), E(s.job), s.utc.strftime("%Y-%m-%dT%H:%M:%SZ"), hhmm(s),
            (s.utc + datetime.timedelta(hours=1, minutes=12)).strftime("%Y-%m-%dT%H:%M:%SZ"), (s.utc + datetime.timedelta(hours=1, minutes=12)).strftime("%H:%M, ") + "%d %s %d" % (d(s).day, MON_EN[d(s).month - 1][:3], d(s).year),
            body_html, s.tag[0], E(s.tag[1]), other.path, E(other.title))
        put(site, s.path, shell("%s - %s" % (s.title, name), art, head, "article"))

    def teaser(s):
        return '<div class="teaser"><a class="headline" href="%s">%s</a><p class="teaser-author">%s</p></div>' % (s.path, E(s.title), E(s.authors[0]))

    non(site, "/", shell("%s - Latest Ashbury and Midlands news, sport and what\u2019s on" % name, '<main><h1 class="hidden">%s</h1>%s<p><a href="/authors/priya-nair/">Priya Nair</a></p></main>' % (E(name), "".join(teaser(s) for s in reversed(stories))), cls="home"))
    non(site, "/news/", shell("News - %s" % name, '<main><h1>News</h1>%s</main>' % "".join(teaser(s) for s in stories), cls="section"))
    non(site, "/news/midlands-news/", shell("Midlands News - %s" % name, '<main><h1>Midlands News</h1>%s</main>' % "".join(teaser(s) for s in stories), cls="section"))
    for s in stories:
        non(site, "/all-about/%s/" % s.tag[0], shell("%s - latest news, updates and analysis - %s" % (s.tag[1], name), '<main><h1>%s</h1>%s</main>' % (E(s.tag[1]), teaser(s)), cls="topic"))
        a = s.authors[0]
        non(site, "/authors/%s/" % a.lower().replace(" ", "-"), shell("%s - %s" % (a, name), '<main><div class="author-profile"><h1>%s</h1><p class="job-title">%s</p><p>%s covers Ashbury for the %s. Email: %s@mep.example</p></div>%s</main>' % (
            E(a), E(s.job), E(a), E(name), a.split()[0].lower(), teaser(s)), cls="author"))
    non(site, "/about-us/", shell("About us - %s" % name, '<main><h1>About us</h1><p>The Midland Evening Post has served Ashbury since 1889 and is part of Shires Media Group. Our journalism is also published by our sister titles and partners.</p></main>', cls="page"))


# ============================================================ 3. Rheinland-Kurier (German regional)
def kurier():
    site, name = "kurier", "Rheinland-Kurier"
    stories = [ST[k] for k in ("k1", "k2", "k3")]
    nav = [("/region/", "Region"), ("/stadt/", "Stadt"), ("/thema/verkehr/", "Verkehr"), ("/impressum/", "Impressum")]

    def shell(title, body, head="", cls=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="page-header"><div class="header-date">%s, %d. %s %d</div><a class="brand" href="/">%s</a><nav class="navigation"><ul>%s</ul></nav></header>'
                '<div class="page-content">%s</div><footer class="page-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/autoren/lena-hoffmann/">Autoren</a></li></ul>'
                '<p>&copy; Rheinland-Kurier Verlag GmbH &amp; Co. KG</p></footer></body></html>') % (
            E(title), head, cls, DAY_DE[TODAY.weekday()], TODAY.day, MON_DE[TODAY.month - 1], TODAY.year, E(name), navh, body)

    for s in stories:
        a = s.authors[0]
        aslug = a.lower().replace(" ", "-")
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": s.iso, "dateModified": s.iso,
              "author": [{"@type": "Person", "name": a, "url": U(site, "/autoren/%s/" % aslug)}],
              "publisher": {"@type": "NewsMediaOrganization", "name": name}, "mainEntityOfPage": s.url, "isAccessibleForFree": "False"}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta name="date" content="%s">%s') % (s.url, E(s.ps[0][:150]), E(s.title), s.iso, jl(ld))
        dt = d(s)
        art = ('<article class="article" data-article-id="%s"><header class="article-header"><span class="article-kicker">%s</span><h1 class="article-title">%s</h1>'
               '<div class="article-meta"><span class="article-author">Von <a href="/autoren/%s/">%s</a></span> <time class="article-date" datetime="%s">%02d.%02d.%d, %s Uhr</time></div></header>'
               '<div class="article-body"><p class="article-intro"><strong>%s</strong></p>%s</div>'
               '<div class="article-paywall-teaser" hidden><p>Jetzt weiterlesen mit K+</p></div>'
               '<footer class="article-footer"><ul class="tags"><li><a href="/thema/verkehr/">Verkehr</a></li></ul><p class="share">Artikel teilen</p></footer></article>'
               '<section class="more"><h2>Mehr aus der %s</h2><ul>%s</ul></section>') % (
            s.path.rsplit("id", 1)[1][:-5], E(s.kicker), E(s.title), aslug, E(a), s.iso, dt.day, dt.month, dt.year, s.time, E(s.ps[0]), paras(s.ps[1:]),
            E(s.sec[1]), "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in stories if o is not s))
        put(site, s.path, shell("%s | %s" % (s.title, name), art, head, "page-article"))

    def teaser(s):
        dt = d(s)
        return '<div class="teaser"><a href="%s"><span class="teaser-kicker">%s</span><h3>%s</h3></a><span class="teaser-date">%02d.%02d.%d</span></div>' % (s.path, E(s.kicker), E(s.title), dt.day, dt.month, dt.year)

    non(site, "/", shell("%s - Nachrichten aus der Region" % name, '<h1 class="visually-hidden">%s</h1>%s' % (E(name), "".join(teaser(s) for s in reversed(stories))), cls="page-home"))
    non(site, "/region/", shell("Region | %s" % name, '<h1>Region</h1>%s' % teaser(stories[0]), cls="page-section"))
    non(site, "/stadt/", shell("Stadt | %s" % name, '<h1>Stadt</h1>%s' % "".join(teaser(s) for s in stories[1:]), cls="page-section"))
    non(site, "/thema/verkehr/", shell("Verkehr - aktuelle Nachrichten | %s" % name, '<h1>Thema: Verkehr</h1>%s' % "".join(teaser(s) for s in stories), cls="page-topic"))
    for s in stories:
        a = s.authors[0]
        non(site, "/autoren/%s/" % a.lower().replace(" ", "-"), shell("%s | %s" % (a, name), '<div class="author-box"><h1>%s</h1><p>Redakteurin/Redakteur in der Lokalredaktion.</p></div>%s' % (E(a), teaser(s)), cls="page-author"))
    non(site, "/impressum/", shell("Impressum | %s" % name, '<h1>Impressum</h1><p>Rheinland-Kurier Verlag GmbH &amp; Co. KG, Rheinallee 12, 50667 Köln. Chefredaktion: Martin Vogel. Inhalte unserer Redaktion erscheinen auch bei Partnerportalen.</p>', cls="page-static"))
    non(site, "/datenschutz/", shell("Datenschutz | %s" % name, '<h1>Datenschutzerklärung</h1><p>Wir verarbeiten personenbezogene Daten nur im Rahmen der gesetzlichen Bestimmungen.</p>', cls="page-static"))


# ============================================================ 4. Le Républicain du Val (EBRA-like)
def rep():
    site, name = "rep", "Le Républicain du Val"
    stories = [ST[k] for k in ("r1", "r2", "r3")]
    nav = [("/edition-val/", "Val"), ("/edition-montclar/", "Montclar"), ("/transports/", "Transports"), ("/mentions-legales/", "Mentions légales")]

    def shell(title, body, head="", cls=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header id="header"><a class="logo" href="/">%s</a><nav id="menu"><ul>%s</ul></nav></header><main id="content">%s</main>'
                '<footer id="footer"><ul>%s<li><a href="/contact/">Contact</a></li></ul><p>&copy; %s</p></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, navh, E(name))

    for s in stories:
        a = s.authors[0]
        aslug = a.lower().replace(" ", "-").replace("é", "e").replace("É", "e")
        dt = d(s)
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": s.iso, "dateModified": s.iso,
              "author": {"@type": "Person", "name": a}, "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": {"@type": "WebPage", "@id": s.url}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">%s') % (s.url, E(s.title), E(name), s.iso, jl(ld))
        art = ('<article class="article"><div class="article-rubric"><a href="/%s/">%s</a></div><h1 class="headline">%s</h1>'
               '<p class="chapo">%s</p><div class="signature"><span class="author">Par <a href="/journalistes/%s/">%s</a></span> - '
               '<time datetime="%s">Publié le %02d/%02d/%d à %s</time></div>'
               '<div class="textComponent">%s</div><div class="abonnement-promo"><p>Cet article est réservé aux abonnés ? Non, il est en accès libre. Soutenez l\u2019info locale : abonnez-vous.</p></div></article>') % (
            s.rub[0], E(s.rub[1]), E(s.title), E(s.ps[0]), aslug, E(a), s.iso, dt.day, dt.month, dt.year, s.time.replace(":", "h"), paras(s.ps[1:]))
        put(site, s.path + "/", shell("%s" % s.title, art, head, "node-type-article"))  # EBRA titles: headline only
        s.path += "/"
        s.url = U(site, s.path)

    def teaser(s):
        return '<div class="teaser"><a href="%s"><h2>%s</h2></a><span class="rubric">%s</span></div>' % (s.path, E(s.title), E(s.rub[1]))

    non(site, "/", shell("%s - Actualités du Val et de Montclar" % name, '<h1 class="sr-only">%s</h1>%s' % (E(name), "".join(teaser(s) for s in reversed(stories))), cls="front"))
    non(site, "/edition-val/", shell("Val | %s" % name, '<h1>Édition du Val</h1>%s' % "".join(teaser(s) for s in stories if "val/" in s.path), cls="section"))
    non(site, "/edition-montclar/", shell("Montclar | %s" % name, '<h1>Édition de Montclar</h1>%s' % teaser(stories[1]), cls="section"))
    non(site, "/transports/", shell("Transports | %s" % name, '<h1>Transports</h1>%s' % "".join(teaser(s) for s in stories if s.rub[0] == "transports"), cls="section"))
    for s in stories:
        a = s.authors[0]
        aslug = a.lower().replace(" ", "-").replace("é", "e").replace("É", "e")
        non(site, "/journalistes/%s/" % aslug, shell("%s | %s" % (a, name), '<h1>%s</h1><p>Journaliste au %s.</p>%s' % (E(a), E(name), teaser(s)), cls="page-journaliste"))
    non(site, "/mentions-legales/", shell("Mentions légales | %s" % name, '<h1>Mentions légales</h1><p>Éditeur : SA Le Républicain du Val, 4 place de la République, Vernoux. Directeur de la publication : Henri Dubois.</p>', cls="page"))
    non(site, "/contact/", shell("Contact | %s" % name, '<h1>Nous contacter</h1><p>Rédaction : 04 00 00 00 00, redaction@republicain-val.example</p>', cls="page"))
    # rubric links in articles go to /transports/ and /agriculture/: add the latter
    non(site, "/agriculture/", shell("Agriculture | %s" % name, '<h1>Agriculture</h1>%s' % teaser(stories[1]), cls="section"))


# ============================================================ 5. El Diario del Sur (Prisa-like)
def diario():
    site, name = "diario", "El Diario del Sur"
    stories = [ST[k] for k in ("d1", "d2", "d3")]
    nav = [("/andalucia/", "Andalucía"), ("/sevilla/", "Sevilla"), ("/noticias-sobre/obras/", "Obras"), ("/quienes-somos/", "Quiénes somos")]
    MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

    def shell(title, body, head="", cls=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="_hd"><a class="_hd_l" href="/">%s</a><nav class="sm"><ul>%s</ul></nav></header><main id="main-content">%s</main>'
                '<footer class="_ft"><ul>%s<li><a href="/aviso-legal/">Aviso legal</a></li></ul><p>&copy; Ediciones del Sur S.L.</p></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, navh)

    for s in stories:
        a = s.authors[0]
        aslug = a.lower().replace(" ", "-")
        dt = d(s)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": s.iso, "dateModified": s.iso,
              "author": [{"@type": "Person", "name": a, "url": U(site, "/autor/%s/" % aslug)}], "publisher": {"@type": "Organization", "name": name},
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url}, "inLanguage": "es"}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (s.url, E(s.title), s.iso, E(a), jl(ld))
        art = ('<article class="a _g _g-lg _g-o"><header class="a_e"><div class="a_k"><a href="/%s/" class="a_k_n">%s</a></div><h1 class="a_t">%s</h1>'
               '<h2 class="a_st">%s</h2></header><div class="a_md"><div class="a_md_a"><a href="/autor/%s/" class="a_md_a_n">%s</a></div>'
               '<div class="a_md_f"><span>%s</span> - <a href="%s" data-date="%s">%02d %s %d - %s <abbr title="Hora de Europa Central">CET</abbr></a></div></div>'
               '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">%s</div>'
               '<div class="a_tp"><a href="/noticias-sobre/obras/">Obras</a></div></article>') % (
            s.sec[0], E(s.sec[1]), E(s.title), E(s.ps[0][:120]), aslug, E(a), s.sec[1], s.path, s.iso, dt.day, MES[dt.month - 1], dt.year, s.time, paras(s.ps))
        put(site, s.path, shell("%s | %s | %s" % (s.title, s.sec[1], name), art, head, "is-article"))

    def teaser(s):
        return '<article class="c"><h2 class="c_t"><a href="%s">%s</a></h2><div class="c_a"><a href="/autor/%s/">%s</a></div></article>' % (
            s.path, E(s.title), s.authors[0].lower().replace(" ", "-"), E(s.authors[0]))

    non(site, "/", shell("%s: noticias de Andalucía y Sevilla" % name, "".join(teaser(s) for s in reversed(stories)), cls="is-home"))
    non(site, "/andalucia/", shell("Andalucía | %s" % name, "<h1>Andalucía</h1>" + teaser(stories[0]), cls="is-section"))
    non(site, "/sevilla/", shell("Sevilla | %s" % name, "<h1>Sevilla</h1>" + "".join(teaser(s) for s in stories[1:]), cls="is-section"))
    non(site, "/noticias-sobre/obras/", shell("Obras: últimas noticias | %s" % name, "<h1>Obras</h1>" + teaser(stories[0]) + teaser(stories[2]), cls="is-tag"))
    for s in stories:
        a = s.authors[0]
        non(site, "/autor/%s/" % a.lower().replace(" ", "-"), shell("%s | %s" % (a, name), '<div class="aut"><h1>%s</h1><p>Redactora/redactor de %s.</p></div>%s' % (E(a), E(name), teaser(s)), cls="is-author"))
    non(site, "/quienes-somos/", shell("Quiénes somos | %s" % name, "<h1>Quiénes somos</h1><p>El Diario del Sur es un periódico independiente fundado en 1998. Nuestras noticias se distribuyen también a través de agregadores.</p>", cls="is-page"))
    non(site, "/aviso-legal/", shell("Aviso legal | %s" % name, "<h1>Aviso legal</h1><p>Ediciones del Sur S.L., calle Feria 21, Sevilla. CIF B00000000.</p>", cls="is-page"))


# ============================================================ 6. Eastbridge University news (press office)
def uni():
    site, name = "uni", "Eastbridge University"
    stories = [ST[k] for k in ("u1", "u2", "u3")]
    nav = [("/news/", "News"), ("/news/media-contacts/", "Media contacts"), ("/news/experts/", "Find an expert"), ("/about/", "About")]

    def shell(title, body, head="", cls=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="eu-header"><a class="eu-logo" href="/">%s</a><nav class="eu-nav"><ul>%s</ul></nav></header>'
                '<div class="eu-main">%s</div><footer class="eu-footer"><ul>%s<li><a href="/about/">Privacy</a></li></ul><p>&copy; %s %d. Registered charity.</p></footer></body></html>') % (
            E(title), head, cls, E(name), navh, body, navh, E(name), TODAY.year)

    for s in stories:
        dt = d(s)
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta name="description" content="%s">') % (s.url, E(s.title), E(s.ps[0][:150]))
        by = '<p class="news-byline">By %s, Press Office</p>' % E(s.authors[0]) if s.authors else ""
        foot = ('<div class="news-notes"><h2>Notes to editors</h2><p>Eastbridge University is a research-intensive university with 24,000 students on three campuses.</p>'
                '<p class="media-contact">Media contact: Rachel Moore, Press Office, press@eastbridge.example, 01632 960 123</p></div>')
        art = ('<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; %s</nav><article class="news-article">'
               '<h1 class="news-title">%s</h1><p class="news-date">Published: %d %s %d</p>%s<div class="news-body">%s</div>%s'
               '<p class="news-share">Share this page</p></article><aside class="news-related"><h2>Latest news</h2><ul>%s</ul></aside>') % (
            E(s.title), E(s.title), dt.day, MON_EN[dt.month - 1], dt.year, by, paras(s.ps), foot,
            "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in stories if o is not s))
        put(site, s.path, shell("%s | News | %s" % (s.title, name), art, head, "news-page"))

    lis = "".join('<li class="news-listing-item"><a href="%s">%s</a><span class="date">%s</span></li>' % (s.path, E(s.title), s.date) for s in reversed(stories))
    non(site, "/", shell("%s - Home" % name, '<h1>Welcome to %s</h1><section class="home-news"><h2>News</h2><ul>%s</ul></section><p><a href="/study/">Study with us</a></p>' % (E(name), lis), cls="home"))
    non(site, "/news/", shell("News | %s" % name, '<h1>News</h1><ul class="news-listing">%s</ul>' % lis, cls="news-index"))
    non(site, "/news/media-contacts/", shell("Media contacts | %s" % name, '<h1>Media contacts</h1><p>Rachel Moore, Head of Media Relations. James Okoro, Press Officer. press@eastbridge.example</p>', cls="page"))
    non(site, "/news/experts/", shell("Find an expert | %s" % name, '<h1>Find an expert</h1><ul><li>Dr Helen Asante - estuaries, microplastics</li><li>Professor Ruth Adeyemi - coastal change</li></ul>', cls="page"))
    non(site, "/about/", shell("About the university | %s" % name, '<h1>About</h1><p>Founded in 1965, Eastbridge University sits on the Wend estuary.</p>', cls="page"))
    non(site, "/study/", shell("Study | %s" % name, '<h1>Study with us</h1><p>Undergraduate and postgraduate courses.</p>', cls="page"))


# ============================================================ 7. Horizon Start (MSN-like portal)
def msn():
    site, name = "msn", "Horizon Start"
    eds = {"en-gb": ("news/uknews", "UK news", "Story by", "More for you"), "de-de": ("nachrichten/other", "Nachrichten", "Story von", "Mehr für Sie"),
           "fr-fr": ("actualite/france", "Actualité", "Article de", "Plus pour vous"), "es-es": ("noticias/espana", "Noticias", "Artículo de", "Más para ti")}
    pubs = {"courier": "The Harbour Courier", "post": "Midland Evening Post", "kurier": "Rheinland-Kurier", "rep": "Le Républicain du Val", "diario": "El Diario del Sur"}
    plan = [("c1", "en-gb", "ferry-operator-adds-winter-sailings-to-the-islands", "AA1zQk7P", 23),
            ("m2", "en-gb", "hospital-car-park-charges-to-rise-from-april", "AA1zTw3R", 26),
            ("k1", "de-de", "landkreis-baut-die-alte-steinbruecke-neu", "AA1zR9xL", 9),
            ("r1", "fr-fr", "le-departement-va-reconstruire-le-vieux-pont", "AA1zP2mN", 15),
            ("d2", "es-es", "el-mercado-de-abastos-amplia-su-horario-por-las-tardes", "AA1zV8qS", 30)]
    made = []

    def shell(lang, title, body, head=""):
        return ('<!DOCTYPE html><html lang="%s" dir="ltr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="root"><header class="headerBar"><a href="/%s/">%s</a><form class="search"><input name="q" placeholder="Search the web"></form>'
                '<nav class="channels"><a href="/%s/">Home</a> <a href="/%s/%s/">%s</a></nav></header>%s'
                '<footer class="footer"><a href="/en-gb/about/">About Horizon Start</a> &copy; %d Horizon</footer></div></body></html>') % (
            lang[:2], E(title), head, lang, E(name), lang, lang, eds[lang][0].split("/")[0], E(eds[lang][1]), body, TODAY.year)

    for key, lang, slug, aid, later_h in plan:
        s = ST[key]
        path = "/%s/%s/%s/ar-%s/" % (lang, eds[lang][0], slug, aid)
        t = s.utc + datetime.timedelta(hours=later_h)
        pub = pubs[s.site]
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="%s"><meta name="description" content="%s"><meta name="firstPublishedDate" content="%s">') % (
            U(site, path), E(s.title), E(name), E(s.ps[0][:150]), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
        by = '<div class="viewsInfo"><span class="byline">%s %s</span> &bull; <time datetime="%s">%s</time></div>' % (
            eds[lang][2], E(", ".join(s.authors)), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), t.strftime("%d/%m/%Y"))
        body = ('<main class="article-page"><div class="article-provider"><a href="/%s/channel/source/%s/"><img src="/logos/%s.png" alt="%s"><span class="provider-name">%s</span></a>'
                '<button class="follow">Follow</button></div><h1 class="article-title">%s</h1>%s'
                '<div class="article-body" role="article">%s<p class="copyright">&copy; %s</p></div>'
                '<section class="feedback"><p>%s</p></section></main>') % (
            lang, s.site, s.site, E(pub), E(pub), E(s.title), by, paras(s.ps), E(pub), E(eds[lang][3]))
        copy(site, path, shell(lang, s.title, body, head), s)
        made.append((lang, path, s, pub))

    def cards(items):
        return "".join('<a class="card" href="%s"><span class="provider">%s</span><h3>%s</h3></a>' % (p, E(pub), E(s.title)) for lang, p, s, pub in items)

    non(site, "/", shell("en-gb", "Horizon Start | Latest news, weather and sport", '<main class="feed">%s<p><a href="/de-de/">Deutschland</a> <a href="/fr-fr/">France</a> <a href="/es-es/">España</a></p></main>' % cards(made)))
    for lang in eds:
        its = [m for m in made if m[0] == lang]
        non(site, "/%s/" % lang, shell(lang, "Horizon Start %s" % lang, '<main class="feed">%s</main>' % cards(its)))
        non(site, "/%s/%s/" % (lang, eds[lang][0].split("/")[0]), shell(lang, "%s | Horizon Start" % eds[lang][1], '<main class="feed"><h1>%s</h1>%s</main>' % (E(eds[lang][1]), cards(its))))
    for lang, p, s, pub in made:
        sp = "/%s/channel/source/%s/" % (lang, s.site)
        if U(site, sp) not in truth["nonarticles"]:
            non(site, sp, shell(lang, "%s | Horizon Start" % pub, '<main class="provider-page"><h1>%s</h1><p>Follow %s for news on Horizon Start.</p>%s</main>' % (
                E(pub), E(pub), cards([m for m in made if m[3] == pub]))))
    non(site, "/en-gb/about/", shell("en-gb", "About Horizon Start", '<main><h1>About Horizon Start</h1><p>Horizon Start brings you news from more than 1,000 publishing partners. Stories are licensed and appear as published by our partners.</p></main>'))


# ============================================================ 8. Daybreak News (Yahoo-like)
def yahoo():
    site, name = "yahoo", "Daybreak News"
    made = []
    ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    ET = datetime.timezone(datetime.timedelta(hours=-4))  # EDT from 9 March 2025
    PARIS = datetime.timezone(datetime.timedelta(hours=1))

    def shell(lang, title, body, head=""):
        return ('<!DOCTYPE html><html lang="%s" class="caas"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header id="ybar"><a id="ybar-logo" href="/">%s</a><nav><a href="/news/">News</a> <a href="/es/noticias/">Noticias</a> <a href="/fr/actualites/">Actualités</a></nav></header>'
                '<div id="Main">%s</div><footer><a href="/about/">About</a> &middot; Terms &middot; Privacy</footer></body></html>') % (lang, E(title), head, E(name), body)

    plan = [("c1", "en", "/news/ferry-operator-adds-winter-sailings-093012345.html", 75),
            ("d1", "es", "/es/noticias/diputacion-reconstruira-viejo-puente-235512345.html", 15),
            ("r3", "fr", "/fr/actualites/greve-bus-trafic-fortement-perturbe-171045678.html", 20)]
    for key, lang, path, later_m in plan:
        s = ST[key]
        t = s.utc + datetime.timedelta(minutes=later_m)
        pub = {"courier": "The Harbour Courier", "diario": "El Diario del Sur", "rep": "Le Républicain du Val"}[s.site]
        if lang == "en":
            lt = t.astimezone(ET)
            shown = "%s, %s %d, %d at %d:%02d %s EDT" % (lt.strftime("%a"), MON_EN[lt.month - 1], lt.day, lt.year, (lt.hour % 12) or 12, lt.minute, "AM" if lt.hour < 12 else "PM")
            more = "Read the original article on %s" % pub
        elif lang == "es":
            lt = t.astimezone(ET)
            shown = "%d de %s de %d, %d:%02d %s EDT" % (lt.day, ES_M[lt.month - 1], lt.year, (lt.hour % 12) or 12, lt.minute, "a.m." if lt.hour < 12 else "p.m.")
            more = "Lee el artículo original en %s" % pub
        else:
            lt = t.astimezone(PARIS)
            shown = "%d %s %d à %dh%02d" % (lt.day, FR_M[lt.month - 1], lt.year, lt.hour, lt.minute)
            more = "Lire l\u2019article original sur %s" % pub
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:site_name" content="%s"><meta name="description" content="%s">') % (s.url, E(s.title), E(name), E(s.ps[0][:150]))
        if key == "c1":
            head += '<link rel="amphtml" href="%s">' % U(site, "/amphtml" + path)
        attr = ('<div class="caas-attr"><div class="caas-attr-provider"><span class="caas-logo">%s</span></div>'
                '<div class="caas-attr-meta"><span class="caas-author-byline-collapse">%s</span>'
                '<div class="caas-attr-time-style"><time datetime="%s">%s</time></div></div></div>') % (
            E(pub), E(", ".join(s.authors)), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), shown)
        body = ('<article class="caas-container"><header class="caas-title-wrapper"><h1 data-test-locator="headline">%s</h1></header>%s'
                '<div class="caas-body">%s<p><a class="caas-readmore" href="%s">%s</a></p></div></article>'
                '<aside class="stream"><h2>Trending</h2></aside>') % (E(s.title), attr, paras(s.ps), s.url, E(more))
        copy(site, path, shell(lang, s.title, body, head), s)
        made.append((lang, path, s, pub))
        if key == "c1":
            amp = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s">'
                   '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>'
                   '<body><header><a href="/">%s</a></header><article><h1>%s</h1><div class="caas-attr"><span class="caas-logo">%s</span> <span>%s</span> <time datetime="%s">%s</time></div>'
                   '<div class="caas-body">%s<p><a href="%s">%s</a></p></div></article></body></html>') % (
                E(s.title), U(site, path), E(name), E(s.title), E(pub), E(", ".join(s.authors)), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), shown, paras(s.ps), s.url, E(more))
            copy(site, "/amphtml" + path, amp, s)

    def stream(items):
        return "".join('<li class="js-stream-content"><h3><a href="%s">%s</a></h3><div class="provider">%s</div></li>' % (p, E(s.title), E(pub)) for lang, p, s, pub in items)

    non(site, "/", shell("en", "Daybreak News | Latest News Headlines", '<ul class="stream-items">%s</ul>' % stream(made)))
    non(site, "/news/", shell("en", "News | Daybreak News", '<h1>News</h1><ul>%s</ul>' % stream(made[:1])))
    non(site, "/es/noticias/", shell("es", "Noticias | Daybreak News", '<h1>Noticias</h1><ul>%s</ul>' % stream(made[1:2])))
    non(site, "/fr/actualites/", shell("fr", "Actualités | Daybreak News", '<h1>Actualités</h1><ul>%s</ul>' % stream(made[2:])))
    non(site, "/about/", shell("en", "About Daybreak News", '<h1>About Daybreak News</h1><p>Daybreak News aggregates stories from licensed partners. Partner stories link to the original publisher.</p>'))


# ============================================================ 9. NearbyNews (NewsBreak-like)
def nb():
    site, name = "nb", "NearbyNews"
    plan = [("c2", "kelmouth-uk", "Kelmouth", "/kelmouth-uk/3790123456-harbour-dredging-to-start-after-two-year-delay/", "The Harbour Courier", 3),
            ("m3", "ashbury-uk", "Ashbury", "/ashbury-uk/3791234567-former-factory-site-sold-for-400-homes/", "Midland Evening Post", 5)]
    made = []

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header class="nb-header"><a href="/">%s</a>'
                '<nav><a href="/kelmouth-uk/">Kelmouth</a> <a href="/ashbury-uk/">Ashbury</a> <a href="/about/">About</a></nav></header>%s'
                '<footer><p>&copy; %d %s. Get the app.</p></footer></body></html>') % (E(title), head, E(name), body, TODAY.year, E(name))

    for key, city, cname, path, pub, later_h in plan:
        s = ST[key]
        t = s.utc + datetime.timedelta(hours=later_h)
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta name="description" content="%s">%s') % (U(site, path), E(s.title), E(s.ps[0]), jl({
                    "@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "author": {"@type": "Organization", "name": pub}, "publisher": {"@type": "Organization", "name": name}}))
        body = ('<main class="article-detail"><div class="source-row"><a class="source-name" href="/publishers/%s/">%s</a> <span class="time">%s</span></div>'
                '<h1>%s</h1><div class="excerpt"><p>%s</p></div><a class="read-full" href="%s" rel="nofollow">Read full story at %s</a>'
                '<section class="comments"><h2>Comments (4)</h2><p>Sign in to comment.</p></section>'
                '<section class="more-local"><h2>More %s news</h2><a href="/%s/">See all</a></section></main>') % (
            s.site, E(pub), t.strftime("%b %d, %Y"), E(s.title), E(s.ps[0]), s.url, E(pub), E(cname), city)
        copy(site, path, shell("%s | %s" % (s.title, name), body, head), s)
        made.append((city, cname, path, s, pub))

    def feed(items):
        return "".join('<div class="feed-card"><a href="%s"><h3>%s</h3></a><span>%s</span></div>' % (p, E(s.title), E(pub)) for c, cn, p, s, pub in items)

    non(site, "/", shell("%s - Local news near you" % name, '<main><h1>Local news, near you</h1>%s</main>' % feed(made)))
    for c, cn, p, s, pub in made:
        non(site, "/%s/" % c, shell("%s, UK local news | %s" % (cn, name), '<main><h1>%s news</h1>%s</main>' % (E(cn), feed([m for m in made if m[0] == c]))))
        non(site, "/publishers/%s/" % s.site, shell("%s | %s" % (pub, name), '<main><h1>%s</h1><p>Publisher on %s.</p>%s</main>' % (E(pub), E(name), feed([m for m in made if m[4] == pub]))))
    non(site, "/about/", shell("About | %s" % name, '<main><h1>About NearbyNews</h1><p>We surface local stories from thousands of publishers and link you to the full article.</p></main>'))


# ============================================================ 10. Topicly (Google-News-like topic pages)
def topic():
    site, name = "topic", "Topicly"

    def shell(title, body):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex"></head><body>'
                '<header class="gb"><a href="/">%s</a><nav><a href="/topics/transport/">Transport</a> <a href="/topics/local-government/">Local government</a> <a href="/stories/bridges-rebuilt-europe/">Full coverage</a></nav></header>'
                '<main class="topic-main">%s</main><footer><a href="/about/">About %s</a></footer></body></html>') % (E(title), E(name), body, E(name))

    def card(url, title, src, ago):
        return '<article class="IBr9hb"><a class="JtKRv" href="%s">%s</a><div class="vr1PYe">%s</div><time class="hvbAAd">%s</time></article>' % (url, E(title), E(src), ago)

    ph = lambda k: ST[k]  # noqa: E731
    top = [card(ph("c1").url + "amp/", ph("c1").title, "The Harbour Courier", "5 days ago"),
           card(ph("m1").url, ph("m1").title, "Midland Evening Post", "6 days ago"),
           card(U("msn", "/en-gb/news/uknews/hospital-car-park-charges-to-rise-from-april/ar-AA1zTw3R/"), ph("m2").title, "Horizon Start", "1 week ago"),
           card(ph("u3").url, ph("u3").title, "Eastbridge University", "2 days ago"),
           card(U("shires", "/news/24985555.amberley-village-hall-reopens-flood-repairs/"), ph("s1").title, "Shires Gazette", "3 days ago")]
    non(site, "/", shell("%s - Top stories" % name, "<h1>Top stories</h1>" + "".join(top)))
    non(site, "/topics/transport/", shell("Transport - %s" % name, "<h1>Transport</h1>" + "".join([
        card(ph("m1").url, ph("m1").title, "Midland Evening Post", "6 days ago"),
        card(ph("k3").url, ph("k3").title, "Rheinland-Kurier", "4 days ago"),
        card(ph("r3").url, ph("r3").title, "Le Républicain du Val", "1 day ago"),
        card(ph("c1").url + "amp/", ph("c1").title, "The Harbour Courier", "5 days ago"),
        card(ph("c2").url + "amp/", ph("c2").title, "The Harbour Courier", "4 days ago")])))
    non(site, "/topics/local-government/", shell("Local government - %s" % name, "<h1>Local government</h1>" + "".join([
        card(ph("d3").url, ph("d3").title, "El Diario del Sur", "2 days ago"),
        card(ph("k2").url, ph("k2").title, "Rheinland-Kurier", "5 days ago"),
        card(ph("r2").url, ph("r2").title, "Le Républicain du Val", "5 days ago"),
        card(ph("c3").url + "amp/", ph("c3").title, "The Harbour Courier", "3 days ago"),
        card(U("shires", "/news/24981234.harbour-dredging-begin-may-two-year-delay/amp/"), "Harbour dredging to begin in May after two-year delay", "Shires Gazette", "4 days ago")])))
    non(site, "/stories/bridges-rebuilt-europe/", shell("Full coverage: old bridges to be rebuilt - %s" % name,
        "<h1>Full coverage</h1><h2>Old stone bridges to be rebuilt</h2>" + "".join([
            card(ph("k1").url, ph("k1").title, "Rheinland-Kurier", "5 days ago"),
            card(ph("r1").url, ph("r1").title, "Le Républicain du Val", "6 days ago"),
            card(ph("d1").url, ph("d1").title, "El Diario del Sur", "5 days ago"),
            card(U("yahoo", "/es/noticias/diputacion-reconstruira-viejo-puente-235512345.html"), ph("d1").title, "Daybreak News", "5 days ago")])))
    non(site, "/sources/", shell("Sources - %s" % name, "<h1>Sources</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (U(k, "/"), n) for k, n in [
        ("courier", "The Harbour Courier"), ("post", "Midland Evening Post"), ("kurier", "Rheinland-Kurier"), ("rep", "Le Républicain du Val"),
        ("diario", "El Diario del Sur"), ("uni", "Eastbridge University"), ("msn", "Horizon Start"), ("yahoo", "Daybreak News"),
        ("nb", "NearbyNews"), ("shires", "Shires Gazette"), ("pr", "ReleaseLine")])))
    non(site, "/about/", shell("About %s" % name, "<h1>About %s</h1><p>Headlines are selected automatically by computer algorithms. Read the full stories on the publishers\u2019 sites.</p><p><a href=\"/sources/\">Our sources</a></p>" % E(name)))


# ============================================================ 11. Shires Gazette (Newsquest-like group paper)
def shires():
    site, name = "shires", "Shires Gazette"
    own = ST["s1"]

    def shell(title, body, head="", cls=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="site-header"><a class="logo" href="/">%s</a><nav class="mainnav"><a href="/news/">News</a> <a href="/news/local/">Local news</a> <a href="/announcements/">Announcements</a> <a href="/contact-us/">Contact us</a></nav></header>'
                '<div class="content">%s</div><footer class="site-footer"><p>Shires Gazette is part of Shires Media Group. &copy; %d</p></footer></body></html>') % (
            E(title), head, cls, E(name), body, TODAY.year)

    def artpage(path, title, byline_html, t, ps, canon, amp_path=None, extra_ld=None):
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (
            canon, E(title), t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        if amp_path:
            head += '<link rel="amphtml" href="%s">' % U(site, amp_path)
        if extra_ld:
            head += jl(extra_ld)
        shown = "%d:%02d%s %d%s %s" % ((t.hour % 12) or 12, t.minute, "am" if t.hour < 12 else "pm", t.day, "th", MON_EN[t.month - 1])
        body = ('<article class="article"><h1 class="article-headline">%s</h1><div class="article-meta">%s'
                '<p class="article-date"><time datetime="%s">%s</time></p></div>'
                '<div id="article-body" class="article-body">%s</div><div class="article-share">Share</div></article>'
                '<section class="most-read"><h2>Most read</h2><ul><li><a href="%s">%s</a></li></ul></section>') % (
            E(title), byline_html, t.strftime("%Y-%m-%dT%H:%M:%SZ"), shown, paras(ps), own.path, E(own.title))
        return shell("%s | %s" % (title, name), body, head, "article-page")

    # own story
    put(site, own.path, artpage(own.path, own.title, '<div class="author-info"><a class="byline" href="/author/profile/amy-collins/">By Amy Collins</a><span class="author-role">Reporter</span></div>',
                               own.utc, own.ps, own.url, extra_ld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": own.title, "datePublished": own.utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                                   "author": {"@type": "Person", "name": "Amy Collins"}, "publisher": {"@type": "Organization", "name": name}}))
    # wire copy of the Courier story: edited headline, local paragraph (longer), canonical to itself, AMP twin
    c2 = ST["c2"]
    wp = "/news/24981234.harbour-dredging-begin-may-two-year-delay/"
    wt = c2.utc + datetime.timedelta(hours=6, minutes=15)
    wtitle = "Harbour dredging to begin in May after two-year delay"
    wps = c2.ps[:2] + [LOCAL] + c2.ps[2:]
    wby = '<div class="author-info"><span class="byline">From The Harbour Courier, via Coastal Wire</span></div>'
    copy(site, wp, artpage(wp, wtitle, wby, wt, wps, U(site, wp), amp_path=wp + "amp/",
                           extra_ld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": wtitle, "datePublished": wt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                     "author": {"@type": "Organization", "name": "Coastal Wire"}, "publisher": {"@type": "Organization", "name": name}}), c2)
    amp = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s | %s</title><link rel="canonical" href="%s">'
           '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>'
           '<body><header><a href="/">%s</a></header><article><h1>%s</h1>%s<time datetime="%s">%s</time><div class="article-body">%s</div></article></body></html>') % (
        E(wtitle), E(name), U(site, wp), E(name), E(wtitle), wby, wt.strftime("%Y-%m-%dT%H:%M:%SZ"), wt.strftime("%d %B %Y"), paras(wps))
    copy(site, wp + "amp/", amp, c2)
    # sister-paper copy of the Post story: edited headline, canonical to the original
    m1 = ST["m1"]
    sp = "/news/24979876.airport-tram-extension-gets-green-light/"
    stt = m1.utc + datetime.timedelta(hours=19)
    stitle = "Airport tram extension gets green light from councillors"
    copy(site, sp, artpage(sp, stitle, '<div class="author-info"><span class="byline">From Midland Evening Post, via Shires Media Group</span><span class="author-role">Priya Nair, Local Democracy Reporter</span></div>',
                           stt, m1.ps, m1.url), m1)

    items = [(own.path, own.title), (wp, wtitle), (sp, stitle)]
    lis = "".join('<div class="mar-lead-story"><h2><a href="%s">%s</a></h2></div>' % (p, E(t)) for p, t in items)
    non(site, "/", shell("%s | Amberley, Kelmouth and Shires news" % name, '<h1 class="hidden">%s</h1>%s<p><a href="/author/profile/amy-collins/">Amy Collins</a></p>' % (E(name), lis), cls="home"))
    non(site, "/news/", shell("News | %s" % name, "<h1>News</h1>" + lis, cls="section"))
    non(site, "/news/local/", shell("Local news | %s" % name, "<h1>Local news</h1>" + lis[:lis.index("</div>") + 6], cls="section"))
    non(site, "/author/profile/amy-collins/", shell("Amy Collins | %s" % name, '<h1>Amy Collins</h1><p>Reporter covering Amberley and the villages.</p><a href="%s">%s</a>' % (own.path, E(own.title)), cls="author"))
    non(site, "/announcements/", shell("Announcements | %s" % name, '<h1>Family announcements</h1><ul><li>Births, marriages and deaths</li><li>Place an announcement</li></ul>', cls="section"))
    non(site, "/contact-us/", shell("Contact us | %s" % name, '<h1>Contact us</h1><p>Newsdesk: news@shiresgazette.example. We also carry stories from our sister titles and Coastal Wire.</p>', cls="page"))


# ============================================================ 12. ReleaseLine (PR Newswire-like)
def pr():
    site, name = "pr", "ReleaseLine"
    made = []

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="prn-header"><a href="/">%s</a><nav><a href="/news-releases/">News</a> <a href="/news-releases/education-latest-news/">Education</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>'
                '<div class="container">%s</div><footer><p>&copy; %d %s. All rights reserved.</p></footer></body></html>') % (E(title), head, E(name), body, TODAY.year, E(name))

    ET = datetime.timezone(datetime.timedelta(hours=-4))
    plan = [("u1", "/news-releases/eastbridge-researchers-map-microplastics-in-river-estuary-302401234.html", 2),
            ("u2", "/news-releases/university-opens-12m-engineering-hub-302403456.html", 1)]
    for key, path, later_h in plan:
        s = ST[key]
        t = (s.utc + datetime.timedelta(hours=later_h)).astimezone(ET)
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta name="author" content="Eastbridge University"><meta name="date" content="%s">') % (U(site, path), E(s.title), t.strftime("%Y-%m-%dT%H:%M:%S%z"))
        body = ('<div class="release-header"><h1>%s</h1><div class="release-meta"><p>News provided by <a href="/news/eastbridge-university/">Eastbridge University</a></p>'
                '<p class="mb-no">%s %d, %d, %d:%02d ET</p></div></div>'
                '<section class="release-body"><p><span class="xn-location">EASTBRIDGE, England</span>, <span class="xn-chron">%s %d, %d</span> /ReleaseLine/ -- %s</p>%s'
                '<p>SOURCE Eastbridge University</p></section><div class="release-contact"><p>Media contact: Rachel Moore, press@eastbridge.example</p></div>'
                '<section class="more-from"><h2>Also from this source</h2><ul>%s</ul></section>') % (
            E(s.title), MON_EN[t.month - 1][:3], t.day, t.year, t.hour, t.minute, MON_EN[d(s).month - 1][:3] + ".", d(s).day, d(s).year, E(s.ps[0]), paras(s.ps[1:]),
            "".join('<li><a href="%s">%s</a></li>' % (p, E(o.title)) for k2, p, _ in plan for o in [ST[k2]] if o is not s))
        copy(site, path, shell("%s" % s.title, body, head), s)
        made.append((path, s))
    lis = "".join('<div class="card"><a href="%s"><h3>%s</h3></a><p>Eastbridge University</p></div>' % (p, E(s.title)) for p, s in made)
    non(site, "/", shell("%s - News distribution, targeting and monitoring" % name, "<h1>Latest news releases</h1>" + lis))
    non(site, "/news-releases/", shell("News Releases | %s" % name, "<h1>All news releases</h1>" + lis))
    non(site, "/news-releases/education-latest-news/", shell("Education News | %s" % name, "<h1>Education</h1>" + lis))
    non(site, "/news/eastbridge-university/", shell("Eastbridge University News | %s" % name, '<h1>Eastbridge University</h1><p>Website: <a href="%s">%s</a></p>%s' % (U("uni", "/news/"), U("uni", "/news/"), lis)))
    non(site, "/about/", shell("About | %s" % name, "<h1>About ReleaseLine</h1><p>We distribute press releases from organisations to media and the public.</p>"))
    non(site, "/contact/", shell("Contact | %s" % name, "<h1>Contact</h1><p>Send a release: editorial@releaseline.example</p>"))


rep()  # fixes the French stories' paths (trailing slash) before anyone links them
for f in (courier, post, kurier, diario, uni, msn, yahoo, nb, topic, shires, pr):
    f()
for a in truth["articles"]:  # the French urls gained their slash in rep()
    for s in ST.values():
        if a["url"].rstrip("/") == s.url.rstrip("/"):
            a["url"] = s.url
for p in truth["synd"]:
    for s in ST.values():
        if p["orig"].rstrip("/") == s.url.rstrip("/"):
            p["orig"] = s.url
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
