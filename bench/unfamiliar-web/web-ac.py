"""Web ac: the crawl side of news, syndication and discovery, on templates
real CMSs produce. Eight regional publishers (en-US with "ET"/"PT" times,
en-CA on a Postmedia-like WordPress, de, de-AT with "Jänner", es-ES, it,
pt-PT, nl-BE), a wire agency (English and German services), an aggregator
of teasers that link out (with "Full coverage" pages), an aggregator that
republishes full text under "Source: X" with a link back, and a Swiss
French paper whose stories are reached only through an Atom feed (linked
in the home page's head) and a news sitemap named in robots.txt (its home
and section pages are JavaScript shells). Four wire stories are reprinted
by two or three publishers: with the wire's byline and "(NP)" dateline,
with a rewritten lead and the same body, with rel=canonical to the wire or
none, later in time; one is shown by both American papers on the previous
calendar day ("9:40 p.m. PT March 3", a JSON-LD -06:00 evening) while the
wire says "2:10 AM UTC, March 4" (the wire is still first by instant). The
full-text aggregator also copies a Dutch story and a feed-only story. The
Canadian paper splits a story over /slug/ and /slug/2/ ("Next page"; the
truth wants a sentence of each page). Dates "Published 6:24 p.m. ET March
3, 2025 | Updated ...", "3. März 2025, 18:24 Uhr", "14. Jänner 2025,
07:45", "03 mar 2025 - 18:24 CET", "3 marzo 2025 ore 18:24", "03-03-2025
18h24", <time datetime> with an offset, "vor 3 Stunden" on teasers only.
Bylines "By Kyle Ahn, Special to the Courier-Journal", "Author of the
article:", "Von A und B", agency-only "APA", "Redacción / EFE", "Lusa",
"di A e B", "Door A en B". Non-articles: section, tag, author, search and
about pages on every publisher, plus corrections, most-read, a video with
its caption, podcast, e-paper, live-blog index, newsletter archive and an
OTS-style company press release (no byline: not a story). Hosts are
numbered so that the aggregators come first. Crawled once with 7b4d3d0
(and the tree's uncommitted pkg/extract edits): stored 25 of 25 (the
sitemap-only story too), titles 25, dates 24 ("11:05 a.m. ET" took the
"p.m." of the Updated clock on the same line), authors 22 (the outlet's
<div> under a Gannett name glued to it twice; "APA" alone in a byline box
unread), bodies 25/25 (both pages of the split story), 2 of 80 non-articles
stored (the US corrections page, the OTS press release), 12 of 12 copies
kept under the original. Writes the sites and truth.json under the
directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18108
rnd = random.Random("web-ac")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
H = {k: "127.0.2.%d" % n for k, n in [("full", 198), ("teaser", 199), ("us", 200), ("ca", 201), ("de", 202), ("at", 203), ("es", 204), ("it", 205), ("pt", 206), ("nl", 207), ("fr", 208), ("wire", 209)]}


def url(k, p):
    return "http://%s:%d%s" % (H[k], PORT, p)


def slug(s):
    a = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", a.lower()).strip("-")[:60].strip("-")


def iso(d, tz):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "%+03d:00" % tz


def utc(d, tz):
    return d - TD(hours=tz)


# The wire's stories: service, headline, time (UTC), reporters, paragraphs
# (the first opens with the dateline).
WIRE = [
 ("en", "Airlines cancel thousands of flights as late-winter storm hits Northeast", DT(2025, 3, 5, 13, 5), ["Daniel Okafor", "Rachel Stein"], ["NEW YORK (NP) — Airlines canceled more than 4,300 flights on Wednesday as a late-winter storm dumped heavy snow and freezing rain across the Northeast, snarling travel at some of the country's busiest airports.",
   "More than half of the cancellations were at airports in the New York area, according to flight tracking data. LaGuardia halted departures for several hours in the morning while crews cleared ice from its runways.", "The National Weather Service said up to 14 inches of snow could fall in parts of upstate New York and western Massachusetts before the storm moves out to sea on Thursday morning.",
   "Amtrak reduced service between Washington and Boston, and several school districts in New Jersey and Connecticut closed for the day. Utilities reported about 180,000 customers without power, most of them in Pennsylvania.", "Airlines waived change fees for passengers booked through Friday and advised travelers to check the status of their flights before leaving for the airport."]),
 ("en", "Researchers find microplastics in Arctic snow far from any town", DT(2025, 3, 4, 2, 10), ["Ingrid Solberg"], ["OSLO, Norway (NP) — Scientists have found tiny plastic particles in fresh snow on a remote Arctic archipelago, hundreds of miles from the nearest town, suggesting the pollution is carried north by wind and weather.",
   "The team collected samples at 12 sites on Svalbard over two winters. Every sample contained microplastics, with the highest counts after storms that blew in from the south.", "\u201cWe expected to find some, but not in every single sample,\u201d said lead researcher Astrid Haugen. She said the particles came mostly from car tires, paint and synthetic clothing.", "The findings, published Monday in a peer-reviewed environmental journal, add to growing evidence that plastic pollution has reached even the most isolated corners of the planet."]),
 ("de", "EU-Kommission will Ausbau der Stromnetze beschleunigen", DT(2025, 3, 4, 7, 50), ["Katrin Albers"], ["BRÜSSEL (NP) — Die EU-Kommission will die Genehmigung neuer Stromleitungen deutlich beschleunigen. Ein am Dienstag vorgestellter Aktionsplan sieht vor, dass Netzprojekte künftig innerhalb von zwei Jahren genehmigt werden.",
   "Nach Berechnungen der Behörde müssen bis 2040 rund 584 Milliarden Euro in die europäischen Netze fließen. Vor allem die Verbindungen zwischen den Mitgliedstaaten gelten als Nadelöhr für den Ausbau von Wind- und Solarenergie.", "Der zuständige Kommissar sagte, Europa erzeuge an manchen Tagen schon heute mehr Ökostrom, als die Leitungen transportieren könnten. Windparks müssten dann abgeregelt werden, während anderswo Gaskraftwerke liefen.", "Netzbetreiber begrüßten den Plan, forderten aber zusätzliche Mittel. Umweltverbände warnten davor, bei schnelleren Verfahren den Naturschutz zu vernachlässigen."]),
 ("en", "Company recalls 1.2 million baby monitors over overheating adapters", DT(2025, 3, 6, 15, 30), ["Marcus Bell"], ["CHICAGO (NP) — A Chicago-based electronics company is recalling about 1.2 million video baby monitors sold in the United States and Canada because their power adapters can overheat and pose a burn hazard, federal regulators said Thursday.",
   "The Consumer Product Safety Commission said it had received 67 reports of adapters melting or sparking, including four in which parents suffered minor burns. No injuries to children were reported.", "The monitors were sold at major retailers and online from January 2022 through December 2024 for between $60 and $130. Owners should unplug the adapters at once and contact the company for a free replacement.", "Canada's health department issued a parallel notice covering about 85,000 units sold there."]),
]
# Each publisher's own stories: headline, local time, UTC offset, reporters
# (truth), the credit as shown (None: from the reporters), update, paragraphs.
OWN = {
 "us": [("Hoboken approves $48 million flood wall along its waterfront", DT(2025, 3, 3, 18, 24), -5, ["Danielle Ruiz"], None, DT(2025, 3, 4, 7, 10), ["HOBOKEN — The City Council voted 7-2 on Monday night to build a $48 million flood wall along the northern stretch of the waterfront, more than a decade after Hurricane Sandy pushed the Hudson River into thousands of basements here.",
          "The wall, which will run about 1.3 miles from Weehawken Cove to Castle Point, will be built in sections so that the waterfront walkway can stay open. Most of the money comes from a federal resilience grant, with the city covering about $9 million.", "\u201cEvery year we put this off, we're betting people's homes on the weather,\u201d said Councilwoman Renee Castillo, who sponsored the measure.", "The two members who voted no said the wall would block river views and asked for more public hearings. Construction is expected to begin in the fall and take about three years."]),
        ("Ferry riders face longer waits as two boats go in for repairs", DT(2025, 3, 5, 11, 5), -5, ["Marcus Webb", "Tanya Hollis"], None, DT(2025, 3, 5, 15, 30), ["Commuters who take the ferry between Newburgh and Beacon should expect longer waits for the next six weeks, after two of the route's three boats were pulled from service for engine repairs.",
          "The state transit authority said the remaining boat will run every 40 minutes during rush hour instead of every 20. Weekend service will not change.", "Riders on Wednesday morning said the line on the Newburgh side stretched past the parking lot. \u201cI left the house half an hour early and I'm still going to be late,\u201d said Carla Jimenez, a nurse who works in Beacon.", "The authority said it would add shuttle buses across the Newburgh-Beacon Bridge starting Monday. Monthly pass holders can ride them at no extra cost."]),
        ("Lake Tahoe ski resort fined over water it pumped for artificial snow", DT(2025, 3, 6, 20, 50), -8, ["Kyle Ahn"], "By Kyle Ahn, Special to the Courier-Journal", None, ["SOUTH LAKE TAHOE, Calif. — State water regulators have fined a Lake Tahoe ski resort $310,000 for pumping more water for snowmaking than its permit allows during two dry winters.",
          "The resort drew about 40% more water from a creek that feeds the lake than it was allowed to in 2022 and 2023, according to the order released Thursday. Regulators said the extra pumping left parts of the creek too shallow for spawning trout.", "The resort said in a statement that it had installed new meters and would appeal the size of the fine, calling snowmaking essential in years with little natural snow.", "Environmental groups welcomed the decision but said other resorts around the lake should be checked as well."])],
 "ca": [("What to know before Saskatoon's new central library opens", DT(2025, 3, 4, 10, 30), -6, ["Emma Tremblay"], None, DT(2025, 3, 5, 9, 0), ["After nearly a decade of planning and a construction budget that grew to $154 million, Saskatoon's new central library will open its doors on the first Saturday of April.",
          "The four-storey building on Idylwyld Drive replaces the Frances Morrison branch, which has served downtown since 1966. Staff began moving about 300,000 books, films and records into the new building last month.", "The chief librarian said the biggest change most visitors will notice is space: the new library seats 600 people, compared with about 150 in the old one, and has 18 rooms that can be booked for free.",
          "Families will find a children's floor with a reading garden, a story-time room and a makerspace with 3D printers and sewing machines. The top floor holds the local history collection, which has been in storage for years.", "Parking has been one of the main complaints about the project. The library has only 40 stalls of its own, and the city is asking visitors to take the bus or use the parkade on 22nd Street, free for two hours on weekends.", "The old branch will close for good on March 22. Its future has not been decided; council is expected to discuss options, including selling the building, later this spring."]),
        ("Farmers brace for tariff fallout as spring seeding nears", DT(2025, 3, 6, 8, 15), -6, ["Jordan Whitehawk", "Emma Tremblay"], None, None, ["With spring seeding only weeks away, Saskatchewan farmers say uncertainty over trade with the United States and China is making it hard to decide what to plant.",
          "Canola growers have been hit hardest. Talk of new tariffs has already pushed prices down, and many producers say they are thinking about planting more wheat, peas or lentils instead.", "\u201cYou make your plan in January, and by March it's out the window,\u201d said Darcy Lindgren, who farms 4,000 acres near Rosetown. He said fertilizer and fuel costs have not come down to match.", "Producer groups have asked Ottawa to expand advance payments so farmers can cover their costs until prices settle."])],
 "de": [("Neue Ortsumfahrung für Weilheim: Bauarbeiten beginnen im Mai", DT(2025, 3, 3, 18, 24), 1, ["Tobias Reiter", "Anja Lindner"], None, None, ["Nach mehr als 30 Jahren Planung rollen im Mai die Bagger: Das Staatliche Bauamt hat am Montag den Auftrag für den ersten Abschnitt der Weilheimer Ortsumfahrung vergeben. Die neue Trasse soll die Innenstadt vom Durchgangsverkehr auf der B2 entlasten.",
          "Der erste Bauabschnitt reicht von Unterhausen bis zur Ammer und umfasst eine 180 Meter lange Brücke. Die Kosten für das gesamte Projekt werden inzwischen auf rund 190 Millionen Euro geschätzt, deutlich mehr als ursprünglich veranschlagt.", "Bürgermeisterin Claudia Haslinger sprach von einem „historischen Tag für die Stadt“. Täglich fahren derzeit mehr als 20.000 Fahrzeuge durch die Weilheimer Innenstadt.", "Kritik kommt weiterhin vom Bund Naturschutz, der den Eingriff in das Ammertal für unverhältnismäßig hält. Die Umweltschützer prüfen nach eigenen Angaben noch, ob sie gegen den Baubeginn klagen."]),
        ("Hallenbad in Penzberg bleibt bis Herbst geschlossen", DT(2025, 3, 5, 9, 12), 1, ["Anja Lindner"], None, None, ["Schwimmer in Penzberg müssen sich weiter gedulden: Das Hallenbad an der Karlstraße bleibt voraussichtlich bis Oktober geschlossen. Bei der Sanierung der Lüftungsanlage haben Fachleute Schäden an der Dachkonstruktion entdeckt.",
          "Nach Angaben der Stadtwerke sind mehrere Holzträger über dem Schwimmerbecken durch Feuchtigkeit angegriffen. Ein Statiker soll nun klären, ob sie ausgetauscht oder verstärkt werden müssen.", "Besonders hart trifft die Schließung Schulen und Vereine. Der Schwimmunterricht der Grundschulen findet vorerst im Bad in Weilheim statt, die Stadt übernimmt die Kosten für den Bustransfer."])],
 "at": [("Hallstatt führt Zeitfenster für Reisebusse ein", DT(2025, 1, 14, 7, 45), 1, ["Eva Gruber"], None, None, ["Hallstatt verschärft die Regeln für den Busverkehr: Ab Ostern dürfen Reisebusse den Ort nur noch mit einem vorab gebuchten Zeitfenster anfahren. Pro Tag werden höchstens 50 Slots vergeben, bisher kamen an Spitzentagen mehr als 100 Busse.",
          "Die Gemeinde reagiert damit auf Beschwerden der rund 750 Einwohner, die seit Jahren über verstopfte Straßen und überfüllte Gassen klagen. Ein Slot kostet künftig 150 Euro, die Einnahmen sollen in Parkplätze am Ortsrand fließen.", "Touristiker sehen die Maßnahme gespalten. Während Hoteliers auf mehr Übernachtungsgäste statt Tagesausflügler hoffen, befürchten Souvenirhändler Umsatzeinbußen."]),
        ("Lawinenwarnstufe vier im Toten Gebirge", DT(2025, 3, 3, 11, 2), 1, ["APA"], "APA", None, ["Nach ergiebigen Neuschneefällen gilt im Toten Gebirge und im Dachsteingebiet seit Montag die zweithöchste Lawinenwarnstufe. Der Lawinenwarndienst rät dringend davon ab, gesicherte Pisten zu verlassen.",
          "Innerhalb von 48 Stunden fielen in höheren Lagen bis zu 80 Zentimeter Neuschnee. Starker Nordwestwind hat zudem große Triebschneeansammlungen gebildet, die schon durch einzelne Wintersportler ausgelöst werden können.", "Die Straße auf die Tauplitzalm wurde vorsorglich gesperrt. Eine Entspannung erwarten die Experten frühestens zur Wochenmitte."])],
 "es": [("Zaragoza ampliará el tranvía hasta el barrio de Valdefierro", DT(2025, 3, 3, 18, 24), 1, ["Lucía Gómez"], None, DT(2025, 3, 4, 7, 10), ["El Ayuntamiento de Zaragoza ha aprobado el proyecto para prolongar la línea 1 del tranvía hasta Valdefierro, una reivindicación vecinal que se remonta a más de una década. La ampliación sumará 3,4 kilómetros y cinco nuevas paradas.",
          "Según el consistorio, las obras podrían licitarse antes del verano y durarían unos dos años. El presupuesto estimado asciende a 92 millones de euros, de los que una parte se financiará con fondos europeos.", "La asociación vecinal celebró la noticia, aunque pidió que durante las obras se mantengan los autobuses que conectan el barrio con el centro. «Llevamos años esperando y no queremos quedarnos aislados», señaló su presidenta."]),
        ("Las lluvias de marzo elevan las reservas del Ebro al 72 %", DT(2025, 3, 5, 12, 40), 1, ["EFE"], "Redacción / EFE", None, ["Los embalses de la cuenca del Ebro se encuentran al 72 % de su capacidad tras las intensas lluvias de las últimas semanas, según los datos publicados este miércoles por la confederación hidrográfica.",
          "Las reservas han crecido en más de 400 hectómetros cúbicos en apenas quince días, lo que sitúa a la cuenca muy por encima de la media de la última década para estas fechas.", "Las comunidades de regantes confían en que la campaña de riego se desarrolle con normalidad tras dos años de restricciones. La confederación recuerda, no obstante, que el deshielo de primavera será determinante."])],
 "it": [("Como, la funicolare per Brunate chiude tre mesi per lavori", DT(2025, 3, 3, 18, 24), 1, ["Giulia Bernasconi"], None, None, ["La funicolare Como-Brunate resterà chiusa da lunedì 7 aprile fino all'inizio di luglio per la revisione generale prevista dalla normativa. Durante lo stop sarà attivo un bus sostitutivo ogni venti minuti.",
          "L'intervento, dal costo di circa 2,8 milioni di euro, prevede la sostituzione delle funi e l'ammodernamento dei sistemi di sicurezza delle due vetture. È la revisione più importante degli ultimi vent'anni.", "Preoccupati i commercianti di Brunate, che temono un calo di visitatori proprio all'inizio della stagione turistica. Il Comune ha annunciato che il bus sostitutivo sarà gratuito per i residenti."]),
        ("Lecco, a Bellano apre il nuovo ospedale di comunità", DT(2025, 3, 5, 10, 5), 1, ["Paolo Ferrario", "Chiara Sala"], None, None, ["È stato inaugurato ieri mattina a Bellano il nuovo ospedale di comunità, una struttura da venti posti letto per i pazienti che hanno bisogno di cure intermedie dopo un ricovero o che non possono essere assistiti a casa.",
          "La struttura, ricavata nell'ex padiglione del vecchio ospedale, sarà gestita da personale infermieristico con il supporto dei medici di famiglia. L'investimento è stato di 4,5 milioni di euro, finanziati con i fondi del Pnrr.", "Soddisfatti i sindaci dell'alto lago, che da anni chiedevano un presidio sanitario più vicino. Restano però dubbi sul reclutamento degli infermieri: al momento ne mancano ancora sei."])],
 "pt": [("Braga vai ter autocarros elétricos até ao hospital a partir de junho", DT(2025, 3, 3, 18, 24), 0, ["Ana Ribeiro"], None, None, ["Os Transportes Urbanos de Braga vão lançar, a partir de junho, uma nova linha de autocarros elétricos entre a estação ferroviária e o hospital, com passagens a cada quinze minutos nos dias úteis.",
          "A empresa municipal recebeu esta semana os primeiros seis veículos de um total de vinte, num investimento de 11 milhões de euros financiado pelo Plano de Recuperação e Resiliência.", "O presidente da administração explicou que a linha foi pensada sobretudo para utentes e profissionais de saúde, que hoje precisam de fazer transbordo no centro da cidade. O percurso terá doze paragens."]),
        ("Cheia do Cávado obriga a cortar estrada em Barcelos", DT(2025, 3, 5, 9, 50), 0, ["Lusa"], "Lusa", None, ["A subida do caudal do rio Cávado obrigou esta quarta-feira ao corte da estrada que liga Barcelos a Barcelinhos junto à ponte medieval, informou a Proteção Civil municipal.",
          "Segundo a mesma fonte, a água galgou as margens durante a madrugada, na sequência da chuva intensa dos últimos dias e das descargas da barragem a montante. Não há registo de feridos nem de desalojados.", "O trânsito está a ser desviado pela variante e as autoridades pedem aos condutores que evitem a zona ribeirinha. O aviso amarelo para precipitação no distrito de Braga mantém-se até quinta-feira."])],
 "nl": [("Antwerpen breidt lage-emissiezone uit naar Wijnegem en Schoten", DT(2025, 3, 3, 18, 24), 1, ["Lotte Peeters"], None, DT(2025, 3, 4, 7, 10), ["De Antwerpse lage-emissiezone wordt vanaf 1 januari uitgebreid met delen van Wijnegem en Schoten. Dat hebben de gemeentebesturen maandag bekendgemaakt, na maanden van overleg met de stad en de Vlaamse overheid.",
          "Vanaf dan mogen oudere dieselwagens met euronorm 5 de zone niet meer in zonder dagpas. Volgens de stad gaat het om ongeveer 9.000 voertuigen die in de twee gemeenten zijn ingeschreven.", "De oppositie in Schoten spreekt van een ‘asociale maatregel’ voor wie geen nieuwe auto kan betalen. De gemeente wijst erop dat bewoners met een laag inkomen een premie kunnen aanvragen voor een deelwagen of een fiets."]),
        ("Kennedytunnel twee weekends dicht voor onderhoud", DT(2025, 3, 4, 16, 40), 1, ["Bram Janssens", "Lotte Peeters"], None, None, ["De Kennedytunnel in Antwerpen gaat tijdens twee weekends in maart volledig dicht voor onderhoudswerken. Het Agentschap Wegen en Verkeer vraagt bestuurders om de stad zoveel mogelijk te vermijden.",
          "Tijdens de werken worden onder meer de verlichting en de ventilatie in de tunnelkokers vernieuwd. Het verkeer richting Gent wordt omgeleid via de Liefkenshoektunnel, waar de tol tijdelijk vervalt.", "De Lijn en de NMBS zetten extra trams en treinen in tussen Antwerpen en het Waasland. Wie toch de auto neemt, moet volgens het Verkeerscentrum rekenen op files van meer dan een uur."])],
 "fr": [("Lausanne: la mise en service du métro m3 repoussée à 2033", DT(2025, 3, 3, 17, 20), 1, ["Nadia Berset"], None, None, ["La future ligne de métro m3 entre la gare de Lausanne et la Blécherette n'entrera pas en service avant 2033, soit trois ans plus tard que prévu. Les transports publics lausannois l'ont annoncé lundi.",
          "Ce nouveau retard s'explique par la complexité des travaux sous la gare, qui doivent être coordonnés avec l'agrandissement des quais. Le coût du projet est désormais estimé à 1,1 milliard de francs.", "Les associations d'usagers regrettent ce report, alors que le m2 est saturé aux heures de pointe. Les TL promettent de renforcer les bus sur l'axe nord en attendant."]),
        ("Le Léman atteint un niveau très bas pour la saison", DT(2025, 3, 5, 10, 15), 1, ["Luc Perrottet"], None, None, ["Le niveau du Léman est actuellement inférieur de près de quarante centimètres à la moyenne de saison, après un hiver particulièrement sec. Plusieurs ports de la rive vaudoise signalent des difficultés pour les bateaux à fort tirant d'eau.",
          "Selon le canton de Genève, qui régule le débit à la sortie du lac, la situation n'est pas encore critique mais reste surveillée de près. La fonte des neiges devrait permettre de remonter le niveau au printemps.", "La compagnie de navigation a toutefois averti que certains débarcadères pourraient ne pas être desservis en avril si la tendance se poursuit."]),
        ("Vevey: un musée consacré à l'image ouvrira en 2026", DT(2025, 3, 6, 8, 40), 1, ["Nadia Berset", "Luc Perrottet"], None, None, ["La ville de Vevey accueillera dès l'automne 2026 un nouveau musée consacré à la photographie et à l'image animée, installé dans l'ancienne halle aux marchandises de la gare.",
          "Le projet, devisé à 38 millions de francs, est porté par une fondation privée et soutenu par la commune et le canton. Il prévoit trois salles d'exposition, une salle de projection et un atelier pour les écoles.", "La municipalité espère que le musée attirera quelque 80 000 visiteurs par an et renforcera la vocation culturelle de la Riviera."]),
        ("Genève teste des bus sans chauffeur à Meyrin", DT(2025, 3, 7, 11, 30), 1, ["Sarah Dumont"], None, None, ["Deux minibus électriques sans chauffeur circulent depuis vendredi entre la gare de Meyrin et la zone industrielle voisine, dans le cadre d'un essai de six mois mené par les transports publics genevois.",
          "Les véhicules, qui peuvent transporter huit passagers, roulent à 25 km/h au maximum. Un agent est présent à bord durant les premières semaines pour reprendre la main en cas de besoin.", "Si l'essai est concluant, le canton envisage d'étendre ce type de desserte aux quartiers périphériques mal reliés au réseau."])],
}
# The reprints of the wire: (wire story, publisher, local time, offset, credit, rewritten lead
# or None, rel=canonical to the wire, headline or None).
COPIES = [
 (0, "us", DT(2025, 3, 5, 8, 41), -5, "By Daniel Okafor and Rachel Stein, Northstar Press", None, True, None),
 (0, "ca", DT(2025, 3, 5, 9, 20), -6, "Northstar Press", "Canadians heading to New York, Boston and Philadelphia faced a day of cancelled flights on Wednesday, as a late-winter storm swept across the northeastern United States.", False, None),
 (1, "us", DT(2025, 3, 3, 21, 40), -8, "By Ingrid Solberg, Northstar Press", None, False, None),
 (1, "ca", DT(2025, 3, 3, 21, 15), -6, "Northstar Press", None, False, None),
 (2, "de", DT(2025, 3, 4, 9, 30), 1, "Von Katrin Albers, NP", None, False, None),
 (2, "at", DT(2025, 3, 4, 8, 55), 1, "APA/NP", None, True, None),
 (3, "us", DT(2025, 3, 6, 11, 2), -5, "From staff and wire reports", "Parents in the Hudson Valley who bought a video baby monitor in the last three years should check the power adapter: about 1.2 million of the devices are being recalled because the adapters can overheat.", False, "Recall: 1.2 million baby monitors may overheat, regulators say"),
 (3, "ca", DT(2025, 3, 6, 10, 45), -6, "Marcus Bell, Northstar Press", None, True, None),
]
ENM = "January February March April May June July August September October November December".split()
DEM = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
ITM = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
FRM = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ESM, NLD = "ene feb mar abr may jun jul ago sep oct nov dic".split(), "ma di wo do vr za zo".split()


def ampm(d, dots=True):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, ("p.m." if d.hour >= 12 else "a.m.") if dots else ("PM" if d.hour >= 12 else "AM"))


# A story's shown date per site (the teaser's is the day alone).
SHOWN = {
 "us": lambda d, tz: "%s %s %s %d, %d" % (ampm(d), {-5: "ET", -8: "PT"}[tz], ENM[d.month - 1], d.day, d.year),
 "ca": lambda d, tz: d.strftime("%b %d, %Y"),
 "de": lambda d, tz: "%d. %s %d, %s Uhr" % (d.day, DEM[d.month - 1], d.year, d.strftime("%H:%M")),
 "at": lambda d, tz: "%d. %s %d, %s" % (d.day, "Jänner" if d.month == 1 else DEM[d.month - 1], d.year, d.strftime("%H:%M")),
 "es": lambda d, tz: "%02d %s %d - %s CET" % (d.day, ESM[d.month - 1], d.year, d.strftime("%H:%M")),
 "it": lambda d, tz: "%d %s %d ore %s" % (d.day, ITM[d.month - 1], d.year, d.strftime("%H:%M")),
 "pt": lambda d, tz: d.strftime("%d-%m-%Y %Hh%M"),
 "nl": lambda d, tz: "%s %s, %s" % (NLD[d.weekday()], d.strftime("%d-%m-%y"), d.strftime("%H:%M")),
 "fr": lambda d, tz: "%d %s %d à %s" % (d.day, FRM[d.month - 1], d.year, d.strftime("%Hh%M")),
}
# Per publisher: name, language, <title> pattern, story path pattern, and its non-article pages
# as (kind, path, title, text, items).
SITES = {
 "us": dict(name="The Hudson Courier-Journal", lang="en-US", tf="{h}", path="/story/news/local/{ymd}/{slug}/{id}/", pages=[
    ("section", "/news/local/", "Local News", "The latest news from Hudson County and the Hudson Valley.", None), ("tag", "/topics/flooding/", "Flooding", "Stories about flooding, storms and the waterfront.", None),
    ("author", "/staff/danielle-ruiz/", "Danielle Ruiz", "Danielle Ruiz covers Hudson County government and the waterfront. Reach her at druiz@hudsoncourier.example.", "Danielle Ruiz"),
    ("search", "/search/?q=ferry", "Search results for \u201cferry\u201d", "4 results", None),
    ("about", "/about/", "About us", "The Hudson Courier-Journal has covered the Hudson Valley since 1871. Our newsroom is at 25 River Street, Hoboken. Call 201-555-0100.", None),
    ("corrections", "/corrections/", "Corrections and clarifications", "The Courier-Journal is committed to accuracy. Here are our recent corrections.", [("March 4, 2025", "A story on Monday about the Hoboken flood wall misstated its length. It is about 1.3 miles long, not 3 miles."), ("February 27, 2025", "A photo caption misidentified the Beacon ferry terminal. It is on the east bank of the river.")]),
    ("mostread", "/most-popular/", "Most popular", "The stories our readers are reading right now.", None),
    ("video", "/videos/news/local/2025/03/04/hoboken-flood-wall-vote/81250031007/", "Watch: Hoboken council votes on $48 million flood wall", "Residents packed City Hall on Monday night as the council voted 7-2 on a flood wall along the northern waterfront. Video by Danielle Ruiz.", None)]),
 "ca": dict(name="The Prairie Sentinel", lang="en-CA", tf="{h} | The Prairie Sentinel", path="/news/local-news/{slug}/", pages=[
    ("section", "/category/news/local-news/", "Local News", "News from Saskatoon and area.", None), ("tag", "/tag/city-council/", "City council", "Stories tagged city council.", None),
    ("author", "/author/emma-tremblay/", "Emma Tremblay", "Emma Tremblay covers city hall and the arts for The Prairie Sentinel.", "Emma Tremblay"),
    ("search", "/search/?search_text=library", "Search: library", "Showing results 1 to 3", None),
    ("about", "/about-us/", "About Us", "The Prairie Sentinel has served Saskatoon since 1902. Newsroom: 204 5th Ave N, Saskatoon. Phone 306-555-0140.", None),
    ("podcast", "/podcasts/prairie-pulse/", "Prairie Pulse: the Sentinel's weekly news podcast", "Our reporters talk about the stories behind the headlines. New episodes every Friday.", [("Episode 112: The library that took a decade", "Mar 7, 2025", "32:14"), ("Episode 111: Seeding season and the trade war", "Feb 28, 2025", "28:40")]),
    ("print", "/epaper/", "Today's ePaper", "Read the print edition of The Prairie Sentinel on any device, exactly as it appears in print. Edition of Thursday, March 6, 2025.", None)]),
 "de": dict(name="Oberland-Kurier", lang="de-DE", tf="{h} | Oberland-Kurier", path="/lokales/weilheim/{slug}-{id}.html", pages=[
    ("section", "/lokales/", "Lokales", "Nachrichten aus Weilheim, Penzberg und dem Oberland.", None), ("tag", "/thema/verkehr/", "Thema: Verkehr", "Alle Artikel zum Thema Verkehr.", None),
    ("author", "/autor/anja-lindner/", "Anja Lindner", "Anja Lindner ist Redakteurin der Lokalredaktion Weilheim-Penzberg.", "Anja Lindner"),
    ("search", "/suche/?q=hallenbad", "Suchergebnisse für „Hallenbad“", "2 Treffer", None),
    ("about", "/impressum/", "Impressum", "Oberland-Kurier Verlag GmbH, Marienplatz 4, 82362 Weilheim. Verantwortlich für den Inhalt: die Chefredaktion.", None),
    ("live", "/liveblogs/", "Liveblogs", "Hier verfolgen Sie die wichtigsten Ereignisse in der Region im Ticker.", [("Hochwasser an der Ammer: Der Pegel steigt", "LIVE"), ("Kommunalwahl im Landkreis: alle Ergebnisse", "beendet")]),
    ("nlarchive", "/newsletter/archiv/", "Newsletter-Archiv: Der Oberland-Morgen", "Alle Ausgaben unseres Morgen-Newsletters zum Nachlesen.", [("Der Oberland-Morgen vom 5. März 2025", ""), ("Der Oberland-Morgen vom 4. März 2025", "")])]),
 "at": dict(name="Salzkammergut Rundschau", lang="de-AT", tf="{h} - Salzkammergut Rundschau", path="/story/{id}/{slug}/", pages=[
    ("section", "/chronik/", "Chronik", "Aktuelle Meldungen aus dem Salzkammergut.", None), ("tag", "/thema/tourismus/", "Tourismus", "Alle Berichte zum Thema Tourismus.", None),
    ("author", "/autor/eva-gruber/", "Eva Gruber", "Eva Gruber schreibt über Tourismus und Gemeindepolitik im Salzkammergut.", "Eva Gruber"),
    ("search", "/suche/?q=lawine", "Suche: Lawine", "3 Ergebnisse", None),
    ("about", "/ueber-uns/", "Über uns", "Die Salzkammergut Rundschau erscheint seit 1948 in Bad Ischl. Redaktion: Pfarrgasse 11, 4820 Bad Ischl.", None),
    ("press", "/pressemitteilungen/salzwelten-neue-saison/", "Salzwelten Hallstatt starten mit neuem Besucherzentrum in die Saison",
     ["Hallstatt (OTS) - Die Salzwelten Hallstatt eröffnen am 29. März 2025 ihr neues Besucherzentrum an der Talstation der Salzbergbahn. Gäste erwartet ein neuer Rundgang mit multimedialer Inszenierung der 7000-jährigen Geschichte des Salzabbaus.",
      "„Mit dem neuen Besucherzentrum bieten wir unseren Gästen ein zeitgemäßes Erlebnis“, so die Geschäftsführung. Tickets sind ab sofort online erhältlich.",
      "Rückfragehinweis: Salzwelten GmbH, Unternehmenskommunikation, presse@salzwelten.example, Tel. +43 6132 000 000"], "OTS0047 | 4. März 2025, 10:15"),
    ("print", "/e-paper/", "E-Paper: Die Rundschau als digitale Zeitung", "Die aktuelle Ausgabe vom 6. März 2025 als E-Paper: alle Seiten der Printausgabe.", None)]),
 "es": dict(name="Diario del Ebro", lang="es-ES", tf="{h} | Diario del Ebro", path="/aragon/{ymd}/{slug}.html", pages=[
    ("section", "/aragon/", "Aragón", "Últimas noticias de Zaragoza y Aragón.", None), ("tag", "/noticias-sobre/tranvia/", "Tranvía", "Todas las noticias sobre el tranvía de Zaragoza.", None),
    ("author", "/autores/lucia-gomez/", "Lucía Gómez", "Periodista de la sección de Aragón. Escribe sobre urbanismo y movilidad.", "Lucía Gómez"),
    ("search", "/buscador/?q=tranvia", "Resultados de búsqueda: tranvía", "2 resultados", None),
    ("about", "/quienes-somos/", "Quiénes somos", "Diario del Ebro se publica en Zaragoza desde 1994. Redacción: paseo de la Independencia 20.", None),
    ("mostread", "/lo-mas-leido/", "Lo más leído", "Las noticias más leídas en las últimas 24 horas.", None),
    ("video", "/videos/aragon/2025-03-04/asi-sera-el-tranvia-a-valdefierro.html", "Vídeo | Así será el tranvía a Valdefierro", "Recreación del recorrido de la nueva línea que llegará al barrio en 2027. Vídeo: Diario del Ebro.", None)]),
 "it": dict(name="Gazzetta del Lario", lang="it-IT", tf="{h} - Gazzetta del Lario", path="/cronaca/{slug}-{id}/", pages=[
    ("section", "/cronaca/", "Cronaca", "Le notizie di Como, Lecco e del lago.", None), ("tag", "/argomenti/trasporti/", "Trasporti", "Tutte le notizie sui trasporti.", None),
    ("author", "/autori/giulia-bernasconi/", "Giulia Bernasconi", "Giornalista della redazione di Como, si occupa di cronaca e trasporti.", "Giulia Bernasconi"),
    ("search", "/cerca/?q=funicolare", "Risultati della ricerca: funicolare", "1 risultato", None),
    ("about", "/chi-siamo/", "Chi siamo", "La Gazzetta del Lario è un quotidiano online fondato nel 2009. Redazione: via Vittorio Emanuele 50, Como.", None),
    ("podcast", "/podcast/", "Il podcast della Gazzetta", "Ogni settimana le storie del lago raccontate dai nostri giornalisti.", [("Puntata 45: La funicolare si ferma", "7 marzo 2025", "18:30"), ("Puntata 44: Sanità in alto lago", "28 febbraio 2025", "21:05")]),
    ("corrections", "/rettifiche/", "Rettifiche e precisazioni", "Le correzioni pubblicate dalla redazione.", [("4 marzo 2025", "Nell'articolo sulla funicolare la data di riapertura era errata: il servizio riprenderà all'inizio di luglio.")])]),
 "pt": dict(name="Correio do Cávado", lang="pt-PT", tf="{h} - Correio do Cávado", path="/noticia/{slug}-{id}/", pages=[
    ("section", "/regiao/", "Região", "Notícias de Braga, Barcelos e do vale do Cávado.", None), ("tag", "/tag/mobilidade/", "Mobilidade", "Artigos sobre mobilidade.", None),
    ("author", "/autor/ana-ribeiro/", "Ana Ribeiro", "Jornalista do Correio do Cávado desde 2015.", "Ana Ribeiro"),
    ("search", "/pesquisa/?q=autocarros", "Pesquisa: autocarros", "1 resultado", None),
    ("about", "/estatuto-editorial/", "Estatuto editorial", "O Correio do Cávado é um jornal regional independente, publicado em Braga desde 1978.", None),
    ("print", "/edicao-impressa/", "Edição impressa", "Consulte a edição impressa de quinta-feira, 6 de março de 2025.", None),
    ("nlarchive", "/newsletters/", "Newsletters", "Arquivo das nossas newsletters diárias.", [("Bom dia Minho, 05-03-2025", ""), ("Bom dia Minho, 04-03-2025", "")])]),
 "nl": dict(name="Gazet van de Schelde", lang="nl-BE", tf="{h} | Gazet van de Schelde", path="/regio/antwerpen/{slug}~a{hex}/", pages=[
    ("section", "/regio/antwerpen/", "Antwerpen", "Nieuws uit Antwerpen en omgeving.", None), ("tag", "/tag/mobiliteit/", "Mobiliteit", "Alle artikels over mobiliteit.", None),
    ("author", "/auteur/lotte-peeters/", "Lotte Peeters", "Lotte Peeters is journaliste bij de regioredactie Antwerpen.", "Lotte Peeters"),
    ("search", "/zoeken/?query=tunnel", "Zoekresultaten voor ‘tunnel’", "1 resultaat", None),
    ("about", "/over-ons/", "Over ons", "Gazet van de Schelde is een regionale krant uit Antwerpen. Redactie: Meir 12, 2000 Antwerpen.", None),
    ("mostread", "/meest-gelezen/", "Meest gelezen", "De meest gelezen artikels van vandaag.", None),
    ("corrections", "/rechtzettingen/", "Rechtzettingen", "Fouten die we hebben rechtgezet.", [("04-03-25", "In een artikel over de lage-emissiezone stond dat de uitbreiding in juli start. Dat is 1 januari.")])]),
}


def teasers(k, items, rel=False):
    """A teaser list: (path or url, headline, date, offset); relative times ("vor 3 Stunden") for the German paper."""
    return '<ul class="teaser-list">%s</ul>' % "".join('<li class="teaser"><a href="%s"><h3 class="teaser__title">%s</h3></a><span class="teaser__time">%s</span></li>' % (
        p, E(h), "vor %d Stunden" % (2 + j) if rel else SHOWN[k](d, tz).split(" - ")[0].split(" ore ")[0]) for j, (p, h, d, tz) in enumerate(items))


def frame(k, title, main, head=""):
    c = SITES[k]
    nav = "".join('<a class="nav-link" href="%s">%s</a>' % (p, E(t if kd != "author" else "Team")) for kd, p, t, *_ in c["pages"] if kd not in ("search", "about", "press"))
    foot = " | ".join('<a href="%s">%s</a>' % (p, E(t)) for kd, p, t, *_ in c["pages"] if kd in ("about", "search", "press"))
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s<link rel="stylesheet" href="/static/%s.css"></head>'
            '<body class="%s"><header class="masthead"><a class="brand" href="/">%s</a><nav class="main-nav">%s</nav></header><main id="content">%s</main>'
            '<footer class="site-footer"><p>%s</p><p>&copy; 2025 %s. All rights reserved.</p></footer></body></html>') % (c["lang"], E(title), head, k, k, E(c["name"]), nav, main, foot, E(c["name"]))


def ps(paras):
    return "".join("<p>%s</p>" % E(p) for p in paras)


def ld(s, k, org=None):
    au = [{"@type": "Organization", "name": org}] if org else [{"@type": "Person", "name": a} for a in s["au"]]
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(s["d"], s["tz"]), "author": au, "publisher": {"@type": "Organization", "name": SITES[k]["name"]}}
    if s.get("upd"):
        d["dateModified"] = iso(s["upd"], s["tz"])
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def joined(a, sep, link=None, cls=""):
    """The names joined by sep, the one with an author page linked to it."""
    return sep.join('<a%s href="%s">%s</a>' % (cls, link[0], E(n)) if link and n == link[1] else E(n) for n in a)


def render(k, s):
    """A story (or a copy) in publisher k's template: (head extra, article html)."""
    c, d, u, cred, au = SITES[k], s["d"], s.get("upd"), s.get("cred"), s["au"]
    alink = next((p, items) for kd, p, t, text, items in c["pages"] if kd == "author")
    tag = next(p for kd, p, *_ in c["pages"] if kd == "tag")
    body = ps(s["paras"])
    if k == "us":
        by = '<div class="gnt_ar_by">%s</div>' % (E(cred) if cred else joined(au, " and ", alink, ' class="gnt_ar_by_a"') + '<div class="gnt_ar_by_j">%s</div>' % E(c["name"]))
        dt = "Published %s%s" % (SHOWN[k](d, s["tz"]), " | Updated %s" % SHOWN[k](u, s["tz"]) if u else "")
        return '<meta property="og:title" content="%s">' % E(s["head"]), '<article class="gnt_pr"><h1 class="gnt_ar_hl">%s</h1>%s<div class="gnt_ar_dt" aria-label="%s">%s</div><div class="gnt_ar_b">%s</div></article>' % (
            E(s["head"]), by, E(dt), E(dt), "".join('<p class="gnt_ar_b_p">%s</p>' % E(p) for p in s["paras"]))
    if k == "ca":
        who = E(cred) if cred else joined(au, ", ", alink)
        meta = '<div class="article-header__detail"><span class="published-by__author">Author of the article:</span> <span class="published-by__names">%s</span> <span class="published-date__since">Published %s</span>%s &bull; <span>%d minute read</span></div>' % (
            who, SHOWN[k](d, 0), ' &bull; <span class="updated-date__since">Last updated %s</span>' % SHOWN[k](u, 0) if u else "", 2 + len(s["paras"]) // 2)
        return ld(s, k, cred if cred and "," not in cred else None), '<article class="article-content"><header class="article-header"><p class="article-header__detail__label"><a href="/category/news/local-news/">Local News</a></p><h1 class="article-title" id="articleTitle">%s</h1>%s</header><section class="article-content__content-group">%s%s</section><div class="article-tags"><a href="%s">City council</a></div></article>' % (
            E(s["head"]), meta, body, s.get("pager", ""), tag)
    if k == "de":
        who = E(cred) if cred else "Von " + joined(au, " und ", alink)
        return '<meta property="og:title" content="Weilheim: %s">' % E(s["head"]), '<article class="article"><header><span class="article__kicker">Weilheim</span><h1 class="article__headline">%s</h1></header><div class="article__meta"><p class="article__author">%s</p><p class="article__date">%s</p></div><div class="article__body">%s</div><p class="article__tags"><a href="%s">Verkehr</a></p></article>' % (
            E(s["head"]), who, SHOWN[k](d, 1), body, tag)
    if k == "at":
        who = '<span class="article-origins">%s</span>' % E(cred) if cred else "Von " + joined(au, " und ", alink)
        return "", '<article class="story-article"><header class="story-header"><h2 class="story-kicker">Salzkammergut</h2><h1 class="story-title">%s</h1><div class="story-meta"><div class="story-byline">%s</div><p class="story-pubdate"><time>%s</time></p></div></header><div class="story-body">%s</div></article>' % (
            E(s["head"]), who, SHOWN[k](d, 1), body)
    if k == "es":
        who = E(cred) if cred else joined(au, " y ", alink, ' rel="author"')
        return ld(s, k, None if not cred else "EFE"), '<article class="a"><header class="a_e"><h1 class="a_t">%s</h1></header><div class="a_md"><div class="a_md_a">%s</div><div class="a_md_a_l">Zaragoza</div><div class="a_md_f"><span>%s</span>%s</div></div><div class="a_c">%s</div></article>' % (
            E(s["head"]), who, SHOWN[k](d, 1), "<span> Actualizado: %s</span>" % SHOWN[k](u, 1) if u else "", body)
    if k == "it":
        return "", '<div class="article"><p class="occhiello">Como e provincia</p><h1 class="titolo">%s</h1><div class="firma">di %s</div><div class="data">%s</div><div class="testo">%s</div></div>' % (
            E(s["head"]), joined(au, " e ", alink), SHOWN[k](d, 1), body)
    if k == "pt":
        return "", '<div class="noticia"><h1 class="titulo">%s</h1><div class="info"><span class="autor">%s</span> <span class="data">%s</span></div><div class="corpo">%s</div></div>' % (
            E(s["head"]), E(cred) if cred else joined(au, " e ", alink), SHOWN[k](d, 0), body)
    if k == "nl":
        return "", '<article class="article"><header><h1 class="article__title">%s</h1><div class="article__meta"><span class="article__author">Door %s</span> <time datetime="%s">%s</time>%s</div></header><div class="article__body">%s</div></article>' % (
            E(s["head"]), joined(au, " en "), iso(d, 1), SHOWN[k](d, 1), " <span>Laatste update: %s</span>" % SHOWN[k](u, 1) if u else "", body)
    raise KeyError(k)


# Publishers: own stories, the wire's copies, non-article pages, home.
wire_urls, listed, ids = [], {k: [] for k in H}, iter(range(81240000, 81250000, 37))
for wi, (svc, head, d, au, paras) in enumerate(WIRE):
    p = "/%sarticle/%s-%s/" % ("de/" if svc == "de" else "", slug(head), "%032x" % rnd.getrandbits(128))
    wire_urls.append(url("wire", p))
    cred = "Von " + " und ".join(au) if svc == "de" else "By " + " and ".join(au)
    shown = d.strftime("%d.%m.%Y, %H:%M UTC") if svc == "de" else "%s UTC, %s %d, %d" % (ampm(d, False), ENM[d.month - 1], d.day, d.year)
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": head, "datePublished": iso(d, 0), "author": [{"@type": "Person", "name": a} for a in au]}
    art = '<div class="Page-headline"><h1 class="Page-headline-title">%s</h1></div><div class="Page-byline"><span class="Page-authors">%s</span> <bsp-timestamp data-timestamp="%d"><span class="Timestamp">%s %s</span></bsp-timestamp></div><div class="RichTextStoryBody">%s</div>' % (
        E(head), E(cred), int(d.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000), "Veröffentlicht" if svc == "de" else "Published", shown, ps(paras))
    doc = '<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | Northstar Press</title><script type="application/ld+json">%s</script></head><body><header><a href="/">Northstar Press</a> <a href="/de/">Deutsch</a> <a href="/hub/climate/">Climate</a></header><main>%s</main><footer><a href="/about/">About Northstar Press</a></footer></body></html>' % (
        svc, E(head), json.dumps(jl, ensure_ascii=False), art)
    write_page(OUT, H["wire"], p, doc)
    truth["articles"].append(dict(url=url("wire", p), title=head, date=d.strftime("%Y-%m-%d"), instant=d.strftime("%Y-%m-%dT%H:%M"), authors=au, must=[paras[-1][:40]]))
    listed["wire"].append((p, head, d, 0))
for k in OWN:
    c = SITES.get(k, dict(path="/articles/{ymd}/{slug}/"))
    for i, (head, d, tz, au, cred, upd, paras) in enumerate(OWN[k]):
        s = dict(head=head, d=d, tz=tz, au=au, cred=cred, upd=upd, paras=paras)
        p = c["path"].format(ymd=d.strftime("%Y/%m/%d") if k == "us" else d.strftime("%Y-%m-%d"), slug=slug(head), id=next(ids), hex="%07x" % rnd.getrandbits(28))
        a = dict(url=url(k, p), title=head, date=d.strftime("%Y-%m-%d"), authors=au, must=[paras[-1][:40]])
        if k in ("us", "nl"):  # the zone is on the page: the instant counts
            a["instant"] = utc(d, tz).strftime("%Y-%m-%dT%H:%M")
        if k == "ca" and i == 0:  # one story over two pages
            p2 = p + "2/"
            s2 = dict(s, paras=paras[3:], pager='<nav class="page-links"><span>Page 2 of 2</span> <a class="post-page-numbers" href="%s">&lsaquo; Previous page</a></nav>' % p)
            head2, art2 = render(k, s2)
            write_page(OUT, H[k], p2, frame(k, c["tf"].format(h=head) + " - Page 2", art2, head2))
            truth["nonarticles"].append(url(k, p2))
            s["paras"] = paras[:3]
            s["pager"] = '<nav class="page-links"><span class="post-page-numbers current">1</span> <a class="post-page-numbers" href="%s">2</a> <a class="next" href="%s">Next page &rsaquo;</a></nav>' % (p2, p2)
            a["must"] = [paras[2][:40], paras[4][:40]]
        if k == "fr":
            doc = ('<!DOCTYPE html><html lang="fr-CH"><head><meta charset="utf-8"><title>%s - Le Courrier du Léman</title><meta property="article:published_time" content="%s"></head><body><header><a href="/">Le Courrier du Léman</a></header>'
                   '<article class="article"><h1>%s</h1><p class="signature">Par <strong>%s</strong></p><p class="date">Publié le %s</p>%s</article></body></html>') % (E(head), iso(d, tz), E(head), joined(au, " et "), SHOWN[k](d, tz), ps(paras))
            write_page(OUT, H[k], p, doc)
        else:
            hx, art = render(k, s)
            write_page(OUT, H[k], p, frame(k, c["tf"].format(h=head), art, hx))
        truth["articles"].append(a)
        listed[k].append((p, head, d, tz))
for wi, k, d, tz, cred, lead, canon, head in COPIES:
    svc, whead, wd, wau, wparas = WIRE[wi]
    s = dict(head=head or whead, d=d, tz=tz, au=wau, cred=cred, paras=([lead] + wparas[1:]) if lead else wparas)
    p = SITES[k]["path"].format(ymd=d.strftime("%Y/%m/%d") if k == "us" else d.strftime("%Y-%m-%d"), slug=slug(s["head"]), id=next(ids), hex="%07x" % rnd.getrandbits(28))
    hx, art = render(k, s)
    hx += '<link rel="canonical" href="%s">' % wire_urls[wi] if canon else ""
    write_page(OUT, H[k], p, frame(k, SITES[k]["tf"].format(h=s["head"]), art, hx))
    truth["synd"].append(dict(copy=url(k, p), orig=wire_urls[wi]))
    listed[k].append((p, s["head"], d, tz))


def nonarticle(k, kind, p, t, text, items):
    mine = [x for x in listed[k]]
    if kind in ("section", "search", "mostread"):
        main = '<h1 class="page-title">%s</h1>%s<p class="lead">%s</p>%s' % (E(t), '<form action="%s"><input name="q" value="%s"></form>' % (p.split("?")[0], E(p.split("=")[-1])) if kind == "search" else "", E(text), teasers(k, mine if kind != "mostread" else mine[::-1], k == "de"))
    elif kind in ("tag", "author"):
        mine = [x for x in mine if kind == "tag" or any(items in o[3] and o[0] == x[1] for o in OWN[k])]
        main = '<div class="profile"><h1>%s</h1><p>%s</p></div>%s' % (E(t), E(text), teasers(k, mine, k == "de"))
    elif kind == "about":
        main = '<h1>%s</h1><p>%s</p>' % (E(t), E(text))
    elif kind == "corrections":
        main = '<h1>%s</h1><p>%s</p>%s' % (E(t), E(text), "".join('<div class="correction"><p class="date">%s</p><p>%s</p></div>' % (E(a), E(b)) for a, b in items))
    elif kind == "video":
        main = '<div class="video-page"><h1>%s</h1><div class="player"><video controls poster="/img/poster.jpg" src="/media/clip.mp4"></video></div><p class="caption">%s</p><p class="date">%s</p></div>' % (E(t), E(text), SHOWN[k](listed[k][0][2] + TD(hours=14), -5 if k == "us" else 1))
    elif kind == "podcast":
        main = '<h1>%s</h1><p>%s</p>%s' % (E(t), E(text), "".join('<div class="episode"><h2>%s</h2><p>%s · %s</p><audio controls src="/media/ep.mp3"></audio></div>' % (E(a), E(b), E(c)) for a, b, c in items))
    elif kind == "print":
        main = '<h1>%s</h1><img src="/img/cover.jpg" alt="Cover"><p>%s</p><a class="button" href="%s">Read</a>' % (E(t), E(text), p)
    elif kind in ("live", "nlarchive"):
        main = '<h1>%s</h1><p>%s</p><ul>%s</ul>' % (E(t), E(text), "".join('<li><strong>%s</strong> <span class="badge">%s</span></li>' % (E(a), E(b)) for a, b in items))
    elif kind == "press":
        main = '<div class="press-release"><p class="kicker">Presseaussendung</p><h1>%s</h1><p class="ots">%s</p><p class="sender">Aussender: Salzwelten GmbH</p>%s</div>' % (E(t), E(items), ps(text))
    write_page(OUT, H[k], p.split("?")[0], frame(k, "%s | %s" % (t, SITES[k]["name"]), main))
    truth["nonarticles"].append(url(k, p))


for k, c in SITES.items():
    for kind, p, t, text, items in c["pages"]:
        nonarticle(k, kind, p, t, text, items)
    write_page(OUT, H[k], "/", frame(k, c["name"], '<h1 class="visually-hidden">%s</h1><section class="top-stories">%s</section>' % (E(c["name"]), teasers(k, rnd.sample(listed[k], len(listed[k])), k == "de"))))
# The wire's own pages.
W = listed["wire"]


def wt(items):
    return '<ul class="FeedCard">%s</ul>' % "".join('<li><a href="%s">%s</a> <span class="Timestamp">%s %d, %d</span></li>' % (p, E(h), ENM[d.month - 1], d.day, d.year) for p, h, d, tz in items)


for p, t, body in [("/", "Northstar Press — Latest news", wt(W)), ("/de/", "Northstar Press — Deutscher Dienst", wt(W[2:3])),
                   ("/hub/climate/", "Climate", wt(W[1:3])), ("/author/marcus-bell/", "Marcus Bell", "<p>Marcus Bell covers consumer affairs from Chicago.</p>" + wt(W[3:])),
                   ("/about/", "About Northstar Press", "<p>Northstar Press is an independent news agency supplying text, photo and video to more than 900 newspapers and broadcasters.</p>")]:
    write_page(OUT, H["wire"], p, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/">Northstar Press</a> <a href="/de/">Deutsch</a> <a href="/hub/climate/">Climate</a> <a href="/author/marcus-bell/">Marcus Bell</a></header><main><h1>%s</h1>%s</main><footer><a href="/about/">About</a></footer></body></html>' % (E(t), E(t), body))
    truth["nonarticles"].append(url("wire", p))

# The Swiss paper: an Atom feed (three stories) in the home page's head, a news sitemap (all four) named in robots.txt.
fr = listed["fr"]
shell = '<!DOCTYPE html><html lang="fr-CH"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">Le Courrier du Léman</a><nav><a href="/sections/vaud/">Vaud</a> <a href="/sections/geneve/">Genève</a> <a href="/a-propos/">À propos</a></nav></header><div id="app" data-section="%s"><p class="loading">Chargement des articles…</p></div><noscript>Activez JavaScript pour lire Le Courrier du Léman.</noscript><script src="/static/app.js"></script></body></html>'
for p, t, sec in [("/", "Le Courrier du Léman", "une"), ("/sections/vaud/", "Vaud - Le Courrier du Léman", "vaud"), ("/sections/geneve/", "Genève - Le Courrier du Léman", "geneve")]:
    write_page(OUT, H["fr"], p, shell % (E(t), '<link rel="alternate" type="application/atom+xml" title="Le Courrier du Léman" href="/feeds/latest.atom">' if p == "/" else "", sec))
    truth["nonarticles"].append(url("fr", p))
write_page(OUT, H["fr"], "/a-propos/", shell.replace('<div id="app" data-section="%s"><p class="loading">Chargement des articles…</p></div>', "<h1>À propos</h1><p>Le Courrier du Léman est un quotidien numérique indépendant fondé à Lausanne en 2016.</p>") % ("À propos", ""))
truth["nonarticles"].append(url("fr", "/a-propos/"))
write_page(OUT, H["fr"], "/static/app.js", "fetch('/api/v2/teasers?section='+document.getElementById('app').dataset.section).then(r=>r.json()).then(render);\n")
entries = "".join('<entry><title>%s</title><link href="%s"/><id>%s</id><published>%s</published><updated>%s</updated><author><name>%s</name></author><summary>%s</summary></entry>' % (
    E(h), url("fr", p), url("fr", p), iso(d, tz), iso(d, tz), E(", ".join(OWN["fr"][j][3])), E(OWN["fr"][j][6][0])) for j, (p, h, d, tz) in enumerate(fr[:3]))
write_page(OUT, H["fr"], "/feeds/latest.atom", '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Le Courrier du Léman</title><link href="%s"/><id>%s</id><updated>%s</updated>%s</feed>' % (url("fr", "/"), url("fr", "/"), iso(fr[2][2], 1), entries))
write_page(OUT, H["fr"], "/robots.txt", "User-agent: *\nDisallow: /api/\n\nSitemap: %s\n" % url("fr", "/sitemap.xml"))
write_page(OUT, H["fr"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % url("fr", "/sitemap-news.xml"))
write_page(OUT, H["fr"], "/sitemap-news.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % "".join(
    '<url><loc>%s</loc><news:news><news:publication><news:name>Le Courrier du Léman</news:name><news:language>fr</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>' % (url("fr", p), iso(d, tz), E(h)) for p, h, d, tz in fr))

# The full-text aggregator: "Source: X" and a link back, its own later time.
FULL = [(wire_urls[0], "Northstar Press", WIRE[0][1], WIRE[0][4], DT(2025, 3, 5, 16, 2)), (wire_urls[3], "Northstar Press", WIRE[3][1], WIRE[3][4], DT(2025, 3, 6, 18, 10)),
        (url("fr", fr[1][0]), "Le Courrier du Léman", fr[1][1], OWN["fr"][1][6], DT(2025, 3, 5, 14, 30)), (url("nl", listed["nl"][1][0]), "Gazet van de Schelde", listed["nl"][1][1], OWN["nl"][1][6], DT(2025, 3, 4, 19, 5))]


def fpage(t, main):
    return '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body><header class="top"><a href="/">Pressfeed</a> <a href="/category/world/">World</a> <a href="/category/europe/">Europe</a> <a href="/sources/">Our sources</a></header><div class="wrap">%s</div><footer><a href="/about/">About Pressfeed</a></footer></body></html>' % (E(t), main)


fl = []
for j, (orig, src, head, paras, d) in enumerate(FULL):
    p = "/read/%d/%s/" % (55100 + j * 13, slug(head))
    write_page(OUT, H["full"], p, fpage(head + " - Pressfeed", '<div class="post"><h1 class="post-title">%s</h1><div class="post-meta">Posted %s %d, %d %s GMT</div><div class="post-source">Source: <a href="%s">%s</a></div><div class="post-content">%s</div><p class="attribution">This story was originally published by <a href="%s">%s</a>.</p></div>' % (
        E(head), d.strftime("%b"), d.day, d.year, d.strftime("%H:%M"), orig, E(src), ps(paras), orig, E(src))))
    truth["synd"].append(dict(copy=url("full", p), orig=orig))
    fl.append('<li><a href="%s">%s</a> <span>%s</span></li>' % (p, E(head), E(src)))
for p, t, main in [("/", "Pressfeed - news from everywhere", "<ul>%s</ul>" % "".join(fl)), ("/category/world/", "World", "<ul>%s</ul>" % "".join(fl[:2])), ("/category/europe/", "Europe", "<ul>%s</ul>" % "".join(fl[2:])),
                   ("/sources/", "Our sources", "<p>Pressfeed republishes stories from Northstar Press, Le Courrier du Léman and Gazet van de Schelde under license.</p>"), ("/about/", "About Pressfeed", "<p>Pressfeed brings you the day's news from trusted publishers in one place.</p>")]:
    write_page(OUT, H["full"], p, fpage(t, "<h1>%s</h1>%s" % (E(t), main)))
    truth["nonarticles"].append(url("full", p))

# The teaser aggregator: links out, relative times, "Full coverage" pages of a wire story and its copies.
NAMES = dict({k: c["name"] for k, c in SITES.items()}, wire="Northstar Press", fr="Le Courrier du Léman", full="Pressfeed")
allt = [(url(k, p), h, NAMES[k]) for k in listed for p, h, d, tz in listed[k] if k != "fr"]  # the Swiss paper's stories only in its feed and sitemap
rnd.shuffle(allt)


def tpage(t, main):
    return '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s · Newsfold</title></head><body><header><a href="/">Newsfold</a> <a href="/local/">Local</a> <a href="/world/">World</a> <a href="/about/">About</a></header><main>%s</main></body></html>' % (E(t), main)


def tl(items):
    return '<ul class="stream">%s</ul>' % "".join('<li><a class="out" href="%s">%s</a> <span class="src">%s</span> · <span class="ago">%dh ago</span></li>' % (u, E(h), E(n), 1 + j % 9) for j, (u, h, n) in enumerate(items))


cov = []
for wi, (svc, head, d, au, paras) in enumerate(WIRE):
    p = "/coverage/%d/" % (700 + wi)
    srcs = [(wire_urls[wi], head, "Northstar Press")] + [(x["copy"], head, next(NAMES[k] for k in H if "//%s:" % H[k] in x["copy"])) for x in truth["synd"] if x["orig"] == wire_urls[wi]]
    write_page(OUT, H["teaser"], p, tpage(head, '<h1>%s</h1><p class="snippet">%s</p><h2>Full coverage</h2>%s' % (E(head), E(paras[0].split(" — ")[-1]), tl(srcs))))
    truth["nonarticles"].append(url("teaser", p))
    cov.append('<li><a href="%s">Full coverage: %s</a></li>' % (p, E(head)))
for p, t, main in [("/", "Top stories", tl(allt[:14]) + "<ul>%s</ul>" % "".join(cov)), ("/local/", "Local", tl(allt[14:])), ("/world/", "World", tl([x for x in allt if x[2] == "Northstar Press"])),
                   ("/about/", "About Newsfold", "<p>Newsfold collects headlines from hundreds of publishers. We link to the original story.</p>")]:
    write_page(OUT, H["teaser"], p, tpage(t, "<h1>%s</h1>%s" % (E(t), main)))
    truth["nonarticles"].append(url("teaser", p))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)

