"""Web ar: the institutional news a news crawl also reaches - ten press
offices and newsrooms, each on the kind of CMS such an office runs, in
English, German, French, Spanish, Dutch and Italian: a German police
headquarters' "Polizeibericht" on TYPO3 tx_news (the Dienststelle above the
headline, "03.03.2025 | 14:22 Uhr", a "Nachtrag" with a later date added
under one report, "Rückfragen bitte an:" contact block), a Dutch city
council newsroom on an iProx-like government template ("Nieuwsbericht |
3 maart 2025", "Laatst gewijzigd", "Noot voor de redactie (niet voor
publicatie)"), a German federal ministry on Government Site Builder (the
Dachzeile inside the h1, "Pressemitteilung Nr. 23/2025", "Sperrfrist:"), a
French ministry on the Système de design de l'État (fr-badge "Communiqué de
presse", "Publié le 03/03/2025 | Mis à jour le 05/03/2025", fr-callout
"Contact presse", "Paris, le 14 février 2025" dateline in the text), a UK
university news office on TerminalFour (bylines "By Rachel Okafor,
University News", a press release with "Embargoed until 00:01 GMT" and
"Notes to editors", a site-wide meta author naming the department), a
Spanish hospital group on WordPress with Yoast (JSON-LD and meta author
naming the WordPress user "Gabinete de Prensa", a visible "Por Irene
Campos, Gabinete de Prensa" on one story), an Italian carmaker media centre
on Adobe AEM ("Torino, 03/03/2025", bullet summary, "Scarica immagini",
forward-looking-statements disclaimer), an English telecom newsroom on a
Mynewsdesk-like platform ("Press release • Mar 03, 2025 08:00 CET", a blog
post "by Priya Natarajan, Chief Technology Officer", contact cards), a
press-release wire in the PR Newswire mould ("News provided by", "Mar 03,
2025, 04:00 ET", datelines "BERLIN, March 3, 2025 /PressLine/ --", releases
in English, Spanish and Dutch, "SOURCE ..." and "Also from this source"),
carrying the telecom's release word for word (scored as "synd"), and a
Swiss NGO on Drupal (French and Italian communiqués, "03.03.2025", an
article "Par Élise Fontaine, chargée de campagne"). Press conventions in
the bodies: "For immediate release", "Ends", "###", "- Fin -", "About X" /
"Über X" / "À propos de" / "Sobre" / "Informazioni su" boilerplate and
"Media contact:" blocks with names, phones and e-mails after the text
(checked as must_not), "Download images" boxes, reference numbers.
Non-articles on every site: home, the press-release list, media contacts or
spokespersons, and most of: press kit, image library, events calendar,
speeches index, publications list, subscribe to alerts, RSS overview,
search, topic/tag page, archive by year, about / imprint / privacy.
RSS feeds, sitemaps and robots.txt on some sites.
Writes the sites and truth.json under the directory given as the first
argument. Crawled once with /tmp/nr-base/newsroom: stored 30 of 30, titles
30, dates 30 (instants too), authors 17 (meta / JSON-LD author of a company,
the department or the WordPress user "Gabinete de Prensa" taken where no
byline is shown; "Pressemitteilung Nr." read as an author; the role after
"Priya Natarajan, Chief Technology Officer" and "Élise Fontaine, chargée de
campagne" kept as a second name), bodies 4 of 30 right (contact blocks and
About boilerplate kept in 26 bodies), 2 of 116 non-articles stored (the
police wanted-persons list; the wire's copy of the telecom release kept as
the original, the telecom's own page made its duplicate)."""
import datetime, html, json, os, re, sys, unicodedata  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18122
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT = html.escape, datetime.datetime
UTC = datetime.timezone.utc
TODAY = datetime.date.today()


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:64].strip("-")


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def fs_path(p):
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def S(head, sub, t, au, paras, **kw):
    d = dict(head=head, sub=sub, t=t, au=au, paras=paras)
    d.update(kw)
    return d


