"""Web cd: journalists publishing news on newsletter and creator platforms.
Twelve publications on 127.0.7.81-92 (port 18154) in English (US, UK,
Australia, India), Spanish, French, Portuguese (Brazil, Portugal), German,
Italian and Swedish, each rendered the way its platform renders posts, with
the pages those platforms generate around the posts.

 1 The Statehouse Dispatch - Substack (en-US): /p/<slug>, title tag "X - by
   A - Pub", pencraft byline with "Mar 11, 2025", post UFI and "Share",
   window._preloads JSON.parse state (pub author_name, publishedBylines,
   post_date), NewsArticle JSON-LD, subscription widget ("Type your
   email…", "Subscribe") inside the body, "Discover more from" modal,
   "Ready for more?"; a guest post with two guest bylines (the owner's
   italic note on top, the owner in pub state only), a paid post cut by
   "Keep reading with a 7-day free trial" (must holds only the three shown
   paragraphs). Around it: home, /archive and /archive?sort=top, /about,
   /subscribe, /leaderboard (referrals), /podcast and a podcast episode
   post (show notes only, NewsArticle JSON-LD), /p/<slug>/comments pages,
   the owner's /@handle profile and /@handle/notes feed, /account/login.
 2 Frontera Norte - Substack (es, English chrome): a Monday issue "Semana en
   la frontera" with four headed items, a reported post from this year
   shown as "Oct 9" with no year (the year in JSON-LD and _preloads), a post
   co-written with a guest (two bylines); section /s/..., comments,
   recommendations, profile and notes, archive, about, subscribe, sign-in.
 3 The Northern Desk - beehiiv (en-GB): Tailwind wt- classes, bh__byline,
   "March 12, 2025", Article JSON-LD; an issue with emoji-headed items and a
   "TOGETHER WITH" sponsor block inside content-blocks, a poll, a Premium
   post cut by "Subscribe to Premium to read the rest."; a dated "Welcome
   to ..." post, archive (?page=2), /t/ tags, subscribe, upgrade, login,
   recommendations.
 4 Murray Mouth - Buttondown (en-AU): /archive/<slug>/, email-detail
   markup, no byline in the header: one issue signed "Kate Lindqvist", an
   issue with headed items signed "Kate" with the footnote "Murray Mouth is
   written by Kate Lindqvist", a story with "Words: ... Pictures: Jono Tait";
   the welcome email, a "No issue this week" note and a Q&A recording page
   in the same archive, subscriber management and the confirmation page.
 5 The Civic Ledger - Medium publication (en-IN): class soup, pw-post-title,
   data-testid authorName / storyReadTime / storyPublishDate, "Published
   in", a member-only story ("Member-only story" star, two paragraphs, then
   "Create an account to read the full story."), a story from this year
   shown only as "Mar 12" (article:published_time and JSON-LD carry the
   year), "More from ... and ..." and "Recommended from Medium"; home cards
   link ?source=collection_home... URLs (canonical without it); the pinned
   "How to write for ..." story, about, archive, /tagged/, author profiles,
   responses page, /m/signin, /membership.
 6 Le Fil de la Loire - Ghost(Pro) with the Source-style gh-navigation /
   Headline-style gh-article markup (fr): "13 mars 2025 — 5 min de
   lecture", two authors with JSON-LD and twitter:data1 naming only the
   primary one, a paid post cut by the upgrade CTA, "Lire la suite"; a
   podcast episode post (audio card, two lines), /page/2/ holding one card,
   tag and author pages, À propos and Abonnement pages (og:type article),
   Ghost's /recommendations/.
 7 Diário do Xingu - Kit creator profile (pt-BR, Kit's English chrome):
   /posts/<slug> with "Mar 12, 2025" and data-props state, no byline
   (creator name in the header): a story signed with the full name, an
   issue with headed items signed "Renata", a story "Por Renata Albuquerque
   e Thiago Moura"; formkit forms "Built with Kit"; the welcome email as a
   post, the landing page, thank-you page, recommendations, a product page,
   preferences.
 8 Flusslage - Steady (de): /de/flusslage/posts/<uuid>, "12. März 2025" in
   the post header and in the "Weitere Beiträge" cards, no meta date, a
   members-only post ("Weiterlesen mit Steady"), two authors; Steady's own
   home, publication page, about, posts list, plans, a podcast episode
   post, imprint, checkout thank-you, login.
 9 Scirocco - Mailchimp campaign pages (it): mailchi.mp-like
   /<hash>/<slug>, the 1-column template (awesomebar, mcnTextContent,
   footer "Copyright ... Tutti i diritti riservati", "Vuoi cambiare ..."),
   subject "Lettera n. 112 – X" while the headline is X, the date only in
   the email ("N. 112 — Lunedì 10 marzo 2025"); an issue signed by Giulia
   Ferrante, one signed "La redazione di Scirocco" (authors []), one with
   four headed items signed Davide Lo Presti; the welcome email and a
   fundraising appeal as campaigns, the campaign archive (?u=&id=), hosted
   signup, "Ci siamo quasi..." confirmation and profile pages, the
   Mailchimp website's home and Chi siamo.
10 Norrlandsbrevet - WordPress.com block theme + Jetpack (sv): "Av Elin
   Sjöberg", "12 mars 2025", Jetpack OG tags, subscription blocks and the
   "Upptäck mer från ..." modal, sharedaddy, likes, Relaterade; a post cut
   by the Jetpack paywall ("Prenumerera för att fortsätta läsa"), a guest
   post published by the owner's account ("Av Elin Sjöberg") whose text
   opens "Gästinlägg av Oskar Lindgren" (authors [Oskar Lindgren]); home,
   /page/2/, categories, tags, author, month archive, Om, Prenumerera.
11 Balance Sheet Bharat - LinkedIn newsletter articles (en-IN): /pulse/
   pages with the publisher-author card ("Published Mar 12, 2025"), the
   newsletter subscribe box, Article JSON-LD with publisher LinkedIn,
   "Report this article", "More articles by", the sign-in modal; an edition
   with headed items; LinkedIn's guest home, the newsletter page, profile,
   recent-activity list, a short post (SocialMediaPosting JSON-LD) sharing
   the story, login, signup, topics.
12 Porto Aberto - Teletype/Telegraph-like minimal pages (pt-PT): tl_article
   markup with the title and <address> twice, article:author, "12 de
   março de 2025"; a story whose author field is the blog name "Porto
   Aberto" and whose text credits "Texto: Rita Carvalho e Nuno Braga.
   Fotografia: Inês Pardal."; the index, about and donation pages on the
   same article template, blog home, tag page, profile, login, subscribed.

Truth: 36 articles, 122 non-articles, no syndicated copies. Writers are
the bylined or signing people (guest writers over the publishing account),
a newsroom signature gives []; titles are the headline without the issue
number prefix the subject line adds; paywalled posts must hold only what
is shown.

Crawled with /tmp/nr-start: stories 36: title 35, date 32, authors 29 right;
non-articles stored 19 of 122; bodies checked 35: 1 wrong. Not stored: the
Mailchimp issue made of four headed short items. Dates: on all three
Steady posts the date of the first "Weitere Beiträge" card was taken
instead of the post header's. Authors: the Buttondown sign-off "Kate
Lindqvist" and the footnote, the Kit "Renata" issue (creator only in the
profile header), the Mailchimp signature were not read; the WordPress
guest post kept the publishing account, the Teletype story the blog name.
Non-articles stored: the welcome emails/posts (Buttondown, beehiiv, Kit,
Mailchimp), the Buttondown "No issue this week" note and Q&A recording,
the podcast episode posts (Substack, Ghost, Steady), the Medium "How to
write for" story, the Steady publication home and about page, the
WordPress Om page, the Teletype donation page, the Ghost /page/2/ with one
card, the beehiiv upgrade page, and the three Medium stories stored under
their ?source= card URLs rather than the canonical. Body: the beehiiv
"TOGETHER WITH" sponsor block.
"""
import datetime, html, json, os, re, sys, zlib  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18154
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


def recent(month, day, hh=12, mm=0):
    """month/day at hh:mm UTC in the latest year in which it has passed
    (the posts a platform shows without their year)."""
    d = datetime.datetime(NOW.year, month, day, hh, mm, tzinfo=UTC)
    if d > NOW - datetime.timedelta(days=3):
        d = d.replace(year=NOW.year - 1)
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def dt(iso):
    return datetime.datetime.fromisoformat(iso)


def zulu(iso, ms=".000"):
    return dt(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ms + "Z"


def rfc822(iso):
    return dt(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def mdy(iso, yearless=True):
    """Mar 12 (this year) or Mar 12, 2025, as Substack and Medium show dates."""
    d = dt(iso)
    if yearless and d.year == NOW.year:
        return "%s %d" % (d.strftime("%b"), d.day)
    return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)


def re_text(h):
    return " ".join(re.sub("<[^>]+>", " ", h).split())


def uid(h):
    return zlib.crc32(h.encode()) % 90000000 + 1000000


def J(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (80 + n), PORT, truth)

    def alias(self, pq):
        """A URL with a query string whose page the server answers from the
        path's own file (an archive sort, a list id): recorded as a
        non-article, written nowhere."""
        self.truth["nonarticles"].append(self.url(pq))

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def feed(self, path, title, items, desc=""):
        """An RSS feed of (path, title, iso, author)."""
        it = "".join("<item><title>%s</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate>%s</item>" % (
            E(t), E(self.url(p)), E(self.url(p)), rfc822(d), ("<dc:creator>%s</dc:creator>" % E(a)) if a else "") for p, t, d, a in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>%s</title><description>%s</description><link>%s</link>%s</channel></rss>' % (
            E(title), E(desc), self.url("/"), it))


def fill(p, seed):
    return shuffled(p, seed)


# ====================================================================== Substack
SS_FOOT = ('<div class="footer-wrap publication-footer"><div class="footer"><div class="pencraft pc-display-flex pc-reset footer-inner"><div class="copyright">&copy; %d %s</div>'
           '<ul class="footer-terms"><li><a href="https://substack.com/privacy">Privacy</a></li> ∙ <li><a href="https://substack.com/tos">Terms</a></li> ∙ <li><a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></li></ul></div>'
           '<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button footer-substack-cta">Start writing</a>'
           '<a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="button">Get the app</a></div>'
           '<div class="footer-slogan-blurb"><a href="https://substack.com" class="footer-substack-cta">Substack</a> is the home for great culture</div></div></div>')


