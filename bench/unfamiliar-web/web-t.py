"""Web t: twenty-four publishers whose pages show neither byline nor date:
both sit only in the head, each site choosing at random (a fixed seed)
one of the names publishers give them: for the date pubdate, publishdate,
date, DC.date.issued, dcterms.created, sailthru.date, parsely-pub-date,
article.published, og:published_time, itemprop=datePublished on a <meta>,
a JSON-LD @graph, or a JSON-LD NewsArticle whose dates are written with a
space and no zone; for the authors author ("By Jane Doe"), byl ("By JANE
DOE and JOHN ROE" as printed), dc.creator, parsely-author, sailthru.author
(two, comma-separated), article:author as a profile URL beside an author
name, a JSON-LD author with a nested Person list, and a JSON-LD author
given by @id in the @graph. A few titles come from og:title alone
(a <title> naming only the site). Non-articles: a video page (VideoObject)
and a photo gallery (ImageGallery) with a line of text each, and the
site's privacy page. Written after web s and crawled once before any
change: titles 72/72, dates 72/72, authors 63/72, 0 of 72 stored. The nine
misses were this generator's: it wrote two NewsArticle objects into one
@graph when both the date and the author lived there; with one object
every field is right and newsroom was not changed for it. Writes the
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
PORT = 18099
rnd = random.Random("web-t")
truth = {"articles": [], "nonarticles": []}
TEXT = {
    "en": "The city will plant two thousand street trees over the next three years, starting in the neighbourhoods with the least shade, after a survey found summer pavements there were several degrees hotter.",
    "de": "Die Stadt pflanzt in den nächsten drei Jahren zweitausend Straßenbäume, zuerst in den Vierteln mit dem wenigsten Schatten, nachdem eine Messung dort im Sommer deutlich heißere Gehwege ergeben hatte.",
    "es": "La ciudad plantará dos mil árboles en las calles durante los próximos tres años, empezando por los barrios con menos sombra, después de que un estudio comprobara que allí las aceras son varios grados más calientes.",
    "fr": "La ville plantera deux mille arbres d'alignement au cours des trois prochaines années, en commençant par les quartiers les moins ombragés, où une étude a mesuré des trottoirs nettement plus chauds l'été.",
}
HEADS = {"en": "City to plant two thousand street trees", "de": "Stadt pflanzt zweitausend Straßenbäume", "es": "La ciudad plantará dos mil árboles",
         "fr": "La ville plantera deux mille arbres"}
NAMES = {"en": ["Julia Benson", "Marcus Lee", "Priya Nair"], "de": ["Anja Weber", "Florian Schulz", "Nina Wolf"],
         "es": ["Elena Vidal", "Tomás Rivas", "Clara Pons"], "fr": ["Léa Martin", "Nicolas Petit", "Chloé Bernard"]}
DATE_SOURCES = ["pubdate", "publishdate", "date", "DC.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                "og:published_time", "itemprop", "graph", "ld-space"]
AUTHOR_SOURCES = ["author-by", "byl", "dc.creator", "parsely-author", "sailthru-two", "profile-url", "ld-nested", "ld-ref"]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


langs = list(TEXT)
for si in range(24):
    L = langs[si % len(langs)]
    host = "127.0.2.%d" % (40 + si)
    site = ["Metro Ledger", "Green City News", "The Daily Branch"][si % 3]
    dsrc = DATE_SOURCES[si % len(DATE_SOURCES)]
    asrc = AUTHOR_SOURCES[rnd.randrange(len(AUTHOR_SOURCES))]
    og_only = rnd.random() < 0.25
    links = []
    for i in range(3):
        d = datetime.datetime(2025, 9, 3 + 8 * i + si % 6, 19 + i, 10)  # evening: a UTC reading would be the next day
        head = "%s (%d)" % (HEADS[L], si * 3 + i + 1)
        names = NAMES[L]
        authors = [names[(si + i) % 3]] if asrc not in ("sailthru-two", "byl") else [names[(si + i) % 3], names[(si + i + 1) % 3]]
        metas, graph = [], []
        if dsrc == "itemprop":
            metas.append('<meta itemprop="datePublished" content="%s">' % iso(d))
        elif dsrc == "graph":
            graph.append({"@type": "NewsArticle", "@id": "#article", "headline": head, "datePublished": iso(d)})
        elif dsrc == "ld-space":
            graph.append({"@type": "NewsArticle", "headline": head, "datePublished": d.strftime("%Y-%m-%d %H:%M:%S")})
        elif dsrc in ("og:published_time",):
            metas.append('<meta property="%s" content="%s">' % (dsrc, iso(d)))
        else:
            val = iso(d) if dsrc not in ("date", "sailthru.date") else d.strftime("%Y-%m-%d %H:%M")
            metas.append('<meta name="%s" content="%s">' % (dsrc, val))
        if asrc == "author-by":
            metas.append('<meta name="author" content="By %s">' % html.escape(authors[0]))
        elif asrc == "byl":
            authors = [a.upper() for a in authors]
            metas.append('<meta name="byl" content="By %s">' % html.escape(" and ".join(authors)))
        elif asrc == "dc.creator":
            metas.append('<meta name="dc.creator" content="%s">' % html.escape(authors[0]))
        elif asrc == "parsely-author":
            metas.append('<meta name="parsely-author" content="%s">' % html.escape(authors[0]))
        elif asrc == "sailthru-two":
            metas.append('<meta name="sailthru.author" content="%s">' % html.escape(", ".join(authors)))
        elif asrc == "profile-url":
            metas.append('<meta property="article:author" content="https://www.facebook.com/%s">' % authors[0].split()[0].lower())
            metas.append('<meta name="author" content="%s">' % html.escape(authors[0]))
        elif asrc == "ld-nested":
            graph.append({"@type": "NewsArticle", "headline": head, "author": {"@type": "Person", "name": authors[0], "worksFor": {"@type": "Organization", "name": site}}})
        else:  # ld-ref
            graph.append({"@type": "NewsArticle", "headline": head, "author": {"@id": "#person-%d" % i}})
            graph.append({"@type": "Person", "@id": "#person-%d" % i, "name": authors[0]})
        # One NewsArticle carries whatever the date and author sources put
        # in the graph.
        arts = [g for g in graph if g["@type"] == "NewsArticle"]
        if len(arts) > 1:
            for g in arts[1:]:
                arts[0].update(g)
                graph.remove(g)
        if graph:
            metas.append('<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False))
        title = site if og_only else head + " | " + site
        if og_only:
            metas.append('<meta property="og:title" content="%s">' % html.escape(head))
        body = "".join("<p>%s</p>" % shuffled(TEXT[L], "t%d%d%d" % (si, i, k)) for k in range(5))
        headline = "" if og_only else "<h1>%s</h1>" % html.escape(head)
        path = "/story/%d/" % (1000 + si * 3 + i)
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">%s</a> <a href="/video/">Video</a> '
               '<a href="/gallery/">Photos</a> <a href="/privacy/">Privacy</a></header><main><article>%s%s</article></main><footer>&copy; %s</footer></body></html>') % (
            L, html.escape(title), "".join(metas), html.escape(site), headline, body, html.escape(site))
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=authors))
        links.append((path, head))
    vid = json.dumps({"@context": "https://schema.org", "@type": "VideoObject", "name": "Tree planting day", "uploadDate": "2025-09-10T10:00:00-05:00",
                      "thumbnailUrl": "https://example.org/t.jpg", "description": "Volunteers plant trees."})
    gal = json.dumps({"@context": "https://schema.org", "@type": "ImageGallery", "name": "Trees across the city"})
    others = [("/video/tree-planting/", "Tree planting day", '<script type="application/ld+json">%s</script>' % vid,
               '<video src="/v.mp4" controls></video><p>%s</p>' % html.escape(shuffled(TEXT[L], "v%d" % si)[:120])),
              ("/gallery/trees/", "Trees across the city", '<script type="application/ld+json">%s</script>' % gal,
               "".join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, html.escape(shuffled(TEXT[L], "g%d%d" % (si, k))[:70])) for k in range(8))),
              ("/privacy/", "Privacy", "", "".join("<p>%s</p>" % p for p in [
                  "We collect the data you give us when you subscribe, and the data your browser sends when you read our pages.",
                  "We use it to deliver the newsletter, to measure which stories are read and to keep the site secure.",
                  "You can ask us to see, correct or delete your data at any time by writing to our data protection officer."]))]
    for opath, oh, ohead, inner in others:
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">%s</a></header>'
               '<main><h1>%s</h1>%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(oh + " | " + site), ohead, html.escape(site), html.escape(oh), inner, html.escape(site))
        write(OUT, host, opath, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
    home = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>') % (
        L, html.escape(site), " ".join('<a href="%s">%s</a>' % (p, html.escape(h)) for p, h, _, _ in others), "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))
    write(OUT, host, "/", home)
    truth.setdefault("sites", []).append(dict(host=host, lang=L, date=dsrc, authors=asrc, og_only=og_only))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
