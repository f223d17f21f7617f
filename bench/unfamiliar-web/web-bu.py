"""Web bu: sports desks. Twelve sports news sites on 127.0.6.161-172 in
English (UK, US, Australia), Spanish, German, Italian, Dutch, Brazilian
Portuguese and French, each on the template its kind of publisher runs:
match reports with score lines in headlines, previews, transfer news,
interviews and columns beside fixtures, tables, match centres, live tickers,
profiles, stats, tickets/shop, video and gallery pages (all non-articles;
live blogs are non-articles by design).

 1 Diario Gol - a Marca-like Spanish sports daily: hex-id .html stories,
   "Actualizado Lunes, 10 marzo 2025 - 00:35" shown in place of the
   publication (datePublished 23:12 CET the day before only in the JSON-LD),
   name + location + @handle byline blocks, "Te puede interesar" box,
   scoreboard, a minute-by-minute "Directo" (LiveBlogPosting), clasificación,
   calendario, a player card with a bio paragraph, an opinion column.
 2 Northbridge Rovers FC - a club's official site (Pulselive-like): no
   bylines on the report and the signing (JSON-LD author is the club), an
   interview credited "Words: Tom Bellamy", team line-ups, Rovers+ and
   betting-partner boxes, fixtures/results, table, match centre commentary,
   highlights video, a player profile with a biography, tickets, shop.
 3 EHL - a handball league on TYPO3 tx_news: date only ("09.03.2025", a
   microdata datePublished day), "von Jan Kowalczyk" in the news footer, an
   interview with „...“ as headline and "Das Interview führte Lisa Brenner."
   under the text, a club press release "von Redaktion" + "Quelle:
   Pressemitteilung ..." (no author), Tabelle, Spielplan, Liveticker,
   Vereinsprofil with history, Torschützenliste, RSS.
 4 Eastbrook State Ospreys - a SIDEARM-like US college athletics site: .aspx
   stories, "3/8/2025 9:41:00 PM" with no zone, JSON-LD author the athletics
   department, "Story by X, Student ... Assistant" / "By X, Associate AD for
   Communications" role lines, "Photo by: Eastbrook State Athletics", Story
   Links box; schedule, roster, a long player bio, box score, video, camps.
 5 Crease - an Australian cricket site: "Callum Hart at the SCG" bylines, the
   visible day "9 March 2025" (AEDT) one day after the JSON-LD UTC instant,
   an AAP-only story (JSON-LD author the site), inline "Read more" promo,
   newsletter box; scorecard with commentary, fixtures, standings, player
   profile, highlights video, tags and authors.
 6 Pista Veloce - an Italian motorsport site on WordPress + Yoast: "di X e Y"
   (Yoast's graph names only the first), "09/03/2025 08:52" with the UTC
   +00:00 instant in the meta, "F1 |" in <title> only, "LEGGI ANCHE",
   comments, newsletter; driver standings, calendar, race results, photo
   gallery, live blog, driver profile.
 7 Koersblad - a Dutch cycling site: "Door X en Y", "zondag 9 maart 2025 om
   17:32", "Laatst bijgewerkt: ..." line, "Foto: Pelotonpix / Kees Vos"
   credit, "Lees ook" box, result box; stage results + GC page, rider
   profile, calendar, live blog, video summary, column.
 8 ProTennis Tour - an ATP-like tour site without JSON-LD: "Mar 09, 2025",
   "By ProTennis Staff" (no author) next to a tournament tag link, "Photo
   Credit: ..."; rankings, player overview with bio, draws, results, Hot Shot
   video, tickets.
 9 Terrace Voices - a UK fan blog network (WordPress, no JSON-LD, no
   dates in the head): "3 hours ago", "2 days ago" and "8th March 2025",
   "by Sophie Hart & Mo Rahman", "About <author>" boxes under the post,
   readers' comments, trending box; blog fronts with a long featured teaser,
   author pages with bios, tag page, write-for-us, a forum thread.
10 Diário do Vale - a Brazilian regional paper's Esportes section: "Por X e
   Y", "09/03/2025 - 20h47 Atualizada em ...", "2 x 1" score headline, a
   column whose JSON-LD author is the paper (visible "Beto Lima / Colunista
   de esportes"), "Leia mais" box; Estadual table, "ao vivo" ticker, photo
   gallery, sports agenda, columnist page with bio.
11 Canal Stade - a French sports TV channel: "Par X avec Y", "Publié le
   09/03/2025 à 22h58 - Mis à jour le 10/03/2025 à 08h12", "La rédaction
   avec AFP" (no author), "Propos recueillis par X" interview (JSON-LD author
   the channel), "(2-2)" headline, subscription box inside the article;
   video résumé, live page, TV programme, show page, offers.
12 The Line Room - a betting-adjacent US site: "Written by X" / "Fact checked
   by Y" (only the writer is an author), "Updated: Mar 9, 2025, 11:02 AM ET"
   shown while datePublished (the day before) is only in the JSON-LD, odds
   tables and promo cards inside stories, 21+/1-800-GAMBLER disclaimers,
   author bio boxes; odds page, sportsbook promo page, expert picks,
   responsible gambling, author pages.

Truth: 36 articles, 160 non-articles, no syndicated copies. Crawled with
/tmp/nr-base: stories 36: title 36, date 36, authors 28 right; non-articles
stored 7 of 160; bodies checked 36: 6 wrong. Authors: an organisation taken
from the JSON-LD where the page shows no person (club report and signing ->
"Northbridge Rovers FC"; "La rédaction avec AFP" -> "Canal Stade") or over
a visible columnist (Diário do Vale column -> "Diário do Vale" instead of
"Beto Lima"); desk/wire/photo credits kept ("von Redaktion" -> "Redaktion",
"AAP", the photo credit "Eastbrook State Athletics"); "By ProTennis Staff"
dropped and the tournament tag link "Palm Springs" taken instead. Stored
non-articles: club fixtures and match centre, cricket scorecard, the
Brazilian "ao vivo" ticker, a rider profile and a player profile (birth
dates read as published dates) and the sportsbook promo page. Bodies: the
fan blogs' "About <author>" boxes (3) and Canal Stade's in-article
subscription box (3).
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18145
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def table(head, rows, cls="table"):
    h = "".join("<th>%s</th>" % E(str(x)) for x in head)
    b = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(str(x)) for x in r) for r in rows)
    return '<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (cls, h, b)


def fill(s, shell, pages):
    """The service pages the chrome links to (about, privacy, contact ...)."""
    for path, title, text in pages:
        s.non(path, shell(title, "<h1>%s</h1><p>%s</p>" % (E(title.split(" | ")[0].split(" - ")[0]), E(text))))


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.6.%d" % (160 + n), PORT, truth)
# ------------------------------------------------------------ 1 Diario Gol (Marca-like Spanish sports daily)
def diariogol():
    s = Site(1)
    A = [
        dict(path="/futbol/primera-division/cronica/2025/03/09/67cdf1a2e2704e8b4c8b45a1.html", kicker="Crónica",
             title="Ribera 2-1 Sporting Norte: Lozano firma la remontada en el descuento",
             sub="Un cabezazo del canterano en el minuto 94 da la victoria a los rojiblancos, que se meten de lleno en la pelea por Europa",
             by=[("Pablo Ortega", "/autor/pablo-ortega.html", "Madrid")], iso="2025-03-09T23:12:41+01:00", mod="2025-03-10T00:35:02+01:00",
             shown="Actualizado Lunes, 10 marzo 2025 - 00:35", date="2025-03-09", inst="2025-03-09T22:12",
             paras=["El Atlético Ribera encontró en el descuento lo que llevaba buscando toda la segunda parte. Un cabezazo de Adrián Lozano en el minuto 94, a la salida de un córner botado por Iker Salas, tumbó a un Sporting Norte que había dominado la primera mitad y que se marchó del estadio con la sensación de haber dejado escapar un punto que tenía en el bolsillo.",
                    "Los visitantes se adelantaron a los veinte minutos con un disparo cruzado de Mateo Ibarra tras una pérdida en la salida de balón, y durante media hora el Ribera no supo qué hacer con la pelota. El técnico local, Ernesto Valdés, movió el banquillo al descanso y dio entrada a dos extremos que cambiaron el partido.",
                    "El empate llegó en el minuto 61 gracias a un penalti señalado tras revisión del VAR por una mano de Ortuño dentro del área. Salas no falló desde los once metros y el estadio, que había empezado a silbar, se volcó con los suyos hasta el final.",
                    "Con esta victoria, el Ribera suma 44 puntos y se coloca a uno de la sexta plaza, mientras que el Sporting Norte encadena tres jornadas sin ganar y empieza a mirar de reojo a la zona baja de la clasificación."]),
        dict(path="/futbol/sporting-norte/2025/03/09/67cd8b10ca4741a3198b45b7.html", kicker="Mercado",
             title="El Sporting Norte acelera la renovación de Iker Salas hasta 2029",
             sub="El club ofrece al centrocampista una mejora salarial y una cláusula de 60 millones",
             by=[("Lucía Ferrer", "/autor/lucia-ferrer.html", ""), ("Tomás Vidal", "/autor/tomas-vidal.html", "")],
             iso="2025-03-09T13:20:05+01:00", mod="2025-03-09T13:20:05+01:00", shown="Domingo, 9 marzo 2025 - 13:20", date="2025-03-09", inst="2025-03-09T12:20",
             paras=["La dirección deportiva del Sporting Norte quiere cerrar antes del verano la renovación de Iker Salas, el centrocampista que ha sostenido al equipo en una temporada irregular y que tiene contrato hasta junio de 2026.",
                    "Según ha podido saber este periódico, la última propuesta del club incluye una ampliación de tres temporadas, una mejora salarial que le convertiría en el segundo jugador mejor pagado de la plantilla y una cláusula de rescisión de sesenta millones de euros.",
                    "El entorno del jugador valora la oferta, aunque no tiene prisa. Al menos dos clubes de la Premier League han preguntado por su situación en las últimas semanas y su agente viajó a Londres a finales de febrero.",
                    "En el vestuario nadie duda de su compromiso. El propio Salas aseguró hace un mes que se ve retirándose en el club de su ciudad, pero en el Sporting Norte saben que cada semana que pasa sin firma aumenta el riesgo de una puja en el mercado estival."]),
        dict(path="/opinion/2025/03/08/67cc3e91e2704e5a088b4598.html", kicker="Opinión",
             title="El VAR no puede arbitrar el sentido común",
             sub="", by=[("Rafael Montero", "/autor/rafael-montero.html", "")], iso="2025-03-08T20:05:00+01:00", mod="2025-03-08T20:05:00+01:00",
             shown="Sábado, 8 marzo 2025 - 20:05", date="2025-03-08", inst="2025-03-08T19:05",
             paras=["Hubo un tiempo en que discutíamos los lunes sobre lo que el árbitro había visto o había dejado de ver. Nos prometieron que la tecnología acabaría con aquellas tertulias y lo que ha conseguido es alargarlas hasta el jueves.",
                    "El problema no es la herramienta, sino la manera en que se usa. Se revisan jugadas que ningún aficionado discutiría y se dejan pasar otras que todo el estadio ha visto en la pantalla gigante, mientras los protocolos cambian de una jornada a otra sin que nadie los explique.",
                    "Los colegiados se han convertido en notarios de lo que les dicen desde una sala a cientos de kilómetros, y el jugador ya no celebra un gol hasta que pasan dos minutos. El fútbol ha perdido espontaneidad a cambio de una justicia que tampoco llega.",
                    "Bastaría con que las conversaciones entre el árbitro y la sala se hicieran públicas, como en el rugby, para que el aficionado entendiera las decisiones. Mientras eso no ocurra, la sospecha seguirá ganando todos los partidos."]),
    ]
    nav = [("/futbol/primera-division.html", "Primera"), ("/futbol/primera-division/clasificacion.html", "Clasificación"), ("/futbol/primera-division/calendario.html", "Calendario"),
           ("/opinion.html", "Opinión"), ("/baloncesto.html", "Baloncesto"), ("/motor.html", "Motor")]
    LIVE = "/futbol/primera-division/directo/2025/03/09/67cdc9a8e2704e3e4a8b45c2.html"
    PROF = "/futbol/jugadores/iker-salas.html"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta property="og:site_name" content="Diario Gol">%s</head><body class="ue-l-article-page">'
                '<div id="didomi-host" class="didomi-popup"><p>Diario Gol y nuestros socios utilizamos cookies para personalizar el contenido y la publicidad.</p><button>Aceptar y cerrar</button> <button>Configurar</button></div>'
                '<header class="ue-c-main-header"><a class="ue-c-main-header__logo" href="/">Diario Gol</a><nav class="ue-c-main-navigation"><ul>%s</ul></nav>'
                '<a class="ue-c-main-header__premium" href="/suscripcion.html">Hazte Premium</a></header><div class="ad-slot ad-megabanner">Publicidad</div>'
                '<main class="ue-l-article">%s</main><footer class="ue-c-footer"><ul><li><a href="/aviso-legal.html">Aviso legal</a></li><li><a href="/privacidad.html">Privacidad</a></li></ul>'
                '<p>&copy; 2025 Unidad Deportiva Editorial, S.L. Todos los derechos reservados.</p></footer></body></html>') % (E(title), head, links(nav), main)

    nl = ('<div class="ue-c-newsletter-box"><h3>La newsletter de tu equipo</h3><p>Recibe cada mañana las noticias de tu equipo en tu correo.</p>'
          '<form><input type="email" placeholder="Tu email"><button>Suscribirme</button></form></div>')
    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        names = [n for n, _, _ in a["by"]]
        by = "".join('<div class="ue-c-article__byline"><div class="ue-c-article__byline-name"><a href="%s">%s</a></div>%s'
                     '<a class="ue-c-article__byline-twitter" href="#">@%s</a></div>' % (p, E(n), ('<div class="ue-c-article__byline-location">%s</div>' % loc) if loc else "",
                                                                                        n.lower().replace(" ", "").replace("í", "i").replace("á", "a")) for n, p, loc in a["by"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += ('<aside class="ue-c-article__related"><span class="ue-c-article__related-title">Te puede interesar</span>'
                         '<ul><li><a href="%s">%s</a></li></ul></aside><div class="ad-slot ad-robapaginas">Publicidad</div>') % (other["path"], E(other["title"]))
        sub = '<p class="ue-c-article__standfirst">%s</p>' % E(a["sub"]) if a["sub"] else ""
        extra = ""
        if i == 0:
            extra = ('<div class="ue-c-article__scoreboard"><span class="team">Atlético Ribera</span> <span class="score">2 - 1</span> <span class="team">Sporting Norte</span>'
                     '<p>Goles: 0-1 Ibarra (20\'), 1-1 Salas (61\', pen.), 2-1 Lozano (90+4\')</p><a href="%s">Sigue el minuto a minuto</a></div>') % LIVE
        main = ('<article class="ue-c-article"><div class="ue-c-article__header"><span class="ue-c-article__kicker">%s</span><h1 class="ue-c-article__headline">%s</h1>%s</div>'
                '%s<div class="ue-c-article__byline-wrapper">%s<div class="ue-c-article__publishdate"><time datetime="%s">%s</time></div></div>'
                '<div class="ue-c-article__sharebar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Enviar por email</a></div>'
                '<figure class="ue-c-article__media"><img src="/img/%d.jpg" alt=""><figcaption>Imagen del partido. <span class="ue-c-article__media-source">EFE</span></figcaption></figure>'
                '<div class="ue-l-article__body ue-c-article__body">%s</div>%s<div class="ue-c-article__tags"><a href="/futbol/primera-division.html">Primera División</a> '
                '<a href="%s">Iker Salas</a></div></article><section class="ue-c-comments"><h3>Comentarios</h3><p>Para comentar debes estar registrado.</p></section>') % (
            a["kicker"], E(a["title"]), sub, extra, by, a["mod"], a["shown"], i, body, nl, PROF)
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">'
                '<meta property="article:modified_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), E(a["sub"] or a["paras"][0][:150]), a["mod"],
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
                "author": [{"@type": "Person", "name": n, "url": s.url(p)} for n, p, _ in a["by"]],
                "publisher": {"@type": "Organization", "name": "Diario Gol", "logo": {"@type": "ImageObject", "url": s.url("/img/logo.png")}}}))
        s.art(a["path"], shell("%s | Diario Gol" % a["title"], main, head), a["title"], a["date"], names, instant=a["inst"],
              must=[a["paras"][2]], must_not=[other["title"], "Recibe cada mañana las noticias"])
    every = [(a["path"], a["title"]) for a in A]
    mins = [("90+6'", "¡Final del partido! El Ribera gana 2-1 con un gol en el último suspiro."), ("90+4'", "¡GOOOL DEL RIBERA! Lozano cabecea a la red el córner de Salas."),
            ("78'", "Tarjeta amarilla para Ortuño por protestar."), ("61'", "¡GOL! Salas transforma el penalti con un disparo raso al palo izquierdo."),
            ("58'", "El VAR revisa una posible mano de Ortuño dentro del área."), ("46'", "Comienza la segunda parte con dos cambios en el Ribera."),
            ("20'", "¡Gol del Sporting Norte! Ibarra aprovecha una pérdida en la salida de balón."), ("1'", "Arranca el partido en el estadio de La Ribera.")]
    s.non(LIVE, shell("Ribera - Sporting Norte: resultado, resumen y goles en directo | Diario Gol",
          ('<div class="ue-c-live"><span class="ue-c-live__badge">Directo</span><h1 class="ue-c-article__headline">Atlético Ribera - Sporting Norte, en directo: resultado y goles del partido de LaLiga</h1>'
           '<div class="ue-c-article__scoreboard"><span>Atlético Ribera</span> <span class="score">2 - 1</span> <span>Sporting Norte</span><span class="status">Finalizado</span></div>'
           '<ul class="ue-c-live__list">%s</ul><p><a href="%s">Lee la crónica</a></p></div>') % ("".join('<li><strong>%s</strong> %s</li>' % (m, E(t)) for m, t in mins), A[0]["path"]),
          jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Atlético Ribera - Sporting Norte, en directo", "coverageStartTime": "2025-03-09T20:00:00+01:00",
              "coverageEndTime": "2025-03-09T23:00:00+01:00"})))
    rows = [(1, "Real Ciudad", 26, 61), (2, "CF Levante Alto", 26, 55), (3, "Unión Marítima", 26, 50), (4, "Deportivo Sierra", 26, 47), (5, "CD Valle", 26, 45),
            (6, "Racing Costa", 26, 45), (7, "Atlético Ribera", 26, 44), (8, "Real Club Meseta", 26, 39), (9, "Sporting Norte", 26, 33), (10, "UD Campiña", 26, 31)]
    s.non("/futbol/primera-division/clasificacion.html", shell("Clasificación de Primera División 2024/25 | Diario Gol",
          '<h1>Clasificación Primera División</h1><p>Jornada 26. Actualizada tras el último partido.</p>%s<p><a href="/futbol/primera-division/calendario.html">Ver calendario</a></p>' % table(("Pos", "Equipo", "PJ", "Pts"), rows)))
    cal = [("Viernes 14/03", "Racing Costa - CD Valle", "21:00"), ("Sábado 15/03", "Sporting Norte - Real Ciudad", "16:15"), ("Sábado 15/03", "Unión Marítima - UD Campiña", "18:30"),
           ("Domingo 16/03", "Deportivo Sierra - Atlético Ribera", "21:00")]
    s.non("/futbol/primera-division/calendario.html", shell("Calendario de Primera División: horarios y partidos de la jornada 27 | Diario Gol",
          '<h1>Calendario Primera División</h1><h2>Jornada 27</h2>%s' % table(("Fecha", "Partido", "Hora"), cal)))
    s.non(PROF, shell("Iker Salas: estadísticas, noticias y trayectoria | Diario Gol",
          ('<div class="player-card"><h1>Iker Salas</h1><dl><dt>Equipo</dt><dd>Sporting Norte</dd><dt>Posición</dt><dd>Centrocampista</dd><dt>Edad</dt><dd>24 años</dd></dl>'
           '<p class="bio">Formado en la cantera del Sporting Norte, Iker Salas debutó en Primera con apenas diecinueve años y desde entonces se ha convertido en el eje del centro del campo rojiblanco. '
           'Internacional sub-21, destaca por su golpeo a balón parado y su capacidad para llegar desde segunda línea. Esta temporada suma seis goles y ocho asistencias en liga.</p>'
           '%s<h2>Últimas noticias</h2><ul>%s</ul></div>') % (table(("Temporada", "PJ", "Goles", "Asist."), [("2024/25", 26, 6, 8), ("2023/24", 35, 4, 7), ("2022/23", 29, 2, 3)]), links(every[:2]))))
    s.non("/futbol/primera-division.html", shell("Primera División: noticias, resultados y clasificación | Diario Gol",
          ('<section class="ue-c-cover"><article class="ue-c-cover-content ue-c-cover-content--lead"><h2><a href="%s">%s</a></h2><p>%s</p><span class="author">Pablo Ortega</span></article>'
           '<ul>%s</ul><p><a href="%s">Directo: Ribera - Sporting Norte</a></p></section>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every[1:]), LIVE)))
    s.non("/opinion.html", shell("Opinión | Diario Gol", '<h1>Opinión</h1><ul>%s</ul>' % links(every[2:])))
    for n, p, _ in [b for a in A for b in a["by"]]:
        mine = [(a["path"], a["title"]) for a in A if n in [x[0] for x in a["by"]]]
        s.non(p, shell("%s: noticias y artículos | Diario Gol" % n, '<div class="author-page"><h1>%s</h1><p>Periodista de Diario Gol. Cubre la actualidad de LaLiga.</p><ul>%s</ul></div>' % (E(n), links(mine))))
    s.non("/", shell("Diario Gol - Diario deportivo online: fútbol, baloncesto, motor", '<section class="ue-c-cover"><ul>%s</ul><ul>%s</ul></section>' % (
        links(every), links([(LIVE, "Directo: Ribera - Sporting Norte"), ("/futbol/primera-division/clasificacion.html", "Clasificación"), (PROF, "Iker Salas")]))))
    fill(s, shell, [("/aviso-legal.html", "Aviso legal | Diario Gol", "Unidad Deportiva Editorial, S.L., con domicilio en Madrid, es la titular de este sitio web."),
                    ("/privacidad.html", "Política de privacidad | Diario Gol", "Tratamos sus datos conforme al Reglamento General de Protección de Datos."),
                    ("/baloncesto.html", "Baloncesto | Diario Gol", "Toda la actualidad de la Liga Endesa y la Euroliga."), ("/motor.html", "Motor | Diario Gol", "Fórmula 1, MotoGP y rally."),
                    ("/suscripcion.html", "Hazte Premium | Diario Gol", "Accede a todo el contenido de Diario Gol por 1 euro el primer mes.")])


# ------------------------------------------------------------ 2 Northbridge Rovers FC (a club's official site, Pulselive-like)
def rovers():
    s = Site(2)
    A = [
        dict(path="/news/report-rovers-3-1-ashford-town", cat="Match Report", title="Report: Rovers 3-1 Ashford Town",
             summary="Goals from Okafor, Hale and Brennan sent Rovers up to fourth", iso="2025-03-08T17:14:00Z", shown="Sat 08 Mar 2025",
             words=None, date="2025-03-08", inst="2025-03-08T17:14",
             paras=["Rovers came from behind to beat Ashford Town 3-1 at Bridge Road on Saturday afternoon and climb to fourth in the table, their highest position since the opening weeks of the season.",
                    "The visitors stunned the home crowd after eleven minutes when Lewis Carr was left unmarked at the far post to head in a free-kick, and for the rest of the half Ashford's compact shape gave Rovers very little to aim at.",
                    "The turning point came four minutes after the restart. Daniel Okafor collected Callum Nwosu's long pass on the left, cut inside two defenders and curled a shot into the top corner from the edge of the area. Captain Jamie Hale then turned in a low cross from Nwosu on the hour.",
                    "Substitute Kieran Brennan wrapped up the points in stoppage time, rounding the goalkeeper after a quick break, and Rovers could have had more: Okafor hit the post and Hale forced a fine save from a header in the closing stages.",
                    "Rovers are back in action on Tuesday night when they travel to Westbury City. Tickets for the away end are still available from the ticket office."]),
        dict(path="/news/hale-the-dressing-room-believed-we-could-turn-it-round", cat="Interview", title="Hale: 'The dressing room believed we could turn it round'",
             summary="The skipper on Saturday's comeback and the run-in", iso="2025-03-10T12:00:00Z", shown="Mon 10 Mar 2025",
             words="Tom Bellamy", date="2025-03-10", inst="2025-03-10T12:00",
             paras=["Jamie Hale says nobody inside the Rovers dressing room panicked at half-time on Saturday, even with Ashford a goal up and the crowd growing restless.",
                    "\"The gaffer was calm, he just told us to move the ball quicker and get the full-backs higher,\" the captain explained. \"We'd been patient but too slow. Once Daniel scored that goal you could feel the whole ground lift, and we knew we'd go on and win it.\"",
                    "Hale, who has now scored seven times this season, played down talk of a promotion push. \"We're fourth, that's great, but there's a long way to go and a lot of good teams around us. The only thing we can control is Tuesday night at Westbury.\"",
                    "He also praised the new loan signing Callum Nwosu, who set up two of the goals on his debut. \"He's only been here a few days but you'd never know it. He talks, he organises, and his delivery is as good as anyone's in this league.\""]),
        dict(path="/news/rovers-sign-defender-callum-nwosu-on-loan", cat="Club News", title="Rovers sign defender Callum Nwosu on loan",
             summary="The 22-year-old joins from Westbury City until the end of the season", iso="2025-03-06T16:30:00Z", shown="Thu 06 Mar 2025",
             words=None, date="2025-03-06", inst="2025-03-06T16:30",
             paras=["Northbridge Rovers are delighted to announce the signing of defender Callum Nwosu on loan from Westbury City until the end of the season.",
                    "The 22-year-old, who can play at left-back or on the left of a back three, has made 41 senior appearances and spent last season on loan in the National League, where he was named his club's young player of the year.",
                    "Manager Steve Doyle said: \"Callum is a player we have watched for a long time. He is quick, brave and has a wonderful left foot, and he gives us real competition in an area where we have been short since Ryan's injury.\"",
                    "Nwosu will wear the number 26 shirt and is available for Saturday's home game against Ashford Town, subject to international clearance. Everyone at the club welcomes Callum to Bridge Road."]),
    ]
    FIX, TAB, MC, VID = "/fixtures", "/tables", "/match-centre/2025-03-08-rovers-v-ashford-town", "/video/highlights-rovers-3-1-ashford-town"
    PROF, TIX, SHOP = "/players/26/callum-nwosu", "/tickets", "/shop"
    nav = [("/news", "News"), (FIX, "Fixtures"), (TAB, "Tables"), ("/video", "Rovers TV"), (TIX, "Tickets"), (SHOP, "Shop")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body>'
                '<div class="onetrust-banner" id="onetrust-banner-sdk"><p>We use cookies to give you the best experience on our website. Find out more in our Cookie Policy.</p><button>Accept All Cookies</button></div>'
                '<header class="masthead"><a class="masthead__crest" href="/">Northbridge Rovers FC</a><nav class="masthead__nav"><ul>%s</ul></nav>'
                '<div class="masthead__sponsor">Official Partner: Halden Building Society</div></header><main id="main-content">%s</main>'
                '<section class="rovers-plus"><h2>Join Rovers+</h2><p>Watch every goal, full matches and exclusive interviews. Memberships from &pound;4.99 a month.</p><a href="/video">Sign up</a></section>'
                '<footer class="footer"><a href="/club/contact">Contact Us</a> <a href="/club/accessibility">Accessibility</a> <p>&copy; 2025 Northbridge Rovers Football Club. Registered in England No. 00048211.</p></footer></body></html>') % (
            E(title), head, links(nav), main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        words = '<p class="article__author">Words: <a href="/news?author=tom-bellamy">%s</a></p>' % a["words"] if a["words"] else ""
        body = ps(a["paras"])
        if i == 0:
            body = ps(a["paras"][:3]) + ('<div class="article__embed article__embed--video"><a href="%s">Watch: Highlights of Rovers 3-1 Ashford Town</a><span>4:12</span></div>' % VID) + ps(a["paras"][3:])
            body += ('<div class="article__team-line"><h3>Rovers</h3><p>Martin; Pike, Hale (c), Osei, Nwosu; Doyle-Smith, Garner (Brennan 78), Walsh; Okafor, Reid (Lowe 70), Ames.</p>'
                     '<h3>Ashford Town</h3><p>Fenton; Carr, Ward, Lacey, Moss; Price, Hughes, Akande; Bell, Jones (Harris 74), Stone.</p><p>Attendance: 11,842</p></div>')
        main = ('<article class="article"><header class="article__header"><span class="article__category">%s</span><h1 class="article__title">%s</h1>'
                '<p class="article__summary">%s</p><time class="article__date" datetime="%s">%s</time>%s</header>'
                '<div class="article__share"><button>Share</button><a href="#">Facebook</a><a href="#">X</a></div>'
                '<figure class="article__hero"><img src="/media/%d.jpg" alt=""><figcaption>Photo: Northbridge Rovers / Ben Carter</figcaption></figure>'
                '<div class="article__body">%s</div></article>'
                '<section class="related-content"><h2>Related Content</h2><ul>%s</ul></section>'
                '<div class="ad-unit"><span>Advertisement</span> Official Betting Partner: BetWave. 18+ BeGambleAware.org</div>') % (
            a["cat"], E(a["title"]), E(a["summary"]), a["iso"], a["shown"], words, i, body, links([(b["path"], b["title"]) for b in rel]))
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s | Northbridge Rovers FC"><meta property="og:type" content="article">'
                '<meta property="og:description" content="%s"><meta property="article:published_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), E(a["summary"]), a["iso"],
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
                "author": {"@type": "Organization", "name": "Northbridge Rovers FC"}, "publisher": {"@type": "Organization", "name": "Northbridge Rovers FC"}}))
        s.art(a["path"], shell("%s | News | Northbridge Rovers FC" % a["title"], main, head), a["title"], a["date"], [a["words"]] if a["words"] else [],
              instant=a["inst"], must=[a["paras"][1]], must_not=["Memberships from", rel[0]["title"], "BeGambleAware"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/news", shell("News | Northbridge Rovers FC", ('<h1>Latest News</h1><div class="hero-teaser"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul class="news-list">%s</ul>'
                                                          '<div class="pagination"><a href="/news?page=2">Next</a></div>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every[1:]))))
    fx = [("Tue 11 Mar", "Westbury City v Rovers", "19:45", "League"), ("Sat 15 Mar", "Rovers v Halden United", "15:00", "League"), ("Sat 22 Mar", "Kingsmead v Rovers", "12:30", "League"),
          ("Sat 29 Mar", "Rovers v Port Ellis", "15:00", "League")]
    res = [("Sat 08 Mar", "Rovers 3-1 Ashford Town", "W"), ("Sat 01 Mar", "Marlow Athletic 1-1 Rovers", "D"), ("Tue 25 Feb", "Rovers 2-0 Kingsmead", "W")]
    s.non(FIX, shell("Fixtures & Results | Northbridge Rovers FC", '<h1>Fixtures</h1>%s<h2>Results</h2>%s<p><a href="%s">Match centre: Rovers v Ashford Town</a></p>' % (
        table(("Date", "Match", "KO", "Competition"), fx), table(("Date", "Result", ""), res), MC)))
    s.non(TAB, shell("League Table | Northbridge Rovers FC", '<h1>League Table</h1>%s' % table(("Pos", "Club", "P", "GD", "Pts"), [
        (1, "Halden United", 33, 28, 70), (2, "Port Ellis", 33, 19, 63), (3, "Kingsmead", 33, 12, 58), (4, "Northbridge Rovers", 33, 14, 57), (5, "Westbury City", 33, 9, 55), (6, "Ashford Town", 33, 3, 49)])))
    ev = [("90+3'", "GOAL! Brennan races clear and rounds the keeper. Rovers 3-1 Ashford Town."), ("60'", "GOAL! Hale turns in Nwosu's cross from six yards."),
          ("49'", "GOAL! What a strike from Okafor, curled into the top corner."), ("11'", "Goal for Ashford. Carr heads in at the far post."), ("1'", "We're under way at Bridge Road.")]
    s.non(MC, shell("Rovers v Ashford Town - Match Centre | Northbridge Rovers FC", ('<div class="match-centre"><div class="scorebox"><span>Rovers</span> <b>3-1</b> <span>Ashford Town</span><span>FT</span></div>'
          '<nav class="tabs"><a href="#commentary">Commentary</a> <a href="#stats">Stats</a> <a href="#lineups">Line-ups</a></nav><ul id="commentary">%s</ul>%s<p><a href="%s">Read the report</a></p></div>') % (
        "".join("<li><span class='minute'>%s</span> %s</li>" % (m, E(t)) for m, t in ev), table(("Stat", "Rovers", "Ashford"), [("Possession", "61%", "39%"), ("Shots", 17, 6), ("Corners", 8, 2)]), A[0]["path"])))
    s.non(VID, shell("Highlights: Rovers 3-1 Ashford Town | Rovers TV", ('<div class="video-page"><div class="video-player"><button>Play</button><span>4:12</span></div><h1>Highlights: Rovers 3-1 Ashford Town</h1>'
          '<p class="video-date">Sat 08 Mar 2025</p><p>Watch all the goals from Bridge Road as Rovers came from behind to beat Ashford Town, with Daniel Okafor scoring a stunning equaliser.</p>'
          '<p>Full match replays are available to Rovers+ subscribers.</p><ul>%s</ul></div>') % links(every[:1]),
          jl({"@context": "http://schema.org", "@type": "VideoObject", "name": "Highlights: Rovers 3-1 Ashford Town", "uploadDate": "2025-03-08T18:30:00Z", "duration": "PT4M12S"})))
    s.non("/video", shell("Rovers TV | Northbridge Rovers FC", '<h1>Rovers TV</h1><ul>%s</ul>' % links([(VID, "Highlights: Rovers 3-1 Ashford Town")])))
    s.non(PROF, shell("Callum Nwosu | Players | Northbridge Rovers FC", ('<div class="player-profile"><span class="squad-number">26</span><h1>Callum Nwosu</h1><p class="position">Defender</p>'
          '<dl><dt>Date of birth</dt><dd>14/09/2002</dd><dt>Nationality</dt><dd>English</dd><dt>Joined</dt><dd>6 March 2025 (loan)</dd></dl>'
          '<h2>Biography</h2><p>Callum came through the academy at Westbury City, making his first-team debut as a 17-year-old in a cup tie and establishing himself as a regular two seasons later. '
          'A left-footed defender who is comfortable at full-back or centre-back, he spent the 2023/24 season on loan in the National League, where he made 38 appearances and was named young player of the year. '
          'He joined Rovers on loan in March 2025.</p>%s<ul>%s</ul></div>') % (table(("Season", "Apps", "Goals"), [("2024/25", 19, 1), ("2023/24", 38, 2)]), links(every[2:]))))
    s.non(TIX, shell("Tickets | Northbridge Rovers FC", '<h1>Tickets</h1><p>Tickets for Rovers v Halden United on Saturday 15 March are on sale now to season ticket holders and members.</p>'
                     '<p>Adults &pound;26, Over 65s &pound;18, Under 18s &pound;10.</p><a href="%s">View all fixtures</a>' % FIX))
    s.non(SHOP, shell("Official Club Shop | Northbridge Rovers FC", '<h1>Official Club Shop</h1><ul class="products"><li>2024/25 Home Shirt &pound;55</li><li>Away Shirt &pound;55</li><li>Training Top &pound;40</li></ul><a href="/">Home</a>'))
    s.non("/", shell("Northbridge Rovers FC | The Official Website", '<section class="hero"><a href="%s"><h2>%s</h2></a></section><ul>%s</ul><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), links(every), links([(MC, "Match centre"), (VID, "Highlights"), (PROF, "Callum Nwosu")]))))
    fill(s, shell, [("/club/contact", "Contact Us | Northbridge Rovers FC", "Bridge Road, Northbridge. Ticket office: 0161 555 0190."), ("/club/accessibility", "Accessibility | Northbridge Rovers FC", "Bridge Road has 120 wheelchair spaces and an audio-descriptive commentary service.")])


# ------------------------------------------------------------ 3 Erste Handball-Liga (a league's site on TYPO3 with tx_news)
def ehl():
    s = Site(3)
    A = [
        dict(path="/news/artikel/havelberg-gewinnt-nordderby-mit-3129", kicker="24. Spieltag", title="Havelberg gewinnt Nordderby mit 31:29",
             teaser="Die Füchse Havelberg haben das Nordderby gegen den SC Kiel-Nord vor 6.200 Zuschauern knapp für sich entschieden.",
             date="2025-03-09", shown="09.03.2025", author="Jan Kowalczyk", tail="", authors=["Jan Kowalczyk"],
             paras=["In einer bis zur letzten Sekunde umkämpften Partie setzten sich die Füchse Havelberg am Sonntagnachmittag mit 31:29 (15:16) gegen den SC Kiel-Nord durch und bleiben damit auf Tuchfühlung zur Tabellenspitze.",
                    "Die Gäste aus Kiel erwischten den besseren Start und führten nach zwölf Minuten mit vier Toren. Erst als Havelbergs Trainer Mirko Lange auf eine offensive 5:1-Deckung umstellte, kamen die Gastgeber besser ins Spiel und verkürzten bis zur Pause auf ein Tor.",
                    "Im zweiten Durchgang entwickelte sich ein offener Schlagabtausch. Torhüter Nils Ahrens parierte in der Schlussphase zwei Siebenmeter, und Rückraumspieler Tomás Varga traf 40 Sekunden vor dem Ende zum vorentscheidenden 31:29.",
                    "Bester Werfer der Partie war Kiels Linksaußen Ole Petersen mit neun Treffern. Für Havelberg trafen Varga und Kapitän Bastian Schulz jeweils siebenmal."]),
        dict(path="/news/artikel/wir-haben-noch-nichts-gewonnen", kicker="Interview", title="„Wir haben noch nichts gewonnen“",
             teaser="Tabellenführer TSV Elbufer hat seit zwölf Spielen nicht verloren. Trainerin Katrin Vogt über Druck, Belastung und das Pokal-Final-Four.",
             date="2025-03-07", shown="07.03.2025", author="", tail="Das Interview führte Lisa Brenner.", authors=["Lisa Brenner"],
             paras=["Frau Vogt, zwölf Spiele ohne Niederlage, fünf Punkte Vorsprung. Wie fühlt sich das an? – Ehrlich gesagt denke ich darüber kaum nach. Wir haben noch zehn Spiele, darunter fast alle direkten Duelle. Wir haben noch nichts gewonnen, und das wissen auch die Spieler.",
                    "Ihr Kader ist kleiner als der der Konkurrenz. Wie steuern Sie die Belastung? – Wir arbeiten sehr eng mit der Sportwissenschaft zusammen, messen jede Einheit und geben Spielern auch mal einen freien Tag, wenn die Werte nicht stimmen. Das war am Anfang ungewohnt, zahlt sich jetzt aber aus.",
                    "Im April steht das Final Four im Pokal an. Ist das Double ein Thema? – In der Kabine nicht. Natürlich träumt jeder davon, einmal in Köln in der Halle zu stehen. Aber wenn wir anfangen, uns mit dem Double zu beschäftigen, verlieren wir am Sonntag in Lemgo.",
                    "Sie sind die erste Frau, die einen Männer-Erstligisten trainiert. Werden Sie darauf noch angesprochen? – Jede Woche. Ich verstehe das, aber ich hoffe, dass es irgendwann niemandem mehr auffällt."]),
        dict(path="/news/artikel/sc-kiel-nord-verlaengert-mit-kreislaeufer-hendrik-mahler", kicker="Transfers", title="SC Kiel-Nord verlängert mit Kreisläufer Hendrik Mahler",
             teaser="Der 29-jährige Nationalspieler bleibt bis 2028 an der Förde.",
             date="2025-03-06", shown="06.03.2025", author="Redaktion", tail="Quelle: Pressemitteilung SC Kiel-Nord", authors=[],
             paras=["Der SC Kiel-Nord hat den Vertrag mit Kreisläufer Hendrik Mahler vorzeitig um drei Jahre bis zum Sommer 2028 verlängert. Das gab der Verein am Donnerstag bekannt.",
                    "Mahler war 2021 aus Dänemark an die Förde gewechselt und hat seitdem 142 Pflichtspiele für die Kieler bestritten. In dieser Saison gehört er mit einer Wurfquote von 78 Prozent zu den treffsichersten Kreisläufern der Liga.",
                    "„Hendrik ist nicht nur sportlich enorm wichtig, er ist auch in der Kabine eine Führungsfigur“, sagte Geschäftsführer Sven Claußen. Mahler selbst betonte, er habe nie ernsthaft über einen Wechsel nachgedacht.",
                    "Mit der Verlängerung stehen für die kommende Saison bereits vierzehn Spieler unter Vertrag."]),
    ]
    TAB, SP, LT, TEAM, STAT, TIX = "/tabelle/", "/spielplan/", "/liveticker/24-spieltag-havelberg-kiel-nord/", "/vereine/fuechse-havelberg/", "/statistik/torschuetzen/", "/tickets/"

    def shell(title, main, head="", cls=""):
        return ('<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n-->'
                '<title>%s</title><meta name="generator" content="TYPO3 CMS">%s</head><body id="p%s">'
                '<div class="cookie-consent" id="cookie-consent"><p>Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.</p><a href="/datenschutz/">Datenschutz</a> <button>Alle akzeptieren</button> <button>Nur notwendige</button></div>'
                '<header class="page-header"><a class="logo" href="/">EHL – Erste Handball-Liga</a><nav class="main-nav"><ul>%s</ul></nav>'
                '<div class="sponsor-bar">Präsentiert von NordBank</div></header><div class="ticker-bar"><span>Live:</span> <a href="%s">Havelberg – Kiel-Nord 31:29 (Ende)</a></div>'
                '<main class="page-content">%s</main><footer class="page-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <p>© 2025 Erste Handball-Liga GmbH</p></footer></body></html>') % (
            E(title), head, cls or "12", links([("/news/", "News"), (TAB, "Tabelle"), (SP, "Spielplan"), (STAT, "Statistik"), ("/vereine/", "Vereine"), (TIX, "Tickets")]), LT, main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        au = ('<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">von <span itemprop="name">%s</span></span>' % a["author"]) if a["author"] else ""
        tail = '<p class="news-source"><em>%s</em></p>' % E(a["tail"]) if a["tail"] else ""
        main = ('<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
                '<div class="header"><span class="news-kicker">%s</span><h1 itemprop="headline">%s</h1></div>'
                '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="%s">%s</time></span> %s</p></div>'
                '<div class="teaser-text" itemprop="description"><p>%s</p></div>'
                '<div class="news-img-wrap"><div class="outer"><img src="/fileadmin/_processed_/a/%d/csm_spiel.jpg" alt=""><p class="news-img-caption">Foto: Sascha Klahn</p></div></div>'
                '<div class="news-text-wrap" itemprop="articleBody">%s%s</div>'
                '<div class="news-related news-related-news"><h4>Weitere News</h4><ul>%s</ul></div>'
                '<div class="news-backlink-wrap"><a href="/news/">Zurück</a></div></div></div>') % (
            a["kicker"], E(a["title"]), a["date"], a["shown"], au, E(a["teaser"]), i, ps(a["paras"]), tail, links([(b["path"], b["title"]) for b in rel]))
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:description" content="%s"><meta name="description" content="%s">') % (
            E(a["title"]), E(a["teaser"]), E(a["teaser"]))
        s.art(a["path"], shell("%s - EHL" % a["title"], main, head), a["title"], a["date"], a["authors"], must=[a["paras"][2]], must_not=[rel[0]["title"], "Alle akzeptieren"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/news/", shell("News - EHL", ('<h1>News</h1><div class="news news-list-view"><div class="article articletype-0 topnews"><h2><a href="%s">%s</a></h2>'
                          '<p class="news-list-date">09.03.2025</p><div class="teaser-text"><p>%s</p><p>%s</p></div><a class="more" href="%s">Weiterlesen</a></div>%s</div>'
                          '<ul class="f3-widget-paginator"><li><a href="/news/seite-2/">2</a></li></ul>') % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["teaser"]), E(A[0]["paras"][0]), A[0]["path"],
        "".join('<div class="article articletype-0"><h3><a href="%s">%s</a></h3><p class="news-list-date">%s</p><p>%s</p></div>' % (b["path"], E(b["title"]), b["shown"], E(b["teaser"])) for b in A[1:]))))
    tab = [(1, "TSV Elbufer", 23, "41:5"), (2, "Füchse Havelberg", 23, "37:9"), (3, "SC Kiel-Nord", 23, "35:11"), (4, "HSG Lemgo-Land", 23, "30:16"), (5, "Rhein-Neckar Adler", 22, "27:17"),
           (6, "VfL Harzburg", 23, "24:22"), (7, "TuS Weserbergland", 23, "21:25")]
    s.non(TAB, shell("Tabelle - EHL", '<h1>Tabelle</h1><p>Saison 2024/25, Stand nach dem 24. Spieltag</p>%s' % table(("Platz", "Verein", "Spiele", "Punkte"), tab)))
    sp = [("Do., 13.03.2025 19:00", "HSG Lemgo-Land – TSV Elbufer"), ("Sa., 15.03.2025 20:30", "SC Kiel-Nord – VfL Harzburg"), ("So., 16.03.2025 16:05", "TuS Weserbergland – Füchse Havelberg")]
    s.non(SP, shell("Spielplan - EHL", '<h1>Spielplan</h1><h2>25. Spieltag</h2>%s<p>Alle Spiele live und auf Abruf bei HandballTV.</p>' % table(("Anwurf", "Begegnung"), sp)))
    tick = [("60:00", "Spielende! Havelberg gewinnt 31:29."), ("59:20", "Varga trifft zum 31:29!"), ("57:45", "Ahrens hält den zweiten Siebenmeter!"), ("30:00", "Halbzeit: 15:16."), ("00:00", "Anpfiff in der Havelberg-Arena.")]
    s.non(LT, shell("Liveticker: Füchse Havelberg – SC Kiel-Nord - EHL", '<div class="liveticker"><h1>Liveticker: Füchse Havelberg – SC Kiel-Nord</h1><div class="score">31:29 (15:16)</div><ul>%s</ul><p><a href="%s">Zum Spielbericht</a></p></div>' % (
        "".join("<li><span class='time'>%s</span> %s</li>" % (t, E(x)) for t, x in tick), A[0]["path"])))
    s.non(TEAM, shell("Füchse Havelberg - Vereinsprofil - EHL", ('<div class="club-profile"><h1>Füchse Havelberg</h1><dl><dt>Gegründet</dt><dd>1949</dd><dt>Halle</dt><dd>Havelberg-Arena (6.200 Plätze)</dd><dt>Trainer</dt><dd>Mirko Lange</dd></dl>'
          '<h2>Vereinsgeschichte</h2><p>Die Füchse Havelberg spielen seit 2011 ununterbrochen in der Ersten Handball-Liga. Der größte Erfolg des Vereins war der Gewinn des DHB-Pokals 2019, als die Mannschaft im Finale überraschend den Titelverteidiger bezwang. '
          'Die Nachwuchsarbeit gilt als eine der besten im Land; mehrere aktuelle Nationalspieler haben in Havelberg das Handballspielen gelernt.</p><h2>Aktuelle News</h2><ul>%s</ul></div>') % links(every[:1])))
    s.non("/vereine/", shell("Vereine - EHL", '<h1>Vereine</h1><ul>%s</ul>' % links([(TEAM, "Füchse Havelberg")])))
    s.non(STAT, shell("Torschützenliste - EHL", '<h1>Torschützenliste</h1>%s' % table(("Platz", "Spieler", "Verein", "Tore"), [(1, "Ole Petersen", "SC Kiel-Nord", 164), (2, "Tomás Varga", "Füchse Havelberg", 151), (3, "Jonas Reiter", "TSV Elbufer", 147)])))
    s.non(TIX, shell("Tickets - EHL", '<h1>Tickets</h1><p>Tickets für alle Spiele erhalten Sie direkt bei den Vereinen. Hier finden Sie die Links zu den Ticketshops.</p><a href="%s">Spielplan</a>' % SP))
    s.non("/", shell("EHL – Erste Handball-Liga: News, Tabelle, Spielplan", '<div class="home"><ul>%s</ul><p><a href="%s">Liveticker</a> <a href="%s">Tabelle</a></p></div>' % (links(every), LT, TAB)))
    fill(s, shell, [("/impressum/", "Impressum - EHL", "Erste Handball-Liga GmbH, Dortmund. Geschäftsführer: Frank Bohlmann."), ("/datenschutz/", "Datenschutz - EHL", "Informationen zur Verarbeitung Ihrer Daten nach der DSGVO."),
                    ("/news/seite-2/", "News - Seite 2 - EHL", "Ältere Meldungen finden Sie im Archiv.")])
    s.rss("/news/rss.xml", "EHL News", [(a["path"], a["title"], "%s 12:00:00 +0100" % {"2025-03-09": "Sun, 09 Mar 2025", "2025-03-07": "Fri, 07 Mar 2025", "2025-03-06": "Thu, 06 Mar 2025"}[a["date"]]) for a in A])


# ------------------------------------------------------------ 4 Eastbrook State Ospreys (a US college athletics site, SIDEARM-like)
def ospreys():
    s = Site(4)
    A = [
        dict(path="/news/2025/3/8/mens-basketball-ospreys-top-bobcats-78-64-to-reach-conference-semifinals.aspx", sport="Men's Basketball", sp="mens-basketball",
             title="Ospreys Top Bobcats 78-64 to Reach Conference Semifinals", shown="3/8/2025 9:41:00 PM", date="2025-03-08", credit="", authors=[],
             paras=["ALBANY, N.Y. -- Darius Whitfield scored 22 points and grabbed 11 rebounds as No. 3 seed Eastbrook State pulled away in the second half to beat sixth-seeded Northern Plains 78-64 in the quarterfinals of the Atlantic Valley Conference Tournament on Saturday night at the Capital Center.",
                    "The Ospreys (22-10) trailed 34-33 at halftime before opening the second half on a 14-2 run, sparked by back-to-back three-pointers from senior guard Marcus Lindqvist. Eastbrook State shot 58 percent from the field after the break and held the Bobcats without a field goal for more than six minutes.",
                    "Lindqvist finished with 17 points and six assists, and freshman Tyrese Banks added 12 points off the bench. Northern Plains was led by Caleb Morrow's 19 points.",
                    "\"Our guys showed a lot of maturity tonight,\" head coach Ron Castellano said. \"We didn't play well in the first half, but nobody pointed fingers. We got stops, we ran, and Darius was a monster on the glass.\"",
                    "Eastbrook State advances to face No. 2 seed Hudson Tech in the semifinals on Sunday at 2 p.m. The game will be streamed on ESPN+."]),
        dict(path="/news/2025/3/9/softball-ospreys-sweep-doubleheader-at-southern-valley.aspx", sport="Softball", sp="softball",
             title="Ospreys Sweep Doubleheader at Southern Valley", shown="3/9/2025 6:15:00 PM", date="2025-03-09",
             credit='Story by Kaitlyn Moore, Student Athletics Communications Assistant', authors=["Kaitlyn Moore"],
             paras=["SPARTANBURG, S.C. -- Eastbrook State softball extended its winning streak to seven games with a 5-2 and 8-1 doubleheader sweep at Southern Valley on Sunday afternoon.",
                    "In the opener, junior Alexis Romero struck out nine over six innings and drove in two runs with a bases-loaded single in the fourth. Kenzie Hart worked a scoreless seventh to earn her third save of the season.",
                    "The Ospreys broke the nightcap open with a five-run third inning, highlighted by a three-run home run from sophomore catcher Bri Delgado, her team-leading sixth of the year. Freshman Ava Chen allowed one run on four hits in a complete game.",
                    "Eastbrook State (15-4) opens its home schedule on Wednesday against Coastal Carolina Tech at 4 p.m. at Osprey Field. Admission is free for students with a valid ID."]),
        dict(path="/news/2025/3/6/track-and-field-reyes-named-all-american-after-record-weekend.aspx", sport="Track & Field", sp="track-and-field",
             title="Reyes Named All-American After Record Weekend", shown="3/6/2025 11:00:00 AM", date="2025-03-06",
             credit='By Mike Traynor, Associate AD for Communications', authors=["Mike Traynor"],
             paras=["Eastbrook State senior Jordan Reyes earned first-team All-America honors in the 800 meters at the NCAA Indoor Championships, becoming the first Osprey to do so in more than two decades.",
                    "Reyes clocked a school-record 1:46.21 in the preliminaries, breaking the mark of 1:47.05 set by Andre Collins in 2001, and finished fifth in a tactical final that was won in 1:46.90.",
                    "A native of El Paso, Texas, Reyes arrived at Eastbrook State as a walk-on with a high school best of 1:55. He credits distance coach Laura Pines with rebuilding his training after a stress fracture cost him most of his sophomore season.",
                    "\"Jordan is the hardest worker I have coached,\" Pines said. \"He never missed a session, even when he could only ride the bike. This weekend was four years of patience paying off.\"",
                    "Reyes will open his outdoor season at the Florida Relays later this month."]),
    ]
    SCHED, ROSTER, BIO = "/sports/mens-basketball/schedule/2024-25", "/sports/mens-basketball/roster", "/sports/mens-basketball/roster/darius-whitfield/4812"
    BOX, TIX, VID, CAMPS = "/sports/mens-basketball/stats/2024-25/northern-plains/boxscore/9931", "/tickets", "/allaccess/2025/3/8/mbb-highlights-vs-northern-plains", "/camps"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1.0">%s</head>'
                '<body class="sidearm-body"><div id="cookie-notice" class="sidearm-cookie-notice"><p>This site uses cookies. By continuing to browse, you agree to our use of cookies.</p><button>OK</button></div>'
                '<header class="sidearm-header"><a class="main-logo" href="/index.aspx">Eastbrook State Ospreys</a><nav class="sidearm-main-nav"><ul>'
                '<li><a href="/sports/mens-basketball">Men\'s Basketball</a></li><li><a href="/sports/softball">Softball</a></li><li><a href="/sports/track-and-field">Track &amp; Field</a></li>'
                '<li><a href="%s">Tickets</a></li><li><a href="%s">Camps</a></li><li><a href="/allaccess">Osprey All-Access</a></li></ul></nav>'
                '<div class="sidearm-sponsor">Presented by Valley Health</div></header><main id="main-content">%s</main>'
                '<footer class="sidearm-footer"><p>Eastbrook State University Athletics &copy; 2025. All rights reserved.</p><a href="/staff-directory">Staff Directory</a> '
                '<a href="/sports/2019/8/1/sidearm-privacy.aspx">Privacy Policy</a><p>Powered by SIDEARM Sports</p></footer></body></html>') % (E(title), head, TIX, CAMPS, main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        links_box = ""
        if i == 0:
            links_box = ('<div class="sidearm-story-links"><h3>Story Links</h3><ul><li><a href="%s">Box Score</a></li><li><a href="%s">Video Highlights</a></li>'
                         '<li><a href="/sports/mens-basketball/schedule/2024-25">Schedule</a></li></ul></div>') % (BOX, VID)
        credit = '<p class="sidearm-story-template-byline">%s</p>' % E(a["credit"]) if a["credit"] else ""
        main = ('<article class="sidearm-story-template"><div class="sidearm-story-template-sport"><a href="/sports/%s">%s</a></div><h1 class="sidearm-story-template-title">%s</h1>'
                '<div class="sidearm-story-template-date"><span>%s</span></div>%s%s'
                '<div class="sidearm-story-template-image"><img src="/images/2025/3/%d/story.jpg" alt=""><span class="photo-credit">Photo by: Eastbrook State Athletics</span></div>'
                '<div class="sidearm-story-template-text">%s</div>'
                '<div class="sidearm-story-template-share"><a href="#">Share on Facebook</a> <a href="#">Post on X</a> <a href="#">Print Friendly Version</a></div></article>'
                '<aside class="sidearm-related-stories"><h3>Related Stories</h3><ul>%s</ul></aside>'
                '<div class="sidearm-ad">Advertisement</div>') % (
            a["sp"], a["sport"], E(a["title"]), a["shown"], credit, links_box, i, ps(a["paras"]), links([(b["path"], b["title"]) for b in rel]))
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Eastbrook State University Athletics">'
                '<meta name="description" content="%s">%s') % (E(a["title"]), E(a["paras"][0][:160]),
                                                             jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                                                                 "datePublished": "%s" % ("%sT%s" % (a["date"], {0: "21:41:00", 1: "18:15:00", 2: "11:00:00"}[i])),
                                                                 "author": {"@type": "Organization", "name": "Eastbrook State University Athletics"},
                                                                 "publisher": {"@type": "Organization", "name": "Eastbrook State University Athletics"}}))
        s.art(a["path"], shell("%s - Eastbrook State University Athletics" % a["title"], main, head), a["title"], a["date"], a["authors"],
              must=[a["paras"][1]], must_not=[rel[0]["title"], "Presented by Valley Health"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/sports/mens-basketball", shell("Men's Basketball - Eastbrook State University Athletics", ('<h1>Men\'s Basketball</h1><div class="sidearm-sport-hero"><a href="%s"><h2>%s</h2></a><p>%s</p></div>'
          '<ul><li><a href="%s">Schedule</a></li><li><a href="%s">Roster</a></li></ul>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), SCHED, ROSTER)))
    s.non("/sports/softball", shell("Softball - Eastbrook State University Athletics", '<h1>Softball</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/sports/track-and-field", shell("Track & Field - Eastbrook State University Athletics", '<h1>Track &amp; Field</h1><ul>%s</ul>' % links(every[2:])))
    games = [("Mar 8", "vs. Northern Plains", "W, 78-64", "Recap | Box Score"), ("Mar 9", "vs. Hudson Tech", "2:00 PM", "Watch | Live Stats"), ("Mar 1", "at Lakeview", "L, 70-73", "Recap | Box Score")]
    s.non(SCHED, shell("2024-25 Men's Basketball Schedule - Eastbrook State University Athletics", '<h1>2024-25 Men\'s Basketball Schedule</h1>%s<p><a href="%s">Box Score vs. Northern Plains</a></p>' % (
        table(("Date", "Opponent", "Result/Time", "Links"), games, "sidearm-schedule-table"), BOX)))
    s.non(ROSTER, shell("2024-25 Men's Basketball Roster - Eastbrook State University Athletics", '<h1>2024-25 Men\'s Basketball Roster</h1>%s<p><a href="%s">Darius Whitfield</a></p>' % (
        table(("#", "Name", "Pos.", "Ht.", "Yr.", "Hometown"), [(2, "Marcus Lindqvist", "G", "6-3", "Sr.", "Minneapolis, Minn."), (23, "Darius Whitfield", "F", "6-8", "Jr.", "Atlanta, Ga."),
                                                            (11, "Tyrese Banks", "G", "6-1", "Fr.", "Newark, N.J.")]), BIO)))
    s.non(BIO, shell("Darius Whitfield - Men's Basketball - Eastbrook State University Athletics", ('<div class="sidearm-roster-player"><h1>Darius Whitfield</h1><p>#23 Forward, 6-8, Junior, Atlanta, Ga.</p>'
          '<div class="sidearm-roster-player-bio"><h2>2024-25 (Junior)</h2><p>Started all 32 games and leads the Atlantic Valley in rebounding at 10.4 per game. Recorded 14 double-doubles, the most by an Osprey since 2009. '
          'Named to the All-Conference First Team and the All-Defensive Team. Scored a career-high 31 points with 15 rebounds against Lakeview on Feb. 15.</p>'
          '<h2>2023-24 (Sophomore)</h2><p>Appeared in 30 games with 18 starts, averaging 9.8 points and 7.1 rebounds. Earned conference Sixth Man of the Year honors.</p>'
          '<h2>Personal</h2><p>Son of Angela and Derrick Whitfield. Majoring in kinesiology. Played at Westlake High School, where he was a two-time all-state selection.</p></div>'
          '%s<ul>%s</ul></div>') % (table(("Season", "GP", "PTS", "REB"), [("2024-25", 32, 15.2, 10.4), ("2023-24", 30, 9.8, 7.1)]), links(every[:1]))))
    s.non(BOX, shell("Men's Basketball vs Northern Plains on 3/8/2025 - Box Score - Eastbrook State University Athletics", ('<h1>Box Score: Eastbrook State 78, Northern Plains 64</h1><p>3/8/2025 at Capital Center, Albany, N.Y.</p>%s'
          '<p>Attendance: 3,412. Officials: R. Miles, T. Grant, J. Huang.</p><a href="%s">Recap</a>') % (
        table(("Player", "MIN", "FG", "3PT", "REB", "AST", "PTS"), [("Whitfield, Darius", 34, "9-14", "0-0", 11, 2, 22), ("Lindqvist, Marcus", 36, "6-11", "3-6", 3, 6, 17), ("Banks, Tyrese", 18, "4-7", "2-3", 2, 1, 12)]), A[0]["path"])))
    s.non(VID, shell("MBB Highlights vs. Northern Plains - Osprey All-Access", ('<div class="video-page"><div class="player"><button>Play</button><span>2:37</span></div><h1>MBB Highlights vs. Northern Plains</h1>'
          '<p>Watch the best plays from the Ospreys\' 78-64 quarterfinal win over Northern Plains.</p><ul>%s</ul></div>') % links(every[:1])))
    s.non("/allaccess", shell("Osprey All-Access - Eastbrook State University Athletics", '<h1>Osprey All-Access</h1><ul>%s</ul>' % links([(VID, "MBB Highlights vs. Northern Plains")])))
    s.non(TIX, shell("Tickets - Eastbrook State University Athletics", '<h1>Tickets</h1><p>Season tickets, single-game tickets and group sales for all Ospreys home events.</p><p>Call the Osprey Ticket Office at 555-0177.</p>'))
    s.non(CAMPS, shell("Camps - Eastbrook State University Athletics", '<h1>Summer Camps</h1><p>Registration is open for Ospreys basketball, softball and track camps. Ages 7-17.</p>'))
    s.non("/index.aspx", shell("Eastbrook State University Athletics - Official Athletics Website", '<div class="home"><ul>%s</ul><p><a href="/sports/mens-basketball">Men\'s Basketball</a></p></div>' % links(every)))
    s.put("/", '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/index.aspx"><title>Eastbrook State University Athletics</title></head><body><a href="/index.aspx">Eastbrook State University Athletics</a></body></html>')
    fill(s, shell, [("/staff-directory", "Staff Directory - Eastbrook State University Athletics", "Athletics Communications: Mike Traynor, Associate AD for Communications."),
                    ("/sports/2019/8/1/sidearm-privacy.aspx", "Privacy Policy - Eastbrook State University Athletics", "This privacy policy describes how SIDEARM Sports collects and uses data.")])
    s.rss("/rss.aspx", "Eastbrook State University Athletics", [(a["path"], a["title"], "") for a in A])


# ------------------------------------------------------------ 5 Crease (an Australian cricket site)
def crease():
    s = Site(5)
    A = [
        dict(path="/news/4112305/sheffield-shield-nsw-blues-beat-victoria-by-six-wickets-scg", title="Hartigan ton powers Blues to six-wicket win over Vics",
             dek="NSW chased 287 on the final day at the SCG to keep their Shield final hopes alive", byline=("Callum Hart", "at the SCG"), authors=["Callum Hart"],
             iso="2025-03-08T23:45:00.000Z", shown="9 March 2025", date="2025-03-09", inst="2025-03-08T23:45", tag="Sheffield Shield",
             paras=["Opener Sam Hartigan made an unbeaten 131 as New South Wales chased down 287 with more than a session to spare on the final day against Victoria at the SCG, lifting the Blues into second place on the Sheffield Shield table.",
                    "Resuming on 1-54, NSW lost nightwatchman Liam Cole early to a sharp return catch by Victorian spinner Toby Marsh, but Hartigan and captain Moises Ortiz added 142 for the third wicket to take the game away from the visitors.",
                    "Hartigan, who was dropped on 38 at slip, brought up his fourth first-class hundred with a pull shot for six off Will Sutherland and finished the match with a six over long-on to seal the win.",
                    "Victoria had set up the game with a first-innings lead of 61, but their second innings collapsed from 3-180 to 226 all out on day three as paceman Jack Nisbet took 5-48.",
                    "The result leaves three teams separated by four points with two rounds remaining. NSW travel to Adelaide next week while Victoria host Tasmania at the Junction Oval."]),
        dict(path="/news/4111870/wnca-queensland-fire-clinch-home-final-mills-four-wickets", title="Mills stars as Fire lock in home final",
             dek="", byline=("Georgia Mills", ""), authors=["Georgia Mills"],
             iso="2025-03-08T07:20:00.000Z", shown="8 March 2025", date="2025-03-08", inst="2025-03-08T07:20", tag="WNCL",
             paras=["Queensland Fire will host the Women's National Cricket League final after a 34-run win over Western Australia at Allan Border Field on Saturday, with leg-spinner Tahlia Brooks taking 4-29.",
                    "Batting first on a slow surface, the Fire recovered from 4-71 thanks to a 102-run stand between Jess Kettle and wicketkeeper Ruby Nguyen, who made 67 from 80 balls, to post 9-236.",
                    "Western Australia were well placed at 2-118 in the 27th over before Brooks removed both set batters in the space of seven balls, and the visitors lost their last six wickets for 54 runs.",
                    "\"We knew if we could get two or three wickets in a cluster the pressure would do the rest,\" Brooks said. \"It is a really good feeling to know we get to play the final in front of our own crowd.\"",
                    "The final will be played at Allan Border Field on March 22."]),
        dict(path="/news/4111502/australia-squad-named-for-sri-lanka-test-tour-uncapped-quick", title="Uncapped quick Nisbet named in Test squad for Sri Lanka",
             dek="The 24-year-old West Australian is one of three spinners and four quicks selected", byline=("AAP", ""), authors=[],
             iso="2025-03-06T02:00:00.000Z", shown="6 March 2025", date="2025-03-06", inst="2025-03-06T02:00", tag="Australia Men",
             paras=["Uncapped fast bowler Jack Nisbet has been named in a 16-man Australian squad for the two-Test tour of Sri Lanka next month, rewarding a Sheffield Shield season in which he has taken 38 wickets at 19.",
                    "Selectors have picked three specialist spinners for the subcontinent conditions, with off-spinner Harry Doyle joining the squad after impressing for Australia A in India last spring.",
                    "Chair of selectors said Nisbet's ability to reverse swing the older ball had been a deciding factor. \"He has bowled long spells on flat wickets this summer and kept taking wickets,\" he said.",
                    "The squad leaves for Colombo on April 2, with the first Test starting in Galle on April 10."]),
    ]
    MC, FIX, PROF, TAB, VID, TIX = "/matches/2024-25/shield-nsw-v-vic/scorecard", "/fixtures", "/players/sam-hartigan", "/standings/sheffield-shield", "/video/4112290/hartigan-century-highlights", "/tickets"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="privacy-banner"><p>We use cookies to improve your experience. See our privacy policy.</p><button>Got it</button></div>'
                '<header class="site-header"><a class="logo" href="/">Crease</a><nav><ul>%s</ul></nav><a class="header-cta" href="/video">Watch</a></header>'
                '<div class="match-ticker"><a href="%s">Shield: NSW 4-290 beat VIC by 6 wkts</a></div><main>%s</main>'
                '<footer><a href="/about">About Crease</a> <a href="/privacy">Privacy</a> <p>&copy; Crease Media Pty Ltd 2025</p><p>Crease acknowledges the Traditional Owners of the lands on which we work.</p></footer></body></html>') % (
            E(title), head, links([("/news", "News"), (FIX, "Fixtures"), (TAB, "Standings"), ("/video", "Video"), (TIX, "Tickets")]), MC, main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        name, where = a["byline"]
        by = '<div class="article-byline"><span class="article-byline__author">%s</span>%s</div>' % (E(name), (' <span class="article-byline__location">%s</span>' % where) if where else "")
        if name != "AAP":
            by = by.replace('<span class="article-byline__author">%s</span>' % E(name), '<a class="article-byline__author" href="/authors/%s">%s</a>' % (name.lower().replace(" ", "-"), E(name)))
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 2:
                body += '<div class="inline-promo"><span>Read more</span> <a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"]))
        dek = '<p class="article-header__dek">%s</p>' % E(a["dek"]) if a["dek"] else ""
        vid = ('<div class="article-video"><a href="%s">Watch: Hartigan\'s century highlights</a></div>' % VID) if i == 0 else ""
        main = ('<article class="article"><header class="article-header"><a class="article-header__tag" href="/tags/%s">%s</a><h1 class="article-header__title">%s</h1>%s%s'
                '<time class="article-header__date" datetime="%s">%s</time></header>%s<div class="article-body">%s</div>'
                '<div class="newsletter-signup"><h3>Get the Crease newsletter</h3><p>The best cricket news, delivered to your inbox every morning.</p><input type="email"><button>Sign up</button></div>'
                '</article><aside class="more-news"><h2>More news</h2><ul>%s</ul></aside>') % (
            a["tag"].lower().replace(" ", "-"), a["tag"], E(a["title"]), dek, by, a["iso"], a["shown"], vid, body, links([(b["path"], b["title"]) for b in rel]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"],
              "author": {"@type": "Organization", "name": "Crease"} if name == "AAP" else {"@type": "Person", "name": name},
              "publisher": {"@type": "Organization", "name": "Crease"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="twitter:title" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s | Crease" % a["title"], main, head), a["title"], a["date"], a["authors"], instant=a["inst"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Get the Crease newsletter", rel[1]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non(MC, shell("NSW v VIC, Sheffield Shield 2024-25 | Scorecard | Crease", ('<div class="match-centre"><h1>NSW v VIC</h1><p>Sheffield Shield, Match 21, SCG. Result: NSW won by 6 wickets.</p>'
          '<nav><a href="#scorecard">Scorecard</a> <a href="#commentary">Commentary</a></nav><h2>NSW 2nd innings (target 287)</h2>%s<h3>Commentary</h3><ul>%s</ul><p><a href="%s">Match report</a></p></div>') % (
        table(("Batter", "Dismissal", "R", "B"), [("S Hartigan", "not out", 131, 214), ("L Cole", "c & b Marsh", 4, 19), ("M Ortiz", "c Sutherland b Marsh", 71, 148), ("J Evans", "not out", 22, 31)]),
        "".join("<li>%s</li>" % E(x) for x in ["89.2 Sutherland to Hartigan, SIX, NSW win!", "88.4 Sutherland to Evans, 1 run", "74.1 Marsh to Ortiz, OUT, caught at long-off"]), A[0]["path"])))
    s.non(FIX, shell("Fixtures & Results | Crease", '<h1>Fixtures</h1>%s' % table(("Date", "Match", "Venue"), [("14-17 Mar", "SA v NSW", "Adelaide Oval"), ("14-17 Mar", "VIC v TAS", "Junction Oval"), ("22 Mar", "WNCL Final: QLD v TBC", "Allan Border Field")])))
    s.non(TAB, shell("Sheffield Shield Standings 2024-25 | Crease", '<h1>Sheffield Shield Standings</h1>%s' % table(("Team", "P", "W", "L", "D", "Pts"), [("Queensland", 8, 4, 2, 2, 38.5), ("New South Wales", 8, 4, 3, 1, 36.1), ("Victoria", 8, 3, 2, 3, 34.6)])))
    s.non(PROF, shell("Sam Hartigan | Player profile | Crease", ('<div class="player"><h1>Sam Hartigan</h1><p>New South Wales, Sydney Sixers. Left-hand bat, right-arm offbreak.</p>'
          '<p class="bio">Hartigan made his first-class debut for New South Wales in 2021 and has been a fixture at the top of the order since. A compact opener who scores heavily square of the wicket, '
          'he was the leading run-scorer in the 2023-24 Second XI championship and earned selection for Australia A last winter.</p>%s<ul>%s</ul></div>') % (
        table(("Format", "M", "Runs", "Avg", "100s"), [("First-class", 27, 1804, 40.1, 4), ("List A", 19, 612, 34.0, 1)]), links(every[:1]))))
    s.non(VID, shell("Hartigan century highlights | Video | Crease", ('<div class="video"><div class="player"><button>Play</button><span>3:48</span></div><h1>Hartigan\'s unbeaten 131 sinks Victoria</h1>'
          '<p>Watch every boundary from Sam Hartigan\'s match-winning century on day four at the SCG.</p><ul>%s</ul></div>') % links(every[:1]),
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Hartigan century highlights", "uploadDate": "2025-03-09T06:00:00.000Z"})))
    s.non("/video", shell("Video | Crease", '<h1>Video</h1><ul>%s</ul>' % links([(VID, "Hartigan century highlights")])))
    s.non(TIX, shell("Tickets | Crease", '<h1>Tickets</h1><p>Tickets for the Test series and domestic finals are available through Ticketek.</p><a href="%s">Fixtures</a>' % FIX))
    s.non("/news", shell("Latest cricket news | Crease", '<h1>Latest news</h1><ul>%s</ul>' % links(every)))
    for t, items in (("sheffield-shield", every[:1]), ("wncl", every[1:2]), ("australia-men", every[2:])):
        s.non("/tags/" + t, shell("%s | Crease" % t.replace("-", " ").title(), '<h1>%s</h1><ul>%s</ul>' % (t.replace("-", " ").title(), links(items))))
    for n, items in (("Callum Hart", every[:1]), ("Georgia Mills", every[1:2])):
        s.non("/authors/" + n.lower().replace(" ", "-"), shell("%s | Crease" % n, '<h1>%s</h1><p>%s is a senior writer at Crease.</p><ul>%s</ul>' % (n, n, links(items))))
    s.non("/", shell("Crease | Australian cricket news, scores and video", '<section><ul>%s</ul></section><p><a href="%s">Live scores</a> <a href="%s">Sam Hartigan</a></p>' % (links(every), MC, PROF)))
    fill(s, shell, [("/about", "About | Crease", "Crease covers Australian cricket at every level, from the Test team to Premier Cricket."), ("/privacy", "Privacy | Crease", "How Crease Media collects and uses your information.")])
    s.sitemap([a["path"] for a in A] + [MC, VID], "/api/")


# ------------------------------------------------------------ 6 Pista Veloce (an Italian motorsport site on WordPress with Yoast)
def pista():
    s = Site(6)
    A = [
        dict(path="/2025/03/09/f1-gp-australia-harrow-vince-sotto-la-pioggia-lenti-secondo/", cat="F1", title="GP d'Australia: Harrow vince sotto la pioggia, Lenti secondo",
             by=["Marco Ferri"], iso="2025-03-09T07:52:00+00:00", mod="2025-03-09T10:20:00+00:00", shown="09/03/2025 08:52", date="2025-03-09", inst="2025-03-09T07:52",
             paras=["Alex Harrow ha vinto il Gran Premio d'Australia, prima prova del mondiale di Formula 1, al termine di una gara condizionata dalla pioggia e da tre ingressi della safety car. Sul podio dell'Albert Park sono saliti anche Luca Lenti, secondo con la Scuderia Aurora, e Kenji Moriyama.",
                    "Partito dalla pole, Harrow ha perso la testa della corsa alla prima curva, quando Lenti lo ha sorpassato all'esterno con una manovra decisa. Il britannico ha ripreso il comando al giro 31 approfittando di una sosta anticipata per le gomme intermedie, rivelatasi decisiva quando la pioggia è tornata a cadere con forza.",
                    "Per Lenti resta comunque un risultato incoraggiante, arrivato dopo un inverno di dubbi sulla nuova power unit. Il pilota romano ha chiuso a poco più di tre secondi dal vincitore, lamentando nel finale un degrado anomalo sulla posteriore sinistra.",
                    "Gara da dimenticare invece per il campione del mondo in carica, finito contro il muro alla curva 11 durante il secondo periodo di safety car. Il prossimo appuntamento è in Cina tra due settimane."]),
        dict(path="/2025/03/08/motogp-test-buriram-ferrante-il-piu-veloce/", cat="MotoGP", title="MotoGP, Ferrante il più veloce nei test di Buriram",
             by=["Giulia Sarti", "Marco Ferri"], iso="2025-03-08T12:30:00+00:00", mod="2025-03-08T12:30:00+00:00", shown="08/03/2025 13:30", date="2025-03-08", inst="2025-03-08T12:30",
             paras=["Davide Ferrante ha chiuso in testa l'ultima giornata di test collettivi della MotoGP sul circuito di Buriram, fermando il cronometro in 1'29\"118, nuovo record non ufficiale della pista thailandese.",
                    "Alle spalle del pilota marchigiano si sono piazzati lo spagnolo Pau Ortega, staccato di appena 41 millesimi, e il sudafricano Brad Kruger, autore di una lunga simulazione di gara con tempi costanti sotto l'1'31\".",
                    "I team hanno concentrato il lavoro sulla gestione delle gomme posteriori, messe a dura prova dalle temperature dell'asfalto che hanno superato i cinquanta gradi nel primo pomeriggio.",
                    "Il mondiale scatterà proprio da Buriram tra due settimane. Ferrante, al debutto con la squadra ufficiale, ha detto di sentirsi pronto ma ha invitato alla prudenza: \"I test sono test, le gare sono un'altra cosa\"."]),
        dict(path="/2025/03/07/editoriale-aurora-serve-coraggio-non-pazienza/", cat="Editoriale", title="Aurora, adesso serve coraggio e non pazienza",
             by=["Paolo Nardi"], iso="2025-03-07T17:00:00+00:00", mod="2025-03-10T08:45:00+00:00", shown="07/03/2025 18:00", date="2025-03-07", inst="2025-03-07T17:00",
             paras=["Ogni inverno la Scuderia Aurora chiede ai suoi tifosi un po' di pazienza, e ogni primavera la pazienza si trasforma in delusione. Quest'anno, alla vigilia del primo Gran Premio, il copione sembra lo stesso.",
                    "La squadra ha cambiato tre direttori tecnici in cinque stagioni, e ognuno ha dovuto ripartire da capo con idee diverse sul telaio e sulla gestione delle gomme. Nessun progetto ha avuto il tempo di maturare.",
                    "Eppure il materiale umano non manca: Lenti è uno dei piloti più completi della griglia e il reparto motori ha fatto passi avanti evidenti. Quello che serve è una guida tecnica stabile e la libertà di sbagliare.",
                    "Il coraggio, in Formula 1, non è promettere vittorie: è scegliere una strada e percorrerla fino in fondo, anche quando i primi risultati non arrivano."]),
    ]
    CLS, CAL, RES, GAL, LIVE, PIL = "/classifiche/f1-piloti-2025/", "/calendario-f1-2025/", "/risultati/f1/2025/gp-australia/gara/", "/gallery/gp-australia-2025-le-foto-della-gara/", "/live/f1-gp-australia-2025-diretta/", "/piloti/luca-lenti/"

    def shell(title, main, head="", body_cls="home"):
        return ('<!DOCTYPE html><html lang="it-IT"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.6.2">%s</head><body class="%s">'
                '<div id="iubenda-cs-banner"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo questo banner accetti.</p><button>Accetta</button> <button>Rifiuta</button></div>'
                '<header id="masthead"><a class="custom-logo-link" href="/">Pista Veloce</a><nav id="primary-menu"><ul>%s</ul></nav></header>'
                '<div class="adv-leaderboard">ADV</div><div id="content" class="site-content">%s</div>'
                '<footer id="colophon"><p>Pista Veloce - Testata giornalistica registrata presso il Tribunale di Modena n. 12/2014. P.IVA 03456780361</p><a href="/chi-siamo/">Chi siamo</a> <a href="/privacy-policy/">Privacy</a></footer></body></html>') % (
            E(title), head, body_cls, links([("/category/f1/", "F1"), ("/category/motogp/", "MotoGP"), (CLS, "Classifiche"), (CAL, "Calendario"), ("/category/editoriale/", "Editoriali"), (GAL, "Foto")]), main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        aut = " e ".join('<a href="/author/%s/" rel="author">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["by"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<p class="leggi-anche"><strong>LEGGI ANCHE:</strong> <a href="%s">%s</a></p>' % (rel[0]["path"], E(rel[0]["title"]))
        main = ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail category-%s"><header class="entry-header">'
                '<span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline">di <span class="author vcard">%s</span></span> | <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>'
                '<time class="updated" datetime="%s"></time></span> | <a href="#comments">2 commenti</a></div></header>'
                '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/pv%d.jpg" alt=""><span class="wp-caption-text">Foto: Pista Veloce</span></div>'
                '<div class="entry-content">%s<div class="sharedaddy"><h3>Condividi:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></div>'
                '<div class="newsletter-box"><h3>Iscriviti alla newsletter di Pista Veloce</h3><p>Ogni lunedì le notizie della settimana dal mondo dei motori.</p><input type="email"><button>Iscriviti</button></div>'
                '</article><div id="comments" class="comments-area"><h2 class="comments-title">2 commenti</h2><ol class="comment-list">'
                '<li class="comment"><div class="comment-author vcard"><b class="fn">Gianni63</b></div><div class="comment-content"><p>Finalmente una gara vera, con la pioggia si vede chi sa guidare.</p></div></li>'
                '<li class="comment"><div class="comment-author vcard"><b class="fn">Rossella</b></div><div class="comment-content"><p>Lenti merita una macchina migliore, speriamo bene per la Cina.</p></div></li></ol></div>'
                '<div class="related-posts"><h3>Articoli correlati</h3><ul>%s</ul></div>') % (
            9000 + i, a["cat"].lower(), a["cat"].lower(), a["cat"], E(a["title"]), aut, a["iso"], a["shown"], a["mod"], i, body, links([(b["path"], b["title"]) for b in rel]))
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
             "author": {"name": a["by"][0], "@id": s.url("/#/schema/person/%d" % i)}, "publisher": {"@id": s.url("/#organization")}, "articleSection": [a["cat"]], "inLanguage": "it-IT"},
            {"@type": "WebPage", "@id": s.url(a["path"]), "name": "%s - Pista Veloce" % a["title"], "datePublished": a["iso"], "dateModified": a["mod"]},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": "Pista Veloce"},
            {"@type": "Person", "@id": s.url("/#/schema/person/%d" % i), "name": a["by"][0]}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:locale" content="it_IT"><meta property="og:type" content="article"><meta property="og:title" content="%s - Pista Veloce">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">'
                '<meta name="twitter:label1" content="Scritto da"><meta name="twitter:data1" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], a["mod"], E(a["by"][0]), E(a["by"][0]), jl(graph))
        s.art(a["path"], shell("%s %s | Pista Veloce" % ("F1 |" if a["cat"] == "F1" else a["cat"] + " |", a["title"]), main, head, "post-template-default single single-post"),
              a["title"], a["date"], a["by"], instant=a["inst"], must=[a["paras"][2]], must_not=["Iscriviti alla newsletter", "Finalmente una gara vera", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non(CLS, shell("Classifica piloti F1 2025 - Pista Veloce", '<h1>Classifica mondiale piloti F1 2025</h1>%s<p>Aggiornata dopo il GP d\'Australia.</p>' % table(("Pos", "Pilota", "Team", "Punti"), [
        (1, "Alex Harrow", "Sterling Racing", 25), (2, "Luca Lenti", "Scuderia Aurora", 18), (3, "Kenji Moriyama", "Tanaka Motorsport", 15), (4, "Noah Becker", "Sterling Racing", 12)]), "page"))
    s.non(CAL, shell("Calendario F1 2025: date e orari di tutti i GP - Pista Veloce", '<h1>Calendario F1 2025</h1>%s' % table(("Data", "Gran Premio", "Circuito"), [
        ("9 marzo", "GP d'Australia", "Albert Park"), ("23 marzo", "GP di Cina", "Shanghai"), ("6 aprile", "GP del Giappone", "Suzuka"), ("13 aprile", "GP del Bahrain", "Sakhir")]), "page"))
    s.non(RES, shell("Risultati gara GP d'Australia 2025 - Pista Veloce", '<h1>GP d\'Australia 2025 - Risultati della gara</h1>%s<p><a href="%s">La cronaca della gara</a></p>' % (
        table(("Pos", "Pilota", "Giri", "Tempo"), [(1, "Alex Harrow", 57, "1:42'11.402"), (2, "Luca Lenti", 57, "+3.118"), (3, "Kenji Moriyama", 57, "+9.875")]), A[0]["path"]), "page"))
    caps = ["La partenza sotto un cielo plumbeo all'Albert Park.", "Lenti sorpassa Harrow all'esterno della prima curva.", "La safety car guida il gruppo durante il secondo acquazzone.",
            "Harrow festeggia sul podio con la squadra.", "I meccanici della Scuderia Aurora dopo l'arrivo."]
    s.non(GAL, shell("GP Australia 2025, le foto della gara - Pista Veloce", '<div class="gallery"><h1>GP Australia 2025, le foto della gara</h1>%s<p><a href="%s">Leggi la cronaca</a></p></div>' % (
        "".join('<figure class="gallery-item"><img src="/wp-content/uploads/2025/03/g%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, E(c)) for k, c in enumerate(caps)), A[0]["path"]), "gallery"))
    live = [("Giro 57", "BANDIERA A SCACCHI! Harrow vince il GP d'Australia!"), ("Giro 31", "Harrow riprende la testa della corsa dopo la sosta."), ("Giro 12", "Safety car in pista per l'incidente alla curva 11."),
            ("Giro 1", "Partiti! Lenti passa Harrow alla prima curva!")]
    s.non(LIVE, shell("F1 GP Australia 2025 LIVE: la gara in diretta - Pista Veloce", '<div class="liveblog"><h1>F1 GP Australia 2025, la gara in DIRETTA</h1><ul>%s</ul><p><a href="%s">La cronaca</a></p></div>' % (
        "".join("<li><b>%s</b> %s</li>" % (t, E(x)) for t, x in live), A[0]["path"]),
        jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "F1 GP Australia 2025 LIVE", "coverageStartTime": "2025-03-09T04:00:00+00:00"}), "liveblog"))
    s.non(PIL, shell("Luca Lenti: biografia, statistiche e news - Pista Veloce", ('<div class="pilota"><h1>Luca Lenti</h1><p>Nato a Roma il 3 luglio 1998. Team: Scuderia Aurora. Numero: 16.</p>'
          '<p>Campione di Formula 2 nel 2019, Lenti ha esordito in Formula 1 l\'anno successivo e dal 2022 corre per la Scuderia Aurora, con cui ha conquistato quattro vittorie e undici pole position. '
          'È considerato uno dei piloti più veloci sul giro secco dell\'intera griglia.</p>%s<ul>%s</ul></div>') % (table(("Stagione", "Team", "Punti"), [(2024, "Aurora", 211), (2023, "Aurora", 189)]), links(every[:1]))))
    for c, items in (("f1", every[:1] + every[2:]), ("motogp", every[1:2]), ("editoriale", every[2:])):
        s.non("/category/%s/" % c, shell("%s Archivi - Pista Veloce" % c.title(), '<h1 class="page-title">Categoria: <span>%s</span></h1><ul>%s</ul>' % (c.title(), links(items)), "archive category"))
    for n in ("Marco Ferri", "Giulia Sarti", "Paolo Nardi"):
        s.non("/author/%s/" % n.lower().replace(" ", "-"), shell("%s, Autore presso Pista Veloce" % n, '<h1 class="page-title">Autore: %s</h1><p>Giornalista, segue la Formula 1 e la MotoGP dal 2010.</p><ul>%s</ul>' % (
            n, links([(a["path"], a["title"]) for a in A if n in a["by"]])), "archive author"))
    s.non("/", shell("Pista Veloce - Notizie F1, MotoGP e motori", '<main><section class="in-evidenza"><ul>%s</ul></section><p><a href="%s">Diretta GP Australia</a> <a href="%s">Risultati</a> <a href="%s">Luca Lenti</a></p></main>' % (
        links(every), LIVE, RES, PIL)))
    fill(s, shell, [("/chi-siamo/", "Chi siamo - Pista Veloce", "Pista Veloce racconta la Formula 1 e la MotoGP dal 2014."), ("/privacy-policy/", "Privacy Policy - Pista Veloce", "Informativa sul trattamento dei dati personali.")])
    s.sitemap([a["path"] for a in A] + [CLS, CAL, RES, GAL], "/wp-admin/")


# ------------------------------------------------------------ 7 Koersblad (a Dutch cycling site)
def koersblad():
    s = Site(7)
    A = [
        dict(path="/nieuws/2025/03/van-doorn-soleert-naar-zege-in-slotrit-parijs-nice-marchal-wint-eindklassement/", kicker="Parijs-Nice",
             title="Van Doorn soleert naar zege in slotrit Parijs-Nice, Marchal wint eindklassement", by=["Bram de Wit"],
             iso="2025-03-09T17:32:00+01:00", mod="2025-03-09T19:05:00+01:00", shown="zondag 9 maart 2025 om 17:32", date="2025-03-09", inst="2025-03-09T16:32",
             photo="Foto: Pelotonpix / Kees Vos",
             paras=["Sven van Doorn heeft de slotetappe van Parijs-Nice op zijn naam geschreven. De Brabander van Team Lowlands ontsnapte op de laatste beklimming van de Col d'Èze en kwam na een solo van veertien kilometer alleen aan op de Promenade des Anglais.",
                    "Achter Van Doorn hield de Fransman Julien Marchal stand in de groep der favorieten. Hij verdedigde zijn voorsprong van 24 seconden op de Belg Wout Claes en pakt daarmee zijn eerste eindzege in een WorldTour-rittenkoers.",
                    "Van Doorn had in de eerste week veel tijd verloren door een val in de waaierrit naar Bourges, maar bleef in koers om op jacht te gaan naar een ritzege. \"Ik heb de hele week op deze dag gewacht. Op de Èze voelde ik dat de anderen naar elkaar keken en toen ben ik gegaan\", zei hij na de finish.",
                    "Voor Van Doorn is het de eerste overwinning van het seizoen. Hij rijdt volgende week Milaan-San Remo, waar hij de kopman van zijn ploeg ondersteunt."]),
        dict(path="/nieuws/2025/03/voorbeschouwing-milaan-san-remo-2025-wie-pakt-de-eerste-monument/", kicker="Voorbeschouwing",
             title="Voorbeschouwing Milaan-San Remo 2025: wie pakt het eerste monument van het jaar?", by=["Bram de Wit", "Lotte Jansen"],
             iso="2025-03-13T09:00:00+01:00", mod="2025-03-14T12:40:00+01:00", shown="donderdag 13 maart 2025 om 09:00", date="2025-03-13", inst="2025-03-13T08:00",
             photo="Foto: Cor Pieters",
             paras=["Zaterdag staat de eerste klassieker van het seizoen op het programma: Milaan-San Remo, met bijna driehonderd kilometer de langste eendagskoers van de kalender.",
                    "Het parcours is vertrouwd. Na de lange aanloop langs de Ligurische kust volgen de Capi, de Cipressa en tot slot de Poggio, waar de aanvallers het verschil moeten maken voordat de sprinters in de Via Roma hun kans krijgen.",
                    "Titelverdediger Matteo Rinaldi start als grote favoriet, maar Wout Claes toonde in Parijs-Nice dat hij in vorm is. Ook de sprinters Jasper Koning en Filippo Gatti hopen dat de koers samenblijft tot op de streep.",
                    "Het weer kan een rol spelen: voor zaterdag wordt regen voorspeld aan de kust, en een natte afdaling van de Poggio heeft in het verleden vaker voor verrassingen gezorgd."]),
        dict(path="/column/2025/03/column-thijs-verhoeven-de-waaier-is-terug-en-dat-is-goed-nieuws/", kicker="Column",
             title="Column Thijs Verhoeven: De waaier is terug, en dat is goed nieuws", by=["Thijs Verhoeven"],
             iso="2025-03-06T07:00:00+01:00", mod="2025-03-06T07:00:00+01:00", shown="donderdag 6 maart 2025 om 07:00", date="2025-03-06", inst="2025-03-06T06:00",
             photo="",
             paras=["Wie dinsdag naar de rit naar Bourges keek, zag wielrennen zoals het bedoeld is. Wind van links, een ploeg die op kop gaat rijden, en binnen twee kilometer ligt het peloton in vier stukken.",
                    "Jarenlang hoorde je dat waaiers verleden tijd waren. De renners waren te goed voorbereid, de ploegleiders zagen alles op hun schermpjes en niemand durfde nog te gokken. Deze week bewees het tegendeel.",
                    "Het mooie van een waaier is dat hij geen rekening houdt met wattages of hoogtemeters. Je moet op het juiste moment op de juiste plek zitten, en dat vraagt ervaring, moed en een beetje geluk.",
                    "Laten we hopen dat organisatoren de boodschap begrijpen. Geef ons open vlaktes, smalle wegen en een flinke bries, en de koers regelt de rest zelf."]),
    ]
    UIT, RENNER, KAL, LIVE, VID = "/uitslagen/2025/parijs-nice/etappe-8/", "/renners/sven-van-doorn/", "/kalender/2025/", "/live/2025/parijs-nice-etappe-8/", "/video/2025/03/samenvatting-parijs-nice-etappe-8/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="nl-NL"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="cmp-overlay"><div class="cmp"><h2>Koersblad respecteert je privacy</h2><p>Wij en onze partners gebruiken cookies om advertenties te tonen.</p><button>Akkoord</button> <button>Instellingen</button></div></div>'
                '<header class="header"><a class="header__logo" href="/">Koersblad</a><nav class="header__nav"><ul>%s</ul></nav></header>'
                '<div class="banner-top">Advertentie</div><main class="main">%s</main>'
                '<footer class="footer"><a href="/over-ons/">Over ons</a> <a href="/contact/">Contact</a> <a href="/adverteren/">Adverteren</a><p>&copy; 2025 Koersblad</p></footer></body></html>') % (
            E(title), head, links([("/nieuws/", "Nieuws"), (UIT, "Uitslagen"), (KAL, "Kalender"), ("/column/", "Columns"), ("/video/", "Video")]), main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        by = " en ".join('<a href="/auteur/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["by"])
        photo = '<span class="article__photo-credit">%s</span>' % E(a["photo"]) if a["photo"] else ""
        mod = ('<span class="article__updated">Laatst bijgewerkt: %s</span>' % ("zondag 9 maart 2025 om 19:05" if i == 0 else "vrijdag 14 maart 2025 om 12:40")) if a["mod"] != a["iso"] else ""
        body = ps(a["paras"][:2]) + ('<div class="article__readmore"><strong>Lees ook:</strong> <a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"]))) + ps(a["paras"][2:])
        extra = ('<div class="article__result-box"><h3>Uitslag etappe 8</h3><ol><li>Sven van Doorn</li><li>Wout Claes +0:41</li><li>Julien Marchal z.t.</li></ol>'
                 '<a href="%s">Volledige uitslag</a></div>' % UIT) if i == 0 else ""
        main = ('<article class="article"><div class="article__kicker">%s</div><h1 class="article__title">%s</h1>'
                '<div class="article__meta"><span class="article__author">Door %s</span> <time class="article__date" datetime="%s">%s</time>%s</div>'
                '<figure class="article__image"><img src="/media/%d.jpg" alt="">%s</figure><div class="article__body">%s%s</div>'
                '<div class="article__share"><a href="#">Deel op WhatsApp</a> <a href="#">Deel op Facebook</a></div>'
                '<div class="newsletter"><h3>Mis geen koersnieuws</h3><p>Schrijf je in voor de dagelijkse nieuwsbrief van Koersblad.</p><input type="email"><button>Inschrijven</button></div></article>'
                '<aside class="sidebar"><h2>Meest gelezen</h2><ol>%s</ol></aside>') % (
            a["kicker"], E(a["title"]), by, a["iso"], a["shown"], mod, i, photo, body, extra, links([(b["path"], b["title"]) for b in rel]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n} for n in a["by"]], "publisher": {"@type": "Organization", "name": "Koersblad"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">'
                '<meta property="article:modified_time" content="%s">%s') % (s.url(a["path"]), E(a["title"]), a["iso"], a["mod"], jl(ld))
        s.art(a["path"], shell("%s - Koersblad" % a["title"], main, head), a["title"], a["date"], a["by"], instant=a["inst"],
              must=[a["paras"][2]], must_not=["Schrijf je in voor de dagelijkse nieuwsbrief", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non(UIT, shell("Uitslag Parijs-Nice 2025 etappe 8 - Koersblad", ('<h1>Uitslag Parijs-Nice 2025, etappe 8: Nice - Nice</h1>%s<h2>Algemeen klassement</h2>%s<p><a href="%s">Verslag</a></p>') % (
        table(("#", "Renner", "Ploeg", "Tijd"), [(1, "Sven van Doorn", "Team Lowlands", "3:21:07"), (2, "Wout Claes", "Flanders Pro", "+0:41"), (3, "Julien Marchal", "Équipe Azur", "z.t.")]),
        table(("#", "Renner", "Tijd"), [(1, "Julien Marchal", "29:14:33"), (2, "Wout Claes", "+0:24"), (3, "Matteo Rinaldi", "+1:02")]), A[0]["path"])))
    s.non(RENNER, shell("Sven van Doorn - Rennersprofiel - Koersblad", ('<div class="rider"><h1>Sven van Doorn</h1><p>Geboren: 12 mei 1999, Tilburg. Ploeg: Team Lowlands.</p>'
          '<p>Van Doorn brak door als belofte met winst in de Ronde van de Toekomst en reed sindsdien voor twee WorldTour-ploegen. Hij staat bekend als aanvaller en won eerder ritten in de Ronde van Zwitserland en de Vuelta.</p>'
          '%s<ul>%s</ul></div>') % (table(("Jaar", "Zeges"), [(2025, 1), (2024, 3), (2023, 2)]), links(every[:1]))))
    s.non(KAL, shell("Wielerkalender 2025 - Koersblad", '<h1>Wielerkalender 2025</h1>%s' % table(("Datum", "Koers", "Categorie"), [("2-9 maart", "Parijs-Nice", "WorldTour"), ("15 maart", "Milaan-San Remo", "Monument"), ("6 april", "Ronde van Vlaanderen", "Monument")])))
    s.non(LIVE, shell("LIVE: Parijs-Nice etappe 8 - Koersblad", '<div class="liveblog"><span class="live">LIVE</span><h1>Parijs-Nice 2025 etappe 8 live</h1><ul>%s</ul><a href="%s">Verslag</a></div>' % (
        "".join("<li><time>%s</time> %s</li>" % x for x in [("16:41", "Van Doorn wint de slotrit! Marchal is eindwinnaar."), ("16:22", "Van Doorn valt aan op de Col d'Èze."), ("14:05", "De vlucht van de dag heeft twee minuten voorsprong.")]), A[0]["path"]),
        jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Parijs-Nice etappe 8 live", "coverageStartTime": "2025-03-09T12:00:00+01:00"})))
    s.non(VID, shell("Video: samenvatting Parijs-Nice etappe 8 - Koersblad", ('<div class="video"><div class="player"><button>Afspelen</button><span>5:02</span></div><h1>Samenvatting: Van Doorn wint slotrit Parijs-Nice</h1>'
          '<p>Bekijk de beslissende aanval van Sven van Doorn op de Col d\'Èze en de strijd om de eindzege.</p><p>Bron: Eurosport</p><ul>%s</ul></div>') % links(every[:1])))
    s.non("/video/", shell("Video - Koersblad", '<h1>Video</h1><ul>%s</ul>' % links([(VID, "Samenvatting Parijs-Nice etappe 8")])))
    s.non("/nieuws/", shell("Nieuws - Koersblad", '<h1>Wielernieuws</h1><div class="lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every[1:2]))))
    s.non("/column/", shell("Columns - Koersblad", '<h1>Columns</h1><ul>%s</ul>' % links(every[2:])))
    for n in ("Bram de Wit", "Lotte Jansen", "Thijs Verhoeven"):
        s.non("/auteur/%s/" % n.lower().replace(" ", "-"), shell("%s - Koersblad" % n, '<h1>%s</h1><p>%s schrijft voor Koersblad over de klassiekers en de grote rondes.</p><ul>%s</ul>' % (
            n, n, links([(a["path"], a["title"]) for a in A if n in a["by"]]))))
    s.non("/", shell("Koersblad - Al het wielernieuws", '<ul>%s</ul><p><a href="%s">Live</a> <a href="%s">Uitslag</a> <a href="%s">Sven van Doorn</a> <a href="%s">Video</a></p>' % (links(every), LIVE, UIT, RENNER, VID)))
    fill(s, shell, [("/over-ons/", "Over ons - Koersblad", "Koersblad is een onafhankelijke wielersite uit Utrecht."), ("/contact/", "Contact - Koersblad", "Tips? Mail de redactie via redactie@koersblad.example."),
                    ("/adverteren/", "Adverteren - Koersblad", "Bereik elke maand een miljoen wielerliefhebbers.")])
    s.rss("/feed/", "Koersblad", [(a["path"], a["title"], "") for a in A])


# ------------------------------------------------------------ 8 ProTennis Tour (a men's tennis tour site, ATP-like)
def protour():
    s = Site(8)
    A = [
        dict(path="/en/news/lind-marchetti-palm-springs-2025-third-round", title="Lind Saves Match Point, Stuns Marchetti In Palm Springs",
             by="Ravi Menon", authors=["Ravi Menon"], shown="Mar 09, 2025", date="2025-03-09", tourn="Palm Springs",
             paras=["Kasper Lind saved a match point at 5-6 in the deciding set and went on to upset fourth seed Hugo Marchetti 7-6(5), 3-6, 7-6(4) on Sunday to reach the fourth round of the Palm Springs Open.",
                    "The 23-year-old Dane, who came through qualifying, struck 14 aces and won 81 per cent of his first-serve points in a two-hour, 51-minute battle in the desert heat. Marchetti had served for the match at 5-4 in the third set before Lind broke with a forehand passing shot down the line.",
                    "\"I just told myself to stay in every point and make him play one more ball,\" Lind said in his on-court interview. \"When I saved the match point I felt the crowd come with me, and that gave me a lot of energy for the tie-break.\"",
                    "It is Lind's first win against a Top 10 opponent. He will next face American Tyler Brooks, who beat Spain's Álvaro Ruiz 6-4, 6-4 earlier in the day."]),
        dict(path="/en/news/palm-springs-2025-sunday-preview-order-of-play", title="Palm Springs Sunday Preview: Five Matches To Watch",
             by="ProTennis Staff", authors=[], shown="Mar 09, 2025", date="2025-03-09", tourn="Palm Springs",
             paras=["The third round concludes on Sunday in Palm Springs, with four of the Top 10 seeds in action on Stadium 1 and Stadium 2.",
                    "World No. 1 Mateo Alcantara opens the day session against Canadian lefty Felix Grant, who beat him in their only previous meeting on grass two seasons ago.",
                    "In the evening session, fourth seed Hugo Marchetti meets qualifier Kasper Lind, who has not dropped a set in four matches this week, including his two qualifying rounds.",
                    "Play begins at 11 a.m. local time. Fans can follow every match live on ProTennis TV and the official ProTennis Tour app."]),
        dict(path="/en/news/coach-talk-elena-sorensen-on-building-a-grand-slam-champion", title="Coach Talk: Elena Sorensen On Building A Grand Slam Champion",
             by="Emma Caldwell", authors=["Emma Caldwell"], shown="Mar 07, 2025", date="2025-03-07", tourn="Features",
             paras=["Elena Sorensen has coached Mateo Alcantara since he was 14 years old. In the latest edition of Coach Talk, she explains how the pair turned a talented junior into a four-time Grand Slam champion.",
                    "\"The most important thing was never to rush him,\" Sorensen says. \"When he was 17 everybody wanted him to play the big events. We played Challengers for a full season instead, because he needed to learn how to win ugly matches on bad days.\"",
                    "Sorensen also talks about the role of data in modern coaching, the team's decision to cut the schedule to 17 events a year, and why she still insists on practising with old balls before every tournament.",
                    "\"Technology helps, but it cannot tell you what a player is feeling,\" she says. \"My job is to notice when he is tired before he notices it himself.\""]),
    ]
    RANK, PROF, DRAW, SCORES, VID, TIX = "/en/rankings/singles", "/en/players/kasper-lind/l0k9/overview", "/en/scores/current/palm-springs/404/draws", "/en/scores/current/palm-springs/404/results", "/en/video/hot-shot-lind-forehand-pass-palm-springs-2025", "/en/tournaments/palm-springs/404/tickets"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="site-en">'
                '<div id="consent-banner"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device.</p><button>Accept All Cookies</button></div>'
                '<header class="main-header"><a class="logo" href="/">ProTennis Tour</a><nav><ul>%s</ul></nav></header><div class="scores-strip"><a href="%s">Live scores: Palm Springs</a></div>'
                '<main class="main-content">%s</main><footer class="main-footer"><a href="/en/corporate/about">About</a> <a href="/en/corporate/privacy">Privacy</a> <p>&copy; Copyright 1994 - 2025 ProTennis Tour. All Rights Reserved.</p></footer></body></html>') % (
            E(title), head, links([("/en/news", "News"), (SCORES, "Scores"), (RANK, "Rankings"), ("/en/video", "Video"), (TIX, "Tickets")]), SCORES, main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        main = ('<div class="article-wrapper"><div class="article-header"><h1 class="title">%s</h1><div class="article-info"><span class="date">%s</span> '
                '<span class="tag"><a href="/en/news?tournament=%s">%s</a></span></div><div class="author">By <span class="author-name">%s</span></div></div>'
                '<div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></div>'
                '<div class="hero-image"><img src="/-/media/images/news/2025/03/0%d/lind.jpg" alt=""><p class="photo-credit">Photo Credit: Peter Staples/ProTennis Tour</p></div>'
                '<div class="article-content">%s</div>'
                '<div class="promo-box"><p>Download the official ProTennis Tour app for live scores, stats and news.</p></div>'
                '<div class="related-articles"><h3>Related News</h3><ul>%s</ul></div></div>') % (
            E(a["title"]), a["shown"], a["tourn"].lower().replace(" ", "-"), a["tourn"], E(a["by"]), i, ps(a["paras"]), links([(b["path"], b["title"]) for b in rel]))
        head = '<meta property="og:title" content="%s | ProTennis Tour"><meta property="og:type" content="website"><meta property="og:description" content="%s">' % (E(a["title"]), E(a["paras"][0][:150]))
        s.art(a["path"], shell("%s | ProTennis Tour" % a["title"], main, head), a["title"], a["date"], a["authors"], must=[a["paras"][1]], must_not=["Download the official ProTennis Tour app", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non(RANK, shell("PIF ProTennis Rankings (Singles) | ProTennis Tour", '<h1>Singles Rankings</h1><p>Rankings as of 03.03.2025</p>%s' % table(("Rank", "Player", "Age", "Points"), [
        (1, "Mateo Alcantara", 24, 9870), (2, "Jannik Hofer", 25, 8910), (3, "Hugo Marchetti", 27, 6540), (57, "Kasper Lind", 23, 874)])))
    s.non(PROF, shell("Kasper Lind | Overview | ProTennis Tour", ('<div class="player-profile"><h1>Kasper Lind</h1><ul class="player-stats"><li>Rank: 57</li><li>Age: 23</li><li>Country: Denmark</li><li>Plays: Right-Handed, Two-Handed Backhand</li></ul>'
          '<div class="player-bio"><h2>Bio</h2><p>Lind started playing tennis at age six at a club in Aarhus with his father, a former Danish Davis Cup player. He reached a career-high junior ranking of No. 3 and turned pro in 2020. '
          'He won his first Challenger title in Helsinki in 2022 and made his Grand Slam main-draw debut at Roland Garros the following year. His favourite surface is hard court and his idol growing up was Roger Federer.</p></div>'
          '<ul>%s</ul></div>') % links(every[:1])))
    s.non(DRAW, shell("Palm Springs Open Draws | ProTennis Tour", '<h1>Palm Springs Open - Draws</h1>%s' % table(("Round", "Match"), [("R32", "Alcantara (1) vs Grant"), ("R32", "Marchetti (4) vs Lind (Q)"), ("R32", "Brooks vs Ruiz")])))
    s.non(SCORES, shell("Palm Springs Open Results | ProTennis Tour", '<h1>Palm Springs Open - Results</h1><p>Sunday, March 9, 2025</p>%s<p><a href="%s">Draws</a></p>' % (
        table(("Round", "Winner", "Loser", "Score"), [("R32", "Kasper Lind (Q)", "Hugo Marchetti (4)", "7-6(5) 3-6 7-6(4)"), ("R32", "Tyler Brooks", "Álvaro Ruiz", "6-4 6-4")]), DRAW)))
    s.non(VID, shell("Hot Shot: Lind's Forehand Pass Saves Match Point | ProTennis Tour", ('<div class="video-detail"><div class="player"><button>Play</button><span>0:41</span></div><h1>Hot Shot: Lind\'s Forehand Pass Saves Match Point</h1>'
          '<p class="video-date">Mar 09, 2025</p><p>Watch Kasper Lind save match point against Hugo Marchetti with a stunning forehand pass down the line in Palm Springs.</p><ul>%s</ul></div>') % links(every[:1])))
    s.non("/en/video", shell("Video | ProTennis Tour", '<h1>Video</h1><ul>%s</ul>' % links([(VID, "Hot Shot: Lind's forehand pass")])))
    s.non(TIX, shell("Palm Springs Open Tickets | ProTennis Tour", '<h1>Tickets</h1><p>Grounds passes from $35. Stadium 1 reserved seats from $65. Buy tickets on the official tournament website.</p><a href="%s">Results</a>' % SCORES))
    s.non("/en/news", shell("News | ProTennis Tour", '<h1>News</h1><div class="lead-story"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every[1:]))))
    fill(s, shell, [("/en/corporate/about", "About | ProTennis Tour", "The ProTennis Tour is the governing body of the men's professional tennis circuit."), ("/en/corporate/privacy", "Privacy | ProTennis Tour", "Privacy policy.")])
    s.non("/", shell("ProTennis Tour | Official Site of Men's Professional Tennis", '<ul>%s</ul><p><a href="%s">Kasper Lind</a> <a href="%s">Rankings</a> <a href="%s">Hot Shot</a></p>' % (links(every), PROF, RANK, VID)))


# ------------------------------------------------------------ 9 Terrace Voices (a UK fan blog network)
def terrace():
    s = Site(9)
    A = [
        dict(path="/northbridge-rovers/2025/03/opinion-nwosu-loan-is-exactly-what-rovers-needed/", blog=("northbridge-rovers", "Bridge Road Bugle"),
             title="Opinion: Nwosu loan is exactly what Rovers needed", by=["Danny Fellowes"], shown="3 hours ago", date="fetch-3",
             paras=["I'll be honest: when I saw the club had signed a 22-year-old on loan from Westbury, my first reaction was a groan. We've had loan players before who turned up, picked up a wage and disappeared back to their parent clubs without leaving a mark.",
                    "Ninety minutes against Ashford changed my mind. Callum Nwosu looked like he had been playing at Bridge Road for years. Two assists, a goal-line clearance at 1-1 and, maybe most impressive of all, he never stopped talking to the players around him.",
                    "Since Ryan Cole did his knee in October we've had a square peg in a round hole at left-back, and you could see the difference straight away. Okafor finally had someone overlapping him, and Ashford's right winger barely got a kick in the second half.",
                    "The question now is whether we can keep him beyond the summer. Westbury will want him back, but if Rovers go up, a permanent deal has to be the first thing on the chairman's desk."]),
        dict(path="/westbury-city/2025/03/westbury-city-0-0-halden-united-player-ratings/", blog=("westbury-city", "The Citizens' Terrace"),
             title="Westbury City 0-0 Halden United: player ratings", by=["Sophie Hart", "Mo Rahman"], shown="2 days ago", date="fetch-day2",
             paras=["A point against the league leaders is nothing to be sniffed at, and on another day City would have nicked this. Here's how we rated the players after a goalless but far from dull afternoon at Meadow Lane.",
                    "Goalkeeper Aaron Tate (8) was the reason City kept a clean sheet, with two superb first-half saves from Halden's captain. Centre-backs Kofi Mensah (7) and Dean Price (7) dealt with everything in the air, and Mensah's last-ditch block in stoppage time deserves a round of applause.",
                    "In midfield, Jordan Kerr (6) worked hard but gave the ball away too cheaply, while Ellis Ward (5) struggled to get into the game before being replaced on the hour. Up front, Marcus Diallo (6) had City's best chance but dragged it wide.",
                    "Verdict: a solid defensive display that shows the manager has fixed the leaks of the autumn. Now we need someone to start putting the chances away."]),
        dict(path="/northbridge-rovers/2025/03/rovers-3-1-ashford-town-five-things-we-learned/", blog=("northbridge-rovers", "Bridge Road Bugle"),
             title="Rovers 3-1 Ashford Town: five things we learned", by=["Danny Fellowes"], shown="8th March 2025", date="2025-03-08",
             paras=["What a second half. Rovers were flat, slow and predictable for 45 minutes and then played like a side chasing promotion. Here are five things we took from an afternoon that ended with the Bridge Road End singing for half an hour.",
                    "One: Daniel Okafor is the best player in this league on his day. That equaliser will be on every goal-of-the-season shortlist, and he should have had two more. Two: the half-time changes worked because the manager was brave enough to go for it rather than settle for a point.",
                    "Three: Jamie Hale is a proper captain. He was caught out for the Ashford goal but never hid and popped up with the winner. Four: the defence still switches off at set pieces, which is something the coaches have to fix before Tuesday.",
                    "Five: fourth place is ours to lose. With Halden and Port Ellis still to come at home, the next month will tell us whether this is a play-off team or just a good one."]),
    ]
    AB = {"Danny Fellowes": "Danny Fellowes has had a season ticket in the Bridge Road End since 1996 and has written the Bridge Road Bugle since 2014. He still thinks the 2008 play-off final was a foul on the keeper.",
          "Sophie Hart": "Sophie Hart is the editor of The Citizens' Terrace.", "Mo Rahman": "Mo Rahman covers Westbury City for The Citizens' Terrace and hosts the Terrace Talk podcast."}

    def shell(title, main, head="", blog=None):
        bn = '<div class="blog-header"><a href="/%s/">%s</a></div>' % blog if blog else ""
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.5.5">%s</head><body class="terrace">'
                '<div class="gdpr-notice"><p>We and our partners use cookies to personalise ads. By using this site you agree to our use of cookies.</p><button>I Agree</button></div>'
                '<header class="network-bar"><a href="/">Terrace Voices</a> <span>The fan network</span><nav><a href="/northbridge-rovers/">Northbridge Rovers</a> <a href="/westbury-city/">Westbury City</a> '
                '<a href="/write-for-us/">Write for us</a></nav></header>%s<div class="ad ad-leaderboard">Advertisement</div><div id="content">%s</div>'
                '<footer><p>Terrace Voices is an independent fan network and is not affiliated with any club.</p><a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer></body></html>') % (
            E(title), head, bn, main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        by = " &amp; ".join('<a href="/author/%s/" class="author-link">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["by"])
        box = "".join('<div class="author-box"><h4>About %s</h4><p>%s</p></div>' % (E(n), E(AB[n])) for n in a["by"])
        main = ('<article class="post"><header><h1 class="post-title">%s</h1><div class="post-meta">by %s <span class="sep">&bull;</span> <span class="post-date">%s</span> '
                '<span class="sep">&bull;</span> <a href="#comments">%d Comments</a></div></header>'
                '<div class="post-featured"><img src="/wp-content/uploads/2025/03/tv%d.jpg" alt=""><span class="credit">Image: Getty</span></div>'
                '<div class="post-content">%s</div><div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>%s</article>'
                '<div class="trending"><h3>Trending on Terrace Voices</h3><ul>%s</ul></div>'
                '<section id="comments"><h3>Comments</h3><div class="comment"><span class="comment-author">BridgeRoadBoy</span><p>Spot on as usual. Said the same thing in the pub after the game.</p></div>'
                '<div class="comment"><span class="comment-author">exile_in_leeds</span><p>Not convinced yet, one good game does not make a season. Let us see how he does on Tuesday.</p></div></section>') % (
            E(a["title"]), by, a["shown"], 2, i, ps(a["paras"]), box, links([(b["path"], b["title"]) for b in rel]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Terrace Voices">' % E(a["title"])
        s.art(a["path"], shell("%s - %s" % (a["title"], a["blog"][1]), main, head, a["blog"]), a["title"], a["date"], a["by"],
              must=[a["paras"][1]], must_not=[AB[a["by"][0]][:60], "Said the same thing in the pub", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/northbridge-rovers/", shell("Bridge Road Bugle - Northbridge Rovers fan blog", ('<div class="blog-home"><h1>Bridge Road Bugle</h1><p>The Northbridge Rovers fan blog, since 2014.</p>'
          '<div class="featured-post"><h2><a href="%s">%s</a></h2><p>%s</p><p>%s</p></div><ul>%s</ul></div>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), E(A[0]["paras"][1]), links([every[2]])),
          blog=("northbridge-rovers", "Bridge Road Bugle")))
    s.non("/westbury-city/", shell("The Citizens' Terrace - Westbury City fan blog", '<h1>The Citizens\' Terrace</h1><ul>%s</ul>' % links(every[1:2]), blog=("westbury-city", "The Citizens' Terrace")))
    for n, bio in AB.items():
        s.non("/author/%s/" % n.lower().replace(" ", "-"), shell("%s, Author at Terrace Voices" % n, '<div class="author-archive"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (
            E(n), E(bio), links([(a["path"], a["title"]) for a in A if n in a["by"]]))))
    s.non("/tag/player-ratings/", shell("Player Ratings Archives - Terrace Voices", '<h1>Tag: Player Ratings</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/write-for-us/", shell("Write for us - Terrace Voices", ('<h1>Write for us</h1><p>Terrace Voices is always looking for passionate fans to write about their club. You do not need any experience, just opinions and a reliable internet connection. '
          'Our writers get a share of the advertising revenue their posts earn, editorial support and the chance to cover matches from the press box.</p><p>Email editor@terracevoices.example with two sample articles.</p>')))
    s.non("/forum/northbridge-rovers/nwosu-loan-thread/", shell("Nwosu loan signing - discussion - Terrace Voices Forum", ('<div class="forum-thread"><h1>Nwosu loan signing - discussion</h1>'
          '<div class="forum-post"><span class="poster">BridgeRoadBoy</span> <span class="posted">6 Mar 2025, 17:02</span><p>Just announced on the club site. Anyone seen him play?</p></div>'
          '<div class="forum-post"><span class="poster">RoversTillIDie</span> <span class="posted">6 Mar 2025, 17:20</span><p>Watched him a few times for Westbury. Quick, good delivery, bit rash in the tackle. Decent signing for a loan.</p></div>'
          '<div class="forum-post"><span class="poster">exile_in_leeds</span> <span class="posted">8 Mar 2025, 18:01</span><p>Two assists on debut. I take it all back.</p></div></div>'
          '<p><a href="%s">Read Danny\'s take on the blog</a></p>') % A[0]["path"]))
    fill(s, shell, [("/about/", "About - Terrace Voices", "Terrace Voices is a network of independent fan blogs."), ("/privacy/", "Privacy - Terrace Voices", "Privacy policy.")])
    s.non("/", shell("Terrace Voices - The fan network", '<div class="network-home"><h2>Latest from the network</h2><ul>%s</ul><p><a href="/forum/northbridge-rovers/nwosu-loan-thread/">Forum: Nwosu loan thread</a> <a href="/tag/player-ratings/">Player ratings</a></p></div>' % links(every)))


# ------------------------------------------------------------ 10 Diário do Vale - Esportes (a Brazilian regional paper's sport section)
def diariovale():
    s = Site(10)
    A = [
        dict(path="/esportes/futebol/noticia/2025/03/independente-vence-o-operario-por-2-x-1-e-assume-a-lideranca-do-estadual.html", sec="Futebol",
             title="Independente vence o Operário por 2 x 1 e assume a liderança do Estadual", sub="Gol de Wesley nos acréscimos decide o clássico no Estádio do Vale, diante de 18 mil torcedores",
             byline="Por <strong>Lucas Ferreira</strong>", authors=["Lucas Ferreira"], iso="2025-03-09T20:47:00-03:00", shown="09/03/2025 - 20h47", upd="Atualizada em 09/03/2025 - 23h02",
             date="2025-03-09", inst="2025-03-09T23:47", ldauthor=[{"@type": "Person", "name": "Lucas Ferreira"}],
             paras=["O Independente venceu o Operário por 2 x 1 na noite deste domingo, no Estádio do Vale, e assumiu a liderança do Campeonato Estadual a três rodadas do fim da primeira fase. O gol da vitória foi marcado pelo atacante Wesley, de cabeça, aos 47 minutos do segundo tempo.",
                    "O Operário saiu na frente aos 18 minutos, com Juninho Paulista aproveitando rebote do goleiro Felipe. O Independente empatou ainda no primeiro tempo, em cobrança de falta de Rodrigo Alves que desviou na barreira e enganou o goleiro adversário.",
                    "Na etapa final, o técnico Márcio Lopes colocou mais um atacante e o time da casa passou a pressionar. O Operário teve a chance de voltar à frente em contra-ataque aos 30 minutos, mas Felipe fez grande defesa.",
                    "Com o resultado, o Independente chega a 23 pontos, um a mais que o Operário. Na próxima rodada, o time enfrenta o Atlético Serrano fora de casa, no sábado, às 16h."]),
        dict(path="/esportes/colunistas/beto-lima/noticia/2025/03/o-classico-mostrou-que-o-estadual-ainda-importa.html", sec="Coluna do Beto Lima",
             title="O clássico mostrou que o Estadual ainda importa", sub="",
             byline='<a href="/esportes/colunistas/beto-lima/">Beto Lima</a> <span class="colunista-cargo">Colunista de esportes</span>', authors=["Beto Lima"],
             iso="2025-03-10T07:00:00-03:00", shown="10/03/2025 - 07h00", upd="", date="2025-03-10", inst="2025-03-10T10:00",
             ldauthor={"@type": "Organization", "name": "Diário do Vale"},
             paras=["Há quem diga todo ano que o Estadual morreu, que ninguém se importa, que os clubes só pensam na Série B e na Copa do Brasil. Quem esteve no Estádio do Vale no domingo à noite viu o contrário.",
                    "Dezoito mil pessoas, bandeiras por todos os lados, a cidade parada para ver um clássico que não decidia nada de definitivo. E um jogo à altura: nervoso, disputado, com um gol nos acréscimos que vai ser lembrado por muito tempo.",
                    "O Estadual tem problemas, claro. O calendário é apertado, os gramados do interior sofrem com a chuva e a arbitragem continua abaixo do nível que os torcedores merecem. Mas é nele que os times pequenos ainda têm a chance de enfrentar os grandes.",
                    "Que a federação ouça o recado das arquibancadas e pare de encurtar a competição a cada temporada."]),
        dict(path="/esportes/futebol/noticia/2025/03/operario-anuncia-contratacao-do-atacante-tiago-mendes.html", sec="Futebol",
             title="Operário anuncia contratação do atacante Tiago Mendes", sub="Jogador de 27 anos estava no futebol japonês e assina até o fim de 2026",
             byline="Por <strong>Lucas Ferreira</strong> e <strong>Ana Paula Rocha</strong>", authors=["Lucas Ferreira", "Ana Paula Rocha"],
             iso="2025-03-07T15:10:00-03:00", shown="07/03/2025 - 15h10", upd="", date="2025-03-07", inst="2025-03-07T18:10",
             ldauthor=[{"@type": "Person", "name": "Lucas Ferreira"}, {"@type": "Person", "name": "Ana Paula Rocha"}],
             paras=["O Operário anunciou nesta sexta-feira a contratação do atacante Tiago Mendes, de 27 anos, que defendia o Kyoto Sanga, da segunda divisão do Japão. O jogador assinou contrato até dezembro de 2026.",
                    "Revelado nas categorias de base do próprio Operário, Tiago deixou o clube em 2019 e passou por equipes de Portugal e do Japão antes de voltar. Na última temporada, marcou onze gols em 34 partidas.",
                    "O presidente do clube, Carlos Henrique Dias, disse que a contratação atende a um pedido antigo da comissão técnica, que buscava um atacante de velocidade para jogar pelos lados do campo.",
                    "O atacante deve ser apresentado na segunda-feira e pode estrear já no clássico contra o Independente, caso seu nome seja publicado a tempo no boletim da federação."]),
    ]
    TAB, AOVIVO, GAL, AGENDA, COL = "/esportes/tabela/estadual-2025/", "/esportes/ao-vivo/2025/03/09/independente-x-operario/", "/esportes/fotos/2025/03/independente-x-operario-veja-as-fotos.html", "/esportes/agenda/", "/esportes/colunistas/beto-lima/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="secao-esportes">'
                '<div class="lgpd-banner"><p>Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa Política de Privacidade.</p><button>Aceitar</button></div>'
                '<header class="cabecalho"><a class="logo" href="/">Diário do Vale</a><nav class="menu"><a href="/cidades/">Cidades</a> <a href="/politica/">Política</a> <a href="/esportes/">Esportes</a></nav>'
                '<nav class="submenu-esportes"><ul>%s</ul></nav><a class="assine" href="/assine/">Assine</a></header><main>%s</main>'
                '<footer class="rodape"><p>Diário do Vale &copy; 2025 - Todos os direitos reservados. É proibida a reprodução do conteúdo sem autorização.</p><a href="/expediente/">Expediente</a></footer></body></html>') % (
            E(title), head, links([("/esportes/", "Esportes"), (TAB, "Tabela"), (AGENDA, "Agenda"), (COL, "Beto Lima")]), main)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += '<p class="texto">%s</p>' % E(p)
            if j == 1:
                body += '<div class="leia-mais"><span>Leia mais</span><ul><li><a href="%s">%s</a></li></ul></div>' % (rel[0]["path"], E(rel[0]["title"]))
        sub = '<h2 class="linha-fina">%s</h2>' % E(a["sub"]) if a["sub"] else ""
        upd = ' <span class="atualizacao">%s</span>' % a["upd"] if a["upd"] else ""
        main = ('<article class="materia"><div class="chapeu"><a href="/esportes/">%s</a></div><h1 class="titulo">%s</h1>%s'
                '<div class="autoria">%s</div><div class="data-publicacao"><time datetime="%s">%s</time>%s</div>'
                '<div class="compartilhe"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>'
                '<figure class="foto-destaque"><img src="/img/esp%d.jpg" alt=""><figcaption>Torcida lota o Estádio do Vale — Foto: Jonas Pereira/Diário do Vale</figcaption></figure>'
                '<div class="corpo">%s</div>'
                '<div class="newsletter"><h3>Receba as notícias do esporte no seu e-mail</h3><p>Cadastre-se na newsletter do Diário do Vale.</p><input type="email"><button>Cadastrar</button></div>'
                '</article><aside class="mais-lidas"><h3>Mais lidas</h3><ol>%s</ol></aside>') % (
            a["sec"], E(a["title"]), sub, a["byline"], a["iso"], a["shown"], upd, i, body, links([(b["path"], b["title"]) for b in rel]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "author": a["ldauthor"],
              "publisher": {"@type": "Organization", "name": "Diário do Vale"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Diário do Vale">%s' % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s | Esportes | Diário do Vale" % a["title"], main, head), a["title"], a["date"], a["authors"], instant=a["inst"],
              must=[a["paras"][2]], must_not=["Receba as notícias do esporte", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/esportes/", shell("Esportes | Diário do Vale", ('<section class="capa-esportes"><div class="manchete"><a href="%s"><h2>%s</h2></a><p>%s</p><p>%s</p></div><ul>%s</ul>'
          '<p><a href="%s">Tabela do Estadual</a> <a href="%s">Fotos do clássico</a></p></section>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["sub"]), E(A[0]["paras"][0]), links(every[1:]), TAB, GAL)))
    s.non(TAB, shell("Tabela do Campeonato Estadual 2025 | Diário do Vale", '<h1>Campeonato Estadual 2025 - Classificação</h1>%s' % table(("Pos", "Time", "J", "Pts"), [
        (1, "Independente", 10, 23), (2, "Operário", 10, 22), (3, "Atlético Serrano", 10, 18), (4, "União Barrense", 10, 15)])))
    lances = [("49' 2T", "Fim de jogo! Independente 2 x 1 Operário."), ("47' 2T", "GOOOL DO INDEPENDENTE! Wesley de cabeça!"), ("30' 2T", "Felipe faz defesa incrível no contra-ataque do Operário."),
              ("38' 1T", "GOL do Independente! Rodrigo Alves cobra falta, a bola desvia e entra."), ("18' 1T", "GOL do Operário! Juninho Paulista aproveita o rebote.")]
    s.non(AOVIVO, shell("Independente x Operário AO VIVO: acompanhe o clássico em tempo real | Diário do Vale", '<div class="tempo-real"><h1>Independente x Operário, ao vivo</h1><div class="placar">2 x 1</div><ul>%s</ul><a href="%s">Leia como foi</a></div>' % (
        "".join("<li><b>%s</b> %s</li>" % (t, E(x)) for t, x in lances), A[0]["path"])))
    caps = ["Torcida do Independente faz festa antes do clássico", "Wesley comemora o gol da vitória nos acréscimos", "Felipe defende chute de Juninho Paulista", "Jogadores do Operário lamentam a derrota"]
    s.non(GAL, shell("Independente x Operário: veja as fotos do clássico | Diário do Vale", '<div class="galeria"><h1>Independente x Operário: veja as fotos do clássico</h1><p class="data">09/03/2025 - 22h30</p>%s<a href="%s">Leia a matéria</a></div>' % (
        "".join('<figure><img src="/img/gal%d.jpg" alt=""><figcaption>%s — Foto: Jonas Pereira/Diário do Vale</figcaption></figure>' % (k, E(c)) for k, c in enumerate(caps)), A[0]["path"])))
    s.non(AGENDA, shell("Agenda do esporte | Diário do Vale", '<h1>Agenda do esporte</h1>%s' % table(("Data", "Evento", "Local"), [("15/03 16h", "Atlético Serrano x Independente", "Serra Alta"), ("16/03 09h", "Corrida do Vale 10 km", "Centro"), ("16/03 18h", "Operário x União Barrense", "Estádio Municipal")])))
    s.non(COL, shell("Beto Lima | Colunistas | Diário do Vale", ('<div class="colunista"><h1>Beto Lima</h1><p>Jornalista há 30 anos, Beto Lima cobriu cinco Copas do Mundo e escreve sobre o futebol do interior às segundas e quintas-feiras. '
          'Foi editor de Esportes do Diário do Vale entre 2005 e 2018.</p><ul>%s</ul></div>') % links(every[1:2])))
    s.non("/", shell("Diário do Vale - Notícias do Vale e região", '<ul>%s</ul><p><a href="/esportes/">Esportes</a> <a href="%s">Ao vivo</a></p>' % (links(every), AOVIVO)))
    fill(s, shell, [("/assine/", "Assine | Diário do Vale", "Assine o Diário do Vale digital por R$ 1,90 no primeiro mês."), ("/cidades/", "Cidades | Diário do Vale", "Notícias das cidades do Vale."),
                    ("/politica/", "Política | Diário do Vale", "Política regional e nacional."), ("/expediente/", "Expediente | Diário do Vale", "Diretor de redação: Paulo Sérgio Amaral.")])
    s.sitemap([a["path"] for a in A] + [GAL], "/busca/")


# ------------------------------------------------------------ 11 Canal Stade (a French sports TV channel's site)
def canalstade():
    s = Site(11)
    A = [
        dict(path="/football/ligue-1/montclar-vallonnais-2-2-un-nul-fou-et-un-double-de-sissoko-AV-202503090512.html", sec="Ligue 1",
             title="Montclar-Vallonnais (2-2): un nul fou et un doublé de Sissoko", chapo="Mené 2-0 à la pause, le Stade Vallonnais est revenu au score dimanche soir grâce à un doublé d'Ibrahim Sissoko.",
             byline='Par <a href="/auteurs/julien-marchand/">Julien Marchand</a> avec <a href="/auteurs/karim-benali/">Karim Benali</a>', authors=["Julien Marchand", "Karim Benali"],
             iso="2025-03-09T22:58:00+01:00", mod="2025-03-10T08:12:00+01:00", shown="Publié le 09/03/2025 à 22h58 - Mis à jour le 10/03/2025 à 08h12", date="2025-03-09", inst="2025-03-09T21:58",
             ld_author=[{"@type": "Person", "name": "Julien Marchand"}],
             paras=["L'AS Montclar pensait avoir fait le plus dur. Devant son public, l'équipe de Fabrice Leroux menait 2-0 à la pause grâce à Théo Garnier et à un penalty de Yanis Belkacem, et semblait en route vers une quatrième victoire consécutive.",
                    "Mais le Stade Vallonnais n'a jamais baissé les bras. Entré en jeu à l'heure de jeu, Ibrahim Sissoko a réduit l'écart d'une frappe enroulée à la 67e minute, avant d'égaliser de la tête dans le temps additionnel sur un centre de Lucas Perrin.",
                    "Montclar peut nourrir des regrets. Les locaux ont touché deux fois les montants en seconde période et ont vu un but de Garnier refusé pour un hors-jeu millimétré après consultation de la VAR.",
                    "Au classement, Montclar reste quatrième, à deux points du podium, tandis que Vallonnais conserve trois longueurs d'avance sur la zone de relégation."]),
        dict(path="/rugby/top-14/top-14-le-xv-de-la-cote-sanctionne-apres-les-incidents-de-bayonne-AV-202503080233.html", sec="Top 14",
             title="Top 14: le XV de la Côte sanctionné après les incidents de Bayonne", chapo="La commission de discipline a infligé un match à huis clos partiel au club.",
             byline="La rédaction avec AFP", authors=[],
             iso="2025-03-08T15:40:00+01:00", mod="2025-03-08T15:40:00+01:00", shown="Publié le 08/03/2025 à 15h40", date="2025-03-08", inst="2025-03-08T14:40",
             ld_author={"@type": "Organization", "name": "Canal Stade"},
             paras=["La commission de discipline de la Ligue nationale de rugby a sanctionné samedi le XV de la Côte d'un match à huis clos partiel, après les incidents survenus lors de la réception de Bayonne il y a deux semaines.",
                    "Des fumigènes avaient été lancés sur la pelouse à la mi-temps, provoquant l'interruption de la rencontre pendant près de dix minutes, et un steward avait été légèrement blessé en tribune.",
                    "La tribune sud du stade restera fermée lors du prochain match à domicile, contre Clermont. Le club a également écopé d'une amende de 30.000 euros, dont la moitié avec sursis.",
                    "Dans un communiqué, le président du club a regretté une décision « sévère » mais a annoncé qu'il ne ferait pas appel."]),
        dict(path="/football/ligue-1/entretien-fabrice-leroux-on-a-le-droit-de-rever-AV-202503070101.html", sec="Ligue 1",
             title="Fabrice Leroux: « À Montclar, on a le droit de rêver »", chapo="L'entraîneur de l'AS Montclar, quatrième de Ligue 1, se confie avant la réception du Stade Vallonnais.",
             byline='Propos recueillis par <a href="/auteurs/claire-dumas/">Claire Dumas</a>', authors=["Claire Dumas"],
             iso="2025-03-07T11:30:00+01:00", mod="2025-03-07T11:30:00+01:00", shown="Publié le 07/03/2025 à 11h30", date="2025-03-07", inst="2025-03-07T10:30",
             ld_author={"@type": "Organization", "name": "Canal Stade"},
             paras=["Fabrice Leroux, votre équipe est quatrième. Est-ce une surprise ? – Pas pour nous. On a construit ce groupe sur trois saisons, avec des joueurs qui se connaissent bien. Ce qui me surprend, c'est la régularité : on n'a perdu que deux matchs depuis septembre.",
                    "Peut-on parler de Ligue des champions ? – On a le droit de rêver, mais je préfère parler du prochain match. Le Stade Vallonnais est une équipe qui ne lâche jamais, on l'a vu à l'aller où on a gagné dans les dernières minutes.",
                    "Votre attaquant Théo Garnier est courtisé. Va-t-il rester ? – Théo est sous contrat et il est heureux ici. Le club a les moyens de le garder, et lui sait qu'il progressera encore en jouant tous les week-ends chez nous.",
                    "Quel est votre plus grand regret cette saison ? – L'élimination en Coupe de France. On a fait tourner et on l'a payé. C'est une erreur que je ne referai pas."]),
    ]
    VID, PROG, LIVE, EMI, OFF = "/football/ligue-1/video/le-resume-de-montclar-vallonnais-2-2-VN-202503090620.html", "/programme-tv/", "/football/ligue-1/live-montclar-vallonnais-suivez-le-match-en-direct-LN-202503090100.html", "/emissions/le-debrief/", "/offres/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="didomi-notice"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button>Accepter &amp; Fermer</button> <button>Continuer sans accepter</button></div>'
                '<header class="header"><a class="logo" href="/">Canal Stade</a><nav><ul>%s</ul></nav><a class="btn-live" href="/direct/">Regarder Canal Stade en direct</a></header>'
                '<main class="content">%s</main><footer><a href="/mentions-legales/">Mentions légales</a> <a href="%s">Nos offres</a> <p>&copy; Canal Stade 2025</p></footer></body></html>') % (
            E(title), head, links([("/football/", "Football"), ("/rugby/", "Rugby"), (PROG, "Programme TV"), (EMI, "Émissions"), (OFF, "S'abonner")]), main, OFF)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="a-lire-aussi"><span class="label">A lire aussi</span><a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"]))
        media = ('<div class="video-container"><div class="player"><button>Lecture</button><span>2:45</span></div><p class="video-legend">Le résumé de Montclar-Vallonnais - Ligue 1 (J26)</p></div>' if i == 0 else
                 '<figure><img src="/img/cs%d.jpg" alt=""><figcaption>&copy; Icon Sport</figcaption></figure>' % i)
        main = ('<article class="art"><div class="art-breadcrumb"><a href="/">Accueil</a> &gt; <a href="/%s/">%s</a> &gt; %s</div><h1 class="art-title">%s</h1><p class="art-chapo">%s</p>'
                '<div class="art-signature"><span class="signature">%s</span><p class="art-date">%s</p></div>%s'
                '<div class="art-body">%s</div><div class="art-tags"><a href="/football/ligue-1/">Ligue 1</a></div>'
                '<div class="encart-offre"><p>Tous les matchs de Ligue 1 en direct sur Canal Stade. Abonnez-vous dès 19,99€/mois, sans engagement.</p><a href="%s">Je m\'abonne</a></div>'
                '</article><aside class="plus-lus"><h2>Les plus lus</h2><ul>%s</ul></aside>') % (
            a["path"].split("/")[1], a["path"].split("/")[1].title(), a["sec"], E(a["title"]), E(a["chapo"]), a["byline"], a["shown"], media, body, OFF,
            links([(b["path"], b["title"]) for b in rel]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["chapo"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": a["ld_author"], "publisher": {"@type": "Organization", "name": "Canal Stade"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Canal Stade">%s') % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s - Canal Stade" % a["title"], main, head), a["title"], a["date"], a["authors"], instant=a["inst"],
              must=[a["paras"][2]], must_not=["Abonnez-vous dès 19,99", rel[0]["title"]])
    every = [(a["path"], a["title"]) for a in A]
    s.non(VID, shell("VIDEO - Le résumé de Montclar-Vallonnais (2-2) - Canal Stade", ('<div class="video-page"><div class="player"><button>Lecture</button><span>2:45</span></div>'
          '<h1>Le résumé de Montclar-Vallonnais (2-2)</h1><p class="art-date">Publié le 09/03/2025 à 23h20</p><p>Revivez les temps forts du match nul spectaculaire entre Montclar et le Stade Vallonnais, avec le doublé d\'Ibrahim Sissoko en seconde période.</p>'
          '<ul>%s</ul></div>') % links(every[:1]), jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Le résumé de Montclar-Vallonnais (2-2)", "uploadDate": "2025-03-09T23:20:00+01:00"})))
    posts = [("90+3'", "BUUUUT de Sissoko ! Vallonnais égalise de la tête !"), ("67'", "Sissoko réduit l'écart d'une frappe enroulée."), ("45+1'", "Mi-temps : Montclar mène 2-0."), ("12'", "But de Garnier ! Montclar ouvre le score.")]
    s.non(LIVE, shell("DIRECT. Montclar-Vallonnais: suivez le match en live - Canal Stade", '<div class="live"><span class="badge">LIVE</span><h1>Montclar-Vallonnais en direct</h1><div class="score">2-2</div><ul>%s</ul><a href="%s">Le compte rendu</a></div>' % (
        "".join("<li><b>%s</b> %s</li>" % (m, E(t)) for m, t in posts), A[0]["path"]),
        jl({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Montclar-Vallonnais en direct", "coverageStartTime": "2025-03-09T20:45:00+01:00"})))
    s.non(PROG, shell("Programme TV de Canal Stade | Canal Stade", '<h1>Programme TV</h1><p>Dimanche 9 mars</p>%s' % table(("Heure", "Programme"), [
        ("18h00", "Le Multiplex"), ("20h00", "Avant-match"), ("20h45", "Ligue 1 : Montclar - Vallonnais"), ("22h50", "Le Debrief"), ("00h00", "Top 14 : le résumé")])))
    s.non(EMI, shell("Le Debrief - l'émission d'après-match | Canal Stade", ('<div class="emission"><h1>Le Debrief</h1><p>Chaque dimanche après le match de Ligue 1, nos consultants analysent les temps forts de la journée, '
          'reviennent sur les décisions arbitrales et donnent la parole aux entraîneurs. Présenté par Nadia Ferhat avec Olivier Texier et Sébastien Loubet.</p><h2>Derniers replays</h2><ul>%s</ul></div>') % links([(VID, "Le résumé de Montclar-Vallonnais")])))
    s.non(OFF, shell("Nos offres d'abonnement | Canal Stade", '<h1>Abonnez-vous à Canal Stade</h1><div class="offre"><h2>Essentiel</h2><p>19,99€/mois sans engagement</p></div><div class="offre"><h2>Intégral</h2><p>29,99€/mois</p></div><a href="%s">Programme TV</a>' % PROG))
    s.non("/football/", shell("Football - Actualités, résultats et vidéos | Canal Stade", '<h1>Football</h1><div class="une"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><p><a href="%s">Live</a></p>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["chapo"]), links(every[2:]), LIVE)))
    s.non("/rugby/", shell("Rugby - Canal Stade", '<h1>Rugby</h1><ul>%s</ul>' % links(every[1:2])))
    for n, items in (("Julien Marchand", every[:1]), ("Karim Benali", every[:1]), ("Claire Dumas", every[2:])):
        s.non("/auteurs/%s/" % n.lower().replace(" ", "-"), shell("%s, journaliste Canal Stade" % n, '<h1>%s</h1><p>Journaliste au service des sports de Canal Stade.</p><ul>%s</ul>' % (n, links(items))))
    s.non("/", shell("Canal Stade - Toute l'actualité du sport en direct", '<ul>%s</ul><p><a href="%s">Vidéo</a> <a href="%s">Live</a></p>' % (links(every), VID, LIVE)))
    fill(s, shell, [("/direct/", "Canal Stade en direct | Canal Stade", "Regardez Canal Stade en direct avec votre abonnement."), ("/mentions-legales/", "Mentions légales | Canal Stade", "Canal Stade SAS, Boulogne-Billancourt.")])
    s.non("/football/ligue-1/", shell("Ligue 1 - Actualités et résultats | Canal Stade", '<h1>Ligue 1</h1><ul>%s</ul>' % links(every[:1] + every[2:])))
    s.sitemap([a["path"] for a in A] + [VID, LIVE])


# ------------------------------------------------------------ 12 The Line Room (a betting-adjacent US sports news site)
def lineroom():
    s = Site(12)
    A = [
        dict(path="/nba/hawks-vs-kings-prediction-odds-picks-sunday-march-9-2025", cat="NBA Picks",
             title="Hawks vs. Kings Prediction, Odds & Picks for Sunday, March 9",
             by=["Marcus Bell"], checker="Dana Ruiz", iso="2025-03-08T19:30:00-05:00", mod="2025-03-09T11:02:00-04:00", shown="Updated: Mar 9, 2025, 11:02 AM ET",
             date="2025-03-08", inst="2025-03-09T00:30",
             paras=["The Harbor Hawks visit the Capital Kings on Sunday afternoon in a matchup between two teams heading in opposite directions, and the market has moved sharply toward the home side since the line opened on Friday.",
                    "Capital has won seven of its last nine games and covered the spread in six of them, largely thanks to a defense that has held opponents under 105 points in each of its last five home games. The Hawks, meanwhile, are 2-8 against the spread on the second night of back-to-backs this season.",
                    "Our model makes the Kings roughly 6.5-point favorites, so there is still a little value on Capital at -5.5. We also like the under, given the Hawks' slow pace on the road and the Kings' defensive form.",
                    "Best bet: Kings -5.5 (-110). Lean: Under 221.5 (-108)."]),
        dict(path="/nba/news/hawks-devon-moore-ruled-out-vs-kings-line-moves", cat="NBA News",
             title="Hawks' Devon Moore Ruled Out vs. Kings; Line Moves 3 Points",
             by=["Jen Park"], checker="", iso="2025-03-09T12:45:00-04:00", mod="2025-03-09T12:45:00-04:00", shown="Mar 9, 2025, 12:45 PM ET",
             date="2025-03-09", inst="2025-03-09T16:45",
             paras=["Harbor Hawks guard Devon Moore will miss Sunday's game against the Capital Kings with a sprained left ankle, the team announced about three hours before tip-off.",
                    "Moore, who is averaging 24.6 points per game, rolled the ankle late in Saturday's loss to Lakeshore and did not take part in the morning shootaround. Coach Pete Alvarez said the injury was not considered serious and that Moore is day-to-day.",
                    "The news moved the betting market quickly. The Kings went from 5.5-point favorites to 8.5 at most sportsbooks within twenty minutes of the announcement, and the total dropped from 221.5 to 218.",
                    "Backup guard Rashad Ellis is expected to start in Moore's place. Ellis scored 19 points in his only start of the season, a win over Bay City in January."]),
        dict(path="/betting-strategy/why-betting-favorites-in-march-is-a-losing-game", cat="Betting Strategy",
             title="Why Betting Favorites in March Is a Losing Game",
             by=["Marcus Bell", "Tyler Ng"], checker="Dana Ruiz", iso="2025-03-05T09:00:00-05:00", mod="2025-03-07T16:20:00-05:00", shown="Updated: Mar 7, 2025, 4:20 PM ET",
             date="2025-03-05", inst="2025-03-05T14:00",
             paras=["Every March, bettors pile onto the best teams in the league as the playoff race heats up. Over the last ten seasons, that instinct has cost them money.",
                    "We looked at every regular-season NBA game played in March since 2015. Favorites of seven points or more covered the spread just 46.8 percent of the time, well below the 52.4 percent needed to break even at standard odds.",
                    "The reasons are not mysterious. Contenders rest stars on the second night of back-to-backs, coaches shorten rotations in blowouts, and bookmakers know the public will back big names regardless of the number.",
                    "That does not mean blindly backing underdogs either. The edge lies in spotting the specific spots where the market overreacts, such as a favorite coming off a nationally televised win or a team that has already clinched its seed."]),
    ]
    ODDS, PROMO, PICKS, RG, AUTH = "/nba/odds", "/sportsbook-promo-codes", "/picks/experts", "/responsible-gambling", "/authors/marcus-bell"
    disc = ('<div class="rg-disclaimer"><p>21+ and present in a state where sports betting is legal. Gambling problem? Call 1-800-GAMBLER. '
            'The Line Room may receive compensation from sportsbooks featured on this page.</p></div>')

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="cookie-bar"><p>We use cookies to personalize content and ads.</p><button>Accept</button></div>'
                '<header class="site-header"><a class="logo" href="/">The Line Room</a><nav><ul>%s</ul></nav><a class="cta" href="%s">Best Promos</a></header>'
                '<div class="odds-ticker"><span>HAR @ CAP</span> <span>CAP -8.5</span> <span>O/U 218</span></div><main>%s</main>'
                '<footer>%s<a href="%s">Responsible Gambling</a> <a href="/about">About Us</a> <a href="/editorial-policy">Editorial Policy</a><p>&copy; 2025 The Line Room Media LLC</p></footer></body></html>') % (
            E(title), head, links([("/nba", "NBA"), (ODDS, "Odds"), (PICKS, "Picks"), ("/betting-strategy", "Strategy"), (PROMO, "Promos")]), PROMO, main, disc, RG)

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        by = " and ".join('<a href="/authors/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["by"])
        fc = '<div class="fact-check">Fact checked by <a href="/authors/dana-ruiz">%s</a></div>' % a["checker"] if a["checker"] else ""
        oddsbox = ""
        if i == 0:
            oddsbox = ('<div class="odds-table-embed"><h3>Hawks vs. Kings Odds</h3>%s<p class="odds-note">Odds via BetWave. Bet $5, Get $200 in Bonus Bets. <a href="%s">Claim offer</a></p></div>' % (
                table(("Team", "Spread", "Moneyline", "Total"), [("Hawks", "+5.5 (-110)", "+185", "O 221.5 (-112)"), ("Kings", "-5.5 (-110)", "-225", "U 221.5 (-108)")]), PROMO))
        body = ps(a["paras"][:2]) + oddsbox + ('<div class="related-inline"><b>Related:</b> <a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"]))) + ps(a["paras"][2:])
        main = ('<article class="article"><div class="breadcrumb"><a href="/">Home</a> / <a href="/nba">NBA</a> / %s</div><h1>%s</h1>'
                '<div class="article-meta"><div class="author">Written by %s</div>%s<div class="date">%s</div></div>%s'
                '<div class="article-body">%s</div>'
                '<div class="author-bio-box"><h4>About the Author</h4><p>Marcus Bell is a senior betting analyst at The Line Room who has covered the NBA betting market since 2016.</p></div>'
                '</article><aside class="sidebar"><div class="promo-card"><h3>BetWave Promo Code</h3><p>Bet $5, Get $200 in Bonus Bets if your bet wins.</p><a href="%s">Claim Now</a></div>'
                '<h3>Latest</h3><ul>%s</ul></aside>') % (
            a["cat"], E(a["title"]), by, fc, a["shown"], disc if i != 1 else "", body, PROMO, links([(b["path"], b["title"]) for b in rel]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle" if i == 1 else "Article", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n, "url": s.url("/authors/" + n.lower().replace(" ", "-"))} for n in a["by"]],
              "publisher": {"@type": "Organization", "name": "The Line Room"}}
        if a["checker"]:
            ld["reviewedBy"] = {"@type": "Person", "name": a["checker"]}
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:modified_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["mod"], jl(ld))
        mn = ["Gambling problem? Call 1-800-GAMBLER", "Bet $5, Get $200 in Bonus Bets if your bet wins", rel[0]["title"]]
        if i != 0:
            mn.append("Marcus Bell is a senior betting analyst")
        s.art(a["path"], shell("%s | The Line Room" % a["title"], main, head), a["title"], a["date"], a["by"], instant=a["inst"], must=[a["paras"][1], a["paras"][-1]], must_not=mn)
    every = [(a["path"], a["title"]) for a in A]
    s.non(ODDS, shell("NBA Odds Today: Spreads, Moneylines & Totals | The Line Room", '<h1>NBA Odds</h1><p class="updated">Updated: Mar 9, 2025, 1:05 PM ET</p>%s%s<p><a href="%s">Hawks vs. Kings prediction</a></p>' % (
        table(("Game", "Spread", "Moneyline", "Total"), [("Hawks @ Kings", "CAP -8.5", "CAP -340", "218"), ("Lakeshore @ Bay City", "LAK -2", "LAK -130", "229.5"), ("Metro @ Coastal", "COA -4", "COA -175", "214")]), disc, A[0]["path"])))
    s.non(PROMO, shell("Best Sportsbook Promo Codes & Bonuses for March 2025 | The Line Room", ('<h1>Best Sportsbook Promos for March 2025</h1><p class="updated">Updated: Mar 8, 2025</p>'
          '<p>We have tested every major sportsbook welcome offer available in the U.S. Below are the best bonuses this month, ranked by value and how easy they are to unlock.</p>'
          '<div class="offer-card"><h2>1. BetWave: Bet $5, Get $200</h2><p>New users who place a first bet of $5 or more receive $200 in bonus bets if the bet wins. Bonus bets expire in 7 days.</p><a href="#">Claim</a></div>'
          '<div class="offer-card"><h2>2. CourtSide Sportsbook: First Bet Safety Net up to $1,000</h2><p>Get your stake back in bonus bets if your first wager loses.</p><a href="#">Claim</a></div>'
          '<div class="offer-card"><h2>3. Parlay Palace: 100%% Deposit Match up to $250</h2><p>Deposit match credited as site credit with a 1x playthrough.</p><a href="#">Claim</a></div>%s') % disc))
    s.non(PICKS, shell("Expert NBA Picks & Best Bets Today | The Line Room", '<h1>Expert Picks</h1>%s<p><a href="%s">Full analysis: Hawks vs. Kings</a></p>' % (
        table(("Expert", "Pick", "Odds", "Record (L30)"), [("Marcus Bell", "Kings -5.5", "-110", "41-29"), ("Tyler Ng", "Under 221.5", "-108", "37-31"), ("Jen Park", "Lakeshore ML", "-130", "33-30")]), A[0]["path"])))
    s.non(RG, shell("Responsible Gambling | The Line Room", '<h1>Responsible Gambling</h1><p>Betting should be fun. Set limits, never chase losses and take breaks. If you or someone you know has a gambling problem, call 1-800-GAMBLER for confidential help, available 24/7.</p>'))
    s.non(AUTH, shell("Marcus Bell, Senior Betting Analyst | The Line Room", ('<div class="author-page"><h1>Marcus Bell</h1><p class="role">Senior Betting Analyst</p><p>Marcus has covered the NBA betting market since 2016 and previously worked as a trader for a Las Vegas sportsbook. '
          'His picks have been tracked publicly since 2019. He holds a degree in statistics from Ohio State.</p><ul>%s</ul></div>') % links([every[0], every[2]])))
    for slug, n, role, items in (("jen-park", "Jen Park", "NBA Reporter", every[1:2]), ("tyler-ng", "Tyler Ng", "Data Analyst", every[2:]), ("dana-ruiz", "Dana Ruiz", "Senior Editor", [])):
        s.non("/authors/" + slug, shell("%s, %s | The Line Room" % (n, role), '<div class="author-page"><h1>%s</h1><p class="role">%s</p><ul>%s</ul></div>' % (n, role, links(items))))
    s.non("/nba", shell("NBA Betting: Picks, Odds & News | The Line Room", '<h1>NBA Betting</h1><div class="hub-lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><p><a href="%s">Odds</a></p>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(every[1:2]), ODDS)))
    s.non("/betting-strategy", shell("Betting Strategy | The Line Room", '<h1>Betting Strategy</h1><ul>%s</ul>' % links(every[2:])))
    s.non("/", shell("The Line Room | Sports Betting Picks, Odds & News", '<ul>%s</ul><p><a href="%s">Promos</a> <a href="%s">Picks</a> <a href="%s">Marcus Bell</a></p>' % (links(every), PROMO, PICKS, AUTH)))
    fill(s, shell, [("/about", "About Us | The Line Room", "The Line Room publishes betting news, odds and analysis."), ("/editorial-policy", "Editorial Policy | The Line Room", "Every betting article is fact checked by a senior editor before publication.")])
    s.sitemap([a["path"] for a in A] + [ODDS, PROMO, PICKS], "/go/")


for build in (diariogol, rovers, ehl, ospreys, crease, pista, koersblad, protour, terrace, diariovale, canalstade, lineroom):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
