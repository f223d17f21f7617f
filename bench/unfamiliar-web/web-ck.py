"""Web ck: the same story under many addresses and in many shapes. Twelve
publishers on 127.0.7.201-212 (port 18160) in English (UK, US), German
(Germany, Switzerland), French (France, Belgium), Spanish, Italian and
Dutch, each on its own CMS, serving their stories as AMP twins, print
pages, mobile pages, tracking-query and case variants, numbered pages,
hreflang pairs, syndicated copies with a canonical to another site, live
blogs, photo essays, a story in pictures and scrollytelling long reads.

 1 The Wessex Gazette - WordPress, Newspaper (td-) theme, Yoast graph, AMP
   plugin reader-mode twins at <post>/amp/ (rel=amphtml only): a harbour
   story ("By Tom Fletcher", "March 11, 2025", mc4wp pitch in the body,
   comments, Complianz banner, "Most read" link with ?utm_source=...); a
   feature split by <!--nextpage--> into /2/ and /3/ ("Pages: 1 2 3",
   rel=prev/next, each page canonical to itself); a live blog (LIVE label,
   LiveBlogPosting JSON-LD, "Live reporting by Tom Fletcher and Priya
   Nair", timed entries). Category, tag, two author pages, month archive,
   /page/2/, /search/storm/, about, contact.
 2 Lakeshore Ledger - Arc XP / Fusion (en-US): Fusion.globalContent state,
   "Published March 11, 2025 at 6:12 p.m. CDT" (the instant is tested),
   rel=amphtml ?outputType=amp, an alert-bar link with ?itm_source= and a
   home link with ?fbclid=; a photo essay ("PHOTO ESSAY" overline, "Story
   and photos by Dana Whitfield", two intro paragraphs, five captioned
   photos that tell the rest); a two-byline story. Sections, photos index,
   tag, two author pages, search, obituaries, newsletters, about, contact.
 3 Rheintal-Bote - German regional id-URL CMS: "Von Jana Krüger",
   "12.03.2025, 06:30 Uhr", "Lesen Sie auch:" inside the body, Sourcepoint
   banner, a "Drucken" link (rel=nofollow) to /druckversion/<id>.html print
   pages canonical to the story; a Bilderstrecke told in five captions
   ("Text: Jana Krüger · Fotos: Mike Sauer"); a series story in three pages
   ("Seite 1 von 3", _seite2.html/_seite3.html, rel=prev/next, kicker
   "Serie Rheinromantik (1)"). Sections, Bilder, Thema, authors, archive
   day, search, Impressum, Kontakt.
 4 Seeland Zeitung / Journal du Seeland - bilingual Biel/Bienne site: a
   council story in German and its French version linked by hreflang de-CH
   / fr-CH (the French one "(traduction: Léa Chappuis)"), Swiss spelling,
   "Publiziert 13.03.2025, 17:45"; mobile pages under /m/ (the m. host of
   the real site, modelled as a path: one host per site) announced by
   rel=alternate media and canonical to the desktop page. A language
   chooser at /, two homes, regions, tag, authors, search, weather, about.
 5 Le Courrier du Rhône - Drupal 10: "Publié le 12/03/2025 à 08h15", chapo
   field, "À lire aussi" paragraph, Didomi notice, comments; a live blog
   whose h1 carries an "En direct" label ("DIRECT." in <title>), "Par
   Claire Dumont et Hugo Ferrand"; Drupal's /node/N serving the same
   story, /print/node/N (rel=nofollow) print pages, ?amp; the original of
   a story Océan Matin runs. Taxonomy, tag, two user pages, search,
   newsletter, about, contact, legal notice.
 6 Océan Matin - Next.js: a "Grand format" scrollytelling long read whose
   HTML holds only the hero (title, "Textes : Gwenaëlle Le Bihan · Photos
   : ... · Développement : ...", date, "Chargement…") and whose text sits
   in __NEXT_DATA__ blocks; a Royan story with an /amp/ twin; a copy of the
   Courrier du Rhône's Beaujolais story a day later with a canonical to
   the original and "publié initialement par". Sections, grands formats,
   tag, journalist, search, subscription, about, contact.
 7 Diario del Ebro - Vocento-like: -nt.html stories and -nt_amp.html twins,
   links carrying ?ref=..., "Martes, 11 de marzo 2025, 07:25 | Actualizado",
   a subscriber-only box between paragraphs, a pure photo gallery
   (-ga.html, twelve "Ambiente..." captions: a non-article). Sections,
   tema, three author pages, hemeroteca, search, about, contact, legal.
 8 Heraldo del Moncayo - WordPress + Jannah, dates only relative ("Hace 3
   horas", "Hace 2 días"; no machine date in the page), a story signed
   "Redacción", an ?fbclid= link, and the sister-paper copy of the Ebro
   tram story (canonical to Diario del Ebro, "se publicó originalmente").
 9 La Gazzetta del Garda - GEDI-like /news/slug-id/ with /amp/ twins,
   iubenda banner, "Leggi anche" inside the text; a "Fotoracconto" ("Testo
   e foto di Marco Bellini", an intro paragraph then captioned photos);
   a Limone story in Italian and its German edition ("Von Giorgio Feltrin
   (Übersetzung: Anna Lechner)") linked by hreflang. German home, section,
   fotogallery, tag, authors, archive, search, about, contact.
10 Il Corriere del Conero - old ASP.NET CMS on IIS: "2 ore fa" on the
   newest story, "11/03/2025 ore 16:20" on the others, /stampa/<id>.html
   print pages (no canonical), /m/ mobile pages, and home links in mixed
   case (/Notizie/Senigallia/Senigallia-la-Rotonda-...) that IIS answers.
11 Dagblad Oost - DPG-like ~a3f9c2d1/ URLs, ?referrer= links, Privacy Gate,
   "12-03-25, 06:00" and "Laatste update"; a LIVE blog signed "Redactie
   Dagblad Oost" (authors []), a byline with a particle ("Marieke ten
   Hove"), and the original of a story Brussel Vandaag copies.
12 Brussel Vandaag / Bruxelles Aujourd'hui - nl-BE/fr-BE: a pedestrian-zone
   story written separately in Dutch and French (hreflang nl-be, fr-be,
   x-default); the Dagblad Oost asphalt story a day later with a canonical
   to Dagblad Oost; a longread whose chapters are only in a
   <script type="application/json"> read by a Vue app.

Truth: 35 articles (each hreflang version is its own article; a live blog,
photo essay, story in pictures and long read are articles), 185
non-articles, 3 syndicated copies (the cross-site copies with a canonical
to the original). Numbered pages: the first page is the article and later
pages are non-articles (folding them into the first is also right: must
holds only page-1 text). Same-site variants (AMP, print, mobile, tracking
query, case, /node/N) are non-articles: folding them into the story or
never fetching them is right, storing one as a story of its own is not.
Desk signatures ("Redacción", "Redactie ...") give [], translators and
photographers are not authors.

Crawled with /tmp/nr-start: stories 35: title 29, date 29, authors 28 right;
non-articles stored 5 of 185; bodies checked 29: 3 wrong; syndicated copies
3: original kept for 3. Not stored: the three live blogs (Wessex, Courrier
du Rhône, Dagblad Oost; judged live blogs and dropped), the Rheintal-Bote
Bilderstrecke (captions not read, so it became a short listing), and both
long reads whose text sits in JSON (Next.js __NEXT_DATA__, Vue JSON
script). Authors: "Redacción" kept as a name. Non-articles stored: pages 2
and 3 of the Wessex feature and of the Loreley series (rel=prev/next not
used), and the Drupal /lyon section with two teasers. Bodies: the captions
that carry the Lakeshore and Garda photo essays were dropped, and the
Vocento subscriber box stayed in one story.
"""
import datetime, html, json, os, re, sys, zlib  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18160
E = html.escape
UTC = datetime.timezone.utc
TD = datetime.timedelta
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


def tz(h):
    return datetime.timezone(TD(hours=h))


CET, CEST, GMT, CDT = tz(1), tz(2), tz(0), tz(-5)


def D(y, mo, d, hh, mm, z=CET):
    return datetime.datetime(y, mo, d, hh, mm, tzinfo=z)


def iso(d):
    return d.isoformat()


def rfc822(d):
    return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def uid(h):
    return zlib.crc32(h.encode()) % 900000 + 100000


def J(o):
    return json.dumps(o, ensure_ascii=False)


def strip(h):
    return " ".join(re.sub("<[^>]+>", " ", h).split())


MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
WD = {
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def longdate(d, lang):
    m = MON[lang][d.month - 1]
    if lang == "en":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "de":
        return "%d. %s %d" % (d.day, m, d.year)
    if lang == "es":
        return "%d de %s de %d" % (d.day, m, d.year)
    return "%d %s %d" % (d.day, m, d.year)


class Site(common.Site):
    def __init__(self, n, name, lang):
        super().__init__(OUT, "127.0.7.%d" % (200 + n), PORT, truth)
        self.name, self.lang = name, lang

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def copy(self, path, doc, orig_path, orig_site=None):
        """A second address of a story. Another site's syndicated copy is
        recorded in synd against the original; a variant on the story's own
        site (AMP, print, mobile, tracking query, case) is a non-article:
        folding it into the story or never fetching it are both right,
        storing it as a story of its own is not. doc None: a query string
        the static server answers from the path's own file."""
        if doc is not None:
            self.put(path, doc)
        if orig_site is not None:
            truth["synd"].append({"orig": orig_site.url(orig_path), "copy": self.url(path)})
        else:
            truth["nonarticles"].append(self.url(path))

    def feed(self, path, items, desc=""):
        it = "".join("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>%s</item>" % (
            E(t), E(self.url(p)), E(self.url(p)), rfc822(d), ("<dc:creator>%s</dc:creator>" % E(a)) if a else "") for p, t, d, a in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>%s</title><description>%s</description><link>%s</link><language>%s</language>%s</channel></rss>' % (
            E(self.name), E(desc), self.url("/"), self.lang, it))


def nlp(sentences):
    return ps(sentences)


