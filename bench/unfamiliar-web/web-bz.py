"""Web bz: newsrooms built with static site generators and headless CMSs.
Twelve sites on 127.0.7.1-12 (port 18150) in English, German, Indonesian,
Spanish, Portuguese and French, each rendered the way its stack renders
pages, with the page kinds such stacks generate around the stories
(pagination, taxonomy, archives, search, about, feeds, sitemaps).

 1 The Marsh Gazette - Hugo + PaperMod (en-GB): post-meta "<span
   title='2025-03-14 09:12:00 +0000 UTC'>March 14, 2025</span> · 4 min ·
   Hannah Price & Oliver Grant | Suggest Changes", cover caption "Photo: ...",
   TOC, paginav prev/next titles, share buttons, a Buttondown newsletter box;
   BlogPosting JSON-LD with articleBody; one post by the site default author
   "Marsh Gazette Newsroom" (JSON-LD Person too). Home /page/2/, /posts/,
   /tags/ term cloud, /tags/x/, /archives/, /search/, /about/ (a page with
   reading time and author), index.xml, sitemap.
 2 Talbote - Hugo + Ananke (de): the title twice (cover hero and h1),
   "Von <strong>Lena Hoffmann, Felix Brandt</strong>" (Ananke's comma join),
   "13. März 2025" + "- 3 Minuten Lesezeit - 540 Wörter", Hugo's internal
   og/itemprop meta (no JSON-LD), a figure "Foto: ..." attribution, a
   membership box inside the content column, "Ähnliche Beiträge"; one story
   by the default author "Redaktion Talbote". Section /nachrichten/ with an
   intro and /page/2/, /tags/, /termine/ (dated event list), Über uns,
   Impressum, Datenschutz.
 3 Warta Lereng - Jekyll + minima (id): /berita/2025/03/14/slug.html,
   "14 Maret 2025 • Oleh Dewi Lestari dan Rizky Pratama", a 06:30 +07:00
   post (the UTC day before), jekyll-seo-tag JSON-LD naming only the first
   author, a post without byline whose SEO author is "Redaksi Warta Lereng",
   "Baca juga" quote, Disqus; /page2/, jekyll-archives categories and tags,
   /arsip/2025/, Tentang, Susunan Redaksi, an "Agenda" nav link that serves
   the theme's 404 text, Atom feed.xml.
 4 El Altavoz de Vallecas - Eleventy base blog (es): <ul class="post-metadata">
   with <time datetime="2025-03-13">13 de marzo de 2025</time> and tags,
   "Por Marta Delgado y Pablo Serrano", an opinion column with an italic bio
   line, a donation aside, links-nextprev; no JSON-LD or article meta; Atom
   and JSON Feed (feed-level author "Colectivo El Altavoz"); /blog/ archive,
   /tags/, /agenda/ (dated events), Sobre nosotros, Colabora.
 5 Jornal da Mouraria - Astro + AstroPaper (pt-PT): author only in meta
   author and JSON-LD; the theme shows "Atualizado: 19 mar., 2025 | 16:20"
   instead of the publication (12 March, in article:published_time); one post
   under the site default author signed "Texto de Sofia Matos." at its foot;
   astro-island comments, prev/next; /posts/2/, /tags/, /archives/, /search/
   (pagefind), /about/, rss.xml, sitemap-index.
 6 Northfield Current - Gatsby + Contentful (en-US): CSS-module classes,
   og:type "website" on every page, no JSON-LD or article meta, only "March
   10, 2025 · 6 min read" on top and the writers in author cards after the
   text (two cards on one story, "Northfield Current Staff" on another),
   page-data JSON with the Contentful entry, a newsletter box inside the
   body; /news/2/, topics, author pages, /events/ (dated calendar), donate,
   and "Send a tip" serving Gatsby's 404 text.
 7 Le Petit Rhodanien - Next.js + Strapi (fr): __NEXT_DATA__ with the Strapi
   entry; "Par Camille Rousseau et Julien Mercier", "Publié le 12 mars 2025
   à 18h05 · Mis à jour le 14 mars 2025 à 09h10" while Strapi's publishedAt
   (re-published) feeds article:published_time and JSON-LD datePublished
   (14 March); a tribune "Par Hélène Vidal, présidente de l'association ...";
   Didomi banner, "À lire aussi", newsletter box; rubriques, author pages, a
   dossier with a long intro, /recherche, /evenements rendering Next's 404.
 8 Seeblick Aktuell - Nuxt 2 + Storyblok (de): window.__NUXT__, JSON-LD
   author the organisation on every story, "Von X und Y | vor 5 Stunden",
   "Gestern, 17:40 Uhr" (both computed at build), "Von dpa" on a wire story,
   ad slots and "Auch interessant:" inside the text; topic page with a pegel
   widget, author page, Wetter, Newsletter, Impressum, Datenschutz.
 9 Estuaire Info - SvelteKit (fr): svelte-hash classes, the page data in
   kit.start's inline script, "Par X, Y et Z · 12/03/2025 à 00h30" (23:30Z
   the day before in JSON-LD), "Édition : ... Cartographie : ..." credits,
   "Par la rédaction" (JSON-LD author the organisation), a donation box at
   the end of the article; rubriques, authors, podcasts, newsletter.
10 La Marea Sur - Ghost + Casper (es): "Marta Delgado, Pablo Serrano" with
   JSON-LD and twitter:data1 naming only the primary author, "15 mar 2025"
   for a post at 00:10 Madrid (23:10Z on the 14th in JSON-LD and
   article:published_time), a members-only post cut by the upgrade CTA;
   /page/2/, tag and author pages, a Ghost page (Quiénes somos) with
   og:type article and Article JSON-LD, /rss/, sitemap index.
11 Folha do Vale - WordPress 6.7 + Twenty Twenty-Four (pt-BR): "14 de março
   de 2025 — por Ana Ribeiro em Cidades", Yoast @graph with @id authors, a
   post by the user "Redação" whose text opens "Por Miguel Lopes e Sofia
   Matos, especial para a Folha", a 21:40 -03:00 post (next day in UTC),
   "Receba a Folha no WhatsApp" group inside the post content, comments with
   dates, "Mais posts"; tag cloud, /page/2/, categories, tags, author and
   monthly archives, Sobre, Anuncie, privacy page.
12 The Numbers Desk - Quarto website (en-US): title block with Authors /
   Affiliations, "Published" and "Modified", one post with date-format iso
   ("2025-03-07"), meta author and citation_* tags, code-fold R chunks,
   figure captions, and the Reuse / BibTeX / "For attribution, please cite
   this work as" appendix; listing home (also as /index.html), table
   archive, data library, jolla about page, index.xml.

Truth: 36 articles, 137 non-articles, no syndicated copies. Desk and site
credits ("Marsh Gazette Newsroom", "Redaktion Talbote", "Redaksi Warta
Lereng", "Northfield Current Staff", "la rédaction", dpa) are authors [];
the relative dates are fetch-5 and fetch-day1.

Crawled with /tmp/nr-base: stories 36: title 36, date 35, authors 30 right;
non-articles stored 4 of 137; bodies checked 36: 22 wrong. Dates: the Ghost
post at 00:10 Madrid got the UTC day (2025-03-14) from JSON-LD. Authors:
the site default / desk credits were taken as authors on five stories
(PaperMod and Jekyll JSON-LD Person, the Ananke "Von <strong>Redaktion
Talbote</strong>" byline, the Nuxt and SvelteKit JSON-LD Organization on
the dpa and "la rédaction" stories), and of two Gatsby author cards only the
first was kept. Non-articles stored: the Gatsby /events/, Ananke /termine/
and Eleventy /agenda/ dated event lists and the Jekyll /tentang/ about page.
Bodies: the Ananke reading-time line and membership box, the SvelteKit
donation box, the WordPress WhatsApp group, the Quarto code chunks and
citation appendix, and on one Next.js story the chapo, byline and date line.
"""
import datetime, html, json, os, sys, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18150
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)


def slugify(n):
    t = n.lower()
    for a, b in (("é", "e"), ("è", "e"), ("á", "a"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ç", "c"), ("ã", "a"), ("ê", "e"), ("ô", "o"), ("ü", "u"), ("ö", "o"), ("ä", "a"), ("ß", "ss")):
        t = t.replace(a, b)
    return "-".join(t.split())


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % n, PORT, truth)

    def rss(self, path, title, home, items):
        # items: (path, title, rfc822 date, description)
        body = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><guid>%s</guid><description>%s</description></item>" % (
            E(t), self.url(p), d, self.url(p), E(x)) for p, t, d, x in items)
        self.put(path, '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title>'
                 '<link>%s</link><description>Recent content on %s</description><language>en</language>%s</channel></rss>' % (E(title), self.url(home), E(title), body))

    def sitemap(self, paths, name="/sitemap.xml", robots="User-agent: *\nDisallow:\n"):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths)
        self.put(name, '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "%s\nSitemap: %s\n" % (robots, self.url(name)))
def rfc822(iso):
    d = datetime.datetime.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (d.strftime("%z") or "+0000")


# ------------------------------------------------------------ 1 The Marsh Gazette (Hugo + PaperMod, en-GB)
def marsh():
    s = Site(1)
    SN = "The Marsh Gazette"
    A = [dict(slug="drainage-board-warns-of-higher-rates", title="Drainage board warns of higher rates after record winter pumping bill",
              desc="The internal drainage board ran its pumps for 61 days straight and says the electricity bill will land on householders.",
              iso="2025-03-14T09:12:00+00:00", mod="2025-03-16T18:40:00+00:00", shown="March 14, 2025", rt="4 min", authors=["Hannah Price", "Oliver Grant"],
              tags=["Drainage", "Flooding"], cover="The Hundred Foot pumping station at Welney in February. Photo: Oliver Grant",
              heads=["What the board decided", "What happens next"], paras=[
                  "The internal drainage board that keeps thirty thousand acres of the Fens dry has warned that householders and farmers face a sharp rise in drainage rates after its pumps ran for sixty-one days without a break this winter.",
                  "Figures presented to the board's meeting in March on Tuesday showed that electricity for the six main pumping stations cost just over four hundred thousand pounds between November and February, almost double the amount set aside in the budget.",
                  "Board members agreed to draw on reserves to cover the gap this year but voted to consult on a rise of up to twelve per cent in the special levy that district councils collect on the board's behalf from April next year.",
                  "Farmer and board member Colin Rayner said the Fens could not go on paying the cost of being a national asset on their own. \"Every pound of food grown below sea level depends on these pumps, and the people who live here are being asked to foot the whole bill,\" he said.",
                  "The consultation will open in May. The board has also asked the Environment Agency to review how much of the pumping is caused by water flowing in from higher land outside its district, which it says should be paid for by the agency."]),
         dict(slug="wisbech-market-traders-back-sunday-opening", title="Wisbech market traders back plan for Sunday opening",
              desc="Stallholders voted 31 to 9 in favour of a six-month trial starting in April.",
              iso="2025-03-11T16:30:00+00:00", mod="2025-03-11T16:30:00+00:00", shown="March 11, 2025", rt="3 min", authors=None,
              tags=["Business", "Wisbech"], cover=None, heads=None, paras=[
                  "Traders on Wisbech market have voted in favour of opening on Sundays for the first time, in a trial that the town council hopes will bring more visitors into the Market Place at weekends.",
                  "Thirty-one stallholders backed the idea at a meeting in the Town Hall on Monday evening and nine voted against, mostly those who already trade at car boot sales on Sundays in King's Lynn and March.",
                  "The trial will run from the first Sunday in April until the end of September, from ten in the morning until three in the afternoon, and the council will waive pitch fees for the first month.",
                  "Shop owners around the square said they would consider opening too if the market drew enough people. The council will count visitors with the town centre's footfall cameras and publish the results in the autumn."]),
         dict(slug="manea-village-hall-reopens", title="Manea village hall reopens after two years of fundraising",
              desc="Cake sales, a sponsored swim and a lottery grant paid for a new roof and kitchen.",
              iso="2025-03-07T19:05:00+00:00", mod="2025-03-09T10:00:00+00:00", shown="March 7, 2025", rt="3 min", authors=["Meera Shah"],
              tags=["Community"], cover="Volunteers at the reopening on Friday. Photo: Meera Shah", heads=None, paras=[
                  "Manea's village hall has reopened two years after it was closed when inspectors found asbestos in the ceiling and water coming through the roof in three places.",
                  "The committee raised a little over ninety thousand pounds through cake sales, quiz nights, a sponsored swim in the Old Bedford river and a grant from the National Lottery Community Fund, which paid for most of the new roof.",
                  "The hall now has a kitchen that meets food hygiene standards, an accessible toilet and solar panels on the south side of the roof, which the committee expects to cut its electricity bills by half.",
                  "Committee chair Pat Gotobed said the toddler group, the short mat bowls club and the parish council would all be back within a month. \"People kept asking when, not if, and that kept us going,\" she said."])]
    nav = [("/posts/", "News"), ("/archives/", "Archive"), ("/tags/", "Tags"), ("/search/", "Search"), ("/about/", "About")]

    def shell(title, main, head="", cls="list"):
        menu = "".join('<li><a href="%s" title="%s"><span>%s</span></a></li>' % (p, t, t) for p, t in nav)
        return ('<!DOCTYPE html>\n<html lang="en" dir="auto">\n<head><meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n<meta name="robots" content="index, follow">\n'
                '<title>%s</title>\n%s\n<link crossorigin="anonymous" href="/assets/css/stylesheet.d6fcd20a4fb86efa4dfac8ec95da60244cc8871042183da1ef28e3a762ad79c8.css" rel="preload stylesheet" as="style">\n'
                '<link rel="icon" href="/favicon.ico">\n<meta name="generator" content="Hugo 0.145.0">\n<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>\n</head>\n'
                '<body class="%s" id="top">\n<script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add(\'dark\'); }</script>\n'
                '<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="%s (Alt + H)">%s</a><div class="logo-switches">'
                '<button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" width="24" height="18"></svg></button></div></div>'
                '<ul id="menu">%s</ul></nav></header>\n<main class="main">\n%s\n</main>\n'
                '<footer class="footer"><span>&copy; 2025 <a href="/">%s</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; '
                '<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>\n'
                '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6" fill="currentColor"></svg></a>\n'
                '<div id="cookie-notice" class="cookie-notice"><p>We use one cookie to remember your theme choice. No tracking.</p><button>OK</button></div>\n</body>\n</html>') % (
            E(title), head, cls, SN, SN, menu, main, SN)

    def by(a):
        au = a["authors"] or ["Marsh Gazette Newsroom"]
        return au[0] if len(au) == 1 else ", ".join(au[:-1]) + " &amp; " + au[-1]

    def meta(a):
        return '<span title=\'%s\'>%s</span>&nbsp;·&nbsp;%s&nbsp;·&nbsp;%s' % (a["iso"].replace("T", " ").replace("+00:00", " +0000 UTC"), a["shown"], a["rt"], by(a))

    def entry(a, first=False):
        return ('<article class="post-entry%s"><header class="entry-header"><h2 class="entry-hint-parent">%s</h2></header>'
                '<div class="entry-content"><p>%s ...</p></div><footer class="entry-footer">%s</footer>'
                '<a class="entry-link" aria-label="post link to %s" href="/posts/%s/"></a></article>') % (
            " tag-entry" if first else "", E(a["title"]), E(a["paras"][0][:160].rsplit(" ", 1)[0]), meta(a), E(a["title"]), a["slug"])

    for i, a in enumerate(A):
        path = "/posts/%s/" % a["slug"]
        prev = A[i + 1] if i + 1 < len(A) else None
        nxt = A[i - 1] if i > 0 else None
        pag = ""
        if prev:
            pag += '<a class="prev" href="/posts/%s/"><span class="title">« Prev</span><br><span>%s</span></a>' % (prev["slug"], E(prev["title"]))
        if nxt:
            pag += '<a class="next" href="/posts/%s/"><span class="title">Next »</span><br><span>%s</span></a>' % (nxt["slug"], E(nxt["title"]))
        content = ""
        toc = ""
        if a["heads"]:
            ids = [slugify(h) for h in a["heads"]]
            toc = ('<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>'
                   '<div class="inner"><ul>%s</ul></div></details></div>') % "".join('<li><a href="#%s" aria-label="%s">%s</a></li>' % (d, E(h), E(h)) for d, h in zip(ids, a["heads"]))
            content = ps(a["paras"][:2]) + '<h2 id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></h2>' % (ids[0], E(a["heads"][0]), ids[0]) + \
                ps(a["paras"][2:4]) + '<h2 id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></h2>' % (ids[1], E(a["heads"][1]), ids[1]) + ps(a["paras"][4:])
        else:
            content = ps(a["paras"])
        cover = ('<figure class="entry-cover"><img loading="eager" src="/posts/%s/cover.jpg" alt="%s"><p>%s</p></figure>' % (a["slug"], E(a["title"]), E(a["cover"]))) if a["cover"] else ""
        news = ('<div class="newsletter-box"><h3>Get the Gazette in your inbox</h3><p>Every Friday morning: the week\'s Fenland news, free, from a newsroom funded by its readers.</p>'
                '<form action="https://buttondown.com/api/emails/embed-subscribe/marshgazette" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div>')
        share = "".join('<li><a target="_blank" rel="noopener noreferrer" aria-label="share %s on %s" href="https://%s/share?u=%s"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>' % (
            E(a["title"]), n, d, s.url(path)) for n, d in (("x", "x.com"), ("facebook", "facebook.com"), ("whatsapp", "api.whatsapp.com")))
        main = ('<article class="post-single">\n<header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">News</a></div>\n'
                '<h1 class="post-title entry-hint-parent">%s</h1>\n<div class="post-description">%s</div>\n<div class="post-meta">%s&nbsp;|&nbsp;'
                '<a href="https://github.com/marshgazette/site/tree/main/content/posts/%s.md" rel="noopener noreferrer" target="_blank">Suggest Changes</a></div>\n</header>\n%s%s'
                '<div class="post-content">%s</div>\n%s<footer class="post-footer"><ul class="post-tags">%s</ul>\n<nav class="paginav">%s</nav>\n<ul class="share-buttons">%s</ul>\n</footer>\n</article>') % (
            E(a["title"]), E(a["desc"]), meta(a), a["slug"], cover, toc, content, news,
            links([("/tags/%s/" % slugify(t), t) for t in a["tags"]]), pag, share)
        au = a["authors"] or ["Marsh Gazette Newsroom"]
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a["title"], "name": a["title"], "description": a["desc"],
              "keywords": a["tags"], "articleBody": "\n\n".join(a["paras"]), "wordCount": sum(len(p.split()) for p in a["paras"]), "inLanguage": "en",
              "image": [s.url("/posts/%s/cover.jpg" % a["slug"])], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": [{"@type": "Person", "name": n} for n in au], "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)},
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/favicon.ico")}}}
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "News", "item": s.url("/posts/")}, {"@type": "ListItem", "position": 2, "name": a["title"], "item": s.url(path)}]}
        head = ('<meta name="keywords" content="%s">\n<meta name="description" content="%s">\n<meta name="author" content="%s">\n<link rel="canonical" href="%s">\n'
                '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n'
                '<meta property="og:locale" content="en-gb">\n<meta property="og:type" content="article">\n<meta property="article:section" content="posts">\n'
                '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n%s'
                '<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:title" content="%s">\n%s\n%s') % (
            E(", ".join(a["tags"])), E(a["desc"]), E(", ".join(au)), s.url(path), s.url(path), SN, E(a["title"]), E(a["desc"]), a["iso"], a["mod"],
            "".join('<meta property="article:tag" content="%s">\n' % t for t in a["tags"]), E(a["title"]), jl(crumbs), jl(ld))
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, "single"), a["title"], a["iso"][:10], a["authors"] or [],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Every Friday morning: the week's Fenland news"] + [x["title"] for x in (prev, nxt) if x])
    home_info = ('<article class="first-entry home-info"><header class="entry-header"><h1>Independent news for the Fens</h1></header>'
                 '<div class="entry-content"><p>The Marsh Gazette is a reader-funded local newsroom covering Fenland, from Wisbech to Whittlesey. Tips: news@marshgazette.example</p></div>'
                 '<footer class="entry-footer"><div class="social-icons"><a href="/index.xml" target="_blank" rel="noopener noreferrer me" title="Rss">RSS</a></div></footer></article>')
    pager = '<footer class="page-footer"><nav class="pagination">%s</nav></footer>'
    rsshead = '<link rel="alternate" type="application/rss+xml" href="%s">' % s.url("/index.xml")
    s.non("/", shell(SN, home_info + entry(A[0], True) + entry(A[1]) + pager % '<a class="next" href="/page/2/">Next&nbsp;&nbsp;»</a>', rsshead))
    s.non("/page/2/", shell(SN, entry(A[2]) + pager % '<a class="prev" href="/">«&nbsp;&nbsp;Prev</a>', rsshead))
    s.non("/posts/", shell("News | " + SN, '<header class="page-header"><div class="breadcrumbs"><a href="/">Home</a></div><h1>News</h1></header>' + "".join(entry(a) for a in A), rsshead))
    tagset = {}
    for a in A:
        for t in a["tags"]:
            tagset.setdefault(t, []).append(a)
    s.non("/tags/", shell("Tags | " + SN, '<header class="page-header"><h1>Tags</h1></header><ul class="terms-tags">%s</ul>' % "".join(
        '<li><a href="/tags/%s/">%s <sup><strong><sup>%d</sup></strong></sup></a></li>' % (slugify(t), E(t), len(v)) for t, v in sorted(tagset.items()))))
    for t, v in tagset.items():
        s.non("/tags/%s/" % slugify(t), shell("%s | %s" % (t, SN), '<header class="page-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/tags/">Tags</a></div>'
              '<h1>%s</h1></header>%s' % (E(t), "".join(entry(a) for a in v))))
    s.non("/archives/", shell("Archive | " + SN, ('<header class="page-header"><h1>Archive</h1></header><div class="archive-year"><h2 class="archive-year-header">2025<sup class="archive-count">&nbsp;&nbsp;3</sup></h2>'
          '<div class="archive-month"><h3 class="archive-month-header">March<sup class="archive-count">&nbsp;&nbsp;3</sup></h3><div class="archive-posts">%s</div></div></div>') % "".join(
        '<div class="archive-entry"><h3 class="archive-entry-title entry-hint-parent">%s</h3><div class="archive-meta">%s</div><a class="entry-link" aria-label="post link to %s" href="/posts/%s/"></a></div>' % (
            E(a["title"]), meta(a), E(a["title"]), a["slug"]) for a in A)))
    s.non("/search/", shell("Search | " + SN, '<header class="page-header"><h1>Search&nbsp;<svg width="28" height="28"></svg></h1></header><div id="searchbox">'
          '<input id="searchInput" autofocus placeholder="Search ↵" aria-label="search" type="search" autocomplete="off" maxlength="64"><ul id="searchResults" aria-label="search results"></ul></div>'
          '<script src="/assets/js/search.min.js"></script>'))
    s.non("/about/", shell("About | " + SN, ('<article class="post-single"><header class="post-header"><h1 class="post-title entry-hint-parent">About</h1>'
          '<div class="post-meta">2 min&nbsp;·&nbsp;Marsh Gazette Newsroom</div></header><div class="post-content">%s</div></article>') % ps([
              "The Marsh Gazette was started in 2021 by three reporters who had lost their jobs when the last weekly paper in the district closed its newsroom.",
              "We are a not-for-profit company funded by about 1,400 readers who pay what they can each month. We take no money from councils or political parties.",
              "We publish on this site and in a free weekly email. Tips, corrections and complaints go to news@marshgazette.example."]) + '<p><a href="/posts/">Read the latest news</a></p>', "", "single"))
    s.rss("/index.xml", SN, "/", [("/posts/%s/" % a["slug"], a["title"], rfc822(a["iso"]), a["desc"]) for a in A])
    s.sitemap(["/", "/posts/", "/archives/", "/about/"] + ["/posts/%s/" % a["slug"] for a in A])