def substack(s, P, posts, comments, extra):
    """A Substack publication: P the publication, posts its posts (dicts),
    comments {slug: [(name, handle, iso, text)]}, extra(non-article pages)
    a callback given the shell."""
    handle = P["handle"]

    def prof(h):
        # the owner's profile is served here; everyone else's lives on substack.com
        return "/@" + h if h == handle else "https://substack.com/@" + h

    def shell(title, inner, head="", cls="", preload=None):
        tabs = "".join('<a href="%s" class="pencraft pc-reset tab-H1w6G7%s">%s</a>' % (p, " selected" if p == P.get("sel") else "", E(t)) for p, t in P["tabs"])
        pre = preload or {"isEU": False, "language": P["lang"], "base_url": s.url(""), "stripe_publishable_key": "pk_live_51QfnARLDSWi1i85FBpvw6YxfQHljOpWXw8IKi5qFWEzvW8HvoD8cqTulR9UWguYbYweLvA16P7LN6WZsGdZKrNkE00uGbFaOE3",
                          "pub": {"id": P["pub_id"], "name": P["name"], "subdomain": P["sub"], "author_id": P["author_id"], "author_name": P["owner"], "language": P["lang"], "hero_text": P["desc"]}}
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">'
                '<link rel="preconnect" href="https://substackcdn.com"><title data-rh="true">%s</title>%s'
                '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">'
                '<link rel="alternate" type="application/rss+xml" href="%s" title="%s"><link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.b3f8c1a2d9e0.css">'
                '<style>:root{--color_theme_bg_pop:%s;--background_pop:%s;--print_on_pop:#ffffff;}</style></head>\n'
                '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg%s">'
                '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div class="main-menu" data-testid="navbar"><div class="topBar-pIF0J1 topBarWithBorder-u9KfZd">'
                '<div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" alt="%s" src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good/https%%3A%%2F%%2Fsubstack-post-media.s3.amazonaws.com%%2Fpublic%%2Fimages%%2F%s.png"></a></div>'
                '<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">%s</a></h1></div>'
                '<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_primary-RfbeYt size_md-gCDS3o" data-href="/subscribe?">Subscribe</button>'
                '<a href="/account/login?redirect=%%2F&amp;for_pub=%s" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_tertiary-rlke8z size_md-gCDS3o">Sign in</a></div></div>'
                '<div class="pencraft pc-display-flex pc-justifyContent-center pc-reset publication-tabs-dmhmCh">%s</div></div></div>'
                '%s%s</div></div>'
                '<script>window._preloads        = JSON.parse(%s)</script>'
                '<script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":\\"%s\\",\\"publication_id\\":%d}}")</script>'
                '<script src="https://substackcdn.com/bundle/static/js/main.4e1b2f9a.js" charset="utf-8" defer></script></body></html>') % (
            P["lang"], E(title), head, s.url("/feed"), E(P["name"]), P["color"], P["color"], (" " + cls) if cls else "", E(P["name"]), P["logo"], E(P["name"]), P["sub"],
            tabs, inner, SS_FOOT % (NOW.year, E(P["owner"])), json.dumps(J(pre)), P["sub"], P["pub_id"])

    def widget(text=None):
        t = text or "%s is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber." % P["name"]
        return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;%s&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;%s&quot;}" data-component-name="SubscribeWidgetToDOM">'
                '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div><form class="subscription-widget-subscribe">'
                '<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">'
                '<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>') % (E(s.url("/subscribe?")), P["lang"], E(t))

    def share_btn(slug):
        return ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton">'
                '<a class="button primary" href="%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>') % (E(s.url("/p/" + slug)), E(s.url("/p/" + slug)))

    def byline(p):
        av = "".join(('<div style="--scale:36px;" class="pencraft pc-display-flex pc-gap-4 pc-reset"><a href="%s" aria-label="View %s&#39;s profile" class="pencraft pc-display-contents pc-reset">'
                      '<div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset bg-secondary-UUD3_J flex-auto-j3S2WA outline-detail-vcQLyr pc-borderRadius-full overflow-hidden-WdpwT6 sizing-border-box-DggLA4 container-TAtrWj">'
                      '<picture><img src="https://substackcdn.com/image/fetch/w_72,h_72,c_fill,f_auto,q_auto:good/%s.jpg" sizes="32px" alt="" width="36" height="36" class="img-OACg1c pencraft pc-reset"></picture></div></a></div>') % (prof(h), E(n), h) for n, h, g in p["by"])
        names = " and ".join('<span data-state="closed"><a href="%s" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">%s</a></span>' % (prof(h), E(n)) for n, h, g in p["by"])
        return ('<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset">'
                '<div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-8 pc-alignItems-center pc-justifyContent-flex-start pc-reset">%s</div></div>'
                '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div>'
                '<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div></div></div>') % (
            av, names, mdy(p["iso"]))

    def ufi(p):
        return ('<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center pc-reset flex-grow-rzmknG border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi">'
                '<div class="pencraft pc-display-flex pc-gap-8 pc-reset"><div class="like-button-container post-ufi-button style-button"><div class="label">%d</div></div>'
                '<a href="/p/%s/comments" class="post-ufi-button style-button post-ufi-comment-button"><div class="label">%d</div></a><div class="post-ufi-button style-button restack-button"><div class="label">%d</div></div></div>'
                '<div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button type="button" class="pencraft pc-reset pencraft post-ufi-button style-button no-label with-border">Share</button></div></div>') % (
            p["likes"], p["slug"], len(comments.get(p["slug"], [])) + p.get("more_comments", 0), p["likes"] // 9)

    def preload_post(p, with_comments=False):
        o = {"isEU": False, "language": P["lang"], "base_url": s.url(""),
             "pub": {"id": P["pub_id"], "name": P["name"], "subdomain": P["sub"], "author_id": P["author_id"], "author_name": P["owner"], "author_handle": handle, "language": P["lang"],
                     "copyright": P["owner"], "hero_text": P["desc"], "community_enabled": True, "type": "newsletter"},
             "post": {"id": p["id"], "publication_id": P["pub_id"], "title": p["title"], "social_title": p["title"], "search_engine_title": None, "search_engine_description": None,
                      "type": p.get("type", "newsletter"), "slug": p["slug"], "post_date": zulu(p["iso"]), "audience": p.get("audience", "everyone"), "podcast_duration": p.get("dur"),
                      "subtitle": p["sub"], "canonical_url": s.url("/p/" + p["slug"]), "section_id": p.get("section_id"), "reactions": {"❤": p["likes"]}, "comment_count": len(comments.get(p["slug"], [])) + p.get("more_comments", 0),
                      "publishedBylines": [{"id": uid(h), "name": n, "handle": h, "previous_name": None, "photo_url": "https://substack-post-media.s3.amazonaws.com/public/images/%s.jpg" % h,
                                            "bio": g or None, "profile_set_up_at": "2021-04-02T17:11:08.000Z", "is_guest": bool(g), "bestseller_tier": None} for n, h, g in p["by"]],
                      "truncated_body_text": p["paras"][0][:240], "wordcount": sum(len(x.split()) for x in p["paras"]), "postTags": [{"name": t, "slug": t.lower().replace(" ", "-")} for t in p.get("tags", [])]},
             "canonicalUrl": s.url("/p/" + p["slug"])}
        if with_comments:
            o["comments"] = [{"id": 90000000 + i, "name": n, "handle": h, "date": zulu(d), "body": t, "reaction_count": (i * 7) % 23} for i, (n, h, d, t) in enumerate(comments.get(p["slug"], []))]
        return o

    def ld(p):
        return {"@context": "https://schema.org", "@type": "NewsArticle", "url": s.url("/p/" + p["slug"]), "mainEntityOfPage": s.url("/p/" + p["slug"]),
                "headline": p["title"], "description": p["sub"],
                "image": [{"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/%s.jpeg" % p["slug"]}],
                "datePublished": zulu(p["iso"])[:-5] + "+00:00", "dateModified": zulu(p.get("mod", p["iso"]))[:-5] + "+00:00", "isAccessibleForFree": p.get("audience", "everyone") == "everyone",
                "author": [{"@type": "Person", "name": n, "url": "https://substack.com/@" + h, "description": g or P["owner_bio"] if h == handle else g, "identifier": "user:%d" % (uid(h)),
                            "image": {"@type": "ImageObject", "contentUrl": "https://substackcdn.com/image/fetch/w_160,h_160,c_fill/%s.jpg" % h, "thumbnailUrl": "https://substackcdn.com/image/fetch/w_80,h_80,c_fill/%s.jpg" % h}}
                           for n, h, g in p["by"]],
                "publisher": {"@type": "Organization", "name": P["name"], "url": s.url(""), "description": P["desc"], "interactionStatistic": {"@type": "InteractionCounter", "name": "Subscribers", "interactionType": "https://schema.org/SubscribeAction", "userInteractionCount": P["subs"]},
                              "identifier": "pub:%d" % P["pub_id"], "logo": {"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_500,h_500,c_fill/%s.png" % P["logo"], "contentUrl": "https://substackcdn.com/image/fetch/w_500,h_500,c_fill/%s.png" % P["logo"], "thumbnailUrl": "https://substackcdn.com/image/fetch/w_128,h_128,c_fill/%s.png" % P["logo"]},
                              "image": {"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_500,h_500,c_fill/%s.png" % P["logo"]}, "sameAs": []}}

    def head_for(p, ttl):
        names = ", ".join(n for n, h, g in p["by"])
        return ('<meta data-rh="true" name="theme-color" content="#ffffff"><meta data-rh="true" property="og:type" content="article">'
                '<meta data-rh="true" property="og:title" content="%s"><meta data-rh="true" name="twitter:title" content="%s">'
                '<meta data-rh="true" name="description" content="%s"><meta data-rh="true" property="og:description" content="%s"><meta data-rh="true" name="twitter:description" content="%s">'
                '<meta data-rh="true" property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/%s.jpeg">'
                '<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" name="author" content="%s">'
                '<link data-rh="true" rel="canonical" href="%s">%s') % (
            E(ttl), E(ttl), E(p["sub"]), E(p["sub"]), E(p["sub"]), p["slug"], E(names), s.url("/p/" + p["slug"]), jl(ld(p)))

    def title_tag(p):
        names = [n for n, h, g in p["by"]]
        by = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return "%s - by %s - %s" % (p["title"], by, P["name"])

    def post_page(p):
        body = p["body"](widget, share_btn)
        paid = p.get("audience") == "only_paid"
        pay = ""
        if paid:
            body += '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>'
            pay = ('<div data-testid="paywall" data-component-name="Paywall" class="container-H2dyKk"><div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2>'
                   '<div class="paywall-cta"><p>Subscribe to <span class="pub-name">%s</span> to keep reading this post and get 7 days of free access to the full post archives.</p></div>'
                   '<a class="button primary subscribe-btn" href="/subscribe?simple=true&amp;next=%s&amp;utm_source=paywall-free-trial&amp;utm_medium=web&amp;utm_content=%d"><span>Start trial</span></a>'
                   '<div class="paywall-login"><p>Already a paid subscriber? <a href="/account/login?redirect=%%2Fp%%2F%s&amp;for_pub=%s">Sign in</a></p></div></div></div>') % (
                E(P["name"]), E(s.url("/p/" + p["slug"])), p["id"], p["slug"], P["sub"])
        lab = ""
        if p.get("label"):
            lab = '<div class="pencraft pc-reset color-pub-accent-Yh1DJr line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-semibold-uqA4FV transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA post-label">%s</div>' % E(p["label"])
        cm = comments.get(p["slug"], [])
        disc = ('<div class="comments-section post-footer-comments"><h4 class="comments-heading">Discussion about this post</h4><div class="pencraft pc-display-flex pc-reset tabs"><a class="tab selected" href="/p/%s/comments">Comments</a><a class="tab">Restacks</a></div>'
                '<div class="comment-list">%s</div><a class="more-comments button" href="/p/%s/comments">View all comments</a></div>') % (
            p["slug"], "".join('<div class="comment"><div class="comment-meta"><a href="%s" class="commenter-name">%s</a> <a class="comment-timestamp" href="/p/%s/comment/%d" title="%s">%s</a></div><div class="comment-body"><p>%s</p></div></div>' % (
                prof(h), E(n), p["slug"], 90000000 + i, zulu(d), mdy(d), E(t)) for i, (n, h, d, t) in enumerate(cm[:2])), p["slug"]) if cm else ""
        inner = ('<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
                 '<article class="typography newsletter-post post"><div role="region" aria-label="Post header" class="post-header">%s<h1 dir="auto" class="post-title published title-X77sOw">%s</h1>'
                 '<h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3><div aria-label="Post UFI" role="region" class="pencraft pc-display-flex pc-flexDirection-column pc-paddingBottom-16 pc-reset">%s%s</div></div>'
                 '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>%s</article>'
                 '<div class="visibility-check"></div><div class="post-footer use-separators">%s</div>'
                 '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset subscribe-footer"><h3 class="ready-for-more">Ready for more?</h3>'
                 '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div>'
                 '%s</div></div></div></div></div>'
                 '<div class="modal subscribe-prompt" role="dialog" aria-modal="true" style="display:none"><div class="modal-content"><img class="publication-logo" alt="" src="https://substackcdn.com/image/fetch/w_96/%s.png">'
                 '<h2 class="modal-title">Discover more from %s</h2><div class="publication-description">%s</div><div class="subscriber-count">%s</div>'
                 '<form class="form email-form"><input type="email" name="email" placeholder="Type your email…"><button class="button primary" type="submit">Subscribe</button></form>'
                 '<a class="maybe-later" href="#">Continue reading</a><div class="sign-in">Already have an account? <a href="/account/login">Sign in</a></div></div></div>') % (
            lab, E(p["title"]), E(p["sub"]), byline(p), ufi(p), body, pay, ufi(p), disc, P["logo"], E(P["name"]), E(P["desc"]), E(P["subs_text"]))
        return shell(title_tag(p), inner, head_for(p, p["title"]), "post-page", preload_post(p))

    def preview(p, cls="portable-archive-post"):
        names = ", ".join('<a href="%s">%s</a>' % (prof(h), E(n)) for n, h, g in p["by"])
        lock = '<span class="audience-lock" title="Paid">🔒</span>' if p.get("audience") == "only_paid" else ""
        return ('<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset post-preview %s" data-testid="post-preview"><div class="pencraft pc-display-flex pc-reset container-Qnseki">'
                '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
                '<a href="/p/%s" class="pencraft pc-reset color-primary-zABazT font-pub-headings-FE5byy clamp-y7pNm8 clamp-3-lxFDfR reset-IxiVJZ post-preview-title newsletter" data-testid="post-preview-title">%s%s</a>'
                '<a href="/p/%s" class="pencraft pc-reset color-secondary-ls1g8s clamp-y7pNm8 clamp-2-kM02pu reset-IxiVJZ post-preview-description">%s</a>'
                '<div class="pencraft pc-display-flex pc-gap-4 pc-reset post-preview-meta"><time datetime="%s" class="date">%s</time> ∙ <span class="pencraft pc-reset">%s</span></div></div>'
                '<div class="image-SsRFL8"><img alt="" src="https://substackcdn.com/image/fetch/w_320,h_213,c_fill/%s.jpeg"></div></div></div>') % (
            cls, p["slug"], lock, E(p["title"]), p["slug"], E(p["sub"]), zulu(p["iso"]), mdy(p["iso"]).upper(), names, p["slug"])

    for p in posts:
        if p.get("truth") is False:
            s.non("/p/" + p["slug"], post_page(p))
        else:
            s.art("/p/" + p["slug"], post_page(p), p["title"], p["truth_date"], [n for n, h, g in p["by"]], must=p["must"], must_not=p["must_not"])

    for slug, cm in comments.items():
        p = next(x for x in posts if x["slug"] == slug)
        items = "".join(('<div class="comment" id="comment-%d"><div class="pencraft pc-display-flex pc-gap-12 pc-reset comment-content"><a href="%s" class="comment-avatar"><img src="https://substackcdn.com/image/fetch/w_64/%s.jpg" alt=""></a>'
                         '<div class="comment-main"><div class="comment-meta"><a href="%s" class="pencraft pc-reset commenter-name">%s</a><a href="/p/%s/comment/%d" class="comment-timestamp" title="%s">%s</a></div>'
                         '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><span class="like-count">%d</span> <a>Reply</a> <a>Share</a></div></div></div></div>') % (
            90000000 + i, prof(h), h, prof(h), E(n), slug, 90000000 + i, zulu(d), mdy(d), E(t), (i * 7) % 23) for i, (n, h, d, t) in enumerate(cm))
        inner = ('<div class="container"><div class="comments-page"><div class="post-header-compact"><a href="/p/%s" class="post-title-link"><h1 class="post-title">%s</h1></a>'
                 '<div class="post-meta">%s ∙ %s</div></div><div class="comments-section"><h4 class="comments-heading">%d Comments</h4>'
                 '<div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div><div class="comment-list">%s</div></div></div></div>') % (
            slug, E(p["title"]), E(", ".join(n for n, h, g in p["by"])), mdy(p["iso"]), len(cm), items)
        s.non("/p/%s/comments" % slug, shell("Comments - " + title_tag(p), inner, '<link rel="canonical" href="%s">' % s.url("/p/%s/comments" % slug), "comments-page", preload_post(p, True)))

    listed = sorted([p for p in posts if p.get("list", True)], key=lambda p: p["iso"], reverse=True)
    extra(shell, preview, listed, widget)
    s.feed("/feed", P["name"], [("/p/" + p["slug"], p["title"], p["iso"], ", ".join(n for n, h, g in p["by"])) for p in listed], P["desc"])
    return shell, preview, listed, widget


def ss_paras(ps_, heads=None):
    """Substack body paragraphs; heads maps an index to a heading before it."""
    out = ""
    for i, p in enumerate(ps_):
        if heads and i in heads:
            anchor = heads[i].lower().replace(" ", "-")
            out += ('<h3 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">'
                    '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§%s" class="pencraft pc-reset header-anchor offset-top"></div>'
                    '<button aria-label="Link" class="pencraft pc-reset pencraft iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M buttonStyle-r7yGCK size_sm-G3LciD priority_secondary-S63h9o"></button></div></div></h3>') % (E(heads[i]), anchor)
        out += "<p>%s</p>" % E(p)
    return out


def ss_extra_pages(s, P, shell, preview, listed, widget, people_bio, recs, notes, ptitle):
    """The pages every Substack publication has around its posts."""
    top = sorted(listed, key=lambda p: p["likes"], reverse=True)
    hero = listed[0]
    home = ('<div class="container home-page"><div class="pencraft pc-display-flex pc-flexDirection-column pc-alignItems-center pc-reset publication-hero"><img class="publication-logo" src="https://substackcdn.com/image/fetch/w_200/%s.png" alt="">'
            '<h1 class="publication-name">%s</h1><div class="publication-tagline">%s</div><div class="publication-meta">By %s · %s</div>%s</div>'
            '<div class="home-hero-post">%s</div><div class="pencraft pc-display-flex pc-reset home-tabs"><a href="/archive?sort=new" class="tab selected">Latest</a><a href="/archive?sort=top" class="tab">Top</a><a href="/archive?sort=discussions" class="tab">Discussions</a></div>'
            '<div class="portable-archive-list">%s</div><a class="button see-all" href="/archive">See all</a></div>') % (
        P["logo"], E(P["name"]), E(P["desc"]), E(P["owner"]), E(P["subs_text"]), widget(P["desc"]), preview(hero, "home-hero"), "".join(preview(p) for p in listed[1:]))
    s.non("/", shell(P["name"] + " | " + P["owner"] + " | Substack", home, '<meta property="og:type" content="website"><meta property="og:title" content="%s | %s | Substack"><meta name="description" content="%s"><link rel="canonical" href="%s">' % (
        E(P["name"]), E(P["owner"]), E(P["desc"]), s.url("/")), "home"))
    arch = ('<div class="container archive-page"><div class="pencraft pc-display-flex pc-justifyContent-space-between pc-reset archive-header"><div class="pencraft pc-display-flex pc-gap-8 pc-reset tabs">'
            '<a href="/archive?sort=new" class="tab%s">Latest</a><a href="/archive?sort=top" class="tab%s">Top</a><a href="/archive?sort=discussions" class="tab">Discussions</a></div>'
            '<input type="search" class="archive-search" placeholder="Search"></div><div class="portable-archive-list">%s</div><div class="archive-loading">No more posts</div></div>')
    s.non("/archive", shell("%s | Archive" % P["name"], arch % (" selected", "", "".join(preview(p) for p in listed)), '<link rel="canonical" href="%s">' % s.url("/archive"), "archive-page"))
    s.alias("/archive?sort=top")
    about = ('<div class="container about-page"><div class="about-content-wrap"><h1 class="about-title">%s</h1><div class="body markup">%s</div>%s'
             '<h3 class="about-people-heading">People</h3><div class="about-people"><a class="about-person" href="/@%s"><img src="https://substackcdn.com/image/fetch/w_88/%s.jpg" alt=""><div class="about-person-name">%s</div>'
             '<div class="about-person-bio">%s</div></a></div></div></div>') % (
        E(ptitle["about"]), ps(people_bio), widget(), P["handle"], P["handle"], E(P["owner"]), E(P["owner_bio"]))
    s.non("/about", shell("About - " + P["name"], about, '<meta name="description" content="%s"><meta property="og:type" content="website">' % E(P["desc"]), "about-page"))
    plans = ('<div class="container subscribe-page"><div class="subscribe-header"><img class="publication-logo" src="https://substackcdn.com/image/fetch/w_96/%s.png" alt=""><h1>%s</h1><p class="subscribe-description">%s</p></div>'
             '<div class="plans"><div class="plan"><div class="plan-name">Annual</div><div class="plan-price">%s/year</div></div><div class="plan"><div class="plan-name">Monthly</div><div class="plan-price">%s/month</div></div>'
             '<div class="plan"><div class="plan-name">Founding Member</div><div class="plan-price">%s/year</div><div class="plan-desc">%s</div></div><div class="plan free-plan"><div class="plan-name">Free</div><div class="plan-price">None</div></div></div>'
             '<form class="subscribe-form"><input type="email" name="email" placeholder="Type your email…"><button class="button primary">Subscribe</button></form>'
             '<p class="terms">By subscribing, I agree to Substack&#39;s <a href="https://substack.com/tos">Terms of Use</a> and acknowledge its <a href="https://substack.com/ccpa#personal-data-collected">Information Collection Notice</a> and <a href="https://substack.com/privacy">Privacy Policy</a>.</p></div>') % (
        P["logo"], E(P["name"]), E(ptitle["subscribe"]), P["prices"][0], P["prices"][1], P["prices"][2], E(ptitle["founding"]))
    s.non("/subscribe", shell("Subscribe to " + P["name"], plans, "", "subscribe-page"))
    if recs:
        rec = ('<div class="container recommendations-page"><h1>%s</h1><p class="recommendations-description">%s</p><div class="recommendations-list">%s</div></div>') % (
        E(ptitle["recs"]), E(ptitle["recs_sub"]), "".join('<div class="recommendation"><img src="https://substackcdn.com/image/fetch/w_64/%s.png" alt=""><div class="rec-body"><a class="rec-name" href="https://%s.substack.com">%s</a>'
                                                          '<div class="rec-author">By %s</div><div class="rec-description">%s</div></div><button class="button">Subscribe</button></div>' % (sub, sub, E(n), E(a), E(d)) for sub, n, a, d in recs))
        s.non("/recommendations", shell("Recommendations - " + P["name"], rec, "", "recommendations-page"))
    s.non("/account/login", shell("Sign in - " + P["name"], ('<div class="container login-page"><div class="login-box"><img class="publication-logo" src="https://substackcdn.com/image/fetch/w_96/%s.png" alt="">'
          '<h2>Sign in to %s</h2><form class="form"><input type="email" name="email" placeholder="Email" autocomplete="email"><button class="button primary" type="submit">Continue</button></form>'
          '<a class="sign-in-with-password" href="#">Sign in with password</a><p class="terms">By continuing, you agree to Substack&#39;s <a href="https://substack.com/tos">Terms of Use</a>, our <a href="https://substack.com/privacy">Privacy Policy</a> and our <a href="https://substack.com/ccpa#personal-data-collected">Information collection notice</a></p></div></div>') % (
        P["logo"], E(P["name"])), '<meta name="robots" content="noindex">', "login-page"))
    nitems = "".join(('<div class="pencraft pc-display-flex pc-reset feedItem-ddWxSj note"><a href="/@%s"><img class="note-avatar" src="https://substackcdn.com/image/fetch/w_80/%s.jpg" alt=""></a>'
                      '<div class="note-main"><div class="note-header"><a href="/@%s" class="note-author">%s</a> <a class="note-date" href="https://substack.com/@%s/note/c-%d" title="%s">%s</a></div>'
                      '<div class="note-body"><p>%s</p></div><div class="note-actions"><span class="likes">%d</span> <span class="restacks">%d</span></div></div></div>') % (
        P["handle"], P["handle"], P["handle"], E(P["owner"]), P["handle"], 100000000 + i * 3311, zulu(d), mdy(d), E(t), 40 + 13 * i, 3 + i) for i, (d, t) in enumerate(notes))
    prof = ('<div class="container profile-page"><div class="profile-header"><img class="profile-avatar" src="https://substackcdn.com/image/fetch/w_240/%s.jpg" alt=""><h1 class="profile-name">%s</h1><div class="profile-handle">@%s</div>'
            '<div class="profile-bio">%s</div><div class="profile-stats">%s</div><button class="button primary">Subscribe</button></div><div class="pencraft pc-display-flex pc-reset profile-tabs"><a class="tab selected" href="/@%s">Activity</a><a class="tab" href="/@%s/notes">Notes</a><a class="tab" href="/">Posts</a></div>'
            '<div class="profile-publications"><h3>Writes</h3><a href="/">%s</a></div><div class="profile-feed">%s%s</div></div>') % (
        P["handle"], E(P["owner"]), P["handle"], E(P["owner_bio"]), E(P["subs_text"]), P["handle"], P["handle"], E(P["name"]), "", "".join(preview(p) for p in listed[:2]))
    s.non("/@" + P["handle"], shell("%s | Substack" % P["owner"], prof, '<meta property="og:type" content="profile"><meta name="description" content="%s">' % E(P["owner_bio"]), "profile-page"))
    s.non("/@%s/notes" % P["handle"], shell("Notes by %s | Substack" % P["owner"], '<div class="container notes-page"><h1 class="notes-title">%s&#39;s Notes</h1><div class="notes-feed">%s</div></div>' % (E(P["owner"]), nitems),
                                              '<meta property="og:type" content="profile">', "notes-page"))


def statehouse():
    s = Site(1)
    P = dict(name="The Statehouse Dispatch", sub="statehousedispatch", owner="Dana Whitfield", handle="danawhitfield", pub_id=1874203, author_id=40218833, lang="en",
             desc="Independent reporting on the Oregon Legislature and state politics, from a reporter who has covered Salem since 2011.",
             owner_bio="Reporter. Covered the Oregon Legislature for the Statesman Journal and OPB; now independent. Tips: dana@statehousedispatch.example",
             logo="a3c1e0f2-statehouse-logo", color="#1f6f5c", subs="14200", subs_text="Over 14,000 subscribers",
             tabs=[("/", "Home"), ("/podcast", "Podcast"), ("/@danawhitfield/notes", "Notes"), ("/archive", "Archive"), ("/leaderboard", "Leaderboard"), ("/about", "About")],
             prices=["$80", "$8", "$200"])
    dana = ("Dana Whitfield", "danawhitfield", "")
    p1 = ["Oregon's emergency wildfire account ran out of money on March 3, four months before the start of fire season, and the Legislature has yet to agree on how to fill it again.",
          "The account, which the Department of Forestry uses to pay contractors, air tankers and overtime while fires are burning, started the biennium with about $50 million. Last summer's record season consumed all of it and left the agency with $186 million in unpaid bills that it has been covering with short-term loans from the state treasury.",
          "The dispute in Salem is not over whether to pay those bills but over who should. The governor's budget proposed a new fee on homeowners in high-risk areas, which rural Republicans have called a tax on the people who already lost the most. Timber companies, meanwhile, are fighting a plan to raise the forest patrol assessment they pay on private forestland.",
          "Sen. Marcia Ellison, who chairs the wildfire committee, told me on Monday that she expected a bill by the end of April. \"We have done the stopgap thing three sessions in a row,\" she said. \"At some point the stopgap becomes the policy, and that is a bad policy.\"",
          "Without a deal, the Department of Forestry has warned that it may have to delay payments to the rural fire districts and private contractors that do much of the actual firefighting, some of which say they cannot carry the state's debt for another summer."]
    p2 = ["The call came in at 2:14 on a Tuesday morning: a rancher east of Burns, sixty-one years old, crushing chest pain. Before the hospital in John Day stopped taking ambulances overnight, we would have had him in a cardiac bed in fifty minutes.",
          "Instead we drove him two hours and forty minutes to Bend, past the dark emergency entrance of a hospital that had been open at that hour for as long as either of us had worked in the county. He survived. Two other patients we transported that winter did not, and we will never know whether the extra distance made the difference.",
          "Since the overnight closure began in October, our crew's average transport time has more than doubled, according to run logs the county shared with us. On some nights the county's only two ambulances are both on the road to Bend at the same time, leaving nobody to answer the next call.",
          "The hospital's board says it had no choice after losing four of its six emergency physicians in a year. A bill now before the Legislature would let critical access hospitals staff their emergency departments overnight with physician assistants backed by telehealth, as several neighboring states already allow.",
          "We are not arguing for any particular bill. We are asking lawmakers to ride along with a rural ambulance crew for one night before they vote."]
    p3 = ["For three weeks in February, four legislators met almost every evening in a conference room on the third floor of the Capitol to rewrite the transportation package that their own committee had spent a year drafting in public.",
          "The version that emerged on March 10 drops the road usage charge that was the centerpiece of the original bill and replaces it with a ten-cent increase in the gas tax over four years, phased in after the next election.",
          "Three people who were briefed on the talks described them to me, and I have reviewed the working drafts that circulated among the negotiators. Below, for paid subscribers, is how the deal came together, who got what, and the one provision that almost sank it."]
    note = "A note from Dana: Marisol Ortega and Ben Kowalski spent fifteen years as paramedics in Harney County before they started reporting on rural health care. This is their first piece for the Dispatch."
    posts = [
        dict(id=158820113, slug="oregons-wildfire-fund-ran-dry", title="Oregon's wildfire fund ran dry in March. Lawmakers still haven't refilled it.",
             sub="The state's emergency firefighting account hit zero weeks before fire season, and the fix is stuck in a fight over who pays.",
             iso="2025-03-11T13:02:41+00:00", by=[dana], likes=212, paras=p1, more_comments=31,
             body=lambda w, sb: ss_paras(p1[:2]) + w() + ss_paras(p1[2:], {0: "Who pays"}) + sb("oregons-wildfire-fund-ran-dry"),
             truth_date="2025-03-11", must=[p1[1], p1[3], p1[4]], must_not=["is a reader-supported publication", "Discover more from", "Ready for more?", "Keep reading with a 7-day free trial"]),
        dict(id=158112904, slug="what-a-rural-hospital-closure-looks-like", title="What a rural hospital closure looks like from the back of an ambulance",
             sub="Two former paramedics on what changed in Harney County when the emergency room went dark at night.",
             iso="2025-03-06T15:30:12+00:00", by=[("Marisol Ortega", "marisolortega", "Paramedic for 15 years in eastern Oregon, now a freelance health reporter."),
                                                   ("Ben Kowalski", "benkowalski", "Former Harney County paramedic. Writes about rural emergency care.")],
             likes=340, paras=p2, more_comments=0,
             body=lambda w, sb: "<p><em>%s</em></p><hr>" % E(note) + ss_paras(p2) + w("Thanks for reading The Statehouse Dispatch! Subscribe for free to receive new posts and support my work."),
             truth_date="2025-03-06", must=[p2[0], p2[2], p2[4]], must_not=["Thanks for reading The Statehouse Dispatch! Subscribe for free", "Ready for more?"]),
        dict(id=159004718, slug="inside-the-closed-door-transportation-deal", title="Inside the closed-door deal that rewrote the transportation package",
             sub="Four legislators, three weeks and a gas tax nobody will name.", iso="2025-03-14T12:15:00+00:00", by=[dana], likes=96, paras=p3, audience="only_paid", more_comments=14,
             body=lambda w, sb: ss_paras(p3),
             truth_date="2025-03-14", must=[p3[1], p3[2]], must_not=["Keep reading with a 7-day free trial", "to keep reading this post and get 7 days of free access", "Already a paid subscriber?"]),
        dict(id=158401377, slug="ep-14-the-session-so-far", title="Ep. 14: The session so far, with Rep. Ana Lucero", sub="Listen now (38 mins) | Wildfire money, the transportation talks and the words nobody says.",
             iso="2025-03-08T14:00:00+00:00", by=[dana], likes=41, paras=["Rep. Ana Lucero joins me to talk about the first six weeks of the session."], type="podcast", dur=2291.4, truth=False,
             body=lambda w, sb: ('<div class="podcast-player" data-component-name="PodcastPlayer"><audio controls preload="none" src="https://api.substack.com/api/v1/audio/upload/ep14.mp3"></audio>'
                                 '<div class="player-meta"><span class="duration">38:11</span></div></div>'
                                 '<p>Rep. Ana Lucero joins me to talk about the first six weeks of the session, the wildfire money and why nobody wants to say the words gas tax.</p>'
                                 '<p>Subscribe on <a href="https://podcasts.apple.com/">Apple Podcasts</a> or <a href="https://open.spotify.com/">Spotify</a>.</p>'), label="Podcast"),
    ]
    comments = {"oregons-wildfire-fund-ran-dry": [
        ("Gary Lindholm", "garylindholm", "2025-03-11T15:20:00+00:00", "Our district in Josephine County is still waiting on a payment from August. Thanks for keeping this in front of people."),
        ("Renee Park", "reneepark", "2025-03-11T16:02:00+00:00", "Is there any chance the patrol assessment goes up without the homeowner fee? Seems like the only thing that could pass."),
        ("Dana Whitfield", "danawhitfield", "2025-03-11T16:40:00+00:00", "Renee, that is the version I hear most often in the hallways, but the timber lobby has not signed off."),
        ("Tom Akers", "tomakers", "2025-03-12T01:15:00+00:00", "Fire season starts in June whether Salem is ready or not.")],
        "what-a-rural-hospital-closure-looks-like": [
            ("Amelia Stroud", "ameliastroud", "2025-03-06T17:45:00+00:00", "I grew up in Burns. This is exactly what my mother went through last winter. Thank you both."),
            ("Carl Nyberg", "carlnyberg", "2025-03-07T02:30:00+00:00", "Every legislator on the health committee should read this before the hearing.")],
        "inside-the-closed-door-transportation-deal": [
            ("Janet Ruiz", "janetruiz", "2025-03-14T14:02:00+00:00", "Worth every penny of the subscription. The part about the trucking lobby was news to me."),
            ("Renee Park", "reneepark", "2025-03-14T19:20:00+00:00", "So the road usage charge is dead for another decade?")],
        "ep-14-the-session-so-far": [
            ("Gary Lindholm", "garylindholm", "2025-03-08T20:10:00+00:00", "Great conversation. Please have someone from the timber side on next.")]}

    def extra(shell, preview, listed, widget):
        ss_extra_pages(s, P, shell, preview, listed, widget, [
            "The Statehouse Dispatch covers the Oregon Legislature, the governor's office and the state agencies that spend your money. It is written by Dana Whitfield, who spent twelve years covering Salem for newspapers and public radio before going independent in 2023.",
            "Most posts are free. Paid subscribers get the long investigations, the weekly vote tracker and the podcast a day early. If you cannot afford a subscription, email me and I will give you one."],
            None,
            [("2025-03-14T18:05:00+00:00", "The transportation deal post is up. Paid, because it took three weeks of phone calls. Free subscribers get the top half."),
             ("2025-03-12T22:41:00+00:00", "Committee hearing on the wildfire fee ran four hours. Best line came from a Klamath County rancher: 'I already paid, I paid with my barn.'"),
             ("2025-03-09T17:10:00+00:00", "Reminder that the revenue forecast drops on Wednesday and everything anyone tells you before then is a guess.")],
            dict(about="About The Statehouse Dispatch", subscribe="Independent reporting on the Oregon Legislature and state politics.", founding="For readers who want to pay a little more to keep this free for everyone else.",
                 recs="The Statehouse Dispatch recommends", recs_sub="Publications Dana Whitfield reads and trusts."))
        board = "".join('<tr><td class="rank">%d</td><td class="name"><a href="https://substack.com/@%s">%s</a></td><td class="points">%d</td></tr>' % (i + 1, h, E(n), pts) for i, (n, h, pts) in enumerate(
            [("Gary Lindholm", "garylindholm", 48), ("Renee Park", "reneepark", 31), ("Amelia Stroud", "ameliastroud", 22), ("Tom Akers", "tomakers", 17), ("Janet Ruiz", "janetruiz", 9)]))
        s.non("/leaderboard", shell("Leaderboard - The Statehouse Dispatch", ('<div class="container leaderboard-page"><h1>Leaderboard</h1><p>Refer friends to The Statehouse Dispatch and earn a free paid subscription: 3 referrals for one month, 10 for three months, 25 for a year.</p>'
                                                                          '<a class="button primary" href="/subscribe">Refer a friend</a><table class="leaderboard"><thead><tr><th>#</th><th>Reader</th><th>Referrals</th></tr></thead><tbody>%s</tbody></table></div>') % board,
                                    "", "leaderboard-page"))
        ep = posts[3]
        s.non("/podcast", shell("The Statehouse Dispatch | Podcast", ('<div class="container podcast-page"><div class="podcast-header"><img src="https://substackcdn.com/image/fetch/w_300/statehouse-podcast.png" alt=""><h1>The Statehouse Dispatch Podcast</h1>'
                                                                   '<p>Conversations with lawmakers, lobbyists and the people who live with what they pass. Hosted by Dana Whitfield.</p><div class="podcast-links"><a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://open.spotify.com/">Spotify</a> <a href="/feed">RSS</a></div></div>'
                                                                   '<div class="portable-archive-list">%s</div></div>') % preview(ep), '<meta property="og:type" content="website">', "podcast-page"))

    substack(s, P, posts, comments, extra)
    s.sitemap(["/", "/archive", "/about", "/podcast"] + ["/p/" + p["slug"] for p in posts], "/action/\nDisallow: /publish")


def frontera():
    s = Site(2)
    P = dict(name="Frontera Norte", sub="fronteranorte", owner="Lucía Herrera", handle="luciaherrera", pub_id=2210457, author_id=51133920, lang="es",
             desc="Periodismo independiente sobre migración en la frontera norte de México. Cada lunes, lo que pasó entre Tijuana y Matamoros.",
             owner_bio="Periodista en Tijuana. Antes en Zeta y El Universal. Escribo sobre migración, albergues y desaparecidos.",
             logo="7b2e9d41-frontera-logo", color="#b4441e", subs="6100", subs_text="Over 6,000 subscribers",
             tabs=[("/", "Home"), ("/s/semana-en-la-frontera", "Semana en la frontera"), ("/archive", "Archive"), ("/about", "About")],
             prices=["MX$1,000", "MX$100", "MX$2,500"])
    lu = ("Lucía Herrera", "luciaherrera", "")
    q1_intro = "Buenos días. Esta semana la frontera volvió a llenarse, aunque no por las razones que anuncian los titulares."
    q1 = [("Albergues al límite en Tijuana", "Los 31 albergues que coordina la red de casas del migrante reportaron el jueves una ocupación del 112 por ciento, la más alta desde el verano de 2023. La mayoría de las personas recién llegadas vienen de Guerrero y Michoacán, desplazadas por la violencia, no de Centroamérica."),
          ("El puente de Reynosa, a medio gas", "El puente internacional Reynosa-Hidalgo operó con dos de sus cinco carriles durante toda la semana por obras de mantenimiento del lado estadounidense. Los transportistas calculan esperas de hasta seis horas para los camiones de carga."),
          ("La aplicación de citas vuelve a fallar", "Por tercera semana consecutiva, cientos de personas en Matamoros reportaron errores al intentar registrar su solicitud en la aplicación de citas. Un abogado de una organización de asistencia legal nos dijo que los fallos coinciden con los cambios de horario del sistema."),
          ("Para leer", "Recomiendo el reportaje de la radio comunitaria de Nogales sobre los niños que cruzan solos el desierto. Es largo y duro, y vale cada minuto.")]
    q1_end = "Nos leemos el próximo lunes. — Lucía"
    q2 = ["A las seis de la mañana, cuando el desierto todavía está frío, once mujeres se reparten varillas de metal y botellas de agua junto a una camioneta estacionada en la carretera a Sonoyta.",
          "Son integrantes de un colectivo formado en 2021 por familias de migrantes desaparecidos en el tramo entre Caborca y la frontera. En lo que va del año han localizado los restos de 43 personas, según su propio registro, que comparten con la fiscalía estatal cada vez que hacen un hallazgo.",
          "Ninguno de esos restos ha sido identificado todavía. La fiscalía de Sonora dice que su laboratorio tiene un rezago de más de dos mil muestras genéticas y que depende de un convenio con la universidad estatal que venció en junio.",
          "\"Nosotras ya hicimos el trabajo de encontrarlos\", dice Rosa Elena Bustamante, que busca a su hijo desde hace cuatro años. \"Lo que pedimos es que alguien les devuelva el nombre.\"",
          "La fiscalía no respondió a las preguntas que le envié por escrito la semana pasada. Si usted tiene información sobre el convenio con la universidad, puede escribirme de forma confidencial."]
    q3 = ["En la explanada frente al puente Paso del Norte, un hombre con chaleco naranja ofrece trámites migratorios por 3,500 pesos. No es funcionario ni abogado, y lo que vende es, en el mejor de los casos, un formulario que se puede llenar gratis.",
          "Durante seis semanas entrevistamos a 27 personas migrantes que pagaron a estos gestores, y a cuatro de los propios gestores. Los precios iban de 800 a 12,000 pesos, según lo que prometían: desde un lugar en la fila hasta una cita garantizada con las autoridades estadounidenses, algo que nadie puede garantizar.",
          "Tres de los gestores con los que hablamos trabajan en coordinación con hoteles de la zona centro, que les pagan una comisión por cada huésped que llevan. Uno de ellos nos mostró mensajes de un grupo de WhatsApp donde se reparten a los recién llegados por nacionalidad.",
          "El Instituto Nacional de Migración dijo que ha presentado denuncias contra personas que se ostentan como gestores, pero no precisó cuántas. La fiscalía estatal informó que no tiene ninguna carpeta de investigación abierta por fraude a migrantes en el centro de la ciudad.",
          fill("Las personas que pagaron a los gestores dijeron que lo hicieron por miedo a perder su turno y porque nadie en el puente les explicó que el trámite era gratuito.", 2)]
    q3_note = "Este reportaje es una colaboración con Andrés Villalobos, periodista juarense que lleva una década cubriendo el cruce. Si quieres apoyar más trabajo como este, considera una suscripción de pago."
    q1_body = lambda w, sb: "<p>%s</p>" % E(q1_intro) + "".join(ss_paras([t], {0: h}) for h, t in q1[:2]) + w() + "".join(ss_paras([t], {0: h}) for h, t in q1[2:]) + "<p>%s</p>" % E(q1_end) + sb("semana-en-la-frontera-10-de-marzo")
    q2_iso = recent(10, 9, 16, 40)
    posts = [
        dict(id=158773301, slug="semana-en-la-frontera-10-de-marzo", title="Semana en la frontera: albergues al límite, un puente a medias y la app que no funciona",
             sub="Lo que pasó del 3 al 9 de marzo entre Tijuana y Matamoros.", iso="2025-03-10T14:05:00+00:00", by=[lu], likes=88, paras=[q1_intro] + [t for h, t in q1], section_id=210,
             body=q1_body, truth_date="2025-03-10", must=[q1_intro, q1[0][1], q1[2][1], q1[3][1]], must_not=["Frontera Norte is a reader-supported publication", "Discover more from", "Ready for more?"]),
        dict(id=171200456, slug="las-madres-que-buscan-en-el-desierto", title="Las madres que buscan en el desierto de Sonora",
             sub="Un colectivo ha encontrado 43 restos en lo que va del año. Las autoridades no han identificado ninguno.", iso=q2_iso, by=[lu], likes=402, paras=q2,
             body=lambda w, sb: ss_paras(q2[:3]) + '<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456/sonoyta.jpg" alt=""><figcaption class="image-caption">Integrantes del colectivo en un punto de búsqueda cerca de Sonoyta. Foto: Lucía Herrera.</figcaption></figure></div>' + ss_paras(q2[3:]) + w(),
             truth_date=q2_iso[:10], must=[q2[0], q2[2], q2[4]], must_not=["Discover more from", "Ready for more?"]),
        dict(id=157690022, slug="quien-cobra-por-cruzar", title="Quién cobra por cruzar: la red de gestores en Ciudad Juárez",
             sub="Entrevistamos a 27 personas que pagaron por trámites que son gratuitos.", iso="2025-02-27T13:00:00+00:00",
             by=[lu, ("Andrés Villalobos", "andresvillalobos", "Periodista en Ciudad Juárez. Colabora con medios de la frontera.")], likes=251, paras=q3,
             body=lambda w, sb: "<p><em>%s</em></p>" % E(q3_note) + ss_paras(q3[:2]) + w() + ss_paras(q3[2:]),
             truth_date="2025-02-27", must=[q3[0], q3[3], q3[4]], must_not=["Frontera Norte is a reader-supported publication", "Discover more from"]),
    ]
    comments = {"semana-en-la-frontera-10-de-marzo": [
        ("Marisela Ochoa", "mariselaochoa", "2025-03-10T16:11:00+00:00", "En Mexicali también estamos igual, los albergues ya no reciben familias."),
        ("Jorge Ibarra", "jorgeibarra", "2025-03-10T18:40:00+00:00", "Gracias por el resumen, Lucía. ¿Tienes el enlace del reportaje de Nogales?"),
        ("Lucía Herrera", "luciaherrera", "2025-03-10T19:02:00+00:00", "¡Claro, Jorge! Está en la sección de Para leer, lo acabo de corregir.")],
        "las-madres-que-buscan-en-el-desierto": [
            ("Patricia Leyva", "patricialeyva", q2_iso, "Gracias por contar esta historia con tanto cuidado."),
            ("Jorge Ibarra", "jorgeibarra", q2_iso, "Que alguien en la fiscalía lea esto.")],
        "quien-cobra-por-cruzar": [
            ("Marisela Ochoa", "mariselaochoa", "2025-02-27T18:00:00+00:00", "En Mexicali pasa lo mismo en la garita de Chapultepec.")]}

    def extra(shell, preview, listed, widget):
        ss_extra_pages(s, P, shell, preview, listed, widget, [
            "Frontera Norte es una publicación independiente sobre migración en la frontera entre México y Estados Unidos. La escribe Lucía Herrera desde Tijuana, con colaboraciones de periodistas de Ciudad Juárez, Nogales y Matamoros.",
            "Cada lunes enviamos Semana en la frontera, un resumen de lo que pasó. Los reportajes largos llegan cuando están listos. Todo es gratuito; las suscripciones de pago financian los viajes."],
            [("cronicasdelsur", "Crónicas del Sur", "Inés Quiroga", "Migración y derechos humanos en la frontera sur."), ("desiertoabierto", "Desierto Abierto", "Raúl Encinas", "Crónicas de Sonora y Arizona.")],
            [("2025-03-10T20:12:00+00:00", "Gracias a quienes respondieron la encuesta. Sí, vamos a hacer más reportajes largos sobre los gestores."),
             ("2025-03-03T15:30:00+00:00", "Mañana estaré en Matamoros. Si trabajas en un albergue y quieres hablar, escríbeme.")],
            dict(about="Acerca de Frontera Norte", subscribe="Periodismo independiente sobre migración en la frontera norte de México.", founding="Para quienes quieren aportar un poco más.",
                 recs="Frontera Norte recomienda", recs_sub="Publicaciones que Lucía Herrera lee cada semana."))
        sec = [p for p in listed if p.get("section_id") == 210]
        s.non("/s/semana-en-la-frontera", shell("Semana en la frontera | Frontera Norte", ('<div class="container section-page"><div class="section-header"><h1 class="section-title">Semana en la frontera</h1>'
                                                                                          '<p class="section-description">El resumen de cada lunes: albergues, puentes, trámites y lo que hay que leer.</p>%s</div><div class="portable-archive-list">%s</div></div>') % (
            widget(), "".join(preview(p) for p in sec)), '<meta property="og:type" content="website">', "section-page"))

    substack(s, P, posts, comments, extra)
    s.sitemap(["/", "/archive", "/about", "/s/semana-en-la-frontera"] + ["/p/" + p["slug"] for p in posts], "/action/")


# ====================================================================== 3 beehiiv (en-GB)
def northern():
    s = Site(3)
    SN = "The Northern Desk"
    RH = "Rhiannon Hale"
    DESC = "Transport, devolution and money in the North of England. Every Wednesday, from a reporter in Leeds."

    def shell(title, main, head="", cls="post"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
                '<link rel="icon" href="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/6d0f1b2a/thumb_northern.png">'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="https://rss.beehiiv.com/feeds/Zq7mN2xR4p.xml">%s'
                '<link rel="stylesheet" href="/assets/application-8c1f2e.css"><script>window.__remixContext = {"url":"%s","state":{"loaderData":{"root":{"publication":{"id":"6d0f1b2a-33c4-4e0f-9a8b-7e2a6f51c0d9","name":"%s","web_theme":"newsletter"}}}}};</script></head>'
                '<body class="bg-wt-background %s"><div id="web-header" class="w-full bg-wt-header-background"><div class="mx-auto max-w-6xl px-4 flex items-center justify-between h-16">'
                '<a href="/" class="flex items-center space-x-2"><img class="h-8 w-8 rounded-wt" src="https://media.beehiiv.com/uploads/publication/logo/6d0f1b2a/northern.png" alt="%s"><span class="font-bold text-wt-text-on-background">%s</span></a>'
                '<nav class="hidden md:flex space-x-6 text-sm"><a href="/">Home</a><a href="/archive">Posts</a><a href="/t/transport">Transport</a><a href="/recommendations">Recommendations</a></nav>'
                '<div class="flex space-x-2"><a href="/login" class="text-sm px-3 py-2">Login</a><a href="/upgrade" class="text-sm px-3 py-2 rounded-wt bg-wt-primary text-wt-text-on-primary">Upgrade</a><a href="/subscribe" class="text-sm px-3 py-2 rounded-wt bg-wt-primary text-wt-text-on-primary">Subscribe</a></div></div></div>'
                '<main class="w-full">%s</main>'
                '<footer class="w-full bg-wt-footer-background"><div class="mx-auto max-w-6xl px-4 py-10"><div class="flex flex-col space-y-4"><div class="text-sm">%s</div>'
                '<form action="/create_subscription" method="post" class="flex"><input type="email" name="email" placeholder="Enter your email" class="flex-1"><button type="submit">Subscribe</button></form>'
                '<div class="flex space-x-4 text-xs"><a href="/">Home</a><a href="/archive">Posts</a><a href="https://www.beehiiv.com/privacy">Privacy policy</a><a href="https://www.beehiiv.com/tou">Terms of use</a></div>'
                '<p class="text-xs">&copy; %d %s.</p><a class="text-xs" href="https://www.beehiiv.com/?utm_source=northerndesk&amp;utm_medium=footer">Powered by beehiiv</a></div></div></footer></body></html>') % (
            E(title), SN, head, s.url("/"), SN, cls, SN, SN, main, E(DESC), NOW.year, SN)

    def bh_date(iso):
        d = dt(iso)
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)

    def head_for(a, path):
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "description": a["sub"], "image": "https://media.beehiiv.com/uploads/asset/file/%s.jpg" % a["slug"],
              "datePublished": zulu(a["iso"]), "dateModified": zulu(a["iso"]), "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(path)},
              "author": [{"@type": "Person", "name": RH}], "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": "https://media.beehiiv.com/uploads/publication/logo/6d0f1b2a/northern.png"}},
              "isAccessibleForFree": not a.get("premium")}
        return ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://beehiiv-images-production.s3.amazonaws.com/uploads/asset/file/%s.jpg">'
                '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:site" content="@northerndesk"><link rel="canonical" href="%s">%s') % (
            E(a["sub"]), E(a["title"]), E(a["sub"]), s.url(path), SN, a["slug"], E(a["title"]), s.url(path), jl(ld))

    def blocks(items):
        out = ""
        for kind, v in items:
            if kind == "p":
                out += '<p class="paragraph" style="text-align:left;">%s</p>' % E(v)
            elif kind == "h":
                out += '<h2 class="heading" style="text-align:left;" id="%s">%s</h2>' % ("-".join(v.lower().split()[1:4]), E(v))
            elif kind == "raw":
                out += v
        return out

    sponsor = ('<div class="section" style="background-color:#F3EFE6;border-radius:10px;margin:0px 0px 20px 0px;padding:16px 20px 16px 20px;"><p class="paragraph" style="text-align:left;"><span style="font-size:0.75rem;letter-spacing:0.08em;">TOGETHER WITH</span></p>'
               '<div class="image"><a class="image__link" href="https://moorlandcoffee.example/?utm_source=northerndesk" rel="noopener" target="_blank"><img class="image__image" alt="Moorland Coffee Co." src="https://media.beehiiv.com/uploads/asset/file/moorland.png"></a></div>'
               '<p class="paragraph" style="text-align:left;"><b>Moorland Coffee Co.</b> is roasted in Hebden Bridge and delivered anywhere in the North. Northern Desk readers get 20% off their first bag with code DESK20.</p>'
               '<div class="button" style="text-align:center;"><a class="button__link" href="https://moorlandcoffee.example/?utm_source=northerndesk" target="_blank">Get 20% off</a></div></div>')
    poll = ('<div class="poll"><h3 class="poll__title">What did you think of today&#39;s issue?</h3><a class="poll__option" href="/polls/5a2f1e0c-7d3b-4c29-8e11-2f6a9b0c3d44?choice=1">🟢 Loved it</a>'
            '<a class="poll__option" href="/polls/5a2f1e0c-7d3b-4c29-8e11-2f6a9b0c3d44?choice=2">🟡 It was fine</a><a class="poll__option" href="/polls/5a2f1e0c-7d3b-4c29-8e11-2f6a9b0c3d44?choice=3">🔴 Not for me</a><p class="poll__login">Login or Subscribe to participate in polls.</p></div>')
    c1_items = [("🚋 The tram route is (finally) fixed", "West Yorkshire's combined authority confirmed on Tuesday that the first line of the Leeds tram will run from the city centre to St James's Hospital and on to Elland Road, ending two years of consultation. Construction is pencilled in for 2028, with the first passengers in the mid-2030s."),
                ("🚌 The mayor's budget squeezes buses", "The mayor's draft budget keeps the £2 fare cap until September but cuts the tendered-services budget by £4.1 million, which operators say will mean fewer evening and Sunday services on rural routes in Calderdale and Kirklees."),
                ("⛴️ Hull ferry cuts winter sailings", "The overnight ferry from Hull to Rotterdam will sail four nights a week instead of seven from November to February, its operator said, blaming fuel costs and falling freight volumes. Hull's council leader called it a blow to the port."),
                ("📮 One more thing", "Thank you to the 214 of you who replied to last week's question about your commute. I read every reply, and the answers will shape a piece later this month.")]
    c1_intro = "Morning. It has been a week of big announcements and small print, so let's get straight into the small print."
    c2 = ["Three years after Bradford's old bus interchange was closed for demolition, the site where its replacement should stand is still a temporary car park charging £4 a day.",
          "The combined authority approved a design for the new station in 2023, a glass-roofed building with twenty-two stands and a cycle hub. But the cost estimate has since risen from £38 million to £61 million, and the authority has not yet found a contractor willing to build it for the money available.",
          "In the meantime, buses stop at temporary shelters spread across four streets in the city centre. Disability groups say the layout forces passengers with mobility problems to cross busy roads to change buses, and the council's own equality assessment rated the arrangement as having a high negative impact.",
          "A spokesperson for the combined authority said a revised procurement would start in the spring and that it remained committed to opening the station before the end of the decade. Bus users I spoke to at the Hall Ings stops on Monday were not holding their breath.",
          fill("Passenger numbers on routes that used the old interchange have fallen by about a tenth since it closed, according to figures the operators shared with the authority.", 31)]
    c3 = ["When the combined authority's appointments panel met on February 20 to choose a new director of transport, the favourite for the job had withdrawn forty minutes before the meeting started.",
          "That left two candidates and a panel of five split down the middle, according to two people who were in the room. What happened next, and the letter the withdrawn candidate sent to the mayor the following week, is below for premium subscribers."]
    A = [dict(slug="leeds-finally-picks-a-tram-route", title="Leeds finally picks a tram route", sub="Plus: the mayor's bus squeeze, Hull's ferry cuts and your commute", iso="2025-03-12T07:00:00+00:00", tag="Transport",
              body=[("p", c1_intro), ("raw", sponsor)] + sum([[("h", h), ("p", t)] for h, t in c1_items], []) + [("p", "See you next Wednesday,"), ("p", "Rhiannon")],
              must=[c1_intro, c1_items[0][1], c1_items[2][1], c1_items[3][1]], must_not=["Northern Desk readers get 20% off", "What did you think of today's issue?", "Login or Subscribe to participate"]),
         dict(slug="why-bradfords-new-bus-station-is-still-a-car-park", title="Why Bradford's new bus station is still a car park", sub="Three years after the old interchange closed, the replacement has a design, a budget gap and no builder.",
              iso="2025-03-05T08:30:00+00:00", tag="Transport", body=[("p", x) for x in c2[:3]] + [("h", "What happens next"), ("p", c2[3]), ("p", c2[4])],
              must=[c2[0], c2[2], c2[4]], must_not=["What did you think of today's issue?", "Leeds finally picks a tram route"]),
         dict(slug="inside-the-room-transport-chief", title="Inside the room: how the combined authority picked its transport chief", sub="The shortlist, the split vote and the candidate who withdrew.",
              iso="2025-03-14T07:00:00+00:00", tag="Devolution", premium=True, body=[("p", x) for x in c3],
              must=[c3[0], c3[1]], must_not=["Subscribe to Premium to read the rest", "Become a paying subscriber of The Northern Desk", "Already a paying subscriber?"])]

    def card(a):
        return ('<div class="rounded-wt bg-wt-background border border-wt-border overflow-hidden"><a href="/p/%s" class="block"><img class="w-full aspect-video object-cover" src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,quality=80/uploads/asset/file/%s.jpg" alt=""></a>'
                '<div class="p-4 flex flex-col space-y-2"><a href="/p/%s"><h2 class="text-lg font-semibold text-wt-text-on-background">%s%s</h2></a><p class="text-sm opacity-75">%s</p>'
                '<div class="flex items-center space-x-2 text-xs"><span>%s</span><span>·</span><time datetime="%s">%s</time></div></div></div>') % (
            a["slug"], a["slug"], a["slug"], "🔒 " if a.get("premium") else "", E(a["title"]), E(a["sub"]), RH, zulu(a["iso"]), bh_date(a["iso"]))

    for a in A:
        path = "/p/" + a["slug"]
        gate = ""
        if a.get("premium"):
            gate = ('<div class="relative"><div class="absolute -top-24 h-24 w-full bg-gradient-to-t from-wt-background"></div><div class="rounded-wt border border-wt-border p-6 flex flex-col items-center space-y-3 text-center">'
                    '<h2 class="text-xl font-bold">Subscribe to Premium to read the rest.</h2><p class="text-sm">Become a paying subscriber of The Northern Desk to get access to this post and other subscriber-only content.</p>'
                    '<a href="/upgrade" class="px-4 py-2 rounded-wt bg-wt-primary text-wt-text-on-primary">Upgrade</a><p class="text-xs">Already a paying subscriber? <a href="/login" class="underline">Sign In</a>.</p>'
                    '<div class="text-left text-sm"><p class="font-semibold">A subscription gets you:</p><ul><li>Every investigation in full</li><li>The monthly devolution money tracker</li><li>Reader Q&amp;As</li></ul></div></div></div>')
        main = ('<div class="mx-auto max-w-3xl px-4 py-8"><div class="flex flex-col space-y-3 mb-6"><div class="flex space-x-2"><a href="/t/%s"><span class="text-xs font-semibold uppercase px-2 py-1 rounded-wt bg-wt-secondary">%s</span></a></div>'
                '<h1 class="text-3xl sm:text-4xl font-bold text-wt-text-on-background">%s</h1><h2 class="text-lg text-wt-text-on-background opacity-80">%s</h2>'
                '<div class="bh__byline_wrapper flex items-center space-x-3"><img class="h-10 w-10 rounded-full" src="https://media.beehiiv.com/uploads/user/profile_picture/rhiannon.jpg" alt="Author">'
                '<div class="flex flex-col"><div class="flex space-x-1 text-sm font-semibold"><span>%s</span></div><div class="flex space-x-1 text-sm opacity-75"><time datetime="%s">%s</time></div></div></div></div>'
                '<div id="content-blocks"><div class="dream-post-content-doc" style="font-family:Georgia, serif;">%s</div></div>%s%s'
                '<div class="flex space-x-3 my-8"><a class="share" href="https://twitter.com/intent/tweet?url=%s">Share on X</a><a class="share" href="https://www.linkedin.com/sharing/share-offsite?url=%s">Share on LinkedIn</a><a class="share" href="mailto:?subject=%s">Email</a></div>'
                '<div class="rounded-wt border p-6 my-8"><h3 class="font-bold">Keep reading</h3><div class="grid gap-4">%s</div></div></div>') % (
            a["tag"].lower(), a["tag"], E(a["title"]), E(a["sub"]), RH, zulu(a["iso"]), bh_date(a["iso"]), blocks(a["body"]), gate, "" if a.get("premium") else poll,
            s.url(path), s.url(path), E(a["title"]), "".join(
                '<a href="/p/%s" class="font-semibold">%s</a>' % (b["slug"], E(b["title"])) for b in A if b is not a))
        mn = a["must_not"] + [b["title"] for b in A if b is not a]
        s.art(path, shell(a["title"], main, head_for(a, path)), a["title"], a["iso"][:10], [RH], must=a["must"], must_not=mn)

    welcome = dict(slug="welcome-to-the-northern-desk", title="Welcome to The Northern Desk", sub="What this newsletter is, who writes it and what to expect.", iso="2024-09-04T07:00:00+00:00")
    wp = ["Hello, and thank you for subscribing. The Northern Desk is a weekly newsletter about how the North of England is governed, funded and moved around.",
          "Every Wednesday you will get a roundup of the transport and devolution news that matters, with links to the documents behind it. Once a month, premium subscribers get a longer investigation.",
          "If you have a tip, just reply to any email. It comes straight to me. Rhiannon"]
    s.non("/p/" + welcome["slug"], shell(welcome["title"], ('<div class="mx-auto max-w-3xl px-4 py-8"><h1 class="text-3xl font-bold">%s</h1><h2 class="text-lg opacity-80">%s</h2>'
                                                            '<div class="bh__byline_wrapper flex items-center space-x-3"><span>%s</span><time datetime="%s">%s</time></div><div id="content-blocks"><div class="dream-post-content-doc">%s</div></div></div>') % (
        welcome["title"], welcome["sub"], RH, zulu(welcome["iso"]), bh_date(welcome["iso"]), "".join('<p class="paragraph">%s</p>' % E(x) for x in wp)), head_for(dict(welcome, premium=False), "/p/" + welcome["slug"])))
    allp = A + [welcome]
    lst = sorted(A, key=lambda a: a["iso"], reverse=True)
    hero = ('<div class="mx-auto max-w-3xl px-4 py-16 text-center"><img class="mx-auto h-20 w-20 rounded-wt" src="https://media.beehiiv.com/uploads/publication/logo/6d0f1b2a/northern.png" alt="">'
            '<h1 class="text-4xl font-bold">%s</h1><p class="text-lg">%s</p><form action="/create_subscription" method="post" class="flex justify-center mt-4"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form>'
            '<p class="text-xs mt-2">Join 9,800+ readers in the North.</p></div>') % (SN, E(DESC))
    s.non("/", shell(SN, hero + '<div class="mx-auto max-w-6xl px-4 grid md:grid-cols-3 gap-6">%s</div><div class="text-center my-8"><a href="/archive">View more</a></div>' % "".join(card(a) for a in lst),
                     '<meta name="description" content="%s"><meta property="og:type" content="website"><meta property="og:title" content="%s">' % (E(DESC), SN), "home"))
    arch = '<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold mb-6">Posts</h1><input type="search" placeholder="Search posts..." class="w-full mb-6"><div class="grid md:grid-cols-3 gap-6">%s</div><nav class="flex justify-center space-x-2 my-8"><a href="/archive?page=1">1</a><a href="/archive?page=2">2</a><a href="/archive?page=2">Next</a></nav></div>'
    s.non("/archive", shell("Posts | " + SN, arch % "".join(card(a) for a in lst + [dict(welcome)]), '<meta property="og:type" content="website">', "archive"))
    s.alias("/archive?page=2")
    s.non("/t/devolution", shell("Devolution | " + SN, '<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold">Devolution</h1><p>Mayors, combined authorities and the money that comes with them.</p><div class="grid md:grid-cols-3 gap-6">%s</div></div>' % "".join(
        card(a) for a in lst if a["tag"] == "Devolution"), "", "tag"))
    s.non("/t/transport", shell("Transport | " + SN, '<div class="mx-auto max-w-6xl px-4 py-8"><h1 class="text-3xl font-bold">Transport</h1><p>Trams, buses, trains and ferries across the North.</p><div class="grid md:grid-cols-3 gap-6">%s</div></div>' % "".join(
        card(a) for a in lst if a["tag"] == "Transport"), "", "tag"))
    s.non("/subscribe", shell("Subscribe | " + SN, hero + '<div class="mx-auto max-w-xl px-4"><ul><li>Weekly roundup every Wednesday</li><li>Links to the documents behind the news</li><li>Free, forever</li></ul></div>', "", "subscribe"))
    s.non("/upgrade", shell("Upgrade | " + SN, ('<div class="mx-auto max-w-4xl px-4 py-12"><h1 class="text-3xl font-bold text-center">Upgrade to Premium</h1><p class="text-center">Fund independent reporting in the North and read every investigation in full.</p>'
                                                '<div class="grid md:grid-cols-3 gap-4 my-8"><div class="tier"><h2>Free</h2><p>£0</p><ul><li>Weekly roundup</li></ul></div><div class="tier"><h2>Premium</h2><p>£6/month or £60/year</p><ul><li>Every investigation</li><li>Devolution money tracker</li><li>Reader Q&amp;As</li></ul><a href="/upgrade?plan=premium">Upgrade</a></div>'
                                                '<div class="tier"><h2>Supporter</h2><p>£120/year</p><ul><li>Everything in Premium</li><li>A gift subscription for someone in the North</li></ul></div></div></div>'), "", "upgrade"))
    s.non("/login", shell("Login | " + SN, '<div class="mx-auto max-w-md px-4 py-16"><h1 class="text-2xl font-bold">Welcome back</h1><p>Enter your email and we&#39;ll send you a magic link to sign in.</p><form action="/sessions" method="post"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Send magic link</button></form><p>Not subscribed yet? <a href="/subscribe">Subscribe</a></p></div>', '<meta name="robots" content="noindex">', "login"))
    s.non("/recommendations", shell("Recommendations | " + SN, '<div class="mx-auto max-w-3xl px-4 py-8"><h1 class="text-3xl font-bold">Recommendations</h1><p>Newsletters %s reads every week.</p>%s</div>' % (RH, "".join(
        '<div class="flex items-center space-x-4 border-b py-4"><img class="h-12 w-12 rounded" src="https://media.beehiiv.com/uploads/publication/logo/%s.png" alt=""><div><a href="https://%s.beehiiv.com" class="font-semibold">%s</a><p class="text-sm">%s</p></div><button>Subscribe</button></div>' % (sub, sub, E(n), E(d))
        for sub, n, d in [("pennineprospect", "Pennine Prospect", "Business news from Lancashire and Yorkshire."), ("tynetidings", "Tyne Tidings", "Newcastle and Gateshead, every Friday."), ("railwonks", "Rail Wonks", "The small print of British railways.")])), "", "recommendations"))
    s.feed("/feed.xml", SN, [("/p/" + a["slug"], a["title"], a["iso"], RH) for a in sorted(allp, key=lambda a: a["iso"], reverse=True)], DESC)
    s.sitemap(["/", "/archive", "/subscribe", "/upgrade"] + ["/p/" + a["slug"] for a in allp], "/polls/")


