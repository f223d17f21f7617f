"""Web cc: news and the communities around it. Twelve sites on
127.0.7.61-72 (port 18153) in English, German, French, Spanish, Russian,
Portuguese (Brazil), Polish and Japanese: forums, link aggregators, a Q&A
site, a Wikinews-like wiki, community and citizen-journalism news sites and
a local paper with a board attached, each rendered the way its platform
renders pages. Thread, item, comment, question, profile, subforum, tag,
search, "new posts" and login pages are non-articles, even when their first
post is long, dated, signed, quotes a news story at length or carries
DiscussionForumPosting markup; the stories of the news sites and the wiki
are the articles, and their reader comments are neither their authors, date
nor body.

 1 The Harbour Light - a reader-funded Cornish news site on WordPress 6.7 +
   GeneratePress + Yoast (@graph Person authors), "by X and Y", a story by
   the desk account "Harbour Light Reporter", a "Join the discussion: 47
   replies on the Harbour Light forum" box under two stories; its phpBB 3.3
   prosilver board at /forum/ (phpBB SEO URLs): board index, viewforum
   pages, the topic on the lead story (its first post quotes two of the
   story's paragraphs under the story's own title) and its page 2, a long
   signed reminiscence ("Memories of the 1979 storm ... Walter Penrose,
   Penhallow"), member profiles, search.php?search_id=newposts, the
   ucp.php?mode=login form; feed and wp-sitemap.
 2 Opennews - a Wikinews-like MediaWiki 1.43 (Vector 2022): articles with a
   "Sunday, March 9, 2025" dateline, Related news, a Sources list naming
   the sources' reporters, the archived-page notice and "Have an opinion on
   this story? Share it!", no byline (authors []); Wikimedia's Article
   JSON-LD ("Contributors to Wikimedia projects", datePublished = the page's
   creation, the evening before the dateline on two articles) on four of
   six; an interview (original reporting). Main Page, the date category
   and a topic category, a portal, the Comments: and Talk: pages of the
   lead story with signed posts, a user page, Newsroom, Water cooler, Style
   guide, Help.
 3 Hearth News - a Hacker News-like aggregator in HN's table markup (path
   ids /item/N instead of item?id=N): front page, /news, /newest, /front,
   /ask, /show, link items with comment trees, an Ask HN whose text is four
   paragraphs of prose, a Show HN, a single comment's page, user profiles,
   /submitted, /from, login; relative ages computed at generation; rss.
 4 Nerdwire - a Slashdot-like site: story pages ("Posted by BeauHD on Sunday
   March 09, 2025 @10:40PM from the sea-wall-as-a-service dept.", a summary
   quoting a source, og:type article, scored comment threads), a comment's
   page (comments.pl?sid=&cid=), topics, user pages, a poll, polls,
   archive, submission form, login; the nav's "Most Discussed" (/?fhfilter=
   recent) serves the front page again; rss.
 5 Schlagzeilen-Treff - a German "Nachrichten-Community" (Yigg-like): link
   items with the source's quoted teaser, votes, tags and "Antworten"
   comment threads (og:type article), a members' text post ("Wie wir unser
   Dorfblatt gerettet haben", signed by its author), front, Neu, Top der
   Woche, categories, a tag, a profile, search, login, rules; feed, sitemap.
 6 Oberrhein-Forum - XenForo 2.3 (de): threads with XenForo's
   DiscussionForumPosting JSON-LD, a first post quoting a regional paper's
   article at length, its page 2, an "Offener Brief an den Gemeinderat"
   signed with a full name, forum lists, a member page, Neue Beiträge,
   search, login, a tag, terms; sitemap.
 7 Le Ricochet - a French participatory local news blog (WordPress + Astra +
   Yoast) whose six stories carry native comment threads with names,
   "9 mars 2025 à 19 h 12" times and "Répondre" links; a story at 00:20
   Paris time (the UTC day before), a "Rédaction" story (authors []), a
   reader's tribune posted by "Rédaction" and signed "Par Mathilde Guérin,
   parent d'élève à Saint-Aubin-de-Retz"; its Discourse 3.4 forum in the
   /forum/ subfolder (crawler view: DiscussionForumPosting microdata,
   article:published_time, oneboxes of the blog's stories, a member's long
   council-meeting report), latest, a category, a tag, a user page, about,
   search, login; sitemaps for both.
 8 Ágora Stack Exchange - a StackExchange-like Q&A (es) in SE's markup
   (QAPage, Question/Answer microdata, dateCreated, signatures, comments):
   a question quoting a news story, one on parliamentary procedure, one
   written as a signed four-paragraph report; home, questions, a tag,
   tags, users, a profile, search, login, help; the OneTrust banner.
 9 Заречный.ру - a Russian city portal on uCoz: news entries (eBlock,
   "Добавил: Irina_S | Дата: 09.03.2025") signed at the foot of the text
   ("Ирина Соколова", "Текст и фото: Андрей Белов", "Источник: пресс-служба
   ..." for a press release, no signature on another), native comments
   (cAuthor, cDate, "Ответить"), a mini-chat and a poll in the sidebar;
   the uCoz forum (/forum/2-15-1 quoting the lead story, its page 2, a
   local historian's signed account of the 1994 flood), the guestbook,
   news archive and category, profile, login, search; uCoz's robots.txt.
10 reddito - a Reddit-like community in old-reddit markup (pt-BR): a link
   post with a comment tree, a mod's megathread whose self text summarises
   and quotes the news, a resident's signed self post, a single comment's
   permalink page, subreddit listings, a wiki page, profiles, subreddits,
   search, login; .rss.
11 Wieści znad Nogatu - a Polish citizen-journalism portal on vBulletin 5
   Connect: CMS articles ("Autor: Ewa Kowalczyk, 9 marca 2025, 14:22") with
   comment threads ("Odpowiedz"), a "Redakcja" article (authors []), a link
   to the forum thread under the lead story; forum, channel, the thread
   quoting the lead story and its page 2, a resident's signed complaint,
   a profile, new posts, login, the join page; sitemap, feed.
12 みなと新報 - a Japanese local web paper (NewsArticle JSON-LD with +09:00
   times, two morning stories on the UTC day before, "（佐藤美咲、高橋翔太）"
   bylines at the foot, a 編集部 story with the desk as JSON-LD author) and
   its 2ch-style board "みなと板" in Shift_JIS: read.cgi threads whose
   first post (by the board's ★ "記者クラブ") reposts the story, an l50
   view, the board top and subback.html.

Truth: 36 articles (six each on sites 1, 2, 7, 9, 11 and 12; the other six
sites are all non-articles), 166 non-articles, no syndicated copies. Desk
and site credits (Harbour Light Reporter, Rédaction, Redakcja, みなと新報
編集部, the wiki's contributors, a press office) are authors []; dates are
the UTC day, with the instant where the page names a zone.

Crawled with /tmp/nr-start: stories 36: title 28, date 26, authors 20 right;
non-articles stored 13 of 166; bodies checked 28: 17 wrong. Not stored: all
six vBulletin CMS articles (the whole Polish site was taken for a forum)
and the two Opennews articles without Wikimedia's JSON-LD (taken for
documentation pages). Dates: two Opennews articles got the JSON-LD
datePublished (the page's creation the evening before) over the dateline.
Authors: on four uCoz stories the first commenter (Виктор, Людмила, Ольга,
Гуськов В.) instead of the signature at the foot of the text (or none, for
the press release); desk credits kept ("Harbour Light" from "Harbour Light
Reporter", "Rédaction", "みなと新報編集部"); the tribune's signature split
into "Mathilde Guérin" and "parent d'élève". Non-articles stored: two
Slashdot-like story pages and its front page under /?fhfilter=recent, the
Ask HN item, the Treff text post, both reddit self posts, three uCoz forum
pages and its guestbook, both 2ch read.cgi threads. Bodies: the forum
discussion box on two Harbour Light stories, the archived notice and the
opinion line on four Opennews articles, the comments on four uCoz stories.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18153
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
H = {n: "127.0.7.%d" % (60 + n) for n in range(1, 13)}


def hurl(n, p):
    """A page's address on site n of this web (for links between the sites)."""
    return "http://%s:%d%s" % (H[n], PORT, p)


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, H[n], PORT, truth)

    def nonq(self, path, query, doc, encoding="utf-8"):
        """A non-article whose address carries a query (a static server
        serves the file at path for it, whatever the query)."""
        # a directory, so that the server sends it as HTML (it redirects
        # /x.php?q to /x.php/?q)
        if encoding == "utf-8":
            self.put(path + "/", doc)
        else:
            self.raw(path, doc, encoding)
        self.truth["nonarticles"].append(self.url(path + query))

    def raw(self, path, doc, encoding):
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        common.write(self.out, self.host, path, doc, encoding)

    def non_enc(self, path, doc, encoding):
        self.raw(path, doc, encoding)
        self.truth["nonarticles"].append(self.url(path))

    def sitemap(self, paths, disallow="/search"):
        super().sitemap(paths, disallow)


def rfc822(iso):
    d = datetime.datetime.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (d.strftime("%z") or "+0000")


def ago(hours):
    """The instant hours before the crawl (generation) time."""
    return NOW - datetime.timedelta(hours=hours)


