"""Web cm: entertainment, video-game, tech-review, science and culture news
sites. Twelve sites on 127.0.8.1-12 (port 18162) in English (US, UK),
German, French, Spanish, Japanese, Polish, Brazilian Portuguese and
Italian, each on the template its kind of publisher runs, with the pages
such sites carry around their stories: game database pages (release date,
platforms, score aggregates), release calendars, trailer pages with only a
player and a caption, deals hubs and price trackers, spec sheets, podcast
episode pages, box-office charts, showtimes, forum threads, download pages,
gig guides, playlists, author pages, newsletters, about/imprint, search.

 1 PixelForge - IGN-like games site (en-US, Next.js): "Hollow Tide Review"
   with a deck, "By Marcus Vell", "Updated: Mar 12, 2025 4:02 pm" before
   "Posted: Mar 11, 2025 9:00 am", a score box (8 Great, verdict, The
   Good/The Bad, "Reviewed on PS5"), JSON-LD Review whose itemReviewed
   VideoGame has the developer as author and the release day; a two-author
   news story; an evergreen guide "Written by Jordan Amari, Edited by Priya
   Nandakumar" posted Feb 20, 2024 and updated March 2025 (truth: the
   posted day). Game page (VideoGame JSON-LD, release date, ratings),
   launch-trailer page (VideoObject), release calendar, news, reviews,
   author, about, search.
 2 The Circuit - Verge-like tech site (en-US): a review at "Mar 11, 2025,
   9:30 PM EDT" (next day in UTC: instant given) with a score card and a
   photographer credit; a news story with "Updated ... EDT" and an update
   note, whose og:title and JSON-LD headline are a shorter social headline
   (truth: the h1); a written deal post with a product card. Deals hub,
   product page with specs and price history, podcast episode, newsletters,
   author, about/ethics, sections, search.
 3 Discovery Wire - phys.org-like science site (en-GB): "by Ingrid
   Halvorsen, Discovery Wire" with "Edited by ..., reviewed by ...", "by
   Rachel Ong, University of Westmoor" (press-office writer) and "by
   Northfield Institute of Technology" (institution only, JSON-LD
   Organization: authors []), "More information: X et al, ..." journal
   references, "Provided by ...", the "Citation: ... retrieved 14 March
   2025" line. Partner pages, journal page, categories, newsletter, about,
   feedback, search.
 4 ReelTrade - Variety-like trade (en-US, Pacific time): a box-office story,
   a film review by the "Chief Film Critic" at "March 11, 2025 11:45pm PT"
   (next day in UTC: instant given) ending with the credits block (festival
   screening date, producers, crew, cast), a two-author "(EXCLUSIVE)" TV
   story without JSON-LD (meta author "A, B"); Most Popular and Must Read
   rails. Weekend box-office chart, trailer page, awards calendar, VIP+,
   podcast, masthead, author, about, sections, search.
 5 Bitfeld online - heise-like (de): label above the h1, "Von Tobias Weber",
   "12.03.2025, 14:32 Uhr", "Lesezeit", the "(tow)" sign-off; a two-author
   test ("Von A und B"), "Ein Kommentar von Miriam Adler". Newsticker,
   topic page, Preisvergleich and an offer table, download page, a forum
   thread of reader posts, author, newsletter, Impressum, Kontakt, Suche.
 6 CinéFiche - Allociné-like film site (fr): "Par ...", "publié le mercredi
   12 mars 2025 à 10:30", a film card (release day) under each story; a
   critique with "Note de la rédaction"; an interview with no byline whose
   only credit is the closing "Propos recueillis par Élodie Marchal à
   Paris, le 6 mars 2025." (JSON-LD without author). Film page (Movie
   JSON-LD, ratings, synopsis), showtimes, trailer, releases of the week,
   person page, newsroom list, newsletter, legal, contact, search.
 7 Bitácora Tech - Xataka-like WordPress (es): Yoast @graph, "12 Marzo 2025
   Actualizado 12 Marzo 2025, 16:20", an "análisis" with a score box; a news
   post shown only as "hace 2 horas" (machine dates 2 hours before the
   generation: truth fetch-2); a buying guide first published 3 Enero 2025,
   updated in March, with affiliate buttons. Category, tag, author, deals
   page, spec sheet, newsletter, aviso legal, contacto, search.
 8 GameScope.jp - 4Gamer-like (ja): title prefix "GameScope.jp ― ",
   "記者：高橋翔", "文：佐藤花子", "2025年3月12日 12:00"; an interview with
   the credit "取材・文：鈴木一郎 / 撮影：中村健" at the end and JSON-LD
   author the Organization "GameScope編集部"; one story at 08:00 JST (the
   day before in UTC; page shows no zone: truth the page's day). Title
   information page, release schedule, trailer, ranking, writer page,
   company, contact, search.
 9 GRYzone.pl - gry-online-like (pl): "Recenzja gry ..." with "Autor:",
   "12 marca 2025, 15:00", Ocena/PLUSY/MINUSY, "Grę testowaliśmy na PS5",
   JSON-LD Review; a news story "12.03.2025 09:41"; a guide "Autorzy: A, B"
   with "Aktualizacja". Game encyclopedia entry (release date, ratings,
   requirements), release calendar, trailer, price table, author,
   regulamin, kontakt, search.
10 TecMundi - Tecmundo-like (pt-BR): "Escrito por ..." / "Editado por ..."
   (editor also in JSON-LD editor), "12/03/2025 às 14:30", "Via:"/"Fonte:"
   lines, a review with Nota/Prós/Contras, an explainer. Category, tag,
   author, deals, spec sheet, podcast episode (og:type article),
   newsletter, sobre, contato, privacy, search.
11 Multigioco.it - Multiplayer.it-like (it): "Crimson Circuit, la
   recensione ..." "di Marco Ferri — 12 mar 2025, 14:00", Voto, "Versione
   testata", PRO/CONTRO, JSON-LD Review; a news story; a two-author
   "speciale" whose JSON-LD names only the first. Game sheet, release
   calendar, trailer, deals, author, chi siamo, contatti, search.
12 Loudwave - music magazine (en-GB, Pitchfork-like scores): an album review
   "Artist – 'Album' review: ..." with score 7.8, "Best New Music" and the
   album's release day (14 March) in the box and JSON-LD MusicAlbum; an
   interview "Words: Tom Ashdown Photography: Freya Kent"; a two-author
   news story "11th March 2025, 4:12 pm". Album reviews list, artist page,
   gig guide, podcast episode, playlist, newsletter, about, search.

Truth: 36 articles, 137 non-articles, no syndicated copies. Articles are
the written stories: news, reviews, features, interviews, explainers,
guides and a written deal post. Game/film/artist database pages, charts,
calendars, trailer and podcast pages, deals hubs, spec sheets, price
comparisons, forum threads and service pages are non-articles. Authors are
the writers and reviewers as printed; editors, photographers, institutions
("by Northfield Institute of Technology"), editorial desks and the people
named in credits, references or "More information" are not. Dates are the
page's publication day in its local time (not the updated day, the release
day or a citation's retrieval day), with the UTC instant where the stated
zone puts it on another UTC day.

Crawled with newsroom at 897143e: stories 36: title 36, date 36, authors
33 right; non-articles stored 4 of 137; bodies checked 36: 0 wrong.
Authors: Discovery Wire's institution credit kept as a name ("Northfield
Institute of Technology"), the interview signature read with its place
("Élodie Marchal à Paris"), GameScope's JSON-LD Organization
"GameScope編集部" instead of the closing "取材・文：鈴木一郎". Non-articles
stored: ReelTrade's weekend box-office chart, GRYzone's game encyclopedia
entry and two deals hubs (The Circuit's /deals, Bitácora's ofertas page),
with a listed story's writer (GRYzone: the footer's "Redakcja") as author.
"""
import datetime, html, json, os, sys, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18162
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


class Site(common.Site):
    def __init__(self, n):
        super().__init__(OUT, "127.0.8.%d" % n, PORT, truth)


def doc(lang, title, head, body, bodycls=""):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s</head>\n<body class="%s">%s</body></html>') % (lang, E(title), head, bodycls, body)


def og(kind, title, url, desc="", site="", extra=""):
    can = ('<meta property="og:url" content="%s"><link rel="canonical" href="%s">' % (E(url), E(url))) if url else ""
    return ('<meta property="og:type" content="%s"><meta property="og:title" content="%s">%s'
            '<meta property="og:site_name" content="%s"><meta name="description" content="%s"><meta property="og:description" content="%s">%s') % (
        kind, E(title), can, E(site), E(desc), E(desc), extra)


def P(names):
    return [{"@type": "Person", "name": n} for n in names]


def ld(typ, s, path, head, pub, mod, author, org, **kw):
    o = {"@context": "https://schema.org", "@type": typ, "headline": head, "url": s.url(path), "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)},
         "datePublished": pub, "dateModified": mod or pub, "publisher": {"@type": "Organization", "name": org, "logo": {"@type": "ImageObject", "url": s.url("/img/logo.png")}},
         "image": {"@type": "ImageObject", "url": s.url("/img/lead-%d.jpg" % (sum(map(ord, path)) % 1000)), "width": 1200, "height": 675}}
    if author is not None:
        o["author"] = author
    o.update(kw)
    return jl(o)


def ul(items, cls="list"):
    return '<ul class="%s">%s</ul>' % (cls, links(items))