# ---------------------------------------------------------------- stories
ST = {}
ST["pol"] = [
 S("Einbruch in Apotheke in der Oberstadt – Polizei sucht Zeugen", "Unbekannte erbeuten Medikamente und Bargeld", (2025, 3, 3, 14, 22), [], [
  "Lahnfeld-Oberstadt. In der Nacht von Sonntag auf Montag sind bislang unbekannte Täter in eine Apotheke in der Wettergasse eingebrochen. Sie hebelten gegen 2:30 Uhr die rückwärtige Eingangstür auf und gelangten so in die Verkaufsräume.",
  "Nach ersten Erkenntnissen durchsuchten die Einbrecher mehrere Schubladen und entwendeten verschreibungspflichtige Medikamente sowie Wechselgeld aus zwei Kassen. Der Gesamtschaden wird derzeit auf rund 4.500 Euro geschätzt.",
  "Eine Anwohnerin hatte gegen 2:40 Uhr zwei dunkel gekleidete Personen bemerkt, die mit Rucksäcken in Richtung Steinweg davonliefen. Eine sofort eingeleitete Fahndung mit mehreren Streifenwagen verlief ohne Erfolg.",
  "Die Kriminalpolizei Lahnfeld bittet Zeugen, die in der Nacht verdächtige Beobachtungen in der Oberstadt gemacht haben, sich unter der Telefonnummer 06421 406-0 zu melden."],
  nachtrag=("Nachtrag vom 04.03.2025, 09:10 Uhr:", "Ein Teil der entwendeten Medikamente wurde am Dienstagmorgen in einem Gebüsch am Schwanhof aufgefunden. Die Ermittlungen dauern an.")),
 S("Verkehrskontrollen auf der B 62: 41 Fahrer zu schnell unterwegs", "Schwerpunktkontrolle zwischen Cölbe und Sarnau", (2025, 2, 24, 11, 5), [], [
  "Cölbe. Bei einer mehrstündigen Geschwindigkeitskontrolle auf der Bundesstraße 62 hat die Polizeistation Lahnfeld am Freitag insgesamt 41 Verstöße festgestellt. Erlaubt sind auf dem Abschnitt 70 Kilometer pro Stunde.",
  "Der Spitzenreiter war ein 23-jähriger Autofahrer aus dem Landkreis, der mit 124 km/h gemessen wurde. Ihn erwarten ein Bußgeld von 480 Euro, zwei Punkte in Flensburg und ein Fahrverbot von einem Monat.",
  "Zusätzlich kontrollierten die Beamten 18 Lastwagen. Bei drei Fahrzeugen war die Ladung nicht ausreichend gesichert, ein Fahrer hatte die vorgeschriebenen Ruhezeiten deutlich überschritten.",
  "Die Polizei kündigt an, die Kontrollen im Frühjahr fortzusetzen, da sich auf dem Streckenabschnitt in den vergangenen zwei Jahren mehrere schwere Unfälle ereignet haben."]),
 S("Falsche Polizeibeamte am Telefon: Seniorin durchschaut Betrugsmasche", "Polizei warnt erneut vor Schockanrufen", (2025, 2, 11, 16, 40), [], [
  "Stadtallendorf. Eine 81 Jahre alte Frau hat am Montagnachmittag einen Betrugsversuch durch falsche Polizeibeamte vereitelt. Ein Anrufer hatte sich als Kommissar ausgegeben und behauptet, in der Nachbarschaft sei eine Einbrecherbande festgenommen worden.",
  "Der Mann wollte die Seniorin dazu bringen, Schmuck und Ersparnisse einem Kollegen zur sicheren Verwahrung zu übergeben. Die Frau beendete das Gespräch und rief über die Notrufnummer 110 bei der echten Polizei an.",
  "Die Polizei betont, dass sie niemals am Telefon nach Wertsachen fragt und auch keine Abholung von Geld oder Schmuck vereinbart. Angehörige sollten mit älteren Familienmitgliedern über diese Masche sprechen.",
  "Allein im Januar wurden im Bereich des Polizeipräsidiums mehr als 60 solcher Anrufe gemeldet; in zwei Fällen entstand ein Schaden von zusammen rund 38.000 Euro."]),
]
ST["gem"] = [
 S("Nieuwe fietsbrug over de Vaart open vanaf april", "Snellere verbinding tussen Oosterpark en het station", (2025, 3, 3, 10, 15), [], [
  "De nieuwe fietsbrug over de Zuidervaart gaat op dinsdag 1 april open voor fietsers en voetgangers. Dat heeft het college van burgemeester en wethouders vandaag bekendgemaakt.",
  "De brug van 86 meter verbindt de wijk Oosterpark rechtstreeks met de fietsenstalling aan de zuidkant van het station. Fietsers hoeven daardoor niet langer om te rijden via de drukke Havenweg.",
  "\u201cMet deze brug maken we de fiets voor duizenden inwoners de logische keuze\u201d, zegt wethouder Mobiliteit Ruud Hendriks. \u201cWe verwachten dat er straks elke dag ruim vierduizend fietsers overheen gaan.\u201d",
  "De bouw kostte 7,2 miljoen euro, waarvan de provincie 2,5 miljoen bijdroeg. De feestelijke opening vindt plaats om 16.00 uur; iedereen is welkom om als eerste over de brug te fietsen."],
  upd=(2025, 3, 5)),
 S("Gemeenteraad stemt in met 600 nieuwe woningen in het Havenkwartier", "Een derde wordt sociale huur", (2025, 2, 20, 22, 40), [], [
  "De gemeenteraad van Zuidervaart heeft donderdagavond ingestemd met het bestemmingsplan voor het Havenkwartier. Op het voormalige scheepswerfterrein komen de komende acht jaar ongeveer 600 woningen.",
  "Een derde van de woningen wordt sociale huur, een derde middenhuur en de rest koop. Daarnaast komen er een basisschool, een gezondheidscentrum en een park langs het water.",
  "De fracties van de oppositie stemden tegen. Zij vinden dat er te weinig parkeerplaatsen worden aangelegd en vrezen voor verkeersoverlast in de omliggende straten.",
  "De eerste bouwstroom, met 140 woningen aan de Werfkade, start naar verwachting begin 2026. Bewoners kunnen zich vanaf het najaar inschrijven via de website van de woningcorporatie."]),
 S("Afvalinzameling verandert: gft-container wordt vaker geleegd", "Restafval nog maar eens per vier weken", (2025, 2, 6, 9, 0), [], [
  "Vanaf 1 maart leegt de gemeente de groene container voor groente-, fruit- en tuinafval elke week in plaats van om de twee weken. De grijze container voor restafval wordt voortaan eens per vier weken geleegd.",
  "Uit sorteeranalyses blijkt dat bijna de helft van wat inwoners in de grijze container gooien eigenlijk gft of plastic is. Door de nieuwe ophaalfrequentie hoopt de gemeente dat afval beter wordt gescheiden.",
  "Huishoudens die door medische omstandigheden veel restafval hebben, bijvoorbeeld door incontinentiemateriaal, kunnen gratis een extra container aanvragen.",
  "De nieuwe ophaaldagen staan in de afvalkalender en in de app van de gemeente. Alle adressen ontvangen in de laatste week van februari ook een brief met het nieuwe schema."]),
]
ST["bmin"] = [
 S("Bund fördert 14 neue Wasserstoff-Tankstellen für Lkw", "Förderaufruf mit 96 Millionen Euro abgeschlossen", (2025, 3, 4, 11, 0), [], [
  "Das Bundesministerium für Infrastruktur und Wasserwege fördert den Bau von 14 öffentlichen Wasserstoff-Tankstellen für schwere Nutzfahrzeuge. Die Förderbescheide über insgesamt 96 Millionen Euro wurden heute in Berlin übergeben.",
  "Die Stationen entstehen entlang der Hauptachsen des Güterverkehrs, unter anderem an der A 2 bei Magdeburg, an der A 7 bei Kassel und an der A 9 bei Nürnberg. Sie sollen bis Ende 2026 in Betrieb gehen.",
  "\u201eWer klimaneutrale Lkw kaufen soll, muss wissen, wo er tanken kann\u201c, sagte die Bundesministerin bei der Übergabe. \u201eMit diesen 14 Standorten schließen wir die größten Lücken im Netz.\u201c",
  "Gefördert werden bis zu 80 Prozent der Investitionskosten. Ein weiterer Förderaufruf für Ladeparks für batterieelektrische Lkw soll im Sommer veröffentlicht werden."],
  nr="Nr. 23/2025", top="Klimafreundlicher Güterverkehr", sperr="Sperrfrist: 04.03.2025, 11:00 Uhr"),
 S("Bund und Länder einigen sich auf Sanierungsprogramm für Schleusen", "Gemeinsame Pressemitteilung mit der Verkehrsministerkonferenz", (2025, 2, 18, 15, 30), [], [
  "Bund und Länder haben sich auf ein gemeinsames Programm zur Sanierung von 120 Schleusen an Bundeswasserstraßen verständigt. Das Programm hat eine Laufzeit von zehn Jahren und ein Volumen von 4,1 Milliarden Euro.",
  "Vorrang erhalten Bauwerke, deren Ausfall den Güterverkehr auf Rhein, Main und Mittellandkanal unterbrechen würde. Viele der Schleusen sind älter als hundert Jahre.",
  "Die Länder verpflichten sich, Genehmigungsverfahren zu beschleunigen und Landesstraßen für Umleitungen während der Bauarbeiten bereitzustellen.",
  "Die Wasserstraßen- und Schifffahrtsverwaltung des Bundes wird dafür in den kommenden drei Jahren rund 300 zusätzliche Stellen für Ingenieurinnen und Ingenieure besetzen."],
  nr="Nr. 17/2025", top="Wasserstraßen"),
 S("Staatssekretärin eröffnet Fachkonferenz zur Binnenschifffahrt", None, (2025, 1, 30, 10, 0), [], [
  "Mit rund 400 Teilnehmenden aus Wirtschaft, Verwaltung und Wissenschaft hat in Duisburg die dritte Fachkonferenz Binnenschifffahrt begonnen. Die Parlamentarische Staatssekretärin eröffnete die zweitägige Veranstaltung.",
  "Im Mittelpunkt stehen die Folgen von Niedrigwasser für die Versorgungssicherheit der Industrie. Im Sommer 2022 hatten niedrige Pegelstände am Rhein Transporte wochenlang stark eingeschränkt.",
  "Das Ministerium stellte auf der Konferenz ein Forschungsprojekt vor, das flachgehende Schiffe mit alternativen Antrieben erprobt. Zwei Prototypen sollen ab 2026 auf dem Rhein fahren.",
  "Die Ergebnisse der Arbeitsgruppen werden im Frühjahr in einem Bericht veröffentlicht."],
  top="Binnenschifffahrt", meldung=True),
]
ST["min"] = [
 S("Sécheresse : le Gouvernement active le fonds d'urgence pour les éleveurs", "Une enveloppe de 60 millions d'euros pour les exploitations les plus touchées du Sud-Ouest.", (2025, 3, 3, 18, 0), [], [
  "Face à la sécheresse qui frappe depuis l'automne plusieurs départements du Sud-Ouest, la ministre de l'Agriculture et de la Souveraineté alimentaire a annoncé l'activation du fonds d'urgence destiné aux éleveurs.",
  "Doté de 60 millions d'euros, ce fonds permettra de financer l'achat de fourrage et le transport d'eau pour les exploitations dont les pertes dépassent 30 % de la production habituelle.",
  "Les demandes pourront être déposées à partir du 17 mars auprès des directions départementales des territoires. Les premiers versements interviendront avant la fin du mois d'avril.",
  "La ministre réunira la semaine prochaine les organisations professionnelles pour examiner les mesures de report de cotisations sociales et d'allègement des échéances bancaires."],
  badge="Communiqué de presse", upd=(2025, 3, 5)),
 S("Lancement du plan national pour les haies", "Objectif : 50 000 kilomètres de haies supplémentaires d'ici 2030.", (2025, 2, 14, 11, 0), [], [
  "Paris, le 14 février 2025 – Le ministère de l'Agriculture lance le plan national pour les haies, qui vise à inverser la disparition de ces milieux dans les paysages agricoles.",
  "Depuis 1950, près de 70 % des haies ont disparu des bocages français. Elles jouent pourtant un rôle essentiel pour la biodiversité, la protection des sols contre l'érosion et le bien-être animal.",
  "Le plan prévoit une aide à la plantation de 5 euros par mètre linéaire, un accompagnement technique par les chambres d'agriculture et une simplification des règles d'entretien.",
  "Un observatoire national des haies publiera chaque année un bilan des plantations et des arrachages, région par région."],
  badge="Communiqué de presse"),
 S("Salon de l'agriculture : 50 millions d'euros pour l'installation des jeunes agriculteurs", "La ministre a présenté les mesures lors de sa visite du hall 1.", (2025, 2, 25, 16, 30), [], [
  "En visite au Salon international de l'agriculture, la ministre a annoncé une enveloppe de 50 millions d'euros pour faciliter l'installation des jeunes agriculteurs et la transmission des exploitations.",
  "Ces crédits financeront notamment un prêt à taux zéro pour les porteurs de projet de moins de 40 ans et un réseau de points d'accueil installation dans chaque département.",
  "La moitié des chefs d'exploitation partiront à la retraite d'ici dix ans. Sans relève, des milliers de fermes risquent d'être absorbées par l'agrandissement des exploitations voisines.",
  "La ministre a échangé avec des élèves de lycées agricoles et des éleveurs de races locales avant de rejoindre le stand des Jeunes Agriculteurs."],
  badge="Actualité"),
]
ST["uni"] = [
 S("Eastmoor engineers develop sensor that spots bridge corrosion years earlier", "A low-cost probe embedded in concrete sends a warning long before rust becomes visible.", (2025, 3, 3, 9, 30), ["Rachel Okafor"], [
  "Engineers at the University of Eastmoor have developed a sensor that can detect corrosion inside concrete bridges several years before cracks or rust stains appear on the surface.",
  "The probe, about the size of a matchbox, is embedded next to the steel reinforcement when a bridge is built or repaired. It measures tiny changes in electrical resistance that occur when chloride from road salt reaches the steel.",
  "\u201cAt the moment inspectors mostly find corrosion when it is already expensive to fix,\u201d said Dr Samuel Achterberg, who led the project in the School of Civil Engineering. \u201cThis gives owners a decade of warning instead of a few months.\u201d",
  "The team has installed 60 sensors on two motorway bridges with the regional highways authority and plans a spin-out company to manufacture them later this year."],
  byline="By Rachel Okafor, University News"),
 S("Urban trees cut summer hospital admissions, study finds", "Neighbourhoods with more tree cover saw fewer heat-related emergencies during heatwaves.", (2025, 3, 4, 0, 1), [], [
  "Neighbourhoods with dense tree cover recorded up to a fifth fewer heat-related hospital admissions during recent heatwaves, according to research led by the University of Eastmoor.",
  "The researchers combined satellite maps of tree canopy with anonymised admission records from 14 English cities between 2018 and 2023. The effect was strongest among people over 75.",
  "Professor Linnea Bjork, from the Department of Geography, said: \u201cTrees are often treated as decoration. Our results suggest they are part of the health infrastructure of a city.\u201d",
  "The study, published today in The Lancet Planetary Health, recommends that councils prioritise planting in areas with the lowest canopy cover and the highest share of older residents."],
  release=True),
 S("Students race home-built solar car across the outback", "Team Helios finished ninth in a field of 31 after 3,000 kilometres.", (2025, 2, 10, 14, 0), ["Amir Haddad", "Claire Dunn"], [
  "A team of 24 Eastmoor students has completed a 3,000-kilometre race across the Australian outback in a solar-powered car they designed and built on campus.",
  "Helios 3 crossed the finish line in Adelaide in ninth place, the best result a UK university team has achieved in the challenger class of the event.",
  "The car weighs 190 kilograms and is covered in 4 square metres of silicon cells. On the longest day the team drove for nine hours at an average speed of 78 km/h.",
  "Team captain Jade Morrow, a third-year mechanical engineering student, said the hardest moment came when a dust storm forced the car off the road for two hours near Coober Pedy."],
  byline="By Amir Haddad and Claire Dunn"),
]
ST["hosp"] = [
 S("El Hospital Levante realiza su primer trasplante cardiaco con donante en asistolia", "La intervención, de siete horas, se llevó a cabo con un sistema de perfusión que mantiene el corazón latiendo fuera del cuerpo.", (2025, 3, 3, 12, 10), [], [
  "El Hospital Universitario Levante ha realizado con éxito su primer trasplante de corazón procedente de un donante en asistolia, es decir, tras la parada cardiaca del donante y no tras la muerte encefálica.",
  "El órgano se mantuvo en funcionamiento durante cuatro horas gracias a un dispositivo de perfusión que le aporta sangre oxigenada y nutrientes a temperatura corporal hasta el momento del implante.",
  "El receptor, un hombre de 58 años con una miocardiopatía dilatada, evoluciona favorablemente y ya ha abandonado la unidad de cuidados intensivos.",
  "Con esta técnica, el equipo de cirugía cardiaca calcula que podrá aumentar en un 20 por ciento el número de trasplantes que realiza cada año."]),
 S("Las urgencias pediátricas estrenan un circuito para reducir las esperas", "Los casos leves serán atendidos en una consulta de enfermería de alta resolución.", (2025, 2, 18, 9, 45), ["Irene Campos"], [
  "El servicio de urgencias pediátricas del Hospital Levante ha puesto en marcha un nuevo circuito que separa desde la llegada a los niños con problemas leves de los que necesitan una atención más compleja.",
  "Los casos leves, como pequeñas heridas o fiebre sin otros síntomas, son atendidos por enfermeras especializadas en una consulta de alta resolución que funciona de 10 a 22 horas.",
  "En las primeras seis semanas, el tiempo medio de espera se ha reducido de 94 a 41 minutos y la satisfacción de las familias ha aumentado de forma notable, según las encuestas del propio servicio.",
  "La jefa de servicio, la doctora Nuria Ferrando, recuerda que los pediatras de atención primaria siguen siendo la primera opción para las consultas que no son urgentes."],
  byline="Por Irene Campos, Gabinete de Prensa"),
 S("Levante Salud abre una unidad de cuidados paliativos a domicilio en La Safor", "El equipo atenderá a unos 300 pacientes al año en 31 municipios.", (2025, 1, 29, 13, 0), [], [
  "El Grupo Levante Salud ha abierto en Gandia una unidad de hospitalización a domicilio especializada en cuidados paliativos, que dará cobertura a los 31 municipios de la comarca de La Safor.",
  "El equipo está formado por dos médicos, cuatro enfermeras, una psicóloga y una trabajadora social, y dispone de tres vehículos para desplazarse a los domicilios.",
  "La unidad permitirá que muchos pacientes al final de la vida puedan permanecer en su casa, con el control de síntomas y el apoyo a sus familias que hasta ahora solo se ofrecía en el hospital.",
  "La atención está disponible todos los días del año y cuenta con un teléfono de guardia para resolver las dudas de los cuidadores por la noche."]),
]
ST["car"] = [
 S("Nuova Ardena Vela Ibrida: ordini aperti da aprile", None, (2025, 3, 3, 10, 0), [], [
  "Ardena Automobili apre gli ordini della nuova Vela Ibrida, la berlina compatta che per la prima volta nella storia del modello affianca al motore a benzina un sistema ibrido da 48 volt.",
  "Il nuovo propulsore 1.2 turbo da 136 cavalli riduce i consumi del 15 per cento rispetto alla versione precedente e consente di viaggiare in modalità elettrica nelle manovre e in coda.",
  "All'interno debuttano uno schermo centrale da 10,25 pollici, la connettività senza fili per gli smartphone e nuovi sedili rivestiti in tessuto ottenuto da bottiglie di plastica riciclata.",
  "La Vela Ibrida sarà prodotta nello stabilimento di Pratola Serra e arriverà nelle concessionarie italiane a maggio con un prezzo di listino a partire da 24.900 euro."],
  cat="Prodotto", bullets=["Motore 1.2 turbo ibrido da 136 CV", "Consumi ridotti del 15 per cento", "Prezzi a partire da 24.900 euro"]),
 S("Ardena investe 300 milioni nella nuova linea batterie di Pratola Serra", None, (2025, 2, 20, 12, 30), [], [
  "Ardena Automobili investirà 300 milioni di euro nello stabilimento di Pratola Serra per realizzare una linea di assemblaggio di pacchi batteria destinati ai futuri modelli elettrici del marchio.",
  "La nuova linea, che entrerà in funzione nel 2026, avrà una capacità di 120.000 pacchi batteria all'anno e occuperà circa 450 persone, in gran parte provenienti dal reparto motori diesel.",
  "L'accordo firmato con le organizzazioni sindacali prevede un piano di formazione di 80.000 ore e il ricorso agli ammortizzatori sociali solo nei mesi di trasformazione dei reparti.",
  "La Regione Campania contribuirà con 25 milioni di euro destinati alla formazione e alla ricerca in collaborazione con l'Università di Salerno."],
  cat="Corporate", bullets=["300 milioni di euro di investimento", "450 addetti coinvolti"]),
 S("Ardena, consegne 2024 in crescita del 6 per cento", None, (2025, 2, 6, 7, 30), [], [
  "Ardena Automobili ha consegnato nel 2024 complessivamente 412.000 veicoli, con una crescita del 6 per cento rispetto all'anno precedente, trainata dai mercati dell'Europa centrale e dalla Turchia.",
  "I ricavi netti si attestano a 9,8 miliardi di euro, in aumento del 4 per cento, mentre il margine operativo adjusted scende al 7,1 per cento per effetto dei costi di lancio dei nuovi modelli.",
  "La quota delle versioni elettrificate sulle vendite totali ha raggiunto il 38 per cento, contro il 29 per cento del 2023.",
  "Per il 2025 la società prevede ricavi stabili e un margine compreso tra il 6,5 e il 7,5 per cento, in un mercato europeo che resta debole."],
  cat="Finanza", fls=True),
]
ST["tel"] = [
 S("Northlink switches off its 3G network in the last remaining region", "Spectrum freed up in Scotland and the North East will be reused for 4G and 5G.", (2025, 3, 3, 8, 0), [], [
  "Northlink has completed the switch-off of its 3G network, with the last masts in Scotland and the North East of England turned off in the early hours of this morning.",
  "The spectrum released by the switch-off will be reused to add capacity to Northlink's 4G and 5G networks, which now carry more than 99 per cent of the mobile data used by its customers.",
  "Over the past 18 months the company has contacted more than 400,000 customers whose phones relied on 3G, offering free replacement handsets to those who needed one.",
  "Calls to the emergency services remain possible from older handsets through the 2G network, which Northlink will keep running until at least 2030."],
  kind="Press release", tz="Europe/Paris", tzname="CET"),
 S("Northlink and Calderbridge ambulance service trial 5G standalone network slicing", "Paramedics can stream video from the scene to hospital consultants on a reserved slice of the network.", (2025, 2, 12, 14, 30), [], [
  "Northlink and the Calderbridge Ambulance Service are trialling a reserved slice of Northlink's 5G standalone network that gives ambulances guaranteed capacity even when the network is busy.",
  "During the trial, ten ambulances have been fitted with cameras that let paramedics stream live video to stroke consultants, who can then decide on treatment before the patient reaches hospital.",
  "The slice has its own share of radio resources, so the stream keeps working during football matches or concerts, when ordinary mobile traffic can overload nearby cells.",
  "The six-month trial is funded in part by the government's 5G innovation programme and will be evaluated by the regional health innovation network."],
  kind="News", tz="Europe/London", tzname="GMT"),
 S("Why we're burying fibre deeper in flood zones", None, (2025, 1, 28, 10, 15), ["Priya Natarajan"], [
  "Last winter, floods cut broadband to almost 9,000 of our customers in the Calder valley. Most of the damage did not come from the water itself but from the silt and debris it carried into shallow ducts.",
  "Since then our engineers have changed how we build in the areas the Environment Agency marks as being at high risk. New ducts are laid at 1.2 metres instead of 60 centimetres, and street cabinets stand on raised plinths.",
  "It costs us about 14 per cent more per kilometre. We think that is a price worth paying when the alternative is sending crews out in boats to find the fault.",
  "We are sharing our design rules with other network builders, because a flooded valley does not care whose cable is in the ground."],
  kind="Blog post", tz="Europe/London", tzname="GMT", byline="Priya Natarajan, Chief Technology Officer"),
]
ST["wire"] = [
 S("Kessler Maschinenbau opens hydrogen electrolyser plant in Brandenburg", "New factory in Ludwigsfelde will build 1 gigawatt of electrolysers a year", (2025, 3, 3, 4, 0), [], [
  "Kessler Maschinenbau GmbH today opened its first series production plant for industrial electrolysers in Ludwigsfelde, south of Berlin.",
  "The factory has an annual capacity of 1 gigawatt and employs 320 people. Its first orders come from a steelworks in Lower Saxony and a chemical park in the Netherlands.",
  "\"Green hydrogen will only become affordable if electrolysers are built like machines, not like one-off projects,\" said Dr. Henrike Kessler, Chief Executive Officer of Kessler Maschinenbau.",
  "The company invested EUR 180 million in the plant, supported by the European Union's Important Project of Common European Interest programme."],
  city="BERLIN", src="Kessler Maschinenbau GmbH", lang="en",
  about="About Kessler Maschinenbau: Founded in 1952, Kessler Maschinenbau GmbH is a family-owned manufacturer of compressors and process equipment with 2,400 employees in Germany, Poland and the United States."),
 S("Grupo Olivar Mediterráneo adquiere la bodega riojana Viña Alcor", "La operación refuerza su presencia en el mercado de vinos con denominación de origen", (2025, 2, 25, 6, 30), [], [
  "Grupo Olivar Mediterráneo ha alcanzado un acuerdo para adquirir el cien por cien de la bodega Viña Alcor, situada en Haro y con 140 hectáreas de viñedo propio en la Rioja Alta.",
  "La operación, cuyo importe no se ha hecho público, incluye la marca, las instalaciones de elaboración y una existencia de 2,3 millones de botellas en crianza.",
  "\"Viña Alcor aporta una historia de más de un siglo y una red de distribución muy sólida en Estados Unidos y México\", señaló el consejero delegado del grupo, Javier Montalbán.",
  "La familia fundadora mantendrá la dirección técnica de la bodega durante al menos cinco años."],
  city="MADRID", src="Grupo Olivar Mediterráneo", lang="es",
  about="Acerca de Grupo Olivar Mediterráneo: Grupo Olivar Mediterráneo es una compañía de alimentación con sede en Madrid que factura 640 millones de euros y exporta a 70 países."),
 S("Veldkamp Logistics opent emissievrij distributiecentrum in Tilburg", "Dak vol zonnepanelen en 60 laadpunten voor elektrische vrachtwagens", (2025, 2, 10, 3, 15), [], [
  "Veldkamp Logistics heeft vandaag in Tilburg een nieuw distributiecentrum van 48.000 vierkante meter in gebruik genomen dat volledig zonder fossiele brandstoffen werkt.",
  "Op het dak liggen 21.000 zonnepanelen die samen meer stroom opwekken dan het gebouw verbruikt. Het overschot wordt opgeslagen in een batterij en gebruikt om de eigen vrachtwagens op te laden.",
  "\"Onze klanten vragen steeds vaker om aantoonbaar schone leveringen in de binnensteden\", zegt algemeen directeur Maarten Veldkamp.",
  "Het centrum biedt werk aan 380 mensen en verzorgt de distributie voor drie grote webwinkels in de Benelux."],
  city="AMSTERDAM", src="Veldkamp Logistics B.V.", lang="nl",
  about="Over Veldkamp Logistics: Veldkamp Logistics is een familiebedrijf uit Tilburg met 2.100 medewerkers en 26 vestigingen in Nederland, België en Duitsland."),
]
ST["ngo"] = [
 S("Barrages alpins : l'Alliance demande des débits résiduels plus élevés", None, (2025, 3, 3, 9, 0), [], [
  "Genève, le 3 mars 2025 – À l'occasion du renouvellement de plusieurs concessions hydroélectriques en Valais, l'Alliance Rivières Vivantes demande aux autorités de relever les débits résiduels minimaux en aval des barrages.",
  "Sur de nombreux tronçons, les débits laissés dans la rivière ne représentent aujourd'hui que 5 % du débit naturel, ce qui empêche la migration des truites et assèche les zones alluviales.",
  "L'Alliance a remis au Conseil d'État une pétition signée par 18 400 personnes et une étude chiffrant à moins de 3 % la perte de production liée à des débits plus généreux.",
  "« La transition énergétique ne doit pas se faire au prix de nos dernières rivières vivantes », souligne la présidente de l'association."],
  typ="Communiqué de presse", lang="fr"),
 S("Le retour du saumon dans le Rhin, un chantier de trente ans", None, (2025, 2, 17, 8, 0), ["Élise Fontaine"], [
  "Cet automne, un saumon adulte a été observé pour la première fois depuis un siècle dans la passe à poissons de Rheinfelden. Ce poisson a parcouru plus de 800 kilomètres depuis la mer du Nord.",
  "Ce retour n'est pas un hasard. Depuis les années 1990, les pays riverains ont construit des dizaines de passes à poissons et réduit fortement la pollution industrielle du fleuve.",
  "Il reste pourtant des obstacles majeurs, à commencer par les trois derniers barrages du Rhin supérieur qui ne disposent toujours pas de passe à poissons en état de fonctionner.",
  "Nous continuerons de suivre chaque étape, avec les pêcheurs et les scientifiques qui comptent les poissons depuis des années."],
  typ="Actualité", lang="fr", byline="Par Élise Fontaine, chargée de campagne"),
 S("Ticino: l'Alleanza chiede di fermare la nuova centralina sulla Maggia", None, (2025, 2, 4, 10, 0), [], [
  "Lugano, 4 febbraio 2025 – L'Alleanza Fiumi Vivi chiede al Cantone Ticino di respingere la domanda di concessione per una nuova piccola centrale idroelettrica sul corso superiore della Maggia.",
  "Secondo l'associazione, l'impianto produrrebbe meno dello 0,1 per cento dell'elettricità consumata nel cantone, ma prosciugherebbe per gran parte dell'anno uno dei tratti più naturali del fiume.",
  "Nel tratto interessato vivono trote lacustri e una delle ultime popolazioni ticinesi di gambero di fiume autoctono.",
  "L'Alleanza ha presentato un'opposizione formale e invita la popolazione a partecipare alla serata informativa del 20 febbraio a Cevio."],
  typ="Comunicato stampa", lang="it"),
]

