"""Web ba: public broadcasters' news sites. Twelve sites in English, German,
French, Spanish, Italian, Dutch, Swedish, Finnish and Czech, each on the
template its kind of broadcaster runs.

UKBC (BBC-like): data-testid byline blocks with a role line and "Reporting
from Kyiv", one story dated "3 hours ago" (a <time datetime> in UTC, written
when the web is built), one "By X, UKBC News" story, a live page "Edited by"
its editor; JSON-LD names the broadcaster as author. tagesblick (ARD
tagesschau-like): topline + headline in one <h1>, topline also in <title>,
"Stand:" (last change, the next morning for one story while JSON-LD keeps the
evening before), "Von X und Y, BR". zweiheute (ZDFheute-like): "Datum:",
"Das Interview führte ...", "Quelle: dpa". Info Publique (France Info-like):
"Article rédigé par X, Y - Radio France", "... avec AFP" desk bylines,
"Publié le / Mis à jour le". RTVP (RTVE-like): capitalised bylines "A / B",
"RTVP.es / AGENCIAS", "03.03.2025 | 18:24". Rete Pubblica News (RAI-like):
"di X", "Redazione". Omroep Nieuws (NOS-like): unsigned, "vandaag, 18:24"
(built relative to now), "Door correspondent X". TVS Nyheter (SVT-like):
"Publicerad 3 mars 2025 kl. 18.24", TT. RAU Uutiset (Yle-like): STT,
Finnish dates. Zprávy 24 (ČT24-like): "3. 3. 2025 18:24", "Zdroj: ČTK".
ABN News (ABC Australia-like): "By political reporter X", "Posted Tue 4 Mar
2025 at 8:05am" (the UTC day before), "ABN/wires". CanBC News (CBC-like):
"Posted: Mar 03, 2025 6:24 PM EST | Last Updated: ...", "The Canadian Press".

Non-articles: home pages, section fronts, programme pages, episode pages with a
video player (og:type video.episode), live TV / radio pages, weather,
schedules, topic pages, presenter profiles, podcast pages, about/complaints;
feeds and sitemaps on some sites. Crawled once with /tmp/newsroom: stored 35
of 36 (the live page skipped), titles 35, dates 35, authors 24 (desk or JSON-LD
organisation kept, "NDR"/"BR" affiliates kept, "Door correspondent X" unread).
"""
import datetime, html, json, os, sys, zlib  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18130
E = html.escape
UTC = datetime.timezone.utc
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
truth = {"articles": [], "nonarticles": []}


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def P(ps, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Site:
    def __init__(self, n, name, lang):
        self.host = "127.0.5.%d" % (60 + n)
        self.name, self.lang = name, lang
        self.arts, self.nons = [], []

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.arts.append((path, title, date))

    def non(self, path, doc, label):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        self.nons.append((path, label))

    def home_done(self, path="/"):
        truth["nonarticles"].append(self.url(path))

    def rss(self, path, title):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
            E(t), E(self.url(p)), (datetime.datetime.strptime(d[:10], "%Y-%m-%d") if not d.startswith("fetch") else NOW).strftime("%a, %d %b %Y 12:00:00 GMT"))
            for p, t, d in self.arts)
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(title), self.url("/"), items))

    def sitemap(self, path="/sitemap.xml"):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p, _, _ in self.arts)
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url(path))


def pad(ps, want=165):
    """The story's paragraphs, followed by word-shuffled copies of its own
    middle paragraphs until it holds about want words."""
    out, i = list(ps), 1
    while sum(len(x.split()) for x in out) < want and i < 12:
        out.append(shuffled(ps[i % len(ps)], zlib.crc32(ps[0].encode()) + i))
        i += 1
    return out


def fill(text, seed, n=1):
    return [shuffled(text, seed + i) for i in range(n)]