# ------------------------------------------------------------ 2 Talbote (Hugo + Ananke, de)
def talbote():
    s = Site(2)
    SN = "Talbote"
    A = [dict(slug="gemeinderat-todtnau-nahwaermenetz", title="Gemeinderat stimmt für neues Nahwärmenetz in Todtnau",
              desc="Eine Holzhackschnitzel-Heizung soll ab 2027 rund 300 Gebäude im Ortskern versorgen.",
              iso="2025-03-13T19:30:00+01:00", mod="2025-03-15T08:02:11+01:00", shown="13. März 2025", rt=3, words=540, authors=["Lena Hoffmann", "Felix Brandt"],
              tags=["Energie", "Todtnau"], fig=None, paras=[
                  "Der Todtnauer Gemeinderat hat am Donnerstagabend mit großer Mehrheit beschlossen, im Ortskern ein Nahwärmenetz zu bauen, das mit Holzhackschnitzeln aus dem Gemeindewald betrieben werden soll.",
                  "An das Netz sollen ab dem Winter 2027 rund dreihundert Gebäude angeschlossen werden, darunter das Rathaus, die Grundschule, das Hallenbad und zahlreiche Wohnhäuser entlang der Hauptstraße.",
                  "Die Stadtwerke rechnen mit Kosten von knapp elf Millionen Euro, von denen das Land über ein Förderprogramm für kommunale Wärmenetze bis zu vierzig Prozent übernehmen könnte.",
                  "Bürgermeister Andreas Wießner sprach von der wichtigsten Entscheidung der Wahlperiode. Zwei Räte stimmten dagegen, weil sie die Anschlusskosten für Hausbesitzer für zu hoch halten.",
                  "Eine Informationsveranstaltung für interessierte Eigentümer ist für den 2. April in der Festhalle geplant."]),
         dict(slug="feldberg-liftbetreiber-bilanz-schneemangel", title="Schneemangel: Liftbetreiber am Feldberg ziehen Bilanz",
              desc="Nur 58 Betriebstage – so wenige wie seit Jahrzehnten nicht.",
              iso="2025-03-10T11:00:00+01:00", mod="2025-03-10T11:00:00+01:00", shown="10. März 2025", rt=3, words=480, authors=["Sabine Roth"],
              tags=["Tourismus", "Feldberg"], fig=("Der Seebuck-Lift Anfang März: Auf den Pisten liegt kaum noch Schnee.", "Foto: Jonas Albrecht"), paras=[
                  "Die Liftgesellschaft am Feldberg hat nach einem der schneeärmsten Winter seit Beginn ihrer Aufzeichnungen eine ernüchternde Bilanz gezogen: Nur an achtundfünfzig Tagen konnten die Anlagen laufen.",
                  "In einem durchschnittlichen Winter sind es mehr als hundert Betriebstage. Ohne die Beschneiungsanlagen am Seebuck und an der Grafenmatt wären es nach Angaben des Geschäftsführers kaum vierzig gewesen.",
                  "Die Zahl der verkauften Tageskarten ging um ein Drittel zurück. Besonders die Wochenenden im Januar fielen aus, weil Regen und Föhn den Schnee innerhalb weniger Tage schmelzen ließen.",
                  "Die Gesellschaft will nun stärker auf den Sommer setzen und prüft einen Rodelberg sowie längere Betriebszeiten der Seilbahn für Wanderer und Mountainbiker."]),
         dict(slug="buergerbus-drei-taeler", title="Bürgerbus verbindet künftig drei Täler",
              desc="Ehrenamtliche Fahrer bringen ab April Fahrgäste zwischen Wiesental, Prägtal und Bernauer Tal.",
              iso="2025-03-05T07:45:00+01:00", mod="2025-03-05T07:45:00+01:00", shown="5. März 2025", rt=2, words=390, authors=None,
              tags=["Verkehr"], fig=None, paras=[
                  "Ab dem ersten April fährt ein Bürgerbus dreimal am Tag zwischen Schönau, Präg und Bernau und schließt damit eine Lücke, die seit dem Ende der letzten Postbuslinie vor zwölf Jahren besteht.",
                  "Den Bus steuern zwanzig ehrenamtliche Fahrerinnen und Fahrer, die meisten von ihnen im Ruhestand. Der Landkreis hat das Fahrzeug gekauft, die drei Gemeinden teilen sich die Kosten für Versicherung und Diesel.",
                  "Eine Fahrt kostet zwei Euro, Inhaber des Deutschlandtickets fahren kostenlos mit. Der Fahrplan ist auf die Anschlüsse an die Regionalbusse in Schönau abgestimmt.",
                  "Der Verein sucht noch weitere Fahrer. Wer mitmachen will, braucht einen Führerschein der Klasse B und einen Personenbeförderungsschein, dessen Kosten der Verein übernimmt."])]

    def shell(title, main, head="", hero=None, cls="ma0 avenir bg-near-white"):
        top = ('<header class="cover bg-top" style="background-image: url(\'/images/feldberg-winter.jpg\');"><div class="bg-black-60">%s'
               '<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">%s</div>%s</div></div></header>')
        navh = ('<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">%s</a>'
                '<div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/nachrichten/" title="Nachrichten page">Nachrichten</a></li>'
                '<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/termine/" title="Termine page">Termine</a></li>'
                '<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/ueber-uns/" title="Über uns page">Über uns</a></li></ul>'
                '<div class="ananke-socials"><a href="/index.xml" class="ananke-social-link rss no-underline" title="RSS">RSS</a></div></div></div></nav>') % SN
        h, sub = hero if hero else (SN, '<h2 class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">Nachrichten aus dem Südschwarzwald</h2>')
        return ('<!DOCTYPE html>\n<html lang="de-de">\n<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n<title>%s</title>\n'
                '<meta name="viewport" content="width=device-width,minimum-scale=1">\n<meta name="generator" content="Hugo 0.140.2">\n'
                '<link rel="stylesheet" href="/ananke/css/main.min.css">\n%s\n</head>\n<body class="%s">\n%s\n<main class="pb7" role="main">\n%s\n</main>\n'
                '<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">&copy; 2025 Talbote – Genossenschaft für Lokaljournalismus eG</a>'
                '<div><a href="/tags/" class="white-70">Schlagwörter</a> <a href="/impressum/" class="white-70">Impressum</a> <a href="/datenschutz/" class="white-70">Datenschutz</a></div></div></footer>\n'
                '<div id="klaro" class="cookie-banner"><p>Wir verwenden Cookies nur für die Reichweitenmessung mit Matomo. <button>Akzeptieren</button> <button>Ablehnen</button></p></div>\n</body>\n</html>') % (
            E(title), head, cls, top % (navh, E(h), sub), main)

    def hugometa(a, path):
        return ('<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
                '<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:locale" content="de_de">\n<meta property="og:type" content="article">\n'
                '<meta property="article:section" content="nachrichten">\n<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n%s'
                '<meta itemprop="name" content="%s">\n<meta itemprop="description" content="%s">\n<meta itemprop="datePublished" content="%s">\n<meta itemprop="dateModified" content="%s">\n'
                '<meta itemprop="wordCount" content="%d">\n<meta itemprop="keywords" content="%s">\n<meta name="twitter:card" content="summary">\n<meta name="twitter:title" content="%s">') % (
            E(a["desc"]), s.url(path), s.url(path), SN, E(a["title"]), E(a["desc"]), a["iso"], a["mod"], "".join('<meta property="article:tag" content="%s">\n' % t for t in a["tags"]),
            E(a["title"]), E(a["desc"]), a["iso"], a["mod"], a["words"], E(",".join(a["tags"])), E(a["title"]))

    def summary(a):
        return ('<div class="relative w-100 mb4 bg-white nested-copy-line-height"><div class="bg-white mb3 pa4 gray overflow-hidden"><span class="f6 db">Nachrichten</span>'
                '<h1 class="f3 near-black"><a href="/nachrichten/%s/" class="link black dim">%s</a></h1><div class="nested-links f5 lh-copy nested-copy-line-height">%s</div></div></div>') % (
            a["slug"], E(a["title"]), E(a["paras"][0]))

    for i, a in enumerate(A):
        path = "/nachrichten/%s/" % a["slug"]
        au = a["authors"] or ["Redaktion Talbote"]
        body = ps(a["paras"][:2])
        if a["fig"]:
            body += '<figure><img src="/nachrichten/%s/lift.jpg" alt="%s"><figcaption><p>%s <a href="/ueber-uns/">%s</a></p></figcaption></figure>' % (a["slug"], E(a["fig"][0]), E(a["fig"][0]), E(a["fig"][1]))
        body += ps(a["paras"][2:])
        others = [b for b in A if b is not a]
        main = ('<article class="flex-l flex-wrap justify-between mw8 center ph3">\n<header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica tracked ttu">Nachrichten</aside>'
                '<div id="sharing" class="mt3 ananke-socials"><a href="https://www.facebook.com/sharer.php?u=%s" class="ananke-social-link facebook no-underline" aria-label="share on Facebook">Facebook</a> '
                '<a href="https://wa.me/?text=%s" class="ananke-social-link whatsapp no-underline">WhatsApp</a></div>\n'
                '<h1 class="f1 athelas mt3 mb1">%s</h1>\n<p class="tracked">Von <strong>%s</strong></p>\n'
                '<time class="f6 mv4 dib tracked" datetime="%s">%s</time>\n<span class="f6 mv4 dib tracked"> - %d Minuten Lesezeit</span>\n<span class="f6 mv4 dib tracked"> - %d Wörter</span>\n</header>\n'
                '<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">%s'
                '<ul class="pa0">%s</ul>'
                '<div class="mt6 instapaper_ignoref"><div class="steady-box"><p><strong>Der Talbote ist werbefrei.</strong> Unterstützen Sie unabhängigen Lokaljournalismus mit einer Mitgliedschaft ab 5 Euro im Monat.</p>'
                '<a href="/ueber-uns/">Mitglied werden</a></div></div></div>\n'
                '<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Ähnliche Beiträge</p>'
                '<ul class="pa0 list">%s</ul></div></aside>\n</article>') % (
            s.url(path), s.url(path), E(a["title"]), E(", ".join(au)), a["iso"], a["shown"], a["rt"], a["words"], body,
            "".join('<li class="list di"><a href="/tags/%s/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">%s</a></li>' % (slugify(t), E(t)) for t in a["tags"]),
            links([("/nachrichten/%s/" % b["slug"], b["title"]) for b in others], "mb2"))
        s.art(path, shell("%s | %s" % (a["title"], SN), main, hugometa(a, path), (a["title"], '<h2 class="fw1 f5 f3-l white-80 measure-wide-l center mt3">%s</h2>' % E(a["desc"])),
                          "ma0 avenir bg-near-white production"),
              a["title"], a["iso"][:10], a["authors"] or [], must=[a["paras"][1], a["paras"][-1]],
              must_not=["Unterstützen Sie unabhängigen Lokaljournalismus", "Minuten Lesezeit", others[0]["title"]])
    s.non("/", shell(SN, '<article class="cf ph3 ph5-l pv3 pv4-l f4 tc-l center measure-wide lh-copy mid-gray"><p>Der Talbote berichtet seit 2019 aus den Gemeinden zwischen Feldberg und Wiesental – genossenschaftlich, werbefrei, unabhängig.</p></article>'
          '<div class="pa3 pa4-ns w-100 w-70-ns center"><h1 class="flex-none">Neueste Beiträge</h1><section class="w-100 mw8">%s%s</section>'
          '<section class="w-100"><h1 class="f3">Mehr</h1><h2 class="f5 fw4 mb4 dib mr3"><a href="/nachrichten/%s/" class="link black dim">%s</a></h2>'
          '<a href="/nachrichten/" class="link db f6 pa2 br3 bg-mid-gray white dim w4 tc">Alle Beiträge</a></section></div>' % (summary(A[0]), summary(A[1]), A[2]["slug"], E(A[2]["title"])),
          '<link href="/index.xml" rel="alternate" type="application/rss+xml" title="Talbote">'))
    sec_intro = ('<article class="cf pa3 pa4-m pa4-l"><div class="measure-wide-l center f4 lh-copy nested-copy-line-height nested-links mid-gray">'
                 '<p>Alle Nachrichten aus dem Oberen Wiesental, vom Feldberg und aus dem Bernauer Hochtal. Haben Sie einen Hinweis? Schreiben Sie uns an redaktion@talbote.example.</p></div></article>')
    s.non("/nachrichten/", shell("Nachrichten | " + SN, sec_intro + '<div class="flex-ns flex-wrap justify-around mt5">%s%s</div>'
          '<ul class="pagination"><li class="page-item"><a class="page-link" href="/nachrichten/page/2/">&raquo;</a></li></ul>' % (summary(A[0]), summary(A[1])), hero=("Nachrichten", "")))
    s.non("/nachrichten/page/2/", shell("Nachrichten | " + SN, sec_intro + '<div class="flex-ns flex-wrap justify-around mt5">%s</div>'
          '<ul class="pagination"><li class="page-item"><a class="page-link" href="/nachrichten/">&laquo;</a></li></ul>' % summary(A[2]), hero=("Nachrichten", "")))
    tags = {}
    for a in A:
        for t in a["tags"]:
            tags.setdefault(t, []).append(a)
    s.non("/tags/", shell("Tags | " + SN, '<div class="cf ph3 ph5-l pv3 pv4-l f4 tc-l center measure-wide lh-copy mid-gray">%s</div>' % "".join(
        '<a href="/tags/%s/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">%s (%d)</a> ' % (slugify(t), E(t), len(v)) for t, v in tags.items()), hero=("Tags", "")))
    for t, v in tags.items():
        s.non("/tags/%s/" % slugify(t), shell("%s | %s" % (t, SN), '<div class="flex-ns flex-wrap justify-around mt5">%s</div>' % "".join(summary(a) for a in v), hero=(t, "")))
    s.non("/termine/", shell("Termine | " + SN, '<article class="cf pa3 pa4-m pa4-l"><div class="measure-wide-l center f4 lh-copy mid-gray"><h1>Termine</h1><ul>'
          '<li><strong>2. April 2025, 19 Uhr</strong> – Infoabend Nahwärme, Festhalle Todtnau</li><li><strong>5. April 2025</strong> – Frühjahrsputz am Feldbergsteig, Treffpunkt Haus der Natur</li>'
          '<li><strong>12. April 2025, 14 Uhr</strong> – Erste Fahrt des Bürgerbusses ab Schönau, Rathausplatz</li></ul>'
          '<p>Termine für diese Liste bitte an termine@talbote.example. Mehr im Beitrag <a href="/nachrichten/%s/">%s</a>.</p></div></article>' % (A[2]["slug"], E(A[2]["title"])), hero=("Termine", "")))
    s.non("/ueber-uns/", shell("Über uns | " + SN, '<article class="w-100 ph3 pb5 pb6-ns pt1 mt4"><div class="measure-wide-l center f4 lh-copy nested-copy-line-height nested-links mid-gray">%s</div></article>' % ps([
        "Der Talbote ist eine Genossenschaft mit 640 Mitgliedern. Wir finanzieren uns aus Mitgliedsbeiträgen und verzichten auf Werbung.",
        "In der Redaktion arbeiten Lena Hoffmann, Felix Brandt und Sabine Roth, unterstützt von freien Mitarbeiterinnen und Mitarbeitern in den Gemeinden.",
        "Die Seite wird mit Hugo gebaut und liegt auf einem Server in Freiburg."]), hero=("Über uns", "")))
    s.non("/impressum/", shell("Impressum | " + SN, '<article class="w-100 ph3 pt1 mt4"><div class="measure-wide-l center f4 lh-copy mid-gray"><p>Talbote eG, Hauptstraße 12, 79674 Todtnau. Vorstand: Lena Hoffmann. Registergericht Freiburg GnR 700123.</p></div></article>', hero=("Impressum", "")))
    s.non("/datenschutz/", shell("Datenschutz | " + SN, '<article class="w-100 ph3 pt1 mt4"><div class="measure-wide-l center f4 lh-copy mid-gray"><p>Verantwortlich im Sinne der DSGVO ist die Talbote eG. Wir speichern keine personenbezogenen Daten außer bei der Reichweitenmessung mit Matomo, die Sie ablehnen können.</p></div></article>', hero=("Datenschutz", "")))
    s.rss("/index.xml", SN, "/", [("/nachrichten/%s/" % a["slug"], a["title"], rfc822(a["iso"]), a["desc"]) for a in A])
    s.sitemap(["/", "/nachrichten/", "/termine/", "/ueber-uns/"] + ["/nachrichten/%s/" % a["slug"] for a in A])