# ---------------------------------------------------------------- sites
SITES = [
 dict(k="pol", name="Polizeipräsidium Lahnfeld", lang="de", tz="Europe/Berlin", list="/presse/"),
 dict(k="gem", name="Gemeente Zuidervaart", lang="nl", tz="Europe/Amsterdam", list="/actueel/nieuws/"),
 dict(k="bmin", name="Bundesministerium für Infrastruktur und Wasserwege", lang="de", tz="Europe/Berlin", list="/SharedDocs/Pressemitteilungen/DE/pressemitteilungen.html"),
 dict(k="min", name="Ministère de l'Agriculture et de la Souveraineté alimentaire", lang="fr", tz="Europe/Paris", list="/presse/"),
 dict(k="uni", name="University of Eastmoor", lang="en", tz="Europe/London", list="/news/"),
 dict(k="hosp", name="Grupo Levante Salud", lang="es", tz="Europe/Madrid", list="/sala-de-prensa/"),
 dict(k="car", name="Ardena Automobili Media Centre", lang="it", tz="Europe/Rome", list="/it/comunicati-stampa"),
 dict(k="tel", name="Northlink Newsroom", lang="en", tz="Europe/London", list="/latest_news"),
 dict(k="wire", name="PressLine Wire", lang="en", tz="America/New_York", list="/news-releases/"),
 dict(k="ngo", name="Alliance Rivières Vivantes", lang="fr", tz="Europe/Zurich", list="/fr/medias"),
]
for i, c in enumerate(SITES):
    c["host"] = "127.0.4.%d" % (101 + i)
C = {c["k"]: c for c in SITES}

MON = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def longdate(lang, d):
    m = MON[lang][d.month - 1]
    if lang == "en":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "de":
        return "%d. %s %d" % (d.day, m, d.year)
    if lang == "es":
        return "%d de %s de %d" % (d.day, m, d.year)
    return "%d %s %d" % (d.day, m, d.year)


