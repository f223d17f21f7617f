"""Web ci: African newsrooms in their own languages and the colonial ones.
Twelve sites on 127.0.7.181-192 (port 18159): Amharic, Hausa, Yoruba,
Nigerian English, Tanzanian and Kenyan Swahili, isiZulu, Afrikaans,
Malagasy, Angolan Portuguese, Senegalese French and Sudanese Arabic, each
on the CMS such a newsroom runs (Drupal, WordPress with the tagDiv
Newspaper and Jannah themes, a Nation Media-like platform, an ASP.NET
portal, a Next.js front end), with the service pages these sites carry:
funeral notices and obituaries, job adverts, tenders, exchange rates,
league tables and results, galleries, video pages, e-papers, change of
name notices, tag/author/section pages, about and contact.

 1 አዲስ ዘገባ - Amharic weekly on Drupal (EAT): dates only in the Ethiopian
   calendar ("ረቡዕ፣ መጋቢት 3 ቀን 2017 ዓ.ም."), the Gregorian one in
   article:published_time on one story, in dcterms.date on another and
   nowhere on the third; bylines "በዳዊት ታዬ" (the "by" prefix fused to the
   name) and "ጸሐፊ፦ ሔለን ተስፋዬ"; an ENA story ("ምንጭ፦ ኢዜአ", dateline
   "(ኢዜአ)፦") with no author. Around it: section, author page, about,
   contact, a funeral notice and a tender notice on dated node templates,
   jobs, the exchange-rate table, e-paper.
 2 Muryar Arewa - Hausa on WordPress/Newspaper (WAT): "Daga" bylines,
   "Maris 12, 2025", Yoast Article; a two-author byline ("X da Y") with
   Yoast naming only the first, a story published 00:35 WAT (the day
   before in UTC), a NAN story credited to the site account ending
   "(NAN)", an inline "Karanta kuma:" link. A ta'aziyya (condolence)
   notice as a post, jobs, NPFL results, e-paper, tag/author/section,
   about, contact.
 3 Ìròyìn Òwúrọ̀ - Yoruba on WordPress/Jannah (WAT, English dates): a
   story posted by the site account whose text opens "Florence Babaṣọla,
   Ọyọ", an inline "Ẹ ka tun:" link; a funeral announcement ("Ikede
   isinku") and a FIDIO post (an embed and one line) on the post
   template, video and gallery pages, advertise, about, contact.
 4 The Lagos Courier - Punch-like Nigerian English daily (WAT): "By",
   "11th March 2025", a "Related News" box and a WhatsApp pitch inside the
   post content, "Kindly share this story:"; an "Agency Report" (NAN)
   story, a two-reporter story published 00:40 WAT. Obituary advert as a
   post, change-of-name notices, vacancies, naira rates, e-paper.
 5 Mwangaza - Tanzanian Swahili on a Nation Media-like platform (EAT):
   "Na Bakari Kiango", "Jumatano, Machi 12, 2025" with "Imesasishwa"
   (updated) date, "Kwa ufupi" summary, "Na Mwandishi Wetu" (our
   correspondent, no author), "Na X na Y", a story at 00:15 EAT. Tanzia
   (death notice) list and page, ajira, zabuni (tenders), league table,
   exchange rates, e-paper.
 6 Sauti ya Taifa - Kenyan Swahili on WordPress/Newspaper (EAT): theme
   author the site account, the byline as the first line of the text
   ("NA WANDERI KAMAU", case normalised in truth), "NA KNA" (no author), a
   story shown only as "Saa 3 zilizopita" (3 hours ago; Yoast carries the
   instant); a "PICHA:" gallery post, obituaries, jobs, FKF-PL table.
 7 Izwi LaseThekwini - isiZulu on a Next.js platform (SAST): "Ngu-Sibusiso
   Ngcobo", "Ngu-X no-Y", "Ngu-ANA", "Kushicilelwe 12 Mashi 2025 | 07:30",
   article:published_time in UTC (a story at 00:20 SAST is the day before
   in UTC), "FUNDA NALOKHU" inline promo. Funeral notices, jobs, league
   table, a video page, e-paper.
 8 Suidwes Nuus - Afrikaans WordPress (SAST): "Deur Annelie Botha | 12
   Maart 2025, 14:30", "Lees ook:", newsletter box, reader comments; a
   story translated from English whose meta author and JSON-LD name the
   translator (the note "uit Engels vertaal deur Karin Pretorius"), a
   "Nuusredaksie" story. Doodsberigte, wisselkoerse, rugby results, a
   video page, advertise.
 9 Ny Vaovaontsika - Malagasy on WordPress/Newspaper (EAT): every post by
   "admin", the reporter's name as a bold signature at the end ("Hery
   Andriamanga", "Toky R."), a Xinhua story ("Loharano: Xinhua").
   Death notice as a post, jobs, Ariary rates, gallery.
10 Diário de Luanda - Angolan ASP.NET portal (WAT): no date metadata at
   all, "Publicado: 12/03/2025 12:30:00" and "Actualizado:"; an ANGOP and
   a Xinhua story, "Texto: X e Y | Fotografia: Z", a story at 00:30 WAT.
   Ficha técnica, concursos públicos, câmbios, Girabola table,
   necrologia, edição digital, tag/author/section.
11 Dakar Matin - Senegalese Drupal daily (GMT): "Par Aliou Ngamby NDIAYE"
   (surname in capitals), "Publié le ... à 14h30 | Mis à jour le ...",
   an APS story with the "ASG/OID" sign-off, a MAP story ("Source : MAP"),
   two authors in capitals; comments, "À lire aussi". Nécrologie, appels
   d'offres, offres d'emploi, Ligue 1 results, a photo gallery, e-journal.
12 صدى النيلين - Sudanese Arabic on WordPress/Jannah RTL (CAT): dates in
   Arabic-Indic digits ("الأربعاء ١٢ مارس ٢٠٢٥"), the theme author "التحرير"
   while the text opens "بورتسودان: محمد عثمان", a SUNA story, "تقرير: X
   وY"; the daily parallel-market currency post and an obituary (نعي) on
   the post template, jobs, league results.

Truth: 38 articles, 132 non-articles, no syndicated copies. Authors are
the people who wrote the story (a fused or prefixed "by" removed, names in
capitals normalised); desks, agencies, site accounts, translators and
photographers are not authors. Dates are the local publication day.

Crawled with /tmp/nr-start: stories 38: title 38, date 37, authors 15 right;
non-articles stored 27 of 132; bodies checked 38: 0 wrong. Date: the
Amharic story dated only "እሑድ፣ የካቲት 30 ቀን 2017 ዓ.ም." got none (the
Ethiopian calendar is not read). Authors: the fused Amharic "በዳዊት ታዬ"
gave []; site accounts kept as authors (Muryar Arewa on a NAN story,
Ìròyìn Òwúrọ̀ over the "Florence Babaṣọla, Ọyọ" line, التحرير over
"بورتسودان: محمد عثمان", صدى النيلين on a SUNA story), the JSON-LD
Organization "Mwangaza" for "Na Mwandishi Wetu"; desk and wire credits
kept (Agency Report, Nuusredaksie, ANGOP, Xinhua, APS, MAP); the theme's
"by" label stored as the author ("Na" on both Kenyan account posts whose
text opens "NA WANDERI KAMAU"/"NA KNA", "Nosoratan'i" on all three
Malagasy posts signed at the end), "Ngu-ANA Kushicilelwe" (byline run
into the date line); second authors dropped ("X da Y" in Hausa, "تقرير: X
وY"); the translator named in the Afrikaans meta/JSON-LD; French surnames
left in capitals (NDIAYE, SÈNE, DIOP). Non-articles stored: eleven funeral
notices and obituaries (post templates and notice pages on ten sites),
three tenders, four job pages, two exchange-rate pages (the Sudanese
daily currency post, Malagasy rates), the Hausa results table, four about
pages, an advertise page and the change-of-name notices.
"""
import datetime, html, json, os, re, sys, zlib, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18159
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


class When:
    """A publication moment: local wall time in a named zone."""

    def __init__(self, local, zone):
        self.l = datetime.datetime.fromisoformat(local).replace(tzinfo=zoneinfo.ZoneInfo(zone))
        self.u = self.l.astimezone(UTC)

    def iso(self):
        return self.l.isoformat()

    def utc(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def z(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%SZ")

    def rfc(self):
        return self.u.strftime("%a, %d %b %Y %H:%M:%S +0000")

    @property
    def lday(self):
        return self.l.strftime("%Y-%m-%d")

    def inst(self):
        return self.u.strftime("%Y-%m-%dT%H:%M") if self.l.date() != self.u.date() else None


class Ago:
    """A moment shown only as a relative time: hours (or days) before now."""

    def __init__(self, hours=0, days=0, zone="UTC"):
        self.hours, self.days = hours, days
        self.u = NOW - datetime.timedelta(hours=hours, days=days)
        self.l = self.u.astimezone(zoneinfo.ZoneInfo(zone))

    def iso(self):
        return self.l.isoformat()

    def utc(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def z(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%SZ")

    def rfc(self):
        return self.u.strftime("%a, %d %b %Y %H:%M:%S +0000")

    @property
    def truth(self):
        return "fetch-day%d" % self.days if self.days else "fetch-%d" % self.hours


WAT, CAT, EAT, GMT, SAST = "Africa/Lagos", "Africa/Khartoum", "Africa/Nairobi", "Africa/Dakar", "Africa/Johannesburg"


def TODAY(zone):
    """The crawl's day where the site is: the date its header shows."""
    return NOW.astimezone(zoneinfo.ZoneInfo(zone)).date()


PT_M = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"]
PT_WD = ["Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira", "Sábado", "Domingo"]
FR_WD = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (180 + n), PORT, truth)

    def story(self, st, doc):
        """Records a story from its dict: path, title, when, au (truth
        authors), paras; must defaults to its first and last paragraph."""
        w = st["when"]
        if isinstance(w, Ago):
            date, inst = w.truth, None
        else:
            date, inst = w.lday, (w.inst() if st.get("inst") else None)
        must = st.get("must") or [st["paras"][0], st["paras"][-1]]
        self.art(st["path"], doc, st["title"], date, st["au"], instant=inst, must=must, must_not=list(st.get("mn", [])))

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def rss2(self, path, title, items, lang, by=True):
        it = "".join("<item><title>%s</title><link>%s</link>%s<pubDate>%s</pubDate><guid>%s</guid><description><![CDATA[%s]]></description></item>" % (
            E(st["title"]), E(self.url(st["path"])), ("<dc:creator><![CDATA[%s]]></dc:creator>" % st.get("rss_by", "")) if by else "",
            st["when"].rfc(), E(self.url(st["path"])), st["paras"][0][:180]) for st in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link><language>%s</language>%s</channel></rss>' % (
            E(title), self.url("/"), lang, it))


def para(text, seed):
    return shuffled(text, seed)


def body(paras, between=None, at=2):
    """Paragraph elements with an optional box (an inline related link, an
    advert) after the at-th paragraph."""
    h = ps(paras[:at])
    if between:
        h += between
    return h + ps(paras[at:])


def cards(items, cls="card"):
    return "".join('<article class="%s"><h3><a href="%s">%s</a></h3></article>' % (cls, st["path"], E(st["title"])) for st in items)


def table(head, rows, cls="table"):
    return '<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
        cls, "".join("<th>%s</th>" % E(h) for h in head), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(str(c)) for c in r) for r in rows))


def newsarticle(st, url, site, authors=None, lang="en", **kw):
    o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st["title"], "datePublished": st["when"].iso(),
         "mainEntityOfPage": url, "inLanguage": lang, "publisher": {"@type": "Organization", "name": site}}
    if authors is not None:
        o["author"] = [{"@type": "Person", "name": a} for a in authors] if isinstance(authors, list) else {"@type": "Organization", "name": authors}
    o.update(kw)
    return jl(o)
# ====================================================================== 1 Amharic (Ethiopia)
ETH_M = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"]
AM_WD = ["ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ"]


def ethiopian(d):
    """(year, month, day) of a Gregorian date in the Ethiopian calendar:
    the year opens on 11 September (12 before a Gregorian leap year)."""
    def newyear(y):
        ly = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
        return datetime.date(y, 9, 12 if ly else 11)
    ny = newyear(d.year)
    if d < ny:
        ny = newyear(d.year - 1)
    n = (d - ny).days
    return ny.year - 7, n // 30 + 1, n % 30 + 1


def amdate(w, weekday=True):
    y, m, dd = ethiopian(w.l.date())
    return ("%s፣ " % AM_WD[w.l.weekday()] if weekday else "") + "%s %d ቀን %d ዓ.ም." % (ETH_M[m - 1], dd, y)


def addis():
    s = Site(1)
    SN = "አዲስ ዘገባ"
    nav = [("/category/zena", "ዜና"), ("/category/economy", "ኢኮኖሚ"), ("/category/politics", "ፖለቲካ"), ("/category/sport", "ስፖርት"), ("/category/opinion", "አስተያየት"), ("/epaper", "ዲጂታል ጋዜጣ")]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html>\n<html lang="am" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">'
                '<title>%s</title>%s<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3aQ.css"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>'
                '<body class="path-node %s"><a href="#main-content" class="visually-hidden focusable skip-link">ወደ ዋናው ይዘት ይሂዱ</a><div class="dialog-off-canvas-main-canvas">'
                '<header class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/addis/logo.png" alt="ዋና ገጽ"></a><div class="site-slogan">ሳምንታዊ የአማርኛ ጋዜጣ — ከ1990 ዓ.ም. ጀምሮ</div>'
                '<div class="today">%s</div></div><nav class="menu--main"><ul class="menu">%s</ul></nav></header>'
                '<main id="main-content" class="layout-content">%s</main>'
                '<footer class="site-footer"><div class="region region-footer"><nav><ul><li><a href="/about">ስለ እኛ</a></li><li><a href="/contact">ያግኙን</a></li><li><a href="/advert">ማስታወቂያ</a></li></ul></nav>'
                '<p>© 2017 ዓ.ም. %s። መብቱ በሕግ የተጠበቀ ነው።</p><p>አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ስልክ +251 11 661 2345</p></div></footer></div></body></html>') % (
            E(title), head, cls, amdate(Ago(zone=EAT)), links(nav, "menu-item"), main, SN)

    def page(st, byline, meta=True):
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
                '<meta property="og:title" content="%s">') % (E(st["paras"][0][:150]), s.url(st["path"]), SN, s.url(st["path"]), E(st["title"]))
        if meta == "dc":
            head += '<meta name="dcterms.date" content="%s">' % st["when"].l.strftime("%Y-%m-%dT%H:%M%z")
        elif meta:
            head += '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (st["when"].iso(), st["when"].iso())
        share = ('<div class="share-bar"><span>ያጋሩ፦</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://t.me/share/url?url=%s">Telegram</a><a href="https://twitter.com/intent/tweet?url=%s">X</a></div>') % ((E(s.url(st["path"])),) * 3)
        rel = '<section class="related-articles"><h2>ተዛማጅ ዜናዎች</h2><ul>%s</ul></section>' % links([(x["path"], x["title"]) for x in A if x is not st])
        main = ('<article role="article" class="node node--type-article node--promoted node--view-mode-full"><div class="field field--name-field-category field--type-entity-reference"><a href="/category/%s">%s</a></div>'
                '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>'
                '<div class="node__meta"><span class="field field--name-field-author">%s</span> <span class="field field--name-created">%s</span></div>'
                '<div class="field field--name-field-image"><img src="/sites/default/files/styles/large/public/2025-03/%s.jpg" alt=""></div>'
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">%s</div>%s'
                '<div class="advert-box"><p>ማስታወቂያ</p><p>የአዲስ ዘገባ ጋዜጣን በየሳምንቱ እሑድ ከአዟሪዎች ይግዙ። ለደንበኝነት ምዝገባ 0911 23 45 67 ይደውሉ።</p></div></article>%s') % (
            st["sec"], st["secn"], E(st["title"]), byline, amdate(st["when"]), zlib.crc32(st["path"].encode()), ps(st["paras"]), share, rel)
        return shell("%s | %s" % (st["title"], SN), main, head, "page-node-type-article")

    a1 = ["የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ ከነዳጅ ዋጋ ጭማሪ ጋር ተያይዞ በከተማዋ የሚሰጠውን የሚኒባስ ታክሲ አገልግሎት ታሪፍ ማሻሻሉን አስታወቀ።",
          "በአዲሱ ታሪፍ መሠረት እስከ ሁለት ነጥብ አምስት ኪሎ ሜትር ለሚደረግ ጉዞ ይከፈል የነበረው አሥር ብር ወደ አሥራ ሁለት ብር ከፍ ማለቱን ቢሮው ገልጿል።",
          "በመገናኛና በፒያሳ አካባቢዎች ያነጋገርናቸው ተሳፋሪዎች ጭማሪው በየቀኑ ወደ ሥራ ለሚመላለሱ ሠራተኞች ተጨማሪ ሸክም እንደሚሆን ተናግረዋል።",
          "የታክሲ ባለንብረቶች ማኅበር በበኩሉ የመለዋወጫ ዕቃዎችና የጎማ ዋጋ በእጥፍ በመጨመሩ ማሻሻያው አስፈላጊ እንደነበር ገልጿል።",
          "ቢሮው ከተፈቀደው ታሪፍ በላይ የሚያስከፍሉ አሽከርካሪዎችን ለመቆጣጠር በዋና ዋና መስመሮች ላይ ተቆጣጣሪዎችን ማሰማራቱን አስታውቋል።"]
    a2 = ["ኢትዮጵያ በተያዘው የበጀት ዓመት የመጀመሪያዎቹ ስምንት ወራት ከቡና የውጭ ንግድ 1.2 ቢሊዮን ዶላር ገቢ ማግኘቷን የኢትዮጵያ ቡናና ሻይ ባለሥልጣን አስታወቀ።",
          "ባለሥልጣኑ እንዳስታወቀው በዚህ ወቅት ከ220 ሺሕ ቶን በላይ ቡና ወደ ውጭ የተላከ ሲሆን፣ ገቢው ካለፈው ዓመት ተመሳሳይ ወቅት ጋር ሲነፃፀር በ40 በመቶ ጨምሯል።",
          "ለጭማሪው ዋነኛ ምክንያት በዓለም ገበያ የቡና ዋጋ መጨመርና የውጭ ምንዛሪ ሥርዓቱ መሻሻል መሆኑን የዘርፉ ባለሙያዎች ይገልጻሉ።",
          "ይሁን እንጂ በጅማና በሲዳማ አካባቢዎች ያሉ አርሶ አደሮች ከዋጋው ጭማሪ የሚያገኙት ድርሻ አነስተኛ መሆኑን ቅሬታ ያቀርባሉ።",
          "ባለሥልጣኑ በቀሪዎቹ አራት ወራት ተጨማሪ 100 ሺሕ ቶን ቡና ለመላክ ማቀዱንና ለዚህም ከላኪዎች ጋር ውይይት መጀመሩን አስታውቋል።"]
    a3 = ["አዲስ አበባ፣ መጋቢት 1/2017 (ኢዜአ)፦ በዘንድሮው የበልግ ወቅት ከ1.8 ሚሊዮን ሄክታር በላይ መሬት በሰብል ለመሸፈን ዝግጅት መደረጉን የግብርና ሚኒስቴር አስታወቀ።",
          "የሚኒስቴሩ የሰብል ልማት ዘርፍ ኃላፊ በሰጡት መግለጫ ለበልግ እርሻ የሚያስፈልገው ምርጥ ዘርና ማዳበሪያ ወደ ክልሎች መሰራጨት መጀመሩን ገልጸዋል።",
          "የብሔራዊ ሜቲዎሮሎጂ ኢንስቲትዩት በበኩሉ በአብዛኛዎቹ የበልግ አብቃይ አካባቢዎች መደበኛና ከመደበኛ በላይ ዝናብ እንደሚጠበቅ ትንበያ አውጥቷል።",
          "አርሶ አደሮች ዝናቡን በአግባቡ በመጠቀም የእርሻ ሥራቸውን በወቅቱ እንዲያከናውኑ ሚኒስቴሩ ጥሪ አቅርቧል።"]
    A = [dict(path="/article/136541", title="የአዲስ አበባ የታክሲ ታሪፍ ተሻሻለ", when=When("2025-03-12T09:15", EAT), au=["ዳዊት ታዬ"], paras=a1, sec="zena", secn="ዜና"),
         dict(path="/article/136502", title="የቡና የውጭ ንግድ ገቢ በስምንት ወራት 1.2 ቢሊዮን ዶላር ደረሰ", when=When("2025-03-09T06:00", EAT), au=["ሔለን ተስፋዬ"], paras=a2, sec="economy", secn="ኢኮኖሚ"),
         dict(path="/article/136518", title="ለበልግ እርሻ 1.8 ሚሊዮን ሄክታር መሬት ተዘጋጀ", when=When("2025-03-10T11:40", EAT), au=[], paras=a3, sec="zena", secn="ዜና", must=[a3[1], a3[3]])]
    mn = ["የአዲስ ዘገባ ጋዜጣን በየሳምንቱ እሑድ ከአዟሪዎች ይግዙ", "ተዛማጅ ዜናዎች"]
    s.story(dict(A[0], mn=mn), page(A[0], "በዳዊት ታዬ"))
    s.story(dict(A[1], mn=mn), page(A[1], '<span class="label">ጸሐፊ፦</span> <a href="/author/helen-tesfaye">ሔለን ተስፋዬ</a>', meta=False))
    s.story(dict(A[2], mn=mn), page(A[2], '<span class="label">ምንጭ፦</span> ኢዜአ', meta="dc"))

    def lst(title, items, extra=""):
        return shell("%s | %s" % (title, SN), '<h1 class="page-title">%s</h1>%s<div class="view-content">%s</div><nav class="pager"><a href="?page=1">ቀጣይ ›</a></nav>' % (
            E(title), extra, "".join('<div class="views-row"><h2><a href="%s">%s</a></h2><span>%s</span></div>' % (x["path"], E(x["title"]), amdate(x["when"])) for x in items)), "", "path-taxonomy")
    s.non("/", shell(SN, '<section class="front-lead">%s</section><section class="front-list"><h2>የሳምንቱ ዜናዎች</h2>%s</section><section class="blocks"><a href="/exchange">የዕለቱ የምንዛሪ ተመን</a> · <a href="/jobs">የሥራ ማስታወቂያዎች</a> · <a href="/tender/2025-03-12">ጨረታዎች</a> · <a href="/obituary/ato-kebede-alemu">የሐዘን መግለጫ</a></section>' % (
        cards(A[:1], "lead"), cards(A[1:])), '<meta property="og:type" content="website">', "path-frontpage"))
    s.non("/category/zena", lst("ዜና", [A[0], A[2]]))
    s.non("/category/economy", lst("ኢኮኖሚ", [A[1]]))
    s.non("/author/helen-tesfaye", lst("ሔለን ተስፋዬ", [A[1]], "<p>ሔለን ተስፋዬ የአዲስ ዘገባ የኢኮኖሚ ዘጋቢ ናት።</p>"))
    s.non("/about", shell("ስለ እኛ | " + SN, '<h1>ስለ እኛ</h1>' + ps(["አዲስ ዘገባ በ1990 ዓ.ም. የተመሠረተ ሳምንታዊ የአማርኛ ጋዜጣ ነው። ጋዜጣው በየሳምንቱ እሑድ ይታተማል።", "ዋና አዘጋጅ፦ ተስፋዬ ገብረ ሥላሴ። አሳታሚ፦ አዲስ ሚዲያ ኃ.የተ.የግ.ማ."]), "", "path-about"))
    s.non("/contact", shell("ያግኙን | " + SN, '<h1>ያግኙን</h1><p>አድራሻ፦ ቦሌ ክፍለ ከተማ፣ ወረዳ 3፣ የቤት ቁጥር 114</p><p>ስልክ፦ +251 11 661 2345 · ኢሜይል፦ info@addiszegeba.example</p><form><label>ስም<input name="name"></label><label>መልዕክት<textarea></textarea></label><button>ላክ</button></form>', "", "path-contact"))
    ob = ("<p><strong>የሐዘን መግለጫ</strong></p><p>አቶ ከበደ ዓለሙ ከአባታቸው ከአቶ ዓለሙ ተሰማ እና ከእናታቸው ከወ/ሮ ዘነበች ወልዴ በ1940 ዓ.ም. በደብረ ብርሃን ከተማ ተወለዱ።</p>"
          "<p>በተወለዱ በ77 ዓመታቸው መጋቢት 2 ቀን 2017 ዓ.ም. ከዚህ ዓለም በሞት ተለይተዋል። የቀብር ሥነ ሥርዓታቸው መጋቢት 3 ቀን 2017 ዓ.ም. በቅድስት ሥላሴ ካቴድራል ተፈጽሟል።</p>"
          "<p>ቤተሰቦቻቸው በሐዘናችን ለተካፈላችሁ ሁሉ ምስጋናችንን እናቀርባለን።</p><p>ነፍሳቸውን በአፀደ ገነት ያኑርልን።</p>")
    s.non("/obituary/ato-kebede-alemu", shell("ዕረፍት፦ አቶ ከበደ ዓለሙ | " + SN, '<article class="node node--type-obituary"><h1 class="page-title">አቶ ከበደ ዓለሙ (1940 – 2017 ዓ.ም.)</h1><div class="node__meta">%s</div><img src="/sites/default/files/obituary/kebede.jpg" alt="">%s</article>' % (amdate(When("2025-03-13T08:00", EAT)), ob),
                                             '<meta property="og:type" content="article">', "page-node-type-obituary"))
    s.non("/jobs", shell("የሥራ ማስታወቂያ | " + SN, '<h1>የሥራ ማስታወቂያ</h1>%s' % "".join('<div class="job"><h2>%s</h2><p>%s</p><p>የማመልከቻ ጊዜ፦ %s</p></div>' % r for r in [
        ("የሂሳብ ባለሙያ", "ድርጅት፦ ዓባይ ባንክ አ.ማ. · የትምህርት ደረጃ፦ ዲግሪ በአካውንቲንግ · ልምድ፦ 2 ዓመት", "ማስታወቂያው ከወጣበት ቀን ጀምሮ በ10 ተከታታይ የሥራ ቀናት"),
        ("ሹፌር (ደረጃ 3)", "ድርጅት፦ ኢትዮ ሎጅስቲክስ · ደመወዝ፦ በስምምነት", "መጋቢት 20 ቀን 2017 ዓ.ም.")]), "", "path-jobs"))
    s.non("/tender/2025-03-12", shell("የጨረታ ማስታወቂያ | " + SN, '<article class="node node--type-tender"><h1 class="page-title">ግልጽ የጨረታ ማስታወቂያ ቁጥር 04/2017</h1><div class="node__meta">%s</div>%s</article>' % (
        amdate(When("2025-03-12T08:00", EAT)), ps(["የኦሮሚያ መንገዶች ባለሥልጣን ለ2017 በጀት ዓመት የሚያስፈልጉትን የግንባታ ማሽነሪዎች ኪራይ በግልጽ ጨረታ አወዳድሮ ለማሠራት ይፈልጋል።",
                                                    "ተጫራቾች የታደሰ የንግድ ፈቃድ፣ የግብር ከፋይ መለያ ቁጥር እና የጨረታ ማስከበሪያ 50,000 ብር በባንክ የተረጋገጠ ቼክ ማቅረብ አለባቸው።",
                                                    "የጨረታ ሰነዱን የማይመለስ 300 ብር በመክፈል ከባለሥልጣኑ ግዥ ክፍል መግዛት ይቻላል። ጨረታው መጋቢት 25 ቀን 2017 ዓ.ም. ከቀኑ 4፡00 ሰዓት ይከፈታል።"])),
        '<meta property="og:type" content="article">', "page-node-type-tender"))
    s.non("/exchange", shell("የዕለቱ የምንዛሪ ተመን | " + SN, '<h1>የዕለቱ የምንዛሪ ተመን</h1><p>የኢትዮጵያ ንግድ ባንክ · %s</p>%s' % (amdate(When("2025-03-14T08:00", EAT)), table(["ገንዘብ", "መግዣ", "መሸጫ"], [
        ("የአሜሪካ ዶላር (USD)", "129.45", "132.04"), ("ዩሮ (EUR)", "140.12", "142.92"), ("የእንግሊዝ ፓውንድ (GBP)", "167.33", "170.68"), ("የሳዑዲ ሪያል (SAR)", "34.50", "35.19")])), "", "path-exchange"))
    s.non("/epaper", shell("ዲጂታል ጋዜጣ | " + SN, '<h1>ዲጂታል ጋዜጣ</h1><div class="epaper-grid">%s</div><p>ሙሉውን ጋዜጣ ለማንበብ ይመዝገቡ።</p>' % "".join(
        '<div class="issue"><img src="/epaper/%s.jpg" alt=""><a href="/epaper/%s.pdf">ቅጽ 27 ቁጥር %d</a></div>' % (d, d, n) for d, n in (("2025-03-09", 1412), ("2025-03-02", 1411))), "", "path-epaper"))
    s.sitemap(["/", "/category/zena", "/category/economy", "/about", "/contact", "/jobs", "/exchange", "/epaper", "/obituary/ato-kebede-alemu", "/tender/2025-03-12"] + [a["path"] for a in A])
