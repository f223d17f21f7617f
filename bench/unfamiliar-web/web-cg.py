"""Web cg: newsrooms of Central and Southeastern Europe and the Baltics.
Twelve sites on 127.0.7.141-152 (port 18157), one per host, each on its own
template, with the dates, bylines, agency credits and service pages of
its language (fixed dates in March 2025, CET or EET; two relative ones).

 1 RTK Podunavlje - a Serbian regional broadcaster (RTS-like CMS) in both
   scripts: Cyrillic pages under /page/stories/ci/..., a Latin
   transliteration of every page under /lat/ (the Latin story names the
   Cyrillic one canonical, hreflang sr-Cyrl/sr-Latn, a "Ћирилица | Latinica"
   switch). Kicker (nadnaslov) over the headline, "среда, 12. мар 2025, 14:05
   -> 16:40" (a Tanjug story "уторак, 11. мар 2025, 21:50 -> среда, 12. мар
   2025, 08:15", published the 11th), "Извор: Танјуг" (no author), "Аутор:"
   at the foot of the text or "Аутор: X | Фото: Y" in the info line, og
   tags only, no meta date; comments, most read with "пре 2 сата", a
   masthead with today's date. Non-articles in both scripts: home, section,
   tag, search, TV programme, weather, NBS exchange rates, video, photo
   gallery, contact, impressum.
 2 Sedmica.ba - a Sarajevo portal on WordPress (GeneratePress) with Yoast
   and Complianz, stories in Bosnian and in Croatian ("travnja", "tisuća"):
   the posting account "Objavio: Redakcija" in entry-meta, Yoast's Person
   and twitter:data1 all name "Redakcija", while the text opens "Piše: Amra
   Hodžić" / "Piše: Ivana Marić, Zagreb" or ends "Izvor: Fena" / "Izvor:
   Hina" (datelines "SARAJEVO, 11. marta (FENA) –", "MOSTAR, 9. ožujka 2025.
   (Hina) –"); "12.3.2025." dates, a newsletter box and "Pročitajte i:"
   inside entry-content, comments. Non-articles: home, category, tag, the
   Redakcija author archive, /search/, /page/2/, vaktija (prayer times),
   CBBiH exchange rates, weather, a gallery post (format-gallery, dated,
   Yoast), impressum, kontakt, marketing.
 3 Savinjske novice - a Celje weekly on Drupal 10: field--name-field-avtorji
   with the label "Avtorja" (dual, two names) or "Avtorica", "Vir: STA",
   "12. 3. 2025 | 14.05" and "Posodobljeno:", a field-nadnaslov kicker,
   schema_metatag NewsArticle without author, EU Cookie Compliance,
   "Sorodne novice". Non-articles: home, rubrika, oznaka, avtor, iskanje,
   vreme (ARSO), horoskop, osmrtnice, TV spored, galerija, kontakt,
   impresum.
 4 Horizont.sk - a Slovak daily on a Petit Press-like CMS (/c/<id>/<slug>.html)
   that also runs Czech texts untranslated: "12. mar 2025 o 14:05", author
   cards (name + "redaktor"), TASR and ČTK cards with Organization authors
   in JSON-LD (no person), a Czech column ("Text uverejňujeme v pôvodnom
   českom znení.") cut by the Premium paywall (must holds only the shown
   paragraphs), a newsletter box inside article-body, Didomi, discussion.
   Non-articles: home, rubrika, téma, autor, vyhľadávanie, počasie, TV
   program, horoskop, NBS kurzový lístok, smútočné oznámenia, fotogaléria,
   video, kontakt.
 5 Tiszai Hírek - a Szolnok county portal (Angular, Mediaworks-like): year-
   first "2025. március 12., 14:05", family-name-first bylines kept as
   written ("Szerző: Kovács Péter", "Szerzők: Szabó Gergely, Tóth Eszter"),
   "Forrás: MTI" with JSON-LD naming "MTI" as a Person, "Frissítve: ..."
   shown before "Megjelent: ...", an "Ezt is ajánljuk" box in the text, the
   Quantcast CMP. Non-articles: címlap, rovat, címke, szerző, keresés,
   időjárás, horoszkóp, TV-műsor, gyászhírek, galéria, impresszum, kapcsolat.
 6 Știrile Dunării - a Galați site: "Publicat: miercuri, 12 martie 2025,
   14:05" / "Actualizat:", JSON-LD naming the site (Organization) as
   author, "Autor: Andreea Popescu", "Autor: Redacția" + "Sursa: Agerpres",
   "de A și B", "Citește și:" in the text. Non-articles: home, category,
   tag, author, search, vremea, horoscop, program TV, BNR curs valutar,
   galerie foto, video, caseta redacțională, contact.
 7 Dunavski kurier (Дунавски куриер) - a Ruse paper: "12 март 2025, 14:05",
   "Автор: Мария Петрова", "Източник: БТА" (dateline "Русе, 11 март (БТА)."),
   a bare linked name with "Снимка:" credits, og tags only. Non-articles:
   home, rubric, tag, author, search, weather, horoscope, TV programme,
   некролози, БНБ exchange rates, gallery, contacts.
 8 Ήπειρος Σήμερα - an Ioannina site on WordPress + JNews + Yoast: genitive
   months "12 Μαρτίου 2025, 00:40", "Ενημερώθηκε: ...", article:published_time
   and Yoast in UTC (the 11th for a story the page dates the 12th),
   "Συντάκτης: Newsroom" (no person; once with "Πηγή: ΑΠΕ-ΜΠΕ"), "Συντάκτες:
   A, B" with Yoast naming only the posting user, CookieYes. Non-articles:
   home, category, tag, author, search, καιρός, ζώδια, TV, κηδείες,
   gallery, video, ταυτότητα, επικοινωνία.
 9 Gazeta Veriu - a Shkodër portal: "12 Mars 2025, 14:05", "Nga Arben
   Hoxha", "Redaksia" + "Burimi: ATSH", a story shown only as "3 orë më
   parë" (no machine date; truth fetch-3), JSON-LD without dates, comments
   with later dates. Non-articles: home, category, tag, author, search,
   moti, horoskopi, exchange rates, galeri, video, rreth nesh, kontakt.
10 Nemuno žinios - a Kaunas portal: "2025-03-12 14:05", "Rūta
   Jankauskienė, nemunozinios.lt", "ELTA", "Gintarė Kazlauskaitė, BNS"
   (JSON-LD names only the Organization BNS), Cookiebot. Non-articles:
   home, rubric, žyma, author, paieška, orai, horoskopai, TV programa,
   užuojautos, galerija, kontaktai.
11 Ventas Ziņas - a Ventspils portal: "Trešdiena, 12. marts, 2025, 14:05",
   "Autore:" / "Autors:" or a bare "LETA", article:author as a URL, name
   days in the top bar. Non-articles: home, rubric, tēma, author, meklēt,
   laika prognoze, horoskopi, TV programma, līdzjūtības, galerija, video,
   kontakti.
12 Emajõe Uudised - a Tartu paper: "12.03.2025 14:05", a reporter card with
   "Toimetaja: X" (an editor) at the foot, an ERR story with "Allikas: ERR"
   and an editor only (JSON-LD author Organization ERR), a story shown only
   as "Eile, 09:15" (truth fetch-day1). Non-articles: home, rubric,
   märksõna, author, otsing, ilm, horoskoop, telekava, leinateated,
   galerii, kontakt, impressum.

Truth: 40 articles, 158 non-articles, and in "synd" the three Latin copies
of the Serbian stories with the Cyrillic originals (the same story in the
other script: it should be kept once, under the Cyrillic URL). Authors are
the people named; agency credits (Tanjug, Fena, Hina, STA, TASR, ČTK, MTI,
Agerpres, БТА, ΑΠΕ-ΜΠΕ, ATSH, ELTA, LETA, ERR), "Redakcija", "Redacția",
"Redaksia", "Newsroom", photographers and editors ("Toimetaja") give [].
Titles are the headline without kicker or site name; dates the published
day in the page's own zone.

Crawled with /tmp/nr-start: stories 40: title 40, date 39, authors 17 right;
non-articles stored 17 of 158; bodies checked 40: 6 wrong; the 3 Latin
copies kept under the Cyrillic URL. Date: the Albanian "3 orë më parë"
story got no date. Authors: agency and desk credits kept as writers (TASR,
ČTK, MTI from JSON-LD's Person, ELTA, ERR, "Newsroom" twice, "Redakcija"
on the Fena and Hina stories, "Redacția", "Redaksia"); Sedmica's WordPress
account "Redakcija" over "Piše: Amra Hodžić" / "Piše: Ivana Marić,
Zagreb"; JSON-LD's Organization "BNS" over "Gintarė Kazlauskaitė, BNS";
labels and neighbours glued to names: Drupal's "Avtorja Jure Zupan Tina
Novak", "Avtorica Maja Kovač", "Vir STA", "Nga Arben Hoxha", "Nga Elira
Kola", "de Mihai Ionescu", and the Latvian date div's weekday ("Anna
Bērziņa Trešdiena", "LETA Otrdiena", "Jānis Ozols Pirmdiena").
Non-articles stored, all but one dated by the masthead's today: seven
horoscopes (sq, et, lv, ro, lt, hu, el), five obituary pages (hu, el, bg,
sl, et), four impressum pages (the Serbian one in both scripts, Slovenian,
the Greek Ταυτότητα) and the Hungarian photo gallery (its own date).
Bodies: Horizont's newsletter box inside article-body (all four stories)
and Ventas Ziņas' newsletter box after the text (two).
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18157
E = html.escape
UTC = datetime.timezone.utc
CET = datetime.timezone(datetime.timedelta(hours=1))
EET = datetime.timezone(datetime.timedelta(hours=2))
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


def D(y, mo, d, h, mi, tz):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def rfc822(dt):
    return dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def today(tz):
    return NOW.astimezone(tz)


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (140 + n), PORT, truth)

    def story(self, st, doc, date=None):
        """Records st (a story dict) as an article: the date its page
        states, in the page's zone, or the fetch-relative one st carries."""
        self.art(st["path"], doc, st["title"], date or st.get("truth_date") or st["dt"].strftime("%Y-%m-%d"), st["authors"],
                 must=st.get("must"), must_not=st.get("must_not"))

    def feed(self, path, title, items, desc=""):
        """An RSS 2.0 feed of (path, title, datetime, description)."""
        it = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(t), E(self.url(p)), E(self.url(p)), rfc822(d), E(x)) for p, t, d, x in items)
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>%s</title><link>%s</link><description>%s</description>%s</channel></rss>' % (
            E(title), self.url("/"), E(desc), it))


# ---------------------------------------------------------------- shared page parts
# Each takes k, the class prefix of the site's template, so that every site
# keeps its own markup while the tables a service page holds are built once.

def weather_html(k, h1, city, head, rows, note=""):
    trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(str(c)) for c in r) for r in rows)
    return ('<section class="%s-weather"><h1>%s</h1><div class="%s-weather-city">%s</div><table class="%s-forecast"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>%s</section>') % (
        k, E(h1), k, E(city), k, "".join("<th>%s</th>" % E(h) for h in head), trs, ('<p class="%s-weather-note">%s</p>' % (k, E(note))) if note else "")


def tv_html(k, h1, day, channels):
    ch = "".join('<div class="%s-channel"><h2>%s</h2><ul>%s</ul></div>' % (k, E(n), "".join('<li><span class="%s-time">%s</span> <span class="%s-show">%s</span></li>' % (k, t, k, E(sh)) for t, sh in shows)) for n, shows in channels)
    return '<section class="%s-tv"><h1>%s</h1><div class="%s-tv-day">%s</div><div class="%s-tv-grid">%s</div></section>' % (k, E(h1), k, E(day), k, ch)


def horo_html(k, h1, day, signs, sentences):
    out = ""
    for i, sg in enumerate(signs):
        txt = sentences[i % len(sentences)] + " " + sentences[(i + 3) % len(sentences)]
        out += '<div class="%s-sign"><h2>%s</h2><p>%s</p></div>' % (k, E(sg), E(txt))
    return '<section class="%s-horoscope"><h1>%s</h1><div class="%s-horo-date">%s</div>%s</section>' % (k, E(h1), k, E(day), out)


def rates_html(k, h1, day, head, rows, source):
    trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(str(c)) for c in r) for r in rows)
    return ('<section class="%s-rates"><h1>%s</h1><p class="%s-rates-date">%s</p><table class="%s-rates-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table><p class="%s-rates-source">%s</p></section>') % (
        k, E(h1), k, E(day), k, "".join("<th>%s</th>" % E(h) for h in head), trs, k, E(source))


def obits_html(k, h1, intro, entries):
    li = "".join('<article class="%s-obit"><h2 class="%s-obit-name">%s</h2><div class="%s-obit-years">%s</div><p>%s</p></article>' % (k, k, E(n), k, E(y), E(t)) for n, y, t in entries)
    return '<section class="%s-obits"><h1>%s</h1><p class="%s-obits-intro">%s</p>%s</section>' % (k, E(h1), k, E(intro), li)


