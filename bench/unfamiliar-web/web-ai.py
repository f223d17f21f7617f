"""Web ai: thirteen European and Latin American papers and magazines in
Dutch (a Hague city paper on a Yoast-like WordPress, a Kempen daily in
nl-BE), German (a Tyrolean daily with "Jänner", a bilingual Biel/Bienne
weekly with Swiss German and Swiss French stories), French (a Liège site),
Italian (a Lake Garda paper), Spanish (a Cádiz daily; a magazine with
correspondents in Bogotá, Santiago and Lima), Portuguese (an Aveiro daily),
Romanian (a Cluj site on a Newspaper-theme WordPress), Hungarian (Szeged),
Czech (Brno) and Greek (Thessaloniki). Articles (39), each site on its own
template. Dates "03-03-2025 14:05" (with "Bijgewerkt" after),
"di 11 februari 2025 om 06.30 uur", "Aktualisiert: ... | Erstellt: ..."
(the update first, Uhr and MEZ), "Mo., 13. Jänner 2025, 06:30 Uhr",
"12.9.2024, 14.05 Uhr", "16.09.2024, 18h40", "Publié le mardi 21 janvier
2025 à 14h05", "il y a 3 heures" alone (no machine date), "Martedì 5
novembre 2024, 14:05", "3/3/2025 - 14:05h", "8/4/2025 - 19:30h CEST",
"martes, 4 de marzo de 2025 · 21:40 COT" (the next day in UTC), CLT, PET,
"14/01/2025 às 14:05 WET", "há 2 horas" beside a <time datetime>,
"luni, 3 martie 2025, 14:05", "2025. március 3., 14:05", "3. 3. 2025
14:05", "Δευτέρα, 3 Μαρτίου 2025, 14:05 EET". Bylines "Door A en B",
"Door ANP", "Bron: Belga", "Von A und B", "Quelle: APA", "Text:", "Texte: A
et B", "Autor: SDA", "Par A et B", "Par Belga", "Di A e B", "Di Redazione
ANSA", "Por A y B", "EFE | Cádiz", "Por:", "Escrito por A y B", "Autor:",
"Por A e B", "Lusa", "Autor: A și B", "Sursa: Agerpres", "Szerző: Kovács
Péter és Nagy Anna", "Forrás: MTI", "Autoři: A a B", "Zdroj: ČTK",
"Συντάκτης:", "Συντάκτες: A και B", "ΑΠΕ-ΜΠΕ". JSON-LD full (Yoast @graph
with Person nodes by @id), dates only, the publisher as author, the
co-authors as one "A y B" string, UTC "Z" times, or none; microdata on one
site. Site names in titles as "Title - Site", "Site: Title", "Title »
Site", "Site – Title", "Title | site.be", "Site - Title". Noise: mastheads
with today's date, most-read lists with relative times ("3 uur geleden",
"vor 5 Minuten", "hace 2 horas", "acum 3 ore", "před 2 hodinami", "πριν
από 3 ώρες"), related teasers, cookie and newsletter pop-ups, photo
credits, share bars, author boxes, breadcrumbs and comments with later
dates. Non-articles: home, section, tag, author, search, date archive and
about pages on every site (thin: a heading, an intro paragraph and
teasers), plus podcast, newsletter, live blog, weather, gallery, events,
job ad, video and horoscope pages. Feeds, sitemaps and robots.txt on some
sites. Crawled once with /tmp/nr-base/newsroom: stored 39 of 39, titles
39, dates 39 (both relative ones too), authors 33 (agency credits under a
label unread: "Bron: Belga", "Quelle: APA", "Zdroj: ČTK", "Sursa:
Agerpres"; "Forrás: MTI" read only through <meta name="author">; the
Romanian JSON-LD author, the publisher's name, taken over "Autor: A și B"
three times), bodies 9 of 13 (comments kept on the Tyrolean, Liège and
Brno templates, the Szeged newsletter box), 2 of 144 non-articles stored
(the Szeged impressum and the Biel job ad, both dated by the masthead's
today); three home pages and a search page were judged consent walls.
Writes the sites and truth.json under the directory given as the first
argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18114
rnd = random.Random("web-ai")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
NOW = DT.now(datetime.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
TODAY = NOW.date()


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:70].strip("-")
    return s or "x"


def iso(d, off):
    """d local, off minutes east of UTC."""
    if off is None:
        return (d).strftime("%Y-%m-%dT%H:%M:%SZ")
    sign = "+" if off >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, abs(off) // 60, abs(off) % 60)


def to_utc(d, off): return d - TD(minutes=off)


MON = {k: v.split() for k, v in dict(
    nl="januari februari maart april mei juni juli augustus september oktober november december",
    at="Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    de="Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    fr="janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    it="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    es="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    pt="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ro="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    hu="január február március április május június július augusztus szeptember október november december",
    cs="ledna února března dubna května června července srpna září října listopadu prosince",
    el="Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου").items()}
WD = {k: v.split() for k, v in dict(
    nl="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    nlb="ma di wo do vr za zo",
    de="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    at="Mo. Di. Mi. Do. Fr. Sa. So.",
    fr="lundi mardi mercredi jeudi vendredi samedi dimanche",
    it="Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica",
    es="lunes martes miércoles jueves viernes sábado domingo",
    pt="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    ro="luni marți miercuri joi vineri sâmbătă duminică",
    hu="hétfő kedd szerda csütörtök péntek szombat vasárnap",
    cs="pondělí úterý středa čtvrtek pátek sobota neděle",
    el="Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή").items()}


def mo(k, d): return MON[k][d.month - 1]


def wd(k, d): return WD[k][d.weekday()]


# Stories per site: headline, local time, UTC offset in minutes, zone shown (or None),
# authors (truth), the credit as shown, paragraphs.
S = {}
S["nl"] = [
 ("Tramlijn 16 rijdt vanaf de zomer weer door de binnenstad", DT(2025, 3, 3, 14, 5), 60, None, ["Femke de Vries", "Joris Bakker"], "Door Femke de Vries en Joris Bakker", [
  "Na bijna twee jaar van werkzaamheden rijdt tramlijn 16 vanaf juli weer via de Grote Marktstraat. Dat heeft de wethouder voor mobiliteit maandagmiddag bekendgemaakt in de commissie Leefomgeving.",
  "Het spoor in de binnenstad moest worden vervangen omdat de fundering onder de rails op meerdere plekken was verzakt. De HTM liet de tram sinds het voorjaar van 2023 omrijden via het Centraal Station, wat reizigers gemiddeld zes minuten extra kostte.",
  "Winkeliers in de Grote Marktstraat reageren opgelucht. 'De bouwhekken hebben ons veel klanten gekost', zegt de voorzitter van de winkeliersvereniging. 'We hopen dat het winkelend publiek nu snel terugkomt.'",
  "De gemeente trekt voor het project ruim 38 miljoen euro uit, waarvan een deel door het Rijk wordt betaald. Tegelijk met het spoor zijn de riolering en de bestrating vernieuwd.",
  "In de laatste weken voor de heropening gaat de HTM proefritten maken, ook 's nachts. Omwonenden krijgen daarover deze week een brief."]),
 ("Scheveningse vissers vrezen gevolgen van nieuwe windparken op zee", DT(2025, 3, 5, 7, 40), 60, None, ["ANP"], "Door ANP", [
  "Vissers uit Scheveningen maken zich zorgen over de plannen van het kabinet om tot 2032 tientallen nieuwe windparken in de Noordzee te bouwen. Volgens de visserijorganisatie verdwijnen daardoor juist de gebieden waar de vloot het meest vangt.",
  "In windparken mag niet met sleepnetten worden gevist. De sector schat dat ongeveer een vijfde van de huidige visgronden voor de Hollandse kust de komende jaren wordt afgesloten.",
  "Het ministerie van Klimaat en Groene Groei laat weten dat er overleg is met de vissers over compensatie en over proeven met andere vangstmethoden tussen de turbines. Een eerste proef met passieve netten begint dit voorjaar.",
  "Op de afslag in Scheveningen is de stemming somber. Veel schippers zijn de afgelopen jaren al gestopt na de brexit en de saneringsregeling van de overheid."]),
 ("Gemeente wil duizend extra studentenkamers bouwen in Laak", DT(2025, 3, 10, 16, 20), 60, None, ["Sanne Jansen"], "Door Sanne Jansen", [
  "Het college wil de komende vijf jaar duizend nieuwe studentenkamers laten bouwen in het stadsdeel Laak. Daarmee moet het tekort aan betaalbare kamers in de stad fors kleiner worden.",
  "De eerste driehonderd kamers komen in een leegstaand kantoorgebouw bij station Hollands Spoor. Woningcorporatie Staedion heeft het pand gekocht en begint na de zomer met de verbouwing.",
  "Studentenorganisaties zijn blij met het plan, maar wijzen erop dat de huur wel betaalbaar moet blijven. 'Een kamer van zeven hectare is geen oplossing als die 900 euro kost', grapt een woordvoerder.",
  "Bewoners van Laak willen dat de gemeente ook investeert in voorzieningen in de wijk, zoals sportvelden en een buurthuis. De gemeenteraad bespreekt het plan in april."]),
]
S["nlb"] = [
 ("Geel krijgt nieuw zwembad met buitenbad en sauna", DT(2025, 2, 11, 6, 30), 60, None, ["Pieter Claes", "Lotte Peeters"], "Pieter Claes en Lotte Peeters", [
  "Geel krijgt tegen 2027 een nieuw stedelijk zwembad. Het stadsbestuur heeft maandagavond de bouwvergunning goedgekeurd voor een complex met een wedstrijdbad, een instructiebad, een buitenbad en een sauna.",
  "Het huidige zwembad aan de Pas dateert van 1972 en is volgens de stad niet meer te renoveren. De technische installaties zijn verouderd en het dak lekt op verschillende plaatsen.",
  "De bouw kost ongeveer 24 miljoen euro. Vlaanderen draagt via het sportinfrastructuurplan vier miljoen bij. Tijdens de werken kunnen de scholen terecht in het zwembad van Mol.",
  "De zwemclub is tevreden met het ontwerp, al had ze graag een tribune met meer zitplaatsen gezien. 'Maar we zijn vooral blij dat er eindelijk een beslissing is', zegt de voorzitter.",
  "De werken starten na de zomer. Het oude zwembad blijft open tot het nieuwe klaar is."]),
 ("Kempense boeren protesteren met tractoren tegen nieuwe stikstofregels", DT(2025, 2, 14, 15, 45), 60, None, ["Belga"], "Bron: Belga", [
  "Zo'n tweehonderd landbouwers hebben vrijdag met hun tractoren actiegevoerd in Turnhout. Ze protesteren tegen de nieuwe stikstofregels die volgens hen tientallen bedrijven in de Kempen bedreigen.",
  "De boeren reden in een lange stoet over de ring en verzamelden zich daarna op de Grote Markt. Daar overhandigden ze een petitie aan de gouverneur van de provincie Antwerpen.",
  "Volgens de landbouworganisaties liggen veel bedrijven in de buurt van kwetsbare natuurgebieden, waardoor ze geen nieuwe vergunning krijgen. Ze vragen een uitkoopregeling die eerlijker is voor jonge boeren.",
  "De actie verliep rustig, maar zorgde wel voor lange files op de R13 en de E34. De politie had vooraf een omleiding ingesteld. (belga)"]),
 ("Turnhoutse speelkaartenfabriek viert honderdvijftigste verjaardag", DT(2025, 2, 20, 10, 0), 60, None, ["An Wouters"], "An Wouters", [
  "De speelkaartenfabriek in Turnhout bestaat honderdvijftig jaar. Het bedrijf, dat vandaag kaarten naar meer dan zestig landen uitvoert, opent ter gelegenheid daarvan de deuren voor het publiek.",
  "Turnhout staat al sinds de negentiende eeuw bekend als de stad van de speelkaart. Op het hoogtepunt werkten er meer dan tweeduizend mensen in de sector.",
  "Vandaag stelt de fabriek nog honderdtwintig mensen te werk. De directie investeert in nieuwe drukpersen om ook kleinere oplagen voor bordspelmakers te kunnen drukken.",
  "Het Nationaal Museum van de Speelkaart pakt in het najaar uit met een tentoonstelling over de geschiedenis van het bedrijf."]),
]
S["at"] = [
 ("Nordkettenbahn in Innsbruck erhält neue Kabinen", DT(2025, 1, 13, 6, 30), 60, None, ["Johanna Gruber"], "Von Johanna Gruber", [
  "Die Seegrubenbahn auf der Innsbrucker Nordkette bekommt im Frühjahr neue Kabinen. Die Betreibergesellschaft hat den Auftrag an einen Vorarlberger Seilbahnhersteller vergeben, die Kosten liegen bei rund 4,2 Millionen Euro.",
  "Die neuen Kabinen fassen jeweils 80 Personen, zehn mehr als bisher. Zudem erhalten sie größere Panoramafenster und Stellplätze für Kinderwagen und Fahrräder.",
  "Während des Umbaus wird die Bahn von Mitte April bis Ende Mai stillstehen. Die Hungerburgbahn fährt in dieser Zeit planmäßig, Wanderer können über den Goetheweg aufsteigen.",
  "Die Nordkettenbahnen zählten im vergangenen Jahr mehr als 600.000 Fahrgäste, ein Rekord. Vor allem Gäste aus dem Ausland nutzen die Verbindung aus der Innenstadt auf über 2000 Meter Seehöhe."]),
 ("Lawinenwarnstufe vier in weiten Teilen Tirols", DT(2025, 2, 3, 14, 5), 60, "MEZ", ["Markus Steiner", "Theresa Hofer"], "Von Markus Steiner und Theresa Hofer", [
  "Nach starken Schneefällen hat der Lawinenwarndienst Tirol für weite Teile des Landes die Warnstufe vier von fünf ausgerufen. Betroffen sind vor allem das Arlberggebiet, das Paznaun und die Ötztaler Alpen.",
  "Seit Samstag sind oberhalb von 1500 Metern bis zu eineinhalb Meter Neuschnee gefallen. Der stürmische Nordwestwind hat den Schnee verfrachtet und große Triebschneepakete gebildet.",
  "Mehrere Straßen wurden gesperrt, darunter die Zufahrt nach Galtür und die Kaunertaler Gletscherstraße. Einige hundert Urlauber sitzen in ihren Unterkünften fest, die Versorgung ist gesichert.",
  "Die Experten raten dringend davon ab, die gesicherten Pisten zu verlassen. Spontane Lawinen seien auch in mittleren Höhenlagen möglich.",
  "Für Dienstag wird eine leichte Entspannung erwartet, die Warnstufe dürfte aber frühestens am Mittwoch gesenkt werden."]),
 ("Tiroler Gastronomie sucht dringend Personal für die Sommersaison", DT(2025, 2, 17, 11, 20), 60, None, ["APA"], "Quelle: APA", [
  "Den Tiroler Tourismusbetrieben fehlen für die kommende Sommersaison rund 4000 Arbeitskräfte. Das geht aus einer Umfrage der Wirtschaftskammer hervor, die am Montag in Innsbruck präsentiert wurde.",
  "Am stärksten gesucht sind Köchinnen und Köche sowie Servicepersonal. Viele Betriebe verkürzen bereits ihre Öffnungszeiten oder bieten nur noch eine eingeschränkte Speisekarte an.",
  "Die Branche fordert eine Ausweitung der Saisonkontingente für Arbeitskräfte aus Drittstaaten. Das Arbeitsmarktservice verweist auf eigene Programme, mit denen Arbeitslose aus Ostösterreich für Tirol gewonnen werden sollen.",
  "Gewerkschaftsvertreter sehen die Ursache vor allem bei den Arbeitsbedingungen. Wer faire Löhne zahle und Unterkünfte anbiete, finde auch Personal, hieß es."]),
]
S["ch"] = [
 ("Bieler Stadtrat bewilligt Kredit für neue Velostation am Bahnhof", DT(2024, 9, 12, 14, 5), 120, None, ["Reto Zbinden"], "Text: Reto Zbinden", [
  "Der Bieler Stadtrat hat am Donnerstag einen Kredit von 7,8 Millionen Franken für eine neue Velostation auf der Seeseite des Bahnhofs gutgeheissen. Der Entscheid fiel mit 41 zu 12 Stimmen.",
  "Die unterirdische Anlage soll Platz für 1400 Velos bieten, darunter gesicherte Abstellplätze für E-Bikes und Lastenvelos. Heute stehen rund um den Bahnhof täglich hunderte Velos wild abgestellt.",
  "Gegen das Projekt stimmten Teile der bürgerlichen Fraktionen. Sie kritisierten die hohen Kosten pro Abstellplatz und verlangten, dass die Nutzerinnen und Nutzer eine Gebühr bezahlen.",
  "Der Gemeinderat will die Velostation bis Ende 2026 in Betrieb nehmen. Weil der Kredit die Grenze von zehn Millionen Franken nicht überschreitet, kommt es zu keiner Volksabstimmung."]),
 ("Le Festival du film français d'Helvétie attire un public record", DT(2024, 9, 16, 18, 40), 120, None, ["Chloé Rochat", "Luc Girard"], "Texte: Chloé Rochat et Luc Girard", [
  "Le Festival du film français d'Helvétie a refermé ses portes dimanche soir sur un record de fréquentation. Plus de 21 000 spectateurs ont assisté aux projections à Bienne, soit une hausse de dix pour cent.",
  "Les organisateurs se réjouissent en particulier du succès des avant-premières, dont plusieurs ont affiché complet en quelques heures. Une vingtaine de cinéastes et d'acteurs français avaient fait le déplacement.",
  "Le festival a aussi attiré de nombreux spectateurs alémaniques, grâce aux sous-titres en allemand proposés pour la plupart des films. La directrice y voit la preuve que le bilinguisme biennois reste vivant.",
  "La prochaine édition aura lieu du 10 au 14 septembre 2025. Le comité souhaite ajouter une salle en plein air sur l'esplanade Laure-Wyss."]),
 ("Uhrenindustrie im Seeland spürt schwächere Nachfrage aus China", DT(2024, 10, 2, 9, 15), 120, None, ["SDA"], "Autor: SDA", [
  "Die Uhrenexporte der Schweiz sind im August erneut zurückgegangen. Besonders stark brach die Nachfrage aus China und Hongkong ein, wie der Verband der Schweizerischen Uhrenindustrie am Mittwoch mitteilte.",
  "Die Ausfuhren sanken gegenüber dem Vorjahresmonat um knapp neun Prozent auf 1,9 Milliarden Franken. Nach China wurden sogar fast die Hälfte weniger Uhren geliefert.",
  "Im Seeland, wo mehrere grosse Marken ihre Werke haben, wächst die Sorge um Arbeitsplätze. Erste Zulieferer haben Kurzarbeit beantragt.",
  "Besser lief das Geschäft in den USA und in Japan. Branchenkenner erwarten, dass sich die Lage erst im kommenden Jahr stabilisiert."]),
]
S["frb"] = [
 ("Liège: le tram passera ses derniers tests en mars", DT(2025, 1, 21, 14, 5), 60, None, ["Julie Lambert", "Thomas Dubois"], "Par Julie Lambert et Thomas Dubois", [
  "Le tram de Liège entrera dans sa dernière phase d'essais au mois de mars. Les rames circuleront alors à vide sur l'ensemble du tracé, entre Sclessin et Coronmeuse, aux heures de pointe.",
  "Ces essais doivent permettre de vérifier la synchronisation des feux de signalisation et le comportement des rames dans la circulation réelle. Les conducteurs poursuivent parallèlement leur formation.",
  "La mise en service commerciale est toujours annoncée pour le printemps, après plusieurs reports. Les commerçants du centre-ville, durement touchés par les chantiers, attendent ce moment avec impatience.",
  "L'opérateur rappelle aux piétons et aux cyclistes de rester attentifs: les rames sont silencieuses et ne peuvent pas freiner aussi vite qu'un bus."]),
 ("Grève des TEC: le trafic fortement perturbé ce lundi en province de Liège", DT(2025, 1, 27, 6, 50), 60, None, ["Belga"], "Par Belga", [
  "Le trafic des bus TEC est fortement perturbé ce lundi en province de Liège en raison d'une grève des chauffeurs. Seule une ligne sur trois est assurée, selon la direction.",
  "Les syndicats protestent contre la réforme des pensions annoncée par le gouvernement fédéral. Ils dénoncent aussi la dégradation des conditions de travail et le manque de personnel.",
  "Les écoles ont été prévenues dès vendredi. De nombreux parents ont dû conduire eux-mêmes leurs enfants, ce qui a provoqué des embouteillages sur les grands axes.",
  "Un nouveau mouvement est annoncé pour la mi-février si les négociations n'aboutissent pas."]),
 ("Un nouveau marché couvert ouvrira ses portes en Outremeuse", None, 60, None, ["Sophie Renard"], "Par Sophie Renard", [
  "Le quartier d'Outremeuse aura bientôt son marché couvert. La Ville a choisi le projet qui transformera l'ancien garage de la rue Puits-en-Sock en halle alimentaire.",
  "Une vingtaine d'étals y accueilleront des producteurs locaux, des bouchers, des fromagers et des maraîchers. Un espace de restauration est prévu à l'étage.",
  "Les habitants réclamaient depuis longtemps un lieu de ce type dans le quartier. Le comité de quartier salue un projet qui respecte l'architecture du bâtiment.",
  "Les travaux doivent débuter à l'automne et durer environ un an."]),
]
S["it"] = [
 ("Desenzano, via libera al nuovo lungolago pedonale", DT(2024, 11, 5, 14, 5), 60, None, ["Marco Bianchi", "Giulia Ferri"], "Di Marco Bianchi e Giulia Ferri", [
  "Il consiglio comunale di Desenzano del Garda ha approvato ieri sera il progetto definitivo del nuovo lungolago pedonale. Il tratto tra il porto vecchio e la spiaggia d'Oro sarà chiuso alle auto a partire dalla prossima estate.",
  "Il progetto prevede una nuova pavimentazione in pietra, panchine, alberature e un percorso ciclabile separato. Il costo complessivo è di 3,6 milioni di euro, in parte coperto da fondi regionali.",
  "I commercianti si dividono. C'è chi teme di perdere clienti per la mancanza di parcheggi e chi invece vede nella pedonalizzazione un'occasione per rilanciare il centro.",
  "Il sindaco ha promesso un parcheggio multipiano vicino alla stazione e un servizio navetta gratuito nei fine settimana.",
  "I lavori inizieranno dopo le feste di fine anno e dovranno concludersi entro maggio."]),
 ("Garda, il livello del lago torna sopra la media stagionale", DT(2024, 11, 12, 9, 30), 60, None, ["ANSA"], "Di Redazione ANSA", [
  "Dopo un autunno molto piovoso il livello del lago di Garda è tornato sopra la media del periodo. Secondo i dati della Comunità del Garda, l'idrometro di Peschiera segna 118 centimetri.",
  "Solo due anni fa il lago aveva toccato uno dei minimi storici, con le rocce affioranti attorno all'isola di San Biagio diventate meta di turisti.",
  "Gli esperti invitano comunque alla prudenza: la gestione delle acque deve tenere conto delle esigenze dell'agricoltura a valle, che in estate assorbe grandi quantità d'acqua.",
  "La regolazione del deflusso attraverso il Mincio resta affidata a un tavolo tecnico tra le regioni."]),
 ("Olio del Garda, raccolta dimezzata per colpa della mosca olearia", DT(2024, 11, 20, 17, 45), 60, None, ["Paolo Rinaldi"], "Di Paolo Rinaldi", [
  "Sarà un'annata difficile per l'olio extravergine del Garda. Secondo il consorzio di tutela, la produzione si fermerà a circa la metà di quella dello scorso anno.",
  "La causa principale è la mosca olearia, favorita da un'estate calda e umida. In molti uliveti della sponda bresciana i frutti sono caduti prima della raccolta.",
  "I frantoi lavorano a ritmo ridotto e i prezzi all'ingrosso sono già saliti. I produttori temono di perdere quote di mercato a favore di oli stranieri meno cari.",
  "Il consorzio chiede alla Regione aiuti per i trattamenti biologici e per l'installazione di trappole."]),
]
S["es"] = [
 ("El Ayuntamiento aprueba la peatonalización de la calle Ancha", DT(2025, 3, 3, 14, 5), 60, None, ["Lucía Moreno", "Javier Ruiz"], "Por Lucía Moreno y Javier Ruiz", [
  "El pleno del Ayuntamiento de Cádiz aprobó este lunes la peatonalización completa de la calle Ancha y de las calles adyacentes de San José y Benjumeda. La medida entrará en vigor el 1 de junio.",
  "A partir de esa fecha solo podrán circular vehículos de carga y descarga en horario de mañana, los servicios de emergencia y los residentes con plaza de garaje.",
  "Los comerciantes del centro histórico han recibido la noticia con división de opiniones. La asociación de empresarios pide más aparcamientos disuasorios en la entrada de la ciudad.",
  "El alcalde defendió que la medida mejorará la calidad del aire y hará más atractivo el casco antiguo para los vecinos y los cruceristas.",
  "La oposición votó en contra y reclamó un estudio de movilidad antes de cerrar más calles al tráfico."]),
 ("El temporal de levante obliga a suspender las conexiones marítimas con Tánger", DT(2025, 3, 6, 8, 20), 60, None, ["EFE"], "EFE | Cádiz", [
  "El fuerte viento de levante ha obligado este jueves a suspender todas las conexiones marítimas entre el puerto de Tarifa y Tánger, según informó la Autoridad Portuaria de la Bahía de Algeciras.",
  "Las rachas superaron los 90 kilómetros por hora en el Estrecho durante la madrugada. Algunas navieras han desviado a sus pasajeros hacia el puerto de Algeciras, donde la navegación se mantiene con restricciones.",
  "La Agencia Estatal de Meteorología mantiene el aviso naranja en el litoral gaditano hasta el viernes por la tarde.",
  "Protección Civil recomienda evitar los paseos marítimos y no acercarse a las zonas de rompientes."]),
 ("Los astilleros de Puerto Real firman un contrato para construir cuatro buques", DT(2025, 4, 8, 19, 30), 120, "CEST", ["Carmen Vidal"], "Por Carmen Vidal", [
  "Los astilleros de Puerto Real han firmado un contrato para construir cuatro buques de apoyo logístico para una naviera noruega. El pedido garantiza carga de trabajo durante al menos tres años.",
  "La empresa calcula que el contrato generará unos 1.200 empleos directos e indirectos en la Bahía de Cádiz, sobre todo en la industria auxiliar.",
  "Los sindicatos celebraron el acuerdo, aunque advierten de que la plantilla propia sigue envejecida y reclaman nuevas contrataciones.",
  "El primer corte de chapa está previsto para el próximo mes de septiembre."]),
]
S["la"] = [
 ("Bogotá pone a prueba la primera línea de su metro elevado", DT(2025, 3, 4, 21, 40), -300, "COT", ["Andrés Gómez Restrepo"], "Por: Andrés Gómez Restrepo", [
  "Los primeros trenes de la línea 1 del metro de Bogotá comenzaron este martes las pruebas dinámicas en el viaducto del sur de la ciudad. Durante las próximas semanas circularán sin pasajeros entre el patio taller de Bosa y la avenida Primero de Mayo.",
  "Las pruebas buscan comprobar los frenos, la señalización y la comunicación entre los trenes y el centro de control. La empresa concesionaria prevé que la línea completa abra al público en 2028.",
  "Para muchos bogotanos el metro es una promesa que lleva más de medio siglo sin cumplirse. Varios proyectos anteriores se quedaron en los planos por falta de financiación o por cambios de gobierno.",
  "La alcaldía insiste en que el cronograma se cumplirá y anunció que la segunda línea, hacia Suba y Engativá, se adjudicará este mismo año.",
  "Mientras tanto, los comerciantes de la avenida Villavicencio se quejan de las obras, que han reducido sus ventas desde hace dos años."]),
 ("Santiago suma cuarenta kilómetros de ciclovías antes del invierno", DT(2025, 5, 20, 10, 15), -240, "CLT", ["Camila Rojas", "Matías Fuentes"], "Escrito por Camila Rojas y Matías Fuentes", [
  "La Región Metropolitana inauguró este martes cuarenta kilómetros de nuevas ciclovías en ocho comunas de Santiago, la mayor ampliación de la red desde 2019.",
  "Los nuevos tramos conectan barrios de Maipú, Pudahuel y La Florida con las estaciones de metro más cercanas. Todos están separados del tráfico por bordillos de hormigón.",
  "Las organizaciones de ciclistas valoraron la obra, pero pidieron mejorar la iluminación antes de que lleguen los días más cortos del invierno.",
  "Según el gobierno regional, el número de viajes en bicicleta en la capital se ha duplicado en la última década."]),
 ("El Callao inaugura su nuevo muelle de contenedores", DT(2025, 6, 10, 18, 30), -300, "PET", ["Rosa Quispe Mamani"], "Autor: Rosa Quispe Mamani", [
  "El puerto del Callao inauguró este martes su nuevo muelle de contenedores, que permitirá recibir buques de hasta 400 metros de eslora. La obra costó cerca de 800 millones de dólares.",
  "Con la ampliación, la capacidad del terminal crece un cuarenta por ciento. Las autoridades esperan que el Callao compita con Chancay, el megapuerto inaugurado el año pasado al norte de Lima.",
  "Los transportistas advierten, sin embargo, de que los accesos por carretera siguen colapsados y piden acelerar la construcción de la vía expresa.",
  "El Ministerio de Transportes anunció que presentará un plan de accesos antes de fin de año."]),
]
S["pt"] = [
 ("Aveiro vai ter nova linha de autocarros elétricos até à universidade", DT(2025, 1, 14, 14, 5), 0, "WET", ["Ana Sousa", "Rui Carvalho"], "Por Ana Sousa e Rui Carvalho", [
  "A Câmara Municipal de Aveiro vai lançar, a partir de abril, uma nova linha de autocarros elétricos entre a estação ferroviária e o campus de Santiago da universidade, com passagens a cada dez minutos.",
  "A autarquia recebeu esta semana os primeiros oito veículos, num investimento de 6,5 milhões de euros financiado pelo Plano de Recuperação e Resiliência.",
  "Os estudantes saudaram a decisão. A associação académica lembra que a atual ligação é feita por autocarros antigos e muitas vezes lotados nas horas de ponta.",
  "O presidente da câmara admitiu alargar a linha à praia da Barra durante o verão, se a procura o justificar."]),
 ("Subida do caudal do Vouga obriga a cortar estrada em Águeda", NOW - TD(hours=2), 0, None, ["Lusa"], "Lusa", [
  "A subida do caudal do rio Vouga obrigou ao corte da estrada que liga Águeda a Eirol, junto à ponte de Requeixo, informou a Proteção Civil municipal.",
  "Segundo a mesma fonte, a água galgou as margens durante a noite, na sequência da chuva intensa dos últimos dias. Não há registo de feridos nem de desalojados.",
  "O trânsito está a ser desviado pela estrada nacional e as autoridades pedem aos condutores que evitem atravessar zonas alagadas.",
  "O Instituto Português do Mar e da Atmosfera prevê que a chuva continue até ao fim de semana."]),
 ("Universidade de Aveiro cria centro de investigação em materiais cerâmicos", DT(2025, 2, 5, 10, 30), 0, None, ["Marta Gonçalves"], "Por Marta Gonçalves", [
  "A Universidade de Aveiro inaugurou um novo centro de investigação dedicado aos materiais cerâmicos, em parceria com empresas da região de Ílhavo e Águeda.",
  "O centro vai reunir cerca de sessenta investigadores e terá laboratórios para testar pastas, vidrados e novos processos de cozedura com menor consumo de energia.",
  "A indústria cerâmica emprega milhares de pessoas no distrito e enfrenta a subida dos custos do gás natural. As empresas esperam que a investigação ajude a reduzir a fatura energética.",
  "O reitor sublinhou que o centro estará aberto a estudantes de mestrado e doutoramento de todo o país."]),
]
S["ro"] = [
 ("Cluj-Napoca: licitația pentru metrou, amânată din nou", DT(2025, 3, 3, 14, 5), 120, None, ["Andrei Popescu", "Ioana Marin"], "Autor: Andrei Popescu și Ioana Marin", [
  "Licitația pentru construcția primei linii de metrou din Cluj-Napoca a fost amânată din nou, după ce mai mulți ofertanți au depus contestații la Consiliul Național de Soluționare a Contestațiilor.",
  "Primăria spera să semneze contractul până în primăvară. Acum, termenul s-ar putea prelungi cu cel puțin trei luni, potrivit reprezentanților municipalității.",
  "Proiectul, estimat la peste două miliarde de euro, prevede o linie de 21 de kilometri între Florești și cartierul Sopor, cu 19 stații.",
  "Primarul a declarat că amânarea nu pune în pericol finanțarea europeană, dar a recunoscut că graficul lucrărilor este foarte strâns."]),
 ("Festivalul TIFF anunță filmul de deschidere al ediției din acest an", DT(2025, 5, 27, 12, 0), 180, None, ["Agerpres"], "Sursa: Agerpres", [
  "Festivalul Internațional de Film Transilvania a anunțat filmul care va deschide ediția din acest an, o coproducție româno-franceză care va avea premiera în Piața Unirii.",
  "Organizatorii estimează peste o sută de mii de spectatori în cele zece zile ale festivalului, la proiecțiile din Cluj-Napoca și din alte orașe ale Transilvaniei.",
  "Programul include peste două sute de filme, printre care o secțiune dedicată cinematografiei din Republica Moldova.",
  "Abonamentele sunt deja disponibile online, iar biletele pentru proiecțiile în aer liber vor fi gratuite."]),
 ("Spitalul Clinic Județean de Urgență primește un nou aparat RMN", DT(2025, 3, 12, 9, 45), 120, None, ["Mihai Dumitrescu"], "Autor: Mihai Dumitrescu", [
  "Spitalul Clinic Județean de Urgență din Cluj a primit un nou aparat de rezonanță magnetică, finanțat prin Programul Operațional Sănătate.",
  "Aparatul va reduce timpul de așteptare pentru investigații de la câteva săptămâni la câteva zile, au transmis reprezentanții spitalului.",
  "Până acum, pacienții erau adesea trimiși la clinici private, unde plăteau din buzunar costul investigației.",
  "Noul echipament va fi folosit și pentru cazurile de urgență din secția de neurologie."]),
]
S["hu"] = [
 ("Felújítják a szegedi Belvárosi hidat", DT(2025, 3, 3, 14, 5), 60, None, ["Kovács Péter", "Nagy Anna"], "Szerző: Kovács Péter és Nagy Anna", [
  "Nyáron megkezdődik a szegedi Belvárosi híd felújítása. A város közgyűlése hétfőn döntött a beruházásról, amelynek költsége meghaladja a nyolcmilliárd forintot.",
  "A munkálatok idején a hídon csak egy sávban lehet majd közlekedni, a villamosforgalom pedig több hónapra szünetel. A gyalogosok és a kerékpárosok végig átkelhetnek.",
  "A polgármester szerint a felújítás elkerülhetetlen, mert a híd szerkezetét utoljára a kilencvenes években javították. A vizsgálatok több helyen is korróziót találtak.",
  "A kereskedők attól tartanak, hogy a forgalomkorlátozás miatt kevesebben jönnek majd a belvárosba.",
  "A kivitelező vállalta, hogy a munkát két év alatt befejezi."]),
 ("Rekordot döntött a szegedi fűszerpaprika exportja", DT(2025, 3, 7, 10, 20), 60, None, ["MTI"], "Forrás: MTI", [
  "Soha nem látott mennyiségű fűszerpaprikát exportáltak tavaly a szegedi feldolgozók. A termékek legnagyobb része Németországba és Ausztriába került.",
  "A termelők szerint a jó termés mellett a földrajzi árujelző is segítette az értékesítést, mert a vásárlók egyre inkább keresik az eredetvédett termékeket.",
  "Az ágazat ugyanakkor munkaerőhiánnyal küzd, a betakarításhoz egyre nehezebb embert találni.",
  "A szakmai szervezet gépesítési támogatást kér a kormánytól."]),
 ("Új villamosok érkeznek Szegedre ősszel", DT(2025, 3, 18, 16, 50), 60, None, ["Tóth Eszter"], "Szerző: Tóth Eszter", [
  "Ősszel érkeznek az első új villamosok Szegedre. A közlekedési társaság nyolc alacsonypadlós járművet rendelt, amelyek a 3-as és a 4-es vonalon közlekednek majd.",
  "Az új villamosok légkondicionáltak, és kerekesszékkel is könnyen megközelíthetők. A régi, több mint negyvenéves szerelvények fokozatosan kivonják a forgalomból.",
  "A beszerzést nagyrészt uniós forrásból finanszírozzák.",
  "Az utasok már régóta panaszkodnak a nyári hőségre a régi kocsikban."]),
]
S["cs"] = [
 ("Brno prodlouží tramvajovou trať do kampusu v Bohunicích", DT(2025, 3, 3, 14, 5), 60, None, ["Jan Novák", "Petra Svobodová"], "Autoři: Jan Novák a Petra Svobodová", [
  "Brněnští zastupitelé v pondělí schválili prodloužení tramvajové trati z Bohunic do univerzitního kampusu. Stavba za téměř dvě miliardy korun má začít příští rok.",
  "Nová trať bude dlouhá přes tři kilometry a vznikne na ní pět zastávek. Studenti a zaměstnanci nemocnice se tak dostanou do kampusu bez přestupu z autobusu.",
  "Dopravní podnik počítá s tím, že tramvaje pojedou ve špičce každých pět minut. Část peněz by měla pocházet z evropských fondů.",
  "Opozice upozorňuje, že město zatím nemá vyřešené výkupy některých pozemků.",
  "Hotovo by mělo být do konce roku 2028."]),
 ("Na Vysočině napadlo až třicet centimetrů sněhu, silničáři jsou v pohotovosti", DT(2025, 3, 11, 7, 15), 60, None, ["ČTK"], "Zdroj: ČTK", [
  "Na Vysočině v noci na úterý napadlo až třicet centimetrů nového sněhu. Silničáři vyjeli se všemi sypači, přesto komplikace hlásí řidiči na dálnici D1.",
  "Nejhorší situace byla u Velkého Meziříčí, kde uvízlo několik kamionů. Policie doporučuje odložit cesty, které nejsou nutné.",
  "Meteorologové očekávají, že sněžení během dne ustane a odpoledne se oteplí.",
  "Bez proudu bylo ráno podle energetiků zhruba dva tisíce odběrných míst."]),
 ("Brněnské výstaviště chystá rekonstrukci pavilonu A", DT(2025, 3, 19, 12, 30), 60, None, ["Tomáš Dvořák"], "Autor: Tomáš Dvořák", [
  "Brněnské výstaviště připravuje rozsáhlou rekonstrukci pavilonu A, jedné z dominant areálu. Oprava kulturní památky má stát přes osm set milionů korun.",
  "Pavilon potřebuje novou střechu, okna a technické zázemí. Během opravy v něm nebudou probíhat veletrhy ani koncerty.",
  "Památkáři trvají na zachování původního vzhledu budovy z roku 1928.",
  "Práce by měly začít na podzim a trvat zhruba dva roky."]),
]
S["el"] = [
 ("Ξεκινά η επέκταση του μετρό Θεσσαλονίκης προς τα δυτικά", DT(2025, 3, 3, 14, 5), 120, "EET", ["Γιώργος Παπαδόπουλος"], "Συντάκτης: Γιώργος Παπαδόπουλος", [
  "Ξεκινούν τον Απρίλιο οι εργασίες για την επέκταση του μετρό Θεσσαλονίκης προς τις δυτικές συνοικίες. Η σύμβαση υπογράφηκε τη Δευτέρα στο υπουργείο Υποδομών.",
  "Η νέα γραμμή θα έχει μήκος περίπου πέντε χιλιομέτρων και θα εξυπηρετεί τον Εύοσμο, τη Σταυρούπολη και την Πολίχνη. Το κόστος υπολογίζεται σε 900 εκατομμύρια ευρώ.",
  "Οι κάτοικοι των δυτικών συνοικιών περιμένουν το έργο εδώ και χρόνια, καθώς η κυκλοφορία στις κεντρικές αρτηρίες είναι συχνά ασφυκτική.",
  "Ο δήμαρχος ζήτησε να ληφθούν μέτρα ώστε τα εργοτάξια να μην πλήξουν τα καταστήματα της περιοχής."]),
 ("Αυξημένη κίνηση στο λιμάνι της Θεσσαλονίκης το 2024", DT(2025, 3, 6, 11, 40), 120, None, ["ΑΠΕ-ΜΠΕ"], "ΑΠΕ-ΜΠΕ", [
  "Αύξηση της διακίνησης εμπορευματοκιβωτίων κατέγραψε το λιμάνι της Θεσσαλονίκης το 2024, σύμφωνα με τα στοιχεία που ανακοίνωσε ο Οργανισμός Λιμένος.",
  "Η κίνηση ξεπέρασε τα 500.000 εμπορευματοκιβώτια, ποσοστό αυξημένο κατά οκτώ τοις εκατό σε σχέση με το προηγούμενο έτος.",
  "Σημαντική άνοδο παρουσίασε και η κρουαζιέρα, με περισσότερα από εκατό πλοία να δένουν στο λιμάνι.",
  "Η διοίκηση αποδίδει τα αποτελέσματα στις νέες γερανογέφυρες και στη βελτίωση της σιδηροδρομικής σύνδεσης."]),
 ("Νέο πάρκο στη θέση του πρώην στρατοπέδου Κόδρα", DT(2025, 3, 14, 9, 10), 120, None, ["Μαρία Γεωργίου", "Νίκος Αντωνίου"], "Συντάκτες: Μαρία Γεωργίου και Νίκος Αντωνίου", [
  "Σε μητροπολιτικό πάρκο μετατρέπεται το πρώην στρατόπεδο Κόδρα στην Καλαμαριά. Η μελέτη παρουσιάστηκε την Παρασκευή στο δημοτικό συμβούλιο.",
  "Το πάρκο θα έχει έκταση 250 στρεμμάτων, με ποδηλατόδρομους, παιδικές χαρές και χώρους για συναυλίες. Τα παλιά κτίρια θα αναστηλωθούν και θα στεγάσουν πολιτιστικούς συλλόγους.",
  "Οι περιβαλλοντικές οργανώσεις ζητούν να διατηρηθεί όσο το δυνατόν περισσότερο πράσινο και να μη χτιστούν νέες εγκαταστάσεις.",
  "Η δημοπράτηση του έργου αναμένεται μέσα στο καλοκαίρι."]),
]

# Per site: name, language, how the date is shown, texts for the furniture.
COOKIE = {
 "nl": "Wij gebruiken cookies om onze website te verbeteren en advertenties te tonen. Klik op Akkoord om verder te gaan.",
 "nlb": "Deze website gebruikt cookies. Door verder te surfen ga je akkoord met ons cookiebeleid.",
 "at": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit Klick auf Zustimmen akzeptieren Sie dies.",
 "ch": "Diese Website verwendet Cookies. Ce site utilise des cookies.",
 "frb": "Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez leur utilisation.",
 "it": "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.",
 "es": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, acepta su uso.",
 "la": "Usamos cookies para personalizar el contenido. Al seguir navegando aceptas nuestra política de privacidad.",
 "pt": "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização.",
 "ro": "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Continuarea navigării implică acceptarea lor.",
 "hu": "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával elfogadja ezeket.",
 "cs": "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti. Používáním webu s tím souhlasíte.",
 "el": "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.",
}
NEWSL = {
 "nl": "Ontvang elke ochtend het belangrijkste Haagse nieuws in je mailbox. Meld je aan voor onze nieuwsbrief.",
 "nlb": "Schrijf je in op onze nieuwsbrief en ontvang elke avond het nieuws uit de Kempen.",
 "at": "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus Tirol.",
 "frb": "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité liégeoise.",
 "it": "Iscriviti alla newsletter del Corriere del Garda e ricevi ogni mattina le notizie del lago.",
 "es": "Suscríbete a nuestro boletín y recibe cada mañana las noticias de la provincia.",
 "pt": "Subscreva a nossa newsletter e receba todas as manhãs as principais notícias da região.",
 "hu": "Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb szegedi híreket.",
 "cs": "Přihlaste se k odběru newsletteru a každé ráno dostanete nejdůležitější zprávy z Brna.",
}


def rel(k, n):
    """'n hours ago' as the sidebars show it (n minutes for de)."""
    return dict(nl="%d uur geleden", nlb="%d uur geleden", at="vor %d Stunden", ch="vor %d Minuten", frb="il y a %d heures", it="%d ore fa",
                es="hace %d horas", la="hace %d horas", pt="há %d horas", ro="acum %d ore", hu="%d órája", cs="před %d hodinami",
                el="πριν από %d ώρες")[k] % n


def longday(k, d):
    """The masthead's today."""
    return {
        "nl": lambda: "%s %d %s %d" % (wd("nl", d), d.day, mo("nl", d), d.year),
        "nlb": lambda: "%s %d %s %d" % (wd("nl", d), d.day, mo("nl", d), d.year),
        "at": lambda: "%s, %d. %s %d" % (WD["de"][d.weekday()], d.day, mo("at", d), d.year),
        "ch": lambda: "%d.%d.%d" % (d.day, d.month, d.year),
        "frb": lambda: "%s %d %s %d" % (wd("fr", d), d.day, mo("fr", d), d.year),
        "it": lambda: "%s %d %s %d" % (wd("it", d), d.day, mo("it", d), d.year),
        "es": lambda: "%s, %d de %s de %d" % (wd("es", d), d.day, mo("es", d), d.year),
        "la": lambda: "%s %d de %s de %d" % (wd("es", d), d.day, mo("es", d), d.year),
        "pt": lambda: "%s, %d de %s de %d" % (wd("pt", d), d.day, mo("pt", d), d.year),
        "ro": lambda: "%s, %d %s %d" % (wd("ro", d), d.day, mo("ro", d), d.year),
        "hu": lambda: "%d. %s %d., %s" % (d.year, mo("hu", d), d.day, wd("hu", d)),
        "cs": lambda: "%s %d. %s %d" % (wd("cs", d), d.day, mo("cs", d), d.year),
        "el": lambda: "%s %d %s %d" % (wd("el", d), d.day, mo("el", d), d.year),
    }[k]()