# ====================================================================== tagDiv Newspaper theme (sites 2, 6, 9)
class TD:
    """A WordPress site on the tagDiv Newspaper theme: cfg holds the site
    name, lang, the date formatter, labels and navigation."""

    def __init__(self, s, cfg):
        self.s, self.c = s, cfg

    def shell(self, title, main, head="", cls="home"):
        c = self.c
        return ('<!doctype html >\n<html lang="%s"><head><title>%s</title><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">%s'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="/feed/"><link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">'
                '<meta name="generator" content="WordPress 6.7.2"></head><body class="%s td-standard-pack global-block-template-1 td-full-layout">'
                '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">'
                '<div class="td-header-template-wrap"><div class="td-header-top-menu"><div class="td_data_time">%s</div><ul class="top-header-menu">%s</ul></div>'
                '<div class="td-header-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2023/01/logo.png" alt="%s"><span class="td-visual-hidden">%s</span></a></div>'
                '<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">%s</ul></div></div>'
                '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">%s</div></div>'
                '<div class="td-footer-wrap"><div class="td-footer-info"><div class="footer-text-wrap">%s</div></div>'
                '<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; %s</div><ul class="td-subfooter-menu">%s</ul></div></div></div>'
                '<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">%s</span>'
                '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">%s</a></span></div></div></body></html>') % (
            c["lang"], E(title), head, E(c["name"]), cls, c["today"], links(c["top"], "menu-item"), E(c["name"]), E(c["name"]), links(c["nav"], "menu-item menu-item-type-taxonomy"),
            main, c["about"], c["copy"], links(c["top"], "menu-item"), E(c["cookie"]), c["ok"])

    def article(self, st, others):
        c, s = self.c, self.s
        url = s.url(st["path"])
        date_text = st.get("date_text") or c["date"](st["when"])
        yoast = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": st["wp_author"], "@id": s.url("/#/schema/person/%x" % zlib.crc32(st["wp_author"].encode()))},
             "headline": st["title"], "datePublished": st["when"].iso(), "dateModified": st["when"].iso(), "mainEntityOfPage": {"@id": url}, "publisher": {"@id": s.url("/#organization")},
             "articleSection": [st["secn"]], "inLanguage": c["lang"]},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (st["title"], c["name"]), "datePublished": st["when"].iso(), "inLanguage": c["lang"]},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": c["name"], "url": s.url("/")},
            {"@type": "Person", "@id": s.url("/#/schema/person/%x" % zlib.crc32(st["wp_author"].encode())), "name": st["wp_author"], "url": s.url("/author/%s/" % st["wp_slug"])}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:locale" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - %s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"><meta name="author" content="%s">'
                '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">%s') % (
            url, c["locale"], E(st["title"]), E(c["name"]), url, E(c["name"]), st["when"].iso(), E(st["wp_author"]), E(st["wp_author"]), jl(yoast))
        share = '<div class="td-post-sharing td-ps-bg td-ps-notext"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u=%s"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=%s"><span class="td-social-but-text">WhatsApp</span></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url=%s"><span class="td-social-but-text">Twitter</span></a></div></div>' % ((E(url),) * 3)
        rel = '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">%s</a></h4><div class="td_block_inner">%s</div></div>' % (
            c["related"], "".join('<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div></div>' % (x["path"], E(x["title"])) for x in others))
        comm = '<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3><form class="comment-form"><textarea name="comment"></textarea><input name="author"><input type="submit" value="%s"></form></div></div>' % (c["leave"], c["post"])
        tags = "".join('<li><a href="%s">%s</a></li>' % t for t in st.get("tags", []))
        main = ('<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                '<div class="entry-crumbs"><span><a href="/" class="entry-crumb">%s</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="/category/%s/" class="entry-crumb">%s</a></span></div>'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info">'
                '<div class="td-post-author-name"><div class="td-author-by">%s</div> %s<div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>'
                '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%d</span></div></div></header></div>'
                '%s<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img class="entry-thumb" src="/wp-content/uploads/2025/03/%x.jpg" alt=""><figcaption class="wp-caption-text">%s</figcaption></figure></div>%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>%s</span></li>%s</ul></div>%s'
                '<div class="td-author-name vcard author" style="display:none"><span class="fn"><a href="/author/%s/">%s</a></span></div></footer></article>%s%s</div></div>'
                '<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>%s</span></h4>%s</div></div></div></div>') % (
            c["homeword"], st["sec"], st["secn"], zlib.crc32(url.encode()) % 90000, zlib.crc32(url.encode()) % 90000, st["sec"], st["sec"], st["secn"], E(st["title"]), c["by"], st["by_html"],
            st["when"].iso(), date_text, zlib.crc32(url.encode()) % 90000, 300 + zlib.crc32(url.encode()) % 4000, share, zlib.crc32(url.encode()), E(st.get("cap", "")),
            st.get("top", "") + body(st["paras"], st.get("between"), st.get("at", 2)) + st.get("bottom", ""), c["tagsword"], tags, share,
            st["wp_slug"], E(st["wp_author"]), rel, comm, c["popular"], cards(others, "td_module_6"))
        return self.shell("%s - %s" % (st["title"], c["name"]), main, head, "post-template-default single single-post single-format-standard")

    def listing(self, title, items, desc="", cls="category"):
        c = self.c
        main = ('<div class="td-category-header"><h1 class="entry-title td-page-title">%s</h1>%s</div><div class="td-ss-main-content">%s</div>'
                '<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="?paged=2" class="page">2</a><a href="?paged=2"><i class="td-icon-menu-right"></i></a></div>') % (
            E(title), ("<div class=\"td-category-description\">%s</div>" % desc) if desc else "", "".join(
                '<div class="td_module_wrap td_module_16"><div class="item-details"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3><div class="td-module-meta-info"><span class="td-post-date">%s</span></div><div class="td-excerpt">%s</div></div></div>' % (
                    x["path"], E(x["title"]), c["date"](x["when"]), E(x["paras"][0][:140])) for x in items))
        return self.shell("%s - %s" % (title, c["name"]), main, '<meta property="og:type" content="website"><meta name="robots" content="noindex, follow">' if cls == "tag" else '<meta property="og:type" content="website">', "archive " + cls)

    def page(self, title, inner, cls="page-template-default page"):
        return self.shell("%s - %s" % (title, self.c["name"]), '<div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div><div class="td-page-content tagdiv-type">%s</div>' % (E(title), inner),
                          '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % E(title), cls)

    def home(self, items, extra=""):
        return self.shell(self.c["name"] + " - " + self.c["tagline"], '<div class="td_block_wrap td_block_big_grid_fl_1">%s</div><div class="td_block_wrap td_flex_block_1">%s</div>%s' % (
            cards(items[:2], "td_module_mx5"), cards(items[2:], "td_module_flex"), extra), '<meta property="og:type" content="website">', "home page-template-default page")


# ====================================================================== 2 Hausa (Nigeria)
HA_M = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba", "Disamba"]
HA_WD = ["Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi"]


def arewa():
    s = Site(2)
    SN = "Muryar Arewa"
    cfg = dict(name=SN, lang="ha", locale="ha_NG", tagline="Labarai daga Arewacin Najeriya", date=lambda w: "%s %d, %d" % (HA_M[w.l.month - 1], w.l.day, w.l.year),
               today="%s, %s %d, %d" % (HA_WD[TODAY(WAT).weekday()], HA_M[TODAY(WAT).month - 1], TODAY(WAT).day, TODAY(WAT).year), top=[("/game-da-mu/", "Game da mu"), ("/tuntube-mu/", "Tuntube mu"), ("/jarida-ta-yau/", "Jaridar yau")],
               nav=[("/category/labarai/", "Labarai"), ("/category/siyasa/", "Siyasa"), ("/category/tattalin-arziki/", "Tattalin Arziki"), ("/category/wasanni/", "Wasanni"), ("/guraben-aiki/", "Guraben Aiki")],
               about="Muryar Arewa jarida ce ta Hausa da ake bugawa a Kano kowace Juma'a, tare da shafin labarai na yanar gizo.", copy="2025 Muryar Arewa. Duk hakkoki a kiyaye suke.",
               cookie="Muna amfani da kukis domin inganta shafinmu. Idan ka ci gaba, ka amince da haka.", ok="Na amince", related="KUNA IYA SON KARANTA", leave="Bar sharhi", post="Aika sharhi",
               homeword="Gida", tagsword="TAGS", by="Daga", popular="Wadanda aka fi karantawa")
    td = TD(s, cfg)
    a1 = ["Manoma a Jihar Kano sun koka kan yadda farashin buhun takin zamani ya tashi daga Naira dubu talatin zuwa sama da Naira dubu hamsin a cikin watanni uku kacal.",
          "Wani manomi a kasuwar Dawanau, Malam Sani Abdullahi, ya shaida wa Muryar Arewa cewa ba zai iya sayen fiye da buhu biyu ba a bana saboda tsadar.",
          "Dillalan taki sun ce tashin farashin ya samo asali ne daga karuwar kudin sufuri da faduwar darajar Naira a kasuwar canji.",
          para("Kwamishinan Noma na jihar ya ce gwamnati za ta raba buhunan taki dubu dari a farashi mai rahusa kafin damina ta kama.", 201),
          "Manoman sun bukaci a raba takin ta hannun kungiyoyinsu maimakon 'yan siyasa, domin kada ya fada hannun 'yan kasuwa."]
    a2 = ["Gobara ta tashi a kasuwar Sabon Gari da ke Kano a daren Talata, inda ta lalata shaguna sama da dari da kayayyakin miliyoyin Naira.",
          "Jami'an hukumar kashe gobara ta jihar sun ce wutar ta fara ne daga wani shago da ake sayar da kayan lantarki da misalin karfe goma na dare.",
          "Wasu 'yan kasuwa da suka zanta da wakilanmu sun ce jami'an kashe gobara sun iso a makare, lamarin da hukumar ta musanta.",
          "Shugaban kungiyar 'yan kasuwar ya yi kira ga gwamnati da ta tallafa wa wadanda abin ya shafa domin su koma kasuwanci."]
    a3 = ["Gwamnatin Tarayya ta ce za ta dauki sabbin malamai dubu ashirin aiki a makarantun firamare na fadin kasar nan kafin karshen shekara.",
          "Ministan Ilimi ya bayyana haka ne a Abuja ranar Litinin yayin wani taro da kwamishinonin ilimi na jihohi.",
          "Ya ce za a ba jihohin Arewa fifiko saboda yawan yaran da ba sa zuwa makaranta a yankin.",
          "Kungiyar Malamai ta Kasa (NUT) ta yaba da matakin, amma ta bukaci a inganta albashin malaman da ake da su. (NAN)"]
    karanta = '<p><strong>Karanta kuma:</strong> <a href="/2025/03/10/gwamnatin-tarayya-za-ta-dauki-malamai-dubu-20-aiki/">Gwamnatin Tarayya za ta dauki malamai dubu 20 aiki</a></p>'
    A = [dict(path="/2025/03/12/farashin-taki-ya-yi-tashin-gwauron-zabi-a-kano/", title="Farashin taki ya yi tashin gwauron zabi a kasuwannin Kano", when=When("2025-03-12T10:20", WAT), au=["Salisu Garba"], paras=a1,
              sec="labarai", secn="Labarai", wp_author="Salisu Garba", wp_slug="salisu-garba", by_html='<a href="/author/salisu-garba/">Salisu Garba</a>', between=karanta, tags=[("/tag/kano/", "Kano"), ("/tag/noma/", "Noma")],
              cap="Buhunan taki a kasuwar Dawanau. Hoto: Muryar Arewa", mn=["Karanta kuma:", "Gwamnatin Tarayya za ta dauki malamai dubu 20 aiki", "KUNA IYA SON KARANTA"]),
         dict(path="/2025/03/12/gobara-ta-lalata-shaguna-sama-da-dari-a-sabon-gari/", title="Gobara ta lalata shaguna sama da 100 a kasuwar Sabon Gari", when=When("2025-03-12T00:35", WAT), au=["Ibrahim Musa Giginyu", "Aisha Bello Mahmud"], paras=a2,
              sec="labarai", secn="Labarai", wp_author="Ibrahim Musa Giginyu", wp_slug="ibrahim-giginyu", by_html='<a href="/author/ibrahim-giginyu/">Ibrahim Musa Giginyu</a> da <a href="/author/aisha-bello/">Aisha Bello Mahmud</a>',
              tags=[("/tag/kano/", "Kano"), ("/tag/gobara/", "Gobara")], cap="Wani bangare na kasuwar bayan gobarar.", mn=["Bar sharhi", "Wadanda aka fi karantawa"]),
         dict(path="/2025/03/10/gwamnatin-tarayya-za-ta-dauki-malamai-dubu-20-aiki/", title="Gwamnatin Tarayya za ta dauki malamai dubu 20 aiki", when=When("2025-03-10T15:10", WAT), au=[], paras=a3,
              sec="labarai", secn="Labarai", wp_author="Muryar Arewa", wp_slug="muryar-arewa", by_html='<a href="/author/muryar-arewa/">Muryar Arewa</a>', tags=[("/tag/ilimi/", "Ilimi")], cap="", mn=["KUNA IYA SON KARANTA"])]
    for st in A:
        s.story(st, td.article(st, [x for x in A if x is not st]))
    s.non("/", td.home(A, '<div class="td_block_wrap"><h4 class="block-title">Sanarwa</h4><ul><li><a href="/2025/03/13/taaziyyar-alhaji-musa-danladi/">Ta\'aziyya: Alhaji Musa Danladi</a></li><li><a href="/wasanni/sakamako/">Sakamakon wasannin NPFL</a></li></ul></div>'))
    s.non("/category/labarai/", td.listing("Labarai", A))
    s.non("/tag/kano/", td.listing("Kano", A[:2], cls="tag"))
    s.non("/author/salisu-garba/", td.listing("Salisu Garba", A[:1], "Salisu Garba wakilin Muryar Arewa ne a Kano.", "author"))
    s.non("/game-da-mu/", td.page("Game da mu", ps(["Muryar Arewa jarida ce mai zaman kanta da aka kafa a shekarar 2009 a birnin Kano.", "Muna wallafa labarai cikin harshen Hausa game da siyasa, tattalin arziki, ilimi, lafiya da wasanni.",
                                                   "Babban Editan: Haruna Yusuf Dambatta."])))
    s.non("/tuntube-mu/", td.page("Tuntube mu", '<p>Adireshi: Lamba 14, Titin Zoo, Kano.</p><p>Waya: 0803 123 4567 · Imel: labarai@muryararewa.example</p><div class="wpcf7"><form><input name="your-name"><textarea></textarea><input type="submit" value="Aika"></form></div>'))
    st = dict(title="Ta'aziyya: Alhaji Musa Danladi (1948 - 2025)", when=When("2025-03-13T09:00", WAT), path="/2025/03/13/taaziyyar-alhaji-musa-danladi/", sec="sanarwa", secn="Sanarwa", wp_author="Talla", wp_slug="talla",
              by_html='<a href="/author/talla/">Talla</a>', paras=["Iyalan marigayi Alhaji Musa Danladi na sanar da rasuwar mahaifinsu, wanda ya rasu ranar Talata 11 ga Maris, 2025 yana da shekara 77 a duniya.",
                                                                  "An yi jana'izarsa a gidansa da ke Gwammaja, Kano, kamar yadda addinin Musulunci ya tanada.", "Ya bar mata biyu, 'ya'ya goma sha daya da jikoki da dama.",
                                                                  "Allah Ya jikansa da rahama, Ya sa Aljanna ce makomarsa. Amin."], cap="Marigayi Alhaji Musa Danladi")
    s.non(st["path"], td.article(st, A[:2]))
    s.non("/guraben-aiki/", td.page("Guraben Aiki", table(["Matsayi", "Kamfani", "Wuri", "Ranar rufewa"], [("Direba", "Dangote Flour Mills", "Kano", "28 Maris 2025"), ("Malamin Lissafi", "Makarantar Al-Ansar", "Kaduna", "31 Maris 2025"), ("Akawu", "Jigawa State Civil Service", "Dutse", "4 Afrilu 2025")])))
    s.non("/wasanni/sakamako/", td.page("Sakamakon wasannin NPFL na mako na 27", table(["Gida", "Sakamako", "Bako"], [("Kano Pillars", "2 - 0", "Rangers"), ("Katsina United", "1 - 1", "Enyimba"), ("Rivers United", "3 - 1", "Nasarawa United"), ("Plateau United", "0 - 0", "Shooting Stars")])))
    s.non("/jarida-ta-yau/", td.page("Jaridar yau", '<div class="epaper"><p>Karanta jaridar Muryar Arewa ta wannan makon a cikakkiyar siffarta.</p><a href="/epaper/2025-03-14.pdf"><img src="/epaper/2025-03-14.jpg" alt="Bugun 14 Maris 2025"></a><p>Domin yin rijista, kira 0803 123 4567.</p></div>'))
    s.rss2("/feed/", SN, A, "ha")
    s.sitemap(["/", "/category/labarai/", "/game-da-mu/", "/guraben-aiki/", "/wasanni/sakamako/", "/jarida-ta-yau/"] + [a["path"] for a in A], "/?s=")
# ====================================================================== Jannah theme (sites 3, 12)
class Jannah:
    def __init__(self, s, cfg):
        self.s, self.c = s, cfg

    def shell(self, title, main, head="", cls="home"):
        c = self.c
        return ('<!DOCTYPE html>\n<html lang="%s" dir="%s" class="" data-skin="light"><head><meta charset="UTF-8" /><link rel="profile" href="https://gmpg.org/xfn/11" /><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />%s<link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.2" type="text/css" media="all" /></head>'
                '<body id="tie-body" class="%s wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-left has-sidebar post-layout-1">'
                '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
                '<nav id="top-nav" class="has-date-components top-nav header-nav"><div class="topbar-today-date tie-icon">%s</div><ul id="menu-top" class="menu">%s</ul></nav>'
                '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div class="container header-container"><div id="logo" class="image-logo"><a title="%s" href="/"><img src="/wp-content/uploads/logo.png" alt="%s"></a></div></div>'
                '<nav id="main-nav" class="main-nav header-nav"><div class="main-menu header-menu"><ul id="menu-main" class="menu">%s</ul></div></nav></header>'
                '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">%s</div></div>'
                '<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="widget"><div class="widget-title"><h4>%s</h4></div><p>%s</p></div></div></div>'
                '<div id="site-info" class="site-info"><div class="copyright-text copyright-text-first">&copy; %s</div><ul class="footer-menu">%s</ul></div></footer>'
                '<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span></a></div></div></div></body></html>') % (
            c["lang"], c["dir"], E(title), head, cls, c["today"], links(c["top"], "menu-item"), E(c["name"]), E(c["name"]), links(c["nav"], "menu-item menu-item-type-taxonomy"),
            main, c["about_t"], c["about"], c["copy"], links(c["top"], "menu-item"))

    def article(self, st, others, kind="post"):
        c, s = self.c, self.s
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s" /><meta property="og:locale" content="%s" /><meta property="og:type" content="article" /><meta property="og:title" content="%s" />'
                '<meta property="og:url" content="%s" /><meta property="og:site_name" content="%s" /><meta property="article:published_time" content="%s" /><meta property="article:modified_time" content="%s" />') % (
            url, c["locale"], E(st["title"]), url, E(c["name"]), st["when"].iso(), st.get("mod", st["when"]).iso())
        if c.get("schema", True):
            head += jl({"@context": "http://schema.org", "@type": "Article", "dateCreated": st["when"].iso(), "datePublished": st["when"].iso(), "dateModified": st.get("mod", st["when"]).iso(),
                        "headline": st["title"], "name": st["title"], "keywords": ",".join(t for _, t in st.get("tags", [])), "url": url, "description": st["paras"][0][:150],
                        "copyrightYear": "2025", "articleSection": st["secn"], "articleBody": " ".join(st["paras"]),
                        "publisher": {"@id": "#Publisher", "@type": "Organization", "name": c["name"], "logo": {"@type": "ImageObject", "url": s.url("/wp-content/uploads/logo.png")}},
                        "author": {"@type": "Person", "name": st["wp_author"], "url": s.url("/author/%s/" % st["wp_slug"])}, "mainEntityOfPage": {"@type": "WebPage", "@id": url}})
        share = ('<div id="share-buttons-%s" class="share-buttons share-buttons-%s"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u=%s" class="facebook-share-btn large-share-button"><span class="social-text">Facebook</span></a>'
                 '<a href="https://api.whatsapp.com/send?text=%s" class="whatsapp-share-btn"><span class="screen-reader-text">WhatsApp</span></a><a href="https://telegram.me/share/url?url=%s" class="telegram-share-btn"><span class="screen-reader-text">Telegram</span></a></div></div>')
        tags = "".join('<a href="%s" rel="tag">%s</a>' % t for t in st.get("tags", []))
        main = ('<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard">'
                '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> %s</a><em class="delimiter">/</em><a href="/category/%s/">%s</a><em class="delimiter">/</em><span class="current">%s</span></nav>'
                '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="/category/%s/">%s</a></span><h1 class="post-title entry-title">%s</h1>'
                '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/%s/" class="author-name tie-icon" title="%s">%s</a></span></span></span>'
                '<span class="date meta-item tie-icon">%s</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> %d </span>'
                '<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> %s</span></div></div></div></header>'
                '<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img src="/wp-content/uploads/2025/03/%x.jpg" alt=""><figcaption class="single-caption-text">%s</figcaption></figure></div></div>'
                + share % ("top", "top", E(url), E(url), E(url)) +
                '<div class="entry-content entry clearfix">%s</div><div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div></div></div>'
                '<div class="clearfix"></div><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> %s</div><span class="tagcloud">%s</span></div>'
                + share % ("bottom", "bottom", E(url), E(url), E(url)) + '</article>'
                '<div class="post-components"><div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>%s</h3></div><div class="related-posts-list">%s</div></div>'
                '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">%s</h3><form class="comment-form"><textarea name="comment"></textarea><input type="submit" value="%s"></form></div></div></div></div>'
                '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="Primary Sidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">%s</div></div>%s</div></aside>') % (
            c["homeword"], st["sec"], st["secn"], E(st["title"]), st["sec"], st["secn"], E(st["title"]), st["wp_slug"], E(st["wp_author"]), E(st["wp_author"]), st.get("date_text") or c["date"](st["when"]),
            500 + zlib.crc32(url.encode()) % 9000, c["read"], zlib.crc32(url.encode()), E(st.get("cap", "")), st.get("top", "") + body(st["paras"], st.get("between"), st.get("at", 2)) + st.get("bottom", ""),
            st.get("date_text") or c["date"](st["when"]), c["tagsword"], tags, c["related"], cards(others, "related-item"), c["leave"], c["post"], c["popular"], cards(others, "widget-post-list"))
        return self.shell("%s %s %s" % (st["title"], c["sep"], c["name"]), main, head, "post-template-default single single-post single-format-" + kind)

    def listing(self, title, items, desc="", cls="category"):
        c = self.c
        main = ('<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><header class="entry-header-outer container-wrapper"><h1 class="page-title">%s</h1>%s</header>'
                '<div class="mag-box wide-post-box"><ul id="posts-container" class="posts-items">%s</ul></div><div class="pages-nav"><a href="page/2/">%s</a></div></div>') % (
            E(title), ('<div class="taxonomy-description entry">%s</div>' % desc) if desc else "", "".join(
                '<li class="post-item tie-standard"><div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div><h2 class="post-title"><a href="%s">%s</a></h2><p class="post-excerpt">%s</p></div></li>' % (
                    c["date"](x["when"]), x["path"], E(x["title"]), E(x["paras"][0][:140])) for x in items), c["more"])
        return self.shell("%s %s %s" % (title, c["sep"], c["name"]), main, '<meta property="og:type" content="website" />', "archive " + cls)

    def page(self, title, inner):
        return self.shell("%s %s %s" % (title, self.c["sep"], self.c["name"]), '<div class="main-content tie-col-md-8" role="main"><article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">%s</h1></div></header><div class="entry-content entry clearfix">%s</div></article></div>' % (E(title), inner),
                          '<meta property="og:type" content="article" /><meta property="og:title" content="%s" />' % E(title), "page-template-default page")

    def home(self, items, extra=""):
        return self.shell("%s %s %s" % (self.c["name"], self.c["sep"], self.c["tagline"]), '<div class="main-content tie-col-md-8"><section id="tie-block_1" class="slider-area mag-box">%s</section><div class="mag-box big-post-left-box"><ul class="posts-items">%s</ul></div>%s</div>' % (
            cards(items[:1], "slide"), cards(items[1:], "post-item"), extra), '<meta property="og:type" content="website" />', "home page-template-default page")