# ------------------------------------------------------------ 3 Warta Lereng (Jekyll + minima, id)
def warta():
    s = Site(3)
    SN = "Warta Lereng"
    BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    A = [dict(path="/berita/2025/03/14/petani-salak-turi-beralih-ke-pupuk-organik.html", title="Petani salak Turi mulai beralih ke pupuk organik",
              iso="2025-03-14T06:30:00+07:00", authors=["Dewi Lestari", "Rizky Pratama"], cat="pertanian", tags=["salak", "turi"], paras=[
                  "Sejumlah kelompok tani salak di Kecamatan Turi, Sleman, mulai mengganti pupuk kimia dengan pupuk kandang dan kompos setelah harga pupuk bersubsidi naik dan pasokannya sering terlambat.",
                  "Ketua Kelompok Tani Ngudi Makmur, Sutrisno, mengatakan sekitar empat puluh anggota kelompoknya kini membuat kompos sendiri dari pelepah salak dan kotoran kambing. Biaya pemupukan per musim turun hampir separuh.",
                  "Dinas Pertanian Sleman menyebut peralihan itu juga membuka peluang ekspor, karena pembeli dari Tiongkok dan Kamboja meminta salak yang ditanam dengan sedikit bahan kimia.",
                  "Meski begitu, petani mengaku hasil panen sempat turun pada musim pertama. Mereka berharap pemerintah daerah membantu sertifikasi organik yang biayanya masih terlalu mahal untuk kelompok kecil."]),
         dict(path="/berita/2025/03/10/jalur-evakuasi-merapi-cangkringan-diperlebar.html", title="Jalur evakuasi Merapi di Cangkringan diperlebar",
              iso="2025-03-10T14:00:00+07:00", authors=["Agus Santoso"], cat="kebencanaan", tags=["merapi"], paras=[
                  "Pemerintah Kabupaten Sleman mulai melebarkan jalur evakuasi dari Desa Glagaharjo menuju barak pengungsian di Cangkringan, yang selama ini hanya cukup untuk satu truk.",
                  "Jalan sepanjang empat kilometer itu akan dilebarkan menjadi tujuh meter dan diberi lampu penerangan tenaga surya di tikungan-tikungan tajam. Pengerjaan ditargetkan selesai sebelum musim hujan berikutnya.",
                  "Badan Penanggulangan Bencana Daerah mencatat status Merapi masih Siaga sejak akhir 2020, dengan guguran lava yang mengarah ke barat daya dan tenggara.",
                  "Warga Glagaharjo menyambut baik proyek itu. Saat latihan evakuasi tahun lalu, antrean kendaraan di jalur tersebut sempat mengular hingga hampir satu jam."]),
         dict(path="/budaya/2025/03/06/pasar-kangen-kembali-digelar.html", title="Pasar Kangen kembali digelar di Taman Budaya",
              iso="2025-03-06T19:15:00+07:00", authors=None, cat="budaya", tags=["pasar"], paras=[
                  "Pasar Kangen, pasar jajanan dan barang lawas yang menjadi salah satu acara paling ditunggu di Yogyakarta, kembali digelar di Taman Budaya mulai akhir pekan ini setelah dua tahun absen.",
                  "Panitia menyiapkan sekitar dua ratus lapak yang menjual makanan tradisional, mainan tempo dulu, piringan hitam, hingga sepeda onthel. Sebagian pedagang adalah pelaku usaha kecil dari lereng Merapi.",
                  "Pengunjung diimbau membawa wadah sendiri karena panitia membatasi penggunaan plastik sekali pakai. Tiket masuk tetap gratis, dan pasar buka setiap hari pukul empat sore hingga sepuluh malam.",
                  "Selain lapak, panggung utama akan menampilkan keroncong, jathilan, dan pertunjukan wayang kulit singkat setiap malam Minggu."])]

    def tgl(iso):
        d = datetime.datetime.fromisoformat(iso)
        return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)

    def shell(title, main, head="", desc="Kabar dari desa-desa di lereng Merapi."):
        return ('<!DOCTYPE html>\n<html lang="id"><head>\n<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<!-- Begin Jekyll SEO tag v2.8.0 -->\n<title>%s</title>\n<meta name="generator" content="Jekyll v4.3.4" />\n%s\n<!-- End Jekyll SEO tag -->\n'
                '<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="%s" title="%s" /></head>\n<body>'
                '<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">%s</a><nav class="site-nav">'
                '<input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger">'
                '<a class="page-link" href="/kategori/pertanian/">Pertanian</a><a class="page-link" href="/kategori/kebencanaan/">Kebencanaan</a>'
                '<a class="page-link" href="/kategori/budaya/">Budaya</a><a class="page-link" href="/agenda/">Agenda</a><a class="page-link" href="/tentang/">Tentang</a></div></nav></div></header>'
                '<main class="page-content" aria-label="Content"><div class="wrapper">%s</div></main>'
                '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">%s</h2><div class="footer-col-wrapper">'
                '<div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Redaksi Warta Lereng</li><li><a class="u-email" href="mailto:redaksi@wartalereng.example">redaksi@wartalereng.example</a></li></ul></div>'
                '<div class="footer-col footer-col-3"><p>%s</p></div></div><div class="social-links"><ul class="social-media-list"><li><a href="/feed.xml">RSS</a></li></ul></div>'
                '<p><a href="/redaksi/">Susunan Redaksi</a> · <a href="/arsip/2025/">Arsip 2025</a></p></div></footer></body></html>') % (
            E(title), head, s.url("/feed.xml"), SN, SN, main, SN, E(desc))

    for i, a in enumerate(A):
        au = a["authors"]
        byl = ""
        if au:
            byl = ' • Oleh <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">%s</span></span>' % E(" dan ".join(au))
        other = A[(i + 1) % 3]
        main = ('<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">%s</h1>'
                '<p class="post-meta"><time class="dt-published" datetime="%s" itemprop="datePublished">%s</time>%s</p></header>'
                '<div class="post-content e-content" itemprop="articleBody">%s<blockquote><p><strong>Baca juga:</strong> <a href="%s">%s</a></p></blockquote>%s</div>'
                '<p class="post-tags">Kategori: <a href="/kategori/%s/">%s</a> · Tag: %s</p>'
                '<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = "%s"; this.page.identifier = "%s"; };</script>'
                '<noscript>Aktifkan JavaScript untuk melihat komentar.</noscript><a class="u-url" href="%s" hidden></a></article>') % (
            E(a["title"]), a["iso"], tgl(a["iso"]), byl, ps(a["paras"][:2]), other["path"], E(other["title"]), ps(a["paras"][2:]), a["cat"], a["cat"].capitalize(),
            " ".join('<a href="/tag/%s/">#%s</a>' % (t, t) for t in a["tags"]), s.url(a["path"]), a["path"], a["path"])
        desc = a["paras"][0][:150]
        seo_author = au[0] if au else "Redaksi Warta Lereng"
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": seo_author},
              "dateModified": a["iso"], "datePublished": a["iso"], "description": desc, "headline": a["title"],
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(a["path"])}, "url": s.url(a["path"])}
        head = ('<meta property="og:title" content="%s" />\n<meta name="author" content="%s" />\n<meta property="og:locale" content="id_ID" />\n<meta name="description" content="%s" />\n'
                '<meta property="og:description" content="%s" />\n<link rel="canonical" href="%s" />\n<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="%s" />\n'
                '<meta property="og:type" content="article" />\n<meta property="article:published_time" content="%s" />\n<meta name="twitter:card" content="summary" />\n'
                '<meta property="twitter:title" content="%s" />\n<script type="application/ld+json">\n%s</script>') % (
            E(a["title"]), E(seo_author), E(desc), E(desc), s.url(a["path"]), s.url(a["path"]), SN, a["iso"], E(a["title"]), json.dumps(ld, ensure_ascii=False))
        s.art(a["path"], shell("%s | %s" % (a["title"], SN), main, head), a["title"], a["iso"][:10], au or [],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Baca juga", "redaksi@wartalereng.example"])

    def item(a):
        return ('<li><span class="post-meta">%s</span><h3><a class="post-link" href="%s">%s</a></h3><p>%s</p></li>') % (tgl(a["iso"]), a["path"], E(a["title"]), E(a["paras"][0]))
    homehead = '<meta property="og:title" content="%s" />\n<meta property="og:type" content="website" />\n<link rel="canonical" href="%s" />' % (SN, s.url("/"))
    s.non("/", shell(SN, '<div class="home"><h2 class="post-list-heading">Berita Terbaru</h2><ul class="post-list">%s</ul>'
          '<div class="pagination"><span class="previous">Sebelumnya</span> <span class="page_number">Halaman: 1 dari 2</span> <a href="/page2/" class="next">Berikutnya</a></div>'
          '<p class="rss-subscribe">berlangganan <a href="/feed.xml">via RSS</a></p></div>' % "".join(item(a) for a in A[:2]), homehead))
    s.non("/page2/", shell("%s | Halaman 2" % SN, '<div class="home"><ul class="post-list">%s</ul><div class="pagination"><a href="/" class="previous">Sebelumnya</a> '
          '<span class="page_number">Halaman: 2 dari 2</span></div></div>' % item(A[2])))
    for cat, name in (("pertanian", "Pertanian"), ("kebencanaan", "Kebencanaan"), ("budaya", "Budaya")):
        s.non("/kategori/%s/" % cat, shell("Kategori: %s | %s" % (name, SN), '<div class="archive"><h1 class="page-heading">Kategori: %s</h1><ul class="post-list">%s</ul></div>' % (
            name, "".join(item(a) for a in A if a["cat"] == cat))))
    for t in ("salak", "merapi", "turi", "pasar"):
        s.non("/tag/%s/" % t, shell("Tag: #%s | %s" % (t, SN), '<div class="archive"><h1 class="page-heading">#%s</h1><ul class="post-list">%s</ul></div>' % (
            t, "".join(item(a) for a in A if t in a["tags"]))))
    s.non("/arsip/2025/", shell("Arsip 2025 | " + SN, '<div class="archive"><h1 class="page-heading">Arsip 2025</h1><h3>Maret</h3><ul>%s</ul></div>' % "".join(
        '<li>%s &raquo; <a href="%s">%s</a></li>' % (tgl(a["iso"]), a["path"], E(a["title"])) for a in A)))
    s.non("/tentang/", shell("Tentang | " + SN, '<article class="post"><header class="post-header"><h1 class="post-title">Tentang</h1></header><div class="post-content">%s</div></article>' % ps([
        "Warta Lereng adalah media komunitas yang dikelola oleh jurnalis warga di Kecamatan Turi, Pakem dan Cangkringan sejak 2018.",
        "Kami menulis tentang pertanian, kebencanaan dan budaya di desa-desa lereng Merapi. Situs ini dibangun dengan Jekyll dan diterbitkan lewat GitHub Pages.",
        "Kirim kabar dari desa Anda ke redaksi@wartalereng.example."])))
    s.non("/redaksi/", shell("Susunan Redaksi | " + SN, '<article class="post"><header class="post-header"><h1 class="post-title">Susunan Redaksi</h1></header><div class="post-content">'
          '<ul><li>Pemimpin Redaksi: Dewi Lestari</li><li>Redaktur: Agus Santoso</li><li>Reporter: Rizky Pratama, Nur Aini</li><li>Fotografer: Bayu Nugroho</li></ul></div></article>'))
    # the nav's "Agenda" was never built: GitHub Pages answers with the theme's 404 page
    s.non("/agenda/", shell("404 | " + SN, '<div class="container"><h1>404</h1><p><strong>Halaman tidak ditemukan :(</strong></p><p>Halaman yang Anda cari tidak ada.</p><a href="/">Kembali ke beranda</a></div>'))
    entries = "".join('<entry><title type="html">%s</title><link href="%s" rel="alternate" type="text/html" title="%s" /><published>%s</published><updated>%s</updated><id>%s</id>'
                      '<author><name>%s</name></author><summary type="html">%s</summary></entry>' % (
                          E(a["title"]), s.url(a["path"]), E(a["title"]), a["iso"], a["iso"], s.url(a["path"]), E(a["authors"][0] if a["authors"] else "Redaksi Warta Lereng"), E(a["paras"][0]))
                      for a in A)
    s.put("/feed.xml", '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
          '<link href="%s" rel="self" type="application/atom+xml" /><updated>2025-03-14T06:30:00+07:00</updated><id>%s</id><title type="html">%s</title>%s</feed>' % (
              s.url("/feed.xml"), s.url("/feed.xml"), SN, entries))
    s.sitemap(["/", "/tentang/"] + [a["path"] for a in A])


# ------------------------------------------------------------ 4 El Altavoz de Vallecas (Eleventy base blog, es)
def altavoz():
    s = Site(4)
    SN = "El Altavoz de Vallecas"
    MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    A = [dict(slug="vecinos-frenan-desahucio-puente-de-vallecas", title="Los vecinos del Puente logran frenar el desahucio de una familia con tres hijos",
              day="2025-03-13", authors=["Marta Delgado", "Pablo Serrano"], tags=["vivienda", "puente-de-vallecas"], bio=None, kicker=None, paras=[
                  "Más de un centenar de vecinos se concentraron el jueves a primera hora en un portal de la calle Monte Igueldo para impedir el desahucio de una familia con tres hijos menores que vivía de alquiler desde hace nueve años.",
                  "La comisión judicial llegó poco después de las nueve de la mañana, acompañada de una docena de agentes, pero suspendió el lanzamiento tras comprobar que los servicios sociales no habían emitido todavía el informe de vulnerabilidad que la familia había solicitado.",
                  "La propietaria del piso, un fondo que compró el edificio entero en 2022, reclama cuatro meses de impagos. La familia asegura que dejó de pagar cuando el fondo subió la renta de 650 a 1.100 euros al renovar el contrato.",
                  "La Plataforma de Afectados por la Hipoteca del barrio ha pedido a la Junta Municipal que medie con el fondo. El juzgado ha fijado una nueva fecha para dentro de dos meses."]),
         dict(slug="mercado-san-diego-abrira-por-las-tardes", title="El mercado de San Diego abrirá por las tardes a partir de abril",
              day="2025-03-09", authors=["Irene Campos"], tags=["comercio"], bio=None, kicker=None, paras=[
                  "El mercado municipal de San Diego abrirá de martes a viernes por la tarde a partir del 1 de abril, después de que la mayoría de sus comerciantes aprobara en asamblea ampliar el horario.",
                  "Los puestos abrirán de cinco a ocho y media de la tarde, además del horario habitual de mañana. La asociación de comerciantes calcula que el cambio permitirá recuperar a clientes que trabajan fuera del barrio.",
                  "En el mercado quedan hoy treinta y un puestos abiertos de los cincuenta y cuatro que tenía hace dos décadas. Tres de los locales vacíos se han adjudicado este año a jóvenes que abrirán una frutería ecológica, una panadería y un bar de tapas.",
                  "El Ayuntamiento ha prometido renovar la cubierta y la iluminación antes del verano con cargo al plan de mercados municipales."]),
         dict(slug="el-bulevar-necesita-sombra", title="El bulevar necesita sombra, no más granito",
              day="2025-03-04", authors=["Lucía Ortega"], tags=["opinion", "urbanismo"], kicker="Opinión",
              bio="Lucía Ortega es arquitecta y vecina de Vallecas. Forma parte de la asociación Bulevar Vivo.", paras=[
                  "Cada verano el bulevar de Peña Gorbea se convierte en una plancha. A las cuatro de la tarde el suelo de granito supera los cincuenta grados y los bancos, sin un solo árbol que los cubra, quedan vacíos hasta que se pone el sol.",
                  "El proyecto de reforma que la Junta presentó en febrero promete modernizar el paseo, pero repite el mismo error: más pavimento duro, farolas nuevas y una fuente ornamental, y apenas una docena de árboles jóvenes en alcorques diminutos.",
                  "Otras ciudades han demostrado que se puede hacer de otra manera. Bastaría con abrir parterres de tierra, plantar especies de sombra rápida y poner toldos en los tramos donde las raíces no pueden crecer por las tuberías.",
                  "Los vecinos no pedimos un paseo bonito para la foto. Pedimos poder sentarnos fuera en julio sin que nos dé un golpe de calor."])]

    def fecha(day):
        y, m, d = map(int, day.split("-"))
        return "%d de %s de %d" % (d, MES[m - 1], y)

    def shell(title, main, desc="Periodismo vecinal desde Puente y Villa de Vallecas."):
        return ('<!doctype html>\n<html lang="es">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n'
                '<meta name="description" content="%s">\n<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="%s">\n'
                '<link rel="alternate" href="/feed/feed.json" type="application/json" title="%s">\n<meta name="generator" content="Eleventy v3.0.0">\n'
                '<style>/* This is an arbitrary CSS string added to the bundle */ body{font-family:-apple-system,system-ui,sans-serif}</style>\n</head>\n'
                '<body>\n<a href="#skip" class="visually-hidden">Saltar al contenido</a>\n<header><a href="/" class="home-link">%s</a><nav><h2 class="visually-hidden">Menú principal</h2>'
                '<ul class="nav"><li class="nav-item"><a href="/">Inicio</a></li><li class="nav-item"><a href="/blog/">Archivo</a></li><li class="nav-item"><a href="/agenda/">Agenda</a></li>'
                '<li class="nav-item"><a href="/sobre-nosotros/">Sobre nosotros</a></li><li class="nav-item"><a href="/colabora/">Colabora</a></li></ul></nav></header>\n'
                '<main id="skip">\n%s\n</main>\n<footer><p>El Altavoz de Vallecas · Textos bajo licencia CC BY-SA 4.0 · <a href="/feed/feed.xml">Feed</a> · '
                'Hecho con <a href="https://www.11ty.dev/">Eleventy</a></p></footer>\n<!-- This page `%s` was built on 2025-03-13T21:14:07.118Z -->\n</body>\n</html>') % (
            E(title), E(desc), SN, SN, SN, main, "")

    def postlist(items, start=None):
        n = len(items)
        return '<ol reversed class="postlist" style="--postlist-index: %d;">%s</ol>' % (start or n, "".join(
            '<li class="postlist-item"><a href="/blog/%s/" class="postlist-link">%s</a> <time class="postlist-date" datetime="%s">%s</time></li>' % (
                a["slug"], E(a["title"]), a["day"], fecha(a["day"])) for a in items))
    for i, a in enumerate(A):
        path = "/blog/%s/" % a["slug"]
        prev = A[i + 1] if i + 1 < 3 else None
        nxt = A[i - 1] if i > 0 else None
        nav = '<ul class="links-nextprev">%s%s</ul>' % (
            ('<li class="links-nextprev-prev">← Anterior<br> <a href="/blog/%s/">%s</a></li>' % (prev["slug"], E(prev["title"]))) if prev else "",
            ('<li class="links-nextprev-next">Siguiente →<br><a href="/blog/%s/">%s</a></li>' % (nxt["slug"], E(nxt["title"]))) if nxt else "")
        tags = "".join('<li><a href="/tags/%s/" class="post-tag">%s</a>%s</li>' % (t, t, ", " if j < len(a["tags"]) - 1 else "") for j, t in enumerate(a["tags"]))
        kick = '<p class="kicker">%s</p>' % a["kicker"] if a["kicker"] else ""
        bio = '<p><em>%s</em></p>' % E(a["bio"]) if a["bio"] else ""
        main = ('<heading-anchors>\n%s<h1 id="%s">%s</h1>\n<ul class="post-metadata"><li><time datetime="%s">%s</time></li>%s</ul>\n'
                '<p class="byline">Por %s</p>\n%s%s\n</heading-anchors>\n'
                '<aside class="donar"><p><strong>El Altavoz no tiene anuncios ni muros de pago.</strong> Lo sostienen 312 socias y socios. ¿Te sumas con 3 euros al mes?</p><a href="/colabora/">Hazte socia</a></aside>\n%s') % (
            kick, a["slug"], E(a["title"]), a["day"], fecha(a["day"]), tags, E(" y ".join(a["authors"])), ps(a["paras"]), bio, nav)
        s.art(path, shell("%s" % a["title"], main, a["paras"][0][:150]), a["title"], a["day"], a["authors"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["El Altavoz no tiene anuncios"] + [x["title"] for x in (prev, nxt) if x])
    s.non("/", shell(SN, '<h1>Últimas entradas</h1>\n%s\n<p>Todas las entradas en <a href="/blog/">el archivo</a>.</p>' % postlist(A)))
    s.non("/blog/", shell("Archivo", '<h1>Archivo</h1>\n%s' % postlist(A)))
    tags = {}
    for a in A:
        for t in a["tags"]:
            tags.setdefault(t, []).append(a)
    s.non("/tags/", shell("Etiquetas", '<h1>Etiquetas</h1><ul class="post-tags">%s</ul>' % "".join('<li><a href="/tags/%s/" class="post-tag">%s</a></li>' % (t, t) for t in tags)))
    for t, v in tags.items():
        s.non("/tags/%s/" % t, shell("Entradas etiquetadas con “%s”" % t, '<h1>Entradas etiquetadas con “%s”</h1>\n%s\n<p>Ver <a href="/tags/">todas las etiquetas</a>.</p>' % (t, postlist(v))))
    s.non("/agenda/", shell("Agenda", '<h1>Agenda del barrio</h1><ul><li><time datetime="2025-03-22">22 de marzo de 2025</time> · Asamblea de la PAH Vallecas, Centro Cultural Lope de Vega, 18:00</li>'
          '<li><time datetime="2025-03-29">29 de marzo de 2025</time> · Paseo por el bulevar con Bulevar Vivo, salida desde el metro Nueva Numancia, 11:00</li>'
          '<li><time datetime="2025-04-01">1 de abril de 2025</time> · Primera tarde de apertura del mercado de San Diego</li></ul>'
          '<p>¿Organizas algo? Escríbenos a agenda@elaltavoz.example.</p>'))
    s.non("/sobre-nosotros/", shell("Sobre nosotros", '<h1>Sobre nosotros</h1>%s' % ps([
        "El Altavoz de Vallecas es un medio vecinal sin ánimo de lucro que nació en 2016 en una asamblea del 15M del barrio.",
        "Lo escriben periodistas y vecinas voluntarias: Marta Delgado, Pablo Serrano, Irene Campos y muchas colaboradoras.",
        "Todo lo que publicamos se puede reproducir citando la fuente."])))
    s.non("/colabora/", shell("Colabora", '<h1>Colabora con El Altavoz</h1><p>Con 3, 5 o 10 euros al mes nos ayudas a pagar el alojamiento, las fotos y una media jornada de redacción.</p>'
          '<form><label>Cuota <select><option>3 €</option><option>5 €</option><option>10 €</option></select></label><button>Hazte socia</button></form>'))
    s.put("/feed/feed.json", json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": SN, "language": "es", "home_page_url": s.url("/"),
                                         "feed_url": s.url("/feed/feed.json"), "description": "Periodismo vecinal desde Puente y Villa de Vallecas.",
                                         "authors": [{"name": "Colectivo El Altavoz", "url": s.url("/sobre-nosotros/")}],
                                         "items": [{"id": s.url("/blog/%s/" % a["slug"]), "url": s.url("/blog/%s/" % a["slug"]), "title": a["title"],
                                                    "content_html": ps(a["paras"]), "date_published": a["day"] + "T00:00:00Z"} for a in A]}, ensure_ascii=False, indent=2))
    s.put("/feed/feed.xml", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es"><title>%s</title><link href="%s" rel="self"/><updated>2025-03-13T00:00:00Z</updated>'
          '<id>%s</id><author><name>Colectivo El Altavoz</name></author>%s</feed>' % (SN, s.url("/feed/feed.xml"), s.url("/"), "".join(
              '<entry><title>%s</title><link href="%s"/><updated>%sT00:00:00Z</updated><id>%s</id><content type="html">%s</content></entry>' % (
                  E(a["title"]), s.url("/blog/%s/" % a["slug"]), a["day"], s.url("/blog/%s/" % a["slug"]), E(ps(a["paras"]))) for a in A)))
    s.sitemap(["/", "/blog/", "/agenda/"] + ["/blog/%s/" % a["slug"] for a in A])


# ------------------------------------------------------------ 5 Jornal da Mouraria (Astro + AstroPaper, pt-PT)
def mouraria():
    s = Site(5)
    SN = "Jornal da Mouraria"
    DEFAULT_AUTHOR = "Redação do Jornal da Mouraria"
    MES = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
    A = [dict(slug="junta-aprova-horta-comunitaria-largo-da-achada", title="Junta aprova horta comunitária no Largo da Achada",
              desc="Trinta talhões para moradores, com rega a partir de um poço antigo recuperado.",
              pub="2025-03-12T10:00:00.000Z", mod="2025-03-19T16:20:00.000Z", author="Ana Ribeiro", sign=None, tags=["ambiente", "junta"], paras=[
                  "A Junta de Freguesia de Santa Maria Maior aprovou na terça-feira a criação de uma horta comunitária num terreno municipal devoluto junto ao Largo da Achada, que estava vedado há mais de quinze anos.",
                  "O espaço vai ser dividido em trinta talhões de dez metros quadrados, atribuídos por sorteio a moradores da Mouraria e do Castelo. A rega será feita com água de um poço antigo que a junta vai limpar e equipar com uma bomba solar.",
                  "A associação de moradores, que propôs o projeto no orçamento participativo do ano passado, vai gerir o espaço e organizar oficinas de compostagem e de plantação para as escolas do bairro.",
                  "As inscrições abrem em abril. A junta prevê que os primeiros talhões possam ser cultivados no início do verão, depois da limpeza do terreno e da instalação da vedação."]),
         dict(slug="fado-vadio-regressa-as-tascas", title="Fado vadio regressa às tascas da Rua do Capelão",
              desc="Três tascas voltam a abrir as portas aos fadistas amadores às quintas-feiras.",
              pub="2025-03-08T21:30:00.000Z", mod=None, author=None, sign="Texto de Sofia Matos.", tags=["cultura", "fado"], paras=[
                  "Às quintas-feiras à noite, a Rua do Capelão volta a ouvir fado vadio. Três tascas do bairro decidiram abrir as portas a fadistas amadores, como se fazia antes de os restaurantes de fado para turistas ocuparem a rua.",
                  "A ideia partiu de Dona Graça, de setenta e oito anos, que canta desde os doze e que se queixava de já não ter onde cantar sem pagar jantar. Os donos das tascas aceitaram e não cobram entrada, só o que se bebe.",
                  "Na primeira noite apareceram dezassete fadistas, entre eles dois estudantes brasileiros e um taxista reformado que canta sempre o mesmo fado de Alfredo Marceneiro. O guitarrista é o neto de um antigo dono da Tasca do Chico.",
                  "Os moradores pedem apenas uma coisa: que a música acabe à meia-noite, como manda o regulamento do ruído, e que ninguém comece a vender bilhetes."]),
         dict(slug="obras-martim-moniz-eletrico-28", title="Obras no Martim Moniz condicionam o elétrico 28 até junho",
              desc="A carreira passa a terminar na Graça durante a renovação dos carris.",
              pub="2025-03-05T08:15:00.000Z", mod=None, author="Miguel Lopes", sign=None, tags=["mobilidade"], paras=[
                  "As obras de renovação dos carris na praça do Martim Moniz vão obrigar o elétrico 28 a terminar a carreira na Graça a partir de segunda-feira e até ao fim de junho, anunciou a Carris.",
                  "Durante esse período, os passageiros que seguem para a Baixa terão de mudar para um autocarro de substituição, que fará o percurso pela Rua da Palma com paragens nos mesmos locais do elétrico.",
                  "A empresa justifica a intervenção com o desgaste dos carris e das juntas, algumas com mais de trinta anos, que provocaram dois descarrilamentos sem feridos no último inverno.",
                  "Os comerciantes da Rua dos Cavaleiros temem perder clientes e pedem que as obras sejam feitas também durante a noite para reduzir o prazo."])]

    def dstr(iso):
        d = datetime.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return "%d %s, %d" % (d.day, MES[d.month - 1], d.year), d.strftime("%H:%M")

    def shell(title, main, head="", desc="Notícias de um bairro de Lisboa, feitas por quem lá vive."):
        return ('<!DOCTYPE html><html lang="pt-PT" class="" data-theme="light"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
                '<link rel="icon" type="image/svg+xml" href="/favicon.svg"><link rel="canonical" href="%s"><meta name="generator" content="Astro v4.16.18">'
                '<title>%s</title><meta name="title" content="%s"><meta name="description" content="%s">%s'
                '<link rel="sitemap" href="/sitemap-index.xml"><link rel="stylesheet" href="/_astro/about.BtGg8cA3.css"><script type="module" src="/_astro/hoisted.CZ2nX0O0.js"></script></head>'
                '<body><div id="skip-to-content"><a href="#main-content" class="absolute -top-full left-16 z-50 bg-skin-accent">Saltar para o conteúdo</a></div>'
                '<header data-astro-cid-3ef6ksr2><div class="nav-container" data-astro-cid-3ef6ksr2><div class="top-nav-wrap" data-astro-cid-3ef6ksr2>'
                '<a href="/" class="logo whitespace-nowrap" data-astro-cid-3ef6ksr2>%s</a><nav id="nav-menu" data-astro-cid-3ef6ksr2><ul id="menu-items" class="display-none sm:flex" data-astro-cid-3ef6ksr2>'
                '<li data-astro-cid-3ef6ksr2><a href="/posts/" class="" data-astro-cid-3ef6ksr2>Notícias</a></li><li data-astro-cid-3ef6ksr2><a href="/tags/" class="" data-astro-cid-3ef6ksr2>Temas</a></li>'
                '<li data-astro-cid-3ef6ksr2><a href="/about/" class="" data-astro-cid-3ef6ksr2>Sobre</a></li><li data-astro-cid-3ef6ksr2><a href="/archives/" class="focus-outline flex justify-center p-3 sm:p-1" title="Arquivo" data-astro-cid-3ef6ksr2>Arquivo</a></li>'
                '<li data-astro-cid-3ef6ksr2><a href="/search/" class="focus-outline p-3 sm:p-1" title="Pesquisar" data-astro-cid-3ef6ksr2><span class="sr-only">Pesquisar</span></a></li></ul></nav></div></div>'
                '<div class="mx-auto max-w-3xl px-4"><hr class="border-skin-line" aria-hidden="true"></div></header>%s'
                '<footer class="mt-auto" data-astro-cid-sz7xmlte><div class="max-w-3xl mx-auto px-0" data-astro-cid-sz7xmlte><hr class="border-skin-line" aria-hidden="true"></div>'
                '<div class="footer-wrapper" data-astro-cid-sz7xmlte><div class="social-icons"><a href="/rss.xml" class="group inline-block hover:text-skin-accent" title="RSS">RSS</a></div>'
                '<div class="copyright-wrapper" data-astro-cid-sz7xmlte><span>Copyright &#169; 2025</span><span class="separator" data-astro-cid-sz7xmlte>&nbsp;|&nbsp;</span><span>Associação Renovar a Mouraria</span></div></div></footer>'
                '</body></html>') % (s.url("/"), E(title), E(title), E(desc), head, SN, main)

    def card(a):
        d, t = dstr(a["mod"] or a["pub"])
        lab = "Atualizado:" if a["mod"] else "Publicado:"
        return ('<li class="my-6"><a href="/posts/%s/" class="inline-block text-lg font-medium text-skin-accent decoration-dashed underline-offset-4 focus-visible:no-underline focus-visible:underline-offset-0">'
                '<h2 class="text-lg font-medium decoration-dashed hover:underline" style="view-transition-name: %s">%s</h2></a>'
                '<div class="flex items-end space-x-2 opacity-80"><svg class="inline-block h-6 w-6 min-w-[1.375rem] scale-90 fill-skin-base"></svg><span class="sr-only">%s</span>'
                '<span class="text-sm italic">%s</span></div><p>%s</p></li>') % (a["slug"], a["slug"], E(a["title"]), lab, d, E(a["desc"]))

    for i, a in enumerate(A):
        path = "/posts/%s/" % a["slug"]
        au = a["author"] or DEFAULT_AUTHOR
        show = a["mod"] or a["pub"]
        d, t = dstr(show)
        lab = "Atualizado:" if a["mod"] else "Publicado:"
        prev = A[i + 1] if i + 1 < 3 else None
        nxt = A[i - 1] if i > 0 else None
        pn = '<div data-pagefind-ignore class="grid grid-cols-1 gap-6 sm:grid-cols-2">%s%s</div>' % (
            ('<a href="/posts/%s/" class="flex w-full gap-1 hover:opacity-75"><span>Artigo anterior</span><div class="text-sm text-skin-accent/85">%s</div></a>' % (prev["slug"], E(prev["title"]))) if prev else "<div></div>",
            ('<a href="/posts/%s/" class="flex w-full justify-end gap-1 text-right hover:opacity-75"><span>Artigo seguinte</span><div class="text-sm text-skin-accent/85">%s</div></a>' % (nxt["slug"], E(nxt["title"]))) if nxt else "<div></div>")
        body = ps(a["paras"]) + ('<p><em>%s</em></p>' % E(a["sign"]) if a["sign"] else "")
        main = ('<div class="mx-auto flex w-full max-w-3xl justify-start px-2" data-astro-cid-vj4tpspi><button class="focus-outline mb-2 mt-8 flex hover:opacity-75" onclick="(() => (history.length === 1) ? window.location = \'/\' : history.back())()" data-astro-cid-vj4tpspi>'
                '<span>Voltar</span></button></div>'
                '<main id="main-content" data-pagefind-body data-astro-cid-vj4tpspi><h1 transition:name="%s" class="post-title inline-block text-2xl font-bold text-skin-accent sm:text-3xl" data-astro-cid-vj4tpspi>%s</h1>'
                '<div class="my-2 flex items-center space-x-2 opacity-80"><svg xmlns="http://www.w3.org/2000/svg" class="scale-100 inline-block h-6 w-6 min-w-[1.375rem] fill-skin-base" aria-hidden="true"></svg>'
                '<span class="sr-only">%s</span><span class="italic text-base"><time datetime="%s">%s</time><span aria-hidden="true"> | </span><span class="sr-only">&nbsp;às&nbsp;</span><span class="text-nowrap">%s</span></span></div>'
                '<article id="article" class="app-prose mx-auto mt-8 max-w-3xl prose-pre:bg-[--shiki-color-background]" data-astro-cid-vj4tpspi>%s</article>'
                '<ul class="my-8">%s</ul>'
                '<div class="flex flex-col-reverse items-center justify-between gap-6 sm:flex-row-reverse sm:items-end sm:gap-4" data-astro-cid-vj4tpspi>'
                '<button id="back-to-top" class="focus-outline whitespace-nowrap py-1 hover:opacity-75" data-astro-cid-vj4tpspi>Voltar ao topo</button>'
                '<div class="social-icons flex flex-col flex-wrap items-center justify-center gap-1 sm:items-start" data-astro-cid-wkojbtzc><span class="italic" data-astro-cid-wkojbtzc>Partilhar:</span>'
                '<a href="https://wa.me/?text=%s" class="group inline-block scale-90 p-2" title="Partilhar no WhatsApp">WhatsApp</a></div></div>'
                '<hr class="my-6 border-dashed" data-astro-cid-vj4tpspi>%s'
                '<astro-island uid="Z2m3Rtq" prefix="r4" component-url="/_astro/Comments.DHq1bN5x.js" component-export="default" renderer-url="/_astro/client.BIGLHmRd.js" '
                'props="{&quot;lightTheme&quot;:[0,&quot;light&quot;],&quot;darkTheme&quot;:[0,&quot;dark&quot;]}" ssr="" client="only" opts="{&quot;name&quot;:&quot;Comments&quot;,&quot;value&quot;:&quot;react&quot;}"></astro-island>'
                '</main>') % (a["slug"], E(a["title"]), lab, show, d, t, body,
                              "".join('<li class="inline-block my-1 underline-offset-4" data-astro-cid-blwjyjpt><a href="/tags/%s/" class="relative pr-2 text-lg underline decoration-dashed" data-astro-cid-blwjyjpt>#<span>%s</span></a></li>' % (g, g) for g in a["tags"]),
                              s.url(path), pn)
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a["title"], "image": s.url("/posts/%s/index.png" % a["slug"]),
              "datePublished": a["pub"], "author": [{"@type": "Person", "name": au}]}
        if a["mod"]:
            ld["dateModified"] = a["mod"]
        head = ('<meta name="author" content="%s"><link rel="sitemap" href="/sitemap-index.xml"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="og:url" content="%s"><meta property="og:image" content="%s"><meta property="article:published_time" content="%s">%s'
                '<meta property="twitter:card" content="summary_large_image"><meta property="twitter:title" content="%s">%s') % (
            E(au), E(a["title"]), E(a["desc"]), s.url(path), s.url("/posts/%s/index.png" % a["slug"]), a["pub"],
            ('<meta property="article:modified_time" content="%s">' % a["mod"]) if a["mod"] else "", E(a["title"]), jl(ld))
        authors = [a["author"]] if a["author"] else ["Sofia Matos"]
        s.art(path, shell("%s | %s" % (a["title"], SN), main, head, a["desc"]), a["title"], a["pub"][:10], authors,
              must=[a["paras"][1], a["paras"][-1]], must_not=[x["title"] for x in (prev, nxt) if x] or None)
    s.non("/", shell(SN, '<div id="hero" class="pb-6 pt-8" data-astro-cid-j7pv25f6><h1 class="my-4 inline-block text-3xl font-bold sm:my-8 sm:text-5xl" data-astro-cid-j7pv25f6>Jornal da Mouraria</h1>'
          '<p data-astro-cid-j7pv25f6>O jornal dos moradores da Mouraria, do Castelo e do Intendente. Feito por voluntários desde 2012, impresso todos os meses e agora também aqui.</p></div>'
          '<hr class="my-6"><section id="recent-posts" class="pb-6 pt-12" data-astro-cid-j7pv25f6><h2 class="text-2xl font-semibold tracking-wide" data-astro-cid-j7pv25f6>Recentes</h2><ul>%s</ul></section>'
          '<div class="my-8 text-center"><a class="group inline-flex items-center hover:text-skin-accent" href="/posts/">Todas as notícias</a></div>' % "".join(card(a) for a in A)))
    s.non("/posts/", shell("Notícias | " + SN, '<main id="main-content"><section id="main"><h1 class="text-2xl font-semibold sm:text-3xl">Notícias</h1><p class="mb-6 mt-2 italic">Todos os artigos publicados.</p>'
          '<ul>%s</ul></section><nav class="pagination-wrapper" aria-label="Pagination"><span class="disabled">Anterior</span> <a href="/posts/2/">Seguinte</a></nav></main>' % "".join(card(a) for a in A[:2])))
    s.non("/posts/2/", shell("Notícias | " + SN, '<main id="main-content"><section id="main"><h1 class="text-2xl font-semibold sm:text-3xl">Notícias</h1><ul>%s</ul></section>'
          '<nav class="pagination-wrapper"><a href="/posts/">Anterior</a> <span class="disabled">Seguinte</span></nav></main>' % card(A[2])))
    tags = {}
    for a in A:
        for g in a["tags"]:
            tags.setdefault(g, []).append(a)
    s.non("/tags/", shell("Temas | " + SN, '<main id="main-content"><h1>Temas</h1><p class="italic">Todos os temas usados nos artigos.</p><ul>%s</ul></main>' % "".join(
        '<li class="inline-block my-3 underline-offset-4"><a href="/tags/%s/" class="relative underline decoration-dashed text-lg pr-2">#<span>%s</span></a></li>' % (g, g) for g in tags)))
    for g, v in tags.items():
        s.non("/tags/%s/" % g, shell("Tema: %s | %s" % (g, SN), '<main id="main-content"><h1>Tema:<span>%s</span></h1><p class="italic">Todos os artigos com o tema "%s".</p><ul>%s</ul></main>' % (g, g, "".join(card(a) for a in v))))
    s.non("/archives/", shell("Arquivo | " + SN, '<main id="main-content"><h1>Arquivo</h1><p>Todos os artigos arquivados.</p><div><span class="text-2xl font-bold">2025</span><sup class="text-sm">3</sup>'
          '<div class="flex flex-col sm:flex-row"><div class="mt-6 sm:my-6 sm:w-1/4"><span class="font-bold">Março</span><sup class="text-xs">3</sup></div><ul>%s</ul></div></div></main>' % "".join(card(a) for a in A)))
    s.non("/search/", shell("Pesquisar | " + SN, '<main id="main-content"><h1>Pesquisar</h1><p>Procure qualquer artigo...</p><div id="pagefind-search" data-pagefind-ui></div>'
          '<script>window.addEventListener("DOMContentLoaded", () => { new PagefindUI({ element: "#pagefind-search", showSubResults: true }); });</script></main>'))
    s.non("/about/", shell("Sobre | " + SN, '<main id="main-content"><section id="about" class="prose mb-28 max-w-3xl prose-img:border-0"><h1 class="text-2xl tracking-wider sm:text-3xl">Sobre</h1>%s</section></main>' % ps([
        "O Jornal da Mouraria é um jornal comunitário editado pela Associação Renovar a Mouraria. A edição em papel sai no primeiro sábado de cada mês e é distribuída gratuitamente nos cafés e mercearias do bairro.",
        "Este site publica as notícias da edição impressa e algumas notícias só digitais. Os textos são escritos por moradores e revistos pela redação: Ana Ribeiro, Miguel Lopes e Sofia Matos.",
        "Contactos: redacao@jornaldamouraria.example."])))
    s.put("/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><description>Notícias de um bairro de Lisboa</description><link>%s</link>%s</channel></rss>' % (
        SN, s.url("/"), "".join('<item><title>%s</title><link>%s</link><guid isPermaLink="true">%s</guid><description>%s</description><pubDate>%s</pubDate></item>' % (
            E(a["title"]), s.url("/posts/%s/" % a["slug"]), s.url("/posts/%s/" % a["slug"]), E(a["desc"]), rfc822(a["pub"].replace("Z", "+00:00").replace(".000", ""))) for a in A)))
    s.sitemap(["/", "/posts/", "/posts/2/", "/about/", "/archives/"] + ["/posts/%s/" % a["slug"] for a in A], "/sitemap-0.xml")
    s.put("/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/sitemap-0.xml"))


