"""Web al: ten specialist news desks in English, German and Spanish: sports
(match reports with scores, live tickers, fixtures and tables), business and
markets (stories full of figures and tickers, market-close data pages,
company quote pages, a financial calendar), science and health (study
write-ups citing journals with their own dates and authors, a study box
and a ScholarlyArticle in the JSON-LD), technology (reviews with ratings and
spec tables carrying a release date, deals and product pages) and culture
(film and book reviews with star ratings and info boxes carrying release
and publication dates, event listings). Three articles a site (30), each
site on its own template. Dates "Published 7.58pm GMT, 2 March 2025 /
Updated 9.42pm GMT", "Stand: 08.03.2025 20:31 Uhr" (only the Stand),
"03/03/2025 19:40 CET / Actualizado a las 21:47 CET", "March 4, 2025 4:31 PM
ET" (EST and EDT either side of the US clock change), "Veröffentlicht am
05.03.2025, 18:05 Uhr | Aktualisiert am 06.03.2025, 09:40 Uhr", "Mon 10 Mar
2025 23.01 GMT" (an embargo time), "04/03/2025 12:31 | Actualizado a las
21:47" with "Madrid, 4 mar (EFE)." opening the body, "Published 5 March 2025
- Updated 9.42pm GMT, 7 March 2025", "05. März 2025, 18:30 Uhr", "Publicado:
6 de marzo de 2025" with only article:modified_time (a day later) in the
head. Bylines "By Tom Whitlock", "By PA Media", "Von Jonas Keller,
Dortmund", "Quelle: dpa", "Por Javier Ruiz / Madrid", "De nuestro
corresponsal en Londres | Álvaro Peña", "Reporting by A and B in New York;
Editing by C" under the body, "Von Anna Weber, mit Material von Reuters",
"Helen Marsh, Science correspondent", "Review by Kim Adair", "Kritik von
Jana Berg", "Crítica de Ana Ruiz", "Ana Ruiz / Málaga". Citations "(Lindqvist
et al., Nature, 12 February 2025)" in the text. Non-articles: home,
section, tag, author, search, archive-by-day and about pages on every site,
plus fixtures, tables, live tickers, market data, quote pages, a financial
calendar, deals, product pages, event listings, a cinema programme,
galleries, videos, podcasts and newsletter sign-ups. Robots.txt with a
sitemap on half the sites, RSS on the others. Crawled once with
/tmp/nr-base/newsroom: stored 30 of 30, titles 30, dates 30, authors 21
(a footer author link taken over "Quelle: dpa"; "4:31 PM ET" read as the
byline "Pm Et" when the credit is under the body; meta author naming the
site over visible firmas; "Kritik von", "Crítica de" kept; the book's
author from an info box "Autorin:"; "<b>Ana Ruiz</b> / Málaga" unread),
bodies 10 of 10, 4 of 106 non-articles stored (two live tickers, a league
table, a market data page). Writes the sites and truth.json under the
directory given as the first argument."""
import datetime, html, json, os, random, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18117
rnd = random.Random("web-al")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
EN_M = "January February March April May June July August September October November December".split()
DE_M = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_D = "Mon Tue Wed Thu Fri Sat Sun".split()


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def iso(d, off): return d.strftime("%Y-%m-%dT%H:%M:%S") + ("%+03d:00" % off)


def ampm(d, sep="."):
    h = d.hour % 12 or 12
    return "%d%s%02d%s" % (h, sep, d.minute, "pm" if d.hour >= 12 else "am")


def en_day(d): return "%d %s %d" % (d.day, EN_M[d.month - 1], d.year)


def de_day(d): return "%d. %s %d" % (d.day, DE_M[d.month - 1], d.year)


def es_day(d): return "%d de %s de %d" % (d.day, ES_M[d.month - 1], d.year)


MAST = {"en": lambda d: "%s %d %s %d" % (EN_D[d.weekday()], d.day, EN_M[d.month - 1], d.year),
        "de": lambda d: "%s, %s" % ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()[d.weekday()], de_day(d)),
        "es": lambda d: "%s, %s" % ("lunes martes miércoles jueves viernes sábado domingo".split()[d.weekday()], es_day(d))}
AGO = {"en": lambda n: "%dh ago" % n, "de": lambda n: "vor %d Std." % n, "es": lambda n: "hace %d horas" % n}

# ---------------------------------------------------------------- the stories
# Each: headline, local datetime, UTC offset (hours), authors (truth), extra fields, paragraphs.
S = {}
S["touch"] = [
 dict(head="Harbourside United 3-1 Castleford Rovers: Okafor double sinks visitors", d=DT(2025, 3, 2, 19, 58), au=["Tom Whitlock"], cred="By Tom Whitlock", upd=DT(2025, 3, 2, 21, 42), score="3-1", paras=[
  "Chidi Okafor scored twice in the second half as Harbourside United came from behind to beat Castleford Rovers and climb to fourth in the table.",
  "Rovers had led through a Jamie Lowe header after 23 minutes, and for long spells they looked the more dangerous side, with Lowe hitting the bar shortly before the interval.",
  "The game turned on the hour. Okafor, introduced at half-time, bundled in from close range after a corner was not cleared, and eleven minutes later he curled a low shot inside the far post.",
  "Substitute Ryan Doyle added a third in stoppage time, running clear after Castleford had pushed their goalkeeper forward for a free-kick.",
  "\u201cThe lads showed real character,\u201d said United manager Gary Finch. \u201cWe were second best for 45 minutes, but the changes worked and the crowd carried us home.\u201d",
  "Castleford, who have now lost four of their last five league games, host Millford on Saturday."]),
 dict(head="Westbridge hold on for goalless draw at ten-man Millford", d=DT(2025, 3, 8, 17, 20), au=["Rachel Osei", "Dan Harper"], cred="By Rachel Osei and Dan Harper", upd=DT(2025, 3, 8, 19, 5), score="0-0", paras=[
  "Westbridge survived a second-half siege to take a point from Millford, who played the final 35 minutes with ten men after Luke Barnes was sent off.",
  "Barnes was shown a straight red card for a late challenge on Westbridge captain Adam Kerr, a decision the Millford bench protested long after the restart.",
  "Even a man short, the home side created the better chances. Goalkeeper Sean Mallory saved twice from Kofi Mensah and tipped a deflected shot from Ellis Hart on to the post.",
  "Westbridge manager Paula Reyes admitted her side had ridden their luck. \u201cWe\u2019ll take the point and move on,\u201d she said. \u201cThat was not a performance to be proud of.\u201d",
  "The draw leaves Westbridge two points clear of the relegation places with ten matches remaining."]),
 dict(head="England name uncapped fly-half in Six Nations squad", d=DT(2025, 2, 24, 12, 5), au=["PA Media"], cred="By PA Media", upd=None, score=None, paras=[
  "England have named uncapped fly-half Toby Rendall in a 36-man squad for the final two rounds of the Six Nations.",
  "The 22-year-old has started every Premiership match for Bristol this season and leads the league for points scored with 141.",
  "Head coach Martin Lees said Rendall had earned his place with his goal-kicking and his calm under pressure in the European knockout rounds.",
  "Wing Jonah Price returns after recovering from a hamstring injury, while prop Will Carter misses out with a knee problem that will need surgery.",
  "England face Italy at Twickenham on 8 March before travelling to Cardiff for the final weekend."])]
S["echo"] = [
 dict(head="Dortmund dreht Spiel gegen Freiburg in der Schlussphase", d=DT(2025, 3, 8, 20, 31), au=["Jonas Keller"], cred="Von Jonas Keller, Dortmund", paras=[
  "Borussia Dortmund hat einen 0:1-Rückstand gegen den SC Freiburg in den letzten zehn Minuten in einen 2:1-Sieg verwandelt und ist auf Platz sechs vorgerückt.",
  "Freiburg war nach einer halben Stunde durch Vincenzo Grifo in Führung gegangen, der einen Freistoß aus 20 Metern direkt verwandelte. Lange sah es so aus, als würden die Gäste den Vorsprung über die Zeit bringen.",
  "Erst die Einwechslung von Jamie Bynoe-Gittens brachte Schwung. In der 81. Minute glich Serhou Guirassy per Kopf aus, vier Minuten später traf Julian Brandt nach Vorarbeit des Engländers zum Sieg.",
  "\u201eWir haben nie aufgehört, an uns zu glauben\u201c, sagte Trainer Niko Kovač nach dem Spiel. Freiburgs Christian Streich-Nachfolger Julian Schuster haderte mit der Chancenverwertung seines Teams.",
  "Dortmund spielt am Dienstag in der Champions League in Lille, Freiburg empfängt am kommenden Samstag Werder Bremen."]),
 dict(head="Kiel verliert Spitzenspiel in Magdeburg", kick="Handball", d=DT(2025, 3, 12, 21, 47), au=["Lukas Brenner", "Katrin Wolf"], cred="Von Lukas Brenner und Katrin Wolf", paras=[
  "Der THW Kiel hat das Spitzenspiel der Handball-Bundesliga beim SC Magdeburg mit 27:31 verloren und den Anschluss an die Tabellenspitze vorerst verpasst.",
  "Vor 6.600 Zuschauern in der ausverkauften Getec-Arena lagen die Kieler zur Pause noch mit 15:14 vorn. Nach dem Seitenwechsel zog Magdeburg mit einem 6:0-Lauf davon.",
  "Bester Werfer der Gastgeber war Omar Ingi Magnusson mit neun Treffern. Bei Kiel kam Eric Johansson auf sieben Tore.",
  "Kiels Trainer Filip Jicha sprach von einer \u201everdienten Niederlage\u201c. Seine Mannschaft habe in der zweiten Halbzeit zu viele technische Fehler gemacht."]),
 dict(head="Biathletin Weber holt Silber im Sprint von Oslo", d=DT(2025, 3, 15, 14, 10), au=["dpa"], cred="Quelle: dpa", paras=[
  "Biathletin Sophie Weber hat beim Weltcup am Holmenkollen Silber im Sprint gewonnen. Die 24-Jährige blieb am Schießstand fehlerfrei und musste sich nur der Französin Julia Simon geschlagen geben.",
  "Weber lag im Ziel 8,4 Sekunden hinter Simon. Dritte wurde die Schwedin Elvira Öberg, die einen Schießfehler hatte.",
  "Für Weber ist es der zweite Podestplatz der Saison. \u201eIch bin überglücklich, heute hat einfach alles gepasst\u201c, sagte sie im ZDF.",
  "In der Verfolgung am Sonntag startet die Deutsche damit aus der ersten Reihe. Die beste Männerstaffel des Deutschen Skiverbands wurde Fünfte."])]