# ====================================================================== 3 Yoruba (Nigeria)
def owuro():
    s = Site(3)
    SN = "Ìròyìn Òwúrọ̀"
    cfg = dict(name=SN, lang="yo", dir="ltr", locale="yo_NG", sep="&#8211;".replace("&#8211;", "–"), tagline="Iroyin ni ede Yoruba", date=lambda w: w.l.strftime("%B ") + str(w.l.day) + w.l.strftime(", %Y"),
               today=TODAY(WAT).strftime("%A, %B ") + str(TODAY(WAT).day) + TODAY(WAT).strftime(", %Y"), top=[("/nipa-wa/", "Nipa wa"), ("/kan-si-wa/", "Ẹ kan si wa"), ("/ipolowo/", "Ipolowo")],
               nav=[("/category/iroyin/", "Iroyin"), ("/category/oselu/", "Oṣelu"), ("/category/ere-idaraya/", "Ere idaraya"), ("/fidio/", "Fidio"), ("/awon-aworan/", "Awọn aworan")],
               about_t="Nipa wa", about="Ìròyìn Òwúrọ̀ n gbe iroyin jade lojoojumọ ni ede Yoruba lati ilu Ibadan.", copy="Ìròyìn Òwúrọ̀ 2025. Gbogbo ẹtọ wa ni ipamọ.",
               related="Ẹ tun le ka awọn wọnyi", leave="Fi ero rẹ silẹ", post="Fi ranṣẹ", homeword="Ile", tagsword="Awọn akọle", popular="Eyi ti wọn n ka ju", read="Iṣẹju meji", more="Awọn iroyin mi-in")
    jn = Jannah(s, cfg)
    a1 = ["Eeyan mẹfa lo padanu ẹmi wọn nigba ti ọkọ bọọsi akero kan kọlu tirela loju ọna marosẹ Ibadan si Ọyọ laaarọ ọjọ Iṣẹgun, Tusidee.",
          "Alukoro ajọ ẹṣọ oju popo, FRSC, nipinlẹ Ọyọ, sọ fun akọroyin wa pe ere asapajude ni awakọ bọọsi naa n sa ki ijamba ọhun too waye.",
          "Awọn eeyan mẹrin mi-in ti wọn fara pa ni wọn ti gbe lọ sileewosan ijọba to wa niluu Ọyọ fun itọju.",
          para("Awọn olugbe agbegbe naa ni ọpọ ijamba lo ti waye lori afara yii nitori bi ọna naa ṣe bajẹ to.", 301),
          "Ajọ FRSC rọ awọn awakọ lati maa tẹle ofin irinna, ki wọn si yago fun sisa ere asapajude paapaa lasiko ọdun to n bọ."]
    a2 = ["Iye owo apo irẹsi ti walẹ diẹ lọja Bodija, niluu Ibadan, latari bi irẹsi ti wọn gbin nile yii ṣe pọ lọja lasiko yii.",
          "Awọn oniṣowo kan sọ fun Ìròyìn Òwúrọ̀ pe apo irẹsi alabọọde ti wọn n ta ni ẹgbẹrun lọna ọgọrin Naira tẹlẹ ti di ẹgbẹrun lọna aadọrin bayii.",
          "Ṣugbọn awọn onibaara sọ pe iye owo ẹwa, gaari ati epo pupa ṣi wa lokee, eleyii to n mu ki ounjẹ ṣi wọn ju agbara ọpọ eeyan lọ.",
          "Ọkan lara awọn oniṣowo, Iya Basirat, ni oun nireti pe iye owo naa yoo tun walẹ si i ti ikore ba de."]
    a3 = ["Awọn olukọ ileewe alakọọbẹrẹ kaakiri ipinlẹ Ekiti ti bẹrẹ iyanṣẹlodi lati ọjọ Aje, Mọnde, lori owo-oṣu ti ijọba ko ti i san fun oṣu meji.",
          "Alaga ẹgbẹ awọn olukọ, NUT, ẹka ti Ekiti, ni ẹgbẹ naa ti kọwe si ijọba lọpọ igba ko too di pe wọn gbe igbesẹ yii.",
          "Kọmiṣanna feto ẹkọ nipinlẹ naa ni ijọba ti ri owo naa, ati pe yoo wọ apo awọn olukọ ọhun ki opin ọsẹ yii too pe.",
          para("Awọn obi kan ti wọn ba wa sọrọ ni iyanṣẹlodi naa ti mu ki awọn ọmọ wọn maa jokoo sile lai lọ sileewe.", 302),
          "Awọn obi kan ti wọn ba wa sọrọ ni iyanṣẹlodi naa ti mu ki awọn ọmọ wọn maa jokoo sile lai lọ sileewe, wọn si rọ ijọba lati tete yanju ọrọ naa."]
    kat = '<p><strong>Ẹ ka tun:</strong> <a href="/2025/03/10/awon-oluko-ileewe-alakoobere-gunle-iyanselodi-lekiti/">Awọn olukọ ileewe alakọọbẹrẹ gunle iyanṣẹlodi l\'Ekiti</a></p>'
    A = [dict(path="/2025/03/11/ijamba-oko-eeyan-mefa-ku-loju-ona-ibadan-si-oyo/", title="Ijamba ọkọ: Eeyan mẹfa ku loju ọna Ibadan si Ọyọ", when=When("2025-03-11T18:20", WAT), au=["Florence Babaṣọla"], paras=a1,
              sec="iroyin", secn="Iroyin", wp_author="Ìròyìn Òwúrọ̀", wp_slug="iroyinowuro", top="<p><strong>Florence Babaṣọla, Ọyọ</strong></p>", tags=[("/tag/oyo/", "Ọyọ"), ("/tag/frsc/", "FRSC")], cap="Ibi ti ijamba naa ti waye",
              mn=["Fi ero rẹ silẹ", "Eyi ti wọn n ka ju"]),
         dict(path="/2025/03/12/owo-ounje-iye-apo-irẹsi-ti-wale-loja-bodija/".replace("ẹ", "e"), title="Owo ounjẹ: Iye ti wọn n ta apo irẹsi lọja Bodija ti walẹ", when=When("2025-03-12T09:05", WAT), au=["Adewale Adeoye"], paras=a2,
              sec="iroyin", secn="Iroyin", wp_author="Adewale Adeoye", wp_slug="adewale-adeoye", between=kat, tags=[("/tag/ibadan/", "Ibadan")], cap="Ọja Bodija, n'Ibadan", mn=["Ẹ ka tun:", "Ẹ tun le ka awọn wọnyi"]),
         dict(path="/2025/03/10/awon-oluko-ileewe-alakoobere-gunle-iyanselodi-lekiti/", title="Awọn olukọ ileewe alakọọbẹrẹ gunle iyanṣẹlodi l'Ekiti", when=When("2025-03-10T13:30", WAT), au=["Ọlawale Ajao"], paras=a3,
              sec="iroyin", secn="Iroyin", wp_author="Ọlawale Ajao", wp_slug="olawale-ajao", tags=[("/tag/ekiti/", "Ekiti")], cap="", mn=["Ẹ tun le ka awọn wọnyi"])]
    for st in A:
        s.story(st, jn.article(st, [x for x in A if x is not st]))
    s.non("/", jn.home(A, '<div class="mag-box"><h3>Ikede</h3><a href="/2025/03/13/ikede-isinku-oloye-adebayo-ogunleye/">Ikede isinku: Oloye Adebayo Ogunleye</a></div>'))
    s.non("/category/iroyin/", jn.listing("Iroyin", A))
    s.non("/tag/ibadan/", jn.listing("Ibadan", A[1:2], cls="tag"))
    s.non("/author/adewale-adeoye/", jn.listing("Adewale Adeoye", A[1:2], "Akọroyin Ìròyìn Òwúrọ̀ niluu Ibadan.", "author"))
    s.non("/nipa-wa/", jn.page("Nipa wa", ps(["Ìròyìn Òwúrọ̀ jẹ iwe iroyin ori ayelujara to n gbe iroyin jade ni ede Yoruba lati ọdun 2016.", "Ọfiisi wa wa ni Ring Road, Ibadan, ipinlẹ Ọyọ."])))
    s.non("/kan-si-wa/", jn.page("Ẹ kan si wa", '<p>Nọmba ẹrọ ibanisọrọ: 0805 555 1234</p><p>Imeeli: iroyin@iroyinowuro.example</p>'))
    s.non("/ipolowo/", jn.page("Ipolowo", ps(["Ṣe ẹ fẹ polowo ọja yin fun ọgọọrọ awọn ọmọ Yoruba kaakiri agbaye? Ẹ kan si ẹka ipolowo wa.", "Iye owo: Banner oke - ₦50,000 lọsẹ; Iroyin alatilẹyin - ₦80,000."])))
    ob = dict(path="/2025/03/13/ikede-isinku-oloye-adebayo-ogunleye/", title="Ikede isinku: Oloye Adebayo Ogunleye (1942-2025)", when=When("2025-03-13T10:00", WAT), sec="ikede", secn="Ikede", wp_author="Ipolowo", wp_slug="ipolowo",
              paras=["Pẹlu ọkan to kun fun idupẹ si Ọlọrun fun igbesi aye rere to gbe, awa ẹbi Ogunleye n kede ipapoda baba wa, Oloye Adebayo Ogunleye, to jade laye lẹni ọdun mẹtalelọgọrin.",
                     "Eto isinku: Isin aisun ni Ọjọbọ, ọjọ kẹtadinlogun, oṣu kẹta, ni ile wa to wa ni Oke-Ado, Ibadan. Isinku ni ọjọ Ẹti ni ṣọọṣi St. David, Kudeti.",
                     "Ẹ ki i pe o ṣe: awọn ọmọ, ọmọ-ọmọ ati gbogbo ẹbi Ogunleye."], cap="Oloye Adebayo Ogunleye")
    s.non(ob["path"], jn.article(ob, A[:2]))
    vid = dict(path="/2025/03/12/fidio-bi-ojo-ti-se-ba-awon-ile-je-nilu-ogbomoso/", title="FIDIO: Bi ojo ṣe ba awọn ile jẹ niluu Ogbomọṣọ", when=When("2025-03-12T16:40", WAT), sec="fidio", secn="Fidio", wp_author="Ìròyìn Òwúrọ̀", wp_slug="iroyinowuro",
               paras=["Ẹ wo fidio naa nisalẹ yii."], cap="", top='<div class="featured-area"><iframe src="https://www.youtube.com/embed/x8Kd2pQ0abc" allowfullscreen></iframe></div>')
    s.non(vid["path"], jn.article(vid, A[:2], "video"))
    s.non("/fidio/", jn.listing("Fidio", [vid]))
    s.non("/awon-aworan/", jn.page("Awọn aworan", '<div class="gallery">%s</div>' % "".join('<figure class="gallery-item"><img src="/wp-content/uploads/2025/03/ayeye-%d.jpg"><figcaption>Ayẹyẹ ọdun Ọlọjọ niluu Ile-Ifẹ %d</figcaption></figure>' % (i, i) for i in range(1, 7))))
    s.rss2("/feed/", SN, A, "yo")
    s.sitemap(["/", "/category/iroyin/", "/nipa-wa/", "/kan-si-wa/", "/fidio/", "/awon-aworan/", ob["path"], vid["path"]] + [a["path"] for a in A], "/wp-admin/")