# ====================================================================== 4 Buttondown (en-AU)
def murray():
    s = Site(4)
    SN = "Murray Mouth"
    KL = "Kate Lindqvist"
    DESC = "A weekly letter about the River Murray, its water, its towns and the fights over both. From Adelaide."
    FOOTNOTE = "Murray Mouth is written by Kate Lindqvist, a freelance journalist in Adelaide. It is free and always will be; if you want to support it, you can shout me a coffee."

    def bd_date(iso):
        d = dt(iso)
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)

    def shell(title, main, head="", cls="archive-email"):
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="%s"><link rel="icon" href="https://assets.buttondown.email/icons/murraymouth.png">'
                '<link rel="stylesheet" href="https://assets.buttondown.email/static/css/archive.b71c.css"><style>:root{--tint-color:#0f6e8c;}</style></head>\n'
                '<body class="%s"><div class="archive-container"><header class="newsletter-header"><a href="/" class="newsletter-icon-link"><img class="newsletter-icon" src="https://assets.buttondown.email/icons/murraymouth.png" alt=""></a>'
                '<a class="newsletter-name" href="/">%s</a><nav class="newsletter-nav"><a href="/archive/">Archives</a><a href="/">Subscribe</a></nav></header>\n<main>%s</main>\n'
                '<footer class="archive-footer"><a href="https://buttondown.com/refer/murraymouth" class="powered-by">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></footer></div></body></html>') % (
            E(title), head, SN, s.url("/rss"), cls, SN, main)

    form = ('<div class="subscribe-form email-detail__footer-subscribe"><p class="subscribe-form__title">Don&#39;t miss what&#39;s next. Subscribe to %s:</p>'
            '<form action="https://buttondown.com/api/emails/embed-subscribe/murraymouth" method="post" class="embeddable-buttondown-form"><input type="email" name="email" placeholder="you@example.com" required>'
            '<input type="hidden" value="1" name="embed"><input type="submit" value="Subscribe"></form></div>') % SN
    d1 = ["Salinity in Lake Alexandrina has climbed to its highest level in a decade, as the driest summer on record in parts of the southern Murray-Darling Basin left almost no water flowing over the border into South Australia.",
          "Readings at Milang last week averaged just over 1,900 EC units, about double the level that irrigators on the lake's western shore consider safe for vines and lucerne. The Department for Environment and Water says the barrages at the Murray Mouth have been closed since late January to hold back the sea.",
          "Growers around Langhorne Creek told me they had stopped pumping from the lake altogether and were relying on a pipeline that was built during the Millennium Drought and has sat half-used for a decade. \"We are doing exactly what we did in 2008, and we swore we'd never have to again,\" said one.",
          "The Murray-Darling Basin Authority's latest outlook gives a forty per cent chance of flows improving before winter. Until then, the state has asked irrigators to report their pumping weekly, and says it will consider releasing environmental water held upstream if salinity passes 2,500 EC."]
    d2_intro = "G'day. A shorter one this week because I've been on the road in the Riverland, but there's plenty going on."
    d2 = [("Buybacks are back", "The federal government has bought another 48 gigalitres of water from irrigators in the southern basin, taking its total since the start of the year past 160 gigalitres. Riverland growers' groups say the purchases are driving up the price of temporary water for everyone else."),
          ("Fish kill warning for the lower river", "Fisheries scientists have warned of a high risk of blackwater events below Lock 1 if hot weather returns in April, after low oxygen readings at Mannum and Murray Bridge. Residents are asked to report dead fish on the state hotline."),
          ("The Coorong bird count", "Volunteers counted 41,200 waterbirds in the Coorong in the February survey, down by a third on last year. The biggest drop was in red-necked stints, which feed on the mudflats that high salinity has left bare.")]
    d3 = ["Every Sunday morning for thirty-two years, Graham Pfeiffer has stood at the wheel of the PS Ellen as she pulls away from the wharf at Goolwa with a full load of day-trippers.",
          "He is the last licensed paddle steamer master working on the lower Murray, and at seventy-one he is looking for someone to take over. The problem, he says, is that the ticket takes two years of logged hours under an existing master, and there is only one of those left.",
          "The steamer's owners, a community trust, have applied for a state tourism grant to fund a trainee. Without one, Pfeiffer says, the boat could be tied up for good within three seasons, ending a run of public cruises that began in 1986.",
          fill("Volunteers keep the boiler, the paddles and the brass in working order through the winter, and the trust says it has enough of them for now.", 44)]
    A = [dict(slug="lower-lakes-salinity-ten-year-high", title="Lower Lakes salinity hits a ten-year high as flows stall", iso="2025-03-11T02:00:00+00:00",
              body=ps(d1) + "<p>Until next week,</p><p>Kate Lindqvist</p>", desc=d1[0][:150], must=[d1[1], d1[3]]),
         dict(slug="murray-mouth-61", title="Murray Mouth #61: buybacks, a fish kill warning and the Coorong count", iso="2025-03-04T00:45:00+00:00",
              body="<p>%s</p>" % E(d2_intro) + "".join("<h2>%s</h2><p>%s</p>" % (E(h), E(t)) for h, t in d2) + "<p>Cheers,<br>Kate</p>", desc=d2_intro, must=[d2_intro, d2[0][1], d2[2][1]]),
         dict(slug="the-last-paddle-steamer-skipper", title="The last paddle steamer skipper on the lower Murray", iso="2025-02-25T03:15:00+00:00",
              body="<p><em>Words: Kate Lindqvist. Pictures: Jono Tait.</em></p>" + ps(d3[:2]) + '<p><img src="https://assets.buttondown.email/images/ps-ellen.jpg" alt="The PS Ellen at Goolwa wharf"></p><p><em>Graham Pfeiffer in the wheelhouse of the PS Ellen. Picture: Jono Tait</em></p>' + ps(d3[2:]),
              desc=d3[0][:150], must=[d3[0], d3[2], d3[3]])]
    welcome = dict(slug="welcome-to-murray-mouth", title="Welcome to Murray Mouth", iso="2024-08-01T01:00:00+00:00", desc="Thanks for subscribing. Here's what to expect.",
                   body=ps(["Thanks for subscribing to Murray Mouth. This is the email every new reader gets, so if you have been here a while, you can skip it.",
                            "Each Tuesday I send a letter about the River Murray: the water politics, the towns, the farms and the wetlands at the end of the system. Some weeks it's one long story, some weeks it's a roundup.",
                            "Reply to this email any time. It comes straight to me, and I read everything. Kate"]))
    noissue = dict(slug="no-issue-this-week", title="No issue this week", iso="2025-02-18T02:30:00+00:00", desc="Back on the 25th.",
                   body=ps(["A quick note to say there is no letter this week: I'm in Renmark for the irrigators' meeting and will write it up for next Tuesday. Back on the 25th. Kate"]))
    qa = dict(slug="march-reader-qa-recording", title="Recording: our March reader Q&A on water buybacks", iso="2025-03-07T08:00:00+00:00", desc="The recording and the links we promised.",
              body='<p><iframe src="https://www.youtube-nocookie.com/embed/Xb2mQ81rT0s" width="560" height="315" allowfullscreen></iframe></p>' + ps(["Here is the recording of Thursday's reader Q&A, with the links we mentioned. Thanks to the forty-odd of you who came."]))
    emails = sorted(A + [welcome, noissue, qa], key=lambda a: a["iso"], reverse=True)

    def page(a):
        i = emails.index(a)
        older, newer = (emails[i + 1] if i + 1 < len(emails) else None), (emails[i - 1] if i > 0 else None)
        nav = "".join('<a class="%s" href="/archive/%s/">%s</a>' % (c, b["slug"], E(("← " if c == "older" else "") + b["title"] + (" →" if c == "newer" else ""))) for c, b in (("older", older), ("newer", newer)) if b)
        path = "/archive/%s/" % a["slug"]
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:site_name" content="%s"><meta property="og:url" content="%s"><meta property="article:published_time" content="%s"><meta name="twitter:card" content="summary"><link rel="canonical" href="%s">') % (
            E(a["desc"]), E(a["title"]), E(a["desc"]), SN, s.url(path), dt(a["iso"]).isoformat(), s.url(path))
        main = ('<div class="email-detail"><div class="email-detail__header"><h1 class="email-detail__subject subject">%s</h1><div class="email-detail__publish-date"><date>%s</date></div></div>'
                '<div class="email-body-content">%s<hr><p><small>%s</small></p></div>%s'
                '<div class="email-detail__share"><span>Share this email:</span> <a href="mailto:?subject=%s">Share via email</a> <a href="https://bsky.app/intent/compose?text=%s">Share on Bluesky</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Share on Facebook</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=%s">Share on LinkedIn</a></div>'
                '<div class="email-detail__navigation">%s</div></div>') % (
            E(a["title"]), bd_date(a["iso"]), a["body"], E(FOOTNOTE), form, E(a["title"]), s.url(path), s.url(path), s.url(path), nav)
        return path, shell("%s | %s" % (a["title"], SN), main, head), [b["title"] for b in (older, newer) if b]

    for a in A:
        path, doc, others = page(a)
        s.art(path, doc, a["title"], a["iso"][:10], [KL], must=a["must"], must_not=["Don't miss what's next. Subscribe to Murray Mouth", "Powered by Buttondown", "Share this email:"] + others)
    for a in (welcome, noissue, qa):
        path, doc, others = page(a)
        s.non(path, doc)

    def elist(es):
        return '<div class="email-list">%s</div>' % "".join(
            '<a class="email" href="/archive/%s/"><div class="email-subject">%s</div><div class="email-metadata"><date>%s</date></div><div class="email-preview">%s</div></a>' % (
                b["slug"], E(b["title"]), bd_date(b["iso"]), E(b["desc"])) for b in es)
    s.non("/", shell(SN, '<div class="newsletter-description"><p>%s</p><p>%s</p></div>%s<h2 class="recent-emails">Recent emails</h2>%s<a href="/archive/">See all emails</a>' % (
        E(DESC), E(FOOTNOTE), form, elist(emails[:4])), '<meta name="description" content="%s"><meta property="og:type" content="website">' % E(DESC), "newsletter-home"))
    s.non("/archive/", shell("Archive | " + SN, '<h1 class="archive-title">Archives</h1><form class="archive-search"><input type="search" name="query" placeholder="Search the archives"></form>'
                         '<div class="archive-tags"><a href="/archive/?tag=explainer">explainer</a> <a href="/archive/?tag=roundup">roundup</a></div>%s' % elist(emails), '<meta property="og:type" content="website">', "archive-index"))
    s.alias("/archive/?tag=explainer")
    s.non("/management/", shell("Manage your subscription | " + SN, '<div class="management-login"><h1>Manage your subscription to %s</h1><p>Enter the email address you subscribed with and we&#39;ll send you a link to log in.</p>'
                            '<form method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Send login link"></form></div>' % SN, '<meta name="robots" content="noindex">', "management"))
    s.non("/subscribe-confirmation/", shell("Thanks for subscribing! | " + SN, '<div class="confirmation"><h1>Thanks for subscribing!</h1><p>We just sent you an email to confirm your address. Click the link in it and you&#39;re in.</p>'
                                        '<p>While you wait, here is the <a href="/archive/">archive</a>.</p></div>', '<meta name="robots" content="noindex">', "confirmation"))
    s.feed("/rss", SN, [("/archive/%s/" % b["slug"], b["title"], b["iso"], None) for b in emails], DESC)
    s.sitemap(["/", "/archive/"] + ["/archive/%s/" % b["slug"] for b in emails], "/management/")


