"""Web ag: twelve news sites built on modern front-end stacks and CMSs, in
English, Spanish, German, French, Italian and Dutch (36 articles, 3 a site),
each on its own template: a Next.js daily whose story also sits in
<script id="__NEXT_DATA__"> (no JSON-LD); a Nuxt 2 paper with
window.__NUXT__ and a JSON-LD author that is the publisher; an Astro site of
Tailwind class soup (no <article>, no machine dates, no JSON-LD); a React
server-streaming site whose story arrives in <div hidden id="S:0"> behind a
skeleton ("Published Mar 3, 2025 · Updated 2 hours ago", "Posted 5 hours
ago", "Updated 2 hours ago" with the day only in article:published_time);
an Italian paper with AMP twins (<html amp>, amp-img, rel=amphtml and
canonical; the AMP tag page links the AMP copies, scored as "synd"); a
French paywalled paper whose page shows two paragraphs and carries the full
text in JSON-LD articleBody; a Dutch WordPress theme with Yoast @graph
(author by @id; one story posted by the user "Redactie" with "Tekst: Daan
Mulder" at its foot); a German Ghost blog (JSON-LD names the primary author
only; a Ghost page for "about"); a Substack-like newsletter ("H - by A and B
- Pub" titles, subscribe widget inside the body, a /p/.../comments/ page); a
Medium-like post (author only in a link to /@handle on one story; "H | by A
| Pub | Quillpost" titles); a Gatsby site (CSS-module class soup, "hace 3
horas", JSON-LD datePublished set to the build day on one story); a Nuxt 3
site (__NUXT_DATA__ devalue array, site name first: "L'Écho des Cimes »
H"). Visible dates "Mar 3, 2025", "3 de marzo de 2025 - 00:40 CET" (the UTC
day before), "03.03.2025, 14:20 Uhr", "3 marzo 2025", "Publié le 3 mars 2025
à 07h45, mis à jour le ...", "4 maart 2025" (00:15 +01:00), "21. Mai 2024",
"Feb 06, 2025". Bylines "By A, Transport Correspondent", "Por A e B", "Von A
und B", "di A e B", "Par A et B", "door A", Ghost/Substack/Medium author
links. Noise: cookie banners, mastheads with today's date, most-read
sidebars with relative times, related teasers inside bodies, comments with
later dates, newsletter boxes, photo credits, share bars, author bios.
Non-articles (on every site): home, section, tag, author, search, archive,
about, plus video, gallery, live blog, podcast list, events, job ad,
weather, horoscope, newsletter sign-up, login and comments pages; robots.txt,
sitemaps and RSS on most sites. Crawled once with the newsroom devel build
(nr-base): stored 36 of 36, titles 36, dates 35 (the Gatsby story took the
build day in JSON-LD datePublished over the visible "14 de octubre de
2024"), authors 35 (Yoast's poster "Redactie" over "Tekst: Daan Mulder"),
bodies 11 of 15 right (comment threads kept on the Nuxt and Astro sites;
the paywalled story kept the wall and not the JSON-LD articleBody), 0 of
158 non-articles stored, AMP copies folded into their originals 3 of 3.
Writes the sites and truth.json under the directory given as the first
argument."""
import datetime, html, json, os, random, re, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18112
rnd = random.Random("web-ag")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
NOW = DT.now(datetime.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)


def J(o):
    """JSON for inside a <script>: no "</" to end the element early."""
    return json.dumps(o, ensure_ascii=False).replace("</", "<\\/")


MON = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}


def long_day(k, d):
    m, w = MON[k][d.month - 1], WD[k][d.weekday()]
    return {"en": "%s, %s %d, %d" % (w, m, d.day, d.year), "es": "%s, %d de %s de %d" % (w, d.day, m, d.year),
            "de": "%s, %d. %s %d" % (w, d.day, m, d.year), "fr": "%s %d %s %d" % (w.capitalize(), d.day, m, d.year),
            "it": "%s %d %s %d" % (w, d.day, m, d.year), "nl": "%s %d %s %d" % (w, d.day, m, d.year)}[k]


def short_day(k, d):
    m = MON[k][d.month - 1]
    return {"en": "%s %d, %d" % (m[:3], d.day, d.year), "es": "%d de %s de %d" % (d.day, m, d.year),
            "de": d.strftime("%d.%m.%Y"), "fr": "%d %s %d" % (d.day, m, d.year),
            "it": "%d %s %d" % (d.day, m, d.year), "nl": "%d %s %d" % (d.day, m, d.year)}[k]


REL = {"en": lambda n: "%dh ago" % n, "es": lambda n: "hace %d horas" % n, "de": lambda n: "vor %d Std." % n,
       "fr": lambda n: "il y a %d h" % n, "it": lambda n: "%d ore fa" % n, "nl": lambda n: "%d uur geleden" % n}


def iso(d, tz, ms=False, z=False):
    """d local, tz minutes east of UTC: ISO 8601 with the offset (or in UTC with Z)."""
    if z:
        u = d - TD(minutes=tz)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")
    sign = "+" if tz >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, abs(tz) // 60, abs(tz) % 60)


