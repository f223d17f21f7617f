"""Web as: ten hyperlocal and community news sites in English (US, UK,
Canada, Australia), German, French, Dutch, Danish and Spanish, each on its
own template: a Patch-like network site (the town lives under
/new-jersey/hollisridge/, Next.js classes, __NEXT_DATA__, "Posted Tue, Mar 4,
2025 at 9:15 am ET", "Dana Whitfield, Patch Staff", a Neighbor Post "By
Priya Raman, Community Contributor" with a disclaimer), a US weekly on
BLOX/TownNews markup (asset-header, tnt-byline, <time class="tnt-date">
with offsets, "Updated 2 hrs ago", "From staff reports", a letter to the
editor whose only author is the signature under the letter, an author card
with the title "Staff Writer"; legal notices on the very same asset
template), a UK village newsletter on WordPress (Twenty-style entry-meta
with the posting account "Village News" while the piece is "Submitted by
Margaret Dunn, WI Secretary", "4th March 2025", a country-diary columnist
with mugshot and bio), a Canadian community paper ("Posted Tuesday, March
4, 2025 9:15 am", "Updated 2 hrs ago", "Local Journalism Initiative
Reporter", "Submitted by", "Contributed photo", a columnist with mugshot and
bio), an Australian regional on a News Corp-like template (story-headline,
byline_name + paper, "March 4, 2025 - 9:15AM" AEDT, "By Staff Writer"),
a German Stadtteilzeitung ("Von unserer Redakteurin Anna Schmid",
"Polizeimeldungen" made of short items, "Text: Bernd Krüger, Foto:
privat"), a French journal municipal on SPIP ("Par la rédaction", "Publié
le 4 mars 2025", an hommage), a Dutch huis-aan-huisblad ("Door Pieter de
Vries" as the first body line, an ingezonden brief signed at the end,
112-nieuws), a Danish lokalavis ("Af Mette Hansen", "4. marts 2025 kl.
09.15", a læserbrev "Af Jens Poulsen, Ribevej 12, Kærby", a døgnrapport
published "i dag kl. HH.MM") and a Spanish periódico local ("Por Lucía
Ortega", "Redacción", a carta al director signed at the end, a death
reported as news). Non-articles: home, section fronts, tag and author pages,
search, about/contact/advertise, classifieds, single public/legal notices,
real-estate listings, events calendars and single event pages, e-edition,
submit-a-story forms, obituaries index, weather and photo galleries with
"Contributed photo" captions, bylines and dates. Feeds, sitemaps and
robots.txt on some sites. Writes the sites and truth.json under the
directory given as the first argument. Crawled once with
/tmp/nr-base/newsroom: stored 28 of 30 (the BLOX letter to the editor kept
as a listing, the BLOX obituary-as-news as "other"), titles and dates right
for all 28 stored (instants too, and the Danish "i dag kl."), authors 18
(BLOX kicker "Local News" taken as author; "Von unserer Redakteurin",
"Submitted by", letter signatures unread; WordPress account "Village News"
kept; desk credits Redactie/Redaktionen/Redacción and the paper's name for
"Staff Writer" stored as authors), bodies 27 of 28 right (a carta's
signature dropped), 9 of 100 non-articles stored (every single public or
legal notice, two real-estate listings, the esquelas index)."""
import datetime, html, json, os, re, sys, unicodedata  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18123
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
UTC = datetime.timezone.utc
NOW = DT.now(UTC).replace(second=0, microsecond=0)


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:60].strip("-")