S["marc"] = [
 dict(head="El Real Ciudad remonta al Almenara con un gol en el minuto 89", d=DT(2025, 3, 3, 19, 40), au=["Javier Ruiz"], cred="Por <a>Javier Ruiz</a> <span class=\"loc\">Madrid</span>", upd="21:47", paras=[
  "El Real Ciudad remontó ante el Almenara (2-1) gracias a un cabezazo de Iker Sanz en el minuto 89 y se coloca a tres puntos del liderato.",
  "El Almenara se adelantó en el minuto 12 con un disparo cruzado de Rubén Castro tras un error en la salida de balón local. El gol dejó helado al estadio.",
  "Tras el descanso, el técnico local dio entrada a Hugo Lara y el equipo cambió por completo. Lara firmó el empate en el 63 con un zurdazo desde la frontal.",
  "Cuando el partido parecía condenado al empate, un córner botado por Lara encontró la cabeza de Sanz, que no perdonó en el segundo palo.",
  "\u00abEste equipo no se rinde nunca\u00bb, declaró el entrenador tras el encuentro. El Almenara, con esta derrota, encadena cinco jornadas sin ganar."]),
 dict(head="Pablo Marín cae en cuartos de Indian Wells tras tres sets", d=DT(2025, 3, 13, 10, 20), au=["Álvaro Peña"], cred="De nuestro corresponsal en Londres | <a>Álvaro Peña</a>", upd="12:05", paras=[
  "Pablo Marín se despidió de Indian Wells en los cuartos de final tras perder ante el británico Jack Draper por 6-4, 3-6 y 6-3 en dos horas y cuarto de partido.",
  "El murciano, que había eliminado al número cinco del mundo en octavos, acusó el cansancio en el tercer set y cedió su saque en el cuarto juego.",
  "Marín reconoció después que no se había recuperado del todo de unas molestias en el hombro. \u00abNo podía sacar con normalidad\u00bb, explicó.",
  "Pese a la derrota, el español subirá al puesto 14 del ranking mundial el próximo lunes, su mejor clasificación hasta la fecha."]),
 dict(head="La Liga Endesa: el Valencia Costa vence en la prórroga", d=DT(2025, 3, 16, 22, 55), au=["Lucía Ortega", "Marc Puig"], cred="Por <a>Lucía Ortega</a> y <a>Marc Puig</a>", upd="23:40", paras=[
  "El Valencia Costa se impuso al Gran Canaria Sur por 98-94 tras una prórroga en un partido vibrante disputado en la Fonteta.",
  "Los visitantes llegaron a dominar por doce puntos en el tercer cuarto, pero un parcial de 14-2 devolvió la igualdad al marcador.",
  "Un triple de Álex Moreno a falta de cuatro segundos forzó el tiempo extra, en el que el Valencia Costa fue muy superior.",
  "Con esta victoria, el conjunto valenciano se asegura matemáticamente su presencia en la Copa del próximo año."])]
S["ledger"] = [
 dict(head="Acme Corp shares jump after quarterly profit tops forecasts", d=DT(2025, 3, 4, 16, 31), off=-5, au=["Anna Kell", "Tom Rees"], cred="Reporting by Anna Kell and Tom Rees in New York; Editing by Mark Potter", paras=[
  "Acme Corp (ACME.N) shares rose 6.4% in extended trading on Tuesday after the industrial group reported fourth-quarter profit well ahead of Wall Street estimates and raised its dividend.",
  "Net income climbed to $412 million, or $2.18 per share, from $301 million, or $1.59 per share, a year earlier. Analysts had on average expected $1.87 per share, according to LSEG data.",
  "Revenue grew 9% to $5.6 billion, helped by strong demand for its grid equipment from utilities upgrading their networks.",
  "Chief executive Laura Whitfield said the order backlog stood at a record $18.3 billion and that the company expected full-year revenue growth of 6% to 8%.",
  "The board raised the quarterly dividend by 10 cents to 96 cents a share. Acme shares had gained 14% this year before the results, outpacing the S&P 500 index."]),
 dict(head="Wall Street ends lower as bond yields climb; Nasdaq down 1.1%", d=DT(2025, 3, 11, 16, 45), off=-4, au=["Priya Nair"], cred="By Priya Nair", paras=[
  "U.S. stocks closed lower on Tuesday as Treasury yields rose to their highest in three weeks, weighing on technology shares.",
  "The Dow Jones Industrial Average fell 0.6% to 41,912.30, the S&P 500 lost 0.8% to 5,572.07 and the Nasdaq Composite dropped 1.1% to 17,436.10.",
  "The yield on the benchmark 10-year Treasury note rose 9 basis points to 4.31% after job openings data came in stronger than expected.",
  "Chipmakers led the decline, with the Philadelphia SE Semiconductor index down 2.3%. Energy shares bucked the trend as oil prices gained 1.4%.",
  "Trading volume was 15.2 billion shares, compared with an average of 16.1 billion over the last 20 sessions."]),
 dict(head="Northfield Bank to cut 1,200 jobs in branch overhaul", d=DT(2025, 3, 18, 7, 5), off=-4, au=["Carla Mendes"], cred="By Carla Mendes", paras=[
  "Northfield Bank (NFB.N) said on Tuesday it would cut about 1,200 jobs and close 85 branches over the next 18 months as more customers move to mobile banking.",
  "The regional lender, which has 640 branches across 11 states, expects the plan to save $310 million a year by 2027, with one-off costs of around $140 million.",
  "\u201cOur customers are telling us how they want to bank, and we are listening,\u201d chief executive Daniel Ortiz said in a statement.",
  "Shares of Northfield were up 2.1% in premarket trading. The stock has fallen 7% since the start of the year."])]
S["boerse"] = [
 dict(head="DAX schließt auf Rekordhoch – Rüstungswerte gefragt", d=DT(2025, 3, 5, 18, 5), upd=DT(2025, 3, 6, 9, 40), au=["Anna Weber"], cred="Von Anna Weber", paras=[
  "Der deutsche Leitindex DAX hat am Mittwoch ein neues Rekordhoch erreicht. Zum Handelsschluss stand das Börsenbarometer 3,4 Prozent höher bei 23.081 Punkten.",
  "Getragen wurde der Anstieg von Rüstungs- und Bauwerten, nachdem sich die möglichen Koalitionspartner in Berlin auf ein milliardenschweres Investitionspaket verständigt hatten.",
  "Die Aktie des Panzerbauers Nordwehr stieg um 7,2 Prozent auf 612,40 Euro, Baustoffhersteller Kalkwerk legte 9,8 Prozent zu. Der MDax gewann 5,1 Prozent.",
  "Gleichzeitig stiegen die Renditen deutscher Staatsanleihen kräftig. Die zehnjährige Bundesanleihe rentierte mit 2,79 Prozent so hoch wie seit über einem Jahr nicht mehr.",
  "Der Euro profitierte ebenfalls und kletterte auf 1,0790 Dollar. Die Europäische Zentralbank hatte den Referenzkurs zuvor auf 1,0688 Dollar festgesetzt."]),
 dict(head="Südwerk AG hebt Dividende trotz Gewinnrückgang", d=DT(2025, 3, 12, 7, 30), upd=DT(2025, 3, 12, 11, 15), au=["Stefan Brückner", "Ines Lorenz"], cred="Von Stefan Brückner und Ines Lorenz", paras=[
  "Der Maschinenbauer Südwerk will seinen Aktionären trotz eines Gewinnrückgangs eine höhere Dividende zahlen. Je Aktie sollen 2,40 Euro ausgeschüttet werden, nach 2,20 Euro im Vorjahr.",
  "Der Umsatz sank 2024 um vier Prozent auf 8,7 Milliarden Euro, das bereinigte Ergebnis vor Zinsen und Steuern ging um elf Prozent auf 912 Millionen Euro zurück.",
  "Vorstandschefin Claudia Rehberg begründete die Entwicklung mit der schwachen Nachfrage aus China und der Autoindustrie. Für 2025 rechnet sie mit einer Stabilisierung.",
  "An der Börse wurden die Zahlen positiv aufgenommen. Die Südwerk-Aktie stieg im frühen Handel um 3,6 Prozent auf 74,12 Euro."]),
 dict(head="Ölpreis fällt auf tiefsten Stand seit drei Jahren", d=DT(2025, 3, 19, 16, 20), upd=None, au=["Anna Weber"], cred="Von Anna Weber, mit Material von Reuters", paras=[
  "Der Ölpreis ist am Mittwoch auf den tiefsten Stand seit drei Jahren gefallen. Ein Barrel der Nordseesorte Brent kostete zeitweise 68,33 Dollar, 1,8 Prozent weniger als am Vortag.",
  "Händler verwiesen auf die Ankündigung der Opec-Staaten, ihre Förderung ab April schrittweise zu erhöhen, und auf schwache Konjunkturdaten aus den USA.",
  "Die amerikanische Sorte WTI verbilligte sich auf 65,10 Dollar. Seit Jahresbeginn haben beide Sorten mehr als zehn Prozent an Wert verloren.",
  "Für Verbraucher in Deutschland macht sich der Rückgang bereits bemerkbar: Heizöl kostete laut dem Vergleichsportal Heizpreis zuletzt 94 Euro je 100 Liter."])]