def rfc(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


# ====================================================================== 1 PixelForge (IGN-like, en-US)
def pixelforge():
    s = Site(1)
    ORG = "PixelForge"
    NAV = ('<header class="jsx-2810 site-header"><a class="jsx-2810 logo" href="/" aria-label="PixelForge Home">PixelForge</a><nav class="jsx-2810 nav-links">%s</nav>'
           '<button class="jsx-2810 sign-in">Sign In</button></header>') % links(
        [("/news", "News"), ("/reviews", "Reviews"), ("/upcoming-games", "Upcoming Games"), ("/videos/hollow-tide-official-launch-trailer", "Videos"), ("/search", "Search")], "nav-item", "span")
    PITCH = "Get the PixelForge Daily newsletter: the biggest game news, reviews and deals in your inbox every weekday."
    FOOT = ('<footer class="jsx-4471 site-footer"><div class="newsletter-signup"><p>%s</p><input type="email" placeholder="Email address"><button>Subscribe</button></div>'
            '<nav>%s</nav><p>&copy; 2025 PixelForge Media, LLC. All rights reserved. PixelForge may receive a commission if you buy products through our links.</p></footer>') % (
        E(PITCH), links([("/about", "About PixelForge"), ("/person/marcus-vell", "Staff"), ("/upcoming-games", "Release Calendar"), ("/search", "Search")], "", "span"))

    def shell(title, inner, head, cls="page"):
        return doc("en-US", title, head, NAV + '<main class="jsx-1093 %s">%s</main>' % (cls, inner) + FOOT)

    def nextdata(st):
        return '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(
            {"props": {"pageProps": {"page": {"headline": st["h1"], "slug": st["path"].rsplit("/", 1)[-1], "contributors": [{"name": n, "role": "author"} for n in st["ld_auth"]],
                                              "publishDate": st["pub"], "updatedAt": st["mod"], "vertical": "games", "legacyId": st["id"]}}}, "page": "/[...slug]", "buildId": "pf-9c3e1a"})

    def article(st):
        tags = "".join('<a class="jsx-tag" href="%s">%s</a>' % (p, E(t)) for p, t in st["tags"])
        inner = ('<article class="jsx-1093 article-page"><div class="article-header"><div class="jsx-tags object-tags">%s</div>'
                 '<h1 class="display-title" data-cy="article-headline">%s</h1>%s'
                 '<div class="article-author-block"><div class="jsx-author">%s</div><div class="jsx-dates"><span data-cy="updated-date">Updated: %s</span><span data-cy="publish-date">Posted: %s</span></div></div></div>'
                 '<figure class="article-hero"><img src="/img/%s-hero.jpg" alt=""></figure>'
                 '<section class="article-content" data-cy="article-content">%s</section>'
                 '<aside class="jsx-related"><h3>More From PixelForge</h3>%s</aside></article>') % (
            tags, E(st["h1"]), ('<h2 class="title3" data-cy="article-sub-headline">%s</h2>' % E(st["deck"])) if st.get("deck") else "",
            st["byline"], st["upd"], st["posted"], st["id"], st["body"], ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["deck"] or st["h1"], ORG,
                  '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (st["pub"], st["mod"])) + st["ld"] + nextdata(st)
        return shell("%s - PixelForge" % st["h1"], inner, head)

    r = ["Hollow Tide opens with a city already lost. The kingdom of Meridae sank beneath the sea three centuries before your diver wakes up in a flooded bell tower, and the game spends its first hour letting you piece together how it happened from murals, ledgers and the half-drowned ghosts who still keep shop in its markets.",
         "Tidewright Studios built its reputation on tight 2D platformers, and that precision carries over to its first 3D game. Swimming feels weighty without being sluggish, and the harpoon-dash that lets you cross gaps by spearing coral is one of the most satisfying movement tools I have used in years.",
         "Combat is less consistent. Most of the drowned knights telegraph their attacks clearly, but a handful of later bosses fill the screen with ink clouds that hide their wind-ups, and I died more to the camera than to the enemies in the final two zones. A patch promised for launch day may help, though I could not test it before publication.",
         "The world design, however, is excellent. Meridae is a single interlocking map, and every shortcut you open by draining a cistern or raising a drawbridge changes how you think about the areas you have already explored. It took me around 28 hours to see the credits and another six to find the secret ending."]
    verdict = "Hollow Tide is a confident first step into 3D for Tidewright Studios, with a gorgeous sunken city, fluid underwater movement and a map that rewards curiosity at every turn. A few unfair boss fights and a wayward camera keep it from greatness, but this is a dive well worth taking."
    box = ('<div class="review-score-box" data-cy="review-score-box"><figure class="review-score"><span class="score-number">8</span><span class="score-word">Great</span></figure>'
           '<h3>Verdict</h3><p class="verdict">%s</p><div class="pros-cons"><div class="pros"><h4>The Good</h4><ul><li>Beautiful, interlocking sunken city</li><li>Harpoon-dash movement feels superb</li><li>Clever environmental puzzles</li></ul></div>'
           '<div class="cons"><h4>The Bad</h4><ul><li>Camera struggles in boss arenas</li><li>Late bosses lean on visual clutter</li></ul></div></div>'
           '<p class="reviewed-on">Reviewed on PS5</p><p class="review-disclosure">A review code was provided by the publisher.</p></div>') % E(verdict)
    n = ["Northwind Games will hold its first digital showcase in two years on Thursday, March 27, the publisher announced this morning. The broadcast will begin at 10am PT and run for around 40 minutes, with a pre-show starting half an hour earlier.",
         "In a post on its official blog, Northwind said the show would feature \"over 30 titles\" from its internal studios and publishing partners, including updates on games that were announced before the company's restructuring last year. It did not name any of the games, but promised \"at least one world premiere that fans have been waiting a long time for.\"",
         "That line will inevitably fuel speculation about Skyreach 3, which Northwind confirmed was in development in 2021 and has not shown since. A job listing posted by the studio in January mentioned a \"large-scale open world\" and \"a beloved franchise returning to consoles.\"",
         "The showcase will stream on Northwind's YouTube and Twitch channels, and PixelForge will carry it live with commentary. We will have full coverage of every announcement, so stay tuned."]
    g_intro = ["Five years into its life, the PlayStation 5 has built up a library that can stand next to any console generation. Sony's first-party studios have delivered some of their best work, and third-party publishers have filled the gaps with everything from sprawling RPGs to tight indie roguelikes.",
               "To make this list, we looked at our own review scores, how well each game has aged since launch and how much it takes advantage of the hardware, from the DualSense's haptic triggers to the fast SSD. We update this list regularly as new games come out, so check back for the latest additions."]
    g_items = [("Hollow Tide", "The newest entry on our list is Tidewright's sunken-city adventure, which turns underwater exploration into something genuinely joyful. Its interlocking map is one of the best designed in years, even if the camera misbehaves in a few boss fights."),
               ("Skyline Couriers", "A delivery game about gliding between rooftops sounds slight, but Skyline Couriers has the most satisfying traversal of any open-world game on the platform and a surprisingly moving story about a neighborhood that is being torn down around its residents."),
               ("Ember Vale Remastered", "The remaster of the 2014 cult RPG adds a redesigned combat system and a full voice cast, and it still has some of the best side quests in the genre. Expect to lose 80 hours to it without noticing.")]
    g_body = ps(g_intro) + "".join('<h2>%d. %s</h2><figure><img src="/img/g%d.jpg" alt=""></figure><p>%s</p>' % (i + 1, E(t), i, E(p)) for i, (t, p) in enumerate(g_items))
    REV = "/articles/hollow-tide-review"
    NEWS = "/articles/northwind-games-showcase-march-27-over-30-titles"
    GUIDE = "/articles/best-ps5-games"
    A = [
        dict(path=REV, id="hollow-tide-review", h1="Hollow Tide Review", deck="A drowned kingdom worth diving into.",
             byline='By <a href="/person/marcus-vell" class="jsx-author-name">Marcus Vell</a>', ld_auth=["Marcus Vell"], authors=["Marcus Vell"],
             posted="Mar 11, 2025 9:00 am", upd="Mar 12, 2025 4:02 pm", pub="2025-03-11T16:00:00.000Z", mod="2025-03-12T23:02:00.000Z", date="2025-03-11",
             body=ps(r) + box, paras=r, tags=[("/games/hollow-tide", "Hollow Tide"), ("/reviews", "Review"), ("/reviews", "PS5")],
             rel=[(NEWS, "Northwind Games Showcase Set for March 27"), ("/videos/hollow-tide-official-launch-trailer", "Hollow Tide - Official Launch Trailer")]),
        dict(path=NEWS, id="northwind-showcase", h1="Northwind Games Showcase Set for March 27, Will Feature 'Over 30 Titles'", deck="",
             byline='By <span class="jsx-author-name">Rebecca Oduya</span> and <span class="jsx-author-name">Tom Kestrel</span>', ld_auth=["Rebecca Oduya", "Tom Kestrel"], authors=["Rebecca Oduya", "Tom Kestrel"],
             posted="Mar 12, 2025 7:14 am", upd="Mar 12, 2025 7:40 am", pub="2025-03-12T14:14:00.000Z", mod="2025-03-12T14:40:00.000Z", date="2025-03-12",
             body=ps(n), paras=n, tags=[("/news", "News"), ("/upcoming-games", "Showcase")], rel=[(REV, "Hollow Tide Review"), (GUIDE, "The Best PS5 Games to Play in 2025")]),
        dict(path=GUIDE, id="best-ps5-games", h1="The Best PS5 Games to Play in 2025", deck="Our picks for the games every PlayStation 5 owner should play.",
             byline='Written by <span class="jsx-author-name">Jordan Amari</span>, Edited by <span class="jsx-editor-name">Priya Nandakumar</span>', ld_auth=["Jordan Amari"], authors=["Jordan Amari"],
             posted="Feb 20, 2024 1:00 pm", upd="Mar 10, 2025 1:00 pm", pub="2024-02-20T21:00:00.000Z", mod="2025-03-10T20:00:00.000Z", date="2024-02-20",
             body=g_body, paras=g_intro + [g_items[-1][1]], tags=[("/reviews", "PS5"), ("/reviews", "Best Of")], rel=[(REV, "Hollow Tide Review")]),
    ]
    A[0]["ld"] = jl({"@context": "https://schema.org", "@type": "Review", "name": "Hollow Tide Review", "headline": "Hollow Tide Review", "url": s.url(REV),
                     "datePublished": A[0]["pub"], "dateModified": A[0]["mod"], "author": [{"@type": "Person", "name": "Marcus Vell", "url": s.url("/person/marcus-vell")}],
                     "publisher": {"@type": "Organization", "name": ORG}, "reviewBody": verdict,
                     "itemReviewed": {"@type": "VideoGame", "name": "Hollow Tide", "gamePlatform": ["PlayStation 5", "Xbox Series X|S", "PC"], "applicationCategory": "Game",
                                      "author": {"@type": "Organization", "name": "Tidewright Studios"}, "datePublished": "2025-03-13"},
                     "reviewRating": {"@type": "Rating", "ratingValue": "8", "bestRating": "10", "worstRating": "1"}})
    A[1]["ld"] = ld("NewsArticle", s, NEWS, A[1]["h1"], A[1]["pub"], A[1]["mod"], P(A[1]["ld_auth"]), ORG)
    A[2]["ld"] = ld("Article", s, GUIDE, A[2]["h1"], A[2]["pub"], A[2]["mod"], P(["Jordan Amari"]), ORG)
    for st in A:
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def card(st, score=None):
        sc = '<span class="review-badge">%s</span>' % score if score else ""
        return '<div class="jsx-card content-item"><a href="%s"><span class="item-title">%s</span></a>%s<span class="item-date">%s</span></div>' % (st["path"], E(st["h1"]), sc, st["posted"].rsplit(" ", 2)[0])
    s.non("/", shell("PixelForge - Video Game News, Reviews & Walkthroughs", '<section class="hero-feed"><h2>Latest</h2>%s</section><section><h2>Trending Videos</h2><a href="/videos/hollow-tide-official-launch-trailer">Hollow Tide - Official Launch Trailer</a></section>' % "".join(card(st) for st in A),
                     og("website", "PixelForge", s.url("/"), "PixelForge is your site for video game news, reviews and walkthroughs.", ORG) + jl({"@context": "https://schema.org", "@type": "WebSite", "name": ORG, "url": s.url("/")})))
    s.non("/news", shell("Video Game News - PixelForge", '<h1>Latest Game News</h1>%s<button class="load-more">Load More</button>' % card(A[1]), og("website", "Video Game News", s.url("/news"), "", ORG)))
    s.non("/reviews", shell("Game Reviews - PixelForge", '<h1>Reviews</h1><div class="review-filters"><a>All</a><a>Games</a><a>Movies</a><a>Tech</a></div>%s' % card(A[0], "8"), og("website", "Reviews", s.url("/reviews"), "", ORG)))
    s.non("/games/hollow-tide", shell("Hollow Tide - PixelForge",
                                      '<div class="object-header"><h1 class="display-title">Hollow Tide</h1><div class="object-summary"><dl><dt>Release Date</dt><dd>Mar 13, 2025</dd><dt>Platforms</dt><dd>PlayStation 5, Xbox Series X|S, PC</dd>'
                                      '<dt>Developer</dt><dd>Tidewright Studios</dd><dt>Publisher</dt><dd>Northwind Games</dd><dt>Genre</dt><dd>Action-Adventure</dd><dt>Rating</dt><dd>ESRB T</dd></dl></div>'
                                      '<div class="object-scores"><div class="review-badge">8</div><span>Great - PixelForge Review</span><div class="community-score">8.4 <span>Community Rating (2,314 ratings)</span></div><button>Rate This Game</button></div></div>'
                                      '<p class="object-description">Explore the drowned kingdom of Meridae in this underwater action-adventure from the makers of Lantern Run.</p>'
                                      '<h2>Hollow Tide News, Reviews and Guides</h2>%s<h2>Where to Buy</h2><ul><li>PlayStation Store $49.99</li><li>Steam $49.99</li></ul>' % ul([(REV, "Hollow Tide Review"), ("/videos/hollow-tide-official-launch-trailer", "Official Launch Trailer")]),
                                      og("website", "Hollow Tide", s.url("/games/hollow-tide"), "Hollow Tide release date, trailers, reviews and guides.", ORG) +
                                      jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "Hollow Tide", "datePublished": "2025-03-13", "gamePlatform": ["PlayStation 5", "Xbox Series X|S", "PC"],
                                          "author": {"@type": "Organization", "name": "Tidewright Studios"}, "aggregateRating": {"@type": "AggregateRating", "ratingValue": "8.4", "ratingCount": 2314, "bestRating": "10"}})))
    s.non("/videos/hollow-tide-official-launch-trailer", shell("Hollow Tide - Official Launch Trailer - PixelForge",
                                                             '<div class="video-page"><div class="video-player" data-cy="video-player"><video controls poster="/img/ht-trailer.jpg" src="/media/ht-launch.mp4"></video></div>'
                                                             '<h1 class="video-title">Hollow Tide - Official Launch Trailer</h1><div class="video-meta"><span>Mar 12, 2025</span> · <span>1:42</span></div>'
                                                             '<p class="video-description">Dive into the sunken kingdom of Meridae in the launch trailer for Hollow Tide, out March 13 on PS5, Xbox Series X|S and PC.</p>'
                                                             '<h2>Up Next</h2>%s</div>' % ul([(REV, "Hollow Tide Review"), ("/games/hollow-tide", "Hollow Tide")]),
                                                             og("video.other", "Hollow Tide - Official Launch Trailer", s.url("/videos/hollow-tide-official-launch-trailer"), "Dive into the sunken kingdom of Meridae.", ORG) +
                                                             jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Hollow Tide - Official Launch Trailer", "uploadDate": "2025-03-12T15:00:00Z", "duration": "PT1M42S",
                                                                 "thumbnailUrl": s.url("/img/ht-trailer.jpg"), "description": "Dive into the sunken kingdom of Meridae in the launch trailer for Hollow Tide."})))
    rows = [("Mar 13", "Hollow Tide", "PS5, XSX|S, PC"), ("Mar 20", "Skyline Couriers 2", "PS5, PC"), ("Mar 27", "Ironclad Tactics", "PC"), ("Apr 3", "Harvest Hollow", "Switch, PC"), ("Apr 10", "Crimson Circuit: Night Tour", "PS5, XSX|S")]
    s.non("/upcoming-games", shell("Upcoming Video Game Release Dates 2025 - PixelForge", '<h1>Video Game Release Dates</h1><p class="intro">Every game coming out in 2025, by date.</p><table class="release-calendar"><tr><th>Date</th><th>Game</th><th>Platforms</th></tr>%s</table>' % "".join(
        '<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (d, ('<a href="/games/hollow-tide">%s</a>' % t) if t == "Hollow Tide" else E(t), E(p)) for d, t, p in rows), og("website", "Upcoming Games", s.url("/upcoming-games"), "", ORG)))
    s.non("/person/marcus-vell", shell("Marcus Vell - PixelForge", '<div class="person-header"><h1>Marcus Vell</h1><p class="person-title">Senior Reviews Editor</p><p>Marcus has been reviewing action games for PixelForge since 2016. Follow him on Bluesky.</p></div><h2>Articles by Marcus Vell</h2>%s' % card(A[0], "8"),
                                       og("profile", "Marcus Vell", s.url("/person/marcus-vell"), "", ORG)))
    s.non("/about", shell("About PixelForge - PixelForge", '<h1>About PixelForge</h1><p>PixelForge is a leading source of video game and entertainment news, reviews and guides, reaching millions of players every month. Our review policy explains how we score games on a 10-point scale.</p><h2>Contact</h2><p>tips@pixelforge.example</p>', og("website", "About PixelForge", s.url("/about"), "", ORG)))
    s.non("/search", shell("Search - PixelForge", '<h1>Search</h1><form action="/search"><input name="q" placeholder="Search PixelForge"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/feed/games/all.xml", "PixelForge All", [(st["path"], st["h1"], rfc(st["pub"].replace(".000Z", "+00:00"))) for st in A])
    s.sitemap(["/", "/news", "/reviews", "/upcoming-games"] + [st["path"] for st in A], "/search")


# ====================================================================== 2 The Circuit (Verge-like, en-US)
def circuit():
    s = Site(2)
    ORG = "The Circuit"
    NAV = ('<div class="duet--navigation--navigation"><a href="/" class="logo">The Circuit</a><nav><ul>%s</ul></nav><a class="subscribe" href="/newsletters">Subscribe</a></div>') % links(
        [("/tech", "Tech"), ("/reviews", "Reviews"), ("/deals", "Deals"), ("/podcasts/circuitcast-612", "Circuitcast"), ("/search", "Search")])
    PITCH = "Sign up for Installer, a weekly newsletter of the best stuff from our reviewers."
    FOOT = ('<footer class="duet--footer"><div class="newsletter"><p>%s</p></div><ul>%s</ul><p>&copy; 2025 Vox-like Media, LLC. All Rights Reserved</p></footer>') % (
        E(PITCH), links([("/about", "About / Ethics Statement"), ("/newsletters", "Newsletters"), ("/deals", "Deals"), ("/authors/nadia-okafor", "Nadia Okafor")]))
    COMMISSION = "If you buy something from a Circuit link, Vox-like Media may earn a commission. See our ethics statement."

    def shell(title, inner, head):
        return doc("en", title, head, NAV + '<main id="content" class="duet--layout">%s</main>' % inner + FOOT)

    def article(st):
        by = " and ".join(('<span class="duet--byline"><a href="/authors/%s">%s</a></span>' % (n.lower().replace(" ", "-"), E(n))) if n == "Nadia Okafor" else '<span class="duet--byline">%s</span>' % E(n) for n in st["by"])
        upd = ('<span class="duet--updated">Updated %s</span>' % E(st["upd"])) if st.get("upd") else ""
        inner = ('<article class="duet--article"><div class="duet--article--header"><a class="duet--kicker" href="%s">%s</a><h1 class="duet--article--dangerously-set-cms-markup">%s</h1>'
                 '<p class="duet--article--dek">%s</p><div class="duet--article--byline">by %s<time datetime="%s">%s</time>%s</div>%s</div>'
                 '<div class="duet--article--article-body-component-container">%s%s</div>'
                 '<div class="duet--article--comments-link"><a href="#comments">Comments</a></div></article>') % (
            st["secpath"], E(st["kicker"]), E(st["h1"]), E(st["dek"]), by, st["utc"], E(st["shown"]), upd,
            ('<p class="duet--commission">%s</p>' % E(COMMISSION)) if st.get("deal") else "", st["body"], st.get("after", ""))
        head = og("article", st.get("social", st["h1"]), s.url(st["path"]), st["dek"], ORG,
                  '<meta property="article:published_time" content="%s"><meta name="parsely-author" content="%s">' % (st["utc"], E(st["by"][0]))) + \
            ld("NewsArticle", s, st["path"], st.get("social", st["h1"]), st["utc"], st.get("mod"), P(st["by"]), ORG,
               articleSection=st["kicker"])
        return shell("%s | The Circuit" % st["h1"], inner, head)

    rv = ["Korvo's earbuds have always sounded better than they had any right to at their price, but I have never been able to wear a pair for more than an hour. The stems were too long, the tips too shallow, and every time I turned my head they slowly worked their way out of my ears.",
          "The Pulse Buds 3 fix that. The new shell is 20 percent smaller and sits flush in the concha, and Korvo now ships five sizes of foam tips in the box instead of three silicone ones. I wore them through a full workday and a 10K run without adjusting them once.",
          "Noise cancellation is a clear step up from the Pulse Buds 2, particularly on low rumbles like train engines and air conditioning. It still trails the best from the big names when it comes to voices, though, and transparency mode has a faint hiss that I noticed in quiet rooms.",
          "Battery life is rated at seven hours with ANC on, and I consistently got a little over six and a half. The case charges wirelessly and over USB-C, and a ten-minute top-up gives you about an hour of listening.",
          "At $179, the Pulse Buds 3 undercut most of their rivals by at least $70. If you gave up on earlier Korvo models because of the fit, these are worth another try."]
    score = ('<div class="duet--scorecard"><div class="score">8</div><p>Circuit Score</p><h4>The Good</h4><ul><li>Finally a secure, comfortable fit</li><li>Big improvement in noise cancellation</li><li>Great value</li></ul>'
             '<h4>The Bad</h4><ul><li>Transparency mode hisses</li><li>No lossless codec support</li></ul><a class="buy" href="/products/korvo-pulse-buds-3">$179 at Amazon</a></div>')
    photo = '<p class="duet--photo-credit">Photography by Leo Marchetti / The Circuit</p>'
    lm = ["Lumen will stop offering free cloud storage to new and existing users on June 1st, the company announced in an email to customers this morning. Accounts on the free plan, which currently includes 15GB, will become read-only on that date, and files that are not moved to a paid plan or downloaded by September 1st will be deleted.",
          "The company says fewer than 4 percent of free users have more than 5GB stored, and that the change will let it \"invest in features our paying customers have been asking for.\" The cheapest paid plan, Lumen Plus, costs $2.99 a month for 200GB.",
          "The decision follows a similar move by Driftbox last year, which prompted a wave of account deletions and a class action lawsuit over the short notice it gave users. Lumen's three-month window is longer, but it will still catch out people who use the service only for phone backups and rarely check their email.",
          "Update, March 12th: Added a statement from Lumen spokesperson Carla Nguyen, who said existing photos in Lumen Photos will not count toward the new limit."]
    dl = ["If you have been waiting for a good deal on a pair of noise-canceling headphones, Korvo's excellent Arc are on sale at Amazon and Best Buy for $229.99 ($120 off). That is the lowest price we have seen outside of Black Friday, and it matches the deal Korvo ran for a single day in January.",
          "The Arc were already one of our favorite alternatives to the big-name flagships when they launched at $349.99. They are light, fold flat into a slim case and offer noise cancellation that comes close to the best, along with a detailed sound that does not lean too heavily on bass.",
          "They also support multipoint Bluetooth, so you can stay connected to your phone and laptop at the same time, and battery life is rated at 40 hours with ANC enabled. The only real downside is the touch controls, which can be finicky in cold weather."]
    dealbox = '<div class="duet--product-card"><p class="name">Korvo Arc</p><p class="price"><span class="sale">$229.99</span> <s>$349.99</s></p><a href="/deals">$229.99 at Amazon</a><a href="/deals">$229.99 at Best Buy</a></div>'
    REV = "/reviews/2025/3/11/korvo-pulse-buds-3-review-price-fit-anc"
    NEWS = "/news/2025/3/12/lumen-free-cloud-storage-tier-ending"
    DEAL = "/tech/2025/3/10/korvo-arc-headphones-deal-sale"
    A = [dict(path=REV, h1="Korvo Pulse Buds 3 review: finally, earbuds that stay put", dek="Korvo fixed the fit, and the rest of the package caught up.", kicker="Reviews", secpath="/reviews",
              by=["Nadia Okafor"], utc="2025-03-12T01:30:00+00:00", shown="Mar 11, 2025, 9:30 PM EDT", body=photo + ps(rv[:2]) + score + ps(rv[2:]), paras=rv, inst="2025-03-12T01:30", date="2025-03-11"),
         dict(path=NEWS, h1="Lumen is ending its free cloud storage tier in June", social="Lumen is killing free cloud storage", dek="Free accounts go read-only on June 1st, and unmoved files will be deleted in September.", kicker="Tech", secpath="/tech",
              by=["Eli Brandt"], utc="2025-03-12T14:05:00+00:00", mod="2025-03-12T17:40:00+00:00", shown="Mar 12, 2025, 10:05 AM EDT", upd="Mar 12, 2025, 1:40 PM EDT", body=ps(lm), paras=lm, date="2025-03-12"),
         dict(path=DEAL, h1="The Korvo Arc noise-canceling headphones are $120 off right now", dek="It's the best price we've seen outside of Black Friday.", kicker="Deals", secpath="/deals",
              by=["Sheri Castellanos"], utc="2025-03-10T15:02:00+00:00", shown="Mar 10, 2025, 11:02 AM EDT", deal=True, body=ps(dl[:1]) + dealbox + ps(dl[1:]), paras=dl, date="2025-03-10")]
    for st in A:
        s.art(st["path"], article(st), st["h1"], st["date"], st["by"], instant=st.get("inst"), must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def river(items):
        return '<ol class="duet--river">%s</ol>' % "".join('<li><a href="%s">%s</a> <span class="byline">%s</span> <time>%s</time></li>' % (st["path"], E(st["h1"]), E(st["by"][0]), E(st["shown"].rsplit(",", 1)[0])) for st in items)
    H = lambda t, d="": og("website", t, "", d, ORG)  # noqa: E731
    s.non("/", shell("The Circuit", '<section class="top-stories"><h2>Top Stories</h2>%s</section><section><h2>Most Popular</h2>%s</section>' % (river(A), ul([(A[1]["path"], A[1]["h1"]), ("/deals", "The best tech deals this week")])),
                     H("The Circuit", "The Circuit covers the intersection of technology, science, art, and culture.")))
    s.non("/tech", shell("Tech | The Circuit", '<h1>Tech</h1>' + river(A[1:]), H("Tech")))
    s.non("/reviews", shell("Reviews | The Circuit", '<h1>Reviews</h1><p>Our reviews: how we test, what we look for and our scoring scale.</p>' + river(A[:1]), H("Reviews")))
    s.non("/deals", shell("Best tech deals right now | The Circuit", '<h1>Deals</h1><p class="duet--commission">%s</p><div class="deal-grid">%s</div>%s' % (E(COMMISSION), "".join(
        '<div class="duet--product-card"><p class="name">%s</p><p class="price"><span class="sale">%s</span> <s>%s</s></p><a href="%s">%s</a></div>' % (n, p, o, l, E(b)) for n, p, o, l, b in [
            ("Korvo Arc", "$229.99", "$349.99", DEAL, "Read more"), ("Korvo Pulse Buds 3", "$159", "$179", "/products/korvo-pulse-buds-3", "Price history"), ("Orbis Fold 3", "$1,599", "$1,799", "/deals", "$1,599 at Amazon"), ("Tessel 4K Monitor 27", "$289", "$399", "/deals", "$289 at Best Buy")]), river(A[2:])), H("Deals")))
    s.non("/products/korvo-pulse-buds-3", shell("Korvo Pulse Buds 3: price, specs and reviews | The Circuit",
                                                '<h1>Korvo Pulse Buds 3</h1><div class="product-score">8 Circuit Score</div><table class="specs"><tr><th>Price</th><td>$179</td></tr><tr><th>Battery (ANC on)</th><td>7 hours, 28 with case</td></tr><tr><th>Codecs</th><td>SBC, AAC, LDAC</td></tr>'
                                                '<tr><th>Water resistance</th><td>IPX5</td></tr><tr><th>Weight</th><td>4.9g per bud</td></tr><tr><th>Released</th><td>March 2025</td></tr></table><h2>Price history</h2><ul><li>Lowest: $159 (Mar 12)</li><li>Typical: $179</li></ul><h2>Our review</h2>%s' % ul([(REV, A[0]["h1"])]),
                                                H("Korvo Pulse Buds 3") + jl({"@context": "https://schema.org", "@type": "Product", "name": "Korvo Pulse Buds 3", "brand": "Korvo", "offers": {"@type": "Offer", "price": "179", "priceCurrency": "USD"}})))
    s.non("/podcasts/circuitcast-612", shell("The Circuitcast 612: Foldables get thin | The Circuit",
                                             '<div class="podcast-episode"><h1>Foldables get thin</h1><p class="show">The Circuitcast · Episode 612 · 1:34:12</p><div class="player"><audio controls src="/media/circuitcast-612.mp3"></audio></div>'
                                             '<p>Nadia and Eli talk about the Orbis Fold 3, the end of free cloud storage and the best earbuds under $200.</p><h3>Further reading</h3>%s<p>Subscribe on Apple Podcasts, Spotify or wherever you get podcasts.</p></div>' % ul([(REV, A[0]["h1"]), (NEWS, A[1]["h1"])]),
                                             H("The Circuitcast 612") + jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Foldables get thin", "episodeNumber": 612, "datePublished": "2025-03-14", "partOfSeries": {"@type": "PodcastSeries", "name": "The Circuitcast"}})))
    s.non("/newsletters", shell("Newsletters | The Circuit", '<h1>Newsletters</h1><div class="nl"><h2>Installer</h2><p>The best stuff from our reviewers, every Sunday.</p><button>Subscribe</button></div><div class="nl"><h2>Command Line</h2><p>Tech and power, twice a week.</p><button>Subscribe</button></div>', H("Newsletters")))
    s.non("/authors/nadia-okafor", shell("Nadia Okafor | The Circuit", '<div class="author-header"><h1>Nadia Okafor</h1><p>Senior Reviewer, Audio</p><p>Nadia has tested more than 300 pairs of headphones. She lives in Brooklyn.</p></div>' + river(A[:1]), og("profile", "Nadia Okafor", s.url("/authors/nadia-okafor"), "", ORG)))
    s.non("/about", shell("About / Ethics Statement | The Circuit", '<h1>About The Circuit</h1><p>The Circuit was founded in 2011 to cover the intersection of technology, science, art and culture.</p><h2>Ethics statement</h2><p>We do not accept paid reviews. Review units are returned or donated after testing.</p>', H("About")))
    s.non("/search", shell("Search | The Circuit", '<h1>Search</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/rss/index.xml", "The Circuit", [(st["path"], st["h1"], rfc(st["utc"])) for st in A])
    s.sitemap(["/", "/tech", "/reviews", "/deals"] + [st["path"] for st in A], "/search")


# ====================================================================== 3 Discovery Wire (phys.org-like, en-GB)
def discovery():
    s = Site(3)
    ORG = "Discovery Wire"
    NAV = '<header class="header"><a class="logo" href="/">Discovery Wire</a><nav class="nav-main">%s</nav></header>' % links(
        [("/", "Home"), ("/physics-news/", "Physics"), ("/biology-news/", "Biology"), ("/earth-news/", "Earth"), ("/newsletter/", "Newsletter"), ("/search/", "Search")], "", "span")
    PITCH = "Get free science updates with Discovery Wire Daily and Weekly Newsletter. Subscribe now!"
    FOOT = ('<footer class="footer"><p>%s</p><nav>%s</nav><p>&copy; Discovery Wire 2003 - 2025 powered by Science Network</p></footer>') % (
        E(PITCH), links([("/help/about/", "About us"), ("/feedback/", "Contact"), ("/partners/university-of-westmoor/", "Partners"), ("/newsletter/", "Newsletter")], "", "span"))

    def shell(title, inner, head):
        return doc("en", title, head, NAV + '<main class="container">%s</main>' % inner + FOOT)

    def article(st):
        ed = ('<p class="article-edit-info">Edited by %s, reviewed by %s</p>' % (E(st["edited"][0]), E(st["edited"][1]))) if st.get("edited") else ""
        more = ('<div class="article-main__more"><p><strong>More information:</strong> %s</p><p><strong>Journal information:</strong> %s</p></div>') % (
            E(st["moreinfo"]), ('<a href="/journals/nature-communications/">%s</a>' % E(st["journal"])) if st["journal"] == "Nature Communications" else E(st["journal"]))
        prov = ('<p class="article-provided">Provided by <a href="/partners/%s/">%s</a></p>' % (st["prov"].lower().replace(" ", "-"), E(st["prov"]))) if st.get("prov") else '<p class="article-copyright">&copy; 2025 Discovery Wire</p>'
        cite = '<p class="article-cite"><strong>Citation</strong>: %s (2025, %s) retrieved 14 March 2025 from %s</p>' % (E(st["h1"]), st["citedate"], E(s.url(st["path"])))
        inner = ('<article class="news-article"><div class="article__info"><p class="article__info-item"><a href="%s">%s</a></p><p class="article__info-item text-low">%s</p></div>'
                 '<h1 class="text-extra-large">%s</h1><p class="article-byline text-low">by %s</p>%s'
                 '<figure class="article-img"><img src="/img/%s.jpg"><figcaption>%s</figcaption></figure><div class="article-main">%s%s%s%s'
                 '<p class="article-main__note">This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div></article>'
                 '<aside class="related"><h3>Related Stories</h3>%s</aside>') % (
            st["secpath"], E(st["sec"]), st["shown"], E(st["h1"]), E(st["byline"]), ed, st["img"], E(st["cap"]), ps(st["paras"]), more, prov, cite, ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["paras"][0][:180], ORG, '<meta name="citation_journal_title" content="%s">' % E(st["journal"])) + \
            ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, st["ldauth"], ORG, articleSection=st["sec"])
        return shell(st["h1"], inner, head)

    sp = ["Spider silk is one of the toughest materials known, but how the liquid protein stored in a spider's gland turns into a solid thread has long puzzled biologists. A new study using high-speed X-ray imaging suggests the transformation happens in a matter of milliseconds, far faster than earlier estimates.",
          "The research team, led by structural biologist Tomás Rivera at the University of Westmoor, filmed orb-weaving spiders as they spun draglines inside a specially built chamber at a synchrotron facility. The images captured the moment when the proteins, called spidroins, lock together into crystalline sheets.",
          "\"We expected to see a gradual process along the length of the spinning duct,\" Rivera said. \"Instead, almost all of the structural change happens in the final few hundred micrometres, in less than five milliseconds.\"",
          "The findings, published in Nature Communications, could help engineers who are trying to produce artificial spider silk. Most synthetic processes use chemical baths that take minutes, and the resulting fibres are weaker than natural silk. The authors say mimicking the sharp pressure drop at the end of the duct may be the missing step."]
    fx = ["Foxes living in cities have measurably shorter and wider snouts than their rural relatives, according to an analysis of more than 1,200 skulls held in museum collections across Britain.",
          "Researchers at the University of Westmoor measured skulls collected between 1890 and 2020 and found that the difference has grown over the past century as urban populations expanded. City foxes also had smaller braincases relative to their body size.",
          "Lead author Dr. Amelia Stroud said the changes were consistent with a shift in diet. \"Urban foxes spend less time chasing small prey and more time scavenging food that people leave behind, which favours a stronger bite over a long, fast-closing jaw,\" she said.",
          "The team cautions that the study cannot show whether the changes are genetic or a result of how the animals grow up. They now plan to compare foxes raised in rescue centres with wild-born animals to separate the two effects."]
    mb = ["Microbes living in sediments around deep-sea hydrothermal vents can transfer electrons directly onto iron-rich minerals, effectively breathing metal in the absence of oxygen, a new study has found.",
          "Scientists from the Northfield Institute of Technology collected sediment cores from vents at a depth of 2,400 metres in the Pacific Ocean and grew the microbes in the laboratory. Using fine electrodes, they measured a steady electric current passing from the cells to mineral particles.",
          "\"It is a bit like a battery that charges itself from the surrounding chemistry,\" said oceanographer Prof. Hiroshi Tanabe, who led the research. The microbes belong to a group of archaea that had been identified from DNA sequences but never cultivated.",
          "Understanding how these organisms live could help explain how early life survived on a young Earth with no oxygen, and it may inspire new designs for microbial fuel cells that generate electricity from waste water. The study appears in the journal Science Advances."]
    SP = "/news/2025-03-spiders-silk-milliseconds-high-speed.html"
    FX = "/news/2025-03-urban-foxes-evolving-shorter-snouts.html"
    MB = "/news/2025-03-deep-sea-microbes-breathe-metal.html"
    A = [dict(path=SP, h1="Orb-weaving spiders spin silk in milliseconds, not seconds, high-speed imaging reveals", sec="Biology", secpath="/biology-news/", shown="March 12, 2025", citedate="March 12", iso="2025-03-12T10:20:04-04:00",
              byline="Ingrid Halvorsen, Discovery Wire", edited=("Clare Hooper", "Martin Ellery"), ldauth=P(["Ingrid Halvorsen"]), authors=["Ingrid Halvorsen"], img="spider", cap="An orb-weaving spider on its web. Credit: Tomás Rivera",
              paras=sp, moreinfo="Tomás Rivera et al, Millisecond assembly of spidroin fibres in vivo, Nature Communications (2025). DOI: 10.1038/s41467-025-57123-4", journal="Nature Communications", date="2025-03-12"),
         dict(path=FX, h1="Urban foxes are evolving shorter snouts, skull study suggests", sec="Biology", secpath="/biology-news/", shown="March 11, 2025", citedate="March 11", iso="2025-03-11T13:45:01-04:00",
              byline="Rachel Ong, University of Westmoor", ldauth=P(["Rachel Ong"]), authors=["Rachel Ong"], img="fox", cap="A red fox in a city park. Credit: University of Westmoor", prov="University of Westmoor",
              paras=fx, moreinfo="Amelia Stroud et al, Cranial divergence in urban red foxes, Proceedings of the Royal Society B (2025). DOI: 10.1098/rspb.2025.0312", journal="Proceedings of the Royal Society B", date="2025-03-11"),
         dict(path=MB, h1="Deep-sea microbes found to 'breathe' metal at hydrothermal vents", sec="Earth", secpath="/earth-news/", shown="March 10, 2025", citedate="March 10", iso="2025-03-10T16:02:11-04:00",
              byline="Northfield Institute of Technology", ldauth={"@type": "Organization", "name": "Northfield Institute of Technology"}, authors=[], img="vent", cap="A hydrothermal vent chimney at 2,400 metres depth. Credit: NIT/ROV Hercules",
              prov="Northfield Institute of Technology", paras=mb, moreinfo="Keiko Mori et al, Direct extracellular electron transfer by vent archaea, Science Advances (2025). DOI: 10.1126/sciadv.adq4471", journal="Science Advances", date="2025-03-10")]
    for i, st in enumerate(A):
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def item(st):
        return '<article class="sorted-article"><h3><a href="%s">%s</a></h3><p>%s</p><p class="text-low">%s</p></article>' % (st["path"], E(st["h1"]), E(st["paras"][0][:140] + "..."), st["shown"])
    H = lambda t: og("website", t, "", "", ORG)  # noqa: E731
    s.non("/", shell("Discovery Wire - News and Articles on Science and Technology", '<h2>Latest news</h2>' + "".join(item(st) for st in A), H("Discovery Wire")))
    s.non("/biology-news/", shell("Biology News - Life Sciences, Genetics, Ecology", '<h1>Biology news</h1>' + item(A[0]) + item(A[1]), H("Biology news")))
    s.non("/earth-news/", shell("Earth Science News - Earth Sciences, Environment", '<h1>Earth news</h1>' + item(A[2]), H("Earth news")))
    s.non("/physics-news/", shell("Physics News - Physics, Materials, Optics", '<h1>Physics news</h1><p>No stories in this category today.</p><ul><li><a href="/biology-news/">Biology</a></li></ul>', H("Physics news")))
    s.non("/partners/university-of-westmoor/", shell("University of Westmoor - News and articles", '<div class="partner"><img src="/img/westmoor.png"><h1>University of Westmoor</h1><p>Founded in 1892, the University of Westmoor is a research-intensive university in the north of England. 314 articles.</p></div>' + item(A[1]), H("University of Westmoor")))
    s.non("/partners/northfield-institute-of-technology/", shell("Northfield Institute of Technology - News and articles", '<div class="partner"><h1>Northfield Institute of Technology</h1><p>87 articles.</p></div>' + item(A[2]), H("Northfield Institute of Technology")))
    s.non("/journals/nature-communications/", shell("Nature Communications - News and articles", '<h1>Nature Communications</h1><p>Stories reporting research published in Nature Communications.</p>' + item(A[0]), H("Nature Communications")))
    s.non("/newsletter/", shell("Discovery Wire Newsletters", '<h1>Newsletters</h1><form><label><input type="checkbox"> Daily</label><label><input type="checkbox"> Weekly</label><input type="email"><button>Subscribe</button></form>', H("Newsletters")))
    s.non("/help/about/", shell("About Discovery Wire", '<h1>About us</h1><p>Discovery Wire is a leading web-based science, research and technology news service which covers a full range of topics, publishing around 100 stories a day.</p>', H("About us")))
    s.non("/feedback/", shell("Feedback to editors", '<h1>Contact</h1><form><select><option>Editorial</option><option>Technical</option></select><textarea></textarea><button>Send</button></form>', H("Contact")))
    s.non("/search/", shell("Search results", '<h1>Search</h1><form><input name="search"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/rss-feed.xml", "Discovery Wire - latest science and technology news stories", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/biology-news/", "/earth-news/", "/physics-news/"] + [st["path"] for st in A], "/search/")


# ====================================================================== 4 ReelTrade (Variety-like trade, en-US, Pacific time)
def reeltrade():
    s = Site(4)
    ORG = "ReelTrade"
    NAV = '<header class="pmc-header"><a class="c-logo" href="/">ReelTrade</a><nav class="c-nav">%s</nav><a class="c-vip" href="/vip/">ReelTrade VIP+</a></header>' % links(
        [("/v/film/", "Film"), ("/v/tv/", "TV"), ("/box-office/", "Box Office"), ("/video/", "Video"), ("/events/awards-calendar/", "Awards Calendar"), ("/search/", "Search")], "c-nav__item", "span")
    MUST = ["'Starfall' Director Marcus Lindqvist on Building a Galaxy From Scratch", "Streamline Shakes Up Drama Team as Marcus Bell Expands Role"]
    PITCH = "Sign Up for ReelTrade Newsletters: breaking news, reviews and awards coverage, straight to your inbox."
    FOOT = ('<footer class="pmc-footer"><div class="c-newsletter"><p>%s</p></div><ul>%s</ul><p>ReelTrade is a part of Penske-like Media Corporation. &copy; 2025 ReelTrade Media, LLC. All Rights Reserved.</p></footer>') % (
        E(PITCH), links([("/about/", "About Us"), ("/masthead/", "Masthead"), ("/vip/", "Subscribe"), ("/podcasts/awards-circuit-ep-211/", "Podcasts")]))

    def shell(title, inner, head):
        return doc("en-US", title, head, NAV + '<main class="lrv-a-wrapper">%s</main>' % inner + FOOT)

    def article(st):
        by = " and ".join('<a class="c-link" href="/author/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) if n == "Owen Harcastle" else '<span class="c-link">%s</span>' % E(n) for n in st["by"])
        title = ('<p class="c-byline__title">%s</p>' % E(st["role"])) if st.get("role") else ""
        side = '<aside class="o-sidebar"><section class="most-popular"><h3>Most Popular</h3>%s</section><section class="must-read"><h3>Must Read</h3>%s</section></aside>' % (
            ul([(b["path"], b["h1"]) for b in A if b is not st]), "".join('<p class="c-title c-title--must-read">%s</p>' % E(t) for t in MUST))
        inner = ('<article class="pmc-article"><div class="article-header"><a class="c-span" href="%s">%s</a><h1 class="c-title">%s</h1>'
                 '<div class="c-byline">By %s%s</div><div class="c-timestamp"><time datetime="%s">%s</time></div>'
                 '<div class="c-social"><a>Facebook</a><a>X</a><a>Email</a><a>Show more sharing options</a></div></div>'
                 '<div class="a-content pmc-paywall">%s%s</div><div class="article-tags"><span>Related Stories</span>%s</div></article>%s') % (
            st["secpath"], E(st["sec"]), E(st["h1"]), by, title, st["iso"], E(st["shown"]), ps(st["paras"]), st.get("credits", ""), ul(st["rel"]), side)
        head = og("article", st["h1"], s.url(st["path"]), st["paras"][0][:160], ORG,
                  '<meta name="author" content="%s"><meta property="article:published_time" content="%s"><meta property="article:section" content="%s">' % (E(", ".join(st["by"])), st["iso"], E(st["sec"])))
        if st.get("ld"):
            head += ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, P(st["by"]), ORG)
        return shell("%s - ReelTrade" % st["h1"], inner, head)

    bo = ["Starfall, the science fiction epic from director Marcus Lindqvist, blasted off with $92 million from 4,100 North American theaters this weekend, according to studio estimates on Sunday. That is the biggest opening of the year so far and well ahead of pre-release tracking, which had pointed to a debut in the $70 million range.",
          "The film, which cost a reported $180 million to produce, also collected $115 million from international markets for a global start of $207 million. Audiences gave it an A CinemaScore, suggesting strong word of mouth in the weeks ahead.",
          "\"This is the kind of original, big-screen spectacle that people have told us they want,\" said Harmon Pictures distribution chief Elaine Park. Premium large formats accounted for 46% of ticket sales, a record for a non-sequel.",
          "Last weekend's champion, the horror sequel Hollow Hill 2, fell 58% to second place with $14.2 million. The animated comedy Paws on Parade rounded out the top three with $9.8 million in its third weekend."]
    rv = ["There is hardly a drop of water in The Salt Road, Lucía Ferreyra's parched and mesmerizing second feature, and by the end you may feel the need to reach for a glass. Set almost entirely on a single highway crossing the Atacama Desert, the film follows a truck driver hauling a mysterious load north toward the Peruvian border.",
          "Marisol Vega plays the driver, Inés, with a wiry intensity that carries the film through its quieter stretches. She barely speaks for the first half hour, and Ferreyra trusts her face to do the work, whether she is bargaining with a corrupt police officer or nursing a broken radiator in the midday heat.",
          "Cinematographer Pablo Ruiz shoots the desert in long, static takes that make the landscape feel both infinite and claustrophobic. The sound design, built from wind, engine noise and the tick of cooling metal, is just as immersive.",
          "The film stumbles in its final act, when a subplot involving Inés' estranged brother arrives too late to carry the emotional weight it is asked to bear. But for most of its running time, The Salt Road is a gripping, physical piece of filmmaking that announces Ferreyra as a major talent."]
    credits = ('<div class="c-review-credits"><p><strong>\'The Salt Road\'</strong></p><p>Reviewed at SXSW Film Festival (Narrative Spotlight), March 10, 2025. Running time: 112 MIN.</p>'
               '<p><strong>Production:</strong> A Neon Basin release of a Cordillera Films production. Producers: Andrés Molina, Julia Stein.</p>'
               '<p><strong>Crew:</strong> Director, writer: Lucía Ferreyra. Camera: Pablo Ruiz. Editor: Tomás Ibarra. Music: Clara Weiss.</p>'
               '<p><strong>With:</strong> Marisol Vega, Diego Alarcón, Ana Lucía Mora.</p></div>')
    tv = ["Streamline has renewed the coastal drama Harbor Lights for a third season, ReelTrade has learned exclusively. The streamer has also added two new series regulars, Jonah Price and Alicia Moreno, who will join the cast when production resumes in Nova Scotia this summer.",
          "Created by Wendy Castellano, Harbor Lights follows three generations of a fishing family in a small Canadian town as they fight to keep their business afloat. The second season premiered in January and spent five weeks in Streamline's global top 10, according to the company's own data.",
          "Price will play Elliot, a marine biologist who arrives in town to study the collapse of the local cod stocks, while Moreno has been cast as Rosa, a lawyer representing a developer with plans for the harbor. Both roles are described as pivotal to the new season's central conflict.",
          "\"The audience response to season two told us there is much more story to tell,\" said Streamline head of drama Marcus Bell. Castellano will continue to serve as showrunner and executive producer alongside Liam Doyle."]
    BO = "/2025/film/box-office/starfall-opening-weekend-box-office-1236321455/"
    RV = "/2025/film/reviews/the-salt-road-review-marisol-vega-1236323010/"
    TV = "/2025/tv/news/harbor-lights-renewed-season-3-streamline-1236323377/"
    A = [dict(path=BO, sec="Box Office", secpath="/box-office/", h1="'Starfall' Soars to $92 Million Opening Weekend at the Domestic Box Office", by=["Dana Kessler"], iso="2025-03-09T09:15:00-07:00",
              shown="March 9, 2025 9:15am PT", paras=bo, ld=True, date="2025-03-09"),
         dict(path=RV, sec="Film Review", secpath="/v/film/", h1="'The Salt Road' Review: A Sunburned Odyssey Across the Atacama, Anchored by Marisol Vega's Ferocious Lead Turn", by=["Owen Harcastle"], role="Chief Film Critic",
              iso="2025-03-11T23:45:00-07:00", shown="March 11, 2025 11:45pm PT", paras=rv, credits=credits, ld=True, date="2025-03-11", inst="2025-03-12T06:45"),
         dict(path=TV, sec="TV News", secpath="/v/tv/", h1="'Harbor Lights' Renewed for Season 3 at Streamline, Adds Two Series Regulars (EXCLUSIVE)", by=["Ryan Mercer", "Alana Whitfield"], iso="2025-03-12T10:00:00-07:00",
              shown="March 12, 2025 10:00am PT", paras=tv, ld=False, date="2025-03-12")]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st][:1]
    for st in A:
        s.art(st["path"], article(st), st["h1"], st["date"], st["by"], instant=st.get("inst"), must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH] + MUST)

    def river(items):
        return "".join('<div class="o-tease"><a class="c-title" href="%s">%s</a><p class="c-tagline">By %s</p><time>%s</time></div>' % (st["path"], E(st["h1"]), E(" and ".join(st["by"])), st["shown"].rsplit(" ", 2)[0]) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    s.non("/", shell("ReelTrade - Entertainment News, Film Reviews, Awards, Film Festivals, Box Office, Entertainment Industry Conferences", '<section class="top-stories">%s</section>' % river(A), H("ReelTrade", "/")))
    s.non("/v/film/", shell("Film News - ReelTrade", '<h1>Film</h1>' + river(A[:2]), H("Film", "/v/film/")))
    s.non("/v/tv/", shell("TV News - ReelTrade", '<h1>TV</h1>' + river(A[2:]), H("TV", "/v/tv/")))
    s.non("/box-office/", shell("Box Office: Weekend Grosses and Charts - ReelTrade", '<h1>Weekend Box Office</h1><p>March 7-9, 2025 · Domestic estimates</p><table class="box-office-chart"><tr><th>Rank</th><th>Title</th><th>Weekend</th><th>Total</th><th>Weeks</th></tr>'
                                '<tr><td>1</td><td>Starfall</td><td>$92,000,000</td><td>$92,000,000</td><td>1</td></tr><tr><td>2</td><td>Hollow Hill 2</td><td>$14,200,000</td><td>$61,850,000</td><td>2</td></tr><tr><td>3</td><td>Paws on Parade</td><td>$9,800,000</td><td>$88,400,000</td><td>3</td></tr></table><h2>Box Office News</h2>%s' % river(A[:1]), H("Box Office", "/box-office/")))
    s.non("/video/", shell("Video - ReelTrade", '<h1>Video</h1>%s' % ul([("/video/the-salt-road-trailer/", "'The Salt Road' Official Trailer")]), H("Video", "/video/")))
    s.non("/video/the-salt-road-trailer/", shell("'The Salt Road' Official Trailer - ReelTrade", '<div class="c-video"><div class="jwplayer" id="jwplayer-1"><video src="/media/salt-road.mp4" controls></video></div><h1>\'The Salt Road\' Official Trailer</h1><p>Neon Basin releases Lucía Ferreyra\'s desert thriller in theaters May 2.</p></div>%s' % ul([(RV, A[1]["h1"])]),
                                                  og("video.other", "'The Salt Road' Official Trailer", s.url("/video/the-salt-road-trailer/"), "", ORG) + jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "'The Salt Road' Official Trailer", "uploadDate": "2025-03-12T17:00:00Z", "thumbnailUrl": s.url("/img/salt.jpg")})))
    s.non("/events/awards-calendar/", shell("2025-2026 Awards Season Calendar: Key Dates - ReelTrade", '<h1>Awards Season Calendar</h1><ul><li>May 13-24: Cannes Film Festival</li><li>Aug. 27 - Sept. 6: Venice Film Festival</li><li>Sept. 4-14: Toronto International Film Festival</li><li>Jan. 22: Oscar nominations announced</li></ul>', H("Awards Calendar", "/events/awards-calendar/")))
    s.non("/author/owen-harcastle/", shell("Owen Harcastle, Author at ReelTrade", '<h1>Owen Harcastle</h1><p>Chief Film Critic</p>' + river(A[1:2]), og("profile", "Owen Harcastle", s.url("/author/owen-harcastle/"), "", ORG)))
    s.non("/podcasts/awards-circuit-ep-211/", shell("Awards Circuit Podcast: SXSW Breakouts - ReelTrade", '<div class="podcast"><h1>Awards Circuit Podcast: SXSW Breakouts</h1><audio controls src="/media/ac211.mp3"></audio><p>Owen Harcastle joins to discuss the films that broke out at SXSW.</p><p>Subscribe on Apple Podcasts or Spotify.</p></div>', H("Awards Circuit", "/podcasts/awards-circuit-ep-211/")))
    s.non("/vip/", shell("ReelTrade VIP+ | Subscribe", '<h1>ReelTrade VIP+</h1><p>Industry intelligence, data and analysis. $99/year.</p><button>Subscribe</button>', H("VIP+", "/vip/")))
    s.non("/masthead/", shell("Masthead - ReelTrade", '<h1>Masthead</h1><ul><li>Editor-in-Chief: Carla Montrose</li><li>Chief Film Critic: Owen Harcastle</li><li>Box Office Editor: Dana Kessler</li><li>TV Editor: Ryan Mercer</li></ul>', H("Masthead", "/masthead/")))
    s.non("/about/", shell("About ReelTrade - ReelTrade", '<h1>About ReelTrade</h1><p>Founded in 1905, ReelTrade is the most authoritative and trusted source of entertainment business news.</p>', H("About", "/about/")))
    s.non("/search/", shell("Search - ReelTrade", '<h1>Search</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/feed/", "ReelTrade", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/v/film/", "/v/tv/", "/box-office/"] + [st["path"] for st in A], "/search/")


# ====================================================================== 5 Bitfeld (heise-like, de)
def bitfeld():
    s = Site(5)
    ORG = "Bitfeld online"
    NAV = '<header class="header"><a class="header__logo" href="/">Bitfeld online</a><nav class="nav">%s</nav></header>' % links(
        [("/newsticker/", "News"), ("/thema/Prozessoren", "Prozessoren"), ("/preisvergleich/", "Preisvergleich"), ("/download/", "Download"), ("/newsletter/", "Newsletter"), ("/suche/", "Suche")], "", "span")
    PITCH = "Mit dem Bitfeld-Newsletter erhalten Sie jeden Morgen die wichtigsten Meldungen aus IT und Technik."
    FOOT = '<footer class="footer"><p>%s</p><nav>%s</nav><p>&copy; 2025 Bitfeld Medien</p></footer>' % (E(PITCH), links(
        [("/impressum.html", "Impressum"), ("/kontakt/", "Kontakt"), ("/newsletter/", "Newsletter"), ("/autor/tobias-weber", "Redaktion")], "", "span"))

    def shell(title, inner, head):
        return doc("de", title, head, NAV + '<main class="main">%s</main>' % inner + FOOT)

    def article(st):
        inner = ('<article class="article"><header class="a-article-header"><span class="a-article-header__label">%s</span><h1 class="a-article-header__title">%s</h1>'
                 '<p class="a-article-header__lead">%s</p><div class="a-article-header__meta"><div class="a-creator">%s</div>'
                 '<time class="a-datetime" datetime="%s">%s</time><span class="a-article-header__read-time">Lesezeit: %d Min.</span>'
                 '<a class="a-article-header__comments" href="%s">Kommentare lesen (%d Beiträge)</a></div></header>'
                 '<div class="article-content">%s<p class="a-article-content__kuerzel">(%s)</p></div>'
                 '<div class="article-footer"><a href="%s">Zur Startseite</a></div><aside class="a-related"><h3>Mehr zum Thema</h3>%s</aside></article>') % (
            E(st["label"]), E(st["h1"]), E(st["lead"]), st["creator"], st["iso"], st["shown"], st["read"], st["forum"], st["posts"], ps(st["paras"]), st["kz"], "/", ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["lead"], ORG, '<meta name="date" content="%s">' % st["iso"]) + \
            ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, P(st["authors"]), ORG, description=st["lead"])
        return shell("%s | Bitfeld online" % st["h1"], inner, head)

    n = ["Der Chiphersteller Arvion will noch in diesem Jahr die ersten Notebook-Prozessoren aus einer 2-Nanometer-Fertigung ausliefern. Das kündigte das Unternehmen am Mittwoch auf einer Veranstaltung in San Francisco an. Die Chips der Serie Vireo 400 sollen bis zu 30 Prozent sparsamer arbeiten als die aktuellen Modelle.",
         "Gefertigt werden die Prozessoren bei einem taiwanischen Auftragsfertiger. Arvion nannte zunächst zwei Modelle mit zwölf und sechzehn Kernen, die jeweils eine integrierte Grafikeinheit und eine KI-Einheit mit bis zu 60 TOPS enthalten. Erste Notebooks sollen im vierten Quartal in den Handel kommen.",
         "Unabhängige Messungen gibt es bislang nicht. Die von Arvion gezeigten Benchmarks stammen aus eigenen Tests mit Vorseriengeräten, bei denen das Unternehmen die Leistungsaufnahme nicht offenlegte. Preise nannte Arvion ebenfalls noch nicht.",
         "Konkurrent Helix hatte bereits im Januar angekündigt, seine 2-Nanometer-Chips erst im kommenden Jahr in Serie zu fertigen. Branchenbeobachter rechnen damit, dass die neue Fertigung die Preise für Notebooks der Oberklasse zunächst steigen lässt."]
    t = ["Drei neue Gaming-Notebooks mit der Grafikeinheit Vireo G70 mussten sich in unserem Labor beweisen: das Strato 16 von Kaltwerk, das Nomad X17 von Terragon und das deutlich günstigere Pixel Rush 15. Alle drei bringen aktuelle Spiele in WQHD-Auflösung flüssig auf den Bildschirm, unterscheiden sich aber stark bei Lautstärke und Akkulaufzeit.",
         "Am schnellsten rechnete das Nomad X17, das seine Grafikeinheit mit bis zu 175 Watt versorgt. Unter Volllast erreichten die Lüfter dabei allerdings 52 dB(A), was selbst mit Headset störend ist. Das Strato 16 bleibt mit 41 dB(A) deutlich leiser und verliert nur rund zehn Prozent Leistung.",
         "Beim Akku zeigte sich das Pixel Rush 15 überraschend ausdauernd: Im WLAN-Test lief es knapp neun Stunden, die beiden teureren Geräte schafften nur gut fünf Stunden. Dafür spart der Hersteller beim Display, das nur 60 Prozent des sRGB-Farbraums abdeckt.",
         "Wer ein leises Gerät für lange Spieleabende sucht, greift zum Strato 16. Das Nomad X17 lohnt sich nur für diejenigen, die jedes Bild pro Sekunde brauchen und ohnehin mit externem Monitor und Headset spielen."]
    k = ["Ab dem kommenden Jahr müssen Hersteller in der EU Ersatzteile für Smartphones und Tablets sieben Jahre lang vorhalten. Das ist ein Fortschritt, den man nicht kleinreden sollte. Aber wer schon einmal versucht hat, einen Akku selbst zu tauschen, weiß: Ein Ersatzteil allein repariert noch kein Gerät.",
         "Immer mehr Hersteller koppeln Bauteile per Seriennummer an die Hauptplatine. Tauscht man ein Display oder eine Kamera aus, meldet das System eine Warnung oder schaltet Funktionen ab, bis eine autorisierte Werkstatt das Teil freigibt. Unabhängige Reparaturbetriebe bleiben so außen vor.",
         "Die Verordnung verbietet dieses sogenannte Parts Pairing nur halbherzig. Hersteller dürfen es weiter einsetzen, wenn sie Sicherheitsgründe anführen, und was als Sicherheitsgrund gilt, definieren sie weitgehend selbst.",
         "Wenn die EU es ernst meint mit langlebigen Geräten, muss sie hier nachschärfen. Sonst bekommen wir zwar Ersatzteile, die sieben Jahre im Lager liegen, aber niemanden, der sie einbauen darf."]
    N = "/news/Arvion-kuendigt-2-Nanometer-Prozessoren-fuer-Notebooks-an-10312245.html"
    T = "/tests/Gaming-Notebooks-mit-Vireo-Grafik-im-Test-Schnell-laut-teuer-10309876.html"
    K = "/meinung/Kommentar-Das-Recht-auf-Reparatur-braucht-mehr-als-Ersatzteile-10307741.html"
    F = "/forum/Bitfeld-online/Kommentare/Arvion-kuendigt-2-Nanometer-Prozessoren-an/thread-7712093/"
    A = [dict(path=N, label="Chipfertigung", h1="Arvion kündigt 2-Nanometer-Prozessoren für Notebooks an", lead="Noch 2025 sollen die ersten Notebooks mit Arvions Vireo-400-Chips in den Handel kommen. Unabhängige Messwerte fehlen aber.",
              creator='Von <a class="a-creator__name" href="/autor/tobias-weber">Tobias Weber</a>', authors=["Tobias Weber"], iso="2025-03-12T14:32:00+01:00", shown="12.03.2025, 14:32 Uhr", read=3, forum=F, posts=214, paras=n, kz="tow", date="2025-03-12"),
         dict(path=T, label="Test", h1="Gaming-Notebooks mit Vireo-Grafik im Test: Schnell, laut, teuer", lead="Drei Gaming-Notebooks mit Arvions neuer Mittelklasse-Grafik im Labor: Eins ist leise, eins ist schnell, eins hält lange durch.",
              creator='Von <span class="a-creator__name">Florian Kessler</span> und <span class="a-creator__name">Jana Wolff</span>', authors=["Florian Kessler", "Jana Wolff"], iso="2025-03-10T06:30:00+01:00", shown="10.03.2025, 06:30 Uhr", read=9, forum=F, posts=57, paras=t, kz="flk", date="2025-03-10"),
         dict(path=K, label="Kommentar", h1="Kommentar: Das Recht auf Reparatur braucht mehr als Ersatzteile", lead="Die EU verpflichtet Hersteller zu Ersatzteilen. Solange Bauteile an die Hauptplatine gekoppelt sind, nützt das wenig, meint Miriam Adler.",
              creator='Ein Kommentar von <span class="a-creator__name">Miriam Adler</span>', authors=["Miriam Adler"], iso="2025-03-09T11:00:00+01:00", shown="09.03.2025, 11:00 Uhr", read=2, forum=F, posts=388, paras=k, kz="mad", date="2025-03-09")]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def ticker(items):
        return "".join('<article class="a-article-teaser"><time>%s</time> <a href="%s">%s</a> <span class="teaser-label">%s</span></article>' % (st["shown"].replace(" Uhr", ""), st["path"], E(st["h1"]), E(st["label"])) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    s.non("/", shell("Bitfeld online - IT-News, Nachrichten und Hintergründe", '<section class="stage">%s</section><section><h2>Preisvergleich</h2><a href="/preisvergleich/arvion-vireo-470.html">Arvion Vireo 470 ab 389 €</a></section>' % ticker(A), H("Bitfeld online", "/")))
    s.non("/newsticker/", shell("Newsticker | Bitfeld online", '<h1>Newsticker</h1>' + ticker(A), H("Newsticker", "/newsticker/")))
    s.non("/thema/Prozessoren", shell("Prozessoren: News, Tests und Hintergründe | Bitfeld online", '<h1>Thema: Prozessoren</h1><p>Alle Meldungen zu CPUs, Chipfertigung und Halbleitern.</p>' + ticker(A[:2]), H("Prozessoren", "/thema/Prozessoren")))
    s.non("/preisvergleich/", shell("Preisvergleich | Bitfeld online", '<h1>Preisvergleich</h1><ul><li><a href="/preisvergleich/arvion-vireo-470.html">Prozessoren</a></li><li>Grafikkarten</li><li>Notebooks</li></ul>', H("Preisvergleich", "/preisvergleich/")))
    s.non("/preisvergleich/arvion-vireo-470.html", shell("Arvion Vireo 470 ab € 389,00 (2025) | Preisvergleich Bitfeld",
                                                       '<h1>Arvion Vireo 470, 12C/24T, 3.80-5.40GHz, boxed</h1><table class="offers"><tr><th>Händler</th><th>Preis</th><th>Versand</th></tr><tr><td>Computerwelt24</td><td>€ 389,00</td><td>€ 4,99</td></tr><tr><td>TechDirekt</td><td>€ 394,90</td><td>€ 0,00</td></tr></table>'
                                                       '<h2>Preisentwicklung</h2><p>Tiefstpreis der letzten 3 Monate: € 379,00</p><h2>Datenblatt</h2><dl><dt>Kerne</dt><dd>12</dd><dt>TDP</dt><dd>65W</dd><dt>Gelistet seit</dt><dd>04.02.2025</dd></dl>', H("Arvion Vireo 470", "/preisvergleich/arvion-vireo-470.html")))
    s.non("/download/", shell("Download: Software und Apps | Bitfeld online", '<h1>Downloads</h1>%s' % ul([("/download/product/mediathek-player", "Mediathek Player 3.0.21")]), H("Download", "/download/")))
    s.non("/download/product/mediathek-player", shell("Mediathek Player - Download | Bitfeld online",
                                                      '<h1>Mediathek Player 3.0.21</h1><dl><dt>Version</dt><dd>3.0.21</dd><dt>Datum</dt><dd>11.03.2025</dd><dt>Lizenz</dt><dd>Open Source</dd><dt>Betriebssystem</dt><dd>Windows, macOS, Linux</dd></dl><p>Freier Player für Videos aus Mediatheken.</p><a class="download-button" href="/download/product/mediathek-player">Download</a>',
                                                      H("Mediathek Player", "/download/product/mediathek-player") + jl({"@context": "https://schema.org", "@type": "SoftwareApplication", "name": "Mediathek Player", "softwareVersion": "3.0.21", "operatingSystem": "Windows, macOS, Linux"})))
    posts = [("Heinzelmann", "12.03.2025 14:51", "Schön und gut, aber solange es keine unabhängigen Messungen gibt, sind die 30 Prozent reines Marketing."), ("byte_wanderer", "12.03.2025 15:07", "Wenn die Notebooks dann wieder 2500 Euro kosten, warte ich lieber noch eine Generation."),
             ("Kernspalter", "12.03.2025 15:30", "Die KI-Einheit interessiert mich ehrlich gesagt überhaupt nicht. Ich will ein leises Notebook mit langer Akkulaufzeit, mehr nicht.")]
    s.non(F, shell("Arvion kündigt 2-Nanometer-Prozessoren an | Forum - Bitfeld online", '<h1>Kommentare zu: <a href="%s">Arvion kündigt 2-Nanometer-Prozessoren für Notebooks an</a></h1><ol class="forum-thread">%s</ol>' % (N, "".join(
        '<li class="posting"><span class="user">%s</span> <time>%s</time><p>%s</p></li>' % (u, d, E(p)) for u, d, p in posts)), H("Forum", F)))
    s.non("/autor/tobias-weber", shell("Tobias Weber | Bitfeld online", '<h1>Tobias Weber</h1><p>Redakteur, Kürzel: tow. Schreibt über Prozessoren, Chipfertigung und Halbleiterindustrie.</p>' + ticker(A[:1]), og("profile", "Tobias Weber", s.url("/autor/tobias-weber"), "", ORG)))
    s.non("/newsletter/", shell("Newsletter | Bitfeld online", '<h1>Newsletter</h1><p>%s</p><form><input type="email"><button>Abonnieren</button></form>' % E(PITCH), H("Newsletter", "/newsletter/")))
    s.non("/impressum.html", shell("Impressum | Bitfeld online", '<h1>Impressum</h1><p>Bitfeld Medien GmbH &amp; Co. KG, Karl-Wiechert-Allee 10, 30625 Hannover. Registergericht: Amtsgericht Hannover HRA 26709. Chefredakteur: Jürgen Seeger.</p>', H("Impressum", "/impressum.html")))
    s.non("/kontakt/", shell("Kontakt | Bitfeld online", '<h1>Kontakt</h1><p>Redaktion: redaktion@bitfeld.example</p><p>Leserservice: leserservice@bitfeld.example</p>', H("Kontakt", "/kontakt/")))
    s.non("/suche/", shell("Suche | Bitfeld online", '<h1>Suche</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/rss/news-atom.xml", "Bitfeld online News", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/newsticker/", "/thema/Prozessoren"] + [st["path"] for st in A], "/suche/")


# ====================================================================== 6 CinéFiche (Allociné-like, fr)
def cinefiche():
    s = Site(6)
    ORG = "CinéFiche"
    FILM = "/film/fichefilm_gen_cfilm=312456.html"
    NAV = '<header class="header-main"><a class="logo" href="/">CinéFiche</a><nav>%s</nav></header>' % links(
        [("/news/cinema/", "News Ciné"), ("/film/agenda/sem-2025-03-12/", "Sorties de la semaine"), (FILM, "Les Marées"), ("/video/", "Bandes-annonces"), ("/rechercher/", "Rechercher")], "item", "span")
    PITCH = "Recevez chaque mercredi les sorties de la semaine et nos critiques : inscrivez-vous à la newsletter CinéFiche."
    FOOT = '<footer class="footer"><p>%s</p><nav>%s</nav><p>&copy; 2025 CinéFiche</p></footer>' % (E(PITCH), links(
        [("/mentions-legales/", "Mentions légales"), ("/service/contact/", "Contact"), ("/newsletter/", "Newsletter")], "", "span"))
    JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()

    def shell(title, inner, head):
        return doc("fr", title, head, NAV + '<main id="content-layout">%s</main>' % inner + FOOT)

    def shown(iso):
        d = datetime.datetime.fromisoformat(iso)
        return "publié le %s %d mars 2025 à %s" % (JOURS[d.weekday()], d.day, d.strftime("%H:%M"))

    def article(st):
        by = ('<div class="meta-author">Par <a class="meta-author-link" href="/personne/redaction/">%s</a></div>' % E(st["by"])) if st.get("by") else ""
        inner = ('<article class="article-container"><div class="article-category"><a href="/news/cinema/">%s</a></div><h1 class="titlebar-title">%s</h1>'
                 '<div class="meta-body">%s<div class="meta-date">%s</div></div>%s<div class="article-content">%s</div>'
                 '<div class="card-film"><a href="%s">Les Marées</a> <span>Sortie : 5 mars 2025 | 1h 48min</span> <span>De Sophie Landry</span></div>'
                 '<div class="related-news"><h3>Sur le même sujet</h3>%s</div></article>') % (
            E(st["cat"]), E(st["h1"]), by, shown(st["iso"]), st.get("note", ""), st["body"], FILM, ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["paras"][0][:160], ORG, '<meta property="article:published_time" content="%s">' % st["iso"])
        head += ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, P([st["by"]]) if st.get("by") else None, ORG)
        return shell("%s - Actus Ciné - CinéFiche" % st["h1"], inner, head)

    bo = ["Une semaine après sa sortie, Les Marées de Sophie Landry a franchi la barre du million d'entrées en France, selon les chiffres communiqués mardi soir par son distributeur. Le drame, porté par Adèle Garnier et Karim Bensaïd, avait réalisé le meilleur démarrage d'un film français depuis le début de l'année.",
          "Le film profite d'un excellent bouche-à-oreille : sa fréquentation n'a baissé que de 18 % entre le premier et le deuxième week-end, un chiffre rare pour une production de ce type. Les spectateurs de CinéFiche lui attribuent une note moyenne de 4,3 sur 5.",
          "Derrière, le blockbuster américain Starfall poursuit sa route avec 620 000 entrées, tandis que la comédie Mon voisin le notaire se maintient à la troisième place. Au total, la fréquentation des salles françaises est en hausse de 12 % par rapport à la même semaine l'an dernier.",
          "Les Marées sera présenté le mois prochain au festival du film français de Tokyo, avant une sortie en Belgique et en Suisse."]
    cr = ["Il y a dans Les Marées une façon de filmer la mer qui ne ressemble à rien de connu. Sophie Landry, dont c'est le troisième long métrage, pose sa caméra sur une petite île bretonne où une ostréicultrice, Jeanne, tente de sauver l'exploitation familiale après la mort de son père.",
          "Adèle Garnier trouve ici son plus beau rôle. Tout en retenue, elle fait passer la colère, la fatigue et l'attachement à la terre par de simples gestes : les mains dans l'eau glacée, le regard qui se détourne quand on lui parle de vendre. Face à elle, Karim Bensaïd campe un repreneur ambigu, ni vraiment cynique ni tout à fait sincère.",
          "Le film prend son temps, parfois un peu trop dans sa partie centrale, mais la mise en scène, rythmée par le va-et-vient des marées, finit par imposer une forme d'hypnose. La photographie de Lucas Morel, toute en gris et en bleus délavés, est superbe.",
          "Sans jamais céder au misérabilisme, Les Marées raconte la fin d'un monde avec une tendresse infinie. Un des beaux films français de ce début d'année."]
    iv_intro = "À l'affiche depuis mercredi dans Les Marées de Sophie Landry, Adèle Garnier incarne une ostréicultrice bretonne qui se bat pour sauver l'exploitation familiale. Rencontre avec une actrice qui a tout appris sur le terrain."
    qa = [("Comment vous êtes-vous préparée pour ce rôle ?", "J'ai passé trois mois sur l'île avant le tournage. Je me levais à cinq heures avec les ostréiculteurs, j'apprenais à retourner les poches, à trier, à ouvrir des huîtres. Au début je me coupais tout le temps, et puis un jour mes mains ont su faire."),
          ("Sophie Landry filme beaucoup vos mains, justement.", "Oui, elle m'a dit dès le départ que le personnage parlerait peu et que tout passerait par le corps. C'était une manière de jouer très nouvelle pour moi, qui viens du théâtre où l'on passe d'abord par la voix."),
          ("Le film parle de la fin d'un métier. Est-ce un film politique ?", "Je crois que c'est d'abord un film sur la transmission. Mais oui, quand on voit des familles qui vendent leurs parcs parce qu'elles ne peuvent plus vivre de leur travail, c'est forcément politique.")]
    sign = "Propos recueillis par Élodie Marchal à Paris, le 6 mars 2025."
    iv_body = "<p class=\"chapo\"><strong>%s</strong></p>" % E(iv_intro) + "".join('<p class="question"><strong>CinéFiche : %s</strong></p><p>Adèle Garnier : %s</p>' % (E(q), E(a)) for q, a in qa) + '<p class="signature"><em>%s</em></p>' % E(sign)
    BO = "/news/cinema/NEWS-1000987654/"
    CR = "/news/cinema/critique/NEWS-1000985120/"
    IV = "/news/cinema/interview/NEWS-1000986431/"
    A = [dict(path=BO, cat="Box-office", h1="Box-office France : Les Marées dépasse le million d'entrées en une semaine", by="Clément Aubry", iso="2025-03-12T10:30:00+01:00", body=ps(bo), paras=bo, date="2025-03-12"),
         dict(path=CR, cat="Critique", h1="Les Marées : un drame côtier bouleversant porté par Adèle Garnier", by="Manon Lefort", iso="2025-03-04T18:00:00+01:00", body=ps(cr), paras=cr, date="2025-03-04",
              note='<div class="rating-holder"><span class="rating-title">Note de la rédaction</span><span class="stareval">★★★★☆</span><span class="stareval-note">4,0</span></div>'),
         dict(path=IV, cat="Interview", h1="Adèle Garnier : « J'ai appris à ouvrir des huîtres pendant trois mois pour Les Marées »", iso="2025-03-10T09:00:00+01:00", body=iv_body, paras=[iv_intro, qa[-1][1]], date="2025-03-10")]
    truth_by = {BO: ["Clément Aubry"], CR: ["Manon Lefort"], IV: ["Élodie Marchal"]}
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], truth_by[st["path"]], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="news-card"><a class="meta-title-link" href="%s">%s</a><div class="meta-sub">%s</div></div>' % (st["path"], E(st["h1"]), datetime.datetime.fromisoformat(st["iso"]).strftime("%d/%m/%Y")) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    VID = "/video/player_gen_cmedia=20612345&cfilm=312456.html"
    s.non("/", shell("CinéFiche : Cinéma, Séries TV et Bandes-annonces", '<section><h2>À la une</h2>%s</section><section><h2>Bande-annonce du jour</h2><a href="%s">Les Marées Bande-annonce VF</a></section>' % (lst(A), E(VID)), H("CinéFiche", "/")))
    s.non("/news/cinema/", shell("Actus Ciné - CinéFiche", '<h1>Toute l\'actualité cinéma</h1>' + lst(A), H("Actus Ciné", "/news/cinema/")))
    s.non(FILM, shell("Les Marées - film 2025 - CinéFiche",
                      '<div class="entity-card"><h1 class="titlebar-title">Les Marées</h1><div class="meta-body-info"><span class="date">5 mars 2025</span> en salle | 1h 48min | Drame</div>'
                      '<div class="meta-body-direction">De <a href="/personne/fichepersonne_gen_cpersonne=98765.html">Sophie Landry</a></div><div class="meta-body-actor">Avec Adèle Garnier, Karim Bensaïd, Yves Le Goff</div>'
                      '<div class="rating-item"><span>Presse</span><span class="stareval-note">3,9</span></div><div class="rating-item"><span>Spectateurs</span><span class="stareval-note">4,3</span></div></div>'
                      '<section class="synopsis"><h2>Synopsis et détails</h2><p>Sur une petite île bretonne, Jeanne reprend l\'exploitation ostréicole de son père et refuse de vendre à un investisseur.</p></section>'
                      '<section><a href="/seance/film-312456/">Séances</a> <a href="%s">Bande-annonce</a> %s</section>' % (E(VID), ul([(CR, "Critique de la rédaction"), (IV, "Interview d'Adèle Garnier")])),
                      og("video.movie", "Les Marées", s.url(FILM), "Les Marées, un film de Sophie Landry avec Adèle Garnier.", ORG) + jl({"@context": "https://schema.org", "@type": "Movie", "name": "Les Marées", "datePublished": "2025-03-05", "director": {"@type": "Person", "name": "Sophie Landry"},
                                                                                                                                                        "actor": P(["Adèle Garnier", "Karim Bensaïd"]), "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.3, "bestRating": 5, "ratingCount": 8412}})))
    s.non("/seance/film-312456/", shell("Séances Les Marées - CinéFiche", '<h1>Les Marées : séances</h1><p>Mercredi 12 mars</p><ul><li>UGC Ciné Cité Les Halles : 11:00, 14:00, 16:45, 19:30, 22:00</li><li>Pathé Wepler : 13:40, 18:20, 21:05</li></ul>', H("Séances", "/seance/film-312456/")))
    s.non("/video/", shell("Bandes-annonces - CinéFiche", '<h1>Bandes-annonces</h1>' + ul([(VID, "Les Marées Bande-annonce VF")]), H("Bandes-annonces", "/video/")))
    s.non(VID, shell("Bande-annonce Les Marées - CinéFiche", '<div class="player"><video controls src="/media/marees-ba.mp4"></video></div><h1>Les Marées Bande-annonce VF</h1><p>Découvrez la bande-annonce de Les Marées, au cinéma le 5 mars 2025.</p>',
                     og("video.other", "Les Marées Bande-annonce VF", s.url(VID), "", ORG)))
    s.non("/film/agenda/sem-2025-03-12/", shell("Films au cinéma cette semaine - CinéFiche", '<h1>Sorties cinéma du 12 mars 2025</h1><ul><li>Starfall 2 - Science-fiction</li><li>Mon voisin le notaire - Comédie</li><li>La Dernière Ligne - Drame</li></ul><h2>La semaine dernière</h2>%s' % ul([(FILM, "Les Marées")]), H("Sorties", "/film/agenda/sem-2025-03-12/")))
    s.non("/personne/fichepersonne_gen_cpersonne=98765.html", shell("Sophie Landry - CinéFiche", '<h1>Sophie Landry</h1><p>Réalisatrice, Scénariste · Française · Née le 14 juin 1979 à Brest</p><h2>Filmographie</h2><ul><li>2025 Les Marées</li><li>2020 Vent debout</li><li>2016 L\'Été des autres</li></ul>',
                                                                    og("profile", "Sophie Landry", s.url("/personne/fichepersonne_gen_cpersonne=98765.html"), "", ORG)))
    s.non("/personne/redaction/", shell("La rédaction - CinéFiche", '<h1>La rédaction</h1><ul><li>Clément Aubry, journaliste</li><li>Manon Lefort, critique</li><li>Élodie Marchal, journaliste</li></ul>', H("Rédaction", "/personne/redaction/")))
    s.non("/newsletter/", shell("Newsletter - CinéFiche", '<h1>Newsletter</h1><p>%s</p><form><input type="email"><button>S\'inscrire</button></form>' % E(PITCH), H("Newsletter", "/newsletter/")))
    s.non("/mentions-legales/", shell("Mentions légales - CinéFiche", '<h1>Mentions légales</h1><p>CinéFiche SAS, 24 rue de la Paix, 75002 Paris. Directeur de la publication : Marc Vidal.</p>', H("Mentions légales", "/mentions-legales/")))
    s.non("/service/contact/", shell("Contact - CinéFiche", '<h1>Nous contacter</h1><form><input><textarea></textarea><button>Envoyer</button></form>', H("Contact", "/service/contact/")))
    s.non("/rechercher/", shell("Rechercher - CinéFiche", '<h1>Rechercher</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.sitemap(["/", "/news/cinema/", FILM] + [st["path"] for st in A], "/rechercher/")


# ====================================================================== 7 Bitácora Tech (Xataka-like WordPress, es)
def bitacora():
    s = Site(7)
    ORG = "Bitácora Tech"
    MAD = zoneinfo.ZoneInfo("Europe/Madrid")
    MESES = "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre".split()
    NAV = '<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">Bitácora Tech</a></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>' % links(
        [("/categoria/moviles/", "Móviles"), ("/tag/plegables/", "Plegables"), ("/seleccion/ofertas/", "Ofertas"), ("/newsletter/", "Newsletter"), ("/buscar/", "Buscar")], "menu-item")
    PITCH = "Suscríbete a la newsletter de Bitácora Tech y recibe cada mañana lo más importante de la tecnología."
    AFF = "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Bitácora Tech."
    FOOT = '<footer id="colophon" class="site-footer"><div class="widget"><p>%s</p></div><nav>%s</nav><p>&copy; 2025 Bitácora Tech · Hecho con WordPress</p></footer>' % (E(PITCH), links(
        [("/aviso-legal/", "Aviso legal"), ("/contacto/", "Contacto"), ("/autor/andrea-quintana/", "Equipo")], "", "span"))

    def shell(title, inner, head, bodycls="post-template-default single single-post"):
        return doc("es", title, head, NAV + '<div id="content" class="site-content"><main id="main" class="site-main">%s</main></div>' % inner + FOOT, bodycls)

    def fecha(d, hour=False):
        return "%d %s %d%s" % (d.day, MESES[d.month - 1], d.year, (", %s" % d.strftime("%H:%M")) if hour else "")

    def article(st):
        pub, mod = st["pub"], st.get("mod")
        if st.get("ago"):
            when = '<time class="entry-date published" datetime="%s">%s</time>' % (pub.isoformat(), st["ago"])
        else:
            when = '<time class="entry-date published" datetime="%s">%s</time>' % (pub.isoformat(), fecha(pub))
        if mod:
            when += '<span class="updated-label">Actualizado </span><time class="updated" datetime="%s">%s</time>' % (mod.isoformat(), fecha(mod, True))
        slug = st["by"][0].lower().replace(" ", "-").replace("é", "e")
        name = ('<a class="url fn n" href="/autor/%s/">%s</a>' % (slug, E(st["by"][0]))) if slug == "andrea-quintana" else '<span class="fn n">%s</span>' % E(st["by"][0])
        author = '<span class="byline"><span class="author vcard">%s</span><span class="author-role">%s</span></span>' % (name, E(st["role"]))
        inner = ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail"><header class="entry-header"><span class="cat-links"><a href="/categoria/moviles/" rel="category tag">%s</a></span>'
                 '<h1 class="entry-title">%s</h1><div class="entry-meta">%s<span class="posted-on">%s</span></div></header>'
                 '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%d.jpg"></div><div class="entry-content">%s%s</div>'
                 '<footer class="entry-footer"><span class="tags-links"><a href="/tag/plegables/" rel="tag">plegables</a></span></footer></article>'
                 '<div class="author-box"><h4>%s</h4><p>%s</p></div><section class="related-posts"><h3>También te recomendamos</h3>%s</section>'
                 '<div id="comments" class="comments-area"><h3>%d comentarios</h3></div>') % (
            st["id"], E(st["cat"]), E(st["h1"]), author, when, st["id"], ('<p class="aff-disclaimer"><em>%s</em></p>' % E(AFF)) if st.get("aff") else "", st["body"],
            E(st["by"][0]), E(st["bio"]), ul(st["rel"]), st["comments"])
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(st["path"]) + "#article", "isPartOf": {"@id": s.url(st["path"])}, "author": {"name": st["by"][0], "@id": s.url("/#/schema/person/%s" % slug)},
             "headline": st["h1"], "datePublished": pub.isoformat(), "dateModified": (mod or pub).isoformat(), "mainEntityOfPage": {"@id": s.url(st["path"])}, "publisher": {"@id": s.url("/#organization")},
             "articleSection": [st["cat"]], "inLanguage": "es"},
            {"@type": "WebPage", "@id": s.url(st["path"]), "url": s.url(st["path"]), "name": st["h1"] + " - Bitácora Tech", "datePublished": pub.isoformat(), "breadcrumb": {"@id": s.url(st["path"]) + "#breadcrumb"}},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": ORG, "url": s.url("/")},
            {"@type": "Person", "@id": s.url("/#/schema/person/%s" % slug), "name": st["by"][0], "url": s.url("/autor/%s/" % slug)}]}
        head = ('<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="%s"><meta property="og:locale" content="es_ES"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">%s'
                '<meta name="author" content="%s"><meta name="twitter:label1" content="Escrito por"><meta name="twitter:data1" content="%s">') % (
            s.url(st["path"]), E(st["h1"] + " - " + ORG), s.url(st["path"]), ORG, pub.isoformat(), ('<meta property="article:modified_time" content="%s">' % mod.isoformat()) if mod else "",
            E(st["by"][0]), E(st["by"][0])) + jl(graph)
        return shell("%s - %s" % (st["h1"], ORG), inner, head)

    an = ["Llevamos tres generaciones escuchando que los plegables están a punto de convertirse en móviles para todo el mundo, y tres generaciones comprobando que no. El Orbis Fold 3 es el primero con el que, después de dos semanas, he dejado de pensar que llevaba un plegable en el bolsillo.",
          "La clave está en el grosor. Cerrado mide 8,9 milímetros, prácticamente lo mismo que un móvil convencional con funda, y pesa 215 gramos. La pantalla exterior de 6,3 pulgadas tiene proporciones normales, así que se puede usar con una sola mano sin tener que abrirlo para casi nada.",
          "La pantalla interior sigue teniendo pliegue, aunque es menos visible que en la generación anterior, y la bisagra se nota sólida. Donde Orbis sigue sin dar el salto es en las cámaras: el sensor principal cumple de día, pero de noche queda claramente por detrás de los mejores móviles de su precio.",
          "La batería de 4.800 mAh aguanta un día completo de uso intenso, y la carga de 45 W la llena en algo menos de una hora. Con un precio de 1.799 euros no es un móvil barato, pero sí el plegable más fácil de recomendar que hemos probado."]
    nota = ('<div class="review-box"><div class="review-score">8,6</div><p>La nota de Bitácora Tech</p><div class="pros"><h4>A favor</h4><ul><li>Cerrado es tan fino como un móvil normal</li><li>Bisagra sólida y pliegue discreto</li></ul></div>'
            '<div class="cons"><h4>En contra</h4><ul><li>Cámaras por debajo de su precio</li><li>Sólo cinco años de actualizaciones</li></ul></div><a class="ficha-link" href="/ficha/orbis-fold-3/">Ficha técnica del Orbis Fold 3</a></div>')
    ia = ["Lumen ha confirmado hoy que su asistente con inteligencia artificial, Lumi, estará disponible en España a partir del 15 de abril. Hasta ahora sólo podía usarse en inglés y en un puñado de mercados, pero la compañía ha anunciado que llegará con soporte para castellano, catalán, euskera y gallego desde el primer día.",
          "El asistente se integrará en la aplicación de Lumen para Android e iOS y en la versión web del servicio. Podrá resumir correos, redactar respuestas y buscar dentro de los archivos guardados en la nube, siempre que el usuario dé permiso expreso para ello.",
          "La compañía asegura que los datos de los usuarios europeos se procesarán en centros de datos situados en la Unión Europea, una de las condiciones que había retrasado el lanzamiento. La versión básica será gratuita, mientras que las funciones avanzadas requerirán la suscripción Lumen Plus."]
    g_intro = ["Gastar más de 1.000 euros en un móvil ya no es necesario para tener una buena experiencia. En la gama media hay teléfonos con pantallas excelentes, baterías que aguantan dos días y cámaras más que decentes, y en esta guía reunimos los que mejor equilibran lo que cuestan con lo que ofrecen.",
               "Hemos probado todos los modelos de la lista durante al menos una semana como móvil principal. Actualizamos la selección cada pocos meses, a medida que llegan nuevos lanzamientos o cambian los precios."]
    g_items = [("Nexa Phone 2", "Por unos 349 euros, el Nexa Phone 2 ofrece una pantalla OLED de 120 Hz, una batería de 5.500 mAh y cinco años de actualizaciones garantizadas, algo poco habitual en su rango de precio.", "349 euros"),
               ("Orbis A5", "El Orbis A5 destaca por su cámara principal, que en buenas condiciones de luz se acerca a la de modelos que cuestan el doble. Su punto débil es la carga, limitada a 25 W.", "299 euros"),
               ("Kairo Neo 7", "Si buscas potencia para jugar, el Kairo Neo 7 monta un procesador de gama alta del año pasado y un sistema de refrigeración que evita que pierda rendimiento en sesiones largas.", "429 euros")]
    g_body = ps(g_intro) + "".join('<h2>%s</h2><p>%s</p><div class="affiliate-button"><a rel="sponsored nofollow" href="/seleccion/ofertas/">Ver oferta: %s en Amazon</a></div>' % (E(t), E(p), pr) for t, p, pr in g_items)
    pub_ia = (NOW - datetime.timedelta(hours=2)).astimezone(MAD)
    AN = "/analisis/orbis-fold-3-analisis-caracteristicas-precio-opinion"
    IA = "/inteligencia-artificial/lumen-confirma-que-su-asistente-ia-llegara-a-espana-abril"
    GU = "/seleccion/mejores-moviles-calidad-precio"
    A = [dict(path=AN, id=41877, cat="Análisis", h1="Orbis Fold 3, análisis: el plegable que por fin se siente como un móvil normal", by=["Andrea Quintana"], role="Editora sénior de Móviles",
              bio="Andrea lleva doce años analizando móviles. Antes escribía sobre videojuegos.", pub=datetime.datetime(2025, 3, 12, 9, 1, tzinfo=MAD), mod=datetime.datetime(2025, 3, 12, 16, 20, tzinfo=MAD),
              body=ps(an[:3]) + nota + ps(an[3:]), paras=an, comments=42, date="2025-03-12"),
         dict(path=IA, id=41903, cat="Inteligencia artificial", h1="Lumen confirma que su asistente con IA llegará a España en abril y hablará castellano, catalán, euskera y gallego", by=["Rubén Salgado"], role="Redactor",
              bio="Rubén escribe sobre inteligencia artificial, software y privacidad.", pub=pub_ia, ago="hace 2 horas", body=ps(ia), paras=ia, comments=7, date="fetch-2"),
         dict(path=GU, id=39120, cat="Guías de compra", h1="Los mejores móviles calidad-precio que puedes comprar en 2025", by=["Santiago Ferrer"], role="Editor de Guías de compra",
              bio="Santiago coordina las guías de compra de Bitácora Tech.", pub=datetime.datetime(2025, 1, 3, 8, 0, tzinfo=MAD), mod=datetime.datetime(2025, 3, 10, 9, 12, tzinfo=MAD),
              body=g_body, paras=g_intro + [g_items[-1][1]], aff=True, comments=15, date="2025-01-03")]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["by"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<article class="post-excerpt"><h2 class="entry-title"><a href="%s">%s</a></h2><span class="byline">%s</span> <span class="posted-on">%s</span></article>' % (
            st["path"], E(st["h1"]), E(st["by"][0]), st.get("ago") or fecha(st["pub"])) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    ARCH = "archive category"
    s.non("/", shell("Bitácora Tech - Tecnología, móviles e inteligencia artificial", '<h2 class="section-title">Lo último</h2>' + lst(A) + '<div class="nav-links"><a href="/seleccion/ofertas/">Ofertas del día</a></div>', H(ORG, "/"), "home blog"))
    s.non("/categoria/moviles/", shell("Móviles - Bitácora Tech", '<header class="page-header"><h1 class="page-title">Categoría: Móviles</h1></header>' + lst([A[0], A[2]]), H("Móviles", "/categoria/moviles/"), ARCH))
    s.non("/tag/plegables/", shell("plegables - Bitácora Tech", '<header class="page-header"><h1 class="page-title">Etiqueta: plegables</h1></header>' + lst(A[:1]), H("plegables", "/tag/plegables/"), "archive tag"))
    s.non("/autor/andrea-quintana/", shell("Andrea Quintana, autor en Bitácora Tech", '<header class="page-header"><h1 class="page-title">Autor: Andrea Quintana</h1><p>Editora sénior de Móviles.</p></header>' + lst(A[:1]), og("profile", "Andrea Quintana", s.url("/autor/andrea-quintana/"), "", ORG), "archive author"))
    s.non("/seleccion/ofertas/", shell("Ofertas de tecnología hoy - Bitácora Tech", '<h1>Las mejores ofertas de hoy</h1><p>%s</p><ul class="deals">%s</ul>' % (E(AFF), "".join(
        '<li><span class="product">%s</span> <span class="price">%s</span> <s>%s</s> <a rel="sponsored">Comprar en %s</a></li>' % x for x in [
            ("Orbis Fold 3", "1.599 €", "1.799 €", "Amazon"), ("Nexa Phone 2", "319 €", "349 €", "PcComponentes"), ("Korvo Pulse Buds 3", "159 €", "179 €", "MediaMarkt")])) + lst(A[2:]), H("Ofertas", "/seleccion/ofertas/"), "page"))
    s.non("/ficha/orbis-fold-3/", shell("Orbis Fold 3: ficha técnica, precio y características - Bitácora Tech",
                                        '<h1>Orbis Fold 3</h1><table class="ficha-tecnica"><tr><th>Pantalla interior</th><td>7,9" OLED 120 Hz</td></tr><tr><th>Pantalla exterior</th><td>6,3" OLED</td></tr><tr><th>Procesador</th><td>Vireo M4</td></tr><tr><th>Batería</th><td>4.800 mAh, 45 W</td></tr>'
                                        '<tr><th>Grosor</th><td>8,9 mm (cerrado)</td></tr><tr><th>Peso</th><td>215 g</td></tr><tr><th>Precio</th><td>1.799 euros</td></tr></table>' + lst(A[:1]), H("Orbis Fold 3", "/ficha/orbis-fold-3/"), "page"))
    s.non("/newsletter/", shell("Newsletter - Bitácora Tech", '<h1>Newsletter</h1><p>%s</p><form><input type="email"><button>Suscribirme</button></form>' % E(PITCH), H("Newsletter", "/newsletter/"), "page"))
    s.non("/aviso-legal/", shell("Aviso legal - Bitácora Tech", '<h1>Aviso legal</h1><p>Bitácora Tech es una publicación de Bitácora Media S.L., con domicilio en Calle de Alcalá 123, 28009 Madrid. CIF B-12345678.</p>', H("Aviso legal", "/aviso-legal/"), "page"))
    s.non("/contacto/", shell("Contacto - Bitácora Tech", '<h1>Contacto</h1><form class="wpcf7-form"><input name="your-name"><input name="your-email"><textarea></textarea><button>Enviar</button></form>', H("Contacto", "/contacto/"), "page"))
    s.non("/buscar/", shell("Buscar - Bitácora Tech", '<h1>Buscar</h1><form role="search"><input name="s"></form>', '<meta name="robots" content="noindex">', "search"))
    s.sitemap(["/", "/categoria/moviles/", "/ficha/orbis-fold-3/"] + [st["path"] for st in A], "/buscar/")
    s.rss("/feed/", "Bitácora Tech", [(st["path"], st["h1"], st["pub"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")) for st in A])


# ====================================================================== 8 GameScope.jp (4Gamer-like, ja)
def gamescope():
    s = Site(8)
    ORG = "GameScope.jp"
    NAV = '<div id="HEADER"><a href="/" id="LOGO">GameScope.jp</a><ul id="GNAVI">%s</ul></div>' % links(
        [("/news/", "新着記事"), ("/schedule/2025-03/", "発売スケジュール"), ("/games/hollowtide/", "タイトル情報"), ("/movie/", "動画"), ("/ranking/", "ランキング"), ("/search/", "検索")])
    PITCH = "GameScope.jpの公式Xアカウントをフォローして，最新情報をいち早くチェックしよう。"
    FOOT = '<div id="FOOTER"><p>%s</p><ul>%s</ul><p>Copyright (C) 2025 GameScope Inc. All rights reserved.</p></div>' % (E(PITCH), links(
        [("/company/", "会社概要"), ("/contact/", "お問い合わせ"), ("/writer/takahashi/", "記者一覧")]))

    def shell(title, inner, head):
        return doc("ja", title, head, NAV + '<div id="CONTENTS">%s</div>' % inner + FOOT)

    def article(st):
        inner = ('<div class="NEWS_tit_wrapper"><div class="platform">%s</div><h1 class="NEWS_tit">%s</h1><div class="NEWS_info"><span class="writer">%s</span><span class="timestamp">%s</span></div></div>'
                 '<div class="maintxt">%s%s</div><div class="tag_list">タイトル：<a href="/games/hollowtide/">ホロウタイド</a></div><div class="related"><h3>関連記事</h3>%s</div>') % (
            E(st["plat"]), E(st["h1"]), st["writer"], st["shown"], st["body"], st.get("credit", ""), ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["paras"][0][:80], ORG, '<meta property="article:published_time" content="%s">' % st["iso"]) + \
            ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, st["ldauth"], "株式会社ゲームスコープ")
        return shell("%s ― %s" % (ORG, st["h1"]), inner, head)

    nw = ["ティドライト・スタジオは本日，水中探索アクションアドベンチャー「ホロウタイド」のPS5パッケージ版を，予定どおり2025年3月13日に発売すると発表した。価格は7480円（税込）で，初回生産分には全24曲を収録したデジタルサウンドトラックのダウンロードコードが付属する。",
          "本作は，三百年前に海に沈んだ王国メリダエを舞台に，潜水士となったプレイヤーが水没した街を探索していく作品だ。銛を使った高速移動や，水門を開閉して地形を変化させるギミックが特徴となっている。",
          "同スタジオにとって本作は初の3Dアクションであり，海外メディアのレビューでも探索の楽しさが高く評価されている。日本語版では字幕だけでなく，主要キャラクターのフルボイスも収録されているという。",
          "ダウンロード版は同日にPlayStation Store，Xbox Store，Steamで配信される。なお，発売日には難度調整とカメラ挙動の改善を含むアップデートが配信される予定とのことだ。公式サイトでは新たに，物語の導入部分を収めたプロローグ映像が公開されているので，気になる人はチェックしておこう。"]
    rv = ["「ホロウタイド」は，最初の一時間で心をつかむ作品だ。水没した鐘楼で目を覚ました主人公が，ゆっくりと光の差す水面へ泳ぎ出していく場面は，本作の美しさを端的に示している。崩れた壁画や商人の帳簿から，王国が沈んだ理由が少しずつ見えてくる語り口も巧みだ。",
          "探索の中心となるのは，銛を岩やサンゴに打ち込んで一気に移動するアクションだ。慣れてくると水中を滑るように進めるようになり，移動そのものが楽しい。一方で，終盤のボス戦ではカメラが敵を見失う場面が多く，理不尽に感じる瞬間もあった。",
          "マップは一枚の巨大な構造になっていて，貯水槽の水を抜いたり跳ね橋を上げたりするたびに，以前訪れた場所への近道が開いていく。この「つながる」感覚こそが本作最大の魅力だろう。",
          "クリアまでのプレイ時間は約30時間。多少の粗はあるものの，探索好きならぜひ遊んでほしい一本である。"]
    iv_lead = "3月13日に発売される「ホロウタイド」は，これまで2Dアクションを手がけてきたティドライト・スタジオにとって初めての3D作品だ。今回は来日したディレクターのエレナ・ヴォス氏に，開発の舞台裏を聞いた。"
    qa = [("2Dから3Dへの移行で，最も苦労した点は何でしょうか。", "カメラです。2Dでは画面に映るものをすべてこちらで決められますが，3Dではプレイヤーがどこを見るか分かりません。水中だと上下の概念も加わるので，試作だけで一年以上かかりました。"),
          ("水中の移動がとても気持ちいいですね。", "ありがとうございます。最初は普通の泳ぎだけだったのですが，テストプレイで退屈だという意見が多くて。そこで2D時代に得意だったフックショットの感覚を持ち込んだのが，銛の移動です。"),
          ("日本のプレイヤーにメッセージをお願いします。", "私たちは日本のゲームから多くを学んできたので，日本で遊んでもらえるのは本当にうれしいです。ぜひ沈んだ王国の秘密を見つけてください。")]
    iv_body = '<p class="lead">%s</p>' % E(iv_lead) + "".join('<p class="q"><b>GameScope：</b>%s</p><p class="a"><b>ヴォス氏：</b>%s</p>' % (E(q), E(a)) for q, a in qa)
    NW = "/games/hollowtide/20250312012/"
    RV = "/games/hollowtide/20250311045/"
    IV = "/games/hollowtide/20250310003/"
    A = [dict(path=NW, plat="PS5", h1="「ホロウタイド」のPS5パッケージ版が3月13日に発売。初回特典は限定デジタルサウンドトラック", writer="記者：高橋翔", shown="2025年3月12日 12:00", iso="2025-03-12T12:00:00+09:00",
              ldauth=P(["高橋翔"]), authors=["高橋翔"], body=ps(nw), paras=nw, date="2025-03-12"),
         dict(path=RV, plat="PS5 / Xbox Series X|S / PC", h1="沈んだ王国を隅々まで泳ぎたくなる。「ホロウタイド」プレイレビュー", writer="文：佐藤花子", shown="2025年3月11日 18:00", iso="2025-03-11T18:00:00+09:00",
              ldauth=P(["佐藤花子"]), authors=["佐藤花子"], body=ps(rv), paras=rv, date="2025-03-11"),
         dict(path=IV, plat="PS5 / Xbox Series X|S / PC", h1="「ホロウタイド」開発者インタビュー。2Dから3Dへの挑戦で，スタジオは何を学んだのか", writer="", shown="2025年3月10日 08:00", iso="2025-03-10T08:00:00+09:00",
              ldauth={"@type": "Organization", "name": "GameScope編集部"}, authors=["鈴木一郎"], body=iv_body, paras=[iv_lead, qa[-1][1]], date="2025-03-10",
              credit='<p class="credit">取材・文：鈴木一郎<br>撮影：中村健</p>')]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="newslist"><span class="date">%s</span> <a href="%s">%s</a></div>' % (st["shown"], st["path"], E(st["h1"])) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    s.non("/", shell("GameScope.jp", '<h2>新着記事</h2>' + lst(A) + '<h2>注目の動画</h2><a href="/movie/hollowtide-launch/">「ホロウタイド」ローンチトレイラー</a>', H(ORG, "/")))
    s.non("/news/", shell("GameScope.jp ― 新着記事一覧", '<h1>新着記事</h1>' + lst(A), H("新着記事", "/news/")))
    s.non("/games/hollowtide/", shell("GameScope.jp ― ホロウタイド タイトル情報",
                                      '<div class="title_info"><h1>ホロウタイド</h1><table><tr><th>対応機種</th><td>PS5 / Xbox Series X|S / PC</td></tr><tr><th>発売日</th><td>2025/03/13</td></tr><tr><th>価格</th><td>7480円（税込）</td></tr><tr><th>ジャンル</th><td>アクションアドベンチャー</td></tr>'
                                      '<tr><th>開発元</th><td>Tidewright Studios</td></tr><tr><th>発売元</th><td>Northwind Games</td></tr><tr><th>プレイ人数</th><td>1人</td></tr><tr><th>CEROレーティング</th><td>B（12才以上対象）</td></tr></table>'
                                      '<div class="user_score">ユーザースコア 84</div></div><h2>関連記事</h2>' + lst(A) + '<h2>動画</h2><a href="/movie/hollowtide-launch/">ローンチトレイラー</a>', H("ホロウタイド", "/games/hollowtide/")))
    s.non("/schedule/2025-03/", shell("GameScope.jp ― 発売スケジュール 2025年3月", '<h1>発売スケジュール 2025年3月</h1><table class="schedule"><tr><th>発売日</th><th>タイトル</th><th>機種</th></tr><tr><td>3月13日</td><td><a href="/games/hollowtide/">ホロウタイド</a></td><td>PS5</td></tr><tr><td>3月20日</td><td>スカイライン・クーリエ2</td><td>PS5 / PC</td></tr><tr><td>3月27日</td><td>アイアンクラッド・タクティクス</td><td>PC</td></tr></table>', H("発売スケジュール", "/schedule/2025-03/")))
    s.non("/movie/", shell("GameScope.jp ― 動画", '<h1>動画</h1>' + ul([("/movie/hollowtide-launch/", "「ホロウタイド」ローンチトレイラー")]), H("動画", "/movie/")))
    s.non("/movie/hollowtide-launch/", shell("GameScope.jp ― 「ホロウタイド」ローンチトレイラー", '<div class="movie"><iframe src="/media/player.html?v=ht-launch" width="640" height="360"></iframe><h1>「ホロウタイド」ローンチトレイラー</h1><p>3月13日発売の「ホロウタイド」のローンチトレイラーが公開。</p></div>',
                                             og("video.other", "「ホロウタイド」ローンチトレイラー", s.url("/movie/hollowtide-launch/"), "", ORG)))
    s.non("/ranking/", shell("GameScope.jp ― アクセスランキング", '<h1>アクセスランキング</h1><ol>%s</ol>' % links([(st["path"], st["h1"]) for st in A]), H("ランキング", "/ranking/")))
    s.non("/writer/takahashi/", shell("GameScope.jp ― 記者プロフィール 高橋翔", '<h1>高橋翔</h1><p>GameScope.jp編集部所属。アクションゲームとインディーゲームを中心に担当。</p>' + lst(A[:1]), og("profile", "高橋翔", s.url("/writer/takahashi/"), "", ORG)))
    s.non("/company/", shell("GameScope.jp ― 会社概要", '<h1>会社概要</h1><table><tr><th>社名</th><td>株式会社ゲームスコープ</td></tr><tr><th>所在地</th><td>東京都千代田区神田1-2-3</td></tr><tr><th>設立</th><td>2000年4月</td></tr></table>', H("会社概要", "/company/")))
    s.non("/contact/", shell("GameScope.jp ― お問い合わせ", '<h1>お問い合わせ</h1><p>記事内容に関するお問い合わせは，下記フォームよりお送りください。</p><form><input><textarea></textarea><button>送信</button></form>', H("お問い合わせ", "/contact/")))
    s.non("/search/", shell("GameScope.jp ― 検索", '<h1>検索</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/rss/index.xml", "GameScope.jp", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/news/", "/games/hollowtide/"] + [st["path"] for st in A], "/search/")


# ====================================================================== 9 GRYzone (gry-online-like, pl)
def gryzone():
    s = Site(9)
    ORG = "GRYzone.pl"
    NAV = '<div class="menu-top"><a class="logo" href="/">GRYzone</a><ul>%s</ul></div>' % links(
        [("/newsroom/", "Newsy"), ("/recenzje/", "Recenzje"), ("/premiery-gier/", "Premiery"), ("/wideo/", "Wideo"), ("/promocje/", "Promocje"), ("/szukaj/", "Szukaj")])
    PITCH = "Dołącz do newslettera GRYzone i otrzymuj najważniejsze informacje ze świata gier raz w tygodniu."
    FOOT = '<div class="stopka"><p>%s</p><ul>%s</ul><p>&copy; 2025 GRYzone S.A.</p></div>' % (E(PITCH), links(
        [("/regulamin/", "Regulamin"), ("/kontakt/", "Kontakt"), ("/autor/michal-zielinski/", "Redakcja")]))

    def shell(title, inner, head):
        return doc("pl", title, head, NAV + '<div class="page-content">%s</div>' % inner + FOOT)

    def article(st):
        inner = ('<article class="word-txt"><div class="kat">%s</div><h1>%s</h1><div class="autor-data">%s<span class="data">%s</span>%s</div>'
                 '<div class="lead">%s</div>%s<div class="podobne"><h3>Przeczytaj również</h3>%s</div></article>') % (
            E(st["kat"]), E(st["h1"]), st["autor"], st["shown"], ('<span class="aktualizacja">Aktualizacja: %s</span>' % st["upd"]) if st.get("upd") else "", E(st["lead"]), st["body"], ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["lead"], ORG, '<meta property="article:published_time" content="%s">' % st["iso"] + ('<meta name="author" content="%s">' % E(", ".join(st["authors"]))))
        if st.get("ld"):
            head += st["ld"]
        return shell("%s | GRYzone.pl" % st["h1"], inner, head)

    rc = ["Hollow Tide to pierwsza trójwymiarowa gra studia Tidewright i widać, że twórcy podeszli do tego zadania z ogromnym szacunkiem dla własnych korzeni. Precyzja sterowania, z której słynęły ich platformówki, przetrwała przeprowadzkę w trzeci wymiar niemal nienaruszona.",
          "Największą gwiazdą jest tu sam świat. Zatopione królestwo Meridae to jedna, gęsto powiązana mapa, w której każdy osuszony zbiornik i każdy podniesiony most otwiera skróty do miejsc odwiedzonych wcześniej. Eksploracja daje dokładnie tę satysfakcję, jakiej oczekujemy od najlepszych metroidvanii.",
          "Gorzej wypada walka z bossami. Kilku z ostatnich przeciwników zasłania ekran chmurami atramentu, a kamera potrafi zgubić cel w najgorszym możliwym momencie. Kilka moich porażek wynikało wyłącznie z tego, że nie widziałem, co się dzieje.",
          "Mimo tych potknięć Hollow Tide to jedna z najprzyjemniejszych niespodzianek tego roku. Przejście gry zajęło mi około 29 godzin, a na odkrycie sekretnego zakończenia poświęciłem kolejne pięć."]
    ocena = ('<div class="ocena-box"><div class="ocena">8.0</div><p>Ocena redakcji: Bardzo dobra</p><div class="plusy"><h4>PLUSY:</h4><ul><li>wspaniale zaprojektowany, spójny świat</li><li>satysfakcjonujące poruszanie się pod wodą</li><li>klimatyczna oprawa</li></ul></div>'
             '<div class="minusy"><h4>MINUSY:</h4><ul><li>kamera w walkach z bossami</li><li>nieczytelne starcia w końcówce</li></ul></div><p class="wersja">Grę testowaliśmy na PS5. Kopię recenzencką otrzymaliśmy od wydawcy.</p></div>')
    nw = ["Krakowskie studio Iron Wolf Games zapowiedziało swój nowy projekt. Gra nosi tytuł Żmijowa Dolina i będzie fabularnym RPG z otwartym światem inspirowanym słowiańskimi wierzeniami. Premierę zaplanowano na 2026 rok na PC, PS5 i Xbox Series X|S.",
          "Według twórców gracze wcielą się w zielarkę, która wraca do rodzinnej wsi po latach nieobecności i odkrywa, że okoliczne lasy opanowały istoty znane dotąd tylko z legend. Walka ma opierać się na alchemii i przygotowywaniu mikstur, a nie na bezpośredniej konfrontacji.",
          "Studio liczy obecnie około 60 osób, w tym kilku weteranów z dużych polskich firm. Projekt powstaje na silniku Unreal Engine 5 i ma otrzymać pełną polską wersję językową z dubbingiem.",
          "Pierwszy zwiastun ma zostać pokazany podczas czerwcowych pokazów branżowych. Grę można już dodać do listy życzeń na Steamie."]
    pr = [("Zakończenia w Hollow Tide", "Hollow Tide oferuje trzy zakończenia, z których jedno jest dobrze ukryte i wymaga spełnienia kilku warunków jeszcze przed ostatnią walką. W tym poradniku wyjaśniamy, co trzeba zrobić, żeby zobaczyć każde z nich, i w którym momencie gry podejmuje się kluczowe decyzje."),
          ("Zakończenie „Cisza”", "To podstawowe zakończenie, które zobaczycie, jeśli po prostu pokonacie ostatniego bossa w Katedrze Prądów. Nie wymaga żadnych dodatkowych działań i odblokowuje trofeum Ostatni oddech."),
          ("Zakończenie „Przypływ”", "Aby je zdobyć, musicie przed finałową walką osuszyć wszystkie siedem cystern w mieście. Każda z nich jest oznaczona na mapie symbolem kropli po odnalezieniu pobliskiego muralu. Po osuszeniu ostatniej w porcie otworzy się nowa droga do latarni."),
          ("Sekretne zakończenie", "Najtrudniejsze do zdobycia jest zakończenie sekretne. Oprócz osuszenia cystern trzeba zebrać wszystkie 12 kart z dziennika kapitana i oddać je duchowi kupca na targu rybnym. Dopiero wtedy w latarni pojawi się dodatkowa scena i alternatywna walka z bossem.")]
    PR = "/poradniki/hollow-tide-zakonczenia-jak-zdobyc"
    RC = "/recenzje/recenzja-gry-hollow-tide-zatopione-krolestwo/z41841"
    NW = "/newsroom/iron-wolf-zapowiada-rpg-zmijowa-dolina/z2139527"
    A = [dict(path=RC, kat="Recenzja gry", h1="Recenzja gry Hollow Tide – zatopione królestwo, z którego nie chce się wypływać", lead="Tidewright po raz pierwszy w 3D i od razu z przytupem. Hollow Tide ma świetny świat i kilka irytujących bossów.",
              autor='<span class="autor">Autor: <a href="/autor/michal-zielinski/">Michał Zieliński</a></span>', authors=["Michał Zieliński"], shown="12 marca 2025, 15:00", iso="2025-03-12T15:00:00+01:00",
              body=ps(rc) + ocena, paras=rc, date="2025-03-12",
              ld=jl({"@context": "https://schema.org", "@type": "Review", "name": "Recenzja gry Hollow Tide", "author": {"@type": "Person", "name": "Michał Zieliński"}, "datePublished": "2025-03-12T15:00:00+01:00",
                     "itemReviewed": {"@type": "VideoGame", "name": "Hollow Tide", "datePublished": "2025-03-13", "gamePlatform": ["PS5", "XSX", "PC"]}, "reviewRating": {"@type": "Rating", "ratingValue": "8.0", "bestRating": "10"}, "publisher": {"@type": "Organization", "name": "GRYzone.pl"}})),
         dict(path=NW, kat="Wiadomość", h1="Polskie studio Iron Wolf zapowiada RPG w klimatach słowiańskich. Premiera w 2026 roku", lead="Żmijowa Dolina to RPG z otwartym światem, w którym walczymy za pomocą alchemii.",
              autor='<span class="autor">Adrian Kowal</span>', authors=["Adrian Kowal"], shown="12.03.2025 09:41", iso="2025-03-12T09:41:00+01:00", body=ps(nw), paras=nw, date="2025-03-12"),
         dict(path=PR, kat="Poradnik", h1="Hollow Tide – wszystkie zakończenia i jak je zdobyć", lead="Jak odblokować wszystkie trzy zakończenia Hollow Tide, w tym sekretne.",
              autor='<span class="autor">Autorzy: Katarzyna Lis, Paweł Sroka</span>', authors=["Katarzyna Lis", "Paweł Sroka"], shown="14 marca 2025, 11:20", upd="17 marca 2025", iso="2025-03-14T11:20:00+01:00",
              body="".join('<h2>%s</h2><p>%s</p>' % (E(h), E(p)) for h, p in pr), paras=[pr[0][1], pr[-1][1]], date="2025-03-14")]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="box"><a href="%s">%s</a> <span>%s</span></div>' % (st["path"], E(st["h1"]), st["shown"]) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    GAME = "/gry/hollow-tide-2025/"
    s.non("/", shell("GRYzone.pl - gry komputerowe, recenzje, poradniki, newsy", '<h2>Najnowsze</h2>' + lst(A) + '<h2>Encyklopedia gier</h2><a href="%s">Hollow Tide</a>' % GAME, H(ORG, "/")))
    s.non("/newsroom/", shell("Newsroom - wiadomości ze świata gier | GRYzone.pl", '<h1>Newsroom</h1>' + lst(A[1:2]), H("Newsroom", "/newsroom/")))
    s.non("/recenzje/", shell("Recenzje gier | GRYzone.pl", '<h1>Recenzje gier</h1>' + lst(A[:1]) + '<h2>Poradniki</h2>' + lst(A[2:]), H("Recenzje", "/recenzje/")))
    s.non(GAME, shell("Hollow Tide (PC, PS5, XSX) - encyklopedia gier | GRYzone.pl",
                      '<div class="gra-info"><h1>Hollow Tide</h1><dl><dt>Data wydania</dt><dd>13 marca 2025</dd><dt>Platformy</dt><dd>PC, PS5, XSX</dd><dt>Producent</dt><dd>Tidewright Studios</dd><dt>Wydawca</dt><dd>Northwind Games</dd><dt>Gatunek</dt><dd>Akcji</dd></dl>'
                      '<div class="oceny"><span>Ocena GRYzone: 8.0</span> <span>Ocena graczy: 7.6 (412 głosów)</span></div><p class="opis-gry">Przygodowa gra akcji, w której eksplorujemy zatopione królestwo Meridae.</p><h2>Artykuły</h2>' + lst(A) + '<p>Wymagania sprzętowe: Intel Core i5-8400, 16 GB RAM, GeForce GTX 1660</p></div>',
                      H("Hollow Tide", GAME) + jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "Hollow Tide", "datePublished": "2025-03-13", "aggregateRating": {"@type": "AggregateRating", "ratingValue": "7.6", "ratingCount": 412, "bestRating": "10"}})))
    s.non("/premiery-gier/", shell("Kalendarz premier gier 2025 | GRYzone.pl", '<h1>Premiery gier – marzec 2025</h1><table><tr><td>13.03</td><td><a href="%s">Hollow Tide</a></td><td>PC, PS5, XSX</td></tr><tr><td>20.03</td><td>Skyline Couriers 2</td><td>PC, PS5</td></tr><tr><td>27.03</td><td>Ironclad Tactics</td><td>PC</td></tr></table>' % GAME, H("Premiery", "/premiery-gier/")))
    s.non("/wideo/", shell("Wideo | GRYzone.pl", '<h1>Wideo</h1>' + ul([("/wideo/hollow-tide-zwiastun-premierowy/", "Hollow Tide – zwiastun premierowy")]), H("Wideo", "/wideo/")))
    s.non("/wideo/hollow-tide-zwiastun-premierowy/", shell("Hollow Tide – zwiastun premierowy | GRYzone.pl", '<div class="player"><video controls src="/media/ht-pl.mp4"></video></div><h1>Hollow Tide – zwiastun premierowy</h1><p>Zwiastun premierowy Hollow Tide. Gra trafi na rynek 13 marca.</p>',
                                                          og("video.other", "Hollow Tide – zwiastun premierowy", s.url("/wideo/hollow-tide-zwiastun-premierowy/"), "", ORG)))
    s.non("/promocje/", shell("Promocje na gry - najniższe ceny | GRYzone.pl", '<h1>Promocje</h1><table class="ceny"><tr><th>Gra</th><th>Sklep</th><th>Cena</th><th>Najniższa cena z 30 dni</th></tr><tr><td>Hollow Tide (PS5)</td><td>Media Expert</td><td>229 zł</td><td>249 zł</td></tr><tr><td>Ember Vale Remastered (PC)</td><td>Steam</td><td>89,99 zł</td><td>89,99 zł</td></tr></table>', H("Promocje", "/promocje/")))
    s.non("/autor/michal-zielinski/", shell("Michał Zieliński - autor | GRYzone.pl", '<h1>Michał Zieliński</h1><p>Redaktor działu recenzji. W GRYzone od 2017 roku.</p>' + lst(A[:1]), og("profile", "Michał Zieliński", s.url("/autor/michal-zielinski/"), "", ORG)))
    s.non("/regulamin/", shell("Regulamin serwisu | GRYzone.pl", '<h1>Regulamin</h1><p>§1. Serwis GRYzone.pl prowadzony jest przez GRYzone S.A. z siedzibą w Krakowie.</p>', H("Regulamin", "/regulamin/")))
    s.non("/kontakt/", shell("Kontakt | GRYzone.pl", '<h1>Kontakt</h1><p>Redakcja: redakcja@gryzone.example</p><p>Reklama: reklama@gryzone.example</p>', H("Kontakt", "/kontakt/")))
    s.non("/szukaj/", shell("Szukaj | GRYzone.pl", '<h1>Szukaj</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.sitemap(["/", "/newsroom/", "/recenzje/", GAME] + [st["path"] for st in A], "/szukaj/")


# ====================================================================== 10 TecMundi (Tecmundo-like, pt-BR)
def tecmundi():
    s = Site(10)
    ORG = "TecMundi"
    NAV = '<header class="tec--header"><a class="tec--header__logo" href="/">TecMundi</a><nav class="tec--header__nav">%s</nav></header>' % links(
        [("/mercado/", "Mercado"), ("/tag/smartphones/", "Celulares"), ("/ofertas/", "Ofertas"), ("/podcast/tecmundi-podcast-215/", "Podcast"), ("/newsletter/", "Newsletter"), ("/busca/", "Busca")], "", "span")
    PITCH = "Receba as notícias mais importantes de tecnologia no seu e-mail: assine a newsletter do TecMundi."
    FOOT = '<footer class="tec--footer"><p>%s</p><nav>%s</nav><p>&copy; 2025 TecMundi - Todos os direitos reservados</p></footer>' % (E(PITCH), links(
        [("/sobre/", "Sobre"), ("/contato/", "Contato"), ("/politica-de-privacidade/", "Política de privacidade"), ("/autor/larissa-campos/", "Equipe")], "", "span"))

    def shell(title, inner, head):
        return doc("pt-BR", title, head, NAV + '<main class="tec--main">%s</main>' % inner + FOOT)

    def article(st):
        who = '<p class="z--m-none">Escrito por <a href="/autor/%s/">%s</a></p>' % (st["by"].lower().replace(" ", "-"), E(st["by"])) if st["by"] == "Larissa Campos" else '<p class="z--m-none">Escrito por <span>%s</span></p>' % E(st["by"])
        if st.get("ed"):
            who += '<p class="z--m-none tec--author__edited">Editado por <span>%s</span></p>' % E(st["ed"])
        src = "".join('<p class="tec--article__source">%s: <a rel="nofollow">%s</a></p>' % (k, E(v)) for k, v in st.get("src", []))
        inner = ('<article class="tec--article"><div class="tec--article__header"><a class="tec--badge" href="/mercado/">%s</a><h1 class="tec--article__header__title">%s</h1>'
                 '<div class="tec--author"><img src="/img/avatar.png"><div class="tec--author__info">%s</div></div>'
                 '<div class="tec--timestamp"><time datetime="%s">%s</time></div></div><div class="tec--article__body">%s</div>%s'
                 '<div class="tec--related"><h3>Leia também</h3>%s</div></article>') % (
            E(st["cat"]), E(st["h1"]), who, st["iso"], st["shown"], st["body"], src, ul(st["rel"]))
        o = {"editor": {"@type": "Person", "name": st["ed"]}} if st.get("ed") else {}
        head = og("article", st["h1"], s.url(st["path"]), st["paras"][0][:150], ORG, '<meta property="article:published_time" content="%s">' % st["iso"]) + \
            ld("NewsArticle", s, st["path"], st["h1"], st["iso"], None, P([st["by"]]), ORG, **o)
        return shell("%s - TecMundi" % st["h1"], inner, head)

    rv = ["O Nexa Phone 2 chega ao Brasil com uma proposta clara: entregar o básico muito bem feito por um preço abaixo dos R$ 2.000. Depois de duas semanas usando o aparelho como celular principal, dá para dizer que a fabricante acertou em quase tudo o que importa no dia a dia.",
          "A bateria de 5.500 mAh é o grande destaque. Em uso intenso, com redes sociais, GPS e streaming de música, o celular terminou todos os dias com mais de 30% de carga. No nosso teste padrão de vídeo, foram mais de 22 horas de reprodução contínua.",
          "A tela OLED de 6,6 polegadas e 120 Hz tem bom brilho e cores vivas, e o processador dá conta de jogos populares em configurações médias. O ponto fraco fica para as câmeras: a principal de 50 MP faz boas fotos de dia, mas à noite o processamento deixa as imagens borradas e com muito ruído.",
          "Com preço sugerido de R$ 1.899 e cinco anos de atualizações prometidas, o Nexa Phone 2 é uma das melhores opções da sua faixa para quem prioriza autonomia."]
    nota = ('<div class="tec--review-box"><span class="nota">8,5</span><p>Nota TecMundi</p><div class="pros"><h4>Prós</h4><ul><li>Bateria excelente</li><li>Tela OLED de 120 Hz</li><li>Cinco anos de atualizações</li></ul></div>'
            '<div class="contras"><h4>Contras</h4><ul><li>Câmeras fracas à noite</li><li>Carregador não incluso</li></ul></div><a href="/ficha-tecnica/nexa-phone-2/">Ficha técnica completa</a></div>')
    nw = ["A plataforma de streaming Vórtex anunciou nesta terça-feira (11) um novo plano mais barato, com anúncios, para o mercado brasileiro. A assinatura custará R$ 14,90 por mês e começa a valer a partir de 1º de abril.",
          "Segundo a empresa, o novo plano terá entre quatro e cinco minutos de propaganda por hora de conteúdo, exibidos antes e durante os episódios. Os assinantes poderão assistir em resolução Full HD em até dois aparelhos ao mesmo tempo, mas não terão acesso a downloads para ver offline.",
          "Os planos atuais seguem disponíveis, mas o plano Padrão terá reajuste de R$ 39,90 para R$ 44,90 para novos assinantes. Quem já paga a mensalidade terá o preço antigo mantido por mais três meses.",
          "O Brasil é o quarto maior mercado da Vórtex no mundo, e a empresa diz que a versão com anúncios já representa um terço das novas assinaturas nos países onde foi lançada."]
    ex = ["As baterias de estado sólido são apontadas há anos como o próximo grande salto para carros elétricos e celulares. Mas, afinal, o que muda em relação às baterias de íons de lítio que usamos hoje?",
          "Nas baterias atuais, os íons de lítio circulam entre os dois polos através de um eletrólito líquido. Nas de estado sólido, esse líquido é substituído por um material sólido, geralmente cerâmico ou à base de polímeros. A mudança permite usar lítio metálico no ânodo, o que aumenta muito a quantidade de energia armazenada no mesmo espaço.",
          "Na prática, isso pode significar carros com autonomia até 50% maior e recargas mais rápidas. Outra vantagem é a segurança: sem o líquido inflamável, o risco de incêndio em caso de acidente cai bastante.",
          "O problema é a fabricação. Produzir eletrólitos sólidos finos e sem rachaduras em grande escala ainda é caro, e as primeiras baterias do tipo devem chegar ao mercado apenas em modelos de luxo, no fim desta década."]
    RV = "/review/294117-review-nexa-phone-2-intermediario-bateria-sobra.htm"
    NW = "/mercado/294088-vortex-lanca-plano-anuncios-r-14-90-brasil.htm"
    EX = "/ciencia/293950-funciona-bateria-estado-solido-entenda-tecnologia.htm"
    A = [dict(path=RV, cat="Review", h1="Review Nexa Phone 2: intermediário com bateria de sobra e câmera no limite", by="Larissa Campos", ed="Bruno Teixeira", iso="2025-03-12T14:30:00-03:00", shown="12/03/2025 às 14:30",
              body=ps(rv[:2]) + nota + ps(rv[2:]), paras=rv, date="2025-03-12"),
         dict(path=NW, cat="Mercado", h1="Vórtex lança plano com anúncios por R$ 14,90 no Brasil", by="Thiago Moreira", ed="Bruno Teixeira", iso="2025-03-11T19:45:00-03:00", shown="11/03/2025 às 19:45",
              body=ps(nw), paras=nw, src=[("Via", "The Circuit"), ("Fonte", "Vórtex")], date="2025-03-11"),
         dict(path=EX, cat="Ciência", h1="Como funciona a bateria de estado sólido? Entenda a tecnologia que promete revolucionar os carros elétricos", by="Camila Duarte", iso="2025-03-10T19:00:00-03:00", shown="10/03/2025 às 19:00",
              body=ps(ex), paras=ex, date="2025-03-10")]
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], [st["by"]], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="tec--card"><a class="tec--card__title__link" href="%s">%s</a><span class="tec--timestamp">%s</span></div>' % (st["path"], E(st["h1"]), st["shown"].split(" às")[0]) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    s.non("/", shell("TecMundi - Descubra e aprenda tudo sobre tecnologia", '<section><h2>Últimas notícias</h2>' + lst(A) + '</section>', H(ORG, "/")))
    s.non("/mercado/", shell("Mercado - TecMundi", '<h1>Mercado</h1>' + lst(A[1:2]), H("Mercado", "/mercado/")))
    s.non("/tag/smartphones/", shell("Smartphones - TecMundi", '<h1>Smartphones</h1>' + lst(A[:1]), H("Smartphones", "/tag/smartphones/")))
    s.non("/autor/larissa-campos/", shell("Larissa Campos - TecMundi", '<h1>Larissa Campos</h1><p>Jornalista especializada em smartphones e wearables.</p>' + lst(A[:1]), og("profile", "Larissa Campos", s.url("/autor/larissa-campos/"), "", ORG)))
    s.non("/ofertas/", shell("Ofertas do dia em tecnologia - TecMundi", '<h1>Ofertas</h1><p>O TecMundi pode receber comissão pelas vendas realizadas por meio dos links desta página.</p><ul class="ofertas">%s</ul>' % "".join(
        '<li><span>%s</span> <b>%s</b> <s>%s</s> <a rel="sponsored">Ver na %s</a></li>' % x for x in [("Nexa Phone 2 256 GB", "R$ 1.699", "R$ 1.899", "Amazon"), ("Fone Korvo Arc", "R$ 1.299", "R$ 1.799", "Magalu")]), H("Ofertas", "/ofertas/")))
    s.non("/ficha-tecnica/nexa-phone-2/", shell("Nexa Phone 2: ficha técnica, preço e onde comprar - TecMundi",
                                                '<h1>Nexa Phone 2</h1><table class="ficha"><tr><th>Tela</th><td>6,6" OLED 120 Hz</td></tr><tr><th>Bateria</th><td>5.500 mAh</td></tr><tr><th>Câmera principal</th><td>50 MP</td></tr><tr><th>Memória</th><td>8 GB RAM / 256 GB</td></tr><tr><th>Lançamento</th><td>Fevereiro de 2025</td></tr><tr><th>Preço sugerido</th><td>R$ 1.899</td></tr></table><h2>Menor preço</h2><p>R$ 1.699 na Amazon</p>' + lst(A[:1]),
                                                H("Nexa Phone 2", "/ficha-tecnica/nexa-phone-2/")))
    s.non("/podcast/tecmundi-podcast-215/", shell("TecMundi Podcast #215: vale a pena comprar um intermediário? - TecMundi",
                                                  '<div class="podcast"><h1>TecMundi Podcast #215: vale a pena comprar um intermediário?</h1><iframe src="/media/player.html?ep=215"></iframe><p>Larissa e Thiago discutem os intermediários de 2025. Duração: 48 min.</p>' + lst(A[:1]) + '</div>',
                                                  og("article", "TecMundi Podcast #215", s.url("/podcast/tecmundi-podcast-215/"), "", ORG)))
    s.non("/newsletter/", shell("Newsletter - TecMundi", '<h1>Newsletter</h1><p>%s</p><form><input type="email"><button>Assinar</button></form>' % E(PITCH), H("Newsletter", "/newsletter/")))
    s.non("/sobre/", shell("Sobre o TecMundi", '<h1>Sobre</h1><p>O TecMundi é um dos maiores sites de tecnologia do Brasil, com notícias, reviews e tutoriais desde 2009.</p>', H("Sobre", "/sobre/")))
    s.non("/contato/", shell("Contato - TecMundi", '<h1>Contato</h1><p>Redação: redacao@tecmundi.example</p>', H("Contato", "/contato/")))
    s.non("/politica-de-privacidade/", shell("Política de privacidade - TecMundi", '<h1>Política de privacidade</h1><p>Esta política descreve como o TecMundi coleta e usa seus dados, de acordo com a LGPD.</p>', H("Privacidade", "/politica-de-privacidade/")))
    s.non("/busca/", shell("Busca - TecMundi", '<h1>Busca</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/rss.xml", "TecMundi", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/mercado/", "/ofertas/"] + [st["path"] for st in A], "/busca/")


# ====================================================================== 11 Multigioco.it (Multiplayer.it-like, it)
def multigioco():
    s = Site(11)
    ORG = "Multigioco.it"
    NAV = '<nav class="navbar"><a class="navbar-brand" href="/">Multigioco.it</a><ul class="navbar-nav">%s</ul></nav>' % links(
        [("/notizie/", "Notizie"), ("/recensioni/", "Recensioni"), ("/uscite/", "Uscite"), ("/video/", "Video"), ("/offerte/", "Offerte"), ("/cerca/", "Cerca")], "nav-item")
    PITCH = "Iscriviti alla newsletter di Multigioco.it per ricevere ogni settimana le notizie e le recensioni più importanti."
    FOOT = '<footer class="footer"><p>%s</p><ul>%s</ul><p>&copy; 2025 Multigioco S.r.l. - P.IVA 01234567890</p></footer>' % (E(PITCH), links(
        [("/chi-siamo/", "Chi siamo"), ("/contatti/", "Contatti"), ("/autori/marco-ferri/", "Redazione")]))

    def shell(title, inner, head):
        return doc("it", title, head, NAV + '<div class="container main">%s</div>' % inner + FOOT)

    def article(st):
        by = " e ".join(('<a class="author" href="/autori/marco-ferri/">%s</a>' % E(n)) if n == "Marco Ferri" else '<span class="author">%s</span>' % E(n) for n in st["by"])
        inner = ('<article class="article"><div class="article-kind">%s</div><h1 class="article-title">%s</h1><p class="article-subtitle">%s</p>'
                 '<div class="media-body">di %s <span class="sep">—</span> <time datetime="%s">%s</time></div>'
                 '<div class="article-body">%s</div><div class="comments-count">%d commenti</div><aside class="related"><h4>Leggi anche</h4>%s</aside></article>') % (
            E(st["kind"]), E(st["h1"]), E(st["sub"]), by, st["iso"], st["shown"], st["body"], st["comments"], ul(st["rel"]))
        head = og("article", st["h1"], s.url(st["path"]), st["sub"], ORG, '<meta property="article:published_time" content="%s">' % st["iso"]) + st["ld"]
        return shell("%s | Multigioco.it" % st["h1"], inner, head)

    rc = ["C'è stato un tempo in cui i giochi di corse arcade dominavano le sale giochi e le classifiche di vendita, e Crimson Circuit sembra costruito apposta per ricordarcelo. Lo sviluppatore Redline Works ha però evitato la trappola della semplice operazione nostalgia, proponendo un gioco che prende lo spirito di quei titoli e lo aggiorna con idee moderne.",
          "Il modello di guida è immediato ma profondo: la derapata si controlla con il grilletto sinistro e va dosata con attenzione nelle curve più strette, mentre il sistema di scia premia chi sa restare a pochi centimetri dagli avversari. Dopo qualche ora si inizia a percepire ogni piccola differenza tra le dodici vetture disponibili.",
          "La modalità carriera è il punto debole. Le trenta gare sono divise in cinque campionati che si somigliano troppo, e la progressione è lenta, costringendo a ripetere le stesse piste per sbloccare le auto migliori. Molto meglio il multiplayer online, stabile e ricco di opzioni.",
          "Su PlayStation 5 il gioco gira a 60 fotogrammi al secondo costanti in 4K, con tempi di caricamento quasi nulli. Un racing arcade solido e divertente, che avrebbe meritato una carriera più varia."]
    voto = ('<div class="review-box"><div class="vote">8.5</div><dl><dt>Versione testata</dt><dd>PlayStation 5</dd><dt>Disponibile per</dt><dd>PC, PS5, Xbox Series X|S</dd><dt>Prezzo</dt><dd>39,99 €</dd><dt>Uscita</dt><dd>6 marzo 2025</dd></dl>'
            '<div class="pro"><h4>PRO</h4><ul><li>Modello di guida immediato e profondo</li><li>60 fps granitici in 4K</li><li>Multiplayer solido</li></ul></div><div class="contro"><h4>CONTRO</h4><ul><li>Carriera ripetitiva</li><li>Progressione lenta</li></ul></div></div>')
    nw = ["Redline Works ha annunciato che Crimson Circuit ha superato il milione di copie vendute a una settimana dal lancio, un risultato che lo rende il miglior debutto nella storia dello studio. Il dato comprende le versioni PC, PlayStation 5 e Xbox Series X|S.",
          "In un messaggio pubblicato sui social, il direttore creativo Tomás Herrera ha ringraziato i giocatori e confermato che il primo aggiornamento gratuito arriverà ad aprile con due nuove piste ambientate in Italia e in Giappone, oltre a una modalità a tempo richiesta da molti fan.",
          "Lo studio ha anche riconosciuto le critiche rivolte alla modalità carriera, promettendo di rivedere la progressione per rendere più rapido lo sblocco delle vetture. Le modifiche dovrebbero essere incluse nella stessa patch.",
          "Crimson Circuit è disponibile dal 6 marzo. Trovate la nostra recensione qui su Multigioco.it."]
    sp_intro = "Aprile si preannuncia come un mese ricco per i videogiocatori, con uscite che spaziano dai giochi d'azione ai gestionali più rilassati. Abbiamo selezionato i titoli che ci incuriosiscono di più, tenendo conto di quello che abbiamo potuto provare nelle ultime settimane."
    sp_items = [("Skyline Couriers 2", "Il seguito del gioco di consegne tra i tetti promette una città tre volte più grande e la possibilità di giocare in cooperativa con un amico. Lo abbiamo provato per un'ora e il senso di libertà è rimasto intatto."),
                ("Harvest Hollow", "Un gestionale agricolo ambientato in una valle montana, con un ciclo delle stagioni che influenza raccolti e commerci. Gli sviluppatori italiani di Pinecone Studio puntano su un ritmo lento e su una colonna sonora acustica."),
                ("Ironclad Tactics", "Per chi ama la strategia, questo tattico a turni ambientato in un'Europa alternativa dell'Ottocento mette insieme battaglie navali e terrestri in campagne molto lunghe.")]
    RC = "/crimson-circuit/recensioni/crimson-circuit-la-recensione.html"
    NW = "/crimson-circuit/notizie/crimson-circuit-un-milione-copie-vendute.html"
    SP = "/speciali/giochi-piu-attesi-aprile-2025.html"
    A = [dict(path=RC, kind="Recensione", h1="Crimson Circuit, la recensione di un racing arcade che guarda agli anni '90 senza nostalgia", sub="Redline Works riporta in pista lo spirito delle sale giochi con un modello di guida eccellente.",
              by=["Marco Ferri"], iso="2025-03-12T14:00:00+01:00", shown="12 mar 2025, 14:00", body=ps(rc) + voto, paras=rc, comments=38, date="2025-03-12"),
         dict(path=NW, kind="Notizia", h1="Crimson Circuit ha superato il milione di copie vendute in una settimana", sub="Ad aprile il primo aggiornamento gratuito con due nuove piste.",
              by=["Luca Bernardi"], iso="2025-03-13T10:12:00+01:00", shown="13 mar 2025, 10:12", body=ps(nw), paras=nw, comments=12, date="2025-03-13"),
         dict(path=SP, kind="Speciale", h1="I giochi più attesi di aprile 2025: dalle corse ai gestionali", sub="I titoli da tenere d'occhio il mese prossimo.",
              by=["Chiara Santoro", "Davide Riva"], iso="2025-03-10T17:00:00+01:00", shown="10 mar 2025, 17:00", body=ps([sp_intro]) + "".join('<h2>%s</h2><p>%s</p>' % (E(t), E(p)) for t, p in sp_items),
              paras=[sp_intro, sp_items[-1][1]], comments=5, date="2025-03-10")]
    A[0]["ld"] = jl({"@context": "https://schema.org", "@type": "Review", "headline": A[0]["h1"], "datePublished": A[0]["iso"], "author": {"@type": "Person", "name": "Marco Ferri"},
                     "publisher": {"@type": "Organization", "name": ORG}, "reviewRating": {"@type": "Rating", "ratingValue": "8.5", "bestRating": "10"},
                     "itemReviewed": {"@type": "VideoGame", "name": "Crimson Circuit", "datePublished": "2025-03-06", "author": {"@type": "Organization", "name": "Redline Works"}, "gamePlatform": ["PC", "PlayStation 5", "Xbox Series X|S"]}})
    A[1]["ld"] = ld("NewsArticle", s, NW, A[1]["h1"], A[1]["iso"], None, P(["Luca Bernardi"]), ORG)
    A[2]["ld"] = ld("Article", s, SP, A[2]["h1"], A[2]["iso"], None, P(["Chiara Santoro"]), ORG)
    for st in A:
        st["rel"] = [(b["path"], b["h1"]) for b in A if b is not st]
        s.art(st["path"], article(st), st["h1"], st["date"], st["by"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="card"><span class="kind">%s</span> <a href="%s">%s</a> <small>%s</small></div>' % (st["kind"], st["path"], E(st["h1"]), st["shown"].split(",")[0]) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    GAME = "/giochi/crimson-circuit/"
    s.non("/", shell("Multigioco.it - Videogiochi, Recensioni, Notizie e Anteprime", lst(A) + '<h3>Giochi in evidenza</h3><a href="%s">Crimson Circuit</a>' % GAME, H(ORG, "/")))
    s.non("/notizie/", shell("Notizie videogiochi | Multigioco.it", '<h1>Notizie</h1>' + lst(A[1:2]), H("Notizie", "/notizie/")))
    s.non("/recensioni/", shell("Recensioni videogiochi | Multigioco.it", '<h1>Recensioni</h1>' + lst(A[:1]) + '<h2>Speciali</h2>' + lst(A[2:]), H("Recensioni", "/recensioni/")))
    s.non(GAME, shell("Crimson Circuit - PC, PS5, Xbox Series X|S | Multigioco.it",
                      '<div class="game-sheet"><h1>Crimson Circuit</h1><dl><dt>Genere</dt><dd>Guida arcade</dd><dt>Sviluppatore</dt><dd>Redline Works</dd><dt>Data di uscita</dt><dd>6 marzo 2025</dd><dt>Piattaforme</dt><dd>PC, PS5, Xbox Series X|S</dd></dl>'
                      '<div class="scores"><span>Voto Multigioco: 8.5</span> <span>Voto utenti: 8.1</span></div></div><h2>Articoli</h2>' + lst(A[:2]) + '<h2>Video</h2><a href="/video/crimson-circuit-trailer-di-lancio/">Trailer di lancio</a>',
                      H("Crimson Circuit", GAME) + jl({"@context": "https://schema.org", "@type": "VideoGame", "name": "Crimson Circuit", "datePublished": "2025-03-06", "gamePlatform": ["PC", "PS5", "Xbox Series X|S"]})))
    s.non("/uscite/", shell("Uscite videogiochi marzo e aprile 2025 | Multigioco.it", '<h1>Calendario uscite</h1><table><tr><td>6 marzo</td><td><a href="%s">Crimson Circuit</a></td></tr><tr><td>13 marzo</td><td>Hollow Tide</td></tr><tr><td>3 aprile</td><td>Harvest Hollow</td></tr><tr><td>17 aprile</td><td>Skyline Couriers 2</td></tr></table>' % GAME, H("Uscite", "/uscite/")))
    s.non("/video/", shell("Video | Multigioco.it", '<h1>Video</h1>' + ul([("/video/crimson-circuit-trailer-di-lancio/", "Crimson Circuit, il trailer di lancio")]), H("Video", "/video/")))
    s.non("/video/crimson-circuit-trailer-di-lancio/", shell("Crimson Circuit, il trailer di lancio | Multigioco.it", '<div class="video-container"><video controls src="/media/cc.mp4"></video></div><h1>Crimson Circuit, il trailer di lancio</h1><p>Il trailer di lancio di Crimson Circuit, disponibile ora su PC e console.</p>',
                                                             og("video.other", "Crimson Circuit, il trailer di lancio", s.url("/video/crimson-circuit-trailer-di-lancio/"), "", ORG) + jl({"@context": "https://schema.org", "@type": "VideoObject", "name": "Crimson Circuit, il trailer di lancio", "uploadDate": "2025-03-06T09:00:00+01:00"})))
    s.non("/offerte/", shell("Offerte videogiochi e console | Multigioco.it", '<h1>Offerte</h1><p>Multigioco.it riceve una commissione per gli acquisti effettuati tramite i link di questa pagina.</p><ul><li>Crimson Circuit PS5 - 29,99 € su Amazon (-25%)</li><li>Korvo Arc - 249 € (-29%)</li></ul>', H("Offerte", "/offerte/")))
    s.non("/autori/marco-ferri/", shell("Marco Ferri - Autore | Multigioco.it", '<h1>Marco Ferri</h1><p>Caporedattore. Gioca dai tempi del Commodore 64.</p>' + lst(A[:1]), og("profile", "Marco Ferri", s.url("/autori/marco-ferri/"), "", ORG)))
    s.non("/chi-siamo/", shell("Chi siamo | Multigioco.it", '<h1>Chi siamo</h1><p>Multigioco.it è una testata giornalistica registrata presso il Tribunale di Firenze, online dal 1998.</p>', H("Chi siamo", "/chi-siamo/")))
    s.non("/contatti/", shell("Contatti | Multigioco.it", '<h1>Contatti</h1><p>redazione@multigioco.example</p>', H("Contatti", "/contatti/")))
    s.non("/cerca/", shell("Cerca | Multigioco.it", '<h1>Cerca</h1><form><input name="q"></form>', '<meta name="robots" content="noindex">'))
    s.sitemap(["/", "/notizie/", "/recensioni/", GAME] + [st["path"] for st in A], "/cerca/")


# ====================================================================== 12 Loudwave (music magazine, en-GB)
def loudwave():
    s = Site(12)
    ORG = "Loudwave"
    NAV = '<header class="masthead"><a class="masthead__logo" href="/">LOUDWAVE</a><nav>%s</nav></header>' % links(
        [("/news/", "News"), ("/reviews/albums/", "Album Reviews"), ("/gigs/", "Gig Guide"), ("/podcast/loudwave-weekly-118/", "Podcast"), ("/playlists/new-music-friday/", "Playlists"), ("/search/", "Search")], "", "span")
    PITCH = "Sign up to the Loudwave newsletter for the week's best new music, every Friday."
    FOOT = '<footer class="site-footer"><p>%s</p><nav>%s</nav><p>&copy; 2025 Loudwave Media Ltd. Registered in England and Wales.</p></footer>' % (E(PITCH), links(
        [("/about/", "About"), ("/newsletter/", "Newsletter"), ("/artists/the-velvet-arches/", "Artists")], "", "span"))

    def shell(title, inner, head):
        return doc("en-GB", title, head, NAV + '<main class="site-main">%s</main>' % inner + FOOT)

    def article(st):
        inner = ('<article class="%s"><header class="entry-header"><span class="entry-kicker"><a href="%s">%s</a></span><h1 class="entry-title">%s</h1><p class="entry-standfirst">%s</p>'
                 '<div class="entry-meta"><span class="entry-byline">%s</span><time class="entry-date" datetime="%s">%s</time></div></header>%s'
                 '<div class="entry-content">%s</div><div class="entry-tags">%s</div></article>') % (
            st["cls"], st["kpath"], E(st["kicker"]), E(st["h1"]), E(st["stand"]), st["byline"], st["iso"], st["shown"], st.get("box", ""), st["body"],
            links([("/artists/the-velvet-arches/", "The Velvet Arches")], "tag", "span"))
        head = og("article", st["h1"], s.url(st["path"]), st["stand"], ORG, '<meta property="article:published_time" content="%s">' % st["iso"]) + st["ld"]
        return shell("%s | Loudwave" % st["h1"], inner, head)

    rv = ["Five years is a long time in indie rock, and when The Velvet Arches went quiet after their second album, plenty of people assumed the Leeds four-piece had quietly called it a day. Slow Burn Summer is the sound of a band who needed the time away, and who came back with a clearer idea of who they are.",
          "The guitars that once fought for space in every song now drift and shimmer, leaving room for singer Ruth Adair's voice, which has never sounded so relaxed. Opener 'Low Tide Radio' sets the tone with a lazy, loping bassline and a chorus that arrives almost as an afterthought.",
          "Not every experiment works. 'Glasshouse' stretches a single idea across seven minutes, and the spoken-word interlude 'Postcard' adds little. But the closing run of 'Heatwave', 'Orchard' and the gorgeous title track is as strong as anything the band have recorded.",
          "It's a record for late evenings and open windows, and one that rewards patience. Welcome back."]
    box = ('<div class="album-review-box"><img src="/img/slow-burn-summer.jpg" alt="Slow Burn Summer cover"><div class="score-circle">7.8</div><p class="bnm">Best New Music</p>'
           '<ul class="album-details"><li>Genre: Indie Rock</li><li>Label: Heavenly Tapes</li><li>Released: 14 March 2025</li></ul></div>')
    iv = ["When Mira Solenne decided to make her second album somewhere with no distractions, she took the idea further than most. For three months last winter, the Glasgow songwriter lived alone in a decommissioned lighthouse on the Northumberland coast, with a keyboard, a four-track recorder and a very unreliable generator.",
          "\"The first two weeks were magical,\" she tells Loudwave over coffee in a cafe near King's Cross. \"Then the storms came, the power went off for four days and I realised I had nobody to talk to but the seagulls. A lot of the record is about that feeling of being completely cut off.\"",
          "The result, Keeper, out on 4 April, is a stark and beautiful collection of piano songs recorded mostly in single takes. You can hear the wind rattling the windows on 'Fog Signal', and the clicks of the tape machine become part of the rhythm on 'Lamp Room'.",
          "Asked whether she would do it again, Solenne laughs. \"Maybe somewhere with better heating. But I think I needed to get lost to find the songs. I'm proud of what came out of it.\""]
    nw = ["Greenfields Festival has announced another 24 acts for this year's event, with The Velvet Arches and Mira Solenne among the names joining headliners Northern Static and Kay Moreno. The festival takes place at Hollins Farm in Shropshire from 26 to 29 June.",
          "Also added to the bill are electronic duo Parallel Lines, Bristol rapper Deja Okon and the reformed post-punk band The Cut Glass. Organisers said a further announcement, including the full Sunday line-up, would follow in April.",
          "Tickets for the festival sold out in under an hour in October, but a resale will open on 20 March for fans who missed out. Festival director Sarah Holm said this year's event would introduce a new stage dedicated to emerging artists from the West Midlands.",
          "The Velvet Arches release their new album, Slow Burn Summer, this Friday. Read our review on Loudwave."]
    RV = "/reviews/albums/the-velvet-arches-slow-burn-summer-review/"
    IV = "/features/mira-solenne-keeper-interview-lighthouse/"
    NW = "/news/greenfields-festival-2025-line-up-velvet-arches-mira-solenne/"
    A = [dict(path=RV, cls="review album-review", kpath="/reviews/albums/", kicker="Album Review", h1="The Velvet Arches – 'Slow Burn Summer' review: a warm, woozy return", stand="After five years away, the Leeds band loosen their grip and find their best songs yet.",
              byline='By <a href="/author/hannah-cole/" rel="author">Hannah Cole</a>', authors=["Hannah Cole"], iso="2025-03-12T09:00:00+00:00", shown="12th March 2025", box=box, body=ps(rv), paras=rv, date="2025-03-12",
              ld=jl({"@context": "https://schema.org", "@type": "Review", "headline": "The Velvet Arches – 'Slow Burn Summer' review: a warm, woozy return", "datePublished": "2025-03-12T09:00:00+00:00", "author": {"@type": "Person", "name": "Hannah Cole"},
                     "publisher": {"@type": "Organization", "name": ORG}, "reviewRating": {"@type": "Rating", "ratingValue": 7.8, "bestRating": 10},
                     "itemReviewed": {"@type": "MusicAlbum", "name": "Slow Burn Summer", "datePublished": "2025-03-14", "byArtist": {"@type": "MusicGroup", "name": "The Velvet Arches"}, "recordLabel": "Heavenly Tapes"}})),
         dict(path=IV, cls="feature interview", kpath="/news/", kicker="Interview", h1="Mira Solenne: 'I wrote the whole album in a lighthouse and it nearly broke me'", stand="The Glasgow songwriter on three months of isolation, storms and a very unreliable generator.",
              byline='Words: <span class="author">Tom Ashdown</span> <span class="photo-credit">Photography: Freya Kent</span>', authors=["Tom Ashdown"], iso="2025-03-10T12:00:00+00:00", shown="10th March 2025", body=ps(iv), paras=iv, date="2025-03-10",
              ld=ld("Article", s, IV, "Mira Solenne: 'I wrote the whole album in a lighthouse and it nearly broke me'", "2025-03-10T12:00:00+00:00", None, P(["Tom Ashdown"]), ORG)),
         dict(path=NW, cls="news", kpath="/news/", kicker="News", h1="Greenfields Festival 2025 adds The Velvet Arches and Mira Solenne to the line-up", stand="Two dozen more acts join the June bill in Shropshire.",
              byline='By <span class="author">Jess Barton</span> and <span class="author">Aidan Moyo</span>', authors=["Jess Barton", "Aidan Moyo"], iso="2025-03-11T16:12:00+00:00", shown="11th March 2025, 4:12 pm", body=ps(nw), paras=nw, date="2025-03-11",
              ld=ld("NewsArticle", s, NW, "Greenfields Festival 2025 adds The Velvet Arches and Mira Solenne to the line-up", "2025-03-11T16:12:00+00:00", None, P(["Jess Barton", "Aidan Moyo"]), ORG))]
    for st in A:
        s.art(st["path"], article(st), st["h1"], st["date"], st["authors"], must=[st["paras"][0], st["paras"][-1]], must_not=[PITCH])

    def lst(items):
        return "".join('<div class="card"><a href="%s">%s</a> <span>%s</span></div>' % (st["path"], E(st["h1"]), st["shown"].split(",")[0]) for st in items)
    H = lambda t, p: og("website", t, s.url(p), "", ORG)  # noqa: E731
    s.non("/", shell("Loudwave - New Music, Reviews, Interviews and Gig Guide", '<section><h2>Latest</h2>' + lst(A) + '</section><section><h2>Best New Music</h2><a href="%s">The Velvet Arches – Slow Burn Summer</a> <span class="score">7.8</span></section>' % RV, H(ORG, "/")))
    s.non("/news/", shell("Music News | Loudwave", '<h1>News</h1>' + lst(A[1:]), H("News", "/news/")))
    s.non("/reviews/albums/", shell("Album Reviews | Loudwave", '<h1>Album Reviews</h1><div class="review-grid"><div class="review-card"><a href="%s">The Velvet Arches: Slow Burn Summer</a> <span class="score">7.8</span> <span>Best New Music</span></div></div>' % RV, H("Album Reviews", "/reviews/albums/")))
    s.non("/author/hannah-cole/", shell("Hannah Cole | Loudwave", '<h1>Hannah Cole</h1><p>Hannah Cole is Loudwave\'s reviews editor.</p>' + lst(A[:1]), og("profile", "Hannah Cole", s.url("/author/hannah-cole/"), "", ORG)))
    s.non("/artists/the-velvet-arches/", shell("The Velvet Arches: news, reviews, tour dates | Loudwave",
                                               '<div class="artist-header"><h1>The Velvet Arches</h1><p>Indie rock band from Leeds, formed 2013.</p></div><h2>Albums</h2><ul><li>Slow Burn Summer (2025) - 7.8</li><li>Paper Kings (2020) - 7.1</li><li>The Velvet Arches (2017) - 6.9</li></ul><h2>Tour dates</h2><ul><li>18 Apr 2025 - Leeds, Brudenell Social Club</li><li>20 Apr 2025 - London, Electric Ballroom</li></ul><h2>Latest</h2>' + lst([A[0], A[2]]),
                                               H("The Velvet Arches", "/artists/the-velvet-arches/") + jl({"@context": "https://schema.org", "@type": "MusicGroup", "name": "The Velvet Arches", "foundingDate": "2013"})))
    s.non("/gigs/", shell("Gig Guide: the best gigs this week | Loudwave", '<h1>Gig Guide</h1><table class="gigs"><tr><th>Date</th><th>Artist</th><th>Venue</th><th></th></tr><tr><td>Fri 14 Mar</td><td>Parallel Lines</td><td>Manchester, Band on the Wall</td><td>Tickets</td></tr><tr><td>Sat 15 Mar</td><td>Deja Okon</td><td>Bristol, Thekla</td><td>Tickets</td></tr><tr><td>Fri 18 Apr</td><td>The Velvet Arches</td><td>Leeds, Brudenell Social Club</td><td>Sold out</td></tr></table>', H("Gig Guide", "/gigs/")))
    s.non("/podcast/loudwave-weekly-118/", shell("Loudwave Weekly #118: Lighthouses and slow burns | Loudwave", '<div class="podcast-episode"><h1>Loudwave Weekly #118: Lighthouses and slow burns</h1><audio controls src="/media/lw118.mp3"></audio><p>Hannah and Tom on The Velvet Arches\' comeback and Mira Solenne\'s lighthouse record. 52 minutes.</p><p>Listen on Spotify, Apple Podcasts and everywhere else.</p></div>',
                                                   H("Loudwave Weekly #118", "/podcast/loudwave-weekly-118/") + jl({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Loudwave Weekly #118: Lighthouses and slow burns", "datePublished": "2025-03-13", "duration": "PT52M"})))
    s.non("/playlists/new-music-friday/", shell("New Music Friday: this week's essential tracks | Loudwave", '<h1>New Music Friday</h1><p>Updated every Friday.</p><iframe src="/media/playlist.html?id=nmf" width="100%" height="380"></iframe><ol><li>The Velvet Arches - Low Tide Radio</li><li>Mira Solenne - Fog Signal</li><li>Parallel Lines - Sodium</li></ol>', H("New Music Friday", "/playlists/new-music-friday/")))
    s.non("/newsletter/", shell("Newsletter | Loudwave", '<h1>Newsletter</h1><p>%s</p><form><input type="email"><button>Sign up</button></form>' % E(PITCH), H("Newsletter", "/newsletter/")))
    s.non("/about/", shell("About Loudwave", '<h1>About</h1><p>Loudwave is an independent music magazine founded in London in 2008, covering new music, live shows and culture.</p><p>Contact: hello@loudwave.example</p>', H("About", "/about/")))
    s.non("/search/", shell("Search | Loudwave", '<h1>Search</h1><form><input name="s"></form>', '<meta name="robots" content="noindex">'))
    s.rss("/feed.xml", "Loudwave", [(st["path"], st["h1"], rfc(st["iso"])) for st in A])
    s.sitemap(["/", "/news/", "/reviews/albums/"] + [st["path"] for st in A], "/search/")


for build_site in (pixelforge, circuit, discovery, reeltrade, bitfeld, cinefiche, bitacora, gamescope, gryzone, tecmundi, multigioco, loudwave):
    build_site()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