def shortday(k, d):
    """A teaser's day on archive, tag and author pages."""
    return {
        "nl": "%02d-%02d-%d", "nlb": "%02d/%02d/%d", "at": "%02d.%02d.%d", "ch": "%d.%d.%d", "frb": "%02d/%02d/%d", "it": "%02d/%02d/%d",
        "es": "%d/%d/%d", "la": "%02d/%02d/%d", "pt": "%02d/%02d/%d", "ro": "%02d.%02d.%d", "hu": None, "cs": "%d. %d. %d", "el": "%02d/%02d/%d",
    }[k] % (d.day, d.month, d.year) if k != "hu" else "%d. %02d. %02d." % (d.year, d.month, d.day)


# ---------------------------------------------------------------- the sites
SITES = [
 dict(k="nl", lang="nl-NL", name="Haagse Stadskrant", dom="haagsestadskrant.nl", sec=("Stad", "/categorie/stad/"), tag=("Openbaar vervoer", "/tag/openbaar-vervoer/"),
      about=("Over ons en contact", "/over-ons/", "De Haagse Stadskrant is een onafhankelijke nieuwssite over Den Haag en omgeving, opgericht in 2011. Tips? Mail naar redactie@haagsestadskrant.nl of bel 070 123 45 67."),
      search=("Zoekresultaten voor: tram", "/zoeken/?s=tram", "Er zijn 3 resultaten gevonden."), arch=("Archief: maart 2025", "/2025/03/"),
      bio="%s schrijft voor de Haagse Stadskrant over verkeer, wonen en de gemeenteraad.", more="Lees ook", popular="Meest gelezen",
      extras=[("podcast", "/podcast/", "Podcast: De Haagse Week", "Elke vrijdag bespreken onze verslaggevers het nieuws van de week.", ["Aflevering 48: de tram keert terug", "Aflevering 47: studenten zonder kamer", "Aflevering 46: de visafslag"]),
              ("newsletter", "/nieuwsbrief/", "Nieuwsbrief", NEWSL["nl"], None)]),
 dict(k="nlb", lang="nl-BE", name="Kempisch Dagblad", dom="kempischdagblad.be", sec=("Regio", "/regio/"), tag=("Landbouw", "/tag/landbouw/"),
      about=("Contact", "/contact/", "Kempisch Dagblad, Grote Markt 12, 2300 Turnhout. Redactie: 014 12 34 56, redactie@kempischdagblad.be."),
      search=("Zoeken: zwembad", "/zoeken/?q=zwembad", "2 artikels gevonden voor 'zwembad'."), arch=("Archief februari 2025", "/archief/2025-02/"),
      bio="%s is journaliste bij de regioredactie Kempen.", more="Meer nieuws", popular="Meest gelezen",
      extras=[("live", "/live/carnaval-aalst/", "LIVE. Stoet trekt door Turnhout voor carnaval", "Volg de carnavalsstoet minuut per minuut.", [("15.40", "De laatste praalwagen is aangekomen op de Grote Markt."), ("14.00", "De stoet vertrekt aan het station.")]),
              ("weather", "/weer/", "Het weer in de Kempen", "Vandaag bewolkt met af en toe regen.", [("Vandaag", "8°", "Regen"), ("Morgen", "10°", "Zonnig"), ("Overmorgen", "7°", "Bewolkt")])]),
 dict(k="at", lang="de-AT", name="Tiroler Bergbote", dom="bergbote.at", sec=("Tirol", "/tirol/"), tag=("Lawinen", "/thema/lawinen/"),
      about=("Impressum", "/impressum/", "Medieninhaber und Herausgeber: Tiroler Bergbote GmbH, Maria-Theresien-Straße 20, 6020 Innsbruck. Redaktion: redaktion@bergbote.at."),
      search=("Suchergebnisse für „Bahn“", "/suche/?q=bahn", "3 Treffer"), arch=("Archiv: Februar 2025", "/archiv/2025/02/"),
      bio="%s ist Redakteurin im Ressort Tirol.", more="Das könnte Sie auch interessieren", popular="Meistgelesen",
      extras=[("gallery", "/bilder/lawinenwinter/", "Bildergalerie: Der Lawinenwinter in Bildern", "Die eindrucksvollsten Bilder der vergangenen Tage.", ["Verschneite Straße nach Galtür", "Räumfahrzeug im Paznaun", "Lawinenkegel bei St. Anton"]),
              ("events", "/veranstaltungen/", "Veranstaltungen in Innsbruck", "Was ist los in Innsbruck? Die Tipps der Woche.", [("Fr., 14. März", "Konzert im Congress Innsbruck"), ("Sa., 15. März", "Bauernmarkt am Marktplatz")])]),
 dict(k="ch", lang="de-CH", name="Seeländer Bote", dom="seelaenderbote.ch", sec=("Biel/Bienne", "/biel-bienne/"), tag=("Uhrenindustrie", "/tag/uhrenindustrie/"),
      about=("Über uns / À propos", "/ueber-uns/", "Der Seeländer Bote erscheint seit 1978 zweisprachig in Biel. Le Messager seelandais paraît en allemand et en français. Redaktion: Zentralstrasse 40, 2502 Biel."),
      search=("Suche / Recherche: Velo", "/suche/?q=velo", "1 Resultat"), arch=("Archiv September 2024", "/archiv/2024/09/"),
      bio="%s ist Redaktor beim Seeländer Bote.", more="Mehr zum Thema / À lire aussi", popular="Meistgelesen / Les plus lus",
      extras=[("job", "/stellen/redaktor-in/", "Stelleninserat: Redaktorin oder Redaktor 80–100 %", "Der Seeländer Bote sucht per 1. Januar eine Redaktorin oder einen Redaktor für das Ressort Region.", ["Sie recherchieren und schreiben Geschichten aus Biel und dem Seeland, in Deutsch und idealerweise auch in Französisch.", "Bewerbungen bis 31. Oktober an personal@seelaenderbote.ch."]),
              ("video", "/video/braderie/", "Video: Die Braderie in 90 Sekunden", "Die Bieler Braderie in Bildern.", None)]),
 dict(k="frb", lang="fr-BE", name="L'Écho de Liège", dom="echo-liege.be", sec=("Liège", "/liege/"), tag=("Mobilité", "/tag/mobilite/"),
      about=("Qui sommes-nous ?", "/qui-sommes-nous/", "L'Écho de Liège est un quotidien numérique indépendant. Rédaction: boulevard de la Sauvenière 40, 4000 Liège."),
      search=("Recherche : tram", "/recherche/?q=tram", "1 résultat."), arch=("Archives de janvier 2025", "/archives/2025/01/"),
      bio="%s est journaliste à la rédaction locale de Liège.", more="À lire aussi", popular="Les plus lus",
      extras=[("horoscope", "/horoscope/", "Horoscope du jour", "Ce que les astres vous réservent aujourd'hui.", [("Bélier", "Une rencontre inattendue pourrait changer vos plans."), ("Taureau", "Prenez le temps de vous reposer.")]),
              ("video", "/video/tram-essais/", "Vidéo : le tram de Liège lors de ses premiers essais", "Regardez les images des premiers essais.", None)]),
 dict(k="it", lang="it", name="Corriere del Garda", dom="corrieredelgarda.it", sec=("Cronaca", "/cronaca/"), tag=("Lago di Garda", "/tag/lago-di-garda/"),
      about=("Chi siamo", "/chi-siamo/", "Il Corriere del Garda è un quotidiano online registrato presso il Tribunale di Brescia. Redazione: piazza Malvezzi 3, Desenzano del Garda."),
      search=("Risultati della ricerca per: lago", "/cerca/?q=lago", "Trovati 2 articoli."), arch=("Archivio novembre 2024", "/archivio/2024/11/"),
      bio="%s è giornalista della redazione di Desenzano, si occupa di cronaca e ambiente.", more="Leggi anche", popular="I più letti",
      extras=[("events", "/eventi/", "Eventi sul Garda questo fine settimana", "Gli appuntamenti da non perdere sul lago.", [("Sabato 23 novembre", "Mercatino di Natale a Salò"), ("Domenica 24 novembre", "Concerto d'organo a Sirmione")]),
              ("live", "/diretta/maltempo/", "DIRETTA | Maltempo sul Garda, le ultime notizie", "Aggiornamenti in tempo reale.", [("17:20", "Chiusa la Gardesana a Limone per una frana."), ("15:05", "Allerta arancione su tutta la sponda bresciana.")])]),
 dict(k="es", lang="es-ES", name="El Faro de Cádiz", dom="elfarodecadiz.es", sec=("Cádiz", "/cadiz/"), tag=("Puerto", "/tag/puerto/"),
      about=("Quiénes somos", "/quienes-somos/", "El Faro de Cádiz es un diario digital fundado en 2008. Redacción: calle Ancha 12, 11001 Cádiz. Teléfono: 956 12 34 56."),
      search=("Resultados de búsqueda: astilleros", "/buscar/?q=astilleros", "1 resultado."), arch=("Hemeroteca: marzo de 2025", "/hemeroteca/2025/03/"),
      bio="%s es redactora de la sección de Cádiz.", more="Noticias relacionadas", popular="Lo más leído",
      extras=[("weather", "/el-tiempo/", "El tiempo en Cádiz", "Previsión para los próximos días.", [("Hoy", "18°", "Levante fuerte"), ("Mañana", "19°", "Soleado"), ("Pasado", "17°", "Nuboso")]),
              ("job", "/empleo/periodista/", "Oferta de empleo: periodista para la sección de Deportes", "El Faro de Cádiz busca un periodista con experiencia.", ["Se ofrece contrato indefinido y jornada completa.", "Envíe su currículum a empleo@elfarodecadiz.es antes del 30 de abril."])]),
 dict(k="la", lang="es", name="Cordillera", dom="revistacordillera.com", sec=("América", "/america/"), tag=("Transporte", "/tema/transporte/"),
      about=("Acerca de Cordillera", "/acerca/", "Cordillera es una revista de periodismo latinoamericano con corresponsales en Bogotá, Santiago y Lima."),
      search=("Buscar: metro", "/buscar/?q=metro", "1 resultado"), arch=("Archivo 2025", "/archivo/2025/"),
      bio="%s es corresponsal de Cordillera en Bogotá.", more="Te puede interesar", popular="Lo más visto",
      extras=[("podcast", "/podcast/", "Cordillera Podcast", "Conversaciones sobre América Latina cada semana.", ["Episodio 12: el metro que nunca llegó", "Episodio 11: puertos del Pacífico", "Episodio 10: ciudades en bicicleta"]),
              ("gallery", "/fotos/callao/", "Fotogalería: el nuevo muelle del Callao", "Las imágenes de la inauguración.", ["Grúas pórtico", "Primer buque atracado", "Vista aérea del terminal"])]),
 dict(k="pt", lang="pt-PT", name="Correio da Ria", dom="correiodaria.pt", sec=("Região", "/regiao/"), tag=("Mobilidade", "/tag/mobilidade/"),
      about=("Ficha técnica", "/ficha-tecnica/", "Correio da Ria, diário regional de Aveiro. Diretor: José Almeida. Redação: Rua de Coimbra 15, 3810 Aveiro."),
      search=("Pesquisa: universidade", "/pesquisa/?q=universidade", "2 resultados."), arch=("Arquivo: janeiro 2025", "/arquivo/2025/01/"),
      bio="%s é jornalista do Correio da Ria desde 2015.", more="Leia também", popular="Mais lidas",
      extras=[("video", "/videos/moliceiros/", "Vídeo: os moliceiros regressam à ria", "Veja as imagens.", None),
              ("newsletter", "/newsletter/", "Newsletter Correio da Ria", NEWSL["pt"], None)]),
 dict(k="ro", lang="ro", name="Gazeta de Cluj", dom="gazetadecluj.ro", sec=("Actualitate", "/category/actualitate/"), tag=("Transport", "/tag/transport/"),
      about=("Despre noi", "/despre-noi/", "Gazeta de Cluj este o publicație online independentă. Redacția: str. Memorandumului 10, Cluj-Napoca."),
      search=("Rezultatele căutării pentru: metrou", "/cautare/?s=metrou", "1 rezultat"), arch=("Arhivă martie 2025", "/2025/03/"),
      bio="%s este jurnalist la Gazeta de Cluj.", more="Citește și", popular="Cele mai citite",
      extras=[("horoscope", "/horoscop/", "Horoscopul zilei", "Ce îți rezervă astrele astăzi.", [("Berbec", "O zi bună pentru decizii importante."), ("Taur", "Ai grijă la cheltuieli.")]),
              ("live", "/live/alegeri/", "LIVE Alegeri locale: rezultate în Cluj", "Urmăriți rezultatele în timp real.", [("22:10", "Numărătoarea voturilor continuă."), ("21:00", "Secțiile de votare s-au închis.")])]),
 dict(k="hu", lang="hu", name="Szegedi Hírlap", dom="szegedihirlap.hu", sec=("Szeged", "/szeged/"), tag=("Közlekedés", "/cimke/kozlekedes/"),
      about=("Impresszum", "/impresszum/", "Szegedi Hírlap. Kiadó: Tisza Média Kft., 6720 Szeged, Kárász utca 5. Szerkesztőség: szerkesztoseg@szegedihirlap.hu."),
      search=("Keresés: villamos", "/kereses/?q=villamos", "2 találat"), arch=("Archívum: 2025. március", "/archivum/2025/03/"),
      bio="%s a Szegedi Hírlap újságírója.", more="Kapcsolódó cikkek", popular="Legolvasottabb",
      extras=[("weather", "/idojaras/", "Időjárás Szegeden", "Előrejelzés a következő napokra.", [("Ma", "14°", "Napos"), ("Holnap", "11°", "Eső")]),
              ("gallery", "/galeria/tisza-part/", "Galéria: tavasz a Tisza-parton", "Képek a városból.", ["Virágzó fák a rakparton", "A Belvárosi híd este", "Sétálók a Dóm téren"])]),
 dict(k="cs", lang="cs", name="Brněnský večerník", dom="brnenskyvecernik.cz", sec=("Brno", "/brno/"), tag=("Doprava", "/tema/doprava/"),
      about=("O nás a kontakty", "/kontakty/", "Brněnský večerník vydává Jihomoravské vydavatelství s.r.o., Masarykova 20, Brno. Redakce: redakce@brnenskyvecernik.cz."),
      search=("Hledat: tramvaj", "/hledat/?q=tramvaj", "Nalezeno 1 článek."), arch=("Archiv: březen 2025", "/archiv/2025/03/"),
      bio="%s je redaktor zpravodajství Brněnského večerníku.", more="Související články", popular="Nejčtenější",
      extras=[("live", "/online/snezeni/", "ONLINE: Sněhová kalamita na Vysočině", "Sledujte aktuální situaci.", [("9:30", "Dálnice D1 je opět průjezdná."), ("7:10", "U Velkého Meziříčí uvízly kamiony.")]),
              ("podcast", "/podcast/", "Podcast Večerníku", "Každý týden o tom, čím žije Brno.", ["Díl 31: Tramvaj do kampusu", "Díl 30: Výstaviště"])]),
 dict(k="el", lang="el", name="Θεσσαλονίκη Σήμερα", dom="thessalonikisimera.gr", sec=("Πόλη", "/poli/"), tag=("Μετρό", "/tag/metro/"),
      about=("Ποιοι είμαστε", "/poioi-eimaste/", "Η Θεσσαλονίκη Σήμερα είναι ειδησεογραφικός ιστότοπος της Θεσσαλονίκης. Επικοινωνία: info@thessalonikisimera.gr."),
      search=("Αναζήτηση: μετρό", "/anazitisi/?q=metro", "1 αποτέλεσμα"), arch=("Αρχείο: Μάρτιος 2025", "/archive/2025/03/"),
      bio="Ο %s είναι δημοσιογράφος του ρεπορτάζ πόλης.", more="Διαβάστε επίσης", popular="Δημοφιλή",
      extras=[("horoscope", "/zodia/", "Τα ζώδια της ημέρας", "Τι λένε τα άστρα για σήμερα.", [("Κριός", "Μια καλή μέρα για νέα ξεκινήματα."), ("Ταύρος", "Προσοχή στα οικονομικά.")]),
              ("events", "/ekdiloseis/", "Εκδηλώσεις στη Θεσσαλονίκη", "Οι προτάσεις της εβδομάδας.", [("Παρασκευή 14 Μαρτίου", "Συναυλία στο Μέγαρο Μουσικής"), ("Σάββατο 15 Μαρτίου", "Έκθεση φωτογραφίας στο Λιμάνι")])]),
]


