"""Web h: six publishers whose pages set traps for metadata and kinds: a
photo credit between the headline and the byline, readers' comments with
names and times under the story, an opinion label in the title, AMP and
print copies of every story, "Aktualisiert" before "Erstellt", a byline
only at the story's end ("Text: …"), a story continued on a second page,
microdata authors and dates, a sidebar of other stories' times before the
story, a story with no date of its own that mentions an event's date, a
photo caption credit in Ukrainian, a Japanese "文・写真：" credit, a home
page that prints the latest story in full; and non-article pages with
long text: a columnist's biography, a podcast episode, an events guide, a
job advert. Written after web g's fixes and crawled once before any
change: titles 30/30, dates 25/30 ("Aktualisiert" read before
"Erstellt"), authors 24/30 ("Opinion by Dana Kim", the Japanese credit),
1 of 11 non-articles stored (the events guide); and, not scored, a
<time> inside class="dateline" was passed over as boilerplate, so its
offset was lost. After: every field right, 0 stored, offsets kept.
Writes the sites and truth.json under the directory given as the first
argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18087
truth = {"articles": [], "nonarticles": []}
BASE = {
    "en": "The harbour board voted to extend the ferry timetable into the winter months after a survey found that most commuters would use a later evening boat, officials said on Monday.",
    "de": "Der Hafenbeirat hat beschlossen, den Fährfahrplan bis in die Wintermonate zu verlängern, nachdem eine Umfrage ergeben hatte, dass die meisten Pendler eine spätere Abendfähre nutzen würden.",
    "es": "La junta del puerto votó ampliar el horario de los transbordadores a los meses de invierno después de que una encuesta mostrara que la mayoría de los viajeros usaría un barco más tarde.",
    "pl": "Zarząd portu zagłosował za przedłużeniem rozkładu promów na miesiące zimowe, po tym jak ankieta wykazała, że większość dojeżdżających skorzystałaby z późniejszego kursu wieczornego.",
    "uk": "Рада порту проголосувала за продовження розкладу поромів на зимові місяці після того, як опитування показало, що більшість пасажирів користувалися б пізнішим вечірнім рейсом.",
    "ja": "港湾委員会は通勤客の多くが夜遅くの便を利用するとの調査結果を受けて、フェリーの時刻表を冬の間も延長することを決めたと月曜日に発表した。",
}
HEAD = {
    "en": "Ferry timetable extended into winter (%d)", "de": "Fährfahrplan wird bis in den Winter verlängert (%d)",
    "es": "El horario del transbordador se amplía al invierno (%d)", "pl": "Rozkład promów przedłużony na zimę (%d)",
    "uk": "Розклад поромів продовжили на зиму (%d)", "ja": "フェリー時刻表、冬も延長へ（%d）",
}
MON = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}


def paras(L, seed, n=6):
    return "".join("<p>%s</p>" % shuffled(BASE[L], "%s%d" % (seed, k), 3 if L == "ja" else 0) for k in range(n))


def page(lang, title, body, head_extra=""):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>%s</body></html>') % (
        lang, html.escape(title), head_extra, body)


SITES = []


def site(host, L, name):
    SITES.append((host, L, name))
    return "http://%s:%d" % (host, PORT)


def art(host, path, title, date, authors):
    truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=title, date=date, authors=authors))


def nonart(host, path, kind):
    truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), kind=kind))


def frame(name, main, side=""):
    return ('<header><a href="/" class="brand">%s</a><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a> <a href="/podcasts/">Podcasts</a> '
            '<a href="/events/">Events</a> <a href="/jobs/">Jobs</a></nav></header><div class="layout">%s<main>%s</main></div><footer>© 2025 %s</footer>') % (
        name, side, main, name)


# h1: an American daily. Photo credit between headline and byline,
# comments, opinion label, AMP and print copies.
host, L, name = "127.0.1.101", "en", "The Harbor Ledger"
site(host, L, name)
links = []
for i in range(5):
    dt = datetime.datetime(2025, 4, 2 + i * 3, 6 + i * 2, 15)
    head = HEAD[L] % (i + 1)
    opinion = i == 4
    path = "/news/2025/04/ferry-timetable-%d/" % i if not opinion else "/opinion/ferry-timetable-%d/" % i
    author = ["Alice Ward"] if not opinion else ["Dana Kim"]
    comments = "".join('<div class="comment"><span class="comment-author">%s</span> <time datetime="2025-05-%02dT10:00:00Z">May %d, 2025</time><p>Great news for commuters, finally a later boat.</p></div>' % (
        c, 10 + j, 10 + j) for j, c in enumerate(["Bob Turner", "Jenny Cole", "Mark Hughes"]))
    label = '<p class="kicker">Opinion</p>' if opinion else ""
    byline = ('<div class="byline">Opinion by <a href="/people/dana-kim/">Dana Kim</a>, Columnist</div>' if opinion else
              '<div class="byline">By <a href="/people/alice-ward/">Alice Ward</a></div>')
    main = ('<article>%s<h1>%s</h1><figure><img src="/img/ferry%d.jpg" alt="The ferry at dusk"><figcaption>The evening ferry leaves the pier. '
            'Photo: John Smith/Harbor Ledger</figcaption></figure>%s<p class="dateline"><time datetime="%s-04:00">%s</time></p>%s'
            '<p><a href="?print=1">Print this story</a></p></article><section class="comments"><h2>Comments (3)</h2>%s</section>') % (
        label, html.escape(head), i, byline, dt.isoformat(), dt.strftime("%B %-d, %Y at %-I:%M %p"), paras(L, "h1%d" % i), comments)
    title = ("Opinion | %s | The Harbor Ledger" if opinion else "%s | The Harbor Ledger") % head
    write(OUT, host, path, page(L, title, frame(name, main), '<link rel="amphtml" href="/amp%s">' % path))
    write(OUT, host, "/amp" + path, page(L, title, '<h1>%s</h1><p>By Alice Ward</p>%s' % (html.escape(head), paras(L, "h1%d" % i)),
                                         '<link rel="canonical" href="http://%s:%d%s">' % (host, PORT, path)))
    art(host, path, head, dt.strftime("%Y-%m-%d"), author)
    links.append((path, head))
bio = " ".join(shuffled("Dana Kim has written about the waterfront, its workers and its politics for the Ledger since 2011, after a decade at papers up and down the coast, and teaches a night class in reporting.", "bio%d" % k) for k in range(8))
write(OUT, host, "/people/dana-kim/", page(L, "Dana Kim | The Harbor Ledger", frame(name, '<h1>Dana Kim</h1><p class="role">Columnist</p><p>%s</p><h2>Latest</h2>%s' % (
    bio, "".join('<h3><a href="%s">%s</a></h3>' % x for x in links)))))
nonart(host, "/people/dana-kim/", "author")
write(OUT, host, "/podcasts/harbor-hour-12/", page(L, "Harbor Hour, episode 12 | The Harbor Ledger", frame(name,
      '<h1>Harbor Hour, episode 12: the winter ferry</h1><audio controls src="/media/hh12.mp3"></audio><p>Show notes: %s</p><p>Listen on your favourite podcast app. Subscribe for new episodes every Friday.</p>' % shuffled(BASE[L], "pod"))))
nonart(host, "/podcasts/harbor-hour-12/", "podcast")
home = "".join('<h2><a href="%s">%s</a></h2>' % x for x in links)
write(OUT, host, "/", page(L, name, frame(name, home + '<a href="/people/dana-kim/">Dana Kim</a> <a href="/podcasts/harbor-hour-12/">Podcast</a>')))

# h2: a German regional paper. "Aktualisiert" before "Erstellt", byline
# only at the end ("Text: …"), a story on two pages, a job advert.
host, L, name = "127.0.1.102", "de", "Rheinische Rundschau"
site(host, L, name)
links = []
for i in range(5):
    dt = datetime.datetime(2025, 5, 6 + i * 2, 7 + i, 40)
    up = dt + datetime.timedelta(days=1, hours=3)
    head = HEAD[L] % (i + 1)
    path = "/region/faehre-winter-%d.html" % (1000 + i)
    more = ""
    if i == 0:
        more = '<div class="pager">Seite 1 von 2 <a href="/region/faehre-winter-1000-2.html" rel="next">Weiter</a></div>'
        write(OUT, host, "/region/faehre-winter-1000-2.html", page(L, "%s - Seite 2 | %s" % (head, name), frame(name,
              '<article><h1>%s</h1><p class="meta">Seite 2 von 2</p>%s<p class="autor">Text: Lena Vogel</p></article>' % (html.escape(head), paras(L, "h2p2")))))
        nonart(host, "/region/faehre-winter-1000-2.html", "page 2")
    main = ('<article><h1>%s</h1><div class="meta"><span>Aktualisiert: %s</span> <span>Erstellt: %s</span></div>%s%s'
            '<p class="autor">Text: Lena Vogel</p></article>') % (
        html.escape(head), up.strftime("%d.%m.%Y, %H:%M Uhr"), dt.strftime("%d.%m.%Y, %H:%M Uhr"), paras(L, "h2%d" % i), more)
    write(OUT, host, path, page(L, "%s | %s" % (head, name), frame(name, main)))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["Lena Vogel"])
    links.append((path, head))
write(OUT, host, "/jobs/redakteur-lokales/", page(L, "Stellenangebot: Redakteur (m/w/d) Lokales | %s" % name, frame(name,
      '<h1>Redakteur (m/w/d) Lokales</h1><p>Wir suchen zum nächstmöglichen Zeitpunkt eine Redakteurin oder einen Redakteur für unsere Lokalredaktion in Vollzeit.</p>'
      '<h2>Ihre Aufgaben</h2><ul><li>Recherche und Schreiben von Nachrichten und Reportagen</li><li>Betreuung unserer Online-Kanäle</li><li>Planung von Themen im Team</li></ul>'
      '<h2>Ihr Profil</h2><ul><li>Abgeschlossenes Volontariat</li><li>Freude an Lokaljournalismus</li><li>Führerschein Klasse B</li></ul>'
      '<h2>Wir bieten</h2><ul><li>Tarifliche Bezahlung</li><li>Flexible Arbeitszeiten</li></ul><p>Bewerbungen bitte bis zum 30. Juni 2025 an jobs@example.org.</p><a href="/bewerben">Jetzt bewerben</a>')))
nonart(host, "/jobs/redakteur-lokales/", "job")
write(OUT, host, "/", page(L, name, frame(name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links) + '<a href="/jobs/redakteur-lokales/">Jobs</a>')))

# h3: a Spanish daily. Microdata author and date, a sidebar of other
# stories' times before the story, an events guide.
host, L, name = "127.0.1.103", "es", "Diario del Puerto"
site(host, L, name)
links = []
for i in range(5):
    dt = datetime.datetime(2025, 6, 3 + i * 5, 9 + i, 5)
    head = HEAD[L] % (i + 1)
    path = "/noticias/%d-horario-transbordador" % (7700 + i)
    side = '<aside class="left"><h3>Última hora</h3>' + "".join('<div><time datetime="2025-07-%02dT08:00:00+02:00">%d de julio</time> <a href="/noticias/%d-otra">Otra noticia %d</a></div>' % (
        20 + j, 20 + j, 9000 + j, j) for j in range(4)) + '</aside>'
    main = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">%s</h1>'
            '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Rosa Díaz"><span class="firma">Rosa Díaz</span> <span itemprop="jobTitle">Redactora de Sociedad</span></div>'
            '<meta itemprop="datePublished" content="%s+02:00"><div itemprop="articleBody">%s</div></article>') % (html.escape(head), dt.isoformat(), paras(L, "h3%d" % i))
    write(OUT, host, path, page(L, "%s - %s" % (head, name), frame(name, main, side)))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["Rosa Díaz"])
    links.append((path, head))
ev = "".join('<div class="evento"><h3>%s</h3><p><time datetime="2025-07-%02d">%d de julio de 2025</time> · Auditorio del Puerto</p><p>%s</p></div>' % (
    t, 5 + j, 5 + j, shuffled(BASE[L], "ev%d" % j)[:120]) for j, t in enumerate(["Concierto de verano", "Feria del libro", "Cine al aire libre", "Mercado de artesanía", "Regata popular", "Noche de museos"]))
write(OUT, host, "/agenda/julio/", page(L, "Agenda de julio - %s" % name, frame(name, "<h1>Agenda: qué hacer en julio</h1>" + ev)))
nonart(host, "/agenda/julio/", "events")
write(OUT, host, "/", page(L, name, frame(name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links) + '<a href="/agenda/julio/">Agenda</a>')))

# h4: a Polish city paper. A story with no date of its own that names an
# event's date, print copies.
host, L, name = "127.0.1.104", "pl", "Gazeta Portowa"
site(host, L, name)
links = []
for i in range(5):
    dt = datetime.datetime(2025, 3, 11 + i * 3, 12, 0)
    head = HEAD[L] % (i + 1)
    path = "/wiadomosci/prom-zima-%d" % i
    dated = i != 4
    meta = '<p class="data">%d %s %d, %s</p>' % (dt.day, MON["pl"][dt.month - 1], dt.year, dt.strftime("%H:%M")) if dated else ""
    event = "<p>Pierwszy zimowy kurs wypłynie 1 grudnia 2025 o godzinie 21:30 z przystani miejskiej.</p>"
    main = '<article><h1>%s</h1><p class="autor">Autor: Piotr Zieliński</p>%s%s%s<a href="%s?print=1" rel="nofollow">Drukuj</a></article>' % (
        html.escape(head), meta, paras(L, "h4%d" % i, 4), event, path)
    write(OUT, host, path, page(L, "%s - %s" % (head, name), frame(name, main)))
    art(host, path, head, dt.strftime("%Y-%m-%d") if dated else "", ["Piotr Zieliński"])
    links.append((path, head))
write(OUT, host, "/", page(L, name, frame(name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))))

# h5: a Ukrainian paper. A photo caption credit ("Фото: …") before the
# byline; its home page prints the latest story in full.
host, L, name = "127.0.1.105", "uk", "Портові новини"
site(host, L, name)
links = []
stories = []
for i in range(5):
    dt = datetime.datetime(2025, 9, 2 + i * 4, 8 + i, 30)
    head = HEAD[L] % (i + 1)
    path = "/news/%d-porom-zyma/" % (5500 + i)
    body = paras(L, "h5%d" % i)
    main = ('<article><h1>%s</h1><figure><img src="/i/%d.jpg" alt=""><figcaption>Фото: Андрій Мельник</figcaption></figure>'
            '<div class="meta"><span class="author">Автор: Ірина Бондар</span> <span class="date">%d %s %d, %s</span></div>%s</article>') % (
        html.escape(head), i, dt.day, MON["uk"][dt.month - 1], dt.year, dt.strftime("%H:%M"), body)
    write(OUT, host, path, page(L, "%s | %s" % (head, name), frame(name, main)))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["Ірина Бондар"])
    links.append((path, head))
    stories.append((head, dt, body))
lh, ldt, lbody = stories[-1]
home = ('<div class="lead"><h2><a href="%s">%s</a></h2><p class="date">%d %s %d</p>%s</div>' % (links[-1][0], html.escape(lh), ldt.day, MON["uk"][ldt.month - 1], ldt.year, lbody) +
        "".join('<h3><a href="%s">%s</a></h3>' % x for x in links[:-1]))
write(OUT, host, "/", page(L, name, frame(name, home)))

# h6: a Japanese paper. "文・写真：" credit after the story.
host, L, name = "127.0.1.106", "ja", "港湾タイムズ"
site(host, L, name)
links = []
for i in range(5):
    dt = datetime.datetime(2025, 10, 1 + i * 6, 10 + i, 0)
    head = HEAD[L] % (i + 1)
    path = "/articles/2025%02d%02d-%d" % (dt.month, dt.day, 300 + i)
    main = '<article><h1>%s</h1><p class="date">%d年%d月%d日 %d時%02d分</p>%s<p class="credit">（文・写真：佐藤一郎）</p></article>' % (
        html.escape(head), dt.year, dt.month, dt.day, dt.hour, dt.minute, paras(L, "h6%d" % i, 5))
    write(OUT, host, path, page(L, "%s：%s" % (head, name), frame(name, main)))
    art(host, path, head, dt.strftime("%Y-%m-%d"), ["佐藤一郎"])
    links.append((path, head))
write(OUT, host, "/", page(L, name, frame(name, "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))))

for host, L, name in SITES:
    nonart(host, "/", "home")
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