# ------------------------------------------------------------ 6 Northfield Current (Gatsby + Contentful, en-US)
def northfield():
    s = Site(6)
    SN = "Northfield Current"
    A = [dict(slug="school-board-delays-vote-on-four-day-week", title="School board delays vote on four-day week after packed hearing", kicker="Schools",
              day="2025-03-13", shown="March 13, 2025", created="2025-03-13T02:41:09.512Z", pub="2025-03-13T11:00:00.000Z", rt=5,
              authors=[("Rosa Delgado", "rosa-delgado", "Rosa Delgado covers schools and children for the Current. She grew up in Dundas and went to Northfield High.")],
              paras=[
                  "The Northfield school board postponed a vote on moving to a four-day school week on Wednesday night after more than two hundred parents, teachers and students packed the high school auditorium for a public hearing that ran past eleven o'clock.",
                  "Superintendent Karen Olander had recommended the change as a way to fill teaching vacancies, pointing to districts in the western part of the state that say a longer weekend has helped them hire and keep staff. The plan would add forty minutes to each remaining school day.",
                  "Most of the parents who spoke were against it. Several said they could not afford child care on Fridays, and a pediatric nurse said children who rely on school breakfast and lunch would go without meals one more day each week.",
                  "Teachers were divided. The president of the local union said a survey of members showed a narrow majority in favor, but two elementary teachers told the board they worried younger students would struggle with longer days.",
                  "Board chair Tom Hegland said members would hold two more listening sessions in April and take up the question again in May, which would still leave time to change the calendar for next fall."]),
         dict(slug="last-dairy-farm-sells-development-rights", title="Northfield's last dairy farm sells its development rights to stay a farm", kicker="Land use",
              day="2025-03-10", shown="March 10, 2025", created="2025-03-07T19:02:44.100Z", pub="2025-03-10T13:30:00.000Z", rt=6,
              authors=[("Sam Whitaker", "sam-whitaker", "Sam Whitaker reports on agriculture and rural Rice County."),
                       ("Elaine Porter", "elaine-porter", "Elaine Porter is the Current's editor.")],
              paras=[
                  "The Stangler family, who have milked cows on the edge of Northfield for four generations, have sold the development rights to their 310 acres to a land trust, a deal that means the farm can never be turned into houses.",
                  "The trust paid about 1.9 million dollars, most of it from a state program that protects farmland near growing cities. The family keeps ownership of the land and can go on farming it, or sell it to another farmer, but not to a developer.",
                  "Dale Stangler said developers had offered more than twice as much in the past decade as the city's southern edge crept toward the barn. \"My grandfather cleared some of these fields by hand. I could not be the one to sign them over for a cul-de-sac,\" he said.",
                  "The farm is the last commercial dairy within ten miles of town. Milk prices and labor shortages have closed a dozen others in the county since 2015, and the Stanglers say the money will help them pay for a robotic milking system.",
                  "City planners said the deal would not change the growth plan, which already steers new housing toward the north side, but neighbors who had fought a subdivision proposal next to the farm in 2021 called it a relief."]),
         dict(slug="riverfront-trail-closure-extended", title="Riverfront trail closure extended through May", kicker="City",
              day="2025-03-06", shown="March 6, 2025", created="2025-03-06T15:12:00.000Z", pub="2025-03-06T15:20:00.000Z", rt=3,
              authors=[("Northfield Current Staff", "staff", "Reporting by the staff of the Northfield Current.")],
              paras=[
                  "The stretch of the Mill Towns Trail along the Cannon River between Fourth Street and Babcock Park will stay closed until the end of May, two months longer than planned, the city said Thursday.",
                  "Crews rebuilding the retaining wall below the trail found that more of the riverbank had been undercut by last spring's flooding than engineers had expected, and the contractor needs to drive additional steel piles before the path can be repaved.",
                  "Walkers and cyclists are being sent along Water Street and across the Fifth Street bridge. The city has added temporary crosswalk signs at two intersections where the detour crosses traffic.",
                  "The extra work will add about 180,000 dollars to the 1.2 million dollar project. The city expects state disaster funds to cover most of it."])]
    H = "8a1f0c3b4e5d6a7f9b2c"

    def shell(title, main, path, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
                '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/>'
                '<meta data-gatsby-head="true" name="description" content="Independent, nonprofit news for Northfield and Rice County."/>'
                '<meta data-gatsby-head="true" property="og:title" content="%s"/><meta data-gatsby-head="true" property="og:type" content="website"/>'
                '<meta data-gatsby-head="true" name="twitter:card" content="summary"/><meta data-gatsby-head="true" name="twitter:creator" content="@northfieldcurrent"/>'
                '<title data-gatsby-head="true">%s</title>%s'
                '<link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><style>.gatsby-image-wrapper{position:relative;overflow:hidden}</style>'
                '<link as="fetch" rel="preload" href="/page-data%spage-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head>'
                '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrapper--b0c7e">'
                '<header class="header-module--header--2d5a1"><a class="header-module--logo--9f3c2" href="/">Northfield <span>Current</span></a>'
                '<nav class="header-module--nav--c41e8"><a href="/news/">News</a><a href="/topics/schools/">Schools</a><a href="/topics/land-use/">Land use</a>'
                '<a href="/events/">Events</a><a href="/tips/">Send a tip</a><a class="header-module--donate--a3b1d" href="/donate/">Donate</a></nav></header>'
                '<main class="layout-module--main--5e0a9">%s</main>'
                '<footer class="footer-module--footer--1c2b3"><p>The Northfield Current is a nonprofit newsroom. Donations are tax-deductible.</p><p><a href="/about/">About</a> · <a href="/newsletter/">Newsletter</a> · '
                '<a href="/about/#ethics">Ethics policy</a></p><p>© 2025 Northfield Current. Built with Gatsby.</p></footer></div>'
                '<div class="cookie-module--banner--7a8c0" role="dialog"><p>We use cookies to understand how our site is used.</p><button>Accept</button><button>Decline</button></div></div>'
                '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
                '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="%s";window.___webpackCompilationHash="%s";/*]]>*/</script>'
                '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-3f1e2b.js\\"],\\"component---src-templates-article-js\\":[\\"/component---src-templates-article-js-7d2c1a.js\\"]}";/*]]>*/</script>'
                '<script src="/webpack-runtime-4b0e9f.js" async=""></script><script src="/framework-1a2b3c.js" async=""></script><script src="/app-3f1e2b.js" async=""></script></body></html>') % (
            E(title.split(" | ")[0]), E(title), head, path, main, path, H)

    def teaser(a):
        return ('<article class="card-module--card--6b2f1"><p class="card-module--kicker--e3d2a">%s</p><h3 class="card-module--title--0a9b8"><a href="/news/%s/">%s</a></h3>'
                '<p class="card-module--dek--77c1f">%s</p><p class="card-module--date--3f4e5">%s</p></article>') % (a["kicker"], a["slug"], E(a["title"]), E(a["paras"][0][:140].rsplit(" ", 1)[0] + "…"), a["shown"])

    def pagedata(path, comp, data):
        s.put("/page-data%spage-data.json" % path, json.dumps({"componentChunkName": comp, "path": path, "result": {"data": data, "pageContext": {}},
                                                               "staticQueryHashes": ["2841359383", "3159585216"], "slicesMap": {}}, ensure_ascii=False))

    for i, a in enumerate(A):
        path = "/news/%s/" % a["slug"]
        others = [b for b in A if b is not a]
        cards = "".join(('<aside class="author-card-module--card--4c1d2"><div class="gatsby-image-wrapper author-card-module--avatar--0b9e1"><img alt="%s" src="/static/%s.jpg"/></div>'
                         '<div><p class="author-card-module--name--9e8f7"><a href="/authors/%s/">%s</a></p><p class="author-card-module--bio--1a2b3">%s</p></div></aside>') % (
            E(n), slug, slug, E(n), E(bio)) for n, slug, bio in a["authors"])
        body = ps(a["paras"][:3], "rich-text-module--p--d1e2f") + \
            '<div class="newsletter-module--inline--8c7b6"><h4>Get the Current in your inbox</h4><p>Our free newsletter lands Tuesday and Friday mornings with the news that matters in Northfield.</p><form><input type="email" placeholder="Email address"/><button>Sign up</button></form></div>' + \
            ps(a["paras"][3:], "rich-text-module--p--d1e2f")
        main = ('<article class="article-module--article--2f9a8"><div class="gatsby-image-wrapper gatsby-image-wrapper-constrained article-module--hero--c3d4e">'
                '<img aria-hidden="true" alt="" src="data:image/svg+xml;charset=utf-8,%%3Csvg height=\'600\' width=\'1000\' xmlns=\'http://www.w3.org/2000/svg\' version=\'1.1\'%%3E%%3C/svg%%3E"/>'
                '<noscript><img loading="lazy" src="//images.ctfassets.net/x7q2/%s.jpg" alt=""/></noscript></div>'
                '<p class="article-module--kicker--1e2d3">%s</p><h1 class="article-module--title--8f7e6">%s</h1>'
                '<div class="article-module--meta--5a4b3"><span>%s</span><span> · </span><span>%d min read</span></div>'
                '<div class="share-module--bar--0d1c2"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="mailto:?subject=%s">Email</a><button>Copy link</button></div>'
                '<div class="article-module--body--9c8d7">%s</div>%s</article>'
                '<section class="more-module--more--6e5f4"><h2>More from the Current</h2>%s</section>') % (
            a["slug"][:10], a["kicker"], E(a["title"]), a["shown"], a["rt"], s.url(path), E(a["title"]), body, cards, "".join(teaser(b) for b in others))
        doc = {"type": "document", "content": [{"nodeType": "paragraph", "content": [{"nodeType": "text", "value": p, "marks": []}]} for p in a["paras"]]}
        pagedata(path, "component---src-templates-article-js", {"contentfulArticle": {
            "title": a["title"], "slug": a["slug"], "kicker": a["kicker"], "publishDate": a["shown"], "publishDateIso": a["pub"],
            "createdAt": a["created"], "updatedAt": a["pub"], "readingTime": a["rt"],
            "authors": [{"name": n, "slug": sl, "bio": {"bio": b}} for n, sl, b in a["authors"]], "body": {"raw": json.dumps(doc, ensure_ascii=False)}}})
        names = [n for n, sl, b in a["authors"] if sl != "staff"]
        s.art(path, shell("%s | %s" % (a["title"], SN), main, path), a["title"], a["day"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["Our free newsletter lands Tuesday", others[0]["title"]])
    pagedata("/", "component---src-pages-index-js", {"allContentfulArticle": {"nodes": [{"title": a["title"], "slug": a["slug"], "publishDate": a["shown"]} for a in A]}})
    lead = A[0]
    s.non("/", shell(SN, ('<section class="home-module--lead--1f2e3"><p class="card-module--kicker--e3d2a">%s</p><h2><a href="/news/%s/">%s</a></h2><p>%s</p><p>%s</p></section>'
                          '<section class="home-module--latest--4d5c6"><h2>Latest</h2>%s</section><p><a href="/news/">All news</a></p>') % (
        lead["kicker"], lead["slug"], E(lead["title"]), E(lead["paras"][0]), E(lead["paras"][1]), "".join(teaser(b) for b in A[1:])), "/"))
    s.non("/news/", shell("News | " + SN, '<h1>News</h1>%s<nav class="pager-module--pager--0e1f2"><a href="/news/2/">Older stories →</a></nav>' % "".join(teaser(a) for a in A[:2]), "/news/"))
    s.non("/news/2/", shell("News, page 2 | " + SN, '<h1>News</h1>%s<nav class="pager-module--pager--0e1f2"><a href="/news/">← Newer stories</a></nav>' % teaser(A[2]), "/news/2/"))
    for t, name, items in (("schools", "Schools", A[:1]), ("land-use", "Land use", A[1:2])):
        s.non("/topics/%s/" % t, shell("%s | %s" % (name, SN), '<h1>%s</h1><p>Everything the Current has reported on %s in Northfield.</p>%s' % (name, name.lower(), "".join(teaser(a) for a in items)), "/topics/%s/" % t))
    for a in A:
        for n, sl, b in a["authors"]:
            if sl == "staff":
                s.non("/authors/staff/", shell("Staff | " + SN, '<div class="author-module--profile--2b3c4"><h1>Northfield Current Staff</h1><p>%s</p></div><h2>Stories</h2>%s' % (E(b), teaser(a)), "/authors/staff/"))
                continue
            s.non("/authors/%s/" % sl, shell("%s | %s" % (n, SN), '<div class="author-module--profile--2b3c4"><h1>%s</h1><p>%s</p><p>Email: %s@northfieldcurrent.example</p></div><h2>Stories</h2>%s' % (
                E(n), E(b), sl.split("-")[0], teaser(a)), "/authors/%s/" % sl))
    s.non("/events/", shell("Events | " + SN, '<h1>Community calendar</h1><ul class="events-module--list--9a8b7">'
          '<li><time dateTime="2025-04-08">April 8, 2025</time> · School board listening session, Northfield Middle School, 6:30 p.m.</li>'
          '<li><time dateTime="2025-04-12">April 12, 2025</time> · Cannon River cleanup, meet at Ames Park, 9 a.m.</li>'
          '<li><time dateTime="2025-04-19">April 19, 2025</time> · Spring farmers market opens, Bridge Square</li></ul><p>Submit an event: events@northfieldcurrent.example</p>', "/events/"))
    s.non("/about/", shell("About | " + SN, '<h1>About the Current</h1>%s' % ps([
        "The Northfield Current is a nonprofit, nonpartisan newsroom founded in 2020 after the town's weekly paper cut its last full-time reporter.",
        "We are funded by readers, local foundations and NewsMatch. Donors do not see stories before they are published and have no say in what we cover.",
        "Our staff: Elaine Porter, editor; Rosa Delgado, education reporter; Sam Whitaker, rural affairs reporter."]) + '<h2 id="ethics">Ethics policy</h2><p>We correct errors promptly and note every correction at the foot of the story.</p>', "/about/"))
    s.non("/donate/", shell("Donate | " + SN, '<h1>Support local news</h1><p>Every gift to the Current is matched dollar for dollar through December by NewsMatch.</p><form><button>$10/month</button><button>$25/month</button><button>Other</button></form>', "/donate/"))
    s.non("/newsletter/", shell("Newsletter | " + SN, '<h1>Newsletter</h1><p>Our free newsletter lands Tuesday and Friday mornings.</p><form><input type="email"/><button>Sign up</button></form>', "/newsletter/"))
    # "Send a tip" in the nav points at a page that was never built: Gatsby's 404 page is served
    s.non("/tips/", shell("404: Not found | " + SN, '<h1>404: Not Found</h1><p>You just hit a route that doesn&#x27;t exist... the sadness.</p>', "/404.html"))
    s.put("/page-data/app-data.json", json.dumps({"webpackCompilationHash": H}))
    s.sitemap(["/", "/news/", "/about/"] + ["/news/%s/" % a["slug"] for a in A], "/sitemap-0.xml")


# ------------------------------------------------------------ 7 Le Petit Rhodanien (Next.js + Strapi, fr)
def rhodanien():
    s = Site(7)
    SN = "Le Petit Rhodanien"
    A = [dict(path="/territoires/barrage-de-genissiat-vidange", rub=("territoires", "Territoires"), id=412,
              title="Le barrage de Génissiat va subir sa plus grande vidange depuis 2016",
              chapo="Pendant trois semaines en juin, le Rhône charriera des millions de mètres cubes de sédiments jusqu'à Lyon.",
              authors=["Camille Rousseau", "Julien Mercier"], byline="Par Camille Rousseau et Julien Mercier",
              date_pub="2025-03-12T17:05:00.000Z", shown="Publié le 12 mars 2025 à 18h05", upd="Mis à jour le 14 mars 2025 à 09h10",
              created="2025-03-11T15:40:12.004Z", updated="2025-03-14T08:10:02.118Z", published="2025-03-14T08:10:02.118Z", day="2025-03-12", paras=[
                  "La Compagnie nationale du Rhône procédera en juin à la vidange complète de la retenue de Génissiat, dans l'Ain, une opération qui n'avait pas eu lieu à cette échelle depuis 2016 et qui doit évacuer les sédiments accumulés derrière le barrage.",
                  "Pendant près de trois semaines, les vannes de fond seront ouvertes pour laisser passer la vase et le sable vers l'aval. Les autorités suisses, qui gèrent les barrages en amont de Genève, procéderont en même temps à des chasses sur l'Arve et le Rhône genevois.",
                  "Les pêcheurs et les associations environnementales redoutent les effets de cette masse de boue sur les poissons. En 2016, des milliers de truites et d'ombres avaient été retrouvés morts dans les jours suivant l'opération, faute d'oxygène dans l'eau.",
                  "La préfecture a fixé des seuils de matières en suspension à ne pas dépasser et imposé des mesures toutes les heures en plusieurs points jusqu'à Lyon. Les prises d'eau potable de plusieurs communes seront fermées pendant la durée de l'opération."]),
         dict(path="/territoires/valence-bus-ligne-6-electrique", rub=("territoires", "Territoires"), id=409,
              title="À Valence, la ligne de bus 6 passe entièrement à l'électrique",
              chapo="Douze véhicules neufs remplacent les bus diesel sur la ligne la plus fréquentée de l'agglomération.",
              authors=["Élise Fontaine"], byline="Par Élise Fontaine",
              date_pub="2025-03-10T06:30:00.000Z", shown="Publié le 10 mars 2025 à 07h30", upd=None,
              created="2025-03-09T17:02:00.000Z", updated="2025-03-10T06:30:00.000Z", published="2025-03-10T06:30:00.000Z", day="2025-03-10", paras=[
                  "Depuis lundi, tous les bus de la ligne 6, qui relie la gare de Valence-Ville au quartier de Fontbarlettes, roulent à l'électricité. L'agglomération a reçu douze véhicules neufs pour remplacer les bus diesel les plus anciens du réseau.",
                  "Chaque bus peut parcourir environ deux cent cinquante kilomètres avec une charge, ce qui suffit pour une journée de service. Ils sont rechargés la nuit au dépôt de la rue de Chabeuil, où des bornes ont été installées l'an dernier.",
                  "L'opération a coûté près de neuf millions d'euros, financés en partie par l'État et la Région. Les chauffeurs ont suivi une formation à l'éco-conduite, car le freinage récupère de l'énergie dans les descentes du plateau.",
                  "L'agglomération veut électrifier deux autres lignes d'ici 2027, mais elle attend de connaître le coût réel de l'entretien des batteries avant d'étendre le programme."]),
         dict(path="/opinions/tribune-berges-du-rhone-parking", rub=("opinions", "Opinions"), id=401,
              title="« Les berges du Rhône ne sont pas un parking »",
              chapo="Pour la présidente de l'association Rhône Vivant, la ville d'Avignon doit renoncer au stationnement sur les quais.",
              authors=["Hélène Vidal"], byline="Par Hélène Vidal, présidente de l'association Rhône Vivant",
              date_pub="2025-03-07T10:00:00.000Z", shown="Publié le 7 mars 2025 à 11h00", upd=None,
              created="2025-03-06T09:12:00.000Z", updated="2025-03-07T10:00:00.000Z", published="2025-03-07T10:00:00.000Z", day="2025-03-07", paras=[
                  "Chaque matin, des centaines de voitures se garent sur les quais de la Ligne, à quelques mètres du fleuve. Elles y restent toute la journée, moteur froid, pendant que les promeneurs se faufilent entre les pare-chocs pour apercevoir le Rhône.",
                  "La municipalité promet depuis dix ans de rendre les berges aux piétons. Le projet présenté en février se contente pourtant de repeindre les places et d'ajouter quelques bancs. C'est une occasion manquée.",
                  "D'autres villes ont fait ce choix avec succès. À Lyon, les berges libérées des voitures sont devenues l'un des lieux les plus fréquentés de la ville, et les commerces voisins n'ont pas perdu de clients, bien au contraire.",
                  "Nous demandons un calendrier clair : la fin du stationnement sur les quais d'ici 2027, des parkings relais aux entrées de la ville et une vraie concertation avec les habitants des quartiers riverains."])]
    BUILD = "Xq3mR8t2LkP0aZ1bC7dE"

    def shell(title, main, head, page, props, query):
        nd = {"props": {"pageProps": props, "__N_SSG": True}, "page": page, "query": query, "buildId": BUILD, "isFallback": False, "gsp": True, "scriptLoader": []}
        return ('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
                '<meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/8e2b4f1c3a5d6e7f.css" as="style"/>'
                '<link rel="stylesheet" href="/_next/static/css/8e2b4f1c3a5d6e7f.css" data-n-g=""/><noscript data-n-css=""></noscript>'
                '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
                '<script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script>'
                '<script src="/_next/static/chunks/main-a1b2c3d4e5f60718.js" defer=""></script><script src="/_next/static/%s/_buildManifest.js" defer=""></script></head>'
                '<body><div id="__next"><div class="Layout_wrapper__Q2x7p"><div class="Didomi_banner__k2P0a" role="dialog"><p>Nous utilisons des cookies pour mesurer l\'audience et vous proposer des contenus adaptés.</p>'
                '<button>Accepter</button><button>Refuser</button><a href="/a-propos#cookies">Paramétrer</a></div>'
                '<header class="Header_header__Zp1x9"><a class="Header_logo__m3N8d" href="/">Le Petit <strong>Rhodanien</strong></a>'
                '<nav class="Header_nav__u7Y2c"><a href="/territoires">Territoires</a><a href="/environnement">Environnement</a><a href="/opinions">Opinions</a>'
                '<a href="/dossiers/le-rhone-en-partage">Dossier : Le Rhône en partage</a><a href="/evenements">Événements</a><a href="/recherche">Rechercher</a></nav></header>'
                '<main class="Layout_main__W4e1v">%s</main><footer class="Footer_footer__Lb6v3"><p>Le Petit Rhodanien, le média indépendant de la vallée du Rhône.</p>'
                '<a href="/a-propos">À propos</a> · <a href="/a-propos#mentions">Mentions légales</a></footer></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (
            E(title), head, BUILD, main, json.dumps(nd, ensure_ascii=False).replace("</", "<\\/"))

    def strapi(a):
        return {"id": a["id"], "attributes": {"titre": a["title"], "slug": a["path"].rsplit("/", 1)[1], "chapo": a["chapo"], "date_publication": a["date_pub"],
                                              "signature": a["byline"], "contenu": "\n\n".join(a["paras"]), "createdAt": a["created"], "updatedAt": a["updated"],
                                              "publishedAt": a["published"], "locale": "fr",
                                              "rubrique": {"data": {"id": 2 if a["rub"][0] == "territoires" else 5, "attributes": {"nom": a["rub"][1], "slug": a["rub"][0]}}},
                                              "auteurs": {"data": [{"id": 10 + k, "attributes": {"nom": n, "slug": slugify(n)}} for k, n in enumerate(a["authors"])]}}}

    def teaser(a):
        return ('<article class="Card_card__Hn3x0"><span class="Card_rubrique__b2K1s">%s</span><h3 class="Card_titre__s8Pq4"><a href="%s">%s</a></h3><p class="Card_chapo__P0o9i">%s</p></article>') % (
            a["rub"][1], a["path"], E(a["title"]), E(a["chapo"]))

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        bl = E(a["byline"])
        for n in a["authors"]:
            if a["rub"][0] != "opinions":
                bl = bl.replace(E(n), '<a href="/auteurs/%s">%s</a>' % (slugify(n), E(n)))
        body = ps(a["paras"][:2], "Article_para__T5r2w") + \
            '<aside class="Article_lireaussi__V1b8n"><strong>À lire aussi</strong> <a href="%s">%s</a></aside>' % (others[0]["path"], E(others[0]["title"])) + \
            ps(a["paras"][2:], "Article_para__T5r2w")
        main = ('<article class="Article_article__R9k2m"><nav class="Breadcrumb_crumbs__F4s8d"><a href="/">Accueil</a> › <a href="/%s">%s</a></nav>'
                '<h1 class="Article_titre__J3v5n">%s</h1><p class="Article_chapo__X7c1b">%s</p><div class="Article_meta__N2q6w"><span class="Article_auteurs__E5t3y">%s</span>'
                '<span class="Article_dates__C8u4i">%s%s</span><span class="Article_lecture__A1z9o">Lecture : 4 min</span></div>'
                '<div class="Share_bar__G6h2j"><button>Partager</button><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://www.linkedin.com/sharing/share-offsite/?url=%s">LinkedIn</a></div>'
                '<div class="Article_contenu__Y4r8t">%s</div><div class="Newsletter_box__K9f3e"><p>Recevez chaque vendredi l\'essentiel de l\'actualité de la vallée du Rhône.</p><input type="email" placeholder="Votre e-mail"/><button>Je m\'inscris</button></div>'
                '</article><section class="Related_related__D3w7q"><h2>Sur le même sujet</h2>%s</section>') % (
            a["rub"][0], a["rub"][1], E(a["title"]), E(a["chapo"]), bl, a["shown"], (' · ' + a["upd"]) if a["upd"] else "", s.url(a["path"]), s.url(a["path"]),
            body, "".join(teaser(b) for b in others))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(a["path"])}, "headline": a["title"],
              "image": [s.url("/uploads/%d.jpg" % a["id"])], "datePublished": a["published"], "dateModified": a["updated"],
              "author": [{"@type": "Person", "name": n} for n in a["authors"]], "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}},
              "description": a["chapo"]}
        head = ('<meta name="robots" content="index,follow"/><meta name="description" content="%s"/><meta property="og:title" content="%s | %s"/>'
                '<meta property="og:description" content="%s"/><meta property="og:url" content="%s"/><meta property="og:type" content="article"/>'
                '<meta property="article:published_time" content="%s"/><meta property="article:modified_time" content="%s"/>%s'
                '<meta property="og:site_name" content="%s"/><link rel="canonical" href="%s"/>%s') % (
            E(a["chapo"]), E(a["title"]), SN, E(a["chapo"]), s.url(a["path"]), a["published"], a["updated"],
            "".join('<meta property="article:author" content="%s"/>' % E(n) for n in a["authors"]), SN, s.url(a["path"]), jl(ld))
        s.art(a["path"], shell("%s | %s" % (a["title"], SN), main, head, "/[rubrique]/[slug]", {"article": strapi(a)}, {"rubrique": a["rub"][0], "slug": a["path"].rsplit("/", 1)[1]}),
              a["title"], a["day"], a["authors"], must=[a["paras"][1], a["paras"][-1]],
              must_not=["Recevez chaque vendredi", "Nous utilisons des cookies", "Lecture : 4 min", others[1]["chapo"]])
    lst = {"articles": {"data": [strapi(a) for a in A], "meta": {"pagination": {"page": 1, "pageSize": 12, "pageCount": 1, "total": 3}}}}
    hh = '<meta property="og:type" content="website"/><meta property="og:site_name" content="%s"/>' % SN
    s.non("/", shell("%s – L'actualité de la vallée du Rhône" % SN, '<section class="Une_une__Q8w3e"><h2 class="Une_titre__p2K9s"><a href="%s">%s</a></h2><p>%s</p><p>%s</p></section>%s' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["chapo"]), E(A[0]["paras"][0]), "".join(teaser(b) for b in A[1:])), hh, "/", lst, {}))
    for rub, name, items in (("territoires", "Territoires", A[:2]), ("environnement", "Environnement", A[:1]), ("opinions", "Opinions", A[2:])):
        s.non("/" + rub, shell("%s | %s" % (name, SN), '<h1 class="Rubrique_titre__x2">%s</h1>%s' % (name, "".join(teaser(b) for b in items)), hh, "/[rubrique]", lst, {"rubrique": rub}))
    for n, items, bio in (("Camille Rousseau", A[:1], "Journaliste, couvre l'environnement et le fleuve."), ("Julien Mercier", A[:1], "Journaliste, basé à Bellegarde."),
                          ("Élise Fontaine", A[1:2], "Journaliste, couvre la Drôme et l'Ardèche.")):
        s.non("/auteurs/" + slugify(n), shell("%s | %s" % (n, SN), '<div class="Auteur_profil__a1"><h1>%s</h1><p>%s</p></div>%s' % (E(n), bio, "".join(teaser(b) for b in items)), hh, "/auteurs/[slug]", lst, {"slug": slugify(n)}))
    s.non("/dossiers/le-rhone-en-partage", shell("Le Rhône en partage | %s" % SN, ('<header class="Dossier_header__z1"><span>Dossier</span><h1>Le Rhône en partage</h1>'
          '<p class="Dossier_intro__q2">Barrages, navigation, baignade, irrigation, centrales nucléaires : tout le monde veut sa part du fleuve, alors que son débit d\'été pourrait baisser d\'un tiers d\'ici 2050. '
          'Pendant un an, la rédaction du Petit Rhodanien raconte comment les riverains se partagent une ressource qui s\'amenuise, du Léman à la Camargue.</p></header>%s') % "".join(teaser(b) for b in A),
        hh, "/dossiers/[slug]", lst, {"slug": "le-rhone-en-partage"}))
    s.non("/recherche", shell("Rechercher | %s" % SN, '<h1>Rechercher</h1><form role="search"><input type="search" name="q" placeholder="Rechercher un article"/><button>OK</button></form><p>Saisissez au moins trois caractères.</p>',
                              hh, "/recherche", {}, {}))
    s.non("/evenements", shell("404 : Cette page est introuvable", '<div style="font-family:system-ui;height:100vh;text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center">'
          '<div><h1 class="next-error-h1" style="display:inline-block;margin:0 20px 0 0;padding:0 23px 0 0;font-size:24px;font-weight:500;vertical-align:top;line-height:49px">404</h1>'
          '<div style="display:inline-block"><h2 style="font-size:14px;font-weight:400;line-height:49px;margin:0">Cette page est introuvable.</h2></div></div></div>', "", "/404", {}, {}))
    s.non("/a-propos", shell("À propos | %s" % SN, '<h1>À propos</h1>%s<h2 id="mentions">Mentions légales</h2><p>Éditeur : SAS Rhodanien Médias, Valence. Directrice de la publication : Camille Rousseau.</p>' % ps([
        "Le Petit Rhodanien est un média indépendant fondé en 2022 par des journalistes de la vallée du Rhône, de Genève à la Méditerranée.",
        "Il est financé par ses abonnés et ne publie pas de publicité."]), hh, "/a-propos", {}, {}))
    s.sitemap(["/", "/territoires", "/opinions"] + [a["path"] for a in A], robots="User-agent: *\nAllow: /\nDisallow: /api/\n")