# ====================================================================== 1. The Wessex Gazette (WordPress, Newspaper theme, Yoast, AMP plugin)
def wessex():
    s = Site(1, "The Wessex Gazette", "en")
    SN = s.name
    COOKIE = ('<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>'
              '<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimise our website and our service. Some are essential, others help us show you local adverts.</p></div></div>'
              '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>')
    NEWS = ('<div class="td_block_wrap tdb_single_newsletter"><div class="mc4wp-form-fields"><h4>Get the Gazette\'s morning briefing in your inbox</h4>'
            '<p>Sign up for free and never miss a story from Wessex.</p><input type="email" name="EMAIL" placeholder="Your email address"><input type="submit" value="Sign up"></div></div>')
    menu = links([("/", "Home"), ("/category/news/", "News"), ("/category/news/", "Sport"), ("/category/features/", "Features"), ("/about-us/", "About"), ("/contact-us/", "Contact")], "menu-item")

    def shell(title, body, head="", bodycls="home"):
        return ('<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1.0">%s'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s"><meta name="generator" content="WordPress 6.7.2">'
                '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8"></head>'
                '<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">'
                '<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">%s</div></div>'
                '<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2023/01/wessex-logo.png" alt="%s"><span class="td-visual-hidden">%s</span></a></div>'
                '<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">%s</ul><div class="td-search-btns-wrap"><a id="td-header-search-button" href="/search/">Search</a></div></div></div>'
                '<div class="td-main-content-wrap td-container-wrap">%s</div>'
                '<div class="td-footer-wrapper td-footer-template-14"><div class="td-footer-bottom-full"><div class="footer-text-wrap">The Wessex Gazette is the independent voice of the Solent coast since 1887. Contact us: newsdesk@wessexgazette.example</div>'
                '<ul class="td-social">%s</ul></div><div class="td-sub-footer-container"><div class="td-pb-row"><div class="td-sub-footer-copy">&copy; Wessex Gazette Media Ltd 2025</div></div></div></div></div>%s'
                '<script type="text/javascript" src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script></body></html>') % (
            E(title), head, SN, s.url("/feed/"), bodycls, "Friday, March 14, 2025", SN, SN, menu, body,
            links([("/about-us/", "About us"), ("/contact-us/", "Contact us"), ("/privacy-policy/", "Privacy policy")]), COOKIE)

    def yoast(title, url, desc, typ, extra=None, graph_extra=()):
        g = [{"@type": "WebPage", "@id": url, "url": url, "name": title + " - " + SN, "isPartOf": {"@id": s.url("/#website")}, "inLanguage": "en-GB"},
             {"@type": "WebSite", "@id": s.url("/#website"), "url": s.url("/"), "name": SN, "publisher": {"@id": s.url("/#organization")}},
             {"@type": "Organization", "@id": s.url("/#organization"), "name": "Wessex Gazette Media Ltd", "url": s.url("/")}] + list(graph_extra)
        return ('<!-- This site is optimized with the Yoast SEO plugin v24.6 - https://yoast.com/wordpress/plugins/seo/ --><meta name="description" content="%s">'
                '<link rel="canonical" href="%s"><meta property="og:locale" content="en_GB"><meta property="og:type" content="%s"><meta property="og:title" content="%s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s">%s%s<!-- / Yoast SEO plugin. -->') % (
            E(desc), url, typ, E(title), url, SN, extra or "", jl({"@context": "https://schema.org", "@graph": g}))

    def card(p, t, d, au):
        return ('<div class="td_module_flex td_module_flex_1 td-animation-stack"><div class="td-module-container"><div class="td-image-container"><a href="%s" class="td-image-wrap"><span class="entry-thumb td-thumb-css"></span></a></div>'
                '<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3><div class="td-editor-date"><span class="td-author-date">'
                '<span class="td-post-author-name"><a href="/author/%s/">%s</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></span></div></div></div></div>') % (
            p, p, E(t), E(t), au.lower().replace(" ", "-"), E(au), iso(d), d.strftime("%B %-d, %Y"))

    A = [dict(path="/2025/03/11/harbour-dredging-to-start-in-april-after-two-year-delay/", t="Harbour dredging to start in April after two-year delay", d=D(2025, 3, 11, 7, 45, GMT), au="Tom Fletcher", tags=[("harbour", "Harbour")],
              paras=["Dredging of the main channel into Hythe harbour will finally begin in April, two years after the work was first promised to boat owners and the ferry operator.",
                     "The harbour board said on Monday that a contractor from Southampton had been appointed and that the first barge would arrive in the week after Easter. About 40,000 cubic metres of silt will be removed over ten weeks.",
                     "Skippers have complained for months that the channel is now too shallow at low tide for the larger fishing boats, which have had to wait outside the harbour mouth for up to three hours.",
                     "The delay was caused by a dispute over where the silt could be dumped. The Marine Management Organisation has now approved a licence for a disposal site six miles offshore.",
                     "Board chairman Peter Haworth said: \"We know people have been patient. This time the money is in place, the licence is in place and the contractor is booked.\""]),
         dict(path="/2025/03/08/the-last-ferryman-of-hythe/", t="The last ferryman of Hythe: forty years on the water", d=D(2025, 3, 8, 9, 0, GMT), au="Abi Jones", tags=[("ferry", "Ferry")],
              pages=[["Ray Collins has crossed Southampton Water more than sixty thousand times. He started on the Hythe ferry as a deckhand in 1985, when the boats still carried dockers to the container port every morning.",
                      "Now 63, he is the last of the old crew still working, and in May he will take the wheel for the final time before he retires.",
                      "\"People ask me if I get bored of the same crossing,\" he says, tying off a rope on the pontoon. \"It's never the same crossing. The water is different every single day.\""],
                     ["His first skipper was a man called Eddie Wren, who had worked the ferry since the war and who taught him to read the tide by the colour of the mud at the end of the pier.",
                      "In the 1990s the service nearly closed twice. Ray remembers a winter when the crew took a pay cut to keep the boats running while a new owner was found.",
                      "He still keeps a notebook of every unusual thing he has seen on the water: a minke whale in 2007, a runaway yacht, a wedding party who hired the whole boat."],
                     ["The ferry is now run by a community trust, which bought the boats and the pier train in 2023 after the last private operator gave notice.",
                      "The trust has trained four new skippers, all of whom did part of their sea time alongside Ray. He says the service is in good hands.",
                      "On his last day he plans to do what he has always done: arrive an hour early, check the engine, and put the kettle on in the wheelhouse."]]),
         dict(path="/2025/03/14/live-storm-bram-road-closures-and-power-cuts/", t="Storm Bram: road closures and power cuts across Wessex", d=D(2025, 3, 14, 6, 30, GMT), au="Tom Fletcher and Priya Nair", live=True, tags=[("weather", "Weather")],
              entries=[("15:10", "Priya Nair", "The Met Office has lifted the amber wind warning for the coast. A yellow warning for rain stays in place until midnight."),
                       ("13:42", "Tom Fletcher", "SSE says 4,200 homes are still without power, mostly in the New Forest. Engineers expect to reconnect most of them by this evening."),
                       ("11:05", "Priya Nair", "The A326 is closed in both directions near Dibden after a tree came down on the road. Drivers are asked to avoid the area."),
                       ("08:20", "Tom Fletcher", "Red Funnel and Wightlink have cancelled all crossings to the Isle of Wight until at least midday."),
                       ("06:30", "Tom Fletcher", "Good morning. Storm Bram arrived overnight with gusts of up to 78mph recorded at the Needles. We will bring you the latest on travel, power cuts and school closures throughout the day.")])]
    au_slug = lambda n: n.lower().replace(" ", "-")
    related = ('<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">RELATED ARTICLES</a><a class="td-related-right">MORE FROM AUTHOR</a></h4>'
               '<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/2025/03/08/the-last-ferryman-of-hythe/">The last ferryman of Hythe: forty years on the water</a></h3></div>'
               '<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/2025/02/27/pier-train-to-run-again-this-summer/">Pier train to run again this summer after repairs are finished</a></h3></div></div>')
    comments = ('<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div><ol class="comment-list">'
                '<li class="comment"><article><footer><div class="comment-author">Sandra K</div><time>March 11, 2025 At 9:12 am</time></footer><div class="comment-content"><p>About time too, the channel has been a disgrace for years.</p></div></article></li>'
                '<li class="comment"><article><footer><div class="comment-author">hythe_sailor</div><time>March 11, 2025 At 10:40 am</time></footer><div class="comment-content"><p>Believe it when I see the barge.</p></div></article></li></ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form><textarea placeholder="Comment:"></textarea><input placeholder="Name:*"><input placeholder="Email:*"></form></div></div>')
    share = ('<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u=%s"><span>Facebook</span></a>'
             '<a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?text=%s&amp;url=%s"><span>Twitter</span></a><a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=%s"><span>WhatsApp</span></a></div></div>')

    def article(a, page=1):
        url = a["path"] if page == 1 else "%s%d/" % (a["path"], page)
        d = a["d"]
        authors = a["au"].split(" and ")
        if a.get("live"):
            content = ('<div class="liveblog-feed"><p class="liveblog-intro"><strong>Live reporting by %s</strong></p>' % E(a["au"]) +
                       "".join('<div class="liveblog-entry" id="entry-%d"><div class="liveblog-meta"><time class="liveblog-time" datetime="2025-03-14T%s:00+00:00">%s</time> <span class="liveblog-author">%s</span></div><div class="liveblog-entry-content"><p>%s</p></div></div>' % (
                           i, t, t, E(n), E(x)) for i, (t, n, x) in enumerate(a["entries"])) + '</div>')
            ld = {"@type": "LiveBlogPosting", "@id": s.url(url) + "#liveblog", "headline": a["t"], "datePublished": iso(d), "dateModified": "2025-03-14T15:10:00+00:00", "coverageStartTime": iso(d), "coverageEndTime": "2025-03-14T23:59:00+00:00",
                  "author": [{"@type": "Person", "name": n} for n in authors],
                  "liveBlogUpdate": [{"@type": "BlogPosting", "headline": x[:60], "datePublished": "2025-03-14T%s:00+00:00" % t, "articleBody": x} for t, n, x in a["entries"]]}
            h1 = '<span class="td-live-label">LIVE</span> ' + E(a["t"])
            title = "LIVE: %s - %s" % (a["t"], SN)
        else:
            if a.get("pages"):
                paras = a["pages"][page - 1]
                n = len(a["pages"])
                pl = "".join(('<span class="post-page-numbers current" aria-current="page">%d</span>' % i) if i == page else '<a href="%s" class="post-page-numbers">%d</a>' % (a["path"] if i == 1 else "%s%d/" % (a["path"], i), i) for i in range(1, n + 1))
                content = ps(paras) + (('<p class="td-continue"><a href="%s%d/">Continue reading on the next page &raquo;</a></p>' % (a["path"], page + 1)) if page < n else "") + \
                    '<div class="page-nav page-nav-post td-pb-padding-side"><span class="page-nav-title">Pages:</span> %s</div>' % pl
            else:
                content = ps(a["paras"][:2]) + NEWS + ps(a["paras"][2:])
            ld = {"@type": "NewsArticle", "@id": s.url(url) + "#article", "isPartOf": {"@id": s.url(url)}, "headline": a["t"], "datePublished": iso(d), "dateModified": iso(d + TD(hours=3)),
                  "author": {"name": authors[0], "@id": s.url("/#/schema/person/%x" % uid(authors[0]))}, "articleSection": ["News"], "inLanguage": "en-GB", "publisher": {"@id": s.url("/#organization")}}
            h1 = E(a["t"])
            title = "%s - %s" % (a["t"], SN) if page == 1 else "%s - Page %d of %d - %s" % (a["t"], page, len(a["pages"]), SN)
        pn = ""
        if a.get("pages"):
            n = len(a["pages"])
            if page > 1:
                pn += '<link rel="prev" href="%s">' % s.url(a["path"] if page == 2 else "%s%d/" % (a["path"], page - 1))
            if page < n:
                pn += '<link rel="next" href="%s">' % s.url("%s%d/" % (a["path"], page + 1))
        extra = ('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">'
                 '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s">') % (iso(d), iso(d + TD(hours=3)), E(authors[0]), E(authors[0])) + pn
        amp = '<link rel="amphtml" href="%samp/">' % s.url(a["path"]) if page == 1 and not a.get("live") else ""
        desc = (a.get("paras") or (a.get("pages") or [[x for _, _, x in a.get("entries", [])]])[0])[0]
        head = yoast(a["t"], s.url(url), desc, "article", extra, [ld]) + amp
        byl = " and ".join('<a href="/author/%s/">%s</a>' % (au_slug(n), E(n)) for n in authors)
        body = ('<div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/" class="entry-crumb">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="/category/news/" class="entry-crumb">News</a></span></div></div>'
                '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/news/">News</a></li></ul><header class="td-post-title"><h1 class="entry-title">%s</h1>'
                '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> %s<div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">1,204</span></div></div></header></div>'
                '%s<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2025/03/%d.jpg" alt=""><figcaption class="wp-caption-text">Photo: Wessex Gazette</figcaption></figure></div>%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div>%s'
                '<div class="td-author-name vcard author"><a href="/author/%s/">%s</a></div><div class="td-author-description">Reporter covering the waterfront, transport and the New Forest.</div></footer>%s%s</article></div></div>'
                '<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Most read</span></h4>%s</div></div></div></div>') % (
            uid(a["path"]), uid(a["path"]), h1, byl, iso(d), d.strftime("%B %-d, %Y"), uid(a["path"]),
            share % (E(s.url(url)), E(a["t"]), E(s.url(url)), E(s.url(url))), uid(a["path"]), content,
            links([("/tag/%s/" % k, v) for k, v in a["tags"]]), share % (E(s.url(url)), E(a["t"]), E(s.url(url)), E(s.url(url))),
            au_slug(authors[0]), E(authors[0]), related, comments if a is A[0] else "",
            links([(A[0]["path"] + "?utm_source=mostread&utm_medium=widget&utm_campaign=sidebar", A[0]["t"]), (A[1]["path"], A[1]["t"])]))
        return shell(title, body, head, "post-template-default single single-post single-format-standard td-standard-pack")

    def ampdoc(a):
        d = a["d"]
        return ('<!DOCTYPE html><html amp lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
                '<title>%s &#8211; %s</title><link rel="canonical" href="%s"><script async src="https://cdn.ampproject.org/v0.js"></script>'
                '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
                '<style amp-custom>.amp-wp-header{background:#0a3d62}.amp-wp-article{color:#353535}</style>%s</head>'
                '<body class=""><header id="top" class="amp-wp-header"><div><a href="%s"><span class="amp-site-title">%s</span></a></div></header>'
                '<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">%s</h1><div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">%s</span></div>'
                '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="%s">%s ago</time></div></header>'
                '<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1068" height="712" src="/wp-content/uploads/2025/03/%d.jpg" layout="intrinsic"></amp-img></figure>'
                '<div class="amp-wp-article-content">%s</div><footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="%s">News</a></div>'
                '<div class="amp-wp-meta amp-wp-comments-link"><a href="%s#respond">Leave a Comment</a></div></footer></article>'
                '<footer class="amp-wp-footer"><div><h2>%s</h2><a href="#top" class="back-to-top">Back to top</a></div></footer></body></html>') % (
            E(a["t"]), SN, s.url(a["path"]), jl({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": s.url(a["path"]), "headline": a["t"], "datePublished": iso(d), "author": {"@type": "Person", "name": a["au"]}}),
            s.url("/"), SN, E(a["t"]), E(a["au"]), iso(d), "3 days", uid(a["path"]), ps(a["paras"] if "paras" in a else a["pages"][0]), s.url("/category/news/"), s.url(a["path"]), SN)

    a0, a1, a2 = A
    s.art(a0["path"], article(a0), a0["t"], "2025-03-11", ["Tom Fletcher"], must=[a0["paras"][0], a0["paras"][-1]],
          must_not=["Get the Gazette's morning briefing in your inbox", "About time too, the channel has been a disgrace", "We use cookies to optimise our website"])
    s.copy(a0["path"] + "amp/", ampdoc(a0), a0["path"])
    s.copy(a0["path"] + "?utm_source=mostread&utm_medium=widget&utm_campaign=sidebar", None, a0["path"])
    s.art(a1["path"], article(a1, 1), a1["t"], "2025-03-08", ["Abi Jones"], must=[a1["pages"][0][0]], must_not=["Pier train to run again this summer"])
    s.non(a1["path"] + "2/", article(a1, 2))
    s.non(a1["path"] + "3/", article(a1, 3))
    s.copy(a1["path"] + "amp/", ampdoc(a1), a1["path"])
    s.art(a2["path"], article(a2), a2["t"], "2025-03-14", ["Tom Fletcher", "Priya Nair"], must=[a2["entries"][1][2], a2["entries"][-1][2]], must_not=["The last ferryman of Hythe"])
    cards = "".join(card(a["path"], a["t"], a["d"], a["au"].split(" and ")[0]) for a in A)

    def listpage(title, h, intro, items, canon):
        return shell("%s - %s" % (title, SN), '<div class="td-container"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1>%s</div><div class="td-ss-main-content">%s</div>'
                     '<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/page/2/" class="page">2</a><a href="/page/2/"><i class="td-icon-menu-right"></i></a><span class="pages">Page 1 of 2</span></div></div>' % (
                         E(h), intro, items), yoast(title, s.url(canon), intro and strip(intro) or title, "website"), "archive category")
    s.non("/", shell("%s - News from Hythe, Totton and the Waterside" % SN, '<div class="td-container"><div class="td_block_wrap td_flex_block_1"><h4 class="td-block-title"><span>Latest news</span></h4>%s</div>'
                     '<div class="td_block_wrap"><h4 class="td-block-title"><span>Features</span></h4>%s</div><div class="td_block_wrap">%s</div></div>' % (
                         cards, card("/2025/03/08/the-last-ferryman-of-hythe/", a1["t"], a1["d"], "Abi Jones"),
                         links([("/category/news/", "More news"), ("/tag/harbour/", "Harbour"), ("/2025/03/", "March 2025"), ("/search/storm/", "Search: storm"), ("/page/2/", "Older posts"),
                                ("/2025/03/08/the-last-ferryman-of-hythe/2/", "Ferryman, part two")])), yoast(SN, s.url("/"), "News from Hythe, Totton and the Waterside", "website")))
    s.non("/category/news/", listpage("News Archives", "News", '<div class="td-category-description"><p>The latest news from Hythe, Totton and the Waterside.</p></div>', cards, "/category/news/"))
    s.non("/category/features/", listpage("Features Archives", "Features", "", card(a1["path"], a1["t"], a1["d"], "Abi Jones"), "/category/features/"))
    s.non("/tag/harbour/", listpage("harbour Archives", "Tag: harbour", "", card(a0["path"], a0["t"], a0["d"], "Tom Fletcher"), "/tag/harbour/"))
    s.non("/author/tom-fletcher/", listpage("Tom Fletcher, Author at %s" % SN, "Tom Fletcher", '<div class="td-author-description">Tom Fletcher is our chief reporter. He has covered the Waterside since 2014. Email tom.fletcher@wessexgazette.example</div>',
                                            card(a0["path"], a0["t"], a0["d"], "Tom Fletcher") + card(a2["path"], a2["t"], a2["d"], "Tom Fletcher"), "/author/tom-fletcher/"))
    s.non("/author/abi-jones/", listpage("Abi Jones, Author at %s" % SN, "Abi Jones", '<div class="td-author-description">Features writer.</div>', card(a1["path"], a1["t"], a1["d"], "Abi Jones"), "/author/abi-jones/"))
    s.non("/2025/03/", listpage("March 2025", "Month: March 2025", "", cards, "/2025/03/"))
    s.non("/page/2/", listpage("%s - Page 2 of 2" % SN, "Latest news - page 2", "", card("/2025/02/27/pier-train-to-run-again-this-summer/", "Pier train to run again this summer after repairs are finished", D(2025, 2, 27, 8, 0, GMT), "Abi Jones"), "/page/2/"))
    s.non("/search/storm/", shell("You searched for storm - %s" % SN, '<div class="td-container"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>storm - Search Results</span></h1></div>'
                                  '<div class="td-search-query">Search results for: <strong>storm</strong></div>%s</div>' % card(a2["path"], a2["t"], a2["d"], "Tom Fletcher"), '<meta name="robots" content="noindex, follow">', "search"))
    for p, t, txt in (("/about-us/", "About us", ["The Wessex Gazette has reported on Hythe, Totton and the Waterside since 1887. Today we publish online every day and in print every Thursday.",
                                                  "We are an independent title owned by Wessex Gazette Media Ltd and a member of the Independent Press Standards Organisation.",
                                                  "Our newsroom is at 14 High Street, Hythe. Our editor is Caroline Ashby."]),
                      ("/contact-us/", "Contact us", ["Newsdesk: newsdesk@wessexgazette.example or 023 8084 0000.", "Advertising: ads@wessexgazette.example.", "Letters to the editor: please include your full name and address."])):
        s.non(p, shell("%s - %s" % (t, SN), '<div class="td-container"><div class="td-page-header"><h1 class="entry-title td-page-title">%s</h1></div><div class="td-page-content tagdiv-type">%s</div></div>' % (t, ps(txt)),
                       yoast(t, s.url(p), txt[0], "article", '<meta property="article:modified_time" content="2024-11-02T10:14:00+00:00">'), "page-template-default page"))
    s.feed("/feed/", [(a["path"], a["t"], a["d"], a["au"]) for a in A], "News from Hythe, Totton and the Waterside")
    s.sitemap(["/"] + [a["path"] for a in A] + ["/category/news/", "/about-us/"], "/wp-admin/")


# ====================================================================== 2. Lakeshore Ledger (Arc XP / Fusion, en-US)
def lakeshore():
    s = Site(2, "Lakeshore Ledger", "en")
    SN = s.name

    def ampm(d):
        return "%d:%02d %s" % ((d.hour - 1) % 12 + 1, d.minute, "a.m." if d.hour < 12 else "p.m.")

    def shell(title, body, head="", gc=None):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000"><script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412" defer></script></head>'
                '<body><div id="fusion-app" class="layout-section"><div class="b-single-chain"><header class="b-header-nav-chain"><nav class="c-stack b-header-nav-chain__nav">'
                '<a class="b-header-nav-chain__logo" href="/"><img alt="Lakeshore Ledger logo" src="/pf/resources/images/ledger-logo.svg?d=412"></a>'
                '<ul class="b-links-bar">%s</ul><a class="c-button c-button--primary" href="/subscribe/?itm_source=header">Subscribe</a><a class="c-button" href="/account/login/">Sign In</a></nav></header>'
                '<div class="b-alert-bar"><a href="/news/2025/03/11/city-council-approves-48-million-lakefront-flood-wall/?itm_source=alertbar">BREAKING: Council votes 9-4 for flood wall</a></div>'
                '<main class="b-main">%s</main><footer class="b-footer"><div class="b-footer__links">%s</div><p class="b-footer__copyright">Copyright &copy;2025 Lakeshore Ledger. All rights reserved. Do Not Sell or Share My Personal Information</p></footer></div></div>'
                '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic. By clicking &ldquo;Accept All&rdquo; you agree.</div>'
                '<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>'
                '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="lakeshore-ledger";Fusion.deployment="412";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{}};</script></body></html>') % (
            E(title), head, links([("/news/", "News"), ("/news/local/", "Local"), ("/photos/", "Photos"), ("/obituaries/", "Obituaries"), ("/newsletters/", "Newsletters")], "b-links-bar__item"),
            body, links([("/about-us/", "About Us"), ("/contact-us/", "Contact Us"), ("/newsletters/", "Newsletters"), ("/privacy-policy/", "Privacy Policy")]), J(gc or {}))

    A = [dict(path="/news/2025/03/11/city-council-approves-48-million-lakefront-flood-wall/", t="City council approves $48 million lakefront flood wall", d=D(2025, 3, 11, 18, 12, CDT), au=["Marcus Bell"], sec="News",
              sub="The wall will run 1.8 miles from the marina to the water treatment plant", paras=[
                  "The Lakeshore City Council voted 9-4 on Tuesday night to build a $48 million flood wall along the lakefront, ending more than a year of debate over how to protect the east side from rising water.",
                  "The concrete and steel wall will run 1.8 miles from the marina to the water treatment plant and stand about four feet above the current path. Construction is expected to start in spring 2026.",
                  "Supporters pointed to the 2020 storm surge that flooded more than 300 basements in the Harbor Point neighborhood. \"We cannot keep asking those families to pump out their homes every few years,\" Alder Teresa Vaughn said.",
                  "Opponents, including several lakefront business owners, argued the wall would cut the beach off from the rest of downtown. Two amendments to add more openings failed.",
                  "About two thirds of the cost will be covered by a federal resilience grant. The rest will come from city borrowing, which staff said would add about $22 a year to the typical property tax bill."]),
         dict(path="/news/2025/03/09/ice-fishermen-hang-on-as-the-lake-thaws-early/", t="Ice fishermen hang on as the lake thaws early", d=D(2025, 3, 9, 6, 0, CDT), au=["Dana Whitfield"], sec="Photos", essay=True,
              paras=["On the last solid stretch of ice off Point Comfort, a dozen shanties still stood on Saturday morning, their owners unwilling to give up a season that began three weeks late and is ending three weeks early.",
                     "Warm weather has left the bay covered in slush and open water by midday. The county sheriff has urged anglers to stay off the ice, and most of the village has already hauled its shacks to shore."],
              photos=[("Gary Lutz, 71, checks his tip-ups at dawn. He has fished the bay every winter since 1969 and says he has never seen the ice go out this early.",),
                      ("A pickup truck tows a shanty across the softening ice toward the boat launch on Saturday.",),
                      ("Meltwater pools around an auger hole. Anglers say the ice is still eight inches thick in places but rotten on top.",),
                      ("Lutz's grandson Caleb, 9, holds up a yellow perch. It was the only fish the pair caught in four hours.",),
                      ("By afternoon only three shanties remained on the bay. Lutz says he will be back in December.",)]),
         dict(path="/news/2025/03/13/lakeshore-schools-to-push-back-high-school-start-times/", t="Lakeshore schools to push back high school start times next fall", d=D(2025, 3, 13, 7, 0, CDT), au=["Jenna Ortiz", "Marcus Bell"], sec="Education",
              sub="Classes will begin at 8:30 a.m. instead of 7:25 a.m.", paras=[
                  "High school students in the Lakeshore Area School District will start class more than an hour later next fall after the school board approved a new bell schedule on Wednesday.",
                  "Classes at both high schools will begin at 8:30 a.m. instead of 7:25 a.m. Elementary schools will start earlier, at 7:50 a.m., so the district can keep using the same fleet of buses.",
                  "Superintendent Laura Kim said research on teenage sleep was clear. \"Our students are coming in exhausted. This is a change we can make without new money,\" she said.",
                  "Some parents of younger children said the earlier elementary start would be hard for families who work shifts. The district plans to expand its before-school care program at six schools.",
                  "Athletic directors are still working out practice times. Late games may be moved to Saturdays, the board was told."])]

    def gc(a):
        return {"_id": "%X" % uid(a["path"]), "type": "story", "canonical_url": a["path"], "headlines": {"basic": a["t"]}, "subheadlines": {"basic": a.get("sub", "")},
                "display_date": a["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "first_publish_date": a["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "credits": {"by": [{"type": "author", "name": n, "_id": n.lower().replace(" ", "-")} for n in a["au"]]},
                "taxonomy": {"primary_section": {"name": a["sec"], "_id": "/news"}}}

    def article(a):
        d = a["d"]
        ug = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        by = " and ".join('<a class="c-link" href="/people/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["au"])
        if a.get("essay"):
            by = 'Story and photos by ' + by
            content = ps(a["paras"], "c-paragraph") + "".join('<figure class="c-media-item b-article-body__image"><img src="/resizer/v2/%d-%d.jpg?auth=abc&amp;width=1200" alt=""><figcaption class="c-media-item__fig-caption">'
                                                              '<span class="c-media-item__caption">%s</span> <span class="c-media-item__credit">(Dana Whitfield / Lakeshore Ledger)</span></figcaption></figure>' % (uid(a["path"]), i, E(c[0])) for i, c in enumerate(a["photos"]))
            kick = '<div class="b-overline"><a class="c-overline" href="/photos/">PHOTO ESSAY</a></div>'
        else:
            by = "By " + by
            content = ps(a["paras"][:3], "c-paragraph") + ('<div class="b-newsletter-signup"><h3>Get the Morning Ledger</h3><p>The day\'s top local stories, delivered to your inbox at 6 a.m.</p><input type="email"><button>Sign Up</button></div>') + ps(a["paras"][3:], "c-paragraph")
            kick = '<div class="b-overline"><a class="c-overline" href="/news/">%s</a></div>' % a["sec"].upper()
        head = ('<link rel="canonical" href="%s"><link rel="amphtml" href="%s?outputType=amp"><meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:site_name" content="Lakeshore Ledger"><meta property="article:published_time" content="%s"><meta name="twitter:site" content="@lakeshoreledger">%s') % (
            s.url(a["path"]), s.url(a["path"]), E(a.get("sub") or a["paras"][0][:150]), E(a["t"]), ug,
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["t"], "datePublished": ug, "dateModified": ug, "author": [{"@type": "Person", "name": n} for n in a["au"]],
                "publisher": {"@type": "Organization", "name": "Lakeshore Ledger"}, "mainEntityOfPage": s.url(a["path"])}))
        body = ('<article class="b-article-body">%s<h1 class="b-headline c-heading">%s</h1>%s<div class="b-byline"><span class="c-attribution">%s</span></div>'
                '<div class="b-date"><span class="c-date">Published %s %d, %d at %s %s</span></div>'
                '<div class="b-share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Share on Facebook</a><a href="mailto:?body=%s">Email</a></div>%s'
                '<div class="b-author-bio"><p>Contact the newsroom at tips@lakeshoreledger.example.</p></div></article>'
                '<aside class="b-top-table-list"><h2 class="b-header">More Stories</h2>%s</aside>') % (
            kick, E(a["t"]), ('<h2 class="b-subheadline">%s</h2>' % E(a["sub"])) if a.get("sub") else "", by, d.strftime("%B"), d.day, d.year, ampm(d), "CDT" if d.utcoffset() == TD(hours=-5) else "CST",
            E(s.url(a["path"])), E(s.url(a["path"])), content, links([(x["path"], x["t"]) for x in A if x is not a]))
        return shell("%s | Lakeshore Ledger" % a["t"], body, head, gc(a))

    a0, a1, a2 = A
    s.art(a0["path"], article(a0), a0["t"], "2025-03-11", ["Marcus Bell"], instant="2025-03-11T23:12", must=[a0["paras"][0], a0["paras"][-1]],
          must_not=["The day's top local stories, delivered", "We and our partners use cookies", "BREAKING: Council votes"])
    s.art(a1["path"], article(a1), a1["t"], "2025-03-09", ["Dana Whitfield"], must=[a1["paras"][0], a1["photos"][3][0]], must_not=["Lakeshore schools to push back"])
    s.art(a2["path"], article(a2), a2["t"], "2025-03-13", ["Jenna Ortiz", "Marcus Bell"], must=[a2["paras"][0], a2["paras"][-1]], must_not=["The day's top local stories, delivered"])
    for a in A:
        s.copy(a["path"] + "?outputType=amp", None, a["path"])
    s.copy(a0["path"] + "?itm_source=alertbar", None, a0["path"])
    s.copy(a2["path"] + "?fbclid=IwAR2kqL0x9_4ZfT0bXkq1", None, a2["path"])

    def card(a, q=""):
        return '<div class="c-stack b-results-list__item"><h2 class="c-heading"><a href="%s%s">%s</a></h2><p class="c-paragraph">%s</p><span class="c-date">%s %d, %d</span></div>' % (
            a["path"], q, E(a["t"]), E(a.get("sub") or a["paras"][0][:120]), a["d"].strftime("%B"), a["d"].day, a["d"].year)

    def lst(p, title, h, items, extra=""):
        s.non(p, shell("%s | Lakeshore Ledger" % title, '<section class="b-section"><h1 class="b-section-title">%s</h1>%s<div class="b-results-list">%s</div></section>' % (E(h), extra, items),
                       '<link rel="canonical" href="%s"><meta property="og:type" content="website">' % s.url(p), {"type": "section", "name": h}))
    s.non("/", shell("Lakeshore Ledger | Local news, sports and weather", '<section class="b-top-table-list">%s%s%s</section><div class="b-links">%s</div>' % (
        card(a0), card(a1), card(a2, "?fbclid=IwAR2kqL0x9_4ZfT0bXkq1"), links([("/news/local/", "Local"), ("/tags/lakefront/", "Lakefront"), ("/people/dana-whitfield/", "Dana Whitfield"), ("/search/", "Search")])),
        '<link rel="canonical" href="%s"><meta property="og:type" content="website">' % s.url("/")))
    lst("/news/", "News", "News", card(a0) + card(a2))
    lst("/news/local/", "Local News", "Local", card(a0) + card(a1) + card(a2))
    lst("/photos/", "Photos", "Photos", card(a1) + '<div class="c-stack"><h2 class="c-heading"><a href="/photos/2025/03/02/gallery-polar-plunge/">Gallery: Polar Plunge 2025</a></h2></div>')
    lst("/tags/lakefront/", "lakefront", "Lakefront", card(a0))
    lst("/people/dana-whitfield/", "Dana Whitfield", "Dana Whitfield", card(a1), '<div class="b-full-author-bio"><p class="b-full-author-bio__role">Photojournalist</p><p>Dana Whitfield has photographed the lakeshore for the Ledger since 2011.</p><a href="mailto:dwhitfield@lakeshoreledger.example">Email</a></div>')
    lst("/people/marcus-bell/", "Marcus Bell", "Marcus Bell", card(a0) + card(a2), '<div class="b-full-author-bio"><p class="b-full-author-bio__role">City Hall reporter</p></div>')
    lst("/search/", "Search", "Search results", "", '<form class="b-search-results-list__form"><input name="query" placeholder="Search"><button>Search</button></form><p>0 results</p>')
    lst("/obituaries/", "Obituaries", "Obituaries", '<p>Browse obituaries from the Lakeshore area, in partnership with Legacy.com.</p><div class="legacy-widget" data-affiliate="lakeshoreledger"></div>')
    lst("/newsletters/", "Newsletters", "Newsletters", '<div class="b-newsletter"><h3>Morning Ledger</h3><p>Daily at 6 a.m.</p><button>Sign Up</button></div><div class="b-newsletter"><h3>Friday Night Lights</h3><p>High school sports every Friday.</p><button>Sign Up</button></div>')
    for p, t, txt in (("/about-us/", "About Us", ["The Lakeshore Ledger has served the lakeshore communities since 1894. Our newsroom of 22 journalists publishes around the clock online and in print six days a week.",
                                                  "The Ledger is owned by Great Lakes Community Media. Editor: Ruth Sandoval."]),
                      ("/contact-us/", "Contact Us", ["Newsroom: 920-555-0140, tips@lakeshoreledger.example", "Subscriber services: 920-555-0100, Monday to Friday 7 a.m. to 5 p.m."])):
        s.non(p, shell("%s | Lakeshore Ledger" % t, '<article class="b-article-body"><h1 class="b-headline c-heading">%s</h1>%s</article>' % (t, ps(txt, "c-paragraph")),
                       '<link rel="canonical" href="%s"><meta property="og:type" content="article">' % s.url(p), {"type": "story", "headlines": {"basic": t}, "display_date": "2023-06-01T15:00:00.000Z"}))
    s.raw("/arc/outboundfeeds/rss/", "")
    s.feed("/arc/outboundfeeds/rss/", [(a["path"], a["t"], a["d"], None) for a in A])
    s.sitemap([a["path"] for a in A] + ["/news/", "/photos/", "/about-us/"], "/account/")


# ====================================================================== 3. Rheintal-Bote (German regional, id-URL CMS, print pages, Bilderstrecke, Seite 1 von 3)
def rheintal():
    s = Site(3, "Rheintal-Bote", "de")
    SN = s.name

    def dts(d):
        return d.strftime("%d.%m.%Y, %H:%M Uhr")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="de" class="no-js"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/resources/1741612345/css/main.css"></head><body class="page">'
                '<div class="sp_message_container"><div class="message-component">Wir brauchen Ihre Zustimmung. Wir und unsere Partner speichern Informationen auf Ihrem Gerät. <button>Alle akzeptieren</button> <button>Einstellungen</button></div></div>'
                '<header class="site-header"><div class="site-header__top"><a class="logo" href="/" title="%s"><img src="/resources/img/logo-rheintal-bote.svg" alt="%s"></a>'
                '<a class="btn btn--abo" href="/abo/">Abo</a><a class="btn" href="/login/">Anmelden</a></div><nav class="main-nav"><ul>%s</ul></nav></header>'
                '<main id="main" class="site-main">%s</main><footer class="site-footer"><ul class="footer-nav">%s</ul><p class="copyright">&copy; Rheintal-Bote Verlag GmbH &amp; Co. KG 2025</p></footer></body></html>') % (
            E(title), head, SN, SN, links([("/", "Startseite"), ("/region/", "Region"), ("/kultur/", "Kultur"), ("/bilder/", "Bilder"), ("/suche/", "Suche")], "main-nav__item"),
            body, links([("/impressum/", "Impressum"), ("/kontakt/", "Kontakt"), ("/datenschutz/", "Datenschutz"), ("/agb/", "AGB")]))

    A = [dict(path="/region/neuwied/neue-rheinbruecke-bauarbeiten-beginnen-im-mai-id71234567.html", id=71234567, t="Neue Rheinbrücke: Bauarbeiten beginnen im Mai", kick="Verkehr", d=D(2025, 3, 12, 6, 30), au=["Jana Krüger"],
              lead="Nach jahrelangem Streit um die Finanzierung ist der Weg frei: Im Mai rollen die ersten Bagger für die neue Brücke zwischen Neuwied und Weißenthurm an.",
              paras=["Die Planfeststellung ist rechtskräftig, die Aufträge sind vergeben: Der Landesbetrieb Mobilität hat am Dienstag den Baubeginn für die neue Rheinbrücke auf Anfang Mai festgelegt.",
                     "Zunächst werden auf der Neuwieder Seite die Baustraßen angelegt und die Widerlager gegründet. Die eigentliche Stahlkonstruktion soll ab dem kommenden Frühjahr in Teilen über den Fluss eingeschwommen werden.",
                     "Die Kosten werden inzwischen auf 186 Millionen Euro geschätzt, gut 40 Millionen mehr als bei der ersten Planung. Bund und Land tragen den größten Teil.",
                     "Für Pendler bedeutet der Bau zunächst wenig Einschränkungen. Erst für den Anschluss an die B 9 wird es 2027 mehrere Wochenendsperrungen geben, kündigte der Projektleiter an.",
                     "Die alte Brücke aus dem Jahr 1978 darf seit zwei Jahren nicht mehr von Lastwagen über 7,5 Tonnen befahren werden. Sie soll nach der Fertigstellung des Neubaus abgerissen werden."]),
         dict(path="/region/remagen/rosenmontagszug-in-oberwinter-die-schoensten-bilder-vom-umzug-id71230011.html", id=71230011, t="Rosenmontagszug in Oberwinter: Die schönsten Bilder vom Umzug", kick="Bilderstrecke", d=D(2025, 3, 3, 17, 5), au=["Jana Krüger"], pics=True,
              lead="Tausende Jecken säumten am Montag die Straßen von Oberwinter. Unsere Bilder erzählen, wie der Zug durch den Ort zog.",
              paras=["Pünktlich um 13.11 Uhr setzte sich der Zug an der Rheinpromenade in Bewegung, angeführt vom Tambourcorps Oberwinter.",
                     "Prinz Markus I. und Prinzessin Sabine II. warfen vom Prunkwagen Kamellen und Strüssjer in die Menge.",
                     "Die Möhnen aus Bandorf hatten ihren Wagen als Rheinschiff gebaut, mit Kapitänsmützen und einem Steuerrad aus Pappe.",
                     "Am Marktplatz wurde es eng: Hier standen die Zuschauer in Sechserreihen, viele Kinder auf den Schultern ihrer Eltern.",
                     "Die Polizei zog am Abend eine friedliche Bilanz. Der Zug war mit 38 Gruppen so lang wie seit Jahren nicht."]),
         dict(path="/kultur/serie-rheinromantik-wie-die-loreley-zum-mythos-wurde-id71221900.html", id=71221900, t="Wie die Loreley zum Mythos wurde", kick="Serie Rheinromantik (1)", d=D(2025, 3, 8, 10, 0), au=["Stefan Lohmann"],
              lead="Ein Felsen, ein Gedicht, ein Lied: Der erste Teil unserer Serie erzählt, wie aus einem gefährlichen Riff eine Weltmarke wurde.",
              pages=[["Bevor die Loreley eine Frau war, war sie ein Hindernis. Am Felsen bei St. Goarshausen verengt sich der Rhein auf kaum 130 Meter, Strudel und Untiefen ließen hier über Jahrhunderte Schiffe zerschellen.",
                      "Das Echo am Felsen, so erzählten es die Schiffer, stamme von Zwergen, die im Berg wohnten. Von einer blonden Frau auf dem Felsen ist in den alten Quellen keine Rede."],
                     ["Die Frau erfand Clemens Brentano. In seiner Ballade von 1801 ist die Lore Lay eine Zauberin aus Bacharach, die sich aus Liebeskummer vom Felsen stürzt.",
                      "Heinrich Heine machte daraus 1824 das Gedicht, das bis heute jedes Schulkind kennt. Friedrich Silcher vertonte es 1837, und spätestens dann war der Mythos nicht mehr aufzuhalten."],
                     ["Heute kommen jedes Jahr rund zwei Millionen Besucher auf das Plateau. Die Statue der Loreley am Hafendamm stammt erst aus dem Jahr 1983.",
                      "Im zweiten Teil der Serie geht es am kommenden Samstag um die Burgen am Mittelrhein und die Engländer, die sie im 19. Jahrhundert entdeckten."]])]

    def pageurl(a, n):
        return a["path"] if n == 1 else a["path"].replace(".html", "_seite%d.html" % n)

    def article(a, page=1):
        d = a["d"]
        url = pageurl(a, page)
        by = ", ".join('<a class="author__name" href="/autor/%s/">%s</a>' % (n.lower().replace(" ", "-").replace("ü", "ue"), E(n)) for n in a["au"])
        if a.get("pics"):
            by = 'Text: %s · Fotos: <span class="photographer">Mike Sauer</span>' % by
            content = "".join('<figure class="gallery__item"><img src="/img/bilder/%d-%d.jpg" alt=""><figcaption><span class="gallery__count">Bild %d von %d</span><p>%s</p><span class="credit">Foto: Mike Sauer</span></figcaption></figure>' % (
                a["id"], i, i + 1, len(a["paras"]), E(p)) for i, p in enumerate(a["paras"]))
        elif a.get("pages"):
            n = len(a["pages"])
            content = ps(a["pages"][page - 1]) + '<nav class="pagination"><span class="pagination__info">Seite %d von %d</span>%s%s</nav>' % (
                page, n, ('<a rel="prev" class="pagination__prev" href="%s">Vorherige Seite</a>' % pageurl(a, page - 1)) if page > 1 else "",
                ('<a rel="next" class="pagination__next" href="%s">Nächste Seite</a>' % pageurl(a, page + 1)) if page < n else "")
        else:
            content = ps(a["paras"][:2]) + '<aside class="read-more"><strong>Lesen Sie auch:</strong> <a href="/region/neuwied/">Alte Rheinbrücke: Lkw-Verbot wird schärfer kontrolliert</a></aside>' + ps(a["paras"][2:])
        rel = ""
        if a.get("pages"):
            n = len(a["pages"])
            rel = ('<link rel="prev" href="%s">' % s.url(pageurl(a, page - 1)) if page > 1 else "") + ('<link rel="next" href="%s">' % s.url(pageurl(a, page + 1)) if page < n else "")
        head = ('<link rel="canonical" href="%s">%s<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta name="date" content="%s"><meta name="author" content="%s">%s') % (
            s.url(url), rel, E(a["lead"]), E(a["t"]), d.strftime("%Y-%m-%dT%H:%M:%S+01:00"), E(", ".join(a["au"])),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["t"], "datePublished": iso(d), "dateModified": iso(d + TD(hours=7)),
                "author": [{"@type": "Person", "name": n} for n in a["au"]], "publisher": {"@type": "NewsMediaOrganization", "name": SN}, "isAccessibleForFree": True}) if page == 1 else "")
        body = ('<article class="article" data-id="%d"><header class="article__header"><span class="article__kicker">%s</span><h1 class="article__headline">%s</h1>'
                '<p class="article__lead">%s</p><div class="article__meta"><span class="author">Von %s</span><time class="article__date" datetime="%s">%s</time>'
                '<span class="article__updated">Aktualisiert: %s</span></div><div class="article__tools"><a href="/druckversion/%d.html" rel="nofollow" class="tool tool--print">Drucken</a>'
                '<a class="tool tool--share" href="https://www.facebook.com/sharer/sharer.php?u=%s">Teilen</a></div></header><div class="article__body">%s</div>'
                '<div class="article__tags">Themen: %s</div></article><aside class="teaser-list"><h2>Mehr aus der Region</h2><ul>%s</ul></aside>'
                '<aside class="newsletter-box"><h3>Der Rheintal-Bote am Morgen</h3><p>Die wichtigsten Nachrichten aus der Region jeden Morgen um 6 Uhr per E-Mail.</p><button>Jetzt anmelden</button></aside>') % (
            a["id"], E(a["kick"]), E(a["t"]), E(a["lead"]), by, iso(d), dts(d), dts(d + TD(hours=7)), a["id"], E(s.url(url)), content,
            links([("/thema/rheinbruecke/", "Rheinbrücke")]), links([(x["path"], x["t"]) for x in A if x is not a]))
        title = "%s - %s" % (a["t"], SN) if page == 1 else "%s (Seite %d) - %s" % (a["t"], page, SN)
        return shell(title, body, head)

    def printdoc(a):
        d = a["d"]
        txt = a.get("paras") or sum(a["pages"], [])
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s - Druckversion - %s</title><meta name="robots" content="noindex, follow"><link rel="canonical" href="%s">'
                '<link rel="stylesheet" media="print" href="/resources/css/print.css"></head><body class="print" onload="window.print()"><div class="print-header"><img src="/resources/img/logo-rheintal-bote-sw.png" alt="%s"></div>'
                '<h1>%s</h1><p class="print-meta">%s · Von %s</p><p class="print-lead"><strong>%s</strong></p>%s<p class="print-source">Quelle: %s, %s<br>&copy; Rheintal-Bote Verlag 2025. Alle Rechte vorbehalten.</p></body></html>') % (
            E(a["t"]), SN, s.url(a["path"]), SN, E(a["t"]), dts(d), E(", ".join(a["au"])), E(a["lead"]), ps(txt), SN, s.url(a["path"]))

    a0, a1, a2 = A
    s.art(a0["path"], article(a0), a0["t"], "2025-03-12", ["Jana Krüger"], must=[a0["paras"][0], a0["paras"][-1]],
          must_not=["Alte Rheinbrücke: Lkw-Verbot wird schärfer", "Wir brauchen Ihre Zustimmung", "Die wichtigsten Nachrichten aus der Region jeden"])
    s.art(a1["path"], article(a1), a1["t"], "2025-03-03", ["Jana Krüger"], must=[a1["paras"][0], a1["paras"][-1]], must_not=["Neue Rheinbrücke: Bauarbeiten beginnen"])
    s.art(a2["path"], article(a2, 1), a2["t"], "2025-03-08", ["Stefan Lohmann"], must=[a2["pages"][0][0]], must_not=["Wir brauchen Ihre Zustimmung"])
    s.non(pageurl(a2, 2), article(a2, 2))
    s.non(pageurl(a2, 3), article(a2, 3))
    for a in A:
        s.copy("/druckversion/%d.html" % a["id"], printdoc(a), a["path"])

    def teaser(a):
        return '<article class="teaser"><a href="%s"><span class="teaser__kicker">%s</span><h2 class="teaser__headline">%s</h2><p class="teaser__lead">%s</p></a><time>%s</time></article>' % (
            a["path"], E(a["kick"]), E(a["t"]), E(a["lead"]), dts(a["d"]))

    def lst(p, title, h, inner, noindex=False):
        s.non(p, shell("%s - %s" % (title, SN), '<section class="section"><h1 class="section__title">%s</h1>%s</section>' % (E(h), inner),
                       '<link rel="canonical" href="%s">%s' % (s.url(p), '<meta name="robots" content="noindex, follow">' if noindex else "")))
    s.non("/", shell("Rheintal-Bote - Nachrichten aus Neuwied, Remagen und dem Mittelrhein", '<section class="stage">%s</section><section class="more">%s</section>' % (
        "".join(teaser(a) for a in A), links([("/thema/rheinbruecke/", "Thema: Rheinbrücke"), ("/autor/jana-krueger/", "Jana Krüger"), ("/archiv/2025-03-12/", "Archiv 12. März"), (pageurl(a2, 2), "Loreley, Seite 2")])),
        '<link rel="canonical" href="%s"><meta name="description" content="Nachrichten aus Neuwied, Remagen und dem Mittelrhein">' % s.url("/")))
    lst("/region/", "Region", "Region", teaser(a0) + teaser(a1))
    lst("/region/neuwied/", "Neuwied", "Neuwied", teaser(a0))
    lst("/kultur/", "Kultur", "Kultur", teaser(a2))
    lst("/bilder/", "Bilderstrecken", "Bilder", teaser(a1) + '<article class="teaser"><a href="/bilder/"><h2 class="teaser__headline">Weiberfastnacht in Linz: Die Bilder</h2></a></article>')
    lst("/thema/rheinbruecke/", "Thema Rheinbrücke: Aktuelle News", "Rheinbrücke", teaser(a0))
    lst("/autor/jana-krueger/", "Jana Krüger", "Jana Krüger", '<div class="author-profile"><p>Redakteurin in der Lokalredaktion Neuwied. Schwerpunkte: Verkehr, Stadtentwicklung.</p></div>' + teaser(a0) + teaser(a1))
    lst("/autor/stefan-lohmann/", "Stefan Lohmann", "Stefan Lohmann", '<div class="author-profile"><p>Kulturredakteur.</p></div>' + teaser(a2))
    lst("/archiv/2025-03-12/", "Archiv vom 12.03.2025", "Archiv: Mittwoch, 12. März 2025", teaser(a0))
    lst("/suche/", "Suche", "Suche", '<form class="search"><input name="q" placeholder="Suchbegriff"><button>Suchen</button></form><p>Bitte geben Sie einen Suchbegriff ein.</p>', True)
    for p, t, txt in (("/impressum/", "Impressum", ["Rheintal-Bote Verlag GmbH & Co. KG, Rheinstraße 12, 56564 Neuwied", "Geschäftsführer: Thomas Reiff. Chefredakteurin: Martina Schell.", "Registergericht: Amtsgericht Montabaur, HRA 20431"]),
                      ("/kontakt/", "Kontakt", ["Redaktion: redaktion@rheintal-bote.example, Telefon 02631 9980-0", "Leserservice: Montag bis Freitag 6.30 bis 17 Uhr"])):
        lst(p, t, t, ps(txt))
    s.feed("/feed/rss.xml", [(a["path"], a["t"], a["d"], None) for a in A])
    s.sitemap(["/"] + [a["path"] for a in A], "/suche/")