def utc(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")


# ------------------------------------------------------------ 1 The Harbour Light (WordPress news site + phpBB 3.3 board at /forum/, en-GB)
def harbour():
    s = Site(1)
    SN = "The Harbour Light"
    A = [dict(slug="harbour-wall-repairs-to-start-after-storm-damage", title="Harbour wall repairs to start after storm damage", iso="2025-03-09T08:15:00+00:00",
              mod="2025-03-10T12:02:00+00:00", by=[("Tamsin Hocking", "tamsin-hocking")], topic=("harbour-light-stories-f3", 1842, 47, "seagull_sid", "Mon Mar 10, 2025 7:41 pm"), paras=[
                  "Repairs to Porthcarrow's storm-damaged harbour wall will begin next month after the harbour commissioners agreed a £1.2 million contract with a Plymouth marine engineering firm.",
                  "A forty-metre section of the western arm was breached during Storm Ivo in February, when waves over eight metres high pushed granite blocks into the inner harbour and flooded the fish market.",
                  "Harbour master Lowenna Trewin said the work would take about five months and that the inner harbour would stay open to the fishing fleet throughout, although pleasure boats would have to moor in the outer basin until July.",
                  "\"We have been patching that wall since my grandfather's day, and this time we are doing it properly,\" she said. \"The new core will be reinforced concrete faced with the original stone.\"",
                  "The commissioners will pay for the repairs with an emergency grant from the Marine Management Organisation and a loan that will be repaid from mooring fees over fifteen years."]),
         dict(slug="ferry-operator-cuts-winter-sailings-to-the-islands", title="Ferry operator cuts winter sailings to the islands", iso="2025-03-07T16:40:00+00:00",
              mod="2025-03-07T16:40:00+00:00", by=[("Jago Pascoe", "jago-pascoe")], topic=("harbour-light-stories-f3", 1839, 12, "Demelza_H", "Sat Mar 08, 2025 10:12 am"), paras=[
                  "The operator of the only passenger ferry between Porthcarrow and the Carrack Islands will cut its winter timetable to three sailings a week from November, blaming rising fuel costs and falling passenger numbers.",
                  "Carrack Sea Link currently runs a daily service from October to March. Its managing director, Piran Moyle, said the winter crossings had lost money for four years in a row and that the company could no longer cover the losses from summer trade.",
                  "Islanders said the change would make it harder to reach hospital appointments and the secondary school on the mainland. The islands' council chair, Demelza Hicks, said residents would ask the county council to subsidise the service.",
                  "The company said it would keep an emergency freight run for food and medicines on the days without a passenger sailing."]),
         dict(slug="town-council-backs-second-homes-levy", title="Town council backs second-homes levy", iso="2025-03-05T19:30:00+00:00",
              mod="2025-03-06T09:00:00+00:00", by=[("Tamsin Hocking", "tamsin-hocking"), ("Kerensa Rowe", "kerensa-rowe")], topic=None, paras=[
                  "Porthcarrow Town Council has voted to support a premium of up to one hundred per cent on council tax for second homes, joining a growing list of Cornish towns calling for the levy to be charged in full.",
                  "Councillors voted nine to two in favour of a motion asking Cornwall Council to apply the maximum premium from April next year and to spend part of the money on affordable housing in the town.",
                  "Almost one house in three in the harbour conservation area is now a second home or holiday let, according to figures the town clerk presented to the meeting.",
                  "Councillor Jory Nance, who voted against, said the levy would hit local families who had inherited cottages and could not afford to sell them. The mayor, Tegen Carne, said exemptions for inherited homes were already being discussed."]),
         dict(slug="lifeboat-crew-rescue-three-from-cliff-ledge", title="Lifeboat crew rescue three from cliff ledge", iso="2025-03-04T11:05:00+00:00",
              mod="2025-03-04T11:05:00+00:00", by=[("Harbour Light Reporter", "harbour-light-reporter")], topic=None, paras=[
                  "Three walkers were rescued from a ledge below the coast path at Penhallow Point on Monday afternoon after they were cut off by the rising tide.",
                  "The Porthcarrow inshore lifeboat was launched at 3.20pm and found the group, two adults and a teenager, on rocks about six metres above the water. Crew members brought them off one at a time.",
                  "Coastguard officers from Newquay also attended. None of the three was injured, but they were checked by paramedics at the lifeboat station.",
                  "The RNLI reminded visitors to check tide times before walking on beaches below cliffs, where the water can rise quickly during spring tides."]),
         dict(slug="pilchard-festival-returns-to-the-quay", title="Pilchard festival returns to the quay after five-year gap", iso="2025-03-03T10:00:00+00:00",
              mod="2025-03-03T10:00:00+00:00", by=[("Kerensa Rowe", "kerensa-rowe")], topic=None, paras=[
                  "The Porthcarrow Pilchard Festival will return to the quay this summer for the first time since 2019, after a group of volunteers raised the money to cover insurance and stewarding.",
                  "The one-day festival, which once drew eight thousand visitors, was cancelled during the pandemic and then dropped when the previous organisers retired.",
                  "This year's event on Saturday 26 July will include a gig-rowing race, a fish-cookery tent run by the town's two remaining fish merchants and an evening of Cornish music on the harbour steps.",
                  "Organiser Morwenna Jago said the committee was still looking for stallholders and for volunteers to help with parking on the day."]),
         dict(slug="st-petrocs-school-to-stay-shut-after-roof-collapse", title="St Petroc's school to stay shut until Easter after roof collapse", iso="2025-02-28T14:30:00+00:00",
              mod="2025-02-28T17:45:00+00:00", by=[("Jago Pascoe", "jago-pascoe")], topic=None, paras=[
                  "St Petroc's Primary School will stay closed until after Easter after part of the roof of its main hall collapsed during the night, the academy trust that runs it has confirmed.",
                  "Nobody was in the building when the ceiling fell shortly after 2am on Thursday. A caretaker found the damage when he arrived to open the school.",
                  "The trust said pupils would be taught in classrooms at Porthcarrow Community College and the town's Methodist hall from Monday, with buses laid on from the school gates.",
                  "Engineers are checking whether the same type of lightweight concrete panels were used in the rest of the building, which was put up in 1968."])]
    for a in A:
        d = datetime.datetime.fromisoformat(a["iso"])
        a["path"] = "/%s/%s/" % (d.strftime("%Y/%m/%d"), a["slug"])
        a["shown"] = "%d %s" % (d.day, d.strftime("%B %Y"))
    nav = [("/category/news/", "News"), ("/category/community/", "Community"), ("/forum/", "Forum"), ("/about/", "About"), ("/support-us/", "Support us")]

    def shell(title, main, head="", cls="home blog"):
        return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s\n'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s">\n<meta name="generator" content="WordPress 6.7.2">\n'
                '<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">\n</head>\n'
                '<body class="%s wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left" itemtype="https://schema.org/WebPage" itemscope>\n'
                '<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>\n'
                '<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">'
                '<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">%s</a></p><p class="site-description" itemprop="description">Independent news for Porthcarrow and the Carrack Islands</p></div>'
                '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">%s</ul></div></div></nav></div></header>\n'
                '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">\n%s\n'
                '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
                '<aside id="block-7" class="widget inner-padding widget_block"><h2 class="widget-title">From the forum</h2><ul class="wp-block-rss">'
                '<li class="wp-block-rss__item"><a href="/forum/harbour-light-stories-f3/harbour-wall-repairs-to-start-after-storm-damage-t1842.html">Harbour wall repairs to start after storm damage</a> <span class="wp-block-rss__item-author">by seagull_sid</span></li>'
                '<li class="wp-block-rss__item"><a href="/forum/local-chat-f4/memories-of-the-1979-storm-t1201.html">Memories of the 1979 storm</a> <span class="wp-block-rss__item-author">by Walt_Penrose</span></li></ul></aside>'
                '<aside id="block-9" class="widget inner-padding widget_block"><div class="support-box"><h2>Keep the Light on</h2><p>The Harbour Light is run by two reporters and a volunteer editor, and paid for by its readers. If you value local news, please support us from £3 a month.</p>'
                '<p><a class="button" href="/support-us/">Support us</a></p></div></aside></div></div>\n</div></div>\n'
                '<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">'
                '<span class="copyright">&copy; 2025 The Harbour Light CIC</span> &bull; <a href="/about/">About</a> &bull; <a href="/privacy-policy/">Privacy</a> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>\n'
                '</body>\n</html>') % (E(title), head, SN, s.url("/feed/"), cls, SN, "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, t) for p, t in nav), main)

    nl = ('<div class="wp-block-group newsletter-signup"><h3 class="wp-block-heading">Get The Harbour Light Weekly</h3><p>Every Friday: the week\'s Porthcarrow news, tide tables and what\'s on, straight to your inbox.</p>'
          '<form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email address"><input type="submit" value="Sign up"></form></div>')

    def byline(a):
        names = [n for n, _ in a["by"]]
        link = ['<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/%s/" title="View all posts by %s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span>' % (u, E(n), E(n)) for n, u in a["by"]]
        return " and ".join(link), names

    def entry(a):
        by, _ = byline(a)
        return ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail hentry category-news"><div class="inside-article">'
                '<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="%s" rel="bookmark">%s</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time></span> '
                '<span class="byline">by %s</span></div></header><div class="entry-summary" itemprop="text"><p>%s</p></div></div></article>') % (
            4100 + A.index(a), a["path"], E(a["title"]), a["iso"], a["shown"], by, E(a["paras"][0]))

    for i, a in enumerate(A):
        by, names = byline(a)
        pid = 4100 + i
        forum = ""
        if a["topic"]:
            f, t, n, last, when = a["topic"]
            forum = ('<div class="forum-discussion-box"><h3>Join the discussion</h3><p><a href="/forum/%s/%s-t%d.html">%d replies on the Harbour Light forum</a> &middot; '
                     'Latest reply by %s, %s</p><p>Comments are closed on this article. Please take part in the discussion on our forum; registration is free.</p></div>') % (f, a["slug"], t, n, last, when)
        else:
            forum = '<div class="comments-area"><p class="no-comments">Comments are closed.</p></div>'
        others = [x for x in A if x is not a][:3]
        related = '<div class="related-posts"><h3>More from The Harbour Light</h3><ul>%s</ul></div>' % links([(x["path"], x["title"]) for x in others])
        main = ('<div class="content-area" id="primary"><main class="site-main" id="main">\n<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-news" itemtype="https://schema.org/CreativeWork" itemscope>'
                '<div class="inside-article"><div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="/wp-content/uploads/2025/03/%s.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>'
                '<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta"><span class="posted-on"><time class="updated" datetime="%s" itemprop="dateModified">%s</time>'
                '<time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time></span> <span class="byline">by %s</span></div></header>'
                '<div class="entry-content" itemprop="text">%s%s%s</div>'
                '<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/news/" rel="category tag">News</a></span>'
                '<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="%s" rel="prev">%s</a></span></div></nav></footer></div></article>\n%s%s</main></div>') % (
            pid, pid, a["slug"][:20], E(a["title"]), a["mod"], a["shown"], a["iso"], a["shown"], by, ps(a["paras"][:2]), nl, ps(a["paras"][2:]),
            A[(i + 1) % len(A)]["path"], E(A[(i + 1) % len(A)]["title"]), forum, related)
        url = s.url(a["path"])
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": [{"name": n, "@id": s.url("/#/schema/person/%s" % u)} for n, u in a["by"]],
             "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"], "mainEntityOfPage": {"@id": url}, "publisher": {"@id": s.url("/#organization")},
             "articleSection": ["News"], "inLanguage": "en-GB", "commentCount": 0},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (a["title"], SN), "datePublished": a["iso"], "dateModified": a["mod"]},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN, "url": s.url("/")}] + [
            {"@type": "Person", "@id": s.url("/#/schema/person/%s" % u), "name": n, "url": s.url("/author/%s/" % u)} for n, u in a["by"]]}
        head = ('<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:locale" content="en_GB">\n<meta property="og:type" content="article">\n'
                '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n<meta property="article:published_time" content="%s">\n'
                '<meta property="article:modified_time" content="%s">\n<meta name="author" content="%s">\n<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="%s">\n%s') % (
            E(a["paras"][0][:155]), url, E(a["title"]), url, SN, a["iso"], a["mod"], E(", ".join(names)), E(", ".join(names)), jl(graph))
        au = [] if names == ["Harbour Light Reporter"] else names
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % pid), a["title"], a["iso"][:10], au,
              must=[a["paras"][1], a["paras"][-1]], must_not=["the week's Porthcarrow news, tide tables", "Keep the Light on", "Please take part in the discussion on our forum", others[0]["title"]])

    s.non("/", shell("%s - Independent news for Porthcarrow and the Carrack Islands" % SN, '<div class="content-area" id="primary"><main class="site-main" id="main">%s'
          '<nav id="nav-below" class="paging-navigation"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span></div></nav></main></div>' % "".join(entry(a) for a in A),
          '<meta property="og:type" content="website">'))
    s.non("/category/news/", shell("News Archives - " + SN, '<div class="content-area" id="primary"><main class="site-main" id="main"><header class="page-header"><h1 class="page-title">News</h1></header>%s</main></div>' % "".join(
        entry(a) for a in A if a["slug"] != "pilchard-festival-returns-to-the-quay"), cls="archive category category-news"))
    s.non("/category/community/", shell("Community Archives - " + SN, '<div class="content-area" id="primary"><main class="site-main" id="main"><header class="page-header"><h1 class="page-title">Community</h1>'
          '<div class="taxonomy-description"><p>Clubs, festivals, churches and the people who keep Porthcarrow going.</p></div></header>%s</main></div>' % entry(A[4]), cls="archive category"))
    for u, n, bio in (("tamsin-hocking", "Tamsin Hocking", "Tamsin Hocking is the Harbour Light's editor. She grew up in Porthcarrow and worked for the Western Morning News for twelve years."),
                      ("jago-pascoe", "Jago Pascoe", "Jago Pascoe covers transport, schools and the islands. Tips to jago@harbourlight.example.")):
        s.non("/author/%s/" % u, shell("%s, Author at %s" % (n, SN), '<div class="content-area" id="primary"><main class="site-main" id="main"><header class="page-header"><h1 class="page-title">%s</h1>'
              '<div class="author-info"><p>%s</p></div></header>%s</main></div>' % (E(n), E(bio), "".join(entry(a) for a in A if any(x == u for _, x in a["by"]))), cls="archive author"))
    s.non("/about/", shell("About us - " + SN, '<div class="content-area" id="primary"><main class="site-main" id="main"><article class="page type-page"><div class="inside-article"><header class="entry-header"><h1 class="entry-title">About us</h1></header>'
          '<div class="entry-content">%s</div></div></article></main></div>' % ps([
              "The Harbour Light is a community interest company set up in 2020, after the Porthcarrow Packet closed after 140 years. We publish local news online every weekday.",
              "Our forum has been running since 2009, when it was the Packet's message board. It moved to us along with most of its members.",
              "Editor: Tamsin Hocking. Reporters: Jago Pascoe, Kerensa Rowe. Volunteer sub-editor: Roger Tonkin."]), cls="page-template-default page"))
    s.non("/support-us/", shell("Support us - " + SN, '<div class="content-area" id="primary"><main class="site-main" id="main"><article class="page type-page"><div class="inside-article"><header class="entry-header"><h1 class="entry-title">Support us</h1></header>'
          '<div class="entry-content"><p>We are funded by 640 supporters who give from £3 a month. Every pound pays for reporting on Porthcarrow.</p><form><select><option>£3 a month</option><option>£5 a month</option></select><button>Support</button></form></div></div></article></main></div>', cls="page"))

    # ---- the phpBB board
    F = {"harbour-light-stories-f3": ("Harbour Light stories", "Talk about the stories in The Harbour Light. One topic per story, please.", 3),
         "local-chat-f4": ("Local chat", "Anything about Porthcarrow, the harbour and the islands.", 4),
         "off-topic-f7": ("Off topic", "Football, telly, recipes and everything else.", 7)}
    U = {"seagull_sid": (54, "Regular", 2214, "Sat Jun 12, 2010 7:41 pm", "Porthcarrow", "Sid\nNothing in this harbour is ever as simple as the council says."),
         "Tidepool_Tess": (611, "Newbie", 38, "Tue Jan 14, 2025 8:02 pm", "Upper Town", ""),
         "old_jory": (12, "Old hand", 5120, "Wed Apr 01, 2009 6:15 pm", "Chapel Street", ""),
         "mizzen": (233, "Regular", 871, "Fri Feb 03, 2012 11:30 am", "The islands", "Carrack born and bred."),
         "Demelza_H": (301, "Regular", 402, "Mon Sep 09, 2013 9:00 am", "St Elwyn's, Carrack", ""),
         "Walt_Penrose": (88, "Old hand", 3390, "Sun May 10, 2009 4:20 pm", "Penhallow", "Walt")}

    def pb_shell(title, crumbs, body, head=""):
        cr = "".join('<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="%s"><span itemprop="name">%s</span></a><meta itemprop="position" content="%d"></span>' % (
            p, E(t), i + 1) for i, (p, t) in enumerate([("/", "The Harbour Light"), ("/forum/", "Board index")] + crumbs))
        return ('<!DOCTYPE html>\n<html dir="ltr" lang="en-gb">\n<head>\n<meta charset="utf-8" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
                '<title>%s</title>\n%s\n<link href="/forum/styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">\n</head>\n<body id="phpbb" class="nojs notouch section-viewtopic ltr ">\n'
                '<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" role="banner"><div class="inner">'
                '<div id="site-description" class="site-description"><a id="logo" class="logo" href="/forum/" title="Board index"><span class="site_logo"></span></a><h1>The Harbour Light Forum</h1>'
                '<p>Talk about Porthcarrow, the harbour and the stories in The Harbour Light</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>'
                '<div id="search-box" class="search-box search-header" role="search"><form action="/forum/search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" />'
                '<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset></form></div></div></div>'
                '<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">'
                '<a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><ul class="dropdown-contents" role="menu">'
                '<li><a href="/forum/search.php?search_id=newposts" role="menuitem"><i class="icon fa-file-o fa-fw icon-red" aria-hidden="true"></i><span>New posts</span></a></li>'
                '<li><a href="/forum/search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li><li class="separator"></li><li><a href="/forum/memberlist.php" role="menuitem"><span>Members</span></a></li></ul></div></li>'
                '<li data-skip-responsive="true"><a href="/forum/faq.php" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>'
                '<li class="rightside" data-skip-responsive="true"><a href="/forum/ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>'
                '<li class="rightside" data-skip-responsive="true"><a href="/forum/ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul>'
                '<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">%s</li>'
                '<li class="rightside responsive-search"><a href="/forum/search.php" title="View the advanced search options" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></a></li></ul></div></div></div>\n'
                '<a id="start_here" class="anchor"></a>\n<div id="page-body" class="page-body" role="main">\n%s\n</div>\n'
                '<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="/forum/" data-navbar-reference="index"><span>Board index</span></a></span></li>'
                '<li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="/forum/ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li>'
                '<li class="rightside" data-last-responsive="true"><a href="/forum/memberlist.php?mode=team" role="menuitem"><span>The team</span></a></li></ul></div></div>'
                '<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited<p class="footer-row"><a class="footer-link" href="/forum/ucp.php?mode=privacy" title="Privacy"><span class="footer-link-text">Privacy</span></a> | '
                '<a class="footer-link" href="/forum/ucp.php?mode=terms" title="Terms"><span class="footer-link-text">Terms</span></a></p></div></div></div>\n'
                '<div class="cookie-notice" id="phpbb_cookie_notice"><p>This board uses cookies to keep you logged in. <a href="/forum/ucp.php?mode=privacy">Learn more</a></p><a class="button" href="#">Got it!</a></div>\n</body>\n</html>') % (E(title), head, cr, body)

    def member(u):
        return "/forum/member%d.html" % U[u][0]

    def post(pid, u, subj, when_iso, content):
        uid, rank, nposts, joined, loc, sig = U[u]
        d = datetime.datetime.fromisoformat(when_iso)
        shown = d.strftime("%a %b %d, %Y ") + d.strftime("%I:%M %p").lstrip("0").lower()
        sigh = ('<div id="sig%d" class="signature">%s</div>' % (pid, "<br>".join(E(x) for x in sig.split("\n")))) if sig else ""
        return ('<div id="p%d" class="post has-profile bg%d"><div class="inner"><dl class="postprofile" id="profile%d"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>'
                '<a href="%s" class="username">%s</a></dt><dd class="profile-rank">%s</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="/forum/search.php?author_id=%d&amp;sr=posts">%d</a></dd>'
                '<dd class="profile-joined"><strong>Joined:</strong> %s</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> %s</dd></dl>'
                '<div class="postbody"><div id="post_content%d"><h3 %s><a href="#p%d">%s</a></h3><ul class="post-buttons"><li><a href="/forum/posting.php?mode=quote&amp;p=%d" title="Reply with quote" class="button button-icon-only">'
                '<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>'
                '<p class="author"><a class="unread" href="#p%d" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a>'
                '<span class="responsive-hide">by <strong><a href="%s" class="username">%s</a></strong> &raquo; </span><time datetime="%s">%s</time></p>'
                '<div class="content">%s</div>%s</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>\n<hr class="divider" />') % (
            pid, 1 + pid % 2, pid, member(u), E(u), rank, uid, nposts, joined, E(loc), pid, 'class="first"' if subj[:3] != "Re:" else "", pid, E(subj), pid, pid, member(u), E(u),
            d.isoformat(), shown, content, sigh)

    def q(who, text):
        return '<blockquote><div><cite>%s wrote:</cite>%s</div></blockquote>' % (E(who), text)

    def topic_page(fslug, t, title, posts, page, total, replies_url):
        fname = F[fslug][0]
        pag = '<div class="pagination">%d posts &bull; <ul><li class="%s"><a class="button" href="/forum/%s/%s">1</a></li><li class="%s"><a class="button" href="/forum/%s/%s">2</a></li>%s</ul></div>' % (
            total, "active" if page == 1 else "", fslug, replies_url[0], "active" if page == 2 else "", fslug, replies_url[1],
            '<li class="arrow next"><a class="button button-rounded button-icon-only" href="/forum/%s/%s" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>' % (fslug, replies_url[1]) if page == 1 else "") if replies_url[1] else '<div class="pagination">%d posts &bull; Page <strong>1</strong> of <strong>1</strong></div>' % total
        body = ('<h2 class="topic-title"><a href="/forum/%s/%s">%s</a></h2>\n<div class="action-bar bar-top"><a href="/forum/posting.php?mode=reply&amp;t=%d" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
                '<div class="search-box" role="search"><form method="get" id="topic-search" action="/forum/search.php"><input class="inputbox search tiny" type="search" name="keywords" size="20" placeholder="Search this topic…" /></form></div>%s</div>\n%s\n'
                '<div class="action-bar bar-bottom"><a href="/forum/posting.php?mode=reply&amp;t=%d" class="button"><span>Post Reply</span></a>%s</div>'
                '<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="/forum/%s/" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to &ldquo;%s&rdquo;</span></a></p></div>'
                '<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>') % (
            fslug, replies_url[0], E(title), t, pag, "".join(posts), t, pag, fslug, E(fname))
        return pb_shell("%s - The Harbour Light Forum" % title, [("/forum/%s/" % fslug, fname)], body, '<link rel="canonical" href="%s">' % s.url("/forum/%s/%s" % (fslug, replies_url[page - 1])))

    a0, a1 = A[0], A[1]
    T1 = "%s-t1842.html" % a0["slug"]
    T1b = "%s-t1842-15.html" % a0["slug"]
    p1 = [post(9123, "seagull_sid", a0["title"], "2025-03-09T09:02:14+00:00",
               "From this morning's Light:" + q("The Harbour Light", E(a0["paras"][0]) + "<br><br>" + E(a0["paras"][2])) +
               "Five months! The last time they &quot;patched&quot; the western arm it took a year and the fish market was shut half the summer. I will believe the July date when I see it.<br><br>"
               "Good that it is being done properly though. Anyone know if the Plymouth firm is the same lot that did Mevagissey?"),
          post(9125, "Tidepool_Tess", "Re: " + a0["title"], "2025-03-09T09:40:51+00:00",
               q("seagull_sid", "I will believe the July date when I see it.") + "Ha, same. My lad keeps his boat in the inner harbour and nobody has told the moorings people anything yet."),
          post(9131, "old_jory", "Re: " + a0["title"], "2025-03-09T10:15:03+00:00",
               q("The Harbour Light", E(a0["paras"][3])) + "Lowenna is right about her grandfather. I remember them pouring concrete into that wall in 1981 and it lasted about as long as the council that paid for it.<br><br>"
               "The loan worries me more than the wall. Fifteen years of mooring fees is a lot to promise when half the fleet will have retired by then."),
          post(9140, "mizzen", "Re: " + a0["title"], "2025-03-09T12:58:40+00:00",
               "It was the same firm at Mevagissey, yes. They did a decent job there and finished early. Credit where it is due."),
          post(9152, "seagull_sid", "Re: " + a0["title"], "2025-03-09T18:21:09+00:00",
               q("mizzen", "They did a decent job there and finished early.") + "Fair enough, I stand corrected. Still want to know where the pleasure boats are supposed to go in a southerly.")]
    p1b = [post(9390, "Demelza_H", "Re: " + a0["title"], "2025-03-10T16:05:44+00:00",
                "The commissioners are holding a drop-in session at the Institute on Thursday from 4 till 7 if anyone wants to ask about the moorings."),
           post(9402, "seagull_sid", "Re: " + a0["title"], "2025-03-10T19:41:27+00:00",
                q("Demelza_H", "drop-in session at the Institute on Thursday") + "Thanks, I will be there with my list of questions. Someone warn Lowenna.")]
    s.non("/forum/harbour-light-stories-f3/" + T1, topic_page("harbour-light-stories-f3", 1842, a0["title"], p1, 1, 48, (T1, T1b)))
    s.non("/forum/harbour-light-stories-f3/" + T1b, topic_page("harbour-light-stories-f3", 1842, a0["title"], p1b, 2, 48, (T1, T1b)))
    T2 = "%s-t1839.html" % a1["slug"]
    p2 = [post(9001, "mizzen", a1["title"], "2025-03-07T17:12:30+00:00",
               q("The Harbour Light", E(a1["paras"][0])) + "Well there it is. Three sailings a week in winter means anyone with a hospital appointment on a Tuesday either stays over in town at their own cost or misses it.<br><br>"
               "We were told in 2019 that the winter service was safe for ten years. Piran Moyle said it himself at the island hall. I have the minutes somewhere."),
          post(9004, "Demelza_H", "Re: " + a1["title"], "2025-03-07T18:30:02+00:00",
               q("mizzen", "I have the minutes somewhere.") + "Please dig them out, we will need them for the county council. The islands council meets on Wednesday and this is the only item."),
          post(9020, "old_jory", "Re: " + a1["title"], "2025-03-08T10:12:45+00:00",
               "The freight run is something at least. Forty years ago there was no winter boat at all and the doctor came over on the lifeboat.")]
    s.non("/forum/harbour-light-stories-f3/" + T2, topic_page("harbour-light-stories-f3", 1839, a1["title"], p2, 1, 13, (T2, None)))
    T3 = "memories-of-the-1979-storm-t1201.html"
    storm = ["It is forty-six years this week since the storm of March 1979, and after what happened to the western arm last month I thought I would write down what I remember of that night before I forget it altogether.",
             "I was nineteen and crewing on my uncle's boat, the Morwenna. The forecast said gale eight, which was nothing unusual for March, and half the fleet stayed in. By nine o'clock the wind had gone round to the south-west and the sea was coming straight over the wall.",
             "We spent the night on the quay with ropes, moving boats from the outer basin to the inner harbour one at a time, with the whole town watching from the slipway. The fish market roof went at about two in the morning. Nobody was hurt, which still seems a miracle to me.",
             "In the morning the western arm had a gap in it you could have driven a lorry through, and it took the council until the following spring to fill it. They used concrete, which is why it has been cracking ever since.",
             "I do not write this to have a go at anyone. I write it because the young ones on here should know that this harbour has been knocked down before and put back up by the people who use it.",
             "Walter Penrose, Penhallow"]
    p3 = [post(6010, "Walt_Penrose", "Memories of the 1979 storm", "2025-03-02T20:14:00+00:00", "".join("%s<br><br>" % E(x) for x in storm)),
          post(6011, "old_jory", "Re: Memories of the 1979 storm", "2025-03-02T21:02:33+00:00",
               q("Walt_Penrose", "The fish market roof went at about two in the morning.") + "I remember that roof going. My father said it sounded like a gun going off. Thanks for writing this, Walt."),
          post(6014, "Tidepool_Tess", "Re: Memories of the 1979 storm", "2025-03-03T08:45:10+00:00", "This is brilliant. Have you thought about sending it to the Light? They should print it.")]
    s.non("/forum/local-chat-f4/" + T3, pb_shell("Memories of the 1979 storm - The Harbour Light Forum", [("/forum/local-chat-f4/", "Local chat")],
          '<h2 class="topic-title"><a href="/forum/local-chat-f4/%s">Memories of the 1979 storm</a></h2><div class="action-bar bar-top"><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>%s' % (T3, "".join(p3))))
    topics = {"harbour-light-stories-f3": [(T1, a0["title"], "seagull_sid", "Sun Mar 09, 2025 9:02 am", 47, 612, "seagull_sid", "Mon Mar 10, 2025 7:41 pm"),
                                           (T2, a1["title"], "mizzen", "Fri Mar 07, 2025 5:12 pm", 12, 204, "old_jory", "Sat Mar 08, 2025 10:12 am")],
              "local-chat-f4": [(T3, "Memories of the 1979 storm", "Walt_Penrose", "Sun Mar 02, 2025 8:14 pm", 2, 188, "Tidepool_Tess", "Mon Mar 03, 2025 8:45 am")]}
    for fslug, tl in topics.items():
        rows = "".join(('<li class="row bg%d"><dl class="row-item topic_read"><dt title="No unread posts"><div class="list-inner"><a href="/forum/%s/%s" class="topictitle">%s</a><br />'
                        '<div class="responsive-hide left-box">by <a href="%s" class="username">%s</a> &raquo; %s &raquo; in <a href="/forum/%s/">%s</a></div></div></dt>'
                        '<dd class="posts">%d <dfn>Replies</dfn></dd><dd class="views">%d <dfn>Views</dfn></dd><dd class="lastpost"><span><dfn>Last post </dfn>by <a href="%s" class="username">%s</a><br />%s</span></dd></dl></li>') % (
            1 + i % 2, fslug, p, E(t), member(u), E(u), w, fslug, F[fslug][0], r, v, member(lu), E(lu), lw) for i, (p, t, u, w, r, v, lu, lw) in enumerate(tl))
        s.non("/forum/%s/" % fslug, pb_shell("%s - The Harbour Light Forum" % F[fslug][0], [("/forum/%s/" % fslug, F[fslug][0])],
              '<h2 class="forum-title"><a href="/forum/%s/">%s</a></h2><div><p>%s</p></div><div class="action-bar bar-top"><a href="/forum/posting.php?mode=post&amp;f=%d" class="button"><span>New Topic</span></a></div>'
              '<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Topics</div></dt><dd class="posts">Replies</dd><dd class="views">Views</dd><dd class="lastpost"><span>Last post</span></dd></dl></li></ul>'
              '<ul class="topiclist topics">%s</ul></div></div>' % (fslug, F[fslug][0], F[fslug][1], F[fslug][2], rows)))
    frows = "".join(('<li class="row"><dl class="row-item forum_read"><dt title="No unread posts"><div class="list-inner"><a href="/forum/%s/" class="forumtitle">%s</a><br />%s</div></dt>'
                     '<dd class="topics">%d <dfn>Topics</dfn></dd><dd class="posts">%d <dfn>Posts</dfn></dd><dd class="lastpost"><span><dfn>Last post</dfn> <a href="/forum/%s/%s" class="lastsubject">%s</a><br />by <a href="%s" class="username">%s</a><br />%s</span></dd></dl></li>') % (
        fs, F[fs][0], F[fs][1], nt, npst, fs, topics.get(fs, topics["local-chat-f4"])[0][0], E(topics.get(fs, topics["local-chat-f4"])[0][1][:40]), member("seagull_sid"), "seagull_sid", "Mon Mar 10, 2025 7:41 pm")
        for fs, nt, npst in (("harbour-light-stories-f3", 412, 9877), ("local-chat-f4", 1130, 30214), ("off-topic-f7", 360, 8120)))
    s.non("/forum/", pb_shell("The Harbour Light Forum - Index page", [],
          '<p class="right responsive-center time">It is currently Tue Mar 11, 2025 7:02 am</p><div class="action-bar compact"><a href="/forum/search.php?search_id=unanswered" class="icon-search">Unanswered topics</a> &bull; '
          '<a href="/forum/search.php?search_id=active_topics" class="icon-search">Active topics</a></div><div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner"><a href="/forum/">Porthcarrow</a></div></dt>'
          '<dd class="topics">Topics</dd><dd class="posts">Posts</dd><dd class="lastpost"><span>Last post</span></dd></dl></li></ul><ul class="topiclist forums">%s</ul></div></div>'
          '<div class="stat-block online-list"><h3>Who is online</h3><p>In total there are <strong>14</strong> users online :: 3 registered, 0 hidden and 11 guests</p></div>'
          '<div class="stat-block statistics"><h3>Statistics</h3><p>Total posts <strong>48211</strong> &bull; Total topics <strong>1902</strong> &bull; Total members <strong>611</strong> &bull; Our newest member <strong><a href="%s" class="username">Tidepool_Tess</a></strong></p></div>' % (
              frows, member("Tidepool_Tess"))))
    # the off-topic forum is linked but empty of interest; member profiles, new posts, login
    s.non("/forum/off-topic-f7/", pb_shell("Off topic - The Harbour Light Forum", [("/forum/off-topic-f7/", "Off topic")],
          '<h2 class="forum-title"><a href="/forum/off-topic-f7/">Off topic</a></h2><div class="panel"><div class="inner"><strong>There are no topics or posts in this forum you can see as a guest.</strong> Please <a href="/forum/ucp.php?mode=login">log in</a> to read it.</div></div>'))
    for u in ("seagull_sid", "Walt_Penrose"):
        uid, rank, nposts, joined, loc, sig = U[u]
        s.non(member(u), pb_shell("Viewing profile - %s - The Harbour Light Forum" % u, [("/forum/memberlist.php", "Members")],
              '<h2 class="memberlist-title">Viewing profile - %s</h2><form method="post" id="viewprofile"><div class="panel bg1"><div class="inner"><dl class="left-box details profile-details"><dt>Username:</dt><dd><span>%s</span></dd>'
              '<dt>Rank:</dt><dd>%s</dd><dt>Location:</dt><dd>%s</dd></dl></div></div><div class="panel bg2"><div class="inner"><div class="column1"><h3>User statistics</h3><dl class="details"><dt>Joined:</dt><dd>%s</dd>'
              '<dt>Last active:</dt><dd>Mon Mar 10, 2025 7:45 pm</dd><dt>Total posts:</dt><dd>%d | <a href="/forum/search.php?author_id=%d&amp;sr=posts">Search user&rsquo;s posts</a></dd></dl></div></div></div>'
              '<div class="panel bg1"><div class="inner"><h3>Signature</h3><div class="postbody"><div class="signature standalone">%s</div></div></div></div></form>' % (E(u), E(u), rank, E(loc), joined, nposts, uid, E(sig).replace("\n", "<br>"))))
    s.nonq("/forum/search.php", "?search_id=newposts", pb_shell("New posts - The Harbour Light Forum", [("/forum/search.php", "Search")],
           '<h2 class="searchresults-title">Search found 5 matches</h2><div class="forumbg"><div class="inner"><ul class="topiclist topics">%s</ul></div></div>' % "".join(
               '<li class="row bg%d"><dl class="row-item topic_unread"><dt><div class="list-inner"><a href="/forum/%s/%s" class="topictitle">%s</a><br />by <a href="%s" class="username">%s</a> &raquo; %s</div></dt></dl></li>' % (
                   1 + i % 2, fs, p, E(t), member(u), E(u), w) for i, (fs, (p, t, u, w, *_)) in enumerate([(k, x) for k, v in topics.items() for x in v]))))
    s.nonq("/forum/ucp.php", "?mode=login", pb_shell("Login - The Harbour Light Forum", [],
           '<form action="/forum/ucp.php?mode=login" method="post" id="login"><div class="panel"><div class="inner"><div class="content"><h2 class="login-title">Login</h2><fieldset class="fields1">'
           '<dl><dt><label for="username">Username:</label></dt><dd><input type="text" tabindex="1" name="username" id="username" size="25" class="inputbox autowidth" /></dd></dl>'
           '<dl><dt><label for="password">Password:</label></dt><dd><input type="password" tabindex="2" id="password" name="password" size="25" class="inputbox autowidth" /></dd>'
           '<dd><a href="/forum/ucp.php?mode=sendpassword">I forgot my password</a></dd></dl><dl><dd><input type="submit" name="login" tabindex="6" value="Login" class="button1" /></dd></dl></fieldset></div></div></div></form>'))
    s.put("/feed/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link><description>Independent news for Porthcarrow</description>'
          '<generator>https://wordpress.org/?v=6.7.2</generator>%s</channel></rss>' % (SN, s.url("/"), "".join(
              '<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate><category><![CDATA[News]]></category><guid isPermaLink="false">%s?p=%d</guid><description><![CDATA[%s]]></description></item>' % (
                  E(a["title"]), s.url(a["path"]), " and ".join(n for n, _ in a["by"]), rfc822(a["iso"]), s.url("/"), 4100 + i, a["paras"][0]) for i, a in enumerate(A))))
    s.put("/wp-sitemap-posts-post-1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (s.url(a["path"]), a["mod"]) for a in A))
    s.put("/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>' % s.url("/wp-sitemap-posts-post-1.xml"))
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /forum/posting.php\nDisallow: /forum/ucp.php?mode=register\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: %s\n" % s.url("/wp-sitemap.xml"))
    return A


# ------------------------------------------------------------ 2 Opennews (a Wikinews-like MediaWiki 1.43 wiki, en)
def opennews(harbour_a):
    s = Site(2)
    SN = "Opennews"
    A = [dict(title="Storm-damaged harbour wall in Cornwall to be repaired", day="2025-03-09", created="2025-03-08T22:40:11Z", modified="2025-03-12T14:02:44Z", rev=4812231,
              cats=["Europe", "United Kingdom", "England", "Disasters and accidents", "Transport"], orig=False, paras=[
                  "Harbour commissioners in the Cornish town of Porthcarrow, England have agreed a £1.2 million (about US$1.55 million) contract to repair a section of harbour wall that was breached by Storm Ivo last month.",
                  "The storm struck the south-west of England on February 14. Waves estimated at more than eight metres (26 ft) high broke through a forty-metre (130 ft) section of the western arm of the harbour, moving granite blocks into the inner harbour and flooding the town's fish market.",
                  "According to the local news website The Harbour Light, harbour master Lowenna Trewin said the repairs would take around five months. The inner harbour is to remain open to fishing boats during the work, while leisure craft are to be moored in the outer basin until July.",
                  "The work is to be funded by an emergency grant from the Marine Management Organisation and by a loan to be repaid from mooring fees over fifteen years. The wall was last substantially rebuilt after a storm in March 1979."],
              sources=[("Tamsin Hocking", harbour_a[0]["title"], hurl(1, harbour_a[0]["path"]), "The Harbour Light", "March 9, 2025"),
                       ("", "Storm Ivo: Clean-up under way in Cornish harbours", "https://news.example.co.uk/uk-england-cornwall-68311201", "BBC News", "February 16, 2025")]),
         dict(title="Norwegian ferry operator orders three battery-electric vessels", day="2025-03-08", created=None, modified="2025-03-10T08:15:02Z", rev=4811790,
              cats=["Europe", "Norway", "Transport", "Environment", "Economy and business"], orig=False, paras=[
                  "Norwegian ferry company Fjordlinje Vest announced on Thursday that it has ordered three battery-electric car ferries from a shipyard in Turkey, to enter service on routes in the county of Vestland in 2027.",
                  "The vessels are each to carry up to 120 cars and 390 passengers and will charge at each terminal while loading. The company said the contract is worth around 1.4 billion Norwegian kroner (about US$130 million).",
                  "Norway's public road administration requires new ferry contracts on many state-funded routes to use zero- or low-emission vessels. More than eighty battery-powered ferries now operate in the country, according to figures cited by the company.",
                  "A spokesperson for the shipyard told reporters the first hull would be laid down in the autumn. Fjordlinje Vest said the diesel ferries being replaced would be sold abroad."],
              sources=[("Kari Nygaard", "Fjordlinje Vest bestiller tre elferger", "https://www.bt.example.no/nyheter/i/8Jq2", "Bergens Tidende", "March 6, 2025"),
                       ("", "Ferry firm orders electric fleet for western Norway", "https://www.maritime.example.com/news/ferry-orders", "Maritime Executive", "March 7, 2025")]),
         dict(title="Flash floods close roads in Chile's Atacama region", day="2025-03-07", created="2025-03-07T10:05:51Z", modified="2025-03-09T19:44:10Z", rev=4811302,
              cats=["South America", "Chile", "Weather", "Disasters and accidents"], orig=False, paras=[
                  "Authorities in the Atacama region of northern Chile closed several roads on Thursday after heavy rain caused flash floods in one of the driest places on Earth.",
                  "Chile's meteorological service reported that the town of Diego de Almagro received 31 millimetres (1.2 in) of rain in twelve hours, more than it usually records in several years.",
                  "The regional government said around 200 people were moved from homes near the Salado river as a precaution. No deaths or serious injuries were reported.",
                  "Scientists at a nearby astronomical observatory told local media that the storm had also forced its telescopes to close for two nights, which they described as highly unusual for the site."],
              sources=[("Paula Rojas", "Lluvias en Atacama: cortan rutas por aluviones", "https://www.biobio.example.cl/nacional/aluviones-atacama", "Radio Bío-Bío", "March 6, 2025")]),
         dict(title="Faroe Islands futsal team qualifies for European Championship for first time", day="2025-03-06", created="2025-03-05T23:51:40Z", modified="2025-03-08T11:20:00Z", rev=4810718,
              cats=["Europe", "Faroe Islands", "Sports", "Football (soccer)"], orig=False, paras=[
                  "The Faroe Islands national futsal team qualified for the UEFA Futsal European Championship for the first time on Wednesday, beating Montenegro 4–3 in the final round of qualifying in Tórshavn.",
                  "The team, made up entirely of amateur players who also play eleven-a-side football for island clubs, came from two goals down in the second half. Captain Jóannes Dam scored the winner with forty seconds remaining.",
                  "Around 1,800 people attended the match at the Tórshavn sports hall, which the Faroese football association said was a record crowd for an indoor sporting event in the country.",
                  "The finals are to be held in January next year. The draw for the group stage is scheduled for May."],
              sources=[("Rúni Joensen", "Føroyar á EM í futsal", "https://www.kvf.example.fo/greinir/futsal-em", "Kringvarp Føroya", "March 5, 2025"),
                       ("", "Faroe Islands book first futsal EURO spot", "https://www.uefa.example.com/futsaleuro/news/faroe", "UEFA", "March 5, 2025")]),
         dict(title="Strong earthquake strikes off Miyagi, Japan; no tsunami expected", day="2025-03-05", created=None, modified="2025-03-05T16:30:12Z", rev=4810233,
              cats=["Asia", "Japan", "Disasters and accidents", "Earthquakes"], orig=False, paras=[
                  "An earthquake of magnitude 5.8 struck off the coast of Miyagi Prefecture, Japan at 9:14 a.m. local time (0014 UTC) on Wednesday, according to the Japan Meteorological Agency (JMA).",
                  "The JMA said the focus of the quake was about 50 kilometres (31 mi) deep and that no tsunami was expected. Shaking of intensity 4 on the Japanese seven-point scale was recorded in several towns along the coast.",
                  "East Japan Railway briefly halted Tohoku Shinkansen services between Sendai and Morioka to check the tracks, causing delays of up to forty minutes. No damage to nuclear plants in the region was reported.",
                  "The area was the site of the magnitude 9.0 earthquake and tsunami of March 2011, which killed more than 18,000 people."],
              sources=[("", "宮城県沖で地震 最大震度4 津波の心配なし", "https://www3.nhk.example.jp/news/html/20250305/k1001.html", "NHK", "March 5, 2025")]),
         dict(title="Opennews interviews Carrack Islands council chair on ferry cuts", day="2025-03-10", created="2025-03-10T09:12:00Z", modified="2025-03-11T07:58:31Z", rev=4812650,
              cats=["Europe", "United Kingdom", "England", "Transport", "Interviews"], orig=True, paras=[
                  "Following last week's announcement that the only passenger ferry between the Carrack Islands and the Cornish mainland in England is to cut its winter service to three sailings a week, Opennews spoke to Demelza Hicks, chair of the islands' council, about what the change means for the roughly 900 people who live there.",
                  "Opennews: How did islanders learn about the cuts?",
                  "Demelza Hicks: From the local news, like everybody else. We met the company in January and nothing was said about the winter timetable.",
                  "Opennews: What do islanders need the winter ferry for?",
                  "Demelza Hicks: Hospital appointments, the secondary school, work. Forty of our children cross every day in term time. Three sailings a week means they board in town or they stay home.",
                  "Opennews: What happens next?",
                  "Demelza Hicks: We have asked the county council to subsidise the winter crossings, as the government in Scotland does for its islands. If that fails we will look at running a boat ourselves."],
              sources=[("Jago Pascoe", harbour_a[1]["title"], hurl(1, harbour_a[1]["path"]), "The Harbour Light", "March 7, 2025")])]
    for a in A:
        a["page"] = a["title"].replace(" ", "_")
        a["path"] = "/wiki/" + a["page"]
        d = datetime.date.fromisoformat(a["day"])
        a["dateline"] = "%s, %s %d, %d" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year)
        a["long"] = "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    menu = [("/wiki/Main_Page", "Main page"), ("/wiki/Opennews:Newsroom", "Newsroom"), ("/wiki/Opennews:Water_cooler", "Water cooler"), ("/wiki/Opennews:Style_guide", "Style guide"),
            ("/wiki/Portal:United_Kingdom", "UK portal"), ("/wiki/Help:Contents", "Help")]

    def shell(page, title, content, ns=0, tabs=None, lastmod="12 March 2025, at 14:02", head="", cats=None, hidden=None):
        tabs = tabs or [("/wiki/" + page, "Article", True), ("/wiki/Talk:" + page, "Collaboration", False), ("/wiki/Comments:" + page, "Opinions", False)]
        tabh = "".join('<li class="vector-tab-noicon mw-list-item%s"><a href="%s"><span>%s</span></a></li>' % (" selected" if sel else "", p, t) for p, t, sel in tabs)
        cl = ""
        if cats:
            cl = ('<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>%s</ul></div>%s</div>') % (
                "".join('<li><a href="/wiki/Category:%s" title="Category:%s">%s</a></li>' % (c.replace(" ", "_"), E(c), E(c)) for c in cats),
                ('<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>%s</ul></div>' % "".join("<li>%s</li>" % h for h in hidden)) if hidden else "")
        return ('<!DOCTYPE html>\n<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-not-available" lang="en" dir="ltr">\n<head>\n<meta charset="UTF-8">\n'
                '<title>%s - Opennews, the free news source</title>\n<script>(RLCONF=window.RLCONF||[]).push({"wgCanonicalNamespace":"%s","wgNamespaceNumber":%d,"wgPageName":%s,"wgTitle":%s,"wgIsArticle":true,"wgUserName":null,"wgPageContentLanguage":"en","wgPageContentModel":"wikitext"});</script>\n'
                '<meta name="generator" content="MediaWiki 1.43.0">\n<meta name="referrer" content="origin">\n<meta name="robots" content="max-image-preview:standard">\n<meta name="viewport" content="width=1120">\n'
                '<meta property="og:title" content="%s - Opennews, the free news source">\n<meta property="og:type" content="website">\n<link rel="canonical" href="%s">\n'
                '<link rel="alternate" type="application/atom+xml" title="Opennews Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">\n%s\n</head>\n'
                '<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-%d ns-subject page-%s rootpage-%s skin-vector-2022 action-view">\n'
                '<a class="mw-jump-link" href="#bodyContent">Jump to content</a>\n<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">'
                '<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/opennews.svg" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Opennews</strong><span class="mw-logo-tagline">the free news source</span></span></a></div>'
                '<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform" class="cdx-search-input"><input type="search" name="search" placeholder="Search Opennews" aria-label="Search Opennews" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search"></form></div>'
                '<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></nav></div></header></div>\n'
                '<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">'
                '<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">%s</ul></div></div></nav></div></div>\n'
                '<div class="mw-content-container"><main id="content" class="mw-body">\n<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">%s</span></h1></header>\n'
                '<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">%s</ul></div></div></nav></div>'
                '<div id="right-navigation"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/%s"><span>Read</span></a></li>'
                '<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=%s&amp;action=edit" title="This page is protected."><span>View source</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=%s&amp;action=history"><span>View history</span></a></li></ul></div></div></nav></div></div></div>\n'
                '<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>\n<div class="vector-body-before-content"><div id="siteSub" class="noprint">From Opennews, the free news source you can write!</div></div>\n'
                '<div id="contentSub"><div id="mw-content-subtitle"></div></div>\n<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">%s</div></div>\n'
                '<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="%s">%s</a>"</div>\n%s\n</div>\n</main></div>\n'
                '<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on %s.</li>'
                '<li id="footer-info-copyright">All text created after September 25, 2005 available under the terms of the <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5 License</a>.</li></ul>'
                '<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Opennews:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/Opennews:About">About Opennews</a></li><li id="footer-places-disclaimers"><a href="/wiki/Opennews:General_disclaimer">Disclaimers</a></li></ul>'
                '<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>\n</body>\n</html>') % (
            E(title), ["", "", "Talk", "", "User", "", "Opennews", "", "", "", "", "", "Help", "", "Category"][ns] if ns < 15 else ("Comments" if ns == 102 else "Portal"), ns, json.dumps(page), json.dumps(title),
            E(title), s.url("/wiki/" + page), head, ns, E(page), E(page), "".join('<li class="mw-list-item"><a href="%s"><span>%s</span></a></li>' % (p, t) for p, t in menu),
            E(title), tabh, E(page), E(page), E(page), content, s.url("/wiki/" + page), s.url("/wiki/" + page), cl, lastmod)

    def h2(t):
        return '<div class="mw-heading mw-heading2"><h2 id="%s">%s</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=x&amp;action=edit&amp;section=1"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>' % (t.replace(" ", "_"), t)

    def mlink(a):
        return '<a href="%s" title="%s">%s</a>' % (a["path"], E(a["title"]), E(a["title"]))

    for i, a in enumerate(A):
        others = [x for x in A if x is not a]
        rel = [x for x in others if set(x["cats"]) & set(a["cats"]) - {"Europe"}][:2] or others[:1]
        side = ('<div class="infobox noprint" style="float:right;clear:right;width:250px;margin:0 0 0.5em 1em;border:1px solid #aaa;background:#f9f9f9;padding:0.4em;font-size:90%%">'
                '<div style="text-align:center;font-weight:bold">Related news</div><ul>%s</ul></div>'
                '<div class="infobox sisterproject noprint" style="float:right;clear:right;width:250px;border:1px solid #aaa;background:#f9f9f9;padding:0.4em;font-size:90%%"><b>Wikipedia</b> has more about this subject:<br><a class="extiw" href="https://en.wikipedia.example.org/wiki/%s">%s</a></div>') % (
            "".join("<li>%s: %s</li>" % (x["long"], mlink(x)) for x in rel), a["cats"][1].replace(" ", "_"), E(a["cats"][1]))
        body = "".join(("<p><b>%s:</b> %s</p>" % tuple(E(p).split(": ", 1)) if (a["orig"] and j > 0) else "<p>%s</p>" % E(p)) for j, p in enumerate(a["paras"]))
        orig = ('<table class="metadata plainlinks ambox ambox-notice" role="presentation" style="width:auto"><tr><td class="mbox-image"><img alt="" src="/static/images/Pencil.svg" width="40" height="40"></td>'
                '<td class="mbox-text">This article features first-hand journalism by Opennews members. See the <a href="/wiki/Talk:%s" title="Talk:%s">collaboration page</a> for more details.</td></tr></table>') % (E(a["page"]), E(a["title"])) if a["orig"] else ""
        src = "".join('<li><span class="sourceTemplate">%s"<a rel="nofollow" class="external text" href="%s">%s</a>" &#8212; <i>%s</i>, %s</span></li>' % (
            ('<span class="vcard"><span class="fn n">%s</span></span>. ' % E(au)) if au else "", E(u), E(t), E(pub), d) for au, t, u, pub, d in a["sources"])
        share = ('<div class="noprint shareBox" style="clear:both"><b>Share this:</b> <a rel="nofollow" class="external text" href="https://www.facebook.example.com/sharer.php?u=%s">Facebook</a> &#183; '
                 '<a rel="nofollow" class="external text" href="https://bsky.example.app/intent/compose?text=%s">Bluesky</a> &#183; <a rel="nofollow" class="external text" href="https://www.reddit.example.com/submit?url=%s">Reddit</a></div>') % (s.url(a["path"]), s.url(a["path"]), s.url(a["path"]))
        archived = ('<table class="plainlinks metadata ambox ambox-protection" role="presentation"><tr><td class="mbox-text"><b>This page is archived, and is no longer publicly editable.</b> Articles presented on Opennews reflect the specific time at which they were written and published, '
                    'and do not attempt to encompass events or knowledge which occur or become known after their publication. Got a correction? Add the template {{editprotected}} to the talk page along with your corrections, and it will be brought to the attention of the administrators.</td></tr></table>'
                    '<p class="opinion-teaser noprint" style="text-align:center"><b>Have an opinion on this story?</b> <a href="/wiki/Comments:%s" title="Comments:%s">Share it!</a></p>') % (E(a["page"]), E(a["title"]))
        content = ('%s<p><strong class="published"><span id="publishDate" class="value-title" title="%s"></span>%s</strong></p>\n%s\n%s%s\n<ul>%s</ul>\n%s%s\n<ul>%s</ul>\n%s\n%s') % (
            side, a["day"], a["dateline"], body, orig, h2("Related news"), "".join("<li>“%s” &#8212; Opennews, %s</li>" % (mlink(x), x["long"]) for x in rel),
            h2("Sources"), "", src, share, archived)
        head = ""
        if a["created"]:
            head = jl({"@context": "https://schema.org", "@type": "Article", "name": a["title"], "url": s.url(a["path"]), "sameAs": "http://www.wikidata.example.org/entity/Q13%d" % (a["rev"] % 100000),
                       "mainEntity": "http://www.wikidata.example.org/entity/Q13%d" % (a["rev"] % 100000), "author": {"@type": "Organization", "name": "Contributors to Wikimedia projects"},
                       "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc.", "logo": {"@type": "ImageObject", "url": "https://www.wikimedia.example.org/static/images/wmf-hor-googpub.png"}},
                       "datePublished": a["created"], "dateModified": a["modified"], "headline": a["title"]})
        m = datetime.datetime.fromisoformat(a["modified"].replace("Z", "+00:00"))
        lm = "%d %s %d, at %s" % (m.day, m.strftime("%B"), m.year, m.strftime("%H:%M"))
        cats = [a["long"]] + a["cats"] + (["Original reporting"] if a["orig"] else [])
        s.art(a["path"], shell(a["page"], a["title"], content, lastmod=lm, head=head, cats=cats, hidden=["Published", "Archived"]), a["title"], a["day"], [],
              must=[a["paras"][2].split(": ", 1)[1] if a["orig"] else a["paras"][1], a["paras"][-1].split(": ", 1)[-1]], must_not=["This page is archived, and is no longer publicly editable", "Have an opinion on this story?", "From Opennews, the free news source you can write"])

    def nonwiki(page, title, content, ns, lm="12 March 2025, at 14:02", tabs=None, cats=None):
        s.non("/wiki/" + page, shell(page, title, content, ns, tabs or [("/wiki/" + page, title.split(":")[0] if ns else "Page", True)], lm, cats=cats))

    def sig(user, when):
        return ' &#8212;<a href="/wiki/User:%s" title="User:%s">%s</a> (<a href="/wiki/User_talk:%s">talk</a>) %s (UTC)' % (user, user, user.replace("_", " "), user, when)
    lead = A[0]
    latest = sorted(A, key=lambda x: x["day"], reverse=True)
    nonwiki("Main_Page", "Main Page", ('<div id="mp-welcome"><p><b>Welcome to Opennews,</b> the free news source you can write! There are <b>21,733</b> published articles.</p></div>'
            '<div id="mp-lead"><h2>Latest news</h2><div class="mp-lead-story"><p><b>%s</b></p><p>%s <a href="%s">Full story</a></p></div><ul>%s</ul></div>'
            '<div id="mp-original"><h2>Original reporting</h2><ul><li>%s</li></ul></div><div id="mp-write"><h2>Write an article</h2><p>Anyone can write for Opennews. Read the <a href="/wiki/Opennews:Style_guide">style guide</a> and visit the <a href="/wiki/Opennews:Newsroom">newsroom</a>.</p></div>') % (
        mlink(latest[0]), E(latest[0]["paras"][0]), latest[0]["path"], "".join("<li>%s: %s</li>" % (x["long"], mlink(x)) for x in latest[1:]), mlink(A[5])), 0,
        tabs=[("/wiki/Main_Page", "Main Page", True), ("/wiki/Talk:Main_Page", "Discussion", False)])
    day = lead["long"]
    nonwiki("Category:" + day.replace(" ", "_"), "Category:" + day, ('<div class="mw-category-generated" lang="en" dir="ltr"><p>This category lists news articles published on <b>%s</b>. Articles are added to it with the {{date}} template.</p>'
            '<table class="toccolours" style="float:right"><tr><td><a href="/wiki/Category:March_8,_2025">&#8592; March 8, 2025</a> &#183; <a href="/wiki/Category:March_10,_2025">March 10, 2025 &#8594;</a></td></tr></table>'
            '<div id="mw-pages"><h2>Pages in category "%s"</h2><p>The following page is in this category, out of 1 total.</p><div lang="en" dir="ltr" class="mw-content-ltr"><h3>S</h3><ul><li>%s</li></ul></div></div></div>') % (
        day, day, mlink(lead)), 14, cats=["March 2025", "2025"])
    nonwiki("Category:Europe", "Category:Europe", ('<p>This is the category for news about <b>Europe</b>.</p><div id="mw-pages"><h2>Pages in category "Europe"</h2><p>The following 4 pages are in this category, out of 8,902 total.</p><ul>%s</ul></div>') % "".join(
        "<li>%s</li>" % mlink(x) for x in A if "Europe" in x["cats"]), 14)
    nonwiki("Portal:United_Kingdom", "Portal:United Kingdom", ('<div class="portal-box"><h2>United Kingdom</h2><p>The United Kingdom of Great Britain and Northern Ireland is a country in north-western Europe. This portal collects Opennews reporting on the UK.</p>'
            '<h3>Latest UK news</h3><ul>%s</ul><h3>Wikipedia</h3><p><a class="extiw" href="https://en.wikipedia.example.org/wiki/United_Kingdom">United Kingdom</a></p></div>') % "".join(
        "<li>%s: %s</li>" % (x["long"], mlink(x)) for x in A if "United Kingdom" in x["cats"]), 100, tabs=[("/wiki/Portal:United_Kingdom", "Portal", True)])
    cm = [("Re: 1979", "Seagull_Sid", "09:40, 10 March 2025", "Good to see the Light quoted. The wall was rebuilt in 1979 and again patched in 1981, for the record, so the last line is not quite right."),
          ("", "Kernowfolk", "11:02, 10 March 2025", "Thanks, I have raised it on the collaboration page so an admin can add a correction."),
          ("Mooring fees", "81.2.144.19", "18:27, 11 March 2025", "Fifteen years of mooring fees to pay for a wall the whole town uses does not sound fair to the fishermen.")]
    nonwiki("Comments:" + lead["page"], "Comments:" + lead["title"], ('<table class="ambox"><tr><td>This page is for commentary on the news. If you wish to point out a problem in the article (e.g. factual error, etc), please use its <a href="/wiki/Talk:%s">Collaboration page</a> instead.</td></tr></table>'
            '<p><b>Back to article</b>: %s</p>%s') % (E(lead["page"]), mlink(lead), "".join(
                '%s<p>%s%s</p>' % (h2(t) if t else "", E(c), sig(u, w)) for t, u, w, c in cm)), 102,
            tabs=[(lead["path"], "Article", False), ("/wiki/Talk:" + lead["page"], "Collaboration", False), ("/wiki/Comments:" + lead["page"], "Opinions", True)])
    nonwiki("Talk:" + lead["page"], "Talk:" + lead["title"], ('%s<div class="review-passed" style="border:1px solid #8c8;background:#efe;padding:0.5em"><p><b>Revision 4812190 of this article has been reviewed by <a href="/wiki/User:Ravenswing">Ravenswing</a> (talk) at 08:58, 9 March 2025 (UTC).</b></p>'
            '<p><b>Comments by reviewer:</b> Well sourced; copyedited a little for style. Converted the figures to metric and imperial. Thanks for writing this.</p><p>The reviewed revision was <b>published</b>.</p></div>'
            '%s<p>The final sentence says the wall was last rebuilt in 1979. A commenter says it was patched again in 1981. Could an admin add a correction note?%s</p><p>{{editprotected}} Added a clarification.%s</p>') % (
        h2("Review of revision 4812190 [Passed]"), h2("Correction"), sig("Kernowfolk", "11:05, 10 March 2025"), sig("Ravenswing", "14:01, 12 March 2025")), 1,
            tabs=[(lead["path"], "Article", False), ("/wiki/Talk:" + lead["page"], "Collaboration", True), ("/wiki/Comments:" + lead["page"], "Opinions", False)])
    nonwiki("User:Kernowfolk", "User:Kernowfolk", ('<p>Hello! I am a retired teacher from west Cornwall. I have been writing for Opennews since 2011, mostly about Cornwall, the Isles of Scilly and ferries.</p>'
            '<h2>Articles I have written</h2><ul>%s</ul><h2>Babel</h2><p>en-N, kw-2, fr-1</p>') % "".join("<li>%s (%s)</li>" % (mlink(x), x["long"]) for x in (A[0], A[5])), 2,
            tabs=[("/wiki/User:Kernowfolk", "User page", True), ("/wiki/User_talk:Kernowfolk", "Discussion", False)])
    nonwiki("Opennews:Newsroom", "Opennews:Newsroom", ('<p>The <b>Newsroom</b> is where Opennews contributors work on stories before they are published.</p>%s<ul><li><a href="/wiki/Bus_drivers_strike_in_Lisbon" class="new">Bus drivers strike in Lisbon</a> (developing)</li>'
            '<li><a href="/wiki/Dutch_court_rules_on_wind_farm" class="new">Dutch court rules on wind farm</a> (review requested)</li></ul>%s<ul>%s</ul>') % (
        h2("Articles in development"), h2("Recently published"), "".join("<li>%s — %s</li>" % (mlink(x), x["long"]) for x in latest)), 4)
    nonwiki("Opennews:Water_cooler", "Opennews:Water cooler", ('<p>The <b>water cooler</b> is the place for discussion about Opennews policy, technical matters and proposals.</p>%s<p>Should the interview with the Carrack Islands council chair be marked as original reporting? The questions were sent by email.%s</p>'
            '<p>Yes, email interviews count as long as the notes are forwarded to scoop.%s</p>%s<p>Please remember to sign your posts with four tildes.%s</p>') % (
        h2("Email interviews"), sig("Kernowfolk", "09:30, 10 March 2025"), sig("Ravenswing", "10:12, 10 March 2025"), h2("Reminder"), sig("Ravenswing", "10:15, 10 March 2025")), 4)
    nonwiki("Opennews:Style_guide", "Opennews:Style guide", ('<p>This style guide describes how Opennews articles are written. All articles must be written from a neutral point of view and cite their sources.</p>%s'
            '<p>Every article begins with a dateline giving the date of publication, added with the {{date}} template, for example <b>Sunday, March 9, 2025</b>. The date is the day the article is published, not the day it was started.</p>%s'
            '<p>The headline is written in the present tense, with only the first word and proper nouns capitalised. It should not end with a full stop.</p>') % (h2("The dateline"), h2("Headlines")), 4)
    nonwiki("Help:Contents", "Help:Contents", '<p>Welcome to the Opennews help pages. Choose a topic: <a href="/wiki/Opennews:Style_guide">Style guide</a> &#183; <a href="/wiki/Opennews:Newsroom">Newsroom</a> &#183; <a href="/wiki/Opennews:Water_cooler">Water cooler</a>.</p>', 12)
    s.sitemap([a["path"] for a in A] + ["/wiki/Main_Page", "/wiki/Portal:United_Kingdom"], "/w/")
    return A