def gallery_html(k, h1, day, credit, captions, img):
    figs = "".join('<figure class="%s-gallery-item"><img src="/media/%s-%d.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (k, img, i + 1, E(c), E(c)) for i, c in enumerate(captions))
    return ('<section class="%s-gallery"><h1>%s</h1><div class="%s-gallery-meta"><span class="%s-gallery-date">%s</span> <span class="%s-gallery-credit">%s</span></div>'
            '<div class="%s-gallery-count">1/%d</div><div class="%s-gallery-slides">%s</div></section>') % (k, E(h1), k, k, E(day), k, E(credit), k, len(captions), k, figs)


def video_html(k, h1, day, desc, dur):
    return ('<section class="%s-video"><div class="%s-player" data-duration="%s"><video controls poster="/media/video-poster.jpg"><source src="/media/video.mp4" type="video/mp4"></video></div>'
            '<h1>%s</h1><div class="%s-video-meta"><span>%s</span> <span class="%s-duration">%s</span></div><p class="%s-video-desc">%s</p></section>') % (
        k, k, dur, E(h1), k, E(day), k, dur, k, E(desc))


def list_html(k, h1, intro, items):
    """A section, tag or author listing: items are (path, title, date text, lead)."""
    li = "".join('<article class="%s-card"><a class="%s-card-link" href="%s"><h2 class="%s-card-title">%s</h2></a><span class="%s-card-date">%s</span><p class="%s-card-lead">%s</p></article>' % (
        k, k, p, k, E(t), k, E(d), k, E(l)) for p, t, d, l in items)
    return '<section class="%s-listing"><h1>%s</h1>%s<div class="%s-cards">%s</div></section>' % (k, E(h1), ('<p class="%s-intro">%s</p>' % (k, E(intro))) if intro else "", k, li)


def search_html(k, h1, label, q, items, none=""):
    li = "".join('<li class="%s-hit"><a href="%s">%s</a> <span>%s</span></li>' % (k, p, E(t), E(d)) for p, t, d, l in items)
    return ('<section class="%s-search"><h1>%s</h1><form action="" method="get"><input type="search" name="q" value="%s"><button>%s</button></form>'
            '<p class="%s-search-count">%s</p><ol class="%s-hits">%s</ol></section>') % (k, E(h1), E(q), E(label), k, E(none), k, li)


def info_html(k, h1, paras, dl=None):
    d = ""
    if dl:
        d = '<dl class="%s-dl">%s</dl>' % (k, "".join("<dt>%s</dt><dd>%s</dd>" % (E(a), E(b)) for a, b in dl))
    return '<section class="%s-page"><h1>%s</h1>%s%s</section>' % (k, E(h1), ps(paras), d)


def comments_html(k, head, items):
    return '<section class="%s-comments" id="comments"><h3>%s (%d)</h3>%s</section>' % (k, E(head), len(items), "".join(
        '<div class="%s-comment"><span class="%s-comment-author">%s</span> <time class="%s-comment-time">%s</time><p>%s</p></div>' % (k, k, E(n), k, E(t), E(x)) for n, t, x in items))


def cards(stories, fmt):
    return [(st["path"], st["title"], fmt(st), st["paras"][0][:140] + "…") for st in stories]


# ====================================================================== 1 Serbian, Cyrillic and Latin
CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш", ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))


def lat(text):
    """Serbian Cyrillic to Latin, as the sites' script switch does it."""
    out = []
    for i, ch in enumerate(text):
        lo = ch.lower()
        if lo in CYR:
            t = CYR[lo]
            if ch != lo:
                nxt = text[i + 1] if i + 1 < len(text) else ""
                t = t.upper() if (nxt.isupper() and len(t) > 1) else t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return "".join(out)


def podunavlje():
    s = Site(1)
    SN = "РТК Подунавље"
    WD = ["понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"]
    MS = ["јан", "феб", "мар", "апр", "мај", "јун", "јул", "авг", "сеп", "окт", "нов", "дец"]
    MF = ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"]

    def sd(dt, wd=True):
        return "%s%d. %s %d, %02d:%02d" % ((WD[dt.weekday()] + ", ") if wd else "", dt.day, MS[dt.month - 1], dt.year, dt.hour, dt.minute)

    def stamp(st):
        if not st.get("upd"):
            return sd(st["dt"])
        u = st["upd"]
        return sd(st["dt"]) + " -> " + ("%02d:%02d" % (u.hour, u.minute) if u.date() == st["dt"].date() else sd(u))

    def P(script, p):
        return p.replace("/ci/", "/%s/" % script)

    A = [
        dict(id=5651234, sec=("podunavlje", "Подунавље"), slug="pocinje-obnova-severnog-bedema-smederevske-tvrdjave", kicker="Смедерево",
             title="Почиње обнова северног бедема Смедеревске тврђаве", dt=D(2025, 3, 12, 14, 5, CET), upd=D(2025, 3, 12, 16, 40, CET),
             source="Извор: РТК", byline_end="Аутор: Милица Јовановић", authors=["Милица Јовановић"], photo="Фото: РТК Подунавље",
             caption="Северни бедем Смедеревске тврђаве уз Дунав",
             lead="Радови на санацији северног бедема Смедеревске тврђаве почињу следеће недеље и требало би да буду завршени до краја године.",
             paras=["Пројекат вредан око 180 милиона динара финансира Министарство културе, а део средстава обезбедио је и Град Смедерево. Извођач ће најпре уклонити растиње и оштећене делове зида, а затим почети конзервацију камена и малтера.",
                    "Бедем уз Дунав годинама је затворен за посетиоце због опасности од обрушавања. Археолози ће пратити сваку интервенцију, јер се очекује да испод наслага шута буду пронађени остаци старијих утврђења из времена деспота Ђурђа Бранковића.",
                    "Директорка Музеја у Смедереву Јасмина Стојановић каже да ће тврђава током радова остати отворена за посетиоце, али да ће део шеталишта уз реку бити ограђен.",
                    "„Ово је највећи захват на тврђави у последњих тридесет година и прилика да се бедем коначно врати граду и туристима“, рекла је Стојановићева за РТК Подунавље.",
                    "Град најављује да ће после бедема на ред доћи и обнова Малог града, за коју се пројектна документација тек израђује."],
             tags=[("smederevska-tvrdjava", "Смедеревска тврђава"), ("kultura", "културно наслеђе")]),
        dict(id=5650877, sec=("srbija", "Србија"), slug="u-pozarevcu-otvoren-novi-centar-za-dijalizu", kicker="Пожаревац",
             title="У Пожаревцу отворен нови центар за дијализу", dt=D(2025, 3, 11, 21, 50, CET), upd=D(2025, 3, 12, 8, 15, CET),
             source="Извор: Танјуг", byline_end="", authors=[], photo="Фото: Танјуг", caption="Нови центар за дијализу у Општој болници Пожаревац",
             lead="У Општој болници у Пожаревцу данас је отворен нови центар за дијализу, у који је уложено више од 120 милиона динара.",
             paras=["ПОЖАРЕВАЦ – Центар има двадесет апарата за хемодијализу и моћи ће да прими око 150 пацијената из Браничевског округа, који су до сада на третмане путовали у Смедерево и Београд.",
                    "Директор болнице рекао је на отварању да ће центар радити у три смене, шест дана у недељи, и да су за рад на новим апаратима обучени медицинске сестре и техничари из Пожаревца.",
                    "Пацијенти који су годинама три пута недељно путовали на дијализу кажу да ће им нови центар олакшати живот. „Пут до Београда и назад трајао је дуже од самог третмана“, рекао је један од њих.",
                    "Средства за опрему обезбедило је Министарство здравља, а радове на адаптацији простора финансирао је Град Пожаревац."],
             tags=[("zdravstvo", "здравство"), ("pozarevac", "Пожаревац")]),
        dict(id=5649310, sec=("podunavlje", "Подунавље"), slug="vocari-u-podunavlju-strahuju-od-kasnog-mraza", kicker="Пољопривреда",
             title="Воћари у Подунављу страхују од касног мраза", dt=D(2025, 3, 10, 9, 30, CET), upd=None,
             source="Аутор: Небојша Петровић | Фото: Драган Илић", byline_end="", authors=["Небојша Петровић"], photo="Фото: Драган Илић",
             caption="Кајсије у цвету у засаду код Лозовика",
             lead="Топли дани почетком марта пробудили су воћке у засадима око Смедерева и Велике Плане, па су кајсије и брескве већ у цвету.",
             paras=["Воћари страхују да би повратак хладноће, какав метеоролози најављују за крај месеца, могао да уништи велики део рода.",
                    "Драган Милосављевић из Лозовика каже да је прошле године због априлског мраза изгубио готово половину кајсија. „Уложили смо у противградну мрежу, али против мраза нема мреже“, каже он.",
                    "Поједини произвођачи постављају системе за орошавање и грејаче у засадима, али је таква опрема скупа и мањи воћари тешко могу да је приуште.",
                    "У Пољопривредној стручној служби Смедерево саветују воћаре да прате упозорења и да не журе са прихраном, јер бујна вегетација лакше страда на ниским температурама.",
                    "Откупне цене кајсија прошле године биле су рекордне, а воћари се надају да ће овог пута род бити довољан да покрије трошкове."],
             tags=[("poljoprivreda", "пољопривреда"), ("smederevo", "Смедерево")]),
    ]
    for a in A:
        a["path"] = "/page/stories/ci/story/125/%s/%d/%s.html" % (a["sec"][0], a["id"], a["slug"])
    NL = "Пријавите се на билтен РТК Подунавље и сваког јутра добијте најважније вести из региона."
    COMMENTS = {5651234: [("Драган С.", "12. мар 2025, 17:22", "Крајње време, бедем се руши пред нашим очима."), ("Весна", "12. мар 2025, 19:03", "Надам се да ће овај пут радови заиста бити завршени на време.")],
                5649310: [("Милан из Радинца", "10. мар 2025, 11:48", "Прошле године смо остали без свега, ове године исто чека.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in COMMENTS.get(a["id"], [])[:1]]

    def shell(script, title, main, head="", bodycls="", canon=None):
        tnow = today(CET)
        h = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
             '<meta property="og:site_name" content="РТК Подунавље">%s<link rel="alternate" type="application/rss+xml" title="РТК Подунавље - Вести" href="/page/stories/@ci@/rss.xml">'
             '<link rel="stylesheet" href="/Css/rtk.min.css?v=2025031"><script src="/Scripts/jquery-3.7.1.min.js"></script></head>'
             '<body class="%s"><div id="cookieConsent" class="cookie-bar"><p>Овај сајт користи колачиће како би вам пружио боље корисничко искуство. Наставком коришћења сајта прихватате употребу колачића.</p>'
             '<a class="cookie-more" href="/page/ci/uslovi.html">Сазнајте више</a><button class="cookie-accept">Прихватам</button></div>'
             '<div id="header"><div class="top-bar"><span class="today">%s, %d. %s %d.</span><span class="script-switch"><a href="%s" class="%s">Ћирилица</a> | <a href="%s" class="%s">Latinica</a></span>'
             '<a class="live" href="/page/tv/ci/uzivo.html">Уживо</a></div><a class="logo" href="%s"><img src="/Images/rtk-logo.svg" alt="РТК Подунавље"></a>'
             '<ul id="mainMenu"><li><a href="%s">Вести</a></li><li><a href="%s">Подунавље</a></li><li><a href="%s">Србија</a></li><li><a href="/page/stories/ci/125/ekonomija.html">Економија</a></li>'
             '<li><a href="/page/stories/ci/125/kultura.html">Култура</a></li><li><a href="/page/stories/ci/125/sport.html">Спорт</a></li><li><a href="/page/tv/ci/program.html">ТВ програм</a></li>'
             '<li><a href="/page/weather/ci/prognoza.html">Време</a></li></ul><form class="search" action="/page/search/ci/pretraga.html"><input name="q" placeholder="Претрага"></form></div>'
             '<div id="content">%s</div>'
             '<div id="footer"><ul><li><a href="/page/ci/kontakt.html">Контакт</a></li><li><a href="/page/ci/impresum.html">Импресум</a></li><li><a href="/page/ci/marketing.html">Маркетинг</a></li>'
             '<li><a href="/page/ci/uslovi.html">Услови коришћења</a></li><li><a href="/page/stories/ci/kursna-lista.html">Курсна листа</a></li><li><a href="/page/stories/@ci@/rss.xml">RSS</a></li></ul>'
             '<p>© 2025 Радио-телевизија Подунавље д.о.о. Смедерево. Сва права задржана. Забрањено преузимање садржаја без дозволе.</p></div></body></html>') % (
            "sr-Latn" if script == "lat" else "sr-Cyrl", E(title), head, bodycls, WD[tnow.weekday()], tnow.day, MF[tnow.month - 1], tnow.year,
            (canon or "/").replace("/ci/", "/@ci@/"), "active" if script == "ci" else "", P("lat", canon or "/page/stories/ci/index.html"), "active" if script == "lat" else "",
            "/" if script == "ci" else "/page/stories/lat/index.html", P(script, "/page/stories/ci/index.html"), P(script, "/page/stories/ci/125/podunavlje.html"), P(script, "/page/stories/ci/125/srbija.html"), main)
        if script == "lat":
            h = lat(h).replace("/ci/", "/lat/")
        return h.replace("/@ci@/", "/ci/")

    def article(a, script):
        others = [o for o in A if o is not a]
        rel = "".join('<li><a href="%s">%s</a></li>' % (P(script, o["path"]), E(o["title"])) for o in others)
        most = "".join('<li><a href="%s">%s</a><span class="ago">пре %d сата</span></li>' % (P(script, o["path"]), E(o["title"]), 2 + i) for i, o in enumerate(others))
        cm = COMMENTS.get(a["id"], [])
        cmt = ('<div class="comments"><h3>Коментари (%d)</h3>%s<form class="comment-form"><textarea placeholder="Ваш коментар"></textarea><button>Пошаљи</button></form>'
               '<p class="comment-rules">Коментари се објављују након одобрења модератора.</p></div>') % (len(cm), "".join(
                   '<div class="comment"><b>%s</b> <span class="comment-date">%s</span><p>%s</p></div>' % (E(n), E(t), E(x)) for n, t, x in cm))
        sec = "/page/stories/ci/125/%s.html" % a["sec"][0]
        cy = s.url(a["path"]).replace("/ci/", "/@ci@/")
        head = ('<meta name="description" content="%s"><meta name="keywords" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:image" content="%s/Images/%d.jpg">'
                '<link rel="canonical" href="%s"><link rel="alternate" hreflang="sr-Cyrl" href="%s"><link rel="alternate" hreflang="sr-Latn" href="%s">') % (
            E(a["lead"]), E(", ".join(t for _, t in a["tags"])), E(a["title"]), E(a["lead"]), s.url(P(script, a["path"])), s.url(""), a["id"], cy, cy, s.url(P("lat", a["path"])))
        main = ('<div class="breadcrumbs"><a href="/page/stories/ci/index.html">Вести</a> › <a href="%s">%s</a></div>'
                '<div class="storyPage"><div class="story-header"><span class="nadnaslov">%s</span><h1 class="story-title">%s</h1>'
                '<div class="story-info"><span class="story-time">%s</span> <span class="story-source">%s</span></div>'
                '<div class="share"><span>Подели:</span><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a><a href="https://x.com/intent/post?url=%s">X</a><a href="viber://forward?text=%s">Viber</a><a href="#" class="print">Штампај</a></div></div>'
                '<div class="story-lead"><p>%s</p></div><div class="story-image"><img src="/Images/%d.jpg" alt=""><p class="caption">%s <span class="photo-credit">%s</span></p></div>'
                '<div id="storyBody" class="story-body">%s%s</div>'
                '<div class="newsletter-box"><p>%s</p><form><input type="email" placeholder="Ваша имејл адреса"><button>Пријави ме</button></form></div>'
                '<div class="tags">Тагови: %s</div><div class="related"><h3>Повезане вести</h3><ul>%s</ul></div>%s</div>'
                '<div class="sidebar"><div class="most-read"><h3>Најчитаније</h3><ol>%s</ol></div><div class="weather-widget"><a href="/page/weather/ci/prognoza.html">Смедерево 9°C, претежно облачно</a></div></div>') % (
            sec, a["sec"][1], E(a["kicker"]), E(a["title"]), stamp(a), E(a["source"]), cy, cy, cy, E(a["lead"]), a["id"], E(a["caption"]), E(a["photo"]),
            ps(a["paras"]), ('<p class="author"><strong>%s</strong></p>' % E(a["byline_end"])) if a["byline_end"] else "",
            E(NL), " ".join('<a href="/page/tag/ci/%s.html">%s</a>' % (t, E(n)) for t, n in a["tags"]), rel, cmt, most)
        return shell(script, "%s | %s | %s" % (a["title"], a["sec"][1], SN), main, head, "story", a["path"])

    for a in A:
        s.story(a, article(a, "ci"))
        s.put(P("lat", a["path"]), article(a, "lat"))
        truth["synd"].append({"orig": s.url(a["path"]), "copy": s.url(P("lat", a["path"]))})

    K = "rtk"

    def fmt(a):
        return sd(a["dt"], False)
    home = ('<div class="home"><div class="lead-story"><a href="%s"><img src="/Images/%d.jpg" alt=""><span class="nadnaslov">%s</span><h2>%s</h2></a><p>%s</p></div>'
            '<div class="home-section"><h2><a href="/page/stories/ci/125/podunavlje.html">Подунавље</a></h2>%s</div>'
            '<div class="home-section"><h2><a href="/page/stories/ci/125/srbija.html">Србија</a></h2>%s</div>'
            '<div class="home-boxes"><a href="/page/video/ci/5652001/dunav-kod-smedereva.html">Видео: Дунав код Смедерева</a> <a href="/page/galerija/ci/5652100/prolece-u-podunavlju.html">Фото: Пролеће у Подунављу</a>'
            ' <a href="/page/stories/ci/kursna-lista.html">Курсна листа</a> <a href="/page/tag/ci/smederevska-tvrdjava.html">Смедеревска тврђава</a></div></div>')
    items = cards(A, fmt)
    sec_p = [i for i, a in zip(items, A) if a["sec"][0] == "podunavlje"]
    homehtml = home % (A[0]["path"], A[0]["id"], E(A[0]["kicker"]), E(A[0]["title"]), E(A[0]["lead"]), list_html(K, "", "", sec_p), list_html(K, "", "", [items[1]]))
    def both(path, title, inner, head="", cls="page"):
        """A page in both scripts: the Latin copy names the Cyrillic one canonical."""
        s.non(path, shell("ci", title, inner, head, cls, path))
        s.non(P("lat", path), shell("lat", title, inner, head, cls, path))
    hhead = '<meta name="description" content="Вести из Смедерева, Пожаревца и Подунавља. Радио-телевизија Подунавље."><meta property="og:type" content="website">'
    s.non("/", shell("ci", "РТК Подунавље - Вести из Подунавља", homehtml, hhead, "home"))
    both("/page/stories/ci/index.html", "РТК Подунавље - Вести из Подунавља", homehtml, hhead, "home")
    sec = list_html(K, "Подунавље", "Вести из Смедерева, Смедеревске Паланке, Велике Плане и Пожаревца.", sec_p)
    both("/page/stories/ci/125/podunavlje.html", "Подунавље | РТК Подунавље", sec, "", "section")
    both("/page/tag/ci/smederevska-tvrdjava.html", "Смедеревска тврђава | РТК Подунавље", list_html(K, "Таг: Смедеревска тврђава", "", [items[0]]), "", "tag")
    both("/page/search/ci/pretraga.html", "Претрага | РТК Подунавље", search_html(K, "Претрага", "Тражи", "тврђава", [items[0]], "Пронађен је 1 резултат за појам „тврђава“."), '<meta name="robots" content="noindex">', "search")
    tv = [("РТК 1", [("06:00", "Јутарњи програм"), ("10:00", "Вести"), ("12:30", "Подунавски дневник"), ("18:00", "Вести"), ("20:05", "Документарни програм: Дунав од извора до ушћа")]),
          ("РТК 2", [("08:00", "Цртани филмови"), ("13:00", "Школски програм"), ("19:30", "Спорт недеље"), ("21:00", "Филм: Зона Замфирова")])]
    both("/page/tv/ci/program.html", "ТВ програм | РТК Подунавље", tv_html(K, "ТВ програм", "%s, %d. %s" % (WD[today(CET).weekday()], today(CET).day, MF[today(CET).month - 1]), tv), "", "tv")
    wrows = [(WD[(today(CET).weekday() + i) % 7], ["претежно облачно", "сунчано", "киша", "сунчано", "променљиво облачно"][i], "%d°C" % (2 + i), "%d°C" % (11 + i)) for i in range(5)]
    both("/page/weather/ci/prognoza.html", "Временска прогноза | РТК Подунавље", weather_html(K, "Временска прогноза", "Смедерево", ["Дан", "Опис", "Мин.", "Макс."], wrows, "Извор: Републички хидрометеоролошки завод"), "", "weather")
    both("/page/stories/ci/kursna-lista.html", "Курсна листа | РТК Подунавље", rates_html(K, "Курсна листа", "Средњи курс НБС на дан %d. %s %d." % (today(CET).day, MF[today(CET).month - 1], today(CET).year),
                                                                                          ["Валута", "Земља", "Јединица", "Средњи курс"], [("EUR", "ЕМУ", 1, "117,0824"), ("USD", "САД", 1, "108,3317"), ("CHF", "Швајцарска", 1, "122,4671"), ("GBP", "В. Британија", 1, "139,9024")],
                                                                                          "Извор: Народна банка Србије"), "", "rates")
    both("/page/video/ci/5652001/dunav-kod-smedereva.html", "Видео: Дунав код Смедерева | РТК Подунавље", video_html(K, "Дунав код Смедерева у зору", sd(D(2025, 3, 9, 7, 40, CET)), "Снимак из ваздуха: Дунав и Смедеревска тврђава у раним јутарњим сатима.", "02:14"),
                                                                         '<meta property="og:type" content="video.other">', "video")
    both("/page/galerija/ci/5652100/prolece-u-podunavlju.html", "Фото галерија: Пролеће у Подунављу | РТК Подунавље", gallery_html(K, "Пролеће у Подунављу", sd(D(2025, 3, 8, 12, 0, CET)), "Фото: Драган Илић",
                                                                                                                                      ["Кајсије у цвету код Лозовика", "Шеталиште уз Дунав", "Пијаца у Смедереву", "Рибари на Језави"], "prolece"), "", "gallery")
    both("/page/ci/kontakt.html", "Контакт | РТК Подунавље", info_html(K, "Контакт", ["Радио-телевизија Подунавље, Карађорђева 12, 11300 Смедерево.", "Редакција: 026 555 100, redakcija@rtk-podunavlje.rs", "Маркетинг: 026 555 120, marketing@rtk-podunavlje.rs"]), "", "page")
    both("/page/ci/impresum.html", "Импресум | РТК Подунавље", info_html(K, "Импресум", ["Издавач: Радио-телевизија Подунавље д.о.о. Смедерево. Медиј је уписан у Регистар медија под бројем ИН000123."],
                                                                                [("Директор", "Зоран Марковић"), ("Главни и одговорни уредник", "Снежана Ристић"), ("Уредник портала", "Ивана Ђорђевић"), ("Новинари", "Милица Јовановић, Небојша Петровић, Александар Савић")]), "", "page")
    s.feed("/page/stories/ci/rss.xml", "РТК Подунавље - Вести", [(a["path"], a["title"], a["dt"], a["lead"]) for a in A], "Вести из Подунавља")
    s.sitemap(["/"] + [a["path"] for a in A] + [P("lat", a["path"]) for a in A] + ["/page/stories/ci/125/podunavlje.html", "/page/ci/kontakt.html"], "/page/search/")


# ====================================================================== 2 Bosnian and Croatian, WordPress + Yoast (Sarajevo)
def sedmica():
    s = Site(2)
    SN = "Sedmica.ba"
    DAN = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
    MJ = ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar", "decembar"]

    def bd(dt):
        return "%d.%d.%d." % (dt.day, dt.month, dt.year)
    A = [
        dict(pid=48213, cat=("bih", "BiH"), slug="tramvaj-do-hrasnice-pocinju-radovi-na-produzenju-pruge", title="Tramvaj do Hrasnice: počinju radovi na produženju pruge",
             dt=D(2025, 3, 12, 10, 20, CET), upd=D(2025, 3, 12, 12, 2, CET), lang="bs", sig="Piše: Amra Hodžić", foot="", authors=["Amra Hodžić"], tags=[("tramvaj", "tramvaj"), ("kanton-sarajevo", "Kanton Sarajevo")],
             paras=["Radovi na produženju tramvajske pruge od Ilidže do Hrasnice počet će u aprilu, potvrdili su u Ministarstvu saobraćaja Kantona Sarajevo. Nova dionica duga je oko 3,5 kilometra i imat će pet stajališta.",
                    "Vrijednost projekta procjenjuje se na 38 miliona KM, a najveći dio novca osigurat će Kanton iz kredita Evropske banke za obnovu i razvoj. Izvođač je izabran nakon tendera koji je trajao gotovo godinu.",
                    "Stanovnici Hrasnice godinama traže bolju vezu s gradom. Autobusi na liniji prema Ilidži u jutarnjim satima su prepuni, a vožnja do centra Sarajeva traje i više od sat vremena.",
                    "„Konačno da se nešto pomaklo. Moja djeca svaki dan putuju u školu na Ilidžu i znam koliko je to naporno“, kaže Senada Mujić iz Hrasnice.",
                    "Ministarstvo najavljuje da će tokom radova biti izmijenjen režim saobraćaja u Hrasničkoj cesti, a prvi tramvaji do Hrasnice trebali bi krenuti krajem 2026. godine."]),
        dict(pid=48190, cat=("bih", "BiH"), slug="od-aprila-nove-cijene-karata-u-javnom-prijevozu-kantona-sarajevo", title="Od aprila nove cijene karata u javnom prijevozu Kantona Sarajevo",
             dt=D(2025, 3, 11, 15, 40, CET), upd=None, lang="bs", sig="", foot="Izvor: Fena", authors=[], tags=[("kanton-sarajevo", "Kanton Sarajevo"), ("gras", "GRAS")],
             paras=["SARAJEVO, 11. marta (FENA) – Vlada Kantona Sarajevo usvojila je na današnjoj sjednici odluku o novim cijenama karata u javnom prijevozu, koje će se primjenjivati od 1. aprila.",
                    "Pojedinačna karta za tramvaj, trolejbus i autobus koštat će 2 KM, dok cijena mjesečne karte za zaposlene ostaje 53 KM. Učenici, studenti i penzioneri i dalje će imati pravo na besplatan ili subvencionisan prijevoz.",
                    "Kako je saopćeno iz Vlade, nove cijene trebale bi prijevozniku osigurati dodatnih šest miliona KM godišnje za održavanje vozila.",
                    "Udruženje za zaštitu potrošača upozorilo je da će povećanje najviše osjetiti građani koji ne koriste mjesečne karte."]),
        dict(pid=48102, cat=("regija", "Regija"), slug="hrvatska-od-travnja-uvodi-stroza-pravila-za-kratkorocni-najam-stanova", title="Hrvatska od travnja uvodi stroža pravila za kratkoročni najam stanova",
             dt=D(2025, 3, 10, 13, 15, CET), upd=None, lang="hr", sig="Piše: Ivana Marić, Zagreb", foot="", authors=["Ivana Marić"], tags=[("hrvatska", "Hrvatska"), ("turizam", "turizam")],
             paras=["Hrvatski sabor izglasao je izmjene zakona o turizmu kojima se gradovima omogućuje da ograniče broj stanova za kratkoročni najam turistima. Nova pravila stupaju na snagu početkom travnja.",
                    "Prema izmjenama, gradska vijeća moći će u pojedinim četvrtima zabraniti otvaranje novih apartmana, a vlasnici postojećih morat će dobiti suglasnost većine suvlasnika zgrade.",
                    "U Zagrebu i Splitu cijene najma stanova za stalne stanare u posljednjih su pet godina porasle za više od pedeset posto. Udruge stanara tvrde da su za to najviše odgovorni apartmani za turiste.",
                    "Iznajmljivači najavljuju da će osporavati zakon pred Ustavnim sudom. „Tisuće obitelji žive od turizma i sada ih se proglašava krivcima za stambenu krizu“, kaže predsjednik njihove udruge.",
                    "Ministarstvo turizma procjenjuje da u Hrvatskoj ima oko 110 tisuća objekata registriranih za kratkoročni najam."]),
        dict(pid=48077, cat=("regija", "Regija"), slug="zracna-luka-mostar-od-svibnja-uvodi-izravne-letove-za-zagreb", title="Zračna luka Mostar od svibnja uvodi izravne letove za Zagreb",
             dt=D(2025, 3, 9, 18, 5, CET), upd=None, lang="hr", sig="", foot="Izvor: Hina", authors=[], tags=[("mostar", "Mostar"), ("hrvatska", "Hrvatska")],
             paras=["MOSTAR, 9. ožujka 2025. (Hina) – Zračna luka Mostar od svibnja će imati izravne letove za Zagreb tri puta tjedno, objavila je u nedjelju uprava zračne luke.",
                    "Letove će obavljati domaći prijevoznik zrakoplovima kapaciteta do sedamdeset putnika, a karte bi se u prodaji trebale naći do kraja mjeseca.",
                    "Mostarska zračna luka posljednjih godina bilježi rast prometa, ponajviše zahvaljujući hodočasničkim letovima za Međugorje. Prošle godine kroz nju je prošlo oko 60 tisuća putnika.",
                    "Iz uprave najavljuju da razgovaraju i o sezonskim linijama prema Splitu i Dubrovniku."]),
    ]
    for a in A:
        a["path"] = "/vijesti/%s/%s/" % (a["cat"][0], a["slug"])
    NL = "Prijavite se na Sedmica newsletter i svake subote dobijte pregled najvažnijih vijesti iz BiH i regiona."
    CM = {48213: [("Edin", "12.3.2025. u 11:41", "Obećavaju to već deset godina, vidjet ćemo."), ("Lejla_S", "12.3.2025. u 13:07", "Bravo, samo da ne traje kao rekonstrukcija pruge na Marijin Dvoru.")],
          48102: [("Mirza", "10.3.2025. u 15:30", "Isti problem imamo i u Sarajevu, pola Baščaršije su apartmani.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["pid"], [])[:1]]

    def yoast(url, title, desc, kind, a=None):
        g = [{"@type": kind, "@id": url, "url": url, "name": title, "isPartOf": {"@id": s.url("/#website")}, "inLanguage": "bs-BA",
              "breadcrumb": {"@id": url + "#breadcrumb"}}]
        if a:
            g[0]["datePublished"] = a["dt"].astimezone(UTC).isoformat()
            g[0]["dateModified"] = (a["upd"] or a["dt"]).astimezone(UTC).isoformat()
            g.insert(0, {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": "Redakcija", "@id": s.url("/#/schema/person/3f1c0e")},
                         "headline": a["title"], "datePublished": g[0]["datePublished"], "dateModified": g[0]["dateModified"], "mainEntityOfPage": {"@id": url},
                         "wordCount": sum(len(p.split()) for p in a["paras"]), "publisher": {"@id": s.url("/#organization")}, "keywords": [t for _, t in a["tags"]],
                         "articleSection": [a["cat"][1]], "inLanguage": "hr" if a["lang"] == "hr" else "bs-BA"})
            g.append({"@type": "Person", "@id": s.url("/#/schema/person/3f1c0e"), "name": "Redakcija", "url": s.url("/author/redakcija/")})
        g.append({"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Početna", "item": s.url("/")}, {"@type": "ListItem", "position": 2, "name": title}]})
        g.append({"@type": "WebSite", "@id": s.url("/#website"), "url": s.url("/"), "name": SN, "description": "Vijesti iz BiH i regiona", "publisher": {"@id": s.url("/#organization")}})
        g.append({"@type": "Organization", "@id": s.url("/#organization"), "name": "Sedmica d.o.o.", "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/2023/01/sedmica-logo.png")}})
        head = ('<!-- This site is optimized with the Yoast SEO plugin v24.6 - https://yoast.com/wordpress/plugins/seo/ -->'
                '<meta name="description" content="%s"><meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"><link rel="canonical" href="%s">'
                '<meta property="og:locale" content="bs_BA"><meta property="og:type" content="%s"><meta property="og:title" content="%s - %s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="%s">') % (
            E(desc), url, "article" if a or kind == "Article" else "website", E(title), SN, E(desc), url, SN)
        if a:
            head += ('<meta property="article:publisher" content="https://www.facebook.com/sedmica.ba"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
                     '<meta name="author" content="Redakcija"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Napisao/la"><meta name="twitter:data1" content="Redakcija">'
                     '<meta name="twitter:label2" content="Procijenjeno vrijeme čitanja"><meta name="twitter:data2" content="3 minute">') % (g[0]["datePublished"], g[0]["dateModified"])
        return head + '<script type="application/ld+json" class="yoast-schema-graph">%s</script><!-- / Yoast SEO plugin. -->' % json.dumps({"@context": "https://schema.org", "@graph": g}, ensure_ascii=False)

    def shell(title, main, head, bodycls):
        t = today(CET)
        return ('<!DOCTYPE html>\n<html lang="bs-BA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Sedmica.ba &raquo; Feed" href="%s"><link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">'
                '<link rel="stylesheet" id="sedmica-child-css" href="/wp-content/themes/sedmica/style.css?ver=1.4.2" media="all"><meta name="generator" content="WordPress 6.7.2"></head>'
                '<body class="%s wp-embed-responsive right-sidebar nav-below-header one-container header-aligned-left"><a class="screen-reader-text skip-link" href="#content">Preskoči na sadržaj</a>'
                '<div class="top-bar"><div class="inside-top-bar"><span class="sedmica-date">%s, %d. %s %d.</span> <a href="/vaktija/">Vaktija</a> <a href="/kursna-lista/">Kursna lista</a> <a href="/vremenska-prognoza/">Prognoza</a></div></div>'
                '<header class="site-header" id="masthead"><div class="inside-header"><div class="site-logo"><a href="/" rel="home"><img class="header-image" alt="Sedmica.ba" src="/wp-content/uploads/2023/01/sedmica-logo.png"></a></div></div></header>'
                '<nav class="main-navigation" id="site-navigation"><ul id="menu-glavni" class="menu"><li class="menu-item"><a href="/">Početna</a></li><li class="menu-item"><a href="/kategorija/vijesti/bih/">BiH</a></li>'
                '<li class="menu-item"><a href="/kategorija/vijesti/regija/">Regija</a></li><li class="menu-item"><a href="/kategorija/svijet/">Svijet</a></li><li class="menu-item"><a href="/kategorija/biznis/">Biznis</a></li>'
                '<li class="menu-item"><a href="/kategorija/sport/">Sport</a></li><li class="menu-item"><a href="/foto/">Foto</a></li></ul></nav>'
                '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">%s</div></div>'
                '<div class="site-footer"><footer class="site-info"><div class="inside-site-info"><ul class="footer-menu"><li><a href="/impressum/">Impressum</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/marketing/">Marketing</a></li><li><a href="/politika-privatnosti/">Politika privatnosti</a></li></ul>'
                '<div class="copyright-bar">&copy; 2025 Sedmica.ba. Sva prava zadržana. Zabranjeno preuzimanje sadržaja bez pismenog odobrenja redakcije.</div></div></footer></div>'
                '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Upravljanje pristankom za kolačiće</div></div>'
                '<div class="cmplz-body"><div class="cmplz-message"><p>Koristimo kolačiće kako bismo optimizirali našu web stranicu i uslugu.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Prihvati</button><button class="cmplz-btn cmplz-deny">Odbij</button><button class="cmplz-btn cmplz-view-preferences">Postavke</button></div></div></div>'
                '<script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1741234567" id="cmplz-cookiebanner-js"></script></body></html>') % (
            E(title), head, s.url("/feed/"), bodycls, DAN[t.weekday()], t.day, MJ[t.month - 1], t.year, main)

    def sidebar():
        return ('<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget sedmica-popular"><h2 class="widget-title">Najčitanije</h2><ol>%s</ol></aside>'
                '<aside class="widget widget_block"><div class="sedmica-vaktija-widget"><a href="/vaktija/">Vaktija za Sarajevo</a></div></aside></div></div>') % "".join(
            '<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A)

    def article(a):
        url = s.url(a["path"])
        desc = a["paras"][0][:155]
        body = ""
        if a["sig"]:
            body += "<p><strong>%s</strong></p>" % E(a["sig"])
        body += ps(a["paras"][:2])
        body += ('<div class="sedmica-newsletter wp-block-group"><p class="sedmica-nl-title">Newsletter</p><p>%s</p><form class="sedmica-nl-form"><input type="email" placeholder="Vaša e-mail adresa"><button>Prijavi se</button></form></div>') % E(NL)
        body += '<p class="sedmica-procitajte">Pročitajte i: <a href="%s">%s</a></p>' % (A[(A.index(a) + 1) % 4]["path"], E(A[(A.index(a) + 1) % 4]["title"]))
        body += ps(a["paras"][2:])
        if a["foot"]:
            body += "<p><em>%s</em></p>" % E(a["foot"])
        upd = ('<time class="updated" datetime="%s" itemprop="dateModified">%s</time>' % (a["upd"].isoformat(), bd(a["upd"]))) if a["upd"] else ""
        cm = CM.get(a["pid"], [])
        cmt = ('<div class="comments-area" id="comments"><h3 class="comments-title">Komentari (%d)</h3><ol class="comment-list">%s</ol>'
               '<div class="comment-respond" id="respond"><h3 class="comment-reply-title">Ostavite komentar</h3><p class="comment-notes">Vaša email adresa neće biti objavljena.</p><form class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Objavi komentar"></form></div></div>') % (
            len(cm), "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b></div><div class="comment-metadata"><time>%s</time></div></footer><div class="comment-content"><p>%s</p></div></article></li>' % (
                E(n), E(t), E(x)) for n, t, x in cm))
        rel = [o for o in A if o is not a and o["cat"] == a["cat"]] or [o for o in A if o is not a][:2]
        main = ('<div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s %s" itemtype="https://schema.org/CreativeWork" itemscope>'
                '<div class="inside-article"><header class="entry-header"><span class="cat-links"><a href="/kategorija/vijesti/%s/" rel="category tag">%s</a></span><h1 class="entry-title" itemprop="headline">%s</h1>'
                '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time>%s</span> <span class="byline">Objavio: <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/redakcija/" rel="author" itemprop="url"><span class="author-name" itemprop="name">Redakcija</span></a></span></span></div></header>'
                '<div class="featured-image page-header-image-single"><img src="/wp-content/uploads/2025/03/%s.jpg" alt="" class="attachment-full size-full wp-post-image"></div>'
                '<div class="sedmica-share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">Podijeli</a><a class="share-x" href="https://x.com/intent/tweet?url=%s">Objavi</a><a class="share-viber" href="viber://forward?text=%s">Viber</a></div>'
                '<div class="entry-content" itemprop="text">%s</div><footer class="entry-meta" aria-label="Meta podaci objave"><span class="tags-links">Tagovi: %s</span></footer></div></article>'
                '<div class="sedmica-related"><h3 class="sedmica-related-title">Povezano</h3><ul>%s</ul></div>%s</main></div>%s') % (
            a["pid"], a["pid"], a["cat"][0], " ".join("tag-" + t for t, _ in a["tags"]), a["cat"][0], a["cat"][1], E(a["title"]), a["dt"].isoformat(), bd(a["dt"]), upd,
            a["slug"][:30], url, url, url, body, ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (t, E(n)) for t, n in a["tags"]),
            "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (o["path"], E(o["title"]), bd(o["dt"])) for o in rel), cmt, sidebar())
        return shell("%s - %s" % (a["title"], SN), main, yoast(url, a["title"], desc, "WebPage", a), "post-template-default single single-post postid-%d single-format-standard" % a["pid"])

    for a in A:
        s.story(a, article(a))

    K = "sedmica"

    def page(path, title, inner, kind="WebPage", cls="page-template-default page"):
        s.non(path, shell("%s - %s" % (title, SN), '<div class="content-area" id="primary"><main class="site-main" id="main">%s</main></div>%s' % (inner, sidebar()),
                          yoast(s.url(path), title, title, kind), cls))
    items = cards(A, lambda a: bd(a["dt"]))
    home = ('<div class="sedmica-home"><div class="sedmica-hero"><a href="%s"><img src="/wp-content/uploads/2025/03/hero.jpg" alt=""><h2>%s</h2></a></div>%s'
            '<div class="sedmica-home-foto"><h2><a href="/foto/">Foto</a></h2><a href="/foto/sarajevo-pod-snijegom/">Sarajevo pod snijegom</a></div><a class="next page-numbers" href="/page/2/">Starije objave</a></div>') % (
        A[0]["path"], E(A[0]["title"]), list_html(K, "Najnovije", "", items[1:]))
    s.non("/", shell("Sedmica.ba - Vijesti iz BiH i regiona", '<div class="content-area" id="primary"><main class="site-main" id="main">%s</main></div>%s' % (home, sidebar()), yoast(s.url("/"), "Sedmica.ba", "Vijesti iz BiH i regiona", "CollectionPage"), "home blog"))
    page("/kategorija/vijesti/bih/", "BiH Arhivi", list_html(K, "BiH", "Vijesti iz Bosne i Hercegovine.", items[:2]), "CollectionPage", "archive category category-bih")
    page("/tag/tramvaj/", "tramvaj Arhivi", list_html(K, "Tag: tramvaj", "", items[:1]), "CollectionPage", "archive tag tag-tramvaj")
    page("/author/redakcija/", "Redakcija, Autor u Sedmica.ba", list_html(K, "Redakcija", "Objave redakcije portala Sedmica.ba.", items), "ProfilePage", "archive author author-redakcija")
    page("/search/tramvaj/", "Rezultati pretrage za „tramvaj“", search_html(K, "Rezultati pretrage za: tramvaj", "Traži", "tramvaj", items[:1], "Pronađen 1 rezultat."), "SearchResultsPage", "search search-results")
    page("/page/2/", "Stranica 2", list_html(K, "Starije objave", "", items[2:]), "CollectionPage", "home blog paged paged-2")
    t = today(CET)
    vak = [("Zora", "04:46"), ("Izlazak sunca", "06:19"), ("Podne", "12:03"), ("Ikindija", "15:12"), ("Akšam", "17:47"), ("Jacija", "19:13")]
    page("/vaktija/", "Vaktija za Sarajevo", weather_html(K, "Vaktija za Sarajevo", "%s, %d. %s %d." % (DAN[t.weekday()], t.day, MJ[t.month - 1], t.year), ["Namaz", "Vrijeme"], vak,
                                                         "Vremena su izračunata prema takvimu Islamske zajednice u BiH."))
    page("/kursna-lista/", "Kursna lista Centralne banke BiH", rates_html(K, "Kursna lista", "Srednji kurs CBBiH za %d.%d.%d." % (t.day, t.month, t.year), ["Valuta", "Šifra", "Jedinica", "Srednji"],
                                                                          [("EUR", "978", 1, "1,955830"), ("USD", "840", 1, "1,808447"), ("CHF", "756", 1, "2,044512"), ("RSD", "941", 100, "1,670512"), ("HRK", "191", 1, "—")], "Izvor: Centralna banka Bosne i Hercegovine"))
    page("/vremenska-prognoza/", "Vremenska prognoza", weather_html(K, "Vremenska prognoza", "Sarajevo", ["Dan", "Vrijeme", "Min.", "Max."],
                                                                    [(DAN[(t.weekday() + i) % 7], ["oblačno", "slab snijeg", "sunčano", "sunčano", "kiša"][i], "%d°C" % (-3 + i), "%d°C" % (6 + i)) for i in range(5)], "Izvor: Federalni hidrometeorološki zavod"))
    gal = gallery_html(K, "Sarajevo pod snijegom", bd(D(2025, 3, 5, 9, 0, CET)), "Foto: Dženan Kriještorac", ["Baščaršija u rano jutro", "Sebilj pod snijegom", "Tramvaj na Marijin Dvoru", "Trebević iznad grada", "Djeca na sankanju na Koševu"], "sarajevo-snijeg")
    gpath = "/foto/sarajevo-pod-snijegom/"
    gurl = s.url(gpath)
    s.non(gpath, shell("Sarajevo pod snijegom - %s" % SN, ('<div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-48150" class="post-48150 post type-post status-publish format-gallery category-foto hentry">'
                                                         '<div class="inside-article"><header class="entry-header"><h1 class="entry-title">Sarajevo pod snijegom</h1><div class="entry-meta"><time class="entry-date published" datetime="2025-03-05T09:00:00+01:00">5.3.2025.</time></div></header>'
                                                         '<div class="entry-content"><div class="wp-block-gallery has-nested-images columns-3">%s</div></div></div></article></main></div>%s') % (gal, sidebar()),
                       yoast(gurl, "Sarajevo pod snijegom", "Foto: Sarajevo pod snijegom", "WebPage") + '<meta property="article:published_time" content="2025-03-05T08:00:00+00:00">',
                       "post-template-default single single-post postid-48150 single-format-gallery"))
    page("/impressum/", "Impressum", info_html(K, "Impressum", ["Sedmica.ba je informativni portal u vlasništvu kompanije Sedmica d.o.o. Sarajevo, upisan u Registar elektronskih medija."],
                                                 [("Glavna i odgovorna urednica", "Azra Mehmedović"), ("Zamjenik urednice", "Haris Begić"), ("Novinari", "Amra Hodžić, Emir Salihović, Ivana Marić (Zagreb)"), ("Adresa", "Zmaja od Bosne 7, 71000 Sarajevo")]))
    page("/kontakt/", "Kontakt", info_html(K, "Kontakt", ["Imate vijest, fotografiju ili video? Pišite nam na redakcija@sedmica.ba ili nas pozovite na +387 33 555 210.", "Za marketing: marketing@sedmica.ba"]))
    page("/marketing/", "Marketing", info_html(K, "Oglašavanje na Sedmica.ba", ["Sedmica.ba mjesečno posjeti više od 900.000 jedinstvenih korisnika iz BiH i dijaspore.", "Nudimo banner pozicije, sponzorisane članke i newsletter oglase. Cjenovnik šaljemo na upit."]))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["dt"], a["paras"][0]) for a in A], "Vijesti iz BiH i regiona")
    s.sitemap(["/"] + [a["path"] for a in A] + ["/foto/sarajevo-pod-snijegom/", "/impressum/", "/kontakt/"], "/wp-admin/")


