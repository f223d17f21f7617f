"""Web w: twelve publishers whose addresses say nothing: stories, tag
pages, author pages, section fronts and the about page all live under
"/node/<number>" or "/content/<number>" (chosen at random with a fixed
seed), so the page's kind must come from the page itself and from
the site's links. Non-article pages are thin: a heading, one or two
sentences, and links to three to six stories with their dates; the author
page carries a short biography and the author's photo, the about page a
paragraph and the staff's names. In English, German, French, Spanish,
Polish and Russian. Written after web v and crawled once before any
change: every field right, 0 of 48 stored; nothing changed for it. Writes the sites and truth.json under the directory given as the
first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18102
rnd = random.Random("web-w")
truth = {"articles": [], "nonarticles": []}
L10N = {
    "en": ("The town will reopen the old market hall as a covered market with twenty stalls next year, after a local cooperative won the tender to run it.",
           "Market hall to reopen", "By %s", ["Emma Clarke", "Jacob Hill"], "Tag: markets", "Local news", "About us", "is a reporter covering the town centre and local business.",
           "We are the town's independent newspaper. Our staff:"),
    "de": ("Die Stadt eröffnet die alte Markthalle im nächsten Jahr als überdachten Markt mit zwanzig Ständen, nachdem eine Genossenschaft die Ausschreibung gewonnen hat.",
           "Markthalle öffnet wieder", "Von %s", ["Lisa Bauer", "Moritz Kern"], "Schlagwort: Märkte", "Lokales", "Über uns", "berichtet über die Innenstadt und den lokalen Handel.",
           "Wir sind die unabhängige Zeitung der Stadt. Unser Team:"),
    "fr": ("La ville rouvrira l'ancienne halle l'an prochain sous la forme d'un marché couvert de vingt étals, après qu'une coopérative a remporté l'appel d'offres.",
           "La halle va rouvrir", "Par %s", ["Julie Lemoine", "Bastien Noël"], "Mot-clé : marchés", "Actualité locale", "Qui sommes-nous", "couvre le centre-ville et le commerce local.",
           "Nous sommes le journal indépendant de la ville. Notre équipe :"),
    "es": ("El ayuntamiento reabrirá el antiguo mercado el año que viene como mercado cubierto con veinte puestos, después de que una cooperativa ganara el concurso.",
           "El viejo mercado reabrirá", "Por %s", ["Alba Ruiz", "Hugo Medina"], "Etiqueta: mercados", "Local", "Quiénes somos", "cubre el centro de la ciudad y el comercio local.",
           "Somos el periódico independiente de la ciudad. Nuestro equipo:"),
    "pl": ("Miasto ponownie otworzy starą halę targową w przyszłym roku jako kryty targ z dwudziestoma stoiskami, po tym jak przetarg wygrała lokalna spółdzielnia.",
           "Hala targowa znów otwarta", "Autor: %s", ["Ewa Sikora", "Jakub Baran"], "Tag: targi", "Z miasta", "O nas", "pisze o centrum miasta i lokalnym handlu.",
           "Jesteśmy niezależną gazetą miasta. Nasz zespół:"),
    "ru": ("Город в следующем году вновь откроет старый рынок как крытый рынок на двадцать торговых мест после того, как конкурс выиграл местный кооператив.",
           "Старый рынок откроется снова", "Автор: %s", ["Ольга Белова", "Артём Козлов"], "Тег: рынки", "Город", "О нас", "пишет о центре города и местной торговле.",
           "Мы независимая газета города. Наша команда:"),
}

langs = list(L10N)
for si in range(12):
    L = langs[si % len(langs)]
    text, headw, by, names, tagh, secth, abouth, bio, abouttext = L10N[L]
    host = "127.0.2.%d" % (110 + si)
    style = rnd.choice(["node", "content"])
    ids = rnd.sample(range(1000, 9999), 10)

    def addr(k):
        return "/%s/%d" % (style, ids[k])

    def fpath(k):  # where the static server finds the page
        return addr(k)
    site = ["Market Square Post", "Old Town Herald"][si % 2]
    nav = ""
    stories = []
    for i in range(5):
        d = datetime.datetime(2025, 11, 3 + 4 * i + si % 3, 7 + i, 0)
        a = names[i % 2]
        head = "%s (%d)" % (headw, si * 5 + i + 1)
        body = "".join("<p>%s</p>" % html.escape(shuffled(text, "w%d%d%d" % (si, i, k))) for k in range(5))
        stories.append((addr(i), fpath(i), head, a, d, body))
    others = [(addr(5), fpath(5), tagh, "", 4), (addr(6), fpath(6), names[0], names[0] + " " + bio, 3), (addr(7), fpath(7), secth, "", 5),
              (addr(8), fpath(8), abouth, abouttext + " " + ", ".join(names) + ".", 0)]
    nav = " ".join('<a href="%s">%s</a>' % (u, html.escape(h)) for u, _, h, _, _ in others)
    for u, fp, head, a, d, body in stories:
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s - %s</title></head><body><header><a href="/">%s</a> %s</header>'
               '<main><h1>%s</h1><p class="meta">%s | %s</p>%s</main><footer>&copy; %s</footer></body></html>') % (
            L, html.escape(head), html.escape(site), html.escape(site), nav, html.escape(head), html.escape(by % a), d.strftime("%d.%m.%Y %H:%M"), body, html.escape(site))
        write(OUT, host, fp, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, u), title=head, date=d.strftime("%Y-%m-%d"), authors=[a]))
    for u, fp, head, intro, n in others:
        items = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (su, html.escape(sh), sd.strftime("%d.%m.%Y")) for su, _, sh, _, sd, _ in stories[:n])
        photo = '<img src="/p.jpg" alt="%s">' % html.escape(head) if intro.startswith(names[0]) else ""
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s - %s</title></head><body><header><a href="/">%s</a> %s</header>'
               '<main><h1>%s</h1>%s%s%s</main><footer>&copy; %s</footer></body></html>') % (
            L, html.escape(head), html.escape(site), html.escape(site), nav, html.escape(head), photo, ("<p>%s</p>" % html.escape(intro)) if intro else "",
            ("<ul>%s</ul>" % items) if items else "", html.escape(site))
        write(OUT, host, fp, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, u))
    home = '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>' % (
        L, html.escape(site), nav, "".join('<h2><a href="%s">%s</a></h2>' % (u, html.escape(h)) for u, _, h, _, _, _ in stories))
    write(OUT, host, "/", home)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