# ------------------------------------------------------------------ stories
# Per site: dict(kick, head, dek, t=(y, m, d, h, mi) local or "rel3" (three
# hours before generation), au=truth authors, by=the byline as shown, paras,
# plus template extras (sig, bio, photo, upd).
ST = {}
ST["patch"] = [
 dict(kick="Politics & Government", head="Hollis Ridge Council Approves $4.2M Road Repaving Plan",
      dek="Twenty-three streets will be milled and repaved starting in May, the borough engineer said.",
      t=(2025, 3, 4, 9, 15), upd=(2025, 3, 4, 11, 2), au=["Dana Whitfield"], by="Dana Whitfield", role="Patch Staff", paras=[
  "HOLLIS RIDGE, NJ — The Borough Council voted 5-1 on Monday night to approve a $4.2 million road program that will repave 23 streets, most of them in the neighborhoods north of Route 9.",
  "Borough engineer Frank Oduya told the council that Chestnut Avenue, Linden Court and the full length of Old Mill Road were in the worst condition and would be done first, weather permitting, in the second week of May.",
  "Councilwoman Teresa Gallo cast the lone no vote, saying she supported the repairs but objected to bonding the full amount instead of drawing on the capital surplus the borough has built up since 2021.",
  "Residents on affected streets will get door hangers at least 72 hours before work starts, and the borough will post a weekly schedule on its website and social media pages.",
  "The council also introduced an ordinance raising the fee for a residential street-opening permit from $150 to $250. A public hearing is set for the March 17 meeting."]),
 dict(kick="Crime & Safety", head="Hollis Ridge Police Blotter: Catalytic Converters Stolen, DWI Arrest On Route 9",
      dek="Here is what Hollis Ridge police reported over the past week.",
      t=(2025, 2, 28, 16, 40), au=["Dana Whitfield"], by="Dana Whitfield", role="Patch Staff", paras=[
  "HOLLIS RIDGE, NJ — The following items were taken from the Hollis Ridge Police Department's weekly activity log. All persons charged are presumed innocent until proven guilty in a court of law.",
  "Catalytic converters: Two converters were cut from Toyota Priuses parked overnight in the commuter lot on Station Plaza between Feb. 21 and Feb. 22. Police are reviewing camera footage from the nearby bank.",
  "DWI: A 34-year-old Paramus man was arrested Feb. 23 after his car was seen drifting across lanes on Route 9 near Kinderkamack Road. He was charged with driving while intoxicated and released to a sober adult.",
  "Shoplifting: A 19-year-old woman was charged Feb. 25 with taking $212 worth of cosmetics from the pharmacy on Broad Street. She was given a summons and a court date.",
  "Fraud: A Maple Terrace resident reported Feb. 26 that she lost $1,800 in gift cards to a caller claiming to be from the electric company. Police remind residents that utilities never ask for payment in gift cards."]),
 dict(kick="Neighbor Posts", head="Hollis Ridge High Robotics Team Heads To State Finals",
      dek="The RidgeBots finished second of 38 teams at the district qualifier in Mahwah.",
      t=(2025, 3, 2, 19, 30), au=["Priya Raman"], by="Priya Raman", role="Community Contributor", neighbor=True, paras=[
  "The Hollis Ridge High School robotics team, the RidgeBots, earned a spot at the state championship after placing second at the district qualifier held Saturday at Mahwah High School.",
  "This year's robot, nicknamed Gus, has to pick up foam rings and hang them on pegs of different heights, and the team spent most of January rebuilding its lift arm after it kept jamming in practice.",
  "Senior captain Marco Delgado said the turning point came when a parent volunteer machined a new aluminum bracket over a weekend. \"We went from hanging three rings a round to eight,\" he said.",
  "The state finals will be held March 22 in Edison. The team is still raising money for registration and the bus, and families can donate through the Hollis Ridge Education Foundation."]),
]
ST["blox"] = [
 dict(kick="Local News", head="Millbrook school board sets May vote on $18 million bond",
      dek="The plan would replace the roof and boilers at the middle school and add a secure entrance at Lincoln Elementary.",
      t=(2025, 3, 4, 9, 15), au=[], by="From staff reports", paras=[
  "The Millbrook Community School District board voted unanimously Monday to put an $18 million bond issue before voters on May 6.",
  "Superintendent Dr. Angela Reyes said the largest share, about $9.5 million, would pay for a new roof and boilers at Millbrook Middle School, which was built in 1968 and has had three roof leaks since November.",
  "Another $3 million would add a secure vestibule at Lincoln Elementary so visitors must check in at the office before entering the building. The rest would go to parking lot repairs and new bleachers at the football field.",
  "If approved, the bond would raise the district's debt service levy by an estimated 81 cents per $1,000 of taxable valuation. Bond issues in Iowa need 60 percent approval to pass.",
  "The board will hold two public information sessions, on April 8 at the middle school and April 15 at the high school library, both at 6:30 p.m."]),
 dict(kick="Letters to the Editor", head="Letter: Keep the library open on Saturday mornings",
      dek="", t=(2025, 2, 27, 14, 0), au=["Harold Jensen"], by="", sig="Harold Jensen, Millbrook", paras=[
  "To the editor: I was sorry to read that the library board is considering closing the Millbrook Public Library on Saturday mornings to save money on part-time staff.",
  "For many working families Saturday morning is the only time they can bring their children to story hour or pick out books together. My grandchildren look forward to it all week.",
  "The savings mentioned at the last board meeting were about $14,000 a year. Surely the city can find that somewhere in a budget of more than $11 million without taking away something so many people use.",
  "I would urge everyone who feels the same way to attend the library board meeting on March 12 and say so."]),
 dict(kick="Obituaries", head="Ruth Ann Keller, who taught a generation of Millbrook kindergartners, dies at 88",
      dek="Keller spent 34 years at Lincoln Elementary and later ran the reading program at the library.",
      t=(2025, 2, 24, 17, 30), au=["Carla Mendes"], by="Carla Mendes", title="Staff Writer", paras=[
  "Ruth Ann Keller, who taught kindergarten at Lincoln Elementary School for 34 years, died Saturday at Prairie View Care Center. She was 88.",
  "Born on a farm outside Eldora in 1936, Keller graduated from Iowa State Teachers College and came to Millbrook in 1959. Former students say she knew every child's name years after they had left her classroom.",
  "After retiring in 1993 she volunteered for two decades at the Millbrook Public Library, where she started the Tuesday reading buddies program that pairs high school students with young readers.",
  "\"She never raised her voice, and she never had to,\" said Principal Mark Lindahl, who was in her class in 1975.",
  "Visitation will be held Thursday at Hansen Funeral Home, with a funeral service Friday at First Lutheran Church."]),
]
ST["wp"] = [
 dict(kick="Parish Council", head="Parish Council notes: February meeting",
      dek="", t=(2025, 3, 4, 9, 15), au=["Sue Pritchard"], by="Sue Pritchard", paras=[
  "Eight councillors attended the February meeting of Little Wickham Parish Council in the village hall, along with eleven members of the public and our county councillor.",
  "The main item was the precept for 2025/26, which was set at £38,400, an increase of four per cent. The chairman explained that most of the rise will pay for the new play equipment on the recreation ground and higher insurance costs.",
  "Residents raised concerns again about speeding on Church Lane. The council agreed to ask the county for a second speed indicator device and will look into joining the Community Speedwatch scheme.",
  "The planning application for two houses behind the Old Forge was discussed and the council resolved to object on the grounds of access and drainage.",
  "The next meeting will be held on Tuesday 18th March at 7.30pm. All parishioners are welcome."]),
 dict(kick="Clubs & Societies", head="WI celebrates 90 years with a spring lunch",
      dek="", t=(2025, 2, 28, 15, 20), au=["Margaret Dunn"], by="Village News", sub="Submitted by Margaret Dunn, WI Secretary", paras=[
  "Little Wickham Women's Institute marked its ninetieth birthday with a lunch at the Plough on Saturday, attended by forty-two members past and present.",
  "Our oldest member, Joan Ellery, who joined in 1957, cut a cake decorated with the original 1935 minute book and shared memories of the jam-making years during and after the war.",
  "The federation chairman presented a certificate and praised the institute for keeping going when so many rural branches have closed. New members are always welcome and we meet on the second Wednesday of every month.",
  "Thank you to everyone at the Plough for looking after us so well, and to the committee for all their hard work."]),
 dict(kick="Country Diary", head="Country Diary: Lapwings return to the water meadows",
      dek="", t=(2025, 2, 25, 8, 0), au=["Tom Bramley"], by="Tom Bramley",
      bio="Tom Bramley has farmed at Lower Ends for forty years and writes the Country Diary every month.", paras=[
  "The first lapwings came back to the water meadows below the mill this week, tumbling over the wet grass with that odd creaking call that always sounds to me like a gate that needs oiling.",
  "There were eleven of them on Monday morning, and by Thursday I counted twenty-six. They like the low field where the water stands longest, and we have left it ungrazed until the end of April for them.",
  "The rooks in the churchyard beeches are busy too, carrying sticks that seem far too big for them and dropping half of them on the vicarage car.",
  "If you walk the footpath by the river, please keep dogs on a lead between now and July. The birds nest on the ground and a single run through the field can cost a pair their eggs."]),
]
ST["ca"] = [
 dict(kick="Local News", head="Dunmore council freezes arena fees for another season",
      dek="Minor hockey and figure skating clubs will pay the same ice rates as last year.",
      t=(2025, 3, 4, 9, 15), upd="rel2", au=["Kevin Boyle"], by="Kevin Boyle", role="Local Journalism Initiative Reporter", paras=[
  "Town council has agreed to hold ice rental rates at the Dunmore Memorial Arena at their 2024 levels for the 2025-26 season.",
  "The decision came after representatives of Dunmore Minor Hockey and the Lakeshore Skating Club told council at its Feb. 25 meeting that registration had dropped for the second year in a row as families struggled with the cost of equipment and travel.",
  "Prime-time ice will stay at $218 an hour for youth groups and $265 for adult leagues. Staff estimated the freeze will cost the town about $31,000 in lost revenue, which will be covered from the recreation reserve.",
  "Coun. Denise Arsenault said the town should look at a longer-term plan. \"We can't freeze rates forever while the cost of running the compressors keeps going up,\" she said.",
  "Council asked staff to report back in the fall with options, including a possible sponsorship deal for the arena's naming rights."]),
 dict(kick="Community", head="St. Brigid students raise $3,000 for Dunmore Food Bank",
      dek="", t=(2025, 3, 3, 14, 5), au=["Karen Liu"], by="Karen Liu", submitted=True, paras=[
  "Students at St. Brigid Catholic Elementary School collected $3,012 and more than 900 pounds of food for the Dunmore Food Bank during their February Kindness Challenge.",
  "Each class competed to fill a shopping cart in the front hall, and the Grade 4 class of Mrs. Ouellette won a pizza lunch by filling theirs three times.",
  "Food bank co-ordinator Bill Tremblay visited the school on Friday to accept the donation and thanked the students, saying demand at the food bank is up 40 per cent from two years ago.",
  "The school council also thanked Foodland Dunmore for providing the carts and matching the first $500 raised."]),
 dict(kick="Outdoors column", head="Ice fishing season ends early on Lake Dunmore",
      dek="A warm February has left the bays too soft for huts.", t=(2025, 3, 1, 6, 0), au=["Gord MacLean"], by="Gord MacLean",
      bio="Gord MacLean has fished the lakes of the Dunmore Highlands for fifty years. His column appears every other Saturday.", paras=[
  "Most of the huts were off Lake Dunmore by the middle of last week, a good ten days before the Ministry deadline, and I can't say I blame the owners.",
  "The ice in Sandy Bay was still a foot thick in early February, but the run of plus-eight afternoons and rain we had after the long weekend turned the top layer to slush and opened pressure cracks near the point.",
  "The walleye fishing was decent while it lasted. I had my best morning of the season off Hemlock Island on Family Day, with four keepers before ten o'clock, all on a jigging spoon tipped with a minnow head.",
  "If you are still going out on the smaller lakes, carry picks and a throw rope and go with a friend. No fish is worth going through the ice for."]),
]
ST["au"] = [
 dict(kick="Council", head="Council pushes ahead with Murwillah flood buyback stage three",
      dek="Another 46 homes in the low-lying south of town will be offered voluntary buybacks.",
      t=(2025, 3, 4, 9, 15), au=["Jess Thornton"], by="Jess Thornton", paras=[
  "Murwillah Shire Council has voted to open the third stage of its voluntary flood buyback scheme, offering to purchase 46 more homes in the south of town.",
  "Mayor Kerrie Blackwood told Tuesday's meeting the homes were all flooded above floor level in 2022 and again in 2024, and that the state and federal governments had committed $31 million for the stage.",
  "Owners will receive a valuation based on the market before the 2022 flood. Houses bought under the scheme are removed and the land rezoned as open space.",
  "Cr Dan Okafor said council must also plan where displaced families would live. \"Buying out the south end is only half the job if there are no blocks for people to move to,\" he said.",
  "Letters to eligible owners will go out from March 17."]),
 dict(kick="Police & Courts", head="Police round-up: Ute stolen from Murwillah driveway, P-plater caught at 142km/h",
      dek="", t=(2025, 2, 28, 16, 40), au=[], by="Staff Writer", paras=[
  "A white Toyota HiLux was stolen from a driveway in Rous Street, Murwillah, between 11pm on Tuesday and 6am on Wednesday. Police are asking anyone with dashcam footage from the area to contact Crime Stoppers.",
  "A 19-year-old provisional driver lost his licence after being detected travelling at 142km/h in a 100km/h zone on the Pacific Motorway near Chinderah on Thursday afternoon.",
  "Two men were charged following a brawl outside a hotel in Main St on Saturday night. Both will appear in Murwillah Local Court next month.",
  "A woman was taken to Tweed Hospital with minor injuries after her car hit a cow on Kyogle Rd on Sunday morning. Police remind drivers that stock are often on the road after the heavy rain."]),
 dict(kick="Sport", head="Magpies break 22-year drought to claim Northern Rivers premiership",
      dek="A last-over six from captain Liam Brady sealed the grand final win.", t=(2025, 2, 23, 18, 30), au=["Rhys Calloway"], by="Rhys Calloway", paras=[
  "The Murwillah Magpies have won the Northern Rivers cricket premiership for the first time since 2003, beating Casino by two wickets in a tense grand final at Lavender Oval.",
  "Chasing 214, the Magpies needed nine from the final over when captain Liam Brady lofted the second ball over long-on and then ran two off the fourth to finish the job.",
  "Opening bowler Tayla Nguyen, the first woman to play first grade for the club, took 3 for 28 and was named player of the final.",
  "Club president Greg Hollis said celebrations at the clubhouse went well into the night. \"Some of these blokes were in nappies the last time we won it,\" he said."]),
]
ST["de"] = [
 dict(kick="Bezirksbeirat", head="Bezirksbeirat stimmt für Tempo 30 in der Hauptstraße",
      dek="Auf dem Abschnitt zwischen Kirchplatz und Bahnhof soll künftig durchgehend Tempo 30 gelten.",
      t=(2025, 3, 4, 9, 15), upd=(2025, 3, 4, 11, 2), au=["Anna Schmid"], by="Von unserer Redakteurin Anna Schmid", paras=[
  "Der Bezirksbeirat Kirchberg hat sich in seiner Sitzung am Montagabend mit großer Mehrheit für Tempo 30 auf der gesamten Hauptstraße ausgesprochen.",
  "Bisher gilt die Beschränkung nur vor der Grundschule und nachts zum Lärmschutz. Anwohner hatten in einer Unterschriftenliste mehr als 600 Unterschriften für eine durchgehende Regelung gesammelt.",
  "Die Verwaltung hatte Bedenken geäußert, weil auf der Hauptstraße auch Linienbusse fahren und die Fahrpläne angepasst werden müssten. Die Verkehrsbetriebe sehen darin aber kein großes Problem.",
  "Endgültig entscheiden muss nun der Ausschuss für Umwelt und Technik des Gemeinderats, der sich voraussichtlich im April mit dem Antrag befasst.",
  "Offen ist auch, ob zusätzliche Fahrradschutzstreifen markiert werden. Dafür müssten etwa zwanzig Parkplätze wegfallen."]),
 dict(kick="Polizeimeldungen", head="Polizeimeldungen: Einbruch in Kita, Unfall an der Lindenkreuzung, Fahrrad gestohlen",
      dek="", t=(2025, 3, 3, 16, 40), au=[], by="", paras=[
  "Kirchberg-Nord: In der Nacht auf Sonntag sind Unbekannte in die Kindertagesstätte in der Schillerstraße eingebrochen. Sie hebelten ein Fenster auf und stahlen einen Laptop sowie Bargeld aus der Kaffeekasse. Die Polizei bittet um Hinweise.",
  "Lindenkreuzung: Beim Abbiegen hat ein 71-jähriger Autofahrer am Samstagmittag eine Radfahrerin übersehen. Die 24-Jährige wurde leicht verletzt. Der Sachschaden beträgt rund 3000 Euro.",
  "Bahnhof: Ein hochwertiges E-Bike ist am Freitag zwischen 7 und 17 Uhr am Fahrradständer vor dem Bahnhof gestohlen worden, obwohl es mit einem Bügelschloss gesichert war.",
  "Hinweise nimmt das Polizeirevier Kirchberg unter der Telefonnummer 0711 000 000 entgegen."]),
 dict(kick="Vereine", head="TSV Kirchberg ehrt langjährige Mitglieder",
      dek="", t=(2025, 2, 28, 10, 30), au=["Bernd Krüger"], by="", credit="Text: Bernd Krüger, Foto: privat", paras=[
  "Bei der Hauptversammlung des TSV Kirchberg im Vereinsheim sind am Freitagabend 23 Mitglieder für ihre langjährige Treue geehrt worden.",
  "Für 60 Jahre Mitgliedschaft erhielt Helga Brenner die goldene Ehrennadel. Sie hatte in den Siebzigerjahren die Damengymnastik gegründet und leitet bis heute eine Seniorengruppe.",
  "Der Vorsitzende Jürgen Maier berichtete von einem erfreulichen Zuwachs in der Tischtennisabteilung und kündigte an, dass der Kunstrasenplatz im Sommer saniert werden soll.",
  "Die Kassenprüfer bescheinigten eine einwandfreie Kassenführung, der Vorstand wurde einstimmig entlastet."]),
]
ST["fr"] = [
 dict(kick="Vie municipale", head="Conseil municipal du 27 février : le budget 2025 adopté",
      dek="Les taux d'imposition restent inchangés pour la cinquième année consécutive.",
      t=(2025, 3, 4, 9, 15), au=[], by="la rédaction", paras=[
  "Réuni le jeudi 27 février en mairie, le conseil municipal a adopté le budget primitif 2025 par 23 voix pour et 4 abstentions.",
  "Le budget de fonctionnement s'élève à 6,8 millions d'euros. Les taux de la taxe foncière sont maintenus, comme chaque année depuis 2021, malgré la hausse des coûts de l'énergie.",
  "En investissement, la principale dépense concerne la rénovation thermique de l'école maternelle des Tilleuls, pour 1,2 million d'euros, financée à moitié par l'État et la Région.",
  "Le conseil a également voté la création d'un poste de policier municipal et une subvention exceptionnelle de 3 000 euros au comité des fêtes pour les 50 ans du jumelage.",
  "Le compte rendu intégral est consultable en mairie et sur le panneau d'affichage."]),
 dict(kick="Hommage", head="Hommage à Jean-Pierre Morel, maire de 1989 à 2008",
      dek="L'ancien maire s'est éteint le 22 février à l'âge de 84 ans.", t=(2025, 2, 26, 14, 0), au=["Marie Lefèvre"], by="Marie Lefèvre", paras=[
  "C'est avec une grande tristesse que la commune a appris le décès de Jean-Pierre Morel, maire de Saint-Aubin-sur-Loire pendant près de vingt ans, survenu le 22 février.",
  "Instituteur de formation, il avait été élu conseiller municipal en 1977 avant de conduire la liste victorieuse en 1989. On lui doit notamment la médiathèque, la salle des fêtes et le premier jumelage avec la ville allemande de Kirchberg.",
  "« Il connaissait chaque rue et chaque famille », se souvient son ancien adjoint, Roger Blanchard. Après son dernier mandat, il avait continué à animer l'association d'histoire locale.",
  "Ses obsèques ont été célébrées le 26 février en l'église Saint-Aubin. Le conseil municipal adresse ses sincères condoléances à son épouse, à ses enfants et à ses petits-enfants."]),
 dict(kick="Enfance et jeunesse", head="L'école Jules-Ferry plante son verger pédagogique",
      dek="", t=(2025, 2, 20, 11, 0), au=["Thomas Girard"], by="Thomas Girard", paras=[
  "Les élèves de CE2 et de CM1 de l'école Jules-Ferry ont planté vendredi douze arbres fruitiers dans le jardin situé derrière la cantine.",
  "Pommiers, poiriers et pruniers de variétés anciennes ont été fournis par les Croqueurs de pommes de la vallée, dont deux membres ont expliqué aux enfants comment protéger les jeunes troncs des lapins.",
  "Le projet, préparé depuis la rentrée avec les enseignantes, permettra de suivre en classe la floraison, la pollinisation et, dans quelques années, la récolte.",
  "Les services techniques de la commune ont préparé le terrain et installé un petit récupérateur d'eau de pluie."]),
]
ST["nl"] = [
 dict(kick="Politiek", head="Gemeenteraad stemt in met nieuwe sporthal in Weerdam",
      dek="De hal komt op het terrein van de oude ijsbaan en moet eind 2026 klaar zijn.", t=(2025, 3, 4, 9, 15), au=["Pieter de Vries"], by="Pieter de Vries", paras=[
  "De gemeenteraad van Stichtse Weerden heeft dinsdagavond ingestemd met de bouw van een nieuwe sporthal in Weerdam. Alleen de fractie van Lokaal Belang stemde tegen.",
  "De hal, met drie zaalvelden en een tribune voor 300 toeschouwers, komt op het terrein van de voormalige ijsbaan aan de Molenweg. De oude gymzaal aan de Kerkstraat wordt na de oplevering gesloopt.",
  "De kosten worden geraamd op 9,4 miljoen euro. Wethouder Ingrid Kok noemde het een investering voor de komende veertig jaar en wees erop dat volleybalclub VC Weerdam nu uitwijkt naar zalen in omliggende dorpen.",
  "Omwonenden van de Molenweg maken zich zorgen over het parkeren. De gemeente belooft een extra parkeerterrein met zestig plaatsen."]),
 dict(kick="Ingezonden", head="Ingezonden brief: Laat de pont bij Weerdam varen",
      dek="", t=(2025, 2, 27, 12, 0), au=["Anneke Bos"], by="", sig="Anneke Bos, Weerdam", paras=[
  "Met verbazing las ik in deze krant dat de provincie overweegt de subsidie voor het voetveer tussen Weerdam en Oudhuizen te schrappen.",
  "Voor veel scholieren en ouderen is de pont de enige manier om zonder grote omweg de overkant te bereiken. De omweg via de brug bij Vreeland is ruim twaalf kilometer.",
  "Bovendien trekt het veer in de zomer honderden fietsers die op de terrassen in het dorp neerstrijken. Daar heeft de hele gemeenschap baat bij.",
  "Ik roep de gemeente op om zich bij de provincie hard te maken voor het behoud van deze verbinding."]),
 dict(kick="112", head="112-nieuws: Schuurbrand in Oudhuizen, botsing op de N402 en fietsendief betrapt",
      dek="", t=(2025, 3, 2, 20, 10), au=[], by="Redactie", paras=[
  "Oudhuizen: Zaterdagavond is een houten schuur aan de Achterweg door brand verwoest. De brandweer voorkwam dat het vuur oversloeg naar de naastgelegen woning. Over de oorzaak is nog niets bekend.",
  "N402: Bij een botsing tussen twee auto's ter hoogte van de afslag Weerdam raakte zondagochtend een bestuurder lichtgewond. De weg was ruim een uur in één richting afgesloten.",
  "Weerdam: Een oplettende buurtbewoner zag zondagmiddag hoe een man bij het station een fietsslot doorknipte. Hij belde 112 en de politie kon de 28-jarige verdachte even later aanhouden.",
  "Heeft u iets gezien? Tips kunnen anoniem worden doorgegeven via Meld Misdaad Anoniem."]),
]
ST["dk"] = [
 dict(kick="Byråd", head="Byrådet siger ja til ny skole i Kærby Nord",
      dek="Skolen skal stå klar til skoleåret 2027 og få plads til 450 elever.", t=(2025, 3, 4, 9, 15), au=["Mette Hansen"], by="Mette Hansen", paras=[
  "Et enigt byråd vedtog mandag aften at bygge en ny folkeskole i det nye boligområde i Kærby Nord.",
  "Skolen skal have plads til 450 elever fra børnehaveklasse til 6. klasse og en idrætshal, som også kan bruges af de lokale foreninger om aftenen.",
  "Borgmester Lars Nørgaard kaldte beslutningen historisk. Der er flyttet over 300 børnefamilier til Kærby Nord siden 2020, og den gamle skole i midtbyen er for længst sprængt.",
  "Byggeriet forventes at koste 210 millioner kroner. Arkitektkonkurrencen udskrives før sommerferien."]),
 dict(kick="Læserbreve", head="Læserbrev: Vi skal passe på Kærby Å",
      dek="", t=(2025, 2, 26, 13, 0), au=["Jens Poulsen"], by="Jens Poulsen, Ribevej 12, Kærby", paras=[
  "Jeg har gået ture langs Kærby Å i over fyrre år, og jeg har aldrig set så meget affald i vandet som i år.",
  "Efter stormen i januar ligger der plastik, dæk og endda en indkøbsvogn ved broen ved Møllegården. Det er ikke kønt, og det er skidt for ørrederne.",
  "Jeg vil opfordre kommunen til at arrangere en oprydningsdag i foråret. Jeg er sikker på, at mange borgere gerne vil give en hånd med.",
  "Og til dem, der smider deres affald i naturen: Tag det med hjem."]),
 dict(kick="Politi", head="Døgnrapport: Indbrud i sommerhus og spirituskørsel på Vestervej",
      dek="", t="rel3", au=[], by="Redaktionen", paras=[
  "Syd- og Sønderjyllands Politi har i det seneste døgn haft flere sager i Kærby og omegn.",
  "Indbrud: Et sommerhus på Klitvej har haft ubudne gæster. Der er stjålet et fjernsyn og to cykler. Politiet modtager gerne oplysninger om mistænkelige biler i området.",
  "Spirituskørsel: En 45-årig mand blev standset på Vestervej kort efter midnat. En udåndingsprøve viste, at han havde drukket for meget, og han blev taget med til blodprøve.",
  "Færdsel: Politiet målte hastigheden på Skolevej ved Kærby Skole i to timer. Fire bilister kørte for stærkt og får en bøde."]),
]
ST["es"] = [
 dict(kick="Pleno", head="El pleno aprueba la reforma integral de la plaza Mayor",
      dek="Las obras comenzarán después de las fiestas patronales y durarán ocho meses.", t=(2025, 3, 4, 9, 15), au=["Lucía Ortega"], by="Lucía Ortega", paras=[
  "El pleno del Ayuntamiento de Villanueva del Campo aprobó el jueves el proyecto de reforma integral de la plaza Mayor con los votos del equipo de gobierno y la abstención de la oposición.",
  "La reforma, presupuestada en 1,3 millones de euros, sustituirá el pavimento, soterrará los contenedores y ampliará la zona peatonal hasta la calle del Horno.",
  "El concejal de Urbanismo, Andrés Pizarro, aseguró que los comercios de la plaza podrán seguir abiertos durante toda la obra y que los trabajos se harán por fases.",
  "La oposición pidió que se mantengan los bancos de piedra y los dos plátanos centenarios, algo que el alcalde se comprometió a estudiar con los técnicos."]),
 dict(kick="Sociedad", head="Fallece a los 91 años Antonio Ruiz, fundador de la banda municipal",
      dek="", t=(2025, 2, 25, 18, 0), au=[], by="Redacción", paras=[
  "Villanueva del Campo despide a Antonio Ruiz Sánchez, fundador de la banda municipal de música, que falleció el lunes a los 91 años.",
  "Ruiz, clarinetista y maestro de varias generaciones de músicos del pueblo, reunió en 1962 a una docena de aficionados en el local de la cooperativa. Hoy la banda cuenta con más de sesenta componentes.",
  "El Ayuntamiento ha decretado un día de luto oficial y la banda tocará en su honor el próximo domingo en la plaza Mayor.",
  "El funeral se celebrará el miércoles a las cinco de la tarde en la iglesia parroquial de Santa María."]),
 dict(kick="Opinión", head="Carta al director: El autobús a la capital",
      dek="", t=(2025, 2, 21, 10, 0), au=["Francisco Javier Molina"], by="", sig="Francisco Javier Molina (Villanueva del Campo)", paras=[
  "Señor director: desde que la empresa concesionaria redujo los servicios del autobús a la capital, los vecinos que no tenemos coche lo tenemos cada vez más difícil para ir al médico.",
  "El primer autobús sale ahora a las nueve y media, de modo que es imposible llegar a una cita en el hospital antes de las once.",
  "Pido al Ayuntamiento y a la Junta que recuperen al menos el servicio de primera hora, que siempre iba lleno.",
  "No somos ciudadanos de segunda por vivir en un pueblo."]),
]