# ====================================================================== 3 Slovenian, Drupal 10 (Celje)
def savinjske():
    s = Site(3)
    SN = "Savinjske novice"
    DN = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
    MS = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"]

    def sd(dt):
        return "%d. %d. %d | %d.%02d" % (dt.day, dt.month, dt.year, dt.hour, dt.minute)
    A = [
        dict(nid=20431, sec=("celje", "Celje"), slug="obnova-savinjskega-nabrezja-v-celju-se-bo-zacela-aprila", kicker="Celje", title="Obnova Savinjskega nabrežja v Celju se bo začela aprila",
             dt=D(2025, 3, 12, 14, 5, CET), upd=D(2025, 3, 12, 16, 20, CET), label="Avtorja", people=["Jure Zupan", "Tina Novak"], source=None, photo="Foto: Mestna občina Celje", authors=["Jure Zupan", "Tina Novak"],
             lead="Dela med Splavarjem in Mestnim parkom bodo trajala do konca poletja prihodnje leto.", tag=("savinja", "Savinja"),
             paras=["Mestna občina Celje je izbrala izvajalca za prenovo Savinjskega nabrežja med Splavarjem in Mestnim parkom. Dela se bodo začela aprila in naj bi trajala do konca poletja prihodnje leto.",
                    "Po projektu bodo nabrežje razširili, uredili novo kolesarsko stezo in postavili stopnice do vode. Naložba je ocenjena na 6,4 milijona evrov, približno polovico denarja bo prispevala Evropska unija.",
                    "Ob poplavah avgusta 2023 je Savinja na tem delu prestopila bregove in poplavila več ulic v starem mestnem jedru. Zato bodo hkrati s prenovo zvišali tudi protipoplavni zid.",
                    "Gostinci ob nabrežju se bojijo, da bodo gradbena dela odgnala goste. Na občini zagotavljajo, da bo pešpot ves čas prehodna.",
                    "»Nabrežje bo po prenovi spet prostor, kjer se bodo Celjani družili ob reki,« je povedal župan."]),
        dict(nid=20418, sec=("slovenija", "Slovenija"), slug="vlada-potrdila-nacrt-protipoplavnih-ukrepov-za-savinjsko-dolino", kicker="Poplave", title="Vlada potrdila načrt protipoplavnih ukrepov za Savinjsko dolino",
             dt=D(2025, 3, 11, 17, 30, CET), upd=None, label=None, people=[], source="STA", photo="Foto: STA", authors=[],
             lead="Načrt predvideva tri suhe zadrževalnike in obnovo 40 kilometrov nasipov.", tag=("poplave", "poplave"),
             paras=["Vlada je na današnji seji potrdila načrt protipoplavnih ukrepov za porečje Savinje, ki predvideva gradnjo treh suhih zadrževalnikov in obnovo nasipov na skupni dolžini 40 kilometrov.",
                    "Ukrepi bodo po oceni ministrstva za naravne vire in prostor stali okoli 210 milijonov evrov in bodo izvedeni v naslednjih šestih letih.",
                    "Župani občin v Savinjski dolini so načrt pozdravili, a opozarjajo, da postopki za odkup zemljišč trajajo predolgo. Nekateri kmetje se z umestitvijo zadrževalnikov na njihove njive ne strinjajo.",
                    "Prve gradnje naj bi se začele prihodnje leto v Letušu in Braslovčah."]),
        dict(nid=20377, sec=("savinjska", "Savinjska dolina"), slug="hmeljarji-v-savinjski-dolini-letos-pricakujejo-manjsi-pridelek", kicker="Kmetijstvo", title="Hmeljarji v Savinjski dolini letos pričakujejo manjši pridelek",
             dt=D(2025, 3, 7, 8, 15, CET), upd=None, label="Avtorica", people=["Maja Kovač"], source=None, photo="Foto: Bojan Krajnc", authors=["Maja Kovač"],
             lead="Mila zima in suha jesen pridelovalce skrbita že ob rezi.", tag=("hmelj", "hmelj"),
             paras=["Hmeljarji v Spodnji Savinjski dolini so začeli z rezjo hmelja, a z mislimi so že pri poletju. Zaradi mile zime in suhe jeseni pričakujejo, da bo letošnji pridelek manjši od lanskega.",
                    "Na Inštitutu za hmeljarstvo in pivovarstvo v Žalcu pravijo, da je v tleh premalo vlage in da bo veliko odvisno od padavin v aprilu in maju.",
                    "Cene hmelja na svetovnem trgu so po rekordnih letih padle, zato nekateri pridelovalci zmanjšujejo površine. »Nekoč je bil hmelj zeleno zlato, danes komaj pokrijemo stroške,« pravi hmeljar iz Braslovč.",
                    "V Sloveniji hmelj raste na približno 1600 hektarjih, večina v Savinjski dolini, kar državo uvršča med pet največjih pridelovalk v Evropi."]),
    ]
    for a in A:
        a["path"] = "/novice/%s/%s" % (a["sec"][0], a["slug"])
    NL = "Naročite se na e-novice Savinjskih novic in vsako jutro prejmite pregled dogajanja v regiji."
    CM = {20431: [("celjan_77", "12. 3. 2025 | 18.02", "Upam, da bodo tokrat res naredili tudi zid, ne samo klopi."), ("Mojca K.", "13. 3. 2025 | 7.45", "Končno!")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["nid"], [])[:1]]

    def shell(title, main, head="", cls="path-frontpage"):
        t = today(CET)
        return ('<!DOCTYPE html>\n<html lang="sl" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title>%s<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk3n2b.css"></head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Preskoči na glavno vsebino</a>'
                '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header"><div class="region region-header">'
                '<div class="header-date">%s, %d. %s %d</div><a href="/" rel="home" class="site-logo"><img src="/themes/custom/savinjske/logo.svg" alt="Domov"></a>'
                '<nav role="navigation" aria-labelledby="block-glavnimeni-menu" id="block-glavnimeni"><ul class="menu"><li class="menu-item"><a href="/novice/celje">Celje</a></li><li class="menu-item"><a href="/novice/savinjska">Savinjska dolina</a></li>'
                '<li class="menu-item"><a href="/novice/slovenija">Slovenija</a></li><li class="menu-item"><a href="/sport">Šport</a></li><li class="menu-item"><a href="/osmrtnice">Osmrtnice</a></li><li class="menu-item"><a href="/vreme">Vreme</a></li>'
                '<li class="menu-item"><a href="/horoskop">Horoskop</a></li><li class="menu-item"><a href="/tv-spored">TV spored</a></li></ul></nav><a class="search-link" href="/iskanje">Iskanje</a></div></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">%s</div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav><ul class="menu"><li><a href="/kontakt">Kontakt</a></li><li><a href="/impresum">Impresum</a></li><li><a href="/oglasevanje">Oglaševanje</a></li><li><a href="/piskotki">Piškotki</a></li></ul></nav>'
                '<p>© 2025 Savinjske novice d.o.o., Celje. Vse pravice pridržane.</p></div></footer></div></div>'
                '<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-popup"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">'
                '<div id="popup-text" class="eu-cookie-compliance-message"><h2>Spletna stran uporablja piškotke</h2><p>Z nadaljnjo uporabo strani se strinjate z uporabo piškotkov.</p></div>'
                '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Se strinjam</button><button type="button" class="decline-button">Zavrni</button></div></div></div></div></body></html>') % (
            E(title), head, cls, DN[t.weekday()], t.day, MS[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"], "description": a["lead"], "datePublished": a["dt"].isoformat(),
                                                             "dateModified": (a["upd"] or a["dt"]).isoformat(), "image": {"@type": "ImageObject", "url": s.url("/sites/default/files/2025-03/%d.jpg" % a["nid"])},
                                                             "publisher": {"@type": "Organization", "name": SN, "url": s.url("/")}, "mainEntityOfPage": url}]}
        head = ('<link rel="canonical" href="%s"><link rel="shortlink" href="%s"><meta name="description" content="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:url" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:image" content="%s">%s') % (
            url, s.url("/node/%d" % a["nid"]), E(a["lead"]), SN, url, E(a["title"]), E(a["lead"]), s.url("/sites/default/files/2025-03/%d.jpg" % a["nid"]), jl(ld))
        if a["people"]:
            who = ('<div class="field field--name-field-avtorji field--type-entity-reference field--label-inline"><div class="field__label">%s</div><div class="field__items">%s</div></div>') % (
                a["label"], "".join('<div class="field__item"><a href="/avtorji/%s" hreflang="sl">%s</a></div>' % (p.lower().replace(" ", "-").replace("č", "c"), E(p)) for p in a["people"]))
        else:
            who = '<div class="field field--name-field-vir field--label-inline"><div class="field__label">Vir</div><div class="field__item">%s</div></div>' % a["source"]
        upd = ('<div class="field--name-changed"><span class="label">Posodobljeno:</span> %s</div>' % sd(a["upd"])) if a["upd"] else ""
        cm = CM.get(a["nid"], [])
        others = [o for o in A if o is not a]
        main = ('<div class="region region-content"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Domov</a></li><li><a href="/novice/%s">%s</a></li></ol></nav>'
                '<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full"><div class="node__header">'
                '<div class="field field--name-field-nadnaslov field--type-string">%s</div><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
                '<div class="field field--name-field-povzetek field--type-string-long">%s</div><div class="node__meta">%s<div class="field--name-created">%s</div>%s</div>'
                '<div class="social-share"><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s">Deli</a><a class="share-x" href="https://x.com/share?url=%s">X</a><a class="share-email" href="mailto:?body=%s">E-pošta</a></div></div>'
                '<div class="field field--name-field-slika"><img src="/sites/default/files/2025-03/%d.jpg" alt=""><div class="image-credit">%s</div></div>'
                '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-oznake field--label-above"><div class="field__label">Oznake</div><div class="field__items"><div class="field__item"><a href="/oznake/%s">%s</a></div></div></div></div></article>'
                '<div class="block-enovice"><h2>E-novice</h2><p>%s</p><form><input type="email" placeholder="Vaš e-naslov"><input type="submit" value="Naroči se"></form></div>'
                '<div class="views-element-container block-sorodne"><h2>Sorodne novice</h2><div class="view-content">%s</div></div>%s</div>') % (
            a["sec"][0], a["sec"][1], a["path"], E(a["kicker"]), E(a["title"]), E(a["lead"]), who, sd(a["dt"]), upd, url, url, url, a["nid"], E(a["photo"]),
            ps(a["paras"]), a["tag"][0], a["tag"][1], E(NL), "".join('<div class="views-row"><a href="%s">%s</a> <span>%s</span></div>' % (o["path"], E(o["title"]), sd(o["dt"])) for o in others),
            comments_html("sn", "Komentarji", cm) if cm else "")
        return shell("%s | %s" % (a["title"], SN), main, head, "path-node page-node-type-article")

    for a in A:
        s.story(a, article(a))
    K = "sn"
    items = cards(A, lambda a: sd(a["dt"]))
    t = today(CET)
    tday = "%s, %d. %s %d" % (DN[t.weekday()], t.day, MS[t.month - 1], t.year)
    s.non("/", shell("Savinjske novice | Novice iz Celja in Savinjske doline", list_html(K, "Zadnje novice", "", items) + '<div class="front-boxes"><a href="/galerije/pustni-karneval-v-celju">Galerija: Pustni karneval v Celju</a> <a href="/osmrtnice">Osmrtnice</a></div>',
                     '<meta name="description" content="Novice iz Celja, Savinjske doline in Slovenije."><meta property="og:type" content="website">'))
    s.non("/novice/celje", shell("Celje | %s" % SN, list_html(K, "Celje", "", [items[0]]), "", "path-taxonomy"))
    s.non("/oznake/poplave", shell("poplave | %s" % SN, list_html(K, "poplave", "", [items[1]]), "", "path-taxonomy"))
    s.non("/avtorji/maja-kovac", shell("Maja Kovač | %s" % SN, list_html(K, "Maja Kovač", "Novinarka Savinjskih novic, piše o kmetijstvu in podeželju.", [items[2]]), "", "path-user"))
    s.non("/iskanje", shell("Iskanje | %s" % SN, search_html(K, "Iskanje", "Išči", "hmelj", [items[2]], "Najden je 1 zadetek."), '<meta name="robots" content="noindex">', "path-iskanje"))
    s.non("/vreme", shell("Vreme | %s" % SN, weather_html(K, "Vremenska napoved za Celje", "Celje", ["Dan", "Opis", "Najnižja", "Najvišja"],
                                                             [(DN[(t.weekday() + i) % 7], ["oblačno", "deževno", "sončno", "delno oblačno", "sončno"][i], "%d °C" % (1 + i), "%d °C" % (10 + i)) for i in range(5)], "Vir: ARSO"), "", "path-vreme"))
    s.non("/horoskop", shell("Horoskop | %s" % SN, horo_html(K, "Tedenski horoskop", tday, ["Oven", "Bik", "Dvojčka", "Rak", "Lev", "Devica", "Tehtnica", "Škorpijon", "Strelec", "Kozorog", "Vodnar", "Ribi"],
                                                              ["Ta teden boste imeli veliko energije za nove začetke.", "V službi vas čaka pomemben pogovor, bodite potrpežljivi.", "Partner si želi več vaše pozornosti.",
                                                               "Pazite na zdravje in si vzemite čas za počitek.", "Finančno stanje se bo proti koncu tedna izboljšalo."]), "", "path-horoskop"))
    s.non("/osmrtnice", shell("Osmrtnice | %s" % SN, obits_html(K, "Osmrtnice", "Osmrtnice in zahvale lahko oddate v našem oglasnem oddelku ali po e-pošti.",
                                                                [("Franc Kolar", "1938–2025", "Pogreb dragega moža, očeta in dedka bo v petek ob 14. uri na pokopališču v Žalcu. Žalujoči: vsi njegovi."),
                                                                 ("Marija Jelen", "1945–2025", "Od nje se bomo poslovili v soboto ob 11. uri na mestnem pokopališču v Celju."),
                                                                 ("Anton Golob", "1952–2025", "Žara bo na dan pogreba od 10. ure dalje v mrliški vežici v Braslovčah.")]), "", "path-osmrtnice"))
    s.non("/tv-spored", shell("TV spored | %s" % SN, tv_html(K, "TV spored", tday, [("SLO 1", [("07.00", "Dobro jutro"), ("13.00", "Poročila"), ("19.00", "Dnevnik"), ("20.00", "Film tedna")]),
                                                                                   ("POP TV", [("17.00", "24UR popoldne"), ("19.00", "24UR"), ("20.00", "Kmetija"), ("22.00", "24UR zvečer")])]), "", "path-tv"))
    s.non("/galerije/pustni-karneval-v-celju", shell("Pustni karneval v Celju | %s" % SN, gallery_html(K, "Pustni karneval v Celju", sd(D(2025, 3, 4, 17, 0, CET)), "Foto: Bojan Krajnc",
                                                                                                      ["Kurenti na Krekovem trgu", "Otroci v maskah", "Sprevod po Stanetovi ulici", "Pustna povorka pri Celjskem domu"], "pust-celje"),
                                                                     '<meta property="og:type" content="article">', "path-node page-node-type-galerija"))
    s.non("/kontakt", shell("Kontakt | %s" % SN, info_html(K, "Kontakt", ["Savinjske novice d.o.o., Prešernova ulica 19, 3000 Celje", "Uredništvo: 03 555 40 10, urednistvo@savinjske-novice.si", "Oglasno trženje: 03 555 40 20"]), "", "path-kontakt"))
    s.non("/impresum", shell("Impresum | %s" % SN, info_html(K, "Impresum", ["Savinjske novice so vpisane v razvid medijev pri Ministrstvu za kulturo pod zaporedno številko 1234."],
                                                             [("Odgovorni urednik", "Boštjan Lesjak"), ("Novinarji", "Jure Zupan, Tina Novak, Maja Kovač"), ("Fotograf", "Bojan Krajnc"), ("Izdajatelj", "Savinjske novice d.o.o.")]), "", "path-impresum"))
    s.feed("/rss.xml", SN, [(a["path"], a["title"], a["dt"], a["lead"]) for a in A], "Novice iz Celja in Savinjske doline")


