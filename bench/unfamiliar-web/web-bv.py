"""Web bv: technology, gadgets and video-game journalism. Twelve sites on
127.0.6.181-192 in English, German, French, Spanish, Italian, Polish and
Japanese, each on the template its kind of publisher really runs, where
much of what carries a product name, a price, a score or a date is not an
article.

Sites:
 1 The Circuit - an Engadget-like big tech site on a Yahoo-like platform
   ("caas" markup): name link plus a role line per author, "Thu, Mar 13,
   2025, 9:30 PM EDT" (the next UTC day), a review with a score card and
   pros/cons, a story showing only "Updated Tue, Mar 11, 2025, 6:12 PM EDT"
   (published the day before per JSON-LD), consent overlay, "Read more"
   and newsletter boxes, commerce disclaimer. Non-articles: home, section
   fronts (Mobile leads with two paragraphs of one story), tag, staff and
   author pages with bios, a deals page of product cards, a video page, a
   podcast episode page (byline, date, og:type article), newsletters.
 2 Gerätewelt - a German gadget-review site: kicker over the h1, "Von X und
   Y", "11.03.2025, 14:05 Uhr · aktualisiert am 13.03.2025", a Testnote box
   (1,9 gut, Vorteile/Nachteile), a spec table with "Marktstart", JSON-LD
   Review whose product has a releaseDate, meta author "Gerätewelt
   Redaktion", an Organization as JSON-LD author of a two-author story, a
   Kaufberatung showing only "Aktualisiert am 10.03.2025" (JSON-LD
   datePublished 2024-11-20). Non-articles: Preisvergleich pages with
   offers tables, a Bestenliste, a Datenblatt, test index, author pages,
   tag page, newsletter, Impressum.
 3 Le Comptoir du Hardware - a French PC-hardware site: "par X le 12 mars
   2025 à 15h00" in one line, "par X et Y, le 10/03/2025 à 09h12 | Mis à
   jour le ...", benchmark tables (fps, watts, dB), a verdict box, a tuto
   with numbered steps, meta author = the site on every page, no JSON-LD,
   an RSS feed. Non-articles: a forum thread (DiscussionForumPosting),
   forum indexes, a GPU spec-database page, a bons-plans list, category
   and author pages, newsletter.
 4 Respawn - a Eurogamer-like en-GB games site: "News by X News Reporter",
   "Hands-on by", "Review by", "Updated on" over "Published on", a review
   whose JSON-LD names the game's release date, readers' comments with "2
   days ago". Non-articles: game database page (release date, platforms,
   VideoGame JSON-LD), trailer page, review index with straplines, tags,
   author pages with bios, newsletter and supporter pages.
 5 PadZone - a 3DJuegos/Vandal-like Spanish games site: "Análisis de
   ...", score box "8.5 Muy bueno", "Lo mejor / Lo peor", JSON-LD author
   the site itself, "Por X y Y", a 23:45 CET story with "Actualizado:" the
   next morning. Non-articles: ficha del juego, analysis index, a forum
   thread, a March release calendar, a podcast episode with a byline,
   author and tag pages.
 6 Androidiamo - an Italian smartphone blog on WordPress (Newspaper
   theme, Yoast graph): "di X e Y", the <time datetime> in UTC, a post at
   00:30 Rome time (the day before in UTC), "LEGGI ANCHE:" and a Telegram
   promo inside the content, "Aggiornamento" line opening a post, review
   box "Voto", wpDiscuz-like comments. Non-articles: offers page, spec
   sheet, video page, category, tag and author pages, feed, sitemap.
 7 DealHound - a hotukdeals-like UK deal community with an editorial
   blog: guides "Written by X" followed by a role span ("Deals Editor"),
   JSON-LD author "DealHound Editorial Team", "Last updated:" only on one
   story, an embedded deal card and a deal-alert box. Non-articles: user
   deal posts (title, price, poster, "Posted 12 Mar", description,
   comments, Product JSON-LD), hot/new lists, a voucher-code page, user and
   staff profiles, alerts, about.
 8 Technoskop - a Polish consumer-tech magazine: "Autor: X i Y", "Test"
   with "Ocena: 8/10" and Plusy/Minusy, a news story dated only "wczoraj,
   20:15" (no machine date), a poradnik. Non-articles: a ranking page with
   an intro, a price-comparison page, a podcast episode, author, tag and
   section pages, newsletter, the masthead page.
 9 The Relay - a Register-like enterprise IT site: "Headline • The Relay"
   titles, standfirst in an h2, byline without "By", "Thu 13 Mar 2025 //
   09:15 UTC", JSON-LD author the organisation (meta author names the
   people), an opinion column ending with the writer's bio line, an
   "Updated at 18:10 UTC to add:" paragraph, an Atom feed. Non-articles:
   the comments forum page of a story (same headline), a gated
   whitepaper, a webinar, a section front leading with a long teaser,
   author, tag and newsletter pages.
10 Quellcode - a t3n-like German developer site on Next.js (Tailwind
   classes, __NEXT_DATA__): "Jan Schreiber · 12.03.2025 · Lesezeit: 3 Min."
   spans, "Ein Gastbeitrag von X" whose JSON-LD author is the Redaktion,
   "Über die Autorin" box, an "Update vom ..." line opening a story, a
   read-also box and a Pro teaser inside the article. Non-articles: a job
   posting (JobPosting), an event page, a podcast episode, author, tag and
   section pages, newsletter, Pro page.
11 Le Quotidien - a Figaro-like paper's Sciences / High-Tech sections:
   "Par X et Y", "Publié le 12/03/2025 à 18:05, mis à jour hier à 09:12"
   (dateModified written at build time), the day's date in the masthead,
   an agency story credited "Par Le Quotidien avec AFP" (JSON-LD author the
   paper). Non-articles: section fronts (Sciences leads with a long
   teaser), author pages with bios, tag page, newsletter signup, podcast
   episode, video page, subscription page.
12 ゲームポッド - a Famitsu/4Gamer-like Japanese game-news portal:
   "2025年3月12日 18:00", a desk credit "ゲームポッド編集部" only (JSON-LD
   Organization of the same name), "文：中村 翔" and "取材・文：佐藤 美咲" with
   "撮影：山本 健" (photographer not an author), a story at 00:30 JST (the day
   before in UTC), a game-info box in the text. Non-articles: a game
   database page (発売日, 対応機種), the release schedule, a weekly sales
   ranking, a video page, tag, writer and news-list pages.

Truth: 36 articles, 174 non-articles, no syndicated copies. Desk and
organisation credits ("ゲームポッド編集部", "Le Quotidien avec AFP") give no
authors; newsletter, alert, Pro, Telegram, consent and related boxes are
must_not.

Crawled with /tmp/nr-base: titles 36, dates 35, authors 31 of 36, 9 of
174 non-articles stored, 12 of 36 body checks wrong. Failures: "Jan
Schreiber · 12.03.2025" read as 12 January (the name's "Jan"); the role
span "Deals Editor" after "Written by X" merged into "X Deals" (twice);
the JSON-LD Organization "Le Quotidien" and the desk "ゲームポッド編集部"
kept as authors; "佐藤 美咲" split into two authors. Stored non-articles:
two podcast episode pages, two forum threads, the GPU spec page, the
bons-plans list, a voucher-code page, the ranking page and the On-Prem
section front. Bodies holding the Telegram promo (3), the deal-alert box
(3) and Quellcode's Pro teaser and read-also box (3 + 3).
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18146
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(datetime.timezone.utc)


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.6.%d" % (180 + n), PORT, truth)
# ------------------------------------------------------------ 1 The Circuit (Engadget-like, on a Yahoo-like platform)
def circuit():
    s = Site(1)
    A = [dict(path="/mobile/smartphones/korva-nimbus-fold-hands-on-a-thinner-hinge-and-a-brighter-screen-013045871.html",
              title="Korva Nimbus Fold hands-on: A thinner hinge and a brighter screen",
              dek="The second-generation foldable fixes the crease, but not the price.",
              by=[("Mariella Ortiz", "Senior Reporter", "mariella-ortiz")], iso="2025-03-14T01:30:00.000Z", shown="Thu, Mar 13, 2025, 9:30 PM EDT",
              date="2025-03-13", instant="2025-03-14T01:30", upd=None, read=5, sec=("Mobile", "/mobile/"), score=None, paras=[
                  "Korva's first folding phone was a promising mess: a gorgeous inner display let down by a hinge that creaked, a crease you could feel from across the room and a battery that rarely made it to dinner. After an hour with the Nimbus Fold at the company's New York briefing, I can say the second attempt fixes most of what was wrong, at least on first impression.",
                  "The new hinge is the headline. Korva says it uses a water-drop design with eleven fewer moving parts, and it lets the phone close completely flat for the first time. Folded, the Nimbus Fold is 10.9 millimetres thick, about two millimetres slimmer than last year's model, and it finally slides into a jeans pocket without a fight.",
                  "Open it and the 7.8-inch inner screen is noticeably brighter. Korva quotes a peak of 2,600 nits, and under the harsh lights of the demo room the display stayed readable where my own phone washed out. The crease is still there if you look for it at an angle, but I stopped noticing it after a few minutes of reading.",
                  "Korva has moved to a 4,800mAh battery split across both halves, which should help, though I obviously could not test endurance in a short session. The cameras are unchanged from the flat Nimbus X2, which is a slight disappointment at this price.",
                  "And the price is the catch: the Nimbus Fold will cost $1,799 when it goes on sale in the US on April 4th, the same as before. Pre-orders open on Friday, and Korva is throwing in a case and a year of screen-repair cover for early buyers."]),
         dict(path="/audio/speakers/aurel-soundbar-5-review-big-sound-from-a-small-box-150012004.html",
              title="Aurel Soundbar 5 review: Big sound from a small box",
              dek="Aurel's compact soundbar punches above its size, but skip the app's auto EQ.",
              by=[("Wes Thornbury", "Contributing Reporter", "wes-thornbury"), ("Ji-woo Han", "Reviews Editor", "ji-woo-han")],
              iso="2025-03-07T15:00:00.000Z", shown="Fri, Mar 7, 2025, 10:00 AM EST", date="2025-03-07", instant="2025-03-07T15:00", upd=None, read=7,
              sec=("Audio", "/audio/"), score=84, paras=[
                  "Small soundbars usually ask you to accept thin dialogue and a boomy bottom end in exchange for fitting under a modest TV. The Aurel Soundbar 5 is the rare exception: at just 62 centimetres wide it fills a living room with clear, balanced sound, and it does so without a separate subwoofer.",
                  "The trick is a pair of side-firing woofers and two up-firing drivers that Aurel tunes for each room with a short calibration tone. The first calibration left our test room sounding hollow, so we switched the auto EQ off and set the bass by hand, which worked much better.",
                  "With films the Soundbar 5 is at its best. Dialogue in busy scenes stayed intelligible even at low volume, and the height channels gave rain and helicopter fly-overs a convincing sense of space, if not the true overhead effect of a larger Atmos system.",
                  "Music is good but not great. Acoustic tracks sounded warm and detailed, while dense electronic music lost some punch at high volume, where the compact cabinet starts to show its limits.",
                  "At $449 the Soundbar 5 costs more than most compact bars, but it is the one we would buy for a bedroom or a small apartment. Just do yourself a favour and ignore the auto EQ."],
              pros=["Clear dialogue at any volume", "Convincing height effects for its size", "Compact and well built"],
              cons=["Auto EQ makes things worse", "Loses punch at high volume", "No HDMI passthrough"]),
         dict(path="/computing/lumen-os-update-lets-you-run-phone-apps-on-your-laptop-160000377.html",
              title="Lumen's latest OS update lets you run phone apps on your laptop",
              dek="The feature arrives on Lumen laptops from 2023 onwards.",
              by=[("Tomas Reyes", "Contributing Reporter", "tomas-reyes")], iso="2025-03-10T16:00:00.000Z", shown="Updated Tue, Mar 11, 2025, 6:12 PM EDT",
              date="2025-03-10", instant="2025-03-10T16:00", upd="2025-03-11T22:12:00.000Z", read=3, sec=("Computing", "/computing/"), score=None, paras=[
                  "Lumen is rolling out version 14.2 of its laptop operating system today, and the biggest change is one owners have asked for since the company launched its own phones: you can now install and run mobile apps from the Lumen store directly on the desktop.",
                  "Apps open in resizable windows and can be pinned to the taskbar like any other program. Lumen says most apps will work with a keyboard and trackpad out of the box, and developers can opt out if they do not want their phone app to appear on laptops.",
                  "The update also adds a clipboard that syncs between phone and laptop and a new battery mode that caps charging at 80 percent to extend the life of the cell. It is available for Lumen laptops released from 2023 onwards and will reach older models later in the spring.",
                  "Update, March 11th 2025, 6:12PM ET: Lumen has paused the rollout for laptops with Arkon processors after some users reported that their machines would not wake from sleep. The company says a fix is coming this week."])]
    authors = {"mariella-ortiz": ("Mariella Ortiz", "Senior Reporter", "Mariella covers phones, wearables and the companies that make them. Before joining The Circuit she spent six years at a trade magazine in Taipei, where she learned to read supply-chain rumours with a healthy dose of scepticism."),
               "wes-thornbury": ("Wes Thornbury", "Contributing Reporter", "Wes reviews audio gear, from earbuds to turntables, and has opinions about all of it."),
               "ji-woo-han": ("Ji-woo Han", "Reviews Editor", "Ji-woo runs The Circuit's reviews desk and its testing lab in Brooklyn."),
               "tomas-reyes": ("Tomas Reyes", "Contributing Reporter", "Tomas writes about laptops, operating systems and software updates.")}
    VID = ("/video/korva-nimbus-fold-first-look-171500293.html", "Korva Nimbus Fold first look: Thinner, brighter, still $1,799")
    POD = ("/podcasts/the-circuit-podcast-231-is-this-the-year-of-the-foldable-130000821.html", "The Circuit Podcast 231: Is this the year of the foldable?")
    nav = [("/", "Home"), ("/mobile/", "Mobile"), ("/computing/", "Computing"), ("/audio/", "Audio"), ("/deals/", "Deals"), ("/video/", "Video"), ("/newsletters/", "Newsletters")]
    consent = ('<div id="consent-page" class="consent-overlay"><div class="con-wizard"><h2>We, The Circuit, are part of the Zenith family of brands</h2>'
               '<p>When you use our sites and apps, we use cookies to provide our sites and apps to you, authenticate users, apply security measures, and prevent spam and abuse.</p>'
               '<button name="agree" value="agree">Accept all</button> <button name="reject" value="reject">Reject all</button> <a href="/privacy-settings/">Manage privacy settings</a></div></div>')

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="The Circuit">'
                '<link rel="alternate" type="application/rss+xml" title="The Circuit" href="/rss.xml">%s</head><body class="caas-body">%s'
                '<header id="module-header" class="header"><a href="/" class="logo" aria-label="The Circuit">The Circuit</a><nav class="nav-main"><ul>%s</ul></nav>'
                '<a class="btn-search" href="/search/">Search</a></header><div id="ad-lrec" class="ad-slot" data-ad="LREC">Advertisement</div>'
                '<main id="main" role="main">%s</main>'
                '<footer class="footer"><ul><li><a href="/about/">About</a></li><li><a href="/about/editors/">Staff</a></li><li><a href="/newsletters/">Newsletters</a></li>'
                '<li><a href="/privacy-settings/">Privacy Dashboard</a></li></ul><p>&copy; 2025 Zenith Media. All rights reserved.</p></footer></body></html>') % (
            E(title), head, consent, links(nav), main)

    newsletter = ('<div class="caas-newsletter-signup"><h3>Get The Circuit Daily</h3><p>The best of tech news, reviews and deals, delivered to your inbox every weekday morning.</p>'
                  '<form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div>')
    commerce = '<p class="caas-commerce-disclaimer">If you buy something through a link in this article, we may earn commission.</p>'
    for i, a in enumerate(A):
        names = [n for n, _, _ in a["by"]]
        byl = " and ".join('<a class="caas-author-byline-collapse" href="/about/editors/%s/">%s</a>' % (slug, E(n)) for n, _, slug in a["by"])
        roles = "".join('<div class="caas-attr-item-author-title">%s</div>' % E(r) for _, r, _ in a["by"])
        others = [b for b in A if b is not a]
        body = "".join(('<p>%s</p>' % E(p)) for p in a["paras"][:2])
        body += ('<figure class="caas-figure"><img src="/images/%d-1.jpg" alt=""><figcaption class="caption-collapse">%s<span class="caas-figure-credit">Mariella Ortiz for The Circuit</span></figcaption></figure>' % (
            i, "The hinge on the Nimbus Fold closes flat." if i == 0 else "Photo from our testing."))
        body += ('<div class="caas-readmore"><strong>Read more:</strong> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"])))
        body += "".join(('<p>%s</p>' % E(p)) for p in a["paras"][2:])
        sbox = ""
        if a["score"]:
            sbox = ('<div class="review-score-card"><div class="score-badge"><span class="score">%d</span><span class="label">The Circuit Score</span></div>'
                    '<div class="pros"><h4>Pros</h4><ul>%s</ul></div><div class="cons"><h4>Cons</h4><ul>%s</ul></div>'
                    '<a class="btn-buy" href="/deals/">$449 at Amazon</a></div>') % (a["score"], "".join("<li>%s</li>" % E(x) for x in a["pros"]), "".join("<li>%s</li>" % E(x) for x in a["cons"]))
        main = ('<article class="caas-container"><header class="caas-header"><div class="caas-breadcrumb"><a href="%s">%s</a></div><h1 data-test-locator="headline">%s</h1>'
                '<div class="caas-subheadline"><h2>%s</h2></div></header><div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author">%s</div>%s'
                '<div class="caas-attr-time-style"><time class="" datetime="%s">%s</time><span class="caas-attr-mins-read">%d min read</span></div></div>'
                '<div class="caas-share-buttons"><a href="#share-facebook">Facebook</a><a href="#share-x">X</a><a href="#share-email">Email</a></div></div>'
                '%s<div class="caas-body">%s%s</div>%s</article>'
                '<section class="recommendations"><h2>Recommended Stories</h2><ul>%s</ul></section>') % (
            a["sec"][1], a["sec"][0], E(a["title"]), E(a["dek"]), byl, roles, a["upd"] or a["iso"], a["shown"], a["read"],
            commerce if i == 1 else "", sbox, body, newsletter, links([(b["path"], b["title"]) for b in others] + [VID]))
        ld = {"@context": "http://schema.org", "@type": "Review" if a["score"] else "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "dateModified": a["upd"] or a["iso"], "author": [{"@type": "Person", "name": n, "url": s.url("/about/editors/%s/" % sl)} for n, _, sl in a["by"]],
              "publisher": {"@type": "Organization", "name": "The Circuit", "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}},
              "mainEntityOfPage": s.url(a["path"])}
        if a["score"]:
            ld["reviewRating"] = {"@type": "Rating", "ratingValue": a["score"], "bestRating": 100}
            ld["itemReviewed"] = {"@type": "Product", "name": "Aurel Soundbar 5", "brand": "Aurel"}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="og:description" content="%s"><meta name="twitter:site" content="@thecircuit">%s') % (s.url(a["path"]), E(a["title"]), E(a["dek"]), jl(ld))
        s.art(a["path"], shell("%s" % a["title"], main, head), a["title"], a["date"], names, instant=a["instant"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Get The Circuit Daily", others[0]["title"], "If you buy something through a link"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("The Circuit | Technology News & Reviews", '<section class="hero"><h2><a href="%s">%s</a></h2><p>%s</p></section><section class="river"><h2>Latest</h2><ul>%s</ul></section>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["dek"]), links(every[1:] + [VID, POD, ("/deals/", "The best tech deals this week")]))))
    s.non("/mobile/", shell("Mobile | The Circuit", ('<h1 class="section-title">Mobile</h1><div class="lead-story"><h2><a href="%s">%s</a></h2><p class="byline">Mariella Ortiz · Thu, Mar 13, 2025</p>'
          '<p>%s</p><p>%s</p></div><ul>%s</ul>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), E(A[0]["paras"][1]), links([VID, ("/tag/foldable-phones/", "Foldable phones")]))))
    s.non("/computing/", shell("Computing | The Circuit", '<h1 class="section-title">Computing</h1><ul>%s</ul>' % links(every[2:])))
    s.non("/audio/", shell("Audio | The Circuit", '<h1 class="section-title">Audio</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/tag/foldable-phones/", shell("Foldable phones | The Circuit", '<h1>Foldable phones</h1><p>Phones that fold, flip and roll - our news, hands-ons and reviews.</p><ul>%s</ul>' % links(every[:1] + [VID])))
    for slug, (n, role, bio) in authors.items():
        mine = [(a["path"], a["title"]) for a in A if slug in [x[2] for x in a["by"]]]
        s.non("/about/editors/%s/" % slug, shell("%s | The Circuit" % n, ('<div class="author-page"><img src="/images/authors/%s.jpg" alt=""><h1>%s</h1><h2>%s</h2><p class="bio">%s</p>'
              '<a href="https://x.example/%s">X</a><h3>Latest from %s</h3><ul>%s</ul></div>') % (slug, E(n), E(role), E(bio), slug, E(n.split()[0]), links(mine)),
              '<meta property="og:type" content="profile">'))
    s.non("/about/editors/", shell("Staff | The Circuit", '<h1>Staff</h1><ul>%s</ul>' % links([("/about/editors/%s/" % k, v[0]) for k, v in authors.items()])))
    prods = [("Korva Nimbus X2 (128GB)", "$449", "$549", "Amazon"), ("Aurel Soundbar 5", "$379", "$449", "Best Buy"), ("Lumen Book 14 (2024)", "$899", "$1,099", "Lumen"),
             ("Arkon 2TB portable SSD", "$119", "$169", "Amazon"), ("Aurel Buds Pro 2", "$149", "$199", "Walmart")]
    cards = "".join('<li class="product-card"><h3>%s</h3><p class="price"><span class="now">%s</span> <s>%s</s></p><a class="btn-buy" rel="sponsored" href="/deals/">%s at %s</a></li>' % (
        E(n), p, o, p, m) for n, p, o, m in prods)
    s.non("/deals/", shell("The best tech deals this week | The Circuit", ('<h1>The best tech deals this week</h1><p class="caas-commerce-disclaimer">If you buy something through a link in this article, we may earn commission.</p>'
          '<p class="updated">Updated Fri, Mar 14, 2025</p><ul class="product-list">%s</ul><ul>%s</ul>') % (cards, links(every[1:2]))))
    s.non(VID[0], shell(VID[1], ('<div class="video-player" data-uuid="a81b"><button>Play</button><span class="duration">3:12</span></div><h1>%s</h1>'
          '<p class="video-desc">Mariella Ortiz takes a first look at the Korva Nimbus Fold.</p><time>March 13, 2025</time><ul>%s</ul>') % (E(VID[1]), links(every[:1])),
          '<meta property="og:type" content="video.other">%s' % jl({"@context": "http://schema.org", "@type": "VideoObject", "name": VID[1], "uploadDate": "2025-03-14T01:45:00.000Z", "duration": "PT3M12S"})))
    s.non("/video/", shell("Video | The Circuit", '<h1>Video</h1><ul>%s</ul>' % links([VID])))
    s.non(POD[0], shell(POD[1], ('<article class="podcast-episode"><h1>%s</h1><div class="byline">Mariella Ortiz and Ji-woo Han · Fri, Mar 14, 2025</div>'
          '<div class="player"><audio src="/audio/ep231.mp3" controls></audio><span>58:20</span></div><p>This week Mariella and Ji-woo go hands-on with the Korva Nimbus Fold and ask whether foldables are finally ready for normal people. Plus: the Aurel Soundbar 5 review and listener questions.</p>'
          '<h2>Subscribe</h2><ul><li><a href="/podcasts/">All episodes</a></li></ul><ul>%s</ul></article>') % (E(POD[1]), links(every[:2])),
          '<meta property="og:type" content="article">'))
    s.non("/podcasts/", shell("The Circuit Podcast | The Circuit", '<h1>The Circuit Podcast</h1><ul>%s</ul>' % links([POD])))
    s.non("/newsletters/", shell("Newsletters | The Circuit", '<h1>Newsletters</h1><div class="nl"><h2>The Circuit Daily</h2><p>The best of tech news, reviews and deals, delivered every weekday morning.</p><form><input type="email"><button>Sign up</button></form></div>'))
    s.non("/about/", shell("About The Circuit", '<h1>About The Circuit</h1><p>The Circuit has covered consumer technology since 2004. Our reviews are independent; we may earn a commission from links.</p><a href="/about/editors/">Staff</a>'))
    s.rss("/rss.xml", "The Circuit", [(a["path"], a["title"], "Fri, 14 Mar 2025 01:30:00 +0000") for a in A] + [(POD[0], POD[1], "Fri, 14 Mar 2025 13:00:00 +0000")])


# ------------------------------------------------------------ 2 Gerätewelt (German gadget reviews, Testnoten and Preisvergleich)
def geraetewelt():
    s = Site(2)
    A = [dict(path="/tests/aurel-watch-3-im-test-lange-laufzeit-schwaches-gps/", kicker="Smartwatch", kind="Review",
              title="Aurel Watch 3 im Test: Lange Laufzeit, schwaches GPS", by=[("Jonas Keller", "jonas-keller")], photo="Fotos: Miriam Vogt / Gerätewelt",
              iso="2025-03-11T14:05:00+01:00", mod="2025-03-13T10:20:00+01:00", shown="11.03.2025, 14:05 Uhr", upd="aktualisiert am 13.03.2025", date="2025-03-11",
              note=("1,9", "gut"), paras=[
                  "Die Aurel Watch 3 verspricht bis zu zwölf Tage Laufzeit, ein helles OLED-Display und eine Trainingsauswertung, die es mit teureren Sportuhren aufnehmen soll. Wir haben die Uhr drei Wochen lang im Alltag, beim Laufen und beim Schwimmen getragen.",
                  "Das Gehäuse aus Aluminium wirkt hochwertig, die Uhr sitzt mit 38 Gramm angenehm leicht am Handgelenk. Das 1,43 Zoll große Display ist auch bei direkter Sonne gut ablesbar, die Helligkeit regelt der Sensor zuverlässig nach.",
                  "Bei der Laufzeit hält Aurel sein Versprechen fast: Mit Always-on-Display kamen wir auf sechs Tage, ohne auf gut elf Tage. Zwei Trainings pro Woche mit GPS sind dabei schon eingerechnet.",
                  "Schwächen zeigt die Uhr bei der Positionsbestimmung. Auf unserer Teststrecke im Wald wich die aufgezeichnete Route teils um mehr als 30 Meter ab, die Distanz lag am Ende um vier Prozent daneben. Die Herzfrequenzmessung lag dagegen nah an unserem Brustgurt.",
                  "Unterm Strich ist die Aurel Watch 3 für 299 Euro eine gute Alltagsuhr mit starker Laufzeit. Wer viel im Gelände läuft und präzise Strecken braucht, sollte aber zu einer Sportuhr mit Dualband-GPS greifen."],
              pros=["sehr lange Akkulaufzeit", "helles Display", "genaue Pulsmessung"], cons=["ungenaues GPS im Wald", "App nur mit Konto nutzbar"],
              specs=[("Display", "1,43 Zoll AMOLED, 466 x 466 Pixel"), ("Akku", "bis 12 Tage"), ("Wasserdicht", "5 ATM"), ("Gewicht", "38 g (ohne Armband)"),
                     ("Marktstart", "12.02.2025"), ("Preis (UVP)", "299 Euro")]),
         dict(path="/news/korva-nimbus-fold-kommt-im-april-nach-deutschland/", kicker="Falt-Smartphone", kind="NewsArticle",
              title="Korva Nimbus Fold kommt im April nach Deutschland – für 1.899 Euro", by=[("Miriam Vogt", "miriam-vogt"), ("Jonas Keller", "jonas-keller")], photo="Bild: Korva",
              iso="2025-03-14T09:40:00+01:00", mod="2025-03-14T09:40:00+01:00", shown="14.03.2025, 09:40 Uhr", upd="", date="2025-03-14", note=None, paras=[
                  "Korva bringt sein neues Falt-Smartphone Nimbus Fold auch nach Deutschland. Das Gerät soll ab dem 11. April im Handel stehen, die unverbindliche Preisempfehlung liegt bei 1.899 Euro für die Version mit 256 Gigabyte Speicher.",
                  "Gegenüber dem Vorgänger hat Korva vor allem das Scharnier überarbeitet. Das Smartphone lässt sich nun vollständig flach zuklappen und ist im geschlossenen Zustand knapp elf Millimeter dick. Das Innendisplay misst 7,8 Zoll und soll deutlich heller leuchten.",
                  "Wer das Gerät bis Ende März vorbestellt, bekommt eine Hülle und eine einjährige Displayversicherung dazu. In den USA kostet das Nimbus Fold 1.799 Dollar, dort beginnt der Verkauf schon eine Woche früher.",
                  "Einen ausführlichen Test des Nimbus Fold planen wir, sobald uns ein Seriengerät vorliegt. Das flache Schwestermodell Nimbus X2 ist seit Februar erhältlich."]),
         dict(path="/kaufberatung/die-besten-saugroboter-bis-300-euro/", kicker="Kaufberatung", kind="Article",
              title="Die besten Saugroboter bis 300 Euro: Darauf sollten Sie achten", by=[("Katrin Wolff", "katrin-wolff")], photo="",
              iso="2024-11-20T08:00:00+01:00", mod="2025-03-10T16:45:00+01:00", shown="", upd="Aktualisiert am 10.03.2025", date="2024-11-20", note=None, paras=[
                  "Saugroboter sind längst keine Spielerei mehr: Schon für weniger als 300 Euro gibt es Modelle, die zuverlässig navigieren, Teppiche erkennen und sich per App steuern lassen. Doch zwischen den Geräten dieser Preisklasse gibt es große Unterschiede.",
                  "Das wichtigste Kriterium ist die Navigation. Günstige Roboter fahren oft nach dem Zufallsprinzip durch die Wohnung und brauchen dafür deutlich länger. Modelle mit Laserturm auf dem Deckel erstellen dagegen eine Karte und reinigen Raum für Raum.",
                  "Achten Sie außerdem auf die Höhe des Geräts. Viele Sofas und Betten sind nur acht bis neun Zentimeter hoch, ein Roboter mit Laserturm passt dann nicht mehr darunter. Hier kann ein flacheres Modell mit Kamera die bessere Wahl sein.",
                  "Eine Wischfunktion bieten inzwischen fast alle Geräte, in dieser Preisklasse zieht der Roboter aber meist nur ein feuchtes Tuch hinter sich her. Für hartnäckige Flecken reicht das nicht, für den regelmäßigen Staub auf Fliesen schon.",
                  "Unser Preis-Leistungs-Tipp bleibt der Robi S7 für derzeit rund 249 Euro. Er hat in unserem Test die beste Navigation seiner Klasse gezeigt und kommt mit Teppichen gut zurecht."])]
    AU = {"jonas-keller": ("Jonas Keller", "Ressortleiter Tests", "Jonas Keller testet seit 2014 Smartphones und Wearables. Vorher hat er als Elektroingenieur Messgeräte entwickelt – deshalb misst er lieber nach, als Herstellerangaben zu glauben."),
          "miriam-vogt": ("Miriam Vogt", "Redakteurin", "Miriam Vogt schreibt über Smartphones, Tablets und den Mobilfunkmarkt."),
          "katrin-wolff": ("Katrin Wolff", "Redakteurin Smart Home", "Katrin Wolff testet Haushaltsgeräte, Saugroboter und alles, was sich per App steuern lässt.")}

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body class="%s">'
                '<div id="cmp-banner" class="cmp"><p>Wir und unsere 143 Partner nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>'
                '<header class="gw-header"><a class="gw-logo" href="/">Gerätewelt</a><nav><a href="/tests/">Tests</a> <a href="/news/">News</a> <a href="/kaufberatung/">Kaufberatung</a> '
                '<a href="/bestenliste/smartwatches/">Bestenlisten</a> <a href="/preisvergleich/">Preisvergleich</a></nav></header><div class="ad ad-billboard">Anzeige</div>'
                '<main class="gw-main">%s</main><footer class="gw-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/newsletter/">Newsletter</a> '
                '<p>© 2025 Gerätewelt – Alle Preise inkl. MwSt. Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        byl = "Von " + " und ".join('<a rel="author" href="/autor/%s/">%s</a>' % (sl, E(n)) for n, sl in a["by"])
        dl = ""
        if a["shown"]:
            dl = '<time datetime="%s">%s</time>' % (a["iso"], a["shown"])
        if a["upd"]:
            dl += '%s<span class="gw-updated">%s</span>' % (" · " if dl else "", a["upd"])
        box = ""
        if a["note"]:
            box = ('<aside class="gw-testnote"><div class="note-wert">%s</div><div class="note-text">%s</div><div class="note-label">Gerätewelt-Testnote</div>'
                   '<div class="pro"><h4>Vorteile</h4><ul>%s</ul></div><div class="contra"><h4>Nachteile</h4><ul>%s</ul></div>'
                   '<a class="gw-price" href="/preisvergleich/aurel-watch-3/">Bestpreis: 249,00 € bei 14 Händlern</a></aside>') % (
                a["note"][0], a["note"][1], "".join("<li>%s</li>" % E(x) for x in a["pros"]), "".join("<li>%s</li>" % E(x) for x in a["cons"]))
        specs = ""
        if a.get("specs"):
            specs = '<h2>Technische Daten</h2><table class="gw-specs"><tbody>%s</tbody></table>' % "".join("<tr><th>%s</th><td>%s</td></tr>" % (E(k), E(v)) for k, v in a["specs"])
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2]) + ('<div class="gw-also"><span>Auch interessant:</span> <a href="%s">%s</a></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:])
        if i == 2:
            table = ('<h2>Unsere Empfehlungen im Überblick</h2><table class="gw-compare"><tr><th>Modell</th><th>Navigation</th><th>Preis</th></tr>'
                     '<tr><td><a href="/preisvergleich/robi-s7/">Robi S7</a></td><td>Laser</td><td>ab 249 €</td></tr><tr><td>Cleanbot M2</td><td>Kamera</td><td>ab 199 €</td></tr>'
                     '<tr><td>Hausfee 300</td><td>Gyroskop</td><td>ab 159 €</td></tr></table>')
            body = ps(a["paras"][:3]) + table + ps(a["paras"][3:])
        main = ('<article class="gw-article gw-article--%s"><header><span class="gw-kicker">%s</span><h1 class="gw-headline">%s</h1>'
                '<div class="gw-meta"><span class="gw-author">%s</span> <span class="gw-date">%s</span></div>%s</header>%s'
                '<div class="gw-body">%s</div>%s<div class="gw-newsletter"><h3>Der Gerätewelt-Newsletter</h3><p>Die wichtigsten Tests und Deals der Woche jeden Freitag kostenlos in Ihr Postfach.</p>'
                '<form><input type="email"><button>Anmelden</button></form></div><div class="gw-tags">Themen: <a href="/thema/smartwatch/">Smartwatch</a></div><section class="gw-comments"><h3>Kommentare (12)</h3><p>Zum Kommentieren bitte <a href="/login/">anmelden</a>.</p></section></article>'
                '<aside class="gw-related"><h3>Mehr zum Thema</h3><ul>%s</ul></aside>') % (
            a["kind"].lower(), E(a["kicker"]), E(a["title"]), byl, dl, ('<p class="gw-photo-credit">%s</p>' % E(a["photo"])) if a["photo"] else "", box, body, specs,
            links([(b["path"], b["title"]) for b in A if b is not a]))
        ld = {"@context": "https://schema.org", "@type": a["kind"], "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "publisher": {"@type": "Organization", "name": "Gerätewelt"}}
        if i == 1:
            ld["author"] = {"@type": "Organization", "name": "Gerätewelt"}
        else:
            ld["author"] = [{"@type": "Person", "name": n} for n in names]
        if a["kind"] == "Review":
            ld["itemReviewed"] = {"@type": "Product", "name": "Aurel Watch 3", "brand": {"@type": "Brand", "name": "Aurel"}, "releaseDate": "2025-02-12",
                                  "offers": {"@type": "AggregateOffer", "lowPrice": "249.00", "priceCurrency": "EUR", "offerCount": 14}}
            ld["reviewRating"] = {"@type": "Rating", "ratingValue": "1.9", "bestRating": "1", "worstRating": "6"}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s | Gerätewelt">'
                '<meta name="author" content="Gerätewelt Redaktion">%s') % (s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s | Gerätewelt" % a["title"], main, head, "single"), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Die wichtigsten Tests und Deals der Woche", other["title"], "Wir und unsere 143 Partner"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Gerätewelt – Tests, News und Preisvergleich für Technik", '<section class="top"><h2>Top-Themen</h2><ul>%s</ul></section><section><h2>Bestenlisten</h2><ul>%s</ul></section>' % (
        links(every), links([("/bestenliste/smartwatches/", "Die besten Smartwatches"), ("/datenblatt/korva-nimbus-fold/", "Datenblatt: Korva Nimbus Fold")])), cls="home"))
    s.non("/tests/", shell("Tests – Gerätewelt", ('<h1>Tests</h1><div class="teaser teaser--review"><span class="note">1,9</span><h2><a href="%s">%s</a></h2><p>%s</p><p class="meta">Jonas Keller · 11.03.2025</p></div>'
          '<div class="teaser teaser--review"><span class="note">2,1</span><h2>Robi S7 im Test</h2><a href="/preisvergleich/robi-s7/">Preise vergleichen</a></div>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0])), cls="archive"))
    s.non("/news/", shell("News – Gerätewelt", '<h1>News</h1><ul>%s</ul>' % links(every[1:2]), cls="archive"))
    s.non("/kaufberatung/", shell("Kaufberatung – Gerätewelt", '<h1>Kaufberatung</h1><ul>%s</ul>' % links(every[2:]), cls="archive"))
    offers = [("Elektrowelt24", "249,00 €", "kostenlos", "1–2 Werktage"), ("Amazon", "259,99 €", "kostenlos", "morgen"), ("MediaMax", "279,00 €", "4,99 €", "2–3 Werktage"),
              ("Technikdirekt", "289,90 €", "kostenlos", "3–5 Werktage")]
    rows = "".join("<tr><td>%s</td><td class='price'>%s</td><td>%s</td><td>%s</td><td><a rel='nofollow sponsored' href='/preisvergleich/'>Zum Shop</a></td></tr>" % o for o in offers)
    s.non("/preisvergleich/aurel-watch-3/", shell("Aurel Watch 3 Preisvergleich – ab 249,00 € | Gerätewelt", ('<div class="pv-product"><h1>Aurel Watch 3</h1><p class="pv-summary">Smartwatch · 1,43 Zoll AMOLED · bis 12 Tage Akku · 5 ATM</p>'
          '<div class="pv-rating">Gerätewelt-Testnote: <a href="%s">1,9 (gut)</a></div><div class="pv-history">Preisverlauf: -17%% seit Marktstart (12.02.2025)</div>'
          '<table class="pv-offers"><tr><th>Händler</th><th>Preis</th><th>Versand</th><th>Lieferzeit</th><th></th></tr>%s</table><p class="pv-note">Preise zuletzt aktualisiert: 14.03.2025, 06:00 Uhr. Alle Angaben ohne Gewähr.</p></div>') % (A[0]["path"], rows),
          jl({"@context": "https://schema.org", "@type": "Product", "name": "Aurel Watch 3", "releaseDate": "2025-02-12", "offers": {"@type": "AggregateOffer", "lowPrice": "249.00", "highPrice": "289.90", "priceCurrency": "EUR", "offerCount": 4}}), cls="product"))
    s.non("/preisvergleich/robi-s7/", shell("Robi S7 Preisvergleich – ab 249,00 € | Gerätewelt", '<div class="pv-product"><h1>Robi S7</h1><p>Saugroboter mit Lasernavigation</p><table class="pv-offers"><tr><td>Amazon</td><td>249,00 €</td></tr><tr><td>MediaMax</td><td>269,00 €</td></tr></table><a href="%s">Zur Kaufberatung</a></div>' % A[2]["path"], cls="product"))
    s.non("/preisvergleich/", shell("Preisvergleich – Gerätewelt", '<h1>Preisvergleich</h1><ul>%s</ul>' % links([("/preisvergleich/aurel-watch-3/", "Aurel Watch 3"), ("/preisvergleich/robi-s7/", "Robi S7")]), cls="archive"))
    rank = [("1", "Aurel Watch 3", "1,9", "ab 249 €"), ("2", "Fitra Sense 2", "2,0", "ab 219 €"), ("3", "Korva Watch", "2,2", "ab 189 €"), ("4", "Pulse One", "2,4", "ab 129 €")]
    s.non("/bestenliste/smartwatches/", shell("Die besten Smartwatches 2025: Bestenliste | Gerätewelt", ('<h1>Die besten Smartwatches 2025</h1><p class="stand">Stand: März 2025</p>'
          '<p>In unserer Bestenliste finden Sie alle Smartwatches, die wir getestet haben, sortiert nach Testnote.</p><table class="ranking"><tr><th>Platz</th><th>Modell</th><th>Note</th><th>Preis</th></tr>%s</table><a href="%s">Zum Test der Aurel Watch 3</a>') % (
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rank), A[0]["path"]), cls="ranking"))
    specs = [("Hersteller", "Korva"), ("Marktstart", "11.04.2025"), ("Display innen", "7,8 Zoll, 2.600 nits"), ("Display außen", "6,4 Zoll"), ("Akku", "4.800 mAh"),
             ("Speicher", "256 / 512 GB"), ("Gewicht", "229 g"), ("UVP", "1.899 Euro")]
    s.non("/datenblatt/korva-nimbus-fold/", shell("Korva Nimbus Fold: Datenblatt und technische Daten | Gerätewelt", ('<h1>Korva Nimbus Fold – Datenblatt</h1><table class="datasheet">%s</table>'
          '<p>Alle technischen Daten laut Hersteller.</p><a href="%s">News zum Marktstart</a>') % ("".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in specs), A[1]["path"]), cls="datasheet"))
    for sl, (n, role, bio) in AU.items():
        mine = [(a["path"], a["title"]) for a in A if sl in [x[1] for x in a["by"]]]
        s.non("/autor/%s/" % sl, shell("%s – Autor bei Gerätewelt" % n, '<div class="author-box"><h1>%s</h1><p class="role">%s</p><p>%s</p></div><h2>Artikel von %s</h2><ul>%s</ul>' % (E(n), E(role), E(bio), E(n), links(mine)), cls="author"))
    s.non("/thema/smartwatch/", shell("Smartwatch: Tests, News und Ratgeber | Gerätewelt", '<h1>Smartwatch</h1><ul>%s</ul>' % links(every[:1] + [("/bestenliste/smartwatches/", "Die besten Smartwatches")]), cls="tag"))
    s.non("/newsletter/", shell("Newsletter – Gerätewelt", '<h1>Der Gerätewelt-Newsletter</h1><p>Die wichtigsten Tests und Deals der Woche jeden Freitag kostenlos in Ihr Postfach.</p><form><input type="email"><button>Anmelden</button></form>'))
    s.non("/impressum/", shell("Impressum – Gerätewelt", '<h1>Impressum</h1><p>Gerätewelt GmbH, Hafenstraße 12, 20457 Hamburg. Chefredaktion: Jonas Keller.</p>'))
    s.sitemap([a["path"] for a in A] + ["/preisvergleich/aurel-watch-3/", "/bestenliste/smartwatches/", "/datenblatt/korva-nimbus-fold/"], "/preisvergleich/go/")


# ------------------------------------------------------------ 3 Le Comptoir du Hardware (French PC hardware, benchmark tables, forum)
def comptoir():
    s = Site(3)
    A = [dict(path="/articles/1287-test-nexa-rx-8800-xt.html", cat=("Tests", "/articles/tests/"),
              title="Test : Nexa RX 8800 XT, la carte graphique qui bouscule le milieu de gamme",
              by=[("Julien Roussel", "julien-roussel")], line="par {a} le 12 mars 2025 à 15h00", date="2025-03-12", paras=[
                  "Annoncée il y a trois semaines, la Nexa RX 8800 XT arrive enfin dans notre labo. Avec ses 16 Go de mémoire et un prix public de 599 euros, elle vise directement les joueurs en 1440p qui ne veulent plus sacrifier la qualité des textures faute de mémoire vidéo.",
                  "La puce reprend l'architecture de la génération précédente, gravée plus finement, avec 64 unités de calcul et un cache de 64 Mo. Nexa annonce une consommation de 263 watts, un chiffre que nous avons vérifié à la prise avec notre wattmètre.",
                  "En jeu, le bilan est flatteur : en 1440p, la RX 8800 XT devance sa concurrente directe de 8 % en moyenne sur notre panel de dix titres, et l'écart grimpe à 15 % dans les jeux gourmands en mémoire. En ray tracing, elle reste en revanche un cran en dessous.",
                  "Le modèle de référence que nous avons testé reste discret : 34 dB en charge à 50 centimètres, et une température de la mémoire qui ne dépasse jamais 86 °C. Nous avons toutefois relevé un léger sifflement électronique au-delà de 200 images par seconde.",
                  "À 599 euros, la Nexa RX 8800 XT est la carte à conseiller pour le 1440p. Reste à savoir si les modèles personnalisés, annoncés jusqu'à 679 euros, garderont cet avantage tarifaire."],
              bench=[("Cyber Run 2077", "1440p, Ultra", "92", "85", "71"), ("Hollow Tide", "1440p, Élevé", "118", "109", "96"), ("Field Ops 6", "1440p, Ultra", "141", "127", "118"),
                     ("Starfall Tactics", "1440p, Ultra", "164", "160", "139")]),
         dict(path="/news/2025/03/10/arkon-annonce-ses-processeurs-ryzo-9000x3d-pour-avril.html", cat=("News", "/news/"),
              title="Arkon annonce ses processeurs Ryzo 9000X3D pour avril",
              by=[("Élodie Marchand", "elodie-marchand"), ("Julien Roussel", "julien-roussel")], line="par {a}, le 10/03/2025 à 09h12 | Mis à jour le 11/03/2025 à 17h40",
              date="2025-03-10", paras=[
                  "Arkon a officialisé lundi deux nouveaux processeurs dotés de son cache empilé, les Ryzo 9 9950X3D et Ryzo 9 9900X3D. Ils seront disponibles le 8 avril, respectivement à 719 et 629 euros.",
                  "Contrairement à la génération précédente, le cache supplémentaire est désormais placé sous les cœurs et non au-dessus, ce qui permet selon Arkon de relever les fréquences et de débloquer l'overclocking sur ces modèles.",
                  "Le constructeur promet jusqu'à 20 % de performances en plus dans les jeux par rapport aux Ryzo 7000X3D, un chiffre tiré de ses propres mesures que nous vérifierons dès réception des échantillons.",
                  "Mise à jour : Arkon nous précise que les cartes mères équipées du chipset B650 seront compatibles après une mise à jour du BIOS, déjà disponible chez la plupart des fabricants."],
              bench=None),
         dict(path="/tutos/comment-mettre-a-jour-le-bios-de-sa-carte-mere.html", cat=("Tutos", "/tutos/"),
              title="Tuto : comment mettre à jour le BIOS de sa carte mère sans risque",
              by=[("Thomas Girard", "thomas-girard")], line="Publié le 05/03/2025 à 11h30 par {a}", date="2025-03-05", paras=[
                  "Mettre à jour le BIOS de sa carte mère fait encore peur à beaucoup d'utilisateurs, et pour cause : une coupure de courant au mauvais moment pouvait autrefois transformer la carte en presse-papier. Aujourd'hui, la procédure est bien plus sûre, à condition de respecter quelques règles.",
                  "Commencez par identifier précisément votre modèle et sa révision, indiquées sur la carte elle-même ou dans l'utilitaire du fabricant. Téléchargez ensuite le fichier uniquement depuis le site officiel du constructeur, jamais depuis un forum ou un site tiers.",
                  "Copiez le fichier sur une clé USB formatée en FAT32, redémarrez et entrez dans le BIOS avec la touche Suppr. L'outil de mise à jour intégré, qui porte un nom différent selon les marques, se charge du reste en quelques minutes.",
                  "Surtout, ne touchez à rien pendant l'opération et laissez la machine redémarrer seule, parfois plusieurs fois. Pensez enfin à réactiver le profil mémoire XMP ou EXPO, que la mise à jour remet presque toujours à zéro."],
              bench=None)]
    AU = {"julien-roussel": ("Julien Roussel", "Rédacteur en chef. Teste des cartes graphiques depuis l'époque où 256 Mo de mémoire vidéo semblaient une folie."),
          "elodie-marchand": ("Élodie Marchand", "Journaliste, suit les processeurs et les annonces des constructeurs."),
          "thomas-girard": ("Thomas Girard", "Rédacteur des tutos et du guide d'achat mensuel.")}
    FORUM = "/forum/cartes-graphiques/sujet-8812-rx-8800-xt-sifflement-coil-whine.html"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"><title>%s</title><meta name="author" content="Le Comptoir du Hardware">'
                '<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="Le Comptoir du Hardware">%s</head><body>'
                '<div id="topbar"><a href="/">Le Comptoir du Hardware</a> <a href="/forum/">Forum</a> <a href="/bons-plans/">Bons plans</a> <a href="/newsletter.html">Newsletter</a></div>'
                '<div id="menu"><ul><li><a href="/news/">News</a></li><li><a href="/articles/tests/">Tests</a></li><li><a href="/tutos/">Tutos</a></li><li><a href="/base-gpu/">Base GPU</a></li></ul></div>'
                '<div id="pub-haut" class="pub">Publicité</div><div id="contenu">%s</div><div id="sidebar"><h3>Les plus lus</h3><ul>%s</ul><div class="pub">Publicité</div></div>'
                '<div id="pied"><p>Le Comptoir du Hardware © 2005-2025 - <a href="/contact.html">Contact</a> - <a href="/mentions-legales.html">Mentions légales</a></p></div>'
                '<div id="cookie-bar">Ce site utilise des cookies pour la mesure d\'audience et la publicité. <a href="/cookies.html">En savoir plus</a> <button>OK</button></div></body></html>') % (
            E(title), head, main, links([(a["path"], a["title"]) for a in A]))

    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        au = " et ".join('<a href="/auteur/%s.html">%s</a>' % (sl, E(n)) for n, sl in a["by"])
        line = a["line"].replace("{a}", au)
        body = ps(a["paras"][:2])
        if a["bench"]:
            rows = "".join("<tr><td>%s</td><td>%s</td><td class='win'>%s</td><td>%s</td><td>%s</td></tr>" % r for r in a["bench"])
            body += ('<h2>Performances en jeu</h2><table class="bench"><caption>Images par seconde (moyenne) - plus c\'est haut, mieux c\'est</caption>'
                     '<tr><th>Jeu</th><th>Réglages</th><th>RX 8800 XT</th><th>GF 5070 Ti</th><th>RX 7800 XT</th></tr>%s</table>'
                     '<p class="bench-note">Plateforme : Ryzo 7 9800X3D, 32 Go DDR5-6000, pilotes 25.3.1.</p>') % rows
            body += ps(a["paras"][2:4])
            body += ('<h2>Consommation et nuisances</h2><table class="bench"><tr><th>Carte</th><th>Conso (W)</th><th>Bruit (dB)</th></tr>'
                     '<tr><td>RX 8800 XT</td><td>261</td><td>34</td></tr><tr><td>GF 5070 Ti</td><td>284</td><td>36</td></tr></table>')
            body += ('<h2>Conclusion</h2>%s<div class="verdict"><div class="award">Comptoir Recommande</div><div class="plus"><h4>On aime</h4><ul><li>Performances en 1440p</li><li>16 Go de mémoire</li><li>Discrétion</li></ul></div>'
                     '<div class="moins"><h4>On aime moins</h4><ul><li>Ray tracing en retrait</li><li>Léger coil whine</li></ul></div></div>') % ps(a["paras"][4:])
        elif i == 2:
            body += '<ol class="etapes"><li>Identifier la carte mère</li><li>Télécharger le BIOS</li><li>Préparer la clé USB</li><li>Lancer la mise à jour</li></ol>' + ps(a["paras"][2:])
        else:
            body += ps(a["paras"][2:]) + '<p class="source">Source : Arkon</p>'
        main = ('<div class="article"><div class="fil"><a href="/">Accueil</a> &gt; <a href="%s">%s</a></div><h1>%s</h1><div class="infos">%s</div>'
                '<div class="partage"><a href="#fb">Partager</a> <a href="#x">Tweeter</a></div><div class="texte">%s</div>'
                '<div class="encart-forum"><a href="%s">Réagir sur le forum (27 messages)</a></div>'
                '<div class="a-lire"><h3>À lire aussi</h3><ul>%s</ul></div></div>') % (
            a["cat"][1], a["cat"][0], E(a["title"]), line, body, FORUM, links([(b["path"], b["title"]) for b in A if b is not a]))
        head = '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(a["title"]), E(a["paras"][0][:150]))
        s.art(a["path"], shell("%s - Le Comptoir du Hardware" % a["title"], main, head), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Ce site utilise des cookies", "Réagir sur le forum"])
    every = [(a["path"], a["title"]) for a in A]
    posts = [("Kevin_77", "Membre", "12/03/2025 à 18:02", "Salut, reçu ma RX 8800 XT ce midi et j'ai un sifflement assez audible dans les menus des jeux, surtout au-delà de 300 fps. C'est normal ou je la renvoie ?"),
             ("Julien Roussel", "Rédaction", "12/03/2025 à 18:40", "On l'a aussi relevé sur notre exemplaire au-delà de 200 images par seconde. Limite les fps dans le pilote, ça règle le problème dans les menus."),
             ("Hardwarefan", "Membre VIP", "12/03/2025 à 21:15", "Même chose sur la mienne, le cap à 165 fps a tout réglé. Par contre la température mémoire monte vite dans un boîtier mal ventilé."),
             ("Kevin_77", "Membre", "13/03/2025 à 08:05", "Merci à tous, cap mis dans le pilote et plus aucun bruit. Je garde la carte !")]
    pb = "".join('<div class="post"><div class="auteur"><b>%s</b><br><span>%s</span></div><div class="msg"><div class="date">Posté le %s</div><p>%s</p></div></div>' % (E(u), E(r), d, E(t)) for u, r, d, t in posts)
    s.non(FORUM, shell("RX 8800 XT : sifflement (coil whine) - Cartes graphiques - Forum - Le Comptoir du Hardware", '<div class="forum"><div class="fil"><a href="/forum/">Forum</a> &gt; <a href="/forum/cartes-graphiques/">Cartes graphiques</a></div><h1>RX 8800 XT : sifflement (coil whine)</h1>%s<a href="%s">Lire notre test</a></div>' % (pb, A[0]["path"]),
          jl({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "RX 8800 XT : sifflement (coil whine)", "datePublished": "2025-03-12T18:02:00+01:00", "author": {"@type": "Person", "name": "Kevin_77"}})))
    s.non("/forum/", shell("Forum - Le Comptoir du Hardware", '<h1>Forum</h1><ul>%s</ul>' % links([("/forum/cartes-graphiques/", "Cartes graphiques")])))
    s.non("/forum/cartes-graphiques/", shell("Cartes graphiques - Forum - Le Comptoir du Hardware", '<h1>Cartes graphiques</h1><table><tr><td><a href="%s">RX 8800 XT : sifflement (coil whine)</a></td><td>Kevin_77</td><td>4 réponses</td></tr></table>' % FORUM))
    gspec = [("Architecture", "NXA 4"), ("Unités de calcul", "64"), ("Fréquence boost", "2 970 MHz"), ("Mémoire", "16 Go GDDR6, 256 bits"), ("TDP", "263 W"),
             ("Date de sortie", "06/03/2025"), ("Prix de lancement", "599 €")]
    s.non("/base-gpu/nexa-rx-8800-xt.html", shell("Nexa RX 8800 XT : caractéristiques techniques - Base GPU - Le Comptoir du Hardware", ('<h1>Nexa RX 8800 XT</h1><table class="specs">%s</table>'
          '<h2>Tests et news</h2><ul>%s</ul>') % ("".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in gspec), links(every[:1]))))
    s.non("/base-gpu/", shell("Base GPU - Le Comptoir du Hardware", '<h1>Base de données des cartes graphiques</h1><ul>%s</ul>' % links([("/base-gpu/nexa-rx-8800-xt.html", "Nexa RX 8800 XT")])))
    deals = [("SSD Arkon 2 To NVMe PCIe 4.0", "119,99 €", "149,99 €", "LDLC"), ("Nexa RX 8800 XT Pulse 16 Go", "609,99 €", "639,99 €", "Materiel.net"), ("Écran 27\" 1440p 180 Hz", "199 €", "249 €", "Amazon")]
    s.non("/bons-plans/", shell("Bons plans hardware - Le Comptoir du Hardware", '<h1>Les bons plans du jour</h1><p>Mis à jour le 14/03/2025</p><ul class="deals">%s</ul>' % "".join(
        '<li><b>%s</b> à <span class="prix">%s</span> <s>%s</s> chez %s <a rel="sponsored" href="/bons-plans/">Voir l\'offre</a></li>' % (E(n), p, o, m) for n, p, o, m in deals)))
    s.non("/articles/tests/", shell("Tests - Le Comptoir du Hardware", '<h1>Tests</h1><div class="teaser"><h2><a href="%s">%s</a></h2><p>%s</p><p>12/03/2025 - Julien Roussel</p></div>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]))))
    s.non("/news/", shell("News - Le Comptoir du Hardware", '<h1>News</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/tutos/", shell("Tutos - Le Comptoir du Hardware", '<h1>Tutos</h1><ul>%s</ul>' % links(every[2:])))
    for sl, (n, bio) in AU.items():
        mine = [(a["path"], a["title"]) for a in A if sl in [x[1] for x in a["by"]]]
        s.non("/auteur/%s.html" % sl, shell("%s - Le Comptoir du Hardware" % n, '<h1>%s</h1><p>%s</p><h2>Ses derniers articles</h2><ul>%s</ul>' % (E(n), E(bio), links(mine))))
    s.non("/newsletter.html", shell("Newsletter - Le Comptoir du Hardware", '<h1>Newsletter</h1><p>Recevez chaque lundi nos tests, news et bons plans.</p><form><input type="email"><button>Je m\'inscris</button></form>'))
    s.non("/", shell("Le Comptoir du Hardware - Tests, news et bons plans hardware", '<h2>À la une</h2><ul>%s</ul><h2>Forum</h2><ul>%s</ul>' % (links(every + [("/bons-plans/", "Les bons plans du jour")]), links([(FORUM, "RX 8800 XT : sifflement (coil whine)")]))))
    s.rss("/rss.xml", "Le Comptoir du Hardware", [(a["path"], a["title"], d) for a, d in zip(A, ["Wed, 12 Mar 2025 14:00:00 GMT", "Mon, 10 Mar 2025 08:12:00 GMT", "Wed, 05 Mar 2025 10:30:00 GMT"])])


# ------------------------------------------------------------ 4 Respawn (en-GB games news, Eurogamer-like)
def respawn():
    s = Site(4)
    A = [dict(path="/hollow-tide-delayed-to-june-developer-confirms", kind="News", title="Hollow Tide delayed to June, developer confirms",
              strap="Studio says extra time will go on performance and accessibility.", by=[("Callum Price", "News Reporter", "callum-price")],
              iso="2025-03-12T10:05:00+00:00", mod="2025-03-13T08:30:00+00:00", pub="12 March 2025", upd="13 March 2025", date="2025-03-12", paras=[
                  "Hollow Tide, the underwater metroidvania from Brighton studio Lanternfish, has been delayed from April to June, the developer confirmed this morning.",
                  "In a post on social media, Lanternfish said the new release date of 19th June would give the team time to improve performance on consoles and add accessibility options that players had asked for after last autumn's demo.",
                  "\"We know a delay is never what anyone wants to hear,\" the studio wrote. \"But we would rather ship the game we promised than a game that stutters every time you enter a new cavern.\"",
                  "The delay is the second for Hollow Tide, which was first shown in 2022 and originally planned for late 2024. Pre-orders will remain open, and the studio said everyone who has pre-ordered will get the game's soundtrack for free.",
                  "Update 13/03/25: Publisher Driftwood Games has confirmed to Respawn that the Switch version will now follow later in the summer rather than launching alongside the other versions."]),
         dict(path="/starfall-tactics-hands-on-xcom-with-a-deckbuilders-heart", kind="Hands-on", title="Starfall Tactics hands-on: XCOM with a deckbuilder's heart",
              strap="Two hours with the turn-based strategy game where every soldier is a hand of cards.", by=[("Aoife Brennan", "Contributor", "aoife-brennan")],
              iso="2025-03-10T14:00:00+00:00", mod="2025-03-10T14:00:00+00:00", pub="10 March 2025", upd=None, date="2025-03-10", paras=[
                  "Starfall Tactics wastes no time telling you what it is. Within ten minutes of the preview build I had lost a squad member to an alien sniper I never saw, and within twenty I had realised that my real mistake had been three turns earlier, when I spent my best card on a dash instead of saving it for cover.",
                  "Each of your soldiers carries a small deck instead of a fixed list of abilities. At the start of every turn you draw a hand for each of them, and everything, from moving to shooting to reloading, costs a card. It sounds fiddly, but it turns every turn into a small puzzle with more than one good answer.",
                  "Between missions you tune those decks on the bridge of your ship, adding cards earned in battle and cutting the weak ones. The two hours I played only hinted at how deep this goes, but the developers promise more than two hundred cards at launch.",
                  "It is not all polished yet. The camera sometimes hid enemies behind scenery, and the tutorial explains the card system well but says almost nothing about the ship. Still, I left wanting to play another mission, which is the best thing a preview can do.",
                  "Starfall Tactics is due out on PC and consoles later this year."]),
         dict(path="/rift-runners-review-a-roguelike-that-never-lets-you-stop", kind="Review", title="Rift Runners review - a roguelike that never lets you stop",
              strap="Breathless, generous and occasionally exhausting.", by=[("Hana Ito", "Contributor", "hana-ito")],
              iso="2025-03-06T16:00:00+00:00", mod="2025-03-06T16:00:00+00:00", pub="6 March 2025", upd=None, date="2025-03-06", paras=[
                  "Rift Runners has a timer in the corner of the screen, and it never stops. Not in menus, not in the shop, not when you open the map. It is the single design decision that makes the game, and the one that will decide whether you love it or drop it after an evening.",
                  "The loop is familiar: sprint through a run of randomly assembled rooms, pick up upgrades, die, unlock something, go again. What is different is the speed. A good run lasts twelve minutes, and the faster you clear a room the more powerful the upgrade you are offered at its exit.",
                  "At its best this creates a wonderful rhythm, where you stop thinking and start reacting, chaining dashes and attacks through rooms you barely register. At its worst, on a bad run, the timer turns every small mistake into a slow collapse.",
                  "The developers have been generous with options, though, and a relaxed mode that slows the clock by half made the later biomes far more enjoyable for me. Purists will sneer; I would have dropped the game without it.",
                  "Rift Runners is out on 13th March on PC, PlayStation 5 and Xbox Series X/S. It is the most exciting roguelike I have played this year, and also the most tiring."])]
    AU = {"callum-price": ("Callum Price", "News Reporter", "Callum writes news for Respawn from Bristol. He has finished Hollow Knight eleven times and is not sorry."),
          "aoife-brennan": ("Aoife Brennan", "Contributor", "Aoife is a freelance writer who covers strategy games, tabletop crossovers and anything with a hex grid."),
          "hana-ito": ("Hana Ito", "Contributor", "Hana reviews action games and roguelikes for Respawn and several other outlets.")}
    GAME = "/games/hollow-tide"
    VID = "/videos/hollow-tide-official-gameplay-trailer"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">'
                '<meta property="og:site_name" content="Respawn">%s</head><body class="page_article"><div class="sp_message_container">'
                '<div class="message">We and our partners use cookies to personalise content and ads. <button>Accept all</button> <button>Settings</button></div></div>'
                '<header class="site_header"><a href="/" class="logo">Respawn</a><nav class="primary_nav"><a href="/news">News</a> <a href="/reviews">Reviews</a> '
                '<a href="/features">Features</a> <a href="/videos">Videos</a> <a href="/newsletter">Newsletter</a></nav><a class="supporter" href="/supporter">Become a supporter</a></header>'
                '<div class="leaderboard advert" data-ad="leaderboard"></div><main class="page_content">%s</main>'
                '<footer class="site_footer"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Respawn Media Ltd. All rights reserved.</p></footer></body></html>') % (
            E(title), head, main)

    for i, a in enumerate(A):
        names = [n for n, _, _ in a["by"]]
        au = " and ".join('<a href="/authors/%s" class="author_name">%s</a> <span class="author_title">%s</span>' % (sl, E(n), E(r)) for n, r, sl in a["by"])
        dates = '<div class="published_at"><time datetime="%s">Published on %s</time></div>' % (a["iso"], a["pub"])
        if a["upd"]:
            dates = '<div class="updated_at"><time datetime="%s">Updated on %s</time></div>' % (a["mod"], a["upd"]) + dates
        verdict = ""
        if a["kind"] == "Review":
            verdict = ('<aside class="review_rating"><div class="badge badge_recommended">Respawn Recommended</div><p class="platforms">Reviewed on PS5. Also available on PC and Xbox Series X/S.</p>'
                       '<p class="disclosure">A copy of the game was provided for review by the publisher.</p></aside>')
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2]) + ('<aside class="related_box"><span>Read more</span><a href="%s">%s</a></aside>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:])
        comments = ('<section class="comments" id="comments"><h2>Comments (54)</h2><div class="comment"><span class="username">pixelmonk</span> <time>2 days ago</time>'
                    '<p>Honestly fine with this, the demo ran terribly on my Series S.</p></div><div class="comment"><span class="username">Gravlax</span> <time>1 day ago</time>'
                    '<p>Second delay though. Starting to worry.</p></div></section>')
        main = ('<article class="article"><header class="article_header"><p class="article_type">%s</p><h1 class="title">%s</h1><p class="strapline">%s</p>'
                '<div class="article_info"><div class="author">%s by %s</div>%s</div></header>'
                '<div class="headline_image"><img src="/uploads/%d.jpg" alt=""><p class="caption">Image credit: Lanternfish / Driftwood Games</p></div>%s'
                '<div class="article_body"><div class="article_body_content">%s</div></div>'
                '<div class="newsletter_signup"><h3>Sign up for the Respawn newsletter</h3><p>Get the week\'s biggest gaming stories delivered straight to your inbox every Friday.</p><form><input type="email"><button>Sign up</button></form></div>'
                '<div class="tags"><a href="/tags/roguelike">Roguelike</a> <a href="/tags/strategy">Strategy</a> <a href="%s">Hollow Tide</a></div></article>%s'
                '<aside class="more"><h2>More from Respawn</h2><ul>%s</ul></aside>') % (
            a["kind"], E(a["title"]), E(a["strap"]), a["kind"], au, dates, i, verdict, body, GAME, comments if i == 0 else "", links([(b["path"], b["title"]) for b in A if b is not a] + [(VID, "Hollow Tide: Official Gameplay Trailer")]))
        ld = {"@context": "https://schema.org", "@type": "Review" if a["kind"] == "Review" else "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n, "url": s.url("/authors/" + sl)} for n, _, sl in a["by"]], "publisher": {"@type": "Organization", "name": "Respawn"}}
        if a["kind"] == "Review":
            ld["itemReviewed"] = {"@type": "VideoGame", "name": "Rift Runners", "datePublished": "2025-03-13", "gamePlatform": ["PC", "PlayStation 5", "Xbox Series X/S"]}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), E(a["strap"]), a["iso"], a["mod"], jl(ld))
        s.art(a["path"], shell("%s | Respawn" % a["title"], main, head), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Get the week's biggest gaming stories", "Honestly fine with this", "We and our partners use cookies"])
    every = [(a["path"], a["title"]) for a in A]
    s.non("/", shell("Respawn: video game news, reviews and features", '<section class="top_stories"><ul>%s</ul></section><section><h2>Coming soon</h2><ul>%s</ul></section>' % (
        links(every + [(VID, "Hollow Tide: Official Gameplay Trailer")]), links([(GAME, "Hollow Tide")]))))
    s.non("/news", shell("Latest video game news | Respawn", '<h1>News</h1><ul>%s</ul>' % links(every[:1])))
    s.non("/features", shell("Features | Respawn", '<h1>Features</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/reviews", shell("Game reviews | Respawn", ('<h1>Reviews</h1><div class="review_card"><span class="badge">Recommended</span><h2><a href="%s">%s</a></h2><p>%s</p><p class="byline">Hana Ito · 6 March 2025</p></div>'
          '<div class="review_card"><h2>Mossgarden review - a cosy farming sim with teeth</h2><p>Review by Callum Price · 27 February 2025</p></div>') % (A[2]["path"], E(A[2]["title"]), E(A[2]["strap"]))))
    facts = [("Release date", "19 June 2025 (previously 17 April 2025)"), ("Platforms", "PC, PlayStation 5, Xbox Series X/S, Switch (later)"), ("Developer", "Lanternfish"),
             ("Publisher", "Driftwood Games"), ("Genre", "Metroidvania")]
    s.non(GAME, shell("Hollow Tide - release date, trailers, news and reviews | Respawn", ('<div class="game_page"><h1>Hollow Tide</h1><dl class="game_facts">%s</dl>'
          '<p class="game_summary">Dive into a flooded kingdom beneath the waves in this hand-drawn metroidvania from the creators of Lantern Moss.</p><h2>Latest Hollow Tide news</h2><ul>%s</ul></div>') % (
        "".join("<dt>%s</dt><dd>%s</dd>" % (E(k), E(v)) for k, v in facts), links(every[:1] + [(VID, "Hollow Tide: Official Gameplay Trailer")])),
        jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "Hollow Tide", "datePublished": "2025-06-19", "gamePlatform": ["PC", "PlayStation 5", "Xbox Series X/S"], "publisher": "Driftwood Games"})))
    s.non(VID, shell("Hollow Tide: Official Gameplay Trailer | Respawn", ('<div class="video_page"><div class="player"><iframe src="https://video.example/embed/ht-trailer"></iframe></div><h1>Hollow Tide: Official Gameplay Trailer</h1>'
          '<p>Eight minutes of new footage from Lanternfish\'s underwater metroidvania.</p><p class="date">12 March 2025</p><ul>%s</ul></div>') % links(every[:1]),
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Hollow Tide: Official Gameplay Trailer", "uploadDate": "2025-03-12T09:00:00+00:00"})))
    s.non("/videos", shell("Videos | Respawn", '<h1>Videos</h1><ul>%s</ul>' % links([(VID, "Hollow Tide: Official Gameplay Trailer")])))
    for sl, (n, r, bio) in AU.items():
        mine = [(a["path"], a["title"]) for a in A if sl in [x[2] for x in a["by"]]]
        s.non("/authors/" + sl, shell("%s | Respawn" % n, '<div class="author_page"><h1>%s</h1><p class="role">%s</p><p class="bio">%s</p><h2>Latest articles</h2><ul>%s</ul></div>' % (E(n), E(r), E(bio), links(mine))))
    s.non("/tags/roguelike", shell("Roguelike | Respawn", '<h1>Roguelike</h1><ul>%s</ul>' % links(every[2:])))
    s.non("/tags/strategy", shell("Strategy | Respawn", '<h1>Strategy</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/newsletter", shell("Newsletter | Respawn", '<h1>The Respawn newsletter</h1><p>Get the week\'s biggest gaming stories delivered straight to your inbox every Friday.</p><form><input type="email"><button>Sign up</button></form>'))
    s.non("/supporter", shell("Become a Respawn supporter", '<h1>Become a supporter</h1><p>Ad-free browsing, a monthly letter from the editor and our eternal gratitude for £3.99 a month.</p><a href="/">Back</a>'))
    s.sitemap([a["path"] for a in A] + [GAME, VID])


# ------------------------------------------------------------ 5 PadZone (Spanish game reviews, 3DJuegos/Vandal-like)
def padzone():
    s = Site(5)
    A = [dict(path="/analisis/rift-runners-analisis-roguelike-frenetico/", kind="Análisis", title="Análisis de Rift Runners, un roguelike frenético que engancha desde la primera partida",
              by=[("Álvaro Medina", "alvaro-medina")], iso="2025-03-12T17:00:00+01:00", shown="12 de marzo de 2025, 17:00", upd=None, date="2025-03-12", score=("8.5", "Muy bueno"),
              paras=[
                  "Hay juegos que se disfrutan con calma y juegos que no te dejan respirar. Rift Runners pertenece sin duda al segundo grupo: un roguelike de acción en el que el reloj nunca se detiene, ni siquiera cuando abres el mapa o entras en la tienda.",
                  "La estructura es la habitual del género. Recorres salas generadas al azar, eliges mejoras, mueres y vuelves a empezar con algo más de poder. La diferencia está en el ritmo: cuanto más rápido limpias una sala, mejor es la recompensa que te ofrecen a la salida.",
                  "Durante nuestras cerca de treinta horas de juego hemos vivido partidas memorables, encadenando esquivas y ataques casi sin pensar. También hemos sufrido partidas en las que un error pequeño al principio nos condenaba sin remedio diez minutos después.",
                  "En lo técnico, la versión de PS5 que hemos analizado mantiene los 60 fotogramas por segundo incluso con la pantalla llena de enemigos, y la banda sonora electrónica acompaña muy bien la sensación de urgencia.",
                  "Rift Runners no es para todo el mundo, pero si buscas un roguelike intenso y generoso en opciones de accesibilidad, es una de las mejores propuestas de lo que llevamos de año."],
              best=["Un ritmo adictivo como pocos", "Muchísimas mejoras y combinaciones", "Opciones de accesibilidad generosas"], worst=["Algunas partidas se tuercen sin remedio", "Puede agotar en sesiones largas"]),
         dict(path="/avances/starfall-tactics-impresiones-estrategia-cartas/", kind="Impresiones", title="Impresiones de Starfall Tactics: estrategia por turnos con alma de juego de cartas",
              by=[("Lucía Ferrer", "lucia-ferrer")], iso="2025-03-10T19:30:00+01:00", shown="10/03/2025 - 19:30", upd=None, date="2025-03-10", score=None, paras=[
                  "Hemos jugado dos horas a Starfall Tactics y la comparación con XCOM es inevitable: un escuadrón de soldados, coberturas, porcentajes de acierto y enemigos alienígenas que no perdonan. Pero basta un par de turnos para darse cuenta de que aquí las reglas son otras.",
                  "Cada soldado tiene su propio mazo de cartas. Moverse, disparar o recargar cuesta una carta, y al principio de cada turno robas una mano nueva para cada miembro del equipo. El resultado es que cada turno se convierte en un pequeño rompecabezas.",
                  "Entre misiones, en el puente de la nave, puedes retocar esos mazos con las cartas que ganas en combate. Es ahí donde se intuye la profundidad del juego, aunque la demo apenas nos dejó arañar la superficie.",
                  "Todavía hay aspectos por pulir, como una cámara que a veces esconde a los enemigos tras el escenario. Aun así, Starfall Tactics se ha ganado un hueco en nuestra lista de juegos más esperados del año."]),
         dict(path="/noticias/korva-anuncia-korva-go-consola-portatil-otono/", kind="Noticia", title="Korva anuncia Korva Go, su primera consola portátil, para este otoño",
              by=[("Marta Gil", "marta-gil"), ("Diego Romero", "diego-romero")], iso="2025-03-12T23:45:00+01:00", shown="12/03/2025 23:45", upd="Actualizado: 13/03/2025 11:20",
              date="2025-03-12", score=None, paras=[
                  "Korva, conocida hasta ahora por sus teléfonos móviles, ha anunciado esta noche su primera consola portátil. Se llamará Korva Go, llegará a las tiendas en otoño y costará 449 euros en su versión básica.",
                  "La consola tendrá una pantalla OLED de 7 pulgadas y podrá ejecutar juegos de PC a través de una tienda propia y de las principales tiendas digitales. La compañía asegura que su batería durará entre tres y ocho horas según el juego.",
                  "Durante la presentación se mostraron varios títulos funcionando en la máquina, entre ellos Rift Runners y Starfall Tactics, cuyos estudios han confirmado versiones optimizadas para el lanzamiento.",
                  "Korva no ha concretado la fecha exacta de salida en España, aunque fuentes de la compañía apuntan a finales de octubre. Las reservas se abrirán en las próximas semanas."])]
    AU = {"alvaro-medina": ("Álvaro Medina", "Redactor de análisis. Jugador de roguelikes, plataformas y todo lo que tenga un reloj en pantalla."),
          "lucia-ferrer": ("Lucía Ferrer", "Redactora especializada en estrategia y juegos de mesa."),
          "marta-gil": ("Marta Gil", "Redactora de actualidad."), "diego-romero": ("Diego Romero", "Redactor de actualidad y hardware.")}
    FICHA = "/juegos/rift-runners/"
    FORO = "/foro/rift-runners/hilo-ayuda-jefe-final-del-tercer-bioma-48213/"
    POD = "/podcast/padzone-podcast-142-korva-go-y-rift-runners/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body>'
                '<div class="didomi-notice"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios.</p><button>Aceptar y cerrar</button> <button>Configurar</button></div>'
                '<header class="pz-header"><a class="pz-logo" href="/">PadZone</a><nav><a href="/noticias/">Noticias</a> <a href="/analisis/">Análisis</a> <a href="/avances/">Avances</a> '
                '<a href="/lanzamientos/marzo-2025/">Lanzamientos</a> <a href="/foro/">Foro</a> <a href="/podcast/">Podcast</a></nav></header>'
                '<div class="pz-ad" id="megabanner">Publicidad</div><main>%s</main>'
                '<footer class="pz-footer"><a href="/quienes-somos/">Quiénes somos</a> <a href="/aviso-legal/">Aviso legal</a><p>PadZone © 2025. Todos los derechos reservados.</p></footer></body></html>') % (E(title), head, main)

    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        au = " y ".join('<a href="/autor/%s/" rel="author">%s</a>' % (sl, E(n)) for n, sl in a["by"])
        box = ""
        if a["score"]:
            box = ('<div class="pz-verdict"><div class="pz-score"><span class="num">%s</span><span class="txt">%s</span></div><div class="pz-best"><h4>Lo mejor</h4><ul>%s</ul></div>'
                   '<div class="pz-worst"><h4>Lo peor</h4><ul>%s</ul></div><p class="pz-platform">Versión comentada: PS5</p>'
                   '<p class="pz-ficha">Rift Runners · Lanzamiento: 13 de marzo de 2025 · <a href="%s">Ver ficha</a></p></div>') % (
                a["score"][0], a["score"][1], "".join("<li>%s</li>" % E(x) for x in a["best"]), "".join("<li>%s</li>" % E(x) for x in a["worst"]), FICHA)
        meta = '<span class="pz-author">Por %s</span> <time datetime="%s">%s</time>' % (au, a["iso"], a["shown"])
        if a["upd"]:
            meta += ' <span class="pz-upd">%s</span>' % a["upd"]
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:3]) + ('<div class="pz-relacionada"><b>Te puede interesar:</b> <a href="%s">%s</a></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][3:])
        main = ('<article class="pz-article"><div class="pz-kind">%s</div><h1>%s</h1><div class="pz-meta">%s</div><div class="pz-social">Compartir: <a href="#wa">WhatsApp</a> <a href="#x">X</a></div>'
                '<div class="pz-body">%s</div>%s</article><section class="pz-comentarios"><h3>Comentarios (31)</h3><div class="c"><b>NachoGamer</b> hace 1 día<p>Pintaza, me lo pillo el jueves.</p></div></section>'
                '<aside class="pz-mas"><h3>Más noticias</h3><ul>%s</ul></aside>') % (a["kind"], E(a["title"]), meta, body, box, links([(b["path"], b["title"]) for b in A if b is not a]))
        ld = {"@context": "https://schema.org", "@type": "Review" if a["score"] else "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": {"@type": "Organization", "name": "PadZone"}, "publisher": {"@type": "Organization", "name": "PadZone"}}
        if a["upd"]:
            ld["dateModified"] = "2025-03-13T11:20:00+01:00"
        if a["score"]:
            ld["itemReviewed"] = {"@type": "VideoGame", "name": "Rift Runners", "datePublished": "2025-03-13", "author": {"@type": "Organization", "name": "Blinkstep Studio"}}
            ld["reviewRating"] = {"@type": "Rating", "ratingValue": "8.5", "bestRating": "10"}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - PadZone">%s') % (s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s - PadZone" % a["title"], main, head), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Pintaza, me lo pillo", "Utilizamos cookies propias", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    ficha = [("Lanzamiento", "13 de marzo de 2025"), ("Plataformas", "PS5, Xbox Series X|S, PC"), ("Desarrollador", "Blinkstep Studio"), ("Género", "Roguelike, Acción"), ("Nota PadZone", "8.5"), ("Nota usuarios", "8.1 (212 votos)")]
    s.non(FICHA, shell("Rift Runners - Toda la información - PadZone", ('<div class="pz-ficha-juego"><h1>Rift Runners</h1><table>%s</table><p>Rift Runners es un roguelike de acción en el que el tiempo nunca se detiene.</p>'
          '<h2>Análisis</h2><ul>%s</ul><h2>Foro</h2><ul>%s</ul></div>') % ("".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in ficha), links(every[:1]), links([(FORO, "Ayuda con el jefe final del tercer bioma")])),
          jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "Rift Runners", "datePublished": "2025-03-13", "gamePlatform": ["PS5", "Xbox Series X|S", "PC"]})))
    s.non("/analisis/", shell("Análisis de videojuegos - PadZone", ('<h1>Análisis</h1><div class="pz-card"><span class="nota">8.5</span><h2><a href="%s">%s</a></h2><p>%s</p><p>Álvaro Medina · 12/03/2025</p></div>'
          '<div class="pz-card"><span class="nota">7</span><h2>Análisis de Mossgarden</h2><p>Un simulador de granja con más colmillos de lo que parece.</p></div>') % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]))))
    s.non("/avances/", shell("Avances e impresiones - PadZone", '<h1>Avances</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/noticias/", shell("Noticias de videojuegos - PadZone", '<h1>Noticias</h1><ul>%s</ul>' % links(every[2:])))
    posts = [("Dani_R", "12/03/2025 22:14", "¿Alguien ha pasado al jefe del tercer bioma? Me mata siempre en la segunda fase con el láser giratorio."),
             ("Kirika", "12/03/2025 22:40", "Tienes que esquivar hacia el láser, no alejarte. Y guarda el dash para cuando invoca a los drones."),
             ("Dani_R", "13/03/2025 09:02", "¡Hecho! Con la mejora de escudo y esquivando hacia dentro a la tercera. Gracias.")]
    s.non(FORO, shell("Ayuda con el jefe final del tercer bioma - Rift Runners - Foro PadZone", '<div class="foro"><h1>Ayuda con el jefe final del tercer bioma</h1>%s<a href="%s">Ficha del juego</a></div>' % (
        "".join('<div class="msg"><b>%s</b> <span>%s</span><p>%s</p></div>' % (u, d, E(t)) for u, d, t in posts), FICHA)))
    s.non("/foro/", shell("Foro - PadZone", '<h1>Foro</h1><ul>%s</ul>' % links([(FORO, "Rift Runners: Ayuda con el jefe final del tercer bioma")])))
    rel = [("13 de marzo", "Rift Runners", "PS5, Xbox Series X|S, PC"), ("20 de marzo", "Mossgarden", "Switch, PC"), ("27 de marzo", "Field Ops 6", "PS5, Xbox Series X|S, PC")]
    s.non("/lanzamientos/marzo-2025/", shell("Lanzamientos de videojuegos de marzo de 2025 - PadZone", '<h1>Lanzamientos de marzo de 2025</h1><table>%s</table><a href="%s">Rift Runners</a>' % (
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rel), FICHA)))
    s.non(POD, shell("PadZone Podcast 142: Korva Go y Rift Runners - PadZone", ('<div class="pod"><h1>PadZone Podcast 142: Korva Go y Rift Runners</h1><p class="meta">Por Diego Romero · 13/03/2025</p><audio controls src="/audio/142.mp3"></audio>'
          '<p>Esta semana comentamos el anuncio de la Korva Go y Álvaro nos cuenta por qué Rift Runners le ha robado el sueño.</p><ul>%s</ul></div>') % links(every[::2])))
    s.non("/podcast/", shell("Podcast - PadZone", '<h1>Podcast</h1><ul>%s</ul>' % links([(POD, "PadZone Podcast 142")])))
    for sl, (n, bio) in AU.items():
        mine = [(a["path"], a["title"]) for a in A if sl in [x[1] for x in a["by"]]]
        s.non("/autor/%s/" % sl, shell("%s - PadZone" % n, '<h1>%s</h1><p>%s</p><ul>%s</ul>' % (E(n), E(bio), links(mine))))
    s.non("/etiqueta/roguelike/", shell("Roguelike - PadZone", '<h1>Roguelike</h1><ul>%s</ul>' % links(every[:1] + [(FICHA, "Rift Runners")])))
    s.non("/", shell("PadZone - Noticias, análisis y avances de videojuegos", '<ul>%s</ul><h2>Lanzamientos</h2><ul>%s</ul>' % (links(every + [(POD, "PadZone Podcast 142")]), links([("/lanzamientos/marzo-2025/", "Marzo 2025"), ("/etiqueta/roguelike/", "Roguelike")]))))
    s.non("/quienes-somos/", shell("Quiénes somos - PadZone", '<h1>Quiénes somos</h1><p>PadZone es una revista digital de videojuegos fundada en Valencia en 2011.</p>'))
    s.rss("/rss/", "PadZone", [(a["path"], a["title"], d) for a, d in zip(A, ["Wed, 12 Mar 2025 16:00:00 GMT", "Mon, 10 Mar 2025 18:30:00 GMT", "Wed, 12 Mar 2025 22:45:00 GMT"])])


# ------------------------------------------------------------ 6 Androidiamo (Italian smartphone blog on WordPress + Yoast)
def androidiamo():
    s = Site(6)
    A = [dict(path="/2025/03/13/korva-nimbus-x2-beta-android-16-novita/", cat="news", title="Korva Nimbus X2 riceve la beta di Android 16: ecco tutte le novità",
              by=[("Giulia Romano", "giulia-romano")], utc="2025-03-12T23:30:00+00:00", shown="13 Marzo 2025", time="00:30", date="2025-03-13", instant="2025-03-12T23:30",
              paras=[
                  "Korva ha aperto nella notte il programma beta di Android 16 per il Nimbus X2, il suo medio gamma lanciato a febbraio. Per partecipare basta iscriversi dall'app Community e scaricare l'aggiornamento via OTA, che pesa circa 4,2 GB.",
                  "Tra le novità più evidenti c'è il nuovo pannello delle notifiche, che raggruppa gli avvisi per app e permette di silenziarli con uno scorrimento. Arrivano anche le notifiche live per consegne e viaggi, già viste sui Pixel.",
                  "Korva ha aggiunto alcune funzioni proprie, come una modalità di ricarica che si ferma all'80% e un'opzione per bloccare le app dietro l'impronta digitale senza passare da applicazioni di terze parti.",
                  "Trattandosi di una beta, non mancano i problemi: alcuni utenti segnalano che Android Auto non si connette e che la fotocamera si chiude dopo la registrazione di video in 4K. Il consiglio è di installarla solo su un telefono secondario."],
              upd=None),
         dict(path="/2025/03/10/recensione-korva-nimbus-x2/", cat="recensioni", title="Recensione Korva Nimbus X2: il medio gamma da battere nel 2025",
              by=[("Luca Ferri", "luca-ferri")], utc="2025-03-10T09:00:00+00:00", shown="10 Marzo 2025", time="10:00", date="2025-03-10", instant="2025-03-10T09:00",
              paras=[
                  "Korva ha deciso di alzare l'asticella della fascia media. Il Nimbus X2 costa 449 euro, ma porta con sé uno schermo da 120 Hz luminosissimo, una batteria da 5.500 mAh e una fotocamera principale che di notte se la cava meglio di molti top di gamma dell'anno scorso.",
                  "Lo abbiamo usato per due settimane come telefono principale. Il display AMOLED da 6,7 pollici è la cosa che colpisce di più: colori naturali, ottima leggibilità sotto il sole e un'animazione fluida in ogni situazione.",
                  "L'autonomia è eccellente. Con un uso intenso, tra social, navigazione e un'ora di giochi, siamo sempre arrivati a sera con più del 30% di carica. La ricarica a 67 watt riporta il telefono al 100% in poco più di quaranta minuti.",
                  "Qualche compromesso c'è: il sensore grandangolare è mediocre, l'altoparlante è uno solo e l'interfaccia arriva con troppe app preinstallate. Nulla che non si possa perdonare a questo prezzo.",
                  "Se cercate un telefono sotto i 500 euro, il Korva Nimbus X2 è oggi la scelta più facile da consigliare."],
              upd=None, score="8.5", pro=["Display eccellente", "Autonomia da record", "Ricarica veloce"], contro=["Grandangolo mediocre", "Troppe app preinstallate"]),
         dict(path="/2025/03/08/come-liberare-spazio-telefono-android/", cat="guide", title="Come liberare spazio sul telefono Android: 7 metodi che funzionano davvero",
              by=[("Elena Bassi", "elena-bassi"), ("Luca Ferri", "luca-ferri")], utc="2025-03-08T15:45:00+00:00", shown="8 Marzo 2025", time="16:45", date="2025-03-08", instant="2025-03-08T15:45",
              paras=[
                  "Il messaggio \"Spazio di archiviazione quasi esaurito\" arriva sempre nel momento sbagliato, magari mentre state per scattare una foto importante. Ecco sette metodi per recuperare qualche gigabyte senza cancellare nulla di cui abbiate davvero bisogno.",
                  "Il primo passo è capire cosa occupa spazio. Nelle Impostazioni, alla voce Memoria, Android mostra quanto pesano app, foto, video e file scaricati. Spesso la sorpresa sono le chat di messaggistica, che accumulano video e audio ricevuti nei gruppi.",
                  "Svuotare la cache delle app più pesanti è un altro modo rapido per recuperare spazio, così come eliminare i file dalla cartella Download, dove finiscono PDF e allegati che nessuno riapre mai.",
                  "Per le foto, il backup su cloud con l'opzione \"Libera spazio\" rimuove dal telefono le copie già salvate online. Infine, disinstallate le app che non usate da mesi: Android può segnalarvele automaticamente."],
              upd="Aggiornamento 14/03/2025: abbiamo aggiunto le istruzioni per i telefoni Korva con Android 15.")]
    AU = {"giulia-romano": ("Giulia Romano", "Giulia segue il mondo Android dal 2012. Scrive di aggiornamenti, beta e di tutto ciò che esce dai programmi di test."),
          "luca-ferri": ("Luca Ferri", "Luca è il responsabile delle recensioni di Androidiamo. Ha provato più di trecento smartphone e non ne ha ancora trovato uno perfetto."),
          "elena-bassi": ("Elena Bassi", "Elena scrive guide e tutorial per chi vuole sfruttare al meglio il proprio telefono.")}
    OFF = "/offerte/"
    SCHEDA = "/schede-tecniche/korva-nimbus-x2/"
    VID = "/video/korva-nimbus-x2-unboxing-e-prime-impressioni/"

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="it-IT"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.7.2">'
                '<link rel="alternate" type="application/rss+xml" title="Androidiamo &raquo; Feed" href="/feed/">%s</head><body class="%s">'
                '<div id="iubenda-cs-banner"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</p><button>Accetta</button> <button>Rifiuta</button></div>'
                '<header class="td-header"><a class="td-logo" href="/">Androidiamo</a><ul class="sf-menu"><li><a href="/category/news/">News</a></li><li><a href="/category/recensioni/">Recensioni</a></li>'
                '<li><a href="/category/guide/">Guide</a></li><li><a href="/offerte/">Offerte</a></li><li><a href="/video/">Video</a></li></ul></header>'
                '<div class="td-main-content-wrap">%s</div><footer class="td-footer"><a href="/chi-siamo/">Chi siamo</a> <a href="/privacy-policy/">Privacy</a> '
                '<p>Androidiamo.it - Testata giornalistica registrata. P.IVA 01234567890</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        au = " e ".join('<a href="/author/%s/">%s</a>' % (sl, E(n)) for n, sl in a["by"])
        other = A[(i + 1) % 3]
        body = ""
        if a.get("upd"):
            body += '<p><strong>%s</strong></p>' % E(a["upd"])
        body += ps(a["paras"][:2])
        body += '<div class="td-a-rec td-a-rec-id-content_inline">Pubblicità</div>'
        body += '<p><strong>LEGGI ANCHE:</strong> <a href="%s">%s</a></p>' % (other["path"], E(other["title"]))
        body += ps(a["paras"][2:])
        if a.get("score"):
            body += ('<div class="review-box"><div class="review-score">Voto: <span>%s</span>/10</div><div class="pro"><b>Pro</b><ul>%s</ul></div><div class="contro"><b>Contro</b><ul>%s</ul></div>'
                     '<a class="btn-amazon" rel="sponsored" href="%s">Acquista su Amazon a 429€</a></div>') % (a["score"], "".join("<li>%s</li>" % E(x) for x in a["pro"]), "".join("<li>%s</li>" % E(x) for x in a["contro"]), OFF)
        body += '<p class="telegram-box">Seguici sul nostro canale Telegram per non perdere nessuna offerta!</p>'
        comments = ('<div id="comments" class="comments"><h4>2 commenti</h4><ol class="comment-list"><li class="comment"><cite class="fn">Marco_85</cite> <a href="#c1">13 Marzo 2025 alle 08:12</a>'
                    '<p>Installata stamattina, per ora tutto ok tranne Android Auto.</p></li><li class="comment"><cite class="fn">sara.t</cite> <a href="#c2">13 Marzo 2025 alle 09:47</a><p>Qualcuno sa se la beta cancella i dati?</p></li></ol></div>')
        main = ('<article class="post type-post status-publish category-%s"><div class="td-post-header"><ul class="td-category"><li><a href="/category/%s/">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info"><div class="td-post-author-name">di %s</div> '
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span> <span class="td-post-time">%s</span></div></header></div>'
                '<div class="td-post-content tagdiv-type">%s</div><div class="td-post-sharing"><a href="#fb">Condividi</a> <a href="#wa">WhatsApp</a></div></article>'
                '<div class="td-related"><h4>Articoli correlati</h4><ul>%s</ul></div>%s') % (
            a["cat"], a["cat"], a["cat"].title(), E(a["title"]), au, a["utc"], a["shown"], a["time"], body, links([(b["path"], b["title"]) for b in A if b is not a]), comments if i == 0 else "")
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["utc"], "dateModified": a["utc"] if not a.get("upd") else "2025-03-14T09:10:00+00:00",
             "author": {"@id": s.url("/#/schema/person/%s" % a["by"][0][1])}, "isPartOf": {"@id": s.url(a["path"])}},
            {"@type": "WebPage", "@id": s.url(a["path"]), "url": s.url(a["path"]), "name": "%s - Androidiamo" % a["title"], "datePublished": a["utc"]},
            {"@type": "Person", "@id": s.url("/#/schema/person/%s" % a["by"][0][1]), "name": a["by"][0][0]}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:locale" content="it_IT"><meta property="og:type" content="article"><meta property="og:title" content="%s - Androidiamo">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s"><meta name="twitter:label1" content="Scritto da"><meta name="twitter:data1" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["utc"], E(a["by"][0][0]), E(a["by"][0][0]), jl(graph))
        s.art(a["path"], shell("%s - Androidiamo" % a["title"], main, head, "post-template-default single single-post"), a["title"], a["date"], names, instant=a["instant"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Seguici sul nostro canale Telegram", "Installata stamattina", "Noi e terze parti selezionate"])
    every = [(a["path"], a["title"]) for a in A]
    deals = [("Korva Nimbus X2 8/256 GB", "429€", "449€", "Amazon"), ("Aurel Buds Pro 2", "129€", "179€", "Amazon"), ("Caricatore GaN 65W", "24,99€", "39,99€", "eBay")]
    s.non(OFF, shell("Offerte smartphone e tech di oggi - Androidiamo", ('<h1 class="entry-title">Offerte di oggi</h1><p>Aggiornato il 14 Marzo 2025 alle 08:00</p><div class="offerte">%s</div><p class="disclaimer">Androidiamo partecipa al Programma Affiliazione Amazon.</p><ul>%s</ul>') % (
        "".join('<div class="offerta"><h3>%s</h3><span class="prezzo">%s</span> <del>%s</del> <a rel="sponsored" href="%s">Vedi su %s</a></div>' % (E(n), p, o, OFF, m) for n, p, o, m in deals), links(every[1:2])), cls="page"))
    specs = [("Display", "AMOLED 6,7\" 120 Hz"), ("Processore", "Arkon M8 Gen 2"), ("RAM", "8 / 12 GB"), ("Batteria", "5.500 mAh, ricarica 67W"), ("Fotocamere", "50 + 12 + 2 MP"),
             ("Data di uscita", "12 febbraio 2025"), ("Prezzo di listino", "449 €")]
    s.non(SCHEDA, shell("Korva Nimbus X2: scheda tecnica, prezzo e uscita - Androidiamo", ('<div class="scheda"><h1>Korva Nimbus X2</h1><table>%s</table><h2>Articoli</h2><ul>%s</ul></div>') % (
        "".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in specs), links(every[:2])), cls="page"))
    s.non(VID, shell("Korva Nimbus X2: unboxing e prime impressioni - Androidiamo", ('<div class="video"><iframe src="https://video.example/embed/nx2"></iframe><h1>Korva Nimbus X2: unboxing e prime impressioni</h1>'
          '<p>Apriamo insieme la confezione del nuovo Korva Nimbus X2.</p><span class="td-post-date">20 Febbraio 2025</span><a href="%s">Leggi la recensione</a></div>') % A[1]["path"],
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Korva Nimbus X2: unboxing e prime impressioni", "uploadDate": "2025-02-20T11:00:00+00:00"}), cls="page"))
    s.non("/video/", shell("Video - Androidiamo", '<h1>Video</h1><ul>%s</ul>' % links([(VID, "Korva Nimbus X2: unboxing e prime impressioni")]), cls="archive"))
    for c, items in (("news", every[:1]), ("recensioni", every[1:2]), ("guide", every[2:])):
        s.non("/category/%s/" % c, shell("%s Archivi - Androidiamo" % c.title(), '<h1 class="entry-title td-page-title">%s</h1><ul>%s</ul>' % (c.title(), links(items)), cls="archive category"))
    for sl, (n, bio) in AU.items():
        mine = [(a["path"], a["title"]) for a in A if sl in [x[1] for x in a["by"]]]
        s.non("/author/%s/" % sl, shell("%s, Autore presso Androidiamo" % n, '<div class="author-box-wrap"><h1>%s</h1><div class="desc">%s</div></div><ul>%s</ul>' % (E(n), E(bio), links(mine)), cls="archive author"))
    s.non("/tag/korva/", shell("Korva Archivi - Androidiamo", '<h1>Korva</h1><ul>%s</ul>' % links(every[:2] + [(SCHEDA, "Scheda tecnica Korva Nimbus X2")]), cls="archive tag"))
    s.non("/", shell("Androidiamo - News, recensioni e guide Android", '<div class="td-big-grid"><ul>%s</ul></div><ul>%s</ul>' % (links(every), links([(OFF, "Offerte di oggi"), ("/tag/korva/", "Korva")]))))
    s.non("/chi-siamo/", shell("Chi siamo - Androidiamo", '<h1>Chi siamo</h1><p>Androidiamo è il blog italiano dedicato al mondo Android dal 2011.</p>', cls="page"))
    s.sitemap([a["path"] for a in A] + [SCHEDA, VID], "/wp-admin/")
    s.rss("/feed/", "Androidiamo", [(a["path"], a["title"], d) for a, d in zip(A, ["Wed, 12 Mar 2025 23:30:00 +0000", "Mon, 10 Mar 2025 09:00:00 +0000", "Sat, 08 Mar 2025 15:45:00 +0000"])])


# ------------------------------------------------------------ 7 DealHound (UK deal community, hotukdeals-like, with an editorial blog)
def dealhound():
    s = Site(7)
    A = [dict(path="/guides/how-to-spot-a-fake-discount-in-the-spring-sale", title="How to spot a fake discount in the Spring Sale",
              by=[("Ruth Kinsella", "Deals Editor")], shown="12 March 2025", iso="2025-03-12T07:00:00Z", date="2025-03-12", paras=[
                  "Every big sale brings the same trick: a product listed at a price it was never really sold for, crossed out next to a much lower one. Here is how to tell a real discount from a made-up one before you hand over your money.",
                  "Start with the price history. Our deal pages show a graph of the last twelve months for most big retailers, and a quick look often reveals that the \"was\" price only existed for a few days, sometimes just before the sale began.",
                  "Be wary of bundles. A phone that comes with a pair of earbuds and a case can look like a bargain, but retailers often value the extras at their full list price, which almost nobody pays. Check what each item costs on its own.",
                  "Finally, read the comments. Our community is very good at spotting when a price has been lower, and a deal with dozens of votes for \"cold\" usually has a reason behind it. If you are not sure, wait: most sale prices return within weeks."]),
         dict(path="/guides/when-is-the-best-time-to-buy-a-tv-in-the-uk", title="When is the best time to buy a TV in the UK?",
              by=[("Ruth Kinsella", "Deals Editor"), ("Ahmed Farouk", "Deals Writer")], shown="5 March 2025", iso="2025-03-05T09:30:00Z", date="2025-03-05", paras=[
                  "If you are not in a hurry, the timing of a TV purchase can save you hundreds of pounds. We looked at three years of prices for the most popular sets on DealHound to find out when the drops really come.",
                  "The biggest falls come in the spring, when manufacturers launch their new ranges and retailers clear the previous year's models. Last year's mid-range OLEDs were on average 31 percent cheaper in April than at launch.",
                  "Black Friday is still a good time to buy, but mostly for budget sets and older models. The newest, most expensive TVs rarely drop by more than ten percent in November.",
                  "Big football tournaments also bring offers, though these tend to focus on large LCD sets. If you want a specific model, set a price alert and be patient: it will almost always get cheaper."]),
         dict(path="/news/brightwells-scraps-price-match-promise", title="Brightwells scraps its price match promise",
              by=[("Ahmed Farouk", "Deals Writer")], shown="Last updated: 11 March 2025", iso="2025-03-10T15:20:00Z", date="2025-03-10", paras=[
                  "Electricals retailer Brightwells has quietly ended its price match promise, under which it matched the price of any major UK competitor on identical products.",
                  "The change appeared in the retailer's terms and conditions over the weekend and was first spotted by members of the DealHound community. Brightwells confirmed it to us on Monday, saying the promise had been \"rarely used\" and that it would focus on its own weekly offers instead.",
                  "Price matching had been one of the main reasons some shoppers chose Brightwells over online-only rivals. Several members said they had used it to get televisions and washing machines for less than Brightwells' shelf price.",
                  "Orders placed with a price match before Saturday will still be honoured, the retailer said."])]
    DEALS = [dict(path="/deals/korva-nimbus-x2-128gb-349-at-amazon-4512877", title="Korva Nimbus X2 128GB Smartphone £349 @ Amazon", price="£349", was="£449", merchant="Amazon",
                  user="techmagpie", posted="Posted 12 Mar", temp="412°", text=["Lowest price I have seen for the Nimbus X2, which only came out last month. It is £100 off the RRP and comes with free delivery for Prime members.",
                                                                                 "Reviews have been really positive, especially for the screen and battery. The 256GB version is £399 if you need more storage."]),
             dict(path="/deals/aurel-soundbar-5-379-at-brightwells-4511920", title="Aurel Soundbar 5 £379 @ Brightwells", price="£379", was="£449", merchant="Brightwells",
                  user="bargainbarry", posted="Posted 10 Mar", temp="188°", text=["Good price on the Aurel Soundbar 5, reviewed well in the tech press. Click and collect available at most stores.",
                                                                                   "Price was £399 two weeks ago so not a huge drop, but still the lowest on the price history."])]
    GUIDE_BY = "/profile/ruth-kinsella"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body class="bg--main">'
                '<div class="cookie-banner"><p>We use cookies to improve your experience and to show you relevant deals.</p><button>Accept</button></div>'
                '<header class="header"><a class="header-logo" href="/">DealHound</a><nav class="header-nav"><a href="/hot">Hottest</a> <a href="/new">New</a> <a href="/vouchers">Vouchers</a> '
                '<a href="/guides">Guides</a> <a href="/alerts">Deal alerts</a></nav><a class="button--login" href="/login">Log in / Register</a></header>'
                '<main class="listLayout">%s</main><footer class="footer"><a href="/about">About DealHound</a> <a href="/how-we-make-money">How we make money</a>'
                '<p>DealHound is reader-supported. We may earn commission when you buy through links on this site.</p></footer></body></html>') % (E(title), head, main)

    alerts = '<div class="alert-widget"><h3>Never miss a deal</h3><p>Create a deal alert and we will email you the moment a matching deal is posted.</p><a href="/alerts">Create alert</a></div>'
    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        byl = " and ".join('<a href="/profile/%s">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n, _ in a["by"])
        roles = ", ".join(r for _, r in a["by"])
        other = DEALS[i % 2]
        body = ps(a["paras"][:2]) + ('<div class="thread-card--embed"><span class="temp">%s</span><a href="%s">%s</a><span class="price">%s</span></div>' % (other["temp"], other["path"], E(other["title"]), other["price"])) + ps(a["paras"][2:])
        dateline = a["shown"] if a["shown"].startswith("Last") else "Published %s" % a["shown"]
        main = ('<article class="article"><nav class="breadcrumb"><a href="/guides">Guides</a></nav><h1 class="article-title">%s</h1>'
                '<div class="article-byline"><img class="avatar" src="/avatars/%d.png" alt=""><span>Written by %s</span><span class="role">%s</span><span class="date">%s</span></div>'
                '<div class="article-body userHtml">%s</div>%s</article><aside class="sidebar"><h3>Popular guides</h3><ul>%s</ul></aside>') % (
            E(a["title"]), i, byl, E(roles), dateline, body, alerts, links([(b["path"], b["title"]) for b in A if b is not a]))
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "datePublished": a["iso"], "dateModified": "2025-03-11T10:00:00Z" if i == 2 else a["iso"],
              "author": {"@type": "Organization", "name": "DealHound Editorial Team"}, "publisher": {"@type": "Organization", "name": "DealHound"}}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s | DealHound" % a["title"], main, head), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Create a deal alert and we will email you", other["title"]])
    comments = [("Gadgetgal", "12 Mar", "Great price, ordered. Mine arrives tomorrow."), ("priceCheckPete", "12 Mar", "Was £339 in January on the Korva store for a day, but still good."),
                ("Nimbus_fan", "13 Mar", "Heat added. The screen on this is unreal for the money.")]
    for d in DEALS:
        cm = "".join('<div class="comment"><span class="user">%s</span> <time>%s</time><p>%s</p></div>' % (u, t, E(x)) for u, t, x in comments)
        main = ('<article class="thread thread--deal"><div class="thread-header"><span class="vote-temp">%s</span><h1 class="thread-title">%s</h1>'
                '<div class="thread-price"><span class="thread-price--now">%s</span> <span class="thread-price--was">%s</span> <span class="merchant">%s</span></div>'
                '<a class="button--getdeal" rel="nofollow sponsored" href="/visit/%s">Get deal</a></div><div class="thread-meta"><span>%s</span> by <a href="/profile/%s">%s</a></div>'
                '<div class="thread-description userHtml">%s</div><section class="comments"><h2>Comments (%d)</h2>%s</section><div class="price-history"><h3>Price history</h3>'
                '<p>Lowest price in the last 12 months: %s</p></div></article><ul>%s</ul>') % (
            d["temp"], E(d["title"]), d["price"], d["was"], d["merchant"], d["merchant"].lower(), d["posted"], d["user"], d["user"], ps(d["text"]), len(comments), cm, d["price"],
            links([(A[0]["path"], A[0]["title"]), ("/vouchers/brightwells", "Brightwells vouchers"), ("/tag/smartphones", "Smartphones")]))
        ld = {"@context": "https://schema.org", "@type": "Product", "name": d["title"].split(" £")[0], "offers": {"@type": "Offer", "price": d["price"][1:], "priceCurrency": "GBP",
                                                                                                                  "seller": {"@type": "Organization", "name": d["merchant"]}}}
        s.non(d["path"], shell("%s | DealHound" % d["title"], main, '<meta property="og:type" content="product"><meta property="og:title" content="%s">%s' % (E(d["title"]), jl(ld))))
    every = [(a["path"], a["title"]) for a in A]
    dl = [(d["path"], d["title"]) for d in DEALS]
    s.non("/", shell("DealHound - Deals, vouchers and discount codes in the UK", '<section class="deals-list"><h2>Hottest deals</h2><ul>%s</ul></section><section><h2>From our editors</h2><ul>%s</ul></section>' % (links(dl), links(every))))
    s.non("/hot", shell("Hottest deals | DealHound", '<h1>Hottest deals</h1><ul>%s</ul>' % links(dl)))
    s.non("/new", shell("New deals | DealHound", '<h1>New deals</h1><ul>%s</ul>' % links(dl[::-1])))
    s.non("/guides", shell("Shopping guides | DealHound", '<h1>Guides</h1><ul>%s</ul>' % links(every)))
    codes = [("10% off orders over £100", "Expires 31/03/2025", "BW10"), ("Free delivery on everything", "Expires 20/03/2025", "—"), ("£50 off selected OLED TVs", "Expires 16/03/2025", "OLED50")]
    s.non("/vouchers/brightwells", shell("Brightwells discount codes for March 2025 | DealHound", ('<h1>Brightwells discount codes &amp; vouchers</h1><p>Verified 14 March 2025</p><ul class="vouchers">%s</ul>'
          '<h2>About Brightwells</h2><p>Brightwells is a UK electricals retailer with more than 200 stores. Note: Brightwells no longer offers price matching.</p><a href="%s">Read more</a>') % (
        "".join("<li><b>%s</b> <span>%s</span> <code>%s</code></li>" % c for c in codes), A[2]["path"])))
    s.non("/vouchers", shell("Vouchers | DealHound", '<h1>Voucher codes</h1><ul>%s</ul>' % links([("/vouchers/brightwells", "Brightwells")])))
    s.non("/tag/smartphones", shell("Smartphone deals | DealHound", '<h1>Smartphone deals</h1><ul>%s</ul>' % links(dl[:1])))
    s.non("/profile/techmagpie", shell("techmagpie's profile | DealHound", '<div class="profile"><h1>techmagpie</h1><p>Joined 2019 · 214 deals posted · 3,904 comments</p><ul>%s</ul></div>' % links(dl[:1])))
    s.non("/profile/bargainbarry", shell("bargainbarry's profile | DealHound", '<div class="profile"><h1>bargainbarry</h1><p>Joined 2016 · 812 deals posted</p><ul>%s</ul></div>' % links(dl[1:])))
    s.non(GUIDE_BY, shell("Ruth Kinsella | DealHound", '<div class="profile profile--staff"><h1>Ruth Kinsella</h1><p>Deals Editor. Ruth has been hunting bargains for DealHound since 2018 and runs our price-history research.</p><ul>%s</ul></div>' % links(every[:2])))
    s.non("/profile/ahmed-farouk", shell("Ahmed Farouk | DealHound", '<div class="profile profile--staff"><h1>Ahmed Farouk</h1><p>Deals Writer.</p><ul>%s</ul></div>' % links(every[1:])))
    s.non("/alerts", shell("Deal alerts | DealHound", '<h1>Deal alerts</h1><p>Create a deal alert and we will email you the moment a matching deal is posted.</p><form><input placeholder="e.g. OLED TV"><button>Create alert</button></form>'))
    s.non("/about", shell("About DealHound", '<h1>About DealHound</h1><p>DealHound is the UK\'s friendliest deal community, with more than two million members sharing and voting on deals.</p><a href="/guides">Guides</a>'))


# ------------------------------------------------------------ 8 Technoskop (Polish consumer-tech magazine)
def technoskop():
    s = Site(8)
    A = [dict(path="/testy/test-korva-nimbus-x2-sredniak-ktory-chce-byc-flagowcem/", kind="Test", title="Test Korva Nimbus X2. Średniak, który chce być flagowcem",
              by=["Anna Wiśniewska"], shown="12.03.2025 18:24", iso="2025-03-12T18:24:00+01:00", date="2025-03-12", ld=True, paras=[
                  "Korva Nimbus X2 kosztuje 1999 zł, ale w wielu miejscach zachowuje się jak telefon za dwa razy tyle. Przez dwa tygodnie używałam go jako jedynego smartfona i muszę przyznać, że dawno żaden średniak tak mnie nie zaskoczył.",
                  "Największym atutem jest ekran. Panel AMOLED o przekątnej 6,7 cala i odświeżaniu 120 Hz jest bardzo jasny, a kolory wyglądają naturalnie. Nawet w pełnym słońcu nie miałam problemu z odczytaniem wiadomości.",
                  "Bateria o pojemności 5500 mAh bez trudu wytrzymuje cały dzień intensywnego użytkowania, a przy spokojniejszym korzystaniu nawet półtora dnia. Szybkie ładowanie 67 W uzupełnia energię w nieco ponad 40 minut.",
                  "Słabiej wypada aparat szerokokątny, który po zmroku gubi szczegóły, oraz pojedynczy głośnik. Irytuje też liczba preinstalowanych aplikacji, które trzeba ręcznie usuwać.",
                  "Mimo to Korva Nimbus X2 to jeden z najlepszych smartfonów do 2000 zł, jakie testowaliśmy w tym roku."],
              ocena="8/10", plusy=["świetny ekran", "bardzo dobra bateria", "szybkie ładowanie"], minusy=["słaby aparat szerokokątny", "dużo zbędnych aplikacji"]),
         dict(path="/news/korva-go-to-przenosna-konsola-za-1999-zl/", kind="News", title="Korva Go to przenośna konsola za 1999 zł. Premiera jesienią",
              by=["Piotr Zieliński", "Katarzyna Mazur"], shown="wczoraj, 20:15", iso=None, date="fetch-day1", ld=False, paras=[
                  "Korva, producent smartfonów, wchodzi na rynek konsol. Firma zaprezentowała Korva Go, przenośne urządzenie do gier z ekranem OLED, które trafi do sprzedaży jesienią.",
                  "Konsola ma 7-calowy ekran, 16 GB pamięci RAM i dysk o pojemności 512 GB. Pozwoli uruchamiać gry komputerowe kupione w największych sklepach cyfrowych, a także w nowym sklepie Korvy.",
                  "W Polsce podstawowa wersja będzie kosztować 1999 zł. Producent zapowiada, że przedsprzedaż ruszy w ciągu kilku tygodni, ale nie podał jeszcze dokładnej daty premiery.",
                  "Na prezentacji pokazano m.in. gry Rift Runners i Starfall Tactics, których twórcy przygotowują wersje zoptymalizowane pod nowe urządzenie."]),
         dict(path="/poradniki/jak-przeniesc-dane-ze-starego-telefonu-na-nowy/", kind="Poradnik", title="Jak przenieść dane ze starego telefonu na nowy? Poradnik krok po kroku",
              by=["Tomasz Lewandowski"], shown="08.03.2025", iso="2025-03-08T10:00:00+01:00", date="2025-03-08", ld=True, paras=[
                  "Nowy telefon cieszy, ale przenoszenie danych ze starego potrafi zepsuć humor. Na szczęście większość pracy można dziś zautomatyzować. Wyjaśniamy, jak zrobić to bez utraty zdjęć, kontaktów i rozmów.",
                  "Zanim zaczniesz, zrób kopię zapasową starego urządzenia. W Androidzie znajdziesz ją w ustawieniach w sekcji Google, a w iPhonie w ustawieniach iCloud. Upewnij się też, że oba telefony są naładowane.",
                  "Podczas pierwszego uruchomienia nowego telefonu kreator zaproponuje skopiowanie danych. Najszybciej działa połączenie kablem USB-C, ale przeniesienie przez Wi-Fi też zajmie zwykle nie więcej niż pół godziny.",
                  "Pamiętaj, że historia niektórych komunikatorów wymaga osobnej kopii zapasowej. Zrób ją w ustawieniach aplikacji, zanim zresetujesz stary telefon."])]
    RANK = "/ranking/najlepsze-smartfony-do-2000-zl/"
    PORO = "/porownywarka/korva-nimbus-x2/"
    POD = "/podcast/technoskop-podcast-odcinek-87/"

    def slug(n):
        return "/autor/%s/" % n.lower().replace(" ", "-").replace("ś", "s").replace("ń", "n").replace("ł", "l")

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body>'
                '<div class="rodo-popup"><p>Szanujemy Twoją prywatność. Wraz z naszymi partnerami przetwarzamy dane osobowe w celach marketingowych.</p><button>Przejdź do serwisu</button></div>'
                '<header class="ts-header"><a href="/" class="ts-logo">Technoskop</a><nav><a href="/news/">Newsy</a> <a href="/testy/">Testy</a> <a href="/poradniki/">Poradniki</a> '
                '<a href="/ranking/">Rankingi</a> <a href="/podcast/">Podcast</a></nav></header><div class="ts-ad">Reklama</div><main>%s</main>'
                '<footer><a href="/redakcja/">Redakcja</a> <a href="/regulamin/">Regulamin</a> <a href="/newsletter/">Newsletter</a><p>© 2025 Technoskop sp. z o.o.</p></footer></body></html>') % (E(title), head, main)

    for i, a in enumerate(A):
        au = " i ".join('<a href="%s">%s</a>' % (slug(n), E(n)) for n in a["by"])
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2]) + ('<div class="ts-zobacz"><strong>Zobacz także:</strong> <a href="%s">%s</a></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:])
        if a.get("ocena"):
            body += ('<div class="ts-ocena"><div class="wynik">Ocena: <b>%s</b></div><div class="plusy"><h4>Plusy</h4><ul>%s</ul></div><div class="minusy"><h4>Minusy</h4><ul>%s</ul></div>'
                     '<a href="%s">Sprawdź ceny</a></div>') % (a["ocena"], "".join("<li>%s</li>" % E(x) for x in a["plusy"]), "".join("<li>%s</li>" % E(x) for x in a["minusy"]), PORO)
        main = ('<article class="ts-article"><span class="ts-label">%s</span><h1>%s</h1><div class="ts-meta"><span class="ts-author">Autor: %s</span> <span class="ts-date">%s</span></div>'
                '<div class="ts-body">%s</div><div class="ts-newsletter"><h3>Zapisz się do newslettera</h3><p>Najciekawsze testy i newsy ze świata technologii co piątek w Twojej skrzynce.</p></div></article>'
                '<aside><h3>Polecane</h3><ul>%s</ul></aside>') % (a["kind"], E(a["title"]), au, a["shown"], body, links([(b["path"], b["title"]) for b in A if b is not a]))
        head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % E(a["title"])
        if a["ld"]:
            head += jl({"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "datePublished": a["iso"], "author": [{"@type": "Person", "name": n} for n in a["by"]]})
        s.art(a["path"], shell("%s | Technoskop" % a["title"], main, head), a["title"], a["date"], a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Najciekawsze testy i newsy", other["title"], "Szanujemy Twoją prywatność"])
    every = [(a["path"], a["title"]) for a in A]
    rank = [("1.", "Korva Nimbus X2", "1999 zł", "8/10"), ("2.", "Fitra Phone 5", "1799 zł", "7,5/10"), ("3.", "Lumen Mini", "1699 zł", "7/10"), ("4.", "Pulse A55", "1499 zł", "7/10")]
    s.non(RANK, shell("Najlepsze smartfony do 2000 zł – ranking marzec 2025 | Technoskop", ('<h1>Najlepsze smartfony do 2000 zł – ranking marzec 2025</h1><p class="aktualizacja">Ranking aktualizowany co miesiąc. Ostatnia aktualizacja: 01.03.2025</p>'
          '<p>Wybraliśmy najlepsze telefony w cenie do 2000 zł spośród modeli, które testowaliśmy w redakcji.</p><ol class="ranking">%s</ol><a href="%s">Test Korva Nimbus X2</a>') % (
        "".join("<li><b>%s %s</b> – %s – ocena %s</li>" % r for r in rank), A[0]["path"])))
    s.non("/ranking/", shell("Rankingi | Technoskop", '<h1>Rankingi</h1><ul>%s</ul>' % links([(RANK, "Najlepsze smartfony do 2000 zł")])))
    shops = [("x-kom", "1949 zł"), ("Media Expert", "1999 zł"), ("RTV Euro AGD", "1999 zł"), ("Allegro", "1889 zł")]
    s.non(PORO, shell("Korva Nimbus X2 – ceny, opinie, dane techniczne | Technoskop", ('<div class="produkt"><h1>Korva Nimbus X2</h1><p>Ekran 6,7" AMOLED 120 Hz · 8/256 GB · 5500 mAh</p><table class="oferty">%s</table>'
          '<p>Najniższa cena: 1889 zł. Ceny aktualizowane co godzinę.</p><a href="%s">Przeczytaj test</a></div>') % ("".join("<tr><td>%s</td><td>%s</td></tr>" % x for x in shops), A[0]["path"]),
          jl({"@context": "https://schema.org", "@type": "Product", "name": "Korva Nimbus X2", "offers": {"@type": "AggregateOffer", "lowPrice": "1889", "priceCurrency": "PLN"}})))
    s.non(POD, shell("Technoskop Podcast #87: Czy Korva Go ma sens? | Technoskop", ('<div class="podcast"><h1>Technoskop Podcast #87: Czy Korva Go ma sens?</h1><p class="ts-meta">Prowadzący: Piotr Zieliński, Anna Wiśniewska · 13.03.2025 · 52 min</p>'
          '<audio controls src="/audio/87.mp3"></audio><p>Rozmawiamy o nowej konsoli Korvy, testujemy Nimbus X2 i odpowiadamy na pytania słuchaczy.</p><ul>%s</ul></div>') % links(every[:2])))
    s.non("/podcast/", shell("Podcast | Technoskop", '<h1>Podcast</h1><ul>%s</ul>' % links([(POD, "Odcinek 87")])))
    for n, bio in (("Anna Wiśniewska", "Redaktorka działu testów. Od dziesięciu lat sprawdza smartfony, tablety i zegarki."), ("Piotr Zieliński", "Redaktor naczelny Technoskopu."),
                   ("Katarzyna Mazur", "Dziennikarka, pisze o grach i sprzęcie."), ("Tomasz Lewandowski", "Autor poradników.")):
        mine = [(a["path"], a["title"]) for a in A if n in a["by"]]
        s.non(slug(n), shell("%s – autor | Technoskop" % n, '<div class="autor"><h1>%s</h1><p>%s</p><h2>Artykuły autora</h2><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    for p, name, items in (("/news/", "Newsy", every[1:2]), ("/testy/", "Testy", every[:1]), ("/poradniki/", "Poradniki", every[2:])):
        s.non(p, shell("%s | Technoskop" % name, '<h1>%s</h1><ul>%s</ul>' % (name, links(items))))
    s.non("/tag/korva/", shell("Korva – wszystkie artykuły | Technoskop", '<h1>#korva</h1><ul>%s</ul>' % links(every[:2] + [(PORO, "Korva Nimbus X2 – ceny")])))
    s.non("/newsletter/", shell("Newsletter | Technoskop", '<h1>Newsletter Technoskopu</h1><p>Najciekawsze testy i newsy ze świata technologii co piątek w Twojej skrzynce.</p><form><input type="email"><button>Zapisz mnie</button></form>'))
    s.non("/", shell("Technoskop – technologia, testy, poradniki", '<ul>%s</ul><ul>%s</ul>' % (links(every), links([(RANK, "Ranking smartfonów do 2000 zł"), (POD, "Podcast #87"), ("/tag/korva/", "Korva")]))))
    s.non("/redakcja/", shell("Redakcja | Technoskop", '<h1>Redakcja</h1><ul>%s</ul>' % links([(slug(n), n) for n in ("Anna Wiśniewska", "Piotr Zieliński", "Katarzyna Mazur", "Tomasz Lewandowski")])))


# ------------------------------------------------------------ 9 The Relay (enterprise IT news, Register-like)
def relay():
    s = Site(9)
    A = [dict(path="/2025/03/13/stratus_cloud_outage_config_push/", sec=("Cloud", "/cloud/"), title="Stratus Cloud blames botched config push for nine-hour outage",
              standfirst="Customers in three regions left staring at 503s while engineers rolled back", by=[("Naomi Castell", "Naomi-Castell")], shown="Thu 13 Mar 2025 // 09:15 UTC",
              iso="2025-03-13T09:15:00Z", date="2025-03-13", kicker=None, paras=[
                  "Stratus Cloud has admitted that a configuration change pushed to its load balancers without going through the usual staged rollout was behind Tuesday's nine-hour outage, which knocked out services for customers in three European regions.",
                  "In a preliminary incident report published late on Wednesday, the provider said an engineer had applied a change to connection limits that was meant for a single test cluster. A bug in its deployment tooling instead sent it to every load balancer in the affected regions within four minutes.",
                  "The change capped connections at a level far below normal traffic, and customers began seeing HTTP 503 errors almost immediately. Rolling it back took far longer than it should have, Stratus said, because the same tooling was needed for the rollback and was itself behind the failing load balancers.",
                  "The company has promised service credits to affected customers and says it will now require two approvals for any change that touches more than one region. One customer, who asked not to be named, told The Relay that \"two approvals\" was what they had assumed was already in place.",
                  "A full post-incident review is due within 30 days."]),
         dict(path="/2025/03/11/ai_pilots_procurement_opinion/", sec=("Opinion", "/opinion/"), title="Your AI pilot isn't failing. Your procurement is",
              standfirst="Buying software like it is 2005 guarantees the results of 2005", by=[("Rupert Hale", "Rupert-Hale")], shown="Tue 11 Mar 2025 // 07:30 UTC",
              iso="2025-03-11T07:30:00Z", date="2025-03-11", kicker="Opinion", paras=[
                  "Every other week another survey lands in my inbox announcing that most enterprise AI pilots never make it to production. The conclusion drawn is usually that the technology is overhyped. Having sat through more of these projects than I care to count, I think the problem is mostly us.",
                  "A typical pilot is bought the way large organisations buy everything: a twelve-month evaluation, a fixed scope agreed before anyone has touched the tool, and a procurement team whose main goal is to lower the licence fee rather than to find out whether the thing works.",
                  "By the time the contract is signed, the model the pilot was built on has been replaced twice, the business sponsor has moved on, and the success criteria written a year earlier describe a problem nobody has any more.",
                  "The organisations I have seen do this well treat a pilot as an experiment: small, cheap, time-boxed to weeks and designed to be thrown away. They are not smarter. They have simply stopped pretending that a spreadsheet of requirements written in advance can predict what a new kind of software will be good at.",
                  "Rupert Hale has spent 25 years running IT departments in the public and private sectors and is now an independent adviser."]),
         dict(path="/2025/03/10/ransomware_payroll_supplier_councils/", sec=("Security", "/security/"), title="Ransomware gang claims attack on payroll supplier to 40 councils",
              standfirst="Staff told to watch for phishing as data leak threat looms", by=[("Naomi Castell", "Naomi-Castell"), ("Dev Patel", "Dev-Patel")],
              shown="Mon 10 Mar 2025 // 16:42 UTC", iso="2025-03-10T16:42:00Z", date="2025-03-10", kicker=None, paras=[
                  "A ransomware crew has claimed responsibility for an attack on Civica Payroll Services, a supplier that processes salaries for around 40 local councils in England and Wales, and is threatening to publish stolen data within a week.",
                  "The company confirmed on Monday that it had detected \"unauthorised access\" to part of its network last Thursday and had taken some systems offline as a precaution. It said payroll runs for March would go ahead as planned.",
                  "Several councils have written to staff warning them to be alert to phishing emails and to check their payslips carefully. At least one told employees that names, addresses, bank details and National Insurance numbers may have been exposed.",
                  "Updated at 18:10 UTC to add: The Information Commissioner's Office told The Relay it had received a breach report from the company and was making enquiries."])]
    FORUM = "/forums/2025/03/13/stratus_cloud_outage_config_push/"
    WP = "/whitepapers/zero-trust-buyers-guide-2025/"
    WEB = "/webinars/patch-tuesday-live-march-2025/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">'
                '<link rel="alternate" type="application/atom+xml" title="The Relay headlines" href="/headlines.atom">%s</head><body id="body">'
                '<div id="cookie_consent"><p>The Relay uses cookies. Some are essential, others help us show you ads and measure readership.</p><button>Accept</button> <a href="/Privacy/">Manage</a></div>'
                '<div id="masthead"><a href="/" id="logo">The Relay</a><span class="tagline">Enterprise IT, plainly put</span></div>'
                '<ul id="nav"><li><a href="/cloud/">Cloud</a></li><li><a href="/security/">Security</a></li><li><a href="/on_prem/">On-Prem</a></li><li><a href="/opinion/">Opinion</a></li>'
                '<li><a href="/whitepapers/">Whitepapers</a></li><li><a href="/webinars/">Webinars</a></li></ul><div id="main">%s</div>'
                '<div id="footer"><a href="/About/">About us</a> <a href="/Contact/">Contact</a> <a href="/newsletters/">Newsletters</a> <p>Copyright. All rights reserved © 1998–2025</p></div></body></html>') % (
            E(title), head, main)

    for i, a in enumerate(A):
        names = [n for n, _ in a["by"]]
        byl = " and ".join('<a class="byline" href="/Author/%s/">%s</a>' % (sl, E(n)) for n, sl in a["by"])
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2]) + '<div class="adun" data-pos="mid">Advertisement</div>' + ps(a["paras"][2:3])
        body += '<p class="wptl btm"><a href="%s">%s</a></p>' % (other["path"], E(other["title"]))
        body += ps(a["paras"][3:])
        if a["kicker"]:
            body = body.replace(E(a["paras"][-1]), "<em>%s</em>" % E(a["paras"][-1]))
        main = ('<div id="article"><div class="header_right"><a class="section" href="%s">%s</a>%s</div><h1>%s</h1><h2>%s</h2>'
                '<div class="article_head"><div class="byline">%s</div><div class="dateline">%s</div>'
                '<div class="comment_count"><a href="%s">%d <span>comment bubble on white</span></a></div></div>'
                '<div id="body">%s</div><div class="newsletter_signup"><h3>Get our Tech Resources</h3><p>Sign up for the Relay Daily: the stories that matter to people who keep the lights on.</p></div>'
                '<div class="similar_topics"><span>More about</span> <a href="/Tag/outages/">Outages</a> <a href="/Tag/ransomware/">Ransomware</a></div></div>'
                '<div id="sidebar"><h3>Most read</h3><ul>%s</ul><div class="whitepaper-promo"><h4>Whitepaper</h4><a href="%s">The zero trust buyer\'s guide 2025</a></div></div>') % (
            a["sec"][1], a["sec"][0], ('<span class="kicker">%s</span>' % a["kicker"]) if a["kicker"] else "", E(a["title"]), E(a["standfirst"]), byl, a["shown"],
            FORUM, 87 if i == 0 else 23, body, links([(b["path"], b["title"]) for b in A if b is not a]), WP)
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["standfirst"], "datePublished": a["iso"],
              "author": {"@type": "Organization", "name": "The Relay"}, "publisher": {"@type": "Organization", "name": "The Relay"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s">'
                '<meta name="description" content="%s">%s') % (s.url(a["path"]), E(a["title"]), E(", ".join(names)), E(a["standfirst"]), jl(ld))
        s.art(a["path"], shell("%s • The Relay" % a["title"], main, head), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1] if i != 1 else a["paras"][3]], must_not=["Sign up for the Relay Daily", "The Relay uses cookies"])
    every = [(a["path"], a["title"]) for a in A]
    cm = [("Anonymous Coward", "Thu 13 Mar 2025 // 10:02 UTC", "Deployment tooling behind the thing it deploys. Where have I seen that before? Oh yes, everywhere."),
          ("Bob the Sysadmin", "Thu 13 Mar 2025 // 10:45 UTC", "Two approvals. Because the problem was obviously that only one person was asleep."),
          ("Ken Hagan", "Thu 13 Mar 2025 // 11:20 UTC", "Nine hours and the status page said \"degraded\" for seven of them.")]
    s.non(FORUM, shell("Stratus Cloud blames botched config push for nine-hour outage • The Relay Forums", ('<div id="forums"><h1><a href="%s">Stratus Cloud blames botched config push for nine-hour outage</a></h1>'
          '<p class="topic">87 comments</p>%s</div>') % (A[0]["path"], "".join('<div class="post"><span class="author">%s</span> <span class="date">%s</span><p>%s</p></div>' % (u, d, E(t)) for u, d, t in cm))))
    s.non(WP, shell("The zero trust buyer's guide 2025 • The Relay Whitepapers", ('<div class="whitepaper"><h1>The zero trust buyer\'s guide 2025</h1><p class="sponsor">Sponsored by Gatekeep Networks</p>'
          '<p>Zero trust has moved from buzzword to board-level priority. This guide explains what to ask vendors, how to phase a rollout and which metrics prove it is working.</p>'
          '<form class="gated"><input placeholder="Work email"><input placeholder="Company"><button>Download now</button></form><p>Published: March 2025 · 24 pages</p></div>')))
    s.non("/whitepapers/", shell("Whitepapers • The Relay", '<h1>Whitepapers</h1><ul>%s</ul>' % links([(WP, "The zero trust buyer's guide 2025")])))
    s.non(WEB, shell("Patch Tuesday Live: March 2025 • The Relay Webinars", ('<div class="webinar"><h1>Patch Tuesday Live: March 2025</h1><p class="when">Wednesday 12 March 2025, 15:00 GMT</p>'
          '<p>Our security desk and guests walk through this month\'s fixes, what to patch first and what can wait.</p><p>Speakers: Dev Patel, The Relay; Maria Ionescu, CISO</p><form><input placeholder="Work email"><button>Register</button></form></div>')))
    s.non("/webinars/", shell("Webinars • The Relay", '<h1>Webinars</h1><ul>%s</ul>' % links([(WEB, "Patch Tuesday Live: March 2025")])))
    lead = A[0]
    s.non("/on_prem/", shell("On-Prem • The Relay", ('<h1>On-Prem</h1><div class="story_lead"><h2><a href="%s">%s</a></h2><p class="standfirst">%s</p><p>%s</p><span class="time_stamp">13 Mar 2025 | 87</span></div>'
          '<ul>%s</ul>') % (lead["path"], E(lead["title"]), E(lead["standfirst"]), E(lead["paras"][0]), links(every[2:]))))
    for sec, name, items in (("cloud", "Cloud", every[:1]), ("security", "Security", every[2:]), ("opinion", "Opinion", every[1:2])):
        s.non("/%s/" % sec, shell("%s • The Relay" % name, '<h1>%s</h1><ul>%s</ul>' % (name, links(items))))
    for sl, n, bio in (("Naomi-Castell", "Naomi Castell", "Naomi Castell is The Relay's cloud and infrastructure editor. She has covered data centres, outages and the people who fix them since 2012."),
                       ("Rupert-Hale", "Rupert Hale", "Independent adviser and occasional columnist."), ("Dev-Patel", "Dev Patel", "Security reporter.")):
        mine = [(a["path"], a["title"]) for a in A if n in [x[0] for x in a["by"]]]
        s.non("/Author/%s/" % sl, shell("%s • The Relay" % n, '<div class="author"><h1>%s</h1><p>%s</p><h2>Articles</h2><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/Tag/outages/", shell("Outages • The Relay", '<h1>Outages</h1><ul>%s</ul>' % links(every[:1])))
    s.non("/Tag/ransomware/", shell("Ransomware • The Relay", '<h1>Ransomware</h1><ul>%s</ul>' % links(every[2:])))
    s.non("/newsletters/", shell("Newsletters • The Relay", '<h1>Newsletters</h1><p>Sign up for the Relay Daily: the stories that matter to people who keep the lights on.</p><form><input type="email"><button>Subscribe</button></form>'))
    s.non("/", shell("The Relay: Enterprise Technology News and Analysis", '<div class="headlines"><ul>%s</ul></div><ul>%s</ul>' % (links(every), links([("/on_prem/", "On-Prem"), (WEB, "Patch Tuesday Live"), ("/newsletters/", "Newsletters")]))))
    ents = "".join('<entry><title>%s</title><link href="%s"/><id>%s</id><updated>%s</updated><author><name>%s</name></author></entry>' % (
        E(a["title"]), s.url(a["path"]), s.url(a["path"]), a["iso"], E(a["by"][0][0])) for a in A)
    s.put("/headlines.atom", '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>The Relay</title><id>%s</id><updated>2025-03-13T09:15:00Z</updated>%s</feed>' % (s.url("/"), ents))


# ------------------------------------------------------------ 10 Quellcode (German developer news, t3n/heise-developer-like, Next.js)
def quellcode():
    s = Site(10)
    A = [dict(path="/news/tessera-5-0-server-komponenten-neuer-compiler-1681234/", title="Webframework Tessera 5.0: Server-Komponenten und ein neuer Compiler",
              by=["Jan Schreiber"], label=None, shown="12.03.2025", iso="2025-03-12T11:30:00+01:00", mod="2025-03-12T11:30:00+01:00", date="2025-03-12", read="3 Min.", paras=[
                  "Das Team hinter dem JavaScript-Framework Tessera hat Version 5.0 veröffentlicht. Die wichtigste Neuerung sind Server-Komponenten, die auf dem Server gerendert werden und keinen JavaScript-Code an den Browser schicken.",
                  "Entwicklerinnen und Entwickler markieren solche Komponenten mit einer Direktive am Anfang der Datei. Daten lassen sich darin direkt aus der Datenbank laden, ohne eine separate API-Schicht zu bauen. Interaktive Teile der Oberfläche bleiben weiterhin Client-Komponenten.",
                  "Außerdem ersetzt ein in Rust geschriebener Compiler den bisherigen Build-Prozess. In den Benchmarks des Projekts baut er große Anwendungen bis zu fünfmal schneller, der Hot-Reload soll auch bei tausenden Modulen unter 100 Millisekunden bleiben.",
                  "Für bestehende Projekte gibt es ein Codemod-Werkzeug, das die meisten Änderungen automatisch vornimmt. Die Version 4 erhält noch bis Ende des Jahres Sicherheitsupdates."]),
         dict(path="/ratgeber/vom-polyrepo-zum-monorepo-was-wir-bei-der-migration-gelernt-haben-1680977/", title="Vom Polyrepo zum Monorepo: Was wir bei der Migration gelernt haben",
              by=["Carla Neumann"], label="Gastbeitrag", shown="10.03.2025", iso="2025-03-10T08:00:00+01:00", mod="2025-03-10T08:00:00+01:00", date="2025-03-10", read="7 Min.", paras=[
                  "Vor zwei Jahren bestand unsere Plattform aus 140 Git-Repositories. Jede Bibliothek, jeder Service und jede Konfiguration lebte für sich, und eine Änderung an einer gemeinsamen Schnittstelle bedeutete oft ein Dutzend Pull-Requests, die in der richtigen Reihenfolge gemergt werden mussten.",
                  "Die Entscheidung für ein Monorepo fiel nicht leicht. Die größte Sorge im Team war, dass die Build-Zeiten explodieren würden. Tatsächlich war der erste Versuch ein Desaster: Die CI-Pipeline brauchte für jeden Commit über eine Stunde.",
                  "Der Durchbruch kam mit einem Build-System, das nur die Teile neu baut und testet, die von einer Änderung betroffen sind. Heute dauert eine durchschnittliche Pipeline neun Minuten, schneller als zu Polyrepo-Zeiten.",
                  "Unterschätzt haben wir die organisatorische Seite. Wer darf welchen Code ändern? Wir haben Code-Owner-Dateien eingeführt und die Regeln für Reviews gemeinsam mit allen Teams festgelegt, nicht von oben verordnet.",
                  "Würden wir es wieder tun? Ja. Aber wir würden kleiner anfangen, mit drei oder vier eng verbundenen Services statt mit allem auf einmal."]),
         dict(path="/news/wurm-im-paketregister-stiehlt-zugangstoken-aus-ci-pipelines-1681102/", title="Wurm im Paketregister stiehlt Zugangstoken aus CI-Pipelines",
              by=["Jan Schreiber", "Mira Yilmaz"], label=None, shown="11.03.2025", iso="2025-03-11T16:20:00+01:00", mod="2025-03-12T08:15:00+01:00", date="2025-03-11", read="4 Min.", paras=[
                  "Sicherheitsforscher haben im Paketregister einer verbreiteten Programmiersprache einen selbstverbreitenden Schadcode entdeckt. Der Wurm steckt in mindestens 37 Paketen und sucht in CI-Umgebungen nach Zugangstoken für das Register und für Cloud-Dienste.",
                  "Findet er ein gültiges Token, veröffentlicht er damit eine manipulierte neue Version aller Pakete, auf die das Token Schreibzugriff hat. So hat sich der Schadcode innerhalb von zwei Tagen von einem einzigen kompromittierten Konto aus verbreitet.",
                  "Betroffen sind vor allem kleinere Hilfsbibliotheken, die aber als Abhängigkeiten in vielen Projekten stecken. Die Betreiber des Registers haben die betroffenen Versionen entfernt und alle Token der betroffenen Konten widerrufen.",
                  "Entwicklerteams sollten prüfen, ob sie in den vergangenen Tagen eine der betroffenen Versionen installiert haben, und vorsorglich alle Token in ihren Pipelines erneuern."])]
    UPD = "Update vom 12.03.2025, 08:15 Uhr: Die Zahl der betroffenen Pakete ist laut den Forschern auf 37 gestiegen. Wir haben den Artikel entsprechend aktualisiert."
    JOB = "/jobs/senior-backend-entwickler-go-m-w-d-berlin-88213/"
    EV = "/events/devcon-rheinmain-2025/"
    POD = "/podcast/folge-112-monorepos-ohne-schmerzen/"
    AU = {"Jan Schreiber": "Jan Schreiber ist Redakteur bei Quellcode und schreibt über Webentwicklung, Sicherheit und Open Source.",
          "Mira Yilmaz": "Mira Yilmaz berichtet über IT-Sicherheit und Softwarelieferketten.",
          "Carla Neumann": "Carla Neumann ist Staff Engineer bei einem Berliner Logistik-Startup und schreibt als Gastautorin für Quellcode."}

    def slug(n):
        return "/autor/%s/" % n.lower().replace(" ", "-")

    def shell(title, main, head="", nd=None):
        nxt = ('<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(nd, ensure_ascii=False).replace("</", "<\\/")) if nd else ""
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body><div id="__next">'
                '<div class="tw-fixed tw-bottom-0 consent-layer"><p>Wir verwenden Cookies und ähnliche Technologien. Mit einem Klick auf „Akzeptieren“ stimmst du der Verarbeitung zu.</p><button>Akzeptieren</button></div>'
                '<header class="tw-flex tw-justify-between"><a href="/" class="tw-font-bold">Quellcode</a><nav class="tw-flex tw-gap-4"><a href="/news/">News</a><a href="/ratgeber/">Ratgeber</a>'
                '<a href="/podcast/">Podcast</a><a href="/events/">Events</a><a href="/jobs/">Jobs</a><a href="/newsletter/">Newsletter</a></nav><a href="/pro/">Quellcode Pro</a></header>'
                '<main class="tw-container">%s</main><footer class="tw-mt-16"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a><p>© 2025 Quellcode Media GmbH</p></footer></div>%s</body></html>') % (
            E(title), head, main, nxt)

    for i, a in enumerate(A):
        au = " und ".join('<a class="tw-font-semibold" href="%s">%s</a>' % (slug(n), E(n)) for n in a["by"])
        pre = ("Ein Gastbeitrag von " if a["label"] else "") + au
        other = A[(i + 1) % 3]
        body = ""
        if i == 2:
            body += '<p class="tw-bg-yellow-50"><strong>%s</strong></p>' % E(UPD)
        body += ps(a["paras"][:2], "tw-mb-4") + ('<div class="tw-border tw-p-4 read-also"><span>Das könnte dich auch interessieren</span><a href="%s">%s</a></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:], "tw-mb-4")
        if a["label"]:
            body += '<div class="author-box tw-flex"><img src="/img/cn.jpg" alt=""><p><strong>Über die Autorin:</strong> %s</p></div>' % E(AU["Carla Neumann"])
        main = ('<article class="tw-max-w-3xl"><div class="tw-text-sm tw-uppercase">%s</div><h1 class="tw-text-4xl tw-font-bold">%s</h1>'
                '<div class="tw-flex tw-gap-2 tw-text-gray-600"><span>%s</span><span>·</span><span>%s</span><span>·</span><span>Lesezeit: %s</span></div>'
                '<div class="article-body">%s</div><div class="pro-teaser tw-bg-gray-100"><h3>Quellcode Pro</h3><p>Werde Pro-Mitglied und lies alle Ratgeber und Deep Dives werbefrei – ab 4,99 € im Monat.</p></div></article>'
                '<section><h2>Mehr zum Thema</h2><ul>%s</ul></section>') % (
            a["label"] or "News", E(a["title"]), pre, a["shown"], a["read"], body, links([(b["path"], b["title"]) for b in A if b is not a] + [(JOB, "Jobs: Senior Backend-Entwickler Go (m/w/d)")]))
        nd = {"props": {"pageProps": {"article": {"id": a["path"].rstrip("/").rsplit("-", 1)[1], "title": a["title"], "publishedAt": a["iso"], "updatedAt": a["mod"],
                                                   "authors": [{"name": n, "slug": slug(n)} for n in a["by"]], "type": "guest" if a["label"] else "news"}}}, "page": "/[section]/[slug]", "buildId": "kQ3x9"}
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n} for n in a["by"]] if not a["label"] else {"@type": "Organization", "name": "Quellcode Redaktion"},
              "publisher": {"@type": "Organization", "name": "Quellcode"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], jl(ld))
        s.art(a["path"], shell("%s | Quellcode" % a["title"], main, head, nd), a["title"], a["date"], a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Werde Pro-Mitglied", other["title"], "Wir verwenden Cookies"])
    every = [(a["path"], a["title"]) for a in A]
    s.non(JOB, shell("Senior Backend-Entwickler Go (m/w/d) – Berlin | Quellcode Jobs", ('<div class="job"><h1>Senior Backend-Entwickler Go (m/w/d)</h1><p class="company">Frachtwerk GmbH · Berlin oder remote · Vollzeit</p>'
          '<p>Wir suchen eine erfahrene Entwicklerin oder einen erfahrenen Entwickler für unsere Routing-Plattform. Du entwirfst und betreibst Services in Go, die täglich Millionen Sendungen planen.</p>'
          '<h2>Was du mitbringst</h2><ul><li>Mehrjährige Erfahrung mit Go</li><li>Kenntnisse in Kubernetes und PostgreSQL</li></ul><p>Veröffentlicht am 11.03.2025</p><a href="/jobs/">Alle Jobs</a></div>'),
          jl({"@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Backend-Entwickler Go (m/w/d)", "datePosted": "2025-03-11", "hiringOrganization": {"@type": "Organization", "name": "Frachtwerk GmbH"}})))
    s.non("/jobs/", shell("IT-Jobs | Quellcode", '<h1>Jobs</h1><ul>%s</ul>' % links([(JOB, "Senior Backend-Entwickler Go (m/w/d)")])))
    s.non(EV, shell("DevCon RheinMain 2025 | Quellcode Events", ('<div class="event"><h1>DevCon RheinMain 2025</h1><p>15. bis 17. Mai 2025 · Frankfurt am Main</p><p>Drei Tage Vorträge und Workshops zu Webentwicklung, Cloud und Sicherheit. Early-Bird-Tickets bis 31. März.</p>'
          '<a href="/events/">Alle Events</a></div>'), jl({"@context": "https://schema.org", "@type": "Event", "name": "DevCon RheinMain 2025", "startDate": "2025-05-15", "endDate": "2025-05-17"})))
    s.non("/events/", shell("Events | Quellcode", '<h1>Events</h1><ul>%s</ul>' % links([(EV, "DevCon RheinMain 2025")])))
    s.non(POD, shell("Folge 112: Monorepos ohne Schmerzen | Quellcode Podcast", ('<div class="podcast"><h1>Folge 112: Monorepos ohne Schmerzen</h1><p>Mit Carla Neumann · 13.03.2025 · 48 Min.</p><audio controls src="/audio/112.mp3"></audio>'
          '<p>Jan Schreiber spricht mit Carla Neumann über ihre Migration von 140 Repositories in ein einziges.</p><h2>Shownotes</h2><ul>%s</ul></div>') % links(every[1:2]),
          '<meta property="og:type" content="article">'))
    s.non("/podcast/", shell("Podcast | Quellcode", '<h1>Quellcode Podcast</h1><ul>%s</ul>' % links([(POD, "Folge 112: Monorepos ohne Schmerzen")])))
    for n, bio in AU.items():
        mine = [(a["path"], a["title"]) for a in A if n in a["by"]]
        s.non(slug(n), shell("%s | Quellcode" % n, '<div class="author"><h1>%s</h1><p>%s</p><ul>%s</ul></div>' % (E(n), E(bio), links(mine))))
    s.non("/news/", shell("News | Quellcode", '<h1>News</h1><ul>%s</ul>' % links(every[::2])))
    s.non("/ratgeber/", shell("Ratgeber | Quellcode", '<h1>Ratgeber</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/tag/javascript/", shell("JavaScript | Quellcode", '<h1>JavaScript</h1><p>Alles zu JavaScript, TypeScript und den Frameworks drumherum.</p><ul>%s</ul>' % links(every[:1])))
    s.non("/newsletter/", shell("Newsletter | Quellcode", '<h1>Der Quellcode-Newsletter</h1><p>Jeden Dienstag die wichtigsten News für Entwicklerinnen und Entwickler.</p><form><input type="email"><button>Abonnieren</button></form>'))
    s.non("/pro/", shell("Quellcode Pro", '<h1>Quellcode Pro</h1><p>Werde Pro-Mitglied und lies alle Ratgeber und Deep Dives werbefrei – ab 4,99 € im Monat.</p><a href="/">Startseite</a>'))
    s.non("/", shell("Quellcode – News und Wissen für Entwickler", '<ul>%s</ul><ul>%s</ul>' % (links(every), links([(POD, "Podcast"), (EV, "DevCon RheinMain"), ("/tag/javascript/", "JavaScript")]))))
    s.sitemap([a["path"] for a in A] + [JOB, EV, POD], "/api/")


# ------------------------------------------------------------ 11 Le Quotidien, rubrique Sciences & High-Tech (Figaro-like section of a paper)
def quotidien():
    s = Site(11)
    hier = (NOW.astimezone(datetime.timezone(datetime.timedelta(hours=1))) - datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    A = [dict(path="/sciences/le-telescope-spatial-aster-livre-ses-premieres-images-de-galaxies-lointaines-20250312", rub=("Sciences", "/sciences/"),
              title="Le télescope spatial Aster livre ses premières images de galaxies lointaines",
              chapo="Lancé en décembre, l'observatoire européen a dévoilé mercredi des clichés d'une netteté inédite.", by=["Camille Aubry"],
              shown="Publié le 12/03/2025 à 18:05, mis à jour hier à 09:12", iso="2025-03-12T18:05:00+01:00", mod=hier + "T09:12:00+01:00", date="2025-03-12", paras=[
                  "Trois mois après son lancement depuis Kourou, le télescope spatial européen Aster a livré mercredi ses premières images scientifiques. On y distingue des centaines de galaxies dont la lumière a voyagé plus de dix milliards d'années avant d'atteindre le miroir de l'instrument.",
                  "« C'est un moment que nous attendions depuis quinze ans », a déclaré la responsable scientifique de la mission lors d'une conférence de presse à Paris. L'équipe a présenté quatre clichés, dont une vue d'un amas de galaxies dont la masse déforme la lumière des objets situés derrière lui.",
                  "Aster est conçu pour cartographier la répartition de la matière noire dans l'Univers. Pendant six ans, il photographiera un tiers du ciel avec une précision que seuls les télescopes géants au sol pouvaient jusqu'ici atteindre sur de petites zones.",
                  "Les premières données scientifiques seront rendues publiques à l'automne. Les chercheurs espèrent en tirer de nouvelles contraintes sur la nature de l'énergie noire, responsable de l'accélération de l'expansion de l'Univers."]),
         dict(path="/secteur/high-tech/pourquoi-les-fabricants-de-smartphones-misent-sur-les-batteries-silicium-carbone-20250311", rub=("High-Tech", "/secteur/high-tech/"),
              title="Pourquoi les fabricants de smartphones misent sur les batteries silicium-carbone",
              chapo="Plus d'autonomie sans téléphones plus épais : la promesse d'une chimie qui se généralise.", by=["Hugo Lemaire", "Inès Benali"],
              shown="Publié le 11/03/2025 à 07:00", iso="2025-03-11T07:00:00+01:00", mod="2025-03-11T07:00:00+01:00", date="2025-03-11", paras=[
                  "Cinq mille cinq cents milliampères-heures dans un téléphone de moins de huit millimètres d'épaisseur : il y a deux ans, la fiche technique du Korva Nimbus X2 aurait semblé impossible. Elle est aujourd'hui en passe de devenir la norme, grâce à une nouvelle génération de batteries.",
                  "Dans ces batteries dites silicium-carbone, une partie du graphite de l'anode est remplacée par du silicium, capable de stocker beaucoup plus d'ions lithium. Le gain de densité énergétique atteint 10 à 15 %, à volume égal.",
                  "Le silicium a longtemps posé problème, car il gonfle fortement à chaque charge et finit par se fissurer. Les fabricants ont contourné la difficulté en l'enrobant dans une matrice de carbone poreux, qui absorbe ces variations de volume.",
                  "Reste la question de la durée de vie. Les constructeurs promettent au moins mille cycles de charge, mais les chercheurs interrogés rappellent qu'il faudra plusieurs années d'utilisation réelle pour le vérifier."]),
         dict(path="/sciences/une-eclipse-partielle-de-soleil-visible-en-france-le-29-mars-20250310", rub=("Sciences", "/sciences/"),
              title="Une éclipse partielle de Soleil visible en France le 29 mars",
              chapo="Le phénomène sera observable dans la matinée sur l'ensemble du territoire métropolitain.", by=[], credit="Le Quotidien avec AFP",
              shown="Publié le 10/03/2025 à 14:32", iso="2025-03-10T14:32:00+01:00", mod="2025-03-10T14:32:00+01:00", date="2025-03-10", paras=[
                  "Les amateurs d'astronomie ont rendez-vous le samedi 29 mars : une éclipse partielle de Soleil sera visible depuis toute la France métropolitaine en fin de matinée, a rappelé lundi l'Observatoire de Paris.",
                  "Selon les régions, la Lune masquera entre 10 et 30 % du disque solaire. Le maximum de l'éclipse interviendra vers 12 heures, un peu plus tôt dans l'ouest du pays que dans l'est.",
                  "Les astronomes rappellent qu'il ne faut jamais regarder le Soleil à l'œil nu, même partiellement éclipsé, ni avec des lunettes de soleil ordinaires. Seules des lunettes spéciales aux normes ou un dispositif de projection permettent une observation sans danger.",
                  "La prochaine éclipse totale visible depuis l'Europe aura lieu le 12 août 2026, en Espagne notamment."])]
    POD = "/podcasts/la-science-en-5-minutes/episode-42-le-ciel-de-mars/"
    VID = "/video/aster-les-premieres-images-du-telescope-en-video/"
    NL = "/newsletters/sciences/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body>'
                '<div id="didomi-host"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button>Accepter &amp; Fermer</button> <button>Continuer sans accepter</button></div>'
                '<header class="fig-header"><a class="fig-logo" href="/">Le Quotidien</a><span class="fig-date">%s</span><nav><a href="/actualite/">Actualité</a> <a href="/sciences/">Sciences</a> '
                '<a href="/secteur/high-tech/">High-Tech</a> <a href="/video/">Vidéos</a> <a href="/podcasts/">Podcasts</a></nav><a class="fig-abo" href="/abonnement/">S\'abonner</a></header>'
                '<main class="fig-main">%s</main><footer class="fig-footer"><a href="/mentions-legales/">Mentions légales</a> <a href="/nous-contacter/">Contact</a><p>© Le Quotidien 2025</p></footer></body></html>') % (
            E(title), head, "Vendredi 14 mars 2025", main)

    for i, a in enumerate(A):
        au = " et ".join('<a class="fig-content-metas__author" href="/auteur/%s/">%s</a>' % (n.lower().replace(" ", "-").replace("è", "e"), E(n)) for n in a["by"]) if a["by"] else E(a["credit"])
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2], "fig-paragraph") + ('<div class="fig-premium-mark-article-text"><p class="fig-body-link"><span>À lire aussi</span> <a href="%s">%s</a></p></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:], "fig-paragraph")
        main = ('<article class="fig-main-col"><div class="fig-breadcrumb"><a href="%s">%s</a></div><h1 class="fig-headline">%s</h1><p class="fig-standfirst">%s</p>'
                '<div class="fig-content-metas"><span class="fig-content-metas__authors">Par %s</span><span class="fig-content-metas__pub">%s</span></div>'
                '<figure class="fig-media"><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="fig-body">%s</div><div class="fig-newsletter"><h3>La newsletter Sciences</h3><p>Tous les jeudis, l\'essentiel de l\'actualité scientifique.</p><a href="%s">Je m\'inscris</a></div></article>'
                '<aside class="fig-aside"><h3>Les plus lus</h3><ul>%s</ul></aside>') % (
            a["rub"][1], a["rub"][0], E(a["title"]), E(a["chapo"]), au, a["shown"].replace("Publié", "Publié") if i != 0 else a["shown"], i,
            ["Un amas de galaxies photographié par Aster. ESA / Aster Consortium", "Les batteries silicium-carbone équipent déjà plusieurs modèles. Korva", "Lors de l'éclipse partielle de 2022. AFP"][i],
            body, NL, links([(b["path"], b["title"]) for b in A if b is not a]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["chapo"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n} for n in a["by"]] if a["by"] else [{"@type": "Organization", "name": "Le Quotidien"}],
              "publisher": {"@type": "Organization", "name": "Le Quotidien"}, "isAccessibleForFree": True}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="Le Quotidien">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (s.url(a["path"]), E(a["title"]), a["iso"], a["mod"], jl(ld))
        s.art(a["path"], shell("%s" % a["title"] + " | Le Quotidien", main, head), a["title"], a["date"], a["by"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["l'essentiel de l'actualité scientifique", other["title"], "nous et nos partenaires utilisons des cookies"])
    every = [(a["path"], a["title"]) for a in A]
    lead = A[0]
    s.non("/sciences/", shell("Sciences : toute l'actualité scientifique | Le Quotidien", ('<h1>Sciences</h1><article class="fig-lead"><h2><a href="%s">%s</a></h2><p class="fig-standfirst">%s</p>'
          '<p>%s</p><p>%s</p><span class="fig-author">Par Camille Aubry</span></article><ul>%s</ul>') % (lead["path"], E(lead["title"]), E(lead["chapo"]), E(lead["paras"][0]), E(lead["paras"][2]),
        links(every[2:] + [(VID, "Aster : les premières images du télescope en vidéo"), (POD, "La science en 5 minutes, épisode 42")]))))
    s.non("/secteur/high-tech/", shell("High-Tech : actualité des nouvelles technologies | Le Quotidien", '<h1>High-Tech</h1><ul>%s</ul>' % links(every[1:2])))
    s.non("/auteur/camille-aubry/", shell("Camille Aubry - Journaliste | Le Quotidien", ('<div class="fig-author-page"><h1>Camille Aubry</h1><p class="fig-author-bio">Journaliste au service Sciences depuis 2016, Camille Aubry couvre l\'espace, '
          'l\'astronomie et la physique. Diplômée en astrophysique, elle a suivi une dizaine de lancements depuis Kourou et Baïkonour.</p><h2>Ses derniers articles</h2><ul>%s</ul></div>') % links(every[:1])))
    for n in ("Hugo Lemaire", "Inès Benali"):
        s.non("/auteur/%s/" % n.lower().replace(" ", "-").replace("è", "e"), shell("%s - Journaliste | Le Quotidien" % n, '<h1>%s</h1><p>Journaliste au service High-Tech.</p><ul>%s</ul>' % (E(n), links(every[1:2]))))
    s.non("/tag/espace/", shell("Espace : toute l'actualité | Le Quotidien", '<h1>Espace</h1><ul>%s</ul>' % links([every[0], every[2], (VID, "Aster en vidéo")])))
    s.non(NL, shell("Newsletter Sciences | Le Quotidien", '<h1>La newsletter Sciences</h1><p>Tous les jeudis, l\'essentiel de l\'actualité scientifique.</p><form><input type="email"><button>Je m\'inscris</button></form>'))
    s.non(POD, shell("La science en 5 minutes - Épisode 42 : le ciel de mars | Le Quotidien", ('<div class="fig-podcast"><h1>Épisode 42 : le ciel de mars</h1><p>La science en 5 minutes · 13/03/2025 · 5 min</p><audio controls src="/audio/42.mp3"></audio>'
          '<p>Éclipse partielle, premières images d\'Aster : Camille Aubry raconte ce qu\'il ne faut pas manquer ce mois-ci.</p><ul>%s</ul></div>') % links(every[::2])))
    s.non("/podcasts/", shell("Podcasts | Le Quotidien", '<h1>Podcasts</h1><ul>%s</ul>' % links([(POD, "La science en 5 minutes")])))
    s.non(VID, shell("Aster : les premières images du télescope en vidéo | Le Quotidien", ('<div class="fig-video"><div class="player"><button>Lecture</button><span>01:34</span></div><h1>Aster : les premières images du télescope en vidéo</h1>'
          '<p>Le télescope européen a dévoilé ses premiers clichés scientifiques.</p><p>Le Quotidien Vidéo · 12/03/2025</p><a href="%s">Lire l\'article</a></div>') % lead["path"],
          jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Aster : les premières images du télescope en vidéo", "uploadDate": "2025-03-12T19:00:00+01:00"})))
    s.non("/video/", shell("Vidéos | Le Quotidien", '<h1>Vidéos</h1><ul>%s</ul>' % links([(VID, "Aster en vidéo")])))
    s.non("/", shell("Le Quotidien - Actualité en direct, informations en continu", '<ul>%s</ul><ul>%s</ul>' % (links(every), links([("/sciences/", "Sciences"), ("/tag/espace/", "Espace"), (NL, "Newsletter Sciences")]))))
    s.non("/abonnement/", shell("Abonnement | Le Quotidien", '<h1>Abonnez-vous</h1><p>1 € le premier mois, sans engagement.</p>'))
    s.sitemap([a["path"] for a in A] + [VID, POD])


# ------------------------------------------------------------ 12 ゲームポッド (Japanese game-news portal, Famitsu/4Gamer-like)
def gamepod():
    s = Site(12)
    A = [dict(path="/news/202503/12345/", title="『ホロウタイド』発売日が6月19日に延期。開発元が声明を発表", credit='<span class="writer">ゲームポッド編集部</span>', authors=[],
              shown="2025年3月12日 18:00", iso="2025-03-12T18:00:00+09:00", date="2025-03-12", instant=None, paras=[
                  "英国のインディースタジオLanternfishは、水中を舞台にした探索型アクション『ホロウタイド』の発売日を、当初予定していた4月17日から6月19日に延期すると発表した。",
                  "同スタジオは声明の中で、家庭用ゲーム機でのパフォーマンス改善と、昨年秋の体験版で要望の多かったアクセシビリティ機能の追加に時間をかけるためだと説明している。",
                  "本作の延期は今回が2度目となる。すでに予約した人には、ゲームのサウンドトラックが無料で提供されるという。",
                  "なお、Nintendo Switch版は他の機種より遅れて夏以降の発売となる予定だ。国内での販売価格は2980円（税込）から変更はない。"]),
         dict(path="/news/202503/12388/", title="『スターフォール・タクティクス』先行プレイリポート。デッキ構築とターン制戦術が見事に融合",
              credit='<span class="writer">文：中村 翔</span>', authors=["中村 翔"], shown="2025年3月13日 00:30", iso="2025-03-13T00:30:00+09:00", date="2025-03-13",
              instant="2025-03-12T15:30", paras=[
                  "今年発売予定のターン制ストラテジー『スターフォール・タクティクス』を、発売に先駆けて約2時間プレイする機会を得た。見た目は王道の分隊戦術ゲームだが、遊んでみるとその中身はまったく別物だった。",
                  "最大の特徴は、兵士一人ひとりが自分専用のカードデッキを持っていることだ。移動も射撃もリロードもすべてカードを消費して行うため、毎ターンが小さなパズルのように感じられる。",
                  "任務の合間には、母艦のブリッジで戦闘中に手に入れたカードを使ってデッキを調整できる。今回のビルドではその奥深さの一端に触れただけだが、開発陣は発売時に200枚以上のカードを用意するとしている。",
                  "カメラが障害物の陰に敵を隠してしまう場面など、まだ粗削りな部分もある。それでも、プレイ後にもう1ミッション遊びたいと思わせてくれる手応えがあった。"]),
         dict(path="/news/202503/12401/", title="『リフトランナーズ』開発者インタビュー。“止まらない時計”が生むローグライクの緊張感",
              credit='<span class="writer">取材・文：佐藤 美咲</span><span class="photo">撮影：山本 健</span>', authors=["佐藤 美咲"], shown="2025年3月14日 12:00",
              iso="2025-03-14T12:00:00+09:00", date="2025-03-14", instant=None, paras=[
                  "3月13日に発売されたローグライクアクション『リフトランナーズ』。画面の隅で一度も止まることのないタイマーが話題を呼んでいる本作について、来日したディレクターに話を聞いた。",
                  "――タイマーを一切止めないという設計は、最初から決まっていたのでしょうか。「いいえ、初期の試作版ではメニューを開くと止まっていました。でもテストプレイで、プレイヤーがメニューで長考してしまい、ゲームのリズムが崩れることに気づいたのです」",
                  "――難しすぎるという声もあります。「その意見は真剣に受け止めています。だからこそ、時計の進み方を半分にするリラックスモードを用意しました。どちらで遊んでも、それが正しい遊び方です」",
                  "ディレクターは最後に、日本のプレイヤーに向けて「ぜひ一度、時計に追われる感覚を楽しんでほしい」と語った。今後は無料アップデートで新たなバイオームの追加も予定しているという。"])]
    GAME = "/games/hollowtide/"
    SCHED = "/schedule/2025-03/"
    RANK = "/ranking/weekly/"
    VID = "/video/8841/"

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s</head><body>'
                '<header class="gp-header"><a href="/" class="gp-logo">ゲームポッド</a><ul class="gp-nav"><li><a href="/news/">ニュース</a></li><li><a href="%s">発売スケジュール</a></li>'
                '<li><a href="%s">ランキング</a></li><li><a href="/video/">動画</a></li><li><a href="/tag/roguelike/">ローグライク</a></li></ul></header>'
                '<div class="gp-ad">広告</div><main class="gp-main">%s</main><footer class="gp-footer"><a href="/about/">運営会社</a> <a href="/privacy/">プライバシーポリシー</a>'
                '<p>Copyright © 2025 GamePod Inc. All rights reserved. 掲載の記事・画像の無断転載を禁じます。</p></footer></body></html>') % (E(title), head, SCHED, RANK, main)

    for i, a in enumerate(A):
        other = A[(i + 1) % 3]
        body = ps(a["paras"][:2]) + ('<div class="gp-kanren"><p class="ttl">関連記事</p><a href="%s">%s</a></div>' % (other["path"], E(other["title"]))) + ps(a["paras"][2:])
        if i == 0:
            body += '<dl class="gp-gameinfo"><dt>タイトル</dt><dd><a href="%s">ホロウタイド</a></dd><dt>発売日</dt><dd>2025年6月19日予定</dd><dt>価格</dt><dd>2980円（税込）</dd><dt>対応機種</dt><dd>PS5 / Xbox Series X|S / PC / Switch</dd></dl>' % GAME
        main = ('<article class="gp-article"><h1 class="gp-title">%s</h1><div class="gp-meta"><time datetime="%s">%s</time>%s</div>'
                '<div class="gp-share"><a href="#x">ポスト</a> <a href="#line">LINEで送る</a> <a href="#hatena">はてブ</a></div><div class="gp-body">%s</div>'
                '<div class="gp-tags"><a href="/tag/roguelike/">ローグライク</a> <a href="%s">ホロウタイド</a></div></article><aside class="gp-ranking"><h3>アクセスランキング</h3><ol>%s</ol></aside>') % (
            E(a["title"]), a["iso"], a["shown"], a["credit"], body, GAME, links([(b["path"], b["title"]) for b in A if b is not a]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"],
              "author": {"@type": "Organization", "name": "ゲームポッド編集部"} if i != 1 else {"@type": "Person", "name": "中村 翔"}, "publisher": {"@type": "Organization", "name": "ゲームポッド"}}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s | ゲームポッド"><meta property="og:site_name" content="ゲームポッド">%s') % (
            s.url(a["path"]), E(a["title"]), jl(ld))
        s.art(a["path"], shell("%s | ゲームポッド" % a["title"], main, head), a["title"], a["date"], a["authors"], instant=a["instant"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["掲載の記事・画像の無断転載を禁じます", other["title"]])
    every = [(a["path"], a["title"]) for a in A]
    info = [("発売日", "2025年6月19日（木）予定"), ("価格", "2980円（税込）"), ("対応機種", "PS5 / Xbox Series X|S / PC / Switch（後日）"), ("ジャンル", "探索型アクション"), ("開発", "Lanternfish"), ("CERO", "B（12才以上対象）")]
    s.non(GAME, shell("ホロウタイド | ゲーム情報 | ゲームポッド", ('<div class="gp-gamedb"><h1>ホロウタイド</h1><table>%s</table><p>水没した王国を探索する、手描きグラフィックの探索型アクション。</p>'
          '<h2>関連ニュース</h2><ul>%s</ul></div>') % ("".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in info), links(every[:1])),
          jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "ホロウタイド", "datePublished": "2025-06-19"})))
    sch = [("3月13日", "リフトランナーズ", "PS5/XSX/PC"), ("3月20日", "モスガーデン", "Switch/PC"), ("3月27日", "フィールドオプス6", "PS5/XSX/PC")]
    s.non(SCHED, shell("2025年3月発売のゲームソフト一覧 | 発売スケジュール | ゲームポッド", '<h1>2025年3月 発売スケジュール</h1><table>%s</table><a href="%s">ホロウタイド（延期）</a>' % (
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in sch), GAME)))
    rk = [("1", "リフトランナーズ", "PS5", "48,211本"), ("2", "モンスターファーム物語", "Switch", "31,004本"), ("3", "フィールドオプス5", "PS5", "12,877本")]
    s.non(RANK, shell("週間ゲームソフト販売ランキング（3月10日～3月16日） | ゲームポッド", '<h1>週間販売ランキング</h1><p>集計期間：2025年3月10日～3月16日</p><table>%s</table><a href="%s">インタビューを読む</a>' % (
        "".join("<tr><td>%s位</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rk), A[2]["path"])))
    s.non(VID, shell("『ホロウタイド』公式ゲームプレイトレーラー | 動画 | ゲームポッド", ('<div class="gp-video"><div class="player"></div><h1>『ホロウタイド』公式ゲームプレイトレーラー</h1><p>2025年3月12日</p>'
          '<p>Lanternfishが公開した最新トレーラー。</p><a href="%s">関連ニュース</a></div>') % A[0]["path"], jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "『ホロウタイド』公式ゲームプレイトレーラー", "uploadDate": "2025-03-12T19:00:00+09:00"})))
    s.non("/video/", shell("動画 | ゲームポッド", '<h1>動画</h1><ul>%s</ul>' % links([(VID, "『ホロウタイド』公式ゲームプレイトレーラー")])))
    s.non("/tag/roguelike/", shell("ローグライク | 記事一覧 | ゲームポッド", '<h1>ローグライク</h1><ul>%s</ul>' % links(every[2:] + every[:1])))
    s.non("/writer/nakamura-sho/", shell("中村 翔 | ライター | ゲームポッド", '<div class="gp-writer"><h1>中村 翔</h1><p>フリーライター。ストラテジーとシミュレーションを中心に執筆。好きなゲームは将棋とローグライク。</p><ul>%s</ul></div>' % links(every[1:2])))
    s.non("/news/", shell("ニュース一覧 | ゲームポッド", '<h1>ニュース</h1><ul>%s</ul>' % links(every)))
    s.non("/", shell("ゲームポッド | ゲームの最新ニュース・攻略・発売日情報", '<ul>%s</ul><ul>%s</ul>' % (links(every), links([(GAME, "ホロウタイド"), (SCHED, "3月の発売スケジュール"), (RANK, "週間ランキング"), ("/writer/nakamura-sho/", "中村 翔")]))))
    s.non("/about/", shell("運営会社 | ゲームポッド", '<h1>運営会社</h1><p>株式会社ゲームポッド　東京都千代田区</p>'))


BUILDERS = [circuit, geraetewelt, comptoir, respawn, padzone, androidiamo, dealhound, technoskop, relay, quellcode, quotidien, gamepod]
for build in BUILDERS:
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