# ====================================================================== 4. Seeland Zeitung / Journal du Seeland (Biel/Bienne, bilingual, hreflang, mobile /m/)
def seeland():
    s = Site(4, "Seeland Zeitung", "de")
    NAME = {"de": "Seeland Zeitung", "fr": "Journal du Seeland"}

    def dts(d):
        return d.strftime("%d.%m.%Y, %H:%M")

    def shell(lang, title, body, head=""):
        other = "fr" if lang == "de" else "de"
        nav = {"de": [("/de/", "Startseite"), ("/de/region/", "Region"), ("/de/sport/", "Sport"), ("/de/wetter/", "Wetter"), ("/de/suche/", "Suche")],
               "fr": [("/fr/", "Accueil"), ("/fr/region/", "Région"), ("/fr/sport/", "Sport"), ("/fr/a-propos/", "À propos")]}[lang]
        return ('<!DOCTYPE html><html lang="%s-CH"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s<link rel="stylesheet" href="/themes/seeland/dist/app.css?v=3.4.1"></head>'
                '<body class="lang-%s"><div id="usercentrics-root" data-settings-id="Xk2pQ9"></div><div class="uc-banner"><p>%s</p><button>%s</button></div>'
                '<header class="header"><a class="header__logo" href="/%s/">%s</a><div class="header__lang"><a href="/de/" %s>DE</a> | <a href="/fr/" %s>FR</a></div><nav><ul class="nav">%s</ul></nav></header>'
                '<div class="container">%s</div><footer class="footer"><p>%s</p><ul>%s</ul><p>&copy; 2025 Seeland Medien AG, Biel/Bienne</p></footer></body></html>') % (
            lang, E(title), head, lang,
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten." if lang == "de" else "Nous utilisons des cookies pour vous offrir la meilleure expérience.",
            "Akzeptieren" if lang == "de" else "Accepter", lang, NAME[lang], 'class="active"' if lang == "de" else "", 'class="active"' if lang == "fr" else "", links(nav, "nav__item"), body,
            "Die zweisprachige Tageszeitung für Biel und das Seeland." if lang == "de" else "Le quotidien bilingue de Bienne et du Seeland.",
            links([("/de/ueber-uns/", "Über uns"), ("/fr/a-propos/", "À propos"), ("/de/impressum/", "Impressum")]))

    A = [dict(lang="de", path="/de/region/biel/stadtrat-bewilligt-6-4-millionen-fuer-die-eisbahn", t="Stadtrat bewilligt 6,4 Millionen für die Eisbahn", kick="Biel", d=D(2025, 3, 13, 17, 45), au="Nicole Baumann",
              lead="Die Kunsteisbahn an der Seevorstadt kann saniert werden. Der Bieler Stadtrat hat den Kredit am Mittwochabend deutlich angenommen.",
              paras=["Mit 51 zu 7 Stimmen hat der Bieler Stadtrat am Mittwochabend einen Kredit von 6,4 Millionen Franken für die Sanierung der Kunsteisbahn genehmigt.",
                     "Die Kälteanlage aus dem Jahr 1986 arbeitet noch mit Ammoniak in grossen Mengen und entspricht nicht mehr den heutigen Sicherheitsvorschriften. Sie wird durch eine CO2-Anlage ersetzt.",
                     "Die Abwärme der neuen Anlage soll künftig das benachbarte Hallenbad heizen. Die Stadt rechnet mit Einsparungen von rund 180'000 Franken pro Jahr.",
                     "Einzig die SVP-Fraktion stellte sich gegen das Projekt. Sie hätte eine günstigere Variante ohne Wärmerückgewinnung bevorzugt.",
                     "Die Arbeiten beginnen im April. Die Eisbahn soll pünktlich zum Saisonstart im Oktober wieder öffnen."]),
         dict(lang="fr", path="/fr/region/bienne/le-conseil-de-ville-accorde-6-4-millions-pour-la-patinoire", t="Le Conseil de ville accorde 6,4 millions pour la patinoire", kick="Bienne", d=D(2025, 3, 13, 18, 30), au="Nicole Baumann",
              lead="La patinoire artificielle de la Vieille-Ville pourra être rénovée. Le législatif biennois a accepté le crédit mercredi soir.",
              paras=["Par 51 voix contre 7, le Conseil de ville de Bienne a approuvé mercredi soir un crédit de 6,4 millions de francs pour l'assainissement de la patinoire artificielle.",
                     "L'installation frigorifique, qui date de 1986, fonctionne encore avec de grandes quantités d'ammoniac et ne répond plus aux normes de sécurité. Elle sera remplacée par une installation au CO2.",
                     "La chaleur produite par la nouvelle machine servira à chauffer la piscine couverte voisine. La Ville table sur une économie d'environ 180'000 francs par an.",
                     "Seul le groupe UDC s'est opposé au projet, lui préférant une variante meilleur marché sans récupération de chaleur.",
                     "Les travaux débuteront en avril. La patinoire devrait rouvrir à temps pour le début de la saison, en octobre."]),
         dict(lang="de", path="/de/region/seeland/seeuferweg-kanton-gibt-gruenes-licht-fuer-abschnitt-tuescherz", t="Seeuferweg: Kanton gibt grünes Licht für Abschnitt Tüscherz", kick="Seeland", d=D(2025, 3, 10, 11, 20), au="Reto Zimmermann",
              lead="Nach über zehn Jahren Planung kann am Nordufer des Bielersees ein weiteres Stück Uferweg gebaut werden.",
              paras=["Der Kanton Bern hat die Baubewilligung für den 1,2 Kilometer langen Abschnitt des Seeuferwegs zwischen Tüscherz und Wingreis erteilt.",
                     "Der Weg führt künftig zwischen der Bahnlinie und dem See durch, teilweise auf einem Holzsteg. Zwei Einsprachen von Grundeigentümern wurden abgewiesen.",
                     "Die Gemeinde Twann-Tüscherz begrüsst den Entscheid. Heute müssen Spaziergänger an dieser Stelle auf die stark befahrene Hauptstrasse ausweichen.",
                     "Gebaut wird ab Herbst, nach der Weinlese. Die Kosten von 3,8 Millionen Franken übernimmt zu grossen Teilen der kantonale Seeuferfonds."])]
    A[0]["alt"], A[1]["alt"] = A[1], A[0]
    A[1]["trans"] = "Léa Chappuis"

    def article(a, mobile=False):
        d, lang = a["d"], a["lang"]
        hl = ""
        if a.get("alt"):
            hl = '<link rel="alternate" hreflang="%s-CH" href="%s"><link rel="alternate" hreflang="%s-CH" href="%s">' % (lang, s.url(a["path"]), a["alt"]["lang"], s.url(a["alt"]["path"]))
        mob = '<link rel="alternate" media="only screen and (max-width: 640px)" href="%s">' % s.url("/m" + a["path"]) if not mobile else ""
        head = ('<link rel="canonical" href="%s">%s%s<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:locale" content="%s_CH"><meta property="article:published_time" content="%s">%s') % (
            s.url(a["path"]), hl, mob, E(a["lead"]), E(a["t"]), lang, iso(d),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["t"], "inLanguage": lang + "-CH", "datePublished": iso(d),
                "author": {"@type": "Person", "name": a["au"]}, "publisher": {"@type": "Organization", "name": NAME[lang]}}))
        lbl = {"de": ("Von", "Publiziert", "Lesen Sie diesen Artikel auf Französisch", "Das könnte Sie auch interessieren"), "fr": ("Par", "Publié le", "Lire cet article en allemand", "À lire aussi")}[lang]
        by = '%s <a href="/%s/autor/%s/">%s</a>' % (lbl[0], lang, a["au"].lower().replace(" ", "-"), E(a["au"]))
        if a.get("trans"):
            by += ' <span class="translator">(traduction: %s)</span>' % E(a["trans"])
        alt = '<p class="lang-switch"><a hreflang="%s" href="%s">%s</a></p>' % (a["alt"]["lang"], a["alt"]["path"], lbl[2]) if a.get("alt") else ""
        if mobile:
            body = ('<article class="m-article"><p class="m-kicker">%s</p><h1>%s</h1><p class="m-meta">%s · %s</p><p class="m-lead"><b>%s</b></p>%s</article><p><a href="%s">Desktop-Version</a></p>') % (
                E(a["kick"]), E(a["t"]), by, dts(d), E(a["lead"]), ps(a["paras"]), a["path"])
            return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body class="mobile"><header class="m-header"><a href="/m/%s/">%s</a></header>%s</body></html>') % (
                lang, E(a["t"]), head, lang, NAME[lang], body)
        body = ('<article class="article"><header><span class="article__kicker">%s</span><h1 class="article__title">%s</h1><p class="article__lead">%s</p>'
                '<div class="article__meta"><span class="article__author">%s</span> <span class="article__date">%s %s</span></div>%s</header>'
                '<div class="article__body">%s</div><div class="share">%s</div></article><aside class="related"><h2>%s</h2><ul>%s</ul></aside>') % (
            E(a["kick"]), E(a["t"]), E(a["lead"]), by, lbl[1], dts(d), alt, ps(a["paras"]),
            '<a href="https://wa.me/?text=%s">WhatsApp</a> <a href="mailto:?subject=%s">E-Mail</a>' % (E(s.url(a["path"])), E(a["t"])), lbl[3],
            links([(x["path"], x["t"]) for x in A if x is not a and x["lang"] == lang] + ([("/%s/region/" % lang, "Ciné Rex : le cinéma rouvre ses portes" if lang == "fr" else "Kino Rex öffnet wieder")])))
        return shell(lang, "%s | %s" % (a["t"], NAME[lang]), body, head)

    for a in A:
        s.art(a["path"], article(a), a["t"], a["d"].strftime("%Y-%m-%d"), [a["au"]], must=[a["paras"][0], a["paras"][-1]],
              must_not=["Kino Rex öffnet wieder" if a["lang"] == "de" else "Ciné Rex : le cinéma rouvre", "Wir verwenden Cookies" if a["lang"] == "de" else "Nous utilisons des cookies",
                        (a.get("alt") or {"paras": ["Lesen Sie diesen Artikel auf"]})["paras"][0]])
    for a in (A[0], A[2]):
        s.copy("/m" + a["path"], article(a, True), a["path"])

    def teaser(a):
        return '<div class="teaser"><a href="%s"><span class="teaser__kicker">%s</span><h3>%s</h3></a><p>%s</p></div>' % (a["path"], E(a["kick"]), E(a["t"]), E(a["lead"]))

    def lst(lang, p, title, inner):
        s.non(p, shell(lang, "%s | %s" % (title, NAME[lang]), '<h1 class="page-title">%s</h1>%s' % (E(title), inner), '<link rel="canonical" href="%s">' % s.url(p)))
    de = [a for a in A if a["lang"] == "de"]
    s.non("/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Seeland Zeitung | Journal du Seeland</title><meta http-equiv="refresh" content="5; url=/de/"></head><body><h1>Seeland Zeitung · Journal du Seeland</h1><ul>%s</ul></body></html>' % links([("/de/", "Deutsch"), ("/fr/", "Français")]))
    lst("de", "/de/", "Nachrichten aus Biel und dem Seeland", "".join(teaser(a) for a in de) + links([("/m/de/", "Mobile Version"), ("/de/tag/eisbahn/", "Eisbahn"), ("/de/autor/nicole-baumann/", "Nicole Baumann")]))
    lst("fr", "/fr/", "Actualités de Bienne et du Seeland", teaser(A[1]))
    lst("de", "/de/region/", "Region", "".join(teaser(a) for a in de))
    lst("fr", "/fr/region/", "Région", teaser(A[1]))
    lst("de", "/de/tag/eisbahn/", "Eisbahn", teaser(A[0]))
    lst("de", "/de/autor/nicole-baumann/", "Nicole Baumann", '<p class="author-bio">Redaktorin Stadt Biel, zweisprachig.</p>' + teaser(A[0]))
    lst("fr", "/fr/autor/nicole-baumann/", "Nicole Baumann", '<p class="author-bio">Rédactrice Ville de Bienne.</p>' + teaser(A[1]))
    lst("de", "/de/suche/", "Suche", '<form><input name="search_api_fulltext"><button>Suchen</button></form>')
    lst("de", "/de/wetter/", "Wetter Biel", '<div class="weather"><p>Heute: 9°C, bewölkt. Morgen: 12°C, sonnig.</p></div>')
    lst("de", "/de/ueber-uns/", "Über uns", ps(["Die Seeland Zeitung erscheint seit 1850 in Biel. Gemeinsam mit dem Journal du Seeland informiert sie zweisprachig über die Region.", "Chefredaktion: Urs Gerber. Redaktion: Zentralstrasse 40, 2502 Biel."]))
    lst("fr", "/fr/a-propos/", "À propos", ps(["Le Journal du Seeland informe en français sur Bienne et sa région, en collaboration avec la Seeland Zeitung.", "Rédaction : rue Centrale 40, 2502 Bienne."]))
    s.non("/m/de/", '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seeland Zeitung mobil</title><link rel="canonical" href="%s"></head><body class="mobile"><ul>%s</ul></body></html>' % (
        s.url("/de/"), links([("/m" + a["path"], a["t"]) for a in de])))
    s.feed("/de/rss.xml", [(a["path"], a["t"], a["d"], a["au"]) for a in de])
    s.sitemap(["/de/", "/fr/"] + [a["path"] for a in A], "/de/suche/")


# ====================================================================== 5. Le Courrier du Rhône (Drupal 10, print module, /node/N aliases, live blog)
def courrier():
    s = Site(5, "Le Courrier du Rhône", "fr")
    SN = s.name

    def pub(d):
        return "Publié le %s à %s" % (d.strftime("%d/%m/%Y"), d.strftime("%Hh%M"))

    def shell(title, body, head="", cls="path-frontpage"):
        return ('<!DOCTYPE html><html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>%s</title>%s<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8x2.css"></head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
                '<header role="banner" class="site-header"><div class="region region-header"><div id="block-courrier-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">%s</a></div>'
                '<nav role="navigation" id="block-courrier-main-menu" class="block block-menu navigation menu--main"><ul class="menu">%s</ul></nav></div></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>%s</div></div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu">%s</ul></nav><p>&copy; 2025 Le Courrier du Rhône – Tous droits réservés</p></div></footer></div>'
                '<div id="didomi-host"><div class="didomi-popup-notice">En poursuivant votre navigation, vous acceptez l\'utilisation de cookies par Le Courrier du Rhône et ses partenaires. <button>Accepter &amp; Fermer</button> <button>Paramétrer</button></div></div>'
                '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"fr"},"ajaxTrustedUrl":[]}</script></body></html>') % (
            E(title), head, cls, SN, links([("/", "Accueil"), ("/lyon", "Lyon"), ("/region", "Région"), ("/tags/crue", "Crue du Rhône"), ("/newsletter", "Newsletter")], "menu-item"),
            body, links([("/a-propos", "Qui sommes-nous ?"), ("/contact", "Contact"), ("/mentions-legales", "Mentions légales")], "menu-item"))

    A = [dict(nid=4533, path="/lyon/2025/03/15/en-direct-crue-du-rhone-suivez-levolution-de-la-situation", t="Crue du Rhône : suivez l'évolution de la situation", d=D(2025, 3, 15, 7, 2), au=["Claire Dumont", "Hugo Ferrand"], live=True,
              chapo="Le Rhône a atteint samedi matin son plus haut niveau depuis 2021 à Lyon. Les quais bas sont fermés, plusieurs communes en aval sont en vigilance orange.",
              entries=[("16:40", "La préfecture annonce la réouverture des quais bas de la rive gauche dimanche matin si la décrue se confirme."),
                       ("14:15", "À Givors, une quarantaine de caves ont été inondées dans le quartier du Vieux-Pont. Les pompiers sont intervenus à 27 reprises depuis le matin."),
                       ("11:30", "Le niveau du Rhône s'est stabilisé au pont Pasteur à 4,12 mètres, selon Vigicrues. Le pic est attendu en début d'après-midi à Vienne."),
                       ("09:05", "Les bateaux-restaurants du quai Augagneur ont été évacués par précaution dans la nuit."),
                       ("07:02", "Bonjour à tous. Nous suivons en direct toute la journée la crue du Rhône et de la Saône, les routes coupées et les consignes de la préfecture.")]),
         dict(nid=4521, path="/lyon/2025/03/12/lyon-la-piscine-du-rhone-rouvrira-le-1er-juin", t="Lyon : la piscine du Rhône rouvrira le 1er juin", d=D(2025, 3, 12, 8, 15), au=["Hugo Ferrand"],
              chapo="Fermé depuis deux ans pour travaux, le bassin olympique en plein air du 7e arrondissement accueillera de nouveau les nageurs dès le début de l'été.",
              paras=["La Ville de Lyon l'a confirmé mardi : la piscine du Rhône, fermée depuis l'été 2023, rouvrira ses portes le dimanche 1er juin.",
                     "Les travaux, d'un montant de 14 millions d'euros, ont porté sur l'étanchéité du grand bassin de 50 mètres, le remplacement de la chaufferie et la rénovation complète des vestiaires.",
                     "Le chantier a pris six mois de retard à cause de la découverte d'amiante dans les anciennes cabines, a reconnu l'adjoint aux sports.",
                     "Les tarifs restent inchangés : 3,50 euros l'entrée pour les adultes, gratuit pour les moins de 6 ans. Une nocturne sera proposée le jeudi jusqu'à 22 heures.",
                     "La piscine emblématique, inaugurée en 1965, accueillait près de 200 000 baigneurs par saison avant sa fermeture."]),
         dict(nid=4502, path="/region/2025/03/10/beaujolais-1-500-hectares-de-vignes-vont-etre-arraches", t="Beaujolais : 1 500 hectares de vignes vont être arrachés", d=D(2025, 3, 10, 6, 0), au=["Claire Dumont"],
              chapo="Face à la chute des ventes, près d'un vigneron sur cinq a demandé à bénéficier de la prime à l'arrachage.",
              paras=["Près de 1 500 hectares de vignes vont disparaître dans le Beaujolais d'ici l'été, soit environ 8 % du vignoble, selon les chiffres communiqués lundi par l'interprofession.",
                     "Les vignerons concernés toucheront une prime de 4 000 euros par hectare, financée par l'État et la Région. Les demandes ont afflué bien au-delà des prévisions.",
                     "« On arrache des vignes que mon grand-père a plantées, c'est un crève-cœur », témoigne Bernard Lathuilière, viticulteur à Chiroubles, qui va se séparer de trois de ses onze hectares.",
                     "La baisse de la consommation de vin rouge, en France comme à l'export, frappe particulièrement le gamay. Les stocks représentent aujourd'hui près de deux récoltes.",
                     "Une partie des parcelles arrachées pourrait être replantée en céréales ou en arbres fruitiers, une piste étudiée avec la chambre d'agriculture."])]

    def article(a):
        d = a["d"]
        by = " et ".join('<a href="/auteur/%s" hreflang="fr">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["au"])
        if a.get("live"):
            content = '<div class="live-feed">' + "".join('<div class="live-post"><div class="live-post__time">%s</div><div class="live-post__body"><p>%s</p></div></div>' % (t, E(x)) for t, x in a["entries"]) + '</div>'
            label = '<span class="label label--live">En direct</span> '
            upd = ", mis à jour à 16h40"
            ttl = "DIRECT. %s | %s" % (a["t"], SN)
        else:
            content = ps(a["paras"][:3]) + '<div class="paragraph paragraph--type--inread"><p><strong>À lire aussi :</strong> <a href="/lyon">Métropole : les piscines d\'été ouvriront plus tôt</a></p></div>' + ps(a["paras"][3:])
            label, upd, ttl = "", "", "%s | %s" % (a["t"], SN)
        head = ('<link rel="canonical" href="%s"><link rel="shortlink" href="%s"><meta name="description" content="%s"><meta property="og:site_name" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><link rel="amphtml" href="%s?amp">%s') % (
            s.url(a["path"]), s.url("/node/%d" % a["nid"]), E(a["chapo"]), SN, E(a["t"]), iso(d), s.url(a["path"]),
            jl({"@context": "https://schema.org", "@graph": [{"@type": "LiveBlogPosting" if a.get("live") else "NewsArticle", "headline": a["t"], "datePublished": iso(d), "author": [{"@type": "Person", "name": n} for n in a["au"]],
                                                             "publisher": {"@type": "Organization", "name": SN}}]}))
        body = ('<article data-history-node-id="%d" role="article" about="%s" class="node node--type-article node--view-mode-full"><div class="node__header"><div class="field field--name-field-rubrique"><a href="/lyon">Lyon</a></div>'
                '<h1 class="page-title">%s<span class="field field--name-title">%s</span></h1><div class="node__meta"><span class="field--name-uid">Par %s</span> <span class="field--name-created">%s%s</span></div></div>'
                '<div class="node__content"><div class="field field--name-field-chapo"><p>%s</p></div><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-tags"><div class="field__label">Mots-clés</div><div class="field__items"><a href="/tags/crue">Crue du Rhône</a></div></div>'
                '<ul class="links inline"><li class="print__wrapper print__wrapper--html"><a href="/print/node/%d" class="print-page" rel="nofollow">Version imprimable</a></li></ul></div></article>'
                '<div class="block block-views block-views-blockarticles-lies"><h2>Sur le même sujet</h2><ul>%s</ul></div>'
                '<section class="comments"><h2>Commentaires</h2><article class="comment"><p>Merci pour ce suivi, très utile pour nous à Vienne.</p><footer>Par <span>marie69</span></footer></article></section>') % (
            a["nid"], a["path"], label, E(a["t"]), by, pub(d), upd, E(a["chapo"]), content, a["nid"], links([(x["path"], x["t"]) for x in A if x is not a]))
        return shell(ttl, body, head, "path-node page-node-type-article")

    def printdoc(a):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex, nofollow"><link rel="canonical" href="%s"><link rel="stylesheet" href="/modules/contrib/entity_print/css/entity-print.css"></head>'
                '<body><div class="page"><div class="print-logo"><img src="/themes/courrier/logo-print.png" alt="Le Courrier du Rhône"></div><div class="print-site_name">Publié sur Le Courrier du Rhône (%s)</div>'
                '<article><h1>%s</h1><div class="print-meta">Par %s – %s</div><p><strong>%s</strong></p>%s</article><div class="print-source_url">URL source : %s</div></div></body></html>') % (
            E(a["t"]), s.url(a["path"]), s.url("/"), E(a["t"]), " et ".join(a["au"]), pub(a["d"]), E(a["chapo"]), ps(a.get("paras") or [x for _, x in a["entries"]]), s.url(a["path"]))

    live, pisc, beau = A
    s.art(live["path"], article(live), live["t"], "2025-03-15", ["Claire Dumont", "Hugo Ferrand"], must=[live["entries"][0][1], live["entries"][-1][1]], must_not=["Merci pour ce suivi, très utile"])
    s.art(pisc["path"], article(pisc), pisc["t"], "2025-03-12", ["Hugo Ferrand"], must=[pisc["paras"][0], pisc["paras"][-1]],
          must_not=["les piscines d'été ouvriront plus tôt", "En poursuivant votre navigation, vous acceptez", "Merci pour ce suivi"])
    s.art(beau["path"], article(beau), beau["t"], "2025-03-10", ["Claire Dumont"], must=[beau["paras"][0], beau["paras"][-1]], must_not=["les piscines d'été ouvriront plus tôt"])
    for a in A:
        s.copy("/print/node/%d" % a["nid"], printdoc(a), a["path"])
    s.copy("/node/%d" % pisc["nid"], article(pisc), pisc["path"])
    s.copy(pisc["path"] + "?amp", None, pisc["path"])

    def teaser(a):
        return '<article class="node node--type-article node--view-mode-teaser"><h2><a href="%s" rel="bookmark"><span>%s</span></a></h2><div class="node__meta">%s</div><p>%s</p></article>' % (
            a["path"], E(a["t"]), pub(a["d"]), E(a["chapo"]))

    def lst(p, title, inner, cls="path-taxonomy"):
        s.non(p, shell("%s | %s" % (title, SN), '<h1 class="page-title">%s</h1><div class="views-element-container">%s</div>' % (E(title), inner),
                       '<link rel="canonical" href="%s">' % s.url(p), cls))
    s.non("/", shell("%s | L'actualité de Lyon et de la région" % SN, '<div class="view-frontpage">%s</div><nav class="pager"><ul><li class="pager__item"><a href="/node/4521">Piscine du Rhône</a></li><li><a href="/auteur/claire-dumont">Claire Dumont</a></li></ul></nav>' % "".join(teaser(a) for a in A),
                     '<link rel="canonical" href="%s">' % s.url("/")))
    lst("/lyon", "Lyon", teaser(live) + teaser(pisc))
    lst("/region", "Région", teaser(beau))
    lst("/tags/crue", "Crue du Rhône", teaser(live))
    lst("/auteur/claire-dumont", "Claire Dumont", '<div class="user-bio">Journaliste au service Région depuis 2016.</div>' + teaser(live) + teaser(beau), "path-user")
    lst("/auteur/hugo-ferrand", "Hugo Ferrand", teaser(pisc), "path-user")
    lst("/recherche", "Recherche", '<form class="search-form"><input type="search" name="keys"><input type="submit" value="Rechercher"></form><p>Votre recherche ne correspond à aucun résultat.</p>', "path-search")
    lst("/newsletter", "Newsletter", '<p>Recevez chaque matin l\'essentiel de l\'actualité lyonnaise.</p><form><input type="email"><button>Je m\'inscris</button></form>', "path-node")
    for p, t, txt in (("/a-propos", "Qui sommes-nous ?", ["Le Courrier du Rhône est un site d'information indépendant fondé à Lyon en 2012. Sa rédaction compte onze journalistes.", "Directrice de la publication : Anne Vial."]),
                      ("/contact", "Contact", ["Rédaction : redaction@courrierdurhone.example", "Publicité : pub@courrierdurhone.example"]),
                      ("/mentions-legales", "Mentions légales", ["Éditeur : SAS Courrier du Rhône, 8 rue Mercière, 69002 Lyon. Hébergeur : OVH SAS."])):
        lst(p, t, '<div class="field--name-body">%s</div>' % ps(txt), "path-node page-node-type-page")
    s.feed("/rss.xml", [(a["path"], a["t"], a["d"], None) for a in A])
    s.sitemap(["/"] + [a["path"] for a in A], "/recherche")
    return beau


# ====================================================================== 6. Océan Matin (Next.js; scrollytelling grand format whose text lives in __NEXT_DATA__; copy of a Courrier du Rhône story; /amp/ twins)
def ocean(beau):
    s = Site(6, "Océan Matin", "fr")
    SN = s.name

    def shell(title, body, head, props, page):
        nd = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": {}, "buildId": "k3XqYtL9aZ2mP0c", "isFallback": False, "gssp": True, "scriptLoader": []}
        return ('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
                '<link rel="preload" href="/_next/static/css/3f9b1c0e7a2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3f9b1c0e7a2d.css" data-n-g=""/></head>'
                '<body><div id="__next"><div class="Layout_wrapper__Hk3s2"><header class="Header_header__q1LmZ"><a class="Header_logo__aB3x1" href="/">Océan Matin</a>'
                '<nav class="Header_nav__u2P0d"><a href="/rubrique/royan">Royan</a><a href="/rubrique/la-rochelle">La Rochelle</a><a href="/grands-formats">Grands formats</a><a href="/recherche">Rechercher</a></nav>'
                '<a class="Header_subscribe__Rt6k0" href="/abonnement">S\'abonner</a></header><main class="Layout_main__x9LwQ">%s</main>'
                '<footer class="Footer_footer__Zp0aQ"><a href="/qui-sommes-nous">Qui sommes-nous</a><a href="/contact">Contact</a><span>© Océan Matin 2025</span></footer></div>'
                '<div class="Consent_banner__oP1x2" role="dialog">Vos données, notre priorité : Océan Matin et ses partenaires utilisent des cookies pour mesurer l\'audience. <button>Continuer sans accepter</button><button>Tout accepter</button></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (E(title), head, body, J(nd).replace("</", "<\\/"))

    LF = dict(path="/grands-formats/les-derniers-gardiens-de-phare-de-l-atlantique", t="Les derniers gardiens de phare de l'Atlantique", d=D(2025, 3, 7, 6, 0), au="Gwenaëlle Le Bihan",
              chapo="Cordouan, Kéréon, Ar-Men : au large de nos côtes, quelques hommes ont vécu des décennies en mer, seuls avec la lumière. Nous avons retrouvé trois d'entre eux.",
              blocks=[("p", "Le phare de Cordouan se dresse à sept kilomètres de la côte, au milieu de l'estuaire de la Gironde. Jean-Paul Eymeric y a passé vingt-six ans, par périodes de quinze jours, avant que la lumière ne soit entièrement automatisée en 2012."),
                      ("p", "« Le plus dur, ce n'était pas la solitude. C'était de redescendre à terre et d'entendre tout ce bruit », raconte-t-il aujourd'hui dans sa maison du Verdon, où une longue-vue est toujours pointée vers le large."),
                      ("h2", "Ar-Men, l'enfer des enfers"),
                      ("p", "Les gardiens l'appelaient « l'enfer des enfers ». Bâti sur une roche à peine émergée au bout de la chaussée de Sein, Ar-Men a mis quatorze ans à sortir de l'eau. Louis Le Gall y a fait ses premières relèves en 1981."),
                      ("p", "Il se souvient des tempêtes où les vagues montaient jusqu'à la lanterne, à trente mètres, et des relèves annulées qui prolongeaient les séjours de plusieurs semaines."),
                      ("h2", "Que reste-t-il de ce métier ?"),
                      ("p", "Il n'existe plus aujourd'hui en France aucun phare gardé en mer. Les anciens gardiens se retrouvent chaque année à Brest, et militent pour que leurs logements soient ouverts au public."),
                      ("p", "À Cordouan, classé au patrimoine mondial de l'Unesco depuis 2021, ce sont désormais des guides qui accueillent les visiteurs l'été. Jean-Paul Eymeric y retourne une fois par an, « juste pour écouter le vent »." )])
    ROY = dict(path="/article/royan-le-marche-central-ferme-pour-travaux-jusqu-en-septembre", t="Royan : le marché central fermé pour travaux jusqu'en septembre", d=D(2025, 3, 13, 18, 20), au="Mathieu Gaborit",
               chapo="Les commerçants seront installés sous un chapiteau provisoire place Charles-de-Gaulle pendant toute la durée du chantier.",
               paras=["Le marché central de Royan, célèbre pour sa coupole en béton des années 1950, fermera le 31 mars pour six mois de travaux de rénovation.",
                      "La coupole, classée monument historique, présente des fissures et des infiltrations d'eau. Les travaux coûteront 3,2 millions d'euros, dont un tiers pris en charge par l'État.",
                      "Les 42 commerçants du marché seront relogés sous un chapiteau de 1 200 m² place Charles-de-Gaulle. « Ce n'est pas idéal en pleine saison, mais on a été associés », estime le président de l'association des commerçants.",
                      "La réouverture est prévue pour les Journées du patrimoine, les 20 et 21 septembre."])
    COPY = dict(path="/article/beaujolais-1-500-hectares-de-vignes-vont-etre-arraches", t=beau["t"], d=D(2025, 3, 11, 9, 30), au="Claire Dumont", chapo=beau["chapo"], paras=beau["paras"])

    def nd_story(a, blocks=None):
        return {"story": {"id": uid(a["path"]), "title": a["t"], "slug": a["path"].rsplit("/", 1)[1], "publishedAt": a["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                          "authors": [{"name": a["au"]}], "chapo": a["chapo"], "blocks": [{"type": t, "text": x} for t, x in (blocks or [("p", p) for p in a["paras"]])]}}

    def date_fr(d):
        return "%s %s" % (longdate(d, "fr"), d.strftime("à %Hh%M"))

    def article(a, orig=None, amp=False):
        d = a["d"]
        canon = orig.url(beau["path"]) if orig else s.url(a["path"])
        head = ('<link rel="canonical" href="%s"/><meta name="description" content="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/>'
                '<meta property="article:published_time" content="%s"/>%s%s') % (
            canon, E(a["chapo"]), E(a["t"]), iso(d), '<link rel="amphtml" href="%s"/>' % s.url("/amp" + a["path"]) if a is ROY else "",
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["t"], "datePublished": iso(d), "author": [{"@type": "Person", "name": a["au"]}], "publisher": {"@type": "Organization", "name": SN}}))
        src = '<p class="Article_source__m2K0p">Cet article a été publié initialement par <a href="%s">Le Courrier du Rhône</a>, partenaire d\'Océan Matin.</p>' % orig.url(beau["path"]) if orig else ""
        body = ('<article class="Article_article__pL3qA"><div class="Article_kicker__T0a1s">%s</div><h1 class="Article_title__Wm2pQ">%s</h1><p class="Article_chapo__b8Kd3">%s</p>'
                '<div class="Article_meta__r5Xc0"><span class="Article_author__sQ1o9">Par %s</span><time dateTime="%s">Publié le %s</time></div>'
                '<div class="Article_body__nN4Tz">%s%s</div></article><aside class="Article_related__vZ2s1"><h2>Nos lecteurs ont aussi lu</h2><ul>%s</ul></aside>'
                '<div class="Paywall_pitch__hQ3x2"><p>Soutenez le journalisme local : abonnez-vous dès 1 € le premier mois.</p></div>') % (
            "Région" if orig else "Royan", E(a["t"]), E(a["chapo"]), E(a["au"]), iso(d), date_fr(d), ps(a["paras"]), src, links([(LF["path"], LF["t"]), ("/rubrique/royan", "Saint-Palais : la plage du Concié interdite aux chiens")]))
        if amp:
            return ('<!doctype html><html ⚡ lang="fr"><head><meta charset="utf-8"><title>%s - Océan Matin</title><link rel="canonical" href="%s"><meta name="viewport" content="width=device-width">'
                    '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head><body><header class="amp-header"><a href="/">Océan Matin</a></header>%s'
                    '<amp-consent id="consent" layout="nodisplay"></amp-consent></body></html>') % (E(a["t"]), s.url(a["path"]), body)
        return shell("%s - Océan Matin" % a["t"], body, head, nd_story(a), "/article/[slug]")

    def longread():
        a = LF
        d = a["d"]
        head = ('<link rel="canonical" href="%s"/><meta name="description" content="%s"/><meta property="og:type" content="article"/><meta property="og:title" content="%s"/><meta property="og:image" content="%s"/>'
                % (s.url(a["path"]), E(a["chapo"]), E(a["t"]), s.url("/_next/image?url=%2Fgf%2Fphares%2Fcover.jpg&w=1920&q=75")))
        body = ('<div class="Scrolly_root__c0Vb2"><section class="Scrolly_hero__gH5k1"><div class="Scrolly_heroMedia__r2Ay7"><video autoplay muted loop playsinline poster="/gf/phares/cover.jpg"><source src="/gf/phares/cordouan.mp4" type="video/mp4"/></video></div>'
                '<div class="Scrolly_heroText__Lp9eQ"><span class="Scrolly_label__xQ0e3">Grand format</span><h1>%s</h1><p class="Scrolly_credits__eA3m6">Textes : %s · Photos : Yann Cadiou · Développement : Théo Marchal</p>'
                '<p class="Scrolly_date__w7Jk2">%s</p><div class="Scrolly_scrollHint__n1Pz5">Faites défiler</div></div></section>'
                '<div id="scrolly-steps" class="Scrolly_steps__Qw9s0" data-steps="%d"><div class="Scrolly_loader__a8Jd1">Chargement…</div></div></div>') % (
            E(a["t"]), E(a["au"]), longdate(d, "fr"), len(a["blocks"]))
        return shell("Grand format. %s - Océan Matin" % a["t"], body, head, nd_story(a, a["blocks"]), "/grands-formats/[slug]")

    s.art(LF["path"], longread(), LF["t"], "2025-03-07", ["Gwenaëlle Le Bihan"], must=[LF["blocks"][0][1], LF["blocks"][-1][1]], must_not=["Vos données, notre priorité"])
    s.art(ROY["path"], article(ROY), ROY["t"], "2025-03-13", ["Mathieu Gaborit"], must=[ROY["paras"][0], ROY["paras"][-1]],
          must_not=["Soutenez le journalisme local", "la plage du Concié interdite aux chiens"])
    s.copy("/amp" + ROY["path"], article(ROY, amp=True), ROY["path"])
    courrier_site = Site(5, "Le Courrier du Rhône", "fr")
    s.copy(COPY["path"], article(COPY, courrier_site), beau["path"], courrier_site)

    def teaser(a, p=None):
        return '<div class="Card_card__y7Uj0"><a href="%s"><h3 class="Card_title__b2Nq5">%s</h3></a><p>%s</p></div>' % (p or a["path"], E(a["t"]), E(a["chapo"]))

    def lst(p, title, inner, page):
        s.non(p, shell("%s - Océan Matin" % title, '<h1 class="Section_title__Zs0c1">%s</h1>%s' % (E(title), inner), '<link rel="canonical" href="%s"/>' % s.url(p), {"section": title}, page))
    s.non("/", shell("Océan Matin - Actualités de Royan, La Rochelle et de la côte", '<section class="Home_top__uQ2b8">%s%s%s</section><a href="/journaliste/gwenaelle-le-bihan">Gwenaëlle Le Bihan</a> <a href="/tag/phares">Phares</a>' % (
        teaser(LF), teaser(ROY), teaser(COPY)), '<link rel="canonical" href="%s"/>' % s.url("/"), {"home": True}, "/"))
    lst("/rubrique/royan", "Royan", teaser(ROY), "/rubrique/[slug]")
    lst("/rubrique/la-rochelle", "La Rochelle", "<p>Aucun article pour le moment.</p>", "/rubrique/[slug]")
    lst("/grands-formats", "Grands formats", teaser(LF), "/grands-formats")
    lst("/tag/phares", "Phares", teaser(LF), "/tag/[slug]")
    lst("/journaliste/gwenaelle-le-bihan", "Gwenaëlle Le Bihan", '<p>Grand reporter, spécialiste de la mer et du littoral.</p>' + teaser(LF), "/journaliste/[slug]")
    lst("/recherche", "Recherche", '<form><input name="q" placeholder="Rechercher un article"/></form>', "/recherche")
    lst("/abonnement", "Abonnement", '<div class="Offer_offer__p0Qa1"><h2>Numérique</h2><p>1 € le premier mois puis 9,99 € par mois, sans engagement.</p><button>Je m\'abonne</button></div>', "/abonnement")
    lst("/qui-sommes-nous", "Qui sommes-nous", ps(["Océan Matin est le quotidien numérique de la côte de Beauté et de l'Aunis, édité à Royan depuis 2019.", "Directeur de la rédaction : Pierre-Yves Rambaud."]), "/[page]")
    lst("/contact", "Contact", ps(["Écrivez-nous : redaction@oceanmatin.example"]), "/[page]")
    s.sitemap(["/", LF["path"], ROY["path"], COPY["path"], "/grands-formats"], "/recherche")


# ====================================================================== 7. Diario del Ebro (Vocento-like, -nt.html / -nt_amp.html, ?ref= tracking, fotogalería)
def ebro():
    s = Site(7, "Diario del Ebro", "es")
    SN = s.name

    def fecha(d):
        return "%s, %d de %s %d, %s" % (WD["es"][d.weekday()].capitalize(), d.day, MON["es"][d.month - 1], d.year, d.strftime("%H:%M"))

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s'
                '<link rel="stylesheet" href="/static/css/v-portada.css?v=20250310"></head><body class="v-body"><div id="didomi-host"><div class="didomi-notice">Diario del Ebro y nuestros socios utilizamos cookies para '
                'personalizar la publicidad. <button>Aceptar y cerrar</button><button>Configurar</button></div></div><header class="v-header"><div class="v-header__top"><a class="v-logo" href="/" title="%s"><span>%s</span></a>'
                '<a class="v-btn v-btn--sub" href="/suscripcion/?ref=header">Suscríbete</a></div><nav class="v-nav"><ul>%s</ul></nav></header><main class="v-main">%s</main>'
                '<footer class="v-footer"><ul>%s</ul><p>© Diario del Ebro S.L. Todos los derechos reservados.</p></footer></body></html>') % (
            E(title), head, SN, SN, links([("/aragon/", "Aragón"), ("/aragon/zaragoza/", "Zaragoza"), ("/deportes/", "Deportes"), ("/hemeroteca/2025/03/11/", "Hemeroteca"), ("/buscador/", "Buscar")], "v-nav__item"),
            body, links([("/quienes-somos/", "Quiénes somos"), ("/contacto/", "Contacto"), ("/aviso-legal/", "Aviso legal")]))

    A = [dict(path="/aragon/zaragoza/tranvia-llegara-valdespartera-sur-2027-20250311072512-nt.html", t="El tranvía llegará a Valdespartera Sur en 2027", d=D(2025, 3, 11, 7, 25), au="Pablo Serrano", city="Zaragoza",
              sub="El Ayuntamiento adjudica las obras de la prolongación, de 2,4 kilómetros y cuatro paradas, por 41 millones de euros",
              paras=["El Ayuntamiento de Zaragoza adjudicó este lunes las obras de prolongación de la línea 1 del tranvía hasta Valdespartera Sur, un trazado de 2,4 kilómetros con cuatro nuevas paradas.",
                     "La unión temporal de empresas ganadora ejecutará los trabajos por 41 millones de euros, un 8 % menos que el precio de licitación. El plazo de ejecución es de 22 meses.",
                     "Los vecinos del barrio, donde viven ya más de 12.000 personas, llevaban años reclamando la llegada del tranvía. Hasta ahora dependen de dos líneas de autobús con frecuencias de quince minutos.",
                     "La consejera de Movilidad explicó que las obras empezarán en junio por la avenida de los Ríos de Europa para reducir las afecciones al tráfico durante el curso escolar.",
                     "Si se cumplen los plazos, los primeros tranvías circularán por el nuevo tramo en la primavera de 2027."]),
         dict(path="/aragon/zaragoza/cierra-ultima-merceria-tubo-tras-92-anos-20250313184003-nt.html", t="Cierra la última mercería del Tubo tras 92 años", d=D(2025, 3, 13, 18, 40), au="Irene Campos", city="Zaragoza",
              sub="Mercería Lasheras baja la persiana por la jubilación de su dueña y la falta de relevo",
              paras=["La Mercería Lasheras, en la calle Estébanes, bajará la persiana el próximo 31 de marzo después de 92 años vendiendo botones, hilos y cremalleras en pleno Tubo.",
                     "Su dueña, Pilar Lasheras, nieta del fundador, se jubila a los 67 años. «Mis hijos tienen su vida y nadie quiere coger un negocio así», explica tras el mostrador de madera original.",
                     "Por la tienda han pasado varias generaciones de costureras zaragozanas. Todavía conserva los cajones con etiquetas escritas a mano en los años cuarenta.",
                     "Con su cierre desaparece el último comercio tradicional de este tipo en el casco histórico, donde en los años sesenta llegó a haber siete mercerías."]),
         dict(path="/aragon/crecida-ebro-deja-ribera-sin-danos-20250309101500-nt.html", t="La crecida del Ebro pasa por Zaragoza sin causar daños", d=D(2025, 3, 9, 10, 15), au="Marta Delgado", city="Zaragoza",
              sub="El caudal alcanzó los 1.850 metros cúbicos por segundo en el puente de Piedra",
              paras=["La crecida ordinaria del Ebro alcanzó su punta en Zaragoza en la madrugada de este domingo con 1.850 metros cúbicos por segundo, sin provocar daños en la ribera urbana.",
                     "La Confederación Hidrográfica del Ebro había activado el aviso amarillo el viernes. Los paseos del margen izquierdo permanecieron cerrados durante 36 horas como medida de precaución.",
                     "Aguas arriba, en la Ribera Alta, varios caminos agrícolas quedaron anegados y los agricultores de Alcalá de Ebro revisaron las motas con maquinaria propia.",
                     "La CHE prevé que el caudal baje de forma progresiva a lo largo de la semana.",
                     "Los técnicos recuerdan que este tipo de avenidas, frecuentes a finales de invierno, ayudan a limpiar el cauce y a renovar los sotos."])]

    def article(a, amp=False):
        d = a["d"]
        aslug = "/autor/%s-%d.html" % (a["au"].lower().replace(" ", "-"), uid(a["au"]) % 1000)
        ampurl = a["path"].replace("-nt.html", "-nt_amp.html")
        head = ('<link rel="canonical" href="%s">%s<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Diario del Ebro">'
                '<meta name="author" content="%s"><meta property="article:published_time" content="%s"><meta name="date" content="%s">%s') % (
            s.url(a["path"]), "" if amp else '<link rel="amphtml" href="%s">' % s.url(ampurl), E(a["sub"]), E(a["t"]), E(a["au"]), iso(d), iso(d),
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["t"], "alternativeHeadline": a["sub"], "datePublished": iso(d), "dateModified": iso(d + TD(hours=2, minutes=15)),
                "author": {"@type": "Person", "name": a["au"], "url": s.url(aslug)}, "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": s.url(a["path"])}))
        body = ('<article class="v-d"><header class="v-d__header"><h1 class="v-a-t">%s</h1><h2 class="v-a-sub-t">%s</h2>'
                '<div class="v-mdl-ath"><p class="v-mdl-ath__p--1"><a class="v-mdl-ath__a" href="%s">%s</a></p><p class="v-mdl-ath__p--2">%s</p>'
                '<p class="v-mdl-ath__time"><time datetime="%s">%s</time> <span class="v-mdl-ath__time-u">| Actualizado %sh.</span></p></div>'
                '<div class="v-rrss"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=%s">X</a> <a href="whatsapp://send?text=%s">Whatsapp</a></div></header>'
                '<div class="v-d__bd">%s<div class="v-a-sub-box"><p>Esta funcionalidad es exclusiva para suscriptores.</p><a href="/suscripcion/?ref=box">Suscribirme</a></div>%s</div>'
                '<div class="v-d__tags"><span>Temas</span> <a href="/temas/tranvia/">Tranvía</a> <a href="/aragon/zaragoza/">Zaragoza</a></div></article>'
                '<section class="v-mod-rel"><h3>Te puede interesar</h3><ul>%s</ul></section><section class="v-cmt"><h3>Comenta</h3><p>Reporta un error</p></section>') % (
            E(a["t"]), E(a["sub"]), aslug, E(a["au"]), a["city"], iso(d), fecha(d), (d + TD(hours=2, minutes=15)).strftime("%H:%M"),
            E(s.url(a["path"])), E(s.url(a["path"])), E(s.url(a["path"])), ps(a["paras"][:2]), ps(a["paras"][2:]),
            links([(x["path"] + "?ref=" + "https%3A%2F%2Fdiariodelebro.example%2F", x["t"]) for x in A if x is not a] + [("/fotos/aragon/cincomarzada-2025-imagenes-20250305-ga.html", "Fotos: las mejores imágenes de la Cincomarzada")]))
        if amp:
            return ('<!doctype html><html amp lang="es"><head><meta charset="utf-8"><title>%s | Diario del Ebro</title>%s<script async src="https://cdn.ampproject.org/v0.js"></script>'
                    '<style amp-boilerplate>body{visibility:hidden}</style></head><body class="v-amp"><header class="v-amp-h"><a href="/">Diario del Ebro</a></header>%s</body></html>') % (E(a["t"]), head, body)
        return shell("%s | Diario del Ebro" % a["t"], body, head)

    tr, merc, ebro_ = A
    s.art(tr["path"], article(tr), tr["t"], "2025-03-11", ["Pablo Serrano"], must=[tr["paras"][0], tr["paras"][-1]], must_not=["Esta funcionalidad es exclusiva para suscriptores", "las mejores imágenes de la Cincomarzada"])
    s.art(merc["path"], article(merc), merc["t"], "2025-03-13", ["Irene Campos"], must=[merc["paras"][0], merc["paras"][-1]], must_not=["Diario del Ebro y nuestros socios utilizamos cookies"])
    s.art(ebro_["path"], article(ebro_), ebro_["t"], "2025-03-09", ["Marta Delgado"], must=[ebro_["paras"][0], ebro_["paras"][-1]], must_not=["Esta funcionalidad es exclusiva"])
    for a in A:
        s.copy(a["path"].replace("-nt.html", "-nt_amp.html"), article(a, True), a["path"])
        s.copy(a["path"] + "?ref=https%3A%2F%2Fdiariodelebro.example%2F", None, a["path"])

    def teaser(a):
        return '<article class="v-card"><h2 class="v-card__t"><a href="%s?ref=https%%3A%%2F%%2Fdiariodelebro.example%%2F">%s</a></h2><p class="v-card__ath">%s</p></article>' % (a["path"], E(a["t"]), E(a["au"]))

    def lst(p, title, inner, noindex=False):
        s.non(p, shell("%s | Diario del Ebro" % title, '<h1 class="v-sec-t">%s</h1>%s' % (E(title), inner),
                       '<link rel="canonical" href="%s">%s' % (s.url(p), '<meta name="robots" content="noindex,follow">' if noindex else "")))
    s.non("/", shell("Diario del Ebro - Noticias de Zaragoza y Aragón", '<section class="v-portada">%s</section><section class="v-gal"><a href="/fotos/aragon/cincomarzada-2025-imagenes-20250305-ga.html">Fotos: la Cincomarzada</a> <a href="/temas/tranvia/">Tranvía</a></section>' % "".join(teaser(a) for a in A),
                     '<link rel="canonical" href="%s">' % s.url("/")))
    lst("/aragon/", "Aragón", teaser(ebro_))
    lst("/aragon/zaragoza/", "Zaragoza", teaser(tr) + teaser(merc))
    lst("/temas/tranvia/", "Tranvía de Zaragoza: últimas noticias", teaser(tr))
    lst("/autor/pablo-serrano-%d.html" % (uid("Pablo Serrano") % 1000), "Pablo Serrano", '<p class="v-ath-bio">Periodista de la sección de Zaragoza. Cubre movilidad y urbanismo.</p>' + teaser(tr))
    lst("/autor/irene-campos-%d.html" % (uid("Irene Campos") % 1000), "Irene Campos", teaser(merc))
    lst("/autor/marta-delgado-%d.html" % (uid("Marta Delgado") % 1000), "Marta Delgado", teaser(ebro_))
    lst("/hemeroteca/2025/03/11/", "Hemeroteca del 11 de marzo de 2025", teaser(tr))
    lst("/buscador/", "Buscador", '<form><input name="q"><button>Buscar</button></form>', True)
    s.non("/fotos/aragon/cincomarzada-2025-imagenes-20250305-ga.html", shell("Fotos: las mejores imágenes de la Cincomarzada 2025 | Diario del Ebro",
          '<div class="v-gallery"><h1 class="v-a-t">Las mejores imágenes de la Cincomarzada 2025</h1><p class="v-mdl-ath__p--1">Fotos: Guillermo Mestre</p>' +
          "".join('<figure class="v-gallery__item"><img src="/fotos/cinco/%d.jpg" alt=""><figcaption>%d / 12. Ambiente en el parque Tío Jorge.</figcaption></figure>' % (i, i) for i in range(1, 13)) + '</div>',
          '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-05T14:10:00+01:00">' % s.url("/fotos/aragon/cincomarzada-2025-imagenes-20250305-ga.html")))
    for p, t, txt in (("/quienes-somos/", "Quiénes somos", ["Diario del Ebro es el periódico digital de referencia en Aragón desde 2004.", "Director: Javier Lanuza. Redacción: paseo de la Independencia 24, Zaragoza."]),
                      ("/contacto/", "Contacto", ["redaccion@diariodelebro.example · 976 00 00 00"]), ("/aviso-legal/", "Aviso legal", ["Diario del Ebro S.L., CIF B-50000000, inscrita en el Registro Mercantil de Zaragoza."])):
        lst(p, t, ps(txt))
    s.feed("/rss/2.0/portada/", [(a["path"], a["t"], a["d"], a["au"]) for a in A])
    s.sitemap(["/"] + [a["path"] for a in A], "/buscador/")
    return tr