# ====================================================================== 4 Slovak daily running Czech texts (Petit Press-like)
def horizont():
    s = Site(4)
    SN = "Horizont.sk"
    MS = ["jan", "feb", "mar", "apr", "máj", "jún", "júl", "aug", "sep", "okt", "nov", "dec"]
    DN = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]
    MF = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]

    def sd(dt):
        return "%d. %s %d o %d:%02d" % (dt.day, MS[dt.month - 1], dt.year, dt.hour, dt.minute)
    PAY = "Celý článok si môžete prečítať s predplatným Horizont Premium. Predplatné od 1,99 € mesačne, zrušiť ho môžete kedykoľvek."
    A = [
        dict(cid=23501234, sec=("domov", "Domov"), slug="zilina-opravi-most-cez-vah-doprava-bude-rok-obmedzena", title="Žilina opraví most cez Váh, doprava bude rok obmedzená", lang="sk",
             dt=D(2025, 3, 12, 14, 5, CET), by=[("Peter Kováč", "redaktor", "/autor/1234/peter-kovac/")], ld_author=[{"@type": "Person", "name": "Peter Kováč"}], authors=["Peter Kováč"], paid=False, note="",
             perex="Most z roku 1968 je v zlom stave. Autobusy pôjdu počas opravy obchádzkou cez Budatín.",
             paras=["Rekonštrukcia mosta cez Váh na Vranskej ulici v Žiline sa začne v apríli a potrvá približne rok. Mesto o tom informovalo po podpise zmluvy so zhotoviteľom.",
                    "Most z roku 1968 je v zlom technickom stave, statici na ňom našli skorodovanú výstuž aj poškodené ložiská. Oprava bude stáť takmer 9 miliónov eur, väčšinu zaplatí mesto z eurofondov.",
                    "Počas prác bude most prejazdný len v jednom pruhu a autobusy mestskej hromadnej dopravy pôjdu obchádzkou cez Budatín. Vodiči sa musia pripraviť na zdržania najmä v ranných špičkách.",
                    "„Vieme, že to bude pre ľudí náročné, ale odkladať opravu už nie je možné,“ povedal primátor.",
                    "Po rekonštrukcii pribudne na moste aj samostatný chodník pre cyklistov."]),
        dict(cid=23500987, sec=("ekonomika", "Ekonomika"), slug="vlada-schvalila-prispevok-na-kurenie-pre-dochodcov", title="Vláda schválila príspevok na kúrenie pre dôchodcov", lang="sk",
             dt=D(2025, 3, 11, 16, 20, CET), by=[("TASR", "", "")], ld_author=[{"@type": "Organization", "name": "TASR"}], authors=[], paid=False, note="",
             perex="Jednorazový príspevok 150 eur dostane približne 120-tisíc dôchodcov.",
             paras=["Bratislava 11. marca (TASR) – Vláda na utorňajšom rokovaní schválila jednorazový príspevok na kúrenie pre poberateľov dôchodku s príjmom pod hranicou životného minima. Príspevok bude vo výške 150 eur.",
                    "Podľa ministerstva práce by mal príspevok dostať približne 120-tisíc ľudí. Sociálna poisťovňa ho vyplatí automaticky spolu s aprílovým dôchodkom, žiadať oň nebude potrebné.",
                    "Opozícia označila príspevok za nedostatočný. Podľa nej by mala vláda radšej zastropovať ceny tepla pre domácnosti.",
                    "Na príspevok štát vyčlení zo svojho rozpočtu 18 miliónov eur."]),
        dict(cid=23500512, sec=("komentare", "Komentáre"), slug="proc-jsme-se-prestali-cist", title="Proč jsme se přestali číst", lang="cs",
             dt=D(2025, 3, 10, 6, 0, CET), by=[("Tomáš Horák", "český novinár", "/autor/5678/tomas-horak/")], ld_author=[{"@type": "Person", "name": "Tomáš Horák"}], authors=["Tomáš Horák"], paid=True,
             note="Text uverejňujeme v pôvodnom českom znení.", perex="Čeští a slovenští čtenáři si rozumějí, jen se přestali zajímat jeden o druhého.",
             paras=["Když jsem před dvaceti lety studoval v Bratislavě, četli jsme slovenské a české noviny úplně samozřejmě, bez překladu a bez přemýšlení. Dnes mi slovenští studenti říkají, že českým textům rozumějí, ale raději si pustí anglické video.",
                    "Není to jen otázka jazyka. Česká a slovenská veřejná debata se za poslední roky rozešly víc než kdykoli od rozdělení federace a média v obou zemích si toho všímají stále méně.",
                    "Přitom společných témat máme víc než dost: stárnoucí populaci, drahé energie, nedostatek lékařů v regionech i strach z toho, co přijde z východu. Jen o nich mluvíme každý zvlášť."]),
        dict(cid=23500311, sec=("svet", "Svet"), slug="ceska-a-slovenska-vlada-obnovi-spolecna-jednani", title="Česká a slovenská vláda obnoví společná jednání", lang="cs",
             dt=D(2025, 3, 9, 12, 40, CET), by=[("ČTK", "", "")], ld_author=[{"@type": "Organization", "name": "ČTK"}], authors=[], paid=False, note="",
             perex="Vlády se sejdou v dubnu v Trenčíně, poprvé po více než roce.",
             paras=["Praha – Česká a slovenská vláda se po více než roce znovu sejdou ke společnému jednání. Setkání se uskuteční v dubnu v Trenčíně, oznámil v neděli Úřad vlády ČR.",
                    "Hlavními tématy mají být dopravní spojení, energetika a spolupráce při modernizaci železniční trati mezi Brnem a Bratislavou. Obě strany chtějí podepsat také memorandum o společném postupu při čerpání evropských peněz.",
                    "Společná jednání vlád se konala pravidelně od roku 2012. Loni je česká strana přerušila kvůli neshodám v zahraniční politice.",
                    "Podle politologů je obnovení schůzek signálem, že obě vlády chtějí vztahy alespoň částečně normalizovat. (ČTK)"]),
    ]
    for a in A:
        a["path"] = "/c/%d/%s.html" % (a["cid"], a["slug"])
    NL = "Dostávajte najdôležitejšie správy dňa do mailu. Prihláste sa na odber newslettera Horizont Ráno."
    CM = {23501234: [("jozef.m", "12. mar 2025 o 15:12", "Konečne, ten most sa rozpadáva už roky."), ("Lucia", "12. mar 2025 o 16:40", "A kde budú parkovať ľudia z Vranskej?")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["cid"], [])[:1]] + ([PAY] if a["paid"] else [])

    def shell(title, main, head="", cls=""):
        t = today(CET)
        return ('<!DOCTYPE html>\n<html lang="sk"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="https://s.horizont.example/css/main.3f2a1.css"><script>window.pp_gemius_identifier="bQtFa2r8x7";</script>'
                '<script src="https://cdn.tinypass.example/api/tinypass.min.js" async></script></head><body class="%s">'
                '<div id="didomi-host"><div class="didomi-popup-notice"><p class="didomi-notice-text">Vážime si vaše súkromie. My a naši partneri používame súbory cookies na uchovávanie a prístup k informáciám v zariadení.</p>'
                '<button id="didomi-notice-agree-button">Súhlasím</button><button class="didomi-disagree">Nesúhlasím</button><a class="didomi-learn-more">Viac možností</a></div></div>'
                '<header class="hz-header"><div class="hz-topbar"><span class="hz-today">%s %d. %s %d</span> <span class="hz-meniny">Meniny má Gregor</span> <a href="/predplatne/">Predplatné</a> <a href="/prihlasenie/">Prihlásiť</a></div>'
                '<a class="hz-logo" href="/">Horizont</a><nav class="hz-nav"><a href="/domov/">Domov</a><a href="/svet/">Svet</a><a href="/ekonomika/">Ekonomika</a><a href="/komentare/">Komentáre</a><a href="/kultura/">Kultúra</a><a href="/sport/">Šport</a>'
                '<a href="/pocasie/">Počasie</a><a href="/tv-program/">TV program</a><a href="/horoskop/">Horoskop</a><a href="/vyhladavanie/">Hľadať</a></nav></header><div class="hz-main">%s</div>'
                '<footer class="hz-footer"><a href="/kontakt/">Kontakt</a> <a href="/redakcia/">Redakcia</a> <a href="/inzercia/">Inzercia</a> <a href="/smutocne-oznamenia/">Smútočné oznámenia</a> <a href="/kurzovy-listok/">Kurzový lístok</a>'
                '<p>Copyright © 2025 Horizont Media, a. s. Všetky práva vyhradené.</p></footer></body></html>') % (E(title), head, cls, DN[t.weekday()].capitalize(), t.day, MF[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["perex"], "datePublished": a["dt"].isoformat(), "dateModified": a["dt"].isoformat(),
              "author": a["ld_author"], "publisher": {"@type": "Organization", "name": "Horizont", "logo": {"@type": "ImageObject", "url": "https://s.horizont.example/img/logo.png"}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "inLanguage": a["lang"], "isAccessibleForFree": not a["paid"]}
        if a["paid"]:
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".js-paywall"}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:description" content="%s"><meta property="og:site_name" content="Horizont.sk"><meta property="article:section" content="%s"><meta name="author" content="%s">%s') % (
            E(a["perex"]), url, E(a["title"]), url, E(a["perex"]), a["sec"][1], E(", ".join(n for n, _, _ in a["by"])), jl(ld))
        au = "".join(('<div class="article-author"><img class="author-photo" src="/img/autor/%s.jpg" alt=""><a href="%s" class="author-name">%s</a><span class="author-role">%s</span></div>' % (n.split()[-1].lower(), p, E(n), E(r)))
                     if p else '<div class="article-author agency"><span class="author-name">%s</span></div>' % E(n) for n, r, p in a["by"])
        body = ('<p class="article-note"><em>%s</em></p>' % E(a["note"])) if a["note"] else ""
        body += ps(a["paras"][:2]) + '<div class="article-nl-box"><p>%s</p><a href="/newsletter/">Prihlásiť sa</a></div>' % E(NL) + ps(a["paras"][2:])
        if a["paid"]:
            body += ('<div class="js-paywall paywall-box"><h3>Pokračovanie je len pre predplatiteľov</h3><p>%s</p><a class="btn" href="/predplatne/?ref=paywall">Predplatiť</a> <a href="/prihlasenie/">Už mám predplatné</a></div>') % E(PAY)
        cm = CM.get(a["cid"], [])
        others = [o for o in A if o is not a]
        main = ('<article class="article-content" data-article-id="%d"><div class="article-rubric"><a href="/%s/">%s</a></div><h1 class="article-heading">%s</h1><p class="perex">%s</p>'
                '<div class="article-published-wrap">%s<div class="article-published"><time datetime="%s">%s</time></div></div>'
                '<div class="share-box"><a class="share-fb">Zdieľať</a><a class="share-mail">Poslať e-mailom</a><span class="share-count">%d zdieľaní</span></div>'
                '<figure class="article-photo"><img src="/img/c/%d.jpg" alt=""><figcaption>Ilustračná snímka. Foto: %s</figcaption></figure><div class="article-body">%s</div>'
                '<div class="article-tags"><span>Témy:</span> <a href="/t/6123/doprava/">doprava</a></div>'
                '<div class="read-also"><h3>Ďalšie články</h3><ul>%s</ul></div>%s</article>'
                '<aside class="hz-sidebar"><div class="most-read"><h3>Najčítanejšie</h3><ol>%s</ol></div></aside>') % (
            a["cid"], a["sec"][0], a["sec"][1], E(a["title"]), E(a["perex"]), au, a["dt"].isoformat(), sd(a["dt"]), 17 + a["cid"] % 200, a["cid"], "TASR" if a["by"][0][0] == "TASR" else "Horizont/Ján Kráľ",
            body, "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in others), ('<div class="discussion"><h3>Diskusia (%d)</h3>%s<a href="/diskusia/%d/">Zobraziť celú diskusiu</a></div>' % (
                len(cm), "".join('<div class="post"><b>%s</b> <span>%s</span><p>%s</p></div>' % (E(n), E(d), E(x)) for n, d, x in cm), a["cid"])) if cm else "",
            "".join('<li><a href="%s">%s</a> <span>pred %d h</span></li>' % (o["path"], E(o["title"]), i + 1) for i, o in enumerate(A)))
        return shell("%s - %s" % (a["title"], SN), main, head, "article-page")

    for a in A:
        s.story(a, article(a))
    K = "hz"
    items = cards(A, lambda a: sd(a["dt"]))
    t = today(CET)
    tday = "%s %d. %s %d" % (DN[t.weekday()], t.day, MF[t.month - 1], t.year)
    s.non("/", shell("Horizont.sk - správy zo Slovenska a zo sveta", list_html(K, "Hlavné správy", "", items) + '<div class="hp-boxes"><a href="/galeria/23500123/fasiangy-v-ziline/">Fašiangy v Žiline</a> <a href="/video/23500456/most-cez-vah-z-dronu/">Video: Most cez Váh</a></div>',
                     '<meta name="description" content="Aktuálne správy zo Slovenska a zo sveta."><meta property="og:type" content="website">', "home"))
    s.non("/domov/", shell("Domov - správy zo Slovenska - Horizont.sk", list_html(K, "Domov", "Správy zo Slovenska.", [items[0]]), "", "rubric"))
    s.non("/t/6123/doprava/", shell("doprava - téma - Horizont.sk", list_html(K, "Téma: doprava", "", [items[0]]), "", "tag"))
    s.non("/autor/1234/peter-kovac/", shell("Peter Kováč - autor - Horizont.sk", list_html(K, "Peter Kováč", "Redaktor domácej rubriky. Píše o doprave a regiónoch. peter.kovac@horizont.sk", [items[0]]), "", "author"))
    s.non("/vyhladavanie/", shell("Vyhľadávanie - Horizont.sk", search_html(K, "Vyhľadávanie", "Hľadať", "most", [items[0]], "Nájdený 1 článok."), '<meta name="robots" content="noindex, follow">', "search"))
    s.non("/pocasie/", shell("Počasie Žilina - Horizont.sk", weather_html(K, "Počasie", "Žilina", ["Deň", "Počasie", "Min.", "Max."],
                                                                           [(DN[(t.weekday() + i) % 7], ["zamračené", "dážď", "polojasno", "jasno", "prehánky"][i], "%d °C" % (0 + i), "%d °C" % (9 + i)) for i in range(5)], "Zdroj: SHMÚ"), "", "weather"))
    s.non("/tv-program/", shell("TV program - Horizont.sk", tv_html(K, "TV program", tday, [("Jednotka", [("06:00", "Ráno na Slovensku"), ("19:00", "Správy RTVS"), ("20:20", "Film: Čiara")]),
                                                                                       ("Markíza", [("17:55", "Reflex"), ("19:00", "Televízne noviny"), ("20:30", "Oteckovia")]), ("JOJ", [("19:30", "Krimi"), ("20:30", "Inkognito")])]), "", "tv"))
    s.non("/horoskop/", shell("Horoskop na dnes - Horizont.sk", horo_html(K, "Denný horoskop", tday, ["Baran", "Býk", "Blíženci", "Rak", "Lev", "Panna", "Váhy", "Škorpión", "Strelec", "Kozorožec", "Vodnár", "Ryby"],
                                                                           ["Tento týždeň sa vám bude dariť v práci, no nepreceňujte svoje sily.", "Čaká vás príjemné stretnutie so starým priateľom.", "V partnerskom vzťahu bude potrebné viac trpezlivosti.",
                                                                            "Financie si dôkladne strážte, neplánované výdavky sa nevyhnú ani vám.", "Víkend využite na oddych v prírode."]), "", "horoscope"))
    s.non("/kurzovy-listok/", shell("Kurzový lístok NBS - Horizont.sk", rates_html(K, "Kurzový lístok", "Referenčné kurzy ECB a NBS k %d. %d. %d" % (t.day, t.month, t.year), ["Mena", "Kód", "Kurz za 1 EUR"],
                                                                                   [("americký dolár", "USD", "1,0892"), ("česká koruna", "CZK", "25,012"), ("maďarský forint", "HUF", "398,45"), ("poľský zlotý", "PLN", "4,1830")], "Zdroj: Národná banka Slovenska"), "", "rates"))
    s.non("/smutocne-oznamenia/", shell("Smútočné oznámenia - Horizont.sk", obits_html(K, "Smútočné oznámenia", "Smútočné oznámenia a spomienky uverejňujeme v tlačenom vydaní aj online.",
                                                                                        [("Ján Mikuláš", "1941 – 2025", "S hlbokým žiaľom oznamujeme, že nás navždy opustil náš drahý manžel, otec a starý otec. Rozlúčka bude v piatok o 13.00 h v Dome smútku v Žiline."),
                                                                                         ("Anna Hrušková", "1937 – 2025", "Posledná rozlúčka so zosnulou bude v sobotu o 10.30 h v kostole v Budatíne."),
                                                                                         ("Milan Šimko", "1950 – 2025", "Kto ste ho poznali, venujte mu tichú spomienku.")]), "", "obits"))
    s.non("/galeria/23500123/fasiangy-v-ziline/", shell("Fašiangy v Žiline - fotogaléria - Horizont.sk", gallery_html(K, "Fotogaléria: Fašiangy v Žiline", sd(D(2025, 3, 4, 18, 10, CET)), "Foto: Horizont/Ján Kráľ",
                                                                                                                   ["Sprievod masiek na Mariánskom námestí", "Pochovávanie basy", "Deti v maskách", "Fašiangové šišky"], "fasiangy"), '<meta property="og:type" content="article">', "gallery"))
    s.non("/video/23500456/most-cez-vah-z-dronu/", shell("Video: Most cez Váh z dronu - Horizont.sk", video_html(K, "Most cez Váh z dronu", sd(D(2025, 3, 12, 15, 30, CET)), "Pozrite si, v akom stave je most na Vranskej ulici pred rekonštrukciou.", "1:32"),
                                                                '<meta property="og:type" content="video.other">', "video"))
    s.non("/kontakt/", shell("Kontakt - Horizont.sk", info_html(K, "Kontakt", ["Horizont Media, a. s., Panónska cesta 7, 851 04 Bratislava", "Redakcia: redakcia@horizont.sk, +421 2 5555 1111", "Zákaznícke centrum predplatného: predplatne@horizont.sk"]), "", "page"))
    s.sitemap(["/"] + [a["path"] for a in A] + ["/domov/", "/kontakt/"], "/vyhladavanie/")