# ====================================================================== 4 English (Nigeria)
def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def courier():
    s = Site(4)
    SN = "The Lagos Courier"

    def dfmt(w):
        return "%s %s" % (ordinal(w.l.day), w.l.strftime("%B %Y"))

    def shell(title, main, head="", cls="home"):
        nav = [("/topics/news/", "News"), ("/topics/politics/", "Politics"), ("/topics/business/", "Business"), ("/topics/sports/", "Sports"), ("/topics/metro-plus/", "Metro Plus"), ("/e-paper/", "E-Paper")]
        return ('<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/wp-content/themes/courier/dist/css/app.css?v=4.2.1"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>'
                '<body class="%s"><div class="top-ad"><div id="div-gpt-ad-leaderboard"></div></div><header class="site-header"><div class="container"><a href="/" class="logo"><img src="/wp-content/themes/courier/img/logo.svg" alt="%s"></a>'
                '<div class="header-date">%s</div><nav class="main-nav"><ul>%s</ul></nav><a class="subscribe-btn" href="/e-paper/">Subscribe</a></div></header>'
                '<main class="site-main container">%s</main>'
                '<footer class="site-footer"><div class="container"><ul class="footer-links"><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="/change-of-name/">Change of Name</a></li><li><a href="/vacancies/">Vacancies</a></li><li><a href="/exchange-rate/">Exchange Rate</a></li></ul>'
                '<p class="copyright">Copyright &copy; 2025 %s. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from %s.</p></div></footer>'
                '<div class="cookie-consent" id="cookieConsent"><p>We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.</p><button>Accept</button></div></body></html>') % (
            E(title), head, cls, SN, TODAY(WAT).strftime("%A, %B ") + str(TODAY(WAT).day) + TODAY(WAT).strftime(", %Y"), links(nav), main, SN, SN.upper())

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">'
                '<meta property="article:section" content="%s"><meta name="author" content="%s">%s') % (url, E(st["title"]), SN, st["when"].iso(), st["secn"], E(st["meta_by"]),
                                                                                                    newsarticle(st, url, SN, [st["meta_by"]], dateModified=st["when"].iso(), image=s.url("/wp-content/uploads/2025/03/cover.jpg")))
        relbox = '<div class="related-news-wrapper"><span class="related-news-title">Related News</span><ul>%s</ul></div>' % links([(x["path"], x["title"]) for x in others])
        ps_ = st["paras"]
        content = ps(ps_[:2]) + relbox + ps(ps_[2:4]) + '<div class="ad-inline"><div id="div-gpt-ad-inarticle"></div></div>' + ps(ps_[4:]) + \
            '<div class="whatsapp-cta"><p><strong>Stay informed and ahead of the curve! Join The Lagos Courier on WhatsApp for real-time updates.</strong></p></div>'
        main = ('<article class="single-article"><div class="post-title-wrapper"><span class="post-category"><a href="/topics/%s/">%s</a></span><h1 class="post-title">%s</h1></div>'
                '<div class="post-meta"><span class="post-author"><strong>By</strong> %s</span><span class="post-date">%s</span></div>'
                '<figure class="post-image"><img src="/wp-content/uploads/2025/03/%x.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="post-content">%s</div><div class="share-text">Kindly share this story:</div><ul class="share-buttons"><li><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=%s">Twitter</a></li><li><a href="whatsapp://send?text=%s">WhatsApp</a></li></ul>'
                '<div class="post-tags">%s</div></article><section class="latest-news"><h3>Latest News</h3><ul>%s</ul></section>'
                '<section class="comments"><h3>Comments</h3><div class="fb-comments" data-href="%s" data-numposts="5"></div></section>') % (
            st["sec"], st["secn"], E(st["title"]), st["by_html"], dfmt(st["when"]), zlib.crc32(url.encode()), E(st.get("cap", "")), content, E(url), E(url), E(url),
            "".join('<a href="%s">%s</a>' % t for t in st.get("tags", [])), links([(x["path"], x["title"]) for x in others]), url)
        return shell("%s | %s" % (st["title"], SN), main, head, "single single-post")

    a1 = ["Long queues returned to filling stations across Lagos on Tuesday as motorists scrambled for petrol amid reports of a supply disruption at some depots in Apapa.",
          "Checks by our correspondent at stations in Ikeja, Ojota and Yaba showed that many outlets were shut while a few selling the product dispensed it at N1,150 per litre, up from N980 last week.",
          "A commercial bus driver, Kunle Bakare, said he had spent over four hours at a station in Ojota without buying fuel. \"We are back to square one. How do they expect us to feed our families?\" he asked.",
          "The Independent Petroleum Marketers Association of Nigeria said the scarcity was caused by a shortfall in supply from the Dangote refinery and a delay in the discharge of imported cargoes.",
          "But the Nigerian Midstream and Downstream Petroleum Regulatory Authority assured residents that there was enough product in the country and urged them not to engage in panic buying.",
          "The agency said it had deployed monitoring teams to depots and stations to sanction marketers hoarding the product."]
    a2 = ["The Federal Executive Council has approved an upward review of the minimum monthly pension for retirees under the Contributory Pension Scheme to N32,000.",
          "The Minister of Information and National Orientation disclosed this while briefing State House correspondents after the council meeting in Abuja on Monday.",
          "He said the review was part of efforts to cushion the effect of rising inflation on senior citizens who had served the country.",
          "The News Agency of Nigeria reports that pensioners under the scheme had protested in several states over the low payouts, which some of them put at less than N10,000 a month.",
          "The National Pension Commission is expected to issue guidelines on the implementation of the new minimum within two weeks."]
    a3 = ["Power supply across several states dropped on Wednesday as the national grid's output fell to about 3,200 megawatts, the lowest in six weeks.",
          "The electricity distribution companies in Lagos, Abuja and Port Harcourt told customers in separate notices that the load allocation to them had been cut because of gas supply constraints to thermal plants.",
          "Data from the Transmission Company of Nigeria showed that at least six plants were either shut down or operating at reduced capacity because of gas shortage and line constraints.",
          "Residents of Surulere, Ikorodu and Gwarinpa told our correspondents that they had had less than four hours of electricity in the past two days.",
          para("The Nigerian Electricity Regulatory Commission said it was monitoring the situation and would hold the distribution companies to the service levels of their tariff bands.", 401),
          "The Minister of Power said on Wednesday night that talks with gas suppliers over unpaid debts were ongoing and that supply would improve by the weekend."]
    A = [dict(path="/lagos-residents-lament-as-fuel-queues-return/", title="Lagos residents lament as fuel queues return", when=When("2025-03-11T16:42", WAT), au=["Adebayo Folorunsho"], paras=a1, sec="news", secn="News",
              meta_by="Adebayo Folorunsho", by_html='<a href="/author/adebayo-folorunsho/">Adebayo Folorunsho</a>', cap="Motorists queue at a filling station in Ojota, Lagos. Photo: Olatunji Obasa", tags=[("/tag/fuel-scarcity/", "Fuel scarcity")]),
         dict(path="/fec-approves-n32000-minimum-pension-for-retirees/", title="FEC approves N32,000 minimum pension for retirees", when=When("2025-03-10T19:05", WAT), au=[], paras=a2, sec="news", secn="News",
              meta_by="Agency Report", by_html='<a href="/author/agency-report/">Agency Report</a>', cap="File photo: Pensioners at a verification exercise"),
         dict(path="/grid-output-drops-to-3200mw-as-discos-blame-gas-shortage/", title="Grid output drops to 3,200MW as DisCos blame gas shortage", when=When("2025-03-13T00:40", WAT), au=["Chioma Obi", "Tunde Adesina"], paras=a3, sec="business", secn="Business",
              meta_by="Chioma Obi", by_html='<a href="/author/chioma-obi/">Chioma Obi</a> and <a href="/author/tunde-adesina/">Tunde Adesina</a>', cap="Transmission lines in Abuja. File photo", tags=[("/tag/electricity/", "Electricity")])]
    mn = ["Related News", "Stay informed and ahead of the curve", "Kindly share this story", "Latest News"]
    for st in A:
        s.story(dict(st, mn=mn), page(st, [x for x in A if x is not st]))

    def lst(title, items, desc=""):
        return shell("%s Archives | %s" % (title, SN), '<h1 class="archive-title">%s</h1>%s<div class="archive-list">%s</div><div class="pagination"><a href="page/2/">Next</a></div>' % (
            E(title), "<p>%s</p>" % desc if desc else "", "".join('<article class="entry-item"><h2><a href="%s">%s</a></h2><span class="post-date">%s</span></article>' % (x["path"], E(x["title"]), dfmt(x["when"])) for x in items)),
            '<meta property="og:type" content="website">', "archive")
    s.non("/", shell("%s - Nigeria's Number One Newspaper" % SN, '<section class="top-stories">%s</section><section class="more">%s</section><aside><a href="/obituary-chief-mrs-victoria-adeyemi/">Obituary</a><a href="/exchange-rate/">Naira exchange rate</a></aside>' % (cards(A[:1]), cards(A[1:])),
                     '<meta property="og:type" content="website">'))
    s.non("/topics/news/", lst("News", A[:2]))
    s.non("/tag/fuel-scarcity/", lst("Fuel scarcity", A[:1]))
    s.non("/author/adebayo-folorunsho/", lst("Adebayo Folorunsho", A[:1], "Adebayo Folorunsho reports on health and metro news for The Lagos Courier."))
    s.non("/about-us/", shell("About Us | " + SN, '<h1>About Us</h1>' + ps(["The Lagos Courier was founded in 1998 as a daily newspaper and has since grown into one of the most read news platforms in Nigeria.", "Editor: Mrs Funmi Adekunle. Address: 14 Kudirat Abiola Way, Oregun, Ikeja, Lagos."]), "", "page"))
    s.non("/contact-us/", shell("Contact Us | " + SN, '<h1>Contact Us</h1><p>Newsroom: newsroom@lagoscourier.example · Adverts: 0803 000 1111</p><form><input name="name"><textarea></textarea><button>Send</button></form>', "", "page"))
    s.non("/change-of-name/", shell("Change of Name | " + SN, '<h1>Change of Name</h1>%s' % "".join("<div class=\"notice\"><p>%s</p></div>" % E(t) for t in [
        "I, formerly known and addressed as Miss Blessing Chiamaka Okafor, now wish to be known and addressed as Mrs Blessing Chiamaka Nwosu. All former documents remain valid. General public please take note.",
        "I, formerly known and addressed as Abdulrahman Olawale Musa, now wish to be known and addressed as Abdulrahman Olawale Musa-Bello. All former documents remain valid. General public please take note."]), "", "page"))
    ob = dict(path="/obituary-chief-mrs-victoria-adeyemi/", title="OBITUARY: Chief (Mrs) Victoria Abike Adeyemi (1938-2025)", when=When("2025-03-12T09:00", WAT), sec="obituary", secn="Obituary", meta_by="Advertorial",
              by_html='<a href="/author/advertorial/">Advertorial</a>', paras=["With gratitude to God for a life well spent, the Adeyemi family of Ile-Ife announce the passing into glory of our mother, grandmother and great-grandmother, Chief (Mrs) Victoria Abike Adeyemi, at the age of 87.",
                                                                       "Funeral arrangements: Wake keep, Thursday, April 3, 2025 at the family house, Ile-Ife. Funeral service, Friday, April 4, 2025 at St Philip's Anglican Church, Aiyetoro, Ile-Ife.",
                                                                       "Signed: Prince Adewale Adeyemi, for the family."], cap="")
    s.non(ob["path"], page(ob, A[:2]))
    s.non("/vacancies/", shell("Vacancies | " + SN, '<h1>Vacancies</h1>' + table(["Position", "Company", "Location", "Deadline"], [("Sales Representative", "Promasidor Nigeria", "Lagos", "March 28, 2025"), ("Graduate Trainee", "Access Bank Plc", "Nationwide", "April 2, 2025")]), "", "page"))
    s.non("/exchange-rate/", shell("Naira exchange rate today | " + SN, '<h1>Naira to Dollar Black Market Rate Today</h1><p>Updated March 14, 2025</p>' + table(["Currency", "Buying", "Selling"], [("USD", "N1,530", "N1,545"), ("GBP", "N1,975", "N1,995"), ("EUR", "N1,660", "N1,680")]), "", "page"))
    s.non("/e-paper/", shell("E-Paper | " + SN, '<h1>The Lagos Courier E-Paper</h1><p>Read the digital replica of today\'s newspaper. Subscription: N1,500 per month.</p><div class="epaper-issues"><a href="https://epaper.lagoscourier.example/2025-03-14"><img src="/epaper/2025-03-14.jpg" alt="March 14, 2025"></a></div>', "", "page"))
    s.rss2("/feed/", SN, A, "en-NG")
    s.sitemap(["/", "/topics/news/", "/about-us/", "/contact-us/", "/change-of-name/", "/vacancies/", "/exchange-rate/", "/e-paper/", ob["path"]] + [a["path"] for a in A])
# ====================================================================== 5 Swahili (Tanzania), Nation Media-like
SW_M = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"]
SW_WD = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]


def swdate(w, wd=True):
    return ("%s, " % SW_WD[w.l.weekday()] if wd else "") + "%s %d, %d" % (SW_M[w.l.month - 1], w.l.day, w.l.year)


def mwangaza():
    s = Site(5)
    SN = "Mwangaza"

    def shell(title, main, head="", cls="home"):
        nav = [("/habari", "Habari"), ("/biashara", "Biashara"), ("/michezo", "Michezo"), ("/maoni", "Maoni"), ("/burudani", "Burudani"), ("/epaper", "ePaper")]
        return ('<!DOCTYPE html>\n<html lang="sw"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/assets/css/main.7f3a1c.css"></head>'
                '<body class="%s"><div class="privacy-banner" id="privacy-banner"><p>Tunatumia vidakuzi (cookies) kuboresha huduma zetu. Kwa kuendelea kutumia tovuti hii unakubali <a href="/sera-ya-faragha">Sera ya Faragha</a>.</p><button>Nakubali</button></div>'
                '<header class="site-header"><a href="/" class="logo"><img src="/assets/img/mwangaza-logo.svg" alt="Mwangaza"></a><nav class="primary-nav"><ul>%s</ul></nav>'
                '<a class="subscribe-cta" href="/usajili">Jiunge sasa</a><a class="login" href="/ingia">Ingia</a></header><main class="main-content">%s</main>'
                '<footer class="site-footer"><div class="footer-links"><a href="/kuhusu-sisi">Kuhusu Sisi</a><a href="/wasiliana-nasi">Wasiliana Nasi</a><a href="/tanzia">Tanzia</a><a href="/ajira">Ajira</a><a href="/zabuni">Zabuni</a></div>'
                '<p>&copy; 2025 Mwananchi Communications Ltd. Haki zote zimehifadhiwa. Sehemu ya Nation Media Group.</p></footer></body></html>') % (E(title), head, cls, links(nav), main)

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="Mwangaza">'
                '<meta name="twitter:site" content="@MwangazaTz">%s') % (url, E(st["summary"]), E(st["title"]), newsarticle(st, url, "Mwangaza", st["ld_by"], "sw", dateModified=st["mod"].iso()))
        main = ('<article class="article-page"><div class="article-topic"><a href="/%s">%s</a></div><header class="article-header"><h1 class="title-medium">%s</h1>'
                '<div class="article-meta"><p class="article-authors">%s</p><p class="date-wrapper"><time class="date" datetime="%s">%s</time> <span class="updated">Imesasishwa %s</span></p></div></header>'
                '<figure class="article-media"><img src="/resource/image/%d/landscape_ratio16x9/1280/720/%x/ab/pic.jpg" alt=""><figcaption class="caption">%s</figcaption></figure>'
                '<div class="summary-list"><h3>Kwa ufupi</h3><ul><li>%s</li></ul></div>'
                '<div class="body-copy paragraph-wrapper">%s<div class="ad-container"><div id="div-gpt-ad-mpu"></div></div>%s</div>'
                '<div class="newsletter-signup"><h4>Jiandikishe kwa jarida letu</h4><p>Pata habari muhimu za siku kila asubuhi kupitia barua pepe yako.</p><form><input type="email" placeholder="Barua pepe"><button>Jiandikishe</button></form></div>'
                '<div class="article-share"><span>Shirikisha</span><a href="https://wa.me/?text=%s">WhatsApp</a><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a></div></article>'
                '<section class="related-articles"><h3>Habari zaidi</h3>%s</section>') % (
            st["sec"], st["secn"], E(st["title"]), st["by_html"], st["when"].iso(), swdate(st["when"]), swdate(st["mod"]), zlib.crc32(url.encode()) % 5000000, zlib.crc32(url.encode()), E(st.get("cap", "")),
            E(st["summary"]), ps(st["paras"][:2]), ps(st["paras"][2:]), E(url), E(url), cards(others, "teaser"))
        return shell("%s | Mwangaza" % st["title"], main, head, "article")

    a1 = ["Dar es Salaam. Mvua kubwa zilizonyesha usiku wa kuamkia leo zimesababisha mafuriko katika eneo la Jangwani, hali iliyolazimu kufungwa kwa muda kwa barabara ya Morogoro.",
          "Mabasi ya mwendokasi yalisitisha safari zake kati ya Kimara na Kivukoni kwa zaidi ya saa sita, na maelfu ya abiria walikwama katika vituo.",
          "Mamlaka ya Hali ya Hewa Tanzania (TMA) imetabiri kuwa mvua hizo zitaendelea katika mikoa ya ukanda wa pwani hadi mwishoni mwa wiki.",
          para("Wakazi wa Jangwani wamesema kila mwaka maji huingia majumbani mwao na kuharibu mali bila msaada wowote kutoka serikalini.", 501),
          "Mkuu wa Wilaya ya Ilala amewataka wakazi wa mabondeni kuhamia maeneo salama ili kuepuka maafa."]
    a2 = ["Dar es Salaam. Mamlaka ya Udhibiti wa Huduma za Nishati na Maji (Ewura) imetangaza bei mpya za mafuta zitakazoanza kutumika kesho, huku bei ya petroli ikishuka kwa Sh25 kwa lita jijini Dar es Salaam.",
          "Kwa mujibu wa taarifa ya Ewura, lita moja ya petroli sasa itauzwa kwa Sh2,861 na dizeli kwa Sh2,758, ikilinganishwa na bei za mwezi uliopita.",
          "Ewura imesema kushuka kwa bei kumetokana na kupungua kwa bei ya mafuta katika soko la dunia na gharama za usafirishaji.",
          "Mamlaka hiyo imeonya kuwa kituo chochote kitakachouza mafuta kwa bei ya juu kuliko iliyoidhinishwa kitachukuliwa hatua za kisheria."]
    a3 = ["Dodoma. Serikali imeanza kupeleka madaktari bingwa katika hospitali za rufaa za mikoa kumi ili kupunguza msongamano wa wagonjwa katika Hospitali ya Taifa Muhimbili.",
          "Waziri wa Afya alisema jana kuwa kila kambi itadumu kwa wiki mbili na itatoa huduma za upasuaji, magonjwa ya moyo na figo bila malipo kwa wagonjwa wenye kadi za bima.",
          "Baadhi ya wagonjwa waliozungumza na Mwangaza katika Hospitali ya Rufaa ya Mkoa wa Dodoma walisema walikuwa wakisafiri hadi Dar es Salaam kupata huduma hizo.",
          para("Wauguzi wa hospitali hiyo walieleza kuwa wodi za upasuaji zimejaa tangu kambi ilipotangazwa wiki iliyopita.", 502),
          "Chama cha Madaktari Tanzania kimeunga mkono mpango huo lakini kimeitaka Serikali kuajiri madaktari zaidi badala ya kutegemea kambi za muda."]
    A = [dict(path="/habari/mvua-kubwa-zasababisha-mafuriko-jangwani-4961234", title="Mvua kubwa zasababisha mafuriko Jangwani, barabara ya Morogoro yafungwa", when=When("2025-03-12T10:30", EAT), mod=When("2025-03-13T08:10", EAT),
              au=["Bakari Kiango"], paras=a1, sec="habari", secn="Habari", by_html='Na <a href="/mwandishi/bakari-kiango">Bakari Kiango</a>', ld_by=["Bakari Kiango"],
              summary="Mabasi ya mwendokasi yasitisha safari kwa saa sita huku TMA ikitabiri mvua zaidi.", cap="Magari yakipita katika maji eneo la Jangwani. Picha na Michael Matemanga"),
         dict(path="/biashara/ewura-yatangaza-bei-mpya-za-mafuta-4952210", title="Ewura yatangaza bei mpya za mafuta, petroli yashuka", when=When("2025-03-04T21:00", EAT), mod=When("2025-03-04T21:00", EAT),
              au=[], paras=a2, sec="biashara", secn="Biashara", by_html="Na Mwandishi Wetu", ld_by="Mwangaza", summary="Lita moja ya petroli sasa itauzwa kwa Sh2,861 jijini Dar es Salaam.", cap="Kituo cha mafuta jijini Dar es Salaam. Picha ya Maktaba"),
         dict(path="/habari/madaktari-bingwa-kuweka-kambi-hospitali-za-mikoa-4962001", title="Madaktari bingwa kuweka kambi hospitali za mikoa", when=When("2025-03-13T00:15", EAT), mod=When("2025-03-13T09:40", EAT),
              au=["Herieth Makwetta", "Tuzo Mapunda"], paras=a3, sec="habari", secn="Habari", by_html='Na <a href="/mwandishi/herieth-makwetta">Herieth Makwetta</a> na <a href="/mwandishi/tuzo-mapunda">Tuzo Mapunda</a>',
              ld_by=["Herieth Makwetta", "Tuzo Mapunda"], summary="Kambi za wiki mbili kutoa huduma za upasuaji, moyo na figo bila malipo kwa wenye bima.", cap="")]
    mn = ["Jiandikishe kwa jarida letu", "Habari zaidi", "Tunatumia vidakuzi"]
    for st in A:
        s.story(dict(st, mn=mn), page(st, [x for x in A if x is not st]))

    def lst(title, items, intro=""):
        return shell("%s | Mwangaza" % title, '<h1 class="section-title">%s</h1>%s<div class="teaser-list">%s</div><a class="load-more" href="?page=2">Habari zaidi</a>' % (
            E(title), intro, "".join('<article class="teaser"><h3><a href="%s">%s</a></h3><span class="date">%s</span></article>' % (x["path"], E(x["title"]), swdate(x["when"], False)) for x in items)), '<meta property="og:type" content="website">', "section")
    s.non("/", shell("Mwangaza | Habari za Tanzania, Afrika Mashariki na Dunia", '<section class="top-stories">%s</section><section class="latest">%s</section><section class="services"><a href="/tanzia">Tanzia</a> · <a href="/ajira">Ajira</a> · <a href="/zabuni">Zabuni</a> · <a href="/michezo/msimamo-ligi-kuu">Msimamo wa Ligi Kuu</a> · <a href="/viwango-vya-fedha">Viwango vya fedha</a></section>' % (cards(A[:1]), cards(A[1:])),
                     '<meta property="og:type" content="website">'))
    s.non("/habari", lst("Habari", [A[0], A[2]]))
    s.non("/mada/mvua", lst("Mvua", A[:1]))
    s.non("/mwandishi/bakari-kiango", lst("Bakari Kiango", A[:1], "<p>Mwandishi wa habari, Mwangaza, Dar es Salaam</p>"))
    s.non("/kuhusu-sisi", shell("Kuhusu Sisi | Mwangaza", '<h1>Kuhusu Sisi</h1>' + ps(["Mwangaza ni gazeti la kila siku la Kiswahili linalochapishwa na Mwananchi Communications Ltd, kampuni tanzu ya Nation Media Group.", "Ofisi zetu ziko Tabata Relini, Dar es Salaam."]), "", "page"))
    s.non("/wasiliana-nasi", shell("Wasiliana Nasi | Mwangaza", '<h1>Wasiliana Nasi</h1><p>Simu: +255 22 212 3456 · Barua pepe: habari@mwangaza.example</p><p>S.L.P 19754, Dar es Salaam</p>', "", "page"))
    s.non("/tanzia", lst("Tanzia", [], '<div class="notices"><article class="notice"><h3><a href="/tanzia/marehemu-mzee-juma-salum-mkwawa-4962777">Marehemu Mzee Juma Salum Mkwawa (1951 - 2025)</a></h3></article></div>'))
    s.non("/tanzia/marehemu-mzee-juma-salum-mkwawa-4962777", shell("TANZIA: Marehemu Mzee Juma Salum Mkwawa | Mwangaza", '<article class="notice-page"><h1>TANZIA</h1><h2>Marehemu Mzee Juma Salum Mkwawa (1951 - 2025)</h2><p class="date">%s</p>%s</article>' % (
        swdate(When("2025-03-13T08:00", EAT)), ps(["Familia ya Mzee Salum Mkwawa wa Iringa inasikitika kutangaza kifo cha mpendwa wao, Mzee Juma Salum Mkwawa, kilichotokea Machi 11, 2025 katika Hospitali ya Rufaa ya Mkoa wa Iringa.",
                                                   "Mazishi yatafanyika Jumamosi, Machi 15, 2025 katika makaburi ya familia, Kalenga.", "Bwana ametoa, Bwana ametwaa. Jina la Bwana lihimidiwe."])), '<meta property="og:type" content="article">', "notice"))
    s.non("/ajira", shell("Ajira | Mwangaza", '<h1>Nafasi za Kazi</h1>' + table(["Nafasi", "Mwajiri", "Mahali", "Mwisho wa kutuma maombi"], [("Afisa Mikopo", "CRDB Bank Plc", "Mwanza", "Machi 25, 2025"), ("Mhasibu Msaidizi", "Halmashauri ya Wilaya ya Kilosa", "Morogoro", "Machi 28, 2025")]), "", "page"))
    s.non("/zabuni", shell("Zabuni | Mwangaza", '<h1>Matangazo ya Zabuni</h1><article class="tender"><h3>Zabuni Na. LGA/014/2024/2025/W/07</h3>%s</article>' % ps(["Halmashauri ya Manispaa ya Morogoro inawakaribisha wazabuni wenye sifa kuwasilisha zabuni kwa ajili ya ujenzi wa madarasa manne katika Shule ya Msingi Kihonda.", "Zabuni zitafunguliwa Machi 27, 2025 saa 4:00 asubuhi kupitia mfumo wa NeST."]), "", "page"))
    s.non("/michezo/msimamo-ligi-kuu", shell("Msimamo wa Ligi Kuu Tanzania Bara | Mwangaza", '<h1>Msimamo wa Ligi Kuu Tanzania Bara 2024/25</h1>' + table(["Na.", "Timu", "Mechi", "Pointi"], [(1, "Yanga SC", 22, 58), (2, "Simba SC", 21, 54), (3, "Azam FC", 22, 47), (4, "Singida Black Stars", 22, 42)]), "", "page"))
    s.non("/viwango-vya-fedha", shell("Viwango vya kubadilisha fedha | Mwangaza", '<h1>Viwango vya kubadilisha fedha leo</h1><p>Chanzo: Benki Kuu ya Tanzania</p>' + table(["Sarafu", "Kununua", "Kuuza"], [("USD", "2,641.12", "2,667.53"), ("EUR", "2,870.40", "2,899.10"), ("KES", "20.42", "20.63")]), "", "page"))
    s.non("/epaper", shell("ePaper | Mwangaza", '<h1>Gazeti la Leo</h1><p>Soma nakala ya kidijitali ya gazeti la Mwangaza. Usajili: Sh10,000 kwa mwezi.</p><a href="/epaper/2025-03-14"><img src="/epaper/2025-03-14.jpg" alt=""></a>', "", "page"))
    s.rss2("/rss", SN, A, "sw-TZ", by=False)
    s.sitemap(["/", "/habari", "/kuhusu-sisi", "/wasiliana-nasi", "/tanzia", "/ajira", "/zabuni", "/michezo/msimamo-ligi-kuu", "/viwango-vya-fedha", "/epaper"] + [a["path"] for a in A])