# ------------------------------------------------------------------ sites
SITES = [
 dict(k="patch", lang="en-US", name="Hollis Ridge Patch", town="Hollis Ridge", tz="America/New_York"),
 dict(k="blox", lang="en-US", name="The Millbrook Courier", town="Millbrook", tz="America/Chicago"),
 dict(k="wp", lang="en-GB", name="Little Wickham Village News", town="Little Wickham", tz="Europe/London"),
 dict(k="ca", lang="en-CA", name="The Dunmore Free Press", town="Dunmore", tz="America/Toronto"),
 dict(k="au", lang="en-AU", name="Murwillah Valley Leader", town="Murwillah", tz="Australia/Sydney"),
 dict(k="de", lang="de", name="Kirchberger Bote", town="Kirchberg", tz="Europe/Berlin"),
 dict(k="fr", lang="fr", name="Saint-Aubin Infos", town="Saint-Aubin-sur-Loire", tz="Europe/Paris"),
 dict(k="nl", lang="nl", name="De Weerdammer Courant", town="Weerdam", tz="Europe/Amsterdam"),
 dict(k="dk", lang="da", name="Kærby Lokalavis", town="Kærby", tz="Europe/Copenhagen"),
 dict(k="es", lang="es", name="El Eco de Villanueva", town="Villanueva del Campo", tz="Europe/Madrid"),
]

MON = {
 "en": "January February March April May June July August September October November December".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
 "da": "januar februar marts april maj juni juli august september oktober november december".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
WD = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
      "nl": "ma di wo do vr za zo".split()}


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def iso(d):
    return d.isoformat(timespec="seconds")


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ampm(d, sep=" "):
    return "%d:%02d%s%s" % ((d.hour - 1) % 12 + 1, d.minute, sep, "am" if d.hour < 12 else "pm")


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def shortdate(c, d):
    """A date as the site prints it in lists."""
    lg = c["lang"][:2]
    return {"patch": d.strftime("%b %-d, %Y"), "blox": d.strftime("%b %-d, %Y"), "wp": "%s %s %d" % (ordinal(d.day), MON["en"][d.month - 1], d.year),
            "ca": d.strftime("%B %-d, %Y"), "au": d.strftime("%B %-d, %Y"), "de": d.strftime("%d.%m.%Y"),
            "fr": "%d %s %d" % (d.day, MON["fr"][d.month - 1], d.year), "nl": "%d %s %d" % (d.day, MON["nl"][d.month - 1], d.year),
            "dk": "%d. %s %d" % (d.day, MON["da"][d.month - 1], d.year), "es": d.strftime("%d/%m/%Y")}[c["k"]] if lg else ""


def ago(c, h):
    return {"en": "%d hrs ago", "de": "vor %d Stunden", "fr": "il y a %d heures", "nl": "%d uur geleden", "da": "for %d timer siden", "es": "hace %d horas"}[c["lang"][:2]] % h


