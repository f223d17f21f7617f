"""Web z: twelve publishers whose headlines carry more than the headline,
put together at random (a fixed seed): a kicker (Dachzeile, occhiello,
antetítulo) set in its own element of the <h1> by a class such as
"dachzeile", "kicker", "topline" or "overline", or in a <small> before a
line break, with a separator for screen readers or none, while the
declared titles join kicker and headline ("Kicker: Headline", "Headline -
Kicker") or give the headline alone; the day written into the headline
("23.01.2025 - Headline") or only into og:title and <title>, or set in a
<small> inside the <h1>; a date in an element whose class says "datum" or
"fecha" at the start of the lead, under a masthead showing today's date;
a story page that shows no date of its own while the list of latest
stories beside it shows its teaser with the date; stories addressed under a
"service" path by a script's name and an id ("/service/news_view/104233/";
python's http.server ignores queries, so the query form is left to the
unit tests). Beside them a tag page, a
section front and a service page. In German, Spanish, Italian, Dutch,
French and English. Written after the kicker, headline-date, "datum" and
own-teaser rules, which came from real pages of go-trafilatura's
comparison set; crawled once after them. Writes the sites and truth.json
under the directory given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BRIDGE, shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18105
rnd = random.Random("web-z")
truth = {"articles": [], "nonarticles": []}

# Per language: kickers, byline label, the masthead's "today" line, the
# latest-stories heading, and the non-article pages' headings.
L10N = {
    "de": (["Verkehr", "Nach dem Hochwasser", "Landkreis"], "Von %s", "Heute ist %s", "Aktuelles",
           ("Schlagwort: Brücken", "Region", "Kontakt und Anfahrt")),
    "es": (["Obras públicas", "Tras las riadas", "Provincia"], "Por %s", "Hoy es %s", "Últimas noticias",
           ("Etiqueta: puentes", "Provincia", "Contacto")),
    "it": (["Lavori pubblici", "Dopo l'alluvione", "Provincia"], "Di %s", "Oggi è %s", "Ultime notizie",
           ("Tag: ponti", "Provincia", "Contatti")),
    "nl": (["Verkeer", "Na de overstroming", "Provincie"], "Door %s", "Vandaag is het %s", "Laatste nieuws",
           ("Tag: bruggen", "Regio", "Contact")),
    "fr": (["Travaux", "Après les crues", "Département"], "Par %s", "Nous sommes le %s", "Dernières actualités",
           ("Mot-clé : ponts", "Département", "Contact")),
    "en": (["Transport", "After the floods", "County"], "By %s", "Today is %s", "Latest news",
           ("Tag: bridges", "County", "Contact us")),
}
KICKER_CLASSES = ["dachzeile", "kicker", "topline", "article-heading__kicker", "headline--overline", "eyebrow"]
SEPS = [" | ", " - ", " – ", " :: "]
TODAY = datetime.date(2025, 12, 4)

langs = list(L10N)
for si in range(12):
    L = langs[si % len(langs)]
    text, headw, names = BRIDGE[L]
    kickers, by, todayline, latest, (tagh, secth, serviceh) = L10N[L]
    host = "127.0.2.%d" % (162 + si)
    site = ["Kreisbote", "Valley Courier", "Il Corriere di Valle", "De Streekkrant"][si % 4] + " %d" % (si + 1)
    sep = rnd.choice(SEPS)
    query_ids = rnd.random() < 0.4  # stories at /service/news_view/N/
    stories = []
    for i in range(5):
        d = datetime.datetime(2025, 11, 3 + 5 * i + si % 4, 6 + i, 10 * (i % 6))
        head = "%s (%d)" % (headw, si * 5 + i + 1)
        kicker = rnd.choice(kickers)
        author = names[i % len(names)]
        if query_ids:
            u = "/service/news_view/%d/" % (104230 + si * 10 + i)
        else:
            u = "/aktuell/detail/news/story-%d-%d/" % (si, i)
        # How the headline is set, and where the day is shown.
        form = rnd.choice(["kicker-class", "kicker-small", "day-in-h1", "day-in-title", "day-small", "datum", "own-teaser"])
        stories.append(dict(u=u, link=u, fp=u, head=head, kicker=kicker, author=author, d=d, form=form))
    others = [("/tag/bruecken/", tagh, 4), ("/region/", secth, 5), ("/service/kontakt/", serviceh, 0)]
    nav = " ".join('<a href="%s">%s</a>' % (u, html.escape(h)) for u, h, _ in others)
    masthead = '<div class="navtop"><span class="mod_datetime"><time datetime="%s">%s</time></span></div>' % (
        TODAY.isoformat(), html.escape(todayline % TODAY.strftime("%d.%m.%Y")))

    def sidebar(show_dates):
        items = "".join('<li><span class="htag"><a href="%s">%s</a></span> <span class="newsitem-time">%s</span></li>' % (
            html.escape(t["link"]), html.escape(t["head"]), t["d"].strftime("%d.%m.%Y") if show_dates else "") for t in stories)
        return '<aside class="latest"><h3>%s</h3><ul>%s</ul></aside>' % (html.escape(latest), items)

    for k, s in enumerate(stories):
        head, kicker, d, form = s["head"], s["kicker"], s["d"], s["form"]
        day = d.strftime("%d.%m.%Y")
        title_decl = head
        og = ""
        meta_line = '<p class="meta"><span class="byline">%s</span> <span class="date">%s</span></p>' % (
            html.escape(by % s["author"]), d.strftime("%d.%m.%Y %H:%M"))
        lead_prefix = ""
        side = sidebar(False)
        if form == "kicker-class":
            hidden = rnd.choice(['<span class="visually-hidden">: </span>', " "])
            h1 = '<h1 class="article-heading"><span class="%s">%s</span>%s<span class="headline">%s</span></h1>' % (
                rnd.choice(KICKER_CLASSES), html.escape(kicker), hidden, html.escape(head))
            title_decl = rnd.choice(["%s: %s" % (kicker, head), "%s - %s" % (head, kicker), head])
            og = '<meta property="og:title" content="%s">' % html.escape(title_decl)
        elif form == "kicker-small":
            h1 = '<h1 class="single-post-title"><span class="post-title"><small>%s</small><br>%s</span></h1>' % (html.escape(kicker), html.escape(head))
            title_decl = "%s | %s" % (kicker, head)
        elif form == "day-in-h1":
            h1 = "<h1>%s - %s</h1>" % (day, html.escape(head))
            title_decl = "%s - %s" % (day, head)
            meta_line = '<p class="meta"><span class="byline">%s</span></p>' % html.escape(by % s["author"])
        elif form == "day-in-title":
            h1 = "<h1>%s</h1>" % html.escape(head)
            title_decl = "%s | %s" % (day, head)
            og = '<meta property="og:title" content="%s">' % html.escape(title_decl)
            meta_line = '<p class="meta"><span class="byline">%s</span></p>' % html.escape(by % s["author"])
        elif form == "day-small":
            h1 = '<h1>%s<br><small><span class="icon"></span>&nbsp;%s &bull; <span class="cat">%s</span></small></h1>' % (
                html.escape(head), day, html.escape(kicker))
            meta_line = '<p class="meta"><span class="byline">%s</span></p>' % html.escape(by % s["author"])
        elif form == "datum":
            h1 = "<h1>%s</h1>" % html.escape(head)
            meta_line = '<p class="text_autor">%s</p>' % html.escape(by % s["author"])
            lead_prefix = '<span class="%s">%s.</span> ' % (rnd.choice(["text_datum", "artikel-datum", "fecha-nota", "nota_fecha"]), day)
        else:  # own-teaser: the story page shows no date; its teaser beside it does
            h1 = "<h1>%s</h1>" % html.escape(head)
            meta_line = '<p class="meta"><span class="byline">%s</span></p>' % html.escape(by % s["author"])
            side = sidebar(True)
        paras = [shuffled(text, "z%d%d%d" % (si, k, j)) for j in range(5)]
        body = "<p>%s%s</p>" % (lead_prefix, html.escape(paras[0])) + "".join("<p>%s</p>" % html.escape(p) for p in paras[1:])
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s%s%s</title>%s</head><body>'
               '<header>%s<a href="/">%s</a> <nav>%s</nav></header><div class="page"><main><div class="article">%s%s%s</div></main>%s</div>'
               '<footer>&copy; %s</footer></body></html>') % (
            L, html.escape(title_decl), html.escape(sep), html.escape(site), og, masthead, html.escape(site), nav, h1, meta_line, body, side, html.escape(site))
        write(OUT, host, s["fp"], doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, s["u"]), title=head, date=d.strftime("%Y-%m-%d"), authors=[s["author"]]))
    for u, head, n in others:
        items = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (html.escape(t["link"]), html.escape(t["head"]), t["d"].strftime("%d.%m.%Y")) for t in stories[:n])
        intro = "" if n else "<p>%s</p><p>%s</p>" % (html.escape(site), "Tel. +49 30 1234567 &middot; redaktion@example.org")
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s%s%s</title></head><body><header>%s<a href="/">%s</a> <nav>%s</nav></header>'
               '<main><h1>%s</h1>%s%s</main><footer>&copy; %s</footer></body></html>') % (
            L, html.escape(head), html.escape(sep), html.escape(site), masthead, html.escape(site), nav, html.escape(head), intro,
            ("<ul>%s</ul>" % items) if items else "", html.escape(site))
        write(OUT, host, u, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, u))
    home = '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s<nav>%s</nav></header><main>%s</main></body></html>' % (
        L, html.escape(site), masthead, nav, "".join('<h2><a href="%s">%s</a></h2>' % (html.escape(t["link"]), html.escape(t["head"])) for t in stories))
    write(OUT, host, "/", home)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
