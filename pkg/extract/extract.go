package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNotArticle reports that the page is not a news article. It is returned
// wrapped with the reason; the Result is still returned with Kind set.
var ErrNotArticle = errors.New("not an article")

// ErrTooLarge reports that the input exceeded one of the Options caps
// (bytes, nodes or depth). It is returned wrapped with the cap that was hit.
var ErrTooLarge = errors.New("input too large")

// Page kinds reported in Result.Kind.
// Precisions of Result.PublishedAt.
const (
	DateExact = "exact" // a clock time with a time zone
	DateLocal = "local" // a clock time without a zone
	DateDay   = "day"   // a calendar day
)

const (
	KindArticle = "article"
	KindListing = "listing"
	KindSection = "section"
	KindTag     = "tag"
	KindAuthor  = "author"
	KindVideo   = "video"
	KindAbout   = "about"
	// KindSearch is a site search's results page.
	KindSearch = "search"
	// KindArchive lists a site's stories by date (/archive/2025/12, /2025/12/).
	KindArchive = "archive"
	// KindLiveBlog is a running series of timed updates on one event.
	KindLiveBlog = "liveblog"
	// KindAudio is a podcast's or a radio show's episode: a player and
	// its show notes.
	KindAudio = "audio"
	// KindProduct is a shop's product or product-group page.
	KindProduct = "product"
	// KindForum is a discussion thread or a question-and-answer page.
	KindForum = "forum"
	// KindDocs is reference documentation (manuals, API and library docs).
	KindDocs = "documentation"
	// KindGate is what a site served in place of the page: a consent
	// wall or a paywall stub with only its pitch (kindgate.go).
	KindGate  = "gate"
	KindOther = "other"
)

// Values of Input.Discovery (the crawler's task kinds).
const (
	DiscoverySeed    = "seed"
	DiscoveryArticle = "article"
	DiscoveryNav     = "page"
)

// Input is one fetched page.
type Input struct {
	// URL is the page address after redirects; it resolves relative links
	// and gives URL-based hints (dates, section paths).
	URL string
	// Body is the raw response body in whatever charset the server sent.
	Body []byte
	// ContentType is the HTTP Content-Type header; it may carry a charset.
	ContentType string
	// Template, when set, is the learned template of the page's site:
	// body lines it reports as repeated are dropped. Nil disables it.
	Template TemplateSet
	// Site, when set, is what was learned about the site's metadata from
	// its earlier pages (title affixes, day-month order). Nil leaves the
	// page to itself.
	Site SiteHints
	// Discovery says how the crawler came to the page: DiscoverySeed (a
	// seed: a home, section or feed page), DiscoveryArticle (a feed or
	// sitemap entry, or a link that looked like an article) or
	// DiscoveryNav (a navigation link: section, tag, author, pager). ""
	// when unknown. It tips the page kind where the page itself is
	// ambiguous.
	Discovery string
	// FetchedAt is when the page was fetched; relative dates ("2 hours
	// ago", "vor 2 Stunden", "gestern") are read against it. Zero leaves
	// relative dates unread.
	FetchedAt time.Time
	// ListedAt is the publication time the feed or sitemap that listed the
	// page gave, zero when none did. It dates the page when the page
	// itself does not (provenance "listed"), and gives a URL date its
	// clock time ("url+listed").
	ListedAt time.Time
	// ListedAuthors are the authors the feed that listed the page gave
	// (dc:creator, author), nil when none did. They are the authors of a
	// page whose own byline, metadata and author box name no one
	// (provenance "listed").
	ListedAuthors []string
}

