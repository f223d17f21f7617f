"""Web cq: news in Europe's smaller and regional languages. Twelve sites on
127.0.8.81-92 (port 18166), one publisher each, in Welsh, Irish, Scottish
Gaelic, Basque, Breton, West Frisian, Luxembourgish, Maltese, Faroese,
Romansh, Occitan and Upper Sorbian, each on the template of the CMS such a
publisher runs. Every story is hand-written in its language (three per site;
a shuffled copy of a paragraph in the same language pads each to 150 words
or more), and dates, bylines and site names are written the way that
language writes them.

 1 Cwm360 (81, cy, a Bro360-like hyperlocal platform, custom PHP): stories
   posted by members, "Gan Siân Elis" under an avatar, one dated only "2 awr
   yn ôl" (truth fetch-2), the others "Dydd Mawrth, 4 Mawrth 2025" (Tuesday
   and March are the same word) and "Dydd Gwener, 28 Chwefror 2025", a
   "Rhodri ap Dafydd" byline; readers' comments with names and times under
   each story; og: tags without dates, no JSON-LD. Home, all stories, two
   topics, a locality page, three member pages, events and an event, about,
   contact, a "send us a story" form.
 2 An Scéala (82, ga, WordPress + Yoast): "le Caoimhe Ní Fhlatharta",
   "5 Márta 2025", a two-writer story "le Dara Ó Cualáin agus Nóirín Nic
   Dhonncha", a desk story "le Foireann An Scéala" whose Yoast graph names
   the desk as a Person (truth []). Copy: Guth nan Eilean's Gaelic-schools
   story in Gaelic, credited and linked at the foot, no canonical. Home, two
   categories, a tag, four author pages (the desk's among them), two month
   archives, death notices, about, contact. Sitemap and /feed/.
 3 Guth nan Eilean (83, gd, Joomla 4 Cassiopeia, SEF URLs with .html):
   "Guth nan Eilean - headline" titles, "Sgrìobhte le: ...", "Air
   fhoillseachadh: Diardaoin, 06 Màrt 2025 10:15", a hits counter, meta
   author and Joomla's microdata, no og: or JSON-LD. Copy: An Scéala's Carna housing story in Irish
   with a canonical link to it and a Gaelic note. Home (featured), three
   category blogs, a tag, the archive, events, a staff contact, about,
   contact.
 4 Zazpiak Albisteak (84, eu, Drupal 10, paths without a slash): "Testua:
   Miren Agirre" beside "Argazkia: Jon Urkiola" (the photographer is no
   author), "2025eko martxoaren 1a, 10:15", the newest "duela 3 ordu" with no
   machine-readable date (truth fetch-3), two writers joined by "eta"; og:
   without dates. Home, two sections, a tag, four author pages, the
   hemeroteka, agenda, about, contact.
 5 Keleier Breizh (85, br, an old PHP weekly in ISO-8859-1, table layout, no
   metadata at all): "Keleier Breizh :: headline", "Gant Mikael Ar Gall",
   "Embannet Dimeurzh 4 a viz Meurzh 2025" (Tuesday and March again), an
   issue number, "Gant Soazig Kerhervé ha Per Morvan". Home, three
   categories, archive, writers, subscription, agenda, about, contact.
 6 De Fryske Koerier (86, fy, TYPO3 with tx_news microdata, paths without a
   slash): "Troch Sjoerd de Jong", "tiisdei 4 maart 2025, 14.30 oere",
   "04-03-2025" in lists, two writers "Troch Tryntsje Wiersma en Bauke
   Postma", a desk story "Troch de redaksje" (truth []). Home, news list,
   three categories, a tag, archive, staff page, agenda, about, contact.
 7 Lëtzebuerg Aktuell (87, lb, a Next.js portal with __NEXT_DATA__ and
   JSON-LD): a kicker above the h1 and in og:title ("Buergbrennen: ..."),
   "Vum Claude Weis", "10. Mäerz 2025 um 07:30" and "Aktualiséiert: ...",
   one "virun 2 Stonnen" (truth fetch-2, ISO time in JSON-LD), one signed
   "Redaktioun" (JSON-LD Organization; truth []). Home, two sections, a tag,
   two author pages, archive, weather, death notices, about, contact.
 8 Għawdex Illum (88, mt, WordPress + Jannah + Yoast): "Headline » Għawdex
   Illum", "Minn Maria Camilleri", "6 ta' Marzu 2025", "Minn Karl Grech u
   Daniela Attard", a views counter and reading time. Home, three
   categories, a tag, four authors, death notices, about, contact.
 9 Oyggjatíðindi (89, fo, a custom portal, og: only, no dates in the head):
   "Oyggjatíðindi | headline", "Tekstur: Rói Joensen" and "Mynd: Ólavur
   Hansen" (photo credit, no author), "týsdagur 4. mars 2025 kl. 14.20",
   "Tekstur: Guðrun Jacobsen og Hanus Poulsen". Home, three sections,
   three writers, archive, deaths, about, contact.
10 Novitads Grischun (90, rm, an SRG-like broadcaster's site, JSON-LD in UTC):
   a kicker over the h1, a lead paragraph, "Publitgà: 01.03.2025, 07:30",
   "Actualisà: ...", the author at the foot ("Autur: ...", "Auturs: Reto
   Casanova, Flurina Caduff") beside a broadcast line with its own date, one
   story published at 00:20 local (the day before in the JSON-LD's UTC;
   truth the local day). Home, news, two sections, a topic, an author,
   programmes, weather, about, contact.
11 L'Agaita (91, oc, Ghost 5 Casper): the <title> is the headline alone,
   "3 de març de 2025", author links, a two-author post whose JSON-LD names
   only the primary author, a custom excerpt above the body. Home, three
   tags, three authors, page 2, agenda, about, contact.
12 Serbski Kurěr (92, hsb, custom PHP): "headline – Serbski Kurěr: nowinki
   z Łužicy", "póndźela, 3. měrca 2025" above the headline, the writer's
   name signed at the foot of two stories, "Tekst a foto: Jan Bulank" over
   the third; og: title only. Home, three rubrics, archive, events,
   advertising, about, contact.

Syndication: An Scéala runs Guth nan Eilean's schools story in Gaelic
(credit at the foot, no canonical) and Guth nan Eilean runs An Scéala's
housing story in Irish (canonical to it).

Truth: 36 articles, 133 non-articles, the 2 copies only in "synd".
Every other page is a non-article. Titles are the h1 (without kicker or site name); dates the
local publication day as printed (relative ones as "fetch-N"); authors the
writers named in the byline (desks, photographers, sites give none). Bodies
must hold each story's first and last paragraph.

First crawl (newsroom at ec2a474): stories 36: title 33, date 27, authors
17 right; non-articles stored 2 of 133; bodies checked 33: 3 wrong;
syndicated copies 2: original kept for 1. The one copy not folded was this
web's fault: each copy's padding paragraph was shuffled from its own path,
so its text differed from the original's. Both copies now carry the
original's body, and the second crawl kept 2 of 2 (non-articles stored 1 of
133, the rest unchanged). Misses:
- Keleier Breizh's three stories not stored (read as listings,
  "discovery:nav": the menu column of the table layout), and its archive
  page stored as a story dated 2025-03-11, with a rubric page folded in.
- Dates not found: Cwm360's three ("Dydd Mawrth, 4 Mawrth 2025", "2 awr yn
  ôl") and Zazpiak's three ("2025eko martxoaren 1a, 12:30", "duela 3 ordu").
- Authors: Cwm360 took a name from the "more stories" cards beside the
  story ("Gwenllian Pugh Dydd Mawrth" on Siân Elis's story, "Siân Elis" on
  the other two) instead of "Gan ..."; "Testua:" (Zazpiak), "Tekstur:"
  (Oyggjatíðindi), the signature at the foot and "Tekst a foto:" (Serbski
  Kurěr) not read (all []); "Troch" kept in De Fryske Koerier's names
  ("Troch Sjoerd de Jong"); the desks "Foireann An Scéala" and "Redaktioun"
  kept as authors.
- Bodies: Novitads Grischun's lead paragraph (above the picture) left out
  of all three stories.
Not scored: Cwm360's byline line ("Gan Siân Elis 2 awr yn ôl") and
Oyggjatíðindi's photo credit ("Mynd: Ólavur Hansen") open the stored text.
"""
import datetime, html, json, os, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18166
E = html.escape
UTC = datetime.timezone.utc
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
truth = {"articles": [], "nonarticles": [], "synd": []}


class Site(common.Site):
    def __init__(self, n, encoding="utf-8"):
        super().__init__(OUT, "127.0.8.%d" % (80 + n), PORT, truth)
        self.encoding = encoding

    def put(self, path, doc):
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        common.write(self.out, self.host, path, doc, encoding=self.encoding)

    def story(self, st, doc):
        self.art(st.path, doc, st.title, st.date, st.authors, must=[st.paras[0], st.paras[-1]])

    def copy(self, path, doc, orig):
        self.put(path, doc)
        truth["synd"].append({"copy": self.url(path), "orig": orig})


def U(n, path):
    return "http://127.0.8.%d:%d%s" % (80 + n, PORT, path)


def doc(lang, title, head, body, cls="", charset="utf-8", pre=""):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s">%s<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>\n%s\n</head>\n<body%s>\n%s\n</body></html>\n') % (
        lang, charset, pre, E(title), head, (' class="%s"' % cls) if cls else "", body)


def og(title, url=None, typ="article", site=None, desc=None, extra=""):
    h = '<meta property="og:type" content="%s"><meta property="og:title" content="%s">' % (typ, E(title))
    if url:
        h += '<meta property="og:url" content="%s">' % E(url)
    if site:
        h += '<meta property="og:site_name" content="%s">' % E(site)
    if desc:
        h += '<meta name="description" content="%s"><meta property="og:description" content="%s">' % (E(desc), E(desc))
    return h + extra


def canon(u):
    return '<link rel="canonical" href="%s">' % E(u)


def P(p):
    return "\n".join("<p>%s</p>" % E(x) for x in p)