# Chrome per site: header, nav labels, footer, cookie/newsletter noise.
CHROME = {
 "patch": dict(nl="Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.",
               cookie="Patch uses cookies to personalize content and ads. By continuing you agree to our Terms of Use and Privacy Policy.",
               more="Trending in Hollis Ridge"),
 "blox": dict(nl="Sign up for our Morning Headlines email and get the latest Millbrook news every weekday.",
              cookie="We use cookies to improve your experience. By continuing to use our site, you accept our use of cookies.",
              more="Most Popular"),
 "wp": dict(nl="Get the Village News by email: enter your address to receive notifications of new posts.",
            cookie="This website uses cookies. By continuing to browse you agree to our use of cookies.",
            more="Recent Posts"),
 "ca": dict(nl="Get the Free Press headlines in your inbox every morning. It's free!",
            cookie="This site uses cookies to provide a better experience. Continue browsing if you accept.",
            more="Most Read"),
 "au": dict(nl="Get the latest local news from the Murwillah Valley delivered to your inbox every morning.",
            cookie="We use cookies to improve your experience. Read our privacy policy.",
            more="Trending in Murwillah"),
 "de": dict(nl="Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus Kirchberg.",
            cookie="Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Mit der Nutzung stimmen Sie zu.",
            more="Meistgelesen"),
 "fr": dict(nl="Abonnez-vous à la lettre d'information de la mairie pour recevoir l'actualité de la commune.",
            cookie="Ce site utilise des cookies de mesure d'audience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            more="À la une"),
 "nl": dict(nl="Meld je aan voor de nieuwsbrief en ontvang elke vrijdag het nieuws uit Weerdam en omstreken.",
            cookie="Deze website maakt gebruik van cookies. Door verder te surfen ga je akkoord met het cookiebeleid.",
            more="Meest gelezen"),
 "dk": dict(nl="Tilmeld dig vores nyhedsbrev og få de vigtigste lokale nyheder hver morgen.",
            cookie="Vi bruger cookies for at give dig den bedste oplevelse. Ved at fortsætte accepterer du vores cookiepolitik.",
            more="Mest læste"),
 "es": dict(nl="Suscríbete a nuestro boletín y recibe cada mañana las noticias de Villanueva y la comarca.",
            cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, acepta su uso.",
            more="Lo más leído"),
}


def nav(c):
    return "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for t, p in c["navlinks"])


def page(c, title, main, head="", bodycls="", aside=True):
    ch = CHROME[c["k"]]
    most = ""
    if aside:
        most = '<aside class="sidebar most-read"><h3>%s</h3><ol>%s</ol></aside>' % (E(ch["more"]), "".join(
            '<li><a href="%s">%s</a> <span class="time-ago">%s</span></li>' % (s["path"], E(s["head"]), ago(c, 2 + 3 * i)) for i, s in enumerate(c["stories"][::-1])))
    today = NOW.astimezone(ZoneInfo(c["tz"]))
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body class="%s">'
            '<div class="cookie-notice" role="dialog"><p>%s</p><button>OK</button></div>'
            '<header class="site-header"><div class="top-bar"><span class="today">%s</span></div>'
            '<a class="site-logo" href="/">%s</a><nav class="main-menu"><ul>%s</ul></nav></header>'
            '<div class="site-content"><div class="content-area">%s</div>%s</div>'
            '<footer class="site-footer"><div class="newsletter-signup"><p>%s</p><form action="/newsletter/"><input type="email"><button>Sign up</button></form></div>'
            '<ul class="footer-links">%s</ul><p class="copyright">© %d %s</p></footer></body></html>') % (
        c["lang"], E(title), head, bodycls, E(ch["cookie"]), E(shortdate(c, today)), E(c["name"]), nav(c), main, most,
        E(ch["nl"]), "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in c["footlinks"]), today.year, E(c["name"]))


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def og(c, s):
    return ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
            '<meta property="og:site_name" content="%s"><link rel="canonical" href="%s"><meta name="description" content="%s">') % (
        E(s["head"]), url(c, s["path"]), E(c["name"]), url(c, s["path"]), E(s["dek"] or s["paras"][0][:150]))


def paras(s, pre="", blotter=False):
    out = []
    for p in s["paras"]:
        if blotter and ": " in p[:40]:
            a, b = p.split(": ", 1)
            out.append("<p><strong>%s:</strong> %s</p>" % (E(a), E(b)))
        else:
            out.append("<p>%s</p>" % E(p))
    return pre + "".join(out)


def related(c, s, label):
    o = s["other"]
    return '<div class="related-inline"><strong>%s</strong> <a href="%s">%s</a></div>' % (E(label), o["path"], E(o["head"]))


def with_related(c, s, label, blotter=False, at=2):
    return _ins(paras(s, blotter=blotter), related(c, s, label), at)


def _ins(body, block, at):
    ps = body.split("</p>")
    head = "</p>".join(ps[:at]) + "</p>"
    return head + block + "</p>".join(ps[at:])

# ------------------------------------------------------------------ article templates
def art_patch(c, s):
    d = s["d"]
    posted = "Posted %s at %s ET" % (d.strftime("%a, %b %-d, %Y"), ampm(d))
    times = '<time datetime="%s">%s</time>' % (zulu(d), posted)
    if s.get("u"):
        times += ' <span class="styles_Sep__q1">|</span> <time datetime="%s">Updated %s at %s ET</time>' % (zulu(s["u"]), s["u"].strftime("%a, %b %-d, %Y"), ampm(s["u"]))
    au = s["by"]
    ldj = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": zulu(d),
              "dateModified": zulu(s.get("u") or d), "author": [{"@type": "Person", "name": au, "url": url(c, "/users/%s" % slug(au))}],
              "publisher": {"@type": "Organization", "name": "Patch"}, "mainEntityOfPage": url(c, s["path"])})
    nd = '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps({"props": {"pageProps": {"article": {
        "id": s["id"], "title": s["head"], "publishedAt": zulu(d), "isNeighborPost": bool(s.get("neighbor")),
        "author": {"displayName": au, "title": s["role"]}, "patch": {"name": "Hollis Ridge, NJ", "slug": "hollisridge"}}}}, "page": "/[state]/[patch]/[slug]"})
    disc = ""
    if s.get("neighbor"):
        disc = ('<div class="styles_NeighborBanner__Zt1"><p>This post was contributed by a community member. The views expressed here are the author\'s own.</p>'
                '<a href="/new-jersey/hollisridge/post/">Post on Patch</a></div>')
    main = ('<div id="__next"><main class="styles_Main__kP2x"><article class="styles_Article__3kWfB">'
            '<header class="styles_Header__Vv9c"><a class="styles_Category__pQ8f" href="/new-jersey/hollisridge/">%s</a>'
            '<h1 class="styles_Title__Yt5Xu">%s</h1><h6 class="styles_Dek__1m4Hn">%s</h6>'
            '<div class="styles_Byline__r3XwE"><img class="styles_Avatar__mV9d" src="/img/avatars/%s.jpg" alt="%s"><div>'
            '<div class="styles_BylineName__8dCi"><a href="/users/%s/">%s</a>, <span>%s</span></div>'
            '<div class="styles_BylineDate__0yTq">%s</div></div></div></header>%s'
            '<section class="styles_Body__1r5Cd">%s</section>'
            '<div class="styles_SubscribeBox__xT4"><p>Subscribe</p><p>%s</p></div>'
            '<footer class="styles_Footer__f9"><button>Thank</button><button>Reply</button><button>Share</button></footer>'
            '</article></main></div>') % (
        E(s["kick"]), E(s["head"]), E(s["dek"]), slug(au), E(au), slug(au), E(au), E(s["role"]), times, disc,
        with_related(c, s, "Don't miss:", blotter=not s.get("neighbor")), E(CHROME["patch"]["nl"]))
    return page(c, "%s | Hollis Ridge, NJ Patch" % s["head"], main, og(c, s) + ldj + nd, "patch-article")


def art_blox(c, s):
    d = s["d"]
    dates = '<li class="hidden-print"><time datetime="%s" class="tnt-date asset-date text-muted">%s</time></li>' % (iso(d), d.strftime("%b %-d, %Y"))
    if s.get("u"):
        dates += '<li><span class="asset-date text-muted">Updated <time datetime="%s" class="tnt-date">%s</time></span></li>' % (iso(s["u"]), ago(c, 2))
    if s["by"] and s.get("title"):
        byl = '<li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/%s/">%s</a></span></li>' % ("cmendes", E(s["by"]))
    elif s["by"]:
        byl = '<li><span itemprop="author" class="tnt-byline">%s</span></li>' % E(s["by"])
    else:
        byl = ""
    body = paras(s)
    if s.get("sig"):
        body += '<p>%s</p>' % E(s["sig"])
    card = ""
    if s.get("title"):
        card = ('<div id="asset-author" class="asset-author"><div class="tnt-author-card"><img class="img-circle" src="/content/tncms/avatars/%s.jpg" alt="">'
                '<h4 class="tnt-user-name"><a href="/users/profile/%s/">%s</a></h4><div class="tnt-user-title">%s</div>'
                '<div class="tnt-user-bio">Carla Mendes covers schools, health and community news for the Courier.</div>'
                '<a class="tnt-user-email" href="mailto:cmendes@millbrookcourier.example">Email</a></div></div>') % (slug(s["by"]), "cmendes", E(s["by"]), E(s["title"]))
    photo = ""
    if s["kick"] == "Obituaries":
        photo = '<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/keller.jpg" alt=""><figcaption class="caption-text"><p>Ruth Ann Keller</p><span class="tnt-byline">Contributed photo</span></figcaption></figure></div>'
    meta = ('<meta name="author" content="%s">' % E(s["by"])) if s["by"] else ""
    ldj = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d), "dateModified": iso(s.get("u") or d),
           "publisher": {"@type": "Organization", "name": c["name"]}}
    if s.get("title"):
        ldj["author"] = [{"@type": "Person", "name": s["by"]}]
    main = ('<div id="main-page-container"><section id="main-body-container"><div class="asset" id="asset-%s" itemscope itemtype="http://schema.org/NewsArticle">'
            '<div class="asset-header"><div class="meta"><span class="kicker"><a href="/news/local/">%s</a></span></div>'
            '<h1 class="headline"><span class="tnt-headline " itemprop="headline">%s</span></h1>%s'
            '<div class="meta"><ul class="list-inline">%s<li><ul class="list-inline">%s</ul></li></ul></div></div>%s'
            '<div id="article-body" class="asset-body" itemprop="articleBody"><div class="asset-content subscriber-premium">%s</div></div>%s'
            '<div class="asset-tags"><a href="/search/?t=article&amp;k=%s">%s</a></div>'
            '<div class="tnt-share"><a>Facebook</a><a>Twitter</a><a>Email</a><a>Print</a></div>'
            '</div></section></div>') % (
        s["uuid"], E(s["kick"]), E(s["head"]), ('<h2 class="subhead"><span class="tnt-subheadline" itemprop="alternativeHeadline">%s</span></h2>' % E(s["dek"])) if s["dek"] else "",
        byl, dates, photo, _ins(body, '<div class="tnt-ads-container"><p>Subscribe to the Courier for $4.99 a month.</p></div>', 2), card, E(c["town"]), E(c["town"]))
    return page(c, "%s | Local News | millbrookcourier.example" % s["head"], main, og(c, s) + meta + ld(ldj), "asset-article")