def slugify(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"),
                 ("á", "a"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ç", "c"), ("'", ""), ("’", "")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


# Stories per site: (head, dek, authors, local (y, m, d, h, mi), paragraphs).
ST = {}
ST[1] = [
    ("Harbour authority approves £40m plan to dredge the east channel", "Larger container ships could use the northern quays again by 2027",
     ["Hannah Price"], (2025, 3, 3, 9, 12), [
        "The harbour authority has approved a £40m plan to deepen the east channel, clearing the way for larger container ships to dock at the city's northern quays for the first time in two decades.",
        "Board members voted seven to two on Monday evening after a three-hour meeting in which fishermen, environmental groups and shipping firms all asked to be heard. The work is expected to begin in September and last about eighteen months.",
        "Supporters say the channel has silted up so badly that vessels now wait offshore for the tide, costing operators thousands of pounds a day. \u201cEvery hour a ship sits at anchor is an hour we are losing business to other ports,\u201d said the authority's chief executive, Martin Hale.",
        "Opponents warned that disturbing the seabed could release decades of industrial sediment into the bay. The local wildlife trust said it would examine the environmental assessment line by line before deciding whether to challenge the decision in court.",
        "The authority said the dredged material would be tested in batches and any contaminated silt taken to a licensed site inland rather than dumped at sea."]),
    ("Night bus routes to return after driver shortage eases", "The N4, N11 and N23 will run again from 10 February",
     ["Oliver Grant", "Meera Shah"], (2025, 1, 14, 16, 40), [
        "Three night bus routes cut last spring will return next month after the city's main operator said it had finally recruited enough drivers to run them.",
        "The N4, N11 and N23 services, which link the centre with the outer estates, were withdrawn in April when the company was short of almost ninety drivers. Passengers working late shifts in hospitals, warehouses and restaurants were left relying on taxis or long walks home.",
        "The operator said a new training scheme, which pays recruits while they study for their licence, had brought in 112 drivers since the summer. Around a third of them are women, a record for the company.",
        "Union representatives welcomed the announcement but said staff were still working too many rest-day shifts. They have asked for talks on rotas before the routes restart on 10 February.",
        "Councillors said they would monitor punctuality closely during the first months, after complaints that the remaining night services had been running up to forty minutes late."]),
    ("Lifeboat crew rescues two kayakers caught in fog off Gull Point", "The pair called the coastguard from a waterproof pouch",
     ["Meera Shah"], (2024, 11, 22, 7, 55), [
        "Two kayakers were rescued by the volunteer lifeboat crew on Thursday evening after thick fog rolled in off Gull Point and they lost sight of the shore.",
        "The pair, both in their thirties, had set out from the slipway at Carrow Bay in calm conditions shortly after four o'clock. Within an hour visibility had dropped to less than fifty metres and they used a mobile phone to call the coastguard.",
        "The inshore lifeboat found them about a mile offshore, cold but unhurt, clinging to their boats near a marker buoy. Crew members said the kayakers had done the right thing by staying together and keeping their phone in a waterproof pouch.",
        "The station's helmsman, Ruth Ashby, urged anyone heading out on the water to check forecasts and carry a means of calling for help. \u201cFog can arrive in minutes on this stretch of coast,\u201d she said."]),
]
ST[2] = [
    ("El Ayuntamiento aprueba ampliar el carril bici hasta el puerto", "El nuevo tramo, de 2,4 kilómetros, costará 3,1 millones de euros",
     ["Marta Delgado"], (2025, 3, 3, 0, 40), [
        "El pleno del Ayuntamiento aprobó anoche ampliar el carril bici del paseo marítimo hasta el puerto, un tramo de 2,4 kilómetros que llevaba años reclamando la asociación de ciclistas de la ciudad.",
        "La obra costará 3,1 millones de euros y se financiará en parte con fondos europeos destinados a la movilidad sostenible. El equipo de gobierno prevé licitarla antes del verano y terminarla en la primavera de 2026.",
        "La oposición votó en contra al considerar que el proyecto elimina más de 150 plazas de aparcamiento en una zona donde los comerciantes ya se quejan de la falta de sitio para los clientes.",
        "La concejala de Movilidad, Lucía Ferrer, defendió que se habilitarán nuevas plazas en el solar de la antigua estación de autobuses. «El carril no es contra nadie, es para que la gente pueda llegar al trabajo sin coche», dijo.",
        "Según los datos municipales, el uso de la bicicleta en la ciudad ha crecido un 38 % desde 2021."]),
    ("Los embalses de la cuenca alcanzan su nivel más alto en cinco años", "Las lluvias de enero devuelven las reservas al 71 % de su capacidad",
     ["Pablo Serrano", "Irene Campos"], (2025, 2, 11, 12, 15), [
        "Los embalses de la cuenca se encuentran al 71 % de su capacidad, el nivel más alto registrado en esta época del año desde 2020, según el último boletín de la confederación hidrográfica.",
        "Las lluvias de enero y de la primera semana de febrero han permitido recuperar buena parte de las reservas perdidas durante la sequía de los dos últimos años.",
        "Los regantes celebran los datos, aunque piden prudencia. «Un buen invierno no arregla tres años malos», advirtió el presidente de la comunidad de regantes, Antonio Ruiz.",
        "La confederación mantendrá de momento las restricciones al riego agrícola, aunque estudiará suavizarlas en abril si las previsiones de primavera son favorables."]),
    ("Cierra la librería más antigua del casco histórico tras 94 años", "Los hermanos Jiménez bajarán la persiana el 31 de diciembre",
     ["Irene Campos"], (2024, 12, 20, 18, 30), [
        "La librería Cervantes, la más antigua del casco histórico, bajará la persiana el próximo 31 de diciembre después de 94 años vendiendo libros en la calle Mayor.",
        "Sus propietarios, los hermanos Jiménez, tercera generación al frente del negocio, explican que la subida del alquiler y la caída de las ventas han hecho imposible continuar.",
        "Durante la última semana, decenas de vecinos han pasado por la tienda para despedirse y comprar algún libro como recuerdo. Muchos recuerdan haber adquirido allí sus primeros cuentos.",
        "La asociación de comerciantes ha pedido al Ayuntamiento que estudie ayudas para los negocios históricos del centro, que en la última década se han reducido a la mitad.",
        "El local, de techos altos y estanterías de madera, no tiene todavía nuevo inquilino."]),
]
ST[3] = [
    ("Stadtrat beschließt neues Parkhaus am Hauptbahnhof", "600 Stellplätze, eine Fahrradstation und Ladesäulen: Die Grünen stimmen dagegen",
     ["Lena Hoffmann", "Felix Brandt"], (2025, 3, 3, 14, 20), [
        "Der Stadtrat hat am Montagabend mit knapper Mehrheit den Bau eines neuen Parkhauses am Hauptbahnhof beschlossen. Das Gebäude soll rund 600 Stellplätze, eine Fahrradstation und Ladesäulen für Elektroautos bekommen.",
        "Die Kosten werden auf 28 Millionen Euro geschätzt. Die Stadtwerke sollen das Parkhaus bauen und betreiben, die Stadt beteiligt sich mit einem Zuschuss von vier Millionen Euro.",
        "Die Grünen stimmten geschlossen dagegen. Ein neues Parkhaus locke noch mehr Autos in die Innenstadt, sagte Fraktionschefin Anna Berger. Die Befürworter verweisen dagegen auf die vielen Pendler aus dem Umland, die bislang in den Wohnstraßen rund um den Bahnhof parken.",
        "Baubeginn soll im Frühjahr 2026 sein. Während der Arbeiten fällt der bisherige Parkplatz an der Bahnhofstraße weg, Ersatzflächen sollen am Messegelände entstehen."]),
    ("Hochwasserschutz: Deich bei Niederau wird erhöht", "Das Land stellt knapp elf Millionen Euro bereit",
     ["Sabine Roth"], (2025, 2, 12, 9, 5), [
        "Der Deich bei Niederau wird in den kommenden zwei Jahren um bis zu 80 Zentimeter erhöht. Das Land stellt dafür knapp elf Millionen Euro bereit, wie das Umweltministerium am Mittwoch mitteilte.",
        "Bei dem Hochwasser im vergangenen Winter hatte das Wasser nur wenige Zentimeter unter der Deichkrone gestanden. Hunderte Helfer hatten damals tagelang Sandsäcke gefüllt.",
        "Die Anwohner begrüßen die Pläne, fürchten aber monatelange Lastwagenfahrten durch den Ort. Der Landesbetrieb will deshalb eine Baustraße über die Felder anlegen.",
        "Die Arbeiten sollen im Herbst beginnen, wenn die Brutzeit der Vögel in den Auwiesen vorbei ist."]),
    ("Traditionsbäckerei Kemper findet einen Nachfolger", "Ein 29-jähriger Geselle übernimmt die Backstube in der Altstadt",
     ["Felix Brandt"], (2024, 12, 18, 16, 45), [
        "Die Bäckerei Kemper in der Altstadt bleibt erhalten. Nach monatelanger Suche hat Bäckermeister Josef Kemper einen Nachfolger für seinen Betrieb gefunden, den sein Großvater 1952 gegründet hatte.",
        "Übernehmen wird der 29-jährige Jonas Weber, der seit seiner Ausbildung in der Backstube arbeitet. Die sieben Angestellten sollen bleiben, ebenso das bekannte Roggenbrot nach altem Familienrezept.",
        "Kemper hatte im Sommer angekündigt, aus Altersgründen aufzuhören. Weil sich zunächst niemand fand, sammelten Stammkunden Unterschriften und starteten einen Aufruf in den sozialen Netzwerken.",
        "Ganz verabschieden will sich der 67-Jährige nicht. An Samstagen werde er weiterhin hinter der Theke stehen, sagte er."]),
]
ST[4] = [
    ("City council votes to pedestrianise Market Street from June", "Delivery vans will be allowed in only before 10 a.m.",
     ["Oliver Grant"], (2025, 3, 3, 11, 20), [
        "Market Street will be closed to cars from the first weekend of June after the city council voted on Monday to make the shopping street permanently pedestrian.",
        "The decision follows a six-month trial in which delivery vans were allowed in only before ten in the morning. Footfall rose by about a fifth during the trial, according to figures collected by the business improvement district.",
        "Some shopkeepers at the northern end of the street remain opposed, saying older customers can no longer park near their doors. The council has promised two new disabled bays on Chapel Lane and a shuttle from the Riverside car park.",
        "Work to remove kerbs and lay new paving will start in April. Council officers said the street would stay open to pedestrians throughout and that trading hours would not be affected.",
        "Cyclists will be asked to dismount between noon and six in the evening, when the street is busiest."]),
    ("Water main burst floods basements on Elm Avenue", "Residents may be without a full supply for days",
     ["Hannah Price"], None, [
        "A burst water main flooded the basements of at least a dozen homes on Elm Avenue early on Wednesday, and residents were told it could be days before the supply is fully restored.",
        "The pipe, laid in the 1930s, split shortly after three in the morning, sending water down the hill towards the junction with Park Road. Firefighters pumped out several cellars while engineers from the water company worked to isolate the leak.",
        "Bottled water is being handed out at the community centre on Grove Street. The company said vulnerable customers on its priority register would have supplies delivered to their doors.",
        "Residents said it was the third burst on the street in five years. \u201cWe keep being told the pipes will be replaced, but nothing happens,\u201d said Carol Benning, whose kitchen was under several inches of water."]),
    ("Transit agency unveils first electric double-deckers", "Forty buses will replace diesel vehicles on cross-town routes",
     ["Meera Shah", "Oliver Grant"], (2025, 2, 18, 10, 30), [
        "The regional transit agency has unveiled the first of forty electric double-decker buses that will replace diesel vehicles on its busiest cross-town routes by the end of next year.",
        "The buses, built at a plant two hundred miles north, can run for about 250 kilometres on a single charge. They will be charged overnight at the Eastgate depot, where the agency has installed a new substation.",
        "Officials said the fleet would cut about 3,000 tonnes of carbon dioxide a year. The vehicles also have more wheelchair space, USB sockets at every seat and screens showing the next stop.",
        "The first four buses will enter service on route 9 in March. Drivers have been taking part in training sessions on the regenerative brakes, which slow the bus and feed power back into the battery."]),
]
ST[5] = [
    ("Il Comune approva il nuovo piano per il centro storico", "Più zona a traffico limitato e tre piazze da riqualificare",
     ["Francesca Galli"], (2025, 3, 3, 19, 10), [
        "Il consiglio comunale ha approvato lunedì sera il nuovo piano per il centro storico, che prevede l'ampliamento della zona a traffico limitato e la riqualificazione di tre piazze.",
        "Il progetto costerà circa 7 milioni di euro, in parte finanziati con i fondi del Piano nazionale di ripresa e resilienza. I lavori dovrebbero cominciare in autunno e durare due anni.",
        "I commercianti di via Garibaldi hanno chiesto di mantenere l'accesso ai furgoni per le consegne nelle prime ore del mattino. L'amministrazione ha promesso una fascia oraria dedicata.",
        "«Vogliamo restituire il centro ai cittadini», ha detto il sindaco Roberto Ferri, ricordando che negli ultimi dieci anni il quartiere ha perso quasi un quinto dei suoi residenti."]),
    ("Frana sulla provinciale, isolata la frazione di Casale", "Nessun ferito, ma serviranno almeno tre giorni per liberare la strada",
     ["Luca Marchetti", "Elena Conti"], (2024, 11, 19, 8, 35), [
        "Una frana ha invaso nella notte la strada provinciale 24, isolando la frazione di Casale, dove vivono circa 150 persone.",
        "Nessuno è rimasto ferito. La colata di fango e detriti si è staccata dal versante dopo due giorni di piogge intense e ha coperto la carreggiata per una cinquantina di metri.",
        "I vigili del fuoco e i tecnici della Provincia sono al lavoro per liberare la strada, ma secondo le prime stime serviranno almeno tre giorni. Nel frattempo è stato aperto un percorso alternativo lungo una strada forestale.",
        "Il sindaco ha disposto la chiusura della scuola elementare della frazione e ha chiesto alla Regione lo stato di emergenza."]),
    ("Riapre dopo dieci anni il teatro Verdi", "Sabato il concerto inaugurale dell'orchestra sinfonica regionale",
     ["Elena Conti"], (2025, 2, 8, 12, 0), [
        "Dopo dieci anni di chiusura e tre cantieri interrotti, il teatro Verdi riaprirà al pubblico sabato prossimo con un concerto dell'orchestra sinfonica regionale.",
        "I lavori di restauro hanno riguardato il tetto, gli impianti e la sala, che ha ritrovato gli stucchi dorati e il sipario dipinto nel 1887.",
        "La capienza è stata ridotta a 480 posti per rispettare le norme antincendio. Il Comune affiderà la gestione a una fondazione che curerà la stagione di prosa e musica.",
        "I biglietti per la serata inaugurale sono andati esauriti in meno di un'ora.",
        "La stagione proseguirà con dodici spettacoli fino a maggio, tra cui due produzioni realizzate con le scuole della città."]),
]
ST[6] = [
    ("Transports : la région promet un train toutes les heures sur la ligne de la vallée", "Quatre nouvelles rames et des voies rénovées permettront de doubler la fréquence en décembre",
     ["Camille Rousseau"], (2025, 3, 3, 7, 45), [
        "La région a annoncé lundi qu'un train circulerait toutes les heures sur la ligne de la vallée à partir de décembre, contre un toutes les deux heures aujourd'hui.",
        "Cette amélioration, réclamée depuis des années par les élus locaux, a été rendue possible par la rénovation des voies achevée l'automne dernier et par l'arrivée de quatre nouvelles rames.",
        "Le vice-président chargé des transports, Bernard Lefèvre, a précisé que les premiers trains partiraient désormais à 5 h 40 afin de permettre aux salariés de l'hôpital d'arriver à l'heure pour la relève du matin.",
        "Les associations d'usagers saluent une bonne nouvelle, mais rappellent que plusieurs gares restent inaccessibles aux personnes en fauteuil roulant. La région promet des travaux dans trois d'entre elles d'ici 2027.",
        "Le coût de l'exploitation supplémentaire est estimé à 2,8 millions d'euros par an, financés par la région et l'agglomération."]),
    ("Le dernier cinéma indépendant du centre-ville cherche un repreneur", "Le Rex pourrait fermer au printemps faute d'acheteur",
     ["Julien Mercier", "Élise Fontaine"], (2025, 1, 14, 18, 20), [
        "Le Rex, dernier cinéma indépendant du centre-ville, pourrait fermer ses portes au printemps si aucun repreneur ne se manifeste d'ici la fin du mois de février.",
        "Son exploitant, Gérard Morel, 71 ans, souhaite prendre sa retraite après quarante ans passés derrière le guichet. Il assure avoir reçu plusieurs visites, mais aucune offre sérieuse.",
        "La salle, ouverte en 1936, compte deux écrans et 380 fauteuils. Elle accueille chaque année le festival du court métrage et de nombreuses séances scolaires.",
        "La mairie dit suivre le dossier de près et n'exclut pas de racheter les murs. Une association de spectateurs a déjà lancé une souscription qui a recueilli 40 000 euros en dix jours.",
        "« Une ville sans cinéma, c'est une ville qui s'éteint le soir », résume une habituée rencontrée à la sortie d'une séance."]),
    ("Grand froid : la préfecture active le plan d'hébergement d'urgence", "Deux gymnases ouvriront pour les personnes sans abri",
     ["Élise Fontaine"], (2025, 1, 8, 21, 10), [
        "La préfecture a déclenché mercredi soir le niveau 2 du plan grand froid, alors que les températures doivent descendre jusqu'à −8 °C dans la nuit de jeudi à vendredi.",
        "Deux gymnases supplémentaires seront ouverts pour accueillir les personnes sans abri, portant à 260 le nombre de places d'hébergement d'urgence dans le département.",
        "Les maraudes du Samu social seront renforcées et passeront toutes les deux heures dans les quartiers du centre. Les bénévoles distribuent couvertures, boissons chaudes et duvets.",
        "La préfecture rappelle que toute personne repérant quelqu'un en difficulté dans la rue peut composer le 115, joignable jour et nuit."]),
]
ST[7] = [
    ("Gemeente wil strandpaviljoens het hele jaar open laten", "Natuurorganisaties vrezen voor rust in de duinen",
     ["Femke Visser"], (2025, 3, 3, 8, 30), [
        "De gemeente wil dat strandpaviljoens voortaan het hele jaar open mogen blijven. Het college stuurt daarover deze week een voorstel naar de gemeenteraad.",
        "Nu moeten de meeste paviljoens tussen november en maart worden afgebroken. Ondernemers klagen al jaren dat dat veel geld kost en dat ze daardoor geen vast personeel kunnen aannemen.",
        "Natuurorganisaties zijn kritisch. Volgens hen hebben de duinen en het strand juist in de winter rust nodig, onder meer voor overwinterende vogels.",
        "Het voorstel geldt voorlopig voor zes paviljoens bij de boulevard. Als de proef slaagt, kan de regeling in 2027 worden uitgebreid."]),
    ("Veerdienst naar het eiland vaart weer volgens dienstregeling", "Vorige week vielen tientallen afvaarten uit",
     ["Daan Mulder"], (2025, 3, 4, 0, 15), [
        "De veerdienst naar het eiland vaart sinds dinsdag weer volgens de normale dienstregeling. Vorige week vielen tientallen afvaarten uit door storm en een defect aan een van de schepen.",
        "De rederij heeft het kapotte schroefasblok laten vervangen op de werf in Harlingen. Het schip werd maandagavond na een proefvaart weer in gebruik genomen.",
        "Eilanders en toeristen moesten dagenlang wachten in de haven. Sommigen konden pas met de laatste boot van de dag mee, anderen overnachtten aan de vaste wal.",
        "De rederij biedt reizigers die hun overtocht misten een tegoedbon aan. Ook onderzoekt ze of er een reserveschip kan worden ingehuurd voor drukke weekenden."]),
    ("Vissers en windparkbouwers sluiten akkoord over vaargebied", "Kleine boten mogen straks tussen de turbines vissen",
     ["Sanne Smit", "Femke Visser"], (2025, 1, 14, 11, 0), [
        "Vissers en de bouwers van het nieuwe windpark voor de kust hebben na maanden onderhandelen een akkoord gesloten over het gebruik van het vaargebied tussen de turbines.",
        "Kleine vissersboten mogen straks onder voorwaarden door het park varen en er met staand want vissen. Sleepnetvisserij blijft verboden vanwege het risico op schade aan de kabels.",
        "De vissers krijgen daarnaast een vergoeding voor de jaren waarin het gebied tijdens de bouw helemaal gesloten is. Over de hoogte daarvan zijn geen details bekendgemaakt.",
        "Het akkoord geldt als voorbeeld voor andere windparken op de Noordzee, waar vergelijkbare conflicten spelen."]),
]
ST[8] = [
    ("Warum die Mauersegler jedes Jahr später kommen", "Zwanzig Jahre Notizen vom Hof und was die Vogelwarte dazu sagt",
     ["Lena Hoffmann"], (2024, 5, 21, 8, 12), [
        "Seit zwanzig Jahren notiere ich den Tag, an dem die ersten Mauersegler über unserem Hof kreisen. Früher war es fast immer die letzte Aprilwoche, in diesem Jahr war es der 9. Mai.",
        "Ornithologen bestätigen den Eindruck. Nach Daten der Vogelwarte kommen die Segler in Mitteleuropa im Schnitt einige Tage später an als noch in den Neunzigerjahren, obwohl viele andere Zugvögel inzwischen früher zurückkehren.",
        "Eine mögliche Erklärung liegt in Afrika. Wenn die Regenzeit südlich der Sahara später einsetzt, finden die Vögel dort länger keine Insekten und brechen verzögert auf.",
        "Dazu kommt der Mangel an Nistplätzen. Bei Fassadensanierungen verschwinden Spalten unter Dachrinnen, in denen Mauersegler seit Generationen brüten.",
        "Wer helfen will, kann spezielle Nistkästen anbringen. Sie sollten mindestens sechs Meter hoch hängen und freien Anflug bieten."]),
    ("Ein Jahr mit dem Balkonkraftwerk: eine ehrliche Bilanz", "612 Kilowattstunden, 200 Euro und ein verändertes Waschverhalten",
     ["Felix Brandt", "Sabine Roth"], (2025, 2, 3, 10, 30), [
        "Vor genau einem Jahr haben wir zwei Solarmodule an das Balkongeländer geschraubt. Zeit für eine Bilanz: Hat sich die Anlage gelohnt?",
        "Insgesamt hat das kleine Kraftwerk 612 Kilowattstunden erzeugt, etwas weniger als der Hersteller versprochen hatte. Der Balkon liegt nach Südwesten, im Winter verschattet ihn das Nachbarhaus ab dem frühen Nachmittag.",
        "Bei einem Strompreis von 34 Cent haben wir rechnerisch gut 200 Euro gespart. Die Anlage hat 540 Euro gekostet, sie dürfte sich also im dritten Jahr bezahlt machen.",
        "Überrascht hat uns, wie sehr sich unser Verhalten verändert hat. Die Waschmaschine läuft jetzt mittags, und an sonnigen Tagen schauen wir öfter auf die App als auf das Wetter."]),
    ("Was im Stadtwald nach dem Sturm passiert", "Ein Rundgang mit dem Förster durch umgestürzte Fichten",
     ["Lena Hoffmann"], (2024, 11, 14, 17, 5), [
        "Drei Wochen nach dem Herbststurm sind viele Wege im Stadtwald noch gesperrt. Rund 1.400 Bäume hat das Unwetter umgeworfen oder so schwer beschädigt, dass sie gefällt werden müssen.",
        "Förster Martin Keller führt uns durch ein Waldstück, in dem die Fichten wie Mikadostäbe übereinanderliegen. Die meisten von ihnen waren durch die trockenen Sommer ohnehin geschwächt.",
        "Nicht jedes Holz wird abtransportiert. Ein Teil bleibt bewusst liegen, weil Käfer, Pilze und Vögel davon profitieren.",
        "Aufgeforstet wird mit Eichen, Hainbuchen und Esskastanien, die mit Hitze und Trockenheit besser zurechtkommen. Bis daraus wieder ein geschlossener Wald wird, vergehen Jahrzehnte."]),
]
ST[9] = [
    ("Why your electricity bill is about to get more complicated", "Time-of-use tariffs are coming. I tried one for a month.",
     ["Oliver Grant"], (2025, 2, 6, 13, 2), [
        "If you have opened your energy supplier's app recently, you may have noticed a new tab showing prices that change every half hour. That is not a glitch. It is the start of the biggest change to how households pay for electricity in a generation.",
        "Regulators want more of us on so-called time-of-use tariffs, where power is cheap when the wind is blowing and expensive in the early evening peak. The idea is simple: if enough people run dishwashers and charge cars at night, the grid needs fewer gas plants on standby.",
        "The catch is that the savings depend heavily on how flexible your household is. A retired couple who can shift laundry to the middle of the day will do well. A family with children who all want dinner at six may end up paying more.",
        "I spent a month on one of these tariffs to find out. My bill fell by eleven per cent, but only because I became slightly obsessive about when the washing machine ran.",
        "Next week I will look at the smart devices that promise to do the shifting for you, and whether any of them are worth the money."]),
    ("The quiet return of the repair shop", "New right-to-repair rules are changing what is worth fixing",
     ["Oliver Grant", "Meera Shah"], (2024, 12, 12, 9, 30), [
        "On a wet Tuesday in November, the queue outside a small shop on Ferry Road stretched past the bakery next door. People were not waiting for a sale. They were holding broken toasters, cracked phones and a surprising number of vacuum cleaners.",
        "Repair caf\u00e9s and independent fix-it shops have been spreading across the country for a decade, but this year something changed. New right-to-repair rules mean manufacturers must now sell spare parts and manuals for many household appliances for up to ten years.",
        "Shop owners told us that parts which once took weeks to arrive now turn up in days. One technician said she could finally replace a washing machine door seal without buying a whole second-hand machine for parts.",
        "The rules do not yet cover laptops or most phones, and prices for official parts can still be steep. But for the first time in years, fixing something can be cheaper than throwing it away."]),
    ("What the data centre boom means for small towns", "Business rates, few jobs and a question about water",
     ["Oliver Grant"], (2025, 1, 23, 7, 45), [
        "Three years ago, hardly anyone in the market town of Aldbury had heard of hyperscale computing. Now two vast grey sheds are rising on the old airfield, and the parish council meets in a packed hall.",
        "Data centre developers are drawn to places like Aldbury by cheap land and a strong connection to the high-voltage grid. In return, they promise business rates, construction jobs and, in some cases, a new sports pavilion.",
        "What they rarely bring is many permanent jobs. Once built, a large data centre may employ fewer than fifty people, most of them security guards and technicians on shifts.",
        "Residents are also asking about water. Some cooling systems use large volumes in hot weather, and the local supplier has already warned of pressure on summer reserves.",
        "None of this means the projects are a bad deal. But the towns that do best seem to be the ones that negotiate hard before the first concrete is poured."]),
]
ST[10] = [
    ("I redesigned our city's bus map. Here is what I learned", "Thirty-one colours, two hundred comments and one font size",
     ["Hannah Price"], (2024, 10, 8, 14, 21), [
        "Last spring our transit agency asked for volunteers to help rethink the bus map that hangs in every shelter. I said yes before I understood how many opinions one sheet of paper could hold.",
        "The old map tried to show every route at once, in thirty-one colours. Riders told us they could find their own bus but had no idea how to get anywhere new.",
        "We started by removing things. Routes that run less than once an hour became thin grey lines, and the frequent network, buses every ten minutes or better, got thick bright ones.",
        "The first printed test went up at six stops in August. Within a week we had more than two hundred comments, most of them about the font size.",
        "The final version goes into shelters next month. It is not perfect, but people who used to ask drivers for directions now stand in front of it and work it out for themselves."]),
    ("Accessible forms are not a nice-to-have", "What forty council forms taught us about who gets left out",
     ["Daniel Okafor"], (2025, 2, 25, 16, 5), [
        "Every government service eventually becomes a form. Applying for a parking permit, registering a child for school or reporting a pothole all end with boxes to fill in and a button to press.",
        "When those forms fail, they fail the people who most need the service. Screen reader users hit unlabelled fields, older residents time out halfway through, and error messages appear in red text at the top of the page where nobody looks.",
        "Our team audited forty council forms last year. Only six passed basic accessibility checks, and several could not be completed at all without a mouse.",
        "The fixes were rarely expensive. Clear labels, error messages next to the field they refer to and longer session timeouts solved most of the problems in an afternoon.",
        "Accessibility is often treated as a final polish before launch. It should be the first question we ask."]),
    ("Notes from a week without a car in a suburb built for one", "A folding bicycle, a patient neighbour and a bus every forty minutes",
     ["Priya Natarajan"], (2025, 1, 9, 19, 48), [
        "Our suburb was designed in the 1970s around the assumption that every adult would drive. The nearest supermarket is two kilometres away, along a road with no pavement for half its length.",
        "In January I left the car keys in a drawer for seven days to see whether it was possible to live here without them. The answer was yes, but only just, and mostly thanks to a folding bicycle and a patient neighbour.",
        "The bus into town runs every forty minutes and stops at seven in the evening. Twice I walked home in the dark along the verge, which is not an experience I would recommend.",
        "What surprised me was how much of the week was spent planning. Every errand needed a timetable check, a weather check and a backup plan.",
        "Small changes would help: a footpath along Mill Road, a later last bus, a secure bike rack at the shops. None of them would cost as much as the roundabout the council is building."]),
]
ST[11] = [
    ("Vecinos de San Roque reclaman un centro de salud propio", "Más de 400 personas se concentran ante la Delegación de Salud",
     ["Pablo Serrano"], None, [
        "Más de 400 vecinos del barrio de San Roque se concentraron este domingo frente a la Delegación de Salud para reclamar un centro de atención primaria en el barrio, que hoy depende del ambulatorio de la avenida de Andalucía.",
        "Los residentes aseguran que las citas con el médico de familia tardan más de dos semanas y que muchas personas mayores tienen que coger dos autobuses para llegar a la consulta.",
        "La plataforma vecinal ha reunido 6.000 firmas y prepara una moción que los grupos de la oposición presentarán en el próximo pleno municipal.",
        "Fuentes de la Consejería de Sanidad indicaron que el proyecto está incluido en el plan de infraestructuras sanitarias, aunque no concretaron plazos ni presupuesto."]),
    ("El festival de cine del valle bate récord de espectadores", "La vigésima edición cierra con 18.500 asistentes",
     ["Irene Campos"], (2024, 10, 14, 20, 15), [
        "La vigésima edición del Festival de Cine del Valle cerró el sábado con 18.500 espectadores, la cifra más alta de su historia y un 12 % más que el año pasado.",
        "La película argentina «La casa del río» se llevó el premio principal del jurado, mientras que el público eligió el documental «Pan de cada día», rodado en varios pueblos de la comarca.",
        "La organización atribuye el éxito a la ampliación de las sesiones al aire libre en la plaza de la Constitución, que se llenaron casi todas las noches.",
        "El director del certamen, Julián Mora, avanzó que la próxima edición incluirá una sección dedicada a cortometrajes realizados por estudiantes de institutos de la provincia.",
        "El festival cuenta con un presupuesto de 420.000 euros, aportados a partes iguales por el Ayuntamiento y la Diputación."]),
    ("La cooperativa de aceite duplica su producción tras un otoño lluvioso", "Los 1.200 socios entregan 31 millones de kilos de aceituna",
     ["Marta Delgado"], (2025, 1, 28, 10, 0), [
        "La cooperativa olivarera de Villanueva ha molturado este año casi el doble de aceituna que en la campaña anterior, gracias a las lluvias del otoño que llegaron tras dos años de sequía.",
        "En total, los 1.200 socios han entregado 31 millones de kilos de aceituna, de los que se han obtenido unos 6,5 millones de kilos de aceite de oliva virgen extra.",
        "El gerente, Manuel Ortega, explicó que la calidad ha sido excelente, aunque advirtió de que los precios en origen han bajado casi un 40 % respecto al año pasado.",
        "La cooperativa invertirá parte de los beneficios en una nueva línea de envasado que le permitirá vender directamente a supermercados de otras comunidades."]),
]
ST[12] = [
    ("Stations de ski : une saison sauvée de justesse par les chutes de neige de février", "La fréquentation des vacances d'hiver progresse de 6 %",
     ["Julien Mercier"], (2025, 3, 3, 6, 30), [
        "Après un mois de janvier sans neige qui avait inquiété les professionnels, les chutes de février ont permis aux stations de moyenne montagne de sauver la saison d'hiver.",
        "Selon l'association des maires des stations, la fréquentation des vacances de février est en hausse de 6 % par rapport à l'an dernier. Les remontées mécaniques ont tourné à plein pendant deux semaines.",
        "Les stations situées sous 1 500 mètres restent toutefois fragiles. Plusieurs d'entre elles ont dû fermer certaines pistes dès la fin des vacances, faute de neige suffisante.",
        "Les élus plaident pour une diversification des activités, avec davantage de randonnée, de VTT et d'événements culturels hors saison."]),
    ("Un troupeau de bouquetins réintroduit dans le massif des Aravis", "Vingt animaux équipés de colliers GPS relâchés sur les pentes",
     ["Camille Rousseau"], (2024, 10, 22, 11, 40), [
        "Vingt bouquetins ont été relâchés mardi matin sur les pentes du massif des Aravis, où l'espèce avait disparu depuis plus d'un siècle.",
        "Les animaux, capturés dans le parc national de la Vanoise, ont été équipés de colliers GPS qui permettront aux scientifiques de suivre leurs déplacements pendant trois ans.",
        "L'opération a été préparée pendant quatre ans avec les éleveurs, les chasseurs et les communes. Certains craignaient une concurrence avec les troupeaux de moutons sur les alpages.",
        "Les gardes de la réserve demandent aux randonneurs de ne pas s'approcher des animaux et de tenir leurs chiens en laisse dans le secteur.",
        "Si la population s'installe durablement, une seconde vague de lâchers pourrait avoir lieu dans deux ans."]),
    ("Le tunnel du col fermé six semaines pour travaux de sécurité", "Une déviation rallongera le trajet d'environ quarante minutes",
     ["Julien Mercier", "Élise Fontaine"], (2025, 2, 17, 15, 50), [
        "Le tunnel du col sera fermé à la circulation du 7 avril au 19 mai pour permettre la modernisation de son système de ventilation et de ses issues de secours.",
        "Pendant la fermeture, les automobilistes devront emprunter la route de la vallée, ce qui rallongera le trajet d'environ quarante minutes. Les poids lourds seront déviés par l'autoroute.",
        "Les commerçants des villages situés de part et d'autre du tunnel redoutent une baisse de leur chiffre d'affaires au printemps, période importante pour le tourisme.",
        "La direction des routes assure que ces travaux sont indispensables pour respecter les normes de sécurité renforcées après plusieurs incendies dans des tunnels alpins."]),
]

# Non-article pages: the labels and a few lines of text per language.
NA = {
    "en": dict(home="Home", search="Search results for", archive="Archive", latest="Latest", most="Most read",
               about=("About us", ["We are an independent newsroom covering the city and the coast since 1998.", "Newsroom: 14 Quay Street. Tips: news@example.org, phone 01632 960 118."]),
               video=("Watch: the storm surge at the harbour wall", "Footage filmed by readers on Sunday night. Duration 2:14."),
               gallery=("In pictures: the winter swim on New Year's Day", ["Swimmers run into the sea at Carrow Bay", "A lifeguard watches from the slipway", "Hot drinks on the promenade"]),
               live=("Live: storm updates as high winds hit the region", ["08:55 Trains between the coast and the city are suspended until further notice.", "08:20 The harbour bridge has been closed to high-sided vehicles.", "07:45 The Met Office has upgraded the wind warning to amber."]),
               podcast=("The Daily Catch podcast", ["Episode 112: Who pays for the sea wall? (32 min)", "Episode 111: Night buses and the people who need them (28 min)", "Episode 110: A year on the lifeboats (41 min)"]),
               events=("What's on this week", ["Fri 7 Mar: Harbour Jazz Night, The Custom House, 8pm", "Sat 8 Mar: Farmers' market, Quay Square, 9am-2pm", "Sun 9 Mar: Beach clean, Gull Point car park, 10am"]),
               job=("Job: Digital producer (full time)", "We are looking for a digital producer to join our homepage team. You will write headlines, choose pictures and work shifts including weekends. Salary £28,000-£32,000. Closing date: 31 March 2025."),
               weather=("Weather forecast", [("Today", "Showers, 9°C"), ("Tomorrow", "Sunny spells, 11°C"), ("Thursday", "Rain, 8°C")]),
               horoscope=("Your horoscope", [("Aries", "A conversation you have been avoiding turns out easier than expected."), ("Taurus", "Money matters need a second look before Friday.")]),
               signup=("Sign up for our newsletters", "Get the morning briefing in your inbox every weekday at 7am. It is free and you can unsubscribe at any time."),
               login=("Sign in", "Sign in to manage your subscription and newsletters.")),
    "es": dict(home="Portada", search="Resultados de búsqueda para", archive="Hemeroteca", latest="Lo último", most="Lo más leído",
               about=("Quiénes somos", ["Somos un diario digital independiente fundado en 2009.", "Redacción: calle del Puerto 12. Correo: redaccion@example.org."]),
               video=("Vídeo: así fue la crecida del río a su paso por el puente", "Imágenes grabadas por los lectores el domingo. Duración 1:48."),
               gallery=("Galería: la romería de San Isidro, en imágenes", ["Carretas engalanadas a la salida del pueblo", "Vecinos bailan en la pradera", "La ofrenda floral ante la ermita"]),
               live=("Directo: el temporal obliga a cerrar colegios en la comarca", ["10:40 La Guardia Civil corta la carretera del puerto por la nieve.", "09:15 Suspendidas las clases en nueve municipios.", "08:30 Aemet activa el aviso naranja por viento."]),
               podcast=("Podcast: Cada mañana", ["Episodio 58: ¿Quién cuida de los mayores en los pueblos? (24 min)", "Episodio 57: La sequía que no se ve (31 min)"]),
               events=("Agenda cultural", ["Viernes 7: concierto de la banda municipal, plaza Mayor, 20.00", "Sábado 8: mercado de artesanía, paseo del río, 10.00-14.00", "Domingo 9: ruta guiada por el casco histórico, 11.00"]),
               job=("Oferta de empleo: redactor/a de local", "Buscamos un redactor o redactora para la sección de Local con experiencia en información municipal. Contrato indefinido y jornada completa. Envía tu currículum antes del 31 de marzo de 2025."),
               weather=("El tiempo", [("Hoy", "Nubes y claros, 14 °C"), ("Mañana", "Lluvia débil, 12 °C"), ("Jueves", "Soleado, 16 °C")]),
               horoscope=("Horóscopo de hoy", [("Aries", "Una conversación pendiente resultará más sencilla de lo que pensabas."), ("Tauro", "Revisa tus cuentas antes del fin de semana.")]),
               signup=("Boletines", "Recibe cada mañana las noticias de la comarca en tu correo. Es gratis y puedes darte de baja cuando quieras."),
               login=("Iniciar sesión", "Accede para gestionar tu suscripción.")),
    "de": dict(home="Startseite", search="Suchergebnisse für", archive="Archiv", latest="Neueste Artikel", most="Meistgelesen",
               about=("Impressum", ["Rheinblick Medien GmbH, Hafenstraße 3, Verantwortlich für den Inhalt: Chefredaktion.", "Kontakt: redaktion@example.org, Telefon 0221 555 0190."]),
               video=("Video: So sah die Hochwasserlage am Pegel aus", "Aufnahmen von Leserinnen und Lesern vom Sonntagabend. Dauer 2:03."),
               gallery=("Bilder: Der Rosenmontagszug in der Altstadt", ["Die Prinzengarde am Marktplatz", "Kamelle für die Kleinsten", "Der Wagen der Bäckerinnung"]),
               live=("Liveblog: Unwetter über der Region", ["11:05 Die Feuerwehr meldet mehr als 200 Einsätze seit dem Morgen.", "10:20 Die Rheinuferstraße ist wegen umgestürzter Bäume gesperrt.", "09:40 Der Wetterdienst warnt vor Orkanböen."]),
               podcast=("Podcast: Feldnotizen zum Hören", ["Folge 24: Wie laut ist ein Wald? (38 Min.)", "Folge 23: Nistkästen für Anfänger (29 Min.)"]),
               events=("Veranstaltungen", ["Fr, 7. März: Lesung in der Stadtbibliothek, 19 Uhr", "Sa, 8. März: Flohmarkt am Rheinufer, 8 bis 15 Uhr"]),
               job=("Stellenangebot: Redakteur/in Lokales (m/w/d)", "Wir suchen zum nächstmöglichen Zeitpunkt eine Redakteurin oder einen Redakteur für unsere Lokalredaktion. Sie recherchieren, schreiben und produzieren für Web und Print. Bewerbungen bis zum 31.03.2025."),
               weather=("Wetter für die Region", [("Heute", "Wolkig, 8 °C"), ("Morgen", "Regen, 6 °C"), ("Donnerstag", "Sonnig, 10 °C")]),
               horoscope=("Horoskop", [("Widder", "Ein lange aufgeschobenes Gespräch fällt Ihnen leichter als gedacht."), ("Stier", "Prüfen Sie Ihre Finanzen vor dem Wochenende.")]),
               signup=("Newsletter abonnieren", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region. Kostenlos und jederzeit kündbar."),
               login=("Anmelden", "Melden Sie sich an, um Ihr Abo zu verwalten.")),
    "fr": dict(home="Accueil", search="Résultats de recherche pour", archive="Archives", latest="Dernières infos", most="Les plus lus",
               about=("Qui sommes-nous ?", ["Quotidien régional indépendant fondé en 1946.", "Rédaction : 5, place de la Gare. Contact : redaction@example.org."]),
               video=("Vidéo : la crue de la rivière filmée depuis le pont", "Images tournées par des lecteurs dimanche soir. Durée 1:52."),
               gallery=("En images : le carnaval dans les rues du centre", ["Le char des écoles", "Les fanfares place de la Mairie", "Confettis sur le parvis"]),
               live=("Direct : le col fermé, suivez la situation", ["10:30 La circulation reprend en alternance sur la route de la vallée.", "09:45 Un poids lourd en travers bloque la déviation.", "08:10 Le tunnel est fermé depuis 6 heures."]),
               podcast=("Podcast : La Matinale", ["Épisode 40 : Qui veut reprendre les cinémas de quartier ? (27 min)", "Épisode 39 : Le train de la vallée (33 min)"]),
               events=("Agenda : que faire ce week-end ?", ["Vendredi 7 : concert à la salle des fêtes, 20 h 30", "Samedi 8 : marché des producteurs, place du Marché, 8 h-13 h"]),
               job=("Offre d'emploi : journaliste web (H/F)", "Nous recrutons un ou une journaliste pour notre rédaction numérique, en CDI. Vous assurerez l'édition du site et des réseaux sociaux, y compris le week-end. Candidatures avant le 31 mars 2025."),
               weather=("Météo", [("Aujourd'hui", "Neige faible, −2 °C"), ("Demain", "Éclaircies, 3 °C"), ("Jeudi", "Ensoleillé, 5 °C")]),
               horoscope=("Horoscope du jour", [("Bélier", "Une discussion repoussée se passe mieux que prévu."), ("Taureau", "Faites vos comptes avant vendredi.")]),
               signup=("Nos newsletters", "Recevez chaque matin l'essentiel de l'actualité régionale. Gratuit, désinscription à tout moment."),
               login=("Se connecter", "Connectez-vous pour gérer votre abonnement.")),
    "it": dict(home="Home", search="Risultati della ricerca per", archive="Archivio", latest="Ultime notizie", most="I più letti",
               about=("Chi siamo", ["Quotidiano locale fondato nel 1952.", "Redazione: piazza della Libertà 4. Email: redazione@example.org."]),
               video=("Video: la piena del fiume vista dal ponte vecchio", "Le immagini girate dai lettori domenica sera. Durata 1:37."),
               gallery=("Fotogallery: la sagra della castagna", ["Le caldarroste in piazza", "La sfilata dei carri", "I bambini al laboratorio"]),
               live=("Diretta: maltempo, strade chiuse e scuole", ["11:20 Riaperta la statale in direzione nord.", "10:05 Chiuse le scuole in tre comuni.", "08:40 Allerta arancione della Protezione civile."]),
               podcast=("Podcast: La Valle in 10 minuti", ["Puntata 31: Chi salva i teatri di provincia (12 min)", "Puntata 30: Frane e territorio (10 min)"]),
               events=("Eventi in città", ["Venerdì 7: concerto in Duomo, ore 21", "Sabato 8: mercatino dell'antiquariato, piazza Garibaldi"]),
               job=("Lavora con noi: cercasi redattore web", "Cerchiamo un redattore o una redattrice per il sito, con esperienza di cronaca locale. Contratto a tempo pieno. Candidature entro il 31 marzo 2025."),
               weather=("Meteo", [("Oggi", "Nuvoloso, 12 °C"), ("Domani", "Pioggia, 10 °C"), ("Giovedì", "Sereno, 15 °C")]),
               horoscope=("Oroscopo di oggi", [("Ariete", "Un chiarimento atteso arriva nel momento giusto."), ("Toro", "Attenzione alle spese nel fine settimana.")]),
               signup=("Newsletter", "Ricevi ogni mattina le notizie della valle. È gratis e puoi disiscriverti quando vuoi."),
               login=("Accedi", "Accedi per gestire il tuo abbonamento.")),
    "nl": dict(home="Home", search="Zoekresultaten voor", archive="Archief", latest="Laatste nieuws", most="Meest gelezen",
               about=("Over ons", ["Kustkrant is een onafhankelijke nieuwssite voor de kust en de eilanden.", "Redactie: Havenkade 21. Tips: redactie@example.org."]),
               video=("Video: zo hoog stond het water op de boulevard", "Beelden van lezers van zondagavond. Duur 1:25."),
               gallery=("Fotoserie: de nieuwjaarsduik in beeld", ["Duikers rennen de zee in", "Een badmeester houdt toezicht", "Erwtensoep op de boulevard"]),
               live=("Liveblog: storm raast over de kust", ["10:15 Veerdienst vaart vandaag niet meer.", "09:30 Boulevard afgesloten voor verkeer.", "08:05 KNMI geeft code oranje af."]),
               podcast=("Podcast: De Kustkrant", ["Aflevering 12: Wie betaalt de dijk? (26 min)", "Aflevering 11: Vissers en windmolens (30 min)"]),
               events=("Agenda", ["Vrijdag 7 maart: concert in de Grote Kerk, 20.00 uur", "Zaterdag 8 maart: strandschoonmaak, 10.00 uur"]),
               job=("Vacature: verslaggever (32-36 uur)", "Wij zoeken een verslaggever die nieuws van de eilanden en de kust brengt, online en in de krant. Reageren kan tot en met 31 maart 2025."),
               weather=("Weer", [("Vandaag", "Buien, 9 °C"), ("Morgen", "Zonnig, 11 °C"), ("Donderdag", "Regen, 8 °C")]),
               horoscope=("Horoscoop", [("Ram", "Een uitgesteld gesprek valt mee."), ("Stier", "Let op je uitgaven dit weekend.")]),
               signup=("Nieuwsbrief", "Ontvang elke ochtend het nieuws van de kust in je mailbox. Gratis en altijd opzegbaar."),
               login=("Inloggen", "Log in om je abonnement te beheren.")),
}


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def fdate(c, s):
    return short_day(c["k"], s["d"]) if s["d"] else REL[c["k"]](s["rel"])


def teaser_list(c, ss, rel=False, cls="teasers"):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="%s">%s</a> <span class="when">%s</span></li>' % (
        s["path"], E(s["head"]), E(REL[c["k"]](1 + 3 * j) if rel else fdate(c, s))) for j, s in enumerate(ss)))