S["lab"] = [
 dict(head="Bumblebees learn to solve puzzles by watching each other, study finds", d=DT(2025, 3, 3, 9, 30), au=["Helen Marsh"], cred="Helen Marsh", role="Science correspondent",
      study=("Social learning of a two-step puzzle box in bumblebees", "Nature", "12 February 2025", ["Erik Lindqvist", "Aoife Brennan", "Tomás Ruiz"]), paras=[
  "Bumblebees can learn to open a complicated puzzle box by watching a trained companion, even when they could never work out the solution on their own, researchers have found.",
  "The team trained \u201cdemonstrator\u201d bees to push a blue tab and then rotate a red lid to reach a sugar reward, a two-step task that untrained bees failed to crack in 24 days of trying (Lindqvist et al., Nature, 12 February 2025).",
  "When naive bees were allowed to watch a demonstrator, however, most of them learned the full sequence within a few days, and some went on to teach it to others.",
  "\u201cThis kind of cultural learning was thought to be something only humans and perhaps a few primates could do,\u201d said Dr Aoife Brennan, a co-author based at Queen Mary University of London.",
  "Other scientists urged caution. Prof Mark Ellery of the University of Sussex, who was not involved, said the findings were striking but that the experiments involved a small number of colonies kept in the laboratory.",
  "The researchers now plan to test whether wild colonies pass on foraging tricks in the same way."]),
 dict(head="Daily walk of 20 minutes cuts heart failure risk, large trial suggests", d=DT(2025, 3, 10, 23, 1), au=["Samir Qureshi"], cred="Samir Qureshi", role="Health editor",
      study=("Brisk walking and incident heart failure in older adults: a randomised trial", "The Lancet", "6 March 2025", ["Ngozi Okonkwo", "Peter Lindahl"]), paras=[
  "A brisk 20-minute walk every day reduced the risk of heart failure by almost a quarter among people over 60, according to one of the largest exercise trials of its kind.",
  "The study followed 14,200 adults in the UK and Sweden for an average of six years. Those assigned to the walking programme were 23% less likely to be admitted to hospital with heart failure than those given general health advice (Okonkwo et al., The Lancet, 6 March 2025).",
  "The benefit held regardless of weight, smoking status or blood pressure at the start of the trial, the authors said.",
  "Heart failure affects more than a million people in the UK, and admissions have risen steadily over the past decade as the population ages.",
  "The British Heart Foundation said the findings were \u201cencouraging evidence that small changes really do add up\u201d, but warned that anyone with an existing heart condition should seek advice before starting a new exercise regime."]),
 dict(head="Astronomers spot water vapour around a nearby rocky exoplanet", d=DT(2025, 3, 17, 16, 0), au=["Helen Marsh", "Owen Pryce"], cred="Helen Marsh and Owen Pryce", role="",
      study=("A water-rich atmosphere on the temperate rocky planet LHS 1140 c", "Astrophysical Journal Letters", "28 February 2025", ["Rita Ferreira", "Kelvin Ng", "Lucie Baptiste"]), paras=[
  "Astronomers using the James Webb Space Telescope have found signs of water vapour in the atmosphere of a rocky planet just 49 light years from Earth.",
  "The planet, slightly larger than Earth, orbits a small red star every 24 days. Its light, filtered through the planet\u2019s atmosphere as it passed in front of the star, showed the signature of water molecules (Ferreira, Ng and Baptiste, Astrophysical Journal Letters, 28 February 2025).",
  "\u201cWe have to be careful, because starspots can mimic this signal,\u201d said Dr Kelvin Ng of the University of Toronto. \u201cBut we ruled out the most obvious alternatives.\u201d",
  "If confirmed, it would be the first detection of an atmosphere around a temperate rocky world outside the solar system.",
  "Further observations are scheduled for the summer, when the planet will pass in front of its star six more times."])]
S["salud"] = [
 dict(head="Un estudio vincula el consumo de ultraprocesados con peor calidad del sueño", d=DT(2025, 3, 4, 12, 31), au=["EFE"], cred="EFE", upd="21:47", place="Madrid, 4 mar (EFE).", paras=[
  "Las personas que obtienen más de la mitad de sus calorías de alimentos ultraprocesados tienen un 41 % más de probabilidades de sufrir insomnio crónico, según un estudio con más de 38.000 adultos.",
  "El trabajo, dirigido por investigadores de la Universidad de Navarra, se publicó en la revista The BMJ (García et al., The BMJ, 20 de febrero de 2025) y analizó los hábitos de alimentación y sueño de los participantes durante ocho años.",
  "Los autores subrayan que se trata de un estudio observacional, por lo que no permite establecer una relación de causa y efecto, pero consideran que los resultados son coherentes con investigaciones anteriores.",
  "Entre los productos analizados figuran refrescos, bollería industrial, platos precocinados y embutidos procesados.",
  "La Sociedad Española de Sueño recordó que alrededor del 10 % de los adultos en España padece insomnio crónico y recomendó cenas ligeras y horarios regulares."]),
 dict(head="Sanidad aprueba la vacuna del herpes zóster para mayores de 65 años", d=DT(2025, 3, 11, 10, 5), au=["Laura Benítez"], cred="Laura Benítez", upd="13:20", place="", paras=[
  "La Comisión de Salud Pública ha aprobado incluir la vacuna frente al herpes zóster en el calendario común para todas las personas de 65 años, que la recibirán de forma gratuita a partir de septiembre.",
  "Hasta ahora, la vacuna solo se administraba a grupos de riesgo, como pacientes trasplantados o con tratamientos inmunosupresores.",
  "El herpes zóster, conocido popularmente como culebrilla, afecta cada año a unas 150.000 personas en España. Su complicación más frecuente es un dolor nervioso que puede durar meses.",
  "Las comunidades autónomas dispondrán de un plazo de dos años para extender la vacunación a todas las cohortes de entre 65 y 80 años."]),
 dict(head="Investigadores de Barcelona identifican una proteína clave en la migraña", d=DT(2025, 3, 18, 17, 20), au=["Sergi Vidal", "Nuria Cano"], cred="Sergi Vidal y Nuria Cano", upd="19:02", place="", paras=[
  "Un equipo del Instituto de Neurociencias de Barcelona ha identificado una proteína que se activa en las horas previas a una crisis de migraña y que podría convertirse en una nueva diana terapéutica.",
  "Los investigadores analizaron muestras de sangre de 212 pacientes y observaron que los niveles de la proteína, denominada PACAP-38, se duplicaban hasta seis horas antes del dolor (Marín-Soler et al., Cell, 3 de marzo de 2025).",
  "\u00abSi logramos bloquearla a tiempo, podríamos prevenir el episodio en lugar de tratarlo\u00bb, explica la neuróloga Carla Marín-Soler, primera firmante del trabajo.",
  "La migraña afecta a más de cinco millones de personas en España y es una de las principales causas de discapacidad entre los menores de 50 años.",
  "El equipo ya colabora con una empresa farmacéutica para diseñar un anticuerpo que neutralice la proteína."])]
S["gadget"] = [
 dict(head="Pixelon Nova 9 review: a brilliant camera in a forgettable phone", d=DT(2025, 3, 5, 14, 0), upd=DT(2025, 3, 7, 21, 42), au=["Kim Adair"], cred="Review by Kim Adair", rating=3.5,
      specs=[("Display", "6.4in OLED, 120Hz"), ("Processor", "Tensor N4"), ("Battery", "4,700mAh"), ("Release date", "14 February 2025"), ("Price", "\u00a3699")], paras=[
  "The Pixelon Nova 9 takes some of the best photos I have seen from a phone at this price, and then does very little else to stand out.",
  "The main 50-megapixel camera is superb in low light, pulling detail out of dim restaurants and city streets at night without the smeared look of cheaper rivals. Portraits are natural, and skin tones are accurate.",
  "Elsewhere, the phone is merely competent. The 6.4in screen is sharp but not especially bright outdoors, and the plastic back feels cheap next to the glass of similarly priced handsets.",
  "Battery life was a disappointment. On a typical day of messaging, maps and an hour of video, I regularly finished with less than 15% left.",
  "If photography is your priority, the Nova 9 is easy to recommend. Everyone else will find better all-rounders for the same money."]),
 dict(head="Arcwave X2 headphones review: quiet comfort, loud price", d=DT(2025, 3, 12, 9, 15), upd=None, au=["Marcus Bell"], cred="Review by Marcus Bell", rating=4,
      specs=[("Type", "Over-ear, wireless"), ("Noise cancelling", "Yes, adaptive"), ("Battery", "40 hours"), ("Release date", "20 January 2025"), ("Price", "\u00a3379")], paras=[
  "Arcwave\u2019s second-generation headphones are among the most comfortable I have worn, and their noise cancelling rivals anything on the market.",
  "On a packed commuter train the X2 turned the rumble of the carriage into a faint hum, and the adaptive mode adjusted smoothly when I stepped on to a noisy platform.",
  "Sound is warm and detailed, with a slightly boosted bass that suits pop and electronic music. An equaliser in the companion app lets you flatten it.",
  "At \u00a3379, though, they cost more than most of their competitors, and the carry case is bulky.",
  "Still, for frequent travellers who value comfort over everything else, they are worth the money."]),
 dict(head="Why laptop makers are betting on repairable designs", d=DT(2025, 3, 19, 11, 0), upd=None, au=["Kim Adair", "Leo Tanaka"], cred="By Kim Adair and Leo Tanaka", rating=None, specs=None, paras=[
  "For years, laptops have become thinner by gluing in batteries and soldering memory to the motherboard. Now several of the biggest manufacturers are quietly reversing course.",
  "New European rules require replaceable batteries in many portable devices from 2027, and several US states have passed right-to-repair laws covering consumer electronics.",
  "\u201cThe regulation moved the conversation, but customers were already asking for it,\u201d said Ines Daalder, a product manager at one of the large PC makers.",
  "Repairable designs bring trade-offs. Screws and connectors take up space and add weight, and manufacturers worry about the cost of stocking spare parts for years.",
  "Repair advocates say the shift could cut electronic waste significantly, as a new battery often adds years to the life of an otherwise healthy machine."])]
