"""Web n: ten publishers whose bylines join two or three names with their
language's words ("Anna Nowak i Jan Kowalski", "Иван Петров и Мария
Сидорова", "Ahmet Yılmaz ve Ayşe Demir", "Jan van der Berg en Sanne de
Vries", "Олена Коваленко та Андрій Шевченко", "José María Álvarez y Ana
de la Cruz", "Mary-Jane O'Brien, J. R. Smith and Seán Ó Briain"), and
whose dates take less common forms: ordinals ("Monday 3rd March 2025",
"Mar 3rd, 2025"), two-digit years ("03.03.25 18:24"), "2025/03/03 18:24",
"3 Mar 2025 | 18:24", "2025년 3월 3일 (월) 18:24". Written after web m and crawled once:
titles, dates and authors 30/30; no change made for it. Writes the
sites and truth.json under the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18093
truth = {"articles": [], "nonarticles": []}
EN = "The harbour authority said the new cargo terminal would open in the summer, creating several hundred jobs, after a long dispute with residents over night-time noise was settled."


def ordinal(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


KO_DAYS = "월 화 수 목 금 토 일".split()
SITES = [
    ("127.0.1.161", "pl", "Gazeta Nadmorska", ["Anna Nowak", "Jan Kowalski"], " i ", "Autorzy: %s", lambda d: d.strftime("%d.%m.%y %H:%M")),
    ("127.0.1.162", "ru", "Морской вестник", ["Иван Петров", "Мария Сидорова"], " и ", "Авторы: %s", lambda d: d.strftime("%d.%m.%Y, %H:%M")),
    ("127.0.1.163", "tr", "Liman Postası", ["Ahmet Yılmaz", "Ayşe Demir"], " ve ", "Haber: %s", lambda d: d.strftime("%d.%m.%Y %H:%M")),
    ("127.0.1.164", "nl", "Havenkrant", ["Jan van der Berg", "Sanne de Vries"], " en ", "Door %s", lambda d: d.strftime("%d-%m-%Y, %H:%M")),
    ("127.0.1.165", "uk", "Портовий кур'єр", ["Олена Коваленко", "Андрій Шевченко"], " та ", "Автори: %s", lambda d: d.strftime("%d.%m.%Y о %H:%M")),
    ("127.0.1.166", "es", "Diario del Muelle", ["José María Álvarez", "Ana de la Cruz"], " y ", "Por %s", lambda d: d.strftime("%d/%m/%Y %H:%M")),
    ("127.0.1.167", "en-GB", "Harbour Herald", ["Mary-Jane O'Brien", "J. R. Smith", "Seán Ó Briain"], None, "By %s", lambda d: d.strftime("%A ") + ordinal(d.day) + d.strftime(" %B %Y")),
    ("127.0.1.168", "en-US", "Port City Post", ["Luis D'Angelo", "Kim Nguyen"], " and ", "By %s", lambda d: d.strftime("%b ") + ordinal(d.day) + d.strftime(", %Y")),
    ("127.0.1.169", "ja", "港町新聞", ["鈴木一郎", "高橋花子"], "、", "記者：%s", lambda d: d.strftime("%Y/%m/%d %H:%M")),
    ("127.0.1.170", "ko", "항구일보", ["김민수", "이지은"], None, "%s", lambda d: "%d년 %d월 %d일 (%s) %s" % (d.year, d.month, d.day, KO_DAYS[d.weekday()], d.strftime("%H:%M"))),
]
for si, (host, lang, name, authors, conj, label, fmt) in enumerate(SITES):
    links = []
    for i in range(3):
        dt = datetime.datetime(2025, 3, 3 + i * 9 + si % 5, 7 + si, 24)
        head = "New cargo terminal to open in summer (%d)" % (si * 10 + i + 1)
        path = "/news/cargo-terminal-%d/" % i
        if conj is None and lang.startswith("en"):
            names = ", ".join(authors[:-1]) + " and " + authors[-1]
        elif conj is None:  # Korean: each name with its title
            names = ", ".join("%s 기자" % a for a in authors)
        else:
            names = conj.join(authors)
        body = "".join("<p>%s</p>" % shuffled(EN, "n%d%d%d" % (si, i, k)) for k in range(5))
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title></head><body><header><a href="/">%s</a></header>'
               '<article><h1>%s</h1><div class="byline">%s</div><div class="date">%s</div>%s</article><footer>(c) %s</footer></body></html>') % (
            lang, html.escape(head), name, name, html.escape(head), html.escape(label % names), fmt(dt), body, name)
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=dt.strftime("%Y-%m-%d"), authors=authors))
        links.append((path, head))
    write(OUT, host, "/", '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s</body></html>' % (
        lang, name, name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links)))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