# ====================================================================== 5 Hungarian county portal (Szolnok)
def tiszai():
    s = Site(5)
    SN = "Tiszai Hírek"
    HO = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
    NAP = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]

    def hd(dt):
        return "%d. %s %d., %02d:%02d" % (dt.year, HO[dt.month - 1], dt.day, dt.hour, dt.minute)
    A = [
        dict(sec=("helyi-kozelet", "Helyi közélet"), slug="felujitjak-a-szolnoki-kozuti-tisza-hidat", title="Felújítják a szolnoki közúti Tisza-hidat", dt=D(2025, 3, 12, 14, 5, CET), upd=None,
             by=["Kovács Péter"], label="Szerző:", authors=["Kovács Péter"], ld=[{"@type": "Person", "name": "Kovács Péter", "url": "/szerzo/kovacs-peter"}],
             lead="Fél évig tartanak a munkák, a hídon csak egy-egy sávon lehet majd közlekedni.",
             paras=["Április elején kezdődik a szolnoki közúti Tisza-híd felújítása, a munkák várhatóan fél évig tartanak – jelentette be a Magyar Közút Jász-Nagykun-Szolnok vármegyei igazgatósága.",
                    "A csaknem hatvanéves hídon kicserélik a dilatációs szerkezeteket, felújítják a szigetelést és az aszfaltburkolatot, valamint megerősítik a korrózió miatt meggyengült korlátokat. A beruházás értéke 2,4 milliárd forint.",
                    "A munkálatok idején a hídon csak egy-egy sávon lehet majd közlekedni, ezért a csúcsidőszakokban jelentős torlódásra kell számítani. A helyi járatú buszok menetrendjét is módosítják.",
                    "„Tudjuk, hogy sokaknak ez kellemetlen lesz, de a híd állapota miatt a felújítást nem lehet tovább halasztani” – mondta lapunknak az igazgatóság szóvivője.",
                    "A kerékpárosok és a gyalogosok a felújítás ideje alatt is használhatják a hidat."]),
        dict(sec=("helyi-kozelet", "Helyi közélet"), slug="arvizvedelmi-fejlesztes-indul-a-tisza-menten", title="Árvízvédelmi fejlesztés indul a Tisza mentén", dt=D(2025, 3, 11, 11, 30, CET), upd=None,
             by=["MTI"], label="Forrás:", authors=[], ld=[{"@type": "Person", "name": "MTI"}],
             lead="Négy településen erősítik meg a gátakat, a munkák 2027 végéig tartanak.",
             paras=["Négy településen erősítik meg a Tisza-töltést a Közép-Tisza-vidéki Vízügyi Igazgatóság most induló programjában – közölte kedden az igazgatóság.",
                    "A fejlesztés összesen 18 kilométernyi gátszakaszt érint Tiszabő, Tiszaroff, Kőtelek és Nagykörű térségében. A munkálatok uniós és hazai forrásból valósulnak meg, költségük meghaladja a 9 milliárd forintot.",
                    "Az igazgatóság szerint a 2000-es árvíz óta ez az egyik legjelentősebb beruházás a térségben. A töltések magasítása mellett új szivárgó paplant és fenntartó utat is építenek.",
                    "A munkák 2027 végéig fejeződnek be. (MTI)"]),
        dict(sec=("egeszseg", "Egészség"), slug="nem-zar-be-a-jaszberenyi-szuleszet", title="Nem zár be a jászberényi szülészet, a kórház cáfolja a híreket", dt=D(2025, 3, 10, 18, 45, CET), upd=D(2025, 3, 11, 8, 20, CET),
             by=["Szabó Gergely", "Tóth Eszter"], label="Szerzők:", authors=["Szabó Gergely", "Tóth Eszter"], ld=[{"@type": "Person", "name": "Szabó Gergely"}, {"@type": "Person", "name": "Tóth Eszter"}],
             lead="Két orvos felmondása után kezdődtek a találgatások, az igazgatóság szerint az osztály marad.",
             paras=["Nem szűnik meg a szülészeti osztály a jászberényi Szent Erzsébet Kórházban, az osztály a jövőben is fogad szülő nőket – közölte a kórház igazgatósága hétfőn, miután a közösségi oldalakon több bejegyzés is a bezárásról szólt.",
                    "A találgatások azután kezdődtek, hogy két szülész-nőgyógyász is felmondott az intézményben. Az igazgatóság szerint az orvoshiányt átmenetileg más kórházakból érkező orvosokkal pótolják, és már folynak a tárgyalások új szakemberek felvételéről.",
                    "A városban élő kismamák közül többen is elmondták lapunknak, hogy a hírek hallatán már azon gondolkodtak, Szolnokon vagy Egerben szülnek. „Nagy megkönnyebbülés, hogy maradhatok itt, ahol az első gyerekemet is szültem” – mondta egyikük.",
                    "Jászberény polgármestere azt írta, a város mindent megtesz az osztály megtartásáért, és lakhatási támogatást ajánl az ide érkező orvosoknak.",
                    "Frissítés: a kórház kedd reggel megerősítette, hogy április 1-jétől új osztályvezető főorvos kezdi meg munkáját."]),
        dict(sec=("kultura", "Kultúra"), slug="szazeves-a-mezoturi-fazekasiskola", title="Százéves a mezőtúri fazekasiskola", dt=D(2025, 3, 7, 9, 0, CET), upd=None,
             by=["Horváth Judit"], label="Szerző:", authors=["Horváth Judit"], ld=[{"@type": "Person", "name": "Horváth Judit"}],
             lead="Egész éves programsorozattal ünnepli a város a magyar fazekasság egyik központjának jubileumát.",
             paras=["Száz éve, 1925 tavaszán indult el az első fazekasképzés Mezőtúron, a város azóta is a magyar fazekasság egyik központja. Az évfordulót egész éves programsorozattal ünneplik.",
                    "A jubileumi év márciusban a Népi Iparművészeti Gyűjteményben nyíló kiállítással kezdődik, amelyen a mezőtúri mesterek elmúlt évszázadának legszebb darabjait mutatják be.",
                    "Ma is nyolc műhely működik a városban, a fiatal fazekasok közül többen a régi mezőtúri mintákat gondolják újra. „A korongozás türelemre tanít, és ez ma talán fontosabb, mint valaha” – mondja egyikük, aki tíz éve tanulta ki a mesterséget.",
                    "Nyáron fazekastábort szerveznek gyerekeknek, ősszel pedig nemzetközi kerámiavásárt tartanak a főtéren."]),
    ]
    for a in A:
        a["path"] = "/%s/2025/03/%s" % (a["sec"][0], a["slug"])
    NL = "Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a vármegye legfontosabb híreit!"
    CM = {"felujitjak-a-szolnoki-kozuti-tisza-hidat": [("szolnoki_lokálpatrióta", "2025. március 12., 15:03", "Pont nyárra időzítik, amikor mindenki a Tiszára menne."), ("Erzsi", "2025. március 12., 16:41", "Végre!")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["slug"], [])[:1]]

    def shell(title, main, head="", cls=""):
        t = today(CET)
        return ('<!DOCTYPE html>\n<html lang="hu"><head><meta charset="utf-8"><base href="/"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="styles.8c1e2f.css"></head><body><app-root ng-version="17.3.12"><app-base class="%s"><app-header><div class="header-top"><span class="header-date">%d. %s %d., %s</span>'
                '<span class="header-nevnap">Névnap: Gergely</span></div><a class="logo" href="/"><img src="assets/images/tiszaihirek-logo.svg" alt="Tiszai Hírek"></a>'
                '<nav class="main-menu"><a href="/helyi-kozelet">Helyi közélet</a><a href="/egeszseg">Egészség</a><a href="/kultura">Kultúra</a><a href="/sport">Sport</a><a href="/gyaszhirek">Gyászhírek</a>'
                '<a href="/idojaras">Időjárás</a><a href="/horoszkop">Horoszkóp</a><a href="/tv-musor">TV-műsor</a><a href="/kereses">Keresés</a></nav></app-header><main>%s</main>'
                '<app-footer><div class="footer-links"><a href="/impresszum">Impresszum</a><a href="/kapcsolat">Kapcsolat</a><a href="/adatvedelem">Adatvédelem</a><a href="/mediaajanlat">Médiaajánlat</a></div>'
                '<p>© 2025 Tiszai Hírek Kiadó Kft. Minden jog fenntartva.</p></app-footer></app-base></app-root>'
                '<div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>Mi és partnereink információkat – például sütiket – tárolunk egy eszközön vagy hozzáférünk az eszközön tárolt információkhoz.</p>'
                '<button mode="primary">ELFOGADOM</button><button mode="secondary">NEM FOGADOM EL</button><button mode="link">TOVÁBBI LEHETŐSÉGEK</button></div></div></body></html>') % (
            E(title), head, cls, t.year, HO[t.month - 1], t.day, NAP[t.weekday()], main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["lead"], "datePublished": a["dt"].isoformat(), "dateModified": (a["upd"] or a["dt"]).isoformat(),
              "author": [dict(p, url=s.url(p["url"])) if "url" in p else p for p in a["ld"]], "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/assets/images/tiszaihirek-logo.png")}},
              "mainEntityOfPage": url, "articleSection": a["sec"][1]}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"><meta property="article:section" content="%s">%s') % (
            E(a["lead"]), url, E(a["title"]), E(a["lead"]), url, SN, a["dt"].isoformat(), a["sec"][1], jl(ld))
        who = ", ".join(('<a class="author-name" href="/szerzo/%s">%s</a>' % ("kovacs-peter" if n == "Kovács Péter" else "x", E(n))) if n == "Kovács Péter" else '<span class="author-name">%s</span>' % E(n) for n in a["by"])
        dates = ('<span class="article-date-updated">Frissítve: %s</span> <span class="article-date-published">Megjelent: %s</span>' % (hd(a["upd"]), hd(a["dt"]))) if a["upd"] else '<span class="article-date-published">%s</span>' % hd(a["dt"])
        cm = CM.get(a["slug"], [])
        others = [o for o in A if o is not a]
        body = ps(a["paras"][:3]) + ('<app-article-recommendation class="in-article-box"><span class="box-title">Ezt is ajánljuk</span><a href="%s">%s</a></app-article-recommendation>' % (others[0]["path"], E(others[0]["title"]))) + ps(a["paras"][3:])
        main = ('<app-article-page><article class="article"><app-article-header><a class="article-column" href="/%s">%s</a><h1 class="article-title">%s</h1><p class="article-lead">%s</p>'
                '<div class="article-meta"><div class="article-author"><span class="author-label">%s</span> %s</div><div class="article-dates">%s</div></div>'
                '<div class="article-share"><a class="fb-share">Megosztás</a><a class="copy-link">Link másolása</a></div></app-article-header>'
                '<figure class="article-thumbnail"><img src="/media/%s.jpg" alt=""><figcaption>Fotó: %s</figcaption></figure>'
                '<div class="article-body block-content">%s</div><div class="article-tags"><a href="/cimke/tisza" class="tag">Tisza</a></div>'
                '<div class="newsletter-box"><h3>Hírlevél</h3><p>%s</p><input type="email" placeholder="E-mail cím"><button>Feliratkozom</button></div>'
                '<section class="article-recommendations"><h2>Kapcsolódó cikkek</h2>%s</section>%s</article></app-article-page>'
                '<aside class="sidebar"><h3>Legolvasottabb</h3><ol>%s</ol></aside>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), E(a["lead"]), a["label"], who, dates, a["slug"][:20], "MTI/Bugány János" if a["by"] == ["MTI"] else "Mészáros János", body, E(NL),
            "".join('<article class="rec-card"><a href="%s"><h3>%s</h3></a><span>%s</span></article>' % (o["path"], E(o["title"]), hd(o["dt"])) for o in others),
            comments_html("th", "Hozzászólások", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s | %s" % (a["title"], SN), main, head, "article-layout")

    for a in A:
        s.story(a, article(a))
    K = "th"
    items = cards(A, lambda a: hd(a["dt"]))
    t = today(CET)
    tday = "%d. %s %d., %s" % (t.year, HO[t.month - 1], t.day, NAP[t.weekday()])
    s.non("/", shell("Tiszai Hírek - Jász-Nagykun-Szolnok vármegyei hírportál", list_html(K, "Friss hírek", "", items) + '<div class="box"><a href="/galeria/2025/03/tavaszvaro-forgatag-szolnokon">Galéria: Tavaszváró forgatag</a></div>',
                     '<meta name="description" content="Jász-Nagykun-Szolnok vármegye hírei."><meta property="og:type" content="website">', "home"))
    s.non("/helyi-kozelet", shell("Helyi közélet | %s" % SN, list_html(K, "Helyi közélet", "", items[:2]), "", "column"))
    s.non("/cimke/tisza", shell("Tisza | %s" % SN, list_html(K, "Tisza", "", items[:2]), "", "tag"))
    s.non("/szerzo/kovacs-peter", shell("Kovács Péter | %s" % SN, list_html(K, "Kovács Péter", "Újságíró, a Tiszai Hírek közéleti rovatának munkatársa.", [items[0]]), "", "author"))
    s.non("/kereses", shell("Keresés | %s" % SN, search_html(K, "Keresés", "Keresés", "híd", [items[0]], "1 találat"), '<meta name="robots" content="noindex">', "search"))
    s.non("/idojaras", shell("Időjárás | %s" % SN, weather_html(K, "Időjárás-előrejelzés", "Szolnok", ["Nap", "Időjárás", "Min.", "Max."],
                                                                 [(NAP[(t.weekday() + i) % 7], ["borult", "eső", "napos", "részben felhős", "napos"][i], "%d °C" % (1 + i), "%d °C" % (12 + i)) for i in range(5)], "Forrás: HungaroMet"), "", "weather"))
    s.non("/horoszkop", shell("Napi horoszkóp | %s" % SN, horo_html(K, "Napi horoszkóp", tday, ["Kos", "Bika", "Ikrek", "Rák", "Oroszlán", "Szűz", "Mérleg", "Skorpió", "Nyilas", "Bak", "Vízöntő", "Halak"],
                                                                     ["A héten sok energiája lesz az új kezdetekhez.", "A munkahelyén fontos beszélgetés vár önre, legyen türelmes.", "Párja több figyelmet szeretne.",
                                                                      "Vigyázzon az egészségére, pihenjen többet.", "A hét végére javul az anyagi helyzete."]), "", "horoscope"))
    s.non("/tv-musor", shell("TV-műsor | %s" % SN, tv_html(K, "TV-műsor", tday, [("M1", [("06:00", "Ma reggel"), ("18:00", "Híradó"), ("19:30", "Az Este")]), ("RTL", [("18:00", "RTL Híradó"), ("19:15", "Fókusz"), ("20:00", "A Nagy Ő")]),
                                                                               ("TV2", [("18:00", "Tények"), ("19:00", "Mintaapák"), ("21:00", "Film: A Tanú")])]), "", "tv"))
    s.non("/gyaszhirek", shell("Gyászhírek | %s" % SN, obits_html(K, "Gyászhírek", "Fájó szívvel tudatjuk mindazokkal, akik ismerték és szerették…",
                                                                   [("Kiss Józsefné (született Nagy Mária)", "1939–2025", "Szeretett halottunkat március 14-én, pénteken 13 órakor kísérjük utolsó útjára a szolnoki Kőrösi úti temetőben."),
                                                                    ("Farkas István", "1946–2025", "Temetése a törökszentmiklósi református temetőben lesz."), ("Balogh Lajosné", "1941–2025", "Gyászolják: lánya, fia és unokái.")]), "", "obits"))
    s.non("/galeria/2025/03/tavaszvaro-forgatag-szolnokon", shell("Tavaszváró forgatag Szolnokon – galéria | %s" % SN, gallery_html(K, "Tavaszváró forgatag Szolnokon", hd(D(2025, 3, 8, 16, 0, CET)), "Fotó: Mészáros János",
                                                                                                                                 ["Kirakodóvásár a Kossuth téren", "Néptáncosok a színpadon", "Kürtőskalács", "Gyerekprogram a Tisza-parton"], "tavaszvaro"),
                                                                        '<meta property="og:type" content="article">', "gallery"))
    s.non("/impresszum", shell("Impresszum | %s" % SN, info_html(K, "Impresszum", ["Kiadja a Tiszai Hírek Kiadó Kft., 5000 Szolnok, Kossuth Lajos út 2."],
                                                                   [("Főszerkesztő", "Papp Zoltán"), ("Főszerkesztő-helyettes", "Szabó Gergely"), ("Újságírók", "Kovács Péter, Tóth Eszter, Horváth Judit"), ("Fotó", "Mészáros János")]), "", "static"))
    s.non("/kapcsolat", shell("Kapcsolat | %s" % SN, info_html(K, "Kapcsolat", ["Szerkesztőség: 5000 Szolnok, Kossuth Lajos út 2. Telefon: +36 56 555 100", "E-mail: szerkesztoseg@tiszaihirek.hu", "Hirdetés: hirdetes@tiszaihirek.hu"]), "", "static"))
    s.feed("/publicapi/hu/rss/tiszaihirek/articles.xml", SN, [(a["path"], a["title"], a["dt"], a["lead"]) for a in A], "Jász-Nagykun-Szolnok vármegyei hírek")
    s.sitemap(["/"] + [a["path"] for a in A], "/kereses")


# ====================================================================== 6 Romanian regional news site (Galați)
def stiriledunarii():
    s = Site(6)
    SN = "Știrile Dunării"
    LU = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]
    ZI = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]

    def rd(dt):
        return "%s, %d %s %d, %02d:%02d" % (ZI[dt.weekday()], dt.day, LU[dt.month - 1], dt.year, dt.hour, dt.minute)

    def rshort(dt):
        return "%02d.%02d.%d %02d:%02d" % (dt.day, dt.month, dt.year, dt.hour, dt.minute)
    A = [
        dict(aid=1234567, sec=("actualitate", "Actualitate"), slug="faleza-dunarii-din-galati-va-fi-modernizata-pana-in-2026", title="Faleza Dunării din Galați va fi modernizată până în 2026",
             dt=D(2025, 3, 12, 14, 5, EET), upd=D(2025, 3, 12, 17, 30, EET), byl='Autor: <a href="/autor/andreea-popescu/">Andreea Popescu</a>', foot="", authors=["Andreea Popescu"],
             paras=["Primăria Galați a semnat contractul pentru modernizarea faleziei inferioare a Dunării, pe o lungime de aproape trei kilometri, între Gara Fluvială și zona Port Bazinul Nou. Lucrările încep în aprilie și ar trebui finalizate până la sfârșitul anului 2026.",
                    "Proiectul, în valoare de 96 de milioane de lei, este finanțat din fonduri europene prin Programul Regional Sud-Est. Vor fi refăcute aleile, iluminatul și locurile de joacă, iar de-a lungul faleziei va fi amenajată o pistă pentru biciclete.",
                    "Localnicii spun că faleza arată de ani buni neîngrijit, cu bănci rupte și pavaj degradat. „Vin aici în fiecare seară cu nepoții, dar trebuie să ai grijă pe unde calci”, spune o gălățeancă de 68 de ani.",
                    "Pe durata lucrărilor, anumite porțiuni ale faleziei vor fi închise pe rând, astfel încât accesul la malul Dunării să nu fie blocat complet.",
                    "Primarul a declarat că, după finalizare, administrarea faleziei va fi preluată de o firmă a municipalității."]),
        dict(aid=1234512, sec=("actualitate", "Actualitate"), slug="cod-galben-de-vant-puternic-in-judetele-din-sud-estul-tarii", title="Cod galben de vânt puternic în județele din sud-estul țării",
             dt=D(2025, 3, 11, 10, 15, EET), upd=None, byl="Autor: Redacția", foot="Sursa: Agerpres", authors=[],
             paras=["Administrația Națională de Meteorologie a emis o avertizare cod galben de vânt puternic pentru județele Galați, Brăila, Tulcea, Constanța și Ialomița, valabilă miercuri între orele 10:00 și 22:00.",
                    "Rafalele vor atinge 55–70 km/h, iar în zonele de câmpie și pe litoral, izolat, 80 km/h. Meteorologii avertizează că vântul poate spulbera zăpada în nordul Dobrogei.",
                    "Inspectoratul pentru Situații de Urgență Galați recomandă șoferilor să evite parcarea mașinilor sub copaci sau lângă panouri publicitare.",
                    "Potrivit ANM, vremea se va îmbunătăți de joi, când temperaturile maxime vor urca până la 14 grade."]),
        dict(aid=1234420, sec=("sanatate", "Sănătate"), slug="spitalul-judetean-galati-a-primit-un-angiograf-nou", title="Spitalul Județean Galați a primit un angiograf nou",
             dt=D(2025, 3, 10, 16, 30, EET), upd=None, byl='de <a href="/autor/mihai-ionescu/">Mihai Ionescu</a> și <a href="/autor/elena-dumitru/">Elena Dumitru</a>', foot="", authors=["Mihai Ionescu", "Elena Dumitru"],
             paras=["Spitalul Clinic Județean de Urgență Galați are de luni un angiograf nou, cu care medicii pot trata infarctul și accidentul vascular cerebral fără intervenție chirurgicală deschisă.",
                    "Aparatul a costat 7,5 milioane de lei și a fost cumpărat din fonduri ale Consiliului Județean. Până acum, pacienții din Galați cu astfel de urgențe erau transferați la Iași sau București.",
                    "„Pentru un pacient cu accident vascular, fiecare oră contează. Acum putem interveni aici, în Galați”, a explicat medicul-șef al secției de cardiologie.",
                    "Spitalul caută acum doi medici specialiști în radiologie intervențională pentru a putea asigura gărzi permanente."]),
    ]
    for a in A:
        a["path"] = "/%s/%s-%d.html" % (a["sec"][0], a["slug"], a["aid"])
    NL = "Abonează-te la newsletterul Știrile Dunării și primești în fiecare dimineață cele mai importante știri din Galați și Brăila."
    CM = {1234567: [("gigi_gl", "12.03.2025 15:20", "Au mai promis asta și acum zece ani."), ("Maria T.", "12.03.2025 18:02", "Măcar să pună bănci noi, că nu ai unde să stai.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["aid"], [])[:1]]

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="ro"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="alternate" type="application/rss+xml" title="Știrile Dunării" href="/rss.xml"><link rel="stylesheet" href="/assets/css/app.css?v=318"></head><body class="%s">'
                '<div class="topbar"><span class="data-azi">%s, %d %s %d</span><span class="curs-widget"><a href="/curs-valutar/">EUR 4,9771</a></span><span class="vremea-widget"><a href="/vremea/">Galați 8°C</a></span></div>'
                '<header class="site-header"><a class="logo" href="/"><img src="/assets/img/logo-stiriledunarii.svg" alt="Știrile Dunării"></a><nav class="menu"><a href="/actualitate/">Actualitate</a><a href="/sanatate/">Sănătate</a>'
                '<a href="/economie/">Economie</a><a href="/sport/">Sport</a><a href="/video/">Video</a><a href="/horoscop/">Horoscop</a><a href="/program-tv/">Program TV</a><a href="/cautare/">Caută</a></nav></header>'
                '<div class="container">%s</div><footer class="site-footer"><ul><li><a href="/caseta-redactionala/">Caseta redacțională</a></li><li><a href="/contact/">Contact</a></li><li><a href="/publicitate/">Publicitate</a></li>'
                '<li><a href="/politica-de-confidentialitate/">Politica de confidențialitate</a></li><li><a href="https://anpc.ro/">ANPC</a></li></ul><p>© 2025 Știrile Dunării. Toate drepturile rezervate. Reproducerea materialelor este permisă doar cu citarea sursei și link activ.</p></footer>'
                '<div id="gdpr-consent" class="gdpr-banner"><p>Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor.</p><button class="gdpr-accept">Sunt de acord</button><a href="/politica-de-confidentialitate/">Detalii</a></div></body></html>') % (
            E(title), head, cls, ZI[t.weekday()], t.day, LU[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"], "image": [s.url("/uploads/2025/03/%d.jpg" % a["aid"])],
              "datePublished": a["dt"].isoformat(), "dateModified": (a["upd"] or a["dt"]).isoformat(), "author": {"@type": "Organization", "name": SN, "url": s.url("/")},
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/assets/img/logo.png")}}}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="%s"><meta property="og:image" content="%s"><meta name="twitter:card" content="summary_large_image">%s') % (
            E(a["paras"][0][:160]), url, E(a["title"]), url, SN, s.url("/uploads/2025/03/%d.jpg" % a["aid"]), jl(ld))
        cm = CM.get(a["aid"], [])
        others = [o for o in A if o is not a]
        body = ps(a["paras"][:2]) + '<div class="citeste-si"><strong>Citește și:</strong> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        if a["foot"]:
            body += '<p class="sursa"><em>%s</em></p>' % E(a["foot"])
        upd = (' <span class="actualizat">Actualizat: %s</span>' % rd(a["upd"])) if a["upd"] else ""
        main = ('<div class="row"><div class="col-main"><article class="article" id="articol-%d"><div class="breadcrumbs"><a href="/">Acasă</a> / <a href="/%s/">%s</a></div><h1 class="article-title">%s</h1>'
                '<div class="article-meta"><span class="article-author">%s</span> <span class="article-date"><time datetime="%s">Publicat: %s</time></span>%s</div>'
                '<div class="share-buttons"><a class="fb">Distribuie</a><a class="wa">WhatsApp</a><span class="views">%d vizualizări</span></div>'
                '<figure class="article-image"><img src="/uploads/2025/03/%d.jpg" alt=""><figcaption>Foto: %s</figcaption></figure><div class="article-content">%s</div>'
                '<div class="article-tags">Etichete: <a href="/tag/dunare/">Dunăre</a> <a href="/tag/galati/">Galați</a></div>'
                '<div class="newsletter-inline"><p>%s</p><form><input type="email" placeholder="Adresa de e-mail"><button>Mă abonez</button></form></div>'
                '<div class="google-news-follow"><a href="https://news.google.com/">Urmărește Știrile Dunării pe Google News</a></div>'
                '<section class="related"><h3>Știri similare</h3>%s</section>%s</article></div>'
                '<aside class="col-side"><h3>Cele mai citite</h3><ol>%s</ol></aside></div>') % (
            a["aid"], a["sec"][0], a["sec"][1], E(a["title"]), a["byl"], a["dt"].isoformat(), rd(a["dt"]), upd, 800 + a["aid"] % 5000, a["aid"], "Agerpres" if a["foot"] else "Știrile Dunării",
            body, E(NL), "".join('<div class="related-item"><a href="%s">%s</a> <span>%s</span></div>' % (o["path"], E(o["title"]), rshort(o["dt"])) for o in others),
            comments_html("sd", "Comentarii", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s - %s" % (a["title"], SN), main, head, "page-article")

    for a in A:
        s.story(a, article(a))
    K = "sd"
    items = cards(A, lambda a: rshort(a["dt"]))
    t = today(EET)
    tday = "%s, %d %s %d" % (ZI[t.weekday()], t.day, LU[t.month - 1], t.year)
    s.non("/", shell("Știrile Dunării - Știri din Galați și Brăila", list_html(K, "Ultimele știri", "", items) + '<div class="home-media"><a href="/galerie-foto/martisor-la-galati-1234300.html">Galerie foto: Târgul de Mărțișor</a> <a href="/video/faleza-dunarii-vazuta-din-drona-1234590.html">VIDEO Faleza din dronă</a></div>',
                     '<meta name="description" content="Știri din Galați, Brăila și sud-estul României."><meta property="og:type" content="website">', "home"))
    s.non("/actualitate/", shell("Actualitate - %s" % SN, list_html(K, "Actualitate", "", items[:2]), "", "category"))
    s.non("/tag/dunare/", shell("Dunăre - %s" % SN, list_html(K, "Dunăre", "", items), "", "tag"))
    s.non("/autor/andreea-popescu/", shell("Andreea Popescu - %s" % SN, list_html(K, "Andreea Popescu", "Jurnalistă la Știrile Dunării din 2018. Scrie despre administrație locală și infrastructură.", [items[0]]), "", "author"))
    s.non("/cautare/", shell("Căutare - %s" % SN, search_html(K, "Rezultate căutare", "Caută", "faleza", [items[0]], "1 rezultat găsit"), '<meta name="robots" content="noindex">', "search"))
    s.non("/vremea/", shell("Vremea în Galați - %s" % SN, weather_html(K, "Prognoza meteo", "Galați", ["Ziua", "Vremea", "Min.", "Max."],
                                                                         [(ZI[(t.weekday() + i) % 7], ["înnorat", "vânt puternic", "însorit", "ploaie", "parțial noros"][i], "%d°C" % (2 + i), "%d°C" % (10 + i)) for i in range(5)], "Sursa: ANM"), "", "weather"))
    s.non("/horoscop/", shell("Horoscop - %s" % SN, horo_html(K, "Horoscopul zilei", tday, ["Berbec", "Taur", "Gemeni", "Rac", "Leu", "Fecioară", "Balanță", "Scorpion", "Săgetător", "Capricorn", "Vărsător", "Pești"],
                                                                ["Săptămâna aceasta aveți multă energie pentru începuturi noi.", "La serviciu vă așteaptă o discuție importantă, fiți răbdători.", "Partenerul își dorește mai multă atenție din partea voastră.",
                                                                 "Aveți grijă de sănătate și odihniți-vă mai mult.", "Spre finalul săptămânii, situația financiară se îmbunătățește."]), "", "horoscope"))
    s.non("/program-tv/", shell("Program TV - %s" % SN, tv_html(K, "Program TV", tday, [("TVR 1", [("07:00", "Telejurnal matinal"), ("20:00", "Telejurnal"), ("21:10", "Film: Moromeții")]),
                                                                                      ("PRO TV", [("19:00", "Știrile Pro TV"), ("20:30", "Las Fierbinți")]), ("Antena 1", [("19:00", "Observator"), ("20:00", "Chefi la cuțite")])]), "", "tv"))
    s.non("/curs-valutar/", shell("Curs valutar BNR - %s" % SN, rates_html(K, "Curs valutar BNR", "Cursul oficial BNR pentru %02d.%02d.%d" % (t.day, t.month, t.year), ["Moneda", "Simbol", "Curs (lei)"],
                                                                               [("Euro", "EUR", "4,9771"), ("Dolar american", "USD", "4,5903"), ("Liră sterlină", "GBP", "5,9420"), ("Franc elvețian", "CHF", "5,2012")], "Sursa: Banca Națională a României"), "", "rates"))
    s.non("/galerie-foto/martisor-la-galati-1234300.html", shell("Galerie foto: Târgul de Mărțișor de la Galați - %s" % SN, gallery_html(K, "Târgul de Mărțișor de la Galați", rd(D(2025, 3, 1, 12, 0, EET)), "Foto: Cristian Matei",
                                                                                                                                      ["Standuri pe strada Domnească", "Mărțișoare lucrate manual", "Copii la atelierul de creație", "Flori de primăvară"], "martisor"),
                                                                          '<meta property="og:type" content="article">', "gallery"))
    s.non("/video/faleza-dunarii-vazuta-din-drona-1234590.html", shell("VIDEO Faleza Dunării văzută din dronă - %s" % SN, video_html(K, "Faleza Dunării văzută din dronă", rd(D(2025, 3, 12, 18, 0, EET)), "Imagini aeriene cu faleza inferioară, înainte de începerea lucrărilor.", "2:05"),
                                                                              '<meta property="og:type" content="video.other">', "video"))
    s.non("/caseta-redactionala/", shell("Caseta redacțională - %s" % SN, info_html(K, "Caseta redacțională", ["Știrile Dunării este editat de Dunărea Media SRL, Galați."],
                                                                                        [("Director", "Cătălin Stan"), ("Redactor-șef", "Ioana Marinescu"), ("Redactori", "Andreea Popescu, Mihai Ionescu, Elena Dumitru"), ("Foto", "Cristian Matei")]), "", "page"))
    s.non("/contact/", shell("Contact - %s" % SN, info_html(K, "Contact", ["Adresa redacției: Str. Brăilei nr. 45, Galați.", "Telefon: 0236 555 123. E-mail: redactia@stiriledunarii.ro", "Pentru publicitate: publicitate@stiriledunarii.ro"]), "", "page"))
    s.feed("/rss.xml", SN, [(a["path"], a["title"], a["dt"], a["paras"][0]) for a in A], "Știri din Galați și Brăila")


# ====================================================================== 7 Bulgarian regional paper (Ruse)
def kurier():
    s = Site(7)
    SN = "Дунавски куриер"
    ME = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"]
    DE = ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"]

    def bd(dt):
        return "%d %s %d, %02d:%02d" % (dt.day, ME[dt.month - 1], dt.year, dt.hour, dt.minute)
    A = [
        dict(nid=5012345, sec=("ruse", "Русе"), slug="ruse-poluchava-20-novi-elektrobusa", title="Русе получава 20 нови електробуса за градския транспорт", dt=D(2025, 3, 12, 14, 5, EET),
             sub="Новите автобуси ще обслужват линиите към Дружба, Възраждане и Средна кула.", who='Автор: <a href="/author/mariya-petrova/">Мария Петрова</a>', authors=["Мария Петрова"], photo="Снимка: Община Русе",
             paras=["Двадесет нови електробуса ще се движат по улиците на Русе до края на годината, съобщиха от общината след подписването на договора с доставчика. Проектът е на стойност 38 милиона лева и се финансира по Плана за възстановяване и устойчивост.",
                    "Новите автобуси ще обслужват линиите към кварталите Дружба, Възраждане и Средна кула, където сега се движат превозни средства на повече от двадесет години.",
                    "Заедно с електробусите ще бъдат изградени и две зарядни станции в депото на градския транспорт. Общината планира да обнови и спирките по основните линии.",
                    "„Това е най-голямото обновяване на градския транспорт в Русе от десетилетия“, заяви кметът на брифинг в сряда.",
                    "Първите електробуси се очаква да пристигнат през септември."]),
        dict(nid=5012298, sec=("ruse", "Русе"), slug="nivoto-na-dunav-pri-ruse-padna-pod-100-santimetra", title="Нивото на Дунав при Русе падна под 100 сантиметра", dt=D(2025, 3, 11, 11, 20, EET),
             sub="Корабите трябва да намалят товара си заради ниските води.", who="Източник: БТА", authors=[], photo="Снимка: БТА",
             paras=["Русе, 11 март (БТА). Нивото на река Дунав при Русе спадна до 96 сантиметра, съобщиха от Изпълнителна агенция „Проучване и поддържане на река Дунав“. Това е най-ниската стойност за месец март от 2022 година насам.",
                    "Заради ниските води корабите, които плават по реката, трябва да намалят товара си. От агенцията съветват капитаните да следят ежедневно бюлетина за критичните участъци.",
                    "Най-трудно е преминаването при остров Белене и при Батин, където дълбочината на фарватера на места е под два метра.",
                    "Хидролозите очакват нивото да се покачи в края на месеца, когато започне топенето на снеговете в Алпите и Карпатите."]),
        dict(nid=5012201, sec=("obshtestvo", "Общество"), slug="obshtina-ruse-obyavi-konkurs-za-obnovyavane-na-krajbrezhnata-aleya", title="Община Русе обяви конкурс за обновяване на крайбрежната алея", dt=D(2025, 3, 10, 17, 45, EET),
             sub="Наградният фонд е 60 000 лева, предложения се приемат до края на май.", who='<a href="/author/georgi-ivanov/">Георги Иванов</a>', authors=["Георги Иванов"], photo="Снимка: Стоян Николов",
             paras=["Община Русе обяви архитектурен конкурс за обновяването на крайбрежната алея в участъка между Пристанището и Дунавския парк. Предложения могат да се подават до края на май.",
                    "Участниците трябва да предложат решение за пешеходна и велосипедна зона, места за отдих и достъп до водата. Наградният фонд е 60 000 лева, а победителят ще получи договор за работен проект.",
                    "Архитекти от Русе приветстват конкурса, но настояват журито да включва и представители на гражданите. „Крайбрежието е лицето на града и хората трябва да имат думата“, казва председателят на местната архитектурна колегия.",
                    "Общината очаква строителството да започне през 2026 година."]),
    ]
    for a in A:
        a["path"] = "/news/%s/2025/%02d/%02d/%d-%s" % (a["sec"][0], a["dt"].month, a["dt"].day, a["nid"], a["slug"])
    NL = "Абонирайте се за бюлетина на Дунавски куриер и получавайте най-важните новини от Русе всяка сутрин."
    CM = {5012345: [("русенец", "12 март 2025, 15:47", "Дано този път да стигнат и до Родина."), ("Пешо", "12 март 2025, 19:10", "А шофьори откъде ще намерят?")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["nid"], [])[:1]]

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="bg"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/static/css/site.min.css?v=94"></head>'
                '<body class="%s"><div class="cookies-notice" id="cookies"><p>Този сайт използва бисквитки (cookies). Продължавайки да го използвате, вие се съгласявате с употребата им.</p><a href="/privacy/">Научете повече</a><button>Разбрах</button></div>'
                '<header class="header"><div class="header-top"><span class="date-today">%s, %d %s %d г.</span> <a href="/vremeto/">Русе 7°C</a> <a href="/valutni-kursove/">Валутни курсове</a></div>'
                '<a class="logo" href="/">Дунавски куриер</a><nav class="nav"><a href="/ruse/">Русе</a><a href="/obshtestvo/">Общество</a><a href="/ikonomika/">Икономика</a><a href="/sport/">Спорт</a><a href="/kultura/">Култура</a>'
                '<a href="/nekrolozi/">Некролози</a><a href="/horoskop/">Хороскоп</a><a href="/tv-programa/">ТВ програма</a><a href="/search/">Търсене</a></nav></header><div class="wrapper">%s</div>'
                '<footer class="footer"><a href="/kontakti/">Контакти</a> <a href="/reklama/">Реклама</a> <a href="/privacy/">Поверителност</a><p>© 2025 Дунавски куриер. Всички права запазени. Използването на материали без разрешение е забранено.</p></footer></body></html>') % (
            E(title), head, cls, DE[t.weekday()], t.day, ME[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="Дунавски куриер"><meta property="og:image" content="%s">') % (
            E(a["sub"]), url, E(a["title"]), E(a["sub"]), url, s.url("/media/%d.jpg" % a["nid"]))
        cm = CM.get(a["nid"], [])
        others = [o for o in A if o is not a]
        body = ps(a["paras"][:2]) + '<div class="inline-related">Прочетете още: <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        main = ('<div class="main-col"><article class="article-wrapper" data-id="%d"><div class="article-header"><a class="rubric" href="/%s/">%s</a><h1 itemprop="headline">%s</h1><p class="subtitle">%s</p>'
                '<div class="article-info"><span class="date">%s</span> <span class="author">%s</span> <span class="views">%d прочитания</span></div></div>'
                '<div class="share"><a class="fb">Сподели</a><a class="viber">Viber</a></div><figure class="main-photo"><img src="/media/%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="article-text">%s</div><div class="tags">Етикети: <a href="/tag/dunav/">Дунав</a> <a href="/tag/ruse/">Русе</a></div>'
                '<div class="newsletter"><p>%s</p><form><input type="email" placeholder="Имейл"><button>Абонирай ме</button></form></div>'
                '<div class="more-news"><h3>Още от рубриката</h3><ul>%s</ul></div>%s</article></div>'
                '<aside class="side-col"><div class="most-read"><h3>Най-четени</h3><ol>%s</ol></div></aside>') % (
            a["nid"], a["sec"][0], a["sec"][1], E(a["title"]), E(a["sub"]), bd(a["dt"]), a["who"], 300 + a["nid"] % 3000, a["nid"], E(a["photo"]), body, E(NL),
            "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (o["path"], E(o["title"]), bd(o["dt"])) for o in others),
            comments_html("dk", "Коментари", cm) if cm else "", "".join('<li><a href="%s">%s</a> <span>преди %d часа</span></li>' % (o["path"], E(o["title"]), i + 2) for i, o in enumerate(A)))
        return shell("%s - %s" % (a["title"], SN), main, head, "article")

    for a in A:
        s.story(a, article(a))
    K = "dk"
    items = cards(A, lambda a: bd(a["dt"]))
    t = today(EET)
    tday = "%s, %d %s %d" % (DE[t.weekday()], t.day, ME[t.month - 1], t.year)
    s.non("/", shell("Дунавски куриер - новини от Русе", list_html(K, "Последни новини", "", items) + '<div class="home-gallery"><a href="/galeria/baba-marta-v-ruse/">Галерия: Баба Марта в Русе</a></div>',
                     '<meta name="description" content="Новини от Русе и Северна България."><meta property="og:type" content="website">', "home"))
    s.non("/ruse/", shell("Русе - Дунавски куриер", list_html(K, "Русе", "Новини от Русе и областта.", items[:2]), "", "rubric"))
    s.non("/tag/dunav/", shell("Дунав - Дунавски куриер", list_html(K, "Етикет: Дунав", "", items), "", "tag"))
    s.non("/author/mariya-petrova/", shell("Мария Петрова - Дунавски куриер", list_html(K, "Мария Петрова", "Журналист в „Дунавски куриер“ от 2015 г. Пише за градската среда и транспорта.", [items[0]]), "", "author"))
    s.non("/search/", shell("Търсене - Дунавски куриер", search_html(K, "Търсене", "Търси", "Дунав", items[:2], "Намерени са 2 резултата."), '<meta name="robots" content="noindex">', "search"))
    s.non("/vremeto/", shell("Времето в Русе - Дунавски куриер", weather_html(K, "Прогноза за времето", "Русе", ["Ден", "Време", "Мин.", "Макс."],
                                                                               [(DE[(t.weekday() + i) % 7], ["облачно", "слаб дъжд", "слънчево", "слънчево", "разкъсана облачност"][i], "%d°" % (1 + i), "%d°" % (11 + i)) for i in range(5)], "Източник: НИМХ"), "", "weather"))
    s.non("/horoskop/", shell("Хороскоп - Дунавски куриер", horo_html(K, "Дневен хороскоп", tday, ["Овен", "Телец", "Близнаци", "Рак", "Лъв", "Дева", "Везни", "Скорпион", "Стрелец", "Козирог", "Водолей", "Риби"],
                                                                      ["Тази седмица ще имате много енергия за нови начинания.", "В работата ви очаква важен разговор, бъдете търпеливи.", "Партньорът ви иска повече внимание.",
                                                                       "Пазете здравето си и почивайте повече.", "Към края на седмицата финансовото ви положение ще се подобри."]), "", "horoscope"))
    s.non("/tv-programa/", shell("ТВ програма - Дунавски куриер", tv_html(K, "ТВ програма", tday, [("БНТ 1", [("07:00", "Денят започва"), ("20:00", "По света и у нас"), ("21:00", "Игрален филм")]),
                                                                                                 ("bTV", [("19:00", "bTV Новините"), ("20:00", "Шоуто на Слави")]), ("Нова", [("19:00", "Новините на NOVA"), ("20:00", "Черешката на тортата")])]), "", "tv"))
    s.non("/nekrolozi/", shell("Некролози - Дунавски куриер", obits_html(K, "Некролози", "Некролози и възпоменания се приемат в редакцията всеки работен ден.",
                                                                         [("Иван Стоянов Петков", "1940 – 2025", "Поклонението ще се състои на 13 март от 12:00 часа в ритуалната зала на Централните гробища в Русе. Поклон пред светлата ти памет!"),
                                                                          ("Стефка Димитрова Колева", "1944 – 2025", "Тъжна вест. Почина нашата скъпа майка и баба. Опелото ще бъде в църквата „Свето Възнесение Господне“."),
                                                                          ("Петър Николов Ганев", "1953 – 2025", "Шест месеца без теб. Липсваш ни!")]), "", "obits"))
    s.non("/valutni-kursove/", shell("Валутни курсове - Дунавски куриер", rates_html(K, "Валутни курсове", "Курсове на БНБ за %02d.%02d.%d" % (t.day, t.month, t.year), ["Валута", "Код", "Курс (лв.)"],
                                                                                     [("Евро", "EUR", "1,95583"), ("Щатски долар", "USD", "1,79862"), ("Британска лира", "GBP", "2,33012"), ("Швейцарски франк", "CHF", "2,05211")], "Източник: Българска народна банка"), "", "rates"))
    s.non("/galeria/baba-marta-v-ruse/", shell("Галерия: Баба Марта в Русе - Дунавски куриер", gallery_html(K, "Баба Марта в Русе", bd(D(2025, 3, 1, 11, 0, EET)), "Снимки: Стоян Николов",
                                                                                                          ["Мартеници на площад „Свобода“", "Деца от детска градина „Слънце“", "Баба Марта раздава мартеници", "Базар пред Доходното здание"], "baba-marta"),
                                                             '<meta property="og:type" content="article">', "gallery"))
    s.non("/kontakti/", shell("Контакти - Дунавски куриер", info_html(K, "Контакти", ["Редакция „Дунавски куриер“, ул. „Александровска“ 45, 7000 Русе.", "Телефон: 082 555 321, имейл: redakcia@dunavski-kurier.bg"],
                                                                      [("Главен редактор", "Светлана Маринова"), ("Журналисти", "Мария Петрова, Георги Иванов"), ("Фотограф", "Стоян Николов")]), "", "page"))
    s.sitemap(["/"] + [a["path"] for a in A] + ["/ruse/", "/kontakti/"], "/search/")


# ====================================================================== 8 Greek regional site, WordPress + JNews + Yoast (Ioannina)
def ipeiros():
    s = Site(8)
    SN = "Ήπειρος Σήμερα"
    MG = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
    ME = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]

    def gd(dt):
        return "%d %s %d, %02d:%02d" % (dt.day, MG[dt.month - 1], dt.year, dt.hour, dt.minute)
    A = [
        dict(pid=123456, sec=("ioannina", "Ιωάννινα"), slug="xekina-i-anaplasi-tis-paralimnias-zonis", title="Ξεκινά η ανάπλαση της παραλίμνιας ζώνης στα Ιωάννινα",
             dt=D(2025, 3, 12, 0, 40, EET), upd=D(2025, 3, 12, 10, 15, EET), label="Συντάκτης:", by=["Νίκος Παππάς"], wp=("Νίκος Παππάς", "nikos-pappas"), foot="", authors=["Νίκος Παππάς"],
             paras=["Ξεκινούν τον Απρίλιο οι εργασίες ανάπλασης της παραλίμνιας ζώνης των Ιωαννίνων, από το Μόλο έως την περιοχή του Ανάργυρου, σύμφωνα με ανακοίνωση του Δήμου.",
                    "Το έργο, προϋπολογισμού 8,2 εκατομμυρίων ευρώ, χρηματοδοτείται από το Πρόγραμμα Ήπειρος 2021–2027 και περιλαμβάνει νέους πεζόδρομους, ποδηλατόδρομο, φωτισμό και χώρους πρασίνου κατά μήκος της λίμνης Παμβώτιδας.",
                    "Οι εργασίες θα γίνουν τμηματικά, ώστε να μην κλείσει ταυτόχρονα όλη η παραλίμνια. Οι επαγγελματίες της περιοχής ζητούν να μην επηρεαστεί η τουριστική περίοδος.",
                    "«Η λίμνη είναι το μεγαλύτερο προσόν της πόλης και πρέπει να την αναδείξουμε», δήλωσε ο δήμαρχος κατά την παρουσίαση της μελέτης.",
                    "Η ολοκλήρωση του έργου προβλέπεται για το τέλος του 2026."]),
        dict(pid=123431, sec=("ipeiros", "Ήπειρος"), slug="se-epifylaki-i-politiki-prostasia-gia-tis-xionoptoseis", title="Σε επιφυλακή η Πολιτική Προστασία για τις χιονοπτώσεις στην Ήπειρο",
             dt=D(2025, 3, 11, 13, 20, EET), upd=None, label="Συντάκτης:", by=["Newsroom"], wp=("Newsroom", "newsroom"), foot="Πηγή: ΑΠΕ-ΜΠΕ", authors=[],
             paras=["Σε κατάσταση επιφυλακής τέθηκαν οι υπηρεσίες Πολιτικής Προστασίας της Περιφέρειας Ηπείρου, ενόψει των χιονοπτώσεων που προβλέπονται από την Τετάρτη στα ορεινά της περιοχής.",
                    "Σύμφωνα με την ΕΜΥ, χιόνια αναμένονται σε υψόμετρο πάνω από 800 μέτρα, κυρίως στα Ζαγόρια, στο Μέτσοβο και στα ορεινά της Θεσπρωτίας.",
                    "Η Περιφέρεια έχει διαθέσει εκχιονιστικά μηχανήματα και αλάτι στους κεντρικούς άξονες, ενώ συνιστά στους οδηγούς να κινούνται με αντιολισθητικές αλυσίδες.",
                    "Η κυκλοφορία στην Εγνατία Οδό διεξάγεται κανονικά, αλλά ενδέχεται να επιβληθούν περιορισμοί για τα φορτηγά."]),
        dict(pid=123402, sec=("ioannina", "Ιωάννινα"), slug="nea-dromologia-tou-ktel-ioanninon-pros-thessaloniki", title="Νέα δρομολόγια του ΚΤΕΛ Ιωαννίνων προς Θεσσαλονίκη",
             dt=D(2025, 3, 10, 9, 5, EET), upd=None, label="Συντάκτης:", by=["Newsroom"], wp=("Newsroom", "newsroom"), foot="", authors=[],
             paras=["Δύο νέα καθημερινά δρομολόγια προς τη Θεσσαλονίκη προσθέτει από τις 17 Μαρτίου το ΚΤΕΛ Νομού Ιωαννίνων, ανεβάζοντας τον συνολικό αριθμό των αναχωρήσεων σε έξι την ημέρα.",
                    "Τα νέα δρομολόγια θα αναχωρούν από τον σταθμό των Ιωαννίνων στις 06:30 και στις 15:00, ενώ από τη Θεσσαλονίκη στις 10:00 και στις 19:30.",
                    "Σύμφωνα με το ΚΤΕΛ, η αύξηση της ζήτησης οφείλεται κυρίως στους φοιτητές και στους εργαζόμενους που ταξιδεύουν κάθε εβδομάδα μεταξύ των δύο πόλεων.",
                    "Η τιμή του εισιτηρίου παραμένει στα 30,50 ευρώ, με έκπτωση 25% για φοιτητές."]),
        dict(pid=123350, sec=("panepistimio", "Πανεπιστήμιο"), slug="neo-erevnitiko-kentro-gia-tin-klimatiki-allagi", title="Νέο ερευνητικό κέντρο για την κλιματική αλλαγή στο Πανεπιστήμιο Ιωαννίνων",
             dt=D(2025, 3, 7, 18, 30, EET), upd=None, label="Συντάκτες:", by=["Ελένη Γεωργίου", "Κώστας Δημητρίου"], wp=("Ελένη Γεωργίου", "eleni-georgiou"), foot="", authors=["Ελένη Γεωργίου", "Κώστας Δημητρίου"],
             paras=["Το Πανεπιστήμιο Ιωαννίνων ίδρυσε νέο ερευνητικό κέντρο για τη μελέτη των επιπτώσεων της κλιματικής αλλαγής στα ορεινά οικοσυστήματα της Πίνδου.",
                    "Στο κέντρο θα εργάζονται περισσότεροι από τριάντα ερευνητές από τα τμήματα Βιολογικών Εφαρμογών, Γεωλογίας και Φυσικής, ενώ έχουν ήδη υπογραφεί συνεργασίες με πανεπιστήμια της Ιταλίας και της Αυστρίας.",
                    "«Η Πίνδος είναι ένα φυσικό εργαστήριο. Εδώ βλέπουμε από κοντά πώς αλλάζουν τα δάση και τα ποτάμια», ανέφερε ο διευθυντής του κέντρου.",
                    "Το πρώτο ερευνητικό πρόγραμμα αφορά την ξηρασία στα δάση μαύρης πεύκης και χρηματοδοτείται με 1,2 εκατομμύρια ευρώ."]),
    ]
    for a in A:
        a["path"] = "/%s/%d/%s/" % (a["sec"][0], a["pid"], a["slug"])
    NL = "Γραφτείτε στο newsletter του Ήπειρος Σήμερα και λάβετε κάθε πρωί τις σημαντικότερες ειδήσεις της Ηπείρου."
    CM = {123456: [("Γιάννης Κ.", "12 Μαρτίου 2025, 11:02", "Μακάρι να μη μείνει στη μέση όπως τα προηγούμενα."), ("Μαρία", "12 Μαρτίου 2025, 13:30", "Να φτιάξουν και πάρκινγκ!")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["pid"], [])[:1]]

    def yo(url, title, kind, a=None):
        g = [{"@type": kind, "@id": url, "url": url, "name": "%s - %s" % (title, SN), "isPartOf": {"@id": s.url("/#website")}, "inLanguage": "el"}]
        if a:
            g[0]["datePublished"] = a["dt"].astimezone(UTC).isoformat()
            g[0]["dateModified"] = (a["upd"] or a["dt"]).astimezone(UTC).isoformat()
            pid = s.url("/#/schema/person/%s" % a["wp"][1])
            g.insert(0, {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": a["wp"][0], "@id": pid}, "headline": a["title"],
                         "datePublished": g[0]["datePublished"], "dateModified": g[0]["dateModified"], "mainEntityOfPage": {"@id": url}, "publisher": {"@id": s.url("/#organization")},
                         "articleSection": [a["sec"][1]], "inLanguage": "el"})
            g.append({"@type": "Person", "@id": pid, "name": a["wp"][0], "url": s.url("/author/%s/" % a["wp"][1])})
        g.append({"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")})
        h = ('<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="%s"><meta property="og:locale" content="el_GR"><meta property="og:type" content="%s">'
             '<meta property="og:title" content="%s - %s"><meta property="og:url" content="%s"><meta property="og:site_name" content="%s">') % (url, "article" if a else "website", E(title), SN, url, SN)
        if a:
            h += ('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">'
                  '<meta name="twitter:label1" content="Συντάχθηκε από"><meta name="twitter:data1" content="%s">') % (g[1]["datePublished"], g[1]["dateModified"], E(a["wp"][0]), E(a["wp"][0]))
        return h + '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps({"@context": "https://schema.org", "@graph": g}, ensure_ascii=False)

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="el"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Ήπειρος Σήμερα &raquo; Ροή" href="/feed/"><link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.6">'
                '<meta name="generator" content="WordPress 6.7.2"></head><body class="%s jeg_toggle_light jnews jsc_normal">'
                '<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_topbar"><div class="jeg_top_date">%s, %d %s %d</div><div class="jeg_top_weather"><a href="/kairos/">Ιωάννινα 6°C</a></div></div>'
                '<div class="jeg_midbar"><div class="jeg_logo"><a href="/"><img src="/wp-content/uploads/2024/01/ipeiros-simera-logo.png" alt="Ήπειρος Σήμερα"></a></div></div>'
                '<div class="jeg_bottombar"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu"><li><a href="/category/ioannina/">Ιωάννινα</a></li><li><a href="/category/ipeiros/">Ήπειρος</a></li>'
                '<li><a href="/category/panepistimio/">Πανεπιστήμιο</a></li><li><a href="/category/athlitika/">Αθλητικά</a></li><li><a href="/kideies/">Κηδείες</a></li><li><a href="/zodia/">Ζώδια</a></li>'
                '<li><a href="/tv-program/">Πρόγραμμα TV</a></li><li><a href="/video/">Βίντεο</a></li></ul></div><div class="jeg_search_wrapper"><form action="/search/" class="jeg_search_form"><input name="s" placeholder="Αναζήτηση..."></form></div></div></div>'
                '<div class="jeg_main">%s</div><div class="jeg_footer"><div class="footer_menu"><a href="/taytotita/">Ταυτότητα</a> <a href="/epikoinonia/">Επικοινωνία</a> <a href="/oroi-xrisis/">Όροι χρήσης</a> <a href="/cookies/">Cookies</a></div>'
                '<div class="jeg_footer_copyright"><p>© 2025 Ήπειρος Σήμερα - Με την επιφύλαξη παντός δικαιώματος. Αριθμός Μητρώου Online Τύπου: 312</p></div></div></div>'
                '<div class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">Σεβόμαστε την ιδιωτικότητά σας</p><div class="cky-notice-des"><p>Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία περιήγησής σας.</p></div>'
                '<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Προσαρμογή</button><button class="cky-btn cky-btn-reject">Απόρριψη όλων</button><button class="cky-btn cky-btn-accept">Αποδοχή όλων</button></div></div></div></div></body></html>') % (
            E(title), head, cls, ME[t.weekday()], t.day, MG[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        others = [o for o in A if o is not a]
        who = ", ".join(('<a href="/author/%s/">%s</a>' % (a["wp"][1], E(n))) if n == a["wp"][0] else E(n) for n in a["by"])
        upd = ('<div class="jeg_meta_updated">Ενημερώθηκε: %s</div>' % gd(a["upd"])) if a["upd"] else ""
        cm = CM.get(a["pid"], [])
        body = ps(a["paras"][:2]) + '<div class="jeg_post_related_inline"><span>Διαβάστε επίσης:</span> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        if a["foot"]:
            body += "<p><strong>%s</strong></p>" % E(a["foot"])
        main = ('<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_breadcrumbs"><div id="breadcrumbs"><span><a href="/">Αρχική</a></span> » <span><a href="/category/%s/">%s</a></span></div></div>'
                '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">%s</h1>'
                '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">%s</span> %s</div>'
                '<div class="jeg_meta_date"><a href="%s">%s</a></div>%s</div></div></div>'
                '<div class="jeg_featured featured_image"><img src="/wp-content/uploads/2025/03/%d.jpg" alt=""><p class="wp-caption-text">Φωτογραφία αρχείου</p></div>'
                '<div class="jeg_share_top_container"><div class="jeg_share_button"><a class="jeg_btn-facebook">Κοινοποίηση</a><a class="jeg_btn-twitter">Tweet</a><a class="jeg_btn-whatsapp">WhatsApp</a></div></div>'
                '<div class="entry-content no-share"><div class="content-inner">%s</div></div>'
                '<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/limni-pamvotida/">λίμνη Παμβώτιδα</a> <a href="/tag/ioannina/">Ιωάννινα</a></div>'
                '<div class="ipeiros-newsletter"><p>%s</p><form><input type="email" placeholder="Email"><button>Εγγραφή</button></form></div>'
                '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Σχετικά άρθρα</span></h3></div>%s</div></div>%s'
                '</div></div><div class="jeg_sidebar col-md-4"><div class="widget jeg_postblock_5"><h3>Δημοφιλή</h3><ol>%s</ol></div></div></div></div></div></div>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), a["label"], who, a["path"], gd(a["dt"]), upd, a["pid"], body, E(NL),
            "".join('<article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3><div class="jeg_meta_date">%s</div></article>' % (o["path"], E(o["title"]), gd(o["dt"])) for o in others),
            comments_html("jeg", "Σχόλια", cm) if cm else "", "".join('<li><a href="%s">%s</a> <span>πριν από %d ώρες</span></li>' % (o["path"], E(o["title"]), i + 2) for i, o in enumerate(A)))
        return shell("%s - %s" % (a["title"], SN), main, yo(url, a["title"], "WebPage", a), "post-template-default single single-post postid-%d" % a["pid"])

    for a in A:
        s.story(a, article(a))
    K = "jeg"
    items = cards(A, lambda a: gd(a["dt"]))
    t = today(EET)
    tday = "%s %d %s %d" % (ME[t.weekday()], t.day, MG[t.month - 1], t.year)

    def pg(path, title, inner, kind="WebPage", cls="page"):
        s.non(path, shell("%s - %s" % (title, SN), '<div class="jeg_container"><div class="jeg_content">%s</div></div>' % inner, yo(s.url(path), title, kind), cls))
    s.non("/", shell("Ήπειρος Σήμερα - Ειδήσεις από τα Ιωάννινα και την Ήπειρο", '<div class="jeg_container"><div class="jeg_content">%s<div class="home-media"><a href="/gallery/i-limni-sta-xionia/">Φωτογραφίες: Η λίμνη στα χιόνια</a> <a href="/video/ptisi-drone-pano-apo-to-kastro/">Βίντεο: Το Κάστρο από ψηλά</a></div></div></div>' % list_html(K, "Τελευταία νέα", "", items),
                     yo(s.url("/"), "Ήπειρος Σήμερα", "CollectionPage"), "home"))
    pg("/category/ioannina/", "Ιωάννινα", list_html(K, "Ιωάννινα", "", [items[0], items[2]]), "CollectionPage", "archive category")
    pg("/tag/limni-pamvotida/", "λίμνη Παμβώτιδα", list_html(K, "λίμνη Παμβώτιδα", "", [items[0]]), "CollectionPage", "archive tag")
    pg("/author/nikos-pappas/", "Νίκος Παππάς, Συντάκτης στο Ήπειρος Σήμερα", list_html(K, "Νίκος Παππάς", "Δημοσιογράφος, καλύπτει την αυτοδιοίκηση και την ανάπτυξη.", [items[0]]), "ProfilePage", "archive author")
    pg("/search/", "Αναζήτηση", search_html(K, "Αποτελέσματα αναζήτησης για: λίμνη", "Αναζήτηση", "λίμνη", [items[0]], "Βρέθηκε 1 αποτέλεσμα"), "SearchResultsPage", "search")
    pg("/kairos/", "Καιρός Ιωάννινα", weather_html(K, "Καιρός", "Ιωάννινα", ["Ημέρα", "Καιρός", "Ελάχιστη", "Μέγιστη"],
                                                   [(ME[(t.weekday() + i) % 7], ["συννεφιά", "χιονόνερο", "ηλιοφάνεια", "βροχή", "λίγα σύννεφα"][i], "%d°C" % (-1 + i), "%d°C" % (8 + i)) for i in range(5)], "Πηγή: ΕΜΥ"))
    pg("/zodia/", "Ζώδια", horo_html(K, "Ζώδια σήμερα", tday, ["Κριός", "Ταύρος", "Δίδυμοι", "Καρκίνος", "Λέων", "Παρθένος", "Ζυγός", "Σκορπιός", "Τοξότης", "Αιγόκερως", "Υδροχόος", "Ιχθύες"],
                                     ["Αυτή την εβδομάδα έχετε πολλή ενέργεια για νέα ξεκινήματα.", "Στη δουλειά σας περιμένει μια σημαντική συζήτηση, κάντε υπομονή.", "Ο σύντροφός σας ζητά περισσότερη προσοχή.",
                                      "Προσέξτε την υγεία σας και ξεκουραστείτε περισσότερο.", "Προς το τέλος της εβδομάδας τα οικονομικά σας βελτιώνονται."]))
    pg("/tv-program/", "Πρόγραμμα τηλεόρασης", tv_html(K, "Πρόγραμμα TV", tday, [("ΕΡΤ1", [("06:00", "Ειδήσεις"), ("21:00", "Κεντρικό δελτίο ειδήσεων"), ("22:00", "Ταινία")]),
                                                                                ("ΣΚΑΪ", [("19:55", "Κεντρικό δελτίο ειδήσεων"), ("21:00", "Survivor")]), ("ANT1", [("20:00", "Ειδήσεις"), ("21:00", "Το Σόι σου")])]))
    pg("/kideies/", "Κηδείες", obits_html(K, "Κηδείες Ιωαννίνων", "Αγγελίες κηδειών και μνημοσύνων από τα Ιωάννινα και την Ήπειρο.",
                                          [("Γεώργιος Παπαδόπουλος", "ετών 84", "Η εξόδιος ακολουθία θα τελεστεί την Πέμπτη 13 Μαρτίου στις 11:00 στον Ιερό Ναό Αγίου Νικολάου Αγοράς."),
                                           ("Βασιλική Τσιάκα", "ετών 79", "Η κηδεία θα γίνει την Παρασκευή στις 12:00 στο κοιμητήριο Περάματος."),
                                           ("Χρήστος Ζώης", "ετών 91", "Οι οικείοι του ευχαριστούν όσους συμπαραστάθηκαν στο πένθος τους.")]))
    pg("/gallery/i-limni-sta-xionia/", "Η λίμνη Παμβώτιδα στα χιόνια", gallery_html(K, "Η λίμνη Παμβώτιδα στα χιόνια", gd(D(2025, 3, 5, 10, 0, EET)), "Φωτογραφίες: Θανάσης Ζήκος",
                                                                                    ["Το νησί της λίμνης στα λευκά", "Ο Μόλος το πρωί", "Βάρκες στο λιμανάκι", "Το Κάστρο από την παραλίμνια"], "limni-xionia"), "WebPage", "single-format-gallery")
    pg("/video/ptisi-drone-pano-apo-to-kastro/", "Βίντεο: Πτήση drone πάνω από το Κάστρο", video_html(K, "Πτήση drone πάνω από το Κάστρο των Ιωαννίνων", gd(D(2025, 3, 9, 12, 0, EET)), "Εντυπωσιακές εικόνες από το Ιτς Καλέ και τη λίμνη.", "03:12"), "WebPage", "single-format-video")
    pg("/taytotita/", "Ταυτότητα", info_html(K, "Ταυτότητα", ["Το Ήπειρος Σήμερα είναι ενημερωτικός ιστότοπος εγγεγραμμένος στο Μητρώο Online Τύπου (Αριθμός Μητρώου: 312)."],
                                             [("Ιδιοκτήτης", "Ήπειρος Μέσα Ενημέρωσης Μ.Ι.Κ.Ε."), ("Διευθυντής", "Σπύρος Καραγιάννης"), ("Αρχισυντάκτης", "Νίκος Παππάς"), ("Συντάκτες", "Ελένη Γεωργίου, Κώστας Δημητρίου")]))
    pg("/epikoinonia/", "Επικοινωνία", info_html(K, "Επικοινωνία", ["Διεύθυνση: Αβέρωφ 12, 45221 Ιωάννινα", "Τηλέφωνο: 26510 55555", "Email: info@ipeiros-simera.gr"]))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["dt"], a["paras"][0]) for a in A], "Ειδήσεις από την Ήπειρο")
    s.sitemap(["/"] + [a["path"] for a in A] + ["/taytotita/", "/kideies/"], "/wp-admin/")