def art_wp(c, s):
    d = s["d"]
    acct = s["by"]
    body = paras(s)
    if s.get("sub"):
        body += "<p><em>%s</em></p>" % E(s["sub"])
    bio = ""
    if s.get("bio"):
        bio = ('<div class="author-bio"><div class="author-title-wrapper"><div class="author-avatar vcard"><img alt="" src="/wp-content/uploads/2023/05/%s-150x150.jpg" class="avatar avatar-160 photo"></div>'
               '<h2 class="author-title heading-size-4">%s</h2></div><div class="author-description"><p>%s</p><a class="author-link" href="/author/%s/">View Archive</a></div></div>') % (
            slug(acct), E(acct), E(s["bio"]), slug(acct).replace("-", ""))
    nxt = s["other"]
    cm = ('<div class="comments-wrapper"><div class="comments" id="comments"><h2 class="comment-reply-title">2 replies on &ldquo;%s&rdquo;</h2>'
          '<div class="comment"><div class="comment-meta"><b class="fn">Pat Holloway</b> <time datetime="%s">%s at 8:02 pm</time></div><div class="comment-content"><p>Thanks for keeping us all informed.</p></div></div></div></div>') % (
        E(s["head"]), iso(d + TD(days=2)), shortdate(c, d + TD(days=2)))
    main = ('<main id="site-content"><article class="post-%d post type-post status-publish format-standard hentry category-%s" id="post-%d">'
            '<header class="entry-header has-text-align-center"><div class="entry-header-inner section-inner medium">'
            '<div class="entry-categories"><div class="entry-categories-inner"><a href="/category/%s/" rel="category tag">%s</a></div></div>'
            '<h1 class="entry-title">%s</h1><div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">'
            '<li class="post-author meta-wrapper"><span class="meta-text">By <a href="/author/%s/">%s</a></span></li>'
            '<li class="post-date meta-wrapper"><span class="meta-text"><a href="%s"><time datetime="%s">%s</time></a></span></li>'
            '<li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">2 Comments</a></span></li></ul></div></div></header>'
            '<div class="post-inner thin"><div class="entry-content">%s</div></div>'
            '<div class="section-inner">%s</div>'
            '<nav class="pagination-single section-inner" aria-label="Post"><a class="next-post" href="%s"><span class="title"><span class="title-inner">%s</span></span></a></nav>'
            '%s</article></main>') % (
        s["id"], slug(s["kick"]), s["id"], slug(s["kick"]), E(s["kick"]), E(s["head"]), slug(acct).replace("-", ""), E(acct), s["path"], iso(d),
        shortdate(c, d), body, bio, nxt["path"], E(nxt["head"]), cm)
    head = og(c, s) + '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (iso(d), iso(d + TD(hours=1)))
    return page(c, "%s &#8211; %s" % (s["head"], c["name"]), main, head, "post-template-default single single-post postid-%d" % s["id"])


def art_ca(c, s):
    d = s["d"]
    posted = "Posted %s, %s %d, %d %s" % (WD["en"][d.weekday()], MON["en"][d.month - 1], d.day, d.year, ampm(d))
    upd = ""
    if s.get("u"):
        upd = '<span class="updated">Updated %s</span>' % ago(c, 2)
    mug = ""
    if s.get("bio"):
        mug = '<div class="columnist-head"><img class="mugshot" src="/img/columnists/%s.jpg" alt="%s"><span class="column-name">%s</span></div>' % (slug(s["by"]), E(s["by"]), E(s["kick"]))
    if s.get("submitted"):
        byl = '<span class="byline-name">Submitted</span>'
    else:
        byl = '<span class="byline-name"><a href="/author/%s/">%s</a></span>%s' % (slug(s["by"]), E(s["by"]), (' <span class="byline-title">%s</span>' % E(s["role"])) if s.get("role") else "")
    photo = ""
    body = paras(s)
    if s.get("submitted"):
        photo = '<figure class="lead-photo"><img src="/img/2025/03/stbrigid.jpg" alt=""><figcaption>Grade 4 students with food bank co-ordinator Bill Tremblay. <span class="credit">Contributed photo</span></figcaption></figure>'
        body += "<p>— Submitted by Karen Liu, St. Brigid Catholic School Council</p>"
    if s.get("bio"):
        body += '<p class="column-bio"><em>%s</em></p>' % E(s["bio"])
    main = ('<div class="story"><div class="story-header">%s<span class="story-kicker">%s</span><h1 class="story-title">%s</h1>%s'
            '<div class="story-meta"><div class="byline">%s</div><div class="dateline"><span class="posted">%s</span> %s</div></div></div>%s'
            '<div class="story-body">%s</div><div class="story-tools"><a href="/local-news/">More Local News</a> <a href="#comments">Comments</a></div></div>') % (
        mug, E(s["kick"]), E(s["head"]), ('<p class="story-deck">%s</p>' % E(s["dek"])) if s["dek"] else "", byl, posted, upd, photo,
        _ins(body, '<div class="ad-slot">Advertisement</div>', 3))
    return page(c, "%s - The Dunmore Free Press" % s["head"], main, '<meta property="og:title" content="%s">' % E(s["head"]), "story-page")


def art_au(c, s):
    d = s["d"]
    pub = "%s %d, %d - %d:%02d%s" % (MON["en"][d.month - 1], d.day, d.year, (d.hour - 1) % 12 + 1, d.minute, "AM" if d.hour < 12 else "PM")
    au = s["by"]
    if au == "Staff Writer":
        name = '<span class="byline_name">Staff Writer</span>'
        ldau = [{"@type": "Organization", "name": c["name"]}]
    else:
        name = '<span class="byline_name"><a href="/author/%s">%s</a></span>' % (slug(au), E(au))
        ldau = [{"@type": "Person", "name": au}]
    ldj = ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
              "dateModified": (d + TD(hours=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "author": ldau,
              "publisher": {"@type": "Organization", "name": c["name"]}, "isAccessibleForFree": False})
    main = ('<div id="story-primary" class="story-primary"><div class="story-headline"><span class="story-kicker">%s</span><h1 id="story-headline" class="story-headline">%s</h1></div>'
            '%s<div class="byline"><div class="byline_author">%s<span class="byline_paper">%s</span></div>'
            '<div id="publish-date" class="byline_publish"><span class="date-and-time">%s</span></div></div>'
            '<div id="story-body" class="story-body">%s</div>'
            '<div class="paywall-prompt"><p>Subscribe for $1 a week to keep reading local news.</p></div></div>') % (
        E(s["kick"]), E(s["head"]), ('<div id="story-intro" class="story-intro"><p>%s</p></div>' % E(s["dek"])) if s["dek"] else "", name, E(c["name"]), pub,
        with_related(c, s, "READ MORE:", at=1))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, og(c, s) + ldj, "story")


def art_de(c, s):
    d = s["d"]
    meta = '<time class="article__date" datetime="%s">%s Uhr</time>' % (iso(d), d.strftime("%d.%m.%Y, %H:%M"))
    if s.get("u"):
        meta += ' <span class="article__updated">Aktualisiert: %s Uhr</span>' % s["u"].strftime("%d.%m.%Y, %H:%M")
    pre = '<p class="article__author">%s</p>' % E(s["by"]) if s["by"] else ""
    body = paras(s, blotter=s["kick"] == "Polizeimeldungen")
    if s["kick"] == "Polizeimeldungen":
        body += '<p class="article__source">Quelle: Polizeipräsidium Ludwigsburg</p>'
    if s.get("credit"):
        body += '<p class="article__credit">%s</p>' % E(s["credit"])
    main = ('<article class="article article--detail"><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a> › %s</nav>'
            '<header class="article__header"><span class="article__kicker">%s</span><h1 class="article__headline">%s</h1>%s'
            '<div class="article__meta">%s</div></header><div class="article__body">%s%s</div>'
            '<div class="article__share">Teilen: <a>Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div></article>') % (
        E(s["kick"]), E(s["kick"]), E(s["head"]), ('<p class="article__teaser">%s</p>' % E(s["dek"])) if s["dek"] else "", meta, pre,
        _ins(body, related(c, s, "Lesen Sie auch:"), 2))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, og(c, s) + '<meta name="date" content="%s">' % iso(d), "page-article")


def art_fr(c, s):
    d = s["d"]
    pub = '<abbr class="published" title="%s">Publié le %d %s %d</abbr>' % (zulu(d), d.day, MON["fr"][d.month - 1], d.year)
    if s["by"] == "la rédaction":
        aut = '<span class="auteurs">Par <span class="vcard author"><a class="url fn spip_in" href="/auteur1.html">la rédaction</a></span></span>'
    else:
        aut = '<span class="auteurs">par <span class="vcard author"><a class="url fn spip_in" href="/auteur%d.html">%s</a></span></span>' % (s["id"] % 7 + 2, E(s["by"]))
    maj = ""
    if s["kick"] == "Enfance et jeunesse":
        maj = '<p class="info-publi">Mis à jour le 3 mars 2025</p>'
    main = ('<div class="page_article"><div class="main"><div class="content hentry" id="content">'
            '<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique%d.html">%s</a> &gt; <strong class="on">%s</strong></p>'
            '<div class="cartouche"><h1 class="surlignable crayon article-titre-%d entry-title">%s</h1>'
            '<p class="info-publi">%s<span class="sep">, </span>%s</p></div>'
            '%s<div class="texte surlignable clearfix">%s</div>%s'
            '<div class="forum"><h2>Un message, un commentaire ?</h2><p>Les commentaires sont modérés.</p></div>'
            '</div></div></div>') % (
        s["id"] % 5 + 1, E(s["kick"]), E(s["head"][:40]), s["id"], E(s["head"]), pub, aut,
        ('<div class="chapo surlignable"><p>%s</p></div>' % E(s["dek"])) if s["dek"] else "", with_related(c, s, "À lire aussi :"), maj)
    return page(c, "%s - %s" % (s["head"], c["name"]), main, '<meta name="generator" content="SPIP 4.2.8"><link rel="canonical" href="%s">' % url(c, s["path"]), "page_article")


def art_nl(c, s):
    d = s["d"]
    when = "%s %d %s %d, %02d:%02d" % (WD["nl"][d.weekday()], d.day, MON["nl"][d.month - 1], d.year, d.hour, d.minute)
    pre = '<p>Door %s</p>' % E(s["by"]) if s["by"] else ""
    body = pre + paras(s, blotter=s["kick"] == "112")
    if s.get("sig"):
        body += "<p><em>%s</em></p>" % E(s["sig"])
    main = ('<div class="article-detail"><div class="article-header"><span class="label label-category">%s</span><h1 class="article-title">%s</h1>'
            '<div class="article-info"><span class="date">%s</span> <span class="views">%d keer gelezen</span></div></div>%s'
            '<div class="article-body">%s</div><div class="article-reactions"><h3>Reageer</h3><p>Je moet ingelogd zijn om te reageren.</p></div></div>') % (
        E(s["kick"]), E(s["head"]), when, 400 + 37 * s["id"] % 900, ('<div class="article-intro"><strong>%s</strong></div>' % E(s["dek"])) if s["dek"] else "",
        _ins(body, related(c, s, "Lees ook:"), 3))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, og(c, s) + '<meta property="article:published_time" content="%s">' % iso(d), "article-page")


def art_dk(c, s):
    d = s["d"]
    loc_now = NOW.astimezone(ZoneInfo(c["tz"]))
    if s["t"] == "rel3":
        day = "i dag" if d.date() == loc_now.date() else "i går"
        pub = "%s kl. %02d.%02d" % (day, d.hour, d.minute)
    else:
        pub = "%d. %s %d kl. %02d.%02d" % (d.day, MON["da"][d.month - 1], d.year, d.hour, d.minute)
    main = ('<article class="article"><header class="article-header"><p class="article-section"><a href="/sektion/%s/">%s</a></p><h1 class="article-title">%s</h1>%s'
            '<div class="article-byline"><span class="byline-author">Af %s</span></div><div class="article-dates"><span class="published">Publiceret %s</span></div></header>'
            '<div class="article-body">%s</div><div class="article-tags"><a href="/tag/%s/">%s</a></div></article>') % (
        slug(s["kick"]), E(s["kick"]), E(s["head"]), ('<p class="article-manchet">%s</p>' % E(s["dek"])) if s["dek"] else "", E(s["by"]), pub,
        with_related(c, s, "Læs også:", blotter=s["kick"] == "Politi"), slug(c["town"]), E(c["town"]))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, '<meta property="og:title" content="%s">' % E(s["head"]), "article-page")