def ul(items, cls=""):
    return '<ul%s>%s</ul>' % (' class="%s"' % cls if cls else "", "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in items))


def nav(items, sep=" "):
    return sep.join('<a href="%s">%s</a>' % (p, E(t)) for p, t in items)


def slug(name):
    plain = unicodedata.normalize("NFKD", name.lower().replace("'", " "))
    return "-".join("".join(c for c in plain if not unicodedata.combining(c)).split())


# month and weekday names (weekdays Monday first)
MON = {
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split(),
    "ga": ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"],
    "gd": "Faoilleach Gearran Màrt Giblean Cèitean Ògmhios Iuchar Lùnastal Sultain Dàmhair Samhain Dùbhlachd".split(),
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua".split(),
    "br": "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu".split(),
    "fy": "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber".split(),
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember".split(),
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split(),
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember".split(),
    "rm": "schaner favrer mars avrigl matg zercladur fanadur avust settember october november december".split(),
    "oc": "genièr febrièr març abril mai junh julhet agost setembre octobre novembre decembre".split(),
    "hsb": "januara februara měrca apryla meje junija julija awgusta septembra oktobra nowembra decembra".split(),
}
WD = {
    "cy": ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"],
    "ga": ["Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn", "Dé Domhnaigh"],
    "gd": ["Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne", "Didòmhnaich"],
    "br": ["Dilun", "Dimeurzh", "Dimerc'her", "Diriaou", "Digwener", "Disadorn", "Disul"],
    "fy": ["moandei", "tiisdei", "woansdei", "tongersdei", "freed", "sneon", "snein"],
    "fo": ["mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur", "leygardagur", "sunnudagur"],
    "hsb": ["póndźela", "wutora", "srjeda", "štwórtk", "pjatk", "sobota", "njedźela"],
}

# A paragraph per language that common.shuffled turns into padding.
BASE = {
    "cy": "Mae'r gymuned wedi dod at ei gilydd dros y misoedd diwethaf i gefnogi'r cynllun, ac mae'r pwyllgor yn diolch i bawb a roddodd eu hamser a'u harian er mwyn cadw bywyd y pentref yn fyw ac yn Gymraeg am genhedlaeth arall.",
    "ga": "Tá go leor daoine sa cheantar ag faire go géar ar an scéal seo, agus deir lucht an phobail go leanfaidh siad ar aghaidh ag brú ar na húdaráis go dtí go mbeidh réiteach ceart ann a bheidh chun leasa na teanga agus na ndaoine óga.",
    "gd": "Tha mòran dhaoine anns a' choimhearsnachd a' cumail sùil gheur air a' chùis seo, agus tha iad ag ràdh gun lean iad orra a' brùthadh air na h-ùghdarrasan gus am bi fuasgladh ceart ann airson muinntir nan eilean agus airson na Gàidhlig.",
    "eu": "Herritar askok arreta handiz jarraitzen dute gai hau, eta auzoko elkarteek adierazi dute erakundeei presioa egiten jarraituko dutela, konponbide egokia aurkitu arte eta herriko bizitza euskaraz mantentzeko beharrezko baliabideak bermatu arte.",
    "br": "Kalz a dud er c'horn-bro a sell a-dost ouzh an afer-mañ, ha lavaret o deus ar gevredigezhioù e kendalc'hint da bouezañ war an dilennidi betek ma vo kavet un diskoulm mat evit an holl hag evit ar brezhoneg ivez.",
    "fy": "In protte minsken yn de regio folgje dit ûnderwerp op 'e foet, en ferskate ferienings hawwe sein dat se druk sette bliuwe op de gemeente en de provinsje oant der in goede oplossing komt foar elkenien dy't hjir wennet en wurket.",
    "lb": "Vill Leit an der Regioun verfollegen dëst Thema mat vill Opmierksamkeet, an d'Veräiner hu gesot, datt si weider Drock op d'Gemengen an op d'Regierung maache wäerten, bis eng gutt Léisung fir jiddereen fonnt ass, deen hei wunnt a schafft.",
    "mt": "Ħafna nies fil-lokalità qed isegwu dan is-suġġett mill-qrib, u l-għaqdiet volontarji qalu li se jkomplu jagħmlu pressjoni fuq il-kunsill lokali u fuq il-gvern sakemm tinstab soluzzjoni tajba għal kulħadd li jgħix u jaħdem fil-gżira.",
    "fo": "Nógv fólk í økinum fylgja væl við í hesum málinum, og feløgini siga, at tey halda fram at trýsta á kommununa og landsstýrið, til ein góð loysn er funnin fyri øll, sum búgva og arbeiða her.",
    "rm": "Blera glieud en la regiun suonda cun grond interess quest tema, e las uniuns han ditg ch'ellas vegnian a far vinavant squitsch sin la vischnanca e sin il chantun, fin ch'i dat ina buna soluziun per tuts che vivan e lavuran qua.",
    "oc": "Fòrça monde dins la region seguisson de prèp aquel subjècte, e las associacions an dich que contunharàn de far pression sus la comuna e sus la region fins que se tròbe una bona solucion per totes los que vivon e trabalhan aicí.",
    "hsb": "Wjele ludźi w regionje tutu temu kedźbnje sćěhuje, a towarstwa su prajili, zo budu dale na gmejnu a na knježerstwo ćišćeć, doniž njebudźe dobre rozrisanje za wšěch, kotřiž tu bydla a dźěłaja.",
}


class St:
    """A story: path, headline, writers, its hand-written paragraphs (the
    first and last of which the stored body must hold) and when it was
    published: t, an ISO time with the site's offset, or rel, hours before
    the crawl (shown only as "N hours ago")."""

    def __init__(self, lang, path, title, authors, paras, t=None, rel=None, **kw):
        self.lang, self.path, self.title, self.authors, self.paras = lang, path, title, authors, paras
        self.rel = rel
        if rel:
            self.t = NOW - datetime.timedelta(hours=rel)
            self.date = "fetch-%d" % rel
        else:
            self.t = datetime.datetime.fromisoformat(t)
            self.date = self.t.date().isoformat()
        self.__dict__.update(kw)
        # the body: the story's own paragraphs with shuffled padding after the
        # second, so that every story runs to 150 words or more
        pad, i = [], 0
        seed = sum(map(ord, path))
        while sum(len(p.split()) for p in paras + pad) < 160:
            pad.append(common.shuffled(BASE[lang], seed + i))
            i += 1
        self.body = paras[:2] + pad + paras[2:]

    def local(self, tz):
        return self.t.astimezone(tz)


GMT = datetime.timezone.utc
CET = datetime.timezone(datetime.timedelta(hours=1))


# ====================================================================== 1 Cwm360 (Welsh hyperlocal platform)
def cwm():
    s = Site(1)
    ORG = "Cwm360"
    A = [
        St("cy", "/stori/pentrefwyr-yn-prynu-tafarn-olaf-llanddewi-fach/", "Pentrefwyr yn prynu tafarn olaf Llanddewi Fach", ["Siân Elis"], [
            "Mae trigolion Llanddewi Fach wedi codi digon o arian i brynu'r Llew Coch, yr unig dafarn sydd ar ôl yn y pentref, ar ôl ymgyrch a barodd bron i flwyddyn.",
            "Prynodd dros 300 o bobl gyfranddaliadau yn y fenter gymunedol, gyda rhai'n cyfrannu cyn lleied â £50. Cafodd y pwyllgor grant hefyd gan Lywodraeth Cymru tuag at gost yr adeilad.",
            "\"Roedden ni'n gwybod bod rhaid i ni wneud rhywbeth cyn i'r drws gau am byth,\" meddai Dafydd Rees, cadeirydd y fenter. \"Dyma lle mae'r côr yn cwrdd, lle mae'r clwb ffermwyr ifanc yn cynnal cwis, a lle mae pobl yn siarad Cymraeg bob nos.\"",
            "Y bwriad yw ailagor y dafarn erbyn yr haf, gyda siop fach a chaffi yn yr hen stabl. Mae'r fenter yn chwilio am wirfoddolwyr i helpu gyda'r gwaith peintio dros y penwythnosau nesaf."],
           rel=2, user=("sian-elis", "Siân Elis"), topic=("newyddion", "Newyddion"),
           comments=[("Eirlys Jones", "1 awr yn ôl", "Newyddion gwych! Da iawn bawb a weithiodd mor galed."), ("Huw Parri", "45 munud yn ôl", "Pryd fydd y cyfarfod nesaf i'r gwirfoddolwyr?")]),
        St("cy", "/stori/aelwyd-y-dyffryn-yn-cipio-gwobr-gyntaf-eisteddfod-sir/", "Aelwyd y Dyffryn yn cipio'r wobr gyntaf yn Eisteddfod Sir yr Urdd", ["Gwenllian Pugh"], [
            "Roedd hi'n benwythnos llwyddiannus i Aelwyd y Dyffryn yn Eisteddfod Sir yr Urdd, gyda'r côr yn cipio'r wobr gyntaf a thri unigolyn yn mynd ymlaen i'r Genedlaethol.",
            "Cafodd yr eisteddfod ei chynnal yn Ysgol Uwchradd Tregaron ddydd Sadwrn, ac roedd y neuadd yn llawn o deuluoedd o bob cwr o'r sir.",
            "Canodd y côr ddarn newydd gan y gyfansoddwraig leol Meinir Lloyd, ac fe ddywedodd y beirniad fod eu perfformiad yn \"llawn egni a thynerwch\".",
            "Bydd Elin, Tomos a Cadi yn cystadlu yn Eisteddfod Genedlaethol yr Urdd ym mis Mai. Mae'r Aelwyd yn ymarfer bob nos Fercher yn festri'r capel, ac mae croeso i aelodau newydd."],
           t="2025-03-04T19:40:00+00:00", user=("gwenllian-pugh", "Gwenllian Pugh"), topic=("diwylliant", "Diwylliant"),
           comments=[("Mared Huws", "5 Mawrth 2025", "Llongyfarchiadau mawr i'r côr!")]),
        St("cy", "/stori/cwtogi-ar-fws-t2-yn-gadael-pentrefi-heb-gysylltiad/", "Cwtogi ar y bws T2 yn gadael pentrefi heb gysylltiad", ["Rhodri ap Dafydd"], [
            "Bydd llai o fysiau'n teithio drwy'r dyffryn o fis Ebrill ymlaen, ar ôl i'r cwmni sy'n rhedeg y gwasanaeth gyhoeddi y bydd yn torri tair taith y dydd.",
            "Mae'r newid yn golygu na fydd bws yn gadael y pentref ar ôl chwech o'r gloch y nos, ac mae rhieni'n poeni sut bydd pobl ifanc yn cyrraedd y coleg yn Aberystwyth ac yn ôl.",
            "Dywedodd y cynghorydd sir Meleri Hughes ei bod wedi ysgrifennu at y cwmni a'r cyngor i ofyn am ailystyried. \"Does gan lawer o bobl hŷn ddim car. Y bws yw eu hunig ffordd o gyrraedd y meddyg a'r siopau,\" meddai.",
            "Mae'r cwmni'n dweud bod nifer y teithwyr wedi gostwng ers y pandemig a bod costau tanwydd wedi codi. Bydd cyfarfod cyhoeddus yn neuadd y pentref nos Iau nesaf am saith o'r gloch."],
           t="2025-02-28T08:05:00+00:00", user=("rhodri-ap-dafydd", "Rhodri ap Dafydd"), topic=("newyddion", "Newyddion"),
           comments=[("Gareth Lewis", "28 Chwefror 2025", "Gwarthus. Mae mam yn dibynnu ar y bws yna."), ("Nia Rowlands", "1 Mawrth 2025", "Byddaf i yn y cyfarfod nos Iau.")]),
    ]

    def when(st):
        if st.rel:
            return "%d awr yn ôl" % st.rel
        t = st.local(GMT)
        return "%s, %d %s %d" % (WD["cy"][t.weekday()], t.day, MON["cy"][t.month - 1], t.year)

    NAV = [("/", "Hafan"), ("/straeon/", "Straeon"), ("/pwnc/newyddion/", "Newyddion"), ("/pwnc/diwylliant/", "Diwylliant"), ("/digwyddiadau/", "Digwyddiadau"), ("/bro/llanddewi-fach/", "Llanddewi Fach")]
    FOOT = [("/amdanom/", "Amdanom ni"), ("/cysylltu/", "Cysylltu"), ("/cyfrannu/", "Cyfrannu stori")] + [("/defnyddiwr/%s/" % st.user[0], st.user[1]) for st in A]

    def shell(title, main, head=""):
        body = ('<header class="pennawd"><a class="logo" href="/"><img src="/delweddau/cwm360.svg" alt="Cwm360"></a><nav class="prif-lywio">%s</nav>'
                '<a class="botwm botwm--cyfrannu" href="/cyfrannu/">+ Cyfrannu stori</a> <a class="mewngofnodi" href="/cyfrannu/">Mewngofnodi</a></header>\n'
                '<main class="prif">%s</main>\n'
                '<footer class="troedyn"><p>Cwm360: straeon o\'r fro, gan bobl y fro.</p><nav>%s</nav><p>Rhan o rwydwaith gwefannau bro. Cefnogir gan Lywodraeth Cymru.</p></footer>') % (
            nav(NAV), main, nav(FOOT, " | "))
        return doc("cy", title, head, body, "cwm360")

    def card(st):
        return ('<div class="cerdyn"><a class="cerdyn__dolen" href="%s"><h3>%s</h3></a><div class="cerdyn__meta"><img class="avatar" src="/uploads/avatars/%s.jpg" alt=""> %s '
                '<span class="amser">%s</span></div></div>') % (st.path, E(st.title), st.user[0], E(st.user[1]), when(st))

    for st in A:
        cm = "".join('<div class="sylw"><span class="sylw__enw">%s</span> <span class="sylw__amser">%s</span><p>%s</p></div>' % (E(n), E(w), E(c)) for n, w, c in st.comments)
        main = ('<article class="stori"><div class="stori__pwnc"><a href="/pwnc/%s/">%s</a> &middot; <a href="/bro/llanddewi-fach/">Llanddewi Fach</a></div>'
                '<h1 class="stori__teitl">%s</h1><div class="stori__awdur"><img class="avatar" src="/uploads/avatars/%s.jpg" alt=""> Gan <a href="/defnyddiwr/%s/">%s</a> '
                '<span class="stori__amser">%s</span></div><figure class="stori__llun"><img src="/uploads/2025/%s.jpg" alt=""></figure>'
                '<div class="stori__cynnwys">%s</div><div class="stori__ymateb"><button class="hoffi">Hoffi (%d)</button> <button>Rhannu</button></div>'
                '<section class="sylwadau"><h2>Sylwadau (%d)</h2>%s<form class="sylw-newydd"><textarea placeholder="Ychwanegwch sylw"></textarea><button>Anfon</button></form></section></article>'
                '<aside class="mwy"><h2>Mwy o straeon o\'r fro</h2>%s</aside>') % (
            st.topic[0], st.topic[1], E(st.title), st.user[0], st.user[0], E(st.user[1]), when(st), st.path.split("/")[2][:20], P(st.body),
            len(st.path) % 30 + 3, len(st.comments), cm, "".join(card(o) for o in A if o is not st))
        s.story(st, shell("%s | %s" % (st.title, ORG), main, og(st.title, s.url(st.path), site=ORG, desc=st.paras[0])))

    def page(path, title, main):
        s.non(path, shell("%s | %s" % (title, ORG) if path != "/" else "Cwm360 | Straeon o'r fro", main, og(title, s.url(path), "website", ORG)))

    page("/", "Hafan", '<section class="diweddaraf"><h1>Straeon diweddaraf</h1>%s</section><section class="digwyddiadau-bach"><h2>Beth sy\'mlaen</h2><p><a href="/digwyddiadau/noson-lawen-y-llew-coch/">Noson Lawen yn y Llew Coch</a> &ndash; Nos Wener, 21 Mawrth</p></section>' % "".join(card(st) for st in A))
    page("/straeon/", "Straeon", '<h1>Pob stori</h1>%s<p class="tudalennu">Tudalen 1 o 1</p>' % "".join(card(st) for st in A))
    for t, name, intro in (("newyddion", "Newyddion", "Newyddion o'r dyffryn, wedi'u hysgrifennu gan bobl leol."), ("diwylliant", "Diwylliant", "Eisteddfodau, corau, cyngherddau a'r celfyddydau yn y fro.")):
        page("/pwnc/%s/" % t, name, '<h1>%s</h1><p>%s</p>%s' % (name, intro, "".join(card(st) for st in A if st.topic[0] == t)))
    page("/bro/llanddewi-fach/", "Llanddewi Fach", '<h1>Llanddewi Fach</h1><p>Pentref yng ngogledd Ceredigion gyda thua 600 o drigolion, capel, ysgol gynradd a thafarn.</p>%s' % "".join(card(st) for st in A))
    bios = {"sian-elis": "Siân yw ysgrifennydd menter y Llew Coch ac mae'n byw yn y pentref ers ugain mlynedd.",
            "gwenllian-pugh": "Mae Gwenllian yn arweinydd gyda'r Aelwyd ac yn athrawes gerdd.",
            "rhodri-ap-dafydd": "Mae Rhodri'n ffermwr ac yn aelod o'r cyngor cymuned."}
    for st in A:
        page("/defnyddiwr/%s/" % st.user[0], st.user[1], '<div class="proffil"><img class="avatar avatar--mawr" src="/uploads/avatars/%s.jpg" alt=""><h1>%s</h1><p>%s</p><p>Aelod ers 2021 &middot; 14 stori</p></div><h2>Straeon gan %s</h2>%s' % (
            st.user[0], E(st.user[1]), bios[st.user[0]], E(st.user[1].split()[0]), card(st)))
    page("/digwyddiadau/", "Digwyddiadau", '<h1>Digwyddiadau</h1><ul class="calendr"><li><a href="/digwyddiadau/noson-lawen-y-llew-coch/">Noson Lawen yn y Llew Coch</a> &ndash; Nos Wener, 21 Mawrth 2025, 7.30yh</li>'
         '<li>Bore coffi Merched y Wawr &ndash; Dydd Sadwrn, 22 Mawrth 2025, 10yb, Neuadd y Pentref</li><li>Cyngerdd Gŵyl Dewi &ndash; Nos Sadwrn, 1 Mawrth 2025, Capel Bethel</li></ul><p><a href="/cyfrannu/">Ychwanegu digwyddiad</a></p>')
    page("/digwyddiadau/noson-lawen-y-llew-coch/", "Noson Lawen yn y Llew Coch", '<div class="digwyddiad"><h1>Noson Lawen yn y Llew Coch</h1><p class="dyddiad">Nos Wener, 21 Mawrth 2025, 7.30yh</p>'
         '<p>Lleoliad: Y Llew Coch, Llanddewi Fach</p><p>Tocynnau: £5 wrth y drws. Yr elw at fenter gymunedol y dafarn.</p><p>Trefnydd: <a href="/defnyddiwr/sian-elis/">Siân Elis</a></p></div>')
    page("/amdanom/", "Amdanom ni", '<h1>Amdanom ni</h1><p>Gwefan fro i Ddyffryn Ystwyth a\'r cylch yw Cwm360. Pobl leol sy\'n ysgrifennu\'r straeon, ac mae unrhyw un yn gallu cyfrannu.</p>'
         '<p>Mae\'r wefan yn rhan o rwydwaith o wefannau bro ar draws Cymru, ac yn cydweithio gyda\'r papur bro misol.</p>')
    page("/cysylltu/", "Cysylltu", '<h1>Cysylltu â ni</h1><p>E-bost: helo@cwm360.example</p><form><label>Enw <input name="enw"></label><label>Neges <textarea name="neges"></textarea></label><button>Anfon</button></form>')
    page("/cyfrannu/", "Cyfrannu stori", '<h1>Cyfrannu stori</h1><p>Oes gennych chi stori o\'r fro? Mewngofnodwch neu crëwch gyfrif i\'w hychwanegu.</p><form><label>Teitl <input name="teitl"></label><label>Stori <textarea name="stori"></textarea></label><button>Cyhoeddi</button></form>')


# ====================================================================== 2 An Scéala (Irish, WordPress + Yoast)
CARNA = St("ga", "/2025/03/05/ceadaiodh-24-teach-nua-i-gcarna-le-coinnioll-teanga/", "Ceadaíodh 24 teach nua i gCarna ach coinníoll teanga ag baint leo", ["Caoimhe Ní Fhlatharta"], [
    "Tá cead pleanála tugtha ag Comhairle Contae na Gaillimhe do 24 teach nua i gCarna, ach beidh ar 80% de na ceannaitheoirí a chruthú go bhfuil cumas acu sa Ghaeilge.",
    "Is é seo an coinníoll teanga is déanaí a cuireadh ar fhorbairt tithíochta sa Ghaeltacht, agus tháinig sé tar éis do phobal na háite agóid a dhéanamh faoi fhorbairtí eile nár cuireadh aon srian orthu.",
    "Dúirt Pádraig Ó Conghaile, cathaoirleach an chomharchumainn áitiúil, go raibh fáilte roimh an gcinneadh. \"Tá ár ndaoine óga ag imeacht mar nach bhfuil siad in ann teach a fháil sa cheantar. Tabharfaidh sé seo seans dóibh fanacht,\" a dúirt sé.",
    "Tá tréimhse ceithre seachtaine ag aon duine ar mian leis achomharc a dhéanamh chuig an mBord Pleanála."],
    t="2025-03-05T11:20:00+00:00", cat=("nuacht", "Nuacht"), au=[("caoimhe-ni-fhlatharta", "Caoimhe Ní Fhlatharta")])
SCHOOLS = St("gd", "/foghlam/108-barrachd-chloinne-ann-am-foghlam-gaidhlig.html", "Barrachd chloinne ann am foghlam Gàidhlig na bha riamh", ["Catrìona NicDhòmhnaill"], [
    "Tha barrachd chloinne a' faighinn foghlam tro mheadhan na Gàidhlig na bha aig àm sam bith roimhe, a rèir figearan ùra a chaidh fhoillseachadh an-diugh.",
    "Tha còrr is 5,000 sgoilear ann am bun-sgoiltean agus àrd-sgoiltean air feadh Alba ag ionnsachadh tron Ghàidhlig, le fàs mòr ann an Glaschu agus Dùn Èideann.",
    "Thuirt ceannard Bòrd na Gàidhlig gu bheil na figearan a' sealltainn gu bheil pàrantan airson gum bi an cuid cloinne dà-chànanach. \"Ach feumaidh sinn barrachd thidsearan,\" thuirt i. \"Tha cuid de sgoiltean a' strì ri dreuchdan a lìonadh.\"",
    "Tha an riaghaltas air gealltainn gun tèid sgeama ùr a chur air bhog am-bliadhna gus tidsearan a bhrosnachadh gu bhith ag obair sna h-eileanan."],
    t="2025-02-26T09:30:00+00:00", cat=("foghlam", "Foghlam"))


def scela():
    s = Site(2)
    ORG = "An Scéala"
    A = [CARNA,
         St("ga", "/2025/03/07/ceolchoirm-mhor-i-ngaillimh-le-2000-dalta-scoile/", "Seachtain na Gaeilge: ceolchoirm mhór i nGaillimh le 2,000 dalta scoile", ["Dara Ó Cualáin", "Nóirín Nic Dhonncha"], [
             "Bhí níos mó ná 2,000 dalta bunscoile ag canadh as Gaeilge in ionad spóirt na hOllscoile i nGaillimh inniu mar chuid de Sheachtain na Gaeilge.",
             "Tháinig scoileanna ó Chonamara, ó Oileáin Árann agus ó chathair na Gaillimhe le chéile don cheolchoirm, a bhí á heagrú den tríú bliain as a chéile.",
             "\"Is é seo an lá is fearr den bhliain acu,\" a dúirt múinteoir as Ros Muc, Síle Ní Chonghaile. \"Feiceann siad go bhfuil an teanga beo agus go bhfuil na mílte eile cosúil leo.\"",
             "Leanfaidh Seachtain na Gaeilge ar aghaidh go dtí an 17 Márta, le himeachtaí i ngach contae agus i gcathracha thar lear."],
            t="2025-03-07T15:05:00+00:00", cat=("oideachas", "Oideachas"), au=[("dara-o-cualain", "Dara Ó Cualáin"), ("noirin-nic-dhonncha", "Nóirín Nic Dhonncha")]),
         St("ga", "/2025/02/25/seirbhis-farantoireachta-arann-go-deireadh-na-bliana/", "Seirbhís farantóireachta Árann le leanúint ar aghaidh go deireadh na bliana", [], [
             "Leanfaidh an tseirbhís farantóireachta idir Ros an Mhíl agus Oileáin Árann ar aghaidh go dtí deireadh na bliana, tar éis don Roinn Gaeltachta conradh sealadach a shíniú leis an gcomhlacht.",
             "Bhí imní ar mhuintir na n-oileán le roinnt seachtainí go dtiocfadh deireadh leis an tseirbhís gheimhridh, mar gur tháinig deireadh leis an seanchonradh i mí Eanáir.",
             "Dúirt an tAire Stáit go bhfuil conradh fadtéarmach á ullmhú agus go bhfógrófar tairiscintí nua roimh an samhradh.",
             "Fáiltíonn comharchumainn na n-oileán roimh an scéala ach deir siad go bhfuil gá le cinnteacht níos faide ná bliain amháin."],
            t="2025-02-25T17:45:00+00:00", cat=("nuacht", "Nuacht"), au=[("foireann", "Foireann An Scéala")]),
    ]
    copy_path = "/2025/02/27/barrachd-chloinne-ann-am-foghlam-gaidhlig/"
    CP = St("gd", copy_path, SCHOOLS.title, SCHOOLS.authors, SCHOOLS.paras, t="2025-02-27T08:00:00+00:00", cat=("oideachas", "Oideachas"),
            au=[("foireann", "Foireann An Scéala")])
    CP.body = SCHOOLS.body  # a copy carries the original's text as it stands

    def shown(st):
        t = st.local(GMT)
        return "%d %s %d" % (t.day, MON["ga"][t.month - 1], t.year)

    CATS = [("nuacht", "Nuacht"), ("oideachas", "Oideachas")]
    NAV = [("/", "Baile")] + [("/catagoir/%s/" % c, n) for c, n in CATS] + [("/clib/gaeltacht/", "Gaeltacht"), ("/fograi-bais/", "Fógraí Báis"), ("/2025/03/", "Cartlann")]
    FOOT = [("/eolas/", "Eolas fúinn"), ("/teagmhail/", "Teagmháil")] + [("/author/%s/" % a, n) for a, n in [("caoimhe-ni-fhlatharta", "Caoimhe Ní Fhlatharta"), ("dara-o-cualain", "Dara Ó Cualáin"), ("foireann", "Foireann An Scéala")]]

    def shell(title, main, head, cls):
        return doc("ga-IE", title, head + '<meta name="generator" content="WordPress 6.7.2"><link rel="alternate" type="application/rss+xml" title="An Scéala &raquo; Fotha" href="%s">' % s.url("/feed/"),
                   '<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">An Scéala</a></p><p class="site-description">Nuacht na Gaeltachta, gach lá</p>'
                   '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>\n<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div>'
                   '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Is déanaí</h2>%s</section></aside></div>\n'
                   '<footer id="colophon" class="site-footer"><nav class="footer-menu">%s</nav><div class="site-info">&copy; 2025 An Scéala Teoranta. Le tacaíocht ó Fhoras na Gaeilge.</div></footer></div>' % (
                       "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV), main, ul([(o.path, o.title) for o in A] + [(copy_path, CP.title)]), nav(FOOT, " &middot; ")), cls)

    def yoast(st, url):
        au = st.au[0]
        graph = [{"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": au[1], "@id": s.url("/#/schema/person/%s" % au[0])},
                  "headline": st.title, "datePublished": st.t.isoformat(), "dateModified": st.t.isoformat(), "mainEntityOfPage": {"@id": url},
                  "publisher": {"@id": s.url("/#organization")}, "articleSection": [st.cat[1]], "inLanguage": "ga-IE"},
                 {"@type": "WebPage", "@id": url, "url": url, "name": "%s &ndash; An Scéala" % st.title, "datePublished": st.t.isoformat(), "inLanguage": "ga-IE"},
                 {"@type": "Organization", "@id": s.url("/#organization"), "name": ORG, "url": s.url("/")},
                 {"@type": "Person", "@id": s.url("/#/schema/person/%s" % au[0]), "name": au[1], "url": s.url("/author/%s/" % au[0])}]
        return jl({"@context": "https://schema.org", "@graph": graph})

    def article(st, note=""):
        url = s.url(st.path)
        names = " agus ".join('<a class="url fn n" href="/author/%s/">%s</a>' % (a, E(n)) for a, n in st.au)
        head = (canon(url) + og(st.title, url, site=ORG, desc=st.paras[0][:160], extra='<meta property="og:locale" content="ga_IE"><meta property="article:published_time" content="%s"><meta property="article:section" content="%s">' % (st.t.isoformat(), st.cat[1]))
                + '<meta name="author" content="%s">' % E(", ".join(n for _, n in st.au)) + yoast(st, url))
        main = ('<article class="post type-post status-publish format-standard has-post-thumbnail category-%s"><header class="entry-header"><span class="cat-links"><a href="/catagoir/%s/" rel="category tag">%s</a></span>'
                '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline"> le <span class="author vcard">%s</span></span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>'
                '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/%02d/%s.jpg" alt=""></div><div class="entry-content">%s%s</div>'
                '<footer class="entry-footer"><span class="tags-links">Clibeanna: <a href="/clib/gaeltacht/" rel="tag">Gaeltacht</a></span></footer></article>'
                '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Nascleanúint Ailt</h2>%s</nav>') % (
            st.cat[0], st.cat[0], st.cat[1], E(st.title), names, st.t.isoformat(), shown(st), st.t.month, st.path.split("/")[4][:16], P(st.body), note,
            ul([(o.path, o.title) for o in A if o is not st][:2]))
        return shell("%s \u2013 An Scéala" % st.title, main, head, "post-template-default single single-post")

    for st in A:
        s.story(st, article(st))
    s.copy(copy_path, article(CP, note='<p class="foinse"><em>Foilsíodh an scéal seo ar dtús i nGàidhlig na hAlban ar <a href="%s">Guth nan Eilean</a> agus athfhoilsítear anseo é le caoinchead, mar chuid de chomhpháirtíocht Cholmcille.</em></p>' % U(3, SCHOOLS.path)), U(3, SCHOOLS.path))
    allp = A + [CP]

    def arch(items):
        return "".join('<article class="post"><header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2><div class="entry-meta"><time>%s</time></div></header><div class="entry-summary"><p>%s</p></div></article>' % (
            st.path, E(st.title), shown(st), E(st.paras[0][:140]) + " [&hellip;]") for st in items)

    def page(path, title, main, cls="archive"):
        s.non(path, shell("%s \u2013 An Scéala" % title if path != "/" else "An Scéala \u2013 Nuacht na Gaeltachta, gach lá", main, canon(s.url(path)) + og(title, s.url(path), "website", ORG), cls))

    page("/", "Baile", '<h1 class="screen-reader-text">An Scéala</h1>' + arch(sorted(allp, key=lambda x: x.t, reverse=True)), "home blog")
    for c, n in CATS:
        page("/catagoir/%s/" % c, n, '<header class="page-header"><h1 class="page-title">Catagóir: <span>%s</span></h1></header>%s' % (n, arch([x for x in allp if x.cat[0] == c])))
    page("/clib/gaeltacht/", "Gaeltacht", '<header class="page-header"><h1 class="page-title">Clib: <span>Gaeltacht</span></h1></header>' + arch(allp))
    for a, n, bio in (("caoimhe-ni-fhlatharta", "Caoimhe Ní Fhlatharta", "Is iriseoir í Caoimhe atá ag obair le An Scéala ó 2019. Is as an gCeathrú Rua di."),
                      ("dara-o-cualain", "Dara Ó Cualáin", "Tuairisceoir oideachais agus spóirt."),
                      ("noirin-nic-dhonncha", "Nóirín Nic Dhonncha", "Tuairisceoir i gcathair na Gaillimhe."),
                      ("foireann", "Foireann An Scéala", "")):
        page("/author/%s/" % a, n, '<header class="page-header"><h1 class="page-title">Údar: <span class="vcard">%s</span></h1><div class="archive-description">%s</div></header>%s' % (
            E(n), E(bio), arch([x for x in allp if a in [p for p, _ in x.au]])))
    page("/2025/03/", "Márta 2025", '<header class="page-header"><h1 class="page-title">Mí: <span>Márta 2025</span></h1></header>' + arch([x for x in allp if x.t.month == 3]) +
         '<nav class="navigation posts-navigation"><a href="/2025/02/">Feabhra 2025</a></nav>')
    page("/2025/02/", "Feabhra 2025", '<header class="page-header"><h1 class="page-title">Mí: <span>Feabhra 2025</span></h1></header>' + arch([x for x in allp if x.t.month == 2]))
    page("/fograi-bais/", "Fógraí Báis", '<h1 class="entry-title">Fógraí Báis</h1><div class="entry-content"><p><strong>Máirtín Ó Flaithearta</strong>, An Cheathrú Rua. D\'éag 3 Márta 2025. Sochraid Aifreann Éagnairce i Séipéal an Chnoic Dé hAoine ag 11 r.n.</p>'
         '<p><strong>Bríd Bean Uí Fhátharta</strong>, Leitir Móir. D\'éag 1 Márta 2025 go síochánta in Ospidéal na hOllscoile. Ar dheis Dé go raibh a hanam.</p><p>Le fógra báis a chur isteach, déan teagmháil linn ag fograi@anscela.example.</p></div>', "page")
    page("/eolas/", "Eolas fúinn", '<h1 class="entry-title">Eolas fúinn</h1><div class="entry-content"><p>Seirbhís nuachta ar líne i nGaeilge is ea An Scéala, a bhfuil a hoifig i gConamara. Foilsímid nuacht, tuairisc agus anailís ó na ceantair Ghaeltachta agus ón bpobal Gaeilge ar fud an domhain.</p>'
         '<p>Faigheann An Scéala maoiniú ó Fhoras na Gaeilge. Ní bhíonn aon tionchar ag an maoinitheoir ar ár gcuid tuairiscíochta.</p></div>', "page")
    page("/teagmhail/", "Teagmháil", '<h1 class="entry-title">Teagmháil</h1><div class="entry-content"><p>Oifig An Scéala, An Cheathrú Rua, Co. na Gaillimhe.</p><p>Fón: 091 555 0142 &middot; R-phost: eolas@anscela.example</p></div>', "page")
    s.sitemap([x.path for x in allp], "/wp-admin/")
    s.rss("/feed/", ORG, [(x.path, x.title, x.t.strftime("%a, %d %b %Y %H:%M:%S +0000")) for x in allp])


# ====================================================================== 3 Guth nan Eilean (Scottish Gaelic, Joomla 4)
def guth():
    s = Site(3)
    ORG = "Guth nan Eilean"
    A = [St("gd", "/naidheachdan/112-aiseag-ur-airson-ile-ron-t-samhradh.html", "Aiseag ùr airson Ìle gu bhith a' seòladh ron t-samhradh", ["Murchadh MacLeòid"], [
            "Tha CalMac ag ràdh gum bi an aiseag ùr airson Ìle a' seòladh ron t-samhradh, às dèidh dàil de chòrr is bliadhna san togail.",
            "Chaidh an soitheach a thogail ann an Turcaidh agus ràinig i Alba aig deireadh a' mhìos a chaidh. Tha i a-nis a' dol tro dheuchainnean air Abhainn Chluaidh.",
            "Thuirt Seonag NicIlleathain, a tha na ball de bhuidheann-comhairle nan aiseagan ann an Ìle, gu bheil muinntir an eilein sgìth de bhàtaichean a' briseadh sìos. \"Tha sinn air a bhith a' feitheamh ro fhada. Tha gnìomhachasan agus teaghlaichean a' fulang,\" thuirt i.",
            "Bidh an aiseag ùr comasach air barrachd chàraichean agus làraidhean a ghiùlan, agus thathar an dùil gun tig an dàrna bàta gu seirbheis an ath-bhliadhna."],
            t="2025-03-06T10:15:00+00:00", cat=("naidheachdan", "Naidheachdan"), hits=342, tag=True),
         SCHOOLS,
         St("gd", "/croitearachd/114-croitearan-ann-an-uibhist-a-gearan-mu-thaic.html", "Croitearan ann an Uibhist a' gearan mu thaic àiteachais", ["Iain MacAonghais"], [
             "Tha croitearan ann an Uibhist a Deas ag ràdh gu bheil iad a' call airgead air sgàth atharrachaidhean anns an dòigh sa bheil taic àiteachais ga pàigheadh.",
             "Aig coinneamh ann an Lìonacleit Disathairne, chuala buidheann de chòrr is ceithir fichead croitear mu na cosgaisean a bharrachd airson biadh bheathaichean agus connadh.",
             "\"Chan eil e furasta croit a chumail a' dol an-diugh,\" thuirt Dòmhnall Iain MacIlleMhaoil, a tha a' cumail chaorach faisg air Dalabrog. \"Ma thèid an taic sìos, cò a bhios a' fuireach an seo ann an deich bliadhna?\"",
             "Tha Comann nan Croitearan air iarraidh air an riaghaltas coinneachadh riutha ron Ghiblean gus na draghan aca a dheasbad."],
            t="2025-03-10T16:40:00+00:00", cat=("croitearachd", "Croitearachd"), hits=128)]
    SCHOOLS.hits, SCHOOLS.cat = 517, ("foghlam", "Foghlam")
    copy_path = "/naidheachdan/115-24-taigh-ur-ann-an-carna.html"
    CP = St("ga", copy_path, CARNA.title, CARNA.authors, CARNA.paras, t="2025-03-06T08:30:00+00:00", cat=("naidheachdan", "Naidheachdan"), hits=61)
    CP.body = CARNA.body
    CATS = [("naidheachdan", "Naidheachdan"), ("foghlam", "Foghlam"), ("croitearachd", "Croitearachd")]
    MENU = [("/", "Dachaigh")] + [("/%s.html" % c, n) for c, n in CATS] + [("/tachartasan.html", "Tachartasan"), ("/tasglann.html", "Tasglann"), ("/mu-ar-deidhinn.html", "Mu ar deidhinn"), ("/fios-thugainn.html", "Fios thugainn")]

    def shown(st):
        t = st.local(GMT)
        return "%s, %02d %s %d %s" % (WD["gd"][t.weekday()], t.day, MON["gd"][t.month - 1], t.year, t.strftime("%H:%M"))

    def shell(title, main, head, view, itemid):
        return doc("gd-gb", title, '<meta name="generator" content="Joomla! - Open Source Content Management">' + head +
                   '<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.9" rel="stylesheet">',
                   '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="%s">%s</span></a>'
                   '<div class="site-description">Naidheachdan às na h-Eileanan an Iar agus a\' Ghàidhealtachd</div></div></div>'
                   '<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">%s</ul><div class="container-search"><form class="mod-finder" action="/lorg.html"><input type="search" name="q" placeholder="Lorg..."></form></div></div></header>\n'
                   '<div class="site-grid"><div class="grid-child container-component"><main><div id="system-message-container" aria-live="polite"></div>%s</main></div>'
                   '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">As ùire</h3><div class="card-body">%s</div></div></div></div>\n'
                   '<footer class="container-footer footer full-width"><div class="grid-child"><p>&copy; 2025 Guth nan Eilean. Gach còir glèidhte.</p><p>%s</p></div></footer>' % (
                       ORG, ORG, "".join('<li class="nav-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in MENU), main,
                       ul([(o.path, o.title) for o in A + [CP]], "mod-articles-latest latestnews"), nav([("/sgioba/murchadh-macleoid.html", "An sgioba"), ("/tagaichean/aiseagan.html", "aiseagan")], " &middot; ")),
                   "site com_content wrapper-static view-%s no-layout no-task itemid-%d" % (view, itemid))

    def info(st, full=True):
        return ('<dl class="article-info text-muted"><dt class="article-info-term">Fiosrachadh</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<span class="icon-user icon-fw" aria-hidden="true"></span>Sgrìobhte le: <span itemprop="name">%s</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
                'Roinn-seòrsa: <a href="/%s.html" itemprop="genre">%s</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                '<time datetime="%s" itemprop="datePublished">Air fhoillseachadh: %s</time></dd>%s</dl>') % (
            E(", ".join(st.authors)), st.cat[0], st.cat[1], st.t.isoformat(), shown(st),
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">Buillean: %d</dd>' % (st.hits, st.hits) if full else "")

    def article(st, head="", note=""):
        tags = '<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0"><a href="/tagaichean/aiseagan.html" class="btn btn-sm btn-info">aiseagan</a></li></ul>' if getattr(st, "tag", False) else ""
        main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="gd-GB">'
                '<div class="page-header"><h1 itemprop="headline">%s</h1></div>%s<div itemprop="articleBody" class="com-content-article__body">%s%s</div>%s'
                '<nav class="pagenavigation" aria-label="Seòladh na duilleige"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/%s.html" rel="prev">&lsaquo; Air ais</a></span></nav></div>') % (
            E(st.title), info(st), note, P(st.body), tags, st.cat[0])
        return shell("%s - %s" % (ORG, st.title), main, '<meta name="author" content="%s"><meta name="description" content="%s">' % (E(", ".join(st.authors)), E(st.paras[0][:150])) + head,
                     "article", 100 + len(st.path) % 50)

    for st in A:
        s.story(st, article(st))
    s.copy(copy_path, article(CP, canon(U(2, CARNA.path)),
                              '<p class="alert alert-info">Seo naidheachd ann an Gaeilge bho ar caraidean aig <a href="%s">An Scéala</a> ann an Conamara, ga foillseachadh an seo le cead mar phàirt de chom-pàirteachas Cholmcille.</p>' % U(2, CARNA.path)),
           U(2, CARNA.path))

    def blog(items):
        return "".join('<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div>'
                       '%s<p>%s</p><p class="readmore"><a class="btn btn-secondary" href="%s">Leugh an còrr: %s</a></p></div></div>' % (
                           st.path, E(st.title), info(st, False), E(st.paras[0]), st.path, E(st.title)) for st in items)

    def page(path, title, main, view="category"):
        s.non(path, shell("%s - %s" % (ORG, title) if path != "/" else ORG, main, '<meta name="description" content="Guth nan Eilean: naidheachdan ann an Gàidhlig.">', view, 101 + len(path)))

    allp = sorted(A + [CP], key=lambda x: x.t, reverse=True)
    page("/", "Dachaigh", '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div class="blog-items">%s</div></div>' % blog(allp), "featured")
    for c, n in CATS:
        page("/%s.html" % c, n, '<div class="com-content-category-blog blog"><h1>%s</h1><div class="category-desc">Na naidheachdan as ùire: %s.</div><div class="com-content-category-blog__items blog-items">%s</div></div>' % (
            n, n.lower(), blog([x for x in allp if x.cat[0] == c])))
    page("/tagaichean/aiseagan.html", "aiseagan", '<div class="com-tags-tag tag-category"><h1>aiseagan</h1><ul class="com-tags-tag__items category list-group">%s</ul></div>' % "".join(
        '<li class="list-group-item"><h3><a href="%s">%s</a></h3></li>' % (x.path, E(x.title)) for x in A if getattr(x, "tag", False)), "tag")
    page("/tasglann.html", "Tasglann", '<div class="com-content-archive archive"><h1>Tasglann</h1><form><select name="month"><option>Am Màrt</option><option>An Gearran</option></select><select name="year"><option>2025</option></select><button>Criathraich</button></form>'
         '<div id="archive-items" class="com-content-archive__items">%s</div></div>' % "".join(
             '<div class="row%d"><div class="page-header"><h2><a href="%s">%s</a></h2></div>%s</div>' % (i % 2, x.path, E(x.title), info(x, False)) for i, x in enumerate(allp)), "archive")
    page("/tachartasan.html", "Tachartasan", '<div class="com-content-article item-page"><div class="page-header"><h1>Tachartasan</h1></div><table class="table"><tr><th>Ceann-latha</th><th>Tachartas</th><th>Àite</th></tr>'
         '<tr><td>14/03/2025</td><td>Cèilidh mhòr na Sgoile</td><td>Talla a\' Bhaile, Port Rìgh</td></tr><tr><td>22/03/2025</td><td>Fèis Ìle: clàradh</td><td>Bogha Mòr</td></tr><tr><td>05/04/2025</td><td>Mòd Ionadail Uibhist</td><td>Lìonacleit</td></tr></table></div>', "article")
    page("/sgioba/murchadh-macleoid.html", "Murchadh MacLeòid", '<div class="com-contact contact"><h1><span class="contact-name">Murchadh MacLeòid</span></h1><dl class="contact-position dl-horizontal"><dd>Neach-deasachaidh naidheachdan</dd></dl>'
         '<div class="contact-address"><span class="contact-street">Sràid Chromwell</span>, <span class="contact-suburb">Steòrnabhagh</span></div><p>Post-d: murchadh@guthnaneilean.example</p>'
         '<form class="contact-form"><input name="jform[contact_name]" placeholder="Ainm"><textarea name="jform[contact_message]" placeholder="Teachdaireachd"></textarea><button>Cuir</button></form></div>', "contact")
    page("/mu-ar-deidhinn.html", "Mu ar deidhinn", '<div class="com-content-article item-page"><div class="page-header"><h1>Mu ar deidhinn</h1></div><div class="com-content-article__body">'
         '<p>Tha Guth nan Eilean na làrach-lìn naidheachdan neo-eisimeileach ann an Gàidhlig, stèidhichte ann an Steòrnabhagh bho 2016. Bidh sinn a\' sgrìobhadh mu na h-eileanan, mu chroitearachd, mu fhoghlam agus mu chultar.</p>'
         '<p>Tha sinn ag obair còmhla ri An Scéala ann an Èirinn mar phàirt de chom-pàirteachas Cholmcille.</p></div></div>', "article")
    page("/fios-thugainn.html", "Fios thugainn", '<div class="com-contact contact"><h1>Fios thugainn</h1><p>Guth nan Eilean, Sràid Chromwell, Steòrnabhagh HS1 2DA</p><p>Fòn: 01851 555 012</p>'
         '<form class="contact-form"><input placeholder="Ainm"><input placeholder="Post-d"><textarea placeholder="Teachdaireachd"></textarea><button>Cuir</button></form></div>', "contact")


# ====================================================================== 4 Zazpiak Albisteak (Basque, Drupal 10)
def zazpiak():
    s = Site(4)
    ORG = "Zazpiak Albisteak"
    A = [St("eu", "/eu/albisteak/bilboko-tranbia-zorrotzaurreraino-luzatuko-dute-2027rako", "Bilboko tranbia Zorrotzaurreraino luzatuko dute 2027rako", ["Miren Agirre"], [
            "Bilboko tranbia Zorrotzaurreko uhartera iritsiko da 2027rako, Eusko Jaurlaritzak eta Bilboko Udalak gaur sinatutako akordioaren arabera.",
            "Luzapenak bi kilometro inguru izango ditu eta lau geltoki berri, Deustuko zubitik uhartearen iparraldeko muturreraino. Lanek 48 milioi euro inguru balioko dute.",
            "Auzokideek aspalditik eskatzen zuten garraio publiko hobea. \"Orain autobus bakarra dugu, eta goizetan beteta dator,\" esan du Itziar Bengoetxea Zorrotzaurreko auzo elkarteko kideak.",
            "Lanak datorren udazkenean hasiko dira, eta udalak aurreratu du obrek trafikoan eragina izango dutela Deustuko ibilbidean zenbait hilabetez."],
            rel=3, photo="Jon Urkiola", sec=("gizartea", "Gizartea"), au=[("miren-agirre", "Miren Agirre")]),
         St("eu", "/eu/albisteak/euskara-ikasten-ari-diren-helduen-kopurua-hazi-egin-da", "Euskara ikasten ari diren helduen kopurua hazi egin da aurten", ["Ane Zubizarreta"], [
             "Euskaltegietan izena eman duten helduen kopurua %8 hazi da aurtengo ikasturtean, HABEk gaur aurkeztutako datuen arabera.",
             "Guztira 42.000 ikasle baino gehiago ari dira euskara ikasten Hego Euskal Herriko euskaltegi eta barnetegietan, eta gehienak 25 eta 45 urte bitartekoak dira.",
             "\"Lanerako behar dutelako hasten dira asko, baina gero euskaraz bizitzeko gogoa pizten zaie,\" azaldu du Nerea Olano Donostiako euskaltegi bateko irakasleak.",
             "Hala ere, erakundeek ohartarazi dute ikasleen erdiak baino gehiagok ez duela bigarren urtea amaitzen, eta doako ikastaroak zabaltzeko eskatu dute."],
            t="2025-02-27T10:15:00+01:00", photo="Gorka Rubio", sec=("gizartea", "Gizartea"), au=[("ane-zubizarreta", "Ane Zubizarreta")]),
         St("eu", "/eu/albisteak/sagardotegiek-txotx-denboraldia-hasi-dute", "Sagardotegiek txotx denboraldia hasi dute", ["Iker Larrañaga", "Maialen Goikoetxea"], [
             "Astigarragako sagardotegiek txotx denboraldia hasi dute, eta lehen asteburuan milaka bisitari hurbildu dira kupelen ondora.",
             "Aurtengo uzta ona izan da, sagastiek udaberri euritsua eta uda epela izan zituztelako, eta sagardogileek diote sagardoa freskoa eta arina atera dela.",
             "\"Jende asko etortzen da Donostiatik eta baita atzerritik ere, baina tradizioa gordetzea da guretzat garrantzitsuena,\" dio Joxe Mari Zapirain sagardogileak.",
             "Denboraldiak maiatza bitarte iraungo du. Sagardoaren Lurraldeak gogorarazi du mahaia aldez aurretik erreserbatzea komeni dela asteburuetan."],
            t="2025-03-01T12:30:00+01:00", photo="Jon Urkiola", sec=("kultura", "Kultura"), au=[("iker-larranaga", "Iker Larrañaga"), ("maialen-goikoetxea", "Maialen Goikoetxea")])]
    SECS = [("gizartea", "Gizartea"), ("kultura", "Kultura")]

    def shown(st):
        if st.rel:
            return "duela %d ordu" % st.rel
        t = st.local(CET)
        d = str(t.day) + ("" if t.day in (11, 31) else "a")
        return "%deko %saren %s, %s" % (t.year, MON["eu"][t.month - 1][:-1], d, t.strftime("%H:%M"))

    MENU = [("/", "Hasiera")] + [("/eu/atala/%s" % c, n) for c, n in SECS] + [("/eu/etiketak/euskara", "Euskara"), ("/eu/agenda", "Agenda"), ("/eu/hemeroteka", "Hemeroteka")]
    FOOT = [("/eu/guri-buruz", "Guri buruz"), ("/eu/harremanetarako", "Harremanetarako"), ("/eu/egilea/miren-agirre", "Miren Agirre"), ("/eu/egilea/ane-zubizarreta", "Ane Zubizarreta")]

    def shell(title, main, head, cls):
        return doc("eu", title, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">' + head,
                   '<a href="#main-content" class="visually-hidden focusable skip-link">Joan eduki nagusira</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
                   '<header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">Zazpiak Albisteak</a><span class="site-branding__slogan">Euskal Herriko albisteak euskaraz</span></div>'
                   '<nav class="primary-nav"><ul class="menu menu--main">%s</ul></nav><div class="language-switcher"><span class="is-active">EU</span> <a href="/eu/guri-buruz">ES</a></div></header>\n'
                   '<div id="main-wrapper" class="layout-main-wrapper"><main id="main" role="main"><a id="main-content" tabindex="-1"></a><div class="region region--content">%s</div></main>'
                   '<aside class="region region--sidebar"><div class="block block-views"><h2 class="block__title">Irakurrienak</h2>%s</div></aside></div>\n'
                   '<footer class="site-footer"><div class="region region--footer"><nav class="menu--footer">%s</nav><p>&copy; 2025 Zazpiak Albisteak Kooperatiba. CC BY-SA 4.0.</p></div></footer></div></div></div>' % (
                       "".join('<li class="menu__item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in MENU), main, ul([(o.path, o.title) for o in A]), nav(FOOT, " | ")), cls)

    def byline(st):
        return " eta ".join('<a href="/eu/egilea/%s" hreflang="eu">%s</a>' % (a, E(n)) for a, n in st.au)

    for i, st in enumerate(A):
        main = ('<div id="block-zazpiak-content" class="block block-system block-system-main-block"><article data-history-node-id="%d" role="article" class="node node--type-albistea node--promoted node--view-mode-full">'
                '<header class="node__header"><div class="field field--name-field-atala field--type-entity-reference"><a href="/eu/atala/%s" hreflang="eu">%s</a></div>'
                '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>'
                '<div class="node__meta"><div class="field field--name-field-egilea">Testua: %s</div><div class="field field--name-field-argazkilaria">Argazkia: %s</div>'
                '<div class="node__submitted"><span class="field field--name-created">%s</span></div></div></header>'
                '<div class="node__content"><div class="field field--name-field-irudia"><img src="/sites/default/files/styles/wide/public/2025-%02d/irudia-%d.jpg" alt=""></div>'
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">%s</div>'
                '<div class="field field--name-field-etiketak"><div class="field__label">Etiketak</div><div class="field__items"><div class="field__item"><a href="/eu/etiketak/euskara" hreflang="eu">euskara</a></div></div></div>'
                '<div class="share">Partekatu: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></div></article></div>') % (
            4812 + i * 7, st.sec[0], st.sec[1], E(st.title), byline(st), st.photo, shown(st), st.t.month, 4812 + i, P(st.body))
        s.story(st, shell("%s | %s" % (st.title, ORG), main, canon(s.url(st.path)) + og(st.title, s.url(st.path), site=ORG, desc=st.paras[0]),
                          "path-node page-node-type-albistea"))

    def teasers(items):
        return '<div class="views-element-container"><div class="view view-albisteak">%s</div></div>' % "".join(
            '<div class="views-row"><article class="node node--view-mode-teaser"><h2 class="node__title"><a href="%s" rel="bookmark">%s</a></h2><div class="node__meta">%s &middot; %s</div><p>%s</p></article></div>' % (
                st.path, E(st.title), ", ".join(E(n) for _, n in st.au), shown(st), E(st.paras[0])) for st in items)

    def page(path, title, main):
        s.non(path, shell("%s | %s" % (title, ORG) if path != "/" else "%s | Euskal Herriko albisteak euskaraz" % ORG, main, canon(s.url(path)) + og(title, s.url(path), "website", ORG), "path-frontpage" if path == "/" else "path-taxonomy"))

    page("/", "Hasiera", '<h1 class="visually-hidden">Zazpiak Albisteak</h1>' + teasers(A))
    for c, n in SECS:
        page("/eu/atala/%s" % c, n, '<h1 class="page-title">%s</h1>%s' % (n, teasers([x for x in A if x.sec[0] == c])))
    page("/eu/etiketak/euskara", "euskara", '<h1 class="page-title">euskara</h1><div class="taxonomy-term-description"><p>Euskarari buruzko albiste guztiak.</p></div>' + teasers(A))
    bios = {"miren-agirre": "Bilboko erredakzioko kazetaria. Hirigintza eta garraioa jorratzen ditu.", "ane-zubizarreta": "Hezkuntza eta euskara gaietako kazetaria.",
            "iker-larranaga": "Gipuzkoako kazetaria, gastronomia eta ekonomia.", "maialen-goikoetxea": "Kultura saileko kazetaria."}
    for a, bio in bios.items():
        name = [n for st in A for x, n in st.au if x == a][0]
        page("/eu/egilea/%s" % a, name, '<h1 class="page-title">%s</h1><div class="field field--name-field-biografia"><p>%s</p></div>%s' % (E(name), bio, teasers([x for x in A if a in [y for y, _ in x.au]])))
    page("/eu/hemeroteka", "Hemeroteka", '<h1 class="page-title">Hemeroteka</h1><form class="views-exposed-form"><label>Data <input type="date" name="data"></label><button>Bilatu</button></form>' + teasers(A) +
         '<nav class="pager"><ul class="pager__items"><li class="pager__item is-active">1</li></ul></nav>')
    page("/eu/agenda", "Agenda", '<h1 class="page-title">Agenda</h1><div class="view view-agenda"><div class="views-row"><strong>Martxoak 8</strong> &middot; Korrika: Donostiako irteera, 18:00</div>'
         '<div class="views-row"><strong>Martxoak 15</strong> &middot; Bertsolari gazteen txapelketa, Azpeitia</div><div class="views-row"><strong>Martxoak 22</strong> &middot; Sagardo eguna, Astigarraga</div></div>')
    page("/eu/guri-buruz", "Guri buruz", '<h1 class="page-title">Guri buruz</h1><p>Zazpiak Albisteak euskarazko hedabide digital independentea da, 2014an sortua eta irakurleen kooperatiba batek argitaratua.</p>'
         '<p>Gure helburua Euskal Herri osoko albisteak euskaraz eskaintzea da, Baionatik Tuterara.</p>')
    page("/eu/harremanetarako", "Harremanetarako", '<h1 class="page-title">Harremanetarako</h1><p>Erredakzioa: Zabalbide kalea 12, Bilbo. Telefonoa: 944 555 210. Posta: erredakzioa@zazpiak.example</p>'
         '<form class="contact-message-form"><input name="name" placeholder="Zure izena"><textarea name="message" placeholder="Mezua"></textarea><button>Bidali mezua</button></form>')


# ====================================================================== 5 Keleier Breizh (Breton weekly, old PHP, ISO-8859-1)
def keleier():
    s = Site(5, "iso-8859-1")
    ORG = "Keleier Breizh"
    A = [St("br", "/pennadou/2025/pennad-1207.html", "Ur skol Diwan nevez a vo digoret e Montroulez", ["Mikael Ar Gall"], [
            "Ur skol Diwan nevez a vo digoret e Montroulez d'an distro-skol, gant daou glas ha tost da dregont bugel enskrivet dija.",
            "Kerent ar c'horn-bro o doa goulennet ur skol divyezhek tostoc'h d'ar gêr abaoe meur a vloaz. Betek-henn e ranke ar vugale mont betek Kemper pe Brest.",
            "\"Ur gwir blijadur eo gwelet e vo klevet ar brezhoneg e-barzh kêr adarre,\" eme Gwenaelle Le Bihan, prezidantez kevredigezh ar gerent.",
            "Ti-kêr Montroulez en deus kinniget ur savadur kozh e-kichen ar porzh. Labourioù a vo graet e-pad an hañv evit ma vo prest ar c'hlasoù e miz Gwengolo."],
            t="2025-03-04T18:00:00+01:00", cat=("kelenn", "Kelenn")),
         St("br", "/pennadou/2025/pennad-1194.html", "Pesketaerien Douarnenez o c'houlenn skoazell digant ar Stad", ["Soazig Kerhervé", "Per Morvan"], [
             "Pesketaerien Douarnenez o deus manifestet dirak ti-kêr dec'h evit goulenn skoazell digant ar Stad, rak uhel-kenañ eo priz ar gazoil.",
             "Ouzhpenn kant den a oa deuet, gant bagoù ar porzh stag ouzh ar c'hae. Lavaret o deus ne c'hallont ket mui gounit o bara gant ar priz a vez paet evit ar pesked.",
             "\"Ma kendalc'h an traoù evel-se, ne chomo bag ebet e Douarnenez a-benn dek vloaz,\" eme Loeiz Quéré, paotr-bag abaoe tregont vloaz.",
             "Ar prefed en deus lavaret e vo degemeret ur strollad anezho er sizhun a zeu evit kaozeal diwar-benn ar skoazelloù posupl."],
            t="2025-02-21T11:00:00+01:00", cat=("keleier", "Keleier")),
         St("br", "/pennadou/2025/pennad-1215.html", "Muioc'h-mui a dud deuet o teskiñ brezhoneg gant ar c'hentelioù noz", ["Anna-Vari Chapalain"], [
             "Muioc'h-mui a dud deuet a zesk brezhoneg er c'hentelioù noz, hervez an Ofis Publik ar Brezhoneg.",
             "War-dro mil den a heuilh kentelioù bep sizhun e Breizh-Izel, ha kalz anezho a zo tud yaouank o deus ur familh e-lec'h ma veze komzet brezhoneg gant an dud-kozh.",
             "\"Klevet em boa ma mamm-gozh o komz brezhoneg, met morse ne oa bet desket din,\" eme Katell Riou, 28 vloaz, a zesk ar yezh e Gwengamp abaoe daou vloaz.",
             "Stajoù hir a vez kinniget ivez evit ar re a fell dezho labourat e brezhoneg, er skolioù pe er mediaoù."],
            t="2025-03-11T09:30:00+01:00", cat=("sevenadur", "Sevenadur"))]
    CATS = [("keleier", "Keleier"), ("sevenadur", "Sevenadur"), ("kelenn", "Kelenn")]

    def shown(st):
        t = st.local(CET)
        return "%s %d a viz %s %d" % (WD["br"][t.weekday()], t.day, MON["br"][t.month - 1], t.year)

    MENU = [("/", "Degemer")] + [("/rummad/%s.html" % c, n) for c, n in CATS] + [("/diellou.html", "Diellou"), ("/deiziataer.html", "Deiziataer"), ("/skrivagnerien.html", "Ar skrivagnerien"),
                                                                                   ("/koumanant.html", "Koumanant"), ("/diwar-hor-penn.html", "Diwar hor penn"), ("/darempred.html", "Darempred")]

    def shell(title, inner):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<title>%s</title>\n<link rel="stylesheet" href="/stil.css" type="text/css">\n</head>\n'
                '<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">\n<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">\n'
                '<tr><td colspan="2" bgcolor="#003366"><a href="/"><img src="/skeudennou/logo.gif" width="300" height="60" border="0" alt="Keleier Breizh"></a><br>'
                '<font color="#FFFFFF" size="1" face="Verdana">Ar sizhuniek e brezhoneg - Niverenn 1013 - 14 a viz Meurzh 2025</font></td></tr>\n'
                '<tr><td width="160" valign="top" bgcolor="#E8EEF4" class="kleiz"><font size="2" face="Verdana">%s</font></td>\n<td width="620" valign="top" class="kreiz">%s</td></tr>\n'
                '<tr><td colspan="2" align="center"><font size="1" face="Verdana">&copy; Keleier Breizh 1998-2025 - Kemper</font></td></tr>\n</table>\n</body>\n</html>\n') % (
            E(title), "<br>\n".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in MENU), inner)

    for st in A:
        inner = ('<font size="1" face="Verdana" color="#990000"><b>%s</b></font><br>\n<font size="5" face="Georgia"><b>%s</b></font><br>\n'
                 '<font size="1" face="Verdana" color="#666666">Embannet %s</font><br>\n<font size="2" face="Verdana"><b>Gant %s</b></font><br><br>\n'
                 '<img src="/skeudennou/2025/%s.jpg" width="300" align="right" hspace="8"><font size="2" face="Verdana">\n%s\n</font><br><br>\n'
                 '<hr size="1"><font size="1" face="Verdana"><a href="/rummad/%s.html">&laquo; Distreiñ</a> | <a href="javascript:window.print()">Moullañ</a> | <a href="/darempred.html">Kas d\'ur mignon</a></font>') % (
            st.cat[1].upper(), E(st.title), shown(st), " ha ".join(E(a) for a in st.authors), st.path.rsplit("-", 1)[1][:4], "<br />\n<br />\n".join(E(p, quote=False) for p in st.body), st.cat[0])
        s.story(st, shell("%s :: %s" % (ORG, st.title), inner))

    def rows(items):
        return "".join('<tr><td><font size="1" face="Verdana">%s</font></td><td><font size="2" face="Verdana"><a href="%s"><b>%s</b></a><br>%s</font></td></tr>\n' % (
            st.local(CET).strftime("%d/%m/%Y"), st.path, E(st.title), E(st.paras[0][:110]) + "...") for st in items)

    def page(path, title, inner):
        s.non(path, shell("%s :: %s" % (ORG, title) if path != "/" else "%s :: Ar sizhuniek e brezhoneg" % ORG, inner))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Degemer", '<font size="4" face="Georgia"><b>Keleier ar sizhun</b></font><table width="100%%" cellpadding="4">%s</table>' % rows(allp))
    for c, n in CATS:
        page("/rummad/%s.html" % c, n, '<font size="4" face="Georgia"><b>%s</b></font><table width="100%%" cellpadding="4">%s</table>' % (n, rows([x for x in allp if x.cat[0] == c])))
    page("/diellou.html", "Diellou", '<font size="4" face="Georgia"><b>Diellou</b></font><p>Pennadoù an niverennoù kent:</p><table width="100%%" cellpadding="4">%s</table><p><a href="/diellou.html">2024</a> | <a href="/diellou.html">2023</a></p>' % rows(allp))
    page("/skrivagnerien.html", "Ar skrivagnerien", '<font size="4" face="Georgia"><b>Ar skrivagnerien</b></font><ul><li>Mikael Ar Gall - kelenn ha yezh</li><li>Soazig Kerhervé - mor ha pesketaerezh</li>'
         '<li>Per Morvan - politikerezh</li><li>Anna-Vari Chapalain - sevenadur</li></ul><p>Ar pennskridaozer: Yann-Fañch Kerlann</p>')
    page("/koumanant.html", "Koumanant", '<font size="4" face="Georgia"><b>En em goumanantiñ</b></font><p>Ur bloavezh (52 niverenn): 58 euro. C\'hwec\'h miz: 32 euro. Evit ar skolioù: 40 euro.</p><p>Kasit ho chekenn da Keleier Breizh, 12 straed Kereon, 29000 Kemper.</p>')
    page("/deiziataer.html", "Deiziataer", '<font size="4" face="Georgia"><b>Deiziataer</b></font><ul><li>Sadorn 15 a viz Meurzh: Fest-noz bras e Kemperle, gant Startijenn</li><li>Sul 23 a viz Meurzh: Kan ar Bobl, Pondi</li><li>Yaou 27 a viz Meurzh: Prezegenn diwar-benn an anvioù-lec\'h, Landerne</li></ul>')
    page("/diwar-hor-penn.html", "Diwar hor penn", '<font size="4" face="Georgia"><b>Diwar hor penn</b></font><p>Keleier Breizh a zo ur sizhuniek e brezhoneg hag a vez embannet bep gwener abaoe 1998. Ur skipailh a bemp kazetenner a labour e Kemper.</p>')
    page("/darempred.html", "Darempred", '<font size="4" face="Georgia"><b>Darempred</b></font><p>Keleier Breizh<br>12 straed Kereon<br>29000 Kemper<br>Pgz: 02 98 55 01 23<br>Postel: skridaozadur@keleier.example</p>')


# ====================================================================== 6 De Fryske Koerier (West Frisian, TYPO3 + tx_news)
def koerier():
    s = Site(6)
    ORG = "De Fryske Koerier"
    A = [St("fy", "/nijs/artikel/boeren-yn-sudwest-fryslan-soargen-oer-nije-stikstofregels", "Boeren yn Súdwest-Fryslân meitsje har soargen oer nije stikstofregels", ["Sjoerd de Jong"], [
            "Melkfeehâlders yn Súdwest-Fryslân meitsje har soargen oer de nije stikstofregels dy't it ryk dizze wike presintearre hat.",
            "Neffens de plannen moatte boeren by natuergebieten de kommende tsien jier in fearnpart minder kij hâlde. Foar guon bedriuwen betsjut dat dat se ophâlde moatte.",
            "\"Myn pake hat hjir al buorke, en ik woe it bedriuw oan myn soan trochjaan,\" seit Gerben Hoekstra út Gaast. \"No wit ik net oft dat noch kin.\"",
            "De provinsje seit dat der jild komt foar boeren dy't oerskeakelje wolle op in oare wize fan buorkjen. Kommende wike is der in gearkomste foar belangstellenden yn Wommels."],
            t="2025-03-04T14:30:00+01:00", cat=("lanbou", "Lânbou"), au=[("sjoerd-de-jong", "Sjoerd de Jong")]),
         St("fy", "/nijs/artikel/mear-bern-krije-les-yn-it-frysk-op-de-basisskoalle", "Mear bern krije les yn it Frysk op de basisskoalle", ["Tryntsje Wiersma", "Bauke Postma"], [
             "Hieltyd mear basisskoallen yn Fryslân jouwe alle wiken les yn it Frysk, docht bliken út in nij ûndersyk fan de provinsje.",
             "Fan de 410 basisskoallen yn de provinsje binne der no 160 trijetalich: de bern krije dêr les yn it Frysk, it Nederlânsk en it Ingelsk.",
             "\"Bern fine it hiel gewoan om yn trije talen te praten,\" seit juf Janke de Boer fan in skoalle yn Grou. \"Se wikselje sûnder problemen fan de iene taal nei de oare.\"",
             "Dochs binne der noch altyd te min learkrêften dy't it Frysk goed behearskje. De provinsje wol dêrom mear ynvestearje yn de oplieding fan nije juffen en masters."],
            t="2025-02-18T09:00:00+01:00", cat=("underwiis", "Underwiis"), au=[("tryntsje-wiersma", "Tryntsje Wiersma"), ("bauke-postma", "Bauke Postma")]),
         St("fy", "/nijs/artikel/hunderten-reedriders-op-it-earste-natuerys-by-earnewald", "Hûnderten reedriders op it earste natuerys by Earnewâld", [], [
             "Hûnderten reedriders hawwe snein genoaten fan it earste natuerys fan dizze winter op de Alde Feanen by Earnewâld.",
             "Nei in pear nachten mei strange froast wie it iis op de measte plakken acht sintimeter dik. De iisferiening hie moarns betiid de baan útset en de snie der ôf skood.",
             "\"Dit is wêr't wy it hiele jier op wachtsje,\" seit Hylke van der Meer, dy't mei syn beide dochters kaam. \"Echt Frysk iis, der is neat moaiers.\"",
             "It waar slacht de kommende dagen om, en de iisferiening ferwachtet dat de baan fan tiisdei ôf wer ticht moat."],
            t="2025-01-12T17:20:00+01:00", cat=("sport", "Sport"), au=[])]
    CATS = [("lanbou", "Lânbou"), ("underwiis", "Underwiis"), ("sport", "Sport")]

    def shown(st):
        t = st.local(CET)
        return "%s %d %s %d, %s oere" % (WD["fy"][t.weekday()], t.day, MON["fy"][t.month - 1], t.year, t.strftime("%H.%M"))

    MENU = [("/", "Thús"), ("/nijs", "Nijs")] + [("/nijs/kategory/%s" % c, n) for c, n in CATS] + [("/aginda", "Aginda"), ("/argyf", "Argyf")]
    FOOT = [("/oer-de-koerier", "Oer De Koerier"), ("/redaksje", "Redaksje"), ("/kontakt", "Kontakt"), ("/nijs/tag/frysk", "#Frysk")]

    def shell(title, main, head, pid):
        return doc("fy-NL", title, '<meta name="generator" content="TYPO3 CMS">' + head + '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f1e0c6b.css">',
                   '<div class="page page-%d"><header class="header"><div class="container"><a class="header__logo" href="/"><img src="/fileadmin/templates/img/koerier-logo.svg" alt="De Fryske Koerier"></a>'
                   '<nav class="header__nav"><ul class="nav">%s</ul></nav></div></header>\n<div class="container"><main id="content" class="main">\n<!--TYPO3SEARCH_begin-->%s<!--TYPO3SEARCH_end-->\n</main></div>\n'
                   '<footer class="footer"><div class="container"><nav>%s</nav><p>&copy; 2025 De Fryske Koerier &middot; Ljouwert</p></div></footer></div>' % (
                       pid, "".join('<li class="nav__item"><a class="nav__link" href="%s">%s</a></li>' % (p, E(t)) for p, t in MENU), main, nav(FOOT, " &middot; ")))

    def who(st):
        if not st.au:
            return '<span class="news-list-author" itemprop="author" itemscope itemtype="http://schema.org/Organization">Troch <span itemprop="name">de redaksje</span></span>'
        return '<span class="news-list-author">Troch %s</span>' % " en ".join(
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/redaksje#%s"><span itemprop="name">%s</span></a></span>' % (a, E(n)) for a, n in st.au)

    for i, st in enumerate(A):
        main = ('<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">%s</h1></div>'
                '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="%s">%s</time></span> %s '
                '<span class="news-list-category"><a href="/nijs/kategory/%s">%s</a></span></p></div>'
                '<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="/fileadmin/_processed_/%d/csm_nijs_%d.jpg" alt=""></div></div></div>'
                '<div class="news-text-wrap" itemprop="articleBody">%s</div><div class="news-related-wrap"><div class="news-related news-related-tags"><h4>Tags</h4><ul><li><a href="/nijs/tag/frysk">Frysk</a></li></ul></div></div>'
                '<div class="news-backlink-wrap"><a href="/nijs">Werom</a></div></div></div>') % (
            E(st.title), st.local(CET).date().isoformat(), shown(st), who(st), st.cat[0], st.cat[1], i + 3, 2200 + i, P(st.body))
        s.story(st, shell("%s - %s" % (st.title, ORG), main, og(st.title, s.url(st.path), site=ORG, desc=st.paras[0]) + canon(s.url(st.path)), 40 + i))

    def lst(items):
        return '<div class="news"><div class="news-list-view">%s</div></div>' % "".join(
            '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="%s" href="%s"><span itemprop="headline">%s</span></a></h3></div>'
            '<div class="teaser-text"><div itemprop="description"><p>%s</p></div></div><div class="footer"><p><span class="news-list-date"><time datetime="%s">%s</time></span></p></div></div>' % (
                E(st.title), st.path, E(st.title), E(st.paras[0]), st.local(CET).date().isoformat(), st.local(CET).strftime("%d-%m-%Y")) for st in items)

    def page(path, title, main):
        s.non(path, shell("%s - %s" % (title, ORG) if path != "/" else "%s - Nijs út hiel Fryslân" % ORG, main, og(title, s.url(path), "website", ORG), 2 + len(path)))

    page("/", "Thús", '<h1 class="sr-only">De Fryske Koerier</h1><section class="frame frame-type-news_pi1"><h2>Lêste nijs</h2>%s</section>' % lst(A))
    page("/nijs", "Nijs", '<h1>Nijs</h1>' + lst(A) + '<ul class="f3-widget-paginator"><li class="current">1</li></ul>')
    for c, n in CATS:
        page("/nijs/kategory/%s" % c, n, '<h1>%s</h1>%s' % (n, lst([x for x in A if x.cat[0] == c])))
    page("/nijs/tag/frysk", "Frysk", '<h1>Tag: Frysk</h1>' + lst(A))
    page("/argyf", "Argyf", '<h1>Argyf</h1><div class="news-menu-view"><ul><li><a href="/argyf">maart 2025</a> (1)</li><li><a href="/argyf">febrewaris 2025</a> (1)</li><li><a href="/argyf">jannewaris 2025</a> (1)</li></ul></div>' + lst(A))
    page("/redaksje", "Redaksje", '<h1>Redaksje</h1><div class="ce-bodytext"><p id="sjoerd-de-jong"><strong>Sjoerd de Jong</strong> - haadredakteur, lânbou en polityk</p><p id="tryntsje-wiersma"><strong>Tryntsje Wiersma</strong> - ûnderwiis en taal</p>'
         '<p id="bauke-postma"><strong>Bauke Postma</strong> - ferslachjouwer Ljouwert</p><p>Tips? Mail nei redaksje@koerier.example.</p></div>')
    page("/aginda", "Aginda", '<h1>Aginda</h1><div class="ce-bodytext"><ul><li>sneon 8 maart 2025: Fryske merke, Snits</li><li>woansdei 19 maart 2025: Lêzing oer de Fryske namme-jouwing, Tresoar Ljouwert</li><li>freed 28 maart 2025: Toaniel: "De Jister", Dokkum</li></ul></div>')
    page("/oer-de-koerier", "Oer De Koerier", '<h1>Oer De Fryske Koerier</h1><div class="ce-bodytext"><p>De Fryske Koerier is in Frysktalige nijsside foar hiel Fryslân, mei in lytse redaksje yn Ljouwert. Wy skriuwe oer polityk, lânbou, ûnderwiis, kultuer en sport.</p></div>')
    page("/kontakt", "Kontakt", '<h1>Kontakt</h1><div class="ce-bodytext"><p>De Fryske Koerier, Nijstêd 14, 8911 AB Ljouwert</p><p>Telefoan 058 555 0190</p></div><form class="powermail_form"><input placeholder="Namme"><textarea placeholder="Berjocht"></textarea><button>Ferstjoere</button></form>')


# ====================================================================== 7 Lëtzebuerg Aktuell (Luxembourgish, Next.js portal)
def aktuell():
    s = Site(7)
    ORG = "Lëtzebuerg Aktuell"
    A = [St("lb", "/news/national/a/2281934.html", "Honnerte Leit ronderëm d'Buergen am ganze Land", ["Claude Weis"], [
            "Um Sonndeg den Owend goufen am ganze Land d'Buergen ugestach, fir de Wanter ze verdreiwen.",
            "Zu Bartreng, Miersch an Hesper hu sech Honnerte Leit ronderëm d'Fierer versammelt. D'Pompjeeë waren op der Plaz, mä et gouf keen Tëschefall.",
            "\"Fir eis ass dat eng Traditioun, déi mir un d'Kanner weiderginn,\" sot den Nico Thill vum Jugendclub, deen d'Buerg zu Miersch mat opgebaut hat.",
            "Wéinst dem Reen vun de leschte Wochen war d'Holz e bësse fiicht, mä dat huet der Stëmmung keen Ofbroch gedoen."],
            t="2025-03-10T07:30:00+01:00", upd="2025-03-10T11:02:00+01:00", kicker="Buergbrennen", sec=("national", "National"), au=[("claude-weis", "Claude Weis")], nid=2281934),
         St("lb", "/news/national/a/2301877.html", "D'Tramslinn op de Findel geet Enn Juli a Betrib", ["Marc Schmit"], [
             "D'Tramslinn bis op de Findel soll Enn Juli a Betrib goen, dat huet d'Mobilitéitsministesch e Méindeg matgedeelt.",
             "Déi nei Streck ass ronn véier Kilometer laang an huet fënnef Arrêten. Vum Glacis bis bei de Fluchhafe brauch den Tram dann nëmmen nach zwanzeg Minutten.",
             "Fir d'Pendler aus dem Osten ass dat eng gutt Noriicht. \"Ech huelen all Moien de Bus, an dee steet dacks am Stau,\" seet d'Joëlle, déi um Findel schafft.",
             "Während de leschten Aarbechten muss d'Rue de Trèves nach e puer Weekender gespaart ginn. Busser iwwerhuelen dann den Transport."],
            rel=2, kicker="Mobilitéit", sec=("national", "National"), au=[("marc-schmit", "Marc Schmit")], nid=2301877),
         St("lb", "/news/economie/a/2279015.html", "Präisser fir Appartementer am leschte Joer liicht erofgaangen", [], [
             "D'Präisser fir Appartementer zu Lëtzebuerg sinn am leschte Joer ëm ronn fënnef Prozent erofgaangen, dat weisen déi nei Zuele vum Observatoire vum Wunnen.",
             "Besonnesch am Süde vum Land si Wunnenge e bësse méi bëlleg ginn. An der Stad bleiwen d'Präisser awer héich, mat iwwer 11.000 Euro de Quadratmeter fir nei Appartementer.",
             "Trotzdeem fanne vill jonk Leit keng Wunneng. D'Zënse sinn nach ëmmer méi héich wéi virun e puer Joer, an d'Banke verlaangen e méi grousst Eegekapital.",
             "D'Regierung huet ugekënnegt, datt si dëst Joer nach weider Moossname wëll huelen, fir de Bau vu bezuelbare Wunnengen ze beschleunegen."],
            t="2025-02-27T16:40:00+01:00", kicker="Logement", sec=("economie", "Economie"), au=[], nid=2279015)]
    for st in A:
        st.upd = getattr(st, "upd", None)
    SECS = [("national", "National"), ("economie", "Economie")]

    def fmt(t):
        t = t.astimezone(CET)
        return "%d. %s %d um %s" % (t.day, MON["lb"][t.month - 1], t.year, t.strftime("%H:%M"))

    def shown(st):
        return "virun %d Stonnen" % st.rel if st.rel else fmt(st.t)

    MENU = [("/", "Home")] + [("/news/%s" % c, n) for c, n in SECS] + [("/meteo", "Meteo"), ("/doudesannoncen", "Doudesannoncen"), ("/archiv", "Archiv")]
    FOOT = [("/iwwer-eis", "Iwwer eis"), ("/kontakt", "Kontakt"), ("/tag/mobiliteit", "Mobilitéit"), ("/auteur/claude-weis", "Claude Weis"), ("/auteur/marc-schmit", "Marc Schmit")]

    def shell(title, main, head, nd):
        return doc("lb", title, head + '<link rel="preload" href="/_next/static/css/a81c2f0e.css" as="style"><meta name="next-head-count" content="14">',
                   '<div id="__next"><div class="layout"><header class="Header_header__x3kQ"><a class="Header_logo__p2Lm" href="/" aria-label="Lëtzebuerg Aktuell">Lëtzebuerg <b>Aktuell</b></a>'
                   '<nav class="Header_nav__Zr8a">%s</nav><button class="Header_lang__q1">LB</button></header>\n<main class="Main_main__Qe2w">%s</main>\n'
                   '<footer class="Footer_footer__Kd1s"><nav>%s</nav><p>&copy; 2025 Lëtzebuerg Aktuell S.A.</p></footer></div></div>'
                   '<script id="__NEXT_DATA__" type="application/json">%s</script>' % (nav(MENU), main, nav(FOOT, " | "), json.dumps(nd, ensure_ascii=False)))

    def byline(st):
        if not st.au:
            return '<span class="Byline_author__b7">Redaktioun</span>'
        return "Vum " + " an ".join('<a class="Byline_author__b7" href="/auteur/%s">%s</a>' % (a, E(n)) for a, n in st.au)

    for st in A:
        url = s.url(st.path)
        upd = datetime.datetime.fromisoformat(st.upd) if st.upd else None
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "url": url, "datePublished": st.t.astimezone(CET).isoformat(),
              "dateModified": (upd or st.t).astimezone(CET).isoformat(), "inLanguage": "lb",
              "author": [{"@type": "Person", "name": n, "url": s.url("/auteur/%s" % a)} for a, n in st.au] or {"@type": "Organization", "name": ORG},
              "publisher": {"@type": "NewsMediaOrganization", "name": ORG, "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}}, "articleSection": st.sec[1]}
        nd = {"props": {"pageProps": {"article": {"id": st.nid, "title": st.title, "kicker": st.kicker, "publishedAt": st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                                  "updatedAt": (upd or st.t).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "authors": [{"name": n, "slug": a} for a, n in st.au],
                                                  "category": st.sec[0], "lead": st.paras[0]}}, "__N_SSP": True}, "page": "/news/[category]/a/[id]", "query": {"category": st.sec[0], "id": str(st.nid)}, "buildId": "Jx0d9vF2kq"}
        dates = '<time class="ArticleMeta_date__k1" datetime="%s">%s</time>' % (st.t.astimezone(CET).isoformat(), shown(st))
        if upd:
            dates += ' <span class="ArticleMeta_updated__k2">Aktualiséiert: %s</span>' % fmt(upd)
        main = ('<article class="Article_article__Hn2x"><header><span class="Article_kicker__a1">%s</span><h1 class="Article_title__Vb3c">%s</h1>'
                '<div class="ArticleMeta_meta__k0">%s &middot; %s</div></header><figure class="Article_figure__f1"><img src="/images/%d/lead.jpg" alt=""><figcaption>Foto: Archiv</figcaption></figure>'
                '<div class="Article_body__J3d1">%s</div><div class="Article_tags__t1"><a href="/tag/mobiliteit">Mobilitéit</a></div></article>'
                '<aside class="Related_related__r1"><h2>Och interessant</h2>%s</aside>') % (
            E(st.kicker), E(st.title), byline(st), dates, st.nid, P(st.body), ul([(o.path, o.title) for o in A if o is not st]))
        full = "%s: %s" % (st.kicker, st.title)
        s.story(st, shell("%s \u00b7 %s" % (full, ORG), main, canon(url) + og(full, url, site=ORG, desc=st.paras[0]) + jl(ld), nd))

    def cards(items):
        return "".join('<div class="Card_card__c1"><span class="Card_kicker__c2">%s</span><h3><a href="%s">%s</a></h3><span class="Card_time__c3">%s</span></div>' % (
            E(st.kicker), st.path, E(st.title), shown(st)) for st in items)

    def page(path, title, main):
        s.non(path, shell("%s \u00b7 %s" % (title, ORG) if path != "/" else "%s \u00b7 Noriichten aus Lëtzebuerg" % ORG, main, og(title, s.url(path), "website", ORG),
                          {"props": {"pageProps": {"page": path}}, "page": "/[[...slug]]", "buildId": "Jx0d9vF2kq"}))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Home", '<h1 class="sr-only">Lëtzebuerg Aktuell</h1><section class="Home_top__h1">%s</section>' % cards(allp))
    for c, n in SECS:
        page("/news/%s" % c, n, '<h1>%s</h1>%s' % (n, cards([x for x in allp if x.sec[0] == c])))
    page("/tag/mobiliteit", "Mobilitéit", '<h1>#Mobilitéit</h1>' + cards([A[1]]))
    page("/auteur/claude-weis", "Claude Weis", '<div class="Author_box__a1"><h1>Claude Weis</h1><p>Journalist an der Nationalredaktioun zënter 2012.</p></div>' + cards([A[0]]))
    page("/auteur/marc-schmit", "Marc Schmit", '<div class="Author_box__a1"><h1>Marc Schmit</h1><p>Mobilitéit, Verkéier an Infrastruktur.</p></div>' + cards([A[1]]))
    page("/archiv", "Archiv", '<h1>Archiv</h1><form><input type="date" name="dag"><button>Sichen</button></form>' + cards(allp))
    page("/meteo", "Meteo", '<h1>Meteo</h1><p>Haut: wollekeg mat e puer Schaueren, 9 Grad. Muer: sonneg Éclaircien, 12 Grad. Iwwermuer: 14 Grad a vill Sonn.</p>')
    page("/doudesannoncen", "Doudesannoncen", '<h1>Doudesannoncen</h1><ul><li><strong>Marie-Josée Kieffer-Hoffmann</strong>, 1938-2025, Ettelbréck</li><li><strong>Jean-Pierre Reding</strong>, 1951-2025, Déifferdeng</li></ul><p>Annoncen opginn: annoncen@aktuell.example</p>')
    page("/iwwer-eis", "Iwwer eis", '<h1>Iwwer eis</h1><p>Lëtzebuerg Aktuell ass en Online-Portal mat Noriichten op Lëtzebuergesch, all Dag vu 6 Auer moies bis Mëtternuecht.</p>')
    page("/kontakt", "Kontakt", '<h1>Kontakt</h1><p>Lëtzebuerg Aktuell, 45, Rue de la Gare, L-1616 Lëtzebuerg. Tel.: +352 55 01 01</p><form><input placeholder="Numm"><textarea placeholder="Message"></textarea><button>Schécken</button></form>')


# ====================================================================== 8 Għawdex Illum (Maltese, WordPress + Jannah + Yoast)
def ghawdex():
    s = Site(8)
    ORG = "Għawdex Illum"
    A = [St("mt", "/2025/03/06/is-servizz-tal-fast-ferry-se-jkollu-aktar-vjaggi/", "Is-servizz tal-fast ferry se jkollu aktar vjaġġi matul is-sajf", ["Maria Camilleri"], [
            "Is-servizz tal-fast ferry bejn il-Belt Valletta u l-Imġarr se jkollu aktar vjaġġi matul is-sajf, ħabbar il-Ministeru għal Għawdex illum.",
            "Mill-ewwel ta' Ġunju se jkun hemm vjaġġ kull siegħa bejn is-sitta ta' filgħodu u nofsillejl, minflok kull sagħtejn kif inhu bħalissa.",
            "\"Ħafna Għawdxin jaħdmu Malta u jivvjaġġaw kuljum. Dan se jagħmel ħajjithom ħafna aktar faċli,\" qal Joseph Xuereb, li jivvjaġġa bil-fast ferry kull filgħodu.",
            "Il-prezz tal-biljett għar-residenti Għawdxin se jibqa' l-istess. Il-biljetti jistgħu jinxtraw online jew fit-terminal."],
            t="2025-03-06T13:10:00+01:00", cat=("ahbarijiet", "Aħbarijiet"), au=[("mariacamilleri", "Maria Camilleri")], views="1,204"),
         St("mt", "/2025/02/24/il-programm-tal-karnival-ta-ghawdex-thabbar/", "Tħabbar il-programm tal-Karnival ta' Għawdex", ["Karl Grech", "Daniela Attard"], [
             "Il-programm tal-Karnival ta' Għawdex għal din is-sena tħabbar illum, b'attivitajiet fin-Nadur u fir-Rabat mill-Ġimgħa sat-Tlieta.",
             "Il-parata tal-karrijiet allegoriċi se ssir is-Sibt wara nofsinhar fi Triq ir-Repubblika, filwaqt li l-karnival spontanju tan-Nadur jibqa' l-aktar attrazzjoni popolari.",
             "\"Kull sena jiġu aktar żgħażagħ minn Malta għall-karnival tan-Nadur,\" qal is-sindku. \"Qed naħdmu mal-pulizija biex kollox jgħaddi fil-paċi.\"",
             "Se jkun hemm vjaġġi żejda tal-vapur il-Ġimgħa filgħaxija u t-Tlieta wara nofsillejl għal min ġej minn Malta."],
            t="2025-02-24T10:00:00+01:00", cat=("kultura", "Kultura"), au=[("karlgrech", "Karl Grech"), ("danielaattard", "Daniela Attard")], views="3,518"),
         St("mt", "/2025/01/28/il-bdiewa-ghawdxin-iridu-aktar-xita/", "Il-bdiewa Għawdxin jibżgħu għall-uċuħ wara xitwa niexfa", ["Ġorġ Mercieca"], [
             "Il-bdiewa Għawdxin qed jgħidu li x-xita li niżlet f'dan ix-xitwa ma kinitx biżżejjed biex timla l-ġibjuni u l-bjar tagħhom.",
             "F'ħafna għelieqi fl-inħawi ta' Għajnsielem u x-Xagħra, il-ħamrija għadha niexfa u l-bdiewa qed jixtru l-ilma bit-tankijiet.",
             "\"Qatt ma rajt xitwa daqshekk niexfa,\" qal Ċensu Xerri, bidwi ta' 67 sena. \"Jekk ma tagħmilx xita f'Marzu, il-patata se tbati.\"",
             "Il-Ministeru qed jikkunsidra skema ta' għajnuna għall-bdiewa li jixtru l-ilma, u se jiltaqa' mal-għaqdiet tal-bdiewa fil-ġimgħat li ġejjin."],
            t="2025-01-28T18:25:00+01:00", cat=("agrikoltura", "Agrikoltura"), au=[("gorgmercieca", "Ġorġ Mercieca")], views="892")]
    CATS = [("ahbarijiet", "Aħbarijiet"), ("kultura", "Kultura"), ("agrikoltura", "Agrikoltura")]

    def shown(st):
        t = st.local(CET)
        return "%d ta' %s %d" % (t.day, MON["mt"][t.month - 1], t.year)

    MENU = [("/", "Id-Dar")] + [("/category/%s/" % c, n) for c, n in CATS] + [("/avvizi-tal-mewt/", "Avviżi tal-Mewt"), ("/dwarna/", "Dwarna"), ("/ikkuntattjana/", "Ikkuntattjana")]

    def shell(title, main, head, cls):
        return doc("mt-MT", title, head + '<meta name="generator" content="WordPress 6.7.1"><link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.4" type="text/css">',
                   '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper"><header id="theme-header" class="theme-header header-layout-3 main-nav-dark">'
                   '<div class="container header-container"><div class="logo-wrapper"><div id="logo" class="image-logo"><a title="%s" href="/"><img src="/wp-content/uploads/2023/05/logo.png" alt="%s"></a></div></div></div>'
                   '<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav"><div class="main-menu main-menu-wrap tie-alignleft"><ul id="menu-main" class="menu">%s</ul></div></nav></div></header>\n'
                   '<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8 tie-col-xs-12" role="main">%s</div>'
                   '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">L-Aħħar Aħbarijiet</div></div>%s</div>'
                   '<div class="container-wrapper widget widget_tag_cloud"><a href="/tag/gozo-channel/">Gozo Channel</a></div></div></aside></div></div>\n'
                   '<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="copyright-text">&copy; Drittijiet kollha riżervati 2025, Għawdex Illum.</div>'
                   '<ul class="social-icons"><li><a href="https://facebook.example/ghawdexillum">Facebook</a></li></ul></div></footer></div></div></div>' % (
                       ORG, ORG, "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in MENU), main, ul([(o.path, o.title) for o in A], "posts-list-items")), cls)

    for st in A:
        url = s.url(st.path)
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": [{"@type": "Person", "name": n, "@id": s.url("/#/schema/person/%s" % a)} for a, n in st.au],
             "headline": st.title, "datePublished": st.t.isoformat(), "dateModified": st.t.isoformat(), "publisher": {"@id": s.url("/#organization")}, "inLanguage": "mt-MT"},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s \u00bb %s" % (st.title, ORG), "datePublished": st.t.isoformat()},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": ORG, "url": s.url("/")}]}
        head = canon(url) + og(st.title, url, site=ORG, desc=st.paras[0][:155], extra='<meta property="og:locale" content="mt_MT"><meta property="article:published_time" content="%s"><meta name="author" content="%s">' % (
            st.t.isoformat(), E(" u ".join(n for _, n in st.au)))) + jl(graph)
        authors = " u ".join('<a href="/author/%s/" class="author-name tie-icon" title="%s">%s</a>' % (a, E(n), E(n)) for a, n in st.au)
        words = sum(len(p.split()) for p in st.body)
        main = ('<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Id-Dar</a> / <a href="/category/%s/">%s</a></nav>'
                '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-%d" href="/category/%s/">%s</a></span><h1 class="post-title entry-title">%s</h1>'
                '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author-avatar"><img src="/wp-content/uploads/avatars/%s.jpg" alt=""></span>'
                '<span class="meta-author">Minn %s</span></span></span><span class="date meta-item tie-icon">%s</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire"></span> %s</span>'
                '<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> %d minuti qari</span></div></div></div></header>'
                '<div class="featured-area"><figure class="single-featured-image"><img src="/wp-content/uploads/2025/%02d/ritratt.jpg" alt=""></figure></div>'
                '<div class="entry-content entry clearfix">%s</div><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">Tags</div><span class="tagcloud"><a href="/tag/gozo-channel/" rel="tag">Gozo Channel</a></span></div>'
                '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>'
                '<div class="post-components"><div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Artikli relatati</h3></div>%s</div></div>') % (
            st.cat[0], st.cat[1], len(st.cat[0]), st.cat[0], st.cat[1], E(st.title), st.au[0][0], authors, shown(st), st.views, max(1, words // 200), st.t.month, P(st.body),
            ul([(o.path, o.title) for o in A if o is not st]))
        s.story(st, shell("%s \u00bb %s" % (st.title, ORG), main, head, "post-template-default single single-post is-percent-reviews wide-layout"))

    def boxes(items):
        return '<ul id="posts-container" class="posts-items">%s</ul>' % "".join(
            '<li class="post-item tie-standard"><a href="%s" class="post-thumb"><img src="/wp-content/uploads/thumb.jpg" alt=""></a><div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div>'
            '<h2 class="post-title"><a href="%s">%s</a></h2><p class="post-excerpt">%s</p><a class="more-link button" href="%s">Aqra aktar &raquo;</a></div></li>' % (
                st.path, shown(st), st.path, E(st.title), E(st.paras[0][:120]) + "&hellip;", st.path) for st in items)

    def page(path, title, main):
        s.non(path, shell("%s \u00bb %s" % (title, ORG) if path != "/" else "%s \u00bb L-aħbarijiet ta' Għawdex" % ORG, main, canon(s.url(path)) + og(title, s.url(path), "website", ORG), "archive"))

    page("/", "Id-Dar", '<div class="mag-box"><div class="mag-box-title the-global-title"><h3>L-Aħħar</h3></div>%s</div>' % boxes(A))
    for c, n in CATS:
        page("/category/%s/" % c, n, '<header class="entry-header-outer container-wrapper"><h1 class="page-title">%s</h1></header>%s' % (n, boxes([x for x in A if x.cat[0] == c])))
    page("/tag/gozo-channel/", "Gozo Channel", '<header class="entry-header-outer container-wrapper"><h1 class="page-title">Gozo Channel</h1></header>' + boxes([A[0], A[1]]))
    for a, n, bio in (("mariacamilleri", "Maria Camilleri", "Ġurnalista li tkopri t-trasport u l-affarijiet soċjali."), ("karlgrech", "Karl Grech", "Ġurnalist u fotografu."),
                      ("danielaattard", "Daniela Attard", "Tikteb dwar il-kultura u t-tradizzjonijiet Għawdxin."), ("gorgmercieca", "Ġorġ Mercieca", "Jikteb dwar l-agrikoltura u l-ambjent.")):
        page("/author/%s/" % a, n, '<div class="container-wrapper about-author"><div class="author-avatar"><img src="/wp-content/uploads/avatars/%s.jpg" alt=""></div><div class="author-info"><h1 class="page-title">%s</h1><p>%s</p></div></div>%s' % (
            a, E(n), E(bio), boxes([x for x in A if a in [y for y, _ in x.au]])))
    page("/avvizi-tal-mewt/", "Avviżi tal-Mewt", '<div class="container-wrapper"><h1 class="page-title">Avviżi tal-Mewt</h1><div class="entry-content"><p><strong>ĠUŻEPPI SALIBA</strong> mix-Xewkija, ta\' 84 sena, miet fl-4 ta\' Marzu 2025. Il-funeral se jsir fil-knisja parrokkjali tax-Xewkija.</p>'
         '<p><strong>ĠUŻA CINI</strong> min-Nadur, ta\' 91 sena, mietet fil-paċi tal-Mulej fit-2 ta\' Marzu 2025.</p><p>Biex tibgħat avviż: avvizi@ghawdexillum.example</p></div></div>')
    page("/dwarna/", "Dwarna", '<div class="container-wrapper"><h1 class="page-title">Dwarna</h1><div class="entry-content"><p>Għawdex Illum huwa sit tal-aħbarijiet bil-Malti li jkopri dak kollu li jiġri f\'Għawdex u Kemmuna. Il-kamra tal-aħbarijiet tinsab fir-Rabat, Għawdex.</p></div></div>')
    page("/ikkuntattjana/", "Ikkuntattjana", '<div class="container-wrapper"><h1 class="page-title">Ikkuntattjana</h1><div class="entry-content"><p>Triq ir-Repubblika, Ir-Rabat, Għawdex VCT 1000. Tel: 2155 0101</p><div class="wpcf7"><form><input placeholder="Ismek"><textarea placeholder="Messaġġ"></textarea><button>Ibgħat</button></form></div></div></div>')
    s.sitemap([x.path for x in A], "/wp-admin/")


# ====================================================================== 9 Oyggjatíðindi (Faroese, custom portal)
def oyggja():
    s = Site(9)
    ORG = "Oyggjatíðindi"
    A = [St("fo", "/grein/48213/", "Nýggi skúlin í Runavík verður liðugur í summar", ["Rói Joensen"], [
            "Nýggi skúlin í Runavík verður liðugur at taka í nýtslu í august, sigur kommunan.",
            "Bygningurin kostar umleið 120 milliónir krónur, og har verður pláss fyri 450 næmingum. Í skúlanum verður eisini ítróttarhøll og bókasavn, sum øll bygdin kann brúka.",
            "\"Vit hava bíðað leingi eftir hesum. Gamli skúlin er ov lítil, og børnini hava gingið í flytførum skúlastovum í fimm ár,\" sigur Sámal Petersen, skúlastjóri.",
            "Arbeiðið er eitt sindur seinkað vegna veðrið í vetur, men kommunan væntar, at alt verður klárt, tá ið skúlaárið byrjar."],
            t="2025-03-04T14:20:00+00:00", sec=("tidindi", "Tíðindi"), photo="Ólavur Hansen", au=[("roi-joensen", "Rói Joensen")]),
         St("fo", "/grein/47902/", "Makrelkvotan minkar við 20 prosentum í ár", ["Guðrun Jacobsen", "Hanus Poulsen"], [
             "Føroyar fáa 20 prosent minni av makreli í ár, eftir at strandalondini eru komin ásamt um eina nýggja kvotu.",
             "Granskarar hava mælt til at minka veiðuna, tí stovnurin er minkaður nøkur ár á rað. Fyri føroyska flotan merkir hetta fleiri hundrað milliónir krónur minni í inntøku.",
             "\"Tað er ringt, men vit mugu hugsa um framtíðina. Um vit fiska ov nógv nú, er einki eftir til børnini,\" sigur ein skipari úr Klaksvík.",
             "Landsstýrið fer at leggja fram uppskot um, hvussu kvotan skal býtast millum skipini, áðrenn veiðan byrjar í summar."],
            t="2025-02-17T07:45:00+00:00", sec=("vinna", "Vinna"), photo="Savnsmynd", au=[("gudrun-jacobsen", "Guðrun Jacobsen"), ("hanus-poulsen", "Hanus Poulsen")]),
         St("fo", "/grein/48055/", "Norðlýsið lýsti upp himmalin um alt landið", ["Rói Joensen"], [
             "Nógv fólk fóru út í gjárkvøldið fyri at síggja norðlýsið, sum lýsti upp himmalin um alt landið.",
             "Serliga í Norðoyggjum og í Vágum var himmalin grønur og reyður í fleiri tímar. Nógv tóku myndir og deildu tær á sosialum miðlum.",
             "\"Eg havi búð her alt mítt lív, men hetta var tað vakrasta norðlýsið, eg nakrantíð havi sæð,\" sigur Marjun Dam úr Sørvági.",
             "Veðurstovan sigur, at sólin er sera virkin í ár, og at møguleikarnir at síggja norðlýsið verða góðir nakrar vikur enn."],
            t="2025-02-27T09:10:00+00:00", sec=("tidindi", "Tíðindi"), photo="Ólavur Hansen", au=[("roi-joensen", "Rói Joensen")])]
    SECS = [("tidindi", "Tíðindi"), ("vinna", "Vinna"), ("mentan", "Mentan")]

    def shown(st):
        t = st.local(GMT)
        return "%s %d. %s %d kl. %s" % (WD["fo"][t.weekday()], t.day, MON["fo"][t.month - 1], t.year, t.strftime("%H.%M"))

    MENU = [("/", "Forsíða")] + [("/%s/" % c, n) for c, n in SECS] + [("/deydsfall/", "Deyðsfall"), ("/savn/", "Savn")]
    FOOT = [("/um-okkum/", "Um okkum"), ("/samband/", "Samband"), ("/skrivarar/roi-joensen/", "Rói Joensen"), ("/skrivarar/gudrun-jacobsen/", "Guðrun Jacobsen"), ("/skrivarar/hanus-poulsen/", "Hanus Poulsen")]

    def shell(title, main, head=""):
        return doc("fo", title, head, '<div class="wrap"><div class="topbar"><span class="vedur">Tórshavn 6&deg; &middot; Vindur 8 m/s</span></div><header class="masthead"><a class="logo" href="/">Oyggja<span>tíðindi</span></a>'
                   '<nav class="menu">%s</nav></header>\n<div class="content">%s</div>\n<div class="sidebar"><h4>Mest lisið</h4>%s<div class="lysing">Lýsing</div></div>\n'
                   '<footer class="footer">%s<p>Oyggjatíðindi P/F &middot; Vaglið 3, FO-100 Tórshavn &middot; Ábyrgdarblaðstjóri: Bárður Olsen</p></footer></div>' % (
                       nav(MENU), main, ul([(o.path, o.title) for o in A]), nav(FOOT, " &middot; ")))

    for st in A:
        main = ('<div class="grein"><div class="grein-deild"><a href="/%s/">%s</a></div><h1 class="grein-heiti">%s</h1><div class="grein-info"><span class="dato">%s</span></div>'
                '<div class="grein-mynd"><img src="/myndir/%s.jpg" alt=""><div class="mynd-tekstur">Mynd: %s</div></div>'
                '<div class="grein-hovundur">Tekstur: %s</div><div class="grein-tekstur">%s</div><div class="deil">Deil: <a href="#">Facebook</a></div></div>') % (
            st.sec[0], st.sec[1], E(st.title), shown(st), st.path.strip("/").split("/")[-1], E(st.photo), " og ".join('<a href="/skrivarar/%s/">%s</a>' % (a, E(n)) for a, n in st.au), P(st.body))
        s.story(st, shell("%s | %s" % (ORG, st.title), main, og(st.title, s.url(st.path), site=ORG, desc=st.paras[0])))

    def items(xs):
        return "".join('<div class="yvirlit-grein"><span class="dato">%s</span> <a href="%s">%s</a></div>' % (x.local(GMT).strftime("%d.%m.%Y"), x.path, E(x.title)) for x in xs)

    def page(path, title, main):
        s.non(path, shell("%s | %s" % (ORG, title) if path != "/" else ORG, main, og(title, s.url(path), "website", ORG)))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Forsíða", '<div class="forsida"><h2>Nýggjastu tíðindini</h2>%s</div>' % items(allp))
    for c, n in SECS:
        xs = [x for x in allp if x.sec[0] == c]
        page("/%s/" % c, n, '<h1>%s</h1>%s' % (n, items(xs) or "<p>Eingin grein í løtuni.</p>"))
    for a, n, bio in (("roi-joensen", "Rói Joensen", "Rói er journalistur á Oyggjatíðindum og skrivar um kommunur og skúlar."), ("gudrun-jacobsen", "Guðrun Jacobsen", "Guðrun skrivar um fiskivinnu og búskap."),
                      ("hanus-poulsen", "Hanus Poulsen", "Hanus skrivar um fiskivinnu.")):
        page("/skrivarar/%s/" % a, n, '<div class="skrivari"><h1>%s</h1><p>%s</p></div>%s' % (E(n), E(bio), items([x for x in allp if a in [y for y, _ in x.au]])))
    page("/savn/", "Savn", '<h1>Savn</h1><p>Allar greinir, nýggjastu fyrst.</p>' + items(allp))
    page("/deydsfall/", "Deyðsfall", '<h1>Deyðsfall</h1><p><strong>Jóhanna Hansen</strong>, Eiði, fødd 12. mai 1936, doyð 2. mars 2025.</p><p><strong>Petur í Líð</strong>, Klaksvík, føddur 3. juli 1941, doyður 28. februar 2025.</p>')
    page("/um-okkum/", "Um okkum", '<h1>Um okkum</h1><p>Oyggjatíðindi er ein óheftur føroyskur tíðindamiðil á netinum. Vit skriva um tað, sum hendir kring alt landið.</p>')
    page("/samband/", "Samband", '<h1>Samband</h1><p>Telefon: +298 55 01 00 &middot; Teldupostur: tidindi@oyggja.example</p>')


# ====================================================================== 10 Novitads Grischun (Romansh, public broadcaster)
def novitads():
    s = Site(10)
    ORG = "RTG"
    A = [St("rm", "/novitads/regiunal/chalandamarz-ils-uffants-scatschan-l-enviern", "Chalandamarz: Ils uffants scatschan l'enviern", ["Gian Marchet Caviezel"], [
            "En blers vitgs da l'Engiadina e da la Val Müstair han ils uffants festivà oz Chalandamarz cun plumpas e chanzuns.",
            "La tradiziun vegn festivada il prim da mars. Ils scolars van da chasa en chasa, chantan e survegnan in pau daners u dultschs.",
            "\"Nus essan stads sin via dapi las set la damaun,\" ha ditg Ladina, che frequenta la quarta classa a Scuol. \"Las plumpas èn grevas, ma quai fa plaschair.\"",
            "Cun la canera da las plumpas duain ils uffants scatschar l'enviern e clamar la primavaira. La festa finescha per regla cun in bal la saira en la sala da scola."],
            t="2025-03-01T07:30:00+01:00", upd="2025-03-01T11:05:00+01:00", kicker="Engiadina", sec=("regiunal", "Regiunal"), au=[("gian-marchet-caviezel", "Gian Marchet Caviezel")],
            show="Actualitad, 01.03.2025, 12:00"),
         St("rm", "/novitads/grischun/il-nov-tunnel-da-l-alvra-vegn-avert-pli-tard", "Il nov tunnel da l'Alvra vegn avert pli tard", ["Flurina Caduff"], [
             "Il nov tunnel da l'Alvra tranter Preda e Spinas vegn avert pir la primavaira 2026, ha communitgà la Viafier retica.",
             "Il motiv per il retard èn problems cun la geologia en la part dal mez dal tunnel. L'aua che penetrescha ha stuì vegnir sigillada cun grond sforz.",
             "Per ils passagiers na mida nagut: Ils trens van vinavant tras il vegl tunnel ch'è vegnì avert il 1903.",
             "\"Nus vulain ch'il nov tunnel saja segir per ils proxims tschient onns,\" ha declerà in portavusch da la Viafier retica. Ils custs creschan tenor las indicaziuns da la firma per radund diesch pertschient."],
            t="2025-02-20T00:20:00+01:00", upd=None, kicker="Viafier retica", sec=("grischun", "Grischun"), au=[("flurina-caduff", "Flurina Caduff")],
            show="Telesguard, 19.02.2025"),
         St("rm", "/novitads/regiunal/privel-da-lavinas-grond-en-l-engiadin-ota", "Privel da lavinas grond en l'Engiadin'Ota", ["Reto Casanova", "Flurina Caduff"], [
             "Suenter las grondas naivadas dals ultims dis è il privel da lavinas en l'Engiadin'Ota grond, il grad 4 da 5 sin la scala europeica.",
             "L'Institut per la perscrutaziun da la naiv e da las lavinas a Tavau avertescha da betg bandunar las pistas marcadas. En intgins lieus èn croudads dapi mardi passa in meter naiv frestga.",
             "La via dal Malögia è vegnida serrada per intginas uras, ed ils abitants da Segl han stuì spetgar fin ch'ils lavurants avevan rumì la via.",
             "Ils meteorologs quintan cun ina meglieraziun la fin da l'emna. Fin lura duain turists e indigens esser prudents, ha ditg il schef dal servetsch da lavinas."],
            t="2025-03-11T09:10:00+01:00", upd=None, kicker="Lavinas", sec=("regiunal", "Regiunal"), au=[("reto-casanova", "Reto Casanova"), ("flurina-caduff", "Flurina Caduff")],
            show="Actualitad, 11.03.2025, 07:00")]
    SECS = [("regiunal", "Regiunal"), ("grischun", "Grischun")]

    def fmt(t):
        return t.astimezone(CET).strftime("%d.%m.%Y, %H:%M")

    MENU = [("/", "Novitads"), ("/novitads", "Tut las novitads")] + [("/novitads/%s" % c, n) for c, n in SECS] + [("/tema/lavinas", "Lavinas"), ("/emissiuns", "Emissiuns"), ("/meteo", "Meteo")]
    FOOT = [("/davart-nus", "Davart nus"), ("/contact", "Contact"), ("/auturs/flurina-caduff", "Flurina Caduff")]

    def shell(title, main, head):
        return doc("rm", title, head, '<div class="page"><header class="header"><a class="header__logo" href="/">RTG <span>Radio e Televisiun Grischun</span></a><nav class="header__nav">%s</nav>'
                   '<button class="header__search" aria-label="Tschertgar"></button></header>\n<main class="main">%s</main>\n<footer class="footer"><nav>%s</nav><p>&copy; RTG 2025 &middot; Cuira</p></footer></div>' % (
                       nav(MENU), main, nav(FOOT, " | ")))

    for st in A:
        url = s.url(st.path)
        upd = datetime.datetime.fromisoformat(st.upd) if st.upd else None
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "description": st.paras[0], "url": url,
              "datePublished": st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": (upd or st.t).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "author": [{"@type": "Person", "name": n} for _, n in st.au], "publisher": {"@type": "Organization", "name": "RTG Radio e Televisiun Grischun"}, "inLanguage": "rm"}
        label = "Autur" if len(st.au) == 1 and not st.au[0][1].startswith("Flurina") else ("Autura" if len(st.au) == 1 else "Auturs")
        meta = '<span class="article-meta__date">Publitgà: <time datetime="%s">%s</time></span>' % (st.t.astimezone(CET).isoformat(), fmt(st.t))
        if upd:
            meta += ' <span class="article-meta__date article-meta__date--modified">Actualisà: <time datetime="%s">%s</time></span>' % (upd.isoformat(), fmt(upd))
        main = ('<article class="article"><header class="article-header"><span class="article-header__kicker">%s</span><h1 class="article-header__title">%s</h1>'
                '<div class="article-meta">%s</div></header><p class="article-lead">%s</p><figure class="media"><img src="/img/%s.jpg" alt=""><figcaption>Keystone</figcaption></figure>'
                '<div class="article-content">%s</div><footer class="article-footer"><p class="article-author">%s: %s</p><p class="article-show">Emissiun: %s</p></footer></article>'
                '<aside class="related"><h2>Dapli davart il tema</h2>%s</aside>') % (
            E(st.kicker), E(st.title), meta, E(st.body[0]), st.path.rsplit("/", 1)[1][:18], P(st.body[1:]), label,
            ", ".join('<a href="/auturs/%s">%s</a>' % (a, E(n)) if a == "flurina-caduff" else E(n) for a, n in st.au), E(st.show), ul([(o.path, o.title) for o in A if o is not st]))
        s.story(st, shell("%s - Novitads - RTG" % st.title, main, canon(url) + og(st.title, url, site="RTG Novitads", desc=st.paras[0]) + jl(ld)))

    def teasers(xs):
        return '<ul class="teaser-list">%s</ul>' % "".join('<li class="teaser"><span class="teaser__kicker">%s</span> <a class="teaser__title" href="%s">%s</a> <span class="teaser__date">%s</span></li>' % (
            E(x.kicker), x.path, E(x.title), fmt(x.t)) for x in xs)

    def page(path, title, main):
        s.non(path, shell("%s - RTG" % title if path != "/" else "Novitads - RTG", main, og(title, s.url(path), "website", "RTG Novitads")))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Novitads", '<h1 class="visually-hidden">Novitads</h1>' + teasers(allp))
    page("/novitads", "Tut las novitads", '<h1>Tut las novitads</h1>' + teasers(allp))
    for c, n in SECS:
        page("/novitads/%s" % c, n, '<h1>%s</h1>%s' % (n, teasers([x for x in allp if x.sec[0] == c])))
    page("/tema/lavinas", "Lavinas", '<h1>Tema: Lavinas</h1><p>Il bulletin da lavinas actual ed artitgels davart la segirezza en la muntogna.</p>' + teasers([A[2]]))
    page("/auturs/flurina-caduff", "Flurina Caduff", '<div class="author"><h1>Flurina Caduff</h1><p>Schurnalista en la redacziun da novitads a Cuira, specialisada sin traffic e politica.</p></div>' + teasers([A[1], A[2]]))
    page("/emissiuns", "Emissiuns", '<h1>Emissiuns</h1><ul><li>Actualitad &ndash; mintga di a las 07:00, 12:00 e 17:00</li><li>Telesguard &ndash; glindesdi fin venderdi a las 17:40</li><li>Cuntrasts &ndash; dumengia a las 17:25</li></ul>')
    page("/meteo", "Meteo", '<h1>Meteo</h1><p>Oz: naiv fin a 1200 meters, en l\'Engiadina -4 grads. Damaun: nivlus, sura cuntanschas.</p>')
    page("/davart-nus", "Davart nus", '<h1>Davart nus</h1><p>RTG &ndash; Radio e Televisiun Grischun &ndash; producescha novitads, radio e televisiun en rumantsch per l\'entir Grischun.</p>')
    page("/contact", "Contact", '<h1>Contact</h1><p>RTG, Via da Masans 2, 7000 Cuira. Telefon 081 555 01 11.</p>')


# ====================================================================== 11 L'Agaita (Occitan, Ghost 5)
def agaita():
    s = Site(11)
    ORG = "L'Agaita"
    A = [St("oc", "/los-tramvias-de-montpelhier-parlaran-occitan/", "Los tramvias de Montpelhièr parlaràn occitan", ["Joan Rius"], [
            "A partir del mes d'abril, las anóncias sonòras dels tramvias de Montpelhièr se faràn tanben en occitan, a decidit lo conselh de la metropòli.",
            "Los viatjaires ausiràn lo nom de cada estacion en francés e puèi en occitan, coma es ja lo cas dempuèi d'annadas dins lo metrò de Tolosa.",
            "\"Es un pas pichon, mas es important per la visibilitat de la lenga,\" ditz Mirelha Fabre, presidenta d'una associacion occitanista de la vila. \"Los enfants de las calandretas ausiràn lor lenga dins la carrièra.\"",
            "La metropòli a pas encara dich quant costarà lo projècte, mas assegura que las vòtz seràn enregistradas per de locutors nascuts dins la region."],
            t="2025-03-03T08:00:00+01:00", tag=("societat", "Societat"), au=[("joan", "Joan Rius")], excerpt="La metropòli vòl donar mai de plaça a la lenga dins los transpòrts publics."),
         St("oc", "/una-calandreta-novela-a-pau/", "Una calandreta novèla a Pau a la dintrada", ["Lisa Bonnet", "Joan Rius"], [
             "Una calandreta novèla dobrirà sas pòrtas a Pau a la dintrada de setembre, amb doas classas e una quarantena d'escolans.",
             "Las calandretas son d'escòlas associativas ont los mainatges aprenon en occitan dempuèi la mairala. N'i a mai de setanta dins tot lo país.",
             "\"Avèm agut mai de demandas que de plaças,\" explica Pèire Lacoste, president de l'associacion dels parents. \"Las familhas vòlon que lors enfants parlen la lenga de lors grands.\"",
             "La comuna a prestat un ostal ancian prèp del centre. Los trabalhs començaràn aqueste estiu amb l'ajuda de la region."],
            t="2025-02-24T12:00:00+01:00", tag=("educacion", "Educacion"), au=[("lisa", "Lisa Bonnet"), ("joan", "Joan Rius")], excerpt="Doas classas e una quarantena d'escolans a la dintrada."),
         St("oc", "/lo-carnaval-de-limos-a-comencat/", "Lo Carnaval de Limós a començat per tres meses", ["Sofia Castan"], [
             "Lo Carnaval de Limós a començat dimenge passat e durarà fins a la fin de març, amb de sortidas cada dissabte e cada dimenge sus la plaça de la Republica.",
             "Las colas de musicians e de fecos, amb lors vestits de colors e lors masquas, dançan a l'entorn de la plaça al son de la musica tradicionala.",
             "\"Es pas un espectacle per los toristas, es la vida de la vila,\" ditz Andrieu Mas, que fa part d'una cola dempuèi trenta ans.",
             "Lo carnaval s'acabarà amb la Nuèch de la Blanqueta, quand lo rei del carnaval serà cremat sus la plaça davant tota la vila."],
            t="2025-01-10T18:30:00+01:00", tag=("cultura", "Cultura"), au=[("sofia", "Sofia Castan")], excerpt="Las colas tornan sus la plaça cada setmana fins a la fin de març.")]
    TAGS = [("societat", "Societat"), ("educacion", "Educacion"), ("cultura", "Cultura")]

    def shown(st):
        t = st.local(CET)
        m = MON["oc"][t.month - 1]
        return "%d %s%s de %d" % (t.day, "d'" if m[0] in "aeiouò" else "de ", m, t.year)

    MENU = [("/", "Acuèlh")] + [("/tag/%s/" % c, n) for c, n in TAGS] + [("/agenda/", "Agenda"), ("/a-prepaus/", "A prepaus")]

    def shell(title, main, head, cls):
        return doc("oc", title, head + '<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="L\'Agaita" href="%s">' % s.url("/rss/"),
                   '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">L\'Agaita</a></div>'
                   '<nav class="gh-head-menu"><ul class="nav">%s</ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">S\'abonar</a></div></div></header>\n'
                   '<div class="site-content">%s</div>\n<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">L\'Agaita</a> &copy; 2025</section><nav class="site-footer-nav"><a href="/contacte/">Contacte</a> '
                   '<a href="/author/joan/">Joan Rius</a> <a href="/author/lisa/">Lisa Bonnet</a> <a href="/author/sofia/">Sofia Castan</a></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>' % (
                       "".join('<li class="nav-%s"><a href="%s">%s</a></li>' % (slug(t), p, E(t)) for p, t in MENU), main), cls)

    for st in A:
        url = s.url(st.path)
        pa = st.au[0]
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": ORG, "url": s.url("/")},
              "author": {"@type": "Person", "name": pa[1], "url": s.url("/author/%s/" % pa[0]), "sameAs": []}, "headline": st.title, "url": url,
              "datePublished": st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
              "keywords": st.tag[1], "description": st.excerpt, "mainEntityOfPage": url}
        head = canon(url) + og(st.title, url, site=ORG, desc=st.excerpt, extra='<meta property="article:published_time" content="%s"><meta property="article:tag" content="%s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">' % (
            ld["datePublished"], st.tag[1], E(pa[1]))) + jl(ld)
        words = sum(len(p.split()) for p in st.body)
        main = ('<main id="site-main" class="site-main"><article class="article post tag-%s"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>'
                '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list">%s</ul>'
                '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time>'
                '<span class="byline-reading-time"><span class="bull">&bull;</span> %d min de lectura</span></div></div></section></div>'
                '<figure class="article-image"><img src="/content/images/2025/%02d/%s.jpg" alt=""></figure></header>'
                '<section class="gh-content gh-canvas">%s</section></article></main>'
                '<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Legir mai</h3>%s</div></aside>') % (
            st.tag[0], st.tag[0], st.tag[1], E(st.title), E(st.excerpt),
            "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>' % (a, a, E(n)) for a, n in st.au),
            ", ".join('<a href="/author/%s/">%s</a>' % (a, E(n)) for a, n in st.au), st.local(CET).date().isoformat(), shown(st), max(1, words // 200), st.t.month, st.path.strip("/")[:20],
            P(st.body), ul([(o.path, o.title) for o in A if o is not st]))
        s.story(st, shell(st.title, main, head, "post-template tag-%s" % st.tag[0]))

    def cards(xs):
        return '<div class="post-feed">%s</div>' % "".join(
            '<article class="post-card post tag-%s"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/card.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="%s">'
            '<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a>'
            '<footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time></footer></div></article>' % (
                x.tag[0], x.path, x.path, x.tag[1], E(x.title), E(x.excerpt), x.local(CET).date().isoformat(), shown(x)) for x in xs)

    def page(path, title, main, cls):
        s.non(path, shell("%s - %s" % (title, ORG) if path != "/" else "%s - Actualitat en occitan" % ORG, '<main id="site-main" class="site-main outer"><div class="inner posts">%s</div></main>' % main,
                          canon(s.url(path)) + og(title, s.url(path), "website", ORG), cls))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Acuèlh", cards(allp[:2]) + '<nav class="pagination"><a class="older-posts" href="/page/2/">Articles mai ancians &rarr;</a></nav>', "home-template")
    page("/page/2/", "Pagina 2", cards(allp[2:]) + '<nav class="pagination"><a class="newer-posts" href="/">&larr; Articles mai recents</a> <span class="page-number">Pagina 2 de 2</span></nav>', "paged archive-template")
    for c, n in TAGS:
        page("/tag/%s/" % c, n, '<section class="post-card post-card-large"><h1 class="site-title">%s</h1><p class="site-description">Totes los articles de la seccion %s.</p></section>%s' % (n, n.lower(), cards([x for x in allp if x.tag[0] == c])), "tag-template")
    for a, n, bio in (("joan", "Joan Rius", "Jornalista a Montpelhièr, seguís la politica lingüistica."), ("lisa", "Lisa Bonnet", "Escriu sus l'educacion e las calandretas en Bearn."),
                      ("sofia", "Sofia Castan", "Cronicaira de la cultura populara en Lauragués e Rasés.")):
        page("/author/%s/" % a, n, '<section class="post-card post-card-large author-card"><img class="author-profile-image" src="/content/images/%s.jpg" alt=""><h1 class="site-title">%s</h1><p>%s</p></section>%s' % (
            a, E(n), E(bio), cards([x for x in allp if a in [y for y, _ in x.au]])), "author-template")
    page("/agenda/", "Agenda", '<article class="article page"><h1 class="article-title">Agenda</h1><section class="gh-content"><ul><li>15 de març: Bal occitan a Tolosa, Ostal d\'Occitània</li><li>22 de març: Jornada de las calandretas, Besièrs</li><li>5 d\'abril: Concèrt de polifonias, Pau</li></ul></section></article>', "page-template")
    page("/a-prepaus/", "A prepaus", '<article class="article page"><h1 class="article-title">A prepaus</h1><section class="gh-content"><p>L\'Agaita es un jornal numeric independent en lenga occitana, fondat en 2021. Publicam d\'actualitat de tot lo país d\'òc, de Bordèu a Niça.</p></section></article>', "page-template")
    page("/contacte/", "Contacte", '<article class="article page"><h1 class="article-title">Contacte</h1><section class="gh-content"><p>Escrivètz-nos: redaccion@agaita.example</p></section></article>', "page-template")


# ====================================================================== 12 Serbski Kurěr (Upper Sorbian, custom PHP)
def kurer():
    s = Site(12)
    ORG = "Serbski Kurěr"
    A = [St("hsb", "/nowinki/2025-03-03/nowa-serbska-pestowarnja-w-chroscicach.html", "Nowa serbska pěstowarnja w Chrósćicach", ["Marja Kralowa"], [
            "W Chrósćicach chcedźa w nazymje nowu serbsku pěstowarnju wotewrěć, w kotrejž budźe městno za šěsćdźesat dźěći.",
            "Gmejna je do twarjenja wjace hač dwaj milionaj eurow inwestowała. Pěstowarnja budźe dźěłać po koncepće Witaj, po kotrymž so dźěći wot małosće serbsce wuča.",
            "\"Wjeselimy so, zo maja naše dźěći tu nětko dosć městna,\" praji wjesnjanosta. \"Wjele młodych swójbow je so w zańdźenych lětach do wsy wróćiło.\"",
            "Twarske dźěła maja so w juliju skónčić. Starši móža swoje dźěći hižo nětko přizjewić."],
            t="2025-03-03T10:00:00+01:00", rub=("towarstwo", "Towarstwo"), sign="end"),
         St("hsb", "/nowinki/2025-02-26/jutrowni-jecharjo-so-pripotuja.html", "Jutrowni jěcharjo so na procesiony přihotuja", ["Jan Bulank"], [
             "Hižo nětko so jutrowni jěcharjo we wsach wokoło Kulowa a Ralbic na swoje procesiony přihotuja.",
             "Konje dyrbja so na zwuk zwonow a na spěw zwučić. Někotři jěcharjo su lětsa prěni raz pódla a wuknu hišće, kak so we fraku a z cylindrom na konju sedźi.",
             "\"Je to za nas najwažniši dźeń w lěće,\" praji Jan Šołta z Ralbic, kiž je hižo dwaceći razow jěchał.",
             "Lětsa wočakuja w dźewjeć procesionach zaso wjace hač tysac a pjeć stow jěcharjow."],
            t="2025-02-26T15:30:00+01:00", rub=("kultura", "Kultura"), sign="top"),
         St("hsb", "/nowinki/2025-02-13/nowe-dzelowe-mestna-pola-wojerec.html", "Nowe dźěłowe městna pola Wojerec", ["Milenka Rječcyna"], [
             "Pola Wojerec ma nastać wjace hač 300 nowych dźěłowych městnow, dokelž chce jedna firma tam nowu fabriku twarić.",
             "Fabrika ma baterije za elektriske awta produkować. Zwjazkowe knježerstwo podpěruje projekt z pjenjezami za strukturnu změnu w Łužicy.",
             "\"Za młodych ludźi je to šansa, zo w Łužicy wostanu,\" praji wjesnjanosta susodneje gmejny. \"Dotal je wjele z nich do zapada abo do wulkich městow wotešło.\"",
             "Z twarjenjom chcedźa hižo přichodne lěto započeć, a prěni dźěłaćerjo maja w lěće 2027 w fabrice dźěłać."],
            t="2025-02-13T08:15:00+01:00", rub=("hospodarstwo", "Hospodarstwo"), sign="end")]
    RUBS = [("towarstwo", "Towarstwo"), ("kultura", "Kultura"), ("hospodarstwo", "Hospodarstwo")]

    def shown(st):
        t = st.local(CET)
        return "%s, %d. %s %d" % (WD["hsb"][t.weekday()], t.day, MON["hsb"][t.month - 1], t.year)

    MENU = [("/", "Start")] + [("/rubrika/%s/" % c, n) for c, n in RUBS] + [("/zarjadowanja/", "Zarjadowanja"), ("/archiw/", "Archiw")]
    FOOT = [("/wo-nas/", "Wo nas"), ("/kontakt/", "Kontakt"), ("/wabjenje/", "Wabjenje")]

    def shell(title, main, head=""):
        return doc("hsb", title, head, '<div id="wobal"><div id="hlowa"><a href="/" id="logo">Serbski Kurěr</a><span class="podtitul">nowinki z Łužicy</span></div><div id="menu">%s</div>\n'
                   '<div id="wobsah">%s</div>\n<div id="noha">%s<br>&copy; 2025 Serbski Kurěr, Budyšin</div></div>' % (nav(MENU, " | "), main, nav(FOOT, " | ")))

    for st in A:
        top = '<p class="awtor">Tekst a foto: %s</p>' % E(st.authors[0]) if st.sign == "top" else ""
        end = '<p class="podpis" align="right"><i>%s</i></p>' % E(st.authors[0]) if st.sign == "end" else ""
        main = ('<div class="nastawk"><p class="datum">%s</p><h1>%s</h1>%s<div class="tekst">%s</div>%s'
                '<p class="rubrika">Rubrika: <a href="/rubrika/%s/">%s</a> &middot; <a href="javascript:print()">ćišćeć</a></p></div>') % (
            shown(st), E(st.title), top, P(st.body), end, st.rub[0], st.rub[1])
        s.story(st, shell("%s \u2013 %s: nowinki z Łužicy" % (st.title, ORG), main, '<meta property="og:title" content="%s">' % E(st.title)))

    def lst(xs):
        return '<ul class="nowinki">%s</ul>' % "".join('<li><span class="datum">%s</span> <a href="%s">%s</a></li>' % (x.local(CET).strftime("%d.%m.%Y"), x.path, E(x.title)) for x in xs)

    def page(path, title, main):
        s.non(path, shell("%s \u2013 %s: nowinki z Łužicy" % (title, ORG) if path != "/" else "%s: nowinki z Łužicy" % ORG, main))

    allp = sorted(A, key=lambda x: x.t, reverse=True)
    page("/", "Start", '<h2>Najnowše nowinki</h2>' + lst(allp))
    for c, n in RUBS:
        page("/rubrika/%s/" % c, n, '<h1>%s</h1>%s' % (n, lst([x for x in allp if x.rub[0] == c])))
    page("/archiw/", "Archiw", '<h1>Archiw</h1><p>Wšě nastawki wot lěta 2019.</p>' + lst(allp))
    page("/zarjadowanja/", "Zarjadowanja", '<h1>Zarjadowanja</h1><ul><li>8. měrca 2025: Koncert Serbskeho ludoweho ansambla, Budyšin</li><li>15. měrca 2025: Jutrowne wajka debić, Serbski muzej</li><li>20. apryla 2025: Jutrowne jěchanje</li></ul>')
    page("/wabjenje/", "Wabjenje", '<h1>Wabjenje</h1><p>Chceće w Serbskim Kurěrje wabić? Pisajće nam na wabjenje@kurer.example.</p>')
    page("/wo-nas/", "Wo nas", '<h1>Wo nas</h1><p>Serbski Kurěr je internetny nowinski portal w hornjoserbskej rěči. Redakcija sedźi w Budyšinje.</p>')
    page("/kontakt/", "Kontakt", '<h1>Kontakt</h1><p>Serbski Kurěr, Tuchorska 7, 02625 Budyšin. Tel. 03591 5550</p>')


for f in (cwm, scela, guth, zazpiak, keleier, koerier, aktuell, ghawdex, oyggja, novitads, agaita, kurer):
    f()

# every recorded page exists, and no page is recorded twice
for u in [a["url"] for a in truth["articles"]] + truth["nonarticles"] + [p["copy"] for p in truth["synd"]]:
    host, path = u.split("://", 1)[1].split("/", 1)
    fp = os.path.join(OUT, host.split(":")[0], path)
    assert os.path.exists(fp) or os.path.exists(os.path.join(fp, "index.html")), u
allu = [a["url"].rstrip("/") for a in truth["articles"]] + [u.rstrip("/") for u in truth["nonarticles"]] + [p["copy"].rstrip("/") for p in truth["synd"]]
assert len(set(allu)) == len(allu), [u for u in allu if allu.count(u) > 1]
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("articles %d, non-articles %d, synd %d" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
