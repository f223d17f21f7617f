"""Web co: the pages a modern news site serves beside its stories. Twelve
sites on 127.0.8.41-52 (port 18164), one modern publisher each, in English
(US, UK, Canada, Australia, India), German, French, Spanish, Italian,
Dutch, Brazilian Portuguese and Swedish, each on the template its CMS
renders (Arc XP with Fusion.globalContent, Brightspot, WordPress with
Newspack or Yoast, Drupal 9, Ghost 5, Next.js with __NEXT_DATA__, custom
stacks), with og:, article: and JSON-LD head metadata. Each site has three
hand-written stories and 11-14 service pages that share the story template:
newsletter sign-ups, podcast hubs and episode pages that are a player and
two lines, event calendars and an event, obituary lists and a paid death
notice, job boards, weather, TV schedules, horoscopes, puzzle hubs, live
scores and market data, lottery results, corrections, ethics policies and
mastheads (some long and undated), reporter pages with photo, role and
bio, topic, tag, section and date-archive pages, search, e-editions,
subscription offers, a shop, contest rules, tip forms, sponsored-content
hubs, a photo-gallery index, video hubs and a consent wall.

 1 The Lakeshore Ledger (en-US, Ohio regional daily, Arc XP): Fusion
   globalContent on every page, "By X and Y", "Published March 11, 2025 at
   6:14 a.m. EDT", article:published_time in UTC (Z), an opinion column with
   OpinionNewsArticle and a writer's note. Copy: CWNX's ferry story under a
   new headline, "This story originally appeared on CWNX 9 News ...", its
   own canonical. Home, Local and Opinion fronts, newsletters, a Legacy-
   style obituary list and a paid obituary (dates, survivors, "Published by
   ... from Mar. 9 to Mar. 11, 2025", og:type article), weather with marine
   forecast, puzzles hub, e-Edition, subscription offers, corrections list,
   a 500-word undated ethics policy (og:type article), a reporter page,
   search. Sitemap and RSS.
 2 The Daily Clarion (en-GB tabloid, Reach-like custom): "09:15, 11 Mar
   2025 Updated 10:02, 11 Mar 2025", author boxes with job titles, a TV
   review (ReviewNewsArticle, "Four stars"), a two-author human-interest
   story. Copy: The Inlet's wallaby story under a tabloid headline with
   "This story originally appeared on The Inlet and is republished here with
   permission" and no canonical to the original. Home, News and TV fronts,
   horoscopes, TV listings, live football scores, competitions and their
   terms and conditions, a royals topic page with no stories, author page,
   newsletter preference centre, video hub, a puzzles page that is only a
   consent wall. RSS.
 3 CWNX 9 News (en-CA, Windsor-Essex local TV, Brightspot): "Published
   March 11, 2025 at 5:32 PM EDT", "By X • CWNX 9 News", a video player
   above the text, a "CWNX News Staff" story (JSON-LD Organization: authors
   []). Copy: the Ledger's algae story with a canonical link to it and
   "This story originally appeared in The Lakeshore Ledger." Home and Local
   fronts, First Alert weather, TV schedule, contests and official rules,
   send-us-a-tip form, video hub, watch-live page, community calendar and an
   event (Event JSON-LD), meet-the-team directory, a personality bio page.
   Sitemap.
 4 The Inlet (en-AU, South Coast NSW non-profit digital native, WordPress
   + Newspack): Yoast @graph, "By X and Y", "11 March 2025", twitter:data1
   naming only the first writer, a data analysis and the wallaby story the
   Clarion copies. Home, category, tag, month archive, author page,
   newsletters, podcast hub and an episode (Spotify embed, PodcastEpisode
   JSON-LD), membership tiers, "About" (about our journalism, 250 words),
   team page, events list and an event (The Events Calendar) - WP pages with
   og:type article. Sitemap and /feed/.
 5 The Market Mirror (en-IN business paper, Drupal 9): Business-Standard-
   like addresses (..._1.html), "Ananya Iyer | Mumbai", "First Published:
   Mar 11 2025 | 3:58 PM IST" and "Last Updated", an opinion column ending
   "The author is ... Views are personal." Home and Markets fronts, market
   live table, gold rates, RBI policy topic page, author, e-paper,
   subscription plans in rupees, podcast hub and an episode, careers, a
   Brand Connect (sponsored) hub. RSS.
 6 Mainufer-Bote (de, Main valley regional, Ippen-like custom): kicker over
   the headline, the first paragraph as lead text in the header, "Von:
   Katrin Weber", "Stand: 11.03.2025, 06:00 Uhr", a Kommentar. Home,
   Lokales and Meinung fronts, Traueranzeigen and one paid death notice,
   weather with river gauge, event calendar and an event, e-paper, Abo
   offers, contest terms, Impressum (staff names), author page,
   newsletter. No sitemap, no feed.
 7 Regards (fr weekly news magazine, WordPress + Yoast): "Par Claire
   Dubois", "Publié le 11 mars 2025 à 07h00", a reportage, a book critique
   and an interview (Q&A in paragraphs). Home, rubrique, tag and author
   pages, subscription offers, WooCommerce shop, newsletters, podcasts hub
   and an episode, masthead ("La rédaction"), a long undated ethics charter,
   a sponsored-content hub, a crossword page - WP pages with og:type
   article. Sitemap and /feed/.
 8 El Heraldo Nacional (es national daily, Arc XP, El-País-like): kicker,
   h1 and h2 subtitle, "Madrid - 11 mar 2025 - 06:30 CET", "Javier Soler y
   Marta Ibáñez", an opinion column. Home, España and Opinión fronts,
   author, tag page, a day of the hemeroteca, subscriptions, newsletters,
   podcast hub and an episode, editorial principles (og:type article),
   weather, crosswords, search. Sitemap and RSS.
 9 Lariano (it, Lake Como digital-native, Ghost 5): byline names, "11 mar
   2025", JSON-LD in UTC naming the primary author only, a two-author
   story. Ghost pages (chi siamo, sostienici, newsletter, eventi,
   segnalazioni, lavora con noi) with og:type article and Article JSON-LD
   dated 2023 and authored, a podcast episode that is a Ghost post (audio
   card plus one line, og:type article, byline and date), home, two tag
   pages, an author page. Sitemap and /rss/ (stories only).
10 Omroep Rivierland (nl regional public broadcaster, Next.js with
   __NEXT_DATA__): "Door Sanne de Wit", "11 maart 2025, 07:12", the intro
   as a bold first paragraph, one story without a byline (JSON-LD
   Organization: authors []). Home, news and region pages, TV guide, live
   radio player, weather with water levels, traffic, tip form, about, a
   journalism code, video hub, amateur football results. RSS.
11 Jornal do Cerrado (pt-BR Goiânia regional, g1-like custom): subtitle
   h2, "Por Fernanda Costa, Jornal do Cerrado — Goiânia", "11/03/2025
   06h00 Atualizado 11/03/2025 09h12", a column signed at the end. Home,
   Política front, columnists, author, lottery results, horoscope,
   subscription, photo-gallery index, cultural agenda, expediente, contact
   form. Sitemap.
12 Norrbladet (sv regional paper, custom): label, h1, ingress (the first
   paragraph) above the image, byline boxes with role and e-mail,
   "Publicerad 11 mars 2025 kl. 06.00", "Uppdaterad ...", a theatre review
   ending with the credits. Home, Nyheter and Kultur fronts, family pages
   and a paid death notice, weather, e-tidning, subscription offers,
   contest rules, crossword hub, job board, publishing policy (og:type
   article), reporter page, search. No sitemap, no feed.

Truth: 36 articles, 156 non-articles, 3 syndicated copies in "synd" (each
copy only there, with the original it republishes). Articles are the
reported stories: news, features, analysis, reviews, interviews and opinion
columns. Everything else (fronts, archives, service pages, podcast and
video pages, obituaries and death notices, policies, mastheads, bios) is a
non-article, however long its prose. Dates are the local publication day
as printed; authors the writers in the byline (desk credits, station
staff and organisations give []). Bodies must hold each story's first and
last paragraph, the lead or ingress included.

First crawl (newsroom at fe19e57): stories 36: title 36, date 36, authors
34 right; non-articles stored 6 of 156; bodies checked 36: 6 wrong;
syndicated copies 3: original kept for 3. Authors: "CWNX News Staff" kept
as "CWNX", the broadcaster's JSON-LD Organization kept as an author
("Omroep Rivierland"). Bodies: the lead text in Mainufer-Bote's story
header and Norrbladet's ingress left out. Stored non-articles: the
ethics policies of the Ledger, El Heraldo, Regards and Norrbladet, Regards'
masthead (with Claire Dubois as author) and The Inlet's podcast hub.
Mainufer-Bote's home, Lokales and Meinung fronts were logged as consent
walls (the footer's "Datenschutz · Cookie-Einstellungen").
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18164
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


class Site(common.Site):
    def __init__(self, n):
        super().__init__(OUT, "127.0.8.%d" % (40 + n), PORT, truth)

    def story(self, st, doc):
        self.art(st["path"], doc, st["title"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]])

    def copy(self, path, doc, orig_url):
        """A republished copy of a story on another site of this web."""
        self.put(path, doc)
        truth["synd"].append({"copy": self.url(path), "orig": orig_url})


def U(n, path):
    return "http://127.0.8.%d:%d%s" % (40 + n, PORT, path)


def doc(lang, title, head, body, bodycls="", htmlattr=""):
    return ('<!DOCTYPE html>\n<html lang="%s"%s><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>\n%s\n</head>\n<body class="%s">\n%s\n</body></html>\n') % (lang, htmlattr, E(title), head, bodycls, body)


def og(kind, title, url, desc="", site="", extra="", locale=""):
    can = ('<link rel="canonical" href="%s"><meta property="og:url" content="%s">' % (E(url), E(url))) if url else ""
    loc = '<meta property="og:locale" content="%s">' % locale if locale else ""
    return ('%s<meta property="og:type" content="%s"><meta property="og:title" content="%s">%s'
            '<meta property="og:site_name" content="%s"><meta name="description" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:image" content="%s">%s') % (
        can, kind, E(title), loc, E(site), E(desc), E(desc), E(url.split("/", 3)[0] + "//" + url.split("/")[2] + "/img/share-default.jpg") if url else "", extra)


def P(names):
    return [{"@type": "Person", "name": n} for n in names]


def ld(typ, url, head, pub, mod, author, org, host, **kw):
    o = {"@context": "https://schema.org", "@type": typ, "headline": head, "url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
         "datePublished": pub, "dateModified": mod or pub,
         "publisher": {"@type": "NewsMediaOrganization", "name": org, "logo": {"@type": "ImageObject", "url": "http://%s/img/logo.png" % host}},
         "image": [{"@type": "ImageObject", "url": "http://%s/img/lead-%d.jpg" % (host, sum(map(ord, url)) % 997), "width": 1200, "height": 675}]}
    if author is not None:
        o["author"] = author
    o.update(kw)
    return jl(o)


def ps(paras, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "\n".join("<p%s>%s</p>" % (c, E(p)) for p in paras)


def ul(items, cls="list"):
    return '<ul class="%s">%s</ul>' % (cls, links(items))


def rfc(iso):
    return datetime.datetime.fromisoformat(iso).strftime("%a, %d %b %Y %H:%M:%S %z")


# ---------------------------------------------------------------- stories other sites republish
# The Lakeshore Ledger's algae story (copied by CWNX with a canonical link) and
# CWNX's ferry story (copied by the Ledger under its own headline, no canonical).
ALGAE = dict(path="/news/2025/03/11/algae-season-could-start-early-on-western-lake-erie-forecasters-warn/",
             title="Algae season could start early on western Lake Erie, forecasters warn",
             date="2025-03-11", iso="2025-03-11T06:14:00-04:00", authors=["Dana Whitfield"],
             paras=["Warm water and a wet winter could push the first harmful algal blooms on western Lake Erie into late June this year, weeks earlier than usual, researchers said Monday.",
                    "Scientists at the Bay Harbor lake research station told a meeting of water plant operators that phosphorus loads from the Maumee and Portage rivers ran about 20 percent above the ten-year average between November and February, after a string of heavy rains on frozen fields.",
                    "\u201cThe fuel is already in the lake,\u201d said Dr. Karen Osei, who leads the station's bloom monitoring program. \u201cWhat we don't know yet is what May and June will bring. A hot, calm June is the worst case.\u201d",
                    "Port Halvern's water plant, which draws from an intake about a mile offshore, added a second carbon feed system after a toxin scare in 2019. Plant superintendent Mike Tanner said the system has been serviced and crews will start weekly toxin testing in May instead of June.",
                    "The early outlook is not the official bloom forecast, which federal scientists usually release in late June. Osei said boaters and anglers should check the lake advisory map before heading out and keep pets out of scummy water."])
FERRY = dict(path="/news/local/ice-keeps-lake-erie-ferry-docked-two-weeks-past-schedule/",
             title="Ice keeps Lake Erie ferry docked two weeks past schedule",
             date="2025-03-12", iso="2025-03-12T16:40:00-04:00", authors=["Jordan Beaulieu"],
             paras=["Thick ice in the western basin of Lake Erie will keep the island ferry tied up in Kingsport for at least two more weeks, the operator said Wednesday.",
                    "The MV Lakeland Spirit was due to start its spring schedule to Middle Bass Island on March 15. Lakeland Ferry Services now says the first crossing will be no earlier than March 29, depending on ice reports from the Canadian Coast Guard.",
                    "\u201cWe've had boats out there this week and the ice is still thirty to forty centimetres in places,\u201d operations manager Lise Tremblay said. \u201cWe won't put the vessel or passengers at risk to keep a date on the calendar.\u201d",
                    "About 200 people live on the island year-round. Residents have relied on a small air service since January, and a coast guard icebreaker made a fuel delivery last week.",
                    "Passengers with bookings in the second half of March will get a full refund or can move their trip without a fee, the company said. Updates will be posted on its website and social media each morning at 8 a.m."])
WALLABY = dict(path="/2025/03/08/surfers-pull-wallaby-from-the-water-at-merrin-beach/",
               title="Surfers pull wallaby from the water at Merrin Beach",
               date="2025-03-08", iso="2025-03-08T14:20:00+11:00", authors=["Josh Farrell"],
               paras=["Two surfers paddled a swamp wallaby back to shore at Merrin Beach on Saturday morning after the animal was seen swimming about 150 metres out beyond the break.",
                      "Local board rider Kate Ormsby said she first thought the dark shape in the water was a seal. \u201cThen I saw the ears,\u201d she said. \u201cIt was going in circles and getting tired, so we just got either side of it and sort of herded it in.\u201d",
                      "Ormsby and her friend Dev Shah steered the wallaby between their boards for about ten minutes until it found its feet in the shallows. It hopped up the beach and rested in the dunes before disappearing into the coastal scrub.",
                      "WIRES volunteer Glenda Hart said wallabies can swim well but sometimes end up in the surf when they are chased by dogs or startled on the headland. She asked beachgoers not to try to catch or wrap an animal that comes ashore.",
                      "\u201cLet it rest and call us,\u201d Hart said. \u201cThese two did exactly the right thing by keeping their distance once it was out of the water.\u201d",
                      "Dogs are banned from the southern end of Merrin Beach, but council rangers say they still receive complaints about off-leash dogs on the headland track every week."])


# ====================================================================== 1 The Lakeshore Ledger (en-US, Arc XP)
def ledger():
    s = Site(1)
    ORG = "The Lakeshore Ledger"
    A = [ALGAE,
         dict(path="/news/2025/03/10/port-halvern-council-approves-14m-plan-to-replace-aging-water-mains/",
              title="Port Halvern council approves $14M plan to replace aging water mains",
              date="2025-03-10", iso="2025-03-10T19:52:00-04:00", authors=["Marcus Lee", "Rosa Delgado"],
              paras=["Port Halvern City Council voted 6-1 on Monday night to borrow $14 million to replace about nine miles of cast-iron water mains, some of which date to the 1920s.",
                     "The lines broke 84 times last year, according to the city's utilities department, twice leaving parts of the east side under a boil advisory for more than two days.",
                     "Utilities director Anne Kessler told council the work will be done in four phases starting this summer, beginning with the blocks around Lincoln Elementary and the hospital. Each phase will close streets for several weeks at a time.",
                     "The loan comes from the state's water pollution control fund at 1.5 percent interest. To repay it, the average household water bill will rise about $4.10 a month starting in July, Kessler said.",
                     "Councilman Frank Dudek, the lone no vote, said the city should have applied for more federal grant money first. \u201cWe're asking people on fixed incomes to pay for 100 years of putting this off,\u201d he said.",
                     "Mayor Teresa Lindqvist said the city applied for three grants last year and received one. \u201cWe can't wait for the perfect funding source while pipes keep breaking under people's houses,\u201d she said."]),
         dict(path="/opinion/2025/03/09/opinion-the-gull-island-ferry-is-a-lifeline-not-a-luxury/",
              title="Opinion: The Gull Island ferry is a lifeline, not a luxury",
              date="2025-03-09", iso="2025-03-09T05:00:00-04:00", authors=["Ruth Anne Bauer"], opinion=True,
              paras=["Every winter, when the lake freezes and the boats stop running, Gull Island learns again how small it is.",
                     "I have lived on the island for 31 years. I have watched neighbors miss chemotherapy appointments because the plane could not fly in fog, and I have watched our school close for a week because the teachers were stuck on the mainland.",
                     "So when the county commissioners suggested last month that the state subsidy for the winter ferry run might be \u201crevisited,\u201d a lot of us heard something else: that the 400 people who live here year-round are a line item.",
                     "The ferry is not a tourist ride in March. It carries propane, groceries, the mail and the nurse who comes twice a week. It carries our kids to basketball games and our dead to the funeral home in Port Halvern.",
                     "The subsidy costs the county about $180,000 a year. That is real money. But the island also pays property taxes, and the summer visitors who come over on the same boats spend millions in this county every year.",
                     "Commissioners will take up the budget on March 24. I hope they come out to the island before then. The boat leaves at 7:30."])]
    COPY = dict(path="/news/2025/03/13/canadian-ferry-to-middle-bass-island-stays-docked-as-ice-lingers/",
                title="Canadian ferry to Middle Bass Island stays docked as ice lingers", iso="2025-03-13T07:05:00-04:00")
    MON = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()

    def shown(iso):
        t = datetime.datetime.fromisoformat(iso)
        h = t.hour % 12 or 12
        return "%s %d, %d at %d:%02d %s EDT" % (MON[t.month - 1], t.day, t.year, h, t.minute, "a.m." if t.hour < 12 else "p.m.")

    def z(iso):
        return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    NAV = [("/news/local/", "Local"), ("/opinion/", "Opinion"), ("/obituaries/", "Obituaries"), ("/weather/", "Weather"),
           ("/puzzles/", "Puzzles"), ("/e-edition/", "e-Edition"), ("/newsletters/", "Newsletters")]
    FOOT = [("/about/ethics-policy/", "Ethics Policy"), ("/corrections/", "Corrections"), ("/subscribe/", "Subscribe"), ("/e-edition/", "e-Edition"),
            ("/newsletters/", "Newsletters"), ("/people/dana-whitfield/", "Dana Whitfield"), ("/search/", "Search"), ("/obituaries/", "Obituaries")]

    def shell(title, main, head, gc, ptype="article"):
        fus = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="lakeshore-ledger";'
               'Fusion.contextPath="/pf";Fusion.deployment="1187";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"%s","query":{}};'
               'Fusion.lastModified=1741700000000;Fusion.spa=false;</script>') % (json.dumps(gc), "content-api" if ptype == "article" else ptype + "-api")
        body = ('<div id="fusion-app" class="layout-%s"><a class="skip-main" href="#main">Skip to main content</a>'
                '<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="b-header-nav-chain__menu-button" aria-label="Sections">Sections</button>'
                '<a class="b-header-nav-chain__logo" href="/"><img src="/pf/resources/images/ledger-logo.svg?d=1187" alt="The Lakeshore Ledger"></a>'
                '<a class="c-button c-button--primary" href="/subscribe/">Subscribe</a> <button class="b-header-nav-chain__signin" type="button">Sign In</button></div>'
                '<nav class="b-links-bar" aria-label="Top Links">%s</nav></header>\n'
                '<main id="main" class="b-single-column-regular">%s</main>\n'
                '<footer class="b-footer"><div class="b-footer__links">%s</div><p class="b-footer__copyright">\u00a9 2025 The Lakeshore Ledger, a Great Lakes Media Group newspaper. All rights reserved.</p></footer></div>') % (
            ptype, "".join('<a class="b-links-bar__item" href="%s">%s</a>' % (p, E(t)) for p, t in NAV), main,
            "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in FOOT))
        return doc("en", title, head + fus, body, "")

    def byline(st):
        names = st["authors"]
        lnk = [('<a class="c-link" href="/people/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n))) if n == "Dana Whitfield" else '<span class="c-link">%s</span>' % E(n) for n in names]
        return " and ".join(lnk) if len(lnk) < 3 else ", ".join(lnk[:-1]) + " and " + lnk[-1]

    def article(st, canon=None, note=""):
        url = s.url(st["path"])
        sec = "Opinion" if st.get("opinion") else "Local"
        gc = {"_id": "ZQ3K%dX" % (sum(map(ord, st["path"])) * 7919 % 10**8), "type": "story", "canonical_url": st["path"], "headlines": {"basic": st["title"]},
              "display_date": z(st["iso"]), "first_publish_date": z(st["iso"]), "credits": {"by": [{"type": "author", "name": n} for n in st["authors"]]},
              "taxonomy": {"primary_section": {"name": sec}}, "subheadlines": {"basic": ""}}
        head = og("article", st["title"], canon or url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="author" content="%s"><meta name="twitter:card" content="summary_large_image">' % (
                      z(st["iso"]), sec, E(", ".join(st["authors"])))) + ld("NewsArticle" if not st.get("opinion") else "OpinionNewsArticle", canon or url, st["title"], z(st["iso"]), None, P(st["authors"]), ORG, s.host,
                                                                                    articleSection=sec, isAccessibleForFree=False, hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"})
        label = '<div class="c-overline"><a href="/opinion/">Opinion</a></div>' if st.get("opinion") else '<div class="c-overline"><a href="/news/local/">Local News</a></div>'
        bio = '<p class="b-author-bio"><em>Ruth Anne Bauer is a retired teacher who has lived on Gull Island since 1994.</em></p>' if st.get("opinion") else ""
        main = ('<article class="b-article">%s<h1 class="b-headline">%s</h1>'
                '<div class="b-byline-block"><span class="c-attribution">By %s</span>'
                '<time class="c-date" datetime="%s">Published %s</time></div>'
                '<figure class="c-media-item"><img src="/resizer/v2/%s.jpg?auth=9f1c&amp;width=800" alt=""><figcaption>(Ledger file photo)</figcaption></figure>'
                '<div class="b-article-body paywall">%s%s%s</div>'
                '<div class="b-share-bar"><a href="mailto:?subject=%s">Email</a> <a href="/e-edition/">Read the e-Edition</a></div></article>'
                '<aside class="b-top-table-list"><h2>Most Read</h2>%s</aside>') % (
            label, E(st["title"]), byline(st), z(st["iso"]), shown(st["iso"]), st["path"].strip("/").split("/")[-1][:12], note, ps(st["paras"], "c-paragraph"), bio, E(st["title"]),
            ul([(o["path"], o["title"]) for o in A if o is not st]))
        return shell("%s \u2013 %s" % (st["title"], ORG), main, head, gc)

    for st in A:
        s.story(st, article(st))
    cp = dict(FERRY, path=COPY["path"], title=COPY["title"], iso=COPY["iso"])
    s.copy(COPY["path"], article(cp, note='<p class="c-paragraph"><i>This story originally appeared on CWNX 9 News and is shared through the Lake Erie News Partnership.</i></p>'), U(3, FERRY["path"]))

    def page(path, title, main, kind="website", ptype="section", extra="", gc=None):
        head = og(kind, title, s.url(path), "", ORG, extra)
        s.non(path, shell("%s | %s" % (title, ORG), main, head, gc or {"_id": path, "type": ptype, "name": title}, ptype))

    cards = "".join('<div class="c-stack b-results-list__item"><h2 class="c-heading"><a href="%s">%s</a></h2><p>%s</p><span class="c-date">%s</span></div>' % (
        st["path"], E(st["title"]), E(st["paras"][0][:120] + "\u2026"), shown(st["iso"]).split(" at ")[0]) for st in A)
    page("/", "The Lakeshore Ledger: Port Halvern and Lake Erie news, sports, weather and obituaries",
         '<section class="b-top-table-list"><h2>Top Stories</h2>%s<div class="c-stack"><h2 class="c-heading"><a href="%s">%s</a></h2><span class="c-label">From our partners</span></div></section>'
         '<section><h2>Lake Erie</h2><a href="%s">%s</a></section><section class="b-promo"><a href="/newsletters/">Get the Morning Ledger in your inbox</a></section>' % (
             cards, COPY["path"], E(COPY["title"]), A[0]["path"], E(A[0]["title"])),
         extra=jl({"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": ORG, "url": s.url("/"), "ethicsPolicy": s.url("/about/ethics-policy/"), "correctionsPolicy": s.url("/corrections/")}))
    page("/news/local/", "Local News", '<h1 class="b-section-title">Local News</h1>' + cards)
    page("/opinion/", "Opinion", '<h1 class="b-section-title">Opinion</h1><div class="c-stack"><h2><a href="%s">%s</a></h2><p>By Ruth Anne Bauer</p></div>'
         '<p>Want to write for us? Letters of up to 250 words can be sent to letters@lakeshoreledger.example. Guest columns run up to 650 words.</p>' % (A[2]["path"], E(A[2]["title"])))
    page("/newsletters/", "Newsletters",
         '<h1>Newsletters</h1><p>Get the news that matters to Port Halvern, delivered free to your inbox.</p>'
         '<div class="b-newsletter-grid"><div class="c-card"><h2>The Morning Ledger</h2><p>The day\'s top local stories, weather and what to know. Every weekday at 6 a.m.</p><label><input type="checkbox" name="nl" value="morning"> Sign up</label></div>'
         '<div class="c-card"><h2>Lake Life</h2><p>Fishing reports, boating and island news from our Lake Erie team. Thursdays.</p><label><input type="checkbox" name="nl" value="lake"> Sign up</label></div>'
         '<div class="c-card"><h2>Friday Night Lights</h2><p>High school football scores and highlights every Friday in the fall.</p><label><input type="checkbox" name="nl" value="fnl"> Sign up</label></div>'
         '<div class="c-card"><h2>Breaking News Alerts</h2><p>Be the first to know when big news breaks.</p><label><input type="checkbox" name="nl" value="alerts"> Sign up</label></div></div>'
         '<form class="b-newsletter-signup"><input type="email" placeholder="Email address"><button>Subscribe</button></form><p class="c-small">By signing up you agree to our Terms of Service and Privacy Policy.</p>')
    page("/obituaries/", "Obituaries",
         '<h1>Obituaries</h1><p>Obituaries and death notices are provided by Legacy. To place an obituary, call 419-555-0160 or use our self-service form.</p>'
         '<div class="legacy-obit-list"><div class="obit-card"><a href="/obituaries/harold-j-kowalski/"><img src="/obits/kowalski.jpg" alt=""><h2>Harold J. Kowalski</h2></a><p>1938 - 2025</p><p>Port Halvern, OH</p></div>'
         '<div class="obit-card"><h2>Beverly A. (Sims) Noakes</h2><p>1941 - 2025</p><p>Vermilion, OH</p></div><div class="obit-card"><h2>Thomas \u201cTommy\u201d Reyes Jr.</h2><p>1967 - 2025</p><p>Port Halvern, OH</p></div></div>'
         '<a class="c-button" href="https://www.legacy.example/obituaries/lakeshoreledger/place-an-obituary">Place an Obituary</a>')
    page("/obituaries/harold-j-kowalski/", "Harold J. Kowalski Obituary (1938 - 2025)",
         '<div class="legacy-obit"><h1>Harold J. Kowalski</h1><p class="obit-dates">August 14, 1938 - March 7, 2025</p><img src="/obits/kowalski.jpg" alt="Harold J. Kowalski">'
         + ps(["Harold J. \u201cHal\u201d Kowalski, 86, of Port Halvern, passed away peacefully on Friday, March 7, 2025, at Firelands Hospice surrounded by his family.",
               "Hal was born in Toledo to Stanley and Helen (Nowak) Kowalski. He served in the U.S. Army from 1957 to 1959 and worked for 38 years as a machinist at the Halvern Foundry, retiring in 2000. He was a member of St. Casimir Parish, the Polish Falcons and VFW Post 2873, and he never missed a perch run on the lake.",
               "He is survived by his wife of 62 years, Dolores; children Mark (Lisa) Kowalski and Janet (Robert) Hale; six grandchildren; and four great-grandchildren. He was preceded in death by his brother Eugene.",
               "Friends may call from 4 to 7 p.m. Thursday at Bremer-Lutz Funeral Home, 410 Columbus Ave. A Mass of Christian Burial will be held at 10 a.m. Friday at St. Casimir Church. In lieu of flowers, memorials may be made to Firelands Hospice."])
         + '<p class="obit-publisher">Published by The Lakeshore Ledger from Mar. 9 to Mar. 11, 2025.</p><div class="guestbook"><h2>Sign the Guest Book</h2><textarea></textarea><button>Post</button></div></div>',
         kind="article", ptype="obituary")
    page("/weather/", "Port Halvern Weather",
         '<h1>Port Halvern Weather</h1><div class="wx-current"><span class="wx-temp">41\u00b0</span> Cloudy. Wind NE 14 mph. Lake water temperature 36\u00b0.</div>'
         '<table class="wx-7day"><tr><th>Tue</th><td>44\u00b0/31\u00b0</td><td>Rain and snow showers</td></tr><tr><th>Wed</th><td>47\u00b0/33\u00b0</td><td>Partly sunny</td></tr><tr><th>Thu</th><td>55\u00b0/40\u00b0</td><td>Mostly sunny</td></tr><tr><th>Fri</th><td>61\u00b0/45\u00b0</td><td>Showers</td></tr></table>'
         '<h2>Marine forecast</h2><p>Lake Erie, Maumee Bay to Reno Beach: NE winds 10 to 20 knots. Waves 2 to 4 feet.</p><p>Forecast provided by the Ledger weather desk and the National Weather Service.</p>')
    page("/puzzles/", "Puzzles and Games",
         '<h1>Puzzles &amp; Games</h1><div class="game-grid"><a href="https://games.lakeshoreledger.example/crossword/">Daily Crossword</a><a href="https://games.lakeshoreledger.example/sudoku/">Sudoku</a><a href="https://games.lakeshoreledger.example/word-search/">Word Search</a><a href="https://games.lakeshoreledger.example/jumble/">Jumble</a></div>'
         '<p>Puzzles are free for subscribers. Play in your browser or print them out.</p>')
    page("/e-edition/", "e-Edition",
         '<h1>The Lakeshore Ledger e-Edition</h1><p>Read an exact digital replica of today\'s printed newspaper, with every page, ad and puzzle, on your computer, tablet or phone.</p>'
         '<a class="c-button" href="https://eedition.lakeshoreledger.example/">Read Today\'s e-Edition</a><p>The e-Edition is included with every digital subscription. Download the app for iOS and Android.</p><p>Questions? Call customer service at 419-555-0100.</p>')
    page("/subscribe/", "Subscribe to The Lakeshore Ledger",
         '<h1>Local news you can\'t get anywhere else</h1><div class="offers"><div class="offer"><h2>Digital Access</h2><p class="price">$1 for 6 months</p><p>Then $9.99 per month. Cancel anytime.</p><button>Get offer</button></div>'
         '<div class="offer"><h2>Digital + e-Edition</h2><p class="price">$2 for 6 months</p><p>Then $14.99 per month.</p><button>Get offer</button></div>'
         '<div class="offer"><h2>Sunday Print + Digital</h2><p class="price">$3.50 per week</p><p>Home delivery every Sunday and unlimited digital access.</p><button>Get offer</button></div></div>'
         '<p class="c-small">Offer for new subscribers only. Taxes may apply. Subscriptions renew automatically.</p>')
    page("/corrections/", "Corrections",
         '<h1>Corrections</h1><p>The Lakeshore Ledger is committed to accuracy. When we make a mistake, we correct it promptly and note the correction at the bottom of the story. To report an error, email corrections@lakeshoreledger.example.</p>'
         '<ul><li>A March 4 story about the Vermilion River dredging project misstated the cost. It is $2.3 million.</li>'
         '<li>A Feb. 27 story misspelled the name of Perkins High School wrestling coach Dan Szymanski.</li>'
         '<li>A photo caption on Feb. 22 misidentified the location of the ice fishing derby. It was held at East Harbor.</li></ul>')
    page("/about/ethics-policy/", "Our ethics policy",
         '<h1>Our ethics policy</h1>' + ps([
             "The Lakeshore Ledger has covered Port Halvern and the Lake Erie shore since 1871. Our readers trust us to report fairly and accurately, and this policy explains the standards our journalists follow to keep that trust. It applies to everyone who reports, writes, edits, photographs or produces news for the Ledger, in print and online.",
             "Independence. Our journalists do not accept gifts, free travel, meals or other favors from people or organizations they cover. Tickets to events we review are paid for by the Ledger. Staff members may not take part in political campaigns, sign petitions, give money to candidates or put up yard signs. Reporters may not cover relatives, close friends or businesses in which they have a financial interest, and they tell their editors about any possible conflict before starting a story.",
             "Accuracy and corrections. We check facts, names, numbers and quotes before we publish. When we get something wrong, we correct it quickly, in the same place the error appeared, and say what was changed. Corrections are listed on our corrections page. We do not quietly remove or rewrite stories after publication; updates to developing stories are marked with the time of the update.",
             "Sources. We identify the people we quote by name whenever we can. We grant anonymity only when a source faces real danger or loss of a job, when the information is important to the public and when we cannot get it on the record. An editor must know the identity of any anonymous source, and the story must explain why the source was not named.",
             "Fairness. People and organizations facing criticism in our stories get a real chance to respond before publication. We tell readers when someone declined to comment or did not respond, and how long we waited.",
             "Opinion. News and opinion are kept separate. Editorials reflect the views of the Ledger's editorial board, which is separate from the newsroom. Columns and guest commentary are labeled as opinion and represent only the view of the writer. Our news reporters do not write opinion pieces about the subjects they cover.",
             "Advertising and sponsored content. Advertisers have no say in our news coverage. Content paid for by an advertiser is always labeled \u201cSponsored\u201d and is produced by our marketing department, not the newsroom.",
             "Artificial intelligence. We do not publish news stories written by generative AI. Reporters may use automated tools for transcription or to sort public records, but a journalist checks every fact that appears in the paper. Any experiment with AI tools that readers will see will be disclosed.",
             "Photos and video. We do not alter the content of news photographs. Photo illustrations are labeled as such.",
             "Unpublishing. We rarely remove stories from our website. Requests to remove or anonymize an older story, such as one about a minor criminal charge that was later dismissed, are reviewed by the executive editor under a written policy.",
             "Questions about this policy can be sent to the executive editor, Linda Marsh, at editor@lakeshoreledger.example."]),
         kind="article", ptype="page")
    page("/people/dana-whitfield/", "Dana Whitfield",
         '<div class="b-author-bio"><img class="c-image" src="/authors/dana-whitfield.jpg" alt="Dana Whitfield"><h1>Dana Whitfield</h1><p class="b-author-bio__role">Environment reporter</p>'
         '<p>Dana Whitfield covers Lake Erie, water quality and the environment for The Lakeshore Ledger. She joined the Ledger in 2018 after four years at the Sandusky Bay Bulletin and grew up in Vermilion.</p>'
         '<p><a href="mailto:dwhitfield@lakeshoreledger.example">dwhitfield@lakeshoreledger.example</a> \u00b7 <a href="https://twitter.com/danawhitfield">@danawhitfield</a></p></div>'
         '<h2>Latest stories</h2><div class="c-stack"><h3><a href="%s">%s</a></h3><span>March 11, 2025</span></div>' % (A[0]["path"], E(A[0]["title"])),
         kind="profile", ptype="author")
    page("/search/", "Search", '<h1>Search</h1><form action="/search/" role="search"><input name="q" type="search" placeholder="Search the Ledger"><button>Search</button></form><p>Enter a term above to search stories, obituaries and photos.</p>',
         extra='<meta name="robots" content="noindex, follow">')
    s.sitemap([st["path"] for st in A] + [COPY["path"]], "/search/")
    s.rss("/arc/outboundfeeds/rss.xml", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 2 The Daily Clarion (en-GB, tabloid, custom)
def clarion():
    s = Site(2)
    ORG = "The Daily Clarion"
    A = [dict(path="/news/uk-news/familys-fury-council-removes-memorial-bench-31240917", section=("UK News", "/news/"),
              title="Family's fury as council removes memorial bench 'without a word'",
              date="2025-03-11", iso="2025-03-11T09:15:00+00:00", upd="10:02, 11 Mar 2025", shown="09:15, 11 Mar 2025",
              authors=["Ellie Morgan"], roles=["Senior Reporter"],
              paras=["A grieving family have hit out at their local council after a memorial bench dedicated to a much-loved dog walker was taken away from a seafront park without any warning.",
                     "The wooden bench, which bore a brass plaque reading 'For Ray, who walked this way every morning', had stood on the clifftop at Saltmere for eight years after Ray Dobson died of a heart attack aged 64.",
                     "His daughter Michelle, 41, said the family only found out when a neighbour sent her a photo of the empty concrete base. \"Nobody rang us, nobody wrote to us. It was just gone,\" she said. \"My mum sat on that bench every Sunday. She's heartbroken all over again.\"",
                     "Saltmere District Council said the bench had rotted and was a safety risk, and that it had tried to contact the family using an old address. A spokesperson said: \"We are very sorry for the distress this has caused. The plaque has been kept safe and we would like to talk to the family about a replacement.\"",
                     "Michelle said the family had now been offered a new bench at a cost of \u00a31,250. \"We paid for the first one. We'd have paid to fix it if anyone had asked,\" she said."]),
         dict(path="/tv/tv-reviews/the-lighthouse-keepers-review-gentlest-31239502", section=("TV Reviews", "/tv/"),
              title="The Lighthouse Keepers review: the gentlest hour on telly this year",
              date="2025-03-10", iso="2025-03-10T21:30:00+00:00", upd=None, shown="21:30, 10 Mar 2025",
              authors=["Gareth Pryce"], roles=["TV Critic"],
              paras=["Nothing much happens in The Lighthouse Keepers, and that is exactly why you should watch it.",
                     "The new six-part series follows the last volunteers looking after three decommissioned lighthouses on the Northumberland coast: painting railings, chasing gulls off the lamp room and arguing, politely, about whose turn it is to fix the boiler.",
                     "The star is Maureen, 77, who has climbed the 137 steps at Skerrow Point twice a week for 20 years and has opinions about everyone who has ever tried to help her. Her running battle with a jackdaw that nests in the gallery is funnier than most sitcoms.",
                     "There is no narrator telling you how to feel, no dramatic music before the ad breaks, and no twist. The camera just waits on the weather and the faces, and lets you sit with them.",
                     "Only the last ten minutes, when the trust's money worries are explained in a rush of graphics, feel like they belong to another programme.",
                     "Four stars. The Lighthouse Keepers continues next Monday at 9pm."]),
         dict(path="/news/uk-news/great-gran-81-completes-250th-parkrun-31236288", section=("UK News", "/news/"),
              title="Great-gran, 81, completes 250th parkrun after taking up running at 70",
              date="2025-03-09", iso="2025-03-09T07:00:00+00:00", upd=None, shown="07:00, 9 Mar 2025",
              authors=["Ellie Morgan", "Sam Whitlock"], roles=["Senior Reporter", "Reporter"],
              paras=["A great-grandmother who only started running at the age of 70 has completed her 250th parkrun, cheered over the line by more than 300 people.",
                     "Joan Pattison, 81, from Kettlefield, crossed the finish at Elmore Park on Saturday in 41 minutes and 12 seconds, wearing a tutu knitted by her granddaughter.",
                     "The retired school cook said she took up running after her husband Dennis died in 2014 and a friend talked her into trying the 5km course. \"I walked most of the first one and I was last,\" she laughed. \"Now they can't get rid of me.\"",
                     "Run director Priya Sandhu said Joan was the oldest regular at the event and had only missed a handful of Saturdays in ten years, usually for weddings or her great-grandchildren's christenings.",
                     "Joan, who has four children, nine grandchildren and two great-grandchildren, says she has no plans to stop. \"I'll do 300 if my knees let me,\" she said. \"After that I might slow down a bit.\""])]
    COPY = dict(path="/news/world-news/moment-surfers-rescue-wallaby-swept-out-31241733", section=("World News", "/news/"),
                title="Moment surfers rescue wallaby swept out to sea off Australian beach", iso="2025-03-11T12:40:00+00:00", shown="12:40, 11 Mar 2025", upd=None,
                authors=["Josh Farrell"], roles=["The Inlet"], paras=WALLABY["paras"])
    NAV = [("/news/", "News"), ("/sport/live-scores/", "Live Scores"), ("/tv/", "TV"), ("/tv/tv-listings/", "TV Guide"), ("/all-about/royal-family/", "Royals"),
           ("/horoscopes/", "Horoscopes"), ("/puzzles/", "Puzzles"), ("/competitions/", "Competitions"), ("/video/", "Video")]
    FOOT = [("/newsletter-preference-centre/", "Newsletters"), ("/competitions/win-a-family-break-in-cornwall-terms-and-conditions/", "Competition T&Cs"),
            ("/authors/ellie-morgan/", "Ellie Morgan")]

    def shell(title, main, head, pagetype):
        body = ('<div class="site-wrapper" data-page-type="%s"><header class="mast"><div class="mast__top"><a class="mast__logo" href="/" title="The Daily Clarion"><svg role="img"><title>The Daily Clarion</title></svg></a>'
                '<a class="mast__newsletter" href="/newsletter-preference-centre/">Sign up to our newsletters</a></div>'
                '<nav class="primary-nav"><ul>%s</ul></nav></header>\n<main class="main-content">%s</main>\n'
                '<aside class="teaser-rail"><h3>Most Read</h3><ol>%s</ol></aside>'
                '<footer class="site-footer"><ul>%s</ul><p>\u00a9 2025 Clarion Newspapers Ltd. Registered in England No. 00412347.</p><p>Regulated by IPSO.</p></footer></div>') % (
            pagetype, links(NAV), main, links([(a["path"], a["title"]) for a in A]), links(NAV + FOOT))
        return doc("en-GB", title, head + '<meta name="robots" content="max-image-preview:large">', body, "clarion")

    def by(st, link=True):
        out = []
        for n, r in zip(st["authors"], st["roles"]):
            nm = ('<a href="/authors/%s/" class="author-name">%s</a>' % (n.lower().replace(" ", "-"), E(n))) if n == "Ellie Morgan" and link else '<span class="author-name">%s</span>' % E(n)
            out.append('<div class="author-info"><img class="author-img" src="/authors/%s.jpg" alt="">%s<span class="author-job">%s</span></div>' % (n.lower().replace(" ", "-"), nm, E(r)))
        return "".join(out)

    def article(st, note="", link=True):
        url = s.url(st["path"])
        iso = st["iso"].replace("+00:00", "Z")
        head = og("article", st["title"], url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="twitter:site" content="@dailyclarion">' % (iso, st["section"][0]),
                  "en_GB") + ld("ReviewNewsArticle" if "review" in st["path"] else "NewsArticle", url, st["title"], iso, None,
                                [{"@type": "Person", "name": n, "jobTitle": r} for n, r in zip(st["authors"], st["roles"])], ORG, s.host)
        times = '<span class="date-published"><time datetime="%s">%s</time></span>' % (iso, st["shown"])
        if st["upd"]:
            times += '<span class="date-updated">Updated %s</span>' % st["upd"]
        main = ('<article class="article-main"><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="%s">%s</a></div>'
                '<h1 class="section-theme-highlight">%s</h1><p class="sub-title">%s</p><div class="article-information">%s<div class="time-info">%s</div></div>'
                '<figure><img src="/incoming/article%s.ece/ALTERNATES/s615/0_lead.jpg" alt=""><figcaption>(Image: Supplied)</figcaption></figure>'
                '<div class="article-body">%s%s<div class="newsletter-signup-inline"><p>Get the biggest stories straight to your inbox</p><a href="/newsletter-preference-centre/">Sign up</a></div></div></article>') % (
            st["section"][1], st["section"][0], E(st["title"]), E(st["paras"][0]), by(st, link), times, st["path"][-8:], ps(st["paras"]), note)
        return shell("%s - %s" % (st["title"], ORG), main, head, "article")

    for st in A:
        s.story(st, article(st))
    s.copy(COPY["path"], article(COPY, '<p><em>This story originally appeared on The Inlet and is republished here with permission.</em></p>', False), U(4, WALLABY["path"]))

    def page(path, title, main, kind="website", pt="section", extra=""):
        s.non(path, shell("%s - %s" % (title, ORG), main, og(kind, title, s.url(path), "", ORG, extra, "en_GB"), pt))

    teas = "".join('<div class="teaser"><a href="%s"><img src="/incoming/t%s.jpg" alt=""><span class="headline">%s</span></a></div>' % (a["path"], a["path"][-4:], E(a["title"])) for a in A + [COPY])
    page("/", "The Daily Clarion | Latest UK news, showbiz, sport and TV", '<section class="hero">%s</section><section class="channel"><h2><a href="/all-about/royal-family/">Royals</a></h2></section>' % teas)
    page("/news/", "News", '<h1 class="channel-title">News</h1>' + teas)
    page("/tv/", "TV", '<h1 class="channel-title">TV</h1><div class="teaser"><a href="%s">%s</a></div><a href="/tv/tv-listings/">Full TV guide</a>' % (A[1]["path"], E(A[1]["title"])))
    page("/horoscopes/", "Horoscopes",
         '<h1>Daily horoscopes</h1><p class="intro">What the stars have in store for you today, from our astrologer Madame Celeste.</p>'
         '<div class="horoscope"><h2>Aries</h2><p>A conversation you have been putting off goes better than expected. Say what you mean before Thursday.</p></div>'
         '<div class="horoscope"><h2>Taurus</h2><p>Money matters need a second look. Someone close has a suggestion worth hearing out.</p></div>'
         '<div class="horoscope"><h2>Gemini</h2><p>Your social battery is full this week. An invitation from an old friend could lead somewhere new.</p></div>'
         '<div class="horoscope"><h2>Cancer</h2><p>Home is where your head is. A small change to your routine pays off by the weekend.</p></div>'
         '<div class="horoscope"><h2>Leo</h2><p>You are in the spotlight whether you like it or not. Enjoy it.</p></div>'
         '<div class="horoscope"><h2>Virgo</h2><p>Let someone else take charge of the details for once. The results may surprise you.</p></div>')
    page("/tv/tv-listings/", "TV Guide",
         '<h1>TV Guide</h1><div class="listings"><h2>BBC One</h2><ul><li>18:00 News</li><li>19:00 The One Show</li><li>20:00 EastEnders</li><li>21:00 The Lighthouse Keepers</li></ul>'
         '<h2>ITV1</h2><ul><li>18:30 Regional News</li><li>19:30 Emmerdale</li><li>20:00 Coronation Street</li><li>21:00 Grace</li></ul>'
         '<h2>Channel 4</h2><ul><li>19:00 Channel 4 News</li><li>20:00 Location, Location, Location</li><li>21:00 24 Hours in A&amp;E</li></ul></div>')
    page("/sport/live-scores/", "Live football scores",
         '<h1>Live Scores</h1><div class="scores" data-refresh="30"><h2>Premier League</h2><table><tr><td>Brentford</td><td>1 - 1</td><td>Everton</td><td>HT</td></tr>'
         '<tr><td>Newcastle</td><td>2 - 0</td><td>Fulham</td><td>67\'</td></tr></table><h2>Championship</h2><table><tr><td>Burnley</td><td>0 - 0</td><td>Hull</td><td>19:45</td></tr>'
         '<tr><td>Sunderland</td><td>v</td><td>Leeds</td><td>20:00</td></tr></table></div><p>Scores update automatically.</p>')
    page("/competitions/", "Competitions",
         '<h1>Competitions</h1><div class="comp"><h2>Win a family break in Cornwall</h2><p>Four nights in a lodge near Newquay for up to six people.</p><a href="/competitions/win-a-family-break-in-cornwall-terms-and-conditions/">Terms and conditions</a></div>')
    page("/competitions/win-a-family-break-in-cornwall-terms-and-conditions/", "Win a family break in Cornwall: terms and conditions",
         '<h1>Win a family break in Cornwall: terms and conditions</h1><ol>'
         '<li>The promoter is Clarion Newspapers Ltd, 1 Canada Square, London.</li><li>The competition is open to UK residents aged 18 or over, except employees of the promoter and their families.</li>'
         '<li>The competition closes at 23:59 on 30 March 2025. Entries received after this time will not be counted.</li>'
         '<li>One winner will be drawn at random from all correct entries within 14 days of the closing date and notified by email.</li>'
         '<li>The prize is a four-night midweek stay for up to six people in a three-bedroom lodge, subject to availability, to be taken before 31 October 2025. Travel is not included.</li>'
         '<li>There is no cash alternative. The prize is not transferable.</li><li>Entries by text cost \u00a31 plus your standard network rate. Postal entries are free.</li></ol>', pt="legal")
    page("/all-about/royal-family/", "Royal Family",
         '<h1 class="topic-title">Royal Family</h1><p class="topic-description">All the latest news, pictures and video about the Royal Family.</p><p>No stories yet. Check back soon.</p><a href="/">Back to the front page</a>')
    page("/authors/ellie-morgan/", "Ellie Morgan",
         '<div class="author-page"><img src="/authors/ellie-morgan.jpg" alt="Ellie Morgan"><h1>Ellie Morgan</h1><p class="author-job">Senior Reporter</p>'
         '<p>Ellie Morgan is a senior reporter covering consumer and community stories across the UK. She previously worked at the Saltmere Gazette. Got a story? Email ellie.morgan@clarion.example</p></div>'
         '<h2>Articles by Ellie Morgan</h2>' + "".join('<div class="teaser"><a href="%s">%s</a></div>' % (a["path"], E(a["title"])) for a in (A[0], A[2])), kind="profile", pt="author")
    page("/newsletter-preference-centre/", "Newsletters",
         '<h1>Choose your newsletters</h1><form><label><input type="checkbox"> Daily Briefing: the day\'s biggest stories every morning</label>'
         '<label><input type="checkbox"> Showbiz: celebrity news every afternoon</label><label><input type="checkbox"> TV Guide: what to watch tonight</label>'
         '<input type="email" placeholder="Enter your email"><button>Sign up</button></form><p>We use your sign-up to provide content in ways you\'ve consented to. See our Privacy Notice.</p>')
    page("/video/", "Video",
         '<h1>Video</h1><div class="video-hub"><div class="video-player" data-playlist="clarion-top"><video poster="/video/poster1.jpg" controls></video></div>'
         '<ul class="video-list"><li>Wallaby rescued from the surf</li><li>Great-gran\'s 250th parkrun</li><li>Jackdaw v lighthouse keeper: the feud</li></ul></div>')
    page("/puzzles/", "Puzzles",
         '<div class="consent-wall" role="dialog" aria-modal="true"><h1>We value your privacy</h1><p>To play our puzzles we need your consent to use cookies and similar technologies, and to process personal data such as your IP address and browsing data, to personalise advertising and content, and to measure performance.</p>'
         '<p>You can change your choices at any time by clicking Privacy Settings at the bottom of any page.</p><button>Accept all</button> <button>Reject all</button> <button>Manage options</button></div>'
         '<div class="puzzle-grid" hidden><a>Crossword</a><a>Wordsearch</a><a>Sudoku</a></div>')
    s.rss("/news/rss.xml", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 3 CWNX 9 News (en-CA, local TV, Brightspot)
def cwnx():
    s = Site(3)
    ORG = "CWNX 9 News"
    A = [dict(path="/news/local/essex-county-greenhouse-growers-brace-for-u-s-tariff-hit/",
              title="Essex County greenhouse growers brace for U.S. tariff hit",
              date="2025-03-11", iso="2025-03-11T17:32:00-04:00", authors=["Priya Raman"],
              paras=["Greenhouse growers in Essex County say they are already losing orders from American grocery chains as buyers wait to see whether new U.S. tariffs on Canadian produce take effect.",
                     "About 80 per cent of the tomatoes, peppers and cucumbers grown under glass in the county are trucked across the border, according to the regional growers' association. The industry employs more than 12,000 people, many of them seasonal workers.",
                     "\u201cWe have one customer in Ohio who has cut his weekly order in half until he knows what the price is going to be,\u201d said Ben Vandermeer, whose family runs 14 acres of greenhouses near Kingsport. \u201cYou can't put a cucumber in a warehouse and wait.\u201d",
                     "The association is asking Ottawa for short-term loans and help finding new buyers in Canada and overseas. Executive director Maria Santos said the sector could lose up to $400 million in sales this year if tariffs of 25 per cent go ahead.",
                     "Local MP Karen Doyle said she raised the issue with the agriculture minister on Monday. \u201cThis is not a small industry down here. This is the economy of the whole county,\u201d Doyle said."]),
         FERRY,
         dict(path="/news/local/tecumseh-road-overpass-to-close-for-six-weekends-this-spring/",
              title="Tecumseh Road overpass to close for six weekends this spring",
              date="2025-03-10", iso="2025-03-10T14:15:00-04:00", authors=[], staff=True,
              paras=["Drivers in east Windsor will have to find another way across the rail line on six weekends this spring while the Tecumseh Road overpass gets new expansion joints and a fresh deck surface.",
                     "The city says the first closure runs from 7 p.m. Friday, April 4 to 5 a.m. Monday, April 7. The remaining closures will follow every second weekend into June, weather permitting.",
                     "Detours will send traffic along Walker Road and Ottawa Street. Transit Windsor's Route 8 buses will use the same detour and stops on the overpass will be temporarily moved.",
                     "The $3.1-million project was approved in the city's 2025 budget. City engineers say the work will add about 20 years to the life of the 1968 structure.",
                     "Emergency services will have access through the work zone at all times, the city said."])]
    COPY_PATH = "/news/local/algae-season-could-start-early-on-western-lake-erie/"
    MON = "January February March April May June July August September October November December".split()

    def shown(iso):
        t = datetime.datetime.fromisoformat(iso)
        return "%s %d, %d at %d:%02d %s EDT" % (MON[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    NAV = [("/news/local/", "Local News"), ("/weather/", "Weather"), ("/watch-live/", "Watch Live"), ("/video/", "Video"), ("/schedule/", "TV Schedule"),
           ("/community/events/", "Community Calendar"), ("/contests/", "Contests"), ("/send-us-a-tip/", "Send Us a Tip")]
    FOOT = [("/about/meet-the-team/", "Meet the Team"), ("/contests/spring-getaway-contest-rules/", "Contest Rules"), ("/personality/priya-raman/", "Priya Raman")]

    def shell(title, main, head, cls):
        body = ('<div class="Page-header-wrapper"><header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/"><img src="/dims4/default/cwnx-logo.png" alt="CWNX 9 News"></a>'
                '<div class="Page-header-weather"><a href="/weather/">3\u00b0C Cloudy</a></div><a class="Page-header-live" href="/watch-live/">Watch Live</a></div>'
                '<nav class="Page-header-navigation"><ul class="Navigation-items">%s</ul></nav></header></div>\n'
                '<div class="Page-content"><main class="Page-main">%s</main></div>\n'
                '<footer class="Page-footer"><ul class="Page-footer-navigation">%s</ul><div class="Page-footer-disclaimer">\u00a9 2025 CWNX Television, a division of Lakeside Broadcasting Inc. | CRTC Public Files | Accessibility</div></footer>') % (
            links(NAV, "Navigation-items-item"), main, links(NAV + FOOT))
        return doc("en-CA", title, head, body, "Page " + cls)

    def article(st, canon=None, note=""):
        url = s.url(st["path"])
        auth = [{"@type": "Person", "name": n} for n in st["authors"]] if st["authors"] else {"@type": "Organization", "name": ORG}
        head = og("article", st["title"], canon or url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta name="brightspot.contentId" content="0000018e-%s">' % (st["iso"], abs(sum(map(ord, st["path"]))) % 10**4), "en_CA") + ld(
            "NewsArticle", canon or url, st["title"], st["iso"], None, auth, ORG, s.host)
        if st.get("staff"):
            by = '<div class="ArticlePage-authorName">CWNX News Staff</div>'
        elif st.get("orig"):
            by = '<div class="ArticlePage-authorName">By <span class="AuthorByline">%s</span>, The Lakeshore Ledger</div>' % E(st["authors"][0])
        else:
            n = st["authors"][0]
            href = "/personality/priya-raman/" if n == "Priya Raman" else None
            nm = ('<a class="AuthorByline-link" href="%s">%s</a>' % (href, E(n))) if href else '<span class="AuthorByline">%s</span>' % E(n)
            by = '<div class="ArticlePage-authorName">By %s <span class="ArticlePage-authorTitle">\u2022 CWNX 9 News</span></div>' % nm
        main = ('<div class="ArticlePage-breadcrumbs"><a class="Link" href="/news/local/">Local News</a></div><h1 class="ArticlePage-headline">%s</h1>'
                '<div class="ArticlePage-byline">%s<div class="ArticlePage-datePublished">Published %s</div></div>'
                '<div class="ArticlePage-lead"><div class="VideoEnhancement"><div class="VideoPlayer" data-video-id="v%s"></div></div></div>'
                '<div class="RichTextArticleBody RichTextBody">%s%s</div>'
                '<div class="ArticlePage-tip">Have a story idea? <a href="/send-us-a-tip/">Send us a tip</a>.</div>') % (
            E(st["title"]), by, shown(st["iso"]), st["path"][-6:-1], note, ps(st["paras"]))
        return shell(st["title"] + " | CWNX 9 News", main, head, "ArticlePage")

    for st in A:
        s.story(st, article(st))
    cp = dict(ALGAE, orig=True, path=COPY_PATH, iso="2025-03-11T19:05:00-04:00")
    s.copy(COPY_PATH, article(cp, U(1, ALGAE["path"]), '<p><em>This story originally appeared in The Lakeshore Ledger.</em></p>'), U(1, ALGAE["path"]))

    def page(path, title, main, kind="website", cls="SectionPage", extra=""):
        s.non(path, shell(title + " | CWNX 9 News", main, og(kind, title, s.url(path), "", ORG, extra, "en_CA"), cls))

    promos = "".join('<div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="%s">%s</a></div><div class="PagePromo-date">%s</div></div>' % (
        st["path"], E(st["title"]), shown(st["iso"]).split(" at ")[0]) for st in A) + '<div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="%s">%s</a></div></div>' % (COPY_PATH, E(ALGAE["title"]))
    page("/", "CWNX 9 News | Windsor-Essex news, weather and sports", '<div class="List"><h2 class="List-title">Top Stories</h2>%s</div>' % promos)
    page("/news/local/", "Local News", '<h1 class="SectionPage-title">Local News</h1><div class="List">%s</div>' % promos)
    page("/weather/", "Windsor-Essex Weather",
         '<h1>First Alert Weather</h1><div class="WeatherCurrent"><span class="temp">3\u00b0C</span> Cloudy, feels like -2. Wind NE 20 km/h.</div>'
         '<div class="WeatherForecast"><div>Tonight: Periods of rain mixed with wet snow. Low 0.</div><div>Wednesday: Cloudy, high 6.</div><div>Thursday: Sunny, high 11.</div><div>Friday: Showers, high 14.</div></div>'
         '<div class="WeatherRadar"><img src="/weather/radar.gif" alt="Radar"></div><p>Chief meteorologist Dan Kowal has your full forecast weeknights at 6 and 11.</p>')
    page("/schedule/", "TV Schedule",
         '<h1>CWNX TV Schedule</h1><table class="Schedule"><tr><td>5:00 AM</td><td>CWNX News This Morning</td></tr><tr><td>9:00 AM</td><td>The Kelly Clarkson Show</td></tr>'
         '<tr><td>12:00 PM</td><td>CWNX News at Noon</td></tr><tr><td>5:00 PM</td><td>CWNX News at 5</td></tr><tr><td>6:00 PM</td><td>CWNX News at 6</td></tr>'
         '<tr><td>7:00 PM</td><td>Jeopardy!</td></tr><tr><td>8:00 PM</td><td>Hockey Night: Detroit at Toronto</td></tr><tr><td>11:00 PM</td><td>CWNX News at 11</td></tr></table>')
    page("/contests/", "Contests",
         '<h1>Contests</h1><div class="PagePromo"><h2>Win a Spring Getaway to Niagara-on-the-Lake</h2><p>Enter for a chance to win two nights for two, dinner and a wine tour. Contest closes April 4.</p>'
         '<form><input placeholder="Name"><input type="email" placeholder="Email"><input placeholder="Postal code"><button>Enter</button></form>'
         '<a class="Link" href="/contests/spring-getaway-contest-rules/">Official rules</a></div>')
    page("/contests/spring-getaway-contest-rules/", "Spring Getaway Contest: Official Rules",
         '<h1>Spring Getaway Contest: Official Rules</h1>' + ps([
             "NO PURCHASE NECESSARY. The CWNX Spring Getaway Contest (the \u201cContest\u201d) is sponsored by Lakeside Broadcasting Inc. (the \u201cSponsor\u201d).",
             "1. ELIGIBILITY: Open to legal residents of Ontario who are 19 years of age or older at the time of entry. Employees of the Sponsor and prize suppliers and their immediate families are not eligible.",
             "2. HOW TO ENTER: Complete the online entry form at cwnx.example/contests between 12:00 a.m. ET on March 10, 2025 and 11:59 p.m. ET on April 4, 2025. Limit one entry per person per day.",
             "3. PRIZE: One (1) prize consisting of two nights' accommodation for two at a Niagara-on-the-Lake inn, dinner for two and a winery tour. Approximate retail value: $1,200 CAD. Travel not included.",
             "4. DRAW: The winner will be selected by random draw on April 7, 2025 from all eligible entries. Odds of winning depend on the number of entries received. The selected entrant must correctly answer a time-limited skill-testing question.",
             "5. PRIVACY: Personal information is collected only to administer the Contest and will not be shared without consent."]), cls="StaticPage")
    page("/send-us-a-tip/", "Send Us a Tip",
         '<h1>Send Us a Tip</h1><p>See news happening? Tell the CWNX 9 newsroom. You can also upload photos and video.</p>'
         '<form class="TipForm"><label>Your name<input name="name"></label><label>Phone<input name="phone"></label><label>Email<input name="email"></label>'
         '<label>What\'s happening?<textarea name="tip"></textarea></label><label>Upload photo or video<input type="file"></label><button>Submit</button></form>'
         '<p>By submitting, you grant CWNX a licence to use your photos and video on all platforms.</p>', cls="StaticPage")
    page("/video/", "Video",
         '<h1>Video</h1><div class="VideoPlaylist"><div class="VideoPlayer" data-playlist="local"></div><ul><li>Greenhouse growers worried about tariffs</li><li>Island ferry stays docked</li><li>Overpass closures: what you need to know</li><li>First Alert Weather: rain and wet snow</li></ul></div>')
    page("/watch-live/", "Watch CWNX 9 News Live",
         '<h1>Watch Live</h1><div class="LivePlayer" data-stream="cwnx-live"><video controls poster="/live/poster.jpg"></video></div><p>CWNX News streams live weekdays at 5, 6 and 11 p.m. and during breaking news.</p>')
    page("/community/events/", "Community Calendar",
         '<h1>Community Calendar</h1><ul class="EventList"><li><a href="/community/events/kingsport-maple-syrup-festival/">Kingsport Maple Syrup Festival</a> \u2013 Sat. March 22</li>'
         '<li>Windsor Spring Home Show \u2013 March 28-30, Caboto Club</li><li>Essex Region Conservation tree planting \u2013 April 26</li></ul>'
         '<p>Submit your non-profit event to community@cwnx.example.</p>')
    page("/community/events/kingsport-maple-syrup-festival/", "Kingsport Maple Syrup Festival",
         '<div class="EventPage"><h1>Kingsport Maple Syrup Festival</h1><p class="EventPage-date">Saturday, March 22, 2025, 9 a.m. to 3 p.m.</p><p class="EventPage-venue">Cedar Creek Conservation Area, 3100 Concession 5, Kingsport</p>'
         '<p>Pancake breakfast, sugar bush tours and taffy on snow. Admission $5, children under 5 free.</p></div>',
         kind="website", cls="EventPage", extra=jl({"@context": "https://schema.org", "@type": "Event", "name": "Kingsport Maple Syrup Festival", "startDate": "2025-03-22T09:00:00-04:00",
                                                     "location": {"@type": "Place", "name": "Cedar Creek Conservation Area"}}))
    page("/about/meet-the-team/", "Meet the CWNX 9 News Team",
         '<h1>Meet the Team</h1><div class="PersonList">'
         '<div class="PersonPromo"><a href="/personality/priya-raman/">Priya Raman</a><p>Reporter</p></div>'
         '<div class="PersonPromo"><p class="PersonPromo-name">Jordan Beaulieu</p><p>Reporter, Kingsport bureau</p></div>'
         '<div class="PersonPromo"><p class="PersonPromo-name">Angela Ruiz</p><p>Anchor, CWNX News at 6 and 11</p></div>'
         '<div class="PersonPromo"><p class="PersonPromo-name">Dan Kowal</p><p>Chief Meteorologist</p></div>'
         '<div class="PersonPromo"><p class="PersonPromo-name">Mark Chen</p><p>News Director</p></div></div>', cls="StaticPage")
    page("/personality/priya-raman/", "Priya Raman",
         '<div class="PersonPage"><img src="/dims4/default/priya-raman.jpg" alt="Priya Raman"><h1 class="PersonPage-name">Priya Raman</h1><div class="PersonPage-title">Reporter</div>'
         '<div class="PersonPage-bio"><p>Priya Raman joined CWNX 9 News in 2021 and covers business, agriculture and cross-border trade. Before coming to Windsor she worked at stations in Thunder Bay and Kitchener.</p>'
         '<p>Priya is a graduate of the journalism program at Carleton University. When she is not chasing stories, you will find her on the trails at Point Pelee.</p></div>'
         '<h2>Stories by Priya Raman</h2><div class="PagePromo"><a class="Link" href="%s">%s</a></div></div>' % (A[0]["path"], E(A[0]["title"])),
         kind="profile", cls="PersonPage", extra=jl({"@context": "https://schema.org", "@type": "Person", "name": "Priya Raman", "jobTitle": "Reporter"}))
    s.sitemap([st["path"] for st in A] + [COPY_PATH, "/news/local/", "/weather/"], "/search")


# ====================================================================== 4 The Inlet (en-AU, digital-native, WordPress + Newspack)
def inlet():
    s = Site(4)
    ORG = "The Inlet"
    A = [dict(path="/2025/03/11/rents-on-the-south-coast-have-risen-31-per-cent-in-five-years-wages-havent/", cat=("Analysis", "/category/analysis/"),
              title="Rents on the South Coast have risen 31 per cent in five years. Wages haven't",
              date="2025-03-11", iso="2025-03-11T06:00:00+11:00", authors=["Tom Keller"],
              paras=["The median weekly rent for a three-bedroom house between Kiama and Batemans Bay is now $620, up from $470 in early 2020, according to bond lodgement data from NSW Fair Trading.",
                     "Over the same five years, average weekly earnings in the region grew by about 17 per cent. Put simply, the rent on a family home now takes a bigger share of a local wage than at any time since the data began.",
                     "Part of the story is the pandemic. Thousands of city workers moved to the coast when they could work from home, and many of them bought houses that had been long-term rentals. Holiday letting has taken more homes off the market: short-stay listings in the Shoalhaven have nearly doubled since 2019.",
                     "The vacancy rate tells the rest. SQM Research puts it at 0.9 per cent across the region, well under the 3 per cent usually seen as a balanced market. Landlords can ask for more, and they do.",
                     "Housing advocates say the squeeze is showing up in places that used to be quiet. The Merrin Beach neighbourhood centre says half the people it helped with emergency relief last year were working.",
                     "There is no single fix. Councils have started to cap the number of nights a house can be let to tourists, the state has promised new social housing in Nowra and Ulladulla, and a few employers are building staff units. None of it will bring rents down quickly."]),
         dict(path="/2025/03/10/councils-9-million-seawall-plan-divides-merrin-beach/", cat=("News", "/category/news/"),
              title="Council's $9 million seawall plan divides Merrin Beach",
              date="2025-03-10", iso="2025-03-10T16:45:00+11:00", authors=["Hayley Nguyen", "Tom Keller"],
              paras=["A plan to build a 400-metre rock seawall along the northern end of Merrin Beach drew more than 200 people to a heated community meeting on Monday night.",
                     "Eurobodalla-Shoal Council says the wall is needed to protect the surf club, a caravan park and about 40 homes after storms in 2022 and 2024 stripped the beach and left the dunes a few metres from the road.",
                     "Coastal engineer Dr Fiona Walsh, who prepared a report for the council, told the meeting that without protection the road could be undermined within a decade. But she also said walls tend to move erosion along the coast and can narrow the beach in front of them.",
                     "Surfers and some residents want the council to buy back the most exposed land instead and let the dunes move. \"We'd be spending nine million dollars to lose the beach we're trying to save,\" said Lachlan Boyd of the Merrin Boardriders.",
                     "Owners of the beachfront homes say that would leave them with houses nobody will insure. Public submissions close on 4 April, and the council expects to make a decision in June."]),
         WALLABY]
    A[2] = dict(WALLABY, cat=("News", "/category/news/"))
    MON = "January February March April May June July August September October November December".split()

    def shown(iso):
        t = datetime.datetime.fromisoformat(iso)
        return "%d %s %d" % (t.day, MON[t.month - 1], t.year)
    NAV = [("/category/news/", "News"), ("/category/analysis/", "Analysis"), ("/podcast/", "Podcast"), ("/events/", "Events"), ("/newsletters/", "Newsletters"), ("/about/", "About")]
    FOOT = [("/our-team/", "Our team"), ("/support-us/", "Support us"), ("/tag/housing/", "Housing"), ("/2025/03/", "March 2025"), ("/author/tom-keller/", "Tom Keller")]
    PEOPLE = {"Tom Keller": "/author/tom-keller/"}

    def shell(title, main, head, bodycls):
        body = ('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>'
                '<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper">'
                '<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/02/inlet-logo.png" class="custom-logo" alt="The Inlet"></a>'
                '<p class="site-description">Independent news for the NSW South Coast</p></div>'
                '<a class="button donate" href="/support-us/">Support us</a></div></div>'
                '<nav class="main-navigation nav1"><ul id="menu-primary" class="main-menu">%s</ul></nav></header>\n'
                '<div id="content" class="site-content">%s</div>\n'
                '<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_nav_menu"><ul>%s</ul></section>'
                '<section class="widget"><p>The Inlet acknowledges the Traditional Custodians of the lands where we live and work, the Yuin people, and pays respect to Elders past and present.</p></section></div>'
                '<div class="site-info">\u00a9 2025 The Inlet Media Ltd. ABN 41 622 118 903. <a href="/about/">About</a> <span class="sep"> | </span>Proudly powered by Newspack by WordPress</div></footer></div>') % (
            links(NAV, "menu-item"), main, links(NAV + FOOT, "menu-item"))
        return doc("en-AU", title, head + '<meta name="generator" content="WordPress 6.7.2"><meta name="generator" content="Newspack 5.9">', body, bodycls)

    def yoast(url, typ, name, extra=None):
        g = [{"@type": typ, "@id": url, "url": url, "name": name, "isPartOf": {"@id": s.url("/#website")}, "inLanguage": "en-AU"},
             {"@type": "WebSite", "@id": s.url("/#website"), "url": s.url("/"), "name": ORG, "publisher": {"@id": s.url("/#organization")}},
             {"@type": "NewsMediaOrganization", "@id": s.url("/#organization"), "name": ORG, "url": s.url("/")}]
        if extra:
            g.insert(0, extra)
        return jl({"@context": "https://schema.org", "@graph": g})

    def article(st):
        url = s.url(st["path"])
        aut = [{"@type": "Person", "@id": s.url("/#/schema/person/%s" % n.lower().replace(" ", "")), "name": n} for n in st["authors"]]
        art = {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": aut if len(aut) > 1 else aut[0], "headline": st["title"],
               "datePublished": st["iso"], "dateModified": st["iso"], "articleSection": [st["cat"][0]], "inLanguage": "en-AU", "publisher": {"@id": s.url("/#organization")}}
        head = og("article", st["title"], url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">'
                  '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">' % (st["iso"], st["iso"], E(" and ".join(st["authors"])), E(st["authors"][0])), "en_AU") + yoast(url, "WebPage", st["title"], art)
        vc = ['<span class="author vcard"><a class="url fn n" href="%s">%s</a></span>' % (PEOPLE[n], E(n)) if n in PEOPLE else '<span class="author vcard"><span class="fn n">%s</span></span>' % E(n) for n in st["authors"]]
        main = ('<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail category-%s">'
                '<header class="entry-header"><div class="cat-links"><a href="%s" rel="category tag">%s</a></div><h1 class="entry-title">%s</h1>'
                '<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> %s</span>'
                '<span class="posted-on"><time class="entry-date published updated" datetime="%s">%s</time></span></div></div></header>'
                '<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%s.jpg" class="attachment-newspack-featured-image" alt=""></figure>'
                '<div class="entry-content">%s<div class="wp-block-newspack-blocks-donate"><p>The Inlet is independent and reader-funded. <a href="/support-us/">Become a member</a> from $8 a month.</p></div></div>'
                '<footer class="entry-footer"><span class="tags-links"><a href="/tag/housing/" rel="tag">Housing</a></span></footer></article></main></div>') % (
            st["cat"][0].lower(), st["cat"][1], st["cat"][0], E(st["title"]), " and ".join(vc), st["iso"], shown(st["iso"]), st["path"].split("/")[-2][:20], ps(st["paras"]))
        return shell("%s - %s" % (st["title"], ORG), main, head, "post-template-default single single-post single-format-standard")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", bodycls="archive", typ="CollectionPage", extra=""):
        url = s.url(path)
        s.non(path, shell("%s - %s" % (title, ORG), '<div id="primary" class="content-area"><main id="main" class="site-main">%s</main></div>' % main,
                          og(kind, title, url, "", ORG, extra, "en_AU") + yoast(url, typ, title), bodycls))

    def loop(items):
        return "".join('<article class="post type-post"><div class="entry-container"><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-meta"><span class="byline">By %s</span> '
                       '<time class="entry-date published">%s</time></div></div></article>' % (st["path"], E(st["title"]), E(" and ".join(st["authors"])), shown(st["iso"])) for st in items)
    page("/", "The Inlet - Independent news for the NSW South Coast",
         '<div class="wp-block-newspack-blocks-homepage-articles">%s</div><div class="wp-block-newspack-newsletters-subscribe"><p>Get The Inlet in your inbox every Friday.</p><a href="/newsletters/">Sign up</a></div>' % loop(A),
         bodycls="home page-template-default page", typ="WebPage")
    page("/category/news/", "News", '<header class="page-header"><h1 class="page-title">News</h1></header>' + loop(A[1:]), bodycls="archive category category-news")
    page("/category/analysis/", "Analysis", '<header class="page-header"><h1 class="page-title">Analysis</h1><div class="taxonomy-description"><p>Data and deeper reporting on the issues shaping the coast.</p></div></header>' + loop(A[:1]), bodycls="archive category")
    page("/tag/housing/", "Housing", '<header class="page-header"><h1 class="page-title"><span class="page-subtitle">Tag:</span> Housing</h1></header>' + loop(A[:2]), bodycls="archive tag tag-housing")
    page("/2025/03/", "March 2025", '<header class="page-header"><h1 class="page-title"><span class="page-subtitle">Month:</span> March 2025</h1></header>' + loop(A), bodycls="archive date")
    page("/author/tom-keller/", "Tom Keller",
         '<header class="page-header author-header"><img alt="" src="/wp-content/uploads/2023/02/tom-keller-150x150.jpg" class="avatar avatar-120 photo"><h1 class="page-title">Tom Keller</h1>'
         '<div class="taxonomy-description">Tom Keller is The Inlet\'s co-founder and data reporter. He spent a decade at metropolitan dailies in Sydney before moving to Narooma in 2019. Email: tom@theinlet.example</div></header>' + loop(A[:2]),
         kind="profile", bodycls="archive author", typ="ProfilePage")
    page("/newsletters/", "Newsletters",
         '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Newsletters</h1></header><div class="entry-content">'
         '<p>Our free newsletters bring the best of The Inlet to your inbox. No spam, no ads, unsubscribe any time.</p>'
         '<div class="wp-block-newspack-newsletters-subscribe"><h2>The Inlet Weekly</h2><p>Every Friday morning: the week\'s stories, what\'s on and one good thing from the coast.</p>'
         '<h2>Housing Watch</h2><p>A monthly look at rents, sales and planning decisions from Kiama to the Victorian border.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></div></article>',
         kind="article", bodycls="page-template-default page", typ="WebPage")
    page("/podcast/", "The Inlet Weekly podcast",
         '<article class="page type-page"><h1 class="entry-title">The Inlet Weekly</h1><div class="entry-content"><p>Every Friday, our reporters talk through the week\'s biggest South Coast stories in 20 minutes.</p>'
         '<p>Subscribe on Apple Podcasts, Spotify or wherever you listen.</p><ul><li><a href="/podcast/the-inlet-weekly-episode-58/">Episode 58: Who gets to live on the coast?</a></li><li>Episode 57: The fight over the Merrin seawall</li></ul></div></article>',
         kind="article", bodycls="page", typ="WebPage")
    page("/podcast/the-inlet-weekly-episode-58/", "Episode 58: Who gets to live on the coast?",
         '<article class="podcast type-podcast"><h1 class="entry-title">Episode 58: Who gets to live on the coast?</h1><div class="entry-content">'
         '<figure class="wp-block-embed is-provider-spotify"><iframe src="https://open.spotify.example/embed/episode/4kd93" width="100%" height="152"></iframe></figure>'
         '<p>Tom Keller and Hayley Nguyen on five years of rent rises. 22 minutes.</p></div></article>',
         kind="article", bodycls="single single-podcast", typ="WebPage",
         extra=jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Episode 58: Who gets to live on the coast?", "datePublished": "2025-03-14", "partOfSeries": {"@type": "PodcastSeries", "name": "The Inlet Weekly"}}))
    page("/support-us/", "Support us",
         '<article class="page type-page"><h1 class="entry-title">Support independent journalism on the South Coast</h1><div class="entry-content">'
         '<p>The Inlet has no paywall. Our journalism is free to read because members pay for it.</p>'
         '<div class="wp-block-newspack-blocks-donate tiered"><div class="tier"><h3>Reader</h3><p>$8 / month</p></div><div class="tier"><h3>Supporter</h3><p>$15 / month</p><p>Plus invitations to Inlet Live events</p></div>'
         '<div class="tier"><h3>Champion</h3><p>$30 / month</p><p>Plus a tote bag and your name in our annual report</p></div><button>Continue</button></div>'
         '<p>The Inlet Media Ltd is a registered charity with the ACNC. Donations of $2 or more are tax-deductible.</p></div></article>', kind="article", bodycls="page", typ="WebPage")
    page("/about/", "About The Inlet",
         '<article class="page type-page"><h1 class="entry-title">About The Inlet</h1><div class="entry-content">' + ps([
             "The Inlet is a non-profit newsroom covering the NSW South Coast, from Kiama to the Victorian border. We were founded in 2021 by three journalists who watched local papers close or shrink across the region and thought the coast deserved better.",
             "We publish two or three stories a week, not twenty. We would rather spend a month on one story that matters than rewrite press releases. We cover housing, the environment, local government, health and the economy, and we go to the council meetings nobody else goes to.",
             "Our journalism. We follow the MEAA Journalist Code of Ethics. We check what we publish, we name our sources wherever we can and we give people the chance to respond before we publish something about them. When we make a mistake, we correct it at the bottom of the story and say what changed.",
             "Our money. About 70 per cent of our income comes from members and donors, and the rest from philanthropic grants, which we list in our annual report. Funders have no say in what we cover. We do not run display advertising.",
             "Republishing. Our stories are free to republish under a Creative Commons licence, as long as you credit The Inlet and do not change the meaning. Email editor@theinlet.example for photos.",
             "Our team is small: two full-time reporters, an editor and a rotating group of freelance contributors. You can meet them on our team page."]) + '<p><a href="/our-team/">Meet the team</a></p></div></article>', kind="article", bodycls="page", typ="AboutPage")
    page("/our-team/", "Our team",
         '<article class="page type-page"><h1 class="entry-title">Our team</h1><div class="entry-content">'
         '<div class="wp-block-newspack-blocks-author-list"><div class="author"><a href="/author/tom-keller/">Tom Keller</a><p>Co-founder and data reporter</p></div>'
         '<div class="author"><p class="author-name">Hayley Nguyen</p><p>Reporter, Shoalhaven</p></div><div class="author"><p class="author-name">Josh Farrell</p><p>Reporter, Eurobodalla</p></div>'
         '<div class="author"><p class="author-name">Ruth Campbell</p><p>Editor</p></div></div></div></article>', kind="article", bodycls="page", typ="WebPage")
    page("/events/", "Events",
         '<h1 class="page-title">Events</h1><div class="tribe-events-calendar-list"><div class="tribe-events-calendar-list__event"><time datetime="2025-03-27">27 Mar</time>'
         '<h3><a href="/events/inlet-live-the-housing-squeeze/">Inlet Live: The housing squeeze</a></h3><p>Narooma School of Arts, 6.30pm</p></div></div>', bodycls="post-type-archive-tribe_events")
    page("/events/inlet-live-the-housing-squeeze/", "Inlet Live: The housing squeeze",
         '<div class="tribe-events-single"><h1 class="tribe-events-single-event-title">Inlet Live: The housing squeeze</h1><div class="tribe-events-schedule"><span class="tribe-event-date-start">27 March 2025 @ 6:30 pm</span> - <span class="tribe-event-time">8:00 pm</span></div>'
         '<p>Join Tom Keller, a tenants\' advocate and a local builder for a conversation about rents, holiday lets and what could change. Free for members, $10 for everyone else.</p>'
         '<div class="tribe-events-venue-details">Narooma School of Arts, 74 Campbell St, Narooma NSW</div></div>', bodycls="single-tribe_events",
         extra=jl({"@context": "http://schema.org", "@type": "Event", "name": "Inlet Live: The housing squeeze", "startDate": "2025-03-27T18:30:00+11:00", "endDate": "2025-03-27T20:00:00+11:00",
                   "location": {"@type": "Place", "name": "Narooma School of Arts"}}))
    s.sitemap([st["path"] for st in A] + ["/", "/about/", "/support-us/", "/newsletters/", "/our-team/", "/podcast/"], "/wp-admin/")
    s.rss("/feed/", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 5 The Market Mirror (en-IN, business paper, Drupal 9)
def mirror():
    s = Site(5)
    ORG = "The Market Mirror"
    A = [dict(path="/markets/news/sensex-snaps-three-day-losing-streak-as-banks-it-stocks-rally-125031100412_1.html", sec=("Markets", "/markets/"),
              title="Sensex snaps three-day losing streak as banks, IT stocks rally",
              date="2025-03-11", iso="2025-03-11T15:58:00+05:30", upd="Mar 11 2025 | 4:20 PM IST", authors=["Ananya Iyer"], place="Mumbai",
              paras=["The BSE Sensex rose 612 points, or 0.8 per cent, to close at 74,728 on Tuesday, ending a three-day losing run as private sector banks and information technology shares recovered.",
                     "The NSE Nifty 50 gained 186 points to 22,646. Market breadth was positive, with about two stocks rising for every one that fell on the BSE.",
                     "HDFC Bank and ICICI Bank together added more than 200 points to the Sensex. Infosys and TCS rose over 2 per cent each after a weaker rupee and comments from a US brokerage that valuations in the sector had become reasonable.",
                     "\u201cThe selling by foreign portfolio investors has slowed in the last few sessions, and domestic funds are using the dip to add quality names,\u201d said Vikram Nair, head of research at a Mumbai-based brokerage.",
                     "Foreign investors sold shares worth Rs 1,412 crore on Monday, provisional exchange data showed, while domestic institutions bought Rs 2,086 crore.",
                     "Traders said the market would watch US inflation data due on Wednesday and India's retail inflation numbers, which will shape expectations for the Reserve Bank of India's April policy meeting."]),
         dict(path="/economy/news/tiruppur-garment-exporters-seek-interest-subvention-extension-as-orders-slow-125031000288_1.html", sec=("Economy", "/markets/"),
              title="Tiruppur garment exporters seek interest subvention extension as orders slow",
              date="2025-03-10", iso="2025-03-10T11:20:00+05:30", upd=None, authors=["Karthik Subramanian"], place="Chennai",
              paras=["Knitwear exporters in Tiruppur have asked the Centre to extend the interest equalisation scheme for small exporters beyond March 31, saying orders from European buyers have slowed for a second straight quarter.",
                     "The Tiruppur Exporters' Association said in a letter to the commerce ministry that the cost of working capital had risen sharply for its members, most of whom are micro and small units with thin margins.",
                     "\u201cBuyers are placing smaller orders and asking for longer credit periods. Without the subvention, many units will have to borrow at 11 to 12 per cent,\u201d association president K M Subramaniam said.",
                     "Tiruppur, which accounts for more than half of India's knitwear exports, shipped garments worth about Rs 33,000 crore in 2023-24. Exporters say shipments in the current year are flat despite a recovery in the US market.",
                     "A commerce ministry official said the request was being examined along with similar representations from other sectors ahead of the new foreign trade policy year."]),
         dict(path="/opinion/columns/small-finance-banks-have-a-deposit-problem-125030900511_1.html", sec=("Opinion", "/markets/"),
              title="Small finance banks have a deposit problem", opinion=True,
              date="2025-03-09", iso="2025-03-09T22:30:00+05:30", upd=None, authors=["Rohan Mehta"], place=None,
              paras=["A decade after the Reserve Bank of India handed out the first small finance bank licences, the sector's loan books have grown faster than almost anyone expected. Its deposits have not kept up.",
                     "Most small finance banks still pay 50 to 100 basis points more than large private banks on term deposits, and they rely heavily on bulk deposits from corporates and cooperatives that can leave as quickly as they arrive.",
                     "The reason is simple: savers trust big names. A retired schoolteacher in Nagpur is not going to move her life savings to a bank she first heard of five years ago for an extra half a per cent, even with deposit insurance up to Rs 5 lakh.",
                     "The answer is not another round of higher rates. Small finance banks should instead use what they do well, which is reach. Many have branches in towns where the big banks have only an ATM. Salary accounts for local employers, accounts for self-help groups and simple digital products in regional languages would build a stickier base.",
                     "The regulator can help by allowing a clearer path to universal banking licences for well-run players. A bank that knows it can grow up has reason to invest in customers who will stay.",
                     "The author is a former banker and a visiting faculty member at a Pune business school. Views are personal."])]
    NAV = [("/markets/", "Markets"), ("/markets/stock-market-live/", "Market Live"), ("/commodities/gold-rate-today/", "Gold Rate"), ("/topic/rbi-monetary-policy/", "RBI Policy"),
           ("/podcasts/", "Podcasts"), ("/e-paper/", "E-Paper"), ("/subscription-plans/", "Subscribe")]
    FOOT = [("/careers/", "Careers"), ("/brand-connect/", "Brand Connect"), ("/author/ananya-iyer/", "Ananya Iyer"), ("/podcasts/market-minute-march-11-2025/", "Market Minute")]

    def shell(title, main, head, node=""):
        body = ('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">'
                '<header role="banner" class="header"><div class="ticker-strip"><span>SENSEX 74,728 \u25b2 0.83%%</span> <span>NIFTY 22,646 \u25b2 0.83%%</span> <span>GOLD \u20b986,240</span></div>'
                '<div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/mirror/logo.svg" alt="Home"></a>'
                '<a class="btn-subscribe" href="/subscription-plans/">Subscribe</a></div><nav role="navigation" class="menu--main">%s</nav></header>\n'
                '<main role="main"><div class="region region-content">%s</div></main>\n'
                '<footer role="contentinfo" class="footer"><nav class="menu--footer">%s</nav><p>Copyright \u00a9 2025 Mirror Business Publications Ltd. All rights reserved.</p></footer></div></div>') % (
            ul(NAV, "menu"), main, ul(NAV + FOOT, "menu"))
        return doc("en-IN", title, head + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">', body, "path-" + node)

    def article(st):
        url = s.url(st["path"])
        head = og("article", st["title"], url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="author" content="%s"><meta name="news_keywords" content="Sensex, Nifty, markets">' % (
                      st["iso"], st["sec"][0], E(st["authors"][0])), "en_IN") + ld("OpinionNewsArticle" if st.get("opinion") else "NewsArticle", url, st["title"], st["iso"], None,
                                                                                 {"@type": "Person", "name": st["authors"][0], "url": s.url("/author/%s/" % st["authors"][0].lower().replace(" ", "-"))} if st["authors"][0] == "Ananya Iyer" else {"@type": "Person", "name": st["authors"][0]},
                                                                                 ORG, s.host, inLanguage="en-IN")
        t = datetime.datetime.fromisoformat(st["iso"])
        fp = "%s | %d:%02d %s IST" % (t.strftime("%b %d %Y"), t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
        n = st["authors"][0]
        nm = '<a href="/author/ananya-iyer/">%s</a>' % E(n) if n == "Ananya Iyer" else E(n)
        main = ('<article role="article" class="node node--type-article node--view-mode-full"><div class="breadcrumb"><a href="/">Home</a> / <a href="%s">%s</a></div>'
                '<h1 class="page-title"><span class="field field--name-title">%s</span></h1><h2 class="strydsc">%s</h2>'
                '<div class="author-details"><span class="author-name">%s</span>%s</div>'
                '<div class="published-date"><span>First Published: %s</span>%s</div>'
                '<div class="field field--name-body field--type-text-with-summary">%s</div>'
                '<div class="read-more-premium"><a href="/subscription-plans/">Unlock 30+ premium stories daily hand-picked by our editors</a></div></article>') % (
            st["sec"][1], st["sec"][0], E(st["title"]), E(st["paras"][0][:140]), nm, (" | " + st["place"]) if st["place"] else "",
            fp, ('<span>Last Updated: %s</span>' % st["upd"]) if st["upd"] else "", ps(st["paras"]))
        return shell("%s | %s" % (st["title"], ORG), main, head, "node")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", extra="", node="taxonomy"):
        s.non(path, shell("%s | %s" % (title, ORG), main, og(kind, title, s.url(path), "", ORG, extra, "en_IN"), node))

    li = "".join('<div class="cardlist"><h2><a href="%s">%s</a></h2><p>%s</p></div>' % (st["path"], E(st["title"]), E(st["paras"][0][:110] + "...")) for st in A)
    page("/", "Business News, Stock Market Today, Sensex, Nifty | The Market Mirror", '<div class="top-stories">%s</div><div class="market-widget"><a href="/markets/stock-market-live/">Stock Market LIVE</a></div>' % li, node="frontpage")
    page("/markets/", "Markets News", '<h1>Markets</h1>' + li)
    page("/markets/stock-market-live/", "Stock Market Today LIVE: Sensex, Nifty, top gainers and losers",
         '<h1>Stock Market LIVE</h1><table class="index-table"><tr><th>Index</th><th>Value</th><th>Change</th></tr><tr><td>SENSEX</td><td>74,728.40</td><td>+612.15 (0.83%)</td></tr>'
         '<tr><td>NIFTY 50</td><td>22,646.10</td><td>+186.35 (0.83%)</td></tr><tr><td>NIFTY BANK</td><td>48,512.70</td><td>+702.40 (1.47%)</td></tr></table>'
         '<h2>Top Gainers</h2><table><tr><td>ICICI Bank</td><td>1,262.30</td><td>+2.9%</td></tr><tr><td>Infosys</td><td>1,642.05</td><td>+2.4%</td></tr></table>'
         '<h2>Top Losers</h2><table><tr><td>Tata Motors</td><td>652.10</td><td>-1.8%</td></tr><tr><td>Nestle India</td><td>2,216.60</td><td>-0.9%</td></tr></table><p class="disclaimer">Data delayed by 15 minutes.</p>')
    page("/commodities/gold-rate-today/", "Gold Rate Today: 22 carat and 24 carat gold price in India",
         '<h1>Gold Rate Today</h1><table class="rate-table"><tr><th>City</th><th>22K (10 gm)</th><th>24K (10 gm)</th></tr><tr><td>Mumbai</td><td>\u20b979,050</td><td>\u20b986,240</td></tr>'
         '<tr><td>Delhi</td><td>\u20b979,200</td><td>\u20b986,390</td></tr><tr><td>Chennai</td><td>\u20b979,050</td><td>\u20b986,240</td></tr><tr><td>Kolkata</td><td>\u20b979,050</td><td>\u20b986,240</td></tr></table>'
         '<p>Gold prices are indicative and do not include GST, TCS and other levies.</p>')
    page("/topic/rbi-monetary-policy/", "RBI Monetary Policy: Latest News",
         '<h1>RBI Monetary Policy</h1><p class="topic-intro">Latest news, analysis and updates on the Reserve Bank of India\'s repo rate decisions and monetary policy committee meetings.</p>'
         '<div class="cardlist"><h2><a href="%s">%s</a></h2></div><div class="cardlist"><h2><a href="%s">%s</a></h2></div>' % (A[0]["path"], E(A[0]["title"]), A[2]["path"], E(A[2]["title"])))
    page("/author/ananya-iyer/", "Ananya Iyer",
         '<div class="author-profile"><img src="/sites/default/files/authors/ananya-iyer.jpg" alt="Ananya Iyer"><h1>Ananya Iyer</h1><p class="designation">Senior Correspondent, Mumbai</p>'
         '<p>Ananya covers equity markets, mutual funds and the Securities and Exchange Board of India. She has reported on Dalal Street since 2016.</p></div>'
         '<h2>Stories by Ananya Iyer</h2><div class="cardlist"><h3><a href="%s">%s</a></h3><span>Mar 11 2025</span></div>' % (A[0]["path"], E(A[0]["title"])), kind="profile", node="author")
    page("/e-paper/", "E-Paper",
         '<h1>The Market Mirror E-Paper</h1><p>Read the print edition online, page by page. Editions: Mumbai, New Delhi, Bengaluru, Chennai, Kolkata, Ahmedabad.</p><p>Available with Digital Premium and Print + Digital plans.</p><a class="btn" href="/subscription-plans/">View plans</a>')
    page("/subscription-plans/", "Subscription Plans",
         '<h1>Choose your plan</h1><div class="plans"><div class="plan"><h2>Digital</h2><p class="price">\u20b9249 / month</p><p>\u20b91,999 / year</p><ul><li>Unlimited premium stories</li><li>Portfolio tools</li></ul></div>'
         '<div class="plan"><h2>Digital Premium</h2><p class="price">\u20b93,499 / year</p><ul><li>Everything in Digital</li><li>E-Paper</li><li>Research reports</li></ul></div>'
         '<div class="plan"><h2>Print + Digital</h2><p class="price">\u20b95,999 / year</p></div></div><p class="terms">Prices include GST. Auto-renewal can be turned off any time.</p>', node="subscribe")
    page("/podcasts/", "Podcasts",
         '<h1>Podcasts</h1><div class="podcast-card"><h2><a href="/podcasts/market-minute-march-11-2025/">Market Minute</a></h2><p>A five-minute wrap of the day\'s markets, every trading day at 6 PM.</p></div>'
         '<div class="podcast-card"><h2>The Balance Sheet</h2><p>Weekly conversations with founders and investors.</p></div>')
    page("/podcasts/market-minute-march-11-2025/", "Market Minute: Banks lead Sensex rebound",
         '<div class="podcast-episode"><h1>Market Minute: Banks lead Sensex rebound</h1><audio controls src="/sites/default/files/podcasts/mm-20250311.mp3"></audio>'
         '<p>Why banks and IT stocks bounced today, and what to watch in Wednesday\'s inflation data. 5 min listen.</p></div>',
         extra=jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Market Minute: Banks lead Sensex rebound", "datePublished": "2025-03-11", "duration": "PT5M"}), node="podcast")
    page("/careers/", "Careers at The Market Mirror",
         '<h1>Work with us</h1><p>We are looking for curious, accurate journalists and technologists.</p><div class="job"><h2>Senior Correspondent, Banking (Mumbai)</h2><p>5+ years covering banks or NBFCs. Apply by March 31.</p></div>'
         '<div class="job"><h2>Data Journalist (New Delhi)</h2><p>Python or R, strong with public datasets.</p></div><div class="job"><h2>Sub-Editor, Print Desk (Chennai)</h2></div><p>Send your CV to careers@marketmirror.example</p>', node="careers")
    page("/brand-connect/", "Brand Connect",
         '<h1>Brand Connect</h1><p class="disclaimer">Brand Connect initiatives are consumer connect programmes by marketers. The Market Mirror newsroom is not involved in creating this content.</p>'
         '<div class="cardlist"><h2>How a Pune startup is making EV charging easy for housing societies</h2><span class="sponsored">Sponsored</span></div>'
         '<div class="cardlist"><h2>Five ways to plan for your child\'s higher education</h2><span class="sponsored">In partnership with a mutual fund house</span></div>', node="sponsored")
    s.rss("/rss/latest.xml", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 6 Mainufer-Bote (de, regional paper, custom CMS)
def mainufer():
    s = Site(6)
    ORG = "Mainufer-Bote"
    A = [dict(path="/lokales/steinbach/stadtrat-stimmt-fuer-neue-mainfaehre-93581204.html",
              title="Stadtrat stimmt für neue Mainfähre", kicker="Steinbach",
              date="2025-03-11", iso="2025-03-11T06:00:00+01:00", stand="11.03.2025, 06:00 Uhr", authors=["Katrin Weber"],
              paras=["Die Fähre zwischen Steinbach und Großwelzheim bekommt einen Nachfolger. Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, ein neues Fährschiff mit Elektroantrieb zu bestellen.",
                     "Die alte „Marianne“ ist seit 1974 im Einsatz und hatte im vergangenen Sommer zweimal wochenlang wegen Motorschäden stillgestanden. Ersatzteile gibt es nach Angaben der Stadtwerke kaum noch.",
                     "Das neue Schiff soll rund 1,9 Millionen Euro kosten. Etwa die Hälfte davon übernimmt das Land aus einem Förderprogramm für klimafreundliche Mobilität. Den Rest teilen sich Steinbach und die Nachbargemeinde auf der bayerischen Seite.",
                     "„Die Fähre ist für viele Pendler und für den Radtourismus unverzichtbar“, sagte Bürgermeister Thomas Reuter (CDU). Täglich setzen im Sommer bis zu 1200 Menschen über.",
                     "Kritik kam von der FDP-Fraktion, die eine Ausschreibung für einen privaten Betreiber gefordert hatte. Ihr Antrag fand keine Mehrheit. Das neue Schiff soll im Frühjahr 2027 in Betrieb gehen."]),
         dict(path="/lokales/steinbach/baeckerei-hofmann-schliesst-nach-112-jahren-93578811.html",
              title="Bäckerei Hofmann schließt nach 112 Jahren", kicker="Traditionsbetrieb",
              date="2025-03-10", iso="2025-03-10T17:45:00+01:00", stand="10.03.2025, 17:45 Uhr", authors=["Jonas Albrecht"],
              paras=["Wenn am 29. März die letzten Brötchen über die Theke gehen, endet in der Steinbacher Altstadt ein Stück Ortsgeschichte. Die Bäckerei Hofmann in der Kirchgasse schließt nach 112 Jahren.",
                     "Bäckermeister Werner Hofmann ist 67 Jahre alt und führt den Betrieb in vierter Generation. Einen Nachfolger hat er trotz langer Suche nicht gefunden. „Meine Kinder haben andere Berufe, und junge Bäcker wollen sich heute nicht mehr um zwei Uhr nachts in die Backstube stellen“, sagt er.",
                     "Dazu kämen die gestiegenen Kosten für Energie und Mehl. Allein die Stromrechnung für die Öfen habe sich seit 2021 fast verdoppelt.",
                     "Viele Stammkunden haben in den vergangenen Tagen Abschied genommen. Besonders gefragt ist der Mainkuchen, ein Hefegebäck mit Apfel und Zimt, das Hofmanns Urgroßvater erfunden haben soll. Das Rezept will der Bäcker an den Heimatverein weitergeben.",
                     "Was aus dem Ladenlokal wird, ist noch offen. Der Eigentümer sucht nach eigenen Angaben einen Mieter aus dem Lebensmittelhandwerk."]),
         dict(path="/meinung/kommentar-beim-busverkehr-muss-der-kreis-nachlegen-93574420.html",
              title="Beim Busverkehr muss der Kreis nachlegen", kicker="Kommentar",
              date="2025-03-09", iso="2025-03-09T18:00:00+01:00", stand="09.03.2025, 18:00 Uhr", authors=["Martina Seidel"],
              paras=["Der neue Nahverkehrsplan des Kreises liest sich gut: mehr Verbindungen, bessere Anschlüsse, ein Rufbus für die Dörfer. Nur wer genauer hinschaut, merkt, dass die meisten Verbesserungen erst ab 2028 kommen sollen.",
                     "Für Schülerinnen und Schüler in Hausen oder Mühlbach heißt das: noch drei Jahre Warten am Bahnhof, weil der Bus fünf Minuten vor Ankunft des Zuges abfährt. Für ältere Menschen ohne Auto heißt das: noch drei Jahre Abhängigkeit von Nachbarn und Kindern.",
                     "Natürlich kostet guter Nahverkehr Geld, und der Kreishaushalt ist knapp. Aber einige Dinge kosten wenig. Fahrpläne aufeinander abzustimmen ist keine Frage von Millionen, sondern von Willen.",
                     "Der Kreistag berät den Plan Ende März. Er sollte ihn nicht durchwinken, sondern die schnellen Verbesserungen nach vorne ziehen. Die Menschen auf dem Land haben lange genug gewartet."])]
    NAV = [("/lokales/", "Lokales"), ("/meinung/", "Meinung"), ("/veranstaltungen/", "Veranstaltungen"), ("/traueranzeigen/", "Traueranzeigen"), ("/wetter/", "Wetter"),
           ("/e-paper/", "E-Paper"), ("/abo/", "Abo")]
    FOOT = [("/impressum/", "Impressum"), ("/newsletter/", "Newsletter"), ("/gewinnspiel/teilnahmebedingungen/", "Teilnahmebedingungen Gewinnspiele"), ("/autoren/katrin-weber/", "Katrin Weber")]

    def shell(title, main, head, typ):
        body = ('<div class="id-SiteWrapper id-Page--%s"><header class="id-SiteHeader"><div class="id-SiteHeader-brand"><a href="/" title="Mainufer-Bote"><img src="/assets/mainufer-bote-logo.svg" alt="Mainufer-Bote"></a>'
                '<span class="id-SiteHeader-claim">Die Zeitung für Steinbach und das Maintal</span></div>'
                '<nav class="id-SiteNav"><ul>%s</ul></nav><a class="id-SiteHeader-abo" href="/abo/">Jetzt abonnieren</a></header>\n'
                '<main class="id-SiteMain">%s</main>\n'
                '<footer class="id-SiteFooter"><ul>%s</ul><p>\u00a9 Mainufer Medien GmbH &amp; Co. KG 2025</p><p><a href="/impressum/">Impressum</a> \u00b7 Datenschutz \u00b7 Cookie-Einstellungen</p></footer></div>') % (
            typ, links(NAV), main, links(NAV + FOOT))
        return doc("de", title, head, body, "id-Body")

    def article(st):
        url = s.url(st["path"])
        n = st["authors"][0]
        head = og("article", "%s: %s" % (st["kicker"], st["title"]), url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta name="author" content="%s"><meta name="robots" content="index, follow, max-image-preview:large">' % (st["iso"], E(n)), "de_DE") + ld(
            "OpinionNewsArticle" if "/meinung/" in st["path"] else "NewsArticle", url, st["title"], st["iso"], None, [{"@type": "Person", "name": n}], ORG, s.host, inLanguage="de-DE")
        nm = '<a class="id-AuthorList-name" href="/autoren/katrin-weber/">%s</a>' % E(n) if n == "Katrin Weber" else '<span class="id-AuthorList-name">%s</span>' % E(n)
        main = ('<article class="id-Story"><header class="id-StoryElement-header"><p class="id-StoryElement-kicker">%s</p><h1 class="id-StoryElement-headline">%s</h1>'
                '<p class="id-StoryElement-leadText">%s</p><div class="id-Story-authors">Von: %s</div>'
                '<p class="id-Story-timestamp"><time datetime="%s">Stand: %s</time></p></header>'
                '<figure class="id-StoryElement-image"><img src="/bilder/2025/03/%s.jpg" alt=""><figcaption>\u00a9 Mainufer-Bote</figcaption></figure>'
                '<div class="id-StoryElement-body">%s</div><div class="id-Paywall-teaser">Mehr aus Ihrer Region? <a href="/newsletter/">Jetzt den Newsletter abonnieren</a></div></article>') % (
            E(st["kicker"]), E(st["title"]), E(st["paras"][0]), nm, st["iso"], st["stand"], st["path"][-13:-5], ps(st["paras"][1:], "id-StoryElement-paragraph"))
        return shell("%s: %s | Mainufer-Bote" % (st["kicker"], st["title"]), main, head, "Article")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", typ="Section", extra=""):
        s.non(path, shell("%s | Mainufer-Bote" % title, main, og(kind, title, s.url(path), "", ORG, extra, "de_DE"), typ))

    teas = "".join('<div class="id-Teaser"><a href="%s"><span class="id-Teaser-kicker">%s</span><h2 class="id-Teaser-headline">%s</h2></a><p>%s</p></div>' % (
        st["path"], E(st["kicker"]), E(st["title"]), E(st["paras"][0][:100] + "\u2026")) for st in A)
    page("/", "Mainufer-Bote: Nachrichten aus Steinbach und dem Maintal", '<section class="id-Front">%s</section>' % teas, typ="Home")
    page("/lokales/", "Lokales", '<h1 class="id-Section-title">Lokales</h1>' + teas)
    page("/meinung/", "Meinung", '<h1 class="id-Section-title">Meinung</h1><div class="id-Teaser"><a href="%s"><h2>%s</h2></a></div>' % (A[2]["path"], E(A[2]["title"])))
    page("/traueranzeigen/", "Traueranzeigen",
         '<h1>Traueranzeigen</h1><p>Hier finden Sie die aktuellen Traueranzeigen aus dem Mainufer-Boten. Eine Anzeige aufgeben können Sie online oder in unserer Geschäftsstelle.</p>'
         '<div class="traueranzeigen-liste"><div class="ta"><a href="/traueranzeigen/irmgard-schaefer/">Irmgard Schäfer</a> <span>* 12.05.1936 \u2020 06.03.2025</span></div>'
         '<div class="ta">Helmut Brand <span>* 03.11.1944 \u2020 04.03.2025</span></div><div class="ta">Erika Vogt geb. Lang <span>* 21.07.1931 \u2020 02.03.2025</span></div></div>')
    page("/traueranzeigen/irmgard-schaefer/", "Traueranzeige Irmgard Schäfer",
         '<div class="traueranzeige"><p class="ta-spruch"><i>Was man tief in seinem Herzen besitzt, kann man nicht durch den Tod verlieren.</i></p>'
         '<h1>Irmgard Schäfer</h1><p>geb. Krämer</p><p>* 12. Mai 1936 \u2020 6. März 2025</p>'
         '<p>In Liebe und Dankbarkeit nehmen wir Abschied von unserer Mutter, Oma und Uroma.</p><p>Gerd und Monika Schäfer<br>Sabine Schäfer-Roth mit Familie<br>sowie alle Angehörigen</p>'
         '<p>Die Trauerfeier findet am Freitag, dem 14. März 2025, um 13 Uhr in der Friedhofskapelle Steinbach statt.</p>'
         '<p class="ta-meta">Erschienen im Mainufer-Boten am 08.03.2025</p><div class="kondolenz"><a>Kerze anzünden</a></div></div>', typ="Obituary")
    page("/wetter/", "Wetter für Steinbach",
         '<h1>Wetter Steinbach am Main</h1><div class="wetter-heute"><span class="temp">9 \u00b0C</span> bedeckt, Wind aus Südwest 15 km/h</div>'
         '<table class="wetter-3tage"><tr><td>Mittwoch</td><td>11 \u00b0 / 3 \u00b0</td><td>Regenschauer</td></tr><tr><td>Donnerstag</td><td>13 \u00b0 / 4 \u00b0</td><td>heiter</td></tr><tr><td>Freitag</td><td>15 \u00b0 / 6 \u00b0</td><td>sonnig</td></tr></table>'
         '<p>Pegel Main (Steinbach): 2,14 m</p>')
    page("/veranstaltungen/", "Veranstaltungen in der Region",
         '<h1>Veranstaltungskalender</h1><ul class="termine"><li><a href="/veranstaltungen/fruehlingsmarkt-steinbach/">Frühlingsmarkt in der Altstadt</a>, Sa., 22.03., 10\u201318 Uhr</li>'
         '<li>Konzert des Musikvereins, So., 23.03., 17 Uhr, Stadthalle</li><li>Flohmarkt am Mainufer, Sa., 29.03., 8\u201314 Uhr</li></ul><p>Ihr Termin fehlt? Schreiben Sie an termine@mainufer-bote.example</p>')
    page("/veranstaltungen/fruehlingsmarkt-steinbach/", "Frühlingsmarkt in der Altstadt",
         '<div class="termin"><h1>Frühlingsmarkt in der Altstadt</h1><p>Samstag, 22. März 2025, 10 bis 18 Uhr</p><p>Ort: Marktplatz und Kirchgasse, Steinbach</p>'
         '<p>Rund 60 Stände mit Pflanzen, Kunsthandwerk und regionalen Spezialitäten. Der Eintritt ist frei.</p></div>',
         extra=jl({"@context": "https://schema.org", "@type": "Event", "name": "Frühlingsmarkt in der Altstadt", "startDate": "2025-03-22T10:00:00+01:00", "location": {"@type": "Place", "name": "Marktplatz Steinbach"}}), typ="Event")
    page("/e-paper/", "E-Paper",
         '<h1>Das E-Paper des Mainufer-Boten</h1><p>Die komplette Zeitung schon ab 23 Uhr am Vorabend lesen, mit allen Lokalausgaben, Beilagen und dem Archiv der letzten 30 Tage.</p>'
         '<a class="btn" href="/abo/">E-Paper bestellen</a><p>Für Abonnenten der gedruckten Zeitung nur 5,90 \u20ac im Monat zusätzlich.</p>')
    page("/abo/", "Abo-Angebote",
         '<h1>Unsere Abo-Angebote</h1><div class="abo-karten"><div class="abo"><h2>MB+ Digital</h2><p>4 Wochen für 0,99 \u20ac, danach 9,99 \u20ac monatlich</p></div>'
         '<div class="abo"><h2>E-Paper</h2><p>32,90 \u20ac monatlich</p></div><div class="abo"><h2>Zeitung + Digital</h2><p>54,90 \u20ac monatlich</p></div></div><p>Alle Preise inkl. MwSt. Monatlich kündbar.</p>', typ="Abo")
    page("/gewinnspiel/teilnahmebedingungen/", "Teilnahmebedingungen für Gewinnspiele",
         '<h1>Teilnahmebedingungen für Gewinnspiele</h1>' + ps([
             "1. Veranstalter der Gewinnspiele ist die Mainufer Medien GmbH & Co. KG, Hafenstraße 12, 63xxx Steinbach.",
             "2. Teilnahmeberechtigt sind alle Personen ab 18 Jahren mit Wohnsitz in Deutschland. Mitarbeiter des Verlags und deren Angehörige sind ausgeschlossen.",
             "3. Die Gewinner werden unter allen richtigen Einsendungen ausgelost und schriftlich benachrichtigt. Eine Barauszahlung der Gewinne ist nicht möglich.",
             "4. Der Rechtsweg ist ausgeschlossen. Die Daten der Teilnehmer werden ausschließlich zur Durchführung des Gewinnspiels verwendet und danach gelöscht."]), typ="Static")
    page("/impressum/", "Impressum",
         '<h1>Impressum</h1><p>Mainufer Medien GmbH &amp; Co. KG<br>Hafenstraße 12<br>Steinbach am Main</p><p>Geschäftsführer: Dr. Klaus Brenner</p>'
         '<p>Chefredakteurin: Martina Seidel (V.i.S.d.P.)<br>Stellv. Chefredakteur: Jonas Albrecht</p><p>Lokalredaktion: Katrin Weber, Stefan Krug, Lea Hartmann</p>'
         '<p>Registergericht: Amtsgericht Darmstadt, HRA 4412</p><p>Telefon: 06xxx 555-0 \u00b7 redaktion@mainufer-bote.example</p>', typ="Static")
    page("/autoren/katrin-weber/", "Katrin Weber",
         '<div class="id-Author"><img src="/autoren/katrin-weber.jpg" alt="Katrin Weber"><h1>Katrin Weber</h1><p class="id-Author-position">Redakteurin Lokales</p>'
         '<p>Katrin Weber berichtet seit 2015 für den Mainufer-Boten aus Steinbach und den Gemeinden am Main. Ihre Schwerpunkte sind Kommunalpolitik, Verkehr und Umwelt.</p></div>'
         '<h2>Artikel von Katrin Weber</h2><div class="id-Teaser"><a href="%s">%s</a></div>' % (A[0]["path"], E(A[0]["title"])), kind="profile", typ="Author")
    page("/newsletter/", "Newsletter",
         '<h1>Der Mainufer-Bote als Newsletter</h1><p>Jeden Morgen um 6 Uhr die wichtigsten Nachrichten aus Steinbach und dem Maintal in Ihrem Postfach, kostenlos.</p>'
         '<form><input type="email" placeholder="Ihre E-Mail-Adresse"><label><input type="checkbox"> Ich habe die Datenschutzerklärung gelesen.</label><button>Jetzt anmelden</button></form>')


# ====================================================================== 7 Regards (fr, weekly news magazine, WordPress + Yoast)
def regards():
    s = Site(7)
    ORG = "Regards"
    A = [dict(path="/societe/dans-les-cevennes-les-derniers-facteurs-a-pied/", cat=("Société", "/societe/"), genre="Reportage",
              title="Dans les Cévennes, les derniers facteurs à pied", shown="11 mars 2025 à 07h00",
              date="2025-03-11", iso="2025-03-11T07:00:00+01:00", authors=["Claire Dubois"],
              paras=["Il est sept heures et quart, et Bernard Vidal a déjà chargé sa sacoche. Dans les hameaux au-dessus de Saint-Jean-du-Gard, là où la route s'arrête, le courrier arrive encore à pied, comme il y a cinquante ans.",
                     "Ils sont trois, dans tout le département, à faire encore une partie de leur tournée sans voiture. Bernard, 58 ans, monte chaque jour près de 400 mètres de dénivelé pour desservir une douzaine de maisons de pierre accrochées à la pente.",
                     "« Les gens m'attendent, surtout les anciens. Parfois je suis la seule personne qu'ils voient de la journée », raconte-t-il en poussant le portail d'une bergerie restaurée. Il dépose une lettre, un journal, et prend des nouvelles d'une voisine malade.",
                     "La Poste assure qu'il n'est pas question de supprimer ces tournées, mais les syndicats s'inquiètent. Depuis 2019, deux tournées à pied du secteur ont été remplacées par des boîtes aux lettres regroupées en bas de la vallée.",
                     "Pour les habitants, la différence est énorme. « Descendre chercher son courrier, à 85 ans, avec ce chemin, c'est impossible l'hiver », explique Marguerite, qui vit seule depuis la mort de son mari.",
                     "Bernard partira à la retraite dans quatre ans. Il ne sait pas qui reprendra sa tournée. « Ce n'est pas un métier qu'on choisit pour l'argent », dit-il en redescendant, la sacoche vide."]),
         dict(path="/culture/la-maison-des-marees-un-premier-roman-dune-grande-justesse/", cat=("Culture", "/culture/"), genre="Critique",
              title="« La Maison des marées », un premier roman d'une grande justesse", shown="10 mars 2025 à 12h30",
              date="2025-03-10", iso="2025-03-10T12:30:00+01:00", authors=["Antoine Lefèvre"],
              paras=["Il y a des premiers romans qui veulent tout dire. Celui de Louise Kerhervé, au contraire, sait se taire au bon moment.",
                     "« La Maison des marées » raconte l'été où trois sœurs reviennent vider la maison de leur mère, sur une presqu'île du Finistère. Rien de spectaculaire : des cartons, des disputes, des souvenirs qui ne concordent pas.",
                     "Mais l'écriture, sèche et précise, fait de chaque objet une petite bombe. Une boîte de boutons, un ciré jaune, une liste de courses oubliée suffisent à faire remonter trente ans de non-dits.",
                     "On pourra reprocher à l'autrice une dernière partie un peu trop appuyée, où les secrets de famille se dénouent avec une facilité inattendue. C'est peu de chose au regard de ce qui précède.",
                     "« La Maison des marées », de Louise Kerhervé, éditions du Sillage, 224 pages, 20 euros."]),
         dict(path="/societe/helene-marchal-les-villes-moyennes-ont-ete-les-grandes-oubliees/", cat=("Société", "/societe/"), genre="Entretien",
              title="Hélène Marchal : « Les villes moyennes ont été les grandes oubliées »", shown="8 mars 2025 à 09h00",
              date="2025-03-08", iso="2025-03-08T09:00:00+01:00", authors=["Sophie Garnier"],
              paras=["Géographe à l'université de Tours, Hélène Marchal publie « Les Villes du milieu », une enquête sur les villes de 20 000 à 100 000 habitants. Elle y décrit des centres qui se vident et des périphéries qui s'étalent.",
                     "Regards : Pourquoi parler de villes « oubliées » ? Hélène Marchal : Parce que pendant trente ans, les politiques publiques ont misé sur les métropoles d'un côté et sur le monde rural de l'autre. Les villes moyennes sont tombées entre les deux.",
                     "Regards : Le programme « Action cœur de ville » n'a-t-il rien changé ? H. M. : Il a permis de rénover des places et des façades, c'est réel. Mais on ne ramène pas des habitants avec des pavés neufs. Il faut des emplois, des services publics, des médecins.",
                     "Regards : Que faudrait-il faire ? H. M. : Arrêter d'autoriser des zones commerciales en périphérie qui tuent les commerces du centre. Et accepter que ces villes ne redeviendront pas ce qu'elles étaient, mais peuvent être autre chose.",
                     "« Les Villes du milieu », d'Hélène Marchal, Presses du Val, 288 pages, 22 euros."])]
    NAV = [("/societe/", "Société"), ("/culture/", "Culture"), ("/podcasts/", "Podcasts"), ("/jeux/mots-croises/", "Mots croisés"), ("/boutique/", "Boutique"), ("/abonnement/", "S'abonner")]
    FOOT = [("/la-redaction/", "La rédaction"), ("/charte-deontologique/", "Charte déontologique"), ("/newsletters/", "Newsletters"), ("/partenaires/", "Contenus partenaires"),
            ("/tag/ruralite/", "Ruralité"), ("/auteur/claire-dubois/", "Claire Dubois")]

    def shell(title, main, head, bodycls):
        body = ('<div id="page" class="site"><header id="masthead" class="site-header"><div class="header-top"><a href="/abonnement/" class="btn-abo">S\'abonner</a><a href="/newsletters/">Newsletters</a></div>'
                '<div class="site-branding"><p class="site-title"><a href="/" rel="home">Regards</a></p><p class="site-description">L\'hebdomadaire qui prend le temps</p></div>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>\n'
                '<div id="content" class="site-content">%s</div>\n'
                '<footer id="colophon" class="site-footer"><ul class="footer-menu">%s</ul><div class="site-info">\u00a9 2025 Regards SAS \u2013 Tous droits réservés. Mentions légales \u2013 Gestion des cookies</div></footer></div>') % (
            links(NAV, "menu-item"), main, links(NAV + FOOT, "menu-item"))
        return doc("fr-FR", title, head + '<meta name="generator" content="WordPress 6.6.2">', body, bodycls)

    def yoast(url, name, typ="WebPage", art=None):
        g = [{"@type": typ, "@id": url, "url": url, "name": name, "inLanguage": "fr-FR", "isPartOf": {"@id": s.url("/#website")}},
             {"@type": "WebSite", "@id": s.url("/#website"), "url": s.url("/"), "name": ORG, "inLanguage": "fr-FR"}]
        if art:
            g.insert(0, art)
        return jl({"@context": "https://schema.org", "@graph": g})

    def article(st):
        url = s.url(st["path"])
        n = st["authors"][0]
        art = {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": n, "@id": s.url("/#/schema/person/" + n.lower().replace(" ", ""))},
               "headline": st["title"], "datePublished": st["iso"], "dateModified": st["iso"], "articleSection": [st["cat"][0]], "inLanguage": "fr-FR"}
        head = og("article", st["title"], url, st["paras"][0], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="author" content="%s">'
                  '<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Durée de lecture estimée"><meta name="twitter:data2" content="4 minutes">' % (
                      st["iso"], st["cat"][0], E(n), E(n)), "fr_FR") + yoast(url, st["title"], "WebPage", art)
        nm = '<a class="url fn n" href="/auteur/claire-dubois/">%s</a>' % E(n) if n == "Claire Dubois" else '<span class="fn n">%s</span>' % E(n)
        main = ('<main id="main" class="site-main"><article class="post type-post status-publish hentry category-%s"><header class="entry-header">'
                '<span class="cat-links"><a href="%s" rel="category tag">%s</a></span> <span class="genre">%s</span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta"><span class="byline">Par <span class="author vcard">%s</span></span> <span class="posted-on">Publié le <time class="entry-date published" datetime="%s">%s</time></span></div></header>'
                '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""></div>'
                '<div class="entry-content">%s</div><footer class="entry-footer"><span class="tags-links">Mots-clés : <a href="/tag/ruralite/" rel="tag">Ruralité</a></span></footer></article>'
                '<div class="abo-box"><p>Cet article vous a plu ? Regards vit grâce à ses abonnés. <a href="/abonnement/">Abonnez-vous dès 1 € le premier mois</a>.</p></div></main>') % (
            st["cat"][1].strip("/"), st["cat"][1], st["cat"][0], st["genre"], E(st["title"]), nm, st["iso"], st["shown"], st["path"].split("/")[-2][:18], ps(st["paras"]))
        return shell("%s - Regards" % st["title"], main, head, "post-template-default single single-post")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", typ="CollectionPage", bodycls="archive", extra=""):
        url = s.url(path)
        s.non(path, shell("%s - Regards" % title, '<main id="main" class="site-main">%s</main>' % main, og(kind, title, url, "", ORG, extra, "fr_FR") + yoast(url, title, typ), bodycls))

    def loop(items):
        return "".join('<article class="post"><span class="genre">%s</span><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-meta">Par %s \u2013 %s</div></article>' % (
            st["genre"], st["path"], E(st["title"]), E(st["authors"][0]), st["shown"].split(" à ")[0]) for st in items)
    WPP = dict(kind="article", typ="WebPage", bodycls="page-template-default page")
    page("/", "Regards \u2013 L'hebdomadaire qui prend le temps", '<section class="une">%s</section><section class="boutique-promo"><a href="/boutique/">Le hors-série « La France des villes moyennes » est en kiosque</a></section>' % loop(A), bodycls="home blog")
    page("/societe/", "Société", '<header class="page-header"><h1 class="page-title">Société</h1></header>' + loop([A[0], A[2]]))
    page("/culture/", "Culture", '<header class="page-header"><h1 class="page-title">Culture</h1><div class="archive-description"><p>Livres, cinéma, expositions : nos critiques.</p></div></header>' + loop([A[1]]))
    page("/tag/ruralite/", "Ruralité", '<header class="page-header"><h1 class="page-title">Étiquette : Ruralité</h1></header>' + loop([A[0], A[2]]))
    page("/auteur/claire-dubois/", "Claire Dubois",
         '<header class="page-header author-header"><img src="/wp-content/uploads/2022/09/claire-dubois-150x150.jpg" class="avatar" alt=""><h1 class="page-title">Claire Dubois</h1>'
         '<div class="author-description"><p>Grand reporter au service Société de Regards depuis 2017. Auparavant correspondante à Montpellier pour la presse quotidienne régionale. Elle s\'intéresse aux services publics dans les territoires ruraux.</p></div></header>' + loop([A[0]]),
         kind="profile", typ="ProfilePage")
    page("/abonnement/", "S'abonner à Regards",
         '<article class="page"><h1 class="entry-title">Abonnez-vous à Regards</h1><div class="entry-content"><div class="offres">'
         '<div class="offre"><h2>Numérique</h2><p class="prix">1 € le premier mois</p><p>puis 9,90 € par mois, sans engagement</p></div>'
         '<div class="offre"><h2>Intégrale</h2><p class="prix">19,90 € par mois</p><p>Le magazine chaque jeudi chez vous, les hors-séries et l\'accès numérique</p></div>'
         '<div class="offre"><h2>Étudiant</h2><p class="prix">4,90 € par mois</p></div></div><p>Offre réservée aux nouveaux abonnés en France métropolitaine.</p></div></article>', **WPP)
    page("/boutique/", "La boutique Regards",
         '<div class="woocommerce"><h1 class="page-title">Boutique</h1><ul class="products"><li class="product"><h2>Hors-série n\u00b0 18 : La France des villes moyennes</h2><span class="price">9,90 €</span><a class="button">Ajouter au panier</a></li>'
         '<li class="product"><h2>Anciens numéros</h2><span class="price">5,50 €</span></li><li class="product"><h2>Tote bag Regards</h2><span class="price">15,00 €</span></li>'
         '<li class="product"><h2>Coffret 10 ans de reportages</h2><span class="price">39,00 €</span></li></ul></div>', bodycls="woocommerce-page archive post-type-archive-product")
    page("/newsletters/", "Nos newsletters",
         '<article class="page"><h1 class="entry-title">Nos newsletters</h1><div class="entry-content"><p>Recevez gratuitement le meilleur de Regards.</p>'
         '<ul><li><b>La Lettre du jeudi</b> : le sommaire du nouveau numéro et l\'éditorial.</li><li><b>Regards Culture</b> : nos coups de cœur livres et cinéma, un dimanche sur deux.</li></ul>'
         '<form><input type="email" placeholder="Votre adresse e-mail"><button>Je m\'inscris</button></form></div></article>', **WPP)
    page("/podcasts/", "Podcasts",
         '<article class="page"><h1 class="entry-title">Podcasts</h1><div class="entry-content"><p><b>L\'Heure de Regards</b> : chaque semaine, un journaliste raconte les coulisses de son reportage.</p>'
         '<p><a href="/podcasts/lheure-de-regards-episode-41/">Épisode 41 : Sur la tournée du dernier facteur à pied</a></p></div></article>', **WPP)
    page("/podcasts/lheure-de-regards-episode-41/", "L'Heure de Regards, épisode 41 : Sur la tournée du dernier facteur à pied",
         '<article class="podcast"><h1 class="entry-title">Épisode 41 : Sur la tournée du dernier facteur à pied</h1><div class="entry-content">'
         '<iframe src="https://player.ausha.example/?showId=regards&amp;episode=41" height="220" width="100%"></iframe>'
         '<p>Claire Dubois a suivi Bernard Vidal sur les chemins des Cévennes. Elle raconte. 24 minutes.</p></div></article>', **WPP)
    page("/la-redaction/", "La rédaction",
         '<article class="page"><h1 class="entry-title">La rédaction</h1><div class="entry-content"><p>Directrice de la publication : Anne-Sophie Morel</p><p>Directeur de la rédaction : Thomas Leroy</p>'
         '<p>Rédactrice en chef adjointe : Isabelle Perrin</p><h2>Société</h2><p><a href="/auteur/claire-dubois/">Claire Dubois</a>, Sophie Garnier, Karim Benali</p>'
         '<h2>Culture</h2><p>Antoine Lefèvre, Julie Moreau</p><h2>Photo</h2><p>Lucas Fabre</p><p>Regards est édité par Regards SAS, 14 rue des Petites-Écuries, 75010 Paris. CPPAP 0327 C 88412.</p></div></article>', **WPP)
    page("/charte-deontologique/", "Charte déontologique",
         '<article class="page"><h1 class="entry-title">Notre charte déontologique</h1><div class="entry-content">' + ps([
             "Regards adhère à la Charte d'éthique professionnelle des journalistes de 1918, révisée en 2011, ainsi qu'à la Déclaration des devoirs et des droits des journalistes de Munich. La présente charte précise la manière dont notre rédaction applique ces principes au quotidien.",
             "Indépendance. La rédaction est seule juge des sujets qu'elle traite et de la manière de les traiter. Aucun actionnaire, annonceur ou partenaire ne peut intervenir sur le contenu éditorial. Les journalistes de Regards n'acceptent ni cadeaux, ni voyages offerts, ni rémunération de la part des personnes ou des organisations dont ils parlent.",
             "Vérification. Chaque information publiée est vérifiée, si possible auprès de plusieurs sources. Les citations sont fidèles. Les entretiens peuvent être relus par les personnes interrogées pour vérifier l'exactitude de leurs propos, mais pas pour les réécrire.",
             "Sources. Nous protégeons nos sources. L'anonymat n'est accordé que lorsqu'il est indispensable, et la rédaction en chef connaît toujours l'identité d'une source anonyme.",
             "Erreurs. Lorsque nous nous trompons, nous le reconnaissons. Les corrections sont signalées en bas de l'article concerné, avec la date de la modification.",
             "Séparation des genres. Les reportages, enquêtes et entretiens sont distingués des tribunes et des éditoriaux, qui sont signalés comme tels. Les contenus réalisés avec ou pour un partenaire commercial sont identifiés par la mention « Contenu partenaire » et ne sont jamais rédigés par les journalistes de la rédaction.",
             "Intelligence artificielle. Aucun article de Regards n'est écrit par un outil d'intelligence artificielle. Les illustrations générées par ordinateur, si nous devions en publier, seraient signalées comme telles.",
             "Un comité d'éthique de trois personnalités extérieures peut être saisi par tout lecteur à l'adresse deontologie@regards.example. Il rend un avis public chaque année."]) + '</div></article>', **WPP)
    page("/partenaires/", "Contenus partenaires",
         '<header class="page-header"><h1 class="page-title">Contenus partenaires</h1><div class="archive-description"><p>Ces contenus sont réalisés par notre régie publicitaire pour le compte de nos partenaires. La rédaction de Regards n\'a pas participé à leur réalisation.</p></div></header>'
         '<article class="post sponsored"><span class="label">Contenu partenaire</span><h2>Rénovation énergétique : cinq questions pour bien démarrer</h2><p>Proposé par une banque mutualiste</p></article>'
         '<article class="post sponsored"><span class="label">Contenu partenaire</span><h2>Le train de nuit, nouvelle façon de voyager</h2><p>Proposé par un opérateur ferroviaire</p></article>')
    page("/jeux/mots-croises/", "Mots croisés",
         '<article class="page"><h1 class="entry-title">Les mots croisés de Regards</h1><div class="entry-content"><p>Chaque semaine, une grille inédite de Jean-Paul Roux. Force 3.</p>'
         '<div class="grille" data-grid="2025-10"><iframe src="/jeux/grille.html?n=1042" width="100%" height="600"></iframe></div><p>Solution dans le numéro suivant.</p></div></article>', **WPP)
    s.sitemap([st["path"] for st in A], "/wp-admin/")
    s.rss("/feed/", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 8 El Heraldo Nacional (es, national daily, Arc XP)
def heraldo():
    s = Site(8)
    ORG = "El Heraldo Nacional"
    A = [dict(path="/espana/2025-03-11/el-gobierno-aprueba-un-plan-para-reducir-a-48-horas-la-espera-en-atencion-primaria.html", sec=("España", "/espana/"),
              title="El Gobierno aprueba un plan para reducir a 48 horas la espera en atención primaria",
              sub="El plan prevé contratar 4.000 médicos de familia hasta 2027 y limitar las citas telefónicas",
              date="2025-03-11", iso="2025-03-11T06:30:00+01:00", shown="11 mar 2025 - 06:30 CET", place="Madrid", authors=["Lucía Herrera"],
              paras=["El Consejo de Ministros aprobó este martes un plan de acción para la atención primaria que pretende que ningún paciente espere más de 48 horas para ver a su médico de familia, frente a los nueve días de media que registran algunas comunidades.",
                     "El plan, dotado con 1.200 millones de euros hasta 2027, prevé la contratación de unos 4.000 médicos y 3.000 enfermeras, mejoras salariales para las plazas de difícil cobertura en zonas rurales y la reducción de la carga burocrática en las consultas.",
                     "La ministra de Sanidad defendió en rueda de prensa que la atención primaria es «la puerta de entrada del sistema» y que su deterioro «acaba llenando las urgencias de los hospitales». Las comunidades autónomas, que tienen las competencias, deberán aplicar las medidas.",
                     "Varias consejerías gobernadas por el PP criticaron que el plan se haya aprobado sin pasar antes por el Consejo Interterritorial y reclamaron que la financiación llegue «sin condiciones».",
                     "Los sindicatos médicos recibieron el anuncio con cautela. «Llevamos años oyendo planes. Lo que falta son médicos, y eso no se arregla en un consejo de ministros», señaló el portavoz de la Confederación Estatal de Sindicatos Médicos."]),
         dict(path="/clima-y-medio-ambiente/2025-03-10/la-huerta-de-valencia-recupera-300-hectareas-de-cultivo-abandonadas.html", sec=("Clima y Medio Ambiente", "/espana/"),
              title="La huerta de Valencia recupera 300 hectáreas de cultivo abandonadas",
              sub="Un banco de tierras municipal pone en contacto a propietarios sin relevo con jóvenes agricultores",
              date="2025-03-10", iso="2025-03-10T13:15:00+01:00", shown="10 mar 2025 - 13:15 CET", place="Valencia", authors=["Javier Soler", "Marta Ibáñez"],
              paras=["Entre Alboraia y el barrio de Benimaclet, donde hace cinco años crecían las cañas y se acumulaban escombros, vuelven a verse filas de chufa, alcachofa y lechuga. Son parte de las 300 hectáreas de huerta que han vuelto a cultivarse gracias a un banco de tierras impulsado por el Ayuntamiento de Valencia.",
                     "El sistema es sencillo: propietarios mayores o sin herederos interesados ceden sus parcelas por un mínimo de cinco años y el Consell Agrari las adjudica a agricultores, en su mayoría menores de 40 años, que pagan un alquiler simbólico.",
                     "«Mi abuelo tenía tierra aquí, pero mi padre se fue a la fábrica. Yo he vuelto», cuenta Andreu Peris, de 31 años, que cultiva dos hanegadas de hortalizas ecológicas y vende en el mercado de Russafa.",
                     "La huerta de Valencia, reconocida por la FAO como Sistema Importante del Patrimonio Agrícola Mundial, perdió más de la mitad de su superficie desde los años sesenta por la expansión urbana.",
                     "Las organizaciones agrarias celebran la iniciativa pero advierten de que la rentabilidad sigue siendo baja. «Si el agricultor no puede vivir de lo que produce, la tierra volverá a quedarse vacía», resume la Unió de Llauradors."]),
         dict(path="/opinion/2025-03-09/la-vivienda-no-es-un-mercado-mas.html", sec=("Opinión", "/opinion/"),
              title="La vivienda no es un mercado más", sub="Sin un parque público de alquiler que pese de verdad, cualquier otra medida será un parche",
              date="2025-03-09", iso="2025-03-09T05:20:00+01:00", shown="09 mar 2025 - 05:20 CET", place=None, authors=["Carmen Aguirre"], opinion=True,
              paras=["Cada generación tiene su gran angustia material. La de mis padres fue encontrar un empleo estable; la de mis hijos es encontrar un lugar donde vivir.",
                     "España tiene un parque de vivienda social que apenas llega al 2,5% del total, frente al 30% de Países Bajos o el 24% de Austria. No es un accidente: durante décadas construimos vivienda protegida que al cabo de unos años pasaba al mercado libre.",
                     "Los topes a los alquileres, las ayudas a la entrada o las rebajas fiscales pueden aliviar situaciones concretas, pero no cambian la ecuación básica: hay más demanda que casas asequibles en las ciudades donde está el empleo.",
                     "La solución no es rápida ni barata. Requiere suelo público, financiación a largo plazo y, sobre todo, la decisión de que esas viviendas se queden públicas para siempre. Viena empezó hace cien años.",
                     "Mientras tanto, cada mes que pasa sin un acuerdo entre administraciones es otro mes en que miles de jóvenes retrasan su vida. La vivienda no puede seguir tratándose como un mercado más."])]
    NAV = [("/espana/", "España"), ("/opinion/", "Opinión"), ("/podcasts/", "Podcasts"), ("/el-tiempo/", "El tiempo"), ("/pasatiempos/crucigramas/", "Crucigramas"),
           ("/newsletters/", "Newsletters"), ("/suscripciones/", "Suscríbete")]
    FOOT = [("/estilo/principios-editoriales/", "Principios editoriales"), ("/hemeroteca/2025-03-11/", "Hemeroteca"), ("/noticias/vivienda/", "Vivienda"),
            ("/autor/lucia-herrera/", "Lucía Herrera"), ("/buscador/", "Buscador")]

    def shell(title, main, head, gc, typ):
        fus = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="el-heraldo";Fusion.deployment="903";'
               'Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"%s"};Fusion.spa=false;</script>') % (json.dumps(gc, ensure_ascii=False), typ)
        body = ('<header class="_df _pr"><div class="ep_h"><a class="ep_l" href="/" title="El Heraldo Nacional: el periódico global"><svg><title>El Heraldo Nacional</title></svg></a>'
                '<a class="ep_s" href="/suscripciones/">Suscríbete</a> <a href="/buscador/">Buscar</a></div><nav class="sm_n"><ul>%s</ul></nav></header>\n'
                '<main id="main-content">%s</main>\n'
                '<footer class="_g _g-xs _pr"><nav class="f_n"><ul>%s</ul></nav><p>\u00a9 EDICIONES HERALDO NACIONAL S.L. Aviso legal \u00b7 Política de cookies \u00b7 Publicidad</p></footer>') % (
            links(NAV), main, links(NAV + FOOT))
        return doc("es", title, head + fus, body, "")

    def article(st):
        url = s.url(st["path"])
        names = st["authors"]
        head = og("article", st["title"], url, st["sub"], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta name="author" content="%s"><meta property="article:author" content="%s">' % (
                      st["iso"], st["sec"][0], E(", ".join(names)), E(s.url("/autor/" + names[0].lower().replace(" ", "-").replace("í", "i") + "/"))), "es_ES") + ld(
            "OpinionNewsArticle" if st.get("opinion") else "NewsArticle", url, st["title"], st["iso"], None, P(names), ORG, s.host, alternativeHeadline=st["sub"], inLanguage="es")
        gc = {"type": "story", "canonical_url": st["path"], "headlines": {"basic": st["title"]}, "subheadlines": {"basic": st["sub"]}, "display_date": st["iso"],
              "credits": {"by": [{"type": "author", "name": n} for n in names]}}
        au = ['<a class="a_md_a_n" href="/autor/lucia-herrera/">%s</a>' % E(n) if n == "Lucía Herrera" else '<span class="a_md_a_n">%s</span>' % E(n) for n in names]
        main = ('<article class="a _g _g-lg _g-o"><header class="a_e"><div class="a_k"><a href="%s" class="a_k_n">%s</a></div><h1 class="a_t">%s</h1><h2 class="a_st">%s</h2></header>'
                '<div class="a_md"><div class="a_md_txt"><div class="a_md_a">%s</div><div class="a_md_f"><span>%s</span><a href="%s" data-date="%s" id="article_date_p">%s</a></div></div></div>'
                '<figure class="a_m"><img src="/resizer/%s.jpg" alt=""><figcaption class="a_m_p"><span>EFE</span></figcaption></figure>'
                '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">%s</div></article>') % (
            st["sec"][1], st["sec"][0], E(st["title"]), E(st["sub"]), " y ".join(au), (st["place"] + " - ") if st["place"] else "", st["path"], st["iso"], st["shown"],
            st["path"][-20:-5], ps(st["paras"]))
        return shell("%s | %s" % (st["title"], st["sec"][0]), main, head, gc, "content-api")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", typ="section-api", extra=""):
        s.non(path, shell("%s | El Heraldo Nacional" % title, main, og(kind, title, s.url(path), "", ORG, extra, "es_ES"), {"type": typ, "name": title}, typ))

    def arts(items):
        return "".join('<article class="c"><header class="c_h"><h2 class="c_t"><a href="%s">%s</a></h2><div class="c_a">%s</div></header><p class="c_d">%s</p></article>' % (
            st["path"], E(st["title"]), E(" y ".join(st["authors"])), E(st["sub"])) for st in items)
    page("/", "El Heraldo Nacional: el periódico global", '<div class="b-d">%s</div>' % arts(A))
    page("/espana/", "España", '<h1 class="b_h_t">España</h1>' + arts(A[:2]))
    page("/opinion/", "Opinión", '<h1 class="b_h_t">Opinión</h1>' + arts(A[2:]))
    page("/autor/lucia-herrera/", "Lucía Herrera",
         '<div class="b-au"><img src="/autores/lucia-herrera.jpg" alt=""><h1 class="b-au_n">Lucía Herrera</h1><p class="b-au_d">Periodista de la sección de España especializada en sanidad. Licenciada en Periodismo por la Universidad Complutense, trabajó en la agencia Europa Press antes de incorporarse a El Heraldo Nacional en 2016.</p>'
         '<p><a href="https://twitter.com/luciaherrera">@luciaherrera</a></p></div>' + arts(A[:1]), kind="profile", typ="author-api")
    page("/noticias/vivienda/", "Vivienda: últimas noticias",
         '<h1 class="b_h_t">Vivienda</h1><p class="b_h_d">Toda la información sobre el precio de la vivienda, los alquileres y las políticas de acceso a la vivienda en España.</p>' + arts(A[2:]), typ="tag-api")
    page("/hemeroteca/2025-03-11/", "Hemeroteca del 11 de marzo de 2025",
         '<h1>Hemeroteca: martes, 11 de marzo de 2025</h1><div class="hem">%s</div><p class="hem_nav"><span>Día anterior</span> \u00b7 <span>Día siguiente</span></p>' % arts(A[:1]), typ="archive-api")
    page("/suscripciones/", "Suscríbete a El Heraldo Nacional",
         '<h1>Suscríbete y accede a todo el periodismo de El Heraldo Nacional</h1><div class="planes"><div class="plan"><h2>Digital</h2><p>1 € el primer mes</p><p>Después 12 €/mes</p></div>'
         '<div class="plan"><h2>Digital Anual</h2><p>99 €/año</p></div><div class="plan"><h2>Papel fin de semana + Digital</h2><p>19,99 €/mes</p></div></div><p>IVA incluido. Cancela cuando quieras.</p>')
    page("/newsletters/", "Newsletters",
         '<h1>Newsletters de El Heraldo Nacional</h1><ul class="nl"><li><h2>La Mañana</h2><p>Las claves del día antes de las 7.00. De lunes a viernes.</p></li>'
         '<li><h2>Clima</h2><p>Una vez a la semana, lo más importante sobre la crisis climática.</p></li><li><h2>Opinión</h2><p>Las columnas más leídas, cada sábado.</p></li></ul>'
         '<form><input type="email" placeholder="Tu correo electrónico"><button>Apuntarme</button></form>')
    page("/podcasts/", "Podcasts",
         '<h1>Podcasts</h1><div class="pod"><h2><a href="/podcasts/hoy-en-el-heraldo/2025-03-11/">Hoy en El Heraldo</a></h2><p>El podcast diario de actualidad. Cada mañana, una historia contada por quien la ha reportado.</p></div>')
    page("/podcasts/hoy-en-el-heraldo/2025-03-11/", "Médicos de familia: ¿llega el plan a tiempo?",
         '<div class="pod_e"><h1>Médicos de familia: ¿llega el plan a tiempo?</h1><div class="pod_p"><audio controls src="/podcasts/hoy/20250311.mp3"></audio></div>'
         '<p>Lucía Herrera explica el nuevo plan para la atención primaria. Presenta: Álvaro Mena. 21 minutos.</p></div>', typ="podcast-api",
         extra=jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Médicos de familia: ¿llega el plan a tiempo?", "datePublished": "2025-03-11", "partOfSeries": {"@type": "PodcastSeries", "name": "Hoy en El Heraldo"}}))
    page("/estilo/principios-editoriales/", "Principios editoriales",
         '<h1>Principios editoriales</h1>' + ps([
             "El Heraldo Nacional se define como un periódico independiente, de calidad, con vocación de servicio público y comprometido con la democracia parlamentaria y el Estado de derecho.",
             "El periódico rechaza cualquier presión de personas, partidos políticos, grupos económicos, religiosos o ideológicos que traten de poner la información al servicio de sus intereses. Esta independencia y la no manipulación de las noticias son una garantía para los derechos de los lectores.",
             "La información y la opinión estarán claramente diferenciadas entre sí. Los textos de opinión se identifican como tales y reflejan únicamente el criterio de sus autores, salvo los editoriales, que expresan la posición del periódico.",
             "Los errores se corrigen de manera rápida y visible. La Defensora del Lector atiende las quejas y consultas de los lectores y publica sus conclusiones periódicamente.",
             "Las fuentes anónimas solo se utilizan cuando la información es relevante y no puede obtenerse de otro modo. La dirección conoce siempre su identidad. Los periodistas no aceptan regalos ni invitaciones que puedan comprometer su independencia."]), kind="article", typ="page-api")
    page("/el-tiempo/", "El tiempo en Madrid",
         '<h1>El tiempo en Madrid</h1><div class="tmp"><span class="g">14º</span> Nuboso. Viento SO 20 km/h. Probabilidad de lluvia 60%.</div><ul><li>Miércoles: 16º / 7º, lluvia débil</li><li>Jueves: 18º / 8º, intervalos nubosos</li><li>Viernes: 19º / 9º, despejado</li></ul><p>Fuente: AEMET</p>')
    page("/pasatiempos/crucigramas/", "Crucigramas",
         '<h1>Crucigramas</h1><p>Un crucigrama nuevo cada día, de Tomás Vera. Los de lunes son los más fáciles; los de domingo, los más difíciles.</p><div class="juego"><iframe src="/pasatiempos/juego.html?t=crucigrama" width="100%" height="640"></iframe></div>')
    page("/buscador/", "Buscador", '<h1>Buscador</h1><form action="/buscador/"><input name="q" placeholder="Buscar en El Heraldo Nacional"><button>Buscar</button></form>', extra='<meta name="robots" content="noindex">')
    s.sitemap([st["path"] for st in A], "/buscador/")
    s.rss("/rss/portada.xml", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 9 Lariano (it, digital-native local, Ghost 5)
def lariano():
    s = Site(9)
    ORG = "Lariano"
    A = [dict(path="/battelli-da-aprile-tornano-le-corse-serali-tra-como-e-bellagio/", tag=("Cronaca", "/tag/cronaca/"),
              title="Battelli, da aprile tornano le corse serali tra Como e Bellagio", shown="11 mar 2025",
              date="2025-03-11", iso="2025-03-11T08:30:00+01:00", authors=["Giorgio Rinaldi"],
              paras=["Dopo due estati di tagli, da aprile tornano le corse serali dei battelli tra Como e Bellagio. Lo ha annunciato la Navigazione Laghi, che ha presentato ieri l'orario primavera-estate 2025.",
                     "L'ultima partenza da Como sarà alle 20.10 nei giorni feriali e alle 21.30 il sabato e la domenica. Da Bellagio l'ultimo battello per il capoluogo lascerà il pontile alle 21.45.",
                     "Le corse serali erano state sospese nel 2023 per la mancanza di personale: secondo i sindacati, mancavano una trentina tra marinai e capitani. La società spiega di aver assunto 24 persone negli ultimi mesi.",
                     "«È una buona notizia per chi lavora negli hotel e nei ristoranti del Centro Lago, che fino a ieri doveva tornare a casa in auto o con il bus», commenta Paola Cattaneo, titolare di una trattoria a Lezzeno.",
                     "Resta il nodo dei prezzi: il biglietto Como-Bellagio costa 12,60 euro. I pendolari chiedono da tempo un abbonamento mensile integrato con i bus, ma per ora la Regione non ha dato risposta."]),
         dict(path="/frana-sulla-regina-la-strada-riapre-a-senso-alternato/", tag=("Cronaca", "/tag/cronaca/"),
              title="Frana sulla Regina, la strada riapre a senso alternato", shown="10 mar 2025",
              date="2025-03-10", iso="2025-03-10T18:05:00+01:00", authors=["Chiara Bassi"],
              paras=["La statale Regina è di nuovo percorribile tra Argegno e Colonno, ma solo a senso unico alternato regolato da un semaforo. La strada era chiusa da sabato sera, quando una frana di sassi e fango era scesa dal versante dopo due giorni di pioggia.",
                     "Nessuno è rimasto ferito. I tecnici di Anas hanno lavorato tutta la domenica per liberare la carreggiata e mettere in sicurezza la parete con reti provvisorie.",
                     "«Il semaforo resterà almeno fino a fine mese, finché non avremo completato il disgaggio dei massi instabili», ha spiegato il responsabile dell'area. Nelle ore di punta si sono formate code fino a due chilometri.",
                     "I sindaci della zona tornano a chiedere la variante della Tremezzina e interventi strutturali sul versante. «Ogni volta che piove forte siamo isolati», dice il sindaco di Colonno."]),
         dict(path="/il-caffe-piu-antico-di-menaggio-cambia-gestione-ma-non-nome/", tag=("Comunità", "/tag/comunita/"),
              title="Il caffè più antico di Menaggio cambia gestione ma non nome", shown="8 mar 2025",
              date="2025-03-08", iso="2025-03-08T10:00:00+01:00", authors=["Giorgio Rinaldi", "Chiara Bassi"],
              paras=["Il Caffè Centrale di Menaggio, aperto sul lungolago nel 1891, non chiuderà. Dopo settimane di voci, la famiglia Sala ha trovato chi prenderà in mano il locale: due fratelli di Griante, che lavoravano in un hotel di Cadenabbia.",
                     "«Non cambieremo niente di quello che conta: il bancone, le sedie, la torta di pane», promette Matteo Bianchi, 34 anni. Il fratello Luca aggiunge che resteranno anche i due camerieri storici.",
                     "Rosa Sala, 79 anni, ha gestito il caffè per più di mezzo secolo insieme al marito, scomparso due anni fa. «Volevo che restasse un posto per la gente del paese, non solo per i turisti», racconta.",
                     "Il passaggio di consegne è previsto per il primo aprile. Per salutare la signora Rosa, il paese organizza una festa in piazza domenica 30 marzo."])]
    NAV = [("/", "Home"), ("/tag/cronaca/", "Cronaca"), ("/tag/comunita/", "Comunità"), ("/eventi/", "Eventi"), ("/newsletter/", "Newsletter"), ("/chi-siamo/", "Chi siamo"), ("/sostienici/", "Sostienici")]
    FOOT = [("/segnalazioni/", "Segnalaci una notizia"), ("/lavora-con-noi/", "Lavora con noi"), ("/author/giorgio/", "Giorgio Rinaldi"), ("/podcast-lariano-settimana-10/", "Podcast")]

    def shell(title, main, head, bodycls):
        body = ('<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Lariano</a></div>'
                '<nav class="gh-head-menu"><ul class="nav">%s</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Accedi</a>'
                '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Iscriviti</a></div></div></header>\n'
                '<div class="site-content">%s</div>\n'
                '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Lariano</a> \u00a9 2025</section><nav class="site-footer-nav"><ul>%s</ul></nav>'
                '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>') % (
            links(NAV, "nav-item"), main, links(NAV + FOOT))
        return doc("it", title, head + '<meta name="generator" content="Ghost 5.108"><link rel="alternate" type="application/rss+xml" title="Lariano" href="%s">' % s.url("/rss/"), body, bodycls)

    def z(iso):
        return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def ghost_ld(url, typ, head, iso, author):
        o = {"@context": "https://schema.org", "@type": typ, "publisher": {"@type": "Organization", "name": ORG, "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/content/images/2024/01/logo.png")}},
             "headline": head, "url": url, "mainEntityOfPage": url}
        if iso:
            o.update(datePublished=z(iso), dateModified=z(iso))
        if author:
            o["author"] = {"@type": "Person", "name": author, "url": s.url("/author/%s/" % author.split()[0].lower()), "sameAs": []}
        return jl(o)

    def post(path, title, iso, authors, bodyhtml, tag=None, shown="", excerpt=""):
        url = s.url(path)
        head = og("article", title, url, excerpt, ORG, ('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (z(iso), z(iso)) if iso else "") +
                  ('<meta property="article:tag" content="%s">' % tag[0] if tag else "") +
                  ('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">' % E(authors[0]) if authors else ""), "it_IT") + ghost_ld(url, "Article", title, iso, authors[0] if authors else None)
        au = ", ".join('<a href="/author/giorgio/">%s</a>' % E(n) if n == "Giorgio Rinaldi" else E(n) for n in authors)
        byline = ('<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">%s</h4>'
                  '<div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min di lettura</span></div></div></div></div>') % (
            au, iso[:10], shown) if authors else ""
        main = ('<main id="site-main" class="site-main"><article class="article post %s"><header class="article-header gh-canvas">%s<h1 class="article-title">%s</h1>%s%s</header>'
                '<section class="gh-content gh-canvas">%s</section></article>'
                '<aside class="gh-cta"><p>Lariano è giornalismo locale indipendente, sostenuto dai lettori.</p><a href="#/portal/signup">Iscriviti gratis</a></aside></main>') % (
            ("tag-" + tag[1].split("/")[2]) if tag else "", ('<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="%s">%s</a></span></div>' % (tag[1], tag[0])) if tag else "",
            E(title), ('<p class="article-excerpt">%s</p>' % E(excerpt)) if excerpt and tag else "", byline, bodyhtml)
        return shell("%s" % title, main, head, "post-template" + (" tag-" + tag[1].split("/")[2] if tag else ""))

    for st in A:
        s.story(st, post(st["path"], st["title"], st["iso"], st["authors"], ps(st["paras"]), st["tag"], st["shown"], st["paras"][0][:120]))

    def page(path, title, main, pagecls="page-template", head=None):
        url = s.url(path)
        h = head if head is not None else og("website", title, url, "", ORG, "", "it_IT") + ghost_ld(url, "WebSite", title, None, None)
        s.non(path, shell("%s - Lariano" % title, main, h, pagecls))

    def gpage(path, title, bodyhtml):
        """A Ghost page: og:type article and Article JSON-LD as Ghost renders every page."""
        url = s.url(path)
        head = og("article", title, url, "", ORG, '<meta property="article:published_time" content="2023-06-01T09:00:00.000Z">', "it_IT") + ghost_ld(url, "Article", title, "2023-06-01T11:00:00+02:00", "Giorgio Rinaldi")
        s.non(path, shell("%s" % title, '<main id="site-main" class="site-main"><article class="article page"><header class="article-header gh-canvas"><h1 class="article-title">%s</h1></header>'
                          '<section class="gh-content gh-canvas">%s</section></article></main>' % (E(title), bodyhtml), head, "page-template"))

    def feed(items):
        return '<div class="post-feed">%s</div>' % "".join(
            '<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/2025/03/%s.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="%s">'
            '<header class="post-card-header"><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time></footer></div></article>' % (
                st["path"], st["path"][1:12], st["path"], E(st["title"]), E(st["paras"][0][:100]), st["iso"][:10], st["shown"]) for st in items)
    page("/", "Lariano", '<main id="site-main" class="site-main outer"><div class="inner posts">%s</div></main>' % feed(A), "home-template")
    page("/tag/cronaca/", "Cronaca", '<main class="site-main outer"><section class="post-card post-card-large"><h1 class="article-title">Cronaca</h1><p>Strade, trasporti, ambiente: quello che succede sul lago.</p></section>%s</main>' % feed(A[:2]), "tag-template tag-cronaca")
    page("/tag/comunita/", "Comunità", '<main class="site-main outer"><h1 class="article-title">Comunità</h1>%s</main>' % feed(A[2:]), "tag-template tag-comunita")
    page("/author/giorgio/", "Giorgio Rinaldi",
         '<main class="site-main outer"><section class="post-card post-card-large"><div class="post-card-content"><img class="author-profile-pic" src="/content/images/2023/06/giorgio.jpg" alt="Giorgio Rinaldi">'
         '<h1 class="site-title">Giorgio Rinaldi</h1><div class="author-profile-meta"><p class="author-profile-bio">Fondatore di Lariano. Vent\'anni di cronaca locale tra Como e Lecco, prima alla Provincia e poi da freelance. Vive a Tremezzo.</p>'
         '<div class="author-profile-location">\U0001F4CD Tremezzina</div></div></div></section>%s</main>' % feed([A[0], A[2]]), "author-template author-giorgio",
         og("profile", "Giorgio Rinaldi - Lariano", s.url("/author/giorgio/"), "", ORG, "", "it_IT") + jl({"@context": "https://schema.org", "@type": "Person", "name": "Giorgio Rinaldi", "url": s.url("/author/giorgio/")}))
    gpage("/chi-siamo/", "Chi siamo", ps([
        "Lariano è un giornale locale indipendente nato nel 2023 sulle rive del lago di Como. Raccontiamo i paesi del lago, da Cernobbio a Colico, con poche notizie al giorno ma fatte bene.",
        "Non abbiamo editori alle spalle né pubblicità invasiva. Ci sostengono i lettori che si abbonano e alcune fondazioni del territorio, che non hanno alcuna voce sulle nostre scelte editoriali.",
        "Ogni mattina la nostra newsletter arriva a oltre 9.000 persone. Se trovi un errore in un nostro articolo, scrivici: lo correggeremo e lo segnaleremo in fondo al pezzo.",
        "La redazione: Giorgio Rinaldi (direttore responsabile), Chiara Bassi, Davide Molteni. Testata registrata presso il Tribunale di Como, n. 4/2023."]))
    gpage("/sostienici/", "Sostienici", '<p>Lariano è gratuito per tutti, grazie a chi sceglie di sostenerlo.</p><div class="kg-card kg-product-card"><h4>Lettore</h4><p>4 € al mese</p></div>'
          '<div class="kg-card kg-product-card"><h4>Sostenitore</h4><p>8 € al mese o 80 € all\'anno, con invito agli incontri in redazione</p></div><a class="kg-btn" href="#/portal/signup">Abbonati</a>')
    gpage("/newsletter/", "La newsletter di Lariano", '<p>Ogni mattina alle 7, le notizie del lago in cinque minuti di lettura. Gratis.</p><div class="kg-card kg-signup-card"><form data-members-form="signup"><input data-members-email type="email" placeholder="La tua email"><button>Iscriviti</button></form></div>')
    gpage("/eventi/", "Eventi sul lago", '<p>Il calendario degli appuntamenti della settimana, aggiornato ogni venerdì.</p><ul><li><strong>15 marzo</strong>, Como: mercatino dell\'antiquariato in piazza San Fedele</li>'
          '<li><strong>22 marzo</strong>, Bellagio: concerto di primavera a Villa Serbelloni</li><li><strong>30 marzo</strong>, Menaggio: festa in piazza per la signora Rosa</li></ul><p>Segnala un evento a eventi@lariano.example</p>')
    gpage("/segnalazioni/", "Segnalaci una notizia", '<p>Hai visto qualcosa che dovremmo raccontare? Scrivici. Leggiamo tutto, e non pubblichiamo il tuo nome senza il tuo permesso.</p>'
          '<form><label>Nome<input></label><label>Email<input type="email"></label><label>La tua segnalazione<textarea></textarea></label><button>Invia</button></form><p>Oppure scrivi su WhatsApp al 333 555 0199.</p>')
    gpage("/lavora-con-noi/", "Lavora con noi", '<p>Cerchiamo un giornalista o una giornalista per la zona dell\'Alto Lago, part-time, con partita IVA.</p><p>Requisiti: iscrizione all\'Ordine (pubblicisti o professionisti), conoscenza del territorio, patente B.</p><p>Manda il tuo CV e tre articoli a redazione@lariano.example entro il 31 marzo.</p>')
    ep = "/podcast-lariano-settimana-10/"
    s.non(ep, post(ep, "Lariano la settimana, puntata 10", "2025-03-08T12:00:00+01:00", ["Chiara Bassi"],
                   '<figure class="kg-card kg-audio-card"><audio src="/content/media/2025/03/lariano-settimana-10.mp3" preload="metadata"></audio><div class="kg-audio-title">Lariano la settimana #10</div></figure>'
                   '<p>Battelli serali, la frana sulla Regina e il Caffè Centrale. 18 minuti.</p>', None, "8 mar 2025"))
    s.sitemap(["/"] + [st["path"] for st in A] + ["/chi-siamo/", "/sostienici/", "/newsletter/", "/eventi/", ep], "/ghost/")
    s.rss("/rss/", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 10 Omroep Rivierland (nl, regional public broadcaster, Next.js)
def rivierland():
    s = Site(10)
    ORG = "Omroep Rivierland"
    A = [dict(path="/nieuws/2041873/hoogwater-in-de-waal-uiterwaarden-bij-zaltbommel-onder-water", regio="Zaltbommel",
              title="Hoogwater in de Waal: uiterwaarden bij Zaltbommel onder water", shown="11 maart 2025, 07:12",
              date="2025-03-11", iso="2025-03-11T07:12:00+01:00", authors=["Sanne de Wit"],
              paras=["Het water in de Waal is de afgelopen dagen flink gestegen. Bij Zaltbommel staan de uiterwaarden inmiddels grotendeels onder water en zijn de wandelpaden langs de rivier afgesloten.",
                     "Rijkswaterstaat verwacht dat het water bij Tiel woensdag een hoogte bereikt van ongeveer 12,40 meter boven NAP. Dat is hoog, maar volgens de waterbeheerder is er geen gevaar voor de dijken.",
                     "Het hoge water komt door langdurige regen in Duitsland en Zwitserland en smeltende sneeuw in de Alpen. \"Dit zien we vaker in het voorjaar, al is het dit jaar wat hoger dan gemiddeld\", zegt een woordvoerder van Waterschap Rivierenland.",
                     "Boeren met vee in de uiterwaarden hebben hun dieren op tijd naar hoger gelegen land gebracht. De veerpont tussen Zaltbommel en Brakel vaart voorlopig niet, omdat de oprit onder water staat.",
                     "Het waterschap vraagt mensen om niet op de kribben te lopen en kinderen en honden weg te houden van het water. De stroming is op dit moment veel sterker dan normaal."]),
         dict(path="/nieuws/2041790/boeren-in-de-bommelerwaard-boos-over-nieuwe-mestregels", regio="Bommelerwaard",
              title="Boeren in de Bommelerwaard boos over nieuwe mestregels", shown="10 maart 2025, 16:30",
              date="2025-03-10", iso="2025-03-10T16:30:00+01:00", authors=["Pieter van Dam", "Sanne de Wit"],
              paras=["Melkveehouders in de Bommelerwaard zijn boos over de nieuwe regels voor het uitrijden van mest. Door de strengere eisen mogen zij op een deel van hun land minder mest gebruiken dan vorig jaar.",
                     "Volgens LTO in de regio gaat het om honderden boeren die extra kosten moeten maken om hun mest af te voeren. \"Dat kost een gemiddeld bedrijf al snel twintig- tot dertigduizend euro per jaar\", zegt bestuurder Gert-Jan Verhoeven.",
                     "Melkveehouder Annemiek Boer uit Hurwenen moet volgend jaar vijftien koeien wegdoen om binnen de regels te blijven. \"Mijn opa had hier al koeien. Ik snap dat het water schoner moet, maar niemand vertelt ons hoe we het dan wél moeten doen.\"",
                     "Het ministerie van Landbouw zegt dat de regels nodig zijn om de waterkwaliteit te verbeteren en om aan Europese afspraken te voldoen. Er komt een regeling voor boeren die willen stoppen of verplaatsen.",
                     "Donderdagavond is er in Kerkdriel een informatiebijeenkomst voor boeren uit de regio."]),
         dict(path="/nieuws/2041655/basisschool-de-regenboog-in-tiel-krijgt-na-jaren-wachten-nieuw-gebouw", regio="Tiel",
              title="Basisschool De Regenboog in Tiel krijgt na jaren wachten nieuw gebouw", shown="9 maart 2025, 11:05",
              date="2025-03-09", iso="2025-03-09T11:05:00+01:00", authors=[],
              paras=["Basisschool De Regenboog in Tiel krijgt een nieuw gebouw. De gemeenteraad heeft daar 8,5 miljoen euro voor vrijgemaakt. De school zit al jaren in een verouderd pand met lekkende daken en slechte ventilatie.",
                     "Ouders voerden vorig jaar actie, omdat kinderen in de zomer les kregen in lokalen waar het meer dan dertig graden was. Ook moesten klassen in de winter soms met jassen aan zitten.",
                     "\"We zijn ontzettend blij\", zegt directeur Fatima El Amrani. \"Onze leerlingen en leraren verdienen een gezonde plek om te leren.\"",
                     "Het nieuwe gebouw komt op het grasveld naast de huidige school. Als alles volgens plan gaat, kunnen de kinderen na de zomervakantie van 2027 naar binnen. Het oude gebouw wordt daarna gesloopt."])]
    NAV = [("/", "Home"), ("/nieuws/", "Nieuws"), ("/sport/uitslagen/", "Sport"), ("/weer/", "Weer"), ("/verkeer/", "Verkeer"), ("/tv/gids/", "TV-gids"), ("/radio/", "Radio"), ("/video/", "Video")]
    FOOT = [("/tip/", "Tip de redactie"), ("/over-ons/", "Over ons"), ("/over-ons/journalistieke-code/", "Journalistieke code"), ("/nieuws/regio/tiel/", "Regio Tiel")]

    def shell(title, main, head, page, props):
        nd = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": {}, "buildId": "rv-7f3c21a", "isFallback": False, "gssp": True, "locale": "nl", "scriptLoader": []}
        body = ('<div id="__next"><div class="layout_root__Xk2p1"><header class="header_header__3LmQa"><a href="/" class="header_logo__Ab9r1" aria-label="Omroep Rivierland home"><svg viewBox="0 0 120 32"></svg></a>'
                '<nav class="header_nav__q0s8W"><ul>%s</ul></nav><a class="header_live__9kLm2" href="/radio/">Luister live</a></header>\n'
                '<main class="layout_main__0aZ1c">%s</main>\n'
                '<footer class="footer_footer__p2T0c"><ul>%s</ul><p>Omroep Rivierland is de regionale publieke omroep voor het Rivierengebied.</p><p>\u00a9 2025 Omroep Rivierland</p></footer></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script>') % (links(NAV), main, links(NAV + FOOT), json.dumps(nd, ensure_ascii=False).replace("</", "<\\/"))
        return doc("nl", title, head + '<meta name="next-head-count" content="14">', body, "")

    def article(st):
        url = s.url(st["path"])
        auth = P(st["authors"]) if st["authors"] else {"@type": "Organization", "name": ORG}
        head = og("article", st["title"], url, st["paras"][0], ORG, '<meta property="article:published_time" content="%s">' % st["iso"], "nl_NL") + ld(
            "NewsArticle", url, st["title"], st["iso"], None, auth, ORG, s.host, inLanguage="nl-NL")
        props = {"article": {"id": int(st["path"].split("/")[2]), "title": st["title"], "intro": st["paras"][0], "publishedAt": st["iso"], "region": st["regio"],
                             "authors": [{"name": n} for n in st["authors"]], "type": "article"}}
        by = '<p class="article_authors__d1Q0p">Door %s</p>' % E(" en ".join(st["authors"])) if st["authors"] else ""
        main = ('<article class="article_article__mK3xz"><div class="article_meta__u2Y1r"><a class="article_region__F0e2b" href="/nieuws/regio/tiel/">%s</a></div><h1 class="article_title__Zq8v0">%s</h1>'
                '%s<p class="article_date__L7dTe"><time datetime="%s">%s</time></p>'
                '<figure class="article_media__q9R2x"><img src="/_next/image?url=%%2Fmedia%%2F%s.jpg&amp;w=1080&amp;q=75" alt=""></figure>'
                '<div class="article_body__p1Nn3"><p class="article_intro__k2Z8s"><strong>%s</strong></p>%s</div>'
                '<aside class="article_tip__R5t1k">Heb jij een tip voor onze redactie? <a href="/tip/">Tip ons</a></aside></article>') % (
            E(st["regio"]), E(st["title"]), by, st["iso"], st["shown"], st["path"].split("/")[2], E(st["paras"][0]), ps(st["paras"][1:]))
        return shell("%s - Omroep Rivierland" % st["title"], main, head, "/nieuws/[id]/[slug]", props)

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, page_, props=None, kind="website", extra=""):
        s.non(path, shell("%s - Omroep Rivierland" % title, main, og(kind, title, s.url(path), "", ORG, extra, "nl_NL"), page_, props or {"page": {"title": title}}))

    lst = "".join('<a class="card_card__b8Kd0" href="%s"><span class="card_region__s1">%s</span><h2 class="card_title__x9">%s</h2><time>%s</time></a>' % (
        st["path"], E(st["regio"]), E(st["title"]), st["shown"].split(",")[0]) for st in A)
    page("/", "Nieuws uit het Rivierengebied", '<section class="home_top__c1">%s</section><section class="home_live__z2"><a href="/radio/">Nu op Radio Rivierland</a></section>' % lst, "/",
         {"items": [{"title": st["title"], "url": st["path"]} for st in A]})
    page("/nieuws/", "Nieuws", '<h1>Nieuws</h1>' + lst, "/nieuws")
    page("/nieuws/regio/tiel/", "Nieuws uit Tiel", '<h1>Tiel</h1><p>Al het nieuws uit de gemeente Tiel.</p><a class="card_card__b8Kd0" href="%s"><h2>%s</h2></a>' % (A[2]["path"], E(A[2]["title"])), "/nieuws/regio/[regio]")
    page("/tv/gids/", "TV-gids", '<h1>TV-gids</h1><ul class="gids"><li>17:00 Rivierland Vandaag</li><li>17:15 Op Pad in de Betuwe</li><li>17:30 Rivierland Vandaag (herhaling)</li>'
         '<li>18:00 Sport in de Regio</li><li>18:30 Het Weer</li><li>19:00 Rivierland Vandaag</li></ul><p>Omroep Rivierland TV is te zien via kabel kanaal 33 en via de website.</p>', "/tv/gids")
    page("/radio/", "Radio Rivierland live", '<h1>Radio Rivierland</h1><div class="player_player__k3"><audio controls src="https://stream.rivierland.example/radio.mp3"></audio></div>'
         '<p>Nu: Rivierland Middag met Kees van Oort. Muziek, nieuws en het weer uit de regio.</p>', "/radio")
    page("/weer/", "Het weer in het Rivierengebied", '<h1>Weer</h1><p class="weer_nu">10 graden, bewolkt, zuidwestenwind kracht 4.</p><ul><li>Woensdag: 12 graden, buien</li><li>Donderdag: 13 graden, zonnig</li><li>Vrijdag: 15 graden, half bewolkt</li></ul>'
         '<h2>Waterstanden</h2><table><tr><td>Waal bij Tiel</td><td>12,21 m +NAP</td><td>stijgend</td></tr><tr><td>Maas bij Heumen</td><td>10,02 m +NAP</td><td>dalend</td></tr></table>', "/weer")
    page("/verkeer/", "Verkeer", '<h1>Verkeer</h1><ul class="verkeer"><li>A15 Gorinchem richting Nijmegen: 4 km file tussen Geldermalsen en Tiel-West, vertraging 10 minuten</li>'
         '<li>A2 Den Bosch richting Utrecht: wegwerkzaamheden bij Zaltbommel, linkerrijstrook dicht</li><li>Veerpont Zaltbommel\u2013Brakel: uit de vaart wegens hoogwater</li></ul>', "/verkeer")
    page("/tip/", "Tip de redactie", '<h1>Tip de redactie</h1><p>Zie jij iets gebeuren of weet je een mooi verhaal? Laat het ons weten. Je kunt ook foto\'s en video\'s sturen.</p>'
         '<form><label>Naam<input></label><label>Telefoonnummer<input></label><label>Je tip<textarea></textarea></label><input type="file"><button>Verstuur</button></form><p>Of app ons op 06 555 01 23.</p>', "/tip")
    page("/over-ons/", "Over Omroep Rivierland", '<h1>Over ons</h1><p>Omroep Rivierland is sinds 1992 de regionale publieke omroep voor Tiel, Culemborg, Zaltbommel, Geldermalsen en de dorpen daaromheen. We maken radio, tv en online nieuws.</p>'
         '<p>Hoofdredacteur: Marieke Jansen. De redactie bestaat uit twaalf journalisten en een team van vrijwilligers.</p><p><a href="/over-ons/journalistieke-code/">Lees onze journalistieke code</a></p>', "/over-ons")
    page("/over-ons/journalistieke-code/", "Journalistieke code",
         '<h1>Journalistieke code</h1>' + ps([
             "Omroep Rivierland werkt volgens de Code van de Raad voor de Journalistiek en de Journalistieke Code van de regionale publieke omroepen. In deze code leggen we vast hoe we werken en wat je van ons mag verwachten.",
             "Onafhankelijk. Onze redactie beslist zelf waarover we berichten. Politici, bestuurders en adverteerders hebben daar geen invloed op. Medewerkers melden nevenfuncties en mogelijke belangenverstrengeling bij de hoofdredactie.",
             "Betrouwbaar. We controleren informatie voordat we die publiceren, bij voorkeur bij twee onafhankelijke bronnen. Wie in een bericht wordt beschuldigd, krijgt de kans om te reageren.",
             "Transparant. We vermelden waar onze informatie vandaan komt. Als we een fout maken, herstellen we die zo snel mogelijk en melden we onder het bericht wat er is aangepast.",
             "Privacy. We gaan zorgvuldig om met namen en beelden van slachtoffers, verdachten en minderjarigen. Verdachten noemen we met voornaam en eerste letter van de achternaam.",
             "Klachten. Heb je een klacht over onze berichtgeving? Mail naar hoofdredactie@rivierland.example. Kom je er met ons niet uit, dan kun je terecht bij de Raad voor de Journalistiek."]), "/over-ons/[slug]")
    page("/video/", "Video", '<h1>Video</h1><div class="video_grid__h2"><div class="video_item"><video poster="/media/v1.jpg"></video><p>Hoogwater bij Zaltbommel</p></div>'
         '<div class="video_item"><video poster="/media/v2.jpg"></video><p>Boeren in gesprek over mestregels</p></div><div class="video_item"><video poster="/media/v3.jpg"></video><p>Rivierland Vandaag, 10 maart</p></div></div>', "/video")
    page("/sport/uitslagen/", "Uitslagen amateurvoetbal", '<h1>Uitslagen</h1><h2>Zaterdag 3e klasse B</h2><table><tr><td>SV Kerkdriel</td><td>2-1</td><td>Brakel</td></tr><tr><td>GVV\'63</td><td>0-0</td><td>Tielse Boys</td></tr></table>'
         '<h2>Zondag 4e klasse C</h2><table><tr><td>Rood-Wit Zaltbommel</td><td>3-2</td><td>SV Zuilichem</td></tr><tr><td>Culemborg</td><td>1-4</td><td>Geldermalsen</td></tr></table><p>Uitslagen worden live bijgewerkt.</p>', "/sport/uitslagen")
    s.rss("/rss/nieuws.xml", ORG, [(st["path"], st["title"], rfc(st["iso"])) for st in A])


# ====================================================================== 11 Jornal do Cerrado (pt-BR, regional daily, custom CMS)
def cerrado():
    s = Site(11)
    ORG = "Jornal do Cerrado"
    A = [dict(path="/politica/noticia/2025/03/11/assembleia-aprova-reajuste-de-6-para-professores-da-rede-estadual.html", sec=("Política", "/politica/"),
              title="Assembleia aprova reajuste de 6% para professores da rede estadual",
              sub="Projeto do governo foi aprovado em segunda votação por 31 votos a 6; sindicato queria 10%",
              date="2025-03-11", iso="2025-03-11T06:00:00-03:00", shown="11/03/2025 06h00", upd="11/03/2025 09h12", authors=["Fernanda Costa"], place="Goiânia",
              paras=["A Assembleia Legislativa de Goiás aprovou na noite desta segunda-feira (10) o projeto do governo estadual que reajusta em 6% o salário dos professores da rede estadual. O texto passou em segunda votação por 31 votos a 6 e segue para sanção do governador.",
                     "O reajuste vale a partir de abril e alcança cerca de 38 mil professores ativos e aposentados. Segundo a Secretaria da Economia, o impacto na folha será de R$ 412 milhões por ano.",
                     "O Sindicato dos Trabalhadores em Educação reivindicava 10% e fez protesto em frente à Assembleia durante a votação. \"O reajuste não repõe nem a inflação dos últimos dois anos\", afirmou a presidente da entidade, Lúcia Barros.",
                     "O líder do governo na Casa, deputado Hélio Prado, disse que o índice é o possível dentro do limite de gastos com pessoal. \"É o maior reajuste concedido à categoria desde 2018\", argumentou.",
                     "A oposição tentou aprovar uma emenda que elevava o índice para 8%, mas foi derrotada. O sindicato marcou assembleia para sábado (15) para decidir se mantém o estado de greve."]),
         dict(path="/goias/noticia/2025/03/10/chuva-forte-alaga-avenidas-e-derruba-arvores-em-goiania.html", sec=("Goiás", "/politica/"),
              title="Chuva forte alaga avenidas e derruba árvores em Goiânia",
              sub="Defesa Civil registrou 42 milímetros em uma hora no Setor Sul; não há feridos",
              date="2025-03-10", iso="2025-03-10T19:40:00-03:00", shown="10/03/2025 19h40", upd=None, authors=["Rafael Nunes", "Bruna Takahashi"], place="Goiânia",
              paras=["Uma chuva forte no fim da tarde desta segunda-feira (10) alagou avenidas, derrubou pelo menos 14 árvores e deixou bairros de Goiânia sem energia. Segundo a Defesa Civil, choveu 42 milímetros em uma hora no Setor Sul.",
                     "A Marginal Botafogo chegou a ser interditada nos dois sentidos por causa do transbordamento do córrego. Motoristas ficaram presos no trânsito por mais de uma hora.",
                     "No Setor Pedro Ludovico, uma árvore caiu sobre dois carros estacionados. Ninguém se feriu. A Equatorial informou que cerca de 18 mil imóveis ficaram sem luz no pico do temporal.",
                     "O Instituto Nacional de Meteorologia mantém alerta amarelo para tempestades em Goiânia e região metropolitana até quarta-feira (12). A Defesa Civil pede que moradores evitem áreas de alagamento e não se abriguem debaixo de árvores."]),
         dict(path="/opiniao/coluna/2025/03/09/o-agro-precisa-olhar-para-a-agua.html", sec=("Opinião", "/colunistas/"),
              title="O agro precisa olhar para a água", sub="Sem cuidar das nascentes, o Cerrado vai perder aquilo que o tornou celeiro",
              date="2025-03-09", iso="2025-03-09T08:00:00-03:00", shown="09/03/2025 08h00", upd=None, authors=["Marcelo Antunes"], place=None, opinion=True,
              paras=["Goiás se acostumou a bater recordes de safra. Neste ano não deve ser diferente. Mas há um número que aparece menos nas comemorações: a vazão de rios como o Meia Ponte e o dos Bois caiu de forma consistente na última década.",
                     "O Cerrado é chamado de berço das águas porque nele nascem rios que abastecem oito das doze grandes bacias do país. Quando o cerrado nativo vira lavoura sem cuidado com as nascentes e as veredas, a chuva deixa de infiltrar e o rio sente.",
                     "Não se trata de opor produção e preservação. Os produtores mais atentos já sabem que sem água não há irrigação, e sem irrigação não há a segunda safra que sustenta a renda de muitas fazendas.",
                     "O que falta é escala: programas de recuperação de nascentes que saiam do papel, pagamento por serviços ambientais que compense quem preserva e fiscalização de verdade sobre os pivôs irregulares.",
                     "Marcelo Antunes é engenheiro agrônomo e professor da Universidade Federal de Goiás."])]
    NAV = [("/politica/", "Política"), ("/colunistas/", "Colunistas"), ("/fotos/", "Fotos"), ("/agenda-cultural/", "Agenda"), ("/loterias/", "Loterias"), ("/horoscopo/", "Horóscopo"), ("/assine/", "Assine")]
    FOOT = [("/expediente/", "Expediente"), ("/fale-conosco/", "Fale conosco"), ("/autor/fernanda-costa/", "Fernanda Costa")]

    def shell(title, main, head, typ):
        body = ('<div class="glb-grid"><header id="header-produto" class="header-cerrado"><div class="header-title"><a href="/" class="header-title-link">Jornal do Cerrado</a><span class="header-editoria">Goiás</span></div>'
                '<nav class="menu-produto"><ul>%s</ul></nav><a class="header-assine" href="/assine/">Assine</a></header>\n'
                '<main class="mc-body theme page-%s">%s</main>\n'
                '<footer class="footer-cerrado"><ul>%s</ul><p>\u00a9 Copyright 2000-2025 Editora Cerrado S.A. Todos os direitos reservados. Termos de uso \u2022 Política de privacidade</p></footer></div>') % (
            links(NAV), typ, main, links(NAV + FOOT))
        return doc("pt-BR", title, head, body, "")

    def article(st):
        url = s.url(st["path"])
        names = st["authors"]
        z = datetime.datetime.fromisoformat(st["iso"]).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        head = og("article", st["title"], url, st["sub"], ORG, '<meta property="article:published_time" content="%s"><meta property="article:section" content="%s">' % (z, st["sec"][0]), "pt_BR") + ld(
            "NewsArticle", url, st["title"], z, None, P(names), ORG, s.host, description=st["sub"], inLanguage="pt-BR")
        nm = " e ".join('<a href="/autor/fernanda-costa/">%s</a>' % E(n) if n == "Fernanda Costa" else '<strong>%s</strong>' % E(n) for n in names)
        frm = 'Por %s, Jornal do Cerrado%s' % (nm, (" \u2014 " + st["place"]) if st["place"] else "")
        main = ('<div class="content-head"><div class="content-head__editoria"><a href="%s">%s</a></div><h1 class="content-head__title" itemprop="headline">%s</h1>'
                '<h2 class="content-head__subtitle" itemprop="alternative-headline">%s</h2></div>'
                '<div class="content-publication-data"><p class="content-publication-data__from" title="%s">%s</p>'
                '<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="%s">%s</time>%s</p></div>'
                '<article itemprop="articleBody" class="protected-content">%s</article>') % (
            st["sec"][1], st["sec"][0], E(st["title"]), E(st["sub"]), E("Por " + " e ".join(names)), frm, z, st["shown"],
            (' Atualizado <time itemprop="dateModified">%s</time>' % st["upd"]) if st["upd"] else "",
            "".join('<div class="mc-column content-text active-extra-styles"><p class="content-text__container">%s</p></div>' % E(p) for p in st["paras"]))
        return shell("%s | %s | Jornal do Cerrado" % (st["title"], st["sec"][0]), main, head, "materia")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", typ="secao", extra=""):
        s.non(path, shell("%s | Jornal do Cerrado" % title, main, og(kind, title, s.url(path), "", ORG, extra, "pt_BR"), typ))

    feed = "".join('<div class="feed-post"><a class="feed-post-link" href="%s">%s</a><div class="feed-post-body-resumo">%s</div><span class="feed-post-datetime">%s</span></div>' % (
        st["path"], E(st["title"]), E(st["sub"]), st["shown"].split(" ")[0]) for st in A)
    page("/", "Jornal do Cerrado: notícias de Goiânia e de Goiás", '<div class="feed">%s</div>' % feed, typ="home")
    page("/politica/", "Política", '<h1 class="header-editoria--title">Política</h1><div class="feed">%s</div>' % feed)
    page("/colunistas/", "Colunistas", '<h1>Colunistas</h1><div class="colunista"><img src="/img/col/marcelo-antunes.jpg" alt=""><h2>Marcelo Antunes</h2><p>Agronegócio e meio ambiente, aos domingos</p><a href="%s">%s</a></div>'
         '<div class="colunista"><h2>Regina Falcão</h2><p>Bastidores da política goiana</p></div>' % (A[2]["path"], E(A[2]["title"])))
    page("/autor/fernanda-costa/", "Fernanda Costa",
         '<div class="autor-perfil"><img src="/img/autores/fernanda-costa.jpg" alt="Fernanda Costa"><h1>Fernanda Costa</h1><p class="autor-cargo">Repórter de Política</p>'
         '<p>Fernanda Costa cobre a Assembleia Legislativa e o governo estadual desde 2019. Formada em Jornalismo pela UFG.</p></div><h2>Últimas matérias</h2><div class="feed-post"><a href="%s">%s</a></div>' % (A[0]["path"], E(A[0]["title"])),
         kind="profile", typ="autor")
    page("/loterias/", "Resultados das loterias", '<h1>Loterias</h1><div class="loteria"><h2>Mega-Sena, concurso 2837</h2><p>Sorteio de 8/3/2025</p><p class="dezenas">05 \u2013 17 \u2013 23 \u2013 38 \u2013 44 \u2013 59</p><p>Acumulou! Prêmio estimado: R$ 62 milhões</p></div>'
         '<div class="loteria"><h2>Lotofácil, concurso 3338</h2><p>01 02 04 06 07 09 11 12 14 16 18 20 21 23 25</p></div><p>Confira sempre o resultado oficial da Caixa.</p>', typ="servico")
    page("/horoscopo/", "Horóscopo do dia", '<h1>Horóscopo</h1><div class="signo"><h2>Áries</h2><p>Dia favorável para resolver pendências no trabalho. Cuidado com gastos por impulso.</p></div>'
         '<div class="signo"><h2>Touro</h2><p>A família pede mais atenção. Uma conversa franca resolve um mal-entendido.</p></div><div class="signo"><h2>Gêmeos</h2><p>Boas notícias chegam por mensagem. Aproveite para retomar contatos.</p></div>', typ="servico")
    page("/assine/", "Assine o Jornal do Cerrado", '<h1>Assine e tenha acesso ilimitado</h1><div class="planos"><div class="plano"><h2>Digital</h2><p>R$ 1,90 no primeiro mês, depois R$ 19,90/mês</p></div>'
         '<div class="plano"><h2>Digital + Impresso fim de semana</h2><p>R$ 49,90/mês</p></div></div><p>Cancele quando quiser.</p>', typ="assinatura")
    page("/fotos/", "Fotos", '<h1>Galerias de fotos</h1><div class="galeria-card"><img src="/img/galerias/chuva1.jpg" alt=""><h2>Temporal em Goiânia: veja imagens</h2><span>18 fotos</span></div>'
         '<div class="galeria-card"><img src="/img/galerias/pecuaria.jpg" alt=""><h2>Exposição agropecuária abre as portas</h2><span>24 fotos</span></div>', typ="galerias")
    page("/agenda-cultural/", "Agenda cultural", '<h1>Agenda cultural</h1><ul><li><b>14/3</b> \u2013 Show de Maria Eugênia no Teatro Goiânia, 20h, R$ 60</li><li><b>15/3</b> \u2013 Feira do Cerrado na Praça Tamandaré, 9h às 17h, gratuita</li>'
         '<li><b>16/3</b> \u2013 Exposição "Veredas" no Museu de Arte, até 30/4</li></ul>', typ="agenda")
    page("/expediente/", "Expediente", '<h1>Expediente</h1><p>Diretor de Redação: Paulo Henrique Lacerda</p><p>Editora-chefe: Cláudia Menezes</p><p>Editores: Rafael Nunes (Cidades), Juliana Prado (Política), Tiago Rocha (Esportes)</p>'
         '<p>Editora Cerrado S.A. \u2014 Av. T-7, 1200, Setor Bueno, Goiânia (GO). CNPJ 01.234.567/0001-89</p>', typ="institucional")
    page("/fale-conosco/", "Fale conosco", '<h1>Fale conosco</h1><p>Envie sua sugestão de pauta, denúncia ou correção para a redação.</p><form><input placeholder="Nome"><input placeholder="E-mail"><select><option>Sugestão de pauta</option><option>Correção</option><option>Assinaturas</option></select><textarea></textarea><button>Enviar</button></form>'
         '<p>WhatsApp da redação: (62) 9 5555-0100</p>', typ="institucional")
    s.sitemap([st["path"] for st in A], "/busca/")


# ====================================================================== 12 Norrbladet (sv, regional paper, custom CMS)
def norrbladet():
    s = Site(12)
    ORG = "Norrbladet"
    A = [dict(path="/nyheter/a/Xy7kQp/kommunen-stanger-badhuset-i-storvik-i-ett-ar", label="Nyheter",
              title="Kommunen stänger badhuset i Storvik i ett år", shown="11 mars 2025 kl. 06.00", upd="11 mars 2025 kl. 10.14",
              date="2025-03-11", iso="2025-03-11T06:00:00+01:00", authors=["Anna Lindqvist"], roles=["Reporter"],
              paras=["Badhuset i Storvik stänger den 1 juni och hålls stängt i minst ett år. Det beslutade kommunstyrelsen på måndagen.",
                     "Byggnaden från 1972 behöver ett nytt tak, ny ventilation och ett nytt reningsverk för bassängvattnet. Renoveringen beräknas kosta 74 miljoner kronor.",
                     "– Vi har lappat och lagat i tio år. Nu går det inte längre om vi ska kunna ha ett badhus i Storvik i framtiden, säger kommunstyrelsens ordförande Lars Nordin (S).",
                     "Under stängningen ska skolornas simundervisning flyttas till badet i Sandviken. Kommunen sätter in extra bussar för eleverna.",
                     "Simklubben Storvik Delfin oroar sig för att tappa medlemmar. – Många av våra barn kommer inte att orka åka buss en halvtimme varje väg för att träna, säger ordföranden Helena Berg.",
                     "Oppositionen ville att kommunen skulle utreda en ny simhall i stället för en renovering, men förslaget föll."]),
         dict(path="/nyheter/a/Lp3rTz/isen-bar-inte-skoteraakare-varnas-efter-olyckan-pa-storsjon", label="Nyheter",
              title="Isen bär inte – skoteråkare varnas efter olyckan på Storsjön", shown="10 mars 2025 kl. 14.22", upd=None,
              date="2025-03-10", iso="2025-03-10T14:22:00+01:00", authors=["Erik Holm", "Anna Lindqvist"], roles=["Reporter", "Reporter"],
              paras=["En man i 50-årsåldern räddades på söndagskvällen efter att ha gått igenom isen med sin skoter på Storsjön. Nu varnar räddningstjänsten för att åka ut på isarna.",
                     "Mannen lyckades själv ta sig upp på isen och ringa 112. Han fördes med ambulans till sjukhuset i Gävle med lätt nedkylning.",
                     "– Det har varit plusgrader i över en vecka, och isen är mycket svagare än den ser ut. Särskilt vid inlopp och bryggor, säger insatsledare Johan Ekström vid räddningstjänsten.",
                     "Skoterklubben har stängt sina leder över sjön och tagit bort markeringarna. Klubbens ordförande uppmanar medlemmarna att hålla sig till lederna på land resten av säsongen.",
                     "Räddningstjänsten påminner om att alltid bära isdubbar och flytväst och att aldrig ge sig ut ensam."]),
         dict(path="/kultur/a/Qm8vWs/skoningslos-och-vacker-fadren-pa-lansteatern", label="Recension",
              title="Skoningslös och vacker ”Fadren” på Länsteatern", shown="8 mars 2025 kl. 12.00", upd=None,
              date="2025-03-08", iso="2025-03-08T12:00:00+01:00", authors=["Maja Ek"], roles=["Kulturskribent"],
              paras=["Det börjar med en klocka som inte går att hitta. Sedan är det lägenheten som inte stämmer, dottern som inte ser ut som hon brukar och en främling som sitter i soffan.",
                     "Florian Zellers pjäs om en man som förlorar sitt minne är spelad över hela världen, och det är lätt att förstå varför. På Länsteatern i Gävle får den en uppsättning som är både skoningslös och oväntat vacker.",
                     "Göran Sjöberg är fantastisk som André. Han växlar mellan charm, ilska och förvirring så snabbt att publiken hela tiden tvingas tvivla på vad som är sant, precis som han själv.",
                     "Scenografin, ett vitt rum där möblerna försvinner en efter en, är enkel men effektiv. Ibland blir regins grepp lite för tydliga, som när ljuset slocknar mitt i en replik.",
                     "Men det är en liten invändning. Det här är en föreställning som stannar kvar länge efter att man har gått hem.",
                     "”Fadren” av Florian Zeller. Regi: Linnea Dahl. Spelas på Länsteatern i Gävle till och med 12 april."])]
    NAV = [("/nyheter/", "Nyheter"), ("/kultur/", "Kultur"), ("/familj/", "Familj"), ("/vader/", "Väder"), ("/kryss/", "Kryss"), ("/jobb/", "Jobb"), ("/e-tidning/", "E-tidning")]
    FOOT = [("/prenumerera/", "Prenumerera"), ("/om-oss/publicistisk-policy/", "Publicistisk policy"), ("/tavlingar/regler/", "Tävlingsregler"),
            ("/skribent/anna-lindqvist/", "Anna Lindqvist"), ("/sok/", "Sök")]

    def shell(title, main, head, typ):
        body = ('<div class="app app--%s"><header class="site-header"><a href="/" class="site-header__logo">Norrbladet</a><span class="site-header__date">Gästrikland och Hälsingland</span>'
                '<a class="site-header__cta" href="/prenumerera/">Bli prenumerant</a><nav class="site-nav"><ul>%s</ul></nav></header>\n'
                '<main class="site-main">%s</main>\n'
                '<footer class="site-footer"><ul>%s</ul><p>Ansvarig utgivare: Karin Sundberg. Norrbladet ingår i Mittnorr Media AB.</p><p>\u00a9 2025 Norrbladet</p></footer></div>') % (
            typ, links(NAV), main, links(NAV + FOOT))
        return doc("sv", title, head, body, "")

    def article(st):
        url = s.url(st["path"])
        head = og("article", st["title"], url, st["paras"][0], ORG, '<meta property="article:published_time" content="%s"><meta name="author" content="%s">' % (st["iso"], E(", ".join(st["authors"]))), "sv_SE") + ld(
            "ReviewNewsArticle" if st["label"] == "Recension" else "NewsArticle", url, st["title"], st["iso"], None, P(st["authors"]), ORG, s.host, inLanguage="sv-SE")
        by = "".join('<div class="byline__author"><img src="/img/byline/%s.png" alt=""><div><a href="/skribent/anna-lindqvist/" class="byline__name">%s</a><span class="byline__role">%s</span><span class="byline__email">%s@norrbladet.example</span></div></div>' % (
            n.lower().replace(" ", "-"), E(n), E(r), n.lower().replace(" ", ".")) if n == "Anna Lindqvist" else
            '<div class="byline__author"><div><span class="byline__name">%s</span><span class="byline__role">%s</span></div></div>' % (E(n), E(r)) for n, r in zip(st["authors"], st["roles"]))
        main = ('<article class="article"><div class="article__label">%s</div><h1 class="article__headline">%s</h1><p class="article__lead">%s</p>'
                '<figure class="article__image"><img src="/img/2025/03/%s.jpg" alt=""><figcaption>Foto: Norrbladet</figcaption></figure>'
                '<div class="byline">%s<div class="byline__dates"><span>Publicerad %s</span>%s</div></div>'
                '<div class="article__body">%s</div></article>') % (
            E(st["label"]), E(st["title"]), E(st["paras"][0]), st["path"].split("/")[3], by, st["shown"], ('<span>Uppdaterad %s</span>' % st["upd"]) if st["upd"] else "", ps(st["paras"][1:]))
        return shell("%s | Norrbladet" % st["title"], main, head, "article")

    for st in A:
        s.story(st, article(st))

    def page(path, title, main, kind="website", typ="page", extra=""):
        s.non(path, shell("%s | Norrbladet" % title, main, og(kind, title, s.url(path), "", ORG, extra, "sv_SE"), typ))

    teas = "".join('<a class="teaser" href="%s"><span class="teaser__label">%s</span><h2 class="teaser__headline">%s</h2></a>' % (st["path"], E(st["label"]), E(st["title"])) for st in A)
    page("/", "Norrbladet \u2013 nyheter från Gästrikland och Hälsingland", '<div class="front">%s</div>' % teas, typ="front")
    page("/nyheter/", "Nyheter", '<h1>Nyheter</h1>' + teas)
    page("/kultur/", "Kultur", '<h1>Kultur</h1><a class="teaser" href="%s"><h2>%s</h2></a>' % (A[2]["path"], E(A[2]["title"])))
    page("/familj/", "Familj", '<h1>Familj</h1><p>Födda, vigda, döda. Här hittar du familjeannonser från Norrbladet.</p><h2>Dödsannonser</h2>'
         '<ul><li><a href="/familj/dodsannonser/karl-erik-johansson/">Karl-Erik Johansson</a>, Storvik</li><li>Ingrid Persson, Hofors</li><li>Bengt Olof Lind, Ockelbo</li></ul><h2>Födda</h2><p>Välkommen Elsa! Född 2 mars 2025 på Gävle sjukhus.</p>')
    page("/familj/dodsannonser/karl-erik-johansson/", "Dödsannons: Karl-Erik Johansson",
         '<div class="familjeannons"><div class="familjeannons__symbol">\u271d</div><p>Vår käre</p><h1>Karl-Erik Johansson</h1><p>* 4 juni 1939</p><p>har idag stilla lämnat oss</p><p>Storvik 2 mars 2025</p>'
         '<p><i>MARGARETA<br>Anders och Lena<br>Sofia, Oskar<br>Maria och Per<br>Barn och barnbarn<br>Släkt och vänner</i></p>'
         '<p>Begravningsgudstjänsten äger rum i Torsåkers kyrka fredagen den 21 mars kl. 13.00. Tänk gärna på Cancerfonden.</p></div>', typ="familj")
    page("/vader/", "Vädret i Gästrikland", '<h1>Väder</h1><p>Gävle i dag: 3 grader, mulet, sydvästlig vind 6 m/s.</p><table><tr><td>Onsdag</td><td>5\u00b0 / -1\u00b0</td><td>Snöblandat regn</td></tr><tr><td>Torsdag</td><td>4\u00b0 / -3\u00b0</td><td>Sol</td></tr><tr><td>Fredag</td><td>6\u00b0 / 0\u00b0</td><td>Moln</td></tr></table><p>Källa: SMHI</p>')
    page("/e-tidning/", "E-tidningen", '<h1>E-tidningen</h1><p>Läs dagens Norrbladet precis som papperstidningen, från klockan 04.00 varje morgon. Bläddra i appen eller på datorn.</p><p>Ingår i Norrbladet Plus Total.</p><a href="/prenumerera/">Se erbjudanden</a>')
    page("/prenumerera/", "Prenumerera", '<h1>Välj prenumeration</h1><div class="erbjudande"><h2>Plus Digital</h2><p>1 kr första månaden, därefter 139 kr/mån</p></div>'
         '<div class="erbjudande"><h2>Plus Total</h2><p>Papperstidningen, e-tidningen och Plus: 429 kr/mån</p></div><div class="erbjudande"><h2>Helg</h2><p>Papperstidningen fredag–lördag: 229 kr/mån</p></div><p>Ingen bindningstid.</p>', typ="shop")
    page("/tavlingar/regler/", "Tävlingsregler", '<h1>Regler för Norrbladets tävlingar</h1>' + ps([
        "Tävlingarna anordnas av Mittnorr Media AB. Deltagare måste vara minst 18 år och folkbokförda i Sverige. Anställda på Mittnorr Media får inte delta.",
        "Vinnarna utses av en jury eller genom lottning bland de rätta svaren och meddelas via e-post eller telefon. Vinsten kan inte bytas mot kontanter.",
        "Eventuell vinstskatt betalas av vinnaren. Vi behandlar dina personuppgifter enligt vår integritetspolicy och raderar dem när tävlingen är avgjord."]))
    page("/kryss/", "Kryss och spel", '<h1>Kryss</h1><p>Lös dagens korsord, sudoku och ordfläta. Nytt kryss varje dag klockan 04.00.</p><ul><li>Dagens kryss</li><li>Helgkrysset</li><li>Sudoku</li><li>Ordfläta</li></ul><p>Skicka in helgkrysset och vinn trisslotter.</p>')
    page("/jobb/", "Lediga jobb", '<h1>Lediga jobb i Gästrikland</h1><div class="jobb"><h2>Undersköterska, hemtjänsten Storvik</h2><p>Sandvikens kommun \u2013 sista ansökningsdag 30 mars</p></div>'
         '<div class="jobb"><h2>Lastbilschaufför C/CE</h2><p>Gävle Åkeri AB \u2013 sista ansökningsdag 21 mars</p></div><div class="jobb"><h2>Lärare i matematik åk 7\u20139</h2><p>Hofors kommun</p></div><p>Annonsera ett jobb: annons@norrbladet.example</p>', typ="jobs")
    page("/om-oss/publicistisk-policy/", "Publicistisk policy", '<h1>Norrbladets publicistiska policy</h1>' + ps([
        "Norrbladet är en oberoende liberal tidning. Ledarsidan står för tidningens åsikter. Nyhetsjournalistiken är opartisk och skiljer tydligt mellan fakta och åsikt.",
        "Vi följer de pressetiska reglerna, Spelregler för press, radio och tv. Vi publicerar inte namn eller bild på misstänkta brottslingar om det inte finns ett uppenbart allmänintresse. Den som kritiseras ska få möjlighet att bemöta kritiken samtidigt.",
        "Fel rättas snabbt och tydligt. Rättelser publiceras i anslutning till den ursprungliga artikeln och på sidan två i papperstidningen.",
        "Annonser och annonsörfinansierat innehåll märks tydligt och skapas aldrig av redaktionen. Våra journalister tar inte emot gåvor eller resor som kan påverka deras arbete.",
        "Har du synpunkter på vår journalistik? Kontakta ansvarig utgivare Karin Sundberg eller vänd dig till Allmänhetens Medieombudsman."]), kind="article")
    page("/skribent/anna-lindqvist/", "Anna Lindqvist", '<div class="author"><img src="/img/byline/anna-lindqvist.png" alt="Anna Lindqvist"><h1>Anna Lindqvist</h1><p>Reporter</p>'
         '<p>Anna bevakar kommunpolitik och skola i Sandviken och Hofors. Hon har jobbat på Norrbladet sedan 2014. Tips? anna.lindqvist@norrbladet.example</p></div>'
         '<h2>Senaste artiklar</h2>' + "".join('<a class="teaser" href="%s"><h2>%s</h2></a>' % (st["path"], E(st["title"])) for st in A[:2]), kind="profile", typ="author")
    page("/sok/", "Sök", '<h1>Sök</h1><form action="/sok/"><input name="q" placeholder="Sök på Norrbladet"><button>Sök</button></form>', extra='<meta name="robots" content="noindex">')


for build_site in (ledger, clarion, cwnx, inlet, mirror, mainufer, regards, heraldo, lariano, rivierland, cerrado, norrbladet):
    build_site()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