# ====================================================================== 6 Swahili (Kenya), Newspaper theme
def sauti():
    s = Site(6)
    SN = "Sauti ya Taifa"
    cfg = dict(name=SN, lang="sw", locale="sw_KE", tagline="Habari za Kenya kwa Kiswahili", date=lambda w: "%s %d, %d" % (SW_M[w.l.month - 1], w.l.day, w.l.year),
               today=swdate(Ago(zone=EAT)), top=[("/kuhusu-sisi/", "Kuhusu Sisi"), ("/wasiliana-nasi/", "Wasiliana Nasi"), ("/nafasi-za-kazi/", "Nafasi za Kazi")],
               nav=[("/category/habari/", "Habari"), ("/category/kaunti/", "Kaunti"), ("/category/siasa/", "Siasa"), ("/category/michezo/", "Michezo"), ("/picha/", "Picha")],
               about="Sauti ya Taifa ni tovuti ya habari kwa lugha ya Kiswahili inayochapishwa jijini Nairobi.", copy="2025 Sauti ya Taifa. Haki zote zimehifadhiwa.",
               cookie="Tovuti hii inatumia vidakuzi ili kukupa huduma bora.", ok="Sawa", related="HABARI ZINAZOHUSIANA", leave="Acha maoni", post="Tuma maoni",
               homeword="Mwanzo", tagsword="MADA", by="Na", popular="Zinazosomwa zaidi")
    td = TD(s, cfg)
    rel = Ago(hours=3, zone=EAT)
    a1 = ["WAKULIMA wa chai katika Kaunti ya Kericho wamelalamikia malipo duni ya bonasi ya mwaka huu, wakisema hayatoshi hata kulipia karo za shule.",
          "Wakizungumza katika kiwanda cha Momul, wakulima hao walisema walipokea Sh18 kwa kila kilo ya majani chai, ikilinganishwa na Sh25 mwaka uliopita.",
          "Mwenyekiti wa chama cha wakulima wa chai alilaumu gharama za juu za uzalishaji na kushuka kwa bei ya chai katika mnada wa Mombasa.",
          para("Baadhi ya wakulima walisema wameanza kung'oa michai yao na kupanda parachichi ambayo wanasema inalipa zaidi.", 601),
          "Waziri wa Kilimo aliahidi kuwa serikali itapitia upya mfumo wa malipo ili kuhakikisha wakulima wanapata sehemu kubwa ya mapato."]
    a2 = ["MAMIA ya wasafiri walikwama katika kivuko cha Likoni, Kaunti ya Mombasa, baada ya feri mbili kati ya tatu zinazohudumu kuharibika ghafla.",
          "Shirika la Huduma za Feri nchini (KFS) lilisema mafundi wanashughulikia hitilafu hizo na kwamba huduma zitarejea kawaida kufikia jioni.",
          "Wasafiri walilalamika kuwa walilazimika kusubiri kwa zaidi ya saa mbili chini ya jua kali bila maelezo yoyote kutoka kwa shirika hilo.",
          "Polisi walitumwa katika kivuko hicho kudhibiti msongamano wa watu na magari."]
    a3 = ["ZAIDI ya watoto 12,000 wamepokea chanjo ya surua katika Kaunti ya Turkana kwenye kampeni ya wiki moja iliyozinduliwa na Wizara ya Afya.",
          "Afisa wa afya wa kaunti hiyo alisema kampeni hiyo inalenga maeneo ya mipakani ambako visa vya ugonjwa huo viliripotiwa mwezi uliopita.",
          "Wahudumu wa afya wa kujitolea wanatembelea familia za wafugaji wanaohamahama ili kuhakikisha hakuna mtoto anayeachwa nyuma.",
          "Wizara ya Afya imewataka wazazi kuwapeleka watoto walio chini ya miaka mitano katika vituo vya afya vilivyo karibu."]
    soma = '<p><strong>SOMA PIA:</strong> <a href="/2025/03/09/watoto-12000-wapata-chanjo-ya-surua-turkana/">Watoto 12,000 wapata chanjo ya surua Turkana</a></p>'
    A = [dict(path="/2025/03/11/wakulima-wa-chai-walalamikia-malipo-duni-ya-bonasi/", title="Wakulima wa chai walalamikia malipo duni ya bonasi", when=When("2025-03-11T14:20", EAT), au=["Wanderi Kamau"], paras=a1,
              sec="kaunti", secn="Kaunti", wp_author="Sauti ya Taifa", wp_slug="sautiyataifa", by_html='<a href="/author/sautiyataifa/">Sauti ya Taifa</a>', top="<p><strong>NA WANDERI KAMAU</strong></p>",
              between=soma, tags=[("/tag/kericho/", "Kericho"), ("/tag/chai/", "chai")], cap="Mkulima akichuma majani chai Kericho. PICHA | MAKTABA", mn=["SOMA PIA", "Watoto 12,000 wapata chanjo", "HABARI ZINAZOHUSIANA"]),
         dict(path="/habari/shughuli-za-usafiri-zakwama-likoni-feri-zikiharibika/", title="Shughuli za usafiri zakwama Likoni feri zikiharibika", when=rel, au=["Fatuma Mwinyi"], paras=a2, sec="habari", secn="Habari",
              wp_author="Fatuma Mwinyi", wp_slug="fatuma-mwinyi", by_html='<a href="/author/fatuma-mwinyi/">Fatuma Mwinyi</a>', date_text="Saa 3 zilizopita", tags=[("/tag/mombasa/", "Mombasa")], cap="Wasafiri katika kivuko cha Likoni. PICHA | FATUMA MWINYI",
              mn=["Acha maoni"]),
         dict(path="/2025/03/09/watoto-12000-wapata-chanjo-ya-surua-turkana/", title="Watoto 12,000 wapata chanjo ya surua Turkana", when=When("2025-03-09T16:00", EAT), au=[], paras=a3, sec="habari", secn="Habari",
              wp_author="Sauti ya Taifa", wp_slug="sautiyataifa", by_html='<a href="/author/sautiyataifa/">Sauti ya Taifa</a>', top="<p><strong>NA KNA</strong></p>", tags=[("/tag/turkana/", "Turkana")], cap="", mn=["HABARI ZINAZOHUSIANA"])]
    for st in A:
        s.story(st, td.article(st, [x for x in A if x is not st]))
    s.non("/", td.home(A))
    s.non("/category/habari/", td.listing("Habari", [A[1], A[2]]))
    s.non("/tag/mombasa/", td.listing("Mombasa", [A[1]], cls="tag"))
    s.non("/author/fatuma-mwinyi/", td.listing("Fatuma Mwinyi", [A[1]], "Mwandishi wetu wa Pwani.", "author"))
    s.non("/kuhusu-sisi/", td.page("Kuhusu Sisi", ps(["Sauti ya Taifa ilianzishwa mwaka 2012 ili kuwapa wasomaji wa Kiswahili habari za kuaminika kutoka kila kaunti nchini Kenya.", "Mhariri Mkuu: Omar Athman Said."])))
    s.non("/wasiliana-nasi/", td.page("Wasiliana Nasi", '<p>Barua pepe: habari@sautiyataifa.example</p><p>Simu: 0722 000 111</p><p>Kimathi Street, Nairobi</p>'))
    s.non("/matangazo-ya-vifo/", td.page("Matangazo ya Vifo", '<div class="obit"><h3>Mama Esther Wanjiru Kamau (1946 - 2025)</h3>%s</div>' % ps(["Ni kwa huzuni kubwa tunatangaza kifo cha mama yetu mpendwa Esther Wanjiru Kamau, kilichotokea Machi 8, 2025 katika Hospitali ya Nyeri.", "Ibada ya wafu itafanyika Machi 14, 2025 katika kanisa la PCEA Tumutumu, na mazishi yatafuata nyumbani kwake Karatina.", "Lala salama mama."])))
    s.non("/nafasi-za-kazi/", td.page("Nafasi za Kazi", table(["Nafasi", "Mwajiri", "Mahali", "Tarehe ya mwisho"], [("Mwalimu wa Kiswahili", "Tume ya Huduma za Walimu", "Kilifi", "Machi 30, 2025"), ("Dereva", "Kaunti ya Mombasa", "Mombasa", "Machi 21, 2025")])))
    s.non("/michezo/jedwali-la-ligi-kuu/", td.page("Jedwali la Ligi Kuu ya Kenya (FKF-PL)", table(["Nafasi", "Timu", "Mechi", "Alama"], [(1, "Kenya Police", 22, 45), (2, "Gor Mahia", 21, 41), (3, "Tusker FC", 22, 39), (4, "AFC Leopards", 22, 36)])))
    gal = dict(path="/2025/03/12/picha-mashindano-ya-mashua-lamu/", title="PICHA: Mashindano ya mashua ya jadi Lamu", when=When("2025-03-12T17:30", EAT), sec="picha", secn="Picha", wp_author="Sauti ya Taifa", wp_slug="sautiyataifa",
               by_html='<a href="/author/sautiyataifa/">Sauti ya Taifa</a>', paras=["Mashua za jadi zikishiriki mashindano ya kila mwaka katika bahari ya Lamu. PICHA | KALUME KAZUNGU"],
               top="".join('<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/lamu-%d.jpg" alt=""><figcaption>Mashua nambari %d ikielekea kwenye mstari wa mwisho.</figcaption></figure>' % (i, i) for i in range(1, 7)), cap="")
    s.non(gal["path"], td.article(gal, A[:2]))
    s.non("/picha/", td.listing("Picha", [gal]))
    s.rss2("/feed/", SN, A[::2], "sw-KE")
    s.sitemap(["/", "/category/habari/", "/kuhusu-sisi/", "/wasiliana-nasi/", "/matangazo-ya-vifo/", "/nafasi-za-kazi/", "/michezo/jedwali-la-ligi-kuu/", "/picha/", gal["path"]] + [a["path"] for a in A])
# ====================================================================== 7 isiZulu (South Africa)
ZU_M = ["Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti", "Septhemba", "Okthoba", "Novemba", "Disemba"]