# ====================================================================== 8. Heraldo del Moncayo (WordPress + Jannah, relative dates only, a sister-paper copy with canonical to Diario del Ebro)
def moncayo(tr):
    s = Site(8, "Heraldo del Moncayo", "es")
    SN = s.name
    ebro_site = Site(7, "Diario del Ebro", "es")

    def rel(h):
        if h < 24:
            return "Hace %d horas" % h
        return "Hace %d días" % (h // 24)

    def shell(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="es" class=""><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.0"></head>'
                '<body id="tie-body" class="%s wrapper-has-shadow block-head-1 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar">'
                '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper"><header id="theme-header" class="theme-header header-layout-3 main-nav-dark">'
                '<div class="container header-container"><div class="logo-wrapper"><div id="logo" class="image-logo"><a title="%s" href="/"><img src="/wp-content/uploads/2022/05/logo-hm.png" alt="%s"></a></div></div></div>'
                '<div class="main-nav-wrapper"><nav id="main-nav"><ul id="menu-principal" class="menu">%s</ul></nav></div></header>'
                '<div id="content" class="site-content container"><div class="tie-row main-content-row">%s</div></div>'
                '<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="copyright-text">© Copyright 2025, Todos los derechos reservados | Heraldo del Moncayo</div><ul>%s</ul></div></footer>'
                '</div></div></div><div id="cookie-law-info-bar" data-nosnippet="true"><span>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.<a role="button" class="cli_action_button">ACEPTAR</a></span></div></body></html>') % (
            E(title), head, cls, SN, SN, links([("/", "Portada"), ("/seccion/comarca/", "Comarca"), ("/seccion/deportes/", "Deportes"), ("/sobre-nosotros/", "Quiénes somos")], "menu-item"),
            body, links([("/sobre-nosotros/", "Sobre nosotros"), ("/contacto/", "Contacto"), ("/publicidad/", "Publicidad")]))

    A = [dict(path="/2025/03/fachadas-tarazona-ayudas-rehabilitacion/", t="Tarazona abre el plazo de las ayudas para rehabilitar fachadas", h=3, au="Lucía Pardo", tau=["Lucía Pardo"], cat="Comarca",
              paras=["El Ayuntamiento de Tarazona ha abierto este lunes el plazo para solicitar las ayudas a la rehabilitación de fachadas en el casco histórico, dotadas este año con 250.000 euros.",
                     "Los propietarios podrán recibir hasta el 50 % del coste de las obras, con un máximo de 12.000 euros por edificio. Tendrán prioridad los inmuebles del barrio de la Judería y del entorno de la Catedral.",
                     "El concejal de Urbanismo recordó que en las tres convocatorias anteriores se han arreglado 64 fachadas y que la demanda ha superado siempre el presupuesto disponible.",
                     "Las solicitudes pueden presentarse hasta el 30 de abril en el registro municipal o en la sede electrónica."]),
         dict(path="/2025/03/moncayo-cierra-temporada-nieve-41-dias/", t="El Moncayo cierra la temporada de nieve con 41 días de esquí", h=48, au="Redacción", tau=[], cat="Deportes",
              paras=["La estación de esquí del Moncayo cerró el domingo una temporada corta pero aprovechada, con 41 días de apertura y cerca de 19.000 visitantes.",
                     "La falta de nieve en diciembre retrasó la apertura hasta mediados de enero, pero las nevadas de febrero permitieron abrir las cuatro pistas durante tres fines de semana seguidos.",
                     "La Diputación Provincial estudia instalar cañones de innivación en la pista principal para asegurar la temporada en los próximos años.",
                     "El albergue de Agramonte seguirá abierto en primavera para excursionistas y grupos escolares."])]
    COPY = dict(path="/2025/03/tranvia-valdespartera-sur-2027/", t=tr["t"], h=30, au=tr["au"], paras=tr["paras"], cat="Aragón")

    def article(a, orig=None):
        aslug = "/author/%s/" % a["au"].lower().split()[0].replace("í", "i")
        content = ps(a["paras"][:2]) + '<div class="tie-shortcode"><p><strong>Te puede interesar:</strong> <a href="/seccion/comarca/">Borja estrena mercado agroalimentario los sábados</a></p></div>' + ps(a["paras"][2:])
        if orig:
            content += '<p class="source-note"><em>Este artículo se publicó originalmente en <a href="%s">Diario del Ebro</a>.</em></p>' % ebro_site.url(tr["path"])
        head = ('<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="%s">') % (
            ebro_site.url(tr["path"]) if orig else s.url(a["path"]), E(a["t"]), SN)
        body = ('<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard">'
                '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Portada</a><em class="delimiter">/</em><a href="/seccion/comarca/">%s</a></nav>'
                '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-3" href="/seccion/comarca/">%s</a></span><h1 class="post-title entry-title">%s</h1>'
                '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="%s" class="author-name tie-icon" title="%s">%s</a></span></span></span>'
                '<span class="date meta-item tie-icon">%s</span><div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> 312 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 2 minutos de lectura</span></div></div></div></header>'
                '<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u=%s" class="facebook-share-btn">Facebook</a><a href="https://api.whatsapp.com/send?text=%s" class="whatsapp-share-btn">WhatsApp</a></div></div>'
                '<div class="entry-content entry clearfix">%s</div></article>'
                '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Artículos relacionados</h3></div><div class="related-posts-list">%s</div></div></div>'
                '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><h4>Lo más leído</h4></div><ul class="posts-list-items">%s</ul></div></aside>') % (
            a["cat"], a["cat"], E(a["t"]), aslug, E(a["au"]), E(a["au"]), rel(a["h"]), E(s.url(a["path"])), E(s.url(a["path"])), content,
            "".join('<div class="related-item"><h3 class="post-title"><a href="%s">%s</a></h3><div class="post-meta"><span class="date meta-item tie-icon">%s</span></div></div>' % (x["path"], E(x["t"]), rel(x["h"])) for x in A + [COPY] if x is not a),
            links([(A[0]["path"] + "?fbclid=IwZXh0bgNhZW0CMTEAAR2x", A[0]["t"]), (COPY["path"], COPY["t"])]))
        return shell("%s - %s" % (a["t"], SN), body, head, "post-template-default single single-post single-format-standard")

    fach, nieve = A
    s.art(fach["path"], article(fach), fach["t"], "fetch-3", ["Lucía Pardo"], must=[fach["paras"][0], fach["paras"][-1]],
          must_not=["Borja estrena mercado agroalimentario", "Utilizamos cookies propias y de terceros"])
    s.art(nieve["path"], article(nieve), nieve["t"], "fetch-day2", [], must=[nieve["paras"][0], nieve["paras"][-1]], must_not=["Borja estrena mercado agroalimentario"])
    s.copy(fach["path"] + "?fbclid=IwZXh0bgNhZW0CMTEAAR2x", None, fach["path"])
    s.copy(COPY["path"], article(COPY, True), tr["path"], ebro_site)

    def item(a):
        return '<li class="post-item tie-standard"><div class="post-details"><div class="post-meta"><span class="date meta-item tie-icon">%s</span></div><h2 class="post-title"><a href="%s">%s</a></h2><p class="post-excerpt">%s</p></div></li>' % (
            rel(a["h"]), a["path"], E(a["t"]), E(a["paras"][0][:140]))

    def lst(p, title, inner, cls="archive category", noindex=False):
        s.non(p, shell("%s - %s" % (title, SN), '<div class="main-content tie-col-md-8"><header class="entry-header-outer container-wrapper"><h1 class="page-title">%s</h1></header><div class="mag-box"><ul id="posts-container" class="posts-items">%s</ul></div>'
                                                 '<div class="pages-nav"><a href="/page/2/">Cargar más</a></div></div>' % (E(title), inner),
                       '<link rel="canonical" href="%s">%s' % (s.url(p), '<meta name="robots" content="noindex, follow">' if noindex else ""), cls))
    s.non("/", shell("%s - Noticias de Tarazona y el Moncayo" % SN, '<div class="main-content tie-col-md-8"><div class="mag-box"><ul class="posts-items">%s%s%s</ul></div>%s</div>' % (
        item(dict(fach, path=fach["path"] + "?fbclid=IwZXh0bgNhZW0CMTEAAR2x")), item(nieve), item(COPY), links([("/etiqueta/moncayo/", "Moncayo"), ("/author/lucia/", "Lucía Pardo"), ("/2025/03/", "Marzo 2025")])),
        '<link rel="canonical" href="%s">' % s.url("/")))
    lst("/seccion/comarca/", "Comarca", item(fach) + item(COPY))
    lst("/seccion/deportes/", "Deportes", item(nieve))
    lst("/etiqueta/moncayo/", "Moncayo", item(nieve), "archive tag")
    lst("/author/lucia/", "Lucía Pardo", '<div class="author-bio">Periodista en Tarazona. Escribe sobre la comarca desde 2018.</div>' + item(fach), "archive author")
    lst("/author/redaccion/", "Redacción", item(nieve), "archive author")
    lst("/2025/03/", "Mes: marzo 2025", item(fach) + item(nieve) + item(COPY), "archive date")
    lst("/page/2/", "Últimas noticias - Página 2", '<li class="post-item"><h2 class="post-title"><a href="/seccion/comarca/">Borja estrena mercado agroalimentario los sábados</a></h2></li>', "home paged")
    lst("/search/nieve/", "Resultados de búsqueda para: nieve", item(nieve), "search", True)
    for p, t, txt in (("/sobre-nosotros/", "Sobre nosotros", ["Heraldo del Moncayo es un periódico digital de la comarca de Tarazona y el Moncayo, editado por el mismo grupo que Diario del Ebro.", "Redacción: calle Mayor 3, Tarazona."]),
                      ("/contacto/", "Contacto", ["Escríbenos a redaccion@heraldodelmoncayo.example o llámanos al 976 64 00 00."]),
                      ("/publicidad/", "Publicidad", ["Anúnciate en el periódico más leído de la comarca. Tarifas a consultar."])):
        s.non(p, shell("%s - %s" % (t, SN), '<div class="main-content tie-col-md-8"><article class="container-wrapper post-content"><h1 class="post-title entry-title">%s</h1><div class="entry-content entry clearfix">%s</div></article></div>' % (t, ps(txt)),
                       '<link rel="canonical" href="%s">' % s.url(p), "page-template-default page"))
    s.feed("/feed/", [(a["path"], a["t"], NOW - TD(hours=a["h"]), None) for a in A + [COPY]])
    s.sitemap(["/"] + [a["path"] for a in A] + [COPY["path"]], "/wp-admin/")


# ====================================================================== 9. La Gazzetta del Garda (GEDI-like, /news/slug-id/ with /amp/ twins, fotoracconto, it/de hreflang)
def garda():
    s = Site(9, "La Gazzetta del Garda", "it")
    SN = s.name

    def itdate(d, lang="it"):
        if lang == "de":
            return "%s, %s Uhr" % (longdate(d, "de"), d.strftime("%H:%M"))
        return "%d %s %d, %s" % (d.day, MON["it"][d.month - 1].capitalize(), d.year, d.strftime("%H:%M"))

    def shell(title, body, head="", lang="it"):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/static/css/gdg-main.min.css?v=2.18"></head>'
                '<body class="gdg"><div id="iubenda-cs-banner" class="iubenda-cs-default"><div class="iubenda-cs-content"><p class="iubenda-cs-text">%s</p><button class="iubenda-cs-accept-btn">Accetta</button><button class="iubenda-cs-reject-btn">Rifiuta</button></div></div>'
                '<header class="gdg-header"><div class="gdg-header__brand"><a href="/">La Gazzetta del Garda</a></div><nav class="gdg-nav"><ul>%s</ul></nav><a class="gdg-header__abbonati" href="/abbonamenti/">Abbonati</a></header>'
                '<main class="gdg-main">%s</main><footer class="gdg-footer"><ul>%s</ul><p>© 2025 Editoriale Benaco S.r.l. - P.IVA 01234560223</p></footer></body></html>') % (
            lang, E(title), head, "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
            links([("/cronaca/", "Cronaca"), ("/fotogallery/", "Foto"), ("/de/", "Deutsch"), ("/ricerca/", "Cerca")], "gdg-nav__item"), body,
            links([("/chi-siamo/", "Chi siamo"), ("/contatti/", "Contatti"), ("/privacy/", "Privacy")]))

    A = [dict(lang="it", path="/cronaca/2025/03/12/news/riva_del_garda_il_porto_turistico_raddoppia_i_posti_barca-412558/", t="Riva del Garda, il porto turistico raddoppia i posti barca", d=D(2025, 3, 12, 7, 10), au=["Chiara Zanoni"],
              occh="Approvato il progetto da 9 milioni: 380 nuovi ormeggi e un parcheggio interrato",
              paras=["Il porto turistico di Riva del Garda passerà da 360 a 740 posti barca. Il consiglio comunale ha approvato martedì sera il progetto definitivo, che costerà circa 9 milioni di euro.",
                     "Il nuovo bacino sarà ricavato a est dell'attuale diga foranea e sarà protetto da un frangiflutti galleggiante. Sotto il piazzale nascerà un parcheggio interrato da 200 posti.",
                     "«La lista d'attesa per un ormeggio supera ormai i sei anni», ha spiegato l'assessore al turismo. «Molti diportisti trentini vanno a Desenzano o a Salò».",
                     "Contrari i gruppi ambientalisti, che temono effetti sul canneto della foce dell'Albola. Il cantiere dovrebbe aprire nell'autunno del 2026."]),
         dict(lang="it", path="/cronaca/2025/03/09/news/i_pescatori_del_garda_all_alba_un_mestiere_che_resiste-411903/", t="I pescatori del Garda all'alba: un mestiere che resiste", d=D(2025, 3, 9, 8, 0), au=["Marco Bellini"], essay=True,
              occh="Fotoracconto",
              paras=["Sono rimasti in undici, tra Torri e Garda, a uscire ogni mattina con le reti. Li abbiamo seguiti per una settimana, prima che il sole si alzasse sul lago.",
                     "Alle cinque Renato Consolini, 68 anni, scioglie gli ormeggi della sua barca di legno. Ha imparato dal padre, che aveva imparato dal nonno.",
                     "Le reti per il coregone vengono calate a trenta metri di profondità la sera prima. All'alba si tirano su a mano, metro dopo metro.",
                     "Il pescato finisce quasi tutto ai ristoranti della riviera. Il prezzo del lavarello, dicono, è fermo da dieci anni.",
                     "Il figlio di Renato fa l'ingegnere a Verona. «La barca la terrò», dice, «ma le reti non so»."]),
         dict(lang="it", path="/cronaca/2025/03/14/news/limone_da_aprile_navetta_gratuita_per_i_turisti-412901/", t="Limone, da aprile navetta gratuita per i turisti", d=D(2025, 3, 14, 10, 0), au=["Giorgio Feltrin"],
              occh="Il servizio collegherà i parcheggi di Reamol con il centro storico ogni 15 minuti",
              paras=["Da aprile a ottobre una navetta elettrica gratuita collegherà i parcheggi di Reamol con il centro di Limone sul Garda, ogni quindici minuti dalle 8 alle 23.",
                     "L'obiettivo è liberare dalle auto la Gardesana nel tratto del paese, dove in estate si formano code fino a due chilometri.",
                     "Il servizio costerà al Comune circa 240mila euro all'anno, coperti con una parte dell'imposta di soggiorno.",
                     "Il sindaco non esclude di rendere a pagamento l'accesso al centro per i non residenti a partire dal 2026."]),
         dict(lang="de", path="/de/2025/03/14/news/limone_ab_april_kostenloser_shuttlebus_fuer_urlauber-412902/", t="Limone: Ab April kostenloser Shuttlebus für Urlauber", d=D(2025, 3, 14, 12, 30), au=["Giorgio Feltrin"], trans="Anna Lechner",
              occh="Der Bus verbindet die Parkplätze von Reamol alle 15 Minuten mit der Altstadt",
              paras=["Von April bis Oktober verbindet ein kostenloser Elektrobus die Parkplätze von Reamol mit dem Ortskern von Limone sul Garda, alle fünfzehn Minuten zwischen 8 und 23 Uhr.",
                     "Ziel ist es, die Gardesana im Ortsbereich vom Autoverkehr zu entlasten. Im Sommer stauen sich dort die Autos oft auf zwei Kilometern.",
                     "Die Gemeinde rechnet mit Kosten von rund 240.000 Euro pro Jahr, die aus der Kurtaxe bezahlt werden.",
                     "Der Bürgermeister schließt nicht aus, ab 2026 eine Gebühr für die Zufahrt ins Zentrum für Nicht-Einheimische einzuführen."])]
    A[2]["alt"], A[3]["alt"] = A[3], A[2]

    def article(a, amp=False):
        d, lang = a["d"], a["lang"]
        hl = ""
        if a.get("alt"):
            hl = '<link rel="alternate" hreflang="%s" href="%s"><link rel="alternate" hreflang="%s" href="%s">' % (lang, s.url(a["path"]), a["alt"]["lang"], s.url(a["alt"]["path"]))
        head = ('<link rel="canonical" href="%s">%s%s<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s">'
                '<meta property="article:published_time" content="%s">%s') % (
            s.url(a["path"]), "" if amp else '<link rel="amphtml" href="%samp/">' % s.url(a["path"]), hl, E(a["occh"]), E(a["t"]), E(", ".join(a["au"])), iso(d),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["t"], "datePublished": iso(d), "inLanguage": lang, "author": [{"@type": "Person", "name": n} for n in a["au"]],
                "publisher": {"@type": "Organization", "name": SN}}))
        if a.get("essay"):
            by = 'Testo e foto di <a href="/autori/marco-bellini/">Marco Bellini</a>'
            content = ps(a["paras"][:1]) + "".join('<figure class="story__photo"><img src="/foto/pescatori/%d.jpg" alt=""><figcaption><p>%s</p></figcaption></figure>' % (i, E(p)) for i, p in enumerate(a["paras"][1:]))
        else:
            by = ("di " if lang == "it" else "Von ") + ", ".join('<a href="/autori/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["au"])
            if a.get("trans"):
                by += ' <span class="story__translator">(Übersetzung: %s)</span>' % E(a["trans"])
            content = ps(a["paras"][:2]) + '<aside class="story__inline-related"><span>Leggi anche</span> <a href="/cronaca/">Gardesana, chiusa per frana la galleria di Campione</a></aside>' + ps(a["paras"][2:])
        alt = '<p class="story__lang"><a hreflang="%s" href="%s">%s</a></p>' % (a["alt"]["lang"], a["alt"]["path"], "Diesen Artikel auf Deutsch lesen" if lang == "it" else "Leggi in italiano") if a.get("alt") and not amp else ""
        body = ('<article class="story"><header class="story__header"><div class="story__overtitle">%s</div><h1 class="story__title">%s</h1><h2 class="story__summary">%s</h2>'
                '<div class="story__signature"><span class="story__author">%s</span></div><time class="story__date" datetime="%s">%s</time>%s</header>'
                '<div class="story__text">%s</div><div class="story__social"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Condividi</a></div></article>'
                '<section class="gdg-box gdg-box--related"><h3>Potrebbe interessarti anche</h3><ul>%s</ul></section>'
                '<section class="gdg-newsletter"><p>Iscriviti alla newsletter del Garda: ogni mattina le notizie del lago nella tua casella di posta.</p></section>') % (
            "Riva del Garda" if lang == "it" else "Gardasee", E(a["t"]), E(a["occh"]) if not a.get("essay") else "Undici pescatori professionisti tra Torri e Garda: una settimana con loro", by, iso(d), itdate(d, lang), alt,
            content, E(s.url(a["path"])), links([(x["path"], x["t"]) for x in A if x is not a and x["lang"] == lang][:2]))
        if amp:
            return ('<!doctype html><html amp lang="%s"><head><meta charset="utf-8"><title>%s - %s</title>%s<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>'
                    '<body class="amp"><header class="amp-header"><a href="/">%s</a></header>%s</body></html>') % (lang, E(a["t"]), SN, head, SN, body)
        return shell("%s - %s" % (a["t"], SN if lang == "it" else "Garda Zeitung"), body, head, lang)

    por, pesc, lim_it, lim_de = A
    for a in A:
        s.art(a["path"], article(a), a["t"], a["d"].strftime("%Y-%m-%d"), a["au"], must=[a["paras"][0], a["paras"][-1]],
              must_not=["Gardesana, chiusa per frana la galleria", "Noi e terze parti selezionate utilizziamo cookie", "Iscriviti alla newsletter del Garda"] + ([a["alt"]["paras"][0]] if a.get("alt") else []))
        s.copy(a["path"] + "amp/", article(a, True), a["path"])

    def card(a):
        return '<article class="entry"><a href="%s"><h2 class="entry__title">%s</h2></a><p class="entry__summary">%s</p><span class="entry__author">%s</span></article>' % (a["path"], E(a["t"]), E(a["occh"]), E(", ".join(a["au"])))

    def lst(p, title, inner, lang="it", noindex=False):
        s.non(p, shell("%s - %s" % (title, SN), '<h1 class="gdg-section__title">%s</h1><div class="gdg-section">%s</div>' % (E(title), inner),
                       '<link rel="canonical" href="%s">%s' % (s.url(p), '<meta name="robots" content="noindex">' if noindex else ""), lang))
    s.non("/", shell("La Gazzetta del Garda - Notizie dal lago di Garda", '<div class="gdg-home">%s%s%s</div>%s' % (card(por), card(pesc), card(lim_it), links([("/tag/pesca/", "Pesca"), ("/autori/chiara-zanoni/", "Chiara Zanoni"), ("/archivio/2025/03/", "Archivio marzo 2025")])),
                     '<link rel="canonical" href="%s">' % s.url("/")))
    lst("/de/", "Gardasee Zeitung - Nachrichten vom Gardasee auf Deutsch", card(lim_de), "de")
    lst("/cronaca/", "Cronaca", card(por) + card(pesc) + card(lim_it))
    lst("/fotogallery/", "Fotogallery", card(pesc) + '<article class="entry"><a href="/fotogallery/"><h2 class="entry__title">Carnevale di Arco, le foto della sfilata</h2></a></article>')
    lst("/tag/pesca/", "pesca", card(pesc))
    lst("/autori/chiara-zanoni/", "Chiara Zanoni", '<p class="author__bio">Giornalista, segue la cronaca dell\'Alto Garda.</p>' + card(por))
    lst("/autori/marco-bellini/", "Marco Bellini", '<p class="author__bio">Fotografo e giornalista.</p>' + card(pesc))
    lst("/archivio/2025/03/", "Archivio marzo 2025", card(lim_it) + card(por) + card(pesc))
    lst("/ricerca/", "Ricerca", '<form><input name="q" placeholder="Cerca nel sito"><button>Cerca</button></form>', "it", True)
    lst("/chi-siamo/", "Chi siamo", ps(["La Gazzetta del Garda è il quotidiano online dei comuni del lago di Garda, pubblicato in italiano e, per i lettori di lingua tedesca, in una edizione in tedesco.", "Direttore responsabile: Paolo Benedetti."]))
    lst("/contatti/", "Contatti", ps(["Redazione: viale Rovereto 14, Riva del Garda. redazione@gazzettadelgarda.example"]))
    s.feed("/rss/cronaca.xml", [(a["path"], a["t"], a["d"], ", ".join(a["au"])) for a in A])
    s.sitemap(["/", "/de/"] + [a["path"] for a in A], "/ricerca/")


# ====================================================================== 10. Il Corriere del Conero (old ASP.NET CMS on IIS: case-insensitive URLs, /m/ mobile pages, /stampa/ print pages, "2 ore fa")
def conero():
    s = Site(10, "Il Corriere del Conero", "it")
    SN = s.name

    def shell(title, body, head=""):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>%s</title>%s'
                '<link href="/App_Themes/Conero/style.css" rel="stylesheet" type="text/css" /></head><body><form method="post" action="./" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIxOWRkZ0s1" /></div>'
                '<div id="ctl00_Header" class="testata"><a href="/" id="ctl00_lnkLogo"><img src="/Images/logo_conero.gif" alt="%s" /></a><div class="data-oggi">%s</div></div>'
                '<div id="ctl00_Menu" class="menu"><ul>%s</ul></div><div id="ctl00_Contenuto" class="contenuto">%s</div>'
                '<div id="ctl00_Footer" class="footer">%s<br />Il Corriere del Conero - Testata registrata presso il Tribunale di Ancona n. 12/2003 - P.IVA 01987650421</div></form>'
                '<div id="cookieChoiceInfo" class="cookie-bar">Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l\'uso dei cookie. <a href="/privacy.aspx">Informativa</a> <a id="cookieChoiceDismiss">OK</a></div></body></html>') % (
            E(title), head, SN, "Venerdì 14 marzo 2025", links([("/", "Home"), ("/notizie/ancona/", "Ancona"), ("/notizie/senigallia/", "Senigallia"), ("/notizie/osimo/", "Osimo"), ("/meteo/", "Meteo"), ("/cerca/", "Cerca")]),
            body, links([("/chi-siamo/", "Chi siamo"), ("/contatti/", "Contatti")]))

    rel_h = 2
    A = [dict(id=34512, path="/notizie/ancona/porto-di-ancona-nuova-banchina-per-le-navi-da-crociera-34512.html", t="Porto di Ancona, nuova banchina per le navi da crociera", d=None, h=rel_h, au=["Elisa Moretti"], sez="Ancona",
              paras=["L'Autorità portuale ha presentato stamattina il progetto della nuova banchina crocieristica del molo Clementino, che potrà accogliere navi lunghe fino a 340 metri.",
                     "I lavori, finanziati con 28 milioni di euro del Pnrr, partiranno a settembre e dovranno concludersi entro la fine del 2026. La banchina sarà elettrificata per permettere alle navi di spegnere i motori durante la sosta.",
                     "Nel 2024 sono stati oltre 190mila i crocieristi sbarcati ad Ancona, un record per lo scalo dorico. Con la nuova banchina l'obiettivo è superare quota 300mila.",
                     "Soddisfatti i commercianti del centro, che chiedono però un servizio navetta più frequente tra il porto e piazza Cavour."]),
         dict(id=34490, path="/notizie/senigallia/senigallia-la-rotonda-a-mare-chiude-per-restauro-34490.html", t="Senigallia, la Rotonda a Mare chiude per restauro", d=D(2025, 3, 11, 16, 20), au=["Luca Santini"], sez="Senigallia",
              paras=["La Rotonda a Mare di Senigallia resterà chiusa da aprile a giugno per il restauro della struttura in cemento armato che la sostiene sopra l'acqua.",
                     "Le indagini dei tecnici hanno rilevato la corrosione di alcuni pilastri a causa della salsedine. Il cantiere costerà 1,7 milioni di euro.",
                     "Gli eventi già in programma, tra cui la rassegna di musica jazz di maggio, saranno spostati al Foro Annonario.",
                     "Il Comune assicura che la Rotonda riaprirà in tempo per la Notte Rosa di fine giugno."]),
         dict(id=34471, path="/notizie/osimo/osimo-riapre-il-teatro-la-nuova-fenice-dopo-i-lavori-34471.html", t="Osimo, riapre il teatro La Nuova Fenice dopo i lavori", d=D(2025, 3, 10, 9, 45), au=["Sara Pieroni", "Luca Santini"], sez="Osimo",
              paras=["Dopo diciotto mesi di lavori il teatro La Nuova Fenice di Osimo riapre sabato con un concerto dell'orchestra sinfonica regionale.",
                     "L'intervento ha riguardato l'adeguamento antisismico, il rifacimento della platea e un nuovo impianto di climatizzazione. I posti passano da 420 a 460.",
                     "La stagione di prosa ripartirà in autunno, mentre ad aprile e maggio sono previsti sei spettacoli per le scuole.",
                     "Il sindaco ha ringraziato le associazioni che in questi mesi hanno ospitato gli spettacoli nelle palestre e nelle chiese della città."])]

    def when(a):
        return "%d ore fa" % a["h"] if a["d"] is None else a["d"].strftime("%d/%m/%Y ore %H:%M")

    def article(a, mobile=False):
        by = "di " + " e ".join(E(n) for n in a["au"])
        head = '<link rel="canonical" href="%s" /><meta name="description" content="%s" /><meta property="og:title" content="%s" /><meta property="og:type" content="article" />' % (s.url(a["path"]), E(a["paras"][0][:160]), E(a["t"]))
        if not mobile:
            head += '<link rel="alternate" media="only screen and (max-width: 640px)" href="%s" />' % s.url("/m" + a["path"])
        if mobile:
            return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>%s</title>%s</head><body class="mobile"><div class="m-top"><a href="/m/">Corriere del Conero</a></div>'
                    '<div class="m-art"><span class="m-sez">%s</span><h1>%s</h1><div class="m-info">%s - %s</div>%s</div><div class="m-foot"><a href="%s">Versione desktop</a></div></body></html>') % (
                E(a["t"]), head, a["sez"], E(a["t"]), by, when(a), ps(a["paras"]), a["path"])
        body = ('<div class="colonna-sx"><div class="articolo"><div class="sezione"><a href="/notizie/%s/">%s</a></div><h1 class="titolo">%s</h1><div class="info"><span class="firma">%s</span> <span class="data">%s</span></div>'
                '<div class="strumenti"><a href="/stampa/%d.html" target="_blank">Stampa</a> | <a href="mailto:?subject=%s">Invia</a> | <a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a></div>'
                '<div class="testo">%s</div></div><div class="correlati"><h3>Articoli correlati</h3><ul>%s</ul></div></div>'
                '<div class="colonna-dx"><div class="box-meteo"><h4>Meteo Ancona</h4><p>Oggi sereno, 14°C</p></div><div class="box-piu-letti"><h4>I più letti</h4><ul>%s</ul></div></div>') % (
            a["sez"].lower(), a["sez"], E(a["t"]), by, when(a), a["id"], E(a["t"]), E(s.url(a["path"])), ps(a["paras"]),
            links([("/notizie/ancona/", "Ancona, lavori in via Marconi: cambia la viabilità")]), links([(x["path"], x["t"]) for x in A if x is not a]))
        return shell("%s - %s" % (a["t"], SN), body, head)

    def stampa(a):
        return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8" /><title>%s - Stampa</title><meta name="robots" content="noindex" /></head><body onload="window.print()" class="stampa">'
                '<div class="logo-stampa">Il Corriere del Conero</div><h1>%s</h1><p><i>%s - %s</i></p>%s<p class="url">%s</p></body></html>') % (
            E(a["t"]), E(a["t"]), " e ".join(a["au"]), when(a), ps(a["paras"]), s.url(a["path"]))

    porto, rot, teat = A
    s.art(porto["path"], article(porto), porto["t"], "fetch-%d" % rel_h, ["Elisa Moretti"], must=[porto["paras"][0], porto["paras"][-1]], must_not=["Ancona, lavori in via Marconi", "Questo sito utilizza cookie tecnici"])
    s.art(rot["path"], article(rot), rot["t"], "2025-03-11", ["Luca Santini"], must=[rot["paras"][0], rot["paras"][-1]], must_not=["Ancona, lavori in via Marconi", "Oggi sereno, 14°C"])
    s.art(teat["path"], article(teat), teat["t"], "2025-03-10", ["Sara Pieroni", "Luca Santini"], must=[teat["paras"][0], teat["paras"][-1]], must_not=["Oggi sereno, 14°C"])
    for a in A:
        s.copy("/m" + a["path"], article(a, True), a["path"])
        s.copy("/stampa/%d.html" % a["id"], stampa(a), a["path"])
    # IIS answers any case: the home page's old links carry capitals
    CASE = {rot["path"]: "/Notizie/Senigallia/Senigallia-la-Rotonda-a-Mare-chiude-per-restauro-34490.html", teat["path"]: "/Notizie/Osimo/Osimo-riapre-il-teatro-La-Nuova-Fenice-dopo-i-lavori-34471.html"}
    for p, c in CASE.items():
        s.copy(c, article([x for x in A if x["path"] == p][0]), p)

    def riga(a, p=None):
        return '<div class="notizia"><a href="%s" class="tit">%s</a><span class="data">%s</span><p>%s</p></div>' % (p or a["path"], E(a["t"]), when(a), E(a["paras"][0][:130]))

    def lst(p, title, inner):
        s.non(p, shell("%s - %s" % (title, SN), '<div class="colonna-sx"><h1 class="titolo-sezione">%s</h1>%s</div>' % (E(title), inner), '<link rel="canonical" href="%s" />' % s.url(p)))
    s.non("/", shell("Il Corriere del Conero - Notizie da Ancona e provincia", '<div class="colonna-sx">%s%s%s<div class="altri">%s</div></div>' % (
        riga(porto), riga(rot, CASE[rot["path"]]), riga(teat, CASE[teat["path"]]), links([("/tag/porto/", "Porto"), ("/autori/elisa-moretti/", "Elisa Moretti"), ("/m/", "Versione mobile")])), '<link rel="canonical" href="%s" />' % s.url("/")))
    s.non("/m/", '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8" /><title>Corriere del Conero mobile</title><link rel="canonical" href="%s" /></head><body class="mobile"><ul>%s</ul></body></html>' % (
        s.url("/"), links([("/m" + a["path"], a["t"]) for a in A])))
    lst("/notizie/ancona/", "Ancona", riga(porto))
    lst("/notizie/senigallia/", "Senigallia", riga(rot))
    lst("/notizie/osimo/", "Osimo", riga(teat))
    lst("/tag/porto/", "Tag: porto", riga(porto))
    lst("/autori/elisa-moretti/", "Elisa Moretti", "<p>Giornalista, segue il porto e l'economia del capoluogo.</p>" + riga(porto))
    lst("/cerca/", "Cerca nel sito", '<input name="ctl00$txtCerca" type="text" /><input type="submit" value="Cerca" />')
    lst("/meteo/", "Meteo Ancona", "<p>Oggi: sereno, massima 14°C. Domani: nuvoloso, massima 12°C. Mare poco mosso.</p>")
    lst("/chi-siamo/", "Chi siamo", ps(["Il Corriere del Conero è un quotidiano online fondato nel 2003. Direttore responsabile: Franco Mengoni.", "Redazione: corso Garibaldi 88, Ancona."]))
    lst("/contatti/", "Contatti", ps(["redazione@corrieredelconero.example - tel. 071 200 000"]))
    s.sitemap(["/"] + [a["path"] for a in A], "/cerca/")


