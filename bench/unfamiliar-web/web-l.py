"""Web l: syndication whose dates mislead. A wire service publishes six
stories with a clock time ("March 3, 2025 09:00 GMT"); a member paper
reprints all six showing the day alone (midnight, as an instant, is
before the wire's 09:00), a second paper reprints three in EDT two hours
later, two of them with rel=canonical to the wire; an aggregator reprints
the six with no date at all and a "via" link. A local paper's four
stories are reprinted by the aggregator with its first paragraph
rewritten and a paragraph added, dated later. The crawl reaches the
copies first (the aggregator and papers are seeded before the
originals). Written after web k and crawled once before any change:
the wire's originals kept against the day-only, EDT and canonical
copies (9/9), but none of the aggregator's ten copies was recorded: its
pages, reached by "/a/5000" links (navigation-like) with neither date
nor byline, were taken for thin sections. After: 19/19. Writes the sites
and truth.json under the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18091
truth = {"articles": [], "nonarticles": [], "synd": []}
WIRE = ("The central bank held interest rates steady on Tuesday and signalled that it expects inflation to keep easing through the summer, "
        "while warning that higher energy prices could still slow the return to its target.")
LOCAL = ("The county opened its new flood barrier on the river on Monday, two years after storms damaged more than three hundred homes "
         "along the banks, and officials said the barrier would be tested again before the winter.")


def paras(base, seed, n=6):
    return ["%s" % shuffled(base, "%s%d" % (seed, k)) for k in range(n)]


def page(title, body, head=""):
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">Home</a> '
            '<a href="/news/">News</a></header><main>%s</main><footer>(c) 2025</footer></body></html>') % (html.escape(title), head, body)


def url(host, path):
    return "http://%s:%d%s" % (host, PORT, path)


MH, CH, AH, WH, LH = "127.0.1.141", "127.0.1.142", "127.0.1.143", "127.0.1.144", "127.0.1.145"
homes = {h: [] for h in (WH, MH, CH, AH, LH)}
for i in range(6):
    dt = datetime.datetime(2025, 3, 3 + i * 2, 9, 0)
    head = "Central bank holds rates, sees inflation easing (%d)" % (i + 1)
    ps = paras(WIRE, "l%d" % i)
    body = "".join("<p>%s</p>" % p for p in ps)
    wp = "/news/2025/03/central-bank-%d" % i
    write(OUT, WH, wp, page("%s | Continental Wire" % head, '<article><h1>%s</h1><p class="byline">By Marta Kowalski</p><p class="date">%s GMT</p>%s</article>' % (
        html.escape(head), dt.strftime("%B %-d, %Y %H:%M"), body)))
    truth["articles"].append(dict(url=url(WH, wp), title=head, date=dt.strftime("%Y-%m-%d"), authors=["Marta Kowalski"]))
    homes[WH].append((wp, head))
    # member paper: the day alone, the wire as its credit
    mp = "/business/central-bank-rates-%d.html" % i
    write(OUT, MH, mp, page("%s - Mountain Daily" % head, '<article><h1>%s</h1><p class="credit">By Marta Kowalski, Continental Wire</p><p class="date">%s</p>%s</article>' % (
        html.escape(head), dt.strftime("%B %-d, %Y"), body)))
    truth["synd"].append(dict(copy=url(MH, mp), orig=url(WH, wp)))
    homes[MH].append((mp, head))
    # second paper: three copies in EDT two hours later, two with a canonical link to the wire
    if i < 3:
        cp = "/stories/rates-%d" % i
        later = dt + datetime.timedelta(hours=2) - datetime.timedelta(hours=4)  # EDT
        canon = '<link rel="canonical" href="%s">' % url(WH, wp) if i < 2 else ""
        write(OUT, CH, cp, page("%s | Coast Herald" % head, '<article><h1>%s</h1><p class="byline">By Marta Kowalski | Continental Wire</p><p class="date">%s EDT</p>%s</article>' % (
            html.escape(head), later.strftime("%B %-d, %Y %-I:%M %p"), body), canon))
        truth["synd"].append(dict(copy=url(CH, cp), orig=url(WH, wp)))
        homes[CH].append((cp, head))
    # aggregator: no date, a via link
    ap = "/a/%d" % (5000 + i)
    write(OUT, AH, ap, page("%s · Aggregator Now" % head, '<article><h1>%s</h1>%s<p>via <a href="%s">Continental Wire</a></p></article>' % (
        html.escape(head), body, url(WH, wp))))
    truth["synd"].append(dict(copy=url(AH, ap), orig=url(WH, wp)))
    homes[AH].append((ap, head))
for i in range(4):
    dt = datetime.datetime(2025, 4, 7 + i * 3, 8, 30)
    head = "New flood barrier opens on the river (%d)" % (i + 1)
    ps = paras(LOCAL, "lv%d" % i)
    lp = "/local/flood-barrier-%d/" % i
    write(OUT, LH, lp, page("%s | Valley Times" % head, '<article><h1>%s</h1><p class="byline">By Owen Price</p><p class="date">%s</p>%s</article>' % (
        html.escape(head), dt.strftime("%d %B %Y, %H:%M"), "".join("<p>%s</p>" % p for p in ps))))
    truth["articles"].append(dict(url=url(LH, lp), title=head, date=dt.strftime("%Y-%m-%d"), authors=["Owen Price"]))
    homes[LH].append((lp, head))
    edited = ["The river town has a new defence against floods."] + ps[1:] + ["Readers can send their photos of the barrier to the aggregator."]
    ap = "/a/%d" % (6000 + i)
    later = dt + datetime.timedelta(days=1)
    write(OUT, AH, ap, page("%s · Aggregator Now" % head, '<article><h1>%s</h1><p class="date">%s</p>%s<p>Source: <a href="%s">Valley Times</a></p></article>' % (
        html.escape(head), later.strftime("%d %B %Y, %H:%M"), "".join("<p>%s</p>" % p for p in edited), url(LH, lp))))
    truth["synd"].append(dict(copy=url(AH, ap), orig=url(LH, lp)))
    homes[AH].append((ap, head))
for h, items in homes.items():
    write(OUT, h, "/", page("Home", "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(t)) for p, t in items)))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