# ------------------------------------------------------------ 3 Hearth News (a Hacker News-like link aggregator, en)
def hearth():
    s = Site(3)

    def age(h):
        t = ago(h)
        if h < 1:
            txt = "%d minutes ago" % int(h * 60)
        elif h < 24:
            txt = "%d hour%s ago" % (h, "" if int(h) == 1 else "s")
        else:
            txt = "%d day%s ago" % (h // 24, "" if h // 24 == 1 else "s")
        return t, txt

    def shell(title, body, op="news"):
        return ('<html lang="en" op="%s"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/news.css?Kq2Gd4lD0vVrXQ9pRk7Y">'
                '<link rel="icon" href="/h18.svg"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss"><title>%s</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%%" bgcolor="#f6f6ef">'
                '<tr><td bgcolor="#b5651d"><table border="0" cellpadding="0" cellspacing="0" width="100%%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="/"><img src="/h18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>'
                '<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="/news">Hearth News</a></b> <a href="/newest">new</a> | <a href="/front">past</a> | <a href="/ask">ask</a> | <a href="/show">show</a> | <a href="/submit" rel="nofollow">submit</a></span></td>'
                '<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="/login">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="" style="height:10px"></tr><tr><td>%s</td></tr>'
                '<tr><td><img src="/s.gif" height="10" width="0"><table width="100%%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#b5651d"></td></tr></table><br><center><span class="yclinks"><a href="/newsguidelines">Guidelines</a> | <a href="/newsfaq">FAQ</a> | <a href="/lists">Lists</a> | <a href="mailto:hn@hearth.example">Contact</a></span><br><br>'
                '<form method="get" action="/search">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center></body></html>') % (op, E(title), body)

    # id, title, url (None for text posts), site, points, user, hours, ncomments, text
    I = [(43301101, "Harbour wall repairs to start after storm damage (2025)", "https://www.harbourlight.example.co.uk/2025/03/09/harbour-wall-repairs-to-start-after-storm-damage/", "harbourlight.example.co.uk", 212, "tidewater", 9, 87, None),
         (43301544, "Ask HN: How do you follow local news now that your paper is gone?", None, None, 341, "quietmarsh", 6, 264, [
             "Our county weekly closed in 2022. Since then the only way I find out what the council is doing is a Facebook group run by a retired planning officer, and a Discourse forum that about forty people post on.",
             "I have tried the big regional sites but they cover the city two hours away and maybe one story a month from here. The local radio station is now a relay of a national feed with a traffic report on top.",
             "A friend two towns over subscribes to a reader-funded newsroom run by two reporters that publishes every weekday, and says it is better than the paper ever was. We do not have one of those.",
             "So: what do you actually read? Forums, mailing lists, council minutes, scanners? Has anyone here started something themselves, and how did you pay for it?"]),
         (43300890, "Norwegian ferry operator orders three battery-electric vessels", "https://en.opennews.example.org/wiki/Norwegian_ferry_operator_orders_three_battery-electric_vessels", "opennews.example.org", 148, "fjordhopper", 13, 61, None),
         (43302007, "Show HN: A tide-table API built from 40 years of harbour logs", "https://github.example.com/kernow-tides/tides", "github.example.com/kernow-tides", 96, "kernowdev", 4, 23, [
             "Hi HN. My grandfather kept handwritten tide and weather logs at the harbour office from 1979 to 2019. I scanned them, transcribed them with a lot of help from volunteers, and fitted harmonic constants to them.",
             "The API gives predictions for eleven small harbours that the national tide tables do not cover. It is free for non-commercial use. Feedback on the fitting would be very welcome; I am a web developer, not an oceanographer."])]
    C = {43301101: [(43301377, "lowtide_lars", 8, 0, ["Five months for a 40 m breach in a granite harbour wall is actually quick. The slow part is usually getting the stone. If they are facing a concrete core with the original blocks they only need to quarry the ones that went to the bottom.",
                                                     "The funding model is the interesting part here: a loan repaid from mooring fees over fifteen years. That is a bet that the fleet still exists in 2040."]),
                     (43301420, "tidewater", 8, 1, ["Author of the submission here. The local forum thread on this is worth reading; a former crew member describes the 1979 storm that took out the same section."]),
                     (43301502, "ck_ashby", 7, 2, ["> That is a bet that the fleet still exists in 2040.", "Mooring fees include the leisure boats, which are growing, not shrinking. The fishing fleet is the minority of berths in most Cornish harbours now."]),
                     (43301611, "gravelroad", 5, 0, ["Nice to see a local outlet cited on here. Small newsrooms like this are doing the work nobody else does."])],
         43301544: [(43301702, "mrhaydn", 5, 0, ["The council's own planning portal has an RSS feed for applications within a radius of your postcode. It is the single most useful local news source I have, and it is completely unreadable."]),
                    (43301790, "quietmarsh", 4, 1, ["Ha. I have that one too. It told me about the bypass before the Facebook group did."]),
                    (43301833, "nadia_k", 3, 0, ["I started a newsletter for my town in 2021. 900 subscribers, 120 of them pay 4 a month. That covers my time for about two days a week. It is not a business but it is something."])],
         43300890: [(43300951, "fjordhopper", 12, 0, ["Norway's ferry electrification is the best example of procurement driving technology I know of. The state simply wrote zero emissions into the tender."]),
                    (43301010, "bmw_kobe", 11, 1, ["And paid for the charging infrastructure at the quays, which is the part people forget."])],
         43302007: [(43302100, "oceanographer_ish", 3, 0, ["Harmonic analysis on 40 years of hand-written readings is a lovely project. Check the 18.6-year nodal cycle, you have enough data for it."])]}
    users = {"tidewater": ("2014-03-03", 8412, "Lapsed sub-editor. I post local news from places I have lived."), "quietmarsh": ("2011-06-20", 15220, ""), "kernowdev": ("2019-11-02", 1890, "Web developer in Cornwall.")}

    def row(i, rank, op="news"):
        iid, title, url, site, pts, user, h, nc, text = i
        t, txt = age(h)
        href = url or "/item/%d" % iid
        sitebit = (' <span class="sitebit comhead"> (<a href="/from/%s"><span class="sitestr">%s</span></a>)</span>' % (site, site)) if site else ""
        return ('<tr class="athing submission" id="%d"><td align="right" valign="top" class="title"><span class="rank">%s</span></td><td valign="top" class="votelinks"><center><a id="up_%d" href="/vote?id=%d&amp;how=up&amp;goto=%s"><div class="votearrow" title="upvote"></div></a></center></td>'
                '<td class="title"><span class="titleline"><a href="%s">%s</a>%s</span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_%d">%d points</span> by <a href="/user/%s" class="hnuser">%s</a> '
                '<span class="age" title="%s %d"><a href="/item/%d">%s</a></span> <span id="unv_%d"></span> | <a href="/hide?id=%d&amp;goto=%s">hide</a> | <a href="/item/%d">%d&nbsp;comments</a></span></td></tr><tr class="spacer" style="height:5px"></tr>') % (
            iid, ("%d." % rank) if rank else "", iid, iid, op, E(href), E(title), sitebit, iid, pts, user, user, t.strftime("%Y-%m-%dT%H:%M:%S"), int(t.timestamp()), iid, txt, iid, iid, op, iid, nc)

    def comment(c, parent):
        cid, user, h, ind, paras = c
        t, txt = age(h)
        body = E(paras[0]) + "".join("<p>%s" % E(p) for p in paras[1:])
        return ('<tr class="athing comtr" id="%d"><td><table border="0"><tr><td class="ind" indent="%d"><img src="/s.gif" height="1" width="%d"></td><td valign="top" class="votelinks"><center><a id="up_%d" href="/vote?id=%d&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>'
                '<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="/user/%s" class="hnuser">%s</a> <span class="age" title="%s %d"><a href="/item/%d">%s</a></span> <span id="unv_%d"></span>'
                '<span class="navs"> | <a href="/item/%d" class="clicky" aria-hidden="true">parent</a> <a class="togg clicky" id="%d" n="1" href="javascript:void(0)">[&ndash;]</a></span></span></div><br>'
                '<div class="comment"><div class="commtext c00">%s</div><div class="reply"><p><font size="1"><u><a href="/reply?id=%d&amp;goto=item%%3Fid%%3D%d" rel="nofollow">reply</a></u></font></div></div></td></tr></table></td></tr>') % (
            cid, ind, ind * 40, cid, cid, user, user, t.strftime("%Y-%m-%dT%H:%M:%S"), int(t.timestamp()), cid, txt, cid, parent, cid, body, cid, parent)

    form = '<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="/comment" method="post"><input type="hidden" name="parent"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr>'
    for i in I:
        top = row(i, 0, "item").replace('<tr class="spacer" style="height:5px"></tr>', "")
        text = ('<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">%s</div></td></tr>' % (E(i[8][0]) + "".join("<p>%s" % E(p) for p in i[8][1:]))) if i[8] else ""
        s.non("/item/%d" % i[0], shell("%s | Hearth News" % i[1], '<table class="fatitem" border="0">%s%s%s</table><br><br><table border="0" class="comment-tree">%s</table><br><br>' % (
            top, text, form, "".join(comment(c, i[0]) for c in C[i[0]])), "item"))
    c0 = C[43301101][0]
    t0, txt0 = age(c0[2])
    s.non("/item/%d" % c0[0], shell("%s | Hearth News" % c0[4][0][:80], ('<table class="fatitem" border="0"><tr class="athing" id="%d"><td class="ind"></td><td valign="top" class="votelinks"></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">'
          '<a href="/user/%s" class="hnuser">%s</a> <span class="age" title="%s"><a href="/item/%d">%s</a></span> <span class="navs"> | <a href="/item/43301101">parent</a> | <a href="/item/43301101#%d">context</a> | on: <a href="/item/43301101">Harbour wall repairs to start after storm damage (2025)</a></span></span></div><br>'
          '<div class="comment"><div class="commtext c00">%s</div></div></td></tr>%s</table><br><br><table border="0" class="comment-tree">%s</table>') % (
        c0[0], c0[1], c0[1], t0.strftime("%Y-%m-%dT%H:%M:%S"), c0[0], txt0, c0[0], E(c0[4][0]) + "".join("<p>%s" % E(p) for p in c0[4][1:]), form, comment(C[43301101][2], c0[0])), "item"))

    def listing(items, more="/news"):
        return '<table border="0" cellpadding="0" cellspacing="0">%s<tr class="morespace" style="height:10px"></tr><tr><td colspan="2"></td><td class="title"><a href="%s" class="morelink" rel="next">More</a></td></tr></table>' % (
            "".join(row(x, n + 1) for n, x in enumerate(items)), more)
    byrank = sorted(I, key=lambda x: -x[4] / (x[6] + 2) ** 1.5)
    s.non("/", shell("Hearth News", listing(byrank)))
    s.non("/news", shell("Hearth News", listing(byrank)))
    s.non("/newest", shell("New Links | Hearth News", listing(sorted(I, key=lambda x: x[6]), "/newest"), "newest"))
    s.non("/front", shell("%s front | Hearth News" % ago(30).strftime("%Y-%m-%d"), '<div style="padding:10px 0 10px 40px">Stories from %s (UTC). Go back a <a href="/front">day</a>, <a href="/front">month</a>, or <a href="/front">year</a>.</div>%s' % (
        ago(30).strftime("%B %-d, %Y"), listing(sorted(I, key=lambda x: -x[4]), "/front")), "front"))
    s.non("/ask", shell("Ask | Hearth News", listing([I[1]], "/ask"), "ask"))
    s.non("/show", shell("Show | Hearth News", '<table><tr><td>Please read the <a href="/showhn.html"><u>rules</u></a>. You can also browse the <a href="/shownew"><u>newest</u></a> Show HNs.</td></tr></table>' + listing([I[3]], "/show"), "show"))
    for u, (created, karma, about) in users.items():
        d = datetime.date.fromisoformat(created)
        s.non("/user/%s" % u, shell("Profile: %s | Hearth News" % u, ('<table border="0"><tr class="athing"><td valign="top">user:</td><td><a href="/user/%s" class="hnuser">%s</a></td></tr><tr><td valign="top">created:</td><td><a href="/front">%s</a></td></tr>'
              '<tr><td valign="top">karma:</td><td>%d</td></tr><tr><td valign="top">about:</td><td style="overflow:hidden;">%s</td></tr><tr><td></td><td><a href="/submitted/%s"><u>submissions</u></a></td></tr>'
              '<tr><td></td><td><a href="/threads/%s"><u>comments</u></a></td></tr><tr><td></td><td><a href="/favorites/%s"><u>favorites</u></a></td></tr></table>') % (u, u, d.strftime("%B %-d, %Y"), karma, E(about), u, u, u), "user"))
    s.non("/submitted/tidewater", shell("tidewater's submissions | Hearth News", listing([I[0]], "/submitted/tidewater"), "submitted"))
    s.non("/from/harbourlight.example.co.uk/", shell("harbourlight.example.co.uk | Hearth News", listing([I[0]], "/from/harbourlight.example.co.uk"), "from"))
    s.non("/login", shell("Login | Hearth News", '<b>Login</b><br><br><form action="/login" method="post"><input type="hidden" name="goto" value="news"><table border="0"><tr><td>username:</td><td><input type="text" name="acct" size="20"></td></tr>'
          '<tr><td>password:</td><td><input type="password" name="pw" size="20"></td></tr></table><br><input type="submit" value="login"></form><a href="/forgot">Forgot your password?</a><br><br><b>Create Account</b><br><br>'
          '<form action="/login" method="post"><input type="hidden" name="creating" value="t"><table border="0"><tr><td>username:</td><td><input type="text" name="acct" size="20"></td></tr></table><br><input type="submit" value="create account"></form>', "login"))
    s.put("/rss", '<rss version="2.0"><channel><title>Hearth News</title><link>%s</link><description>Links for the intellectually curious, ranked by readers.</description>%s</channel></rss>' % (
        s.url("/"), "".join('<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><comments>%s</comments><description><![CDATA[<a href="%s">Comments</a>]]></description></item>' % (
            E(x[1]), E(x[2] or s.url("/item/%d" % x[0])), ago(x[6]).strftime("%a, %d %b %Y %H:%M:%S +0000"), s.url("/item/%d" % x[0]), s.url("/item/%d" % x[0])) for x in byrank)))
    s.put("/robots.txt", "User-Agent: *\nDisallow: /collapse?\nDisallow: /context?\nDisallow: /flag?\nDisallow: /logout\nDisallow: /r?\nDisallow: /reply?\nDisallow: /submitlink?\nDisallow: /vote?\nDisallow: /x?\n")


# ------------------------------------------------------------ 4 Nerdwire (a Slashdot-like news-for-nerds aggregator, en-US)
def nerdwire(open_a):
    s = Site(4)

    def shell(title, main, head="", cls="anon index2 fhs fhs-stories"):
        return ('<!DOCTYPE html>\n<html id="nojs"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n'
                '<link rel="alternate" title="Nerdwire RSS" href="%s" type="application/rss+xml">\n</head>\n<body class="%s">\n'
                '<section id="topnav" data-fhtype="stories"><div class="container"><div class="main-nav"><a href="/" class="logo"><span>Nerdwire</span></a><span class="tagline">News for nerds, stuff that matters</span>'
                '<ul class="nav-site"><li class="nav-label">Stories</li><li><a href="/?fhfilter=recent">Most Discussed</a></li><li><a href="/polls/">Polls</a></li><li><a href="/submission">Submit</a></li><li><a href="/archive.pl">Archive</a></li>'
                '<li><a href="/topic/transportation">Transportation</a></li><li><a href="/topic/science">Science</a></li></ul><div class="nav-user"><a href="/my/login">Log In / Sign Up</a></div></div></div></section>\n'
                '<div class="container"><section class="main-wrap"><div class="main-content">%s</div><aside id="slashboxes" class="rail-right"><article class="nosel" id="slashbox-poll"><header><h2>Nerdwire Poll</h2></header>'
                '<div class="body"><form action="/pollBooth.pl" method="post"><p>How do you get your local news?</p><ul><li><label><input type="radio" name="aid" value="1"> Local paper (print)</label></li><li><label><input type="radio" name="aid" value="2"> Local news website</label></li>'
                '<li><label><input type="radio" name="aid" value="3"> Forums and Facebook groups</label></li><li><label><input type="radio" name="aid" value="4"> I do not, CowboyNeal tells me</label></li></ul><button type="submit">Vote</button> <a href="/poll/3245/how-do-you-get-your-local-news">Read the 1,284 comments</a></form></div></article>'
                '<article id="slashbox-mostdiscussed"><header><h2>Most Discussed</h2></header><ul><li><a href="/story/25/03/09/2116241/cornish-town-to-rebuild-storm-breached-harbour-wall">Cornish Town To Rebuild Storm-Breached Harbour Wall</a></li></ul></article></aside></section></div>\n'
                '<footer id="fhft" class="grid_24 nf"><div class="row"><div class="fortune"><p>Truth is stranger than fiction, because fiction has to make sense.</p></div><ul class="nav"><li><a href="/faq">FAQ</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>'
                '<p class="copyright">Trademarks property of their respective owners. Comments owned by the poster. Copyright &copy; 2025 Nerdwire Media LLC. All Rights Reserved.</p></div></footer>\n</body></html>') % (
            E(title), head, s.url("/nerdwire.rss"), cls, main)

    # sid, path, title, source link, source name, editor, shown, dept, topics, summary html, comments
    S = [(176612345, "/story/25/03/09/2116241/cornish-town-to-rebuild-storm-breached-harbour-wall", "Cornish Town To Rebuild Storm-Breached Harbour Wall", "https://www.harbourlight.example.co.uk/2025/03/09/harbour-wall-repairs-to-start-after-storm-damage/",
          "harbourlight.example.co.uk", "BeauHD", "Sunday March 09, 2025 @10:40PM", "sea-wall-as-a-service", ["transportation", "uk"],
          '<i>An anonymous reader quotes a report from The Harbour Light, a reader-funded local news site in Cornwall:</i> <i>"Repairs to Porthcarrow\'s storm-damaged harbour wall will begin next month after the harbour commissioners agreed a &pound;1.2 million contract with a Plymouth marine engineering firm. '
          'A forty-metre section of the western arm was breached during Storm Ivo in February, when waves over eight metres high pushed granite blocks into the inner harbour and flooded the fish market. [...] The new core will be reinforced concrete faced with the original stone."</i> '
          'The commissioners will repay part of the cost from mooring fees over fifteen years. The site\'s own forum has a long thread on the repairs, including one user\'s account of the 1979 storm that breached the same wall.',
          [(65212345, "Concrete is forever", "Rei", 1234567, "Sunday March 09, 2025 @11:02PM", 5, "Insightful", "Concrete is forever, until the rebar rusts. Marine concrete with a granite facing is fine if they use stainless or basalt reinforcement. If they use ordinary steel they will be back in 2060."),
           (65212398, "Re:Concrete is forever", "Anonymous Coward", 0, "Sunday March 09, 2025 @11:20PM", 1, None, "Or 2045 with the way storms are going."),
           (65212455, "Funding it from mooring fees", "sjames", 94121, "Monday March 10, 2025 @12:14AM", 4, "Interesting", "Funding a public asset from the people who use it the most is not the worst idea. The question is whether a small harbour has enough berths to carry the loan.")]),
         (176612101, "/story/25/03/08/1745210/norway-orders-more-battery-electric-ferries", "Norway Orders More Battery-Electric Ferries", "https://en.opennews.example.org" + open_a[1]["path"], "opennews.example.org", "msmash", "Saturday March 08, 2025 @06:05PM", "ferry-good-news",
          ["transportation", "power"], '<i>Opennews reports:</i> <i>"Norwegian ferry company Fjordlinje Vest announced on Thursday that it has ordered three battery-electric car ferries from a shipyard in Turkey, to enter service on routes in the county of Vestland in 2027. '
          'The vessels are each to carry up to 120 cars and 390 passengers and will charge at each terminal while loading."</i> More than eighty battery-powered ferries now operate in Norway.',
          [(65210011, "Short crossings", "Ungrounded Lightning", 122525, "Saturday March 08, 2025 @06:31PM", 5, "Informative", "Short crossings with long loading times are the ideal case for batteries. The ferry charges while the cars drive on. This does not scale to the North Sea."),
           (65210090, "Re:Short crossings", "thegarbz", 787681, "Saturday March 08, 2025 @07:12PM", 3, None, "Nobody said it scales to the North Sea. It scales to fjords, which Norway has plenty of.")]),
         (176611870, "/story/25/03/07/0012250/it-rained-in-the-atacama-and-the-telescopes-closed", "It Rained In the Atacama, and the Telescopes Closed", "https://en.opennews.example.org" + open_a[2]["path"], "opennews.example.org", "BeauHD", "Friday March 07, 2025 @09:00AM", "dry-humor",
          ["science", "earth"], '<i>Flash floods hit one of the driest places on Earth this week.</i> Opennews reports that the town of Diego de Almagro in northern Chile received 31 millimetres of rain in twelve hours, "more than it usually records in several years." Astronomers at a nearby observatory had to close their telescopes for two nights.',
          [(65208800, "Climate", "Anonymous Coward", 0, "Friday March 07, 2025 @09:14AM", 0, "Troll", "Weather is not climate. Wake me when it rains in the Atacama for a decade.")])]

    def cm(c, sid):
        cid, subj, user, uid, when, score, label, text = c
        by = ('<a href="/~%s">%s</a> (<a href="/~%s">%d</a>)' % (user.replace(" ", "+"), E(user), user.replace(" ", "+"), uid)) if uid else E(user)
        return ('<li id="tree_%d" class="comment contain"><div id="comment_%d" class="cw"><div id="comment_top_%d" class="commentTop"><div class="title"><h4><a id="comment_link_%d" name="comment_link_%d" href="/comments.pl?sid=%d&amp;cid=%d">%s</a> '
                '<span class="score">(Score:<span id="comment_score_%d">%d</span>%s)</span></h4></div><div class="details"> by <span class="by">%s</span> <span class="otherdetails" id="comment_otherdetails_%d">on <span title="%s">%s</span> (<a href="/comments.pl?sid=%d&amp;cid=%d">#%d</a>)</span></div></div>'
                '<div class="commentBody"><div id="comment_body_%d">%s</div></div><div class="commentSub" id="comment_sub_%d"><span class="nbutton"><b><a href="/comments.pl?sid=%d&amp;op=reply&amp;pid=%d">Reply to This</a></b></span> <span class="nbutton"><b><a href="#">Parent</a></b></span> <span class="nbutton"><b><a href="#">Share</a></b></span></div></div></li>') % (
            cid, cid, cid, cid, cid, sid, cid, E(subj), cid, score, (", " + label) if label else "", by, cid, when, when, sid, cid, cid, cid, E(text), cid, sid, cid)

    def story(x, full):
        sid, path, title, src, sname, ed, shown, dept, topics, summary, comments = x
        return ('<article data-fhid="%d" data-fhtype="story" class="fhitem fhitem-story article usermode thumbs grid_24" id="firehose-%d"><header><span class="topic"><a href="/topic/%s"><img src="/topic_%s.png" alt="%s" title="%s"></a></span>'
                '<h2 class="story"><span id="title-%d" class="story-title"><a href="%s">%s</a> <span class=" no extlnk"><a class="story-sourcelnk" href="%s" title="External link">(%s)</a></span></span></h2>'
                '<div class="details" id="details-%d"><span class="story-byline">Posted by <a href="/~%s" rel="nofollow">%s</a> on <time datetime="on %s">%s</time><span class="dept-text"> from the <span class="dept-text">%s</span> dept.</span></span></div></header>'
                '<div class="body" id="fhbody-%d"><div id="text-%d" class="p">%s</div></div>'
                '<aside class="grid_24 view_mode"><div class="story-controls"><div class="comment-bubble"><a href="%s#comments" title="">%d</a></div></div>'
                '<footer class="clearfix meta article-foot"><div class="story-tags"><span class="tag-bar none"><a class="popular tag" href="/tag/%s">%s</a> <a class="popular tag" href="/tag/%s">%s</a></span></div></footer></aside></article>') % (
            sid, sid, topics[0], topics[0], topics[0], topics[0], sid, path, E(title), E(src), sname, sid, ed, ed, shown, shown, dept, sid, sid, summary, path, len(comments) * 37 + 11, topics[0], topics[0], topics[1], topics[1])

    for x in S:
        sid, path, title = x[0], x[1], x[2]
        thread = ('<section id="comments" class="comments"><div class="commentControl"><span class="ccw-header">%d comments</span> <span class="loadall"><a href="/comments.pl?sid=%d&amp;threshold=-1">Load All Comments</a></span></div>'
                  '<ul id="commentlisting" class="d2">%s</ul></section>') % (len(x[10]) * 37 + 11, sid, "".join(cm(c, sid) for c in x[10]))
        s.non(path, shell("%s - Nerdwire" % title, '<div id="firehose" class="row"><div id="firehoselist" class="fhroot">%s</div></div>%s' % (story(x, True), thread),
                          '<meta name="description" content="%s">\n<meta property="og:title" content="%s - Nerdwire">\n<meta property="og:type" content="article">\n<link rel="canonical" href="%s">' % (
                              E(x[2]), E(x[2]), s.url(path)), "anon article fhs fhs-stories"))
    c = S[0][10][0]
    s.nonq("/comments.pl", "?sid=%d&cid=%d" % (S[0][0], c[0]), shell("%s - Comment - Nerdwire" % S[0][2], '<div class="commentparent">Comment on <a href="%s">%s</a></div><ul id="commentlisting" class="d2">%s%s</ul>' % (
        S[0][1], E(S[0][2]), cm(c, S[0][0]), cm(S[0][10][1], S[0][0])), "", "anon comments"))
    truth["nonarticles"].append(s.url("/?fhfilter=recent"))  # the nav's "Most Discussed": the home page again
    s.non("/", shell("Nerdwire: News for nerds, stuff that matters", '<div id="firehose" class="row"><div id="firehoselist" class="fhroot">%s</div><div class="paginate"><a href="/archive.pl">Older &raquo;</a></div></div>' % "".join(story(x, False) for x in S)))
    for t in ("transportation", "science"):
        s.non("/topic/%s" % t, shell("%s - Nerdwire" % t.title(), '<h1 class="topic-title">%s</h1><div id="firehoselist" class="fhroot">%s</div>' % (t.title(), "".join(story(x, False) for x in S if t in x[8]))))
    s.non("/~BeauHD", shell("BeauHD - Nerdwire User", '<div class="user-profile"><h1>BeauHD</h1><p>(#4437419)</p><p>Nerdwire editor since 2015. Email: beauhd@nerdwire.example</p><h2>Stories posted</h2><ul>%s</ul>'
          '<h2>Journal</h2><p>This user has not written any journal entries.</p></div>' % links([(x[1], x[2]) for x in S if x[5] == "BeauHD"]), "", "anon users"))
    s.non("/~Rei", shell("Rei - Nerdwire User", '<div class="user-profile"><h1>Rei</h1><p>(#1234567)</p><p>Karma: Excellent. Member since 2004.</p><h2>Recent comments</h2><ul><li><a href="/comments.pl?sid=%d&amp;cid=%d">Concrete is forever</a> (Score:5) on %s</li></ul></div>' % (
        S[0][0], 65212345, E(S[0][2])), "", "anon users"))
    s.non("/poll/3245/how-do-you-get-your-local-news", shell("How do you get your local news? - Nerdwire Poll", '<div class="poll"><h1>How do you get your local news?</h1><p>Displaying poll results. 18,211 total votes.</p><ul>'
          '<li>Local paper (print): 1,204 (6%)</li><li>Local news website: 6,340 (34%)</li><li>Forums and Facebook groups: 5,212 (28%)</li><li>I do not, CowboyNeal tells me: 5,455 (29%)</li></ul>'
          '<p>[ <a href="/polls/">Polls</a> ] 1,284 comments</p></div>', "", "anon polls"))
    s.non("/polls/", shell("Polls - Nerdwire", '<h1>Past Polls</h1><ul><li><a href="/poll/3245/how-do-you-get-your-local-news">How do you get your local news?</a> (March 2025)</li></ul>', "", "anon polls"))
    s.non("/archive.pl/", shell("Archive - Nerdwire", '<h1>Story Archive</h1><ul>%s</ul>' % "".join('<li><a href="%s">%s</a> (%s)</li>' % (x[1], E(x[2]), x[6]) for x in S), "", "anon archive"))
    s.non("/submission", shell("Submit Story - Nerdwire", '<h1>Submit a Story</h1><form action="/submit.pl" method="post"><label>Your email <input name="email"></label><label>Title <input name="subj"></label><label>Source URL <input name="url"></label><textarea name="story"></textarea><button>Submit</button></form>', "", "anon submit"))
    s.non("/my/login", shell("Log In - Nerdwire", '<h1>Log In</h1><form action="/my/login" method="post"><input name="unickname"><input type="password" name="upasswd"><button>Log In</button></form><p><a href="/my/newuser">Create an account</a></p>', "", "anon login"))
    s.put("/nerdwire.rss", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>Nerdwire</title><link>%s</link><description>News for nerds, stuff that matters</description>%s</channel></rss>' % (
        s.url("/"), "".join('<item><title>%s</title><link>%s</link><dc:creator>%s</dc:creator><slash:department>%s</slash:department><slash:comments>%d</slash:comments></item>' % (E(x[2]), s.url(x[1]), x[5], x[7], len(x[10]) * 37 + 11) for x in S)))
    s.put("/robots.txt", "User-agent: *\nDisallow: /my/\nDisallow: /pollBooth.pl\nDisallow: /submit.pl\n")


# ------------------------------------------------------------ 5 Schlagzeilen-Treff (a German "Nachrichten-Community": members submit links, vote and comment)
def treff():
    s = Site(5)
    SN = "Schlagzeilen-Treff"
    nav = [("/", "Beliebt"), ("/neu/", "Neu"), ("/top/woche/", "Top der Woche"), ("/kategorie/lokales/", "Lokales"), ("/kategorie/verkehr/", "Verkehr"), ("/suche/", "Suche")]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n'
                '<link rel="alternate" type="application/rss+xml" title="%s – Neu" href="/feed/neu.xml">\n</head>\n<body class="%s">\n'
                '<header class="site-header"><a class="brand" href="/"><strong>Schlagzeilen</strong>-Treff</a><span class="claim">Die Nachrichten-Community: Ihr bestimmt, was wichtig ist.</span>'
                '<nav class="main-nav"><ul>%s</ul></nav><div class="user-nav"><a href="/anmelden/">Anmelden</a> · <a href="/registrieren/">Registrieren</a> · <a class="btn" href="/einreichen/">Nachricht einreichen</a></div></header>\n'
                '<div class="layout"><main class="content">%s</main><aside class="sidebar"><div class="box"><h3>Top-Nutzer der Woche</h3><ol><li><a href="/nutzer/kiesgrube/">kiesgrube</a> (412 Punkte)</li><li><a href="/nutzer/bahnfahrerin/">bahnfahrerin</a> (305 Punkte)</li></ol></div>'
                '<div class="box"><h3>Was ist der Schlagzeilen-Treff?</h3><p>Hier reichen Mitglieder Nachrichten aus dem Netz ein, stimmen ab und diskutieren. Die Beiträge mit den meisten Stimmen landen auf der Startseite.</p><p><a href="/regeln/">Community-Regeln</a></p></div></aside></div>\n'
                '<footer class="site-footer"><a href="/regeln/">Regeln</a> · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a><p>&copy; 2025 Schlagzeilen-Treff UG (haftungsbeschränkt)</p></footer>\n'
                '<div id="consent" class="consent-banner"><p>Wir verwenden Cookies, um Abstimmungen zu speichern und die Reichweite zu messen.</p><button>Alle akzeptieren</button> <button>Nur notwendige</button></div>\n</body>\n</html>') % (
            E(title), head, SN, cls, links(nav), main)

    # id, slug, title, url, domain, teaser, user, when (local), cat, tags, votes, comments [(user, when, text, indent)]
    I = [(48213, "ortsumfahrung-bad-kirchheim-baustart-erst-2026", "Ortsumfahrung Bad Kirchheim: Baustart erst 2026", "https://www.rheintal-kurier.example.de/lokales/ortsumfahrung-bad-kirchheim-baustart-2026", "rheintal-kurier.example.de",
          "„Die lange geplante Ortsumfahrung von Bad Kirchheim wird frühestens im Herbst 2026 gebaut. Das Regierungspräsidium begründet die Verzögerung mit einer neuen Klage von Naturschützern gegen den Planfeststellungsbeschluss.“ Seit 30 Jahren wird über die Straße gestritten.",
          "kiesgrube", "2025-03-09T14:22:00+01:00", "lokales", ["Verkehr", "Ortsumfahrung"], 128, [
              ("bahnfahrerin", "2025-03-09T14:40:00+01:00", "30 Jahre für vier Kilometer Straße. In der Zeit hätte man die Regionalbahn zweimal elektrifizieren können.", 0),
              ("kiesgrube", "2025-03-09T15:02:00+01:00", "Die Bahn fährt aber nicht bis zum Gewerbegebiet. Die Lastwagen schon, und zwar durch die Hauptstraße.", 1),
              ("Landei_77", "2025-03-09T16:31:00+01:00", "Im Oberrhein-Forum gibt es einen langen Thread dazu, mit dem kompletten Artikel zitiert. Lohnt sich.", 0),
              ("mod_anke", "2025-03-09T17:05:00+01:00", "Bitte sachlich bleiben. Zwei Kommentare wegen Beleidigung entfernt.", 0)]),
         (48190, "regionalexpress-freiburg-offenburg-faellt-am-wochenende-aus", "Bahn streicht Regionalexpress zwischen Freiburg und Offenburg an drei Wochenenden", "https://www.suedwest-nachrichten.example.de/verkehr/re-freiburg-offenburg-ausfall", "suedwest-nachrichten.example.de",
          "Wegen Bauarbeiten an der Rheintalbahn fallen im April an drei Wochenenden alle Regionalexpress-Züge zwischen Freiburg und Offenburg aus. Ersatzbusse brauchen fast doppelt so lange.",
          "bahnfahrerin", "2025-03-08T09:10:00+01:00", "verkehr", ["Bahn", "Verkehr"], 87, [
              ("Pendler_Emmendingen", "2025-03-08T09:45:00+01:00", "Drei Wochenenden hintereinander. Wer am Samstag arbeitet, hat Pech gehabt.", 0),
              ("bahnfahrerin", "2025-03-08T10:02:00+01:00", "Immerhin wird es angekündigt. Letztes Jahr stand man einfach am Bahnsteig.", 1)]),
         (48177, "wie-wir-unser-dorfblatt-gerettet-haben", "Wie wir unser Dorfblatt gerettet haben – ein Erfahrungsbericht", None, None,
          "Als der Verlag 2023 das Amtsblatt mit dem Lokalteil für unsere Gemeinde einstellen wollte, haben wir es als Verein übernommen. Ich will hier aufschreiben, wie das geklappt hat, weil es vielleicht anderen Dörfern hilft.\n\n"
          "Wir sind zwölf Ehrenamtliche. Zwei von uns schreiben die Berichte aus Gemeinderat und Vereinen, einer macht die Fotos, die anderen kümmern sich um Anzeigen, Layout und das Austragen. Das Blatt erscheint alle zwei Wochen mit acht Seiten.\n\n"
          "Finanziert wird es zu zwei Dritteln durch Anzeigen der örtlichen Handwerker und Geschäfte, der Rest kommt von der Gemeinde, die ihre amtlichen Bekanntmachungen bei uns abdruckt. Gewinn machen wir keinen, aber wir haben seit zwei Jahren keine Ausgabe ausfallen lassen.\n\n"
          "Das Schwierigste war nicht das Geld, sondern die Frage, wer über den Gemeinderat berichtet, wenn der Bürgermeister im selben Verein ist. Wir haben dafür eine einfache Regel: Wer im Gemeinderat sitzt, schreibt nicht darüber.\n\n"
          "Gerhard Wiesler, Vorsitzender des Vereins Dorfblatt Hinterzarten-Rotmatt e. V.",
          "gwiesler", "2025-03-06T20:15:00+01:00", "lokales", ["Lokaljournalismus"], 212, [
              ("Landei_77", "2025-03-06T21:02:00+01:00", "Großartig. Wie viele Abonnenten habt ihr?", 0),
              ("gwiesler", "2025-03-06T21:30:00+01:00", "Wir verteilen kostenlos an alle 740 Haushalte. Abos gibt es nur für Weggezogene, gut hundert.", 1),
              ("kiesgrube", "2025-03-07T07:12:00+01:00", "Die Regel mit dem Gemeinderat sollte sich manche Tageszeitung auch geben.", 0)])]
    cats = {"lokales": "Lokales", "verkehr": "Verkehr"}

    def fmt(iso):
        d = datetime.datetime.fromisoformat(iso)
        return d.strftime("%d.%m.%Y um %H:%M Uhr")

    def card(x):
        iid, slug, title, url, dom, teaser, user, when, cat, tags, votes, com = x
        path = "/beitrag/%d-%s/" % (iid, slug)
        link = url or path
        return ('<article class="item-card" id="item-%d"><div class="vote-box"><span class="votes">%d</span><a class="vote-up" href="/abstimmen/%d/" rel="nofollow">Hoch</a></div><div class="item-body"><h2 class="item-title"><a href="%s"%s>%s</a></h2>'
                '%s<p class="item-teaser">%s</p><p class="item-meta">Eingestellt von <a href="/nutzer/%s/">%s</a> am %s · <a href="/kategorie/%s/">%s</a> · <a href="%s#kommentare">%d Kommentare</a></p></div></article>') % (
            iid, votes, iid, E(link), ' rel="nofollow ugc" target="_blank"' if url else "", E(title), ('<span class="item-domain">%s</span>' % dom) if dom else '<span class="item-domain self">Text-Beitrag</span>',
            E(teaser.split("\n")[0][:220]), user, user, fmt(when), cat, cats[cat], path, len(com) * 6 - 1)

    for x in I:
        iid, slug, title, url, dom, teaser, user, when, cat, tags, votes, com = x
        path = "/beitrag/%d-%s/" % (iid, slug)
        coms = "".join(('<li class="comment depth-%d" id="k-%d"><div class="comment-head"><a class="comment-author" href="/nutzer/%s/">%s</a> <time datetime="%s">%s</time></div>'
                        '<div class="comment-text"><p>%s</p></div><div class="comment-actions"><a class="reply" href="%s#antworten-%d">Antworten</a> · <a class="report" href="/melden/kommentar/%d/" rel="nofollow">Melden</a></div></li>') % (
            ind, iid * 10 + n, u, u, w, datetime.datetime.fromisoformat(w).strftime("%d.%m.%Y, %H:%M"), E(t), path, iid * 10 + n, iid * 10 + n) for n, (u, w, t, ind) in enumerate(com))
        body = "".join("<p>%s</p>" % E(p) for p in teaser.split("\n\n"))
        main = ('<article class="item-detail" id="item-%d"><div class="vote-box big"><span class="votes">%d</span><span class="label">Stimmen</span><a class="vote-up" href="/abstimmen/%d/" rel="nofollow">Hoch</a></div>'
                '<h1 class="item-title">%s</h1>%s<div class="item-teaser%s">%s</div>'
                '<p class="item-meta">Eingestellt von <a href="/nutzer/%s/">%s</a> am %s in <a href="/kategorie/%s/">%s</a></p><p class="item-tags">Tags: %s</p>'
                '<div class="share"><a href="https://wa.example.me/?text=%s">WhatsApp</a> <a href="mailto:?subject=%s">E-Mail</a></div></article>'
                '<section class="comments" id="kommentare"><h2>%d Kommentare</h2><p class="comments-note">Sortiert nach: älteste zuerst</p><ol class="comment-list">%s</ol>'
                '<form class="comment-form"><p>Bitte <a href="/anmelden/">melde dich an</a>, um zu kommentieren.</p></form></section>') % (
            iid, votes, iid, ('<a href="%s" rel="nofollow ugc" target="_blank">%s</a>' % (E(url), E(title))) if url else E(title),
            ('<p class="item-source">Quelle: <a href="/quelle/%s/">%s</a></p>' % (dom, dom)) if dom else "", "" if url else " selfpost", body, user, user, fmt(when), cat, cats[cat],
            ", ".join('<a href="/tag/%s/">%s</a>' % (t.lower(), t) for t in tags), s.url(path), E(title), len(com) * 6 - 1, coms)
        head = '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<link rel="canonical" href="%s">' % (E(title), E(teaser[:200]), s.url(path))
        s.non(path, shell("%s | %s" % (title, SN), main, head, "item"))
    order = sorted(I, key=lambda x: -x[10])
    s.non("/", shell("%s – Die Nachrichten-Community" % SN, '<h1 class="visually-hidden">Beliebte Nachrichten</h1>%s<nav class="pager"><a href="/seite/2/">Ältere Beiträge</a></nav>' % "".join(card(x) for x in order)))
    s.non("/neu/", shell("Neue Nachrichten | %s" % SN, '<h1>Neu eingereicht</h1><p>Hier landen alle Beiträge, bevor sie genug Stimmen für die Startseite haben.</p>%s' % "".join(card(x) for x in sorted(I, key=lambda x: x[7], reverse=True))))
    s.non("/top/woche/", shell("Top der Woche | %s" % SN, '<h1>Top der Woche</h1>%s' % "".join(card(x) for x in order)))
    for c, n in cats.items():
        s.non("/kategorie/%s/" % c, shell("%s | %s" % (n, SN), '<h1>%s</h1>%s' % (n, "".join(card(x) for x in I if x[8] == c))))
    s.non("/tag/verkehr/", shell("Tag: Verkehr | %s" % SN, '<h1>Beiträge mit dem Tag „Verkehr“</h1>%s' % "".join(card(x) for x in I if "Verkehr" in x[9])))
    s.non("/nutzer/kiesgrube/", shell("kiesgrube | %s" % SN, ('<div class="profile"><h1>kiesgrube</h1><p class="profile-meta">Mitglied seit 14.02.2016 · 412 Punkte diese Woche · 2.901 Kommentare</p>'
          '<p class="profile-about">Kieswerk, Kreistag, Kirchenchor. Ich reiche vor allem Lokales aus der Ortenau ein.</p><h2>Eingereichte Beiträge</h2>%s</div>') % card(I[0])))
    s.non("/suche/", shell("Suche | %s" % SN, '<h1>Suche</h1><form action="/suche/" method="get"><input type="search" name="q" placeholder="Suchbegriff"><button>Suchen</button></form><p>Gib einen Suchbegriff ein.</p>'))
    s.non("/anmelden/", shell("Anmelden | %s" % SN, '<h1>Anmelden</h1><form method="post"><label>Benutzername oder E-Mail <input name="login"></label><label>Passwort <input type="password" name="pw"></label><button>Anmelden</button></form><p><a href="/registrieren/">Noch kein Konto?</a></p>'))
    s.non("/regeln/", shell("Community-Regeln | %s" % SN, '<h1>Community-Regeln</h1>%s' % ps([
        "Reiche Nachrichten mit Quelle ein. Verlinke möglichst das Original, nicht eine Zusammenfassung.",
        "Übernimm die Überschrift der Quelle und zitiere höchstens zwei Sätze. Ganze Artikel zu kopieren ist nicht erlaubt.",
        "Diskutiere sachlich. Beleidigungen, Hetze und Werbung werden gelöscht; wiederholte Verstöße führen zur Sperre."])))
    s.put("/feed/neu.xml", '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>%s – Neu</title><link>%s</link>%s</channel></rss>' % (SN, s.url("/"), "".join(
        '<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>' % (E(x[2]), s.url("/beitrag/%d-%s/" % (x[0], x[1])), rfc822(x[7])) for x in I)))
    s.sitemap(["/", "/neu/"] + ["/beitrag/%d-%s/" % (x[0], x[1]) for x in I], "/abstimmen/")


