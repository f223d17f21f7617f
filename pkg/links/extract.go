package links

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"newsroom.dev/pkg/urlnorm"
)

// Default limits used when the corresponding Options field is zero.
const (
	DefaultMaxLinks   = 1000
	DefaultMaxTextLen = 256
	DefaultMaxBytes   = 8 << 20
)

// Options bounds Extract. Zero values select the defaults.
type Options struct {
	// MaxLinks caps the distinct links returned; more are counted in Page.Dropped.
	MaxLinks int
	// MaxTextLen caps each link's anchor text, in bytes.
	MaxTextLen int
	// MaxBytes caps how much of the body is tokenised; the rest is ignored
	// and Page.Truncated is set.
	MaxBytes int
	// Normalizer normalises URLs (nil means urlnorm defaults).
	Normalizer *urlnorm.Normalizer
}

// Link is one distinct outgoing link.
type Link struct {
	URL         string // absolute, normalised
	Text        string // anchor text (or img alt), whitespace collapsed
	NoFollow    bool   // every occurrence had rel nofollow, ugc or sponsored
	Score       int    // ArticleScore of URL
	ArticleLike bool   // Score >= ArticleThreshold
}

// Feed is a feed advertised with <link rel="alternate">, or a link whose
// address names a feed (FeedAddress).
type Feed struct {
	URL   string
	Type  string // application/rss+xml or application/atom+xml; "" for a link
	Title string
}

// maxFeeds caps the feeds one page gives.
const maxFeeds = 32

// FeedAddress reports whether a URL's path names a feed the way sites name
// them: /feed, /rss, /atom.xml, /feed.xml, /index.rss, /rss/news.xml.
// It runs on every link of every page: it reads the path out of the
// string rather than parsing the URL.
func FeedAddress(u string) bool {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		j := strings.IndexByte(u, '/')
		if j < 0 {
			return false
		}
		u = u[j:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	path := strings.TrimSuffix(u, "/")
	last := strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])
	switch {
	case last == "feed" || last == "rss" || last == "atom" || last == "feeds":
		return true
	case strings.HasSuffix(last, ".rss") || strings.HasSuffix(last, ".atom"):
		return true
	case strings.HasSuffix(last, ".xml"):
		name := strings.TrimSuffix(last, ".xml")
		path = strings.ToLower(path)
		return name == "feed" || name == "rss" || name == "atom" || strings.Contains(path, "/rss/") || strings.Contains(path, "/feed/") ||
			strings.HasPrefix(name, "rss") || strings.HasSuffix(name, "-rss") || strings.HasSuffix(name, "_rss")
	}
	return false
}

// addFeed records a feed unless the page already gave it or gave maxFeeds.
func (e *extractor) addFeed(f Feed) {
	if len(e.page.Feeds) >= maxFeeds {
		return
	}
	for _, g := range e.page.Feeds {
		if g.URL == f.URL {
			return
		}
	}
	e.page.Feeds = append(e.page.Feeds, f)
}

// Page is what Extract found in one HTML document.
type Page struct {
	URL       string // the page URL, normalised
	Base      string // effective base URL (from <base href> or the page URL)
	Canonical string // rel=canonical, normalised; "" if absent or invalid
	Next      string // rel=next, normalised
	Prev      string // rel=prev, normalised
	Feeds     []Feed
	Links     []Link
	NoIndex   bool // meta robots noindex (or none)
	NoFollow  bool // meta robots nofollow (or none)
	Dropped   int  // links beyond MaxLinks: distinct ones, then (past 16×MaxLinks) every one
	Invalid   int  // hrefs that did not resolve: mailto:, javascript:, malformed, ...
	Truncated bool // body longer than MaxBytes
}

type extractor struct {
	o     Options
	page  *Page
	base  *url.URL
	index map[string]int // URL -> position in page.Links
	seen  map[string]struct{}

	baseSet  bool
	inAnchor bool
	cur      int // index of the link the current anchor feeds text to, or -1
	text     []byte
}