def lab(k, p):
    v = NA[k].get(p[0], "")
    return v[0] if isinstance(v, tuple) else "%s “%s”" % (v, p[3]) if p[0] == "search" else v


def na_inner(c, kind, title, x=None):
    """The main part of a non-article page, in the site's language."""
    k, L = c["k"], NA[c["k"]]
    ss = c["stories"]
    if kind in ("section", "tag", "archive"):
        return '<h1 class="listing-title">%s</h1>%s' % (E(title), teaser_list(c, ss))
    if kind == "search":
        return '<h1>%s “%s”</h1><form action="%s"><input name="q" value="%s"><button>→</button></form><p>%d</p>%s' % (
            E(L["search"]), E(x), c["srch"].split("?")[0], E(x), len(ss), teaser_list(c, ss))
    if kind == "author":
        return '<div class="author-profile"><img src="/img/authors/%s.jpg" alt=""><h1>%s</h1><p>%s</p></div>%s' % (
            slugify(title), E(title), E(c["bio"].get(title, "")), teaser_list(c, [s for s in ss if title in s["au"]]))
    if kind == "about":
        return "<h1>%s</h1>%s" % (E(L["about"][0]), "".join("<p>%s</p>" % E(t) for t in L["about"][1]))
    if kind == "video":
        return '<h1>%s</h1><video controls poster="/img/v.jpg" src="/media/v%d.mp4"></video><p>%s</p>' % (E(L["video"][0]), rnd.randrange(10 ** 5), E(L["video"][1]))
    if kind == "gallery":
        return '<h1>%s</h1>%s' % (E(L["gallery"][0]), "".join('<figure><img src="/img/g%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(t)) for i, t in enumerate(L["gallery"][1])))
    if kind == "live":
        return '<h1>%s</h1><div class="live-feed">%s</div>' % (E(L["live"][0]), "".join('<div class="live-entry"><time>%s</time><p>%s</p></div>' % (E(t[:5]), E(t[6:])) for t in L["live"][1]))
    if kind == "podcast":
        return '<h1>%s</h1><ol class="episodes">%s</ol>' % (E(L["podcast"][0]), "".join('<li><span>%s</span> <audio controls src="/media/ep%d.mp3"></audio></li>' % (E(t), i) for i, t in enumerate(L["podcast"][1])))
    if kind == "events":
        return '<h1>%s</h1><ul class="events">%s</ul>' % (E(L["events"][0]), "".join("<li>%s</li>" % E(t) for t in L["events"][1]))
    if kind == "job":
        return '<h1>%s</h1><p>%s</p><a class="apply" href="mailto:jobs@example.org">Apply</a>' % (E(L["job"][0]), E(L["job"][1]))
    if kind == "weather":
        return '<h1>%s</h1><table class="forecast">%s</table>' % (E(L["weather"][0]), "".join("<tr><th>%s</th><td>%s</td></tr>" % (E(a), E(b)) for a, b in L["weather"][1]))
    if kind == "horoscope":
        return '<h1>%s</h1>%s' % (E(L["horoscope"][0]), "".join("<h2>%s</h2><p>%s</p>" % (E(a), E(b)) for a, b in L["horoscope"][1]))
    if kind in ("signup", "login"):
        return '<h1>%s</h1><p>%s</p><form method="post"><input type="email" name="email" placeholder="email"><button type="submit">OK</button></form>' % (E(L[kind][0]), E(L[kind][1]))
    raise ValueError(kind)


NA_TITLE = {"video": 0, "gallery": 0, "live": 0, "podcast": 0, "events": 0, "job": 0, "weather": 0, "horoscope": 0, "signup": 0, "login": 0}


def add_nonarticle(c, kind, path, title=None, x=None, doc=None):
    if doc is None:
        t = title if title is not None else NA[c["k"]][kind][0] if kind in NA_TITLE or kind == "about" else "%s “%s”" % (NA[c["k"]]["search"], x)
        doc = c["frame"](c, c["tt"](t), na_inner(c, kind, t, x), "")
    write_page(OUT, c["host"], path.split("?")[0], doc)
    truth["nonarticles"].append(url(c, path))


def add_truth(c, s, must=(), must_not=(), instant=False):
    a = dict(url=url(c, s["path"]), title=s["head"], authors=s["au"])
    if s["d"] is None:
        a["date"] = "fetch-%d" % s["rel"]
    else:
        u = s["d"] - TD(minutes=c["tz"])
        a["date"] = u.strftime("%Y-%m-%d")
        if instant:
            a["instant"] = u.strftime("%Y-%m-%dT%H:%M")
    if must:
        a["must"] = list(must)
    if must_not:
        a["must_not"] = list(must_not)
    truth["articles"].append(a)


def sitemap(c, paths):
    write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % "".join(
        "<url><loc>%s</loc></url>" % E(url(c, p)) for p in paths))


def rss(c, path, ss):
    items = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid>%s</item>" % (
        E(s["head"]), url(c, s["path"]), url(c, s["path"]),
        "<pubDate>%s</pubDate>" % (s["d"] - TD(minutes=c["tz"])).strftime("%a, %d %b %Y %H:%M:%S +0000") if s["d"] else "") for s in ss)
    write_page(OUT, c["host"], path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>%s</title><link>%s</link><description>%s</description>%s</channel></rss>\n' % (
        E(c["name"]), url(c, "/"), E(c["name"]), items))