# ====================================================================== 5 Medium publication (en-IN)
def civic():
    s = Site(5)
    SN = "The Civic Ledger"
    DESC = "Reported stories about how Bengaluru is run: water, transit, budgets and the wards. A collective of independent journalists."
    W = {"ar": ("Ananya Rao", "ananyarao", "Bengaluru-based reporter covering water, lakes and the city's budget."),
         "ks": ("Karthik Subramanian", "karthiks", "Civic reporter. RTI nerd. Writes about wards and local government."),
         "fs": ("Farah Siddiqui", "farahsiddiqui", "Data journalist covering transport and housing in Bengaluru.")}

    def shell(title, main, head="", cls=""):
        return ('<!doctype html><html lang="en"><head><title data-rh="true">%s</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
                '<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"><meta data-rh="true" property="al:ios:app_name" content="Medium">'
                '<meta data-rh="true" property="og:site_name" content="Medium">%s<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/5d8de952517e8160e40ef9841c781cdc14a5db313057fa3c3de41c6f5b494b19">'
                '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"><link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css"></head>'
                '<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">'
                '<div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" aria-label="Homepage" href="https://medium.com/?source=post_page---top_nav_layout_nav-----------------------------------------"><svg viewBox="0 0 1043.63 592.71" class="bd be"><path d=""></path></svg></a>'
                '<div class="ab ca"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" href="/m/signin?operation=register&amp;redirect=%%2Fnew-story">Write</a>'
                '<a class="ag ah ai aj ak al am an ao ap aq ar as at au" href="/m/signin?operation=register">Sign up</a><a class="ag ah ai aj ak al am an ao ap aq ar as at au" href="/m/signin?operation=login">Sign in</a></div></div></div>'
                '<div class="collection-header ab cb"><a href="/?source=post_page---publication_nav" class="pub-logo"><img alt="%s" src="https://miro.medium.com/v2/resize:fill:76:76/1*civicledger.png" width="38" height="38"></a>'
                '<div class="ab q"><a href="/?source=post_page---publication_nav" class="be b bf z bk">%s</a></div><div class="ab q cd"><a href="/about">About</a><a href="/archive">Archive</a><a href="/tagged/water">Water</a>'
                '<a href="/submission-guidelines-4e1f09a2c3b7">Write for us</a><button class="be b bf z bk">Follow publication</button></div></div>'
                '%s</div></div></div>'
                '<div class="footer ab"><a href="https://help.medium.com/hc/en-us">Help</a><a href="https://medium.statuspage.io/">Status</a><a href="https://medium.com/about?autoplay=1">About</a><a href="https://medium.com/jobs-at-medium">Careers</a>'
                '<a href="mailto:pressinquiries@medium.com">Press</a><a href="https://blog.medium.com/">Blog</a><a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a><a href="https://policy.medium.com/medium-rules-30e5502c4eb4">Rules</a>'
                '<a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a><a href="https://speechify.com/medium">Text to speech</a></div>'
                '<script>window.__BUILD_ID__="main-20250310-184211-2c1f0a3b7e"</script><script>window.__APOLLO_STATE__ = %s</script></body></html>') % (
            E(title), head, SN, SN, main, J({"ROOT_QUERY": {"__typename": "Query"}, "Collection:7a1f3e0c9b52": {"__typename": "Collection", "id": "7a1f3e0c9b52", "name": SN, "slug": "civic-ledger", "description": DESC}}))

    e1 = ["When the city corporation finished restoring Kaikondrahalli lake in 2023, it came with a walking track, a children's park and a sewage treatment plant that was supposed to keep untreated waste out of the water for good.",
          "Eighteen months later, residents have counted three fish kills. The latest, in February, left thousands of dead tilapia and catfish along the northern bund and a smell that carried all the way to Sarjapur Road.",
          "Water samples collected by a residents' group and tested at a private laboratory found dissolved oxygen levels close to zero near the inlet, where a storm-water drain still carries sewage from apartment complexes upstream that are not connected to the city's network.",
          "An engineer in the corporation's lakes division, who asked not to be named because he was not authorised to speak to the media, said the treatment plant was designed for half the flow it now receives. \"The restoration assumed the drains would be fixed. They were not,\" he said.",
          "The Karnataka State Pollution Control Board has issued notices to eleven apartment associations. None of them has yet been fined."]
    e2 = ["Under a law passed in 2020, every one of Bengaluru's wards is supposed to hold a public ward committee meeting on the first Saturday of each month, where residents can question officials about roads, garbage and water.",
          "We filed right-to-information requests with all eight zonal offices asking for the minutes of those meetings for 2024. The replies, which arrived over four months, show that most wards held fewer than three meetings in the whole year, and 41 held none at all."]
    e3 = ["Every weekday at 7:40 a.m., Deepa Nair joins a queue of about two hundred people at the Silk Board junction bus stop, waiting for a bus that will take fifty minutes to cover the eleven kilometres to her office in Electronic City.",
          "The metro line that was meant to cover the same distance in under twenty minutes was due to open more than two years ago. Its stations are built and its tracks are laid, but the trains to run on it have arrived one at a time from a factory that was itself delayed.",
          "We asked forty commuters on the corridor to log their journeys for a week. The median trip took 62 minutes each way, and the median commuter spent ₹2,900 a month on buses, autos and bike taxis, about a tenth of the take-home pay of a junior software engineer.",
          "The metro rail corporation says it expects to run the line at a reduced frequency once enough trains have been tested, and has not given a date. For the people in the queue at Silk Board, that answer has become familiar.",
          fill("Several commuters said they had started leaving home before seven to beat the worst of the traffic at the junction.", 57)]
    e3_iso = recent(3, 12, 4, 21)
    A = [dict(slug="bengalurus-lakes-got-a-makeover-the-fish-are-still-dying", id="8f3a2b1c9d0e", title="Bengaluru's lakes got a makeover. The fish are still dying.",
              sub="A restored lake, a treatment plant built for half the sewage, and three fish kills in eighteen months.", w="ar", iso="2025-03-03T06:10:44+00:00", rt=6, claps="1.2K", resp=14,
              body=[("p", x) for x in e1[:3]] + [("h", "A plant built for half the flow")] + [("p", x) for x in e1[3:]], must=[e1[1], e1[3], e1[4]]),
         dict(slug="the-ward-committee-meetings-that-never-happened", id="2c7d91e4a6f0", title="The ward committee meetings that never happened",
              sub="RTI replies show 41 wards held no public meeting in all of 2024.", w="ks", iso="2025-02-24T05:30:12+00:00", rt=9, claps="864", resp=22, member=True,
              body=[("p", x) for x in e2], must=[e2[0], e2[1]]),
         dict(slug="what-the-metro-delay-costs-commuters-in-electronic-city", id="b41e6c2f8a93", title="What the metro delay costs commuters in Electronic City",
              sub="Forty commuters logged their journeys for a week. Here is what they found.", w="fs", iso=e3_iso, rt=5, claps="2.3K", resp=31,
              body=[("p", x) for x in e3[:2]] + [("fig", "Commuters waiting at the Silk Board junction bus stop. Photo by Vikram Shetty")] + [("p", x) for x in e3[2:]], must=[e3[0], e3[2], e3[4]])]
    guide = dict(slug="submission-guidelines", id="4e1f09a2c3b7", title="How to write for The Civic Ledger", sub="What we publish, how we edit and how we pay.", w="ar", iso="2024-06-10T09:00:00+00:00", rt=3, claps="210", resp=4,
                 body=[("p", x) for x in ["We publish reported stories about how Bengaluru is governed. We do not publish opinion pieces without reporting, listicles or press releases.",
                                          "To pitch, send a short note to pitches@civicledger.example with what you want to report, who you will talk to and what documents you have. We reply within two weeks.",
                                          "We pay ₹8,000 for a reported story of up to 1,500 words, and edit every piece at least twice before it goes up."]], must=[])

    def path_of(a):
        return "/%s-%s" % (a["slug"], a["id"])

    def ld(a):
        n, h, bio = W[a["w"]]
        return {"@context": "http://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/resize:fit:1200/1*%s.jpeg" % a["id"]], "url": s.url(path_of(a)),
                "dateCreated": zulu(a["iso"]), "datePublished": zulu(a["iso"]), "dateModified": zulu(a["iso"]), "headline": a["title"], "name": a["title"], "description": a["sub"],
                "identifier": a["id"], "author": {"@type": "Person", "name": n, "url": "https://medium.com/@" + h}, "creator": [n],
                "publisher": {"@type": "Organization", "name": SN, "url": s.url("/"), "logo": {"@type": "ImageObject", "width": 274, "height": 60, "url": "https://miro.medium.com/v2/resize:fit:548/1*civicledger-wordmark.png"}},
                "mainEntityOfPage": s.url(path_of(a)), "isAccessibleForFree": not a.get("member")}

    def storycard(a):
        n, h, bio = W[a["w"]]
        star = '<span class="member-star" aria-label="Member-only story">★</span> ' if a.get("member") else ""
        return ('<article class="ab cn" data-testid="post-preview"><div class="ab co"><div class="ab q"><a href="/@%s?source=collection_home" class="be b bf z bk">%s</a></div>'
                '<a href="%s?source=collection_home---4------0-----------------------" class="af ag"><h2 class="be gk gl gm gn go">%s</h2><h3 class="be b gp z dx">%s</h3></a>'
                '<div class="ab q dx"><span>%s</span><span>%s</span> <span>·</span> <span>%d min read</span></div></div></article>') % (h, E(n), path_of(a), E(a["title"]), E(a["sub"]), star, mdy(a["iso"]), a["rt"])

    def story(a):
        n, h, bio = W[a["w"]]
        path = path_of(a)
        body = ""
        for kind, v in a["body"]:
            if kind == "p":
                body += '<p id="%s" class="pw-post-body-paragraph mr ms fq mt b mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no fj bk" data-selectable-paragraph="">%s</p>' % (format(zlib.crc32(v.encode()) & 0xffff, "04x"), E(v))
            elif kind == "h":
                body += '<h2 id="%s" class="np nq fq be nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om bk" data-selectable-paragraph="">%s</h2>' % (format(zlib.crc32(v.encode()) & 0xffff, "04x"), E(v))
            elif kind == "fig":
                body += '<figure class="oo op oq or os ot ol om paragraph-image"><div class="ol om on"><picture><img alt="" class="bh lg ou c" width="700" height="467" loading="lazy" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*silkboard.jpeg"></picture></div><figcaption class="ov ff ow ol om ox oy be b bf z dx" data-selectable-paragraph="">%s</figcaption></figure>' % E(v)
        member = ('<div class="ab q hd"><div class="he hf l"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path d="M39.64 40.83L33.87 56.7a1.99 1.99 0 0 1-3.74 0l-5.77-15.87a2.02 2.02 0 0 0-1.2-1.2L7.3 33.88a1.99 1.99 0 0 1 0-3.74l15.87-5.77a2.02 2.02 0 0 0 1.2-1.2L30.12 7.3a1.99 1.99 0 0 1 3.74 0l5.77 15.87a2.02 2.02 0 0 0 1.2 1.2l15.86 5.76a1.99 1.99 0 0 1 0 3.74l-15.87 5.77a2.02 2.02 0 0 0-1.2 1.2z" fill="#FFC017"></path></svg></div>'
                  '<p class="be b bf z dx"><span class="">Member-only story</span></p></div>') if a.get("member") else ""
        wall = ""
        if a.get("member"):
            wall = ('<div class="pw-paywall ab ca"><div class="ch bg ev ew ex ey"><div class="ab cn cp"><h2 class="be pf pg ph bk">Create an account to read the full story.</h2>'
                    '<p class="be b dy z dx">The author made this story available to Medium members only.<br>If you&#39;re new to Medium, create a new account to read this story on us.</p>'
                    '<a href="/m/signin?operation=register&amp;redirect=%s"><button class="be b bf z pj pk pl pm">Continue in app</button></a><p>Or, continue in mobile web</p>'
                    '<button class="be b bf z">Sign up with Google</button><button class="be b bf z">Sign up with Facebook</button><p class="be b bf z dx">Already have an account? <a href="/m/signin?operation=login">Sign in</a></p></div></div></div>') % E(s.url(path))
        more = [b for b in A if b is not a]
        main = ('<div class="ab ca"><div class="ch bg fw fx fy fz"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div>'
                '<div class="gb gc gd ge gf"><div class="ab ca"><div class="ch bg fw fx fy fz">%s<div><h1 id="%s" class="pw-post-title gv gw gx be gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht bk" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
                '<div><h2 id="%s" class="pw-subtitle-paragraph hu gw gx be b hv hw hx hy hz ia ib ic id ie if ig ih ii ij cq dx">%s</h2>'
                '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ik il im in io ab"><div><div class="ab ip"><div><div class="bm" aria-hidden="false"><a href="/@%s?source=post_page---byline--%s---------------------------------------" rel="noopener follow">'
                '<div class="l iq ir by is it"><img alt="%s" class="l ep by de df cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*%s.jpeg" width="32" height="32" loading="lazy" data-testid="authorPhoto"></div></a></div></div></div></div>'
                '<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bk"><div class="iu ab q"><div class="ab q iv"><div class="ab q"><div><div class="bm" aria-hidden="false">'
                '<p class="be b bf z iw ix iy iz ja jb jc jd bk"><a class="ag ah ai aj ak al am an ao ap aq ar as je" data-testid="authorName" href="/@%s?source=post_page---byline--%s---------------------------------------" rel="noopener follow">%s</a></p></div></div></div>'
                '<span class="jf jg" aria-hidden="true"><span class="be b bf z dx">·</span></span><p class="be b bf z dx"><span><a class="jh ji ah ai aj ak al am an ao ap aq ar dk jj jk" href="/m/signin?actionUrl=follow&amp;operation=register">Follow</a></span></p></div></div></span></div></div>'
                '<div class="l jl"><span class="be b bf z dx"><div class="ab cn jm jn jo"><div class="jp jq ab"><div class="be b bf z dx ab jr"><span class="js l jl">Published in</span><div><div class="l" aria-hidden="false"><a class="ag ah ai aj ak al am an ao ap aq ar as je ab q" data-testid="publicationName" href="/?source=post_page---byline--%s---------------------------------------" rel="noopener follow"><p class="be b bf z jt ju jv jw jx jy jz ka bk">%s</p></a></div></div></div>'
                '<div class="h k"><span class="jf jg" aria-hidden="true"><span class="be b bf z dx">·</span></span></div></div><span class="be b bf z dx"><div class="ab ae"><span data-testid="storyReadTime">%d min read</span>'
                '<div class="kb kc l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
                '<div class="ab cp kd ke kf kg kh ki kj kk kl km kn ko kp kq kr ks"><div class="h k w fg fh q"><div class="lh l"><div class="ab q li lj"><div class="pw-multi-vote-icon ed lk ll lm ln"><div><div class="bm" aria-hidden="false"><button class="lo ao lp lq lr ls am lt lu lv ln" data-testid="headerClapButton"></button></div></div></div>'
                '<div class="pw-multi-vote-count l lw lx ly lz ma mb mc"><p class="be b dy z dx"><span class="md">%s</span></p></div></div></div><div class="bm" aria-hidden="false"><button class="ao lo mg mh ab q ee mi mj" aria-label="responses"><p class="be b dy z dx"><span class="pw-responses-count mf md">%d</span></p></button></div></div>'
                '<div class="ab q kt ku kv kw kx ky kz la lb lc ld le lf lg"><button aria-label="Listen" class="ag fi ak al am an ao mq ap aq ar de mr ms mg mt mu mv mw mx s my mz na nb nc nd ne u nf ng nh"><p class="be b bf z dx">Listen</p></button><button aria-label="Share Post" class="ag fi ak al am an ao mq ap aq ar de mr ms mg mt mu mv mw mx s my mz na nb nc nd ne u nf ng nh"><p class="be b bf z dx">Share</p></button></div></div></div></div></div>'
                '%s</div></div></div></div></section></div></div></article>%s'
                '<div class="ab ca"><div class="ch bg fw fx fy fz"><div class="post-footer"><div class="ab"><a href="/tagged/bengaluru" class="tag">Bengaluru</a> <a href="/tagged/water" class="tag">Water</a></div>'
                '<div class="written-by"><a href="/@%s"><img alt="%s" src="https://miro.medium.com/v2/resize:fill:96:96/1*%s.jpeg"></a><h2 class="be pn po pp pq bk"><a href="/@%s">Written by %s</a></h2>'
                '<p class="be b bf z dx">2.1K followers · Writer for %s</p><p class="be b bf z bk">%s</p><button>Follow</button></div>'
                '<div class="more-from"><h2 class="be b dy z bk">More from %s and %s</h2>%s</div>'
                '<div class="recommended"><h2 class="be b dy z bk">Recommended from Medium</h2><article><a href="https://medium.com/@someone/why-cities-fail-at-lakes-1a2b3c4d5e6f">Why Indian cities keep failing their lakes</a><span>Jan 8</span><span>4 min read</span></article></div></div></div></div>') % (
            member, a["id"][:4], E(a["title"]), a["id"][4:8], E(a["sub"]), h, a["id"], E(n), h, h, a["id"], E(n), a["id"], SN, a["rt"], mdy(a["iso"]), a["claps"], a["resp"], body, wall,
            h, E(n), h, h, E(n), SN, E(bio), E(n), SN, "".join(storycard(b) for b in more))
        head = ('<meta data-rh="true" name="title" content="%s | by %s | %s | Medium"><meta data-rh="true" property="og:title" content="%s"><meta data-rh="true" property="og:type" content="article">'
                '<meta data-rh="true" property="article:published_time" content="%s"><meta data-rh="true" name="description" content="%s"><meta data-rh="true" property="og:description" content="%s">'
                '<meta data-rh="true" property="og:url" content="%s"><meta data-rh="true" property="al:web:url" content="%s"><meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*%s.jpeg">'
                '<meta data-rh="true" property="article:author" content="https://medium.com/@%s"><meta data-rh="true" name="author" content="%s"><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">'
                '<meta data-rh="true" name="referrer" content="unsafe-url"><meta data-rh="true" property="twitter:title" content="%s"><meta data-rh="true" name="twitter:site" content="@Medium">'
                '<meta data-rh="true" name="twitter:app:url:iphone" content="medium://p/%s"><meta data-rh="true" property="twitter:description" content="%s"><meta data-rh="true" name="twitter:card" content="summary_large_image">'
                '<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="%d min read"><link data-rh="true" rel="author" href="https://medium.com/@%s">'
                '<link data-rh="true" rel="canonical" href="%s"><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s">%s') % (
            E(a["title"]), E(n), SN, E(a["title"]), zulu(a["iso"], ".%03d" % (int(a["id"][:3], 16) % 1000)), E(a["sub"]), E(a["sub"]), s.url(path), s.url(path), a["id"], h, E(n), E(a["title"]), a["id"], E(a["sub"]), a["rt"], h, s.url(path), a["id"], jl(ld(a)))
        return path, shell("%s | by %s | %s | Medium" % (a["title"], n, SN), main, head), [b["title"] for b in more]

    for a in A:
        path, doc, others = story(a)
        mn = others + ["Recommended from Medium", "Written by %s" % W[a["w"]][0]]
        if a.get("member"):
            mn += ["Create an account to read the full story", "The author made this story available to Medium members only"]
        s.art(path, doc, a["title"], a["iso"][:10], [W[a["w"]][0]], must=a["must"], must_not=mn)
    path, doc, others = story(guide)
    s.non(path, doc)
    lst = sorted(A, key=lambda a: a["iso"], reverse=True)
    s.non("/", shell("%s – Medium" % SN, ('<div class="collection-home"><div class="collection-hero"><h1 class="be b">%s</h1><p>%s</p><p>3.4K followers · Last published %s</p><button>Follow publication</button></div>'
                                          '<section class="latest"><h2>Latest</h2>%s%s</section></div>') % (SN, E(DESC), mdy(lst[0]["iso"]), "".join(storycard(a) for a in lst), storycard(guide)),
                     '<meta data-rh="true" property="og:type" content="website"><meta data-rh="true" name="description" content="%s"><link data-rh="true" rel="canonical" href="%s">' % (E(DESC), s.url("/"))))
    s.non("/about", shell("About – %s – Medium" % SN, ('<div class="collection-about"><h1>About %s</h1><p>%s</p><p>We are three reporters who left newsrooms in 2022 to cover the city full time. We publish on Medium because it lets readers find us and pays us through the Partner Program.</p>'
                                                       '<h2>Editors</h2><ul>%s</ul><p>Pitches: pitches@civicledger.example</p></div>') % (SN, E(DESC), "".join('<li><a href="/@%s">%s</a> – %s</li>' % (h, E(n), E(b)) for n, h, b in W.values())),
                          '<meta data-rh="true" property="og:type" content="website">'))
    arch = "".join('<div class="archive-year"><h3>%s</h3>%s</div>' % (y, "".join(storycard(a) for a in lst if a["iso"][:4] == y)) for y in sorted({a["iso"][:4] for a in lst}, reverse=True))
    s.non("/archive", shell("Archive of stories published by %s – Medium" % SN, '<div class="collection-archive"><h1>Archive</h1><div class="archive-years">%s</div></div>' % arch, '<meta data-rh="true" property="og:type" content="website">'))
    s.non("/tagged/water", shell("Water – %s – Medium" % SN, '<div class="collection-tag"><h1>Water</h1><p>Stories tagged Water in %s</p>%s</div>' % (SN, storycard(A[0])), '<meta data-rh="true" property="og:type" content="website">'))
    s.non("/tagged/bengaluru", shell("Bengaluru – %s – Medium" % SN, '<div class="collection-tag"><h1>Bengaluru</h1><p>Stories tagged Bengaluru in %s</p>%s</div>' % (SN, "".join(storycard(a) for a in lst)), '<meta data-rh="true" property="og:type" content="website">'))
    for k, (n, h, bio) in W.items():
        s.non("/@" + h, shell("%s – Medium" % n, ('<div class="profile"><div class="profile-header"><img alt="%s" src="https://miro.medium.com/v2/resize:fill:176:176/1*%s.jpeg"><h1>%s</h1><p>2.1K followers</p><p>%s</p><button>Follow</button></div>'
                                                  '<div class="profile-tabs"><a href="/@%s" class="selected">Home</a><a href="https://medium.com/@%s/lists">Lists</a><a href="https://medium.com/@%s/about">About</a></div>%s</div>') % (
            E(n), h, E(n), E(bio), h, h, h, "".join(storycard(a) for a in A if a["w"] == k)),
            '<meta data-rh="true" property="og:type" content="profile"><link data-rh="true" rel="canonical" href="https://medium.com/@%s">' % h))
    s.non("/m/signin", shell("Sign in – Medium", '<div class="signin-modal"><h2>Welcome back.</h2><button>Sign in with Google</button><button>Sign in with Facebook</button><button>Sign in with email</button>'
                                                 '<p>No account? <a href="/m/signin?operation=register">Create one</a></p><p>Click &quot;Sign in&quot; to agree to Medium&#39;s Terms of Service and acknowledge that Medium&#39;s Privacy Policy applies to you.</p></div>', '<meta data-rh="true" name="robots" content="noindex">'))
    a = A[0]
    s.non("/p/%s/responses/show" % a["id"], shell("Responses – Medium", ('<div class="responses"><h2>Responses (%d)</h2><a href="%s">%s</a><div class="response-input">What are your thoughts?</div>%s</div>') % (
        a["resp"], path_of(a), E(a["title"]), "".join('<div class="response"><a href="https://medium.com/@%s" class="be b">%s</a><span class="dx">%s</span><p>%s</p><span>%d claps</span></div>' % (
            hh, E(nn), d, E(t), c) for hh, nn, d, t, c in [("rohitk", "Rohit Kulkarni", "Mar 3, 2025", "We live near the northern bund. The smell in February was unbearable for a week.", 42),
                                                            ("meera.iyer", "Meera Iyer", "Mar 4, 2025", "Would love to see the lab reports published in full.", 17)])), ""))
    s.non("/membership", shell("Medium Membership – Medium", '<div class="membership"><h1>Support human stories</h1><p>Become a member to read without limits or ads, fund great writers, and join a community of people who value thoughtful content.</p>'
                                                             '<div class="plans"><div class="plan"><h3>Medium Member</h3><p>$5/month or $60/year</p><ul><li>Read member-only stories</li><li>Support writers you read most</li><li>Listen to audio narrations</li></ul></div>'
                                                             '<div class="plan"><h3>Friend of Medium</h3><p>$15/month or $150/year</p><ul><li>All Medium member benefits</li><li>Give 4x more to the writers you read</li></ul></div></div></div>', '<meta data-rh="true" property="og:type" content="website">'))
    s.feed("/feed", SN, [(path_of(a), a["title"], a["iso"], W[a["w"]][0]) for a in lst], DESC)
    s.sitemap(["/", "/about", "/archive"] + [path_of(a) for a in A] + [path_of(guide)], "/m/")


