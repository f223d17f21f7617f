"""Web ay: the regional and national titles of big European publishing groups,
each on its group's platform. Twelve sites in Norwegian, Swedish, Danish,
Finnish, Dutch, Flemish, Swiss German, Czech, Polish, Hungarian. A
Schibsted/Aftenposten-like daily (byline "Kari Holm journalist" next to "Ola
Berg fotograf", <time datetime> in UTC with "Z", "Publisert 03.03.2025 18:24 /
Oppdatert", title "... – Fjordposten"), an Amedia local paper (a masthead date
on every page, "Publisert ... · Sist oppdatert", a story signed only "NTB",
pluss-content teaser with isAccessibleForFree false), a Bonnier/DN-like paper
("Publicerad 4 mars 2025 kl. 08.12", "Erik Sjöberg/TT", "Foto:" credits), a
Schibsted/Aftonbladet-like tabloid (no JSON-LD, a kicker "Larmet:" inside the
headline, a story signed "TT" only, Plus teaser), a JP/Politiken-like daily
("3. mar. 2025 kl. 18.24", a Ritzau-only story, an "Analyse:" by the economics
editor), a Sanoma/HS-like paper ("Julkaistu 3.3. 18:24" with no year, one
story with only article:published_time, "Laura Niemi | STT"), a DPG/AD-like
regional (a story stamped "vandaag, HH:MM" that the generator dates two hours
before it runs, "03-03-25, 18:24" day-month- year dates, an ANP-only story), a
Mediahuis/Standaard-like paper (URLs /cnt/dmf20250304_... carrying the PRINT
date, a day after the web story, "03 maart 2025 om 18.24 uur", "(belga)" at
the end of a signed story), a Ringier/Blick-like Swiss tabloid ("Publiziert:
03.03.2025 um 18:24 Uhr", roles "Redaktor News" / "Reporterin", "mit Material
von SDA"), a Mafra/iDNES-like Czech portal (date and time in the URL,
"aktualizováno", "Jan Novák, redaktor DZ.cz", a ČTK-only story, Premium
teaser), an Agora/Wyborcza-like Polish paper (/7,75398,31712345,slug.html, "3
marca 2025 | 18:24", "oprac." credit under PAP) and a Telex-like Hungarian
portal (family-name-first bylines, "2025. március 3. – 18:24", "Fotó:
MTI/..."). Non-articles: fronts, tags, profiles, TV guides, weather, most
read, podcasts, e-paper, offers, about/imprint; RSS, sitemaps and robots.txt
where such sites have them. First crawl: titles 36/36, dates 36/36, authors 35
(a "Kuvaaja" photographer kept), 0 of 131 non-articles stored, 12 bodies
holding paywall boxes.
"""
import datetime, html, json, os, sys  # noqa: E401
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18129
E = html.escape
truth = {"articles": [], "nonarticles": []}

BASE = {
    "nb": "Kommunen har satt av flere millioner kroner til arbeidet, men både innbyggere og lokalpolitikere mener at planene kommer for sent og at regningen til slutt vil havne hos dem som bor og jobber i området.",
    "sv": "Kommunen har avsatt flera miljoner kronor för arbetet, men både invånare och lokalpolitiker anser att planerna kommer för sent och att notan till slut hamnar hos dem som bor och arbetar i området.",
    "da": "Kommunen har afsat flere millioner kroner til arbejdet, men både borgere og lokalpolitikere mener, at planerne kommer for sent, og at regningen i sidste ende havner hos dem, der bor og arbejder i området.",
    "fi": "Kaupunki on varannut työhön useita miljoonia euroja, mutta sekä asukkaat että paikalliset päättäjät arvioivat suunnitelmien tulevan liian myöhään ja laskun päätyvän lopulta alueella asuville ja työskenteleville ihmisille.",
    "nl": "De gemeente heeft miljoenen euro's voor het werk gereserveerd, maar zowel bewoners als lokale politici vinden dat de plannen te laat komen en dat de rekening uiteindelijk terechtkomt bij wie in de buurt woont en werkt.",
    "de": "Der Kanton hat mehrere Millionen Franken für die Arbeiten bereitgestellt, doch Anwohner wie Lokalpolitiker finden, dass die Pläne zu spät kommen und die Rechnung am Ende bei jenen landet, die in der Region wohnen und arbeiten.",
    "cs": "Město na práce vyčlenilo několik milionů korun, ale obyvatelé i místní politici tvrdí, že plány přicházejí pozdě a že účet nakonec zaplatí hlavně ti, kdo v okolí bydlí a pracují.",
    "pl": "Miasto przeznaczyło na prace kilka milionów złotych, ale zarówno mieszkańcy, jak i lokalni politycy uważają, że plany przychodzą za późno, a rachunek ostatecznie zapłacą ci, którzy w okolicy mieszkają i pracują.",
    "hu": "A főváros több millió forintot különített el a munkákra, de a lakók és a helyi politikusok szerint a tervek későn érkeznek, és a számlát végül azok fizetik meg, akik a környéken élnek és dolgoznak.",
}