def robots(c, extra=""):
    write_page(OUT, c["host"], "/robots.txt", "User-agent: *\nDisallow: /api/\n%s" % extra)


def footer_links(c, sep=" "):
    return sep.join('<a href="%s">%s</a>' % (p, E(t)) for p, t in c["links"])


def mostread(c, s, rel=True):
    return teaser_list(c, [x for x in c["stories"] if x is not s] + [s], rel, "most-read-list")


# ---------------------------------------------------------------- 1: Next.js pages router
def frame1(c, title, main, head):
    return ('<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
            '<link rel="preload" href="/_next/static/css/8b1d2f0c.css" as="style"/><script src="/_next/static/chunks/webpack-8f2a.js" defer=""></script></head>'
            '<body><div id="__next"><div class="Layout_root__k2Jd8">'
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our 143 partners use cookies to personalise content and measure audiences. You can change your choices at any time.</p><button id="onetrust-accept-btn-handler">Accept all</button></div></div>'
            '<header class="Masthead_masthead__Qx7p1"><div class="Masthead_date__3nM0a">%s</div><a class="Masthead_logo__v0aXz" href="/">The Harbour Ledger</a>'
            '<nav class="Nav_nav__Lk2m9"><a href="/news/city/">City</a><a href="/news/coast/">Coast</a><a href="/video/storm-surge-harbour-wall/">Video</a><a href="/newsletters/">Newsletters</a></nav></header>'
            '%s<footer class="Footer_footer__r8QmT"><nav>%s</nav><p>© 2025 Harbour Ledger Media Ltd</p></footer></div></div>%s</body></html>') % (
        E(title), head, E(long_day("en", TODAY)), main, footer_links(c), c.pop("_tail", ""))


def article1(c, s, i):
    au = s["au"]
    links = " and ".join('<a href="/authors/%s/">%s</a>' % (slugify(a), E(a)) for a in au)
    role = ", Transport Correspondent" if i == 0 else ""
    paras = []
    for j, p in enumerate(s["paras"]):
        paras.append("<p>%s</p>" % E(p))
        if j == 1:
            o = s["other"]
            paras.append('<div class="InlineRelated_box__0pQ7s"><span class="InlineRelated_label__9Qw1s">Read more</span><a href="%s">%s</a></div>' % (o["path"], E(o["head"])))
    u = s["d"]
    main = ('<main class="ArticlePage_main__a8Jk2"><nav class="Breadcrumbs_crumbs__1Vb3x" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="%s">%s</a></li></ol></nav>'
            '<div class="ArticlePage_grid__pQ1x0"><div class="ArticlePage_col__2Zk8s"><header class="ArticleHeader_header__dk38K"><span class="ArticleHeader_kicker__7aT2c">%s</span>'
            '<h1 class="ArticleHeader_headline__J3nA2">%s</h1><p class="ArticleHeader_standfirst__n1Bz0">%s</p>'
            '<div class="Byline_byline__hf2Kd"><span class="Byline_authors__9aQz1">By %s%s</span><time class="Byline_time__2kWq3" dateTime="%s">%s</time></div>'
            '<div class="ShareBar_share__8bNx0"><button>Share on X</button><button>Share on Facebook</button><button>Copy link</button></div></header>'
            '<figure class="Figure_fig__Wq2e1"><img src="/_next/image?url=%%2Fimg%%2F%d.jpg&amp;w=1200&amp;q=75" alt=""/><figcaption>%s <span class="Figure_credit__4hT0s">Photo: James Aldous/Harbour Ledger</span></figcaption></figure>'
            '<div class="ArticleBody_body__3mQ0p">%s</div>'
            '<div class="AuthorBio_bio__5tV1q"><p><strong>%s</strong> %s</p></div></div>'
            '<aside class="MostRead_aside__1cVn2"><h2>Most read</h2>%s</aside></div></main>') % (
        c["secp"], "City", "Transport" if i < 2 else "Coast", E(s["head"]), E(s["dek"]), links, role, iso(u, 0, True, True), E(short_day("en", u)),
        s["id"], E(s["dek"]), "".join(paras), E(au[0]), E(c["bio"][au[0]]), mostread(c, s))
    nd = {"props": {"pageProps": {"article": {
        "id": s["id"], "headline": s["head"], "seoTitle": s["head"] + " | The Harbour Ledger", "standfirst": s["dek"],
        "publishedAt": iso(u, 0, True, True), "updatedAt": iso(u + TD(hours=5, minutes=13), 0, True, True),
        "authors": [{"name": a, "slug": slugify(a), "role": role[2:] if role else None} for a in au],
        "section": {"name": "City", "slug": "city"},
        "body": [{"type": "paragraph", "children": [{"text": p}]} for p in s["paras"]]},
        "mostRead": [{"headline": x["head"], "publishedAt": iso(NOW - TD(hours=2 + j), 0, True, True), "href": x["path"]} for j, x in enumerate(c["stories"]) if x is not s]},
        "__N_SSP": True}, "page": "/news/[section]/[slug]", "query": {"section": "city", "slug": s["slug"]}, "buildId": "h7Kx2aQ9mR_Lw3", "isFallback": False, "gssp": True, "scriptLoader": []}
    c["_tail"] = '<script id="__NEXT_DATA__" type="application/json">%s</script>' % J(nd)
    head = ('<meta name="description" content="%s"/><meta property="og:title" content="%s"/><meta property="og:type" content="article"/>'
            '<meta property="article:published_time" content="%s"/><meta property="article:modified_time" content="%s"/><link rel="canonical" href="%s"/>') % (
        E(s["dek"]), E(s["head"]), iso(u, 0, z=True), iso(u + TD(hours=5, minutes=13), 0, z=True), url(c, s["path"]))
    return frame1(c, "%s | The Harbour Ledger" % s["head"], main, head)


def build1(c):
    c["secp"] = "/news/city/"
    for s in c["stories"]:
        s["path"] = "/news/city/%s-%d/" % (s["slug"], s["id"])
    c["bio"] = {"Hannah Price": "is the Ledger's transport correspondent. She has covered the port since 2016.", "Oliver Grant": "reports on the city and its services.",
                "Meera Shah": "covers the coast and the emergency services."}
    pages = [("section", "/news/city/", "City"), ("section", "/news/coast/", "Coast"), ("tag", "/topics/harbour/", "Harbour"), ("author", "/authors/hannah-price/", "Hannah Price"),
             ("author", "/authors/oliver-grant/", "Oliver Grant"), ("author", "/authors/meera-shah/", "Meera Shah"),
             ("search", "/search/?q=harbour", None, "harbour"), ("archive", "/archive/2025/03/", "Archive: March 2025"), ("about", "/about/", None),
             ("video", "/video/storm-surge-harbour-wall/", None), ("signup", "/newsletters/", None), ("podcast", "/podcasts/the-daily-catch/", None)]
    c["srch"] = "/search/?q=harbour"
    c["links"] = [(p[1], p[2] or p[0].capitalize()) for p in pages]
    c["frame"], c["tt"] = frame1, lambda t: "%s | The Harbour Ledger" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article1(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][3][:60]], must_not=[b["head"], "We and our 143 partners use cookies to personalise content"])
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame1(c, "The Harbour Ledger | News from the city and the coast",
                   '<main class="Home_main__x8"><h1 class="sr-only">The Harbour Ledger</h1><section class="Home_top__2a">%s</section><aside><h2>Most read</h2>%s</aside></main>' % (
                       teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap.xml"))
    sitemap(c, [s["path"] for s in c["stories"]] + [p[1] for p in pages])


# ---------------------------------------------------------------- 2: Nuxt 2
def frame2(c, title, main, head):
    return ('<!DOCTYPE html><html lang="es" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22es%%22%%7D%%7D"><head><title>%s</title>'
            '<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">%s'
            '<link rel="preload" href="/_nuxt/4f2a1b.js" as="script"><link rel="preload" href="/_nuxt/app.9c3e.js" as="script"></head>'
            '<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">'
            '<div class="cmp-banner"><p>Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada.</p><button>Aceptar y cerrar</button><button>Configurar</button></div>'
            '<header class="cabecera"><p class="cabecera__fecha">%s</p><a href="/" class="cabecera__logo">El Faro Digital</a>'
            '<nav class="cabecera__menu"><a href="/seccion/ciudad/">Ciudad</a> <a href="/seccion/comarca/">Comarca</a> <a href="/horoscopo/">Horóscopo</a> <a href="/el-tiempo/">El tiempo</a></nav></header>'
            '%s<footer class="pie"><nav>%s</nav><p>© El Faro Digital S.L. 2025</p></footer></div></div></div>%s'
            '<script src="/_nuxt/4f2a1b.js" defer></script><script src="/_nuxt/app.9c3e.js" defer></script></body></html>') % (
        E(title), head, E(long_day("es", TODAY)), main, footer_links(c, " · "), c.pop("_tail", ""))


def article2(c, s, i):
    au, u = s["au"], s["d"]
    firma = " e ".join('<a href="/autor/%s/">%s</a>' % (slugify(a), E(a)) for a in au) if i == 1 else '<a href="/autor/%s/">%s</a>' % (slugify(au[0]), E(au[0]))
    upd = u + TD(hours=10, minutes=22)
    body = []
    for j, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if j == 0:
            o = s["other"]
            body.append('<div class="te-puede-interesar"><span>Te puede interesar</span> <a href="%s">%s</a></div>' % (o["path"], E(o["head"])))
    coms = [("pepe_77", u + TD(hours=12, minutes=40), "Ya era hora, llevamos años esperando este carril."),
            ("Lola M.", u + TD(days=1, hours=3), "¿Y dónde vamos a aparcar los que vivimos en el centro?")]
    main = ('<div class="noticia"><ul class="migas"><li><a href="/">Portada</a></li><li><a href="/seccion/ciudad/">Ciudad</a></li></ul>'
            '<h1 class="noticia__titulo">%s</h1><h2 class="noticia__entradilla">%s</h2>'
            '<div class="noticia__meta"><div class="noticia__firma">Por %s</div><div class="noticia__fecha"><span>%s - %s CET</span> <span class="actualizado">Actualizado: %s - %s CET</span></div></div>'
            '<div class="compartir">Compartir: <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Facebook</a></div>'
            '<figure class="noticia__foto"><img src="/img/%d.jpg" alt=""><figcaption>%s | Foto: Javier Luna</figcaption></figure>'
            '<div class="noticia__cuerpo">%s</div>'
            '<div class="comentarios"><h3>Comentarios (2)</h3>%s</div></div>'
            '<aside class="lo-mas-leido"><h3>Lo más leído</h3>%s</aside>') % (
        E(s["head"]), E(s["dek"]), firma, E(short_day("es", u)), u.strftime("%H:%M"), E(short_day("es", upd)), upd.strftime("%H:%M"),
        s["id"], E(s["dek"]), "".join(body),
        "".join('<div class="comentario"><b>%s</b> <time>%s - %s</time><p>%s</p></div>' % (E(a), E(short_day("es", d)), d.strftime("%H:%M"), E(t)) for a, d, t in coms),
        mostread(c, s))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(u, 60), "dateModified": iso(upd, 60),
          "author": {"@type": "Organization", "name": "El Faro Digital"}, "publisher": {"@type": "Organization", "name": "El Faro Digital"}}
    head = ('<meta data-n-head="ssr" data-hid="description" name="description" content="%s"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="%s">'
            '<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><link data-n-head="ssr" rel="canonical" href="%s">'
            '<script data-n-head="ssr" type="application/ld+json">%s</script>') % (E(s["dek"]), E(s["head"]), url(c, s["path"]), J(ld))
    nux = {"noticia": {"id": s["id"], "titulo": s["head"], "entradilla": s["dek"], "fecha": iso(u, 60, z=True), "actualizado": iso(upd, 60, z=True),
                       "autores": [{"nombre": a, "slug": slugify(a)} for a in au], "cuerpo": "".join("<p>%s</p>" % E(p) for p in s["paras"])}}
    c["_tail"] = ('<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[%s],fetch:{},error:null,state:{menu:{abierto:b},usuario:c},'
                  'serverRendered:true,routePath:"%s",config:{_app:{basePath:"/",assetsPath:"/_nuxt/",cdnURL:null}}}}("%s",false,null));</script>') % (
        J(nux), s["path"], E(c["name"]))
    return frame2(c, "%s – El Faro Digital" % s["head"], main, head)


def build2(c):
    for s in c["stories"]:
        s["path"] = "/noticia/%s_%d/" % (s["slug"], s["id"])
    c["bio"] = {"Marta Delgado": "Periodista de la sección de Ciudad.", "Irene Campos": "Redactora de Cultura y Sociedad.", "Pablo Serrano": "Cubre medio ambiente y agricultura."}
    pages = [("section", "/seccion/ciudad/", "Ciudad"), ("section", "/seccion/comarca/", "Comarca"), ("tag", "/etiqueta/movilidad/", "Movilidad"),
             ("author", "/autor/marta-delgado/", "Marta Delgado"), ("author", "/autor/pablo-serrano/", "Pablo Serrano"), ("author", "/autor/irene-campos/", "Irene Campos"),
             ("search", "/buscar/?q=puerto", None, "puerto"), ("archive", "/hemeroteca/2025/03/03/", "Hemeroteca: 3 de marzo de 2025"), ("about", "/quienes-somos/", None),
             ("horoscope", "/horoscopo/", None), ("weather", "/el-tiempo/", None), ("live", "/directo/temporal-comarca/", None)]
    c["srch"] = "/buscar/?q=puerto"
    c["links"] = [(p[1], p[2] or lab("es", p)) for p in pages]
    c["frame"], c["tt"] = frame2, lambda t: "%s – El Faro Digital" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article2(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][4]], must_not=["Ya era hora, llevamos años esperando este carril.", b["head"]], instant=True)
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame2(c, "El Faro Digital – Noticias de la ciudad y la comarca",
                   '<div class="portada"><h2 class="portada__titulo">Última hora</h2>%s<h3>Lo más leído</h3>%s</div>' % (teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), '<link rel="alternate" type="application/rss+xml" title="El Faro Digital" href="/rss.xml">'))
    robots(c)
    rss(c, "/rss.xml", c["stories"])


# ---------------------------------------------------------------- 3: Astro + Tailwind, no semantic markup
def frame3(c, title, main, head):
    nav = "".join('<a class="hover:text-red-700" href="%s">%s</a>' % (p, E(t)) for p, t in c["links"][:4])
    return ('<!DOCTYPE html><html lang="de" class="scroll-smooth"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>%s</title>%s'
            '<link rel="stylesheet" href="/_astro/index.Bx3k2Lq.css"><script type="module" src="/_astro/hoisted.Dk2a9.js"></script></head>'
            '<body class="bg-white text-neutral-900 antialiased">'
            '<div id="consent" class="fixed inset-x-0 bottom-0 z-50 bg-neutral-900 p-4 text-sm text-white"><div class="mx-auto flex max-w-5xl gap-4"><p class="flex-1">Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button class="rounded bg-white px-3 py-1 text-neutral-900">Alle akzeptieren</button></div></div>'
            '<div class="flex min-h-screen flex-col"><div class="border-b border-neutral-200"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2 text-xs text-neutral-500"><span>%s</span><div class="flex gap-3"><a href="/abo/">Abo</a><a href="/login/">Anmelden</a></div></div>'
            '<div class="mx-auto max-w-6xl px-4 py-4"><a href="/" class="font-serif text-3xl font-bold tracking-tight">Rheinblick</a></div>'
            '<div class="mx-auto flex max-w-6xl gap-4 px-4 pb-2 text-sm font-medium">%s</div></div>'
            '%s<div class="mt-auto bg-neutral-900 text-neutral-300"><div class="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-8 text-sm">%s<span>© 2025 Rheinblick Medien GmbH</span></div></div></div></body></html>') % (
        E(title), head, E(long_day("de", TODAY)), nav, main, footer_links(c))


