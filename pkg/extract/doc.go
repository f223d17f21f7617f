// Package extract turns a fetched HTML page into a clean news record: it
// decodes the charset, decides whether the page is an article or some other
// kind of page (listing, section, tag, author, video, about), and extracts the
// body text together with title, authors, dates, language, site name,
// canonical URL, lead image, section and tags, recording for each field the
// method that produced it.
//
// The body extractor works on the golang.org/x/net/html node tree in a few
// linear passes over a flat table of elements: one pass gathers, for every
// element, its own text, link text, sentence punctuation and boilerplate
// signals (tags such as nav/aside/footer, class and id words such as
// comment/share/related/newsletter/cookie/promo, hidden elements); a bottom-up
// pass sums paragraph text ("good") against link and short text ("bad") and
// boilerplate per subtree, marks teaser cards (a linked headline followed by
// its summary), and picks the element with the most paragraph text for the
// least noise; a last pass renders that element line by line, dropping link
// lists, captions, bylines, date lines, share prompts, the headline, a
// standfirst repeating the description, pull quotes that repeat a body
// sentence, "related" sections and trailing promotions. No CSS selector
// engine runs on the hot path. A page judged not to be an article still
// reports its visible text (teasers and link lists included) in
// Result.Text when its article body came out short. A page rendered in the
// browser that arrives as a shell gives its story from its JSON
// (embedded.go): the article's JSON-LD articleBody unless declared not
// free, or a JSON state block whose object holds the headline.
//
// Metadata comes from JSON-LD, meta tags, <time> elements, URL dates, visible
// dates in the languages of the news (month names, zone abbreviations and
// relative dates such as "vor 2 Stunden" against Input.FetchedAt, also in
// the article header outside the body container, and as the clock time of
// a date-only declaration; a masthead's date only as a last resort),
// the publication time the listing feed or sitemap gave (Input.ListedAt,
// when the page has none of its own), bylines (labelled in those
// languages, author-page links, author classes, with dates, roles and
// credentials cut) and wire-agency datelines. Sources are weighed against
// each other: the label before a date (published or updated), a declared
// time that is only the last save, the zone of the page's own times for
// the local day (datesource.go). Input.Site carries what was learned
// about the site from its earlier pages (its title affix and day-month
// order, reported by Result.TitleAffix and Result.DateOrder; where its
// byline and date sit, Result.BylineSpot and DateSpot, when Input.Site
// also implements SiteSpots), and
// Input.Discovery how the crawler reached the page, which tips the page
// kind where the page alone is ambiguous. Articles
// that continue on another page report NextPage; Result.AppendPage joins the
// parts. A learned site template (Input.Template, fed from
// Result.BlockHashes of earlier pages) removes blocks that repeat across a
// site's pages.
//
// The page kind is decided by a few final hand rules (a body too short for
// a story, a consent notice or a paywall's pitch served in place of the
// page (KindGate, kindgate.go), a declared product or thread, a site's
// home page, an address
// naming a tag, author, about or service page without an article's date
// or byline) and otherwise by a scored model (kindmodel.go, fitted by
// bench/cmd/train-kind on the WCXB dev half): a logistic weighing of many
// weak signals of the page (declared types, date and byline, address
// shape and words, link share, paragraphs, repeated sibling blocks,
// prices, code, calls to action), tipped by Input.Discovery and, when
// Input.Site implements SiteKinds, by what the site's earlier pages of the
// same address shape (PathShape) were (Result.PathShape and
// Result.KindEvidence report them for learning) and, for a page without a
// publication date, by whether the site's articles were dated
// (SiteDatesShape).
// Result.Provenance["kind"] names the rule, or the model's margin and the
// signals that moved it most.
//
// An Extractor is safe for concurrent use.
package extract