S["feuil"] = [
 dict(head="\u201eDas stille Haus\u201c: Ein Kammerspiel, das lange nachhallt", d=DT(2025, 3, 5, 18, 30), au=["Jana Berg"], cred="Kritik von Jana Berg", stars=4,
      info=[("Regie", "Lena Ostwald"), ("Mit", "Anne Kreuzer, Malte Rieck"), ("Laufzeit", "104 Minuten"), ("Kinostart", "13.03.2025")], paras=[
  "Ein Haus an der Ostsee, zwei Schwestern, ein Winter: Mehr braucht Lena Ostwald nicht für ihren zweiten Spielfilm, der im Panorama der Berlinale Premiere feierte.",
  "Anne Kreuzer spielt die ältere Schwester Ruth, die nach dem Tod der Mutter das Elternhaus verkaufen will. Malte Rieck ist als Nachbar zu sehen, der mehr über die Familie weiß, als er zugibt.",
  "Ostwald erzählt in langen, ruhigen Einstellungen. Das verlangt Geduld, belohnt aber mit Momenten von großer Genauigkeit, etwa wenn die Schwestern schweigend den Keller ausräumen.",
  "Nicht alles gelingt: Eine Nebenhandlung um einen verschwundenen Hund wirkt wie aus einem anderen Film. Doch das stille Ende hallt lange nach.",
  "\u201eDas stille Haus\u201c ist ein kleiner, kluger Film über das, was Familien einander nicht sagen."]),
 dict(head="Roman \u201eNordwind\u201c von Mira Hensel: Eine Familie am Abgrund", d=DT(2025, 3, 11, 7, 0), au=["Paul Adler"], cred="Rezension von Paul Adler", stars=3,
      info=[("Autorin", "Mira Hensel"), ("Verlag", "Hanser"), ("Umfang", "320 Seiten, 26 Euro"), ("Erschienen", "12.02.2025")], paras=[
  "Mira Hensel hat mit ihrem Debüt vor drei Jahren viel Aufmerksamkeit bekommen. Ihr zweiter Roman \u201eNordwind\u201c erzählt von einer Fischerfamilie auf Föhr, die in den Siebzigerjahren zerbricht.",
  "Im Zentrum steht die 14-jährige Tade, deren Vater nach einem Sturm nicht von See zurückkehrt. Die Mutter schweigt, der ältere Bruder flieht aufs Festland.",
  "Hensel schreibt atmosphärisch dicht, ihre Naturbeschreibungen sind das Beste am Buch. Die Figuren bleiben dagegen seltsam blass, vor allem der Bruder.",
  "Gegen Ende verliert der Roman an Tempo, wenn Hensel in Rückblenden erklärt, was man längst ahnt.",
  "Ein Buch mit starken Momenten, das sein Versprechen nicht ganz einlöst."]),
 dict(head="Elbphilharmonie: Jubel und Buhrufe für Sorokins neue Sinfonie", d=DT(2025, 3, 16, 22, 40), au=["Jana Berg", "Tim Sommer"], cred="Von Jana Berg und Tim Sommer", stars=None, info=None, paras=[
  "Die Uraufführung von Ilja Sorokins dritter Sinfonie hat das Publikum in der Elbphilharmonie gespalten. Auf langen Jubel folgten am Sonntagabend vereinzelte, aber laute Buhrufe.",
  "Das NDR Elbphilharmonie Orchester unter Alan Gilbert spielte das 70 Minuten lange Werk mit großer Hingabe. Besonders der dritte Satz, ein fast zwanzigminütiges Crescendo, forderte Musiker und Zuhörer.",
  "Sorokin, der seit 2022 in Hamburg lebt, hatte die Sinfonie als \u201eMusik über das Verlassen\u201c angekündigt. Zitate aus russischen Volksliedern tauchen immer wieder auf und zerfallen.",
  "Nach dem Konzert zeigte sich der Komponist gelassen. Widerspruch gehöre zur neuen Musik, sagte er im Foyer.",
  "Die Sinfonie wird am Dienstag ein weiteres Mal gespielt, der NDR überträgt das Konzert live im Radio."])]
S["butaca"] = [
 dict(head="\u00abLa orilla\u00bb: un drama rural que se toma su tiempo", d=DT(2025, 3, 6, 10, 0), upd=DT(2025, 3, 7, 21, 47), au=["Ana Ruiz"], cred="Crítica de <b>Ana Ruiz</b>", val="3/5",
      info="Dirección: Marta Solano. Reparto: Luis Bermejo, Eva Llorach. Estreno: 28 de febrero de 2025.", paras=[
  "La orilla, segundo largometraje de Marta Solano, sigue a un pescador del delta del Ebro que se niega a abandonar su casa mientras el mar avanza año tras año.",
  "Luis Bermejo sostiene la película con una interpretación contenida, hecha de gestos mínimos y silencios. Eva Llorach, como su hija, aporta la energía que le falta al relato.",
  "Solano filma el paisaje con una belleza indiscutible, pero se recrea demasiado en él. Hay planos que duran el doble de lo necesario.",
  "El tramo final, sin embargo, recupera el pulso y deja una de las imágenes más poderosas del cine español reciente.",
  "Una película irregular, pero con una mirada propia que merece la pena descubrir."]),
 dict(head="\u00abLas horas prestadas\u00bb, la novela con la que Elena Sáez vuelve a Galicia", d=DT(2025, 3, 13, 9, 30), upd=None, au=["Diego Fuentes"], cred="Por <b>Diego Fuentes</b>", val="4/5",
      info="Elena Sáez. Las horas prestadas. Anagrama, 2025. 288 páginas. 19,90 euros. Publicado el 5 de febrero de 2025.", paras=[
  "Elena Sáez vuelve a la Galicia de su infancia en Las horas prestadas, una novela sobre tres generaciones de mujeres que comparten una casa en Betanzos.",
  "La narradora, una traductora que regresa tras la muerte de su abuela, va descubriendo en cartas y cuadernos una historia familiar que nadie le había contado.",
  "Sáez escribe con una prosa limpia y precisa, sin adornos, y maneja con soltura los saltos temporales entre la posguerra y el presente.",
  "Algunos personajes secundarios quedan apenas esbozados, pero el conjunto tiene una fuerza emocional poco común.",
  "Probablemente su mejor libro hasta la fecha."]),
 dict(head="El Festival de Málaga anuncia su sección oficial con doce películas", d=DT(2025, 3, 18, 13, 15), upd=None, au=["Ana Ruiz"], cred="<b>Ana Ruiz</b> / Málaga", val=None, info=None, paras=[
  "El Festival de Málaga ha presentado este martes las doce películas que competirán en su sección oficial, entre ellas cinco óperas primas y tres coproducciones con América Latina.",
  "La gala inaugural, el 14 de marzo, estará dedicada a La orilla, de Marta Solano, que se proyectará fuera de concurso.",
  "El director del certamen destacó la presencia de seis directoras en competición, la cifra más alta en la historia del festival.",
  "La Biznaga de Oro se entregará el 23 de marzo en el Teatro Cervantes. El jurado estará presidido por la actriz Emma Suárez."])]