# ------------------------------------------------------------ 6 Oberrhein-Forum (XenForo 2.3, de)
def oberrhein():
    s = Site(6)
    SN = "Oberrhein-Forum"
    M = {"Rheinkiesel": (1234, "Bekanntes Mitglied", "2012-05-04", 4812), "Kinzigtäler": (377, "Aktives Mitglied", "2009-11-20", 9120), "Schwarzwaldbahn": (2890, "Mitglied", "2018-02-14", 611),
         "Ute_aus_Lahr": (3315, "Neues Mitglied", "2025-01-07", 23), "Gemeinderat_a.D.": (1502, "Bekanntes Mitglied", "2013-08-30", 1402)}

    def mlink(u):
        return '<a href="/members/%s.%d/" class="username " dir="auto" data-user-id="%d" data-xf-init="member-tooltip">%s</a>' % (u.lower().replace("ä", "a").replace(".", "").replace("_", "-"), M[u][0], M[u][0], E(u))

    def mpath(u):
        return "/members/%s.%d/" % (u.lower().replace("ä", "a").replace(".", "").replace("_", "-"), M[u][0])

    def t(iso):
        d = datetime.datetime.fromisoformat(iso)
        mon = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."][d.month - 1]
        full = "%d. %s %d" % (d.day, ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][d.month - 1], d.year)
        return '<time class="u-dt" dir="auto" datetime="%s" data-timestamp="%d" data-date="%s" data-time="%s" data-short="%s %d" title="%s um %s">%s</time>' % (
            d.strftime("%Y-%m-%dT%H:%M:%S%z"), int(d.timestamp()), full, d.strftime("%H:%M"), mon, d.day, full, d.strftime("%H:%M"), full)

    def shell(title, main, crumbs, head="", tmpl="thread_view", h1=None, desc=""):
        cr = "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="%s" itemprop="item"><span itemprop="name">%s</span></a><meta itemprop="position" content="%d"></li>' % (
            p, E(n), i + 1) for i, (p, n) in enumerate([("/", "Foren")] + crumbs))
        return ('<!DOCTYPE html>\n<html id="XF" lang="de-DE" dir="LTR" data-xf="2.3" data-app="public" data-template="%s" data-container-key="" data-content-key="" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-%s">\n<head>\n'
                '<meta charset="utf-8" />\n<title>%s | %s</title>\n<link rel="manifest" href="/webmanifest.php">\n<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
                '<meta property="og:site_name" content="%s" />\n<meta property="og:type" content="website" />\n<meta property="og:title" content="%s" />\n%s\n'
                '<link rel="stylesheet" href="/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=1&amp;l=2&amp;d=1741200000&amp;k=4c5e" />\n</head>\n<body data-template="%s">\n'
                '<div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/oberrhein/logo.png" alt="%s" width="200" height="36" /></a></div></div></div></header>'
                '<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">'
                '<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">Foren</a></div></li>'
                '<li><div class="p-navEl " data-has-children="true"><a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="whatsNew">Neue Beiträge</a></div></li>'
                '<li><div class="p-navEl " ><a href="/members/" class="p-navEl-link " data-nav-id="members">Mitglieder</a></div></li></ul></div></div>'
                '<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Anmelden</span></a>'
                '<div class="p-navgroup-linkDivider"></div><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"><span class="p-navgroup-linkText">Registrieren</span></a></div>'
                '<div class="p-navgroup p-discovery"><a href="/whats-new/posts/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="Neue Beiträge" title="Neue Beiträge"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Neue Beiträge</span></a>'
                '<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Suche" title="Suche"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Suche</span></a></div></div></div></nav></div>\n'
                '<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs-container"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">%s</ul></div>\n'
                '<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">%s</h1></div>%s</div>\n<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">%s</div></div></div></div></div>\n'
                '<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact" data-xf-click="overlay">Kontakt</a></li>'
                '<li><a href="/help/terms/">Nutzungsbedingungen</a></li><li><a href="/help/privacy-policy/">Datenschutz</a></li><li><a href="/help/">Hilfe</a></li><li><a href="/">Startseite</a></li><li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss "></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>'
                '<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2025 XenForo Ltd.</span></a> | Deutsche Übersetzung von xenforo.info</div></div></footer></div>\n'
                '<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility="">'
                '<div class="notice-content"><div class="u-alignCenter">Diese Seite verwendet Cookies, um Inhalte zu personalisieren, diese deiner Erfahrung anzupassen und dich nach der Registrierung angemeldet zu halten.<br />Wenn du dich weiterhin auf dieser Website aufhältst, akzeptierst du den Einsatz von Cookies.</div>'
                '<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice button button--icon button--icon--confirm"><span class="button-text">Akzeptieren</span></a> <a href="/help/cookies" class="button--notice button"><span class="button-text">Erfahre mehr.…</span></a></div></div></li></ul></div>\n</body>\n</html>') % (
            tmpl, tmpl, E(title), SN, SN, E(title), head, tmpl, SN, cr, E(h1 or title), desc, main)

    def quote(text, who=None, pid=None):
        title = ('<div class="bbCodeBlock-title"><a href="/goto/post?id=%d" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-%d">%s schrieb:</a></div>' % (pid, pid, E(who))) if who and pid else (
            '<div class="bbCodeBlock-title">%s schrieb:</div>' % E(who) if who else "")
        return ('<blockquote data-attributes="%s" data-quote="%s" data-source="%s" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">%s<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">%s</div>'
                '<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Zum Vergrößern anklicken...</a></div></div></blockquote>') % (
            ("member: %d" % M[who][0]) if who in M else "", E(who or ""), ("post: %d" % pid) if pid else "", title, text)

    def msg(pid, u, iso, content, n, thread_path, sig=""):
        rank = M[u][1]
        return ('<article class="message message--post js-post js-inlineModContainer  " data-author="%s" data-content="post-%d" id="js-post-%d" itemscope itemtype="https://schema.org/Comment" itemid="%s">\n'
                '<span class="u-anchorTarget" id="post-%d"></span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="%s">'
                '<meta itemprop="url" content="%s" /><div class="message-avatar "><div class="message-avatar-wrapper"><a href="%s" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="%d" data-xf-init="member-tooltip"><span class="avatar-u%d-m" role="img" aria-label="%s">%s</span></a></div></div>'
                '<div class="message-userDetails"><h4 class="message-name"><a href="%s" class="username " dir="auto" data-user-id="%d" data-xf-init="member-tooltip"><span itemprop="name">%s</span></a></h4><h5 class="userTitle message-userTitle" dir="auto">%s</h5></div>'
                '<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Registriert</dt><dd>%s</dd></dl><dl class="pairs pairs--justified"><dt>Beiträge</dt><dd>%s</dd></dl></div><span class="message-userArrow"></span></section></div>'
                '<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline ">'
                '<li class="u-concealed"><a href="%spost-%d" rel="nofollow" itemprop="url">%s</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="%spost-%d" class="message-attribution-gadget" rel="nofollow">'
                '<i class="fa--xf far fa-share-alt "></i></a></li><li><a href="%spost-%d" rel="nofollow">#%d</a></li></ul></header>'
                '<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-%d" data-lb-caption-desc="%s · %s"><article class="message-body js-selectToQuote">'
                '<div itemprop="text"><div class="bbWrapper">%s</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>%s</div>'
                '<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/%d/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" rel="nofollow"><span class="reaction-text js-reactionText"><bdi>Gefällt mir</bdi></span></a>'
                '<a href="%sreply?quote=%d" class="actionBar-action actionBar-action--reply" title="Antworte, dieses Zitat einbeziehend" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/%d/quote">Zitieren</a></div></div></footer></div></div></div></article>\n') % (
            E(u), pid, pid, s.url("/posts/%d/" % pid), pid, s.url(mpath(u)), s.url(mpath(u)), mpath(u), M[u][0], M[u][0], E(u), E(u[0]), mpath(u), M[u][0], E(u), rank,
            datetime.date.fromisoformat(M[u][2]).strftime("%d. %m %Y").replace(" 0", " ").replace(". 0", ". "), "{:,}".format(M[u][3]).replace(",", "."), thread_path, pid, t(iso), thread_path, pid, thread_path, pid, n, pid, E(u),
            datetime.datetime.fromisoformat(iso).strftime("%d.%m.%Y um %H:%M"), content, ('<aside class="message-signature"><div class="bbWrapper">%s</div></aside>' % sig) if sig else "", pid, thread_path, pid, pid)

    src = ["Die lange geplante Ortsumfahrung von Bad Kirchheim wird frühestens im Herbst 2026 gebaut. Das Regierungspräsidium begründet die Verzögerung mit einer neuen Klage von Naturschützern gegen den Planfeststellungsbeschluss.",
           "Die Kläger bemängeln, dass die Trasse durch ein Brutgebiet des Weißstorchs führt und Ausgleichsflächen zu spät ausgewiesen worden seien. Das Verwaltungsgericht Freiburg will im Sommer verhandeln.",
           "Bürgermeisterin Carola Haas zeigte sich enttäuscht: „Täglich fahren 14.000 Fahrzeuge durch unsere Hauptstraße, darunter 1.100 Lastwagen. Jeder weitere Monat ist eine Zumutung für die Anwohner.“"]
    T = [dict(id=4521, slug="ortsumfahrung-bad-kirchheim-baustart-erst-2026", title="Ortsumfahrung Bad Kirchheim: Baustart erst 2026", forum=("lokales-ortenau.3", "Lokales aus der Ortenau"), user="Rheinkiesel",
              start="2025-03-09T15:02:31+01:00", replies=34, tags=["ortsumfahrung", "verkehr", "bad kirchheim"], posts=[
                  (98765, "Rheinkiesel", "2025-03-09T15:02:31+01:00", "Steht heute im Rheintal-Kurier:" + quote("<br><br>".join(E(p) for p in src), "Rheintal-Kurier") +
                   "Ich wohne seit 22 Jahren an der Hauptstraße. Jedes Mal, wenn ein Termin genannt wurde, kam eine neue Klage oder ein neues Gutachten. Den Störchen gönne ich ihre Wiesen, aber irgendwann muss man entscheiden.<br><br>Was meint ihr, wird das 2026 überhaupt noch was?",
                   "Gruß aus der Hauptstraße, Martin"),
                  (98771, "Kinzigtäler", "2025-03-09T15:40:12+01:00", quote("Jedes Mal, wenn ein Termin genannt wurde, kam eine neue Klage", "Rheinkiesel", 98765) + "So läuft das in Baden-Württemberg. Die Planfeststellung hat elf Jahre gedauert, da kommt es auf ein Jahr mehr auch nicht an.", ""),
                  (98790, "Ute_aus_Lahr", "2025-03-09T17:21:48+01:00", "Ich fahre jeden Tag mit dem Rad durch Bad Kirchheim zur Arbeit. Die Lastwagen sind wirklich gefährlich, vor allem an der Kreuzung bei der Apotheke.", ""),
                  (98802, "Gemeinderat_a.D.", "2025-03-09T19:05:03+01:00", quote(E(src[1]), "Rheintal-Kurier") + "Zur Einordnung: Die Ausgleichsflächen hätte der Kreis schon 2019 kaufen können. Das stand damals auf der Tagesordnung, und wir haben es vertagt. Ich war dabei.", "")]),
         dict(id=4519, slug="vollsperrung-rheinbruecke-breisach-im-april", title="Vollsperrung Rheinbrücke Breisach im April", forum=("lokales-ortenau.3", "Lokales aus der Ortenau"), user="Schwarzwaldbahn",
              start="2025-03-08T10:14:00+01:00", replies=9, tags=["verkehr"], posts=[
                  (98610, "Schwarzwaldbahn", "2025-03-08T10:14:00+01:00", "Laut Pressemitteilung des Regierungspräsidiums wird die Rheinbrücke bei Breisach vom 7. bis 25. April voll gesperrt. Die Umleitung geht über Neuenburg.<br><br>Für Pendler nach Colmar heißt das: eine halbe Stunde mehr pro Richtung.", ""),
                  (98622, "Rheinkiesel", "2025-03-08T11:02:57+01:00", "Die Fähre in Sasbach fährt ab April wieder, das ist für Radfahrer die bessere Lösung.", "Gruß aus der Hauptstraße, Martin")]),
         dict(id=4480, slug="offener-brief-an-den-gemeinderat-zur-schliessung-des-hallenbads", title="Offener Brief an den Gemeinderat zur Schließung des Hallenbads", forum=("politik-gesellschaft.5", "Politik & Gesellschaft"), user="Gemeinderat_a.D.",
              start="2025-03-03T21:40:00+01:00", replies=17, tags=["hallenbad", "gemeinderat"], posts=[
                  (97301, "Gemeinderat_a.D.", "2025-03-03T21:40:00+01:00", "<br><br>".join(E(p) for p in [
                      "Sehr geehrte Damen und Herren des Gemeinderats,",
                      "mit großer Sorge habe ich gelesen, dass Sie das Hallenbad am Stadtgarten zum Jahresende schließen wollen. Ich saß selbst vierzehn Jahre in diesem Gremium und weiß, wie knapp der Haushalt ist. Trotzdem halte ich die Entscheidung für falsch.",
                      "Das Bad ist das einzige im Umkreis von zwanzig Kilometern, in dem Grundschulen Schwimmunterricht geben können. Schon heute kann fast ein Drittel der Viertklässler nicht sicher schwimmen. Mit der Schließung wird es jedes Jahr mehr.",
                      "Ich bitte Sie, vor einer Entscheidung die Vereine, die Schulen und die DLRG anzuhören und zu prüfen, ob ein Förderverein den Betrieb teilweise übernehmen kann.",
                      "Mit freundlichen Grüßen, Hans-Peter Kälble, Stadtrat a. D."]), ""),
                  (97320, "Ute_aus_Lahr", "2025-03-04T07:55:10+01:00", "Danke für den Brief! Ich wäre sofort im Förderverein dabei.", "")])]
    for th in T:
        tp = "/threads/%s.%d/" % (th["slug"], th["id"])
        fslug, fname = th["forum"]
        posts = "".join(msg(pid, u, iso, c, n + 1, tp, sig) for n, (pid, u, iso, c, sig) in enumerate(th["posts"]))
        first = th["posts"][0]
        desc = ('<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user " title="Themenstarter" aria-hidden="true"></i><span class="u-srOnly">Themenstarter</span>%s</li>'
                '<li><i class="fa--xf far fa-clock " title="Erstellt am" aria-hidden="true"></i><span class="u-srOnly">Erstellt am</span><a href="%s" class="u-concealed">%s</a></li></ul></div>') % (mlink(th["user"]), tp, t(th["start"]))
        tags = '<div class="tagList"><i class="fa--xf far fa-tags"></i> %s</div>' % " ".join('<a href="/tags/%s/" class="tagItem tagItem--tag_%s" dir="auto">%s</a>' % (g.replace(" ", "-"), g.replace(" ", "-"), g) for g in th["tags"])
        pages = th["replies"] > 20
        nav = ('<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="%s">1</a></li>'
               '<li class="pageNav-page "><a href="%spage-2">2</a></li></ul><a href="%spage-2" class="pageNav-jump pageNav-jump--next">Weiter</a></div></nav></div></div>') % (tp, tp, tp) if pages else ""
        ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": s.url(tp), "headline": th["title"], "articleBody": first[3][:300], "articleSection": fname,
              "author": {"@type": "Person", "@id": s.url(mpath(th["user"])), "name": th["user"], "url": s.url(mpath(th["user"]))}, "datePublished": datetime.datetime.fromisoformat(th["start"]).astimezone(datetime.timezone.utc).isoformat(),
              "dateModified": datetime.datetime.fromisoformat(th["posts"][-1][2]).astimezone(datetime.timezone.utc).isoformat(), "keywords": ", ".join(th["tags"]),
              "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/ReplyAction", "userInteractionCount": th["replies"]},
              "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(tp)}}
        head = '<meta property="og:url" content="%s" />\n<link rel="canonical" href="%s" />\n<meta name="description" content="%s" />\n%s%s' % (
            s.url(tp), s.url(tp), E(first[3][:160]), ('<link rel="next" href="%spage-2" />\n' % tp) if pages else "", jl(ld))
        s.non(tp, shell(th["title"], '%s%s<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">%s</div></div></div>%s'
                        '<div class="blockMessage">Du musst dich einloggen oder registrieren, um hier zu antworten.</div>' % (tags, nav, posts, nav),
                        [("/forums/%s/" % fslug, fname)], head, "thread_view", desc=desc))
        if pages:
            pid = 99100
            more = [(pid + 400, "Kinzigtäler", "2025-03-11T08:12:00+01:00", "Neuigkeiten: Der Kreistag hat gestern eine Resolution für einen schnellen Baubeginn verabschiedet. Ändert rechtlich natürlich nichts.", ""),
                    (pid + 409, "Rheinkiesel", "2025-03-11T09:30:44+01:00", quote("Ändert rechtlich natürlich nichts.", "Kinzigtäler", pid + 400) + "Aber es zeigt, dass man uns wenigstens gehört hat.", "Gruß aus der Hauptstraße, Martin")]
            s.non(tp + "page-2", shell(th["title"], '<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">%s</div></div></div>' % "".join(
                msg(pid, u, iso, c, 21 + n, tp, sig) for n, (pid, u, iso, c, sig) in enumerate(more)), [("/forums/%s/" % fslug, fname)],
                '<link rel="canonical" href="%spage-2" />\n<link rel="prev" href="%s" />' % (s.url(tp), s.url(tp)), "thread_view", h1=th["title"], desc=desc))

    def trow(th):
        tp = "/threads/%s.%d/" % (th["slug"], th["id"])
        last = th["posts"][-1]
        return ('<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-%d" data-author="%s"><div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title"><a href="%s" class="" data-tp-primary="on" data-xf-init="preview-tooltip">%s</a></div>'
                '<div class="structItem-minor"><ul class="structItem-parts"><li>%s</li><li class="structItem-startDate"><a href="%s" rel="nofollow">%s</a></li></ul></div></div>'
                '<div class="structItem-cell structItem-cell--meta" title="Erste Beitragsreaktionen: 12"><dl class="pairs pairs--justified"><dt>Antworten</dt><dd>%d</dd></dl></div>'
                '<div class="structItem-cell structItem-cell--latest"><a href="%spost-%d" rel="nofollow">%s</a><div class="structItem-minor">%s</div></div></div>') % (
            th["id"], E(th["user"]), tp, E(th["title"]), mlink(th["user"]), tp, t(th["start"]), th["replies"], tp, last[0], t(last[2]), mlink(last[1]))
    forums = [("lokales-ortenau.3", "Lokales aus der Ortenau", "Nachrichten und Diskussionen aus Lahr, Offenburg, Bad Kirchheim und Umgebung."),
              ("politik-gesellschaft.5", "Politik & Gesellschaft", "Gemeinderat, Kreistag, Landtag – und was uns sonst bewegt.")]
    for fs, fn, fd in forums:
        s.non("/forums/%s/" % fs, shell(fn, '<div class="block" data-xf-init="" data-type="thread"><div class="block-container"><div class="block-body"><div class="structItemContainer"><div class="structItemContainer-group js-threadList">%s</div></div></div></div></div>' % "".join(
            trow(th) for th in T if th["forum"][0] == fs), [], '<link rel="canonical" href="%s" />' % s.url("/forums/%s/" % fs), "forum_view", desc='<div class="p-description">%s</div>' % fd))
    s.non("/", shell("Foren", '<div class="block block--category block--category1"><div class="block-container"><h2 class="block-header"><a href="/#oberrhein.1">Oberrhein</a></h2><div class="block-body">%s</div></div></div>'
          '<div class="block" data-widget-key="forum_overview_forum_statistics"><div class="block-container"><h3 class="block-minorHeader">Forum-Statistiken</h3><div class="block-body block-row"><dl class="pairs pairs--justified"><dt>Themen</dt><dd>18.402</dd></dl>'
          '<dl class="pairs pairs--justified"><dt>Beiträge</dt><dd>402.117</dd></dl><dl class="pairs pairs--justified"><dt>Mitglieder</dt><dd>6.214</dd></dl><dl class="pairs pairs--justified"><dt>Neuestes Mitglied</dt><dd>%s</dd></dl></div></div></div>' % (
              "".join('<div class="node node--forum node--id%s"><div class="node-body"><div class="node-main js-nodeMain"><h3 class="node-title"><a href="/forums/%s/" data-xf-init="element-tooltip" data-shortcut="node-description">%s</a></h3><div class="node-description">%s</div></div></div></div>' % (
                  fs.split(".")[1], fs, fn, fd) for fs, fn, fd in forums), mlink("Ute_aus_Lahr")), [], "", "forum_list", h1=SN))
    s.non(mpath("Rheinkiesel"), shell("Rheinkiesel", '<div class="block"><div class="block-container"><div class="block-body"><div class="memberHeader "><div class="memberHeader-main"><h1 class="memberHeader-name">%s</h1>'
          '<div class="memberHeader-blurb"><span class="userTitle" dir="auto">Bekanntes Mitglied</span> · aus Bad Kirchheim</div><div class="memberHeader-blurb"><dl class="pairs pairs--inline"><dt>Registriert</dt><dd>%s</dd></dl> · <dl class="pairs pairs--inline"><dt>Zuletzt aktiv</dt><dd>%s</dd></dl></div></div></div>'
          '<div class="block-row"><h4 class="block-textHeader">Über</h4><div class="bbWrapper">Wohne an der Hauptstraße und warte auf die Umfahrung. Ansonsten: Radfahren, Kinzigtal, alte Landkarten.</div></div>'
          '<div class="block-row"><h4 class="block-textHeader">Neueste Aktivität</h4><ul class="listPlain"><li><a href="/threads/%s.%d/">%s</a> – Thema erstellt</li></ul></div></div></div></div>' % (
              mlink("Rheinkiesel"), t("2012-05-04T18:00:00+02:00"), t("2025-03-11T09:31:00+01:00"), T[0]["slug"], T[0]["id"], E(T[0]["title"])), [("/members/", "Mitglieder")], '<meta name="robots" content="noindex" />', "member_view", h1="Rheinkiesel"))
    s.non("/whats-new/posts/", shell("Neue Beiträge", '<div class="block"><div class="block-container"><div class="block-body"><div class="structItemContainer">%s</div></div></div></div>' % "".join(trow(th) for th in T),
          [("/whats-new/", "Neues")], '<meta name="robots" content="noindex" />', "whats_new_posts"))
    s.non("/search/", shell("Suche", '<form action="/search/search" method="post" class="block"><div class="block-container"><h2 class="block-tabHeader tabs"><span class="tabs-tab is-active">Alles durchsuchen</span></h2><div class="block-body"><dl class="formRow"><dt>Schlüsselwörter</dt><dd><input type="search" class="input" name="keywords" /></dd></dl></div><div class="formSubmitRow"><button type="submit" class="button--primary button">Suche</button></div></div></form>',
          [], '<meta name="robots" content="noindex" />', "search_form"))
    s.non("/login/", shell("Anmelden", '<form action="/login/login" method="post" class="block"><div class="block-container"><div class="block-body"><dl class="formRow"><dt>Benutzername oder E-Mail-Adresse</dt><dd><input type="text" class="input" name="login" /></dd></dl>'
          '<dl class="formRow"><dt>Passwort</dt><dd><input type="password" class="input" name="password" /><a href="/lost-password/">Passwort vergessen?</a></dd></dl></div><div class="formSubmitRow"><button type="submit" class="button--primary button">Anmelden</button></div></div></form>',
          [], '<meta name="robots" content="noindex" />', "login"))
    s.non("/tags/ortsumfahrung/", shell("ortsumfahrung", '<div class="block"><div class="block-container"><ol class="block-body">%s</ol></div></div>' % "".join(
        '<li class="block-row block-row--separated"><div class="contentRow"><div class="contentRow-main"><h3 class="contentRow-title"><a href="/threads/%s.%d/">%s</a></h3><div class="contentRow-snippet">%s</div><div class="contentRow-minor contentRow-minor--hideLinks"><ul class="listInline listInline--bullet"><li>%s</li><li>Thema</li><li>%s</li></ul></div></div></div></li>' % (
            th["slug"], th["id"], E(th["title"]), E(src[0][:140]) + "…", mlink(th["user"]), t(th["start"])) for th in T if "ortsumfahrung" in th["tags"]), [("/tags/", "Schlagworte")], "", "tag_view", h1="ortsumfahrung"))
    s.non("/help/terms/", shell("Nutzungsbedingungen", '<div class="block"><div class="block-container"><div class="block-body block-row">%s</div></div></div>' % ps([
        "Mit der Registrierung im Oberrhein-Forum erklärst du dich mit diesen Bedingungen einverstanden.",
        "Zitate aus Presseartikeln sind nur in dem Umfang erlaubt, der für die Diskussion nötig ist. Gib immer die Quelle an.",
        "Der Betreiber behält sich vor, Beiträge ohne Angabe von Gründen zu löschen oder zu verschieben."]), [("/help/", "Hilfe")], "", "help_page"))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (s.url("/threads/%s.%d/" % (th["slug"], th["id"])), th["posts"][-1][2]) for th in T) + "")
    s.put("/robots.txt", "User-agent: *\nDisallow: /account/\nDisallow: /goto/\nDisallow: /register/\nDisallow: /posts/\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 7 Le Ricochet (French participatory local news blog, WordPress + Astra, native comments; Discourse 3.4 in /forum/)
def ricochet():
    s = Site(7)
    SN = "Le Ricochet"
    MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    def fr(iso, clock=True):
        d = datetime.datetime.fromisoformat(iso)
        day = "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)
        return day + ((" à %d h %02d" % (d.hour, d.minute)) if clock else "")
    AU = {"soizic-le-goff": "Soizic Le Goff", "yannick-bertho": "Yannick Bertho", "redaction": "Rédaction"}
    A = [dict(slug="le-marche-couvert-de-saint-aubin-rouvrira-en-juin", title="Le marché couvert de Saint-Aubin rouvrira en juin", iso="2025-03-09T18:30:00+01:00", au=["soizic-le-goff"], rub="vie-locale", kicker=None, lead=None, paras=[
                  "Fermé depuis l'incendie de septembre 2023, le marché couvert de Saint-Aubin-de-Retz rouvrira ses portes le samedi 14 juin, a annoncé le maire lors du conseil municipal de jeudi soir.",
                  "Les travaux de reconstruction, d'un montant de 1,8 million d'euros, touchent à leur fin : la charpente en chêne a été posée en février et les étals réfrigérés doivent être livrés au mois de mai.",
                  "Sur les quatorze commerçants qui occupaient la halle avant le sinistre, onze ont confirmé leur retour. Trois nouveaux emplacements seront attribués d'ici avril, dont un réservé à un producteur bio de la presqu'île.",
                  "« Pendant dix-huit mois, nous avons vendu sous des barnums sur le parking de l'église, par tous les temps », rappelle Josiane Praud, poissonnière depuis trente ans. « Ce retour, on l'attendait comme une fête. »",
                  "La municipalité prévoit une inauguration en musique le jour de la réouverture, avec l'harmonie municipale et un repas partagé sur la place."],
              comments=[("Jean-Yves P.", "2025-03-09T19:12:00+01:00", "Enfin ! Les barnums sous la pluie en janvier, on ne les regrettera pas.", []),
                        ("Maryvonne", "2025-03-09T20:47:00+01:00", "Et le boucher, il revient ou pas ? Il n'est pas cité dans l'article.", [
                            ("Soizic Le Goff", "2025-03-09T21:05:00+01:00", "Bonjour Maryvonne, le boucher fait partie des onze commerçants qui reviennent. Les trois absents sont le fromager, parti à la retraite, le fleuriste et le vendeur de vêtements.", [])]),
                        ("Gwenn", "2025-03-10T08:31:00+01:00", "1,8 million pour une halle, ça fait cher le mètre carré. Qui paie, la commune ou l'assurance ?", [
                            ("Hervé T.", "2025-03-10T09:02:00+01:00", "L'assurance pour l'essentiel, d'après le compte rendu du conseil. On en parle aussi sur le forum du Ricochet.", [])])]),
         dict(slug="la-ligne-de-car-312-ne-circulera-plus-le-dimanche", title="La ligne de car 312 ne circulera plus le dimanche", iso="2025-03-08T00:20:00+01:00", au=["yannick-bertho"], rub="transports", kicker=None, lead=None, paras=[
                  "À partir du 1er avril, la ligne de car 312 entre Saint-Aubin-de-Retz et Nantes ne circulera plus le dimanche, a confirmé la Région dans un courrier adressé aux communes desservies.",
                  "La ligne transporte en moyenne vingt-deux voyageurs par dimanche, contre plus de quatre cents en semaine. La Région estime que le maintien du service coûterait 160 000 euros par an.",
                  "Plusieurs usagers, souvent des étudiants et des salariés du CHU de Nantes, ont lancé une pétition qui a recueilli plus de mille signatures en une semaine.",
                  "Les maires du secteur demandent au minimum un aller-retour le dimanche soir, pour permettre aux étudiants de rejoindre leur résidence."],
              comments=[("Lénaïg", "2025-03-08T08:14:00+01:00", "Je suis étudiante à Nantes et je prends le car de 18 h 40 tous les dimanches. Sans lui, je n'ai plus qu'à demander à mes parents de m'emmener.", [
                            ("Paul Morisseau", "2025-03-08T09:40:00+01:00", "Il y a le covoiturage aussi, il y a un groupe pour la presqu'île.", [
                                ("Lénaïg", "2025-03-08T10:02:00+01:00", "Le covoiturage le dimanche soir, c'est rarement à l'heure qui arrange.", [])])]),
                        ("Hervé T.", "2025-03-08T12:30:00+01:00", "La pétition est en ligne sur le site de la mairie, pensez à signer.", [])]),
         dict(slug="peche-a-pied-les-gisements-de-coques-fermes", title="Pêche à pied : les gisements de coques fermés jusqu'à nouvel ordre", iso="2025-03-06T11:00:00+01:00", au=["redaction"], rub="environnement", kicker=None, lead=None, paras=[
                  "La préfecture a interdit jusqu'à nouvel ordre la pêche à pied de loisir des coques sur les gisements de la baie, après la détection d'une contamination bactérienne lors d'un contrôle de routine.",
                  "Les analyses réalisées par l'Ifremer fin février ont révélé des concentrations d'E. coli supérieures aux seuils autorisés sur trois points de prélèvement, entre la plage de la Rinais et la pointe du Payré.",
                  "L'interdiction concerne également le ramassage des palourdes et des moules. Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 euros.",
                  "De nouveaux prélèvements seront effectués dans les prochaines semaines. Les pêcheurs professionnels, soumis à une réglementation distincte, ne sont pas concernés."],
              comments=[("Dédé de la Rinais", "2025-03-06T12:15:00+01:00", "Ça fait trois ans de suite. Il faudrait peut-être regarder du côté de la station d'épuration.", [
                            ("Rédaction", "2025-03-06T14:40:00+01:00", "Nous avons posé la question à la communauté de communes et publierons sa réponse.", [])]),
                        ("Sylvie B.", "2025-03-07T07:50:00+01:00", "Merci pour l'info, on avait prévu d'y aller ce week-end avec les petits.", [])]),
         dict(slug="eoliennes-en-mer-les-pecheurs-de-la-presqu-ile-inquiets", title="Éoliennes en mer : les pêcheurs de la presqu'île inquiets", iso="2025-03-05T09:15:00+01:00", au=["soizic-le-goff", "yannick-bertho"], rub="economie", kicker=None, lead=None, paras=[
                  "Réunis mardi soir à la salle des fêtes, une soixantaine de pêcheurs professionnels ont fait part de leurs inquiétudes face au projet de second parc éolien en mer au large de la presqu'île.",
                  "Le projet prévoit l'installation d'une cinquantaine d'éoliennes à une vingtaine de kilomètres des côtes, sur des zones où se pêchent la sole et le bar.",
                  "« On nous dit que la pêche restera possible entre les machines, mais personne ne sait avec quels engins ni dans quelles conditions de sécurité », explique Loïc Mabileau, patron du chalutier Ker Anna.",
                  "Le débat public organisé par la Commission nationale se poursuit jusqu'au 30 avril. Une nouvelle réunion est prévue à Pornic le 18 mars."],
              comments=[("Loïc M.", "2025-03-05T10:02:00+01:00", "Merci d'être venus. Les gros journaux n'étaient pas là.", []),
                        ("Un lecteur", "2025-03-05T13:27:00+01:00", "Il faudra bien produire l'électricité quelque part. Les pêcheurs ont toujours été contre tout.", [
                            ("Loïc M.", "2025-03-05T14:11:00+01:00", "Personne n'a dit qu'on était contre. On demande à savoir où et comment on pourra travailler.", [])])]),
         dict(slug="tribune-notre-ecole-de-village-merite-mieux", title="Notre école de village mérite mieux qu'une fermeture de classe", iso="2025-03-04T07:00:00+01:00", au=["redaction"], rub="tribunes", kicker="Tribune",
              lead="Par Mathilde Guérin, parent d'élève à Saint-Aubin-de-Retz", paras=[
                  "L'inspection académique a annoncé la fermeture d'une des quatre classes de l'école des Tilleuls à la rentrée prochaine. Pour les familles du bourg, c'est une mauvaise nouvelle de plus.",
                  "Avec 78 élèves inscrits, l'école se situe à deux enfants du seuil qui permettrait de maintenir ses quatre classes. Or plusieurs familles doivent s'installer dans le nouveau lotissement du Clos Bertin d'ici septembre.",
                  "Fermer une classe, c'est passer à des cours triples pour les plus petits, et pousser certains parents à inscrire leurs enfants à Pornic, là où ils travaillent. C'est ainsi que meurent les écoles de village.",
                  "Nous demandons à l'inspection de compter les enfants qui arrivent, pas seulement ceux qui sont là, et de reporter sa décision à la rentrée."],
              comments=[("Anne-Sophie", "2025-03-04T08:40:00+01:00", "Entièrement d'accord. Mon fils serait en cours triple, avec des enfants de trois ans d'écart.", []),
                        ("Bernard Lemoine", "2025-03-04T18:22:00+01:00", "Ancien directeur de l'école, je signe des deux mains. Nous avons déjà connu cela en 1998 et la classe avait rouvert deux ans plus tard.", [])]),
         dict(slug="le-foot-feminin-de-l-us-saint-aubin-monte-en-regionale-1", title="Le foot féminin de l'US Saint-Aubin monte en Régionale 1", iso="2025-03-03T20:45:00+01:00", au=["yannick-bertho"], rub="sports", kicker=None, lead=None, paras=[
                  "Les footballeuses de l'Union sportive de Saint-Aubin ont assuré dimanche leur montée en Régionale 1, une première dans l'histoire du club, en battant La Roche-sur-Yon 3 à 1.",
                  "Menées au score à la pause, les joueuses de Gaëlle Rondeau ont renversé la rencontre en vingt minutes grâce à un doublé de leur capitaine, Inès Drouet, et un penalty de Léa Chiron.",
                  "Créée il y a seulement six ans avec une douzaine de licenciées, la section féminine compte aujourd'hui plus de quatre-vingts joueuses, des moins de onze ans aux seniors.",
                  "Le club espère désormais obtenir de la mairie un éclairage du terrain annexe pour pouvoir organiser les entraînements du soir en hiver."],
              comments=[("Gaëlle R.", "2025-03-03T21:30:00+01:00", "Merci au Ricochet de toujours suivre les filles, même quand on jouait devant vingt personnes !", []),
                        ("Supporter44", "2025-03-04T07:05:00+01:00", "Bravo les filles. Et maintenant l'éclairage, monsieur le maire !", [])])]
    RUB = {"vie-locale": "Vie locale", "transports": "Transports", "environnement": "Environnement", "economie": "Économie", "tribunes": "Tribunes", "sports": "Sports"}
    for a in A:
        d = datetime.datetime.fromisoformat(a["iso"])
        a["path"] = "/%s/%s/" % (d.strftime("%Y/%m"), a["slug"])
    nav = [("/", "Accueil"), ("/rubrique/vie-locale/", "Vie locale"), ("/rubrique/tribunes/", "Tribunes"), ("/forum/", "Le forum"), ("/a-propos/", "Qui sommes-nous ?"), ("/participer/", "Écrire pour le Ricochet")]

    def shell(title, main, head="", cls="home blog"):
        return ('<!DOCTYPE html>\n<html lang="fr-FR">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s\n<meta name="generator" content="WordPress 6.7.2">\n'
                '<link rel="alternate" type="application/rss+xml" title="Le Ricochet &raquo; Flux" href="%s">\n<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.10" media="all">\n</head>\n'
                '<body itemtype="https://schema.org/Blog" itemscope class="%s ast-desktop ast-separate-container ast-right-sidebar astra-4.8.10">\n<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>\n<div class="hfeed site" id="page">\n'
                '<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">'
                '<div class="site-branding"><div class="ast-site-identity" itemtype="https://schema.org/Organization" itemscope><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Le Ricochet</a></span><p class="site-description" itemprop="description">Le journal participatif du Pays de Retz</p></div></div>'
                '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Navigation du site"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">%s</ul></nav></div></div></div></div></header>\n'
                '<div id="content" class="site-content"><div class="ast-container">%s'
                '<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main"><aside id="block-3" class="widget widget_block"><h2>Derniers commentaires</h2><ol class="wp-block-latest-comments">'
                '<li class="wp-block-latest-comments__comment"><article><footer class="wp-block-latest-comments__comment-meta"><span class="wp-block-latest-comments__comment-author">Hervé T.</span> dans <a class="wp-block-latest-comments__comment-link" href="%s#comment-7131">%s</a></footer></article></li></ol></aside>'
                '<aside id="block-5" class="widget widget_block"><div class="don-box"><h2>Le Ricochet vit grâce à vous</h2><p>Journal associatif sans publicité, Le Ricochet est écrit par des habitants bénévoles. Adhérez à l\'association à partir de 10 euros par an.</p><p><a href="/adherer/">J\'adhère</a></p></div></aside></div></div>'
                '</div></div>\n<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-row ast-flex"><div class="ast-small-footer-section ast-small-footer-section-1">'
                'Copyright &copy; 2025 Le Ricochet, association loi 1901 &middot; <a href="/mentions-legales/">Mentions légales</a> &middot; Propulsé par <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer>\n</div>\n</body>\n</html>') % (
            E(title), head, s.url("/feed/"), cls, "".join('<li class="menu-item"><a href="%s" class="menu-link">%s</a></li>' % (p, t) for p, t in nav), main, A[0]["path"], E(A[0]["title"]))

    def byl(a):
        return " et ".join('<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="Voir tous les articles de %s" href="/auteur/%s/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span>' % (
            AU[u], u, AU[u]) for u in a["au"])

    def card(a):
        return ('<article class="post type-post status-publish format-standard hentry ast-article-post" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">'
                '<h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="%s" rel="bookmark">%s</a></h2><header class="entry-header ast-blog-single-element ast-blog-meta-container"><div class="entry-meta">%s / <span class="posted-on"><span class="published" itemprop="datePublished">%s</span></span> / <a href="%s#comments">%d commentaires</a></div></header>'
                '<div class="ast-excerpt-container ast-blog-single-element"><p>%s</p></div></div></div></article>') % (a["path"], E(a["title"]), byl(a), fr(a["iso"], False), a["path"], count(a["comments"]), E(a["paras"][0][:180].rsplit(" ", 1)[0] + " […]"))

    def count(cs):
        return sum(1 + count(c[3]) for c in cs)
    cid = [7100]

    def comments(a, cs, depth=1):
        out = ""
        for n, (who, when, text, kids) in enumerate(cs):
            cid[0] += 1
            c = cid[0]
            out += ('<li id="comment-%d" class="comment %s depth-%d%s"><article id="div-comment-%d" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/wp-content/avatar/%d.png" class="avatar avatar-50 photo" height="50" width="50"></div>'
                    '<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">%s</b></cite></div>'
                    '<div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="%s#comment-%d"><time datetime="%s">%s</time></a></span></div></header></div>'
                    '<section class="ast-comment-content comment"><p>%s</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%d#respond" data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" data-replyto="Répondre à %s" aria-label="Répondre à %s">Répondre</a></span></div></section></div></div></article>%s</li>') % (
                c, "even" if n % 2 == 0 else "odd", depth, " parent" if kids else "", c, c, E(who), a["path"], c, datetime.datetime.fromisoformat(when).isoformat(), fr(when), E(text), a["path"], c, c, A.index(a) + 300, c, E(who), E(who),
                ('<ol class="children">%s</ol>' % comments(a, kids, depth + 1)) if kids else "")
        return out

    def flat(cs):
        return [t for c in cs for t in [c[2]] + flat(c[3])]
    for i, a in enumerate(A):
        names = [AU[u] for u in a["au"] if u != "redaction"]
        au = ["Mathilde Guérin"] if a["lead"] else names
        n = count(a["comments"])
        lead = ('<p class="tribune-signature"><em>%s</em></p>' % E(a["lead"])) if a["lead"] else ""
        kicker = ('<span class="ast-terms-link"><a href="/rubrique/%s/" class="kicker">%s</a></span>' % (a["rub"], a["kicker"])) if a["kicker"] else ""
        others = [x for x in A if x is not a]
        main = ('<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="post-%d post type-post status-publish format-standard hentry category-%s ast-article-single" id="post-%d" itemtype="https://schema.org/CreativeWork" itemscope>'
                '<div class="ast-post-format- single-layout-1 ast-no-date-box"><header class="entry-header ">%s<h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta">%s / <span class="posted-on"><span class="published" itemprop="datePublished">Publié le %s</span></span> / '
                '<span class="ast-terms-link"><a href="/rubrique/%s/">%s</a></span></div></header>'
                '<div class="entry-content clear" itemprop="text">%s%s<div class="partage"><p>Partager : <a href="https://www.facebook.example.com/sharer.php?u=%s">Facebook</a> <a href="mailto:?subject=%s">E-mail</a></p></div></div></div></article>'
                '<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev"><span class="ast-post-nav">&larr; Précédent</span> <p>%s</p></a></div></div></nav>'
                '<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">%d réflexions sur « %s »</h3></div>'
                '<ol class="ast-comment-list">%s</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">'
                '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les commentaires sont modérés par les bénévoles de l\'association.</p><textarea id="comment" name="comment"></textarea><input name="author" placeholder="Nom*"><input name="email" placeholder="E-mail*">'
                '<input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire »"></form></div></div></main></div>') % (
            300 + i, a["rub"], 300 + i, kicker, E(a["title"]), byl(a), fr(a["iso"]), a["rub"], RUB[a["rub"]], lead, ps(a["paras"]), s.url(a["path"]), E(a["title"]),
            others[0]["path"], E(others[0]["title"]), n, E(a["title"]), comments(a, a["comments"]))
        url = s.url(a["path"])
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": [{"name": AU[u], "@id": s.url("/#/schema/person/%s" % u)} for u in a["au"]], "headline": a["title"],
             "datePublished": a["iso"], "dateModified": a["iso"], "commentCount": n, "publisher": {"@id": s.url("/#organization")}, "articleSection": [RUB[a["rub"]]], "inLanguage": "fr-FR",
             "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (a["title"], SN), "datePublished": a["iso"]},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": SN}] + [{"@type": "Person", "@id": s.url("/#/schema/person/%s" % u), "name": AU[u]} for u in a["au"]]}
        head = ('<link rel="canonical" href="%s">\n<meta property="og:locale" content="fr_FR">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:site_name" content="%s">\n'
                '<meta property="article:published_time" content="%s">\n<meta name="author" content="%s">\n<meta name="twitter:label1" content="Écrit par">\n<meta name="twitter:data1" content="%s">\n'
                '<link rel="alternate" type="application/rss+xml" title="Le Ricochet &raquo; %s Flux des commentaires" href="%sfeed/">\n%s') % (
            url, E(a["title"]), SN, a["iso"], E(", ".join(AU[u] for u in a["au"])), E(", ".join(AU[u] for u in a["au"])), E(a["title"]), url, jl(graph))
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % (300 + i)), a["title"], a["iso"][:10] if a["iso"][11:13] != "00" else utc(a["iso"])[:10], au,
              instant=utc(a["iso"]) if a["iso"][11:13] == "00" else None, must=[a["paras"][1], a["paras"][-1]], must_not=flat(a["comments"])[:3] + ["Le Ricochet vit grâce à vous", "Laisser un commentaire"])
    s.non("/", shell("Le Ricochet - Le journal participatif du Pays de Retz", '<div id="primary" class="content-area primary ast-grid-2"><main id="main" class="site-main"><div class="ast-row">%s</div></main></div>' % "".join(card(a) for a in A),
          '<meta property="og:type" content="website">'))
    for r in ("vie-locale", "tribunes"):
        s.non("/rubrique/%s/" % r, shell("%s Archives - %s" % (RUB[r], SN), '<div id="primary" class="content-area primary"><main id="main" class="site-main"><section class="ast-archive-description"><h1 class="page-title ast-archive-title">%s</h1>%s</section><div class="ast-row">%s</div></main></div>' % (
            RUB[r], "<p>Les tribunes sont des textes d'opinion proposés par nos lecteurs. Elles n'engagent que leurs auteurs.</p>" if r == "tribunes" else "", "".join(card(a) for a in A if a["rub"] == r)), cls="archive category"))
    s.non("/auteur/soizic-le-goff/", shell("Soizic Le Goff, auteur/autrice sur %s" % SN, '<div id="primary" class="content-area primary"><main id="main" class="site-main"><section class="ast-author-box ast-archive-description"><div class="ast-author-bio"><h1 class="page-title ast-archive-title">Soizic Le Goff</h1>'
          '<p>Correspondante bénévole à Saint-Aubin depuis 2019, ancienne institutrice. Elle couvre le conseil municipal et la vie des commerces.</p></div></section><div class="ast-row">%s</div></main></div>' % "".join(card(a) for a in A if "soizic-le-goff" in a["au"]), cls="archive author"))
    s.non("/a-propos/", shell("Qui sommes-nous ? - %s" % SN, '<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="page type-page"><header class="entry-header"><h1 class="entry-title">Qui sommes-nous ?</h1></header><div class="entry-content">%s</div></article></main></div>' % ps([
        "Le Ricochet est un journal participatif créé en 2017 par une poignée d'habitants du Pays de Retz. Il est édité par une association loi 1901 et ne publie pas de publicité.",
        "Tous nos articles sont écrits par des correspondants bénévoles et relus par un comité de rédaction de cinq personnes. Les tribunes de lecteurs sont signées par leurs auteurs.",
        "Le forum du Ricochet, ouvert en 2022, permet de prolonger les discussions. Il est modéré par l'association."]), cls="page"))
    s.non("/participer/", shell("Écrire pour le Ricochet - %s" % SN, '<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="page type-page"><header class="entry-header"><h1 class="entry-title">Écrire pour le Ricochet</h1></header><div class="entry-content"><p>Vous avez une information, une idée de reportage, un coup de gueule ? Écrivez-nous à redaction@ricochet.example.fr ou proposez une tribune avec ce formulaire.</p><form><input name="nom"><textarea name="texte"></textarea><button>Envoyer</button></form></div></article></main></div>', cls="page"))
    s.put("/feed/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Le Ricochet</title><link>%s</link><language>fr-FR</language>%s</channel></rss>' % (s.url("/"), "".join(
        '<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate><slash:comments xmlns:slash="http://purl.org/rss/1.0/modules/slash/">%d</slash:comments></item>' % (
            E(a["title"]), s.url(a["path"]), ", ".join(AU[u] for u in a["au"]), rfc822(a["iso"]), count(a["comments"])) for a in A)))

    # ---- Discourse 3.4 in the /forum/ subfolder (crawler view, as served to bots)
    DU = {"gwenn": "Gwenaëlle Perraud", "herve_t": "Hervé Tessier", "lenaig": "Lénaïg", "soizic": "Soizic Le Goff", "dede44": "André Chauvet"}

    def dshell(title, main, head="", cls="crawler"):
        return ('<!DOCTYPE html>\n<html lang="fr" class="desktop-view not-mobile-device text-size-normal anon">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta name="description" content="Le forum des lecteurs du Ricochet, journal participatif du Pays de Retz">\n'
                '<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 2b3f5a7e1c0d">\n<link rel="icon" type="image/png" href="/forum/uploads/default/optimized/1X/favicon_32x32.png">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">\n<link rel="search" type="application/opensearchdescription+xml" href="/forum/opensearch.xml" title="Forum du Ricochet Search">\n'
                '<link href="/forum/stylesheets/color_definitions_base__3_9b6e.css?__ws=ricochet" media="all" rel="stylesheet" class="light-scheme"/>\n%s\n</head>\n<body class="%s">\n'
                '<header><a href="/forum/">Forum du Ricochet</a></header>\n<div id="main-outlet" class="wrap" role="main">\n%s\n</div>\n'
                '<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/forum/" itemprop="url">Accueil </a></span></li>'
                '<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/forum/categories" itemprop="url">Catégories </a></span></li>'
                '<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/forum/guidelines" itemprop="url">Charte </a></span></li>'
                '<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/forum/tos" itemprop="url">Conditions générales de service </a></span></li>'
                '<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/forum/privacy" itemprop="url">Politique de confidentialité </a></span></li></ul></nav>'
                '<p class="powered-by-link">Propulsé par <a href="https://www.discourse.org">Discourse</a>, le rendu est meilleur quand JavaScript est activé</p></footer>\n</body>\n</html>') % (E(title), head, cls, main)

    def dtime(iso):
        d = datetime.datetime.fromisoformat(iso)
        return '<time itemprop="datePublished" datetime="%s" class="post-time">%d %s %d, %s</time>' % (d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), d.day, MOIS[d.month - 1], d.year, d.strftime("%H:%M"))

    def dpost(n, u, iso, html_, likes, first):
        return ('<div id="post_%d" %sclass="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="%s"><span itemprop="name">%s</span></a> (%s)</span>'
                '<link itemprop="mainEntityOfPage" href="%s"><span class="crawler-post-infos">%s<meta itemprop="position" content="%d"></span></div><div class="post" itemprop="text">%s</div>'
                '<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="%d" /><span class="post-likes">%d « J’aime »</span></div></div>') % (
            n, "" if first else 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" ', s.url("/forum/u/%s" % u), u, E(DU[u]), s.url("/forum/"), dtime(iso), n, html_, likes, likes)

    def onebox(a):
        return ('<aside class="onebox allowlistedgeneric" data-onebox-src="%s"><header class="source"><img src="/forum/uploads/default/original/1X/site-icon.png" class="site-icon" width="32" height="32"><a href="%s" target="_blank" rel="noopener">Le Ricochet – %s</a></header>'
                '<article class="onebox-body"><h3><a href="%s" target="_blank" rel="noopener">%s</a></h3><p>%s</p></article><div style="clear: both"></div></aside>') % (
            s.url(a["path"]), s.url(a["path"]), fr(a["iso"], False), s.url(a["path"]), E(a["title"]), E(a["paras"][0]))
    CAT = {"actualite-locale/5": "Actualité locale", "transports/7": "Transports", "conseil-municipal/9": "Conseil municipal"}
    cr = ["Compte rendu du conseil municipal du 6 mars", [
        "Comme d'habitude, voici mon compte rendu du conseil municipal de jeudi, pour ceux qui n'ont pas pu venir. Vingt-deux élus présents, une trentaine de personnes dans le public.",
        "Premier point, la halle : le maire a confirmé la réouverture le 14 juin. L'assurance couvre 1,5 million sur les 1,8 million de travaux ; le reste est pris sur l'emprunt voté en 2024. L'opposition a demandé le détail des loyers des nouveaux emplacements, qui sera présenté en avril.",
        "Deuxième point, le car 312 : le conseil a voté à l'unanimité une motion demandant à la Région de maintenir au moins un aller-retour le dimanche soir.",
        "Troisième point, l'éclairage du terrain annexe du stade : renvoyé à la commission des sports, faute de devis. Les parents de l'US présents dans la salle n'ont pas caché leur déception.",
        "Prochain conseil le 10 avril à 20 h 30. Hervé"]]
    DT = [dict(id=412, slug="le-marche-couvert-rouvrira-en-juin", title="Le marché couvert rouvrira en juin", cat="actualite-locale/5", tags=["marche", "halle"], views=318, posts=[
                   ("gwenn", "2025-03-09T20:02:11+01:00", onebox(A[0]) + "<p>Bonne nouvelle, mais 1,8 million ça me paraît énorme pour une halle de cette taille. Quelqu'un sait comment c'est financé ?</p>", 6),
                   ("herve_t", "2025-03-09T20:40:37+01:00", '<aside class="quote no-group" data-username="gwenn" data-post="1" data-topic="412"><div class="title"><img alt="" width="24" height="24" src="/forum/user_avatar/gwenn/48/12_2.png" class="avatar"> gwenn :</div>'
                    "<blockquote><p>Quelqu'un sait comment c'est financé ?</p></blockquote></aside><p>L'assurance pour 1,5 million, le reste sur l'emprunt. C'était dans le conseil de jeudi, j'en ai fait un compte rendu dans la catégorie Conseil municipal.</p>", 9),
                   ("soizic", "2025-03-10T09:15:02+01:00", "<p>Je confirme, j'ai ajouté la précision en commentaire sous l'article. Merci Hervé.</p>", 4)]),
          dict(id=409, slug="car-312-plus-de-service-le-dimanche", title="Car 312 : plus de service le dimanche", cat="transports/7", tags=["transports", "car-312"], views=204, posts=[
                   ("lenaig", "2025-03-08T09:12:40+01:00", onebox(A[1]) + "<p>La pétition : mairie-saint-aubin.example.fr/petition-312. On est à 1 040 signatures. Partagez autour de vous !</p>", 15),
                   ("dede44", "2025-03-08T11:48:09+01:00", "<p>Signé. Vingt-deux voyageurs le dimanche, c'est parce que l'horaire ne correspond à rien. Mettez un car à 18 h et il sera plein.</p>", 7)]),
          dict(id=401, slug="compte-rendu-du-conseil-municipal-du-6-mars", title=cr[0], cat="conseil-municipal/9", tags=["conseil-municipal"], views=452, posts=[
                   ("herve_t", "2025-03-07T22:30:00+01:00", "".join("<p>%s</p>" % E(p) for p in cr[1]), 21),
                   ("gwenn", "2025-03-08T07:44:18+01:00", "<p>Merci Hervé, toujours aussi précieux. Le Ricochet devrait publier tes comptes rendus.</p>", 5)])]
    for t in DT:
        tp = "/forum/t/%s/%d" % (t["slug"], t["id"])
        first = t["posts"][0]
        tags = '<div class="topic-list-tags">%s</div>' % "".join('<a href="/forum/tag/%s" class="discourse-tag">%s</a> ' % (g, g) for g in t["tags"])
        body = ('<div id="topic-title"><h1><a href="%s">%s</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                '<a href="/forum/c/%s" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">%s</span></span></a><meta itemprop="position" content="1" /></span></div>%s</div>'
                '<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="%s"><link itemprop="url" href="%s"><meta itemprop="datePublished" content="%s"><meta itemprop="articleSection" content="%s"><meta itemprop="keywords" content="%s">'
                '<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Forum du Ricochet"></div>%s</div>'
                '<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Sujets similaires</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">'
                '<table class="topic-list"><tbody>%s</tbody></table></div></div>') % (
            tp, E(t["title"]), t["cat"], CAT[t["cat"]], tags, E(t["title"]), s.url(tp), datetime.datetime.fromisoformat(first[1]).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), CAT[t["cat"]], ",".join(t["tags"]),
            "".join(dpost(n + 1, u, iso, h, lk, n == 0) for n, (u, iso, h, lk) in enumerate(t["posts"])),
            "".join('<tr><td><a href="/forum/t/%s/%d" class="title raw-link raw-topic-link">%s</a></td></tr>' % (x["slug"], x["id"], E(x["title"])) for x in DT if x is not t))
        desc = re_text(first[2])[:200]
        head = ('<link rel="canonical" href="%s" />\n<meta property="og:site_name" content="Forum du Ricochet" />\n<meta property="og:type" content="website" />\n<meta name="twitter:card" content="summary" />\n'
                '<meta property="og:url" content="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />\n<meta property="article:published_time" content="%s" />\n'
                '<meta property="article:section" content="%s" />\n<meta property="article:section:color" content="0E76BD" />\n%s<meta property="og:ignore_canonical" content="true" />\n'
                '<meta name="twitter:label1" value="Temps de lecture">\n<meta name="twitter:data1" value="1 mins 🕑">\n<meta name="twitter:label2" value="J’aime">\n<meta name="twitter:data2" value="%d ❤">\n'
                '<link rel="alternate nofollow" type="application/rss+xml" title="Flux RSS de « %s »" href="%s.rss" />\n%s') % (
            s.url(tp), s.url(tp), E(t["title"]), E(desc), datetime.datetime.fromisoformat(first[1]).astimezone(datetime.timezone.utc).isoformat(), CAT[t["cat"]],
            "".join('<meta property="article:tag" content="%s" />\n' % g for g in t["tags"]), sum(p[3] for p in t["posts"]), E(t["title"]), s.url(tp),
            jl({"@context": "http://schema.org", "@type": "WebSite", "url": s.url("/forum/"), "potentialAction": {"@type": "SearchAction", "target": s.url("/forum/search?q={search_term_string}"), "query-input": "required name=search_term_string"}}))
        s.non(tp, dshell("%s - %s - Forum du Ricochet" % (t["title"], CAT[t["cat"]]), body, head, "crawler "))

    def tlist(ts):
        return ('<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Sujet</th><th></th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead><tbody>%s</tbody></table></div>') % "".join(
            ('<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="%d"><span class="link-top-line" itemprop="url" href="%s">'
             '<a href="/forum/t/%s/%d" class="title raw-link raw-topic-link" itemprop="item"><span itemprop="name">%s</span></a></span><div class="link-bottom-line"><a href="/forum/c/%s" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="category-name">%s</span></a></div></td>'
             '<td class="posters">%s</td><td class="replies"><span class="posts" title="messages">%d</span></td><td class="views"><span class="views" title="vues">%d</span></td><td>%s</td></tr>') % (
                n + 1, s.url("/forum/t/%s/%d" % (x["slug"], x["id"])), x["slug"], x["id"], E(x["title"]), x["cat"], CAT[x["cat"]], " ".join('<a href="/forum/u/%s" class="latest">%s</a>' % (p[0], p[0]) for p in x["posts"]),
                len(x["posts"]) - 1, x["views"], datetime.datetime.fromisoformat(x["posts"][-1][1]).strftime("%-d %b").replace("Mar", "mars")) for n, x in enumerate(ts))
    s.non("/forum/", dshell("Forum du Ricochet", '<h1 class="crawler-list-title">Derniers sujets</h1>%s<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><b><a rel="next" itemprop="url" href="/forum/latest?page=1">page suivante →</a></b></span></div>' % tlist(DT),
          '<link rel="canonical" href="%s" />\n<meta property="og:type" content="website" />' % s.url("/forum/"), "crawler list-view"))
    s.non("/forum/c/actualite-locale/5", dshell("Derniers sujets Actualité locale - Forum du Ricochet", '<div class="category-crawler-view"><h1 class="crawler-list-title">Actualité locale</h1><div class="category-description"><p>Discussions sur les articles du Ricochet et l\'actualité du Pays de Retz. Un sujet par article, merci.</p></div>%s</div>' % tlist([DT[0]]),
          '<link rel="canonical" href="%s" />' % s.url("/forum/c/actualite-locale/5"), "crawler category-actualite-locale"))
    s.non("/forum/tag/transports", dshell("Sujets avec l'étiquette transports - Forum du Ricochet", '<h1 class="crawler-list-title">Sujets avec l\'étiquette « transports »</h1>%s' % tlist([DT[1]]), "", "crawler tags-page"))
    s.non("/forum/u/herve_t", dshell("Profil - herve_t - Forum du Ricochet", ('<div class="user-crawler"><img alt="Avatar de l\'utilisateur" src="/forum/user_avatar/herve_t/120/31_2.png" title="herve_t"><h2 class="username">herve_t</h2></div>'
          '<p><span>Hervé Tessier</span></p><div class="bio"><p>Retraité de la SNCF, j\'assiste à tous les conseils municipaux depuis 2014 et j\'en fais des comptes rendus ici.</p></div>'
          '<p><span class="crawler-user-stat">Inscrit le 12 févr. 2022</span> · <span>Dernière activité : 9 mars 2025</span></p><h3>Sujets récents</h3><ul><li><a href="/forum/t/%s/%d">%s</a></li></ul>') % (DT[2]["slug"], DT[2]["id"], E(DT[2]["title"])),
          '<meta property="og:title" content="herve_t">\n<meta property="og:description" content="Retraité de la SNCF, j\'assiste à tous les conseils municipaux depuis 2014 et j\'en fais des comptes rendus ici.">', "crawler user-page"))
    s.non("/forum/about", dshell("À propos - Forum du Ricochet", '<section class="about"><h1>À propos du forum du Ricochet</h1><p>Le forum des lecteurs et des correspondants du Ricochet, journal participatif du Pays de Retz.</p>'
          '<h2>Notre équipe</h2><p>Administrateurs : soizic, herve_t</p><h2>Statistiques du site</h2><table class="table"><tr><th></th><th>7 derniers jours</th><th>30 derniers jours</th><th>Total</th></tr><tr><td>Sujets</td><td>6</td><td>21</td><td>412</td></tr><tr><td>Messages</td><td>48</td><td>190</td><td>5 211</td></tr><tr><td>Inscrits</td><td>2</td><td>7</td><td>268</td></tr></table></section>', "", "crawler about-page"))
    s.non("/forum/search", dshell("Recherche - Forum du Ricochet", '<h1>Recherche</h1><form action="/forum/search" method="get"><input type="search" name="q"><button>Rechercher</button></form><p>Aucun résultat.</p>', '<meta name="robots" content="noindex">', "crawler search-page"))
    s.non("/forum/login", dshell("Connexion - Forum du Ricochet", '<h1>Se connecter</h1><form action="/forum/session" method="post"><input name="login" placeholder="Adresse e-mail / nom d\'utilisateur"><input type="password" name="password"><button>Se connecter</button></form><p><a href="/forum/signup">Créer votre compte</a></p>', '<meta name="robots" content="noindex">', "crawler login-page"))
    s.put("/forum/sitemap_1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (s.url("/forum/t/%s/%d" % (t["slug"], t["id"])), t["posts"][-1][1]) for t in DT))
    s.put("/wp-sitemap-posts-post-1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % s.url(a["path"]) for a in A))
    s.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /forum/admin/\nDisallow: /forum/auth/\nDisallow: /forum/email/\nDisallow: /forum/session\nDisallow: /forum/user-api-key\n\nSitemap: %s\nSitemap: %s\n" % (
        s.url("/wp-sitemap-posts-post-1.xml"), s.url("/forum/sitemap_1.xml")))