def paras(s, cls=None):
    return "".join("<p%s>%s</p>" % (' class="%s"' % cls if cls else "", E(p)) for p in s["paras"])


def teaser_list(c, stories, fmt="%d.%m.%Y", cls="teaser"):
    return '<ul class="%s-list">%s</ul>' % (cls, "".join(
        '<li class="%s"><span class="%s-date">%s</span> <a href="%s">%s</a></li>' % (cls, cls, s["d"].strftime(fmt), s["path"], E(s["head"])) for s in stories))


def doc(c, title, body, head="", bodycls=""):
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s</head><body class="%s">%s</body></html>') % (c["lang"], E(title), head, bodycls, body)


def og(c, s, desc=None):
    return ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
            '<meta property="og:url" content="%s"><link rel="canonical" href="%s"><meta name="description" content="%s">') % (
        E(s["head"]), E(c["name"]), url(c, s["path"]), url(c, s["path"]), E(desc or s["sub"] or s["paras"][0][:160]))


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


# Navigation and footer per site: (label, path) of the non-article pages, filled in below.
NAV = {}


def navhtml(c, cls="nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in NAV[c["k"]]))


# ---------------------------------------------------------------- shells
def shell(c, title, main, head="", bodycls="", crumbs=None):
    k = c["k"]
    crumb = ""
    if crumbs:
        crumb = '<ol class="breadcrumb">%s</ol>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in crumbs)
    if k == "pol":
        top = ('<div class="skiplinks"><a href="#content">Zum Inhalt springen</a></div><header class="page-header"><div class="container">'
               '<a class="brand" href="/"><img src="/typo3conf/ext/polizei/Resources/Public/Images/logo.svg" alt="Polizei"> Polizeipräsidium Lahnfeld</a>'
               '<div class="notruf">Im Notfall: <strong>110</strong></div>%s</div></header>' % navhtml(c, "main-navigation"))
        foot = '<footer class="page-footer"><p>© Polizeipräsidium Lahnfeld</p>%s</footer>' % navhtml(c, "footer-navigation")
        return doc(c, title, top + '<div class="container">' + crumb + '<main id="content" class="main-content">' + main + '</main></div>' + foot,
                   '<meta name="generator" content="TYPO3 CMS">' + head, bodycls)
    if k == "gem":
        top = ('<header class="header"><a class="header__logo" href="/"><img src="/images/logo-zuidervaart.svg" alt="Logo gemeente Zuidervaart"></a>'
               '<form class="header__search" action="/zoeken/"><input name="q" placeholder="Waar bent u naar op zoek?"><button>Zoeken</button></form>%s</header>'
               '<div class="cookiemelding"><p>Wij gebruiken alleen functionele cookies en anonieme statistieken.</p><button>Sluiten</button></div>' % navhtml(c, "hoofdmenu"))
        foot = '<footer class="footer"><div class="footer__contact"><h2>Contact</h2><p>Telefoon 14 0599</p><p>Stadhuisplein 1, Zuidervaart</p></div>%s</footer>' % navhtml(c, "footer__menu")
        return doc(c, title + " | Gemeente Zuidervaart", top + crumb + '<main id="main" class="main">' + main + '</main>' + foot, head, bodycls)
    if k == "bmin":
        top = ('<header id="header" class="c-header"><a class="c-header__logo" href="/"><img src="/SiteGlobals/Frontend/Images/logo.svg" alt="Bundesministerium für Infrastruktur und Wasserwege"></a>'
               '<div class="c-header__service"><a href="/DE/Service/leichte-sprache.html">Leichte Sprache</a> <a href="/DE/Service/gebaerdensprache.html">Gebärdensprache</a></div>%s</header>' % navhtml(c, "c-navigation"))
        foot = '<footer class="c-footer"><div class="c-footer__links">%s</div><p>© Bundesministerium für Infrastruktur und Wasserwege</p></footer>' % navhtml(c, "c-footer__nav")
        return doc(c, title + " - BMIW", top + '<div id="wrapperContent">' + crumb + '<main id="main">' + main + '</main></div>' + foot,
                   '<meta name="generator" content="Government Site Builder">' + head, bodycls)
    if k == "min":
        top = ('<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-header__brand"><p class="fr-logo">République<br>Française</p>'
               '<a class="fr-header__service-title" href="/">Ministère de l\'Agriculture et de la Souveraineté alimentaire</a></div></div>'
               '<div class="fr-header__menu">%s</div></header>' % navhtml(c, "fr-nav"))
        foot = '<footer class="fr-footer" role="contentinfo"><div class="fr-footer__body"><p class="fr-footer__content-desc">agriculture.gouv.example</p></div><div class="fr-footer__bottom">%s</div></footer>' % navhtml(c, "fr-footer__bottom-list")
        cr = ""
        if crumbs:
            cr = '<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list">%s</ol></nav>' % "".join(
                '<li><a class="fr-breadcrumb__link" href="%s">%s</a></li>' % (p, E(t)) for t, p in crumbs)
        return doc(c, title + " | Ministère de l'Agriculture", top + '<main role="main" id="contenu"><div class="fr-container">' + cr + main + '</div></main>' + foot, head, bodycls)
    if k == "uni":
        top = ('<header class="global-header"><a class="logo" href="/"><img src="/media/site-assets/images/logo.svg" alt="University of Eastmoor"></a>'
               '<ul class="audience-nav"><li><a href="/study/">Study</a></li><li><a href="/research/">Research</a></li><li><a href="/alumni/">Alumni</a></li></ul></header>'
               '<div class="local-header"><a href="/news/">News</a>%s</div>' % navhtml(c, "local-nav"))
        foot = '<footer class="global-footer"><p>University of Eastmoor, Eastmoor EM4 7QQ, United Kingdom. Tel +44 (0)1632 960 000</p>%s</footer>' % navhtml(c, "footer-links")
        return doc(c, title + " | News | University of Eastmoor", top + crumb + '<main id="main-content">' + main + '</main>' + foot,
                   '<meta name="author" content="Communications and Marketing, University of Eastmoor">' + head, bodycls)
    if k == "hosp":
        top = ('<div id="cookie-law-info-bar"><span>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. <a href="/politica-de-privacidad/">Más información</a></span> <a class="cli_action_button">Aceptar</a></div>'
               '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Grupo Levante Salud</a></p>'
               '<p class="site-description">Hospitales y centros médicos en la Comunitat Valenciana</p></div>%s'
               '<a class="btn-cita" href="/cita-previa/">Pedir cita</a></header>' % navhtml(c, "main-navigation"))
        foot = ('<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget"><h2 class="widget-title">Contacto</h2><p>Centralita 963 000 100</p></section></div>'
                '<div class="site-info">© Grupo Levante Salud %s</div></footer>' % navhtml(c, "footer-menu"))
        return doc(c, title + " - Grupo Levante Salud", top + '<div id="content" class="site-content">' + crumb + '<div id="primary" class="content-area"><main id="main" class="site-main">' + main + '</main></div></div>' + foot,
                   '<meta name="generator" content="WordPress 6.4.3">' + head, bodycls)
    if k == "car":
        top = ('<div class="root container responsivegrid"><header class="cmp-header"><a class="cmp-header__logo" href="/"><img src="/content/dam/ardena/logo.svg" alt="Ardena"></a>'
               '<span class="cmp-header__title">Media Centre</span><div class="cmp-languagenavigation"><a href="/en">EN</a> <a href="/it">IT</a></div>%s</header>' % navhtml(c, "cmp-navigation"))
        foot = '<footer class="cmp-footer"><p>Ardena Automobili S.p.A. – P.IVA 01234560019</p>%s</footer></div>' % navhtml(c, "cmp-footer__links")
        return doc(c, title + " | Ardena Media Centre", top + crumb + '<main class="cmp-container">' + main + '</main>' + foot, head, bodycls)
    if k == "tel":
        top = ('<header class="newsroom-header"><a class="newsroom-header__logo" href="/"><img src="/images/northlink.png" alt="Northlink"></a>'
               '<a class="newsroom-header__follow" href="/subscribe">Follow</a>%s</header>' % navhtml(c, "newsroom-nav"))
        foot = '<footer class="newsroom-footer"><p>Northlink Communications plc</p>%s<p class="powered">Powered by NewsDesk</p></footer>' % navhtml(c, "newsroom-footer__links")
        return doc(c, title + " - Northlink", top + '<main class="newsroom-main">' + main + '</main>' + foot, head, bodycls)
    if k == "wire":
        top = ('<header class="pl-header"><a class="pl-logo" href="/">PressLine</a><ul class="pl-top"><li><a href="/news-releases/">News</a></li><li><a href="/send-a-release/">Send a Release</a></li>'
               '<li><a href="/journalists/">For Journalists</a></li></ul>%s</header>' % navhtml(c, "pl-nav"))
        foot = '<footer class="pl-footer"><p>© 2025 PressLine Distribution Inc. All Rights Reserved.</p>%s</footer>' % navhtml(c, "pl-footer-nav")
        return doc(c, title, top + '<main class="pl-main">' + main + '</main>' + foot, head, bodycls)
    if k == "ngo":
        top = ('<div class="dialog-off-canvas-main-canvas"><header role="banner" class="site-header"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">Alliance Rivières Vivantes</a></div>'
               '<div class="language-switcher"><a href="/fr" hreflang="fr">FR</a> <a href="/it" hreflang="it">IT</a> <a href="/de" hreflang="de">DE</a></div>'
               '<a class="button button--donate" href="/fr/faire-un-don">Faire un don</a>%s</header>' % navhtml(c, "primary-nav"))
        foot = '<footer class="site-footer"><p>Alliance Rivières Vivantes – Rue des Bains 14 – 1205 Genève – CCP 12-3456-7</p>%s</footer></div>' % navhtml(c, "footer-nav")
        return doc(c, title + " | Alliance Rivières Vivantes", top + crumb + '<main role="main" class="main-content">' + main + '</main>' + foot,
                   '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">' + head, bodycls)
    raise KeyError(k)


# ---------------------------------------------------------------- articles
# Each renderer returns the page and the sentences of the page (contact
# blocks, boilerplate) a reader would not count as the story's text.
def others(c, s, fmt="%d.%m.%Y", cls="teaser"):
    return teaser_list(c, [o for o in c["stories"] if o is not s], fmt, cls)


def art_pol(c, s):
    d = s["d"]
    contact = "Rückfragen bitte an: Polizeipräsidium Lahnfeld, Pressestelle, Kerstin Albers, Telefon: 06421 406-1040, E-Mail: pressestelle.ppl@polizei.hessen.example"
    body = paras(s)
    if s.get("nachtrag"):
        body += '<p><strong>%s</strong> %s</p>' % (E(s["nachtrag"][0]), E(s["nachtrag"][1]))
    body += '<p class="contact">Rückfragen bitte an:<br>Polizeipräsidium Lahnfeld<br>Pressestelle<br>Kerstin Albers<br>Telefon: 06421 406-1040<br>E-Mail: pressestelle.ppl@polizei.hessen.example</p>'
    main = ('<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
            '<div class="news-header"><span class="news-list-category">%s</span><h1 itemprop="headline">%s</h1></div>'
            '<div class="news-list-date"><time itemprop="datePublished" datetime="%s">%s</time> | %s Uhr</div>'
            '<div class="teaser-text" itemprop="description"><p>%s</p></div>'
            '<div class="news-text-wrap" itemprop="articleBody">%s</div>'
            '<div class="news-related-wrap"><h4>Weitere Meldungen</h4>%s</div>'
            '<div class="news-backlink-wrap"><a href="/presse/">Zurück zur Übersicht</a></div></div></div>') % (
        E(s["dst"]), E(s["head"]), d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), E(s["sub"]), body, others(c, s))
    crumbs = [("Startseite", "/"), ("Presse", "/presse/")]
    return shell(c, s["head"] + " - Polizeipräsidium Lahnfeld", main, og(c, s), "news-detail", crumbs), ["Rückfragen bitte an", "06421 406-1040"]


