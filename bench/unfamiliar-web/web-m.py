"""Web m: three publishers on older engines (Joomla with query-string
addresses and "Written by … / Published: …", an ASP.NET-style site with
"/News/Details/12345" and "Posted: 3/4/2025 9:15:00 AM", a TYPO3 news
extension with "news-detail" addresses and "Autor:"), and beside their
stories the other pages such sites run: a forum thread, a wiki page, a
classified ad, a shop's product page, a poll's results. Written after
web l and crawled once before any change: stories 12/12 right, 3 of 15
non-articles stored (the forum threads, whose first post reads as a
dated byline); after: 0 stored. Writes the sites and truth.json under
the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18092
truth = {"articles": [], "nonarticles": []}
EN = "The town council approved a new parking plan for the market square on Thursday, after traders asked for more short-stay spaces and residents called for fewer cars near the school."
DE = "Der Stadtrat hat am Donnerstag einen neuen Parkplan für den Marktplatz beschlossen, nachdem Händler mehr Kurzzeitparkplätze und Anwohner weniger Autos vor der Schule gefordert hatten."


def write(host, rel, text):
    write_page(OUT, host, rel, text)


def page(lang, title, body):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><div id="header"><a href="/">Home</a> '
            '<a href="/forum/">Forum</a> <a href="/wiki/">Wiki</a> <a href="/classifieds/">Classifieds</a> <a href="/shop/">Shop</a> <a href="/polls/">Polls</a></div>'
            '<div id="content">%s</div><div id="footer">(c) 2025</div></body></html>') % (lang, html.escape(title), body)


def paras(base, seed, n=5):
    return "".join("<p>%s</p>" % shuffled(base, "%s%d" % (seed, k)) for k in range(n))


SITES = [("127.0.1.151", "en", "Market Town News"), ("127.0.1.152", "en-US", "Lakeview Courier"), ("127.0.1.153", "de", "Stadtanzeiger Online")]
for si, (host, lang, name) in enumerate(SITES):
    links = []
    base = DE if lang == "de" else EN
    for i in range(4):
        dt = datetime.datetime(2025, 3, 4 + i * 6 + si, 9 + i, 15)
        head = ("Council approves market square parking plan (%d)" if lang != "de" else "Stadtrat beschließt Parkplan für den Marktplatz (%d)") % (si * 10 + i + 1)
        author = ["Helen Ward", "Greg Mills", "Sabine Krause"][si]
        if si == 0:
            served = "/index.php/news/%d-parking-plan" % (12 + i)  # Joomla SEF address
            body = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">%s</h2></div>'
                    '<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                    'Written by <span itemprop="name">%s</span></dd><dd class="category-name">Category: <a href="/index.php/news">News</a></dd>'
                    '<dd class="published"><time datetime="%s+00:00" itemprop="datePublished">Published: %s</time></dd><dd class="hits">Hits: %d</dd></dl>'
                    '<div itemprop="articleBody">%s</div></div>') % (html.escape(head), author, dt.isoformat(), dt.strftime("%d %B %Y"), 120 + i, paras(base, "m%d%d" % (si, i)))
        elif si == 1:
            served = "/News/Details/%d" % (40512 + i)
            body = ('<div class="news-details"><h1 class="news-title">%s</h1><div class="news-info">Posted: %s &nbsp; Author: %s</div>%s</div>') % (
                html.escape(head), "%d/%d/%d %s" % (dt.month, dt.day, dt.year, dt.strftime("%-I:%M:%S %p")), author, paras(base, "m%d%d" % (si, i)))
        else:
            served = "/aktuelles/news-detail/news/parkplan-marktplatz-%d/" % i
            body = ('<div class="news news-single"><div class="article"><div class="header"><h3>%s</h3></div><div class="footer"><p><span class="news-list-date">'
                    '<time datetime="%s">%s</time></span> <span class="news-list-author">Autor: %s</span></p></div><div class="news-text-wrap">%s</div></div></div>') % (
                html.escape(head), dt.strftime("%Y-%m-%d"), dt.strftime("%d.%m.%Y"), author, paras(base, "m%d%d" % (si, i)))
        write(host, served, page(lang, "%s - %s" % (head, name), body))
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, served), title=head, date=dt.strftime("%Y-%m-%d"), authors=[author]))
        links.append((served, head))
    posts = "".join('<div class="post"><div class="postbody"><div class="author">by <a href="/forum/memberlist.php?u=%d">user%d</a> » %s</div><div class="content">%s</div></div></div>' % (
        k, k, "Thu Mar 06, 2025 %d:12 pm" % (k + 1), shuffled(base, "f%d%d" % (si, k))[:200]) for k in range(6))
    others = [
        ("/forum/viewtopic-t-318/", "forum", "Parking on the square - Forum", '<h2 class="topic-title">Parking on the square</h2>' + posts),
        ("/wiki/Market_Square/", "wiki", "Market Square - Town Wiki", '<h1 id="firstHeading">Market Square</h1><div id="mw-content-text"><p>The <b>Market Square</b> is the central square of the town.</p>'
         '<h2>History</h2><p>%s</p><h2>Buildings</h2><ul><li>Town hall</li><li>Corn exchange</li><li>Old school</li></ul><div id="catlinks">Categories: Squares | Town centre</div></div>' % shuffled(base, "w%d" % si)),
        ("/classifieds/ad-88412/", "classified", "Bicycle for sale - Classifieds", '<h1>Bicycle for sale</h1><p class="price">£120</p><p>Good condition, blue, 21 gears. Collection only.</p><p>Contact: 01234 567890</p><a href="/classifieds/reply/88412">Reply to this ad</a>'),
        ("/shop/product/town-mug/", "product", "Town mug - Shop", '<h1>Town mug</h1><p class="price">£9.99</p><p>Ceramic mug with the town crest.</p><button>Add to basket</button><p>In stock. Free delivery over £30.</p>'),
        ("/polls/parking-results/", "poll", "Poll results - Parking", '<h1>Poll: should the square be car-free?</h1><table><tr><td>Yes</td><td>48%</td></tr><tr><td>No</td><td>41%</td></tr><tr><td>Don\'t know</td><td>11%</td></tr></table><p>1,204 votes.</p>'),
    ]
    for path, kind, title, body in others:
        write(host, path, page(lang, title, body))
        truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind=kind))
    write(host, "/", page(lang, name, "<h1>%s</h1>%s%s" % (name, "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(h)) for p, h in links),
                                                            " ".join('<a href="%s">%s</a>' % (p, k) for p, k, _, _ in others))))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