def art_es(c, s):
    d = s["d"]
    if s["by"] == "Redacción":
        firma = '<span class="autor">Redacción</span>'
    elif s["by"]:
        firma = '<span class="autor">Por <a href="/autor/%s/">%s</a></span>' % (slug(s["by"]), E(s["by"]))
    else:
        firma = '<span class="autor">Cartas al director</span>'
    sig = ('<p class="firma-carta"><strong>%s</strong></p>' % E(s["sig"])) if s.get("sig") else ""
    main = ('<article class="noticia"><div class="cabecera"><span class="antetitulo">%s</span><h1 class="titular">%s</h1>%s'
            '<div class="firma">%s <span class="fecha"><time datetime="%s">%s</time></span></div></div>'
            '<div class="cuerpo">%s</div><div class="comentarios"><h3>Comentarios</h3><p>Sé el primero en comentar.</p></div></article>') % (
        E(s["kick"]), E(s["head"]), ('<h2 class="entradilla">%s</h2>' % E(s["dek"])) if s["dek"] else "", firma, iso(d), d.strftime("%d/%m/%Y %H:%M"),
        with_related(c, s, "Te puede interesar:") + sig)
    return page(c, "%s | %s" % (s["head"], c["name"]), main, og(c, s), "noticia")


ART = dict(patch=art_patch, blox=art_blox, wp=art_wp, ca=art_ca, au=art_au, de=art_de, fr=art_fr, nl=art_nl, dk=art_dk, es=art_es)

