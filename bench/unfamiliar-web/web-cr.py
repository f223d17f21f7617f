"""Web cr: news sites whose metadata is broken. Twelve sites on
127.0.8.101-112 (port 18167), one publisher each, in English (US, UK, AU,
IN), German, French, Spanish, Italian, Dutch, Polish, Brazilian Portuguese
and Turkish, each on its own template. The CMS or SEO plugin of every site
emits head metadata that contradicts the page, as misconfigured real sites
do, while the visible page is right: headline, byline and date as a reader
sees them. Each site has three hand-written stories and 11-12 non-article
pages (home, two or three sections, tags, author pages, about/impressum,
contact, archive, search), all linked from the home page.

 1 The Cascade Courier (101, en-US, Eugene, Pacific time; WordPress):
   og:title and twitter:title the site's slogan on every page, <title> the
   site name alone, meta author and the Yoast Article's author "admin";
   "By X and Y", "March 4, 2025 at 6:45 am". Sitemap.
 2 The Fenland Standard (102, en-GB, Wisbech; Newsquest-like): JSON-LD
   NewsArticle datePublished and dateModified the template's build time
   (2023-10-02T14:07:31Z) on every story, no article:published_time;
   og:type "website" on stories and "article" on sections, tags and author
   pages. "Published: 5th March 2025", author boxes with job titles.
 3 Hunter Valley Sentinel (103, en-AU, Maitland, AEDT; ACM-like):
   article:published_time and JSON-LD dates in UTC with the zone dropped
   ("2025-03-10T20:00:00" for "March 11 2025 - 7:00am": the morning
   stories fall on the day before), canonical and og:url on a staging host
   on every page. Republishes the Courier's wine story with a credit line
   and link (canonical to its own staging address).
 4 Deccan Ledger (104, en-IN, Hyderabad; Drupal): meta author the SEO
   agency ("RankPilot Digital Solutions") on every page, the JSON-LD author
   the author page's slug ("kavya-reddy"); "Kavya Reddy | Hyderabad |
   Published: Mar 08, 2025, 10:12 IST". Republishes the Standard's rice
   story under a new headline, "This article first appeared in The Fenland
   Standard (UK)", byline "Harriet Cole, The Fenland Standard", canonical
   its own. Sitemap.
 5 Mosel-Kurier (105, de, Trier): og:title and twitter:title the previous
   story's headline (a page cache), <title> the site's name and slogan on
   every page, meta author "Redaktion"; "Von X und Y", "04.03.2025, 17:20
   Uhr"; one story "Von dpa" (authors []).
 6 L'Écho du Léman (106, fr, Thonon-les-Bains; JNews-like WordPress): the
   JSON-LD NewsArticle (the site's launch date, "La Rédaction") copied onto
   the home page, tag pages and the contact page; og:type "article" on
   every page but the home page; the stories' JSON-LD author "La Rédaction"
   while the byline names the reporters. "Publié le 5 mars 2025 à 18h30".
 7 Diario del Guadalquivir (107, es, Córdoba; Vocento-like): JSON-LD
   datePublished/dateModified the site's launch day (2008-04-23) on every
   story, article:published_time the local wall time with the server's
   Pacific offset (-08:00: two evening stories fall on the next day in
   UTC); "Lunes, 3 de marzo 2025, 21:40".
 8 Gazzetta del Salento (108, it, Lecce; Newspaper-theme-like): <title>,
   og:title and twitter:title the story's section ("Cronaca"), a
   BreadcrumbList whose last item is the section; "di X e Y", "4 marzo
   2025, 12:10".
 9 Kempen Koerier (109, nl, Eindhoven): canonical and og:url the home page
   on every page, meta author the site's name; "Door X", "6 maart 2025,
   07:45".
10 Kurier Nadwiślański (110, pl, Toruń): <html lang="en">, og:locale en_US
   and JSON-LD inLanguage "en" on a Polish site, meta author and JSON-LD
   author the newsroom's e-mail address; "Autor: X i Y", "5 marca 2025,
   14:05", the lead paragraph in bold.
11 Correio do Vale (111, pt-BR, São José dos Campos; g1-like): every page
   UTF-8 with a byte-order mark under <meta charset="iso-8859-1"> (a
   browser follows the BOM and shows the page right; the server sends no
   charset), article:published_time and JSON-LD datePublished a re-save
   two weeks later (2025-03-21), dateModified the real publication time,
   earlier than datePublished; "Por X, Correio do Vale — São José dos
   Campos", "Publicado em 07/03/2025 às 09h30".
12 Ege Postası (112, tr, İzmir): JSON-LD datePublished/dateModified the
   theme's demo date (2019-06-18) on every story, JSON-LD author the site's
   name and meta author a user name ("egepostasi"); "04 Mart 2025 Salı
   09:45".

Truth: 36 articles, 136 non-articles, 2 syndicated copies in "synd" (each
copy only there). Titles are the <h1> headlines, dates the publication day
the page shows, authors the people in the byline (an agency gives []).
Bodies must hold each story's first and last paragraph.

First crawl (newsroom built from 7374e93, with the .ghtml addresses the
Correio first had, which python's http.server serves as
application/octet-stream: its three stories were skipped as not HTML, a
fault of the test server, so they now end in .html): stories 36: title 27,
date 21, authors 32 right, 3 not stored; non-articles stored 1 of 136.
First crawl of the web as it is: stories 36: title 30, date 21, authors 35
right; non-articles stored 1 of 136; bodies checked 36: 0 wrong;
syndicated copies 2: original kept for 2. Failures: the build time, the
launch day, the demo date and the re-save date from JSON-LD taken as the
date (Standard, Diario, Ege Postası, Correio: 12 stories); the Sentinel's
zoneless UTC times read as UTC (each story a day early); the Mosel-Kurier's
stale og:title and the Gazzetta's section title taken as the headline (6
stories); "Redaktion" kept as the author of the dpa story; the Écho's
author page for Claire Dufour stored as a story (og:type article).
"""
import datetime, html, json, os, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18167
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}


class Site(common.Site):
    encoding = "utf-8"

    def put(self, path, doc):
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        common.write(self.out, self.host, path, doc, encoding=self.encoding)


N = dict(cc=101, fs=102, hv=103, dl=104, mk=105, el=106, dg=107, gs=108, kk=109, kn=110, cv=111, ep=112)
SITES = {k: Site(OUT, "127.0.8.%d" % n, PORT, truth) for k, n in N.items()}
SITES["cv"].encoding = "utf-8-sig"  # the BOM is what lets a browser read the page right despite its meta


def U(site, p):
    return SITES[site].url(p)