# ---------------------------------------------------------------- the sites
SITES = [
 dict(k="touch", lang="en", name="The Touchline", off=0, sec=("football", "Football"), tag=("okafor", "Chidi Okafor"), feed="sitemap",
      extras=[("fixtures", "/football/fixtures/", "Premier Division fixtures"), ("table", "/football/tables/premier-division/", "Premier Division table"),
              ("live", "/football/live/harbourside-v-castleford/", "Harbourside v Castleford: live"), ("nl", "/newsletters/the-fiver/", "Sign up to The Final Whistle")]),
 dict(k="echo", lang="de", name="Sportecho", off=1, sec=("fussball", "Fußball"), tag=("bvb", "Borussia Dortmund"), feed="rss",
      extras=[("table", "/bundesliga/tabelle/", "Bundesliga-Tabelle"), ("fixtures", "/bundesliga/spielplan/", "Bundesliga-Spielplan, 25. Spieltag"),
              ("live", "/liveticker/bvb-scf/", "Liveticker: Dortmund – Freiburg"), ("video", "/video/biathlon-oslo-sprint/", "Video: Der Sprint von Oslo in voller Länge")]),
 dict(k="marc", lang="es", name="Marcador Diario", off=1, sec=("futbol", "Fútbol"), tag=("real-ciudad", "Real Ciudad"), feed="sitemap",
      extras=[("table", "/futbol/primera/clasificacion/", "Clasificación de Primera División"), ("fixtures", "/futbol/primera/calendario/", "Calendario de Primera División"),
              ("live", "/directo/real-ciudad-almenara/", "Real Ciudad - Almenara, en directo"), ("gallery", "/fotos/remontada-real-ciudad/", "Las mejores imágenes de la remontada")]),
 dict(k="ledger", lang="en", name="Ledger Street", off=-5, sec=("markets", "Markets"), tag=("earnings", "Earnings"), feed="rss",
      extras=[("market", "/markets/close/", "Markets close: U.S. indexes"), ("quote", "/quote/ACME.N/", "Acme Corp (ACME.N)"),
              ("calendar", "/markets/earnings-calendar/", "Earnings calendar"), ("podcast", "/podcasts/the-close/", "The Close: daily markets podcast")]),
 dict(k="boerse", lang="de", name="Börsenblick", off=1, sec=("maerkte", "Märkte"), tag=("dax", "DAX"), feed="sitemap",
      extras=[("market", "/kurse/dax/", "DAX-Kurse: Schlussstand"), ("quote", "/aktien/suedwerk-ag/", "Südwerk AG Aktie"),
              ("calendar", "/termine/", "Finanztermine der Woche"), ("nl", "/newsletter/", "Der Börsenblick-Newsletter")]),
 dict(k="lab", lang="en", name="Lab Notes", off=0, sec=("science", "Science"), tag=("insects", "Insects"), feed="rss",
      extras=[("podcast", "/podcasts/lab-talk/", "Lab Talk: the science podcast"), ("gallery", "/pictures/space-images-of-the-month/", "Space images of the month"),
              ("nl", "/newsletters/lab-notes-weekly/", "Sign up to Lab Notes Weekly")]),
 dict(k="salud", lang="es", name="Salud al Día", off=1, sec=("salud", "Salud"), tag=("sueno", "Sueño"), feed="sitemap",
      extras=[("video", "/videos/como-dormir-mejor/", "Vídeo: cinco claves para dormir mejor"), ("calendar", "/agenda/congresos/", "Agenda de congresos médicos"),
              ("nl", "/boletin/", "Suscríbete a nuestro boletín")]),
 dict(k="gadget", lang="en", name="Gadget Bench", off=0, sec=("reviews", "Reviews"), tag=("smartphones", "Smartphones"), feed="rss",
      extras=[("deals", "/deals/", "Best tech deals this week"), ("product", "/products/pixelon-nova-9/", "Pixelon Nova 9"),
              ("video", "/video/nova-9-camera-test/", "Video: Nova 9 camera test at night")]),
 dict(k="feuil", lang="de", name="Feuilleton Nord", off=1, sec=("kultur", "Kultur"), tag=("kino", "Kino"), feed="sitemap",
      extras=[("events", "/veranstaltungen/", "Veranstaltungskalender Hamburg"), ("events", "/kino/programm/", "Kinoprogramm der Woche"),
              ("gallery", "/galerie/berlinale-2025/", "Bildergalerie: Berlinale 2025")]),
 dict(k="butaca", lang="es", name="Butaca y Letras", off=1, sec=("cine", "Cine"), tag=("festival-de-malaga", "Festival de Málaga"), feed="rss",
      extras=[("events", "/agenda/", "Agenda cultural de la semana"), ("events", "/cartelera/", "Cartelera de cine"),
              ("podcast", "/podcast/", "Podcast: La fila siete"), ("nl", "/newsletter/", "Recibe nuestra newsletter")]),
]
L10N = {"en": dict(home="Home", search="Search", about="About us", archive="Archive", latest="Most read", related="More on this story", share="Share", cookie="We use cookies to improve your experience. Accept all cookies?",
                   nl="Get our free daily briefing straight to your inbox. Sign up now", comments="Comments", results="Search results for"),
        "de": dict(home="Startseite", search="Suche", about="Impressum", archive="Archiv", latest="Meistgelesen", related="Mehr zum Thema", share="Teilen", cookie="Wir verwenden Cookies. Alle akzeptieren?",
                   nl="Jetzt den kostenlosen Newsletter abonnieren und jeden Morgen informiert sein", comments="Kommentare", results="Suchergebnisse für"),
        "es": dict(home="Portada", search="Buscar", about="Quiénes somos", archive="Hemeroteca", latest="Lo más leído", related="Te puede interesar", share="Compartir", cookie="Utilizamos cookies propias y de terceros. ¿Aceptas?",
                   nl="Suscríbete gratis a nuestro boletín y recibe cada mañana las noticias del día", comments="Comentarios", results="Resultados de búsqueda para")}
COMMENT = {"en": ("ferrybridge_fan", "Great result but we still need a proper striker in the summer."),
           "de": ("Rotweiss77", "Endlich mal wieder ein Spiel, bei dem man bis zum Schluss mitfiebern konnte."),
           "es": ("pepe_1978", "Muy buena crónica, aunque el árbitro se olvidó de un penalti clarísimo.")}


def slug(t):
    t = t.lower()
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n")]:
        t = t.replace(a, b)
    return "-".join("".join(ch if ch.isalnum() else " " for ch in t).split()[:8])


def frame(c, title, main, head="", aside="", bodycls="page"):
    """The site chrome, each site with its own class names and nesting."""
    L, k = L10N[c["lang"]], c["k"]
    links = [("/", L["home"]), (c["secp"], c["sec"][1])] + [(x[1], x[2]) for x in c["extras"]]
    foot = [(c["tagp"], c["tag"][1]), (c["authp"], c["auth"]), (c["archp"], L["archive"]), (c["srchp"], L["search"]), (c["aboutp"], L["about"])]
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)
    fl = " \u00b7 ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in foot)
    mast = E(MAST[c["lang"]](TODAY))
    feedlink = '<link rel="alternate" type="application/rss+xml" href="/rss.xml">' if c["feed"] == "rss" else ""
    pop = '<div class="cookie-consent" role="dialog"><p>%s</p><button>OK</button></div>' % E(L["cookie"])
    if k in ("touch", "lab", "gadget"):
        top = '<header class="site-header"><div class="site-header__date">%s</div><a class="site-header__logo" href="/">%s</a><nav aria-label="Sections"><ul class="nav-list">%s</ul></nav></header>' % (mast, E(c["name"]), nav)
        body = '<main id="maincontent" class="%s">%s</main>%s' % (bodycls, main, '<aside class="rail">%s</aside>' % aside if aside else "")
        bot = '<footer class="site-footer"><p>%s</p><p>\u00a9 2025 %s Ltd. All rights reserved.</p></footer>' % (fl, E(c["name"]))
    elif k in ("echo", "boerse", "feuil"):
        top = '<div id="kopf"><span class="heute">%s</span><div class="logo"><a href="/">%s</a></div><ul id="hauptnavigation">%s</ul></div>' % (mast, E(c["name"]), nav)
        body = '<div id="inhalt"><div class="spalte-links">%s</div>%s</div>' % (main, '<div class="spalte-rechts">%s</div>' % aside if aside else "")
        bot = '<div id="fuss">%s<br>\u00a9 %s GmbH 2025</div>' % (fl, E(c["name"]))
    else:
        top = '<header><div class="cabecera"><time class="fecha-hoy">%s</time><h2 class="marca"><a href="/">%s</a></h2></div><nav class="menu-principal"><ul>%s</ul></nav></header>' % (mast, E(c["name"]), nav)
        body = '<div class="contenedor"><section class="principal">%s</section>%s</div>' % (main, '<aside class="lateral">%s</aside>' % aside if aside else "")
        bot = '<footer class="pie"><nav>%s</nav><small>\u00a9 %s, S.L. 2025</small></footer>' % (fl, E(c["name"]))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s%s</head><body>%s%s%s%s</body></html>') % (c["lang"], E(title), feedlink, head, pop, top, body, bot)


def most_read(c, s):
    L = L10N[c["lang"]]
    others = [x for x in c["stories"] if x is not s]
    return '<div class="most-read"><h3>%s</h3><ol>%s</ol></div>' % (E(L["latest"]), "".join(
        '<li><a href="%s">%s</a> <span class="ago">%s</span></li>' % (x["path"], E(x["head"]), E(AGO[c["lang"]](2 + 3 * j))) for j, x in enumerate(others)))


def related(c, s):
    x = s["other"]
    return '<div class="related-links"><h4>%s</h4><a href="%s">%s</a></div>' % (E(L10N[c["lang"]]["related"]), x["path"], E(x["head"]))


def share(c):
    return '<div class="share-bar"><span>%s</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></div>' % E(L10N[c["lang"]]["share"])


def comments(c, s, later):
    n, t = COMMENT[c["lang"]]
    return '<section class="comments"><h3>%s (1)</h3><div class="comment"><b>%s</b> <time>%s</time><p>%s</p></div></section>' % (
        E(L10N[c["lang"]]["comments"]), E(n), E(later), E(t))


def paras(ps): return "".join("<p>%s</p>" % E(p) for p in ps)


def ld(obj): return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def og(c, s, typ="article"):
    return '<meta property="og:title" content="%s"><meta property="og:type" content="%s"><meta property="og:site_name" content="%s"><link rel="canonical" href="%s">' % (
        E(s["head"]), typ, E(c["name"]), url(c, s["path"]))


# ---------------------------------------------------------------- article templates
def art_touch(c, s):
    d = s["d"]
    pub = "Published %s GMT, %s" % (ampm(d), en_day(d))
    upd = ' <span class="updated">Updated %s GMT</span>' % ampm(s["upd"]) if s["upd"] else ""
    stats = ""
    if s["score"]:
        stats = '<table class="match-stats"><caption>Match stats</caption><tr><th></th><th>Home</th><th>Away</th></tr><tr><td>Possession</td><td>46%</td><td>54%</td></tr><tr><td>Shots</td><td>14</td><td>11</td></tr><tr><td>Attendance</td><td colspan="2">21,408</td></tr></table>'
    byl = '<a rel="author" href="%s">%s</a>' % (c["authp"], E(s["cred"][3:])) if s["au"][0] == c["auth"] else E(s["cred"][3:])
    body = ""
    for i, p in enumerate(s["paras"]):
        body += "<p>%s</p>" % E(p)
        if i == 1:
            body += '<aside class="inline-promo"><a href="%s">%s</a></aside>' % (s["other"]["path"], E(s["other"]["head"]))
    main = ('<article class="content content--article"><div class="content__labels"><a href="%s">%s</a></div>'
            '<div class="content__headline"><h1>%s</h1></div><div class="content__standfirst"><p>%s</p></div>'
            '<div class="content__meta"><p class="byline">By %s</p><div class="meta-time"><time datetime="%s">%s</time>%s</div>%s</div>'
            '<figure class="element-image"><img src="/img/%d.jpg" alt=""><figcaption>Photograph: Mark Doyle/Touchline Images</figcaption></figure>'
            '<div class="content__article-body">%s</div>%s%s</article>%s') % (
        c["secp"], E(c["sec"][1]), E(s["head"]), E(s["paras"][0].split(",")[0] + "."), byl, iso(d, 0), E(pub), upd, share(c), s["id"], body, stats, related(c, s),
        comments(c, s, "%s 08.12" % en_day(d + TD(days=1))))
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 0),
                          "dateModified": iso(s["upd"] or d, 0), "author": [{"@type": "Person", "name": a} if a != "PA Media" else {"@type": "Organization", "name": a} for a in s["au"]],
                          "publisher": {"@type": "Organization", "name": c["name"]}})
    return frame(c, "%s | Football | %s" % (s["head"], c["name"]), main, head, most_read(c, s))


