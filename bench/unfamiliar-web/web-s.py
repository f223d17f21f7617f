"""Web s: twelve publishers whose stories and lists look alike, put together
at random (a fixed seed). The stories: listicles and guides ("10 beaches
to visit this summer", "Wie Sie Ihre Heizung entlüften") with a heading,
a picture and a paragraph or a numbered list per item, and short news
items. The lists: tag pages that open with a long paragraph about the
topic, author pages with a long biography, section fronts whose teasers
carry long excerpts, dates and bylines, a month's archive and a search
page with excerpts. In English, German, French, Spanish, Italian and
Polish. Written after web r and crawled once before any change. Writes the
sites and truth.json under the directory given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18098
rnd = random.Random("web-s")
truth = {"articles": [], "nonarticles": []}

L10N = {
    "en": dict(text="The coast has dozens of quiet beaches that most visitors never reach, from sheltered coves with clear water to long dunes where you can walk for an hour without meeting anyone.",
               listicle="%d beaches to visit this summer", guide="How to bleed a radiator", item="Beach", step="Step", by="By %s", tag="Tag: %s",
               topic="Travel", names=["Rachel Dunn", "Ahmed Siddiqui"], more="Read more", search="Search results for", archive="Archive"),
    "de": dict(text="An der Küste gibt es Dutzende ruhige Strände, die die meisten Besucher nie erreichen, von geschützten Buchten mit klarem Wasser bis zu langen Dünen, an denen man eine Stunde lang niemandem begegnet.",
               listicle="%d Strände für diesen Sommer", guide="Wie Sie Ihre Heizung entlüften", item="Strand", step="Schritt", by="Von %s", tag="Thema: %s",
               topic="Reisen", names=["Svenja Keller", "Matthias Huber"], more="Weiterlesen", search="Suchergebnisse für", archive="Archiv"),
    "fr": dict(text="La côte compte des dizaines de plages tranquilles que la plupart des visiteurs n'atteignent jamais, des criques abritées à l'eau claire aux longues dunes où l'on marche une heure sans croiser personne.",
               listicle="%d plages à découvrir cet été", guide="Comment purger un radiateur", item="Plage", step="Étape", by="Par %s", tag="Mot-clé : %s",
               topic="Voyage", names=["Pauline Moreau", "Antoine Roux"], more="Lire la suite", search="Résultats de recherche pour", archive="Archives"),
    "es": dict(text="La costa tiene decenas de playas tranquilas a las que la mayoría de los visitantes nunca llega, desde calas resguardadas de agua clara hasta largas dunas donde se camina una hora sin cruzarse con nadie.",
               listicle="%d playas para visitar este verano", guide="Cómo purgar un radiador", item="Playa", step="Paso", by="Por %s", tag="Etiqueta: %s",
               topic="Viajes", names=["Laura Navarro", "Diego Romero"], more="Leer más", search="Resultados de búsqueda para", archive="Archivo"),
    "it": dict(text="La costa ha decine di spiagge tranquille che la maggior parte dei visitatori non raggiunge mai, da calette riparate con acqua limpida a lunghe dune dove si cammina per un'ora senza incontrare nessuno.",
               listicle="%d spiagge da visitare quest'estate", guide="Come sfiatare un termosifone", item="Spiaggia", step="Passo", by="di %s", tag="Tag: %s",
               topic="Viaggi", names=["Sara Colombo", "Davide Ricci"], more="Leggi di più", search="Risultati della ricerca per", archive="Archivio"),
    "pl": dict(text="Na wybrzeżu są dziesiątki spokojnych plaż, do których większość turystów nigdy nie dociera, od osłoniętych zatoczek z czystą wodą po długie wydmy, gdzie można iść godzinę, nikogo nie spotykając.",
               listicle="%d plaż, które warto odwiedzić latem", guide="Jak odpowietrzyć grzejnik", item="Plaża", step="Krok", by="Autor: %s", tag="Tag: %s",
               topic="Podróże", names=["Joanna Wójcik", "Marcin Krawczyk"], more="Czytaj dalej", search="Wyniki wyszukiwania dla", archive="Archiwum"),
}
SITES = ["Coastal Weekend", "Home & Harbour"]


def slug(s):
    return "".join(c for c in s.lower().replace("ó", "o").replace("ż", "z") if c.isascii())


def para(L, seed, n=1):
    return " ".join(shuffled(L10N[L]["text"], "%s%d" % (seed, k)) for k in range(n))


def page(L, title, site, main, head=""):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">%s</a> '
            '<a href="/topic/">Topic</a> <a href="/archive/2025/06/">Archive</a></header><main>%s</main><footer>&copy; %s</footer></body></html>') % (
        L, html.escape(title + " | " + site), head, html.escape(site), main, html.escape(site))


langs = list(L10N)
for si in range(12):
    L = langs[si % len(langs)]
    t = L10N[L]
    host = "127.0.2.%d" % (20 + si)
    site = SITES[si % 2]
    kinds = ["listicle", "guide", "brief"]
    rnd.shuffle(kinds)
    stories = []
    for i, kind in enumerate(kinds):
        d = datetime.datetime(2025, 6, 2 + i * 6 + si % 5, 7 + i * 2, 5)
        a = t["names"][(si + i) % 2]
        if kind == "listicle":
            n = rnd.choice([5, 7, 10])
            head = t["listicle"] % n
            items = "".join('<h2>%d. %s %d</h2><figure><img src="/i/%d.jpg" alt=""></figure><p>%s</p>' % (k + 1, t["item"], k + 1, k, html.escape(para(L, "s%d%d%d" % (si, i, k)))) for k in range(n))
            inner = "<p>%s</p>%s" % (html.escape(para(L, "i%d%d" % (si, i))), items)
        elif kind == "guide":
            head = t["guide"]
            steps = "".join("<li><strong>%s %d.</strong> %s</li>" % (t["step"], k + 1, html.escape(para(L, "g%d%d%d" % (si, i, k))[:140])) for k in range(6))
            inner = "<p>%s</p><ol>%s</ol><p>%s</p>" % (html.escape(para(L, "gi%d%d" % (si, i))), steps, html.escape(para(L, "go%d%d" % (si, i))))
        else:
            head = para(L, "h%d%d" % (si, i))[:60].rstrip(" ,.") + " (%d)" % (si * 3 + i)
            inner = "<p>%s</p><p>%s</p>" % (html.escape(para(L, "b%d%d" % (si, i), 2)), html.escape(para(L, "c%d%d" % (si, i))))
        meta = '<p class="byline">%s · <time datetime="%s">%s</time></p>' % (html.escape(t["by"] % a), d.strftime("%Y-%m-%dT%H:%M:00+02:00"), d.strftime("%d.%m.%Y"))
        path = "/%s/%s-%d/" % (slug(t["topic"]), kind, si * 3 + i)
        write(OUT, host, path, page(L, head, site, "<article><h1>%s</h1>%s%s</article>" % (html.escape(head), meta, inner)))
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=[a]))
        stories.append((path, head, a, d))

    def teasers(excerpt_len):
        return "".join('<div class="post"><h2><a href="%s">%s</a></h2><p class="meta">%s · %s</p><p>%s <a href="%s">%s</a></p></div>' % (
            p, html.escape(h), html.escape(t["by"] % a), d.strftime("%d.%m.%Y"), html.escape(para(L, "e%s" % p)[:excerpt_len]), p, t["more"]) for p, h, a, d in stories)
    others = [
        ("/tag/%s/" % slug(t["topic"]), t["tag"] % t["topic"], "<p>%s</p>%s" % (html.escape(para(L, "tag%d" % si, 3)), teasers(160))),
        ("/author/%s/" % t["names"][0].split()[0].lower(), t["names"][0], '<img src="/a.jpg" alt=""><p>%s</p>%s' % (html.escape(para(L, "bio%d" % si, 3)), teasers(120))),
        ("/topic/", t["topic"], teasers(300)),
        ("/archive/2025/06/", "%s: 06/2025" % t["archive"], teasers(200)),
        ("/search/plaza/", "%s \u201cbeach\u201d" % t["search"], teasers(220)),
    ]
    for opath, oh, inner in others:
        write(OUT, host, opath, page(L, oh, site, "<h1>%s</h1>%s" % (html.escape(oh), inner)))
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
    write(OUT, host, "/", page(L, site, site, "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(h)) for p, h, _, _ in stories) +
                               "".join('<a href="%s">%s</a> ' % (p, html.escape(h)) for p, h, _ in others)))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