# ====================================================================== 9 Albanian regional portal (Shkodër)
def veriu():
    s = Site(9)
    SN = "Gazeta Veriu"
    MA = ["Janar", "Shkurt", "Mars", "Prill", "Maj", "Qershor", "Korrik", "Gusht", "Shtator", "Tetor", "Nëntor", "Dhjetor"]
    DI = ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"]

    def ad(dt):
        return "%d %s %d, %02d:%02d" % (dt.day, MA[dt.month - 1], dt.year, dt.hour, dt.minute)
    rel = NOW.astimezone(CET) - datetime.timedelta(hours=3)
    A = [
        dict(aid=812345, sec=("shkoder", "Shkodër"), slug="nis-rikonstruksioni-i-ures-se-bunes", title="Shkodër: nis rikonstruksioni i urës së Bunës", dt=D(2025, 3, 12, 14, 5, CET), shown=None,
             who="Nga Arben Hoxha", wslug="arben-hoxha", foot="", authors=["Arben Hoxha"],
             paras=["Punimet për rikonstruksionin e urës së Bunës në hyrje të Shkodrës kanë nisur këtë javë dhe pritet të përfundojnë brenda tetë muajve, njoftoi Autoriteti Rrugor Shqiptar.",
                    "Ura, e ndërtuar në vitet '70, ka dëmtime serioze në shtyllat mbajtëse dhe në trotuare. Projekti kushton rreth 4,5 milionë euro dhe financohet nga buxheti i shtetit.",
                    "Gjatë punimeve qarkullimi do të kalojë vetëm në një korsi, ndërsa për kamionët e rëndë është hapur një rrugë alternative përmes Bahçallëkut.",
                    "Banorët e lagjeve pranë urës ankohen për pluhurin dhe zhurmën, por pranojnë se ndërhyrja ishte e nevojshme. “Çdo dimër kishim frikë kur kalonim me makinë”, tha një banor i Zues.",
                    "Sipas ARRSH, pas rikonstruksionit ura do të ketë edhe një korsi të veçantë për biçikleta."]),
        dict(aid=812301, sec=("ekonomi", "Ekonomi"), slug="qeveria-miraton-paketen-mbeshtetese-per-fermeret-e-veriut", title="Qeveria miraton paketën mbështetëse për fermerët e Veriut", dt=D(2025, 3, 11, 16, 10, CET), shown=None,
             who="Redaksia", wslug="", foot="Burimi: ATSH", authors=[],
             paras=["Këshilli i Ministrave miratoi sot një paketë prej 12 milionë eurosh për mbështetjen e fermerëve në qarqet Shkodër, Lezhë dhe Kukës, të dëmtuar nga përmbytjet e fundit.",
                    "Sipas Ministrisë së Bujqësisë, fermerët do të marrin kompensim për të mbjellat e humbura dhe për blegtorinë, ndërsa një pjesë e fondit do të shkojë për pastrimin e kanaleve kulluese.",
                    "Aplikimet do të bëhen përmes bashkive deri në fund të prillit.",
                    "Shoqatat e fermerëve e mirëpritën vendimin, por kërkuan që pagesat të bëhen më shpejt se herët e kaluara."]),
        dict(aid=812390, sec=("shkoder", "Shkodër"), slug="rritet-niveli-i-liqenit-te-shkodres", title="Rritet niveli i liqenit të Shkodrës, banorët e Shirokës në alarm", dt=rel, shown="3 orë më parë",
             who="Nga Elira Kola", wslug="elira-kola", foot="", authors=["Elira Kola"], truth_date="fetch-3",
             paras=["Niveli i liqenit të Shkodrës është rritur me mbi 40 centimetra gjatë javës së fundit, pas reshjeve të shumta në malet e Malësisë. Ujët ka arritur tashmë në oborret e disa shtëpive në Shirokë.",
                    "Banorët kanë ngritur mure me thasë rëre përgjatë bregut, ndërsa forcat e Emergjencave Civile janë në gatishmëri.",
                    "“Kemi parë përmbytje edhe më parë, por këtë vit uji po ngrihet shumë shpejt”, tha një peshkatar nga Zogaj.",
                    "Prefektura e Shkodrës ka thirrur një mbledhje të shtabit të emergjencave për sot pasdite."]),
    ]
    for a in A:
        a["path"] = "/lajme/%s/%s-%d.html" % (a["sec"][0], a["slug"], a["aid"])
    NL = "Abonohu në buletinin tonë dhe merr çdo mëngjes lajmet më të rëndësishme nga Veriu."
    CM = {812345: [("Gjergji", "12 Mars 2025, 15:30", "Më në fund, ura ishte bërë rrezik për jetën."), ("Mira", "12 Mars 2025, 17:05", "Shpresojmë të mos zgjasë si rruga e Velipojës.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["aid"], [])[:1]]

    def when(a):
        return a["shown"] or ad(a["dt"])

    def shell(title, main, head="", cls=""):
        t = today(CET)
        return ('<!DOCTYPE html>\n<html lang="sq"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/css/style.css?v=27"></head><body class="%s">'
                '<div class="top-header"><span class="sot">%s, %d %s %d</span> <a href="/moti/">Shkodër 11°</a> <a href="/kursi-i-kembimit/">Kursi i këmbimit</a></div>'
                '<header><a class="logo" href="/"><img src="/images/gazeta-veriu.png" alt="Gazeta Veriu"></a><ul class="menu"><li><a href="/">Kryefaqja</a></li><li><a href="/kategoria/shkoder/">Shkodër</a></li><li><a href="/kategoria/ekonomi/">Ekonomi</a></li>'
                '<li><a href="/kategoria/politike/">Politikë</a></li><li><a href="/kategoria/sport/">Sport</a></li><li><a href="/horoskopi/">Horoskopi</a></li><li><a href="/video/">Video</a></li><li><a href="/kerko/">Kërko</a></li></ul></header>'
                '<div class="content">%s</div><footer><ul><li><a href="/rreth-nesh/">Rreth nesh</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/privatesia/">Privatësia</a></li></ul><p>© 2025 Gazeta Veriu. Të gjitha të drejtat e rezervuara.</p></footer>'
                '<div class="cookie-popup"><p>Kjo faqe përdor cookies për t\'ju ofruar eksperiencën më të mirë.</p><button>Pranoj</button></div></body></html>') % (E(title), head, cls, DI[t.weekday()], t.day, MA[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "image": s.url("/uploads/%d.jpg" % a["aid"]), "publisher": {"@type": "Organization", "name": SN}}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="%s"><meta property="og:site_name" content="Gazeta Veriu">%s') % (url, E(a["paras"][0][:150]), E(a["title"]), url, s.url("/uploads/%d.jpg" % a["aid"]), jl(ld))
        others = [o for o in A if o is not a]
        cm = CM.get(a["aid"], [])
        who = ('<a href="/autor/%s/">%s</a>' % (a["wslug"], E(a["who"]))) if a["wslug"] else E(a["who"])
        body = ps(a["paras"][:2]) + '<p class="lexo-edhe"><strong>Lexo edhe:</strong> <a href="%s">%s</a></p>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        if a["foot"]:
            body += '<p class="burimi">%s</p>' % E(a["foot"])
        main = ('<div class="main-article"><div class="kategoria"><a href="/kategoria/%s/">%s</a></div><h1 class="titulli">%s</h1><div class="info"><span class="autori">%s</span> <span class="data">%s</span></div>'
                '<div class="shperndaj"><a class="fb">Shpërndaj</a><a class="tw">Tweet</a></div><div class="foto"><img src="/uploads/%d.jpg" alt=""></div><div class="teksti">%s</div>'
                '<div class="etiketat">Etiketa: <a href="/tag/buna/">Buna</a> <a href="/tag/shkoder/">Shkodër</a></div><div class="newsletter"><p>%s</p><input type="email"><button>Abonohu</button></div>'
                '<div class="te-ngjashme"><h3>Lajme të ngjashme</h3><ul>%s</ul></div>%s</div>'
                '<aside class="sidebar"><h3>Më të lexuarat</h3><ol>%s</ol></aside>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), who, when(a), a["aid"], body, E(NL), "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in others),
            comments_html("gv", "Komente", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s – %s" % (a["title"], SN), main, head, "artikull")

    for a in A:
        s.story(a, article(a))
    K = "gv"
    items = cards(A, when)
    t = today(CET)
    tday = "%s, %d %s %d" % (DI[t.weekday()], t.day, MA[t.month - 1], t.year)
    s.non("/", shell("Gazeta Veriu – Lajme nga Shkodra dhe Veriu", list_html(K, "Lajmet e fundit", "", [items[2], items[0], items[1]]) + '<div class="multimedia"><a href="/galeri/karnavalet-e-shkodres-812200.html">Galeri: Karnavalet e Shkodrës</a> <a href="/video/ura-e-bunes-nga-droni-812350.html">Video: Ura e Bunës</a></div>',
                     '<meta name="description" content="Lajme nga Shkodra, Lezha, Kukësi dhe i gjithë Veriu."><meta property="og:type" content="website">', "kryefaqja"))
    s.non("/kategoria/shkoder/", shell("Shkodër – %s" % SN, list_html(K, "Shkodër", "", [items[2], items[0]]), "", "kategoria"))
    s.non("/tag/buna/", shell("Buna – %s" % SN, list_html(K, "Buna", "", [items[0]]), "", "tag"))
    s.non("/autor/arben-hoxha/", shell("Arben Hoxha – %s" % SN, list_html(K, "Arben Hoxha", "Gazetar i Gazetës Veriu, shkruan për infrastrukturën dhe qeverisjen vendore.", [items[0]]), "", "autor"))
    s.non("/kerko/", shell("Kërko – %s" % SN, search_html(K, "Kërko", "Kërko", "liqeni", [items[2]], "U gjet 1 rezultat"), '<meta name="robots" content="noindex">', "kerko"))
    s.non("/moti/", shell("Moti në Shkodër – %s" % SN, weather_html(K, "Parashikimi i motit", "Shkodër", ["Dita", "Moti", "Min.", "Maks."],
                                                                      [(DI[(t.weekday() + i) % 7], ["me re", "shi", "diell", "diell", "vranësira"][i], "%d°C" % (4 + i), "%d°C" % (13 + i)) for i in range(5)], "Burimi: IGJEUM"), "", "moti"))
    s.non("/horoskopi/", shell("Horoskopi – %s" % SN, horo_html(K, "Horoskopi ditor", tday, ["Dashi", "Demi", "Binjakët", "Gaforrja", "Luani", "Virgjëresha", "Peshorja", "Akrepi", "Shigjetari", "Bricjapi", "Ujori", "Peshqit"],
                                                                  ["Këtë javë do të keni shumë energji për fillime të reja.", "Në punë ju pret një bisedë e rëndësishme, tregohuni të durueshëm.", "Partneri kërkon më shumë vëmendje nga ju.",
                                                                   "Kujdesuni për shëndetin dhe pushoni më shumë.", "Nga fundi i javës gjendja financiare përmirësohet."]), "", "horoskopi"))
    s.non("/kursi-i-kembimit/", shell("Kursi i këmbimit – %s" % SN, rates_html(K, "Kursi i këmbimit", "Kursi zyrtar i Bankës së Shqipërisë, %d.%02d.%d" % (t.day, t.month, t.year), ["Monedha", "Kodi", "Lekë"],
                                                                                 [("Euro", "EUR", "99,85"), ("Dollari amerikan", "USD", "92,10"), ("Paundi britanik", "GBP", "118,40"), ("Franga zvicerane", "CHF", "104,20")], "Burimi: Banka e Shqipërisë"), "", "kursi"))
    s.non("/galeri/karnavalet-e-shkodres-812200.html", shell("Galeri: Karnavalet e Shkodrës – %s" % SN, gallery_html(K, "Karnavalet e Shkodrës", ad(D(2025, 3, 2, 17, 0, CET)), "Foto: Gazeta Veriu",
                                                                                                                      ["Parada në rrugën pedonale", "Fëmijët me maska", "Grupi muzikor", "Sheshi Demokracia plot njerëz"], "karnavalet"), '<meta property="og:type" content="article">', "galeri"))
    s.non("/video/ura-e-bunes-nga-droni-812350.html", shell("Video: Ura e Bunës nga droni – %s" % SN, video_html(K, "Ura e Bunës nga droni", ad(D(2025, 3, 12, 16, 0, CET)), "Pamje nga ajri të punimeve në urën e Bunës.", "1:48"),
                                                                '<meta property="og:type" content="video.other">', "video"))
    s.non("/rreth-nesh/", shell("Rreth nesh – %s" % SN, info_html(K, "Rreth nesh", ["Gazeta Veriu është portal lajmesh me seli në Shkodër, i themeluar në vitin 2012.", "Ne mbulojmë lajmet nga qarqet Shkodër, Lezhë dhe Kukës."],
                                                                    [("Kryeredaktor", "Pjetër Marku"), ("Gazetarë", "Arben Hoxha, Elira Kola")]), "", "faqe"))
    s.non("/kontakt/", shell("Kontakt – %s" % SN, info_html(K, "Kontakt", ["Adresa: Rruga Kolë Idromeno, Shkodër.", "Tel: +355 22 555 111. Email: redaksia@gazetaveriu.al"]), "", "faqe"))
    s.sitemap(["/"] + [a["path"] for a in A] + ["/kategoria/shkoder/", "/rreth-nesh/"], "/kerko/")


# ====================================================================== 10 Lithuanian regional portal (Kaunas)
def nemuno():
    s = Site(10)
    SN = "Nemuno žinios"
    MK = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]
    SD = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"]

    def ld_(dt):
        return "%d-%02d-%02d %02d:%02d" % (dt.year, dt.month, dt.day, dt.hour, dt.minute)
    A = [
        dict(aid=1234567, sec=("kaunas", "Kaunas"), slug="kaune-prasideda-aleksoto-tilto-rekonstrukcija", title="Kaune prasideda Aleksoto tilto rekonstrukcija", dt=D(2025, 3, 12, 14, 5, EET),
             who=[("Rūta Jankauskienė", "nemunozinios.lt", "/autoriai/ruta-jankauskiene")], ldauth=[{"@type": "Person", "name": "Rūta Jankauskienė"}], authors=["Rūta Jankauskienė"],
             paras=["Balandžio pradžioje Kaune prasidės Aleksoto tilto per Nemuną rekonstrukcija, kuri truks apie pusantrų metų. Savivaldybė sutartį su rangovu pasirašė šią savaitę.",
                    "Tiltas bus sutvirtintas, pakeista jo danga ir apšvietimas, o abiejose pusėse įrengti platesni šaligatviai ir dviračių takai. Darbai kainuos apie 14 milijonų eurų.",
                    "Rekonstrukcijos metu eismas tiltu vyks viena juosta kiekviena kryptimi, o viešojo transporto maršrutai bus iš dalies pakeisti. Savivaldybė ragina vairuotojus rinktis Vilijampolės tiltą.",
                    "„Tiltas yra vienas svarbiausių miesto jungčių, todėl darbus organizuosime taip, kad eismas nebūtų visiškai nutrauktas“, sakė savivaldybės atstovė.",
                    "Aleksoto tiltas pastatytas 1951 metais toje vietoje, kur anksčiau stovėjo karo metu susprogdintas senasis tiltas."]),
        dict(aid=1234511, sec=("lietuva", "Lietuva"), slug="seimas-pritare-naujai-sildymo-kompensaciju-tvarkai", title="Seimas pritarė naujai šildymo kompensacijų tvarkai", dt=D(2025, 3, 11, 13, 40, EET),
             who=[("ELTA", "", "")], ldauth=[{"@type": "Organization", "name": "ELTA"}], authors=[],
             paras=["Seimas antradienį pritarė Piniginės socialinės paramos įstatymo pataisoms, kuriomis keičiama būsto šildymo išlaidų kompensacijų skyrimo tvarka.",
                    "Pagal naują tvarką kompensacija bus skiriama, jei šildymo išlaidos viršija 10 procentų šeimos pajamų, o ne 20 procentų, kaip yra dabar. Tai leis paramą gauti didesniam žmonių skaičiui.",
                    "Socialinės apsaugos ir darbo ministerijos skaičiavimais, naujoji tvarka valstybei kasmet kainuos apie 25 milijonus eurų daugiau.",
                    "Pataisos įsigalios nuo kito šildymo sezono pradžios."]),
        dict(aid=1234420, sec=("sveikata", "Sveikata"), slug="kauno-klinikos-pradės-nauja-vaiku-leukemijos-gydyma", title="Kauno klinikos pradės taikyti naują vaikų leukemijos gydymą", dt=D(2025, 3, 10, 10, 20, EET),
             who=[("Gintarė Kazlauskaitė", "BNS", "")], ldauth=[{"@type": "Organization", "name": "BNS"}], authors=["Gintarė Kazlauskaitė"],
             paras=["Kauno klinikos šiais metais pradės taikyti naują vaikų leukemijos gydymo metodą, kuris iki šiol Lietuvoje nebuvo prieinamas. Pirmieji pacientai gydymą turėtų gauti rudenį.",
                    "Metodas paremtas paciento imuninių ląstelių modifikavimu, o gydymas vienam pacientui kainuoja kelis šimtus tūkstančių eurų. Jį kompensuos Privalomojo sveikatos draudimo fondas.",
                    "Iki šiol vaikai, kuriems reikėjo tokio gydymo, buvo siunčiami į klinikas Vokietijoje ar Švedijoje.",
                    "Klinikų vadovų teigimu, per metus toks gydymas galėtų būti suteiktas iki dešimties pacientų."]),
    ]
    for a in A:
        a["slug"] = a["slug"].replace("ė", "e")
        a["path"] = "/naujienos/%s/%s-56-%d" % (a["sec"][0], a["slug"], a["aid"])
    NL = "Užsisakykite naujienlaiškį ir kiekvieną rytą gaukite svarbiausias Kauno naujienas."
    CM = {1234567: [("kaunietis", "2025-03-12 15:10", "Vėl kamščiai visą vasarą..."), ("Jurga", "2025-03-12 18:22", "Gerai, kad pagaliau tvarko.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["aid"], [])[:1]]

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="lt"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/build/app.4d1e.css"></head><body class="%s">'
                '<div class="nz-top"><span>%d m. %s %d d., %s</span> <a href="/orai">Kaunas +6 °C</a></div><header class="nz-header"><a class="nz-logo" href="/">Nemuno žinios</a>'
                '<nav class="nz-nav"><a href="/naujienos/kaunas">Kaunas</a><a href="/naujienos/lietuva">Lietuva</a><a href="/naujienos/sveikata">Sveikata</a><a href="/naujienos/sportas">Sportas</a><a href="/uzuojautos">Užuojautos</a>'
                '<a href="/horoskopai">Horoskopai</a><a href="/tv-programa">TV programa</a><a href="/paieska">Paieška</a></nav></header><main class="nz-main">%s</main>'
                '<footer class="nz-footer"><a href="/kontaktai">Kontaktai</a> <a href="/reklama">Reklama</a> <a href="/privatumo-politika">Privatumo politika</a><p>© 2025 UAB „Nemuno žinios“. Visos teisės saugomos. Kopijuoti be sutikimo draudžiama.</p></footer>'
                '<div id="CybotCookiebotDialog" class="CybotCookiebotDialog"><h2>Ši svetainė naudoja slapukus</h2><p>Naudojame slapukus turiniui ir reklamai suasmeninti bei srautui analizuoti.</p><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Leisti visus</button><button>Atmesti</button></div></body></html>') % (
            E(title), head, cls, t.year, MK[t.month - 1], t.day, SD[t.weekday()], main)

    def article(a):
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["dt"].isoformat(), "dateModified": a["dt"].isoformat(), "author": a["ldauth"],
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/img/logo.png")}}, "mainEntityOfPage": url}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="nemunozinios.lt"><meta property="article:published_time" content="%s">%s') % (url, E(a["paras"][0][:150]), E(a["title"]), url, a["dt"].isoformat(), jl(ld))
        who = "".join('<div class="nz-author">%s%s</div>' % (('<a href="%s">%s</a>' % (p, E(n))) if p else '<span class="nz-author-name">%s</span>' % E(n), (", <span class=\"nz-author-org\">%s</span>" % E(o)) if o else "") for n, o, p in a["who"])
        others = [o for o in A if o is not a]
        cm = CM.get(a["aid"], [])
        body = ps(a["paras"][:3]) + '<div class="nz-also"><span>Taip pat skaitykite:</span> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][3:])
        main = ('<article class="nz-article"><div class="nz-breadcrumbs"><a href="/">Pradžia</a> › <a href="/naujienos/%s">%s</a></div><h1 class="nz-title">%s</h1>'
                '<div class="nz-meta">%s<time class="nz-date" datetime="%s">%s</time></div><div class="nz-share"><a>Dalintis</a><a>Kopijuoti nuorodą</a></div>'
                '<figure class="nz-photo"><img src="/media/%d.jpg" alt=""><figcaption>Asociatyvi nuotr.</figcaption></figure><div class="nz-body">%s</div>'
                '<div class="nz-tags">Žymos: <a href="/zymos/tiltai">tiltai</a> <a href="/zymos/kaunas">Kaunas</a></div><div class="nz-newsletter"><p>%s</p><input type="email"><button>Užsisakyti</button></div>'
                '<section class="nz-related"><h3>Susiję straipsniai</h3>%s</section>%s</article><aside class="nz-aside"><h3>Skaitomiausi</h3><ol>%s</ol></aside>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), who, a["dt"].isoformat(), ld_(a["dt"]), a["aid"], body, E(NL),
            "".join('<div class="nz-rel"><a href="%s">%s</a> <span>%s</span></div>' % (o["path"], E(o["title"]), ld_(o["dt"])) for o in others),
            comments_html("nz", "Komentarai", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s | nemunozinios.lt" % a["title"], main, head, "nz-article-page")

    for a in A:
        s.story(a, article(a))
    K = "nz"
    items = cards(A, lambda a: ld_(a["dt"]))
    t = today(EET)
    tday = "%d m. %s %d d." % (t.year, MK[t.month - 1], t.day)
    s.non("/", shell("Nemuno žinios – Kauno ir Lietuvos naujienos", list_html(K, "Naujausios", "", items) + '<div class="nz-gal"><a href="/galerijos/kaziuko-muge-kaune">Galerija: Kaziuko mugė Kaune</a></div>',
                     '<meta name="description" content="Kauno ir Lietuvos naujienos."><meta property="og:type" content="website">', "home"))
    s.non("/naujienos/kaunas", shell("Kaunas | nemunozinios.lt", list_html(K, "Kaunas", "", [items[0]]), "", "rubric"))
    s.non("/zymos/tiltai", shell("tiltai | nemunozinios.lt", list_html(K, "Žyma: tiltai", "", [items[0]]), "", "tag"))
    s.non("/autoriai/ruta-jankauskiene", shell("Rūta Jankauskienė | nemunozinios.lt", list_html(K, "Rūta Jankauskienė", "Žurnalistė, rašo apie Kauno miesto savivaldą ir infrastruktūrą.", [items[0]]), "", "author"))
    s.non("/paieska", shell("Paieška | nemunozinios.lt", search_html(K, "Paieška", "Ieškoti", "tiltas", [items[0]], "Rastas 1 rezultatas"), '<meta name="robots" content="noindex">', "search"))
    s.non("/orai", shell("Orai Kaune | nemunozinios.lt", weather_html(K, "Orų prognozė", "Kaunas", ["Diena", "Orai", "Min.", "Maks."],
                                                                      [(SD[(t.weekday() + i) % 7], ["debesuota", "lietus", "saulėta", "šlapdriba", "mažai debesuota"][i], "%d °C" % (-2 + i), "%d °C" % (5 + i)) for i in range(5)], "Šaltinis: LHMT"), "", "weather"))
    s.non("/horoskopai", shell("Horoskopai | nemunozinios.lt", horo_html(K, "Dienos horoskopas", tday, ["Avinas", "Jautis", "Dvyniai", "Vėžys", "Liūtas", "Mergelė", "Svarstyklės", "Skorpionas", "Šaulys", "Ožiaragis", "Vandenis", "Žuvys"],
                                                                         ["Šią savaitę turėsite daug energijos naujiems darbams.", "Darbe jūsų laukia svarbus pokalbis, būkite kantrūs.", "Partneris norės daugiau jūsų dėmesio.",
                                                                          "Pasirūpinkite sveikata ir daugiau ilsėkitės.", "Savaitės pabaigoje finansinė padėtis pagerės."]), "", "horoscope"))
    s.non("/tv-programa", shell("TV programa | nemunozinios.lt", tv_html(K, "TV programa", tday, [("LRT televizija", [("06:00", "Labas rytas, Lietuva"), ("19:30", "Panorama"), ("21:00", "Filmas")]),
                                                                                                 ("TV3", [("18:30", "TV3 žinios"), ("19:30", "Gero vakaro šou")]), ("LNK", [("18:30", "LNK žinios"), ("20:00", "Kas ir kodėl?")])]), "", "tv"))
    s.non("/uzuojautos", shell("Užuojautos | nemunozinios.lt", obits_html(K, "Užuojautos", "Nuoširdžiai užjaučiame artimuosius.",
                                                                          [("Antanas Petrauskas", "1938–2025", "Laidotuvės vyks kovo 14 d. Petrašiūnų kapinėse. Atsisveikinimas Kauno laidojimo namuose."),
                                                                           ("Ona Kazlauskienė", "1942–2025", "Mirė eidama 83-iuosius metus. Karstas pašarvotas Aleksoto šarvojimo salėje."),
                                                                           ("Juozas Vaitkus", "1950–2025", "Skausmo valandą užjaučiame žmoną ir vaikus.")]), "", "obits"))
    s.non("/galerijos/kaziuko-muge-kaune", shell("Kaziuko mugė Kaune | nemunozinios.lt", gallery_html(K, "Kaziuko mugė Kaune", ld_(D(2025, 3, 8, 13, 0, EET)), "Nuotr. Tomas Raginis",
                                                                                                     ["Verbos Laisvės alėjoje", "Meistrai prie prekystalių", "Riestainiai ir meduoliai", "Mugės lankytojai"], "kaziukas"), '<meta property="og:type" content="article">', "gallery"))
    s.non("/kontaktai", shell("Kontaktai | nemunozinios.lt", info_html(K, "Kontaktai", ["UAB „Nemuno žinios“, Laisvės al. 55, Kaunas.", "Redakcija: +370 37 555 111, redakcija@nemunozinios.lt"],
                                                                       [("Vyriausiasis redaktorius", "Darius Stankevičius"), ("Žurnalistai", "Rūta Jankauskienė, Tomas Raginis")]), "", "page"))
    s.feed("/rss.xml", SN, [(a["path"], a["title"], a["dt"], a["paras"][0]) for a in A], "Kauno ir Lietuvos naujienos")
    s.sitemap(["/"] + [a["path"] for a in A], "/paieska")


# ====================================================================== 11 Latvian regional portal (Ventspils)
def ventas():
    s = Site(11)
    SN = "Ventas Ziņas"
    MN = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"]
    ND = ["Pirmdiena", "Otrdiena", "Trešdiena", "Ceturtdiena", "Piektdiena", "Sestdiena", "Svētdiena"]

    def vd(dt):
        return "%s, %d. %s, %d, %02d:%02d" % (ND[dt.weekday()], dt.day, MN[dt.month - 1], dt.year, dt.hour, dt.minute)

    def vshort(dt):
        return "%02d.%02d.%d. %02d:%02d" % (dt.day, dt.month, dt.year, dt.hour, dt.minute)
    A = [
        dict(aid=512345, sec=("ventspili", "Ventspilī"), slug="ventspili-sak-parbuvet-ostas-ielas-krastmalu", title="Ventspilī sāk pārbūvēt Ostas ielas krastmalu", dt=D(2025, 3, 12, 14, 5, EET),
             label="Autore:", who="Anna Bērziņa", wslug="anna-berzina", photo="Foto: Ventspils valstspilsētas pašvaldība", authors=["Anna Bērziņa"],
             paras=["Ventspils valstspilsētas pašvaldība ir sākusi Ostas ielas krastmalas pārbūvi posmā no Pārventas tilta līdz Ostas pārvaldes ēkai. Darbi ilgs līdz nākamā gada rudenim.",
                    "Projektā paredzēts atjaunot krasta nostiprinājumu, izbūvēt jaunu gājēju promenādi, apgaismojumu un atpūtas vietas. Pārbūves izmaksas ir 7,8 miljoni eiro, no kuriem lielāko daļu sedz Eiropas Reģionālās attīstības fonds.",
                    "Būvdarbu laikā daļa krastmalas būs slēgta, bet gājēji varēs izmantot apvedceļu pa Ostas ielas pretējo pusi.",
                    "„Krastmala ir Ventspils vizītkarte, un pēc pārbūves tā būs ērtāka gan vietējiem, gan tūristiem,“ sacīja pašvaldības pārstāvis.",
                    "Pagājušajā gadā Ventspilī viesojās vairāk nekā 200 tūkstoši tūristu."]),
        dict(aid=512301, sec=("latvija", "Latvijā"), slug="kurzeme-gaidams-sniegs-un-apledojums", title="Kurzemē gaidāms sniegs un apledojums", dt=D(2025, 3, 11, 14, 30, EET),
             label="", who="LETA", wslug="", photo="Foto: LETA", authors=[],
             paras=["Trešdien Kurzemē gaidāms slapjš sniegs, bet naktī uz ceturtdienu ceļi var kļūt apledojuši, prognozē Latvijas Vides, ģeoloģijas un meteoroloģijas centrs.",
                    "Sinoptiķi izsludinājuši dzelteno brīdinājumu par apledojumu Kurzemes rietumu daļā. Gaisa temperatūra naktī pazemināsies līdz mīnus trim grādiem.",
                    "VAS „Latvijas Valsts ceļi“ aicina autovadītājus izvēlēties ātrumu atbilstoši laikapstākļiem un rēķināties ar ilgāku ceļā pavadīto laiku.",
                    "Nedēļas nogalē laiks kļūs siltāks, un dienā gaiss iesils līdz plus astoņiem grādiem."]),
        dict(aid=512250, sec=("ventspili", "Ventspilī"), slug="ventspils-slimnica-atklaj-jaunu-dzemdibu-nodalu", title="Ventspils slimnīcā atklāj jaunu dzemdību nodaļu", dt=D(2025, 3, 10, 11, 0, EET),
             label="Autors:", who="Jānis Ozols", wslug="janis-ozols", photo="Foto: Māris Kalniņš", authors=["Jānis Ozols"],
             paras=["Ventspils reģionālajā slimnīcā pirmdien atklāta pilnībā atjaunota dzemdību nodaļa, kurā ir sešas ģimenes palātas un moderna dzemdību zāle.",
                    "Nodaļas pārbūve izmaksāja 2,3 miljonus eiro, un to finansēja pašvaldība un valsts. Slimnīcas vadība cer, ka jaunā nodaļa piesaistīs arī topošās māmiņas no Talsu un Kuldīgas novadiem.",
                    "Pagājušajā gadā Ventspils slimnīcā piedzima 412 bērni, kas ir par 30 mazāk nekā gadu iepriekš.",
                    "„Mēs gribam, lai ģimenes šeit justos kā mājās,“ sacīja nodaļas vadītāja."]),
    ]
    for a in A:
        a["path"] = "/zinas/%s/%s.a%d/" % (a["sec"][0], a["slug"], a["aid"])
    NL = "Piesakies Ventas Ziņu jaunumu vēstulei un saņem svarīgākās Kurzemes ziņas katru rītu."
    CM = {512345: [("ventspilniece", "12.03.2025. 16:20", "Beidzot! Krastmala bija briesmīgā stāvoklī."), ("Artis", "12.03.2025. 18:44", "Cerams, ka koki paliks.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["aid"], [])[:1]]

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="lv"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/static/vz.css?v=12"></head><body class="%s">'
                '<div class="vz-topbar"><span>%s, %d. %s</span> <span class="vz-vardadienas">Vārda dienas: Tamāra, Dzintra</span> <a href="/laika-prognoze/">Ventspils +3 °C</a></div>'
                '<header class="vz-header"><a class="vz-logo" href="/">Ventas Ziņas</a><nav><a href="/zinas/ventspili/">Ventspilī</a><a href="/zinas/latvija/">Latvijā</a><a href="/zinas/sports/">Sports</a><a href="/lidzjutibas/">Līdzjūtības</a>'
                '<a href="/horoskopi/">Horoskopi</a><a href="/tv-programma/">TV programma</a><a href="/video/">Video</a><a href="/meklet/">Meklēt</a></nav></header><div class="vz-content">%s</div>'
                '<footer class="vz-footer"><a href="/kontakti/">Kontakti</a> <a href="/reklama/">Reklāma</a> <a href="/privatuma-politika/">Privātuma politika</a><p>© 2025 SIA „Ventas Ziņas“. Visas tiesības aizsargātas. Materiālu pārpublicēšana bez atļaujas aizliegta.</p></footer>'
                '<div class="vz-cookies"><p>Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi mūsu vietnē.</p><button>Piekrītu</button><button>Iestatījumi</button></div></body></html>') % (
            E(title), head, cls, ND[t.weekday()], t.day, MN[t.month - 1], main)

    def article(a):
        url = s.url(a["path"])
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="Ventas Ziņas"><meta property="article:published_time" content="%s">%s') % (
            url, E(a["paras"][0][:150]), E(a["title"]), url, a["dt"].isoformat(), ('<meta property="article:author" content="%s">' % s.url("/autors/%s/" % a["wslug"])) if a["wslug"] else "")
        who = ('<span class="vz-label">%s</span> <a href="/autors/%s/">%s</a>' % (a["label"], a["wslug"], E(a["who"]))) if a["wslug"] else '<span class="vz-source">%s</span>' % E(a["who"])
        others = [o for o in A if o is not a]
        cm = CM.get(a["aid"], [])
        body = ps(a["paras"][:2]) + '<div class="vz-read-also">Lasi arī: <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        main = ('<article class="vz-article"><div class="vz-category"><a href="/zinas/%s/">%s</a></div><h1 class="vz-headline">%s</h1><div class="vz-meta"><div class="vz-author">%s</div><div class="vz-date">%s</div></div>'
                '<div class="vz-share"><a>Dalīties</a><a>Draugiem</a></div><figure><img src="/bildes/%d.jpg" alt=""><figcaption>%s</figcaption></figure><div class="vz-text">%s</div>'
                '<div class="vz-topics">Tēmas: <a href="/tema/krastmala/">krastmala</a> <a href="/tema/ventspils/">Ventspils</a></div><div class="vz-nl"><p>%s</p><input type="email"><button>Pieteikties</button></div>'
                '<div class="vz-related"><h3>Saistītie raksti</h3>%s</div>%s</article><aside class="vz-side"><h3>Lasītākie</h3><ol>%s</ol></aside>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), who, vd(a["dt"]), a["aid"], E(a["photo"]), body, E(NL),
            "".join('<div><a href="%s">%s</a> <span>%s</span></div>' % (o["path"], E(o["title"]), vshort(o["dt"])) for o in others),
            comments_html("vz", "Komentāri", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s | %s" % (a["title"], SN), main, head, "vz-article-page")

    for a in A:
        s.story(a, article(a))
    K = "vz"
    items = cards(A, lambda a: vshort(a["dt"]))
    t = today(EET)
    tday = "%s, %d. %s, %d" % (ND[t.weekday()], t.day, MN[t.month - 1], t.year)
    s.non("/", shell("Ventas Ziņas — Ventspils un Kurzemes ziņas", list_html(K, "Jaunākās ziņas", "", items) + '<div class="vz-media"><a href="/galerija/meteni-ventspili.g5120/">Galerija: Meteņi Ventspilī</a> <a href="/video/krastmala-no-putna-lidojuma.v5123/">Video: Krastmala no putna lidojuma</a></div>',
                     '<meta name="description" content="Ventspils un Kurzemes ziņas."><meta property="og:type" content="website">', "home"))
    s.non("/zinas/ventspili/", shell("Ventspilī | %s" % SN, list_html(K, "Ventspilī", "", [items[0], items[2]]), "", "category"))
    s.non("/tema/krastmala/", shell("krastmala | %s" % SN, list_html(K, "Tēma: krastmala", "", [items[0]]), "", "tag"))
    s.non("/autors/anna-berzina/", shell("Anna Bērziņa | %s" % SN, list_html(K, "Anna Bērziņa", "Žurnāliste, raksta par pašvaldību un pilsētvidi.", [items[0]]), "", "author"))
    s.non("/meklet/", shell("Meklēšana | %s" % SN, search_html(K, "Meklēšanas rezultāti", "Meklēt", "krastmala", [items[0]], "Atrasts 1 rezultāts"), '<meta name="robots" content="noindex">', "search"))
    s.non("/laika-prognoze/", shell("Laika prognoze Ventspilī | %s" % SN, weather_html(K, "Laika prognoze", "Ventspils", ["Diena", "Laiks", "Min.", "Maks."],
                                                                                       [(ND[(t.weekday() + i) % 7], ["mākoņains", "slapjš sniegs", "saulains", "lietus", "daļēji mākoņains"][i], "%d °C" % (-3 + i), "%d °C" % (3 + i)) for i in range(5)], "Avots: LVĢMC"), "", "weather"))
    s.non("/horoskopi/", shell("Horoskopi | %s" % SN, horo_html(K, "Dienas horoskops", tday, ["Auns", "Vērsis", "Dvīņi", "Vēzis", "Lauva", "Jaunava", "Svari", "Skorpions", "Strēlnieks", "Mežāzis", "Ūdensvīrs", "Zivis"],
                                                                ["Šonedēļ jums būs daudz enerģijas jauniem darbiem.", "Darbā jūs gaida svarīga saruna, esiet pacietīgi.", "Partneris vēlas vairāk jūsu uzmanības.",
                                                                 "Parūpējieties par veselību un vairāk atpūtieties.", "Nedēļas beigās finanšu stāvoklis uzlabosies."]), "", "horoscope"))
    s.non("/tv-programma/", shell("TV programma | %s" % SN, tv_html(K, "TV programma", tday, [("LTV1", [("07:00", "Rīta Panorāma"), ("20:30", "Panorāma"), ("21:15", "Filma")]),
                                                                                          ("TV3", [("18:00", "TV3 Ziņas"), ("20:00", "Bez tabu")]), ("LTV7", [("19:00", "Sporta ziņas"), ("21:00", "Hokejs")])]), "", "tv"))
    s.non("/lidzjutibas/", shell("Līdzjūtības | %s" % SN, obits_html(K, "Līdzjūtības", "Izsakām visdziļāko līdzjūtību tuviniekiem.",
                                                                     [("Pēteris Kalniņš", "1940–2025", "Izvadīšana sestdien plkst. 12.00 Ventspils Meža kapos."),
                                                                      ("Ilga Liepiņa", "1943–2025", "Mūžībā aizgājusi mūsu mīļā mamma un vecmāmiņa. Izvadīšana no Ventspils kapu kapličas."),
                                                                      ("Andris Zariņš", "1955–2025", "Skumju brīdī esam kopā ar tuviniekiem.")]), "", "obits"))
    s.non("/galerija/meteni-ventspili.g5120/", shell("Galerija: Meteņi Ventspilī | %s" % SN, gallery_html(K, "Meteņi Ventspilī", vd(D(2025, 3, 2, 13, 0, EET)), "Foto: Māris Kalniņš",
                                                                                                      ["Ragaviņu brauciens Pārventā", "Bērni maskās", "Pankūku cepšana", "Folkloras kopa"], "meteni"), '<meta property="og:type" content="article">', "gallery"))
    s.non("/video/krastmala-no-putna-lidojuma.v5123/", shell("Video: Krastmala no putna lidojuma | %s" % SN, video_html(K, "Krastmala no putna lidojuma", vd(D(2025, 3, 12, 16, 30, EET)), "Ostas ielas krastmala pirms pārbūves darbu sākuma.", "01:21"),
                                                              '<meta property="og:type" content="video.other">', "video"))
    s.non("/kontakti/", shell("Kontakti | %s" % SN, info_html(K, "Kontakti", ["SIA „Ventas Ziņas“, Kuldīgas iela 3, Ventspils, LV-3601.", "Redakcija: +371 63 555 111, redakcija@ventaszinas.lv"],
                                                              [("Galvenā redaktore", "Ilze Krūmiņa"), ("Žurnālisti", "Anna Bērziņa, Jānis Ozols"), ("Fotogrāfs", "Māris Kalniņš")]), "", "page"))
    s.sitemap(["/"] + [a["path"] for a in A] + ["/kontakti/"], "/meklet/")


# ====================================================================== 12 Estonian regional paper (Tartu)
def emajoe():
    s = Site(12)
    SN = "Emajõe Uudised"
    KU = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"]
    PV = ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"]

    def ed(dt):
        return "%02d.%02d.%d %02d:%02d" % (dt.day, dt.month, dt.year, dt.hour, dt.minute)
    yday = (NOW.astimezone(EET) - datetime.timedelta(days=1)).replace(hour=9, minute=15)
    A = [
        dict(aid=7712345, sec=("tartu", "Tartu"), slug="tartus-algab-vabaduse-silla-remont", title="Tartus algab Vabaduse silla remont", dt=D(2025, 3, 12, 14, 5, EET), shown=None,
             by=[("Mari Tamm", "reporter", "/autor/mari-tamm")], editor="Kristjan Kask", source="", authors=["Mari Tamm"], ld=True,
             paras=["Tartu linnavalitsus sõlmis lepingu Vabaduse silla remondiks, tööd algavad aprilli alguses ja kestavad sügiseni. Silla remondi maksumus on ligi neli miljonit eurot.",
                    "Remondi käigus vahetatakse välja silla kate, parandatakse vuugid ja piirded ning ehitatakse laiem kergliiklustee. Sild on olnud kasutusel alates 2009. aastast.",
                    "Remondi ajal on sillal liiklus avatud ühes suunas, bussid suunatakse Võidu sillale. Linn soovitab autojuhtidel võimalusel kesklinna vältida.",
                    "„Teame, et see tekitab ebamugavusi, kuid sild vajab remonti, et see püsiks veel aastakümneid,“ ütles abilinnapea.",
                    "Linn lubab, et jalakäijad ja jalgratturid saavad silda kasutada kogu remondi vältel."]),
        dict(aid=7712301, sec=("eesti", "Eesti"), slug="valitsus-kiitis-heaks-uue-maamaksu-korra", title="Valitsus kiitis heaks uue maamaksu korra", dt=D(2025, 3, 11, 15, 50, EET), shown=None,
             by=[], editor="Liis Saar", source="ERR", authors=[], ld=True,
             paras=["Valitsus kiitis teisipäeval heaks maamaksuseaduse muudatused, mille järgi võivad omavalitsused edaspidi ise otsustada, kas ja kui palju maamaksu kodualuselt maalt küsida.",
                    "Muudatuste järgi kaob senine maamaksuvabastus kodualusele maale, kuid omavalitsustel on õigus kehtestada omal otsusel soodustusi näiteks pensionäridele ja lasterikastele peredele.",
                    "Rahandusministeeriumi hinnangul suurenevad omavalitsuste maamaksutulud muudatuse järel umbes 30 miljoni euro võrra aastas.",
                    "Eelnõu saadetakse nüüd riigikokku."]),
        dict(aid=7712390, sec=("tartu", "Tartu"), slug="emajoe-jaa-on-nork-paastjad-hoiatavad", title="Emajõe jää on nõrk, päästjad hoiatavad jääle minejaid", dt=yday, shown="Eile, 09:15",
             by=[("Andres Kuusk", "", "")], editor="", source="", authors=["Andres Kuusk"], ld=False, truth_date="fetch-day1",
             paras=["Päästeamet hoiatab, et Emajõe jää on soojade ilmade tõttu muutunud nõrgaks ning jääle minek on eluohtlik. Eelmisel nädalal päästeti jõest kalamees, kes oli Ihaste lähedal läbi jää vajunud.",
                    "Päästjate sõnul on jää eriti õhuke sildade all ja kohtades, kus jõkke suubuvad kraavid ja ojad. Mitmel pool on jõe keskel juba lahtine vesi.",
                    "„Ükski kala ei ole väärt seda riski,“ ütles Lõuna päästekeskuse pressiesindaja.",
                    "Päästeamet tuletab meelde, et jääle minnes peavad kaasas olema naasklid ja päästevest ning keegi peaks teadma, kuhu minnakse."]),
    ]
    for a in A:
        a["path"] = "/uudised/%s/%d/%s" % (a["sec"][0], a["aid"], a["slug"])
    NL = "Telli Emajõe Uudiste uudiskiri ja saa igal hommikul Tartu olulisemad uudised oma postkasti."
    CM = {7712345: [("tartlane", "12.03.2025 15:02", "Jälle terve suve ummikud."), ("Kadri", "12.03.2025 17:31", "Hea, et kergliiklustee laiemaks tehakse.")]}
    for a in A:
        a["must"] = [a["paras"][0], a["paras"][-1]]
        a["must_not"] = [NL] + [c[2] for c in CM.get(a["aid"], [])[:1]]

    def when(a):
        return a["shown"] or ed(a["dt"])

    def shell(title, main, head="", cls=""):
        t = today(EET)
        return ('<!DOCTYPE html>\n<html lang="et"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/assets/eu.7b2c.css"></head><body class="%s">'
                '<header class="eu-header"><div class="eu-date">%s, %d. %s %d</div><a class="eu-logo" href="/">Emajõe Uudised</a><nav class="eu-nav"><a href="/uudised/tartu">Tartu</a><a href="/uudised/eesti">Eesti</a>'
                '<a href="/uudised/sport">Sport</a><a href="/leinateated">Leinateated</a><a href="/ilm">Ilm</a><a href="/horoskoop">Horoskoop</a><a href="/telekava">Telekava</a><a href="/otsing">Otsing</a></nav>'
                '<a class="eu-subscribe" href="/tellimine">Telli</a></header><main class="eu-main">%s</main>'
                '<footer class="eu-footer"><a href="/kontakt">Kontakt</a> <a href="/impressum">Impressum</a> <a href="/reklaam">Reklaam</a> <a href="/privaatsus">Privaatsuspoliitika</a><p>© 2025 AS Emajõe Meedia. Kõik õigused kaitstud.</p></footer>'
                '<div class="eu-consent"><p>Kasutame küpsiseid, et pakkuda sulle paremat lugemiskogemust.</p><button>Nõustun</button><button>Seaded</button></div></body></html>') % (
            E(title), head, cls, PV[t.weekday()].capitalize(), t.day, KU[t.month - 1], t.year, main)

    def article(a):
        url = s.url(a["path"])
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="Emajõe Uudised">') % (url, E(a["paras"][0][:150]), E(a["title"]), url)
        if a["ld"]:
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["dt"].isoformat(), "dateModified": a["dt"].isoformat(),
                  "author": [{"@type": "Person", "name": n} for n, _, _ in a["by"]] or [{"@type": "Organization", "name": a["source"]}],
                  "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": url}
            if a["editor"]:
                ld["editor"] = {"@type": "Person", "name": a["editor"]}
            head += jl(ld)
        who = "".join('<div class="eu-byline-author">%s%s</div>' % (('<a href="%s">%s</a>' % (p, E(n))) if p else E(n), (' <span class="eu-role">%s</span>' % r) if r else "") for n, r, p in a["by"])
        foot = ""
        if a["source"]:
            foot += '<p class="eu-source">Allikas: %s</p>' % a["source"]
        if a["editor"]:
            foot += '<p class="eu-editor">Toimetaja: %s</p>' % E(a["editor"])
        others = [o for o in A if o is not a]
        cm = CM.get(a["aid"], [])
        body = ps(a["paras"][:2]) + '<div class="eu-loe-ka">Loe ka: <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])) + ps(a["paras"][2:])
        main = ('<article class="eu-article"><div class="eu-section"><a href="/uudised/%s">%s</a></div><h1 class="eu-headline">%s</h1><div class="eu-byline">%s<time class="eu-time">%s</time></div>'
                '<div class="eu-share"><a>Jaga</a><a>Kopeeri link</a></div><figure><img src="/pildid/%d.jpg" alt=""><figcaption>Foto: Emajõe Uudised</figcaption></figure><div class="eu-body">%s</div>%s'
                '<div class="eu-keywords">Märksõnad: <a href="/margksona/sillad">sillad</a> <a href="/margksona/tartu">Tartu</a></div><div class="eu-newsletter"><p>%s</p><input type="email"><button>Telli</button></div>'
                '<section class="eu-related"><h3>Seotud lood</h3>%s</section>%s</article><aside class="eu-aside"><h3>Loetuimad</h3><ol>%s</ol></aside>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), who, when(a), a["aid"], body, foot, E(NL),
            "".join('<div><a href="%s">%s</a></div>' % (o["path"], E(o["title"])) for o in others),
            comments_html("eu", "Kommentaarid", cm) if cm else "", "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A))
        return shell("%s | %s" % (a["title"], SN), main, head, "eu-article-page")

    for a in A:
        s.story(a, article(a))
    K = "eu"
    items = cards(A, when)
    t = today(EET)
    tday = "%s, %d. %s %d" % (PV[t.weekday()], t.day, KU[t.month - 1], t.year)
    s.non("/", shell("Emajõe Uudised – Tartu ja Lõuna-Eesti uudised", list_html(K, "Värsked uudised", "", [items[2], items[0], items[1]]) + '<div class="eu-gallery-link"><a href="/galerii/vastlapaev-raekoja-platsil">Galerii: Vastlapäev Raekoja platsil</a></div>',
                     '<meta name="description" content="Tartu ja Lõuna-Eesti uudised."><meta property="og:type" content="website">', "home"))
    s.non("/uudised/tartu", shell("Tartu | %s" % SN, list_html(K, "Tartu", "", [items[2], items[0]]), "", "section"))
    s.non("/margksona/sillad", shell("sillad | %s" % SN, list_html(K, "Märksõna: sillad", "", [items[0]]), "", "tag"))
    s.non("/autor/mari-tamm", shell("Mari Tamm | %s" % SN, list_html(K, "Mari Tamm", "Emajõe Uudiste reporter, kirjutab linnaelust ja liiklusest.", [items[0]]), "", "author"))
    s.non("/otsing", shell("Otsing | %s" % SN, search_html(K, "Otsing", "Otsi", "sild", [items[0]], "Leiti 1 tulemus"), '<meta name="robots" content="noindex">', "search"))
    s.non("/ilm", shell("Ilm Tartus | %s" % SN, weather_html(K, "Ilmaprognoos", "Tartu", ["Päev", "Ilm", "Min", "Max"],
                                                             [(PV[(t.weekday() + i) % 7], ["pilves", "lörtsi", "päikeseline", "vihm", "vahelduv pilvisus"][i], "%d °C" % (-4 + i), "%d °C" % (2 + i)) for i in range(5)], "Allikas: Keskkonnaagentuur"), "", "weather"))
    s.non("/horoskoop", shell("Horoskoop | %s" % SN, horo_html(K, "Päevahoroskoop", tday, ["Jäär", "Sõnn", "Kaksikud", "Vähk", "Lõvi", "Neitsi", "Kaalud", "Skorpion", "Ambur", "Kaljukits", "Veevalaja", "Kalad"],
                                                               ["Sel nädalal on sul palju energiat uuteks algusteks.", "Tööl ootab sind oluline vestlus, ole kannatlik.", "Partner soovib sinult rohkem tähelepanu.",
                                                                "Hoia oma tervist ja puhka rohkem.", "Nädala lõpuks rahaasjad paranevad."]), "", "horoscope"))
    s.non("/telekava", shell("Telekava | %s" % SN, tv_html(K, "Telekava", tday, [("ETV", [("07:00", "Terevisioon"), ("21:00", "Aktuaalne kaamera"), ("21:35", "Film")]),
                                                                                ("Kanal 2", [("19:00", "Reporter"), ("20:00", "Õnne 13")]), ("TV3", [("19:00", "Seitsmesed uudised"), ("20:00", "Kodu keset linna")])]), "", "tv"))
    s.non("/leinateated", shell("Leinateated | %s" % SN, obits_html(K, "Leinateated", "Leinateateid saab tellida toimetusest või meie veebilehe kaudu.",
                                                                    [("Jaan Tamm", "12.05.1940 – 08.03.2025", "Mälestame armast isa ja vanaisa. Ärasaatmine 15. märtsil kell 12 Tartu Pauluse kirikus."),
                                                                     ("Helgi Saar", "03.11.1938 – 07.03.2025", "Leinavad lapsed peredega."),
                                                                     ("Tõnu Lepik", "21.01.1951 – 06.03.2025", "Avaldame kaastunnet omastele.")]), "", "obits"))
    s.non("/galerii/vastlapaev-raekoja-platsil", shell("Galerii: Vastlapäev Raekoja platsil | %s" % SN, gallery_html(K, "Vastlapäev Raekoja platsil", ed(D(2025, 3, 4, 15, 0, EET)), "Fotod: Andres Kuusk",
                                                                                                                  ["Liug mäest alla", "Vastlakuklid", "Lapsed kelkudega", "Raekoja plats rahvast täis"], "vastlad"), '<meta property="og:type" content="article">', "gallery"))
    s.non("/kontakt", shell("Kontakt | %s" % SN, info_html(K, "Kontakt", ["AS Emajõe Meedia, Rüütli 10, 51007 Tartu.", "Toimetus: +372 7 555 111, toimetus@emajoeuudised.ee", "Reklaam: reklaam@emajoeuudised.ee"]), "", "page"))
    s.non("/impressum", shell("Impressum | %s" % SN, info_html(K, "Impressum", ["Emajõe Uudised on AS Emajõe Meedia väljaanne."],
                                                               [("Peatoimetaja", "Kristjan Kask"), ("Toimetajad", "Liis Saar"), ("Reporterid", "Mari Tamm, Andres Kuusk")]), "", "page"))
    s.feed("/rss.xml", SN, [(a["path"], a["title"], a["dt"], a["paras"][0]) for a in A[:2]], "Tartu ja Lõuna-Eesti uudised")
    s.sitemap(["/"] + [a["path"] for a in A], "/otsing")


for build in (podunavlje, sedmica, savinjske, horizont, tiszai, stiriledunarii, kurier, ipeiros, veriu, nemuno, ventas, emajoe):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