def art_echo(c, s):
    d = s["d"]
    autor = '<p class="autor">%s</p>' % E(s["cred"])
    main = ('<div class="artikel"><div class="brotkrumen"><a href="/">Sportecho</a> &gt; <a href="%s">%s</a> &gt; Artikel</div>'
            '<span class="dachzeile">%s</span><h1 class="ueberschrift"><span>%s</span></h1>'
            '<p class="stand">Stand: %s Uhr</p>'
            '<div class="bild"><img src="/bilder/%d.jpg"><span class="quelle">Bild: IMAGO / Team 2</span></div>'
            '<div class="artikeltext"><p class="einleitung"><strong>%s</strong></p>%s<div class="mehr-zum-thema"><b>Mehr zum Thema:</b> <a href="%s">%s</a></div>%s</div>%s</div>') % (
        c["secp"], E(c["sec"][1]), E(s.get("kick", c["sec"][1])), E(s["head"]),
        d.strftime("%d.%m.%Y %H:%M"), s["id"], E(s["paras"][0]), paras(s["paras"][1:]), s["other"]["path"], E(s["other"]["head"]), autor, share(c))
    head = '<meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(s.get("kick", "Fußball") + ": " + s["head"]), E(s["paras"][0][:150]))
    return frame(c, "%s | Sportecho" % s["head"], main, head, most_read(c, s))


def art_marc(c, s):
    d = s["d"]
    cred = s["cred"].replace("<a>", '<a href="%s">' % c["authp"]) if c["auth"] in s["cred"] else s["cred"].replace("<a>", "<span>").replace("</a>", "</span>")
    main = ('<article class="art"><header class="art-hdr"><p class="art-kicker"><a href="%s">%s</a></p><h1 class="art-title">%s</h1><h2 class="art-sub">%s</h2></header>'
            '<div class="art-info"><div class="art-auth">%s</div><div class="art-date"><time datetime="%s">%s CET</time><span class="upd">Actualizado a las %s CET</span></div></div>'
            '<div class="art-body">%s<div class="newsletter-inline"><p>%s</p><a href="/newsletter/">Apúntate</a></div>%s</div>'
            '<div class="art-rel">%s</div></article>') % (
        c["secp"], E(c["sec"][1]), E(s["head"]), E(s["paras"][0]), cred, iso(d, 1), d.strftime("%d/%m/%Y %H:%M"), s["upd"],
        paras(s["paras"][1:3]), E(L10N["es"]["nl"]), paras(s["paras"][3:]), related(c, s))
    main += comments(c, s, (d + TD(days=1)).strftime("%d/%m/%Y %H:%M"))
    head = og(c, s) + '<meta property="article:published_time" content="%s">' % iso(d, 1) + ld(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 1),
         "author": {"@type": "Person", "name": ", ".join(s["au"])}, "publisher": {"@type": "Organization", "name": c["name"]}})
    return frame(c, "%s | Marcador Diario" % s["head"], main, head, most_read(c, s))


def art_ledger(c, s):
    d, off = s["d"], s["off"]
    when = "%s %d, %d %d:%02d %s ET" % (EN_M[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, "PM" if d.hour >= 12 else "AM")
    if s["cred"].startswith("Reporting"):
        top, bottom = "", '<p class="article-credit">%s</p>' % E(s["cred"])
    else:
        top, bottom = '<div class="author-name"><a href="%s">%s</a></div>' % (c["authp"] if s["au"][0] == c["auth"] else "#", E(s["cred"])), ""
    tick = '<div class="ticker-strip">%s</div>' % "".join('<span class="tk">%s <b>%s</b> <em>%s</em></span>' % t for t in [("ACME.N", "41.80", "+6.4%"), ("NFB.N", "23.17", "+2.1%"), (".SPX", "5,572.07", "-0.8%"), (".IXIC", "17,436.10", "-1.1%")])
    body = paras(s["paras"])
    body = body.replace("</p>", '</p><div class="ad-slot">Advertisement \u00b7 Scroll to continue</div>', 1)
    main = ('%s<div class="article-wrap"><span class="section-tag"><a href="%s">Markets</a></span><h1 data-testid="Heading">%s</h1>'
            '%s<div class="date-line"><span>%s</span></div><div class="article-body__content">%s%s</div>'
            '<div class="trust">Our Standards: The Ledger Street Trust Principles.</div><div class="read-next"><h3>Read Next</h3><a href="%s">%s</a> <small>%s</small></div></div>') % (
        tick, c["secp"], E(s["head"]), top, when, body, bottom, s["other"]["path"], E(s["other"]["head"]), E(s["other"]["when"]))
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, off), "dateModified": iso(d + TD(hours=2), off)})
    return frame(c, "%s | Ledger Street" % s["head"], main, head, most_read(c, s))


def art_boerse(c, s):
    d, u = s["d"], s["upd"]
    zeit = "Veröffentlicht am %s Uhr" % d.strftime("%d.%m.%Y, %H:%M")
    if u:
        zeit += " | Aktualisiert am %s Uhr" % u.strftime("%d.%m.%Y, %H:%M")
    kurse = '<table class="kursbox"><tr><th>Index</th><th>Stand</th><th>Veränd.</th></tr><tr><td>DAX</td><td>23.081,03</td><td>+3,4 %%</td></tr><tr><td>MDax</td><td>28.114,50</td><td>+5,1 %%</td></tr><tr><td>Euro/Dollar</td><td>1,0790</td><td>+0,9 %%</td></tr></table><p class="kurszeit">Kurse vom %s</p>' % TODAY.strftime("%d.%m.%Y")
    main = ('<div class="beitrag"><ol class="pfad"><li><a href="/">Börsenblick</a></li><li><a href="%s">Märkte</a></li></ol>'
            '<header><h2 class="kicker">%s</h2><h1 itemprop="headline">%s</h1><div class="meta"><span class="verfasser">%s</span><br><span class="zeit">%s</span></div></header>'
            '<div class="text" itemprop="articleBody">%s%s%s</div><div class="autorenbox"><img src="/autoren/%d.jpg"><p>%s schreibt seit 2019 für Börsenblick über Märkte und Unternehmen.</p></div></div>') % (
        c["secp"], "Marktbericht" if "DAX" in s["head"] or "Öl" in s["head"] else "Unternehmen", E(s["head"]), E(s["cred"]), E(zeit), paras(s["paras"][:3]), kurse, paras(s["paras"][3:]), s["id"], E(s["au"][0]))
    j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 1), "publisher": {"@type": "Organization", "name": c["name"]}}
    if u:
        j["dateModified"] = iso(u, 1)
    if s["cred"] != "Von Anna Weber, mit Material von Reuters":
        j["author"] = [{"@type": "Person", "name": a} for a in s["au"]]
    head = og(c, s) + ld(j)
    return frame(c, "%s - Börsenblick" % s["head"], main, head, most_read(c, s))


def art_lab(c, s):
    d = s["d"]
    st, jn, jd, ja = s["study"]
    when = "%s %d %s %d %s GMT" % (EN_D[d.weekday()], d.day, EN_M[d.month - 1][:3], d.year, d.strftime("%H.%M"))
    role = '<span class="role">%s</span>' % E(s["role"]) if s["role"] else ""
    names = " and ".join('<a class="contributor" href="%s">%s</a>' % (c["authp"] if a == c["auth"] else "/profile/%s/" % slug(a), E(a)) for a in s["au"])
    box = ('<aside class="study-box"><h3>The study</h3><dl><dt>Title</dt><dd>%s</dd><dt>Journal</dt><dd>%s</dd><dt>Published</dt><dd>%s</dd><dt>Authors</dt><dd>%s</dd></dl></aside>') % (
        E(st), E(jn), E(jd), E(", ".join(ja)))
    main = ('<article itemscope itemtype="https://schema.org/NewsArticle"><div class="kicker">%s</div><h1 class="headline" itemprop="headline">%s</h1>'
            '<div class="byline-block">%s %s</div><p class="pubdate">%s</p><div class="body">%s%s%s</div>'
            '<div class="bio"><b>%s</b> is %s at Lab Notes. She previously worked at New Scientist.</div>%s</article>') % (
        E(c["sec"][1]), E(s["head"]), names, role, E(when), paras(s["paras"][:2]), box, paras(s["paras"][2:]), E(s["au"][0]), E(s["role"].lower() or "a reporter"), related(c, s))
    dj = datetime.datetime.strptime(jd, "%d %B %Y").strftime("%Y-%m-%d")
    head = og(c, s) + ld([{"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 0),
                           "author": [{"@type": "Person", "name": a} for a in s["au"]], "publisher": {"@type": "Organization", "name": c["name"]},
                           "citation": {"@type": "ScholarlyArticle", "name": st, "datePublished": dj, "author": [{"@type": "Person", "name": a} for a in ja], "isPartOf": jn}}])
    return frame(c, "%s | Lab Notes" % s["head"], main, head, most_read(c, s))