# ------------------------------------------------------------------ non-articles
# Per site: (kind, path, title, content).
NA = {}
NA["patch"] = [
 ("section", "/new-jersey/hollisridge/", "Hollis Ridge, NJ News", None),
 ("section", "/new-jersey/hollisridge/neighbor-posts/", "Neighbor Posts", None),
 ("rows", "/new-jersey/hollisridge/calendar/", "Hollis Ridge Events Calendar", [
  ("Sat, Mar 8, 10:00 am", "Free tax help for seniors at the Hollis Ridge Public Library"), ("Sun, Mar 9, 1:00 pm", "St. Patrick's Day 5K sign-up at the Elks Lodge"),
  ("Wed, Mar 12, 7:00 pm", "Board of Education budget workshop, HRHS media center")]),
 ("event", "/new-jersey/hollisridge/calendar/event/20250308/free-tax-help-for-seniors/", "Free Tax Help For Seniors", dict(
  when="Sat, Mar 8, 2025, 10:00 am - 2:00 pm", where="Hollis Ridge Public Library, 45 Broad St", by="Posted by Linda Farrell, Community Contributor",
  paras=["AARP Foundation Tax-Aide volunteers will prepare and e-file federal and New Jersey returns for seniors and low-to-moderate income residents free of charge.",
         "Bring photo ID, your Social Security card, last year's return and all W-2 and 1099 forms. Appointments are recommended; walk-ins will be seen as time allows.",
         "Call the reference desk at 201-555-0142 to book a slot."])),
 ("rows", "/new-jersey/hollisridge/classifieds/", "Hollis Ridge Classifieds", [
  ("Garage Sale", "Moving sale Sat 3/8, 14 Maple Terrace, furniture, tools, kids' bikes."), ("For Rent", "2BR apartment over shop on Broad St, $1,950/mo, heat included."),
  ("Services", "Experienced math tutor, grades 6-12, $45/hr, references available.")]),
 ("author", "/users/dana-whitfield/", "Dana Whitfield", "Dana Whitfield is the local editor for Hollis Ridge Patch. Send news tips to dana.whitfield@patch.example."),
 ("search", "/search/council/", "Search results for \"council\"", None),
 ("text", "/about/", "About Patch", ["Patch is the nation's largest hyperlocal news platform, with sites in more than 1,200 communities.",
  "Our local editors cover town government, schools, public safety and the people who make each community unique.", "Advertise with Patch: reach your neighbors where they get their local news."]),
 ("form", "/new-jersey/hollisridge/post/", "Post on Hollis Ridge Patch", ["Share news, announcements, events and classifieds with your neighbors. Posts from community members are labeled Neighbor Posts.",
  "Please keep it local and civil. Patch editors may feature your post in our newsletter."]),
]
NA["blox"] = [
 ("section", "/news/local/", "Local News", None),
 ("notice", "/classifieds/community/announcements/legal/notice-of-public-hearing-on-proposed-2025-26-city-budget/ad_7b2e54c1-2d7e-5f0e-9a41-3c1f0b8e7d20.html",
  "NOTICE OF PUBLIC HEARING ON PROPOSED 2025-26 CITY BUDGET", dict(t=(2025, 3, 4, 0, 0), paras=[
  "The City Council of the City of Millbrook, Iowa, will meet March 18, 2025, at 6:00 p.m. in the Council Chambers at City Hall, 210 Main Street, Millbrook, Iowa.",
  "At the meeting the Council proposes to take action on the proposed budget for the fiscal year July 1, 2025, to June 30, 2026. Any resident or taxpayer may present objections to, or arguments in favor of, any part of the proposed budget.",
  "A detailed statement of receipts and disbursements, both past and anticipated, is available for inspection at the office of the City Clerk during regular business hours."],
  sig="Janet Olsen, City Clerk", pub="Published in The Millbrook Courier March 4, 2025")),
 ("rows", "/obituaries/", "Obituaries", [("Ruth Ann Keller", "1936 - 2025 | Millbrook"), ("Donald E. Sorensen", "1941 - 2025 | Eldora"), ("Marilyn J. Voss", "1950 - 2025 | Millbrook")]),
 ("rows", "/eedition/", "e-Edition", [("Wednesday, March 5, 2025", "Read this week's Courier exactly as it appears in print. Subscribers get unlimited access to the e-Edition and the archives."),
                                       ("Past editions", "Feb 26, 2025 | Feb 19, 2025 | Feb 12, 2025")]),
 ("listing", "/real_estate/1408-orchard-ln/", "1408 Orchard Ln, Millbrook - $239,900", dict(price="$239,900 | 3 bd | 2 ba | 1,620 sq ft", agent="Listed by Prairie Home Realty, Deb Kruse",
  date="Listed Mar 1, 2025", paras=["Well-kept ranch on a quiet street near Lincoln Elementary with an updated kitchen, hardwood floors and a finished basement.",
  "The fenced back yard has a new deck and a two-stall detached garage. Furnace and water heater replaced in 2022."])),
 ("rows", "/classifieds/", "Classifieds", [("Help Wanted", "Millbrook CSD is hiring bus drivers. Paid training, $21/hr."), ("Farm Equipment", "John Deere 4440, 7,800 hrs, good rubber, $32,500."),
                                            ("Garage Sales", "Multi-family sale, 504 N Elm, Fri-Sat 8-4.")]),
 ("author", "/users/profile/cmendes/", "Carla Mendes", "Carla Mendes covers schools, health and community news for the Courier. She joined the paper in 2019."),
 ("search", "/search/bond/", "Search: bond", None),
 ("text", "/site/advertise.html", "Advertise With Us", ["Reach more than 9,000 readers in print and online every week.", "Contact our advertising department at ads@millbrookcourier.example or 641-555-0100 for rates."]),
]
NA["wp"] = [
 ("section", "/category/parish-council/", "Category: Parish Council", None),
 ("section", "/tag/church-lane/", "Tag: Church Lane", None),
 ("author", "/author/villagenews/", "Village News", "Posts submitted by clubs, societies and residents of Little Wickham. Send your news to news@littlewickham.example by the 20th of the month."),
 ("rows", "/whats-on/", "What's On in Little Wickham", [("Wed 12th March, 7.30pm", "WI: Talk on the history of the village pubs, Village Hall"), ("Sat 15th March, 10am", "Spring litter pick, meet at the Plough car park"),
                                                        ("Sun 23rd March, 3pm", "Mothering Sunday service, St Mary's")]),
 ("gallery", "/2025/01/18/wassail-photos/", "Photos: Wassailing in the Orchard", dict(by="By Village News", t=(2025, 1, 18, 17, 0), caps=[
  "Singers gather under the old Bramley tree. Contributed photo", "Toast soaked in cider is placed in the branches. Contributed photo", "Children with lanterns lead the procession back to the hall."])),
 ("text", "/contact/", "Contact Us", ["Little Wickham Village News is produced by volunteers and delivered free to every household in the parish.", "Editor: Sue Pritchard, 3 Church Lane. Email news@littlewickham.example."]),
 ("notice", "/planning-applications-march-2025/", "Planning Applications – March 2025", dict(t=(2025, 3, 1, 9, 0), paras=[
  "The following applications have been received by the district council and will be considered at the next parish council meeting.",
  "25/00412/HOUSE – Rose Cottage, Mill Road: single-storey rear extension. 25/00437/FUL – Land behind the Old Forge: erection of two dwellings with access from Church Lane.",
  "Plans may be viewed on the district council's planning portal. Comments should be sent to the clerk by 14th March."], sig="Sue Pritchard, Parish Clerk", pub="")),
 ("rows", "/noticeboard/", "Village Noticeboard", [("For sale", "Child's bike, 20in wheels, £30. Tel 01234 567890."), ("Wanted", "Allotment plot, small, anywhere in the village."),
                                                    ("Lost", "Grey cat, answers to Smudge, Mill Road area.")]),
 ("search", "/search/speeding/", "Search Results for: speeding", None),
]
NA["ca"] = [
 ("section", "/local-news/", "Local News", None),
 ("author", "/author/gord-maclean/", "Gord MacLean", "Gord MacLean has fished the lakes of the Dunmore Highlands for fifty years. Read all his Outdoors columns below."),
 ("rows", "/obituaries/", "Obituaries", [("BOUCHARD, Lorraine", "Peacefully at Dunmore District Hospital on February 27, 2025, in her 91st year."),
                                          ("McTAVISH, Ronald \"Ron\"", "Suddenly at home on March 1, 2025, aged 67."), ("VAN DYK, Hendrika", "On February 24, 2025, at Lakeview Manor, aged 94.")]),
 ("rows", "/e-edition/", "E-Edition", [("Thursday, March 6, 2025", "Flip through this week's paper page by page. Free for subscribers."), ("Archive", "Browse back issues to 2012.")]),
 ("gallery", "/photos/winter-carnival-2025/", "PHOTOS: Dunmore Winter Carnival 2025", dict(by="Contributed photos", t=(2025, 2, 16, 12, 0), caps=[
  "The snow sculpture contest drew 14 entries. Contributed photo", "Lions Club volunteers served 600 pancakes. Contributed photo", "Broomball finals on the town pond."])),
 ("form", "/submit-your-news/", "Submit Your News", ["Have a community event, school story or sports result? Send it to us and we'll share it with Dunmore.",
  "Please include your name, a phone number and a photo with the names of the people in it."]),
 ("rows", "/weather/", "Dunmore Weather", [("Today", "Cloudy with flurries. High -2."), ("Tonight", "Clearing. Low -11."), ("Saturday", "Sunny. High 3.")]),
 ("text", "/advertise/", "Advertise", ["The Dunmore Free Press reaches 7,500 households every Thursday.", "Call 705-555-0188 to book your ad."]),
 ("rows", "/events/", "Community Calendar", [("Mar 8", "Legion fish fry, 5 p.m."), ("Mar 12", "Horticultural society meeting, library"), ("Mar 15", "Maple syrup festival pancake breakfast")]),
]
NA["au"] = [
 ("section", "/news/murwillah/", "Murwillah News", None),
 ("author", "/author/jess-thornton/", "Jess Thornton", "Jess Thornton is the Murwillah Valley Leader's council and community reporter."),
 ("gallery", "/news/murwillah/gallery/show-day-2025/", "GALLERY: Every photo from Murwillah Show day", dict(by="Staff Writer", t=(2025, 2, 15, 16, 0), caps=[
  "Ring events at the Murwillah Showground. Supplied", "Junior judging in the cattle pavilion. Supplied", "Fireworks closed the show."])),
 ("rows", "/weather/", "Murwillah weather", [("Today", "Showers. Max 29"), ("Tomorrow", "Possible storm. Max 31"), ("Sunday", "Partly cloudy. Max 30")]),
 ("listing", "/real-estate/12-banksia-cres-murwillah/", "12 Banksia Crescent, Murwillah", dict(price="Offers over $689,000 | 4 bed 2 bath 2 car", agent="Agent: Murwillah First National, Tony Russo",
  date="Listed 1 March 2025", paras=["Elevated brick home above flood level with sweeping views of the valley, a renovated kitchen and a covered entertaining deck.",
  "On 812 square metres with a shed and solar power, close to schools and the main street."])),
 ("notice", "/public-notices/murwillah-shire-council-draft-operational-plan/", "Murwillah Shire Council: Public exhibition of Draft Operational Plan 2025-26", dict(t=(2025, 3, 3, 0, 0), paras=[
  "Council's Draft Operational Plan and Budget 2025-26 is on public exhibition from 3 March to 31 March 2025.",
  "Copies are available at the Council Administration Centre and the Murwillah Library. Submissions must be made in writing and addressed to the General Manager."], sig="General Manager, Murwillah Shire Council", pub="")),
 ("search", "/search/flood/", "Search results: flood", None),
 ("text", "/about-us/", "About the Murwillah Valley Leader", ["The Murwillah Valley Leader has served the valley since 1921.", "Contact the newsroom: news@murwillahleader.example"]),
 ("section", "/topics/flood-buyback/", "Flood buyback", None),
]
NA["de"] = [
 ("section", "/lokales/", "Lokales", None),
 ("section", "/thema/polizei/", "Polizeimeldungen aus Kirchberg", None),
 ("rows", "/veranstaltungen/", "Veranstaltungskalender", [("Sa., 08.03., 14 Uhr", "Frühjahrsbasar im Gemeindehaus St. Martin"), ("So., 09.03., 11 Uhr", "Matinee der Musikschule im Bürgerhaus"),
                                                         ("Mi., 12.03., 19 Uhr", "Bürgerversammlung zur Ortsmitte, Festhalle")]),
 ("rows", "/kleinanzeigen/", "Kleinanzeigen", [("Zu verkaufen", "Kinderwagen, guter Zustand, 80 Euro, Tel. 0711 123456"), ("Gesucht", "Garage in Kirchberg-Mitte zu mieten"),
                                                ("Dienstleistungen", "Zuverlässige Haushaltshilfe hat noch Termine frei")]),
 ("notice", "/amtliche-bekanntmachungen/bebauungsplan-ortsmitte/", "Öffentliche Bekanntmachung: Bebauungsplan „Ortsmitte II“", dict(t=(2025, 3, 3, 0, 0), paras=[
  "Der Gemeinderat der Stadt Kirchberg hat am 25.02.2025 in öffentlicher Sitzung beschlossen, den Bebauungsplan „Ortsmitte II“ aufzustellen.",
  "Der Entwurf liegt vom 10.03.2025 bis 11.04.2025 im Rathaus, Zimmer 204, während der Dienststunden öffentlich aus. Stellungnahmen können während dieser Frist abgegeben werden."],
  sig="Kirchberg, 03.03.2025, Bürgermeisterin Claudia Weber", pub="")),
 ("rows", "/epaper/", "E-Paper", [("Ausgabe vom 05.03.2025", "Lesen Sie den Kirchberger Boten als digitale Ausgabe auf Tablet und Smartphone."), ("Archiv", "Alle Ausgaben seit 2015")]),
 ("rows", "/traueranzeigen/", "Traueranzeigen", [("Gertrud Haller", "* 12.05.1934 † 26.02.2025"), ("Walter Kienle", "* 03.09.1940 † 24.02.2025")]),
 ("text", "/impressum/", "Impressum", ["Kirchberger Bote – Stadtteilzeitung für Kirchberg und Umgebung. Herausgeber: Bote Verlag GmbH, Marktplatz 3, Kirchberg.", "Redaktionsleitung: Anna Schmid (V.i.S.d.P.)"]),
 ("form", "/leserreporter/", "Leserreporter: Schicken Sie uns Ihre Meldung", ["Vereinsnachrichten, Termine und Fotos aus Ihrem Stadtteil nehmen wir gerne entgegen.", "Bitte geben Sie bei Fotos immer den Namen des Fotografen an."]),
]
NA["fr"] = [
 ("section", "/rubrique1.html", "Vie municipale", None),
 ("rows", "/agenda.html", "Agenda", [("Samedi 8 mars, 14 h", "Carnaval des enfants, départ place de l'Église"), ("Vendredi 14 mars, 20 h 30", "Théâtre : « Le Dîner de cons » par la troupe des Tréteaux"),
                                    ("Dimanche 23 mars", "Randonnée des Coteaux, inscriptions à 8 h")]),
 ("event", "/evenement45.html", "Carnaval des enfants", dict(when="Samedi 8 mars 2025, 14 h", where="Place de l'Église", by="Proposé par le comité des fêtes",
  paras=["Le défilé partira à 14 h de la place de l'Église et traversera le bourg jusqu'à la salle des fêtes, où un goûter sera offert.", "Le thème de cette année : les animaux de la Loire. Les déguisements sont bienvenus !"])),
 ("notice", "/arrete-circulation-rue-nationale.html", "Arrêté municipal : circulation alternée rue Nationale", dict(t=(2025, 3, 3, 0, 0), paras=[
  "Le maire de Saint-Aubin-sur-Loire arrête : du 10 au 21 mars 2025, la circulation sera alternée par feux tricolores rue Nationale, entre le n° 12 et le n° 40, en raison de travaux sur le réseau d'eau potable.",
  "Le stationnement sera interdit au droit du chantier. Le présent arrêté sera affiché en mairie et sur les lieux des travaux."], sig="Fait à Saint-Aubin-sur-Loire, le 3 mars 2025. Le maire, Sylvie Arnaud", pub="")),
 ("gallery", "/galerie-voeux-2025.html", "En images : la cérémonie des vœux 2025", dict(by="Photos : service communication", t=(2025, 1, 11, 18, 0), caps=[
  "Le maire accueille les habitants salle des fêtes.", "Remise des médailles aux bénévoles.", "Le verre de l'amitié."])),
 ("form", "/proposer-une-information.html", "Proposer une information", ["Associations, écoles, commerçants : envoyez-nous vos informations pour le prochain bulletin.", "Date limite : le 15 du mois précédent la parution."]),
 ("text", "/contact-mairie.html", "Contacter la mairie", ["Mairie de Saint-Aubin-sur-Loire, 1 place de la République.", "Ouverte du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h 30."]),
 ("search", "/recherche-budget.html", "Résultats de la recherche « budget »", None),
 ("rows", "/bulletin-municipal.html", "Le bulletin municipal", [("N° 112 – Mars 2025", "Télécharger le PDF (4,2 Mo)"), ("N° 111 – Décembre 2024", "Télécharger le PDF (5,1 Mo)")]),
]
NA["nl"] = [
 ("section", "/nieuws/algemeen/", "Algemeen nieuws", None),
 ("section", "/tag/weerdam/", "Weerdam", None),
 ("rows", "/kleintjes/", "Kleintjes", [("Te koop", "Eiken eettafel met 6 stoelen, € 150. Tel. 06-12345678"), ("Gevraagd", "Oppas voor twee kinderen, di en do middag"),
                                       ("Diversen", "Pianoles voor jong en oud, eerste les gratis")]),
 ("listing", "/wonen/molenweg-23-weerdam/", "Molenweg 23, Weerdam", dict(price="Vraagprijs € 425.000 k.k. | 4 kamers | 118 m²", agent="Aangeboden door Vecht Makelaars",
  date="Aangeboden sinds 28 februari 2025", paras=["Sfeervolle jaren-dertigwoning met diepe achtertuin op het zuiden, vlak bij het centrum en de Vecht.",
  "De woning is in 2019 voorzien van nieuwe kozijnen met HR++-glas en heeft energielabel B."])),
 ("rows", "/uitagenda/", "Uitagenda", [("za 8 maart", "Rommelmarkt in de Dorpskerk, 10.00-14.00 uur"), ("zo 9 maart", "Orgelconcert in de Dorpskerk, 15.00 uur"), ("wo 12 maart", "Inloopavond sporthal, De Schakel")]),
 ("rows", "/digitale-krant/", "Digitale krant", [("Week 10 – 5 maart 2025", "Blader door de krant van deze week."), ("Eerdere edities", "Week 9, week 8, week 7")]),
 ("rows", "/familieberichten/", "Familieberichten", [("Hendrik (Henk) Bakker", "Weerdam, 2 maart 2025, 86 jaar"), ("Johanna Verhoef-de Jong", "Oudhuizen, 27 februari 2025, 92 jaar")]),
 ("form", "/nieuws-insturen/", "Nieuws insturen", ["Heb je nieuws uit Weerdam of omgeving? Stuur je bericht en foto naar de redactie.", "Kopij voor de krant moet uiterlijk maandag 12.00 uur binnen zijn."]),
 ("text", "/adverteren/", "Adverteren in De Weerdammer Courant", ["De Weerdammer Courant wordt elke woensdag huis aan huis bezorgd in 14.500 brievenbussen.", "Vraag de tarieven op via advertenties@weerdammer.example."]),
]
NA["dk"] = [
 ("section", "/sektion/byraad/", "Byråd", None),
 ("author", "/journalist/mette-hansen/", "Mette Hansen", "Mette Hansen er journalist på Kærby Lokalavis og dækker byrådet og skoleområdet."),
 ("rows", "/hvad-sker-der/", "Hvad sker der i Kærby", [("Lørdag 8. marts", "Loppemarked i hallen kl. 10-14"), ("Tirsdag 11. marts", "Foredrag i Kulturhuset: Vadehavets fugle"), ("Fredag 14. marts", "Fællesspisning i forsamlingshuset")]),
 ("rows", "/e-avis/", "E-avis", [("Uge 10, 2025", "Læs ugens avis digitalt"), ("Tidligere udgaver", "Uge 9, uge 8, uge 7")]),
 ("rows", "/doedsfald/", "Dødsfald", [("Karen Margrethe Skov", "Kærby, 88 år"), ("Poul Erik Lund", "Vester Vedsted, 79 år")]),
 ("rows", "/vejret/", "Vejret i Kærby", [("I dag", "Skyet, 6 grader, frisk vind fra vest"), ("I morgen", "Regn, 5 grader"), ("Lørdag", "Sol og skyer, 8 grader")]),
 ("rows", "/rubrikannoncer/", "Rubrikannoncer", [("Sælges", "Brænde, tørt bøg, 1.200 kr. pr. rummeter"), ("Købes", "Gamle knallerter købes")]),
 ("text", "/kontakt/", "Kontakt redaktionen", ["Kærby Lokalavis, Torvet 4, 6700 Kærby. Tlf. 75 00 00 00.", "Redaktør: Mette Hansen. Tip os på redaktion@kaerbylokalavis.example."]),
 ("gallery", "/billeder/fastelavn-2025/", "Billedserie: Fastelavn i Kærby", dict(by="Foto: Lars Holm", t=(2025, 3, 2, 14, 0), caps=["Kattekonge og kattedronning i børnehaven Solsikken.", "Tøndeslagning i hallen.", "Fastelavnsboller til alle."])),
]
NA["es"] = [
 ("section", "/villanueva/", "Villanueva", None),
 ("section", "/tag/plaza-mayor/", "Plaza Mayor", None),
 ("author", "/autor/lucia-ortega/", "Lucía Ortega", "Lucía Ortega es redactora de El Eco de Villanueva y cubre la información municipal."),
 ("rows", "/esquelas/", "Esquelas", [("Antonio Ruiz Sánchez", "Falleció en Villanueva del Campo el 24 de febrero de 2025, a los 91 años."), ("María Dolores Gil Pérez", "Falleció el 22 de febrero de 2025, a los 84 años.")]),
 ("notice", "/bando-poda-arbolado-2025.html", "Bando de la Alcaldía sobre la poda del arbolado urbano", dict(t=(2025, 3, 3, 0, 0), paras=[
  "Se comunica a los vecinos que entre los días 10 y 28 de marzo se llevarán a cabo los trabajos de poda del arbolado en las calles del casco urbano.",
  "Se ruega no estacionar vehículos en las zonas señalizadas con la antelación indicada en cada calle."], sig="Villanueva del Campo, 3 de marzo de 2025. El alcalde, Manuel Herrero", pub="")),
 ("rows", "/agenda/", "Agenda", [("Sábado 8 de marzo", "Mercadillo solidario en el Centro Cívico"), ("Domingo 9 de marzo", "Concierto de la banda municipal en la plaza Mayor")]),
 ("gallery", "/galeria-carnaval-2025.html", "Galería: el Carnaval de Villanueva, en imágenes", dict(by="Fotos: Redacción", t=(2025, 3, 1, 20, 0), caps=["Desfile de comparsas por la calle Real.", "El entierro de la sardina.", "Concurso infantil de disfraces."])),
 ("search", "/buscar/pleno/", "Resultados de búsqueda: pleno", None),
 ("text", "/contacto/", "Contacto y publicidad", ["El Eco de Villanueva. Calle Real, 15. Villanueva del Campo.", "Publicidad: publicidad@ecodevillanueva.example / 600 000 000."]),
]