def article3(c, s, i):
    au, u = s["au"], s["d"]
    von = "Von " + " und ".join(au)
    body = []
    for j, p in enumerate(s["paras"]):
        body.append('<div><div class="my-4"><p>%s</p></div></div>' % E(p))
        if j == 1:
            o = s["other"]
            body.append('<div class="not-prose my-6 rounded border-l-4 border-red-700 bg-neutral-50 p-4"><div class="text-xs font-bold uppercase tracking-wide text-red-700">Auch interessant</div><a class="font-serif text-lg" href="%s">%s</a></div>' % (o["path"], E(o["head"])))
    coms = [("Rheinländer64", u + TD(hours=18, minutes=52), "Noch mehr Autos in der Innenstadt, genau das brauchen wir."),
            ("M. Schulte", u + TD(days=2, hours=1), "Endlich tut sich mal was, die Parkplatzsuche am Bahnhof ist eine Zumutung.")]
    props = J({"url": [0, url(c, s["path"])], "title": [0, s["head"]]}).replace('"', "&quot;")
    main = ('<div class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-8 lg:grid-cols-12"><div class="lg:col-span-8"><div class="flex flex-col gap-4">'
            '<div class="text-xs uppercase tracking-wide text-red-700"><a href="/">Start</a> / <a href="/ressort/lokales/">Lokales</a></div>'
            '<div><h1 class="font-serif text-4xl font-bold leading-tight md:text-5xl">%s</h1></div><div class="text-lg text-neutral-600">%s</div>'
            '<div class="flex items-center gap-2 text-sm text-neutral-500"><div class="flex -space-x-2"><img class="h-8 w-8 rounded-full" src="/img/autoren/%s.jpg" alt=""></div>'
            '<div><div class="font-medium text-neutral-900">%s</div><div>%s, %s Uhr</div></div></div>'
            '<astro-island uid="Z1kQp9" component-url="/_astro/ShareBar.C2kd9.js" component-export="default" renderer-url="/_astro/client.D8sLq.js" props="%s" ssr="" client="visible"><div class="flex gap-2 text-sm"><button class="rounded border px-2">Teilen</button><button class="rounded border px-2">Merken</button></div></astro-island>'
            '<div class="relative"><img class="w-full rounded" src="/img/%d.webp" alt=""><div class="mt-1 text-xs text-neutral-500">Foto: Rheinblick/Archiv</div></div>'
            '<div class="prose prose-neutral max-w-none">%s</div>'
            '<div class="mt-8 border-t pt-6"><div class="text-lg font-bold">Kommentare (2)</div><div class="mt-4 flex flex-col gap-4">%s</div></div>'
            '</div></div><div class="lg:col-span-4"><div class="sticky top-4 rounded bg-neutral-50 p-4"><div class="mb-2 font-bold">Meistgelesen</div>%s</div></div></div>') % (
        E(s["head"]), E(s["dek"]), slugify(au[0]), E(von), u.strftime("%d.%m.%Y"), u.strftime("%H:%M"), props, s["id"], "".join(body),
        "".join('<div><div class="text-sm font-medium">%s · %s Uhr</div><div class="text-sm">%s</div></div>' % (E(a), d.strftime("%d.%m.%Y, %H:%M"), E(t)) for a, d, t in coms),
        mostread(c, s))
    head = '<meta name="description" content="%s"><meta property="og:title" content="%s · Rheinblick"><meta property="og:image" content="/img/%d.webp">' % (E(s["dek"]), E(s["head"]), s["id"])
    return frame3(c, "%s · Rheinblick" % s["head"], main, head)


def build3(c):
    for s in c["stories"]:
        s["path"] = "/lokales/%s/" % s["slug"]
    c["bio"] = {"Lena Hoffmann": "Redakteurin im Lokalressort.", "Felix Brandt": "Schreibt über Stadtpolitik und Wirtschaft.", "Sabine Roth": "Reporterin für Umwelt und Region."}
    pages = [("section", "/ressort/lokales/", "Lokales"), ("section", "/ressort/region/", "Region"), ("tag", "/thema/verkehr/", "Verkehr"),
             ("author", "/autor/lena-hoffmann/", "Lena Hoffmann"), ("author", "/autor/felix-brandt/", "Felix Brandt"), ("author", "/autor/sabine-roth/", "Sabine Roth"),
             ("search", "/suche/?q=parkhaus", None, "Parkhaus"), ("archive", "/archiv/2025/03/", "Archiv: März 2025"), ("about", "/impressum/", None),
             ("weather", "/wetter/", None), ("job", "/stellenangebote/redakteur-lokales/", None), ("gallery", "/bilder/rosenmontagszug/", None),
             ("login", "/login/", None), ("signup", "/abo/", "Rheinblick digital abonnieren")]
    c["srch"] = "/suche/?q=parkhaus"
    c["links"] = [(p[1], p[2] or lab("de", p)) for p in pages]
    c["frame"], c["tt"] = frame3, lambda t: "%s · Rheinblick" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article3(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][3][:70]], must_not=["Noch mehr Autos in der Innenstadt, genau das brauchen wir.", "Wir verwenden Cookies und ähnliche Technologien"])
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame3(c, "Rheinblick · Nachrichten vom Niederrhein",
                   '<div class="mx-auto max-w-6xl px-4 py-8"><div class="grid gap-6 md:grid-cols-3"><div class="md:col-span-2">%s</div><div><div class="font-bold">Meistgelesen</div>%s</div></div></div>' % (
                       teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap-index.xml"))
    write_page(OUT, c["host"], "/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % url(c, "/sitemap-0.xml"))
    write_page(OUT, c["host"], "/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % url(c, p) for p in [s["path"] for s in c["stories"]] + [p[1] for p in pages]))


# ---------------------------------------------------------------- 4: React server streaming (Next.js app router)
def frame4(c, title, main, head, tail=""):
    return ('<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>%s</title>%s'
            '<link rel="stylesheet" href="/_next/static/css/app-layout.css" data-precedence="next"/><script src="/_next/static/chunks/main-app-7c1e.js" async=""></script></head>'
            '<body class="__className_a64ecd"><div class="app-shell"><header class="site-header"><span class="site-header__date">%s</span><a href="/" class="site-header__brand">Metro Pulse</a>'
            '<nav class="site-header__nav"><a href="/section/city/">City</a><a href="/section/transit/">Transit</a><a href="/live/storm-updates/">Live</a><a href="/podcasts/">Podcasts</a></nav></header>'
            '%s<footer class="site-footer"><nav>%s</nav><p>© 2025 Metro Pulse Media</p></footer></div>%s</body></html>') % (
        E(title), head, E(long_day("en", TODAY)), main, footer_links(c), tail)


def article4(c, s, i):
    au = s["au"]
    by = " and ".join('<a href="/author/%s/">%s</a>' % (slugify(a), E(a)) for a in au)
    when = ["Published %s · Updated 2 hours ago" % short_day("en", s["d"]) if s["d"] else "", "Posted 5 hours ago", "Updated 2 hours ago"][i]
    rel = [x for x in c["stories"] if x is not s]
    story = ('<article class="story"><div class="story__kicker">%s</div><h1 class="story__title">%s</h1><p class="story__dek">%s</p>'
             '<div class="story__meta"><div class="story__byline">By %s</div><div class="story__time">%s</div></div>'
             '<figure class="story__figure"><img src="/img/%d.jpg" alt=""/><figcaption>Photo: Dana Whitlock for Metro Pulse</figcaption></figure>'
             '<div class="story__body">%s</div>'
             '<div class="story__newsletter"><p>Sign up for Metro Pulse Daily: the five stories you need before 8 a.m.</p><form action="/newsletter/"><input type="email" placeholder="Email address"/><button>Sign up</button></form></div>'
             '<section class="story__related"><h2>More from Metro Pulse</h2>%s</section></article>') % (
        ["City Hall", "Neighborhoods", "Transit"][i], E(s["head"]), E(s["dek"]), by, E(when), s["id"], "".join("<p>%s</p>" % E(p) for p in s["paras"]),
        "".join('<a class="related-card" href="%s"><h3>%s</h3></a>' % (x["path"], E(x["head"])) for x in rel))
    shell = ('<main id="main-content"><nav class="crumbs"><a href="/">Home</a> › <a href="/section/city/">City</a></nav><!--$?--><template id="B:0"></template>'
             '<div class="article-skeleton" aria-busy="true"><div class="sk sk--kicker"></div><div class="sk sk--title"></div><div class="sk sk--line"></div><div class="sk sk--line"></div><div class="sk sk--line sk--short"></div></div><!--/$--></main>'
             '<aside class="trending"><h2>Trending now</h2>%s</aside>') % teaser_list(c, rel, True)
    flight = J([1, '2:I["(app)/[section]/[slug]/page",["static/chunks/app/page-3b1.js"],"default"]\n0:["h2Kq",[["children","(app)",["$","$L2",null,{"slug":"%s"}]]]]\n' % s["slug"]])
    tail = ('<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push(%s)</script>'
            '<div hidden id="S:0">%s</div>'
            '<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a=document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}b._reactRetry&&b._reactRetry()}};$RC("B:0","S:0")</script>') % (flight, story)
    head = '<meta name="description" content="%s"/><meta property="og:title" content="%s"/><link rel="canonical" href="%s"/>' % (E(s["dek"]), E(s["head"]), url(c, s["path"]))
    if i == 2:
        head += '<meta property="article:published_time" content="%s"/>' % iso(s["d"], c["tz"])
    return frame4(c, "%s – Metro Pulse" % s["head"], shell, head, tail)


def build4(c):
    for s in c["stories"]:
        s["path"] = "/story/%s/" % s["slug"]
    c["stories"][1]["rel"] = 5
    c["bio"] = {"Oliver Grant": "City Hall reporter.", "Hannah Price": "Covers neighborhoods and utilities.", "Meera Shah": "Transit reporter."}
    pages = [("section", "/section/city/", "City"), ("section", "/section/transit/", "Transit"), ("tag", "/tag/buses/", "Buses"),
             ("author", "/author/oliver-grant/", "Oliver Grant"), ("author", "/author/hannah-price/", "Hannah Price"), ("author", "/author/meera-shah/", "Meera Shah"),
             ("search", "/search/?q=market+street", None, "market street"), ("archive", "/archive/2025-03/", "Archive: March 2025"), ("about", "/contact/", None),
             ("live", "/live/storm-updates/", None), ("podcast", "/podcasts/", None), ("signup", "/newsletter/", None)]
    c["srch"] = "/search/?q=market+street"
    c["links"] = [(p[1], p[2] or lab("en", p)) for p in pages]
    c["frame"], c["tt"] = frame4, lambda t: "%s – Metro Pulse" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article4(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][4]], must_not=["Sign up for Metro Pulse Daily: the five stories you need before 8 a.m.", b["head"]])
    add_truth(c, b)
    add_truth(c, d, must=[d["paras"][3][:60]])
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame4(c, "Metro Pulse – Local news, transit and city life",
                   '<main id="main-content"><h1 class="visually-hidden">Metro Pulse</h1>%s</main><aside class="trending"><h2>Trending now</h2>%s</aside>' % (
                       teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), '<link rel="alternate" type="application/rss+xml" href="/feed.xml"/>'))
    robots(c)
    rss(c, "/feed.xml", c["stories"])


# ---------------------------------------------------------------- 5: Italian paper with AMP twins
def frame5(c, title, main, head):
    return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title>%s<link rel="stylesheet" href="/static/css/main.min.css"></head><body class="articolo">'
            '<div id="iubenda-cs-banner"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione per inviarti pubblicità in linea con le tue preferenze.</p><button>Accetta</button><button>Rifiuta</button></div>'
            '<header class="testata"><time class="testata-data">%s</time><a class="logo" href="/">Corriere della Valle</a><ul class="menu"><li><a href="/cronaca/">Cronaca</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/oroscopo/">Oroscopo</a></li></ul></header>'
            '%s<footer class="piede"><p>%s</p><p>Corriere della Valle S.r.l. – P.IVA 01234560789</p></footer></body></html>') % (
        E(title), head, E(long_day("it", TODAY)), main, footer_links(c, " | "))


def ld5(c, s):
    return {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url(c, s["path"]), "headline": s["head"], "description": s["dek"],
            "datePublished": iso(s["d"], 60), "dateModified": iso(s["d"] + TD(hours=2), 60), "image": [url(c, "/img/%d.jpg" % s["id"])],
            "author": [{"@type": "Person", "name": a} for a in s["au"]], "publisher": {"@type": "Organization", "name": "Corriere della Valle"}}


def article5(c, s, i):
    au, u = s["au"], s["d"]
    di = "di " + " e ".join('<a href="/autori/%s/">%s</a>' % (slugify(a), E(a)) for a in au)
    body = []
    for j, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if j == 1:
            o = s["other"]
            body.append('<div class="leggi-anche">Leggi anche: <a href="%s">%s</a></div>' % (o["path"], E(o["head"])))
    main = ('<div class="contenitore"><div class="colonna-sx"><div class="briciole"><a href="/">Home</a> › <a href="/cronaca/">Cronaca</a></div>'
            '<div class="occhiello">%s</div><h1 class="titolo-articolo">%s</h1><h2 class="sommario">%s</h2>'
            '<div class="info-articolo"><span class="autore">%s</span> <span class="data">%s</span> <span class="ora">ore %s</span></div>'
            '<div class="social"><a href="#">Condividi su Facebook</a> <a href="#">WhatsApp</a></div>'
            '<div class="foto"><img src="/img/%d.jpg" alt=""><span class="credito">Foto Studio Rossi</span></div>'
            '<div class="corpo-articolo">%s</div>'
            '<div class="box-autore"><strong>%s</strong> – %s</div>'
            '<div class="commenti"><h4>Commenti</h4><div class="commento"><span class="nome">marco.r</span> <span class="data-commento">%s</span><p>Finalmente una buona notizia per la nostra città.</p></div></div></div>'
            '<div class="colonna-dx"><h3>I più letti</h3>%s</div></div>') % (
        ["Urbanistica", "Maltempo", "Cultura"][i], E(s["head"]), E(s["dek"]), di, E(short_day("it", u)), u.strftime("%H:%M"), s["id"], "".join(body),
        E(au[0]), E(c["bio"][au[0]]), E(short_day("it", u + TD(days=1))), mostread(c, s))
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="%s"><link rel="canonical" href="%s"><link rel="amphtml" href="%s">'
            '<script type="application/ld+json">%s</script>') % (E(s["dek"]), E(s["head"]), iso(u, 60), url(c, s["path"]), url(c, s["amp"]), J(ld5(c, s)))
    return frame5(c, "%s » Corriere della Valle" % s["head"], main, head)


AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')


def amp5(c, title, main, canon, ld=None):
    return ('<!doctype html><html amp lang="it"><head><meta charset="utf-8"><script async src="/amp/v0.js"></script>'
            '<script async custom-element="amp-consent" src="/amp/v0/amp-consent-0.1.js"></script><title>%s</title><link rel="canonical" href="%s">'
            '<meta name="viewport" content="width=device-width,minimum-scale=1">%s<style amp-custom>body{font-family:Georgia,serif}.amp-header{padding:8px}</style>%s</head>'
            '<body><header class="amp-header"><a href="/">Corriere della Valle</a></header>'
            '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">Questo sito utilizza cookie tecnici e di profilazione. <button on="tap:consent.accept">Accetta</button></div></amp-consent>'
            '%s<footer class="amp-footer"><a href="/">Versione completa</a></footer></body></html>') % (
        E(title), canon, AMP_BOILER, '<script type="application/ld+json">%s</script>' % J(ld) if ld else "", main)


def amparticle5(c, s, i):
    au, u = s["au"], s["d"]
    main = ('<article class="amp-art"><p class="amp-occhiello">%s</p><h1 class="amp-title">%s</h1><p class="amp-meta">di %s · %s</p>'
            '<amp-img src="/img/%d.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><p class="amp-credit">Foto Studio Rossi</p>%s'
            '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></article>'
            '<section class="amp-related"><h3>Leggi anche</h3><a href="%s">%s</a></section>') % (
        ["Urbanistica", "Maltempo", "Cultura"][i], E(s["head"]), E(" e ".join(au)), E(short_day("it", u)), s["id"], "".join("<p>%s</p>" % E(p) for p in s["paras"]),
        s["other"]["amp"], E(s["other"]["head"]))
    return amp5(c, "%s » Corriere della Valle" % s["head"], main, url(c, s["path"]), ld5(c, s))