def re_text(h):
    """The text of an HTML fragment, roughly (for meta descriptions)."""
    import re
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", h))).strip()


# ------------------------------------------------------------ 8 Ágora Stack Exchange (a StackExchange-like Q&A on politics and current affairs, es)
def agora():
    s = Site(8)
    SN = "Ágora Stack Exchange"
    MES = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
    U = {321: ("Lucía Ferrer", "lucia-ferrer", 2341), 88: ("Andrés M.", "andres-m", 15802), 402: ("Pablo S.", "pablo-s", 1102), 517: ("jgarrido", "jgarrido", 640), 77: ("Nuria Oller", "nuria-oller", 9120)}

    def es(iso):
        d = datetime.datetime.fromisoformat(iso)
        return "%d %s %d a las %s" % (d.day, MES[d.month - 1], d.year, d.strftime("%H:%M"))

    def z(iso):
        return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")

    def shell(title, main, head="", cls="question-page"):
        return ('<!DOCTYPE html>\n<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive " lang="es">\n<head>\n<title>%s</title>\n<link rel="shortcut icon" href="/favicon.ico">\n'
                '<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">\n<meta property="og:type" content= "website" />\n<meta property="og:site_name" content="%s" />\n%s\n'
                '<link rel="stylesheet" type="text/css" href="/Content/Sites/agora/primary.css?v=3a2b1c">\n</head>\n<body class="%s unified-theme">\n<div id="notify-container"></div>\n'
                '<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo js-gps-track"><span class="-img _glyph">%s</span></a>'
                '<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Buscar en Ágora…" value="" aria-label="Buscar" maxlength="240" class="s-input s-input__search js-search-field "></div></form>'
                '<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li class="s-topbar--item" role="none"><a href="/users/login?returnurl=%%2f" class="s-topbar--item s-btn s-btn__outlined ws-nowrap" rel="nofollow" role="menuitem">Iniciar sesión</a></li>'
                '<li class="s-topbar--item" role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__filled ws-nowrap" rel="nofollow" role="menuitem">Registrarse</a></li></ol></nav></div></header>\n'
                '<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">'
                '<li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Inicio</div></div></a></li>'
                '<li class="ps-relative"><a id="nav-questions" href="/questions" class="s-block-link pl8 js-gps-track nav-links--link">Preguntas</a></li><li class="ps-relative"><a id="nav-tags" href="/tags" class="s-block-link pl8 js-gps-track nav-links--link">Etiquetas</a></li>'
                '<li class="ps-relative"><a id="nav-users" href="/users" class="s-block-link pl8 js-gps-track nav-links--link">Usuarios</a></li><li class="ps-relative"><a id="nav-unanswered" href="/unanswered" class="s-block-link pl8 js-gps-track nav-links--link">Sin responder</a></li></ol></nav></div></div>\n'
                '<div id="content" class="snippet-hidden">%s</div></div>\n'
                '<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="/">Ágora</a></h5><ul class="-list js-primary-footer-links">'
                '<li class="-item"><a href="/tour" class="js-gps-track -link">Tour</a></li><li class="-item"><a href="/help" class="js-gps-track -link">Ayuda</a></li><li class="-item"><a href="/help/on-topic" class="js-gps-track -link">Qué se puede preguntar</a></li></ul></div></nav>'
                '<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Diseño del sitio / logotipo &copy; 2025 Stack Exchange Inc; contribuciones de los usuarios bajo licencia <a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2025.3.7.23145</span></p></div></div></footer>\n'
                '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">Al hacer clic en «Aceptar todas las cookies», aceptas que Stack Exchange pueda almacenar cookies en tu dispositivo y divulgar información de acuerdo con nuestra Política de cookies.</p><button id="onetrust-accept-btn-handler">Aceptar todas las cookies</button> <button id="onetrust-reject-all-handler">Cookies necesarias solamente</button></div></div>\n</body>\n</html>') % (
            E(title), SN, head, cls, SN, main)

    def sig(uid, iso, verb, owner=False):
        name, slug, rep = U[uid]
        return ('<div class="post-signature%s flex--item"><div class="user-info %s"><div class="user-action-time">%s el <span title="%s" class="relativetime">%s</span></div>'
                '<div class="user-gravatar32"><a href="/users/%d/%s"><div class="gravatar-wrapper-32"><img src="/avatars/%d.png" alt="Avatar de usuario de %s" width="32" height="32" class="bar-sm"></div></a></div>'
                '<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/%d/%s">%s</a><span class="d-none" itemprop="name">%s</span><div class="-flair"><span class="reputation-score" title="puntuación de reputación " dir="ltr">%s</span></div></div></div></div>') % (
            " owner" if owner else "", "user-hover" if owner else "", verb, z(iso), es(iso), uid, slug, uid, E(name), uid, slug, E(name), E(name), "{:,}".format(rep).replace(",", "."))

    def comments(pid, cs):
        return '<div id="comments-%d" class="comments js-comments-container bt bc-black-075 mt12 " data-post-id="%d" data-min-length="15"><ul class="comments-list js-comments-list">%s</ul></div>' % (pid, pid, "".join(
            ('<li id="comment-%d" class="comment js-comment " data-comment-id="%d" data-comment-owner-id="%d" data-comment-score="%d"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide"><span title="número de votos «útil» recibidos" class="cool">%d</span></div></div>'
             '<div class="comment-text  js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">%s</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/%d/%s" title="%s reputación" class="comment-user">%s</a></div>'
             '<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment%d_%d"><span title="%s, Licencia: CC BY-SA 4.0" class="relativetime-clean">%s</span></a></span></div></div></li>') % (
                cid, cid, uid, sc, sc, E(t), uid, U[uid][1], U[uid][2], U[uid][0], cid, pid, z(iso), es(iso)) for cid, uid, iso, sc, t in cs))

    def vote(pid, n):
        return ('<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="%d"><button class="js-vote-up-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill bc-black-225" aria-pressed="false" aria-label="Voto positivo">▲</button>'
                '<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="%d">%d</div><button class="js-vote-down-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill bc-black-225" aria-label="Voto negativo">▼</button></div></div>') % (pid, n, n)
    news = ["La Diputación Provincial reconstruirá el viejo puente de piedra sobre el Tajuña antes del próximo otoño, después de que los ingenieros comprobaran que las crecidas y el paso de camiones habían debilitado sus pilares.",
            "El presupuesto de la obra asciende a 3,2 millones de euros. Según el diputado de Infraestructuras, reparar los pilares existentes habría costado casi lo mismo y solo habría alargado la vida del puente unos quince años."]
    Q = [dict(id=2314, slug="por-que-la-diputacion-reconstruye-el-puente-en-lugar-de-repararlo", title="¿Por qué la diputación reconstruirá el puente viejo en lugar de repararlo?", uid=321, iso="2025-03-09T14:22:05+01:00", score=14, views=1204,
              tags=["infraestructuras", "administracion-local", "presupuestos"], body="<p>Leo hoy en el <em>Diario del Alto Tajo</em>:</p><blockquote>%s</blockquote><p>El puente es del siglo XVI y está catalogado. ¿Es habitual que una administración elija derribar y reconstruir un bien protegido en vez de restaurarlo? ¿Quién decide eso, la diputación o Patrimonio?</p>" % "".join("<p>%s</p>" % E(p) for p in news),
              qc=[(5678, 402, "2025-03-09T15:01:09+01:00", 3, "Creo que «reconstruir» en la nota de prensa significa desmontar y volver a montar con las mismas piedras, no derribar. Habría que ver el proyecto.")],
              answers=[(2316, 88, "2025-03-09T16:40:12+01:00", 21, True, "<p>Depende de la protección del bien. Si el puente está declarado Bien de Interés Cultural, cualquier intervención necesita autorización de la consejería competente en patrimonio, que es quien decide en última instancia.</p><blockquote><p>reparar los pilares existentes habría costado casi lo mismo</p></blockquote><p>Eso es un argumento económico, pero no basta por sí solo. En la práctica, lo habitual es una <strong>reconstrucción por anastilosis</strong>: se numeran las piedras, se desmonta y se vuelve a montar sobre una cimentación nueva. Es lo que se hizo en varios puentes medievales de Castilla y León.</p>",
                        [(5690, 321, "2025-03-09T17:02:44+01:00", 2, "Muy clara, gracias. No conocía el término anastilosis.")]),
                       (2319, 517, "2025-03-10T08:01:22+01:00", 4, False, "<p>Complemento: la diputación solo puede actuar si la carretera es de titularidad provincial. Si fuera autonómica, la obra la licitaría la comunidad autónoma.</p>", [])]),
         dict(id=2298, slug="que-significa-que-el-congreso-convalide-un-real-decreto-ley", title="¿Qué significa que el Congreso «convalide» un real decreto-ley?", uid=517, iso="2025-03-05T10:10:00+01:00", score=9, views=803,
              tags=["congreso", "legislacion"], body="<p>En las noticias de esta semana se dice que el Congreso ha convalidado el decreto de ayudas a los municipios afectados por la DANA. ¿Qué diferencia hay entre convalidar un decreto y aprobar una ley? ¿Qué pasa si no se convalida?</p>",
              qc=[], answers=[(2300, 77, "2025-03-05T11:32:10+01:00", 15, True, "<p>Según el artículo 86 de la Constitución, el Gobierno puede dictar decretos-leyes en casos de extraordinaria y urgente necesidad. Entran en vigor de inmediato, pero el Congreso debe votarlos en un plazo de treinta días.</p><p>Si el Congreso no lo convalida, el decreto queda derogado. También puede tramitarse después como proyecto de ley, lo que permite enmiendas.</p>", [])]),
         dict(id=2320, slug="puede-un-ayuntamiento-cerrar-el-unico-consultorio-medico-del-pueblo", title="¿Puede un ayuntamiento cerrar el único consultorio médico del pueblo?", uid=77, iso="2025-03-10T19:05:33+01:00", score=6, views=412,
              tags=["administracion-local", "sanidad"], body="".join("<p>%s</p>" % E(p) for p in [
                  "Vivo en un municipio de unos 600 habitantes de la provincia de Guadalajara. El pleno del ayuntamiento aprobó el jueves cerrar el consultorio médico local, que abre dos mañanas por semana, porque el edificio necesita una reforma que el ayuntamiento no puede pagar.",
                  "El alcalde dijo en el pleno que los vecinos podrán ir al centro de salud de la cabecera de comarca, a 14 kilómetros, y que se estudiará un servicio de transporte a demanda. La mitad de los vecinos tiene más de 65 años y muchos no conducen.",
                  "Mi pregunta es jurídica: ¿tiene el ayuntamiento competencia para cerrar un consultorio, o la asistencia sanitaria corresponde a la comunidad autónoma? ¿Qué vías tienen los vecinos para recurrir el acuerdo?",
                  "Nuria Oller, vecina de Valdeolmos del Campo"]),
              qc=[(5801, 88, "2025-03-10T19:40:00+01:00", 1, "El local suele ser municipal, pero el servicio lo presta el servicio de salud autonómico. Son dos cosas distintas.")], answers=[])]
    for q in Q:
        qp = "/questions/%d/%s" % (q["id"], q["slug"])
        ans = "".join(('<div id="answer-%d" class="answer js-answer%s" data-answerid="%d" data-parentid="%d" data-score="%d" data-position-on-page="%d" %sitemscope itemtype="https://schema.org/Answer"><span class="d-none" itemprop="commentCount">%d</span>'
                       '<div class="post-layout">%s<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">%s</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="%s"></time>'
                       '<div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/%d" rel="nofollow" class="js-share-link js-gps-track">Compartir</a></div><div class="flex--item"><a href="/posts/%d/edit" class="js-suggest-edit-post js-gps-track">Mejorar esta respuesta</a></div></div></div></div>'
                       '%s</div></div></div>%s</div></div>') % (
            aid, " accepted-answer js-accepted-answer" if acc else "", aid, q["id"], sc, n + 1, 'itemprop="acceptedAnswer" ' if acc else 'itemprop="suggestedAnswer" ', len(cs), vote(aid, sc), h,
            datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"), aid, aid, sig(uid, iso, "respondida"), comments(aid, cs)) for n, (aid, uid, iso, sc, acc, h, cs) in enumerate(q["answers"]))
        qiso = datetime.datetime.fromisoformat(q["iso"]).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        main = ('<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image" href="/Sites/agora/Img/apple-touch-icon.png"><div class="inner-content clearfix">'
                '<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="%s" class="question-hyperlink">%s</a></h1>'
                '<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d:block"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Formular una pregunta</a></div></div>'
                '<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="%s"><span class="fc-black-400 mr2">Formulada</span><time itemprop="dateCreated" datetime="%s">%s</time></div>'
                '<div class="flex--item ws-nowrap mb8" title="Vista %s veces"><span class="fc-black-400 mr2">Vista</span>%s veces</div></div>'
                '<div id="mainbar" role="main" aria-label="pregunta y respuestas"><div class="question js-question" data-questionid="%d" data-position-on-page="0" data-score="%d" id="question"><div class="post-layout">%s'
                '<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">%s</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">%s</ul></div></div></div>'
                '<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"><a href="/q/%d" rel="nofollow" class="js-share-link js-gps-track">Compartir</a> <a href="/posts/%d/edit">Mejorar esta pregunta</a> <button type="button" class="s-btn s-btn__link js-follow-post">Seguir</button></div></div>%s</div></div></div>%s</div></div>'
                '<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="%d">%s <span style="display:none;" itemprop="answerCount">%d</span></h2></div></div></div>%s'
                '<h2 class="bottom-notice" data-loc="1">%s</h2></div></div>'
                '<div id="sidebar" class="show-votes" role="complementary" aria-label="barra lateral"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">Destacado en Meta</div>'
                '<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"></div><div class="flex--item wmn0 ow-break-word"><a href="/meta/questions/88">Normas para citar noticias en las preguntas</a></div></li></ul></div>'
                '<div class="module sidebar-related"><h4 id="h-related">Relacionadas</h4><div class="related js-gps-related-questions">%s</div></div></div></div></div>') % (
            qp, E(q["title"]), z(q["iso"]), qiso, es(q["iso"]).split(" a las")[0], "{:,}".format(q["views"]).replace(",", "."), "{:,}".format(q["views"]).replace(",", ".") if q["views"] < 1000 else "%dk" % (q["views"] // 1000),
            q["id"], q["score"], vote(q["id"], q["score"]), q["body"], "".join('<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/%s" class="post-tag" rel="tag">%s</a></li>' % (t, t) for t in q["tags"]),
            q["id"], q["id"], sig(q["uid"], q["iso"], "formulada", True), comments(q["id"], q["qc"]), len(q["answers"]), "%d respuesta%s" % (len(q["answers"]), "" if len(q["answers"]) == 1 else "s"), len(q["answers"]), ans,
            "¿No es la respuesta que buscas? Examina otras preguntas con la etiqueta %s o formula tu propia pregunta." % " ".join('<a href="/questions/tagged/%s" class="post-tag">%s</a>' % (t, t) for t in q["tags"]),
            "".join('<div class="spacer"><a href="/questions/%d/%s" class="question-hyperlink">%s</a></div>' % (x["id"], x["slug"], E(x["title"])) for x in Q if x is not q))
        head = ('<link rel="canonical" href="%s" />\n<meta property="og:url" content="%s"/>\n<meta name="twitter:card" content="summary"/>\n<meta name="twitter:title" property="og:title" itemprop="name" content="%s" />\n'
                '<meta name="twitter:description" property="og:description" itemprop="description" content="%s" />') % (s.url(qp), s.url(qp), E(q["title"]), E(re_text(q["body"])[:200]))
        s.non(qp, shell("%s - %s" % (q["title"], SN), main, head))

    def summary(q):
        return ('<div id="question-summary-%d" class="s-post-summary js-post-summary" data-post-id="%d" data-post-type-id="1"><div class="s-post-summary--stats js-post-summary-stats"><div class="s-post-summary--stats-item s-post-summary--stats-item__emphasized" title="Puntuación de %d"><span class="s-post-summary--stats-item-number">%d</span><span class="s-post-summary--stats-item-unit">votos</span></div>'
                '<div class="s-post-summary--stats-item %s" title="%d respuestas"><span class="s-post-summary--stats-item-number">%d</span><span class="s-post-summary--stats-item-unit">respuestas</span></div></div>'
                '<div class="s-post-summary--content"><h3 class="s-post-summary--content-title"><a href="/questions/%d/%s" class="s-link">%s</a></h3><div class="s-post-summary--content-excerpt">%s</div>'
                '<div class="s-post-summary--meta"><div class="s-post-summary--meta-tags d-inline-block tags js-tags">%s</div><div class="s-user-card s-user-card__minimal"><div class="s-user-card--info"><div class="s-user-card--link d-flex gs4"><a href="/users/%d/%s" class="flex--item">%s</a></div></div>'
                '<time class="s-user-card--time">formulada <span title="%s" class="relativetime">%s</span></time></div></div></div></div>') % (
            q["id"], q["id"], q["score"], q["score"], "has-answers has-accepted-answer" if q["answers"] else "", len(q["answers"]), len(q["answers"]), q["id"], q["slug"], E(q["title"]), E(re_text(q["body"])[:200]) + "…",
            "".join('<a class="post-tag flex--item mt0" href="/questions/tagged/%s">%s</a>' % (t, t) for t in q["tags"]), q["uid"], U[q["uid"]][1], E(U[q["uid"]][0]), z(q["iso"]), es(q["iso"]))
    s.non("/", shell(SN, '<div id="mainbar" role="main"><div class="d-flex"><h1 class="flex--item fl1 fs-headline1 mb24">Preguntas destacadas</h1></div><div id="question-mini-list"><div>%s</div></div><h2 class="bottom-notice">¿Buscas más? Examina la <a href="/questions">lista completa de preguntas</a>.</h2></div>' % "".join(summary(q) for q in Q), "", "home-page"))
    s.non("/questions", shell("Preguntas más recientes - %s" % SN, '<div id="mainbar" role="main"><div class="d-flex ai-center"><h1 class="flex--item fl1 fs-headline1 mb24">Todas las preguntas</h1></div><div class="d-flex ai-center jc-space-between mb16"><div class="flex--item fl1 fs-body3 mr12">2.184 preguntas</div></div><div id="questions" class="flush-left">%s</div></div>' % "".join(
        summary(q) for q in sorted(Q, key=lambda x: x["iso"], reverse=True)), "", "questions-page"))
    s.non("/questions/tagged/administracion-local", shell("Preguntas más recientes con la etiqueta 'administracion-local' - %s" % SN, '<div id="mainbar" role="main"><h1 class="fs-headline1">Preguntas con la etiqueta [administracion-local]</h1><div class="mb24"><p>Para preguntas sobre ayuntamientos, diputaciones y otras entidades locales: competencias, plenos, presupuestos y servicios.</p></div><div id="questions">%s</div></div>' % "".join(
        summary(q) for q in Q if "administracion-local" in q["tags"]), "", "tagged-questions-page"))
    tags = sorted({t for q in Q for t in q["tags"]})
    s.non("/tags", shell("Etiquetas - %s" % SN, '<div id="mainbar-full"><h1 class="fs-headline1 mb24">Etiquetas</h1><p>Una etiqueta es una palabra clave o una etiqueta que clasifica tu pregunta junto con otras preguntas similares.</p><div id="tags-browser" class="d-grid grid__4 lg:grid__3 md:grid__2 sm:grid__1 g12">%s</div></div>' % "".join(
        '<div class="s-card js-tag-cell d-flex fd-column"><div class="d-flex jc-space-between ai-center mb12"><div class="flex--item"><a href="/questions/tagged/%s" class="post-tag">%s</a></div></div><div class="flex--item mt-auto d-flex jc-space-between fs-caption fc-black-400"><div class="flex--item">%d preguntas</div></div></div>' % (
            t, t, 40 + len(t)) for t in tags), "", "tags-page"))
    name, slug, rep = U[321]
    s.non("/users/321/lucia-ferrer", shell("Usuario Lucía Ferrer - %s" % SN, ('<div id="mainbar-full" class="user-show-new"><div class="d-flex mb16"><div class="flex--item"><img src="/avatars/321.png" alt="Avatar de usuario de Lucía Ferrer" width="128" height="128"></div><div class="flex--item"><div class="fs-headline2 fw-bold">Lucía Ferrer</div>'
          '<ul class="list-reset s-anchors s-anchors__inherit d-flex fc-black-400 gs8"><li>Miembro desde hace 6 años</li><li>Visto por última vez este mes</li><li>Sigüenza, España</li></ul></div></div>'
          '<div class="s-card"><h2>Acerca de</h2><div class="s-prose"><p>Periodista local en la comarca de Sigüenza. Pregunto sobre administración local y patrimonio.</p></div></div><div class="s-card"><h2>Estadísticas</h2><p>%s reputación · 412 alcanzadas · 18 respuestas · 23 preguntas</p></div>'
          '<div class="s-card"><h2>Publicaciones principales</h2><ul><li><a href="/questions/2314/%s">%s</a></li></ul></div></div>') % ("{:,}".format(rep).replace(",", "."), Q[0]["slug"], E(Q[0]["title"])), "", "user-page"))
    s.non("/users", shell("Usuarios - %s" % SN, '<div id="mainbar-full"><h1 class="fs-headline1">Usuarios</h1><div id="user-browser" class="d-grid grid__4">%s</div></div>' % "".join(
        '<div class="user-info user-hover"><div class="user-gravatar48"><a href="/users/%d/%s"><img src="/avatars/%d.png" alt="" width="48" height="48"></a></div><div class="user-details"><a href="/users/%d/%s">%s</a><div class="-flair"><span class="reputation-score">%d</span></div></div></div>' % (
            uid, sl, uid, uid, sl, E(n), r) for uid, (n, sl, r) in U.items()), "", "users-page"))
    s.nonq("/search", "?q=puente", shell("Resultados para puente - %s" % SN, '<div id="mainbar"><h1 class="fs-headline1">Resultados de búsqueda</h1><p>Resultados para <strong>puente</strong></p><div class="js-search-results">%s</div></div>' % summary(Q[0]), '<meta name="robots" content="noindex">', "search-page"))
    s.non("/users/login", shell("Iniciar sesión - %s" % SN, '<div id="content"><form id="login-form" action="/users/login" method="POST"><label for="email">Correo electrónico</label><input type="email" id="email" name="email"><label for="password">Contraseña</label><input type="password" id="password" name="password"><button id="submit-button">Iniciar sesión</button></form></div>', '<meta name="robots" content="noindex">', "login-page"))
    s.non("/help/on-topic", shell("¿Qué temas puedo preguntar aquí? - Centro de ayuda - %s" % SN, '<div id="mainbar-full"><h1>¿Qué temas puedo preguntar aquí?</h1>%s</div>' % ps([
        "Ágora es un sitio de preguntas y respuestas sobre política, instituciones y actualidad en el mundo hispanohablante.",
        "Si tu pregunta parte de una noticia, cita el fragmento relevante y enlaza la fuente. No copies el artículo completo.",
        "No se admiten preguntas que busquen opiniones personales ni debates sobre qué partido tiene razón."]), "", "help-page"))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % s.url("/questions/%d/%s" % (q["id"], q["slug"])) for q in Q))
    s.put("/robots.txt", "User-Agent: *\nDisallow: /posts/\nDisallow: /users/login\nDisallow: /users/signup\nDisallow: /search\nAllow: /\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 9 Заречный.ру (a Russian city portal on uCoz: news module with native comments, forum, guestbook)
def zarechny():
    s = Site(9)
    SN = "Заречный.ру — городской портал"
    MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    DOW = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
    A = [dict(slug="most_cherez_pyshmu_zakrojut_na_remont", n=412, title="Мост через Пышму закроют на ремонт на четыре месяца", iso="2025-03-09T14:22:00+03:00", cat=(2, "Город"), by="Irina_S", sign="Ирина Соколова", au=["Ирина Соколова"], views=1342, paras=[
                  "С 1 апреля автомобильный мост через Пышму на въезде в Заречный будет закрыт на капитальный ремонт, сообщили в администрации городского округа.",
                  "Работы продлятся до конца июля. Подрядчик заменит деформационные швы, перильное ограждение и асфальтовое покрытие, а также укрепит две опоры, которые за последние годы размыло паводками.",
                  "На время ремонта транспорт пустят в объезд через посёлок Мельничный и старую плотину. Водителям придётся проезжать лишние двенадцать километров, автобус № 3 изменит маршрут.",
                  "По словам заместителя главы администрации Олега Дьяченко, ремонт моста откладывали три года из-за нехватки средств. В этом году деньги выделила область.",
                  "Пешеходную часть моста обещают держать открытой всё время ремонта, кроме нескольких ночей, когда будут менять ограждение."],
              comments=[("Виктор", "2025-03-09T15:02:00+03:00", "Наконец-то. Ямы на мосту такие, что машину жалко."),
                        ("Гость", "2025-03-09T15:40:00+03:00", "А через плотину грузовики пустят? Она же старая."),
                        ("Irina_S", "2025-03-09T16:05:00+03:00", "Грузовики пойдут через трассу, через плотину только легковые и автобусы, так сказали в администрации."),
                        ("Наталья К.", "2025-03-10T08:12:00+03:00", "Четыре месяца возить детей в школу через Мельничный... Спасибо, конечно.")]),
         dict(slug="v_gorodskoj_bolnice_otkroetsja_otdelenie_reabilitacii", n=409, title="В городской больнице откроется отделение реабилитации", iso="2025-03-07T11:30:00+03:00", cat=(2, "Город"), by="admin", sign="Текст и фото: Андрей Белов", au=["Андрей Белов"], views=864, paras=[
                  "В мае в городской больнице Заречного откроется отделение медицинской реабилитации на двадцать коек, рассказал главный врач Михаил Сорокин.",
                  "Отделение разместят на третьем этаже хирургического корпуса, где сейчас заканчивается ремонт. Для него уже закуплены тренажёры, оборудование для механотерапии и бассейн для лечебной гимнастики.",
                  "До сих пор жителей Заречного после инсультов и операций направляли на реабилитацию в областной центр, и очередь там растягивалась на два-три месяца.",
                  "Больнице не хватает двух врачей физической и реабилитационной медицины. Главврач надеется привлечь их служебным жильём и выплатами по программе «Земский доктор»."],
              comments=[("Людмила", "2025-03-07T12:40:00+03:00", "Хорошая новость. Маму после инсульта возили в город, это было очень тяжело."),
                        ("Сергей_77", "2025-03-07T18:15:00+03:00", "Оборудование купить легко, а врачей где взять?")]),
         dict(slug="zhiteli_ulicy_lenina_trebujut_svetofor", n=405, title="Жители улицы Ленина требуют установить светофор у школы", iso="2025-03-06T09:45:00+03:00", cat=(2, "Город"), by="Irina_S", sign="Ирина Соколова, фото автора", au=["Ирина Соколова"], views=2210, paras=[
                  "Больше шестисот жителей улицы Ленина подписали обращение к главе городского округа с требованием установить светофор на пешеходном переходе у школы № 2.",
                  "Поводом стал случай в конце февраля, когда на переходе сбили девятиклассника. Мальчик получил перелом ноги, водитель скрылся, но позже был найден полицией.",
                  "Родители говорят, что утром через переход проходят почти четыреста детей, а машины на этом участке не снижают скорость. Знаки и «лежачий полицейский» ситуацию не спасают.",
                  "В администрации пообещали рассмотреть обращение на комиссии по безопасности дорожного движения, которая соберётся 20 марта."],
              comments=[("Мама_второклассника", "2025-03-06T10:30:00+03:00", "Подписала. Каждое утро стою там с ребёнком и боюсь."),
                        ("Водитель", "2025-03-06T13:02:00+03:00", "Светофор поставят, и будет пробка до самого рынка."),
                        ("Мама_второклассника", "2025-03-06T13:20:00+03:00", "Лучше пробка, чем ещё один сбитый ребёнок."),
                        ("Admin", "2025-03-06T14:00:00+03:00", "Просим соблюдать правила общения. Комментарии с оскорблениями удалены.")]),
         dict(slug="grafik_otkljuchenija_gorjachej_vody", n=401, title="Администрация опубликовала график отключения горячей воды", iso="2025-03-05T10:00:00+03:00", cat=(3, "ЖКХ"), by="admin", sign="Источник: пресс-служба администрации городского округа Заречный", au=[], views=3120, paras=[
                  "Администрация городского округа опубликовала график летних отключений горячей воды на время гидравлических испытаний тепловых сетей.",
                  "Первыми воду отключат жителям микрорайона Южный — с 12 по 25 мая. Дома в центре города останутся без горячей воды с 2 по 15 июня, а посёлок Мельничный — с 16 по 29 июня.",
                  "В этом году сроки отключений сократили с двадцати одного до четырнадцати дней благодаря замене двух участков магистрали в прошлом году.",
                  "Полный график по адресам размещён на официальном сайте администрации и на информационных стендах управляющих компаний."],
              comments=[("Ольга", "2025-03-05T11:15:00+03:00", "Две недели вместо трёх — уже прогресс."),
                        ("Гость", "2025-03-05T19:42:00+03:00", "У нас в Южном каждый год обещают 14 дней, а выходит месяц.")]),
         dict(slug="khokkeisty_meteora_vyigrali_oblastnoj_turnir", n=398, title="Хоккеисты «Метеора» выиграли областной турнир", iso="2025-03-03T17:20:00+03:00", cat=(4, "Спорт"), by="Kuznetsov", sign="Сергей Кузнецов", au=["Сергей Кузнецов"], views=640, paras=[
                  "Юношеская команда «Метеор» из Заречного стала победителем областного турнира по хоккею среди игроков 2011 года рождения.",
                  "В финале, который прошёл в воскресенье в Асбесте, заречинцы обыграли хозяев турнира со счётом 4:2. Два гола забил капитан команды Даниил Ершов.",
                  "Всего в турнире участвовали восемь команд. Лучшим вратарём соревнований признан голкипер «Метеора» Артём Лыков.",
                  "Тренер команды Владимир Гуськов поблагодарил родителей, которые весь сезон возили ребят на выездные игры за свой счёт."],
              comments=[("Гуськов В.", "2025-03-03T20:11:00+03:00", "Спасибо за статью! Ребята молодцы.")]),
         dict(slug="biblioteka_provedjot_noch_chtenija", n=396, title="Городская библиотека проведёт «Ночь чтения»", iso="2025-03-02T12:00:00+03:00", cat=(5, "Культура"), by="admin", sign=None, au=[], views=402, paras=[
                  "Центральная городская библиотека приглашает жителей Заречного на «Ночь чтения», которая пройдёт 22 марта с 18:00 до полуночи.",
                  "В программе — громкие чтения стихов местных поэтов, квест по книжным залам для школьников, мастер-класс по переплёту и встреча с краеведом Николаем Пермяковым.",
                  "Вход свободный, но на квест нужно записаться заранее по телефону библиотеки. Количество команд ограничено.",
                  "В прошлом году «Ночь чтения» посетили больше трёхсот человек."],
              comments=[])]
    for a in A:
        d = datetime.datetime.fromisoformat(a["iso"])
        a["path"] = "/news/%s/%s-%d" % (a["slug"], d.strftime("%Y-%m-%d"), a["n"])
        a["shown"] = d.strftime("%d.%m.%Y")

    def side():
        return ('<td valign="top" width="200" class="sidebar"><table class="boxTable"><tr><th class="boxTitle">Меню сайта</th></tr><tr><td class="boxContent"><div id="uMenuDiv1" class="uMenuV"><ul class="uMenuRoot">'
                '<li><a href="/"><span>Главная</span></a></li><li><a href="/news/"><span>Новости</span></a></li><li><a href="/forum/"><span>Форум</span></a></li><li><a href="/gb/"><span>Гостевая книга</span></a></li><li><a href="/index/0-3"><span>Обратная связь</span></a></li></ul></div></td></tr></table>'
                '<table class="boxTable"><tr><th class="boxTitle">Форма входа</th></tr><tr><td class="boxContent"><div id="uidLogForm" class="auth-block" align="center"><a href="javascript:;" onclick="window.open(\'https://login.uid.example/?site=zarechny\',\'uidLoginWnd\',\'width=580,height=450\');return false;" class="login-with uid" title="Войти через uID"></a> '
                '<a href="/index/1">Вход</a> | <a href="/index/3">Регистрация</a></div></td></tr></table>'
                '<table class="boxTable"><tr><th class="boxTitle">Мини-чат</th></tr><tr><td class="boxContent"><div id="mchatIfm"><div class="cBlock1"><b>Виктор</b> [09.03 17:02]: кто знает, автобус № 3 с апреля как пойдёт?</div>'
                '<div class="cBlock2"><b>Наталья К.</b> [09.03 17:10]: через Мельничный, на сайте же написано</div><div class="cBlock1"><b>Гость</b> [10.03 08:40]: всем доброе утро</div></div></td></tr></table>'
                '<table class="boxTable"><tr><th class="boxTitle">Наш опрос</th></tr><tr><td class="boxContent"><div class="pollQuestion">Нужен ли светофор у школы № 2?</div><div class="pollAnswer">Да — 412</div><div class="pollAnswer">Нет — 38</div><div class="pollTotal">Всего ответов: 450</div></td></tr></table>'
                '<table class="boxTable"><tr><th class="boxTitle">Статистика</th></tr><tr><td class="boxContent"><div class="tOnline" id="onl1">Онлайн всего: <b>7</b></div><div class="gOnline" id="onl2">Гостей: <b>6</b></div><div class="uOnline" id="onl3">Пользователей: <b>1</b></div></td></tr></table></td>')

    def shell(title, main, head=""):
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n%s\n'
                '<link type="text/css" rel="stylesheet" href="/_st/my.css" />\n<script type="text/javascript">var navTitle = \'Заречный.ру\';</script>\n<script src="/.s/src/jquery-3.6.0.min.js"></script>\n<script src="/.s/src/uwnd.min.js"></script>\n</head>\n<body>\n'
                '<div id="utbr8214" rel="s1"></div>\n<table width="100%%" border="0" cellspacing="0" cellpadding="0" class="header"><tr><td class="logo"><h1><a href="/">Заречный.ру</a></h1><div class="slogan">Городской портал Заречного</div></td>'
                '<td class="date" align="right">Понедельник, 10.03.2025, 08:45<br>Приветствую Вас <b>Гость</b> | RSS</td></tr></table>\n'
                '<table width="100%%" border="0" cellspacing="0" cellpadding="0" class="mainTable"><tr>%s<td valign="top" class="content">%s</td></tr></table>\n'
                '<table width="100%%" border="0" cellspacing="0" cellpadding="0" class="footer"><tr><td align="center">Заречный.ру &copy; 2009-2025 · <!-- "\' --><span class="pbtXn29E"><a href="https://www.ucoz.example.ru/" title="Создать сайт бесплатно">Конструктор сайтов</a> — <a href="https://www.ucoz.example.ru/">uCoz</a></span></td></tr></table>\n</body>\n</html>') % (
            E(title), head, side(), main)

    def comments(a):
        return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%"><tr><td width="60%%" height="25">Всего комментариев: <b>%d</b></td><td align="right" height="25"></td></tr></table><div id="myGrid" style="height:1px;display:none;"></div>'
                '<script>function spages(p){ return false; }</script><div id="allEntries">%s</div>'
                '<div align="center" class="commReg">Добавлять комментарии могут только зарегистрированные пользователи.<br />[ <a href="/index/3">Регистрация</a> | <a href="javascript:;" rel="nofollow" onclick="new _uWnd(\'LF\',\' \',-250,-110,{autosize:1,closeonesc:1,resize:1},{url:\'/index/40\'});return false;">Вход</a> ]</div>') % (len(a["comments"]), "".join(
            ('<div class="comEnt report-spam-target " id="comEnt%d" style=" "><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="cBlock%d"><tr><td style="padding:3px;">'
             '<div class="cTop" style="text-align:start;"><span class="cNum">%d</span> <a href="javascript://" rel="nofollow" class="cAuthor">%s</a> <span class="cDate">(%s)</span></div>'
             '<div class="cMessage" style="clear:both;padding-top:2px;">%s</div><div class="cAnswer"><a href="javascript://" rel="nofollow" onclick="$(\'#message\').focus();">Ответить</a></div></td></tr></table></div>') % (
                a["n"] * 10 + i, 1 + i % 2, i + 1, E(u), datetime.datetime.fromisoformat(w).strftime("%d.%m.%Y %H:%M"), E(t)) for i, (u, w, t) in enumerate(a["comments"])))

    def entry(a, full):
        sign = ('<div align="right"><b>%s</b></div>' % E(a["sign"])) if (full and a["sign"]) else ""
        text = ps(a["paras"]) if full else "<p>%s</p>" % E(a["paras"][0])
        return ('<table border="0" width="100%%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td style="white-space: normal;">'
                '<div class="eTitle" style="text-align:start;">%s</div></td></tr><tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;"></div>%s%s%s</td></tr>'
                '<tr><td class="eDetails">Категория: <a href="/news/1-0-%d">%s</a> | Просмотров: %d | Добавил: <a href="javascript:;" rel="nofollow" onclick="window.open(\'/index/8-%d\', \'up%d\', \'scrollbars=1,top=0,left=0,resizable=1,width=700,height=375\'); return false;">%s</a> | '
                'Дата: <span title="%s">%s</span>%s</td></tr></table>') % (
            E(a["title"]) if full else '<a href="%s">%s</a>' % (a["path"], E(a["title"])), text, sign, "" if full else '<div style="text-align:right"><a class="entryReadAllLink" href="%s">Подробнее »</a></div>' % a["path"],
            a["cat"][0], a["cat"][1], a["views"], 12 if a["by"] == "Irina_S" else 1, 12, a["by"], datetime.datetime.fromisoformat(a["iso"]).strftime("%H:%M"), a["shown"],
            (' | <a href="%s#comments">Комментарии (%d)</a>' % (a["path"], len(a["comments"]))) if not full else "")
    for a in A:
        main = ('<div class="breadcrumbs"><a href="/">Главная</a> » <a href="/news/">Новости</a> » <a href="/news/1-0-%d">%s</a></div>%s'
                '<div class="uRelatedEntries"><b>Похожие материалы:</b><ul class="uRelatedEntries">%s</ul></div><a name="comments"></a>%s') % (
            a["cat"][0], a["cat"][1], entry(a, True), links([(x["path"], x["title"]) for x in A if x is not a and x["cat"] == a["cat"]][:2]), comments(a))
        head = ('<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:url" content="%s">\n<link rel="canonical" href="%s">') % (
            E(a["paras"][0][:160]), E(a["title"]), s.url(a["path"]), s.url(a["path"]))
        s.art(a["path"], shell("%s - %s - Новости - Заречный.ру" % (a["title"], a["cat"][1]), main, head), a["title"], a["iso"][:10], a["au"],
              must=[a["paras"][1], a["paras"][-1]], must_not=[c[2] for c in a["comments"][:2]] + ["кто знает, автобус № 3 с апреля как пойдёт?", "Нужен ли светофор у школы № 2?"])
    s.non("/", shell("Заречный.ру — городской портал - Главная страница", '<h2>Новости города</h2>%s<div class="catPages1" align="center"><a class="swchItem" href="/news/"><span>Архив новостей</span></a></div>' % "".join(entry(a, False) for a in A)))
    s.non("/news/", shell("Новости - Заречный.ру", '<table border="0" cellpadding="0" cellspacing="0" width="100%%"><tr><td width="60%%">Всего материалов в каталоге: 2418<br>Показано материалов: 1-6</td><td align="right">Страницы: <b class="swchItemA"><span>1</span></b> <a class="swchItem" href="/news/?page2"><span>2</span></a></td></tr></table>%s' % "".join(entry(a, False) for a in A)))
    truth["nonarticles"].append(s.url("/news/?page2"))  # uCoz's page-two link serves the archive page again here
    s.non("/news/1-0-2", shell("Город - Новости - Заречный.ру", '<h2>Город</h2>%s' % "".join(entry(a, False) for a in A if a["cat"][0] == 2)))
    s.non("/gb/", shell("Гостевая книга - Заречный.ру", '<h2>Гостевая книга</h2>%s' % "".join(
        ('<table border="0" cellpadding="2" cellspacing="1" width="100%%" class="gTable"><tr><td class="gbEntry"><div class="gbName"><b>%d.</b> <b>%s</b> <span class="gbDate">(%s)</span></div><div class="gbMessage">%s</div>%s</td></tr></table>') % (
            n, E(u), w, E(t), ('<div class="gbAnswer"><b>Ответ:</b> %s</div>' % E(r)) if r else "") for n, u, w, t, r in [
            (1204, "Пенсионерка", "08.03.2025 19:22", "Поздравляю всех женщин Заречного с праздником! Спасибо сайту, что пишете про наш город.", None),
            (1203, "Алексей", "05.03.2025 10:41", "Почему на сайте нет расписания автобусов? Раньше было.", "Расписание перенесено в раздел «Транспорт», ссылка в меню. Администрация сайта."),
            (1202, "Бывший заречинец", "27.02.2025 22:05", "Живу в Перми уже двадцать лет, читаю ваш сайт каждый день. Очень не хватает новостей о заводе.", None)]) + '<div class="commReg">Добавлять записи могут только зарегистрированные пользователи.</div>'))
    # uCoz forum
    F = {2: ("Городские новости", "Обсуждение новостей Заречного"), 3: ("Разговоры обо всём", "Общение на любые темы")}

    def fpost(n, u, rank, when, content, pid):
        d = datetime.datetime.fromisoformat(when)
        return ('<tr><td class="postTdTop" align="center"><a class="postUser" href="javascript://" rel="nofollow" onClick="emoticon(\'[b]%s[/b],\');return false;">%s</a></td><td class="postTdTop"><div style="float:%s;" class="postNumberLink"><a href="javascript:;" rel="nofollow" onclick="prompt(\'Ссылка на сообщение\', location.protocol + \'//\' + location.hostname + \'/forum/2-15-%d\'); return false;">Сообщение # %d</a></div>'
                '<span class="postTime">%s, %s | %s</span></td></tr><tr><td class="postTdInfo" valign="top"><div class="postRankName">%s</div><div class="postRankIco"><img alt="" border="0" align="absmiddle" name="rankimg" src="/.s/rnk/1/rank3.gif" title="Ранг 3"></div><div class="numposts">Сообщений: <span="unp">%d</span></div>'
                '<div class="statusBlock">Статус: <span class="statusOffline">Offline</span></div></td><td class="posttdMessage" valign="top" style="word-wrap: break-word;"><span class="ucoz-forum-post" id="ucoz-forum-post-%d" edit-url="">%s</span></td></tr>'
                '<tr><td class="postBottom" align="center">&nbsp;</td><td class="postBottom"><table border="0" width="100%%" cellspacing="0" cellpadding="0"><tr><td><a href="/index/8-0-%s" target="_blank" title="Профиль">Профиль</a></td><td align="right" style="padding-right:15px;">'
                '<a href="javascript://" rel="nofollow" onClick="emoticon(\'[quote]\');return false;" title="Цитата">Цитата</a></td></tr></table></td></tr>') % (
            E(u), E(u), "right", pid, n, DOW[d.weekday()], d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), rank, 100 + pid % 900, pid, content, E(u))

    def fq(who, text):
        return ('<div class="bbQuoteBlock"><div class="bbQuoteName" style="padding-left:5px;font-size:7pt"><b>Цитата</b> <span class="qName"><!--qn-->%s<!--/qn--></span></div><div class="quoteMessage" style="border:1px inset;max-height:200px;overflow:auto;"><!--uzq-->%s<!--/uzq--></div></div>') % (E(who), text)

    def topic(tid, fid, title, posts, page, pages, descr=""):
        pg = "".join(('<b class="swchItemA"><span>%d</span></b>' % p) if p == page else ('<a class="swchItem" href="/forum/%d-%d-%d"><span>%d</span></a>' % (fid, tid, p, p)) for p in range(1, pages + 1))
        return shell("%s - Форум" % title, ('<table border="0" width="100%%" cellspacing="0" cellpadding="0" class="forumNameTd"><tr><td class="forumNamesBar" style="padding-top:3px;padding-bottom:5px;"><a class="forumBar" href="/forum/">Форум</a> &raquo; <a class="forumBarA" href="/forum/%d">%s</a> &raquo; <a class="forumBarA" href="/forum/%d-%d-1">%s</a></td>'
                     '<td align="right" class="forumNamesBar" style="padding-top:3px;padding-bottom:5px;">Страница <b>%d</b> из <b>%d</b> · %s</td></tr></table>'
                     '<table class="gTable" width="100%%" cellspacing="1" cellpadding="0" border="0"><tr><td class="gTableTop"><div style="float:right" class="gTopCornerRight"></div><span class="forum-title">%s</span>%s</td></tr></table>'
                     '<table class="gTable" width="100%%" cellspacing="1" cellpadding="0" border="0"><tr><td class="postTdTop" width="23%%">Автор</td><td class="postTdTop">Сообщение</td></tr>%s</table>'
                     '<div class="forumModerBlock">Модератор форума: <b>Irina_S</b></div>') % (fid, F[fid][0], fid, tid, E(title), page, pages, pg, E(title), (' <span class="forum-descr">%s</span>' % E(descr)) if descr else "", "".join(posts)),
                     '<meta name="description" content="%s">' % E(title))
    a0 = A[0]
    t1 = [fpost(1, "Виктор", "Местный житель", "2025-03-09T15:12:00+03:00", "Прочитал на главной:" + fq("Admin", E(a0["paras"][0]) + "<br><br>" + E(a0["paras"][2])) + "Двенадцать километров в объезд — это каждый день лишние полчаса. Кто ездит в Асбест на работу, готовьтесь.", 145),
          fpost(2, "Наталья К.", "Активный участник", "2025-03-09T16:40:00+03:00", fq("Виктор", "Двенадцать километров в объезд") + "Если бы только это. Плотина узкая, там два автобуса не разъедутся.", 146),
          fpost(3, "Irina_S", "Модератор", "2025-03-09T17:05:00+03:00", "В администрации обещали поставить регулировщиков на плотине в часы пик. Уточню и напишу отдельную новость.", 147)]
    t1b = [fpost(16, "Сергей_77", "Местный житель", "2025-03-11T09:20:00+03:00", "Уже висят знаки объезда у Мельничного. Видимо, точно начнут с первого.", 170),
           fpost(17, "Виктор", "Местный житель", "2025-03-11T10:02:00+03:00", fq("Сергей_77", "Видимо, точно начнут с первого.") + "Посмотрим, сколько продлится. Обещали до конца июля.", 171)]
    s.non("/forum/2-15-1", topic(15, 2, "Ремонт моста через Пышму", t1, 1, 2, "обсуждаем новость"))
    s.non("/forum/2-15-2", topic(15, 2, "Ремонт моста через Пышму", t1b, 2, 2, "обсуждаем новость"))
    flood = ["Прочитал новость про ремонт моста и вспомнил паводок девяносто четвёртого года. Может, кому-то из молодых будет интересно, как это было.",
             "В ту весну снег лёг поздно и растаял за неделю. Пышма поднялась за одну ночь на три метра, вода ушла в подвалы по всей Береговой и Рабочей улицам. Старый деревянный мост снесло в первый же день, и город на две недели оказался отрезан от трассы.",
             "Продукты и почту возили на лодках через затон, а в школе на горе устроили пункт, где раздавали хлеб и воду. Мой отец тогда работал на заводе, и их бригаду сняли на укрепление дамбы у водозабора.",
             "Новый бетонный мост построили только к осени девяносто пятого. Вот его-то теперь и ремонтируют. Так что, ребята, четыре месяца объезда — это ещё ничего.",
             "Николай Пермяков, краевед"]
    s.non("/forum/3-40-1", topic(40, 3, "Паводок 1994 года: как это было", [fpost(1, "Пермяков", "Почётный участник", "2025-03-09T20:30:00+03:00", "<br><br>".join(E(p) for p in flood), 160),
                                                                              fpost(2, "Людмила", "Местный житель", "2025-03-09T21:14:00+03:00", "Спасибо, Николай Иванович! Я тоже помню лодки на Береговой.", 161)], 1, 1))
    s.non("/forum/2", shell("Городские новости - Форум", ('<table border="0" width="100%%" cellspacing="0" cellpadding="0" class="forumNameTd"><tr><td class="forumNamesBar"><a class="forumBar" href="/forum/">Форум</a> &raquo; <a class="forumBarA" href="/forum/2">Городские новости</a></td></tr></table>'
          '<table class="gTable" width="100%%" cellspacing="1" cellpadding="0" border="0"><tr><td class="gTableTop" colspan="4">Городские новости</td></tr><tr><td class="gTableSubTop">Тема</td><td class="gTableSubTop">Ответов</td><td class="gTableSubTop">Просмотров</td><td class="gTableSubTop">Последнее сообщение</td></tr>'
          '<tr><td class="threadNametd"><a class="threadLink" href="/forum/2-15-1">Ремонт моста через Пышму</a> <span class="threadPages">[ <a class="threadPage" href="/forum/2-15-1">1</a> <a class="threadPage" href="/forum/2-15-2">2</a> ]</span><div class="threadDescr">обсуждаем новость</div><div class="threadAuthor">Автор: Виктор</div></td>'
          '<td class="threadPostTd">16</td><td class="threadViewTd">402</td><td class="threadLastPostTd">11.03.2025, 10:02<br><a href="/forum/2-15-2#171">Сообщение # 17</a><br>Автор: <span class="lastPostUser">Виктор</span></td></tr></table>')))
    s.non("/forum/", shell("Форум - Заречный.ру", ('<table class="gTable" width="100%%" cellspacing="1" cellpadding="0" border="0"><tr><td class="gTableTop" colspan="4">Форум Заречный.ру</td></tr>%s</table>'
          '<table class="gTable" width="100%%"><tr><td class="legendTd">Сейчас на форуме: гостей 6, пользователей 1. Всего тем: 3412, сообщений: 61208, пользователей: 2877. Новый пользователь: <b>Мама_второклассника</b></td></tr></table>') % "".join(
        '<tr><td class="forumIcoTd"></td><td class="forumNameTd"><a class="forum" href="/forum/%d">%s</a><div class="forumDescr">%s</div></td><td class="forumThreadTd">%d</td><td class="forumPostTd">%d</td></tr>' % (
            fid, n, d, 1200 + fid, 20000 + fid * 111, ) for fid, (n, d) in F.items())))
    s.non("/index/8-12", shell("Профиль пользователя Irina_S - Заречный.ру", '<div class="user-profile"><h2>Irina_S</h2><table class="profileTable"><tr><td>Имя:</td><td>Ирина Соколова</td></tr><tr><td>Группа:</td><td>Модераторы</td></tr><tr><td>Дата регистрации:</td><td>14.03.2011</td></tr>'
          '<tr><td>Последний вход:</td><td>11.03.2025</td></tr><tr><td>Город:</td><td>Заречный</td></tr><tr><td>О себе:</td><td>Внештатный корреспондент портала, пишу о городских делах.</td></tr><tr><td>Сообщений на форуме:</td><td>1804</td></tr><tr><td>Материалов:</td><td>612</td></tr></table></div>'))
    s.non("/index/1", shell("Вход на сайт - Заречный.ру", '<form method="post" action="/index/sub/"><table><tr><td>Логин:</td><td><input class="loginField" type="text" name="user" size="20"></td></tr><tr><td>Пароль:</td><td><input class="loginField" type="password" name="password" size="20"></td></tr></table><input class="loginButton" type="submit" value="Вход"></form><a href="/index/5">Забыл пароль</a> | <a href="/index/3">Регистрация</a>'))
    s.non("/search/", shell("Поиск - Заречный.ру", '<form method="get" action="/search/"><input type="text" name="q" maxlength="30" size="20" class="queryField"><input type="submit" class="searchSbmFl" value="Найти"></form><div class="searchNotFound">Введите запрос.</div>'))
    s.put("/news/rss/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Заречный.ру - Новости</title><link>%s</link>%s</channel></rss>' % (s.url("/news/"), "".join(
        '<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><category>%s</category><author>%s</author></item>' % (E(a["title"]), s.url(a["path"]), rfc822(a["iso"]), a["cat"][1], a["by"]) for a in A)))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % s.url(p) for p in [a["path"] for a in A] + ["/forum/2-15-1", "/forum/3-40-1", "/gb/"]))
    s.put("/robots.txt", "User-agent: *\nDisallow: /a/\nDisallow: /stat/\nDisallow: /index/1\nDisallow: /index/2\nDisallow: /index/3\nDisallow: /index/5\nDisallow: /index/7\nDisallow: /index/8\nDisallow: /index/9\nDisallow: /panel/\nDisallow: /admin/\nDisallow: /secure/\nDisallow: /informer/\nDisallow: /mchat\nDisallow: /search\n\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ------------------------------------------------------------ 10 a Reddit-like community in old-reddit markup (pt-BR)
def reddito():
    s = Site(10)

    def rel(h):
        if h < 1:
            return "há %d minutos" % int(h * 60)
        if h < 24:
            return "há %d hora%s" % (h, "" if h == 1 else "s")
        return "há %d dia%s" % (h // 24, "" if h // 24 == 1 else "s")

    def tm(h):
        t = ago(h)
        return '<time title="%s" datetime="%s" class="live-timestamp">%s</time>' % (t.strftime("%a %b %-d %H:%M:%S %Y UTC"), t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), rel(h))

    def shell(title, main, sub=None, head="", cls="listing-page"):
        side = ('<div class="side"><div class="spacer"><form action="/search/" id="search" role="search"><input type="text" name="q" placeholder="pesquisar" tabindex="20"></form></div>'
                '<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/%s/" class="hover">%s</a></h1><span class="subscribers"><span class="number">%s</span> <span class="word">membros</span></span>'
                '<div class="usertext-body may-blank-within md-container"><div class="md"><p>%s</p><p><a href="/r/%s/wiki/regras/">Leia as regras antes de postar.</a></p></div></div>'
                '<div class="bottom">criado por <a href="/user/mod_tupiniquim/" class="author may-blank">mod_tupiniquim</a> <span class="age">uma comunidade para 12 anos</span></div></div></div></div>') % (
            sub, sub, "3.102.455" if sub == "brasil" else "84.210", "Notícias, política e o cotidiano do Brasil. Posts de notícias devem usar o título original da matéria." if sub == "brasil" else "A comunidade de Curitiba e região metropolitana.", sub) if sub else ""
        return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="pt" xml:lang="pt"><head><title>%s</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " />'
                '<meta name="description" content="%s" /><meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />%s'
                '<link rel="stylesheet" href="/static/reddit.Xg8EwhBo1Ek.css" media="all"></head>'
                '<body class="%s loggedout with-listing-chooser"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">pular para o conteúdo</a>'
                '<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">minhas comunidades</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/r/all/" class="choice">todos</a></li></ul>'
                '<span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover"><li><a href="/r/brasil/" class="choice">brasil</a></li><li><span class="separator">-</span><a href="/r/curitiba/" class="choice">curitiba</a></li></ul></div><a href="/subreddits/" id="sr-more-link">mais &raquo;</a></div></div>'
                '<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddito.example</a>&nbsp;%s<ul class="tabmenu "><li class="selected"><a href="/r/%s/" class="choice">populares</a></li><li><a href="/r/%s/new/" class="choice">novos</a></li><li><a href="/r/%s/top/" class="choice">mais votados</a></li><li><a href="/r/%s/wiki/" class="choice">wiki</a></li></ul></div>'
                '<div id="header-bottom-right"><span class="user">Quer participar? <a href="/login/" class="login-required login-link">Faça login ou cadastre-se</a> em segundos.</span><span class="separator">|</span><ul class="flat-list hover"><li><a href="/prefs/" class="pref-lang choice">Português (Brasil)</a></li></ul></div></div>'
                '%s<a name="content"></a><div class="content" role="main">%s</div><div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">sobre</li><li><a href="/blog/" class="choice">blog</a></li><li><a href="/about/" class="choice">sobre</a></li></ul></div></div>'
                '<p class="bottommenu">O uso deste site constitui aceitação do nosso <a href="/help/useragreement">Contrato de Usuário</a> e da <a href="/help/privacypolicy">Política de Privacidade</a>. &copy; 2025 reddito inc. Todos os direitos reservados.</p></div></body></html>') % (
            E(title), E(title), head, cls, ('<span class="hover pagename redditname"><a href="/r/%s/">%s</a></span>' % (sub, sub)) if sub else "", sub or "brasil", sub or "brasil", sub or "brasil", sub or "brasil", side, main)

    # id, sub, slug, title, url (None = self post), domain, author, hours ago, score, self text paragraphs, flair
    P = [("1j7k2x", "brasil", "prefeitura_anuncia_r_480_milhões_para_reforçar_diques", "Prefeitura anuncia R$ 480 milhões para reforçar diques do Guaíba antes do próximo inverno",
          "https://g1.example.com/rs/rio-grande-do-sul/noticia/2025/03/09/prefeitura-anuncia-obras-diques.ghtml", "g1.example.com", "gaucho_de_apartamento", 9, 2841, None, "Notícia"),
         ("1j7m9q", "brasil", "megathread_reforma_tributária_o_que_muda_para_o", "[Megathread] Reforma tributária: o que muda para o consumidor a partir de 2026", None, "self.brasil", "mod_tupiniquim", 6, 1204, [
             "Este é o tópico oficial para discutir a regulamentação da reforma tributária aprovada ontem pelo Senado. Posts avulsos sobre o assunto serão removidos e redirecionados para cá.",
             "Resumo do que saiu na imprensa: o IVA dual (CBS federal e IBS estadual e municipal) começa a ser testado em 2026 com alíquota de 1%, e a transição completa vai até 2033. A cesta básica nacional terá alíquota zero e haverá devolução de parte do imposto para famílias de baixa renda (o chamado cashback).",
             "Segundo a Agência Senado, \"o texto segue agora para sanção presidencial, que deve ocorrer nos próximos quinze dias\". A alíquota de referência estimada pelo Ministério da Fazenda é de 26,5%, uma das maiores do mundo.",
             "Regras do tópico: cite fontes, nada de ataques pessoais, e lembre que o objetivo é entender o que muda. Boa discussão."], "Megathread"),
         ("1j6zz1", "curitiba", "moradores_do_bairro_alto_fazem_abaixoassinado_contra", "Moradores do Bairro Alto fazem abaixo-assinado contra fechamento da única agência dos Correios", None, "self.curitiba", "dona_cleide_cwb", 30, 402, [
             "Boa tarde, pessoal. Sou moradora do Bairro Alto há 31 anos e queria contar o que está acontecendo por aqui, porque nenhum jornal deu uma linha até agora.",
             "Na semana passada colaram um aviso na porta da agência dos Correios da Rua Jovino do Rosário dizendo que ela vai fechar no dia 31 de março. A agência mais próxima fica no Tarumã, a quarenta minutos de ônibus para quem não tem carro.",
             "A associação de moradores começou um abaixo-assinado e já temos mais de duas mil assinaturas. Vamos entregar na Câmara Municipal na terça-feira, às 14h. Quem puder ir, a concentração é na frente da agência às 13h.",
             "Se alguém trabalha nos Correios e souber o motivo do fechamento, por favor, comente. Obrigada. Cleide Moraes"], "Cotidiano")]
    C = {"1j7k2x": [("mg3abcd", "porto_alegrense", 8, 532, 0, ["R$ 480 milhões é menos da metade do que o próprio plano da prefeitura dizia ser necessário em 2024. Vão reforçar os diques e deixar as casas de bombas como estão?"]),
                    ("mg3b111", "engenheira_hidrica", 8, 301, 1, ["As casas de bombas estão em outro pacote, financiado pelo BNDES. A matéria do G1 menciona no último parágrafo."]),
                    ("mg3c222", "gaucho_de_apartamento", 7, 120, 2, ["Isso, tem um link para o edital também. Postei a matéria porque muita gente aqui não acompanhou."]),
                    ("mg3d333", "torcedor_do_inter", 6, 88, 0, ["Só acredito vendo as máquinas trabalhando."])],
         "1j7m9q": [("mg4e444", "economista_de_boteco", 5, 410, 0, ["Cashback para baixa renda é a parte mais interessante e a menos discutida. Se funcionar, é a maior mudança distributiva em décadas."]),
                    ("mg4f555", "contador_cansado", 5, 255, 1, ["Para quem trabalha com isso: 2026 vai ser um ano de sistemas duplicados. Preparem o café."])],
         "1j6zz1": [("mg1a666", "cwb_ciclista", 29, 130, 0, ["Assinei. A agência do Tarumã já vive lotada, imagina recebendo o Bairro Alto inteiro."]),
                    ("mg1b777", "dona_cleide_cwb", 28, 96, 1, ["Obrigada! Vamos precisar de gente na terça."])]}
    karma = {"gaucho_de_apartamento": (41220, "2016-08-19"), "mod_tupiniquim": (188400, "2012-05-02"), "dona_cleide_cwb": (3120, "2023-11-30")}

    def thing(p, rank, full=False):
        pid, sub, slug, title, url, dom, au, h, score, text, flair = p
        path = "/r/%s/comments/%s/%s/" % (sub, pid, slug)
        href = url or path
        t = ago(h)
        return ('<div class=" thing id-t3_%s %s link %s" id="thing_t3_%s" onclick="click_thing(this)" data-fullname="t3_%s" data-type="link" data-subreddit="%s" data-subreddit-prefixed="r/%s" data-author="%s" data-domain="%s" data-url="%s" data-permalink="%s" data-timestamp="%d" data-comments-count="%d" data-score="%d" data-rank="%s">'
                '<p class="parent"></p><span class="rank">%s</span><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="voto positivo" tabindex="0"></div>'
                '<div class="score unvoted" title="%d">%s</div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="voto negativo" tabindex="0"></div></div>'
                '<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank %s" data-event-action="title" href="%s" tabindex="1" rel="%s">%s</a> <span class="linkflairlabel " title="%s">%s</span> <span class="domain">(<a href="/domain/%s/">%s</a>)</span></p>'
                '<p class="tagline ">enviado %s por <a href="/user/%s/" class="author may-blank id-t2_%s">%s</a><span class="userattrs"></span> para <a href="/r/%s/" class="subreddit hover may-blank">r/%s</a></p>'
                '<ul class="flat-list buttons"><li class="first"><a href="%s" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">%d comentários</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">compartilhar</a></li>'
                '<li class="link-save-button save-button login-required"><a href="#">salvar</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><span><a href="javascript:void(0)" data-event-action="hide">ocultar</a></span></form></li>'
                '<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">denunciar</a></li></ul>%s</div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div>') % (
            pid, "odd" if rank % 2 else "even", "self" if not url else "", pid, pid, sub, sub, au, dom, E(href), path, int(t.timestamp() * 1000), len(C[pid]) * 60 + 3, score, rank or "",
            rank or "", score, ("%.1fk" % (score / 1000)) if score >= 1000 else score, "outbound" if url else "", E(href), "nofollow ugc" if url else "", E(title), flair, flair, dom, dom,
            tm(h), au, pid[:3], au, sub, sub, path, len(C[pid]) * 60 + 3,
            ('<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_%s"><input type="hidden" name="thing_id" value="t3_%s"/><div class="usertext-body may-blank-within md-container "><div class="md">%s</div></div></form></div>' % (
                pid, pid, "".join("<p>%s</p>" % E(x) for x in text))) if (full and text) else "")

    def cmt(c, p):
        cid, au, h, score, depth, paras = c
        path = "/r/%s/comments/%s/%s/%s/" % (p[1], p[0], p[2], cid)
        return ('<div class=" thing id-t1_%s noncollapsed comment " id="thing_t1_%s" onclick="click_thing(this)" data-fullname="t1_%s" data-type="comment" data-subreddit="%s" data-author="%s" data-permalink="%s" style="margin-left:%dpx">'
                '<p class="parent"><a name="%s"></a></p><div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="voto positivo"></div><div class="arrow down login-required" role="button" aria-label="voto negativo"></div></div>'
                '<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="/user/%s/" class="author may-blank id-t2_%s">%s</a><span class="userattrs"></span> '
                '<span class="score unvoted" title="%d">%d pontos</span> %s</p><form action="#" class="usertext warn-on-unload" id="form-t1_%s"><div class="usertext-body may-blank-within md-container "><div class="md">%s</div></div></form>'
                '<ul class="flat-list buttons"><li class="first"><a href="%s" data-event-action="permalink" class="bylink" rel="nofollow">link permanente</a></li><li class="link-save-button save-button login-required"><a href="javascript:void(0)">salvar</a></li>'
                '<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">responder</a></li></ul></div><div class="child"></div><div class="clearleft"></div></div>') % (
            cid, cid, cid, p[1], au, path, depth * 25, cid, au, au[:3], au, score, score, tm(h), cid, "".join("<p>%s</p>" % E(x) for x in paras), path)

    for p in P:
        path = "/r/%s/comments/%s/%s/" % (p[1], p[0], p[2])
        main = ('<div class="sitetable linklisting" id="siteTable">%s</div><div class="commentarea"><div class="panestack-title"><span class="title">todos os %d comentários</span></div>'
                '<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">ordenado por: </span><div class="dropdown lightdrop"><span class="selected">melhores</span></div></div></div>'
                '<div class="sitetable nestedlisting" id="siteTable_t3_%s">%s</div></div>') % (thing(p, 0, True), len(C[p[0]]) * 60 + 3, p[0], "".join(cmt(c, p) for c in C[p[0]]))
        head = ('<meta property="og:site_name" content="reddito"><meta property="og:title" content="%s"><meta property="og:type" content="website"><meta property="og:url" content="%s">'
                '<link rel="canonical" href="%s" /><link rel="shorturl" href="https://redd.example/%s"/>') % (E("r/%s - %s" % (p[1], p[3])), s.url(path), s.url(path), p[0])
        s.non(path, shell("%s : %s" % (p[3], p[1]), main, p[1], head, "single-page comments-page"))
    p0 = P[0]
    c0 = C[p0[0]][0]
    s.non("/r/%s/comments/%s/%s/%s/" % (p0[1], p0[0], p0[2], c0[0]), shell("%s comments on %s" % (c0[1], p0[3]), ('<div class="sitetable linklisting" id="siteTable">%s</div><div class="commentarea"><div class="infobar">você está vendo um único tópico de comentário. <a href="/r/%s/comments/%s/%s/">Ver o restante dos comentários &rarr;</a></div>'
          '<div class="sitetable nestedlisting">%s%s</div></div>') % (thing(p0, 0), p0[1], p0[0], p0[2], cmt(c0, p0), cmt(C[p0[0]][1], p0)), p0[1], '<meta name="robots" content="noindex,nofollow">', "single-page comments-page"))

    def listing(ps_, sub):
        return '<div class="sitetable linklisting" id="siteTable">%s<div class="nav-buttons"><span class="nextprev">visualizando 25 itens <span class="next-button"><a href="/r/%s/?count=25&amp;after=t3_%s" rel="nofollow next">próximo &rsaquo;</a></span></span></div></div>' % (
            "".join(thing(p, n + 1) for n, p in enumerate(ps_)), sub, ps_[-1][0])
    br = [p for p in P if p[1] == "brasil"]
    s.non("/", shell("reddito: a página inicial da internet", listing(sorted(P, key=lambda x: -x[8]), "popular")))
    s.non("/r/brasil/", shell("brasil", listing(br, "brasil"), "brasil"))
    s.non("/r/brasil/new/", shell("novos em brasil", listing(sorted(br, key=lambda x: x[7]), "brasil"), "brasil"))
    s.non("/r/curitiba/", shell("curitiba", listing([P[2]], "curitiba"), "curitiba"))
    s.non("/r/brasil/wiki/regras/", shell("regras - brasil", ('<div class="wiki-page"><div class="wiki-page-content md-container"><div class="md wiki"><h1>Regras do r/brasil</h1><ol><li><p>Posts de notícias devem usar o título original da matéria e o link da fonte original.</p></li>'
          '<li><p>Assuntos com muitos posts terão um megathread fixado.</p></li><li><p>Sem ataques pessoais, discurso de ódio ou desinformação.</p></li></ol></div></div><div class="wiki-page-content-footer">revisado por <a href="/user/mod_tupiniquim/">mod_tupiniquim</a> - %s</div></div>') % tm(24 * 40), "brasil", "", "wiki-page"))
    for u, (k, since) in karma.items():
        mine = [p for p in P if p[6] == u]
        s.non("/user/%s/" % u, shell("perfil de %s" % u, ('<div class="sitetable linklisting">%s</div>') % "".join(thing(p, 0) for p in mine), None,
              '<meta name="robots" content="noindex,nofollow">', "profile-page") .replace('<div class="content" role="main">', '<div class="side"><div class="spacer"><div class="titlebox"><h1>%s</h1><span class="karma">%s</span> karma de postagem<div class="age">redditor há <time datetime="%sT00:00:00+00:00">%d anos</time></div></div></div></div><div class="content" role="main">' % (
                  u, "{:,}".format(k).replace(",", "."), since, 2025 - int(since[:4]))))
    s.non("/subreddits/", shell("comunidades", '<div class="sitetable"><div class="thing subreddit"><p class="titlerow"><a href="/r/brasil/" class="title">r/brasil: Brasil</a></p><p class="tagline"><span class="score">3.102.455 membros</span></p></div>'
          '<div class="thing subreddit"><p class="titlerow"><a href="/r/curitiba/" class="title">r/curitiba: Curitiba</a></p><p class="tagline"><span class="score">84.210 membros</span></p></div></div>'))
    s.nonq("/search", "?q=diques", shell("reddito.example: pesquisa", '<div class="search-result-listing"><header><div class="search-result-group-header">publicações</div></header>%s</div>' % thing(P[0], 0), None, '<meta name="robots" content="noindex,nofollow">', "search-page"))
    s.non("/login/", shell("reddito.example: entrar ou cadastrar-se", '<div class="login-form-side"><form method="post" action="/post/login" id="login-form" class="form-v2"><input name="user" type="text" placeholder="nome de usuário"><input name="passwd" type="password" placeholder="senha"><button type="submit">entrar</button></form></div>', None, '<meta name="robots" content="noindex,nofollow">', "login-page"))
    s.put("/r/brasil/.rss", '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>brasil</title>%s</feed>' % "".join(
        '<entry><author><name>/u/%s</name></author><id>t3_%s</id><link href="%s" /><updated>%s</updated><title>%s</title></entry>' % (p[6], p[0], s.url("/r/%s/comments/%s/%s/" % (p[1], p[0], p[2])), ago(p[7]).strftime("%Y-%m-%dT%H:%M:%S+00:00"), E(p[3])) for p in br))
    s.put("/robots.txt", "User-Agent: *\nDisallow: /post/\nDisallow: /prefs/\nAllow: /\n")