# ====================================================================== 6 Ghost(Pro), Headline theme (fr)
def filloire():
    s = Site(6)
    SN = "Le Fil de la Loire"
    DESC = "Enquêtes et reportages sur l'estuaire de la Loire, de Nantes à Saint-Nazaire. Un média indépendant financé par ses abonnés."
    AU = {"cr": ("Camille Rousseau", "camille-rousseau", "Journaliste à Saint-Nazaire, ancienne de Presse Océan."), "jm": ("Julien Mercier", "julien-mercier", "Journaliste économique, cofondateur du Fil de la Loire.")}
    MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    TAGS = {"enquetes": ("Enquêtes", "#d63a2f"), "economie": ("Économie", "#2f6fd6"), "sante": ("Santé", "#2fa36b"), "podcast": ("Podcast", "#7a4fd6")}

    def fdate(iso):
        d = dt(iso).astimezone(datetime.timezone(datetime.timedelta(hours=1)))
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)

    def shell(title, main, head="", cls="home-template"):
        nav = "".join('<li class="nav-%s"><a href="/tag/%s/">%s</a></li>' % (k, k, v[0]) for k, v in TAGS.items()) + '<li class="nav-a-propos"><a href="/a-propos/">À propos</a></li>'
        return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title><meta name="HandheldFriendly" content="True">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="preload" as="style" href="/assets/built/screen.css?v=3a91c2e8f1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3a91c2e8f1">'
                '%s<meta name="generator" content="Ghost 5.115"><link rel="alternate" type="application/rss+xml" title="%s" href="%s">'
                '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="5f1c2a9e0b7d3c4a8e6f1b2d90" data-api="%sghost/api/content/" data-locale="fr" crossorigin="anonymous"></script>'
                '<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;text-align:center;width:100%%;color:#ffffff;font-size:16px;}</style>'
                '<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="5f1c2a9e0b7d3c4a8e6f1b2d90" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="%s" data-locale="fr" crossorigin="anonymous"></script>'
                '<link href="%swebmentions/receive/" rel="webmention"><style>:root {--ghost-accent-color: #0b5d6b;}</style></head>\n'
                '<body class="%s has-serif-title has-sans-body"><div class="gh-viewport">'
                '<header id="gh-navigation" class="gh-navigation is-stacked gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="%s">%s</a>'
                '<button class="gh-search gh-icon-button" aria-label="Rechercher" data-ghost-search><svg width="20" height="20"></svg></button></div>'
                '<nav class="gh-navigation-menu"><ul class="nav">%s</ul></nav>'
                '<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Se connecter</a> <a class="gh-button" href="#/portal/signup" data-portal="signup">S&#39;abonner</a></div></div></div></header>\n'
                '<main class="gh-main">%s</main>\n'
                '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">%s</span>'
                '<nav class="gh-footer-menu"><ul class="nav"><li><a href="/abonnement/">Abonnement</a></li><li><a href="/recommendations/">Recommandations</a></li><li><a href="/a-propos/">À propos</a></li><li><a href="/rss/">RSS</a></li></ul></nav>'
                '<div class="gh-footer-copyright">Propulsé par <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>'
                '<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">%s</h2><p class="gh-footer-signup-subhead is-body">%s</p>'
                '<button class="gh-button gh-form" data-portal="signup">vous@exemple.fr <span>S&#39;abonner</span></button></section></div></footer></div>'
                '<script src="/assets/built/source.js?v=3a91c2e8f1"></script></body></html>') % (
            E(title), head, SN, s.url("/rss/"), s.url("/"), s.url("/"), s.url("/"), s.url("/"), cls, s.url("/"), SN, nav, main, SN, SN, E(DESC))

    def ghost_head(kind, url, title, desc, a=None, au=None):
        h = ('<meta name="description" content="%s"><link rel="icon" href="%sfavicon.png" type="image/png"><link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade">'
             '<meta property="og:site_name" content="%s"><meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
             '<meta property="og:image" content="%scontent/images/size/w1200/2025/03/cover.jpg">') % (E(desc), s.url("/"), url, SN, kind, E(title), E(desc), url, s.url("/"))
        if a:
            h += '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (zulu(a["iso"]), zulu(a.get("mod", a["iso"])))
            h += "".join('<meta property="article:tag" content="%s">' % TAGS[t][0] for t in a["tags"])
            h += '<meta property="article:publisher" content="https://www.facebook.com/lefildelaloire">'
        h += '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:description" content="%s"><meta name="twitter:url" content="%s">' % (E(title), E(desc), url)
        if a:
            h += '<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Classé dans"><meta name="twitter:data2" content="%s">' % (
                E(AU[a["au"][0]][0]), ", ".join(TAGS[t][0] for t in a["tags"]))
            p = AU[a["au"][0]]
            h += jl({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": SN, "url": s.url("/"), "logo": {"@type": "ImageObject", "url": s.url("/content/images/2024/05/logo.png")}},
                     "author": {"@type": "Person", "name": p[0], "image": {"@type": "ImageObject", "url": s.url("/content/images/2024/05/%s.jpg" % p[1]), "width": 400, "height": 400}, "url": s.url("/author/%s/" % p[1]), "sameAs": []},
                     "headline": title, "url": url, "datePublished": zulu(a["iso"]), "dateModified": zulu(a.get("mod", a["iso"])),
                     "image": {"@type": "ImageObject", "url": s.url("/content/images/size/w1200/2025/03/%s.jpg" % a["slug"]), "width": 1200, "height": 800},
                     "keywords": ", ".join(TAGS[t][0] for t in a["tags"]), "description": desc, "mainEntityOfPage": url})
        elif au is not None:
            h += jl({"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": au[0], "url": url, "mainEntityOfPage": url, "description": au[2]})
        else:
            h += jl({"@context": "https://schema.org", "@type": "WebSite" if kind == "website" else "Article", "publisher": {"@type": "Organization", "name": SN, "url": s.url("/")}, "url": url, "name" if kind == "website" else "headline": title,
                     "mainEntityOfPage": url, "description": desc})
        return h

    f1 = ["Le Grand Port maritime de Nantes Saint-Nazaire veut approfondir d'un mètre le chenal de navigation de la Loire entre Saint-Nazaire et Donges, afin d'accueillir des méthaniers et des porte-conteneurs plus lourds.",
          "Le projet, présenté en commission locale de l'eau le 4 mars, prévoit d'extraire près de deux millions de mètres cubes de sédiments supplémentaires chaque année. Une partie serait clapée en mer, au large de la pointe Saint-Gildas, et le reste déposé sur des terrains à terre encore à déterminer.",
          "Les pêcheurs de civelles et les associations naturalistes craignent que l'opération accélère l'érosion des vasières de Lavau et de Corsept, où se nourrissent chaque hiver des dizaines de milliers d'oiseaux migrateurs. « Chaque mètre gagné pour les bateaux, c'est un mètre de vasière en moins », résume un pêcheur de Paimbœuf.",
          "Le port assure que l'étude d'impact, attendue à l'automne, intégrera des mesures de compensation. Il rappelle que le trafic de gaz naturel liquéfié à Montoir a doublé depuis 2022 et que les plus gros navires doivent aujourd'hui attendre la marée haute.",
          fill("Une réunion publique sur le projet doit se tenir à Donges avant l'été, à la demande des communes riveraines de l'estuaire.", 61)]
    f2 = ["Plusieurs entreprises sous-traitantes des Chantiers de l'Atlantique affirment être payées à quatre-vingt-dix jours, voire davantage, alors que la loi limite les délais de paiement à soixante jours.",
          "Le Fil de la Loire a consulté des factures et des échanges de courriels de six de ces entreprises, spécialisées dans la tuyauterie, l'isolation et l'électricité. Trois d'entre elles disent avoir dû souscrire un prêt de trésorerie pour verser les salaires de l'hiver."]
    f3 = ["Inaugurée en septembre 2023, la maison de santé pluriprofessionnelle de Paimbœuf compte deux infirmières, une kinésithérapeute, une orthophoniste et une sage-femme. Il lui manque l'essentiel : des médecins généralistes.",
          "Des trois cabinets prévus pour des généralistes, un seul est occupé, deux jours par semaine, par un médecin retraité venu de Saint-Brevin. La commune, qui a financé le bâtiment avec la communauté de communes, a pourtant proposé un loyer gratuit pendant deux ans.",
          "Près d'un habitant sur quatre n'a plus de médecin traitant depuis le départ à la retraite des deux généralistes du bourg, selon la caisse primaire d'assurance maladie. Les patients se rabattent sur les urgences de Saint-Nazaire, à quarante minutes de route.",
          "La maire a écrit à l'agence régionale de santé pour demander le classement de la commune en zone d'intervention prioritaire, qui ouvrirait droit à des aides plus importantes à l'installation. La réponse est attendue au printemps."]
    A = [dict(slug="estuaire-dragage-chenal-vasieres", title="Estuaire : le dragage du chenal relance la bataille des vasières", au=["cr", "jm"], tags=["enquetes"], iso="2025-03-13T06:00:00+00:00", rt=5,
              exc="Le port veut approfondir le chenal de navigation jusqu'à Donges. Pêcheurs et naturalistes redoutent la disparition de vasières essentielles.",
              body=ps(f1[:2]) + '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/03/vasiere-lavau.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">La vasière de Lavau à marée basse, en février. Photo : Yann Le Goff</span></figcaption></figure>' + ps(f1[2:4]) + '<h2 id="et-apres">Et après ?</h2>' + ps(f1[4:]),
              must=[f1[1], f1[3], f1[4]]),
         dict(slug="chantiers-atlantique-sous-traitants-payes-a-90-jours", title="Chantiers de l'Atlantique : des sous-traitants payés à 90 jours", au=["jm"], tags=["economie", "enquetes"], iso="2025-03-06T05:30:00+00:00", rt=7, paid=True,
              exc="Six entreprises de la sous-traitance navale racontent des délais de paiement hors la loi.", body=ps(f2), must=[f2[0], f2[1]]),
         dict(slug="paimboeuf-maison-de-sante-medecins", title="À Paimbœuf, la maison de santé cherche toujours ses médecins", au=["cr"], tags=["sante"], iso="2025-02-27T07:00:00+00:00", rt=4,
              exc="Un bâtiment neuf, un loyer gratuit, et toujours pas de généraliste à temps plein.", body=ps(f3), must=[f3[1], f3[3]])]
    ep = dict(slug="episode-8-la-loire-a-sec", title="Épisode 8 : la Loire à sec", au=["cr"], tags=["podcast"], iso="2025-03-09T07:00:00+00:00", rt=1,
              exc="Notre podcast mensuel. Ce mois-ci : l'étiage de la Loire et ce qu'il dit du fleuve.",
              body='<figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="/content/media/2025/03/episode-8.mp3" preload="metadata"></audio><div class="kg-audio-title">Épisode 8 : la Loire à sec</div><div class="kg-audio-duration">41:12</div></div></figure>'
                   '<p>Ce mois-ci, Camille reçoit un hydrologue et une batelière pour parler de l\'étiage record de l\'été dernier.</p><p>Écoutez aussi sur Apple Podcasts, Spotify ou Deezer.</p>')

    def author_html(a):
        imgs = "".join('<a href="/author/%s/" class="gh-article-author-image"><img class="author-profile-image" src="/content/images/2024/05/%s.jpg" alt="%s"></a>' % (AU[k][1], AU[k][1], AU[k][0]) for k in a["au"])
        names = ", ".join('<a href="/author/%s/">%s</a>' % (AU[k][1], AU[k][0]) for k in a["au"])
        return imgs, names

    def card(a):
        imgs, names = author_html(a)
        return ('<article class="gh-card post tag-%s%s"><a class="gh-card-link" href="/%s/"><figure class="gh-card-image"><img src="/content/images/size/w600/2025/03/%s.jpg" alt="%s"></figure>'
                '<div class="gh-card-wrapper"><p class="gh-card-tag">%s</p><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p>'
                '<footer class="gh-card-meta"><span class="gh-card-author">%s</span><time class="gh-card-date" datetime="%s">%s</time></footer></div></a></article>') % (
            a["tags"][0], " post-access-paid" if a.get("paid") else "", a["slug"], a["slug"], E(a["title"]), TAGS[a["tags"][0]][0], E(a["title"]), E(a["exc"]),
            ", ".join(AU[k][0] for k in a["au"]), a["iso"][:10], fdate(a["iso"]))

    def post(a):
        imgs, names = author_html(a)
        path = "/%s/" % a["slug"]
        cta = ""
        if a.get("paid"):
            cta = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #0b5d6b"><h2>Cet article est réservé aux abonnés payants</h2>'
                   '<a class="gh-post-upgrade-cta-button" style="color: #0b5d6b" data-portal="signup" href="#/portal/signup">S&#39;abonner maintenant</a>'
                   '<p><small>Vous avez déjà un compte ? <a data-portal="signin" href="#/portal/signin">Se connecter</a></small></p></div></aside>')
        others = [b for b in A if b is not a][:2]
        main = ('<article class="gh-article post tag-%s">\n<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/%s/" style="--tag-color: %s">%s</a>'
                '<h1 class="gh-article-title is-title">%s</h1><p class="gh-article-excerpt is-body">%s</p>'
                '<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">%s</div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">%s</h4>'
                '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="%s">%s</time><span class="gh-article-meta-length"><span class="bull">—</span> %d min de lecture</span></div></div></div>'
                '<figure class="gh-article-image"><img srcset="/content/images/size/w300/2025/03/%s.jpg 300w, /content/images/size/w720/2025/03/%s.jpg 720w" src="/content/images/size/w1200/2025/03/%s.jpg" alt="%s"></figure></header>\n'
                '<section class="gh-content gh-canvas is-body">%s%s</section>\n</article>'
                '<div class="gh-comments gh-canvas"><div class="gh-comments-count">Commentaires</div><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js" data-ghost-comments="%s" data-api="%sghost/api/content/" data-key="5f1c2a9e0b7d3c4a8e6f1b2d90" data-title="" data-count="true" data-post-id="67c9a1f0e2b3d40001a2b3c4" crossorigin="anonymous"></script></div>'
                '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lire la suite</h2><div class="gh-feed">%s</div></div></section>') % (
            a["tags"][0], a["tags"][0], TAGS[a["tags"][0]][1], TAGS[a["tags"][0]][0], E(a["title"]), E(a["exc"]), imgs, names, a["iso"][:10], fdate(a["iso"]), a["rt"],
            a["slug"], a["slug"], a["slug"], E(a["title"]), a["body"], cta, s.url("/"), s.url("/"), "".join(card(b) for b in others))
        return path, shell("%s" % a["title"], main, ghost_head("article", s.url(path), a["title"], a["exc"], a), "post-template tag-%s" % a["tags"][0]), [b["title"] for b in others]

    for a in A:
        path, doc, others = post(a)
        mn = others + ["Cet article est réservé aux abonnés payants", "Vous avez déjà un compte"]
        s.art(path, doc, a["title"], a["iso"][:10], [AU[k][0] for k in a["au"]], must=a["must"], must_not=mn)
    path, doc, others = post(ep)
    s.non(path, doc)
    allp = sorted(A + [ep], key=lambda a: a["iso"], reverse=True)
    feed = lambda lst: '<div class="gh-feed">%s</div>' % "".join(card(a) for a in lst)
    s.non("/", shell(SN, ('<section class="gh-header is-classic gh-outer"><div class="gh-header-inner gh-inner"><h1 class="gh-header-title is-title">%s</h1><p class="gh-header-description is-body">%s</p>'
                          '<button class="gh-button gh-form" data-portal="signup">vous@exemple.fr <span>S&#39;abonner</span></button></div></section>'
                          '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Derniers articles</h2>%s<div class="gh-more is-title"><a href="/page/2/">Voir plus</a></div></div></section>') % (SN, E(DESC), feed(allp[:3])),
                     ghost_head("website", s.url("/"), SN, DESC), "home-template"))
    s.non("/page/2/", shell("%s (Page 2)" % SN, '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">%s</div></section>' % feed(allp[3:]), ghost_head("website", s.url("/page/2/"), SN, DESC), "paged archive-template"))
    for t in ("enquetes", "podcast", "economie", "sante"):
        lst = [a for a in allp if t in a["tags"]]
        desc = {"enquetes": "Nos enquêtes au long cours sur l'estuaire.", "podcast": "Notre podcast mensuel sur la Loire et ceux qui la vivent.",
                "economie": "Ports, chantiers navals et emploi dans l'estuaire.", "sante": "Hôpitaux, médecins et accès aux soins dans le pays de Retz et la presqu'île."}[t]
        s.non("/tag/%s/" % t, shell("%s - %s" % (TAGS[t][0], SN), '<section class="gh-archive gh-outer"><div class="gh-archive-inner gh-inner"><header class="gh-archive-wrapper"><h1 class="gh-article-title is-title">%s</h1><p class="gh-article-excerpt is-body">%s</p></header></div></section>'
                                    '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">%s</div></section>' % (TAGS[t][0], desc, feed(lst)), ghost_head("website", s.url("/tag/%s/" % t), TAGS[t][0], desc), "tag-template tag-" + t))
    for k, au in AU.items():
        s.non("/author/%s/" % au[1], shell("%s - %s" % (au[0], SN), ('<section class="gh-archive has-image gh-outer"><div class="gh-archive-inner gh-inner"><div class="gh-archive-wrapper"><h1 class="gh-article-title is-title">%s</h1><p class="gh-article-excerpt is-body">%s</p>'
                                                                   '<div class="gh-author-meta"><span class="gh-author-location">Estuaire de la Loire</span></div></div><img class="gh-article-image" src="/content/images/2024/05/%s.jpg" alt="%s"></div></section>'
                                                                   '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">%s</div></section>') % (au[0], au[2], au[1], au[0], feed([a for a in allp if k in a["au"]])),
                                           ghost_head("profile", s.url("/author/%s/" % au[1]), au[0], au[2], au=au), "author-template author-" + au[1]))
    about = ["Le Fil de la Loire est un média d'enquête indépendant fondé en 2022 par Camille Rousseau et Julien Mercier, deux journalistes passés par la presse quotidienne régionale.",
             "Nous ne publions pas de publicité. Le site est financé par près de 2 300 abonnés payants et par des dons. Nos comptes sont publiés chaque année sur cette page.",
             "Pour nous écrire ou nous transmettre un document : redaction@lefildelaloire.example."]
    s.non("/a-propos/", shell("À propos", '<article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">À propos</h1></header><section class="gh-content gh-canvas is-body">%s</section></article>' % ps(about),
                              ghost_head("article", s.url("/a-propos/"), "À propos", about[0]), "page-template page-a-propos"))
    s.non("/abonnement/", shell("Abonnement", ('<article class="gh-article page"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title is-title">Abonnement</h1><p class="gh-article-excerpt is-body">Soutenez un journalisme d&#39;enquête indépendant sur l&#39;estuaire.</p></header>'
                                                '<section class="gh-content gh-canvas is-body"><div class="kg-card kg-product-card"><div class="kg-product-card-container"><h4 class="kg-product-card-title">Gratuit</h4><div class="kg-product-card-description"><p>La lettre du vendredi et les articles en accès libre.</p></div></div></div>'
                                                '<div class="kg-card kg-product-card"><div class="kg-product-card-container"><h4 class="kg-product-card-title">Abonné · 6 € par mois</h4><div class="kg-product-card-description"><p>Toutes les enquêtes, les archives et le podcast en avant-première.</p></div>'
                                                '<a href="#/portal/signup" class="kg-product-card-button kg-product-card-btn-accent"><span>S&#39;abonner</span></a></div></div></section></article>'),
                                ghost_head("article", s.url("/abonnement/"), "Abonnement", "Soutenez un journalisme d'enquête indépendant sur l'estuaire."), "page-template page-abonnement"))
    recs = [("Splann !", "https://splann.example", "Enquêtes en Bretagne."), ("Mediacités Nantes", "https://mediacites.example/nantes", "Le média d'investigation locale."), ("La Lettre de l'Estuaire", "https://lettre-estuaire.example", "Chaque semaine, l'actualité maritime.")]
    s.non("/recommendations/", shell("Recommandations - %s" % SN, '<section class="gh-outer"><div class="gh-inner"><h1 class="is-title">Recommandations</h1><p>Les sites que nous lisons et que nous recommandons.</p><ul class="recommendations">%s</ul></div></section>' % "".join(
        '<li class="recommendation"><a href="%s" data-recommendation="%d" target="_blank" rel="noopener"><div class="recommendation-favicon"><img src="%s/favicon.ico" alt=""></div><h5 class="recommendation-title">%s</h5><span class="recommendation-url">%s</span><p class="recommendation-description">%s</p></a></li>' % (
            u, i, u, E(n), u.split("//")[1], E(d)) for i, (n, u, d) in enumerate(recs)), ghost_head("website", s.url("/recommendations/"), "Recommandations", DESC), "recommendations-template"))
    s.feed("/rss/", SN, [("/%s/" % a["slug"], a["title"], a["iso"], AU[a["au"][0]][0]) for a in allp], DESC)
    s.sitemap(["/", "/a-propos/", "/abonnement/", "/recommendations/", "/tag/enquetes/", "/tag/podcast/", "/author/camille-rousseau/"] + ["/%s/" % a["slug"] for a in allp], "/ghost/\nDisallow: /p/\nDisallow: /email/\nDisallow: /r/")


# ====================================================================== 7 Kit (ConvertKit) creator profile (pt-BR)
def xingu():
    s = Site(7)
    SN = "Diário do Xingu"
    RA = "Renata Albuquerque"
    BIO = "Jornalista em Altamira (PA). Escrevo o Diário do Xingu, uma newsletter semanal sobre a bacia do rio Xingu: garimpo, Belo Monte, povos indígenas e ribeirinhos."

    def shell(title, main, head="", cls="creator-profile", props=None):
        return ('<!DOCTYPE html>\n<html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="stylesheet" href="https://pages.kit.com/assets/creator_profile-4f2b1a.css"><link rel="icon" href="https://embed.filekitcdn.com/e/avatar-renata.png"></head>'
                '<body class="%s"><div class="profile-shell"><header class="profile-header"><a href="/" class="profile-header__avatar"><img src="https://embed.filekitcdn.com/e/avatar-renata.png" alt="%s"></a>'
                '<a href="/" class="profile-header__name">%s</a><nav class="profile-header__nav"><a href="/posts">Posts</a><a href="/products/guia-de-campo-do-xingu">Products</a><a href="/recommendations">Recommendations</a></nav>'
                '<a class="profile-header__subscribe button" href="/diario-do-xingu">Subscribe</a></header>\n<main class="profile-main">%s</main>\n'
                '<footer class="profile-footer"><div class="profile-footer__links"><a href="/preferences">Update your preferences</a></div><a class="profile-footer__kit" href="https://kit.com/?utm_campaign=poweredby&amp;utm_content=creator_profile&amp;utm_medium=referral&amp;utm_source=dynamic">Built with Kit</a></footer></div>'
                '<div data-component="CreatorProfileApp" data-props="%s"></div><script src="https://pages.kit.com/assets/creator_profile-4f2b1a.js" defer></script></body></html>') % (
            E(title), head, cls, RA, RA, main, E(J(props or {"creator": {"name": RA, "username": "renata", "bio": BIO}})))

    form = ('<div class="formkit-form" data-sv-form="7129044" data-uid="b3f1e9a2c4" data-format="inline" data-version="5"><div data-style="clean"><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul>'
            '<div data-element="fields" data-stacked="false" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address" aria-label="Endereço de e-mail" placeholder="Endereço de e-mail" required type="email"></div>'
            '<button data-element="submit" class="formkit-submit formkit-submit"><span>Inscrever-se</span></button></div>'
            '<div class="formkit-guarantee" data-element="guarantee">Sem spam. Cancele quando quiser.</div><div class="formkit-powered-by-convertkit-container"><a href="https://kit.com/features/forms?utm_campaign=poweredby&amp;utm_content=form&amp;utm_medium=referral&amp;utm_source=dynamic" data-element="powered-by" class="formkit-powered-by-convertkit" data-variant="dark" target="_blank" rel="nofollow">Built with Kit</a></div></div></div>')

    g1 = ["Os alertas de desmatamento ligados ao garimpo na Terra Indígena Kayapó, no sul do Pará, voltaram a subir em fevereiro depois de quase um ano em queda, segundo dados do sistema de monitoramento por satélite do Inpe analisados pelo Diário do Xingu.",
          "Foram 412 hectares de alertas em fevereiro, contra 96 no mesmo mês do ano passado. A maior parte está concentrada ao longo do rio Fresco, numa região onde a Polícia Federal destruiu dezenas de balsas e escavadeiras numa operação em 2023.",
          "Lideranças da aldeia Gorotire disseram que os garimpeiros voltaram à noite, com máquinas menores e mais fáceis de esconder na mata. \"Eles aprenderam a fugir do satélite\", afirmou um dos caciques, que pediu para não ser identificado por medo de represálias.",
          "O Ibama informou que planeja uma nova fiscalização na área, mas não deu data. A Funai não respondeu às perguntas enviadas pela reportagem até a publicação deste texto."]
    g2_intro = "Olá! Nesta edição, três notícias rápidas da bacia do Xingu e uma recomendação de leitura."
    g2 = [("A seca que não foi embora", "O nível do rio Xingu em Altamira ainda está 1,8 metro abaixo da média para março, segundo a Agência Nacional de Águas. Barqueiros relatam trechos em que só canoas pequenas conseguem passar."),
          ("Belém se prepara para a COP30", "Organizações indígenas do Xingu anunciaram que vão levar uma delegação de sessenta pessoas à conferência do clima em Belém, em novembro. A viagem de barco e ônibus deve levar quatro dias."),
          ("A ponte de São Félix", "A obra da ponte sobre o rio Xingu em São Félix do Xingu foi retomada depois de oito meses parada. O governo do estado promete entregá-la até o fim do ano."),
          ("Para ler", "Recomendo a reportagem da revista de ciência da universidade federal sobre os peixes que desapareceram da Volta Grande. O link está no fim deste email.")]
    g3 = ["Durante trinta anos, Raimundo Nonato da Silva levou passageiros de barco entre Altamira e as comunidades ribeirinhas da Volta Grande do Xingu. Desde que a usina de Belo Monte reduziu a vazão do rio, ele passa a maior parte do ano parado.",
          "Na Volta Grande, um trecho de cem quilômetros que perdeu boa parte da água desviada para as turbinas, a navegação ficou impossível em vários meses do ano. Segundo a associação dos barqueiros, 140 dos 200 barqueiros que trabalhavam na região mudaram de profissão.",
          "A concessionária da usina diz cumprir o hidrograma aprovado pelo Ibama e que oferece programas de requalificação profissional. Os barqueiros afirmam que os cursos oferecidos, de pedreiro e eletricista, não servem para quem vive na beira do rio.",
          fill("Alguns barqueiros passaram a levar turistas e pesquisadores no inverno, quando o rio sobe e os trechos rasos voltam a ser navegáveis.", 71)]
    A = [dict(slug="garimpo-volta-a-avancar-na-terra-indigena-kayapo", title="Garimpo volta a avançar na Terra Indígena Kayapó, mostram alertas", iso="2025-03-12T13:00:00+00:00", authors=[RA],
              body=ps(g1) + "<p>Um abraço,<br>Renata Albuquerque</p>", must=[g1[1], g1[3]]),
         dict(slug="diario-do-xingu-38", title="Diário do Xingu #38: seca no rio, COP30 e a ponte de São Félix", iso="2025-03-05T12:00:00+00:00", authors=[RA],
              body="<p>%s</p>" % E(g2_intro) + "".join("<h2>%s</h2><p>%s</p>" % (E(h), E(t)) for h, t in g2) + "<p>Até a próxima,<br>Renata</p>", must=[g2_intro, g2[1][1], g2[3][1]]),
         dict(slug="os-barqueiros-de-altamira-que-perderam-o-rio", title="Os barqueiros de Altamira que perderam o rio", iso="2025-02-26T12:00:00+00:00", authors=[RA, "Thiago Moura"],
              body="<p><strong>Por Renata Albuquerque e Thiago Moura</strong></p>" + ps(g3[:2]) + '<p><img src="https://embed.filekitcdn.com/e/barqueiros.jpg" alt=""></p><p><em>Raimundo Nonato da Silva no porto de Altamira. Foto: Thiago Moura</em></p>' + ps(g3[2:]),
              must=[g3[0], g3[2], g3[3]])]
    welcome = dict(slug="bem-vindo-ao-diario-do-xingu", title="Bem-vindo ao Diário do Xingu!", iso="2024-07-15T12:00:00+00:00", authors=[RA],
                   body=ps(["Que bom ter você aqui! Este é o email de boas-vindas que todo novo leitor recebe.", "Toda quarta-feira você vai receber notícias da bacia do Xingu, e de vez em quando uma reportagem mais longa.",
                            "Para garantir que o Diário chegue na sua caixa de entrada, responda este email com um oi. Renata"]))

    def post(a):
        path = "/posts/" + a["slug"]
        d = dt(a["iso"])
        props = {"creator": {"name": RA, "username": "renata", "bio": BIO, "avatar_url": "https://embed.filekitcdn.com/e/avatar-renata.png"},
                 "post": {"id": zlib.crc32(a["slug"].encode()) % 9000000, "title": a["title"], "slug": a["slug"], "published_at": zulu(a["iso"]), "thumbnail_url": "https://embed.filekitcdn.com/e/%s.jpg" % a["slug"], "is_paid": False}}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:url" content="%s"><meta property="og:image" content="https://embed.filekitcdn.com/e/%s.jpg"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><link rel="canonical" href="%s">') % (
            E(a["title"]), E(a["title"]), E(a["title"]), s.url(path), a["slug"], E(a["title"]), s.url(path))
        main = ('<article class="post"><header class="post__header"><p class="post__date"><time datetime="%s">%s</time></p><h1 class="post__title">%s</h1></header>'
                '<div class="post__content"><div class="ck-section"><div class="ck-inner-section">%s</div></div></div>'
                '<section class="post__subscribe"><h3>Gostou? Receba o Diário do Xingu toda quarta-feira.</h3><p>Junte-se a mais de 4.200 leitores.</p>%s</section>'
                '<nav class="post__more"><h4>Mais posts</h4>%s</nav></article>') % (
            zulu(a["iso"]), "%s %d, %d" % (d.strftime("%b"), d.day, d.year), E(a["title"]), a["body"], form,
            "".join('<a href="/posts/%s">%s</a>' % (b["slug"], E(b["title"])) for b in A if b is not a)[:2000])
        return path, shell(a["title"], main, head, "creator-profile post-page", props)

    for a in A:
        path, doc = post(a)
        s.art(path, doc, a["title"], a["iso"][:10], a["authors"], must=a["must"], must_not=["Gostou? Receba o Diário do Xingu", "Junte-se a mais de 4.200 leitores", "Sem spam. Cancele quando quiser."] + [b["title"] for b in A if b is not a])
    path, doc = post(welcome)
    s.non(path, doc)
    lst = sorted(A + [welcome], key=lambda a: a["iso"], reverse=True)

    def plist(xs):
        return '<div class="post-list">%s</div>' % "".join('<a class="post-card" href="/posts/%s"><img src="https://embed.filekitcdn.com/e/%s.jpg" alt=""><h3>%s</h3><time datetime="%s">%s</time></a>' % (
            a["slug"], a["slug"], E(a["title"]), zulu(a["iso"]), "%s %d, %d" % (dt(a["iso"]).strftime("%b"), dt(a["iso"]).day, dt(a["iso"]).year)) for a in xs)
    s.non("/", shell("%s" % RA, '<section class="profile-hero"><h1>%s</h1><p class="profile-hero__bio">%s</p>%s</section><section class="profile-posts"><h2>Posts recentes</h2>%s<a href="/posts">Ver todos</a></section>' % (RA, E(BIO), form, plist(lst[:3])),
                     '<meta name="description" content="%s"><meta property="og:type" content="profile"><meta property="og:title" content="%s">' % (E(BIO), RA), "creator-profile home"))
    s.non("/posts", shell("Posts | %s" % RA, '<section class="profile-posts"><h1>Posts</h1>%s</section>' % plist(lst), '<meta property="og:type" content="website">', "creator-profile posts-index"))
    s.non("/diario-do-xingu", shell(SN, ('<div class="formkit-container" data-uid="b3f1e9a2c4" data-template="Charlotte"><div class="formkit-background"></div><div class="formkit-column"><h1 class="formkit-header">Diário do Xingu</h1>'
                                         '<div class="formkit-content"><p>Toda quarta-feira, as notícias da bacia do Xingu que não chegam aos grandes jornais: garimpo, Belo Monte, povos indígenas e ribeirinhos.</p>'
                                         '<p>Escrito por Renata Albuquerque, jornalista em Altamira.</p></div>%s<div class="formkit-testimonials"><blockquote>"A melhor fonte sobre o Xingu que eu conheço." – leitora de Belém</blockquote></div></div></div>') % form,
                                    '<meta name="description" content="Inscreva-se no Diário do Xingu."><meta property="og:type" content="website">', "landing-page"))
    s.non("/thank-you", shell("Obrigada! | %s" % SN, '<section class="thank-you"><h1>Obrigada por se inscrever!</h1><p>Agora confirme sua inscrição: enviamos um email para você. Clique no botão &quot;Confirmar inscrição&quot; e pronto.</p>'
                                                     '<p>Não encontrou? Procure na pasta de spam ou promoções.</p><h2>Enquanto isso, conheça outras newsletters que eu recomendo</h2><a href="/recommendations">Ver recomendações</a></section>', '<meta name="robots" content="noindex">', "thank-you"))
    s.non("/recommendations", shell("Recomendações | %s" % RA, '<section class="recommendations"><h1>Newsletters que Renata recomenda</h1>%s</section>' % "".join(
        '<div class="recommendation"><img src="https://embed.filekitcdn.com/e/%s.png" alt=""><div><h3>%s</h3><p>%s</p></div><label><input type="checkbox" checked> Inscrever</label></div>' % (k, E(n), E(d))
        for k, n, d in [("tapajos", "Boletim do Tapajós", "Notícias de Santarém e do oeste do Pará."), ("clima-na-floresta", "Clima na Floresta", "Ciência do clima explicada, da Amazônia para o mundo.")]) + '<button class="button">Inscrever-se nas selecionadas</button>',
        "", "recommendations"))
    s.non("/products/guia-de-campo-do-xingu", shell("Guia de campo do Xingu | %s" % RA, '<section class="product"><h1>Guia de campo do Xingu</h1><p class="product__price">R$ 39,00</p><p>Um ebook de 80 páginas para jornalistas e pesquisadores que vão trabalhar na região: contatos, logística, segurança e protocolos de visita às terras indígenas.</p>'
                                                                                          '<a class="button" href="https://renata.kit.com/products/guia-de-campo-do-xingu/checkout">Comprar</a></section>', '<meta property="og:type" content="product">', "product-page"))
    s.non("/preferences", shell("Preferências | %s" % RA, '<section class="preferences"><h1>Atualize suas preferências</h1><p>Informe seu email para receber um link e escolher quais emails quer receber.</p><form><input type="email" placeholder="Endereço de e-mail"><button>Enviar link</button></form></section>',
                                '<meta name="robots" content="noindex">', "preferences"))
    s.feed("/feed", SN, [("/posts/" + a["slug"], a["title"], a["iso"], RA) for a in lst], BIO)
    s.sitemap(["/", "/posts"] + ["/posts/" + a["slug"] for a in lst], "/preferences")