// Extract tokenises body (an HTML document served at pageURL) and returns
// its links and hints. It fails only when pageURL is not a valid http(s) URL.
func Extract(body []byte, pageURL string, o Options) (*Page, error) {
	if o.MaxLinks <= 0 {
		o.MaxLinks = DefaultMaxLinks
	}
	if o.MaxTextLen <= 0 {
		o.MaxTextLen = DefaultMaxTextLen
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Normalizer == nil {
		o.Normalizer = urlnorm.New(urlnorm.Options{})
	}
	norm, err := o.Normalizer.Normalize(pageURL)
	if err != nil {
		return nil, fmt.Errorf("extract links: page url: %w", err)
	}
	base, err := url.Parse(norm)
	if err != nil {
		return nil, fmt.Errorf("extract links: page url: %w", err)
	}
	e := &extractor{
		o:     o,
		page:  &Page{URL: norm, Base: norm},
		base:  base,
		index: make(map[string]int, 128),
		cur:   -1,
	}
	if len(body) > o.MaxBytes {
		body = body[:o.MaxBytes]
		e.page.Truncated = true
	}
	e.run(html.NewTokenizer(bytes.NewReader(body)))
	return e.page, nil
}

// Tags the extractor looks at, identified from the raw token bytes so that
// other tags never pay for TagName/TagAttr copies.
const (
	tagOther = iota
	tagA
	tagArea
	tagBase
	tagLink
	tagMeta
	tagImg
)

// rawTag identifies the tag of a raw start or end tag token ("<a ...>", "</a>").
func rawTag(raw []byte) int {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j := i
	for j < len(raw) && (raw[j]|0x20 >= 'a' && raw[j]|0x20 <= 'z') {
		j++
	}
	name := raw[i:j]
	if j < len(raw) && raw[j] != ' ' && raw[j] != '>' && raw[j] != '/' && raw[j] != '\t' && raw[j] != '\n' && raw[j] != '\r' && raw[j] != '\f' {
		return tagOther // e.g. <a1> or <a-b>
	}
	switch len(name) {
	case 1:
		if name[0]|0x20 == 'a' {
			return tagA
		}
	case 3:
		if eqFold(name, "img") {
			return tagImg
		}
	case 4:
		switch {
		case eqFold(name, "area"):
			return tagArea
		case eqFold(name, "base"):
			return tagBase
		case eqFold(name, "link"):
			return tagLink
		case eqFold(name, "meta"):
			return tagMeta
		}
	}
	return tagOther
}

// eqFold compares an ASCII tag name case-insensitively with lower-case s.
func eqFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if b[i]|0x20 != s[i] {
			return false
		}
	}
	return true
}

func (e *extractor) run(z *html.Tokenizer) {
	for {
		switch z.Next() {
		case html.ErrorToken:
			e.endAnchor()
			return
		case html.TextToken:
			if e.inAnchor && e.cur >= 0 {
				e.addText(z.Text())
			}
		case html.EndTagToken:
			if e.inAnchor && rawTag(z.Raw()) == tagA {
				e.endAnchor()
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tag := rawTag(z.Raw())
			if tag == tagOther {
				continue
			}
			_, hasAttr := z.TagName()
			switch {
			case tag == tagA || tag == tagArea:
				if tag == tagA {
					e.endAnchor() // <a> cannot nest; a new one closes the old
				}
				if hasAttr {
					e.anchor(z, tag == tagA)
				}
			case !hasAttr:
			case tag == tagImg:
				if e.inAnchor && e.cur >= 0 && len(e.text) == 0 {
					if alt := attr(z, "alt"); alt != "" {
						e.addText([]byte(alt))
					}
				}
			case tag == tagBase:
				e.baseTag(z)
			case tag == tagLink:
				e.linkTag(z)
			case tag == tagMeta:
				e.metaTag(z)
			}
		}
	}
}

// attr returns the value of the named attribute of the current tag.
func attr(z *html.Tokenizer, name string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == name {
			return string(v)
		}
		if !more {
			return ""
		}
	}
}

func (e *extractor) anchor(z *html.Tokenizer, isA bool) {
	var href, rel []byte
	found := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "href":
			if !found { // the first href attribute wins, as in browsers
				href, found = v, true
			}
		case "rel":
			rel = v
		}
		if !more {
			break
		}
	}
	if !found {
		return
	}
	s := strings.TrimSpace(string(href))
	if s == "" || s[0] == '#' {
		return // same-page fragment
	}
	u, err := e.o.Normalizer.Resolve(e.base, s)
	if err != nil {
		e.page.Invalid++
		return
	}
	nofollow, next, prev := relFlags(rel)
	if isA && FeedAddress(u) {
		// "<a href="/feed.xml">RSS</a>": a feed the page links to
		// without declaring it in its head.
		e.addFeed(Feed{URL: u})
	}
	if next && e.page.Next == "" {
		e.page.Next = u
	}
	if prev && e.page.Prev == "" {
		e.page.Prev = u
	}
	i, ok := e.index[u]
	if !ok {
		if len(e.page.Links) >= e.o.MaxLinks {
			if e.seen == nil {
				e.seen = map[string]struct{}{}
			}
			// Distinct links over the cap are counted exactly up to
			// 16×MaxLinks of them; past that the set stops growing and
			// every further link counts, so the count never stalls.
			if _, dup := e.seen[u]; !dup {
				if len(e.seen) < 16*e.o.MaxLinks {
					e.seen[u] = struct{}{}
				}
				e.page.Dropped++
			}
			return
		}
		i = len(e.page.Links)
		e.index[u] = i
		sc := ArticleScore(u)
		e.page.Links = append(e.page.Links, Link{URL: u, NoFollow: nofollow, Score: sc, ArticleLike: sc >= ArticleThreshold})
	} else if !nofollow {
		e.page.Links[i].NoFollow = false
	}
	if isA {
		e.inAnchor = true
		e.cur = -1
		if e.page.Links[i].Text == "" {
			e.cur = i
			e.text = e.text[:0]
		}
	}
}