# -------------------------------------------------------------- date texts
def shown(k, s, which="pub"):
    """The date line a story shows."""
    d, z = s["d"], s["zone"]
    hm = d.strftime("%H:%M")
    zz = (" " + z) if z else ""
    if k == "nl":
        return "%02d-%02d-%d %s" % (d.day, d.month, d.year, hm)
    if k == "nlb":
        return "%s %02d %s %d om %s uur" % (wd("nlb", d), d.day, mo("nl", d), d.year, d.strftime("%H.%M"))
    if k == "at":
        if z:
            return "%02d.%02d.%d, %s Uhr (%s)" % (d.day, d.month, d.year, hm, z)
        return "%s, %d. %s %d, %s Uhr" % (wd("at", d), d.day, mo("at", d), d.year, hm)
    if k == "ch":
        if s["lang"] == "fr":
            return "%02d.%02d.%d, %dh%02d" % (d.day, d.month, d.year, d.hour, d.minute)
        return "%d.%d.%d, %s Uhr" % (d.day, d.month, d.year, d.strftime("%H.%M"))
    if k == "frb":
        return "Publié le %s %d %s %d à %dh%02d" % (wd("fr", d), d.day, mo("fr", d), d.year, d.hour, d.minute)
    if k == "it":
        return "%s %d %s %d, %s" % (wd("it", d), d.day, mo("it", d), d.year, hm)
    if k == "es":
        return "%d/%d/%d - %sh%s" % (d.day, d.month, d.year, hm, zz)
    if k == "la":
        return "%s, %d de %s de %d · %s%s" % (wd("es", d), d.day, mo("es", d), d.year, hm, zz)
    if k == "pt":
        return "%02d/%02d/%d às %s%s" % (d.day, d.month, d.year, hm, zz)
    if k == "ro":
        return "%s, %d %s %d, %s" % (wd("ro", d), d.day, mo("ro", d), d.year, hm)
    if k == "hu":
        return "%d. %s %d., %s" % (d.year, mo("hu", d), d.day, hm)
    if k == "cs":
        return "%d. %d. %d %s" % (d.day, d.month, d.year, hm)
    if k == "el":
        return "%s, %d %s %d, %s%s" % (wd("el", d), d.day, mo("el", d), d.year, hm, zz)


