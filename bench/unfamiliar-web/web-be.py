"""Web be: lifestyle, food, travel, health and shopping publishers as the big
digital groups render them - eleven sites in English, German, French,
Spanish and Italian, each on its own template. A Dotdash-like health site
(mntl- classes; "By", "Medically reviewed by", "Fact checked by"; only
"Updated on March 3, 2025" shown while JSON-LD datePublished is years older;
an h1 unlike the SEO <title>); a Hearst-like house magazine (roundups "The
12 Best Air Fryers of 2025" with "Shop at Amazon" buttons ARE articles; "A
and B" bylines; "Updated:" shown, first date only in JSON-LD; an EST time);
a WordPress food blog with WP Recipe Maker - a post with a real story above
the card IS an article (a dated, signed piece of writing), a post that is
only the card and the WPRM print pages are NOT; a Condé Nast-like travel
magazine (body in <p class="paywall">, photographer credit, hotel venue page,
gallery); a Burda-like German magazine (kicker inside the h1 with a hidden
colon, "Aktualisiert am", "Fachlich geprüft von", horoscope with og:type
article); a Marie Claire-like French one ("Publié le ... Mis à jour le",
affiliate roundup, quiz, diaporama); a Hola-like Spanish one (CET times,
reviewer and photo credits, gallery, shop); an Italian cucina site (pure
recipes with Recipe JSON-LD author/date are NOT articles, its Magazine
stories are); a Healthline-like portal (reviewer - writer - "Updated on",
a History box with the first version); a parenting site (one piece signed
only "Bump & Beyond Editors", recorded with no authors); an Apartment
Therapy-like decor site (house tour "Submitted by" the owner; the editor is
the byline). Non-articles: home, sections, tags, authors, about/editorial/
affiliate pages, newsletter, quiz, horoscope, gallery, shop/product, recipe
index, tools. Comments, feedback and newsletter boxes are must_not.
Crawled once with /tmp/newsroom: stored 30 of 33 (p.paywall body dropped),
titles 27 (kicker cut), dates 30, authors 29, 3-4 of 188 non-articles stored."""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18133
E = html.escape
truth = {"articles": [], "nonarticles": []}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def slug(name):
    import unicodedata
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "-")


def paras(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


class Site:
    def __init__(self, n, name, lang):
        self.host = "127.0.5.%d" % (150 + n)
        self.name, self.lang = name, lang
        self.links = []
        self.shell = None

    def url(self, p):
        return U(self.host, p)

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
        self.links.append((path, title))

    def non(self, path, doc, label=None):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        if label:
            self.links.append((path, label))

    def home(self, body_fn):
        write_page(OUT, self.host, "/", body_fn(self.links))
        truth["nonarticles"].append(self.url("/"))

    def fill(self, shell):
        """Gives every internal link that leads nowhere yet a page: a
        listing (tag, author, section, legal) in the site's own shell."""
        import re
        from urllib.parse import unquote
        root = os.path.join(OUT, self.host)
        hrefs = set()
        for dp, _, fns in os.walk(root):
            for fn in fns:
                if fn.endswith(".html"):
                    hrefs.update(re.findall(r'href="(/[^"#]*)"', open(os.path.join(dp, fn), encoding="utf-8").read()))
        for h in sorted(hrefs):
            h = html.unescape(h)
            f = os.path.join(root, unquote(h).lstrip("/"))
            if (os.path.isfile(f) and not h.endswith("/")) or os.path.exists(os.path.join(f, "index.html")) or h.startswith("/wprm_print/"):
                continue
            label = unquote(h).strip("/").split("/")[-1].replace("-", " ").title()
            arts = [(a["url"], a["title"]) for a in self.mine()][:2]
            lis = "".join('<li><a href="%s">%s</a></li>' % (E(u), E(t)) for u, t in arts)
            self.non(h, shell(label, '<h1 class="listing-title">%s</h1><ul class="listing">%s</ul>' % (E(label), lis)))

    def mine(self):
        return [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc><lastmod>%sT12:00:00Z</lastmod></url>" % (E(a["url"]), a["date"]) for a in self.mine())
        write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
            E(a["title"]), E(a["url"]), datetime.datetime.strptime(a["date"], "%Y-%m-%d").strftime("%a, %d %b %Y 12:00:00 +0000")) for a in self.mine())
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


def page(lang, title, head, body, bodycls=""):
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
            '<body class="%s">%s</body></html>') % (lang, E(title), head, bodycls, body)


def og(title, typ, url, site, desc="", extra=""):
    return ('<meta property="og:title" content="%s"><meta property="og:type" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s">'
            '<meta name="description" content="%s"><meta property="og:description" content="%s">'
            '<link rel="canonical" href="%s">%s') % (E(title), typ, E(url), E(site), E(desc), E(desc), E(url), extra)


NEWSLETTER_EN = "Sign up for our Healthy Living newsletter and get daily tips delivered straight to your inbox."