def art_gem(c, s):
    d = s["d"]
    upd = ""
    if s.get("upd"):
        u = datetime.date(*s["upd"])
        upd = '<span class="meta__gewijzigd">Laatst gewijzigd: %s</span>' % longdate("nl", u)
    noot = "Voor meer informatie kunt u contact opnemen met Sanne de Boer, woordvoerder, telefoon 06 4821 9930 of pers@zuidervaart.example."
    main = ('<article class="content nieuwsbericht"><header class="content__header"><p class="meta"><span class="meta__type">Nieuwsbericht</span> | '
            '<span class="meta__datum">%s</span> %s</p><h1>%s</h1></header><div class="intro"><p>%s</p></div>'
            '<figure class="beeld"><img src="/images/nieuws/%s.jpg" alt=""><figcaption>Foto: gemeente Zuidervaart</figcaption></figure>'
            '<div class="content__body">%s<h2>Noot voor de redactie (niet voor publicatie)</h2><p>%s</p></div>'
            '<div class="deel"><span>Deel deze pagina:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div></article>'
            '<aside class="gerelateerd"><h2>Meer nieuws</h2>%s</aside>') % (
        longdate("nl", d), upd, E(s["head"]), E(s["sub"]), slug(s["head"])[:20], paras(s), E(noot), others(c, s, "%d-%m-%Y"))
    head = og(c, s) + '<meta name="DCTERMS.issued" content="%s"><meta name="DCTERMS.type" content="nieuwsbericht">' % d.strftime("%Y-%m-%d")
    return shell(c, s["head"], main, head, "page-nieuwsbericht", [("Home", "/"), ("Actueel", "/actueel/"), ("Nieuws", "/actueel/nieuws/")]), [noot[:60]]


def art_bmin(c, s):
    d = s["d"]
    typ = "Meldung" if s.get("meldung") else "Pressemitteilung"
    meta = '<span class="c-article-header__type">%s</span>' % typ
    if s.get("nr"):
        meta += ' <span class="c-article-header__number">%s</span>' % s["nr"]
    meta += ' <time class="c-article-header__date" datetime="%s">%s</time>' % (d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"))
    sperr = '<p class="c-article__sperrfrist"><strong>%s</strong></p>' % E(s["sperr"]) if s.get("sperr") else ""
    press = ""
    nots = []
    if not s.get("meldung"):
        press = ('<div class="c-contact"><h2 class="c-contact__headline">Pressekontakt</h2><p>Pressestelle des Bundesministeriums für Infrastruktur und Wasserwege</p>'
                 '<p>Pressesprecher: Dr. Tobias Lenz</p><p>Tel.: 030 18 300-7200 | E-Mail: presse@bmiw.bund.example</p></div>')
        nots = ["Pressestelle des Bundesministeriums", "Dr. Tobias Lenz"]
    sub = '<p class="c-article__intro">%s</p>' % E(s["sub"]) if s["sub"] else ""
    main = ('<div class="c-article"><header class="c-article-header"><div class="c-article-header__meta">%s</div>'
            '<h1 class="c-article-header__headline"><span class="c-article-header__topline">%s</span> <span class="c-article-header__title">%s</span></h1></header>'
            '%s<div class="c-article__text richtext">%s%s</div>%s'
            '<div class="c-share"><span>Seite teilen:</span> <a href="#">Mastodon</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div></div>'
            '<aside class="c-related"><h2>Das könnte Sie auch interessieren</h2>%s</aside>') % (
        meta, E(s["top"]), E(s["head"]), sub, sperr, paras(s), press, others(c, s))
    head = og(c, s) + '<meta name="DC.date" content="%s">' % d.strftime("%Y-%m-%d")
    return shell(c, s["head"], main, head, "gsb-article", [("Startseite", "/"), ("Presse", "/DE/Presse/presse.html"), ("Pressemitteilungen", c["list"])]), nots


def art_min(c, s):
    d = s["d"]
    pub = "Publié le %s" % d.strftime("%d/%m/%Y")
    if s.get("upd"):
        pub += ' <span class="upd">| Mis à jour le %s</span>' % datetime.date(*s["upd"]).strftime("%d/%m/%Y")
    callout = ""
    nots = []
    if s["badge"] == "Communiqué de presse":
        callout = ('<div class="fr-callout"><h3 class="fr-callout__title">Contact presse</h3><p class="fr-callout__text">Cabinet de la ministre – '
                   'Service de presse : 01 49 55 42 10 – cab-presse@agriculture.gouv.example</p></div>')
        nots = ["Service de presse : 01 49 55 42 10"]
    main = ('<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8"><article class="article">'
            '<p class="fr-badge fr-badge--sm fr-badge--blue-ecume">%s</p><h1 class="fr-h1">%s</h1><p class="fr-text--lead">%s</p>'
            '<p class="fr-text--sm fr-mb-3w">%s</p><figure class="fr-content-media"><img class="fr-responsive-img" src="/sites/default/files/%s.jpg" alt="">'
            '<figcaption class="fr-content-media__caption">© Pascal Xicluna / agriculture.gouv.fr</figcaption></figure>'
            '<div class="fr-article-body">%s</div>%s'
            '<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--mail fr-btn" href="#">Partager par email</a></li></ul></div>'
            '</article></div><div class="fr-col-12 fr-col-md-4"><aside class="fr-sidemenu"><h2>Sur le même sujet</h2>%s</aside></div></div>') % (
        E(s["badge"]), E(s["head"]), E(s["sub"]), pub, slug(s["head"])[:24], paras(s), callout, others(c, s, "%d/%m/%Y"))
    crumbs = [("Accueil", "/"), ("Presse", "/presse/")] if s["badge"] != "Actualité" else [("Accueil", "/"), ("Actualités", "/actualites/")]
    return shell(c, s["head"], main, og(c, s), "", crumbs), nots


def art_uni(c, s):
    d = s["d"]
    nots = []
    if s.get("release"):
        top = ('<p class="embargo"><strong>Embargoed until 00:01 GMT Tuesday 4 March 2025</strong></p>'
               '<p class="news-meta"><span class="news-type">Press release</span> issued: <span class="news-date">%s</span></p>' % longdate("en", d))
        tail = ('<h2>Further information</h2><p>The paper \u2018Urban canopy and heat-related hospital admissions in England\u2019 is published in The Lancet Planetary Health.</p>'
                '<h2>Notes to editors</h2><ol><li>The University of Eastmoor is a member of the Russell-like Group of research universities and has 24,000 students.</li>'
                '<li>The research was funded by the Natural Environment Research Council.</li></ol>'
                '<div class="media-contact"><h2>Media contact</h2><p>Tom Hale, Press Officer, University of Eastmoor: +44 (0)1632 960 412, t.hale@eastmoor.ac.example</p></div><p class="ends">Ends</p>')
        nots = ["Tom Hale, Press Officer", "has 24,000 students"]
    else:
        top = '<p class="news-meta"><span class="news-date">Published: %s</span></p>' % longdate("en", d)
        tail = ('<div class="media-contact"><h2>Media enquiries</h2><p>Press Office: +44 (0)1632 960 400, press@eastmoor.ac.example</p></div>')
        nots = ["Press Office: +44 (0)1632 960 400"]
    by = '<p class="byline">%s</p>' % E(s["byline"]) if s.get("byline") else ""
    main = ('<div class="container"><article class="news-article"><div class="news-header"><h1>%s</h1><p class="standfirst">%s</p>%s</div>'
            '<figure class="news-hero"><img src="/media/news/%s.jpg" alt=""><figcaption>Photo: University of Eastmoor</figcaption></figure>'
            '<div class="news-body">%s%s%s</div></article>'
            '<aside class="related-news"><h2>Related news</h2>%s</aside></div>') % (
        E(s["head"]), E(s["sub"]), top, slug(s["head"])[:20], by, paras(s), tail, others(c, s, "%d %b %Y"))
    head = og(c, s) + '<meta name="dcterms.created" content="%s">' % d.strftime("%Y-%m-%d")
    return shell(c, s["head"], main, head, "t4-news", [("Home", "/"), ("News", "/news/")]), nots


def art_hosp(c, s):
    d = s["d"]
    iso = d.isoformat(timespec="seconds")
    ldj = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": iso,
         "dateModified": (d + datetime.timedelta(hours=2)).isoformat(timespec="seconds"),
         "author": {"name": "Gabinete de Prensa", "@id": url(c, "/#/schema/person/8a1f")},
         "publisher": {"@id": url(c, "/#organization")}, "inLanguage": "es"},
        {"@type": "Person", "@id": url(c, "/#/schema/person/8a1f"), "name": "Gabinete de Prensa", "url": url(c, "/author/prensa/")},
        {"@type": "Organization", "@id": url(c, "/#organization"), "name": "Grupo Levante Salud"}]}
    head = og(c, s) + '<meta name="author" content="Gabinete de Prensa"><meta property="article:published_time" content="%s">%s' % (iso, ld(ldj))
    by = '<p class="firma"><strong>%s</strong></p>' % E(s["byline"]) if s.get("byline") else ""
    contact = "Contacto de prensa: Laura Gil Sanchis – 963 000 145 – 690 112 233 – prensa@levantesalud.example"
    about = "Sobre Grupo Levante Salud: Grupo Levante Salud gestiona cuatro hospitales y once centros médicos en la Comunitat Valenciana, con más de 3.800 profesionales."
    main = ('<article class="post type-post status-publish format-standard has-post-thumbnail category-notas-de-prensa">'
            '<header class="entry-header"><span class="cat-links"><a href="/category/notas-de-prensa/" rel="category tag">Notas de prensa</a></span>'
            '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/%02d/%s.jpg" alt=""></div>'
            '<div class="entry-content">%s<p><strong>%s</strong></p>%s<hr><p class="contacto"><em>%s</em></p><p class="boilerplate"><em>%s</em></p></div>'
            '<footer class="entry-footer"><span class="tags-links">Etiquetas: <a href="/tag/hospital-levante/" rel="tag">Hospital Levante</a></span></footer></article>'
            '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Navegación de entradas</h2>%s</nav>') % (
        E(s["head"]), iso, "%d %s, %d" % (d.day, MON["es"][d.month - 1], d.year), d.month, slug(s["head"])[:20], by, E(s["sub"]), paras(s), E(contact), E(about),
        others(c, s, "%d/%m/%Y", "nav-previous"))
    return shell(c, s["head"], main, head, "single single-post"), [contact[:50], about[:60]]


def art_car(c, s):
    d = s["d"]
    bullets = '<div class="cmp-press-release__highlights"><ul>%s</ul></div>' % "".join("<li>%s</li>" % E(b) for b in s["bullets"]) if s.get("bullets") else ""
    about = ("Ardena Automobili S.p.A., fondata a Torino nel 1921, progetta e produce automobili e veicoli commerciali leggeri in tre stabilimenti italiani "
             "e vende i propri modelli in oltre 60 paesi.")
    fls = ("Il presente comunicato contiene dichiarazioni previsionali che si basano sulle attuali aspettative della società e sono soggette a rischi e incertezze.")
    contact = "Giulia Ferri – Responsabile Comunicazione di Prodotto – +39 011 555 0142 – giulia.ferri@ardena.example"
    main = ('<div class="cmp-press-release"><div class="cmp-press-release__header"><span class="cmp-press-release__category">%s</span>'
            '<div class="cmp-title"><h1 class="cmp-title__text">%s</h1></div><div class="cmp-press-release__date">Torino, %s</div></div>%s'
            '<div class="cmp-text">%s<p>###</p></div>'
            '<div class="cmp-downloads"><h3>Scarica immagini</h3><ul><li><a href="/content/dam/ardena/press/%s-01.jpg">Immagine 1 (JPG, 4,2 MB)</a></li>'
            '<li><a href="/content/dam/ardena/press/%s.pdf">Comunicato stampa (PDF, 180 KB)</a></li></ul></div>'
            '<div class="cmp-boilerplate"><h4>Informazioni su Ardena Automobili</h4><p>%s</p>%s</div>'
            '<div class="cmp-contacts"><h4>Contatti stampa</h4><p>%s</p></div></div>'
            '<div class="cmp-related"><h3>Comunicati correlati</h3>%s</div>') % (
        E(s["cat"]), E(s["head"]), d.strftime("%d/%m/%Y"), bullets, paras(s), slug(s["head"])[:30], slug(s["head"])[:30], E(about),
        '<p class="disclaimer"><small>%s</small></p>' % E(fls) if s.get("fls") else "", E(contact), others(c, s, "%d/%m/%Y"))
    nots = [about[:60], contact[:40]] + ([fls[:60]] if s.get("fls") else [])
    return shell(c, s["head"], main, og(c, s), "page-press-release", [("Home", "/it"), ("Comunicati stampa", c["list"])]), nots