def card_list(c, stories):
    return '<div class="story-list">%s</div>' % "".join(
        '<div class="story-card"><span class="kicker">%s</span><h2 class="card-title"><a href="%s">%s</a></h2><p>%s</p><span class="card-date">%s</span></div>' % (
            E(s["kick"]), s["path"], E(s["head"]), E(s["dek"] or s["paras"][0][:110]), shortdate(c, s["d"])) for s in stories)


def nonart(c, kind, path, title, ct):
    lg = c["lang"][:2]
    if kind == "home":
        main = '<section class="top-stories">%s</section><section class="more"><h2>%s</h2><ul>%s</ul></section>' % (
            card_list(c, c["stories"]), E(c["name"]), "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for _, p, t, _ in NA[c["k"]]))
    elif kind in ("section", "search"):
        lead = '<form class="search-form" action="%s"><input name="q" value="%s"><button>Search</button></form>' % (path, E(path.strip("/").split("/")[-1])) if kind == "search" else ""
        main = '<h1 class="page-title">%s</h1>%s%s' % (E(title), lead, card_list(c, c["stories"] if kind == "search" or "/tag/" not in path else c["stories"][:2]))
    elif kind == "author":
        mine = [s for s in c["stories"] if title in s["au"] or s["by"] == title] or c["stories"][:1]
        main = '<div class="author-profile"><img class="author-photo" src="/img/staff/%s.jpg" alt="%s"><h1 class="author-name">%s</h1><p class="author-bio">%s</p></div>%s' % (
            slug(title), E(title), E(title), E(ct), card_list(c, mine))
    elif kind == "text":
        main = '<div class="static-page"><h1>%s</h1>%s</div>' % (E(title), "".join("<p>%s</p>" % E(p) for p in ct))
    elif kind == "form":
        lab = {"en": ("Your name", "Email", "Headline", "Your story", "Attach a photo", "Submit"), "de": ("Name", "E-Mail", "Überschrift", "Ihr Text", "Foto anhängen", "Absenden"),
               "fr": ("Nom", "Courriel", "Titre", "Votre texte", "Joindre une photo", "Envoyer"), "nl": ("Naam", "E-mail", "Kop", "Je bericht", "Foto toevoegen", "Versturen")}[lg]
        main = '<div class="static-page"><h1>%s</h1>%s<form class="submit-story" method="post" action="%s">%s<label>%s<input type="file" name="photo"></label><button type="submit">%s</button></form></div>' % (
            E(title), "".join("<p>%s</p>" % E(p) for p in ct), path, "".join('<label>%s<input name="f%d"></label>' % (E(x), i) for i, x in enumerate(lab[:3])) +
            '<label>%s<textarea name="body"></textarea></label>' % E(lab[3]), E(lab[4]), E(lab[5]))
    elif kind == "rows":
        main = '<div class="listing-page"><h1>%s</h1><ul class="listing">%s</ul></div>' % (E(title), "".join(
            '<li class="listing-item"><h3>%s</h3><p>%s</p></li>' % (E(a), E(b)) for a, b in ct))
    elif kind == "notice":
        d = DT(*ct["t"], tzinfo=ZoneInfo(c["tz"]))
        body = "".join("<p>%s</p>" % E(p) for p in ct["paras"]) + "<p>%s</p>" % E(ct["sig"]) + ("<p><em>%s</em></p>" % E(ct["pub"]) if ct["pub"] else "")
        if c["k"] == "blox":
            main = ('<div id="main-page-container"><section id="main-body-container"><div class="asset ad legal" id="asset-7b2e54c1" itemscope itemtype="http://schema.org/NewsArticle">'
                    '<div class="asset-header"><div class="meta"><span class="kicker"><a href="/classifieds/community/announcements/legal/">Public Notices</a></span></div>'
                    '<h1 class="headline"><span class="tnt-headline " itemprop="headline">%s</span></h1>'
                    '<div class="meta"><ul class="list-inline"><li><ul class="list-inline"><li class="hidden-print"><time datetime="%s" class="tnt-date asset-date text-muted">%s</time></li></ul></li></ul></div></div>'
                    '<div id="article-body" class="asset-body" itemprop="articleBody"><div class="asset-content">%s</div></div>'
                    '<div class="ad-info"><span>Legals</span> <span>Ad #0004518823</span></div></div></section></div>') % (E(title), iso(d), d.strftime("%b %-d, %Y"), body)
            write_page(OUT, c["host"], path, page(c, "%s | Legals | millbrookcourier.example" % title, main,
                                                  '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % E(title)))
            truth["nonarticles"].append(url(c, path))
            return
        main = '<article class="notice public-notice"><span class="label">%s</span><h1>%s</h1><p class="notice-date">%s</p><div class="notice-body">%s</div></article>' % (
            {"en": "Public notice", "de": "Amtliche Bekanntmachung", "fr": "Arrêté", "es": "Bando"}[lg], E(title), shortdate(c, d), body)
    elif kind == "listing":
        main = ('<div class="property-listing"><h1 class="property-address">%s</h1><p class="property-price">%s</p><div class="property-photos"><img src="/img/listing1.jpg" alt=""><img src="/img/listing2.jpg" alt=""></div>'
                '<div class="property-description">%s</div><p class="property-agent">%s</p><p class="property-date">%s</p></div>') % (
            E(title), E(ct["price"]), "".join("<p>%s</p>" % E(p) for p in ct["paras"]), E(ct["agent"]), E(ct["date"]))
    elif kind == "event":
        main = ('<div class="event-detail" itemscope itemtype="http://schema.org/Event"><h1 itemprop="name">%s</h1><p class="event-when">%s</p><p class="event-where" itemprop="location">%s</p>'
                '<div class="event-description">%s</div><p class="event-poster">%s</p><a class="add-to-calendar" href="#">Add to calendar</a></div>') % (
            E(title), E(ct["when"]), E(ct["where"]), "".join("<p>%s</p>" % E(p) for p in ct["paras"]), E(ct["by"]))
    elif kind == "gallery":
        d = DT(*ct["t"], tzinfo=ZoneInfo(c["tz"]))
        main = ('<div class="photo-gallery"><h1 class="gallery-title">%s</h1><div class="gallery-meta"><span class="byline">%s</span> <time datetime="%s">%s</time></div>'
                '<div class="gallery-items">%s</div></div>') % (E(title), E(ct["by"]), iso(d), shortdate(c, d), "".join(
                    '<figure class="gallery-item"><img src="/img/gallery/%d.jpg" alt=""><figcaption>%d/%d %s</figcaption></figure>' % (i, i + 1, len(ct["caps"]), E(x)) for i, x in enumerate(ct["caps"])))
    write_page(OUT, c["host"], path, page(c, "%s | %s" % (title, c["name"]) if kind != "home" else c["name"], main))
    truth["nonarticles"].append(url(c, path))


def story_path(c, s, n):
    d = s["d"]
    sl = slug(s["head"])
    return {
        "patch": "/new-jersey/hollisridge/%s/" % sl,
        "blox": "/%s/%s/article_%s.html" % ({"Letters to the Editor": "opinion/letters_to_editor", "Obituaries": "news/local"}.get(s["kick"], "news/local"), sl, s["uuid"]),
        "wp": "/%d/%02d/%02d/%s/" % (d.year, d.month, d.day, sl),
        "ca": "/local-news/%s-%d/" % (sl, 10083200 + s["id"]),
        "au": "/news/murwillah/%s/news-story/%032x/" % (sl, int.from_bytes(sl.encode()[:16].ljust(16, b"0"), "big")),
        "de": "/lokales/%s_arid,%d.html" % (sl, 812000 + s["id"]),
        "fr": "/article%d.html" % s["id"],
        "nl": "/nieuws/algemeen/%d/%s/" % (345600 + s["id"], sl),
        "dk": "/artikel/%d-%s/" % (4410 + s["id"], sl),
        "es": "/villanueva/%s_%d.html" % (sl, 10200 + s["id"]),
    }[c["k"]]


FOOT = {"en": "About", "de": "Impressum", "fr": "Contact", "nl": "Contact", "da": "Kontakt", "es": "Contacto"}

for si, c in enumerate(SITES):
    c["host"] = "127.0.4.%d" % (131 + si)
    tz = ZoneInfo(c["tz"])
    c["stories"] = []
    for n, raw in enumerate(ST[c["k"]]):
        s = dict(raw)
        s["id"] = 100 + 17 * si + 5 * n
        s["uuid"] = "%08x-%04x-5%03x-9%03x-%012x" % (0x3a7c0000 + s["id"] * 7919, s["id"], s["id"], n * 11, 0x5e21a0000000 + s["id"] * 104729)
        if s["t"] == "rel3":
            s["d"] = (NOW - TD(hours=3)).astimezone(tz)
        else:
            s["d"] = DT(*s["t"], tzinfo=tz)
        u = s.get("upd")
        s["u"] = (NOW - TD(hours=2)).astimezone(tz) if u == "rel2" else (DT(*u, tzinfo=tz) if u else None)
        if c["k"] == "blox" and n == 0:
            s["u"] = (NOW - TD(hours=2)).astimezone(tz)
        s["path"] = story_path(c, s, n)
        c["stories"].append(s)
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    nas = NA[c["k"]]
    c["navlinks"] = [("Home" if c["lang"].startswith("en") else c["town"], "/")] + [(t[:28], p) for k, p, t, _ in nas if k in ("section", "rows", "form")][:6]
    c["footlinks"] = [(t[:28], p) for k, p, t, _ in nas if k not in ("section",)]
    for n, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], ART[c["k"]](c, s))
        a = dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=s["au"])
        if s["t"] == "rel3":
            a["date"] = "fetch-3"
        if c["k"] in ("patch", "au", "blox", "de", "nl", "fr", "es") and s["t"] != "rel3":
            # an offset or zone stated on the page (visible ET, or in machine markup)
            a["instant"] = s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        ch = CHROME[c["k"]]
        a["must"] = [s["paras"][0][:60], s["paras"][-1][:60]]
        a["must_not"] = [ch["cookie"][:60], ch["nl"][:60], s["other"]["head"]]
        if s.get("sig"):
            a["must"].append(s["sig"])
        truth["articles"].append(a)
    nonart(c, "home", "/", c["name"], None)
    for kind, path, title, ct in nas:
        nonart(c, kind, path, title, ct)
    robots = "User-agent: *\nDisallow: /admin/\n"
    if c["k"] in ("patch", "wp", "de", "es"):
        feed = {"patch": "/feeds/hollisridge/rss.xml", "wp": "/feed/index.xml", "de": "/rss/lokales.xml", "es": "/rss/portada.xml"}[c["k"]]
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(s["head"]), url(c, s["path"]), s["d"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"), E(s["dek"] or s["paras"][0][:120])) for s in c["stories"])
        write_page(OUT, c["host"], feed, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
    if c["k"] in ("blox", "au", "nl", "dk"):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), zulu(s["d"] + TD(hours=5))) for s in c["stories"])
        locs += "".join("<url><loc>%s</loc></url>" % url(c, p) for k, p, t, _ in nas if k in ("notice", "listing", "gallery"))
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