# ====================================================================== 8 Steady (de)
def flusslage():
    s = Site(8)
    SN = "Flusslage"
    B = "/de/flusslage"
    DESC = "Unabhängiger Lokaljournalismus aus Frankfurt (Oder), dem Oderbruch und der Grenzregion. Finanziert von unseren Mitgliedern."
    MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    JW, MK = "Jana Wiegand", "Malte Koch"

    def gdate(iso):
        d = dt(iso).astimezone(datetime.timezone(datetime.timedelta(hours=1)))
        return "%d. %s %d" % (d.day, MON[d.month - 1], d.year)

    def shell(title, main, head="", cls="publication-page"):
        return ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<meta property="og:site_name" content="Steady"><link rel="stylesheet" href="https://assets.steadyhq.com/production/publication-7e1c0b.css"><link rel="icon" href="https://assets.steadyhq.com/favicon.ico"></head>'
                '<body class="%s"><div class="steady-topbar"><a class="steady-topbar__logo" href="/">Steady</a><div class="steady-topbar__actions"><a href="/de/login">Anmelden</a></div></div>'
                '<header class="publication-header"><a class="publication-header__logo" href="%s"><img src="https://assets.steadyhq.com/production/publication/flusslage-logo.png" alt="%s"></a>'
                '<nav class="publication-header__nav"><a href="%s/posts">Beiträge</a><a href="%s/about">Über uns</a><a class="button button--primary" href="%s/plans">Mitglied werden</a></nav></header>'
                '<main class="publication-main">%s</main>'
                '<footer class="publication-footer"><a href="%s/imprint">Impressum</a> · <a href="https://steadyhq.com/de/datenschutz">Datenschutz</a> · <a href="https://steadyhq.com/de/agb">AGB</a><p>Powered by <a href="/">Steady</a></p></footer>'
                '<div id="steady-cookie-consent" class="cookie-consent"><p>Steady verwendet Cookies, um dir die bestmögliche Nutzung zu ermöglichen.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div></body></html>') % (
            E(title), head, cls, B, SN, B, B, B, main, B)

    h1 = ["Im Oderbruch fordern Landwirte vom Land Brandenburg eine Entschädigung für Schäden, die Biber an Gräben, Deichen und Feldern anrichten. Allein im vergangenen Jahr seien mehr als 300 Hektar Acker zeitweise überflutet gewesen, sagt der Kreisbauernverband Märkisch-Oderland.",
          "Die Tiere stauen die Entwässerungsgräben, die das tief liegende Bruch seit dem 18. Jahrhundert trocken halten. Wenn das Wasser nicht mehr abfließt, stehen Felder wochenlang unter Wasser, und die Aussaat verzögert sich oder fällt ganz aus.",
          "Der Biber ist streng geschützt. Das Umweltministerium in Potsdam verweist auf eine Verordnung, nach der Dämme an bestimmten Gräben entfernt und einzelne Tiere in Ausnahmefällen getötet werden dürfen. Einen Entschädigungsfonds, wie ihn Bayern seit Jahren hat, gibt es in Brandenburg nicht.",
          "Der Gewässer- und Deichverband Oderbruch schätzt seine zusätzlichen Kosten durch Biberschäden auf rund 400.000 Euro im Jahr. Verbandschef Thomas Lehmann sagt: „Wir reparieren jede Woche dieselben Stellen. Das bezahlen am Ende alle Grundeigentümer über ihre Beiträge.“",
          fill("Der Landtag soll sich im Frühjahr mit einer Petition der Landwirte befassen, die mehr als zweitausend Menschen unterschrieben haben.", 83)]
    h2 = ["Die Stadtverwaltung von Frankfurt (Oder) kennt seit mindestens einem Jahr ein Gutachten, nach dem die geplante zweite Oderbrücke nach Słubice fast doppelt so teuer wird wie öffentlich angegeben.",
          "Das Gutachten liegt Flusslage vor. Es beziffert die Kosten auf 58 Millionen Euro statt der 31 Millionen, die die Stadt in ihrem Förderantrag an die EU genannt hat. Im Stadtrat wurde es bislang nicht vorgestellt."]
    h3 = ["Zum dritten Mal in diesem Winter ist die Regionalbahn RB26 zwischen Berlin-Lichtenberg und Kostrzyn für mehrere Tage ausgefallen. Betroffen sind vor allem polnische Pendlerinnen und Pendler, die in Berlin und im Umland arbeiten.",
          "Grund waren nach Angaben des Betreibers diesmal fehlende Triebfahrzeugführer. Im Januar hatte ein Defekt an der Oderbrücke bei Küstrin-Kietz den Verkehr unterbrochen, im Dezember eine Störung an einem Stellwerk.",
          "Der Ersatzverkehr mit Bussen braucht für die Strecke fast doppelt so lange wie der Zug. Pendler berichten, dass sie deshalb morgens um vier Uhr aufstehen müssen, um pünktlich zur Frühschicht in Berlin zu sein.",
          "Das Land Brandenburg hat angekündigt, die Strecke mit neuen Fahrzeugen und häufigeren Verbindungen neu auszuschreiben. Bis dahin, sagt eine Pendlerin aus Kostrzyn, bleibe nur die Hoffnung auf einen milden Winter."]
    A = [dict(id="8c2e1f44-5b7a-4e0d-9f31-2a6b0c9d7e15", title="Oderbruch: Bauern fordern Entschädigung für Biberschäden", au=[JW], iso="2025-03-11T09:00:00+00:00",
              body=ps(h1[:2]) + '<figure class="post-image"><img src="https://assets.steadyhq.com/production/post/biberdamm.jpg" alt=""><figcaption>Ein Biberdamm an einem Graben bei Letschin. Foto: Jana Wiegand</figcaption></figure>' + ps(h1[2:]), must=[h1[1], h1[3], h1[4]]),
         dict(id="f0a93c27-1d6e-4b58-8a02-7c4e91b3d6a8", title="Was die Stadt über das Brückenprojekt nach Słubice verschweigt", au=[MK], iso="2025-03-07T06:00:00+00:00", paid=True,
              body=ps(h2), must=[h2[0], h2[1]]),
         dict(id="3b7d5e90-6c21-4f8a-b4e3-05d9a1c8f272", title="Grenzpendler: Warum die Regionalbahn nach Kostrzyn schon wieder ausfällt", au=[JW, MK], iso="2025-02-28T10:00:00+00:00",
              body=ps(h3[:3]) + "<h2>Neue Ausschreibung</h2>" + ps(h3[3:]), must=[h3[0], h3[2], h3[3]])]
    pod = dict(id="a61c0f3e-92b4-47d1-8e5a-d0b27f4c1936", title="Folge 12: Wem gehört die Oder?", au=[JW, MK], iso="2025-03-04T16:00:00+00:00",
               body='<div class="post-audio"><audio controls src="https://assets.steadyhq.com/production/podcast/folge-12.mp3"></audio><span class="post-audio__duration">47:05</span></div>'
                    '<p>In Folge 12 sprechen wir mit einer Fischerin aus Lebus und einem Wasserbauer aus Słubice über den Ausbau der Oder.</p><p>Den Podcast gibt es für Mitglieder auch als privaten Feed.</p>')

    def card(a):
        return ('<article class="post-card%s"><a href="%s/posts/%s"><h3 class="post-card__title">%s</h3></a><div class="post-card__meta"><span>%s</span> · <time datetime="%s">%s</time>%s</div></article>') % (
            " post-card--paid" if a.get("paid") else "", B, a["id"], E(a["title"]), " & ".join(a["au"]), zulu(a["iso"]), gdate(a["iso"]), ' · <span class="badge">Nur für Mitglieder</span>' if a.get("paid") else "")

    def post(a):
        path = "%s/posts/%s" % (B, a["id"])
        wall = ""
        if a.get("paid"):
            wall = ('<div class="paywall"><div class="paywall__fade"></div><div class="paywall__box"><h2 class="paywall__title">Weiterlesen mit Steady</h2>'
                    '<p>Dieser Beitrag ist exklusiv für Mitglieder von Flusslage. Werde jetzt Mitglied und unterstütze unabhängigen Lokaljournalismus in Ostbrandenburg.</p>'
                    '<a class="button button--primary" href="%s/plans">Mitglied werden</a><p class="paywall__login">Schon Mitglied? <a href="/de/login">Anmelden</a></p></div></div>') % B
        main = ('<article class="post-view"><header class="post-view__header"><div class="post-view__meta"><div class="post-view__avatars">%s</div><span class="post-view__author">%s</span>'
                '<time class="post-view__date" datetime="%s">%s</time>%s</div><h1 class="post-view__title">%s</h1></header>'
                '<div class="post-view__content ProseMirror">%s</div>%s'
                '<footer class="post-view__footer"><div class="post-view__share"><span>Teilen:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://bsky.app/intent/compose?text=%s">Bluesky</a> <a href="mailto:?body=%s">E-Mail</a></div>'
                '<div class="publication-teaser"><h3>Flusslage unterstützen</h3><p>Flusslage ist werbefrei und wird von 1.140 Mitgliedern finanziert. Ab 5 € im Monat bist du dabei.</p><a class="button" href="%s/plans">Mitglied werden</a></div></footer></article>'
                '<section class="more-posts"><h2>Weitere Beiträge</h2>%s</section>') % (
            "".join('<img class="avatar" src="https://assets.steadyhq.com/production/user/%s.jpg" alt="%s">' % (n.split()[0].lower(), n) for n in a["au"]), " und ".join(a["au"]),
            zulu(a["iso"]), gdate(a["iso"]), ' <span class="badge badge--paid">Nur für Mitglieder</span>' if a.get("paid") else "", E(a["title"]), a["body"], wall, s.url(path), s.url(path), s.url(path), B,
            "".join(card(b) for b in A if b is not a))
        head = ('<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="https://assets.steadyhq.com/production/post/%s/og.jpg"><meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="%s">') % (
            E(a["body"][3:150].split("<")[0]), E(a["title"]), E(SN), s.url(path), a["id"], s.url(path))
        return path, shell("%s - %s" % (a["title"], SN), main, head, "publication-page post-page")

    for a in A:
        path, doc = post(a)
        mn = ["Flusslage ist werbefrei und wird von 1.140 Mitgliedern finanziert", "Steady verwendet Cookies"] + [b["title"] for b in A if b is not a]
        if a.get("paid"):
            mn += ["Weiterlesen mit Steady", "Dieser Beitrag ist exklusiv für Mitglieder"]
        s.art(path, doc, a["title"], a["iso"][:10], a["au"], must=a["must"], must_not=mn)
    path, doc = post(pod)
    s.non(path, doc)
    lst = sorted(A + [pod], key=lambda a: a["iso"], reverse=True)
    plans = ('<section class="plans"><h2>Werde Mitglied</h2><div class="plan"><h3>Leserin / Leser</h3><p class="plan__price">5 € / Monat</p><ul><li>Alle Beiträge</li><li>Newsletter am Freitag</li></ul><a class="button" href="%s/plans">Auswählen</a></div>'
             '<div class="plan"><h3>Unterstützer*in</h3><p class="plan__price">10 € / Monat</p><ul><li>Alles aus Leser</li><li>Podcast-Feed</li><li>Einladung zur Jahresversammlung</li></ul><a class="button" href="%s/plans">Auswählen</a></div>'
             '<div class="plan"><h3>Förderin / Förderer</h3><p class="plan__price">25 € / Monat</p><ul><li>Alles aus Unterstützer</li><li>Dein Name im Impressum</li></ul><a class="button" href="%s/plans">Auswählen</a></div></section>') % (B, B, B)
    about = ["Flusslage ist ein unabhängiges Lokalmedium für Frankfurt (Oder), das Oderbruch und die deutsch-polnische Grenzregion. Wir berichten über Politik, Verkehr, Landwirtschaft und das Leben an der Grenze.",
             "Hinter Flusslage stehen die Journalistin Jana Wiegand und der Journalist Malte Koch. Beide haben zuvor für Tageszeitungen in Brandenburg gearbeitet.",
             "Wir finanzieren uns ausschließlich über Mitgliedschaften. Es gibt keine Werbung und keine Förderung durch Parteien oder Unternehmen."]
    s.non("/", shell("Steady – Mitgliedschaften für Medienmacher*innen", '<section class="steady-hero"><h1>Mach dein Publikum zu deinen Unterstützer*innen</h1><p>Mit Steady bieten Podcasts, Blogs, Newsletter und Lokalmedien Mitgliedschaften an.</p></section>'
                                                                              '<section class="steady-featured"><h2>Entdecke Publikationen</h2><ul><li><a href="%s">Flusslage</a> – Lokaljournalismus aus Frankfurt (Oder)</li><li><a href="https://steadyhq.com/de/kiezecho">Kiezecho</a> – Neukölln im Blick</li></ul></section>' % B,
                     '<meta name="description" content="Steady ist die Plattform für Mitgliedschaften."><meta property="og:type" content="website">', "steady-home"))
    s.non(B, shell("%s | Steady" % SN, '<section class="publication-hero"><h1>%s</h1><p>%s</p><p class="publication-hero__count">1.140 Mitglieder</p></section>%s<section class="recent-posts"><h2>Neueste Beiträge</h2>%s<a href="%s/posts">Alle Beiträge</a></section>' % (
        SN, E(DESC), plans, "".join(card(a) for a in lst), B), '<meta name="description" content="%s"><meta property="og:type" content="website">' % E(DESC)))
    s.non(B + "/about", shell("Über uns | %s | Steady" % SN, '<section class="publication-about"><h1>Über uns</h1>%s</section>%s' % (ps(about), plans), '<meta property="og:type" content="website">'))
    s.non(B + "/posts", shell("Beiträge | %s | Steady" % SN, '<section class="post-list"><h1>Beiträge</h1>%s</section>' % "".join(card(a) for a in lst), '<meta property="og:type" content="website">'))
    s.non(B + "/plans", shell("Mitglied werden | %s | Steady" % SN, plans + '<p class="plans__note">Du kannst deine Mitgliedschaft jederzeit kündigen. Zahlung per SEPA-Lastschrift, Kreditkarte oder PayPal.</p>', ""))
    s.non(B + "/imprint", shell("Impressum | %s | Steady" % SN, '<section class="imprint"><h1>Impressum</h1><p>Flusslage GbR, Jana Wiegand und Malte Koch, Karl-Marx-Straße 12, 15230 Frankfurt (Oder). Verantwortlich im Sinne des § 18 Abs. 2 MStV: Jana Wiegand.</p></section>', ""))
    s.non(B + "/checkout/danke", shell("Danke! | %s | Steady" % SN, '<section class="checkout-thanks"><h1>Danke, dass du Flusslage unterstützt!</h1><p>Deine Mitgliedschaft ist aktiv. Wir haben dir eine Bestätigung per E-Mail geschickt.</p><a class="button" href="%s/posts">Zu den Beiträgen</a></section>' % B, '<meta name="robots" content="noindex">'))
    s.non("/de/login", shell("Anmelden | Steady", '<section class="login"><h1>Bei Steady anmelden</h1><form><label>E-Mail-Adresse<input type="email"></label><label>Passwort<input type="password"></label><button>Anmelden</button></form><a href="https://steadyhq.com/de/password/new">Passwort vergessen?</a></section>', '<meta name="robots" content="noindex">', "login-page"))
    s.feed("/de/flusslage/rss", SN, [("%s/posts/%s" % (B, a["id"]), a["title"], a["iso"], " & ".join(a["au"])) for a in lst], DESC)
    s.sitemap(["/", B, B + "/about", B + "/posts"] + ["%s/posts/%s" % (B, a["id"]) for a in lst], "/de/login")


# ====================================================================== 9 Mailchimp campaign archive (it)
def scirocco():
    s = Site(9)
    SN = "Scirocco"
    U, LID = "9b1f3c2ad47e8f6b0a5c1d2e3", "7e2a4d9c1b"
    Q = "?u=%s&id=%s" % (U, LID)
    GIORNI = ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica"]
    MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]

    def nonq(pq, doc):
        s.put(pq.split("?")[0], doc)
        truth["nonarticles"].append(s.url(pq))

    def itdate(day):
        d = datetime.date.fromisoformat(day)
        return "%s %d %s %d" % (GIORNI[d.weekday()], d.day, MESI[d.month - 1], d.year)

    def campaign(c):
        path = "/%s/%s" % (c["hash"], c["slug"])
        bar = ('<div id="awesomewrap"><div id="awesomebar"><div id="awesomebar-inner"><a href="%s" title="Iscriviti" class="mc-btn">Iscriviti</a>'
               '<a href="/home/%s" title="Visualizza numeri precedenti" class="mc-btn">Numeri precedenti</a><div class="mc-dropdown"><a href="#" class="mc-btn">Translate</a></div>'
               '<a href="/feed%s" title="RSS" class="rss">RSS</a></div></div></div>') % (E(s.url("/subscribe" + Q)), E(Q), E(Q))
        body = c["body"]
        doc = ('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
               '<!-- NAME: 1 COLUMN -->\n<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'
               '<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
               '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:image" content="https://mcusercontent.com/%s/images/scirocco-testata.png">\n'
               '<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}'
               'body,#bodyTable,#bodyCell{height:100%%;margin:0;padding:0;width:100%%;}.mcnPreviewText{display:none !important;}#outlook a{padding:0;}.ReadMsgBody{width:100%%;}.ExternalClass{width:100%%;}'
               '#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}.mcnTextContent{word-break:break-word;}#templatePreheader .mcnTextContent,#templatePreheader .mcnTextContent p{color:#656565;font-family:Helvetica;font-size:12px;line-height:150%%;text-align:left;}'
               '#templateBody .mcnTextContent,#templateBody .mcnTextContent p{color:#202020;font-family:Georgia;font-size:17px;line-height:160%%;text-align:left;}#templateFooter .mcnTextContent{color:#656565;font-family:Helvetica;font-size:12px;line-height:150%%;text-align:center;}</style>\n'
               '<script>var w=window;if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){var d=document;AKSB=w.AKSB||{},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){AKSB.q.push(["mark",e,_||(new Date).getTime()])}}</script>\n'
               '</head>\n<body>\n<!--*|IF:MC_PREVIEW_TEXT|*-->\n<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">%s</span><!--<![endif]-->\n<!--*|END:IF|*-->\n'
               '%s\n<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">\n'
               '<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->\n'
               '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="templateContainer">\n'
               '<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnTextBlock" style="min-width:100%%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
               '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%%; min-width:100%%;" width="100%%" class="mcnTextContentContainer"><tbody><tr>'
               '<td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px; text-align: center;"><a href="%s" target="_blank">Visualizza questa email nel browser</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>\n'
               '<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnImageBlock" style="min-width:100%%;"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner">'
               '<table align="left" width="100%%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%%;"><tbody><tr><td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">'
               '<img align="center" alt="Scirocco" src="https://mcusercontent.com/%s/images/scirocco-testata.png" width="564" style="max-width:1200px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage"></td></tr></tbody></table></td></tr></tbody></table></td></tr>\n'
               '<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnTextBlock" style="min-width:100%%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
               '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%%; min-width:100%%;" width="100%%" class="mcnTextContentContainer"><tbody><tr>'
               '<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">%s</td></tr></tbody></table></td></tr></tbody></table>\n'
               '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnButtonBlock" style="min-width:100%%;"><tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">'
               '<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: #C0392B;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: 16px; padding: 15px;">'
               '<a class="mcnButton" title="Sostieni Scirocco" href="/c5d82f1e7a60/sostieni-scirocco-2025" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%%;text-align: center;text-decoration: none;color: #FFFFFF;">Sostieni Scirocco</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>\n'
               '<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnFollowBlock" style="min-width:100%%;"><tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">'
               '<a href="https://www.instagram.com/scirocco.pa" target="_blank">Instagram</a> <a href="https://www.facebook.com/scirocco.pa" target="_blank">Facebook</a> <a href="/" target="_blank">Sito web</a></td></tr></tbody></table>'
               '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnTextBlock" style="min-width:100%%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%%; min-width:100%%;" width="100%%" class="mcnTextContentContainer"><tbody><tr>'
               '<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;"><em>Copyright © 2025 Scirocco Società Cooperativa, Tutti i diritti riservati.</em><br>Ricevi questa email perché ti sei iscritto/a alla lettera di Scirocco sul nostro sito.<br><br>'
               '<strong>Il nostro indirizzo è:</strong><br><div class="vcard"><span class="org fn">Scirocco Società Cooperativa</span><div class="adr"><div class="street-address">Via Maqueda 112</div><span class="locality">Palermo</span>, <span class="region">PA</span>  <span class="postal-code">90134</span><div class="country-name">Italy</div></div></div><br>'
               '<a href="https://us21.campaign-archive.com/vcard?u=%s&amp;id=%s" class="hcard-download">Add us to your address book</a><br><br>'
               'Vuoi cambiare il modo in cui ricevi queste email?<br>Puoi <a href="/profile%s">aggiornare le tue preferenze</a> o <a href="https://scirocco.us21.list-manage.com/unsubscribe%s">cancellarti da questa lista</a>.<br><br>'
               '<a href="http://eepurl.com/iYq3Bw" title="Mailchimp Email Marketing" target="_blank"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Email Marketing Powered by Mailchimp" width="139" height="54"></a></td></tr></tbody></table></td></tr></tbody></table></td></tr>\n'
               '</table>\n<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->\n</td></tr></table></center>\n'
               '<script src="https://us21.campaign-archive.com/js/mailchimp/campaign-archive-top-bar.js"></script></body>\n</html>') % (
            E(c["subject"]), E(c["subject"]), E(c["preview"]), s.url(path), U, E(c["preview"]), bar, s.url(path), U, body, U, LID, E(Q), E(Q))
        return path, doc

    def issue_body(c):
        h = ('<p style="text-align:center;font-family:Helvetica;font-size:13px;color:#888;">N. %d — %s</p><h1 style="text-align:center;">%s</h1>') % (c["num"], itdate(c["day"]), E(c["h1"]))
        return h + c["html"]

    i1 = ["Da dieci anni Palermo aspetta il nuovo terminal crocieristico del molo Vittorio Veneto. Il progetto è stato presentato tre volte, finanziato due, e il cantiere non è mai partito.",
          "Abbiamo ricostruito la storia dell'opera attraverso le delibere dell'Autorità di sistema portuale e i documenti del Ministero delle Infrastrutture. L'ultimo bando, da 41 milioni di euro, è andato deserto a gennaio: nessuna impresa ha presentato un'offerta.",
          "Secondo due costruttori che hanno partecipato alle gare precedenti, i prezzi fissati nel bando non tengono conto dell'aumento dei costi dei materiali degli ultimi tre anni. L'Autorità portuale sostiene invece che il progetto debba essere semplificato e che un nuovo bando sarà pubblicato entro l'estate.",
          "Intanto le navi da crociera continuano ad attraccare alla vecchia stazione marittima, dove i passeggeri sbarcano in un capannone senza aria condizionata. Nel 2024 ne sono arrivati più di settecentomila."]
    i2 = ["Al mercato di Ballarò i prezzi della frutta e della verdura sono aumentati in media del 18 per cento in un anno, secondo i listini che i commercianti ci hanno mostrato. Ma i banchi sono ancora pieni, e la clientela è cambiata.",
          "Accanto alle famiglie del quartiere, che comprano sempre meno, sono arrivati i turisti e i ristoratori del centro storico, che pagano senza contrattare. Alcuni venditori hanno cominciato a esporre due prezzi, uno scritto e uno detto a voce.",
          "L'associazione dei commercianti chiede al Comune di ridurre il canone di occupazione del suolo pubblico, aumentato nel 2023. L'assessore alle attività produttive ha promesso una risposta entro aprile.",
          fill("Chi compra al mercato da decenni racconta che le trattative sul prezzo sono diventate più lunghe e che molti comprano solo lo stretto necessario.", 97)]
    i3_intro = "Buongiorno! Questa settimana una lettera diversa: quattro notizie brevi da Palermo e dintorni."
    i3 = [("Acqua a giorni alterni in dodici quartieri", "L'azienda idrica comunale ha esteso la turnazione dell'acqua a dodici quartieri della città, da Borgo Nuovo a Brancaccio. L'erogazione sarà garantita a giorni alterni almeno fino a maggio."),
          ("Il tram resta in deposito", "I lavori per le nuove linee del tram hanno subito un altro rinvio: la consegna dei primi binari in via Libertà slitta a settembre. Le linee esistenti funzionano regolarmente."),
          ("Riapre la biblioteca di Borgo Vecchio", "Dopo quattro anni di chiusura riapre la biblioteca comunale di Borgo Vecchio, con una sala studio e uno spazio per i bambini. Sarà gestita da un'associazione di volontari."),
          ("Da ascoltare", "Giulia ha registrato una puntata del podcast di Scirocco con i pescatori di Sant'Erasmo, che raccontano come è cambiata la pesca nel golfo. La trovate sul nostro sito.")]
    C = [dict(hash="a3f9c2d1b7e4", slug="il-porto-che-non-c-e", num=112, day="2025-03-10", subject="Lettera n. 112 – Il porto che non c'è", h1="Il porto che non c'è", preview="Dieci anni di attesa per il terminal crociere. Perché il cantiere non parte.",
              html=ps(i1) + "<p>Un abbraccio, e alla prossima lettera.</p><p><strong>Giulia Ferrante</strong></p>", authors=["Giulia Ferrante"], must=[i1[1], i1[3]]),
         dict(hash="5e7b1d0c9a42", slug="ballaro-resiste-ai-rincari", num=111, day="2025-03-03", subject="Lettera n. 111 – Ballarò resiste ai rincari", h1="Ballarò resiste ai rincari", preview="Prezzi su del 18 per cento, ma il mercato è ancora pieno.",
              html=ps(i2) + "<p><em>La redazione di Scirocco</em></p>", authors=[], must=[i2[0], i2[2], i2[3]]),
         dict(hash="0d4c8e2f6b19", slug="acqua-razionata-tram-fermi-e-altre-notizie", num=113, day="2025-03-17", subject="Lettera n. 113 – Acqua razionata, tram fermi e altre notizie", h1="Acqua razionata, tram fermi e altre notizie",
              preview="Quattro notizie brevi da Palermo.", html="<p>%s</p>" % E(i3_intro) + "".join("<h2>%s</h2><p>%s</p>" % (E(h), E(t)) for h, t in i3) + "<p>A lunedì prossimo,</p><p><strong>Davide Lo Presti</strong></p>",
              authors=["Davide Lo Presti"], must=[i3_intro, i3[0][1], i3[3][1]])]
    for c in C:
        c["body"] = issue_body(c)
        path, doc = campaign(c)
        s.art(path, doc, c["h1"], c["day"], c["authors"], must=c["must"], must_not=["Copyright © 2025 Scirocco", "Vuoi cambiare il modo in cui ricevi queste email?", "Visualizza questa email nel browser", "Add us to your address book"])
    welcome = dict(hash="b71e0c4a9d23", slug="benvenuta-e-benvenuto-in-scirocco", subject="Benvenuta e benvenuto in Scirocco!", preview="Ecco cosa aspettarti dalla nostra lettera.",
                   body='<h1 style="text-align:center;">Benvenuta e benvenuto!</h1>' + ps(["Grazie per esserti iscritto/a alla lettera di Scirocco. Ogni lunedì mattina riceverai un'inchiesta, un reportage o una raccolta di notizie da Palermo.",
                                                                                          "Scirocco è una cooperativa di giornalisti indipendenti. Non abbiamo editori né pubblicità: viviamo grazie a chi ci sostiene.",
                                                                                          "Se vuoi scriverci, rispondi a questa email. Giulia, Davide e tutta la redazione"]))
    appeal = dict(hash="c5d82f1e7a60", slug="sostieni-scirocco-2025", subject="Scirocco ha bisogno di te: la campagna 2025", preview="Con 5 euro al mese ci aiuti a restare indipendenti.",
                  body='<h1 style="text-align:center;">Sostieni Scirocco</h1>' + ps(["Nel 2024 abbiamo pubblicato 48 lettere e tre inchieste lunghe, senza un euro di pubblicità.", "Quest'anno vogliamo arrivare a 600 sostenitori. Con 5 euro al mese, o 50 all'anno, ci aiuti a restare indipendenti."]) +
                       '<p style="text-align:center;"><a href="https://scirocco.example/sostieni">Diventa sostenitore</a></p>')
    for c in (welcome, appeal):
        path, doc = campaign(c)
        s.non(path, doc)
    allc = sorted(C, key=lambda c: c["day"], reverse=True)
    arch = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Scirocco Email Archive</title><link rel="alternate" type="application/rss+xml" title="RSS" href="/feed%s">'
            '<link rel="stylesheet" href="https://us21.campaign-archive.com/css/archivebar-desktop.css"></head><body id="archive-list"><div id="templateContainer"><div id="templateHeader"><h1>Scirocco</h1>'
            '<p><a href="%s">Iscriviti</a> | <a href="/feed%s">RSS</a></p></div><div id="templateBody"><h2>Numeri precedenti</h2><ul id="archive-list" class="display_archive">%s%s%s</ul></div>'
            '<div id="templateFooter"><a href="http://eepurl.com/iYq3Bw"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Powered by Mailchimp"></a></div></div></body></html>') % (
        E(Q), E(s.url("/subscribe" + Q)), E(Q), '<li class="campaign">03/14/2025 - <a href="/c5d82f1e7a60/sostieni-scirocco-2025" title="%s" target="_blank">%s</a></li>' % (E(appeal["subject"]), E(appeal["subject"])),
        "".join('<li class="campaign">%s - <a href="/%s/%s" title="%s" target="_blank">%s</a></li>' % (datetime.date.fromisoformat(c["day"]).strftime("%m/%d/%Y"), c["hash"], c["slug"], E(c["subject"]), E(c["subject"])) for c in allc),
        '<li class="campaign">09/02/2024 - <a href="/b71e0c4a9d23/benvenuta-e-benvenuto-in-scirocco" title="%s" target="_blank">%s</a></li>' % (E(welcome["subject"]), E(welcome["subject"])))
    nonq("/home/" + Q, arch)

    def hosted(title, inner):
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://us21.list-manage.com/css/signup-forms/classic-061523.css"></head>'
                '<body class="signup-page"><div id="templateContainer" class="wrapper rounded6"><div id="templateHeader"><img src="https://mcusercontent.com/%s/images/scirocco-testata.png" alt="Scirocco"></div><div id="templateBody" class="bodyContent rounded6">%s</div>'
                '<div id="templateFooter"><a href="http://eepurl.com/iYq3Bw"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"></a></div></div></body></html>') % (E(title), U, inner)
    nonq("/subscribe" + Q, hosted("Scirocco", '<h2>Iscriviti alla lettera di Scirocco</h2><form action="/subscribe/post%s" method="POST"><div class="indicates-required"><span class="asterisk">*</span> indica campo obbligatorio</div>'
                                             '<div class="field-group"><label for="MERGE0">Indirizzo email <span class="asterisk">*</span></label><input type="email" name="MERGE0" id="MERGE0"></div><div class="field-group"><label for="MERGE1">Nome</label><input type="text" name="MERGE1" id="MERGE1"></div>'
                                             '<input type="submit" class="button" value="Iscriviti"></form>' % E(Q)))
    nonq("/subscribe/post" + Q, hosted("Scirocco", '<h2>Ci siamo quasi...</h2><p>Per completare l&#39;iscrizione dobbiamo confermare il tuo indirizzo email. Clicca sul link nell&#39;email che ti abbiamo appena inviato.</p><p><a href="/">continua al sito web</a></p>'))
    nonq("/profile" + Q, hosted("Scirocco: aggiorna le preferenze", '<h2>Aggiorna il tuo profilo</h2><form><div class="field-group"><label>Indirizzo email</label><input type="email"></div><div class="field-group"><label>Nome</label><input type="text"></div>'
                                                                    '<fieldset><legend>Cosa vuoi ricevere?</legend><label><input type="checkbox" checked> La lettera del lunedì</label><label><input type="checkbox"> Inviti agli eventi</label></fieldset><input type="submit" class="button" value="Aggiorna profilo"></form>'))

    def site(title, inner):
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title><meta name="description" content="Giornalismo indipendente a Palermo. Ogni lunedì, una lettera.">'
                '<meta property="og:title" content="%s"><meta property="og:type" content="website"><link rel="stylesheet" href="https://mcusercontent.com/%s/_compresseds/website-2f1a.css"></head>'
                '<body class="mcnWebsite"><div class="mcwPageWrapper"><header class="mcwHeader"><a class="mcwLogo" href="/">Scirocco</a><nav class="mcwNav"><a href="/">Home</a><a href="/chi-siamo">Chi siamo</a><a href="/home/%s">Archivio</a><a class="mcwButton" href="/subscribe%s">Iscriviti</a></nav></header>'
                '<main class="mcwContent">%s</main><footer class="mcwFooter"><p>Scirocco Società Cooperativa · Via Maqueda 112, Palermo · P.IVA 06912340821</p><p>Creato con Mailchimp</p></footer></div></body></html>') % (
            E(title), E(title), U, E(Q), E(Q), inner)
    s.non("/", site("Scirocco – giornalismo indipendente a Palermo", ('<section class="mcwSection mcwHero"><h1>Giornalismo indipendente a Palermo</h1><p>Ogni lunedì mattina, una lettera: un&#39;inchiesta, un reportage o le notizie della settimana. Gratis, nella tua casella email.</p>'
                                                                      '<a class="mcwButton" href="/subscribe%s">Iscriviti alla lettera</a></section><section class="mcwSection"><h2>Le ultime lettere</h2><ul>%s</ul><p><a href="/home/%s">Tutti i numeri</a></p></section>') % (
        E(Q), "".join('<li><a href="/%s/%s">%s</a></li>' % (c["hash"], c["slug"], E(c["subject"])) for c in allc), E(Q))))
    s.non("/chi-siamo", site("Chi siamo – Scirocco", '<section class="mcwSection"><h1>Chi siamo</h1>%s</section>' % ps([
        "Scirocco è una cooperativa di giornalisti nata a Palermo nel 2022. La fondatrice è Giulia Ferrante, che ha lavorato per quindici anni nella cronaca locale; con lei scrive Davide Lo Presti.",
        "Non abbiamo editori né pubblicità. La lettera è gratuita e la sostengono circa quattrocento lettrici e lettori con un contributo mensile."])))
    s.raw("/feed", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Scirocco Archive Feed</title><link>%s</link><description>Scirocco Archive Feed</description>%s</channel></rss>' % (
        E(s.url("/home/" + Q)), "".join('<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>' % (E(c["subject"]), s.url("/%s/%s" % (c["hash"], c["slug"])), datetime.datetime.fromisoformat(c["day"] + "T08:00:00+01:00").strftime("%a, %d %b %Y %H:%M:%S +0100")) for c in allc)))


