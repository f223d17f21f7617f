"""Web j: seven publishers; six in legacy encodings and with short stories:
Russian in windows-1251, Japanese in Shift_JIS, Chinese in GBK, German in
ISO-8859-1 and Korean in EUC-KR (each declared only in a <meta> of the
page, as python's http.server sends no charset), and an English paper
whose stories are paywalled (two paragraphs, then a subscription box) or
briefs of one paragraph; beside them subscription, log-in and tag pages.
Written after web i's fixes and crawled once before any change: every
legacy encoding read right; the two one-paragraph briefs were not stored
(short text), so titles, dates and authors 28/30, 0 of 18 non-articles
stored. After: 30/30, 0 stored. A seventh site, added next, shows
neither byline nor date on its pages and gives both in its RSS feed
(dc:creator, evening pubDates in UTC-5): before the feed-authors change,
authors 0/4 and dates 0/4 (the next day in UTC); after, 4/4 and 4/4. Writes the sites and truth.json under
the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18089
truth = {"articles": [], "nonarticles": []}


def write(host, path, text, enc):
    write_page(OUT, host, path, text, enc)


TEXT = {
    "ru": "Городские власти объявили о строительстве нового моста через реку, работы начнутся весной и продлятся два года, сообщили в администрации.",
    "ja": "市は川に新しい橋を架ける計画を発表した。工事は春に始まり二年間続く見通しだと市の担当者は話した。",
    "zh": "市政府宣布将在河上修建一座新桥，工程将于春季开工，预计持续两年，市政府有关负责人表示。",
    "de": "Die Stadt hat den Bau einer neuen Brücke über den Fluss angekündigt; die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, hieß es aus dem Rathaus.",
    "ko": "시는 강을 가로지르는 새 다리를 건설한다고 발표했다. 공사는 봄에 시작해 2년 동안 이어질 예정이라고 시 관계자가 말했다.",
    "en": "The city announced plans for a new bridge across the river, with work due to start in the spring and last two years, officials at city hall said on Tuesday.",
}
HEAD = {"ru": "Через реку построят новый мост (%d)", "ja": "川に新しい橋、春に着工へ（%d）", "zh": "河上将建新桥 春季开工（%d）",
        "de": "Neue Brücke über den Fluss geplant (%d)", "ko": "강에 새 다리 건설…봄 착공 (%d)", "en": "City plans new bridge across the river (%d)"}
RU_MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
SITES = [
    ("127.0.1.121", "ru", "windows-1251", "Вечерний город", "Ирина Соколова"),
    ("127.0.1.122", "ja", "shift_jis", "川辺新聞", "山田花子"),
    ("127.0.1.123", "zh", "gbk", "江城日报", "王小明"),
    ("127.0.1.124", "de", "iso-8859-1", "Weißenfelser Bote", "Jürgen Weiß"),
    ("127.0.1.125", "ko", "euc-kr", "강변일보", "홍길동"),
    ("127.0.1.126", "en", "utf-8", "The Bridge Street Journal", "Nora Quinn"),
]


def para(L, seed):
    return shuffled(TEXT[L], seed, 4 if L in ("ja", "zh") else 0) if L != "ko" else shuffled(TEXT[L], seed)


def meta_line(L, dt, author):
    if L == "ru":
        return '<div class="info"><span>%d %s %d г., %s</span> <span class="author">Автор: %s</span></div>' % (dt.day, RU_MON[dt.month - 1], dt.year, dt.strftime("%H:%M"), author)
    if L == "ja":
        return '<p class="date">%d年%d月%d日 %d時%02d分</p><p class="writer">記者：%s</p>' % (dt.year, dt.month, dt.day, dt.hour, dt.minute, author)
    if L == "zh":
        return '<div class="source">%s 来源：江城日报 作者：%s</div>' % (dt.strftime("%Y-%m-%d %H:%M"), author)
    if L == "de":
        return '<p class="meta">Von %s | %s</p>' % (author, dt.strftime("%d.%m.%Y um %H:%M Uhr"))
    if L == "ko":
        return '<div class="byline"><span>%s 기자</span> <span>입력 %s</span></div>' % (author, dt.strftime("%Y.%m.%d %H:%M"))
    return '<div class="byline">By %s</div><time datetime="%s-05:00">%s</time>' % (author, dt.isoformat(), dt.strftime("%B %-d, %Y"))


for si, (host, L, enc, name, author) in enumerate(SITES):
    head_meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    links = []
    for i in range(5):
        dt = datetime.datetime(2025, 3, 4 + i * 3 + si, 8 + i + si % 3, 24)
        head = HEAD[L] % (si * 10 + i + 1)
        path = "/news/%d-%d.html" % (2025000 + si * 100, i)
        if L == "en" and i % 2:
            body = "<p>%s</p>" % para(L, "j%d%d" % (si, i))  # a brief of one paragraph
        elif L == "en":
            body = ("<p>%s</p><p>%s</p><div class=\"paywall\"><h3>Subscribe to continue reading</h3><p>Get unlimited access for $1 a week.</p>"
                    "<a href=\"/subscribe/\">Subscribe</a> <a href=\"/login/\">Log in</a></div>") % (para(L, "j%d%da" % (si, i)), para(L, "j%d%db" % (si, i)))
        else:
            body = "".join("<p>%s</p>" % para(L, "j%d%d%d" % (si, i, k)) for k in range(5))
        page = ('<!doctype html><html lang="%s"><head>%s<title>%s - %s</title></head><body><div id="top"><a href="/">%s</a> <a href="/tag/bridge/">#</a> '
                '<a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div><div class="article"><h1>%s</h1>%s%s</div><div id="foot">(c) %s</div></body></html>') % (
            L, head_meta, html.escape(head), name, name, html.escape(head), meta_line(L, dt, author), body, name)
        write(host, path, page, enc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=dt.strftime("%Y-%m-%d"), authors=[author]))
        links.append((path, head))
    li = "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(h)) for p, h in links)
    for path, kind, main in [
        ("/subscribe/", "subscribe", '<h1>Subscribe</h1><p>Digital access: $1 a week for the first year.</p><form><input name="email"><button>Start</button></form><h2>Print + digital</h2><p>$5 a week.</p>'),
        ("/login/", "login", '<h1>Log in</h1><form><input name="user"><input type="password" name="pw"><button>Log in</button></form><a href="/subscribe/">Not a subscriber?</a>'),
        ("/tag/bridge/", "tag", "<h1>#bridge</h1>" + li),
    ]:
        write(host, path, '<!doctype html><html lang="%s"><head>%s<title>%s - %s</title></head><body><a href="/">%s</a>%s</body></html>' % (
            L, head_meta, path.strip("/"), name, name, main), enc)
        truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind=kind))
    write(host, "/", '<!doctype html><html lang="%s"><head>%s<title>%s</title></head><body><h1>%s</h1>%s<a href="/tag/bridge/">#</a> <a href="/subscribe/">S</a> <a href="/login/">L</a></body></html>' % (
        L, head_meta, name, name, li), enc)
# A seventh site shows neither byline nor date on its pages: its RSS feed
# gives both (dc:creator, and evening times in UTC-5).
host, name = "127.0.1.127", "Harbor Evening Bulletin"
items, links = [], []
for i in range(4):
    dt = datetime.datetime(2025, 3, 5 + i * 2, 19 + i % 3, 10 + i, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    head = "Night ferry schedule changes, part %d" % (i + 1)
    path = "/stories/night-ferry-%d.html" % i
    author = ["Tom Baker", "Rosa Díaz"][i % 2]
    write(host, path, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title></head><body><a href="/">%s</a><article><h1>%s</h1>%s</article></body></html>' % (
        head, name, name, head, "".join("<p>%s</p>" % para("en", "jf%d%d" % (i, k)) for k in range(5))), "utf-8")
    items.append("<item><title>%s</title><link>http://%s:%d%s</link><dc:creator>%s</dc:creator><pubDate>%s</pubDate></item>" % (
        head, host, PORT, path, author, dt.strftime("%a, %d %b %Y %H:%M:%S -0500")))
    truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=dt.strftime("%Y-%m-%d"), authors=[author]))
    links.append((path, head))
write(host, "/feed.xml", '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title>%s</channel></rss>' % (name, "".join(items)), "utf-8")
write(host, "/", '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>%s</h1>%s</body></html>' % (
    name, name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links)), "utf-8")
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
