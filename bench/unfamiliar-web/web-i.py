"""Web i: six publishers whose metadata misleads or is partial: a
site-wide JSON-LD WebPage date of today beside the story's own date, an
Organization as the JSON-LD author with the reporter in the byline, a
<meta name="author"> naming the desk, German <meta name="date">, parsely
and sailthru tags only, "Published 3:04 p.m. ET March 3, 2025",
"Mar. 3, 2025 5:04 pm ET", "By Jane Doe | Edited by John Roe", "By Jane
Doe, The Daily Item", "From staff reports" (no person), a reporter named
only in the author card after the story, "Posted 3 hours ago"; and
section fronts with a long lead teaser, a photo gallery with long
captions, a search page, an HTML index of every story. Written after web
h's fixes and crawled once before any change: titles and dates 30/30,
authors 20/30 ("Mia Brooks Follow"; the author card after the story
whose second line gives her job), 0 of 30 non-articles stored; authors
30/30 after. Writes the sites and truth.json under the directory given
as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18088
FETCHED_DAY = datetime.date.today()
truth = {"articles": [], "nonarticles": []}
EN = "The county board approved a plan to rebuild the old river bridge with a wider path for bicycles and walkers, and work is expected to begin early next year once the state grant is signed."
DE = "Der Kreistag hat beschlossen, die alte Flussbrücke mit einem breiteren Weg für Radfahrer und Fußgänger neu zu bauen; die Arbeiten sollen Anfang nächsten Jahres beginnen."


def paras(base, seed, n=6):
    return "".join("<p>%s</p>" % shuffled(base, "%s%d" % (seed, k)) for k in range(n))


def doc(lang, title, head, body):
    return '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>%s</body></html>' % (lang, html.escape(title), head, body)


def frame(name, main):
    return ('<header><a href="/">%s</a><nav><a href="/local/">Local</a> <a href="/sports/">Sports</a> <a href="/photos/">Photos</a> '
            '<a href="/search/?q=bridge">Search</a> <a href="/archive/all-stories/">All stories</a></nav></header><main>%s</main>'
            '<footer>© 2025 %s. All rights reserved.</footer>') % (name, main, name)


def art(host, path, title, date, authors):
    truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=title, date=date, authors=authors))


def nonart(host, path, kind):
    truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind=kind))


SITES = [("127.0.1.111", "en-US", "River Valley Times"), ("127.0.1.112", "en-US", "The Daily Item"), ("127.0.1.113", "de", "Kreisbote Online"),
         ("127.0.1.114", "en-US", "Metro Wire"), ("127.0.1.115", "en-GB", "Dales Gazette"), ("127.0.1.116", "en-US", "Lakeside Post")]
TODAY = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def story(si, i, host, lang, name):
    """One story of site si: (path, doc, title, date, authors)."""
    dt = datetime.datetime(2025, 3, 3 + i * 5 + si, 9 + i + si % 3, 4)
    head = "County approves new river bridge, phase %d" % (si * 10 + i + 1) if lang != "de" else "Kreistag beschließt neue Flussbrücke, Abschnitt %d" % (si * 10 + i + 1)
    base = DE if lang == "de" else EN
    body = paras(base, "i%d%d" % (si, i))
    path = "/local/river-bridge-%d-%d" % (si, i)
    if si == 0:
        # JSON-LD WebPage dated today beside the story's NewsArticle;
        # Organization author; reporter in the byline.
        ld = [{"@context": "https://schema.org", "@type": "WebPage", "datePublished": TODAY, "name": name},
              {"@context": "https://schema.org", "@type": "NewsArticle", "headline": head, "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
               "author": {"@type": "Organization", "name": name}}]
        extra = "".join('<script type="application/ld+json">%s</script>' % json.dumps(x) for x in ld)
        main = '<article><h1>%s</h1><div class="byline">By <a href="/staff/sam-ortiz/">Sam Ortiz</a></div><div class="date">%s</div>%s</article>' % (
            html.escape(head), dt.strftime("%B %-d, %Y"), body)
        return path, doc(lang, "%s | %s" % (head, name), extra, frame(name, main)), head, dt.strftime("%Y-%m-%d"), ["Sam Ortiz"]
    if si == 1:
        # meta author names the desk; "By X, The Daily Item" and
        # "By X | Edited by Y"; USA-Today-like date line.
        extra = '<meta name="author" content="The Daily Item Staff"><meta property="og:title" content="%s">' % html.escape(head)
        by = "By Chris Novak, The Daily Item" if i % 2 else "By Chris Novak | Edited by Pat Reyes"
        main = '<article><h1>%s</h1><div class="gnt_ar_by">%s</div><div class="gnt_ar_dt">Published %s ET %s</div>%s</article>' % (
            html.escape(head), by, dt.strftime("%-I:%M %p").lower().replace("am", "a.m.").replace("pm", "p.m."), dt.strftime("%B %-d, %Y"), body)
        return path, doc(lang, "%s - The Daily Item" % head, extra, frame(name, main)), head, dt.strftime("%Y-%m-%d"), ["Chris Novak"]
    if si == 2:
        # German meta date only; author in the card after the story.
        extra = '<meta name="date" content="%s+01:00">' % dt.strftime("%Y-%m-%dT%H:%M:%S")
        main = ('<article><h1>%s</h1>%s</article><div class="autorenbox"><img src="/a/jk.jpg" alt="Jana Krüger"><div><strong>Jana Krüger</strong>'
                '<p>Redakteurin im Lokalressort, schreibt über Verkehr und Kreispolitik.</p></div></div>') % (html.escape(head), body)
        return path, doc("de", "%s | %s" % (head, name), extra, frame(name, main)), head, dt.strftime("%Y-%m-%d"), ["Jana Krüger"]
    if si == 3:
        # parsely and sailthru tags only; AP-style visible date.
        extra = ('<meta name="parsely-author" content="Lee Park"><meta name="parsely-pub-date" content="%sZ">'
                 '<meta name="sailthru.date" content="%s">') % (dt.strftime("%Y-%m-%dT%H:%M:%S"), dt.strftime("%Y-%m-%d %H:%M:%S"))
        mon = dt.strftime("%b.") if dt.month not in (5, 6, 7) else dt.strftime("%B")
        main = '<article><h1>%s</h1><p class="meta">%s %d, %d %s ET</p>%s</article>' % (
            html.escape(head), mon, dt.day, dt.year, dt.strftime("%-I:%M %p").lower(), body)
        return path, doc(lang, "%s :: %s" % (name, head), extra, frame(name, main)), head, dt.strftime("%Y-%m-%d"), ["Lee Park"]
    if si == 4:
        # "From staff reports": no person.
        main = '<article><h1>%s</h1><p class="byline">From staff reports</p><p class="published">%s</p>%s</article>' % (
            html.escape(head), dt.strftime("%A %-d %B %Y %H.%M GMT"), body)
        return path, doc(lang, "%s | %s" % (head, name), "", frame(name, main)), head, dt.strftime("%Y-%m-%d"), []
    # si == 5: relative date against the fetch, byline with an avatar.
    main = ('<article><h1>%s</h1><div class="author-row"><img src="/a/mb.jpg" alt="Photo of Mia Brooks"><a href="/author/mia-brooks/">Mia Brooks</a>'
            '<a class="follow" href="/author/mia-brooks/follow">Follow</a><span class="ago">Posted %d hours ago</span></div>%s</article>') % (html.escape(head), 2 + i, body)
    return path, doc(lang, "%s - %s" % (head, name), "", frame(name, main)), head, "fetch-%d" % (2 + i), ["Mia Brooks"]


for si, (host, lang, name) in enumerate(SITES):
    links = []
    for i in range(5):
        path, page, head, date, authors = story(si, i, host, lang, name)
        write(OUT, host, path, page)
        art(host, path, head, date, authors)
        links.append((path, head))
    base = DE if lang == "de" else EN
    lead = links[0]
    front = ('<div class="lead"><h2><a href="%s">%s</a></h2><p>%s</p><p>%s</p></div>' % (lead[0], html.escape(lead[1]), shuffled(base, "lead%d" % si), shuffled(base, "lead2%d" % si)) +
             "".join('<div class="teaser"><h3><a href="%s">%s</a></h3></div>' % x for x in links[1:]))
    write(OUT, host, "/local/", doc(lang, "Local | %s" % name, "", frame(name, "<h1>Local</h1>" + front)))
    nonart(host, "/local/", "section")
    write(OUT, host, "/photos/bridge-in-pictures/", doc(lang, "The old bridge in pictures | %s" % name, "", frame(name, "<h1>The old bridge in pictures</h1>" + "".join(
        '<figure><img src="/p/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, shuffled(base, "cap%d%d" % (si, k))) for k in range(8)))))
    nonart(host, "/photos/bridge-in-pictures/", "gallery")
    write(OUT, host, "/photos/", doc(lang, "Photos | %s" % name, "", frame(name, '<h1>Photos</h1><h2><a href="/photos/bridge-in-pictures/">The old bridge in pictures</a></h2>')))
    write(OUT, host, "/search/", doc(lang, "Search results for bridge | %s" % name, "", frame(name, '<h1>Search results for "bridge"</h1><p>5 results</p>' + "".join(
        '<div class="result"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (x[0], html.escape(x[1]), shuffled(base, "s" + x[0])[:160]) for x in links))))
    nonart(host, "/search/", "search")
    write(OUT, host, "/archive/all-stories/", doc(lang, "All stories | %s" % name, "", frame(name, "<h1>All stories</h1><ul>%s</ul>" % "".join(
        '<li><a href="%s">%s</a> (March 2025)</li>' % x for x in links))))
    nonart(host, "/archive/all-stories/", "archive")
    write(OUT, host, "/", doc(lang, name, "", frame(name, "<h1>%s</h1>%s<a href=\"/photos/bridge-in-pictures/\">Photos</a>" % (name, front))))
    nonart(host, "/", "home")
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