func relFlags(rel []byte) (nofollow, next, prev bool) {
	if len(rel) == 0 {
		return
	}
	for f := range strings.FieldsSeq(strings.ToLower(string(rel))) {
		switch f {
		case "nofollow", "ugc", "sponsored":
			nofollow = true
		case "next":
			next = true
		case "prev", "previous":
			prev = true
		}
	}
	return
}

// addText appends t to the anchor text with whitespace collapsed.
func (e *extractor) addText(t []byte) {
	for len(t) > 0 && len(e.text) < e.o.MaxTextLen {
		i := 0
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		j := i
		for j < len(t) && !isSpace(t[j]) {
			j++
		}
		if j > i {
			if len(e.text) > 0 {
				e.text = append(e.text, ' ')
			}
			e.text = append(e.text, t[i:j]...)
		}
		t = t[j:]
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (e *extractor) endAnchor() {
	if e.inAnchor && e.cur >= 0 && len(e.text) > 0 {
		t := e.text
		if len(t) > e.o.MaxTextLen {
			t = t[:e.o.MaxTextLen]
			for len(t) > 0 && !utf8.Valid(t) { // do not split a rune
				t = t[:len(t)-1]
			}
		}
		e.page.Links[e.cur].Text = string(t)
	}
	e.inAnchor, e.cur = false, -1
	e.text = e.text[:0]
}

func (e *extractor) baseTag(z *html.Tokenizer) {
	if e.baseSet {
		return
	}
	href := strings.TrimSpace(attr(z, "href"))
	if href == "" {
		return
	}
	e.baseSet = true
	u, err := e.o.Normalizer.Resolve(e.base, href)
	if err != nil {
		return
	}
	if b, err := url.Parse(u); err == nil {
		e.base = b
		e.page.Base = u
	}
}

func (e *extractor) linkTag(z *html.Tokenizer) {
	var href, rel, typ, title string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "href":
			href = strings.TrimSpace(string(v))
		case "rel":
			rel = strings.ToLower(string(v))
		case "type":
			typ = strings.ToLower(strings.TrimSpace(string(v)))
		case "title":
			title = strings.TrimSpace(string(v))
		}
		if !more {
			break
		}
	}
	if href == "" || rel == "" {
		return
	}
	for f := range strings.FieldsSeq(rel) {
		switch f {
		case "canonical":
			if e.page.Canonical == "" {
				e.page.Canonical, _ = e.o.Normalizer.Resolve(e.base, href)
			}
		case "next":
			if e.page.Next == "" {
				e.page.Next, _ = e.o.Normalizer.Resolve(e.base, href)
			}
		case "prev", "previous":
			if e.page.Prev == "" {
				e.page.Prev, _ = e.o.Normalizer.Resolve(e.base, href)
			}
		case "alternate":
			if i := strings.IndexByte(typ, ';'); i >= 0 {
				typ = strings.TrimSpace(typ[:i])
			}
			if typ != "application/rss+xml" && typ != "application/atom+xml" {
				continue
			}
			if u, err := e.o.Normalizer.Resolve(e.base, href); err == nil {
				e.addFeed(Feed{URL: u, Type: typ, Title: title})
			}
		}
	}
}

func (e *extractor) metaTag(z *html.Tokenizer) {
	var name, content string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name":
			name = strings.ToLower(strings.TrimSpace(string(v)))
		case "content":
			content = strings.ToLower(string(v))
		}
		if !more {
			break
		}
	}
	if name != "robots" {
		return
	}
	for f := range strings.FieldsFuncSeq(content, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		switch f {
		case "noindex":
			e.page.NoIndex = true
		case "nofollow":
			e.page.NoFollow = true
		case "none":
			e.page.NoIndex, e.page.NoFollow = true, true
		}
	}
}