# ------------------------------------------------------------ 8 Seeblick Aktuell (Nuxt 2 + Storyblok, de)
def seeblick():
    s = Site(8)
    SN = "Seeblick Aktuell"
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    t1 = NOW - datetime.timedelta(hours=5)
    yday = (NOW.astimezone(berlin) - datetime.timedelta(days=1)).replace(hour=17, minute=40)
    t2 = yday.astimezone(datetime.timezone.utc)
    t3 = datetime.datetime(2025, 3, 14, 7, 30, tzinfo=datetime.timezone.utc)
    A = [dict(slug="faehre-konstanz-meersburg-halbstundentakt", title="Fähre Konstanz–Meersburg fährt wieder im Halbstundentakt", kicker="Konstanz",
              teaser="Nach Monaten mit Personalmangel sind alle fünf Schiffe wieder im Einsatz.", when=t1, shown="vor 5 Stunden", truth="fetch-5",
              byline="Von Lena Hoffmann und Felix Brandt", authors=["Lena Hoffmann", "Felix Brandt"], paras=[
                  "Die Autofähre zwischen Konstanz-Staad und Meersburg fährt ab sofort wieder tagsüber im Halbstundentakt. Die Stadtwerke Konstanz haben genug Decksleute und Kapitäne eingestellt, um wieder alle fünf Schiffe einzusetzen.",
                  "Seit dem Herbst hatten die Fähren wegen Personalmangels nur jede Stunde abgelegt. Pendler aus dem Hinterland von Meersburg standen morgens teils eine Stunde in der Warteschlange, die sich bis auf die Bundesstraße zurückstaute.",
                  "Die Stadtwerke haben nach eigenen Angaben elf neue Mitarbeiter eingestellt, darunter vier Quereinsteiger aus der Binnenschifffahrt. Außerdem wurde die Ausbildung zum Schiffsführer auf dem Bodensee verkürzt.",
                  "Im Sommer soll die Fähre zusätzlich bis Mitternacht fahren. Die Preise bleiben unverändert, das Bodensee-Ticket gilt weiterhin auch für Fußgänger und Radfahrer."]),
         dict(slug="bodensee-pegel-niedrig", title="Pegel des Bodensees so niedrig wie seit Jahren nicht", kicker="Umwelt",
              teaser="Am Pegel Konstanz fehlen fast 40 Zentimeter zum langjährigen Mittel.", when=t2, shown="Gestern, 17:40 Uhr", truth="fetch-day1",
              byline="Von Sabine Roth", authors=["Sabine Roth"], paras=[
                  "Der Wasserstand des Bodensees liegt derzeit fast vierzig Zentimeter unter dem langjährigen Mittel für diese Jahreszeit. Am Pegel Konstanz wurden am Mittwoch 2,71 Meter gemessen.",
                  "Grund sind der schneearme Winter in den Alpen und der trockene Herbst. Der Alpenrhein, der den See zu zwei Dritteln speist, führt deutlich weniger Wasser als üblich.",
                  "In mehreren Häfen liegen Boote bereits auf Grund. Der Segelclub in Langenargen hat seine Mitglieder gebeten, die Boote erst später ins Wasser zu lassen, und die Bodensee-Schiffsbetriebe prüfen, ob alle Anlegestellen im Frühjahr angefahren werden können.",
                  "Fachleute rechnen damit, dass der See mit der Schneeschmelze im Mai und Juni wieder steigt. Ob er das Mittel erreicht, hängt vom Wetter der kommenden Wochen ab."]),
         dict(slug="messe-friedrichshafen-besucherrekord", title="Messe Friedrichshafen meldet Besucherrekord bei der Motorradwelt", kicker="Friedrichshafen",
              teaser="Mehr als 100.000 Besucher kamen an drei Tagen.", when=t3, shown="14.03.2025, 08:30 Uhr", truth="2025-03-14",
              byline="Von dpa", authors=[], paras=[
                  "Die Motorradmesse in Friedrichshafen hat am Wochenende so viele Besucher angezogen wie nie zuvor. Nach Angaben der Veranstalter kamen an drei Tagen mehr als hunderttausend Menschen auf das Messegelände.",
                  "Gut dreihundert Aussteller aus fünfzehn Ländern zeigten neue Maschinen, Zubehör und Reiseangebote. Besonders gefragt waren nach Angaben der Messe Elektromotorräder und Reiseenduros.",
                  "Wegen des großen Andrangs war die Zufahrt über die B 31 zeitweise verstopft. Die Polizei empfahl, mit dem Shuttlebus vom Bahnhof anzureisen.",
                  "Die nächste Ausgabe der Messe ist für Anfang März des kommenden Jahres geplant."])]

    def iso(t):
        return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def shell(title, main, head, nuxt):
        return ('<!doctype html>\n<html data-n-head-ssr lang="de" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22de%22%7D%7D">\n<head><title>' + E(title) + '</title>'
                '<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">' + head +
                '<link rel="preload" href="/_nuxt/a3f2c1e.modern.js" as="script"><link rel="preload" href="/_nuxt/9b8d7e6.modern.js" as="script">'
                '<style data-vue-ssr-id="4f2a1b0c:0">.teaser[data-v-6c3a1b2e]{margin-bottom:1rem}</style></head>\n<body>\n'
                '<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="page" data-v-6c3a1b2e>'
                '<div class="consent-layer" data-v-1e9f0d2a><p data-v-1e9f0d2a>Wir und unsere Partner nutzen Cookies, um Inhalte und Werbung zu personalisieren.</p><button data-v-1e9f0d2a>Alle akzeptieren</button><button data-v-1e9f0d2a>Einstellungen</button></div>'
                '<header class="site-header" data-v-2b7c4d1e><a href="/" class="nuxt-link-active logo" data-v-2b7c4d1e>Seeblick <span data-v-2b7c4d1e>Aktuell</span></a>'
                '<nav data-v-2b7c4d1e><a href="/lokales" data-v-2b7c4d1e>Lokales</a><a href="/region" data-v-2b7c4d1e>Region</a><a href="/themen/bodensee-pegel" data-v-2b7c4d1e>Bodensee-Pegel</a>'
                '<a href="/wetter" data-v-2b7c4d1e>Wetter</a><a href="/newsletter" data-v-2b7c4d1e>Newsletter</a></nav></header>'
                '<div class="ad-slot ad-slot--superbanner" data-v-6c3a1b2e><span data-v-6c3a1b2e>Anzeige</span></div>'
                '<main data-v-6c3a1b2e>' + main + '</main>'
                '<footer class="site-footer" data-v-3a8e5f7b><a href="/impressum" data-v-3a8e5f7b>Impressum</a><a href="/datenschutz" data-v-3a8e5f7b>Datenschutz</a>'
                '<p data-v-3a8e5f7b>© 2025 Seeblick Medien GmbH, Friedrichshafen</p></footer></div></div></div>'
                '<script>window.__NUXT__=' + nuxt + '</script><script src="/_nuxt/a3f2c1e.modern.js" defer></script><script src="/_nuxt/9b8d7e6.modern.js" defer></script>\n</body>\n</html>')

    def nuxt(data, route):
        # Nuxt 2 serialises its state through devalue: a function whose arguments carry the repeated values
        js = json.dumps({"layout": "default", "data": data, "fetch": {}, "error": None, "serverRendered": True, "routePath": route,
                         "config": {"storyblokVersion": "published", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}, ensure_ascii=False)
        return "(function(a,b,c){return %s}(null,false,\"de\"));" % js.replace("</", "<\\/")

    def teaser(a):
        return ('<article class="teaser" data-v-6c3a1b2e><span class="teaser__kicker" data-v-6c3a1b2e>%s</span><h2 class="teaser__title" data-v-6c3a1b2e><a href="/lokales/%s" data-v-6c3a1b2e>%s</a></h2>'
                '<p data-v-6c3a1b2e>%s</p><time datetime="%s" data-v-6c3a1b2e>%s</time></article>') % (a["kicker"], a["slug"], E(a["title"]), E(a["teaser"]), iso(a["when"]), a["shown"])

    def sb(a):
        return {"name": a["title"], "created_at": iso(a["when"] - datetime.timedelta(minutes=50)), "published_at": iso(a["when"] + datetime.timedelta(minutes=12)),
                "first_published_at": iso(a["when"]), "full_slug": "lokales/" + a["slug"], "uuid": "7c1f%08x" % (sum(map(ord, a["slug"])) * 7919),
                "content": {"component": "article", "kicker": a["kicker"], "headline": a["title"], "teaser": a["teaser"], "byline": a["byline"],
                            "body": {"type": "doc", "content": [{"type": "paragraph", "content": [{"text": p, "type": "text"}]} for p in a["paras"]]}}}

    for i, a in enumerate(A):
        path = "/lokales/" + a["slug"]
        others = [b for b in A if b is not a]
        body = ps(a["paras"][:2]) + '<div class="ad-slot ad-slot--mrec" data-v-6c3a1b2e><span>Anzeige</span></div>' + \
            '<div class="also-read" data-v-7d4e2f1a><span data-v-7d4e2f1a>Auch interessant:</span> <a href="/lokales/%s" data-v-7d4e2f1a>%s</a></div>' % (others[0]["slug"], E(others[0]["title"])) + ps(a["paras"][2:])
        main = ('<article class="article" data-v-7d4e2f1a><header data-v-7d4e2f1a><span class="article__kicker" data-v-7d4e2f1a>%s</span><h1 class="article__headline" data-v-7d4e2f1a>%s</h1>'
                '<p class="article__teaser" data-v-7d4e2f1a>%s</p><div class="article__meta" data-v-7d4e2f1a><span class="article__author" data-v-7d4e2f1a>%s</span> | '
                '<time datetime="%s" data-v-7d4e2f1a>%s</time></div></header><div class="article__body" data-v-7d4e2f1a>%s</div>'
                '<div class="newsletter-teaser" data-v-7d4e2f1a><p data-v-7d4e2f1a>Der Seeblick-Morgen: Jeden Werktag um 6 Uhr die wichtigsten Nachrichten vom See in Ihrem Postfach.</p><a href="/newsletter" data-v-7d4e2f1a>Jetzt anmelden</a></div>'
                '</article><aside class="more" data-v-6c3a1b2e><h3 data-v-6c3a1b2e>Mehr aus der Region</h3>%s</aside>') % (
            a["kicker"], E(a["title"]), E(a["teaser"]), E(a["byline"]).replace("Sabine Roth", '<a href="/autoren/sabine-roth" data-v-7d4e2f1a>Sabine Roth</a>'),
            iso(a["when"]), a["shown"], body, "".join(teaser(b) for b in others))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["teaser"], "datePublished": iso(a["when"]),
              "dateModified": iso(a["when"] + datetime.timedelta(minutes=12)), "author": {"@type": "Organization", "name": SN, "url": s.url("/")},
              "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/logo.png")}}, "mainEntityOfPage": s.url(path)}
        head = ('<meta data-n-head="ssr" data-hid="description" name="description" content="%s"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="%s – %s">'
                '<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="%s">'
                '<link data-n-head="ssr" rel="canonical" href="%s"><script data-n-head="ssr" data-hid="ldjson" type="application/ld+json">%s</script>') % (
            E(a["teaser"]), E(a["title"]), SN, s.url(path), s.url(path), json.dumps(ld, ensure_ascii=False))
        s.art(path, shell("%s – %s" % (a["title"], SN), main, head, nuxt([{"story": sb(a)}], path)), a["title"], a["truth"], a["authors"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Der Seeblick-Morgen", "Wir und unsere Partner nutzen Cookies", others[0]["title"]])
    hh = '<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="website">'
    lst = nuxt([{"stories": [{"name": a["title"], "full_slug": "lokales/" + a["slug"], "first_published_at": iso(a["when"])} for a in A]}], "/")
    s.non("/", shell("%s – Nachrichten vom Bodensee" % SN, '<section class="aufmacher" data-v-6c3a1b2e>%s</section><section data-v-6c3a1b2e><h2>Neueste Nachrichten</h2>%s</section>' % (teaser(A[0]), "".join(teaser(b) for b in A[1:])), hh, lst))
    s.non("/lokales", shell("Lokales – %s" % SN, '<h1 data-v-6c3a1b2e>Lokales</h1>%s' % "".join(teaser(b) for b in A), hh, lst))
    s.non("/region", shell("Region – %s" % SN, '<h1 data-v-6c3a1b2e>Region</h1>%s' % "".join(teaser(b) for b in A[1:]), hh, lst))
    s.non("/themen/bodensee-pegel", shell("Bodensee-Pegel: Aktuelle Nachrichten – %s" % SN, ('<h1 data-v-6c3a1b2e>Bodensee-Pegel</h1><div class="pegel-widget" data-v-6c3a1b2e><p>Pegel Konstanz: <strong>2,71 m</strong> (Stand heute, 6 Uhr)</p>'
          '<p>Mittelwasser März: 3,10 m</p></div><p>Alle Berichte zum Wasserstand des Bodensees.</p>%s') % teaser(A[1]), hh, lst))
    s.non("/autoren/sabine-roth", shell("Sabine Roth – %s" % SN, '<div class="autor" data-v-6c3a1b2e><h1>Sabine Roth</h1><p>Redakteurin für Umwelt und Natur. Sabine Roth lebt in Lindau und schreibt seit 2015 für Seeblick Aktuell.</p></div>%s' % teaser(A[1]), hh, lst))
    s.non("/wetter", shell("Wetter am Bodensee – %s" % SN, '<h1>Wetter am Bodensee</h1><ul><li>Heute: sonnig, 14 Grad</li><li>Morgen: wolkig, 12 Grad</li><li>Übermorgen: Regen, 9 Grad</li></ul><p>Wassertemperatur: 6 Grad</p><a href="/lokales">Lokales</a>', hh, lst))
    s.non("/newsletter", shell("Newsletter – %s" % SN, '<h1>Der Seeblick-Morgen</h1><p>Jeden Werktag um 6 Uhr die wichtigsten Nachrichten vom See in Ihrem Postfach.</p><form><input type="email"><button>Anmelden</button></form>', hh, lst))
    s.non("/impressum", shell("Impressum – %s" % SN, '<h1>Impressum</h1><p>Seeblick Medien GmbH, Seestraße 5, 88045 Friedrichshafen. Geschäftsführer: Thomas Keller. Chefredaktion: Lena Hoffmann.</p>', hh, lst))
    s.non("/datenschutz", shell("Datenschutz – %s" % SN, '<h1>Datenschutzerklärung</h1><p>Wir verarbeiten personenbezogene Daten nur im Rahmen der DSGVO. Verantwortlich: Seeblick Medien GmbH.</p>', hh, lst))
    s.sitemap(["/", "/lokales", "/region"] + ["/lokales/" + a["slug"] for a in A])


# ------------------------------------------------------------ 9 Estuaire Info (SvelteKit, fr)
def estuaire():
    s = Site(9)
    SN = "Estuaire Info"
    A = [dict(slug="saint-nazaire-chantier-naval-embauche-soudeurs", title="Saint-Nazaire : le chantier naval embauche 400 soudeurs", rub="Économie",
              iso="2025-03-11T08:00:00+01:00", shown="11/03/2025", time="08h00", byline=[("Julien Mercier", "julien-mercier")], extra=None, lecture=4, truth=["Julien Mercier"], day="2025-03-11", paras=[
                  "Les Chantiers de l'Atlantique vont recruter quatre cents soudeurs et tuyauteurs d'ici la fin de l'année pour tenir le calendrier de trois paquebots commandés par deux armateurs italiens et américains.",
                  "L'entreprise, qui emploie plus de trois mille personnes à Saint-Nazaire, peine à trouver ces profils dans la région. Elle a ouvert avec France Travail une école de soudure de seize semaines, rémunérée, sur le site même du chantier.",
                  "Les syndicats saluent les embauches mais réclament que les nouveaux venus soient recrutés en contrat à durée indéterminée plutôt que par les sous-traitants, qui fournissent aujourd'hui plus de la moitié des ouvriers présents à bord des navires en construction.",
                  "La ville de Saint-Nazaire s'inquiète aussi du logement : plusieurs centaines de travailleurs détachés occupent déjà des meublés de tourisme et des campings de la presqu'île pendant l'hiver."]),
         dict(slug="enquete-estuaire-loire-roselieres", title="Enquête : l'estuaire de la Loire perd ses roselières", rub="Environnement",
              iso="2025-03-12T00:30:00+01:00", shown="12/03/2025", time="00h30", byline=[("Élise Fontaine", "elise-fontaine"), ("Camille Rousseau", "camille-rousseau"), ("Marc Leroy", None)],
              extra="Édition : Paul Garnier. Cartographie : Inès Bouvier.", lecture=9, truth=["Élise Fontaine", "Camille Rousseau", "Marc Leroy"], day="2025-03-12", paras=[
                  "En trente ans, l'estuaire de la Loire a perdu près d'un quart de ses roselières, ces prairies de roseaux qui bordent le fleuve entre Nantes et Saint-Nazaire et abritent des milliers d'oiseaux migrateurs.",
                  "Nous avons comparé les photographies aériennes de l'Institut géographique national depuis 1993 avec les relevés des naturalistes. Les roselières ont reculé surtout sur la rive sud, là où la salinité de l'eau a le plus augmenté.",
                  "La cause principale est connue : les dragages successifs du chenal de navigation, qui permettent aux navires de remonter jusqu'à Nantes, ont fait entrer la marée salée beaucoup plus loin dans l'estuaire. Les roseaux ne supportent pas le sel.",
                  "Le Grand Port maritime assure que les dragages actuels se limitent à l'entretien du chenal. Un programme de restauration de cinquante hectares est à l'étude, mais il n'a pas encore de financement."]),
         dict(slug="bac-de-coueron-suspendu-trois-semaines", title="Le bac de Couëron suspendu pour trois semaines", rub="Mobilités",
              iso="2025-03-06T17:20:00+01:00", shown="06/03/2025", time="17h20", byline=[("la rédaction", None)], extra=None, lecture=2, truth=[], day="2025-03-06", paras=[
                  "Le bac qui relie Couëron au Pellerin ne circulera pas du 17 mars au 6 avril, le temps d'une révision complète de ses moteurs et de sa coque au chantier naval de Saint-Nazaire, a annoncé le Département.",
                  "Près de deux mille véhicules empruntent chaque jour ce bac gratuit, l'un des deux derniers qui traversent la Loire en aval de Nantes. Pendant les travaux, les automobilistes devront passer par le pont de Cheviré, souvent embouteillé aux heures de pointe.",
                  "Une navette fluviale réservée aux piétons et aux cyclistes sera mise en place le matin et en fin d'après-midi. Le Département recommande aux usagers réguliers de privilégier le covoiturage."])]
    RUB = {"Économie": "economie", "Environnement": "environnement", "Mobilités": "mobilites"}

    def shell(title, main, head, data, ids="[0, 3]"):
        return ('<!doctype html>\n<html lang="fr">\n\t<head>\n\t\t<meta charset="utf-8" />\n\t\t<link rel="icon" href="/favicon.png" />\n\t\t<meta name="viewport" content="width=device-width, initial-scale=1" />\n\t\t'
                '<link href="/_app/immutable/assets/0.C3f8aK2d.css" rel="stylesheet">\n\t\t<link rel="modulepreload" href="/_app/immutable/entry/start.B7xQm1pD.js">\n\t\t'
                '<link rel="modulepreload" href="/_app/immutable/chunks/entry.Dm2aX9kL.js">\n\t\t<link rel="modulepreload" href="/_app/immutable/nodes/3.Ck4n8PzQ.js"><!--[--><title>%s</title>%s<!--]-->\n\t</head>\n'
                '\t<body data-sveltekit-preload-data="hover">\n\t\t<div style="display: contents"><!--[--><!--[--><!----><div class="app svelte-12qhfyh">'
                '<header class="svelte-1u9z1tp"><a class="logo svelte-1u9z1tp" href="/">Estuaire<span class="svelte-1u9z1tp">.info</span></a>'
                '<nav class="svelte-1u9z1tp"><ul class="svelte-1u9z1tp"><li class="svelte-1u9z1tp"><a href="/articles" class="svelte-1u9z1tp">Tous les articles</a></li>'
                '<li class="svelte-1u9z1tp"><a href="/rubriques/environnement" class="svelte-1u9z1tp">Environnement</a></li><li class="svelte-1u9z1tp"><a href="/rubriques/economie" class="svelte-1u9z1tp">Économie</a></li>'
                '<li class="svelte-1u9z1tp"><a href="/podcasts" class="svelte-1u9z1tp">Podcasts</a></li><li class="svelte-1u9z1tp"><a href="/a-propos" class="svelte-1u9z1tp">À propos</a></li></ul></nav></header>'
                '<main class="svelte-12qhfyh"><!----><!---->%s<!----></main>'
                '<footer class="svelte-1b0xe4r"><p class="svelte-1b0xe4r">Estuaire Info, journal en ligne indépendant · Saint-Nazaire · <a href="/newsletter">Newsletter</a> · <a href="/rss.xml">RSS</a></p></footer></div><!----><!--]--><!--]-->\n'
                '\t\t\t<script>\n\t\t\t\t{\n\t\t\t\t\t__sveltekit_1x7hq2b = {\n\t\t\t\t\t\tbase: new URL(".", location).pathname.slice(0, -1)\n\t\t\t\t\t};\n\n\t\t\t\t\tconst element = document.currentScript.parentElement;\n\n'
                '\t\t\t\t\tconst data = %s;\n\n\t\t\t\t\tPromise.all([\n\t\t\t\t\t\timport("/_app/immutable/entry/start.B7xQm1pD.js"),\n\t\t\t\t\t\timport("/_app/immutable/entry/app.Qz5vR0aE.js")\n'
                '\t\t\t\t\t]).then(([kit, app]) => {\n\t\t\t\t\t\tkit.start(app, element, {\n\t\t\t\t\t\t\tnode_ids: %s,\n\t\t\t\t\t\t\tdata,\n\t\t\t\t\t\t\tform: null,\n\t\t\t\t\t\t\terror: null\n\t\t\t\t\t\t});\n\t\t\t\t\t});\n\t\t\t\t}\n\t\t\t</script>\n'
                '\t\t</div>\n\t</body>\n</html>\n') % (E(title), head, main, data, ids)

    def svdata(obj):
        # SvelteKit's devalue.uneval output: unquoted keys
        j = json.dumps(obj, ensure_ascii=False)
        for k in ("type", "data", "uses", "params", "post", "posts", "slug", "title", "rubrique", "date", "auteurs", "nom", "html", "lecture"):
            j = j.replace('"%s":' % k, '%s:' % k)
        return "[null,%s]" % j.replace("</", "<\\/")

    def card(a):
        return ('<li class="svelte-9x2k1m"><a href="/rubriques/%s" class="rubrique svelte-9x2k1m">%s</a><a href="/articles/%s" class="svelte-9x2k1m"><h2 class="svelte-9x2k1m">%s</h2></a>'
                '<p class="svelte-9x2k1m">%s</p><time datetime="%s" class="svelte-9x2k1m">%s</time></li>') % (RUB[a["rub"]], a["rub"], a["slug"], E(a["title"]), E(a["paras"][0][:150].rsplit(" ", 1)[0] + "…"), a["iso"], a["shown"])

    for i, a in enumerate(A):
        path = "/articles/" + a["slug"]
        others = [b for b in A if b is not a]
        names = []
        for n, sl in a["byline"]:
            names.append('<a href="/auteurs/%s" class="svelte-1kz0c3q">%s</a>' % (sl, E(n)) if sl else E(n))
        by = "Par " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1])
        body = ps(a["paras"]) + ('<p class="credits svelte-1kz0c3q"><em>%s</em></p>' % E(a["extra"]) if a["extra"] else "")
        main = ('<article class="svelte-1kz0c3q"><p class="rubrique svelte-1kz0c3q"><a href="/rubriques/%s">%s</a></p><h1 class="svelte-1kz0c3q">%s</h1><div class="byline svelte-1kz0c3q"><span>%s</span><span class="sep svelte-1kz0c3q">·</span>'
                '<time datetime="%s">%s à %s</time><span class="sep svelte-1kz0c3q">·</span><span>Lecture %d min</span></div>'
                '<div class="contenu svelte-1kz0c3q"><!---->%s<!----></div>'
                '<div class="soutien svelte-1kz0c3q"><p class="svelte-1kz0c3q">Estuaire Info est gratuit et sans publicité grâce à ses 900 donateurs. Soutenez-nous à partir de 2 € par mois.</p><a href="/a-propos#soutenir" class="svelte-1kz0c3q">Faire un don</a></div>'
                '</article><aside class="svelte-1kz0c3q"><h2 class="svelte-1kz0c3q">À lire aussi</h2><ul class="svelte-9x2k1m"><!--[-->%s<!--]--></ul></aside>') % (
            RUB[a["rub"]], a["rub"], E(a["title"]), by, a["iso"], a["shown"], a["time"], a["lecture"], body, "".join(card(b) for b in others))
        utc = datetime.datetime.fromisoformat(a["iso"]).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": utc,
              "author": [{"@type": "Person", "name": n} for n in a["truth"]] or [{"@type": "Organization", "name": SN}], "publisher": {"@type": "Organization", "name": SN}}
        head = ('<meta name="description" content="%s" /><meta property="og:title" content="%s" /><meta property="og:type" content="article" /><meta property="og:site_name" content="%s" />'
                '<meta property="article:published_time" content="%s" /><link rel="canonical" href="%s" />%s') % (E(a["paras"][0][:150]), E(a["title"]), SN, utc, s.url(path), jl(ld))
        data = svdata({"type": "data", "data": {"post": {"slug": a["slug"], "title": a["title"], "rubrique": a["rub"], "date": a["iso"], "lecture": a["lecture"],
                                                          "auteurs": [{"nom": n} for n, sl in a["byline"]], "html": ps(a["paras"])}}, "uses": {"params": ["slug"]}})
        s.art(path, shell("%s – %s" % (a["title"], SN), main, head, data), a["title"], a["day"], a["truth"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Soutenez-nous à partir de 2 €", others[0]["title"]])
    lst = svdata({"type": "data", "data": {"posts": [{"slug": a["slug"], "title": a["title"], "date": a["iso"]} for a in A]}, "uses": {}})
    hh = '<meta property="og:type" content="website" />'
    s.non("/", shell(SN + " – L'actualité de l'estuaire de la Loire", '<section class="une svelte-12qhfyh"><h2>À la une</h2><ul class="svelte-9x2k1m">%s</ul></section>' % "".join(card(a) for a in A), hh, lst, "[0, 2]"))
    s.non("/articles", shell("Tous les articles – " + SN, '<h1>Tous les articles</h1><ul class="svelte-9x2k1m">%s</ul>' % "".join(card(a) for a in A), hh, lst, "[0, 4]"))
    for r, name, items in (("environnement", "Environnement", A[1:2]), ("economie", "Économie", A[:1]), ("mobilites", "Mobilités", A[2:])):
        s.non("/rubriques/" + r, shell("%s – %s" % (name, SN), '<h1>%s</h1><ul class="svelte-9x2k1m">%s</ul>' % (name, "".join(card(a) for a in items)), hh, lst, "[0, 5]"))
    for n, sl, items, bio in (("Julien Mercier", "julien-mercier", A[:1], "Journaliste à Saint-Nazaire, il suit l'industrie et le port."),
                              ("Élise Fontaine", "elise-fontaine", A[1:2], "Journaliste spécialisée dans l'environnement et le littoral."),
                              ("Camille Rousseau", "camille-rousseau", A[1:2], "Journaliste de données.")):
        s.non("/auteurs/" + sl, shell("%s – %s" % (n, SN), '<div class="auteur svelte-3r1e0p"><h1>%s</h1><p>%s</p></div><ul class="svelte-9x2k1m">%s</ul>' % (E(n), bio, "".join(card(a) for a in items)), hh, lst, "[0, 6]"))
    s.non("/podcasts", shell("Podcasts – " + SN, '<h1>Podcasts</h1><ul><li><h2>Au fil de l\'estuaire #12 : les oiseaux des roselières</h2><p>28 min · 13/03/2025</p><audio controls src="/audio/afe-12.mp3"></audio></li>'
          '<li><h2>Au fil de l\'estuaire #11 : la vie à bord d\'un paquebot en construction</h2><p>31 min · 27/02/2025</p><audio controls src="/audio/afe-11.mp3"></audio></li></ul><a href="/articles/%s">Lire l\'enquête sur les roselières</a>' % A[1]["slug"], hh, lst, "[0, 7]"))
    s.non("/newsletter", shell("Newsletter – " + SN, '<h1>La lettre de l\'estuaire</h1><p>Chaque samedi matin, nos articles de la semaine et l\'agenda du territoire.</p><form><input type="email" /><button>S\'inscrire</button></form>', hh, lst, "[0, 8]"))
    s.non("/a-propos", shell("À propos – " + SN, '<h1>À propos</h1>%s<h2 id="soutenir">Nous soutenir</h2><p>Dons déductibles des impôts à 66 %%.</p>' % ps([
        "Estuaire Info est un journal en ligne indépendant créé en 2021 à Saint-Nazaire par une association de journalistes.",
        "Nous couvrons l'estuaire de la Loire, de Nantes à l'océan : industrie, environnement, mobilités et vie locale."]), hh, lst, "[0, 9]"))
    s.put("/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (SN, s.url("/"), "".join(
        '<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>' % (E(a["title"]), s.url("/articles/" + a["slug"]), rfc822(a["iso"])) for a in A)))