# ====================================================================== 10 WordPress.com + Jetpack (sv)
def norrland():
    s = Site(10)
    SN = "Norrlandsbrevet"
    ES = "Elin Sjöberg"
    DESC = "Nyheter och granskningar från Norrlands inland, i din inkorg varje vecka."
    MAN = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

    def svdate(iso):
        d = dt(iso).astimezone(datetime.timezone(datetime.timedelta(hours=1)))
        return "%d %s %d" % (d.day, MAN[d.month - 1], d.year)

    def local(iso):
        return dt(iso).astimezone(datetime.timezone(datetime.timedelta(hours=1))).isoformat()

    def subform(label="Prenumerera"):
        return ('<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container is-not-subscriber">'
                '<form action="#" method="post" accept-charset="utf-8" data-blog="231405877" data-post_access_level="everybody" data-subscriber_email="" id="subscribe-blog">'
                '<div class="wp-block-jetpack-subscriptions__form-elements"><p id="subscribe-email"><label for="subscribe-field" class="screen-reader-text">Skriv din e-postadress...</label>'
                '<input required="required" type="email" name="email" class="no-border-radius" style="font-size: 16px;padding: 15px 23px 15px 23px;border-radius: 0px;border-width: 1px;" placeholder="Skriv din e-postadress..." value="" id="subscribe-field" title="Please fill in this field."></p>'
                '<p id="subscribe-submit"><input type="hidden" name="action" value="subscribe"><input type="hidden" name="blog_id" value="231405877"><input type="hidden" name="source" value="%s">'
                '<button type="submit" class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">%s</button></p></div></form></div></div>') % (s.url("/"), label)

    def shell(title, main, head="", cls="home blog"):
        return ('<!DOCTYPE html>\n<html lang="sv-SE"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name=\'robots\' content=\'max-image-preview:large\'>'
                '<title>%s</title><link rel=\'dns-prefetch\' href=\'//s0.wp.com\'><link rel="alternate" type="application/rss+xml" title="%s &raquo; flöde" href="%s">%s'
                '<link rel=\'stylesheet\' id=\'all-css-0\' href=\'https://s0.wp.com/_static/??-eJyNkMEOgjAMhl/IUYmJ8WJ8lq0UXFi3pesgvL3DgwejlyX/v7Xr5+wN21FwW6dsT0pxYLsyfT2yO9ERwRTE11HqgxZcGmjGt9GXk0u10DBKa9Y3AU9jXb7GR7d4iHzRXS5V+XHLjl+sWk04yK9Pb8r8Ye/Qn0fw=\' type=\'text/css\' media=\'all\'>'
                '<meta name="generator" content="WordPress.com"><link rel=\'shortlink\' href=\'https://wp.me/pfEk2h-4\'>'
                '<link rel="search" type="application/opensearchdescription+xml" href="%s/osd.xml" title="%s"><link rel="search" type="application/opensearchdescription+xml" href="https://s1.wp.com/opensearch.xml" title="WordPress.com"></head>\n'
                '<body class="%s wp-embed-responsive is-block-theme customizer-styles-applied highlander-enabled highlander-light">'
                '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">'
                '<p class="wp-block-site-title"><a href="%s" target="_self" rel="home">%s</a></p><p class="wp-block-site-tagline">%s</p>'
                '<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container">'
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/category/nyheter/"><span class="wp-block-navigation-item__label">Nyheter</span></a></li>'
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/om/"><span class="wp-block-navigation-item__label">Om</span></a></li>'
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/prenumerera/"><span class="wp-block-navigation-item__label">Prenumerera</span></a></li></ul></nav></div></header>\n'
                '<main class="wp-block-group is-layout-constrained">%s</main>\n'
                '<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><p class="has-small-font-size">%s</p>%s<p class="has-text-align-center has-small-font-size">Blogg på <a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">WordPress.com</a>.</p></div></footer></div>\n'
                '<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-lettre actnbr-has-follow actnbr-has-actions"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>Prenumerera</span></a>'
                '<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="%s">%s</a></li>'
                '<li class="actnbr-login-nudge"><div>Har du redan ett WordPress.com-konto? <a href="https://wordpress.com/log-in?redirect_to=%s">Logga in nu.</a></div></li></ul></div></div></li>'
                '<li class="actnbr-ellipsis actnbr-hidden"><div class="actnbr-popover tip tip-top-left actnbr-more"><div class="tip-arrow"></div><div class="tip-inner"><ul><li class="actnbr-sitename"><a href="%s">%s</a></li>'
                '<li class="actnbr-folded-customize"><a href="https://wordpress.com/log-in?redirect_to=%s">Logga in</a></li><li class="actnbr-reader"><a href="https://wordpress.com/reader/feeds/154220417">Visa webbplatsen i läsaren</a></li>'
                '<li class="flb-report"><a href="https://wordpress.com/abuse/?report_url=%s" target="_blank" rel="noopener noreferrer">Rapportera detta innehåll</a></li></ul></div></div></li></ul></div>'
                '<div class="jetpack-subscription-modal"><div class="jetpack-subscription-modal__modal-content"><div class="wp-block-group has-border-color" style="border-width:1px;padding:32px"><h2 class="wp-block-heading has-text-align-center">Upptäck mer från %s</h2>'
                '<p class="has-text-align-center">Prenumerera för att få de senaste inläggen skickade till din e-post.</p>%s<p class="has-text-align-center jetpack-subscription-modal__close"><a href="#">Fortsätt läsa</a></p></div></div></div>'
                '<script src="https://s0.wp.com/wp-content/mu-plugins/actionbar/actionbar.js?m=1712165621i" defer></script></body></html>') % (
            E(title), SN, s.url("/feed/"), head, s.url(""), SN, cls, s.url("/"), SN, E(DESC), main, E(DESC), subform(), s.url("/"), SN, s.url("/"), s.url("/"), SN, s.url("/"), s.url("/"), SN, subform())

    j1 = ["I Åsele har bygget av en vindkraftpark med 42 verk delat byn i två läger. På ena sidan står de som ser arbetstillfällen och bygdepengar, på den andra renskötare och fritidshusägare som säger att fjällen förstörs.",
          "Bolaget bakom parken har lovat att betala en procent av intäkterna till en bygdefond, vilket enligt kommunens beräkning kan bli omkring fyra miljoner kronor om året. Pengarna ska fördelas av en styrelse där föreningar och företag i kommunen ingår.",
          "Den berörda samebyn har överklagat tillståndet till mark- och miljööverdomstolen. Samebyn menar att parken ligger mitt i ett område där renarna betar under våren och att bullret och vägarna gör marken obrukbar.",
          "På kommunfullmäktiges senaste möte tog frågan en timme av allmänhetens frågestund. \"Vi har fått höra att vi är emot utveckling, men vi är emot att någon annan bestämmer över vår mark\", sa en av renskötarna.",
          fill("Kommunen räknar med att bygget kommer att pågå i tre år och att ett fyrtiotal personer kommer att arbeta med driften när parken är klar.", 101)]
    j2 = ["Region Västernorrland visste redan i höstas att ambulansflyget från Sundsvall skulle stå stilla i minst tre veckor under vintern, visar interna mejl som Norrlandsbrevet har tagit del av.",
          "Ändå meddelade regionen allmänheten först dagen innan planet ställdes in, och de patienter som behövde flygas till Umeå fick under perioden åka ambulans i upp till fem timmar."]
    j3 = ["När Bergsstaten i februari beviljade en ny bearbetningskoncession för järnmalm söder om Kiruna var det tredje gången på tio år som samma område prövades.",
          "Samebyn i området har i alla tre omgångarna sagt att en gruva skulle skära av flyttleden mellan vinter- och sommarbete. Samebyn har nu överklagat till regeringen och begärt att FN:s rasdiskrimineringskommitté ska granska ärendet.",
          "Bolaget som söker tillståndet säger att gruvan skulle ge 300 jobb och att det har erbjudit samebyn ersättning och en ny flyttled. Samebyn svarar att någon ny flyttled inte finns att erbjuda i ett landskap som redan är sönderskuret av gruvor och vägar.",
          fill("Regeringen väntas fatta beslut i ärendet under hösten, efter att ha hämtat in yttranden från Sametinget och länsstyrelsen.", 103)]
    wall = ('<div class="wp-block-jetpack-paywall"><div class="wp-block-jetpack-subscriber-view"><div class="wp-block-group jetpack-subscribe-paywall has-border-color" style="border-width:1px;padding:32px">'
            '<h4 class="wp-block-heading has-text-align-center">Prenumerera för att fortsätta läsa</h4><p class="has-text-align-center">Bli betalande prenumerant för att få tillgång till resten av detta inlägg och annat exklusivt innehåll.</p>'
            '%s<p class="has-text-align-center">Redan betalande prenumerant? <a href="https://wordpress.com/log-in/link?redirect_to=%s">Logga in</a></p></div></div></div>') % (subform("Prenumerera"), s.url("/"))
    A = [dict(path="/2025/03/12/vindkraftsbygget-i-asele-delar-byn/", id=412, title="Vindkraftsbygget i Åsele delar byn", iso="2025-03-12T07:14:22+00:00", cat="Nyheter", tags=["vindkraft"],
              body=ps(j1[:2]) + '<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" src="https://norrlandsbrevet.files.wordpress.com/2025/03/asele-vind.jpg?w=1024" alt="" class="wp-image-415"><figcaption class="wp-element-caption">Vindkraftverk norr om Åsele. Foto: Elin Sjöberg</figcaption></figure>' + ps(j1[2:]),
              authors=[ES], must=[j1[1], j1[3], j1[4]]),
         dict(path="/2025/03/06/vad-regionen-inte-berattade-om-ambulansflyget/", id=405, title="Vad regionen inte berättade om ambulansflyget", iso="2025-03-06T06:30:00+00:00", cat="Granskning", tags=["sjukvård"], paid=True,
              body=ps(j2) + wall, authors=[ES], must=[j2[0], j2[1]]),
         dict(path="/2025/02/27/samebyarna-och-gruvans-nya-tillstand/", id=398, title="Samebyarna och gruvans nya tillstånd", iso="2025-02-27T09:00:00+00:00", cat="Nyheter", tags=["gruvor"],
              body='<p><em>Gästinlägg av Oskar Lindgren, journalist i Kiruna.</em></p>' + ps(j3) + '<hr class="wp-block-separator has-alpha-channel-opacity"><p><em>Oskar Lindgren är frilansjournalist i Kiruna och skriver om gruvnäringen och Sápmi.</em></p>',
              authors=["Oskar Lindgren"], must=[j3[0], j3[2], j3[3]])]

    def teaser(a):
        return ('<li class="wp-block-post post-%d post type-post status-publish format-standard hentry category-%s"><h2 class="wp-block-post-title has-x-large-font-size"><a href="%s" target="_self">%s</a></h2>'
                '<div class="wp-block-post-date has-small-font-size"><time datetime="%s"><a href="%s">%s</a></time></div><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">%s… </p></div></li>') % (
            a["id"], a["cat"].lower(), a["path"], E(a["title"]), local(a["iso"]), a["path"], svdate(a["iso"]), E(a["body"].split("</p>")[0].replace("<p>", "").replace("<em>", "").replace("</em>", "")[:140]))

    for i, a in enumerate(A):
        rel = [b for b in A if b is not a]
        head = ('<link rel="canonical" href="%s"><!-- Jetpack Open Graph Tags -->\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n'
                '<meta property="og:description" content="%s">\n<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta property="og:site_name" content="%s">\n'
                '<meta property="og:image" content="https://norrlandsbrevet.files.wordpress.com/2025/03/cover.jpg">\n<meta property="og:locale" content="sv_SE">\n<meta name="twitter:text:title" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n<!-- End Jetpack Open Graph Tags -->') % (
            s.url(a["path"]), E(a["title"]), s.url(a["path"]), E(a["title"]), zulu(a["iso"], "")[:-1] + "+00:00", zulu(a["iso"], "")[:-1] + "+00:00", SN, E(a["title"]))
        main = ('<div class="wp-block-group is-layout-constrained"><h1 class="wp-block-post-title">%s</h1>'
                '<div class="wp-block-group is-layout-flex"><div class="wp-block-post-author-name">Av <a href="/author/elinsjoberg/" target="_self" class="wp-block-post-author-name__link">%s</a></div>'
                '<div class="wp-block-post-date"><time datetime="%s">%s</time></div><div class="taxonomy-category wp-block-post-terms"><a href="/category/%s/" rel="tag">%s</a></div></div></div>'
                '<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">%s'
                '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Dela detta:</h3>'
                '<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="%s?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-bluesky"><a class="share-bluesky sd-button share-icon" href="%s?share=bluesky"><span>Bluesky</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=%s"><span>E-post</span></a></li></ul></div></div></div>'
                '<div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-231405877-%d\' data-src=\'https://widgets.wp.com/likes/?ver=14.4#blog_id=231405877&amp;post_id=%d\' data-name=\'like-post-frame-231405877-%d\' data-title=\'Gilla eller reblogga\'><h3 class="sd-title">Gilla detta:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\' style=\'height: 55px;\'><span class=\'button\'><span>Gilla</span></span> <span class="loading">Laddar in …</span></div></div>'
                '<div id=\'jp-relatedposts\' class=\'jp-relatedposts\'><h3 class="jp-relatedposts-headline"><em>Relaterade</em></h3>%s</div></div></div>'
                '<div class="wp-block-group is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms">%s</div>%s</div>'
                '<div class="wp-block-comments"><h3 class="wp-block-heading">Lämna en kommentar</h3><div id="respond" class="comment-respond wp-block-post-comments-form"><form action="https://norrlandsbrevet.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment" placeholder="Skriv en kommentar …"></textarea><input name="submit" type="submit" id="comment-submit" class="submit" value="Publicera kommentar"></form></div></div>'
                '<nav class="wp-block-group is-layout-flex"><div class="post-navigation-link-previous wp-block-post-navigation-link">%s</div><div class="post-navigation-link-next wp-block-post-navigation-link">%s</div></nav>') % (
            E(a["title"]), ES, local(a["iso"]), svdate(a["iso"]), a["cat"].lower(), a["cat"], a["body"], s.url(a["path"]), s.url(a["path"]), E(a["title"]), a["id"], a["id"], a["id"],
            "".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s">%s</a></h4><p class="jp-relatedposts-post-date">%s</p></div>' % (b["path"], E(b["title"]), svdate(b["iso"])) for b in rel),
            "".join('<a href="/tag/%s/" rel="tag">%s</a>' % (t.lower().replace("å", "a").replace("á", "a"), E(t)) for t in a["tags"]),
            '<div class="wp-block-group has-border-color" style="border-width:1px;padding:24px"><h3 class="wp-block-heading">Få Norrlandsbrevet varje vecka</h3>%s</div>' % subform() if not a.get("paid") else "",
            ('<a href="%s" rel="prev">← %s</a>' % (A[i + 1]["path"], E(A[i + 1]["title"]))) if i + 1 < len(A) else "", ('<a href="%s" rel="next">%s →</a>' % (A[i - 1]["path"], E(A[i - 1]["title"]))) if i else "")
        mn = ["Upptäck mer från Norrlandsbrevet", "Rapportera detta innehåll", "Få Norrlandsbrevet varje vecka"] + [b["title"] for b in rel]
        if a.get("paid"):
            mn += ["Prenumerera för att fortsätta läsa", "Bli betalande prenumerant"]
        s.art(a["path"], shell("%s – %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard logged-out" % a["id"]), a["title"], a["iso"][:10], a["authors"], must=a["must"], must_not=mn)

    def listing(title, items, intro="", nav=""):
        return ('<div class="wp-block-query is-layout-constrained">%s%s<ul class="wp-block-post-template is-layout-flow">%s</ul>%s</div>') % (
            ('<h1 class="wp-block-query-title">%s</h1>' % title) if title else "", intro, "".join(teaser(a) for a in items), nav)
    s.non("/", shell("%s – %s" % (SN, DESC), listing("", A[:2], '<div class="wp-block-group"><p class="has-large-font-size">%s</p>%s</div>' % (E(DESC), subform()),
                                                        '<nav class="wp-block-query-pagination"><a href="/page/2/" class="wp-block-query-pagination-next">Äldre inlägg</a></nav>')))
    s.non("/page/2/", shell("%s – Sida 2" % SN, listing("", A[2:], "", '<nav class="wp-block-query-pagination"><a href="/" class="wp-block-query-pagination-previous">Nyare inlägg</a></nav>'), "", "home blog paged paged-2"))
    s.non("/category/nyheter/", shell("Nyheter – %s" % SN, listing("Kategori: Nyheter", [a for a in A if a["cat"] == "Nyheter"]), "", "archive category category-nyheter"))
    for t in ("vindkraft", "sjukvård", "gruvor"):
        slug = t.replace("å", "a")
        s.non("/tag/%s/" % slug, shell("%s – %s" % (t, SN), listing("Etikett: %s" % t, [a for a in A if t in a["tags"]]), "", "archive tag tag-" + slug))
    s.non("/category/granskning/", shell("Granskning – %s" % SN, listing("Kategori: Granskning", [a for a in A if a["cat"] == "Granskning"]), "", "archive category category-granskning"))
    s.non("/author/elinsjoberg/", shell("Elin Sjöberg – %s" % SN, listing("Författare: Elin Sjöberg", A, '<div class="wp-block-post-author-biography">Elin Sjöberg är frilansjournalist i Umeå och skriver om Norrlands inland.</div>'), "", "archive author author-elinsjoberg"))
    s.non("/2025/03/", shell("mars 2025 – %s" % SN, listing("Månad: mars 2025", A[:2]), "", "archive date"))
    s.non("/om/", shell("Om – %s" % SN, ('<div class="wp-block-group is-layout-constrained"><h1 class="wp-block-post-title">Om Norrlandsbrevet</h1></div><div class="entry-content wp-block-post-content is-layout-constrained">%s%s</div>') % (
        ps(["Norrlandsbrevet skrivs av Elin Sjöberg, frilansjournalist i Umeå, sedan 2023. Brevet handlar om det som händer i Norrlands inland: vindkraft, gruvor, sjukvård, skola och rennäring.",
            "Det mesta är gratis. Betalande prenumeranter får granskningarna i sin helhet och gör det möjligt för mig att resa till de orter jag skriver om.", "Tips och synpunkter: elin@norrlandsbrevet.example"]), subform()),
        '<meta property="og:type" content="article"><meta property="og:title" content="Om Norrlandsbrevet">', "page-template-default page page-id-2"))
    s.non("/prenumerera/", shell("Prenumerera – %s" % SN, ('<div class="wp-block-group is-layout-constrained"><h1 class="wp-block-post-title">Prenumerera</h1></div><div class="entry-content wp-block-post-content is-layout-constrained">'
                                                           '<p>Få Norrlandsbrevet gratis i din inkorg varje vecka, eller bli betalande prenumerant för 50 kr i månaden.</p>%s'
                                                           '<div class="wp-block-jetpack-recurring-payments"><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://subscribe.wordpress.com/memberships/?blog=231405877&amp;plan=188213">Bli betalande prenumerant – 50 kr/månad</a></div></div></div></div>') % subform(),
                                     '<meta property="og:type" content="article"><meta property="og:title" content="Prenumerera">', "page-template-default page page-id-9"))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["iso"], ES) for a in A], DESC)
    s.sitemap(["/", "/om/", "/prenumerera/"] + [a["path"] for a in A], "/wp-admin/")