# ---------------------------------------------------------------- 1 UKBC
def site_ukbc():
    s = Site(1, "UKBC News", "en-GB")
    nav = [("/news", "News"), ("/news/topics/c302m85q5ljt", "Ukraine war"), ("/weather/2643743", "Weather"), ("/iplayer/episode/m0028xyz/newsnight-03032025", "iPlayer"), ("/programmes/b006mk25", "Newsnight")]

    def shell(title, body, head="", ptype="article"):
        navh = "".join('<li class="ssrcss-nav-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="UKBC News">%s</head>'
                '<body><div id="__next"><header data-testid="header-content" class="sc-8a068d35-0"><a href="/" aria-label="UKBC Homepage" class="sc-logo">UKBC</a>'
                '<nav data-testid="level1-navigation-container"><ul>%s</ul></nav></header>'
                '<div class="sc-page" data-page-type="%s">%s</div>'
                '<footer data-testid="footer"><ul><li><a href="/about">About the UKBC</a></li><li><a href="/contact/complaints">Complaints</a></li>'
                '<li><a href="/news/rss.xml">RSS</a></li></ul><p>Copyright 2025 UKBC. All rights reserved. The UKBC is not responsible for the content of external sites.</p></footer></div></body></html>') % (
            E(title), head, navh, ptype, body)

    def byline(name, role=None, place=None, by=False):
        if by:
            return '<div data-testid="byline" class="ssrcss-68pt20-Text-TextContributorName"><span>By %s</span>, <span>UKBC News</span></div>' % E(name)
        inner = '<span class="sc-b42e7a8f-7 kItaYD">%s</span>' % E(name)
        if role:
            inner += '<div class="sc-b42e7a8f-8"><span>%s</span></div>' % E(role)
        if place:
            inner += '<div class="sc-b42e7a8f-9"><span>%s</span></div>' % E(place)
        return '<div data-testid="byline-new" data-component="byline-block"><span data-testid="byline-new-contributors"><div>%s</div></span></div>' % inner

    def article(path, title, ts, shown, by_html, ps, topic, related):
        rel = "".join('<li><a href="%s"><h2 data-testid="card-headline">%s</h2></a><span data-testid="card-metadata-lastupdated">%s</span></li>' % (p, E(t), E(w)) for p, t, w in related)
        body = ('<main id="main-content" data-testid="main-content"><article>'
                '<div data-component="headline-block"><h1 id="main-heading" class="sc-518485e5-0">%s</h1></div>'
                '<div data-component="byline-block-wrapper"><time data-testid="timestamp" datetime="%s">%s</time>%s</div>'
                '<figure data-component="image-block"><img src="/ace/standard/976/cpsprodpb/img.jpg" alt=""><figcaption>Image source, Getty Images</figcaption></figure>'
                '%s'
                '<div data-component="tags"><ul><li><a href="/news/topics/c302m85q5ljt">%s</a></li></ul></div></article>'
                '<section data-component="related-content" aria-label="More on this story"><h2>More on this story</h2><ul>%s</ul></section></main>') % (
            E(title), ts, E(shown), by_html,
            "".join('<div data-component="text-block"><p>%s</p></div>' % E(p) for p in pad(ps)), E(topic), rel)
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<link rel="canonical" href="%s">%s') % (E(title), s.url(path), jl({
                    "@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": s.url(path),
                    "publisher": {"@type": "NewsMediaOrganization", "name": "UKBC News"},
                    "datePublished": ts, "dateModified": ts, "headline": title,
                    "author": {"@type": "NewsMediaOrganization", "name": "UKBC News", "noBylinesPolicy": "/news/help"}}))
        return shell("%s - UKBC News" % title, body, head)

    # A1: relative time, Kyiv
    p1 = NOW - datetime.timedelta(hours=3)
    ps1 = ["A maternity ward in the centre of Kyiv has reopened, eight months after a missile strike tore through its upper floors and forced staff to carry newborns down to a basement shelter.",
           "Doctors said the first baby delivered on the rebuilt ward, a girl weighing just over three kilograms, arrived shortly before dawn while an air raid siren was sounding across the city.",
           "\"We did not stop working for a single day,\" said the head of the unit, who asked that only her first name, Olena, be used. \"But now the mothers have windows again.\"",
           "The repairs were paid for partly by the city and partly by donations from abroad. Generators and a new water tank have been installed on the ground floor so that the ward can keep running through power cuts, which remain common after repeated attacks on the energy grid.",
           "Officials say more than forty medical buildings in the capital region have been damaged since the full-scale invasion began."]
    s.art("/news/articles/c9w1k2x3y4zo", article(
        "/news/articles/c9w1k2x3y4zo", "Kyiv maternity ward reopens months after missile strike", iso(p1), "3 hours ago",
        byline("Meera Shah", "Ukraine correspondent", "Reporting from Kyiv"), ps1, "Ukraine war",
        [("/news/world-europe-68412345", "Rail operator fined over cancelled winter timetable", "1 day ago")]),
        "Kyiv maternity ward reopens months after missile strike", "fetch-3", ["Meera Shah"],
        instant=p1.strftime("%Y-%m-%dT%H:%M"),
        must=["Generators and a new water tank have been installed on the ground floor"],
        must_not=["Rail operator fined over cancelled winter timetable"])

    ps2 = ["A rail operator has been fined £2.1m after it cancelled hundreds of trains at short notice over the winter and failed to tell passengers in time.",
           "The regulator said the company had repeatedly published timetables it knew it could not run because it did not have enough drivers trained on new trains.",
           "Passengers on routes between Leeds and Manchester were among the worst affected, with some evening services cancelled on more than half of the days in January.",
           "The operator said it accepted the findings and apologised. It said forty new drivers had qualified since the start of February and that cancellations had fallen sharply.",
           "Passenger groups welcomed the fine but said the money should go back to those who had been left stranded on cold platforms rather than to the Treasury.",
           "The regulator said it would publish monthly figures for the operator until the end of the year."]
    s.art("/news/world-europe-68412345", article(
        "/news/world-europe-68412345", "Rail operator fined over cancelled winter timetable", "2025-03-03T18:24:11.000Z", "3 March 2025",
        byline("Oliver Grant", by=True), ps2, "Rail travel",
        [("/news/articles/c9w1k2x3y4zo", "Kyiv maternity ward reopens months after missile strike", "3 hours ago")]),
        "Rail operator fined over cancelled winter timetable", "2025-03-03", ["Oliver Grant"], instant="2025-03-03T18:24",
        must=["The regulator said the company had repeatedly published timetables"])

    # A3: live page
    posts = [("2024-12-07T19:42:00.000Z", "19:42", "Ferry services cancelled until Sunday", "All sailings between Holyhead and Dublin have been cancelled until at least Sunday morning, the operator says."),
             ("2024-12-07T17:15:00.000Z", "17:15", "Red warning lifted", "The Met Office red warning for wind has now expired, but an amber warning remains in place for much of Wales and south-west England until midnight."),
             ("2024-12-07T14:03:00.000Z", "14:03", "Tens of thousands without power", "Energy networks say around 86,000 homes are without electricity, most of them in Wales. Engineers are out but are waiting for winds to ease before climbing poles."),
             ("2024-12-07T09:30:00.000Z", "09:30", "What we know so far", "Storm Darragh brought gusts of more than 90mph to exposed coasts overnight. Trees have fallen on roads and railway lines, and people have been told not to travel unless necessary.")]
    live_t = "Storm Darragh: Thousands without power as wind warnings extended"
    postsh = "".join('<article data-testid="content-post"><header><time datetime="%s">%s</time><h3 class="lx-post-title">%s</h3></header><div class="lx-stream-post-body"><p>%s</p></div></article>' % (d, t, E(h), E(b)) for d, t, h, b in posts)
    body = ('<main id="main-content"><div data-testid="live-header"><span class="live-tag">LIVE</span><h1 class="sc-live-title">%s</h1>'
            '<div data-testid="live-summary"><ul><li>Around 86,000 homes without power in Wales</li><li>Red warning for wind has expired; amber warning until midnight</li></ul></div>'
            '<p data-testid="live-contributors">Edited by Hannah Price</p></div><div data-testid="live-stream">%s</div></main>') % (E(live_t), postsh)
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(live_t), jl({
        "@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": live_t, "url": s.url("/news/live/c1ab2cd3ef4o"),
        "coverageStartTime": "2024-12-07T06:58:00+00:00", "coverageEndTime": "2024-12-07T21:00:00+00:00",
        "datePublished": "2024-12-07T06:58:00+00:00", "dateModified": "2024-12-07T19:42:00+00:00",
        "publisher": {"@type": "NewsMediaOrganization", "name": "UKBC News"},
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": d} for d, _, h, _ in posts]}))
    s.art("/news/live/c1ab2cd3ef4o", shell("%s - UKBC News" % live_t, body, head), live_t, "2024-12-07", ["Hannah Price"],
          must=["Energy networks say around 86,000 homes are without electricity"])

    def simple(path, title, inner, head="", label=None):
        s.non(path, shell("%s - UKBC" % title, '<main id="main-content"><h1>%s</h1>%s</main>' % (E(title), inner), head, "page"), label or title)

    simple("/news", "News", '<ul>%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t, _ in s.arts))
    simple("/news/topics/c302m85q5ljt", "Ukraine war", '<p>All the latest content about the war in Ukraine from the UKBC.</p><ul><li><a href="/news/articles/c9w1k2x3y4zo">Kyiv maternity ward reopens months after missile strike</a> <span>3 hours ago</span></li></ul>')
    simple("/weather/2643743", "London - UKBC Weather", '<div class="wr-day"><span>Today</span><span class="wr-temp">9°</span><span>Light rain and a gentle breeze</span></div><div class="wr-day"><span>Tomorrow</span><span>11°</span><span>Sunny intervals</span></div><p>Observation station: London Heathrow. Forecast supplied by the Met Office.</p>')
    simple("/iplayer/episode/m0028xyz/newsnight-03032025", "Newsnight - 03/03/2025",
           '<div class="player" data-playable-id="m0028xyz"><video controls poster="/p0hx.jpg"></video></div><p class="synopsis">In-depth investigation and analysis of the stories behind the day\'s headlines.</p><p>45 mins. Available for over a year. First broadcast: 3 Mar 2025.</p><a href="/programmes/b006mk25">Programme website</a>',
           head='<meta property="og:type" content="video.episode"><meta property="og:title" content="Newsnight - 03/03/2025">')
    simple("/programmes/b006mk25", "Newsnight", '<p>The award-winning current affairs programme. Weeknights on UKBC Two.</p><h2>Presenters</h2><ul><li>Victoria Hale</li><li>Sam Okoro</li></ul><h2>Latest episode</h2><a href="/iplayer/episode/m0028xyz/newsnight-03032025">03/03/2025</a>')
    simple("/about", "About the UKBC", '<p>The UKBC is the world\'s leading public service broadcaster. We exist to serve our audiences with impartial, high-quality and distinctive output.</p><a href="/contact/complaints">Complaints</a>')
    simple("/contact/complaints", "Complaints", '<p>If you want to make a complaint about a programme or content, please use our online form.</p><form><textarea name="c"></textarea><button>Send</button></form>')
    s.rss("/news/rss.xml", "UKBC News - Home")
    cards = "".join('<div data-testid="card"><a href="%s"><h2 data-testid="card-headline">%s</h2></a></div>' % (p, E(t)) for p, t, _ in s.arts)
    write_page(OUT, s.host, "/", shell("Home - UKBC News", '<main id="main-content"><h1 class="visually-hidden">UKBC News</h1>%s<div><a href="/about">About</a></div></main>' % cards, '<link rel="alternate" type="application/rss+xml" href="/news/rss.xml">', "home"))
    s.home_done()


# ---------------------------------------------------------------- 2 tagesblick (ARD)
def site_tagesblick():
    s = Site(2, "tagesblick.de", "de")
    nav = [("/inland/", "Inland"), ("/ausland/", "Ausland"), ("/wirtschaft/", "Wirtschaft"), ("/wetter/", "Wetter"), ("/sendung/", "Sendungen")]

    def shell(title, body, head="", cls="article"):
        navh = "".join('<li class="mainnavigation__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="header"><a class="header__logo" href="/">tagesblick</a><nav class="mainnavigation"><ul>%s</ul></nav></header>'
                '<main class="content-wrapper">%s</main>'
                '<footer class="footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/kontakt-und-hilfe/">Kontakt</a></li><li><a href="/xml/rss2/">RSS</a></li></ul><p>© ARD-aktuell / tagesblick.de</p></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, topline, hl, stand, pub_iso, mod_iso, author_html, ps, tag, extra=""):
        body = ('<article class="container content-wrapper__group"><div class="seitenkopf"><h1 class="seitenkopf__headline">'
                '<span class="seitenkopf__topline">%s</span> <span class="seitenkopf__headline--text">%s</span></h1>'
                '<p class="metatextline">Stand: %s Uhr</p></div>%s'
                '<div class="textabsatz-container">%s</div>%s'
                '<div class="taglist"><a class="tag-btn" href="/thema/%s/">%s</a></div>'
                '<div class="teaser-xs"><h2>Mehr zum Thema</h2><ul><li><a href="/inland/">Alle Meldungen aus dem Inland</a></li></ul></div></article>') % (
            E(topline), E(hl), E(stand), author_html, P(pad(ps), "textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two"), extra, tag, E(tag.capitalize()))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s: %s" % (topline, hl),
              "datePublished": pub_iso, "dateModified": mod_iso, "mainEntityOfPage": s.url(path),
              "publisher": {"@type": "Organization", "name": "tagesblick"}}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="website">'
                '<meta name="date" content="%s">%s') % (E(ps[0][:150]), E(hl), pub_iso, jl(ld))
        return shell("%s: %s | tagesblick.de" % (topline, hl), body, head)

    ps1 = ["Nach wochenlangem Streit haben sich die Spitzen der Koalition auf Eckpunkte für einen Nachtragshaushalt verständigt. Er soll vor allem Mehrausgaben für Unterkünfte, Energiehilfen und die Bahn abdecken.",
           "Die Einigung sieht vor, dass rund elf Milliarden Euro zusätzlich aufgenommen werden. Ein Teil davon soll über Umschichtungen im Verteidigungsetat und bei nicht abgerufenen Fördermitteln gedeckt werden.",
           "Der Finanzminister sprach von einem \"tragfähigen Kompromiss\". Die Opposition kritisierte, dass erneut eine Notlage erklärt werden müsse, und kündigte an, die Pläne verfassungsrechtlich prüfen zu lassen.",
           "Das Kabinett soll den Entwurf in der kommenden Woche beschließen. Anschließend muss der Bundestag zustimmen, die erste Lesung ist für Ende März geplant.",
           "Wie viel Geld tatsächlich benötigt wird, hängt nach Angaben aus Regierungskreisen auch von der Entwicklung der Energiepreise im Frühjahr ab."]
    s.art("/inland/innenpolitik/nachtragshaushalt-einigung-100.html", article(
        "/inland/innenpolitik/nachtragshaushalt-einigung-100.html", "Haushaltsstreit", "Koalition einigt sich auf Eckpunkte für Nachtragshaushalt",
        "03.03.2025 18:24", "2025-03-03T18:24:11+01:00", "2025-03-03T18:24:11+01:00",
        '<div class="authorline"><span class="authorline__author"><em>Von Lena Hoffmann, <a href="https://www.ndr.de">NDR</a></em></span></div>', ps1, "haushalt"),
        "Koalition einigt sich auf Eckpunkte für Nachtragshaushalt", "2025-03-03", ["Lena Hoffmann"],
        must=["Die Einigung sieht vor, dass rund elf Milliarden Euro zusätzlich aufgenommen werden."],
        must_not=["Alle Meldungen aus dem Inland"])

    ps2 = ["Die ukrainische Regierung hat in der Nacht erneut schwere Angriffe auf Anlagen der Energieversorgung gemeldet. Betroffen seien Umspannwerke in den Regionen Charkiw, Poltawa und Dnipro.",
           "Nach Angaben des Netzbetreibers mussten in mehreren Städten Stromabschaltungen nach Plan angeordnet werden. In Charkiw fiel zeitweise auch die Fernwärme für mehr als hunderttausend Haushalte aus.",
           "Die Luftwaffe teilte mit, sie habe den Großteil der Drohnen abgefangen. Einige Marschflugkörper hätten ihre Ziele jedoch erreicht.",
           "Energieminister und Netzbetreiber riefen die Bevölkerung auf, am Morgen und am Abend möglichst wenig Strom zu verbrauchen. Reparaturtrupps seien im Einsatz, hieß es.",
           "Europäische Partner hatten zuletzt zusätzliche Transformatoren und mobile Kraftwerke zugesagt. Ein Teil davon sei bereits eingetroffen, sagte ein Sprecher in Kiew."]
    s.art("/ausland/europa/ukraine-energie-angriffe-102.html", article(
        "/ausland/europa/ukraine-energie-angriffe-102.html", "Krieg gegen die Ukraine", "Kiew meldet neue Angriffe auf Energieanlagen",
        "04.03.2025 07:12", "2025-03-03T22:40:05+01:00", "2025-03-04T07:12:40+01:00",
        '<div class="authorline"><span class="authorline__author"><em>Von Felix Brandt und Sabine Roth, <a href="https://www.br.de">BR</a></em></span></div>', ps2, "ukraine"),
        "Kiew meldet neue Angriffe auf Energieanlagen", "2025-03-03", ["Felix Brandt", "Sabine Roth"],
        must=["In Charkiw fiel zeitweise auch die Fernwärme"])

    ps3 = ["Die Verbraucherzentralen warnen vor einer neuen Welle gefälschter Paketbenachrichtigungen. Die Kurznachrichten geben vor, eine Sendung könne nicht zugestellt werden, und verweisen auf täuschend echt aussehende Seiten.",
           "Dort sollen Empfänger eine kleine Gebühr bezahlen oder ihre Kartendaten bestätigen. Wer das tut, riskiert nach Angaben der Verbraucherschützer, dass später deutlich höhere Beträge abgebucht werden.",
           "Betroffene sollten die Bank sofort informieren und die Karte sperren lassen. Außerdem empfehlen die Verbraucherzentralen, Anzeige bei der Polizei zu erstatten und die Nachricht nicht weiterzuleiten.",
           "Echte Paketdienste verlangen nach eigenen Angaben keine Zahlungen per SMS. Im Zweifel helfe es, die Sendungsnummer direkt auf der Seite des Zustellers einzugeben."]
    s.art("/wirtschaft/verbraucher/paket-sms-betrug-104.html", article(
        "/wirtschaft/verbraucher/paket-sms-betrug-104.html", "Betrug per SMS", "Verbraucherschützer warnen vor falschen Paketnachrichten",
        "27.02.2025 11:05", "2025-02-27T11:05:00+01:00", "2025-02-27T11:05:00+01:00", "", ps3 + fill(ps3[1], 4), "verbraucher",
        extra='<p class="textabsatz">Quelle: dpa</p>'),
        "Verbraucherschützer warnen vor falschen Paketnachrichten", "2025-02-27", [],
        must=["Echte Paketdienste verlangen nach eigenen Angaben keine Zahlungen per SMS."])

    def simple(path, title, inner, head="", cls="page"):
        s.non(path, shell("%s | tagesblick.de" % title, '<div class="container"><h1 class="seitenkopf__headline">%s</h1>%s</div>' % (E(title), inner), head, cls), title)

    teas = lambda sel: "".join('<div class="teaser"><a class="teaser__link" href="%s"><span class="teaser__headline">%s</span></a></div>' % (p, E(t)) for p, t, _ in s.arts if sel in p)
    simple("/inland/", "Inland", teas("/inland/") + teas("/wirtschaft/"))
    simple("/thema/haushalt/", "Thema: Haushalt", teas("/inland/"))
    simple("/multimedia/sendung/tagesblick_20_uhr/video-1432100.html", "tagesblick 20:00 Uhr, 03.03.2025",
           '<div class="mediaplayer" data-config="{&quot;mc&quot;:&quot;/video.json&quot;}"><video controls></video></div><p>Themen der Sendung: Koalition einigt sich auf Nachtragshaushalt, Angriffe auf ukrainische Energieanlagen, Wetter</p><p>Sendung vom 03.03.2025 20:00 Uhr</p>',
           head='<meta property="og:type" content="video.episode">')
    simple("/wetter/", "Wetter", '<p>Das Wetter in Deutschland: Im Norden Regen, im Süden zunächst freundlich, Höchstwerte 6 bis 12 Grad.</p>')
    simple("/sendung/", "Sendungen im Überblick", '<ul><li>tagesblick 12:00 Uhr</li><li>tagesblick 17:00 Uhr</li><li><a href="/multimedia/sendung/tagesblick_20_uhr/video-1432100.html">tagesblick 20:00 Uhr</a></li><li>tagesthemen 22:15 Uhr</li></ul>')
    simple("/impressum/", "Impressum", '<p>ARD-aktuell, Hugh-Greene-Weg 1, 22529 Hamburg. Verantwortlich: Chefredaktion ARD-aktuell.</p>')
    simple("/kontakt-und-hilfe/", "Kontakt und Hilfe", '<p>Fragen, Kritik, Anregungen? Schreiben Sie der Redaktion über unser Kontaktformular.</p>')
    s.rss("/xml/rss2/", "tagesblick.de - die erste Adresse für Nachrichten und Information")
    write_page(OUT, s.host, "/", shell("tagesblick.de - die erste Adresse für Nachrichten und Information", '<h1 class="visually-hidden">Startseite</h1>' + teas("/"), '', "home"))
    s.home_done()


# ---------------------------------------------------------------- 3 zweiheute (ZDF)
def site_zweiheute():
    s = Site(3, "zweiheute", "de")
    nav = [("/nachrichten/politik/", "Politik"), ("/nachrichten/panorama/", "Panorama"), ("/live-tv/", "Live-TV"), ("/sendungen/heute-journal/", "heute journal")]

    def shell(title, body, head="", cls=""):
        navh = "".join('<a class="n1ik0lq0" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="__next"><header class="h1blmxmk"><a href="/" class="logo">zweiheute</a><nav>%s</nav></header>'
                '<main class="%s">%s</main><footer class="f1p0xaxn"><a href="/impressum/">Impressum</a> <a href="/live-tv/">Live-TV</a></footer></div></body></html>') % (
            E(title), head, navh, cls, body)

    def article(path, top, hl, shown, ts, author_html, ps, after="", topic=("lawinen", "Lawinen")):
        body = ('<article class="a1mtl3x2"><header><h1 class="hhhy3ex"><span class="o1ximh7k t1vcigrt">%s</span><span class="hhhy3ex-text">%s</span></h1>'
                '<p class="c1bdz7f4">%s</p><dl class="m1ffk2o8"><dt>Datum:</dt><dd><time datetime="%s">%s Uhr</time></dd></dl></header>'
                '%s<div class="r1nj4qn5">%s</div>%s'
                '<aside class="t1q9gqxf"><h2>Mehr zum Thema</h2><a href="/nachrichten/themen/%s/">%s</a></aside></article>') % (
            E(top), E(hl), E(ps[0]), ts, E(shown), author_html, P(pad(ps)[1:]), after, topic[0], E(topic[1]))
        head = '<meta property="og:title" content="%s - zweiheute">%s' % (E(hl), jl({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": ts,
            "author": {"@type": "Organization", "name": "zweiheute"}, "publisher": {"@type": "Organization", "name": "zweiheute"}}))
        return shell("%s - zweiheute" % hl, body, head)

    ps1 = ["In Nordrhein-Westfalen sollen Kommunen mehr Geld für die Sanierung von Schulgebäuden erhalten. Die Landesregierung stellte am Montag ein Programm über zwei Milliarden Euro vor.",
           "Das Geld soll über fünf Jahre verteilt werden. Städte und Gemeinden können damit Dächer, Heizungen und Sanitäranlagen erneuern, aber auch Räume für den Ganztag schaffen.",
           "Der Städtetag begrüßte das Programm, nannte die Summe aber zu niedrig. Allein der Sanierungsstau an den Schulen im Land werde auf mehr als zehn Milliarden Euro geschätzt.",
           "Die Schulministerin sagte, das Programm sei ein Anfang. Vorrang sollten Schulen erhalten, an denen Unterricht wegen Baumängeln bereits ausfallen musste.",
           "Die Anträge können ab Juni gestellt werden. Kommunen in der Haushaltssicherung müssen nach den Plänen keinen Eigenanteil leisten."]
    s.art("/nachrichten/politik/deutschland/nrw-schulen-sanierung-100.html", article(
        "/nachrichten/politik/deutschland/nrw-schulen-sanierung-100.html", "Programm über zwei Milliarden", "NRW will marode Schulen schneller sanieren",
        "03.03.2025 16:02", "2025-03-03T15:02:00.000Z",
        '<div class="a1bx2tw0"><span>von </span><a href="/autoren/jonas-weber-100.html">Jonas Weber</a></div>', ps1, topic=("schule", "Schule")),
        "NRW will marode Schulen schneller sanieren", "2025-03-03", ["Jonas Weber"], instant="2025-03-03T15:02",
        must=["Der Städtetag begrüßte das Programm, nannte die Summe aber zu niedrig."])

    ps2 = ["Ein Lawinenforscher erklärt, warum die Gefahr in den Alpen nach dem Neuschnee dieser Woche besonders schwer einzuschätzen ist - und was Skitourengeher jetzt beachten sollten.",
           "zweiheute: Nach den Unglücken in Tirol fragen sich viele, ob man die Gefahr unterschätzt hat. Was ist in diesem Winter anders?",
           "Martin Gruber: Wir haben eine sehr schwache Altschneedecke. Darauf ist jetzt viel Neuschnee mit Wind gefallen. Das ist eine Kombination, die man von außen kaum sieht.",
           "zweiheute: Reicht die Lawinenwarnstufe als Orientierung?",
           "Gruber: Sie ist ein wichtiger Anhaltspunkt, mehr nicht. Stufe drei klingt mittel, aber bei dieser Schneedecke passieren genau dort die meisten Unfälle. Man muss Hangneigung, Exposition und die Gruppe ehrlich einschätzen.",
           "zweiheute: Was raten Sie für die nächsten Tage?",
           "Gruber: Geduld. Steile Nordhänge meiden, lieber eine Tour verschieben. Der Berg ist in zwei Wochen auch noch da."]
    s.art("/nachrichten/panorama/lawine-tirol-interview-100.html", article(
        "/nachrichten/panorama/lawine-tirol-interview-100.html", "Interview", "Lawinenforscher: \"Die Gefahr sieht man von außen kaum\"",
        "01.03.2025 09:30", "2025-03-01T08:30:00.000Z", "", ps2 + fill(ps2[4], 11),
        after='<p class="r1nj4qn5">Das Interview führte Miriam Keller.</p>'),
        "Lawinenforscher: \"Die Gefahr sieht man von außen kaum\"", "2025-03-01", ["Miriam Keller"],
        must=["Wir haben eine sehr schwache Altschneedecke."])

    ps3 = ["Die Autoindustrie in Deutschland rechnet wegen neuer Zölle in den USA mit spürbaren Einbußen. Der Branchenverband senkte seine Prognose für die Exporte in diesem Jahr deutlich.",
           "Besonders betroffen seien Hersteller, die Oberklassewagen in Deutschland bauen und in die Vereinigten Staaten liefern. Zulieferer fürchten, dass Aufträge ins Ausland verlagert werden.",
           "Der Verband forderte die EU-Kommission auf, rasch mit Washington zu verhandeln und keine Gegenzölle zu verhängen, die einen Handelskonflikt weiter verschärfen könnten.",
           "Ökonomen halten die Sorgen für berechtigt. Die USA sind nach China der wichtigste Absatzmarkt für Autos aus Deutschland.",
           "Die Bundesregierung kündigte an, sich in Brüssel für eine gemeinsame Linie der Mitgliedstaaten einzusetzen."]
    s.art("/nachrichten/wirtschaft/autoindustrie-zoelle-usa-100.html", article(
        "/nachrichten/wirtschaft/autoindustrie-zoelle-usa-100.html", "Handelsstreit mit den USA", "Autobranche senkt Exportprognose wegen Zöllen",
        "26.02.2025 13:47", "2025-02-26T12:47:00.000Z", "", ps3 + fill(ps3[1], 21),
        after='<p class="s1f0ktpj">Quelle: dpa, Reuters</p>', topic=("handel", "Handel")),
        "Autobranche senkt Exportprognose wegen Zöllen", "2025-02-26", [], instant="2025-02-26T12:47",
        must=["Die USA sind nach China der wichtigste Absatzmarkt für Autos aus Deutschland."])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s - zweiheute" % title, '<h1>%s</h1>%s' % (E(title), inner), head), title)

    teas = "".join('<a class="tile" href="%s"><h3>%s</h3></a>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/nachrichten/politik/", "Politik", teas)
    simple("/nachrichten/themen/schule/", "Schule", teas)
    simple("/video/nachrichten/lawinengefahr-alpen-video-100.html", "Video: Hohe Lawinengefahr in den Alpen",
           '<div class="zdfplayer"><video controls></video></div><p>Beitragslänge: 1 min</p><p>Datum: 01.03.2025</p><p>In den Alpen herrscht nach starken Schneefällen erhebliche Lawinengefahr.</p>',
           head='<meta property="og:type" content="video.other">')
    simple("/live-tv/", "Live-TV", '<div class="zdfplayer live"><video controls></video></div><p>Jetzt live: heute - in Deutschland</p><p>Programm heute: 17:00 heute, 19:00 heute, 21:45 heute journal</p>')
    simple("/sendungen/heute-journal/", "heute journal", '<p>Das Nachrichtenmagazin am Abend, moderiert von Anna Schuster und Tobias Lange.</p><a href="/video/nachrichten/lawinengefahr-alpen-video-100.html">Aktuelle Videos</a>')
    simple("/autoren/jonas-weber-100.html", "Jonas Weber", '<p>Jonas Weber ist Korrespondent im Landesstudio Nordrhein-Westfalen.</p><a href="/nachrichten/politik/deutschland/nrw-schulen-sanierung-100.html">NRW will marode Schulen schneller sanieren</a>')
    simple("/impressum/", "Impressum", '<p>Anstalt des öffentlichen Rechts. Vertreten durch den Intendanten.</p>')
    s.sitemap("/sitemap-articles.xml")
    write_page(OUT, s.host, "/", shell("Nachrichten - zweiheute", '<h1 class="visually-hidden">zweiheute</h1>' + teas + '<a href="/video/nachrichten/lawinengefahr-alpen-video-100.html">Video</a><a href="/nachrichten/themen/schule/">Schule</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 4 Info Publique (franceinfo)
def site_infopublique():
    s = Site(4, "Info Publique", "fr")
    nav = [("/monde/", "Monde"), ("/societe/", "Société"), ("/meteo/", "Météo"), ("/en-direct/", "Direct TV"), ("/replay-radio/le-journal-de-8h/", "Radio")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li class="menu__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="header"><a class="header__logo" href="/">Info Publique</a><ul class="menu">%s</ul></header>%s'
                '<footer class="footer"><a href="/a-propos/">Qui sommes-nous ?</a> <a href="/mentions-legales/">Mentions légales</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, chapo, byl, pub, mod, pub_iso, ps, section):
        body = ('<main class="c-body"><article class="c-article"><div class="c-signature"></div>'
                '<h1 class="c-title">%s</h1><div class="c-chapo">%s</div>'
                '<div class="c-signature"><p class="c-signature__names"><span class="c-signature__label">Article rédigé par</span> %s</p>'
                '<p class="c-signature__time"><span>Publié le %s</span> <span>Mis à jour le %s</span></p><p>Temps de lecture : 3min</p></div>'
                '<div class="c-body">%s</div>'
                '<div class="related"><h2>À lire aussi</h2><a href="/%s/">Toute l\'actualité %s</a></div></article></main>') % (
            E(hl), E(chapo), byl, E(pub), E(mod), P(pad(ps)), section, E(section))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (E(hl), pub_iso)
        return shell(hl, body, head)

    ps1 = ["Le président ukrainien a appelé lundi les Européens à accélérer les livraisons de systèmes de défense antiaérienne, au lendemain d'une nuit de frappes sur les villes du centre du pays.",
           "Selon les autorités locales, au moins six personnes ont été tuées et une trentaine blessées à Dnipro, où un immeuble d'habitation a été en partie détruit.",
           "Les secours ont travaillé toute la nuit pour dégager les décombres. La municipalité a ouvert deux écoles pour accueillir les habitants privés de logement.",
           "À Bruxelles, plusieurs ministres ont promis de nouvelles livraisons d'ici l'été, sans préciser de calendrier. Kiev estime que ses réserves de missiles d'interception ne suffiront pas à tenir jusque-là.",
           "Une réunion des ministres de la Défense de l'Union européenne est prévue la semaine prochaine."]
    s.art("/monde/europe/manifestations-en-ukraine/guerre-en-ukraine-kiev-reclame-plus-de-defense-antiaerienne_7123456.html", article(
        "/monde/europe/manifestations-en-ukraine/guerre-en-ukraine-kiev-reclame-plus-de-defense-antiaerienne_7123456.html",
        "Guerre en Ukraine : Kiev réclame plus de défense antiaérienne après des frappes meurtrières sur Dnipro",
        "Au moins six personnes ont été tuées dans la nuit de dimanche à lundi.",
        '<a class="c-signature__author" href="/redaction/camille-rousseau/">Camille Rousseau</a> - France Télévisions',
        "03/03/2025 18:24", "03/03/2025 20:11", "2025-03-03T18:24:00+01:00", ps1, "monde"),
        "Guerre en Ukraine : Kiev réclame plus de défense antiaérienne après des frappes meurtrières sur Dnipro", "2025-03-03", ["Camille Rousseau"],
        must=["La municipalité a ouvert deux écoles pour accueillir les habitants privés de logement."])

    ps2 = ["Dans plusieurs départements ruraux, des parents doivent désormais parcourir plus de quarante kilomètres pour accoucher, après la fermeture de petites maternités jugées trop peu fréquentées.",
           "À Ussel, en Corrèze, la maternité a cessé ses accouchements en janvier. Les futures mères sont orientées vers Brive ou Clermont-Ferrand, à une heure de route au minimum.",
           "Les sages-femmes de l'hôpital assurent encore le suivi des grossesses, mais redoutent les naissances sur le bord de la route en hiver. Un appartement a été réservé près de la maternité de Brive pour les femmes qui habitent le plus loin.",
           "Le ministère de la Santé justifie ces fermetures par le manque de pédiatres et d'anesthésistes, et par la sécurité des patientes. Les élus locaux dénoncent une désertification médicale.",
           "Une proposition de loi visant à garantir un temps d'accès maximal à une maternité doit être examinée au Sénat au printemps."]
    s.art("/sante/hopital/fermeture-des-maternites-en-zone-rurale-les-futures-meres-font-des-kilometres_7119870.html", article(
        "/sante/hopital/fermeture-des-maternites-en-zone-rurale-les-futures-meres-font-des-kilometres_7119870.html",
        "Fermeture des maternités en zone rurale : les futures mères font des kilomètres pour accoucher",
        "Reportage en Corrèze, où la maternité d'Ussel a cessé les accouchements.",
        '<a class="c-signature__author" href="/redaction/julien-mercier/">Julien Mercier</a>, <a class="c-signature__author" href="/redaction/elise-fontaine/">Élise Fontaine</a> - Radio France',
        "01/03/2025 07:05", "01/03/2025 07:05", "2025-03-01T07:05:00+01:00", ps2, "societe"),
        "Fermeture des maternités en zone rurale : les futures mères font des kilomètres pour accoucher", "2025-03-01", ["Julien Mercier", "Élise Fontaine"],
        must=["Un appartement a été réservé près de la maternité de Brive"])

    ps3 = ["Le trafic sera fortement perturbé jeudi sur plusieurs lignes de TER en Occitanie, en raison d'un mouvement social des contrôleurs, a annoncé la SNCF.",
           "Seul un train sur trois circulera en moyenne entre Toulouse et Montpellier. Aucune circulation n'est prévue sur certaines petites lignes, où des cars de substitution seront mis en place.",
           "Les syndicats réclament des embauches et dénoncent la circulation de trains avec un seul agent à bord. La direction régionale affirme que des discussions sont en cours.",
           "Les voyageurs sont invités à reporter leur déplacement ou à consulter l'application avant de partir."]
    s.art("/economie/transports/greve-a-la-sncf/greve-des-controleurs-trafic-tres-perturbe-jeudi-sur-les-ter-en-occitanie_7118002.html", article(
        "/economie/transports/greve-a-la-sncf/greve-des-controleurs-trafic-tres-perturbe-jeudi-sur-les-ter-en-occitanie_7118002.html",
        "Grève des contrôleurs : trafic très perturbé jeudi sur les TER en Occitanie",
        "Un train sur trois en moyenne entre Toulouse et Montpellier.",
        'Info Publique avec AFP - France Télévisions',
        "26/02/2025 06:58", "26/02/2025 09:40", "2025-02-26T06:58:00+01:00", ps3 + fill(ps3[2], 31), "societe"),
        "Grève des contrôleurs : trafic très perturbé jeudi sur les TER en Occitanie", "2025-02-26", [],
        must=["Les syndicats réclament des embauches"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s - Info Publique" % title, '<main><h1>%s</h1>%s</main>' % (E(title), inner), head), title)

    teas = "".join('<article class="card-article"><a href="%s"><p class="card-article__title">%s</p></a></article>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/monde/", "Monde", teas)
    simple("/societe/", "Société", teas)
    simple("/replay-radio/le-journal-de-8h/", "Le journal de 8h", '<div class="player-audio"><audio controls src="/audio/journal-8h-03032025.mp3"></audio></div><p>Le journal de 8h du lundi 3 mars 2025, présenté par Nora Belkacem. Durée : 12 min.</p><a href="/podcasts/">Tous les podcasts</a>',
           head='<meta property="og:type" content="music.song">')
    simple("/meteo/", "Météo", '<p>Prévisions pour la France : pluie sur la Bretagne, soleil sur le pourtour méditerranéen. Températures de 8 à 16 °C.</p>')
    simple("/en-direct/", "Info Publique en direct", '<div class="live-player"><video controls></video></div><p>Regardez la chaîne Info Publique en direct, 24h/24.</p><p>Au programme : 18h00 Le journal, 18h30 Le débat, 19h00 L\'invité.</p>')
    simple("/redaction/camille-rousseau/", "Camille Rousseau", '<p>Journaliste au service international de France Télévisions.</p>' + teas)
    simple("/a-propos/", "Qui sommes-nous ?", '<p>Info Publique est le service public de l\'information en continu.</p>')
    simple("/mentions-legales/", "Mentions légales", '<p>Éditeur : France Télévisions, 7 esplanade Henri de France, 75015 Paris.</p>')
    s.sitemap()
    write_page(OUT, s.host, "/", shell("Info Publique - Actualités en temps réel et info en direct", '<main><h1 class="sr-only">Info Publique</h1>%s<a href="/redaction/camille-rousseau/">Nos journalistes</a></main>' % teas, "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 5 RTVP (RTVE)
def site_rtvp():
    s = Site(5, "RTVP Noticias", "es")
    nav = [("/noticias/", "Noticias"), ("/play/directo/canal-24h/", "Canal 24h en directo"), ("/el-tiempo/", "El tiempo"), ("/programacion/", "Programación")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header id="header"><a class="logo" href="/">RTVP.es</a><ul class="menu">%s</ul></header><div id="content">%s</div>'
                '<footer><a href="/corporacion/">Corporación RTVP</a> · <a href="/contacto/">Contacto</a> · © RTVP 2025</footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, summary, firma, fecha, hora, act, pub_iso, ld_auth, ps, tags):
        body = ('<div class="mainContent"><article class="article"><div class="artHeader"><h1 id="h1_maincontent"><span class="maintitle">%s</span></h1>'
                '<div class="summary"><ul>%s</ul></div><div class="artInfo"><span class="firma"><span class="author">%s</span></span>'
                '<span class="pubBox"><span class="datpub">%s</span> | <span class="hourpub">%s</span> <span class="actualiz">actualizado %s</span></span></div></div>'
                '<div class="artBody">%s</div><div class="tags"><ul>%s</ul></div>'
                '<div class="relNews"><h3>Noticias relacionadas</h3><ul><li><a href="/noticias/">Más noticias</a></li></ul></div></article></div>') % (
            E(hl), "".join("<li>%s</li>" % E(x) for x in summary), firma, fecha, hora, act, P(pad(ps)),
            "".join('<li><a href="/temas/%s/">%s</a></li>' % (t.lower(), E(t)) for t in tags))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub_iso,
              "publisher": {"@type": "Organization", "name": "RTVP"}}
        if ld_auth:
            ld["author"] = [{"@type": "Person", "name": a} for a in ld_auth]
        else:
            ld["author"] = {"@type": "Organization", "name": "RTVP.es / AGENCIAS"}
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(hl), jl(ld))
        return shell("%s | RTVP Noticias" % hl, body, head)

    ps1 = ["El Consejo de Ministros ha aprobado este lunes un plan para movilizar cincuenta mil viviendas vacías de bancos y grandes tenedores y destinarlas al alquiler asequible en los próximos tres años.",
           "El plan prevé avales públicos para los propietarios que alquilen por debajo del precio de referencia y bonificaciones fiscales para quienes rehabiliten pisos que lleven más de dos años vacíos.",
           "La ministra de Vivienda ha defendido que la medida permitirá bajar los precios en las zonas más tensionadas, como Madrid, Barcelona, Málaga o las islas.",
           "Las asociaciones de inquilinos consideran que la cifra es insuficiente frente a la demanda, mientras que los promotores reclaman más suelo público para construir.",
           "Las comunidades autónomas tendrán que adherirse al plan para que los fondos lleguen a su territorio. Varias ya han anunciado que estudiarán la letra pequeña antes de decidir."]
    s.art("/noticias/20250303/gobierno-aprueba-plan-viviendas-vacias-alquiler/16473821.shtml", article(
        "/noticias/20250303/gobierno-aprueba-plan-viviendas-vacias-alquiler/16473821.shtml",
        "El Gobierno aprueba un plan para sacar al alquiler 50.000 viviendas vacías",
        ["Prevé avales públicos y bonificaciones fiscales", "Los inquilinos lo ven insuficiente"],
        'MARTA DELGADO', "03.03.2025", "18:24", "19:40", "2025-03-03T18:24:00+01:00", ["Marta Delgado"], ps1, ["Vivienda", "Gobierno"]),
        "El Gobierno aprueba un plan para sacar al alquiler 50.000 viviendas vacías", "2025-03-03", ["Marta Delgado"],
        must=["El plan prevé avales públicos para los propietarios"])

    ps2 = ["Las reservas de agua de las cuencas del sur siguen por debajo del treinta por ciento pese a las lluvias de las últimas semanas, según los datos publicados este viernes.",
           "En la cuenca del Guadalquivir los embalses han ganado casi cinco puntos en un mes, pero los agricultores advierten de que la campaña de regadío seguirá muy limitada.",
           "En la comarca de la Axarquía, en Málaga, los productores de aguacate y mango han arrancado parte de sus árboles para reducir el consumo y se han asociado para pagar una desaladora portátil.",
           "La Junta de Andalucía mantiene las restricciones en una veintena de municipios y ha pedido al Gobierno que acelere las obras de las desaladoras previstas en la costa.",
           "Los expertos recuerdan que una primavera lluviosa no compensa varios años de sequía y piden planificar ya el verano."]
    s.art("/noticias/20250228/sequia-embalses-sur-siguen-bajo-minimos/16469002.shtml", article(
        "/noticias/20250228/sequia-embalses-sur-siguen-bajo-minimos/16469002.shtml",
        "Los embalses del sur siguen bajo mínimos pese a las lluvias",
        ["La cuenca del Guadalquivir gana cinco puntos en un mes"],
        'PABLO SERRANO / IRENE CAMPOS', "28.02.2025", "13:10", "13:10", "2025-02-28T13:10:00+01:00", ["Pablo Serrano", "Irene Campos"], ps2, ["Sequía", "Andalucía"]),
        "Los embalses del sur siguen bajo mínimos pese a las lluvias", "2025-02-28", ["Pablo Serrano", "Irene Campos"],
        must=["En la comarca de la Axarquía"])

    ps3 = ["Un terremoto de magnitud 4,1 ha sacudido este domingo la provincia de Granada sin causar daños personales, según el Instituto Geográfico Nacional.",
           "El seísmo se registró a las 07:42 con epicentro cerca de Santa Fe y a una profundidad de diez kilómetros. Fue sentido en buena parte del área metropolitana de la capital.",
           "El servicio de emergencias recibió más de doscientas llamadas de vecinos que se despertaron por el temblor. No se han notificado daños en edificios.",
           "La zona registra decenas de pequeños terremotos cada año y en 2021 vivió una serie de sacudidas que obligó a muchos vecinos a dormir en la calle."]
    s.art("/noticias/20250302/terremoto-granada-magnitud-4/16470777.shtml", article(
        "/noticias/20250302/terremoto-granada-magnitud-4/16470777.shtml",
        "Un terremoto de magnitud 4,1 sacude Granada sin causar daños",
        ["Fue sentido en el área metropolitana"],
        'RTVP.es / AGENCIAS', "02.03.2025", "09:15", "10:02", "2025-03-02T09:15:00+01:00", None, ps3 + fill(ps3[1], 51), ["Terremotos"]),
        "Un terremoto de magnitud 4,1 sacude Granada sin causar daños", "2025-03-02", [],
        must=["El servicio de emergencias recibió más de doscientas llamadas"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s | RTVP" % title, '<div class="mainContent"><h1>%s</h1>%s</div>' % (E(title), inner), head), title)

    teas = "".join('<div class="cell"><a href="%s"><span class="maintitle">%s</span></a></div>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/noticias/", "Noticias", teas)
    simple("/temas/vivienda/", "Vivienda", teas)
    simple("/play/videos/telediario-1/15-horas-03-03-25/16473900/", "Telediario - 15 horas - 03/03/25",
           '<div class="videoPlayer"><video controls></video></div><p>Telediario 1 con Lucía Ferrer. Duración: 58:12. Emitido el 03/03/2025.</p>',
           head='<meta property="og:type" content="video.episode">')
    simple("/play/directo/canal-24h/", "Canal 24 horas en directo", '<div class="videoPlayer live"><video controls></video></div><p>Sigue en directo la emisión del Canal 24 horas.</p>')
    simple("/el-tiempo/", "El tiempo", '<p>Previsión: lluvias en el norte peninsular, cielos despejados en el sur. Máximas de 18 grados en el Guadalquivir.</p>')
    simple("/programacion/", "Programación", '<ul><li>15:00 Telediario 1</li><li>16:00 La tarde en 24h</li><li>21:00 Telediario 2</li></ul><a href="/play/videos/telediario-1/15-horas-03-03-25/16473900/">Telediario 1</a>')
    simple("/corporacion/", "Corporación RTVP", '<p>La Corporación RTVP es la empresa pública de radio y televisión.</p>')
    simple("/contacto/", "Contacto y Defensora de la Audiencia", '<p>Envíe sus quejas y sugerencias a la Defensora de la Audiencia mediante el formulario.</p>')
    s.sitemap()
    write_page(OUT, s.host, "/", shell("RTVP.es - Noticias, programas y directos", '<h1 class="hidden">RTVP.es</h1>' + teas + '<a href="/temas/vivienda/">Vivienda</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 6 Rete Pubblica News (RAI)
def site_rete():
    s = Site(6, "Rete Pubblica News", "it")
    nav = [("/politica/", "Politica"), ("/tgr/lombardia/", "Tgr"), ("/dirette/", "Diretta"), ("/meteo/", "Meteo")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<a class="nav-link" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="header-rn"><a href="/" class="brand">RetePubblica<b>News</b></a><nav>%s</nav></header><main>%s</main>'
                '<footer><a href="/chi-siamo/">Chi siamo</a> <a href="/video/2025/03/tg1-ore-20-del-03-03-2025/">Tg1</a> © Rete Pubblica</footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, sub, signed, date_s, upd, pub_iso, ps, cat):
        sig = '<div class="article__author">%s</div>' % signed if signed else ""
        body = ('<article class="article"><p class="article__category"><a href="/%s/">%s</a></p><h1 class="article__title">%s</h1><h2 class="article__subtitle">%s</h2>'
                '%s<div class="article__date"><time datetime="%s">%s</time> <span class="article__update">Aggiornato %s</span></div>'
                '<div class="article__body">%s</div>'
                '<div class="article__related"><h3>Leggi anche</h3><a href="/politica/">Tutte le notizie di politica</a></div></article>') % (
            cat, E(cat.capitalize()), E(hl), E(sub), sig, pub_iso, date_s, upd, P(pad(ps)), )
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">%s' % (
            E(hl), E(sub), jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub_iso,
                              "author": {"@type": "Organization", "name": "RetePubblica News"}}))
        return shell("%s - RetePubblica News" % hl, body, head)

    ps1 = ["Il Consiglio dei ministri ha approvato il disegno di legge sulla riforma della giustizia tributaria, che prevede tempi più brevi per i ricorsi e giudici a tempo pieno.",
           "Secondo il testo, le cause sotto i cinquemila euro potranno essere decise da un giudice monocratico e il contribuente potrà partecipare alle udienze da remoto.",
           "Il viceministro dell'Economia ha parlato di una svolta per cittadini e imprese. Le associazioni dei commercialisti chiedono però risorse certe per assumere il personale necessario.",
           "Le opposizioni hanno annunciato emendamenti in Parlamento, sostenendo che la riforma rischia di allungare i tempi nella fase di transizione.",
           "Il provvedimento passa ora all'esame delle Camere e dovrebbe entrare in vigore dal prossimo anno."]
    s.art("/articoli/2025/03/riforma-giustizia-tributaria-cdm-9f3c2a1e-7b4d-4c1a-9e2f-1a2b3c4d5e6f.html", article(
        "/articoli/2025/03/riforma-giustizia-tributaria-cdm-9f3c2a1e-7b4d-4c1a-9e2f-1a2b3c4d5e6f.html",
        "Giustizia tributaria, via libera del Cdm alla riforma", "Tempi più brevi per i ricorsi e giudici a tempo pieno",
        'di <a href="/autori/luca-marchetti/">Luca Marchetti</a>', "03/03/2025", "03/03/2025 19:02", "2025-03-03T18:24:00+01:00", ps1, "politica"),
        "Giustizia tributaria, via libera del Cdm alla riforma", "2025-03-03", ["Luca Marchetti"],
        must=["le cause sotto i cinquemila euro potranno essere decise da un giudice monocratico"])

    ps2 = ["La neve caduta nella notte ha bloccato per alcune ore il traffico sull'autostrada del Brennero, dove decine di mezzi pesanti sono rimasti fermi tra Vipiteno e il confine.",
           "La polizia stradale ha imposto il divieto di transito ai camion diretti in Austria fino a metà mattina. Gli spazzaneve hanno lavorato senza sosta per liberare le corsie.",
           "In Val Venosta sono caduti fino a quaranta centimetri di neve fresca. Il pericolo valanghe è stato alzato al grado quattro su una scala di cinque in alcune zone.",
           "La protezione civile raccomanda di non mettersi in viaggio senza catene o pneumatici invernali e di evitare le escursioni fuori pista nei prossimi giorni."]
    s.art("/articoli/2025/02/neve-brennero-camion-bloccati-4e5d6c7b-1a2b-4c3d-8e9f-0a1b2c3d4e5f.html", article(
        "/articoli/2025/02/neve-brennero-camion-bloccati-4e5d6c7b-1a2b-4c3d-8e9f-0a1b2c3d4e5f.html",
        "Neve sul Brennero, camion bloccati per ore", "Pericolo valanghe alzato al grado quattro in Val Venosta",
        None, "27/02/2025", "27/02/2025 11:30", "2025-02-27T08:50:00+01:00", ps2 + fill(ps2[1], 61), "cronaca"),
        "Neve sul Brennero, camion bloccati per ore", "2025-02-27", [],
        must=["In Val Venosta sono caduti fino a quaranta centimetri di neve fresca."])

    ps3 = ["A Bruxelles i ministri dell'Agricoltura dei Ventisette hanno discusso la semplificazione della politica agricola comune, chiesta da mesi dagli agricoltori scesi in piazza in molti Paesi.",
           "La Commissione propone di ridurre i controlli per le aziende più piccole e di lasciare agli Stati più libertà sulle regole ambientali legate ai sussidi.",
           "L'Italia ha chiesto anche un fondo straordinario per i danni causati dalla siccità al Sud e dalle alluvioni in Emilia-Romagna e in Toscana.",
           "Le organizzazioni ambientaliste temono invece un passo indietro sugli obiettivi climatici e sulla tutela della biodiversità.",
           "Una decisione definitiva è attesa al Consiglio di fine marzo."]
    s.art("/articoli/2025/03/ue-agricoltura-pac-semplificazione-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e.html", article(
        "/articoli/2025/03/ue-agricoltura-pac-semplificazione-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e.html",
        "Pac, i ministri Ue discutono la semplificazione", "L'Italia chiede un fondo per siccità e alluvioni",
        'di <a href="/autori/elena-conti/">Elena Conti</a>', "01/03/2025", "01/03/2025 16:45", "2025-03-01T16:45:00+01:00", ps3, "economia"),
        "Pac, i ministri Ue discutono la semplificazione", "2025-03-01", ["Elena Conti"],
        must=["La Commissione propone di ridurre i controlli per le aziende più piccole"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s - RetePubblica News" % title, '<section><h1>%s</h1>%s</section>' % (E(title), inner), head), title)

    teas = "".join('<div class="card"><a href="%s"><h3 class="card__title">%s</h3></a></div>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/politica/", "Politica", teas)
    simple("/tgr/lombardia/", "Tgr Lombardia", '<p>Il telegiornale regionale della Lombardia. Edizioni alle 14:00, 19:30 e 24:00.</p>' + teas)
    simple("/video/2025/03/tg1-ore-20-del-03-03-2025/", "Tg1 ore 20:00 del 03/03/2025", '<div class="rp-player"><video controls></video></div><p>Edizione delle 20:00 del 03/03/2025. Durata 35 minuti.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/dirette/", "RetePubblica News 24 in diretta", '<div class="rp-player live"><video controls></video></div><p>Il canale all news in diretta 24 ore su 24.</p>')
    simple("/meteo/", "Meteo", '<p>Previsioni: nuvoloso al Nord con nevicate sulle Alpi, sereno al Sud. Temperature in calo.</p>')
    simple("/autori/luca-marchetti/", "Luca Marchetti", '<p>Giornalista della redazione politica.</p>' + teas)
    simple("/chi-siamo/", "Chi siamo", '<p>RetePubblica News è la testata giornalistica all news del servizio pubblico.</p>')
    write_page(OUT, s.host, "/", shell("RetePubblica News - Ultime notizie", '<h1 class="sr-only">RetePubblica News</h1>' + teas + '<a href="/autori/luca-marchetti/">Autori</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 7 Omroep Nieuws (NOS)
def site_omroep():
    s = Site(7, "Omroep Nieuws", "nl")
    nav = [("/nieuws/binnenland", "Binnenland"), ("/uitzendingen/journaal-20-uur-03032025", "Uitzendingen"), ("/live", "Live"), ("/weer", "Weer")]
    AMS = ZoneInfo("Europe/Amsterdam")
    MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="sc-header"><a href="/" class="logo">ON</a><ul>%s</ul></header><main>%s</main>'
                '<footer><a href="/over-omroep-nieuws">Over ons</a> <a href="/feeds/nieuwsalgemeen.xml">RSS</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, pub, shown, byl, ps, extra_meta="", collectie=("13965", "Brandveiligheid")):
        b = '<p class="sc-byline">%s</p>' % E(byl) if byl else ""
        body = ('<article class="sc-article"><h1 class="sc-title">%s</h1><p class="sc-meta"><time datetime="%s">%s</time>%s</p>%s'
                '<div class="sc-body">%s</div><aside><a href="/collectie/%s">%s</a></aside></article>') % (
            E(hl), pub, E(shown), extra_meta, b, P(pad(ps)), collectie[0], E(collectie[1]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(hl), jl({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub,
            "publisher": {"@type": "Organization", "name": "Omroep Nieuws"}}))
        return shell("%s | Omroep Nieuws" % hl, body, head)

    p1 = NOW - datetime.timedelta(hours=2)
    l1, lnow = p1.astimezone(AMS), NOW.astimezone(AMS)
    shown = ("vandaag" if l1.date() == lnow.date() else "gisteren") + ", " + l1.strftime("%H:%M")
    ps1 = ["Bij een grote brand in een bedrijfspand op een industrieterrein in Tilburg is vanochtend veel rook vrijgekomen. De brandweer riep omwonenden op ramen en deuren te sluiten en ventilatiesystemen uit te zetten.",
           "In het pand zaten een opslag voor kunststof verpakkingen en een drukkerij. Er raakte niemand gewond, meldt de veiligheidsregio.",
           "De rookpluim trok richting Goirle en Hilvarenbeek. Meetploegen van de brandweer hebben de lucht gecontroleerd en vonden geen gevaarlijke concentraties, maar de rook kan wel hinderlijk zijn.",
           "De brand was rond het middaguur onder controle. Het nablussen gaat naar verwachting nog tot in de avond duren. Hoe het vuur is ontstaan, wordt onderzocht."]
    s.art("/artikel/2558123-grote-brand-in-bedrijfspand-tilburg-veel-rook", article(
        "/artikel/2558123-grote-brand-in-bedrijfspand-tilburg-veel-rook", "Grote brand in bedrijfspand Tilburg, veel rook in omgeving",
        l1.isoformat(timespec="seconds").replace("+01:00", "+0100").replace("+02:00", "+0200"), shown, None, ps1 + fill(ps1[2], 71)),
        "Grote brand in bedrijfspand Tilburg, veel rook in omgeving", l1.strftime("%Y-%m-%d"), [], instant=p1.strftime("%Y-%m-%dT%H:%M"),
        must=["In het pand zaten een opslag voor kunststof verpakkingen en een drukkerij."])

    ps2 = ["In Brussel zijn de Europese regeringsleiders het na een lange nacht eens geworden over een gezamenlijk fonds voor de aankoop van wapens en munitie. Dat meldt correspondent Daan Mulder.",
           "Het fonds moet oplopen tot honderdvijftig miljard euro en wordt gevuld met leningen die de Europese Commissie op de kapitaalmarkt aantrekt. Landen die meedoen, moeten het geld later terugbetalen.",
           "Nederland stemde in, maar wil dat er strenge voorwaarden gelden. Het kabinet is tegen gezamenlijke schulden en benadrukte dat het om leningen gaat en niet om subsidies.",
           "Vooral landen aan de oostgrens drongen aan op haast. Zij zeggen dat de dreiging van Rusland niet wacht op de Europese besluitvorming.",
           "Het Europees Parlement moet nog instemmen. Dat zou in april kunnen gebeuren."]
    s.art("/artikel/2557740-eu-leiders-eens-over-defensiefonds", article(
        "/artikel/2557740-eu-leiders-eens-over-defensiefonds", "EU-leiders eens over miljardenfonds voor defensie",
        "2025-03-03T18:24:11+0100", "3 maart 2025, 18:24", "Door correspondent Daan Mulder", ps2,
        extra_meta=' <span class="sc-updated">Aangepast 4 maart 2025, 07:10</span>', collectie=("13980", "Defensie")),
        "EU-leiders eens over miljardenfonds voor defensie", "2025-03-03", ["Daan Mulder"], instant="2025-03-03T17:24",
        must=["Nederland stemde in, maar wil dat er strenge voorwaarden gelden."])

    ps3 = ["Huurders met een laag inkomen krijgen vanaf volgend jaar meer huurtoeslag, maar voor veel middeninkomens verandert er weinig. Hoe zit het precies? Vijf vragen en antwoorden.",
           "Wie krijgt er meer? Vooral alleenstaanden en gezinnen met een inkomen rond het minimumloon. Zij gaan er gemiddeld zo'n twintig euro per maand op vooruit.",
           "En de huur zelf? De maximale huurverhoging voor sociale huurwoningen ligt dit jaar lager dan vorig jaar. In de vrije sector geldt een ander plafond.",
           "Moet ik zelf iets doen? Nee, de Belastingdienst past de toeslag automatisch aan. Wel is het belangrijk om een gewijzigd inkomen op tijd door te geven, anders moet je later terugbetalen.",
           "Wat zeggen critici? De Woonbond vindt de stap te klein. Verhuurders waarschuwen dat lagere huurverhogingen ten koste gaan van onderhoud en verduurzaming."]
    s.art("/artikel/2557311-huurtoeslag-omhoog-wat-betekent-dat-voor-jou", article(
        "/artikel/2557311-huurtoeslag-omhoog-wat-betekent-dat-voor-jou", "Huurtoeslag omhoog: wat betekent dat voor jou?",
        "2025-02-28T06:00:00+0100", "28 februari 2025, 06:00", "Door Femke Visser en Sanne Smit", ps3, collectie=("13990", "Wonen")),
        "Huurtoeslag omhoog: wat betekent dat voor jou?", "2025-02-28", ["Femke Visser", "Sanne Smit"], instant="2025-02-28T05:00",
        must=["Nee, de Belastingdienst past de toeslag automatisch aan."])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s | Omroep Nieuws" % title, '<section><h1>%s</h1>%s</section>' % (E(title), inner), head), title)

    teas = "".join('<li class="list-item"><a href="%s"><h2>%s</h2></a></li>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/nieuws/binnenland", "Binnenland", "<ul>%s</ul>" % teas)
    simple("/collectie/13965", "Brandveiligheid", "<p>Alle artikelen over branden en brandveiligheid.</p><ul>%s</ul>" % teas)
    simple("/uitzendingen/journaal-20-uur-03032025", "Journaal 20.00 uur", '<div class="video-player"><video controls></video></div><p>Uitzending van maandag 3 maart 2025, 20:00. 25 minuten.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/live", "Live: Journaal 24", '<div class="video-player live"><video controls></video></div><p>Kijk live naar het nieuws.</p>')
    simple("/weer", "Weer", '<p>Vandaag: eerst zon, later bewolking en in het noorden een bui. Maximaal 9 graden.</p>')
    simple("/over-omroep-nieuws", "Over Omroep Nieuws", '<p>Omroep Nieuws verzorgt het onafhankelijke nieuws voor de publieke omroep. Klachten? Neem contact op met de ombudsman.</p>')
    s.rss("/feeds/nieuwsalgemeen.xml", "Omroep Nieuws Algemeen")
    write_page(OUT, s.host, "/", shell("Omroep Nieuws | Nieuws, Sport en Evenementen", '<h1 class="hidden">Laatste nieuws</h1><ul>%s</ul><a href="/collectie/13965">Brandveiligheid</a>' % teas, "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 8 TVS Nyheter (SVT)
def site_tvs():
    s = Site(8, "TVS Nyheter", "sv")
    nav = [("/nyheter/inrikes/", "Inrikes"), ("/nyheter/lokalt/uppsala/", "Uppsala"), ("/kanaler/tvs1/", "Tablå"), ("/vader/", "Väder")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<a class="nyh_nav__link" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="nyh_header"><a href="/" class="nyh_header__logo">TVS Nyheter</a><nav>%s</nav></header><main id="innehall">%s</main>'
                '<footer class="nyh_footer"><a href="/om-tvs/">Om TVS</a> <a href="/kontakt/">Kontakta TVS</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, lead, authors_html, pub, upd, pub_iso, ps, topic):
        body = ('<article class="nyh_article"><h1 class="nyh_article__heading">%s</h1><div class="nyh_article__lead">%s</div>'
                '<div class="nyh_article__meta">%s<div class="nyh_article-date"><span>Publicerad %s</span> <span>Uppdaterad %s</span></div></div>'
                '<div class="nyh_body">%s</div><div class="nyh_tags"><a href="/nyheter/amne/%s">%s</a></div></article>') % (
            E(hl), E(lead), authors_html, pub, upd, P(pad(ps)), topic.lower(), E(topic))
        head = '<meta property="og:title" content="%s | TVS Nyheter"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (E(hl), pub_iso)
        return shell("%s | TVS Nyheter" % hl, body, head)

    def auth(*xs):
        return "".join('<div class="nyh_author"><a href="/nyheter/reporter/%s" class="nyh_author__name">%s</a><span class="nyh_author__role">%s</span></div>' % (
            n.lower().replace(" ", "-"), E(n), E(r)) for n, r in xs)

    ps1 = ["Regeringen vill skärpa kraven på kommunernas beredskap inför långa strömavbrott. Enligt ett nytt förslag ska varje kommun ha reservkraft till äldreboenden, vattenverk och minst en värmestuga.",
           "Förslaget kommer efter vintern i norra Sverige, där tusentals hushåll var utan ström i flera dygn efter stormen i januari.",
           "Sveriges Kommuner och Regioner välkomnar målet men varnar för kostnaderna. Många mindre kommuner saknar i dag både personal och pengar för att klara kraven.",
           "Civilministern säger att staten kommer att bidra med pengar under en övergångsperiod, men att ansvaret ligger kvar hos kommunerna.",
           "Förslaget skickas nu ut på remiss och lagändringarna föreslås träda i kraft den 1 juli nästa år."]
    s.art("/nyheter/inrikes/regeringen-vill-skarpa-krav-pa-reservkraft-i-kommunerna", article(
        "/nyheter/inrikes/regeringen-vill-skarpa-krav-pa-reservkraft-i-kommunerna", "Regeringen vill skärpa krav på reservkraft i kommunerna",
        "Varje kommun ska ha minst en värmestuga vid långa strömavbrott.", auth(("Karin Lindqvist", "Reporter")),
        "3 mars 2025 kl. 18.24", "4 mars 2025 kl. 07.10", "2025-03-03T18:24:00+01:00", ps1, "Krisberedskap"),
        "Regeringen vill skärpa krav på reservkraft i kommunerna", "2025-03-03", ["Karin Lindqvist"],
        must=["Sveriges Kommuner och Regioner välkomnar målet men varnar för kostnaderna."])

    ps2 = ["Polisen har gripit två män i 20-årsåldern misstänkta för ett rån mot en guldsmedsbutik i centrala Göteborg på fredagseftermiddagen.",
           "Enligt polisen gick tre maskerade personer in i butiken strax efter klockan tre och krossade flera montrar. Ingen person skadades fysiskt.",
           "De två männen greps en timme senare i en lägenhet i Hisingen efter tips från allmänheten. En tredje person eftersöks fortfarande.",
           "Polisen vill inte uppge hur stort värde som stals men säger att en del av godset har hittats."]
    s.art("/nyheter/inrikes/tva-gripna-efter-ran-mot-guldsmed-i-goteborg", article(
        "/nyheter/inrikes/tva-gripna-efter-ran-mot-guldsmed-i-goteborg", "Två gripna efter rån mot guldsmed i Göteborg",
        "En tredje person eftersöks fortfarande.", '<div class="nyh_author"><span class="nyh_author__name">TT</span></div>',
        "28 februari 2025 kl. 17.52", "28 februari 2025 kl. 19.03", "2025-02-28T17:52:00+01:00", ps2 + fill(ps2[1], 81), "Brott"),
        "Två gripna efter rån mot guldsmed i Göteborg", "2025-02-28", [],
        must=["De två männen greps en timme senare i en lägenhet i Hisingen"])

    ps3 = ["Uppsala kommun stänger två av stadens fritidsgårdar i sommar för att spara pengar. Beskedet har väckt starka reaktioner bland ungdomar och föräldrar i Gottsunda och Sävja.",
           "Kommunen säger att verksamheten i stället ska samlas i en större mötesplats i centrum med längre öppettider och fler anställda.",
           "– Det är för långt att åka in till stan för många av oss, säger femtonåriga Amal, som går till fritidsgården i Gottsunda flera kvällar i veckan.",
           "Kommunalrådet med ansvar för kultur och fritid säger att beslutet är tufft men nödvändigt för att få budgeten i balans.",
           "Ett medborgarförslag om att behålla gårdarna har fått över tvåtusen underskrifter på en vecka."]
    s.art("/nyheter/lokalt/uppsala/tva-fritidsgardar-stangs-i-sommar", article(
        "/nyheter/lokalt/uppsala/tva-fritidsgardar-stangs-i-sommar", "Två fritidsgårdar stängs i sommar – ungdomar protesterar",
        "Över tvåtusen har skrivit under för att behålla gårdarna.", auth(("Erik Johansson", "Reporter"), ("Maja Berg", "Fotograf")),
        "1 mars 2025 kl. 08.00", "1 mars 2025 kl. 10.15", "2025-03-01T08:00:00+01:00", ps3, "Uppsala"),
        "Två fritidsgårdar stängs i sommar – ungdomar protesterar", "2025-03-01", ["Erik Johansson", "Maja Berg"],
        must=["Ett medborgarförslag om att behålla gårdarna har fått över tvåtusen underskrifter på en vecka."])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s | TVS Nyheter" % title, '<section class="nyh_section"><h1>%s</h1>%s</section>' % (E(title), inner), head), title)

    teas = "".join('<a class="nyh_teaser" href="%s"><h2 class="nyh_teaser__heading">%s</h2></a>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/nyheter/inrikes/", "Inrikes", teas)
    simple("/nyheter/lokalt/uppsala/", "TVS Uppsala", teas)
    simple("/nyheter/amne/krisberedskap", "Krisberedskap", teas)
    simple("/play/video/jXy7Qz/rapport/mon-3-mar-19-30", "Rapport 19.30 – 3 mar", '<div class="video-player"><video controls></video></div><p>Nyheter från Sverige och världen. 30 min. Tillgänglig till 2 april.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/kanaler/tvs1/", "Tablå TVS1", '<ul><li>18.00 Rapport</li><li>19.30 <a href="/play/video/jXy7Qz/rapport/mon-3-mar-19-30">Rapport</a></li><li>21.00 Aktuellt</li></ul><a href="/live/">Se TVS1 live</a>')
    simple("/vader/", "Väder", '<p>Uppsala: mulet, 3 grader. I morgon snöblandat regn.</p>')
    simple("/om-tvs/", "Om TVS", '<p>TVS är ett public service-företag som ägs av en förvaltningsstiftelse.</p>')
    write_page(OUT, s.host, "/", shell("TVS Nyheter", '<h1 class="hidden">TVS Nyheter</h1>' + teas + '<a href="/nyheter/amne/krisberedskap">Krisberedskap</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 9 RAU Uutiset (Yle)
def site_rau():
    s = Site(9, "RAU Uutiset", "fi")
    nav = [("/uutiset/kotimaa", "Kotimaa"), ("/areena/1-4567890", "Areena"), ("/saa/", "Sää"), ("/aihe/18-34837", "Ilmasto")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="yle-header"><a href="/" class="logo">RAU</a><ul>%s</ul></header><main>%s</main>'
                '<footer><a href="/rau/tietoa">Tietoa RAU:sta</a> <a href="/areena/podcastit/1-654321">Podcastit</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, authors, pub_iso, shown, upd, ps, aihe, credit=""):
        a = "".join('<div class="aw-author"><span class="aw-author__name">%s</span></div>' % E(x) for x in authors)
        body = ('<article class="yle__article"><header class="yle__article__header"><h1 class="yle__article__heading">%s</h1></header>'
                '<div class="aw-byline">%s<time class="yle__article__date--published" datetime="%s">%s</time>'
                ' <span class="yle__article__date--modified">Päivitetty %s</span></div>'
                '<section class="yle__article__content">%s%s</section><div class="aw-topics"><a href="/aihe/%s">Aihe</a></div></article>') % (
            E(hl), a, pub_iso, shown, upd, P(pad(ps), "yle__article__paragraph"), credit, aihe)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(hl), jl({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub_iso,
            "author": [{"@type": "Person", "name": x} for x in authors] or [{"@type": "Organization", "name": "RAU"}]}))
        return shell("%s | RAU Uutiset" % hl, body, head)

    ps1 = ["Hallitus aikoo kiristää vanhusten ympärivuorokautisen hoivan valvontaa. Esityksen mukaan aluehallintovirastot voisivat jatkossa tehdä tarkastuksia ilman ennakkoilmoitusta nykyistä useammin.",
           "Taustalla ovat viime vuonna julki tulleet tapaukset, joissa hoivakodeissa oli liian vähän henkilökuntaa ja asukkaat jäivät ilman apua yöaikaan.",
           "Sosiaali- ja terveysministeriön mukaan uudistus ei lisää hoitajamitoitusta, mutta velvoittaa palveluntuottajat ilmoittamaan henkilöstövajeesta viikoittain.",
           "Vanhusneuvostot pitävät esitystä oikeansuuntaisena. Alan työntekijöiden liitto muistuttaa, että valvonta ei yksin korjaa työvoimapulaa.",
           "Lakimuutosten on tarkoitus tulla voimaan ensi vuoden alussa."]
    s.art("/a/74-20145678", article(
        "/a/74-20145678", "Hallitus kiristää hoivakotien valvontaa – tarkastuksia ilman ennakkoilmoitusta", ["Mikko Virtanen"],
        "2025-03-03T16:24:11.000Z", "3.3.2025 klo 18.24", "3.3.2025 klo 20.10", ps1, "18-220306"),
        "Hallitus kiristää hoivakotien valvontaa – tarkastuksia ilman ennakkoilmoitusta", "2025-03-03", ["Mikko Virtanen"], instant="2025-03-03T16:24",
        must=["Vanhusneuvostot pitävät esitystä oikeansuuntaisena."])

    ps2 = ["Helsingin poliisi tutkii useita asuntomurtoja, jotka tehtiin viikonlopun aikana Itä-Helsingissä. Murtoja on kirjattu ainakin kahdeksan.",
           "Poliisin mukaan tekijät ovat menneet sisään parvekkeen ovesta tai ikkunasta ja vieneet koruja, rahaa ja elektroniikkaa.",
           "Poliisi kehottaa asukkaita lukitsemaan parvekkeen ovet myös lyhyiden poissaolojen ajaksi ja ilmoittamaan epäilyttävistä havainnoista.",
           "Tapauksia tutkitaan törkeinä varkauksina. Ketään ei ole vielä otettu kiinni."]
    s.art("/a/74-20145102", article(
        "/a/74-20145102", "Poliisi tutkii sarjaa asuntomurtoja Itä-Helsingissä", [],
        "2025-03-02T07:05:00.000Z", "2.3.2025 klo 9.05", "2.3.2025 klo 9.05", ps2 + fill(ps2[1], 91), "18-91234", credit='<p class="yle__article__paragraph"><em>STT</em></p>'),
        "Poliisi tutkii sarjaa asuntomurtoja Itä-Helsingissä", "2025-03-02", [], instant="2025-03-02T07:05",
        must=["Poliisi kehottaa asukkaita lukitsemaan parvekkeen ovet"])

    ps3 = ["Itämeren jääpeite jäi tänä talvena poikkeuksellisen ohueksi. Ilmatieteen laitoksen mukaan laajin jäätilanne mitattiin helmikuun puolivälissä, ja se oli yksi mittaushistorian pienimmistä.",
           "Perämerellä jäätä oli normaalisti, mutta Suomenlahdella ja Saaristomerellä jää jäi ohueksi ja rikkonaiseksi.",
           "Tutkijoiden mukaan vähäjäiset talvet yleistyvät ilmaston lämmetessä. Se vaikuttaa muun muassa norpan pesintään ja rannikon kalastukseen.",
           "Meriliikenteelle vähäinen jää on helpotus, sillä jäänmurtajia tarvittiin tavallista vähemmän.",
           "Saimaalla norppien pesäkinokset tehtiin tänäkin talvena osin käsin, jotta kuutit saisivat suojaa."]
    s.art("/a/74-20144870", article(
        "/a/74-20144870", "Itämeren jäätalvi oli yksi mittaushistorian heikoimmista", ["Aino Laine", "Juha Nieminen"],
        "2025-02-28T10:00:00.000Z", "28.2.2025 klo 12.00", "28.2.2025 klo 14.30", ps3, "18-34837"),
        "Itämeren jäätalvi oli yksi mittaushistorian heikoimmista", "2025-02-28", ["Aino Laine", "Juha Nieminen"], instant="2025-02-28T10:00",
        must=["Meriliikenteelle vähäinen jää on helpotus"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s | RAU" % title, '<section><h1>%s</h1>%s</section>' % (E(title), inner), head), title)

    teas = "".join('<article class="teaser"><a href="%s"><h3>%s</h3></a></article>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/uutiset/kotimaa", "Kotimaa", teas)
    simple("/aihe/18-34837", "Ilmastonmuutos", teas)
    simple("/areena/1-4567890", "Yle Uutiset 20.30 | 3.3.2025", '<div class="areena-player"><video controls></video></div><p>Päivän tärkeimmät uutiset. Kesto 20 min. Katsottavissa 2.4.2025 asti.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/areena/podcastit/1-654321", "Uutispodcast", '<div class="areena-player"><audio controls></audio></div><p>Päivän uutinen syvemmin. Jaksot arkisin. Juontaja Laura Salo.</p><ul><li>Jakso 212: Jäätalvi</li><li>Jakso 211: Hoivakodit</li></ul>')
    simple("/saa/", "Sää", '<p>Helsinki: pilvistä, 1 °C. Huomenna räntää.</p>')
    simple("/rau/tietoa", "Tietoa RAU:sta", '<p>RAU on Suomen kansallinen julkisen palvelun mediayhtiö. Palaute ja yhteystiedot.</p>')
    write_page(OUT, s.host, "/", shell("RAU Uutiset | Tuoreimmat uutiset", '<h1 class="hidden">Uutiset</h1>' + teas + '<a href="/areena/podcastit/1-654321">Podcastit</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 10 Zprávy 24 (ČT24)
def site_zpravy():
    s = Site(10, "Zprávy 24", "cs")
    nav = [("/rubrika/domaci", "Domácí"), ("/porad/udalosti", "Události"), ("/zive", "Živé vysílání"), ("/pocasi", "Počasí")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="ctg-header"><a href="/" class="logo">Zprávy 24</a><ul>%s</ul></header><main>%s</main>'
                '<footer><a href="/o-nas">O nás</a> <a href="/kontakty">Kontakty</a> © Televize</footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, perex, author, shown, iso_, upd, ps, source):
        a = '<div class="article-authors"><a href="/autor/%s">%s</a></div>' % (author[1], E(author[0])) if author else ""
        body = ('<article class="article"><h1 class="article-title">%s</h1><div class="article-meta"><span class="article-meta__date" data-time="%s">%s</span>'
                ' <span class="article-meta__updated">Aktualizováno %s</span></div>%s<p class="perex">%s</p><div class="article-body">%s</div>'
                '<p class="article-source">Zdroj: %s</p><div class="related"><h3>Související</h3><a href="/rubrika/domaci">Další zprávy z domova</a></div></article>') % (
            E(hl), iso_, shown, upd, a, E(perex), P(pad(ps)), source)
        head = '<meta property="og:title" content="%s — Zprávy 24 — Česká televize"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (E(hl), iso_)
        return shell("%s — Zprávy 24 — Česká televize" % hl, body, head)

    ps1 = ["Vláda schválila návrh zákona, který má zrychlit povolování větrných elektráren. Obce, na jejichž území elektrárna vznikne, by nově dostávaly část výnosu z výroby.",
           "Podle ministra průmyslu by se doba od podání žádosti po stavební povolení mohla zkrátit z osmi na tři roky. Úřady by musely rozhodnout ve lhůtách, které zákon stanoví.",
           "Zástupci obcí návrh vítají, upozorňují však, že rozhodující bude souhlas místních obyvatel. Ekologické organizace chtějí, aby se zrychlení netýkalo chráněných území.",
           "Česko má v současnosti jen kolem dvou set větrných elektráren, výrazně méně než sousední Německo či Rakousko.",
           "Návrh nyní poputuje do Poslanecké sněmovny."]
    s.art("/clanek/domaci/vlada-schvalila-rychlejsi-povolovani-vetrnych-elektraren-358123", article(
        "/clanek/domaci/vlada-schvalila-rychlejsi-povolovani-vetrnych-elektraren-358123", "Vláda schválila rychlejší povolování větrných elektráren",
        "Obce by nově dostávaly část výnosu z výroby.", ("Tereza Dvořáková", "tereza-dvorakova"),
        "3. 3. 2025 18:24", "2025-03-03T18:24:00+01:00", "3. 3. 2025 19:10", ps1, "ČT24"),
        "Vláda schválila rychlejší povolování větrných elektráren", "2025-03-03", ["Tereza Dvořáková"],
        must=["Česko má v současnosti jen kolem dvou set větrných elektráren"])

    ps2 = ["Na dálnici D1 u Humpolce se v neděli ráno srazilo několik aut a nákladní vůz. Dva lidé utrpěli lehká zranění, uvedli hasiči.",
           "Dálnice byla ve směru na Brno několik hodin uzavřená. Kolona vozidel se táhla přes deset kilometrů, řidiči objížděli místo přes Pelhřimov.",
           "Policie příčinu nehody vyšetřuje. Podle prvních informací mohla hrát roli náledí na vozovce.",
           "Provoz byl obnoven kolem poledne."]
    s.art("/clanek/domaci/hromadna-nehoda-uzavrela-d1-u-humpolce-358010", article(
        "/clanek/domaci/hromadna-nehoda-uzavrela-d1-u-humpolce-358010", "Hromadná nehoda uzavřela D1 u Humpolce",
        "Kolona se táhla přes deset kilometrů.", None,
        "2. 3. 2025 8:12", "2025-03-02T08:12:00+01:00", "2. 3. 2025 12:40", ps2 + fill(ps2[1], 101), "ČTK"),
        "Hromadná nehoda uzavřela D1 u Humpolce", "2025-03-02", [],
        must=["Policie příčinu nehody vyšetřuje."])

    ps3 = ["Počet studentů, kteří se hlásí na učitelské obory, letos znovu klesl. Fakulty upozorňují, že za několik let nebude mít kdo nahradit učitele odcházející do důchodu.",
           "Nejvíce chybí učitelé matematiky, fyziky a informatiky. Na některých školách už dnes tyto předměty učí lidé bez pedagogického vzdělání.",
           "Ministerstvo školství chce zájem zvýšit stipendii pro studenty, kteří se zaváží po škole učit alespoň tři roky.",
           "Odbory připomínají, že rozhodující je plat a pracovní podmínky začínajících učitelů.",
           "Přihlášky na vysoké školy lze podávat do konce března."]
    s.art("/clanek/domaci/o-studium-ucitelstvi-je-mensi-zajem-357890", article(
        "/clanek/domaci/o-studium-ucitelstvi-je-mensi-zajem-357890", "O studium učitelství je menší zájem, fakulty varují",
        "Nejvíce chybí učitelé matematiky a fyziky.", ("Petr Svoboda", "petr-svoboda"),
        "28. 2. 2025 14:30", "2025-02-28T14:30:00+01:00", "28. 2. 2025 14:30", ps3, "ČT24, ČTK"),
        "O studium učitelství je menší zájem, fakulty varují", "2025-02-28", ["Petr Svoboda"],
        must=["Ministerstvo školství chce zájem zvýšit stipendii"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s — Zprávy 24" % title, '<section><h1>%s</h1>%s</section>' % (E(title), inner), head), title)

    teas = "".join('<div class="article-card"><a href="%s"><h3>%s</h3></a></div>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/rubrika/domaci", "Domácí", teas)
    simple("/porad/udalosti", "Události", '<p>Hlavní zpravodajská relace, každý den v 19:00. Moderují Jana Marková a Tomáš Kolář.</p><a href="/ivysilani/udalosti/225411000100303">Události 3. 3. 2025</a>')
    simple("/ivysilani/udalosti/225411000100303", "Události 3. 3. 2025", '<div class="video-player"><video controls></video></div><p>Délka 50 min. Premiéra 3. 3. 2025 19:00.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/zive", "Živé vysílání", '<div class="video-player live"><video controls></video></div><p>Sledujte zpravodajský kanál živě.</p>')
    simple("/pocasi", "Počasí", '<p>Praha: oblačno, 4 °C, zítra přeháňky.</p>')
    simple("/autor/tereza-dvorakova", "Tereza Dvořáková", '<p>Redaktorka domácí redakce.</p>' + teas)
    simple("/o-nas", "O nás", '<p>Zpravodajství veřejné služby. Stížnosti a připomínky směřujte na divácké centrum.</p>')
    s.sitemap()
    write_page(OUT, s.host, "/", shell("Zprávy 24 — Česká televize", '<h1 class="hidden">Zprávy 24</h1>' + teas, "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 11 ABN News (ABC Australia)
def site_abn():
    s = Site(11, "ABN News", "en-AU")
    nav = [("/news/politics", "Politics"), ("/news/topic/floods", "Floods"), ("/news/newschannel", "ABN News Channel"), ("/listen/programs/am", "AM")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a data-component="Link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header data-component="Masthead"><a href="/news">ABN News</a><ul>%s</ul></header><main id="content">%s</main>'
                '<footer><a href="/contact/complaints">Complaints</a> <a href="/about">About the ABN</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, byl, posted, updated, pub_z, upd_z, ps, topic):
        body = ('<article data-component="ArticleWeb"><h1 data-component="Heading">%s</h1>'
                '<div data-component="Byline"><p>%s</p></div>'
                '<div data-component="Timestamp"><span>Posted </span><time datetime="%s">%s</time>%s</div>'
                '<div id="body" data-component="LayoutContainer">%s</div>'
                '<div data-component="Topics"><a href="/news/topic/%s">%s</a></div></article>') % (
            E(hl), byl, pub_z, posted, ('<span>, updated </span><time datetime="%s">%s</time>' % (upd_z, updated)) if updated else "",
            P(pad(ps), "paragraph_paragraph__iYReA"), topic, E(topic.capitalize()))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(hl), jl({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub_z, "dateModified": upd_z or pub_z,
            "publisher": {"@type": "Organization", "name": "ABN News"}}))
        return shell("%s - ABN News" % hl, body, head)

    ps1 = ["The federal government will introduce legislation to cap the amount supermarkets can charge suppliers for shelf space, after a year-long inquiry found smaller growers were being squeezed.",
           "The Treasurer said the new code of conduct would be mandatory and carry fines of up to $10 million for serious breaches.",
           "Farmers' groups welcomed the move, but said the code would only work if growers felt safe to complain without losing their contracts.",
           "The Coalition said it would look at the detail but accused the government of moving too slowly. The Greens want the major chains broken up.",
           "The bill is expected to be introduced when parliament returns later this month."]
    s.art("/news/2025-03-03/supermarket-code-of-conduct-mandatory-fines/105001234", article(
        "/news/2025-03-03/supermarket-code-of-conduct-mandatory-fines/105001234", "Supermarkets face $10 million fines under mandatory code",
        'By political reporter <a href="/news/oliver-grant/10001">Oliver Grant</a>', "Mon 3 Mar 2025 at 6:24pm", "Mon 3 Mar 2025 at 9:02pm",
        "2025-03-03T07:24:11.000Z", "2025-03-03T10:02:00.000Z", ps1, "politics"),
        "Supermarkets face $10 million fines under mandatory code", "2025-03-03", ["Oliver Grant"], instant="2025-03-03T07:24",
        must=["Farmers' groups welcomed the move"])

    ps2 = ["Cattle stations across north-west Queensland are counting their losses after floodwaters spread across hundreds of kilometres of grazing country.",
           "Graziers near Julia Creek say they have lost stock and fences, and some roads to homesteads will stay cut for weeks.",
           "\"We had two metres of water through the yards. You just do what you can and wait,\" said one station owner, who has been moving cattle to higher ground by helicopter.",
           "The state government has activated disaster assistance, including freight subsidies for fodder drops and low-interest loans.",
           "Meteorologists say more rain is possible later in the week, although falls are expected to be lighter."]
    s.art("/news/rural/2025-03-04/queensland-graziers-count-flood-losses/105003456", article(
        "/news/rural/2025-03-04/queensland-graziers-count-flood-losses/105003456", "Graziers count losses as floodwaters spread across north-west Queensland",
        'By <a href="/news/priya-nair/10002">Priya Nair</a> and <a href="/news/liam-oconnor/10003">Liam O\'Connor</a><br><span>ABN Rural</span>', "Tue 4 Mar 2025 at 8:05am", None,
        "2025-03-03T21:05:00.000Z", None, ps2, "floods"),
        "Graziers count losses as floodwaters spread across north-west Queensland", "2025-03-04", ["Priya Nair", "Liam O'Connor"], instant="2025-03-03T21:05",
        must=["The state government has activated disaster assistance"])

    ps3 = ["A powerful earthquake has struck off the coast of Vanuatu, shaking buildings in the capital Port Vila, but no tsunami threat has been issued for Australia.",
           "The quake, measured at magnitude 6.4, hit at a depth of about 30 kilometres, according to the US Geological Survey.",
           "Residents said items fell from shelves and some people ran into the streets. There were no immediate reports of serious damage.",
           "Vanuatu is still rebuilding after a deadly earthquake in December that damaged government buildings and embassies in Port Vila."]
    s.art("/news/2025-02-28/vanuatu-earthquake-port-vila/105000111", article(
        "/news/2025-02-28/vanuatu-earthquake-port-vila/105000111", "Strong earthquake shakes Vanuatu, no tsunami threat to Australia",
        'ABN/wires', "Fri 28 Feb 2025 at 11:40am", None, "2025-02-28T00:40:00.000Z", None, ps3 + fill(ps3[2], 111), "earthquakes"),
        "Strong earthquake shakes Vanuatu, no tsunami threat to Australia", "2025-02-28", [], instant="2025-02-28T00:40",
        must=["Vanuatu is still rebuilding after a deadly earthquake in December"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s - ABN News" % title, '<h1>%s</h1>%s' % (E(title), inner), head), title)

    teas = "".join('<div data-component="CardList"><a href="%s"><h3>%s</h3></a></div>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/news/politics", "Politics", teas)
    simple("/news/topic/floods", "Floods", teas)
    simple("/news/newschannel", "ABN News Channel live", '<div class="video-player live"><video controls></video></div><p>Watch the ABN News channel live, 24 hours a day.</p>')
    simple("/listen/programs/am", "AM", '<div class="audio-player"><audio controls></audio></div><p>Current affairs every weekday morning, presented by Nadia Kovac.</p><h2>Latest episode</h2><p>Monday 3 March 2025, 30 min</p>')
    simple("/news/oliver-grant/10001", "Oliver Grant", '<p>Oliver Grant is a political reporter in the Canberra press gallery.</p>' + teas)
    simple("/contact/complaints", "Complaints", '<p>You can make a complaint about ABN content using our online form.</p>')
    simple("/about", "About the ABN", '<p>The ABN is Australia\'s independent national public broadcaster.</p>')
    write_page(OUT, s.host, "/", shell("ABN News (Australian Broadcasting Network)", '<h1 class="hidden">Just In</h1>' + teas + '<a href="/news/oliver-grant/10001">Oliver Grant</a>', "", "home"))
    s.home_done()


# ---------------------------------------------------------------- 12 CanBC News (CBC)
def site_canbc():
    s = Site(12, "CanBC News", "en-CA")
    nav = [("/news/canada", "Canada"), ("/news/canada/calgary", "Calgary"), ("/player/news", "Video"), ("/listen/live-radio", "Live radio"), ("/radio/thecurrent", "The Current")]

    def shell(title, body, head="", cls="page"):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="header"><a href="/news" class="logo">CanBC</a><ul>%s</ul></header><div id="content">%s</div>'
                '<footer><a href="/ombudsman">Ombudsman</a> <a href="/aboutcanbc">About CanBC</a> <a href="/webfeed/rss/rss-topstories">RSS</a></footer></body></html>') % (
            E(title), head, cls, navh, body)

    def article(path, hl, deck, byl, posted, pub_z, upd, ps, section):
        body = ('<div class="story"><h1 class="detailHeadline">%s</h1><h2 class="deck">%s</h2>'
                '<div class="bylineDetails"><span class="authorText">%s</span>'
                '<div class="timeStamp"><time class="timeStamp" datetime="%s">Posted: %s</time> | Last Updated: %s</div></div>'
                '<div class="story">%s</div><div class="relatedLinks"><h3>Related Stories</h3><a href="/news/canada">More Canada news</a></div></div>') % (
            E(hl), E(deck), byl, pub_z, posted, upd, P(pad(ps)), )
        head = '<meta property="og:title" content="%s | CanBC News"><meta property="og:type" content="article">%s' % (E(hl), jl({
            "@context": "http://schema.org", "@type": "NewsArticle", "headline": hl, "datePublished": pub_z,
            "author": {"@type": "Organization", "name": "CanBC"}}))
        return shell("%s | CanBC News" % hl, body, head)

    ps1 = ["Toronto's transit agency says it will need at least two more years to replace the signalling system on its busiest subway line, pushing back a project meant to allow more frequent trains.",
           "The new system lets trains run closer together safely. It was supposed to be finished on the entire line by the end of this year.",
           "Officials told a board meeting that supply problems and a shortage of trained technicians had slowed the work, and that the budget has risen by about $120 million.",
           "Riders have faced weekend closures for months while the work goes on. Advocates say the delay means crowding will continue during rush hour.",
           "The agency says it will publish a revised schedule for closures next month."]
    s.art("/news/canada/toronto/ttc-signal-upgrade-delay-1.7471234", article(
        "/news/canada/toronto/ttc-signal-upgrade-delay-1.7471234", "Subway signal upgrade delayed by 2 years, transit agency says",
        "Budget up by about $120M, board told", 'Sarah Whitfield · CanBC News', "Mar 03, 2025 6:24 PM EST", "2025-03-03T23:24:11.000Z",
        "Mar 04, 2025 9:10 AM EST", ps1, "toronto"),
        "Subway signal upgrade delayed by 2 years, transit agency says", "2025-03-03", ["Sarah Whitfield"], instant="2025-03-03T23:24",
        must=["The new system lets trains run closer together safely."])

    ps2 = ["The federal government says it will extend a program that helps rural communities pay for new ambulances and paramedic training for another three years.",
           "The announcement was made in Halifax on Thursday evening by the health minister, who said the program had helped put more than 80 new ambulances on the road.",
           "Paramedic unions said the money is welcome but does not address long offload delays at emergency departments, which keep crews waiting at hospitals for hours.",
           "Provinces will have to match the federal contribution to receive the funding."]
    s.art("/news/canada/nova-scotia/rural-ambulance-program-extended-1.7469876", article(
        "/news/canada/nova-scotia/rural-ambulance-program-extended-1.7469876", "Ottawa extends rural ambulance program for 3 more years",
        "Program has funded more than 80 new ambulances", 'The Canadian Press', "Feb 27, 2025 9:15 PM EST", "2025-02-28T02:15:00.000Z",
        "Feb 27, 2025 9:15 PM EST", ps2 + fill(ps2[2], 121), "canada"),
        "Ottawa extends rural ambulance program for 3 more years", "2025-02-27", [], instant="2025-02-28T02:15",
        must=["Provinces will have to match the federal contribution"])

    ps3 = ["Calgary city council has approved a plan to require water meters to be read monthly rather than every quarter, after last year's main break exposed how little the city knew about demand in real time.",
           "The change will be phased in over two years and will cost about $18 million, most of it for new digital meters.",
           "Coun. Dana Whitecalf said the data would help crews find leaks faster and warn residents when usage spikes.",
           "Some councillors worried about privacy and asked for a report on how long the data will be stored.",
           "Residents will receive letters before their meters are replaced."]
    s.art("/news/canada/calgary/calgary-council-monthly-water-meter-reading-1.7470555", article(
        "/news/canada/calgary/calgary-council-monthly-water-meter-reading-1.7470555", "Calgary to switch to monthly water meter readings",
        "Change to cost about $18M over 2 years", 'Daniel Tremblay, Amira Haddad · CanBC News', "Mar 01, 2025 4:00 AM MST", "2025-03-01T11:00:00.000Z",
        "Mar 01, 2025 4:00 AM MST", ps3, "calgary"),
        "Calgary to switch to monthly water meter readings", "2025-03-01", ["Daniel Tremblay", "Amira Haddad"], instant="2025-03-01T11:00",
        must=["The change will be phased in over two years"])

    def simple(path, title, inner, head=""):
        s.non(path, shell("%s | CanBC" % title, '<h1>%s</h1>%s' % (E(title), inner), head), title)

    teas = "".join('<a class="card" href="%s"><h3 class="headline">%s</h3></a>' % (p, E(t)) for p, t, _ in s.arts)
    simple("/news/canada", "Canada", teas)
    simple("/news/canada/calgary", "Calgary", teas)
    simple("/player/news", "The National | Mar 3, 2025", '<div class="player"><video controls></video></div><p>The National for March 3, 2025. 54:12.</p>', head='<meta property="og:type" content="video.episode">')
    simple("/listen/live-radio", "Live radio", '<div class="player"><audio controls></audio></div><p>Listen live to CanBC Radio One in your region.</p>')
    simple("/radio/thecurrent", "The Current", '<p>Host Matt Galloway brings you the stories that matter, weekday mornings.</p><h2>Podcast</h2><p>Subscribe to The Current podcast.</p>')
    simple("/ombudsman", "Office of the Ombudsman", '<p>The Ombudsman reviews complaints about CanBC journalism.</p>')
    simple("/aboutcanbc", "About CanBC", '<p>CanBC is Canada\'s national public broadcaster.</p>')
    s.rss("/webfeed/rss/rss-topstories", "CanBC | Top Stories News")
    write_page(OUT, s.host, "/news/", shell("CanBC News - Latest Canada, World, Entertainment and Business News", '<h1 class="hidden">CanBC News</h1>' + teas, "", "home"))
    write_page(OUT, s.host, "/", shell("CanBC", '<p><a href="/news">News</a> <a href="/listen/live-radio">Listen</a> <a href="/player/news">Watch</a></p>' + teas, "", "home"))
    s.home_done()
    s.home_done("/news/")


for f in (site_ukbc, site_tagesblick, site_zweiheute, site_infopublique, site_rtvp, site_rete, site_omroep,
          site_tvs, site_rau, site_zpravy, site_abn, site_canbc):
    f()

with open(os.path.join(sys.argv[1], "truth.json"), "w") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=1)
print("articles %d, non-articles %d" % (len(truth["articles"]), len(truth["nonarticles"])))