// Result is what Extract found on a page.
type Result struct {
	// Kind is KindArticle or one of the non-article kinds.
	Kind string
	// Title is the headline without site name prefixes or suffixes.
	Title string
	// Authors lists the article's authors, or the wire credit when the page
	// names no author.
	Authors []string
	// PublishedAt is the first publication time, nil when unknown. A time
	// the page gave without a zone is read as UTC.
	PublishedAt *time.Time
	// PublishedPrecision says how sure PublishedAt is: DateExact (a clock
	// time with a zone), DateLocal (a clock time without a zone, so up to
	// 14 hours either way) or DateDay (a calendar day); "" when unknown.
	PublishedPrecision string
	// ModifiedAt is the last modification time, nil when unknown.
	ModifiedAt *time.Time
	// Language is the page language as a BCP 47 tag (e.g. "en", "pt-BR").
	Language string
	// SiteName is the publisher's name.
	SiteName string
	// CanonicalURL is the absolute canonical address of the page.
	CanonicalURL string
	// OriginURL is the absolute address of another site's page that this
	// page says it republishes ("Read the original", "This article first
	// appeared on ...", a syndication-source tag), "" when it names none.
	OriginURL string
	// Image is the absolute URL of the lead image.
	Image string
	// Section is the site section the article belongs to.
	Section string
	// Tags are the keywords or tags the page declares.
	Tags []string
	// Text is the article body, one paragraph per line, without headline,
	// byline, captions, related links, share bars or comments.
	Text string
	// Provenance maps a field name ("title", "authors", "published_at",
	// "text", ...) to the method that produced it ("jsonld",
	// "meta:og:title", "h1", "time", "url", "visible", ...).
	Provenance map[string]string
	// NextPage is the absolute URL of the article's next page when the
	// article continues on another page, "" otherwise.
	NextPage string
	// PrevPage is the absolute URL of the page this one continues when the
	// page is a later page of a multi-page article: it declares the earlier
	// page with rel=prev and its own address is a later page of that one
	// (".../2/", "?page=3", "_seite2.html"). "" otherwise.
	PrevPage string
	// Truncated reports that Text was cut at Options.MaxTextChars.
	Truncated bool
	// BlockHashes are the BlockHash values of the body lines before the
	// site template was applied, in order, for learning the template.
	BlockHashes []uint64
	// TitleAffix is the site-name part of the page's <title> around the
	// headline, with its separator (" | The Gazette", "Gazette :: "), ""
	// when the title has none: for learning the site's affix.
	TitleAffix string
	// PathShape is the shape of the page's address (see PathShape), and
	// KindEvidence what the page shows of its kind (EvidenceArticle,
	// EvidenceOther or ""): for learning the site's page kinds by shape
	// (see SiteKinds).
	PathShape, KindEvidence string
	// DateOrder is the order of day and month an unambiguous numeric date
	// on the page showed ("dmy" for 31/12/2024, "mdy" for 12/31/2024), ""
	// when none did: for learning the site's order.
	DateOrder string
	// BylineSpot and DateSpot say where on the page the byline and the
	// publication date were shown: a signature of the element and its
	// parent (tag and class words, "div.post-meta>span.author"), "" when
	// the page showed none that agrees with Authors or PublishedAt. For
	// learning where the site puts them (see SiteSpots).
	BylineSpot, DateSpot string
}

// SiteSpots is what was learned about where a site shows its byline and
// publication date (for example by counting Result.BylineSpot and
// Result.DateSpot per site). An Input.Site that also implements it lets
// later pages of the site read their byline and date from there first.
// Implementations must be safe for concurrent use.
type SiteSpots interface {
	// BylineSpot returns the signature of the element that holds the
	// site's bylines, "" when unknown.
	BylineSpot() string
	// DateSpot returns the signature of the element that shows the site's
	// publication dates, "" when unknown.
	DateSpot() string
}

// SiteHints is what was learned about a site's metadata from its earlier
// pages (for example by counting Result.TitleAffix and Result.DateOrder
// per site). Implementations must be safe for concurrent use.
type SiteHints interface {
	// TitleAffixes returns the site-name prefixes and suffixes the site's
	// titles carry, with their separators (" | The Gazette").
	TitleAffixes() []string
	// DateOrder returns "dmy" or "mdy" when the site writes numeric dates
	// in a known order, "" when unknown.
	DateOrder() string
}

// Options holds the caps and thresholds of an Extractor.
type Options struct {
	// MaxBytes is the largest body accepted; larger inputs fail with
	// ErrTooLarge.
	MaxBytes int
	// MaxNodes is the largest number of elements processed. It is checked
	// twice: before parsing against the number of '<' bytes (an upper
	// bound on the number of tags, so hostile inputs fail before the parser
	// spends time on them) and while indexing the DOM. Larger documents
	// fail with ErrTooLarge.
	MaxNodes int
	// MaxDepth is the deepest element nesting processed; deeper documents
	// fail with ErrTooLarge. A document nested deeper than the HTML parser
	// accepts (512 open elements) has its wrapper elements (div, span, ...)
	// past min(200, MaxDepth/2) levels dropped, keeping their content, so an
	// ordinary article inside hundreds of wrappers is still read.
	MaxDepth int
	// MinTextChars is the body length (in non-space characters) below
	// which a page is not treated as an article.
	MinTextChars int
	// MaxTextChars caps an article's body text in characters; a longer
	// body is cut at a paragraph break and flagged (Result.Truncated).
	MaxTextChars int
}

