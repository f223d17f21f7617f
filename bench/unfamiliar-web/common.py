"""Helpers the hand-made web generators share."""
import html
import json
import os
import random


def shuffled(base, seed, chunk=0):
    """A paragraph made from base with its words (or, for scripts without
    spaces, its runs of chunk characters) in an order fixed by seed, so
    that every story's text is its own."""
    rnd = random.Random(seed)
    if chunk:
        parts = [base[j:j + chunk] for j in range(0, len(base) - 1, chunk)]
        rnd.shuffle(parts)
        return "".join(parts) + "。"
    words = base.rstrip(".").split()
    rnd.shuffle(words)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def write(out, host, path, doc, encoding="utf-8", errors="strict"):
    """Writes doc, in encoding, where a static server serves host's path:
    a path that ends in a slash is a directory's index.html. errors is
    str.encode's: "xmlcharrefreplace" writes a character the legacy
    encoding lacks as a character reference."""
    fp = os.path.join(out, host, path.lstrip("/"))
    if path.endswith("/"):
        os.makedirs(fp, exist_ok=True)
        fp = os.path.join(fp, "index.html")
    else:
        os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "wb") as f:
        f.write(doc.encode(encoding, errors))


# The bridge story the generators since web q tell, per language: a
# paragraph to shuffle, a headline and three reporters' names.
BRIDGE = {
    "en": ("The county will rebuild the old stone bridge over the river by next autumn, after engineers found that its piers had been weakened by years of floods and heavy lorries.",
           "County to rebuild the old stone bridge", ["Hannah Price", "Oliver Grant", "Meera Shah"]),
    "de": ("Der Landkreis will die alte Steinbrücke über den Fluss bis zum nächsten Herbst neu bauen, nachdem Ingenieure festgestellt hatten, dass Hochwasser und schwere Lastwagen die Pfeiler geschwächt haben.",
           "Landkreis baut die alte Steinbrücke neu", ["Lena Hoffmann", "Felix Brandt", "Sabine Roth"]),
    "fr": ("Le département reconstruira le vieux pont de pierre sur la rivière d'ici l'automne prochain, après que des ingénieurs ont constaté que ses piles avaient été affaiblies par les crues et les camions.",
           "Le département va reconstruire le vieux pont", ["Camille Rousseau", "Julien Mercier", "Élise Fontaine"]),
    "es": ("La diputación reconstruirá el viejo puente de piedra sobre el río antes del próximo otoño, después de que los ingenieros comprobaran que las crecidas y los camiones habían debilitado sus pilares.",
           "La diputación reconstruirá el viejo puente", ["Marta Delgado", "Pablo Serrano", "Irene Campos"]),
    "it": ("La provincia ricostruirà il vecchio ponte di pietra sul fiume entro il prossimo autunno, dopo che gli ingegneri hanno scoperto che le piene e i camion avevano indebolito i piloni.",
           "La provincia ricostruirà il vecchio ponte", ["Francesca Galli", "Luca Marchetti", "Elena Conti"]),
    "pt": ("A câmara vai reconstruir a velha ponte de pedra sobre o rio até ao próximo outono, depois de engenheiros terem verificado que as cheias e os camiões enfraqueceram os pilares.",
           "Câmara vai reconstruir a velha ponte", ["Ana Ribeiro", "Miguel Lopes", "Sofia Matos"]),
    "nl": ("De provincie bouwt de oude stenen brug over de rivier voor volgend najaar opnieuw, nadat ingenieurs ontdekten dat overstromingen en zware vrachtwagens de pijlers hadden verzwakt.",
           "Provincie bouwt oude stenen brug opnieuw", ["Femke Visser", "Daan Mulder", "Sanne Smit"]),
    "zh": ("县政府将在明年秋季之前重建河上的老石桥，此前工程师发现多年的洪水和重型卡车已经削弱了桥墩。",
           "县政府将重建河上老石桥", ["张伟", "李娜", "赵敏"]),
}


class Site:
    """One site of a hand-made web: writes its pages where a static server
    serves host's files (under out) and records each page in truth, the
    web's ground truth, as an article or a non-article."""

    def __init__(self, out, host, port, truth):
        self.out, self.host, self.port, self.truth = out, host, port, truth

    def url(self, p):
        return "http://%s:%d%s" % (self.host, self.port, p)

    def put(self, path, doc):
        # an extensionless last segment is a directory's index.html (the
        # server redirects /x to /x/)
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        write(self.out, self.host, path, doc)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        self.put(path, doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        for k, v in (("instant", instant), ("must", must), ("must_not", must_not)):
            if v:
                a[k] = v
        self.truth["articles"].append(a)

    def non(self, path, doc):
        self.put(path, doc)
        self.truth["nonarticles"].append(self.url(path))

    def sitemap(self, paths, disallow="/search"):
        locs = "".join("<url><loc>%s</loc></url>" % html.escape(self.url(p)) for p in paths)
        self.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: %s\n\nSitemap: %s\n" % (disallow, self.url("/sitemap.xml")))

    def rss(self, path, title, items):
        """An RSS feed of items, each (path, title, RFC 822 date)."""
        it = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
            html.escape(t), html.escape(self.url(p)), d) for p, t, d in items)
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
            html.escape(title), self.url("/"), it))


def jl(o):
    """A JSON-LD script element holding o."""
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def ps(paras, cls=""):
    """Paragraph elements, one per text, escaped."""
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, html.escape(p)) for p in paras)


def links(items, cls="", tag="li"):
    """A link in a tag element (a list item by default) per (path, text)."""
    c = ' class="%s"' % cls if cls else ""
    return "".join('<%s%s><a href="%s">%s</a></%s>' % (tag, c, p, html.escape(t), tag) for p, t in items)