def slug(name):
    s = name.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "").replace("\u2019", "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower()).split())


def doc(lang, title, head, body, bodycls="", charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s\n</head>\n<body class="%s">\n%s\n</body>\n</html>\n') % (lang, charset, E(title), head, bodycls, body)


def M(name, content):
    return '<meta name="%s" content="%s">' % (name, E(content))


def PR(prop, content):
    return '<meta property="%s" content="%s">' % (prop, E(content))


def canon(u):
    return '<link rel="canonical" href="%s">' % E(u)


def ps(paras, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "\n".join("<p%s>%s</p>" % (c, E(p)) for p in paras)


class St:
    def __init__(self, site, path, title, local, authors, sec, tags, paras, dek="", byline=None, kicker=""):
        self.site, self.path, self.title, self.authors, self.sec, self.tags, self.ps = site, path, title, authors, sec, tags, paras
        self.t = datetime.datetime.fromisoformat(local.replace(" ", "T"))
        self.url = U(site, path)
        self.date = self.t.date().isoformat()
        self.dek, self.kicker = dek, kicker
        self.byline = byline  # shown instead of the people's names (an agency)


STORIES = {k: [] for k in N}
COPIES = {k: [] for k in N}


def story(*a, **kw):
    s = St(*a, **kw)
    STORIES[s.site].append(s)
    return s


def copy(site, orig, path, title, local, shown_by, credit, paras=None):
    """A copy of orig republished by site: only in truth["synd"]."""
    c = St(site, path, title, local, [], orig.sec, [], paras or orig.ps)
    c.orig, c.shown_by, c.credit = orig, shown_by, credit
    COPIES[site].append(c)
    truth["synd"].append({"copy": c.url, "orig": orig.url})
    return c

# ====================================================================== stories
# --- 1. The Cascade Courier (Eugene, Oregon; Pacific time)
story("cc", "/2025/03/04/eugene-council-willamette-street-protected-bike-path/",
      "Eugene council votes to turn Willamette Street lane into a protected bike path", "2025-03-04 06:45-08:00", ["Jenna Morales"], "local", ["eugene"], [
          "The Eugene City Council voted 6-2 on Monday night to remove one lane of car traffic on Willamette Street between 13th and 24th avenues and replace it with a two-way bike path separated from traffic by concrete curbs.",
          "The $3.1 million project, paid for mostly with a state safe-routes grant, is scheduled to begin in June and finish before the University of Oregon\u2019s fall term. Buses will keep their stops, but drivers will lose about 40 on-street parking spaces near the South Eugene High School campus.",
          "Supporters packed the council chamber for more than three hours of public comment. \u201cMy daughter rides this street to school every day, and right now she shares it with delivery trucks,\u201d said Carla Benitez, who lives off 19th Avenue.",
          "Several business owners asked the council to wait for a traffic study. Mike Haldane, who owns a hardware store near 24th Avenue, said customers already struggle to find parking. Councilor Greg Evans, one of the two no votes, said the city had not done enough to reach merchants.",
          "City staff will hold two open houses in April to show residents the final design. Construction will close one block at a time, so the street will never be fully shut, transportation planner Reed Dubois said."])
CC_WINE = story("cc", "/2025/03/06/smoke-tainted-grapes-willamette-valley-wineries-test-filters/",
                "Smoke-tainted grapes push Willamette Valley wineries to test new filters", "2025-03-06 10:20-08:00", ["Ray Okafor"], "business", ["wine"], [
                    "After two harvests in five years were ruined by wildfire smoke, a group of Willamette Valley wineries is testing filters that strip the ashtray taste out of wine made from smoke-exposed grapes.",
                    "The trial, run with researchers at Oregon State University, uses a membrane and a column of activated resin to remove the compounds that give smoke-tainted wine its burnt, medicinal flavor. Twelve wineries sent about 4,000 gallons of wine from the 2020 vintage that they had been unable to sell.",
                    "\u201cWe poured a lot of that vintage down the drain, and it broke our hearts,\u201d said Elena Marsh, who owns a 30-acre vineyard near Dundee. Early tastings of the filtered wine were promising, she said, though some fruit flavor is lost along with the smoke.",
                    "Treatment costs about $2 a gallon, which researchers say is affordable for wineries that sell bottles at $25 or more. Insurers have also started to ask growers whether they plan to use the technique before they pay out on smoke claims.",
                    "The university plans to publish its results this summer. Wine regions in California, Australia and Canada, which have also lost vintages to smoke, have asked to join the next round of tests."])
story("cc", "/2025/03/10/lane-county-libraries-end-overdue-fines/",
      "Lane County libraries end overdue fines, forgive $310,000 in old debt", "2025-03-10 07:30-07:00", ["Jenna Morales", "Dustin Kealoha"], "local", ["eugene"], [
          "Lane County\u2019s public libraries will stop charging fines for overdue books on April 1 and will wipe out about $310,000 in old fines owed by more than 11,000 cardholders, the county library board decided Friday.",
          "Library director Angela Whitfield said the fines brought in less than 2 percent of the system\u2019s budget but kept many families, especially in rural towns, from using the library at all. About one in five blocked accounts belonged to a child.",
          "Borrowers will still have to pay for books they lose or damage. Items that are more than six weeks late will be marked as lost, and the card will be blocked until they are returned.",
          "Libraries in Portland, Salem and Seattle that dropped fines in recent years said most books came back at about the same rate as before. \u201cPeople return books because they are decent, not because of a quarter a day,\u201d Whitfield said.",
          "The Springfield and Cottage Grove branches will hold a \u201cwelcome back\u201d week in April with extended hours and a drive to sign up new readers."])

# --- 2. The Fenland Standard (Wisbech, Cambridgeshire; GMT)
story("fs", "/news/25001877.wisbech-rail-link-wins-4m-detailed-design-work/",
      "Wisbech rail link wins \u00a34m for detailed design work", "2025-03-05 07:00+00:00", ["Oliver Pennington"], "news", ["wisbech"], [
          "Plans to reopen the railway between Wisbech and March have moved a step closer after the government agreed to pay \u00a34 million for detailed design work, the Cambridgeshire and Peterborough Combined Authority announced on Tuesday.",
          "Wisbech has been without a passenger service since 1968, making it one of the largest towns in England that is not on the rail network. The line to March still exists but has been out of use for more than twenty years and is overgrown in places.",
          "The money will pay for engineers to survey the track bed, design a new station near the town centre and work out how trains would join the main line at March. A final decision on building the line, which could cost more than \u00a3200 million, is not expected before 2027.",
          "Gemma Rusk, a Wisbech councillor who has campaigned for the link for fifteen years, said: \u201cWe have had studies before. This is the first time anyone has paid for the drawings you would need to actually build it.\u201d",
          "Network Rail said trains could run every hour and reach Cambridge in about fifty minutes."],
      dek="Engineers will survey the old line to March and design a station near the town centre")
FS_RICE = story("fs", "/news/25006342.cambridge-team-flood-tolerant-rice-doubles-harvests-india/",
                "Cambridge team\u2019s flood-tolerant rice doubles harvests in Indian trial", "2025-03-07 11:30+00:00", ["Harriet Cole"], "news", ["science"], [
                    "Rice bred by plant scientists at the University of Cambridge to survive two weeks under floodwater has doubled harvests for farmers in eastern India during a three-year field trial, the team said this week.",
                    "The trial took place on 240 small farms in Odisha, where monsoon floods regularly drown young rice plants. In seasons when fields were flooded, the new varieties yielded on average 3.8 tonnes a hectare, against 1.7 tonnes for the rice farmers normally grow.",
                    "The varieties carry a gene that lets the plant stop growing and save its energy while it is under water, then recover when the flood drains away. It was found in a traditional Indian rice decades ago and has been bred into modern high-yielding types.",
                    "Dr Anjali Menon, who led the work, said the team had relied on farmers to judge the grain. \u201cIf it does not cook well, nobody will grow it, however much it yields,\u201d she said.",
                    "Seed of two of the varieties will be sold through Odisha\u2019s state seed corporation from this summer. The team, which has funding from UK aid, now plans trials in Bangladesh."],
                dek="Farmers in Odisha harvested twice as much grain in flooded seasons")
story("fs", "/farming/25011208.wet-spring-leaves-fen-potato-growers-weeks-behind/",
      "Wet spring leaves Fen potato growers weeks behind with planting", "2025-03-12 06:00+00:00", ["Harriet Cole", "Tom Bexley"], "farming", [], [
          "Potato growers across the Fens are weeks behind with planting after one of the wettest winters on record left fields waterlogged, and some fear they will have to leave land bare this year.",
          "Rainfall at the Environment Agency\u2019s gauge near Chatteris was 60 per cent above average between October and February. Many fields on the black peat soils south of the town still had standing water at the start of March, when planting would normally begin.",
          "\u201cYou cannot put a planter on ground like this. You would bury it,\u201d said Richard Stow, who grows 400 acres of potatoes near Manea. He said he had already lost his early crop contracts with two supermarkets.",
          "Growers are also worried about seed potatoes, which have been sitting in cold stores since autumn and cost more than \u00a3400 a tonne. The National Farmers\u2019 Union said it had asked the government to let farmers use this year\u2019s environmental payments more flexibly.",
          "The Met Office forecasts drier weather from the middle of the month, which would give farmers a short window to catch up before the end of April."],
      dek="Growers near Chatteris and Manea fear leaving fields bare this year")

# --- 3. Hunter Valley Sentinel (Maitland, NSW; AEDT)
story("hv", "/story/8893410/kurri-kurri-solar-farm-wins-approval-for-first-stage/",
      "Kurri Kurri solar farm wins approval for first stage", "2025-03-11 07:00+11:00", ["Mia Tran"], "local-news", ["energy"], [
          "Cessnock City Council has approved the first stage of a 140-megawatt solar farm on former aluminium smelter land at Kurri Kurri, in a project its backers say will power about 45,000 homes.",
          "The first stage covers 90 hectares of buffer land that surrounded the smelter until it closed in 2012. The developer, Coalfields Renewables, plans to start building in July and employ about 150 people during construction.",
          "Councillors voted unanimously for the project on Wednesday night, after the company agreed to plant a screen of native trees along Hart Road and to pay $120,000 a year into a community fund for the first ten years.",
          "Some Heddon Greta residents had objected to the glare and the loss of views. \u201cWe were told this land would become a business park with jobs, not a sea of panels,\u201d said resident Lorraine Pike.",
          "The company says the second stage, which would include a large battery, will go before the state\u2019s planning panel later this year."])
story("hv", "/story/8895021/maitland-hospital-emergency-department-short-of-30-nurses/",
      "Maitland Hospital emergency department short of 30 nurses, union says", "2025-03-13 06:30+11:00", ["Jack Hollis"], "local-news", ["health"], [
          "The emergency department at Maitland Hospital is running about 30 nurses short and patients are waiting up to 14 hours for a bed, the NSW Nurses and Midwives\u2019 Association says.",
          "The hospital at Metford opened in January 2022 with more beds than the old Maitland Hospital, but the union says staffing has not kept up with the growth of suburbs such as Chisholm and Thornton.",
          "Association branch secretary Kerrie Walsh said nurses were being asked to work double shifts several times a week. \u201cPeople are leaving because they are exhausted, and that makes it worse for everyone who stays,\u201d she said.",
          "Hunter New England Local Health District said it had recruited 42 nurses since July and was running a campaign to attract staff from overseas. A spokeswoman said patients with the most urgent needs were always seen first.",
          "The union will hold a meeting of members outside the hospital on Friday at midday to decide on further action."])
story("hv", "/story/8896177/singleton-mine-to-close-two-years-early-600-jobs-at-risk/",
      "Singleton mine to close two years early, putting 600 jobs at risk", "2025-03-14 05:45+11:00", ["Mia Tran", "Jack Hollis"], "business", ["energy"], [
          "One of the Hunter\u2019s oldest open-cut coal mines will stop producing in 2027, two years earlier than planned, its owner told workers at a meeting near Singleton on Thursday.",
          "The Ravensworth Ridge mine employs about 600 people, most of them contractors. Its owner, Bluegum Coal, said falling prices for thermal coal and the cost of moving to a deeper part of the seam made it uneconomic to keep going until 2029.",
          "The company said it would try to place workers at its two other mines in the valley and pay for retraining. Union district president Robin Williams said members had been given no warning. \u201cThese are people with mortgages in Singleton and Muswellbrook who found out at a toolbox meeting,\u201d he said.",
          "Rehabilitation of the site, including filling the final void, will take at least a decade and employ around 80 people. The Upper Hunter mayor said the closure showed why the region needed new industries quickly.",
          "Bluegum Coal will start talks on redundancy terms with the union next week."])

# --- 4. Deccan Ledger (Hyderabad; IST)
story("dl", "/city/hyderabad/hyderabad-metro-six-coach-trains-miyapur-lb-nagar-june-1784522",
      "Hyderabad Metro to run six-coach trains on Miyapur\u2013LB Nagar line by June", "2025-03-08 10:12+05:30", ["Kavya Reddy"], "hyderabad", ["hyderabad-metro"], [
          "Hyderabad Metro Rail will start running six-coach trains on its busiest corridor, between Miyapur and LB Nagar, by June to ease overcrowding during peak hours, officials said on Friday.",
          "Trains on the Red Line now have three coaches, and during the morning rush many commuters at Ameerpet and Kukatpally wait for two or three trains before they can board. The line carries about 2.6 lakh passengers on a typical weekday.",
          "The operator has ordered 30 additional coaches from a manufacturer in Savli, Gujarat. The first set is due to arrive in April for trials. Platforms on the corridor were built long enough for six coaches, so no station work is needed.",
          "\u201cThe crowding at Ameerpet interchange is the biggest complaint we receive,\u201d said a senior official of the metro rail company, who did not want to be named. Fares will not change, he said.",
          "Commuter groups welcomed the move but asked the operator to also run trains more often after 9 pm, when services drop to one every ten minutes."],
      dek="Thirty new coaches ordered to ease peak-hour crowding at Ameerpet and Kukatpally")
story("dl", "/telangana/telangana-farmers-turn-to-millets-as-groundwater-falls-1785090",
      "Telangana farmers turn to millets as groundwater falls", "2025-03-11 08:40+05:30", ["Srinivas Rao"], "telangana", ["agriculture"], [
          "Farmers in the drought-prone districts of southern Telangana are planting millets instead of paddy this rabi season, as groundwater levels fall and the state offers a higher support price for the hardy grains.",
          "In Mahabubnagar and Nagarkurnool districts, the area under jowar and foxtail millet has more than doubled compared with last year, according to agriculture department figures. Borewells in many villages have dried up since January.",
          "\u201cPaddy needs water every day. Jowar I can leave for two weeks,\u201d said Narsimha, a farmer in Kalwakurthy mandal who has switched half of his four acres. He said he would sell part of his crop to a new millet processing unit in the district.",
          "The state government has promised to buy millets at the minimum support price through primary agricultural cooperative societies. Officials admit that procurement centres are still few, and that many farmers sell to traders at lower prices.",
          "Agricultural scientists say the shift could save large amounts of water if it lasts, but warn that farmers will return to paddy unless they earn as much from millets."],
      dek="Area under jowar and foxtail millet doubles in Mahabubnagar and Nagarkurnool")
story("dl", "/city/hyderabad/ghmc-24-hour-helpline-stray-dog-complaints-1785733",
      "GHMC opens 24-hour helpline for stray dog complaints", "2025-03-13 18:05+05:30", ["Kavya Reddy"], "hyderabad", [], [
          "The Greater Hyderabad Municipal Corporation has launched a 24-hour helpline for complaints about stray dogs, weeks after a string of attacks on children in the city\u2019s outskirts.",
          "Residents can call the helpline or file a complaint on the corporation\u2019s app, and a veterinary team is expected to respond within 48 hours. The corporation says about 3.8 lakh stray dogs live within its limits.",
          "The civic body has also said it will double the number of sterilisation operations at its five animal care centres, to 400 a day, and will vaccinate dogs against rabies in every ward by the end of the year.",
          "Animal welfare groups welcomed the helpline but warned against moving dogs from one area to another, which they said makes the animals more aggressive. Resident welfare associations in Jawaharnagar and Bachupally said they had waited months for action.",
          "Officials said complaints would be tracked online, and that residents would receive an SMS when their complaint is closed."],
      dek="Sterilisation operations at animal care centres to double to 400 a day")

# --- 5. Mosel-Kurier (Trier; CET)
story("mk", "/trier/porta-nigra-wird-ab-mai-eingeruestet_aid-118204417",
      "Porta Nigra wird ab Mai eingerüstet", "2025-03-04 17:20+01:00", ["Jana Becker"], "trier", ["porta-nigra"], [
          "Das bekannteste Wahrzeichen Triers bekommt ein Gerüst: Ab Mai wird die Porta Nigra an ihrer Stadtseite für rund 2,4 Millionen Euro saniert. Das hat die Generaldirektion Kulturelles Erbe am Dienstag mitgeteilt.",
          "Fachleute hatten bei einer Untersuchung im vergangenen Jahr Risse in mehreren Sandsteinblöcken entdeckt. Zudem setzen Abgase und Taubenkot dem fast 1900 Jahre alten Römertor zu. Die Arbeiten sollen bis zum Herbst 2026 dauern.",
          "Besichtigen können Touristen das Tor auch während der Bauzeit. Die Gerüstplanen sollen mit einem Foto der Fassade bedruckt werden, damit die Porta Nigra auf Urlaubsbildern nicht ganz verschwindet, sagte eine Sprecherin der Behörde.",
          "Die Gastronomen am Simeonstiftplatz sehen die Arbeiten mit gemischten Gefühlen. \u201eDie Leute kommen wegen des Tors, nicht wegen eines Gerüsts\u201c, sagt Wirt Thomas Kaspar, der direkt gegenüber ein Café betreibt. Er fürchtet, dass Reisegruppen im Sommer kürzer bleiben.",
          "Die Stadt will den Platz vor dem Tor während der Sanierung für Veranstaltungen freihalten. Der Weihnachtsmarkt am Hauptmarkt ist von den Arbeiten nicht betroffen."],
      kicker="Wahrzeichen")
story("mk", "/region/mosel-tritt-ueber-die-ufer-uferstrasse-in-bernkastel-kues-gesperrt_aid-118229951",
      "Mosel tritt über die Ufer: Uferstraße in Bernkastel-Kues gesperrt", "2025-03-06 08:15+01:00", [], "region", ["hochwasser"], [
          "Nach tagelangem Regen ist die Mosel an mehreren Stellen über die Ufer getreten. In Bernkastel-Kues ist die Uferstraße seit Donnerstagfrüh gesperrt, wie die Stadtverwaltung mitteilte. Der Pegel lag am Morgen bei 7,20 Metern.",
          "Das Hochwassermeldezentrum in Mainz rechnet damit, dass der Scheitel am Freitagmittag erreicht wird. Eine Gefahr für Wohnhäuser besteht nach Einschätzung der Behörden nicht. Einige Keller in tiefer gelegenen Straßen könnten aber volllaufen.",
          "Die Schifffahrt auf der Mosel ist zwischen Trier und Koblenz seit Mittwochabend eingestellt. Auch mehrere Fähren fahren nicht. Pendler müssen mit Umwegen über die Brücken rechnen. Die Wasserschutzpolizei kontrolliert die Sperrungen.",
          "In Traben-Trarbach bauten Helfer der Feuerwehr am Morgen mobile Schutzwände auf. Der Bürgermeister rief Anwohner dazu auf, ihre Autos aus Tiefgaragen in Ufernähe zu holen. Ab dem Wochenende soll es nach Angaben des Wetterdienstes trockener werden.",
          "Für die Mittelmosel gilt weiterhin eine Hochwasserwarnung. Aktuelle Pegelstände veröffentlicht das Land auf seiner Internetseite, sie werden alle fünfzehn Minuten aktualisiert."],
      byline="dpa", kicker="Hochwasser")
story("mk", "/region/neue-buslinie-verbindet-hunsrueck-mit-trierer-hauptbahnhof_aid-118301176",
      "Neue Buslinie verbindet den Hunsrück mit dem Trierer Hauptbahnhof", "2025-03-10 11:00+01:00", ["Markus Thiel", "Jana Becker"], "region", [], [
          "Wer im Hunsrück wohnt und in Trier arbeitet, soll künftig nicht mehr auf das Auto angewiesen sein: Vom 1. April an fährt eine neue Schnellbuslinie stündlich von Morbach über Thalfang zum Trierer Hauptbahnhof. Das hat der Verkehrsverbund Region Trier am Montag vorgestellt.",
          "Die Linie 300 braucht für die Strecke rund 70 Minuten und hält nur an zwölf Stationen. Morgens und nachmittags sollen zusätzliche Busse im Halbstundentakt fahren. Das Land übernimmt in den ersten drei Jahren den größten Teil der Kosten.",
          "In Thalfang wird an der Haltestelle ein Parkplatz mit 40 Stellplätzen und überdachten Fahrradbügeln gebaut. Bürgermeisterin Sandra Weiler sprach von einem \u201elange überfälligen Schritt\u201c für die Dörfer auf den Höhen.",
          "Kritik kommt vom Fahrgastverband Pro Bahn. Er hält die Fahrzeit für zu lang, um Autofahrer zum Umsteigen zu bewegen, und fordert eine Reaktivierung der Hunsrückbahn. Dafür gibt es bislang aber kein Geld.",
          "Fahrkarten gelten im gesamten Verbundgebiet. Wer ein Deutschlandticket besitzt, kann die neue Linie ohne Aufpreis nutzen."],
      kicker="Nahverkehr")

# --- 6. L'Écho du Léman (Thonon-les-Bains; CET)
story("el", "/chablais/thonon-la-navette-lacustre-vers-lausanne-passera-a-l-electrique-en-2027/",
      "Thonon : la navette lacustre vers Lausanne passera à l\u2019électrique en 2027", "2025-03-05 18:30+01:00", ["Claire Dufour"], "chablais", ["cgn"], [
          "Les bateaux qui relient Thonon-les-Bains à Lausanne fonctionneront à l\u2019électricité d\u2019ici 2027. La Compagnie générale de navigation a confirmé mardi la commande de deux navettes à batteries, pour un montant de 38 millions de francs suisses.",
          "Chaque jour, près de 2 000 frontaliers traversent le lac pour aller travailler en Suisse. Les navires actuels, mis en service dans les années 2000, consomment plus de 600 000 litres de gazole par an sur cette ligne.",
          "Les nouvelles unités pourront embarquer 700 passagers et se rechargeront à quai en douze minutes, le temps du débarquement. Des bornes de recharge seront installées au port de Rives, à Thonon, et à Ouchy.",
          "\u00ab C\u2019est un investissement lourd, mais le carburant nous coûte de plus en plus cher \u00bb, a expliqué un responsable de la compagnie. Le Département de la Haute-Savoie et le Canton de Vaud financeront près de la moitié de l\u2019opération.",
          "Les associations d\u2019usagers demandent aussi des traversées plus tardives le soir, que la compagnie promet d\u2019étudier à l\u2019arrivée des nouveaux bateaux."],
      dek="Deux navettes à batteries remplaceront les bateaux actuels sur la ligne des frontaliers.")
story("el", "/chablais/chablais-la-station-de-bernex-ne-rouvrira-pas-l-hiver-prochain/",
      "Chablais : la petite station de Bernex ne rouvrira pas l\u2019hiver prochain", "2025-03-07 07:15+01:00", ["Julien Favre"], "chablais", ["ski"], [
          "Faute de neige et d\u2019argent, la station de Bernex, sur les hauteurs d\u2019Évian, ne rouvrira pas ses remontées mécaniques l\u2019hiver prochain. Le conseil municipal l\u2019a décidé jeudi soir, à l\u2019issue d\u2019une séance tendue.",
          "La station n\u2019a pu ouvrir que 31 jours cette saison, contre plus de 90 il y a quinze ans. Le déficit des remontées atteint 450 000 euros par an, une somme que la commune de 1 400 habitants ne peut plus assumer seule.",
          "Le maire a promis de conserver le foyer de ski de fond et de développer la randonnée et le VTT. \u00ab Nous ne fermons pas la montagne, nous arrêtons de faire semblant \u00bb, a-t-il déclaré devant une salle comble.",
          "Plusieurs moniteurs et loueurs de matériel redoutent la fin de leur activité. Une pétition pour sauver les téléskis a réuni plus de 3 000 signatures en une semaine.",
          "Bernex rejoint une liste déjà longue de petites stations de moyenne montagne contraintes de fermer en Haute-Savoie et en Isère ces dernières années."],
      dek="La commune ne peut plus combler le déficit des remontées mécaniques.")
story("el", "/culture/evian-les-rencontres-musicales-devoilent-leur-programme/",
      "Évian : les Rencontres musicales dévoilent leur programme", "2025-03-11 12:00+01:00", ["Claire Dufour", "Léa Girod"], "culture", [], [
          "Les Rencontres musicales d\u2019Évian reviendront du 28 juin au 6 juillet avec une affiche qui mêle grands noms de la musique de chambre et jeunes ensembles. Le programme a été présenté lundi à la Grange au Lac, la salle en bois construite au bord du lac en 1993.",
          "Quatorze concerts sont annoncés, dont une intégrale des quatuors de Beethoven répartie sur trois soirées. Le festival accueillera aussi pour la première fois un concours ouvert aux quatuors de moins de trente ans.",
          "Les organisateurs veulent attirer un public plus local. Un tiers des places sera proposé à moins de quinze euros, et deux concerts gratuits auront lieu sur les quais.",
          "\u00ab Nous voulons que les habitants du Chablais se sentent chez eux à la Grange \u00bb, a souligné la directrice artistique. La billetterie ouvrira le 1er avril en ligne et à l\u2019office de tourisme.",
          "L\u2019an dernier, le festival avait accueilli près de 9 000 spectateurs, dont une majorité venue de Suisse."],
      dek="Quatorze concerts et un nouveau concours pour les jeunes quatuors.")

# --- 7. Diario del Guadalquivir (Córdoba; CET)
story("dg", "/cordoba/ayuntamiento-aprueba-peatonalizacion-calle-cruz-conde-20250303214012-nt.html",
      "Córdoba aprueba la peatonalización total de la calle Cruz Conde", "2025-03-03 21:40+01:00", ["Rocío Márquez"], "cordoba", ["movilidad"], [
          "El Pleno del Ayuntamiento de Córdoba aprobó este lunes la peatonalización completa de la calle Cruz Conde, una de las principales arterias comerciales del centro, que dejará de tener tráfico rodado a partir del próximo otoño.",
          "La obra, con un presupuesto de 2,7 millones de euros, sustituirá el asfalto por un pavimento de granito a un solo nivel y plantará 46 naranjos. Los vehículos de carga y descarga solo podrán acceder de siete a once de la mañana.",
          "Los comerciantes de la zona están divididos. La asociación del centro apoya el proyecto, pero varios propietarios temen perder clientes durante los ocho meses de obras. \u00abNos dicen que luego venderemos más, pero antes hay que sobrevivir\u00bb, señaló la dueña de una zapatería.",
          "La oposición votó en contra al considerar que el proyecto no resuelve el aparcamiento de los residentes. El equipo de gobierno se comprometió a habilitar 200 plazas en el aparcamiento de la avenida del Gran Capitán.",
          "Las obras comenzarán después de la Feria de Mayo para no coincidir con la temporada de más visitantes."],
      dek="La obra, de 2,7 millones, dejará sin coches una de las principales calles comerciales del centro")
story("dg", "/cordoba/mezquita-catedral-bate-record-visitantes-febrero-20250306231507-nt.html",
      "La Mezquita-Catedral bate su récord de visitantes en febrero", "2025-03-06 23:15+01:00", ["Antonio Priego"], "cordoba", [], [
          "La Mezquita-Catedral de Córdoba recibió en febrero 168.000 visitantes, la cifra más alta registrada nunca en ese mes, según los datos que facilitó este jueves el Cabildo.",
          "El aumento se debe sobre todo al turismo internacional, que creció un 14 por ciento respecto al mismo mes del año anterior. Los visitantes de Estados Unidos, Francia e Italia fueron los más numerosos.",
          "El Cabildo atribuye parte del crecimiento a las visitas nocturnas, que desde enero se ofrecen también entre semana. La hostelería del casco histórico confirma que el invierno ha dejado de ser temporada baja.",
          "No todo son buenas noticias. Los vecinos de la Judería se quejan de las aglomeraciones en las calles estrechas que rodean el monumento y piden limitar el número de grupos guiados. \u00abHay mañanas en las que no se puede salir de casa\u00bb, lamentó un vecino de la calle Deanes.",
          "El Ayuntamiento estudia un sistema de reserva previa para los grupos de más de veinte personas."],
      dek="El turismo internacional creció un 14 por ciento y las visitas nocturnas ya se ofrecen entre semana")
story("dg", "/provincia/olivareros-subbetica-celebran-lluvia-temen-caida-precios-20250312090533-nt.html",
      "Los olivareros de la Subbética celebran la lluvia pero temen la caída de precios", "2025-03-12 09:05+01:00", ["Rocío Márquez", "Antonio Priego"], "provincia", ["aceite"], [
          "Las lluvias de las últimas semanas han devuelto el optimismo a los olivareros de la Subbética cordobesa, que llevaban dos campañas marcadas por la sequía. Los embalses de la comarca superan ya el 60 por ciento de su capacidad.",
          "Sin embargo, el precio del aceite de oliva virgen extra en origen ha caído por debajo de los cuatro euros el kilo, casi la mitad que hace un año. Las cooperativas temen que una buena cosecha hunda aún más los precios.",
          "\u00abCon estos precios apenas cubrimos los gastos de recogida\u00bb, explicó el presidente de una cooperativa de Priego de Córdoba que agrupa a más de 1.200 socios. Los costes de fertilizantes y mano de obra siguen siendo altos.",
          "Las organizaciones agrarias piden a la Junta de Andalucía ayudas para el almacenamiento privado y una campaña de promoción en el extranjero. La denominación de origen Priego de Córdoba exporta más de la mitad de su producción.",
          "Los técnicos calculan que la próxima cosecha podría superar en un 40 por ciento a la anterior si la primavera acompaña."],
      dek="El aceite de oliva virgen extra en origen cae por debajo de los cuatro euros el kilo")

# --- 8. Gazzetta del Salento (Lecce; CET)
story("gs", "/cronaca/lecce-piazza-mazzini-chiusa-al-traffico-nei-fine-settimana-n81422.html",
      "Lecce, piazza Mazzini chiusa al traffico nei fine settimana", "2025-03-04 12:10+01:00", ["Francesca Greco"], "cronaca", ["trasporti"], [
          "Da sabato 15 marzo piazza Mazzini, a Lecce, diventerà un\u2019isola pedonale nei fine settimana. Lo ha deciso la giunta comunale, che ha approvato una sperimentazione di sei mesi su proposta dell\u2019assessorato alla mobilità.",
          "Il divieto di transito sarà in vigore dal sabato alle 16 fino alla domenica a mezzanotte. Le linee urbane che oggi attraversano la piazza saranno deviate su viale Cavallotti, con due fermate aggiuntive.",
          "I commercianti della zona hanno accolto la notizia con favore, ma chiedono più parcheggi nelle vicinanze. \u00abSe la gente non sa dove lasciare l\u2019auto, resta a casa\u00bb, ha detto il presidente dell\u2019associazione dei negozianti del centro.",
          "Il Comune ha annunciato navette gratuite dal parcheggio del Foro Boario ogni quindici minuti nelle ore di chiusura. La polizia locale presidierà gli accessi nelle prime settimane.",
          "Alla fine dei sei mesi la giunta valuterà i dati sul traffico e sulle vendite dei negozi prima di decidere se rendere la chiusura definitiva."])
story("gs", "/economia/xylella-gallipoli-ulivi-resistenti-tornano-a-dare-olive-n81530.html",
      "Xylella, a Gallipoli i primi ulivi resistenti tornano a dare olive", "2025-03-07 09:30+01:00", ["Marco De Santis"], "economia", ["xylella"], [
          "Nelle campagne di Gallipoli, dove dieci anni fa la Xylella aveva trasformato interi uliveti in distese di tronchi secchi, gli ulivi resistenti piantati dopo l\u2019epidemia hanno dato il loro primo raccolto significativo.",
          "Si tratta soprattutto di piante di Leccino e di Favolosa, due varietà che tollerano il batterio. Secondo il consorzio di tutela, la produzione di quest\u2019anno ha superato le 300 tonnellate di olive sui soli terreni reimpiantati del comune.",
          "\u00abPer anni abbiamo solo tagliato e bruciato. Vedere di nuovo le reti stese sotto gli alberi è stata un\u2019emozione\u00bb, racconta Antonio Scorrano, che ha reimpiantato otto ettari nel 2019 con i contributi regionali.",
          "Gli agronomi invitano alla prudenza: le nuove piante vanno potate e curate con attenzione, e la ricostruzione del paesaggio richiederà decenni. Molti proprietari anziani non hanno ancora deciso cosa fare dei loro terreni.",
          "La Regione Puglia ha aperto un nuovo bando per il reimpianto, con domande fino al 30 aprile."])
story("gs", "/cronaca/ferrovie-sud-est-elettrificazione-lecce-otranto-slitta-al-2027-n81688.html",
      "Ferrovie del Sud Est, l\u2019elettrificazione della Lecce-Otranto slitta al 2027", "2025-03-10 17:45+01:00", ["Francesca Greco", "Marco De Santis"], "cronaca", ["trasporti"], [
          "I treni elettrici sulla linea Lecce-Otranto delle Ferrovie del Sud Est non arriveranno prima del 2027, un anno più tardi del previsto. Lo hanno comunicato i vertici della società durante un\u2019audizione in consiglio regionale.",
          "Il ritardo è dovuto a una variante del progetto nei pressi di Maglie, dove i lavori hanno riportato alla luce resti di una necropoli messapica, e alla difficoltà di reperire i pali per la linea aerea.",
          "Sulla tratta viaggiano ogni giorno circa 3.000 pendolari, in gran parte studenti diretti a Lecce. Da mesi molte corse sono sostituite da autobus, e i tempi di percorrenza si sono allungati fino a venti minuti.",
          "\u00abChiediamo almeno un calendario certo\u00bb, ha detto una rappresentante del comitato dei pendolari del Capo di Leuca. I consiglieri di opposizione hanno chiesto alla Regione di intervenire sulla società.",
          "Per l\u2019estate l\u2019azienda promette treni diesel più frequenti verso Otranto e Gallipoli, dove il traffico turistico raddoppia."])

# --- 9. Kempen Koerier (Eindhoven; CET)
story("kk", "/eindhoven/eindhoven-krijgt-tweede-fietstunnel-onder-het-spoor~a7c31e09/",
      "Eindhoven krijgt tweede fietstunnel onder het spoor", "2025-03-06 07:45+01:00", ["Sanne van Dijk"], "eindhoven", ["verkeer"], [
          "Eindhoven krijgt een tweede fietstunnel onder het spoor bij het centraal station. De gemeenteraad stemde dinsdagavond in met het plan, dat 28 miljoen euro kost en in 2028 klaar moet zijn.",
          "De huidige tunnel aan de Dommelstraat is in de spits overvol. Dagelijks fietsen er ruim 35.000 mensen doorheen, bijna twee keer zoveel als waarvoor hij is ontworpen. Vooral studenten van de TU/e klagen over de drukte.",
          "De nieuwe tunnel komt aan de westkant van het station en sluit aan op een ondergrondse stalling voor 4.000 fietsen. Het Rijk en de provincie Noord-Brabant betalen samen ongeveer de helft van de kosten.",
          "Niet iedereen is blij. Ondernemers aan het Stationsplein vrezen jarenlange overlast van de bouw. \u2018We hebben net de verbouwing van het plein achter de rug en nu begint het weer opnieuw\u2019, zegt een horecaondernemer.",
          "De gemeente belooft dat het station tijdens de werkzaamheden altijd bereikbaar blijft, ook voor voetgangers en reizigers met een rolstoel."])
story("kk", "/regio/brainport-zoekt-ruimte-voor-70-000-woningen-gemeenten-botsen~b2e84f51/",
      "Brainport zoekt ruimte voor 70.000 woningen, gemeenten botsen over locaties", "2025-03-08 10:00+01:00", ["Bram Hendriks"], "regio", ["woningbouw"], [
          "De gemeenten in de regio Eindhoven zijn het oneens over waar de 70.000 woningen moeten komen die de Brainport-regio tot 2040 nodig heeft. Dat bleek vrijdag tijdens een regionaal overleg in Veldhoven.",
          "Eindhoven wil vooral hoog bouwen in de stad, terwijl kleinere gemeenten als Best en Son en Breugel vrezen dat ze weilanden moeten opofferen voor nieuwe wijken. Het kabinet heeft extra geld beloofd, maar alleen als er snel gebouwd wordt.",
          "De regio trekt steeds meer technici aan, onder meer door de groei van de chipindustrie. Huurprijzen zijn de afgelopen vijf jaar met bijna een derde gestegen. Jonge mensen die in de regio zijn opgegroeid, vinden nauwelijks nog een betaalbare woning.",
          "\u2018Iedereen wil woningen, maar niemand wil ze in zijn eigen achtertuin\u2019, zei een wethouder van een randgemeente na afloop. De provincie wil voor de zomer een verdeling vastleggen.",
          "Als dat niet lukt, dreigt het Rijk zelf locaties aan te wijzen."])
story("kk", "/regio/veldhovense-bakker-van-lieshout-stopt-na-112-jaar~c90d1a77/",
      "Veldhovense bakker Van Lieshout stopt na 112 jaar", "2025-03-13 16:20+01:00", ["Sanne van Dijk"], "regio", [], [
          "Na 112 jaar en vier generaties sluit Bakkerij Van Lieshout in het centrum van Veldhoven op 29 maart voorgoed de deuren. Eigenaar Henk van Lieshout (64) vindt geen opvolger en wil met pensioen.",
          "Zijn overgrootvader begon de zaak in 1913 in een schuur aan de Dorpstraat. Sindsdien bakte de familie er elke nacht brood, en rond carnaval de beroemde worstenbroodjes waarvoor klanten tot uit Eindhoven kwamen.",
          "\u2018Mijn kinderen hebben allebei een andere baan, en dat gun ik ze ook. Om drie uur \u2019s nachts opstaan is geen leven voor iedereen\u2019, zegt Van Lieshout. Hij heeft het pand verkocht aan een projectontwikkelaar die er appartementen wil bouwen.",
          "Vaste klanten reageren verdrietig. In de winkel ligt een boek waarin ze hun herinneringen kunnen opschrijven; het is al bijna vol. Sommigen schrijven over de zaterdagochtenden waarop ze als kind met hun vader brood kwamen halen.",
          "Het recept voor de worstenbroodjes geeft Van Lieshout niet zomaar weg. \u2018Dat gaat mee in mijn hoofd\u2019, zegt hij lachend."])

# --- 10. Kurier Nadwiślański (Toruń; CET)
story("kn", "/torun/most-pilsudskiego-w-toruniu-zamkniety-na-trzy-miesiace/ar/c1-18820451",
      "Most im. Piłsudskiego w Toruniu zamknięty na trzy miesiące", "2025-03-05 14:05+01:00", ["Tomasz Wiśniewski"], "torun", ["komunikacja"], [
          "Od poniedziałku 17 marca most drogowy im. Józefa Piłsudskiego w Toruniu będzie zamknięty dla samochodów przez trzy miesiące. Drogowcy wymienią nawierzchnię jezdni i dylatacje, które nie były remontowane od ponad dwudziestu lat.",
          "Kierowcy jadący z lewobrzeżnej części miasta do centrum będą musieli korzystać z mostu im. gen. Elżbiety Zawackiej. Miejski Zarząd Dróg spodziewa się tam dużych korków, zwłaszcza w godzinach porannego szczytu.",
          "Piesi i rowerzyści będą mogli przechodzić przez most po wydzielonym chodniku. Autobusy kilku linii pojadą objazdem, a ich rozkład jazdy zostanie zmieniony od pierwszego dnia prac.",
          "Zarząd dróg przypomina, że w czasie remontu zamknięty będzie także zjazd z mostu na bulwar. Objazdy zostaną oznakowane już w weekend poprzedzający rozpoczęcie prac, a na skrzyżowaniach w pobliżu mostu pojawią się dodatkowe patrole straży miejskiej.",
          "\u201eWiemy, że to duże utrudnienie, ale dalsze odkładanie remontu byłoby niebezpieczne\u201d \u2013 powiedział rzecznik Miejskiego Zarządu Dróg. Remont kosztuje 14 mln zł i jest w połowie finansowany z budżetu państwa.",
          "Miasto zachęca mieszkańców Podgórza, by na czas prac przesiedli się na rower lub autobus."])
story("kn", "/torun/planetarium-w-toruniu-po-remoncie-nowa-kopula-i-projektory-8k/ar/c1-18827730",
      "Planetarium w Toruniu po remoncie. Nowa kopuła i projektory 8K", "2025-03-08 10:30+01:00", ["Agnieszka Kowalczyk"], "torun", [], [
          "Po ośmiu miesiącach przerwy toruńskie planetarium znów przyjmuje widzów. W sobotę zaprezentowano odnowioną salę z nową kopułą i systemem projekcyjnym w rozdzielczości 8K, jednym z najnowocześniejszych w Polsce.",
          "Remont kosztował 11 mln zł. Oprócz projektorów wymieniono fotele, nagłośnienie i klimatyzację. Sala mieści teraz 120 osób, a seanse będą się odbywać co godzinę od wtorku do niedzieli.",
          "Na otwarcie przygotowano nowy film o Mikołaju Koperniku, który urodził się w Toruniu. \u201eChcieliśmy pokazać niebo takim, jakim widział je Kopernik, bez świateł miasta\u201d \u2013 mówi dyrektorka placówki.",
          "Planetarium co roku odwiedza ponad 150 tysięcy osób, w większości uczniów z całego regionu. Szkoły mogą już rezerwować pokazy na kwiecień i maj, a rezerwacje przyjmowane są przez internet i telefonicznie.",
          "Placówka przygotowała też nowe zajęcia dla najmłodszych. Dzieci w wieku przedszkolnym będą mogły obejrzeć krótkie pokazy o Księżycu i planetach, a po seansie porozmawiać z edukatorami, którzy odpowiedzą na ich pytania o gwiazdy i kosmos.",
          "Bilety normalne kosztują 30 zł, a ulgowe 24 zł. W pierwszy weekend po otwarciu wszystkie seanse zostały wyprzedane."])
story("kn", "/region/wisla-w-toruniu-rekordowo-niska-statki-wycieczkowe-nie-wyplyna/ar/c1-18834412",
      "Wisła w Toruniu rekordowo niska. Statki wycieczkowe nie wypłyną", "2025-03-12 19:50+01:00", ["Tomasz Wiśniewski", "Agnieszka Kowalczyk"], "region", ["wisla"], [
          "Poziom Wisły w Toruniu spadł we wtorek do 62 centymetrów, najniżej o tej porze roku od początku pomiarów. Armatorzy statków wycieczkowych zapowiadają, że sezon może się opóźnić nawet o kilka tygodni.",
          "Hydrolodzy tłumaczą, że zima była bardzo sucha, a w górach spadło mało śniegu. Na wysokości bulwaru Filadelfijskiego odsłoniły się piaszczyste łachy, na które w weekend wchodzili spacerowicze.",
          "\u201eNasz statek ma zanurzenie prawie metra. Przy takim stanie wody po prostu utknęlibyśmy na mieliźnie\u201d \u2013 mówi właściciel firmy organizującej rejsy po Wiśle. Dodaje, że odwołał już pierwsze rezerwacje grup szkolnych.",
          "Niski stan rzeki niepokoi też rolników z okolic Torunia, którzy korzystają z wody do nawadniania. Wojewódzki sztab kryzysowy zapowiedział spotkanie w sprawie suszy hydrologicznej.",
          "Problem dotyczy nie tylko Torunia. Niski stan wody notowany jest na całym dolnym odcinku Wisły, od Włocławka aż po Grudziądz, a w kilku miejscach wstrzymano już kursy promów łączących oba brzegi rzeki.",
          "Miejskie wodociągi zapewniają jednak, że zapasy wody pitnej są wystarczające, ponieważ miasto czerpie ją głównie z ujęć głębinowych, a nie bezpośrednio z rzeki.",
          "Synoptycy nie przewidują większych opadów przed końcem marca."])

# --- 11. Correio do Vale (São José dos Campos; BRT)
story("cv", "/sao-jose-dos-campos/noticia/2025/03/07/sao-jose-inaugura-primeiro-trecho-do-arco-da-inovacao.html",
      "São José dos Campos inaugura primeiro trecho do Arco da Inovação", "2025-03-07 09:30-03:00", ["Larissa Mendes"], "cidades", [], [
          "A Prefeitura de São José dos Campos inaugurou nesta sexta-feira o primeiro trecho do Arco da Inovação, avenida de 6,2 quilômetros que liga a região do Parque Tecnológico à Via Dutra sem passar pelo centro.",
          "A obra custou R$ 210 milhões e inclui ciclovia, duas pontes sobre o rio Paraíba do Sul e corredor exclusivo de ônibus. Segundo a prefeitura, o tempo de viagem entre a zona leste e o parque deve cair pela metade nos horários de pico.",
          "Moradores do Jardim Santa Inês, bairro cortado pela nova avenida, reclamam do barulho e pedem a instalação de barreiras acústicas. \u201cA gente dormia com a janela aberta. Agora passa caminhão a noite inteira\u201d, disse a aposentada Maria Aparecida Souza.",
          "O segundo trecho, até a rodovia dos Tamoios, está em fase de licitação e deve ficar pronto em 2027. A prefeitura promete plantar 4.000 árvores ao longo do percurso.",
          "A avenida foi liberada ao trânsito às 14h, depois da cerimônia de inauguração."],
      dek="Avenida de 6,2 km liga o Parque Tecnológico à Via Dutra sem passar pelo centro")
story("cv", "/vale-do-paraiba/noticia/2025/03/10/taubate-chuva-de-80-milimetros-alaga-centro-e-derruba-arvores.html",
      "Taubaté: chuva de 80 milímetros alaga o centro e derruba árvores", "2025-03-10 20:10-03:00", ["Rafael Nogueira"], "cidades", ["chuva"], [
          "Uma chuva forte de pouco mais de uma hora alagou ruas do centro de Taubaté no fim da tarde desta segunda-feira e derrubou ao menos 15 árvores, segundo a Defesa Civil. Em algumas estações, o acumulado passou de 80 milímetros.",
          "A avenida Independência ficou intransitável e carros foram arrastados pela água perto do mercado municipal. Não houve registro de feridos. Comerciantes passaram a noite retirando a lama das lojas.",
          "A queda de árvores interrompeu o fornecimento de energia em bairros como Vila São José e Jardim das Nações. A concessionária informou que 12 mil imóveis ficaram sem luz e que o serviço seria normalizado até a manhã de terça.",
          "A prefeitura disse que vai limpar os bueiros da região central e que obras de drenagem previstas para este ano serão antecipadas. Moradores reclamam que os alagamentos se repetem todo verão.",
          "A Defesa Civil mantém alerta para novas pancadas de chuva até quarta-feira em todo o Vale do Paraíba."],
      dek="Defesa Civil registrou ao menos 15 quedas de árvores; 12 mil imóveis ficaram sem luz")
story("cv", "/economia/noticia/2025/03/12/fabricante-de-avioes-abre-400-vagas-de-estagio-no-vale.html",
      "Fabricante de aviões abre 400 vagas de estágio para estudantes do Vale", "2025-03-12 11:00-03:00", ["Larissa Mendes", "Rafael Nogueira"], "economia", ["empregos"], [
          "A maior fabricante de aviões da região abriu inscrições para 400 vagas de estágio em suas unidades de São José dos Campos, Taubaté e Gavião Peixoto. É o maior programa de estágio da empresa desde 2019.",
          "Podem se inscrever estudantes de engenharia, administração, tecnologia da informação e outras áreas com formatura prevista entre 2026 e 2027. A bolsa chega a R$ 2.800 por mês, além de vale-transporte e assistência médica.",
          "A empresa diz que quer reforçar as equipes de engenharia por causa do aumento de encomendas de jatos comerciais e do projeto de um avião elétrico de decolagem vertical. No ano passado, foram contratados cerca de 2.000 funcionários no país.",
          "As inscrições vão até 4 de abril pelo site da empresa. O processo seletivo inclui testes on-line, dinâmica em grupo e entrevistas. Segundo a companhia, metade das vagas será destinada a mulheres e a pessoas negras.",
          "O programa começa em julho e dura até dois anos."],
      dek="Bolsa chega a R$ 2.800; inscrições vão até 4 de abril")

# --- 12. Ege Postası (İzmir; TRT)
story("ep", "/izmir/izmir-metrosu-narlidere-hattinda-sefer-sikligi-artiyor-482210h.htm",
      "İzmir Metrosu'nda Narlıdere hattının sefer sıklığı artıyor", "2025-03-04 09:45+03:00", ["Elif Yıldız"], "izmir", ["metro"], [
          "İzmir Metrosu, Narlıdere hattında sabah ve akşam saatlerinde sefer aralığını 6 dakikadan 4 dakikaya indiriyor. Yeni tarife 17 Mart Pazartesi günü yürürlüğe girecek ve hafta içi her gün uygulanacak.",
          "Hattın açıldığı günden bu yana yolcu sayısı beklentilerin üzerinde arttı. Özellikle üniversite öğrencilerinin kullandığı istasyonlarda sabah saatlerinde uzun kuyruklar oluşuyor, yolcular peronlarda dakikalarca bekliyordu.",
          "Metro yetkilileri, sefer sayısının artırılması için depodaki yedek araçların bakımının tamamlandığını belirtti. Hafta sonu tarifesinde ise herhangi bir değişiklik yapılmayacak.",
          "Metro yönetimi, yoğun saatlerde peronlarda görevli personel sayısının da artırılacağını bildirdi. Yolcuların kapılara yığılmadan treni beklemesi için peronlara yönlendirme işaretleri konulacak ve anonslar sıklaştırılacak.",
          "Ulaşım uzmanları, hattın kapasitesinin artırılmasının kent içi trafiğe de olumlu yansıyacağını düşünüyor. Uzmanlara göre daha sık sefer, özel araçla üniversiteye giden öğrencilerin bir kısmını metroya yönlendirebilir.",
          "Yolcular karardan memnun. Her gün Fahrettin Altay'dan Narlıdere'ye giden üniversite öğrencisi Deniz Kaya, \u201cSabahları iki treni beklemeden binemiyorduk, umarım bu sorun artık çözülür\u201d dedi.",
          "Belediye, yaz aylarında yolcu sayısına göre tarifenin yeniden gözden geçirileceğini açıkladı. Yeni sefer saatleri, istasyonlardaki ekranlardan ve belediyenin mobil uygulamasından takip edilebilecek."],
      dek="Sabah ve akşam saatlerinde sefer aralığı 6 dakikadan 4 dakikaya iniyor")
story("ep", "/izmir/karsiyakada-sahil-bandi-yenileniyor-482675h.htm",
      "Karşıyaka'da sahil bandı yenileniyor", "2025-03-07 14:20+03:00", ["Murat Aydın"], "izmir", [], [
          "Karşıyaka Belediyesi, Bostanlı ile Alaybey arasındaki 3,5 kilometrelik sahil bandını yeniliyor. Projede yürüyüş yolu genişletilecek, bisiklet yolu yaya yolundan ayrılacak ve yeni oturma alanları yapılacak.",
          "Çalışmaların nisan ayında başlaması ve yaz sezonundan önce ilk etabın tamamlanması planlanıyor. Proje için yaklaşık 180 milyon lira harcanacak. Sahildeki çay bahçeleri çalışmalar sırasında açık kalacak.",
          "Bölgede yaşayanlar, özellikle akşam saatlerinde bisikletliler ile yayaların aynı yolu kullanmasından şikâyet ediyordu. Emekli öğretmen Ayşe Demir, \u201cTorunumla yürürken sürekli arkamıza bakmak zorunda kalıyorduk\u201d dedi.",
          "Belediye, sahile 300 yeni ağaç dikileceğini ve aydınlatmanın tamamen yenileneceğini açıkladı. Körfez'e bakan bölümlere ise gün batımını izlemek için ahşap seyir terasları yapılacak.",
          "Projenin tasarımında mahalle sakinlerinden gelen öneriler de dikkate alındı. Belediye, geçen yıl düzenlenen anketlere binden fazla kişinin katıldığını ve en çok talep edilen konunun gölgelik alanlar olduğunu açıkladı. Bu nedenle sahile pergoleler ve çeşmeler de yapılacak.",
          "Esnaf ise çalışmaların turizm sezonunu etkilemesinden endişeli. Sahildeki bir kafe işletmecisi, belediyenin çalışmaları bölüm bölüm yapmasını ve iş yerlerinin önünün uzun süre kapalı kalmamasını istediklerini söyledi.",
          "Projenin ikinci etabı Mavişehir'e kadar uzanacak ve gelecek yıl ihaleye çıkacak. Belediye, proje hakkında vatandaşların görüşlerini almak için mahallelerde toplantılar düzenleyecek."],
      dek="Bostanlı ile Alaybey arasında bisiklet yolu yaya yolundan ayrılacak")
story("ep", "/ekonomi/egede-zeytinyagi-fiyatlari-dustu-uretici-zor-durumda-483301h.htm",
      "Ege'de zeytinyağı fiyatları düştü, üretici zor durumda", "2025-03-11 18:30+03:00", ["Elif Yıldız", "Murat Aydın"], "ekonomi", ["zeytinyagi"], [
          "Ege Bölgesi'nde zeytinyağının litre fiyatı son üç ayda yüzde 40'a yakın düştü. Rekor hasadın ardından depoların dolması ve ihracatta yaşanan durgunluk, üreticiyi zor durumda bıraktı.",
          "Geçen yıl litresi 350 liraya kadar çıkan sızma zeytinyağı, Ayvalık ve Edremit'teki fabrikalarda şimdi 210 ile 230 lira arasında alıcı buluyor. Buna karşın gübre, mazot ve işçilik masrafları artmaya devam ediyor.",
          "Milas'ta 40 dönüm zeytinliği olan üretici Hasan Çelik, \u201cBu fiyatla hasat masrafını bile zor çıkarıyoruz. Ağaçları bakımsız bırakmak zorunda kalacağız\u201d diye konuştu.",
          "Sektör temsilcileri, dökme zeytinyağı ihracatına getirilen kısıtlamaların kaldırılmasını ve devletin piyasadan alım yapmasını istiyor. Ticaret Bakanlığı'ndan konuya ilişkin bir açıklama yapılmadı.",
          "Üreticiler, maliyetlerin her yıl arttığını ancak ürünün değerinin aynı hızla yükselmediğini belirtiyor. Kooperatif yöneticileri, küçük üreticilerin kredi borçlarını ödemekte zorlandığını ve bazı ailelerin zeytinliklerini satmayı düşündüğünü söylüyor.",
          "Bölgedeki ticaret odaları, yurt içi tüketimi artırmak için okullarda ve hastanelerde yerli zeytinyağı kullanılmasını önerdi. Tüketiciler ise market raflarındaki fiyat düşüşünü henüz hissetmediklerini söylüyor.",
          "Uzmanlar, fiyatların yeni sezonun rekoltesine bağlı olarak yaz aylarında toparlanabileceğini söylüyor. Üreticiler ise o zamana kadar ayakta kalmanın zor olacağını vurguluyor."],
      dek="Sızma zeytinyağının litresi 350 liradan 210 liraya kadar geriledi")

# --- syndicated copies (each with a visible credit to the original)
HV_COPY = copy("hv", CC_WINE, "/story/8891866/oregon-wineries-test-filters-to-rescue-smoke-tainted-wine/",
               "Oregon wineries test filters to rescue smoke-tainted wine", "2025-03-09 08:00+11:00", "Ray Okafor",
               'This story was first published by <a href="%s">The Cascade Courier</a> in Eugene, Oregon, and is republished with permission.' % CC_WINE.url)
HV_COPY.sec = "business"
DL_COPY = copy("dl", FS_RICE, "/world/cambridge-scientists-flood-tolerant-rice-doubles-yields-odisha-farmers-1784960",
               "Cambridge scientists\u2019 flood-tolerant rice doubles yields for Odisha farmers", "2025-03-09 14:30+05:30", "Harriet Cole, The Fenland Standard",
               'This article first appeared in <a href="%s">The Fenland Standard</a> (UK) and is republished by arrangement.' % FS_RICE.url)
DL_COPY.sec = "world"

for k, ss in STORIES.items():
    for s in ss:
        n = sum(len(p.split()) for p in s.ps)
        assert n >= 150, (s.url, n)


# ====================================================================== shared builder
def joined(names, word, fn=None):
    xs = [fn(n) if fn else E(n) for n in names]
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " %s " % word + xs[-1]


def build(key, cfg, shell, head, story_main, teasers, heading, copy_main=None):
    """Writes site key: its stories, its copies, and the non-article pages
    (home, sections, tags, authors, archive and cfg["pages"])."""
    S = SITES[key]
    stories = sorted(STORIES[key], key=lambda s: s.t)
    items = sorted(stories + COPIES[key], key=lambda s: s.t, reverse=True)
    for st in stories:
        S.art(st.path, shell("story", st.title, story_main(st), head("story", st.url, st.title, st), st), st.title, st.date, st.authors,
              must=[st.ps[0], st.ps[-1]])
    for c in COPIES[key]:
        S.put(c.path, shell("story", c.title, copy_main(c), head("copy", c.url, c.title, c), c))

    def non(kind, path, title, body):
        S.non(path, shell(kind, title, body, head(kind, S.url(path), title), None))

    non("home", "/", cfg["home_title"], teasers(items, True))
    for sec, (p, label) in cfg["sections"].items():
        non("section", p, label, heading(label) + teasers([s for s in items if s.sec == sec]))
    for tag, (p, label) in cfg["tags"].items():
        non("tag", p, label, heading(cfg["tag_head"] % label) + teasers([s for s in stories if tag in s.tags]))
    people = []
    for st in stories:
        people += [a for a in st.authors if a not in people]
    for a in people:
        non("author", cfg["author_path"](a), a, heading(a, cfg["bio"](a)) + teasers([s for s in items if a in s.authors][::-1]))
    p, t = cfg["archive"]
    non("archive", p, t, heading(t) + teasers(items))
    for kind, p, t, body in cfg["pages"]:
        non(kind, p, t, heading(t) + body)


def lead(st, n=140):
    s = st.dek or st.ps[0]
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "\u2026"


# ====================================================================== 1. The Cascade Courier (WordPress, broken SEO plugin settings)
def cascade():
    name, slogan = "The Cascade Courier", "The Cascade Courier \u2013 Your Valley. Your Voice."
    secs = {"local": ("/category/local/", "Local"), "business": ("/category/business/", "Business")}
    tags = {"eugene": ("/tag/eugene/", "Eugene"), "wine": ("/tag/wine/", "Wine")}
    ap = lambda a: "/author/%s/" % slug(a)  # noqa: E731

    def when(t):
        return "%s %d, %d at %d:%02d %s" % (t.strftime("%B"), t.day, t.year, (t.hour % 12) or 12, t.minute, "am" if t.hour < 12 else "pm")

    def head(kind, url, title, st=None):
        h = [M("author", "admin")] if st else []
        h += [PR("og:locale", "en_US"), PR("og:type", "article" if st else "website"), PR("og:title", slogan), PR("og:url", url), PR("og:site_name", name),
              M("twitter:card", "summary_large_image"), M("twitter:title", slogan), canon(url)]
        if st:
            h += [M("description", lead(st, 155)), PR("article:published_time", st.t.isoformat()), PR("article:section", secs[st.sec][1])]
            h.append(jl({"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "@id": U("cc", "/#website"), "name": name, "url": U("cc", "/")},
                {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": name, "isPartOf": {"@id": U("cc", "/#website")}},
                {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url + "#webpage"}, "headline": st.title,
                 "datePublished": st.t.isoformat(), "dateModified": st.t.isoformat(), "author": {"@type": "Person", "name": "admin", "@id": U("cc", "/#/schema/person/1")},
                 "publisher": {"@type": "Organization", "name": name}}]}))
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        recent = "".join('<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in sorted(STORIES["cc"], key=lambda s: s.t, reverse=True))
        body = ('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
                '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Cascade Courier</a></p>'
                '<p class="site-description">Your Valley. Your Voice.</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
                '<li><a href="/category/local/">Local</a></li><li><a href="/category/business/">Business</a></li><li><a href="/2025/03/">Archives</a></li>'
                '<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/search/">Search</a></li></ul></nav></header>'
                '<div id="content" class="site-content"><main id="main" class="site-main">%s</main>'
                '<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section></aside></div>'
                '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The Cascade Courier, Eugene, Oregon &middot; <a href="/about/">About us</a> &middot; '
                '<a href="/contact/">Contact</a> &middot; Proudly powered by WordPress</div></footer></div>') % (main, recent)
        return doc("en-US", name, hd, body, "single single-post" if st else "home blog")

    def story_main(st):
        by = joined(st.authors, "and", lambda a: '<span class="author vcard"><a class="url fn n" href="%s">%s</a></span>' % (ap(a), E(a)))
        tg = ", ".join('<a href="%s" rel="tag">%s</a>' % tags[t] for t in st.tags)
        return ('<article id="post-%d" class="post type-post status-publish format-standard hentry"><header class="entry-header">'
                '<span class="cat-links"><a href="%s" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline">By %s</span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>'
                '<div class="entry-content">%s</div><footer class="entry-footer"><span class="tags-links">Tagged %s</span></footer></article>'
                '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2></nav>') % (
            sum(map(ord, st.path)), secs[st.sec][0], secs[st.sec][1], E(st.title), by, st.t.isoformat(), when(st.t), ps(st.ps), tg)

    def teasers(xs, home=False):
        return "".join('<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
                       '<div class="entry-meta"><span class="posted-on">%s</span></div></header><div class="entry-summary"><p>%s</p></div></article>' % (
                           s.path, E(s.title), when(s.t), E(lead(s))) for s in xs)

    def heading(t, intro=""):
        return '<header class="page-header"><h1 class="page-title">%s</h1>%s</header>' % (E(t), '<div class="archive-description"><p>%s</p></div>' % E(intro) if intro else "")

    bios = {"Jenna Morales": "Jenna Morales covers Eugene city hall and transportation.", "Ray Okafor": "Ray Okafor writes about business, farming and the wine industry.",
            "Dustin Kealoha": "Dustin Kealoha covers Lane County government and schools."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Tag: %s", author_path=ap, bio=lambda a: bios[a], archive=("/2025/03/", "Month: March 2025"),
               pages=[("about", "/about/", "About Us", "<p>The Cascade Courier is an independent, reader-supported newsroom covering Eugene, Springfield and the southern Willamette Valley. "
                       "We were founded in 2019 by three reporters who lost their jobs when the local daily cut its newsroom, and we publish local news every weekday.</p>"
                       "<p>Our reporters: <a href=\"/author/jenna-morales/\">Jenna Morales</a>, <a href=\"/author/ray-okafor/\">Ray Okafor</a> and <a href=\"/author/dustin-kealoha/\">Dustin Kealoha</a>.</p>"),
                      ("contact", "/contact/", "Contact", "<p>Send news tips to tips@cascadecourier.example or call (541) 555-0147.</p><p>The Cascade Courier, 120 W Broadway, Suite 4, Eugene, OR 97401</p>"
                       '<form class="wpcf7-form"><label>Your name <input name="your-name"></label><label>Your message <textarea name="your-message"></textarea></label><input type="submit" value="Send"></form>'),
                      ("search", "/search/", "Search", '<form role="search" class="search-form" action="/search/"><label>Search for: <input type="search" class="search-field" name="s"></label>'
                       '<input type="submit" class="search-submit" value="Search"></form><p>Popular: <a href="/tag/eugene/">Eugene</a>, <a href="/tag/wine/">Wine</a></p>')])
    build("cc", cfg, shell, head, story_main, teasers, heading)
    SITES["cc"].sitemap([s.path for s in STORIES["cc"]], disallow="/wp-admin/")


# ====================================================================== 2. The Fenland Standard (custom CMS: the template's build time as every story's date)
def fenland():
    name = "The Fenland Standard"
    BUILD = "2023-10-02T14:07:31Z"
    secs = {"news": ("/news/", "News"), "farming": ("/farming/", "Farming")}
    tags = {"wisbech": ("/news/wisbech/", "Wisbech"), "science": ("/news/science/", "Science")}
    ids = {"Oliver Pennington": 193412, "Harriet Cole": 188021, "Tom Bexley": 201377}
    ap = lambda a: "/author/profile/%d.%s/" % (ids[a], slug(a).replace("-", "_"))  # noqa: E731
    roles = {"Oliver Pennington": "Local Democracy Reporter", "Harriet Cole": "Chief Reporter", "Tom Bexley": "Farming Correspondent"}

    def when(t):
        d = t.day
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, t.strftime("%B"), t.year)

    def head(kind, url, title, st=None):
        h = [PR("og:type", "website" if kind in ("story", "home") else "article"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name),
             M("twitter:card", "summary"), M("twitter:site", "@FenlandStandard"), canon(url)]
        if st:
            h += [M("description", lead(st, 155)),
                  jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": st.title, "url": url, "datePublished": BUILD, "dateModified": BUILD,
                      "author": [{"@type": "Person", "name": a} for a in st.authors], "publisher": {"@type": "Organization", "name": name},
                      "isAccessibleForFree": True})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div class="nq-top"><div class="container"><a class="logo" href="/"><img src="/img/fenland-standard.svg" alt="The Fenland Standard"></a>'
                '<a class="subscribe-btn" href="/about/">Subscribe</a></div></div><nav class="nq-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>'
                '<li><a href="/farming/">Farming</a></li><li><a href="/archive/">Archive</a></li><li><a href="/search/">Search</a></li><li><a href="/about/">About us</a></li>'
                '<li><a href="/contact/">Contact us</a></li></ul></nav><div class="container main-container"><div class="col-main">%s</div>'
                '<div class="col-side"><div class="mpu-ad" data-slot="mpu1"></div><h3>Most read</h3><ol>%s</ol></div></div>'
                '<footer class="nq-footer"><p>&copy; Copyright 2025 The Fenland Standard. All rights reserved. Registered in England &amp; Wales.</p>'
                '<p><a href="/about/">About us</a> | <a href="/contact/">Contact us</a></p></footer>') % (
            main, "".join('<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in STORIES["fs"]))
        return doc("en-GB", "%s | %s" % (title, name) if kind != "home" else name + " | Wisbech, March and Fenland news", hd, body, "nq-article-page" if st else "nq-index")

    def story_main(st):
        authors = "".join('<div class="author-info"><span class="author-name"><a href="%s">%s</a></span><span class="author-role">%s</span></div>' % (ap(a), E(a), roles[a]) for a in st.authors)
        return ('<article class="mar-article"><div class="article-breadcrumb"><a href="/">Home</a> &gt; <a href="%s">%s</a></div>'
                '<h1 class="mar-article__headline">%s</h1><p class="mar-article__standfirst">%s</p><div class="article-first-image"><img src="/img/%s.jpg" alt=""></div>'
                '<div class="article-info">%s<div class="publish-info"><span class="article-date">Published: %s</span></div></div>'
                '<div id="subscription-content" class="article-body">%s</div><div class="article-tags">%s</div></article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), slug(st.title)[:30], authors, when(st.t), ps(st.ps),
            " ".join('<a class="tag" href="%s">%s</a>' % tags[t] for t in st.tags))

    def teasers(xs, home=False):
        return '<ul class="nq-list">%s</ul>' % "".join('<li class="nq-article-card"><h2 class="nq-article-card-headline"><a href="%s">%s</a></h2><p>%s</p><span class="date">%s</span></li>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return "<h1 class=\"section-title\">%s</h1>%s" % (E(t), "<p class=\"author-bio\">%s</p>" % E(intro) if intro else "")

    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="%s", author_path=ap, bio=lambda a: "%s, %s at The Fenland Standard." % (a, roles[a]),
               archive=("/archive/", "News archive"),
               pages=[("about", "/about/", "About us", "<p>The Fenland Standard has reported on Wisbech, March, Chatteris and the villages of the Fens since 1859. "
                       "It is published in print every Thursday and online every day.</p><p>Our journalists follow the Editors' Code of Practice.</p>"),
                      ("contact", "/contact/", "Contact us", "<p>Newsdesk: newsdesk@fenlandstandard.example, 01945 555 210.</p><p>Advertising: 01945 555 222.</p><p>The Fenland Standard, 8 Market Place, Wisbech PE13 1AA.</p>"),
                      ("search", "/search/", "Search", '<form action="/search/" class="search-form"><input name="q" placeholder="Search the Fenland Standard"><button>Search</button></form>')])
    build("fs", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 3. Hunter Valley Sentinel (UTC time without its zone; canonical to the staging host)
def hunter():
    name = "Hunter Valley Sentinel"
    STAGING = "https://staging-www.huntervalleysentinel.example"
    secs = {"local-news": ("/news/local-news/", "Local News"), "business": ("/news/business/", "Business")}
    tags = {"energy": ("/topic/energy/", "Energy"), "health": ("/topic/health/", "Health")}
    ids = {"Mia Tran": 6120, "Jack Hollis": 5874}
    ap = lambda a: "/profile/%d/%s/" % (ids[a], slug(a))  # noqa: E731

    def when(t):
        return "%s %d %d - %d:%02d%s" % (t.strftime("%B"), t.day, t.year, (t.hour % 12) or 12, t.minute, "am" if t.hour < 12 else "pm")

    def naive_utc(t):
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")

    def head(kind, url, title, st=None):
        stag = STAGING + url.split(":%d" % PORT, 1)[1]
        h = [canon(stag), PR("og:url", stag), PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:site_name", name), M("twitter:card", "summary_large_image")]
        if st:
            by = [st.shown_by] if kind == "copy" else st.authors
            h += [M("description", lead(st, 155)), PR("article:published_time", naive_utc(st.t)), PR("article:modified_time", naive_utc(st.t)),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": naive_utc(st.t), "dateModified": naive_utc(st.t),
                      "author": [{"@type": "Person", "name": a} for a in by], "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": stag})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div id="__next"><header class="site-header"><a href="/" class="masthead-logo" aria-label="Hunter Valley Sentinel home">Hunter Valley Sentinel</a>'
                '<nav class="nav-primary"><a href="/news/local-news/">Local News</a><a href="/news/business/">Business</a><a href="/topic/energy/">Energy</a>'
                '<a href="/news/archive/">Archive</a><a href="/search/">Search</a><a href="/about-us/">About</a><a href="/contact-us/">Contact</a></nav></header>'
                '<main class="page-main">%s</main><footer class="site-footer"><p>Hunter Valley Sentinel &middot; Maitland, Cessnock and the Upper Hunter</p>'
                '<p><a href="/about-us/">About us</a> &middot; <a href="/contact-us/">Contact us</a></p></footer></div>') % main
        return doc("en-AU", "%s | %s" % (title, name) if kind != "home" else "%s | Local news for the Hunter" % name, hd, body)

    def story_main(st):
        if hasattr(st, "orig"):
            by = E(st.shown_by)
        else:
            by = joined(st.authors, "and", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        credit = '<p class="syndication-credit"><em>%s</em></p>' % st.credit if hasattr(st, "orig") else ""
        return ('<article class="story"><div class="story-label"><a href="%s">%s</a></div><h1 data-testid="story-headline">%s</h1>'
                '<div class="story-byline"><span class="byline-names">%s</span></div><div class="story-signpost"><span data-testid="story-date">%s</span></div>'
                '<figure class="story-hero"><img src="/img/hero-%d.jpg" alt=""></figure><div id="story-body" class="story-body">%s%s</div>'
                '<div class="story-topics">%s</div></article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), by, when(st.t), len(st.path), credit, ps(st.ps),
            " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags))

    def teasers(xs, home=False):
        return '<div class="story-list">%s</div>' % "".join('<div class="story-card"><h3 class="story-card__title"><a href="%s">%s</a></h3><p class="story-card__summary">%s</p><span class="story-card__date">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="page-title">%s</h1>%s' % (E(t), '<p class="profile-bio">%s</p>' % E(intro) if intro else "")

    bios = {"Mia Tran": "Mia Tran is a journalist covering Cessnock and energy for the Sentinel.", "Jack Hollis": "Jack Hollis covers health, courts and Maitland."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="%s", author_path=ap, bio=lambda a: bios[a], archive=("/news/archive/", "Latest news archive"),
               pages=[("about", "/about-us/", "About us", "<p>The Hunter Valley Sentinel has been the voice of Maitland and the lower Hunter since 1843. Our newsroom in High Street covers councils, courts, "
                       "health, business and sport from Newcastle's edge to Muswellbrook.</p>"),
                      ("contact", "/contact-us/", "Contact us", "<p>Newsroom: news@huntervalleysentinel.example, (02) 4900 5500.</p><p>258 High Street, Maitland NSW 2320.</p>"),
                      ("search", "/search/", "Search", '<form action="/search/"><input type="search" name="q" aria-label="Search"><button type="submit">Search</button></form>')])
    build("hv", cfg, shell, head, story_main, teasers, heading, copy_main=story_main)


# ====================================================================== 4. Deccan Ledger (Drupal; the SEO agency as meta author, the slug as JSON-LD author)
def deccan():
    name = "Deccan Ledger"
    AGENCY = "RankPilot Digital Solutions"
    secs = {"hyderabad": ("/city/hyderabad/", "Hyderabad"), "telangana": ("/telangana/", "Telangana"), "world": ("/world/", "World")}
    tags = {"hyderabad-metro": ("/tags/hyderabad-metro/", "Hyderabad Metro"), "agriculture": ("/tags/agriculture/", "Agriculture")}
    ap = lambda a: "/author/%s/" % slug(a)  # noqa: E731

    def when(t):
        return "%s %02d, %d, %02d:%02d IST" % (t.strftime("%b"), t.day, t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [M("author", AGENCY), PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url),
             M("twitter:card", "summary_large_image"), M("twitter:title", title)]
        if st:
            people = ["harriet-cole"] if kind == "copy" else [slug(a) for a in st.authors]
            h += [M("description", lead(st, 155)), M("news_keywords", ", ".join(tags[t][1] for t in st.tags)), PR("article:published_time", st.t.isoformat()),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "description": lead(st, 200), "datePublished": st.t.isoformat(),
                      "dateModified": st.t.isoformat(), "author": [{"@type": "Person", "name": p, "url": U("dl", "/author/%s/" % p)} for p in people],
                      "publisher": {"@type": "NewsMediaOrganization", "name": name, "logo": {"@type": "ImageObject", "url": U("dl", "/themes/ledger/logo.png")}},
                      "mainEntityOfPage": {"@type": "WebPage", "@id": url}})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="top-strip">Hyderabad &middot; Saturday Edition &middot; <a href="/about-us/">e-Paper</a></div>'
                '<div class="logo"><a href="/" title="Home" rel="home">Deccan Ledger</a></div><nav class="menu--main"><ul>'
                '<li><a href="/city/hyderabad/">Hyderabad</a></li><li><a href="/telangana/">Telangana</a></li><li><a href="/world/">World</a></li>'
                '<li><a href="/archive/2025/03/">Archive</a></li><li><a href="/search/">Search</a></li></ul></nav></header>'
                '<main role="main"><div class="layout-content">%s</div><aside class="layout-sidebar"><div class="block-trending"><h2>Trending</h2><ul>%s</ul></div></aside></main>'
                '<footer class="site-footer"><ul><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li></ul>'
                '<p>&copy; 2025 Deccan Ledger. All rights reserved. Designed and optimised by RankPilot Digital Solutions.</p></footer></div>') % (
            main, "".join('<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in STORIES["dl"]))
        return doc("en-IN", "%s - %s" % (title, name) if kind != "home" else "%s: Latest Hyderabad News, Telangana News" % name, hd, body, "path-node page-node-type-article" if st else "path-frontpage")

    def story_main(st):
        if hasattr(st, "orig"):
            by = '<span class="author">%s</span>' % E(st.shown_by)
        else:
            by = joined(st.authors, "and", lambda a: '<span class="author"><a href="%s">%s</a></span>' % (ap(a), E(a)))
        credit = '<p class="source-note"><em>%s</em></p>' % st.credit if hasattr(st, "orig") else ""
        return ('<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="%s">%s</a></div><article class="node node--type-article">'
                '<h1 class="article-title"><span class="field--name-title">%s</span></h1><h2 class="synopsis">%s</h2>'
                '<div class="author-details">%s | <span class="location">%s</span> | <span class="date">Published: %s</span></div>'
                '<div class="field--name-body">%s%s</div><div class="field--name-field-tags">%s</div></article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), by, "London" if hasattr(st, "orig") else "Hyderabad", when(st.t), ps(st.ps), credit,
            " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags))

    def teasers(xs, home=False):
        return '<div class="view-content">%s</div>' % "".join('<div class="views-row"><h3 class="title"><a href="%s">%s</a></h3><div class="summary">%s</div><span class="date">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="page-title">%s</h1>%s' % (E(t), '<div class="author-bio">%s</div>' % E(intro) if intro else "")

    bios = {"Kavya Reddy": "Kavya Reddy is a Senior Correspondent with Deccan Ledger, covering civic affairs and transport in Hyderabad.",
            "Srinivas Rao": "Srinivas Rao reports on agriculture and rural Telangana."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="%s", author_path=ap, bio=lambda a: bios[a], archive=("/archive/2025/03/", "Archive: March 2025"),
               pages=[("about", "/about-us/", "About Us", "<p>Deccan Ledger is an English daily published from Hyderabad since 1994, with editions in Warangal and Karimnagar. "
                       "It covers the city, the state of Telangana, business and sport.</p>"),
                      ("contact", "/contact-us/", "Contact Us", "<p>Editorial: editor@deccanledger.example | Advertising: ads@deccanledger.example</p><p>Deccan Ledger, Road No. 2, Banjara Hills, Hyderabad 500034. Phone: 040-5555 0190</p>"),
                      ("search", "/search/", "Search", '<form action="/search/"><input type="text" name="keys"><input type="submit" value="Search"></form>')])
    build("dl", cfg, shell, head, story_main, teasers, heading, copy_main=story_main)
    SITES["dl"].sitemap([s.path for s in STORIES["dl"] + COPIES["dl"]], disallow="/admin/")


# ====================================================================== 5. Mosel-Kurier (og:title from the previous story, a <title> of the site's only)
def mosel():
    name = "Mosel-Kurier"
    secs = {"trier": ("/trier/", "Trier"), "region": ("/region/", "Region")}
    tags = {"porta-nigra": ("/thema/porta-nigra/", "Porta Nigra"), "hochwasser": ("/thema/hochwasser/", "Hochwasser")}
    ap = lambda a: "/autoren/%s/" % slug(a)  # noqa: E731
    stale = {}
    prev = "Weinfest in Bernkastel-Kues: Veranstalter erwarten 200.000 Besucher"
    for s in sorted(STORIES["mk"], key=lambda s: s.t):
        stale[s.url], prev = prev, s.title

    def when(t):
        return t.strftime("%d.%m.%Y, %H:%M Uhr")

    def head(kind, url, title, st=None):
        ogt = stale[url] if st else "Mosel-Kurier \u2013 Nachrichten aus Trier und der Region"
        h = [M("author", "Redaktion"), PR("og:type", "article" if st else "website"), PR("og:title", ogt), M("twitter:title", ogt), PR("og:url", url),
             PR("og:site_name", name), PR("og:locale", "de_DE"), canon(url)]
        if st:
            h += [M("description", st.ps[0][:160]), PR("article:published_time", st.t.isoformat())]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<header class="kopf"><div class="kopf-logo"><a href="/">Mosel-Kurier</a></div><nav class="kopf-nav"><a href="/trier/">Trier</a> <a href="/region/">Region</a> '
                '<a href="/thema/hochwasser/">Hochwasser</a> <a href="/archiv/">Archiv</a> <a href="/suche/">Suche</a></nav></header><div class="seite"><main class="inhalt">%s</main></div>'
                '<footer class="fuss"><a href="/impressum/">Impressum</a> | <a href="/kontakt/">Kontakt</a> | &copy; Mosel-Kurier Verlag GmbH, Trier</footer>') % main
        return doc("de", "Mosel-Kurier \u2013 Nachrichten aus Trier und der Region", hd, body)

    def story_main(st):
        by = "Von dpa" if st.byline == "dpa" else "Von " + joined(st.authors, "und", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        return ('<article class="artikel"><header><p class="dachzeile">%s</p><h1 class="artikel-titel">%s</h1>'
                '<div class="artikel-meta"><span class="autor">%s</span> <span class="datum">%s</span></div></header>'
                '<div class="artikel-text">%s</div>%s</article>') % (
            E(st.kicker), E(st.title), by, when(st.t), ps(st.ps),
            '<div class="themen">Themen: %s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return "".join('<div class="teaser"><p class="dachzeile">%s</p><h2><a href="%s">%s</a></h2><p class="teaser-text">%s</p><span class="datum">%s</span></div>' % (
            E(s.kicker), s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="rubrik-titel">%s</h1>%s' % (E(t), '<p class="autor-info">%s</p>' % E(intro) if intro else "")

    bios = {"Jana Becker": "Jana Becker ist Redakteurin in der Lokalredaktion Trier.", "Markus Thiel": "Markus Thiel berichtet über den Hunsrück und den Nahverkehr in der Region."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Thema: %s", author_path=ap, bio=lambda a: bios[a], archive=("/archiv/", "Archiv"),
               pages=[("about", "/impressum/", "Impressum", "<p>Mosel-Kurier Verlag GmbH, Simeonstraße 12, 54290 Trier. Geschäftsführer: Peter Hahn. "
                       "Chefredaktion: Claudia Wendt. Registergericht Wittlich HRB 40112.</p><p>Redaktionsteam: <a href=\"/autoren/jana-becker/\">Jana Becker</a>, <a href=\"/autoren/markus-thiel/\">Markus Thiel</a></p>"),
                      ("contact", "/kontakt/", "Kontakt", "<p>Redaktion: redaktion@mosel-kurier.example, Telefon 0651 555 300.</p><p>Leserservice: 0651 555 333.</p>"),
                      ("search", "/suche/", "Suche", '<form action="/suche/"><input name="q" placeholder="Suchbegriff"><button>Suchen</button></form>')])
    build("mk", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 6. L'Écho du Léman (NewsArticle JSON-LD on every page, og:type article on lists)
def leman():
    name = "L\u2019Écho du Léman"
    secs = {"chablais": ("/chablais/", "Chablais"), "culture": ("/culture/", "Culture")}
    tags = {"cgn": ("/tag/cgn/", "CGN"), "ski": ("/tag/ski/", "Ski")}
    ap = lambda a: "/auteur/%s/" % slug(a)  # noqa: E731
    MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    LAUNCH = "2016-09-01T08:00:00+02:00"

    def when(t):
        return "Publié le %d %s %d à %dh%02d" % (t.day, MOIS[t.month - 1], t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [PR("og:type", "website" if kind == "home" else "article"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "fr_FR"), canon(url)]
        if st:
            h += [M("description", lead(st, 155)), PR("article:published_time", st.t.isoformat()),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": st.t.isoformat(), "dateModified": st.t.isoformat(),
                      "author": {"@type": "Person", "name": "La Rédaction"}, "publisher": {"@type": "Organization", "name": name}})]
        elif kind in ("home", "tag", "contact"):
            h.append(jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url, "datePublished": LAUNCH, "dateModified": LAUNCH,
                         "author": {"@type": "Person", "name": "La Rédaction"}, "publisher": {"@type": "Organization", "name": name},
                         "image": U("el", "/wp-content/uploads/logo-echo.png")}))
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div class="jeg_viewport"><div class="jeg_header"><div class="jeg_logo"><a href="/">L\u2019Écho du Léman</a></div><div class="jeg_nav"><ul class="jeg_menu">'
                '<li><a href="/chablais/">Chablais</a></li><li><a href="/culture/">Culture</a></li><li><a href="/archives/">Archives</a></li><li><a href="/recherche/">Recherche</a></li>'
                '</ul></div></div><div class="jeg_main"><div class="jeg_container">%s</div></div><div class="jeg_footer"><p>&copy; 2025 L\u2019Écho du Léman &ndash; Thonon-les-Bains</p>'
                '<p><a href="/qui-sommes-nous/">Qui sommes-nous ?</a> &middot; <a href="/contact/">Contact</a></p></div></div>') % main
        return doc("fr-FR", "%s - %s" % (title, name) if kind != "home" else "%s - Toute l\u2019actualité du Chablais" % name, hd, body)

    def story_main(st):
        by = "Par " + joined(st.authors, "et", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        return ('<div class="jeg_breadcrumbs"><a href="/">Accueil</a> \u203a <a href="%s">%s</a></div><div class="entry-header"><h1 class="jeg_post_title">%s</h1>'
                '<h2 class="jeg_post_subtitle">%s</h2><div class="jeg_meta_container"><div class="jeg_meta_author">%s</div><div class="jeg_meta_date">%s</div></div></div>'
                '<div class="jeg_featured"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""></div><div class="content-inner">%s</div>%s') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), by, when(st.t), slug(st.title)[:24], ps(st.ps),
            '<div class="jeg_post_tags"><span>Mots-clés :</span> %s</div>' % " ".join('<a href="%s" rel="tag">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return '<div class="jeg_posts">%s</div>' % "".join('<article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3><div class="jeg_post_meta">%s</div><div class="jeg_post_excerpt"><p>%s</p></div></article>' % (
            s.path, E(s.title), when(s.t)[10:], E(lead(s))) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="jeg_archive_title">%s</h1>%s' % (E(t), '<p class="jeg_author_desc">%s</p>' % E(intro) if intro else "")

    bios = {"Claire Dufour": "Journaliste au bureau de Thonon, Claire Dufour suit la vie locale et les transports du Léman.",
            "Julien Favre": "Julien Favre couvre la montagne et les stations du Chablais.", "Léa Girod": "Léa Girod suit l\u2019actualité culturelle entre Évian et Genève."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Mot-clé : %s", author_path=ap, bio=lambda a: bios[a], archive=("/archives/", "Archives"),
               pages=[("about", "/qui-sommes-nous/", "Qui sommes-nous ?", "<p>L\u2019Écho du Léman est un journal d\u2019information locale indépendant lancé en 2016 à Thonon-les-Bains. "
                       "Sa rédaction couvre le Chablais, le pays d\u2019Évian et la rive française du lac.</p>"),
                      ("contact", "/contact/", "Contact", "<p>Rédaction : redaction@echo-leman.example &ndash; 04 50 55 01 20</p><p>2 place des Arts, 74200 Thonon-les-Bains</p>"
                       '<form class="wpcf7"><input name="nom" placeholder="Nom"><textarea name="message"></textarea><button>Envoyer</button></form>'),
                      ("search", "/recherche/", "Recherche", '<form action="/recherche/"><input name="s" placeholder="Rechercher\u2026"><button>OK</button></form>')])
    build("el", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 7. Diario del Guadalquivir (the server's zone on local times; the launch date in JSON-LD)
def guadalquivir():
    name = "Diario del Guadalquivir"
    LAUNCH = "2008-04-23T00:00:00+02:00"
    PST = datetime.timezone(datetime.timedelta(hours=-8))
    secs = {"cordoba": ("/cordoba/", "Córdoba"), "provincia": ("/provincia/", "Provincia")}
    tags = {"movilidad": ("/tags/movilidad/", "Movilidad"), "aceite": ("/tags/aceite-de-oliva/", "Aceite de oliva")}
    ap = lambda a: "/autor/%s/" % slug(a)  # noqa: E731
    DIAS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
    MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

    def when(t):
        return "%s, %d de %s %d, %02d:%02d" % (DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "es_ES"), canon(url)]
        if st:
            wrong = st.t.replace(tzinfo=PST).isoformat()
            h += [M("description", lead(st, 155)), PR("article:published_time", wrong), PR("article:modified_time", wrong),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": LAUNCH, "dateModified": LAUNCH,
                      "author": [{"@type": "Person", "name": a} for a in st.authors], "publisher": {"@type": "Organization", "name": name, "foundingDate": "2008-04-23"}})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<header class="v-hd"><div class="v-hd-w"><a class="v-hd-logo" href="/">Diario del Guadalquivir</a><span class="v-hd-date">Córdoba</span></div>'
                '<nav class="v-nav"><a href="/cordoba/">Córdoba</a><a href="/provincia/">Provincia</a><a href="/hemeroteca/">Hemeroteca</a><a href="/buscador/">Buscar</a></nav></header>'
                '<div class="v-main">%s</div><footer class="v-ft"><a href="/quienes-somos/">Quiénes somos</a> &middot; <a href="/contacto/">Contacto</a>'
                '<p>&copy; Diario del Guadalquivir S.L. Córdoba, 2025</p></footer>') % main
        return doc("es", "%s | %s" % (title, name) if kind != "home" else "%s - Noticias de Córdoba y provincia" % name, hd, body)

    def story_main(st):
        by = joined(st.authors, "y", lambda a: '<a class="v-mdl-ath__a" href="%s">%s</a>' % (ap(a), E(a)))
        return ('<article class="v-a"><header class="v-a-hd"><p class="v-a-sec"><a href="%s">%s</a></p><h1 class="v-a-t">%s</h1><h2 class="v-a-sub">%s</h2></header>'
                '<div class="v-mdl-ath"><p class="v-mdl-ath__p">%s</p><p class="v-mdl-ath__loc">Córdoba</p><p class="v-mdl-ath__time">%s</p></div>'
                '<div class="v-a-b">%s</div>%s</article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), by, when(st.t), ps(st.ps, "v-p"),
            '<div class="v-a-tags">Temas: %s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return "".join('<article class="v-card"><h2 class="v-card__t"><a href="%s">%s</a></h2><p class="v-card__sub">%s</p><p class="v-card__d">%s</p></article>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="v-sec-t">%s</h1>%s' % (E(t), '<p class="v-ath-bio">%s</p>' % E(intro) if intro else "")

    bios = {"Rocío Márquez": "Redactora de Local. Cubre el Ayuntamiento de Córdoba y el campo cordobés.", "Antonio Priego": "Redactor de Local y Turismo."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="%s", author_path=ap, bio=lambda a: bios[a], archive=("/hemeroteca/", "Hemeroteca"),
               pages=[("about", "/quienes-somos/", "Quiénes somos", "<p>El Diario del Guadalquivir es un periódico digital independiente fundado en Córdoba en 2008. "
                       "Informa cada día de la capital y de los 77 municipios de la provincia.</p>"),
                      ("contact", "/contacto/", "Contacto", "<p>Redacción: redaccion@diarioguadalquivir.example &middot; 957 55 01 10</p><p>Avenida del Gran Capitán 14, 14008 Córdoba</p>"),
                      ("search", "/buscador/", "Buscador", '<form action="/buscador/"><input name="q" placeholder="Buscar en el diario"><button>Buscar</button></form>')])
    build("dg", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 8. Gazzetta del Salento (the section as <title> and og:title; breadcrumb ends at the section)
def salento():
    name = "Gazzetta del Salento"
    secs = {"cronaca": ("/cronaca/", "Cronaca"), "economia": ("/economia/", "Economia")}
    tags = {"trasporti": ("/tag/trasporti/", "Trasporti"), "xylella": ("/tag/xylella/", "Xylella")}
    ap = lambda a: "/autori/%s/" % slug(a)  # noqa: E731
    MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]

    def when(t):
        return "%d %s %d, %02d:%02d" % (t.day, MESI[t.month - 1], t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        shown = secs[st.sec][1] if st else title
        h = [PR("og:type", "article" if st else "website"), PR("og:title", shown), M("twitter:title", shown), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "it_IT"), canon(url)]
        if st:
            h += [M("description", st.ps[0][:160]), PR("article:published_time", st.t.isoformat()), PR("article:section", secs[st.sec][1]),
                  jl({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                      {"@type": "ListItem", "position": 1, "name": "Home", "item": U("gs", "/")},
                      {"@type": "ListItem", "position": 2, "name": secs[st.sec][1], "item": U("gs", secs[st.sec][0])}]})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        shown = secs[st.sec][1] if st else title
        body = ('<div class="td-container"><header class="td-header"><div class="td-logo"><a href="/">Gazzetta del Salento</a><span class="td-tagline">Notizie da Lecce e dal Salento</span></div>'
                '<nav class="td-menu"><a href="/cronaca/">Cronaca</a> <a href="/economia/">Economia</a> <a href="/archivio/">Archivio</a> <a href="/cerca/">Cerca</a></nav></header>'
                '<div class="td-main">%s</div><footer class="td-footer"><a href="/chi-siamo/">Chi siamo</a> | <a href="/contatti/">Contatti</a>'
                '<p>Gazzetta del Salento &ndash; Testata giornalistica registrata presso il Tribunale di Lecce n. 11/2014</p></footer></div>') % main
        return doc("it", "%s \u2013 %s" % (shown, name) if kind != "home" else "%s \u2013 Notizie da Lecce e dal Salento" % name, hd, body)

    def story_main(st):
        by = "di " + joined(st.authors, "e", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        return ('<nav class="breadcrumb"><a href="/">Home</a> \u203a <a href="%s">%s</a></nav><article class="td-post"><header class="td-post-header">'
                '<h1 class="entry-title">%s</h1><div class="td-post-meta"><span class="td-post-author">%s</span> &middot; <time class="entry-date">%s</time></div></header>'
                '<div class="td-post-content">%s</div><div class="td-post-tags"><span>Tag:</span> %s</div></article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), by, when(st.t), ps(st.ps), " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags))

    def teasers(xs, home=False):
        return "".join('<div class="td-module"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3><div class="td-excerpt">%s</div><span class="td-date">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="td-page-title">%s</h1>%s' % (E(t), '<p class="td-author-description">%s</p>' % E(intro) if intro else "")

    bios = {"Francesca Greco": "Giornalista, segue la cronaca di Lecce e i trasporti.", "Marco De Santis": "Scrive di economia, agricoltura e lavoro nel Salento."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Tag: %s", author_path=ap, bio=lambda a: bios[a], archive=("/archivio/", "Archivio"),
               pages=[("about", "/chi-siamo/", "Chi siamo", "<p>La Gazzetta del Salento è un quotidiano online nato a Lecce nel 2014. Racconta ogni giorno la cronaca, la politica e l\u2019economia "
                       "della provincia di Lecce, da Gallipoli a Otranto.</p>"),
                      ("contact", "/contatti/", "Contatti", "<p>Redazione: redazione@gazzettadelsalento.example &ndash; tel. 0832 555 410</p><p>Via Trinchese 21, 73100 Lecce</p>"),
                      ("search", "/cerca/", "Cerca", '<form action="/cerca/"><input name="s" placeholder="Cerca nel sito"><button>Cerca</button></form>')])
    build("gs", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 9. Kempen Koerier (canonical and og:url to the home page on every page; the site as author)
def kempen():
    name = "Kempen Koerier"
    home = U("kk", "/")
    secs = {"eindhoven": ("/eindhoven/", "Eindhoven"), "regio": ("/regio/", "Regio")}
    tags = {"verkeer": ("/tag/verkeer/", "Verkeer"), "woningbouw": ("/tag/woningbouw/", "Woningbouw")}
    ap = lambda a: "/auteur/%s/" % slug(a)  # noqa: E731
    MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    def when(t):
        return "%d %s %d, %02d:%02d" % (t.day, MAAND[t.month - 1], t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [canon(home), PR("og:url", home), PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:site_name", name), PR("og:locale", "nl_NL"),
             M("author", name)]
        if st:
            h += [M("description", st.ps[0][:160]), PR("article:published_time", st.t.isoformat())]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div id="app"><header class="app-header"><a class="app-header__logo" href="/">Kempen Koerier</a><nav class="app-header__nav"><a href="/eindhoven/">Eindhoven</a>'
                '<a href="/regio/">Regio</a><a href="/archief/">Archief</a><a href="/zoeken/">Zoeken</a></nav></header><main class="app-main">%s</main>'
                '<footer class="app-footer"><a href="/over-ons/">Over ons</a> <a href="/contact/">Contact</a><p>&copy; 2025 Kempen Koerier B.V., Eindhoven</p></footer></div>') % main
        return doc("nl", "%s | %s" % (title, name) if kind != "home" else "%s | Nieuws uit Eindhoven en de Kempen" % name, hd, body)

    def story_main(st):
        by = "Door " + joined(st.authors, "en", lambda a: '<a class="article__author-link" href="%s">%s</a>' % (ap(a), E(a)))
        return ('<article class="article"><header class="article__header"><span class="article__label"><a href="%s">%s</a></span><h1 class="article__title">%s</h1>'
                '<div class="article__meta"><span class="article__author">%s</span> <time class="article__time">%s</time></div></header>'
                '<section class="article__body">%s</section>%s</article>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), by, when(st.t), ps(st.ps, "article__paragraph"),
            '<div class="article__tags">%s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return '<ul class="teaser-list">%s</ul>' % "".join('<li class="teaser"><a class="teaser__link" href="%s"><h2 class="teaser__title">%s</h2><p class="teaser__intro">%s</p></a><span class="teaser__time">%s</span></li>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="page__title">%s</h1>%s' % (E(t), '<p class="author__bio">%s</p>' % E(intro) if intro else "")

    bios = {"Sanne van Dijk": "Sanne van Dijk is verslaggever in Eindhoven en Veldhoven.", "Bram Hendriks": "Bram Hendriks schrijft over wonen en ruimtelijke ordening in de regio."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="%s", author_path=ap, bio=lambda a: bios[a], archive=("/archief/", "Archief"),
               pages=[("about", "/over-ons/", "Over ons", "<p>Kempen Koerier is de nieuwssite voor Eindhoven, Veldhoven en de Kempen. Een kleine redactie brengt elke dag het belangrijkste lokale nieuws.</p>"),
                      ("contact", "/contact/", "Contact", "<p>Tips en vragen: redactie@kempenkoerier.example of 040 555 1200.</p><p>Stationsplein 3, 5611 AB Eindhoven</p>"),
                      ("search", "/zoeken/", "Zoeken", '<form action="/zoeken/"><input name="query" placeholder="Zoek een artikel"><button>Zoeken</button></form>')])
    build("kk", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 10. Kurier Nadwiślański (lang="en" and en_US on a Polish site; an e-mail address as author)
def torun():
    name = "Kurier Nadwiślański"
    MAIL = "redakcja@kuriernadwislanski.example"
    secs = {"torun": ("/torun/", "Toruń"), "region": ("/region/", "Region")}
    tags = {"komunikacja": ("/tag/komunikacja/", "komunikacja"), "wisla": ("/tag/wisla/", "Wisła")}
    ap = lambda a: "/autor/%s/" % slug(a)  # noqa: E731
    MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]

    def when(t):
        return "%d %s %d, %02d:%02d" % (t.day, MIES[t.month - 1], t.year, t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [PR("og:locale", "en_US"), PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), canon(url)]
        if st:
            h += [M("author", MAIL), M("description", st.ps[0][:160]), PR("article:published_time", st.t.isoformat()),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "inLanguage": "en", "headline": st.title, "datePublished": st.t.isoformat(),
                      "dateModified": st.t.isoformat(), "author": {"@type": "Person", "name": MAIL}, "publisher": {"@type": "Organization", "name": name}})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<header class="header"><div class="header__logo"><a href="/">Kurier Nadwiślański</a></div><nav class="header__menu"><a href="/torun/">Toruń</a> <a href="/region/">Region</a> '
                '<a href="/archiwum/">Archiwum</a> <a href="/szukaj/">Szukaj</a></nav></header><div class="page">%s</div>'
                '<footer class="footer"><a href="/o-nas/">O nas</a> | <a href="/kontakt/">Kontakt</a><p>&copy; 2025 Kurier Nadwiślański. Wszelkie prawa zastrzeżone.</p></footer>') % main
        return doc("en", "%s | %s" % (title, name) if kind != "home" else "%s - wiadomości z Torunia i regionu" % name, hd, body)

    def story_main(st):
        by = joined(st.authors, "i", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        return ('<div class="article-header"><p class="article-category"><a href="%s">%s</a></p><h1 class="article-title">%s</h1>'
                '<div class="article-info"><span class="article-author">Autor: %s</span> <span class="article-date">%s</span></div></div>'
                '<div class="article-body"><p class="article-lead"><strong>%s</strong></p>%s</div>%s') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), by, when(st.t), E(st.ps[0]), ps(st.ps[1:]),
            '<div class="article-tags">Tagi: %s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return "".join('<div class="list-item"><h2 class="list-item__title"><a href="%s">%s</a></h2><p class="list-item__lead">%s</p><span class="list-item__date">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="page-title">%s</h1>%s' % (E(t), '<p class="author-bio">%s</p>' % E(intro) if intro else "")

    bios = {"Tomasz Wiśniewski": "Dziennikarz działu miejskiego, pisze o komunikacji i inwestycjach w Toruniu.", "Agnieszka Kowalczyk": "Dziennikarka, zajmuje się kulturą, nauką i edukacją."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Tag: %s", author_path=ap, bio=lambda a: bios[a], archive=("/archiwum/", "Archiwum"),
               pages=[("about", "/o-nas/", "O nas", "<p>Kurier Nadwiślański to niezależny portal informacyjny z Torunia, działający od 2011 roku. Piszemy o mieście, regionie i sprawach mieszkańców.</p>"),
                      ("contact", "/kontakt/", "Kontakt", "<p>Redakcja: redakcja@kuriernadwislanski.example, tel. 56 555 20 40.</p><p>ul. Szeroka 10, 87-100 Toruń</p>"),
                      ("search", "/szukaj/", "Szukaj", '<form action="/szukaj/"><input name="q" placeholder="Wpisz szukaną frazę"><button>Szukaj</button></form>')])
    build("kn", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 11. Correio do Vale (BOM + a Latin-1 meta; datePublished a re-save, dateModified earlier)
def vale():
    name = "Correio do Vale"
    RESAVE = datetime.datetime.fromisoformat("2025-03-21T02:13:55-03:00")
    secs = {"cidades": ("/cidades/", "Cidades"), "economia": ("/economia/", "Economia")}
    tags = {"chuva": ("/tudo-sobre/chuva/", "Chuva"), "empregos": ("/tudo-sobre/empregos/", "Empregos")}
    ap = lambda a: "/autor/%s/" % slug(a)  # noqa: E731

    def when(t):
        return t.strftime("%d/%m/%Y") + " às %02dh%02d" % (t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "pt_BR"), canon(url)]
        if st:
            h += [M("description", lead(st, 155)), PR("article:published_time", RESAVE.isoformat()), PR("article:modified_time", st.t.isoformat()),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "description": st.dek,
                      "datePublished": RESAVE.isoformat(), "dateModified": st.t.isoformat(),
                      "author": [{"@type": "Person", "name": a} for a in st.authors], "publisher": {"@type": "Organization", "name": name}})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<header class="header-barra"><a class="logo" href="/">Correio do Vale</a><nav class="menu"><a href="/cidades/">Cidades</a> <a href="/economia/">Economia</a> '
                '<a href="/arquivo/">Arquivo</a> <a href="/busca/">Busca</a></nav></header><main class="glb-grid">%s</main>'
                '<footer class="rodape"><a href="/quem-somos/">Quem somos</a> &middot; <a href="/fale-conosco/">Fale conosco</a><p>&copy; 2025 Correio do Vale &ndash; São José dos Campos (SP)</p></footer>') % main
        return doc("pt-BR", "%s | %s" % (title, name) if kind != "home" else "%s | Notícias de São José dos Campos e região" % name, hd, body, charset="iso-8859-1")

    def story_main(st):
        by = "Por " + joined(st.authors, "e", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a))) + ", Correio do Vale \u2014 " + ("São José dos Campos" if "sao-jose" in st.path else "Vale do Paraíba")
        return ('<div class="content-head"><p class="content-head__section"><a href="%s">%s</a></p><h1 class="content-head__title">%s</h1><h2 class="content-head__subtitle">%s</h2></div>'
                '<div class="content-publication-data"><p class="content-publication-data__from">%s</p><p class="content-publication-data__updated">Publicado em %s</p></div>'
                '<article class="mc-body">%s</article>%s') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), by, when(st.t), ps(st.ps, "content-text__container"),
            '<div class="entities">Veja também: %s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return '<div class="feed">%s</div>' % "".join('<div class="feed-post"><a class="feed-post-link" href="%s">%s</a><div class="feed-post-body-resumo">%s</div><span class="feed-post-datetime">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="titulo-pagina">%s</h1>%s' % (E(t), '<p class="autor-bio">%s</p>' % E(intro) if intro else "")

    bios = {"Larissa Mendes": "Repórter de cidades e economia do Correio do Vale.", "Rafael Nogueira": "Repórter do Correio do Vale em Taubaté."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Tudo sobre %s", author_path=ap, bio=lambda a: bios[a], archive=("/arquivo/", "Arquivo de notícias"),
               pages=[("about", "/quem-somos/", "Quem somos", "<p>O Correio do Vale é um jornal digital de São José dos Campos, fundado em 2012, que cobre as cidades do Vale do Paraíba, do litoral norte e da Serra da Mantiqueira.</p>"),
                      ("contact", "/fale-conosco/", "Fale conosco", "<p>Redação: redacao@correiodovale.example &middot; WhatsApp (12) 95555-0120</p><p>Av. São João, 2200, São José dos Campos (SP)</p>"),
                      ("search", "/busca/", "Busca", '<form action="/busca/"><input name="q" placeholder="Buscar"><button>Buscar</button></form>')])
    build("cv", cfg, shell, head, story_main, teasers, heading)


# ====================================================================== 12. Ege Postası (the theme's demo date on every story; the site and a user name as authors)
def ege():
    name = "Ege Postası"
    DEMO = "2019-06-18T10:00:00+03:00"
    secs = {"izmir": ("/izmir/", "İzmir"), "ekonomi": ("/ekonomi/", "Ekonomi")}
    tags = {"metro": ("/etiket/metro/", "metro"), "zeytinyagi": ("/etiket/zeytinyagi/", "zeytinyağı")}
    ap = lambda a: "/yazar/%s/" % slug(a)  # noqa: E731
    AY = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
    GUN = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]

    def when(t):
        return "%02d %s %d %s %02d:%02d" % (t.day, AY[t.month - 1], t.year, GUN[t.weekday()], t.hour, t.minute)

    def head(kind, url, title, st=None):
        h = [PR("og:type", "article" if st else "website"), PR("og:title", title), PR("og:url", url), PR("og:site_name", name), PR("og:locale", "tr_TR"), canon(url)]
        if st:
            h += [M("author", "egepostasi"), M("description", lead(st, 155)),
                  jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": DEMO, "dateModified": DEMO,
                      "author": {"@type": "Person", "name": name}, "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url})]
        return "\n".join(h)

    def shell(kind, title, main, hd, st=None):
        body = ('<div class="wrapper"><header class="header"><div class="logo"><a href="/">Ege Postası</a></div><ul class="nav"><li><a href="/izmir/">İzmir</a></li>'
                '<li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/arsiv/">Arşiv</a></li><li><a href="/arama/">Arama</a></li></ul></header>'
                '<div class="content">%s</div><footer class="footer"><a href="/kunye/">Künye</a> - <a href="/iletisim/">İletişim</a><p>Copyright &copy; 2025 Ege Postası. Tüm hakları saklıdır.</p></footer></div>') % main
        return doc("tr", "%s - %s" % (title, name) if kind != "home" else "%s - İzmir Haberleri, Son Dakika Ege Haberleri" % name, hd, body)

    def story_main(st):
        by = joined(st.authors, "ve", lambda a: '<a href="%s">%s</a>' % (ap(a), E(a)))
        return ('<div class="news-detail"><div class="breadcrumb"><a href="/">Ana Sayfa</a> / <a href="%s">%s</a></div><h1 class="news-title">%s</h1><h2 class="news-spot">%s</h2>'
                '<div class="news-info"><span class="news-author">%s</span> <span class="news-date">%s</span></div><div class="news-content">%s</div>%s</div>') % (
            secs[st.sec][0], secs[st.sec][1], E(st.title), E(st.dek), by, when(st.t), ps(st.ps),
            '<div class="news-tags">Etiketler: %s</div>' % " ".join('<a href="%s">%s</a>' % tags[t] for t in st.tags) if st.tags else "")

    def teasers(xs, home=False):
        return '<div class="news-list">%s</div>' % "".join('<div class="news-item"><a href="%s"><span class="title">%s</span></a><p class="spot">%s</p><span class="date">%s</span></div>' % (
            s.path, E(s.title), E(lead(s)), when(s.t)) for s in xs)

    def heading(t, intro=""):
        return '<h1 class="page-title">%s</h1>%s' % (E(t), '<p class="author-desc">%s</p>' % E(intro) if intro else "")

    bios = {"Elif Yıldız": "Elif Yıldız, Ege Postası'nda kent ve ekonomi haberlerini takip ediyor.", "Murat Aydın": "Murat Aydın, Karşıyaka ve Bayraklı muhabiri."}
    cfg = dict(home_title=name, sections=secs, tags=tags, tag_head="Etiket: %s", author_path=ap, bio=lambda a: bios[a], archive=("/arsiv/", "Haber Arşivi"),
               pages=[("about", "/kunye/", "Künye", "<p>Ege Postası, İzmir merkezli yerel haber sitesidir. İmtiyaz Sahibi: Ege Medya Yayıncılık A.Ş. Genel Yayın Yönetmeni: Serkan Tunç. "
                       "Yönetim yeri: Alsancak, Konak / İzmir.</p>"),
                      ("contact", "/iletisim/", "İletişim", "<p>Haber ihbar: haber@egepostasi.example - Telefon: 0232 555 40 40</p><p>Kıbrıs Şehitleri Cad. No: 88, Alsancak / İzmir</p>"),
                      ("search", "/arama/", "Arama", '<form action="/arama/"><input name="q" placeholder="Haber ara"><button>Ara</button></form>')])
    build("ep", cfg, shell, head, story_main, teasers, heading)


for f in (cascade, fenland, hunter, deccan, mosel, leman, guadalquivir, salento, kempen, torun, vale, ege):
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