def izwi():
    s = Site(7)
    SN = "Izwi LaseThekwini"

    def zdate(w):
        return "%d %s %d | %s" % (w.l.day, ZU_M[w.l.month - 1], w.l.year, w.l.strftime("%H:%M"))

    def shell(title, main, head="", cls="home"):
        nav = [("/izindaba", "Izindaba"), ("/ezombusazwe", "Ezombusazwe"), ("/ezemidlalo", "Ezemidlalo"), ("/ezokuzijabulisa", "Ezokuzijabulisa"), ("/amavidiyo", "Amavidiyo")]
        return ('<!DOCTYPE html>\n<html lang="zu"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s<link rel="preload" href="/_next/static/css/9a1b2c.css" as="style"></head>'
                '<body class="%s"><div id="__next"><div class="sc-banner onetrust-banner"><p>Sisebenzisa amakhukhi ukuze sikunikeze ulwazi olungcono. Ngokuqhubeka usebenzisa le webhusayithi, uyavuma.</p><button id="onetrust-accept-btn-handler">Ngiyavuma</button></div>'
                '<header class="sc-header"><a href="/" class="sc-logo" aria-label="%s"><svg></svg></a><nav class="sc-nav"><ul>%s</ul></nav></header><main class="sc-main">%s</main>'
                '<footer class="sc-footer"><ul><li><a href="/mayelana-nathi">Mayelana nathi</a></li><li><a href="/xhumana-nathi">Xhumana nathi</a></li><li><a href="/izaziso-zomngcwabo">Izaziso zomngcwabo</a></li><li><a href="/imisebenzi">Imisebenzi</a></li><li><a href="/iphephandaba">Iphephandaba ledijithali</a></li></ul>'
                '<p>&copy; 2025 Izwi LaseThekwini. Yonke imali igodliwe.</p></footer></div></body></html>') % (E(title), head, cls, SN, links(nav), main)

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta name="description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="parsely-author" content="%s">%s') % (
            url, E(st["title"]), SN, E(st["paras"][0][:150]), st["when"].utc(), E(st["meta_by"]), newsarticle(st, url, SN, st["ld_by"], "zu", datePublished=st["when"].utc()))
        main = ('<article class="sc-article"><div class="sc-article-header"><a class="sc-kicker" href="/%s">%s</a><h1 class="sc-article-title">%s</h1><p class="sc-article-synopsis">%s</p>'
                '<div class="sc-article-meta"><span class="sc-byline">%s</span><time class="sc-date" datetime="%s">Kushicilelwe %s</time></div></div>'
                '<figure class="sc-lead-image"><img src="/images/%x.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="sc-article-body">%s<div class="sc-inline-promo"><p><strong>FUNDA NALOKHU:</strong> <a href="%s">%s</a></p></div>%s</div>'
                '<div class="sc-share"><span>Yabelana</span><a href="https://wa.me/?text=%s">WhatsApp</a><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a></div>'
                '<div class="sc-newsletter"><h4>Bhalisela iphephandaba lethu lansuku zonke</h4><p>Izindaba ezibalulekile zosuku ziqonde ku-imeyili yakho.</p></div></article><aside class="sc-more"><h3>Okunye okufundwa kakhulu</h3>%s</aside>') % (
            st["sec"], st["secn"], E(st["title"]), E(st["dek"]), st["by_html"], st["when"].iso(), zdate(st["when"]), zlib.crc32(url.encode()), E(st.get("cap", "")),
            ps(st["paras"][:2]), others[0]["path"], E(others[0]["title"]), ps(st["paras"][2:]), E(url), E(url), cards(others))
        return shell("%s | %s" % (st["title"], SN), main, head, "article")

    a1 = ["Abagibeli bamatekisi eThekwini bakhala ngokwenyuka kwemali yokugibela ngama-R2, okuqale ukusebenza ngoMsombuluko.",
          "Inhlangano yamatekisi iSantaco ithe ukwenyuka kwamanani kubangelwa ukukhuphuka kwentengo kaphethiloli nezindleko zokulungisa izimoto.",
          "Omunye umgibeli waseMlazi, uNkk Thandeka Zulu, uthe manje usekhokha imali engaphezu kuka-R900 ngenyanga ukuya emsebenzini.",
          para("Abanye abagibeli bathe sebecabanga ukusebenzisa amabhasi kahulumeni yize engafiki ngesikhathi.", 701),
          "UMnyango wezokuThutha KwaZulu-Natal uthe uzohlangana nabaholi bamatekisi kuleli sonto ukuxoxa ngalolu daba."]
    a2 = ["Izindlu ezingaphezu kuka-200 zibhidlikile ngemuva kokuna kwemvula enamandla eMgungundlovu nasezindaweni ezakhelene nawo ngoLwesithathu ebusuku.",
          "UMasipala waseMsunduzi uthe imindeni engaphezu kuka-150 ihlaliswe okwesikhashana emahholo omphakathi.",
          "Izisebenzi zezimo eziphuthumayo zithe azikho izimpilo ezilahlekile kodwa abantu abayisithupha balimele.",
          "ISevisi Yezulu yaseNingizimu Afrika ixwayise ukuthi imvula izoqhubeka kuze kube ngoLwesihlanu."]
    a3 = ["Amaphoyisa aseRichards Bay abophe abasolwa abathathu okusolwa ukuthi bebehlasela abantu abakhipha imali emishinini ye-ATM.",
          "Okhulumela amaphoyisa KwaZulu-Natal uthe abasolwa babanjwe ngoMgqibelo ngemuva kokuthi izakhamuzi zibabone zabika.",
          "Kutholakale amakhadi asebhange angama-40 nemali engaphezu kuka-R12 000 ezimotweni zabo.",
          "Abasolwa kulindeleke ukuthi bavele eNkantolo kaMantshi yaseMtunzini ngoMsombuluko."]
    A = [dict(path="/izindaba/abagibeli-bamatekisi-bakhala-ngokwenyuka-kwemali-yokugibela-a1b2c3d4", title="Abagibeli bamatekisi bakhala ngokwenyuka kwemali yokugibela eThekwini", when=When("2025-03-12T07:30", SAST),
              au=["Sibusiso Ngcobo"], paras=a1, sec="izindaba", secn="Izindaba", meta_by="Sibusiso Ngcobo", ld_by=["Sibusiso Ngcobo"], by_html='Ngu-<a href="/umbhali/sibusiso-ngcobo">Sibusiso Ngcobo</a>',
              dek="Imali yokugibela inyuke ngama-R2 kusukela ngoMsombuluko.", cap="Amatekisi erenki yaseWarwick eThekwini. ISITHOMBE: DOCTOR NGCOBO"),
         dict(path="/izindaba/imvula-enamandla-ibhidlize-izindlu-emgungundlovu-e5f6a7b8", title="Imvula enamandla ibhidlize izindlu ezingaphezu kuka-200 eMgungundlovu", when=When("2025-03-13T00:20", SAST),
              au=["Zanele Mthembu", "Lungelo Dlamini"], paras=a2, sec="izindaba", secn="Izindaba", meta_by="Zanele Mthembu, Lungelo Dlamini", ld_by=["Zanele Mthembu", "Lungelo Dlamini"],
              by_html='Ngu-<a href="/umbhali/zanele-mthembu">Zanele Mthembu</a> no-<a href="/umbhali/lungelo-dlamini">Lungelo Dlamini</a>', dek="Imindeni engaphezu kuka-150 ihlaliswe emahholo omphakathi.", cap=""),
         dict(path="/izindaba/kuboshwe-abasolwa-abathathu-ngokuphanga-e-atm-c9d0e1f2", title="Kuboshwe abasolwa abathathu ngokuphanga abantu emishinini ye-ATM", when=When("2025-03-10T11:15", SAST),
              au=[], paras=a3, sec="izindaba", secn="Izindaba", meta_by="ANA", ld_by="African News Agency", by_html="Ngu-ANA", dek="Kutholakale amakhadi asebhange angama-40.", cap="")]
    for st in A:
        others = [x for x in A if x is not st]
        s.story(dict(st, mn=["FUNDA NALOKHU", "Bhalisela iphephandaba lethu", "Okunye okufundwa kakhulu"]), page(st, others))

    def lst(title, items, intro=""):
        return shell("%s | %s" % (title, SN), '<h1 class="sc-section-title">%s</h1>%s<div class="sc-list">%s</div>' % (E(title), intro, "".join(
            '<article class="sc-card"><a href="%s"><h3>%s</h3></a><time>%s</time></article>' % (x["path"], E(x["title"]), zdate(x["when"])) for x in items)), '<meta property="og:type" content="website">', "section")
    s.non("/", shell("%s | Izindaba zakamuva ngesiZulu" % SN, '<section class="sc-hero">%s</section><section class="sc-latest">%s</section>' % (cards(A[:1]), cards(A[1:])), '<meta property="og:type" content="website">'))
    s.non("/izindaba", lst("Izindaba", A))
    s.non("/tag/ithekwini", lst("eThekwini", A[:1]))
    s.non("/umbhali/sibusiso-ngcobo", lst("Sibusiso Ngcobo", A[:1], "<p>Intatheli ye-Izwi LaseThekwini ebhala ngezokuthutha nomphakathi.</p>"))
    s.non("/mayelana-nathi", shell("Mayelana nathi | " + SN, "<h1>Mayelana nathi</h1>" + ps(["I-Izwi LaseThekwini iphephandaba lansuku zonke elibhalwa ngesiZulu, elasungulwa ngo-2002.", "Umhleli: uMnu Bongani Mthethwa."]), "", "page"))
    s.non("/xhumana-nathi", shell("Xhumana nathi | " + SN, "<h1>Xhumana nathi</h1><p>Ucingo: 031 308 2400 · I-imeyili: izindaba@izwi.example</p><p>18 Osborne Street, Greyville, eThekwini</p>", "", "page"))
    s.non("/izaziso-zomngcwabo", shell("Izaziso zomngcwabo | " + SN, "<h1>Izaziso zomngcwabo</h1>" + "".join('<div class="notice"><h3>%s</h3><p>%s</p></div>' % r for r in [
        ("UMama Nomusa Gertrude Khumalo (1950 - 2025)", "Umndeni wakwaKhumalo waseMlazi wazisa ngokudlula emhlabeni kukaMama Nomusa Gertrude Khumalo ngomhlaka 9 Mashi 2025. Umngcwabo uzoba ngoMgqibelo 15 Mashi 2025 e-Ekuthuleni Cemetery. Akalale ngoxolo."),
        ("UBaba Sipho Elliot Zungu (1961 - 2025)", "Umkhonzo womngcwabo uzoba seSontweni lamaWeseli eKwaMashu ngomhlaka 16 Mashi 2025 ngo-8 ekuseni.")]), "", "page"))
    s.non("/imisebenzi", shell("Imisebenzi | " + SN, "<h1>Imisebenzi</h1>" + table(["Isikhundla", "Umqashi", "Indawo", "Usuku lokuvala"], [("Umabhalane", "UMasipala waseMsunduzi", "eMgungundlovu", "28 Mashi 2025"), ("Unesi", "Isibhedlela sase-Addington", "eThekwini", "4 Ephreli 2025")]), "", "page"))
    s.non("/ezemidlalo/ithebula-le-premiership", shell("Ithebula le-Betway Premiership | " + SN, "<h1>Ithebula le-Betway Premiership</h1>" + table(["#", "Iqembu", "P", "Amaphuzu"], [(1, "Mamelodi Sundowns", 19, 49), (2, "Orlando Pirates", 17, 39), (3, "Kaizer Chiefs", 18, 27), (4, "Stellenbosch FC", 18, 26)]), "", "page"))
    s.non("/amavidiyo/bukela-abalandeli-bama-amakhosi-ebhukuda-emvuleni-a3b4", shell("BUKELA: Abalandeli baseMlazi begubha emvuleni | " + SN, '<div class="sc-video"><h1>BUKELA: Abalandeli baseMlazi begubha emvuleni</h1><div class="sc-player"><video src="/media/mlazi.mp4" controls></video></div><p>Ividiyo: Izwi LaseThekwini</p><time>%s</time></div>' % zdate(When("2025-03-11T18:00", SAST)),
                                                                                         '<meta property="og:type" content="video.other">', "video"))
    s.non("/iphephandaba", shell("Iphephandaba ledijithali | " + SN, "<h1>Iphephandaba ledijithali</h1><p>Funda iphephandaba lanamuhla ku-inthanethi. Bhalisa nge-R59 ngenyanga.</p><a href=\"https://zinio.example/izwi\">Funda manje</a>", "", "page"))
    s.rss2("/rss", SN, A, "zu")
    s.sitemap(["/", "/izindaba", "/mayelana-nathi", "/xhumana-nathi", "/izaziso-zomngcwabo", "/imisebenzi", "/ezemidlalo/ithebula-le-premiership", "/amavidiyo/bukela-abalandeli-bama-amakhosi-ebhukuda-emvuleni-a3b4", "/iphephandaba"] + [a["path"] for a in A])


# ====================================================================== 8 Afrikaans (South Africa)
AF_M = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"]


def suidwes():
    s = Site(8)
    SN = "Suidwes Nuus"

    def adate(w, t=True):
        return "%d %s %d" % (w.l.day, AF_M[w.l.month - 1], w.l.year) + (", %s" % w.l.strftime("%H:%M") if t else "")

    def shell(title, main, head="", cls="home"):
        nav = [("/kategorie/nuus/", "Nuus"), ("/kategorie/landbou/", "Landbou"), ("/kategorie/sport/", "Sport"), ("/kategorie/leefstyl/", "Leefstyl"), ("/kategorie/menings/", "Menings")]
        return ('<!DOCTYPE html>\n<html lang="af"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/wp-content/themes/suidwes/style.css?ver=3.1"></head>'
                '<body class="%s"><div class="koekie-kennisgewing" id="koekies"><p>Hierdie webwerf gebruik koekies om jou ervaring te verbeter. <a href="/privaatheidsbeleid/">Lees meer</a></p><button>Ek aanvaar</button></div>'
                '<header class="kop"><a class="logo" href="/"><img src="/wp-content/themes/suidwes/img/logo.png" alt="%s"></a><nav class="hoofmenu"><ul>%s</ul></nav><a class="knoppie ondersteun" href="/ondersteun/">Ondersteun ons</a></header>'
                '<main id="inhoud">%s</main><footer class="voet"><ul><li><a href="/oor-ons/">Oor ons</a></li><li><a href="/kontak/">Kontak</a></li><li><a href="/doodsberigte/">Doodsberigte</a></li><li><a href="/adverteer/">Adverteer</a></li></ul>'
                '<p>&copy; 2025 Suidwes Nuus. Alle regte voorbehou.</p></footer></body></html>') % (E(title), head, cls, SN, links(nav), main)

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s"><meta property="og:locale" content="af_ZA"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (url, E(st["title"]), SN, st["when"].iso(), E(st["meta_by"]),
                                                                                 jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": st["title"], "datePublished": st["when"].iso(), "author": {"@type": "Person", "name": st["meta_by"]}, "publisher": {"@type": "Organization", "name": SN}}]}))
        lees = '<div class="lees-ook"><strong>Lees ook:</strong> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        main = ('<article class="artikel"><header class="artikel-kop"><span class="kategorie"><a href="/kategorie/%s/">%s</a></span><h1 class="artikel-titel">%s</h1><p class="inleiding">%s</p>'
                '<div class="artikel-meta"><span class="skrywer">Deur %s</span> <span class="skeiding">|</span> <time class="datum" datetime="%s">%s</time></div></header>'
                '<figure class="hoofbeeld"><img src="/wp-content/uploads/2025/03/%x.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="artikel-inhoud">%s%s%s%s</div>'
                '<div class="deel"><span>Deel:</span><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a><a href="https://wa.me/?text=%s">WhatsApp</a></div>'
                '<div class="nuusbrief"><h4>Kry ons nuusbrief</h4><p>Die belangrikste nuus elke oggend in jou inkassie. Teken gratis in.</p><form><input type="email" placeholder="E-posadres"><button>Teken in</button></form></div></article>'
                '<section class="verwante"><h3>Verwante artikels</h3>%s</section>'
                '<section class="kommentaar" id="kommentaar"><h3>2 kommentare</h3><ol class="commentlist"><li class="comment"><div class="comment-author">Koos B</div><p>Dis nou al die derde keer hierdie jaar. Wanneer gaan iemand iets doen?</p></li>'
                '<li class="comment"><div class="comment-author">Marietjie</div><p>Baie dankie vir die berig, dit is belangrik vir ons hier op die platteland.</p></li></ol><div id="respond"><h3>Lewer kommentaar</h3><form><textarea></textarea><button>Plaas kommentaar</button></form></div></section>') % (
            st["sec"], st["secn"], E(st["title"]), E(st["dek"]), st["by_html"], st["when"].iso(), adate(st["when"]), zlib.crc32(url.encode()), E(st.get("cap", "")),
            ps(st["paras"][:2]), lees, ps(st["paras"][2:]), st.get("bottom", ""), E(url), E(url), cards(others))
        return shell("%s - %s" % (st["title"], SN), main, head, "single-post")

    a1 = ["Veeboere in die Noordwes-provinsie is bekommerd nadat nog drie gevalle van bek-en-klouseer naby Vryburg bevestig is.",
          "Die provinsiale departement van landbou het 'n kwarantyngebied van tien kilometer rondom die betrokke plase ingestel en alle beweging van beeste in die gebied verbied.",
          "Mnr. Johan van Wyk, voorsitter van die plaaslike boerevereniging, sê die veilings wat vir die maand beplan was, is reeds afgestel. \"Dit tref ons waar dit seermaak,\" het hy gesê.",
          para("Boere sê hulle verloor elke week duisende rande omdat hulle nie diere kan verkoop of na weiding kan skuif nie.", 801),
          "Die departement sê inentings sal vanaf volgende week beskikbaar wees, maar boere vra dat dit vinniger moet gebeur."]
    a2 = ["Die JB Marks-munisipaliteit het vanaf Maandag vlak 2-waterbeperkings in Potchefstroom en omliggende gebiede ingestel.",
          "Volgens die munisipaliteit is die vlak van die Boskopdam tans op 48%, die laagste in vyf jaar.",
          "Inwoners mag nie meer hul tuine tussen 10:00 en 16:00 natlei nie, en die vul van swembaddens met munisipale water is verbode.",
          "Die munisipaliteit sê oortreders kan 'n boete van tot R2 000 opgelê word."]
    a3 = ["Die Suid-Afrikaanse Nasionale Padagentskap (Sanral) het met herstelwerk aan 'n 35 km-gedeelte van die N12 tussen Klerksdorp en Wolmaransstad begin.",
          "Stop-en-ry-beheer sal op verskeie plekke van toepassing wees en motoriste kan vertragings van tot 20 minute verwag.",
          "Sanral sê die werk sal ongeveer 18 maande duur en sal die pad se lewensduur met minstens 20 jaar verleng.",
          "Motoriste word gevra om die spoedbeperkings by die padwerke te gehoorsaam."]
    A = [dict(path="/2025/03/12/boere-in-noordwes-bekommerd-oor-bek-en-klouseer/", title="Boere in Noordwes bekommerd oor bek-en-klouseer", when=When("2025-03-12T14:30", SAST), au=["Annelie Botha"], paras=a1,
              sec="landbou", secn="Landbou", meta_by="Annelie Botha", by_html='<a href="/skrywer/annelie-botha/">Annelie Botha</a>', dek="Nog drie gevalle is naby Vryburg bevestig.", cap="Foto: Annelie Botha"),
         dict(path="/2025/03/10/waterbeperkings-in-potchefstroom/", title="Waterbeperkings in Potchefstroom ingestel", when=When("2025-03-10T09:00", SAST), au=["Thandi Mokoena"], paras=a2,
              sec="nuus", secn="Nuus", meta_by="Karin Pretorius", by_html='<a href="/skrywer/thandi-mokoena/">Thandi Mokoena</a>', dek="Die Boskopdam is op sy laagste vlak in vyf jaar.", cap="Die Boskopdam. Foto: Verskaf",
              bottom="<p><em>Hierdie berig is uit Engels vertaal deur Karin Pretorius.</em></p>"),
         dict(path="/2025/03/11/padwerke-op-die-n12-begin/", title="Padwerke op die N12 tussen Klerksdorp en Wolmaransstad begin", when=When("2025-03-11T11:45", SAST), au=[], paras=a3,
              sec="nuus", secn="Nuus", meta_by="Nuusredaksie", by_html="Nuusredaksie", dek="Motoriste kan vertragings van tot 20 minute verwag.", cap="")]
    for st in A:
        s.story(dict(st, mn=["Lees ook:", "Kry ons nuusbrief", "Verwante artikels", "Dis nou al die derde keer hierdie jaar"]), page(st, [x for x in A if x is not st]))

    def lst(title, items, intro=""):
        return shell("%s Argiewe - %s" % (title, SN), '<h1 class="argief-titel">%s</h1>%s<div class="lys">%s</div><a class="volgende" href="page/2/">Ouer artikels</a>' % (E(title), intro, "".join(
            '<article class="kaart"><h2><a href="%s">%s</a></h2><span class="datum">%s</span></article>' % (x["path"], E(x["title"]), adate(x["when"], False)) for x in items)), '<meta property="og:type" content="website">', "archive")
    s.non("/", shell("%s - Nuus uit die Noordwes" % SN, '<section class="voorblad">%s</section><section class="nuutste">%s</section>' % (cards(A[:1]), cards(A[1:])), '<meta property="og:type" content="website">'))
    s.non("/kategorie/nuus/", lst("Nuus", A[1:]))
    s.non("/etiket/landbou/", lst("landbou", A[:1]))
    s.non("/skrywer/annelie-botha/", lst("Annelie Botha", A[:1], "<p>Annelie Botha is Suidwes Nuus se landbouskrywer.</p>"))
    s.non("/oor-ons/", shell("Oor ons - " + SN, "<h1>Oor ons</h1>" + ps(["Suidwes Nuus is 'n onafhanklike Afrikaanse nuuswebwerf wat sedert 2015 oor die Noordwes en Noord-Kaap berig.", "Redakteur: Hennie Coetzee."]), "", "page"))
    s.non("/kontak/", shell("Kontak - " + SN, "<h1>Kontak ons</h1><p>E-pos: nuus@suidwes.example · Tel: 018 293 0000</p><form><input name=\"naam\"><textarea></textarea><button>Stuur</button></form>", "", "page"))
    s.non("/doodsberigte/", shell("Doodsberigte - " + SN, "<h1>Doodsberigte</h1>" + "".join('<div class="doodsberig"><h3>%s</h3><p>%s</p></div>' % r for r in [
        ("Pretorius, Susanna Magdalena (Sannie) (1939 - 2025)", "Oorlede op 8 Maart 2025 in Klerksdorp. Die roudiens vind plaas op Vrydag 14 Maart om 10:00 in die NG gemeente Klerksdorp-Wes. Geliefde moeder van Anton en Elsa."),
        ("Du Plessis, Gerrit Jacobus (1952 - 2025)", "Oorlede op 10 Maart 2025. Begrafnis Saterdag 15 Maart om 11:00, Vryburg. Rus in vrede, Pa.")]), "", "page"))
    s.non("/wisselkoerse/", shell("Wisselkoerse - " + SN, "<h1>Rand-wisselkoerse</h1><p>Bygewerk: 14 Maart 2025, 08:00</p>" + table(["Geldeenheid", "Koers"], [("Amerikaanse dollar", "R18,24"), ("Britse pond", "R23,61"), ("Euro", "R19,85")]), "", "page"))
    s.non("/sport/rugby-uitslae/", shell("Rugby-uitslae - " + SN, "<h1>Rugby-uitslae: Currie-beker</h1>" + table(["Tuis", "Telling", "Weg"], [("Leeus", "31 - 24", "Pumas"), ("Griekwas", "18 - 18", "Cheetahs"), ("Luiperds", "22 - 27", "Griffons")]), "", "page"))
    s.non("/video/kyk-hael-tref-lichtenburg/", shell("KYK: Hael tref Lichtenburg - " + SN, '<div class="video-blad"><h1>KYK: Hael tref Lichtenburg</h1><iframe src="https://www.youtube.com/embed/Qz3x7Lk2abc" allowfullscreen></iframe><p>Video: Leser</p></div>', '<meta property="og:type" content="video.other">', "video"))
    s.non("/adverteer/", shell("Adverteer - " + SN, "<h1>Adverteer by Suidwes Nuus</h1><p>Bereik meer as 200 000 lesers per maand. Kontak advertensies@suidwes.example vir ons tariewe.</p>", "", "page"))
    s.rss2("/feed/", SN, A, "af")
    s.sitemap(["/", "/kategorie/nuus/", "/oor-ons/", "/kontak/", "/doodsberigte/", "/wisselkoerse/", "/sport/rugby-uitslae/", "/video/kyk-hael-tref-lichtenburg/", "/adverteer/"] + [a["path"] for a in A])
# ====================================================================== 9 Malagasy (Madagascar), Newspaper theme
MG_M = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra", "Novambra", "Desambra"]
MG_WD = ["Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady"]