def art_tel(c, s):
    d = s["d"]
    about = ("Northlink is one of the UK's leading providers of mobile and fixed broadband, serving 9.6 million customers. "
             "Northlink Communications plc is listed on the London Stock Exchange.")
    shown = d.strftime("%b %d, %Y %H:%M") + " " + s["tzname"]
    by = ""
    if s.get("byline"):
        by = '<p class="material__author">by <a href="/people/priya-natarajan">%s</a></p>' % E(s["byline"])
    boiler = '<div class="material__boilerplate"><h2>About Northlink</h2><p>%s</p></div>' % E(about) if s["kind"] != "Blog post" else ""
    ldj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "publisher": {"@type": "Organization", "name": "Northlink"}, "author": {"@type": "Organization", "name": "Northlink"}}
    main = ('<article class="material material--%s"><header class="material__header"><p class="material__meta"><span class="material__type">%s</span>'
            ' <span class="material__separator">\u2022</span> <time datetime="%s">%s</time></p><h1 class="material__title">%s</h1>%s%s</header>'
            '<div class="material__image"><img src="/images/%s.jpg" alt=""></div><div class="material__body">%s</div>%s'
            '<div class="material__tags">Topics: <a href="/topics/networks">Networks</a> <a href="/topics/5g">5G</a></div></article>'
            '<aside class="material__contacts"><h2>Contacts</h2><div class="contact-card"><p class="contact-card__name">Emma Lindqvist</p>'
            '<p class="contact-card__title">Press contact</p><p class="contact-card__role">Head of Media Relations</p><p><a href="tel:+447700900311">+44 7700 900311</a></p>'
            '<p><a href="mailto:emma.lindqvist@northlink.example">emma.lindqvist@northlink.example</a></p></div></aside>'
            '<section class="material__related"><h2>Related content</h2>%s</section>') % (
        slug(s["kind"]), E(s["kind"]), d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), shown, E(s["head"]),
        '<p class="material__summary">%s</p>' % E(s["sub"]) if s["sub"] else "", by, slug(s["head"])[:20], paras(s), boiler, others(c, s, "%b %d, %Y"))
    return shell(c, s["head"], main, og(c, s) + ld(ldj), "material-page"), [about[:60], "Head of Media Relations"]


