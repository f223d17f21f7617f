"""Web bc: official and institutional newsrooms, eleven sites in English,
French, German, Spanish, Portuguese and Polish, each on its own template.
GOV.UK-like department: "Press release"/"Speech" caption over the h1, "From:
Department ... and The Rt Hon X MP", JSON-LD author = the department, "Last
updated", feedback widget. US agency on Drupal/USWDS: Release Date,
DC.date.created, a named media contact, a blog "By X, Office of Water". EC
press corner: the same generic <title> on every page, "Press release | 3
March 2025 | Brussels", IP numbers, press contacts, "Daily News 04/03/2025".
Bundestag-like: "Deutscher Bundestag - ..." titles, hib items dated only in
the dachzeile "Verkehr/Ausschuss - 05.03.2025 (hib 142/2025)" with
"Berlin: (hib/CHE)", a Textarchiv preview whose only publication date is the
foot stamp "(hau/03.03.2025)" while a box names the debate day. UN News-like
("3 March 2025 Peace and Security", one signed interview). Spanish Liferay
city council (header "today" date, dd/mm/yyyy, "Fuente: Gabinete de Prensa").
Amnesty-like NGO on WordPress (Yoast author = web-team account, "Index
Number", a report landing with the same meta and a PDF, a signed blog).
Brookings-like think tank (bylines with affiliations, a "Dr", JSON-LD naming
only the first author). gov.pl ministry (title in h2, Metryczka with
"Opublikowane przez" a web editor; a vacancy with the same metryczka).
gov.br Plone ("Publicado em 03/03/2025 21h45", DC.date.created -03:00 so UTC
is the next day, DC.creator login). French prefecture ("Publié le", "Mis à
jour le", path-like <title>). Speeches and statements published as news are
articles (a speech's author is its speaker); consultations, policy papers,
report landings, profiles, events, vacancies, data and topic pages are not.
Crawled once with /tmp/newsroom: stored 33 of 33, titles 31, dates 30,
authors 19, bodies 11 of 15, non-articles stored 3 of 82.
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18132
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.split("?")[0].rsplit("/", 1)[-1]
    return p.split("?")[0] if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def P(ps):
    return "".join("<p>%s</p>" % E(p) for p in ps)


class Site:
    def __init__(self, n, name):
        self.host = "127.0.5.%d" % (120 + n)
        self.name = name
        self.links = []

    def url(self, p):
        return U(self.host, p)

    def art(self, path, doc, title, date, authors, must=None, must_not=None, instant=None):
        write_page(OUT, self.host, fs(path), doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        if instant:
            a["instant"] = instant
        truth["articles"].append(a)
        self.links.append((path, title))

    def non(self, path, doc, label=None):
        write_page(OUT, self.host, fs(path), doc)
        truth["nonarticles"].append(self.url(path))
        if label:
            self.links.append((path, label))

    def home(self, doc):
        write_page(OUT, self.host, "/", doc)
        truth["nonarticles"].append(self.url("/"))

    def raw(self, path, text):
        write_page(OUT, self.host, path, text)

    def mine(self):
        return [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]


def teasers(links, cls="teaser"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in links)


# ---------------------------------------------------------------- 1 GOV.UK-like
def govuk():
    s = Site(1, "GOV.UK")
    org = "Department for Coastal Communities"
    orgp = "/government/organisations/department-for-coastal-communities"
    minister = "The Rt Hon Ellen Marsh MP"

    def shell(title, inner, head="", fmt="news_article"):
        return ('<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">'
                '<title>%s - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta name="govuk:format" content="%s"><meta name="govuk:rendering-app" content="frontend">'
                '<meta property="og:site_name" content="GOV.UK">%s</head>'
                '<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
                '<div class="gem-c-cookie-banner"><p>Cookies on GOV.UK</p><p>We use some essential cookies to make this website work.</p></div>'
                '<header class="gem-c-layout-super-navigation-header"><a class="govuk-header__link" href="/">GOV.UK</a>'
                '<nav><ul><li><a href="/browse">Services and information</a></li><li><a href="/government/organisations">Government activity</a></li>'
                '<li><a href="/search/news-and-communications">News</a></li></ul></nav></header>'
                '<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" role="main">%s</main></div>'
                '<footer class="govuk-footer"><ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li>'
                '<li><a href="/help/cookies">Cookies</a></li><li><a href="/contact">Contact</a></li></ul>'
                '<p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>'
                '<p>&copy; Crown copyright</p></footer></body></html>') % (E(title), fmt, head, inner)

    def meta(title, desc, first, updated, ptype, path):
        ld = {"@context": "http://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.gov.uk" + path},
              "name": title, "headline": title, "description": desc,
              "datePublished": first, "dateModified": updated,
              "publisher": {"@type": "Organization", "name": "GOV.UK", "url": "https://www.gov.uk"},
              "author": {"@type": "Organization", "name": org, "url": "https://www.gov.uk" + orgp},
              "about": [{"@context": "http://schema.org", "@type": "Thing", "sameAs": "https://www.gov.uk/government/topics/coastal-towns"}]}
        return ('<meta name="description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta name="govuk:public-updated-at" content="%s"><meta name="govuk:primary-publishing-organisation" content="%s">%s') % (
            E(desc), E(title), E(desc), updated, E(org), jl(ld))

    def header(caption, title, desc, frm, published, updated=None):
        upd = ""
        if updated:
            upd = '<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">%s <a href="#full-publication-update-history">&mdash; See all updates</a></dd>' % updated
        return ('<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">'
                '<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">%s</span>'
                '<h1 class="gem-c-heading__text govuk-heading-l">%s</h1></div>'
                '<p class="gem-c-lead-paragraph">%s</p></div></div>'
                '<div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list">'
                '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">%s</dd>'
                '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">%s</dd>%s</dl></div>') % (
            caption, E(title), E(desc), frm, published, upd)

    frm_org = '<a href="%s" class="govuk-link">%s</a>' % (orgp, org)
    frm_both = frm_org + ' and <a href="/government/people/ellen-marsh" class="govuk-link">%s</a>' % minister

    def related():
        return ('<div class="gem-c-contextual-sidebar"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul>'
                '<li><a href="/government/publications/coastal-towns-investment-plan">Coastal towns investment plan 2025 to 2030</a></li>'
                '<li><a href="/government/consultations/harbour-dues-reform">Harbour dues reform: consultation</a></li></ul>'
                '<h2>Explore the topic</h2><ul><li><a href="/government/topics/coastal-towns">Coastal towns</a></li></ul></div>'
                '<div class="gem-c-feedback"><p>Is this page useful?</p><p>Maybe</p><p>Yes this page is useful</p><p>No this page is not useful</p></div>')

    # 1 press release
    t = "Seaside towns to share 90 million pound fund for harbour repairs"
    d = "Thirty-one harbour towns in England will receive grants to repair sea walls, slipways and piers damaged by winter storms."
    path = "/government/news/seaside-towns-to-share-90-million-pound-fund-for-harbour-repairs"
    body = P([
        "Thirty-one harbour towns in England will share a 90 million pound fund to repair sea walls, slipways and piers that were battered by the storms of the past two winters, the Coastal Communities Secretary announced today.",
        "The grants, which range from 400,000 pounds to 6 million pounds, will be paid to harbour authorities and local councils from April. Towns in Cornwall, Norfolk, Cumbria and North Yorkshire receive the largest shares, after surveys found that several working harbours could lose their fishing fleets if repairs were delayed for another season.",
        "Each harbour authority must publish a repair timetable by the end of June and report progress every six months. Work that protects homes and businesses from flooding will be prioritised, and councils will be allowed to combine the grants with money from the existing flood defence programme.",
        "Coastal Communities Secretary Ellen Marsh said: \u201cOur harbours are not museum pieces. They are where people work, where boats land their catch and where visitors arrive. This money will fix what the storms broke and give these towns the confidence to plan for the next decade.\u201d",
        "The department will also fund a small team of marine engineers to help harbour authorities that lack the staff to prepare tenders, following concerns raised by smaller towns during last year\u2019s review.",
    ]) + '<h2 id="notes-to-editors">Notes to editors</h2>' + P([
        "The full list of harbour towns and their allocations is published alongside the coastal towns investment plan.",
        "The fund is part of the 2025 to 2030 coastal towns programme announced at the Spending Review.",
    ]) + ('<div class="contact"><h3>Media enquiries</h3><p>Press Office, Department for Coastal Communities</p>'
          '<p>Email newsdesk@dcc.gov.uk</p><p>Out of hours 020 7946 0312</p></div>')
    doc = shell(t, header("Press release", t, d, frm_both, "3 March 2025") +
                '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govspeak">%s</div></div>%s</div>' % (body, related()),
                meta(t, d, "2025-03-03T00:01:00.000+00:00", "2025-03-03T00:01:00.000+00:00", "Press release", path), "press_release")
    s.art(path, doc, t, "2025-03-03", [],
          must=["Each harbour authority must publish a repair timetable by the end of June and report progress every six months.",
                "The fund is part of the 2025 to 2030 coastal towns programme announced at the Spending Review."],
          must_not=["Is this page useful?"])

    # 2 speech
    t = "Coastal Communities Secretary speech at the Harbour Towns Summit"
    d = "Ellen Marsh sets out how the government will support working harbours and the towns around them."
    path = "/government/speeches/coastal-communities-secretary-speech-at-the-harbour-towns-summit"
    body = ('<div class="important-metadata inverse-background"><dl><dt>Location:</dt><dd>Harbour Towns Summit, Whitby</dd>'
            '<dt>Delivered on:</dt><dd>3 March 2025 (Transcript of the speech, exactly as it was delivered)</dd></dl></div>') + P([
        "Thank you, and thank you to the harbour master for letting us hold this summit within sight of the boats.",
        "I grew up in a town like this one. I remember the mornings when the whole street knew whether the boats had come in, and I remember the winter when the sea wall failed and half of the front street flooded. Nobody in this room needs to be told what a harbour means to the town around it.",
        "For too long, though, the money to look after these places has arrived late, in small pieces and with forms that only a large council could complete. That changes this year. The fund we announced today is not a competition. Every harbour that needs urgent repairs and can show a sensible plan will be paid.",
        "We will also stop treating harbours as a problem for one department alone. Fisheries, flood defence, transport and housing all meet at the quayside, and I have asked officials to bring those budgets together so that a town can come to us once, not five times.",
        "I want to end with a promise. In three years I want to come back to Whitby and to the thirty other towns on that list and see cranes, not cones. Thank you.",
    ])
    doc = shell(t, header("Speech", t, d, frm_both, "4 March 2025") +
                '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govspeak">%s</div></div>%s</div>' % (body, related()),
                meta(t, d, "2025-03-04T09:30:00.000+00:00", "2025-03-04T09:30:00.000+00:00", "Speech", path), "speech")
    s.art(path, doc, t, "2025-03-04", ["Ellen Marsh"],
          must=["We will also stop treating harbours as a problem for one department alone."],
          must_not=["Is this page useful?"])

    # 3 news story, updated later
    t = "New rules to protect beach huts from sudden rent rises"
    d = "Councils will have to give beach hut tenants 12 months\u2019 notice of any rent increase above inflation."
    path = "/government/news/new-rules-to-protect-beach-huts-from-sudden-rent-rises"
    body = P([
        "Councils that rent out beach huts will have to give tenants a full year\u2019s notice before raising rents by more than inflation, under guidance published today.",
        "The change follows complaints from tenants in several resorts who saw annual rents double with a few weeks\u2019 warning. Many of the huts have been rented by the same families for decades and some tenants said they had been forced to give them up at short notice.",
        "The guidance also asks councils to publish how they set rents, to offer payment by instalments and to keep a waiting list that is open to residents and visitors on equal terms. Councils that already follow these practices will not need to change anything.",
        "A review of how the guidance is working will take place after two summer seasons, and the department will consider making it statutory if councils do not follow it.",
    ]) + ('<h2 id="updates-to-this-page">Updates to this page</h2><ol id="full-publication-update-history">'
          '<li><time datetime="2025-03-06T10:00:00.000+00:00">6 March 2025</time> First published.</li>'
          '<li><time datetime="2025-03-10T14:12:00.000+00:00">10 March 2025</time> Corrected the date of the review.</li></ol>')
    doc = shell(t, header("News story", t, d, frm_org, "6 March 2025", "10 March 2025") +
                '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govspeak">%s</div></div>%s</div>' % (body, related()),
                meta(t, d, "2025-03-06T10:00:00.000+00:00", "2025-03-10T14:12:00.000+00:00", "News story", path), "news_story")
    s.art(path, doc, t, "2025-03-06", [], must_not=["Is this page useful?"])

    # non-articles
    def simple(path, cap, title, inner, fmt="placeholder", label=None):
        s.non(path, shell(title, '<span class="govuk-caption-xl">%s</span><h1 class="govuk-heading-xl">%s</h1>%s' % (cap, E(title), inner), fmt=fmt), label or title)

    simple("/government/publications/coastal-towns-investment-plan", "Policy paper", "Coastal towns investment plan 2025 to 2030",
           '<dl class="gem-c-metadata__list"><dt>From:</dt><dd>%s</dd><dt>Published</dt><dd>28 February 2025</dd></dl>'
           '<section class="attachment"><h3><a href="/government/uploads/coastal-towns-investment-plan.pdf">Coastal towns investment plan 2025 to 2030</a></h3>'
           '<p>PDF, 2.4 MB, 64 pages</p><p>This file may not be suitable for users of assistive technology.</p></section>'
           '<h2>Details</h2><p>The plan sets out how the department will invest in harbours, sea defences and town centres on the coast over five years.</p>' % frm_org,
           "detailed_guide")
    simple("/government/consultations/harbour-dues-reform", "Open consultation", "Harbour dues reform",
           '<p>This consultation closes at 11:59pm on 1 May 2025</p><dl><dt>From:</dt><dd>%s</dd><dt>Published</dt><dd>5 March 2025</dd></dl>'
           '<h2>Summary</h2><p>We are seeking views on how small harbours set and collect dues from leisure and fishing boats.</p>'
           '<h2>Ways to respond</h2><p><a href="/government/consultations/harbour-dues-reform/respond">Respond online</a></p>' % frm_org, "consultation")
    simple("/government/people/ellen-marsh", "Biography", "The Rt Hon Ellen Marsh MP",
           '<p>Ellen Marsh was appointed Secretary of State for Coastal Communities in July 2024. She is the MP for Saltby and Wyke.</p>'
           '<h2>Roles</h2><ul><li>Secretary of State for Coastal Communities</li></ul><h2>Latest from Ellen Marsh</h2><ul>'
           '<li><a href="/government/speeches/coastal-communities-secretary-speech-at-the-harbour-towns-summit">Coastal Communities Secretary speech at the Harbour Towns Summit</a></li></ul>', "person")
    simple("/government/statistics/harbour-traffic-statistics-2024", "Official Statistics", "Harbour traffic statistics: 2024",
           '<p>Release date: 27 February 2025</p><table><tr><th>Harbour</th><th>Landings (tonnes)</th></tr><tr><td>Whitby</td><td>3,410</td></tr><tr><td>Newlyn</td><td>11,202</td></tr></table>'
           '<p><a href="/government/uploads/harbour-traffic-2024.ods">Harbour traffic 2024 (ODS, 84 KB)</a></p>', "statistics")
    news = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]
    simple("/search/news-and-communications", "Search", "News and communications",
           '<p>3 results</p><ul class="gem-c-document-list">%s</ul>' % "".join(
               '<li class="gem-c-document-list__item"><a href="%s">%s</a><p>%s</p></li>' % (p, E(tt), org) for p, tt in news), "finder")
    simple(orgp, "Organisation", org,
           '<p>We support the people and economies of England\u2019s coastal towns.</p><h2>Latest from the %s</h2><ul>%s</ul>'
           '<h2>Our ministers</h2><p><a href="/government/people/ellen-marsh">%s</a> Secretary of State</p>'
           '<h2>Contact</h2><p>2 Marsham Street, London</p>' % (org, teasers(news), minister), "organisation")
    s.home(shell("Welcome to GOV.UK", '<h1 class="govuk-heading-xl">Welcome to GOV.UK</h1><p>The best place to find government services and information</p>'
                 '<ul>%s</ul>' % teasers(s.links), fmt="homepage"))
    atom = "".join('<entry><id>%s</id><updated>%sT10:00:00+00:00</updated><link rel="alternate" type="text/html" href="%s"/><title>%s</title></entry>' % (
        a["url"], a["date"], a["url"], E(a["title"])) for a in s.mine())
    s.raw(orgp + ".atom", '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>%s - Activity on GOV.UK</title>%s</feed>' % (org, atom))


# ---------------------------------------------------------------- 2 US federal agency
def usagency():
    s = Site(2, "US AWI")
    nav = [("/newsroom", "Newsroom"), ("/newsroom/news-releases", "News Releases"), ("/blog", "Blog"), ("/data", "Data"), ("/contact-us", "Contact Us")]

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>%s | US AWI</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">%s</head>'
                '<body class="path-node page-node-type-news-release"><section class="usa-banner"><div class="usa-banner__header">'
                '<p>An official website of the United States government</p><p>Here\u2019s how you know</p></div></section>'
                '<header class="usa-header usa-header--extended"><a href="/" class="usa-logo">U.S. Agency for Water Infrastructure</a>'
                '<nav class="usa-nav"><ul class="usa-nav__primary">%s</ul></nav></header>'
                '<main id="main" class="main" role="main"><div class="l-page">%s</div></main>'
                '<footer class="usa-footer"><p>Contact Us to ask a question, provide feedback, or report a problem.</p><ul>'
                '<li><a href="/accessibility">Accessibility</a></li><li><a href="/foia">FOIA</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>') % (
            E(title), head, "".join('<li class="usa-nav__primary-item"><a href="%s">%s</a></li>' % (p, l) for p, l in nav), inner)

    def dc(created, typ, desc):
        return ('<meta name="DC.description" content="%s"><meta name="DC.type" content="%s"><meta name="DC.date.created" content="%s">'
                '<meta name="DC.date.reviewed" content="2025-03-10"><meta name="DC.language" content="en"><meta name="DC.creator" content="US AWI"><meta property="og:type" content="article">') % (
            E(desc), typ, created)

    # 1 news release
    t = "AWI Awards $48 Million to Replace Lead Service Lines in Four Great Lakes Cities"
    path = "/newsroom/news-releases/awi-awards-48-million-replace-lead-service-lines-four-great-lakes-cities"
    body = P([
        "CHICAGO (March 4, 2025) \u2014 Today, the U.S. Agency for Water Infrastructure (AWI) announced $48 million in grants to replace lead service lines in Gary, Indiana; Flint, Michigan; Toledo, Ohio; and Kenosha, Wisconsin.",
        "The funding will replace an estimated 6,200 lead pipes that connect homes to water mains. Each city will prioritize neighborhoods with schools and child care centers, and residents will not be charged for the replacement of the portion of the line on their property.",
        "\u201cNo family should have to wonder whether the water from their kitchen tap is safe,\u201d said AWI Regional Administrator Marcus Bell. \u201cThese grants let cities finish work that many of them started years ago but could not afford to complete.\u201d",
        "The cities must complete an inventory of remaining lead lines before construction begins and share the results with residents. AWI will provide technical assistance through its regional office in Chicago.",
        "Since 2022, AWI has provided more than $1.1 billion to replace lead service lines across the Great Lakes region.",
    ]) + '<h2>Background</h2>' + P(["Lead can cause serious health problems, particularly for young children. Lead enters drinking water mainly when service lines that contain lead corrode."])
    inner = ('<div class="usa-breadcrumb"><a href="/">Home</a> / <a href="/newsroom">Newsroom</a> / <a href="/newsroom/news-releases">News Releases</a></div>'
             '<article class="node node--type-news-release"><p class="news-release-heading">News Releases from <a href="/newsroom/region-5">Region 05</a></p>'
             '<h1 class="page-title"><span class="field field--name-title">%s</span></h1>'
             '<div class="l-sidebar"><div class="field field--name-field-press-office-contact"><p><strong>Contact Information</strong></p>'
             '<p>Dana Whitfield (whitfield.dana@awi.gov)<br>312-555-0133</p></div></div>'
             '<div class="news-release-date"><span class="label">Release Date:</span> <time datetime="2025-03-04T12:00:00Z">March 4, 2025</time></div>'
             '<div class="field field--name-body">%s</div></article>'
             '<div class="l-page__footer"><p class="page-last-updated">Last updated on March 10, 2025</p></div>') % (E(t), body)
    s.art(path, shell(t, inner, dc("2025-03-04", "News Release", "AWI announces lead service line grants")), t, "2025-03-04", [],
          must_not=["Dana Whitfield (whitfield.dana@awi.gov)"])

    # 2 news release national
    t = "AWI Proposes Limits on PFAS Discharges from Metal Finishing Plants"
    path = "/newsroom/news-releases/awi-proposes-limits-pfas-discharges-metal-finishing-plants"
    body = P([
        "WASHINGTON (February 27, 2025) \u2014 The U.S. Agency for Water Infrastructure today proposed the first national limits on discharges of PFAS from metal finishing and electroplating facilities into rivers and municipal sewer systems.",
        "About 1,800 facilities would be covered by the proposal. Most would be able to meet the limits by installing activated carbon or ion exchange treatment, technologies that several states already require. AWI estimates that the rule would cut PFAS loads from the sector by about 90 percent.",
        "The proposal responds to studies showing that wastewater treatment plants receiving water from these facilities pass much of the PFAS through to rivers that other communities use for drinking water.",
        "AWI will accept public comments for 60 days after publication in the Federal Register and will hold two virtual public hearings in April. Small businesses may request technical assistance through the agency\u2019s small business ombudsman.",
    ])
    inner = ('<div class="usa-breadcrumb"><a href="/">Home</a> / <a href="/newsroom">Newsroom</a></div>'
             '<article class="node node--type-news-release"><p class="news-release-heading">News Releases from <a href="/newsroom/headquarters">Headquarters</a> \u203a '
             '<a href="/newsroom/office-of-water">Water (OW)</a></p><h1 class="page-title">%s</h1>'
             '<div class="l-sidebar"><p><strong>Contact Information</strong></p><p>AWI Press Office (press@awi.gov)</p></div>'
             '<div class="news-release-date"><span class="label">Release Date:</span> <time datetime="2025-02-27T12:00:00Z">February 27, 2025</time></div>'
             '<div class="field field--name-body">%s</div></article>') % (E(t), body)
    s.art(path, shell(t, inner, dc("2025-02-27", "News Release", "AWI proposes PFAS limits")), t, "2025-02-27", [])

    # 3 blog
    t = "What a Water Main Break Taught One Small Town About Asset Management"
    path = "/blog/2025/03/what-water-main-break-taught-one-small-town-about-asset-management"
    body = P([
        "When a 70-year-old cast iron main broke under the main street of Harlan Springs last winter, the town\u2019s two-person utility staff spent three days finding the right valves to close. Nobody had a reliable map.",
        "That week became the start of an asset management plan. With help from a state rural water association, the town walked every street, recorded the age and material of each pipe and valve, and entered the information into a free spreadsheet tool that AWI and its partners developed for small systems.",
        "The results were sobering but useful. Almost a third of the mains were older than their expected service life, and the town\u2019s rates covered barely half of what it would cost to replace them over the next 30 years. The council used the plan to phase in a rate increase and to apply for a low-interest loan.",
        "Small systems serve millions of Americans, and many of them face the same problem Harlan Springs did. If your community is starting an asset management plan, our regional offices and technical assistance providers can help.",
    ])
    inner = ('<article class="node node--type-perspective"><p class="blog-label">AWI Blog</p><h1 class="page-title">%s</h1>'
             '<div class="blog-byline"><p>By Kevin Osei, Office of Water</p><p>'
             '<time datetime="2025-03-07T12:00:00Z">March 7, 2025</time></p></div>'
             '<div class="field field--name-body">%s</div>'
             '<div class="field--name-field-author-bio"><p><em>Kevin Osei is an environmental engineer in AWI\u2019s Office of Water who works with small drinking water systems.</em></p></div>'
             '<p class="tags">Tags: <a href="/blog/topics/small-systems">Small Systems</a></p></article>') % (E(t), body)
    s.art(path, shell(t, inner, dc("2025-03-07", "Blog", "Asset management in a small town")), t, "2025-03-07", ["Kevin Osei"])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<h1 class="page-title">%s</h1>%s' % (E(title), inner), '<meta property="og:type" content="website">'), title)

    simple("/newsroom/news-releases", "Search News Releases",
           '<form><input name="search_api_views_fulltext"></form><div class="views-table"><ul>%s</ul></div>' % teasers(rel[:2]))
    simple("/blog/topics/small-systems", "Small Systems", '<ul>%s</ul>' % teasers(rel[2:]))
    simple("/data", "Drinking Water Data and Statistics",
           '<p>Download national drinking water compliance data.</p><table><tr><th>Year</th><th>Systems with violations</th></tr><tr><td>2023</td><td>8,214</td></tr><tr><td>2024</td><td>7,930</td></tr></table>')
    simple("/events/public-hearing-pfas-metal-finishing", "Virtual Public Hearing: PFAS Limits for Metal Finishing",
           '<p><strong>Date:</strong> April 15, 2025, 1:00 p.m. - 5:00 p.m. ET</p><p><strong>Location:</strong> Online</p><p>Register to speak by April 8, 2025.</p>')
    simple("/contact-us", "Contact Us", '<p>Press inquiries: press@awi.gov</p><p>Regional offices: Chicago, Dallas, Denver, Seattle</p>')
    simple("/newsroom", "Newsroom", '<h2>Latest news releases</h2><ul>%s</ul><h2>Media contacts</h2><p>press@awi.gov</p>' % teasers(rel))
    s.home(shell("US Agency for Water Infrastructure", '<h1>Safe water, sound infrastructure</h1><ul>%s</ul>' % teasers(s.links)))


# ---------------------------------------------------------------- 3 European Commission press corner
def ecpress():
    s = Site(3, "European Commission")
    base = "/commission/presscorner/detail/en/"

    def shell(inner, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press corner | European Commission</title>'
                '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Press corner of the European Commission">%s</head>'
                '<body class="ecl"><header class="ecl-site-header"><a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.eu">European Commission</a>'
                '<div class="ecl-site-header__language">English</div><nav class="ecl-menu"><ul>'
                '<li><a href="/commission/presscorner/home/en">Press corner</a></li><li><a href="/commission/presscorner/home/en/daily-news">Daily news</a></li>'
                '<li><a href="/commission/presscorner/home/en/media-contacts">Media contacts</a></li><li><a href="/commission/presscorner/home/en/agenda">Agenda</a></li></ul></nav></header>'
                '<main class="ecl-container">%s</main><footer class="ecl-site-footer"><p>Follow the European Commission on social media</p>'
                '<ul><li><a href="/commission/presscorner/home/en/about">About the press corner</a></li><li><a href="/legal-notice">Legal notice</a></li></ul></footer></body></html>') % (head, inner)

    def header(kind, day, place, title):
        return ('<div class="ecl-page-header"><div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">%s</span>'
                '<span class="ecl-page-header__meta-item">%s</span><span class="ecl-page-header__meta-item">%s</span></div>'
                '<h1 class="ecl-page-header__title">%s</h1></div>'
                '<div class="ecl-u-d-flex"><a class="ecl-link" href="#">Print friendly pdf</a> <span>English</span></div>') % (kind, day, place, E(title))

    def contacts(people):
        return '<div class="ecl-col"><h3>Press contacts:</h3><ul class="ecl-unordered-list">%s</ul><p>General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email</p></div>' % "".join(
            '<li><strong>%s</strong><br>Phone +32 2 29 %s<br>Mail %s@ec.europa.eu</li>' % (n, ph, n.lower().replace(" ", ".")) for n, ph in people)

    t = "Commission approves \u20ac1.2 billion Portuguese scheme to support offshore wind ports"
    path = base + "ip_25_612"
    body = P([
        "Brussels, 3 March 2025",
        "The European Commission has approved, under EU State aid rules, a \u20ac1.2 billion Portuguese scheme to support the upgrade of ports that will serve the installation and maintenance of floating offshore wind farms in the Atlantic.",
        "The scheme will support investments in quays, heavy-load storage areas and assembly halls in at least three ports. The aid will take the form of direct grants and will be awarded through a competitive bidding process that is open to all port authorities and operators. The scheme will run until the end of 2030.",
        "The Commission assessed the measure under Article 107(3)(c) of the Treaty on the Functioning of the European Union and the Guidelines on State aid for climate, environmental protection and energy. It found that the scheme is necessary and appropriate to facilitate the development of offshore wind energy, that the aid has an incentive effect and that it is limited to the minimum necessary.",
    ]) + "<h2>Background</h2>" + P([
        "The non-confidential version of the decision will be made available under the case number SA.112345 in the State aid register on the Commission's competition website once any confidentiality issues have been resolved.",
    ]) + '<h4>Quote(s)</h4><blockquote class="ecl-blockquote"><p>\u201cPorts are where the energy transition becomes concrete. This scheme will help Portugal build the quays that floating wind needs.\u201d</p><footer>Executive Vice-President Laura Brandt</footer></blockquote>' + \
        '<p class="ecl-u-type-bold">IP/25/612</p>' + contacts([("Arianna Podestà", "8 74 85"), ("Mikko Salonen", "6 33 18")])
    s.art(path, shell(header("Press release", "3 March 2025", "Brussels", t) + '<div class="ecl-paragraph">%s</div>' % body, '<meta property="og:type" content="article">'),
          t, "2025-03-03", [], must=["The scheme will support investments in quays, heavy-load storage areas and assembly halls in at least three ports."],
          must_not=["General public inquiries: Europe Direct by phone"])

    t = "Daily News 04/03/2025"
    path = base + "mex_25_640"
    body = "".join('<h2 class="ecl-u-type-heading-2">%s</h2>%s' % (E(h), P(ps)) for h, ps in [
        ("Commission registers European citizens' initiative on night train connections", [
            "Today, the European Commission decided to register a European citizens' initiative entitled 'Bring back the night trains'. The organisers call on the Commission to propose measures to revive overnight rail services between EU capitals.",
            "Following today's registration, the organisers have six months to open the signature collection. If the initiative receives one million statements of support within one year, from at least seven Member States, the Commission will have to respond."]),
        ("EU disburses \u20ac320 million to Croatia under the Recovery and Resilience Facility", [
            "The Commission has disbursed \u20ac320 million to Croatia, the country's fourth payment under the Recovery and Resilience Facility. The payment follows the completion of milestones on the reform of the energy market and the digitalisation of land registers."]),
        ("Commission welcomes political agreement on cross-border parking fines", [
            "The Commission welcomes the provisional agreement reached last night between the European Parliament and the Council on new rules to make it easier to enforce parking and speeding fines across borders. The rules will now need to be formally adopted by both institutions."]),
    ]) + '<p>MEX/25/640</p>' + contacts([("Jonas Weber", "9 12 44")])
    s.art(path, shell(header("Daily News", "4 March 2025", "Brussels", t) + '<div class="ecl-paragraph">%s</div>' % body, '<meta property="og:type" content="article">'),
          t, "2025-03-04", [], must=["The Commission has disbursed \u20ac320 million to Croatia, the country's fourth payment under the Recovery and Resilience Facility."])

    t = "Statement on the agreement to protect the Baltic Sea from ammunition dumped after the Second World War"
    path = base + "statement_25_655"
    body = P([
        "Brussels, 7 March 2025",
        "The Commission welcomes the agreement reached today by the eight EU Member States bordering the Baltic Sea to jointly map, monitor and, where necessary, remove conventional and chemical munitions dumped on the seabed after the Second World War.",
        "An estimated 50,000 tonnes of such munitions lie in the Baltic. As their casings corrode, toxic substances are released into the marine environment and the risk grows for fishers, cable layers and the offshore wind industry.",
        "The Commission will support the first phase of the work with \u20ac25 million from the European Maritime, Fisheries and Aquaculture Fund and will coordinate a common database of dumpsites. We call on all parties to complete the mapping of priority sites by the end of 2026.",
    ]) + '<p>STATEMENT/25/655</p>' + contacts([("Arianna Podestà", "8 74 85")])
    s.art(path, shell(header("Statement", "7 March 2025", "Brussels", t) + '<div class="ecl-paragraph">%s</div>' % body, '<meta property="og:type" content="article">'),
          t, "2025-03-07", [])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell('<div class="ecl-page-header"><h1 class="ecl-page-header__title">%s</h1></div>%s' % (E(title), inner)), title)

    simple("/commission/presscorner/home/en/daily-news", "Daily News", '<ul>%s</ul>' % teasers(rel[1:2]))
    simple("/commission/presscorner/home/en/media-contacts", "Media contacts",
           '<h2>Spokesperson\u2019s Service</h2><ul><li>Chief Spokesperson: Paula Ruiz, +32 2 29 1 11 11</li><li>Competition: Arianna Podestà, +32 2 29 8 74 85</li><li>Environment: Jonas Weber, +32 2 29 9 12 44</li></ul>')
    simple("/commission/presscorner/home/en/agenda", "Commission agenda",
           '<h2>Week of 10 March 2025</h2><ul><li>Tuesday 11 March: College meeting, Strasbourg</li><li>Wednesday 12 March: Commissioner Brandt visits Lisbon</li></ul>')
    simple("/commission/presscorner/detail/en/qanda_25_600", "Factsheet: Offshore wind ports",
           '<p>Factsheet | 3 March 2025</p><p><a href="/commission/presscorner/api/files/document/print/en/fs_25_600/FS_25_600_EN.pdf">FS_25_600_EN.pdf</a> (PDF, 412 KB)</p>')
    simple("/commission/presscorner/home/en/about", "About the press corner", '<p>The press corner is the Commission\u2019s hub for press releases, statements and speeches.</p>')
    s.home(shell('<div class="ecl-page-header"><h1 class="ecl-page-header__title">Press corner</h1></div><h2>Latest</h2><ul>%s</ul>' % teasers(s.links)))


# ---------------------------------------------------------------- 4 Bundestag-like
def bundestag():
    s = Site(4, "Deutscher Bundestag")

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Deutscher Bundestag - %s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body><div class="bt-header"><a class="bt-logo" href="/">Deutscher Bundestag</a><nav class="bt-hauptnavigation"><ul>'
                '<li><a href="/parlament">Parlament</a></li><li><a href="/abgeordnete">Abgeordnete</a></li><li><a href="/ausschuesse">Ausschüsse</a></li>'
                '<li><a href="/dokumente/textarchiv">Textarchiv</a></li><li><a href="/presse/hib">hib - heute im bundestag</a></li></ul></nav>'
                '<form class="bt-suche" action="/suche"><input name="suchbegriff" placeholder="Suche"></form></div>'
                '<div class="container bt-standard-content"><div class="row">%s</div></div>'
                '<footer class="bt-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/kontakt">Kontakt</a></li></ul>'
                '<p>&copy; Deutscher Bundestag</p></footer></body></html>') % (E(title), head, inner)

    def hib(path, nr, ressort, day, title, teaser, paras, kuerzel):
        body = '<p><strong>Berlin: (hib/%s)</strong> %s</p>%s' % (kuerzel, E(paras[0]), P(paras[1:]))
        inner = ('<div class="col-xs-12 bt-breadcrumb"><a href="/">Startseite</a> &gt; <a href="/presse/hib">Presse</a> &gt; <a href="/presse/hib/kurzmeldungen">hib - Kurzmeldungen</a></div>'
                 '<article class="bt-artikel col-xs-12 col-md-8"><div class="bt-artikel__title">'
                 '<p class="bt-dachzeile">%s - %s (hib %s/2025)</p><h1 class="bt-artikel__title">%s</h1></div>'
                 '<p class="bt-artikel__teaser"><strong>%s</strong></p><div class="bt-artikel__text">%s</div>'
                 '<div class="bt-artikel__footer"><p>Herausgeber: Deutscher Bundestag, Parlamentsnachrichten<br>Verantwortlich: Christian Hausmann<br>'
                 'Redaktion: Lisa Brüßler, Carolin Hasse, Michael Klein</p></div></article>'
                 '<aside class="col-md-4"><h2>Mehr zum Thema</h2><ul><li><a href="/ausschuesse/a15_verkehr">Verkehrsausschuss</a></li></ul></aside>') % (
            ressort, day, nr, E(title), E(teaser), body)
        return shell(title, inner, '<meta property="og:title" content="%s"><meta property="og:type" content="article">' % E(title))

    t = "Ausschuss billigt Reform der Lkw-Maut für Handwerksbetriebe"
    path = "/presse/hib/kurzmeldungen-1045678"
    s.art(path, hib(path, "142", "Verkehr/Ausschuss", "05.03.2025", t,
                    "Kleine Lieferfahrzeuge von Handwerksbetrieben sollen dauerhaft von der Lkw-Maut befreit bleiben.", [
                        "Der Verkehrsausschuss hat am Mittwochvormittag den Gesetzentwurf der Bundesregierung zur Änderung des Bundesfernstraßenmautgesetzes (21/412) in geänderter Fassung angenommen. Für die Vorlage stimmten die Koalitionsfraktionen, die Opposition enthielt sich.",
                        "Mit dem Gesetz wird die bislang befristete Ausnahme für Fahrzeuge zwischen 3,5 und 7,5 Tonnen, die von Handwerksbetrieben für eigene Zwecke genutzt werden, dauerhaft festgeschrieben. Der Bundesrat hatte in seiner Stellungnahme darauf gedrängt, die Ausnahme zu entfristen, um kleine Betriebe im ländlichen Raum nicht zusätzlich zu belasten.",
                        "Die Koalitionsfraktionen setzten im Ausschuss einen Änderungsantrag durch, nach dem das Bundesamt für Logistik und Mobilität die Einhaltung der Ausnahme künftig stichprobenartig prüfen soll. Ein Vertreter der Opposition kritisierte, dass damit neue Bürokratie für die Betriebe entstehe.",
                        "Der Bundestag soll am Donnerstag abschließend über den Gesetzentwurf beraten.",
                    ], "CHE"), t, "2025-03-05", [],
          must=["Der Bundestag soll am Donnerstag abschließend über den Gesetzentwurf beraten."])

    t = "Sachverständige uneins über Tempolimit auf Landstraßen"
    path = "/presse/hib/kurzmeldungen-1045702"
    s.art(path, hib(path, "147", "Verkehr/Anhörung", "06.03.2025", t,
                    "In einer öffentlichen Anhörung des Verkehrsausschusses haben Sachverständige unterschiedlich auf ein generelles Tempolimit von 80 km/h auf Landstraßen geblickt.", [
                        "Die Expertinnen und Experten waren sich am Mittwochnachmittag in der Anhörung zu einem Antrag der Fraktion Bündnis 90/Die Grünen (21/388) nicht einig, ob ein generelles Tempolimit von 80 Kilometern pro Stunde auf Landstraßen die Zahl der Verkehrstoten spürbar senken würde.",
                        "Ein Vertreter des Deutschen Verkehrssicherheitsrates verwies auf Erfahrungen aus Frankreich, wo die Zahl der Toten auf Landstraßen nach einer Absenkung der Höchstgeschwindigkeit zurückgegangen sei. Landstraßen seien in Deutschland die gefährlichsten Straßen, dort sterbe fast jeder zweite Verkehrstote.",
                        "Ein Sachverständiger des Automobilclubs hielt dagegen, dass viele Unfälle an Kreuzungen und Baumreihen geschähen und sich durch Umbau und Schutzplanken gezielter verhindern ließen. Ein generelles Tempolimit treffe auch gut ausgebaute Strecken, auf denen kaum Unfälle passierten.",
                        "Die Vertreterin des Deutschen Landkreistages betonte, dass die Kreise schon heute an Unfallschwerpunkten die Geschwindigkeit begrenzen könnten, dafür aber mehr Personal in den Straßenverkehrsbehörden bräuchten.",
                    ], "MIK"), t, "2025-03-06", [])

    t = "Bundestag berät über Sanierung maroder Autobahnbrücken"
    path = "/dokumente/textarchiv/2025/kw10-de-autobahnbruecken-1045990"
    body = P([
        "Der Bundestag berät am Donnerstag, 6. März 2025, erstmals über einen Gesetzentwurf der Bundesregierung, mit dem die Sanierung von Autobahnbrücken beschleunigt werden soll (21/455). Für die Aussprache sind nach der Tagesordnung 60 Minuten vorgesehen. Im Anschluss soll die Vorlage an den Verkehrsausschuss überwiesen werden.",
        "Nach Angaben der Bundesregierung müssen in den kommenden zehn Jahren rund 4.000 Autobahnbrücken saniert oder ersetzt werden. Viele der Bauwerke stammen aus den 1960er- und 1970er-Jahren und sind für den heutigen Schwerlastverkehr nicht ausgelegt.",
        "Der Gesetzentwurf sieht vor, dass Ersatzneubauten, die die bisherige Trasse im Wesentlichen beibehalten, ohne neues Planfeststellungsverfahren errichtet werden dürfen. Zudem sollen Umweltprüfungen parallel zur Ausführungsplanung stattfinden können.",
        "Die Autobahn GmbH des Bundes soll außerdem Aufträge für Serienbrücken bündeln dürfen, um Planungs- und Bauzeiten zu verkürzen.",
    ])
    inner = ('<div class="col-xs-12 bt-breadcrumb"><a href="/">Startseite</a> &gt; <a href="/dokumente">Dokumente</a> &gt; <a href="/dokumente/textarchiv">Textarchiv</a> &gt; 2025 &gt; Kw 10</div>'
             '<article class="bt-artikel col-xs-12 col-md-8"><div class="bt-artikel__title"><p class="bt-dachzeile">Verkehr</p><h1 class="bt-artikel__title">%s</h1></div>'
             '<div class="bt-termin"><p><strong>Donnerstag, 6. März 2025, 13.20 Uhr</strong></p><p>Plenarsitzung, Reichstagsgebäude</p></div>'
             '<div class="bt-artikel__text">%s<p>(hau/03.03.2025)</p></div></article>'
             '<aside class="col-md-4"><h2>Dokumente</h2><ul><li><a href="/drucksachen/21-455.pdf">21/455 - Gesetzentwurf (PDF)</a></li></ul>'
             '<h2>Tagesordnung</h2><ul><li><a href="/tagesordnungen/sitzungswoche-10">Tagesordnung der Sitzungswoche</a></li></ul></aside>') % (E(t), body)
    s.art(path, shell(t, inner, '<meta property="og:type" content="article">'), t, "2025-03-03", [],
          must=["Die Autobahn GmbH des Bundes soll außerdem Aufträge für Serienbrücken bündeln dürfen, um Planungs- und Bauzeiten zu verkürzen."])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<div class="col-xs-12"><h1>%s</h1>%s</div>' % (E(title), inner)), title)

    simple("/ausschuesse/a15_verkehr", "Verkehrsausschuss",
           '<p>Der Ausschuss für Verkehr hat 38 Mitglieder.</p><h2>Vorsitz</h2><p>Thomas Berger (CDU/CSU)</p><h2>Aktuelle Meldungen</h2><ul>%s</ul>' % teasers(rel))
    simple("/ausschuesse/a15_verkehr/anhoerungen/tempolimit", "Öffentliche Anhörung zum Tempolimit auf Landstraßen",
           '<p>Mittwoch, 5. März 2025, 14 Uhr</p><p>Paul-Löbe-Haus, Sitzungssaal E.600</p><p>Sachverständige:</p><ul><li>Deutscher Verkehrssicherheitsrat</li><li>Deutscher Landkreistag</li></ul>'
           '<p>Anmeldung für Besucher bis 3. März 2025.</p>')
    simple("/abgeordnete/biografien/B/berger_thomas-861234", "Thomas Berger, CDU/CSU",
           '<p>Geboren 1971 in Passau; verheiratet; zwei Kinder.</p><p>Mitglied des Deutschen Bundestages seit 2013. Vorsitzender des Verkehrsausschusses.</p>')
    simple("/tagesordnungen/sitzungswoche-10", "Tagesordnung der 12. Sitzung",
           '<table><tr><td>13.20 Uhr</td><td>TOP 8 Sanierung von Autobahnbrücken</td></tr><tr><td>14.20 Uhr</td><td>TOP 9 Bundesfernstraßenmautgesetz</td></tr></table>')
    simple("/presse/hib/kurzmeldungen", "hib - Kurzmeldungen", '<ul>%s</ul>' % teasers(rel[:2]))
    simple("/dokumente/textarchiv", "Textarchiv", '<h2>2025 Kw 10</h2><ul>%s</ul>' % teasers(rel[2:]))
    s.home(shell("Startseite", '<div class="col-xs-12"><h1 class="sr-only">Deutscher Bundestag</h1><ul>%s</ul></div>' % teasers(s.links)))


# ---------------------------------------------------------------- 5 UN News-like
def unnews():
    s = Site(5, "UN News")

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>%s | UN News</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0">%s</head>'
                '<body class="path-node page-node-type-news-story"><header role="banner"><a href="/" class="site-logo">UN News</a>'
                '<p class="site-slogan">Global perspective Human stories</p><nav><ul><li><a href="/en/news/topic/peace-and-security">Peace and Security</a></li>'
                '<li><a href="/en/news/topic/climate-change">Climate Change</a></li><li><a href="/en/news/topic/humanitarian-aid">Humanitarian Aid</a></li>'
                '<li><a href="/en/audio-product/un-news-podcasts">Audio Hub</a></li><li><a href="/en/search">Search</a></li></ul></nav></header>'
                '<main role="main"><div class="layout-content">%s</div></main>'
                '<footer><ul><li><a href="/en/about-un-news">About UN News</a></li><li><a href="/en/terms">Terms of use</a></li></ul><p>&copy; United Nations</p></footer></body></html>') % (
            E(title), head, inner)

    def story(path, title, iso, day, topic, topicp, lead, paras, byline="", photo=""):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": iso, "author": {"@type": "Organization", "name": "UN News"},
              "publisher": {"@type": "Organization", "name": "UN News"}}
        inner = ('<article class="node node--type-news-story"><div class="story-header"><h1 class="story-title"><span>%s</span></h1>'
                 '<div class="story-meta"><div class="field--name-field-news-story-date"><time datetime="%s" class="datetime">%s</time></div>'
                 '<div class="field--name-field-news-topics"><a href="%s">%s</a></div></div>%s</div>'
                 '%s<div class="field--name-field-lead"><p>%s</p></div><div class="field--name-field-text-column">%s</div>'
                 '<div class="block-share"><p>Share this story</p></div></article>'
                 '<aside class="related-stories"><h2>Related</h2><ul><li><a href="/en/news/topic/peace-and-security">More on Peace and Security</a></li></ul></aside>') % (
            E(title), iso, day, topicp, topic, byline, photo, E(lead), P(paras))
        return shell(title, inner, '<meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (E(title), jl(ld)))

    t = "Lake Chad Basin: Displacement rises as violence spreads to new areas, UN warns"
    path = "/en/story/2025/03/1160716"
    s.art(path, story(path, t, "2025-03-03T12:00:00Z", "3 March 2025", "Peace and Security", "/en/news/topic/peace-and-security",
                      "The number of people forced from their homes in the Lake Chad Basin has risen by more than 100,000 since November, the UN refugee agency said on Monday, as attacks by armed groups spread to districts that had been relatively calm.",
                      ["Speaking to journalists in Geneva, a spokesperson for the agency said that many of the newly displaced had fled with nothing and were sheltering in schools, mosques and with host families who themselves struggle to feed their children.",
                       "Humanitarian access remains difficult. Roads are mined in several places and some communities can only be reached by boat or by air. Aid agencies have delivered food and shelter kits to around 40,000 people so far, but warn that stocks will run out before the lean season begins in June.",
                       "The 2025 humanitarian plan for the region is less than 10 per cent funded. The UN and its partners have appealed for $1.6 billion to help 7 million people across Cameroon, Chad, Niger and Nigeria.",
                       "\u201cThe people of the Lake Chad Basin have shown extraordinary resilience over more than a decade of crisis,\u201d the spokesperson said. \u201cBut resilience has limits, and we are reaching them.\u201d"],
                      photo='<figure class="story-image"><img src="/sites/news/files/lake-chad.jpg" alt="Displaced women in a camp"><figcaption>\u00a9 UNHCR/Aisha Mahamat A camp for displaced people near Diffa, Niger.</figcaption></figure>'),
          t, "2025-03-03", [], must_not=["Share this story"])

    t = "Glaciers are shrinking faster than ever, with water supplies for two billion at risk"
    path = "/en/story/2025/03/1160801"
    s.art(path, story(path, t, "2025-03-05T12:00:00Z", "5 March 2025", "Climate Change", "/en/news/topic/climate-change",
                      "The world\u2019s glaciers lost more ice in the past three years than in any three-year period on record, according to a report published on Wednesday by the World Meteorological Organization.",
                      ["Glaciers in the Alps, the Andes and High Mountain Asia were hit particularly hard, the report found, with some small glaciers in the Pyrenees and the Rocky Mountains disappearing altogether.",
                       "Mountain glaciers act as water towers for around two billion people, releasing meltwater in dry seasons that farmers and cities depend on. As they shrink, that buffer is lost, first with bigger floods and then with less water.",
                       "The report calls for better monitoring in regions where few measurements exist and for early warning systems for glacial lake outburst floods, which have killed hundreds of people in the Himalayas in recent decades.",
                       "WMO said that many of the changes were now irreversible on timescales that matter to people alive today, but that cutting emissions quickly would still determine how much ice survives into the next century."]),
          t, "2025-03-05", [])

    t = "INTERVIEW: \u2018The midwife is often the only health worker for a day\u2019s walk\u2019"
    path = "/en/interview/2025/03/1160855"
    s.art(path, story(path, t, "2025-03-06T12:00:00Z", "6 March 2025", "Women", "/en/news/topic/women",
                      "Ahead of International Women\u2019s Day, UN News spoke to a midwife in rural Nepal about training, long nights and the mothers she will never forget.",
                      ["Sita Gurung has worked as a midwife in the hills of western Nepal for eighteen years. Her health post serves villages that are up to a day\u2019s walk away, and she often delivers babies by the light of a head torch.",
                       "UN News: What has changed since you started?",
                       "Sita Gurung: When I started, most women gave birth at home and we only saw them when something went wrong. Now many come to the health post, partly because of the cash incentive and partly because they trust us more. That trust took years to build.",
                       "UN News: What do you need most?",
                       "Sita Gurung: A second midwife. When I am ill or on leave, there is nobody. And a reliable way to call an ambulance, because the nearest hospital is four hours away by road when the road is open.",
                       "The UN Population Fund estimates that the world is short of almost one million midwives, with the largest gaps in low-income countries."],
                      byline='<div class="field--name-field-byline"><p>By Priya Raman</p></div>'),
          t, "2025-03-06", ["Priya Raman"])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<h1 class="page-title">%s</h1>%s' % (E(title), inner)), title)

    simple("/en/news/topic/peace-and-security", "Peace and Security", '<div class="view-content"><ul>%s</ul></div>' % teasers(rel[:1]))
    simple("/en/news/topic/climate-change", "Climate Change", '<div class="view-content"><ul>%s</ul></div>' % teasers(rel[1:2]))
    simple("/en/news/topic/women", "Women", '<div class="view-content"><ul>%s</ul></div>' % teasers(rel[2:]))
    simple("/en/audio-product/un-news-podcasts", "UN News podcasts",
           '<ul><li>The Lid Is On - 6 March 2025 - 12 minutes</li><li>UN News Today - 5 March 2025 - 8 minutes</li></ul>')
    simple("/en/focus/sahel", "In Focus: Sahel", '<p>Background, key facts and the latest from UN agencies working in the Sahel.</p><ul>%s</ul>' % teasers(rel[:1]))
    simple("/en/about-un-news", "About UN News", '<p>UN News is produced by the News and Media Division of the UN Department of Global Communications.</p>')
    s.home(shell("Global perspective Human stories", '<h1 class="visually-hidden">UN News</h1><h2>Top stories</h2><ul>%s</ul>' % teasers(s.links)))
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (
        E(a["title"]), a["url"], {"2025-03-03": "Mon, 03 Mar 2025", "2025-03-05": "Wed, 05 Mar 2025", "2025-03-06": "Thu, 06 Mar 2025"}[a["date"]] + " 12:00:00 +0000") for a in s.mine())
    s.raw("/feed/rss/v2/lang/en/all-news.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>UN News</title><link>%s</link>%s</channel></rss>' % (s.url("/en/"), items))


# ---------------------------------------------------------------- 6 Spanish city council (Liferay)
def ayto():
    s = Site(6, "Ayuntamiento de Valdemora")
    pre = "/es/actualidad/noticias/-/asset_publisher/nK3bQ7wZ/content/"

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html class="ltr" dir="ltr" lang="es-ES"><head><meta charset="utf-8"><title>%s - Ayuntamiento de Valdemora</title>'
                '<meta content="initial-scale=1.0, width=device-width" name="viewport"><meta name="generator" content="Liferay DXP">%s</head>'
                '<body class="controls-visible signed-out public-page site"><div id="wrapper"><header id="banner">'
                '<div class="fecha-hoy">Martes, 11 de marzo de 2025</div><a class="logo" href="/es/inicio">Ayuntamiento de Valdemora</a>'
                '<nav id="navigation"><ul><li><a href="/es/ayuntamiento">Ayuntamiento</a></li><li><a href="/es/actualidad/noticias">Noticias</a></li>'
                '<li><a href="/es/actualidad/agenda">Agenda</a></li><li><a href="/es/tramites">Trámites</a></li><li><a href="/es/contacto">Contacto</a></li></ul></nav></header>'
                '<section id="content"><div class="portlet-boundary portlet-journal-content">%s</div></section>'
                '<footer id="footer"><p>Plaza Mayor, 1 - 28999 Valdemora (Madrid) - Tel. 010</p><ul><li><a href="/es/aviso-legal">Aviso legal</a></li>'
                '<li><a href="/es/privacidad">Política de privacidad</a></li><li><a href="/es/accesibilidad">Accesibilidad</a></li></ul></footer></div></body></html>') % (
            E(title), head, inner)

    def noticia(title, fecha, area, entradilla, paras, fuente=True):
        inner = ('<div class="breadcrumb"><a href="/es/inicio">Inicio</a> &gt; <a href="/es/actualidad">Actualidad</a> &gt; <a href="/es/actualidad/noticias">Noticias</a></div>'
                 '<div class="journal-content-article"><div class="noticia-detalle"><div class="noticia-cabecera">'
                 '<span class="noticia-fecha">%s</span> <span class="noticia-area"><a href="/es/actualidad/noticias/area/%s">%s</a></span></div>'
                 '<h1 class="noticia-titulo">%s</h1><p class="entradilla"><strong>%s</strong></p><div class="noticia-cuerpo">%s</div>%s</div></div>'
                 '<div class="asset-links"><h3>Otras noticias</h3><ul><li><a href="/es/actualidad/noticias">Ver todas las noticias</a></li></ul></div>') % (
            fecha, area.lower().replace(" ", "-"), E(area), E(title), E(entradilla), P(paras),
            '<p class="noticia-fuente">Fuente: Gabinete de Prensa</p>' if fuente else "")
        return shell(title, inner, '<meta property="og:title" content="%s"><meta property="og:type" content="website"><meta name="description" content="%s">' % (E(title), E(entradilla)))

    t = "El Ayuntamiento amplía el horario del autobús nocturno a los fines de semana"
    path = pre + "el-ayuntamiento-amplia-el-horario-del-autobus-nocturno"
    s.art(path, noticia(t, "04/03/2025", "Movilidad",
                        "La línea N1 funcionará hasta las 4.00 horas los viernes, sábados y vísperas de festivo a partir del 15 de marzo.", [
                            "El Ayuntamiento de Valdemora ampliará a partir del próximo 15 de marzo el horario de la línea nocturna N1, que unirá el centro con los barrios de El Soto y La Cañada hasta las 4.00 horas los viernes, sábados y vísperas de festivo.",
                            "La medida responde a una petición de las asociaciones vecinales y de los jóvenes del municipio, que en la encuesta de movilidad realizada el pasado otoño señalaron la falta de transporte nocturno como uno de los principales problemas de la ciudad.",
                            "La concejala de Movilidad, Rocío Martín, ha explicado que la ampliación supondrá un coste de unos 90.000 euros anuales y que se evaluará dentro de seis meses a partir del número de viajeros. \u201cQueremos que nadie tenga que elegir entre volver a casa andando de madrugada o no salir\u201d, ha señalado.",
                            "Los autobuses tendrán una frecuencia de 30 minutos y harán parada a demanda entre paradas a partir de las 23.00 horas para las mujeres y menores que viajen solos.",
                        ]), t, "2025-03-04", [], must_not=["Fuente: Gabinete de Prensa", "Martes, 11 de marzo de 2025"])

    t = "Valdemora plantará 1.200 árboles en los colegios para crear refugios climáticos"
    path = pre + "valdemora-plantara-1200-arboles-en-los-colegios"
    s.art(path, noticia(t, "07/03/2025", "Medio Ambiente",
                        "El plan de refugios climáticos actuará en los patios de los once colegios públicos del municipio antes del verano de 2026.", [
                            "El Ayuntamiento plantará 1.200 árboles y sustituirá el asfalto por superficies permeables en los patios de los once colegios públicos de Valdemora, dentro de un plan para convertirlos en refugios climáticos durante las olas de calor.",
                            "Las obras se realizarán por fases durante las vacaciones escolares para no interrumpir las clases. La primera fase, en los colegios Miguel Hernández y Rosalía de Castro, comenzará a finales de junio e incluirá también fuentes de agua potable y zonas de sombra con toldos.",
                            "El proyecto, con un presupuesto de 2,3 millones de euros, está financiado en un 80 % con fondos europeos. Las comunidades educativas de cada centro participarán en el diseño de los nuevos patios a través de talleres con alumnos, familias y profesorado.",
                            "Fuera del horario escolar, los patios se abrirán a los vecinos los fines de semana de julio y agosto.",
                        ]), t, "2025-03-07", [])

    t = "Abierto el plazo para solicitar las ayudas municipales al alquiler joven"
    path = pre + "abierto-el-plazo-ayudas-alquiler-joven"
    s.art(path, noticia(t, "10/03/2025", "Vivienda",
                        "Los jóvenes de entre 18 y 35 años empadronados en Valdemora podrán pedir hasta 250 euros mensuales hasta el 11 de abril.", [
                            "El Ayuntamiento de Valdemora ha abierto este lunes el plazo para solicitar las ayudas municipales al alquiler para jóvenes, dotadas este año con 600.000 euros, el doble que en la convocatoria anterior.",
                            "Podrán solicitarlas las personas de entre 18 y 35 años que lleven al menos un año empadronadas en el municipio y cuyos ingresos no superen tres veces el IPREM. La ayuda cubrirá hasta el 40 % de la renta mensual, con un máximo de 250 euros, durante doce meses.",
                            "Las solicitudes se presentan a través de la sede electrónica o en las oficinas de atención a la ciudadanía con cita previa. El plazo finaliza el 11 de abril.",
                            "El alcalde, Andrés Villalba, ha recordado que el precio medio del alquiler en la ciudad ha subido un 18 % en dos años y que el Ayuntamiento prepara además la construcción de 140 viviendas públicas en alquiler asequible.",
                        ], fuente=False), t, "2025-03-10", [])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<h1>%s</h1>%s' % (E(title), inner)), title)

    simple("/es/actualidad/noticias", "Noticias", '<ul class="lista-noticias">%s</ul>' % "".join(
        '<li><span class="fecha">%s</span> <a href="%s">%s</a></li>' % (a["date"][8:] + "/" + a["date"][5:7] + "/" + a["date"][:4], a["url"].split(str(PORT))[1], E(a["title"])) for a in s.mine()))
    simple("/es/actualidad/agenda/pleno-ordinario-marzo", "Pleno ordinario de marzo",
           '<p><strong>Fecha:</strong> 27/03/2025</p><p><strong>Hora:</strong> 18:00</p><p><strong>Lugar:</strong> Salón de Plenos, Casa Consistorial</p><p>Sesión retransmitida en directo.</p>')
    simple("/es/tramites/empadronamiento", "Alta en el Padrón Municipal de Habitantes",
           '<h2>Requisitos</h2><ul><li>DNI, NIE o pasaporte</li><li>Contrato de alquiler o escritura</li></ul><h2>Plazo de resolución</h2><p>Inmediato</p><p>Última actualización: 12/02/2025</p>')
    simple("/es/ayuntamiento/alcalde", "El alcalde", '<p>Andrés Villalba Ortega (Valdemora, 1974) es alcalde de Valdemora desde junio de 2019.</p>')
    simple("/es/contacto", "Contacto", '<p>Teléfono de atención a la ciudadanía: 010</p><p>Gabinete de Prensa: prensa@valdemora.es</p>')
    simple("/es/actualidad/noticias/area/movilidad", "Noticias de Movilidad", '<ul>%s</ul>' % teasers(rel[:1]))
    s.home(shell("Inicio", '<h1 class="hide-accessible">Ayuntamiento de Valdemora</h1><h2>Actualidad</h2><ul>%s</ul>' % teasers(s.links)))
    write_page(OUT, s.host, "/es/inicio/", shell("Inicio", '<ul>%s</ul>' % teasers(s.links)))
    truth["nonarticles"].append(s.url("/es/inicio"))


# ---------------------------------------------------------------- 7 Amnesty-like NGO
def ngo():
    s = Site(7, "Rights First International")

    def shell(title, inner, head="", body_cls="single"):
        return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>%s - Rights First International</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="WordPress 6.7.2">%s</head>'
                '<body class="%s"><div class="site-header"><a class="logo" href="/">Rights First International</a><nav class="nav-main"><ul>'
                '<li><a href="/en/latest/">Latest</a></li><li><a href="/en/what-we-do/">What we do</a></li><li><a href="/en/location/europe-and-central-asia/">Countries</a></li>'
                '<li><a href="/en/get-involved/take-action/">Take action</a></li><li><a href="/en/donate/">Donate</a></li></ul></nav></div>'
                '<main id="main">%s</main><footer class="site-footer"><p>Rights First International is a global movement of people fighting injustice.</p>'
                '<ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/careers/">Careers</a></li><li><a href="/en/privacy-policy/">Privacy</a></li></ul></footer></body></html>') % (
            E(title), head, body_cls, inner)

    def yoast(path, title, iso):
        u = "https://www.rightsfirst.org" + path
        return jl({"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": u + "#article", "isPartOf": {"@id": u}, "author": {"name": "rfi_webteam", "@id": "https://www.rightsfirst.org/#/schema/person/7a1b"},
             "headline": title, "datePublished": iso, "dateModified": iso, "publisher": {"@id": "https://www.rightsfirst.org/#organization"}},
            {"@type": "WebPage", "@id": u, "url": u, "name": title + " - Rights First International", "datePublished": iso},
            {"@type": "Organization", "@id": "https://www.rightsfirst.org/#organization", "name": "Rights First International"},
            {"@type": "Person", "@id": "https://www.rightsfirst.org/#/schema/person/7a1b", "name": "rfi_webteam"}]})

    def post(path, kind, title, day, iso, paras, index, byline="", extra=""):
        inner = ('<article class="article"><header class="article-header"><div class="article-meta">'
                 '<span class="article-metaItem article-metaItem--type">%s</span><span class="article-metaItem"><time class="article-metaItemDate">%s</time></span></div>'
                 '<h1 class="article-title">%s</h1>%s</header><section class="article-content">%s%s</section>'
                 '<footer class="article-footer"><p class="article-metaItem">Index Number: %s</p>'
                 '<ul class="article-terms"><li><a href="/en/location/europe-and-central-asia/poland/">Poland</a></li><li><a href="/en/what-we-do/refugees-and-migrants/">Refugees and migrants</a></li></ul></footer></article>'
                 '<section class="petition-cta"><h2>Sign the petition</h2><p>Tell the authorities to stop pushbacks now.</p><a href="/en/petition/stop-pushbacks/">Act now</a></section>') % (
            kind, day, E(title), byline, P(paras), extra, index)
        return shell(title, inner, '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s' % (E(title), iso, yoast(path, title, iso)))

    t = "Poland: Authorities must end unlawful pushbacks at the Belarus border"
    path = "/en/latest/press-release/2025/03/poland-authorities-must-end-unlawful-pushbacks-at-the-belarus-border/"
    s.art(path, post(path, "Press release", t, "3 March 2025", "2025-03-03T09:05:00+00:00", [
        "Polish authorities must immediately stop forcing people back across the border to Belarus without examining their asylum claims, Rights First International said today, as it published testimonies from 38 people pushed back in January and February.",
        "Several of those interviewed described being driven to the border fence at night, sometimes after being held for hours in border guard vehicles, and being told to climb back into Belarus. Some were pushed back repeatedly in temperatures below freezing. Three people said border guards had taken or destroyed their phones.",
        "\u201cPoland has a legitimate interest in managing its border, but it cannot do so by abandoning people in a forest in winter,\u201d said Marta Zielińska, Europe Regional Director at Rights First International. \u201cEvery person who asks for protection must have their claim heard.\u201d",
        "The organization is calling on the Polish parliament to repeal the amendment that allows asylum applications to be suspended at the border, and on the European Commission to open infringement proceedings.",
    ], "EUR 37/9104/2025", extra='<h2>Background</h2><p>Since 2021, at least 80 people have died on both sides of the border, according to local NGOs.</p>'),
          t, "2025-03-03", [], must=["Several of those interviewed described being driven to the border fence at night, sometimes after being held for hours in border guard vehicles, and being told to climb back into Belarus."],
          must_not=["Tell the authorities to stop pushbacks now."])

    t = "Kenya: Families of protesters killed in 2024 still waiting for justice"
    path = "/en/latest/news/2025/03/kenya-families-of-protesters-killed-still-waiting-for-justice/"
    s.art(path, post(path, "News", t, "6 March 2025", "2025-03-06T06:00:00+00:00", [
        "Eight months after police shot dead at least 60 people during protests against tax increases in Kenya, not a single officer has been charged, Rights First International said today.",
        "The organization spoke to the families of 22 of those killed. Most said they had given statements to the police oversight authority and had heard nothing since. Several said they had been warned by unknown callers to stop asking questions.",
        "The oversight authority told Rights First International that investigations into 41 deaths were ongoing and that files in 12 cases had been forwarded to the Director of Public Prosecutions. No decisions on charges have been announced.",
        "The organization urged the authorities to publish a timeline for decisions and to protect families and witnesses from intimidation.",
    ], "AFR 32/9155/2025"), t, "2025-03-06", [])

    t = "What I heard from women rebuilding their lives after the Derna floods"
    path = "/en/latest/campaigns/2025/03/what-i-heard-from-women-rebuilding-after-the-derna-floods/"
    s.art(path, post(path, "Campaigns", t, "8 March 2025", "2025-03-08T08:00:00+00:00", [
        "In September 2023, two dams above the Libyan city of Derna burst during a storm and thousands of people were killed in a single night. Last month I returned to the city to speak to women who survived.",
        "Many of them lost husbands, fathers or brothers, and with them the documents the family needed to claim compensation, inherit property or enrol children in school. Several told me that officials would only deal with a male relative, even when there was no male relative left.",
        "Aisha, a teacher who lost her home and her husband, has spent eighteen months trying to get a replacement for the family\u2019s property deed. \u201cThey tell me to come back with my brother-in-law,\u201d she said. \u201cHe lives in another country.\u201d",
        "Reconstruction money is now arriving in Derna. Unless the authorities remove the rules that make women dependent on male relatives to access it, many of the women I met will be left out again.",
    ], "MDE 19/9177/2025",
        byline='<div class="article-author"><p>By <a href="/en/author/hana-el-sayed/">Hana El-Sayed</a>, Libya Researcher at Rights First International</p></div>'),
        t, "2025-03-08", ["Hana El-Sayed"])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner, head=""):
        s.non(path, shell(title, '<h1 class="page-title">%s</h1>%s' % (E(title), inner), head, "page"), title)

    rp = "/en/documents/eur37/9104/2025/en/"
    s.non(rp, shell("Poland: \u2018They left us in the forest\u2019: Pushbacks at the Poland-Belarus border",
                    '<article class="document"><div class="article-meta"><span class="article-metaItem">Research</span><span class="article-metaItem"><time>3 March 2025</time></span></div>'
                    '<h1 class="article-title">Poland: \u2018They left us in the forest\u2019: Pushbacks at the Poland-Belarus border</h1>'
                    '<p>Index Number: EUR 37/9104/2025</p><p>This report documents pushbacks of 38 people from Poland to Belarus in January and February 2025.</p>'
                    '<p><a class="btn" href="/en/wp-content/uploads/2025/03/EUR3791042025ENGLISH.pdf">Download PDF (English, 1.8 MB)</a></p>'
                    '<p>Available in: English, Polski</p></article>',
                    '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-03T09:00:00+00:00">', "document"), "Report: They left us in the forest")
    simple("/en/petition/stop-pushbacks/", "Stop pushbacks at Europe\u2019s borders",
           '<p>Sign our petition to the Polish Prime Minister.</p><form><input name="first_name" placeholder="First name"><input name="email" placeholder="Email"><button>Sign now</button></form><p>112,408 people have signed</p>')
    simple("/en/location/europe-and-central-asia/poland/", "Poland", '<h2>Human rights in Poland</h2><p>Read our latest report on Poland.</p><ul>%s</ul>' % teasers(rel[:1]))
    simple("/en/author/hana-el-sayed/", "Hana El-Sayed", '<p>Libya Researcher</p><ul>%s</ul>' % teasers(rel[2:]))
    simple("/en/careers/", "Careers", '<h2>Current vacancies</h2><ul><li>Researcher, Central Asia - London - closing date 30 March 2025</li><li>Press Officer - Nairobi - closing date 21 March 2025</li></ul>')
    simple("/en/donate/", "Donate", '<p>Your gift protects people whose rights are under threat.</p><form><button>Give monthly</button></form>')
    simple("/en/latest/", "Latest", '<ul>%s</ul>' % teasers(rel))
    s.home(shell("Home", '<h1 class="visually-hidden">Rights First International</h1><ul>%s</ul>' % teasers(s.links), body_cls="home"))
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><dc:creator><![CDATA[rfi_webteam]]></dc:creator></item>" % (
        E(a["title"]), a["url"], {"2025-03-03": "Mon, 03 Mar 2025 09:05:00 +0000", "2025-03-06": "Thu, 06 Mar 2025 06:00:00 +0000", "2025-03-08": "Sat, 08 Mar 2025 08:00:00 +0000"}[a["date"]]) for a in s.mine())
    s.raw("/en/feed/index.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Rights First International</title><link>%s</link>%s</channel></rss>' % (s.url("/en/"), items))


# ---------------------------------------------------------------- 8 Brookings-like think tank
def thinktank():
    s = Site(8, "Hallworth")

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s | Hallworth</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body><header class="site-header"><a class="site-logo" href="/">The Hallworth Institution</a><nav><ul>'
                '<li><a href="/topics/foreign-policy/">Foreign Policy</a></li><li><a href="/topics/economics/">Economics</a></li>'
                '<li><a href="/experts/">Experts</a></li><li><a href="/events/">Events</a></li><li><a href="/research/">Research</a></li></ul></nav></header>'
                '<main id="main-content">%s</main><footer><p>The Hallworth Institution is a nonprofit public policy organization based in Washington, DC.</p>'
                '<ul><li><a href="/about-us/">About Us</a></li><li><a href="/support-hallworth/">Support Hallworth</a></li></ul></footer></body></html>') % (E(title), head, inner)

    def article(path, kind, title, day, iso, authors, paras, topics, ld_authors):
        by = "".join('<li class="byline-author"><a href="/people/%s/"><span class="name">%s</span></a><span class="title">%s</span></li>' % (
            slug, E(disp), E(aff)) for disp, slug, aff in authors)
        ld = jl({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": iso,
                 "author": [{"@type": "Person", "name": n} for n in ld_authors], "publisher": {"@type": "Organization", "name": "Hallworth"}})
        inner = ('<article class="article"><div class="article-header"><p class="eyebrow"><a href="/articles/?type=%s">%s</a></p><h1 class="article-title">%s</h1>'
                 '<div class="byline-wrapper"><ul class="byline">%s</ul><div class="article-date"><time datetime="%s">%s</time></div></div></div>'
                 '<div class="article-content">%s</div><div class="article-footer"><h2>Related Topics</h2><ul>%s</ul>'
                 '<p class="acknowledgements">Hallworth is committed to quality, independence, and impact. Funders do not determine research findings.</p></div></article>') % (
            kind.lower(), kind, E(title), by, iso, day, P(paras),
            "".join('<li><a href="/topics/%s/">%s</a></li>' % (tp.lower().replace(" ", "-"), tp) for tp in topics))
        return shell(title, inner, '<meta property="og:type" content="article"><meta property="article:published_time" content="%s">%s' % (iso, ld))

    t = "NATO\u2019s northern flank needs more than new members"
    path = "/articles/natos-northern-flank-needs-more-than-new-members/"
    s.art(path, article(path, "Commentary", t, "March 5, 2025", "2025-03-05T14:30:00-05:00",
                        [("Nadia Farouk", "nadia-farouk", "Senior Fellow - Foreign Policy, Center on the United States and Europe")], [
                            "Finland and Sweden have now been full members of NATO for long enough that the novelty has worn off. That is the moment when the hard work begins, and it is not the work that dominated the accession debates.",
                            "The Nordic armies are capable, but the region lacks the infrastructure to move and sustain allied forces at scale. Railways from Norwegian ports to northern Finland run on different gauges, there are few all-weather roads across the Arctic interior, and fuel storage is designed for peacetime consumption.",
                            "Fixing this will take money and patience. The European Union\u2019s military mobility budget is small and spread thin, and national governments tend to prefer visible purchases such as aircraft over invisible ones such as strengthened bridges. The alliance should agree on a short list of northern corridors and fund them jointly.",
                            "The United States has a role too. Washington can push for common planning and lend engineering expertise without committing large new forces. A northern flank that can receive reinforcements quickly is a stronger deterrent than one that merely has more flags on the map.",
                        ], ["Foreign Policy", "NATO"], ["Nadia Farouk"]), t, "2025-03-05", ["Nadia Farouk"],
          must_not=["Hallworth is committed to quality, independence, and impact."])

    t = "Three lessons from the 2024 tariff rounds for the next trade fight"
    path = "/articles/three-lessons-from-the-2024-tariff-rounds/"
    s.art(path, article(path, "Commentary", t, "March 6, 2025", "2025-03-06T09:00:00-05:00",
                        [("Dr Samuel Okonkwo", "samuel-okonkwo", "Senior Fellow - Economic Studies"),
                         ("Julia Brenner", "julia-brenner", "Research Analyst - Economic Studies, The Hutchins Center on Fiscal and Monetary Policy")], [
                            "Trade disputes are often analysed as if they were chess games between governments. The experience of last year\u2019s tariff rounds suggests they are closer to weather systems: what matters most is who is standing where when the storm arrives.",
                            "First, pass-through was faster than many expected. Our analysis of customs and retail price data shows that most of the tariff on household appliances reached shop prices within four months, much faster than in earlier episodes.",
                            "Second, exemptions mattered more than headline rates. Firms that won product exclusions gained a substantial cost advantage over competitors, and the exclusion process itself favored companies with the resources to apply.",
                            "Third, retaliation was targeted at regions, not sectors. Partner countries chose products whose production is concentrated in politically competitive areas, which magnified the domestic pressure on policymakers. Anyone planning the next round should expect the same.",
                        ], ["Economics", "Trade"], ["Samuel Okonkwo"]), t, "2025-03-06", ["Samuel Okonkwo", "Julia Brenner"])

    t = "How cities can keep buses running when federal pandemic money ends"
    path = "/articles/how-cities-can-keep-buses-running-when-federal-pandemic-money-ends/"
    s.art(path, article(path, "Blog", t, "March 10, 2025", "2025-03-10T11:15:00-04:00",
                        [("Tomás Herrera", "tomas-herrera", "Fellow - Brookings Metro"), ("Ada Lindqvist", "ada-lindqvist", "Senior Research Assistant - Metro"),
                         ("Kevin Mbeki", "kevin-mbeki", "Nonresident Senior Fellow - Metro")], [
                            "Transit agencies across the country are approaching what many of them call the fiscal cliff. Federal relief funds that filled the gap left by lower ridership are almost spent, and fares alone cannot close it.",
                            "Some agencies are responding by cutting routes. That approach risks a spiral in which fewer buses mean fewer riders and less fare revenue. Our review of 40 metropolitan transit agencies finds that those which protected frequency on their busiest corridors lost fewer riders than those which cut evenly across the network.",
                            "There are other options. Several regions have asked voters to approve dedicated sales taxes, and most of these measures passed. Others have negotiated with employers and universities to buy discounted passes in bulk, which stabilizes revenue and fills seats.",
                            "State governments will decide much of this. States that treat transit as part of their economic development strategy, rather than as a local service, will give their cities a better chance of keeping buses on the street.",
                        ], ["Cities and Regions", "Transportation"], ["Tomás Herrera", "Ada Lindqvist", "Kevin Mbeki"]),
          t, "2025-03-10", ["Tomás Herrera", "Ada Lindqvist", "Kevin Mbeki"])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner, og="website"):
        s.non(path, shell(title, '<h1 class="page-title">%s</h1>%s' % (E(title), inner), '<meta property="og:type" content="%s">' % og), title)

    simple("/people/nadia-farouk/", "Nadia Farouk",
           '<p class="person-title">Senior Fellow - Foreign Policy, Center on the United States and Europe</p><p>Nadia Farouk studies European security and transatlantic relations. Before joining Hallworth she served at NATO headquarters.</p><h2>Latest from Nadia Farouk</h2><ul>%s</ul>' % teasers(rel[:1]), "profile")
    simple("/people/julia-brenner/", "Julia Brenner", '<p>Research Analyst - Economic Studies</p><ul>%s</ul>' % teasers(rel[1:2]), "profile")
    simple("/research/the-arctic-and-allied-logistics/", "The Arctic and allied logistics: A plan for 2030",
           '<p class="eyebrow">Research</p><p>March 3, 2025</p><p>Nadia Farouk and Lars Eriksen</p><p>This report examines the infrastructure that allied forces would need in the Nordic region.</p>'
           '<a class="download" href="/wp-content/uploads/2025/03/arctic-logistics-report.pdf">Download the full report (PDF)</a>', "article")
    simple("/events/the-future-of-the-northern-flank/", "The future of the northern flank",
           '<p>Event</p><p>Thursday, March 20, 2025, 10:00 am - 11:30 am EDT</p><p>Hallworth Institution, Falk Auditorium</p><p><a href="#">Register to attend</a></p>')
    simple("/topics/foreign-policy/", "Foreign Policy", '<ul>%s</ul>' % teasers(rel[:1]))
    simple("/topics/economics/", "Economics", '<ul>%s</ul>' % teasers(rel[1:]))
    simple("/experts/", "Experts", '<ul><li><a href="/people/nadia-farouk/">Nadia Farouk</a></li><li><a href="/people/julia-brenner/">Julia Brenner</a></li></ul>')
    s.home(shell("Quality. Independence. Impact.", '<h1 class="visually-hidden">Hallworth</h1><ul>%s</ul>' % teasers(s.links)))
    locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (a["url"], a["date"]) for a in s.mine())
    s.raw("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
    s.raw("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nSitemap: %s\n" % s.url("/sitemap.xml"))


# ---------------------------------------------------------------- 9 gov.pl ministry
def govpl():
    s = Site(9, "Ministerstwo Infrastruktury")
    pre = "/web/infrastruktura/"

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>%s - Ministerstwo Infrastruktury - Portal Gov.pl</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body><header class="header"><a href="/" class="header__logo">gov.pl</a><div class="header__unit"><h1 class="unit-name">'
                '<a href="%s">Ministerstwo Infrastruktury</a></h1></div><nav class="menu"><ul><li><a href="%swiadomosci">Wiadomości</a></li>'
                '<li><a href="%sministerstwo">Ministerstwo</a></li><li><a href="%skontakt">Kontakt</a></li><li><a href="%sogloszenia-o-naborze">Praca</a></li></ul></nav></header>'
                '<main id="main-content" class="main-container">%s</main><footer class="footer"><p>Serwis Rzeczypospolitej Polskiej</p>'
                '<ul><li><a href="/web/gov/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/web/gov/deklaracja-dostepnosci">Deklaracja dostępności</a></li></ul></footer></body></html>') % (
            E(title), head, pre, pre, pre, pre, pre, inner)

    def metryczka(wytw, opubl, data, mod):
        return ('<div class="metadata"><h3>Metryczka</h3><dl><dt>Wytworzone przez:</dt><dd>%s</dd><dt>Opublikowane przez:</dt><dd>%s</dd>'
                '<dt>Data publikacji:</dt><dd>%s</dd><dt>Ostatnia modyfikacja:</dt><dd>%s</dd></dl></div>') % (wytw, opubl, data, mod)

    def art(title, day, kind, intro, paras, meta):
        inner = ('<div class="breadcrumbs"><a href="/">Strona główna</a> &gt; <a href="%swiadomosci">Wiadomości</a></div>'
                 '<article class="article-area__article"><p class="event-date">%s</p><h2>%s</h2><p class="article-type">%s</p>'
                 '<div class="intro">%s</div><div class="editor-content">%s</div>%s'
                 '<div class="share"><p>Udostępnij</p></div></article>') % (pre, day, E(title), kind, E(intro), P(paras), meta)
        return shell(title, inner, '<meta property="og:title" content="%s"><meta property="og:type" content="website"><meta name="description" content="%s">' % (E(title), E(intro)))

    t = "Rusza nabór wniosków na przebudowę przejazdów kolejowych"
    path = pre + "rusza-nabor-wnioskow-na-przebudowe-przejazdow-kolejowych"
    s.art(path, art(t, "03.03.2025", "Komunikat",
                    "Samorządy mogą od dziś składać wnioski o dofinansowanie przebudowy przejazdów kolejowo-drogowych. Do podziału jest 400 mln zł.", [
                        "Ministerstwo Infrastruktury ogłasza nabór wniosków w ramach programu poprawy bezpieczeństwa na przejazdach kolejowo-drogowych. Gminy i powiaty mogą ubiegać się o dofinansowanie do 80 proc. kosztów przebudowy przejazdów kategorii C i D lub ich zastąpienia wiaduktem.",
                        "Pierwszeństwo będą miały przejazdy, na których w ostatnich pięciu latach doszło do wypadków, oraz te położone w pobliżu szkół. Wnioski można składać do 30 kwietnia 2025 r. za pośrednictwem platformy ePUAP.",
                        "\u2013 Każdy przejazd bez rogatek na ruchliwej drodze to potencjalne miejsce tragedii. Chcemy, żeby samorządy mogły je przebudować bez wieloletniego czekania na pieniądze \u2013 powiedział wiceminister infrastruktury Paweł Górski.",
                        "W poprzedniej edycji programu samorządy przebudowały 146 przejazdów, a na 38 z nich zamiast przejazdu w poziomie szyn powstały wiadukty lub tunele. Według danych PKP Polskich Linii Kolejowych liczba wypadków na przebudowanych przejazdach spadła niemal do zera.",
                        "Ministerstwo przypomina, że samorządy, które otrzymają dofinansowanie, będą musiały zakończyć inwestycje w ciągu trzech lat od podpisania umowy. Wnioski niekompletne lub złożone po terminie nie będą rozpatrywane.",
                        "Szczegółowe zasady naboru oraz wzór wniosku znajdują się w załącznikach do komunikatu.",
                    ], metryczka("Departament Kolejnictwa", "Anna Nowak", "03.03.2025 14:20", "Anna Nowak 04.03.2025 09:11")),
          t, "2025-03-03", [], must_not=["Opublikowane przez:"])

    t = "Minister podpisał rozporządzenie w sprawie egzaminów na prawo jazdy"
    path = pre + "minister-podpisal-rozporzadzenie-w-sprawie-egzaminow-na-prawo-jazdy"
    s.art(path, art(t, "05.03.2025", "Wiadomość",
                    "Od 1 czerwca 2025 r. część teoretyczną egzaminu na prawo jazdy kategorii B będzie można zdać w języku ukraińskim i angielskim.", [
                        "Minister infrastruktury podpisał rozporządzenie zmieniające zasady przeprowadzania egzaminów państwowych na prawo jazdy. Najważniejsza zmiana dotyczy części teoretycznej, którą od 1 czerwca 2025 r. będzie można zdawać także w języku ukraińskim i angielskim.",
                        "Rozporządzenie skraca również czas oczekiwania na wynik egzaminu praktycznego w przypadku odwołania. Wojewódzkie ośrodki ruchu drogowego będą musiały rozpatrzyć skargę w ciągu 14 dni.",
                        "Nowe przepisy wprowadzają także obowiązek nagrywania przebiegu egzaminu praktycznego kamerą zamontowaną w pojeździe egzaminacyjnym oraz przechowywania nagrania przez 30 dni. Kandydat na kierowcę będzie mógł obejrzeć nagranie w ośrodku po złożeniu wniosku.",
                        "Pytania egzaminacyjne w nowych wersjach językowych przygotuje zespół tłumaczy przysięgłych, a ich poprawność sprawdzą eksperci od bezpieczeństwa ruchu drogowego. Baza pytań pozostanie jawna i będzie dostępna na stronie ministerstwa.",
                        "Zmiany przygotowano po konsultacjach z wojewódzkimi ośrodkami ruchu drogowego i szkołami nauki jazdy. Rozporządzenie zostanie opublikowane w Dzienniku Ustaw.",
                    ], metryczka("Departament Transportu Drogowego", "Jan Kowalski", "05.03.2025 11:02", "Jan Kowalski 05.03.2025 11:02")),
          t, "2025-03-05", [])

    t = "Wiceminister Górski: lotnisko w Radomiu obsłuży więcej połączeń czarterowych"
    path = pre + "wiceminister-gorski-lotnisko-w-radomiu"
    s.art(path, art(t, "10.03.2025", "Wiadomość",
                    "Wiceminister infrastruktury Paweł Górski spotkał się w Radomiu z przedstawicielami przewoźników i biur podróży.", [
                        "Podczas spotkania rozmawiano o rozwoju portu lotniczego Warszawa-Radom. Przedstawiciele biur podróży zadeklarowali uruchomienie w sezonie letnim 2025 r. dziewięciu nowych połączeń czarterowych, m.in. do Grecji, Turcji i Egiptu.",
                        "\u2013 Radom ma nowoczesny terminal i dobre połączenie kolejowe z Warszawą. Teraz potrzebujemy pasażerów i przewoźników, którzy uwierzą w to lotnisko \u2013 mówił wiceminister.",
                        "Przedsiębiorstwo Państwowe \u201ePorty Lotnicze\u201d zapowiedziało przygotowanie specjalnych rozkładów pociągów skomunikowanych z lotami w godzinach porannych i wieczornych.",
                        "W 2024 r. z lotniska w Radomiu skorzystało niespełna 200 tys. pasażerów, co oznacza, że terminal był wykorzystywany w niewielkim stopniu. Samorząd województwa mazowieckiego zadeklarował wsparcie kampanii promocyjnej skierowanej do mieszkańców regionu.",
                        "Uczestnicy spotkania zwracali uwagę na potrzebę lepszego dojazdu drogowego do terminalu oraz na wysokie opłaty lotniskowe w porównaniu z innymi portami regionalnymi. Wiceminister zapowiedział analizę taryfy.",
                        "Ministerstwo będzie monitorować wyniki sezonu letniego i na tej podstawie zdecyduje o dalszym wsparciu dla lotniska.",
                    ], metryczka("Biuro Komunikacji", "Katarzyna Wiśniewska", "10.03.2025 16:45", "Katarzyna Wiśniewska 11.03.2025 08:30")),
          t, "2025-03-10", [])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<article class="article-area__article"><h2>%s</h2>%s</article>' % (E(title), inner)), title)

    simple(pre + "wiadomosci", "Wiadomości", '<ul class="art-prev">%s</ul>' % teasers(rel))
    simple(pre + "kierownictwo-ministerstwa", "Kierownictwo ministerstwa",
           '<h3>Paweł Górski</h3><p>Sekretarz stanu w Ministerstwie Infrastruktury. Absolwent Politechniki Warszawskiej.</p>')
    simple(pre + "ogloszenie-o-naborze-starszy-specjalista-w-departamencie-kolejnictwa", "Ogłoszenie o naborze: starszy specjalista w Departamencie Kolejnictwa",
           '<p>Ministerstwo Infrastruktury poszukuje kandydatów na stanowisko starszego specjalisty.</p><p>Termin składania dokumentów: 24.03.2025</p><p>Miejsce pracy: Warszawa</p>'
           + metryczka("Biuro Dyrektora Generalnego", "Agnieszka Lis", "07.03.2025 10:00", "Agnieszka Lis 07.03.2025 10:00"))
    simple(pre + "konsultacje-projektu-rozporzadzenia-w-sprawie-znakow-drogowych", "Konsultacje projektu rozporządzenia w sprawie znaków drogowych",
           '<p>Uwagi do projektu można zgłaszać do 31.03.2025 r. na adres konsultacje@mi.gov.pl.</p><p><a href="/attachment/projekt-rozporzadzenia.pdf">Projekt rozporządzenia (PDF, 1.2 MB)</a></p>')
    simple(pre + "dane-o-wypadkach-na-przejazdach", "Dane o wypadkach na przejazdach kolejowo-drogowych",
           '<table><tr><th>Rok</th><th>Wypadki</th><th>Ofiary śmiertelne</th></tr><tr><td>2023</td><td>182</td><td>41</td></tr><tr><td>2024</td><td>167</td><td>38</td></tr></table>')
    simple(pre + "kontakt", "Kontakt", '<p>ul. Chałubińskiego 4/6, 00-928 Warszawa</p><p>Biuro Komunikacji: media@mi.gov.pl</p>')
    s.home(shell("Portal Gov.pl", '<ul>%s</ul>' % teasers(s.links)))
    write_page(OUT, s.host, fs(pre), shell("Ministerstwo Infrastruktury", '<h2>Aktualności</h2><ul>%s</ul>' % teasers(s.links)))
    truth["nonarticles"].append(s.url(pre))


# ---------------------------------------------------------------- 10 gov.br Plone
def govbr():
    s = Site(10, "Ministério da Saúde")
    pre = "/saude/pt-br/assuntos/noticias/2025/marco/"

    def shell(title, inner, head=""):
        return ('<!DOCTYPE html><html lang="pt-br" xml:lang="pt-br"><head><meta charset="utf-8"><title>%s \u2014 Ministério da Saúde</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="Plone - http://plone.com">%s</head>'
                '<body class="template-newsitem_view portaltype-collective-nitf-content"><div id="barra-brasil"><a href="https://www.gov.br">gov.br</a> '
                '<a href="/acessoainformacao">Acesso à informação</a></div><header id="portal-header"><a id="portal-logo" href="/saude/pt-br">Ministério da Saúde</a>'
                '<nav id="portal-globalnav"><ul><li><a href="/saude/pt-br/assuntos">Assuntos</a></li><li><a href="/saude/pt-br/composicao">Composição</a></li>'
                '<li><a href="/saude/pt-br/assuntos/noticias">Notícias</a></li><li><a href="/saude/pt-br/canais-de-atendimento">Canais de atendimento</a></li></ul></nav></header>'
                '<div id="main-content"><article id="content">%s</article></div><footer id="portal-footer"><p>Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição-SemDerivações 3.0</p></footer></body></html>') % (
            E(title), head, inner)

    def noticia(title, sub, desc, by, pub, mod, created, modified, creator, paras, tags):
        head = ('<meta name="description" content="%s"><meta name="DC.creator" content="%s"><meta name="DC.format" content="text/plain">'
                '<meta name="DC.type" content="Notícia"><meta name="DC.date.created" content="%s"><meta name="DC.date.modified" content="%s">'
                '<meta property="og:title" content="%s"><meta property="og:type" content="website">') % (E(desc), creator, created, modified, E(title))
        byline = '<span class="documentAuthor">Por %s</span> ' % E(by) if by else ""
        modl = '<span class="documentModified"><span>Atualizado em</span> %s</span>' % mod if mod else ""
        inner = ('<div id="viewlet-above-content"><nav id="portal-breadcrumbs"><a href="/saude/pt-br">Início</a> &gt; <a href="/saude/pt-br/assuntos">Assuntos</a> &gt; '
                 '<a href="/saude/pt-br/assuntos/noticias">Notícias</a></nav></div>'
                 '<p class="nitfSubtitle">%s</p><h1 class="documentFirstHeading">%s</h1><div class="documentDescription">%s</div>'
                 '<div id="viewlet-below-content-title"><div class="documentByLine">%s<span class="documentPublished"><span>Publicado em</span> %s</span> %s</div>'
                 '<div class="social-links"><a href="#">Compartilhe</a></div></div>'
                 '<div id="content-core"><div id="parent-fieldname-text">%s</div></div>'
                 '<div id="category" class="documentByLine"><span>Tags: </span>%s</div>') % (
            E(sub), E(title), E(desc), byline, pub, modl, P(paras),
            "".join('<a href="/saude/pt-br/search?Subject:list=%s" class="link-category" rel="tag">%s</a> ' % (E(tg), E(tg)) for tg in tags))
        return shell(title, inner, head)

    t = "Ministério da Saúde amplia vacinação contra a dengue para 1,2 mil municípios"
    path = pre + "ministerio-da-saude-amplia-vacinacao-contra-a-dengue-para-1-2-mil-municipios"
    s.art(path, noticia(t, "VACINAÇÃO", "Novos municípios passam a receber doses a partir da próxima semana; público-alvo segue sendo crianças e adolescentes de 10 a 14 anos",
                        "", "03/03/2025 21h45", "04/03/2025 10h02", "2025-03-03T21:45:12-03:00", "2025-03-04T10:02:40-03:00", "joao.pereira", [
                            "O Ministério da Saúde anunciou nesta segunda-feira (3) a ampliação da vacinação contra a dengue para mais 520 municípios, que se somam aos 690 que já aplicam o imunizante. Com a ampliação, 1,2 mil cidades de todas as regiões do país passam a oferecer a vacina na rede pública.",
                            "A escolha dos novos municípios levou em conta a incidência da doença nos últimos dez anos e a população na faixa etária de 10 a 14 anos, que concentra o maior número de hospitalizações proporcionalmente. As doses começam a ser distribuídas aos estados na próxima semana.",
                            "Segundo a pasta, a cobertura da segunda dose ainda está abaixo do esperado. Pais e responsáveis devem verificar a caderneta de vacinação e levar os adolescentes a uma unidade básica de saúde para completar o esquema, que exige duas doses com intervalo de três meses.",
                            "Além da vacinação, o ministério reforça que a principal forma de prevenção continua sendo a eliminação de criadouros do mosquito Aedes aegypti, como vasos de plantas, pneus e caixas-d'água destampadas.",
                        ], ["dengue", "vacinação"]), t, "2025-03-03", [],
          must=["A escolha dos novos municípios levou em conta a incidência da doença nos últimos dez anos e a população na faixa etária de 10 a 14 anos, que concentra o maior número de hospitalizações proporcionalmente."])

    t = "Programa Mais Médicos abre 3 mil vagas para regiões de difícil acesso"
    path = pre + "programa-mais-medicos-abre-3-mil-vagas-para-regioes-de-dificil-acesso"
    s.art(path, noticia(t, "ATENÇÃO PRIMÁRIA", "Edital prioriza municípios da Amazônia Legal, do semiárido e distritos sanitários especiais indígenas",
                        "Rafael Teixeira", "05/03/2025 11h30", "", "2025-03-05T11:30:05-03:00", "2025-03-05T11:30:05-03:00", "rafael.teixeira", [
                            "O Ministério da Saúde publicou nesta quarta-feira (5) o edital de um novo ciclo do Programa Mais Médicos, com 3 mil vagas destinadas principalmente a municípios de difícil acesso na Amazônia Legal, no semiárido nordestino e em distritos sanitários especiais indígenas.",
                            "Os profissionais selecionados atuarão por quatro anos em unidades básicas de saúde e poderão cursar especialização em Medicina de Família e Comunidade durante o período. Médicos formados no Brasil têm prioridade na seleção, seguidos de brasileiros formados no exterior.",
                            "As inscrições vão até 19 de março e devem ser feitas pelo sistema do programa. O resultado final será divulgado em abril, e os médicos devem começar a trabalhar em maio.",
                            "De acordo com a pasta, cerca de 40% das vagas ficarão em municípios com menos de 20 mil habitantes, onde a rotatividade de profissionais é maior. Os participantes receberão bolsa mensal e ajuda de custo para deslocamento e moradia, paga pelos municípios.",
                        ], ["Mais Médicos", "atenção primária"]), t, "2025-03-05", ["Rafael Teixeira"])

    t = "SUS passa a oferecer teste rápido para sífilis em farmácias populares"
    path = pre + "sus-passa-a-oferecer-teste-rapido-para-sifilis-em-farmacias-populares"
    s.art(path, noticia(t, "SAÚDE SEXUAL", "Projeto-piloto começa em 12 capitais e prevê encaminhamento imediato para tratamento na rede pública",
                        "", "07/03/2025 09h10", "07/03/2025 15h22", "2025-03-07T09:10:44-03:00", "2025-03-07T15:22:10-03:00", "maria.costa", [
                            "A partir de abril, farmácias credenciadas ao programa Farmácia Popular em 12 capitais vão oferecer gratuitamente o teste rápido para sífilis. O anúncio foi feito nesta sexta-feira (7) pelo Ministério da Saúde.",
                            "Quem tiver resultado positivo será encaminhado para uma unidade básica de saúde, onde poderá confirmar o diagnóstico e iniciar o tratamento com penicilina no mesmo dia. Os farmacêuticos receberão treinamento específico para o aconselhamento.",
                            "O número de casos de sífilis adquirida cresceu nos últimos anos, e a sífilis congênita, transmitida da mãe para o bebê, continua sendo um desafio. A pasta avaliará os resultados do projeto-piloto antes de decidir pela ampliação para todo o país.",
                            "A lista das farmácias participantes será publicada no portal do programa até o fim de março. O teste leva cerca de 15 minutos e é feito com uma gota de sangue retirada da ponta do dedo, em sala reservada para garantir a privacidade.",
                        ], ["sífilis", "Farmácia Popular"]), t, "2025-03-07", [])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, inner):
        s.non(path, shell(title, '<h1 class="documentFirstHeading">%s</h1>%s' % (E(title), inner), '<meta name="DC.type" content="Página">'), title)

    simple("/saude/pt-br/assuntos/noticias", "Notícias", '<ul class="tileItems">%s</ul>' % teasers(rel))
    simple("/saude/pt-br/assuntos/saude-de-a-a-z/d/dengue", "Dengue",
           '<p>A dengue é uma doença viral transmitida pelo mosquito Aedes aegypti.</p><h2>Sintomas</h2><ul><li>Febre alta</li><li>Dor no corpo</li></ul>'
           '<p>Publicado em 12/01/2024 10h00 Atualizado em 28/02/2025 17h40</p>')
    simple("/saude/pt-br/composicao/gabinete-do-ministro", "Gabinete do Ministro",
           '<p>Ministro de Estado da Saúde</p><p>Endereço: Esplanada dos Ministérios, Bloco G, Brasília/DF</p><p>Agenda do ministro: <a href="/saude/pt-br/agenda-do-ministro/2025-03-10">10/03/2025</a></p>')
    simple("/saude/pt-br/agenda-do-ministro/2025-03-10", "Agenda do Ministro - 10/03/2025",
           '<ul><li>09h00 - Reunião com secretários estaduais de saúde</li><li>14h30 - Cerimônia de lançamento do programa Agora Tem Especialistas</li></ul>')
    simple("/saude/pt-br/acesso-a-informacao/dados-abertos", "Dados abertos",
           '<p>Conjuntos de dados do Ministério da Saúde disponíveis para download.</p><ul><li>Casos de dengue por município (CSV)</li><li>Cobertura vacinal (CSV)</li></ul>')
    simple("/saude/pt-br/canais-de-atendimento", "Canais de atendimento", '<p>Disque Saúde 136</p><p>Ouvidoria-Geral do SUS</p>')
    s.home(shell("Página inicial", '<h1 class="documentFirstHeading">Ministério da Saúde</h1><ul>%s</ul>' % teasers(s.links)))
    write_page(OUT, s.host, "/saude/pt-br/", shell("Página inicial", '<ul>%s</ul>' % teasers(s.links)))
    truth["nonarticles"].append(s.url("/saude/pt-br/"))
    write_page(OUT, s.host, "/saude/pt-br/assuntos/", shell("Assuntos", '<ul><li><a href="/saude/pt-br/assuntos/noticias">Notícias</a></li><li><a href="/saude/pt-br/assuntos/saude-de-a-a-z/d/dengue">Dengue</a></li></ul>'))
    truth["nonarticles"].append(s.url("/saude/pt-br/assuntos/"))


# ---------------------------------------------------------------- 11 French prefecture
def prefecture():
    s = Site(11, "Les services de l'État dans le Calvados")
    sname = "Les services de l'État dans le Calvados"

    def shell(title, crumbs, inner, head=""):
        full = " - ".join([title] + crumbs + ["Accueil", sname])
        return ('<!DOCTYPE html><html lang="fr" data-fr-scheme="system"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body><header role="banner" class="fr-header"><div class="fr-header__brand"><p class="fr-logo">Préfet du Calvados</p>'
                '<p class="fr-header__service-title"><a href="/">%s</a></p></div><nav class="fr-nav"><ul class="fr-nav__list">'
                '<li><a class="fr-nav__link" href="/Actualites">Actualités</a></li><li><a class="fr-nav__link" href="/Actions-de-l-Etat">Actions de l\'État</a></li>'
                '<li><a class="fr-nav__link" href="/Demarches">Démarches</a></li><li><a class="fr-nav__link" href="/Publications">Publications</a></li>'
                '<li><a class="fr-nav__link" href="/Services-de-l-Etat">Services de l\'État</a></li></ul></nav></header>'
                '<main role="main" id="contenu" class="fr-container">%s</main><footer class="fr-footer"><ul>'
                '<li><a href="/Mentions-legales">Mentions légales</a></li><li><a href="/Accessibilite">Accessibilité : partiellement conforme</a></li>'
                '<li><a href="/Contact">Contact</a></li></ul></footer></body></html>') % (E(full), head, E(sname), inner)

    crumbs = ["Communiqués de presse 2025", "Communiqués de presse", "Actualités"]

    def cp(title, pub, maj, paras, pdf=None):
        dl = '<p class="fr-text--sm">Publié le %s%s</p>' % (pub, " - Mis à jour le %s" % maj if maj else "")
        att = ('<div class="fr-download"><p><a href="/contenu/telechargement/%s" class="fr-download__link">%s <span class="fr-download__detail">PDF - 0,21 Mb - %s</span></a></p></div>' % (
            pdf, "Télécharger le communiqué", pub)) if pdf else ""
        inner = ('<nav class="fr-breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/Actualites">Actualités</a></li>'
                 '<li><a href="/Actualites/Communiques-de-presse">Communiqués de presse</a></li><li><a href="/Actualites/Communiques-de-presse/Communiques-de-presse-2025">Communiqués de presse 2025</a></li></ol></nav>'
                 '<div class="fr-grid-row"><div class="fr-col-12 fr-col-md-8"><h1>%s</h1>%s<div class="item-text">%s</div>%s'
                 '<div class="fr-share"><p>Partager la page</p></div></div></div>') % (E(title), dl, P(paras), att)
        return shell(title, crumbs, inner, '<meta property="og:title" content="%s"><meta property="og:type" content="website">' % E(title))

    base = "/Actualites/Communiques-de-presse/Communiques-de-presse-2025/"
    t = "Sécheresse : le préfet place quatre bassins versants en alerte renforcée"
    path = base + "Secheresse-le-prefet-place-quatre-bassins-versants-en-alerte-renforcee"
    s.art(path, cp(t, "03/03/2025", "05/03/2025", [
        "Malgré les pluies de février, le niveau des nappes phréatiques reste inférieur aux normales saisonnières dans le sud du département. Le préfet du Calvados a donc décidé, après réunion du comité départemental de l\u2019eau, de placer les bassins versants de l\u2019Orne amont, de la Dives, de la Touques et de la Vire en alerte renforcée.",
        "Dans ces secteurs, le lavage des véhicules hors des stations professionnelles, le remplissage des piscines privées et l\u2019arrosage des pelouses sont interdits. L\u2019irrigation agricole est réduite de 30 % en volume hebdomadaire. Les prélèvements destinés à l\u2019eau potable ne sont pas concernés.",
        "Ces mesures s\u2019appliquent jusqu\u2019au 30 avril 2025, sauf levée anticipée si la situation s\u2019améliore. Les contrevenants s\u2019exposent à une amende pouvant aller jusqu\u2019à 1 500 euros.",
        "La carte des bassins concernés et l\u2019arrêté préfectoral sont disponibles sur le site propluvia.",
    ], "arrete-secheresse-2025-03-03.pdf"), t, "2025-03-03", [],
        must=["Ces mesures s\u2019appliquent jusqu\u2019au 30 avril 2025, sauf levée anticipée si la situation s\u2019améliore."], must_not=["Partager la page"])

    t = "Sécurité routière : bilan des accidents de février 2025 dans le Calvados"
    path = base + "Securite-routiere-bilan-des-accidents-de-fevrier-2025"
    s.art(path, cp(t, "06/03/2025", None, [
        "En février 2025, 41 accidents corporels ont été recensés sur les routes du Calvados, faisant 3 tués et 52 blessés, dont 19 hospitalisés. Sur la même période l\u2019an dernier, 5 personnes avaient perdu la vie.",
        "Deux des trois accidents mortels se sont produits de nuit, sur des routes départementales, et impliquaient un conducteur dont le taux d\u2019alcoolémie dépassait le seuil légal. Le troisième concernait un motard de 24 ans.",
        "Le préfet rappelle que la vitesse et l\u2019alcool restent les premières causes de mortalité sur les routes du département. Des contrôles renforcés seront organisés pendant les vacances scolaires de printemps, en particulier sur les axes menant à la côte.",
        "Depuis le début de l\u2019année, 7 personnes ont perdu la vie sur les routes du Calvados. Les usagers vulnérables, piétons, cyclistes et deux-roues motorisés, représentent plus de la moitié des blessés hospitalisés. La préfecture lancera en avril une campagne de sensibilisation auprès des lycéens et des apprentis.",
    ]), t, "2025-03-06", [])

    t = "Grippe aviaire : levée de la zone de surveillance autour de Lisieux"
    path = base + "Grippe-aviaire-levee-de-la-zone-de-surveillance-autour-de-Lisieux"
    s.art(path, cp(t, "10/03/2025", "10/03/2025", [
        "La situation sanitaire s\u2019étant améliorée, le préfet du Calvados a signé ce lundi l\u2019arrêté levant la zone de surveillance instaurée le 31 janvier autour d\u2019un élevage de canards touché par l\u2019influenza aviaire hautement pathogène à Lisieux.",
        "Les visites vétérinaires réalisées dans les 27 communes concernées n\u2019ont révélé aucun nouveau foyer. Les mouvements de volailles et l\u2019organisation de rassemblements d\u2019oiseaux y sont de nouveau autorisés.",
        "Le niveau de risque reste toutefois élevé au niveau national. Les détenteurs de volailles, y compris les particuliers, doivent continuer à protéger leurs oiseaux du contact avec la faune sauvage et à déclarer leur basse-cour en mairie.",
        "Les services de la direction départementale de la protection des populations remercient les éleveurs et les maires des communes concernées pour leur collaboration pendant les six semaines de restrictions. Toute mortalité anormale dans un élevage doit être signalée sans délai à un vétérinaire.",
    ], "arrete-levee-zs-lisieux.pdf"), t, "2025-03-10", [])

    rel = [(a["url"].split(str(PORT))[1], a["title"]) for a in s.mine()]

    def simple(path, title, crumbs2, inner):
        s.non(path, shell(title, crumbs2, '<h1>%s</h1>%s' % (E(title), inner)), title)

    simple("/Actualites/Communiques-de-presse/Communiques-de-presse-2025", "Communiqués de presse 2025", ["Communiqués de presse", "Actualités"],
           '<ul class="fr-list">%s</ul>' % teasers(rel))
    simple("/Publications/Recueil-des-actes-administratifs/RAA-2025", "Recueil des actes administratifs 2025", ["Recueil des actes administratifs", "Publications"],
           '<ul><li><a href="/contenu/telechargement/raa-14-2025.pdf">RAA n°14-2025 du 05/03/2025 - PDF - 3,2 Mb</a></li><li><a href="/contenu/telechargement/raa-13-2025.pdf">RAA n°13-2025 du 28/02/2025 - PDF - 2,7 Mb</a></li></ul>')
    simple("/Publications/Consultations-du-public/Projet-de-parc-eolien-de-Falaise", "Consultation du public : projet de parc éolien de Falaise", ["Consultations du public", "Publications"],
           '<p>Publié le 04/03/2025</p><p>La consultation du public se déroule du 17 mars au 16 avril 2025 inclus. Les observations peuvent être adressées par courriel à pref-consultation@calvados.gouv.fr.</p>'
           '<p><a href="/contenu/telechargement/dossier-eolien-falaise.zip">Dossier de consultation - ZIP - 84 Mb</a></p>')
    simple("/Services-de-l-Etat/Prefecture-et-sous-prefectures/Le-prefet", "Le préfet du Calvados", ["Prefecture et sous-préfectures", "Services de l'État"],
           '<p>Né en 1968, diplômé de l\u2019ENA, il a été nommé préfet du Calvados par décret du 12 juillet 2023.</p>')
    simple("/Demarches/Titres-de-sejour", "Titres de séjour", ["Démarches"],
           '<p>Les demandes de titre de séjour se font désormais en ligne sur l\u2019administration numérique pour les étrangers en France (ANEF).</p><p>Mis à jour le 14/02/2025</p>')
    simple("/Contact", "Contact", [], '<p>Préfecture du Calvados, rue Saint-Laurent, 14038 Caen Cedex 9</p><p>Standard : 02 31 30 64 00</p>')
    s.home(shell("Accueil", [], '<h1 class="fr-sr-only">%s</h1><h2>À la une</h2><ul>%s</ul>' % (E(sname), teasers(s.links))).replace(
        "<title>Accueil - Accueil - ", "<title>Accueil - "))


for f in (govuk, usagency, ecpress, bundestag, unnews, ayto, ngo, thinktank, govpl, govbr, prefecture):
    f()

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
print(len(truth["articles"]), "articles", len(truth["nonarticles"]), "non-articles")
