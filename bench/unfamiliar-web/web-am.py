"""Web am: ten Ibero-American and Southern European papers in Spanish,
Portuguese, Italian and Catalan on big-publisher CMSs, each on its own
template: Arc XP / Fusion (Argentina; Colombia, with the headline repeated
in a kicker) with the story state in <script id="fusion-metadata"> (and the
"most read" stories in Fusion.contentCache), Brightspot (Brazil; the update
line before the publication line, JSON-LD with dateModified only),
Joomla 4 (Italy; the site name in the h1 and the headline in an h2, an
article-info list "Creato / Ultima modifica / Pubblicato"), WordPress with
Rank Math JSON-LD naming the WordPress user "Redacción Heraldo" as author
(Mexico), Drupal 9 (Portugal), Ghost (Catalonia), Blogger (Peru), a home-made
CMS with a <meta name="date"> of the day the page was rendered (Spain) and
WordPress with the tagDiv Newspaper theme (Uruguay). Antetítulo /
sobretítulo / occhiello above the headline, bajada / entradilla / linha fina
under it; bylines "Por Martín Acosta", two authors with roles on separate
lines, "Por: Fernanda Ruiz | Reportera", "Redacción EFE", "EFE | Madrid",
"Elena Navarro | Valencia", "Agenzia ANSA", "Dal nostro inviato", "Lusa",
"Texto de A e B", "Per A i B", "Publicado por A a las 18:47", "Por: Colprensa".
Dates "03/03/2025 - 22:15 (GMT-3)", "Publicado em 04/03/2025 - 21h30 BRT"
after "Atualizado em ...", "Pubblicato: 03 marzo 2025 | 18:47", "Publicado:
lunes, 3 de marzo de 2025 18:47 hora de Ciudad de México", "Seg, 03/03/2025 -
18:47", "3 de març de 2025", a Blogger date header plus "a las 18:47", "3 mar
2025 - 18:47 CET" next to a stale "Hace 3 horas", "3 marzo, 2025" and "3 de
marzo de 2025 - 06:47 p. m.". Noise: a masthead with today's date, cookie
banners, "most read" lists with relative times, "Lee también" / "Leia também"
/ "Leggi anche" teasers inside the body, newsletter boxes, comments with
later dates, author bio boxes, share bars, breadcrumbs. Non-articles on every
site: home, section, tag, author, search, archive by day, about or contact or
legal notice, and a few of: live blog (en vivo / ao vivo / in diretta),
gallery, video, horoscope, lottery results, weather, podcast, newsletter
sign-up, job ad. RSS/Atom feeds, sitemaps and robots.txt on some sites.
Writes the sites and truth.json under the directory given as the first
argument. Crawled once with /tmp/nr-base/newsroom: stored 30 of 30, titles
30, dates 30 (instants too), authors 27 (two authors on separate lines each
with a role: only the first kept; "Agenzia ANSA" in meta author / Joomla
createdby stored as "Agenzia"; "Redacción EFE" unread, so Rank Math's
WordPress user "Redacción Heraldo" won), bodies 12 of 12 right, 0 of 93
non-articles stored."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18118
rnd = random.Random("web-am")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
UTC = datetime.timezone.utc

MON = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
}
DAYS = {
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge".split(),
}
AGO = {"es": "Hace %d horas", "pt": "Há %d horas", "it": "%d ore fa", "ca": "Fa %d hores"}


def mast(lang, d=TODAY):
    m = MON[lang][d.month - 1]
    if lang == "ca":
        return "%s, %d %s %s de %d" % (DAYS[lang][d.weekday()].capitalize(), d.day, "d'" if m[0] in "ao" else "de", m, d.year)
    if lang == "it":
        return "%s %d %s %d" % (DAYS[lang][d.weekday()].capitalize(), d.day, m, d.year)
    return "%s, %d de %s de %d" % (DAYS[lang][d.weekday()].capitalize(), d.day, m, d.year)


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:70].strip("-")


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


# ---------------------------------------------------------------- stories
# Per site: (over-headline, headline, standfirst, (y, m, d, h, mi) local time, authors
# (truth), credit as shown, paragraphs).
ST = {}
ST["ar"] = [
 ("Transporte", "El Gobierno anuncia un nuevo esquema de subsidios al transporte",
  "Las tarifas de colectivos y trenes del AMBA subirán en forma escalonada y los subsidios se asignarán según los ingresos de cada usuario.",
  (2025, 3, 3, 22, 15), ["Martín Acosta"], "Por Martín Acosta", [
  "El Ministerio de Economía presentó este lunes por la noche el nuevo esquema de subsidios al transporte público del área metropolitana de Buenos Aires, que reemplazará el sistema de tarifa plana vigente desde 2019.",
  "Según explicaron fuentes oficiales, el boleto mínimo de colectivo pasará a costar 420 pesos a partir de abril para quienes no estén inscriptos en el registro de subsidios, mientras que los beneficiarios de planes sociales mantendrán un descuento del 55 por ciento.",
  "La Secretaría de Transporte aclaró que la tarjeta SUBE deberá estar nominada para acceder al beneficio y que el trámite podrá hacerse en línea o en las terminales de las estaciones cabecera.",
  "Las cámaras empresarias del sector recibieron el anuncio con cautela. \"Necesitamos saber cuándo llegan los fondos, porque los costos de combustible ya subieron un 30 por ciento en el año\", dijo a este diario un directivo de una de las principales líneas del conurbano.",
  "Los gremios de choferes, por su parte, anticiparon que pedirán una reunión con el ministro antes de fin de mes para discutir la actualización salarial atada a la nueva tarifa.",
  "El esquema se aplicará en tres etapas y la última, prevista para junio, incluirá también a los trenes metropolitanos de las líneas Mitre, Sarmiento y Roca."]),
 ("Turismo", "Récord de turistas extranjeros en Bariloche durante el verano",
  "La ocupación hotelera superó el 90 por ciento en enero y febrero, impulsada por visitantes de Brasil y Chile.",
  (2025, 2, 17, 10, 30), ["Lucía Fernández", "Diego Ramírez"], None, [
  "San Carlos de Bariloche cerró la temporada de verano con la mayor cantidad de turistas extranjeros de su historia, según el informe difundido por el Ente Mixto de Promoción Turística de la ciudad.",
  "Entre el 1 de enero y el 15 de febrero llegaron más de 180.000 visitantes de otros países, un 40 por ciento más que en el mismo período del año anterior. Los brasileños encabezaron la lista, seguidos por chilenos y uruguayos.",
  "Los operadores atribuyen el crecimiento a los vuelos directos desde San Pablo y Santiago y a la diferencia cambiaria, que vuelve competitivos los precios de alojamiento y gastronomía para los visitantes.",
  "En el cerro Catedral, que en verano funciona como centro de trekking y ciclismo de montaña, la venta de pases para los medios de elevación se duplicó respecto de 2024.",
  "El intendente anunció que parte de lo recaudado por la tasa turística se destinará a mejorar los accesos a las playas del lago Nahuel Huapi y a reforzar la recolección de residuos en los barrios del oeste."]),
 ("Economía", "La inflación de enero fue del 2,2% y marcó su menor registro en cuatro años",
  "El dato del INDEC se ubicó por debajo de lo que esperaban las consultoras privadas.",
  (2025, 2, 13, 16, 5), ["Sofía Benítez"], "Por Sofía Benítez", [
  "El índice de precios al consumidor aumentó un 2,2 por ciento en enero, informó este jueves el Instituto Nacional de Estadística y Censos. Se trata de la variación mensual más baja desde julio de 2020.",
  "En los últimos doce meses la inflación acumulada fue del 84,5 por ciento, lejos de los valores de tres dígitos que se registraban a comienzos del año pasado.",
  "Los rubros que más subieron fueron restaurantes y hoteles, por el efecto de la temporada de vacaciones, y vivienda, agua y electricidad, por los ajustes en las tarifas de los servicios públicos.",
  "En el otro extremo, las prendas de vestir y el calzado registraron una leve baja, algo poco habitual para un mes de enero.",
  "Desde el Palacio de Hacienda celebraron el dato y aseguraron que la desaceleración continuará en los próximos meses, aunque economistas privados advierten que la suba de los alquileres podría frenar esa tendencia."]),
]
ST["br"] = [
 ("Mobilidade", "Prefeitura de São Paulo amplia faixas exclusivas de ônibus na zona leste",
  "Novos 38 quilômetros de faixas devem reduzir em até 15 minutos o tempo de viagem entre Itaquera e o centro.",
  (2025, 3, 4, 21, 30), ["Ana Carolina Souza"], "Por Ana Carolina Souza — São Paulo", [
  "A Prefeitura de São Paulo anunciou nesta terça-feira a implantação de 38 quilômetros de novas faixas exclusivas de ônibus na zona leste da capital. As obras de sinalização começam na próxima semana.",
  "Os trechos escolhidos incluem a avenida Aricanduva, a Radial Leste entre o Tatuapé e Itaquera e a avenida Ragueb Chohfi, corredores que concentram algumas das linhas mais lotadas da cidade.",
  "Segundo a SPTrans, a mudança deve reduzir em até 15 minutos o tempo médio de viagem dos passageiros que seguem para o centro no horário de pico da manhã.",
  "Comerciantes da região reclamam da proibição de estacionamento nas faixas à direita e pedem que a prefeitura crie vagas de carga e descarga nas ruas transversais.",
  "A gestão municipal afirma que a fiscalização será feita por câmeras e que as multas só começarão a ser aplicadas trinta dias depois da pintura das faixas."]),
 ("Clima", "Chuvas deixam 12 cidades do interior paulista em situação de emergência",
  "Defesa Civil registra mais de 2.000 desalojados; rio Piracicaba transbordou em dois pontos.",
  (2025, 1, 28, 7, 15), ["Rafael Oliveira", "Juliana Costa"], "Por Rafael Oliveira e Juliana Costa", [
  "Doze municípios do interior de São Paulo decretaram situação de emergência depois das fortes chuvas que atingiram o estado desde o fim de semana, informou a Defesa Civil estadual.",
  "Em Piracicaba, o rio que dá nome à cidade transbordou na região da rua do Porto e obrigou a retirada de famílias que moram nas casas mais próximas da margem.",
  "Ao todo, mais de 2.000 pessoas estão desalojadas e 340 desabrigadas, abrigadas em escolas e ginásios municipais.",
  "O governo estadual liberou uma verba emergencial de 20 milhões de reais para obras de contenção e para a compra de colchões, cestas básicas e kits de higiene.",
  "A previsão do tempo indica que a chuva deve diminuir a partir de quinta-feira, mas os meteorologistas alertam para o risco de deslizamentos nas encostas já encharcadas."]),
 ("Agronegócio", "Exportações de café batem recorde em 2024, aponta Cecafé",
  "O Brasil embarcou 50,4 milhões de sacas no ano passado, alta de 28,8% em relação a 2023.",
  (2025, 1, 15, 14, 20), ["Agência Brasil"], "Por Agência Brasil", [
  "As exportações brasileiras de café atingiram 50,4 milhões de sacas de 60 quilos em 2024, o maior volume da série histórica, segundo o Conselho dos Exportadores de Café do Brasil.",
  "O resultado representa uma alta de 28,8% em relação ao ano anterior. A receita cambial também foi recorde e chegou a 12,5 bilhões de dólares.",
  "Os Estados Unidos continuaram como o principal destino do produto brasileiro, seguidos da Alemanha, da Itália e da Bélgica.",
  "Para 2025, o Cecafé prevê uma redução dos embarques por causa da seca que atingiu as lavouras de Minas Gerais durante a florada, o que deve limitar a oferta de café arábica."]),
]
ST["it"] = [
 ("Ambiente ed energia", "Piombino, il porto punta sull'idrogeno: firmato l'accordo con la Regione",
  "Un investimento da 40 milioni per un impianto di produzione e una stazione di rifornimento per i traghetti diretti all'Elba.",
  (2025, 3, 3, 18, 47), ["Marco Bellini"], "Dal nostro inviato Marco Bellini", [
  "PIOMBINO — L'Autorità di sistema portuale del Mar Tirreno settentrionale e la Regione Toscana hanno firmato ieri pomeriggio il protocollo d'intesa per la realizzazione di un impianto di produzione di idrogeno verde nell'area delle ex acciaierie.",
  "Il progetto, del valore di circa 40 milioni di euro, prevede un elettrolizzatore alimentato da un parco fotovoltaico e una stazione di rifornimento destinata ai traghetti che collegano Piombino a Portoferraio.",
  "«È un passo decisivo per la decarbonizzazione dei trasporti verso l'isola», ha detto il presidente della Regione durante la cerimonia, alla quale hanno partecipato anche i sindaci dei comuni elbani.",
  "Le compagnie di navigazione hanno già annunciato l'ordine di due nuove unità a propulsione ibrida, che dovrebbero entrare in servizio entro il 2028.",
  "Restano però i dubbi dei comitati cittadini, che chiedono garanzie sulla sicurezza degli stoccaggi e sulla bonifica dei terreni dell'area industriale."]),
 ("Meteo", "Maltempo in Toscana, allerta arancione su tutta la costa",
  "Scuole chiuse a Livorno e Grosseto, forti raffiche di libeccio attese fino a martedì sera.",
  (2025, 2, 10, 7, 30), ["ANSA"], "Agenzia ANSA", [
  "La Sala operativa della protezione civile regionale ha esteso l'allerta arancione per vento e mareggiate a tutta la costa toscana, dalla Versilia all'Argentario.",
  "I sindaci di Livorno e Grosseto hanno disposto la chiusura delle scuole di ogni ordine e grado e dei parchi pubblici per l'intera giornata di lunedì.",
  "Sono previste raffiche di libeccio fino a 90 chilometri orari e onde alte fino a cinque metri al largo. Sospesi alcuni collegamenti marittimi con l'isola d'Elba e con il Giglio.",
  "La Regione raccomanda di evitare le passeggiate sui lungomare e di mettere in sicurezza vasi e oggetti sui balconi."]),
 ("Cronaca", "Pisa, la Torre resta chiusa due giorni per lavori di manutenzione",
  "Interventi sul sistema di monitoraggio delle inclinazioni; rimborsati i biglietti già acquistati.",
  (2024, 11, 20, 12, 5), ["Giulia Rossi"], "di Giulia Rossi", [
  "La Torre di Pisa resterà chiusa al pubblico mercoledì e giovedì per consentire alcuni lavori di manutenzione sul sistema di sensori che controlla l'inclinazione del monumento.",
  "Lo ha comunicato l'Opera della Primaziale pisana, precisando che la piazza dei Miracoli, il Duomo e il Battistero resteranno regolarmente aperti ai visitatori.",
  "I biglietti già acquistati per le due giornate saranno rimborsati integralmente oppure potranno essere utilizzati in un'altra data entro la fine dell'anno.",
  "Secondo i tecnici, la torre continua a raddrizzarsi di circa mezzo millimetro all'anno, un movimento considerato del tutto normale dopo il consolidamento del terreno concluso nel 2001.",
  "Gli interventi riguarderanno soprattutto la sostituzione dei cavi e delle centraline installate più di vent'anni fa."]),
]
ST["mx"] = [
 ("Ciudad", "Suspenden clases en 300 escuelas de Iztapalapa por falta de agua",
  "La alcaldía y la SEP acordaron horarios reducidos mientras dure el corte del Sistema Cutzamala.",
  (2025, 3, 3, 18, 47), ["Fernanda Ruiz"], "Por: Fernanda Ruiz | Reportera", [
  "Autoridades educativas de la Ciudad de México suspendieron este lunes las clases presenciales en al menos 300 escuelas de la alcaldía Iztapalapa debido a la falta de agua potable en los planteles.",
  "La medida se tomó luego de que el Sistema de Aguas de la Ciudad de México reportara una reducción del 30 por ciento en el suministro proveniente del Sistema Cutzamala.",
  "Padres de familia de la colonia Santa Martha Acatitla relataron que desde hace dos semanas los sanitarios de las primarias permanecen cerrados y que los niños llevan botellas de agua desde casa.",
  "La alcaldía informó que enviará 150 pipas diarias para abastecer prioritariamente a escuelas, hospitales y centros de salud.",
  "Las clases se impartirán en línea al menos hasta el viernes, cuando la Secretaría de Educación Pública evaluará si el abasto permite regresar a las aulas."]),
 ("Movilidad", "Metro de la CDMX reabre la Línea 1 tras 20 meses de obras",
  "El tramo Pantitlán–Isabel la Católica vuelve a operar con trenes nuevos y un intervalo de paso de dos minutos.",
  (2024, 11, 16, 9, 0), ["Jorge Castillo", "Fernanda Ruiz"], "Por: Jorge Castillo y Fernanda Ruiz", [
  "La Línea 1 del Metro de la Ciudad de México reabrió este sábado el tramo entre Pantitlán e Isabel la Católica, luego de 20 meses de trabajos de modernización.",
  "Los usuarios que abordaron los primeros trenes, a las 5:00 horas, encontraron estaciones renovadas, nuevas escaleras eléctricas y pantallas con información en tiempo real.",
  "El Sistema de Transporte Colectivo explicó que los 29 trenes nuevos permitirán reducir el intervalo de paso a dos minutos en hora pico.",
  "La obra costó más de 37.000 millones de pesos y fue financiada mediante un esquema de prestación de servicios a 19 años.",
  "Durante el cierre, el servicio fue cubierto por autobuses emergentes que recorrieron el Eje 1 Norte y la calzada Ignacio Zaragoza."]),
 ("Economía", "Peso mexicano cierra la semana con ganancia frente al dólar",
  "La moneda avanzó 0,8 % en cinco sesiones, apoyada por datos de inflación mejores a lo esperado.",
  (2025, 2, 21, 16, 30), ["EFE"], "Redacción EFE", [
  "El peso mexicano cerró este viernes con una apreciación de 0,3 por ciento frente al dólar y acumuló una ganancia semanal de 0,8 por ciento, de acuerdo con datos del Banco de México.",
  "El tipo de cambio se ubicó en 20,42 pesos por dólar, su mejor nivel desde principios de enero.",
  "Analistas atribuyeron el avance a la publicación del índice de precios de la primera quincena de febrero, que mostró una inflación anual de 3,74 por ciento, por debajo de lo previsto.",
  "En el mercado accionario, el principal índice de la Bolsa Mexicana de Valores subió 0,5 por ciento, impulsado por las emisoras del sector financiero."]),
]
ST["pt"] = [
 ("Mobilidade", "Lisboa vai ter mais 40 quilómetros de ciclovias até 2026",
  "Câmara aprova plano que liga Alcântara ao Parque das Nações pela zona ribeirinha.",
  (2025, 3, 3, 18, 47), ["Sofia Matos"], "Sofia Matos", [
  "A Câmara Municipal de Lisboa aprovou esta segunda-feira um plano para construir mais 40 quilómetros de ciclovias até ao final de 2026, elevando a rede da cidade para perto de 200 quilómetros.",
  "O eixo principal vai ligar Alcântara ao Parque das Nações ao longo da zona ribeirinha, com um troço novo entre o Cais do Sodré e Santa Apolónia.",
  "A vereação da oposição votou a favor, mas pediu que os novos percursos sejam separados fisicamente do trânsito automóvel, depois das queixas de ciclistas sobre carros estacionados em cima das faixas.",
  "O investimento previsto ronda os 18 milhões de euros, parte dos quais financiados por fundos europeus do Plano de Recuperação e Resiliência.",
  "As obras deverão arrancar no verão, começando pelas avenidas Novas e pela ligação ao Hospital de Santa Maria."]),
 ("País", "Seca no Alentejo: barragem do Alqueva abaixo dos 60%",
  "Agricultores pedem restrições ao regadio de olival intensivo.",
  (2024, 9, 12, 11, 20), ["Lusa"], "Lusa", [
  "A barragem do Alqueva está com 58% da sua capacidade, o valor mais baixo para o mês de setembro desde 2019, segundo os dados do Sistema Nacional de Informação de Recursos Hídricos.",
  "A Empresa de Desenvolvimento e Infraestruturas do Alqueva garante que o abastecimento público e o regadio estão assegurados para os próximos dois anos.",
  "Ainda assim, associações de pequenos agricultores defendem que o Governo deve limitar a expansão do olival e do amendoal intensivos, que consomem grande parte da água disponível.",
  "O Ministério da Agricultura anunciou que vai rever o tarifário da água para rega até ao final do ano."]),
 ("Norte", "Comboio Porto-Vigo volta a circular com novos horários",
  "Ligação internacional passa a ter três frequências diárias e duração de duas horas e vinte minutos.",
  (2025, 1, 8, 8, 45), ["Miguel Lopes", "Inês Carvalho"], "Texto de Miguel Lopes e Inês Carvalho", [
  "O comboio Celta, que liga o Porto a Vigo, voltou esta quarta-feira a circular depois de três semanas de interrupção para obras na linha do Minho.",
  "A CP e a Renfe acordaram novos horários, com três ligações diárias em cada sentido e uma duração de viagem de duas horas e vinte minutos.",
  "Os autarcas do Alto Minho congratularam-se com o reforço, mas lembram que a promessa de uma ligação em alta velocidade continua sem data.",
  "Os bilhetes podem ser comprados nas bilheteiras das estações e nos sites das duas operadoras, com descontos para jovens e seniores.",
  "Durante a interrupção, os passageiros foram transportados em autocarros entre Valença e Tui."]),
]
ST["ca"] = [
 ("Mobilitat", "Vilafranca estrena la nova estació d'autobusos després de tres anys d'obres",
  "L'equipament concentra totes les línies interurbanes i té un aparcament per a dues-centes bicicletes.",
  (2025, 3, 3, 18, 47), ["Jordi Puig"], "Per Jordi Puig", [
  "Vilafranca del Penedès ha inaugurat aquest dilluns la nova estació d'autobusos, situada al costat de l'estació de tren, després de tres anys d'obres i diversos retards.",
  "L'equipament concentra totes les línies interurbanes que fins ara paraven en diferents punts de la rambla i disposa de dotze andanes cobertes.",
  "L'alcaldessa ha destacat que la nova estació \"permetrà treure els autobusos del centre\" i ha anunciat que la rambla de Nostra Senyora es pacificarà abans de l'estiu.",
  "L'obra ha costat 6,2 milions d'euros, finançats a parts iguals per l'Ajuntament i la Generalitat.",
  "Els usuaris podran deixar la bicicleta en un aparcament vigilat amb capacitat per a dues-centes places."]),
 ("Vi i cava", "La verema del 2024, la més curta de la dècada per culpa de la sequera",
  "Els viticultors del Penedès han collit un 40 % menys de raïm que en un any normal.",
  (2024, 10, 2, 9, 30), ["Marta Soler", "Pere Vidal"], "Per Marta Soler i Pere Vidal", [
  "La verema d'aquest any al Penedès ha estat la més curta de la darrera dècada. La sequera acumulada des del 2021 ha reduït la collita de raïm en un 40 % respecte d'un any normal.",
  "Les cooperatives calculen que molts pagesos no cobriran costos i reclamen ajudes directes a l'hectàrea.",
  "La qualitat del raïm, en canvi, ha estat bona, segons els enòlegs, gràcies a les temperatures suaus del mes de setembre.",
  "El Consell Regulador de la DO Penedès ha demanat al Govern que acceleri les obres per portar aigua regenerada des de la depuradora del Llobregat."]),
 ("Cultura popular", "Els Castellers de Vilafranca carreguen el primer 4 de 9 sense folre de la temporada",
  "La colla verda tanca la diada de Sant Fèlix amb el seu millor resultat des del 2019.",
  (2024, 9, 1, 20, 15), ["Laia Ferrer"], "Per Laia Ferrer", [
  "Els Castellers de Vilafranca han carregat aquest diumenge el primer 4 de 9 sense folre de la temporada en una diada de Sant Fèlix multitudinària.",
  "La colla verda ha completat també un 3 de 9 amb folre i un pilar de 8 amb folre i manilles, el seu millor resultat des del 2019.",
  "La plaça de la Vila s'ha omplert de gom a gom des de primera hora de la tarda, i moltes persones han hagut de seguir l'actuació des dels carrers del voltant.",
  "El cap de colla ha dedicat el castell a l'anterior cap de canalla, mort aquest estiu.",
  "La propera cita serà el Concurs de Castells de Tarragona, a principis d'octubre."]),
]
ST["pe"] = [
 ("Turismo", "Machu Picchu amplía su aforo diario a 5.600 visitantes",
  "", (2025, 3, 3, 18, 47), ["Carmen Quispe"], "Carmen Quispe", [
  "El Ministerio de Cultura aprobó la ampliación del aforo diario de la llaqta de Machu Picchu a 5.600 visitantes durante la temporada alta, que va de junio a octubre.",
  "La medida fue publicada en una resolución ministerial y responde al pedido de los operadores turísticos del Cusco, que reclamaban más cupos ante la demanda internacional.",
  "Los boletos seguirán vendiéndose únicamente a través de la plataforma virtual y de una oficina presencial en Machupicchu Pueblo, con un límite de 1.000 entradas diarias para compras de último momento.",
  "Dirigentes de la comunidad de Machupicchu Pueblo pidieron que la ampliación vaya acompañada de más buses y de mejoras en el sistema de recojo de residuos."]),
 ("Agro", "Heladas afectan cultivos de papa en Espinar y Chumbivilcas",
  "", (2024, 7, 8, 7, 10), ["Wilber Huamán"], "Wilber Huamán", [
  "Las heladas de los últimos días han afectado más de 1.200 hectáreas de cultivos de papa y cebada en las provincias altas de Espinar y Chumbivilcas, según la Dirección Regional de Agricultura.",
  "En algunas comunidades las temperaturas bajaron hasta 14 grados bajo cero durante la madrugada del domingo.",
  "Los productores piden al Gobierno Regional la entrega de semillas y abono para la próxima campaña, además de kits veterinarios para proteger a las alpacas.",
  "El Senamhi prevé que las heladas continúen hasta mediados de agosto."]),
 ("Cultura", "Inti Raymi 2024: venden el 90% de entradas para la explanada de Sacsayhuamán",
  "", (2024, 6, 10, 15, 35), ["Wilber Huamán"], "Wilber Huamán", [
  "La Empresa Municipal de Festejos del Cusco informó que ya se vendió el 90 por ciento de las entradas para las tribunas de la explanada de Sacsayhuamán, donde se escenificará el Inti Raymi el 24 de junio.",
  "Los precios van de 150 a 250 dólares para los turistas extranjeros, mientras que los cusqueños pueden presenciar la ceremonia gratuitamente desde las laderas.",
  "Este año participarán más de 800 actores, en su mayoría estudiantes de institutos y universidades de la región.",
  "La Policía desplegará 1.500 efectivos para resguardar la seguridad durante la ceremonia y el desplazamiento de los asistentes."]),
]
ST["es"] = [
 ("Dana", "La Generalitat aprueba las ayudas para reconstruir los comercios afectados por la dana",
  "Los negocios de l'Horta Sud podrán recibir hasta 30.000 euros a fondo perdido.",
  (2025, 3, 3, 18, 47), ["Elena Navarro"], "Elena Navarro | Valencia", [
  "El Consell aprobó este lunes un paquete de 120 millones de euros en ayudas directas para los comercios y pequeñas empresas afectados por la dana del pasado 29 de octubre en la provincia de Valencia.",
  "Los negocios de los municipios de l'Horta Sud, como Paiporta, Catarroja o Sedaví, podrán recibir hasta 30.000 euros a fondo perdido para reponer maquinaria, mercancía y mobiliario.",
  "La consellera de Industria explicó que las solicitudes podrán presentarse a partir del 15 de marzo y que el pago se realizará en un plazo máximo de dos meses.",
  "Las asociaciones de comerciantes consideran que la cuantía llega tarde y es insuficiente. \"Muchos locales siguen cerrados cuatro meses después\", lamentó la presidenta de la federación comarcal.",
  "Las ayudas serán compatibles con las indemnizaciones del Consorcio de Compensación de Seguros y con las líneas del Gobierno central."]),
 ("Economía", "El Gobierno eleva al 2,7 % la previsión de crecimiento para 2025",
  "El Ministerio de Economía mejora en tres décimas su estimación por el tirón del consumo y del turismo.",
  (2025, 1, 21, 13, 10), ["EFE"], "EFE | Madrid", [
  "El Gobierno ha elevado al 2,7 % su previsión de crecimiento del producto interior bruto para 2025, tres décimas más que en su anterior cuadro macroeconómico.",
  "El ministro de Economía ha atribuido la revisión al buen comportamiento del consumo de los hogares, del turismo y de la inversión en bienes de equipo.",
  "El Ejecutivo mantiene en el 2,2 % su previsión para 2026 y prevé que la tasa de paro baje del 10 % a finales del próximo año.",
  "Los organismos internacionales se sitúan en una línea similar: el FMI prevé un crecimiento del 2,3 % y la Comisión Europea, del 2,5 %."]),
 ("Puerto", "El puerto de Valencia cierra 2024 con un récord de contenedores",
  "El recinto movió 5,4 millones de TEU pese a la crisis del mar Rojo.",
  (2025, 1, 28, 11, 0), ["Elena Navarro", "Vicent Martí"], "Elena Navarro y Vicent Martí | Valencia", [
  "El puerto de Valencia movió 5,4 millones de contenedores equivalentes de veinte pies en 2024, la cifra más alta de su historia, según los datos de la Autoridad Portuaria.",
  "El crecimiento se debió sobre todo a los tránsitos, es decir, a los contenedores que se cambian de buque en Valencia para seguir hacia otros destinos, que aumentaron un 9 %.",
  "La crisis del mar Rojo obligó a muchas navieras a rodear África, lo que alteró las escalas pero no redujo el volumen total del recinto.",
  "La ampliación norte, con una nueva terminal de contenedores, sigue pendiente de la resolución de los recursos presentados por entidades vecinales y ecologistas."]),
]
ST["uy"] = [
 ("Montevideo", "Montevideo licita la renovación de la rambla de Pocitos",
  "La obra incluye nuevas veredas, bicisenda y accesos universales a la playa.",
  (2025, 3, 3, 11, 20), ["Gabriela Silva"], "Por Gabriela Silva", [
  "La Intendencia de Montevideo abrió la licitación para renovar el tramo de la rambla entre Pocitos y el puerto del Buceo, uno de los paseos más concurridos de la ciudad.",
  "El proyecto prevé ensanchar las veredas, construir una bicisenda separada del tránsito y colocar rampas de acceso universal a la playa en cinco puntos.",
  "Las empresas interesadas podrán presentar sus ofertas hasta el 30 de abril y las obras comenzarían después de la temporada de verano próxima.",
  "Vecinos de la zona pidieron que se mantengan los árboles existentes y que se mejore la iluminación del paseo durante la noche."]),
 ("Energía", "UTE anuncia una rebaja del 3% en la tarifa residencial",
  "La reducción rige desde enero y alcanza a más de 1,3 millones de hogares.",
  (2025, 1, 7, 9, 5), ["Nicolás Pereira"], "Por Nicolás Pereira", [
  "La Administración Nacional de Usinas y Trasmisiones Eléctricas aplicará una rebaja del 3 por ciento en la tarifa residencial a partir de este mes.",
  "El presidente del ente explicó que la medida es posible gracias a la alta participación de las energías eólica y solar en la generación del último año.",
  "Los hogares con tarifa doble horario tendrán además un descuento adicional en el consumo nocturno.",
  "Las gremiales empresariales reclamaron que la rebaja se extienda también a las tarifas industriales."]),
 ("Turismo", "Punta del Este registra la mejor temporada desde 2019",
  "La llegada de argentinos se duplicó y los cruceros sumaron 80 escalas.",
  (2025, 2, 24, 17, 40), ["Gabriela Silva", "Nicolás Pereira"], "Por Gabriela Silva y Nicolás Pereira", [
  "Punta del Este cerró la temporada alta con la mayor cantidad de visitantes desde 2019, según las cifras del Ministerio de Turismo.",
  "La llegada de turistas argentinos se duplicó respecto del año anterior, favorecida por el cambio de precios relativos entre ambos países.",
  "Los cruceros sumaron 80 escalas en el puerto de Punta del Este y en el de Montevideo, con más de 200.000 pasajeros.",
  "Los empresarios gastronómicos, sin embargo, advirtieron que el gasto promedio por turista fue menor que en otras temporadas.",
  "El ministerio prepara una campaña de promoción para el otoño dirigida al público brasileño."]),
]
ST["co"] = [
 ("Cali", "Cali instala 200 nuevas cámaras de seguridad en el MIO",
  "Las cámaras estarán conectadas con el centro de monitoreo de la Policía Metropolitana.",
  (2025, 3, 3, 18, 47), ["María López"], "Por: María López | Corresponsal", [
  "La Alcaldía de Cali y Metrocali instalaron 200 nuevas cámaras de seguridad en estaciones y buses del sistema de transporte masivo MIO.",
  "Los equipos estarán conectados en tiempo real con el centro de monitoreo de la Policía Metropolitana, que podrá enviar patrullas a las estaciones en caso de hurtos o riñas.",
  "Según la Secretaría de Seguridad, los hurtos en el sistema aumentaron un 12 % el año pasado, sobre todo en las estaciones de la troncal de la calle Quinta.",
  "Los usuarios también podrán reportar incidentes mediante botones de pánico que se instalarán en las taquillas antes de junio."]),
 ("Antioquia", "Antioquia declara alerta roja por lluvias en 45 municipios",
  "El Dapard reporta deslizamientos en el Suroeste y crecientes en el Bajo Cauca.",
  (2024, 11, 5, 8, 15), ["Colprensa"], "Por: Colprensa", [
  "La Gobernación de Antioquia declaró la alerta roja por lluvias en 45 municipios del departamento, después de varios días de precipitaciones intensas.",
  "El Departamento Administrativo de Gestión del Riesgo reportó deslizamientos en vías del Suroeste, como la que comunica a Andes con Jardín, y crecientes de los ríos Cauca y Nechí en el Bajo Cauca.",
  "Más de 3.000 familias han resultado afectadas y la Gobernación habilitó albergues temporales en coliseos y escuelas.",
  "Las autoridades pidieron a los conductores evitar los desplazamientos nocturnos por las vías secundarias mientras se mantenga la alerta."]),
 ("Economía", "Café colombiano alcanza su mayor precio interno en la historia",
  "La carga de 125 kilos superó los 3 millones de pesos por primera vez.",
  (2025, 2, 11, 14, 30), ["Andrés Gómez", "Paula Restrepo"], "Por: Andrés Gómez y Paula Restrepo", [
  "El precio interno de referencia del café colombiano superó este martes los tres millones de pesos por carga de 125 kilos, el valor más alto de la historia, según la Federación Nacional de Cafeteros.",
  "El aumento se explica por la subida de los precios internacionales del grano arábica en la Bolsa de Nueva York, que alcanzaron máximos de casi cincuenta años.",
  "Los productores del Eje Cafetero celebran el buen momento, aunque advierten que los costos de fertilizantes y mano de obra también han subido.",
  "La Federación recomendó a los caficultores aprovechar los precios para pagar deudas y renovar cafetales envejecidos.",
  "La producción del país en enero fue de 1,1 millones de sacos, un 25 % más que en el mismo mes del año anterior."]),
]

# ---------------------------------------------------------------- sites
SITES = [
 dict(k="ar", lang="es", name="Diario del Plata", tz="America/Argentina/Buenos_Aires", cms="arc",
      sec=("Política", "/politica/"), tag=("Inflación", "/tags/inflacion/"), search="/buscar/?q=subsidios", archive="/archivo/2025-03-03/",
      about=("Quiénes somos", "/quienes-somos/", "Diario del Plata es un medio digital con redacción en la Ciudad de Buenos Aires. Director: Horacio Vidal."),
      cookie="Usamos cookies propias y de terceros para mejorar tu experiencia. Si continuás navegando, aceptás su uso.",
      extras=["live", "horoscope"]),
 dict(k="br", lang="pt", name="Correio Paulista", tz="America/Sao_Paulo", cms="brightspot",
      sec=("Cidades", "/cidades/"), tag=("Chuvas", "/tudo-sobre/chuvas/"), search="/busca/?q=onibus", archive="/arquivo/2025/03/04/",
      about=("Fale conosco", "/fale-conosco/", "Redação do Correio Paulista: avenida Paulista, 1000, São Paulo. Telefone (11) 3000-1000."),
      cookie="Utilizamos cookies para oferecer uma melhor experiência. Ao continuar, você concorda com a nossa Política de Privacidade.",
      extras=["live", "lottery", "weather"]),
 dict(k="it", lang="it", name="Gazzetta del Tirreno", tz="Europe/Rome", cms="joomla",
      sec=("Cronaca", "/cronaca.html"), tag=("Maltempo", "/tag/maltempo.html"), search="/cerca.html?searchword=porto", archive="/archivio/2025/03/03.html",
      about=("Chi siamo", "/chi-siamo.html", "La Gazzetta del Tirreno è un quotidiano online registrato presso il Tribunale di Livorno. Direttore responsabile: Paolo Neri."),
      cookie="Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.",
      extras=["live", "gallery"]),
 dict(k="mx", lang="es", name="El Heraldo Capitalino", tz="America/Mexico_City", cms="wprm",
      sec=("Metrópoli", "/metropoli/"), tag=("Agua", "/tag/agua/"), search="/?s=metro", archive="/2025/03/03/",
      about=("Aviso legal", "/aviso-legal/", "El Heraldo Capitalino, S.A. de C.V. Todos los derechos reservados. Reserva de derechos al uso exclusivo 04-2019-000000000000-203."),
      cookie="Este sitio utiliza cookies. Al navegar aceptas nuestro aviso de privacidad.",
      extras=["video", "horoscope", "newsletter"]),
 dict(k="pt", lang="pt", name="Notícias do Tejo", tz="Europe/Lisbon", cms="drupal",
      sec=("País", "/pais"), tag=("Seca", "/tags/seca"), search="/pesquisa?keys=ciclovias", archive="/arquivo/2025-03-03",
      about=("Ficha técnica", "/ficha-tecnica", "Notícias do Tejo — Diretor: Rui Tavares. Propriedade: Tejo Media, Lda. Registo ERC n.º 127000."),
      cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.",
      extras=["gallery", "podcast"]),
 dict(k="ca", lang="ca", name="Diari del Penedès", tz="Europe/Madrid", cms="ghost",
      sec=("Territori", "/tag/territori/"), tag=("Castells", "/tag/castells/"), search="/cerca/?q=verema", archive="/arxiu/2025-03-03/",
      about=("Qui som", "/qui-som/", "El Diari del Penedès és un mitjà digital independent editat a Vilafranca del Penedès per una cooperativa de periodistes."),
      cookie="Aquest lloc web fa servir galetes per millorar l'experiència de navegació.",
      extras=["newsletter", "job"]),
 dict(k="pe", lang="es", name="Noticias del Cusco", tz="America/Lima", cms="blogger",
      sec=("Turismo", "/search/label/Turismo"), tag=("Agro", "/search/label/Agro"), search="/search?q=heladas", archive="/2025/03/",
      about=("Contacto", "/p/contacto.html", "Escríbenos a noticiasdelcusco@example.com o al WhatsApp 984 000 000."),
      cookie="Este sitio utiliza cookies de Google para ofrecer sus servicios y analizar el tráfico.",
      extras=["weather"]),
 dict(k="es", lang="es", name="La Voz de Levante", tz="Europe/Madrid", cms="custom",
      sec=("Comunitat Valenciana", "/comunitat-valenciana/"), tag=("Dana", "/temas/dana/"), search="/buscador/?q=puerto", archive="/hemeroteca/2025/03/03/",
      about=("Aviso legal", "/aviso-legal/", "La Voz de Levante, S.L. CIF B-46000000. Inscrita en el Registro Mercantil de Valencia, tomo 1000, folio 1."),
      cookie="Utilizamos cookies propias y de terceros con fines analíticos y publicitarios. Puede aceptarlas o configurarlas.",
      extras=["lottery", "horoscope", "gallery"]),
 dict(k="uy", lang="es", name="El Oriental", tz="America/Montevideo", cms="tagdiv",
      sec=("Nacionales", "/category/nacionales/"), tag=("Turismo", "/tag/turismo/"), search="/?s=rambla", archive="/2025/03/03/",
      about=("Contacto", "/contacto/", "Redacción de El Oriental: 18 de Julio 1234, Montevideo. Tel. 2900 0000."),
      cookie="Usamos cookies para mejorar tu experiencia.",
      extras=["video", "event"]),
 dict(k="co", lang="es", name="El Noticiero del Valle", tz="America/Bogota", cms="arc2",
      sec=("Colombia", "/colombia/"), tag=("Café", "/noticias/cafe/"), search="/buscar/?q=cali", archive="/archivo/2025/03/03/",
      about=("Quiénes somos", "/quienes-somos/", "El Noticiero del Valle es un medio de comunicación con sede en Cali, Colombia, fundado en 1961."),
      cookie="Este portal usa cookies. Al continuar navegando acepta nuestra política de tratamiento de datos.",
      extras=["live", "video", "podcast"]),
]

LBL = {
 "es": dict(home="Inicio", read="Lee también:", most="Lo más leído", related="Notas relacionadas", nl="Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes del día.", comments="Comentarios", share="Compartir", search="Resultados de búsqueda", archive="Hemeroteca", author_bio="%s es periodista de %s y cubre temas de ciudad y economía.",
            cmts=[("Rodrigo M.", "Muy buena nota, ojalá se cumpla lo que prometen."), ("Ana P.", "Siempre lo mismo, anuncian y después no pasa nada.")]),
 "pt": dict(home="Início", read="Leia também:", most="Mais lidas", related="Veja também", nl="Receba as principais notícias do dia no seu e-mail. Inscreva-se na nossa newsletter.", comments="Comentários", share="Compartilhar", search="Resultados da busca", archive="Arquivo", author_bio="%s é jornalista do %s e escreve sobre cidades e economia.",
            cmts=[("Paulo R.", "Já era tempo, a situação estava insustentável."), ("Marta S.", "Quero ver se vai sair do papel desta vez.")]),
 "it": dict(home="Home", read="Leggi anche:", most="I più letti", related="Articoli correlati", nl="Iscriviti alla newsletter della Gazzetta e ricevi ogni mattina le notizie della tua città.", comments="Commenti", share="Condividi", search="Risultati della ricerca", archive="Archivio", author_bio="%s è giornalista della %s.",
            cmts=[("Franco B.", "Speriamo che stavolta facciano sul serio."), ("Lucia T.", "Articolo molto chiaro, grazie.")]),
 "ca": dict(home="Inici", read="Llegiu també:", most="El més llegit", related="Notícies relacionades", nl="Subscriu-te al butlletí del Diari i rep cada matí les notícies del Penedès.", comments="Comentaris", share="Comparteix", search="Resultats de la cerca", archive="Arxiu", author_bio="%s és periodista del %s.",
            cmts=[("Montse G.", "Ja era hora! Molt bona notícia per a la vila."), ("Xavi R.", "A veure si ara arreglen també l'aparcament.")]),
}


def when(c, t):
    """t: (y, m, d, h, mi) local; returns the aware local datetime."""
    return DT(*t, tzinfo=ZoneInfo(c["tz"]))


def iso(d):
    return d.isoformat(timespec="seconds")


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def teasers(c, stories, cls="teaser", dates=False, hours=None):
    out = []
    for i, s in enumerate(stories):
        extra = ""
        if hours is not None:
            extra = ' <span class="time-ago">%s</span>' % AGO[c["lang"]] % (hours + i * 2)
        elif dates:
            extra = ' <span class="date">%s</span>' % s["d"].strftime("%d/%m/%Y")
        out.append('<li class="%s"><a href="%s">%s</a>%s</li>' % (cls, s["path"], E(s["head"]), extra))
    return "<ul>%s</ul>" % "".join(out)


def nav(c):
    links = [(LBL[c["lang"]]["home"], "/"), c["sec"], c["tag"], (c["about"][0], c["about"][1])] + [(x[0], x[1]) for x in c["xpages"]]
    return "<nav class=\"main-nav\"><ul>%s</ul></nav>" % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in links)


def footer(c):
    return '<footer class="site-footer"><p>© %d %s</p><ul><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li></ul></footer>' % (
        TODAY.year, E(c["name"]), c["about"][1], E(c["about"][0]), c["archive"], LBL[c["lang"]]["archive"], c["search"], LBL[c["lang"]]["search"], c["authp"], E(c["auth"]))


def page(c, title, body, head="", bodycls="", lang=None):
    L = LBL[c["lang"]]
    most = '<aside class="most-read"><h3>%s</h3>%s</aside>' % (L["most"], teasers(c, c["stories"][::-1], hours=2))
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
            '<body class="%s"><div id="cookie-banner" class="cookie-consent"><p>%s</p><button>OK</button></div>'
            '<header class="masthead"><div class="today">%s</div><a class="logo" href="/">%s</a>%s</header>'
            '<main>%s</main>%s%s</body></html>') % (
        lang or c["lang"], E(title), head, bodycls, E(c["cookie"]), E(mast(c["lang"])), E(c["name"]), nav(c), body, most, footer(c))


def ogmeta(c, s, title=None):
    return ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
            '<link rel="canonical" href="%s"><meta name="description" content="%s">') % (E(title or s["head"]), E(c["name"]), url(c, s["path"]), E(s["sub"] or s["paras"][0][:150]))


def body_paras(c, s, tag="p", cls="", read_at=1, nl_at=None):
    L = LBL[c["lang"]]
    out = []
    for i, p in enumerate(s["paras"]):
        out.append("<%s%s>%s</%s>" % (tag, ' class="%s"' % cls if cls else "", E(p), tag))
        if i == read_at:
            out.append('<div class="read-also"><strong>%s</strong> <a href="%s">%s</a></div>' % (L["read"], s["other"]["path"], E(s["other"]["head"])))
        if nl_at is not None and i == nl_at:
            out.append('<div class="newsletter-inline"><p>%s</p><form action="/newsletter/"><input type="email" name="email" placeholder="e-mail"><button>OK</button></form></div>' % E(L["nl"]))
    return "".join(out)


def comments(c, s, days=1):
    L = LBL[c["lang"]]
    d = s["d"] + TD(days=days, hours=3)
    return '<section id="comments" class="comments"><h3>%s (%d)</h3>%s</section>' % (L["comments"], len(L["cmts"]), "".join(
        '<div class="comment"><span class="comment-author">%s</span> <time>%s</time><p>%s</p></div>' % (E(a), (d + TD(hours=5 * i)).strftime("%d/%m/%Y %H:%M"), E(t))
        for i, (a, t) in enumerate(L["cmts"])))


def share(c):
    return '<div class="share-bar"><span>%s</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>' % LBL[c["lang"]]["share"]


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- article templates
def art_arc(c, s):
    d, L = s["d"], LBL[c["lang"]]
    g = {"_id": "ABC%d" % s["id"], "type": "story", "canonical_url": s["path"], "headlines": {"basic": s["head"]},
         "subheadlines": {"basic": s["sub"]}, "display_date": zulu(d), "first_publish_date": zulu(d - TD(minutes=12)),
         "last_updated_date": zulu(d + TD(hours=9)), "publish_date": zulu(d + TD(hours=9)),
         "credits": {"by": [{"type": "author", "name": a, "_id": slug(a)} for a in s["au"]]},
         "taxonomy": {"primary_section": {"name": s["kick"]}}}
    cache = {"most-read": {"content_elements": [{"headlines": {"basic": o["head"]}, "display_date": zulu(o["d"]), "canonical_url": o["path"]} for o in c["stories"] if o is not s]}}
    fusion = '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="diariodelplata";Fusion.contextPath="/pf";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};Fusion.contentCache=%s;</script>' % (
        json.dumps(g, ensure_ascii=False), s["path"], json.dumps(cache, ensure_ascii=False))
    if s["au"] == ["Lucía Fernández", "Diego Ramírez"]:
        by = ('<div class="byline-authors"><div class="byline-author"><a href="%s" class="author-name">Lucía Fernández</a><span class="author-role">Enviada especial a Bariloche</span></div>'
              '<div class="byline-author"><a href="/autor/diego-ramirez/" class="author-name">Diego Ramírez</a><span class="author-role">Editor de Sociedad</span></div></div>') % "/autor/lucia-fernandez/"
    else:
        by = '<div class="byline"><span class="by">Por</span> <a href="%s">%s</a></div>' % (c["authp"] if s["au"][0] == c["auth"] else "/autor/%s/" % slug(s["au"][0]), E(s["au"][0]))
    date = '<div class="article-dates"><time class="date-published">%s (GMT-3)</time></div>' % d.strftime("%d/%m/%Y - %H:%M")
    body = ('<div class="breadcrumb"><a href="/">Inicio</a> › <a href="%s">%s</a></div><article class="article">'
            '<header class="article-header"><span class="overline">%s</span><h1 class="article-headline">%s</h1><h2 class="article-subheadline">%s</h2>%s%s%s</header>'
            '<figure class="lead-art"><img src="/resizer/%d.jpg" alt=""><figcaption>Foto: Archivo Diario del Plata</figcaption></figure>'
            '<div class="article-body">%s</div></article><section class="related"><h3>%s</h3>%s</section>') % (
        c["sec"][1], E(c["sec"][0]), E(s["kick"]), E(s["head"]), E(s["sub"]), by, date, share(c), s["id"], body_paras(c, s, cls="paragraph"), L["related"], teasers(c, [s["other"]]))
    head = ogmeta(c, s, "%s - %s" % (s["head"], c["name"])) + '<meta property="article:section" content="%s">' % E(s["kick"]) + fusion
    return page(c, "%s - %s" % (s["head"], c["name"]), body, head)


def art_arc2(c, s):
    d, L = s["d"], LBL[c["lang"]]
    g = {"_id": "XYZ%d" % s["id"], "type": "story", "canonical_url": s["path"], "headlines": {"basic": s["head"], "meta_title": s["head"] + " | El Noticiero del Valle"},
         "display_date": zulu(d), "first_publish_date": zulu(d), "last_updated_date": zulu(d + TD(days=1, hours=2)),
         "credits": {"by": [{"type": "author", "name": a} for a in s["au"]]}}
    fusion = '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.globalContent=%s;Fusion.deployment="412";</script>' % json.dumps(g, ensure_ascii=False)
    h12 = d.strftime("%I:%M") + (" a. m." if d.hour < 12 else " p. m.")
    date = '<div class="c-date"><span>%d de %s de %d - %s</span></div>' % (d.day, MON["es"][d.month - 1], d.year, h12)
    au = s["au"]
    if au == ["Colprensa"]:
        by = '<div class="c-attribution"><span>Por: Colprensa</span></div>'
    else:
        names = " y ".join('<a href="%s" class="c-link">%s</a>' % (c["authp"] if a == c["auth"] else "/autor/%s/" % slug(a), E(a)) for a in au)
        by = '<div class="c-attribution"><span>Por: %s%s</span></div>' % (names, " | Corresponsal" if len(au) == 1 else "")
    body = ('<div class="b-header"><div class="c-overline"><a href="%s">%s</a></div><div class="b-kicker"><span class="c-kicker">%s</span></div>'
            '<h1 class="c-heading">%s</h1><p class="c-subheadline">%s</p>%s%s</div>'
            '<figure class="c-media-item"><img src="/resizer/v2/%d.jpg" alt=""><figcaption>Foto: Cortesía</figcaption></figure>'
            '<article class="b-article-body">%s</article>%s<div class="b-related"><h4>%s</h4>%s</div>') % (
        c["sec"][1], E(c["sec"][0]), E(s["head"]), E(s["head"]), E(s["sub"]), by, date, s["id"], body_paras(c, s, cls="c-paragraph", nl_at=2), share(c), L["related"], teasers(c, [s["other"]]))
    head = ogmeta(c, s) + '<meta name="author" content="%s">' % E(", ".join(au)) + fusion
    return page(c, "%s | El Noticiero del Valle" % s["head"], body, head, "b-article-page")


def art_brightspot(c, s):
    d, L = s["d"], LBL[c["lang"]]
    upd = d + (TD(hours=21, minutes=17) if s["n"] == 0 else TD(hours=3, minutes=47))
    f = lambda x: x.strftime("%d/%m/%Y - %Hh%M")  # noqa: E731
    ts = ('<div class="ArticlePage-timestamps"><div class="ArticlePage-dateModified">Atualizado em %s</div>'
          '<div class="ArticlePage-datePublished">Publicado em %s BRT</div></div>') % (f(upd), f(d))
    au = s["au"]
    if au == ["Agência Brasil"]:
        by = '<div class="ArticlePage-byline"><span class="ArticlePage-authorBy">Por</span> <span class="ArticlePage-authorName">Agência Brasil</span></div>'
    else:
        by = '<div class="ArticlePage-byline"><span class="ArticlePage-authorBy">Por</span> %s%s</div>' % (
            " e ".join('<a class="ArticlePage-authorName" href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/autores/%s/" % slug(a), E(a)) for a in au),
            " — São Paulo" if s["n"] == 0 else "")
    j = ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "dateModified": iso(upd), "image": {"@type": "ImageObject", "url": "/dims4/%d.jpg" % s["id"]},
            "publisher": {"@type": "Organization", "name": c["name"]}, "mainEntityOfPage": url(c, s["path"])})
    body = ('<div class="ArticlePage-breadcrumbs"><a href="/">Início</a> / <a href="%s">%s</a></div><div class="ArticlePage-mainContent">'
            '<div class="ArticlePage-overline"><a href="%s">%s</a></div><h1 class="ArticlePage-headline">%s</h1><div class="ArticlePage-subHeadline">%s</div>'
            '%s%s<div class="ArticlePage-lead"><img src="/dims4/%d.jpg" alt=""><div class="ArticlePage-leadCredit">Foto: Divulgação</div></div>'
            '<div class="RichTextArticleBody RichTextBody">%s</div><div class="ArticlePage-tags"><a href="%s">%s</a></div></div>%s') % (
        c["sec"][1], E(c["sec"][0]), c["sec"][1], E(s["kick"]), E(s["head"]), E(s["sub"]), by, ts, s["id"], body_paras(c, s, read_at=2), c["tag"][1], E(c["tag"][0]),
        comments(c, s) if s["n"] == 1 else "")
    return page(c, "%s | %s" % (s["head"], c["name"]), body, ogmeta(c, s) + j, "ArticlePage", "pt-BR")


def art_joomla(c, s):
    d, L = s["d"], LBL[c["lang"]]
    ft = lambda x: "%02d %s %d | %s" % (x.day, MON["it"][x.month - 1], x.year, x.strftime("%H:%M"))  # noqa: E731
    created, modified = d - TD(hours=25, minutes=27), d + TD(hours=13, minutes=23)
    au = s["au"]
    info = ('<dl class="article-info text-muted"><dt class="article-info-term">Dettagli</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user"></span> Scritto da <span itemprop="name">%s</span></dd>'
            '<dd class="category-name"><span class="icon-folder"></span> Categoria: <a href="%s" itemprop="genre">%s</a></dd>'
            '<dd class="create"><span class="icon-calendar"></span> <time datetime="%s">Creato: %s</time></dd>'
            '<dd class="modified"><span class="icon-calendar"></span> <time datetime="%s" itemprop="dateModified">Ultima modifica: %s</time></dd>'
            '<dd class="published"><span class="icon-calendar"></span> <time datetime="%s" itemprop="datePublished">Pubblicato: %s</time></dd>'
            '<dd class="hits"><span class="icon-eye"></span> <meta itemprop="interactionCount" content="UserPageVisits:%d">Visite: %d</dd></dl>') % (
        "Agenzia ANSA" if au == ["ANSA"] else E(au[0]), c["sec"][1], E(c["sec"][0]), iso(created), ft(created), iso(modified), ft(modified), iso(d), ft(d), 1000 + s["id"] % 5000, 1000 + s["id"] % 5000)
    lead = ""
    if s["n"] == 0:
        lead = '<p class="inviato"><em>Dal nostro inviato</em> <strong>%s</strong></p>' % E(au[0])
    body = ('<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="%s">%s</a></li><li>%s</li></ol>'
            '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="it-IT">'
            '<div class="page-header"><p class="occhiello">%s</p><h2 itemprop="headline">%s</h2><p class="sommario">%s</p></div>%s'
            '<figure class="item-image"><img src="/images/2025/%d.jpg" itemprop="image" alt=""><figcaption class="caption">Foto ANSA</figcaption></figure>'
            '<div itemprop="articleBody" class="com-content-article__body">%s%s</div>'
            '<ul class="tags list-inline"><li class="list-inline-item"><a href="%s" class="btn btn-sm btn-info">%s</a></li></ul>%s</div>') % (
        c["sec"][1], E(c["sec"][0]), E(s["head"]), E(s["kick"]), E(s["head"]), E(s["sub"]), info, s["id"], lead, body_paras(c, s),
        c["tag"][1], E(c["tag"][0]), share(c))
    body += '<div class="moduletable mod-articlesnews"><h3>%s</h3>%s</div>' % (L["related"], teasers(c, [s["other"]], dates=True))
    if s["n"] != 1:
        body += comments(c, s, 2)
    return page(c, "%s - Gazzetta del Tirreno" % s["head"], '<h1 class="site-title">Gazzetta del Tirreno</h1>' + body,
                '<meta name="author" content="%s"><meta name="description" content="%s">' % ("Agenzia ANSA" if au == ["ANSA"] else E(au[0]), E(s["sub"])), "site com_content view-article")


def art_wprm(c, s):
    d, L = s["d"], LBL[c["lang"]]
    pub = "Publicado: %s, %d de %s de %d %s hora de Ciudad de México" % (DAYS["es"][d.weekday()], d.day, MON["es"][d.month - 1], d.year, d.strftime("%H:%M"))
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]},
        {"@type": "WebSite", "@id": url(c, "/#website"), "url": url(c, "/"), "name": c["name"], "inLanguage": "es-MX"},
        {"@type": "WebPage", "@id": url(c, s["path"] + "#webpage"), "url": url(c, s["path"]), "name": "%s - %s" % (s["head"], c["name"]), "datePublished": iso(d), "dateModified": iso(d + TD(hours=2))},
        {"@type": "Person", "@id": url(c, "/author/redaccion/"), "name": "Redacción Heraldo", "url": url(c, "/author/redaccion/")},
        {"@type": "NewsArticle", "headline": "%s - %s" % (s["head"], c["name"]), "datePublished": iso(d), "dateModified": iso(d + TD(hours=2)),
         "author": {"@id": url(c, "/author/redaccion/"), "name": "Redacción Heraldo"}, "publisher": {"@id": url(c, "/#organization")},
         "@id": url(c, s["path"] + "#richSnippet"), "isPartOf": {"@id": url(c, s["path"] + "#webpage")}, "inLanguage": "es-MX"}]}
    by = s["cred"]
    for a in s["au"]:
        if a != "EFE":
            by = by.replace(a, '<a href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/author/%s/" % slug(a), a))
    body = ('<div class="rank-math-breadcrumb"><p><a href="/">Inicio</a><span class="separator"> » </span><a href="%s">%s</a><span class="separator"> » </span><span class="last">%s</span></p></div>'
            '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-metropoli">'
            '<header class="entry-header"><div class="entry-kicker">%s</div><h1 class="entry-title">%s</h1><div class="entry-excerpt">%s</div>'
            '<div class="entry-meta"><span class="byline">%s</span><span class="posted-on">%s</span></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%d.jpg" alt=""><span class="wp-caption-text">Foto: Cuartoscuro</span></div>'
            '<div class="entry-content">%s</div><footer class="entry-footer"><span class="tags-links"><a href="%s" rel="tag">%s</a></span></footer></article>'
            '<div class="jp-relatedposts"><h3>%s</h3>%s</div>%s') % (
        c["sec"][1], E(c["sec"][0]), E(s["head"]), s["id"], s["id"], E(s["kick"]), E(s["head"]), E(s["sub"]), by, E(pub), s["id"],
        body_paras(c, s, nl_at=3), c["tag"][1], E(c["tag"][0]), L["related"], teasers(c, [s["other"]]), comments(c, s, 1) if s["n"] == 0 else "")
    head = ogmeta(c, s, "%s - %s" % (s["head"], c["name"])) + '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (iso(d), iso(d + TD(hours=2))) + ld(graph)
    return page(c, "%s - %s" % (s["head"], c["name"]), body, head, "post-template-default single single-post", "es-MX")


def art_drupal(c, s):
    d, L = s["d"], LBL[c["lang"]]
    wd = "Seg Ter Qua Qui Sex Sáb Dom".split()[d.weekday()]
    au = s["au"]
    names = s["cred"]
    for a in au:
        if a != "Lusa":
            names = names.replace(a, '<a href="%s" hreflang="pt-pt">%s</a>' % (c["authp"] if a == c["auth"] else "/autor/%s" % slug(a), a))
    body = ('<div class="block-system-breadcrumb-block"><nav class="breadcrumb"><ol><li><a href="/">Início</a></li><li><a href="%s">%s</a></li></ol></nav></div>'
            '<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full">'
            '<div class="field field--name-field-antetitulo field--type-string field--label-hidden field__item">%s</div>'
            '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
            '<div class="field field--name-field-subtitulo field--type-string-long field--label-hidden field__item">%s</div>'
            '<div class="node__meta"><div class="field field--name-field-autor field--type-entity-reference field--label-hidden field__item">%s</div>'
            '<div class="field field--name-field-data-publicacao field--type-datetime field--label-hidden field__item"><time datetime="%s">%s, %s</time></div></div>'
            '<div class="field field--name-field-imagem field--type-image"><img src="/sites/default/files/2025-03/%d.jpg" alt=""><div class="credito">Foto: Lusa</div></div>'
            '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="%s">%s</a></div></div></div></div></article>'
            '<div class="views-element-container block-views-blockrelacionadas"><h2>%s</h2>%s</div>') % (
        c["sec"][1], E(c["sec"][0]), s["path"], E(s["kick"]), E(s["head"]), E(s["sub"]), names, d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), wd, d.strftime("%d/%m/%Y - %H:%M"),
        s["id"], body_paras(c, s), c["tag"][1], E(c["tag"][0]), L["related"], teasers(c, [s["other"]]))
    head = '<link rel="canonical" href="%s"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:title" content="%s">' % (url(c, s["path"]), E(s["head"]))
    return page(c, "%s | %s" % (s["head"], c["name"]), body, head, "path-node page-node-type-article", "pt-PT")


def art_ghost(c, s):
    d, L = s["d"], LBL[c["lang"]]
    m = MON["ca"][d.month - 1]
    ds = "%d %s %s de %d" % (d.day, "d'" if m[0] in "ao" else "de", m, d.year)
    ds = ds.replace("d' ", "d'")
    authors = s["au"]
    j = ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": c["name"], "url": url(c, "/")},
            "author": [{"@type": "Person", "name": a, "url": url(c, "/author/%s/" % slug(a))} for a in authors] if len(authors) > 1 else {"@type": "Person", "name": authors[0], "url": url(c, "/author/%s/" % slug(authors[0]))},
            "headline": s["head"], "url": url(c, s["path"]), "datePublished": zulu(d), "dateModified": zulu(d + TD(days=2)),
            "description": s["sub"], "mainEntityOfPage": url(c, s["path"])})
    head = ('<link rel="canonical" href="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="generator" content="Ghost 5.82">%s'
            '<link rel="alternate" type="application/rss+xml" title="%s" href="/rss.xml">') % (url(c, s["path"]), E(c["name"]), E(s["head"]), zulu(d), zulu(d + TD(days=2)), j, E(c["name"]))
    au_html = "".join('<li class="author-list-item"><a href="%s" class="author-avatar"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>' % (
        c["authp"] if a == c["auth"] else "/author/%s/" % slug(a), slug(a), E(a)) for a in authors)
    names = ", ".join('<a href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/author/%s/" % slug(a), E(a)) for a in authors)
    body = ('<article class="article post tag-%s featured"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="%s">%s</a></span></div>'
            '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>'
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list">%s</ul><div class="article-byline-meta"><h4 class="author-name">%s</h4>'
            '<div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">•</span> 4 min de lectura</span></div></div></section></div>'
            '<figure class="article-image"><img src="/content/images/2025/%d.jpg" alt=""><figcaption>Foto: Ajuntament</figcaption></figure></header>'
            '<section class="gh-content gh-canvas">%s</section></article>'
            '<section class="footer-cta outer"><h2 class="footer-cta-title">%s</h2><a class="footer-cta-button" href="/#/portal">Subscriu-t\'hi</a></section>'
            '<aside class="read-more-wrap outer"><div class="read-more inner">%s</div></aside>') % (
        slug(s["kick"]), c["sec"][1], E(s["kick"]), E(s["head"]), E(s["sub"]), au_html, names, d.strftime("%Y-%m-%d"), ds, s["id"], body_paras(c, s, read_at=2),
        E(L["nl"]), teasers(c, [s["other"]], cls="post-card"))
    return page(c, s["head"], body, head, "post-template tag-%s" % slug(s["kick"]))


def art_blogger(c, s):
    d = s["d"]
    hdr = "%s, %d de %s de %d" % (DAYS["es"][d.weekday()], d.day, MON["es"][d.month - 1], d.year)
    body = ('<div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="date-posts">'
            '<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
            '<meta itemprop="image_url" content="/img/%d.jpg"><a name="%d"></a><h3 class="post-title entry-title" itemprop="name">%s</h3>'
            '<div class="post-header"><div class="post-header-line-1"><span class="post-labels"><a href="%s" rel="tag">%s</a></span></div></div>'
            '<div class="post-body entry-content" id="post-body-%d" itemprop="description articleBody"><div class="separator" style="clear: both;"><img src="/img/%d.jpg" alt=""></div>'
            '%s<br><div style="text-align: right;"><i>Foto: Andina</i></div></div>'
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publicado por <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<meta itemprop="url" content="%s"><a class="g-profile" href="%s" rel="author" title="author profile"><span itemprop="name">%s</span></a></span></span>'
            ' <span class="post-timestamp">a las <meta itemprop="url" content="%s"><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%s">%s</abbr></a></span>'
            ' <span class="post-comment-link"><a class="comment-link" href="%s#comment-form">2 comentarios</a></span></div>'
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Etiquetas: <a href="%s" rel="tag">%s</a></span></div></div></div>'
            '<div class="comments" id="comments"><h4>2 comentarios:</h4><dl id="comments-block"><dt class="comment-author"><a href="#">Julio Mamani</a> dijo...</dt>'
            '<dd class="comment-body"><p>Ojalá que también mejoren la carretera a Santa Teresa, está en pésimo estado.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">%s</a></span></dd></dl></div>'
            '</div></div></div></div>'
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="%s" title="Entrada más reciente">Entrada más reciente</a></span>'
            '<a class="home-link" href="/">Página Principal</a></div></div>') % (
        hdr, s["id"], s["id"], E(s["head"]), c["sec"][1] if s["n"] == 0 else c["tag"][1], E(s["kick"]), s["id"], s["id"],
        "".join("%s<br><br>" % E(p) for p in s["paras"]), "https://www.blogger.com/profile/0%d" % (s["id"] * 7),
        c["authp"] if s["au"][0] == c["auth"] else "#", E(s["au"][0]), s["path"], s["path"], iso(d), d.strftime("%H:%M"),
        s["path"], c["sec"][1] if s["n"] == 0 else c["tag"][1], E(s["kick"]), (d + TD(days=1, hours=5)).strftime("%d/%m/%Y %H:%M"), s["other"]["path"])
    side = '<div class="sidebar"><div class="widget PopularPosts"><h2>Entradas populares</h2>%s</div><div class="widget BlogArchive"><h2>Archivo del blog</h2><ul><li><a href="%s">marzo 2025</a></li></ul></div></div>' % (
        teasers(c, [s["other"]]), c["archive"])
    head = ('<meta content="blogger" name="generator"><link href="%s" rel="canonical"><meta content="%s" property="og:url"><meta content="%s" property="og:title">'
            '<link rel="alternate" type="application/atom+xml" title="Noticias del Cusco - Atom" href="/atom.xml">') % (url(c, s["path"]), url(c, s["path"]), E(s["head"]))
    return page(c, "Noticias del Cusco: %s" % s["head"], body + side, head, "version-1-3-3 variant-simple")


def art_custom(c, s):
    d, L = s["d"], LBL[c["lang"]]
    mon3 = "ene feb mar abr may jun jul ago sep oct nov dic".split()[d.month - 1]
    zone = d.tzname()
    ds = "%d %s %d - %s %s" % (d.day, mon3, d.year, d.strftime("%H:%M"), zone)
    au = s["au"]
    if au == ["EFE"]:
        by = '<div class="autor"><span class="autor-nombre">EFE</span> <span class="autor-lugar">| Madrid</span></div>'
    else:
        by = '<div class="autor"><span class="autor-nombre">%s</span> <span class="autor-lugar">| Valencia</span></div>' % " y ".join(
            '<a href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/autor/%s/" % slug(a), E(a)) for a in au)
    body = ('<div class="migas"><a href="/">Portada</a> &gt; <a href="%s">%s</a></div><div class="noticia">'
            '<p class="antetitulo">%s</p><h1 class="titular">%s</h1><h2 class="entradilla">%s</h2>'
            '<div class="firma">%s<div class="fecha"><span class="hace">%s</span> <span class="fecha-publicacion">%s</span></div></div>'
            '<div class="foto"><img src="/img/%d.jpg" alt=""><p class="pie">Trabajos de limpieza en una calle. / Rober Solsona</p></div>'
            '<div class="cuerpo-noticia">%s</div>%s</div>'
            '<div class="bio-autor"><p>%s</p></div><div class="relacionadas"><h3>%s</h3>%s</div>') % (
        c["sec"][1], E(c["sec"][0]), E(s["kick"]), E(s["head"]), E(s["sub"]), by, AGO["es"] % 3, ds, s["id"], body_paras(c, s, read_at=2, nl_at=1), share(c),
        E(L["author_bio"] % (au[0], c["name"])) if au != ["EFE"] else "Agencia EFE", L["related"], teasers(c, [s["other"]]))
    head = ogmeta(c, s) + '<meta name="date" content="%s"><meta name="author" content="%s">' % (TODAY.isoformat(), E(", ".join(au)))
    return page(c, "%s | %s" % (s["head"], c["name"]), body, head, "noticia-page")


def art_tagdiv(c, s):
    d, L = s["d"], LBL[c["lang"]]
    fake = d.replace(tzinfo=None).isoformat() + "+00:00"  # the theme's clock: local time labelled UTC
    ds = "%d %s, %d" % (d.day, MON["es"][d.month - 1], d.year)
    au = s["au"]
    names = " y ".join('<a href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/author/%s/" % slug(a), E(a)) for a in au)
    body = ('<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/" class="entry-crumb">Inicio</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="%s" class="entry-crumb">%s</a></span></div></div>'
            '<article id="post-%d" class="post-%d post type-post status-publish td-post-template-default" itemscope itemtype="https://schema.org/Article">'
            '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="%s">%s</a></li></ul>'
            '<header class="td-post-title"><h1 class="entry-title">%s</h1><p class="td-post-sub-title">%s</p>'
            '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Por</div> %s<div class="td-author-line"> - </div></div>'
            '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>'
            '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%d</span></div></div></header></div>'
            '<div class="td-post-sharing-top">%s</div><div class="td-post-featured-image"><img src="/wp-content/uploads/2025/%d.jpg" alt=""><span class="wp-caption-text">Foto: Presidencia</span></div>'
            '<div class="td-post-content tagdiv-type">%s</div>'
            '<div class="td-author-name vcard author"><span class="fn"><a href="%s">%s</a></span></div>'
            '<meta itemprop="datePublished" content="%s"><meta itemprop="dateModified" content="%s"><meta itemprop="headline" content="%s"></article>'
            '<div class="td_block_related_posts"><h4 class="td-related-title">Artículos relacionados</h4>%s</div>%s') % (
        c["sec"][1], E(c["sec"][0]), s["id"], s["id"], c["sec"][1], E(s["kick"]), E(s["head"]), E(s["sub"]), names, fake, ds, s["id"], 300 + s["id"] % 900,
        share(c), s["id"], body_paras(c, s), c["authp"] if au[0] == c["auth"] else "/author/%s/" % slug(au[0]), E(au[0]), fake,
        (d + TD(days=1)).replace(tzinfo=None).isoformat() + "+00:00", E(s["head"]), teasers(c, [s["other"]], dates=True), comments(c, s, 3) if s["n"] == 2 else "")
    head = ogmeta(c, s, "%s - El Oriental" % s["head"]) + '<meta property="article:published_time" content="%s"><meta name="generator" content="WordPress 6.4.3">' % fake
    return page(c, "%s - El Oriental" % s["head"], body, head, "post-template-default single single-post td-standard-pack")


ART = dict(arc=art_arc, arc2=art_arc2, brightspot=art_brightspot, joomla=art_joomla, wprm=art_wprm, drupal=art_drupal, ghost=art_ghost, blogger=art_blogger, custom=art_custom, tagdiv=art_tagdiv)

# ---------------------------------------------------------------- non-article pages
X = {
 "live": {"es": ("/en-vivo/", "EN VIVO | Minuto a minuto de la jornada", [("21:40", "Se confirmó la reunión entre el ministro y los gremios para el jueves."), ("21:15", "Las cámaras empresarias piden precisiones sobre los fondos."), ("20:50", "Comienza la conferencia de prensa en el Palacio de Hacienda.")]),
          "pt": ("/ao-vivo/", "AO VIVO: acompanhe a situação das chuvas em São Paulo", [("10h40", "Defesa Civil alerta para risco de deslizamento na zona norte."), ("10h15", "Marginal Tietê tem pontos de alagamento."), ("09h50", "Metrô opera normalmente em todas as linhas.")]),
          "it": ("/in-diretta.html", "IN DIRETTA | Maltempo in Toscana, gli aggiornamenti", [("11:40", "Riaperta la Variante Aurelia dopo la caduta di alberi."), ("11:15", "Sospesi i traghetti per Capraia."), ("10:50", "Mareggiata sul lungomare di Livorno.")])},
 "horoscope": {"es": ("/horoscopo/", "Horóscopo de hoy: predicciones para todos los signos", [("Aries", "Jornada favorable para iniciar proyectos."), ("Tauro", "Cuida tus finanzas y evita gastos impulsivos."), ("Géminis", "Una conversación pendiente te traerá tranquilidad.")])},
 "lottery": {"pt": ("/loterias/mega-sena/", "Resultado da Mega-Sena: concurso 2.830", [("Dezenas", "04 - 17 - 23 - 35 - 48 - 59"), ("Prêmio", "R$ 45 milhões acumulado"), ("Próximo sorteio", "sábado")]),
             "es": ("/loterias/resultados-bonoloto/", "Resultados de la Bonoloto y la Primitiva", [("Bonoloto", "3 - 12 - 19 - 27 - 38 - 44 C: 7 R: 2"), ("Primitiva", "5 - 11 - 22 - 30 - 41 - 49 C: 15 R: 8"), ("Bote", "4,2 millones de euros")])},
 "weather": {"pt": ("/tempo/sao-paulo/", "Previsão do tempo em São Paulo", [("Hoje", "Máx. 29 °C, mín. 19 °C, pancadas de chuva à tarde"), ("Amanhã", "Máx. 27 °C, mín. 18 °C, nublado"), ("Sábado", "Máx. 30 °C, mín. 20 °C, sol entre nuvens")]),
             "es": ("/p/clima-cusco.html", "Clima en Cusco: pronóstico para esta semana", [("Hoy", "Máx. 19 °C, mín. 4 °C, lluvias por la tarde"), ("Mañana", "Máx. 18 °C, mín. 3 °C, nublado"), ("Sábado", "Máx. 20 °C, mín. 2 °C, soleado")])},
 "gallery": {"it": ("/fotogallery/mareggiata-livorno.html", "Fotogallery | La mareggiata sul lungomare di Livorno", ["Le onde sulla Terrazza Mascagni", "Alberi caduti in viale Italia", "Il porto di Livorno al tramonto"]),
             "pt": ("/galerias/fotogaleria-santos-populares", "Fotogaleria: os Santos Populares em Alfama", ["Arraial no largo de São Miguel", "Marchas na avenida da Liberdade", "Sardinhas assadas na rua"]),
             "es": ("/fotogalerias/fallas-2025/", "Fotogalería: la plantà de las Fallas 2025", ["La falla de la plaza del Ayuntamiento", "Falla Convento Jerusalén", "Niños en la ofrenda"])},
 "video": {"es": ("/videos/", "Video: así fue el simulacro de sismo en la capital", None)},
 "podcast": {"pt": ("/podcasts/tejo-em-5-minutos", "Tejo em 5 minutos: todos os episódios", [("Episódio 112", "As ciclovias de Lisboa"), ("Episódio 111", "A seca no Alentejo"), ("Episódio 110", "O comboio Porto-Vigo")]),
             "es": ("/podcast/", "Pódcast Café con Noticias: episodios", [("Episodio 45", "El precio del café"), ("Episodio 44", "Lluvias en Antioquia"), ("Episodio 43", "Seguridad en el MIO")])},
 "newsletter": {"es": ("/newsletter/", "Boletines del Heraldo: suscríbete gratis", [("Primera hora", "Las noticias de la mañana, de lunes a viernes."), ("Fin de semana", "Lo mejor de la semana, cada sábado.")]),
                "ca": ("/butlleti/", "Butlletins del Diari del Penedès", [("El matí", "Les notícies del dia, cada matí a les 7."), ("Cap de setmana", "Agenda cultural i castellera.")])},
 "job": {"ca": ("/feina/periodista-en-practiques/", "Oferta de feina: periodista en pràctiques", [("Requisits", "Estudiant de Periodisme o Comunicació, nivell C de català."), ("Condicions", "Jornada de 20 hores setmanals, de setembre a juny."), ("Com participar-hi", "Envieu el currículum a feina@diaripenedes.example.")])},
 "event": {"es": ("/agenda/", "Agenda cultural: eventos de la semana en Montevideo", [("Jueves 6", "Concierto de la Filarmónica en el Teatro Solís, 20 h."), ("Viernes 7", "Feria del libro en la explanada de la Intendencia."), ("Sábado 8", "Candombe en Barrio Sur, 19 h.")])},
}


def nonart(c, kind, path, title, rows=None):
    L = LBL[c["lang"]]
    if kind in ("section", "tag", "home"):
        main = ('<h1 class="section-title">%s</h1>' % E(title) if kind != "home" else "") + '<div class="story-list">%s</div>' % "".join(
            '<div class="story-card"><span class="kicker">%s</span><h2><a href="%s">%s</a></h2><p>%s</p><span class="date">%s</span></div>' % (
                E(s["kick"]), s["path"], E(s["head"]), E(s["sub"] or s["paras"][0][:120]), s["d"].strftime("%d/%m/%Y")) for s in c["stories"])
        if kind == "home":
            main += '<section class="opinion"><h2>Opinión</h2><p>Columnas de nuestros colaboradores.</p></section>'
    elif kind == "author":
        main = '<div class="author-profile"><img src="/img/autor.jpg" alt=""><h1>%s</h1><p>%s</p></div>%s' % (
            E(title), E(L["author_bio"] % (title, c["name"])), teasers(c, [s for s in c["stories"] if title in s["au"]], dates=True))
    elif kind == "search":
        main = '<h1>%s</h1><form action="%s"><input name="q" value="%s"><button>Buscar</button></form><p>3</p>%s' % (L["search"], path.split("?")[0], path.split("=")[-1], teasers(c, c["stories"], dates=True))
    elif kind == "archive":
        main = '<h1>%s: %s</h1>%s' % (L["archive"], E(title), teasers(c, c["stories"], dates=True))
    elif kind == "about":
        main = '<h1>%s</h1><p>%s</p><p>E-mail: redaccion@%s.example</p>' % (E(title), E(rows), slug(c["name"]))
    elif kind == "live":
        path_, t, ents = rows
        main = '<div class="live-header"><span class="live-badge">%s</span><h1>%s</h1><p class="byline">%s</p></div><div class="live-feed">%s</div>' % (
            {"pt": "AO VIVO", "it": "IN DIRETTA"}.get(c["lang"], "EN VIVO"), E(t), E(c["stories"][0]["cred"]),
            "".join('<div class="live-entry"><time>%s</time><p>%s</p></div>' % (E(a), E(b)) for a, b in ents))
    elif kind == "gallery":
        path_, t, caps = rows
        main = '<div class="gallery"><h1>%s</h1>%s</div>' % (E(t), "".join('<figure><img src="/galeria/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(x)) for i, x in enumerate(caps)))
    elif kind == "video":
        path_, t, _ = rows
        main = '<div class="video-page"><h1>%s</h1><video controls src="/media/simulacro.mp4" poster="/img/poster.jpg"></video><p>Duración: 2:14</p></div>' % E(t)
    else:
        path_, t, items = rows
        main = '<div class="%s"><h1>%s</h1>%s</div>' % (kind, E(t), "".join("<h3>%s</h3><p>%s</p>" % (E(a), E(b)) for a, b in items))
    write_page(OUT, c["host"], fs_path(path), page(c, "%s | %s" % (title, c["name"]) if kind != "home" else c["name"], main))
    truth["nonarticles"].append(url(c, path))


def fs_path(p):
    """Where a URL path lives on disk: paths without an extension become directories."""
    p = p.split("?")[0]
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


# ---------------------------------------------------------------- build
for si, c in enumerate(SITES):
    c["host"] = "127.0.4.%d" % (si + 1)
    c["stories"] = []
    for n, (kick, head, sub, t, au, cred, paras) in enumerate(ST[c["k"]]):
        s = dict(kick=kick, head=head, sub=sub, d=when(c, t), au=au, cred=cred, paras=paras, id=rnd.randrange(100000, 999999), n=n)
        sl, d = slug(head), s["d"]
        s["path"] = {
            "arc": "/%s/%d/%02d/%02d/%s/" % (slug(kick), d.year, d.month, d.day, sl),
            "arc2": "/%s/%s-%d" % (slug(kick), sl, s["id"]),
            "brightspot": "/%s/noticia/%d/%02d/%02d/%s.ghtml" % (slug(kick), d.year, d.month, d.day, sl),
            "joomla": "/%s/%d-%s.html" % (slug(kick).split("-")[0], s["id"], sl),
            "wprm": "/%d/%02d/%02d/%s/" % (d.year, d.month, d.day, sl),
            "drupal": "/%s/%s" % (slug(kick), sl),
            "ghost": "/%s/" % sl[:50].strip("-"),
            "blogger": "/%d/%02d/%s.html" % (d.year, d.month, sl[:40].strip("-")),
            "custom": "/%s/%d/%02d/%02d/%s-%d.html" % (slug(c["sec"][0]), d.year, d.month, d.day, sl, s["id"]),
            "tagdiv": "/%s/" % sl,
        }[c["cms"]]
        c["stories"].append(s)
    c["auth"] = c["stories"][0]["au"][0]
    c["authp"] = {"blogger": "/p/%s.html" % slug(c["auth"]).split("-")[0], "drupal": "/autor/%s" % slug(c["auth"]), "joomla": "/autori/%s.html" % slug(c["auth"])}.get(c["cms"], "/autor/%s/" % slug(c["auth"]) if c["lang"] != "ca" else "/author/%s/" % slug(c["auth"]))
    c["xpages"] = [(X[k][c["lang"]][1].split(":")[0].split("|")[0].strip()[:30], X[k][c["lang"]][0]) for k in c["extras"]]
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    L = LBL[c["lang"]]
    for n, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], fs_path(s["path"]), ART[c["cms"]](c, s))
        a = dict(url=url(c, s["path"]), title=s["head"], date=s["d"].astimezone(UTC).strftime("%Y-%m-%d"), authors=s["au"])
        if c["cms"] in ("arc", "brightspot", "wprm", "custom"):  # a zone written on the page
            a["instant"] = s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        if n == 0 or (n == 2 and c["cms"] in ("tagdiv", "blogger")):
            a["must"] = [s["paras"][-1][:60], s["paras"][0][:60]]
            mn = [s["other"]["head"], c["cookie"]]
            if c["cms"] in ("wprm", "arc2", "custom"):
                mn.append(L["nl"])
            if c["cms"] in ("wprm", "joomla", "tagdiv"):
                mn.append(L["cmts"][0][1])
            if c["cms"] == "blogger":
                mn.append("Ojalá que también mejoren la carretera a Santa Teresa")
            a["must_not"] = mn
        truth["articles"].append(a)
    pages = [("section", c["sec"][1], c["sec"][0]), ("tag", c["tag"][1], c["tag"][0]), ("author", c["authp"], c["auth"]),
             ("search", c["search"], L["search"]), ("archive", c["archive"], c["archive"].strip("/").split("/", 1)[-1].replace(".html", "")),
             ("about", c["about"][1], c["about"][0], c["about"][2])]
    for k in c["extras"]:
        e = X[k][c["lang"]]
        pages.append((k, e[0], e[1], e))
    for pg in pages:
        kind, path, title = pg[:3]
        nonart(c, kind, path, title, pg[3] if len(pg) > 3 else None)
    nonart(c, "home", "/", c["name"])
    # feeds, sitemaps, robots
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
        E(s["head"]), url(c, s["path"]), s["d"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"), E(s["sub"])) for s in c["stories"])
    robots = "User-agent: *\nDisallow: /wp-admin/\n"
    if c["cms"] in ("wprm", "ghost", "tagdiv", "drupal"):
        feed = {"wprm": "/feed.xml", "ghost": "/rss.xml", "tagdiv": "/feed.rss", "drupal": "/rss.xml"}[c["cms"]]
        write_page(OUT, c["host"], feed, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
    if c["cms"] == "blogger":
        ents = "".join("<entry><title>%s</title><link rel=\"alternate\" href=\"%s\"/><published>%s</published><author><name>%s</name></author></entry>" % (
            E(s["head"]), url(c, s["path"]), iso(s["d"]), E(s["au"][0])) for s in c["stories"])
        write_page(OUT, c["host"], "/atom.xml", '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Noticias del Cusco</title>%s</feed>' % ents)
    if c["cms"] in ("arc", "arc2", "brightspot", "custom", "joomla"):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), zulu(s["d"] + TD(hours=9))) for s in c["stories"])
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