# ----------------------------------------------------------- the furniture
def teaser_list(c, ss, cls, relt=False, dates=True):
    out = []
    for j, s in enumerate(ss):
        when = rel(c["k"], 2 + 3 * j) if relt else (shortday(c["k"], s["d"]) if s["d"] and dates else "")
        out.append('<li class="%s-item"><a href="%s">%s</a>%s</li>' % (cls, s["path"], E(s["h"]), ' <span class="%s-time">%s</span>' % (cls, E(when)) if when else ""))
    return '<ul class="%s">%s</ul>' % (cls, "".join(out))


def author_path(c, name):
    return c["authbase"] + slug(name) + "/"


def credit_html(c, s):
    """The credit with each reporter linked to the author page (not agencies)."""
    t = E(s["by"])
    for a in s["au"]:
        if a in c["people"]:
            t = t.replace(E(a), '<a href="%s" rel="author">%s</a>' % (author_path(c, a), E(a)), 1)
    return t


def head_common(title, extra=""):
    return '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s' % (E(title), extra)


def nav_links(c):
    links = [("/", "Home"), (c["sec"][1], c["sec"][0]), (c["tag"][1], c["tag"][0]), (c["arch"][1], c["arch"][0].split(":")[0])] + [(x[1], x[2].split(":")[0]) for x in c["extras"]] + [(c["about"][1], c["about"][0])]
    return links


