"""Web bl: financial, markets and crypto news as their sites render them.
Twelve sites on 127.0.5.211-222, each on its own template, in English,
German, French and Spanish.

A Reuters-like markets wire (tickers "(AAPL.O)", "By A and B" byline, a
"Reporting by ...; Additional reporting by ...; Editing by ..." sign-off
whose editors and extra reporters are not authors, a "Sign up here."
newsletter promo inside the body, one story without JSON-LD); an FT-like
paper (one paywalled teaser ending in a subscribe barrier, one story whose
only visible time says "Updated 2 hours ago" with the update's datetime
while JSON-LD holds the first publication the evening before); a CNBC-like
site (a futures live blog opened on a Sunday evening EST, a story published
8:12 PM EST, i.e. the next UTC day, "Key Points" and video blocks); a
MarketWatch-like site ("Last Updated: ... First Published: ... p.m. ET", a
9:45 p.m. EDT story, a Moneyist letter signed by the reader); a Seeking
Alpha-like analysis site (title tag with "(NASDAQ:AAPL) | site", a
pseudonymous author, "Margaret Ellison, CFA", Summary bullets, disclosure
block and comments); a Handelsblatt-like German site (kicker over the
headline, masthead date, "04.02.2025 - 00:45 Uhr" = 3 Feb UTC); a Les
Echos-like French site ("Publié le ... Mis à jour le ...", a paywall, a
0:40 CEST story); an Expansión-like Spanish site (byline name + city, the
visible time is "Actualizado" the next day, a desk-signed story); a
CoinDesk-like crypto site (price ticker bar, "By X | Edited by Y", "Updated
... Published ..."); a Cointelegraph-like blog ("by X" inside the author
span, meta author "CoinHerald By X", reading time, an opinion piece); an
Economic Times-like daily ("By X, MTMarkets.com", a desk-only piece, "Last
Updated: ... IST" only visible, a 01:15 AM IST story); a Business Wire-like
press-release wire ("--(PRESSWIRE)--" datelines, Eastern times, contacts
with people's names who are not authors).
Non-articles: quote pages, company profiles, market data tables, price
charts, a currency converter, earnings calendars, section fronts, author
and tag pages, newsletters, about/imprint pages. Writes OUT/sites/... and
OUT/truth.json for the directory given as the first argument."""
import datetime, html, json, os, sys  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18135
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": []}

FILL = {
    "en": ["Traders said the moves reflected a broader reassessment of growth and interest rate expectations, with volumes running above their thirty-day average and bond yields swinging in both directions as investors weighed fresh economic data against comments from central bank officials.",
           "Analysts cautioned that positioning remained stretched in several crowded trades, and that a single disappointing earnings report or an unexpected inflation reading could trigger another round of selling before the end of the quarter."],
    "de": ["Händler verwiesen auf die anhaltende Unsicherheit über den Kurs der Notenbanken, die schwachen Konjunkturdaten aus der Industrie und die Sorge vor weiteren Handelskonflikten, die viele Anleger zu Gewinnmitnahmen bei zuletzt gut gelaufenen Werten veranlasst habe.",
           "Analysten rechnen in den kommenden Wochen mit weiter schwankenden Kursen, zumal die Berichtssaison neue Impulse liefern dürfte und viele Unternehmen ihre Prognosen angesichts höherer Kosten und schwächerer Nachfrage überprüfen müssen."],
    "fr": ["Les opérateurs expliquent ces mouvements par une révision plus large des anticipations de croissance et de taux, alors que les volumes restent supérieurs à leur moyenne et que les rendements obligataires oscillent au gré des statistiques économiques.",
           "Plusieurs gérants estiment que le marché reste vulnérable à une mauvaise surprise sur les résultats ou sur l'inflation, et qu'une nouvelle vague de ventes n'est pas à exclure avant la fin du trimestre."],
    "es": ["Los operadores atribuyen los movimientos a una revisión general de las expectativas de crecimiento y de tipos de interés, con volúmenes por encima de la media del último mes y una rentabilidad de la deuda que oscila al ritmo de los datos macroeconómicos.",
           "Los analistas advierten de que el posicionamiento sigue siendo muy elevado en algunos valores y de que una decepción en los resultados o un dato de inflación inesperado podría desencadenar nuevas ventas antes del cierre del trimestre."],
}


def fill(lang, seed, n=2):
    return [shuffled(FILL[lang][i % 2], "bl-%s-%d" % (seed, i)) for i in range(n)]


def when(local, tz):
    """(utc "YYYY-MM-DDTHH:MM", iso with offset, aware datetime) for a local time."""
    dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M"), dt.isoformat(), dt


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def ps(lst, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in lst)


def fs(p):
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def person(n):
    return {"@type": "Person", "name": n}


class Site:
    def __init__(self, n, name, lang):
        self.host = "127.0.5.%d" % n
        self.name, self.lang = name, lang
        self.stories = []  # (path, title)

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
        self.stories.append((path, title))

    def non(self, path, doc):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p, _ in self.stories)
        write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /search/\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path, dates):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(t), E(self.url(p)), d) for (p, t), d in zip(self.stories, dates))
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


def teasers(s, cls="story-card"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in s.stories)


# ---------------------------------------------------------------- 1 Meridian (Reuters-like wire)
def meridian():
    s = Site(211, "Meridian", "en")
    nav = [("/markets/", "Markets"), ("/markets/us/", "US Markets"), ("/markets/currencies/", "Currencies"), ("/business/energy/", "Energy"), ("/markets/companies/AAPL.O/", "Apple Inc"), ("/about/", "About Meridian")]

    def shell(title, body, head="", extra=""):
        n = "".join('<li class="nav-item"><a data-testid="Link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s'
                '<meta property="og:site_name" content="Meridian"></head><body><div id="fusion-app">'
                '<header class="site-header__header__3Ur2j"><a href="/" class="site-header__logo">Meridian</a><nav><ul class="site-header__nav">%s</ul></nav></header>'
                '<main class="regular-article-layout__main__1tvey">%s</main>%s'
                '<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>&copy; 2025 Meridian. All rights reserved</p><ul>%s</ul></footer></div></body></html>') % (
            E(title), head, n, body, extra, n)

    def story(path, section, title, iso, disp_date, disp_time, updated, authors, paras, signoff, ld=True, promo=None, tags=()):
        by = " and ".join('<a rel="author" href="/authors/%s/" class="text__text__1FZLe">%s</a>' % (a.lower().replace(" ", "-").replace("á", "a"), E(a)) for a in authors)
        body = ""
        for i, p in enumerate(paras):
            body += '<div data-testid="paragraph-%d" class="article-body__paragraph__2-BtD text__text__1FZLe">%s</div>' % (i, E(p))
            if promo and i == 1:
                body += '<div class="article-body__element__2p5pI"><p data-testid="promo-box" class="text__text__1FZLe">%s <a href="/newsletters/">Sign up here.</a></p></div>' % E(promo)
        head = '<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="article:published_time" content="%s">' % (E(paras[0][:150]), E(title), iso)
        if ld:
            head += jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso, "dateModified": iso,
                        "author": [person(a) for a in authors], "publisher": {"@type": "Organization", "name": "Meridian"}})
        tag = "".join('<li><a href="/markets/companies/%s/">%s</a></li>' % (t, t) for t in tags)
        b = ('<article class="article__container__2U3vh"><header class="article-header__header__1V3MA"><nav aria-label="Tags"><a href="%s" class="article-header__section">%s</a></nav>'
             '<h1 data-testid="Heading" class="text__text__1FZLe text__heading_2__1K_hh">%s</h1>'
             '<div class="article-header__info__3uRxJ"><div class="info-content__author-date__1Epi_"><div data-testid="AuthorByline" class="article-info__byline__2eKXB">By %s</div>'
             '<time datetime="%s" class="article-info__date__2DVTq"><span class="date-line__date__23Ge-">%s</span><span class="date-line__date__23Ge-">%s</span><span class="date-line__date__23Ge-">%s</span></time></div></div></header>'
             '<div class="article-body__content__17Yit">%s<p class="sign-off__text__1rEd0" data-testid="SignOffLine">%s</p>'
             '<p class="trust-badge"><a href="/about/">Our Standards: The Meridian Trust Principles.</a></p></div>'
             '<aside class="article__related-companies"><h3>Companies</h3><ul>%s</ul></aside></article>') % (
            section[0], E(section[1]), E(title), by, iso, disp_date, disp_time, updated, body, E(signoff), tag)
        return shell("%s | Meridian" % title, b, head)

    t, iso, _ = when("2025-03-03 18:24", "UTC")
    paras = ["NEW YORK, March 3 (Meridian) - Apple Inc (AAPL.O) shares fell 3.1% on Monday after industry data showed iPhone shipments in China dropped for a third straight month, as domestic rivals Huawei and Xiaomi (1810.HK) kept winning share with cheaper models.",
             "Shipments of foreign-branded phones in China, most of which are iPhones, slid 18% in January from a year earlier, according to figures from a state-affiliated research institute. The decline wiped about $110 billion off Apple's market value and weighed on suppliers including Broadcom (AVGO.O) and Qualcomm (QCOM.O).",
             "\"China is still the swing factor for the whole story,\" said Irene Fox, portfolio manager at Carrow Asset Management in Boston. \"Services is growing nicely, but the hardware side in China is where the surprises keep coming from.\""] + fill("en", "m1") + [
             "Apple has cut prices on some models on Chinese e-commerce platforms ahead of a government subsidy program for smartphones priced below 6,000 yuan, which analysts expect to help volumes in the second quarter."]
    s.art("/markets/us/apple-shares-slide-as-china-iphone-sales-drop-2025-03-03/",
          story("/markets/us/apple-shares-slide-as-china-iphone-sales-drop-2025-03-03/", ("/markets/us/", "Markets"), "Apple shares slide as China iPhone sales drop for third month", "2025-03-03T18:24:11Z",
                "March 3, 2025", "6:24 PM UTC", "Updated 2 hours ago", ["Rachel Okonjo", "Kenji Arai"], paras,
                "Reporting by Rachel Okonjo in New York and Kenji Arai in Shanghai; Editing by Mark Heinrich",
                promo="The Meridian Markets Daily newsletter brings you the day's biggest stories before the bell.", tags=("AAPL.O", "AVGO.O")),
          "Apple shares slide as China iPhone sales drop for third month", "2025-03-03", ["Rachel Okonjo", "Kenji Arai"], instant=t,
          must=["Shipments of foreign-branded phones in China, most of which are iPhones, slid 18% in January from a year earlier"],
          must_not=["The Meridian Markets Daily newsletter brings you the day's biggest stories before the bell."])

    paras = ["LONDON, Feb 14 (Meridian) - The dollar edged lower against major currencies on Friday while the yen firmed to a one-week high, as traders added to bets that the Bank of Japan will raise interest rates again by the summer.",
             "The dollar index , which measures the greenback against six peers, slipped 0.2% to 107.05. The yen strengthened 0.4% to 152.20 per dollar after a BOJ board member said real interest rates remained deeply negative and further tightening was warranted.",
             "Sterling was flat at $1.2570 after data showed Britain's economy unexpectedly grew 0.1% in the final quarter of last year, easing fears of a technical recession."] + fill("en", "m2") + [
             "U.S. retail sales figures due later in the session are expected to show a modest decline in January after a strong holiday season, which could revive expectations for Federal Reserve rate cuts."]
    t, iso, _ = when("2025-02-14 10:41", "UTC")
    s.art("/markets/currencies/dollar-edges-lower-yen-firms-on-boj-hike-bets-2025-02-14/",
          story("/markets/currencies/dollar-edges-lower-yen-firms-on-boj-hike-bets-2025-02-14/", ("/markets/currencies/", "Currencies"), "Dollar edges lower, yen firms on BOJ rate hike bets", "2025-02-14T10:41:37Z",
                "February 14, 2025", "10:41 AM UTC", "Updated February 14, 2025", ["Tomás Ferreira"], paras,
                "Reporting by Tomás Ferreira in London; Additional reporting by Ayumi Sato in Tokyo; Editing by Kirsten Donovan", ld=False),
          "Dollar edges lower, yen firms on BOJ rate hike bets", "2025-02-14", ["Tomás Ferreira"], instant=t)

    paras = ["April 9 (Meridian) - Shares in Shell (SHEL.L) and BP (BP.L) rose more than 2% in early London trade on Wednesday as oil prices bounced from a four-year low, although analysts warned the rebound could prove short-lived.",
             "Brent crude futures rose $1.10, or 1.7%, to $63.92 a barrel by 0706 GMT, after falling for five straight sessions on fears that an escalating trade war would curb fuel demand. U.S. West Texas Intermediate crude gained 1.9%.",
             "The wider STOXX 600 energy index (.SXEP) was up 1.8%, outperforming a flat European market. TotalEnergies (TTEF.PA) and Equinor (EQNR.OL) were also higher."] + fill("en", "m3") + [
             "OPEC+ is due to go ahead with a planned output increase in May, adding to supply just as the outlook for demand weakens, analysts at Harwell Commodities said in a note."]
    t, iso, _ = when("2025-04-09 07:15", "UTC")
    s.art("/business/energy/shell-bp-shares-rise-as-oil-rebounds-from-four-year-low-2025-04-09/",
          story("/business/energy/shell-bp-shares-rise-as-oil-rebounds-from-four-year-low-2025-04-09/", ("/business/energy/", "Energy"), "Shell, BP shares rise as oil rebounds from four-year low", "2025-04-09T07:15:02Z",
                "April 9, 2025", "7:15 AM UTC", "Updated April 9, 2025", ["Ines Dalgaard"], paras,
                "Reporting by Ines Dalgaard in Gdansk; Editing by Jan Harvey", tags=("SHEL.L", "BP.L")),
          "Shell, BP shares rise as oil rebounds from four-year low", "2025-04-09", ["Ines Dalgaard"], instant=t)

    def front(path, title, extra=""):
        lis = "".join('<li class="media-story-card"><a data-testid="Heading" href="%s">%s</a><time>%s</time></li>' % (p, E(t), p.rstrip("/")[-10:]) for p, t in s.stories)
        s.non(path, shell("%s | Meridian" % title, '<h1 class="section-title">%s</h1>%s<ul class="story-collection">%s</ul>' % (E(title), extra, lis)))
    front("/", "Meridian - Business, markets and world news")
    front("/markets/", "Markets", '<div class="market-summary"><table><tr><th>Index</th><th>Last</th><th>Chg</th></tr><tr><td>S&amp;P 500</td><td>5,849.72</td><td>-1.76%</td></tr><tr><td>Nasdaq</td><td>18,350.19</td><td>-2.64%</td></tr><tr><td>FTSE 100</td><td>8,871.31</td><td>+0.70%</td></tr></table></div>')
    front("/markets/us/", "US Markets")
    s.non("/markets/currencies/", shell("Currencies | Meridian", '<h1>Currencies</h1><table class="market-data"><thead><tr><th>Pair</th><th>Bid</th><th>Ask</th><th>Chg %</th></tr></thead><tbody>' + "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("EUR/USD", "1.0481", "1.0482", "+0.21"), ("USD/JPY", "152.20", "152.22", "-0.40"), ("GBP/USD", "1.2570", "1.2571", "0.00"), ("USD/CHF", "0.9012", "0.9013", "-0.12")]) +
        '</tbody></table><ul><li><a href="/markets/currencies/dollar-edges-lower-yen-firms-on-boj-hike-bets-2025-02-14/">Dollar edges lower, yen firms on BOJ rate hike bets</a></li></ul>'))
    s.non("/business/energy/", shell("Energy | Meridian", '<h1>Energy</h1><ul><li><a href="/business/energy/shell-bp-shares-rise-as-oil-rebounds-from-four-year-low-2025-04-09/">Shell, BP shares rise as oil rebounds from four-year low</a></li></ul>'))
    for tic, nm, desc in [("AAPL.O", "Apple Inc", "Apple Inc. designs, manufactures and markets smartphones, personal computers, tablets, wearables and accessories, and sells a variety of related services. Its product categories include iPhone, Mac, iPad, and Wearables, Home and Accessories. Its services include advertising, AppleCare, cloud services, digital content and payment services. The company operates in the Americas, Europe, Greater China, Japan and Rest of Asia Pacific, and sells its products through its retail and online stores and its direct sales force."),
                          ("AVGO.O", "Broadcom Inc", "Broadcom Inc. is a global technology company that designs, develops and supplies a broad range of semiconductor and infrastructure software solutions. Its semiconductor solutions segment includes all its product lines and intellectual property licensing, and its infrastructure software segment includes mainframe, distributed and cybersecurity solutions and its fibre channel storage area networking business."),
                          ("SHEL.L", "Shell PLC", "Shell plc is an energy and petrochemical company. Its segments include Integrated Gas, Upstream, Marketing, Chemicals and Products, Renewables and Energy Solutions, and Corporate. The Integrated Gas segment manages liquefaction activities and the conversion of natural gas into gas-to-liquids fuels and other products."),
                          ("BP.L", "BP PLC", "BP p.l.c. is an integrated energy company. Its segments include gas and low carbon energy, oil production and operations, and customers and products. It produces and trades oil and natural gas, operates refineries and a network of retail fuel stations, and is building businesses in biogas, hydrogen, wind and electric vehicle charging.")]:
        s.non("/markets/companies/%s/" % tic, shell("%s (%s) Stock Price &amp; Latest News | Meridian" % (nm, tic),
              '<div class="company-header"><h1>%s</h1><span class="ric">%s</span><span class="price">226.84 USD</span><span class="chg">-7.26 (-3.10%%)</span><p class="as-of">As of Mar 3, 2025. Values delayed up to 15 minutes</p></div>'
              '<section class="profile"><h2>Company Profile</h2><p>%s</p><dl><dt>Industry</dt><dd>Computer Hardware</dd><dt>Employees</dt><dd>164,000</dd></dl></section>'
              '<section><h2>Key Stats</h2><table><tr><td>P/E (TTM)</td><td>37.31</td></tr><tr><td>Market Cap</td><td>3.41T</td></tr><tr><td>Dividend Yield</td><td>0.44%%</td></tr></table></section>%s' % (E(nm), tic, E(desc), '<ul>%s</ul>' % teasers(s))))
    for a, bio in [("Rachel Okonjo", "Rachel reports on U.S. technology stocks and equity markets from New York."), ("Kenji Arai", "Kenji covers Chinese consumer and technology companies from Shanghai."),
                   ("Tomás Ferreira", "Tomás covers currencies and global macro from London."), ("Ines Dalgaard", "Ines writes about energy companies and oil markets.")]:
        sl = a.lower().replace(" ", "-").replace("á", "a")
        s.non("/authors/%s/" % sl, shell("%s | Meridian" % a, '<div class="author-profile"><h1>%s</h1><p>%s</p></div><ul>%s</ul>' % (E(a), E(bio), teasers(s))))
    s.non("/about/", shell("About Meridian | Meridian", "<h1>About Meridian</h1><p>Meridian is a global news agency providing business, financial and world news to media organisations, financial professionals and the public. We adhere to the Meridian Trust Principles of integrity, independence and freedom from bias.</p><p>Contact: newsroom@meridian.example</p>"))
    s.non("/newsletters/", shell("Newsletters | Meridian", '<h1>Newsletters</h1><form class="newsletter-signup"><h2>Meridian Markets Daily</h2><p>The day\'s biggest market stories, delivered before the bell.</p><input type="email" placeholder="Email address"><button>Sign up</button></form>'))
    s.sitemap()


