"""Web q: twenty-four publishers put together at random (a fixed seed) from
where the metadata can hide and what can mislead it: the byline as a
rel=author link, an <address>, microdata, JSON-LD alone, a role after the
name ("Jane Doe, Transport Correspondent", "Jane Doe | Staff Writer"), a
photo credit or an editor's line next to it ("Editing by …"); the date as
a <time> with only a day, an article:published_time without a zone, a
JSON-LD date, a relative "3 hours ago" in the site's language, or text
after the story; traps: readers' comments each with a name and a date, a
"related stories" strip of bylined and dated teasers, a "most read" list;
and thin non-article pages: search results, the second page of a section,
a video page with a sentence of description, an archive of a month.
Written after web p and crawled once before any change. Writes the sites
and truth.json under the directory given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18096
rnd = random.Random("web-q")
truth = {"articles": [], "nonarticles": []}
NOW = datetime.datetime.now(datetime.timezone.utc)

LANGS = {
    # lang: (text, head, names, relative "N hours ago" form, credit word, comments word, related word)
    "en": ("The county will rebuild the old stone bridge over the river by next autumn, after engineers found that its piers had been weakened by years of floods and heavy lorries.",
           "County to rebuild the old stone bridge", ["Hannah Price", "Oliver Grant", "Meera Shah"], "%d hours ago", "Photo", "Comments", "Related stories"),
    "de": ("Der Landkreis will die alte Steinbrücke über den Fluss bis zum nächsten Herbst neu bauen, nachdem Ingenieure festgestellt hatten, dass Hochwasser und schwere Lastwagen die Pfeiler geschwächt haben.",
           "Landkreis baut die alte Steinbrücke neu", ["Lena Hoffmann", "Felix Brandt", "Sabine Roth"], "vor %d Stunden", "Foto", "Kommentare", "Mehr zum Thema"),
    "fr": ("Le département reconstruira le vieux pont de pierre sur la rivière d'ici l'automne prochain, après que des ingénieurs ont constaté que ses piles avaient été affaiblies par les crues et les camions.",
           "Le département va reconstruire le vieux pont", ["Camille Rousseau", "Julien Mercier", "Élise Fontaine"], "il y a %d heures", "Photo", "Commentaires", "À lire aussi"),
    "es": ("La diputación reconstruirá el viejo puente de piedra sobre el río antes del próximo otoño, después de que los ingenieros comprobaran que las crecidas y los camiones habían debilitado sus pilares.",
           "La diputación reconstruirá el viejo puente", ["Marta Delgado", "Pablo Serrano", "Irene Campos"], "hace %d horas", "Foto", "Comentarios", "Noticias relacionadas"),
    "it": ("La provincia ricostruirà il vecchio ponte di pietra sul fiume entro il prossimo autunno, dopo che gli ingegneri hanno scoperto che le piene e i camion avevano indebolito i piloni.",
           "La provincia ricostruirà il vecchio ponte", ["Francesca Galli", "Luca Marchetti", "Elena Conti"], "%d ore fa", "Foto", "Commenti", "Leggi anche"),
    "pt": ("A câmara vai reconstruir a velha ponte de pedra sobre o rio até ao próximo outono, depois de engenheiros terem verificado que as cheias e os camiões enfraqueceram os pilares.",
           "Câmara vai reconstruir a velha ponte", ["Ana Ribeiro", "Miguel Lopes", "Sofia Matos"], "há %d horas", "Foto", "Comentários", "Leia também"),
    "nl": ("De provincie bouwt de oude stenen brug over de rivier voor volgend najaar opnieuw, nadat ingenieurs ontdekten dat overstromingen en zware vrachtwagens de pijlers hadden verzwakt.",
           "Provincie bouwt oude stenen brug opnieuw", ["Femke Visser", "Daan Mulder", "Sanne Smit"], "%d uur geleden", "Foto", "Reacties", "Meer nieuws"),
    "pl": ("Powiat odbuduje stary kamienny most na rzece do przyszłej jesieni, po tym jak inżynierowie stwierdzili, że powodzie i ciężkie ciężarówki osłabiły jego filary.",
           "Powiat odbuduje stary kamienny most", ["Katarzyna Lewandowska", "Piotr Dąbrowski", "Ewa Mazur"], "%d godziny temu", "Fot.", "Komentarze", "Zobacz także"),
    "ru": ("Власти района восстановят старый каменный мост через реку к следующей осени после того, как инженеры выяснили, что паводки и грузовики ослабили его опоры.",
           "Власти района восстановят старый мост", ["Екатерина Орлова", "Сергей Никитин", "Мария Лебедева"], "%d часа назад", "Фото", "Комментарии", "Читайте также"),
    "tr": ("İl yönetimi, mühendislerin sel ve ağır kamyonların ayakları zayıflattığını tespit etmesinin ardından nehir üzerindeki eski taş köprüyü gelecek sonbahara kadar yeniden inşa edecek.",
           "Eski taş köprü yeniden yapılacak", ["Selin Aydın", "Emre Çelik", "Deniz Koç"], "%d saat önce", "Fotoğraf", "Yorumlar", "İlgili haberler"),
    "zh": ("县政府将在明年秋季之前重建河上的老石桥，此前工程师发现多年的洪水和重型卡车已经削弱了桥墩。",
           "县政府将重建河上老石桥", ["张伟", "李娜", "赵敏"], "%d小时前", "图", "评论", "相关新闻"),
    "ja": ("県は来年秋までに川に架かる古い石橋を架け替える。技術者の調査で、長年の洪水と大型トラックの通行により橋脚が弱っていることが分かった。",
           "県、川の古い石橋を架け替えへ", ["佐々木陽子", "田中大輔", "伊藤翼"], "%d時間前", "写真", "コメント", "関連記事"),
}
ROLES = {"en": ["Transport Correspondent", "Staff Writer"], "de": ["Redakteurin", "Korrespondent"], "fr": ["journaliste", "correspondant"],
         "es": ["Redactora", "Corresponsal"], "it": ["giornalista", "inviato"], "pt": ["jornalista", "correspondente"], "nl": ["verslaggever", "redacteur"],
         "pl": ["dziennikarka", "reporter"], "ru": ["корреспондент", "обозреватель"], "tr": ["muhabir", "editör"], "zh": ["记者", "编辑"], "ja": ["記者", "編集委員"]}
BY = {"en": "By ", "de": "Von ", "fr": "Par ", "es": "Por ", "it": "di ", "pt": "Por ", "nl": "Door ", "pl": "Autor: ", "ru": "Автор: ", "tr": "Yazar: ", "zh": "作者：", "ja": "記者："}
SITES = ["Riverside Gazette", "County Chronicle", "Bridge Street News", "The Valley Observer", "Hill Town Daily", "Weir Post"]
SEPS = [" | ", " - ", " — ", " :: ", " « ", " · "]
OTHER = [("/search/bridge/", "Search results: bridge"), ("/news/page/2/", "News — page 2"), ("/video/bridge-inspection/", "Video: bridge inspection"),
         ("/archive/2025/03/", "Archive: March 2025")]


def para(L, seed):
    return shuffled(LANGS[L][0], seed, 4 if L in ("zh", "ja") else 0)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"


langs = list(LANGS)
for si in range(24):
    L = langs[si % len(langs)]
    text, headw, names, rel, credit, comw, relw = LANGS[L]
    host = "127.0.1.%d" % (220 + si)
    site = SITES[si % len(SITES)]
    sep = rnd.choice(SEPS)
    by_how = rnd.choice(["rel-author", "address", "microdata", "jsonld-only", "role-comma", "role-bar", "editing"])
    date_how = rnd.choice(["time-day", "meta-nozone", "jsonld", "relative", "after-text"])
    comments = rnd.random() < 0.6
    related = rnd.random() < 0.6
    links = []
    truth.setdefault("sites", []).append(dict(host=host, lang=L, byline=by_how, date=date_how, comments=comments, related=related))
    for i in range(3):
        if date_how == "relative":
            hours = 2 + i + si % 5
            d = (NOW - datetime.timedelta(hours=hours)).replace(tzinfo=None)
            want_date = "fetch-%d" % hours
        else:
            d = datetime.datetime(2025, 3, 2 + i * 7 + si % 6, 8 + i * 3, 15)
            want_date = d.strftime("%Y-%m-%d")
        authors = [names[(si + i) % len(names)]]
        if i == 2:
            authors.append(names[(si + i + 1) % len(names)])
        role = rnd.choice(ROLES[L])
        head = "%s (%d)" % (headw, si * 3 + i + 1)
        title = head + sep + site
        extra_head = ""
        plain = (" and " if L == "en" else ", ").join(authors)
        if by_how == "rel-author":
            byline = '<div class="story-byline">%s%s</div>' % (BY[L], " &amp; ".join('<a rel="author" href="/people/%d-%d/">%s</a>' % (si, k, html.escape(a)) for k, a in enumerate(authors)))
        elif by_how == "address":
            byline = '<address class="author">%s</address>' % "".join('<a rel="author" href="/people/%d/">%s</a> ' % (k, html.escape(a)) for k, a in enumerate(authors))
        elif by_how == "microdata":
            byline = '<div class="art-info">%s</div>' % ", ".join('<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">%s</span></span>' % html.escape(a) for a in authors)
        elif by_how == "jsonld-only":
            byline = ""
            extra_head += '<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": head,
                                                                                          "author": [{"@type": "Person", "name": a} for a in authors]}, ensure_ascii=False)
        elif by_how == "role-comma":
            byline = '<p class="writer">%s%s</p>' % (BY[L], html.escape(" and ".join("%s, %s" % (a, role) for a in authors) if L == "en" else ", ".join("%s, %s" % (a, role) for a in authors[:1]) + ("" if len(authors) == 1 else " " + html.escape(", " + authors[1]))))
            if L != "en" and len(authors) > 1:
                byline = '<p class="writer">%s%s</p>' % (BY[L], html.escape(", ".join(authors)))
        elif by_how == "role-bar":
            byline = '<p class="writer">%s%s | %s</p>' % (BY[L], html.escape(plain), html.escape(role))
        else:  # editing: the writers, then an editor who is not an author
            byline = '<p class="writer">%s%s</p>' % (BY[L], html.escape(plain))
        shown = {"en": "%B %d, %Y", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y", "it": "%d/%m/%Y", "pt": "%d/%m/%Y",
                 "nl": "%d-%m-%Y", "pl": "%d.%m.%Y", "ru": "%d.%m.%Y", "tr": "%d.%m.%Y", "zh": "%Y-%m-%d", "ja": "%Y/%m/%d"}[L]
        dateline, after = "", ""
        if date_how == "time-day":
            dateline = '<time datetime="%s">%s</time>' % (d.strftime("%Y-%m-%d"), d.strftime(shown))
        elif date_how == "meta-nozone":
            extra_head += '<meta property="article:published_time" content="%s">' % d.strftime("%Y-%m-%dT%H:%M:%S")
        elif date_how == "jsonld":
            extra_head += '<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@type": "Article", "datePublished": iso(d), "dateModified": iso(d + datetime.timedelta(days=1))})
        elif date_how == "relative":
            dateline = '<span class="ago">%s</span>' % (rel % hours)
        else:
            after = '<p class="published">%s</p>' % d.strftime(shown)
        body = "".join("<p>%s</p>" % para(L, "q%d-%d-%d" % (si, i, k)) for k in range(5))
        fig = '<figure><img src="/img/%d.jpg" alt=""><figcaption>%s: %s</figcaption></figure>' % (i, credit, html.escape(names[(si + i + 2) % len(names)] + "/" + site))
        if by_how == "editing":
            after += '<p class="credits">Editing by %s</p>' % html.escape(names[(si + i + 2) % len(names)] if len(names) > 2 else "Desk")
        com = ""
        if comments:
            cs = "".join('<li class="comment"><span class="comment-author">%s</span> <span class="comment-date">%s</span><p>%s</p></li>' % (
                html.escape(n), (d + datetime.timedelta(days=k + 1)).strftime(shown), html.escape(para(L, "c%d%d%d" % (si, i, k))[:60])) for k, n in enumerate(["river_fan", "Peter K.", "Anon"]))
            com = '<section id="comments"><h2>%s</h2><ul>%s</ul></section>' % (comw, cs)
        relstrip = ""
        if related:
            rs = "".join('<div class="teaser"><a href="/news/">%s</a> <span class="teaser-by">%s%s</span> <span class="teaser-date">%s</span></div>' % (
                html.escape(para(L, "r%d%d%d" % (si, i, k))[:40]), BY[L], html.escape(names[(si + k + 1) % len(names)]), (d - datetime.timedelta(days=10 + k)).strftime(shown)) for k in range(3))
            relstrip = '<section class="related"><h2>%s</h2>%s</section>' % (relw, rs)
        path = "/news/%s-%d.html" % ("bridge", si * 3 + i)
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">%s</a> '
               '<a href="/news/">News</a> <a href="/video/">Video</a></header><main><article><h1>%s</h1>%s%s%s%s%s</article>%s%s</main>'
               '<footer>&copy; %s</footer></body></html>') % (L, html.escape(title), extra_head, html.escape(site), html.escape(head), byline, dateline, fig, body, after,
                                                          relstrip, com, html.escape(site))
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=want_date, authors=authors))
        links.append((path, head))
    lst = "".join('<li><a href="%s">%s</a></li>' % (p, html.escape(h)) for p, h in links)
    for opath, oh in OTHER:
        inner = "<ul>%s</ul>" % lst
        if opath.startswith("/video/"):
            inner = '<video src="/v/bridge.mp4" controls></video><p>%s</p>' % html.escape(para(L, "v%d" % si)[:90])
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/">%s</a></header>'
               '<main><h1>%s</h1>%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(oh + sep + site), html.escape(site), html.escape(oh), inner, html.escape(site))
        write(OUT, host, opath, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
    home = '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>' % (
        L, html.escape(site), " ".join('<a href="%s">%s</a>' % (p, html.escape(h)) for p, h in OTHER), "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))
    write(OUT, host, "/", home)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