def build5(c):
    for s in c["stories"]:
        d = s["d"]
        s["path"] = "/cronaca/%04d/%02d/%02d/%s/" % (d.year, d.month, d.day, s["slug"])
        s["amp"] = s["path"] + "amp/"
    c["bio"] = {"Francesca Galli": "giornalista, segue la politica cittadina.", "Luca Marchetti": "cronista, si occupa di territorio e ambiente.", "Elena Conti": "scrive di cultura e spettacoli."}
    pages = [("section", "/cronaca/", "Cronaca"), ("section", "/cultura/", "Cultura"),
             ("author", "/autori/francesca-galli/", "Francesca Galli"), ("author", "/autori/luca-marchetti/", "Luca Marchetti"), ("author", "/autori/elena-conti/", "Elena Conti"),
             ("search", "/cerca/?q=teatro", None, "teatro"), ("archive", "/archivio/2025/03/", "Archivio: marzo 2025"), ("about", "/chi-siamo/", None),
             ("horoscope", "/oroscopo/", None), ("gallery", "/fotogallery/sagra-della-castagna/", None), ("video", "/video/piena-del-fiume/", None)]
    c["srch"] = "/cerca/?q=teatro"
    c["links"] = [(p[1], p[2] or lab("it", p)) for p in pages] + [("/tag/centro-storico/", "#centrostorico")]
    c["frame"], c["tt"] = frame5, lambda t: "%s » Corriere della Valle" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article5(c, s, i))
        write_page(OUT, c["host"], s["amp"], amparticle5(c, s, i))
        truth["synd"].append({"copy": url(c, s["amp"]), "orig": url(c, s["path"])})
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][3][:60]], must_not=["Finalmente una buona notizia per la nostra città.", b["head"], "Questo sito utilizza cookie tecnici"])
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    # The tag page is itself an AMP page and links the AMP copies.
    write_page(OUT, c["host"], "/tag/centro-storico/", amp5(c, "Tag: centro storico » Corriere della Valle",
               '<h1>#centrostorico</h1><ul>%s</ul>' % "".join('<li><a href="%s">%s</a> – %s</li>' % (s["amp"], E(s["head"]), E(short_day("it", s["d"]))) for s in c["stories"]), url(c, "/tag/centro-storico/")))
    truth["nonarticles"].append(url(c, "/tag/centro-storico/"))
    add_nonarticle(c, "home", "/", doc=frame5(c, "Corriere della Valle » Notizie di cronaca, politica e cultura",
                   '<div class="contenitore"><div class="colonna-sx"><h2>Primo piano</h2>%s</div><div class="colonna-dx"><h3>I più letti</h3>%s</div></div>' % (
                       teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap.xml"))
    sitemap(c, [s["path"] for s in c["stories"]] + [p[1] for p in pages])


# ---------------------------------------------------------------- 6: French paper, paywall, full text in JSON-LD articleBody
def fr_when(d):
    return "%s à %sh%s" % (short_day("fr", d), d.strftime("%H"), d.strftime("%M"))


def frame6(c, title, main, head):
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<div class="didomi-notice" id="didomi-notice"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button>Accepter</button><button>Continuer sans accepter</button></div>'
            '<header class="header"><div class="header__date">%s</div><a class="header__logo" href="/">Le Courrier du Matin</a>'
            '<nav class="header__nav"><a href="/region/">Région</a> <a href="/culture/">Culture</a> <a href="/evenements/">Agenda</a> <a href="/abonnement/">S\'abonner</a> <a href="/connexion/">Se connecter</a></nav></header>'
            '%s<footer class="footer">%s<p>© Le Courrier du Matin 2025</p></footer></body></html>') % (
        E(title), head, E(long_day("fr", TODAY)), main, footer_links(c, " – "))


def article6(c, s, i):
    au, u = s["au"], s["d"]
    upd = u + TD(days=1, hours=2, minutes=17)
    premium = i < 2
    par = "Par " + " et ".join('<a href="/signataires/%s/">%s</a>' % (slugify(a), E(a)) for a in au)
    shown = s["paras"][:2] if premium else s["paras"]
    wall = ('<div class="article-premium paywall"><p class="paywall__remaining">Il vous reste 78 % de cet article à lire.</p><p class="paywall__title">La suite est réservée aux abonnés.</p>'
            '<a class="paywall__cta" href="/abonnement/">Je m\'abonne : 1 € le premier mois</a><p>Déjà abonné ? <a href="/connexion/">Se connecter</a></p></div>') if premium else ""
    o = s["other"]
    main = ('<main class="page-article"><div class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/region/">Région</a></div>'
            '<article class="article%s">%s<h1 class="article__title">%s</h1><p class="article__chapo">%s</p>'
            '<div class="article__meta"><span class="article__author">%s</span> <span class="article__date">Publié le %s%s</span></div>'
            '<figure class="article__figure"><img src="/img/%d.jpg" alt=""><figcaption>Photo : Archives Le Courrier du Matin</figcaption></figure>'
            '<div class="article__content">%s%s</div></article>'
            '<section class="a-lire-aussi"><h2>À lire aussi</h2><a href="%s">%s</a></section></main>'
            '<aside class="les-plus-lus"><h2>Les plus lus</h2>%s</aside>') % (
        " article--premium" if premium else "", '<span class="article__badge">Abonnés</span>' if premium else "", E(s["head"]), E(s["dek"]), par,
        E(fr_when(u)), ", mis à jour le %s" % E(fr_when(upd)) if i != 2 else "", s["id"], "".join("<p>%s</p>" % E(p) for p in shown), wall,
        o["path"], E(o["head"]), mostread(c, s))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "description": s["dek"], "datePublished": iso(u, 60),
          "dateModified": iso(upd if i != 2 else u, 60), "author": [{"@type": "Person", "name": a, "url": url(c, "/signataires/%s/" % slugify(a))} for a in au],
          "articleBody": "\n\n".join(s["paras"]), "isAccessibleForFree": not premium, "publisher": {"@type": "Organization", "name": "Le Courrier du Matin"}}
    if premium:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-premium"}
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="author" content="%s">'
            '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><link rel="canonical" href="%s">'
            '<script type="application/ld+json">%s</script>') % (E(s["dek"]), E(s["head"]), E(", ".join(au)), iso(u, 60), iso(upd, 60), url(c, s["path"]), J(ld))
    return frame6(c, "%s :: Le Courrier du Matin" % s["head"], main, head)


def build6(c):
    for s in c["stories"]:
        s["path"] = "/region/%s_%d/" % (s["slug"], s["id"])
    c["bio"] = {"Camille Rousseau": "Journaliste au service Région.", "Julien Mercier": "Journaliste culture.", "Élise Fontaine": "Journaliste société."}
    pages = [("section", "/region/", "Région"), ("section", "/culture/", "Culture"), ("tag", "/sujet/transports/", "Transports"),
             ("author", "/signataires/camille-rousseau/", "Camille Rousseau"), ("author", "/signataires/julien-mercier/", "Julien Mercier"), ("author", "/signataires/elise-fontaine/", "Élise Fontaine"),
             ("search", "/recherche/?q=cin%C3%A9ma", None, "cinéma"), ("archive", "/archives/2025/03/03/", "Archives du 3 mars 2025"), ("about", "/contact/", None),
             ("events", "/evenements/", None), ("signup", "/abonnement/", "Abonnez-vous : 1 € le premier mois"), ("login", "/connexion/", None), ("job", "/recrutement/journaliste-web/", None)]
    c["srch"] = "/recherche/?q=cin%C3%A9ma"
    c["links"] = [(p[1], p[2] or lab("fr", p)) for p in pages]
    c["frame"], c["tt"] = frame6, lambda t: "%s :: Le Courrier du Matin" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article6(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][3][:70]], must_not=["Il vous reste 78 % de cet article à lire.", "Avec votre accord, nous et nos partenaires utilisons des cookies"])
    add_truth(c, b)
    add_truth(c, d, must_not=[a["head"]])
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame6(c, "Le Courrier du Matin :: Actualités régionales",
                   '<main class="une"><h2>À la une</h2>%s<h2>Les plus lus</h2>%s</main>' % (teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)),
                   '<link rel="alternate" type="application/rss+xml" href="/rss/une.xml">'))
    robots(c)
    rss(c, "/rss/une.xml", c["stories"])


# ---------------------------------------------------------------- 7: WordPress + Yoast @graph (Dutch)
def frame7(c, title, main, head, bodycls="home blog"):
    side = ('<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recente berichten</h2>%s</section>'
            '<section class="widget widget_archive"><h2 class="widget-title">Archief</h2><ul><li><a href="/2025/03/">maart 2025</a></li><li><a href="/2025/01/">januari 2025</a></li></ul></section></aside>') % teaser_list(c, c["stories"], True)
    return ('<!DOCTYPE html><html lang="nl-NL"><head><meta charset="UTF-8"><title>%s</title>%s<meta name="generator" content="WordPress 6.7.2">'
            '<link rel="stylesheet" id="kustkrant-style-css" href="/wp-content/themes/kustkrant/style.css?ver=2.3.1" media="all">'
            '<link rel="alternate" type="application/rss+xml" title="Kustkrant &raquo; Feed" href="/feed.xml"></head>'
            '<body class="%s"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Ga naar de inhoud</a>'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">Wij gebruiken cookies om onze website en onze service te optimaliseren.</div><button class="cmplz-accept">Accepteren</button></div></div>'
            '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Kustkrant</a></p><p class="site-description">Nieuws van de kust en de eilanden · %s</p></div>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/category/regio/">Regio</a></li><li class="menu-item"><a href="/category/eilanden/">Eilanden</a></li><li class="menu-item"><a href="/weer/">Weer</a></li><li class="menu-item"><a href="/vacatures/">Vacatures</a></li></ul></nav></header>'
            '<div id="content" class="site-content"><main id="primary" class="site-main">%s</main>%s</div>'
            '<footer id="colophon" class="site-footer"><div class="site-info">%s · Trots aangedreven door WordPress</div></footer></div></body></html>') % (
        E(title), head, bodycls, E(long_day("nl", TODAY)), main, side, footer_links(c, " | "))


def article7(c, s, i, pid):
    au, u = s["au"], s["d"]
    upd = u + TD(days=1, hours=4)
    poster = "Redactie" if i == 1 else au[0]
    pslug = "redactie" if i == 1 else slugify(au[0]).split("-")[0]
    paras = "".join("<p>%s</p>" % E(p) for p in s["paras"])
    if i == 1:
        paras += "<p><em>Tekst: %s</em></p>" % E(au[0])
    o = s["other"]
    byline = " en ".join('<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (slugify(a).split("-")[0], E(a)) for a in ([poster] if i != 2 else au))
    content = ('%s<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Delen:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li><li><a class="share-jetpack-whatsapp" href="#">WhatsApp</a></li></ul></div></div>'
               '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Gerelateerd</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4><p class="jp-relatedposts-post-date">%s</p></div></div></div>') % (
        paras, o["path"], E(o["head"]), E(short_day("nl", o["d"])))
    coms = [("Kees", u + TD(days=2, hours=1, minutes=12), "Goed plan, maar denk ook aan de parkeerplaatsen bij de boulevard."), ("Ans van Dijk", u + TD(days=2, hours=6), "Eens met Kees.")]
    cm = ('<div id="comments" class="comments-area"><h2 class="comments-title">2 reacties op &ldquo;%s&rdquo;</h2><ol class="comment-list">%s</ol>'
          '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Geef een reactie</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Reactie plaatsen"></form></div></div>') % (
        E(s["head"]), "".join('<li id="comment-%d" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">schreef:</span></div>'
                              '<div class="comment-metadata"><a href="#comment-%d"><time datetime="%s">%s om %s</time></a></div></footer><div class="comment-content"><p>%s</p></div></article></li>' % (
                                  pid * 10 + k, E(a), pid * 10 + k, iso(d, 60), E(short_day("nl", d)), d.strftime("%H:%M"), E(t)) for k, (a, d, t) in enumerate(coms)))
    main = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-regio">'
            '<header class="entry-header"><div class="cat-links"><a href="/category/regio/" rel="category tag">Regio</a></div><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on">Geplaatst op <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span>'
            '<span class="byline"> door %s</span></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%d-1024x683.jpg" alt=""><span class="wp-caption-text">Foto: ANP / Kustkrant</span></div>'
            '<div class="entry-content">%s</div>'
            '<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/haven/" rel="tag">haven</a></span></footer></article>'
            '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev">%s</a></div></div></nav>%s') % (
        pid, pid, E(s["head"]), s["path"], iso(u, 60), E(short_day("nl", u)), iso(upd, 60), E(short_day("nl", upd)), byline, s["id"], content, o["path"], E(o["head"]), cm)
    U = url(c, s["path"])
    pid_hash = {"Redactie": "5b1e0c", "Femke Visser": "8f1a2d", "Sanne Smit": "c3d9e7"}
    people = [poster] if i != 2 else au
    graph = [{"@type": "NewsArticle", "@id": U + "#article", "isPartOf": {"@id": U}, "author": [{"name": p, "@id": url(c, "/#/schema/person/%s" % pid_hash[p])} for p in people] if len(people) > 1 else {"name": people[0], "@id": url(c, "/#/schema/person/%s" % pid_hash[people[0]])},
              "headline": s["head"], "datePublished": iso(u - TD(hours=1), 0), "dateModified": iso(upd - TD(hours=1), 0), "mainEntityOfPage": {"@id": U},
              "wordCount": sum(len(p.split()) for p in s["paras"]), "publisher": {"@id": url(c, "/#organization")}, "image": {"@id": U + "#primaryimage"},
              "articleSection": ["Regio"], "inLanguage": "nl-NL"},
             {"@type": "WebPage", "@id": U, "url": U, "name": "%s - Kustkrant" % s["head"], "isPartOf": {"@id": url(c, "/#website")},
              "datePublished": iso(u - TD(hours=1), 0), "dateModified": iso(upd - TD(hours=1), 0), "breadcrumb": {"@id": U + "#breadcrumb"}, "inLanguage": "nl-NL"},
             {"@type": "ImageObject", "@id": U + "#primaryimage", "url": url(c, "/wp-content/uploads/2025/03/%d.jpg" % s["id"]), "width": 1600, "height": 1067},
             {"@type": "BreadcrumbList", "@id": U + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": url(c, "/")}, {"@type": "ListItem", "position": 2, "name": s["head"]}]},
             {"@type": "WebSite", "@id": url(c, "/#website"), "url": url(c, "/"), "name": "Kustkrant", "publisher": {"@id": url(c, "/#organization")}, "inLanguage": "nl-NL"},
             {"@type": "Organization", "@id": url(c, "/#organization"), "name": "Kustkrant", "url": url(c, "/")}]
    for p in people:
        graph.append({"@type": "Person", "@id": url(c, "/#/schema/person/%s" % pid_hash[p]), "name": p, "url": url(c, "/author/%s/" % slugify(p).split("-")[0])})
    head = ('<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="%s"><meta property="og:locale" content="nl_NL"><meta property="og:type" content="article">'
            '<meta property="og:title" content="%s - Kustkrant"><meta property="og:site_name" content="Kustkrant"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
            '<meta name="author" content="%s"><meta name="twitter:label1" content="Geschreven door"><meta name="twitter:data1" content="%s">'
            '<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
        U, E(s["head"]), iso(u - TD(hours=1), 0), iso(upd - TD(hours=1), 0), E(", ".join(people)), E(", ".join(people)), J({"@context": "https://schema.org", "@graph": graph}))
    return frame7(c, "%s - Kustkrant" % s["head"], main, head, "post-template-default single single-post postid-%d single-format-standard" % pid)


def build7(c):
    for s in c["stories"]:
        d = s["d"]
        s["path"] = "/%04d/%02d/%02d/%s/" % (d.year, d.month, d.day, s["slug"])
    c["bio"] = {"Femke Visser": "Verslaggever regio.", "Redactie": "De redactie van Kustkrant.", "Sanne Smit": "Verslaggever eilanden en visserij."}
    pages = [("section", "/category/regio/", "Categorie: Regio"), ("section", "/category/eilanden/", "Categorie: Eilanden"), ("tag", "/tag/haven/", "Tag: haven"),
             ("author", "/author/femke/", "Femke Visser"), ("author", "/author/redactie/", "Redactie"), ("author", "/author/sanne/", "Sanne Smit"),
             ("search", "/search/veerdienst/", "Zoekresultaten voor “veerdienst”", "veerdienst"), ("archive", "/2025/03/", "Maand: maart 2025"), ("archive", "/2025/01/", "Maand: januari 2025"),
             ("about", "/contact/", None), ("weather", "/weer/", None), ("job", "/vacatures/", None), ("gallery", "/fotoserie-nieuwjaarsduik/", None)]
    c["srch"] = "/search/veerdienst/"
    c["links"] = [(p[1], p[2] or lab("nl", p)) for p in pages]
    c["frame"], c["tt"] = frame7, lambda t: "%s - Kustkrant" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article7(c, s, i, 1200 + 37 * i))
    a, b, d = c["stories"]
    add_truth(c, a)
    add_truth(c, b, must=[b["paras"][3][:60]], must_not=["Goed plan, maar denk ook aan de parkeerplaatsen bij de boulevard.", "Wij gebruiken cookies om onze website"], instant=True)
    add_truth(c, d, must_not=[a["head"]])
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame7(c, "Kustkrant - Nieuws van de kust en de eilanden",
                   '<header class="page-header"><h1 class="page-title screen-reader-text">Berichten</h1></header>%s' % "".join(
                       '<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-meta"><time class="entry-date published">%s</time></div></header><div class="entry-summary"><p>%s</p></div></article>' % (
                           s["path"], E(s["head"]), E(short_day("nl", s["d"])), E(s["dek"])) for s in c["stories"]), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/wp-sitemap.xml"))
    write_page(OUT, c["host"], "/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % url(c, "/wp-sitemap-posts-post-1.xml"))
    write_page(OUT, c["host"], "/wp-sitemap-posts-post-1.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % url(c, s["path"]) for s in c["stories"]))
    rss(c, "/feed.xml", c["stories"])


# ---------------------------------------------------------------- 8: Ghost blog (German)
def de_long(d):
    return "%d. %s %d" % (d.day, MON["de"][d.month - 1], d.year)


def frame8(c, title, main, head, bodycls="home-template"):
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title>'
            '<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4b1c2e">%s'
            '<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Feldnotizen" href="/rss.xml">'
            '<script defer src="/ghost/portal.min.js" data-i18n="true" data-ghost="/" data-key="8c1e5f" data-api="/ghost/api/content/" crossorigin="anonymous"></script></head>'
            '<body class="%s is-head-left-logo has-serif-body"><div class="gh-site"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Feldnotizen</a></div>'
            '<nav class="gh-head-menu"><ul class="nav"><li class="nav-startseite"><a href="/">Startseite</a></li><li class="nav-natur"><a href="/tag/natur/">Natur</a></li><li class="nav-energie"><a href="/tag/energie/">Energie</a></li><li class="nav-podcast"><a href="/podcast/">Podcast</a></li><li class="nav-uber"><a href="/ueber/">Über</a></li></ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Anmelden</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Abonnieren</a></div></div></header>'
            '<main id="site-main" class="site-main">%s</main>'
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Feldnotizen</a> &copy; 2025</section><nav class="site-footer-nav">%s</nav><div class="gh-powered-by"><span>Powered by Ghost</span></div></div></footer></div></body></html>') % (
        E(title), head, bodycls, main, footer_links(c))


def article8(c, s, i):
    au, u = s["au"], s["d"]
    names = ", ".join('<a href="/author/%s/">%s</a>' % (slugify(a).split("-")[0], E(a)) for a in au)
    tag = ["Natur", "Energie", "Natur"][i]
    body = "".join("<p>%s</p>" % E(p) for p in s["paras"])
    body = body.replace("</p><p>", '</p><figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/%d.jpg" class="kg-image" alt="" loading="lazy"><figcaption><span style="white-space: pre-wrap;">Foto: Lena Hoffmann</span></figcaption></figure><p>' % s["id"], 1)
    o = s["other"]
    main = ('<article class="article post tag-%s featured">'
            '<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>'
            '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>'
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">%s</ul>'
            '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %d Min. Lesezeit</span></div></div></section></div>'
            '<figure class="article-image"><img src="/content/images/size/w1200/2025/%d-titel.jpg" alt=""></figure></header>'
            '<section class="gh-content gh-canvas">%s</section>'
            '<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">Feldnotizen per E-Mail</h2><p>Melde dich an, um neue Beiträge direkt in dein Postfach zu bekommen.</p><a href="#/portal/signup" data-portal="signup">Abonnieren</a></div></section>'
            '</article><aside class="read-more-wrap outer"><div class="read-more inner"><h3>Weiterlesen</h3>'
            '<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/%d.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time></footer></div></article></div></aside>') % (
        slugify(tag), slugify(tag), tag, E(s["head"]), E(s["dek"]),
        "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>' % (slugify(a).split("-")[0], slugify(a), E(a)) for a in au),
        names, u.strftime("%Y-%m-%d"), E(de_long(u)), 3 + i, s["id"], body, o["path"], o["id"], o["path"], E(o["head"]), o["d"].strftime("%Y-%m-%d"), E(de_long(o["d"])))
    pa = au[0]
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Feldnotizen", "url": url(c, "/"), "logo": {"@type": "ImageObject", "url": url(c, "/content/images/logo.png")}},
          "author": {"@type": "Person", "name": pa, "image": {"@type": "ImageObject", "url": url(c, "/content/images/%s.jpg" % slugify(pa))}, "url": url(c, "/author/%s/" % slugify(pa).split("-")[0]), "sameAs": []},
          "headline": s["head"], "url": url(c, s["path"]), "datePublished": iso(u, 60, True, True), "dateModified": iso(u + TD(days=3), 60, True, True),
          "image": {"@type": "ImageObject", "url": url(c, "/content/images/size/w1200/2025/%d-titel.jpg" % s["id"])}, "keywords": tag, "description": s["dek"], "mainEntityOfPage": url(c, s["path"])}
    head = ('<link rel="icon" href="/favicon.png" type="image/png"><link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade">'
            '<meta property="og:site_name" content="Feldnotizen"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:tag" content="%s">'
            '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">'
            '<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="%s"><script type="application/ld+json">%s</script>') % (
        url(c, s["path"]), E(s["head"]), E(s["dek"]), iso(u, 60, True, True), iso(u + TD(days=3), 60, True, True), tag, E(s["head"]), E(pa), tag, J(ld))
    return frame8(c, s["head"], main, head, "post-template tag-%s" % slugify(tag))


def build8(c):
    for s in c["stories"]:
        s["path"] = "/%s/" % s["slug"]
    c["bio"] = {"Lena Hoffmann": "Beobachtet Vögel, Bäume und das Wetter.", "Felix Brandt": "Schreibt über Energie im Alltag.", "Sabine Roth": "Rechnet gern nach."}
    pages = [("section", "/tag/natur/", "Natur"), ("tag", "/tag/energie/", "Energie"), ("author", "/author/lena/", "Lena Hoffmann"), ("author", "/author/felix/", "Felix Brandt"),
             ("author", "/author/sabine/", "Sabine Roth"), ("search", "/suche/?q=wald", None, "Wald"), ("archive", "/archiv/", "Alle Beiträge"),
             ("podcast", "/podcast/", None), ("signup", "/newsletter/", "Feldnotizen abonnieren"), ("section", "/page/2/", "Feldnotizen – Seite 2")]
    c["srch"] = "/suche/?q=wald"
    c["links"] = [(p[1], p[2] or lab("de", p)) for p in pages] + [("/ueber/", "Über")]
    c["frame"], c["tt"] = frame8, lambda t: "%s - Feldnotizen" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article8(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a)
    add_truth(c, b, must=[b["paras"][3][:60]], must_not=["Melde dich an, um neue Beiträge direkt in dein Postfach zu bekommen.", d["head"]])
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    # The about page is a Ghost page: the post template without a byline or date.
    add_nonarticle(c, "about", "/ueber/", doc=frame8(c, "Über Feldnotizen",
                   '<article class="article page"><header class="article-header gh-canvas"><h1 class="article-title">Über Feldnotizen</h1></header><section class="gh-content gh-canvas">'
                   '<p>Feldnotizen ist ein kleines Blog über Natur, Wetter und Energie im Alltag, geschrieben von Lena Hoffmann und Gästen.</p>'
                   '<p>Wir schreiben aus der Nähe: vom Hof, aus dem Stadtwald, vom Balkon. Wer einen Hinweis hat, erreicht uns unter post@example.org.</p>'
                   '<p>Alle Beiträge sind frei lesbar. Wer uns unterstützen möchte, kann den Newsletter abonnieren.</p></section></article>',
                   '<meta property="og:type" content="website"><meta property="og:title" content="Über Feldnotizen">', "page-template page-ueber"))
    add_nonarticle(c, "home", "/", doc=frame8(c, "Feldnotizen", '<div class="inner posts"><div class="post-feed">%s</div></div>' % "".join(
        '<article class="post-card post"><a class="post-card-content-link" href="%s"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time></footer></article>' % (
            s["path"], E(s["head"]), E(s["dek"]), s["d"].strftime("%Y-%m-%d"), E(de_long(s["d"]))) for s in c["stories"]) + '<a class="pagination" href="/page/2/">Ältere Beiträge</a>', ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap.xml"))
    write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap></sitemapindex>' % (
        url(c, "/sitemap-posts.xml"), url(c, "/sitemap-pages.xml")))
    write_page(OUT, c["host"], "/sitemap-posts.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), iso(s["d"] + TD(days=3), 60, True, True)) for s in c["stories"]))
    write_page(OUT, c["host"], "/sitemap-pages.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s</loc></url></urlset>' % url(c, "/ueber/"))
    rss(c, "/rss.xml", c["stories"])


# ---------------------------------------------------------------- 9: Substack-like newsletter
def sub_day(d):
    return "%s %02d, %d" % (MON["en"][d.month - 1][:3], d.day, d.year)


def frame9(c, title, main, head):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title data-rh="true">%s</title>%s<link rel="stylesheet" href="/static/css/main.8a1f.css">'
            '<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="The Weekly Circuit"></head>'
            '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">'
            '<div class="topbar-content"><a class="navbar-title-link" href="/">The Weekly Circuit</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe/">Subscribe</a><a class="button sign-in-link" href="/account/login/">Sign in</a></div></div>'
            '<div class="pub-tabs"><a href="/">Home</a><a href="/podcast/">Podcast</a><a href="/archive/">Archive</a><a href="/about/">About</a></div>'
            '%s<div class="footer-wrap"><div class="footer">%s<p>© 2025 Oliver Grant · Privacy · Terms · Collection notice</p><p>Substack is the home for great culture</p></div></div></div></div>%s</body></html>') % (
        E(title), head, main, footer_links(c, " · "), c.pop("_tail", ""))


def article9(c, s, i):
    au, u = s["au"], s["d"]
    by = " and ".join('<div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="/profile/%s/" class="frontend-pencraft-Text-module__decoration-hover-underline--BEYAn">%s</a></div>' % (slugify(a), E(a)) for a in au)
    paras = ["<p>%s</p>" % E(p) for p in s["paras"]]
    widget = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe&quot;}"><div class="subscription-widget show-subscribe"><div class="preamble">'
              '<p class="cta-caption">Thanks for reading The Weekly Circuit! Subscribe for free to receive new posts and support my work.</p></div>'
              '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    paras.insert(2, widget)
    slug = s["slug"]
    coms = [("Rachel T.", u + TD(days=1, hours=4), "I tried one of these tariffs last winter and ended up paying more. Worth reading before switching."),
            ("Sam Okoro", u + TD(days=2, hours=9), "Great piece. Would love a follow-up on heat pumps.")]
    main = ('<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">'
            '<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">%s</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3>'
            '<div class="post-meta post-meta-pub"><div class="pencraft pc-display-flex pc-gap-12 byline-wrapper"><div class="pencraft pc-display-flex pc-reset">%s</div></div>'
            '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div>'
            '<div class="post-ufi"><a class="like-button-container post-ufi-button"><span class="label">%d</span></a><a class="post-ufi-comment-button post-ufi-button" href="/p/%s/comments/"><span class="label">%d</span></a><a class="post-ufi-button share">Share</a></div></div>'
            '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>'
            '<div class="post-footer use-separators"><a class="button primary" href="/subscribe/">Subscribe</a> <a class="button" href="#">Share</a></div></article>'
            '<div id="discussion" class="single-post-section"><h4>Discussion about this post</h4><div class="comments-page"><div class="container">%s</div></div><a href="/p/%s/comments/">View all comments</a></div>'
            '<div class="post-recommendations"><h4>Ready for more?</h4>%s</div></div></div></div>') % (
        E(s["head"]), E(s["dek"]), by, E(sub_day(u)), 142 - 30 * i, slug, 23 - 5 * i, "".join(paras),
        "".join('<div class="comment"><div class="comment-meta"><a class="comment-meta-name" href="#">%s</a> <a class="comment-post-date" title="%s">%s</a></div><div class="comment-body"><p>%s</p></div></div>' % (
            E(a), E(short_day("en", d)), E(short_day("en", d)[:-6]), E(t)) for a, d, t in coms), slug, teaser_list(c, [x for x in c["stories"] if x is not s]))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url(c, s["path"]), "mainEntityOfPage": url(c, s["path"]), "headline": s["head"], "description": s["dek"],
          "image": [{"@type": "ImageObject", "url": url(c, "/img/%d.png" % s["id"])}], "datePublished": iso(u, 0), "dateModified": iso(u, 0), "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": a, "url": url(c, "/profile/%s/" % slugify(a)), "description": "Writes The Weekly Circuit."} for a in au],
          "publisher": {"@type": "Organization", "name": "The Weekly Circuit", "url": url(c, "/"), "description": "A weekly newsletter about energy, repair and the infrastructure around us."}}
    head = ('<meta name="author" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta name="twitter:title" content="%s"><link rel="canonical" href="%s"><script type="application/ld+json">%s</script>') % (
        E(au[0]), E(s["head"]), E(s["dek"]), E(s["head"]), url(c, s["path"]), J(ld))
    pre = {"post": {"id": s["id"], "title": s["head"], "subtitle": s["dek"], "slug": slug, "post_date": iso(u, 0, True, True), "audience": "everyone",
                    "publishedBylines": [{"id": 1000 + k, "name": a, "handle": slugify(a).replace("-", "")} for k, a in enumerate(au)], "reactions": {"❤": 142 - 30 * i}},
           "pub": {"name": "The Weekly Circuit", "author_name": "Oliver Grant"}}
    c["_tail"] = '<script>window._preloads = JSON.parse(%s)</script>' % J(json.dumps(pre, ensure_ascii=False))
    return frame9(c, "%s - by %s - The Weekly Circuit" % (s["head"], " and ".join(au)), main, head)