# ====================================================================== 11 LinkedIn newsletter article (en-IN)
def balance():
    s = Site(11)
    AM = "Arjun Mehta"
    PROF = "/in/arjun-mehta-4b1a2c/"
    NL = "/newsletters/balance-sheet-bharat-7041889203347361792/"
    HEADLINE = "Business journalist | Former markets editor | Writes the Balance Sheet Bharat newsletter"

    def shell(title, main, head="", cls="article"):
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta name="pageKey" content="d_flagship2_pulse_read"><meta name="locale" content="en_US"><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="LinkedIn">%s'
                '<link rel="stylesheet" href="https://static.licdn.com/aero-v1/sc/h/3a1c9e0b2f7d/pulse-article.css"></head>'
                '<body dir="ltr" class="%s"><a href="#main-content" class="skip-link">Skip to main content</a>'
                '<header class="header base-container"><nav class="nav" aria-label="Primary"><a href="/" class="nav__logo-link" data-tracking-control-name="public_post_nav-header-logo"><span class="sr-only">LinkedIn</span><icon class="nav-logo"></icon></a>'
                '<ul class="top-nav-menu"><li><a href="/pulse/topics/home/">Articles</a></li><li><a href="https://www.linkedin.com/pub/dir/">People</a></li><li><a href="https://www.linkedin.com/learning/">Learning</a></li><li><a href="https://www.linkedin.com/jobs/">Jobs</a></li><li><a href="https://www.linkedin.com/games/">Games</a></li></ul>'
                '<div class="nav__cta-container"><a class="nav__button-tertiary btn-md btn-tertiary" href="/signup">Join now</a><a class="nav__button-secondary btn-md btn-secondary-emphasis" href="/login">Sign in</a></div></nav></header>'
                '<main class="main" id="main-content" role="main">%s</main>'
                '<footer class="li-footer"><ul class="li-footer__list"><li><span class="li-footer__copy-text">LinkedIn &copy; %d</span></li><li><a href="https://www.linkedin.com/legal/user-agreement">User Agreement</a></li><li><a href="https://www.linkedin.com/legal/privacy-policy">Privacy Policy</a></li>'
                '<li><a href="https://www.linkedin.com/legal/cookie-policy">Cookie Policy</a></li><li><a href="https://www.linkedin.com/legal/copyright-policy">Copyright Policy</a></li><li><a href="https://www.linkedin.com/psettings/guest-controls">Guest Controls</a></li></ul></footer>'
                '<div class="contextual-sign-in-modal" role="dialog" aria-modal="true"><h2 class="contextual-sign-in-modal__context-screen-title">Sign in to view more content</h2>'
                '<p class="contextual-sign-in-modal__subtitle">Create your free account or sign in to continue your search</p><div class="sign-in-modal"><a href="/login">Sign in</a></div>'
                '<p class="contextual-sign-in-modal__join-now">New to LinkedIn? <a href="/signup">Join now</a></p><p class="linkedin-tc__text">By clicking Continue to join or sign in, you agree to LinkedIn&#39;s <a href="https://www.linkedin.com/legal/user-agreement">User Agreement</a>, <a href="https://www.linkedin.com/legal/privacy-policy">Privacy Policy</a>, and <a href="https://www.linkedin.com/legal/cookie-policy">Cookie Policy</a>.</p></div>'
                '<code id="i18n_pulse_article_published_on" style="display: none"><!--"Published %%1$s"--></code></body></html>') % (E(title), head, cls, main, NOW.year)

    k1 = ["Karnataka's new welfare board for platform workers met for the first time on Monday, two years after the state promised it and eight months after the law creating it was passed.",
          "The board will collect a levy of between one and two per cent on every payment that aggregators such as food delivery and ride-hailing apps make to their workers, and use it to fund accident insurance, health cover and a small pension.",
          "But the law covers only workers who are registered with an aggregator operating in the state, which leaves out tens of thousands of people who find work through WhatsApp groups, staffing agencies and informal contractors. Labour unions estimate that at least a third of Bengaluru's gig workforce falls into that category.",
          "Officials at the labour department told me they plan to open a separate registration window for such workers later this year. The companies, for their part, have asked for the levy to be capped and for a single national system instead of separate boards in every state.",
          fill("Delivery riders I met outside a dark store in Koramangala said they had not heard of the board and wanted to know whether it would cover their bikes.", 111)]
    k2_intro = "Hello and welcome to this week's edition. Three stories that matter for your money, and one chart I can't stop looking at."
    k2 = [("1. The UPI market-share cap, again", "The payments regulator has again pushed back the deadline for capping any single app's share of UPI transactions at 30 per cent. Two apps still handle more than four in five payments, and neither has a realistic plan to shrink."),
          ("2. A safeguard duty on steel", "The trade ministry's recommended 12 per cent provisional duty on some steel imports would help domestic mills squeezed by cheap imports, but small engineering firms that buy steel say it will raise their costs by the same amount."),
          ("3. Karnataka's budget bets on welfare", "The state's budget keeps all five of its flagship welfare guarantees and pays for them with higher borrowing and a new cess on luxury property. Economists I spoke to expect the fiscal deficit to touch the legal limit of three per cent."),
          ("Chart of the week", "Household savings in bank deposits have fallen to their lowest share of income in two decades, while mutual fund inflows keep climbing. More on what that means next week.")]
    k2_end = "Thanks for reading. If this was useful, share it with one colleague. — Arjun"
    k3 = ["When a German auto-parts maker went looking for a city to house its new global capability centre last year, Bengaluru and Hyderabad were not on the final list. It chose Coimbatore.",
          "It is part of a shift that recruiters and property consultants have been tracking for two years: of the roughly 110 new global capability centres set up in India in 2024, about one in five went to cities outside the six big metros, according to an industry body's estimates.",
          "The reasons are mostly arithmetic. Office rents in Coimbatore, Kochi or Jaipur are less than half of those in Bengaluru's outer ring road, and attrition is lower because engineers there have fewer employers to jump to.",
          "The catch, executives say, is senior talent. Companies can hire graduates locally but still need to relocate managers from the metros, and many of them are reluctant to move."]
    A = [dict(path="/pulse/indias-gig-workers-finally-have-welfare-board-heres-whos-arjun-mehta-x7k2f/", title="India's gig workers finally have a welfare board. Here's who's left out.", iso="2025-03-12T03:30:00+00:00", likes=412, cm=38,
              body=ps(k1[:2]) + "<h2>Who is left out</h2>" + ps(k1[2:]), must=[k1[1], k1[2], k1[4]]),
         dict(path="/pulse/balance-sheet-bharat-24-upi-caps-steel-duty-karnatakas-arjun-mehta-q3m9d/", title="Balance Sheet Bharat #24: UPI caps, a steel duty and Karnataka's budget", iso="2025-03-07T04:00:00+00:00", likes=268, cm=19,
              body="<p>%s</p>" % E(k2_intro) + "".join("<h2>%s</h2><p>%s</p>" % (E(h), E(t)) for h, t in k2) + "<p>%s</p>" % E(k2_end), must=[k2_intro, k2[1][1], k2[3][1]]),
         dict(path="/pulse/why-tier-2-cities-winning-gcc-race-arjun-mehta-b8n1c/", title="Why Tier-2 cities are winning the GCC race", iso="2025-02-28T05:00:00+00:00", likes=903, cm=71,
              body=ps(k3), must=[k3[0], k3[2], k3[3]])]
    card = ('<div class="base-main-card flex flex-wrap py-1.5 px-2 publisher-author-card"><a href="%s" class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" data-tracking-control-name="article-ssr-frontend-pulse_publisher-author-card"><span class="sr-only">%s</span></a>'
            '<div class="base-main-card__media relative w-[56px] h-[56px]"><img class="inline-block relative rounded-[50%%] w-[56px] h-[56px]" alt="%s" src="https://media.licdn.com/dms/image/v2/D5603AQH/profile-displayphoto-shrink_100_100/arjun.jpg"></div>'
            '<div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full"><h3 class="base-main-card__title font-sans text-[18px] font-bold text-color-text overflow-hidden">%s</h3>'
            '<h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">%s</h4><div class="base-main-card__metadata mb-0"><span class="base-main-card__metadata-item">%s</span></div></div>'
            '<a class="follow-button btn-sm btn-secondary-emphasis" href="/signup?session_redirect=%s">Follow</a></div>')

    def more(a):
        return ('<section class="more-articles"><h2 class="more-articles__title">More articles by %s</h2><ul class="more-articles__list">%s</ul><a href="%srecent-activity/articles/">See all articles</a></section>') % (
            AM, "".join('<li class="more-articles__item"><a href="%s"><h3 class="more-articles__item-title">%s</h3><span class="more-articles__item-date">%s</span></a></li>' % (
                b["path"], E(b["title"]), mdy(b["iso"], False)) for b in A if b is not a), PROF)

    explore = ('<section class="explore-topics"><h2>Explore topics</h2><ul><li><a href="https://www.linkedin.com/pulse/topics/sales-s5/">Sales</a></li><li><a href="https://www.linkedin.com/pulse/topics/marketing-s2461/">Marketing</a></li><li><a href="https://www.linkedin.com/pulse/topics/it-services-s57547/">IT Services</a></li>'
               '<li><a href="https://www.linkedin.com/pulse/topics/business-administration-s50111/">Business Administration</a></li><li><a href="https://www.linkedin.com/pulse/topics/hr-management-s50359/">HR Management</a></li><li><a href="/pulse/topics/home/">Show more</a></li></ul></section>')
    for a in A:
        d = dt(a["iso"])
        nlbox = ('<div class="newsletter-subscribe"><a href="%s" class="newsletter-subscribe__link"><img class="newsletter-subscribe__logo" src="https://media.licdn.com/dms/image/v2/D4D12AQF/series-logo_100_100/bsb.png" alt="">'
                 '<div><h2 class="newsletter-subscribe__title">Balance Sheet Bharat</h2><p class="newsletter-subscribe__description">Weekly notes on Indian business, markets and policy, for people who sign the cheques.</p>'
                 '<p class="newsletter-subscribe__subscribers">12,418 subscribers</p></div></a><a class="newsletter-subscribe__cta btn-sm btn-primary" href="/signup?session_redirect=%s">Subscribe</a></div>') % (NL, E(s.url(NL)))
        main = ('<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]"><div class="article-main relative"><figure class="cover-img"><img class="cover-img__image" src="https://media.licdn.com/dms/image/v2/D4D12AQG/article-cover_image-shrink_720_1280/%s.jpg" alt=""></figure>'
                '<h1 class="pulse-title text-color-text font-bold text-display-md">%s</h1><div class="ellipsis-menu"><button aria-label="Open menu">...</button><ul class="collapsible-dropdown__list"><li><a href="https://www.linkedin.com/uas/login?session_redirect=%s">Report this article</a></li></ul></div>'
                '%s%s<div class="article-main__content" data-test-id="article-content-blocks"><div class="article-content__body">%s</div></div>'
                '<div class="social-details"><div class="social-counts"><span class="social-counts-reactions">%d</span><a class="social-counts-comments" href="/signup">%d Comments</a></div>'
                '<div class="social-actions"><button>Like</button><button>Comment</button><button>Share</button></div></div>'
                '<section class="comments"><p>To view or add a comment, <a href="/signup">sign in</a></p></section></div>%s%s</section>') % (
            a["path"].split("/")[2], E(a["title"]), E(s.url(a["path"])), card % (PROF, AM, AM, AM, E(HEADLINE), "Published %s" % mdy(a["iso"], False), E(s.url(PROF))), nlbox, a["body"], a["likes"], a["cm"], more(a), explore)
        ld = {"@context": "http://schema.org", "@type": "Article", "name": a["title"], "headline": a["title"], "author": {"@type": "Person", "name": AM, "url": "https://in.linkedin.com" + PROF[:-1]},
              "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "dateModified": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
              "image": {"@type": "ImageObject", "url": "https://media.licdn.com/dms/image/v2/D4D12AQG/article-cover_image-shrink_720_1280/%s.jpg" % a["path"].split("/")[2]},
              "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.com", "logo": {"@type": "ImageObject", "url": "https://static.licdn.com/aero-v1/sc/h/8s162nmbcnfkg7a0k8nq9wwqo"}},
              "url": s.url(a["path"]), "commentCount": a["cm"], "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction", "userInteractionCount": a["likes"]},
                                                                                        {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": a["cm"]}]}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="https://media.licdn.com/dms/image/v2/D4D12AQG/article-cover_image-shrink_720_1280/%s.jpg"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@LinkedIn">'
                '<meta name="twitter:title" content="%s"><link rel="canonical" href="%s">%s') % (
            E(re_text(a["body"])[:155]), E(a["title"]), E(re_text(a["body"])[:155]), s.url(a["path"]), a["path"].split("/")[2], E(a["title"]), s.url(a["path"]), jl(ld))
        s.art(a["path"], shell("%s" % a["title"], main, head, "article"), a["title"], a["iso"][:10], [AM], must=a["must"],
              must_not=["Sign in to view more content", "Report this article", "More articles by Arjun Mehta", "12,418 subscribers"] + [b["title"] for b in A if b is not a])

    def li_list(xs):
        return '<ul class="article-list">%s</ul>' % "".join('<li class="article-list__item"><a href="%s"><h3>%s</h3></a><p class="article-list__date">%s</p></li>' % (b["path"], E(b["title"]), mdy(b["iso"], False)) for b in xs)
    s.non("/", shell("LinkedIn: Log In or Sign Up", ('<section class="section hero"><h1 class="hero__headline">Welcome to your professional community</h1><a class="btn-md btn-secondary" href="/login">Sign in with email</a>'
                                                    '<p class="linkedin-tc__text">By clicking Continue to join or sign in, you agree to LinkedIn&#39;s User Agreement, Privacy Policy, and Cookie Policy.</p><a href="/signup">New to LinkedIn? Join now</a></section>'
                                                    '<section class="section"><h2>Top content from creators you may know</h2>%s<a href="%s">Balance Sheet Bharat – newsletter</a></section>%s') % (li_list(A), NL, explore),
                     '<meta name="description" content="750 million+ members | Manage your professional identity.">', "guest-homepage"))
    s.non(NL, shell("Balance Sheet Bharat | LinkedIn", ('<section class="newsletter-page"><header class="newsletter-page__header"><img src="https://media.licdn.com/dms/image/v2/D4D12AQF/series-logo_100_100/bsb.png" alt=""><h1>Balance Sheet Bharat</h1>'
                                                         '<p>Weekly notes on Indian business, markets and policy, for people who sign the cheques.</p><p>Published weekly · 12,418 subscribers</p>'
                                                         '<div class="newsletter-page__author">By <a href="%s">%s</a></div><a class="btn-md btn-primary" href="/signup">Subscribe</a></header><h2>Editions</h2>%s</section>') % (PROF, AM, li_list(A)),
                    '<meta property="og:type" content="website"><meta name="description" content="Weekly notes on Indian business, markets and policy.">', "newsletter"))
    s.non(PROF, shell("Arjun Mehta - Balance Sheet Bharat | LinkedIn", ('<section class="top-card-layout"><h1 class="top-card-layout__title">%s</h1><h2 class="top-card-layout__headline">%s</h2><div class="top-card__subline-item">Mumbai, Maharashtra, India · 18K followers · 500+ connections</div></section>'
                                                                        '<section class="core-section-container"><h2>About</h2><p>I have covered Indian business for 14 years, most recently as markets editor at a national business daily. Now independent; I write Balance Sheet Bharat every Friday.</p></section>'
                                                                        '<section class="core-section-container"><h2>Articles by Arjun</h2>%s<a href="%srecent-activity/articles/">See all articles</a></section>'
                                                                        '<section class="core-section-container experience"><h2>Experience</h2><ul><li>Independent journalist · 2023 – Present</li><li>Markets Editor · 2016 – 2023</li></ul></section>') % (AM, E(HEADLINE), li_list(A[:2]), PROF),
                    '<meta property="og:type" content="profile">', "profile"))
    s.non(PROF + "recent-activity/articles/", shell("Articles by Arjun Mehta | LinkedIn", '<section class="activity"><h1>Articles</h1>%s</section>' % li_list(A), "", "activity"))
    post = "/posts/arjun-mehta-4b1a2c_gigworkers-karnataka-activity-7305512204889403392-Xb3k/"
    ptext = "Karnataka's gig worker welfare board met for the first time this week. It is a real step, but a third of Bengaluru's gig workers are not covered by it. I wrote about who is left out in this week's newsletter. #GigEconomy #Karnataka #Labour"
    s.non(post, shell("Arjun Mehta on LinkedIn: #gigeconomy #karnataka #labour", ('<section class="core-rail"><article class="main-feed-activity-card"><div class="base-main-feed-card__entity-lockup"><a href="%s">%s</a><p>%s</p><time>%s</time></div>'
                                                                                 '<p class="attributed-text-segment-list__content">%s</p><a href="%s" class="main-feed-card__article-link">%s</a>'
                                                                                 '<div class="social-counts"><span>186</span> <span>12 Comments</span></div></article></section>') % (PROF, AM, E(HEADLINE), "9mo", E(ptext), A[0]["path"], E(A[0]["title"])),
                      '<meta property="og:type" content="article">' + jl({"@context": "http://schema.org", "@type": "SocialMediaPosting", "headline": ptext[:110], "articleBody": ptext, "datePublished": "2025-03-12T05:10:00.000+00:00",
                                                                            "author": {"@type": "Person", "name": AM, "url": "https://in.linkedin.com" + PROF[:-1]}, "url": s.url(post), "sharedContent": {"@type": "WebPage", "url": s.url(A[0]["path"])}}), "post"))
    s.non("/login", shell("LinkedIn Login, Sign in | LinkedIn", '<div class="login__form"><h1>Sign in</h1><p>Stay updated on your professional world</p><form><input type="text" placeholder="Email or phone"><input type="password" placeholder="Password"><a href="https://www.linkedin.com/checkpoint/rp/request-password-reset">Forgot password?</a><button>Sign in</button></form><p>New to LinkedIn? <a href="/signup">Join now</a></p></div>', '<meta name="robots" content="noindex">', "login"))
    s.non("/signup", shell("Sign Up | LinkedIn", '<div class="join-form"><h1>Make the most of your professional life</h1><form><label>Email<input type="email"></label><label>Password (6+ characters)<input type="password"></label><button>Agree &amp; Join</button></form><p>Already on LinkedIn? <a href="/login">Sign in</a></p></div>', '<meta name="robots" content="noindex">', "join"))
    s.non("/pulse/topics/home/", shell("Explore Topics | LinkedIn", '<section class="topics"><h1>Explore top LinkedIn content</h1><p>Discover relevant posts and expert insights curated by topic categories.</p>%s</section>' % explore, "", "topics"))
    s.sitemap(["/", NL, PROF] + [a["path"] for a in A], "/signup")


# ====================================================================== 12 Teletype-like minimal pages (pt-PT)
def portoaberto():
    s = Site(12)
    SN = "Porto Aberto"
    RC = "Rita Carvalho"
    DESC = "Reportagem independente sobre trabalho, portos e mar em Portugal. Por Rita Carvalho."
    MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]

    def ptdate(iso):
        d = dt(iso)
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html>\n<html lang="pt"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="format-detection" content="telephone=no">'
                '<meta name="robots" content="index, follow"><meta property="og:site_name" content="%s">%s<link rel="alternate" type="application/rss+xml" href="%s"><link rel="stylesheet" href="/static/css/blog.5c1e2a.css"></head>'
                '<body class="%s"><div class="layout"><header class="blog-header"><a class="blog-header__name" href="/">%s</a><nav class="blog-header__nav"><a href="/sobre">Sobre</a><a href="/apoiar">Apoiar</a><a class="button button--subscribe" href="/login?subscribe=1">Subscrever</a></nav></header>'
                '%s<footer class="blog-footer"><span>%s</span> · <a href="/rss">RSS</a> · <span class="blog-footer__platform">Feito com Teletype</span></footer></div></body></html>') % (
            E(title), SN, head, s.url("/rss"), cls, SN, main, SN)

    def page(a, author, kind="article"):
        d = dt(a["iso"])
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="article:published_time" content="%s">'
                '<meta property="article:modified_time" content="%s"><meta property="article:author" content="%s"><meta name="twitter:card" content="summary"><meta name="twitter:title" content="%s"><link rel="canonical" href="%s">') % (
            E(a["title"]), E(re_text(a["body"])[:160]), d.strftime("%Y-%m-%dT%H:%M:%S+0000"), d.strftime("%Y-%m-%dT%H:%M:%S+0000"), E(author), E(a["title"]), s.url(a["path"]))
        main = ('<main class="tl_article"><header class="tl_article_header" dir="auto"><h1>%s</h1><address><a rel="author" href="/@ritacarvalho">%s</a><time datetime="%s">%s</time></address></header>'
                '<article id="_tl_editor" class="tl_article_content"><h1>%s<br></h1><address>%s<br></address>%s</article>'
                '<aside class="tl_article_subscribe"><p>Gostou? Subscreva o Porto Aberto e receba as novas reportagens por email.</p><a class="button" href="/login?subscribe=1">Subscrever</a></aside>'
                '<aside class="tl_article_buttons"><button class="button" id="_share_button">Partilhar</button></aside></main>'
                '<div class="tl_page_footer"><div id="_report_button" class="tl_footer_button">Denunciar conteúdo desta página</div></div>'
                '<script>var T={"apiUrl":"https:\\/\\/api.teletype.example","datetime":%d,"pageId":"%s","editable":false};</script>') % (
            E(a["title"]), E(author), d.strftime("%Y-%m-%dT%H:%M:%S+0000"), ptdate(a["iso"]), E(a["title"]), E(author), a["body"], int(d.timestamp()), format(zlib.crc32(a["path"].encode()), "x"))
        return shell("%s — %s" % (a["title"], SN), main, head, kind)

    l1 = ["Os estivadores eventuais do porto de Setúbal voltaram a paralisar o trabalho na terça-feira, exigindo a integração nos quadros das empresas de estiva de pelo menos metade dos cerca de noventa trabalhadores que hoje são chamados ao dia.",
          "A greve, convocada pelo sindicato dos estivadores, deve durar até ao fim do mês e afeta sobretudo o terminal de carga rodada, por onde saem os automóveis produzidos na fábrica de Palmela. Na quarta-feira havia mais de dois mil carros à espera de embarque.",
          "As empresas de estiva dizem que o volume de trabalho no porto não justifica mais contratos permanentes e acusam o sindicato de pôr em risco a confiança dos armadores. O sindicato responde que alguns eventuais trabalham todos os dias há mais de oito anos sem contrato.",
          "O Ministério das Infraestruturas convocou as partes para uma reunião na próxima semana. É a terceira tentativa de mediação desde 2023."]
    l2 = ["A ampliação do terminal de contentores do porto de Sines vai ocupar mais 46 hectares de dunas e matos costeiros a sul da praia de São Torpes, segundo o estudo de impacte ambiental que esteve em consulta pública até fevereiro.",
          "O projeto, apresentado pela concessionária, duplica a capacidade do terminal e inclui um novo cais de 1.200 metros. A Agência Portuguesa do Ambiente ainda não emitiu parecer.",
          "Associações ambientalistas dizem que a área afetada inclui habitat de espécies protegidas e que as medidas de compensação propostas, a recuperação de dunas noutro ponto da costa, não substituem o que se perde. Pescadores de São Torpes temem o aumento da erosão na praia.",
          fill("A concessionária diz que a obra vai criar trezentos postos de trabalho e que o terminal já recebe os maiores navios de contentores que escalam a Península Ibérica.", 121)]
    l3 = ["O Governo aprovou em Conselho de Ministros um novo regulamento para o trabalho portuário que, pela primeira vez, fixa um número mínimo de trabalhadores permanentes por terminal.",
          "Segundo o diploma, cada empresa de estiva terá de ter nos quadros pelo menos sessenta por cento dos trabalhadores que usa em média por mês. As empresas terão dois anos para se adaptarem.",
          "Os sindicatos consideram a regra insuficiente, porque o cálculo pela média mensal deixa de fora os picos de trabalho. As associações de operadores portuários dizem que a medida vai aumentar custos num setor que compete com Espanha.",
          "O regulamento entra em vigor trinta dias depois da publicação em Diário da República."]
    A = [dict(path="/estivadores-de-setubal-voltam-a-greve", title="Estivadores de Setúbal voltam à greve contra a precariedade", iso="2025-03-12T10:14:02+00:00", author=RC, authors=[RC],
              body=ps(l1[:2]) + '<figure><img src="/file/setubal-estiva.jpg"><figcaption>Terminal de carga rodada do porto de Setúbal, na quarta-feira.</figcaption></figure>' + ps(l1[2:]), must=[l1[1], l1[3]]),
         dict(path="/em-sines-o-terminal-que-cresce-a-custa-das-dunas", title="Em Sines, o terminal que cresce à custa das dunas", iso="2025-03-05T09:30:40+00:00", author=SN, authors=[RC, "Nuno Braga"],
              body="<p><em>Texto: Rita Carvalho e Nuno Braga. Fotografia: Inês Pardal.</em></p>" + ps(l2[:2]) + '<figure><img src="/file/sao-torpes.jpg"><figcaption>As dunas a sul de São Torpes. Fotografia: Inês Pardal</figcaption></figure>' + ps(l2[2:]),
              must=[l2[0], l2[2], l2[3]]),
         dict(path="/o-que-muda-com-o-novo-regulamento-dos-portos", title="O que muda com o novo regulamento dos portos", iso="2025-02-26T11:00:12+00:00", author=RC, authors=[RC],
              body=ps(l3[:1]) + "<h3>Sessenta por cento</h3>" + ps(l3[1:]), must=[l3[1], l3[3]])]
    for a in A:
        s.art(a["path"], page(a, a["author"]), a["title"], a["iso"][:10], a["authors"], must=a["must"], must_not=["Gostou? Subscreva o Porto Aberto", "Denunciar conteúdo desta página"])
    idx = dict(path="/indice", title="Índice de reportagens", iso="2025-01-08T18:00:00+00:00",
               body="<p>Todas as reportagens do Porto Aberto, por tema.</p><h3>Estiva</h3><ul>%s</ul><h3>Ambiente</h3><ul><li><a href=\"%s\">%s</a></li></ul>" % (
                   "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in (A[0], A[2])), A[1]["path"], E(A[1]["title"])))
    sobre = dict(path="/sobre", title="Sobre o Porto Aberto", iso="2024-05-20T10:00:00+00:00",
                 body=ps(["O Porto Aberto é um projeto de jornalismo independente sobre trabalho, portos e mar, criado em 2024 por Rita Carvalho, jornalista em Setúbal.",
                          "Publicamos reportagens longas, sem pressa, e enviamos cada uma por email a quem subscreve. Não temos publicidade.", "Contactos: rita@portoaberto.example"]))
    apoiar = dict(path="/apoiar", title="Apoiar o Porto Aberto", iso="2024-05-20T10:05:00+00:00",
                  body=ps(["O Porto Aberto vive do apoio dos leitores. Com um donativo mensal de 3, 5 ou 10 euros ajuda a pagar as deslocações e o tempo das reportagens.",
                           "Pode apoiar por MB WAY, transferência bancária ou através do botão de donativos do Teletype. Obrigada!"]) + '<p><a class="button" href="/login?donate=1">Fazer um donativo</a></p>')
    for p in (idx, sobre, apoiar):
        s.non(p["path"], page(p, RC))
    lst = sorted(A, key=lambda a: a["iso"], reverse=True)
    def cardsof(xs):
        return "".join('<article class="blog-card"><a href="%s"><h2 class="blog-card__title">%s</h2></a><p class="blog-card__lead">%s</p><div class="blog-card__meta"><span>%s</span> · <time datetime="%s">%s</time></div></article>' % (
            a["path"], E(a["title"]), E(re_text(a["body"])[:150]), E(a["author"]), a["iso"], ptdate(a["iso"])) for a in xs)
    cards = cardsof(lst)
    s.non("/", shell(SN, '<section class="blog-profile"><img class="blog-profile__avatar" src="/static/avatars/portoaberto.jpg" alt=""><h1>%s</h1><p>%s</p><p class="blog-profile__stats">812 subscritores</p></section>'
                         '<section class="blog-feed">%s</section><a class="blog-pinned" href="/indice">Índice de reportagens</a>' % (SN, E(DESC), cards), '<meta name="description" content="%s"><meta property="og:type" content="website">' % E(DESC), "blog"))
    s.non("/tags/estiva", shell("#estiva — %s" % SN, '<section class="blog-feed"><h1>#estiva</h1>%s</section>' % cardsof([A[0], A[2]]),
                                '<meta property="og:type" content="website">', "tag"))
    s.non("/@ritacarvalho", shell("Rita Carvalho — Teletype", '<section class="profile"><h1>Rita Carvalho</h1><p>Jornalista em Setúbal. Escrevo o Porto Aberto.</p><ul><li><a href="/">Porto Aberto</a> — blog</li></ul><p>Membro desde maio de 2024</p></section>',
                                  '<meta property="og:type" content="profile">', "profile"))
    s.non("/login", shell("Entrar — Teletype", '<section class="auth"><h1>Entrar no Teletype</h1><p>Para subscrever o Porto Aberto, entre com a sua conta.</p><button>Entrar com Telegram</button><button>Entrar com Google</button><form><input type="email" placeholder="Email"><button>Receber link de acesso</button></form></section>',
                          '<meta name="robots" content="noindex">', "auth"))
    s.non("/subscribed", shell("Subscrição confirmada — %s" % SN, '<section class="auth"><h1>Subscrição confirmada!</h1><p>A partir de agora vai receber as novas reportagens do Porto Aberto no seu email. Obrigada por ler.</p><a href="/">Voltar ao blog</a></section>', '<meta name="robots" content="noindex">', "auth"))
    s.feed("/rss", SN, [(a["path"], a["title"], a["iso"], a["author"]) for a in lst], DESC)
    s.sitemap(["/", "/sobre", "/apoiar", "/indice", "/tags/estiva"] + [a["path"] for a in A], "/login")


for build in (statehouse, frontera, northern, murray, civic, filloire, xingu, flusslage, scirocco, norrland, balance, portoaberto):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
