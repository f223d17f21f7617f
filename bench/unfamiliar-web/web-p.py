"""Web p: twenty-eight publishers put together at random (a fixed seed)
from parts the other webs use one by one: a language of the fourteen, one
of its date forms (numeric ones with days and months both under 13, so
that only the language tells their order), a byline label or none, where
the byline and date sit (one line, two lines, a meta bar, after the
story), the site's name before or after the headline with one of ten
separators, an og:site_name or none, a masthead with today's date, a
sidebar of dated teasers, an "updated" line before or after the
publication, and four thin non-article pages in the site's language (tag,
author, section archive, about). Written after web o and crawled once
before any change. Writes the sites and truth.json under the directory
given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18095
rnd = random.Random("web-p")
truth = {"articles": [], "nonarticles": []}

# Month names as dates write them (genitive where the language does).
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}


def mon(L, d):
    return MONTHS[L].split()[d.month - 1]


# Date forms by language: each takes a datetime and gives the text.
DATES = {
    "en-US": [lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), lambda d: d.strftime("%m/%d/%Y %I:%M %p"),
              lambda d: d.strftime("%b. ") + str(d.day) + d.strftime(", %Y %I:%M %p")],
    "en-GB": [lambda d: "%d %s %d" % (d.day, mon("en", d), d.year), lambda d: d.strftime("%d/%m/%Y %H:%M"),
              lambda d: d.strftime("%a ") + "%d %s %d %s" % (d.day, d.strftime("%b"), d.year, d.strftime("%H.%M"))],
    "de": [lambda d: "%d. %s %d, %s Uhr" % (d.day, mon("de", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d.%m.%Y, %H:%M")],
    "fr": [lambda d: "%d %s %d à %s" % (d.day, mon("fr", d), d.year, d.strftime("%Hh%M")), lambda d: d.strftime("%d/%m/%Y à %H:%M")],
    "es": [lambda d: "%d de %s de %d - %s" % (d.day, mon("es", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d/%m/%Y %H:%M h")],
    "it": [lambda d: "%d %s %d, ore %s" % (d.day, mon("it", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d/%m/%Y - %H:%M")],
    "pt": [lambda d: "%d de %s de %d, %s" % (d.day, mon("pt", d), d.year, d.strftime("%Hh%M")), lambda d: d.strftime("%d/%m/%Y %Hh%M")],
    "nl": [lambda d: "%d %s %d, %s" % (d.day, mon("nl", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d-%m-%Y %H:%M")],
    "pl": [lambda d: "%d %s %d, %s" % (d.day, mon("pl", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d.%m.%Y %H:%M")],
    "ru": [lambda d: "%d %s %d, %s" % (d.day, mon("ru", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d.%m.%Y %H:%M")],
    "uk": [lambda d: "%d %s %d, %s" % (d.day, mon("uk", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d.%m.%Y %H:%M")],
    "tr": [lambda d: "%d %s %d %s" % (d.day, mon("tr", d), d.year, d.strftime("%H:%M")), lambda d: d.strftime("%d.%m.%Y - %H:%M")],
    "zh": [lambda d: "%d年%d月%d日 %s" % (d.year, d.month, d.day, d.strftime("%H:%M")), lambda d: d.strftime("%Y-%m-%d %H:%M")],
    "ja": [lambda d: "%d年%d月%d日 %d時%02d分" % (d.year, d.month, d.day, d.hour, d.minute), lambda d: d.strftime("%Y/%m/%d %H:%M")],
    "ko": [lambda d: d.strftime("%Y.%m.%d %H:%M"), lambda d: "%d년 %d월 %d일 %s" % (d.year, d.month, d.day, d.strftime("%H:%M"))],
}
BASE = {"en-US": "en", "en-GB": "en"}
# Byline labels ("%s" is the names) and the labels of a publication and an
# update line.
BYLINES = {
    "en": ["By %s", "Written by %s", "Author: %s", "%s"], "de": ["Von %s", "Autor: %s", "Text: %s"],
    "fr": ["Par %s", "Auteur : %s"], "es": ["Por %s", "Autor: %s", "Redacción: %s"], "it": ["di %s", "Di %s", "Autore: %s"],
    "pt": ["Por %s", "Autor: %s"], "nl": ["Door %s", "Auteur: %s"], "pl": ["Autor: %s", "Tekst: %s"],
    "ru": ["Автор: %s", "Текст: %s"], "uk": ["Автор: %s", "Автор: %s"], "tr": ["Yazar: %s", "Haber: %s"],
    "zh": ["作者：%s", "记者：%s"], "ja": ["記者：%s", "文：%s"], "ko": ["%s 기자"],
}
PUBLISHED = {
    "en": ["Published %s", "Posted on %s", "%s"], "de": ["Veröffentlicht am %s", "%s"], "fr": ["Publié le %s", "%s"],
    "es": ["Publicado el %s", "%s"], "it": ["Pubblicato il %s", "%s"], "pt": ["Publicado em %s", "%s"],
    "nl": ["Gepubliceerd op %s", "%s"], "pl": ["Opublikowano: %s", "%s"], "ru": ["Опубликовано: %s", "%s"],
    "uk": ["Опубліковано: %s", "%s"], "tr": ["Yayınlanma: %s", "%s"], "zh": ["发布时间：%s", "%s"], "ja": ["公開日：%s", "%s"],
    "ko": ["입력 %s", "%s"],
}
UPDATED = {"en": "Updated %s", "de": "Aktualisiert am %s", "fr": "Mis à jour le %s", "es": "Actualizado el %s", "it": "Aggiornato il %s",
           "pt": "Atualizado em %s", "nl": "Bijgewerkt op %s", "pl": "Aktualizacja: %s", "ru": "Обновлено: %s", "uk": "Оновлено: %s",
           "tr": "Güncelleme: %s", "zh": "更新时间：%s", "ja": "更新日：%s", "ko": "수정 %s"}
NAMES = {
    "en": ["Laura Mitchell", "Daniel Okafor", "Priya Raman", "Tom Gallagher"], "de": ["Katrin Vogel", "Jonas Albrecht", "Miriam Stein"],
    "fr": ["Claire Dubois", "Mathieu Lefèvre", "Sophie Garnier"], "es": ["Lucía Herrera", "Andrés Molina", "Carmen Ibáñez"],
    "it": ["Giulia Ferri", "Marco Bellini", "Chiara Rinaldi"], "pt": ["Beatriz Sousa", "Rui Carvalho", "Inês Moreira"],
    "nl": ["Eva Jansen", "Pieter de Wit", "Lotte Bakker"], "pl": ["Magdalena Zielińska", "Tomasz Wróbel", "Agnieszka Kaczmarek"],
    "ru": ["Ольга Смирнова", "Дмитрий Волков", "Анна Кузнецова"], "uk": ["Ірина Бондаренко", "Тарас Мельник", "Оксана Ткачук"],
    "tr": ["Elif Şahin", "Murat Kaya", "Zeynep Arslan"], "zh": ["王丽", "陈建国", "刘洋"], "ja": ["山本美咲", "中村健太", "小林直樹"],
    "ko": ["박서연", "최준호", "정하늘"],
}
JOIN = {"en": " and ", "de": " und ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e ", "nl": " en ", "pl": " i ", "ru": " и ",
        "uk": " та ", "tr": " ve ", "zh": "、", "ja": "、", "ko": ", "}
TEXT = {
    "en": "The regional rail operator said on Tuesday that it would add late-evening trains on the coastal line from the spring timetable, after commuters and shift workers had complained for months that the last service left too early.",
    "de": "Der regionale Bahnbetreiber kündigte am Dienstag an, ab dem Frühjahrsfahrplan zusätzliche Spätzüge auf der Küstenstrecke einzusetzen, nachdem Pendler und Schichtarbeiter sich monatelang über zu frühe letzte Verbindungen beschwert hatten.",
    "fr": "L'opérateur ferroviaire régional a annoncé mardi qu'il ajouterait des trains en soirée sur la ligne côtière dès l'horaire de printemps, après des mois de plaintes des navetteurs et des travailleurs postés.",
    "es": "El operador ferroviario regional anunció el martes que añadirá trenes nocturnos en la línea costera a partir del horario de primavera, tras meses de quejas de viajeros y trabajadores por turnos.",
    "it": "L'operatore ferroviario regionale ha annunciato martedì che aggiungerà treni serali sulla linea costiera dall'orario di primavera, dopo mesi di lamentele di pendolari e lavoratori a turni.",
    "pt": "O operador ferroviário regional anunciou na terça-feira que vai acrescentar comboios noturnos na linha costeira a partir do horário de primavera, depois de meses de queixas de passageiros e trabalhadores por turnos.",
    "nl": "De regionale spoorvervoerder maakte dinsdag bekend dat er vanaf de voorjaarsdienstregeling extra late treinen op de kustlijn rijden, na maandenlange klachten van forenzen en ploegendienstmedewerkers.",
    "pl": "Regionalny przewoźnik kolejowy poinformował we wtorek, że od wiosennego rozkładu jazdy doda wieczorne pociągi na linii nadmorskiej, po wielu miesiącach skarg dojeżdżających i pracowników zmianowych.",
    "ru": "Региональный железнодорожный оператор во вторник сообщил, что с весеннего расписания добавит поздние вечерние поезда на прибрежной линии после многомесячных жалоб пассажиров и сменных работников.",
    "uk": "Регіональний залізничний оператор у вівторок повідомив, що з весняного розкладу додасть пізні вечірні поїзди на прибережній лінії після багатомісячних скарг пасажирів і працівників змін.",
    "tr": "Bölgesel demiryolu işletmecisi salı günü yaptığı açıklamada, yolcuların ve vardiyalı çalışanların aylardır süren şikayetlerinin ardından bahar tarifesinden itibaren sahil hattına gece seferleri ekleyeceğini bildirdi.",
    "zh": "地区铁路运营商周二表示，将从春季时刻表开始在沿海线路上增开夜间列车，此前通勤者和轮班工人数月来一直抱怨末班车发车过早。",
    "ja": "地域の鉄道会社は火曜日、通勤客や交代勤務の労働者から終電が早すぎるとの苦情が数か月続いていたことを受け、春のダイヤ改正から沿岸線に夜間列車を増発すると発表した。",
    "ko": "지역 철도 운영사는 화요일 통근자와 교대 근무자들의 불만이 몇 달째 이어지자 봄 시간표부터 해안선에 심야 열차를 추가 편성하겠다고 밝혔다.",
}
HEADS = {
    "en": "Late trains added on the coastal line", "de": "Mehr Spätzüge auf der Küstenstrecke", "fr": "Plus de trains du soir sur la ligne côtière",
    "es": "Más trenes nocturnos en la línea costera", "it": "Più treni serali sulla linea costiera", "pt": "Mais comboios noturnos na linha costeira",
    "nl": "Meer late treinen op de kustlijn", "pl": "Więcej wieczornych pociągów na linii nadmorskiej", "ru": "На прибрежной линии добавят поздние поезда",
    "uk": "На прибережній лінії додадуть пізні поїзди", "tr": "Sahil hattına gece seferleri ekleniyor", "zh": "沿海线路增开夜间列车",
    "ja": "沿岸線で夜間列車を増発", "ko": "해안선 심야 열차 추가 편성",
}
SITE = {
    "en": ["The Coastal Courier", "Valley Ledger", "Northgate Times"], "de": ["Küstenbote", "Talblatt"], "fr": ["Le Courrier du Littoral", "L'Écho de la Vallée"],
    "es": ["El Correo de la Costa", "Diario del Valle"], "it": ["Il Corriere della Costa", "La Gazzetta della Valle"], "pt": ["Correio do Litoral", "Jornal do Vale"],
    "nl": ["Kustkoerier", "Dalbode"], "pl": ["Kurier Wybrzeża", "Głos Doliny"], "ru": ["Береговой вестник", "Долинная газета"],
    "uk": ["Береговий вісник", "Долинна газета"], "tr": ["Sahil Postası", "Vadi Gazetesi"], "zh": ["海岸日报", "山谷晚报"], "ja": ["海岸新聞", "谷間日報"],
    "ko": ["해안일보", "계곡신문"],
}
# Thin non-article pages: (path, heading, intro) by language.
OTHER = {
    "en": [("/tag/rail/", "Tag: Rail", "All stories tagged rail."), ("/author/%s/", "%s", "%s is a reporter covering transport and the coast."),
           ("/local/", "Local news", "The latest from around the region."), ("/about-us/", "About us", "We are an independent local newspaper, published since 1921 and owned by a reader trust.")],
    "de": [("/thema/bahn/", "Thema: Bahn", "Alle Artikel zum Thema Bahn."), ("/autor/%s/", "%s", "%s schreibt über Verkehr und die Küste."),
           ("/lokales/", "Lokales", "Aktuelle Nachrichten aus der Region."), ("/ueber-uns/", "Über uns", "Wir sind eine unabhängige Lokalzeitung, die seit 1921 erscheint.")],
    "fr": [("/tag/train/", "Mot-clé : train", "Tous les articles sur le train."), ("/auteur/%s/", "%s", "%s couvre les transports et le littoral."),
           ("/region/", "Région", "Toute l'actualité de la région."), ("/a-propos/", "À propos", "Nous sommes un journal local indépendant, publié depuis 1921.")],
    "es": [("/etiqueta/tren/", "Etiqueta: tren", "Todas las noticias sobre el tren."), ("/autor/%s/", "%s", "%s escribe sobre transporte y la costa."),
           ("/local/", "Local", "La actualidad de la comarca."), ("/quienes-somos/", "Quiénes somos", "Somos un diario local independiente que se publica desde 1921.")],
    "it": [("/tag/treni/", "Tag: treni", "Tutti gli articoli sui treni."), ("/autore/%s/", "%s", "%s si occupa di trasporti e della costa."),
           ("/cronaca/", "Cronaca", "Le ultime notizie dal territorio."), ("/chi-siamo/", "Chi siamo", "Siamo un quotidiano locale indipendente, pubblicato dal 1921.")],
    "pt": [("/tag/comboios/", "Tag: comboios", "Todas as notícias sobre comboios."), ("/autor/%s/", "%s", "%s escreve sobre transportes e o litoral."),
           ("/local/", "Local", "As últimas notícias da região."), ("/sobre-nos/", "Sobre nós", "Somos um jornal local independente, publicado desde 1921.")],
    "nl": [("/tag/trein/", "Tag: trein", "Alle artikelen over de trein."), ("/auteur/%s/", "%s", "%s schrijft over vervoer en de kust."),
           ("/regio/", "Regio", "Het laatste nieuws uit de regio."), ("/over-ons/", "Over ons", "Wij zijn een onafhankelijke lokale krant, sinds 1921.")],
    "pl": [("/tag/kolej/", "Tag: kolej", "Wszystkie artykuły o kolei."), ("/autor/%s/", "%s", "%s pisze o transporcie i wybrzeżu."),
           ("/region/", "Region", "Najnowsze wiadomości z regionu."), ("/o-nas/", "O nas", "Jesteśmy niezależną gazetą lokalną wydawaną od 1921 roku.")],
    "ru": [("/tag/poezda/", "Тег: поезда", "Все материалы о поездах."), ("/author/%s/", "%s", "%s пишет о транспорте и побережье."),
           ("/region/", "Регион", "Последние новости региона."), ("/o-nas/", "О нас", "Мы независимая местная газета, выходящая с 1921 года.")],
    "uk": [("/tag/poizdy/", "Тег: поїзди", "Усі матеріали про поїзди."), ("/author/%s/", "%s", "%s пише про транспорт і узбережжя."),
           ("/region/", "Регіон", "Останні новини регіону."), ("/pro-nas/", "Про нас", "Ми незалежна місцева газета, що виходить з 1921 року.")],
    "tr": [("/etiket/tren/", "Etiket: tren", "Trenle ilgili tüm haberler."), ("/yazar/%s/", "%s", "%s ulaşım ve sahil haberleri yazıyor."),
           ("/yerel/", "Yerel", "Bölgeden son haberler."), ("/hakkimizda/", "Hakkımızda", "1921'den beri yayımlanan bağımsız bir yerel gazeteyiz.")],
    "zh": [("/tag/tielu/", "标签：铁路", "所有关于铁路的报道。"), ("/author/%s/", "%s", "%s负责报道交通与沿海新闻。"),
           ("/local/", "本地新闻", "本地区最新消息。"), ("/about/", "关于我们", "我们是一家创办于1921年的独立地方报纸。")],
    "ja": [("/tag/tetsudo/", "タグ：鉄道", "鉄道に関する記事一覧。"), ("/author/%s/", "%s", "%sは交通と沿岸地域を担当する記者です。"),
           ("/local/", "地域", "地域の最新ニュース。"), ("/about/", "会社概要", "当社は1921年創刊の独立系地方紙です。")],
    "ko": [("/tag/cheoldo/", "태그: 철도", "철도 관련 기사 모음."), ("/author/%s/", "%s", "%s 기자는 교통과 해안 지역을 취재합니다."),
           ("/local/", "지역", "지역 최신 뉴스."), ("/about/", "회사소개", "1921년 창간한 독립 지역 신문입니다.")],
}
SEPS = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", ": "]
TODAY = datetime.datetime.now()


def slug(s):
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in s.lower()).strip("-")
    return out or "a%d" % (abs(hash(s)) % 1000)


def para(L, seed):
    return shuffled(TEXT[L], seed, 4 if L in ("zh", "ja") else 0)


langs = list(DATES)
for si in range(28):
    loc = langs[si % len(langs)]
    L = BASE.get(loc, loc)
    host = "127.0.1.%d" % (190 + si)
    site = SITE[L][si // len(langs) % len(SITE[L])]
    fmt = rnd.choice(DATES[loc])
    label = rnd.choice(BYLINES[L])
    pub = rnd.choice(PUBLISHED[L])
    sep = rnd.choice(SEPS)
    site_first = rnd.random() < 0.3
    og_site = rnd.random() < 0.5
    layout = rnd.choice(["one-line", "two-lines", "meta-bar", "after"])
    masthead = rnd.random() < 0.5
    sidebar = rnd.random() < 0.6
    updated = rnd.choice([None, "before", "after"])
    nav = ['<a href="/">%s</a>' % html.escape(site)]
    links = []
    writers = NAMES[L]
    for i in range(3):
        # Day and month both under 13 (and different), so that numeric
        # dates are ambiguous but for the language.
        d = datetime.datetime(2025, rnd.choice([2, 4, 6, 8, 10, 11]), rnd.choice([1, 3, 5, 7, 9, 12]), rnd.randint(6, 21), rnd.randint(0, 59))
        if d.day == d.month:
            d = d.replace(day=d.day + 1)
        authors = [writers[i % len(writers)]] if i != 1 else [writers[0], writers[1 % len(writers)]]
        if authors[0] == authors[-1]:
            authors = authors[:1]
        names = JOIN[L].join(authors)
        if L == "ko":
            names = ", ".join(a + " 기자" for a in authors) if label == "%s 기자" else names
        byline = (label % names) if not (L == "ko" and label == "%s 기자") else names
        head = "%s (%d)" % (HEADS[L], si * 3 + i + 1)
        title = (site + sep + head) if site_first else (head + sep + site)
        when = pub % fmt(d)
        upd = ""
        if updated:
            u = d + datetime.timedelta(days=2, hours=3)
            upd = '<span class="updated">%s</span>' % html.escape(UPDATED[L] % fmt(u))
        b, dt = '<span class="byline">%s</span>' % html.escape(byline), '<span class="date">%s</span>' % html.escape(when)
        meta = {
            "one-line": '<p class="info">%s · %s%s</p>' % (b, dt, (" · " + upd) if upd else ""),
            "two-lines": '<div class="author">%s</div><div class="time">%s</div>%s' % (b, dt, ("<div>%s</div>" % upd) if upd else ""),
            "meta-bar": '<div class="article-meta"><ul><li>%s</li><li>%s</li>%s</ul></div>' % (b, dt, ("<li>%s</li>" % upd) if upd else ""),
            "after": "",
        }[layout]
        if updated == "before" and layout != "after":
            meta = '<p class="updated-note">%s</p>' % upd + meta.replace(upd, "")
        body = "".join("<p>%s</p>" % para(L, "p%d-%d-%d" % (si, i, k)) for k in range(5))
        tail = '<footer class="article-footer"><p>%s</p><p>%s</p></footer>' % (b, dt) if layout == "after" else ""
        side = ""
        if sidebar:
            items = []
            for k in range(4):
                td = d - datetime.timedelta(days=20 + 7 * k)
                items.append('<li><a href="/local/">%s</a> <span class="date">%s</span></li>' % (html.escape(para(L, "s%d%d%d" % (si, i, k))[:40]), html.escape(fmt(td))))
            side = '<aside class="most-read"><h3>&#9733;</h3><ul>%s</ul></aside>' % "".join(items)
        mast = '<div class="masthead-date">%s</div>' % html.escape(fmt(TODAY)) if masthead else ""
        heads = '<meta property="og:title" content="%s">' % html.escape(head if rnd.random() < 0.5 else title)
        if og_site:
            heads += '<meta property="og:site_name" content="%s">' % html.escape(site)
        path = "/%d/%s-%d/" % (d.year, "story", si * 3 + i)
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
               '<header>%s</header><main><article><h1>%s</h1>%s%s%s</article>%s</main><footer>&copy; %s</footer></body></html>') % (
            loc, html.escape(title), heads, mast, html.escape(head), meta, body, tail, side, html.escape(site))
        links.append((path, head, authors))
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=authors))
    # Non-article pages on the same thin template: a heading, a line and
    # links to the stories.
    listing = "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, html.escape(h)) for p, h, _ in links)
    for oi, (opath, oh, intro) in enumerate(OTHER[L]):
        if "%s" in opath:
            who = writers[0]
            opath, oh, intro = opath % slug(who), oh % who, intro % who
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/">%s</a></header>'
               '<main><article><h1>%s</h1><p>%s</p>%s</article></main><footer>&copy; %s</footer></body></html>') % (
            loc, html.escape(oh + sep + site), html.escape(site), html.escape(oh), html.escape(intro),
            "" if oi == 3 else listing, html.escape(site))  # the about page lists nothing
        write(OUT, host, opath, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
        nav.append('<a href="%s">%s</a>' % (opath, html.escape(oh)))
    home = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>') % (
        loc, html.escape(site), " ".join(nav), "".join('<h2><a href="%s">%s</a></h2>' % (p, html.escape(h)) for p, h, _ in links))
    write(OUT, host, "/", home)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