# Each site's page shell: (title, head, main, aside) -> document.
def shell(c, title, head, main, aside="", art=False):
    k = c["k"]
    today = E(longday(k, TODAY))
    links = nav_links(c)
    srch = c["search"][1].split("?")[0]
    pop = teaser_list(c, c["stories"][::-1], "pop", relt=True)
    cookie = E(COOKIE[k])
    if k == "nl":  # a WordPress theme
        navh = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<div id="cookie-notice" class="cn-banner"><p>%s</p><button>Akkoord</button></div>'
                '<div class="site"><header id="masthead" class="site-header"><div class="top-bar"><span class="current-date">%s</span></div>'
                '<p class="site-title"><a href="/" rel="home">%s</a></p><nav id="site-navigation" class="main-navigation"><ul class="menu">%s</ul></nav>'
                '<form role="search" action="%s"><input type="search" name="s"></form></header>'
                '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div>'
                '<aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">%s</h2>%s</section></aside></div>'
                '<footer id="colophon" class="site-footer"><p>&copy; 2025 %s &middot; <a href="%s">%s</a> &middot; <a href="/feed.xml">RSS</a></p></footer></div>') % (
            cookie, today, E(c["name"]), navh, srch, main, E(c["popular"]), pop, E(c["name"]), c["about"][1], E(c["about"][0]))
    elif k == "nlb":
        navh = " ".join('<a class="nav__link" href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div class="consent-layer" role="dialog"><p>%s</p><a href="#" class="consent-ok">OK</a></div>'
                '<div class="app"><div class="header"><div class="header__date">%s</div><a class="header__logo" href="/">%s</a><div class="nav">%s <a class="nav__link" href="%s">Zoeken</a></div></div>'
                '<div class="layout"><div class="layout__main">%s</div><div class="layout__side"><div class="box box--popular"><div class="box__title">%s</div>%s</div></div></div>'
                '<div class="footer">Kempisch Dagblad &copy; 2025 &middot; <a href="%s">Contact</a></div></div>') % (cookie, today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, c["about"][1])
    elif k == "at":
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<header class="hdr"><div class="hdr-date">%s</div><div class="hdr-logo"><a href="/">%s</a></div><nav><ul class="ressorts">%s</ul></nav><a href="%s">Suche</a></header>'
                '<div class="wrapper"><section class="col-main">%s</section><section class="col-side"><h3>%s</h3>%s</section></div>'
                '<div id="cmp-overlay"><p>%s</p></div><footer class="ftr"><a href="%s">Impressum</a> | &copy; Tiroler Bergbote 2025</footer>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "ch":
        navh = " | ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div id="page"><div class="head"><span class="dateline">%s</span><a class="brand" href="/">Seeländer Bote <small>Messager seelandais</small></a><div class="menu">%s | <a href="%s">Suche</a></div></div>'
                '<div class="main-wrap"><div class="main-col">%s</div><div class="side-col"><div class="teaser-box"><h4>%s</h4>%s</div></div></div>'
                '<div class="foot"><a href="%s">Über uns</a></div><div class="cookie-bar">%s</div></div>') % (today, navh, c["search"][1], main, E(c["popular"]), pop, c["about"][1], cookie)
    elif k == "frb":
        navh = "".join('<a class="menu-link" href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div class="bandeau-date">%s</div><header class="entete"><a class="logo" href="/">%s</a><nav class="menu-principal">%s<a class="menu-link" href="%s">Recherche</a></nav></header>'
                '<div class="grille"><div class="colonne-principale">%s</div><div class="colonne-droite"><div class="bloc-plus-lus"><h3>%s</h3>%s</div></div></div>'
                '<div class="rgpd-popup"><p>%s</p><button>J\'accepte</button></div><footer class="pied"><a href="%s">Qui sommes-nous ?</a></footer>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "it":
        navh = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<div class="container"><div class="row header-top"><div class="col data-oggi">%s</div></div><div class="row"><a class="navbar-brand" href="/">%s</a><ul class="navbar-nav">%s</ul><a href="%s">Cerca</a></div>'
                '<div class="row"><div class="col-md-8">%s</div><div class="col-md-4 sidebar"><div class="widget"><h4 class="widget-title">%s</h4>%s</div></div></div>'
                '<div id="cookie-law-info-bar">%s</div><footer class="row footer"><a href="%s">Chi siamo</a> - P.IVA 01234567890</footer></div>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "es":
        navh = "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div class="cabecera"><span class="fecha-hoy">%s</span><a class="marca" href="/">%s</a><div class="secciones">%s<a href="%s">Buscar</a></div></div>'
                '<div class="contenedor"><div class="principal">%s</div><div class="lateral"><div class="mas-leido"><h3>%s</h3>%s</div></div></div>'
                '<div class="aviso-cookies">%s</div><div class="pie"><a href="%s">Quiénes somos</a> · <a href="/rss.xml">RSS</a></div>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "la":
        navh = "".join('<a class="nav-a" href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div class="site-wrap"><div class="masthead"><p class="hoy">%s</p><a class="logo-cordillera" href="/">CORDILLERA</a><p class="lema">Periodismo desde los Andes</p><nav>%s<a class="nav-a" href="%s">Buscar</a></nav></div>'
                '<div class="cuerpo">%s</div><div class="barra"><h5>%s</h5>%s</div><div class="privacy-modal">%s</div>'
                '<div class="footer-cordillera"><a href="%s">Acerca de</a></div></div>') % (today, navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "pt":
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<header class="cabecalho"><div class="data-atual">%s</div><h2 class="marca"><a href="/">%s</a></h2><ul class="menu">%s<li><a href="%s">Pesquisa</a></li></ul></header>'
                '<div class="conteudo">%s</div><aside class="barra-lateral"><h3>%s</h3>%s</aside>'
                '<div class="cookies-aviso">%s</div><footer><a href="%s">Ficha técnica</a></footer>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "ro":  # Newspaper theme
        navh = "".join('<li class="menu-item"><a href="%s"><div class="tdb-menu-item-text">%s</div></a></li>' % (p, E(t)) for p, t in links)
        body = ('<div class="td-theme-wrap"><div class="tdc-row td-header"><div class="tdb-block td-date">%s</div><div class="tdb-logo"><a href="/">%s</a></div><ul class="tdb-block-menu">%s</ul><a href="%s">Caută</a></div>'
                '<div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column tdi_main">%s</div><div class="vc_column td-sidebar"><div class="td_block_wrap"><h4 class="td-block-title">%s</h4>%s</div></div></div></div>'
                '<div class="td-footer-wrap"><a href="%s">Despre noi</a> <a href="/feed.xml">RSS</a></div><div id="gdpr-cookie">%s</div></div>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, c["about"][1], cookie)
    elif k == "hu":
        navh = "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in links)
        body = ('<div class="fejlec"><div class="datum">%s</div><a class="logo" href="/">%s</a><div class="rovatok">%s<a href="%s">Keresés</a></div></div>'
                '<div class="tartalom"><div class="bal">%s</div><div class="jobb"><div class="doboz"><h3>%s</h3>%s</div></div></div>'
                '<div class="suti-sav">%s</div><div class="lablec"><a href="%s">Impresszum</a></div>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    elif k == "cs":
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<div class="page"><header class="page-header"><time class="today">%s</time><a class="logo" href="/">%s</a><nav><ul>%s<li><a href="%s">Hledat</a></li></ul></nav></header>'
                '<div class="page-content"><div class="content-main">%s</div><aside class="content-aside"><h3>%s</h3>%s</aside></div>'
                '<div class="cookie-consent">%s</div><footer class="page-footer"><a href="%s">Kontakty</a> <a href="/atom.xml">Atom</a></footer></div>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    else:  # el
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
        body = ('<div class="top-strip"><span class="simera">%s</span></div><header class="main-header"><a class="site-logo" href="/">%s</a><ul class="main-menu">%s<li><a href="%s">Αναζήτηση</a></li></ul></header>'
                '<div class="main-container"><div class="left-column">%s</div><div class="right-column"><div class="popular-widget"><h3>%s</h3>%s</div></div></div>'
                '<div class="cookies-popup">%s</div><footer class="main-footer"><a href="%s">Ποιοι είμαστε</a> <a href="/rss.xml">RSS</a></footer>') % (today, E(c["name"]), navh, c["search"][1], main, E(c["popular"]), pop, cookie, c["about"][1])
    return '<!DOCTYPE html><html lang="%s"><head>%s</head><body class="%s">%s</body></html>' % (c["lang"], head, "single" if art else "archive", body)


def full_title(c, h):
    return {"nl": "%s - Haagse Stadskrant", "nlb": "Kempisch Dagblad: %s", "at": "%s » Tiroler Bergbote", "ch": "Seeländer Bote – %s", "frb": "%s | echo-liege.be",
            "it": "%s - Corriere del Garda", "es": "%s | El Faro de Cádiz", "la": "%s | Cordillera", "pt": "%s | Correio da Ria", "ro": "Gazeta de Cluj - %s",
            "hu": "%s | szegedihirlap.hu", "cs": "%s - Brněnský večerník", "el": "%s - Θεσσαλονίκη Σήμερα"}[c["k"]] % h


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------- articles
def article(c, s, n):
    k = c["k"]
    d, off = s["d"], s["off"]
    other = c["stories"][(n + 1) % 3]
    paras = s["p"]
    u = url(c, s["path"])
    pub_iso = iso(d, off) if d else None
    cr = credit_html(c, s)
    cmt_text = s["comment"]
    share = '<div class="share"><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=%s">X</a> <a href="mailto:?body=%s">E-mail</a></div>' % (u, u, u)
    head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="%s">' % (u, E(c["name"]))
    first_author = s["au"][0] if s["au"][0] in c["people"] else None

    if k == "nl":
        upd = d + TD(hours=19, minutes=7)
        head += '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (E(s["h"]), pub_iso, iso(upd, off))
        graph = [{"@type": "WebPage", "@id": u, "url": u, "name": full_title(c, s["h"]), "datePublished": pub_iso, "dateModified": iso(upd, off)},
                 {"@type": "Article", "@id": u + "#article", "isPartOf": {"@id": u}, "headline": s["h"], "datePublished": pub_iso, "dateModified": iso(upd, off),
                  "author": [{"@id": url(c, "/#/schema/person/%s" % slug(a))} for a in s["au"]], "publisher": {"@id": url(c, "/#organization")}},
                 {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]}]
        graph += [{"@type": "Person", "@id": url(c, "/#/schema/person/%s" % slug(a)), "name": a} for a in s["au"]]
        head += ld({"@context": "https://schema.org", "@graph": graph})
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<div class="wp-block-group lees-ook"><strong>%s:</strong> <a href="%s">%s</a></div>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        main = ('<article class="post type-post status-publish format-standard hentry category-stad"><header class="entry-header"><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline"><span class="author vcard">%s</span></span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>'
                ' <span class="updated-label">Bijgewerkt:</span> <time class="updated" datetime="%s">%s</time></span></div></header>'
                '<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption>Foto: Haagse Stadskrant / Remko de Waal</figcaption></figure>'
                '<div class="entry-content">%s</div>%s'
                '<div class="nieuwsbrief-popup"><p>%s</p><input type="email"></div>'
                '<footer class="entry-footer"><span class="tags-links"><a href="%s" rel="tag">%s</a></span></footer></article>'
                '<div id="comments" class="comments-area"><h2 class="comments-title">1 reactie</h2><ol class="comment-list"><li class="comment"><div class="comment-author">Hans</div>'
                '<div class="comment-metadata"><time datetime="%s">%02d-%02d-%d om %s</time></div><div class="comment-content"><p>%s</p></div></li></ol></div>') % (
            E(s["h"]), cr, pub_iso, shown(k, s), iso(upd, off), "%02d-%02d-%d %s" % (upd.day, upd.month, upd.year, upd.strftime("%H:%M")), s["id"], body, share, E(NEWSL["nl"]),
            c["tag"][1], E(c["tag"][0]), iso(d + TD(days=2), off), (d + TD(days=2)).day, (d + TD(days=2)).month, (d + TD(days=2)).year, "21:14", E(cmt_text))
    elif k == "nlb":
        head += '<meta property="og:title" content="%s">' % E(s["h"])
        body = "".join('<p class="article__paragraph">%s</p>' % E(p) for p in paras)
        bio = ""
        if first_author:
            bio = '<div class="author-box"><span class="author-box__name"><a href="%s">%s</a></span><p>%s</p></div>' % (author_path(c, first_author), E(first_author), E(c["bio"] % first_author))
        main = ('<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="%s">Regio</a> &gt; <span>Turnhout</span></div>'
                '<div class="article"><div class="article__header"><span class="article__label">Regio</span><h1 class="article__title">%s</h1>'
                '<p class="article__intro">%s</p>'
                '<div class="article__meta"><div class="article__authors">%s</div><div class="article__time">%s</div></div></div>'
                '<div class="article__image"><img src="/img/%s.jpg" alt=""><span class="article__credit">Foto: Tom Verheyen</span></div>'
                '<div class="article__body">%s</div>%s%s'
                '<div class="article__related"><h3>%s</h3><a href="%s">%s</a></div></div>') % (
            c["sec"][1], E(s["h"]), E(paras[0]), cr, E(shown(k, s)), s["id"], body[len('<p class="article__paragraph">%s</p>' % E(paras[0])):], share, bio, E(c["more"]), other["path"], E(other["h"]))
    elif k == "at":
        upd = d + TD(hours=18, minutes=5)
        head += '<meta property="og:title" content="%s">' % E(s["h"]) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["h"], "datePublished": pub_iso, "dateModified": iso(upd, off)})
        when = ('<div class="meta-times"><span class="upd">Aktualisiert: %02d.%02d.%d, %s Uhr</span> | <span class="pub">Erstellt: %s</span></div>' % (upd.day, upd.month, upd.year, upd.strftime("%H:%M"), E(shown(k, s))))
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<aside class="inline-teaser"><span>%s</span> <a href="%s">%s</a></aside>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        if s["au"] == ["APA"]:
            body += "<p><em>(APA)</em></p>"
        main = ('<div class="artikel"><div class="artikel-kopf"><div class="ressort-label"><a href="%s">Tirol</a></div><h1>%s</h1><p class="teaser-text">%s</p>'
                '<div class="autor-zeile">%s</div>%s</div><div class="bild"><img src="/bilder/%s.jpg" alt=""><small>Foto: APA/EXPA/Johann Groder</small></div>'
                '<div class="artikel-text">%s</div>%s<div class="newsletter-teaser">%s</div>'
                '<div class="forum"><h3>Kommentare (2)</h3><div class="posting"><b>Bergfex72</b> <span>%02d.%02d.%d, 08:17</span><p>%s</p></div>'
                '<div class="posting"><b>tirolerin</b> <span>vor 3 Stunden</span><p>Danke für den Bericht.</p></div></div></div>') % (
            c["sec"][1], E(s["h"]), E(paras[0]), cr, when, s["id"], "".join("<p>%s</p>" % E(p) for p in []) + body[len("<p>%s</p>" % E(paras[0])):], share, E(NEWSL["at"]),
            (d + TD(days=1)).day, (d + TD(days=1)).month, (d + TD(days=1)).year, E(cmt_text))
    elif k == "ch":
        head += '<meta name="title" content="%s">' % E(s["h"]) + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["h"], "datePublished": pub_iso,
                                                                    "author": {"@type": "Organization", "name": c["name"]}, "publisher": {"@type": "Organization", "name": c["name"]}})
        lab = "Publiziert" if s["lang"] == "de" else "Publié"
        body = "".join("<p>%s</p>" % E(p) for p in paras)
        main = ('<div class="story" lang="%s"><div class="story-head"><div class="rubrik">%s</div><h2 class="story-title">%s</h2>'
                '<div class="story-info"><span class="author">%s</span><br><span class="pubdate">%s: %s</span></div></div>'
                '<div class="story-img"><img src="/fotos/%s.jpg"><p class="legende">Bild: Keystone / Anthony Anex</p></div>'
                '<div class="story-body">%s</div>%s<div class="more"><h4>%s</h4><a href="%s">%s</a></div></div>') % (
            s["lang"], "Region" if s["lang"] == "de" else "Région", E(s["h"]), cr, lab, E(shown(k, s)), s["id"], body, share, E(c["more"]), other["path"], E(other["h"]))
    elif k == "frb":
        head += '<meta property="og:title" content="%s">' % E(s["h"])
        if d:
            timeh = '<time itemprop="datePublished" datetime="%s">%s</time>' % (pub_iso, E(shown(k, s)))
        else:
            timeh = '<span class="date-relative">Publié il y a 3 heures</span>'
        body = "".join('<p>%s</p>' % E(p) for p in paras[:3]) + '<div class="encart-newsletter">%s</div>' % E(NEWSL["frb"]) + "".join('<p>%s</p>' % E(p) for p in paras[3:])
        cm_day = (d + TD(days=1)) if d else None
        cm_when = ("le %02d/%02d/%d à 09h12" % (cm_day.day, cm_day.month, cm_day.year)) if cm_day else "il y a 1 heure"
        main = ('<article itemscope itemtype="https://schema.org/NewsArticle"><nav class="fil-ariane"><a href="/">Accueil</a> › <a href="%s">Liège</a></nav>'
                '<h1 itemprop="headline" class="titre-article">%s</h1><div class="signature"><span itemprop="author">%s</span> · %s</div>'
                '<div class="chapo"><strong>%s</strong></div><div class="photo"><img src="/photos/%s.jpg"><span class="credit">© Belga</span></div>'
                '<div itemprop="articleBody" class="corps">%s</div>%s'
                '<section class="reactions"><h3>Réactions</h3><div class="reaction"><span class="pseudo">Liégeois4000</span> <span class="quand">%s</span><p>%s</p></div></section>'
                '<div class="a-lire"><h3>%s</h3>%s</div></article>') % (
            c["sec"][1], E(s["h"]), cr, timeh, E(paras[0]), s["id"], "".join('<p>%s</p>' % E(p) for p in []) + body[len("<p>%s</p>" % E(paras[0])):], share, cm_when, E(cmt_text),
            E(c["more"]), teaser_list(c, [other], "alire", dates=False))
    elif k == "it":
        head += '<meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(s["h"]), E(paras[0][:150]))
        head += ld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": u, "headline": s["h"], "datePublished": pub_iso, "dateModified": pub_iso,
                    "author": [{"@type": "Person", "name": a} if a != "ANSA" else {"@type": "Organization", "name": "ANSA"} for a in s["au"]],
                    "publisher": {"@type": "Organization", "name": c["name"], "logo": {"@type": "ImageObject", "url": url(c, "/logo.png")}}})
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<div class="leggi-anche"><span>%s:</span> <a href="%s">%s</a></div>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        main = ('<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="%s">Cronaca</a></li><li class="active">%s</li></ol>'
                '<div class="post-header"><h1 class="post-title">%s</h1><h2 class="post-subtitle">%s</h2>'
                '<div class="post-meta"><span class="post-author">%s</span> <span class="post-date">%s</span></div></div>'
                '<div class="post-image"><img src="/uploads/%s.jpg"><p class="didascalia">Foto Ansa</p></div><div class="post-content">%s</div>%s'
                '<div class="commenti"><h4>Commenti</h4><div class="commento"><b>gardesano</b> <i>%d %s %d</i><p>%s</p></div></div>') % (
            c["sec"][1], E(s["h"]), E(s["h"]), E(paras[0][:90].rsplit(" ", 1)[0] + "…"), cr, E(shown(k, s)), s["id"], body, share,
            (d + TD(days=3)).day, mo("it", d + TD(days=3)), (d + TD(days=3)).year, E(cmt_text))
    elif k == "es":
        head += '<meta property="og:title" content="%s"><meta name="date" content="%s">' % (E(s["h"]), d.strftime("%Y-%m-%d"))
        j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["h"], "datePublished": pub_iso}
        if s["au"] != ["EFE"]:
            j["author"] = {"@type": "Person", "name": " y ".join(s["au"])}
        else:
            j["author"] = {"@type": "Organization", "name": "EFE"}
        head += ld(j)
        bio = ""
        if first_author:
            bio = '<div class="firma-autor"><a href="%s">%s</a><p>%s</p></div>' % (author_path(c, first_author), E(first_author), E(c["bio"] % first_author))
        body = "".join("<p>%s</p>" % E(p) for p in paras)
        main = ('<div class="noticia"><p class="antetitulo">CÁDIZ</p><h1 class="titular">%s</h1><h2 class="entradilla">%s</h2>'
                '<div class="datos"><span class="firma">%s</span><span class="fecha">%s</span></div>'
                '<div class="foto"><img src="/fotos/%s.jpg"><span class="pie-foto">Foto: Julio González</span></div>'
                '<div class="cuerpo-noticia">%s</div>%s%s<div class="relacionadas"><h3>%s</h3>%s</div>'
                '<div class="boletin-flotante"><p>%s</p></div></div>') % (
            E(s["h"]), E(paras[0][:100].rsplit(" ", 1)[0] + "..."), cr, E(shown(k, s)), s["id"], body, share, bio, E(c["more"]), teaser_list(c, [other], "rel", dates=False), E(NEWSL["es"]))
    elif k == "la":
        city = {"COT": "Bogotá", "CLT": "Santiago de Chile", "PET": "Lima"}[s["zone"]]
        head += '<meta property="og:title" content="%s">' % E(s["h"])
        head += ld({"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": s["h"], "datePublished": to_utc(d, off).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "author": [{"@type": "Person", "name": a} for a in s["au"]], "contentLocation": {"@type": "Place", "name": city}})
        body = "".join("<p>%s</p>" % E(p) for p in paras)
        main = ('<article class="reportaje"><div class="reportaje-top"><span class="lugar">%s</span><h1>%s</h1>'
                '<div class="firma-fecha"><div class="quien">%s</div><div class="cuando">%s</div></div></div>'
                '<figure class="portada"><img src="/img/%s.jpg"><figcaption>Fotografía: Agencia Andina / Cordillera</figcaption></figure>'
                '<div class="texto">%s</div>%s<section class="sigue-leyendo"><h3>%s</h3>%s</section></article>') % (
            E(city), E(s["h"]), cr, E(shown(k, s)), s["id"], body, share, E(c["more"]), teaser_list(c, [other], "sl", dates=False))
    elif k == "pt":
        head += '<meta property="og:title" content="%s">' % E(s["h"]) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["h"], "datePublished": pub_iso})
        if s["au"] == ["Lusa"]:
            timeh = '<time datetime="%s">há 2 horas</time>' % pub_iso
        else:
            timeh = '<time datetime="%s">%s</time>' % (pub_iso, E(shown(k, s)))
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<p class="leia-tambem"><strong>%s:</strong> <a href="%s">%s</a></p>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        main = ('<article class="noticia-completa"><header><p class="seccao"><a href="%s">Região</a></p><h1 class="noticia-titulo">%s</h1>'
                '<div class="noticia-meta"><span class="autor">%s</span> | %s</div></header>'
                '<div class="imagem"><img src="/media/%s.jpg"><p class="legenda">Foto: Paulo Novais/Lusa</p></div><div class="noticia-corpo">%s</div>%s</article>') % (
            c["sec"][1], E(s["h"]), cr, timeh, s["id"], body, share)
    elif k == "ro":
        head += '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (E(s["h"]), pub_iso)
        head += ld({"@context": "https://schema.org", "@type": "Article", "headline": s["h"], "datePublished": pub_iso, "author": {"@type": "Person", "name": c["name"]}})
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<div class="td-a-rec"><p>%s: <a href="%s">%s</a></p></div>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        main = ('<div class="tdb-block tdb-breadcrumbs"><a href="/">Acasă</a> » <a href="%s">Actualitate</a></div>'
                '<div class="tdb-block tdb-title"><h1 class="tdb-title-text">%s</h1></div>'
                '<div class="tdb-block tdb_single_author"><span class="tdb-author-by">%s</span></div>'
                '<div class="tdb-block tdb_single_date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></div>'
                '<div class="tdb-block tdb_single_featured_image"><img src="/wp-content/uploads/%s.jpg"><figcaption>Foto: Gazeta de Cluj</figcaption></div>'
                '<div class="tdb-block tdb_single_content"><div class="tdb-block-inner td-fix-index">%s</div></div>%s'
                '<div class="tdb-block tdb_single_comments"><h4>Un comentariu</h4><div class="comment"><cite>Vasile</cite> <span>%d %s %d la 18:40</span><p>%s</p></div></div>') % (
            c["sec"][1], E(s["h"]), cr, pub_iso, E(shown(k, s)), s["id"], body, share, (d + TD(days=2)).day, mo("ro", d + TD(days=2)), (d + TD(days=2)).year, E(cmt_text))
    elif k == "hu":
        head += '<meta property="og:title" content="%s"><meta name="author" content="%s">' % (E(s["h"]), E(", ".join(s["au"])))
        body = "".join("<p>%s</p>" % E(p) for p in paras)
        main = ('<div class="cikk"><div class="cikk-rovat"><a href="%s">Szeged</a></div><h1 class="cikk-cim">%s</h1>'
                '<div class="cikk-adatok"><span class="cikk-szerzo">%s</span> <span class="cikk-datum">%s</span></div>'
                '<div class="cikk-kep"><img src="/kepek/%s.jpg"><span class="kep-forras">Fotó: Frank Yvette</span></div>'
                '<div class="cikk-torzs">%s</div>%s<div class="hirlevel">%s</div><div class="kapcsolodo"><h3>%s</h3>%s</div></div>') % (
            c["sec"][1], E(s["h"]), cr, E(shown(k, s)), s["id"], body, share, E(NEWSL["hu"]), E(c["more"]), teaser_list(c, [other], "kapcs"))
    elif k == "cs":
        head += '<meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(s["h"]), E(paras[0][:140]))
        body = "".join("<p>%s</p>" % E(p) for p in paras[:3]) + '<div class="newsletter-box">%s</div>' % E(NEWSL["cs"]) + "".join("<p>%s</p>" % E(p) for p in paras[3:])
        main = ('<div class="article-detail"><div class="breadcrumbs"><a href="/">Úvod</a> / <a href="%s">Brno</a></div><h1>%s</h1>'
                '<div class="article-info"><span class="time">%s</span> <span class="authors">%s</span></div>'
                '<p class="perex">%s</p><div class="img"><img src="/foto/%s.jpg"><span class="foto-credit">Foto: Patrik Uhlíř</span></div>'
                '<div class="article-text">%s</div>%s<div class="discussion"><h3>Diskuse</h3><div class="post"><b>brnak</b> <span>%d. %d. %d 20:15</span><p>%s</p></div></div>'
                '<div class="related"><h3>%s</h3>%s</div></div>') % (
            c["sec"][1], E(s["h"]), E(shown(k, s)), cr, E(paras[0]), s["id"], body[len("<p>%s</p>" % E(paras[0])):], share,
            (d + TD(days=1)).day, (d + TD(days=1)).month, (d + TD(days=1)).year, E(cmt_text), E(c["more"]), teaser_list(c, [other], "rel"))
    else:  # el
        head += '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (E(s["h"]), pub_iso)
        head += ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["h"], "datePublished": pub_iso,
                    "author": [{"@type": "Person", "name": a} for a in s["au"]] if s["au"] != ["ΑΠΕ-ΜΠΕ"] else {"@type": "Organization", "name": "ΑΠΕ-ΜΠΕ"}})
        body = "".join("<p>%s</p>" % E(p) for p in paras[:2]) + '<div class="diavaste-episis">%s: <a href="%s">%s</a></div>' % (E(c["more"]), other["path"], E(other["h"])) + "".join("<p>%s</p>" % E(p) for p in paras[2:])
        main = ('<div class="article-wrapper"><div class="article-category"><a href="%s">Πόλη</a></div><h1 class="article-title">%s</h1>'
                '<div class="article-byline">%s</div><div class="article-date">%s</div>'
                '<div class="article-photo"><img src="/uploads/%s.jpg"><span>Φωτογραφία: Eurokinissi</span></div>'
                '<div class="article-body">%s</div>%s<div class="comments-block"><h3>Σχόλια</h3><div class="c"><b>Θεσσαλονικιός</b> <span>%02d/%02d/%d 10:30</span><p>%s</p></div></div></div>') % (
            c["sec"][1], E(s["h"]), cr, E(shown(k, s)), s["id"], body, share, (d + TD(days=1)).day, (d + TD(days=1)).month, (d + TD(days=1)).year, E(cmt_text))
    return shell(c, full_title(c, s["h"]), head_common(full_title(c, s["h"]), head), main, None, True)