# ------------------------------------------------------------ 11 Wieści znad Nogatu (a Polish citizen-journalism portal on vBulletin 5 Connect: CMS articles with comments, forum)
def wiesci():
    s = Site(11)
    SN = "Wieści znad Nogatu"
    MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
    M = {"Ewa Kowalczyk": 45, "Tomasz Wiśniak": 61, "Marek Zieliński": 88, "Redakcja": 1, "kasia_z": 77, "Zbyszek1958": 102, "mieszkaniec_zatorza": 140, "Grażyna P.": 151, "Bartek_NDW": 163}

    def mpath(u):
        slug = u.lower().replace(" ", "-").replace(".", "").replace("ś", "s").replace("ń", "n").replace("ż", "z").replace("ł", "l").replace("ó", "o").replace("ą", "a").replace("ę", "e")
        return "/member/%d-%s" % (M[u], slug)

    def pl(iso, clock=True):
        d = datetime.datetime.fromisoformat(iso)
        return "%d %s %d" % (d.day, MIES[d.month - 1], d.year) + (", %s" % d.strftime("%H:%M") if clock else "")
    A = [dict(n=1204, slug="most-na-nogacie-zamkniety-do-konca-czerwca", title="Most na Nogacie zamknięty do końca czerwca", iso="2025-03-09T14:22:00+01:00", au="Ewa Kowalczyk", views=2311, tags=["most", "objazdy"], paras=[
                  "Od poniedziałku most drogowy na Nogacie w Nowym Dworze Wiślanym jest zamknięty dla ruchu samochodów. Remont ma potrwać do końca czerwca, poinformował zarząd dróg powiatowych.",
                  "Wykonawca wymieni izolację i nawierzchnię jezdni oraz naprawi dwa przęsła, w których podczas ostatniej kontroli wykryto pęknięcia. Koszt prac to 6,4 mln zł, z czego większość pokrywa rządowy fundusz dróg samorządowych.",
                  "Objazd dla samochodów osobowych prowadzi przez Kępki i Stare Pole, co wydłuża drogę do Malborka o około 15 kilometrów. Ciężarówki muszą jechać drogą krajową przez Elbląg.",
                  "Piesi i rowerzyści mogą korzystać z kładki tymczasowej, ustawionej obok mostu. Mieszkańcy Zatorza pytają jednak, jak w czasie remontu dojadą do przychodni, która znajduje się po drugiej stronie rzeki."],
              comments=[("kasia_z", "2025-03-09T15:02:00+01:00", "Czyli przez cztery miesiące do przychodni tylko przez Stare Pole? Dla starszych osób bez samochodu to dramat."),
                        ("Zbyszek1958", "2025-03-09T16:40:00+01:00", "Most był remontowany w 2009 roku i też miało być na 20 lat. Ciekawe, kto wtedy odbierał roboty."),
                        ("Ewa Kowalczyk", "2025-03-09T17:05:00+01:00", "Zapytałam starostwo o dowóz do przychodni. Obiecali odpowiedź do środy, opiszę w kolejnym tekście."),
                        ("Bartek_NDW", "2025-03-10T07:31:00+01:00", "Kładka jest w porządku, przeszedłem dziś rano. Tylko oświetlenia brak.")]),
         dict(n=1198, slug="mieszkancy-zatorza-walcza-o-park-nad-rzeka", title="Mieszkańcy Zatorza walczą o park nad rzeką", iso="2025-03-07T19:10:00+01:00", au="Tomasz Wiśniak", views=1480, tags=["zatorze", "zieleń"], paras=[
                  "Ponad 900 osób podpisało petycję w sprawie zachowania terenu zielonego nad Nogatem na osiedlu Zatorze, gdzie miasto planuje sprzedać działkę pod zabudowę mieszkaniową.",
                  "Chodzi o trzy hektary łąki i starych wierzb między ulicą Rybacką a wałem przeciwpowodziowym. Mieszkańcy od lat urządzają tam pikniki, a dzieci z pobliskiej szkoły mają zajęcia przyrodnicze.",
                  "Burmistrz tłumaczy, że sprzedaż działki ma pomóc w spłacie kredytu zaciągniętego na budowę basenu. Radni opozycji proponują, by zamiast tego urządzić na łące park z placem zabaw i ścieżką rowerową.",
                  "Petycja trafi do rady miejskiej na sesji 26 marca. Inicjatorzy zapowiadają, że przyjdą na nią z transparentami."],
              comments=[("mieszkaniec_zatorza", "2025-03-07T20:02:00+01:00", "Podpisałem. To jedyne miejsce na Zatorzu, gdzie można pospacerować z psem."),
                        ("Grażyna P.", "2025-03-08T09:15:00+01:00", "Basen już stoi, trzeba go spłacić. Z czegoś te pieniądze muszą być.")]),
         dict(n=1191, slug="biblioteka-zbiera-wspomnienia-o-powodzi-1997", title="Biblioteka zbiera wspomnienia o powodzi z 1997 roku", iso="2025-03-06T10:30:00+01:00", au="Marek Zieliński", views=905, tags=["historia", "biblioteka"], paras=[
                  "Miejska biblioteka publiczna prosi mieszkańców o wspomnienia, zdjęcia i dokumenty z powodzi, która w lipcu 1997 roku zalała Żuławy. Zebrane materiały trafią do cyfrowego archiwum.",
                  "Pracownicy biblioteki nagrywają rozmowy ze świadkami tamtych wydarzeń: strażakami, rolnikami z zalanych wsi i nauczycielami, którzy organizowali pomoc w szkołach.",
                  "Do tej pory udało się zebrać ponad 400 fotografii. Wiele z nich to zdjęcia wykonane z łodzi i z wałów, na których widać zalane gospodarstwa.",
                  "Wspomnienia można przynosić do czytelni przy ulicy Kopernika we wtorki i czwartki. Archiwum ma zostać udostępnione w internecie w lipcu, w rocznicę powodzi."],
              comments=[("Zbyszek1958", "2025-03-06T12:44:00+01:00", "Mam zdjęcia z wału w Kępkach, zaniosę w czwartek."),
                        ("Marek Zieliński", "2025-03-06T13:10:00+01:00", "Dziękujemy! Pani Jolanta z czytelni już czeka.")]),
         dict(n=1186, slug="rada-miasta-podniosla-oplaty-za-smieci", title="Rada miasta podniosła opłaty za śmieci", iso="2025-03-05T08:00:00+01:00", au="Redakcja", views=3012, tags=["rada miasta", "opłaty"], paras=[
                  "Od 1 kwietnia mieszkańcy Nowego Dworu Wiślanego zapłacą więcej za wywóz śmieci. Rada miasta podniosła miesięczną stawkę z 32 do 38 zł od osoby.",
                  "Za podwyżką głosowało 11 radnych, przeciw było 8. Urząd tłumaczy, że firma odbierająca odpady zażądała w nowym przetargu o 21 procent więcej.",
                  "Mieszkańcy, którzy kompostują bioodpady w przydomowych kompostownikach, nadal mogą liczyć na zniżkę w wysokości 3 zł miesięcznie.",
                  "Nowe deklaracje nie są potrzebne. Wysokość opłaty zostanie automatycznie przeliczona, a zawiadomienia trafią do skrzynek pocztowych do końca marca."],
              comments=[("kasia_z", "2025-03-05T09:20:00+01:00", "Trzecia podwyżka w ciągu dwóch lat."),
                        ("Bartek_NDW", "2025-03-05T11:02:00+01:00", "A segregacja dalej wygląda tak, że wszystko jedzie jedną śmieciarką.")]),
         dict(n=1179, slug="stara-kuznia-znow-otwarta", title="Stara Kuźnia znów otwarta. W środku kawiarnia i pracownia ceramiki", iso="2025-03-03T16:45:00+01:00", au="Tomasz Wiśniak", views=1188, tags=["kultura", "zabytki"], paras=[
                  "Po trzech latach remontu otwarto zabytkową kuźnię przy ulicy Sienkiewicza. W budynku z 1894 roku działa teraz kawiarnia i pracownia ceramiki prowadzona przez stowarzyszenie lokalnych artystów.",
                  "Remont kosztował 1,2 mln zł i był finansowany z programu rewitalizacji. Odtworzono oryginalne palenisko i kowadło, które stoją w głównej sali jako ekspozycja.",
                  "Pracownia ceramiki prowadzi zajęcia dla dzieci i dorosłych w każdą sobotę. Pierwsze warsztaty zapełniły się w ciągu jednego dnia.",
                  "Kawiarnia jest czynna od wtorku do niedzieli w godzinach 10-18."],
              comments=[("Grażyna P.", "2025-03-03T18:12:00+01:00", "Byłam w niedzielę, pięknie odnowione. Sernik też bardzo dobry.")]),
         dict(n=1172, slug="uczniowie-z-dwojki-z-medalem-olimpiady-geograficznej", title="Uczniowie z „Dwójki” z medalem olimpiady geograficznej", iso="2025-03-02T12:15:00+01:00", au="Marek Zieliński", views=760, tags=["edukacja"], paras=[
                  "Dwoje uczniów Szkoły Podstawowej nr 2 zdobyło srebrne medale w wojewódzkim etapie olimpiady geograficznej dla szkół podstawowych.",
                  "Ósmoklasiści Julia Nowicka i Kacper Dąbrowski rywalizowali z ponad dwustu uczniami z całego województwa. Najtrudniejsze okazały się zadania z mapą topograficzną.",
                  "Uczniów przygotowywała nauczycielka geografii Anna Rutkowska, która od dziesięciu lat prowadzi w szkole kółko geograficzne.",
                  "Dzięki sukcesowi oboje uczniów otrzyma dodatkowe punkty w rekrutacji do szkół średnich."],
              comments=[])]
    for a in A:
        a["path"] = "/articles/aktualnosci/%d-%s" % (a["n"], a["slug"])
    nav = [("/", "Strona główna"), ("/articles", "Artykuły"), ("/forum", "Forum"), ("/dolacz", "Zostań dziennikarzem obywatelskim")]

    def shell(title, main, head="", cls="page1"):
        return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="pl" id="vbulletin" class="l-desktop">\n<head>\n<meta charset="utf-8">\n<title>%s - %s</title>\n<base href="%s" />\n'
                '<meta name="generator" content="vBulletin 5.7.5" />\n<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />\n%s\n<link rel="stylesheet" type="text/css" href="/css.php?styleid=24&amp;td=ltr&amp;sheet=css_additional.css&amp;ts=1741100000" />\n</head>\n'
                '<body id="vb-page-body" class="l-desktop %s vb-page view-mode logged-out" itemscope itemtype="http://schema.org/WebPage" data-usergroupid="1" data-styleid="24">\n<div id="outer-wrapper"><div id="wrapper">\n'
                '<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="axd-container axd-container_header"><div class="admin-only">Reklama</div></div></div>\n'
                '<div id="header" class="noselect"><div class="header-cell"><div class="site-logo header-edit-box"><a href="/"><img src="/filedata/fetch?filedataid=12" alt="Logo" title="%s"></a></div></div>'
                '<div class="header-cell header-edit-box"><div id="header-search" class="header-search"><form id="searchForm" action="/search" class="h-left" method="GET"><input type="text" class="search-text" placeholder="Szukaj" name="q" id="q" autocomplete="off"><button class="search-btn" type="submit" aria-label="Szukaj"></button></form></div></div>'
                '<div class="header-cell header-edit-box"><div id="idLoginIframeContainer"><a href="/auth/login-form" class="js-login-button">Zaloguj się</a> lub <a href="/register">Zarejestruj się</a></div></div></div>\n'
                '<div id="channel-tabbar" class="h-clearfix noselect"><ul class="channel-tabbar-list h-left table-nav">%s</ul><ul class="channel-subtabbar-list"><li><a href="/search?searchJSON=%%7B%%22date%%22%%3A%%22lastVisit%%22%%7D">Nowe posty</a></li><li><a href="/memberlist">Lista użytkowników</a></li></ul></div>\n'
                '<main id="content"><div class="canvas-layout-container js-canvas-layout-container"><div id="canvas-layout-full" class="canvas-layout"><div class="canvas-widget-list section-0 js-sectiontype-primary js-sectiontype-secondary h-clearfix">%s</div></div></div></main>\n'
                '<div id="footer"><div id="footer-tabbar"><ul class="h-left js-footer-chooser-list"><li><a href="/contact-us" rel="nofollow">Kontakt</a></li><li><a href="/help">Pomoc</a></li><li><a href="/regulamin">Regulamin</a></li></ul></div>'
                '<div id="footer-copyright"><div id="footer-user-copyright">Wieści znad Nogatu – portal dziennikarstwa obywatelskiego. Teksty publikują mieszkańcy, redakcja sprawdza je przed publikacją.</div><div id="footer-vb-copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 5.7.5 <br />Copyright &copy; 2025 MH Sub I, LLC dba vBulletin. All rights reserved.</div>'
                '<div id="footer-current-datetime">Wszystkie godziny podano w strefie GMT+1. Ta strona została wygenerowana o 08:12.</div></div></div>\n'
                '<div class="cookie-notice js-cookie-notice"><p>Serwis używa plików cookie. Korzystając z niego, zgadzasz się na ich użycie.</p><a class="js-cookie-notice__close">Rozumiem</a></div>\n</div></div>\n</body>\n</html>') % (
            E(title), SN, s.url("/"), head, cls, SN, "".join('<li class="section-item%s"><a class="h-left" href="%s">%s</a></li>' % (" current" if i == 0 else "", p, t) for i, (p, t) in enumerate(nav)), main)

    def widget(kind, inner, header=""):
        return '<div class="b-module canvas-widget default-widget %s" id="widget_%d" data-widget-id="%d"><div class="widget-header">%s</div><div class="widget-content">%s</div></div>' % (kind, abs(len(kind) * 131) % 997, 21, header, inner)

    def acard(a):
        return ('<div class="b-cms-list__item h-clearfix"><h3 class="b-cms-list__title"><a href="%s">%s</a></h3><div class="b-cms-list__meta"><span class="b-cms-list__author">Autor: <a href="%s">%s</a></span>, <span class="b-cms-list__date">%s</span></div>'
                '<div class="b-cms-list__preview">%s</div><div class="b-cms-list__more"><a href="%s">Czytaj dalej</a> · Komentarzy: %d</div></div>') % (a["path"], E(a["title"]), mpath(a["au"]), E(a["au"]), pl(a["iso"]), E(a["paras"][0]), a["path"], len(a["comments"]))

    def vbquote(who, text):
        return ('<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>'
                '<div class="bbcode_postedby">Zamieszczone przez <strong>%s</strong></div><div class="message">%s</div></div></div></div>') % (E(who), text)
    for i, a in enumerate(A):
        coms = "".join(('<li class="b-post js-comment-entry__parent b-post--comment" data-node-id="%d" id="post%d"><div class="b-comment"><div class="b-comment__header"><a href="%s" class="b-comment__author b-avatar b-avatar--s">%s</a> '
                        '<span class="b-comment__date"><time datetime="%s">%s</time></span></div><div class="b-comment__body js-comment__content-text">%s</div>'
                        '<ul class="b-comment__actions h-clearfix"><li><a href="#" class="js-comment-reply" data-nodeid="%d">Odpowiedz</a></li><li><a href="#" class="js-post-control__flag">Zgłoś</a></li></ul></div></li>') % (
            a["n"] * 10 + k, a["n"] * 10 + k, mpath(u), E(u), datetime.datetime.fromisoformat(w).strftime("%Y-%m-%dT%H:%M:%S"), pl(w), E(t), a["n"] * 10 + k) for k, (u, w, t) in enumerate(a["comments"]))
        art = widget("cms-article-widget", ('<div class="b-article js-article" data-node-id="%d"><div class="b-article__meta h-clearfix"><div class="b-article__author-date"><span class="b-article__author">Autor: <a href="%s">%s</a></span>, '
                                             '<span class="b-article__date"><span class="date">%s</span>, <span class="time">%s</span></span></div><div class="b-article__stats"><span class="b-article__views">Wyświetleń: %d</span> · <span class="b-article__comments">Komentarzy: %d</span></div></div>'
                                             '<div class="b-article__body js-post__content-text restore h-wordwrap">%s</div><div class="b-article__tags"><span>Tagi:</span> %s</div>'
                                             '<div class="b-article__share"><a href="https://www.facebook.example.com/sharer.php?u=%s" class="b-icon b-icon__facebook">Udostępnij</a></div></div>') % (
            a["n"], mpath(a["au"]), E(a["au"]), pl(a["iso"], False), datetime.datetime.fromisoformat(a["iso"]).strftime("%H:%M"), a["views"], len(a["comments"]), ps(a["paras"]),
            ", ".join('<a href="/tags/%s">%s</a>' % (t.replace(" ", "-"), t) for t in a["tags"]), s.url(a["path"])),
            '<h1 class="main-title js-main-title hide-on-editmode">%s</h1>' % E(a["title"]))
        com = widget("conversation-content-widget", ('<ul class="conversation-list list-container h-clearfix thread-view">%s</ul><div class="b-comment__form"><p>Aby dodać komentarz, <a href="/auth/login-form">zaloguj się</a>.</p></div>' % coms) if a["comments"] else '<p class="b-comment__none">Brak komentarzy.</p>',
                     '<h2 class="widget-tabs">Komentarze</h2>')
        other = [x for x in A if x is not a]
        rel = widget("cms-related-widget", '<ul class="b-cms-related">%s</ul>' % links([(x["path"], x["title"]) for x in other[:3]]), '<h2>Najnowsze artykuły</h2>')
        forum = ""
        if i == 0:
            forum = widget("cms-forum-link-widget", '<p class="b-article__forum-link">Ten temat jest też dyskutowany na forum: <a href="/forum/dyskusje/sprawy-miasta/4567-remont-mostu-na-nogacie">Remont mostu na Nogacie</a> (28 odpowiedzi)</p>')
        head = ('<meta name="description" content="%s" />\n<meta property="og:site_name" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n'
                '<link rel="canonical" href="%s" />') % (E(a["paras"][0][:160]), SN, E(a["title"]), s.url(a["path"]), s.url(a["path"]))
        s.art(a["path"], shell(a["title"], art + forum + com + rel, head, "page21"), a["title"], a["iso"][:10], [] if a["au"] == "Redakcja" else [a["au"]],
              must=[a["paras"][1], a["paras"][-1]], must_not=[c[2] for c in a["comments"][:2]] + [other[0]["title"], "Serwis używa plików cookie"])
    s.non("/", shell("Strona główna", widget("cms-list-widget", '<div class="b-cms-list">%s</div>' % "".join(acard(a) for a in A), '<h1 class="main-title">Najnowsze artykuły</h1>') +
          widget("activity-stream-widget", '<ul class="b-activity">%s</ul>' % "".join('<li><a href="%s">%s</a> skomentował(a) <a href="%s">%s</a></li>' % (mpath(c[0]), E(c[0]), a["path"], E(a["title"])) for a in A[:2] for c in a["comments"][-1:]), '<h2>Aktywność</h2>'),
          '<meta property="og:type" content="website" />'))
    s.non("/articles", shell("Artykuły", widget("cms-list-widget", '<div class="b-cms-list">%s</div>' % "".join(acard(a) for a in A), '<h1 class="main-title">Artykuły</h1>'), '<meta property="og:type" content="website" />'))
    # forum
    th_posts = [(4567, "Zbyszek1958", "2025-03-09T15:30:11+01:00", "Na portalu pojawił się artykuł pani Ewy:" + vbquote("Ewa Kowalczyk", E(A[0]["paras"][0]) + "<br /><br />" + E(A[0]["paras"][2])) +
                 "No to mamy cztery miesiące objazdów. Pamiętam, jak w 2009 roku remontowali ten most i też miało być do czerwca, a skończyli we wrześniu."),
                (4571, "kasia_z", "2025-03-09T16:02:45+01:00", vbquote("Zbyszek1958", "skończyli we wrześniu") + "Najgorsze, że nikt nie pomyślał o dowozie do przychodni. Moja mama ma 84 lata."),
                (4580, "Bartek_NDW", "2025-03-09T18:12:09+01:00", "Kładka ma być oświetlona od przyszłego tygodnia, tak mówił pan z zarządu dróg na miejscu.")]
    long_post = ["Piszę, bo od kilku tygodni w naszym bloku przy ulicy Rybackiej 12 nie działa winda, a spółdzielnia od trzech tygodni odpowiada, że czeka na części.",
                 "W bloku mieszka jedenaście osób po osiemdziesiątce i dwie rodziny z dziećmi na wózkach. Pani z siódmego piętra od początku miesiąca nie wyszła z mieszkania, zakupy noszą jej sąsiedzi.",
                 "Dzwoniliśmy do prezesa spółdzielni, pisaliśmy maile, byliśmy w biurze. Za każdym razem słyszymy to samo: firma serwisowa zamówiła części w Niemczech i nie wiadomo, kiedy przyjdą.",
                 "Może ktoś z forum wie, do kogo jeszcze można się zwrócić? Nadzór budowlany? Rzecznik praw lokatorów? Będziemy wdzięczni za każdą radę.",
                 "Grażyna Pietrzak, Rybacka 12"]

    def vbpost(pid, u, iso, content, first, tp, title=""):
        d = datetime.datetime.fromisoformat(iso)
        return ('<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text%s" data-node-id="%d" %sitemscope itemprop="%s" itemtype="https://schema.org/%s"><a id="post%d" class="anchor"></a>'
                '<div class="b-post__grid"><div class="b-post__avatarcontainer"><div class="b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="author h-text-size--14"><strong><a href="%s" class="b-avatar b-avatar--m" itemprop="url"><span itemprop="name">%s</span></a></strong></div>'
                '<div class="b-userinfo__details"><div class="usertitle">Członek</div><ul class="b-userinfo__additional-info-block"><li class="b-userinfo__additional-info"><label>Dołączył</label>: <span>%s</span></li><li class="b-userinfo__additional-info"><label>Posty</label>: <span>%d</span></li></ul></div></div></div>'
                '<div class="b-post__contentcontainer"><div class="b-post__content js-post__content"><div class="b-media__body"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="%s">%s</time></div>'
                '<div class="b-post__count"><a href="%s#post%d" class="b-post__count-link">#%d</a></div>%s'
                '<div class="js-post__content-wrapper"><div class="b-post__body h-wordwrap"><div class="js-post__content-text restore h-wordwrap" itemprop="text">%s</div></div></div></div></div></div>'
                '<div class="b-post__footer h-hide--on-preview"><ul class="h-left js-post-controls b-post-controls"><li><a class="b-button js-post-control__quote" href="#" data-nodeid="%d">Cytuj</a></li><li><a class="b-button js-post-control__reply" href="#">Odpowiedz</a></li></ul></div></div></li>') % (
            " b-post--first" if first else "", pid, "", "mainEntity" if first else "comment", "DiscussionForumPosting" if first else "Comment", pid, mpath(u), E(u), "sty 2015", 100 + pid % 700,
            d.strftime("%Y-%m-%dT%H:%M:%S"), d.strftime("%d.%m.%Y, %H:%M"), tp, pid, (pid % 10) + 1 if not first else 1,
            ('<h2 class="b-post__title js-post-title OLD__post-title" itemprop="headline">%s</h2>' % E(title)) if first else "", content, pid)

    def thread(tp, title, posts, crumbs, page=1, pages=1):
        pag = ('<div class="pagenav-container h-clearfix noselect"><div class="js-pagenav pagenav h-right js-shrink-event-parent">%s</div></div>' % " ".join(
            ('<span class="js-pagenav-button js-pagenav-current-button b-button b-button--secondary h-hide-on-small js-shrink-event-child">%d</span>' % p) if p == page else (
                '<a class="js-pagenav-button b-button b-button--secondary h-hide-on-small js-shrink-event-child" href="%s%s" data-page="%d">%d</a>' % (tp, "" if p == 1 else "/page%d" % p, p, p)) for p in range(1, pages + 1))) if pages > 1 else ""
        return shell(title, widget("conversation-content-widget", '<div class="conversation-toolbar-wrapper">%s</div><ul class="conversation-list list-container h-clearfix thread-view">%s</ul>%s' % (pag, "".join(posts), pag),
                                   '<div class="b-breadcrumbs">%s</div><h1 class="main-title js-main-title hide-on-editmode">%s</h1>' % (" &gt; ".join('<a href="%s">%s</a>' % (p, t) for p, t in crumbs), E(title))),
                     '<meta property="og:type" content="website" />\n<link rel="canonical" href="%s" />' % s.url(tp + ("" if page == 1 else "/page%d" % page)), "page34")
    crumbs = [("/forum", "Forum"), ("/forum/dyskusje", "Dyskusje mieszkańców"), ("/forum/dyskusje/sprawy-miasta", "Sprawy miasta")]
    tp1 = "/forum/dyskusje/sprawy-miasta/4567-remont-mostu-na-nogacie"
    s.non(tp1, thread(tp1, "Remont mostu na Nogacie", [vbpost(pid, u, iso, c, n == 0, tp1, "Remont mostu na Nogacie") for n, (pid, u, iso, c) in enumerate(th_posts)], crumbs, 1, 2))
    s.non(tp1 + "/page2", thread(tp1, "Remont mostu na Nogacie", [vbpost(4702, "mieszkaniec_zatorza", "2025-03-11T08:40:00+01:00", "Starostwo uruchamia bus do przychodni, dwa kursy dziennie. Jest już rozkład na stronie.", False, tp1),
                                                                  vbpost(4705, "kasia_z", "2025-03-11T09:05:30+01:00", vbquote("mieszkaniec_zatorza", "Starostwo uruchamia bus do przychodni") + "Wreszcie jakaś dobra wiadomość.", False, tp1)], crumbs, 2, 2))
    tp2 = "/forum/dyskusje/sprawy-miasta/4490-winda-na-rybackiej-12-nie-dziala-od-miesiaca"
    s.non(tp2, thread(tp2, "Winda na Rybackiej 12 nie działa od miesiąca", [vbpost(4490, "Grażyna P.", "2025-03-01T20:14:00+01:00", "<br /><br />".join(E(p) for p in long_post), True, tp2, "Winda na Rybackiej 12 nie działa od miesiąca"),
                                                                           vbpost(4493, "Tomasz Wiśniak", "2025-03-01T21:30:00+01:00", "Pani Grażyno, proszę napisać do nas na adres redakcji. Chętnie przygotuję o tym tekst na portal.", False, tp2)], crumbs))
    s.non("/forum/dyskusje/sprawy-miasta", shell("Sprawy miasta", widget("topic-list-widget", '<table class="topic-list-container"><tbody>%s</tbody></table>' % "".join(
        '<tr class="topic-item"><td class="cell-topic"><a href="%s" class="topic-title js-topic-title">%s</a><div class="topic-info h-clear-left">Rozpoczęty przez <a href="%s">%s</a>, %s</div></td><td class="cell-count">%d odpowiedzi</td></tr>' % (
            tp, E(t), mpath(u), E(u), w, n) for tp, t, u, w, n in [(tp1, "Remont mostu na Nogacie", "Zbyszek1958", "09.03.2025, 15:30", 28), (tp2, "Winda na Rybackiej 12 nie działa od miesiąca", "Grażyna P.", "01.03.2025, 20:14", 6)]),
        '<div class="b-breadcrumbs"><a href="/forum">Forum</a> &gt; <a href="/forum/dyskusje">Dyskusje mieszkańców</a></div><h1 class="main-title">Sprawy miasta</h1>'), '<meta property="og:type" content="website" />', "page33"))
    s.non("/forum", shell("Forum", widget("forum-list-widget", '<table class="forum-list-container"><tbody><tr class="category-header"><td colspan="3"><a href="/forum/dyskusje">Dyskusje mieszkańców</a></td></tr>'
          '<tr class="forum-item"><td class="cell-forum"><a href="/forum/dyskusje/sprawy-miasta" class="forum-title">Sprawy miasta</a><div class="forum-desc">Drogi, urzędy, inwestycje, spółdzielnie</div></td><td class="topics-count">1 204 tematy</td><td class="posts-count">18 771 postów</td></tr></tbody></table>'
          '<div class="forum-stats">Użytkownicy online: 23 (2 zalogowanych, 21 gości). Najnowszy użytkownik: <a href="%s">Bartek_NDW</a></div>' % mpath("Bartek_NDW"), '<h1 class="main-title">Forum</h1>'), '<meta property="og:type" content="website" />', "page2"))
    s.non(mpath("Ewa Kowalczyk"), shell("Ewa Kowalczyk - Profil", widget("profile-widget", ('<div class="b-profile"><h1 class="b-profile__username">Ewa Kowalczyk</h1><div class="b-profile__usertitle">Dziennikarka obywatelska</div><ul class="b-profile__stats"><li>Dołączył: 12.09.2014</li><li>Ostatnia aktywność: 10.03.2025, 07:55</li><li>Artykułów: 214</li><li>Postów: 1 988</li></ul>'
          '<div class="b-profile__about"><h3>O mnie</h3><p>Emerytowana nauczycielka polskiego. Piszę o sprawach Nowego Dworu Wiślanego od 2014 roku.</p></div><h3>Artykuły</h3><ul>%s</ul></div>') % links([(a["path"], a["title"]) for a in A if a["au"] == "Ewa Kowalczyk"])), '<meta property="og:type" content="profile" />', "page5"))
    s.nonq("/search", "?searchJSON=%7B%22date%22%3A%22lastVisit%22%7D", shell("Nowe posty", widget("search-results-widget", '<ul class="search-results">%s</ul>' % "".join(
        '<li class="b-post"><a href="%s">%s</a> · %s · %s</li>' % (tp, E(t), E(u), w) for tp, t, u, w in [(tp1, "Remont mostu na Nogacie", "kasia_z", "11.03.2025, 09:05"), (tp2, "Winda na Rybackiej 12 nie działa od miesiąca", "Tomasz Wiśniak", "01.03.2025, 21:30")]), '<h1 class="main-title">Nowe posty</h1>'),
        '<meta name="robots" content="noindex,follow" />', "page9"))
    s.non("/auth/login-form", shell("Logowanie", '<form class="js-login-form-main" action="/auth/login" method="post"><label>Nazwa użytkownika</label><input type="text" name="username"><label>Hasło</label><input type="password" name="password"><button type="submit">Zaloguj się</button></form><a href="/lostpw">Nie pamiętasz hasła?</a>', '<meta name="robots" content="noindex" />', "page10"))
    s.non("/dolacz", shell("Zostań dziennikarzem obywatelskim", widget("static-page-widget", ps([
        "Wieści znad Nogatu tworzą mieszkańcy. Każdy zarejestrowany użytkownik może zaproponować artykuł o sprawach miasta i okolic.",
        "Redakcja sprawdza fakty, poprawia język i publikuje tekst pod nazwiskiem autora. Nie publikujemy tekstów anonimowych ani reklamowych.",
        "Napisz do nas: redakcja@wiesci-nogat.example.pl."]), '<h1 class="main-title">Zostań dziennikarzem obywatelskim</h1>'), "", "page12"))
    s.put("/external", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (SN, s.url("/"), "".join(
        '<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">%s</dc:creator></item>' % (E(a["title"]), s.url(a["path"]), rfc822(a["iso"]), E(a["au"])) for a in A)))
    s.put("/robots.txt", "User-agent: *\nDisallow: /ajax/\nDisallow: /auth/\nDisallow: /register\nDisallow: /lostpw\n\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc></url>" % s.url(p) for p in [a["path"] for a in A] + [tp1, tp2, "/forum"]))