// DefaultOptions returns the caps used when an Options field is zero.
func DefaultOptions() Options {
	return Options{
		MaxBytes:     8 << 20,
		MaxNodes:     400_000,
		MaxDepth:     512,
		MinTextChars: 200,
		MaxTextChars: 200_000,
	}
}

// Extractor extracts articles from HTML pages. It holds no per-call state
// and is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New returns an Extractor with the given options; zero fields take their
// DefaultOptions values.
func New(o Options) *Extractor {
	d := DefaultOptions()
	if o.MaxBytes <= 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = d.MaxNodes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = d.MaxDepth
	}
	if o.MinTextChars <= 0 {
		o.MinTextChars = d.MinTextChars
	}
	if o.MaxTextChars <= 0 {
		o.MaxTextChars = d.MaxTextChars
	}
	return &Extractor{opts: o}
}

// Options returns the effective options of e.
func (e *Extractor) Options() Options { return e.opts }

// Extract decodes, parses and extracts one page. It returns ErrTooLarge
// (wrapped) when a cap is exceeded, ErrNotArticle (wrapped, with a
// non-nil Result whose Kind says what the page is) when the page is not an
// article, and a *NotTextError (ErrNotText) when the article's body text is
// not language. A body over MaxTextChars is cut and flagged.
func (e *Extractor) Extract(in Input) (*Result, error) {
	p, err := e.prepare(in)
	if err != nil {
		return nil, err
	}
	res := p.res
	p.classify()
	if res.Kind != KindArticle {
		return res, fmt.Errorf("extract: %s: %w", p.notArticleReason, ErrNotArticle)
	}
	if err := checkStory(res, e.opts.MaxTextChars); err != nil {
		return nil, err
	}
	return res, nil
}

// prepare decodes, parses and indexes the page and extracts its metadata
// and body: all but the page-kind decision.
func (e *Extractor) prepare(in Input) (*page, error) {
	if len(in.Body) > e.opts.MaxBytes {
		return nil, fmt.Errorf("extract: body of %d bytes over cap %d: %w", len(in.Body), e.opts.MaxBytes, ErrTooLarge)
	}
	body, enc, err := decodeBody(in.Body, in.ContentType)
	if err != nil {
		return nil, fmt.Errorf("extract: decode %s: %w", enc, err)
	}
	body = repairMojibake(body)
	tags := bytes.Count(body, []byte{'<'})
	if n := tags; n > e.opts.MaxNodes {
		return nil, fmt.Errorf("extract: %d tags over node cap %d: %w", n, e.opts.MaxNodes, ErrTooLarge)
	}
	doc, err := parseDeep(body, e.opts.MaxDepth)
	if err != nil {
		if strings.Contains(err.Error(), "exceeds") {
			// x/net/html refuses documents nested deeper than its own
			// limit of 512 open elements.
			return nil, fmt.Errorf("extract: parse html: %w: %w", err, ErrTooLarge)
		}
		return nil, fmt.Errorf("extract: parse html: %w", err)
	}
	p := newPage(doc, in.URL, e.opts, tags)
	p.source = body
	p.template = in.Template
	p.now = in.FetchedAt
	p.listedAt = in.ListedAt
	p.listedAuthors = in.ListedAuthors
	p.site = in.Site
	p.discovery = in.Discovery
	if err := p.index(); err != nil {
		return nil, err
	}
	res := &Result{Provenance: make(map[string]string, 12)}
	p.res = res
	p.extractMeta()
	p.pickTitle()
	p.cutKicker()
	p.cutTitleDate()
	p.normTitle = normTitle(p.titleShown())
	p.extractBody()
	p.embeddedBody()
	p.finishMeta()
	return p, nil
}