def vaovao():
    s = Site(9)
    SN = "Ny Vaovaontsika"
    cfg = dict(name=SN, lang="mg", locale="mg_MG", tagline="Vaovao isan'andro", date=lambda w: "%s %d %s %d" % (MG_WD[w.l.weekday()], w.l.day, MG_M[w.l.month - 1], w.l.year),
               today="%s %d %s %d" % (MG_WD[TODAY(EAT).weekday()], TODAY(EAT).day, MG_M[TODAY(EAT).month - 1], TODAY(EAT).year), top=[("/momba-anay/", "Momba anay"), ("/hifandray/", "Hifandray"), ("/tolotra-asa/", "Tolotra asa")],
               nav=[("/category/vaovao/", "Vaovao"), ("/category/politika/", "Politika"), ("/category/toekarena/", "Toekarena"), ("/category/fanatanjahantena/", "Fanatanjahantena"), ("/sary/", "Sary")],
               about="Gazety mivoaka isan'andro eto Antananarivo hatramin'ny taona 1998.", copy="2025 Ny Vaovaontsika. Zo rehetra voatokana.",
               cookie="Mampiasa cookies ity tranonkala ity.", ok="Ekena", related="VAOVAO MIFANDRAY", leave="Hametraka hevitra", post="Alefa",
               homeword="Fandraisana", tagsword="TENY FANALAHIDY", by="Nosoratan'i", popular="Be mpamaky indrindra")
    td = TD(s, cfg)
    a1 = ["Mbola mitohy hatrany ny fahatapahan'ny herinaratra any amin'ny faritra maro eto Antananarivo, ka mahatratra enina ora isan'andro ny fotoana tsy ahazoana jiro any amin'ny fokontany sasany.",
          "Nohazavain'ny Jirama fa ny fihenan'ny rano ao amin'ny toby mpamokatra herinaratra ao Andekaleka no antony voalohany mahatonga izao olana izao.",
          "Nitaraina ireo mpandraharaha madinika, toy ny mpanao soudure sy ny mpivarotra ranom-boankazo, fa very ny fidiram-bolany noho ny tsy fisian'ny jiro.",
          para("Nanamafy ny mponina fa tsy mety ny fandaharam-potoana navoakan'ny Jirama satria tsy voahaja mihitsy.", 901),
          "Nampanantena ny minisitry ny Angovo fa hisy fanamafisana ny famokarana amin'ny alalan'ny milina solika mandritra ny volana ho avy."]
    a2 = ["Nihena kely ny vidin'ny vary eny amin'ny tsena eto an-drenivohitra nanomboka ny herinandro lasa, taorian'ny fahatongavan'ny vary vaovao avy any Marovoay.",
          "Ariary 3 200 ny kilaon'ny vary gasy tsotra eny Anosibe, raha 3 600 Ariary izany tamin'ny volana lasa.",
          "Nilaza anefa ireo mpivarotra fa mety hiakatra indray ny vidiny raha tsy ampy ny vokatra amin'ity taona ity.",
          "Nanentana ny mpanjifa ny ministeran'ny Varotra mba hitory amin'ny tompon'andraiki-panjakana raha misy mpivarotra mampiakatra tsy ara-dalàna ny vidiny."]
    a3 = ["Hanorina sekoly fanabeazana fototra miisa 20 any amin'ny faritra Androy sy Anosy ny governemanta sinoa, araka ny fifanarahana nosoniavina teto Antananarivo ny alatsinainy teo.",
          "Nambaran'ny masoivohon'i Sina fa ho vita ao anatin'ny roa taona ireo sekoly ireo ary hahazo mpianatra 6 000 eo ho eo.",
          "Nisaotra ny fanampiana ny minisitry ny Fanabeazana ary nanamafy fa laharam-pahamehana ho an'ny governemanta ny fampianarana any atsimo."]
    adm = dict(wp_author="admin", wp_slug="admin", by_html='<a href="/author/admin/">admin</a>')
    A = [dict(adm, path="/2025/03/12/tapaka-jiro-mitohy-ny-fahatapahan-ny-herinaratra/", title="Tapaka jiro: Mitohy ny fahatapahan'ny herinaratra eto Antananarivo", when=When("2025-03-12T08:40", EAT), au=["Hery Andriamanga"], paras=a1,
              sec="vaovao", secn="Vaovao", bottom="<p><strong>Hery Andriamanga</strong></p>", tags=[("/tag/jirama/", "Jirama")], cap="Sary: Archives", mn=["VAOVAO MIFANDRAY", "Hametraka hevitra"]),
         dict(adm, path="/2025/03/11/vidin-ny-vary-mihena-tsikelikely/", title="Vidin'ny vary: Mihena tsikelikely eny an-tsena", when=When("2025-03-11T07:15", EAT), au=["Toky R."], paras=a2,
              sec="toekarena", secn="Toekarena", bottom='<p style="text-align: right;"><strong>Toky R.</strong></p>', tags=[("/tag/vary/", "vary")], cap="", mn=["VAOVAO MIFANDRAY"]),
         dict(adm, path="/2025/03/10/fiaraha-miasa-sina-madagasikara-sekoly-20-any-atsimo/", title="Fiaraha-miasa Sina sy Madagasikara: Sekoly 20 horafitra any atsimo", when=When("2025-03-10T17:30", EAT), au=[], paras=a3,
              sec="vaovao", secn="Vaovao", bottom="<p><em>Loharano: Xinhua</em></p>", tags=[("/tag/sina/", "Sina")], cap="", mn=["VAOVAO MIFANDRAY"])]
    for st in A:
        s.story(st, td.article(st, [x for x in A if x is not st]))
    s.non("/", td.home(A))
    s.non("/category/vaovao/", td.listing("Vaovao", [A[0], A[2]]))
    s.non("/tag/jirama/", td.listing("Jirama", A[:1], cls="tag"))
    s.non("/author/admin/", td.listing("admin", A, cls="author"))
    s.non("/momba-anay/", td.page("Momba anay", ps(["Ny Vaovaontsika dia gazety mivoaka isan'andro eto Antananarivo. Miompana amin'ny vaovao ara-politika, ara-toekarena ary ara-tsosialy izahay.", "Tale mpamoaka lahatsoratra: Rakotomalala Jean Claude."])))
    s.non("/hifandray/", td.page("Hifandray", '<p>Adiresy: Lot IVG 204 Antanimena, Antananarivo 101</p><p>Tel: 020 22 123 45 · Mailaka: vaovao@vaovaontsika.example</p>'))
    ob = dict(adm, path="/2025/03/13/fanambarana-fahafatesana-rakotondrabe-jean/", title="Fanambarana: Nodimandry Rakotondrabe Jean", when=When("2025-03-13T07:00", EAT), sec="fanambarana", secn="Fanambarana",
              paras=["Ny fianakaviana Rakotondrabe sy ny havana rehetra dia mampahafantatra amin'ny alahelo lalina fa nodimandry tamin'ny 11 Martsa 2025, teo amin'ny faha-81 taonany, i Rakotondrabe Jean, mpampianatra nisotro ronono.",
                     "Halevina ao amin'ny fasan-drazana any Ambohimanarina ny razana amin'ny Sabotsy 15 Martsa 2025.", "Misaotra anareo rehetra nanotrona anay."], cap="")
    s.non(ob["path"], td.article(ob, A[:2]))
    s.non("/tolotra-asa/", td.page("Tolotra asa", table(["Toerana", "Orinasa", "Toerana iasana", "Daty farany"], [("Mpitantana kaonty", "Telma", "Antananarivo", "28 Martsa 2025"), ("Mpamily", "Star", "Antsirabe", "21 Martsa 2025")])))
    s.non("/sandam-bola/", td.page("Sandam-bola androany", "<p>Loharano: Banky Foiben'i Madagasikara · 14 Martsa 2025</p>" + table(["Vola", "Ariary"], [("1 Euro", "4 985,20"), ("1 Dolara amerikana", "4 612,75"), ("1 Yuan", "636,90")])))
    s.non("/sary/", td.page("Sary", '<div class="td-gallery">%s</div>' % "".join('<figure><img src="/wp-content/uploads/2025/03/santatra-%d.jpg"><figcaption>Fampisehoana ara-kolontsaina teny Mahamasina %d</figcaption></figure>' % (i, i) for i in range(1, 6))))
    s.rss2("/feed/", SN, A, "mg")
    s.sitemap(["/", "/category/vaovao/", "/momba-anay/", "/hifandray/", "/tolotra-asa/", "/sandam-bola/", "/sary/", ob["path"]] + [a["path"] for a in A])


# ====================================================================== 10 Portuguese (Angola), ASP.NET portal
def luanda():
    s = Site(10)
    SN = "Diário de Luanda"

    def dn(w):
        return w.l.strftime("%d/%m/%Y %H:%M:%S")

    def shell(title, main, head="", cls="home"):
        nav = [("/noticias/politica", "Política"), ("/noticias/economia", "Economia"), ("/noticias/sociedade", "Sociedade"), ("/noticias/desporto", "Desporto"), ("/noticias/mundo", "Mundo"), ("/edicao-digital", "Edição Digital")]
        return ('<!DOCTYPE html>\n<html lang="pt-AO"><head><meta charset="utf-8" /><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1.0" />%s<link href="/Content/css/site.min.css?v=637912345678901234" rel="stylesheet" /></head>'
                '<body class="%s"><form method="post" action="./" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></form>'
                '<div class="topo"><div class="container"><span class="data-hoje">%s</span><a href="/"><img src="/Content/img/logo-diario.png" alt="Diário de Luanda" class="logo" /></a></div>'
                '<nav class="navbar navbar-default"><ul class="nav navbar-nav">%s</ul></nav></div><div class="container corpo">%s</div>'
                '<footer class="rodape"><div class="container"><ul><li><a href="/ficha-tecnica">Ficha Técnica</a></li><li><a href="/contactos">Contactos</a></li><li><a href="/concursos-publicos">Concursos Públicos</a></li><li><a href="/necrologia">Necrologia</a></li></ul>'
                '<p>&copy; 2025 Edições Novembro, E.P. - Todos os direitos reservados.</p></div></footer></body></html>') % (E(title), head, cls, "%s, %d de %s de %d" % (PT_WD[TODAY(WAT).weekday()], TODAY(WAT).day, PT_M[TODAY(WAT).month - 1], TODAY(WAT).year), links(nav), main)

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s" /><meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:description" content="%s" /><meta property="og:site_name" content="Diário de Luanda" />') % (
            url, E(st["title"]), E(st["paras"][0][:150]))
        main = ('<div class="row"><div class="col-md-8"><div class="noticia-detalhe"><ol class="breadcrumb"><li><a href="/">Início</a></li><li><a href="/noticias/%s">%s</a></li></ol>'
                '<h1 class="titulo-noticia">%s</h1><h4 class="lead-noticia">%s</h4><div class="info-noticia"><span class="autor">%s</span><span class="data">Publicado: %s</span>%s</div>'
                '<div class="imagem-noticia"><img src="/Imagens/Noticias/%x.jpg" class="img-responsive" alt="" /><span class="legenda">%s</span></div>'
                '<div class="texto-noticia">%s</div><div class="partilhar"><span>Partilhar:</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://twitter.com/share?url=%s">Twitter</a></div></div></div>'
                '<div class="col-md-4"><div class="mais-lidas"><h3>Mais Lidas</h3><ul>%s</ul></div><div class="cambio-widget"><h3>Câmbio BNA</h3><p>USD 912,45 · EUR 989,10</p></div></div></div>'
                '<div class="row relacionadas"><h3>Notícias Relacionadas</h3>%s</div>') % (
            st["sec"], st["secn"], E(st["title"]), E(st["lead"]), st["by_html"], dn(st["when"]), (' <span class="data">Actualizado: %s</span>' % dn(st["mod"])) if st.get("mod") else "",
            zlib.crc32(url.encode()), E(st.get("cap", "")), ps(st["paras"]), E(url), E(url), links([(x["path"], x["title"]) for x in others]), cards(others, "relacionada"))
        return shell("%s - Diário de Luanda" % st["title"], main, head, "detalhe")

    a1 = ["O preço do pão nas padarias de Luanda subiu de 100 para 150 kwanzas por unidade, na sequência do aumento do custo da farinha de trigo no mercado grossista.",
          "Proprietários de padarias nos municípios de Viana e Cazenga disseram ao Diário de Luanda que o saco de 50 quilos de farinha passou de 28 mil para 36 mil kwanzas em dois meses.",
          "Consumidores ouvidos pela reportagem queixam-se do impacto no orçamento familiar, numa altura em que os salários não acompanham a inflação.",
          para("Algumas zungueiras que revendem pão nos bairros dizem que já vendem menos de metade do que vendiam no ano passado.", 1001),
          "A Autoridade Reguladora da Concorrência anunciou que vai fiscalizar a cadeia de distribuição da farinha para detectar eventuais práticas especulativas."]
    a2 = ["Huambo - Mais de 40 toneladas de sementes de feijão e milho foram distribuídas esta semana a cerca de 8 mil camponeses da província do Huambo, no âmbito da segunda época agrícola.",
          "Segundo o director provincial da Agricultura, as sementes beneficiam sobretudo famílias dos municípios do Bailundo, Londuimbali e Caála.",
          "O responsável disse que a distribuição será acompanhada de formação em técnicas de conservação de solos.",
          "A província do Huambo é uma das principais produtoras de milho e feijão do país. (ANGOP)"]
    a3 = ["O Petro de Luanda isolou-se no primeiro lugar do Girabola ao vencer o Sagrada Esperança por 2-0, no domingo, no Estádio 11 de Novembro.",
          "Os golos da equipa tricolor foram marcados aos 23 e aos 78 minutos, numa partida em que o Petro dominou do princípio ao fim.",
          "Com este resultado, o Petro soma 52 pontos, mais três do que o 1.º de Agosto, que empatou fora com o Wiliete de Benguela.",
          "O treinador do Sagrada Esperança reconheceu a superioridade do adversário, mas disse que a equipa ainda luta por um lugar nas competições africanas."]
    a4 = ["Pequim - A China e Angola assinaram nesta terça-feira, em Pequim, um memorando de entendimento para a cooperação no sector mineiro, que prevê investimentos na prospecção de cobre e lítio.",
          "O documento foi assinado pelos ministros dos Recursos Minerais dos dois países, à margem de um fórum económico sino-africano.",
          "Segundo a parte chinesa, o acordo inclui a formação de técnicos angolanos e a construção de um laboratório de análise geológica em Luanda.",
          "A China é o principal parceiro comercial de Angola e o maior comprador do seu petróleo."]
    A = [dict(path="/noticias/sociedade/preco-do-pao-sobe-em-luanda-apos-aumento-da-farinha-48213", title="Preço do pão sobe em Luanda após aumento da farinha", when=When("2025-03-12T12:30", WAT), mod=When("2025-03-13T09:15", WAT),
              au=["Adelina Inácio"], paras=a1, sec="sociedade", secn="Sociedade", by_html="Adelina Inácio", lead="Saco de 50 quilos de farinha passou de 28 mil para 36 mil kwanzas em dois meses", cap="Padaria no município de Viana | Fotografia: Edições Novembro"),
         dict(path="/noticias/economia/huambo-recebe-mais-de-40-toneladas-de-sementes-48170", title="Huambo recebe mais de 40 toneladas de sementes para a segunda época agrícola", when=When("2025-03-10T16:20", WAT),
              au=[], paras=a2, sec="economia", secn="Economia", by_html="ANGOP", lead="Cerca de 8 mil camponeses beneficiam da distribuição", cap=""),
         dict(path="/noticias/desporto/girabola-petro-de-luanda-isola-se-na-lideranca-48160", title="Girabola: Petro de Luanda isola-se na liderança", when=When("2025-03-10T00:30", WAT),
              au=["Santos Vilola", "Edna Dala"], paras=a3, sec="desporto", secn="Desporto", by_html="Texto: Santos Vilola e Edna Dala | Fotografia: Kindala Manuel", lead="Tricolores vencem Sagrada Esperança por 2-0", cap="Kindala Manuel | Edições Novembro"),
         dict(path="/noticias/mundo/china-e-angola-assinam-acordo-no-sector-mineiro-48190", title="China e Angola assinam acordo de cooperação no sector mineiro", when=When("2025-03-11T15:00", WAT),
              au=[], paras=a4, sec="mundo", secn="Mundo", by_html="Xinhua", lead="Memorando prevê investimentos na prospecção de cobre e lítio", cap="")]
    for st in A:
        s.story(dict(st, mn=["Mais Lidas", "Câmbio BNA", "Notícias Relacionadas"]), page(st, [x for x in A if x is not st]))

    def lst(title, items, intro=""):
        return shell("%s - Diário de Luanda" % title, '<h1 class="titulo-seccao">%s</h1>%s<div class="lista-noticias">%s</div><ul class="pagination"><li><a href="?pagina=2">Seguinte</a></li></ul>' % (E(title), intro, "".join(
            '<div class="item-noticia"><h3><a href="%s">%s</a></h3><span class="data">%s</span></div>' % (x["path"], E(x["title"]), dn(x["when"])) for x in items)), "", "seccao")
    s.non("/", shell("Diário de Luanda - Notícias de Angola", '<div class="destaque">%s</div><div class="ultimas">%s</div>' % (cards(A[:1]), cards(A[1:])), '<meta property="og:type" content="website" />'))
    s.non("/noticias/desporto", lst("Desporto", A[2:3]))
    s.non("/tag/girabola", lst("Girabola", A[2:3]))
    s.non("/autor/adelina-inacio", lst("Adelina Inácio", A[:1], "<p>Jornalista da secção Sociedade.</p>"))
    s.non("/ficha-tecnica", shell("Ficha Técnica - Diário de Luanda", "<h1>Ficha Técnica</h1>" + ps(["Propriedade: Edições Novembro, E.P.", "Director: Luís Fernando Domingos. Directores-adjuntos: Manuela Gomes e Kilssa Ferreira.", "Redacção: Rua Rainha Ginga, n.º 18/24, Luanda."]), "", "pagina"))
    s.non("/contactos", shell("Contactos - Diário de Luanda", "<h1>Contactos</h1><p>Telefone: +244 222 333 344 · E-mail: redaccao@diarioluanda.example</p>", "", "pagina"))
    s.non("/concursos-publicos", shell("Concursos Públicos - Diário de Luanda", "<h1>Concursos Públicos</h1><div class=\"anuncio\"><h3>Concurso Público n.º 004/GPL/2025</h3>%s</div>" % ps(["O Governo Provincial de Luanda torna público que se encontra aberto o concurso público para a empreitada de reabilitação de 12 escolas primárias no município do Cazenga.", "As propostas devem ser entregues até às 15h00 do dia 4 de Abril de 2025 na Direcção Provincial da Educação."]), "", "pagina"))
    s.non("/cambios", shell("Câmbios - Diário de Luanda", "<h1>Câmbios do dia</h1><p>Banco Nacional de Angola · 14/03/2025</p>" + table(["Moeda", "Compra", "Venda"], [("USD", "907,88", "912,45"), ("EUR", "984,20", "989,10"), ("ZAR", "49,71", "49,96")]), "", "pagina"))
    s.non("/desporto/girabola/classificacao", shell("Girabola 2024/25: Classificação - Diário de Luanda", "<h1>Girabola 2024/25 - Classificação</h1>" + table(["Pos", "Equipa", "J", "Pts"], [(1, "Petro de Luanda", 22, 52), (2, "1.º de Agosto", 22, 49), (3, "Sagrada Esperança", 22, 40), (4, "Wiliete", 22, 37)]), "", "pagina"))
    s.non("/necrologia", shell("Necrologia - Diário de Luanda", "<h1>Necrologia</h1><div class=\"necrologia\"><h3>Domingos Manuel Sebastião (1947 - 2025)</h3><p>A família Sebastião comunica, com profunda dor, o falecimento do seu ente querido, ocorrido no dia 9 de Março de 2025, em Luanda. O funeral realiza-se no dia 14, às 10h00, no cemitério de Santa Ana.</p><p>Paz à sua alma.</p></div>", "", "pagina"))
    s.non("/edicao-digital", shell("Edição Digital - Diário de Luanda", "<h1>Edição Digital</h1><p>Leia a edição impressa de hoje. Assinatura mensal: 3.500 Kz.</p><a href=\"/edicao-digital/2025-03-14\"><img src=\"/Imagens/Capas/2025-03-14.jpg\" alt=\"Capa\" /></a>", "", "pagina"))
    s.sitemap(["/", "/noticias/desporto", "/ficha-tecnica", "/contactos", "/concursos-publicos", "/cambios", "/desporto/girabola/classificacao", "/necrologia", "/edicao-digital"] + [a["path"] for a in A])
