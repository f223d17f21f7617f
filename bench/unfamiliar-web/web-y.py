"""Web y: twelve publishers whose story pages are rendered in the browser
and reach the crawler as shells, put together at random (a fixed seed):
an empty <div id="root"> or "__next" with the story only in the page's
JSON, as the article's JSON-LD articleBody (plain text with line breaks),
as a Next.js __NEXT_DATA__ block (the story's HTML in a nested field), or
as a script assigning window.__INITIAL_STATE__; the headline, date and
author in the <head> only (og:title, article:published_time, a meta
author or the JSON-LD). The home page and a sitemap list the stories.
Beside them: a paywalled story whose JSON-LD declares
isAccessibleForFree false (its articleBody is for search engines, so it
must not be stored), and a shell "about" page whose state holds the
site's description. In English, German, French, Spanish, Italian and
Dutch. Written after the embedded-story rule, and crawled with the
binary before it (9d74446): 0 of 36 stories stored (each shell was too
short to be an article); with the rule: 36/36 stored, every title, date,
author and body right, 0 of 24 non-articles stored. Writes the sites and
truth.json under the directory given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BRIDGE, shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18104
rnd = random.Random("web-y")
truth = {"articles": [], "nonarticles": []}

LANGS = {L: BRIDGE[L] for L in ("en", "de", "fr", "es", "it", "nl")}
SITES = ["Riverside Gazette", "County Chronicle", "Bridge Street News", "The Valley Observer", "Hill Town Daily", "Weir Post"]


def shell(L, title, head, state_script, root):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="%s"></div>'
            '<noscript>Please enable JavaScript to read this site.</noscript>%s<script src="/static/app.js"></script></body></html>') % (
        L, html.escape(title), head, root, state_script)


langs = list(LANGS)
for si in range(12):
    L = langs[si % len(langs)]
    text, headw, names = LANGS[L]
    host = "127.0.2.%d" % (150 + si)
    site = SITES[si % len(SITES)]
    how = rnd.choice(["ld-body", "next-data", "initial-state"])
    meta_how = rnd.choice(["meta", "jsonld"])
    truth.setdefault("sites", []).append(dict(host=host, lang=L, body=how, meta=meta_how))
    links = []
    for i in range(3):
        d = datetime.datetime(2025, 3, 2 + i * 7 + si % 6, 8 + i * 3, 15)
        authors = [names[(si + i) % len(names)]]
        head = "%s (%d)" % (headw, si * 3 + i + 1)
        paras = [shuffled(text, "y%d-%d-%d" % (si, i, k)) for k in range(5)]
        iso = d.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": head, "datePublished": iso}
        meta = '<meta property="og:title" content="%s"><meta property="og:type" content="article">' % html.escape(head)
        if meta_how == "meta":
            meta += '<meta property="article:published_time" content="%s"><meta name="author" content="%s">' % (iso, html.escape(authors[0]))
        else:
            ld["author"] = [{"@type": "Person", "name": a} for a in authors]
        state, root = "", "root"
        if how == "ld-body":
            ld["articleBody"] = "\n\n".join(paras)
        else:
            st = {"props": {"pageProps": {"story": {"id": 1000 + si * 3 + i, "title": head, "slug": "bridge-%d" % i,
                                                    "content": {"html": "".join("<p>%s</p>" % html.escape(p) for p in paras)}}}}}
            blob = json.dumps(st, ensure_ascii=False).replace("</", "<\\/")
            if how == "next-data":
                state, root = '<script id="__NEXT_DATA__" type="application/json">%s</script>' % blob, "__next"
            else:
                state = "<script>window.__INITIAL_STATE__ = %s;</script>" % blob
        if meta_how == "jsonld" or how == "ld-body":
            meta += '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False)
        path = "/story/%d/bridge-%d" % (1000 + si * 3 + i, i)
        write(OUT, host, path + "/", shell(L, head + " | " + site, meta, state, root))
        truth["articles"].append(dict(url="http://%s:%d%s/" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=authors,
                                      must=[paras[3][:40]]))
        links.append((path + "/", head))
    # A paywalled story: its articleBody is declared not free.
    pw = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headw + " (plus)", "datePublished": "2025-03-20T09:00:00+01:00",
          "isAccessibleForFree": False, "articleBody": "\n\n".join(shuffled(text, "p%d-%d" % (si, k)) for k in range(5)),
          "author": {"@type": "Person", "name": names[0]}}
    ppath = "/story/%d/bridge-plus/" % (2000 + si)
    write(OUT, host, ppath, shell(L, headw + " (plus) | " + site, '<script type="application/ld+json">%s</script>' % json.dumps(pw, ensure_ascii=False), "", "root"))
    truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, ppath))
    # An about page: its state holds the site's description, no story.
    about = {"props": {"pageProps": {"page": {"title": "About " + site, "body": " ".join(shuffled(text, "a%d-%d" % (si, k)) for k in range(3))}}}}
    write(OUT, host, "/about/", shell(L, "About | " + site, "", '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(about, ensure_ascii=False), "__next"))
    truth["nonarticles"].append("http://%s:%d/about/" % (host, PORT))
    allp = links + [(ppath, headw + " (plus)"), ("/about/", "About")]
    home = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><div id="root"><header><a href="/about/">About</a></header>'
            '<main>%s</main></div></body></html>') % (L, html.escape(site), "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(h)) for p, h in allp))
    write(OUT, host, "/", home)
    sm = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>http://%s:%d%s</loc></url>" % (host, PORT, p) for p, _ in allp)
    write(OUT, host, "/sitemap.xml", sm)
    write(OUT, host, "/robots.txt", "User-agent: *\nAllow: /\nSitemap: http://%s:%d/sitemap.xml\n" % (host, PORT))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