# ------------------------------------------------------------ 12 みなと新報 (a Japanese local web paper) with its 2ch-style board (Shift_JIS read.cgi) attached
def minato():
    s = Site(12)
    SN = "みなと新報"
    CAT = {"kurashi": "くらし", "keizai": "経済", "iryo": "医療・福祉", "bunka": "文化・イベント"}
    A = [dict(id="a0412", iso="2025-03-09T08:30:00+09:00", cat="keizai", title="旧魚市場跡地に複合施設　市が基本計画案、総事業費120億円", au=["佐藤美咲"], board=(1741476712, 128), paras=[
                  "港湾地区の旧魚市場跡地について、みなと市は8日、商業施設と市民ホール、子育て支援センターを備えた複合施設を整備する基本計画案を公表した。2029年度の開業を目指す。",
                  "計画案によると、敷地約2万平方メートルに地上4階建ての施設を建設し、1階には地元の水産物を扱う市場と飲食店、2階以上に500席のホールや図書コーナーを配置する。総事業費は約120億円を見込む。",
                  "市は民間事業者の資金とノウハウを活用するPFI方式での整備を検討しており、来年度中に事業者を公募する方針だ。",
                  "一方、7日夜に開かれた住民説明会では「人口が減る中で維持費を払い続けられるのか」「駐車場が足りない」といった意見が相次いだ。市は3月末まで計画案への意見を募集している。"]),
         dict(id="a0409", iso="2025-03-08T17:45:00+09:00", cat="kurashi", title="港町線のバス、4月から減便　運転手不足で平日12便減", au=["田中健一"], board=(1741423501, 64), paras=[
                  "みなと交通は4月1日から、市中心部と港町地区を結ぶ路線バス「港町線」の運行本数を平日1日42便から30便に減らすと発表した。運転手不足が理由としている。",
                  "同社によると、運転手は5年前の112人から現在は87人に減少。時間外労働の上限規制が昨年4月に強化されたこともあり、現行ダイヤの維持が難しくなったという。",
                  "減便は主に日中の時間帯で、朝夕の通勤・通学時間帯の便はほぼ維持する。港町地区の住民からは「病院に通うのに不便になる」との声が上がっている。",
                  "市は同社と協議し、デマンド型乗り合いタクシーの導入を検討する。"]),
         dict(id="a0405", iso="2025-03-07T11:00:00+09:00", cat="iryo", title="みなと中央病院、小児科の夜間診療を2年ぶり再開へ", au=["佐藤美咲", "高橋翔太"], board=None, paras=[
                  "みなと中央病院は4月から、休止していた小児科の夜間救急診療を2年ぶりに再開する。大学病院からの医師派遣が決まった。",
                  "同病院の小児科は医師の退職が相次ぎ、2023年春から夜間の受け入れを停止していた。この間、夜間に発熱した子どもは約40キロ離れた県立病院まで搬送されていた。",
                  "再開後は平日と土曜日の午後7時から午後11時まで診療する。日曜・祝日は引き続き休止となる。",
                  "病院は「まずは確実に続けられる体制から始めたい」としている。"]),
         dict(id="a0401", iso="2025-03-06T19:20:00+09:00", cat="bunka", title="港まつりの花火大会、3年ぶりに復活　クラウドファンディングで費用確保", au=[], board=None, paras=[
                  "夏の「みなと港まつり」の実行委員会は6日、警備費の高騰を理由に中止していた花火大会を、今年は3年ぶりに復活させると発表した。",
                  "花火大会は8月2日夜に港の第2埠頭沖で開き、約5000発を打ち上げる予定。警備費などの不足分は、クラウドファンディングと地元企業の協賛金でまかなう。",
                  "実行委員会の会長は「子どもたちに港の夏の夜空を見せたいという声に応えたかった」と話した。",
                  "クラウドファンディングは4月1日から実行委員会のホームページで受け付ける。"]),
         dict(id="a0398", iso="2025-03-05T06:50:00+09:00", cat="keizai", title="ワカメ収穫、過去10年で最少の見通し　高水温で生育遅れ", au=["高橋翔太"], board=None, paras=[
                  "みなと漁業協同組合は4日、今季のワカメの収穫量が前年より約4割少ない見通しになったと明らかにした。過去10年で最も少ない水準となる。",
                  "組合によると、昨年秋から冬にかけて海水温が平年より2度ほど高い状態が続き、種苗の生育が遅れた。食害をもたらすアイゴなどの魚が増えたことも影響したとみられる。",
                  "収穫は例年通り3月中旬から始まるが、出荷量の減少で価格の上昇が見込まれる。",
                  "組合は県の水産試験場と協力し、高水温に強い品種の試験養殖を来季から始める方針だ。"]),
         dict(id="a0394", iso="2025-03-03T10:00:00+09:00", cat="bunka", title="市立図書館が「まちの記憶アーカイブ」　昭和の港の写真800点を公開", au=["田中健一"], board=None, paras=[
                  "みなと市立図書館は、市民から寄せられた古い写真や資料をデジタル化して公開する「まちの記憶アーカイブ」を始めた。",
                  "第1弾として、昭和30年代から50年代にかけての港の風景や商店街、祭りの様子を写した写真約800点をホームページで公開している。",
                  "図書館は引き続き、家庭に眠る写真やはがき、地図などの提供を呼びかけている。借りた資料はスキャンした後、持ち主に返却する。",
                  "担当者は「写真に写っている人や場所について、情報を寄せてもらえるとありがたい」と話している。"])]
    for a in A:
        d = datetime.datetime.fromisoformat(a["iso"])
        a["path"] = "/news/%s/%s.html" % (d.strftime("%Y%m%d"), a["id"])
        a["shown"] = "%d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    nav = [("/", "トップ"), ("/news/", "ニュース"), ("/category/keizai/", "経済"), ("/category/kurashi/", "くらし"), ("/minato/", "掲示板"), ("/about/", "会社案内")]

    def shell(title, main, head=""):
        rank = "".join('<li><span class="rank-num">%d</span><a href="%s">%s</a></li>' % (n + 1, a["path"], E(a["title"])) for n, a in enumerate(A[:4]))
        return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n<link rel="stylesheet" href="/common/css/style.css?20250301">\n</head>\n<body>\n'
                '<header class="site-header"><div class="inner"><p class="site-logo"><a href="/">みなと新報</a></p><p class="site-desc">みなと市と周辺地域のニュース</p><nav class="gnav"><ul>%s</ul></nav>'
                '<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="記事を検索"><button type="submit">検索</button></form></div></header>\n'
                '<div class="container"><main class="main">%s</main><aside class="side"><section class="ranking"><h2>アクセスランキング</h2><ol>%s</ol></section>'
                '<section class="bnr"><p class="paper-bnr">紙面ビューアー：月額880円で毎朝の紙面をそのまま読めます。<a href="/subscribe/">お申し込みはこちら</a></p></section></aside></div>\n'
                '<footer class="site-footer"><ul><li><a href="/about/">会社案内</a></li><li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/minato/">みなと板（掲示板）</a></li></ul><p class="copyright">Copyright &copy; みなと新報社 All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>\n</body>\n</html>') % (
            E(title), head, "".join('<li><a href="%s">%s</a></li>' % (p, t) for p, t in nav), main, rank)

    def item(a):
        return '<li class="news-item"><a href="%s"><span class="title">%s</span></a><span class="meta"><span class="cat">%s</span><time datetime="%s">%s</time></span></li>' % (a["path"], E(a["title"]), CAT[a["cat"]], a["iso"], a["shown"])
    for a in A:
        by = ('<p class="byline">（%s）</p>' % "、".join(a["au"])) if a["au"] else '<p class="byline">（みなと新報編集部）</p>'
        board = ('<div class="bbs-link"><a href="/test/read.cgi/minato/%d/">この記事について掲示板「みなと板」で語る（レス%d）</a><p class="note">掲示板の書き込みは利用者の投稿であり、みなと新報の見解ではありません。</p></div>' % a["board"]) if a["board"] else ""
        others = [x for x in A if x is not a]
        main = ('<nav class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/category/%s/">%s</a> &gt; %s</nav><article class="article"><div class="article-header"><span class="category">%s</span><h1 class="article-title">%s</h1>'
                '<p class="article-date"><time datetime="%s">%s</time></p><ul class="sns"><li><a href="https://x.example.com/share?url=%s">ポスト</a></li><li><a href="https://line.example.me/R/msg/text/?%s">LINEで送る</a></li></ul></div>'
                '<figure class="article-photo"><img src="/photo/%s.jpg" alt=""><figcaption>（写真はイメージ、本社写真部撮影）</figcaption></figure>'
                '<div class="article-body">%s%s</div>%s</article><section class="related"><h2>関連記事</h2><ul>%s</ul></section>') % (
            a["cat"], CAT[a["cat"]], E(a["title"]), CAT[a["cat"]], E(a["title"]), a["iso"], a["shown"], s.url(a["path"]), s.url(a["path"]), a["id"], ps(a["paras"]), by, board, "".join(item(x) for x in others[:3]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["iso"], "articleSection": CAT[a["cat"]],
              "author": [{"@type": "Person", "name": n} for n in a["au"]] or [{"@type": "Organization", "name": "みなと新報編集部"}],
              "publisher": {"@type": "NewsMediaOrganization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/common/img/logo.png")}}, "mainEntityOfPage": s.url(a["path"])}
        head = ('<meta name="description" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n<link rel="canonical" href="%s">\n%s') % (
            E(a["paras"][0][:120]), E(a["title"]), s.url(a["path"]), SN, s.url(a["path"]), jl(ld))
        s.art(a["path"], shell("%s｜%s" % (a["title"], SN), main, head), a["title"], utc(a["iso"])[:10], a["au"], instant=utc(a["iso"]),
              must=[a["paras"][1], a["paras"][-1]], must_not=["紙面ビューアー", "掲示板の書き込みは利用者の投稿であり", others[0]["title"]])
    s.non("/", shell("%s｜みなと市と周辺地域のニュース" % SN, '<section class="top-news"><h2>最新ニュース</h2><ul class="news-list">%s</ul></section><section class="bbs-pickup"><h2>みなと板（掲示板）の話題</h2><ul><li><a href="/test/read.cgi/minato/1741476712/">【みなと市】旧魚市場跡地に複合施設　120億円</a></li></ul></section>' % "".join(item(a) for a in A), '<meta property="og:type" content="website">'))
    s.non("/news/", shell("ニュース一覧｜%s" % SN, '<h1 class="page-title">ニュース一覧</h1><ul class="news-list">%s</ul><div class="pager"><span class="current">1</span> <a href="/news/?page=2">2</a></div>' % "".join(item(a) for a in A)))
    for c in ("keizai", "kurashi"):
        s.non("/category/%s/" % c, shell("%s｜%s" % (CAT[c], SN), '<h1 class="page-title">%s</h1><ul class="news-list">%s</ul>' % (CAT[c], "".join(item(a) for a in A if a["cat"] == c))))
    s.non("/about/", shell("会社案内｜%s" % SN, '<h1 class="page-title">会社案内</h1>%s' % ps(["みなと新報社は1949年創刊の地域日刊紙です。みなと市と周辺3町を取材エリアとし、朝刊を約2万1千部発行しています。",
                                                                                     "2012年からはウェブ版を運営し、2019年には読者同士が意見を交わせる掲示板「みなと板」を開設しました。", "本社：みなと市港町1-2-3　電話：0123-45-6789"])))
    s.non("/search/", shell("記事検索｜%s" % SN, '<h1 class="page-title">記事検索</h1><form action="/search/" method="get"><input type="text" name="q"><button>検索</button></form><p>キーワードを入力してください。</p>', '<meta name="robots" content="noindex">'))

    # ---- みなと板: a 2ch-style board (read.cgi), served in Shift_JIS as such boards are
    BN = "みなと板＠みなと新報"

    def res(n, name, mail, when, rid, body):
        d = datetime.datetime.fromisoformat(when)
        wd = "月火水木金土日"[d.weekday()]
        nm = ('<a href="mailto:%s"><b>%s</b></a>' % (mail, name)) if mail else '<font color=green><b>%s</b></font>' % name
        return '<dt>%d ：%s：%s(%s) %s.%02d ID:%s<dd> %s <br><br>\n' % (n, nm, d.strftime("%Y/%m/%d"), wd, d.strftime("%H:%M:%S"), (n * 37) % 100, rid, body)

    def read(key, title, posts, size, last50=False):
        base = "/test/read.cgi/minato/%d/" % key
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><meta name="viewport" content="width=device-width"><title>%s</title></head>\n'
                '<body bgcolor=#efefef text=black link=blue alink=red vlink=#660099>\n<div style="margin:0px;"><div style="margin-top:1em;"><span style="float:left;"><a href="/minato/">■掲示板に戻る■</a> <a href="%s">全部</a> <a href="%s1-100">1-</a> <a href="%sl50">最新50</a></span>&nbsp;</div></div>\n'
                '<hr style="background-color:#888;color:#888;border-width:0;height:1px;position:relative;top:-.4em;">\n<h1 style="color:red;font-size:larger;font-weight:normal;margin:-.5em 0 0;">%s</h1>\n<dl class="thread">\n%s</dl>\n'
                '<font color=red face="Arial"><b>%dKB</b></font>\n<hr><center><a href="%sl50">新着レスの表示</a></center><hr>\n'
                '<form method=POST action="/test/bbs.cgi?guid=ON"><input type=submit value="書き込む" name=submit> 名前： <input name=FROM size=19> E-mail<font size=1> (省略可) </font>: <input name=mail size=19><br><textarea rows=5 cols=70 wrap=off name=MESSAGE></textarea>'
                '<input type=hidden name=bbs value=minato><input type=hidden name=key value=%d></form>\n<p>read.cgi ver 07.7.25 2025/02/11<br>みなと新報掲示板 ― 書き込みは利用規約に同意したものとみなします。</p>\n</body></html>') % (
            title, base, base, base, title, "".join(posts), size, base, key)
    a0, a1 = A[0], A[1]
    t1 = "【みなと市】旧魚市場跡地に複合施設　120億円　2029年度開業目指す"
    p1 = [res(1, "記者クラブ＠港の人 ★", "", "2025-03-09T09:12:31+09:00", "NEWSm1n4t0",
              "港湾地区の旧魚市場跡地について、みなと市は8日、商業施設と市民ホール、子育て支援センターを備えた複合施設を整備する基本計画案を公表した。2029年度の開業を目指す。<br><br>"
              "計画案によると、敷地約2万平方メートルに地上4階建ての施設を建設し、1階には地元の水産物を扱う市場と飲食店、2階以上に500席のホールや図書コーナーを配置する。総事業費は約120億円を見込む。<br><br>"
              "みなと新報 2025年3月9日<br>%s" % s.url(a0["path"])),
          res(2, "名無しさん＠みなと", "sage", "2025-03-09T09:14:02+09:00", "q2Wx8Lp0", "120億ｗｗｗ　維持費だけで毎年何億かかるんだよ"),
          res(3, "名無しさん＠みなと", "", "2025-03-09T09:20:47+09:00", "T7hRk3Ma", "<a href=\"../test/read.cgi/minato/1741476712/2\" rel=\"noopener noreferrer\" target=\"_blank\">&gt;&gt;2</a><br> 市民ホールは今のが築50年だから建て替えは必要だろ"),
          res(4, "名無しさん＠みなと", "sage", "2025-03-09T10:02:15+09:00", "Zx81Kd2p", "駐車場の台数が書いてないのが一番の問題<br> 週末の港町の渋滞知らないのか"),
          res(5, "港の古株", "", "2025-03-09T12:31:09+09:00", "Ab3Cd9Ef", "説明会行ってきた。市の担当者も維持費の質問にはまともに答えられてなかったわ。<br> 意見募集は3月末までだから言いたいことある人は出しとけ")]
    s.non_enc("/test/read.cgi/minato/1741476712/", read(1741476712, t1, p1, 128), "cp932")
    s.non_enc("/test/read.cgi/minato/1741476712/l50", read(1741476712, t1, [p1[0]] + [res(80 + n, "名無しさん＠みなと", "sage", "2025-03-10T%02d:%02d:00+09:00" % (8 + n, 5 * n), "Kk%dQw7e" % n, t) for n, t in enumerate([
        "結局PFIって業者が儲かるだけじゃないの", "図書コーナーは子連れには助かる", "魚市場の跡地なんだから市場を残すのはいいと思う"])], 128, True), "cp932")
    t2 = "【みなと交通】港町線、4月から平日12便減　運転手不足"
    p2 = [res(1, "記者クラブ＠港の人 ★", "", "2025-03-08T18:30:12+09:00", "NEWSm1n4t0", "%s<br><br>みなと新報 2025年3月8日<br>%s" % (a1["paras"][0], s.url(a1["path"]))),
          res(2, "名無しさん＠みなと", "sage", "2025-03-08T18:41:55+09:00", "pL4x0Rt2", "昼間の便が減るのが一番きつい。年寄りは昼に病院行くんだよ"),
          res(3, "名無しさん＠みなと", "", "2025-03-08T19:05:33+09:00", "Mn7Ux2Zq", "運転手の給料上げないと集まらんだろ")]
    s.non_enc("/test/read.cgi/minato/1741423501/", read(1741423501, t2, p2, 64), "cp932")
    threads = [(1741476712, t1, 128), (1741423501, t2, 64), (1740900012, "みなと市の美味い店を語るスレ Part12", 402)]
    s.non_enc("/minato/", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>%s</title></head><body bgcolor=#FFFFFF>\n<center><h1>%s</h1><p>みなと市と周辺の話題を語る掲示板です。ニュース記事のスレ立ては記者クラブ（★）が行います。荒らし・個人攻撃は削除対象です。</p></center>\n'
                          '<table border=1 cellspacing=7 cellpadding=3 width=95%% bgcolor=#CCFFCC align=center><tr><td><small>%s</small><br><a href="/minato/subback.html"><b>スレッド一覧はこちら</b></a></td></tr></table>\n'
                          '<p><a href="/">みなと新報トップへ</a></p></body></html>') % (BN, BN, " ".join('<a href="/test/read.cgi/minato/%d/l50">%d: %s (%d)</a>' % (k, n + 1, t, r) for n, (k, t, r) in enumerate(threads))), "cp932")
    s.non_enc("/minato/subback.html", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>%s - スレッド一覧</title></head><body><font size=2><a href="/minato/">■掲示板に戻る■</a></font><br><small id="trad">%s</small></body></html>') % (
        BN, "".join('<a href="/test/read.cgi/minato/%d/l50">%d: %s (%d)</a><br>' % (k, n + 1, t, r) for n, (k, t, r) in enumerate(threads))), "cp932")
    s.put("/rss/news.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link><language>ja</language>%s</channel></rss>' % (SN, s.url("/"), "".join(
        '<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>' % (E(a["title"]), s.url(a["path"]), rfc822(a["iso"])) for a in A)))
    s.sitemap([a["path"] for a in A] + ["/news/"], "/test/bbs.cgi")


A1 = harbour()
A2 = opennews(A1)
hearth()
nerdwire(A2)
treff()
oberrhein()
ricochet()
agora()
zarechny()
reddito()
wiesci()
minato()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
