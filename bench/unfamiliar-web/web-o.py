"""Web o: three publishers (English, German, Spanish) with the long
service pages news sites keep beside their stories, written as prose
with neither date nor byline: an ethics policy, editorial standards, a
masthead, advertising, accessibility, a FAQ, a cookie policy, an HTML
site map, the newsroom team, a subscription offer; and three stories
each. Written after web n and crawled once: stories 9/9 right, but 9 of
30 service pages stored (German and Spanish). They were 0 with the
binary before 83360fd, whose rule (a page reached through navigation
without date or byline is a story when its body is prose) had let them
through; the rule now asks for a credit link to another site's story
too, as a reprint has and a service page does not: 0 of 30 stored, and
web l still keeps 19/19 originals. Writes the sites and truth.json under
the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18094
truth = {"articles": [], "nonarticles": []}
TEXT = {
    "en": ("The river ferry will run late services on Fridays and Saturdays from next month, the operator said, after a trial last summer carried more passengers than expected.",
           "We hold ourselves to the highest standards of accuracy and fairness, and we correct our mistakes promptly and transparently when readers or sources point them out to us."),
    "de": ("Die Flussfähre fährt ab nächstem Monat freitags und samstags auch spätabends, teilte der Betreiber mit, nachdem ein Versuch im vergangenen Sommer mehr Fahrgäste gebracht hatte.",
           "Wir verpflichten uns zu Genauigkeit und Fairness und korrigieren unsere Fehler rasch und offen, wenn Leserinnen, Leser oder Quellen uns darauf hinweisen."),
    "es": ("El transbordador del río tendrá servicios nocturnos los viernes y sábados a partir del mes que viene, informó el operador, tras una prueba el verano pasado con más pasajeros de lo previsto.",
           "Nos comprometemos con la exactitud y la imparcialidad, y corregimos nuestros errores con rapidez y transparencia cuando los lectores o las fuentes nos los señalan."),
}
PAGES = {
    "en": [("/ethics-policy/", "Ethics policy"), ("/editorial-standards/", "Editorial standards"), ("/masthead/", "Masthead"), ("/advertise/", "Advertise with us"),
           ("/accessibility/", "Accessibility statement"), ("/faq/", "Frequently asked questions"), ("/cookie-policy/", "Cookie policy"), ("/sitemap/", "Site map"),
           ("/newsroom-team/", "Our newsroom"), ("/subscribe/offers/", "Subscription offers")],
    "de": [("/ethik-kodex/", "Ethik-Kodex"), ("/redaktionelle-leitlinien/", "Redaktionelle Leitlinien"), ("/impressum-redaktion/", "Redaktion"), ("/werben/", "Werben bei uns"),
           ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"), ("/hilfe/", "Häufige Fragen"), ("/cookie-richtlinie/", "Cookie-Richtlinie"), ("/sitemap/", "Sitemap"),
           ("/unser-team/", "Unser Team"), ("/abo/angebote/", "Abo-Angebote")],
    "es": [("/codigo-etico/", "Código ético"), ("/normas-editoriales/", "Normas editoriales"), ("/equipo-directivo/", "Equipo directivo"), ("/publicidad/", "Publicidad"),
           ("/accesibilidad/", "Declaración de accesibilidad"), ("/preguntas-frecuentes/", "Preguntas frecuentes"), ("/politica-de-cookies/", "Política de cookies"), ("/mapa-del-sitio/", "Mapa del sitio"),
           ("/nuestro-equipo/", "Nuestro equipo"), ("/suscripcion/ofertas/", "Ofertas de suscripción")],
}
SITES = [("127.0.1.181", "en", "Riverside Chronicle", "Laura Bennett", "By %s", lambda d: d.strftime("%B %-d, %Y")),
         ("127.0.1.182", "de", "Flussbote", "Martin Vogel", "Von %s", lambda d: d.strftime("%d.%m.%Y")),
         ("127.0.1.183", "es", "Crónica del Río", "Carmen Ruiz", "Por %s", lambda d: "%d/%d/%d" % (d.day, d.month, d.year))]
for host, L, name, author, label, fmt in SITES:
    story, service = TEXT[L]
    links = []
    for i in range(3):
        dt = datetime.datetime(2025, 6, 2 + i * 7, 10, 0)
        head = {"en": "Ferry to run late services on weekends (%d)", "de": "Fähre fährt am Wochenende länger (%d)", "es": "El transbordador ampliará su horario los fines de semana (%d)"}[L] % (i + 1)
        path = "/news/ferry-late-services-%d/" % i
        body = "".join("<p>%s</p>" % shuffled(story, "o%s%d%d" % (L, i, k)) for k in range(5))
        write(OUT, host, path, '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title></head><body><header><a href="/">%s</a></header><main><article><h1>%s</h1><p class="byline">%s</p><p class="date">%s</p>%s</article></main><footer>%s</footer></body></html>' % (
            L, html.escape(head), name, name, html.escape(head), label % author, fmt(dt), body, " ".join('<a href="%s">%s</a>' % p for p in PAGES[L])))
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=dt.strftime("%Y-%m-%d"), authors=[author]))
        links.append((path, head))
    for path, title in PAGES[L]:
        prose = "".join("<p>%s</p>" % shuffled(service, "s%s%s%d" % (L, path, k)) for k in range(6))
        if "sitemap" in path or "mapa" in path:
            prose = "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % p for p in PAGES[L] + links)
        write(OUT, host, path, '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title></head><body><header><a href="/">%s</a></header><main><h1>%s</h1>%s</main><footer>%s</footer></body></html>' % (
            L, title, name, name, title, prose, " ".join('<a href="%s">%s</a>' % p for p in PAGES[L])))
        truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind="service"))
    write(OUT, host, "/", '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s<footer>%s</footer></body></html>' % (
        L, name, name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links), " ".join('<a href="%s">%s</a>' % p for p in PAGES[L])))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
