"""Web cl: news agencies' and wire services' own websites. Twelve sites on
127.0.7.221-232 (port 18161) in English, French, German, Japanese, Korean,
Chinese, Italian, Spanish, Polish, Turkish and Brazilian Portuguese, each
with wire stories (datelines, sign-off lines, editor credits, desk credits)
and the pages agency sites carry around them: "Latest" rivers, topic and
section pages, photo-of-the-day pages, market data, agency about, contact,
products/licensing, legal pages, search, press-release wires, agendas.

 1 Meridian - Reuters-like (en-GB): hashed class names, "By A and B"
   AuthorByline, "March 12, 2025 / 9:41 AM GMT+1 / Updated ...", the
   "Reporting by ...; additional reporting by ...; Editing by ..." sign-off,
   the Trust Principles line, an inline newsletter pitch, a correction note
   on top ("This story has been corrected to ..."); "UPDATE 1-" and "UPDATE
   2-" versions of one story under two URLs (each an article: rewritten,
   longer text, not copies; the UPDATE tag is part of the headline shown in
   h1, og:title and title), a Breakingviews column with its disclaimer.
   Home, Europe/Business/Breakingviews sections, Latest, DAX quote page,
   author page, photos-of-the-day gallery, Pictures, about, contact,
   products (licensing), search.
 2 National Press Wire - AP-like (en-US): "By LINDSAY MORROW and JAKE
   ABERNATHY" in capitals (JSON-LD too), "Updated 11:40 PM EST, March 11,
   2025" (Wednesday in UTC: instant given), "... writers ... contributed";
   an explainer; a roundup "By The National Press Wire" (JSON-LD
   Organization; authors []). Paid press releases (/press-release/pr-newswire
   and a Business Wire "MEDIA ADVISORY") carrying "The NPW news staff was
   not involved in its creation": non-articles (paid distribution, not the
   agency's reporting). Hubs, Latest, photo gallery, author, about,
   contact, products, newsletters, search.
 3 AMP - AFP-like (fr): "Par Camille ROUSSEAU", "Publié le 12/03/2025 à
   14h32 • Mis à jour le ...", AFP-style signature codes ("cro/jp/dch"), a
   two-author explainer, an unsigned dispatch (JSON-LD Organization "AMP").
   Le fil, photo du jour, tag, Factuel, agenda prévisionnel (a media
   advisory list), qui sommes-nous, contact, offres, mentions légales.
 4 dnd - dpa-like (de): "BERLIN (dnd) -" dispatch without author (JSON-LD
   Organization "dnd"), "Von A und B, dnd" Fragen & Antworten, "Von
   Sabine Roth, dnd" Analyse; dnd:250312-99 copyright. An ots press release
   ("Für den Inhalt ... ist allein der Herausgeber verantwortlich":
   non-article, paid PR), Presseportal list, Börse, Bild des Tages, Thema,
   Alle Meldungen, Über uns, Kontakt, Produkte, Impressum.
 5 東邦通信 - Kyodo-like (ja): 【東京東邦】 datelines, "2025年03月12日
   14時32分", unsigned stories, a 解説 signed "東邦通信経済部　佐藤健一"
   (authors [佐藤健一]). 速報, ランキング, 写真ニュース, 特集, 会社案内,
   お問い合わせ, サービス, privacy.
 6 한빛통신 - Yonhap-like (ko): "(서울=한빛통신) 김민수 기자 =" in the
   lead, writer zone "박지영 기자 이준호 기자" with meta byline naming only
   the first, "송고시간2025-03-12 10:30", 특파원 story. 최신기사, 포토,
   이슈, 증시, 보도자료 list and a 보도자료 page (company-supplied:
   non-article), 회사소개, 고객센터, 상품, 기자 page.
 7 华夏网 - Xinhua-like (zh-CN): "华夏社北京3月12日电（记者张伟、李娜）"
   in the first paragraph, header time "2025 03/12 09:32:10 来源：华夏网",
   "【责任编辑:王芳】" (editor, not author), 【纠错】. 滚动, 每日一图,
   专题, 行情, 关于我们, 联系我们, 产品服务, 纠错.
 8 AGIS - ANSA-like (it): "ROMA, 12 MAR -" unsigned dispatch ending
   "(AGIS)." (JSON-LD Organization), "di Francesca Galli" feature, "di Luca
   Marchetti" market story; "Riproduzione riservata". Ultima ora, foto del
   giorno, tema, borsa, comunicati stampa and one comunicato
   ("Responsabilità editoriale di ...": non-article), chi siamo, contatti,
   prodotti, note legali.
 9 Agencia IBE - EFE-like (es): "Marta Delgado | Madrid (IBE).-" byline in
   the lead paragraph, "(Edición: Irene Campos)"; a story by "Redacción
   Internacional" (authors []) shown only as "Hace 3 horas" (truth
   fetch-3); an analysis by Pablo Serrano. Última hora, IBE Fotos, temas,
   Verifica, Agenda informativa (media advisory), quiénes somos, contacto,
   servicios, aviso legal.
10 PAI - PAP-like (pl): author only at the end ("Autorka: Anna Kowalska
   (PAI)", "Z Brukseli Tomasz Nowicki (PAI)") with editor codes "akw/
   mhr/", JSON-LD author the Organization "PAI"; an unsigned one. Najnowsze,
   foto dnia, tag, notowania, PAI MediaRoom list and a "Materiał prasowy"
   release (non-article), o nas, kontakt, oferta, regulamin.
11 THA - Anadolu-like (tr): "ANKARA (THA) -", "Ayşe Yılmaz" /
   "Mehmet Demir, Elif Kaya" with "06.03.2025 - Güncelleme : 06.03.2025",
   an Analiz with the "fikirler yazarına aittir" disclaimer. Son dakika,
   günün fotoğrafları, gündem, finans, basın bültenleri and one bülten
   (non-article), hakkımızda, iletişim, abonelik, künye.
12 Agência Federal - Agência Brasil-like (pt-BR): "Ana Ribeiro - Repórter
   da Agência Federal", "Sofia Matos e Rafael Antunes - Repórteres ...",
   "Publicado em 12/03/2025 - 09:14", "Edição: ..." (editor), the Creative
   Commons "Republique" note; a "Da Agência Federal" story at 22:45 (next
   day in UTC; page day is the truth). Últimas, foto do dia, tag, agenda
   (a media advisory), republique, quem somos, fale conosco, expediente,
   política editorial.

Truth: 37 articles, 141 non-articles, no syndicated copies (the UPDATE
versions are rewritten, each its own article). Authors are the bylined or
signing reporters written as in prose (capitals normalised); agency, desk
and organisation credits, editors ("Editing by", "Edición", "Edição",
责任编辑), contributors and photographers are not. Paid press releases and
media advisories/agendas on the agency site are non-articles: they are the
issuer's text or a schedule, labelled as not the agency's journalism.

Crawled with /tmp/nr-start: stories 37: title 37, date 37, authors 21 right;
non-articles stored 3 of 141; bodies checked 37: 0 wrong. Authors: the
all-caps wire bylines kept in capitals (NPW "LINDSAY MORROW", "RHONDA
PIKE"; AMP "Camille ROUSSEAU", "Julien MERCIER", "Élise FONTAINE"); agency
and desk credits kept as names (NPW "The National Press Wire", JSON-LD
Organization "AMP", "dnd", "AGIS", "PAI" on the unsigned dispatches,
"Da Agência Federal"); PAI's JSON-LD Organization replaced the reporter
signing at the end of the text on two stories; reporters not read where
the byline is only in the text (IBE "Marta Delgado | Madrid (IBE).-",
"Pablo Serrano | ...") or under a desk prefix (東邦通信経済部　佐藤健一);
only the first of two Korean reporters ("박지영 기자 이준호 기자", meta
byline naming one). Non-articles stored: NPW's PR Newswire release, dnd's
ots press release, Agência Federal's agenda page.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18161
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


class Site(common.Site):
    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (220 + n), PORT, truth)


def doc(lang, title, head, body, bodycls=""):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s</head>\n<body class="%s">%s</body></html>') % (lang, E(title), head, bodycls, body)


def og(kind, title, url, desc="", site="", extra=""):
    return ('<meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
            '<meta property="og:site_name" content="%s"><meta name="description" content="%s"><meta property="og:description" content="%s">'
            '<link rel="canonical" href="%s">%s') % (kind, E(title), E(url), E(site), E(desc), E(desc), E(url), extra)


def newsld(s, path, head, pub, mod, authors, org, section="", typ="NewsArticle"):
    o = {"@context": "https://schema.org", "@type": typ, "headline": head, "url": s.url(path), "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)},
         "datePublished": pub, "dateModified": mod or pub, "publisher": {"@type": "Organization", "name": org, "logo": {"@type": "ImageObject", "url": s.url("/static/logo.png")}}}
    if authors is not None:
        o["author"] = authors
    if section:
        o["articleSection"] = section
    return jl(o)


def P(names):
    return [{"@type": "Person", "name": n} for n in names]


def rfc(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def more(base, seeds):
    return [shuffled(base, k) for k in seeds]


def build(s, lang, shell, arts, nons, sm_extra=(), feed=None, disallow="/search"):
    """arts: list of dict(path, html, title, date, authors, instant, must, must_not);
    nons: list of (path, title, inner, head)."""
    for a in arts:
        s.art(a["path"], a["html"], a["title"], a["date"], a["authors"], instant=a.get("instant"), must=a.get("must"), must_not=a.get("must_not"))
    for p, t, inner, head in nons:
        s.non(p, shell(t, inner, head or '<meta property="og:type" content="website"><meta property="og:title" content="%s">' % E(t)))
    if feed:
        s.rss(feed[0], feed[1], [(a["path"], a["title"], rfc(a["iso"])) for a in arts])
    s.sitemap(["/"] + [a["path"] for a in arts] + list(sm_extra), disallow)


def ul(items, cls="list"):
    return '<ul class="%s">%s</ul>' % (cls, links(items))

# ====================================================================== 1 Meridian (Reuters-like)
def meridian():
    s = Site(1)
    ORG = "Meridian"
    NAV = ('<header class="site-header__container__3NA4G"><a href="/" class="site-header__logo__1z1mP" aria-label="Meridian homepage">Meridian</a>'
           '<nav class="site-header__nav__3Qm1v"><ul>%s</ul></nav><a class="site-header__cta" href="/account/register/sign-up/">Register</a></header>') % links(
        [("/world/", "World"), ("/business/", "Business"), ("/markets/", "Markets"), ("/breakingviews/", "Breakingviews"), ("/pictures/", "Pictures"), ("/latest/", "Latest"), ("/site-search/", "Search")], "nav-item")
    FOOT = ('<footer class="site-footer__container__2hHXD"><div class="site-footer__links"><ul>%s</ul></div>'
            '<p class="site-footer__disclaimer">All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>'
            '<p>&copy; 2025 Meridian. All rights reserved</p></footer>'
            '<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">We use cookies and similar technologies to provide you with a better experience, for analytics and for personalised advertising. By clicking Accept All Cookies you agree to our use of cookies.</div>'
            '<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>') % links(
        [("/info-pages/about-us/", "About Meridian"), ("/info-pages/contact-us/", "Contact Us"), ("/products/connect/", "Meridian Connect"), ("/info-pages/careers/", "Careers"), ("/info-pages/terms-of-use/", "Terms of Use")])
    COOKIE = "By clicking Accept All Cookies you agree to our use of cookies."
    NL = "Sign up here."
    NLTXT = "The Morning Bid newsletter brings you the day ahead in markets. Sign up here."

    def shell(title, inner, head, cls="article"):
        return doc("en", title, head, NAV + '<main id="main-content" class="%s">%s</main>' % (cls, inner) + FOOT)

    def article(path, st):
        d = datetime.datetime.fromisoformat(st["iso"])
        loc = d.astimezone(datetime.timezone(datetime.timedelta(hours=1)))
        by = " and ".join('<a href="/authors/%s/" rel="author" class="text__text__1FZLe">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in st["by"])
        kick = '<div class="article-header__kicker"><a href="%s" data-testid="Link">%s</a></div>' % (st["secpath"], E(st["kicker"]))
        nl = '<div class="newsletter-signup-inline" data-testid="NewsletterSignup"><p>%s</p><a href="/newsletters/morning-bid/">Sign up</a></div>' % E(NLTXT)
        pl = ['<div data-testid="paragraph-%d" class="text__text__1FZLe article-body__paragraph__2-BtD">%s</div>' % (i, E(p)) for i, p in enumerate(st["paras"])]
        paras = "".join(pl[:2]) + nl + "".join(pl[2:])
        if st.get("corr"):
            paras = '<p class="article-body__correction">%s</p>' % E(st["corr"]) + paras
        tail = '<p class="sign-off-text">%s</p><p class="trust-badge">Our Standards: <a href="/info-pages/about-us/">The Meridian Trust Principles.</a></p>' % E(st["signoff"])
        if st.get("disc"):
            tail = '<p class="text__text__1FZLe article-body__paragraph__2-BtD"><em>%s</em></p>' % E(st["disc"]) + tail
        rel = '<aside class="read-next" data-testid="ReadNext"><h2>Read Next</h2><ul>%s</ul></aside>' % links(st["rel"])
        upd = '<span class="date-line__date___kNbY">Updated <!-- -->%s</span>' % E(st["upd"]) if st.get("upd") else ""
        inner = ('<article class="article__container__3Lhur"><header class="article-header__container">%s<h1 data-testid="Heading" class="text__heading_2__3yZfO">%s</h1>'
                 '<div class="article-header__author-date__3lHbn"><div data-testid="AuthorByline" class="info-content__author-name">By %s</div>'
                 '<time datetime="%s" class="article-header__dateline"><span class="date-line__date___kNbY">%s</span><span class="date-line__date___kNbY">%s GMT+1</span>%s</time></div></header>'
                 '<div class="article-body__content__17Yit">%s%s%s</div><div class="share-bar"><button>Share</button><button>X</button><button>Facebook</button><button>Linkedin</button><button>Email</button><button>Link</button><button>Purchase Licensing Rights</button></div>'
                 '%s</article>') % (kick, E(st["h1"]), by, d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), loc.strftime("%B %-d, %Y"), loc.strftime("%-I:%M %p"), upd,
                                     paras, tail, "", rel)
        head = og("article", st["h1"], s.url(path), st["paras"][0][:150], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="analyticsAttributes.author" content="%s">' % (
                      d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), E(st["kicker"]), E(", ".join(st["by"])))) + \
            newsld(s, path, st["h1"], d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), st.get("mod"), [{"@type": "Person", "name": n, "url": s.url("/authors/%s/" % n.lower().replace(" ", "-"))} for n in st["by"]], ORG, st["kicker"])
        return shell("%s | Meridian" % st["h1"], inner, head)

    eu = ["EU governments and European Parliament negotiators agreed early on Wednesday to give small and medium-sized firms an extra year to comply with the bloc's deforestation law, after complaints from farmers and trading partners that the rules were unworkable.",
          "Under the deal, companies with fewer than 250 employees will have until June 2027 to prove that the cocoa, coffee, soy, palm oil and timber they import were not grown on land cleared after 2020. Large companies must comply from the end of this year.",
          "Brazil, Indonesia and Malaysia had lobbied for a longer delay, arguing that their smallholders could not produce the satellite data the law requires. The European Commission said it would publish simplified guidance next month.",
          "Environmental groups said the deal weakened a flagship climate law before it had even taken effect. \"Every year of delay is another year of forests lost,\" said Anke Doerr of the campaign group ForestWatch Europe.",
          "The agreement still needs formal approval from member states and a plenary vote in the parliament, expected in April."]
    up1 = ["German industrial orders fell for a third straight month in January, data showed on Thursday, as weaker demand from outside the euro zone weighed on Europe's largest economy.",
           "Orders fell 1.8% on the month in seasonally and calendar adjusted terms, the federal statistics office said. Analysts polled by Meridian had forecast a fall of 0.9%.",
           "Foreign orders dropped 3.1%, with orders from outside the euro zone down 4.6%. Domestic orders were broadly stable.",
           "The economy ministry is due to publish industrial production figures for January on Friday."]
    up2 = ["German industrial orders fell for a third straight month in January, data showed on Thursday, as weaker demand from outside the euro zone and a slump in large-scale contracts weighed on Europe's largest economy.",
           "Orders fell 1.8% on the month in seasonally and calendar adjusted terms, the federal statistics office said. Analysts polled by Meridian had forecast a fall of 0.9%. Excluding large-scale orders, they fell 0.6%.",
           "\"The hoped-for turnaround in industry is not in sight,\" said Ralph Solveen, economist at Commerzbank. \"Companies are still waiting for clarity on U.S. trade policy before placing orders.\"",
           "Foreign orders dropped 3.1%, with orders from outside the euro zone down 4.6%. Domestic orders were broadly stable, supported by a rise in orders for capital goods from the defence sector.",
           "The economy ministry said it expected industry to bottom out in the first half of the year, helped by the government's infrastructure fund. Industrial production figures for January are due on Friday."]
    bv = ["Europe's carmakers have spent two years preparing for a price war with Chinese electric-vehicle makers. The bigger threat may now come from across the Atlantic.",
          "A 25% U.S. tariff on imported cars would hit the German premium brands hardest. Volkswagen, BMW and Mercedes-Benz together shipped around 400,000 vehicles from Europe to the United States last year, worth roughly $25 billion at retail prices.",
          "Moving production is not a quick fix. BMW's Spartanburg plant already runs close to capacity, and a new line takes at least three years to build. In the meantime, the groups must either absorb the cost or pass it on to buyers who have other choices.",
          "Investors have barely priced this in. The three German groups trade at around five times expected earnings, a discount that reflects China worries more than American ones. A tariff shock would make that multiple look less like a bargain than a trap."]
    s1 = dict(h1="EU agrees one-year delay of deforestation rules for smaller firms", kicker="Europe", secpath="/world/europe/", by=["Hanna Lindqvist", "Tomasz Wrona"], iso="2025-03-12T08:41:00+00:00",
              upd="March 12, 2025", paras=eu, signoff="Reporting by Hanna Lindqvist and Tomasz Wrona in Brussels; additional reporting by Sarah Morland in Paris; Editing by Alison Whyte",
              rel=[("/business/german-orders-fall-2025-03-13/", "UPDATE 2-German industrial orders fall for third month as foreign demand slumps"), ("/breakingviews/europes-carmakers-tariff-squeeze-2025-03-11/", "Europe's carmakers face a tariff squeeze")],
              corr="This story has been corrected to fix the name of the campaign group in paragraph 4.")
    s2 = dict(h1="UPDATE 1-German industrial orders fall for third month", kicker="Business", secpath="/business/", by=["Maria Sandoval"], iso="2025-03-13T07:12:00+00:00",
              paras=up1, signoff="Reporting by Maria Sandoval; Editing by Rachel More", rel=[("/world/europe/eu-deforestation-delay-2025-03-12/", "EU agrees one-year delay of deforestation rules for smaller firms")])
    s3 = dict(h1="UPDATE 2-German industrial orders fall for third month as foreign demand slumps", kicker="Business", secpath="/business/", by=["Maria Sandoval"], iso="2025-03-13T09:05:00+00:00",
              paras=up2, signoff="Reporting by Maria Sandoval, additional reporting by Klaus Wetzel; Editing by Rachel More and Christina Fincher", rel=[("/business/german-orders-fall-update1-2025-03-13/", "UPDATE 1-German industrial orders fall for third month")])
    s4 = dict(h1="Europe's carmakers face a tariff squeeze", kicker="Breakingviews", secpath="/breakingviews/", by=["Liam Brennan"], iso="2025-03-11T13:30:00+00:00",
              paras=bv, disc="(The author is a Meridian Breakingviews columnist. The opinions expressed are his own. Refiled to add byline.)",
              signoff="Editing by George Hale and Pranav Kiran", rel=[("/breakingviews/", "More Breakingviews")])
    A = [("/world/europe/eu-deforestation-delay-2025-03-12/", s1), ("/business/german-orders-fall-update1-2025-03-13/", s2), ("/business/german-orders-fall-2025-03-13/", s3),
         ("/breakingviews/europes-carmakers-tariff-squeeze-2025-03-11/", s4)]
    for p, st in A:
        s.art(p, article(p, st), st["h1"], st["iso"][:10], st["by"], must=[st["paras"][0], st["paras"][-1]], must_not=[COOKIE, NLTXT, "Purchase Licensing Rights"])

    def card(p, st):
        return '<li class="story-card"><a href="%s" data-testid="Heading">%s</a><time>%s</time></li>' % (p, E(st["h1"]), datetime.datetime.fromisoformat(st["iso"]).strftime("%B %-d, %Y"))
    cards = "".join(card(p, st) for p, st in A)
    ticker = '<div class="markets-ticker"><span>STOXX 600 512.40 -0.42%</span><span>DAX 22,614.50 -0.61%</span><span>EUR/USD 1.0891</span><span>Brent 70.95</span></div>'
    s.non("/", shell("Meridian | Breaking International News & Views", ticker + '<section class="home-top"><h2>Top News</h2><ul>%s</ul></section><section><h2>Pictures</h2><a href="/pictures/photos-of-the-day-2025-03-12/">Photos of the day</a></section>' % cards,
                     og("website", "Meridian | Breaking International News & Views", s.url("/"), "Meridian.com is your online source for the latest world news stories and current events.", ORG), "home"))
    s.non("/world/europe/", shell("Europe News | Today's Latest Stories | Meridian", '<h1>Europe</h1><ul>%s</ul>' % card(*A[0]), og("website", "Europe News", s.url("/world/europe/"), "", ORG), "section"))
    s.non("/business/", shell("Business News | Today's International Headlines | Meridian", '<h1>Business</h1><ul>%s%s</ul>' % (card(*A[2]), card(*A[1])), og("website", "Business", s.url("/business/"), "", ORG), "section"))
    s.non("/breakingviews/", shell("Breakingviews | Meridian", '<h1>Breakingviews</h1><p>Meridian Breakingviews is the world\'s leading source of agenda-setting financial insight.</p><ul>%s</ul>' % card(*A[3]), og("website", "Breakingviews", s.url("/breakingviews/"), "", ORG), "section"))
    s.non("/latest/", shell("Latest News | Meridian", '<h1>Latest</h1><ul class="latest-river">%s</ul><button>Load more articles</button>' % "".join(
        '<li><time>%s GMT</time> %s</li>' % (datetime.datetime.fromisoformat(st["iso"]).strftime("%H:%M"), '<a href="%s">%s</a>' % (p, E(st["h1"]))) for p, st in sorted(A, key=lambda x: x[1]["iso"], reverse=True)),
        og("website", "Latest News", s.url("/latest/"), "", ORG), "latest"))
    s.non("/markets/quote/DAX/", shell("DAX Index Stock Price & Latest News | Meridian", '<h1>DAX Performance Index</h1><div class="quote"><span class="price">22,614.50</span> <span class="change">-138.21 (-0.61%%)</span><p>As of 5:35 PM GMT+1. Market closed.</p></div>'
                                       '<table class="key-stats"><tr><th>Open</th><td>22,750.11</td></tr><tr><th>Day High</th><td>22,801.02</td></tr><tr><th>Day Low</th><td>22,530.64</td></tr><tr><th>52 Week High</th><td>23,476.01</td></tr></table><h2>Latest news</h2><ul>%s</ul>' % card(*A[2]),
                                       og("website", "DAX Index", s.url("/markets/quote/DAX/"), "", ORG), "quote"))
    s.non("/authors/maria-sandoval/", shell("Maria Sandoval | Meridian", '<h1>Maria Sandoval</h1><p>Maria Sandoval reports on the German economy from Berlin. She joined Meridian in 2019.</p><ul>%s%s</ul>' % (card(*A[2]), card(*A[1])),
                                             og("profile", "Maria Sandoval", s.url("/authors/maria-sandoval/"), "", ORG), "author"))
    pics = "".join('<figure class="gallery-slide"><img src="/resizer/photo-%d.jpg" alt=""><figcaption>%s <span class="credit">MERIDIAN/%s</span></figcaption></figure>' % (i, E(c), E(ph)) for i, (c, ph) in enumerate([
        ("A farmer harvests cocoa pods near Soubre, Ivory Coast, March 11, 2025.", "Luc Gnago"), ("Commuters wait for a train during a strike in Lisbon, Portugal, March 12, 2025.", "Pedro Nunes"),
        ("A worker welds a car body at a plant in Zwickau, Germany, March 12, 2025.", "Matthias Rietschel")]))
    s.non("/pictures/photos-of-the-day-2025-03-12/", shell("Photos of the day | Meridian", '<h1>Photos of the day</h1><p class="gallery-meta">March 12, 2025 · 3 Images</p>%s' % pics,
                                                         og("article", "Photos of the day", s.url("/pictures/photos-of-the-day-2025-03-12/"), "Our top photos from the last 24 hours.", ORG), "gallery"))
    s.non("/pictures/", shell("Pictures | Meridian", '<h1>Pictures</h1><ul><li><a href="/pictures/photos-of-the-day-2025-03-12/">Photos of the day</a></li></ul>', og("website", "Pictures", s.url("/pictures/"), "", ORG), "section"))
    s.non("/info-pages/about-us/", shell("About Meridian | Meridian", '<h1>About Meridian</h1><p>Meridian is one of the world\'s largest multimedia news providers, reaching billions of people every day. Founded in 1861, Meridian provides business, financial, national and international news to professionals via desktop terminals, the world\'s media organisations, industry events and directly to consumers.</p><h2>The Meridian Trust Principles</h2><p>Integrity, independence and freedom from bias.</p>',
                                         og("website", "About Meridian", s.url("/info-pages/about-us/"), "", ORG), "info"))
    s.non("/info-pages/contact-us/", shell("Contact Us | Meridian", '<h1>Contact Us</h1><h2>Editorial</h2><p>To report an error or make a complaint, email editorial.standards@meridian.example.</p><h2>Customer support</h2><p>Subscription and account questions: support@meridian.example</p><h2>Press office</h2><p>+44 20 7250 1122</p>',
                                           og("website", "Contact Us", s.url("/info-pages/contact-us/"), "", ORG), "info"))
    s.non("/products/connect/", shell("Meridian Connect | Licensing news content | Meridian", '<h1>Meridian Connect</h1><p>License Meridian news video, pictures and text for your publication. Over 2,000 new stories and 5,000 pictures every day, ready to publish.</p><a class="button" href="/info-pages/contact-us/">Talk to our team</a>',
                                      og("website", "Meridian Connect", s.url("/products/connect/"), "", ORG), "product"))
    s.non("/site-search/", shell("Search | Meridian", '<h1>Search results</h1><form><input name="query" value="orders"></form><p>Showing 2 results for orders</p><ul>%s%s</ul>' % (card(*A[2]), card(*A[1])), '<meta name="robots" content="noindex">', "search"))
    s.sitemap(["/", "/world/europe/", "/business/", "/latest/"] + [p for p, _ in A], "/site-search/")

# ====================================================================== 2 National Press Wire (AP-like)
def npw():
    s = Site(2)
    NAV = ('<div class="Page-header"><a class="Page-header-logo" href="/">NPW</a><nav class="Page-header-navigation"><ul>%s</ul></nav>'
           '<a class="Page-header-donate" href="/donate/">Support independent, fact-based journalism. Donate</a></div>') % links(
        [("/hub/us-news/", "U.S."), ("/hub/world-news/", "World"), ("/hub/bird-flu/", "Bird flu"), ("/hub/latest-news/", "Latest"), ("/photo-gallery/photos-of-the-day-march-12/", "Photography"), ("/search/", "Search")])
    FOOT = ('<footer class="Page-footer"><ul>%s</ul><p>Copyright 2025 The National Press Wire. All Rights Reserved.</p>'
            '<div class="Page-footer-newsletter"><p>The Morning Wire: Get the day\'s top news in your inbox. Sign up now.</p></div></footer>'
            '<div id="sp_message_container" class="cmp"><p>We and our partners use cookies to personalize content and ads. Do Not Sell or Share My Personal Information</p><button>Accept</button></div>') % links(
        [("/about/", "About"), ("/contact/", "Contact Us"), ("/products/", "Licensing & Products"), ("/newsletters/", "Newsletters"), ("/press-release/", "Press Releases")])
    PITCH = "The Morning Wire: Get the day's top news in your inbox. Sign up now."

    def shell(t, inner, head, cls="Page"):
        return doc("en", t, head, NAV + '<main class="%s">%s</main>' % (cls, inner) + FOOT)

    def story(path, h1, by, iso, zone, shown, paras, related, section):
        d = datetime.datetime.fromisoformat(iso)
        ms = int(d.timestamp() * 1000)
        byl = ('<div class="Page-authors"><span class="Link">By&nbsp;</span>%s</div>' % " and ".join('<a class="Link" href="/author/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in by)) if by and by[0] != "THE NATIONAL PRESS WIRE" else '<div class="Page-authors">By&nbsp;The National Press Wire</div>'
        body = "".join("<p>%s</p>" % E(p) for p in paras[:3]) + '<div class="Enhancement"><div class="Advertisement">ADVERTISEMENT</div></div>' + "".join("<p>%s</p>" % E(p) for p in paras[3:])
        inner = ('<div class="Page-content"><div class="Page-breadcrumbs"><a href="/hub/%s/">%s</a></div><h1 class="Page-headline">%s</h1>%s'
                 '<div class="Page-dateModified"><bsp-timestamp data-timestamp="%d" data-format="h:mm a z, MMMM d, yyyy"><span data-date>Updated %s</span></bsp-timestamp></div>'
                 '<div class="Page-actions"><button>Share</button><button>Copy</button><a href="https://www.facebook.com/sharer">Facebook</a><a href="mailto:">Email</a></div>'
                 '<bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">%s</div></bsp-story-page>'
                 '<div class="Page-below"><h2>Related Stories</h2>%s</div></div>') % (section.lower().replace(" ", "-"), E(section), E(h1), byl, ms, E(shown), body, ul(related, "PageListStandardH"))
        names = [{"@type": "Person", "name": n} for n in by] if by and by[0] != "THE NATIONAL PRESS WIRE" else [{"@type": "Organization", "name": "The National Press Wire"}]
        head = og("article", h1, s.url(path), paras[0][:160], "NPW News",
                  '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (d.astimezone(UTC).isoformat().replace("+00:00", "Z"), d.astimezone(UTC).isoformat().replace("+00:00", "Z"))) + \
            newsld(s, path, h1, d.astimezone(UTC).isoformat().replace("+00:00", "Z"), None, names, "The National Press Wire", section)
        return shell("%s | NPW News" % h1, inner, head)

    a1 = ["WASHINGTON (NPW) — The Senate narrowly passed a stopgap spending bill late Tuesday that keeps the federal government funded through the end of September, averting a shutdown hours before money was set to run out.",
          "The 54-46 vote came after a day of tense negotiations in which several Democrats broke with their party's leaders, arguing that a shutdown would hand the administration more power over which agencies stay open.",
          "The measure trims nondefense spending slightly below last year's levels while adding about $6 billion for the military. It also drops dozens of local projects that lawmakers from both parties had sought.",
          "\"Nobody got everything they wanted, and that's usually the sign of a bill that can pass,\" Senate Majority Leader Tom Harlan told reporters after the vote.",
          "The House approved the bill last week. The president is expected to sign it on Wednesday.",
          "National Press Wire writers Kevin Dorsey and Mary Claire Holt contributed to this report."]
    a2 = ["Bird flu has now been confirmed in dairy herds in 17 states, and federal officials are expanding testing of raw milk as the virus continues to spread among cows. Here is what to know.",
          "The virus, known as H5N1, has circulated among wild birds for decades, but it was first found in U.S. dairy cattle a year ago. Since then, more than 900 herds have tested positive, most of them in California.",
          "Health officials say the risk to the public remains low. Most of the roughly 70 people infected in the U.S. worked closely with sick animals and had mild symptoms, mainly eye infections.",
          "Pasteurization kills the virus, and the Food and Drug Administration says the commercial milk supply is safe. Raw milk is a different story: the virus has been found in samples sold in several states.",
          "Scientists are watching for changes that would let the virus spread easily between people. So far, there is no sign of that, said Dr. Angela Ruiz, an infectious disease researcher at Emory University."]
    a3 = ["Powerful storms swept across the South on Saturday, spawning tornadoes in Mississippi and Alabama that destroyed homes, knocked out power to more than 200,000 customers and killed at least three people, officials said.",
          "In Mississippi, a tornado tore through the town of Tylertown shortly after noon, flattening a church and several houses. Walthall County's emergency director said two people died there.",
          "A third person was killed in Alabama when a tree fell on a mobile home near Prattville, the Autauga County sheriff's office said.",
          "The National Weather Service said the storm system would move into Georgia and the Carolinas overnight, bringing the threat of more tornadoes and flash flooding."]
    # late Tuesday evening EST is Wednesday in UTC
    S = [("/article/senate-stopgap-spending-bill-shutdown-4f2a9c1e7b", "Senate passes stopgap bill, averting a government shutdown", ["LINDSAY MORROW", "JAKE ABERNATHY"], "2025-03-12T04:40:00+00:00",
          "11:40 PM EST, March 11, 2025", a1, "Congress", "2025-03-11", "2025-03-12T04:40"),
         ("/article/bird-flu-dairy-cows-raw-milk-what-to-know-9b31e0d2aa", "What to know about bird flu as it spreads among dairy cows", ["RHONDA PIKE"], "2025-03-12T15:05:00+00:00",
          "11:05 AM EDT, March 12, 2025", a2, "Bird flu", "2025-03-12", None),
         ("/article/tornadoes-mississippi-alabama-storms-deaths-c8d7e61f02", "Tornadoes kill at least 3 as storms sweep across the South", ["THE NATIONAL PRESS WIRE"], "2025-03-15T22:10:00+00:00",
          "6:10 PM EDT, March 15, 2025", a3, "Weather", "2025-03-15", None)]
    arts = []
    for i, (p, h, by, iso, shown, paras, sec, day, inst) in enumerate(S):
        rel = [(q, t) for q, t, *_ in S if q != p][:2]
        authors = [] if by[0].startswith("THE ") else [n.title() for n in by]
        arts.append(dict(path=p, html=story(p, h, by, iso, None, shown, paras, rel, sec), title=h, date=day, authors=authors, instant=inst, iso=iso,
                         must=[paras[0], paras[-2]], must_not=[PITCH, "Do Not Sell or Share My Personal Information"]))
    cards = ul([(a["path"], a["title"]) for a in arts], "PageList")
    pr = ('<div class="Page-content press-release"><div class="PressRelease-disclaimer">Press release content from PR Newswire. The NPW news staff was not involved in its creation.</div>'
          '<h1 class="Page-headline">Veridia Health Announces Expansion of Rural Telehealth Network to Five New States</h1><div class="Page-dateModified">March 12, 2025</div>'
          '<div class="RichTextStoryBody"><p>NASHVILLE, Tenn., March 12, 2025 /PRNewswire/ -- Veridia Health, a leading provider of virtual care, today announced the expansion of its rural telehealth network to Kentucky, West Virginia, Arkansas, Oklahoma and Kansas.</p>'
          '<p>"Every American deserves access to a doctor, no matter their ZIP code," said Veridia CEO Dana Whitlock.</p><p>About Veridia Health: Veridia Health operates virtual clinics in 22 states.</p><p>Media Contact: press@veridia.example</p>'
          '<p>SOURCE Veridia Health</p></div></div>')
    adv = ('<div class="Page-content press-release"><div class="PressRelease-disclaimer">Press release content from Business Wire. The NPW news staff was not involved in its creation.</div>'
           '<h1 class="Page-headline">MEDIA ADVISORY: Governor Ellison to Announce Statewide Broadband Grants on Friday</h1><div class="Page-dateModified">March 13, 2025</div>'
           '<div class="RichTextStoryBody"><p>WHAT: Governor Ruth Ellison will announce the first round of statewide broadband grants.</p><p>WHEN: Friday, March 14, 2025, 10:00 a.m. CT</p><p>WHERE: State Capitol, Room 210, Springfield</p>'
           '<p>Media planning to attend must RSVP to press@gov.example by Thursday at 5 p.m. Credentials required.</p></div></div>')
    photos = "".join('<figure class="CarouselSlide"><img src="/photos/%d.jpg" alt=""><figcaption>%s (NPW Photo/%s)</figcaption></figure>' % (i, E(c), E(ph)) for i, (c, ph) in enumerate([
        ("A man walks past a destroyed church in Tylertown, Miss., Saturday, March 15, 2025.", "Rogelio V. Solis"), ("Cherry trees bloom along the Tidal Basin in Washington, Wednesday, March 12, 2025.", "Jacquelyn Martin")]))
    nons = [
        ("/", "NPW News: Breaking News, Latest Headlines and Videos | NPW News", '<div class="PageListStandardE"><h2>Top Stories</h2>%s</div>' % cards, og("website", "NPW News", s.url("/"), "Breaking news, latest headlines and videos", "NPW News")),
        ("/hub/latest-news/", "Latest News: Top News Today | NPW News", '<h1>Latest News</h1>%s' % "".join('<div class="PagePromo"><a href="%s">%s</a><span class="PagePromo-date">%s</span></div>' % (a["path"], E(a["title"]), "3 mins ago" if i == 0 else "%d hours ago" % (i * 4)) for i, a in enumerate(arts)), None),
        ("/hub/bird-flu/", "Bird flu | Latest News & Updates | NPW News", '<h1>Bird flu</h1><p>Bird flu, or avian influenza, is a disease caused by infection with influenza viruses that normally spread among birds.</p>' + ul([(arts[1]["path"], arts[1]["title"])]), None),
        ("/hub/us-news/", "U.S. News: Top U.S. News Today | NPW News", '<h1>U.S. News</h1>' + cards, None),
        ("/photo-gallery/photos-of-the-day-march-12/", "Photos of the Day March 12, 2025 | NPW News", '<h1 class="Page-headline">Photos of the day March 12, 2025</h1><div class="Page-lead">A selection of the day\'s best images by NPW photographers.</div><div class="Carousel">%s</div>' % photos,
         og("article", "Photos of the day March 12, 2025", s.url("/photo-gallery/photos-of-the-day-march-12/"), "", "NPW News")),
        ("/press-release/pr-newswire/veridia-health-telehealth-expansion-7c1e2", "Veridia Health Announces Expansion of Rural Telehealth Network to Five New States | NPW News", pr, og("article", "Veridia Health Announces Expansion of Rural Telehealth Network to Five New States", s.url("/press-release/pr-newswire/veridia-health-telehealth-expansion-7c1e2"), "", "NPW News")),
        ("/press-release/business-wire/media-advisory-broadband-grants-1a9f0", "MEDIA ADVISORY: Governor Ellison to Announce Statewide Broadband Grants on Friday | NPW News", adv, None),
        ("/press-release/", "Press Releases | NPW News", '<h1>Press Releases</h1>' + ul([("/press-release/pr-newswire/veridia-health-telehealth-expansion-7c1e2", "Veridia Health Announces Expansion of Rural Telehealth Network"), ("/press-release/business-wire/media-advisory-broadband-grants-1a9f0", "MEDIA ADVISORY: Governor Ellison to Announce Statewide Broadband Grants")]), None),
        ("/author/rhonda-pike", "Rhonda Pike | NPW News", '<div class="AuthorPage"><h1>RHONDA PIKE</h1><p>Rhonda Pike covers public health for the National Press Wire from Atlanta.</p>%s</div>' % ul([(arts[1]["path"], arts[1]["title"])]), None),
        ("/about/", "About NPW | NPW News", '<h1>About NPW</h1><p>The National Press Wire is an independent, not-for-profit news cooperative founded in 1848. More than half the world\'s population sees NPW journalism every day.</p>', None),
        ("/contact/", "Contact Us | NPW News", '<h1>Contact NPW</h1><p>News tips: tips@npw.example</p><p>Corrections: corrections@npw.example</p><p>Customer support: 1-877-555-0199</p>', None),
        ("/products/", "NPW Licensing and Products", '<h1>Content licensing</h1><p>Text, photos, video and data from NPW journalists in 100 countries. Our newswire feeds power thousands of newsrooms.</p><a href="/contact/">Request a demo</a>', None),
        ("/newsletters/", "Newsletters | NPW News", '<h1>NPW Newsletters</h1><form><input type="email" placeholder="Email address"><button>Subscribe</button></form>', None),
        ("/search/", "Search | NPW News", '<h1>Search</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'),
    ]
    build(s, "en", shell, arts, nons, ["/hub/latest-news/", "/press-release/"], ("/index.rss", "NPW News - Top News"))

# ====================================================================== generic agency sites (3-12)
def agency(n, C):
    """C: lang, org, sep (title separator), nav [(path,text)], foot [(path,text)], cookie, pitch,
    tpl(s, a) -> article inner html, head(s, a) -> head, stories [dict], nons [(path,title,inner)]."""
    s = Site(n)
    nav = '<header class="%s"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav></header>' % (C["hcls"], E(C["org"]), links(C["nav"]))
    foot = ('<footer class="%s"><ul>%s</ul><p>%s</p></footer><div class="cookie-consent" id="cookie-banner"><p>%s</p><button>OK</button></div>') % (
        C["fcls"], links(C["foot"]), E(C["copy"]), E(C["cookie"]))

    def shell(t, inner, head):
        return doc(C["lang"], t, head, nav + '<main>%s</main>' % inner + foot)
    arts = []
    for a in C["stories"]:
        rel = [(b["path"], b["title"]) for b in C["stories"] if b is not a][:2]
        inner = C["tpl"](s, a) + '<aside class="related"><h3>%s</h3>%s</aside>' % (E(C["reltitle"]), ul(rel)) + \
            '<div class="newsletter-box"><p>%s</p><input type="email"><button>OK</button></div>' % E(C["pitch"])
        head = C["head"](s, a)
        mn = [C["pitch"], C["cookie"]] + a.get("mn", [])
        arts.append(dict(path=a["path"], html=shell(a["title"] + C["sep"] + C["org"], inner, head), title=a["title"], date=a["date"], authors=a["authors"], instant=a.get("instant"),
                         iso=a["iso"], must=a.get("must") or [a["paras"][0], a["paras"][-1]], must_not=mn))
    home = '<section class="top"><h2>%s</h2>%s</section>' % (E(C["hometitle"]), ul([(a["path"], a["title"]) for a in C["stories"]]))
    nons = [("/", C["org"] + C["sep"] + C["tagline"], home, '<meta property="og:type" content="website"><meta name="description" content="%s">' % E(C["tagline"]))]
    for p, t, inner in C["nons"]:
        nons.append((p, t + C["sep"] + C["org"], inner, None))
    build(s, C["lang"], shell, arts, nons, [p for p, t, i in C["nons"][:4]], C.get("feed"), C.get("disallow", "/search"))

# ====================================================================== 3 AMP (AFP-like, fr)
def amp():
    def tpl(s, a):
        by = ('<div class="article-author">Par %s</div>' % a["byline"]) if a.get("byline") else ""
        return ('<article class="node node--type-article"><div class="field--name-field-tags"><a href="/fr/tag/%s">%s</a></div><h1 class="page-title">%s</h1>%s'
                '<div class="article-dates"><span class="date-published">Publié le %s</span> • <span class="date-updated">Mis à jour le %s</span></div>'
                '<div class="share-links"><a href="#">Partager</a><a href="#">X</a><a href="#">Facebook</a></div>'
                '<div class="field--name-body">%s<p class="signature">%s</p></div>'
                '<div class="copyright-notice">© Agence Mondiale de Presse. Tous droits de reproduction et de représentation réservés.</div></article>') % (
            a["tag"].lower(), E(a["tag"]), E(a["title"]), by, a["pub"], a["upd"], ps(a["paras"]), E(a["sig"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["paras"][0][:150], "AMP", '<meta property="article:published_time" content="%s">' % a["iso"]) + \
            newsld(s, a["path"], a["title"], a["iso"], a.get("mod"), a.get("ld"), "Agence Mondiale de Presse")
    p1 = ["Paris (AMP) - Des milliers d'agriculteurs ont convergé mercredi vers Paris avec leurs tracteurs pour protester contre l'accord de libre-échange entre l'Union européenne et le Mercosur, qu'ils accusent de les exposer à une concurrence déloyale.",
          "Les premiers convois sont arrivés à l'aube porte de Saint-Cloud, escortés par la police, avant de rejoindre l'esplanade des Invalides où un rassemblement était prévu à la mi-journée.",
          "\"On nous demande de respecter des normes que les éleveurs brésiliens n'ont pas à respecter\", a lancé Philippe Garnier, éleveur de bovins dans l'Allier, au micro de l'AMP.",
          "Le ministre de l'Agriculture a promis de recevoir une délégation dans l'après-midi. Le gouvernement assure qu'il s'opposera à la ratification de l'accord \"en l'état\".",
          "La FNSEA et les Jeunes agriculteurs n'excluent pas de nouvelles actions d'ici au Salon de l'agriculture."]
    p2 = ["Pourquoi le prix du cacao a-t-il triplé en deux ans, et les consommateurs vont-ils le payer en chocolat ? L'AMP fait le point.",
          "La Côte d'Ivoire et le Ghana, qui assurent près de 60 % de la production mondiale, ont subi trois mauvaises récoltes d'affilée, en raison d'une météo capricieuse et d'une maladie virale qui ravage les vergers vieillissants.",
          "Les chocolatiers ont d'abord absorbé la hausse, puis réduit la taille des tablettes. Selon le cabinet NielsenIQ, le prix moyen d'une tablette a augmenté de 14 % en France en un an.",
          "Les analystes s'attendent à une détente à partir de la récolte 2025-2026, mais préviennent que les plantations ne se renouvellent que lentement.",
          shuffled("Les planteurs ivoiriens réclament une hausse du prix garanti au bord du champ, fixé chaque année par le Conseil café-cacao.", 31)]
    p3 = ["Lyon (AMP) - Un incendie s'est déclaré mercredi soir dans un entrepôt de la zone industrielle de Vénissieux, dans la banlieue de Lyon, provoquant un important panache de fumée visible à des kilomètres, ont indiqué les pompiers.",
          "Quelque 120 sapeurs-pompiers ont été mobilisés. Le feu, qui a pris dans un bâtiment de stockage de palettes, était maîtrisé peu avant minuit. Aucune victime n'est à déplorer.",
          "La préfecture a demandé aux habitants des communes voisines de fermer leurs fenêtres par précaution. Des mesures de la qualité de l'air étaient en cours.",
          "Une enquête a été ouverte pour déterminer l'origine du sinistre."]
    S = [dict(path="/fr/actualites/agriculteurs-tracteurs-paris-mercosur", title="Mercosur : les agriculteurs convergent vers Paris en tracteurs", tag="Agriculture", byline="Camille ROUSSEAU", pub="12/03/2025 à 14h32", upd="13/03/2025 à 08h10",
              iso="2025-03-12T14:32:00+01:00", date="2025-03-12", authors=["Camille Rousseau"], paras=p1, sig="cro/jp/dch", ld=P(["Camille ROUSSEAU"])),
         dict(path="/fr/actualites/cacao-prix-chocolat-questions", title="Cacao : pourquoi les prix flambent et ce que cela change pour le chocolat", tag="Économie", byline="Julien MERCIER et Élise FONTAINE, à Abidjan",
              pub="10/03/2025 à 07h05", upd="10/03/2025 à 09h40", iso="2025-03-10T07:05:00+01:00", date="2025-03-10", authors=["Julien Mercier", "Élise Fontaine"], paras=p2, sig="jme-efo/ito/cls", ld=P(["Julien MERCIER", "Élise FONTAINE"])),
         dict(path="/fr/actualites/incendie-entrepot-venissieux", title="Important incendie dans un entrepôt près de Lyon, pas de victime", tag="Faits divers", pub="12/03/2025 à 23h51", upd="13/03/2025 à 00h20",
              iso="2025-03-12T23:51:00+01:00", date="2025-03-12", authors=[], paras=p3, sig="bur-jmt/vk", ld=[{"@type": "Organization", "name": "AMP"}])]
    C = dict(lang="fr", org="AMP", sep=" | ", hcls="header-main", fcls="footer-main", copy="© 2025 Agence Mondiale de Presse", tagline="Agence Mondiale de Presse : l'actualité en continu",
             cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
             pitch="Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre newsletter.", reltitle="À lire aussi", hometitle="À la une",
             nav=[("/fr/le-fil", "Le fil"), ("/fr/photo-du-jour", "Photo du jour"), ("/fr/tag/agriculture", "Agriculture"), ("/fr/factuel", "Factuel"), ("/fr/agenda", "Agenda")],
             foot=[("/fr/qui-sommes-nous", "Qui sommes-nous"), ("/fr/contact", "Contact"), ("/fr/nos-offres", "Nos offres"), ("/fr/mentions-legales", "Mentions légales")],
             tpl=tpl, head=head, stories=S, feed=("/fr/rss", "AMP - Le fil"),
             nons=[("/fr/le-fil", "Le fil info", '<h1>Le fil</h1>' + "".join('<div class="fil-item"><time>%s</time> <a href="%s">%s</a></div>' % (a["pub"][-5:], a["path"], E(a["title"])) for a in S)),
                   ("/fr/photo-du-jour", "La photo du jour", '<h1>La photo du jour</h1><figure><img src="/sites/default/files/photo-du-jour.jpg"><figcaption>Des flamants roses en Camargue, le 11 mars 2025. Photo Nicolas TUCAT / AMP</figcaption></figure><p>Chaque jour, les photographes de l\'AMP choisissent une image.</p>'),
                   ("/fr/tag/agriculture", "Agriculture", '<h1>Agriculture</h1>' + ul([(S[0]["path"], S[0]["title"])])),
                   ("/fr/factuel", "AMP Factuel", '<h1>AMP Factuel</h1><p>Le service de vérification de l\'information de l\'AMP.</p><p>Aucune publication récente.</p>'),
                   ("/fr/agenda", "L'agenda de la semaine", '<h1>Agenda prévisionnel</h1><ul><li>Lundi 17 mars, 10h00 — Paris : conférence de presse du ministre de l\'Agriculture</li><li>Mardi 18 mars — Bruxelles : réunion des ministres des Finances de la zone euro</li><li>Jeudi 20 mars — Francfort : décision de politique monétaire de la BCE</li></ul>'),
                   ("/fr/qui-sommes-nous", "Qui sommes-nous", '<h1>Qui sommes-nous ?</h1><p>Fondée en 1835, l\'Agence Mondiale de Presse est une agence d\'information mondiale, qui fournit une couverture rapide, vérifiée et complète de l\'actualité.</p><p>1.700 collaborateurs de 100 nationalités.</p>'),
                   ("/fr/contact", "Contact", '<h1>Nous contacter</h1><p>Service commercial : commercial@amp.example</p><p>Rédaction en chef : redaction@amp.example</p><form><input><textarea></textarea><button>Envoyer</button></form>'),
                   ("/fr/nos-offres", "Nos offres", '<h1>Nos offres</h1><p>Textes, photos, vidéos, infographies : découvrez les services de l\'AMP pour les médias, les entreprises et les institutions.</p><a href="/fr/contact">Demander un essai gratuit</a>'),
                   ("/fr/mentions-legales", "Mentions légales", '<h1>Mentions légales</h1><p>Éditeur : Agence Mondiale de Presse, 11-15 place de la Bourse, 75002 Paris.</p>'),
                   ("/fr/recherche", "Recherche", '<h1>Recherche</h1><form><input name="keys"></form>')],
             disallow="/fr/recherche")
    agency(3, C)


# ====================================================================== 4 dnd (dpa-like, de)
def dnd():
    def tpl(s, a):
        by = ('<p class="article__author">Von %s, dnd</p>' % E(a["byline"])) if a.get("byline") else ""
        return ('<article class="article"><div class="article__kicker">%s</div><h1 class="article__headline">%s</h1><p class="article__teaser"><strong>%s</strong></p>%s'
                '<div class="article__meta"><time datetime="%s">%s</time>%s</div>'
                '<div class="article__body">%s</div><div class="article__copyright">© dnd-infocom, dnd:250312-99-123456/3</div></article>') % (
            E(a["kicker"]), E(a["title"]), E(a["teaser"]), by, a["iso"], a["shown"], ('<span class="article__updated">Aktualisiert: %s</span>' % a["upd"]) if a.get("upd") else "", ps(a["paras"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["teaser"], "dnd", '<meta name="date" content="%s">' % a["iso"]) + \
            (newsld(s, a["path"], a["title"], a["iso"], None, a.get("ld"), "Deutscher Nachrichtendienst") if a.get("withld") else "")
    d1 = ["BERLIN (dnd) - Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihre Mitglieder im Güterverkehr der Deutschen Bahn zu einem 30-stündigen Warnstreik aufgerufen.",
          "Der Ausstand soll am Donnerstagabend um 18.00 Uhr beginnen, im Personenverkehr am Freitag um 2.00 Uhr. Die Bahn rechnet mit massiven Ausfällen im Fern- und Regionalverkehr.",
          "GDL-Chef Mario Reiß warf dem Konzern vor, in den Tarifverhandlungen kein verhandlungsfähiges Angebot vorgelegt zu haben. Die Bahn nannte den Streik \"völlig überzogen\".",
          "Fahrgäste, die ihre Reise wegen des Streiks verschieben wollen, können ihr Ticket nach Angaben der Bahn flexibel nutzen."]
    d2 = ["Ab Juli steigen die Renten in Deutschland um 3,7 Prozent. Was bedeutet das für Rentnerinnen und Rentner? Fragen und Antworten.",
          "Wie viel mehr gibt es? Wer bislang 1.000 Euro Rente im Monat erhält, bekommt ab Juli 37 Euro mehr. Der Wert eines Rentenpunkts steigt auf 40,79 Euro.",
          "Warum fällt die Erhöhung so aus? Die Renten folgen der Lohnentwicklung des Vorjahres. Die Löhne sind 2024 kräftig gestiegen, auch wegen hoher Tarifabschlüsse.",
          "Müssen Rentner mehr Steuern zahlen? Möglicherweise. Durch die Erhöhung rutschen nach Schätzungen des Finanzministeriums rund 100.000 Rentner erstmals in die Steuerpflicht.",
          "Was sagen die Sozialverbände? Der VdK begrüßte die Erhöhung, forderte aber eine dauerhafte Absicherung des Rentenniveaus von 48 Prozent."]
    d3 = ["HAMBURG (dnd) - Auf den ersten Blick sind die Zahlen gut: Der Hamburger Hafen hat 2024 wieder mehr Container umgeschlagen. Doch der Abstand zu Rotterdam und Antwerpen wächst weiter.",
          "Mit 7,8 Millionen Standardcontainern lag der Umschlag ein Prozent über dem Vorjahr. Rotterdam kam auf 13,8 Millionen, Antwerpen-Brügge auf 13,5 Millionen.",
          "Die Reederei MSC, seit vergangenem Jahr an der Hafengesellschaft HHLA beteiligt, soll bis 2031 mehr Ladung nach Hamburg bringen. Ob das reicht, ist unter Experten umstritten.",
          "Der Hafenexperte Jan Ninnemann von der Hamburg School of Business Administration sagt: \"Hamburg muss vor allem bei Digitalisierung und Hinterlandanbindung schneller werden.\""]
    S = [dict(path="/meldung/gdl-warnstreik-gueterverkehr-bahn-250312-99-00421", kicker="Bahn", title="GDL ruft zu 30-stündigem Warnstreik bei der Bahn auf", teaser="Pendler müssen sich auf Ausfälle einstellen.",
              shown="12.03.2025, 14:32 Uhr", upd="12.03.2025, 16:05 Uhr", iso="2025-03-12T14:32:00+01:00", date="2025-03-12", authors=[], paras=d1, withld=True, ld=[{"@type": "Organization", "name": "dnd"}]),
         dict(path="/meldung/rentenerhoehung-juli-fragen-antworten-250311-99-00877", kicker="Fragen & Antworten", title="Renten steigen um 3,7 Prozent - was das bedeutet", teaser="Die Rentenanpassung steht fest.",
              byline="Lena Hoffmann und Felix Brandt", shown="11.03.2025, 10:15 Uhr", iso="2025-03-11T10:15:00+01:00", date="2025-03-11", authors=["Lena Hoffmann", "Felix Brandt"], paras=d2),
         dict(path="/meldung/analyse-hamburger-hafen-rotterdam-250310-99-00310", kicker="Analyse", title="Hamburgs Hafen wächst - aber langsamer als die Konkurrenz", teaser="Mehr Container, weniger Marktanteil.",
              byline="Sabine Roth", shown="10.03.2025, 06:00 Uhr", iso="2025-03-10T06:00:00+01:00", date="2025-03-10", authors=["Sabine Roth"], paras=d3, withld=True, ld=P(["Sabine Roth"]))]
    ots = ('<article class="ots"><div class="ots__label">Pressemitteilung</div><h1>Stadtwerke Nordheide investieren 40 Millionen Euro in Wärmenetz</h1><p class="ots__meta">12.03.2025 – 11:00 | Stadtwerke Nordheide GmbH</p>'
           '<p>Buchholz (ots) - Die Stadtwerke Nordheide bauen ihr Fernwärmenetz in den kommenden fünf Jahren aus und investieren dafür 40 Millionen Euro.</p>'
           '<p>Pressekontakt: Stadtwerke Nordheide GmbH, presse@sw-nordheide.example</p><p class="ots__disclaimer">Original-Content von: Stadtwerke Nordheide GmbH, übermittelt durch news aktuell. Für den Inhalt der Mitteilung ist allein der Herausgeber verantwortlich.</p></article>')
    C = dict(lang="de", org="dnd", sep=" | ", hcls="site-header", fcls="site-footer", copy="© 2025 Deutscher Nachrichtendienst GmbH", tagline="Nachrichten aus Deutschland und der Welt",
             cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren",
             pitch="Der dnd-Newsletter: Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.", reltitle="Mehr zum Thema", hometitle="Top-Themen",
             nav=[("/alle-meldungen", "Alle Meldungen"), ("/thema/bahnstreik", "Bahnstreik"), ("/boerse", "Börse"), ("/bild-des-tages", "Bild des Tages"), ("/presseportal", "Pressemitteilungen")],
             foot=[("/ueber-uns", "Über uns"), ("/kontakt", "Kontakt"), ("/produkte", "Produkte"), ("/impressum", "Impressum")],
             tpl=tpl, head=head, stories=S, feed=("/rss", "dnd Nachrichten"),
             nons=[("/alle-meldungen", "Alle Meldungen", '<h1>Alle Meldungen</h1>' + "".join('<div class="teaser"><span>%s</span> <a href="%s">%s</a></div>' % (a["shown"], a["path"], E(a["title"])) for a in S)),
                   ("/thema/bahnstreik", "Thema: Bahnstreik", '<h1>Bahnstreik</h1><p>Alle Nachrichten zum Tarifkonflikt zwischen GDL und Deutscher Bahn.</p>' + ul([(S[0]["path"], S[0]["title"])])),
                   ("/boerse", "Börse: DAX, Aktienkurse, Devisen", '<h1>Börse</h1><table><tr><th>Index</th><th>Stand</th><th>%</th></tr><tr><td>DAX</td><td>22.614,50</td><td>-0,61</td></tr><tr><td>MDAX</td><td>27.981,12</td><td>-0,33</td></tr><tr><td>Euro/Dollar</td><td>1,0891</td><td>+0,12</td></tr></table><p>Kurse verzögert. Quelle: dnd-AFX</p>'),
                   ("/bild-des-tages", "Bild des Tages", '<h1>Bild des Tages</h1><figure><img src="/img/bild-des-tages.jpg"><figcaption>Kraniche rasten auf einem Feld bei Linum (Brandenburg). Foto: Patrick Pleul/dnd</figcaption></figure>'),
                   ("/presseportal", "Pressemitteilungen", '<h1>Pressemitteilungen</h1><p>Hier veröffentlichen Unternehmen und Organisationen ihre Mitteilungen über news aktuell.</p>' + ul([("/presseportal/stadtwerke-nordheide-waermenetz", "Stadtwerke Nordheide investieren 40 Millionen Euro in Wärmenetz")])),
                   ("/presseportal/stadtwerke-nordheide-waermenetz", "Stadtwerke Nordheide investieren 40 Millionen Euro in Wärmenetz", ots),
                   ("/ueber-uns", "Über uns", '<h1>Über uns</h1><p>Der Deutsche Nachrichtendienst ist die größte Nachrichtenagentur Deutschlands. Rund 1.000 Journalistinnen und Journalisten berichten aus mehr als 100 Ländern.</p>'),
                   ("/kontakt", "Kontakt", '<h1>Kontakt</h1><p>Zentrale: Mittelweg 38, 20148 Hamburg, Telefon 040 4113-0</p><p>Vertrieb: vertrieb@dnd.example</p>'),
                   ("/produkte", "Produkte und Services", '<h1>Produkte</h1><ul><li>dnd-Basisdienst</li><li>dnd-Landesdienste</li><li>dnd-Bilderdienst</li><li>dnd-AFX Wirtschaftsnachrichten</li></ul>'),
                   ("/impressum", "Impressum", '<h1>Impressum</h1><p>Deutscher Nachrichtendienst GmbH, Geschäftsführung: Peter Kropsch. Registergericht Hamburg HRB 12345.</p>'),
                   ("/suche", "Suche", '<h1>Suche</h1><form><input name="q"></form>')],
             disallow="/suche")
    agency(4, C)

# ====================================================================== 5 東邦通信 (Kyodo-like, ja)
def toho():
    def tpl(s, a):
        by = '<p class="article-author">%s</p>' % E(a["byline"]) if a.get("byline") else ""
        return ('<div class="article-wrap"><p class="article-category">%s</p><h1 class="article-title">%s</h1><p class="article-date">%s</p>%s'
                '<div class="sns-share"><a>ポスト</a><a>シェア</a><a>LINE</a></div><div class="article-body">%s</div></div>') % (
            E(a["cat"]), E(a["title"]), a["shown"], by, ps(a["paras"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["paras"][0][:80], "東邦通信", '<meta property="article:published_time" content="%s">' % a["iso"])
    j1 = ["【東京東邦】政府は12日、中小企業の賃上げを後押しするため、賃上げ促進税制の控除率を引き上げる方針を固めた。来年度の税制改正で具体策を詰める。",
          "複数の政府関係者が明らかにした。従業員の給与総額を前年度より3％以上増やした中小企業を対象に、法人税から差し引ける控除の割合を最大で45％に拡大する案が軸となる。",
          "春闘では大企業を中心に高水準の賃上げ回答が相次いだが、中小企業への波及は道半ばとされる。政府は価格転嫁の促進策と合わせ、賃上げの流れを定着させたい考えだ。",
          "一方、赤字の中小企業は税制の恩恵を受けにくいとの指摘もあり、補助金との組み合わせも検討する。"]
    j2 = ["日銀が利上げ路線を続けるかどうかが、今月の金融政策決定会合の焦点となっている。市場では据え置きの見方が優勢だが、物価の上振れが続けば判断が前倒しされる可能性もある。",
          "消費者物価指数は生鮮食品を除く総合で前年同月比3％台の上昇が続く。コメなど食料品の値上がりが家計を圧迫しており、日銀内でも物価の先行きへの警戒感が強まっている。",
          "ただ、米国の関税政策を巡る不透明感は根強い。輸出企業の業績が下振れすれば、賃上げの勢いがそがれかねない。",
          "植田和男総裁は「経済・物価の見通しが実現していけば、引き続き政策金利を引き上げる」との姿勢を崩していない。会合の結果は19日に公表される。"]
    j3 = ["【大阪東邦】大阪・関西万博の開幕まで1カ月となった13日、会場の夢洲で報道陣向けの内覧会が開かれ、海外パビリオンの一部が初めて公開された。",
          "公開されたのは欧州やアジアの8カ国のパビリオン。映像や展示の最終調整が続く中、各国の担当者が見どころを説明した。",
          "一方、建設が遅れている海外パビリオンもあり、日本国際博覧会協会は開幕に間に合うよう支援を続けるとしている。",
          shuffled("協会によると、前売り入場券の販売枚数は目標の1400万枚に対し、約800万枚にとどまっている。", 5, chunk=4)]
    S = [dict(path="/news/2025/03/a1f3c9e2b7d4.html", cat="政治", title="中小の賃上げ税制、控除率拡大へ　政府、来年度改正で", shown="2025年03月12日 14時32分", iso="2025-03-12T14:32:00+09:00", date="2025-03-12", authors=[], paras=j1),
         dict(path="/news/2025/03/5e0d7a61c2f8.html", cat="解説", title="日銀、利上げ判断に難しさ　物価高と関税リスク", shown="2025年03月14日 06時00分", byline="東邦通信経済部　佐藤健一", iso="2025-03-14T06:00:00+09:00", date="2025-03-14", authors=["佐藤健一"], paras=j2),
         dict(path="/news/2025/03/c84b19e0f5a3.html", cat="社会", title="万博開幕まで1カ月、海外パビリオン公開", shown="2025年03月13日 08時15分", iso="2025-03-13T08:15:00+09:00", date="2025-03-13", authors=[], paras=j3)]
    C = dict(lang="ja", org="東邦通信", sep=" | ", hcls="l-header", fcls="l-footer", copy="© 東邦通信社", tagline="東邦通信ニュース",
             cookie="当サイトではクッキーを使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したことになります。",
             pitch="東邦通信のニュースレター「けさの一本」を毎朝お届けします。登録はこちら", reltitle="関連記事", hometitle="主要ニュース",
             nav=[("/sokuho/", "速報"), ("/ranking/", "ランキング"), ("/photo/", "写真ニュース"), ("/tokushu/banpaku/", "特集：大阪万博")],
             foot=[("/company/", "会社案内"), ("/contact/", "お問い合わせ"), ("/service/", "加盟社・契約社向けサービス"), ("/privacy/", "プライバシーポリシー")],
             tpl=tpl, head=head, stories=S, feed=("/rss/all.xml", "東邦通信 全ニュース"),
             nons=[("/sokuho/", "速報ニュース一覧", '<h1>速報</h1>' + "".join('<div class="sokuho-item"><span class="time">%s</span><a href="%s">%s</a></div>' % (a["shown"][-6:], a["path"], E(a["title"])) for a in S)),
                   ("/ranking/", "アクセスランキング", '<h1>ランキング</h1><ol>%s</ol>' % links([(a["path"], a["title"]) for a in S])),
                   ("/photo/", "写真ニュース", '<h1>写真ニュース</h1><figure><img src="/photo/0312.jpg"><figcaption>満開となった河津桜＝12日午前、静岡県河津町（東邦通信ヘリから）</figcaption></figure><figure><img src="/photo/0312b.jpg"><figcaption>報道陣に公開された万博会場＝13日、大阪市</figcaption></figure>'),
                   ("/tokushu/banpaku/", "特集：大阪・関西万博", '<h1>大阪・関西万博</h1><p>2025年4月13日開幕。最新ニュースをまとめてお伝えします。</p>' + ul([(S[2]["path"], S[2]["title"])])),
                   ("/company/", "会社案内", '<h1>会社案内</h1><p>東邦通信社は、全国の新聞社、放送局が加盟する一般社団法人の通信社です。国内外に取材網を持ち、ニュースを配信しています。</p><table><tr><th>設立</th><td>1945年11月1日</td></tr><tr><th>従業員数</th><td>約1600人</td></tr></table>'),
                   ("/contact/", "お問い合わせ", '<h1>お問い合わせ</h1><p>記事・写真の利用に関するお問い合わせは、下記フォームからお願いします。</p><form><input><textarea></textarea><button>送信</button></form>'),
                   ("/service/", "加盟社・契約社向けサービス", '<h1>サービス</h1><ul><li>ニュース配信</li><li>写真・動画配信</li><li>英文ニュース</li><li>データベース</li></ul>'),
                   ("/privacy/", "プライバシーポリシー", '<h1>プライバシーポリシー</h1><p>東邦通信社は個人情報を適切に取り扱います。</p>'),
                   ("/search/", "検索", '<h1>検索</h1><form><input name="q"></form>')])
    agency(5, C)


# ====================================================================== 6 한빛통신 (Yonhap-like, ko)
def hanbit():
    def tpl(s, a):
        return ('<div class="content03"><div class="title-article01"><h1 class="tit">%s</h1><p class="update-time" data-published-time="%s">송고시간%s</p></div>'
                '<div class="writer-zone01"><strong class="tit-name"><a href="/reporter/%s">%s</a></strong></div>'
                '<div class="share-zone"><button>공유</button><button>댓글</button><button>글자크기</button><button>인쇄</button></div>'
                '<article class="story-news article">%s<p class="txt-copyright adrs">%s<br>&lt;저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></article></div>') % (
            E(a["title"]), a["iso"], a["shown"], a["rep"], E(" ".join(x + " 기자" for x in a["authors"])), ps(a["paras"]), E(a["email"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["paras"][0][:100], "한빛통신", '<meta property="article:published_time" content="%s"><meta name="byline" content="%s">' % (a["iso"], E(a["authors"][0])))
    k1 = ["(서울=한빛통신) 김민수 기자 = 서울 아파트값이 6주 연속 상승 폭을 키우며 7년 만에 최대 상승률을 기록했다.",
          "한국부동산원이 13일 발표한 3월 둘째 주 주간 아파트 가격 동향에 따르면 서울 아파트값은 지난주보다 0.25% 올랐다.",
          "토지거래허가구역 해제 이후 강남·서초·송파구를 중심으로 매수세가 몰린 영향으로 풀이된다. 송파구는 0.72% 올라 상승률이 가장 높았다.",
          "전문가들은 금리 인하 기대감까지 겹치면서 당분간 오름세가 이어질 수 있다고 내다봤다.",
          "minsu@hanbit.example"]
    k2 = ["(세종=한빛통신) 박지영 이준호 기자 = 정부가 올해 첫 추가경정예산안을 12조원 규모로 편성하기로 했다.",
          "기획재정부는 12일 이런 내용의 추경 편성 방향을 발표하고 이달 중 국회에 제출하겠다고 밝혔다.",
          "추경은 산불 피해 복구와 통상 대응, 민생 지원에 중점을 뒀다. 소상공인 전기요금 지원과 지역화폐 발행 확대도 포함됐다.",
          "야당은 규모가 너무 작다며 30조원 이상으로 늘려야 한다고 주장하고 있어 국회 심사 과정에서 진통이 예상된다."]
    k3 = ["(워싱턴=한빛통신) 정해진 특파원 = 미국 정부가 한국산 철강과 알루미늄에 대한 관세 면제를 연장하지 않기로 한 것으로 알려졌다.",
          "미 상무부 관계자는 11일(현지시간) 기자들과 만나 모든 국가에 예외 없이 25% 관세를 부과한다는 방침에 변함이 없다고 말했다.",
          "한국 정부는 통상교섭본부장을 워싱턴에 보내 협의를 이어갈 계획이다.",
          "업계에서는 대미 철강 수출이 연간 10억 달러가량 줄어들 수 있다는 우려가 나온다."]
    S = [dict(path="/view/AKR20250313071200003", title="서울 아파트값 6주째 상승폭 확대…7년 만에 최대", shown="2025-03-13 14:00", iso="2025-03-13T14:00:00+09:00", date="2025-03-13", authors=["김민수"], rep="minsu", email="minsu@hanbit.example", paras=k1[:4] + [k1[4]],
              must=[k1[0], k1[3]]),
         dict(path="/view/AKR20250312055151002", title="정부, 12조원 규모 추경 편성…산불·통상·민생 지원", shown="2025-03-12 10:30", iso="2025-03-12T10:30:00+09:00", date="2025-03-12", authors=["박지영", "이준호"], rep="jypark", email="jypark@hanbit.example", paras=k2),
         dict(path="/view/AKR20250312001400071", title="美, 한국산 철강 관세 면제 연장 안 해", shown="2025-03-12 07:05", iso="2025-03-12T07:05:00+09:00", date="2025-03-12", authors=["정해진"], rep="hjjung", email="hjjung@hanbit.example", paras=k3)]
    S[0]["paras"] = k1[:4]
    pr = '<article class="press-release"><p class="label">보도자료</p><h1>청정에너지, 충남 당진에 수소충전소 3곳 개소</h1><p>송고시간2025-03-12 09:00</p><p>청정에너지(대표 이상훈)는 충남 당진시에 수소충전소 3곳을 열었다고 12일 밝혔다.</p><p class="notice">※ 이 보도자료는 해당 기업에서 제공한 것으로, 한빛통신은 내용에 대해 보증하지 않습니다.</p></article>'
    C = dict(lang="ko", org="한빛통신", sep=" | ", hcls="header-wrap", fcls="footer-wrap", copy="Copyright (c) 한빛통신. All rights reserved.", tagline="빠르고 정확한 뉴스",
             cookie="한빛통신은 서비스 개선을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
             pitch="한빛통신 뉴스레터를 구독하고 아침마다 주요 뉴스를 받아보세요", reltitle="관련 뉴스", hometitle="주요뉴스",
             nav=[("/news/", "최신기사"), ("/photo/", "포토"), ("/issue/tariff/", "이슈: 美관세"), ("/market/", "증시"), ("/pr/", "보도자료")],
             foot=[("/about/", "회사소개"), ("/help/", "고객센터"), ("/products/", "뉴스 서비스 안내"), ("/reporter/minsu", "기자 페이지")],
             tpl=tpl, head=head, stories=S, feed=("/rss/news.xml", "한빛통신 최신기사"),
             nons=[("/news/", "최신기사", '<h1>최신기사</h1>' + "".join('<li><a href="%s">%s</a><span class="txt-time">%s</span></li>' % (a["path"], E(a["title"]), a["shown"][5:]) for a in S)),
                   ("/photo/", "오늘의 사진", '<h1>포토</h1><figure><img src="/photo/1.jpg"><figcaption>(서울=한빛통신) 봄비가 내린 12일 오전 서울 종로구 광화문광장에서 시민들이 우산을 쓰고 걸어가고 있다. 2025.3.12</figcaption></figure>'),
                   ("/issue/tariff/", "이슈: 美 관세 전쟁", '<h1>美 관세 전쟁</h1>' + ul([(S[2]["path"], S[2]["title"])])),
                   ("/market/", "증시 시세", '<h1>증시</h1><table><tr><td>코스피</td><td>2,574.82</td><td>▲0.5%</td></tr><tr><td>코스닥</td><td>727.31</td><td>▼0.2%</td></tr><tr><td>원/달러</td><td>1,452.1</td></tr></table>'),
                   ("/pr/", "보도자료", '<h1>보도자료</h1>' + ul([("/pr/AKR20250312PR00123", "청정에너지, 충남 당진에 수소충전소 3곳 개소")])),
                   ("/pr/AKR20250312PR00123", "청정에너지, 충남 당진에 수소충전소 3곳 개소", pr),
                   ("/about/", "회사소개", '<h1>회사소개</h1><p>한빛통신은 국가기간뉴스통신사로서 국내외 뉴스를 언론사와 기관에 공급합니다.</p>'),
                   ("/help/", "고객센터", '<h1>고객센터</h1><p>전화 02-398-3114 / 이메일 help@hanbit.example</p><p>기사 제보, 정정 보도 요청은 아래 양식을 이용해 주세요.</p>'),
                   ("/products/", "뉴스 서비스 안내", '<h1>뉴스 서비스</h1><p>텍스트, 사진, 영상, 그래픽 뉴스를 언론사와 기업에 제공합니다.</p>'),
                   ("/reporter/minsu", "김민수 기자", '<h1>김민수 기자</h1><p>경제부 부동산 담당</p>' + ul([(S[0]["path"], S[0]["title"])])),
                   ("/search/", "검색", '<h1>검색</h1><form><input name="query"></form>')])
    agency(6, C)

# ====================================================================== 7 华夏社 (Xinhua-like, zh)
def huaxia():
    def tpl(s, a):
        return ('<div class="header-cont"><div class="head-line"><h1><span class="title">%s</span></h1></div>'
                '<div class="header-time left"><span class="year"><em>%s</em></span><span class="day">%s</span><span class="time">%s</span></div><div class="source">来源：华夏网</div></div>'
                '<div class="main-left"><div id="detail"><span id="detailContent">%s</span></div><div class="editor">【责任编辑:%s】</div>'
                '<div class="jiucuo"><a href="/jiucuo/">【纠错】</a></div></div>') % (
            E(a["title"]), a["iso"][:4], a["iso"][5:10].replace("-", "/"), a["iso"][11:19], ps(a["paras"]), E(a["editor"]))

    def head(s, a):
        return '<meta name="keywords" content="%s"><meta name="description" content="%s"><meta name="publishdate" content="%s"><meta name="source" content="华夏网">' % (E(a["kw"]), E(a["paras"][0][:80]), a["iso"][:10])
    z1 = ["华夏社北京3月12日电（记者张伟、李娜）国家统计局12日发布数据显示，2月份全国居民消费价格指数同比下降0.7%，环比下降0.2%。",
          "国家统计局城市司首席统计师表示，受春节错月等因素影响，2月份居民消费价格指数有所下降。扣除春节错月因素，2月份居民消费价格指数同比上涨0.1%。",
          "从环比看，食品价格下降0.5%，其中鲜菜和猪肉价格均有所回落；非食品价格下降0.1%，主要是节后出行需求减少，飞机票和旅游价格下降。",
          "同日发布的数据显示，2月份全国工业生产者出厂价格同比下降2.2%，降幅比上月扩大0.1个百分点。"]
    z2 = ["华夏社上海3月11日电（记者赵敏）记者11日从上海市交通委获悉，上海地铁18号线二期工程当日开工建设，预计2029年建成通车。",
          "据介绍，18号线二期工程全长约15公里，设站10座，建成后将与一期工程贯通运营，进一步完善浦东新区的轨道交通网络。",
          "上海市交通委有关负责人表示，今年上海将推进多条轨道交通线路建设，全年计划完成投资超过500亿元。",
          "截至目前，上海轨道交通运营里程已超过890公里，居全国城市前列。"]
    z3 = ["华夏社广州3月13日电（记者刘洋 陈晓）广东省气象台13日发布暴雨黄色预警，预计13日至14日粤北、珠三角部分地区将出现大到暴雨，局部大暴雨。",
          "广东省防汛防旱防风总指挥部当日启动防汛四级应急响应，要求各地加强对中小河流、山塘水库和城市内涝的巡查防守。",
          "气象部门提醒，今年汛期可能提前，公众应注意防范强降雨可能引发的山洪、地质灾害。",
          "广州市教育局通知，受强降雨影响较大地区的中小学校可视情况调整上课时间。"]
    S = [dict(path="/fortune/2025-03/12/c_1131142376.htm", title="国家统计局：2月份CPI同比下降0.7%", iso="2025-03-12 09:32:10", date="2025-03-12", authors=["张伟", "李娜"], paras=z1, editor="王芳", kw="CPI,国家统计局,物价"),
         dict(path="/local/2025-03/11/c_1131141012.htm", title="上海地铁18号线二期开工建设", iso="2025-03-11 16:05:45", date="2025-03-11", authors=["赵敏"], paras=z2, editor="孙磊", kw="上海,地铁"),
         dict(path="/politics/2025-03/13/c_1131143500.htm", title="广东发布暴雨黄色预警 启动防汛四级应急响应", iso="2025-03-13 11:20:03", date="2025-03-13", authors=["刘洋", "陈晓"], paras=z3, editor="王芳", kw="广东,暴雨,防汛")]
    for a in S:
        a["rss_iso"] = a["iso"].replace(" ", "T") + "+08:00"
    C = dict(lang="zh-CN", org="华夏网", sep="-", hcls="nav-top", fcls="foot", copy="Copyright © 2000-2025 HUAXIANET.com All Rights Reserved.", tagline="华夏网_让新闻离你更近",
             cookie="本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意。",
             pitch="扫码下载华夏社客户端，随时随地看新闻", reltitle="相关新闻", hometitle="要闻",
             nav=[("/gundong/", "滚动"), ("/photo/", "图片"), ("/zhuanti/lianghui/", "专题：全国两会"), ("/fortune/hangqing/", "行情")],
             foot=[("/about/", "关于我们"), ("/contact/", "联系我们"), ("/product/", "产品服务"), ("/jiucuo/", "纠错")],
             tpl=tpl, head=head, stories=S,
             nons=[("/gundong/", "滚动新闻", '<h1>滚动新闻</h1>' + "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (a["path"], E(a["title"]), a["iso"][5:16]) for a in S)),
                   ("/photo/", "每日一图", '<h1>每日一图</h1><figure><img src="/photo/20250312.jpg"><figcaption>3月12日，游客在江西婺源的油菜花田间游览。华夏社记者 周密 摄</figcaption></figure>'),
                   ("/zhuanti/lianghui/", "专题：2025全国两会", '<h1>2025全国两会</h1>' + ul([(a["path"], a["title"]) for a in S[:2]])),
                   ("/fortune/hangqing/", "行情中心", '<h1>行情</h1><table><tr><td>上证指数</td><td>3371.92</td><td>+0.41%</td></tr><tr><td>深证成指</td><td>10847.25</td><td>-0.12%</td></tr></table>'),
                   ("/about/", "关于我们", '<h1>关于我们</h1><p>华夏网是华夏社主办的综合性新闻网站。</p>'),
                   ("/contact/", "联系我们", '<h1>联系我们</h1><p>地址：北京市宣武门西大街57号 电话：010-63070000</p>'),
                   ("/product/", "产品服务", '<h1>产品服务</h1><p>华夏社全媒体供稿服务：文字、图片、视频、数据。</p>'),
                   ("/jiucuo/", "纠错", '<h1>纠错</h1><p>欢迎读者对本网稿件中的错误进行指正。</p><form><textarea></textarea><button>提交</button></form>'),
                   ("/search/", "搜索", '<h1>搜索</h1><form><input name="keyword"></form>')])
    for a in S:
        a["iso"] = a["rss_iso"]
    agency(7, C)


# ====================================================================== 8 AGIS (ANSA-like, it)
def agis():
    def tpl(s, a):
        by = '<div class="news-author">di %s</div>' % E(a["byline"]) if a.get("byline") else ""
        return ('<article class="news-article"><div class="news-kicker">%s</div><h1 class="news-title">%s</h1><h2 class="news-stit">%s</h2>%s'
                '<div class="news-date"><time datetime="%s">%s</time></div><div class="share-bar"><a>Facebook</a><a>X</a><a>WhatsApp</a></div>'
                '<div class="news-txt">%s</div><div class="news-copy">Riproduzione riservata © Copyright AGIS</div></article>') % (
            E(a["kicker"]), E(a["title"]), E(a["stit"]), by, a["iso"], a["shown"], ps(a["paras"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["stit"], "Agenzia AGIS", '<meta property="article:published_time" content="%s">' % a["iso"]) + \
            newsld(s, a["path"], a["title"], a["iso"], None, P(a["authors"]) if a["authors"] else {"@type": "Organization", "name": "AGIS"}, "AGIS")
    i1 = ["ROMA, 12 MAR - Il Consiglio dei ministri ha approvato un decreto legge che stanzia 1,2 miliardi di euro per la ricostruzione delle zone colpite dall'alluvione in Emilia-Romagna e Toscana.",
          "Le risorse, ha spiegato il ministro per la Protezione civile, serviranno soprattutto per la messa in sicurezza degli argini e per i rimborsi a famiglie e imprese.",
          "I presidenti delle due regioni hanno accolto con favore il provvedimento, chiedendo però tempi più rapidi per l'erogazione dei fondi.",
          "Il decreto sarà ora trasmesso alle Camere per la conversione in legge. (AGIS)."]
    i2 = ["Nei piccoli comuni dell'Appennino le scuole chiudono una dopo l'altra. Negli ultimi dieci anni, secondo i dati del ministero dell'Istruzione, ne sono sparite oltre 400.",
          "A Castel del Monte, in Abruzzo, la primaria è rimasta aperta grazie a una pluriclasse di sette bambini. \"Se chiudiamo la scuola, chiudiamo il paese\", dice la sindaca.",
          "Le regioni chiedono deroghe ai parametri nazionali sul numero minimo di alunni, mentre alcuni comuni offrono case a canone simbolico alle famiglie con figli.",
          "Ma senza lavoro e servizi, avvertono i demografi, gli incentivi rischiano di non bastare a invertire la tendenza."]
    i3 = ["MILANO, 11 MAR - Piazza Affari chiude in calo, appesantita dai titoli bancari dopo le indiscrezioni su una nuova tassa sugli extraprofitti. Il Ftse Mib ha perso l'1,3% a 38.210 punti.",
          "Tra i peggiori Unicredit e Intesa Sanpaolo, scese di oltre il 3%. In controtendenza i titoli della difesa, con Leonardo in rialzo del 4%.",
          "Lo spread tra Btp e Bund si è allargato a 112 punti base. In calo anche il petrolio, con il Brent a 69 dollari al barile.",
          "Gli operatori attendono ora i dati sull'inflazione americana, in arrivo mercoledì."]
    S = [dict(path="/sito/notizie/politica/2025/03/12/alluvione-cdm-approva-dl-12-miliardi_4f8a2c1d.html", kicker="Politica", title="Alluvione, il Cdm approva un decreto da 1,2 miliardi", stit="Fondi per argini e rimborsi a famiglie e imprese",
              shown="12 marzo 2025, 14:32", iso="2025-03-12T14:32:00+01:00", date="2025-03-12", authors=[], paras=i1),
         dict(path="/sito/notizie/cronaca/2025/03/10/appennino-scuole-chiudono_a91c3e77.html", kicker="Il punto", title="Appennino, le scuole che chiudono e i paesi che si svuotano", stit="Oltre 400 plessi spariti in dieci anni",
              byline="Francesca Galli", shown="10 marzo 2025, 09:00", iso="2025-03-10T09:00:00+01:00", date="2025-03-10", authors=["Francesca Galli"], paras=i2),
         dict(path="/sito/notizie/economia/2025/03/11/borsa-milano-chiude-in-calo-banche_77b2e0f1.html", kicker="Borsa", title="Borsa: Milano chiude in calo, pesano le banche", stit="Spread a 112 punti",
              byline="Luca Marchetti", shown="11 marzo 2025, 17:45", iso="2025-03-11T17:45:00+01:00", date="2025-03-11", authors=["Luca Marchetti"], paras=i3)]
    cs = ('<article class="comunicato"><div class="news-kicker">Comunicati stampa</div><h1>Tecnoverde presenta il nuovo impianto fotovoltaico di Foggia</h1><div class="news-date">12 marzo 2025, 11:00</div>'
          '<p>Tecnoverde S.p.A. annuncia l\'entrata in esercizio del nuovo impianto fotovoltaico da 48 MW in provincia di Foggia.</p>'
          '<p class="disclaimer">Responsabilità editoriale di Tecnoverde S.p.A. Il contenuto è fornito dall\'azienda e non è prodotto dalla redazione AGIS.</p></article>')
    C = dict(lang="it", org="Agenzia AGIS", sep=" - ", hcls="header", fcls="footer", copy="© Copyright AGIS - P.IVA 00876481003", tagline="Le notizie di oggi in tempo reale",
             cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Accetta e chiudi",
             pitch="Iscriviti alla newsletter AGIS: il meglio delle notizie ogni mattina", reltitle="Leggi anche", hometitle="Primo piano",
             nav=[("/sito/ultima_ora/", "Ultima ora"), ("/sito/foto/foto_del_giorno/", "Foto del giorno"), ("/sito/tema/alluvione/", "Alluvione"), ("/sito/borsa/", "Borsa"), ("/sito/comunicati/", "Comunicati stampa")],
             foot=[("/sito/chi_siamo/", "Chi siamo"), ("/sito/contatti/", "Contatti"), ("/sito/prodotti/", "Prodotti e servizi"), ("/sito/note_legali/", "Note legali")],
             tpl=tpl, head=head, stories=S, feed=("/sito/rss.xml", "AGIS - Ultima ora"),
             nons=[("/sito/ultima_ora/", "Ultima ora", '<h1>Ultima ora</h1>' + "".join('<div class="news"><span class="news-time">%s</span><a href="%s">%s</a></div>' % (a["shown"][-5:], a["path"], E(a["title"])) for a in S)),
                   ("/sito/foto/foto_del_giorno/", "La foto del giorno", '<h1>La foto del giorno</h1><figure><img src="/foto/0312.jpg"><figcaption>Mandorli in fiore nella Valle dei Templi ad Agrigento. AGIS/Franco Lannino</figcaption></figure>'),
                   ("/sito/tema/alluvione/", "Tema: Alluvione", '<h1>Alluvione</h1>' + ul([(S[0]["path"], S[0]["title"])])),
                   ("/sito/borsa/", "Borsa e mercati", '<h1>Mercati</h1><table><tr><td>FTSE MIB</td><td>38.210</td><td>-1,30%</td></tr><tr><td>Spread Btp-Bund</td><td>112</td></tr></table>'),
                   ("/sito/comunicati/", "Comunicati stampa", '<h1>Comunicati stampa</h1>' + ul([("/sito/comunicati/2025/03/12/tecnoverde-impianto-foggia_c1d2.html", "Tecnoverde presenta il nuovo impianto fotovoltaico di Foggia")])),
                   ("/sito/comunicati/2025/03/12/tecnoverde-impianto-foggia_c1d2.html", "Tecnoverde presenta il nuovo impianto fotovoltaico di Foggia", cs),
                   ("/sito/chi_siamo/", "Chi siamo", '<h1>Chi siamo</h1><p>AGIS è la prima agenzia d\'informazione multimediale in Italia, fondata nel 1945 come cooperativa di editori.</p>'),
                   ("/sito/contatti/", "Contatti", '<h1>Contatti</h1><p>Redazione centrale: Via della Dataria 94, Roma. Tel. 06 6774 1</p>'),
                   ("/sito/prodotti/", "Prodotti e servizi", '<h1>Prodotti e servizi</h1><p>Notiziari generali, regionali e tematici, foto, video e servizi per le aziende.</p>'),
                   ("/sito/note_legali/", "Note legali", '<h1>Note legali</h1><p>I contenuti sono protetti dal diritto d\'autore.</p>'),
                   ("/sito/ricerca/", "Ricerca", '<h1>Ricerca</h1><form><input name="any"></form>')],
             disallow="/sito/ricerca/")
    agency(8, C)

# ====================================================================== 9 IBE (EFE-like, es)
def ibe():
    h3 = NOW - datetime.timedelta(hours=3)

    def tpl(s, a):
        return ('<article class="post"><div class="entry-category"><a href="/tema/%s/">%s</a></div><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="entry-date">%s</span></div><div class="social-share"><a>Compartir</a><a>X</a><a>WhatsApp</a></div>'
                '<div class="entry-content">%s</div><div class="entry-tags">Etiquetas: %s</div></article>') % (
            a["tema"], E(a["tema"].capitalize()), E(a["title"]), a["shown"], a["body"], E(a["tema"]))

    def head(s, a):
        h = og("article", a["title"], s.url(a["path"]), re_strip(a["paras"][0])[:150], "Agencia IBE")
        if a.get("meta", True):
            h += '<meta property="article:published_time" content="%s">' % a["iso"]
        return h
    e1 = ["El Gobierno español aprobó este martes un plan de 2.500 millones de euros para ampliar la red de trenes de cercanías en Madrid, Barcelona y Valencia, con el objetivo de reducir los tiempos de viaje y el uso del coche en las grandes ciudades.",
          "El ministro de Transportes explicó en rueda de prensa que el plan incluye la compra de 170 nuevos trenes y la construcción de nuevos túneles en Madrid y Barcelona.",
          "Las comunidades autónomas reclaman que se acorten los plazos, ya que algunas de las obras no estarán terminadas hasta 2032.",
          "Las asociaciones de usuarios recordaron que los retrasos en cercanías se han multiplicado en el último año por averías y obras."]
    e2 = ["Bogotá (IBE).- Al menos 14 personas murieron y más de 30 resultaron heridas este miércoles al caer un autobús por un barranco en una carretera del departamento colombiano de Nariño, informaron las autoridades.",
          "El vehículo, que cubría la ruta entre Pasto y Tumaco, se salió de la vía en una curva cerca del municipio de Ricaurte, según la Policía de Carreteras.",
          "Los heridos fueron trasladados a hospitales de Pasto y Túquerres. Las causas del accidente están siendo investigadas.",
          "El gobernador de Nariño decretó tres días de duelo en el departamento."]
    e3 = ["El recorte de tipos del Banco Central Europeo llega en un momento delicado para la economía de la zona euro: la inflación se acerca al objetivo, pero el crecimiento sigue siendo débil y la amenaza arancelaria de Estados Unidos pesa sobre la industria.",
          "Para España, que crece por encima de la media europea, el abaratamiento del crédito supone un alivio para hipotecados y empresas endeudadas.",
          "Sin embargo, los analistas advierten de que el margen del BCE para seguir bajando tipos es cada vez menor si los precios de la energía vuelven a subir.",
          "La próxima reunión del consejo de gobierno, en abril, dirá si Fráncfort pisa el freno."]
    body1 = '<p><strong>Marta Delgado</strong> | Madrid (IBE).- %s</p>' % E(e1[0]) + ps(e1[1:]) + '<p class="edicion">(Edición: Irene Campos)</p>'
    body2 = '<p><strong>Redacción Internacional</strong> | %s</p>' % E(e2[0]) + ps(e2[1:])
    body3 = '<p><strong>Pablo Serrano</strong> | Madrid (IBE).- %s</p>' % E(e3[0]) + ps(e3[1:]) + '<p class="edicion">(Edición: Irene Campos)</p>'
    S = [dict(path="/espana/2025/03/11/gobierno-plan-cercanias-madrid-barcelona-valencia/", tema="transporte", title="El Gobierno aprueba un plan de 2.500 millones para mejorar las cercanías",
              shown="11 mar. 2025 - 13:45 CET", iso="2025-03-11T13:45:00+01:00", date="2025-03-11", authors=["Marta Delgado"], paras=e1, body=body1, must=[e1[0], e1[3]]),
         dict(path="/america/%s/accidente-autobus-narino-colombia/" % h3.strftime("%Y/%m/%d"), tema="sucesos", title="Al menos 14 muertos al caer un autobús por un barranco en el sur de Colombia",
              shown="Hace 3 horas", iso=h3.isoformat(), date="fetch-3", authors=[], paras=e2, body=body2, meta=False),
         dict(path="/economia/2025/03/07/analisis-bce-tipos-espana/", tema="economía", title="Análisis: el BCE baja los tipos con el freno echado",
              shown="7 mar. 2025 - 08:00 CET", iso="2025-03-07T08:00:00+01:00", date="2025-03-07", authors=["Pablo Serrano"], paras=e3, body=body3, must=[e3[1], e3[3]])]
    S[2]["title"] = "El BCE baja los tipos con el freno echado"
    S[2]["tema"] = "analisis"
    C = dict(lang="es", org="Agencia IBE", sep=" - ", hcls="site-header", fcls="site-footer", copy="© 2025 Agencia IBE, S.A.", tagline="Noticias de última hora en español",
             cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar todas",
             pitch="Suscríbete al boletín de IBE y recibe las noticias más importantes del día", reltitle="Noticias relacionadas", hometitle="Portada",
             nav=[("/ultima-hora/", "Última hora"), ("/fotos/", "IBE Fotos"), ("/tema/transporte/", "Transporte"), ("/verifica/", "IBE Verifica"), ("/agenda/", "Agenda informativa")],
             foot=[("/quienes-somos/", "Quiénes somos"), ("/contacto/", "Contacto"), ("/servicios/", "Servicios"), ("/aviso-legal/", "Aviso legal")],
             tpl=tpl, head=head, stories=S, feed=("/rss/portada.xml", "Agencia IBE - Portada"),
             nons=[("/ultima-hora/", "Última hora", '<h1>Última hora</h1>' + "".join('<div class="river-item"><a href="%s">%s</a> <span>%s</span></div>' % (a["path"], E(a["title"]), a["shown"]) for a in S)),
                   ("/fotos/", "IBE Fotos: la foto del día", '<h1>La foto del día</h1><figure><img src="/fotos/0312.jpg"><figcaption>Un nazareno participa en un ensayo procesional en Sevilla. IBE/José Manuel Vidal</figcaption></figure>'),
                   ("/tema/transporte/", "Transporte", '<h1>Transporte</h1>' + ul([(S[0]["path"], S[0]["title"])])),
                   ("/tema/analisis/", "Análisis", '<h1>Análisis</h1>' + ul([(S[2]["path"], S[2]["title"])])),
                   ("/verifica/", "IBE Verifica", '<h1>IBE Verifica</h1><p>El servicio de verificación de datos de la Agencia IBE.</p>'),
                   ("/agenda/", "Agenda informativa del jueves 13 de marzo", '<h1>Agenda informativa</h1><ul><li>10.00 Madrid.- El presidente del Gobierno comparece en el Congreso.</li><li>12.00 Bruselas.- Reunión de ministros de Agricultura de la UE.</li><li>18.00 Buenos Aires.- Rueda de prensa del ministro de Economía.</li></ul>'),
                   ("/quienes-somos/", "Quiénes somos", '<h1>Quiénes somos</h1><p>La Agencia IBE es la primera agencia de noticias en español, con más de 3.000 profesionales de 60 nacionalidades.</p>'),
                   ("/contacto/", "Contacto", '<h1>Contacto</h1><p>Avenida de Burgos 8, 28036 Madrid. clientes@ibe.example</p>'),
                   ("/servicios/", "Servicios", '<h1>Nuestros servicios</h1><p>Texto, fotografía, vídeo, audio y gráficos para medios, empresas e instituciones.</p>'),
                   ("/aviso-legal/", "Aviso legal", '<h1>Aviso legal</h1><p>Titular: Agencia IBE, S.A.</p>'),
                   ("/buscar/", "Buscar", '<h1>Buscar</h1><form><input name="s"></form>')],
             disallow="/buscar/")
    agency(9, C)


def re_strip(t):
    return t

# ====================================================================== 10 PAI (PAP-like, pl)
def pai():
    def tpl(s, a):
        return ('<article class="node--type-article"><div class="field--name-field-category">%s</div><h1 class="page-title"><span class="field--name-title">%s</span></h1>'
                '<div class="moduleMain__date">%s</div><div class="field--name-field-lead"><p><strong>%s</strong></p></div>'
                '<div class="field--name-body">%s<p class="signature">%s</p><p class="signature">%s</p></div>'
                '<div class="tags">Tagi: <a href="/tag/%s">%s</a></div></article>') % (
            E(a["cat"]), E(a["title"]), a["shown"], E(a["lead"]), ps(a["paras"]), E(a["sig"]), E(a["codes"]), a["tag"], E(a["tag"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["lead"], "PAI", '<meta property="article:published_time" content="%s">' % a["iso"]) + \
            newsld(s, a["path"], a["title"], a["iso"], None, [{"@type": "Organization", "name": "PAI"}], "Polska Agencja Informacyjna")
    p1 = ["Warszawa (PAI) - Sejm uchwalił w piątek nowelizację ustawy o systemie oświaty, która od września wprowadza obowiązkową edukację zdrowotną w szkołach podstawowych i ponadpodstawowych.",
          "Za ustawą głosowało 241 posłów, przeciw było 198, a trzech wstrzymało się od głosu. Nowy przedmiot zastąpi wychowanie do życia w rodzinie.",
          "Ministra edukacji podkreśliła, że program przygotowali lekarze, psycholodzy i nauczyciele. Opozycja zapowiedziała skierowanie ustawy do Trybunału Konstytucyjnego.",
          "Ustawa trafi teraz do Senatu."]
    p2 = ["Bruksela (PAI) - Komisja Europejska zaproponowała w środę przeznaczenie 150 mld euro w formie pożyczek na wspólne zakupy uzbrojenia przez państwa członkowskie UE.",
          "Polska może być jednym z głównych beneficjentów programu - wynika z wypowiedzi unijnych urzędników. Pieniądze mają trafić m.in. na obronę powietrzną, amunicję i drony.",
          "Propozycja wymaga jeszcze zgody państw członkowskich. Część krajów, w tym Holandia, sprzeciwia się wspólnemu zadłużaniu.",
          "Decyzja może zapaść na szczycie UE pod koniec marca."]
    p3 = ["Kraków (PAI) - Ponad 300 strażaków walczyło w nocy z wtorku na środę z pożarem hali magazynowej w podkrakowskich Balicach. Nikt nie został ranny.",
          "Ogień pojawił się około godz. 22. Ze względu na duże zadymienie służby zaapelowały do mieszkańców okolicznych miejscowości o zamknięcie okien.",
          "Pożar udało się opanować nad ranem. Przyczyny zdarzenia ustala policja pod nadzorem prokuratury.",
          "Z hali ewakuowano wcześniej pracowników nocnej zmiany."]
    S = [dict(path="/pl/kraj/news%2C1812345%2Csejm-uchwalil-edukacje-zdrowotna.html".replace("%2C", ","), cat="Kraj", title="Sejm uchwalił obowiązkową edukację zdrowotną w szkołach", lead="Nowy przedmiot ma być w szkołach od września.",
              shown="14.03.2025 13:21", iso="2025-03-14T13:21:00+01:00", date="2025-03-14", authors=["Anna Kowalska"], paras=p1, sig="Autorka: Anna Kowalska (PAI)", codes="akw/ mhr/", tag="edukacja"),
         dict(path="/pl/swiat/news,1811998,ke-150-mld-euro-na-zbrojenia.html", cat="Świat", title="KE proponuje 150 mld euro pożyczek na zbrojenia", lead="Polska może być jednym z głównych beneficjentów.",
              shown="12.03.2025 16:40", iso="2025-03-12T16:40:00+01:00", date="2025-03-12", authors=["Tomasz Nowicki"], paras=p2, sig="Z Brukseli Tomasz Nowicki (PAI)", codes="tno/ kar/", tag="ue"),
         dict(path="/pl/kraj/news,1811870,pozar-hali-balice.html", cat="Kraj", title="Pożar hali magazynowej pod Krakowem. Nikt nie ucierpiał", lead="W akcji brało udział ponad 300 strażaków.",
              shown="12.03.2025 06:15", iso="2025-03-12T06:15:00+01:00", date="2025-03-12", authors=[], paras=p3, sig="(PAI)", codes="ksi/ mok/", tag="pozar")]
    mr = ('<article class="mediaroom"><div class="label">PAI MediaRoom</div><h1>Bank Zachodni uruchamia nową aplikację mobilną dla firm</h1><div class="date">12.03.2025 10:00</div>'
          '<p>Bank Zachodni udostępnił klientom firmowym nową aplikację mobilną z funkcją szybkich przelewów walutowych.</p>'
          '<p class="disclaimer">Materiał prasowy. Za treść komunikatu odpowiada wyłącznie nadawca - Bank Zachodni S.A. PAI nie ponosi odpowiedzialności za jego treść.</p></article>')
    C = dict(lang="pl", org="PAI", sep=" | ", hcls="header", fcls="footer", copy="© Polska Agencja Informacyjna S.A. 2025", tagline="Polska Agencja Informacyjna - najnowsze wiadomości",
             cookie="Korzystamy z plików cookies. Korzystając z serwisu wyrażasz zgodę na ich użycie. Akceptuję",
             pitch="Zapisz się na newsletter PAI i otrzymuj najważniejsze informacje dnia", reltitle="Zobacz także", hometitle="Najważniejsze",
             nav=[("/pl/najnowsze/", "Najnowsze"), ("/pl/foto-dnia/", "Foto dnia"), ("/tag/ue", "Unia Europejska"), ("/pl/notowania/", "Notowania"), ("/pl/mediaroom/", "PAI MediaRoom")],
             foot=[("/pl/o-nas/", "O nas"), ("/pl/kontakt/", "Kontakt"), ("/pl/oferta/", "Oferta"), ("/pl/regulamin/", "Regulamin")],
             tpl=tpl, head=head, stories=S, feed=("/rss.xml", "PAI - najnowsze"),
             nons=[("/pl/najnowsze/", "Najnowsze informacje", '<h1>Najnowsze</h1>' + "".join('<div class="newsList__item"><span>%s</span> <a href="%s">%s</a></div>' % (a["shown"], a["path"], E(a["title"])) for a in S)),
                   ("/pl/foto-dnia/", "Foto dnia", '<h1>Foto dnia</h1><figure><img src="/foto/dnia.jpg"><figcaption>Żurawie na rozlewiskach Biebrzy, 11 bm. PAI/Artur Reszko</figcaption></figure>'),
                   ("/tag/ue", "Unia Europejska", '<h1>Unia Europejska</h1>' + ul([(S[1]["path"], S[1]["title"])])),
                   ("/pl/notowania/", "Notowania GPW", '<h1>Notowania</h1><table><tr><td>WIG20</td><td>2 698,41</td><td>+0,84%</td></tr><tr><td>EUR/PLN</td><td>4,1820</td></tr></table>'),
                   ("/pl/mediaroom/", "PAI MediaRoom", '<h1>PAI MediaRoom</h1><p>Komunikaty prasowe firm i instytucji.</p>' + ul([("/pl/mediaroom/bank-zachodni-aplikacja-dla-firm", "Bank Zachodni uruchamia nową aplikację mobilną dla firm")])),
                   ("/pl/mediaroom/bank-zachodni-aplikacja-dla-firm", "Bank Zachodni uruchamia nową aplikację mobilną dla firm", mr),
                   ("/pl/o-nas/", "O nas", '<h1>O Polskiej Agencji Informacyjnej</h1><p>PAI jest narodową agencją informacyjną, założoną w 1918 roku.</p>'),
                   ("/pl/kontakt/", "Kontakt", '<h1>Kontakt</h1><p>ul. Bracka 6/8, 00-502 Warszawa, tel. 22 509 22 22</p>'),
                   ("/pl/oferta/", "Oferta", '<h1>Oferta</h1><p>Serwisy informacyjne, fotograficzne i wideo dla mediów i firm.</p>'),
                   ("/pl/regulamin/", "Regulamin", '<h1>Regulamin serwisu</h1><p>Postanowienia ogólne.</p>'),
                   ("/pl/szukaj/", "Szukaj", '<h1>Szukaj</h1><form><input name="s"></form>')],
             disallow="/pl/szukaj/")
    agency(10, C)


# ====================================================================== 11 THA (Anadolu-like, tr)
def tha():
    def tpl(s, a):
        return ('<div class="detay-icerik"><div class="detay-kategori">%s</div><h1>%s</h1><h4 class="detay-spot">%s</h4>'
                '<div class="detay-bilgi"><span class="detay-muhabir">%s</span><span class="tarih">%s - Güncelleme : %s</span></div>'
                '<div class="paylas"><a>Paylaş</a></div><div class="detay-metin">%s%s</div></div>') % (
            E(a["kat"]), E(a["title"]), E(a["spot"]), E(a["by"]), a["shown"], a["upd"], ps(a["paras"]), ('<p class="disclaimer"><em>%s</em></p>' % E(a["disc"])) if a.get("disc") else "")

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["spot"], "THA", '<meta name="author" content="%s"><meta property="article:published_time" content="%s">' % (E(a["by"]), a["iso"]))
    t1 = ["ANKARA (THA) - Merkez Bankası, politika faizini yüzde 45'ten yüzde 42,5'e indirdi.",
          "Banka Para Politikası Kurulu toplantısının ardından yapılan açıklamada, enflasyonun ana eğiliminde düşüşün sürdüğü belirtildi.",
          "Açıklamada, \"Sıkı para politikası duruşu, dezenflasyon süreci belirgin şekilde sağlanana kadar korunacaktır\" ifadesine yer verildi.",
          "Piyasa katılımcıları 250 baz puanlık indirim bekliyordu."]
    t2 = ["İSTANBUL (THA) - İstanbul'da dün akşam saatlerinde etkili olan sağanak nedeniyle birçok ilçede su baskınları yaşandı.",
          "Özellikle Kadıköy, Üsküdar ve Bayrampaşa'da bazı ev ve iş yerlerini su bastı, bazı alt geçitler trafiğe kapatıldı.",
          "İstanbul Büyükşehir Belediyesi ekipleri gece boyunca tahliye çalışması yaptı. Meteoroloji, yağışların bugün öğleden sonra da süreceğini bildirdi.",
          "AKOM, vatandaşların dere yataklarından uzak durmaları uyarısında bulundu."]
    t3 = ["Avrupa'nın savunma harcamalarını artırma kararı, Türkiye'nin savunma sanayisi için yeni bir fırsat penceresi açıyor.",
          "Son on yılda insansız hava araçları ve deniz platformlarında elde edilen başarı, Türk firmalarını Avrupa pazarında rekabetçi hale getirdi.",
          "Ancak AB'nin ortak tedarik programlarında üçüncü ülkelere getirdiği kısıtlamalar, bu fırsatın önünde önemli bir engel olarak duruyor.",
          "Ankara'nın Brüksel ile savunma alanında kurumsal bir çerçeve oluşturması, önümüzdeki dönemin kilit meselesi olacak."]
    S = [dict(path="/tr/ekonomi/merkez-bankasi-politika-faizini-yuzde-42-5e-indirdi/3508812", kat="Ekonomi", title="Merkez Bankası politika faizini yüzde 42,5'e indirdi", spot="Merkez Bankası, piyasa beklentisine paralel olarak faizi 250 baz puan düşürdü.",
              by="Ayşe Yılmaz", shown="06.03.2025", upd="06.03.2025", iso="2025-03-06T14:00:00+03:00", date="2025-03-06", authors=["Ayşe Yılmaz"], paras=t1),
         dict(path="/tr/gundem/istanbulda-saganak-su-baskinlari/3510245", kat="Gündem", title="İstanbul'da sağanak su baskınlarına neden oldu", spot="Kent genelinde bazı alt geçitler trafiğe kapatıldı.",
              by="Mehmet Demir, Elif Kaya", shown="12.03.2025", upd="13.03.2025", iso="2025-03-12T08:30:00+03:00", date="2025-03-12", authors=["Mehmet Demir", "Elif Kaya"], paras=t2),
         dict(path="/tr/analiz/avrupanin-savunma-atilimi-ve-turkiye/3509977", kat="Analiz", title="Avrupa'nın savunma atılımı ve Türkiye", spot="Türk savunma sanayisi için yeni fırsatlar ve engeller",
              by="Kemal Arslan", shown="11.03.2025", upd="11.03.2025", iso="2025-03-11T10:00:00+03:00", date="2025-03-11", authors=["Kemal Arslan"], paras=t3,
              disc="* Kemal Arslan, Ankara Üniversitesi Uluslararası İlişkiler Bölümü öğretim üyesidir. Makalelerdeki fikirler yazarına aittir ve THA'nın editoryal politikasını yansıtmayabilir.")]
    C = dict(lang="tr", org="Türk Haber Ajansı", sep=" | ", hcls="ust-menu", fcls="alt-menu", copy="© Türk Haber Ajansı 2025", tagline="Güncel Haberler, Son Dakika Haberleri",
             cookie="Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. Kabul Et",
             pitch="THA e-bültenine abone olun, günün önemli gelişmeleri e-postanıza gelsin", reltitle="İlgili Haberler", hometitle="Manşet",
             nav=[("/tr/son-dakika/", "Son Dakika"), ("/tr/gunun-fotograflari/", "Günün Fotoğrafları"), ("/tr/gundem/", "Gündem"), ("/tr/finans/", "THA Finans"), ("/tr/basin-bultenleri/", "Basın Bültenleri")],
             foot=[("/tr/kurumsal/hakkimizda/", "Hakkımızda"), ("/tr/kurumsal/iletisim/", "İletişim"), ("/tr/kurumsal/abonelik/", "Abonelik"), ("/tr/kurumsal/kunye/", "Künye")],
             tpl=tpl, head=head, stories=S, feed=("/tr/rss/default", "THA - Güncel"),
             nons=[("/tr/son-dakika/", "Son Dakika Haberleri", '<h1>Son Dakika</h1>' + "".join('<div class="sd-item"><a href="%s">%s</a> <span>%s</span></div>' % (a["path"], E(a["title"]), a["shown"]) for a in S)),
                   ("/tr/gunun-fotograflari/", "Günün Fotoğrafları", '<h1>Günün Fotoğrafları</h1><figure><img src="/foto/1.jpg"><figcaption>Kapadokya\'da gün doğumunda sıcak hava balonları. (Fotoğraf: Murat Öztürk - THA)</figcaption></figure>'),
                   ("/tr/gundem/", "Gündem Haberleri", '<h1>Gündem</h1>' + ul([(S[1]["path"], S[1]["title"])])),
                   ("/tr/finans/", "THA Finans - Piyasalar", '<h1>Piyasalar</h1><table><tr><td>BIST 100</td><td>9.876,54</td><td>+1,12%</td></tr><tr><td>USD/TRY</td><td>36,58</td></tr><tr><td>Altın (gr)</td><td>3.512</td></tr></table>'),
                   ("/tr/basin-bultenleri/", "Basın Bültenleri", '<h1>Basın Bültenleri</h1><p>Kurum ve şirketlerden gelen bültenler. İçerikten bülteni gönderen kurum sorumludur.</p>' + ul([("/tr/basin-bultenleri/kuzey-enerji-yeni-res/3510001", "Kuzey Enerji, Balıkesir'de yeni rüzgar santralini devreye aldı")])),
                   ("/tr/basin-bultenleri/kuzey-enerji-yeni-res/3510001", "Kuzey Enerji, Balıkesir'de yeni rüzgar santralini devreye aldı",
                    '<div class="bulten"><div class="label">Basın Bülteni</div><h1>Kuzey Enerji, Balıkesir\'de yeni rüzgar santralini devreye aldı</h1><span class="tarih">12.03.2025</span><p>Kuzey Enerji, 60 MW kurulu güce sahip yeni rüzgar enerji santralini devreye aldı.</p><p class="disclaimer">Bu içerik basın bülteni olup sorumluluğu gönderen kuruma aittir. THA editoryal sorumluluk kabul etmez.</p></div>'),
                   ("/tr/kurumsal/hakkimizda/", "Hakkımızda", '<h1>Hakkımızda</h1><p>Türk Haber Ajansı, 1920 yılında kurulmuş olup 100\'ü aşkın ülkede habercilik faaliyeti yürütmektedir.</p>'),
                   ("/tr/kurumsal/iletisim/", "İletişim", '<h1>İletişim</h1><p>Mustafa Kemal Mah. 2142. Cad. No:6, Ankara. Tel: 0312 231 7000</p>'),
                   ("/tr/kurumsal/abonelik/", "Abonelik ve Ürünler", '<h1>Abonelik</h1><p>Haber, fotoğraf, video ve grafik servislerimize abone olun.</p>'),
                   ("/tr/kurumsal/kunye/", "Künye", '<h1>Künye</h1><p>Genel Müdür: Serdar Karagöz</p>'),
                   ("/tr/arama/", "Arama", '<h1>Arama</h1><form><input name="q"></form>')],
             disallow="/tr/arama/")
    agency(11, C)


# ====================================================================== 12 Agência Federal (Agência Brasil-like, pt-BR)
def federal():
    def tpl(s, a):
        return ('<div class="post-header"><div class="editoria">%s</div><h1 class="titulo-materia">%s</h1><div class="linha-fina">%s</div>'
                '<div class="autor-noticia">%s</div><div class="data-publicacao"><div class="data">Publicado em %s</div></div></div>'
                '<div class="compartilhe"><a>Facebook</a><a>X</a><a>WhatsApp</a><a href="/republique">Republique</a></div>'
                '<div class="conteudo-noticia">%s<p class="edicao">Edição: %s</p></div><div class="licenca">Conteúdo sob licença Creative Commons Atribuição 4.0 Internacional. Republique citando a fonte.</div>') % (
            E(a["ed"]), E(a["title"]), E(a["fina"]), E(a["by"]), a["shown"], ps(a["paras"]), E(a["edicao"]))

    def head(s, a):
        return og("article", a["title"], s.url(a["path"]), a["fina"], "Agência Federal", '<meta property="article:published_time" content="%s">' % a["iso"]) + \
            newsld(s, a["path"], a["title"], a["iso"], None, P(a["authors"]) if a["authors"] else None, "Empresa Federal de Comunicação")
    b1 = ["O Instituto Brasileiro de Geografia e Estatística (IBGE) informou nesta quarta-feira que a inflação oficial, medida pelo IPCA, ficou em 1,31% em fevereiro, a maior taxa para o mês desde 2003.",
          "A alta foi puxada pelos gastos com educação, que subiram 4,7% com o reajuste das mensalidades escolares, e pela energia elétrica, com o fim do bônus de Itaipu.",
          "Em 12 meses, o índice acumula alta de 5,06%, acima do teto da meta de inflação perseguida pelo Banco Central.",
          "O Comitê de Política Monetária se reúne na próxima semana e deve elevar novamente a taxa básica de juros."]
    b2 = ["A prefeitura do Rio de Janeiro começou nesta terça-feira a vacinar contra a dengue crianças e adolescentes de 10 a 14 anos em todas as clínicas da família da cidade.",
          "A secretaria municipal de Saúde recebeu 120 mil doses do Ministério da Saúde. A vacina é aplicada em duas doses, com intervalo de três meses.",
          "Segundo a prefeitura, os casos de dengue aumentaram 40% nas primeiras semanas do ano em comparação com o mesmo período de 2024.",
          "Os pais devem levar a caderneta de vacinação e um documento de identidade da criança."]
    b3 = ["O Senado aprovou na noite desta terça-feira o projeto de lei que amplia a faixa de isenção do Imposto de Renda para quem ganha até dois salários mínimos.",
          "O texto, aprovado em votação simbólica, segue para sanção presidencial. A medida beneficia cerca de 10 milhões de contribuintes.",
          "Segundo a Receita Federal, o impacto nas contas públicas será de R$ 3,3 bilhões neste ano.",
          "*Com informações da Radioagência Federal"]
    S = [dict(path="/economia/noticia/2025-03/ipca-fevereiro-maior-taxa-para-o-mes-desde-2003", ed="Economia", title="Inflação de fevereiro é a maior para o mês desde 2003", fina="IPCA ficou em 1,31%, puxado por educação e energia",
              by="Ana Ribeiro - Repórter da Agência Federal", shown="12/03/2025 - 09:14", iso="2025-03-12T09:14:00-03:00", date="2025-03-12", authors=["Ana Ribeiro"], paras=b1, edicao="Miguel Lopes"),
         dict(path="/saude/noticia/2025-03/rio-comeca-vacinar-criancas-contra-dengue", ed="Saúde", title="Rio começa a vacinar crianças de 10 a 14 anos contra a dengue", fina="Imunização ocorre em todas as clínicas da família",
              by="Sofia Matos e Rafael Antunes - Repórteres da Agência Federal", shown="11/03/2025 - 12:30", iso="2025-03-11T12:30:00-03:00", date="2025-03-11", authors=["Sofia Matos", "Rafael Antunes"], paras=b2, edicao="Denise Griesinger"),
         dict(path="/politica/noticia/2025-03/senado-aprova-ampliacao-isencao-imposto-de-renda", ed="Política", title="Senado aprova ampliação da isenção do Imposto de Renda", fina="Texto segue para sanção presidencial",
              by="Da Agência Federal", shown="11/03/2025 - 22:45", iso="2025-03-11T22:45:00-03:00", date="2025-03-11", authors=[], paras=b3, edicao="Aline Leal", must=[b3[0], b3[2]])]
    C = dict(lang="pt-BR", org="Agência Federal", sep=" | ", hcls="cabecalho", fcls="rodape", copy="Empresa Federal de Comunicação - EFC", tagline="Notícias do Brasil e do mundo",
             cookie="Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade. Ao continuar navegando, você concorda com estas condições.",
             pitch="Receba as notícias da Agência Federal no seu WhatsApp", reltitle="Notícias relacionadas", hometitle="Destaques",
             nav=[("/ultimas", "Últimas"), ("/foto/galeria/2025-03/foto-do-dia", "Foto do dia"), ("/tags/dengue", "Dengue"), ("/agenda", "Agenda"), ("/republique", "Republique")],
             foot=[("/institucional/quem-somos", "Quem somos"), ("/institucional/fale-conosco", "Fale conosco"), ("/institucional/expediente", "Expediente"), ("/institucional/politica-editorial", "Política editorial")],
             tpl=tpl, head=head, stories=S, feed=("/rss/ultimasnoticias/feed.xml", "Agência Federal - Últimas notícias"),
             nons=[("/ultimas", "Últimas notícias", '<h1>Últimas notícias</h1>' + "".join('<div class="item-ultimas"><span>%s</span> <a href="%s">%s</a></div>' % (a["shown"], a["path"], E(a["title"])) for a in S)),
                   ("/foto/galeria/2025-03/foto-do-dia", "Foto do dia", '<h1>Foto do dia</h1><figure><img src="/foto/dia.jpg"><figcaption>Pôr do sol na Esplanada dos Ministérios, em Brasília. Foto: Marcelo Camargo/Agência Federal</figcaption></figure>'),
                   ("/tags/dengue", "Dengue", '<h1>Dengue</h1>' + ul([(S[1]["path"], S[1]["title"])])),
                   ("/agenda", "Agenda da semana", '<h1>Agenda</h1><ul><li>Quinta-feira (13) - 10h: O presidente participa da cerimônia de lançamento do Plano Safra, no Palácio do Planalto.</li><li>Sexta-feira (14) - 9h: Divulgação da Pesquisa Mensal de Serviços pelo IBGE.</li></ul><p>Credenciamento de imprensa: imprensa@planalto.example</p>'),
                   ("/republique", "Republique", '<h1>Republique nosso conteúdo</h1><p>Os textos e as fotos da Agência Federal podem ser reproduzidos gratuitamente, desde que citada a fonte e o autor.</p>'),
                   ("/institucional/quem-somos", "Quem somos", '<h1>Quem somos</h1><p>A Agência Federal é a agência pública de notícias da Empresa Federal de Comunicação, criada em 2007.</p>'),
                   ("/institucional/fale-conosco", "Fale conosco", '<h1>Fale conosco</h1><p>Ouvidoria: ouvidoria@efc.example. Telefone: (61) 3799-5000</p><form><input><textarea></textarea><button>Enviar</button></form>'),
                   ("/institucional/expediente", "Expediente", '<h1>Expediente</h1><p>Diretora de Jornalismo: Cláudia Nogueira. Gerente executivo: Rodrigo Paiva.</p>'),
                   ("/institucional/politica-editorial", "Política editorial", '<h1>Política editorial</h1><p>Compromisso com a informação pública de qualidade.</p>'),
                   ("/busca", "Busca", '<h1>Busca</h1><form><input name="s"></form>')],
             disallow="/busca")
    agency(12, C)


for build_site in (meridian, npw, amp, dnd, toho, hanbit, huaxia, agis, ibe, pai, tha, federal):
    build_site()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
