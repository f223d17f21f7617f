"""Web r: twenty-four publishers put together at random (a fixed seed) from
the ways a page's title and headline disagree: the separators of other
scripts and habits ("제목 < 섹션 < 사이트", "标题_新闻_网站", "タイトル｜サイト",
"Заголовок — Сайт", "Site : Titre"), a section between the headline and
the site ("Headline | Section | Site"), the site first, a <title> cut
short with an ellipsis, a headline that holds a separator of its own
("Rail strike - what it means"), the site's logo in the <h1> and the
headline in an <h2>, an og:title written for search that differs from the
headline, and no og:site_name. Every story has a byline and a date, so
only titles are at stake; the non-article pages are a section front and
a contact page. Written after web q and crawled once before any change.
Writes the sites and truth.json under the directory given as the first
argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18097
rnd = random.Random("web-r")
truth = {"articles": [], "nonarticles": []}

LANGS = {
    # lang: text, headlines (one holding a separator of its own), site names, section, byline label, authors
    "en": ("The harbour board has approved a new ferry route to the islands, with the first sailings planned for early summer and fares held at last year's level for residents.",
           ["New ferry route to the islands approved", "Ferry fares - what changes for residents", "Islanders welcome summer sailings"],
           ["Harbour Light", "The Island Times"], "Transport", "By %s", ["Grace Holloway", "Samuel Reid"]),
    "de": ("Der Hafenbeirat hat eine neue Fährverbindung zu den Inseln genehmigt; die ersten Fahrten sind für den Frühsommer geplant, die Preise für Einwohner bleiben gleich.",
           ["Neue Fährlinie zu den Inseln genehmigt", "Fährpreise: Was sich für Einwohner ändert", "Insulaner begrüßen Sommerfahrten"],
           ["Inselbote", "Hafenzeitung"], "Verkehr", "Von %s", ["Jana Krüger", "Tobias Lange"]),
    "fr": ("Le conseil portuaire a approuvé une nouvelle liaison maritime vers les îles, avec les premières traversées prévues au début de l'été et des tarifs inchangés pour les habitants.",
           ["Une nouvelle liaison vers les îles approuvée", "Traversées : ce qui change pour les habitants", "Les îliens saluent les départs d'été"],
           ["Le Phare", "La Gazette des Îles"], "Transports", "Par %s", ["Manon Girard", "Hugo Lambert"]),
    "ru": ("Портовый совет одобрил новый паромный маршрут к островам: первые рейсы запланированы на начало лета, а тарифы для жителей останутся прежними.",
           ["Одобрен новый паромный маршрут к островам", "Тарифы на паром — что изменится для жителей", "Островитяне ждут летних рейсов"],
           ["Островной вестник", "Портовая газета"], "Транспорт", "Автор: %s", ["Наталья Морозова", "Игорь Соколов"]),
    "zh": ("港务委员会批准开通前往海岛的新轮渡航线，首批航班计划于初夏启航，岛上居民的票价将维持去年的水平。",
           ["前往海岛的新轮渡航线获批", "轮渡票价调整：居民有何变化", "岛民欢迎夏季航班"],
           ["海岛日报", "港口晚报"], "交通", "作者：%s", ["周婷", "孙浩"]),
    "ja": ("港湾委員会は島へ向かう新しいフェリー航路を承認した。初便は初夏を予定し、島民の運賃は昨年の水準に据え置かれる。",
           ["島への新フェリー航路を承認", "フェリー運賃、島民は据え置き", "島民、夏の運航開始を歓迎"],
           ["島嶼新聞", "港町タイムス"], "交通", "記者：%s", ["松本由美", "井上拓也"]),
    "ko": ("항만위원회는 섬으로 가는 새 여객선 항로를 승인했으며 첫 운항은 초여름으로 예정돼 있고 주민 요금은 지난해 수준으로 유지된다.",
           ["섬 잇는 새 여객선 항로 승인", "여객선 요금, 주민은 동결", "섬 주민들 여름 운항 환영"],
           ["섬마을신문", "항구일보"], "교통", "%s 기자", ["윤서진", "한도윤"]),
    "es": ("La autoridad portuaria aprobó una nueva ruta de ferri a las islas, con los primeros viajes previstos para el inicio del verano y tarifas congeladas para los residentes.",
           ["Aprobada una nueva ruta de ferri a las islas", "Tarifas del ferri: qué cambia para los vecinos", "Los isleños celebran los viajes de verano"],
           ["El Faro Insular", "Diario del Puerto"], "Transporte", "Por %s", ["Nuria Castillo", "Javier Ortega"]),
}
# Title patterns: (template, separator) where the template places h
# (headline), s (site) and c (section).
PATTERNS = [
    ("{h}{sep}{s}", " | "), ("{h}{sep}{c}{sep}{s}", " | "), ("{s}{sep}{h}", " : "), ("{s}: {h}", ""), ("{h}{sep}{s}", " — "),
    ("{h}{sep}{c}{sep}{s}", " < "), ("{h}{sep}{c}{sep}{s}", "_"), ("{h}{sep}{s}", "｜"), ("{h}{sep}{s}", " - "), ("{h}{sep}{s}", " « "),
    ("{trunc}", ""),
]
HEADLINE_TAG = ["h1", "h1", "h1", "logo-h1"]


def para(L, seed):
    return shuffled(LANGS[L][0], seed, 4 if L in ("zh", "ja") else 0)


langs = list(LANGS)
for si in range(24):
    L = langs[si % len(langs)]
    text, heads, sites, section, label, authors = LANGS[L]
    host = "127.0.1.%d" % (245 + si) if si < 10 else "127.0.2.%d" % (si - 9)
    site = sites[si // len(langs) % len(sites)]
    pat, sep = rnd.choice(PATTERNS)
    tag = rnd.choice(HEADLINE_TAG)
    og_seo = rnd.random() < 0.4
    og_site = rnd.random() < 0.4
    links = []
    for i in range(3):
        head = heads[i]
        title = pat.format(h=head, s=site, c=section, sep=sep, trunc="")
        if pat == "{trunc}":
            title = head[: max(6, len(head) * 2 // 3)] + "…" + " | " + site
        metas = ""
        if og_seo:
            metas += '<meta property="og:title" content="%s">' % html.escape({"zh": "【图】", "ja": "【速報】", "ko": "[속보] "}.get(L, "") + head + (" (%s)" % section))
        if og_site:
            metas += '<meta property="og:site_name" content="%s">' % html.escape(site)
        d = datetime.datetime(2025, 5, 4 + i * 5 + si % 4, 9 + i, 40)
        a = authors[(si + i) % len(authors)]
        byline = label % a
        if tag == "logo-h1":
            top = '<h1 class="logo"><a href="/">%s</a></h1>' % html.escape(site)
            headline = '<h2 class="entry-title">%s</h2>' % html.escape(head)
        else:
            top = '<div class="logo"><a href="/">%s</a></div>' % html.escape(site)
            headline = "<h1>%s</h1>" % html.escape(head)
        body = "".join("<p>%s</p>" % para(L, "r%d-%d-%d" % (si, i, k)) for k in range(5))
        path = "/%s/%d/%02d/%s-%d/" % (section.lower() if section.isascii() else "news", d.year, d.month, "ferry", si * 3 + i)
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header>%s<nav><a href="/section/">%s</a> '
               '<a href="/contact/">Contact</a></nav></header><main><article>%s<p class="byline">%s</p><time datetime="%s">%s</time>%s</article></main>'
               '<footer>&copy; %s</footer></body></html>') % (L, html.escape(title), metas, top, html.escape(section), headline, html.escape(byline),
                                                          d.strftime("%Y-%m-%dT%H:%M:00+02:00"), d.strftime("%Y-%m-%d %H:%M"), body, html.escape(site))
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=[a]))
        links.append((path, head))
    lst = "".join('<li><a href="%s">%s</a></li>' % (p, html.escape(h)) for p, h in links)
    for opath, oh, inner in [("/section/", section, "<ul>%s</ul>" % lst), ("/contact/", "Contact", "<p>newsroom@%s.example · +1 555 0100</p>" % si)]:
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><div class="logo"><a href="/">%s</a></div></header>'
               '<main><h1>%s</h1>%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(oh + " | " + site), html.escape(site), html.escape(oh), inner, html.escape(site))
        write(OUT, host, opath, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
    home = '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/section/">%s</a> <a href="/contact/">Contact</a></header><main>%s</main></body></html>' % (
        L, html.escape(site), html.escape(section), "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))
    write(OUT, host, "/", home)
    truth.setdefault("sites", []).append(dict(host=host, lang=L, pattern=pat, sep=sep, tag=tag, og_seo=og_seo, og_site=og_site))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