MON = {
    "sv": {2: "februari", 3: "mars"}, "da": {2: "feb.", 3: "mar."},
    "nl": {2: "februari", 3: "maart"}, "cs": {2: "února", 3: "března"},
    "pl": {2: "lutego", 3: "marca"}, "hu": {2: "február", 3: "március"},
}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def dt(s, off=1):
    """A local 'YYYY-MM-DD HH:MM' at UTC+off as an aware datetime."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def iso(d):
    return d.isoformat(timespec="seconds")


def zulu(d):
    return d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def inst(d):
    return d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")


class Art:
    def __init__(self, path, title, when, byl, authors, lead, extra, seed, updated=None,
                 paywall=False, tags=(), section=None, wire=None, instant=True):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class Site:
    def __init__(self, n, name, lang, nav):
        self.host = "127.0.5.%d" % (30 + n)
        self.name, self.lang, self.nav = name, lang, nav
        self.links, self.arts = [], []

    def url(self, p):
        return U(self.host, p)

    def body(self, a, full=True):
        b = BASE[self.lang]
        # Filler mostly from the story's own words, so that no two stories
        # share their vocabulary the way no two real ones do.
        lead, e0, e1 = a.lead, a.extra[0], a.extra[1] or a.extra[0]
        ps = [lead, e0, shuffled(b, a.seed + 1)]
        if full:
            ps += [e1, shuffled(lead + " " + e0, a.seed + 2), shuffled(e1 + " " + lead, a.seed + 3), shuffled(e0 + " " + e1, a.seed + 4)]
        else:
            ps = [lead, shuffled(lead + " " + e0, a.seed + 1)]
        return ps

    def add(self, a, doc, must_not=()):
        write_page(OUT, self.host, fs(a.path), doc)
        t = dict(url=self.url(a.path), title=a.title, date=a.when.strftime("%Y-%m-%d"), authors=a.authors)
        if a.instant:
            t["instant"] = inst(a.when)
        t["must"] = [a.lead] + ([a.extra[1]] if not a.paywall else [])
        if must_not:
            t["must_not"] = list(must_not)
        truth["articles"].append(t)
        self.arts.append(a)

    def non(self, path, doc):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))

    def robots(self, sitemap=False, extra=""):
        r = "User-agent: *\nDisallow: /api/\n" + extra
        if sitemap:
            locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(self.url(a.path)), iso(a.updated or a.when)) for a in self.arts)
            write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
            r += "Sitemap: %s\n" % self.url("/sitemap.xml")
        write_page(OUT, self.host, "/robots.txt", r)

    def rss(self, path):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
            E(a.title), E(self.url(a.path)), a.when.strftime("%a, %d %b %Y %H:%M:%S %z")) for a in self.arts)
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


def profiles(s, shell, fmt, names, bio, sep):
    """Profile pages for every byline person the stories link to."""
    for slug, nm in names:
        mine = [a for a in s.arts if nm in [x for x, _ in a.byl]]
        s.non(fmt % slug, shell("%s%s%s" % (nm, sep, s.name), '<div class="profile"><h1>%s</h1><p>%s</p>%s</div>' % (E(nm), E(bio), teasers(s, mine))))


def P(ps):
    return "".join("<p>%s</p>" % E(p) for p in ps)


def teasers(s, arts, cls="teaser"):
    return "".join('<article class="%s"><a href="%s"><h3>%s</h3></a></article>' % (cls, a.path, E(a.title)) for a in arts)


def newsld(s, a, author=None, extra=None):
    o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
         "datePublished": iso(a.when), "dateModified": iso(a.updated or a.when),
         "mainEntityOfPage": s.url(a.path),
         "publisher": {"@type": "Organization", "name": s.name, "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}},
         "author": author if author is not None else [{"@type": "Person", "name": n} for n in a.authors]}
    if a.paywall:
        o["isAccessibleForFree"] = False
        o["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    if extra:
        o.update(extra)
    return jl(o)


# ---------------------------------------------------------------- 1 Schibsted NO
def site_fjordposten():
    s = Site(1, "Fjordposten", "nb", [("/nyheter", "Nyheter"), ("/sport", "Sport"), ("/vaer", "Været"), ("/tv-guide", "TV-guide"), ("/mest-lest", "Mest lest")])

    def shell(title, body, head="", pagetype="front"):
        nav = "".join('<a class="c-nav__link" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="nb-NO"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width"><meta property="og:site_name" content="Fjordposten">%s</head>'
                '<body data-page-type="%s"><div id="app"><header class="c-header"><a class="c-header__logo" href="/" aria-label="Fjordposten forside"><svg role="img"><title>Fjordposten</title></svg></a>'
                '<nav class="c-nav">%s</nav><a class="c-header__login" href="/abonnement">Kjøp abonnement</a></header><main class="c-main">%s</main>'
                '<footer class="c-footer"><p>Fjordposten er en del av Schibsted Media. Ansvarlig redaktør: Trine Solheim.</p>'
                '<p><a href="/abonnement">Abonnement</a> · <a href="/tag/jernbane">Jernbane</a> · <a href="/forfatter/kari-holm">Kari Holm</a></p></footer></div></body></html>') % (
            E(title), head, pagetype, nav, body)

    arts = [
        Art("/nyheter/i/Qb7xLm/bergensbanen-stengt-etter-steinras-ved-myrdal", "Bergensbanen stengt etter steinras ved Myrdal",
            dt("2025-03-03 18:24"), [("Kari Holm", "journalist"), ("Ola Berg", "fotograf")], ["Kari Holm"],
            "Et steinras sperret mandag kveld sporet mellom Myrdal og Hallingskeid, og ingen tog kan passere før tidligst torsdag.",
            ["Bane Nor sier at geologer skal undersøke fjellsiden fra helikopter før ryddearbeidet kan begynne.",
             "Reisende mellom Oslo og Bergen blir fraktet med buss mellom Voss og Geilo så lenge strekningen er stengt."],
            101, updated=dt("2025-03-04 07:10"), tags=[("jernbane", "Jernbane")], section=("/nyheter", "Nyheter")),
        Art("/nyheter/i/Zk3pQa/oslo-kommune-kutter-i-skolebudsjettet", "Oslo kommune kutter 140 millioner i skolebudsjettet",
            dt("2025-03-05 06:30"), [("Per Sandvik", "journalist"), ("Siri Aas", "journalist")], ["Per Sandvik", "Siri Aas"],
            "Byrådet foreslår å kutte 140 millioner kroner i skolebudsjettet neste år, viser dokumenter Fjordposten har fått innsyn i.",
            ["Rektorer ved flere skoler frykter at det betyr færre lærere i klasserommene.", ""],
            102, paywall=True, tags=[("skole", "Skole")], section=("/nyheter", "Nyheter")),
        Art("/sport/i/Xr8vTn/jonas-moe-tok-sin-forste-seier", "Jonas Moe tok sin første seier i verdenscupen",
            dt("2025-03-02 14:05"), [("Lars Eide", "NTB")], ["Lars Eide"],
            "Skiskytteren Jonas Moe fra Lillehammer vant søndag sprinten i Nove Mesto med bare én bom på standplass.",
            ["– Jeg har ventet lenge på denne dagen, sa en preget Moe til NTB etter målgang.",
             "Seieren sender ham opp på fjerdeplass i sammendraget før de tre siste rennene i Holmenkollen."],
            103, tags=[("skiskyting", "Skiskyting")], section=("/sport", "Sport")),
    ]
    promo = "Få tilgang til alt innhold fra Fjordposten for 1 krone den første måneden."
    mostread = "Mest lest: Slik blir været i påsken"
    for a in arts:
        byl = "".join('<li class="c-byline__author"><a href="/forfatter/%s"><span class="c-byline__name">%s</span></a><span class="c-byline__role">%s</span></li>' % (
            n.lower().replace(" ", "-"), E(n), E(r)) for n, r in a.byl)
        times = '<time class="c-timestamp" datetime="%s">Publisert %s</time>' % (zulu(a.when), a.when.strftime("%d.%m.%Y %H:%M"))
        if a.updated:
            times += ' <time class="c-timestamp c-timestamp--updated" datetime="%s">Oppdatert %s</time>' % (zulu(a.updated), a.updated.strftime("%d.%m.%Y %H:%M"))
        ps = s.body(a, not a.paywall)
        if a.paywall:
            text = P(ps) + '<div class="paywall c-paywall"><h2>Denne artikkelen er for abonnenter</h2><p>%s</p><a href="/abonnement">Se tilbud</a></div>' % E(promo)
        else:
            text = P(ps[:2]) + '<figure class="c-image"><img src="/img/%d.jpg" alt=""><figcaption>Arkivfoto. Foto: Ola Berg</figcaption></figure>' % a.seed + P(ps[2:])
        tags = "".join('<a class="c-tag" href="/tag/%s">%s</a>' % t for t in a.tags)
        ld = newsld(s, a, extra={"datePublished": zulu(a.when), "dateModified": zulu(a.updated or a.when)})
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s">%s') % (E(a.title), zulu(a.when), ld)
        art = ('<article class="c-article" data-article-id="%s"><a class="c-section" href="%s">%s</a><h1 class="c-article__title">%s</h1>'
               '<ul class="c-byline">%s</ul><div class="c-article__meta">%s</div><div class="c-article__body">%s</div>'
               '<div class="c-tags">%s</div></article><aside class="c-mostread"><h2>Mest lest</h2><ul><li><a href="/mest-lest">%s</a></li></ul></aside>') % (
            a.path.split("/")[3], a.section[0], a.section[1], E(a.title), byl, times, text, tags, E(mostread))
        s.add(a, shell("%s – Fjordposten" % a.title, art, head, "article"), [promo if a.paywall else mostread])
    s.non("/nyheter", shell("Nyheter – Fjordposten", '<h1>Nyheter</h1>' + teasers(s, arts[:2]), pagetype="section"))
    s.non("/sport", shell("Sport – Fjordposten", '<h1>Sport</h1>' + teasers(s, arts[2:]), pagetype="section"))
    for t, l, aa in (("jernbane", "Jernbane", arts[:1]), ("skole", "Skole", arts[1:2]), ("skiskyting", "Skiskyting", arts[2:])):
        s.non("/tag/" + t, shell("%s – siste nytt – Fjordposten" % l, '<h1 class="c-tagpage__title">%s</h1><p>Alt om %s.</p>%s' % (l, l.lower(), teasers(s, aa)), pagetype="tag"))
    for n in ("kari-holm", "per-sandvik", "siri-aas", "ola-berg", "lars-eide"):
        nm = n.replace("-", " ").title()
        mine = [a for a in arts if nm in [x for x, _ in a.byl]]
        s.non("/forfatter/" + n, shell("%s – Fjordposten" % nm, '<div class="c-profile"><h1>%s</h1><p class="c-profile__role">Journalist i nyhetsavdelingen</p><p>Skriver om samferdsel, skole og kommunepolitikk. Tips: %s@fjordposten.no</p>%s</div>' % (nm, n, teasers(s, mine)), pagetype="profile"))
    s.non("/tv-guide", shell("TV-guide i dag – Fjordposten", '<h1>TV-guide</h1><table class="tvguide"><tr><th>NRK1</th><td>18:45 Dagsrevyen</td><td>19:45 Norge Rundt</td><td>21:00 Dagsrevyen 21</td></tr><tr><th>TV 2</th><td>18:30 Nyhetene</td><td>19:30 God kveld Norge</td></tr></table>', pagetype="tvguide"))
    s.non("/vaer", shell("Været i Oslo – Fjordposten", '<h1>Været</h1><ul class="forecast"><li>Tirsdag: Sol, 6°</li><li>Onsdag: Regn, 4°</li><li>Torsdag: Sludd, 1°</li></ul><p>Varsel fra Meteorologisk institutt.</p>', pagetype="weather"))
    s.non("/mest-lest", shell("Mest lest – Fjordposten", '<h1>Mest lest siste døgn</h1><ol>%s</ol>' % "".join('<li><a href="%s">%s</a></li>' % (a.path, E(a.title)) for a in arts), pagetype="mostread"))
    s.non("/abonnement", shell("Kjøp abonnement – Fjordposten", '<h1>Velg abonnement</h1><div class="offer"><h2>Digital</h2><p>%s</p><p>Deretter 329 kr per måned.</p></div>' % E(promo), pagetype="subscription"))
    s.non("/", shell("Fjordposten – Nyheter, sport og debatt", '<h1 class="visually-hidden">Fjordposten</h1>' + teasers(s, arts, "c-teaser") + '<a href="/tag/jernbane">Jernbane</a> <a href="/tag/skole">Skole</a>'))
    s.robots(sitemap=True)


# ---------------------------------------------------------------- 2 Amedia local NO
def site_dalebladet():
    s = Site(2, "Dalebladet", "nb", [("/nyheter", "Nyheter"), ("/sport", "Sport"), ("/eavis", "eAvis"), ("/tema/brann", "Brann")])
    masthead = "Tirsdag 4. mars 2025"

    def shell(title, body, head=""):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="no"><head><meta charset="utf-8"><title>%s</title>%s'
                '<link rel="stylesheet" href="https://assets.acdn.no/pkg/@amedia/dalebladet.css"></head><body class="amedia-site">'
                '<amedia-header><header class="site-header"><div class="masthead"><a href="/" class="logo">Dalebladet</a><span class="masthead-date">%s</span></div>'
                '<ul class="menu">%s</ul><a href="/abonnement" class="buy">Bli abonnent</a></header></amedia-header>'
                '<main>%s</main><footer class="site-footer"><p>Dalebladet – lokalavisa for Hallingdal. Ansvarlig redaktør Gunnar Nes. '
                'Dalebladet er en del av Amedia.</p><a href="/om-oss">Kontakt oss</a></footer></body></html>') % (E(title), head, masthead, nav, body)

    arts = [
        Art("/nyheter/ny-brannstasjon-pa-gol-blir-to-ar-forsinket/s/5-62-418733", "Ny brannstasjon på Gol blir to år forsinket",
            dt("2025-02-27 12:15"), [("Ingrid Haugen", "journalist")], ["Ingrid Haugen"],
            "Den nye brannstasjonen på Gol står tidligst ferdig i 2028, to år senere enn kommunestyret vedtok.",
            ["Brannsjef Arne Rud sier mannskapene må klare seg med den gamle stasjonen ved Rv7 en stund til.",
             "Entreprenøren peker på høyere byggekostnader og en klage på anbudet som årsakene til forsinkelsen."],
            201, updated=dt("2025-02-28 08:40"), tags=[("brann", "Brann")]),
        Art("/nyheter/hytteeiere-ma-betale-mer-for-renovasjon/s/5-62-419102", "Hytteeiere må betale mer for renovasjon",
            dt("2025-03-01 09:00"), [("Tor Bakke", "journalist"), ("Marit Sæther", "journalist")], ["Tor Bakke", "Marit Sæther"],
            "Hytteeiere i Hemsedal og Ål får en økning på nesten 20 prosent i renovasjonsgebyret fra sommeren.",
            ["Det interkommunale selskapet viser til dyrere transport og nye krav til sortering.", ""],
            202, paywall=True),
        Art("/nyheter/stromprisene-falt-kraftig-i-helgen/s/5-62-419388", "Strømprisene falt kraftig i helgen",
            dt("2025-03-03 07:45"), [("NTB", "")], ["NTB"],
            "Strømprisen i Sør-Norge falt til under 30 øre kilowattimen i helgen på grunn av mye vind og nedbør.",
            ["Analytikere venter at prisene holder seg lave resten av uken.",
             "I Nord-Norge var prisene enda lavere, med timer der strømmen nesten var gratis."],
            203),
    ]
    promo = "Allerede abonnent? Logg inn for å lese hele saken."
    for a in arts:
        if a.byl[0][0] == "NTB":
            byl = '<div class="byline"><span class="byline-agency">NTB</span></div>'
            author = [{"@type": "Organization", "name": "NTB"}]
        else:
            byl = '<div class="byline">%s</div>' % "".join('<div class="byline-author"><img src="/img/b.jpg" alt=""><span class="author-name">%s</span> <span class="author-title">%s</span></div>' % (E(n), r) for n, r in a.byl)
            author = None
        ts = 'Publisert %s' % a.when.strftime("%d.%m.%Y %H:%M")
        if a.updated:
            ts += ' · Sist oppdatert %s' % a.updated.strftime("%d.%m.%Y %H:%M")
        ps = s.body(a, not a.paywall)
        text = P(ps)
        if a.paywall:
            text += '<div class="paywall amedia-paywall"><p class="plus-label">+ Pluss</p><p>%s</p><a href="/abonnement">Kjøp tilgang</a></div>' % E(promo)
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="lp:type" content="article">%s') % (E(a.title), newsld(s, a, author))
        plus = '<span class="plus-icon" title="Pluss">+</span>' if a.paywall else ''
        doc = ('<article class="article"><header class="article-header">%s<h1 class="article-title">%s</h1></header>%s<p class="article-dateline">%s</p>'
               '<div class="article-body">%s</div><p class="tags">%s</p></article>') % (
            plus, E(a.title), byl, ts, text, "".join('<a href="/tema/%s">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s – Dalebladet" % a.title, doc, head), [promo, masthead] if a.paywall else [masthead])
    s.non("/nyheter", shell("Nyheter – Dalebladet", "<h1>Nyheter</h1>" + teasers(s, arts)))
    s.non("/sport", shell("Sport – Dalebladet", "<h1>Sport</h1><p>Ingen saker akkurat nå. Se resultater fra Hallingdal-serien.</p>"))
    s.non("/tema/brann", shell("Brann – Dalebladet", "<h1>Tema: Brann</h1>" + teasers(s, arts[:1])))
    s.non("/eavis", shell("eAvis – Dalebladet", '<h1>eAvis</h1><p>Les dagens papiravis digitalt, fra kl. 05.00 hver tirsdag, torsdag og lørdag.</p><a href="https://eavis.dalebladet.no">Åpne eAvis</a>'))
    s.non("/abonnement", shell("Bli abonnent – Dalebladet", '<h1>Bli abonnent</h1><p>Alt innhold fra Dalebladet og 100 andre lokalaviser i Amedia. 3 måneder for 3 kroner.</p>'))
    s.non("/om-oss", shell("Kontakt oss – Dalebladet", '<h1>Kontakt oss</h1><p>Sentralbord 32 08 00 00. Tips: tips@dalebladet.no. Besøksadresse Sentrumsvegen 12, 3550 Gol.</p>'))
    s.non("/", shell("Dalebladet – Lokalavisa for Hallingdal", teasers(s, arts) + '<a href="/om-oss">Kontakt</a>'))


# ---------------------------------------------------------------- 3 Bonnier / DN-like SE
def site_malarposten():
    s = Site(3, "Mälarposten", "sv", [("/nyheter/", "Nyheter"), ("/ekonomi/", "Ekonomi"), ("/podd/malarpodden/", "Podd"), ("/vader/", "Väder")])

    def shell(title, body, head=""):
        nav = "".join('<a class="site-nav__item" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>%s</title>%s<link rel="alternate" type="application/rss+xml" href="/rss/"></head>'
                '<body><header class="site-header"><a href="/" class="site-header__logo">Mälarposten</a><nav class="site-nav">%s</nav>'
                '<a class="site-header__cta" href="/kundservice/">Prenumerera</a></header><div class="site-body">%s</div>'
                '<footer class="site-footer">Mälarposten ingår i Bonnier News Local. Chefredaktör och ansvarig utgivare: Helena Kron. '
                '<a href="/kundservice/">Kundservice</a> <a href="/mest-last/">Mest läst</a></footer></body></html>') % (E(title), head, nav, body)

    def sv(d):
        return "%d %s %d kl. %s" % (d.day, MON["sv"][d.month], d.year, d.strftime("%H.%M"))

    arts = [
        Art("/nyheter/vattenlacka-stangde-e18-under-morgonrusningen/", "Vattenläcka stängde E18 under morgonrusningen",
            dt("2025-03-04 08:12"), [("Anna Lindqvist", "reporter")], ["Anna Lindqvist"],
            "En brusten vattenledning under E18 vid Västerås fick Trafikverket att stänga båda körfälten österut på tisdagsmorgonen.",
            ["Köerna sträckte sig som längst fyra kilometer och många pendlare kom för sent till jobbet.",
             "Vid lunchtid kunde ett körfält öppnas igen, men reparationen väntas pågå till helgen."],
            301, updated=dt("2025-03-04 11:30"), tags=[("trafik", "Trafik")], section=("/nyheter/", "Nyheter")),
        Art("/ekonomi/riksbanken-lamnar-rantan-oforandrad/", "Riksbanken lämnar räntan oförändrad",
            dt("2025-02-26 09:30"), [("Erik Sjöberg", "TT")], ["Erik Sjöberg"],
            "Riksbanken behåller styrräntan på 2,25 procent, meddelade banken på onsdagsmorgonen.",
            ["Beskedet var väntat av de flesta bedömare som TT talat med.",
             "Riksbanken skriver att inflationen är nära målet men att osäkerheten i omvärlden är stor."],
            302, tags=[("ranta", "Räntan")], section=("/ekonomi/", "Ekonomi")),
        Art("/nyheter/sa-ska-vasteras-bygga-3000-nya-bostader/", "Så ska Västerås bygga 3 000 nya bostäder",
            dt("2025-03-02 06:00"), [("Johan Ek", ""), ("Sara Nilsson", "")], ["Johan Ek", "Sara Nilsson"],
            "Kommunen vill bygga 3 000 nya bostäder vid Mälarhamnen under de kommande tio åren, visar ett nytt planförslag.",
            ["Oppositionen kritiserar att bara en tiondel blir hyresrätter.", ""],
            303, paywall=True, tags=[("bostader", "Bostäder")], section=("/nyheter/", "Nyheter")),
    ]
    promo = "Läs vidare – första månaden för 1 kr. Ingen bindningstid."
    for a in arts:
        if a.byl[0][1] == "TT":
            byl = '<div class="byline"><span class="byline__author">%s/TT</span></div>' % E(a.byl[0][0])
        else:
            byl = '<div class="byline">%s</div>' % "".join('<a class="byline__author" href="/medarbetare/%s/">%s</a>%s' % (
                n.lower().replace(" ", "-"), E(n), '<span class="byline__title">%s</span>' % r if r else "") for n, r in a.byl)
        ts = '<div class="article__meta"><time class="article__date" datetime="%s">Publicerad %s</time>' % (iso(a.when), sv(a.when))
        if a.updated:
            ts += '<time class="article__date article__date--updated" datetime="%s">Uppdaterad %s</time>' % (iso(a.updated), sv(a.updated))
        ts += '</div>'
        ps = s.body(a, not a.paywall)
        text = '<p class="article__lead">%s</p>' % E(ps[0]) + '<figure><img src="/img/%d.jpg"><figcaption>Foto: Lisa Berg</figcaption></figure>' % a.seed + P(ps[1:])
        if a.paywall:
            text += '<div class="paywall"><h3>%s</h3><a href="/kundservice/">Köp</a></div>' % E(promo)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a))
        doc = ('<article class="article"><div class="article__section"><a href="%s">%s</a></div><h1 class="article__headline">%s</h1>%s%s<div class="article__body">%s</div>'
               '<div class="article__tags">%s</div></article>') % (a.section[0], a.section[1], E(a.title), byl, ts, text,
                                                                  "".join('<a href="/amne/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s | Mälarposten" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/nyheter/", shell("Nyheter | Mälarposten", "<h1>Nyheter</h1>" + teasers(s, [arts[0], arts[2]])))
    s.non("/ekonomi/", shell("Ekonomi | Mälarposten", "<h1>Ekonomi</h1>" + teasers(s, arts[1:2])))
    for t, l, aa in (("trafik", "Trafik", arts[:1]), ("ranta", "Räntan", arts[1:2]), ("bostader", "Bostäder", arts[2:])):
        s.non("/amne/%s/" % t, shell("%s – senaste nytt | Mälarposten" % l, "<h1>%s</h1>%s" % (l, teasers(s, aa))))
    s.non("/medarbetare/anna-lindqvist/", shell("Anna Lindqvist | Mälarposten", '<h1>Anna Lindqvist</h1><p>Reporter på nyhetsredaktionen sedan 2019. Bevakar trafik och infrastruktur.</p>' + teasers(s, arts[:1])))
    profiles(s, shell, "/medarbetare/%s/", [("johan-ek", "Johan Ek"), ("sara-nilsson", "Sara Nilsson")], "Reporter på Mälarposten.", " | ")
    s.non("/podd/malarpodden/", shell("Mälarpodden | Mälarposten", '<h1>Mälarpodden</h1><p>Veckans viktigaste lokala nyheter på 20 minuter. Nytt avsnitt varje fredag.</p><audio src="/podd/ep112.mp3" controls></audio><ul><li>Avsnitt 112: Bostadsbygget vid hamnen</li></ul>'))
    s.non("/vader/", shell("Vädret i Västerås | Mälarposten", '<h1>Väder</h1><p>Idag: Mulet, 3 grader. I morgon: Snöblandat regn.</p>'))
    s.non("/mest-last/", shell("Mest läst | Mälarposten", '<h1>Mest läst</h1><ol>%s</ol>' % teasers(s, arts)))
    s.non("/kundservice/", shell("Kundservice | Mälarposten", '<h1>Kundservice</h1><p>%s</p><p>Telefon 021-10 10 00, vardagar 7-17.</p>' % E(promo)))
    s.non("/", shell("Mälarposten – Nyheter från Västerås och Mälardalen", teasers(s, arts) + '<a href="/medarbetare/anna-lindqvist/">Anna Lindqvist</a>'))
    s.rss("/rss/")


# ---------------------------------------------------------------- 4 Schibsted / Aftonbladet-like SE
def site_kvallsbladet():
    s = Site(4, "Kvällsbladet", "sv", [("/nyheter", "Nyheter"), ("/nojesbladet", "Nöje"), ("/tv-tabla", "TV-tablå"), ("/plus", "Plus")])

    def shell(title, body, head=""):
        nav = "".join('<a href="%s" class="hyperion-css-1nav">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="sv"><head><meta charset="UTF-8"><title>%s</title>%s</head><body>'
                '<div id="root"><header class="hyperion-css-header"><a href="/"><span class="visually-hidden">Kvällsbladet</span></a>%s</header>'
                '<main class="hyperion-css-main">%s</main><footer class="hyperion-css-footer">Kvällsbladet är en del av Schibsted. Ansvarig utgivare: Martin Dahl. '
                '<a href="/om-kvallsbladet">Om Kvällsbladet</a> <a href="/tagg/skolan">Skolan</a></footer></div></body></html>') % (E(title), head, nav, body)

    arts = [
        Art("/nyheter/a/Wq2Er5/larmet-tusentals-elever-saknar-skolskjuts", "Larmet: Tusentals elever saknar skolskjuts",
            dt("2025-03-05 21:03"), [("Mikael Ström", "")], ["Mikael Ström"],
            "Minst 4 000 elever i tre län står utan skolskjuts sedan ett bussbolag gick i konkurs i helgen.",
            ["Föräldrar vittnar om barn som fått gå flera kilometer längs landsväg i mörker.",
             "Skolverket uppger att myndigheten inte har mandat att ingripa i upphandlingar av skolskjuts."],
            401, tags=[("skolan", "Skolan")]),
        Art("/nyheter/a/Lp9Ty3/experterna-sa-mycket-okar-elpriset-i-var", "Experterna: Så mycket ökar elpriset i vår",
            dt("2025-03-01 07:00"), [("Hanna Berg", ""), ("Oskar Lund", "")], ["Hanna Berg", "Oskar Lund"],
            "Elpriset i södra Sverige kan bli dubbelt så högt i april som i fjol, varnar flera analytiker.",
            ["Orsaken är låga nivåer i vattenmagasinen efter en torr vinter.", ""],
            402, paywall=True),
        Art("/nyheter/a/Mn4Bv8/tag-sparade-ur-i-jamtland-ingen-skadad", "Tåg spårade ur i Jämtland – ingen skadad",
            dt("2025-02-28 16:40"), [("TT", "")], ["TT"],
            "Ett godståg spårade ur strax väster om Östersund på fredagseftermiddagen.",
            ["Ingen person skadades, uppger polisen.",
             "Trafiken på Mittbanan beräknas vara stoppad till lördag kväll."],
            403),
    ]
    promo = "Bli Plus-medlem – första månaden 9 kr. Avsluta när du vill."
    for a in arts:
        byl = '<div class="hyperion-css-byline">%s</div>' % "".join('<div class="hyperion-css-byline-author"><img src="/img/byline.png" alt=""><span class="hyperion-css-byline-name">%s</span></div>' % E(n) for n, _ in a.byl)
        ts = '<div class="hyperion-css-time"><span>Publicerad </span><time datetime="%s">%s</time></div>' % (zulu(a.when), a.when.strftime("%Y-%m-%d kl. %H.%M"))
        ps = s.body(a, not a.paywall)
        text = '<p class="hyperion-css-lead"><strong>%s</strong></p>' % E(ps[0]) + P(ps[1:])
        if a.paywall:
            text += '<div class="paywall hyperion-css-paywall"><p>%s</p></div>' % E(promo)
        badge = '<span class="plus-badge">Plus</span>' if a.paywall else ''
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">' % (E(a.title), E(a.lead))
        doc = ('<article class="hyperion-css-article">%s<h1 class="hyperion-css-title">%s</h1>%s%s<div class="hyperion-css-body">%s</div>'
               '<div class="hyperion-css-related"><h2>Mer om</h2><a href="/tagg/skolan">Skolan</a></div></article>') % (badge, E(a.title), byl, ts, text)
        s.add(a, shell("%s | Kvällsbladet" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/nyheter", shell("Nyheter | Kvällsbladet", "<h1>Nyheter</h1>" + teasers(s, arts)))
    s.non("/nojesbladet", shell("Nöjesbladet | Kvällsbladet", "<h1>Nöjesbladet</h1><p>Kändisar, tv och musik.</p>" + teasers(s, arts[:1])))
    s.non("/tagg/skolan", shell("Skolan | Kvällsbladet", "<h1>Skolan</h1>" + teasers(s, arts[:1])))
    s.non("/tv-tabla", shell("TV-tablå idag | Kvällsbladet", '<h1>TV-tablå</h1><ul><li>SVT1 19.30 Rapport</li><li>SVT1 20.00 Fråga doktorn</li><li>TV4 19.00 Nyheterna</li></ul>'))
    s.non("/plus", shell("Kvällsbladet Plus", '<h1>Kvällsbladet Plus</h1><p>%s</p>' % E(promo)))
    s.non("/om-kvallsbladet", shell("Om Kvällsbladet", '<h1>Om Kvällsbladet</h1><p>Kvällsbladet grundades 1921. Tipsa oss: tips@kvallsbladet.se.</p>'))
    s.non("/", shell("Kvällsbladet – Sveriges nyhetskälla", teasers(s, arts)))
    s.robots(sitemap=True)


# ---------------------------------------------------------------- 5 JP/Politiken-like DK
def site_dagposten():
    s = Site(5, "Dagposten", "da", [("/indland/", "Indland"), ("/oekonomi/", "Økonomi"), ("/podcast/dagens-briefing/", "Podcast"), ("/e-avis/", "E-avis")])

    def shell(title, body, head=""):
        nav = "".join('<li class="navigation__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="pol">'
                '<header class="header"><a class="header__logo" href="/">Dagposten</a><ul class="navigation">%s</ul>'
                '<a href="/abonnement/" class="header__buy">Køb abonnement</a></header><main>%s</main>'
                '<footer class="footer">Dagposten, Rådhuspladsen 37, 1785 København V. Ansvarshavende chefredaktør: Lise Thorsen. '
                '<a href="/kontakt/">Kontakt</a></footer></body></html>') % (E(title), head, nav, body)

    def da(d):
        return "%d. %s %d kl. %s" % (d.day, MON["da"][d.month], d.year, d.strftime("%H.%M"))

    arts = [
        Art("/indland/art10312345/Regionen-lukker-akutklinikken-i-Holbaek-om-natten", "Regionen lukker akutklinikken i Holbæk om natten",
            dt("2025-03-03 18:24"), [("Mette Lund", "Journalist")], ["Mette Lund"],
            "Fra 1. maj holder akutklinikken i Holbæk lukket mellem klokken 23 og 7, har regionsrådet besluttet.",
            ["Patienter skal i stedet køre til Slagelse eller Køge, hvilket kan tage op mod en time.",
             "Borgmesteren kalder beslutningen et alvorligt slag mod trygheden i hele Nordvestsjælland."],
            501, updated=dt("2025-03-04 07:10"), tags=[("sundhed", "Sundhed")], section=("/indland/", "Indland")),
        Art("/indland/art10309876/Storm-lammer-faergetrafikken-til-Bornholm", "Storm lammer færgetrafikken til Bornholm",
            dt("2025-02-28 11:02"), [("Ritzau", "")], ["Ritzau"],
            "Alle afgange mellem Rønne og Ystad er aflyst fredag, efter at DMI har varslet stormflod.",
            ["Bornholmslinjen forventer at genoptage sejladsen lørdag morgen.",
             "Passagerer med billet til de aflyste afgange kan få pengene tilbage eller ombooke gratis."],
            502, section=("/indland/", "Indland")),
        Art("/oekonomi/art10311111/Analyse-Derfor-stiger-huspriserne-igen", "Analyse: Derfor stiger huspriserne igen",
            dt("2025-03-02 08:00"), [("Jens Kragh", "økonomisk redaktør")], ["Jens Kragh"],
            "Huspriserne i hovedstadsområdet er steget for ottende måned i træk, og det skyldes mere end de faldende renter.",
            ["Særligt førstegangskøberne er vendt tilbage til markedet.", ""],
            503, paywall=True, section=("/oekonomi/", "Økonomi")),
    ]
    promo = "Fortsæt med at læse – få adgang til alt for 1 kr. den første måned."
    for a in arts:
        if a.byl[0][0] == "Ritzau":
            byl = '<div class="article__byline"><span class="byline__source">Ritzau</span></div>'
            author = {"@type": "Organization", "name": "Ritzau"}
        else:
            byl = '<div class="article__byline">%s</div>' % "".join('<a class="byline__author" href="/profil/%s/"><span class="byline__name">%s</span></a> <span class="byline__title">%s</span>' % (
                n.lower().replace(" ", "-"), E(n), E(r)) for n, r in a.byl)
            author = None
        ts = '<div class="article__timestamp"><time datetime="%s">%s</time>' % (iso(a.when), da(a.when))
        if a.updated:
            ts += ' <span class="article__updated">Opdateret %s</span>' % da(a.updated)
        ts += '</div>'
        ps = s.body(a, not a.paywall)
        text = '<p class="summary__p">%s</p>' % E(ps[0]) + P(ps[1:])
        if a.paywall:
            text += '<div class="paywall"><p>%s</p></div>' % E(promo)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a, author))
        doc = ('<article class="article"><a class="article__section" href="%s">%s</a><h1 class="article__title headline">%s</h1>%s%s'
               '<div class="article__body body">%s</div>%s</article>') % (a.section[0], a.section[1], E(a.title), byl, ts, text,
                                                                         "".join('<a class="tag" href="/tema/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s - Dagposten" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/indland/", shell("Indland - Dagposten", "<h1>Indland</h1>" + teasers(s, arts[:2])))
    s.non("/oekonomi/", shell("Økonomi - Dagposten", "<h1>Økonomi</h1>" + teasers(s, arts[2:])))
    s.non("/tema/sundhed/", shell("Sundhed - Dagposten", "<h1>Sundhed</h1>" + teasers(s, arts[:1])))
    for n, nm, r, aa in (("mette-lund", "Mette Lund", "Journalist på Indland. Dækker sundhed og regionerne.", arts[:1]),
                         ("jens-kragh", "Jens Kragh", "Økonomisk redaktør.", arts[2:])):
        s.non("/profil/%s/" % n, shell("%s - Dagposten" % nm, '<h1>%s</h1><p>%s</p>%s' % (nm, r, teasers(s, aa))))
    s.non("/podcast/dagens-briefing/", shell("Dagens Briefing - podcast - Dagposten", '<h1>Dagens Briefing</h1><p>Hver morgen klokken 6: dagens vigtigste historie på ti minutter.</p><audio controls src="/pod/briefing.mp3"></audio>'))
    s.non("/e-avis/", shell("E-avis - Dagposten", '<h1>E-avis</h1><p>Læs dagens avis som e-avis fra kl. 5.</p>'))
    s.non("/abonnement/", shell("Abonnement - Dagposten", '<h1>Vælg abonnement</h1><p>%s</p>' % E(promo)))
    s.non("/kontakt/", shell("Kontakt - Dagposten", '<h1>Kontakt</h1><p>Redaktionen: 33 11 85 11. Tip os på tip@dagposten.dk.</p>'))
    s.non("/", shell("Dagposten - Nyheder, debat og kultur", teasers(s, arts) + '<a href="/tema/sundhed/">Sundhed</a>'))


# ---------------------------------------------------------------- 6 Sanoma / HS-like FI
def site_uusimaa():
    s = Site(6, "Uusimaa Sanomat", "fi", [("/kotimaa/", "Kotimaa"), ("/talous/", "Talous"), ("/saa/", "Sää"), ("/tv-opas/", "TV-opas")])

    def shell(title, body, head=""):
        nav = "".join('<a class="nav-link" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="hs-app"><header class="header"><a class="logo" href="/">Uusimaa Sanomat</a><nav>%s</nav><a href="/tilaa/" class="order">Tilaa</a></header>'
                '<main>%s</main><footer class="footer">Uusimaa Sanomat on osa Sanomaa. Päätoimittaja Riikka Aalto. <a href="/luetuimmat/">Luetuimmat</a></footer></div></body></html>') % (E(title), head, nav, body)

    def fi(d):
        return "%d.%d. %d:%s" % (d.day, d.month, d.hour, d.strftime("%M"))

    arts = [
        Art("/kotimaa/art-2000011234567.html", "Länsimetron jatkeen avaaminen siirtyy taas",
            dt("2025-03-03 18:24", 2), [("Mikko Virtanen", "Toimittaja"), ("Petri Salo", "Kuvaaja")], ["Mikko Virtanen"],
            "Länsimetron Kivenlahden jatke avataan matkustajille aikaisintaan kesäkuussa, kertoi metroyhtiö maanantaina.",
            ["Syynä ovat ongelmat asemien turvallisuusjärjestelmien testauksessa.",
             "Espoon kaupunki vaatii metroyhtiöltä selvitystä lisäkustannuksista."],
            601, updated=dt("2025-03-04 07:10", 2), tags=[("metro", "Metro")], section=("/kotimaa/", "Kotimaa")),
        Art("/talous/art-2000011198765.html", "Työttömyys kasvoi tammikuussa",
            dt("2025-02-25 09:15", 2), [("Laura Niemi", "STT")], ["Laura Niemi"],
            "Työttömyysaste nousi tammikuussa 9,2 prosenttiin, kertoo Tilastokeskus.",
            ["Eniten työttömyys kasvoi rakennusalalla ja kaupan alalla.",
             "Ekonomistien mukaan käänne parempaan voi näkyä vasta kesällä."],
            602, section=("/talous/", "Talous")),
        Art("/talous/art-2000011240001.html", "Asuntokauppa piristyi Helsingissä",
            dt("2025-03-05 05:00", 2), [("Anna Korhonen", "Toimittaja"), ("Janne Laine", "Toimittaja")], ["Anna Korhonen", "Janne Laine"],
            "Vanhojen asuntojen kauppa piristyi helmikuussa pääkaupunkiseudulla selvästi, kertovat välittäjät.",
            ["Eniten kysyntää on pienistä yksiöistä hyvien kulkuyhteyksien varrella.", ""],
            603, paywall=True, tags=[("asuminen", "Asuminen")], section=("/talous/", "Talous")),
    ]
    promo = "Tilaajana luet kaikki jutut. Tilaa nyt 1 € / 1 kk."
    for i, a in enumerate(arts):
        if a.byl[0][1] == "STT":
            byl = '<div class="byline"><span class="byline-name">%s | STT</span></div>' % E(a.byl[0][0])
        else:
            byl = '<div class="byline">%s</div>' % "".join('<a class="byline-link" href="/tekija/%s/"><span class="byline-name">%s</span><span class="byline-role">%s</span></a>' % (
                n.lower().replace(" ", "-"), E(n), E(r)) for n, r in a.byl)
        ts = '<div class="timestamp">Julkaistu %s' % fi(a.when)
        if a.updated:
            ts += ' | Päivitetty %s' % fi(a.updated)
        ts += '</div>'
        ps = s.body(a, not a.paywall)
        text = '<p class="article-ingress">%s</p>' % E(ps[0]) + P(ps[1:])
        if a.paywall:
            text += '<div class="paywall"><p>%s</p></div>' % E(promo)
        if i == 1:  # older template: no JSON-LD, only the Open Graph article times
            head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (E(a.title), iso(a.when))
        else:
            head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
                E(a.title), newsld(s, a, extra={"datePublished": zulu(a.when), "dateModified": zulu(a.updated or a.when)}))
        doc = ('<article class="article-container"><div class="article-header"><a class="section-link" href="%s">%s</a><h1 class="article-title">%s</h1>%s</div>%s'
               '<div class="article-body">%s</div>%s</article>') % (a.section[0], a.section[1], E(a.title), ts, byl, text,
                                                                    "".join('<a class="tag" href="/aihe/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s | Uusimaa Sanomat" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/kotimaa/", shell("Kotimaa | Uusimaa Sanomat", "<h1>Kotimaa</h1>" + teasers(s, arts[:1])))
    s.non("/talous/", shell("Talous | Uusimaa Sanomat", "<h1>Talous</h1>" + teasers(s, arts[1:])))
    s.non("/aihe/asuminen/", shell("Asuminen | Uusimaa Sanomat", "<h1>Asuminen</h1>" + teasers(s, arts[2:])))
    s.non("/aihe/metro/", shell("Metro | Uusimaa Sanomat", "<h1>Metro</h1>" + teasers(s, arts[:1])))
    s.non("/tekija/mikko-virtanen/", shell("Mikko Virtanen | Uusimaa Sanomat", "<h1>Mikko Virtanen</h1><p>Toimittaja, kaupunkitoimitus. Seuraa liikennettä ja kaavoitusta.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/tekija/%s/", [("anna-korhonen", "Anna Korhonen"), ("janne-laine", "Janne Laine"), ("petri-salo", "Petri Salo")], "Uusimaa Sanomien toimittaja.", " | ")
    s.non("/tv-opas/", shell("TV-opas tänään | Uusimaa Sanomat", '<h1>TV-opas</h1><ul><li>Yle TV1 20.30 Yle Uutiset</li><li>MTV3 21.00 Kymmenen uutiset</li></ul>'))
    s.non("/saa/", shell("Sää Helsinki | Uusimaa Sanomat", '<h1>Sää</h1><p>Tänään pilvistä, 1 °C. Huomenna räntää.</p>'))
    s.non("/luetuimmat/", shell("Luetuimmat | Uusimaa Sanomat", '<h1>Luetuimmat</h1>' + teasers(s, arts)))
    s.non("/tilaa/", shell("Tilaa Uusimaa Sanomat", '<h1>Tilaa</h1><p>%s</p>' % E(promo)))
    s.non("/", shell("Uusimaa Sanomat – Uutiset", teasers(s, arts) + '<a href="/aihe/asuminen/">Asuminen</a>'))
    s.robots(sitemap=True)


# ---------------------------------------------------------------- 7 DPG / AD-like NL
def site_streekkrant():
    s = Site(7, "De Streekkrant", "nl", [("/regio/", "Regio"), ("/binnenland/", "Binnenland"), ("/sport/", "Sport"), ("/weer/", "Weer"), ("/meest-gelezen/", "Meest gelezen")])

    def shell(title, body, head=""):
        nav = "".join('<li><a class="fjs-nav" href="%s">%s</a></li>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="UTF-8"><title>%s</title>%s</head><body class="dpg">'
                '<header class="app-header"><a class="app-header__logo" href="/">De Streekkrant</a><ul class="app-nav">%s</ul>'
                '<a href="/abonnement/" class="app-header__subscribe">Abonneer</a></header><main id="main">%s</main>'
                '<footer class="app-footer">De Streekkrant is onderdeel van DPG Media. Hoofdredacteur: Joost van Dam. <a href="/tag/parkeren/">Parkeren</a></footer></body></html>') % (E(title), head, nav, body)

    ams = zoneinfo.ZoneInfo("Europe/Amsterdam")
    now = datetime.datetime.now(ams).replace(second=0, microsecond=0)
    recent = now - datetime.timedelta(hours=2)
    rel = "vandaag" if recent.date() == now.date() else "gisteren"
    arts = [
        Art("/regio/brand-in-leegstaand-schoolgebouw-in-gouda~a3f9e21b/", "Brand in leegstaand schoolgebouw in Gouda",
            recent, [("Daan Mulder", "")], ["Daan Mulder"],
            "In een leegstaand schoolgebouw aan de Graaf Florisweg in Gouda is een grote brand uitgebroken.",
            ["De brandweer schaalde op naar middelbrand en vroeg omwonenden ramen en deuren te sluiten.",
             "Het pand staat al twee jaar leeg en zou dit voorjaar worden gesloopt voor woningbouw."],
            701, tags=[("gouda", "Gouda")]),
        Art("/regio/gemeente-wil-betaald-parkeren-in-hele-binnenstad~b7c21d90/", "Gemeente wil betaald parkeren in hele binnenstad",
            dt("2025-03-03 18:24"), [("Femke Visser", ""), ("Sanne Smit", "")], ["Femke Visser", "Sanne Smit"],
            "Wie vanaf de zomer in de binnenstad van Gouda parkeert, moet overal betalen, ook in de wijken rond het centrum.",
            ["Ondernemers vrezen dat bezoekers daardoor wegblijven uit de winkelstraten.",
             "De gemeenteraad beslist eind maart over het voorstel van het college."],
            702, updated=dt("2025-03-04 09:15"), tags=[("parkeren", "Parkeren")]),
        Art("/binnenland/treinverkeer-rond-utrecht-weer-op-gang-na-storing~c91e0a44/", "Treinverkeer rond Utrecht weer op gang na storing",
            dt("2025-02-27 10:05"), [("ANP", "")], ["ANP"],
            "Na een storing aan de bovenleiding rijden de treinen rond Utrecht Centraal sinds het einde van de ochtend weer.",
            ["Reizigers tussen Amsterdam en Arnhem moesten urenlang omreizen.",
             "ProRail onderzoekt nog hoe de storing kon ontstaan."],
            703),
    ]
    arts[0].instant = True

    def nl(d):
        if d == recent:
            return "%s, %s" % (rel, d.strftime("%H:%M"))
        return d.strftime("%d-%m-%y, %H:%M")
    for a in arts:
        byl = '<div class="article__meta"><span class="article__source">%s</span>' % (
            "Door: " + " en ".join('<a href="/auteur/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n, _ in a.byl) if a.byl[0][0] != "ANP" else "Bron: ANP")
        byl += '<time class="article__time" datetime="%s">%s</time>' % (iso(a.when), nl(a.when))
        if a.updated:
            byl += ' <span class="article__update">Laatste update: %s</span>' % nl(a.updated)
        byl += '</div>'
        ps = s.body(a)
        text = '<p class="article__intro">%s</p>' % E(ps[0]) + P(ps[1:])
        author = [{"@type": "Organization", "name": "ANP"}] if a.byl[0][0] == "ANP" else None
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a, author))
        doc = ('<article class="article"><header class="article__header"><h1 class="article__title">%s</h1>%s</header>'
               '<section class="article__body">%s</section>%s</article><aside class="widget"><h3>Meest gelezen</h3><a href="/meest-gelezen/">Bekijk alles</a></aside>') % (
            E(a.title), byl, text, "".join('<a class="tag" href="/tag/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s | De Streekkrant" % a.title, doc, head))
    s.non("/regio/", shell("Regio | De Streekkrant", "<h1>Regio</h1>" + teasers(s, arts[:2])))
    s.non("/sport/", shell("Sport | De Streekkrant", "<h1>Sport</h1><p>Uitslagen en standen van de amateurvoetbal.</p>"))
    s.non("/binnenland/", shell("Binnenland | De Streekkrant", "<h1>Binnenland</h1>" + teasers(s, arts[2:])))
    s.non("/tag/parkeren/", shell("parkeren | De Streekkrant", "<h1>parkeren</h1>" + teasers(s, arts[1:2])))
    s.non("/tag/gouda/", shell("Gouda | De Streekkrant", "<h1>Gouda</h1>" + teasers(s, arts[:2])))
    s.non("/auteur/femke-visser/", shell("Femke Visser | De Streekkrant", "<h1>Femke Visser</h1><p>Verslaggever Gouda en omstreken.</p>" + teasers(s, arts[1:2])))
    profiles(s, shell, "/auteur/%s/", [("daan-mulder", "Daan Mulder"), ("sanne-smit", "Sanne Smit")], "Verslaggever regio.", " | ")
    s.non("/weer/", shell("Weerbericht | De Streekkrant", "<h1>Het weer</h1><p>Vandaag wisselend bewolkt, 9 graden. Morgen regen.</p>"))
    s.non("/meest-gelezen/", shell("Meest gelezen | De Streekkrant", "<h1>Meest gelezen</h1>" + teasers(s, arts)))
    s.non("/abonnement/", shell("Abonnement | De Streekkrant", "<h1>Word abonnee</h1><p>Onbeperkt toegang voor €1 de eerste maand.</p>"))
    s.non("/", shell("De Streekkrant | Nieuws uit Gouda en omstreken", teasers(s, arts) + '<a href="/auteur/femke-visser/">Femke Visser</a>'))


# ---------------------------------------------------------------- 8 Mediahuis / Standaard-like BE
def site_vlaamse():
    s = Site(8, "De Vlaamse Courant", "nl", [("/nieuws/binnenland/", "Binnenland"), ("/nieuws/economie/", "Economie"), ("/podcast/", "Podcast"), ("/digitale-krant/", "Digitale krant")])

    def shell(title, body, head=""):
        nav = "".join('<a class="navigation__link" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>%s</title>%s<link rel="alternate" type="application/rss+xml" href="/rss/nieuws.xml"></head>'
                '<body><header class="header"><a href="/" class="header__logo">De Vlaamse Courant</a><nav class="navigation">%s</nav></header><main class="main">%s</main>'
                '<footer class="footer">Een uitgave van Mediahuis NV. Hoofdredactie: Karel Verbeke. <a href="/abonneren/">Abonneren</a> <a href="/meest-gelezen/">Meest gelezen</a></footer></body></html>') % (E(title), head, nav, body)

    def be(d):
        return "%02d %s %d om %s uur" % (d.day, MON["nl"][d.month], d.year, d.strftime("%H.%M"))

    arts = [
        Art("/cnt/dmf20250303_97123456", "Nieuwe tramlijn naar Leuven krijgt groen licht",
            dt("2025-03-03 18:24"), [("Pieter Claes", "")], ["Pieter Claes"],
            "De Vlaamse regering heeft het licht op groen gezet voor een tramlijn tussen Brussels Airport en het station van Leuven.",
            ["De werken starten ten vroegste in 2027 en moeten vier jaar duren.",
             "Buurtbewoners in Kortenberg blijven kritisch over het tracé langs de Leuvensesteenweg."],
            801, tags=[("mobiliteit", "Mobiliteit")], section=("/nieuws/binnenland/", "Binnenland")),
        Art("/cnt/dmf20250226_97088210", "Staking legt Brussels Airport de hele dag plat",
            dt("2025-02-26 06:40"), [("Lotte Peeters", "")], ["Lotte Peeters"],
            "Door een nationale actiedag van de vakbonden vertrekken woensdag geen passagiersvluchten vanop Brussels Airport.",
            ["Ook in Charleroi wordt een groot deel van de vluchten geschrapt.",
             "De vakbonden protesteren tegen de geplande pensioenhervorming van de federale regering. (belga)"],
            802, tags=[("mobiliteit", "Mobiliteit")], section=("/nieuws/binnenland/", "Binnenland")),
        Art("/cnt/dmf20250304_97130077", "Waarom Vlaamse gezinnen minder sparen",
            dt("2025-03-03 20:00"), [("Hanne Wouters", "")], ["Hanne Wouters"],
            "Voor het eerst in tien jaar daalt het spaargeld van Vlaamse gezinnen, blijkt uit nieuwe cijfers van de Nationale Bank.",
            ["Economen zien vooral de hogere woonkosten als oorzaak.", ""],
            803, paywall=True, section=("/nieuws/economie/", "Economie")),
    ]
    promo = "Word abonnee en lees onbeperkt alle plusartikels. Nu 3 maanden aan halve prijs."
    for a in arts:
        byl = '<div class="article__header-meta"><p class="article__author">%s</p><time class="article__date" datetime="%s">%s</time></div>' % (
            ", ".join('<a href="/auteur/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n, _ in a.byl), zulu(a.when), be(a.when))
        ps = s.body(a, not a.paywall)
        text = '<p class="intro">%s</p>' % E(ps[0]) + P(ps[1:])
        if a.paywall:
            text += '<div class="paywall"><p>%s</p></div>' % E(promo)
        plus = '<span class="plus">Plus</span>' if a.paywall else ''
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">%s') % (
            E(a.title), s.url(a.path), newsld(s, a, extra={"datePublished": zulu(a.when), "dateModified": zulu(a.when)}))
        doc = ('<article class="article"><a class="article__section" href="%s">%s</a>%s<h1 class="article__title">%s</h1>%s<div class="article__body">%s</div>%s</article>') % (
            a.section[0], a.section[1], plus, E(a.title), byl, text, "".join('<a class="tag" href="/tag/%s">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s | De Vlaamse Courant" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/nieuws/binnenland/", shell("Binnenland | De Vlaamse Courant", "<h1>Binnenland</h1>" + teasers(s, arts[:2])))
    s.non("/nieuws/economie/", shell("Economie | De Vlaamse Courant", "<h1>Economie</h1>" + teasers(s, arts[2:])))
    s.non("/tag/mobiliteit", shell("Mobiliteit | De Vlaamse Courant", "<h1>Mobiliteit</h1>" + teasers(s, arts[:2])))
    s.non("/auteur/pieter-claes", shell("Pieter Claes | De Vlaamse Courant", "<h1>Pieter Claes</h1><p>Journalist binnenland, volgt mobiliteit en Vlaams-Brabant.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/auteur/%s", [("lotte-peeters", "Lotte Peeters"), ("hanne-wouters", "Hanne Wouters")], "Journalist bij De Vlaamse Courant.", " | ")
    s.non("/podcast/", shell("Podcast | De Vlaamse Courant", "<h1>De Vlaamse Courant Podcast</h1><p>Elke werkdag het belangrijkste nieuws in twintig minuten.</p>"))
    s.non("/digitale-krant/", shell("Digitale krant | De Vlaamse Courant", "<h1>Digitale krant</h1><p>Lees de krant van morgen vanaf 22 uur de avond ervoor.</p>"))
    s.non("/meest-gelezen/", shell("Meest gelezen | De Vlaamse Courant", "<h1>Meest gelezen</h1>" + teasers(s, arts)))
    s.non("/abonneren/", shell("Abonneren | De Vlaamse Courant", "<h1>Kies je abonnement</h1><p>%s</p>" % E(promo)))
    s.non("/", shell("De Vlaamse Courant", teasers(s, arts) + '<a href="/auteur/pieter-claes">Pieter Claes</a> <a href="/tag/mobiliteit">Mobiliteit</a>'))
    s.rss("/rss/nieuws.xml")


# ---------------------------------------------------------------- 9 Ringier / Blick-like CH
def site_blitz():
    s = Site(9, "Blitz", "de", [("/schweiz/", "Schweiz"), ("/wirtschaft/", "Wirtschaft"), ("/sport/", "Sport"), ("/wetter/", "Wetter"), ("/tv-programm/", "TV-Programm")])

    def shell(title, body, head=""):
        nav = "".join('<a class="sc-nav-item" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="__next"><header class="sc-header"><a href="/" class="sc-logo">Blitz</a><nav>%s</nav><a href="/abo/" class="sc-abo">Blitz+ abonnieren</a></header>'
                '<main>%s</main><footer class="sc-footer">© Ringier Medien Schweiz AG. <a href="/impressum/">Impressum</a></footer></div></body></html>') % (E(title), head, nav, body)

    def ch(d):
        return d.strftime("%d.%m.%Y um %H:%M Uhr")

    arts = [
        Art("/schweiz/lawinengefahr-im-wallis-auf-hoechster-stufe-id20612345.html", "Lawinengefahr im Wallis auf höchster Stufe",
            dt("2025-03-03 18:24"), [("Sandro Meier", "Redaktor News"), ("Nina Keller", "Reporterin")], ["Sandro Meier", "Nina Keller"],
            "Das Institut für Schnee- und Lawinenforschung hat für Teile des Oberwallis die höchste Gefahrenstufe ausgerufen.",
            ["Mehrere Täler sind von der Umwelt abgeschnitten, die Zufahrt nach Saas-Fee ist gesperrt.",
             "Gäste in Zermatt müssen sich laut Gemeinde auf weitere Tage ohne Bahnverbindung einstellen."],
            901, updated=dt("2025-03-04 07:10"), section=("/schweiz/", "Schweiz")),
        Art("/wirtschaft/nationalbank-senkt-den-leitzins-erneut-id20598812.html", "Nationalbank senkt den Leitzins erneut",
            dt("2025-02-27 09:30"), [("Raphael Huber", "Wirtschaftsredaktor")], ["Raphael Huber"],
            "Die Schweizerische Nationalbank senkt den Leitzins um einen Viertelprozentpunkt auf 0,25 Prozent.",
            ["Der starke Franken und die tiefe Teuerung geben laut SNB den Ausschlag.",
             "Für Hypothekarnehmer dürften die Zinsen in den nächsten Monaten weiter sinken."],
            902, section=("/wirtschaft/", "Wirtschaft")),
        Art("/wirtschaft/so-viel-verdienen-schweizer-lehrer-id20601177.html", "So viel verdienen Schweizer Lehrer",
            dt("2025-03-01 10:00"), [("Claudia Frei", "Redaktorin")], ["Claudia Frei"],
            "Ein Primarlehrer im Kanton Zürich verdient zum Einstieg fast 20'000 Franken mehr als seine Kollegin im Jura.",
            ["Blitz hat die Lohntabellen aller 26 Kantone verglichen.", ""],
            903, paywall=True, section=("/wirtschaft/", "Wirtschaft")),
    ]
    promo = "Jetzt Blitz+ abonnieren und alle Artikel lesen. Im ersten Monat gratis."
    for a in arts:
        byl = '<div class="sc-authors">%s</div>' % "".join('<div class="sc-author"><a href="/autor/%s/">%s</a><span class="sc-author-role">%s</span></div>' % (
            n.lower().replace(" ", "-"), E(n), E(r)) for n, r in a.byl)
        ts = '<div class="sc-date">Publiziert: %s' % ch(a.when)
        if a.updated:
            ts += ' | Aktualisiert: %s' % ch(a.updated)
        ts += '</div>'
        ps = s.body(a, not a.paywall)
        if a.seed == 902:
            ps[-1] += " (SDA)"
        text = '<p class="sc-lead"><strong>%s</strong></p>' % E(ps[0]) + P(ps[1:])
        if a.seed == 902:
            text += '<p class="sc-source">mit Material von SDA</p>'
        if a.paywall:
            text += '<div class="paywall sc-paywall"><p>%s</p></div>' % E(promo)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a))
        kicker = {901: "Höchste Stufe ausgerufen", 902: "Überraschung bleibt aus", 903: "Grosser Lohnvergleich"}[a.seed]
        doc = ('<article class="sc-article"><a class="sc-breadcrumb" href="%s">%s</a><span class="sc-kicker">%s</span><h1 class="sc-title">%s</h1>%s%s'
               '<div class="sc-body">%s</div></article>') % (a.section[0], a.section[1], E(kicker), E(a.title), ts, byl, text)
        s.add(a, shell("%s - Blitz" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/schweiz/", shell("Schweiz - Blitz", "<h1>Schweiz</h1>" + teasers(s, arts[:1])))
    s.non("/wirtschaft/", shell("Wirtschaft - Blitz", "<h1>Wirtschaft</h1>" + teasers(s, arts[1:])))
    s.non("/sport/", shell("Sport - Blitz", "<h1>Sport</h1><p>Resultate der Super League.</p>"))
    s.non("/autor/sandro-meier/", shell("Sandro Meier - Blitz", "<h1>Sandro Meier</h1><p>Redaktor News. Seit 2018 bei Blitz.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/autor/%s/", [("nina-keller", "Nina Keller"), ("raphael-huber", "Raphael Huber"), ("claudia-frei", "Claudia Frei")], "Journalistin bei Blitz.", " - ")
    s.non("/tv-programm/", shell("TV-Programm heute - Blitz", "<h1>TV-Programm</h1><ul><li>SRF 1 19:30 Tagesschau</li><li>SRF 1 20:05 Der Bestatter</li></ul>"))
    s.non("/wetter/", shell("Wetter Schweiz - Blitz", "<h1>Wetter</h1><p>Heute in Zürich bewölkt, 7 Grad. Morgen Schneefall bis 800 Meter.</p>"))
    s.non("/abo/", shell("Blitz+ Abo", "<h1>Blitz+</h1><p>%s</p>" % E(promo)))
    s.non("/impressum/", shell("Impressum - Blitz", "<h1>Impressum</h1><p>Ringier Medien Schweiz AG, Dufourstrasse 23, 8008 Zürich. Chefredaktion: Beat Moser.</p>"))
    s.non("/", shell("Blitz - Nachrichten aus der Schweiz", teasers(s, arts) + '<a href="/autor/sandro-meier/">Sandro Meier</a>'))


# ---------------------------------------------------------------- 10 Mafra / iDNES-like CZ
def site_dz():
    s = Site(10, "Denní zprávy", "cs", [("/zpravy/domaci/", "Domácí"), ("/ekonomika/", "Ekonomika"), ("/pocasi/", "Počasí"), ("/tv-program/", "TV program")])

    def shell(title, body, head=""):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="portal"><div id="header"><a href="/" id="logo">DZ.cz</a><ul id="menu">%s</ul><a href="/premium/">Premium</a></div>'
                '<div id="content">%s</div><div id="footer">© 1999–2025 MAFRA, a.s. <a href="/kontakty/">Kontakty</a></div></div></body></html>') % (E(title), head, nav, body)

    def cz(d):
        return "%d. %s %d %s" % (d.day, MON["cs"][d.month], d.year, d.strftime("%-H:%M"))

    arts = [
        Art("/zpravy/domaci/praha-zdrazi-jizdne-v-mhd.A250303_182400_domaci_jno/", "Praha zdraží jízdné v MHD od dubna",
            dt("2025-03-03 18:24"), [("Jan Novák", "redaktor DZ.cz")], ["Jan Novák"],
            "Základní třicetiminutová jízdenka v Praze podraží od 1. dubna ze 30 na 35 korun, schválila rada hlavního města.",
            ["Cena ročního kupónu pro dospělé zůstane beze změny.",
             "Opozice kritizuje, že zdražení dopadne hlavně na lidi, kteří jezdí jen příležitostně."],
            1001, updated=dt("2025-03-04 07:10"), tags=[("doprava", "doprava")]),
        Art("/zpravy/domaci/nehoda-d1-humpolec.A250228_153000_domaci_ceh/", "Na D1 u Humpolce se srazilo pět aut",
            dt("2025-02-28 15:30"), [("ČTK", "")], ["ČTK"],
            "Dálnici D1 u Humpolce ve směru na Brno v pátek odpoledne zablokovala hromadná nehoda pěti osobních aut.",
            ["Dva lidé utrpěli lehká zranění, uvedli hasiči.",
             "Řidiči museli počítat se zdržením až hodinu."],
            1002, tags=[("doprava", "doprava")]),
        Art("/ekonomika/hypoteky-zlevnuji.A250304_060000_ekonomika_pdv/", "Hypotéky zlevňují, banky čekají oživení trhu",
            dt("2025-03-04 06:00"), [("Petra Dvořáková", "redaktorka"), ("Tomáš Král", "redaktor")], ["Petra Dvořáková", "Tomáš Král"],
            "Průměrná sazba nových hypoték klesla v únoru pod pět procent poprvé od roku 2022.",
            ["Banky očekávají, že na jaře počet nových úvěrů dál poroste.", ""],
            1003, paywall=True),
    ]
    promo = "Tento článek je exkluzivně jen pro předplatitele DZ.cz Premium. Předplaťte si za 25 Kč."
    for a in arts:
        if a.byl[0][0] == "ČTK":
            byl = '<div class="authors"><span class="author">ČTK</span></div>'
            author = {"@type": "Organization", "name": "ČTK"}
        else:
            byl = '<div class="authors">%s</div>' % ", ".join('<a href="/autor/%s/" rel="author">%s</a>, %s' % (
                {"Jan Novák": "jan-novak", "Petra Dvořáková": "petra-dvorakova", "Tomáš Král": "tomas-kral"}[n], E(n), E(r)) for n, r in a.byl)
            author = None
        ts = '<span class="time-date" itemprop="datePublished" content="%s">%s</span>' % (iso(a.when), cz(a.when))
        if a.updated:
            ts += ', <span class="aktualizovano">aktualizováno %d. %s %s</span>' % (a.updated.day, MON["cs"][a.updated.month], a.updated.strftime("%-H:%M"))
        ps = s.body(a, not a.paywall)
        text = '<div class="opener">%s</div>' % E(ps[0]) + '<div id="art-text" class="bbtext">%s</div>' % P(ps[1:])
        if a.paywall:
            text += '<div class="paywall premium-box"><p>%s</p></div>' % E(promo)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a, author))
        doc = ('<div class="art-full" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="name headline">%s</h1><div class="art-info">%s<div class="art-date">%s</div></div>%s'
               '<div class="art-tags">%s</div></div>') % (E(a.title), byl, ts, text, "".join('<a href="/tema/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("%s - DZ.cz" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/zpravy/domaci/", shell("Domácí zprávy - DZ.cz", "<h1>Domácí</h1>" + teasers(s, arts[:2])))
    s.non("/ekonomika/", shell("Ekonomika - DZ.cz", "<h1>Ekonomika</h1>" + teasers(s, arts[2:])))
    s.non("/tema/doprava/", shell("doprava - Téma - DZ.cz", "<h1>Téma: doprava</h1>" + teasers(s, arts[:2])))
    s.non("/autor/jan-novak/", shell("Jan Novák - DZ.cz", "<h1>Jan Novák</h1><p>Redaktor zpravodajství DZ.cz, píše o Praze a dopravě.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/autor/%s/", [("petra-dvorakova", "Petra Dvořáková"), ("tomas-kral", "Tomáš Král")], "Redaktorka ekonomické rubriky.", " - ")
    s.non("/tv-program/", shell("TV program dnes - DZ.cz", "<h1>TV program</h1><ul><li>ČT1 19:00 Události</li><li>Nova 19:30 Televizní noviny</li></ul>"))
    s.non("/pocasi/", shell("Počasí - DZ.cz", "<h1>Počasí</h1><p>Dnes oblačno, 6 °C. Zítra déšť se sněhem.</p>"))
    s.non("/premium/", shell("DZ.cz Premium", "<h1>Premium</h1><p>%s</p>" % E(promo)))
    s.non("/kontakty/", shell("Kontakty - DZ.cz", "<h1>Kontakty</h1><p>MAFRA, a.s., Karla Engliše 519/11, Praha 5. Redakce: redakce@dz.cz.</p>"))
    s.non("/", shell("DZ.cz – Zprávy z domova i ze světa", teasers(s, arts) + '<a href="/autor/jan-novak/">Jan Novák</a>'))
    s.robots(sitemap=True)


# ---------------------------------------------------------------- 11 Agora / Wyborcza-like PL
def site_gazeta():
    s = Site(11, "Gazeta Wieczorna", "pl", [("/0,75398.html", "Kraj"), ("/0,155287.html", "Gospodarka"), ("/program-tv.html", "Program TV"), ("/najczesciej-czytane.html", "Najczęściej czytane")])

    def shell(title, body, head=""):
        nav = "".join('<li class="nav__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="pl"><head><meta charset="UTF-8"><title>%s</title>%s<link rel="alternate" type="application/rss+xml" href="/pub/rss/gazeta.xml"></head><body>'
                '<div id="page"><header id="header"><a href="/" class="logo">Gazeta Wieczorna</a><ul class="nav">%s</ul><a href="/prenumerata.html">Prenumerata</a></header>'
                '<div id="columns">%s</div><footer id="footer">© Agora SA. <a href="/kontakt.html">Kontakt</a></footer></div></body></html>') % (E(title), head, nav, body)

    def pl(d):
        return "%d %s %d | %s" % (d.day, MON["pl"][d.month], d.year, d.strftime("%H:%M"))

    arts = [
        Art("/7,75398,31712345,krakow-wprowadza-strefe-czystego-transportu.html", "Kraków wprowadza strefę czystego transportu",
            dt("2025-03-03 18:24"), [("Anna Kowalska", "")], ["Anna Kowalska"],
            "Od lipca do centrum Krakowa nie wjadą najstarsze samochody z silnikami Diesla, zdecydowali radni.",
            ["Mieszkańcy, którzy zarejestrowali auto przed marcem, dostaną dwa lata okresu przejściowego.",
             "Przeciwnicy uchwały zapowiadają skargę do sądu administracyjnego."],
            1101, updated=dt("2025-03-04 07:10")),
        Art("/7,75398,31698001,wisla-przekroczyla-stan-ostrzegawczy-w-sandomierzu.html", "Wisła przekroczyła stan ostrzegawczy w Sandomierzu",
            dt("2025-02-27 13:20"), [("Marek Wiśniewski", "oprac.")], ["Marek Wiśniewski"],
            "Poziom Wisły w Sandomierzu w czwartek po południu przekroczył stan ostrzegawczy o 20 centymetrów.",
            ["Wojewoda zapewnia, że wały są w dobrym stanie i nie ma zagrożenia dla domów.",
             "Hydrolodzy spodziewają się kulminacji fali w nocy z piątku na sobotę."],
            1102),
        Art("/7,155287,31720099,dlaczego-polacy-kupuja-mniej-mieszkan.html", "Dlaczego Polacy kupują mniej mieszkań",
            dt("2025-03-05 05:30"), [("Katarzyna Nowak", "")], ["Katarzyna Nowak"],
            "Sprzedaż mieszkań w siedmiu największych miastach spadła w lutym o jedną piątą w porównaniu z ubiegłym rokiem.",
            ["Deweloperzy tłumaczą to wysokimi stopami procentowymi i brakiem rządowego programu dopłat.", ""],
            1103, paywall=True),
    ]
    promo = "Zostań prenumeratorem i czytaj bez ograniczeń. Pierwszy miesiąc za 1 zł."
    for a in arts:
        if a.byl[0][1] == "oprac.":
            byl = '<div class="art-author">oprac. <a href="/autor/marek-wisniewski.html">Marek Wiśniewski</a></div><div class="art-source">Źródło: PAP</div>'
        else:
            byl = '<div class="art-author">%s</div>' % ", ".join('<a href="/autor/%s.html">%s</a>' % (
                {"Anna Kowalska": "anna-kowalska", "Katarzyna Nowak": "katarzyna-nowak"}[n], E(n)) for n, _ in a.byl)
        ts = '<div class="art-datetime"><time datetime="%s">%s</time>' % (iso(a.when), pl(a.when))
        if a.updated:
            ts += ' <span class="art-update">Aktualizacja: %s</span>' % pl(a.updated)
        ts += '</div>'
        ps = s.body(a, not a.paywall)
        text = '<div id="gazeta_article_lead">%s</div><div class="art_content">%s</div>' % (E(ps[0]), P(ps[1:]))
        if a.paywall:
            text += '<div class="paywall"><p>%s</p></div>' % E(promo)
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (E(a.title), newsld(s, a))
        doc = '<div id="gazeta_article"><h1 class="art-title">%s</h1>%s%s%s</div>' % (E(a.title), byl, ts, text)
        s.add(a, shell("%s" % a.title, doc, head), [promo] if a.paywall else [])
    s.non("/0,75398.html", shell("Kraj - Gazeta Wieczorna", "<h1>Kraj</h1>" + teasers(s, arts[:2])))
    s.non("/0,155287.html", shell("Gospodarka - Gazeta Wieczorna", "<h1>Gospodarka</h1>" + teasers(s, arts[2:])))
    s.non("/autor/anna-kowalska.html", shell("Anna Kowalska - Gazeta Wieczorna", "<h1>Anna Kowalska</h1><p>Dziennikarka krakowskiej redakcji.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/autor/%s.html", [("marek-wisniewski", "Marek Wiśniewski"), ("katarzyna-nowak", "Katarzyna Nowak")], "Dziennikarz Gazety Wieczornej.", " - ")
    s.non("/program-tv.html", shell("Program TV - Gazeta Wieczorna", "<h1>Program TV</h1><ul><li>TVP1 19:30 Wiadomości</li><li>TVN 19:00 Fakty</li></ul>"))
    s.non("/najczesciej-czytane.html", shell("Najczęściej czytane - Gazeta Wieczorna", "<h1>Najczęściej czytane</h1>" + teasers(s, arts)))
    s.non("/prenumerata.html", shell("Prenumerata - Gazeta Wieczorna", "<h1>Prenumerata</h1><p>%s</p>" % E(promo)))
    s.non("/kontakt.html", shell("Kontakt - Gazeta Wieczorna", "<h1>Kontakt</h1><p>Agora SA, ul. Czerska 8/10, Warszawa.</p>"))
    s.non("/", shell("Gazeta Wieczorna - wiadomości z kraju i ze świata", teasers(s, arts) + '<a href="/autor/anna-kowalska.html">Anna Kowalska</a>'))
    s.rss("/pub/rss/gazeta.xml")


# ---------------------------------------------------------------- 12 Telex-like HU
def site_hirportal():
    s = Site(12, "Hírpont", "hu", [("/rovat/belfold/", "Belföld"), ("/rovat/gazdasag/", "Gazdaság"), ("/tamogatas/", "Támogatás")])

    def shell(title, body, head=""):
        nav = "".join('<a class="menu__link" href="%s">%s</a>' % (p, E(l)) for p, l in s.nav)
        return ('<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>%s</title>%s<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
                '<div id="app"><header class="header"><a href="/" class="header__logo">Hírpont</a><nav class="menu">%s</nav></header><main>%s</main>'
                '<footer class="footer">Hírpont – független hírportál. <a href="/impresszum/">Impresszum</a></footer></div></body></html>') % (E(title), head, nav, body)

    def hu(d):
        return "%d. %s %d. – %s" % (d.year, MON["hu"][d.month], d.day, d.strftime("%H:%M"))

    arts = [
        Art("/belfold/2025/03/03/felujitjak-a-4-6-os-villamos-palyajat", "Felújítják a 4-6-os villamos pályáját Budapesten",
            dt("2025-03-03 18:24"), [("Kovács Anna", "")], ["Kovács Anna"],
            "Nyártól két hónapig nem jár a 4-es és 6-os villamos a Margit híd és a Petőfi híd között a pályafelújítás miatt.",
            ["A BKV pótlóbuszokat indít, de a csúcsidőben így is jelentős torlódásra kell számítani.",
             "A felújítás költsége a főváros szerint nagyjából tizenkétmilliárd forint."],
            1201, tags=[("villamos", "villamos")]),
        Art("/belfold/2025/02/28/eros-szel-miatt-riasztast-adtak-ki", "Erős szél miatt riasztást adtak ki több megyére",
            dt("2025-02-28 10:50"), [("Szabó Péter", "")], ["Szabó Péter"],
            "A HungaroMet péntekre hét megyére adott ki figyelmeztetést a viharos erejű szél miatt.",
            ["A széllökések a Dunántúlon elérhetik a 90 kilométeres óránkénti sebességet is.",
             "A katasztrófavédelem azt kéri, hogy senki ne parkoljon fák alatt."],
            1202),
        Art("/gazdasag/2025/03/05/nott-az-inflacio-februarban", "Nőtt az infláció februárban",
            dt("2025-03-05 09:00"), [("Tóth Eszter", ""), ("Nagy Balázs", "")], ["Tóth Eszter", "Nagy Balázs"],
            "A fogyasztói árak februárban átlagosan 5,6 százalékkal voltak magasabbak, mint egy évvel korábban.",
            ["Az élelmiszerek ára az átlagnál is gyorsabban emelkedett.",
             "Elemzők szerint a jegybank ebben a helyzetben nem fog kamatot csökkenteni."],
            1203, updated=dt("2025-03-05 11:40")),
    ]
    support = "Legyél te is Hírpontos! Támogasd a független újságírást havi 1000 forinttól."
    for a in arts:
        byl = '<div class="author">%s</div>' % "".join('<a class="author__name" href="/szerzo/%s/">%s</a>' % (
            {"Kovács Anna": "kovacs-anna", "Szabó Péter": "szabo-peter", "Tóth Eszter": "toth-eszter", "Nagy Balázs": "nagy-balazs"}[n], E(n)) for n, _ in a.byl)
        ts = '<div class="article_date"><span>%s</span>' % hu(a.when)
        if a.updated:
            ts += ' <span class="article_date--updated">frissítve: %s</span>' % hu(a.updated)
        ts += '</div>'
        ps = s.body(a)
        text = '<p class="article__lead"><strong>%s</strong></p>' % E(ps[0]) + P(ps[1:3])
        cap = "Fotó: MTI/Balogh Zoltán" if a.seed == 1202 else "Fotó: Hírpont"
        text += '<figure><img src="/img/%d.jpg"><figcaption>%s</figcaption></figure>' % (a.seed, cap) + P(ps[3:])
        text += '<div class="support-box"><p>%s</p><a href="/tamogatas/">Támogatom</a></div>' % E(support)
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">%s') % (
            E(a.title), iso(a.when), newsld(s, a))
        doc = ('<article class="article"><div class="article__top">%s<h1 class="article_title">%s</h1>%s</div><div class="article-html-content">%s</div>%s</article>') % (
            '<a class="tag--rovat" href="/rovat/%s/">%s</a>' % (("belfold", "Belföld") if "belfold" in a.path else ("gazdasag", "Gazdaság")),
            E(a.title), byl + ts, text, "".join('<a class="tag" href="/cimke/%s/">%s</a>' % t for t in a.tags))
        s.add(a, shell("Hírpont: %s" % a.title, doc, head), [support])
    s.non("/rovat/belfold/", shell("Belföld | Hírpont", "<h1>Belföld</h1>" + teasers(s, arts[:2])))
    s.non("/rovat/gazdasag/", shell("Gazdaság | Hírpont", "<h1>Gazdaság</h1>" + teasers(s, arts[2:])))
    s.non("/cimke/villamos/", shell("villamos | Hírpont", "<h1>villamos</h1>" + teasers(s, arts[:1])))
    s.non("/szerzo/kovacs-anna/", shell("Kovács Anna | Hírpont", "<h1>Kovács Anna</h1><p>Újságíró, a belföld rovat munkatársa. Közlekedésről és városfejlesztésről ír.</p>" + teasers(s, arts[:1])))
    profiles(s, shell, "/szerzo/%s/", [("szabo-peter", "Szabó Péter"), ("toth-eszter", "Tóth Eszter"), ("nagy-balazs", "Nagy Balázs")], "A Hírpont újságírója.", " | ")
    s.non("/tamogatas/", shell("Támogatás | Hírpont", "<h1>Támogatás</h1><p>%s</p>" % E(support)))
    s.non("/impresszum/", shell("Impresszum | Hírpont", "<h1>Impresszum</h1><p>Kiadó: Hírpont Média Kft., 1075 Budapest. Főszerkesztő: Varga Dániel.</p>"))
    s.non("/", shell("Hírpont", teasers(s, arts) + '<a href="/szerzo/kovacs-anna/">Kovács Anna</a>'))
    s.rss("/rss.xml")


for f in (site_fjordposten, site_dalebladet, site_malarposten, site_kvallsbladet, site_dagposten, site_uusimaa,
          site_streekkrant, site_vlaamse, site_blitz, site_dz, site_gazeta, site_hirportal):
    f()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=1)
