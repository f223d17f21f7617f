"""Web k: six publishers with awkward titles and relative days: no <h1>
(the headline in a <div class="headline">), a <title> that puts the site
first with a hyphen before a headline that has a hyphen of its own,
quotes and guillemets in headlines, an og:title with the site's name
while the <h1> has none, a headline that names another day than the
story's; dates written "Heute, 14:30 Uhr", "Сегодня, 14:30", "Hoy,
09:15", "今天 14:30" and "Yesterday at 6:05 PM" (read against the fetch);
bylines with roles between the names ("By Jane Doe, Senior Reporter, and
John Roe, Data Editor") and a reviewer ("Written by … · Reviewed by
…"); and non-article pages made of tables and short items: weather,
market data, TV listings, obituaries, a crossword, a most-read list.
Written after web j and crawled once before any change: titles 20/24
(the site-first title kept whole), dates 24/24, authors 16/24 ("Lucía
Romero Hoy", "李华 今天": the relative day read into the name), 0 of 36
non-articles stored. After: every field right. Writes the sites and
truth.json under the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18090
truth = {"articles": [], "nonarticles": []}
TEXT = {
    "en": "The school board voted late on Monday to keep the town's two smallest schools open for at least another year, after parents packed the meeting to argue that closing them would mean long bus rides for young children.",
    "de": "Der Gemeinderat hat am Montagabend beschlossen, die beiden kleinsten Schulen des Ortes mindestens ein weiteres Jahr offen zu halten, nachdem Eltern lange Busfahrten für kleine Kinder befürchtet hatten.",
    "ru": "Городской совет в понедельник вечером решил сохранить две самые маленькие школы города еще как минимум на год, после того как родители заполнили зал заседаний и выступили против закрытия.",
    "es": "El consejo escolar votó el lunes por la noche mantener abiertas al menos un año más las dos escuelas más pequeñas del pueblo, después de que los padres llenaran la sala de la reunión.",
    "zh": "镇教育委员会周一晚间投票决定，将镇上两所规模最小的学校至少再保留一年，此前许多家长挤满会场，表示关闭学校将使年幼的孩子长途乘车上学。",
}


def paras(L, seed, n=5):
    return "".join("<p>%s</p>" % shuffled(TEXT[L], "%s%d" % (seed, k), 4 if L == "zh" else 0) for k in range(n))


def page(lang, title, head, body, nav=""):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">Home</a> '
            '<a href="/weather/">Weather</a> <a href="/markets/">Markets</a> <a href="/tv/">TV</a> <a href="/obituaries/">Obituaries</a> '
            '<a href="/puzzles/crossword/">Crossword</a> <a href="/most-read/">Most read</a>%s</header><main>%s</main><footer>(c) 2025</footer></body></html>') % (
        lang, html.escape(title), head, nav, body)


def art(host, path, title, date, authors):
    truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=title, date=date, authors=authors))


SITES = []
# k1: no <h1>; site first in <title> with a hyphen; hyphen in the headline.
host, L, name = "127.0.1.131", "en", "Town Crier"
SITES.append((host, L, name))
for i in range(4):
    dt = datetime.datetime(2025, 4, 7 + i * 3, 18, 40)
    head = "School closures - what the vote means for families (%d)" % (i + 1)
    path = "/news/schools-vote-%d" % i
    body = '<div class="story"><div class="headline">%s</div><div class="byline">By Jane Doe, Senior Reporter, and John Roe, Data Editor</div><div class="date">%s</div>%s</div>' % (
        html.escape(head), dt.strftime("%B %-d, %Y %-I:%M %p"), paras(L, "k1%d" % i))
    write(OUT, host, path, page(L, "%s - %s" % (name, head), "", body))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["Jane Doe", "John Roe"])
# k2: quotes in headlines, og:title with the site, a reviewer.
host, L, name = "127.0.1.132", "en", "Valley Health Review"
SITES.append((host, L, name))
for i in range(4):
    dt = datetime.datetime(2025, 5, 2 + i * 4, 9, 15)
    head = "\u2018We are ready\u2019: clinics brace for a busy winter (%d)" % (i + 1)
    path = "/health/clinics-winter-%d/" % i
    body = '<article><h1>%s</h1><p class="meta">Written by <a href="/author/ana-silva/">Ana Silva</a> · Reviewed by Dr. Omar Haddad · %s</p>%s</article>' % (
        html.escape(head), dt.strftime("%d %B %Y"), paras(L, "k2%d" % i))
    write(OUT, host, path, page(L, "%s | %s" % (head, name), '<meta property="og:title" content="%s | %s">' % (html.escape(head), name), body))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["Ana Silva"])
# k3: German, relative day "Heute, 14:30 Uhr"/"Gestern, 09:15 Uhr"; a
# headline naming another day.
host, L, name = "127.0.1.133", "de", "Dorfzeitung"
SITES.append((host, L, name))
for i in range(4):
    head = "Schulen bleiben bis März 2027 geöffnet (%d)" % (i + 1)
    path = "/lokales/schulen-bleiben-%d.html" % i
    when, day = ("Heute, 14:%02d Uhr" % (10 + i), "fetch-day0") if i % 2 == 0 else ("Gestern, 09:%02d Uhr" % (10 + i), "fetch-day1")
    body = '<article><h1>%s</h1><p class="zeit">%s</p><p class="autor">Von Klaus Becker</p>%s</article>' % (html.escape(head), when, paras(L, "k3%d" % i))
    write(OUT, host, path, page(L, "%s | %s" % (head, name), "", body))
    art(host, path, head, day, ["Klaus Becker"])
# k4: Russian "Сегодня, 14:30", guillemets in the headline.
host, L, name = "127.0.1.134", "ru", "Городские вести"
SITES.append((host, L, name))
for i in range(4):
    head = "«Мы готовы»: совет сохранил две школы (%d)" % (i + 1)
    path = "/news/%d.html" % (88000 + i)
    when, day = ("Сегодня, 1%d:30" % i, "fetch-day0") if i % 2 == 0 else ("Вчера, 0%d:45" % (i + 1), "fetch-day1")
    body = '<div class="news"><h1>%s</h1><div class="info"><span class="date">%s</span> <span class="author">Автор: Анна Волкова</span></div>%s</div>' % (
        html.escape(head), when, paras(L, "k4%d" % i))
    write(OUT, host, path, page(L, "%s — %s" % (head, name), "", body))
    art(host, path, head, day, ["Анна Волкова"])
# k5: Spanish "Hoy, 09:15"; Chinese "今天 14:30".
for host, L, name, fmt, by, who in [("127.0.1.135", "es", "El Eco del Valle", "Hoy, 0%d:15", "Por %s", "Lucía Romero"),
                                    ("127.0.1.136", "zh", "山城晚报", "今天 1%d:30", "作者：%s", "李华")]:
    SITES.append((host, L, name))
    for i in range(4):
        head = ("Las dos escuelas seguirán abiertas (%d)" if L == "es" else "两所学校将继续开放（%d）") % (i + 1)
        path = "/noticias/escuelas-%d" % i if L == "es" else "/news/school-%d.html" % i
        body = '<article><h1>%s</h1><div class="meta"><span>%s</span> <span>%s</span></div>%s</article>' % (html.escape(head), by % who, fmt % (i + 1), paras(L, "k5%s%d" % (L, i)))
        write(OUT, host, path, page(L, "%s - %s" % (head, name), "", body))
        art(host, path, head, "fetch-day0", [who])
# Non-articles on every site: tables and short items.
NON = {
    "/weather/": ("weather", "<h1>Weather</h1><table><tr><th>Day</th><th>High</th><th>Low</th><th>Rain</th></tr>%s</table>" % "".join(
        "<tr><td>%s</td><td>%d°</td><td>%d°</td><td>%d%%</td></tr>" % (d, 12 + k, 4 + k, 10 * k) for k, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))),
    "/markets/": ("markets", "<h1>Markets</h1><table>%s</table><p>Data delayed by 15 minutes.</p>" % "".join(
        "<tr><td>%s</td><td>%.2f</td><td>%+.2f%%</td></tr>" % (s, 100 + 7.3 * k, 0.4 * k - 1) for k, s in enumerate(["FTSE 100", "DAX", "CAC 40", "S&P 500", "Nikkei", "Gold", "Brent"]))),
    "/tv/": ("tv", "<h1>TV tonight</h1>" + "".join("<div class=\"slot\"><h3>%d:00 %s</h3><p>%s</p></div>" % (18 + k, t, "Drama, 60 min.") for k, t in enumerate(["News", "Quiz night", "The Harbour", "Film: The Long Road", "Late news"]))),
    "/obituaries/": ("obituaries", "<h1>Obituaries</h1>" + "".join("<div class=\"obit\"><h3>%s</h3><p>%s – %s. Funeral on Friday at St Mary's.</p></div>" % (n, b, d) for n, b, d in [
        ("Margaret Ellis", "1931", "2025"), ("Peter Hale", "1944", "2025"), ("Joan Price", "1938", "2025"), ("Albert Moss", "1929", "2025"), ("Edith Crane", "1940", "2025")])),
    "/puzzles/crossword/": ("crossword", "<h1>Daily crossword</h1><div class=\"grid\">%s</div><h2>Across</h2><ol><li>Large body of water (5)</li><li>Opposite of old (3)</li><li>A bridge crosses it (5)</li></ol><h2>Down</h2><ol><li>Frozen water (3)</li><li>Morning drink (3)</li></ol>" % ("<span>&nbsp;</span>" * 25)),
    "/most-read/": ("most read", "<h1>Most read</h1><ol>%s</ol>"),
}
for host, L, name in SITES:
    arts = [a for a in truth["articles"] if a["url"].startswith("http://%s:" % host)]
    items = "".join('<li><a href="%s">%s</a></li>' % (a["url"][len("http://%s:%d" % (host, PORT)):], html.escape(a["title"])) for a in arts)
    for path, (kind, body) in NON.items():
        if kind == "most read":
            body = body % items
        write(OUT, host, path, page(L, "%s | %s" % (kind.title(), name), "", body))
        truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind=kind))
    write(OUT, host, "/", page(L, name, "", "<h2>%s</h2><ul>%s</ul>" % (name, items)))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