COMMENTS = dict(
    nl="Eindelijk! Ik fiets al twee jaar om vanwege die bouwhekken.", nlb="Goed nieuws voor de Kempen, dat werd tijd.",
    at="Die alten Kabinen waren wirklich nicht mehr zeitgemäß.", ch="Endlich eine Lösung für das Velochaos am Bahnhof.",
    frb="On attend ça depuis des années, espérons que ce soit la bonne.", it="Finalmente una buona notizia per il lago.",
    es="Ya era hora de que el centro fuera para los peatones.", la="Ojalá esta vez sí se cumplan los plazos.",
    pt="Finalmente uma boa notícia para quem usa os transportes.", ro="Vom vedea dacă se termină vreodată.",
    hu="Végre, már nagyon ráfért a hídra a felújítás.", cs="Konečně, tramvaj do kampusu chyběla léta.",
    el="Επιτέλους, το περιμέναμε χρόνια.")


# ----------------------------------------------------------- non-articles
def nonarticle(c, kind, p, t, intro, x=None):
    k = c["k"]
    ss = c["stories"]
    if kind in ("section", "tag", "archive"):
        main = '<div class="listing listing-%s"><h1>%s</h1><p class="intro">%s</p>%s</div>' % (kind, E(t), E(intro), teaser_list(c, [s for s in ss if s["d"]] if kind == "archive" else ss, "teasers"))
    elif kind == "search":
        main = '<div class="search-results"><h1>%s</h1><p>%s</p>%s</div>' % (E(t), E(intro), teaser_list(c, ss[:2], "results"))
    elif kind == "author":
        main = '<div class="author-profile"><img src="/img/author-%s.jpg" alt=""><h1>%s</h1><p class="author-bio">%s</p>%s</div>' % (slug(t), E(t), E(intro), teaser_list(c, [s for s in ss if t in s["au"]], "author-articles"))
    elif kind == "about":
        main = '<div class="page-static"><h1>%s</h1><p>%s</p></div>' % (E(t), E(intro))
    elif kind in ("podcast",):
        main = '<div class="podcast"><h1>%s</h1><p>%s</p><ul class="episodes">%s</ul></div>' % (E(t), E(intro), "".join('<li><audio controls src="/audio/%d.mp3"></audio> %s</li>' % (i, E(e)) for i, e in enumerate(x)))
    elif kind == "newsletter":
        main = '<div class="signup"><h1>%s</h1><p>%s</p><form><input type="email" name="email"><button>OK</button></form></div>' % (E(t), E(intro))
    elif kind == "live":
        main = '<div class="liveblog"><h1>%s</h1><p>%s</p>%s</div>' % (E(t), E(intro), "".join('<div class="live-entry"><span class="live-time">%s</span><p>%s</p></div>' % (E(a), E(b)) for a, b in x))
    elif kind in ("weather",):
        main = '<div class="weather"><h1>%s</h1><p>%s</p><table>%s</table></div>' % (E(t), E(intro), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(v) for v in r) for r in x))
    elif kind == "gallery":
        main = '<div class="gallery"><h1>%s</h1><p>%s</p>%s</div>' % (E(t), E(intro), "".join('<figure><img src="/g/%d.jpg"><figcaption>%s</figcaption></figure>' % (i, E(cap)) for i, cap in enumerate(x)))
    elif kind == "events":
        main = '<div class="events"><h1>%s</h1><p>%s</p><dl>%s</dl></div>' % (E(t), E(intro), "".join("<dt>%s</dt><dd>%s</dd>" % (E(a), E(b)) for a, b in x))
    elif kind == "job":
        main = '<div class="job"><h1>%s</h1><p>%s</p>%s</div>' % (E(t), E(intro), "".join("<p>%s</p>" % E(v) for v in x))
    elif kind == "video":
        main = '<div class="video-page"><h1>%s</h1><video controls src="/video/%d.mp4"></video><p>%s</p></div>' % (E(t), rnd.randrange(10 ** 5), E(intro))
    elif kind == "horoscope":
        main = '<div class="horoscope"><h1>%s</h1><p>%s</p>%s</div>' % (E(t), E(intro), "".join("<h2>%s</h2><p>%s</p>" % (E(a), E(b)) for a, b in x))
    else:
        raise ValueError(kind)
    write_page(OUT, c["host"], p.split("?")[0], shell(c, full_title(c, t), head_common(full_title(c, t)), main))
    truth["nonarticles"].append(url(c, p))