def build9(c):
    for s in c["stories"]:
        s["path"] = "/p/%s/" % s["slug"]
    c["bio"] = {"Oliver Grant": "Writes The Weekly Circuit.", "Meera Shah": "Guest writer; reports on repair and reuse."}
    a, b, d = c["stories"]
    pages = [("archive", "/archive/", "Archive"), ("section", "/s/energy/", "Energy"), ("tag", "/t/repair/", "Repair"),
             ("author", "/profile/oliver-grant/", "Oliver Grant"), ("author", "/profile/meera-shah/", "Meera Shah"), ("search", "/archive/search/?q=tariff", None, "tariff"),
             ("podcast", "/podcast/", None), ("signup", "/subscribe/", "Subscribe to The Weekly Circuit"), ("login", "/account/login/", None)]
    c["srch"] = "/archive/search/?q=tariff"
    c["links"] = [(p[1], p[2] or lab("en", p)) for p in pages] + [("/about/", "About")]
    c["frame"], c["tt"] = frame9, lambda t: "%s - The Weekly Circuit" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article9(c, s, i))
    add_truth(c, a, must=[a["paras"][4]], must_not=["Thanks for reading The Weekly Circuit! Subscribe for free to receive new posts and support my work.",
                                                    "I tried one of these tariffs last winter and ended up paying more."])
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "about", "/about/", doc=frame9(c, "About - The Weekly Circuit",
                   '<div class="container about-page"><h1>About The Weekly Circuit</h1><p>A weekly newsletter about energy, repair and the infrastructure around us, written by Oliver Grant since 2022.</p>'
                   '<p>New posts go out every Thursday morning. Most are free; paid subscribers get a monthly deep dive and the full archive.</p><a class="button primary" href="/subscribe/">Subscribe</a></div>', ""))
    # Each post's comment thread has its own page: the headline, the date and the readers' comments.
    for s in c["stories"]:
        u = s["d"]
        add_nonarticle(c, "comments", "/p/%s/comments/" % s["slug"], doc=frame9(c, "Comments - %s - by %s" % (s["head"], " and ".join(s["au"])),
                       '<div class="container comments-page"><div class="post-header"><a href="%s"><h1 class="post-title">%s</h1></a><div class="meta">%s · %s</div></div>'
                       '<h4>Discussion about this post</h4><div class="comment"><div class="comment-meta"><a class="comment-meta-name">Rachel T.</a> <a class="comment-post-date">%s</a></div><div class="comment-body"><p>I tried one of these tariffs last winter and ended up paying more. Worth reading before switching.</p></div></div>'
                       '<div class="comment"><div class="comment-meta"><a class="comment-meta-name">Sam Okoro</a> <a class="comment-post-date">%s</a></div><div class="comment-body"><p>Great piece. Would love a follow-up on heat pumps.</p></div></div>'
                       '<div class="comment"><div class="comment-meta"><a class="comment-meta-name">Jo Whitfield</a> <a class="comment-post-date">%s</a></div><div class="comment-body"><p>Our town council is debating exactly this right now. Sharing this with them.</p></div></div></div>' % (
                           s["path"], E(s["head"]), E(" and ".join(s["au"])), E(sub_day(u)), E(sub_day(u + TD(days=1))), E(sub_day(u + TD(days=2))), E(sub_day(u + TD(days=4)))),
                       '<meta property="og:title" content="Comments - %s">' % E(s["head"])))
    add_nonarticle(c, "home", "/", doc=frame9(c, "The Weekly Circuit | Oliver Grant | Substack",
                   '<div class="container home-page"><div class="portable-archive-list">%s</div><a href="/archive/">See all</a></div>' % "".join(
                       '<div class="post-preview"><a class="post-preview-title" href="%s">%s</a><div class="post-preview-description">%s</div><div class="post-preview-meta">%s · %s</div></div>' % (
                           s["path"], E(s["head"]), E(s["dek"]), E(sub_day(s["d"]).upper()), E(" and ".join(s["au"]).upper())) for s in c["stories"]), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap.xml"))
    sitemap(c, [s["path"] for s in c["stories"]] + ["/archive/", "/about/", "/podcast/"])
    rss(c, "/feed.xml", c["stories"])


# ---------------------------------------------------------------- 10: Medium-like platform
HANDLE = {"Hannah Price": "hannahprice", "Daniel Okafor": "d.okafor", "Priya Natarajan": "priya.n"}


def frame10(c, title, main, head):
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
            '<meta name="theme-color" content="#000000"><meta property="og:site_name" content="Quillpost">%s</head>'
            '<body><div id="root"><div class="a b c"><div class="l c"><div class="l"><div class="ay az ba bb bc bd be bf bg bh">'
            '<div class="speechify-ignore ab cp"><a aria-label="Homepage" data-testid="headerQuillpostLogo" href="/">Quillpost</a> <a data-testid="headerWriteButton" href="/new-story/">Write</a> <a href="/m/signin/">Sign in</a></div></div>'
            '%s<div class="footer ab"><div class="footer-links">%s</div></div></div></div></div></div></body></html>') % (E(title), head, main, footer_links(c, " "))


def article10(c, s, i):
    au, u = s["au"], s["d"]
    a = au[0]
    h = HANDLE[a]
    pid = "%012x" % (s["id"] * 7919)
    cls = "pw-post-body-paragraph pt pu fo pv b pw px py pz qa qb qc qd qe qf qg qh qi qj qk ql qm qn qo qp qq fh bk"
    body = []
    for j, p in enumerate(s["paras"]):
        body.append('<p id="%04x" class="%s" data-selectable-paragraph="">%s</p>' % (s["id"] + j, cls, E(p)))
        if j == 1:
            body.append('<figure class="qr qs qt qu qv qw qo qp paragraph-image"><div role="button" tabindex="0" class="qx qy fj qz bh ra"><picture><img alt="" class="bh kx rb c" width="700" height="467" loading="eager" src="/img/%d.jpeg"></picture></div><figcaption class="rc fe rd qo qp re rf be b bf z dx" data-selectable-paragraph="">Photo by Leon Marsh on Unsplash</figcaption></figure>' % s["id"])
    others = [x for x in c["stories"] if x is not s]
    main = ('<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gh gi gj gk gl"><div class="ab ca"><div class="ch bg ew ex ey ez">'
            '<div><h1 id="%04x" class="pw-post-title gm gn go be gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl bj" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
            '<div><h2 id="%04x" class="pw-subtitle-paragraph hm hn ho be b hp hq hr hs ht hu hv hw hx hy hz ia ib ic id cp dx">%s</h2></div>'
            '<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="ie if ig ih ii ab"><div><div class="ab ij"><div><div class="bm" aria-hidden="false">'
            '<a href="/@%s?source=post_page-----%s--------------------------------" rel="noopener follow"><div class="l ik il bx im in"><img alt="%s" class="l eq by dd de cx" src="/img/avatars/%s.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div></div></div>'
            '<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="io ab q"><div class="ab q ip"><div class="ab q"><div><div class="bm" aria-hidden="false"><div class="l"><div class="ab q">'
            '<a class="af ag ah ai aj ak al am an ao ap aq ar iq" data-testid="authorName" href="/@%s?source=post_page-----%s--------------------------------" rel="noopener follow">%s</a></div></div></div></div></div>'
            '<span class="ir is" aria-hidden="true"><span class="be b bf z dx">·</span></span><p class="be b bf z dx"><span><a class="it iu ah ai aj ak al am an ao ap aq ar ex iv iw" href="/m/signin/?actionUrl=follow">Follow</a></span></p></div></div></span></div></div>'
            '<div class="l ix"><span class="be b bf z dx"><div class="ab cn iy iz ja"><div class="jb jc ab"><div class="be b bf z dx ab jd"><span class="je l" aria-hidden="true"><span class="be b bf z dx">Published in</span></span>'
            '<div class="ab q"><div class="bm" aria-hidden="false"><div class="l"><div class="ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar iq ab q" data-testid="publicationName" href="/civic-design/?source=post_page"><p class="be b bf z jf jg jh ji jj jk jl jm bj">Civic Design</p></a></div></div></div></div></div></div>'
            '<div class="h k"><span class="je l" aria-hidden="true"><span class="be b bf z dx">·</span></span></div></div><span class="be b bf z dx"><div class="ab ae"><span data-testid="storyReadTime">%d min read</span>'
            '<div class="jn jo l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
            '<div class="ab cp jp jq jr js jt ju jv jw jx jy jz ka kb kc kd ke"><div class="h k w fg fh q"><div class="kt l"><div class="ab q ku kv"><div class="pw-multi-vote-icon fj kw kx ky kz"><button aria-label="clap">clap</button></div><div class="pw-multi-vote-count l lc ld le lf lg lh li"><p class="be b du z dx"><span class="lj">%s</span></p></div></div></div>'
            '<div class="bm" aria-hidden="false"><button class="ao lk ll lm ab q fk ln lo" aria-label="responses"><p class="be b du z dx"><span class="pw-responses-count lp lq">%d</span></p></button></div></div></div></div></div></div></div>'
            '%s</div></div></div></div></section></div></div></article>'
            '<div class="responses-section"><h2 class="be lr ls lt lu">Responses (%d)</h2><div class="response"><a href="/@ravi.k/">Ravi K.</a> <span>%s</span><p>We did something similar in our town and the font size complaints never stop. Good piece.</p></div></div>'
            '<div class="more-from"><h2>More from %s and Civic Design</h2>%s</div>'
            '<div class="recommended"><h2>Recommended from Quillpost</h2><div class="rec-card"><a href="/@sam.ellis/">Sam Ellis</a><h3>Why every city needs a street tree map</h3><span>Nov 2, 2024 · 4 min read</span></div>'
            '<div class="rec-card"><a href="/@jun.takeda/">Jun Takeda</a><h3>The bus stop is the product</h3><span>Dec 11, 2024 · 7 min read</span></div></div>') % (
        s["id"], E(s["head"]), s["id"] + 99, E(s["dek"]), h, pid, E(a), h, h, pid, E(a), 5 + i, E(short_day("en", u)),
        ["1.2K", "486", "2.3K"][i], 34 - 9 * i, "".join(body), 34 - 9 * i, E(short_day("en", u + TD(days=2))), E(a),
        "".join('<div class="more-card"><a href="%s"><h3>%s</h3></a><span>%s · 5 min read</span></div>' % (x["path"], E(x["head"]), E(short_day("en", x["d"]))) for x in others))
    head = ('<meta name="title" content="%s | by %s | Civic Design | Quillpost"><meta name="description" content="%s"><meta property="og:type" content="article">'
            '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="article:published_time" content="%s">'
            '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="%d min read"><link rel="canonical" href="%s">') % (
        E(s["head"]), E(a), E(s["dek"]), E(s["head"]), E(s["dek"]), url(c, s["path"]), iso(u, 0, True, True), 5 + i, url(c, s["path"]))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "image": [url(c, "/img/%d.jpeg" % s["id"])], "url": url(c, s["path"]), "dateCreated": iso(u, 0, True, True),
          "datePublished": iso(u, 0, True, True), "dateModified": iso(u + TD(days=1, hours=3), 0, True, True), "headline": s["head"], "name": s["head"], "description": s["dek"],
          "identifier": pid, "publisher": {"@type": "Organization", "name": "Civic Design", "url": url(c, "/civic-design/")}, "mainEntityOfPage": url(c, s["path"])}
    if i < 2:
        head += '<meta name="author" content="%s"><meta property="article:author" content="%s"><link rel="author" href="%s">' % (E(a), url(c, "/@%s/" % h), url(c, "/@%s/" % h))
        ld["author"] = {"@type": "Person", "name": a, "url": url(c, "/@%s/" % h)}
        ld["creator"] = [a]
    head += '<script type="application/ld+json">%s</script>' % J(ld)
    return frame10(c, "%s | by %s | Civic Design | Quillpost" % (s["head"], a), main, head)