# ====================================================================== 11. Dagblad Oost (DPG-like, ~a1b2c3 URLs, ?referrer= tracking, LIVE blog by the desk, original of a copy on Brussel Vandaag)
def oost():
    s = Site(11, "Dagblad Oost", "nl")
    SN = s.name

    def dpg(d):
        return d.strftime("%d-%m-%y, %H:%M")

    def shell(title, body, head=""):
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/assets/main.9c1e3a.css"></head>'
                '<body class="dgo"><div id="pg-host-shadow-root"><div class="privacy-gate">Wij en onze partners gebruiken cookies en vergelijkbare technieken om onze website te verbeteren. <button>Akkoord</button> <button>Instellingen aanpassen</button></div></div>'
                '<header class="app-header"><a class="app-header__logo" href="/">Dagblad Oost</a><nav class="app-navigation"><ul>%s</ul></nav><a class="app-header__login" href="/login">Inloggen</a><a class="app-header__abo" href="/abonnement">Abonneren</a></header>'
                '<main class="app-main">%s</main><footer class="app-footer"><ul>%s</ul><p>© 2025 DGO Media B.V.</p></footer></body></html>') % (
            E(title), head, links([("/", "Home"), ("/enschede/", "Enschede"), ("/hengelo/", "Hengelo"), ("/regio/", "Regio"), ("/zoeken/", "Zoeken")], "app-navigation__item"), body,
            links([("/over-ons/", "Over ons"), ("/contact/", "Contact"), ("/nieuwsbrieven/", "Nieuwsbrieven"), ("/archief/", "Archief")]))

    REF = "?referrer=https%3A%2F%2Fwww.google.com%2F"
    A = [dict(path="/enschede/onderzoekers-utwente-ontwikkelen-zelfherstellend-asfalt~a3f9c2d1/", t="Onderzoekers UT ontwikkelen asfalt dat zijn eigen scheuren dicht", d=D(2025, 3, 10, 6, 0), au=["Jeroen Bakker"], sec="Enschede",
              intro="Met een magneet over de weg rijden en de gaten zijn weg. Het klinkt als sciencefiction, maar op een proefvak bij Enschede werkt het al.",
              paras=["Onderzoekers van de Universiteit Twente hebben een asfaltmengsel ontwikkeld met staalwol dat zichzelf kan herstellen. Een voertuig met een inductiespoel warmt het asfalt plaatselijk op, waardoor kleine scheuren weer dichtsmelten.",
                     "Op een proefvak van tweehonderd meter op de N18 bij Enschede ligt het materiaal sinds twee jaar. Het ziet er volgens de onderzoekers nog uit als nieuw.",
                     "\"Gewoon asfalt gaat gemiddeld twaalf jaar mee. Wij denken dat we dat met dit materiaal kunnen verdubbelen\", zegt projectleider Femke Dijkstra.",
                     "Rijkswaterstaat wil de techniek volgend jaar testen op een stuk snelweg. De kosten liggen nu nog zo'n twintig procent hoger dan bij gewoon asfalt."]),
         dict(path="/regio/live-storm-raast-over-twente~a3f9d871/", t="Storm raast over Twente: bomen omgewaaid, treinen rijden niet", d=D(2025, 3, 12, 7, 15), au=["Redactie Dagblad Oost"], sec="Regio", live=True,
              intro="Code oranje in Overijssel. Volg hier de gevolgen van de storm in de regio.",
              entries=[("16:05", "Het KNMI heeft code oranje ingetrokken. Het blijft de rest van de middag wel onstuimig met windstoten tot 75 kilometer per uur."),
                       ("13:30", "In Hengelo is een boom op een geparkeerde auto aan de Deldenerstraat gevallen. Er raakte niemand gewond."),
                       ("10:12", "ProRail meldt dat er tussen Hengelo en Zutphen voorlopig geen treinen rijden door een omgewaaide boom op het spoor. Er rijden bussen."),
                       ("07:15", "Goedemorgen. Het KNMI heeft code oranje afgegeven voor Overijssel. In dit liveblog houden we je op de hoogte.")]),
         dict(path="/hengelo/hengelo-wil-1200-woningen-op-oude-stork-terrein~a3fa0b44/", t="Hengelo wil 1200 woningen bouwen op oude Stork-terrein", d=D(2025, 3, 13, 17, 30), au=["Marieke ten Hove"], sec="Hengelo",
              intro="De oude fabriekshallen blijven staan en krijgen een nieuwe functie.",
              paras=["De gemeente Hengelo wil op het voormalige terrein van machinefabriek Stork ruim 1200 woningen laten bouwen. Het college presenteerde donderdag het plan.",
                     "De monumentale fabriekshallen blijven behouden. In de grootste hal komen een markthal, een bibliotheek en werkplaatsen voor kleine bedrijven.",
                     "Ongeveer een derde van de woningen wordt sociale huur. De eerste bewoners zouden in 2028 hun sleutel kunnen krijgen.",
                     "De gemeenteraad bespreekt het plan in april. Omwonenden kunnen tot 1 mei reageren."])]

    def article(a):
        d = a["d"]
        if a.get("live"):
            content = '<div class="liveblog">' + "".join('<div class="liveblog__item"><time class="liveblog__time">%s</time><div class="liveblog__content"><p>%s</p></div></div>' % (t, E(x)) for t, x in a["entries"]) + '</div>'
            label = '<span class="article__label article__label--live">LIVE</span> '
            ttl = "LIVE | %s | %s" % (a["t"], SN)
            ldt = "LiveBlogPosting"
        else:
            content = ps(a["paras"][:2]) + '<div class="article__related-inline"><span>Lees ook</span><a href="/enschede/">Fietsers Enschede krijgen groene golf op Hengelosestraat</a></div>' + ps(a["paras"][2:])
            label, ttl, ldt = "", "%s | %s | %s" % (a["t"], a["sec"], SN), "NewsArticle"
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">'
                '<meta property="article:section" content="%s">%s') % (
            s.url(a["path"]), E(a["intro"]), E(a["t"]), d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), a["sec"],
            jl({"@context": "http://schema.org", "@type": ldt, "headline": a["t"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "author": [{"@type": "Person" if not a.get("live") else "Organization", "name": n} for n in a["au"]], "publisher": {"@type": "Organization", "name": SN}}))
        by = ", ".join('<a class="author-info__name" href="/auteur/%s/">%s</a>' % (n.lower().replace(" ", "-"), E(n)) for n in a["au"])
        body = ('<article class="article"><header class="article__header"><h1 class="article__title">%s%s</h1><p class="article__intro">%s</p>'
                '<div class="article__meta"><div class="author-info">%s</div><time class="article__time" datetime="%s">%s</time><span class="article__update">Laatste update: %s</span></div></header>'
                '<div class="article__body">%s</div><div class="article__share"><a href="https://wa.me/?text=%s">Deel via WhatsApp</a></div></article>'
                '<aside class="teaser-list"><h2>Meer nieuws uit de regio</h2><ul>%s</ul></aside><aside class="newsletter-promo"><p>Elke ochtend het belangrijkste nieuws uit Twente in je mailbox? Meld je aan voor onze nieuwsbrief.</p></aside>') % (
            label, E(a["t"]), E(a["intro"]), by, iso(d), dpg(d), dpg(d + TD(hours=3, minutes=14)), content, E(s.url(a["path"])),
            links([(x["path"] + REF, x["t"]) for x in A if x is not a]))
        return shell(ttl, body, head)

    asf, live, stork = A
    s.art(asf["path"], article(asf), asf["t"], "2025-03-10", ["Jeroen Bakker"], must=[asf["paras"][0], asf["paras"][-1]],
          must_not=["Fietsers Enschede krijgen groene golf", "Wij en onze partners gebruiken cookies", "Meld je aan voor onze nieuwsbrief"])
    s.art(live["path"], article(live), live["t"], "2025-03-12", [], must=[live["entries"][0][1], live["entries"][-1][1]], must_not=["Meld je aan voor onze nieuwsbrief"])
    s.art(stork["path"], article(stork), stork["t"], "2025-03-13", ["Marieke ten Hove"], must=[stork["paras"][0], stork["paras"][-1]], must_not=["Fietsers Enschede krijgen groene golf"])
    for a in A:
        s.copy(a["path"] + REF, None, a["path"])

    def teaser(a, q=REF):
        return '<article class="teaser"><a href="%s%s"><span class="teaser__label">%s</span><h2 class="teaser__title">%s</h2><p>%s</p></a></article>' % (a["path"], q, a["sec"], E(a["t"]), E(a["intro"]))

    def lst(p, title, inner):
        s.non(p, shell("%s | %s" % (title, SN), '<h1 class="section-title">%s</h1><div class="teaser-list">%s</div>' % (E(title), inner), '<link rel="canonical" href="%s">' % s.url(p)))
    s.non("/", shell("Dagblad Oost | Nieuws uit Twente", '<div class="home">%s%s<article class="teaser"><a href="%s"><h2>%s</h2></a></article></div>%s' % (
        teaser(asf), teaser(live), stork["path"].rstrip("/"), E(stork["t"]), links([("/onderwerp/storm/", "Storm"), ("/auteur/jeroen-bakker/", "Jeroen Bakker")])), '<link rel="canonical" href="%s">' % s.url("/")))
    lst("/enschede/", "Enschede", teaser(asf))
    lst("/hengelo/", "Hengelo", teaser(stork))
    lst("/regio/", "Regio", teaser(live) + teaser(asf))
    lst("/onderwerp/storm/", "Storm", teaser(live))
    lst("/auteur/jeroen-bakker/", "Jeroen Bakker", "<p>Verslaggever Enschede en de Universiteit Twente.</p>" + teaser(asf))
    lst("/auteur/marieke-ten-hove/", "Marieke ten Hove", "<p>Verslaggever Hengelo.</p>" + teaser(stork))
    lst("/zoeken/", "Zoeken", '<form><input name="query" placeholder="Zoek een artikel"></form>')
    lst("/nieuwsbrieven/", "Nieuwsbrieven", "<p>Kies je nieuwsbrief: Ochtendupdate, Sport Oost, Weekend.</p>")
    lst("/archief/", "Archief", links([("/archief/", "Maart 2025"), ("/archief/", "Februari 2025")]))
    lst("/over-ons/", "Over ons", ps(["Dagblad Oost is het dagblad voor Twente en de Achterhoek. De redactie zit in Enschede.", "Hoofdredacteur: Ellen Hofstede."]))
    lst("/contact/", "Contact", ps(["Tips? Mail naar redactie@dagbladoost.example of app 06 1234 5678."]))
    s.sitemap(["/"] + [a["path"] for a in A], "/zoeken/")
    return asf