# ---------------------------------------------------------------- 2 Lombard Times (FT-like)
def lombard():
    s = Site(212, "Lombard Times", "en")
    nav = [("/", "Home"), ("/markets", "Markets"), ("/markets-data", "Markets data"), ("/alphaville", "Alphaville"), ("/newsletters", "Newsletters")]

    def shell(title, body, head=""):
        n = "".join('<li class="o-header__nav-item"><a class="o-header__nav-link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en-GB" class="o-typography-base"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="o-header" data-o-component="o-header"><div class="o-header__top-logo"><a href="/">Lombard Times</a></div><nav class="o-header__nav"><ul>%s</ul></nav></header>'
                '<div id="site-content" class="n-layout__row--content">%s</div>'
                '<footer class="o-footer"><p>Markets data delayed by at least 15 minutes. &copy; THE LOMBARD TIMES LTD 2025.</p><a href="/about">About us</a> <a href="/newsletters">Newsletters</a></footer></body></html>') % (E(title), head, n, body)

    def story(uuid, title, standfirst, author_html, iso_pub, iso_time, time_text, paras, authors, barrier=False, topic=("private-credit", "Private credit"), section="Markets"):
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta name="robots" content="max-snippet:-1">' % (E(title), E(standfirst)) +
                jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso_pub, "dateModified": iso_time,
                    "author": [person(a) for a in authors], "isAccessibleForFree": not barrier, "publisher": {"@type": "Organization", "name": "Lombard Times"}}))
        body = ('<article class="article" id="article-body"><div class="o-topper"><div class="o-topper__tags"><a class="o-topper__topic" href="/stream/%s">%s</a></div>'
                '<h1 class="o-topper__headline"><span class="headline__text">%s</span></h1><div class="o-topper__standfirst">%s</div></div>'
                '<div class="article-info"><p class="article-info__byline">%s</p><time data-o-component="o-date" class="article-info__timestamp o-date" datetime="%s">%s</time></div>') % (
            topic[0], E(topic[1]), E(title), E(standfirst), author_html, iso_time, time_text)
        if barrier:
            body += ('<div class="article__content-body n-content-body js-article__content-body">%s</div>'
                     '<div class="barrier" id="barrier-page"><h2 class="barrier-heading">Subscribe to unlock this article</h2><p class="barrier-offer">Try unlimited access. Only $1 for 4 weeks. Then $75 per month. Complete digital access to quality Lombard Times journalism on any device. Cancel anytime during your trial.</p><a class="o-buttons" href="/newsletters">Explore more offers</a></div></article>') % ps(paras)
        else:
            body += '<div class="article__content-body n-content-body js-article__content-body">%s</div><p class="article__copyright-notice">Copyright The Lombard Times Limited 2025. All rights reserved.</p></article>' % ps(paras)
        body += '<aside class="onward-journey"><h3>Follow the topics in this article</h3><ul><li><a href="/stream/%s">%s</a></li><li><a href="/markets">%s</a></li></ul></aside>' % (topic[0], E(topic[1]), section)
        return shell("%s | Lombard Times" % title, body, head)

    p1 = "/content/5b1e2c7a-3f40-4d6e-9a1b-8c2d7e9f0a11"
    paras = ["Private credit funds that lent heavily to mid-sized US companies during the buyout boom are facing their first serious test, as a rising number of borrowers miss interest payments or ask lenders to accept extra debt instead of cash.",
             "The share of loans in direct lending portfolios where interest is being paid in kind rose to almost 9 per cent at the end of last year, according to data compiled by Harrowgate Analytics, up from 6 per cent two years earlier. Defaults measured across a broad sample of deals have crept above 3 per cent, the highest level since the asset class began to be tracked."]
    t, _, _ = when("2025-02-20 05:00", "UTC")
    s.art(p1, story(p1, "Private credit funds face first big test as defaults tick up", "Borrowers paying interest in kind raise questions over valuations in a $1.7tn market",
                    '<a class="n-content-tag--author" href="/stream/harriet-lowe">Harriet Lowe</a> in New York', "2025-02-20T05:00:42.000Z", "2025-02-20T05:00:42.000Z", "February 20 2025", paras, ["Harriet Lowe"], barrier=True),
          "Private credit funds face first big test as defaults tick up", "2025-02-20", ["Harriet Lowe"], instant=t,
          must=["The share of loans in direct lending portfolios where interest is being paid in kind rose to almost 9 per cent"],
          must_not=["Only $1 for 4 weeks."])

    p2 = "/content/9c7d0e41-6a2b-4f3c-8e5d-1b0a9f8c7d62"
    paras = ["UK government borrowing costs rose to their highest level since 1998 on Wednesday as investors balked at the scale of debt issuance needed to fund the chancellor's spending plans, extending a sell-off that has rattled the Treasury.",
             "The yield on 30-year gilts climbed 0.12 percentage points to 5.47 per cent, while the 10-year yield rose to 4.82 per cent. Sterling fell 0.9 per cent against the dollar, an unusual combination that some traders said echoed the market turmoil of autumn 2022.",
             "“There is a growing sense that the UK has very little fiscal headroom left and that any disappointment on growth will have to be met with tax rises or more borrowing,” said Fenella Quirke, a rates strategist at Tollgate Securities."] + fill("en", "l2") + [
             "The Debt Management Office said it would keep its issuance plans under review. A Treasury spokesperson said the government's fiscal rules were “non-negotiable”."]
    t, _, _ = when("2025-03-05 21:40", "UTC")
    s.art(p2, story(p2, "Gilt sell-off deepens as investors balk at UK borrowing plans", "Thirty-year yields hit highest level since 1998 while sterling falls",
                    '<a class="n-content-tag--author" href="/stream/ravi-menon">Ravi Menon</a> and <a class="n-content-tag--author" href="/stream/clara-voss">Clara Voss</a> in London',
                    "2025-03-05T21:40:07.000Z", "2025-03-06T09:15:30.000Z", "Updated 2 hours ago", paras, ["Ravi Menon", "Clara Voss"], topic=("uk-gilts", "UK government bonds")),
          "Gilt sell-off deepens as investors balk at UK borrowing plans", "2025-03-05", ["Ravi Menon", "Clara Voss"], instant=t)

    p3 = "/content/2e8f4a90-7c1d-4b5e-a3f6-0d9c8b7a6e53"
    paras = ["Something odd has been happening in the plumbing of the dollar funding market, and since plumbing is what we do here, we thought it deserved a closer look.",
             "The spread between the secured overnight financing rate and the interest the Federal Reserve pays on reserves has narrowed to almost nothing over the past month, even as the Fed keeps shrinking its balance sheet. In the textbook, repo rates should drift higher as reserves become less abundant. Instead, they have gone the other way.",
             "One explanation is that money market funds, flush with cash after a strong quarter of inflows, are pushing more money into private repo than before. Another is that the Treasury's cash pile at the Fed has run down because of the debt ceiling, quietly adding reserves back into the system."] + fill("en", "l3") + [
             "Either way, the debt ceiling will eventually be resolved, the Treasury will rebuild its account, and the spread will probably come back. Watch this space."]
    t, _, _ = when("2025-05-12 11:30", "UTC")
    s.art(p3, story(p3, "The curious case of the vanishing repo spread", "Where did all the reserves scarcity go?",
                    '<a class="n-content-tag--author" href="/stream/jamie-holloway">Jamie Holloway</a>', "2025-05-12T11:30:00.000Z", "2025-05-12T11:30:00.000Z", "May 12 2025", paras, ["Jamie Holloway"],
                    topic=("alphaville", "FT Alphaville"), section="Alphaville"),
          "The curious case of the vanishing repo spread", "2025-05-12", ["Jamie Holloway"], instant=t)

    def front(path, title, extra=""):
        lis = "".join('<li class="o-teaser"><div class="o-teaser__heading"><a class="js-teaser-heading-link" href="%s">%s</a></div></li>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell(title, '<h1 class="o-header__title">%s</h1>%s<ul class="o-teaser-collection">%s</ul>' % (E(title), extra, lis)))
    front("/", "Lombard Times: business, markets and economic news")
    front("/markets", "Markets")
    front("/alphaville", "Alphaville")
    front("/stream/private-credit", "Private credit")
    front("/stream/uk-gilts", "UK government bonds")
    front("/stream/alphaville", "FT Alphaville")
    for a in ["harriet-lowe", "ravi-menon", "jamie-holloway"]:
        nm = a.replace("-", " ").title()
        front("/stream/%s" % a, nm, '<p class="stream-header__description">%s is a reporter at the Lombard Times. Follow %s to get alerts when new articles are published.</p>' % (nm, nm))
    s.non("/markets-data", shell("Markets data | Lombard Times", '<h1>Markets data</h1><table class="mod-ui-table"><thead><tr><th>Index</th><th>Price</th><th>Today\'s change</th></tr></thead><tbody>' +
          "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("FTSE 100", "8,871.31", "+0.70%"), ("S&amp;P 500", "5,849.72", "-1.76%"), ("UK 10Y gilt", "4.82", "+0.09"), ("GBP/USD", "1.2570", "-0.90%"), ("Brent", "69.81", "-1.12%")]) +
          '</tbody></table><p class="mod-disclaimer">Data delayed at least 15 minutes, as of Mar 06 2025 09:15 GMT.</p>'))
    s.non("/newsletters", shell("Newsletters | Lombard Times", '<h1>Newsletters</h1><div class="newsletter-card"><h2>Unhedged</h2><p>Market commentary every weekday.</p><button>Sign up</button></div><div class="newsletter-card"><h2>Alphaville Daily</h2><p>The best of Alphaville, once a day.</p><button>Sign up</button></div>'))
    s.non("/about", shell("About us | Lombard Times", "<h1>About the Lombard Times</h1><p>The Lombard Times is one of the world's leading business news organisations, recognised for its authority, integrity and accuracy.</p><p>Editorial enquiries: editor@lombardtimes.example</p>"))


# ---------------------------------------------------------------- 3 CNBX (CNBC-like)
def cnbx():
    s = Site(213, "CNBX", "en")
    nav = [("/markets/", "Markets"), ("/pre-markets/", "Pre-Markets"), ("/quotes/AAPL/", "AAPL"), ("/quotes/PLTR/", "PLTR"), ("/personal-finance/", "Personal Finance"), ("/newsletters/", "Newsletters")]

    def shell(title, body, head=""):
        n = "".join('<a class="nav-menu-button" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s<meta property="og:site_name" content="CNBX"></head><body>'
                '<div id="root"><header class="GlobalNavigation-container"><a class="GlobalNavigation-logo" href="/">CNBX</a><nav>%s</nav></header>'
                '<div class="MarketsBanner-container"><span>DOW -1.48%%</span><span>S&amp;P 500 -1.76%%</span><span>NASDAQ -2.64%%</span></div>%s'
                '<footer class="Footer-container"><p>Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.</p><p>&copy; 2025 CNBX LLC. All Rights Reserved.</p></footer></div></body></html>') % (E(title), head, n, body)

    def fmt(dt):
        return dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(" %Y ") + dt.strftime("%I:%M %p").lstrip("0") + " " + dt.tzname()

    def story(path, eyebrow, title, pub, upd, authors, body_html, keypoints=None, live=False):
        tp, ip, dp = pub
        iu = upd[1] if upd else ip
        utc_iso = dp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(title), E(title)) +
                jl({"@context": "http://schema.org", "@type": "LiveBlogPosting" if live else "NewsArticle", "headline": title, "datePublished": utc_iso,
                    "dateModified": upd[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000") if upd else utc_iso,
                    "author": [{"@type": "Person", "name": a, "url": "/%s/" % a.lower().replace(" ", "-")} for a in authors], "publisher": {"@type": "NewsMediaOrganization", "name": "CNBX"}}))
        t = '<time data-testid="published-timestamp" datetime="%s" itemprop="datePublished">Published %s</time>' % (utc_iso, fmt(dp))
        if upd:
            t += '<span class="ArticleHeader-datetimeDivider"></span><time data-testid="lastpublished-timestamp" datetime="%s" itemprop="dateModified">Updated %s</time>' % (upd[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"), fmt(upd[2]))
        au = "".join('<div class="Author-authorNameAndSocial"><a href="/%s/" class="Author-authorName">%s</a><a class="Author-authorTwitter" href="https://x.com/%s">@%s</a></div>' % (
            a.lower().replace(" ", "-"), E(a), a.replace(" ", "").lower(), a.replace(" ", "").upper()) for a in authors)
        kp = ""
        if keypoints:
            kp = '<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-header">Key Points</div><div class="group"><ul>%s</ul></div></div>' % "".join("<li>%s</li>" % E(k) for k in keypoints)
        b = ('<div class="PageBuilder-pageWrapper"><div class="ArticleHeader-wrapper"><div class="ArticleHeader-headerContentContainer"><div class="ArticleHeader-eyebrow"><a href="/markets/">%s</a></div>'
             '<h1 class="ArticleHeader-headline">%s</h1><div class="ArticleHeader-time">%s</div></div></div>'
             '<div class="ArticleBody-byline"><div class="Author-authorContainer">%s</div></div>%s'
             '<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5">%s</div>'
             '<div class="RelatedQuotes-relatedQuotes"><h3>Related Quotes</h3><a href="/quotes/AAPL/">AAPL</a> <a href="/quotes/PLTR/">PLTR</a></div></div>') % (E(eyebrow), E(title), t, au, kp, body_html)
        return shell(title, b, head)

    def grp(paras):
        return "".join('<div class="group"><p>%s</p></div>' % E(p) for p in paras)

    video = '<div class="InlineVideo-container"><div class="InlineVideo-videoFooter"><span>VIDEO</span><span>2:31</span><span>02:31</span><span class="InlineVideo-title">Why the market could see more volatility ahead</span><span>Closing Bell</span></div></div>'
    pub = when("2025-03-02 18:02", "America/New_York")
    upd = when("2025-03-03 09:31", "America/New_York")
    posts = [("Mon, Mar 3 2025 9:31 AM EST", "Stocks open higher as manufacturing data looms", "The Dow Jones Industrial Average rose 120 points at the open, while the S&P 500 and Nasdaq Composite each added about 0.3%. Investors are waiting for the ISM manufacturing index at 10 a.m. ET.", "Devin Park"),
             ("Sun, Mar 2 2025 7:40 PM EST", "Bitcoin jumps after crypto reserve announcement", "Bitcoin rose more than 9% to around $94,000 after the president said a strategic crypto reserve would include bitcoin, ether and three other tokens. Shares of Coinbase rose in overnight trading.", "Alana Brooks"),
             ("Sun, Mar 2 2025 6:02 PM EST", "Stock futures open flat", "Futures tied to the Dow Jones Industrial Average slipped 15 points, or less than 0.1%. S&P 500 futures and Nasdaq 100 futures were near the flatline as traders looked ahead to a tariff deadline on Tuesday and the February jobs report on Friday.", "Alana Brooks")]
    live = '<div class="LiveBlogBody-container">%s</div>' % "".join(
        '<div class="LiveBlogPost-container"><div class="LiveBlogPost-timestamp">%s</div><h2 class="LiveBlogPost-headline">%s</h2><div class="group"><p>%s</p></div>%s<span class="LiveBlogPost-author">— %s</span></div>' % (ts, E(h), E(p), grp(fill("en", "c1%d" % i, 1)), E(a))
        for i, (ts, h, p, a) in enumerate(posts))
    s.art("/2025/03/02/stock-market-today-live-updates.html",
          story("/2025/03/02/stock-market-today-live-updates.html", "Markets", "Stock futures are little changed as traders brace for tariff deadline", pub, upd, ["Alana Brooks", "Devin Park"],
                live, keypoints=["Stock futures were near the flatline on Sunday night.", "Traders are bracing for tariffs on Canada and Mexico, which are set to take effect Tuesday."], live=True),
          "Stock futures are little changed as traders brace for tariff deadline", "2025-03-02", ["Alana Brooks", "Devin Park"], instant=pub[0],
          must=["Futures tied to the Dow Jones Industrial Average slipped 15 points, or less than 0.1%."])

    pub = when("2025-03-03 20:12", "America/New_York")
    paras = ["Shares of Palantir Technologies fell 10% in extended trading Monday after a report that the Defense Department plans to cut spending on some software contracts as part of a broader budget review.",
             "The stock had already lost about a third of its value from a record high reached in mid-February, as investors worried that the company's lofty valuation left little room for disappointment. Palantir trades at more than 150 times forward earnings, making it one of the most expensive names in the S&P 500.",
             "\"Defense is still roughly 40% of the revenue base, so any headline around the Pentagon budget hits this stock harder than most,\" said Morgan Tate, an analyst at Brightwater Partners, who rates the shares neutral."] + fill("en", "c2") + [
             "Palantir did not immediately respond to a request for comment. The company reported fourth-quarter revenue of $828 million last month, topping estimates."]
    s.art("/2025/03/03/palantir-shares-tumble-after-report-of-pentagon-budget-cuts.html",
          story("/2025/03/03/palantir-shares-tumble-after-report-of-pentagon-budget-cuts.html", "Tech", "Palantir shares tumble 10% after report of Pentagon budget cuts", pub, None, ["Hugo Lindqvist"],
                grp(paras[:2]) + video + grp(paras[2:]), keypoints=["Palantir shares fell 10% in extended trading.", "The Defense Department is reviewing software contracts."]),
          "Palantir shares tumble 10% after report of Pentagon budget cuts", "2025-03-03", ["Hugo Lindqvist"], instant=pub[0],
          must=["Shares of Palantir Technologies fell 10% in extended trading Monday"], must_not=["Why the market could see more volatility ahead"])

    pub = when("2025-04-17 09:30", "America/New_York")
    upd = when("2025-04-17 11:02", "America/New_York")
    paras = ["To join the top 1% of earners in the U.S., you need to make about $731,000 a year, according to a new analysis of tax data. But the threshold varies widely depending on where you live.",
             "In Connecticut, the most expensive state to crack the top 1%, households need an income of roughly $1.15 million. In West Virginia, the cheapest, the cutoff is about $390,000. Massachusetts, California and New Jersey round out the top of the list.",
             "\"Income inequality looks very different from state to state, and so does the cost of living,\" said Priya Raman, a senior economist at the research firm that did the analysis. \"A top 1% income in Mississippi buys a very different life from one in Manhattan.\""] + fill("en", "c3") + [
             "The analysis used the most recent Internal Revenue Service data, adjusted for inflation, and counted households rather than individuals."]
    s.art("/2025/04/17/heres-how-much-you-need-to-earn-to-be-in-the-top-1percent-in-every-state.html",
          story("/2025/04/17/heres-how-much-you-need-to-earn-to-be-in-the-top-1percent-in-every-state.html", "Personal Finance", "Here's how much you need to earn to be in the top 1% in every state", pub, upd, ["Greta Alvarez"],
                grp(paras), keypoints=["The national threshold is about $731,000.", "Connecticut has the highest cutoff."]),
          "Here's how much you need to earn to be in the top 1% in every state", "2025-04-17", ["Greta Alvarez"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="Card-titleContainer"><a class="Card-title" href="%s">%s</a></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell(title, '<h1 class="PageHeader-title">%s</h1>%s<div class="PageBuilder-col">%s</div>' % (E(title), extra, lis)))
    front("/", "CNBX: Stock Markets, Business News, Financials, Earnings")
    front("/markets/", "Markets")
    front("/personal-finance/", "Personal Finance")
    for q, nm, px in [("AAPL", "Apple Inc", "235.33"), ("PLTR", "Palantir Technologies Inc", "89.31")]:
        s.non("/quotes/%s/" % q, shell("%s: %s Stock Price Quote - NASDAQ GS - CNBX" % (q, nm),
              '<div class="QuoteStrip-container"><h1 class="QuoteStrip-name">%s</h1><span class="QuoteStrip-symbol">%s</span><span class="QuoteStrip-lastPrice">%s</span><span class="QuoteStrip-changeDown">-7.26 (-3.10%%)</span><div class="QuoteStrip-lastTimeAndPriceContainer">Close | 04:00 PM EST 03/03/25</div></div>'
              '<div class="Summary-container"><ul><li><span class="Summary-label">Open</span><span>241.79</span></li><li><span class="Summary-label">Day High</span><span>244.03</span></li><li><span class="Summary-label">52 Week High</span><span>260.10</span></li><li><span class="Summary-label">Market Cap</span><span>3.53T</span></li></ul></div>'
              '<div class="QuotePageTabs"><h2>Latest On %s</h2>%s</div>' % (E(nm), q, px, E(nm), teasers(s))))
    s.non("/pre-markets/", shell("Pre-Markets: U.S. Stock Futures", '<h1>Pre-Markets</h1><table class="BasicTable-table"><thead><tr><th>Symbol</th><th>Price</th><th>Change</th><th>%Change</th></tr></thead><tbody>' +
          "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("DOW FUT", "43,752", "-15", "-0.03%"), ("S&amp;P FUT", "5,966.25", "-2.00", "-0.03%"), ("NAS FUT", "21,013.00", "+5.50", "+0.03%")]) + '</tbody></table>'))
    for a in ["Alana Brooks", "Devin Park", "Hugo Lindqvist", "Greta Alvarez"]:
        s.non("/%s/" % a.lower().replace(" ", "-"), shell("%s" % a, '<div class="AuthorBio-container"><h1 class="AuthorBio-name">%s</h1><p class="AuthorBio-title">Reporter, CNBX.com</p><p>%s joined CNBX in 2021 and covers markets.</p></div><div class="PageBuilder-col">%s</div>' % (E(a), E(a), teasers(s))))
    s.non("/newsletters/", shell("CNBX Newsletters", '<h1>Newsletters</h1><div class="Newsletter-card"><h2>Morning Squawk</h2><p>Start your day with the biggest business stories.</p><input type="email"><button>Sign Up</button></div>'))
    s.sitemap()


# ---------------------------------------------------------------- 4 MarketBeacon (MarketWatch-like)
def beacon():
    s = Site(214, "MarketBeacon", "en")
    nav = [("/markets/", "Markets"), ("/investing/stock/aapl/", "AAPL"), ("/tools/earnings-calendar/", "Earnings Calendar"), ("/investing/currencies/tools/converter/", "Currency Converter"), ("/column/the-moneyist/", "The Moneyist")]

    def shell(title, body, head=""):
        n = "".join('<li><a class="link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="page--article">'
                '<header class="header--primary"><a class="logo" href="/">MarketBeacon</a><ul class="list--nav">%s</ul></header>'
                '<div class="markets__table ticker-bar"><a href="/investing/index/djia/">Dow 42,801.72 -1.48%%</a> <a href="/investing/index/spx/">S&amp;P 500 5,778.15 -1.76%%</a></div>'
                '<div class="container container--body">%s</div><footer class="footer"><p>Copyright &copy;2025 MarketBeacon, Inc. All rights reserved. Intraday Data provided by FACTSET and subject to terms of use.</p></footer></body></html>') % (E(title), head, n, body)

    def mwdate(dt):
        ap = "a.m." if dt.hour < 12 else "p.m."
        h = dt.hour % 12 or 12
        return "%s %d, %d at %d:%02d %s ET" % (dt.strftime("%B"), dt.day, dt.year, h, dt.minute, ap)

    def story(path, title, sub, authors, pub, upd, paras, meta=True, column=None, chips=()):
        head = '<meta property="og:type" content="article"><meta name="page.content.type" content="article"><meta name="author" content="%s">' % E(", ".join(authors))
        if meta:
            head += '<meta name="article.published" content="%s"><meta name="article.updated" content="%s">' % (pub[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), (upd or pub)[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        by = " and ".join('<a class="author__name" href="/author/%s/">%s</a>' % (a.lower().replace(" ", "-"), E(a)) for a in authors)
        ts = ""
        if upd:
            ts += '<time class="timestamp timestamp--update">Last Updated: %s</time>' % mwdate(upd[2])
        ts += '<time class="timestamp timestamp--pub">First Published: %s</time>' % mwdate(pub[2]) if upd else '<time class="timestamp timestamp--pub">Published: %s</time>' % mwdate(pub[2])
        ch = "".join('<a class="qt-chip" href="/investing/stock/aapl/"><span class="symbol">%s</span><span class="percent">%s</span></a>' % c for c in chips)
        col = '<div class="article__flashline"><a href="/column/the-moneyist/">%s</a></div>' % column if column else ""
        b = ('<div class="region region--primary"><div class="article__masthead">%s<h1 class="article__headline">%s</h1><h2 class="article__subhead">%s</h2>'
             '<div class="article__byline"><h4 class="byline__author"><span>By</span> %s</h4><button class="btn--follow">Follow</button></div>'
             '<div class="article__timestamp">%s</div></div>%s<div class="article__body article-wrap at16-col16 barrons-article-wrap" itemprop="articleBody">%s</div>'
             '<div class="article__inset"><h3>Read next</h3><ul>%s</ul></div></div>') % (col, E(title), E(sub), by, ts, ch, ps(paras), teasers(s))
        return shell("%s - MarketBeacon" % title, b, head)

    pub, upd = when("2025-03-07 11:02", "America/New_York"), when("2025-03-07 18:24", "America/New_York")
    paras = ["Federal Reserve Chair Jerome Powell said Friday the central bank is in no hurry to lower interest rates, because the economy remains in a good place even as uncertainty over trade and fiscal policy has risen.",
             "\"We do not need to be in a hurry, and are well positioned to wait for greater clarity,\" Powell said in remarks prepared for a monetary policy forum in New York. He added that the labor market was solid and broadly in balance.",
             "Stocks pared earlier losses after the remarks, with the S&P 500 SPX ending up 0.6% and the Nasdaq Composite COMP gaining 0.7%. Earlier, data showed the economy added 151,000 jobs in February, a bit fewer than economists had forecast, while the unemployment rate ticked up to 4.1%."] + fill("en", "b1") + [
             "Traders in fed funds futures still price about three quarter-point cuts this year, starting as soon as June, according to the CME FedWatch tool."]
    s.art("/story/feds-powell-says-no-hurry-to-cut-rates-stocks-pare-losses-8f3a2c1b",
          story("/story/feds-powell-says-no-hurry-to-cut-rates-stocks-pare-losses-8f3a2c1b", "Fed's Powell says no hurry to cut rates; stocks pare losses", "Chair says economy in a good place despite policy uncertainty",
                ["Joy Castellano"], pub, upd, paras, chips=(("SPX", "+0.55%"), ("COMP", "+0.70%"))),
          "Fed's Powell says no hurry to cut rates; stocks pare losses", "2025-03-07", ["Joy Castellano"], instant=pub[0])

    pub, upd = when("2025-04-02 21:45", "America/New_York"), when("2025-04-03 08:10", "America/New_York")
    paras = ["The 10-year Treasury yield has fallen sharply this year as investors rushed to the safety of government bonds. Some strategists think the move is about to reverse.",
             "The benchmark yield BX:TMUBMUSD10Y slipped to 4.13% on Wednesday, down from almost 4.8% in January. But a combination of sticky inflation, heavy Treasury issuance and the possibility that foreign buyers step back could push it back toward 5% by the end of the year, according to a note from Pellham Capital.",
             "\"The market has priced a slowdown, not a recession, and the deficit math has not improved,\" the Pellham strategists wrote. \"Term premium has nowhere to go but up.\""] + fill("en", "b2") + [
             "Not everyone agrees. Others argue that slowing growth and falling oil prices will keep yields anchored near 4% for months."]
    s.art("/story/why-the-10-year-treasury-yield-could-be-headed-back-to-5-4b9e7d20",
          story("/story/why-the-10-year-treasury-yield-could-be-headed-back-to-5-4b9e7d20", "Why the 10-year Treasury yield could be headed back to 5%", "Strategists say deficits and sticky inflation will win out",
                ["Vivian Okafor", "Brett Lam"], pub, upd, paras, meta=False),
          "Why the 10-year Treasury yield could be headed back to 5%", "2025-04-02", ["Vivian Okafor", "Brett Lam"], instant=pub[0])

    pub = when("2025-05-20 07:30", "America/New_York")
    paras = ["Dear Moneyist,", "My husband and I are both 62 and we have $1.8 million in retirement accounts, a paid-off house and no debt. He wants to retire this summer. I want to work two more years so we can wait to claim Social Security. Are we being too cautious, or is he being reckless?",
             "Worried in Ohio", "Dear Worried,",
             "You are asking the right question, but you may be framing it the wrong way. The choice is not between working and retiring; it is between different ways of bridging the years until your Social Security benefits are at their highest.",
             "With $1.8 million and no mortgage, a withdrawal rate of around 4% would give you roughly $72,000 a year before taxes. If your husband stops working now and you keep working for two years, you can delay claiming and let your savings grow a little longer."] + fill("en", "b3") + [
             "Talk to a fee-only financial planner who can run the numbers on your actual spending. The best plan is one you both can live with."]
    s.art("/story/my-husband-and-i-are-62-with-1-8-million-can-we-retire-now-3c1e9a77",
          story("/story/my-husband-and-i-are-62-with-1-8-million-can-we-retire-now-3c1e9a77", "My husband and I are 62 with $1.8 million. Can we retire now?", "\u2018He wants to retire this summer. I want to work two more years.\u2019",
                ["Marguerite Hale"], pub, None, paras, column="The Moneyist"),
          "My husband and I are 62 with $1.8 million. Can we retire now?", "2025-05-20", ["Marguerite Hale"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="element element--article"><h3 class="article__headline"><a class="link" href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s - MarketBeacon" % title, '<h1 class="title">%s</h1>%s<div class="collection__elements">%s</div>' % (E(title), extra, lis)))
    front("/", "MarketBeacon: Stock Market News, Financial News")
    front("/markets/", "Markets")
    front("/column/the-moneyist/", "The Moneyist", "<p>Marguerite Hale answers your questions about money, family and ethics.</p>")
    s.non("/investing/stock/aapl/", shell("AAPL Stock Price | Apple Inc. Stock Quote (U.S.: Nasdaq) | MarketBeacon",
          '<div class="element element--company"><h1 class="company__name">Apple Inc.</h1><span class="company__ticker">AAPL</span><div class="intraday__data"><bg-quote class="value">235.33</bg-quote><span class="change--point--q">-7.26</span><span class="change--percent--q">-3.10%%</span></div><div class="intraday__timestamp">Last Updated: Mar 3, 2025 4:00 p.m. EST Delayed quote</div></div>'
          '<ul class="list list--kv"><li class="kv__item"><small class="label">Open</small><span class="primary">241.79</span></li><li class="kv__item"><small class="label">Market Cap</small><span class="primary">$3.53T</span></li><li class="kv__item"><small class="label">P/E Ratio</small><span class="primary">37.31</span></li></ul>'
          '<div class="element element--description"><h2>Apple Inc. profile</h2><p>Apple, Inc. engages in the design, manufacture, and sale of smartphones, personal computers, tablets, wearables and accessories, and other varieties of related services. It operates through the following geographical segments: Americas, Europe, Greater China, Japan, and Rest of Asia Pacific. The company was founded in 1976 and is headquartered in Cupertino, CA.</p></div>'
          '<h2>Recent News</h2><ul>%s</ul>' % teasers(s)))
    s.non("/tools/earnings-calendar/", shell("Earnings Calendar - MarketBeacon", '<h1>Earnings Calendar</h1><p>Week of March 3, 2025</p><table class="table"><thead><tr><th>Company</th><th>Symbol</th><th>Fiscal Qtr</th><th>Forecast EPS</th><th>Actual</th></tr></thead><tbody>' +
          "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("Acme Semiconductor", "ACME", "Q4 2025", "1.12", "1.19"), ("Broadcom", "AVGO", "Q1 2025", "1.49", "1.60"), ("Costco", "COST", "Q2 2025", "4.10", "4.02"), ("Target", "TGT", "Q4 2024", "2.26", "2.41")]) + '</tbody></table>'))
    s.non("/investing/currencies/tools/converter/", shell("Currency Converter - MarketBeacon", '<h1>Currency Converter</h1><form class="converter"><input name="amount" value="1"><select name="from"><option>USD</option><option>EUR</option></select><select name="to"><option>EUR</option><option>JPY</option></select><button>Convert</button></form><p class="result">1 USD = 0.9541 EUR</p><p class="disclaimer">Rates are indicative and delayed.</p>'))
    for a in ["Joy Castellano", "Vivian Okafor", "Brett Lam", "Marguerite Hale"]:
        s.non("/author/%s/" % a.lower().replace(" ", "-"), shell("%s - MarketBeacon" % a, '<div class="author"><h1 class="author__name">%s</h1><p class="author__bio">%s is a reporter for MarketBeacon, based in New York.</p></div><ul>%s</ul>' % (E(a), E(a), teasers(s))))


# ---------------------------------------------------------------- 5 Alpha Ledger (Seeking Alpha-like)
def alpha():
    s = Site(215, "Alpha Ledger", "en")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="content">'
                '<header data-test-id="header"><a href="/" data-test-id="logo">Alpha Ledger</a><nav><a href="/market-news/">News</a> <a href="/analysis/">Analysis</a> <a href="/symbol/AAPL/">AAPL</a> <a href="/earnings/earnings-calendar/">Earnings Calendar</a> <a href="/about/">About</a></nav></header>'
                '<main>%s</main><footer><p>&copy; 2025 Alpha Ledger. All rights reserved. Quotes delayed at least 15 minutes.</p></footer></div></body></html>') % (E(title), head, body)

    def story(path, title, ticker_tag, author, tagline, pub, summary, paras, disclosure, comments):
        tp, ip, dp = pub
        h = dp.hour % 12 or 12
        disp = "%s. %02d, %d %d:%02d %s ET" % (dp.strftime("%b"), dp.day, dp.year, h, dp.minute, "AM" if dp.hour < 12 else "PM")
        slug = author.split(",")[0].lower().replace(" ", "-")
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s">' % E(title) +
                jl({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": ip, "author": {"@type": "Person", "name": author, "url": "/author/%s/" % slug}}))
        b = ('<article data-test-id="article"><div data-test-id="post-page-meta"><a href="/analysis/">Analysis</a> <a href="/symbol/%s/" data-test-id="symbol-tag">%s</a></div>'
             '<h1 data-test-id="post-title">%s</h1><div data-test-id="post-date-author"><span data-test-id="post-date">%s</span><span>%d Comments</span></div>'
             '<div data-test-id="author-info"><a data-test-id="author-name" href="/author/%s/">%s</a><span data-test-id="author-tagline">%s</span><span>12.4K Followers</span><button>Follow</button></div>'
             '<div data-test-id="article-summary"><h2 data-test-id="article-summary-title">Summary</h2><ul>%s</ul></div>'
             '<div data-test-id="content-container" class="paywall-full-content">%s</div>'
             '<div data-test-id="disclosure"><p><strong>Analyst\'s Disclosure:</strong> %s</p><p><strong>Alpha Ledger\'s Disclosure:</strong> Past performance is no guarantee of future results. No recommendation or advice is being given as to whether any investment is suitable for a particular investor.</p></div></article>'
             '<section data-test-id="comments"><h3>Comments (%d)</h3>%s</section>') % (
            ticker_tag, ticker_tag, E(title), disp, len(comments), slug, E(author), E(tagline), "".join("<li>%s</li>" % E(x) for x in summary), ps(paras), E(disclosure), len(comments),
            "".join('<div class="comment"><a class="comment-author" href="#">%s</a><p>%s</p></div>' % (E(u), E(c)) for u, c in comments))
        return shell("%s (%s) | Alpha Ledger" % (title, ticker_tag.replace("AAPL", "NASDAQ:AAPL").replace("O", "NYSE:O") if ticker_tag != "NVDA" else "NASDAQ:NVDA"), b, head)

    pub = when("2025-03-03 18:24", "America/New_York")
    paras = ["Apple's latest quarter confirmed what I have argued for a while: the iPhone is no longer the engine of the investment case. Services revenue grew 14% year over year to a record $26.3 billion, and gross margin in the segment reached 75%.",
             "That matters because services now contribute roughly 45% of gross profit while accounting for only a quarter of revenue. Each dollar of services growth does almost twice as much for earnings as a dollar of hardware growth.",
             "Bears will point to China, where hardware sales fell 11%. I take that risk seriously, but the installed base of active devices passed 2.35 billion, and that base is what the services machine monetizes."] + fill("en", "a1") + [
             "At 31 times forward earnings, the shares are not cheap. Still, with buybacks shrinking the share count by about 3% a year, I rate Apple a Buy for long-term dividend growth investors."]
    s.art("/article/4765432-apple-services-machine-keeps-humming",
          story("/article/4765432-apple-services-machine-keeps-humming", "Apple: The Services Machine Keeps Humming", "AAPL", "Dividend Harvester", "Investing Group Leader", pub,
                ["Services revenue hit a record, with gross margins near 75%.", "China remains a risk for hardware, but the installed base keeps growing.", "I rate Apple a Buy for dividend growth investors."], paras,
                "I/we have a beneficial long position in the shares of AAPL either through stock ownership, options, or other derivatives.",
                [("ValueHunter88", "Great write-up, but I think you are too optimistic about China and the App Store fees."), ("LongTermLarry", "Been holding since 2009, not selling a single share.")]),
          "Apple: The Services Machine Keeps Humming", "2025-03-03", ["Dividend Harvester"], instant=pub[0],
          must=["Services revenue grew 14% year over year to a record $26.3 billion"], must_not=["Been holding since 2009, not selling a single share."])

    pub = when("2025-03-05 20:30", "America/New_York")
    paras = ["Realty Income has lagged the broader REIT index over the past year as investors worried about higher-for-longer interest rates. I think that worry is now priced in, and the shares offer one of the safer 5.8% yields in the market.",
             "The company's adjusted funds from operations per share grew 4.8% last year, and management guided to a similar pace for 2025. The payout ratio sits near 75% of AFFO, which leaves room for the monthly dividend to keep rising.",
             "Its tenant base is diversified across more than 1,500 clients, with grocery stores, convenience stores and dollar stores making up the largest share of rent. Occupancy stood at 98.7% at year-end."] + fill("en", "a2") + [
             "Valuation is the key point: at about 13 times AFFO, the shares trade well below their ten-year average multiple. I reiterate my Buy rating."]
    s.art("/article/4766120-realty-income-a-5-8-percent-yield-that-still-looks-cheap",
          story("/article/4766120-realty-income-a-5-8-percent-yield-that-still-looks-cheap", "Realty Income: A 5.8% Yield That Still Looks Cheap", "O", "Margaret Ellison, CFA", "Dividend investor, CFA charterholder", pub,
                ["Shares lag peers on rate fears.", "AFFO growth and a 75% payout ratio support the dividend.", "Valuation at 13x AFFO looks attractive."], paras,
                "I/we have no stock, option or similar derivative position in any of the companies mentioned, but may initiate a beneficial Long position through a purchase of the stock within the next 72 hours.",
                [("REITRoyalty", "O is my largest position, happy to keep collecting."), ]),
          "Realty Income: A 5.8% Yield That Still Looks Cheap", "2025-03-05", ["Margaret Ellison"], instant=pub[0])

    pub = when("2025-04-28 07:00", "America/New_York")
    paras = ["Nvidia reports first-quarter results next month, and the bar is as high as it has ever been. Consensus expects revenue of about $43 billion, up roughly 66% from a year ago, with data center sales doing almost all the heavy lifting.",
             "The concern is not demand. Hyperscalers have raised their capital spending budgets for 2025 again, and orders for the Blackwell platform appear to be sold out for several quarters. The concern is supply, margins and export rules.",
             "Gross margin is expected to dip toward 71% as Blackwell ramps, and new export restrictions on chips bound for China could cost the company several billion dollars in lost sales this year."] + fill("en", "a3") + [
             "I remain a Hold on the shares ahead of the print. The long-term story is intact, but the risk-reward into earnings looks balanced."]
    s.art("/article/4781005-nvidia-q1-preview-expectations-are-sky-high-but-so-is-demand",
          story("/article/4781005-nvidia-q1-preview-expectations-are-sky-high-but-so-is-demand", "Nvidia Q1 Preview: Expectations Are Sky-High, But So Is Demand", "NVDA", "Julian Marsh", "Tech analyst, long-only", pub,
                ["Revenue expected around $43 billion.", "Margins and export rules are the main risks.", "Hold rating into earnings."], paras,
                "I/we have a beneficial long position in the shares of NVDA either through stock ownership, options, or other derivatives.", []),
          "Nvidia Q1 Preview: Expectations Are Sky-High, But So Is Demand", "2025-04-28", ["Julian Marsh"], instant=pub[0])

    def lst(path, title, extra=""):
        lis = "".join('<article data-test-id="post-list-item"><h3><a data-test-id="post-list-item-title" href="%s">%s</a></h3></article>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s | Alpha Ledger" % title, '<h1>%s</h1>%s<div data-test-id="post-list">%s</div>' % (E(title), extra, lis)))
    lst("/", "Alpha Ledger: Stock Market Analysis &amp; Tools for Investors")
    lst("/analysis/", "Stock Market Analysis")
    lst("/market-news/", "Market News", '<ul><li>AAPL dips 3% after China shipment data <span>Mar. 03</span></li><li>Realty Income declares $0.2685 monthly dividend <span>Mar. 11</span></li></ul>')
    for a, t in [("dividend-harvester", "Dividend Harvester"), ("margaret-ellison", "Margaret Ellison, CFA"), ("julian-marsh", "Julian Marsh")]:
        lst("/author/%s/" % a, t, '<div data-test-id="author-profile"><p>Contributor since 2017. 12.4K Followers. Focus on dividend growth and long-term value.</p></div>')
    s.non("/symbol/AAPL/", shell("Apple Inc. (AAPL) Stock Price, News, Quote &amp; History | Alpha Ledger",
          '<h1>Apple Inc. (AAPL)</h1><div data-test-id="symbol-price">$235.33 <span>-7.26 (-3.10%%)</span></div><table><tr><td>Quant Rating</td><td>Hold</td></tr><tr><td>Analysts\' Rating</td><td>Buy</td></tr><tr><td>Market Cap</td><td>3.53T</td></tr></table><h2>Analysis</h2><ul>%s</ul>' % teasers(s)))
    s.non("/earnings/earnings-calendar/", shell("Earnings Calendar | Alpha Ledger", '<h1>Earnings Calendar</h1><table><tr><th>Symbol</th><th>Date</th><th>Time</th><th>EPS Estimate</th></tr><tr><td>NVDA</td><td>May 28, 2025</td><td>After Market Close</td><td>0.93</td></tr><tr><td>CRM</td><td>May 28, 2025</td><td>After Market Close</td><td>2.55</td></tr></table>'))
    s.non("/about/", shell("About Us | Alpha Ledger", "<h1>About Alpha Ledger</h1><p>Alpha Ledger is a crowd-sourced investment research platform. Contributors are independent investors and analysts.</p><p>Contact: support@alphaledger.example</p>"))
    s.sitemap()


# ---------------------------------------------------------------- 6 Börsenblick (Handelsblatt-like)
def boersenblick():
    s = Site(216, "Börsenblick", "de")
    nav = [("/finanzen/maerkte/", "Märkte"), ("/unternehmen/", "Unternehmen"), ("/finanzen/geldanlage/", "Geldanlage"), ("/aktien/sap-aktie/", "SAP Aktie"), ("/devisen/euro-dollar-kurs/", "Devisenrechner"), ("/impressum/", "Impressum")]

    def shell(title, body, head=""):
        n = "".join('<li class="c-nav__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="c-topbar"><span class="c-topbar__date">Dienstag, 06. Mai 2025</span> <span class="c-ticker">DAX 23.249,65 +0,84 %%</span> <span class="c-ticker">Gold 3.331 $ +1,2 %%</span></div>'
                '<header class="c-header"><a href="/" class="c-header__logo">Börsenblick</a><nav class="c-nav"><ul>%s</ul></nav></header><main class="c-main">%s</main>'
                '<footer class="c-footer"><p>&copy; Börsenblick GmbH 2025. Alle Rechte vorbehalten.</p><a href="/impressum/">Impressum</a> <a href="/newsletter/">Newsletter</a></footer></body></html>') % (E(title), head, n, body)

    def story(path, kicker, title, teaser, authors, pub, paras, section):
        tp, ip, dp = pub
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="date" content="%s"><meta property="article:published_time" content="%s">' % (E(title), ip, ip) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s: %s" % (kicker, title), "datePublished": ip, "dateModified": ip,
                    "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": "Börsenblick"}}))
        au = ", ".join('<a class="c-author__link" href="/autoren/%s/">%s</a>' % (a.lower().replace(" ", "-").replace("ö", "oe"), E(a)) for a in authors)
        b = ('<article class="c-article"><div class="c-breadcrumb"><a href="/">Startseite</a> › <a href="%s">%s</a></div><header class="c-article__header"><span class="c-overline">%s</span>'
             '<h1 class="c-headline">%s</h1><p class="c-lead">%s</p><div class="c-meta"><div class="c-author">%s</div>'
             '<time class="c-date" datetime="%s">%s</time></div></header><div class="c-article__body">%s</div>'
             '<div class="c-article__tags"><a href="/themen/dax/">Dax</a> <a href="/themen/boerse/">Börse</a></div></article>') % (
            section[0], E(section[1]), E(kicker), E(title), E(teaser), au, ip, dp.strftime("%d.%m.%Y - %H:%M Uhr"), ps(paras))
        return shell("%s: %s - Börsenblick" % (kicker, title), b, head)

    pub = when("2025-03-11 17:52", "Europe/Berlin")
    paras = ["Der deutsche Aktienmarkt hat am Dienstag deutlich nachgegeben. Der Leitindex Dax schloss 1,3 Prozent tiefer bei 22.328 Punkten, nachdem er zwischenzeitlich mehr als zwei Prozent verloren hatte.",
             "Belastet wurde die Stimmung vor allem durch den eskalierenden Zollstreit zwischen den USA und ihren Handelspartnern. Die Ankündigung neuer Abgaben auf Stahl und Aluminium traf vor allem exportstarke Werte wie Thyssenkrupp und Salzgitter, deren Aktien jeweils mehr als vier Prozent einbüßten.",
             "Gegen den Trend zulegen konnten Rüstungswerte. Rheinmetall gewannen 3,2 Prozent, Hensoldt stiegen um 2,7 Prozent, nachdem die künftige Bundesregierung ein milliardenschweres Sondervermögen für die Verteidigung angekündigt hatte."] + fill("de", "f1") + [
             "Der Euro notierte am Abend bei 1,0920 Dollar. Die Rendite zehnjähriger Bundesanleihen lag bei 2,88 Prozent."]
    s.art("/finanzen/maerkte/marktberichte/dax-aktuell-dax-schliesst-mit-verlusten-zollstreit-belastet/100112345.html",
          story("/finanzen/maerkte/marktberichte/dax-aktuell-dax-schliesst-mit-verlusten-zollstreit-belastet/100112345.html", "Dax aktuell", "Dax schließt mit Verlusten – Zollstreit belastet",
                "Neue US-Zölle auf Stahl und Aluminium drücken die Stimmung. Rüstungswerte bleiben gefragt.", ["Lena Hoffmann", "Felix Brandt"], pub, paras, ("/finanzen/maerkte/", "Märkte")),
          "Dax schließt mit Verlusten – Zollstreit belastet", "2025-03-11", ["Lena Hoffmann", "Felix Brandt"], instant=pub[0])

    pub = when("2025-05-13 07:31", "Europe/Berlin")
    paras = ["Siemens Energy hat nach einem unerwartet starken zweiten Geschäftsquartal seine Prognose für das laufende Jahr angehoben. Der Energietechnikkonzern rechnet nun mit einem Umsatzwachstum zwischen 13 und 15 Prozent, bislang waren neun bis elf Prozent geplant.",
             "Der Auftragseingang stieg im Quartal bis Ende März auf 16,7 Milliarden Euro, getrieben von der hohen Nachfrage nach Gasturbinen und Netztechnik für Rechenzentren. Unter dem Strich verdiente das Unternehmen 1,0 Milliarden Euro nach einem Verlust im Vorjahreszeitraum.",
             "Sorgenkind bleibt die Windkrafttochter Siemens Gamesa, die erneut einen operativen Verlust auswies. Konzernchef Christian Bruch zeigte sich jedoch zuversichtlich, die Sparte im kommenden Geschäftsjahr in die Gewinnzone zu führen."] + fill("de", "f2") + [
             "Die Aktie legte im vorbörslichen Handel um gut fünf Prozent zu. Mit Material von dpa und Reuters."]
    s.art("/unternehmen/industrie/siemens-energy-hebt-prognose-nach-starkem-quartal-an/100113870.html",
          story("/unternehmen/industrie/siemens-energy-hebt-prognose-nach-starkem-quartal-an/100113870.html", "Energietechnik", "Siemens Energy hebt Prognose nach starkem Quartal an",
                "Gasturbinen und Netztechnik treiben das Geschäft. Die Windsparte bleibt im Minus.", ["Sabine Roth"], pub, paras, ("/unternehmen/", "Unternehmen")),
          "Siemens Energy hebt Prognose nach starkem Quartal an", "2025-05-13", ["Sabine Roth"], instant=pub[0])

    pub = when("2025-02-04 00:45", "Europe/Berlin")
    paras = ["Der Goldpreis ist in der Nacht auf Dienstag auf ein neues Rekordhoch gestiegen. Eine Feinunze kostete im asiatischen Handel zeitweise 2.830 Dollar und damit so viel wie nie zuvor.",
             "Anleger suchen angesichts der drohenden Zölle auf Importe aus Kanada, Mexiko und China verstärkt Schutz in dem Edelmetall. Auch die anhaltenden Käufe der Notenbanken stützen den Preis seit Monaten.",
             "„Gold profitiert von jeder neuen Eskalationsstufe im Handelsstreit“, sagte Rohstoffexperte Martin Kessler von der Hanseatischen Vermögensbank. Er hält einen Anstieg auf 3.000 Dollar bis zum Jahresende für wahrscheinlich."] + fill("de", "f3") + [
             "Auch Silber verteuerte sich leicht und kostete 31,60 Dollar je Unze."]
    s.art("/finanzen/geldanlage/goldpreis-steigt-auf-rekordhoch/100110552.html",
          story("/finanzen/geldanlage/goldpreis-steigt-auf-rekordhoch/100110552.html", "Edelmetall", "Goldpreis steigt auf Rekordhoch",
                "Die Furcht vor einem Handelskrieg treibt Anleger in den sicheren Hafen.", ["Jonas Weber"], pub, paras, ("/finanzen/geldanlage/", "Geldanlage")),
          "Goldpreis steigt auf Rekordhoch", "2025-02-04", ["Jonas Weber"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="c-teaser"><a class="c-teaser__link" href="%s"><h3 class="c-teaser__headline">%s</h3></a></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s - Börsenblick" % title, '<h1 class="c-page-title">%s</h1>%s%s' % (E(title), extra, lis)))
    front("/", "Börsenblick – Nachrichten aus Wirtschaft, Finanzen und Börse")
    front("/finanzen/maerkte/", "Märkte")
    front("/unternehmen/", "Unternehmen")
    front("/finanzen/geldanlage/", "Geldanlage")
    front("/themen/dax/", "Dax")
    front("/themen/boerse/", "Börse")
    for a in ["Lena Hoffmann", "Felix Brandt", "Sabine Roth", "Jonas Weber"]:
        front("/autoren/%s/" % a.lower().replace(" ", "-"), a, '<p class="c-author-bio">%s ist Redakteurin/Redakteur im Ressort Finanzen und berichtet über Märkte und Unternehmen.</p>' % E(a))
    s.non("/aktien/sap-aktie/", shell("SAP Aktie: Aktueller Kurs, Chart &amp; News - Börsenblick",
          '<h1>SAP Aktie</h1><div class="c-quote"><span>WKN: 716460</span> <span>ISIN: DE0007164600</span><span class="c-quote__price">264,15 EUR</span><span class="c-quote__chg">+1,85 %%</span><span>Stand: 06.05.2025 17:35 Uhr</span></div>'
          '<div class="c-chart"><img src="/charts/sap-1y.png" alt="Chart SAP 1 Jahr"></div><table><tr><td>KGV 2025e</td><td>48,2</td></tr><tr><td>Dividende</td><td>2,35 EUR</td></tr><tr><td>Marktkapitalisierung</td><td>308,5 Mrd. EUR</td></tr></table>'
          '<h2>SAP Aktie News</h2><ul>%s</ul>' % teasers(s)))
    s.non("/devisen/euro-dollar-kurs/", shell("Euro Dollar Kurs – Devisenrechner EUR/USD - Börsenblick", '<h1>Euro-Dollar-Kurs (EUR/USD)</h1><div class="c-quote__price">1,1312 USD</div><form class="c-converter"><label>Betrag</label><input value="100"><select><option>EUR</option></select><select><option>USD</option></select><button>Umrechnen</button></form><p>100 EUR = 113,12 USD</p>'))
    s.non("/newsletter/", shell("Newsletter - Börsenblick", '<h1>Newsletter</h1><p>Der Morning Briefing: Jeden Morgen die wichtigsten Nachrichten aus Wirtschaft und Finanzen.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Jetzt anmelden</button></form>'))
    s.non("/impressum/", shell("Impressum - Börsenblick", "<h1>Impressum</h1><p>Börsenblick GmbH, Toulouser Allee 9, 40211 Düsseldorf. Geschäftsführung: Petra Lindner. Chefredaktion: Markus Oberhauser. Registergericht Düsseldorf HRB 99999.</p>"))
    s.sitemap()


# ---------------------------------------------------------------- 7 Les Nouvelles Financières (Les Echos-like)
def nouvelles():
    s = Site(217, "Les Nouvelles Financières", "fr")
    MO = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    def fr(dt):
        return "%d %s %d à %d:%02d" % (dt.day, MO[dt.month - 1], dt.year, dt.hour, dt.minute)

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="__next">'
                '<header class="sc-1bbd2ny-0 bXmYzK"><a href="/" class="sc-1bbd2ny-1">Les Nouvelles Financières</a><nav class="sc-1ux1j2o-0"><a href="/finance-marches/">Finance &amp; Marchés</a> <a href="/finance-marches/marches-financiers/">Marchés financiers</a> <a href="/finance-marches/banque-assurances/">Banque &amp; Assurances</a> <a href="/bourse/cotations/">Cotations</a> <a href="/newsletters/">Newsletters</a></nav></header>'
                '<main class="sc-1nr5ntw-0">%s</main><footer class="sc-19xkfa5-0"><a href="/mentions-legales/">Mentions légales</a> <p>&copy; Les Nouvelles Financières 2025</p></footer></div></body></html>') % (E(title), head, body)

    def story(path, title, chapo, authors, pub, upd, paras, section, paywall=False):
        tp, ip, dp = pub
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">' % (E(title), E(chapo)) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ip, "dateModified": upd[1] if upd else ip,
                    "author": [person(a) for a in authors], "isAccessibleForFree": not paywall, "publisher": {"@type": "Organization", "name": "Les Nouvelles Financières"}}))
        au = ", ".join('<a class="sc-1a6ks4n-0" href="/journalistes/%s/">%s</a>' % (a.lower().replace(" ", "-").replace("é", "e").replace("è", "e"), E(a)) for a in authors)
        dates = '<span class="sc-1h8zfp9-0">Publié le %s</span>' % fr(dp)
        if upd:
            dates += '<span class="sc-1h8zfp9-1">Mis à jour le %s</span>' % fr(upd[2])
        body = ps(paras, "sc-14kwckt-6 gPHWRV")
        if paywall:
            body += '<div class="sc-paywall"><p class="sc-paywall-title">Cet article est réservé aux abonnés.</p><p>Pour le lire, profitez de notre offre : 1 € le premier mois, sans engagement.</p><a href="/newsletters/">Je m\'abonne</a> <a href="#">Déjà abonné ? Se connecter</a></div>'
        b = ('<article class="sc-1tqcf8c-0"><div class="sc-1f1v0ao-0"><a href="%s">%s</a></div><h1 class="sc-AxjAm sc-1tqcf8c-1 jWqkGy">%s</h1><p class="sc-14kwckt-6 sc-1tqcf8c-2 chapo">%s</p>'
             '<div class="sc-1a6ks4n-1"><span>Par %s</span></div><div class="sc-1h8zfp9-2">%s</div><div class="post-paywall">%s</div></article>'
             '<aside class="sc-related"><h3>À lire aussi</h3><ul>%s</ul></aside>') % (section[0], E(section[1]), E(title), E(chapo), au, dates, body, teasers(s))
        return shell("%s | Les Nouvelles Financières" % title, b, head)

    pub, upd = when("2025-03-17 18:05", "Europe/Paris"), when("2025-03-18 07:10", "Europe/Paris")
    paras = ["La Bourse de Paris a fini la séance de lundi en net repli. Le CAC 40 a cédé 2,03 % pour terminer à 7.931 points, plombé par les valeurs du luxe après des chiffres de consommation décevants en Chine.",
             "LVMH a reculé de 4,1 %, Kering de 5,3 % et Hermès de 2,8 %. Les ventes au détail chinoises ont progressé moins vite qu'attendu en février, ravivant les craintes d'un ralentissement durable de la demande pour les produits haut de gamme.",
             "« Le marché était très positionné à l'achat sur le luxe depuis le début de l'année, la correction était presque inévitable », juge Hélène Marchal, stratégiste chez Valmont Gestion."] + fill("fr", "g1") + [
             "À l'inverse, les valeurs de la défense ont poursuivi leur progression, Thales gagnant 3,4 % et Dassault Aviation 2,9 %."]
    s.art("/finance-marches/marches-financiers/le-cac-40-cede-2-plombe-par-le-luxe-2154321",
          story("/finance-marches/marches-financiers/le-cac-40-cede-2-plombe-par-le-luxe-2154321", "Le CAC 40 cède 2 %, plombé par le luxe", "Les chiffres de la consommation chinoise ont pesé sur LVMH, Kering et Hermès.",
                ["Camille Rousseau"], pub, upd, paras, ("/finance-marches/marches-financiers/", "Marchés financiers")),
          "Le CAC 40 cède 2 %, plombé par le luxe", "2025-03-17", ["Camille Rousseau"], instant=pub[0])

    pub = when("2025-02-06 07:02", "Europe/Paris")
    paras = ["BNP Paribas relève ses ambitions. La première banque de la zone euro vise désormais un rendement des fonds propres tangibles de 12 % en 2026, contre 11,5 % précédemment, après une année 2024 marquée par un bénéfice net record de 11,7 milliards d'euros.",
             "Le groupe compte sur l'intégration d'AXA Investment Managers, dont l'acquisition doit être finalisée d'ici l'été, et sur la bonne tenue de sa banque de financement et d'investissement, dont les revenus ont progressé de 9 % au quatrième trimestre."]
    s.art("/finance-marches/banque-assurances/bnp-paribas-releve-ses-objectifs-de-rentabilite-pour-2026-2149876",
          story("/finance-marches/banque-assurances/bnp-paribas-releve-ses-objectifs-de-rentabilite-pour-2026-2149876", "BNP Paribas relève ses objectifs de rentabilité pour 2026", "La banque a publié un bénéfice record pour 2024 et compte sur AXA IM.",
                ["Julien Mercier", "Élise Fontaine"], pub, None, paras, ("/finance-marches/banque-assurances/", "Banque & Assurances"), paywall=True),
          "BNP Paribas relève ses objectifs de rentabilité pour 2026", "2025-02-06", ["Julien Mercier", "Élise Fontaine"], instant=pub[0],
          must=["Le groupe compte sur l'intégration d'AXA Investment Managers"], must_not=["Pour le lire, profitez de notre offre"])

    pub, upd = when("2025-04-01 00:40", "Europe/Paris"), when("2025-04-01 09:15", "Europe/Paris")
    paras = ["Les taux d'emprunt de l'Etat français ont atteint dans la nuit leur plus haut niveau depuis 2011. Le rendement de l'OAT à dix ans est monté jusqu'à 3,62 %, dans le sillage d'une remontée générale des taux en Europe.",
             "L'écart avec le Bund allemand, très surveillé par les investisseurs, s'est stabilisé autour de 0,75 point de pourcentage, loin des sommets atteints à l'automne lors de la censure du gouvernement.",
             "« La hausse des dépenses de défense annoncée par Berlin a changé la donne pour tous les marchés obligataires européens », explique Antoine Lefèvre, qui suit le marché des taux pour notre rédaction."] + fill("fr", "g3") + [
             "L'Agence France Trésor prévoit d'émettre 300 milliards d'euros de dette à moyen et long terme cette année, un record."]
    s.art("/finance-marches/marches-financiers/les-taux-demprunt-francais-grimpent-au-plus-haut-depuis-2011-2157788",
          story("/finance-marches/marches-financiers/les-taux-demprunt-francais-grimpent-au-plus-haut-depuis-2011-2157788", "Les taux d'emprunt français grimpent au plus haut depuis 2011", "L'OAT à dix ans a dépassé 3,6 % dans la nuit.",
                ["Antoine Lefèvre"], pub, upd, paras, ("/finance-marches/marches-financiers/", "Marchés financiers")),
          "Les taux d'emprunt français grimpent au plus haut depuis 2011", "2025-04-01", ["Antoine Lefèvre"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="sc-teaser"><h3><a href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s | Les Nouvelles Financières" % title, '<h1>%s</h1>%s%s' % (E(title), extra, lis)))
    front("/", "Les Nouvelles Financières - Actualité économique, financière et boursière")
    front("/finance-marches/", "Finance &amp; Marchés".replace("&amp;", "&"))
    front("/finance-marches/marches-financiers/", "Marchés financiers")
    front("/finance-marches/banque-assurances/", "Banque & Assurances")
    for a in ["Camille Rousseau", "Julien Mercier", "Élise Fontaine", "Antoine Lefèvre"]:
        front("/journalistes/%s/" % a.lower().replace(" ", "-").replace("é", "e").replace("è", "e"), a, "<p>Journaliste au service Finance &amp; Marchés.</p>")
    s.non("/bourse/cotations/", shell("Cotations CAC 40 | Les Nouvelles Financières", '<h1>CAC 40 - Cotations en temps réel</h1><table><tr><th>Valeur</th><th>Cours</th><th>Var.</th></tr>' +
          "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("LVMH", "612,40", "-4,10 %"), ("Kering", "214,85", "-5,30 %"), ("Thales", "259,10", "+3,40 %"), ("BNP Paribas", "75,12", "+0,80 %")]) + '</table><p>Données différées de 15 minutes.</p>'))
    s.non("/newsletters/", shell("Newsletters | Les Nouvelles Financières", '<h1>Nos newsletters</h1><p>Recevez chaque matin l\'essentiel de l\'actualité financière.</p><form><input type="email"><button>Je m\'inscris</button></form>'))
    s.non("/mentions-legales/", shell("Mentions légales | Les Nouvelles Financières", "<h1>Mentions légales</h1><p>Les Nouvelles Financières SAS, 10 boulevard de Grenelle, 75015 Paris. Directeur de la publication : Bernard Aumont.</p>"))


# ---------------------------------------------------------------- 8 Economía Abierta (Expansión-like)
def economia():
    s = Site(218, "Economía Abierta", "es")
    DIAS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
    MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

    def es(dt):
        return "%s, %d %s %d - %02d:%02d" % (DIAS[dt.weekday()], dt.day, MESES[dt.month - 1], dt.year, dt.hour, dt.minute)

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="ue-l-page">'
                '<header class="ue-c-main-header"><a class="ue-c-main-header__logo" href="/">Economía Abierta</a><nav class="ue-c-main-navigation"><a href="/mercados.html">Mercados</a> <a href="/empresas.html">Empresas</a> <a href="/mercados/cotizaciones/indices/ibex35.html">Ibex 35</a> <a href="/boletines.html">Boletines</a></nav></header>'
                '<main class="ue-l-cover-grid">%s</main><footer class="ue-c-main-footer"><a href="/aviso-legal.html">Aviso legal</a> <p>&copy; 2025 Ediciones Economía Abierta, S.L.</p></footer></body></html>') % (E(title), head, body)

    def story(path, title, standfirst, names, location, pub, shown, paras, section):
        tp, ip, dp = pub
        head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (E(title), ip, shown[1]) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ip, "dateModified": shown[1],
                    "author": [{"@type": "Person", "name": n} for n in names] if names != ["Economía Abierta"] else {"@type": "Organization", "name": "Economía Abierta"},
                    "publisher": {"@type": "Organization", "name": "Economía Abierta"}}))
        by = "".join('<div class="ue-c-article__byline-name"><a href="/autor/%s.html">%s</a></div>' % (n.lower().replace(" ", "-").replace("í", "i"), E(n)) if n != "Economía Abierta" else '<div class="ue-c-article__byline-name">%s</div>' % E(n) for n in names)
        b = ('<article class="ue-c-article"><div class="ue-c-article__kicker"><a href="%s">%s</a></div><h1 class="ue-c-article__headline js-headline">%s</h1><p class="ue-c-article__standfirst">%s</p>'
             '<div class="ue-c-article__byline"><div class="ue-c-article__byline-name-container">%s</div><div class="ue-c-article__byline-location">%s</div></div>'
             '<div class="ue-c-article__publishdate"><time datetime="%s">Actualizado %s</time></div>'
             '<div class="ue-l-article__body ue-c-article__body">%s</div><div class="ue-c-article__tags"><a href="/mercados.html">Mercados</a></div></article>') % (
            section[0], E(section[1]), E(title), E(standfirst), by, E(location), shown[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), es(shown[2]), ps(paras))
        return shell("%s | Mercados" % title, b, head)

    pub, shown = when("2025-03-04 17:48", "Europe/Madrid"), when("2025-03-05 09:10", "Europe/Madrid")
    paras = ["El Ibex 35 cerró la sesión del martes con una caída del 1,8%, hasta los 12.955 puntos, arrastrado por la banca y por el temor a una guerra comercial abierta entre Estados Unidos y sus principales socios.",
             "Sabadell cayó un 4,2%, Bankinter un 3,6% y Santander un 3,1%. Los inversores recogieron beneficios en un sector que acumula una subida superior al 20% desde enero, impulsado por los elevados márgenes y las generosas remuneraciones al accionista.",
             "«El mercado estaba esperando una excusa para tomar beneficios en la banca y los aranceles se la han dado», señala Lucía Ortega, analista de Bolsa de Valverde Inversiones."] + fill("es", "h1") + [
             "En el mercado de deuda, la prima de riesgo española se situó en 67 puntos básicos y el euro se apreció hasta 1,0620 dólares."]
    s.art("/mercados/2025/03/04/67c6b2a1e85ece1b3a8b4571.html",
          story("/mercados/2025/03/04/67c6b2a1e85ece1b3a8b4571.html", "El Ibex 35 cae un 1,8% arrastrado por la banca", "Sabadell, Bankinter y Santander lideran los descensos ante el temor a una guerra comercial",
                ["Marta Delgado"], "Madrid", pub, shown, paras, ("/mercados.html", "Mercados")),
          "El Ibex 35 cae un 1,8% arrastrado por la banca", "2025-03-04", ["Marta Delgado"], instant=pub[0])

    pub = when("2025-04-29 07:05", "Europe/Madrid")
    paras = ["Banco Santander ganó 3.402 millones de euros en el primer trimestre de 2025, un 19% más que en el mismo periodo del año anterior, gracias al crecimiento de los ingresos por comisiones y a la contención de los costes.",
             "El margen de intereses se mantuvo prácticamente estable en 11.240 millones, mientras que las comisiones netas crecieron un 6%. La rentabilidad sobre el capital tangible alcanzó el 16,2%, por encima del objetivo fijado para el conjunto del año.",
             "La entidad reiteró su intención de destinar 10.000 millones de euros a recompras de acciones con cargo a los resultados de 2025 y 2026."] + fill("es", "h2") + [
             "La acción subía un 2,4% en los primeros compases de la sesión."]
    s.art("/empresas/banca/2025/04/29/6810a3c2fc6c83e2458b45a7.html",
          story("/empresas/banca/2025/04/29/6810a3c2fc6c83e2458b45a7.html", "Santander gana 3.402 millones en el primer trimestre, un 19% más", "El banco mantiene su plan de recompras de 10.000 millones",
                ["Pablo Serrano", "Irene Campos"], "Madrid", pub, pub, paras, ("/empresas.html", "Empresas")),
          "Santander gana 3.402 millones en el primer trimestre, un 19% más", "2025-04-29", ["Pablo Serrano", "Irene Campos"], instant=pub[0])

    pub = when("2025-02-10 10:32", "Europe/Madrid")
    paras = ["El euro cayó este lunes hasta 1,0290 dólares, su nivel más bajo en dos semanas, después de que Washington anunciara nuevos aranceles del 25% sobre el acero y el aluminio importados.",
             "La divisa comunitaria acumula una depreciación cercana al 7% desde septiembre, cuando cotizaba por encima de 1,11 dólares. El diferencial de tipos entre la Reserva Federal y el Banco Central Europeo sigue jugando a favor del dólar.",
             "El yen y el franco suizo, considerados valores refugio, también se apreciaron frente a la moneda única."] + fill("es", "h3")
    s.art("/mercados/divisas/2025/02/10/67a9f0e5e4d4d8b1048b4590.html",
          story("/mercados/divisas/2025/02/10/67a9f0e5e4d4d8b1048b4590.html", "El euro cae frente al dólar tras la amenaza de nuevos aranceles", "La moneda única toca mínimos de dos semanas",
                ["Economía Abierta"], "Madrid", pub, pub, paras, ("/mercados.html", "Mercados")),
          "El euro cae frente al dólar tras la amenaza de nuevos aranceles", "2025-02-10", [], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<article class="ue-c-cover-content"><h2 class="ue-c-cover-content__headline"><a href="%s">%s</a></h2></article>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s | Economía Abierta" % title, '<h1>%s</h1>%s%s' % (E(title), extra, lis)))
    front("/", "Economía Abierta - Diario económico")
    front("/mercados.html", "Mercados")
    front("/empresas.html", "Empresas")
    for a in ["Marta Delgado", "Pablo Serrano", "Irene Campos"]:
        front("/autor/%s.html" % a.lower().replace(" ", "-"), a, "<p>Periodista de la sección de Mercados.</p>")
    s.non("/mercados/cotizaciones/indices/ibex35.html", shell("Ibex 35 - Cotización en tiempo real | Economía Abierta", '<h1>Ibex 35</h1><div class="cotizacion">12.955,30 <span>-1,80%</span></div><table class="tabla-cotizaciones"><tr><th>Valor</th><th>Último</th><th>Dif. %</th><th>Volumen</th></tr>' +
          "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("Santander", "6,21", "-3,10", "45.120.334"), ("Sabadell", "2,47", "-4,20", "30.210.887"), ("Iberdrola", "13,88", "+0,40", "9.887.120"), ("Inditex", "49,60", "-1,10", "2.331.045")]) + '</table>'))
    s.non("/empresas/ficha/iberdrola.html", shell("Iberdrola - Ficha de empresa | Economía Abierta", '<h1>Iberdrola, S.A.</h1><dl><dt>Sector</dt><dd>Energía eléctrica</dd><dt>Sede</dt><dd>Bilbao</dd><dt>Presidente</dt><dd>Ignacio Sánchez Galán</dd><dt>Empleados</dt><dd>42.000</dd></dl><p>Iberdrola es una compañía eléctrica española dedicada a la producción, distribución y comercialización de energía, con presencia en España, Reino Unido, Estados Unidos, Brasil y México, y una de las mayores productoras de energía eólica del mundo.</p>'))
    s.non("/boletines.html", shell("Boletines | Economía Abierta", '<h1>Boletines</h1><p>Suscríbase a nuestro boletín de Mercados y reciba cada mañana las claves de la sesión.</p><form><input type="email"><button>Suscribirme</button></form>'))
    s.non("/aviso-legal.html", shell("Aviso legal | Economía Abierta", "<h1>Aviso legal</h1><p>Ediciones Economía Abierta, S.L. Avenida de San Luis 25, 28033 Madrid. CIF B-00000000.</p>"))
    s.sitemap()


# ---------------------------------------------------------------- 9 ChainDesk (CoinDesk-like)
def chaindesk():
    s = Site(219, "ChainDesk", "en")

    def cd(dt):
        h = dt.hour % 12 or 12
        return "%s %d, %d, %d:%02d %s UTC" % (dt.strftime("%b"), dt.day, dt.year, h, dt.minute, "a.m." if dt.hour < 12 else "p.m.")

    def shell(title, body, head=""):
        tick = "".join('<a class="flex gap-2" href="/price/%s/"><span class="font-semibold">%s</span><span>%s</span><span class="%s">%s</span></a>' % r for r in [
            ("bitcoin", "BTC", "$86,123.45", "text-red-500", "-2.31%"), ("ethereum", "ETH", "$2,151.02", "text-red-500", "-3.85%"), ("solana", "SOL", "$141.77", "text-green-500", "+1.02%"), ("xrp", "XRP", "$2.4012", "text-red-500", "-5.10%")])
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="bg-white">'
                '<div class="price-ticker flex overflow-hidden h-8">%s</div><header class="container flex"><a href="/" aria-label="ChainDesk home">ChainDesk</a><nav class="flex gap-4"><a href="/markets/">Markets</a><a href="/policy/">Policy</a><a href="/price/bitcoin/">Prices</a><a href="/tag/etf/">ETFs</a><a href="/newsletters/">Newsletters</a></nav></header>'
                '<main class="container">%s</main><footer class="bg-charcoal-900"><a href="/about/">About</a> <p>&copy; 2025 ChainDesk. ChainDesk is an award-winning media outlet that covers the cryptocurrency industry.</p></footer></body></html>') % (E(title), head, tick, body)

    def story(path, title, sub, authors, editor, pub, upd, bullets, paras, tag):
        tp, ip, dp = pub
        zi = dp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s"><meta property="article:published_time" content="%s">' % (E(title), E(sub), zi) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": zi, "dateModified": upd[2].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "author": [{"@type": "Person", "name": a, "url": "/author/%s/" % a.lower().replace(" ", "-")} for a in authors], "publisher": {"@type": "Organization", "name": "ChainDesk"}}))
        by = ", ".join('<a class="text-charcoal-600 underline" href="/author/%s/">%s</a>' % (a.lower().replace(" ", "-"), E(a)) for a in authors)
        b = ('<article><div class="flex"><a class="uppercase font-title" href="/%s/">%s</a></div><h1 class="font-headline-lg font-medium">%s</h1><h2 class="font-headline-xs text-charcoal-600">%s</h2>'
             '<div class="flex gap-2 font-metadata"><span>By %s</span><span>|</span><span>Edited by <a href="/author/%s/">%s</a></span></div>'
             '<div class="font-metadata flex gap-4 text-charcoal-600 flex-col md:block"><span>Updated %s</span> <span>Published %s</span></div>'
             '<div class="document-body font-body-lg"><div class="bg-white border p-4"><h3>What to know:</h3><ul>%s</ul></div>%s</div>'
             '<div class="tags"><a href="/tag/%s/">%s</a></div><div class="disclosure"><p>Disclosure: This article was edited for accuracy and complies with our standards.</p></div></article>') % (
            path.split("/")[1], path.split("/")[1].title(), E(title), E(sub), by, editor.lower().replace(" ", "-"), E(editor), cd(upd[2]), cd(dp), "".join("<li>%s</li>" % E(x) for x in bullets), ps(paras), tag, tag.upper())
        return shell("%s" % title, b, head)

    pub, upd = when("2025-03-03 14:10", "UTC"), when("2025-03-03 18:24", "UTC")
    paras = ["Bitcoin slid below $85,000 on Monday, erasing most of the gains it made over the weekend after the U.S. president named five cryptocurrencies that would make up a proposed strategic reserve.",
             "The largest cryptocurrency had jumped to nearly $95,000 on Sunday night, but traders sold into the rally as questions mounted over how the reserve would be funded and whether it would require approval from Congress. Ether fell 12% from its weekend high.",
             "\"Headline-driven rallies with no details attached tend to fade quickly,\" said Lena Novak, head of research at digital asset firm Kestrel Markets. \"The market wants to know if the government will actually buy anything.\""] + fill("en", "i1") + [
             "Data from CoinGlass showed more than $800 million of leveraged long positions were liquidated in the past 24 hours."]
    s.art("/markets/2025/03/03/bitcoin-slides-below-85k-as-crypto-reserve-rally-fades",
          story("/markets/2025/03/03/bitcoin-slides-below-85k-as-crypto-reserve-rally-fades", "Bitcoin Slides Below $85K as Crypto Reserve Rally Fades", "The weekend pop on the strategic reserve news has been fully reversed.",
                ["Sam Okoye"], "Parikshit Rao", pub, upd, ["BTC dropped below $85,000.", "More than $800 million of long positions were liquidated."], paras, "bitcoin"),
          "Bitcoin Slides Below $85K as Crypto Reserve Rally Fades", "2025-03-03", ["Sam Okoye"], instant=pub[0])

    pub = when("2025-04-08 21:47", "UTC")
    paras = ["The Securities and Exchange Commission has closed its investigation into a major decentralized exchange without recommending any enforcement action, the exchange's founder said on Tuesday.",
             "The probe, which began in 2023 with a so-called Wells notice, had focused on whether the exchange operated as an unregistered securities exchange and broker. The SEC's enforcement division informed the company's lawyers of the decision in a letter, according to a post on X.",
             "The decision is the latest in a series of closed investigations under the agency's new leadership, which has dropped or paused cases against several large crypto firms since January."] + fill("en", "i2") + [
             "An SEC spokesperson declined to comment on the specific case."]
    s.art("/policy/2025/04/08/sec-closes-probe-into-decentralized-exchange-without-action",
          story("/policy/2025/04/08/sec-closes-probe-into-decentralized-exchange-without-action", "SEC Closes Probe Into Decentralized Exchange Without Action", "The investigation had started with a Wells notice in 2023.",
                ["Nora Vance"], "Aoyon Ghosh", pub, pub, ["The SEC closed its probe without enforcement action.", "It follows other dropped cases since January."], paras, "sec"),
          "SEC Closes Probe Into Decentralized Exchange Without Action", "2025-04-08", ["Nora Vance"], instant=pub[0])

    pub, upd = when("2025-05-14 08:05", "UTC"), when("2025-05-14 10:30", "UTC")
    paras = ["Traders are piling into ether call options at the $3,000 strike as the second-largest cryptocurrency extends a rebound that has lifted it more than 40% in a month.",
             "Open interest in the June $3,000 call on the Deribit exchange has climbed to more than $500 million in notional value, the most of any ether option, according to data from Amberdata. The put-call ratio has fallen to its lowest level since December.",
             "The rally follows a successful network upgrade earlier this month and renewed inflows into U.S.-listed spot ether exchange-traded funds."] + fill("en", "i3") + [
             "Ether traded at $2,610 at press time, up 1.8% over 24 hours."]
    s.art("/markets/2025/05/14/ether-options-traders-pile-into-3k-calls-as-eth-rebounds",
          story("/markets/2025/05/14/ether-options-traders-pile-into-3k-calls-as-eth-rebounds", "Ether Options Traders Pile Into $3K Calls as ETH Rebounds", "The $3,000 June call is the most popular ether option on Deribit.",
                ["Omar Haddad", "Francesca Lind"], "Stephen Albright", pub, upd, ["June $3,000 calls lead open interest.", "Put-call ratio at lowest since December."], paras, "etf"),
          "Ether Options Traders Pile Into $3K Calls as ETH Rebounds", "2025-05-14", ["Omar Haddad", "Francesca Lind"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="flex flex-col"><a class="text-color-charcoal-900" href="%s"><h3 class="font-headline-xs">%s</h3></a></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s" % title, '<h1 class="font-headline-lg">%s</h1>%s%s' % (E(title), extra, lis)))
    front("/", "ChainDesk: Bitcoin, Ethereum, Crypto News and Price Data")
    front("/markets/", "Markets")
    front("/policy/", "Policy")
    for t in ["bitcoin", "sec", "etf"]:
        front("/tag/%s/" % t, t.upper())
    for a in ["Sam Okoye", "Parikshit Rao", "Nora Vance", "Aoyon Ghosh", "Omar Haddad", "Francesca Lind", "Stephen Albright"]:
        front("/author/%s/" % a.lower().replace(" ", "-"), a, '<p class="author-bio">%s is a reporter at ChainDesk. %s holds BTC above ChainDesk\'s disclosure threshold of $1,000.</p>' % (E(a), E(a)))
    s.non("/price/bitcoin/", shell("Bitcoin Price | BTC Price Index and Live Chart - ChainDesk",
          '<h1>Bitcoin <span>BTC</span></h1><div class="price-large">$86,123.45</div><span class="text-red-500">-2.31%%</span><div class="chart"><svg width="600" height="200"><polyline points="0,120 50,100 100,140 150,80 200,90"></polyline></svg></div>'
          '<table><tr><td>Market Cap</td><td>$1.71T</td></tr><tr><td>24h Volume</td><td>$48.2B</td></tr><tr><td>All-Time High</td><td>$109,114.88</td></tr></table>'
          '<h2>About Bitcoin</h2><p>Bitcoin is the world\'s first cryptocurrency, a decentralized digital currency created in 2009 by the pseudonymous Satoshi Nakamoto. Transactions are verified by network nodes through cryptography and recorded in a public distributed ledger called a blockchain. The supply of bitcoin is capped at 21 million coins.</p>'
          '<h2>Latest Bitcoin News</h2><ul>%s</ul>' % teasers(s)))
    s.non("/newsletters/", shell("Newsletters - ChainDesk", '<h1>Newsletters</h1><div><h2>Crypto Daybook Americas</h2><p>Your day-ahead look for what matters in crypto.</p><input type="email"><button>Sign Up</button></div>'))
    s.non("/about/", shell("About ChainDesk", "<h1>About</h1><p>ChainDesk is the leader in news and information on cryptocurrency and digital assets. Our editorial policies ensure independence.</p>"))
    s.rss("/arc/outboundfeeds/rss/", ["Mon, 03 Mar 2025 14:10:00 +0000", "Tue, 08 Apr 2025 21:47:00 +0000", "Wed, 14 May 2025 08:05:00 +0000"])


# ---------------------------------------------------------------- 10 CoinHerald (Cointelegraph-like)
def coinherald():
    s = Site(220, "CoinHerald", "en")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="__nuxt"><div class="layout">'
                '<div class="ticker-bar"><span>BTC $83,112 -0.8%%</span> <span>ETH $2,020 -1.2%%</span></div>'
                '<header class="header"><a class="header__logo" href="/">CoinHerald</a><nav class="menu"><a href="/tags/bitcoin/">Bitcoin</a> <a href="/tags/ethereum/">Ethereum</a> <a href="/price-analysis/">Price Analysis</a> <a href="/opinion/">Opinion</a> <a href="/price-indexes/">Price Indexes</a> <a href="/bitcoin-price/">BTC Price</a></nav></header>'
                '<main class="layout__main">%s</main><footer class="footer"><a href="/about/">About</a> <a href="/newsletters/">Newsletters</a> <p>&copy; CoinHerald 2013 - 2025</p></footer></div></div></body></html>') % (E(title), head, body)

    def story(path, title, author, date, disp, minutes, paras, tags, lead, views):
        slug = author.lower().replace(" ", "-")
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="CoinHerald By %s"><meta property="article:published_time" content="%sT00:00:00+00:00">' % (E(title), E(author), date) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": date, "author": {"@type": "Person", "name": "CoinHerald By %s" % author}}))
        b = ('<article class="post"><div class="post__block"><ul class="tags-list">%s</ul><h1 class="post__title">%s</h1><p class="post__lead">%s</p>'
             '<div class="post-meta"><div class="post-meta__author"><a class="post-meta__author-link" href="/authors/%s/"><img src="/img/%s.jpg" alt="%s"><span class="post-meta__author-name">by %s</span></a></div>'
             '<div class="post-meta__publish-date"><time datetime="%s">%s</time></div><div class="post-meta__reading-time">%d min read</div><div class="post-meta__views">%s views</div></div></div>'
             '<div class="post-content relative">%s</div><div class="post-actions"><span>Add reaction</span><span>Share</span></div>'
             '<div class="subscribe-block"><h3>Subscribe to the Crypto Biz newsletter</h3><p>Get the latest insights delivered to your inbox.</p></div></article>'
             '<aside class="related"><h3>Related news</h3><ul>%s</ul></aside>') % (
            "".join('<li><a href="/tags/%s/">#%s</a></li>' % (t, t.title()) for t in tags), E(title), E(lead), slug, slug, E(author), E(author), date, disp, minutes, views, ps(paras), teasers(s))
        return shell("%s" % title, b, head)

    paras = ["Average transaction fees on Ethereum have fallen to their lowest level in five years, as more users and applications move to cheaper layer-2 networks built on top of the blockchain.",
             "The average gas price dropped to under 1 gwei on Sunday, according to data from Etherscan, meaning a simple transfer of ether costs a fraction of a cent. At the peak of the 2021 bull market, the same transaction routinely cost more than $50.",
             "Analysts say the decline is largely a result of last year's Dencun upgrade, which made it much cheaper for rollups such as Arbitrum, Optimism and Base to post data to the main chain."] + fill("en", "j1") + [
             "Lower fees also mean less ether is burned, which has pushed the network's supply back into inflation."]
    s.art("/news/ethereum-gas-fees-hit-five-year-low-as-activity-shifts-to-layer-2s",
          story("/news/ethereum-gas-fees-hit-five-year-low-as-activity-shifts-to-layer-2s", "Ethereum gas fees hit five-year low as activity shifts to layer 2s", "Helena Park", "2025-03-09", "Mar 09, 2025", 3, paras, ["ethereum", "layer-2"],
                "Cheaper rollups are pulling activity away from Ethereum's base layer.", "14,208"),
          "Ethereum gas fees hit five-year low as activity shifts to layer 2s", "2025-03-09", ["Helena Park"])

    paras = ["Bitcoin bulls are trying to defend the $78,000 support level, but the bears are likely to sell on every minor rally.",
             "The 20-day exponential moving average is sloping down and the relative strength index is in negative territory, suggesting that the path of least resistance is to the downside. If the price breaks below $78,000, the BTC/USDT pair could plunge to $73,777.",
             "Ether has been in a downtrend for several weeks. The ETH/USDT pair could fall to $1,800, where buyers are expected to step in. XRP, BNB and Solana are also trading below their moving averages, while Dogecoin and Cardano are holding near support."] + fill("en", "j2") + [
             "This article does not contain investment advice or recommendations. Every investment and trading move involves risk, and readers should conduct their own research when making a decision."]
    s.art("/news/price-analysis-3-10-btc-eth-xrp-bnb-sol-doge-ada",
          story("/news/price-analysis-3-10-btc-eth-xrp-bnb-sol-doge-ada", "Price analysis 3/10: BTC, ETH, XRP, BNB, SOL, DOGE, ADA", "Rakesh Varma", "2025-03-10", "Mar 10, 2025", 6, paras, ["price-analysis", "bitcoin"],
                "Bitcoin and altcoins are trying to hold key support levels, but the bears remain in control.", "31,877"),
          "Price analysis 3/10: BTC, ETH, XRP, BNB, SOL, DOGE, ADA", "2025-03-10", ["Rakesh Varma"])

    paras = ["Opinion by: Lucas Brennan, co-founder of Ferro Labs",
             "For fifty years, moving money across borders has meant a chain of correspondent banks, each taking a fee and adding a day. Stablecoins are quietly replacing that chain.",
             "Dollar-backed tokens settled more than $27 trillion in transfers last year, more than Visa and Mastercard combined. A growing share of that volume is not trading but business payments between firms in Latin America, Africa and Southeast Asia.",
             "Banks have noticed. Several large lenders now hold stablecoin reserves, and at least two are testing their own tokens for treasury clients. The question is no longer whether stablecoins will be part of the payment system, but who will issue them."] + fill("en", "j3") + [
             "This article is for general information purposes and is not intended to be and should not be taken as legal or investment advice. The views, thoughts, and opinions expressed here are the author's alone."]
    s.art("/news/stablecoins-are-becoming-the-new-correspondent-banks",
          story("/news/stablecoins-are-becoming-the-new-correspondent-banks", "Stablecoins are becoming the new correspondent banks", "Lucas Brennan", "2025-04-22", "Apr 22, 2025", 5, paras, ["opinion", "stablecoin"],
                "Cross-border payments are being rebuilt on dollar-backed tokens.", "8,902"),
          "Stablecoins are becoming the new correspondent banks", "2025-04-22", ["Lucas Brennan"])

    def front(path, title, extra=""):
        lis = "".join('<li class="posts-listing__item"><article class="post-card"><a class="post-card__title-link" href="%s"><span class="post-card__title">%s</span></a></article></li>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s" % title, '<h1 class="section-title">%s</h1>%s<ul class="posts-listing">%s</ul>' % (E(title), extra, lis)))
    front("/", "CoinHerald: Bitcoin, Ethereum, Crypto News &amp; Price Indexes".replace("&amp;", "&"))
    for t in ["bitcoin", "ethereum", "layer-2", "price-analysis", "opinion", "stablecoin"]:
        front("/tags/%s/" % t, "%s News" % t.replace("-", " ").title())
    front("/price-analysis/", "Price Analysis")
    front("/opinion/", "Opinion")
    for a in ["Helena Park", "Rakesh Varma", "Lucas Brennan"]:
        front("/authors/%s/" % a.lower().replace(" ", "-"), a, '<p class="author-bio">%s has been writing about crypto since 2017.</p>' % E(a))
    s.non("/price-indexes/", shell("Cryptocurrency Prices, Charts and Market Caps", '<h1>Price Indexes</h1><table class="coins-table"><tr><th>#</th><th>Name</th><th>Price</th><th>24h</th><th>Market Cap</th></tr>' +
          "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [(1, "Bitcoin BTC", "$83,112", "-0.8%", "$1.65T"), (2, "Ethereum ETH", "$2,020", "-1.2%", "$243.6B"), (3, "Tether USDT", "$1.00", "0.0%", "$142.1B"), (4, "XRP", "$2.14", "-2.4%", "$124.3B")]) + '</table>'))
    s.non("/bitcoin-price/", shell("Bitcoin Price | BTC Price Chart", '<h1>Bitcoin (BTC) price</h1><div class="price-value">$83,112.50</div><div class="chart-container"><canvas id="chart"></canvas></div><ul class="periods"><li>1D</li><li>1W</li><li>1M</li><li>1Y</li></ul><p>Bitcoin price today is $83,112.50 with a 24-hour trading volume of $32.1B.</p>'))
    s.non("/newsletters/", shell("Newsletters", '<h1>Subscribe to our newsletters</h1><form><label><input type="checkbox"> Crypto Biz</label><label><input type="checkbox"> The Market Report</label><input type="email"><button>Subscribe</button></form>'))
    s.non("/about/", shell("About CoinHerald", "<h1>About us</h1><p>CoinHerald covers fintech, blockchain and Bitcoin bringing you the latest crypto news and analyses on the future of money.</p>"))
    s.rss("/rss/", ["Sun, 09 Mar 2025 00:00:00 +0000", "Mon, 10 Mar 2025 00:00:00 +0000", "Tue, 22 Apr 2025 00:00:00 +0000"])


# ---------------------------------------------------------------- 11 The Mercantile Times (Economic Times-like)
def mercantile():
    s = Site(221, "The Mercantile Times", "en")

    def et(dt):
        h = dt.hour % 12 or 12
        return "%s %02d, %d, %02d:%02d:00 %s IST" % (dt.strftime("%b"), dt.day, dt.year, h, dt.minute, "AM" if dt.hour < 12 else "PM")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="topNav"><span class="todayDate">Tuesday, 6 May, 2025</span> <a href="/epaper/">Today\'s ePaper</a></div>'
                '<header id="header"><a class="logo" href="/">The Mercantile Times</a><nav id="topnav"><a href="/markets/">Markets</a> <a href="/markets/stocks/news/">Stocks</a> <a href="/markets/ipos/fpos/">IPO</a> <a href="/stocks/stock-quotes/reliance-industries/">RIL</a> <a href="/markets/stocks/earnings/">Earnings</a></nav></header>'
                '<div class="mktStrip"><span>SENSEX 72,989.93 -0.99%%</span> <span>NIFTY 22,082.65 -1.01%%</span></div>'
                '<div id="pageContent">%s</div><footer id="footer"><a href="/about-us/">About Us</a> <a href="/newsletters/">Newsletters</a><p>Copyright &copy; 2025 Mercantile Times Media Ltd. All rights reserved.</p></footer></body></html>') % (E(title), head, body)

    def story(path, title, synopsis, byline_html, authors_ld, pub, upd, paras, crumb):
        tp, ip, dp = pub
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s"><meta property="article:published_time" content="%s">' % (E(title), E(synopsis), ip) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ip, "dateModified": upd[1], "author": authors_ld,
                    "publisher": {"@type": "Organization", "name": "The Mercantile Times"}}))
        b = ('<div class="breadcrumb"><a href="/">Home</a> » <a href="/markets/">Markets</a> » <a href="%s">%s</a></div><article class="artData clr"><h1 class="artTitle font_faus">%s</h1>'
             '<div class="artSyn bgPink"><h2 class="summary">Synopsis</h2><p class="summary">%s</p></div>'
             '<div class="artByline"><div class="ag">%s</div><time class="jsdtTime" datetime="%s">Last Updated: %s</time></div>'
             '<div class="artText">%s<div class="disclaimer"><p>(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own. These do not represent the views of The Mercantile Times)</p></div></div>'
             '<div class="readMore"><h3>Read More News on</h3><a href="/markets/stocks/news/">stock market today</a> <a href="/markets/">sensex</a></div></article>') % (
            crumb[0], crumb[1], E(title), E(synopsis), byline_html, upd[1], et(upd[2]), ps(paras))
        return shell("%s - The Mercantile Times" % title, b, head)

    pub, upd = when("2025-03-03 15:48", "Asia/Kolkata"), when("2025-03-03 16:02", "Asia/Kolkata")
    paras = ["Benchmark indices closed lower for the ninth session out of ten on Monday as foreign portfolio investors (FPIs) continued to pull money out of Indian equities. The Sensex fell 801 points, or 1.1%, to 72,397, while the Nifty closed below 22,200.",
             "FPIs have sold shares worth more than Rs 1.1 lakh crore so far this year, according to depository data, as a stronger dollar and slowing earnings growth made emerging markets less attractive.",
             "\"The selling is relentless, and domestic flows are no longer enough to absorb it,\" said Vinod Menon, head of research at Kaveri Securities. \"Until earnings downgrades stop, the market will struggle to find a floor.\""] + fill("en", "k1") + [
             "IT and auto stocks led the decline, with Infosys, Tata Motors and Mahindra & Mahindra among the top losers on the Sensex."]
    s.art("/markets/stocks/news/sensex-tanks-800-points-as-fpi-selling-persists/articleshow/118712345",
          story("/markets/stocks/news/sensex-tanks-800-points-as-fpi-selling-persists/articleshow/118712345", "Sensex tanks 800 points as FPI selling persists; Nifty below 22,200",
                "Foreign investors have sold shares worth more than Rs 1.1 lakh crore this year.", 'By <a rel="author" href="/author/nikhil-agarwala/">Nikhil Agarwala</a>, MTMarkets.com',
                {"@type": "Person", "name": "Nikhil Agarwala"}, pub, upd, paras, ("/markets/stocks/news/", "Stocks")),
          "Sensex tanks 800 points as FPI selling persists; Nifty below 22,200", "2025-03-03", ["Nikhil Agarwala"], instant=pub[0])

    pub = when("2025-03-04 01:15", "Asia/Kolkata")
    paras = ["Axis Bank and Titan are among the top short-term picks of analysts for the next two to three weeks, even as the broader market remains under pressure from persistent foreign selling.",
             "Axis Bank: Buy | Target Rs 1,080 | Stop loss Rs 990. The stock has formed a double bottom near Rs 1,000 on the daily chart and the RSI is showing a positive divergence, said Ankita Deshpande, technical analyst at Kaveri Securities.",
             "Titan: Buy | Target Rs 3,350 | Stop loss Rs 3,050. The stock has bounced from its 200-week moving average and volumes have picked up on up days, indicating accumulation."] + fill("en", "k2")
    s.art("/markets/stocks/news/stocks-to-buy-axis-bank-titan-among-top-picks-for-next-2-3-weeks/articleshow/118730021",
          story("/markets/stocks/news/stocks-to-buy-axis-bank-titan-among-top-picks-for-next-2-3-weeks/articleshow/118730021", "Stocks to buy: Axis Bank, Titan among top picks for next 2-3 weeks",
                "Technical analysts see upside in select large caps despite FPI selling.", '<a href="/markets/">MTMarkets.com</a>',
                {"@type": "Organization", "name": "MTMarkets.com"}, pub, pub, paras, ("/markets/stocks/news/", "Stocks")),
          "Stocks to buy: Axis Bank, Titan among top picks for next 2-3 weeks", "2025-03-04", [], instant=pub[0])

    pub, upd = when("2025-03-21 18:24", "Asia/Kolkata"), when("2025-03-21 18:40", "Asia/Kolkata")
    paras = ["The initial public offering of Hexa Logistics was subscribed 3.2 times on the final day of bidding on Friday, led by strong demand from qualified institutional buyers, even as its grey market premium (GMP) slipped.",
             "The Rs 1,450 crore issue received bids for 9.6 crore shares against 3 crore shares on offer. The QIB portion was subscribed 5.8 times, while the retail portion was booked 1.9 times.",
             "The company's unlisted shares were commanding a premium of Rs 18 in the grey market, down from Rs 35 earlier in the week, indicating a listing gain of about 7%."] + fill("en", "k3") + [
             "Shares are expected to list on the BSE and NSE on March 26."]
    s.art("/markets/ipos/fpos/hexa-logistics-ipo-subscribed-3-2-times-on-final-day-gmp-dips/articleshow/119402210",
          story("/markets/ipos/fpos/hexa-logistics-ipo-subscribed-3-2-times-on-final-day-gmp-dips/articleshow/119402210", "Hexa Logistics IPO subscribed 3.2 times on final day; GMP dips",
                "QIBs led demand while the retail portion was booked 1.9 times.", 'By <a rel="author" href="/author/sneha-kulkarni/">Sneha Kulkarni</a>, MTMarkets.com',
                {"@type": "Person", "name": "Sneha Kulkarni"}, pub, upd, paras, ("/markets/ipos/fpos/", "IPO")),
          "Hexa Logistics IPO subscribed 3.2 times on final day; GMP dips", "2025-03-21", ["Sneha Kulkarni"], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<div class="eachStory"><h3><a href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s - The Mercantile Times" % title, '<h1>%s</h1>%s%s' % (E(title), extra, lis)))
    front("/", "Business News Today: Read Latest Business news, India Business News Live, Share Market &amp; Economy News".replace("&amp;", "&"))
    front("/markets/", "Share Market Today | Sensex, Nifty Live")
    front("/markets/stocks/news/", "Stocks News")
    front("/markets/ipos/fpos/", "IPO News")
    for a in ["Nikhil Agarwala", "Sneha Kulkarni"]:
        front("/author/%s/" % a.lower().replace(" ", "-"), a, "<p>%s writes for MTMarkets.com.</p>" % E(a))
    s.non("/stocks/stock-quotes/reliance-industries/", shell("Reliance Industries Share Price Today Live - The Mercantile Times",
          '<h1>Reliance Industries Ltd.</h1><div class="quote">NSE: RELIANCE <span class="ltp">1,161.35</span> <span class="chg">-12.40 (-1.06%%)</span> <span>As on 03 Mar, 2025, 03:59 PM IST</span></div><table><tr><td>Market Cap (Rs)</td><td>15,71,542 Cr</td></tr><tr><td>P/E</td><td>22.8</td></tr><tr><td>52 Wk High</td><td>1,608.80</td></tr></table>'
          '<h2>Reliance Industries News</h2><ul>%s</ul>' % teasers(s)))
    s.non("/markets/stocks/earnings/", shell("Company Results Calendar - The Mercantile Times", '<h1>Results Calendar</h1><table><tr><th>Company</th><th>Date</th><th>Purpose</th></tr><tr><td>TCS</td><td>10 Apr 2025</td><td>Quarterly Results &amp; Final Dividend</td></tr><tr><td>Infosys</td><td>17 Apr 2025</td><td>Quarterly Results</td></tr><tr><td>HDFC Bank</td><td>19 Apr 2025</td><td>Quarterly Results</td></tr></table>'))
    s.non("/newsletters/", shell("Newsletters - The Mercantile Times", '<h1>Newsletters</h1><p>Morning Brief: Top stories to start your day.</p><form><input type="email"><button>Subscribe</button></form>'))
    s.non("/about-us/", shell("About Us - The Mercantile Times", "<h1>About Us</h1><p>The Mercantile Times is India's business daily, covering markets, economy and industry.</p>"))
    s.sitemap()


# ---------------------------------------------------------------- 12 PressWire Global (Business Wire-like)
def presswire():
    s = Site(222, "PressWire Global", "en")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="bw-body">'
                '<header class="bw-header"><a href="/portal/site/home/" class="bw-logo">PressWire Global</a><nav><a href="/portal/site/home/news/">All News</a> <a href="/newsroom/technology/">Technology</a> <a href="/newsroom/banking/">Banking</a> <a href="/newsletter/">Subscribe</a> <a href="/about/">About</a></nav></header>'
                '<div id="bw-main">%s</div><footer class="bw-footer"><p>&copy; 2025 PressWire Global, Inc. A Meridian company.</p></footer></body></html>') % (E(title), head, body)

    def tzname(dt):
        return {"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time"}[dt.tzname()]

    def story(path, title, sub, company, dateline, pub, paras, table, contacts, tags):
        tp, ip, dp = pub
        zi = dp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        disp = "%s %02d, %d %s %s" % (dp.strftime("%B"), dp.day, dp.year, dp.strftime("%I:%M %p"), tzname(dp))
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(title), E(paras[0][:160])) +
                jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": zi, "author": {"@type": "Organization", "name": company},
                    "publisher": {"@type": "Organization", "name": "PressWire Global"}}))
        first = '<p>%s--(<a href="/">PRESSWIRE</a>)--%s</p>' % (E(dateline), E(paras[0]))
        b = ('<article class="bw-release"><div class="bw-release-main"><header><h1 class="epi-fontLg bwalignc"><b>%s</b></h1><h2 class="bw-release-subhead"><i>%s</i></h2>'
             '<div class="bw-release-timestamp"><time datetime="%s">%s</time></div></header>'
             '<div class="bw-release-story">%s%s%s<p>About %s</p><p>%s is a fictional company used for this example. Forward-looking statements in this release are subject to risks and uncertainties.</p></div>'
             '<div class="bw-release-contact"><h2>Contacts</h2>%s</div></div>'
             '<aside class="bw-release-sidebar"><h3>Social Media Profiles</h3><h3>More News From %s</h3><ul>%s</ul><h3>Industry</h3><ul>%s</ul></aside></article>') % (
            E(title), E(sub), zi, disp, first, ps(paras[1:]), table, E(company), E(company), contacts, E(company),
            '<li><a href="/company-profile/%s/">Company profile</a></li>' % company.lower().split()[0], "".join('<li><a href="/newsroom/%s/">%s</a></li>' % (t, t.title()) for t in tags))
        return shell("%s | PressWire Global" % title, b, head)

    pub = when("2025-03-03 16:05", "America/New_York")
    paras = ["Acme Semiconductor, Inc. (NASDAQ: ACME), a leading supplier of power management chips for data centers and electric vehicles, today reported financial results for its fourth quarter and fiscal year 2025, which ended January 31, 2025.",
             "Revenue for the fourth quarter was $1.24 billion, up 22% from the same quarter a year ago. GAAP net income was $211 million, or $1.02 per diluted share, and non-GAAP net income was $246 million, or $1.19 per diluted share.",
             "\u201cFiscal 2025 was a record year for Acme, driven by unprecedented demand for our data center power products,\u201d said Laura Chen, President and Chief Executive Officer. \u201cWe are entering fiscal 2026 with a record backlog.\u201d",
             "For the first quarter of fiscal 2026, Acme expects revenue between $1.25 billion and $1.31 billion.",
             "Acme will host a conference call today at 4:30 p.m. Eastern Time to discuss these results. A live webcast will be available on the company's investor relations website."] + fill("en", "p1", 1)
    table = '<table class="bw-table"><tr><td></td><td>Q4 FY25</td><td>Q4 FY24</td></tr><tr><td>Revenue</td><td>$1,240.1</td><td>$1,016.4</td></tr><tr><td>GAAP EPS</td><td>$1.02</td><td>$0.81</td></tr><tr><td>Non-GAAP EPS</td><td>$1.19</td><td>$0.95</td></tr></table>'
    s.art("/news/home/20250303520114/en/Acme-Semiconductor-Reports-Fourth-Quarter-and-Fiscal-2025-Financial-Results",
          story("/news/home/20250303520114/en/Acme-Semiconductor-Reports-Fourth-Quarter-and-Fiscal-2025-Financial-Results", "Acme Semiconductor Reports Fourth Quarter and Fiscal 2025 Financial Results",
                "Record quarterly revenue of $1.24 billion, up 22% year over year", "Acme Semiconductor", "SAN JOSE, Calif.", pub, paras, table,
                "<p>Investor Relations:<br>Dana Whitfield<br>Acme Semiconductor<br>ir@acmesemi.example<br>+1 408-555-0142</p><p>Media:<br>Tomasz Wrona<br>press@acmesemi.example</p>", ["technology", "semiconductor"]),
          "Acme Semiconductor Reports Fourth Quarter and Fiscal 2025 Financial Results", "2025-03-03", [], instant=pub[0],
          must=["Revenue for the fourth quarter was $1.24 billion, up 22% from the same quarter a year ago."])

    pub = when("2025-03-13 18:30", "America/New_York")
    paras = ["The Board of Directors of Northwind Bancorp, Inc. (NYSE: NWB) today declared a quarterly cash dividend of $0.42 per share on the company's common stock, an increase of 5% from the prior quarter.",
             "The dividend is payable on April 15, 2025 to shareholders of record as of the close of business on March 31, 2025. This marks the 88th consecutive quarter in which Northwind has paid a cash dividend.",
             "\u201cOur capital position remains strong, and this increase reflects our confidence in the earnings power of the franchise,\u201d said Marcus Oyelaran, Chairman and Chief Executive Officer.",
             "Northwind Bancorp is the holding company for Northwind Bank, which operates 214 branches across the Carolinas, Virginia and Georgia and has total assets of $48.6 billion."] + fill("en", "p2", 1)
    s.art("/news/home/20250313633870/en/Northwind-Bancorp-Declares-Quarterly-Dividend-of-0.42-per-Share",
          story("/news/home/20250313633870/en/Northwind-Bancorp-Declares-Quarterly-Dividend-of-0.42-per-Share", "Northwind Bancorp Declares Quarterly Dividend of $0.42 per Share",
                "Dividend raised 5% from the prior quarter", "Northwind Bancorp", "CHARLOTTE, N.C.", pub, paras, "",
                "<p>Investors:<br>Renee Caldwell<br>704-555-0199</p><p>Media:<br>Gordon Pike<br>704-555-0123</p>", ["banking", "finance"]),
          "Northwind Bancorp Declares Quarterly Dividend of $0.42 per Share", "2025-03-13", [], instant=pub[0])

    pub = when("2025-04-30 02:00", "America/New_York")
    paras = ["Kitagawa Robotics Co., Ltd. (TSE: 6499), a global manufacturer of industrial robots and factory automation systems, will announce its financial results for the first quarter of the fiscal year ending March 2026 on Wednesday, May 14, 2025.",
             "The company will hold an online briefing for analysts and investors at 4:00 p.m. Japan Standard Time on the same day. Presentation materials will be posted on the company's investor relations website in Japanese and English.",
             "Kitagawa Robotics reported record annual revenue of \u00a5612 billion for the fiscal year ended March 2025, driven by orders from automotive and electronics manufacturers in Asia and North America."] + fill("en", "p3", 1)
    s.art("/news/home/20250430110233/en/Kitagawa-Robotics-to-Announce-First-Quarter-Results-on-May-14",
          story("/news/home/20250430110233/en/Kitagawa-Robotics-to-Announce-First-Quarter-Results-on-May-14", "Kitagawa Robotics to Announce First-Quarter Results on May 14",
                "", "Kitagawa Robotics", "TOKYO", pub, paras, "",
                "<p>Kitagawa Robotics Co., Ltd.<br>Corporate Communications<br>Aiko Tanabe<br>pr@kitagawa-robotics.example</p>", ["technology", "robotics"]),
          "Kitagawa Robotics to Announce First-Quarter Results on May 14", "2025-04-30", [], instant=pub[0])

    def front(path, title, extra=""):
        lis = "".join('<li class="bw-news-item"><a class="bwTitleLink" href="%s"><span>%s</span></a></li>' % (p, E(t)) for p, t in s.stories)
        s.non(path, shell("%s | PressWire Global" % title, '<h1>%s</h1>%s<ul class="bw-news-list">%s</ul>' % (E(title), extra, lis)))
    front("/", "PressWire Global - Global Press Release &amp; Newswire Distribution Services".replace("&amp;", "&"))
    write_page(OUT, s.host, "/portal/site/home/", shell("PressWire Global", '<h1>PressWire Global</h1><ul>%s</ul>' % teasers(s)))
    truth["nonarticles"].append(s.url("/portal/site/home/"))
    front("/portal/site/home/news/", "All News")
    for t in ["technology", "semiconductor", "banking", "finance", "robotics"]:
        front("/newsroom/%s/" % t, "%s News" % t.title())
    for c, d in [("acme", "Acme Semiconductor, Inc. supplies power management integrated circuits for data centers, electric vehicles and industrial equipment. Headquartered in San Jose, California."),
                 ("northwind", "Northwind Bancorp, Inc. is a regional bank holding company headquartered in Charlotte, North Carolina."),
                 ("kitagawa", "Kitagawa Robotics Co., Ltd. manufactures industrial robots and factory automation systems. Headquartered in Tokyo, Japan.")]:
        s.non("/company-profile/%s/" % c, shell("Company Profile | PressWire Global", '<h1>Company Profile</h1><p>%s</p><h2>Recent Releases</h2><ul>%s</ul>' % (E(d), teasers(s))))
    s.non("/newsletter/", shell("Subscribe to News Alerts | PressWire Global", '<h1>Subscribe to News Alerts</h1><p>Get press releases by industry, company or keyword delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form>'))
    s.non("/about/", shell("About PressWire Global", "<h1>About PressWire Global</h1><p>PressWire Global is the leader in press release distribution, trusted by thousands of companies to reach investors, journalists and the public.</p>"))
    s.sitemap()


for f in [meridian, lombard, cnbx, beacon, alpha, boersenblick, nouvelles, economia, chaindesk, coinherald, mercantile, presswire]:
    f()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=1)