# ====================================================================== 11 French (Senegal), Drupal
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def dakar():
    s = Site(11)
    SN = "Dakar Matin"

    def fd(w):
        return "%d %s %d à %dh%02d" % (w.l.day, FR_M[w.l.month - 1], w.l.year, w.l.hour, w.l.minute)

    def shell(title, main, head="", cls="front"):
        nav = [("/rubrique/politique", "Politique"), ("/rubrique/economie", "Économie"), ("/rubrique/societe", "Société"), ("/rubrique/sport", "Sport"), ("/rubrique/international", "International"), ("/e-journal", "E-journal")]
        return ('<!DOCTYPE html>\n<html lang="fr" dir="ltr"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 9 (https://www.drupal.org)" /><title>%s</title>%s<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
                '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_dkm.css" /></head><body class="%s"><div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>Nous utilisons des cookies pour améliorer votre expérience de navigation.</p></div><button class="agree-button">OK, j\'accepte</button></div>'
                '<div class="dialog-off-canvas-main-canvas"><header id="header"><div class="header-top"><span class="date-du-jour">%s</span></div><a href="/" class="logo"><img src="/themes/dakarmatin/logo.svg" alt="Accueil" /></a>'
                '<nav id="block-mainnavigation"><ul class="menu">%s</ul></nav></header><main role="main"><div class="layout-content">%s</div></main>'
                '<footer class="site-footer"><ul><li><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="/contact">Contact</a></li><li><a href="/necrologie">Nécrologie</a></li><li><a href="/appels-d-offres">Appels d\'offres</a></li><li><a href="/offres-d-emploi">Offres d\'emploi</a></li></ul>'
                '<p>© 2025 Dakar Matin - Tous droits réservés. Reproduction interdite sans autorisation.</p></footer></div></body></html>') % (E(title), head, cls, "%s %d %s %d" % (FR_WD[TODAY(GMT).weekday()], TODAY(GMT).day, FR_M[TODAY(GMT).month - 1], TODAY(GMT).year), links(nav, "menu-item"), main)

    def page(st, others):
        url = s.url(st["path"])
        head = ('<link rel="canonical" href="%s" /><meta name="description" content="%s" /><meta property="og:site_name" content="Dakar Matin" /><meta property="og:type" content="article" /><meta property="og:title" content="%s" />'
                '<meta property="article:published_time" content="%s" /><meta property="article:modified_time" content="%s" />') % (
            url, E(st["paras"][0][:150]), E(st["title"]), st["when"].iso(), st.get("mod", st["when"]).iso())
        mod = (' <span class="maj">| Mis à jour le %s</span>' % fd(st["mod"])) if st.get("mod") else ""
        main = ('<article role="article" class="node node--type-article node--view-mode-full"><div class="field--name-field-rubrique"><a href="/rubrique/%s">%s</a></div>'
                '<h1 class="page-title"><span class="field field--name-title">%s</span></h1><div class="field--name-field-chapeau"><p>%s</p></div>'
                '<div class="node__meta"><span class="auteur">%s</span> <span class="date-publication">Publié le %s</span>%s</div>'
                '<div class="field--name-field-image"><img src="/sites/default/files/styles/article/public/2025-03/%x.jpg" alt="" /><div class="credit">%s</div></div>'
                '<div class="clearfix text-formatted field field--name-body">%s</div>'
                '<div class="partage"><span>Partager :</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://wa.me/?text=%s">WhatsApp</a></div>'
                '<div class="field--name-field-tags"><span>Mots-clés :</span> %s</div></article>'
                '<section class="a-lire-aussi"><h2>À lire aussi</h2>%s</section><section id="comments" class="comments"><h2>Commentaires (1)</h2><article class="comment"><span class="username">Moussa D.</span><p>Il est temps que l\'État prenne ses responsabilités dans ce dossier.</p></article><h2>Ajouter un commentaire</h2><form><textarea></textarea><button>Enregistrer</button></form></section>') % (
            st["sec"], st["secn"], E(st["title"]), E(st["chapo"]), st["by_html"], fd(st["when"]), mod, zlib.crc32(url.encode()), E(st.get("cap", "")), ps(st["paras"]) + st.get("bottom", ""), E(url), E(url),
            " ".join('<a href="%s">%s</a>' % t for t in st.get("tags", [])), cards(others, "teaser"))
        return shell("%s | Dakar Matin" % st["title"], main, head, "path-node page-node-type-article")

    a1 = ["Des centaines de pirogues sont restées à quai cette semaine au quai de pêche de Kayar, faute de carburant subventionné, selon les responsables des pêcheurs artisanaux.",
          "« Depuis lundi, nous ne trouvons plus de pétrole lampant à la station du quai. Ceux qui en trouvent l'achètent au marché noir à 900 francs le litre », explique Ousmane Guèye, pêcheur depuis trente ans.",
          "Les mareyeuses et les transformatrices, qui dépendent des débarquements quotidiens, disent avoir perdu l'essentiel de leurs revenus de la semaine.",
          para("Le conseil local de pêche artisanale a saisi le ministère des Pêches et demandé un approvisionnement d'urgence du quai en carburant subventionné.", 1101),
          "Le ministère assure qu'une livraison est attendue d'ici la fin de la semaine et que le quota de Kayar sera revu à la hausse."]
    a2 = ["Dakar, 11 mars (APS) – Le gouvernement a lancé mardi la campagne de commercialisation de l'oignon local, avec un prix plancher fixé à 275 francs CFA le kilogramme au producteur.",
          "Le ministre du Commerce a annoncé le gel des importations d'oignon à partir du 15 mars, afin de permettre l'écoulement de la production nationale estimée à plus de 450 000 tonnes.",
          "Il a invité les commerçants et les producteurs à respecter le prix plancher et annoncé des contrôles dans les principaux marchés du pays.",
          "Les producteurs de la vallée du fleuve Sénégal et des Niayes ont salué la mesure, tout en plaidant pour la construction de nouveaux magasins de stockage."]
    a3 = ["Rabat, 10 mars (MAP) – Le Maroc et le Sénégal ont signé lundi à Rabat une convention de partenariat dans le domaine de la formation professionnelle, portant sur l'accueil de stagiaires sénégalais dans les instituts marocains.",
          "La convention prévoit l'octroi de 200 bourses par an à de jeunes Sénégalais dans les filières du BTP, de l'agro-industrie et du tourisme.",
          "Les deux parties ont également convenu de mettre en place des programmes de formation de formateurs et d'échanger leurs expériences en matière d'ingénierie pédagogique.",
          "Cette convention s'inscrit dans le cadre de la coopération Sud-Sud entre les deux pays, liés par des relations historiques."]
    a4 = ["L'Office du Baccalauréat attend plus de 160 000 candidats pour la session 2025, soit une hausse de près de 8 % par rapport à l'année dernière, a annoncé son directeur lors d'un point de presse à Dakar.",
          "Les épreuves écrites du premier groupe se dérouleront du 1er au 4 juillet sur l'ensemble du territoire national, dans plus de 900 centres d'examen.",
          "Le directeur de l'Office a insisté sur les mesures prises pour lutter contre les fuites de sujets, notamment la surveillance renforcée des centres d'impression.",
          "Les syndicats d'enseignants ont, de leur côté, réclamé la revalorisation des indemnités de correction, inchangées depuis 2018."]
    A = [dict(path="/societe/peche-artisanale-les-pirogues-de-kayar-quai-faute-de-carburant", title="Pêche artisanale : les pirogues de Kayar à quai faute de carburant", when=When("2025-03-12T14:30", GMT), mod=When("2025-03-13T09:10", GMT),
              au=["Aliou Ngamby Ndiaye"], paras=a1, sec="societe", secn="Société", by_html='Par <a href="/auteur/aliou-ngamby-ndiaye">Aliou Ngamby NDIAYE</a>', chapo="Les pêcheurs dénoncent une pénurie de pétrole lampant subventionné depuis lundi.",
              cap="Des pirogues au quai de Kayar. Photo : Dakar Matin", tags=[("/tags/peche", "pêche"), ("/tags/kayar", "Kayar")]),
         dict(path="/economie/le-gouvernement-lance-la-campagne-de-commercialisation-de-loignon-local", title="Le gouvernement lance la campagne de commercialisation de l'oignon local", when=When("2025-03-11T18:05", GMT),
              au=[], paras=a2, sec="economie", secn="Économie", by_html="APS", chapo="Le prix plancher est fixé à 275 francs CFA le kilogramme.", bottom="<p>ASG/OID</p>", cap=""),
         dict(path="/international/maroc-senegal-signature-dune-convention-sur-la-formation-professionnelle", title="Maroc-Sénégal : signature d'une convention sur la formation professionnelle", when=When("2025-03-10T20:40", GMT),
              au=[], paras=a3, sec="international", secn="International", by_html="Source : MAP", chapo="200 bourses par an pour de jeunes Sénégalais.", cap=""),
         dict(path="/societe/bac-2025-plus-de-160-000-candidats-attendus", title="Bac 2025 : plus de 160 000 candidats attendus", when=When("2025-03-13T11:00", GMT),
              au=["Fatou K. Sène", "Mamadou Lamine Diop"], paras=a4, sec="societe", secn="Société", by_html='Par <a href="/auteur/fatou-k-sene">Fatou K. SÈNE</a> et <a href="/auteur/mamadou-lamine-diop">Mamadou Lamine DIOP</a>',
              chapo="Les épreuves écrites débuteront le 1er juillet.", cap="")]
    for st in A:
        s.story(dict(st, mn=["À lire aussi", "Il est temps que l'État prenne ses responsabilités", "Nous utilisons des cookies"]), page(st, [x for x in A if x is not st]))

    def lst(title, items, intro=""):
        return shell("%s | Dakar Matin" % title, '<h1 class="page-title">%s</h1>%s<div class="views-element-container">%s</div><nav class="pager"><a href="?page=1">Page suivante ›</a></nav>' % (E(title), intro, "".join(
            '<div class="views-row"><h2><a href="%s">%s</a></h2><span class="date">%s</span></div>' % (x["path"], E(x["title"]), fd(x["when"])) for x in items)), "", "path-taxonomy")
    s.non("/", shell("Dakar Matin | L'actualité au Sénégal", '<div class="une">%s</div><div class="fil">%s</div>' % (cards(A[:1]), cards(A[1:])), '<meta property="og:type" content="website" />'))
    s.non("/rubrique/societe", lst("Société", [A[3], A[0]]))
    s.non("/tags/peche", lst("pêche", A[:1]))
    s.non("/auteur/aliou-ngamby-ndiaye", lst("Aliou Ngamby NDIAYE", A[:1], "<p>Journaliste au service Société.</p>"))
    s.non("/qui-sommes-nous", shell("Qui sommes-nous ? | Dakar Matin", "<h1>Qui sommes-nous ?</h1>" + ps(["Dakar Matin est un quotidien d'information générale fondé en 2004 à Dakar.", "Directeur de publication : Cheikh Tidiane Fall. Rédacteur en chef : Aminata Ba."]), "", "page"))
    s.non("/contact", shell("Contact | Dakar Matin", "<h1>Contact</h1><p>Sicap Liberté 6, Dakar · Tél. : +221 33 800 00 00 · redaction@dakarmatin.example</p><form><input name=\"name\" /><textarea></textarea><button>Envoyer</button></form>", "", "page"))
    s.non("/necrologie", shell("Nécrologie | Dakar Matin", "<h1>Nécrologie</h1><div class=\"avis\"><h3>Avis de décès</h3><p>Les familles Diallo, Sow et alliées ont la profonde douleur de vous annoncer le rappel à Dieu de leur père El Hadji Mamadou Diallo, ancien instituteur, survenu le 10 mars 2025 à Dakar. L'inhumation a eu lieu au cimetière de Yoff.</p><p>Que la terre lui soit légère.</p></div>", "", "page"))
    s.non("/appels-d-offres", shell("Appels d'offres | Dakar Matin", "<h1>Appels d'offres</h1><div class=\"ao\"><h3>Avis d'appel d'offres ouvert n° 003/2025/AGEROUTE</h3><p>L'Agence des Travaux et de Gestion des Routes sollicite des offres sous pli fermé pour les travaux d'entretien de la route Kaolack - Fatick. Date limite : 10 avril 2025 à 10 heures.</p></div>", "", "page"))
    s.non("/offres-d-emploi", shell("Offres d'emploi | Dakar Matin", "<h1>Offres d'emploi</h1>" + table(["Poste", "Entreprise", "Lieu", "Date limite"], [("Comptable", "Sonatel", "Dakar", "28 mars 2025"), ("Chauffeur", "Dangote Cement Sénégal", "Pout", "31 mars 2025")]), "", "page"))
    s.non("/sport/ligue-1-resultats", shell("Ligue 1 : résultats de la 18e journée | Dakar Matin", "<h1>Ligue 1 – 18e journée</h1>" + table(["Domicile", "Score", "Extérieur"], [("Teungueth FC", "1 - 0", "Jaraaf"), ("Génération Foot", "2 - 2", "Casa Sports"), ("AS Pikine", "0 - 1", "Guédiawaye FC")]), "", "page"))
    s.non("/galerie/magal-de-darou-mousty-en-images", shell("Magal de Darou Mousty en images | Dakar Matin", '<h1>Magal de Darou Mousty en images</h1><div class="galerie">%s</div>' % "".join('<figure><img src="/sites/default/files/galerie/magal-%d.jpg" /><figcaption>Photo %d/8 — Dakar Matin</figcaption></figure>' % (i, i) for i in range(1, 9)), '<meta property="og:type" content="article" />', "page-node-type-galerie"))
    s.non("/e-journal", shell("E-journal | Dakar Matin", "<h1>Le journal du jour en version numérique</h1><p>Abonnement : 3 000 FCFA par mois via Orange Money ou Wave.</p><a href=\"/e-journal/2025-03-14\"><img src=\"/ejournal/2025-03-14.jpg\" alt=\"Une du 14 mars\" /></a>", "", "page"))
    s.rss2("/rss.xml", SN, A, "fr-SN", by=False)
    s.sitemap(["/", "/rubrique/societe", "/qui-sommes-nous", "/contact", "/necrologie", "/appels-d-offres", "/offres-d-emploi", "/sport/ligue-1-resultats", "/galerie/magal-de-darou-mousty-en-images", "/e-journal"] + [a["path"] for a in A])


# ====================================================================== 12 Arabic (Sudan), Jannah RTL
AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_WD = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def hindi(n):
    return str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def nilein():
    s = Site(12)
    SN = "صدى النيلين"
    cfg = dict(name=SN, lang="ar", dir="rtl", locale="ar_AR", sep="-", tagline="أخبار السودان", date=lambda w: "%s %s %s %s" % (AR_WD[w.l.weekday()], hindi(w.l.day), AR_M[w.l.month - 1], hindi(w.l.year)),
               today="%s %s %s %s" % (AR_WD[TODAY(CAT).weekday()], hindi(TODAY(CAT).day), AR_M[TODAY(CAT).month - 1], hindi(TODAY(CAT).year)), top=[("/about-us/", "من نحن"), ("/contact-us/", "اتصل بنا"), ("/jobs/", "وظائف")],
               nav=[("/category/akhbar/", "أخبار"), ("/category/iqtisad/", "اقتصاد"), ("/category/riyada/", "رياضة"), ("/category/maqalat/", "مقالات"), ("/category/manawaat/", "منوعات")],
               about_t="من نحن", about="صدى النيلين موقع إخباري سوداني مستقل.", copy="جميع الحقوق محفوظة لموقع صدى النيلين 2025",
               related="مقالات ذات صلة", leave="اترك تعليقاً", post="إرسال التعليق", homeword="الرئيسية", tagsword="الوسوم", popular="الأكثر قراءة", read="دقيقتان", more="المزيد من الأخبار")
    jn = Jannah(s, cfg)
    a1 = ["شهدت محطات الوقود في مدينة بورتسودان صفوفاً طويلة من السيارات خلال اليومين الماضيين، بعد ارتفاع سعر جالون البنزين إلى أكثر من ثلاثة آلاف جنيه.",
          "وقال عدد من أصحاب المركبات إنهم انتظروا لساعات طويلة دون أن يتمكنوا من التزود بالوقود، فيما أغلقت بعض المحطات أبوابها.",
          "وعزت وزارة الطاقة والنفط الأزمة إلى تأخر وصول شحنات مستوردة إلى ميناء بورتسودان بسبب إجراءات التخليص.",
          "وأكدت الوزارة في بيان أن الإمدادات ستعود إلى طبيعتها خلال أيام، داعية المواطنين إلى عدم التخزين."]
    a2 = ["كسلا (سونا) - أعلنت وزارة الصحة بولاية كسلا بدء حملة للتطعيم ضد الكوليرا تستهدف أكثر من ثلاثمائة ألف شخص في سبع محليات.",
          "وقال مدير عام وزارة الصحة بالولاية إن الحملة تستمر عشرة أيام، وتنفذ بدعم من منظمة الصحة العالمية ومنظمة اليونيسف.",
          "وأشار إلى أن الحملة تركز على معسكرات النازحين والمناطق التي سجلت فيها حالات إصابة خلال الأسابيع الماضية.",
          "ودعا المواطنين إلى التوجه إلى مراكز التطعيم والالتزام بإرشادات النظافة الشخصية."]
    a3 = ["يستعد مزارعو مشروع الجزيرة لحصاد القمح في الموسم الشتوي الحالي، وسط مخاوف من نقص التمويل وارتفاع تكاليف الحصاد والترحيل.",
          "وقال المزارع عبد الرحيم الأمين من قرية ود النورة إن تكلفة إيجار الحاصدة تضاعفت هذا العام، وإن كثيراً من المزارعين لا يملكون المال الكافي.",
          "من جانبها أكدت إدارة المشروع أنها تعمل مع البنك الزراعي السوداني على توفير تمويل عاجل للمزارعين.",
          "ويعد مشروع الجزيرة أكبر مشروع زراعي مروي في أفريقيا، ويسهم بجزء كبير من إنتاج السودان من القمح."]
    A = [dict(path="/2025/03/12/%d/" % 612345, title="ارتفاع أسعار الوقود في بورتسودان وسط شح الإمدادات", when=When("2025-03-12T11:00", CAT), au=["محمد عثمان"], paras=a1, sec="akhbar", secn="أخبار",
              wp_author="التحرير", wp_slug="editor", top="<p><strong>بورتسودان: محمد عثمان</strong></p>", tags=[("/tag/port-sudan/", "بورتسودان"), ("/tag/fuel/", "الوقود")], cap="صفوف السيارات أمام إحدى محطات الوقود",
              mn=["اترك تعليقاً", "مقالات ذات صلة"]),
         dict(path="/2025/03/10/%d/" % 612201, title="بدء حملة التطعيم ضد الكوليرا في ولاية كسلا", when=When("2025-03-10T14:20", CAT), au=[], paras=a2, sec="akhbar", secn="أخبار",
              wp_author="صدى النيلين", wp_slug="sada", tags=[("/tag/kassala/", "كسلا")], cap="", mn=["مقالات ذات صلة"]),
         dict(path="/2025/03/11/%d/" % 612277, title="مزارعو الجزيرة يستعدون لحصاد القمح وسط مخاوف من نقص التمويل", when=When("2025-03-11T09:30", CAT), au=["أحمد يوسف", "سارة إبراهيم"], paras=a3, sec="iqtisad", secn="اقتصاد",
              wp_author="أحمد يوسف", wp_slug="ahmed-yousif", top="<p><strong>تقرير: أحمد يوسف وسارة إبراهيم</strong></p>", tags=[("/tag/gezira/", "الجزيرة")], cap="حقول القمح في مشروع الجزيرة", mn=["مقالات ذات صلة"])]
    for st in A:
        s.story(st, jn.article(st, [x for x in A if x is not st]))
    s.non("/", jn.home(A, '<div class="mag-box"><a href="/2025/03/14/612401/">أسعار العملات اليوم الجمعة في السوق الموازي</a></div>'))
    s.non("/category/akhbar/", jn.listing("أخبار", A[:2]))
    s.non("/tag/port-sudan/", jn.listing("بورتسودان", A[:1], cls="tag"))
    s.non("/author/editor/", jn.listing("التحرير", A[:1], cls="author"))
    s.non("/about-us/", jn.page("من نحن", ps(["صدى النيلين موقع إخباري سوداني مستقل انطلق عام 2013، يهتم بالأخبار السياسية والاقتصادية والاجتماعية في السودان.", "رئيس التحرير: عثمان الطيب."])))
    s.non("/contact-us/", jn.page("اتصل بنا", "<p>البريد الإلكتروني: info@sadaalnilein.example</p><p>واتساب: 00249 912 000 000</p>"))
    fx = dict(path="/2025/03/14/612401/", title="أسعار العملات اليوم الجمعة في السوق الموازي", when=When("2025-03-14T09:00", CAT), sec="iqtisad", secn="اقتصاد", wp_author="صدى النيلين", wp_slug="sada",
              paras=["سجلت أسعار العملات الأجنبية مقابل الجنيه السوداني في السوق الموازي اليوم الجمعة الأرقام التالية:"], cap="",
              bottom=table(["العملة", "الشراء", "البيع"], [("الدولار الأمريكي", "2580", "2600"), ("الريال السعودي", "685", "690"), ("الدرهم الإماراتي", "700", "705"), ("الجنيه المصري", "51", "52")]))
    s.non(fx["path"], jn.article(fx, A[:2]))
    ob = dict(path="/2025/03/13/612355/", title="نعي أليم", when=When("2025-03-13T18:00", CAT), sec="manawaat", secn="منوعات", wp_author="صدى النيلين", wp_slug="sada",
              paras=["بقلوب مؤمنة بقضاء الله وقدره ينعى آل الفكي وآل البشير فقيدهم الحاج عبد الله الفكي البشير، الذي انتقل إلى جوار ربه صباح اليوم بمدينة عطبرة.", "وسيوارى جثمانه الثرى بمقابر عطبرة عقب صلاة العصر.", "إنا لله وإنا إليه راجعون."], cap="")
    s.non(ob["path"], jn.article(ob, A[:2]))
    s.non("/jobs/", jn.page("وظائف", table(["الوظيفة", "الجهة", "المكان", "آخر موعد"], [("محاسب", "شركة سكر كنانة", "كنانة", "٢٥ مارس ٢٠٢٥"), ("سائق", "منظمة إنسانية", "بورتسودان", "٢٠ مارس ٢٠٢٥")])))
    s.non("/category/riyada/results/", jn.page("نتائج الدوري السوداني الممتاز", table(["المضيف", "النتيجة", "الضيف"], [("الهلال", "٢ - ٠", "الأهلي مدني"), ("المريخ", "١ - ١", "حي الوادي"), ("الأمل عطبرة", "٠ - ١", "هلال الساحل")])))
    s.rss2("/feed/", SN, A, "ar")
    s.sitemap(["/", "/category/akhbar/", "/about-us/", "/contact-us/", "/jobs/", "/category/riyada/results/", fx["path"], ob["path"]] + [a["path"] for a in A])


for build in (addis, arewa, owuro, courier, mwangaza, sauti, izwi, suidwes, vaovao, luanda, dakar, nilein):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