# ------------------------------------------------------------ 10 La Marea Sur (Ghost + Casper, es)
def marea():
    s = Site(10)
    SN = "La Marea Sur"
    AUT = {"marta": ("Marta Delgado", "Periodista. Cubre el puerto y la bahía de Cádiz.", "Cádiz"), "pablo": ("Pablo Serrano", "Periodista de datos. Escribe sobre vivienda y turismo.", "Cádiz"),
           "irene": ("Irene Campos", "Periodista. Escribe sobre pesca y medio ambiente en la costa gaditana.", "Barbate")}
    A = [dict(slug="puerto-cadiz-limitara-cruceros-agosto", title="El puerto de Cádiz limitará los cruceros en agosto", tag=("puerto", "Puerto"),
              excerpt="No podrán atracar más de dos barcos a la vez durante el mes de más calor.", aut=["marta", "pablo"], utc="2025-03-14T09:40:00.000Z", mod="2025-03-14T12:02:31.000Z",
              shown="14 mar 2025", day="2025-03-14", rt=4, members=False, paras=[
                  "La Autoridad Portuaria de la Bahía de Cádiz ha aprobado limitar a dos el número de cruceros que pueden atracar a la vez en el muelle Reina Victoria durante el mes de agosto, cuando la ciudad soporta las temperaturas más altas y la mayor afluencia de turistas.",
                  "La medida responde a las quejas de vecinos y comerciantes del casco antiguo, que el verano pasado vieron cómo hasta cinco barcos desembarcaban a más de quince mil pasajeros en una sola mañana.",
                  "Las navieras han aceptado reorganizar sus escalas, aunque advierten de que algunos itinerarios por el Mediterráneo y Canarias tendrán que cambiar. El puerto calcula que perderá unas veinte escalas el próximo verano.",
                  "El Ayuntamiento estudia además cobrar una tasa a los pasajeros de crucero que bajen a la ciudad, una propuesta que todavía necesita el visto bueno de la Junta de Andalucía."]),
         dict(slug="almadraba-barbate-adelanta-campana", title="La almadraba de Barbate adelanta la campaña por el calor del agua", tag=("pesca", "Pesca"),
              excerpt="Los primeros atunes rojos se calarán en abril, dos semanas antes que el año pasado.", aut=["irene"], utc="2025-03-14T23:10:00.000Z", mod="2025-03-15T08:45:00.000Z",
              shown="15 mar 2025", day="2025-03-15", rt=3, members=False, paras=[
                  "La almadraba de Barbate calará sus redes a principios de abril, unas dos semanas antes que la temporada pasada, porque el agua del Estrecho está más templada de lo habitual y los atunes rojos han empezado a pasar antes hacia el Mediterráneo.",
                  "Los almadraberos llevan desde febrero preparando las anclas, los cabos y los barcos. El laberinto de redes se instala a unas dos millas de la costa y permanece en el agua hasta finales de junio.",
                  "La cuota asignada a las almadrabas andaluzas se ha mantenido este año, después de varias temporadas de subidas. La mayor parte del atún se vende a Japón, aunque cada vez se queda más en restaurantes de la provincia.",
                  "La Semana del Atún, que llena Barbate de visitantes en mayo, mantendrá sus fechas y contará por primera vez con una ruta de tapas por los barrios de pescadores."]),
         dict(slug="quien-cobra-por-los-pisos-turisticos", title="Quién cobra por los pisos turísticos del casco antiguo", tag=("vivienda", "Vivienda"),
              excerpt="Diez propietarios controlan uno de cada tres anuncios en el centro de Cádiz.", aut=["pablo"], utc="2025-03-10T07:00:00.000Z", mod="2025-03-10T07:00:00.000Z",
              shown="10 mar 2025", day="2025-03-10", rt=8, members=True, paras=[
                  "Hemos analizado los 1.412 anuncios de viviendas turísticas activos en el casco antiguo de Cádiz a principios de marzo y los hemos cruzado con el registro de la Junta de Andalucía.",
                  "El resultado muestra una concentración mayor de la que se suele creer: diez titulares, la mayoría empresas de gestión con sede fuera de la provincia, controlan uno de cada tres anuncios del centro.",
                  "Los barrios de La Viña y Santa María son los que más viviendas han perdido para el alquiler residencial.",
                  "Las gestoras sostienen que su actividad es legal y que pagan los impuestos en la ciudad."])]

    def shell(title, main, head, bodycls):
        return ('<!DOCTYPE html>\n<html lang="es">\n<head>\n\n    <title>%s</title>\n    <meta charset="utf-8" />\n    <meta http-equiv="X-UA-Compatible" content="IE=edge" />\n    <meta name="HandheldFriendly" content="True" />\n'
                '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5" />\n%s\n'
                '    <meta name="generator" content="Ghost 5.109" />\n    <link rel="alternate" type="application/rss+xml" title="%s" href="%s" />\n'
                '    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="9f1e2d3c4b5a" data-api="%s/ghost/api/content/" data-locale="es" crossorigin="anonymous"></script>\n'
                '</head>\n<body class="%s is-head-left-logo has-cover">\n<div class="viewport">\n\n    <header id="gh-head" class="gh-head outer">\n        <div class="gh-head-inner inner">\n'
                '            <div class="gh-head-brand"><a class="gh-head-logo" href="%s">%s</a></div>\n            <nav class="gh-head-menu"><ul class="nav"><li class="nav-inicio"><a href="/">Inicio</a></li>'
                '<li class="nav-puerto"><a href="/tag/puerto/">Puerto</a></li><li class="nav-vivienda"><a href="/tag/vivienda/">Vivienda</a></li><li class="nav-pesca"><a href="/tag/pesca/">Pesca</a></li>'
                '<li class="nav-quienes-somos"><a href="/quienes-somos/">Quiénes somos</a></li></ul></nav>\n'
                '            <div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Iniciar sesión</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Suscríbete</a></div>\n'
                '        </div>\n    </header>\n\n    <div class="site-content">\n%s\n    </div>\n\n    <footer class="site-footer outer">\n        <div class="inner">\n            <section class="copyright"><a href="%s">%s</a> &copy; 2025</section>\n'
                '            <nav class="site-footer-nav"><ul class="nav"><li><a href="/quienes-somos/">Quiénes somos</a></li><li><a href="/suscribete/">Suscripciones</a></li><li><a href="/rss/">RSS</a></li></ul></nav>\n'
                '            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>\n        </div>\n    </footer>\n\n</div>\n</body>\n</html>') % (
            E(title), head, SN, s.url("/rss/"), s.url("/"), s.url(""), bodycls, s.url("/"), SN, main, s.url("/"), SN)

    def card(a):
        au = ", ".join(AUT[k][0] for k in a["aut"])
        return ('<article class="post-card post tag-%s%s"><a class="post-card-image-link" href="/%s/"><img class="post-card-image" src="/content/images/2025/03/%s.jpg" alt="%s" loading="lazy" /></a>'
                '<div class="post-card-content"><a class="post-card-content-link" href="/%s/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div>'
                '<h2 class="post-card-title">%s%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time>'
                '<span class="post-card-meta-length">%d min de lectura</span></footer></div></article>') % (
            a["tag"][0], " tag-hash-members" if a["members"] else "", a["slug"], a["slug"], E(a["title"]), a["slug"], a["tag"][1],
            ('<svg class="post-card-title-icon" aria-hidden="true"></svg>' if a["members"] else ""), E(a["title"]), E(a["excerpt"]), a["day"], a["shown"], a["rt"])
    for i, a in enumerate(A):
        path = "/%s/" % a["slug"]
        names = [AUT[k][0] for k in a["aut"]]
        others = [b for b in A if b is not a]
        avatars = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar" aria-label="%s"><img class="author-profile-image" src="/content/images/2025/01/%s.jpg" alt="%s" /></a></li>' % (
            k, E(AUT[k][0]), k, E(AUT[k][0])) for k in a["aut"])
        if a["members"]:
            content = ps(a["paras"][:2]) + ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15212A">'
                                            '<h2>Este artículo es solo para suscriptores de pago</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#15212A">Suscríbete ahora</a>'
                                            '<p><small>¿Ya tienes una cuenta? <a data-portal="signin" href="#/portal/signin">Inicia sesión</a></small></p></div></aside>')
        else:
            content = ps(a["paras"])
        main = ('<main id="site-main" class="site-main">\n<article class="article post tag-%s featured">\n\n    <header class="article-header gh-canvas">\n\n        <div class="article-tag post-card-tags">'
                '<span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span><span class="post-card-featured"><svg width="16" height="17"></svg> Destacado</span></div>\n\n'
                '        <h1 class="article-title">%s</h1>\n            <p class="article-excerpt">%s</p>\n\n        <div class="article-byline">\n        <section class="article-byline-content">\n'
                '            <ul class="author-list instapaper_ignore">%s</ul>\n            <div class="article-byline-meta">\n                <h4 class="author-name">%s</h4>\n'
                '                <div class="byline-meta-content">\n                    <time class="byline-meta-date" datetime="%s">%s</time>\n'
                '                        <span class="byline-reading-time"><span class="bull">&bull;</span> %d min de lectura</span>\n                </div>\n            </div>\n        </section>\n        </div>\n\n'
                '            <figure class="article-image"><img srcset="/content/images/size/w300/2025/03/%s.jpg 300w, /content/images/size/w600/2025/03/%s.jpg 600w" src="/content/images/size/w2000/2025/03/%s.jpg" alt="%s" />'
                '<figcaption><span style="white-space: pre-wrap;">Foto: Archivo La Marea Sur</span></figcaption></figure>\n    </header>\n\n'
                '    <section class="gh-content gh-canvas">\n        %s\n    </section>\n\n'
                '        <section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Suscríbete a La Marea Sur</h2><p>Periodismo local sin anuncios, cada martes y viernes en tu correo.</p>'
                '<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Tu correo electrónico</div><span>Suscribirme</span></a></div></section>\n\n'
                '</article>\n</main>\n\n<aside class="read-more-wrap outer">\n    <div class="read-more inner">\n%s\n    </div>\n</aside>') % (
            a["tag"][0], a["tag"][0], a["tag"][1], E(a["title"]), E(a["excerpt"]), avatars, ", ".join('<a href="/author/%s/">%s</a>' % (k, E(AUT[k][0])) for k in a["aut"]),
            a["day"], a["shown"], a["rt"], a["slug"], a["slug"], a["slug"], E(a["title"]), content, "".join(card(b) for b in others))
        k0 = a["aut"][0]
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": SN, "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/content/images/2025/01/logo.png")}},
              "author": {"@type": "Person", "name": AUT[k0][0], "image": {"@type": "ImageObject", "url": s.url("/content/images/2025/01/%s.jpg" % k0)}, "url": s.url("/author/%s/" % k0), "sameAs": []},
              "headline": a["title"], "url": s.url(path), "datePublished": a["utc"], "dateModified": a["mod"], "image": {"@type": "ImageObject", "url": s.url("/content/images/size/w2000/2025/03/%s.jpg" % a["slug"])},
              "keywords": a["tag"][1], "description": a["excerpt"], "mainEntityOfPage": s.url(path)}
        head = ('    <link rel="canonical" href="%s">\n    <meta name="referrer" content="no-referrer-when-downgrade">\n    <meta property="og:site_name" content="%s">\n    <meta property="og:type" content="article">\n'
                '    <meta property="og:title" content="%s">\n    <meta property="og:description" content="%s">\n    <meta property="og:url" content="%s">\n'
                '    <meta property="article:published_time" content="%s">\n    <meta property="article:modified_time" content="%s">\n    <meta property="article:tag" content="%s">\n'
                '    <meta name="twitter:card" content="summary_large_image">\n    <meta name="twitter:title" content="%s">\n    <meta name="twitter:label1" content="Written by">\n    <meta name="twitter:data1" content="%s">\n'
                '    <meta name="twitter:label2" content="Filed under">\n    <meta name="twitter:data2" content="%s">\n    <script type="application/ld+json">\n%s\n    </script>') % (
            s.url(path), SN, E(a["title"]), E(a["excerpt"]), s.url(path), a["utc"], a["mod"], a["tag"][1], E(a["title"]), E(AUT[k0][0]), a["tag"][1], json.dumps(ld, ensure_ascii=False, indent=4))
        must = [a["paras"][1]] + ([a["paras"][-1]] if not a["members"] else [])
        s.art(path, shell("%s" % a["title"], main, head, "post-template tag-%s" % a["tag"][0]), a["title"], a["day"], names,
              must=must, must_not=["Periodismo local sin anuncios", others[0]["excerpt"]] + (["solo para suscriptores de pago"] if a["members"] else []))
    wh = '    <meta property="og:type" content="website">\n    <meta property="og:site_name" content="%s">' % SN
    hero = ('<div class="site-header-content outer"><div class="site-header-inner inner"><h1 class="site-title">%s</h1><p class="site-description">Periodismo local de la bahía de Cádiz, '
            'sin anuncios y financiado por sus lectores.</p></div></div>') % SN
    s.non("/", shell(SN, '<div class="site-header-content outer"></div>%s<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">%s</div>'
          '<nav class="pagination"><a class="older-posts" href="/page/2/">Entradas anteriores &rarr;</a></nav></div></main>' % (hero, card(A[1]) + card(A[0])), wh, "home-template"))
    s.non("/page/2/", shell("%s (Página 2)" % SN, '<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">%s</div>'
          '<nav class="pagination"><a class="newer-posts" href="/">&larr; Entradas recientes</a><span class="page-number">Página 2 de 2</span></nav></div></main>' % card(A[2]), wh, "paged archive-template"))
    for t, name, desc in (("puerto", "Puerto", "Tráfico, cruceros y obras en el puerto de la bahía."), ("vivienda", "Vivienda", "Alquileres, pisos turísticos y desahucios en Cádiz."),
                          ("pesca", "Pesca", "Almadrabas, lonjas y flota artesanal de la costa gaditana.")):
        s.non("/tag/%s/" % t, shell("%s - %s" % (name, SN), '<main id="site-main" class="site-main outer"><div class="inner posts"><section class="post-card post-card-large"><header class="tag-header">'
              '<div class="post-card-tags">Etiqueta</div><h1 class="article-title">%s</h1><div class="article-excerpt">%s</div></header></section><div class="post-feed">%s</div></div></main>' % (
                  name, desc, "".join(card(a) for a in A if a["tag"][0] == t)), wh, "tag-template tag-%s" % t))
    for k, (n, bio, loc) in AUT.items():
        s.non("/author/%s/" % k, shell("%s - %s" % (n, SN), '<main id="site-main" class="site-main outer"><div class="inner posts"><section class="post-card post-card-large"><div class="author-profile-image"></div>'
              '<h1 class="site-title">%s</h1><p class="author-profile-bio">%s</p><div class="author-profile-meta"><div class="author-profile-location">%s</div></div></section><div class="post-feed">%s</div></div></main>' % (
                  E(n), E(bio), loc, "".join(card(a) for a in A if k in a["aut"])), '    <meta property="og:type" content="profile">', "author-template author-%s" % k))
    # a Ghost page: Ghost gives pages the same og:type and Article JSON-LD as posts
    pg = ("Somos un medio local independiente fundado en 2021 por tres periodistas gaditanas. No publicamos anuncios: nos financian más de 1.100 suscriptores.",
          "Cubrimos el puerto, la vivienda, la pesca y la vida de los barrios de la bahía de Cádiz. Publicamos dos boletines a la semana.",
          "Si quieres contarnos algo, escríbenos a redaccion@lamareasur.example.")
    s.non("/quienes-somos/", shell("Quiénes somos", ('<main id="site-main" class="site-main"><article class="article page no-image"><header class="article-header gh-canvas"><h1 class="article-title">Quiénes somos</h1></header>'
          '<section class="gh-content gh-canvas">%s</section></article></main>') % ps(pg),
        '    <meta property="og:type" content="article">\n    <meta property="og:title" content="Quiénes somos">\n    <meta property="article:published_time" content="2021-05-02T10:00:00.000Z">\n    %s' % jl({
            "@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": SN}, "author": {"@type": "Person", "name": "Marta Delgado", "url": s.url("/author/marta/")},
            "headline": "Quiénes somos", "url": s.url("/quienes-somos/"), "datePublished": "2021-05-02T10:00:00.000Z", "dateModified": "2025-01-08T11:30:00.000Z", "mainEntityOfPage": s.url("/quienes-somos/")}),
        "page-template page-quienes-somos"))
    s.non("/suscribete/", shell("Suscríbete", '<main id="site-main" class="site-main"><article class="article page"><header class="article-header gh-canvas"><h1 class="article-title">Suscríbete</h1></header>'
          '<section class="gh-content gh-canvas"><p>Gratis: dos boletines a la semana. Socio: 5 € al mes, acceso a las investigaciones y a los encuentros con la redacción.</p>'
          '<div class="kg-card kg-button-card"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Hazte socio</a></div></section></article></main>', '    <meta property="og:type" content="article">', "page-template"))
    s.put("/rss/", '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title><![CDATA[%s]]></title><link>%s</link>%s</channel></rss>' % (
        SN, s.url("/"), "".join('<item><title><![CDATA[%s]]></title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate></item>' % (
            a["title"], s.url("/%s/" % a["slug"]), ", ".join(AUT[k][0] for k in a["aut"]), rfc822(a["utc"].replace(".000Z", "+00:00"))) for a in A)))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</sitemapindex>' % "".join(
        '<sitemap><loc>%s</loc></sitemap>' % s.url("/sitemap-%s.xml" % k) for k in ("pages", "posts", "authors", "tags")))
    for k, paths in (("posts", ["/%s/" % a["slug"] for a in A]), ("pages", ["/quienes-somos/", "/suscribete/"]), ("authors", ["/author/%s/" % k for k in AUT]),
                     ("tags", ["/tag/puerto/", "/tag/vivienda/", "/tag/pesca/"])):
        s.put("/sitemap-%s.xml" % k, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % s.url(p) for p in paths))
    s.put("/robots.txt", "User-agent: *\nSitemap: %s\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 11 Folha do Vale (WordPress + Twenty Twenty-Four block theme, pt-BR)
def folha():
    s = Site(11)
    SN = "Folha do Vale"
    MES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
    USERS = {"anaribeiro": ("Ana Ribeiro", 3, "Repórter de cidades. Cobre Registro, Sete Barras e Eldorado."), "redacao": ("Redação", 1, ""),
             "carlamendes": ("Carla Mendes", 4, "Repórter de política. Acompanha as câmaras municipais do Vale do Ribeira.")}
    A = [dict(path="/2025/03/14/chuva-forte-interdita-trecho-da-br-116-em-registro/", id=1841, title="Chuva forte interdita trecho da BR-116 em Registro",
              iso="2025-03-14T10:05:00-03:00", mod="2025-03-14T15:47:12-03:00", user="anaribeiro", cat=("cidades", "Cidades"), tags=["chuva", "br-116"], lead=None, authors=["Ana Ribeiro"], day="2025-03-14", paras=[
                  "A concessionária que administra a BR-116 interditou na manhã desta sexta-feira um trecho de quatro quilômetros da rodovia em Registro, no sentido Curitiba, depois que a chuva da madrugada provocou um deslizamento de terra sobre a pista.",
                  "Segundo a Defesa Civil, choveu mais de cento e vinte milímetros em menos de seis horas na região. O Rio Ribeira de Iguape subiu quase três metros e atingiu a cota de alerta no centro da cidade.",
                  "O tráfego está sendo desviado pela estrada vicinal que passa por Sete Barras, o que aumentou em cerca de quarenta minutos o tempo da viagem. Caminhoneiros relataram filas de mais de dez quilômetros no início da tarde.",
                  "A previsão é de que a pista seja liberada no sábado, depois da retirada da terra e da avaliação da encosta por geólogos. A Defesa Civil pede que moradores de áreas de risco procurem os abrigos montados nas escolas municipais."]),
         dict(path="/2025/03/09/feira-do-palmito-pupunha-volta-a-juquia/", id=1822, title="Feira do palmito pupunha volta a Juquiá depois de três anos",
              iso="2025-03-09T08:30:00-03:00", mod="2025-03-09T08:30:00-03:00", user="redacao", cat=("economia", "Economia"), tags=["agricultura"],
              lead="Por Miguel Lopes e Sofia Matos, especial para a Folha", authors=["Miguel Lopes", "Sofia Matos"], day="2025-03-09", paras=[
                  "A Feira do Palmito Pupunha de Juquiá voltou a ser realizada neste fim de semana, depois de três anos sem edições, e reuniu produtores de seis municípios do Vale do Ribeira na praça da estação ferroviária.",
                  "O Vale é o maior produtor de pupunha do estado, e a cultura substituiu em muitas propriedades a extração ilegal do palmito juçara, espécie ameaçada da Mata Atlântica. Cerca de duas mil famílias vivem da pupunha na região.",
                  "Além das barracas de palmito in natura e em conserva, a feira teve concurso de receitas, oficinas de manejo para pequenos produtores e uma rodada de negócios com compradores de redes de supermercados da capital.",
                  "A prefeitura pretende transformar a feira em evento anual e incluí-la no calendário turístico do estado a partir do ano que vem."]),
         dict(path="/2025/03/06/camara-de-eldorado-aprova-reajuste-do-transporte-escolar/", id=1809, title="Câmara de Eldorado aprova reajuste do transporte escolar",
              iso="2025-03-06T21:40:00-03:00", mod="2025-03-07T09:12:00-03:00", user="carlamendes", cat=("politica", "Política"), tags=["educação"], lead=None, authors=["Carla Mendes"], day="2025-03-06", paras=[
                  "A Câmara Municipal de Eldorado aprovou na noite desta quinta-feira, por sete votos a dois, o reajuste de dezoito por cento no valor pago às empresas que fazem o transporte escolar dos alunos da zona rural.",
                  "As empresas ameaçavam suspender o serviço a partir de abril, alegando que o valor por quilômetro rodado não era corrigido desde 2021 e que o preço do diesel e das peças subiu muito no período.",
                  "Cerca de mil e quinhentos estudantes dependem das vans e dos ônibus para chegar às escolas, alguns deles moradores de comunidades quilombolas que ficam a mais de quarenta quilômetros do centro.",
                  "Os dois vereadores que votaram contra defenderam que a prefeitura compre ônibus próprios em vez de renovar os contratos. O prefeito deve sancionar a lei na próxima semana."])]

    def dt(iso):
        d = datetime.datetime.fromisoformat(iso)
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)

    tagcloud = ('<p class="wp-block-tag-cloud"><a href="/tag/chuva/" class="tag-cloud-link tag-link-12 tag-link-position-1" style="font-size: 22pt;" aria-label="chuva (4 itens)">chuva</a> '
                '<a href="/tag/agricultura/" class="tag-cloud-link tag-link-15 tag-link-position-2" style="font-size: 8pt;" aria-label="agricultura (1 item)">agricultura</a> '
                '<a href="/tag/br-116/" class="tag-cloud-link tag-link-9 tag-link-position-3" style="font-size: 16pt;" aria-label="br-116 (2 itens)">br-116</a> '
                '<a href="/tag/educacao/" class="tag-cloud-link tag-link-21 tag-link-position-4" style="font-size: 8pt;" aria-label="educação (1 item)">educação</a></p>')

    def shell(title, main, head, cls):
        return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n\t<meta charset="UTF-8" />\n\t<meta name="viewport" content="width=device-width, initial-scale=1" />\n<meta name=\'robots\' content=\'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\' />\n'
                '\t<!-- This site is optimized with the Yoast SEO plugin v24.6 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>%s</title>\n%s\n\t<!-- / Yoast SEO plugin. -->\n'
                '<link rel="alternate" type="application/rss+xml" title="Feed para %s &raquo;" href="%s" />\n<link rel=\'stylesheet\' id=\'wp-block-library-css\' href=\'/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2\' media=\'all\' />\n'
                '<meta name="generator" content="WordPress 6.7.2" />\n</head>\n\n<body class="%s wp-embed-responsive">\n\n<div class="wp-site-blocks"><header class="wp-block-template-part">\n'
                '<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:18px;padding-bottom:18px"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">'
                '<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/" target="_self" rel="home">%s</a></p></div>'
                '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu principal"><ul class="wp-block-navigation__container items-justified-right wp-block-navigation">'
                '<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/categoria/cidades/"><span class="wp-block-navigation-item__label">Cidades</span></a></li>'
                '<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/categoria/politica/"><span class="wp-block-navigation-item__label">Política</span></a></li>'
                '<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/categoria/economia/"><span class="wp-block-navigation-item__label">Economia</span></a></li>'
                '<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/sobre/"><span class="wp-block-navigation-item__label">Sobre</span></a></li>'
                '<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/anuncie/"><span class="wp-block-navigation-item__label">Anuncie</span></a></li></ul></nav></div></div>\n</header>\n\n%s\n\n'
                '<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">'
                '<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Temas</h2>%s</div>'
                '<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Arquivos</h2><ul class="wp-block-archives-list wp-block-archives"><li><a href=\'/2025/03/\'>março 2025</a></li></ul></div>'
                '<div class="wp-block-column is-layout-flow"><p class="has-small-font-size">Folha do Vale — jornal do Vale do Ribeira desde 1987. Rua José Antônio de Campos, 210, Registro (SP).</p></div></div>'
                '<p class="has-small-font-size">Desenvolvido com <a href="https://br.wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>\n'
                '<div id="cookie-law-info-bar" data-nosnippet="true"><span>Este site usa cookies para melhorar sua experiência. <a role=\'button\' class="cli_action_button">Aceitar</a> <a href="/politica-de-privacidade/">Leia mais</a></span></div>\n'
                '<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.7.2" id="wp-interactivity-js"></script>\n</body>\n</html>') % (
            E(title), head, SN, s.url("/feed/"), cls, SN, main, tagcloud)

    def postitem(a):
        return ('<li class="wp-block-post post-%d post type-post status-publish format-standard hentry category-%s"><div class="wp-block-group is-layout-flow">'
                '<h2 class="wp-block-post-title has-x-large-font-size"><a href="%s" target="_self">%s</a></h2><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">%s&hellip; </p></div>'
                '<div class="wp-block-post-date"><time datetime="%s"><a href="%s">%s</a></time></div></div></li>') % (
            a["id"], a["cat"][0], a["path"], E(a["title"]), E(a["paras"][0][:150].rsplit(" ", 1)[0]), a["iso"], a["path"], dt(a["iso"]))

    for i, a in enumerate(A):
        name, uid, bio = USERS[a["user"]]
        others = [b for b in A if b is not a]
        prev = A[i + 1] if i + 1 < 3 else None
        nxt = A[i - 1] if i > 0 else None
        content = ""
        if a["lead"]:
            content += '<p><strong>%s</strong></p>\n' % E(a["lead"])
        content += "\n".join('<p>%s</p>' % E(p) for p in a["paras"][:2])
        content += '\n<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/03/%d-1024x683.jpg" alt="" class="wp-image-%d"/><figcaption class="wp-element-caption">Foto: Divulgação/Prefeitura</figcaption></figure>\n' % (a["id"], a["id"] + 1)
        content += "\n".join('<p>%s</p>' % E(p) for p in a["paras"][2:])
        comments = ""
        if i == 0:
            comments = ('<div class="wp-block-comments"><h2 id="comments" class="wp-block-comments-title">2 respostas para &ldquo;%s&rdquo;</h2><ol class="wp-block-comment-template">'
                        '<li id="comment-412" class="comment even thread-even depth-1"><div class="wp-block-group"><div class="wp-block-comment-author-name">Roberto Saito</div>'
                        '<div class="wp-block-comment-date"><time datetime="2025-03-14T13:22:10-03:00"><a href="%s#comment-412">14 de março de 2025 às 13:22</a></time></div>'
                        '<div class="wp-block-comment-content"><p>Todo ano é a mesma coisa nesse trecho. Já passou da hora de fazerem a contenção da encosta.</p></div></div></li>'
                        '<li id="comment-415" class="comment odd alt thread-odd depth-1"><div class="wp-block-group"><div class="wp-block-comment-author-name">Luciana P.</div>'
                        '<div class="wp-block-comment-date"><time datetime="2025-03-15T08:14:55-03:00"><a href="%s#comment-415">15 de março de 2025 às 08:14</a></time></div>'
                        '<div class="wp-block-comment-content"><p>Alguém sabe se o ônibus de Pariquera está passando pela vicinal?</p></div></div></li></ol>'
                        '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Deixe um comentário</h3><form><textarea name="comment"></textarea><input type="submit" value="Publicar comentário"></form></div></div>') % (
                E(a["title"]), a["path"], a["path"])
        main = ('<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">\n<div class="wp-block-group has-global-padding is-layout-constrained">'
                '<div class="wp-block-group alignwide is-layout-flow"><h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="has-text-align-center wp-block-post-title">%s</h1>'
                '<div style="margin-top:var(--wp--preset--spacing--10);" class="wp-block-template-part"><div class="wp-block-group is-content-justification-center is-layout-flex wp-block-group-is-layout-flex">'
                '<div class="wp-block-post-date"><time datetime="%s"><a href="%s">%s</a></time></div><p class="has-contrast-2-color has-text-color">—</p>'
                '<p class="has-contrast-2-color has-text-color">por</p><div class="wp-block-post-author-name"><a href="/author/%s/" target="_self" class="wp-block-post-author-name__link">%s</a></div>'
                '<p class="has-contrast-2-color has-text-color">em</p><div class="taxonomy-category wp-block-post-terms"><a href="/categoria/%s/" rel="tag">%s</a></div></div></div></div>'
                '<figure class="wp-block-post-featured-image alignwide"><img width="1200" height="800" src="/wp-content/uploads/2025/03/%d.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure></div>\n'
                '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n%s\n'
                '<div class="wp-block-group has-background" style="background-color:#f2efe6;padding:24px"><p><strong>Receba a Folha no WhatsApp.</strong> Entre no nosso canal e receba as principais notícias do Vale do Ribeira todas as manhãs.</p>'
                '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://whatsapp.com/channel/folhadovale">Entrar no canal</a></div></div></div>\n</div>\n'
                '<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flex"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tags: </span>%s</div></div>'
                '<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Navegação de posts">%s%s</nav>%s</div>\n'
                '<div class="wp-block-group alignwide has-global-padding is-layout-constrained"><h2 class="wp-block-heading alignwide has-small-font-size">Mais posts</h2>'
                '<div class="wp-block-query alignwide is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow">%s</ul></div></div>\n</main>') % (
            E(a["title"]), a["iso"], a["path"], dt(a["iso"]), a["user"], E(name), a["cat"][0], a["cat"][1], a["id"], content,
            ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slugify(t).replace("ç", "c").replace("ã", "a"), t) for t in a["tags"]),
            ('<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="%s" rel="prev">%s</a></div>' % (prev["path"], E(prev["title"]))) if prev else "",
            ('<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a href="%s" rel="next">%s</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>' % (nxt["path"], E(nxt["title"]))) if nxt else "",
            comments, "".join(postitem(b) for b in others))
        pid = s.url(a["path"])
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": pid + "#article", "isPartOf": {"@id": pid}, "author": {"name": name, "@id": s.url("/#/schema/person/%08x" % (uid * 2654435761 % 2**32))},
             "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"], "mainEntityOfPage": {"@id": pid}, "wordCount": sum(len(p.split()) for p in a["paras"]),
             "publisher": {"@id": s.url("/#organization")}, "image": {"@id": pid + "#primaryimage"}, "articleSection": [a["cat"][1]], "inLanguage": "pt-BR"},
            {"@type": "WebPage", "@id": pid, "url": pid, "name": "%s - %s" % (a["title"], SN), "isPartOf": {"@id": s.url("/#website")}, "datePublished": a["iso"], "dateModified": a["mod"],
             "breadcrumb": {"@id": pid + "#breadcrumb"}, "inLanguage": "pt-BR"},
            {"@type": "BreadcrumbList", "@id": pid + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Início", "item": s.url("/")}, {"@type": "ListItem", "position": 2, "name": a["title"]}]},
            {"@type": "WebSite", "@id": s.url("/#website"), "url": s.url("/"), "name": SN, "publisher": {"@id": s.url("/#organization")}, "inLanguage": "pt-BR"},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")},
            {"@type": "Person", "@id": s.url("/#/schema/person/%08x" % (uid * 2654435761 % 2**32)), "name": name, "url": s.url("/author/%s/" % a["user"])}]}
        head = ('\t<meta name="description" content="%s" />\n\t<link rel="canonical" href="%s" />\n\t<meta property="og:locale" content="pt_BR" />\n\t<meta property="og:type" content="article" />\n'
                '\t<meta property="og:title" content="%s - %s" />\n\t<meta property="og:url" content="%s" />\n\t<meta property="og:site_name" content="%s" />\n'
                '\t<meta property="article:published_time" content="%s" />\n\t<meta property="article:modified_time" content="%s" />\n\t<meta name="author" content="%s" />\n'
                '\t<meta name="twitter:label1" content="Escrito por" />\n\t<meta name="twitter:data1" content="%s" />\n\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
            E(a["paras"][0][:155]), pid, E(a["title"]), SN, pid, SN, a["iso"], a["mod"], E(name), E(name), json.dumps(graph, ensure_ascii=False))
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % a["id"]), a["title"], a["day"], a["authors"],
              must=[a["paras"][1], a["paras"][-1]], must_not=["Receba a Folha no WhatsApp", "Alguém sabe se o ônibus", others[0]["title"]])
    wh = '\t<meta property="og:type" content="website" />\n\t<meta property="og:site_name" content="%s" />' % SN

    def archive(title, heading, items, extra=""):
        return shell(title, ('<main class="wp-block-group is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-query-title">%s</h1>%s</div>'
                             '<div class="wp-block-query alignwide is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow">%s</ul></div></main>') % (heading, extra, "".join(postitem(b) for b in items)), wh, "archive")
    s.non("/", shell(SN + " - Notícias do Vale do Ribeira", ('<main class="wp-block-group is-layout-flow"><div class="wp-block-group alignfull has-global-padding is-layout-constrained"><h1 class="wp-block-heading alignwide">Notícias do Vale do Ribeira</h1></div>'
          '<div class="wp-block-query alignwide is-layout-flow"><ul class="columns-3 alignfull wp-block-post-template is-layout-grid">%s</ul>'
          '<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" aria-label="Paginação"><div class="wp-block-query-pagination-numbers"><span aria-current="page" class="page-numbers current">1</span>'
          '<a class="page-numbers" href="/page/2/">2</a></div><a href="/page/2/" class="wp-block-query-pagination-next">Próxima página</a></nav></div></main>') % "".join(postitem(b) for b in A[:2]), wh, "home blog"))
    s.non("/page/2/", shell("%s - Página 2 de 2 - Notícias do Vale do Ribeira" % SN, '<main class="wp-block-group is-layout-flow"><div class="wp-block-query alignwide is-layout-flow"><ul class="columns-3 alignfull wp-block-post-template is-layout-grid">%s</ul>'
          '<nav class="wp-block-query-pagination" aria-label="Paginação"><a href="/" class="wp-block-query-pagination-previous">Página anterior</a></nav></div></main>' % postitem(A[2]), wh, "home blog paged paged-2"))
    for c, n in (("cidades", "Cidades"), ("economia", "Economia"), ("politica", "Política")):
        s.non("/categoria/%s/" % c, archive("Arquivos %s - %s" % (n, SN), "Categoria: <span>%s</span>" % n, [a for a in A if a["cat"][0] == c]))
    for t in ("chuva", "br-116", "agricultura", "educacao"):
        items = [a for a in A if t in [slugify(x).replace("ç", "c").replace("ã", "a") for x in a["tags"]]]
        s.non("/tag/%s/" % t, archive("Arquivos %s - %s" % (t, SN), "Tag: <span>%s</span>" % t, items))
    for u, (n, uid, bio) in USERS.items():
        s.non("/author/%s/" % u, archive("%s, Autor em %s" % (n, SN), "Autor: <span>%s</span>" % n, [a for a in A if a["user"] == u],
                                          '<div class="wp-block-term-description"><p>%s</p></div>' % E(bio) if bio else ""))
    s.non("/2025/03/", archive("março 2025 - %s" % SN, "Mês: <span>março 2025</span>", A))
    s.non("/sobre/", shell("Sobre - " + SN, '<main class="wp-block-group is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-post-title">Sobre</h1>'
          '<div class="entry-content wp-block-post-content is-layout-constrained">%s</div></div></main>' % ps([
              "A Folha do Vale circula desde 1987 em Registro e nos municípios do Vale do Ribeira. A edição impressa sai aos sábados; o site é atualizado todos os dias.",
              "Redação: Ana Ribeiro (cidades), Carla Mendes (política). Colaboradores: Miguel Lopes, Sofia Matos.",
              "Fale com a redação: redacao@folhadovale.example"]), wh, "page-template-default page"))
    s.non("/politica-de-privacidade/", shell("Política de privacidade - " + SN, '<main class="wp-block-group is-layout-flow"><h1 class="wp-block-post-title">Política de privacidade</h1><p>Usamos cookies para estatísticas de acesso. Seus dados não são vendidos a terceiros.</p></main>', wh, "page privacy-policy"))
    s.non("/anuncie/", shell("Anuncie - " + SN, '<main class="wp-block-group is-layout-flow"><h1 class="wp-block-post-title">Anuncie na Folha</h1><p>Banners no site, anúncios na edição impressa e publieditoriais. Tabela de preços sob consulta: comercial@folhadovale.example.</p></main>', wh, "page"))
    s.put("/feed/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link><language>pt-BR</language>%s</channel></rss>' % (
        SN, s.url("/"), "".join('<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate></item>' % (
            E(a["title"]), s.url(a["path"]), USERS[a["user"]][0], rfc822(a["iso"])) for a in A)))
    s.put("/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/wp-sitemap-posts-post-1.xml"))
    s.put("/wp-sitemap-posts-post-1.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % s.url(a["path"]) for a in A))
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/wp-sitemap.xml"))


# ------------------------------------------------------------ 12 The Numbers Desk (Quarto website, en-US)
def numbers():
    s = Site(12)
    SN = "The Numbers Desk"
    A = [dict(dir="/posts/2025-03-14-eviction-filings/", title="Eviction filings are back above pre-pandemic levels in 9 of 12 counties",
              sub="Landlords filed 41,200 cases last year, the most since 2016", date="2025-03-14", shown="March 14, 2025", modified="March 20, 2025",
              authors=[("Priya Raman", "Metro Data Lab, Hartwell University"), ("Tom Lund", "The Numbers Desk")], cats=["housing", "courts"], rt=7,
              code="filings <- read_csv(\"data/filings_2015_2024.csv\") |>\n  group_by(county, year) |>\n  summarise(n = n(), .groups = \"drop\")",
              fig="Figure 1: Eviction filings per 1,000 renter households, 2015-2024", paras=[
                  "Landlords in the twelve counties of the metro area filed 41,200 eviction cases in 2024, the highest number since 2016 and about eleven percent more than in 2019, the last full year before the pandemic moratoriums.",
                  "We collected every eviction case filed in the county courts since January 2015 from the state's online case search, about 380,000 records in all, and matched addresses to census tracts to compare filing rates between neighborhoods.",
                  "Nine of the twelve counties now have filing rates above their 2019 levels. The increase is sharpest in the suburban counties to the south, where rents rose fastest during 2021 and 2022 and where many large apartment complexes changed hands.",
                  "A small number of landlords account for a large share of the cases. The twenty companies that filed most often were behind almost a third of all filings last year, and several of them filed against the same tenants repeatedly.",
                  "Not every filing ends in an eviction. Court records show that about half of the cases were dismissed or settled, often after tenants paid what they owed plus fees, but a filing can stay on a tenant's record for years."]),
         dict(dir="/posts/2025-03-07-flood-maps/", title="What the new flood maps mean for 41,000 homes",
              sub=None, date="2025-03-07", shown="2025-03-07", modified=None, authors=[("Tom Lund", None)], cats=["climate", "housing"], rt=5,
              code="homes |>\n  st_join(new_zones) |>\n  count(zone_change)", fig="Figure 1: Homes moving into the 100-year floodplain, by county", paras=[
                  "The new federal flood maps for the river basin, which take effect in September, move about 41,000 homes into the zone where flood insurance is required for anyone with a federally backed mortgage.",
                  "We overlaid the draft maps on county parcel records to count homes whose flood zone changes. Most of the newly mapped homes are along creeks and drainage channels that the old maps, drawn in the 1990s, did not study in detail.",
                  "About 6,500 homes move the other way, out of the high-risk zone, mostly where levees have been certified since the old maps were drawn.",
                  "For homeowners, the change can add hundreds or thousands of dollars a year in insurance costs. Those who buy a policy before the maps take effect can lock in a lower rate under a grandfathering rule."]),
         dict(dir="/posts/2025-03-03-911-wait-times/", title="How long does a 911 call wait? We timed 2 million of them",
              sub="Callers waited longer than 15 seconds about one time in eight", date="2025-03-03", shown="March 3, 2025", modified=None,
              authors=[("Ana Ferreira", "The Numbers Desk")], cats=["public safety"], rt=6,
              code="calls |>\n  mutate(wait = answered_at - rang_at) |>\n  summarise(p90 = quantile(wait, 0.9))", fig="Figure 1: Share of calls answered within 15 seconds, by month", paras=[
                  "The national standard says ninety percent of emergency calls should be answered within fifteen seconds. In the city's dispatch center, that target was missed in twenty of the last twenty-four months.",
                  "We obtained the timestamps of more than two million calls made to 911 between January 2023 and December 2024 through a public records request, and measured the time between the first ring at the center and the moment a dispatcher picked up.",
                  "Most calls were answered quickly: the median wait was six seconds. But about one call in eight waited longer than fifteen seconds, and on summer weekend nights the share rose to nearly one in four.",
                  "The center had thirty-one vacant dispatcher positions at the end of last year, out of 112. The city has raised starting pay twice since 2023 and says it expects to fill most of the openings by the end of the summer."])]

    def shell(title, main, head="", toc=""):
        return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>\n\n<meta charset="utf-8">\n<meta name="generator" content="quarto-1.6.40">\n\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">\n\n%s\n\n<title>%s</title>\n'
                '<style>\ncode{white-space: pre-wrap;}\nspan.smallcaps{font-variant: small-caps;}\n</style>\n\n<script src="/site_libs/quarto-nav/quarto-nav.js"></script>\n'
                '<script src="/site_libs/quarto-search/fuse.min.js"></script>\n<link href="/site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">\n'
                '<script id="quarto-search-options" type="application/json">{\n  "location": "navbar",\n  "copy-button": false,\n  "collapse-after": 3,\n  "panel-placement": "end",\n  "type": "overlay",\n  "limit": 50\n}</script>\n'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="%s">\n</head>\n\n<body class="nav-fixed fullcontent">\n\n<div id="quarto-search-results"></div>\n'
                '  <header id="quarto-header" class="headroom fixed-top">\n    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">\n      <div class="navbar-container container-fluid">\n'
                '      <div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="/index.html"><span class="navbar-title">%s</span></a></div>\n'
                '          <div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto">\n'
                '  <li class="nav-item"><a class="nav-link" href="/archive.html"><span class="menu-text">Archive</span></a></li>\n  <li class="nav-item"><a class="nav-link" href="/data.html"><span class="menu-text">Data</span></a></li>\n'
                '  <li class="nav-item"><a class="nav-link" href="/about.html"><span class="menu-text">About</span></a></li>\n  <li class="nav-item compact"><a class="nav-link" href="/index.xml"><i class="bi bi-rss" role="img"></i></a></li>\n'
                '</ul></div>\n          <div id="quarto-search" class="" title="Search"></div>\n      </div>\n    </nav>\n</header>\n'
                '<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">\n%s\n<main class="content" id="quarto-document-content">\n\n%s\n\n</main> <!-- /main -->\n'
                '</div> <!-- /content -->\n<footer class="footer"><div class="nav-footer"><div class="nav-footer-left"><p>© 2025 The Numbers Desk · Code and data under MIT / CC BY 4.0</p></div>'
                '<div class="nav-footer-right"><p>Built with <a href="https://quarto.org/">Quarto</a></p></div></div></footer>\n\n</body></html>') % (
            head, E(title), SN, s.url("/index.xml"), SN, toc, main)

    for i, a in enumerate(A):
        path = a["dir"] + "index.html"
        multi = len(a["authors"]) > 1
        names = [n for n, aff in a["authors"]]
        if any(aff for n, aff in a["authors"]):
            authmeta = ('<div class="quarto-title-meta-author"><div class="quarto-title-meta-heading">%s</div><div class="quarto-title-meta-heading">%s</div>%s</div>') % (
                "Authors" if multi else "Author", "Affiliations" if multi else "Affiliation",
                "".join('<div class="quarto-title-meta-contents"><p class="author">%s </p></div><div class="quarto-title-meta-contents"><p class="affiliation">%s</p></div>' % (E(n), E(aff)) for n, aff in a["authors"]))
            meta2 = ""
        else:
            authmeta = ""
            meta2 = '<div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>%s </p></div></div>' % E(names[0])
        mod = ('<div><div class="quarto-title-meta-heading">Modified</div><div class="quarto-title-meta-contents"><p class="date-modified">%s</p></div></div>' % a["modified"]) if a["modified"] else ""
        titleblock = ('<header id="title-block-header" class="quarto-title-block default">\n<div class="quarto-title">\n<h1 class="title">%s</h1>\n%s'
                      '<div class="quarto-categories">%s</div>\n</div>\n\n\n%s\n<div class="quarto-title-meta">\n%s\n<div><div class="quarto-title-meta-heading">Published</div>'
                      '<div class="quarto-title-meta-contents"><p class="date">%s</p></div></div>\n%s\n</div>\n\n</header>') % (
            E(a["title"]), ('<p class="subtitle lead">%s</p>\n' % E(a["sub"])) if a["sub"] else "", "".join('<div class="quarto-category">%s</div>' % c for c in a["cats"]),
            authmeta, meta2, a["shown"], mod)
        sec = [("background", "Background"), ("what-we-found", "What we found"), ("methodology", "Methodology")]
        toc = ('<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2><ul>%s</ul></nav></div>' %
               "".join('<li><a href="#%s" id="toc-%s" class="nav-link" data-scroll-target="#%s">%s</a></li>' % (k, k, k, v) for k, v in sec))
        cite_key = slugify(names[0].split()[-1]) + "2025"
        cite_names = " and ".join("%s, %s" % (n.split()[-1], " ".join(n.split()[:-1])) for n in names)
        citeas = names[0].split()[-1] + ", " + " ".join(names[0].split()[:-1]) + ("".join(", and %s" % n for n in names[1:]))
        code = ('<div class="cell"><details class="code-fold"><summary>Code</summary><div class="sourceCode cell-code" id="cb1"><pre class="sourceCode r code-with-copy"><code class="sourceCode r">%s</code></pre></div></details>'
                '<div class="cell-output-display"><div id="fig-main" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float quarto-float-fig figure"><div aria-describedby="fig-main-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">'
                '<img src="index_files/figure-html/fig-main-1.png" class="img-fluid figure-img" width="672"></div><figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-main-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">%s</figcaption></figure></div></div></div>') % (
            E(a["code"]), E(a["fig"]))
        body = ('<section id="background" class="level2"><h2 class="anchored" data-anchor-id="background">Background</h2>\n%s\n</section>\n'
                '<section id="what-we-found" class="level2"><h2 class="anchored" data-anchor-id="what-we-found">What we found</h2>\n%s\n%s\n</section>\n'
                '<section id="methodology" class="level2"><h2 class="anchored" data-anchor-id="methodology">Methodology</h2>\n<p>The analysis code and cleaned data are in our <a href="/data.html">data library</a>. Figures may not add up because of rounding.</p>\n</section>') % (
            ps(a["paras"][:2]), code, ps(a["paras"][2:]))
        appendix = ('<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>'
                    '<div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>'
                    '<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div>'
                    '<pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{%s,\n  author = {%s},\n  title = {%s},\n  date = {%s},\n  url = {%s},\n  langid = {en}\n}\n</code></pre>'
                    '<div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-%s" class="csl-entry quarto-appendix-citeas" role="listitem">%s. 2025. <span>“%s.”</span> %s. <a href="%s">%s</a>.</div></div></section></div>') % (
            cite_key, cite_names, a["title"], a["date"], s.url(path), cite_key, E(citeas), E(a["title"]), a["shown"] if a["shown"][0].isalpha() else "March 7, 2025", s.url(path), s.url(path))
        main = titleblock + "\n\n\n" + body + "\n\n\n" + appendix
        head = "".join('<meta name="author" content="%s">\n' % E(n) for n in names) + '<meta name="dcterms.date" content="%s">\n<meta name="description" content="%s">\n' % (a["date"], E(a["sub"] or a["paras"][0][:150])) + \
            '<meta property="og:title" content="%s – %s">\n<meta property="og:description" content="%s">\n<meta property="og:site_name" content="%s">\n' % (E(a["title"]), SN, E(a["sub"] or ""), SN) + \
            '<meta name="citation_title" content="%s">\n%s<meta name="citation_publication_date" content="%s">\n<meta name="citation_cover_date" content="%s">\n<meta name="citation_year" content="2025">\n<meta name="citation_online_date" content="%s">\n<meta name="citation_fulltext_html_url" content="%s">\n<meta name="citation_language" content="en">\n' % (
                E(a["title"]), "".join('<meta name="citation_author" content="%s">\n' % E(n) for n in names), a["date"].replace("-", "/"), a["date"].replace("-", "/"), a["date"].replace("-", "/"), s.url(path))
        s.art(path, shell("%s – %s" % (a["title"], SN), main, head, toc), a["title"], a["date"], names,
              must=[a["paras"][1], a["paras"][-1]], must_not=["For attribution, please cite", a["code"].split("\n")[0], "langid = {en}"])

    def listing(cls="quarto-listing-container-default"):
        items = "".join(('<div class="quarto-post image-right" data-index="%d" data-categories="%s" data-listing-date-sort="%d" data-listing-file-modified-sort="1742480000000" data-listing-date-modified-sort="NaN" '
                         'data-listing-reading-time-sort="%d" data-listing-word-count-sort="%d">\n<div class="thumbnail"><p><a href="%sindex.html" class="no-external"></a></p><a href="%sindex.html" class="no-external">'
                         '<p class="card-img-top"><img src="%sthumbnail.png" class="thumbnail-image card-img"></p></a></div>\n<div class="body"><h3 class="no-anchor listing-title"><a href="%sindex.html" class="no-external">%s</a></h3>'
                         '<div class="listing-subtitle"><a href="%sindex.html" class="no-external">%s</a></div><div class="listing-categories">%s</div>'
                         '<div class="delink listing-description"><a href="%sindex.html" class="no-external">%s</a></div></div>\n<div class="metadata"><a href="%sindex.html" class="no-external">'
                         '<div class="listing-date">%s</div><div class="listing-author">%s</div></a></div>\n</div>') % (
            i, ",".join(a["cats"]), int(datetime.datetime.fromisoformat(a["date"]).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000), a["rt"], 230 * a["rt"], a["dir"], a["dir"], a["dir"], a["dir"], E(a["title"]),
            a["dir"], E(a["sub"] or ""), "".join('<div class="listing-category" onclick="window.quartoListingCategory(\'%s\'); return false;">%s</div>' % (c, c) for c in a["cats"]),
            a["dir"], E(a["paras"][0][:180].rsplit(" ", 1)[0] + " …"), a["dir"], datetime.date.fromisoformat(a["date"]).strftime("%b %-d, %Y"), ", ".join(n for n, aff in a["authors"])) for i, a in enumerate(A))
        return '<div id="listing-listing" class="quarto-listing %s"><div class="list quarto-listing-default">\n%s\n</div><div class="listing-no-matching d-none">No matching items</div></div>' % (cls, items)
    cats = sorted({c for a in A for c in a["cats"]})
    side = ('<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><div class="quarto-listing-category-title">Categories</div><div class="quarto-listing-category category-default">'
            '<div class="category" data-category="">All <span class="quarto-category-count">(3)</span></div>%s</div></div>') % "".join(
        '<div class="category" data-category="%s">%s <span class="quarto-category-count">(%d)</span></div>' % (c, c, sum(c in a["cats"] for a in A)) for c in cats)
    s.non("/", shell(SN, '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">The Numbers Desk</h1></div>'
          '<div><div class="description"><p>Data reporting on housing, courts, climate and public safety in the metro area, from the newsroom of the Hartwell University journalism school.</p></div></div></header>\n' + listing(),
        '<meta name="description" content="Data reporting from the Hartwell University journalism school.">\n<meta property="og:title" content="The Numbers Desk">\n', side))
    s.non("/index.html", shell(SN, '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">The Numbers Desk</h1></div>'
          '<div><div class="description"><p>Data reporting on housing, courts, climate and public safety in the metro area, from the newsroom of the Hartwell University journalism school.</p></div></div></header>\n' + listing(),
        '<meta name="description" content="Data reporting from the Hartwell University journalism school.">\n<meta property="og:title" content="The Numbers Desk">\n', side))
    rows = "".join('<tr><td><span class="listing-date">%s</span></td><td><a href="%sindex.html" class="title listing-title">%s</a></td><td><span class="listing-author">%s</span></td></tr>' % (
        datetime.date.fromisoformat(a["date"]).strftime("%-m/%-d/%y"), a["dir"], E(a["title"]), ", ".join(n for n, aff in a["authors"])) for a in A)
    s.non("/archive.html", shell("Archive – " + SN, '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">Archive</h1></div></header>\n'
          '<div class="quarto-listing quarto-listing-container-table"><table class="quarto-listing-table table"><thead><tr><th class="listing-date">Date</th><th class="listing-title">Title</th><th class="listing-author">Author</th></tr></thead>'
          '<tbody class="list">%s</tbody></table></div>' % rows))
    s.non("/data.html", shell("Data – " + SN, '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">Data library</h1></div>'
          '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Modified</div><div class="quarto-title-meta-contents"><p class="date-modified">March 20, 2025</p></div></div></div></header>'
          '<p>Cleaned datasets behind our stories, free to reuse under CC BY 4.0.</p><table class="table"><thead><tr><th>Dataset</th><th>Rows</th><th>Updated</th><th>Story</th></tr></thead><tbody>'
          '<tr><td>eviction_filings_2015_2024.csv</td><td>381,204</td><td>2025-03-14</td><td><a href="%sindex.html">Eviction filings</a></td></tr>'
          '<tr><td>flood_zone_changes.geojson</td><td>47,551</td><td>2025-03-07</td><td><a href="%sindex.html">Flood maps</a></td></tr>'
          '<tr><td>calls_911_2023_2024.parquet</td><td>2,113,870</td><td>2025-03-03</td><td><a href="%sindex.html">911 wait times</a></td></tr></tbody></table>' % (A[0]["dir"], A[1]["dir"], A[2]["dir"])))
    s.non("/about.html", shell("About – " + SN, '<div class="quarto-about-jolla"><img src="/profile.jpg" class="about-image round"><h1 class="title">The Numbers Desk</h1>'
          '<div class="about-entity">%s<h2 class="anchored">Team</h2><ul><li>Tom Lund, editor</li><li>Ana Ferreira, data reporter</li><li>Priya Raman, Metro Data Lab (partner)</li></ul></div>'
          '<div class="about-links"><a href="https://github.com/numbersdesk" class="about-link"><span class="about-link-text">GitHub</span></a><a href="mailto:desk@numbersdesk.example" class="about-link"><span class="about-link-text">Email</span></a></div></div>' % ps([
              "The Numbers Desk is a nonprofit data newsroom based at the Hartwell University school of journalism. Students and professional editors report together.",
              "Every story we publish comes with its code and data. If you find an error, open an issue on GitHub or email us."])))
    s.put("/index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>%s</title><link>%s</link>'
          '<generator>quarto-1.6.40</generator>%s</channel></rss>' % (SN, s.url("/"), "".join(
              '<item><title>%s</title><dc:creator>%s</dc:creator><link>%s</link><pubDate>%s</pubDate><guid>%s</guid></item>' % (
                  E(a["title"]), E(", ".join(n for n, aff in a["authors"])), s.url(a["dir"] + "index.html"), datetime.date.fromisoformat(a["date"]).strftime("%a, %d %b %Y 00:00:00 GMT"), s.url(a["dir"] + "index.html")) for a in A)))
    s.sitemap(["/index.html", "/archive.html", "/about.html", "/data.html"] + [a["dir"] + "index.html" for a in A])


for build in (marsh, talbote, warta, altavoz, mouraria, northfield, rhodanien, seeblick, estuaire, marea, folha, numbers):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