def build10(c):
    for s in c["stories"]:
        s["path"] = "/civic-design/%s-%012x/" % (s["slug"], s["id"] * 7919)
    c["bio"] = {"Hannah Price": "Designer. Bus nerd. Writing about maps and cities.", "Daniel Okafor": "Accessibility lead in local government.", "Priya Natarajan": "Suburban, for now. Writes about getting around."}
    pages = [("section", "/civic-design/", "Civic Design"), ("tag", "/tag/urbanism/", "Urbanism"), ("author", "/@hannahprice/", "Hannah Price"), ("author", "/@d.okafor/", "Daniel Okafor"),
             ("author", "/@priya.n/", "Priya Natarajan"), ("search", "/search/?q=bus+map", None, "bus map"), ("archive", "/civic-design/archive/2025/", "Civic Design archive: 2025"),
             ("about", "/civic-design/about/", None), ("signup", "/membership/", "Become a Quillpost member"), ("login", "/m/signin/", None)]
    c["srch"] = "/search/?q=bus+map"
    c["links"] = [(p[1], p[2] or lab("en", p)) for p in pages]
    c["frame"], c["tt"] = frame10, lambda t: "%s | Quillpost" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article10(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a)
    add_truth(c, b)
    add_truth(c, d, must=[d["paras"][4][:60]], must_not=["Why every city needs a street tree map", a["head"]])
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame10(c, "Quillpost – Where good ideas find you", '<div class="home-feed"><h2>Staff picks</h2>%s</div>' % "".join(
        '<div class="feed-card"><a href="/@%s/">%s</a> in <a href="/civic-design/">Civic Design</a><a href="%s"><h2>%s</h2><h3>%s</h3></a><span>%s</span></div>' % (
            HANDLE[s["au"][0]], E(s["au"][0]), s["path"], E(s["head"]), E(s["dek"]), E(short_day("en", s["d"]))) for s in c["stories"]), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap/sitemap.xml"))
    write_page(OUT, c["host"], "/sitemap/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % url(c, s["path"]) for s in c["stories"]))


# ---------------------------------------------------------------- 11: Gatsby (Spanish), CSS-module class soup
def frame11(c, title, main, head, path="/"):
    return ('<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
            '<meta name="generator" content="Gatsby 5.13.3"/><title data-react-helmet="true">%s</title>%s<style data-href="/styles.4f2e9a.css" data-identity="gatsby-global-css">.layout-module--wrapper--Zk2pQ{max-width:72rem}</style>'
            '<link as="script" rel="preload" href="/webpack-runtime-8c1d.js"/><link as="script" rel="preload" href="/app-2f9e.js"/></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrapper--Zk2pQ">'
            '<div class="header-module--bar--1xY8c"><div class="header-module--inner--3nB0v"><div class="header-module--date--2pQx1">%s</div><a class="header-module--logo--q8Jm0" href="/">Diario del Valle</a>'
            '<div class="header-module--nav--7fK2s"><a href="/seccion/comarca/">Comarca</a><a href="/seccion/cultura/">Cultura</a><a href="/agenda/">Agenda</a></div></div></div>'
            '<div class="layout-module--main--8Hx1a">%s</div>'
            '<div class="newsletter-modal-module--overlay--2Wq9d"><div class="newsletter-modal-module--box--7Tx3a"><p>Recibe cada mañana las noticias de la comarca en tu correo.</p><input type="email"/><button>Suscribirme</button></div></div>'
            '<div class="footer-module--footer--5Gh2k"><div>%s</div><div>© 2025 Diario del Valle</div></div></div></div>'
            '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="%s";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-2f9e.js\\"]}";/*]]>*/</script>'
            '<script src="/webpack-runtime-8c1d.js" async></script><script src="/app-2f9e.js" async></script></body></html>') % (
        E(title), head, E(long_day("es", TODAY)), main, footer_links(c, " "), path)


def article11(c, s, i):
    au, u = s["au"], s["d"]
    when = "hace %d horas" % s["rel"] if u is None else "%s · %s" % (short_day("es", u), u.strftime("%H:%M"))
    body = []
    for j, p in enumerate(s["paras"]):
        body.append('<div><div class="noticia-module--para--8Kd2s"><p>%s</p></div></div>' % E(p))
        if j == 1:
            o = s["other"]
            body.append('<div class="noticia-module--related--3Ls0f"><span>Relacionadas</span><a href="%s">%s</a></div>' % (o["path"], E(o["head"])))
    main = ('<div class="noticia-module--grid--4Lm9z"><div class="noticia-module--col--1Qp8r"><div class="noticia-module--head--9Yx2c">'
            '<div class="noticia-module--cat--3Rt7b"><a href="/seccion/comarca/">Comarca</a></div><h1 class="noticia-module--title--2Jk4n">%s</h1><div class="noticia-module--lead--6Vb1m">%s</div>'
            '<div class="noticia-module--meta--0Ws3e"><div class="noticia-module--author--5Tg8h">Por <a href="/autores/%s/">%s</a></div><div class="noticia-module--date--7Yu6j">%s</div></div></div>'
            '<div class="noticia-module--img--2Hq7v"><div class="gatsby-image-wrapper"><img src="/static/%d/foto.jpg" alt=""/></div><span class="noticia-module--credit--1Zx9e">Foto: Diario del Valle</span></div>'
            '<div class="noticia-module--body--1Az9q">%s</div><div class="noticia-module--tags--6Rb3n"><a href="/etiqueta/vecinos/">#vecinos</a></div></div>'
            '<div class="noticia-module--aside--0Pp4x"><div class="noticia-module--asideTitle--9Qa1c">Lo último</div>%s</div></div>') % (
        E(s["head"]), E(s["dek"]), slugify(au[0]), E(au[0]), E(when), s["id"], "".join(body), mostread(c, s))
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": s["head"], "author": {"@type": "Person", "name": au[0]}, "url": url(c, s["path"])}
    if i == 1:
        ld["datePublished"] = "2025-06-02T03:14:22.000Z"
    head = ('<meta data-react-helmet="true" name="description" content="%s"/><meta data-react-helmet="true" property="og:title" content="%s"/><meta data-react-helmet="true" property="og:type" content="article"/>'
            '<link data-react-helmet="true" rel="canonical" href="%s"/><script data-react-helmet="true" type="application/ld+json">%s</script>'
            '<link as="fetch" rel="preload" href="/page-data%spage-data.json" crossorigin="anonymous"/>') % (E(s["dek"]), E(s["head"]), url(c, s["path"]), J(ld), s["path"])
    return frame11(c, "%s | Diario del Valle" % s["head"], main, head, s["path"])


def build11(c):
    for s in c["stories"]:
        s["path"] = "/noticias/%s/" % s["slug"]
    c["stories"][0]["rel"] = 3
    c["bio"] = {"Pablo Serrano": "Periodista. Cubre la comarca.", "Irene Campos": "Cultura y espectáculos.", "Marta Delgado": "Economía y campo."}
    pages = [("section", "/seccion/comarca/", "Comarca"), ("section", "/seccion/cultura/", "Cultura"), ("tag", "/etiqueta/vecinos/", "#vecinos"),
             ("author", "/autores/pablo-serrano/", "Pablo Serrano"), ("author", "/autores/irene-campos/", "Irene Campos"), ("author", "/autores/marta-delgado/", "Marta Delgado"),
             ("search", "/buscar/?q=festival", None, "festival"), ("archive", "/archivo/2025/01/", "Archivo: enero de 2025"), ("about", "/contacto/", None),
             ("events", "/agenda/", None), ("gallery", "/galeria/romeria-san-isidro/", None), ("video", "/video/crecida-del-rio/", None)]
    c["srch"] = "/buscar/?q=festival"
    c["links"] = [(p[1], p[2] or lab("es", p)) for p in pages]
    c["frame"], c["tt"] = frame11, lambda t: "%s | Diario del Valle" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article11(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a, must=[a["paras"][3][:60]], must_not=["Recibe cada mañana las noticias de la comarca en tu correo.", b["head"]])
    add_truth(c, b)
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame11(c, "Diario del Valle | Noticias de la comarca",
                   '<div class="home-module--grid--3Tq8w"><div class="home-module--main--1Lp0d">%s</div><div class="home-module--aside--7Xc2e"><div>Lo último</div>%s</div></div>' % (
                       teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)), ""))
    robots(c, "Sitemap: %s\n" % url(c, "/sitemap-index.xml"))
    write_page(OUT, c["host"], "/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % url(c, "/sitemap-0.xml"))
    write_page(OUT, c["host"], "/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % url(c, p) for p in [s["path"] for s in c["stories"]] + [p[1] for p in pages]))


# ---------------------------------------------------------------- 12: Nuxt 3 (French), __NUXT_DATA__, site name first
def devalue(obj):
    """A Nuxt 3 payload: a flat array in which objects refer to other entries by index."""
    arr = [["ShallowReactive", 1]]

    def put(v):
        arr.append(None)
        k = len(arr) - 1
        if isinstance(v, dict):
            arr[k] = {a: put(b) for a, b in v.items()}
        elif isinstance(v, list):
            arr[k] = [put(b) for b in v]
        else:
            arr[k] = v
        return k
    put(obj)
    return arr


def frame12(c, title, main, head, tail=""):
    return ('<!DOCTYPE html><html lang="fr" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
            '<link rel="stylesheet" href="/_nuxt/entry.B2kq9f.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/Cx81kq2.js">%s</head>'
            '<body><div id="__nuxt"><div class="layout"><div class="topbar"><span class="topbar__date">%s</span><span class="topbar__meteo">Chamonix −3 °C · Annecy 4 °C</span></div>'
            '<header class="hdr"><a href="/" class="hdr__logo">L\'Écho des Cimes</a><nav class="hdr__nav"><a href="/actualites/">Actualités</a><a href="/meteo/">Météo</a><a href="/direct/tunnel-du-col/">Direct</a></nav></header>'
            '<div class="nl-popup" role="dialog"><p>Ne manquez rien de l\'actualité des montagnes : inscrivez-vous à notre lettre quotidienne.</p><a href="/newsletter/">Je m\'inscris</a></div>'
            '%s<footer class="ftr"><nav>%s</nav><p>© L\'Écho des Cimes 2025</p></footer></div></div>%s'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{siteUrl:"/"},app:{baseURL:"/",buildId:"5f2c1a",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>'
            '<script type="module" src="/_nuxt/Cx81kq2.js" crossorigin></script></body></html>') % (
        E(title), head, E(long_day("fr", TODAY)), main, footer_links(c, " · "), tail)


def article12(c, s, i):
    au, u = s["au"], s["d"]
    par = " et ".join('<a class="art-author" href="/auteurs/%s/">%s</a>' % (slugify(a), E(a)) for a in au)
    o = s["other"]
    body = "".join("<p>%s</p>" % E(p) for p in s["paras"])
    main = ('<main class="art-page"><div class="crumbs"><a href="/">Accueil</a> / <a href="/actualites/">Actualités</a></div><article class="art">'
            '<h1 class="art-title">%s</h1><p class="art-lead">%s</p><p class="art-meta">Par %s | <time datetime="%s">%s</time></p>'
            '<div class="art-share"><button>Partager</button><button>Commenter (%d)</button></div>'
            '<figure class="art-fig"><img src="/img/%d.jpg" alt=""><figcaption>© Photo DR</figcaption></figure>'
            '<div class="art-body">%s</div>'
            '<div class="art-same"><h2>Sur le même sujet</h2><a href="%s">%s</a></div></article>'
            '<aside class="art-aside"><h2>Les plus lus</h2>%s</aside></main>') % (
        E(s["head"]), E(s["dek"]), par, u.strftime("%Y-%m-%d"), E(short_day("fr", u)), 4 + i, s["id"], body, o["path"], E(o["head"]), mostread(c, s))
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": s["head"], "datePublished": iso(u, 60), "image": url(c, "/img/%d.jpg" % s["id"])}
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">'
            '<script type="application/ld+json">%s</script>') % (E(s["dek"]), E(s["head"]), url(c, s["path"]), J(ld))
    data = {"data": {"article-%s" % s["slug"]: {"id": s["id"], "title": s["head"], "lead": s["dek"], "publishedAt": iso(u, 60, True, True), "updatedAt": iso(u + TD(hours=6), 60, True, True),
                                                 "authors": [{"name": a} for a in au], "content": body}}, "state": {}, "once": [], "_errors": {}, "serverRendered": True, "path": s["path"]}
    tail = '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>' % J(devalue(data))
    return frame12(c, "L'Écho des Cimes » %s" % s["head"], main, head, tail)


def build12(c):
    for s in c["stories"]:
        s["path"] = "/actualites/%s-%d/" % (s["slug"], s["id"])
    c["bio"] = {"Julien Mercier": "Journaliste.", "Camille Rousseau": "Journaliste nature.", "Élise Fontaine": "Journaliste."}
    pages = [("section", "/actualites/", "Actualités"), ("tag", "/tags/faune/", "Faune"), ("author", "/auteurs/julien-mercier/", "Julien Mercier"),
             ("author", "/auteurs/camille-rousseau/", "Camille Rousseau"), ("author", "/auteurs/elise-fontaine/", "Élise Fontaine"),
             ("search", "/recherche/?q=tunnel", None, "tunnel"), ("archive", "/archives/2025/", "Archives 2025"), ("about", "/a-propos/", None),
             ("weather", "/meteo/", None), ("live", "/direct/tunnel-du-col/", None), ("signup", "/newsletter/", None), ("horoscope", "/horoscope/", None)]
    c["srch"] = "/recherche/?q=tunnel"
    c["links"] = [(p[1], p[2] or lab("fr", p)) for p in pages]
    c["frame"], c["tt"] = frame12, lambda t: "L'Écho des Cimes » %s" % t
    for i, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], article12(c, s, i))
    a, b, d = c["stories"]
    add_truth(c, a)
    add_truth(c, b, must=[b["paras"][4][:60]], must_not=["Ne manquez rien de l'actualité des montagnes", a["head"]])
    add_truth(c, d)
    for p in pages:
        add_nonarticle(c, p[0], p[1], p[2], p[3] if len(p) > 3 else None)
    add_nonarticle(c, "home", "/", doc=frame12(c, "L'Écho des Cimes » Toute l'actualité des Alpes",
                   '<main class="home"><section class="une">%s</section><aside><h2>Les plus lus</h2>%s</aside></main>' % (teaser_list(c, c["stories"]), teaser_list(c, c["stories"], True)),
                   '<link rel="alternate" type="application/rss+xml" href="/rss.xml">'))
    robots(c)
    rss(c, "/rss.xml", c["stories"])


SITES = [(1, "en", "The Harbour Ledger", 0, build1), (2, "es", "El Faro Digital", 60, build2), (3, "de", "Rheinblick", 60, build3),
         (4, "en", "Metro Pulse", -300, build4), (5, "it", "Corriere della Valle", 60, build5), (6, "fr", "Le Courrier du Matin", 60, build6),
         (7, "nl", "Kustkrant", 60, build7), (8, "de", "Feldnotizen", 60, build8), (9, "en", "The Weekly Circuit", 0, build9),
         (10, "en", "Quillpost", 0, build10), (11, "es", "Diario del Valle", 60, build11), (12, "fr", "L'Écho des Cimes", 60, build12)]

for n, k, name, tz, build in SITES:
    c = dict(host="127.0.3.%d" % n, k=k, name=name, tz=tz, stories=[])
    for head, dek, au, when, paras in ST[n]:
        c["stories"].append(dict(head=head, dek=dek, au=au, d=DT(*when) if when else None, paras=paras, id=rnd.randrange(100000, 999999), slug=slugify(head), rel=None))
    for j, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(j + 1) % 3]
    build(c)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