INTROS = dict(
    nl=("Al het nieuws uit de Haagse binnenstad en de wijken.", "Nieuws over tram, bus en trein in en rond Den Haag.", "Alle artikelen die in maart 2025 zijn verschenen."),
    nlb=("Het laatste nieuws uit Turnhout, Geel, Mol en de rest van de Kempen.", "Nieuws over landbouw en platteland in de Kempen.", "Alle artikels van februari 2025."),
    at=("Nachrichten aus Innsbruck und ganz Tirol.", "Alles zur Lawinengefahr in Tirol.", "Alle Artikel aus dem Februar 2025."),
    ch=("Nachrichten aus Biel und dem Seeland. Les nouvelles de Bienne et du Seeland.", "Alles zur Uhrenindustrie im Seeland.", "Alle Artikel vom September 2024."),
    frb=("Toute l'actualité de Liège et de sa région.", "Tram, bus, vélo: l'actualité de la mobilité à Liège.", "Tous les articles publiés en janvier 2025."),
    it=("Tutte le notizie di cronaca dal lago di Garda.", "Notizie, storie e curiosità dal lago di Garda.", "Tutti gli articoli pubblicati a novembre 2024."),
    es=("Toda la actualidad de la capital gaditana.", "Noticias sobre el puerto de la Bahía de Cádiz.", "Todas las noticias publicadas en marzo de 2025."),
    la=("Crónicas y reportajes desde América Latina.", "Metro, trenes, puertos y ciclovías en América Latina.", "Todos los reportajes de 2025."),
    pt=("Notícias de Aveiro e de toda a região.", "Notícias sobre transportes e mobilidade na região de Aveiro.", "Todos os artigos publicados em janeiro de 2025."),
    ro=("Ultimele știri din Cluj-Napoca și din județ.", "Știri despre transportul public din Cluj.", "Toate articolele publicate în martie 2025."),
    hu=("Szegedi hírek, események, közélet.", "Közlekedési hírek Szegedről és környékéről.", "A 2025 márciusában megjelent cikkeink."),
    cs=("Zprávy z Brna a okolí.", "Doprava v Brně: tramvaje, silnice, železnice.", "Všechny články z března 2025."),
    el=("Όλες οι ειδήσεις της Θεσσαλονίκης.", "Όλα τα νέα για το μετρό της Θεσσαλονίκης.", "Όλα τα άρθρα του Μαρτίου 2025."),
)