def art_salud(c, s):
    d = s["d"]
    ps = list(s["paras"])
    if s["place"]:
        ps[0] = s["place"] + " " + ps[0]
    firma = "".join('<span class="firma">%s</span>' % E(a) for a in s["au"]) if s["au"] != ["EFE"] else '<span class="agencia">EFE</span>'
    main = ('<div class="noticia"><div class="migas"><a href="/">Portada</a> / <a href="%s">Salud</a></div><h1>%s</h1><p class="entradilla">%s</p>'
            '<div class="datos"><div class="firmas">%s</div><div class="fecha">%s <span>| Actualizado a las %s</span></div></div>'
            '<div class="foto"><img src="/f/%d.jpg"><p class="pie-foto">Imagen de archivo. EFE/Archivo</p></div>'
            '<div class="cuerpo">%s</div>%s</div>') % (
        c["secp"], E(s["head"]), E(" ".join(s["paras"][0].split()[:12]) + "\u2026"), firma, d.strftime("%d/%m/%Y %H:%M"), s["upd"], s["id"],
        paras(ps), '<div class="te-puede-interesar"><h4>Te puede interesar</h4><a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["head"])))
    head = '<meta property="og:title" content="%s"><meta name="author" content="Salud al Día">' % E(s["head"])
    return frame(c, "%s - Salud al Día" % s["head"], main, head, most_read(c, s))


def art_gadget(c, s):
    d = s["d"]
    when = "Published %s" % en_day(d)
    if s["upd"]:
        when += " \u2013 Updated %s GMT, %s" % (ampm(s["upd"]), en_day(s["upd"]))
    verdict = ""
    if s["rating"]:
        full = int(s["rating"])
        verdict = '<div class="verdict"><span class="stars" aria-label="Rating: %s out of 5">%s%s</span><p><b>Verdict:</b> %s</p></div>' % (
            s["rating"], "\u2605" * full, "\u00bd" if s["rating"] != full else "", E(s["paras"][-1]))
    specs = ""
    if s["specs"]:
        specs = '<table class="spec-table"><caption>Specifications</caption>%s</table>' % "".join("<tr><th>%s</th><td>%s</td></tr>" % (E(a), E(b)) for a, b in s["specs"])
    deal = '<div class="deal-widget"><h4>Today\u2019s best deals</h4><ul><li>Amazon \u00a3649 <a href="/deals/">View deal</a></li><li>Currys \u00a3679 <a href="/deals/">View deal</a></li></ul><small>Prices checked %s</small></div>' % en_day(TODAY)
    main = ('<div class="review-page"><nav class="crumbs"><a href="/">Home</a> \u203a <a href="%s">Reviews</a></nav><h1 class="review-title">%s</h1>'
            '<div class="review-meta"><span class="by">%s</span> <span class="when">%s</span></div>%s%s'
            '<div class="review-body">%s%s</div><div class="author-box"><b>%s</b> has reviewed phones and audio gear since 2016.</div></div>') % (
        c["secp"], E(s["head"]), E(s["cred"]), E(when), verdict, deal, paras(s["paras"][:2]) + specs, paras(s["paras"][2:]), E(s["au"][0]))
    head = og(c, s)
    if s["rating"]:
        head += ld({"@context": "https://schema.org", "@type": "Review", "name": s["head"], "datePublished": d.strftime("%Y-%m-%d"), "author": {"@type": "Person", "name": s["au"][0]},
                    "reviewRating": {"@type": "Rating", "ratingValue": s["rating"], "bestRating": 5},
                    "itemReviewed": {"@type": "Product", "name": s["head"].split(" review")[0], "releaseDate": datetime.datetime.strptime(dict(s["specs"])["Release date"], "%d %B %Y").strftime("%Y-%m-%d")}})
    else:
        head += ld({"@context": "https://schema.org", "@type": "Article", "headline": s["head"], "datePublished": iso(d, 0), "author": [{"@type": "Person", "name": a} for a in s["au"]]})
    return frame(c, "%s | Gadget Bench" % s["head"], main, head, most_read(c, s))


def art_feuil(c, s):
    d = s["d"]
    when = "%02d. %s %d, %s Uhr" % (d.day, DE_M[d.month - 1], d.year, d.strftime("%H:%M"))
    stars = '<div class="wertung" title="%d von 5 Sternen">%s%s</div>' % (s["stars"], "\u2605" * s["stars"], "\u2606" * (5 - s["stars"])) if s["stars"] else ""
    info = '<div class="infokasten">%s</div>' % "".join("<p><b>%s:</b> %s</p>" % (E(a), E(b)) for a, b in s["info"]) if s["info"] else ""
    main = ('<div class="kritik"><p class="rubrik"><a href="%s">Kultur</a></p><h1>%s</h1><div class="unterzeile"><span class="von">%s</span> <span class="datum">%s</span></div>%s'
            '<div class="fliesstext">%s%s%s</div><div class="veranstaltungstipp"><b>Tipp:</b> <a href="/veranstaltungen/">Alle Termine der Woche</a> \u2013 aktualisiert %s</div></div>') % (
        c["secp"], E(s["head"]), E(s["cred"]), E(when), stars, paras(s["paras"][:1]), info, paras(s["paras"][1:]), TODAY.strftime("%d.%m.%Y"))
    main += comments(c, s, (d + TD(days=2)).strftime("%d.%m.%Y, %H:%M Uhr"))
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="date" content="%s">' % (E(s["head"]), d.strftime("%Y-%m-%d"))
    return frame(c, "%s | Feuilleton Nord" % s["head"], main, head, most_read(c, s))


def art_butaca(c, s):
    d, u = s["d"], s["upd"]
    when = "Publicado: %s" % es_day(d)
    if u:
        when += ' <span class="act">Actualizado: %s, %s</span>' % (es_day(u), u.strftime("%H:%M"))
    val = '<p class="valoracion">Valoración: <strong>%s</strong></p>' % s["val"] if s["val"] else ""
    info = '<p class="ficha">%s</p>' % E(s["info"]) if s["info"] else ""
    main = ('<article class="entrada"><div class="categoria"><a href="%s">Cine y libros</a></div><h1 class="entrada-titulo">%s</h1>'
            '<div class="entrada-meta"><span class="autor">%s</span> <span class="cuando">%s</span></div>%s%s'
            '<div class="entrada-contenido">%s</div><div class="etiquetas"><a href="%s">%s</a></div>%s</article>') % (
        c["secp"], E(s["head"]), s["cred"], when, val, info, paras(s["paras"]), c["tagp"], E(c["tag"][1]), related(c, s))
    main += comments(c, s, es_day(d + TD(days=3)))
    head = og(c, s) + '<meta property="article:modified_time" content="%s">' % iso(u or d + TD(days=1), 1)
    return frame(c, "%s \u2013 Butaca y Letras" % s["head"], main, head, most_read(c, s))


ART = dict(touch=art_touch, echo=art_echo, marc=art_marc, ledger=art_ledger, boerse=art_boerse, lab=art_lab, salud=art_salud, gadget=art_gadget, feuil=art_feuil, butaca=art_butaca)


# ---------------------------------------------------------------- non-articles
def teaser_list(c, ss, when=True):
    return '<ul class="teaser-list">%s</ul>' % "".join('<li class="teaser"><a href="%s">%s</a>%s</li>' % (
        s["path"], E(s["head"]), ' <span class="teaser-date">%s</span>' % E(s["when"]) if when else "") for s in sorted(ss, key=lambda s: s["d"], reverse=True))


def nonarticle(c, kind, p, t, x=None):
    lang = c["lang"]
    if kind in ("section", "tag", "archive"):
        main = '<h1 class="page-title">%s</h1>%s' % (E(t), teaser_list(c, c["stories"]))
    elif kind == "search":
        main = '<h1>%s</h1><form action="/search/"><input name="q" value="%s"><button>%s</button></form><p>3 results</p>%s' % (E(t), E(x), E(L10N[lang]["search"]), teaser_list(c, c["stories"]))
    elif kind == "author":
        main = '<div class="profile"><h1>%s</h1><p>%s</p></div>%s' % (E(t), E(x), teaser_list(c, [s for s in c["stories"] if t in s["au"]]))
    elif kind == "about":
        main = '<h1>%s</h1><p>%s</p><p>Tel. +00 123 456 789 \u00b7 redaktion@example.org</p>' % (E(t), E(x))
    elif kind == "fixtures":
        rows = x or [("Sat 15 Mar", "15:00", "Castleford v Millford"), ("Sat 15 Mar", "17:30", "Westbridge v Harbourside"), ("Sun 16 Mar", "14:00", "Ashby v Northgate")]
        main = '<h1>%s</h1><table class="fixtures">%s</table>' % (E(t), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(v) for v in r) for r in rows))
    elif kind == "table":
        teams = ["Northgate", "Ashby", "Westbridge", "Harbourside", "Millford", "Castleford"]
        main = '<h1>%s</h1><table class="standings"><tr><th>Pos</th><th>Team</th><th>P</th><th>GD</th><th>Pts</th></tr>%s</table><p class="note">Updated %s</p>' % (
            E(t), "".join("<tr><td>%d</td><td>%s</td><td>27</td><td>%+d</td><td>%d</td></tr>" % (i + 1, n, 20 - 7 * i, 58 - 6 * i) for i, n in enumerate(teams)), E(MAST[lang](TODAY)))
    elif kind == "live":
        by, ents = x
        main = '<div class="live-score"><h1>%s</h1><div class="scoreline">3 \u2013 1 <span>FT</span></div><p class="byline">%s</p><ul class="events">%s</ul></div>' % (
            E(t), E(by), "".join('<li><span class="min">%s</span> %s</li>' % (E(a), E(b)) for a, b in ents))
    elif kind == "market":
        main = '<h1>%s</h1><table class="quotes"><tr><th>Name</th><th>Last</th><th>Chg</th><th>%%Chg</th></tr>%s</table><p>Data delayed 15 minutes. As of %s.</p>' % (
            E(t), "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("Index A", "41,912.30", "-251.10", "-0.60%"), ("Index B", "5,572.07", "-44.80", "-0.80%"), ("Index C", "17,436.10", "-193.90", "-1.10%")]), E(MAST[lang](TODAY)))
    elif kind == "quote":
        main = '<h1>%s</h1><div class="quote-price"><b>41.80</b> +2.51 (+6.40%%)</div><table class="key-stats"><tr><td>Market cap</td><td>38.2bn</td></tr><tr><td>P/E</td><td>18.4</td></tr><tr><td>Dividend yield</td><td>2.3%%</td></tr></table><h3>Latest news</h3>%s' % (
            E(t), teaser_list(c, c["stories"][:2]))
    elif kind == "calendar":
        main = '<h1>%s</h1><table class="calendar">%s</table>' % (E(t), "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(a), E(b)) for a, b in [("2025-03-24", "Q4 results: Harlow Foods"), ("2025-03-25", "Q1 results: Mistral Air"), ("2025-03-27", "Annual meeting: Südwerk AG")]))
    elif kind == "podcast":
        main = '<h1>%s</h1><ol class="episodes">%s</ol>' % (E(t), "".join('<li><h3>Episode %d</h3><audio src="/audio/%d.mp3" controls></audio><span>%d min</span></li>' % (n, n, 20 + n) for n in (41, 40, 39)))
    elif kind == "gallery":
        main = '<h1>%s</h1><div class="gallery">%s</div>' % (E(t), "".join('<figure><img src="/g/%d.jpg"><figcaption>%d/6</figcaption></figure>' % (i, i + 1) for i in range(6)))
    elif kind == "video":
        main = '<h1>%s</h1><div class="player"><video src="/v/%d.mp4" controls></video></div><p>2:41</p>' % (E(t), rnd.randrange(1000, 9999))
    elif kind == "nl":
        main = '<h1>%s</h1><p>%s</p><form class="signup"><input type="email" name="email" placeholder="you@example.com"><button>OK</button></form>' % (E(t), E(L10N[lang]["nl"]))
    elif kind == "deals":
        main = '<h1>%s</h1><ul class="deals">%s</ul><p>Prices checked %s. We may earn a commission.</p>' % (E(t), "".join("<li><b>%s</b> %s <s>%s</s> <a href=\"#\">Buy now</a></li>" % r for r in [("Pixelon Nova 9", "\u00a3599", "\u00a3699"), ("Arcwave X2", "\u00a3329", "\u00a3379"), ("Tabula 11 tablet", "\u00a3249", "\u00a3299")]), E(en_day(TODAY)))
    elif kind == "product":
        main = '<h1>%s</h1><table class="spec-table"><tr><th>Display</th><td>6.4in OLED</td></tr><tr><th>Release date</th><td>14 February 2025</td></tr></table><h3>Our review</h3>%s' % (E(t), teaser_list(c, c["stories"][:1]))
    elif kind == "events":
        ev = {"de": [("Sa, 22.03.", "20:00", "Elbphilharmonie: NDR Orchester"), ("So, 23.03.", "11:00", "Lesung: Mira Hensel, Nordwind")], "es": [("Sáb. 22 de marzo", "20:30", "Teatro Cervantes: concierto"), ("Dom. 23 de marzo", "12:00", "Presentación: Las horas prestadas")]}[lang]
        main = '<h1>%s</h1><ul class="eventos">%s</ul>' % (E(t), "".join('<li><time>%s</time> %s \u2013 %s</li>' % (E(a), E(b), E(cc)) for a, b, cc in ev))
    write_page(OUT, c["host"], p.split("?")[0], frame(c, "%s | %s" % (t, c["name"]), main, bodycls="index"))
    truth["nonarticles"].append(url(c, p))


LIVE = {"touch": ("By Sports Reporter", [("90+4'", "Full-time: Harbourside 3-1 Castleford."), ("90+2'", "GOAL! Doyle makes it 3-1."), ("72'", "GOAL! Okafor again!"), ("61'", "GOAL! Okafor equalises."), ("23'", "GOAL! Lowe heads Castleford in front.")]),
        "echo": ("Von Jonas Keller", [("90.+3'", "Abpfiff! Dortmund gewinnt 2:1."), ("85'", "Tor für Dortmund! Brandt trifft zum 2:1."), ("81'", "Tor! Guirassy gleicht aus."), ("30'", "Tor für Freiburg durch Grifo.")]),
        "marc": ("Redacción Marcador", [("Final", "¡Final del partido! 2-1."), ("89'", "¡GOOOL de Sanz!"), ("63'", "¡Gol de Lara! Empate."), ("12'", "Gol del Almenara, Rubén Castro.")])}

BIO = {"en": "Writes about sport, business and science.", "de": "Schreibt über Sport, Wirtschaft und Kultur.", "es": "Escribe sobre deporte, salud y cultura."}

for si, c in enumerate(SITES):
    c["host"] = "127.0.3.%d" % (201 + si)
    lang, k = c["lang"], c["k"]
    c["secp"] = "/%s/" % c["sec"][0]
    c["tagp"] = {"en": "/tag/%s/", "de": "/thema/%s/", "es": "/tema/%s/"}[lang] % c["tag"][0]
    c["srchp"], c["aboutp"] = "/search/?q=%s" % c["tag"][0], {"en": "/about/", "de": "/impressum/", "es": "/quienes-somos/"}[lang]
    c["stories"] = []
    for n, s in enumerate(S[k]):
        s["id"] = rnd.randrange(100000, 999999)
        d = s["d"]
        s["path"] = {"touch": "/football/%d/%s/%02d/%s/" % (d.year, EN_M[d.month - 1][:3].lower(), d.day, slug(s["head"])),
                     "echo": "/%s/%s-%d.html" % (c["sec"][0], slug(s["head"]), s["id"]),
                     "marc": "/futbol/%d/%02d/%02d/%s.html" % (d.year, d.month, d.day, slug(s["head"])),
                     "ledger": "/markets/%s-%s/" % (slug(s["head"]), d.strftime("%Y-%m-%d")),
                     "boerse": "/nachrichten/%s/%d/" % (slug(s["head"]), s["id"]),
                     "lab": "/science/%d/%s/%d/%s/" % (d.year, EN_M[d.month - 1][:3].lower(), d.day, slug(s["head"])),
                     "salud": "/noticias/%d/%s/" % (s["id"], slug(s["head"])),
                     "gadget": "/reviews/%s/" % slug(s["head"]) if s.get("rating") else "/features/%s/" % slug(s["head"]),
                     "feuil": "/kultur/%s.a%d/" % (slug(s["head"]), s["id"]),
                     "butaca": "/%d/%02d/%s/" % (d.year, d.month, slug(s["head"]))}[k]
        s["when"] = {"en": en_day(d), "de": d.strftime("%d.%m.%Y"), "es": d.strftime("%d/%m/%Y")}[lang]
        c["stories"].append(s)
    c["auth"] = c["stories"][0]["au"][0] if c["stories"][0]["au"][0] not in ("EFE", "PA Media") else c["stories"][1]["au"][0]
    c["authp"] = {"en": "/profile/%s/", "de": "/autor/%s/", "es": "/autor/%s/"}[lang] % slug(c["auth"])
    d0 = c["stories"][0]["d"]
    c["archp"] = {"en": "/archive/%d/%02d/%02d/", "de": "/archiv/%d-%02d-%02d/", "es": "/hemeroteca/%d/%02d/%02d/"}[lang] % (d0.year, d0.month, d0.day)
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    for n, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], ART[k](c, s))
        a = dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=s["au"])
        off = s.get("off", c["off"])
        if k in ("touch", "marc", "ledger", "lab") and (n == 0 or k in ("ledger", "lab")) and (k != "lab" or n == 1):
            a["instant"] = (s["d"] - TD(hours=off)).strftime("%Y-%m-%dT%H:%M")
        if n == 0:
            a["must"] = [s["paras"][-1]]
            a["must_not"] = [s["other"]["head"]] + ([COMMENT[lang][1]] if k in ("touch", "marc", "feuil", "butaca") else []) + ([L10N[lang]["nl"]] if k == "marc" else [])
        truth["articles"].append(a)
    pages = [("section", c["secp"], c["sec"][1]), ("tag", c["tagp"], c["tag"][1]), ("author", c["authp"], c["auth"], BIO[lang]),
             ("search", c["srchp"], "%s \u201c%s\u201d" % (L10N[lang]["results"], c["tag"][0]), c["tag"][0]), ("archive", c["archp"], "%s: %s" % (L10N[lang]["archive"], d0.strftime("%d.%m.%Y"))),
             ("about", c["aboutp"], L10N[lang]["about"], "%s \u2014 independent specialist journalism since 1998." % c["name"])]
    for kind, p, t in c["extras"]:
        pages.append((kind, p, t, LIVE.get(k)) if kind == "live" else (kind, p, t))
    for pg in pages:
        nonarticle(c, *pg)
    home = '<h1 class="visually-hidden">%s</h1><div class="top-story"><h2><a href="%s">%s</a></h2><p>%s</p></div>%s' % (
        E(c["name"]), c["stories"][0]["path"], E(c["stories"][0]["head"]), E(c["stories"][0]["paras"][0]), teaser_list(c, c["stories"][1:]))
    write_page(OUT, c["host"], "/", frame(c, "%s \u2013 %s" % (c["name"], c["sec"][1]), home, bodycls="front"))
    truth["nonarticles"].append(url(c, "/"))
    base = "http://%s:%d" % (c["host"], PORT)
    if c["feed"] == "sitemap":
        write_page(OUT, c["host"], "/robots.txt", "User-agent: *\nDisallow: /suche/\nSitemap: %s/sitemap-news.xml\n" % base)
        write_page(OUT, c["host"], "/sitemap-news.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % "".join(
            "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (base, s["path"], iso(s["d"], s.get("off", c["off"]))) for s in c["stories"]))
    else:
        write_page(OUT, c["host"], "/robots.txt", "User-agent: *\nAllow: /\n")
        write_page(OUT, c["host"], "/rss.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>%s</title><link>%s/</link>%s</channel></rss>\n' % (
            E(c["name"]), base, "".join("<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate></item>" % (
                E(s["head"]), base, s["path"], (s["d"] - TD(hours=s.get("off", c["off"]))).strftime("%a, %d %b %Y %H:%M:%S +0000")) for s in c["stories"])))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