# ====================================================================== 12. Brussel Vandaag / Bruxelles Aujourd'hui (nl-BE/fr-BE, hreflang pair, copy of a Dagblad Oost story, long read whose text is JSON for a Vue app)
def brussel(asf):
    s = Site(12, "Brussel Vandaag", "nl")
    NAME = {"nl": "Brussel Vandaag", "fr": "Bruxelles Aujourd'hui"}
    oost_site = Site(11, "Dagblad Oost", "nl")

    def when(d, lang):
        return d.strftime("%d/%m/%Y") + (" om " + d.strftime("%H:%M") if lang == "nl" else " à " + d.strftime("%Hh%M"))

    def shell(lang, title, body, head=""):
        return ('<!DOCTYPE html><html lang="%s-BE"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/dist/css/site.4e8a.css"></head>'
                '<body class="o-site o-site--%s"><div class="c-cookie" data-module="cookie-consent"><p>%s</p><button class="c-btn">OK</button></div>'
                '<header class="c-header"><a class="c-header__logo" href="/%s/">%s</a><div class="c-header__lang"><a href="/nl/">NL</a> <a href="/fr/">FR</a></div><nav class="c-nav"><ul>%s</ul></nav></header>'
                '<main class="o-layout">%s</main><footer class="c-footer"><ul>%s</ul><p>© 2025 vzw Brusselse Media / asbl Médias bruxellois</p></footer></body></html>') % (
            lang, E(title), head, lang, "Deze website gebruikt cookies om je surfervaring te verbeteren." if lang == "nl" else "Ce site utilise des cookies pour améliorer votre navigation.",
            lang, NAME[lang], links([("/nl/mobiliteit/", "Mobiliteit"), ("/nl/longread/", "Longread"), ("/nl/zoeken/", "Zoeken")] if lang == "nl" else [("/fr/mobilite/", "Mobilité"), ("/fr/", "Accueil")], "c-nav__item"),
            body, links([("/nl/over-ons/", "Over ons"), ("/fr/qui-sommes-nous/", "Qui sommes-nous")]))

    A = [dict(lang="nl", path="/nl/mobiliteit/brussel-breidt-voetgangerszone-rond-de-beurs-uit", t="Brussel breidt voetgangerszone rond de Beurs uit", d=D(2025, 3, 12, 9, 30), au="Pieter Claes", sec="Mobiliteit",
              intro="Vanaf september worden ook de Kiekenmarkt en een deel van de Dansaertstraat autovrij.",
              paras=["Het Brusselse stadsbestuur heeft dinsdag beslist om de voetgangerszone in het centrum verder uit te breiden. Vanaf september worden de Kiekenmarkt en het eerste deel van de Dansaertstraat autovrij.",
                     "Leveringen blijven toegestaan tot 11 uur 's ochtends. Bewoners met een parkeerplaats in de zone krijgen een vergunning om er binnen te rijden.",
                     "De handelaars in de Dansaertstraat zijn verdeeld. Sommigen vrezen klanten te verliezen, anderen hopen op meer wandelaars.",
                     "Sinds de invoering van de eerste voetgangerszone in 2015 is het aantal voetgangers op de Anspachlaan volgens de stad verdrievoudigd."]),
         dict(lang="fr", path="/fr/mobilite/bruxelles-etend-le-pietonnier-autour-de-la-bourse", t="Bruxelles étend le piétonnier autour de la Bourse", d=D(2025, 3, 12, 10, 15), au="Sophie Lambert", sec="Mobilité",
              intro="Dès septembre, le Marché aux Poulets et une partie de la rue Dansaert deviendront piétons.",
              paras=["Le collège de la Ville de Bruxelles a décidé mardi d'étendre encore le piétonnier du centre. Dès septembre, le Marché aux Poulets et le début de la rue Dansaert seront fermés aux voitures.",
                     "Les livraisons resteront autorisées jusqu'à 11 heures. Les riverains disposant d'un emplacement de parking dans la zone recevront une autorisation d'accès.",
                     "Les commerçants de la rue Dansaert sont partagés : certains craignent de perdre des clients, d'autres espèrent davantage de passants.",
                     "Depuis la création du premier piétonnier en 2015, le nombre de piétons sur le boulevard Anspach a triplé, selon la Ville."]),
         ]
    A[0]["alt"], A[1]["alt"] = A[1], A[0]
    COPY = dict(lang="nl", path="/nl/wetenschap/twentse-onderzoekers-ontwikkelen-zelfherstellend-asfalt", t=asf["t"], d=D(2025, 3, 11, 14, 0), au="Jeroen Bakker", sec="Wetenschap", intro=asf["intro"], paras=asf["paras"])
    LR = dict(lang="nl", path="/nl/longread/de-verdwenen-rivier-een-reis-langs-de-zenne", t="De verdwenen rivier: een reis langs de Zenne", d=D(2025, 3, 8, 8, 0), au="Lotte Janssens",
              intro="Ze stroomt nog altijd onder onze voeten, maar bijna niemand heeft haar ooit gezien. Een tocht van Halle tot Vilvoorde langs de Zenne.",
              chapters=[("Onder de boulevards", ["In 1871 verdween de Zenne uit het straatbeeld van Brussel. De rivier, die stonk en telkens overstroomde, werd overwelfd en vervangen door de brede lanen die we vandaag kennen.",
                                                 "Wie vandaag over de Anspachlaan wandelt, loopt letterlijk boven een rivier. Alleen in de kelders van enkele oude panden is ze nog te horen."]),
                        ("Waar ze weer bovenkomt", ["Aan de rand van het gewest, in Anderlecht en Haren, komt de Zenne weer aan de oppervlakte. Het water is er sinds de bouw van de zuiveringsstations een stuk schoner.",
                                                    "Er zwemmen opnieuw vissen, vertelt bioloog Hanne Verbeke. Vorig jaar telden vrijwilligers zelfs een ijsvogel bij de sluis van Vilvoorde."]),
                        ("Een rivier terug in de stad?", ["Het Brussels Gewest wil een deel van de Zenne opnieuw openleggen, in het Maximiliaanpark. De werken moeten in 2027 beginnen.",
                                                          "Of de rivier ooit weer door het centrum zal stromen, gelooft niemand. Maar een paar honderd meter open water, zegt Verbeke, zou al veel veranderen."])])

    def article(a, orig=None):
        d, lang = a["d"], a["lang"]
        hl = ""
        if a.get("alt"):
            hl = '<link rel="alternate" hreflang="%s-be" href="%s"><link rel="alternate" hreflang="%s-be" href="%s"><link rel="alternate" hreflang="x-default" href="%s">' % (
                lang, s.url(a["path"]), a["alt"]["lang"], s.url(a["alt"]["path"]), s.url(A[0]["path"]))
        canon = oost_site.url(asf["path"]) if orig else s.url(a["path"])
        head = ('<link rel="canonical" href="%s">%s<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:locale" content="%s_BE">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">') % (canon, hl, E(a["intro"]), E(a["t"]), lang, iso(d), E(a["au"]))
        src = ('<p class="c-article__source">Dit artikel verscheen eerder in <a href="%s">Dagblad Oost</a>.</p>' % oost_site.url(asf["path"])) if orig else ""
        body = ('<article class="c-article"><header class="c-article__header"><a class="c-article__section" href="/%s/%s/">%s</a><h1 class="c-article__title">%s</h1><p class="c-article__intro">%s</p>'
                '<div class="c-article__meta"><span class="c-article__author">%s</span> <time class="c-article__date" datetime="%s">%s</time></div>%s</header>'
                '<div class="c-article__body">%s%s</div></article><aside class="c-related"><h2>%s</h2><ul>%s</ul></aside>') % (
            lang, "mobiliteit" if lang == "nl" else "mobilite", a["sec"], E(a["t"]), E(a["intro"]), E(a["au"]), iso(d), when(d, lang),
            ('<p class="c-article__lang"><a hreflang="%s" href="%s">%s</a></p>' % (a["alt"]["lang"], a["alt"]["path"], "Lisez cet article en français" if lang == "nl" else "Lees dit artikel in het Nederlands")) if a.get("alt") else "",
            ps(a["paras"]), src, "Lees ook" if lang == "nl" else "À lire aussi",
            links([("/nl/mobiliteit/", "MIVB verlengt tramlijn 9 tot aan de Heizel")] if lang == "nl" else [("/fr/mobilite/", "La STIB prolonge le tram 9 jusqu'au Heysel")]))
        return shell(lang, "%s - %s" % (a["t"], NAME[lang]), body, head)

    def longread():
        a = LR
        data = {"id": uid(a["path"]), "title": a["t"], "author": a["au"], "published": iso(a["d"]), "intro": a["intro"],
                "chapters": [{"heading": h, "media": {"type": "image", "src": "/media/zenne/%d.jpg" % i}, "paragraphs": ps_} for i, (h, ps_) in enumerate(a["chapters"])]}
        head = '<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (
            s.url(a["path"]), E(a["intro"]), E(a["t"]), iso(a["d"]))
        body = ('<div id="longread-app" class="c-longread" data-component="Longread"><div class="c-longread__cover"><img src="/media/zenne/cover.jpg" alt=""><h1 class="c-longread__title">%s</h1></div>'
                '<noscript>Schakel JavaScript in om deze longread te lezen.</noscript></div>'
                '<script type="application/json" id="longread-data">%s</script><script src="/dist/js/longread.7f2c.js" defer></script>') % (E(a["t"]), J(data).replace("</", "<\\/"))
        return shell("nl", "%s - %s" % (a["t"], NAME["nl"]), body, head)

    for a in A:
        s.art(a["path"], article(a), a["t"], "2025-03-12", [a["au"]], must=[a["paras"][0], a["paras"][-1]],
              must_not=["MIVB verlengt tramlijn 9" if a["lang"] == "nl" else "La STIB prolonge le tram 9", a["alt"]["paras"][0]])
    s.copy(COPY["path"], article(COPY, True), asf["path"], oost_site)
    allp = [p for _, x in LR["chapters"] for p in x]
    s.art(LR["path"], longread(), LR["t"], "2025-03-08", ["Lotte Janssens"], must=[allp[0], allp[-1]], must_not=["Deze website gebruikt cookies"])

    def teaser(a):
        return '<article class="c-teaser"><a href="%s"><h2 class="c-teaser__title">%s</h2></a><p>%s</p></article>' % (a["path"], E(a["t"]), E(a["intro"]))

    def lst(lang, p, title, inner):
        s.non(p, shell(lang, "%s - %s" % (title, NAME[lang]), '<h1 class="c-page-title">%s</h1>%s' % (E(title), inner), '<link rel="canonical" href="%s">' % s.url(p)))
    s.non("/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brussel Vandaag - Bruxelles Aujourd\'hui</title></head><body><h1>Brussel Vandaag · Bruxelles Aujourd\'hui</h1><ul>%s</ul></body></html>' % links([("/nl/", "Nederlands"), ("/fr/", "Français")]))
    lst("nl", "/nl/", "Nieuws uit Brussel", teaser(A[0]) + teaser(LR) + teaser(COPY) + links([("/nl/auteur/pieter-claes/", "Pieter Claes"), ("/nl/tag/zenne/", "Zenne")]))
    lst("fr", "/fr/", "L'actualité bruxelloise", teaser(A[1]))
    lst("nl", "/nl/mobiliteit/", "Mobiliteit", teaser(A[0]))
    lst("fr", "/fr/mobilite/", "Mobilité", teaser(A[1]))
    lst("nl", "/nl/longread/", "Longread", teaser(LR))
    lst("nl", "/nl/wetenschap/", "Wetenschap", teaser(COPY))
    lst("nl", "/nl/tag/zenne/", "Zenne", teaser(LR))
    lst("nl", "/nl/auteur/pieter-claes/", "Pieter Claes", "<p>Journalist mobiliteit en stedenbouw.</p>" + teaser(A[0]))
    lst("nl", "/nl/zoeken/", "Zoeken", '<form><input name="q"></form>')
    lst("nl", "/nl/over-ons/", "Over ons", ps(["Brussel Vandaag is een tweetalig nieuwsplatform over Brussel, gesteund door de Vlaamse Gemeenschapscommissie en de Cocof.", "Redactie: Flageyplein 18, 1050 Elsene."]))
    lst("fr", "/fr/qui-sommes-nous/", "Qui sommes-nous", ps(["Bruxelles Aujourd'hui est une plateforme d'information bilingue sur Bruxelles.", "Rédaction : place Flagey 18, 1050 Ixelles."]))
    s.feed("/nl/rss.xml", [(a["path"], a["t"], a["d"], a["au"]) for a in (A[0], LR, COPY)])
    s.sitemap(["/nl/", "/fr/"] + [a["path"] for a in A] + [LR["path"], COPY["path"]], "/nl/zoeken/")


wessex()
lakeshore()
rheintal()
seeland()
ocean(courrier())
moncayo(ebro())
garda()
conero()
brussel(oost())
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