# --------------------------------------------------------- feeds, sitemaps
def rss(c, ss):
    items = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid>%s</item>" % (
        E(s["h"]), url(c, s["path"]), url(c, s["path"]), "<pubDate>%s</pubDate>" % to_utc(s["d"], s["off"]).strftime("%a, %d %b %Y %H:%M:%S +0000") if s["d"] else "") for s in ss)
    return '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link><description>%s</description>%s</channel></rss>' % (E(c["name"]), url(c, "/"), E(c["name"]), items)


def atom(c, ss):
    ents = "".join('<entry><title>%s</title><link href="%s"/><id>%s</id><updated>%s</updated></entry>' % (
        E(s["h"]), url(c, s["path"]), url(c, s["path"]), to_utc(s["d"], s["off"]).strftime("%Y-%m-%dT%H:%M:%SZ")) for s in ss)
    return '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>%s</id><updated>2025-03-19T12:00:00Z</updated>%s</feed>' % (E(c["name"]), url(c, "/"), ents)


def sitemap(c, paths):
    return '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % url(c, p) for p in paths)


PATHS = {
    "nl": lambda s: "/%d/%02d/%02d/%s/" % (s["d"].year, s["d"].month, s["d"].day, slug(s["h"])),
    "nlb": lambda s: "/regio/kempen/%s/%d/" % (slug(s["h"])[:40], s["id"]),
    "at": lambda s: "/tirol/%s-%d/" % (slug(s["h"]), s["id"]),
    "ch": lambda s: "/%s/%s-%d.html" % ("region" if s["lang"] == "de" else "region-fr", slug(s["h"]), s["id"]),
    "frb": lambda s: "/art/%d/%s/" % (s["id"], slug(s["h"])),
    "it": lambda s: "/cronaca/%d/%02d/%02d/news/%s-%d/" % (s["d"].year, s["d"].month, s["d"].day, slug(s["h"]), s["id"]),
    "es": lambda s: "/cadiz/%s_%d_102.html" % (slug(s["h"]), s["id"]),
    "la": lambda s: "/america/%s/" % slug(s["h"]),
    "pt": lambda s: "/regiao/%s/" % slug(s["h"]),
    "ro": lambda s: "/%s/" % slug(s["h"]),
    "hu": lambda s: "/szeged/%d/%02d/%s/" % (s["d"].year, s["d"].month, slug(s["h"])),
    "cs": lambda s: "/brno/clanek/%s.A%d/" % (slug(s["h"]), s["id"]),
    "el": lambda s: "/poli/article%d.html" % s["id"],
}

for si, c in enumerate(SITES):
    k = c["k"]
    c["host"] = "127.0.3.%d" % (81 + si)
    c["authbase"] = {"nl": "/author/", "nlb": "/auteur/", "at": "/autor/", "ch": "/autor/", "frb": "/auteur/", "it": "/autore/", "es": "/autor/", "la": "/autores/",
                     "pt": "/autor/", "ro": "/author/", "hu": "/szerzo/", "cs": "/autor/", "el": "/author/"}[k]
    c["stories"] = []
    people = []
    for n, (h, d, off, zone, au, by, paras) in enumerate(S[k]):
        s = dict(h=h, d=d, off=off, zone=zone, au=au, by=by, p=paras, id=rnd.randrange(100000, 999999), comment=COMMENTS[k],
                 lang=("fr" if k == "ch" and n == 1 else "de" if k == "ch" else k))
        s["path"] = PATHS[k](s) if (d or k != "frb") else None
        if s["path"] is None:
            s["path"] = "/art/%d/%s/" % (s["id"], slug(h))
        c["stories"].append(s)
        for a in au:
            if a not in ("ANP", "Belga", "APA", "SDA", "ANSA", "EFE", "Lusa", "Agerpres", "MTI", "ČTK", "ΑΠΕ-ΜΠΕ") and a not in people:
                people.append(a)
    c["people"] = people
    c["auth"] = people[0]
    for n, s in enumerate(c["stories"]):
        doc = article(c, s, n)
        write_page(OUT, c["host"], s["path"], doc)
        if s["d"] is None:
            date = "fetch-3"
        elif s["d"] > NOW - TD(hours=6) and s["d"] is not None and k == "pt" and s["au"] == ["Lusa"]:
            date = "fetch-2"
        else:
            date = to_utc(s["d"], s["off"]).strftime("%Y-%m-%d")
        a = dict(url=url(c, s["path"]), title=s["h"], date=date, authors=s["au"])
        if s["zone"]:
            a["instant"] = to_utc(s["d"], s["off"]).strftime("%Y-%m-%dT%H:%M")
        if n == 0:
            a["must"] = [s["p"][-1]]
            a["must_not"] = [COOKIE[k], c["stories"][1]["h"], s["comment"]] + ([NEWSL[k]] if k in NEWSL else [])
            a["must_not"] = [m for m in a["must_not"] if E(m) in doc]  # only what the page shows
        truth["articles"].append(a)
    intros = INTROS[k]
    pages = [("section", c["sec"][1], c["sec"][0], intros[0]), ("tag", c["tag"][1], c["tag"][0], intros[1]),
             ("author", author_path(c, c["auth"]), c["auth"], c["bio"] % c["auth"]),
             ("search", c["search"][1], c["search"][0], c["search"][2]), ("archive", c["arch"][1], c["arch"][0], intros[2]),
             ("about", c["about"][1], c["about"][0], c["about"][2])]
    for p in pages:
        nonarticle(c, *p)
    for kind, p, t, intro, x in c["extras"]:
        nonarticle(c, kind, p, t, intro, x)
    # other reporters' author pages (linked from bylines)
    for a in people[1:]:
        nonarticle(c, "author", author_path(c, a), a, c["bio"] % a)
    # home page
    lead, rest = c["stories"][0], c["stories"][1:]
    home = ('<div class="home"><h1 class="sr-only">%s</h1><div class="opening"><h2><a href="%s">%s</a></h2><p>%s</p></div>%s</div>') % (
        E(c["name"]), lead["path"], E(lead["h"]), E(lead["p"][0]), teaser_list(c, rest, "home-list", relt=True))
    write_page(OUT, c["host"], "/", shell(c, c["name"], head_common(c["name"], '<link rel="alternate" type="application/rss+xml" href="/rss.xml">' if k in ("es", "el") else ""), home))
    truth["nonarticles"].append(url(c, "/"))
    # feeds and sitemaps on some sites
    robots = "User-agent: *\nDisallow: /wp-admin/\n"
    dated = [s for s in c["stories"] if s["d"]]
    if k in ("nl", "ro"):
        write_page(OUT, c["host"], "/feed.xml", rss(c, dated))
    if k in ("es", "el"):
        write_page(OUT, c["host"], "/rss.xml", rss(c, dated))
    if k == "cs":
        write_page(OUT, c["host"], "/atom.xml", atom(c, dated))
    if k in ("nl", "it", "hu", "la"):
        write_page(OUT, c["host"], "/sitemap.xml", sitemap(c, [s["path"] for s in c["stories"]] + [c["sec"][1], c["tag"][1], c["about"][1]]))
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