def art_wire(c, s):
    d = s["d"]
    et = d.strftime("%b %d, %Y, %H:%M") + " ET"
    first = s["paras"][0]
    if s["lang"] == "es":
        dl = "%d de %s de %d" % (d.day, MON["es"][d.month - 1], d.year)
    elif s["lang"] == "nl":
        dl = "%d %s %d" % (d.day, MON["nl"][d.month - 1], d.year)
    else:
        dl = "%s %d, %d" % (MON["en"][d.month - 1], d.day, d.year)
    contact = {"en": "Media contact: Jana Wiegand, Kessler Maschinenbau GmbH, +49 30 5550 1723, presse@kessler-mb.example",
               "es": "Contacto de prensa: Beatriz Olmedo, Grupo Olivar Mediterráneo, +34 91 555 28 40, comunicacion@olivarmed.example",
               "nl": "Noot voor de redactie: voor meer informatie kunt u contact opnemen met Lotte Brink, +31 13 555 0192, pers@veldkamp.example",
               }.get(s["lang"], "")
    if s.get("copyof"):
        contact = "Media contact: Emma Lindqvist, Head of Media Relations, Northlink, +44 7700 900311, emma.lindqvist@northlink.example"
    pl = '<p><span class="xn-location">%s</span>, <span class="xn-chron">%s</span> /PressLine/ -- %s</p>' % (s["city"], dl, E(first))
    pl += "".join("<p>%s</p>" % E(p) for p in s["paras"][1:])
    pl += '<p>%s</p><p>%s</p><p class="source">SOURCE %s</p>' % (E(s["about"]), E(contact), E(s["src"]))
    also = [o for o in C["wire"]["stories"] if o is not s][:3]
    main = ('<article class="news-release"><header class="release-header"><h1>%s</h1>%s<div class="release-meta"><p class="mb-no">News provided by</p>'
            '<a class="company-name" href="/news/%s/">%s</a><p class="mb-no">%s</p><div class="social-share"><a href="#">Share this article</a></div></div></header>'
            '<section class="release-body">%s</section>'
            '<section class="also-from"><h2>Also from PressLine</h2><ul>%s</ul></section>'
            '<section class="explore"><h2>Explore</h2><a href="/news-releases/energy/">Energy</a> <a href="/news-releases/manufacturing/">Manufacturing</a></section></article>') % (
        E(s["head"]), '<h2 class="subtitle">%s</h2>' % E(s["sub"]) if s["sub"] else "", slug(s["src"]), E(s["src"]), et, pl,
        "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (o["path"], E(o["head"]), o["d"].strftime("%b %d, %Y")) for o in also))
    head = og(c, s) + '<meta name="author" content="%s"><meta name="date" content="%s">' % (E(s["src"]), d.strftime("%Y-%m-%d"))
    return shell(c, "%s" % s["head"], main, head, "release-page"), [s["about"][:60], contact[:50]]


def art_ngo(c, s):
    d = s["d"]
    fr = s["lang"] == "fr"
    nots = []
    tail = ""
    if s["typ"] != "Actualité":
        if fr:
            contact = "Contact médias : Noémie Favre, responsable communication, 022 555 74 10, medias@rivieres-vivantes.example"
            about = "À propos de l'Alliance Rivières Vivantes : fondée en 1987, l'Alliance regroupe 24 organisations de protection de la nature et compte 31 000 membres en Suisse romande et au Tessin."
            tail = "<p>- Fin -</p><p><strong>%s</strong></p><p><em>%s</em></p>" % (E(contact), E(about))
        else:
            contact = "Contatto media: Luca Bernasconi, 091 555 23 80, media@fiumi-vivi.example"
            about = "L'Alleanza Fiumi Vivi è la sezione della Svizzera italiana dell'Alliance Rivières Vivantes."
            tail = "<p>***</p><p><strong>%s</strong></p><p><em>%s</em></p>" % (E(contact), E(about))
        nots = [contact[:50], about[:60]]
    by = '<div class="field field--name-field-auteur"><p>%s</p></div>' % E(s["byline"]) if s.get("byline") else ""
    main = ('<article role="article" class="node node--type-%s node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">%s</span></h1>'
            '<div class="node__meta"><div class="field field--name-field-type">%s</div><div class="field field--name-field-date"><time datetime="%s">%s</time></div></div>'
            '%s<div class="node__content"><div class="field field--name-body text-formatted">%s%s</div>'
            '<div class="field field--name-field-documents"><h3>%s</h3><ul><li><a href="/sites/default/files/2025-%02d/%s.pdf">%s (PDF)</a></li></ul></div></div></article>'
            '<div class="views-element-container"><h2>%s</h2>%s</div>') % (
        "communique" if s["typ"] != "Actualité" else "article", E(s["head"]), E(s["typ"]), d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%d.%m.%Y"),
        by, paras(s), tail, "Documents" if fr else "Documenti", d.month, slug(s["head"])[:24], "Télécharger le communiqué" if fr else "Scarica il comunicato",
        "Autres actualités" if fr else "Altre notizie", others(c, s))
    page = shell(c, s["head"], main, og(c, s), "path-node")
    if not fr:
        page = page.replace('<html lang="fr">', '<html lang="it">', 1)
    return page, nots


ART = dict(pol=art_pol, gem=art_gem, bmin=art_bmin, min=art_min, uni=art_uni, hosp=art_hosp, car=art_car, tel=art_tel, wire=art_wire, ngo=art_ngo)


# ---------------------------------------------------------------- non-articles
# (path, title, kind, data) per site; the press-release list and the home
# page are added to every site.
NA = {}
NA["pol"] = [
 ("/presse/pressestelle/", "Pressestelle", "contacts", [("Kerstin Albers", "Pressesprecherin, Leiterin der Pressestelle", "06421 406-1040", "pressestelle.ppl@polizei.hessen.example"),
   ("Jens Möller", "Polizeihauptkommissar, Pressesprecher", "06421 406-1041", "pressestelle.ppl@polizei.hessen.example"),
   ("Anja Reuter", "Polizeioberkommissarin, Social Media", "06421 406-1043", "socialmedia.ppl@polizei.hessen.example")]),
 ("/fahndung/", "Fahndungen", "items", [("21.02.2025", "Öffentlichkeitsfahndung nach Betrugsverdächtigem", "Wer kennt den abgebildeten Mann? Hinweise an die Kriminalpolizei."),
   ("09.01.2025", "Vermisst: 16-jährige Jugendliche aus Kirchhain", "Die Vermisste ist inzwischen wohlbehalten zurückgekehrt. Die Fahndung ist erledigt.")]),
 ("/presse/archiv/2024/", "Pressemitteilungen Archiv 2024", "items", [("30.12.2024", "Silvester: Polizei zieht Bilanz", ""), ("12.12.2024", "Weihnachtsmarkt: Taschendiebe festgenommen", ""),
   ("28.11.2024", "Wildunfall auf der L 3089", ""), ("03.11.2024", "Einbruchsradar Oktober", "")]),
 ("/presse/dienststelle/polizeistation-lahnfeld/", "Polizeistation Lahnfeld", "list", "Meldungen der Polizeistation Lahnfeld"),
 ("/presse/rss/", "RSS-Feeds", "feeds", [("Alle Pressemitteilungen", "/presse/rss.xml"), ("Fahndungen", "/fahndung/rss.xml")]),
 ("/presse/abonnieren/", "Pressemitteilungen per E-Mail abonnieren", "form", "Erhalten Sie unsere Pressemitteilungen per E-Mail. Die Abmeldung ist jederzeit möglich."),
 ("/termine/", "Veranstaltungen", "items", [("12.04.2025", "Tag der offenen Tür im Polizeipräsidium", "Von 10 bis 16 Uhr, Raiffeisenstraße 1."), ("06.05.2025", "Fahrradcodierung auf dem Marktplatz", "Bitte Eigentumsnachweis mitbringen.")]),
 ("/suche/", "Suche", "form", "Suchbegriff eingeben"),
 ("/impressum/", "Impressum", "text", ["Herausgeber: Polizeipräsidium Lahnfeld, Raiffeisenstraße 1, 35043 Lahnfeld.", "Vertreten durch den Polizeipräsidenten. Verantwortlich für den Inhalt: Pressestelle."]),
 ("/datenschutz/", "Datenschutzerklärung", "text", ["Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Beim Besuch dieser Website werden nur technisch notwendige Daten verarbeitet.", "Verantwortlicher im Sinne der DSGVO ist das Polizeipräsidium Lahnfeld."]),
]
NA["gem"] = [
 ("/pers/", "Pers en media", "contacts", [("Sanne de Boer", "Woordvoerder wethouder Mobiliteit en Wonen", "06 4821 9930", "pers@zuidervaart.example"),
   ("Bas Kuipers", "Woordvoerder burgemeester", "06 1020 3344", "pers@zuidervaart.example")]),
 ("/actueel/agenda/", "Agenda", "items", [("1 april 2025", "Opening fietsbrug over de Vaart", "16.00 uur, Oosterpark"), ("10 april 2025", "Raadsvergadering", "19.30 uur, raadzaal stadhuis")]),
 ("/actueel/nieuws/archief-2024/", "Nieuwsarchief 2024", "items", [("18 december 2024", "Kerstmarkt trekt recordaantal bezoekers", ""), ("2 december 2024", "Begroting 2025 aangenomen", ""), ("14 november 2024", "Nieuwe speeltuin in De Weide", "")]),
 ("/onderwerpen/verkeer-en-vervoer/", "Verkeer en vervoer", "list", "Nieuws over verkeer en vervoer"),
 ("/actueel/nieuwsbrief/", "Aanmelden voor de nieuwsbrief", "form", "Ontvang elke maand het nieuws van de gemeente in uw mailbox."),
 ("/beeldbank/", "Beeldbank", "gallery", ["Stadhuis Zuidervaart (vrij te gebruiken met naamsvermelding)", "Luchtfoto Havenkwartier", "Burgemeester en wethouders 2022-2026"]),
 ("/zoeken/", "Zoeken", "form", "Waar bent u naar op zoek?"),
 ("/privacyverklaring/", "Privacyverklaring", "text", ["De gemeente Zuidervaart gaat zorgvuldig om met uw persoonsgegevens.", "Wij verwerken alleen gegevens die nodig zijn voor onze taken."]),
 ("/proclaimer/", "Proclaimer", "text", ["De gemeente besteedt veel aandacht aan de juistheid van de informatie op deze website.", "Aan de inhoud kunnen geen rechten worden ontleend."]),
]
NA["bmin"] = [
 ("/DE/Presse/Pressekontakt/pressekontakt.html", "Pressekontakt", "contacts", [("Dr. Tobias Lenz", "Pressesprecher", "030 18 300-7200", "presse@bmiw.bund.example"),
   ("Miriam Yıldız", "Stellvertretende Pressesprecherin", "030 18 300-7201", "presse@bmiw.bund.example")]),
 ("/DE/Presse/Reden/reden.html", "Reden", "items", [("26.02.2025", "Rede der Bundesministerin zum Haushalt 2025 im Deutschen Bundestag", "Es gilt das gesprochene Wort."), ("15.01.2025", "Rede beim Neujahrsempfang der Binnenschifffahrt", "")]),
 ("/DE/Presse/Termine/termine.html", "Termine der Ministerin", "items", [("10.03.2025", "Besuch der Schleuse Kiel-Holtenau", "11:00 Uhr, Pressetermin vor Ort"), ("18.03.2025", "Verkehrsministerkonferenz", "Bremen")]),
 ("/DE/Service/Publikationen/publikationen.html", "Publikationen", "docs", [("Verkehrsinvestitionsbericht 2023", "PDF, 4 MB, 12.12.2024"), ("Masterplan Binnenschifffahrt – Fortschreibung", "PDF, 2 MB, 30.09.2024")]),
 ("/DE/Presse/Bilder/bildergalerie.html", "Bildergalerie", "gallery", ["Die Bundesministerin bei der Fachkonferenz Binnenschifffahrt", "Schleuse Geesthacht"]),
 ("/SharedDocs/Pressemitteilungen/DE/2024/archiv-2024.html", "Pressemitteilungen 2024", "items", [("19.12.2024", "Nr. 98/2024 – Bahnsanierung: Riedbahn wieder in Betrieb", ""), ("02.12.2024", "Nr. 94/2024 – Deutschlandticket wird fortgeführt", "")]),
 ("/DE/Service/Newsletter/newsletter.html", "Newsletter und Abonnements", "form", "Abonnieren Sie die Pressemitteilungen des Ministeriums."),
 ("/SiteGlobals/Forms/Suche/suche.html", "Suche", "form", "Suchbegriff"),
 ("/DE/Service/Impressum/impressum.html", "Impressum", "text", ["Bundesministerium für Infrastruktur und Wasserwege, Invalidenstraße 44, 10115 Berlin.", "Vertreten durch die Bundesministerin."]),
 ("/DE/Service/Datenschutz/datenschutz.html", "Datenschutz", "text", ["Hinweise zum Datenschutz beim Besuch dieser Website.", "Es werden keine Tracking-Cookies gesetzt."]),
]
NA["min"] = [
 ("/presse/contacts/", "Contacts presse", "contacts", [("Service de presse du cabinet", "Cabinet de la ministre", "01 49 55 42 10", "cab-presse@agriculture.gouv.example"),
   ("Bureau de la presse", "Direction de l'information et de la communication", "01 49 55 60 11", "presse@agriculture.gouv.example")]),
 ("/agenda/", "Agenda de la ministre", "items", [("Lundi 10 mars 2025", "Déplacement dans le Gers", "Visite d'une exploitation d'élevage à 10h30"), ("Mercredi 12 mars 2025", "Conseil des ministres", "Palais de l'Élysée")]),
 ("/discours/", "Discours", "items", [("24/02/2025", "Discours de la ministre à l'inauguration du Salon international de l'agriculture", ""), ("16/01/2025", "Vœux à la presse agricole", "")]),
 ("/presse/dossiers-de-presse/", "Dossiers de presse", "docs", [("Dossier de presse – Plan national pour les haies", "PDF – 3,1 Mo – 14/02/2025"), ("Dossier de presse – Salon de l'agriculture 2025", "PDF – 5 Mo – 22/02/2025")]),
 ("/publications/", "Publications", "docs", [("Agreste – Bilan conjoncturel 2024", "PDF – 2 Mo"), ("Chiffres clés de l'agriculture", "PDF – 1 Mo")]),
 ("/mediatheque/", "Médiathèque", "gallery", ["La ministre au Salon de l'agriculture", "Plantation de haies dans le bocage normand"]),
 ("/theme/elevage/", "Élevage", "list", "Toutes les actualités sur l'élevage"),
 ("/abonnements/", "S'abonner aux communiqués", "form", "Recevez les communiqués de presse du ministère par courriel."),
 ("/recherche/", "Recherche", "form", "Rechercher sur le site"),
 ("/mentions-legales/", "Mentions légales", "text", ["Directeur de la publication : le secrétaire général du ministère.", "Hébergement : ministère de l'Agriculture."]),
]
NA["uni"] = [
 ("/news/media-relations/", "Media relations", "contacts", [("Tom Hale", "Press Officer (science and engineering)", "+44 (0)1632 960 412", "t.hale@eastmoor.ac.example"),
   ("Grace Ndlovu", "Senior Press Officer (health and social sciences)", "+44 (0)1632 960 418", "g.ndlovu@eastmoor.ac.example")]),
 ("/news/experts/", "Find an expert", "contacts", [("Professor Linnea Bjork", "Urban heat, green infrastructure", "", "l.bjork@eastmoor.ac.example"), ("Dr Samuel Achterberg", "Structural health monitoring", "", "s.achterberg@eastmoor.ac.example")]),
 ("/events/", "Events", "items", [("12 March 2025", "Public lecture: Cities in a hotter world", "6pm, Great Hall. Free, booking required."), ("20 March 2025", "Open day", "Campus tours from 10am")]),
 ("/news/2024/", "News archive: 2024", "items", [("16 December 2024", "Eastmoor named University of the Year for sustainability", ""), ("4 November 2024", "New medical school building opens", "")]),
 ("/news/topics/engineering/", "Engineering news", "list", "The latest news from the Faculty of Engineering"),
 ("/news/subscribe/", "Subscribe to news alerts", "form", "Get Eastmoor news in your inbox every Friday."),
 ("/news/feeds/", "RSS feeds", "feeds", [("All news", "/news/rss.xml")]),
 ("/search/", "Search", "form", "Search the University of Eastmoor"),
 ("/about/", "About the University", "text", ["The University of Eastmoor was founded in 1904 and teaches 24,000 students.", "It is a member of leading research networks in the UK and Europe."]),
 ("/privacy/", "Privacy notice", "text", ["This notice explains how we use personal data collected through this website.", "We use cookies only with your consent."]),
]
NA["hosp"] = [
 ("/sala-de-prensa/contacto/", "Contacto de prensa", "contacts", [("Laura Gil Sanchis", "Directora de Comunicación", "963 000 145", "prensa@levantesalud.example"), ("Irene Campos", "Técnica de prensa", "963 000 146", "prensa@levantesalud.example")]),
 ("/sala-de-prensa/kit-de-prensa/", "Kit de prensa", "docs", [("Dossier corporativo 2025", "PDF, 3 MB"), ("Logotipos del grupo", "ZIP, 12 MB"), ("Memoria anual 2023", "PDF, 8 MB")]),
 ("/sala-de-prensa/banco-de-imagenes/", "Banco de imágenes", "gallery", ["Fachada del Hospital Universitario Levante", "Quirófano híbrido", "Helipuerto"]),
 ("/sala-de-prensa/portavoces/", "Portavoces y expertos", "contacts", [("Dra. Nuria Ferrando", "Jefa de Pediatría", "", ""), ("Dr. Vicente Alcaraz", "Jefe de Cirugía Cardiaca", "", "")]),
 ("/agenda/", "Agenda de actividades", "items", [("12 de marzo de 2025", "Jornada de puertas abiertas para futuros residentes", "Salón de actos"), ("28 de marzo de 2025", "Congreso de enfermería quirúrgica", "Valencia")]),
 ("/2024/", "Archivo 2024", "items", [("20 de diciembre de 2024", "Levante Salud entrega sus premios de investigación", ""), ("3 de diciembre de 2024", "Nueva resonancia magnética en Gandia", "")]),
 ("/tag/hospital-levante/", "Etiqueta: Hospital Levante", "list", "Entradas etiquetadas como Hospital Levante"),
 ("/suscribete/", "Suscríbete a nuestras alertas", "form", "Recibe las notas de prensa del grupo en tu correo."),
 ("/aviso-legal/", "Aviso legal", "text", ["Grupo Levante Salud, S.L., con CIF B-12345678 y domicilio en Valencia.", "Inscrita en el Registro Mercantil de Valencia."]),
 ("/politica-de-privacidad/", "Política de privacidad", "text", ["Tratamos sus datos conforme al Reglamento General de Protección de Datos.", "Puede ejercer sus derechos escribiendo a dpd@levantesalud.example."]),
]
NA["car"] = [
 ("/it/contatti-stampa", "Contatti stampa", "contacts", [("Giulia Ferri", "Responsabile Comunicazione di Prodotto", "+39 011 555 0142", "giulia.ferri@ardena.example"), ("Paolo Sartori", "Comunicazione Corporate e Finanziaria", "+39 011 555 0150", "paolo.sartori@ardena.example")]),
 ("/it/press-kit/vela-ibrida", "Press kit Ardena Vela Ibrida", "docs", [("Cartella stampa completa", "PDF, 6 MB"), ("Scheda tecnica", "PDF, 400 KB"), ("Listino prezzi", "PDF, 200 KB")]),
 ("/it/immagini", "Galleria immagini", "gallery", ["Ardena Vela Ibrida, vista anteriore", "Ardena Vela Ibrida, interni", "Stabilimento di Pratola Serra"]),
 ("/it/video", "Video", "gallery", ["Ardena Vela Ibrida – Walkaround (2:40)", "Pratola Serra – La linea batterie (1:55)"]),
 ("/it/eventi", "Eventi", "items", [("8-10 aprile 2025", "Presentazione dinamica Ardena Vela Ibrida", "Autodromo di Vallelunga"), ("15 maggio 2025", "Assemblea degli azionisti", "Torino")]),
 ("/it/comunicati-stampa/archivio-2024", "Archivio comunicati 2024", "items", [("18/12/2024", "Ardena e il Politecnico di Torino rinnovano l'accordo di ricerca", ""), ("21/11/2024", "Ardena Sirio Cargo vince il premio Van of the Year", "")]),
 ("/it/modelli/vela", "Ardena Vela", "list", "Comunicati stampa sul modello Ardena Vela"),
 ("/it/iscriviti", "Iscriviti alle notifiche", "form", "Ricevi i comunicati stampa di Ardena via e-mail."),
 ("/it/ricerca", "Ricerca", "form", "Cerca nel Media Centre"),
 ("/it/note-legali", "Note legali e privacy", "text", ["L'accesso al Media Centre è riservato ai giornalisti accreditati.", "Le immagini possono essere utilizzate solo a fini editoriali."]),
]
NA["tel"] = [
 ("/contacts", "Contacts", "contacts", [("Emma Lindqvist", "Head of Media Relations", "+44 7700 900311", "emma.lindqvist@northlink.example"), ("Oliver Brennan", "Press Officer, Networks", "+44 7700 900318", "oliver.brennan@northlink.example"), ("Press office (24h)", "", "+44 20 7946 0300", "press@northlink.example")]),
 ("/images", "Images", "gallery", ["Northlink mast at Ben Lomond", "Fibre engineers in the Calder valley", "Northlink CEO Rachel Amis"]),
 ("/documents", "Documents", "docs", [("Annual report 2024", "PDF, 7.4 MB"), ("Sustainability report 2024", "PDF, 3.1 MB")]),
 ("/events", "Events", "items", [("Apr 24, 2025", "Q4 and full year results 2024/25", "Webcast 07:00 GMT"), ("Jul 17, 2025", "Annual general meeting", "London")]),
 ("/topics/5g", "5G", "list", "All news about 5G"),
 ("/subscribe", "Follow Northlink", "form", "Get our news by email as soon as it is published."),
 ("/search", "Search", "form", "Search this newsroom"),
 ("/about", "About Northlink", "text", ["Northlink is one of the UK's leading providers of mobile and fixed broadband, serving 9.6 million customers.", "Our head office is in Manchester."]),
 ("/privacy", "Privacy policy", "text", ["This newsroom is hosted by NewsDesk on behalf of Northlink.", "We use cookies to measure how the newsroom is used."]),
]
NA["wire"] = [
 ("/news-releases/energy/", "Energy News Releases", "list", "Latest energy news"),
 ("/news/kessler-maschinenbau-gmbh/", "News releases from Kessler Maschinenbau GmbH", "list", "All news from Kessler Maschinenbau GmbH"),
 ("/send-a-release/", "Send a Release", "text", ["Reach journalists, investors and consumers in 170 countries.", "Choose a distribution package and upload your release in minutes."]),
 ("/journalists/", "For Journalists: Get Releases by Email", "form", "Register to receive customized news feeds by industry and region."),
 ("/rss-feeds/", "RSS Feeds", "feeds", [("All news releases", "/rss/news-releases.xml"), ("Energy", "/rss/energy.xml")]),
 ("/events-calendar/", "Events & Conferences Calendar", "items", [("Mar 18, 2025", "Hannover Messe press day", "Hannover, Germany"), ("Apr 2, 2025", "Mobile World Congress follow-up webinar", "Online")]),
 ("/search/", "Search News Releases", "form", "Search by keyword, company or ticker"),
 ("/about/", "About PressLine", "text", ["PressLine distributes press releases to newsrooms around the world since 1998.", "Offices in New York, London, Frankfurt and Madrid."]),
 ("/privacy-policy/", "Privacy Policy", "text", ["PressLine respects your privacy.", "This policy explains how we collect and use your information."]),
]
NA["ngo"] = [
 ("/fr/medias/contact", "Espace médias – contacts", "contacts", [("Noémie Favre", "Responsable communication", "022 555 74 10", "medias@rivieres-vivantes.example"), ("Luca Bernasconi", "Svizzera italiana", "091 555 23 80", "media@fiumi-vivi.example")]),
 ("/fr/porte-parole", "Nos porte-parole", "contacts", [("Anne-Laure Rochat", "Présidente", "", ""), ("Élise Fontaine", "Chargée de campagne Rhin et Rhône", "", "")]),
 ("/fr/publications", "Publications", "docs", [("Rapport annuel 2024", "PDF, 2,4 Mo"), ("Étude : débits résiduels et production hydroélectrique", "PDF, 1,1 Mo")]),
 ("/fr/agenda", "Agenda", "items", [("20.02.2025", "Serata informativa a Cevio", "20h00, sala comunale"), ("22.03.2025", "Journée mondiale de l'eau : balade au bord de l'Allondon", "Rendez-vous 10h à Dardagny")]),
 ("/fr/thematique/hydroelectricite", "Hydroélectricité", "list", "Nos actualités sur l'hydroélectricité"),
 ("/fr/faire-un-don", "Faire un don", "form", "Soutenez nos actions pour des rivières vivantes."),
 ("/fr/newsletter", "Newsletter", "form", "Recevez nos nouvelles une fois par mois."),
 ("/fr/medias/archives-2024", "Communiqués 2024", "items", [("12.12.2024", "Le Doubs enfin reconnu comme rivière prioritaire", ""), ("05.11.2024", "Victoire pour la Sarine au Tribunal fédéral", "")]),
 ("/fr/mentions-legales", "Mentions légales", "text", ["Alliance Rivières Vivantes, association au sens des articles 60 ss du Code civil suisse.", "Siège : Genève."]),
]


def na_main(c, kind, title, data):
    h = '<h1 class="page-title">%s</h1>' % E(title)
    if kind == "list":
        return h + '<p class="lead">%s</p>' % E(data) + teaser_list(c, c["stories"]) + '<nav class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a></nav>'
    if kind == "contacts":
        return h + "".join('<div class="vcard contact"><p class="fn"><strong>%s</strong></p><p class="role">%s</p>%s%s</div>' % (
            E(n), E(r), '<p class="tel">%s</p>' % E(t) if t else "", '<p class="email"><a href="mailto:%s">%s</a></p>' % (m, m) if m else "") for n, r, t, m in data)
    if kind == "items":
        return h + '<ul class="items">%s</ul>' % "".join('<li><span class="date">%s</span> <strong>%s</strong> <span>%s</span></li>' % (E(a), E(b), E(t)) for a, b, t in data)
    if kind == "text":
        return h + "".join("<p>%s</p>" % E(p) for p in data)
    if kind == "form":
        return h + '<form class="form" action="#" method="post"><label>%s</label><input type="text" name="q"><button type="submit">OK</button></form>' % E(data)
    if kind == "feeds":
        return h + '<ul class="feeds">%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in data)
    if kind == "gallery":
        return h + '<div class="gallery">%s</div>' % "".join('<figure><img src="/media/gallery/%d.jpg" alt=""><figcaption>%s <a href="/media/gallery/%d-hires.jpg">Download</a></figcaption></figure>' % (i, E(x), i) for i, x in enumerate(data))
    if kind == "docs":
        return h + '<ul class="downloads">%s</ul>' % "".join('<li><a href="/media/docs/%d.pdf">%s</a> <span class="meta">%s</span></li>' % (i, E(t), E(m)) for i, (t, m) in enumerate(data))
    raise KeyError(kind)


LISTT = dict(pol="Pressemitteilungen", gem="Nieuws", bmin="Pressemitteilungen", min="Communiqués de presse", uni="Latest news", hosp="Sala de prensa",
             car="Comunicati stampa", tel="Latest news", wire="News Releases", ngo="Médias")
HOMEH = dict(pol="Aktuelle Polizeimeldungen", gem="Welkom bij de gemeente Zuidervaart", bmin="Aktuelles", min="À la une", uni="University news",
             hosp="Actualidad", car="Ultime notizie", tel="Northlink Newsroom", wire="Latest News Releases", ngo="Nos rivières ont besoin de vous")


# ---------------------------------------------------------------- build
DST = ["Polizeistation Lahnfeld", "Polizeistation Cölbe", "Polizeistation Stadtallendorf"]
TELID = [3361204, 3358817, 3351120]
for c in SITES:
    c["stories"] = []
    for n, s in enumerate(ST[c["k"]]):
        s = dict(s, n=n)
        s["d"] = DT(*s["t"], tzinfo=ZoneInfo(s.get("tz") or c["tz"]))
        d, sl = s["d"], slug(s["head"])
        k = c["k"]
        if k == "pol":
            s["dst"] = DST[n]
            s["path"] = "/presse/detail/news/%s/" % sl
        elif k == "gem":
            s["path"] = "/actueel/nieuws/%d/%02d/%02d/%s" % (d.year, d.month, d.day, sl)
        elif k == "bmin":
            s["path"] = ("/SharedDocs/Kurzmeldungen/DE/%d/%02d/%s.html" % (d.year, d.month, sl[:40].strip("-")) if s.get("meldung") else
                         "/SharedDocs/Pressemitteilungen/DE/%d/%03d-%s.html" % (d.year, int(s["nr"].split()[1].split("/")[0]), sl[:30].strip("-")))
        elif k == "min":
            s["path"] = "/" + sl
        elif k == "uni":
            s["path"] = "/news/%d/%s/%s.html" % (d.year, MON["en"][d.month - 1].lower(), sl[:48].strip("-"))
        elif k == "hosp":
            s["path"] = "/%s/" % sl
        elif k == "car":
            s["path"] = "/it/comunicati-stampa/%d/%02d/%s" % (d.year, d.month, sl)
        elif k == "tel":
            s["path"] = "/%s/%s-%d" % ({"Press release": "pressreleases", "News": "news", "Blog post": "blog_posts"}[s["kind"]], sl[:50].strip("-"), TELID[n])
        elif k == "wire":
            s["path"] = "/news-releases/%s-%d.html" % (sl[:60].strip("-"), 302389112 - 4417 * n)
        elif k == "ngo":
            s["path"] = {"Actualité": "/fr/actualites/", "Communiqué de presse": "/fr/communiques/", "Comunicato stampa": "/it/comunicati/"}[s["typ"]] + sl
        c["stories"].append(s)

# The wire carries Northlink's 3G release word for word.
t0 = C["tel"]["stories"][0]
COPY = dict(t0, n=3, copyof=t0, city="LONDON", src="Northlink Communications plc", lang="en",
            about="About Northlink: Northlink is one of the UK's leading providers of mobile and fixed broadband, serving 9.6 million customers.",
            d=t0["d"].astimezone(ZoneInfo("America/New_York")), path="/news-releases/%s-302371044.html" % slug(t0["head"])[:60].strip("-"))
C["wire"]["stories"].append(COPY)

for c in SITES:
    k = c["k"]
    NAV[k] = [(LISTT[k], c["list"])] + [(t, p) for p, t, _, _ in NA[k]]

for c in SITES:
    k = c["k"]
    for s in c["stories"]:
        page, nots = ART[k](c, s)
        write_page(OUT, c["host"], fs_path(s["path"]), page)
        if s.get("copyof"):
            truth["synd"].append(dict(copy=url(c, s["path"]), orig=url(C["tel"], s["copyof"]["path"])))
            continue
        a = dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=list(s["au"]))
        if k in ("tel", "wire"):  # a zone named on the page
            a["instant"] = s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        a["must"] = [s["paras"][0][:60], s["paras"][-1][:60]]
        a["must_not"] = nots
        truth["articles"].append(a)
    # non-articles
    for path, title, kind, data in NA[k]:
        crumbs = [(NAV[k][0][0], c["list"])] if k not in ("tel", "wire") else None
        write_page(OUT, c["host"], fs_path(path), shell(c, title, na_main(c, kind, title, data), '<meta name="robots" content="index,follow">', "page", crumbs))
        truth["nonarticles"].append(url(c, path))
    lst = [s for s in c["stories"] if not s.get("copyof")] if k != "wire" else c["stories"]
    listing = '<h1 class="page-title">%s</h1>%s<nav class="pagination"><span>1</span> <a href="%s?page=2">2</a></nav>' % (
        E(LISTT[k]), teaser_list(c, lst, "%d.%m.%Y" if c["lang"] == "de" else "%d/%m/%Y" if c["lang"] != "en" else "%d %B %Y"), c["list"])
    write_page(OUT, c["host"], fs_path(c["list"]), shell(c, LISTT[k], listing, "", "page-list"))
    truth["nonarticles"].append(url(c, c["list"]))
    home = ('<section class="hero"><h1>%s</h1></section><section class="latest"><h2>%s</h2>%s</section>'
            '<section class="service"><h2>Service</h2><ul>%s</ul></section>') % (
        E(HOMEH[k]), E(LISTT[k]), teaser_list(c, lst, "%d.%m.%Y", "home-teaser"), "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in NAV[k]))
    write_page(OUT, c["host"], "/", shell(c, c["name"], home, '<meta name="description" content="%s">' % E(c["name"]), "home"))
    truth["nonarticles"].append(url(c, "/"))
    # feeds, sitemaps, robots
    robots = "User-agent: *\nDisallow: /typo3/\nDisallow: /wp-admin/\n"
    if k in ("pol", "uni", "wire", "ngo"):
        feed = {"pol": "/presse/rss.xml", "uni": "/news/rss.xml", "wire": "/rss/news-releases.xml", "ngo": "/fr/rss.xml"}[k]
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(s["head"]), url(c, s["path"]), s["d"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"), E(s["sub"] or s["paras"][0][:120])) for s in lst)
        write_page(OUT, c["host"], feed, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
    if k in ("tel", "bmin", "hosp", "car"):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) for s in lst)
        locs += "".join("<url><loc>%s</loc></url>" % url(c, p) for p, _, _, _ in NA[k][:3])
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