# ---------------------------------------------------------------- 1 Dotdash-like health
def site_dotdash():
    s = Site(1, "Steadywell Health", "en")
    nav = [("/nutrition-4014797", "Nutrition"), ("/sleep-4014800", "Sleep"), ("/conditions-a-z-4014812", "Conditions A-Z"),
           ("/about-us-4778310", "About Us"), ("/editorial-process-4778335", "Editorial Process")]

    def shell(title, main, head="", cls="mntl-body"):
        navh = "".join('<li class="mntl-fullscreen-nav__sublist-item"><a href="%s" class="mntl-fullscreen-nav__link">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<header id="header_1-0" class="comp mntl-header header" data-tracking-container="true">'
                '<a href="/" class="mntl-header__logo" aria-label="Visit Steadywell Health\'s homepage"><span class="logo">Steadywell Health</span></a>'
                '<nav class="comp fullscreen-nav mntl-fullscreen-nav"><ul>%s</ul></nav>'
                '<a class="mntl-header__newsletter" href="/newsletter-4778390">Subscribe</a></header>'
                '<main id="main" class="loc main">%s</main>'
                '<div class="comp mntl-newsletter-signup"><p class="mntl-newsletter__title">%s</p></div>'
                '<footer id="footer_1-0" class="comp mntl-footer"><ul class="mntl-footer__list">%s'
                '<li><a href="/privacy-policy-4778400">Privacy Policy</a></li><li><a href="/affiliate-disclosure-4778420">Affiliate Disclosure</a></li></ul>'
                '<p class="mntl-footer__copyright">Steadywell Health is part of the Dotmash Meridian publishing family.</p></footer>') % (navh, main, NEWSLETTER_EN, navh)
        return page("en", title, head, body, cls)

    def article(path, h1, seo, dek, authors, reviewer, checker, shown, pub, mod, blocks, section, related):
        url = s.url(path)
        by = " and ".join('<a href="/%s-%d" class="mntl-attribution__item-name" data-ordinal="%d">%s</a>' % (slug(a), 7094561 + i, i + 1, E(a)) for i, a in enumerate(authors))
        byl = ('<div id="mntl-bylines_1-0" class="comp mntl-bylines">'
               '<div class="comp mntl-bylines__group--author mntl-bylines__group"><div class="comp mntl-bylines__item mntl-attribution__item">'
               '<span class="comp mntl-attribution__item-descriptor">By</span> <div class="mntl-attribution__item-name">%s</div>'
               '<div class="mntl-author-tooltip__bio">%s is a health writer who covers nutrition, sleep and everyday wellness.</div></div></div>') % (by, E(authors[0]))
        if reviewer:
            byl += ('<div class="comp mntl-bylines__group--medical_reviewer mntl-bylines__group"><div class="comp mntl-bylines__item mntl-attribution__item">'
                    '<span class="comp mntl-attribution__item-descriptor">Medically reviewed by</span> <a href="/%s-8800123" class="mntl-attribution__item-name">%s</a>'
                    '<div class="mntl-author-tooltip__bio">Board-certified physician and member of our Medical Expert Board.</div></div></div>') % (reviewer.split(",")[0].lower().replace(" ", "-").replace(".", ""), E(reviewer))
        if checker:
            byl += ('<div class="comp mntl-bylines__group--fact_checker mntl-bylines__group"><div class="comp mntl-bylines__item mntl-attribution__item">'
                    '<span class="comp mntl-attribution__item-descriptor">Fact checked by</span> <a href="/%s-8800456" class="mntl-attribution__item-name">%s</a></div></div>') % (checker.lower().replace(" ", "-"), E(checker))
        byl += '</div><div class="mntl-attribution__item-date">%s</div>' % E(shown)
        sc = ""
        for i, b in enumerate(blocks):
            if b.startswith("## "):
                sc += '<h2 id="mntl-sc-block_%d-0" class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">%s</span></h2>' % (i, E(b[3:]))
            else:
                sc += '<p id="mntl-sc-block_%d-0" class="comp mntl-sc-block mntl-sc-block-html">%s</p>' % (i, E(b))
        rel = "".join('<a class="comp card mntl-card-list-items" href="%s"><span class="card__title-text">%s</span></a>' % (p, E(t)) for p, t in related)
        main = ('<article id="article_1-0" class="comp article mntl-article--two-column-right-rail right-rail">'
                '<header class="comp article-header mntl-block"><div class="comp mntl-breadcrumbs"><ul class="mntl-breadcrumbs__list">'
                '<li class="mntl-breadcrumbs__item"><a href="%s">%s</a></li></ul></div>'
                '<h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">%s</h1>'
                '<h2 id="article-subheading_1-0" class="comp article-subheading mntl-text-block">%s</h2>%s</header>'
                '<div id="article-content_1-0" class="comp article-content mntl-block"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">%s</div></div>'
                '<div class="comp mntl-article-sources"><p class="mntl-article-sources__heading">Sources</p><p>Steadywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.</p></div>'
                '<div class="comp mntl-feedback"><p>Was this page helpful? Thanks for your feedback!</p></div>'
                '</article><aside class="comp mntl-right-rail"><p class="mntl-card-list-items__heading">Related Articles</p>%s</aside>') % (
            section[0], E(section[1]), E(h1), E(dek), byl, sc, rel)
        ld = [{"@context": "http://schema.org", "@type": ["MedicalWebPage"], "headline": seo, "description": dek,
               "datePublished": pub, "dateModified": mod,
               "author": [{"@type": "Person", "name": a, "url": s.url("/%s-%d" % (slug(a), 7094561 + i))} for i, a in enumerate(authors)],
               "reviewedBy": [{"@type": "Person", "name": reviewer.split(",")[0]}] if reviewer else [],
               "publisher": {"@type": "Organization", "name": "Steadywell Health", "url": s.url("/")},
               "mainEntityOfPage": {"@type": ["WebPage"], "@id": url}}]
        head = og(seo, "article", url, "Steadywell Health", dek) + jl(ld)
        return shell(seo, main, head, "mntl-body article-page")

    rel = [("/signs-iron-is-low-8599120", "7 Signs Your Iron Is Low"), ("/cold-or-allergies-8112056", "Is It a Cold or Allergies?")]
    b1 = ["Magnesium supplements have become one of the most popular sleep aids on pharmacy shelves, but the evidence behind them is thinner than the marketing suggests.",
          "## What the Research Says",
          "Small trials in older adults found that people who took magnesium fell asleep a few minutes faster and woke less often during the night, but most of the studies were short and included fewer than 100 participants.",
          "Researchers think the mineral may help regulate melatonin and calm the nervous system, which could explain why people who are low in magnesium seem to benefit most.",
          "## Who Should Be Careful",
          "People with kidney disease should not take magnesium without talking to a healthcare provider, because the kidneys clear excess magnesium from the blood. High doses can also cause diarrhea and stomach cramps.",
          "## The Bottom Line",
          "If you already eat plenty of leafy greens, nuts, seeds and whole grains, a supplement is unlikely to change much. Good sleep habits, like a regular bedtime and a cool, dark room, remain the first thing to try."]
    s.art("/magnesium-for-sleep-8601234", article("/magnesium-for-sleep-8601234", "Does Magnesium Really Help You Sleep?",
          "Magnesium for Sleep: Benefits, Dosage, and Side Effects", "What the research says about the popular supplement",
          ["Claire Whitmore"], "Anil Mehta, MD", "Jordan Ellis", "Updated on March 3, 2025",
          "2022-09-14T09:12:00.000-04:00", "2025-03-03T11:40:21.000-05:00", b1, ("/sleep-4014800", "Sleep"), rel),
          "Does Magnesium Really Help You Sleep?", "2022-09-14", ["Claire Whitmore"],
          must=["Researchers think the mineral may help regulate melatonin and calm the nervous system, which could explain why people who are low in magnesium seem to benefit most."],
          must_not=["Was this page helpful?", NEWSLETTER_EN])
    b2 = ["Iron deficiency is the most common nutritional deficiency in the world, and it often develops so slowly that people get used to the symptoms before they notice them.",
          "## 1. Constant Tiredness",
          "Iron helps red blood cells carry oxygen. When stores run low, muscles and the brain get less of it, which can leave you exhausted even after a full night of sleep.",
          "## 2. Pale Skin and Cold Hands",
          "Less hemoglobin can make skin, gums and the inside of the lower eyelids look paler than usual, and some people feel cold in their hands and feet.",
          "## 3. Shortness of Breath",
          "Climbing stairs that used to be easy may suddenly leave you winded. Other signs include brittle nails, headaches, a sore tongue, and an unusual craving to chew ice.",
          "A simple blood test can confirm whether your iron is low. Do not start iron pills on your own, since too much iron can damage the liver."]
    s.art("/signs-iron-is-low-8599120", article("/signs-iron-is-low-8599120", "7 Signs Your Iron Is Low", "7 Signs Your Iron Is Low",
          "Symptoms of iron deficiency that are easy to miss", ["Rachel Okoye"], None, "Jordan Ellis", "Published on February 18, 2025",
          "2025-02-18T07:00:00.000-05:00", "2025-02-18T07:00:00.000-05:00", b2, ("/nutrition-4014797", "Nutrition"), rel[1:]),
          "7 Signs Your Iron Is Low", "2025-02-18", ["Rachel Okoye"],
          must=["A simple blood test can confirm whether your iron is low."])
    b3 = ["Sneezing, a runny nose and a scratchy throat can come from a cold or from seasonal allergies, and in early spring the two often overlap.",
          "## How Long It Lasts",
          "A cold usually clears up within seven to ten days. Allergy symptoms last as long as you are exposed to the trigger, which can mean weeks during pollen season.",
          "## Itchy Eyes vs. Body Aches",
          "Itchy, watery eyes point toward allergies, while body aches, a low fever and thick yellow mucus are more typical of a viral infection. Colds are contagious; allergies are not.",
          "## When to See a Provider",
          "See a healthcare provider if symptoms last longer than two weeks, if you have a high fever, or if over-the-counter antihistamines do not bring any relief."]
    s.art("/cold-or-allergies-8112056", article("/cold-or-allergies-8112056", "Is It a Cold or Allergies? How to Tell the Difference",
          "Cold vs. Allergies: How to Tell the Difference", "Symptoms overlap, but a few clues help", ["Megan Lyle", "Tom Baird"],
          "Priya Raman, MD", None, "Updated on March 10, 2025", "2023-11-02T08:30:00.000-04:00", "2025-03-10T09:05:00.000-04:00",
          b3, ("/conditions-a-z-4014812", "Conditions A-Z"), rel[:1]),
          "Is It a Cold or Allergies? How to Tell the Difference", "2023-11-02", ["Megan Lyle", "Tom Baird"],
          must_not=["Was this page helpful?"])

    def card_list(items):
        return "".join('<a class="comp mntl-card-list-items card" href="%s"><span class="card__title"><span class="card__title-text">%s</span></span></a>' % (p, E(t)) for p, t in items)

    arts = [(p, t) for p, t in s.links]
    s.non("/nutrition-4014797", shell("Nutrition", '<h1 class="comp mntl-taxonomysc-heading">Nutrition</h1><p class="mntl-taxonomysc-article-list__desc">Evidence-based advice on eating well.</p><div class="comp mntl-taxonomysc-article-list">%s</div>' % card_list(arts[1:2])), "Nutrition")
    s.non("/sleep-4014800", shell("Sleep", '<h1 class="comp mntl-taxonomysc-heading">Sleep</h1><div class="comp mntl-taxonomysc-article-list">%s</div>' % card_list(arts[:1])), "Sleep")
    s.non("/conditions-a-z-4014812", shell("Conditions A-Z", '<h1>Conditions A-Z</h1><div class="comp mntl-taxonomysc-article-list">%s</div>' % card_list(arts[2:])))
    s.non("/claire-whitmore-7094561", shell("Claire Whitmore", '<div class="comp mntl-author-page"><h1 class="mntl-author-page__name">Claire Whitmore</h1><p class="mntl-author-page__title">Senior Health Writer</p><p>Claire Whitmore has written about health and wellness for more than a decade. She holds a master\'s degree in public health and lives in Denver, Colorado.</p><h2>Education</h2><p>MPH, University of Michigan</p><h2>Latest from Claire Whitmore</h2>%s</div>' % card_list(arts[:1]), og("Claire Whitmore", "profile", s.url("/claire-whitmore-7094561"), s.name)))
    s.non("/editorial-process-4778335", shell("Our Editorial Process", '<h1 class="comp article-heading">Our Editorial Process</h1><div class="mntl-sc-page"><p>Every article on Steadywell Health is written by a qualified writer, reviewed by a board-certified physician when it contains medical claims, and checked by a fact checker before publication.</p><p>We update our content regularly. When you see "Updated on" at the top of an article, a member of our team has reviewed it for accuracy and made changes where needed.</p><p>Our writers cite peer-reviewed research, government agencies and academic institutions. Sources are listed at the end of each article.</p></div>', og("Our Editorial Process", "article", s.url("/editorial-process-4778335"), s.name)), "Editorial Process")
    s.non("/about-us-4778310", shell("About Us", '<h1 class="comp article-heading">About Us</h1><p>Steadywell Health delivers reliable health information written by experts and reviewed by doctors. We reach more than 20 million readers every month.</p><p>Meet our <a href="/medical-expert-board-4778350">Medical Expert Board</a>.</p>'), "About Us")
    s.non("/medical-expert-board-4778350", shell("Medical Expert Board", '<h1>Medical Expert Board</h1><ul><li><a href="/anil-mehta-8800123">Anil Mehta, MD</a> - Internal Medicine</li><li><a href="/priya-raman-8800123">Priya Raman, MD</a> - Allergy and Immunology</li></ul>'))
    s.non("/newsletter-4778390", shell("Newsletter", '<h1>Get Healthy Living Tips Daily</h1><form class="mntl-newsletter-signup__form"><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p>%s</p>' % NEWSLETTER_EN), "Newsletter")
    s.non("/sleep-quiz-8605511", shell("Quiz: How Healthy Are Your Sleep Habits?", '<div class="comp mntl-quiz"><h1 class="mntl-quiz__heading">Quiz: How Healthy Are Your Sleep Habits?</h1><p>Answer 8 quick questions to find out.</p><ol class="mntl-quiz__questions"><li>How many hours do you sleep on a weeknight? <button>Less than 6</button><button>6-8</button><button>More than 8</button></li><li>Do you look at screens in bed? <button>Always</button><button>Sometimes</button><button>Never</button></li></ol></div>', og("Quiz: How Healthy Are Your Sleep Habits?", "article", s.url("/sleep-quiz-8605511"), s.name)), "Sleep Quiz")

    def home(links):
        return shell("Steadywell Health - Know More. Feel Better.", '<h1 class="visually-hidden">Steadywell Health</h1><div class="comp mntl-home-list">%s</div>' % card_list(links), og("Steadywell Health", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 2 Hearst-like
def site_hearst():
    s = Site(2, "Good Homekeeping", "en")
    nav = [("/home-products/", "Home Products"), ("/health/", "Health"), ("/institute/about-the-institute/a19748212/good-homekeeping-institute-product-reviews/", "The Institute")]

    def shell(title, main, head=""):
        navh = "".join('<a class="css-1x8h5d0 e1c1bym11" data-vars-cta="Global Nav" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        body = ('<div id="__next"><header class="css-8lb3wu e1u0vmq50"><a href="/" class="css-1ovm3ve e1u0vmq52" aria-label="Good Homekeeping logo">Good Homekeeping</a>'
                '<nav class="css-12lqlj5 e1c1bym10">%s<a href="/newsletter/">Newsletter</a></nav></header>'
                '<main class="css-1l4w6pd e1d44y20">%s</main>'
                '<footer class="css-1uj3n6j e1cpxsul0"><a href="/about/a37040123/affiliate-disclosure/">Affiliate Disclosure</a> <a href="/about/a12345/contact-us/">Contact Us</a>'
                '<p>Good Homekeeping participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites.</p>'
                '<p>&copy;2025 Hurst Magazine Media, Inc. All Rights Reserved.</p></footer></div>') % (navh, main)
        return page("en", title, head, body)

    def article(path, h1, dek, authors, shown, pub, mod, intro, products, tail, kind, section, reviewer=None):
        url = s.url(path)
        by = " and ".join('<a class="css-1qpc3ie e1ocn6nk2" href="/author/%d/%s/"><span class="css-1k1t0qz byline-name">%s</span></a>' % (200000 + len(a), slug(a), E(a)) for a in authors)
        rv = ('<div class="css-9wf1u0 e1ocn6nk3"><span>Reviewed by</span> <span class="byline-name">%s</span></div>' % E(reviewer)) if reviewer else ""
        prods = ""
        for i, (name, price, store, blurb) in enumerate(products):
            prods += ('<div class="css-0 product-slide ewhm0ty0" data-embed="product"><h2 class="css-1j7la2c e1x2ds4v0"><span class="listicle-slide-hed-number">%d</span> <span class="listicle-slide-hed-text">%s</span></h2>'
                      '<div class="product-slide-image"><img src="/images/p%d.jpg" alt="%s"></div>'
                      '<a class="css-1wnxm0u product-slide-commerce-button" data-vars-ga-outbound-link="https://www.amazon.com/dp/B0%07d" data-affiliate="true" href="https://www.amazon.com/dp/B0%07d?tag=goodhomek-20" rel="nofollow sponsored">%s at %s</a>'
                      '<a class="css-1wnxm0u" href="https://www.amazon.com/dp/B0%07d?tag=goodhomek-20" rel="nofollow sponsored">Shop at %s</a>'
                      '<div class="product-slide-body"><p>%s</p></div></div>') % (i + 1, E(name), i, E(name), 1000 + i, 1000 + i, E(price), E(store), 1000 + i, E(store), E(blurb))
        main = ('<div class="css-1d9dbs1 e1k5gtr0"><nav class="css-breadcrumbs"><a href="%s">%s</a></nav>'
                '<header class="content-header"><span class="content-header-tag css-ui9p3i">%s</span><h1 class="css-1efibsk e1fp8l9p0">%s</h1>'
                '<p class="css-1slx8ya content-dek">%s</p>'
                '<div class="content-info-byline css-1apl08x"><address class="byline-author">By %s</address>%s</div>'
                '<div class="content-info-date css-11ynf5m"><time datetime="%s">%s</time></div></header>'
                '<div class="css-1dgudoy article-body-content standard-body-content">%s%s%s</div>'
                '<div class="css-newsletter-embed"><p>%s</p></div>'
                '<div class="css-related"><h3>You May Also Like</h3><a href="/health/a63925710/hot-girl-walk/">What Is the Hot Girl Walk? Experts Explain</a></div></div>') % (
            section[0], E(section[1]), kind, E(h1), E(dek), by, rv, mod, E(shown), paras(intro, "css-105g9vn et3p2gv0 body-text"), prods, paras(tail, "body-text"),
            "Get the best of Good Homekeeping - product reviews, recipes and home tips - delivered to your inbox.")
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": h1, "description": dek,
              "datePublished": pub, "dateModified": mod,
              "author": [{"@type": "Person", "name": a, "url": s.url("/author/%d/%s/" % (200000 + len(a), slug(a)))} for a in authors],
              "publisher": {"@type": "Organization", "name": "Good Homekeeping"}, "isAccessibleForFree": True}
        head = og(h1, "article", url, "Good Homekeeping", dek, '<meta name="sailthru.author" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (E(", ".join(authors)), pub, mod)) + jl(ld)
        return shell(h1, main, head)

    fryers = [("Best Overall Air Fryer: Ninja Air Fryer Pro", "$99", "Amazon", "It crisped frozen fries evenly in 15 minutes and the basket was easy to clean in our tests."),
              ("Best Value Air Fryer: Cosori Lite 4-Quart", "$70", "Amazon", "A compact pick that still browned chicken wings evenly in our Lab tests."),
              ("Best Large Air Fryer: Instant Vortex Plus 6-Quart", "$130", "Walmart", "Big enough for a family of four, with a window so you can watch the food cook."),
              ("Best Dual-Basket Air Fryer: Ninja Foodi DualZone", "$180", "Amazon", "Two baskets let you cook salmon and vegetables at the same time and finish together.")]
    path = "/home-products/kitchen-appliances/g28437439/best-air-fryers/"
    s.art(path, article(path, "The 12 Best Air Fryers of 2025, Tested by Experts", "We tested more than 60 models to find the best air fryers for every kitchen.",
          ["Nicole Papantoniou", "Eric Hsu"], "Updated: Mar 3, 2025", "2023-10-05T09:00:00-04:00", "2025-03-03T14:22:00-05:00",
          ["Air fryers have become one of the most popular small appliances in American kitchens, and for good reason: they cook food quickly with little oil and make leftovers crispy again.",
           "At the Good Homekeeping Institute Kitchen Appliances Lab, we have tested more than 60 air fryers over the last five years, cooking frozen fries, fresh chicken wings and whole salmon fillets in each one.",
           "Our top picks below were chosen for how evenly they cooked, how easy they were to use and clean, and how loud they were."],
          fryers,
          ["How we test air fryers: our testers measure the accuracy of each temperature setting with a thermocouple and time how long each model takes to preheat.",
           "Why trust Good Homekeeping? Nicole Papantoniou is the director of the Kitchen Appliances Lab and has tested hundreds of appliances since 2019."],
          "Kitchen Appliances", ("/home-products/", "Home Products")),
          "The 12 Best Air Fryers of 2025, Tested by Experts", "2023-10-05", ["Nicole Papantoniou", "Eric Hsu"],
          must=["At the Good Homekeeping Institute Kitchen Appliances Lab, we have tested more than 60 air fryers over the last five years, cooking frozen fries, fresh chicken wings and whole salmon fillets in each one."],
          must_not=["Get the best of Good Homekeeping - product reviews, recipes and home tips - delivered to your inbox."])
    path = "/health/a63925710/hot-girl-walk/"
    s.art(path, article(path, "What Is the Hot Girl Walk? Experts Explain the TikTok Trend", "Doctors weigh in on whether a daily four-mile walk lives up to the hype.",
          ["Alyssa Jung"], "Published: Feb 27, 2025 8:00 AM EST", "2025-02-27T08:00:00-05:00", "2025-02-27T08:00:00-05:00",
          ["The hot girl walk started with one TikTok creator who walked four miles a day while thinking only about what she was grateful for, her goals and how good she felt.",
           "Four years later, the hashtag has billions of views, and cardiologists say the basic idea holds up: brisk walking is one of the easiest ways to lower blood pressure and improve mood.",
           "Dr. Monica Alvarez, a cardiologist in Chicago, told Good Homekeeping that the distance matters less than the habit. Even 20 minutes a day at a pace that makes conversation slightly harder counts, she said.",
           "Experts recommend supportive shoes, a water bottle, and building up slowly if you are new to exercise. If walking causes chest pain or dizziness, stop and call your doctor.",
           "Part of the appeal, psychologists say, is the mental side. Walking without a podcast and focusing on positive thoughts works a little like a moving meditation, and people who walk outdoors in green spaces tend to report lower stress than those who walk on a treadmill."],
          [], [], "Fitness", ("/health/", "Health"), reviewer="Monica Alvarez, MD"),
          "What Is the Hot Girl Walk? Experts Explain the TikTok Trend", "2025-02-27", ["Alyssa Jung"], instant="2025-02-27T13:00")
    vacs = [("Best Overall Robot Vacuum: Roborock Q5 Max", "$280", "Amazon", "It picked up 98% of the debris on our test carpet and mapped the Lab in one run."),
            ("Best Robot Vacuum for Pet Hair: Shark Matrix", "$350", "Target", "Its self-cleaning brush roll never tangled with long dog hair in our tests."),
            ("Best Budget Robot Vacuum: Eufy 11S Max", "$160", "Amazon", "Slim enough to clean under beds and surprisingly quiet.")]
    path = "/home-products/cleaning-products/g60123456/best-robot-vacuums/"
    s.art(path, article(path, "The 9 Best Robot Vacuums of 2025, Tested and Reviewed", "Our Cleaning Lab experts found the models that really save you time.",
          ["Dan DiClerico"], "Updated: Jan 20, 2025", "2024-04-11T10:15:00-04:00", "2025-01-20T09:00:00-05:00",
          ["A good robot vacuum can keep floors tidy between deep cleans, but many models still get stuck on rug fringes or miss corners.",
           "We ran each robot on carpet, hardwood and tile in our Lab, scattering sand, rice and pet hair, then weighed what was left behind."],
          vacs, ["What to look for: pick a model with a mapping feature if you have a multi-room home, and check that replacement filters are easy to find.", "Also consider noise: the quietest models in our tests ran at about 55 decibels, roughly the level of a normal conversation, while the loudest ones were hard to ignore in an open-plan apartment. Battery life ranged from 70 minutes to more than three hours."],
          "Cleaning", ("/home-products/", "Home Products")),
          "The 9 Best Robot Vacuums of 2025, Tested and Reviewed", "2024-04-11", ["Dan DiClerico"])

    def teasers(items):
        return "".join('<div class="css-1f7xnd7 ee4ms352"><a class="css-teaser" href="%s"><span class="css-title">%s</span></a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/home-products/", shell("Home Products", '<h1 class="css-feed-title">Home Products</h1><div class="css-feed">%s</div>' % teasers([arts[0], arts[2]]), og("Home Products", "website", s.url("/home-products/"), s.name)), "Home Products")
    s.non("/health/", shell("Health", '<h1 class="css-feed-title">Health</h1><div class="css-feed">%s</div>' % teasers([arts[1]])), "Health")
    s.non("/author/200018/nicole-papantoniou/", shell("Nicole Papantoniou", '<div class="css-author-page"><h1>Nicole Papantoniou</h1><p>Kitchen Appliances and Culinary Innovation Lab Director</p><p>Nicole (she/her) is the director of the Good Homekeeping Institute\'s Kitchen Appliances and Innovation Lab, where she has overseen content and testing related to kitchen and cooking appliances, tools and gear since 2019.</p>%s</div>' % teasers(arts[:1])))
    s.non("/about/a37040123/affiliate-disclosure/", shell("Affiliate Disclosure", '<h1>Affiliate Disclosure</h1><p>Good Homekeeping participates in various affiliate marketing programs. Products are chosen independently by our editors and Lab experts. If you buy something through our links, we may earn a commission.</p><p>Published: Jun 1, 2021</p>', og("Affiliate Disclosure", "article", s.url("/about/a37040123/affiliate-disclosure/"), s.name)), "Affiliate Disclosure")
    s.non("/institute/about-the-institute/a19748212/good-homekeeping-institute-product-reviews/", shell("About the Good Homekeeping Institute", '<h1>About the Good Homekeeping Institute</h1><p>Since 1900, the Good Homekeeping Institute has provided practical, trustworthy information. Our engineers, chemists and nutritionists test thousands of products each year.</p>'), "The Institute")
    s.non("/shop/ninja-air-fryer-pro/", shell("Ninja Air Fryer Pro - Shop Good Homekeeping", '<div class="css-product-page"><h1>Ninja Air Fryer Pro 5-Quart</h1><p class="price">$99.99</p><a class="css-buy" href="https://www.amazon.com/dp/B01000?tag=goodhomek-20">Shop at Amazon</a><p>GH Seal holder. 4-in-1: air fry, roast, reheat, dehydrate.</p></div>', og("Ninja Air Fryer Pro", "product", s.url("/shop/ninja-air-fryer-pro/"), s.name)), "Shop: Ninja Air Fryer Pro")
    s.non("/newsletter/", shell("Newsletter", '<h1>Sign up for our newsletter</h1><form><input type="email"><button>Sign Up</button></form>'))

    def home(links):
        return shell("Good Homekeeping: Product Reviews, Recipes, Home Tips", '<h1 class="visually-hidden">Good Homekeeping</h1><div class="css-feed">%s</div>' % teasers(links), og("Good Homekeeping", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 3 WordPress food blog + WPRM
def site_foodblog():
    s = Site(3, "Butter & Thyme", "en")
    nav = [("/recipes/", "Recipe Index"), ("/category/breakfast/", "Breakfast"), ("/category/dinner/", "Dinner"), ("/about/", "About"), ("/shop/", "Shop")]

    def shell(title, main, head="", cls="home blog"):
        navh = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Butter &amp; Thyme</a></p>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>'
                '<div id="content" class="site-content"><main id="main" class="site-main">%s</main>'
                '<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Hi, I\'m Jenny!</h2><p>I share easy, seasonal recipes from my little kitchen in Portland. <a href="/about/">Learn more</a></p></section></aside></div>'
                '<footer id="colophon" class="site-footer"><a href="/privacy-policy/">Privacy Policy</a> &middot; <a href="/feed.xml">RSS</a><p>&copy; 2025 Butter &amp; Thyme &middot; Feast Plugin</p></footer></div>') % (navh, main)
        return page("en-US", title, head, body, cls)

    def card(rid, name, author, times, ings, steps, pub):
        ingh = "".join('<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">%s</span> <span class="wprm-recipe-ingredient-name">%s</span></li>' % (E(a), E(n)) for a, n in ings)
        steph = "".join('<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">%s</div></li>' % E(t) for t in steps)
        html_ = ('<div id="recipe"></div><div id="wprm-recipe-container-%d" class="wprm-recipe-container" data-recipe-id="%d"><div class="wprm-recipe wprm-recipe-template-custom">'
                 '<h2 class="wprm-recipe-name wprm-block-text-bold">%s</h2>'
                 '<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.9 from 112 votes</span></div>'
                 '<a href="/wprm_print/%s" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a> <a class="wprm-recipe-pin">Pin Recipe</a>'
                 '<div class="wprm-recipe-meta-container"><span class="wprm-recipe-details-label">Prep Time</span> <span class="wprm-recipe-prep_time">%s</span>'
                 '<span class="wprm-recipe-details-label">Course</span> <span class="wprm-recipe-course">Main</span>'
                 '<span class="wprm-recipe-details-label">Author</span> <span class="wprm-recipe-author">%s</span></div>'
                 '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">%s</ul></div>'
                 '<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions">%s</ol></div>'
                 '<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-name">Calories: </span><span>412kcal</span></div>'
                 '<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span> Mention @butterandthyme or tag #butterandthyme!</div></div></div>') % (
            rid, rid, E(name), name.lower().replace(" ", "-"), E(times), E(author), ingh, steph)
        ld = {"@type": "Recipe", "name": name, "author": {"@type": "Person", "name": author}, "datePublished": pub, "prepTime": "PT15M",
              "recipeIngredient": ["%s %s" % x for x in ings], "recipeInstructions": [{"@type": "HowToStep", "text": t} for t in steps],
              "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "ratingCount": "112"}}
        return html_, ld

    def post(path, title, pub, mod, shown, story, recipe, comments, cats, tags):
        url = s.url(path)
        graph = [{"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": "Jenny Alvarez", "@id": s.url("/#/schema/person/1a2b")},
                  "headline": title, "datePublished": pub, "dateModified": mod, "wordCount": 420, "commentCount": len(comments),
                  "publisher": {"@id": s.url("/#organization")}, "articleSection": cats},
                 {"@type": "WebPage", "@id": url, "url": url, "name": title + " - Butter & Thyme", "datePublished": pub, "dateModified": mod},
                 {"@type": "Person", "@id": s.url("/#/schema/person/1a2b"), "name": "Jenny Alvarez", "url": s.url("/about/")},
                 {"@type": "Organization", "@id": s.url("/#organization"), "name": "Butter & Thyme"}]
        rh = ""
        if recipe:
            rh, rld = recipe
            rld["@id"] = url + "#recipe"
            graph.append(rld)
        jump = '<a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> ' if recipe else ""
        com = "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> <time datetime="2025-03-0%dT18:00:00+00:00">March %d, 2025 at 6:00 pm</time></footer><div class="comment-content"><p>%s</p></div></article></li>' % (E(n), i + 5, i + 5, E(t)) for i, (n, t) in enumerate(comments))
        main = ('<article class="post type-post status-publish format-standard has-post-thumbnail category-%s entry">'
                '<header class="entry-header"><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="posted-on">Published: <time class="entry-date published" datetime="%s">%s</time></span>'
                ' <span class="updated-on">%s</span> by <span class="author vcard"><a class="url fn n" href="/about/">Jenny Alvarez</a></span>'
                ' &middot; <a href="#comments">%d Comments</a></div>%s'
                '<p class="affiliate-disclosure"><em>This post may contain affiliate links. Please read my <a href="/privacy-policy/">disclosure policy</a>.</em></p></header>'
                '<div class="entry-content">%s%s</div>'
                '<footer class="entry-footer"><span class="cat-links">Filed Under: %s</span> <span class="tags-links">Tagged: %s</span></footer></article>'
                '<div id="comments" class="comments-area"><h2 class="comments-title">%d thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">%s</ol>'
                '<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div></div>') % (
            cats[0].lower(), E(title), pub, E(shown[0]), E(shown[1]), len(comments), jump, paras(story), rh,
            ", ".join('<a href="/category/%s/">%s</a>' % (c.lower(), c) for c in cats), ", ".join('<a href="/tag/%s/">%s</a>' % (t.replace(" ", "-"), t) for t in tags),
            len(comments), E(title), com)
        head = (og(title + " - Butter & Thyme", "article", url, "Butter & Thyme", story[0][:150], '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="Jenny Alvarez">' % (pub, mod))
                + '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps({"@context": "https://schema.org", "@graph": graph}))
        return shell(title + " - Butter & Thyme", main, head, "post-template-default single single-post")

    story1 = ["These lemon ricotta pancakes were born on a rainy Sunday when the only things in my fridge were half a tub of ricotta, two lemons and a very hungry toddler.",
              "I have made them at least thirty times since then, and I finally think I have the ratio right. The ricotta keeps them tender and almost custardy in the middle, while whipped egg whites make them tall and fluffy.",
              "A few tips before you start: use whole-milk ricotta, because the low-fat kind makes the batter watery. Zest the lemons straight into the sugar and rub it in with your fingers, which releases the oils and makes the whole kitchen smell amazing.",
              "And please, let the griddle heat up properly. The first pancake is always a test, and in our house it goes straight to the dog."]
    r1 = card(1201, "Lemon Ricotta Pancakes", "Jenny Alvarez", "15 minutes",
              [("1 cup", "whole-milk ricotta"), ("2", "eggs, separated"), ("1 cup", "all-purpose flour"), ("1", "lemon, zested and juiced")],
              ["Whisk the ricotta, egg yolks, milk and lemon zest.", "Fold in the flour, then the whipped egg whites.", "Cook on a buttered griddle for 2 minutes per side."], "2025-03-03T07:30:00+00:00")
    path = "/lemon-ricotta-pancakes/"
    s.art(path, post(path, "Lemon Ricotta Pancakes", "2025-03-03T07:30:00+00:00", "2025-03-05T10:12:44+00:00", ("March 3, 2025", "Updated: March 5, 2025"),
          story1, r1, [("Kelly M.", "Made these for my kids this morning and they asked for seconds! Five stars."), ("Dave", "Can I use lime instead of lemon?")], ["Breakfast"], ["pancakes", "lemon"]),
          "Lemon Ricotta Pancakes", "2025-03-03", ["Jenny Alvarez"],
          must=["I have made them at least thirty times since then, and I finally think I have the ratio right."],
          must_not=["Made these for my kids this morning and they asked for seconds! Five stars."])
    story2 = ["Weeknights in our house are chaos, so I lean hard on sheet-pan dinners. This harissa chicken is the one my husband requests most often, and it takes about ten minutes of actual work.",
              "Harissa is a North African chili paste, smoky and a little sweet. Brands vary a lot in heat, so taste yours first and start with less if it is very spicy.",
              "The chickpeas are the secret here. They roast in the chicken juices and turn crispy at the edges, almost like croutons. Don't skip drying them well with a towel before they go on the pan.",
              "Serve everything with a big spoonful of yogurt, some chopped herbs and warm flatbread for scooping."]
    r2 = card(1188, "Sheet-Pan Harissa Chicken with Chickpeas", "Jenny Alvarez", "10 minutes",
              [("2 lb", "chicken thighs"), ("3 tbsp", "harissa paste"), ("1 can", "chickpeas, drained and dried")],
              ["Heat the oven to 425F.", "Toss the chicken and chickpeas with harissa and oil.", "Roast for 35 minutes."], "2025-02-17T12:00:00+00:00")
    path = "/sheet-pan-harissa-chicken/"
    s.art(path, post(path, "Sheet-Pan Harissa Chicken with Chickpeas", "2025-02-17T12:00:00+00:00", "2025-02-17T12:00:00+00:00", ("February 17, 2025", ""),
          story2, r2, [("Sam", "This is on repeat at our place.")], ["Dinner"], ["chicken", "sheet pan"]),
          "Sheet-Pan Harissa Chicken with Chickpeas", "2025-02-17", ["Jenny Alvarez"],
          must=["The chickpeas are the secret here."], must_not=["This is on repeat at our place."])
    story3 = ["A year ago this week I pulled my first sourdough loaf out of the oven. It was flat, gummy and sour enough to make my eyes water, and I was completely hooked.",
              "Since then I have baked roughly 140 loaves, killed my starter twice and learned more about flour than I ever expected to. Here are the lessons that actually made a difference.",
              "First, temperature matters more than any schedule. My kitchen is cold in winter, and my dough needed nearly twice as long to rise in January as it did in July. Watching the dough instead of the clock changed everything.",
              "Second, wetter is not always better. Those open, lacy crumb shots on Instagram come from very skilled bakers. A slightly stiffer dough was much easier for me to shape, and it still made beautiful bread.",
              "Finally, keep notes. I have a battered notebook with every bake, the flour, the timing and how it turned out, and it has taught me more than any video."]
    path = "/a-year-of-sourdough/"
    s.art(path, post(path, "What I Learned From a Year of Baking Sourdough", "2025-01-24T15:45:00+00:00", "2025-01-24T15:45:00+00:00", ("January 24, 2025", ""),
          story3, None, [("Priya", "The notebook tip is so good.")], ["Baking"], ["sourdough"]),
          "What I Learned From a Year of Baking Sourdough", "2025-01-24", ["Jenny Alvarez"],
          must=["First, temperature matters more than any schedule."])

    # pure recipe post: only the card (non-article)
    r4 = card(1150, "Classic Banana Bread", "Jenny Alvarez", "15 minutes",
              [("3", "very ripe bananas"), ("1/3 cup", "melted butter"), ("1 1/2 cups", "flour")],
              ["Mash the bananas.", "Mix in the butter, sugar, egg and flour.", "Bake at 350F for 60 minutes."], "2024-11-08T09:00:00+00:00")
    rl = r4[1]
    rl["@context"] = "https://schema.org"
    s.non("/recipe/classic-banana-bread/", shell("Classic Banana Bread Recipe - Butter & Thyme", '<div class="wprm-recipe-roundup-item">%s</div>' % r4[0],
          og("Classic Banana Bread", "article", s.url("/recipe/classic-banana-bread/"), s.name, "Moist, easy banana bread.", '<meta property="article:published_time" content="2024-11-08T09:00:00+00:00">') + jl(rl), "wprm_recipe-template-default single single-wprm_recipe"), "Classic Banana Bread")
    for rname, rslug, back, rc in [("Lemon Ricotta Pancakes", "lemon-ricotta-pancakes", "/lemon-ricotta-pancakes/", r1), ("Sheet-Pan Harissa Chicken with Chickpeas", "sheet-pan-harissa-chicken-with-chickpeas", "/sheet-pan-harissa-chicken/", r2), ("Classic Banana Bread", "classic-banana-bread", "/recipe/classic-banana-bread/", r4)]:
        s.non("/wprm_print/" + rslug, page("en-US", rname + " - Butter & Thyme", '<meta name="robots" content="noindex">',
              '<div id="wprm-print-header"><a href="%s">Go Back</a> <button id="wprm-print-button-print">Print</button></div><div id="wprm-print-content">%s</div>' % (back, rc[0]), "wprm-print"))

    def grid(items):
        return "".join('<article class="post-summary"><a class="entry-image-link" href="%s"><img src="/wp-content/uploads/t.jpg" alt=""></a><h2 class="post-summary__title"><a href="%s">%s</a></h2></article>' % (p, p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/recipes/", shell("Recipe Index - Butter & Thyme", '<h1 class="entry-title">Recipe Index</h1><div class="feast-category-index"><h2>Breakfast</h2>%s<h2>Dinner</h2>%s<h2>Baking</h2>%s</div>' % (grid([arts[0]]), grid([arts[1]]), grid([arts[2], arts[3]])), "", "page-template"), "Recipe Index")
    s.non("/category/breakfast/", shell("Breakfast Archives - Butter & Thyme", '<header class="page-header"><h1 class="archive-title">Breakfast</h1></header>%s' % grid([arts[0]]), "", "archive category"))
    s.non("/category/dinner/", shell("Dinner Archives - Butter & Thyme", '<header class="page-header"><h1 class="archive-title">Dinner</h1></header>%s' % grid([arts[1]]), "", "archive category"))
    s.non("/tag/sourdough/", shell("sourdough Archives - Butter & Thyme", '<h1 class="archive-title">Tag: sourdough</h1>%s' % grid([arts[2]]), "", "archive tag"))
    s.non("/about/", shell("About Jenny - Butter & Thyme", '<article class="page"><h1 class="entry-title">About</h1><div class="entry-content"><p>Hi! I\'m Jenny Alvarez, a former line cook turned recipe developer. Butter &amp; Thyme started in 2016 as a place to keep my family\'s recipes, and it has grown into a community of home cooks from all over the world.</p><p>When I\'m not cooking you can find me at the farmers market with my two kids.</p></div></article>', "", "page"), "About")
    s.non("/shop/", shell("My Kitchen Essentials - Butter & Thyme", '<h1 class="entry-title">Shop My Kitchen</h1><p>These are the tools I use every day. As an Amazon Associate I earn from qualifying purchases.</p><ul class="shop-grid"><li><a href="https://www.amazon.com/dp/B0001?tag=butterthyme-20" rel="sponsored">Cast Iron Griddle</a> $34.99 <a class="button" href="https://www.amazon.com/dp/B0001?tag=butterthyme-20">Shop at Amazon</a></li><li><a href="https://www.amazon.com/dp/B0002?tag=butterthyme-20">Half Sheet Pans</a> $22.50</li></ul>', "", "page"), "Shop")
    s.non("/privacy-policy/", shell("Privacy Policy & Disclosure - Butter & Thyme", '<h1 class="entry-title">Privacy Policy &amp; Affiliate Disclosure</h1><p>Butter &amp; Thyme is a participant in the Amazon Services LLC Associates Program. This site uses cookies and collects data as described below.</p>', "", "page"))

    def home(links):
        return shell("Butter & Thyme - Easy Seasonal Recipes", '<section class="feast-latest"><h2>Latest Recipes</h2>%s</section>' % grid(links), og("Butter & Thyme", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.rss("/feed.xml")
    write_page(OUT, s.host, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /wprm_print/\n")


# ---------------------------------------------------------------- 4 Condé Nast-like travel
def site_travel():
    s = Site(4, "Roam & Wander", "en")
    nav = [("/destinations/", "Destinations"), ("/story/", "Inspiration"), ("/hotels/", "Hotels"), ("/gallery/", "Galleries")]

    def shell(title, main, head=""):
        navh = "".join('<a class="NavigationLinkWrapper-dufSpI" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        body = ('<div id="app-root"><header class="BaseWrap-sc-gjQpdd StackedNavigationWrapper-eKYlhE"><a href="/" class="SiteLogo">Roam &amp; Wander</a><nav>%s</nav></header>'
                '<main id="main-content" tabindex="-1">%s</main>'
                '<footer class="SiteFooterWrapper-fnEzVR"><a href="/about/">About</a> <a href="/contributors/">Contributors</a> <a href="/newsletter/">Newsletter</a>'
                '<p>Roam &amp; Wander may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.</p></footer></div>') % (navh, main)
        return page("en-US", title, head, body)

    def article(path, h1, dek, rubric, authors, date_shown, pub, photo, body, tags, contributor_note=""):
        url = s.url(path)
        by = ""
        for a in authors:
            by += '<span class="BylineNamesWrapper-jbHncn"><span class="BylinePreamble-iJolpQ">By </span><a class="BaseLink-eNWuiM BylineLink-gEnFiw" href="/contributor/%s">%s</a></span>' % (slug(a), E(a))
        main = ('<article class="article main-content" lang="en-US"><header class="SplitScreenContentHeaderWrapper-gzKdzp">'
                '<div class="RubricWrapper-dKmCNX"><a href="/destinations/"><span class="RubricName-fVtemz">%s</span></a></div>'
                '<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ SplitScreenContentHeaderHed-lcUSuI">%s</h1>'
                '<div class="SplitScreenContentHeaderDek-emptdL">%s</div>'
                '<div class="BylinesWrapper-KIudn">%s%s</div>'
                '<time data-testid="ContentHeaderPublishDate" class="SplitScreenContentHeaderPublishDate-hdKQfu">%s</time>'
                '<figure><img src="/photos/lede.jpg" alt=""><figcaption><span class="CaptionCredit-ejegDm">Photo: %s</span></figcaption></figure></header>'
                '<div class="ArticlePageChunks-dzVzHt"><div class="BodyWrapper-kufPGa body body__container article__body">%s</div></div>'
                '<div class="ContentFooterWrapper"><ul class="TagCloudWrapper">%s</ul></div>'
                '<div class="SummaryCollectionGrid"><h2>More from Roam &amp; Wander</h2><a href="/gallery/best-beaches-in-europe">The 25 Best Beaches in Europe</a></div></article>') % (
            E(rubric), E(h1), E(dek), by, contributor_note, E(date_shown), E(photo), body, "".join('<li><a href="/tag/%s">%s</a></li>' % (t.lower(), t) for t in tags))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": h1, "description": dek, "datePublished": pub, "dateModified": pub,
              "author": [{"@type": "Person", "name": a, "sameAs": s.url("/contributor/%s" % slug(a))} for a in authors],
              "publisher": {"@type": "Organization", "name": "Roam & Wander"}, "articleSection": rubric, "keywords": tags}
        head = og(h1, "article", url, "Roam & Wander", dek, '<meta name="parsely-pub-date" content="%s"><meta name="author" content="%s">' % (pub, E(", ".join(authors)))) + jl(ld)
        return shell("%s | Roam & Wander" % h1, main, head)

    def bp(ps):
        return "".join('<p class="paywall">%s</p>' % E(p) for p in ps)
    b1 = bp(["Lisbon rewards the slow traveler. Its seven hills are steep, its trams are packed, and the best meals tend to happen in tiny tascas with paper tablecloths, so resist the urge to do everything at once.",
             "Start in Alfama, the oldest neighborhood, before the tour groups arrive. Wander the alleys below the castle, stop for a bica at a kiosk in Largo das Portas do Sol, and let yourself get lost.",
             "For dinner, book a table in Príncipe Real, where a new generation of chefs is reworking Portuguese classics. Order the grilled octopus, and save room for a custard tart still warm from the oven."]) + \
        '<h2>Where to stay</h2>' + bp(["Memmo Alfama has a rooftop pool with views over the river, and its rooms are calm and whitewashed. For a splurge, the palace hotels along Avenida da Liberdade are hard to beat."]) + \
        '<h2>Getting around</h2>' + bp(["Buy a rechargeable Viva Viagem card for the metro and trams, and wear shoes with grip: the polished limestone sidewalks are slippery even when dry."])
    s.art("/story/long-weekend-in-lisbon", article("/story/long-weekend-in-lisbon", "A Long Weekend in Lisbon: Where to Stay, Eat, and Drink",
          "Custard tarts, rooftop bars and a new wave of chefs in the Portuguese capital.", "Weekend Guide", ["Sofia Matos"], "March 3, 2025",
          "2025-03-03T06:00:00.000-05:00", "Duarte Nunes", b1, ["Lisbon", "Portugal", "Europe"],
          '<p class="BylineContributorWrapper">Photography by <a href="/contributor/duarte-nunes">Duarte Nunes</a></p>'),
          "A Long Weekend in Lisbon: Where to Stay, Eat, and Drink", "2025-03-03", ["Sofia Matos"],
          must=["Start in Alfama, the oldest neighborhood, before the tour groups arrive."])
    b2 = bp(["Japan is a year-round destination, but the season you choose will shape your trip more than almost anything else.",
             "Spring brings cherry blossoms and the biggest crowds. Peak bloom in Tokyo and Kyoto usually falls in late March or early April, and hotels book up months ahead.",
             "Autumn is our favorite. From late October to early December, the maples turn red across the country, the humidity of summer is gone, and temples in the Kyoto hills glow in the afternoon light.",
             "Winter is cold but clear, and it is the best time for hot springs and skiing in Hokkaido. Summer is hot and humid, but it is also festival season, with fireworks almost every weekend."])
    s.art("/story/best-time-to-visit-japan", article("/story/best-time-to-visit-japan", "The Best Time to Visit Japan, Season by Season",
          "When to go for cherry blossoms, autumn leaves and fewer crowds.", "Travel Tips", ["Kenji Watanabe", "Laura Chen"], "February 21, 2025",
          "2025-02-21T09:30:00.000-05:00", "Getty Images", b2, ["Japan", "Asia"]),
          "The Best Time to Visit Japan, Season by Season", "2025-02-21", ["Kenji Watanabe", "Laura Chen"])
    b3 = bp(["The train pulled out of Gare de l'Est a little after eight in the evening, and by the time the waiter brought a glass of wine to my compartment, the suburbs of Paris had given way to dark fields.",
             "The new night service to Berlin takes about fourteen hours, which is much longer than a flight. But I boarded in the center of one city and woke up in the center of another, with no airport security lines in between.",
             "My private sleeper had a narrow bed, a tiny sink and a window I kept opening just to watch villages pass. Breakfast was simple: a roll, jam and strong coffee.",
             "Was it perfect? No. We stopped for an hour somewhere in the night, and the shared shower was tiny. But I would do it again tomorrow."])
    s.art("/story/paris-berlin-night-train", article("/story/paris-berlin-night-train", "I Took the Night Train From Paris to Berlin. Here's What It's Really Like",
          "Fourteen hours, one tiny sleeper cabin and no regrets.", "Trains", ["Marcus Hale"], "January 30, 2025",
          "2025-01-30T07:00:00.000-05:00", "Marcus Hale", b3, ["Trains", "Europe"]),
          "I Took the Night Train From Paris to Berlin. Here's What It's Really Like", "2025-01-30", ["Marcus Hale"])

    def tiles(items):
        return "".join('<div class="SummaryItemWrapper-iwvBff"><a class="SummaryItemHedLink" href="%s"><h3 class="SummaryItemHedBase">%s</h3></a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/destinations/europe/portugal/lisbon", shell("Lisbon Travel Guide | Roam & Wander", '<h1>Lisbon</h1><p class="DestinationIntro">Everything you need to plan a trip to the Portuguese capital.</p><h2>Stories</h2>%s<h2>Hotels</h2><a href="/hotels/europe/portugal/lisbon/memmo-alfama">Memmo Alfama</a>' % tiles(arts[:1])), "Lisbon")
    s.non("/destinations/", shell("Destinations | Roam & Wander", '<h1>Destinations</h1><ul><li><a href="/destinations/europe/portugal/lisbon">Lisbon</a></li><li><a href="/tag/japan">Japan</a></li></ul>'))
    s.non("/hotels/europe/portugal/lisbon/memmo-alfama", shell("Memmo Alfama, Lisbon: Hotel Review | Roam & Wander", '<div class="VenuePage"><h1>Memmo Alfama</h1><p class="VenueAddress">Travessa das Merceeiras 27, 1100-348 Lisbon, Portugal</p><p class="VenueRating">Readers\' Choice Awards 2024</p><ul><li>Rooms: 42</li><li>Pool: rooftop</li></ul><a class="BookButton" href="https://www.booking.example/memmo">Check rates</a></div>', og("Memmo Alfama", "place", s.url("/hotels/europe/portugal/lisbon/memmo-alfama"), s.name)), "Memmo Alfama")
    s.non("/gallery/best-beaches-in-europe", shell("The 25 Best Beaches in Europe | Roam & Wander", '<div class="GalleryPage"><h1>The 25 Best Beaches in Europe</h1><p>By Roam &amp; Wander Editors</p><time>June 12, 2024</time>' + "".join('<figure class="GallerySlide"><img src="/photos/b%d.jpg"><figcaption><h2>%d. %s</h2><p>%s</p></figcaption></figure>' % (i, i + 1, n, c) for i, (n, c) in enumerate([("Praia da Marinha, Portugal", "Golden cliffs and clear water."), ("Navagio, Greece", "The famous shipwreck cove."), ("Cala Goloritzè, Sardinia", "Reachable only on foot or by boat.")])) + '</div>', og("The 25 Best Beaches in Europe", "article", s.url("/gallery/best-beaches-in-europe"), s.name)), "The 25 Best Beaches in Europe")
    s.non("/contributor/sofia-matos", shell("Sofia Matos | Roam & Wander", '<div class="ContributorPage"><h1>Sofia Matos</h1><p>Contributing Editor</p><p>Sofia Matos is a Lisbon-based writer covering food and travel in Portugal and Spain.</p>%s</div>' % tiles(arts[:1])))
    s.non("/tag/japan", shell("Japan | Roam & Wander", '<h1>Japan</h1>%s' % tiles(arts[1:2])))
    s.non("/newsletter/", shell("Newsletter | Roam & Wander", '<h1>The Daily Wander</h1><p>Get travel inspiration in your inbox.</p><form><input type="email"><button>Sign me up</button></form>'), "Newsletter")
    s.non("/about/", shell("About Us | Roam & Wander", '<h1>About Roam &amp; Wander</h1><p>Roam &amp; Wander is the world\'s leading travel magazine for curious travelers. Our editors and contributors travel anonymously and pay their own way.</p>'))

    def home(links):
        return shell("Roam & Wander: Travel Guides, Tips and Inspiration", '<h1 class="hidden">Roam &amp; Wander</h1>%s' % tiles(links), og("Roam & Wander", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 5 Burda-like German
def site_burda():
    s = Site(5, "Lieblingsleben", "de")
    nav = [("/wohnen/", "Wohnen"), ("/gesundheit/", "Gesundheit"), ("/horoskop/", "Horoskop"), ("/gewinnspiele/", "Gewinnspiele")]

    def shell(title, main, head=""):
        navh = "".join('<li class="main-navigation__item"><a class="main-navigation__link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<header class="page-header"><a class="page-header__logo" href="/">Lieblingsleben</a><nav class="main-navigation"><ul>%s</ul></nav></header>'
                '<div class="page-content">%s</div>'
                '<footer class="page-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/newsletter/">Newsletter</a></li></ul>'
                '<p>&copy; BurdaStyle Media GmbH &amp; Co. KG 2025</p></footer>') % (navh, main)
        return page("de", title, head, body)

    def article(path, h1, kicker, teaser, authors, reviewer, shown, pub, mod, ps, rubric, tags):
        url = s.url(path)
        names = " und ".join('<a class="author-info__name" href="/autoren/%s/" rel="author">%s</a>' % (slug(a), E(a)) for a in authors)
        rv = ('<div class="author-info__review">Fachlich geprüft von <a href="/experten/%s/">%s</a></div>' % (reviewer.split()[-1].lower(), E(reviewer))) if reviewer else ""
        body = ""
        for p in ps:
            body += '<h2 class="article-body__subheadline">%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p class="text-element">%s</p>' % E(p)
        main = ('<article class="article article--default" itemscope itemtype="https://schema.org/Article"><header class="article-header">'
                '<nav class="breadcrumb"><a href="/">Startseite</a> &rsaquo; <a href="%s">%s</a></nav>'
                '<h1 class="article-header__headline" itemprop="headline"><span class="article-header__kicker">%s<span class="visually-hidden">:</span></span> <span class="article-header__title">%s</span></h1>'
                '<p class="article-header__teaser">%s</p>'
                '<div class="author-info"><span class="author-info__prefix">Von</span> %s%s'
                '<span class="author-info__date">%s</span></div></header>'
                '<figure class="article-image"><img src="/bilder/a.jpg" alt=""><figcaption>Foto: Getty Images / Westend61</figcaption></figure>'
                '<div class="article-body" itemprop="articleBody">%s</div>'
                '<div class="article-tags">Themen: %s</div>'
                '<div class="newsletter-teaser"><p>Jetzt den Lieblingsleben-Newsletter abonnieren und keine Tipps mehr verpassen!</p></div>'
                '<aside class="related"><h3>Das könnte Sie auch interessieren</h3><a href="/horoskop/tageshoroskop-widder/">Tageshoroskop Widder</a></aside></article>') % (
            rubric[0], E(rubric[1]), E(kicker), E(h1), E(teaser), names, rv, E(shown), body,
            ", ".join('<a href="/thema/%s/">%s</a>' % (t.lower(), t) for t in tags))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s: %s" % (kicker, h1), "datePublished": pub, "dateModified": mod,
              "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": "Lieblingsleben"}}
        head = og("%s: %s" % (kicker, h1), "article", url, "Lieblingsleben", teaser, '<meta name="date" content="%s"><meta name="author" content="%s">' % (mod, E(", ".join(authors)))) + jl(ld)
        return shell("%s: %s | Lieblingsleben" % (kicker, h1), main, head)

    ps1 = ["Wenn die ersten Sonnenstrahlen durchs Fenster fallen, sieht man plötzlich jeden Streifen auf dem Glas und jede Staubflocke im Regal. Zeit für den Frühjahrsputz – aber bitte ohne ein ganzes Wochenende zu opfern.",
           "## Von oben nach unten putzen",
           "Professionelle Reinigungskräfte arbeiten immer von oben nach unten: zuerst Lampen und Regale, dann Arbeitsflächen, zuletzt der Boden. So fällt der Staub nicht auf bereits gereinigte Flächen.",
           "## Fenster nicht in der Sonne putzen",
           "Wer Fenster bei direkter Sonne putzt, bekommt Schlieren, weil das Wasser zu schnell trocknet. Besser an einem bewölkten Tag oder am frühen Morgen starten und einen Abzieher statt Zeitungspapier verwenden.",
           "## Ein Raum pro Tag",
           "Statt alles auf einmal zu erledigen, nehmen Sie sich jeden Tag nur einen Raum vor. Zwanzig Minuten reichen oft schon, und nach einer Woche ist die ganze Wohnung frühlingsfrisch.",
           "## Weniger Putzmittel, mehr Mikrofaser",
           "Ein Schrank voller Spezialreiniger ist überflüssig. Profis kommen mit Allzweckreiniger, Essig, Spülmittel und einigen guten Mikrofasertüchern aus. Die Tücher nehmen Staub und Fett auf, ohne Schlieren zu hinterlassen, und lassen sich bei 60 Grad waschen."]
    p = "/wohnen/fruehjahrsputz-tricks-profis-2025-123456/"
    s.art(p, article(p, "7 Tricks, mit denen Profis schneller fertig sind", "Frühjahrsputz", "Mit diesen Kniffen aus der Reinigungsbranche wird die Wohnung in Rekordzeit sauber.",
          ["Anna Lehmann"], None, "Aktualisiert am 03.03.2025, 10:15 Uhr", "2024-03-12T08:00:00+01:00", "2025-03-03T10:15:00+01:00", ps1, ("/wohnen/", "Wohnen"), ["Putzen", "Haushalt"]),
          "Frühjahrsputz: 7 Tricks, mit denen Profis schneller fertig sind", "2024-03-12", ["Anna Lehmann"],
          must=["Professionelle Reinigungskräfte arbeiten immer von oben nach unten: zuerst Lampen und Regale, dann Arbeitsflächen, zuletzt der Boden."],
          must_not=["Jetzt den Lieblingsleben-Newsletter abonnieren und keine Tipps mehr verpassen!"])
    ps2 = ["Olivenöl, Gemüse, Fisch und Hülsenfrüchte: Die mediterrane Ernährung gilt seit Jahren als eine der gesündesten der Welt. Studien bringen sie mit einem geringeren Risiko für Herz-Kreislauf-Erkrankungen in Verbindung.",
           "## Schritt für Schritt umstellen",
           "Wer seine Ernährung komplett auf einmal umkrempelt, hält meist nicht lange durch. Ernährungsberaterinnen empfehlen, mit kleinen Schritten zu beginnen, etwa Butter durch Olivenöl zu ersetzen und zweimal pro Woche Fisch zu essen.",
           "Auch Hülsenfrüchte wie Linsen und Kichererbsen sollten öfter auf den Tisch kommen. Sie liefern Eiweiß und Ballaststoffe und halten lange satt.",
           "## Genuss gehört dazu",
           "Am Mittelmeer wird langsam und in Gesellschaft gegessen. Auch das ist Teil des Konzepts: Wer bewusst isst, merkt früher, wann er satt ist.",
           "Wer mag, plant die Woche vorab: Ein großer Topf Gemüsesuppe mit Bohnen, ein Blech Ofengemüse und ein Glas selbst gemachtes Pesto bilden die Basis für mehrere Mahlzeiten. So bleibt auch an stressigen Tagen keine Ausrede für Fertiggerichte.",
           "Nüsse und Samen eignen sich als Snack für zwischendurch. Eine Handvoll am Tag reicht, denn sie sind zwar gesund, aber auch reich an Kalorien."]
    p = "/gesundheit/mediterrane-ernaehrung-einstieg-234567/"
    s.art(p, article(p, "So klappt der Einstieg", "Mediterrane Ernährung", "Mit diesen einfachen Schritten gelingt die Umstellung auf die Mittelmeer-Küche.",
          ["Katrin Vogel"], "Dr. med. Stefan Krüger", "24.02.2025, 07:00 Uhr", "2025-02-24T07:00:00+01:00", "2025-02-24T07:00:00+01:00", ps2, ("/gesundheit/", "Gesundheit"), ["Ernährung"]),
          "Mediterrane Ernährung: So klappt der Einstieg", "2025-02-24", ["Katrin Vogel"])
    ps3 = ["Wer schlecht schläft, sucht die Ursache oft bei Matratze oder Kissen. Dabei hat auch die Wandfarbe im Schlafzimmer Einfluss darauf, wie schnell wir zur Ruhe kommen.",
           "## Blau und Grün beruhigen",
           "Farbpsychologen empfehlen gedeckte Blau- und Grüntöne. Sie wirken beruhigend und senken nachweislich den Puls. Ein zartes Salbeigrün passt außerdem zu Holzmöbeln und hellen Textilien.",
           "## Finger weg von Knallrot",
           "Kräftige Rot- und Orangetöne regen dagegen an. Im Wohnzimmer mögen sie gemütlich wirken, im Schlafzimmer können sie das Einschlafen erschweren. Wer nicht auf Farbe verzichten möchte, setzt sie nur auf einer Wand hinter dem Bett ein.",
           "## Licht und Textilien",
           "Neben der Wandfarbe spielt auch das Licht eine Rolle. Warmweiße Lampen mit Dimmer helfen dem Körper, abends herunterzufahren. Vorhänge aus dichtem Leinen halten das Morgenlicht draußen und dämpfen Geräusche von der Straße.",
           "Bettwäsche in natürlichen Tönen wie Sand, Creme oder zartem Grau rundet das ruhige Gesamtbild ab."]
    p = "/wohnen/schlafzimmer-farben-besser-schlafen-345678/"
    s.art(p, article(p, "Diese Farben sorgen für besseren Schlaf", "Schlafzimmer einrichten", "Welche Wandfarben beim Einschlafen helfen – und welche nicht.",
          ["Julia Sommer", "Tobias Weber"], None, "14.02.2025, 16:30 Uhr", "2025-02-14T16:30:00+01:00", "2025-02-14T16:30:00+01:00", ps3, ("/wohnen/", "Wohnen"), ["Einrichten", "Schlaf"]),
          "Schlafzimmer einrichten: Diese Farben sorgen für besseren Schlaf", "2025-02-14", ["Julia Sommer", "Tobias Weber"])

    def teasers(items):
        return "".join('<div class="teaser teaser--standard"><a class="teaser__link" href="%s"><span class="teaser__headline">%s</span></a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/wohnen/", shell("Wohnen: Ideen, Tipps & Trends | Lieblingsleben", '<h1 class="channel-headline">Wohnen</h1>%s' % teasers([arts[0], arts[2]])), "Wohnen")
    s.non("/gesundheit/", shell("Gesundheit | Lieblingsleben", '<h1 class="channel-headline">Gesundheit</h1>%s' % teasers([arts[1]])), "Gesundheit")
    s.non("/horoskop/tageshoroskop-widder/", shell("Tageshoroskop Widder: Ihr Horoskop für heute | Lieblingsleben",
          '<article class="horoscope"><h1>Tageshoroskop Widder</h1><p class="horoscope__date">Montag, 03. März 2025</p><h2>Liebe</h2><p>Venus schenkt Ihnen heute viel Charme. Ein Gespräch mit dem Partner bringt Klarheit.</p><h2>Beruf</h2><p>Bleiben Sie geduldig, ein Projekt braucht mehr Zeit als geplant.</p><h2>Gesundheit</h2><p>Gönnen Sie sich eine Pause an der frischen Luft.</p><p class="horoscope__author">Von Astrologin Sabine Roth</p></article>',
          og("Tageshoroskop Widder", "article", s.url("/horoskop/tageshoroskop-widder/"), s.name, "Ihr Horoskop für heute", '<meta property="article:published_time" content="2025-03-03T00:01:00+01:00">')), "Tageshoroskop Widder")
    s.non("/horoskop/", shell("Horoskop | Lieblingsleben", '<h1>Horoskope</h1><ul><li><a href="/horoskop/tageshoroskop-widder/">Widder</a></li><li>Stier</li><li>Zwillinge</li></ul>'), "Horoskop")
    s.non("/gewinnspiele/", shell("Gewinnspiele | Lieblingsleben", '<h1>Gewinnspiele</h1><p>Jetzt mitmachen und einen Thermomix gewinnen! Teilnahmeschluss: 31.03.2025.</p><form><input name="email"><button>Teilnehmen</button></form>'), "Gewinnspiele")
    s.non("/quiz/welcher-wohntyp-bist-du-456789/", shell("Quiz: Welcher Wohntyp bist du? | Lieblingsleben", '<div class="quiz"><h1>Quiz: Welcher Wohntyp bist du?</h1><p>Frage 1 von 8: Wie sieht dein perfekter Sonntag aus?</p><button>Auf dem Sofa</button><button>Im Garten</button><button>Auf dem Flohmarkt</button></div>', og("Quiz: Welcher Wohntyp bist du?", "article", s.url("/quiz/welcher-wohntyp-bist-du-456789/"), s.name)), "Quiz: Welcher Wohntyp bist du?")
    s.non("/autoren/anna-lehmann/", shell("Anna Lehmann | Lieblingsleben", '<div class="author-profile"><h1>Anna Lehmann</h1><p>Redakteurin Wohnen</p><p>Anna Lehmann schreibt seit 2018 über Einrichtung, Haushalt und nachhaltiges Leben.</p>%s</div>' % teasers(arts[:1])))
    s.non("/impressum/", shell("Impressum | Lieblingsleben", '<h1>Impressum</h1><p>BurdaStyle Media GmbH &amp; Co. KG, Hubert-Burda-Platz 1, 77652 Offenburg</p><p>Chefredaktion: Miriam Kessler</p>'), "Impressum")
    s.non("/newsletter/", shell("Newsletter | Lieblingsleben", '<h1>Newsletter</h1><p>Jetzt den Lieblingsleben-Newsletter abonnieren und keine Tipps mehr verpassen!</p><form><input><button>Anmelden</button></form>'))

    def home(links):
        return shell("Lieblingsleben – Wohnen, Gesundheit, Lifestyle", '<p class="today-date">Montag, 03. März 2025</p>%s' % teasers(links), og("Lieblingsleben", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 6 Marie Claire-like French
def site_french():
    s = Site(6, "Elle & Cie", "fr")
    nav = [("/beaute/", "Beauté"), ("/voyage/", "Voyage"), ("/astro/", "Astro"), ("/quiz/", "Quiz")]

    def shell(title, main, head=""):
        navh = "".join('<li class="menu__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<header class="header"><a class="header__logo" href="/">Elle &amp; Cie</a><nav class="menu"><ul>%s</ul></nav></header><main class="main">%s</main>'
                '<footer class="footer"><a href="/mentions-legales/">Mentions légales</a> <a href="/newsletter/">Newsletter</a> <a href="/cgu/">CGU</a></footer>') % (navh, main)
        return page("fr", title, head, body)

    def article(path, h1, chapo, author, pub_shown, upd_shown, pub, mod, ps, rub, extra=""):
        url = s.url(path)
        body = ""
        for p in ps:
            body += '<h2 class="article__subtitle">%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p>%s</p>' % E(p)
        main = ('<article class="article"><div class="breadcrumb"><a href="/">Accueil</a> / <a href="%s">%s</a></div>'
                '<h1 class="article__title">%s</h1><p class="article__chapo">%s</p>'
                '<div class="article__meta"><span class="article__author">Par <a href="/auteur/%s/">%s</a></span>'
                '<span class="article__date">Publié le <time datetime="%s">%s</time></span>%s</div>'
                '<div class="article__content">%s%s</div>'
                '<div class="article__readmore"><p>À lire aussi : <a href="/astro/horoscope-du-jour-belier/">Horoscope du jour Bélier</a></p></div>'
                '<div class="article__newsletter">Recevez chaque jour le meilleur d\'Elle &amp; Cie dans votre boîte mail.</div></article>') % (
            rub[0], E(rub[1]), E(h1), E(chapo), slug(author), E(author), pub, E(pub_shown),
            ('<span class="article__update">Mis à jour le <time datetime="%s">%s</time></span>' % (mod, E(upd_shown))) if upd_shown else "", body, extra)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": h1, "datePublished": pub, "dateModified": mod,
              "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": "Elle & Cie"}}
        head = og(h1, "article", url, "Elle & Cie", chapo, '<meta property="article:published_time" content="%s">' % pub) + jl(ld)
        return shell("%s - Elle & Cie" % h1, main, head)

    ps1 = ["Elles sont de plus en plus nombreuses à laisser tomber la coloration. Pendant le confinement, beaucoup de femmes ont découvert leurs cheveux gris, et certaines ont décidé de ne plus les cacher.",
           "## Une transition en douceur",
           "Pour éviter la démarcation trop visible, les coiffeurs conseillent de passer par des mèches ou un balayage qui fondent la couleur dans le gris naturel. La transition prend en général entre six mois et un an.",
           "## Les bons soins",
           "Les cheveux blancs sont souvent plus secs et peuvent jaunir. Un shampooing déjaunissant une fois par semaine et un masque hydratant suffisent à garder un gris lumineux.",
           "Côté maquillage, une touche de rouge à lèvres et des sourcils bien dessinés mettent en valeur cette nouvelle couleur.",
           "## Et la coupe ?",
           "Un carré net ou une coupe courte structurée donnent tout de suite un air moderne aux cheveux argentés. Les longueurs, elles, demandent davantage de soin pour ne pas paraître ternes. Pensez à couper les pointes toutes les huit semaines."]
    p = "/beaute/cheveux/cheveux-gris-comment-les-assumer-1234567.html"
    s.art(p, article(p, "Cheveux gris : comment les assumer avec style", "Nos conseils pour réussir la transition et sublimer sa chevelure argentée.",
          "Camille Durand", "03/03/2025 à 10h15", "04/03/2025 à 08h00", "2025-03-03T10:15:00+01:00", "2025-03-04T08:00:00+01:00", ps1, ("/beaute/", "Beauté")),
          "Cheveux gris : comment les assumer avec style", "2025-03-03", ["Camille Durand"], instant="2025-03-03T09:15",
          must=["La transition prend en général entre six mois et un an."],
          must_not=["Recevez chaque jour le meilleur d'Elle & Cie dans votre boîte mail."])
    prods = "".join('<div class="product-card"><h3 class="product-card__name">%s</h3><p>%s</p><a class="product-card__button" href="https://www.amazon.fr/dp/X%d?tag=ellecie-21" rel="sponsored nofollow">Voir l\'offre sur Amazon</a> <span class="product-card__price">%s</span></div>' % (n, d, i, pr)
                    for i, (n, d, pr) in enumerate([("La Roche-Posay Anthelios UVMune 400", "Texture fluide invisible, idéale pour les peaux sensibles.", "19,90 €"),
                                                    ("Avène Intense Protect 50+", "Très résistante à l'eau, parfaite pour la plage.", "22,50 €"),
                                                    ("Nuxe Sun Crème fondante", "Un parfum d'été et un fini velouté.", "17,90 €")]))
    ps2 = ["Chaque printemps, la rédaction teste des dizaines de protections solaires pour le visage. Cette année, nous avons appliqué chaque crème pendant une semaine, en ville comme à la plage.",
           "Nous avons noté la texture, le fini sous le maquillage, les traces blanches et la tenue après la baignade. Voici nos coups de cœur, pour toutes les peaux et tous les budgets.",
           "Rappel des dermatologues : un indice 50 ne protège que si l'on en applique suffisamment, soit l'équivalent d'une cuillère à café pour le visage et le cou. Il faut renouveler l'application toutes les deux heures et après chaque baignade, même avec une formule résistante à l'eau."]
    p = "/beaute/soins/meilleures-cremes-solaires-visage-2025-1234890.html"
    s.art(p, article(p, "Les 10 meilleures crèmes solaires visage de 2025, testées par la rédaction", "Textures, indices, prix : notre sélection.",
          "Léa Martin", "25/02/2025 à 14h30", "", "2025-02-25T14:30:00+01:00", "2025-02-25T14:30:00+01:00", ps2, ("/beaute/", "Beauté"),
          '<p class="affiliate-mention">Cet article contient des liens affiliés. Elle &amp; Cie peut percevoir une commission.</p>' + prods),
          "Les 10 meilleures crèmes solaires visage de 2025, testées par la rédaction", "2025-02-25", ["Léa Martin"],
          must=["Nous avons noté la texture, le fini sous le maquillage, les traces blanches et la tenue après la baignade."])
    ps3 = ["Bordeaux n'est plus seulement la ville du vin. Depuis la rénovation de ses quais, la capitale girondine attire les amateurs de balades, de design et de bonnes tables.",
           "## Où dormir",
           "Dans le quartier des Chartrons, plusieurs maisons d'hôtes ont ouvert dans d'anciens chais. Comptez environ 150 euros la nuit pour une chambre avec vue sur les toits.",
           "## Où manger",
           "Le marché des Capucins est incontournable le samedi matin : huîtres du bassin d'Arcachon, vin blanc frais et ambiance bruyante. Le soir, réservez une table rue Notre-Dame, où les jeunes chefs se sont installés.",
           "Pour finir, louez un vélo et longez la Garonne jusqu'au miroir d'eau au coucher du soleil.",
           "## À ne pas manquer",
           "La Cité du Vin, sur les bords de la Garonne, propose une visite ludique autour des vignobles du monde entier, avec une dégustation au dernier étage. Les amateurs d'art contemporain pousseront jusqu'à la base sous-marine, transformée en immense centre d'expositions numériques."]
    p = "/voyage/week-end-bordeaux-nos-adresses-1233001.html"
    s.art(p, article(p, "Week-end à Bordeaux : nos meilleures adresses", "Hôtels, restaurants et balades pour 48 heures dans la ville.",
          "Inès Moreau", "14/02/2025 à 09h00", "", "2025-02-14T09:00:00+01:00", "2025-02-14T09:00:00+01:00", ps3, ("/voyage/", "Voyage")),
          "Week-end à Bordeaux : nos meilleures adresses", "2025-02-14", ["Inès Moreau"])

    def lst(items):
        return "".join('<div class="card"><a class="card__link" href="%s"><span class="card__title">%s</span></a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/beaute/", shell("Beauté : soins, maquillage, cheveux - Elle & Cie", '<h1>Beauté</h1>%s' % lst(arts[:2])), "Beauté")
    s.non("/voyage/", shell("Voyage - Elle & Cie", '<h1>Voyage</h1>%s' % lst(arts[2:])), "Voyage")
    s.non("/astro/horoscope-du-jour-belier/", shell("Horoscope du jour Bélier - Elle & Cie", '<article class="horoscope"><h1>Horoscope du jour Bélier</h1><p class="horoscope__date">Lundi 3 mars 2025</p><p><strong>Amour :</strong> une rencontre inattendue pourrait bouleverser vos plans.</p><p><strong>Travail :</strong> votre énergie impressionne.</p><p>Par notre astrologue Élise Fontaine</p></article>', og("Horoscope du jour Bélier", "article", s.url("/astro/horoscope-du-jour-belier/"), s.name)), "Horoscope Bélier")
    s.non("/quiz/quel-parfum-vous-correspond-1230999.html", shell("Quiz : quel parfum vous correspond ? - Elle & Cie", '<div class="quiz"><h1>Quiz : quel parfum vous correspond ?</h1><p>Question 1/10 : votre destination de rêve ?</p><button>Marrakech</button><button>Kyoto</button><button>Biarritz</button></div>', og("Quiz : quel parfum vous correspond ?", "article", s.url("/quiz/quel-parfum-vous-correspond-1230999.html"), s.name)), "Quiz parfum")
    s.non("/mode/diaporama/cesar-2025-les-plus-beaux-looks-1233555.html", shell("César 2025 : les plus beaux looks du tapis rouge en photos - Elle & Cie", '<div class="diaporama"><h1>César 2025 : les plus beaux looks du tapis rouge</h1><p class="diaporama__meta">Par Julie Petit | Publié le 01/03/2025</p>' + "".join('<figure class="diaporama__slide"><img src="/img/c%d.jpg"><figcaption>%d/3 – %s</figcaption></figure>' % (i, i + 1, c) for i, c in enumerate(["Une robe bustier noire signée Saint Laurent.", "Un smoking blanc très réussi.", "Une robe fourreau pailletée."])) + '</div>', og("César 2025 : les plus beaux looks", "article", s.url("/mode/diaporama/cesar-2025-les-plus-beaux-looks-1233555.html"), s.name)), "Diaporama César 2025")
    s.non("/auteur/camille-durand/", shell("Camille Durand - Elle & Cie", '<h1>Camille Durand</h1><p>Journaliste beauté</p>%s' % lst(arts[:1])))
    s.non("/mentions-legales/", shell("Mentions légales - Elle & Cie", '<h1>Mentions légales</h1><p>Elle &amp; Cie est édité par Cie Média SAS, 10 boulevard des Frères Voisin, 92130 Issy-les-Moulineaux.</p>'), "Mentions légales")
    s.non("/newsletter/", shell("Newsletter - Elle & Cie", '<h1>Newsletter</h1><p>Recevez chaque jour le meilleur d\'Elle &amp; Cie dans votre boîte mail.</p><form><input><button>Je m\'inscris</button></form>'))

    def home(links):
        return shell("Elle & Cie : mode, beauté, voyage, astro", lst(links), og("Elle & Cie", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 7 Hola-like Spanish
def site_spanish():
    s = Site(7, "Mujer & Estilo", "es")
    nav = [("/belleza/", "Belleza"), ("/salud/", "Salud"), ("/casa/", "Casa"), ("/galerias/", "Galerías"), ("/horoscopo/", "Horóscopo")]

    def shell(title, main, head=""):
        navh = "".join('<a class="nav-link" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        body = ('<header class="site-header"><a class="logo" href="/">Mujer &amp; Estilo</a><nav class="nav">%s</nav></header><main class="content">%s</main>'
                '<footer class="site-footer"><a href="/aviso-legal/">Aviso legal</a> <a href="/newsletter/">Newsletter</a> <a href="/tienda/">Tienda</a></footer>') % (navh, main)
        return page("es", title, head, body)

    def article(path, h1, sub, authors, extra_by, pub_shown, upd_shown, pub, mod, ps, sec):
        url = s.url(path)
        names = " y ".join('<a href="/autor/%s/" class="author-name">%s</a>' % (slug(a), E(a)) for a in authors)
        body = ""
        for p in ps:
            body += '<h2>%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p class="article-paragraph">%s</p>' % E(p)
        main = ('<article class="article-detail"><a class="article-section" href="%s">%s</a><h1 class="article-title">%s</h1><h2 class="article-subtitle">%s</h2>'
                '<div class="article-byline"><span class="byline-prefix">Por</span> %s%s</div>'
                '<div class="article-dates"><time class="article-date-published" datetime="%s">%s</time>%s</div>'
                '<div class="article-body">%s</div>'
                '<div class="article-more"><h3>Te puede interesar</h3><a href="/galerias/goya-2025-mejores-looks/">Los mejores looks de los Goya 2025</a></div></article>') % (
            sec[0], E(sec[1]), E(h1), E(sub), names, extra_by, pub, E(pub_shown),
            ('<span class="article-date-updated">Actualizado: %s</span>' % E(upd_shown)) if upd_shown else "", body)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": h1, "datePublished": pub, "dateModified": mod,
              "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": "Mujer & Estilo"}}
        head = og(h1, "article", url, "Mujer & Estilo", sub, '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (pub, mod)) + jl(ld)
        return shell("%s | Mujer & Estilo" % h1, main, head)

    ps1 = ["El aceite de rosa mosqueta se ha convertido en el ingrediente estrella de las rutinas de belleza este invierno. Las dermatólogas lo recomiendan para las pieles secas y con manchas, pero advierten de que no es milagroso.",
           "## Cómo aplicarlo",
           "Basta con dos o tres gotas por la noche, sobre la piel limpia y ligeramente húmeda. Por la mañana conviene evitarlo si vas a exponerte al sol, porque puede resultar fotosensibilizante.",
           "## Para quién no es",
           "Las pieles grasas o con tendencia acneica deben tener cuidado: su textura oleosa puede obstruir los poros. En ese caso, es mejor optar por un sérum con vitamina C.",
           "Conviene elegir un aceite puro, prensado en frío y envasado en cristal oscuro, y guardarlo lejos de la luz. Una vez abierto, se oxida con rapidez, así que lo ideal es usarlo en pocos meses.",
           "También se puede mezclar unas gotas con la crema hidratante habitual o aplicarlo sobre cicatrices recientes, siempre que la herida esté bien cerrada. Los resultados, insisten las expertas, se ven tras varias semanas de uso constante."]
    p = "/belleza/20250303/aceite-rosa-mosqueta-beneficios/"
    s.art(p, article(p, "Aceite de rosa mosqueta: todo lo que puede hacer por tu piel", "Las dermatólogas explican cuándo usarlo y cuándo no",
          ["Lucía Martín"], "", "3 mar 2025 - 18:45 CET", "4 mar 2025 - 10:30 CET", "2025-03-03T18:45:00+01:00", "2025-03-04T10:30:00+01:00", ps1, ("/belleza/", "Belleza")),
          "Aceite de rosa mosqueta: todo lo que puede hacer por tu piel", "2025-03-03", ["Lucía Martín"], instant="2025-03-03T17:45",
          must=["Basta con dos o tres gotas por la noche, sobre la piel limpia y ligeramente húmeda."])
    ps2 = ["La inflamación crónica de bajo grado está detrás de muchas enfermedades, y la alimentación puede ayudar a reducirla. La dieta antiinflamatoria no es una dieta de moda, sino una forma de comer basada en alimentos frescos.",
           "## Qué comer",
           "Frutas del bosque, verduras de hoja verde, pescado azul, frutos secos y aceite de oliva virgen extra son la base. Las especias como la cúrcuma y el jengibre también tienen un papel destacado.",
           "## Qué evitar",
           "Los ultraprocesados, el azúcar añadido y las carnes procesadas favorecen la inflamación. No se trata de prohibir, sino de reducir su consumo poco a poco.",
           "La nutricionista recomienda empezar por el desayuno: cambiar la bollería por un yogur natural con fruta y nueces, o una tostada de pan integral con tomate y aceite, ya marca una diferencia en pocas semanas.",
           "Tampoco hay que olvidar el descanso y el ejercicio: dormir poco y pasar muchas horas sentada también favorece la inflamación, por mucho que cuidemos lo que comemos."]
    p = "/salud/20250226/dieta-antiinflamatoria-que-comer/"
    s.art(p, article(p, "Dieta antiinflamatoria: qué comer para sentirte mejor", "Una nutricionista nos da las claves",
          ["Irene Campos"], '<span class="article-reviewer">Revisado por la nutricionista Ana Ribeiro</span>', "26 feb 2025 - 08:00 CET", "", "2025-02-26T08:00:00+01:00", "2025-02-26T08:00:00+01:00", ps2, ("/salud/", "Salud")),
          "Dieta antiinflamatoria: qué comer para sentirte mejor", "2025-02-26", ["Irene Campos"])
    ps3 = ["A pocos minutos de Ciutadella, entre muros de piedra seca y acebuches, se esconde una casa de campo restaurada por una pareja de arquitectos barceloneses que buscaban un refugio para el verano.",
           "La reforma respetó la estructura original, con sus techos de marès y sus pequeñas ventanas, y apostó por el blanco en paredes, suelos y muebles para ganar luz.",
           "## Un jardín mediterráneo",
           "En el exterior, un porche de cañizo da sombra a la mesa del comedor, donde la familia pasa la mayor parte del día. El jardín, plantado con lavanda, romero y olivos, apenas necesita riego.",
           "Dentro, la cocina se abre al salón a través de un arco encalado. Los muebles, en su mayoría piezas de anticuario encontradas en la isla, conviven con lámparas de fibras naturales y textiles de lino en tonos arena.",
           "Los dormitorios, en la planta superior, se abren a una terraza desde la que se ve el mar a lo lejos. Los propietarios cuentan que lo que más les gusta de la casa es el silencio, roto solo por las cigarras al mediodía."]
    p = "/casa/20250219/casa-menorca-blanco-protagonista/"
    s.art(p, article(p, "Una casa en Menorca donde el blanco es el protagonista", "Una reforma que respeta la arquitectura tradicional de la isla",
          ["Marta Delgado", "Pablo Serrano"], '<span class="article-photographer">Fotos: Belén Imaz</span>', "19 feb 2025 - 12:00 CET", "", "2025-02-19T12:00:00+01:00", "2025-02-19T12:00:00+01:00", ps3, ("/casa/", "Casa")),
          "Una casa en Menorca donde el blanco es el protagonista", "2025-02-19", ["Marta Delgado", "Pablo Serrano"])

    def lst(items):
        return "".join('<article class="card"><h3 class="card-title"><a href="%s">%s</a></h3></article>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    for sp, sn, its in [("/belleza/", "Belleza", arts[:1]), ("/salud/", "Salud", arts[1:2]), ("/casa/", "Casa", arts[2:])]:
        s.non(sp, shell("%s | Mujer & Estilo" % sn, '<h1 class="section-title">%s</h1>%s' % (sn, lst(its))), sn)
    s.non("/galerias/goya-2025-mejores-looks/", shell("Los mejores looks de los Goya 2025 | Mujer & Estilo", '<div class="gallery"><h1>Los mejores looks de los Goya 2025</h1><p class="gallery-meta">Por Redacción | 9 feb 2025</p>' + "".join('<figure class="gallery-item"><img src="/fotos/g%d.jpg"><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["Vestido de lentejuelas plateadas.", "Traje de chaqueta en rosa empolvado.", "Diseño de tul negro con capa."])) + '</div>', og("Los mejores looks de los Goya 2025", "article", s.url("/galerias/goya-2025-mejores-looks/"), s.name)), "Galería Goya 2025")
    s.non("/horoscopo/aries/", shell("Horóscopo de hoy Aries | Mujer & Estilo", '<h1>Horóscopo de hoy: Aries</h1><p class="date">Lunes, 3 de marzo de 2025</p><p>Amor: jornada ideal para reconciliarte. Trabajo: llegan buenas noticias.</p>'), "Horóscopo Aries")
    s.non("/tienda/serum-vitamina-c/", shell("Sérum Vitamina C 30 ml | Tienda Mujer & Estilo", '<div class="product"><h1>Sérum Vitamina C 30 ml</h1><p class="price">24,95 €</p><button>Añadir a la cesta</button><p>Ilumina y unifica el tono.</p></div>', og("Sérum Vitamina C", "product", s.url("/tienda/serum-vitamina-c/"), s.name)), "Tienda")
    s.non("/autor/lucia-martin/", shell("Lucía Martín | Mujer & Estilo", '<h1>Lucía Martín</h1><p>Redactora de belleza.</p>%s' % lst(arts[:1])))
    s.non("/aviso-legal/", shell("Aviso legal | Mujer & Estilo", '<h1>Aviso legal</h1><p>Mujer &amp; Estilo es una publicación de Estilo Ediciones S.L., con domicilio en Madrid.</p>'))
    s.non("/newsletter/", shell("Newsletter | Mujer & Estilo", '<h1>Suscríbete</h1><form><input><button>Enviar</button></form>'), "Newsletter")

    def home(links):
        return shell("Mujer & Estilo - Belleza, salud, casa y tendencias", '<p class="today">Lunes, 3 de marzo de 2025</p>' + lst(links), og("Mujer & Estilo", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 8 Italian cucina
def site_italian():
    s = Site(8, "Cucina Fresca", "it")
    nav = [("/ricette/", "Ricette"), ("/ricette/primi-piatti/", "Primi piatti"), ("/magazine/", "Magazine"), ("/chi-siamo/", "Chi siamo")]

    def shell(title, main, head=""):
        navh = "".join('<li><a class="gz-nav-link" href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<header class="gz-header"><a class="gz-logo" href="/">Cucina Fresca</a><nav class="gz-nav"><ul>%s</ul></nav></header><main class="gz-main">%s</main>'
                '<footer class="gz-footer"><a href="/privacy/">Privacy</a> <a href="/newsletter/">Newsletter</a><p>P.IVA 01234567890</p></footer>') % (navh, main)
        return page("it", title, head, body)

    def recipe(path, name, author, pub, ings, steps, intro):
        url = s.url(path)
        ld = {"@context": "https://schema.org", "@type": "Recipe", "name": name, "author": {"@type": "Person", "name": author}, "datePublished": pub,
              "recipeIngredient": ings, "recipeInstructions": [{"@type": "HowToStep", "text": t} for t in steps], "recipeCategory": "Primi piatti", "recipeCuisine": "Italiana",
              "totalTime": "PT30M", "recipeYield": "4"}
        main = ('<div class="gz-recipe"><h1 class="gz-title-recipe">%s</h1><div class="gz-recipe-summary"><p>%s</p></div>'
                '<ul class="gz-list-featured-data"><li>Difficoltà: Facile</li><li>Preparazione: 15 min</li><li>Cottura: 15 min</li><li>Dosi per: 4 persone</li></ul>'
                '<h2 class="gz-title-section">Ingredienti</h2><ul class="gz-list-ingredients">%s</ul>'
                '<h2 class="gz-title-section">Preparazione</h2><div class="gz-content-recipe">%s</div>'
                '<p class="gz-recipe-author">Ricetta di %s</p></div>') % (E(name), E(intro), "".join("<li>%s</li>" % E(i) for i in ings),
                                                                        "".join('<div class="gz-content-recipe-step"><p>%s</p></div>' % E(t) for t in steps), E(author))
        return shell("Ricetta %s - Cucina Fresca" % name, main, og("Ricetta %s" % name, "article", url, "Cucina Fresca", intro) + jl(ld))

    def article(path, h1, occhiello, authors, shown, pub, ps, tags):
        url = s.url(path)
        names = " e ".join('<a href="/autori/%s/">%s</a>' % (slug(a), E(a)) for a in authors)
        body = ""
        for p in ps:
            body += '<h2>%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p>%s</p>' % E(p)
        main = ('<article class="gz-magazine-article"><span class="gz-occhiello">%s</span><h1 class="gz-title-article">%s</h1>'
                '<div class="gz-article-info"><span class="gz-author">di %s</span> <span class="gz-date">%s</span></div>'
                '<div class="gz-article-body">%s</div><div class="gz-tags">%s</div>'
                '<div class="gz-related-recipes"><h3>Le ricette correlate</h3><a href="/ricette/spaghetti-alla-carbonara/">Spaghetti alla carbonara</a></div></article>') % (
            E(occhiello), E(h1), names, E(shown), body, " ".join('<a href="/tag/%s/">#%s</a>' % (t.lower(), t) for t in tags))
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": h1, "datePublished": pub,
              "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": "Cucina Fresca"}}
        return shell("%s - Cucina Fresca Magazine" % h1, main, og(h1, "article", url, "Cucina Fresca", occhiello, '<meta property="article:published_time" content="%s">' % pub) + jl(ld))

    ps1 = ["I carciofi sono tra le verdure più amate della primavera, ma anche tra le più temute in cucina: pulirli sembra un lavoro lungo e si rischia di buttare metà del prodotto.",
           "## Come pulirli senza sprechi",
           "Il segreto è eliminare solo le foglie esterne più dure, tagliare la punta e pelare il gambo con un pelapatate. Il gambo è la parte più tenera e saporita: non va mai buttato.",
           "Per evitare che anneriscano, i carciofi vanno immersi subito in acqua fredda con il succo di mezzo limone. Anche le mani si macchiano meno se si strofinano con una fetta di limone.",
           "## Come cucinarli",
           "Alla romana, fritti alla giudia, in padella con aglio e prezzemolo o crudi in insalata con parmigiano: le possibilità sono infinite. Le foglie scartate possono diventare un brodo vegetale profumato.",
           "Al momento dell'acquisto, scegliete carciofi sodi e pesanti, con le foglie ben chiuse e il gambo rigido. Si conservano in frigorifero per qualche giorno, avvolti in un canovaccio umido.",
           "In Italia si coltivano decine di varietà: il romanesco tondo e senza spine, lo spinoso sardo, il violetto di Sant'Erasmo. Ognuna ha il suo periodo migliore, da febbraio fino all'inizio dell'estate."]
    p = "/magazine/carciofi-come-pulirli-e-cucinarli/"
    s.art(p, article(p, "Carciofi: come pulirli e cucinarli senza sprechi", "Verdure di stagione", ["Giulia Rossi"], "3 marzo 2025", "2025-03-03T09:00:00+01:00", ps1, ["Carciofi", "Primavera"]),
          "Carciofi: come pulirli e cucinarli senza sprechi", "2025-03-03", ["Giulia Rossi"],
          must=["Il gambo è la parte più tenera e saporita: non va mai buttato."], must_not=["Spaghetti alla carbonara"])
    ps2 = ["Nata nelle cucine contadine, la pasta e fagioli era il piatto di chi aveva poco: legumi secchi, qualche crosta di formaggio, un pezzo di cotenna e la pasta avanzata, spezzata a mano.",
           "Ogni regione ha la sua versione. In Veneto si usano i borlotti di Lamon e la pasta all'uovo, a Napoli la pasta mista e una consistenza quasi cremosa, in Toscana i cannellini e il rosmarino.",
           "## Un piatto da chef",
           "Oggi la pasta e fagioli è tornata nei menu dei ristoranti, servita in versioni raffinate con olio nuovo e pepe nero. Ma il segreto resta lo stesso: tempo, fuoco basso e fagioli di qualità.",
           "Chi la prepara a casa può usare i fagioli in barattolo per risparmiare tempo, ma i legumi secchi, lasciati in ammollo per una notte, danno un brodo più denso e saporito. E la pasta va cotta direttamente nella minestra.",
           "Un filo d'olio a crudo e una macinata di pepe al momento di servire completano il piatto, che il giorno dopo, riscaldato, è persino più buono."]
    p = "/magazine/pasta-e-fagioli-storia-piatto-povero/"
    s.art(p, article(p, "Pasta e fagioli, la storia del piatto povero che ha conquistato tutti", "Storie di cucina", ["Marco Bellini"], "21 febbraio 2025", "2025-02-21T11:00:00+01:00", ps2, ["Tradizioni"]),
          "Pasta e fagioli, la storia del piatto povero che ha conquistato tutti", "2025-02-21", ["Marco Bellini"])
    ps3 = ["Con l'arrivo della Quaresima le pasticcerie di tutta Italia si riempiono di dolci che si preparano solo in questo periodo dell'anno, in attesa della Pasqua.",
           "In Campania la regina è la pastiera, con grano cotto, ricotta e fiori d'arancio. In Sicilia si preparano la cassata e gli agnelli di pasta reale, mentre in Lombardia la colomba ha ormai conquistato tutto il Paese.",
           "## I dolci meno conosciuti",
           "Nelle Marche si sfornano i calcioni al formaggio, in Sardegna le pardulas alla ricotta e zafferano, in Puglia le scarcelle decorate con uova sode. Ogni dolce racconta una storia di famiglia.",
           "Quest'anno la Pasqua cade il 20 aprile, abbastanza tardi da lasciare alle famiglie il tempo di preparare tutto con calma. Molti pasticceri consigliano di iniziare la pastiera almeno tre giorni prima, perché il riposo ne esalta i profumi."]
    p = "/magazine/dolci-pasqua-2025-regione-per-regione/"
    s.art(p, article(p, "Quaresima e Pasqua 2025: i dolci tradizionali regione per regione", "Feste", ["Francesca Galli", "Luca Marchetti"], "12 febbraio 2025", "2025-02-12T10:00:00+01:00", ps3, ["Pasqua", "Dolci"]),
          "Quaresima e Pasqua 2025: i dolci tradizionali regione per regione", "2025-02-12", ["Francesca Galli", "Luca Marchetti"])

    s.non("/ricette/spaghetti-alla-carbonara/", recipe("/ricette/spaghetti-alla-carbonara/", "Spaghetti alla carbonara", "Cucina Fresca", "2019-05-10T08:00:00+02:00",
          ["320 g di spaghetti", "150 g di guanciale", "6 tuorli", "50 g di pecorino romano", "pepe nero"],
          ["Tagliate il guanciale a listarelle e rosolatelo in padella.", "Sbattete i tuorli con il pecorino e il pepe.", "Scolate la pasta al dente e mantecatela fuori dal fuoco con le uova."],
          "La carbonara è uno dei piatti più famosi della cucina romana."), "Spaghetti alla carbonara")
    s.non("/ricette/tiramisu/", recipe("/ricette/tiramisu/", "Tiramisù", "Giulia Rossi", "2020-01-15T08:00:00+01:00",
          ["300 g di savoiardi", "500 g di mascarpone", "4 uova", "caffè", "cacao amaro"],
          ["Montate i tuorli con lo zucchero.", "Aggiungete il mascarpone.", "Alternate strati di savoiardi inzuppati e crema."],
          "Il tiramisù è il dolce al cucchiaio più amato."), "Tiramisù")

    def lst(items):
        return "".join('<div class="gz-card"><a href="%s"><h3 class="gz-card-title">%s</h3></a></div>' % (p, E(t)) for p, t in items)
    arts = [l for l in s.links if l[0].startswith("/magazine/")]
    s.non("/ricette/", shell("Ricette di cucina - Cucina Fresca", '<h1>Tutte le ricette</h1>%s' % lst([("/ricette/spaghetti-alla-carbonara/", "Spaghetti alla carbonara"), ("/ricette/tiramisu/", "Tiramisù")])))
    s.non("/ricette/primi-piatti/", shell("Ricette Primi piatti - Cucina Fresca", '<h1>Primi piatti</h1>%s' % lst([("/ricette/spaghetti-alla-carbonara/", "Spaghetti alla carbonara")])), "Primi piatti")
    s.non("/magazine/", shell("Magazine - Cucina Fresca", '<h1>Magazine</h1>%s' % lst(arts)), "Magazine")
    s.non("/autori/giulia-rossi/", shell("Giulia Rossi - Cucina Fresca", '<h1>Giulia Rossi</h1><p>Food writer e cuoca, scrive di verdure e cucina di stagione.</p>%s' % lst(arts[:1])))
    s.non("/chi-siamo/", shell("Chi siamo - Cucina Fresca", '<h1>Chi siamo</h1><p>Cucina Fresca nasce nel 2010 con l\'obiettivo di portare in ogni casa la cucina italiana di tutti i giorni. Le nostre ricette sono testate nella nostra cucina di Milano.</p>'), "Chi siamo")
    s.non("/newsletter/", shell("Newsletter - Cucina Fresca", '<h1>Iscriviti alla newsletter</h1><form><input><button>Iscriviti</button></form>'))

    def home(links):
        return shell("Cucina Fresca - Ricette facili e veloci", '<h2>Ricette del giorno</h2>%s' % lst(links), og("Cucina Fresca", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 9 Healthline-like
def site_healthline():
    s = Site(9, "VitalLine", "en")
    nav = [("/health/", "Health Conditions"), ("/nutrition/", "Nutrition"), ("/health-news/", "Health News"), ("/about/medical-affairs", "Medical Affairs")]

    def shell(title, main, head=""):
        navh = "".join('<a class="css-nav" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        body = ('<div id="__next"><header class="css-header"><a href="/" class="css-logo">VitalLine</a><nav>%s</nav><a href="/newsletter-signup">Subscribe</a></header>'
                '<main class="css-main">%s</main><footer class="css-footer"><a href="/about/editorial-policies">Editorial Policy</a> <a href="/about/privacy-policy">Privacy Policy</a>'
                '<p>Our website services, content, and products are for informational purposes only. VitalLine does not provide medical advice, diagnosis, or treatment.</p></footer></div>') % (navh, main)
        return page("en", title, head, body)

    def article(path, h1, reviewer, writer, checker, shown, history, pub, mod, ps, sec):
        url = s.url(path)
        meta = ""
        if reviewer:
            meta += 'Medically reviewed by <a href="/reviewers/%s">%s</a> &mdash; ' % (reviewer.split(",")[0].lower().replace(" ", "-").replace(".", ""), E(reviewer))
        meta += 'Written by <a href="/authors/%s">%s</a> &mdash; %s' % (writer.lower().replace(" ", "-"), E(writer), E(shown))
        if checker:
            meta += ' &mdash; Fact checked by <a href="/authors/%s">%s</a>' % (checker.lower().replace(" ", "-"), E(checker))
        body = ""
        for p in ps:
            body += '<h2>%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p>%s</p>' % E(p)
        hist = "".join('<li class="css-history-item"><span class="css-history-label">%s</span> <span>%s</span> <span>%s</span></li>' % (E(a), E(b), E(c)) for a, b, c in history)
        main = ('<article class="article-body css-d2znx6"><div class="css-breadcrumb"><a href="%s">%s</a></div><h1 class="css-6jxmuv">%s</h1>'
                '<div class="css-1avyp1d"><div class="css-byline">%s</div></div>'
                '<div class="css-article-content">%s</div>'
                '<div class="css-sources"><h3>How we reviewed this article:</h3><p>VitalLine has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical associations.</p>'
                '<details class="css-history"><summary>Share this article</summary><ul>%s</ul></details></div>'
                '<div class="css-newsletter"><p>Get our wellness newsletter. Filter out the noise and nurture your inbox with health and wellness advice.</p></div>'
                '<section class="css-read-this-next"><h3>Read this next</h3><a href="/health/exercise-with-a-cold">Can You Exercise With a Cold?</a></section></article>') % (
            sec[0], E(sec[1]), E(h1), meta, body, hist)
        ld = {"@context": "http://schema.org", "@type": "MedicalWebPage", "name": h1, "headline": h1, "datePublished": pub, "dateModified": mod,
              "author": {"@type": "Person", "name": writer}, "reviewedBy": {"@type": "Person", "name": reviewer.split(",")[0]} if reviewer else None,
              "publisher": {"@type": "Organization", "name": "VitalLine Media"}}
        if not reviewer:
            del ld["reviewedBy"]
        return shell("%s" % h1, main, og(h1, "article", url, "VitalLine", ps[0][:150]) + jl(ld))

    ps1 = ["Turmeric is the spice that gives curry its yellow color, and it has been used in India for thousands of years as both a spice and a medicinal herb.",
           "## 1. Contains bioactive compounds",
           "Turmeric contains compounds called curcuminoids, the most important of which is curcumin. Curcumin has anti-inflammatory effects and is a strong antioxidant, but the curcumin content of turmeric is only around 3% by weight.",
           "## 2. Poorly absorbed on its own",
           "Curcumin is poorly absorbed into the bloodstream. Consuming black pepper with it, which contains piperine, may increase absorption substantially, according to older research.",
           "## 3. May help with joint pain",
           "Several studies suggest curcumin may ease symptoms of osteoarthritis, although more large, well-designed trials are needed before doctors can recommend it as a treatment.",
           "## The bottom line",
           "Turmeric is safe for most people in the amounts found in food. If you are considering a supplement, talk with a doctor first, especially if you take blood thinners."]
    p = "/nutrition/top-10-evidence-based-health-benefits-of-turmeric"
    s.art(p, article(p, "10 Evidence-Based Health Benefits of Turmeric and Curcumin", "Adrienne Seitz, MS, RD, LDN", "Sarah Klein", None, "Updated on March 3, 2025",
          [("Current Version", "Mar 3, 2025", "Written By Sarah Klein; Edited By Kelly Morrow; Medically Reviewed By Adrienne Seitz, MS, RD, LDN"),
           ("Jun 14, 2021", "Written By Sarah Klein", "Edited By Kelly Morrow")],
          "2021-06-14T00:00:00Z", "2025-03-03T00:00:00Z", ps1, ("/nutrition/", "Nutrition")),
          "10 Evidence-Based Health Benefits of Turmeric and Curcumin", "2021-06-14", ["Sarah Klein"],
          must=["Curcumin is poorly absorbed into the bloodstream."],
          must_not=["Get our wellness newsletter. Filter out the noise and nurture your inbox with health and wellness advice."])
    ps2 = ["Working out with a cold is generally safe if your symptoms are above the neck, such as a runny nose, sneezing or a mild sore throat, experts say.",
           "## The neck check",
           "Many doctors use a simple rule: if your symptoms are only above the neck, light exercise like walking or gentle yoga is usually fine. If you have chest congestion, body aches or a fever, it is better to rest.",
           "## Lower the intensity",
           "Even with a mild cold, reduce the length and intensity of your workouts. Your immune system is already working hard, and a very strenuous session may leave you feeling worse.",
           "If you exercise at a gym, wipe down equipment and consider staying home to avoid spreading the virus to others."]
    p = "/health/exercise-with-a-cold"
    s.art(p, article(p, "Can You Exercise With a Cold?", "Daniel Bubnis, MS, NASM-CPT", "Kirsten Nunez", None, "Updated on February 20, 2025",
          [("Current Version", "Feb 20, 2025", "Written By Kirsten Nunez; Medically Reviewed By Daniel Bubnis, MS, NASM-CPT")],
          "2025-02-20T00:00:00Z", "2025-02-20T00:00:00Z", ps2, ("/health/", "Health Conditions")),
          "Can You Exercise With a Cold?", "2025-02-20", ["Kirsten Nunez"])
    ps3 = ["Walking about 7,000 steps a day may be linked to a lower risk of dementia, according to a new study of more than 70,000 adults published this week.",
           "Researchers followed the participants for an average of seven years using wrist-worn activity trackers. Those who walked close to 7,000 steps a day had a roughly 25% lower risk of developing dementia than those who walked fewer than 3,000.",
           "## More steps, more benefit - up to a point",
           "The benefit leveled off above about 10,000 steps, the authors found. Walking pace also mattered: people who walked briskly for at least 30 minutes a day saw the greatest effect.",
           "Experts not involved in the study cautioned that it was observational and could not prove cause and effect. Still, they said, the findings add to evidence that regular movement supports brain health."]
    p = "/health-news/daily-steps-dementia-risk"
    s.art(p, article(p, "Walking 7,000 Steps a Day Linked to Lower Dementia Risk", None, "Julia Ries", "Jennifer Chesak", "Updated on March 5, 2025",
          [("Current Version", "Mar 5, 2025", "Written By Julia Ries; Fact Checked By Jennifer Chesak")],
          "2025-03-05T00:00:00Z", "2025-03-05T00:00:00Z", ps3, ("/health-news/", "Health News")),
          "Walking 7,000 Steps a Day Linked to Lower Dementia Risk", "2025-03-05", ["Julia Ries"])

    def lst(items):
        return "".join('<li class="css-list-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/nutrition/", shell("Nutrition: Evidence-Based Guides", '<h1>Nutrition</h1><ul>%s</ul>' % lst(arts[:1])), "Nutrition")
    s.non("/health/", shell("Health Conditions A-Z", '<h1>Health Conditions</h1><ul>%s</ul>' % lst(arts[1:2])), "Health Conditions")
    s.non("/health-news/", shell("Health News", '<h1>Health News</h1><ul>%s</ul>' % lst(arts[2:])), "Health News")
    s.non("/authors/sarah-klein", shell("Sarah Klein - VitalLine", '<div class="css-author"><h1>Sarah Klein</h1><p>Sarah Klein is a freelance health writer with 12 years of experience.</p><ul>%s</ul></div>' % lst(arts[:1])))
    s.non("/about/editorial-policies", shell("Editorial Policies", '<h1>Our Editorial Policies</h1><p>Our content is written by experts and reviewed by medical professionals. Each article shows its history, including the date it was first published and every update since.</p>'), "Editorial Policy")
    s.non("/about/medical-affairs", shell("Medical Affairs", '<h1>Medical Affairs</h1><p>Our Medical Affairs team includes more than 100 physicians and registered dietitians.</p>'))
    s.non("/symptom-checker", shell("Symptom Checker", '<h1>Symptom Checker</h1><p>Select your symptoms to learn about possible causes.</p><form><select><option>Headache</option><option>Cough</option></select><button>Check</button></form>'), "Symptom Checker")
    s.non("/newsletter-signup", shell("Newsletter Signup", '<h1>Wellness Wire</h1><form><input><button>Sign up</button></form>'))

    def home(links):
        return shell("VitalLine: Health Information, Tips, and News", '<h1 class="hidden">VitalLine</h1><ul>%s</ul>' % lst(links), og("VitalLine", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 10 parenting
def site_parenting():
    s = Site(10, "Bump & Beyond", "en")
    nav = [("/first-year/", "First Year"), ("/toddler/", "Toddler"), ("/news/", "News"), ("/baby-names/", "Baby Names"), ("/tools/due-date-calculator/", "Due Date Calculator")]

    def shell(title, main, head=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        body = ('<header class="site-header"><a class="brand" href="/">Bump &amp; Beyond</a><nav class="primary-nav"><ul>%s</ul></nav></header><main id="content">%s</main>'
                '<footer class="site-footer"><a href="/about-us/">About Us</a> <a href="/medical-review-board/">Medical Review Board</a> <a href="/community/">Community</a>'
                '<p>The educational health content on Bump &amp; Beyond is reviewed by our medical review board to be up-to-date. This is not medical advice.</p></footer>') % (navh, main)
        return page("en-US", title, head, body)

    def article(path, h1, byline_html, date_html, ps, sec, ld_extra, meta_extra=""):
        url = s.url(path)
        body = ""
        for p in ps:
            body += '<h2 class="article-h2">%s</h2>' % E(p[3:]) if p.startswith("## ") else '<p>%s</p>' % E(p)
        main = ('<article class="article"><nav class="breadcrumbs"><a href="%s">%s</a></nav><h1 class="article-title">%s</h1>'
                '<div class="article-byline">%s</div><div class="article-dates">%s</div>'
                '<div class="article-body">%s</div>'
                '<div class="from-community"><h3>From the Community</h3><p>"My son crawled backwards for weeks before going forward!" - posted by mama_bear22</p></div></article>') % (
            sec[0], E(sec[1]), E(h1), byline_html, date_html, body)
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": h1, "publisher": {"@type": "Organization", "name": "Bump & Beyond"}}
        ld.update(ld_extra)
        return shell("%s | Bump & Beyond" % h1, main, og(h1, "article", url, "Bump & Beyond", ps[0][:140], meta_extra) + jl(ld))

    ps1 = ["Most babies start crawling between 6 and 10 months, but some skip crawling altogether and go straight to pulling up, cruising and walking.",
           "## Signs your baby is getting ready",
           "Before crawling, babies usually master sitting up without support. You may notice your little one rocking back and forth on hands and knees, or scooting on their belly to reach a toy.",
           "## How to encourage crawling",
           "Give your baby plenty of tummy time on the floor, starting from the first weeks. Place favorite toys just out of reach, and get down on the floor to crawl alongside them.",
           "## When to talk to the doctor",
           "If your baby is not moving around at all by 12 months, or uses only one side of the body to move, mention it at the next well-baby visit.",
           "Remember that every baby develops at their own pace. Some babies who crawl late walk early, and many who never crawl at all go on to be perfectly coordinated toddlers. Once your baby is on the move, it is time to babyproof: cover outlets, anchor furniture and install gates at the top and bottom of stairs."]
    p = "/first-year/baby-development/when-do-babies-crawl/"
    s.art(p, article(p, "When Do Babies Start Crawling?",
          'Written by <a href="/about-us/">Bump &amp; Beyond Editors</a> | Medically reviewed by <a href="/medical-review-board/#alvarez">Carla Alvarez, M.D.</a>',
          '<span class="updated">Updated March 3, 2025</span>', ps1, ("/first-year/", "First Year"),
          {"dateModified": "2025-03-03T09:00:00-05:00", "author": {"@type": "Organization", "name": "Bump & Beyond Editors"}},
          '<meta property="article:published_time" content="2019-05-02T10:00:00-04:00"><meta property="article:modified_time" content="2025-03-03T09:00:00-05:00">'),
          "When Do Babies Start Crawling?", "2019-05-02", [],
          must=["Before crawling, babies usually master sitting up without support."],
          must_not=["My son crawled backwards for weeks before going forward!"])
    ps2 = ["Just when you thought you had bedtime figured out, your 18-month-old starts fighting sleep, waking at night and refusing naps. Welcome to the 18-month sleep regression.",
           "## Why it happens",
           "Around this age, toddlers go through big developmental leaps. They are learning new words, testing independence and, often, cutting molars. All of that can disrupt sleep for a few weeks.",
           "## What helps",
           "Stick to a predictable bedtime routine, keep naps at consistent times and offer comfort without creating new habits you will later need to break. Most regressions pass in two to six weeks.",
           "If the sleep problems last longer than that, or your toddler snores loudly, seems to stop breathing during sleep or is very irritable during the day, talk to your pediatrician to rule out other causes.",
           "And take care of yourself, too. Broken sleep is hard on parents. Trade off nights with a partner if you can, and remember that this phase, like the others before it, will pass."]
    p = "/toddler/sleep/18-month-sleep-regression/"
    s.art(p, article(p, "Toddler Sleep Regression at 18 Months: What to Know",
          'By <a href="/authors/kimberly-zapata/">Kimberly Zapata</a> | Reviewed by <a href="/medical-review-board/#lee">Dr. Hannah Lee, pediatric sleep consultant</a>',
          '<time datetime="2025-02-24">Feb 24, 2025</time>', ps2, ("/toddler/", "Toddler"),
          {"datePublished": "2025-02-24T08:00:00-05:00", "author": {"@type": "Person", "name": "Kimberly Zapata"}}),
          "Toddler Sleep Regression at 18 Months: What to Know", "2025-02-24", ["Kimberly Zapata"])
    ps3 = ["The Consumer Product Safety Commission is warning parents to stop using infant loungers for sleep after at least a dozen deaths were linked to the products over the past decade.",
           "Loungers are padded, cushion-like products that are often marketed for supervised lounging or tummy time. But many parents use them in cribs or adult beds, where babies can roll onto their side and suffocate.",
           "Safe sleep guidelines say babies should sleep on their backs, alone, on a firm, flat surface, with no pillows, blankets or bumpers. The agency said it is working with manufacturers on new labels.",
           "If you own a lounger, experts say, never leave your baby in it unattended, and never put one inside a crib.",
           "Parents with questions about a specific product can check the agency's recall database or report a safety incident on its website. Pediatricians also recommend sharing a room, but not a bed, with your baby for at least the first six months."]
    p = "/news/infant-lounger-safety-warning/"
    s.art(p, article(p, "Safety Agency Warns Parents Against Using Infant Loungers for Sleep",
          'By <a href="/authors/colleen-de-bellefonds/">Colleen de Bellefonds</a>',
          '<time datetime="2025-03-05T11:20:00-05:00">March 5, 2025</time>', ps3, ("/news/", "News"),
          {"datePublished": "2025-03-05T11:20:00-05:00", "author": {"@type": "Person", "name": "Colleen de Bellefonds"}}),
          "Safety Agency Warns Parents Against Using Infant Loungers for Sleep", "2025-03-05", ["Colleen de Bellefonds"])

    def lst(items):
        return "".join('<div class="card"><a href="%s">%s</a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/first-year/", shell("Baby's First Year | Bump & Beyond", '<h1>First Year</h1>%s' % lst(arts[:1])), "First Year")
    s.non("/toddler/", shell("Toddler | Bump & Beyond", '<h1>Toddler</h1>%s' % lst(arts[1:2])), "Toddler")
    s.non("/news/", shell("Parenting News | Bump & Beyond", '<h1>News</h1>%s' % lst(arts[2:])), "News")
    s.non("/baby-names/olivia/", shell("Olivia: Baby Name Meaning, Origin and Popularity | Bump & Beyond", '<div class="baby-name"><h1>Olivia</h1><p>Meaning: olive tree. Origin: Latin. Gender: Girl.</p><p>Popularity: #2 in 2024</p><button>Add to favorites</button></div>'))
    s.non("/baby-names/", shell("Baby Names | Bump & Beyond", '<h1>Baby Name Finder</h1><form><input placeholder="Search names"></form><a href="/baby-names/olivia/">Olivia</a>'))
    s.non("/tools/due-date-calculator/", shell("Due Date Calculator | Bump & Beyond", '<h1>Due Date Calculator</h1><form><label>First day of last period<input type="date"></label><button>Calculate</button></form>'))
    s.non("/community/", shell("Community Groups | Bump & Beyond", '<h1>Community</h1><ul><li><a href="/community/march-2025-babies/">March 2025 Babies</a> - 12,402 members</li></ul>'))
    s.non("/medical-review-board/", shell("Medical Review Board | Bump & Beyond", '<h1>Medical Review Board</h1><p id="alvarez">Carla Alvarez, M.D., pediatrician.</p><p id="lee">Dr. Hannah Lee, pediatric sleep consultant.</p>'))
    s.non("/authors/kimberly-zapata/", shell("Kimberly Zapata | Bump & Beyond", '<h1>Kimberly Zapata</h1><p>Kimberly Zapata is a mother, writer and mental health advocate.</p>%s' % lst(arts[1:2])))
    s.non("/about-us/", shell("About Us | Bump & Beyond", '<h1>About Bump &amp; Beyond</h1><p>Our editors are parents themselves, and every health article is reviewed by a medical professional.</p>'))

    def home(links):
        return shell("Bump & Beyond: Pregnancy, Baby and Toddler Advice", lst(links), og("Bump & Beyond", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.sitemap()


# ---------------------------------------------------------------- 11 Apartment Therapy-like decor
def site_decor():
    s = Site(11, "Nest & Nook", "en")
    nav = [("/house-tours", "House Tours"), ("/design", "Design"), ("/shopping", "Shopping"), ("/small-cool-contest-2025", "Small/Cool")]

    def shell(title, main, head=""):
        navh = "".join('<a class="Nav__link" href="%s">%s</a>' % (p, E(l)) for p, l in nav)
        body = ('<header class="Header"><a class="Header__logo" href="/">Nest &amp; Nook</a><nav class="Nav">%s</nav></header><main class="Main">%s</main>'
                '<footer class="Footer"><a href="/about">About</a> <a href="/affiliate-policy">Affiliate Policy</a> <a href="/newsletter">Newsletter</a></footer>') % (navh, main)
        return page("en", title, head, body)

    def article(path, h1, dek, author, date_shown, pub, body, sec, extra_meta=""):
        url = s.url(path)
        main = ('<article class="Post"><div class="Post__header"><a class="Post__category" href="%s">%s</a><h1 class="Post__headline">%s</h1><p class="Post__dek">%s</p>'
                '<div class="PostByline"><a class="PostByline__name jsx-1234" href="/authors/%s">%s</a><span class="PostByline__timestamp">published %s</span></div>%s</div>'
                '<div class="Post__body typography">%s</div>'
                '<div class="Post__moreFrom"><h3>More Great Reads</h3><a href="/house-tours">See all House Tours</a></div></article>') % (
            sec[0], E(sec[1]), E(h1), E(dek), slug(author), E(author), E(date_shown), extra_meta, body)
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": h1, "datePublished": pub, "dateModified": pub,
              "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": "Nest & Nook"}}
        return shell("%s | Nest & Nook" % h1, main, og(h1, "article", url, "Nest & Nook", dek) + jl(ld))

    b1 = ('<p class="Post__intro"><strong>Name:</strong> Priya Natarajan and my cat, Biscuit<br><strong>Location:</strong> Prospect Heights, Brooklyn, New York<br>'
          '<strong>Size:</strong> 450 square feet<br><strong>Type of Home:</strong> Studio apartment<br><strong>Years lived in:</strong> 3 years, renting</p>'
          '<p>Tell us a little (or a lot) about your home and the people who live there: When I first saw this studio, I almost walked away. It was dark and the kitchen was tiny. But the windows face south, and I knew I could make the light work for me.</p>'
          '<p>I painted the walls a warm white, built a platform bed with storage drawers underneath and hung a curtain to separate the sleeping area from the living space. Every piece of furniture has to do at least two jobs.</p>'
          '<p>What is your favorite element of your home? The reading nook by the window. I found the armchair on the street, had it reupholstered in green velvet, and now it is where I drink my coffee every morning.</p>'
          '<p>Best advice: Measure everything twice, and do not buy furniture just because it is on sale. Small spaces punish impulse purchases.</p>'
          '<p class="Post__submission"><em>This submission&rsquo;s responses and photos were edited for length/size and clarity.</em></p>')
    s.art("/brooklyn-studio-apartment-tour-priya-natarajan-37512345", article("/brooklyn-studio-apartment-tour-priya-natarajan-37512345",
          "This 450-Square-Foot Brooklyn Studio Makes Every Inch Count", "A renter turned a dark studio into a bright, flexible home.",
          "Adrienne Breaux", "Mar 3, 2025", "2025-03-03T10:00:00-05:00", b1, ("/house-tours", "House Tours"),
          '<p class="Post__credit">Submitted by Priya Natarajan &middot; Photos: Priya Natarajan</p>'),
          "This 450-Square-Foot Brooklyn Studio Makes Every Inch Count", "2025-03-03", ["Adrienne Breaux"],
          must=["I painted the walls a warm white, built a platform bed with storage drawers underneath and hung a curtain to separate the sleeping area from the living space."])
    b2 = ("<p>Ask ten interior designers for their favorite paint color and you will get ten different answers. But one shade keeps coming up in my conversations this year: a soft, earthy green with gray undertones.</p>"
          "<p>Designers like it because it works in almost any light. In a north-facing room, it reads as a cozy sage; in bright sun, it looks fresh and almost minty. It also pairs well with wood, brass and white trim.</p>"
          "<p>Brooklyn designer Tamara Ellis uses it in bedrooms and home offices. &ldquo;It is calm without being boring,&rdquo; she told me. &ldquo;Clients who are nervous about color usually end up loving it.&rdquo;</p>"
          "<p>Before committing, paint large sample swatches on two or three walls and look at them at different times of day. Colors can change dramatically from morning to evening.</p>"
          "<p>If you are not ready to paint a whole room, try the color on a piece of furniture, a front door or the inside of a bookcase. It is an easy way to see how the shade feels in your home before making a bigger commitment.</p>")
    s.art("/best-green-paint-color-designers-love-37509876", article("/best-green-paint-color-designers-love-37509876",
          "The One Paint Color Designers Keep Coming Back To", "It works in almost any room and any light.",
          "Olivia Muenter", "Feb 26, 2025", "2025-02-26T14:00:00-05:00", b2, ("/design", "Design")),
          "The One Paint Color Designers Keep Coming Back To", "2025-02-26", ["Olivia Muenter"])
    b3 = ("<p>I have scrolled past the viral IKEA bookcase hack dozens of times: a basic, inexpensive shelf turned into a built-in look with trim, caulk and a coat of paint. Last month, I finally tried it in my living room.</p>"
          "<p>The project took two full weekends, not the one afternoon the videos suggest. Cutting the trim to fit my uneven walls was the hardest part, and I had to borrow a miter saw from a neighbor.</p>"
          "<p>Was it worth it? Yes. The shelves now look like they came with the house, and my total cost was under $400, including paint. If you try it, anchor everything to the wall and budget more time than you think.</p>"
          "<p>My biggest lesson: paint quality matters. I used a cabinet enamel instead of regular wall paint, and the finish is hard enough to stand up to books being pulled in and out every day.</p>"
          '<div class="ProductCard"><p>IKEA Billy Bookcase</p><a href="https://www.ikea.com/us/en/p/billy-bookcase" rel="sponsored">Buy at IKEA</a></div>')
    s.art("/ikea-billy-built-in-hack-review-37507777", article("/ikea-billy-built-in-hack-review-37507777",
          "I Tried the Viral IKEA Bookcase Hack, and Here's What Happened", "Two weekends, one borrowed saw and a lot of caulk.",
          "Sarah Everett", "Feb 18, 2025", "2025-02-18T09:00:00-05:00", b3, ("/design", "Design")),
          "I Tried the Viral IKEA Bookcase Hack, and Here's What Happened", "2025-02-18", ["Sarah Everett"])

    def lst(items):
        return "".join('<div class="PostCard"><a class="PostCard__link" href="%s"><h3>%s</h3></a></div>' % (p, E(t)) for p, t in items)
    arts = list(s.links)
    s.non("/house-tours", shell("House Tours | Nest & Nook", '<h1>House Tours</h1>%s' % lst(arts[:1])), "House Tours")
    s.non("/design", shell("Design | Nest & Nook", '<h1>Design</h1>%s' % lst(arts[1:])), "Design")
    s.non("/shopping", shell("Shopping | Nest & Nook", '<h1>Shopping</h1><div class="ProductGrid"><div class="ProductCard"><p>Green Velvet Armchair</p><p>$449</p><a href="https://www.wayfair.example/armchair" rel="sponsored">Buy at Wayfair</a></div></div>'), "Shopping")
    s.non("/small-cool-contest-2025", shell("Small/Cool Contest 2025 | Nest & Nook", '<h1>Small/Cool Contest 2025</h1><p>Enter your small space by March 31! Winners receive a $1,000 gift card.</p><form><input><button>Submit your space</button></form>'), "Small/Cool Contest")
    s.non("/authors/adrienne-breaux", shell("Adrienne Breaux | Nest & Nook", '<h1>Adrienne Breaux</h1><p>House Tour Editor</p><p>Adrienne has been showing readers real homes since 2011.</p>%s' % lst(arts[:1])))
    s.non("/affiliate-policy", shell("Affiliate Policy | Nest & Nook", '<h1>Affiliate Policy</h1><p>Nest &amp; Nook may earn a commission from links on our site. Our editors choose products independently.</p>'))
    s.non("/about", shell("About | Nest & Nook", '<h1>About Nest &amp; Nook</h1><p>Nest &amp; Nook helps people make their homes more beautiful, organized and healthy.</p>'))
    s.non("/newsletter", shell("Newsletter | Nest & Nook", '<h1>Get our newsletter</h1><form><input><button>Sign up</button></form>'))

    def home(links):
        return shell("Nest & Nook: Saving the world, one room at a time", lst(links), og("Nest & Nook", "website", s.url("/"), s.name))
    s.fill(shell)
    s.home(home)
    s.rss("/main.rss")


for f in (site_dotdash, site_hearst, site_foodblog, site_travel, site_burda, site_french, site_spanish, site_italian, site_healthline, site_parenting, site_decor):
    f()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
