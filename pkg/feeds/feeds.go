package feeds

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/urlnorm"
)

// Kind is the kind of document found in a body.
type Kind int

// Kinds returned by Detect.
const (
	KindUnknown Kind = iota
	KindRSS
	KindAtom
	KindSitemap
	KindSitemapIndex
	KindNewsSitemap
	KindTextSitemap
	KindHTML
)

var kindNames = [...]string{"unknown", "rss", "atom", "sitemap", "sitemapindex", "newssitemap", "textsitemap", "html"}

// String returns the lower-case name of k.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// IsFeed reports whether k is RSS or Atom.
func (k Kind) IsFeed() bool { return k == KindRSS || k == KindAtom }

// IsSitemap reports whether k is any kind of sitemap or sitemap index.
func (k Kind) IsSitemap() bool {
	return k == KindSitemap || k == KindSitemapIndex || k == KindNewsSitemap || k == KindTextSitemap
}

const newsNS = "http://www.google.com/schemas/sitemap-news/0.9"

// Default limits used when the corresponding Options field is zero.
const (
	DefaultMaxEntries = 50000    // per sitemap, as the sitemaps protocol allows
	DefaultMaxBytes   = 50 << 20 // decoded bytes, as the sitemaps protocol allows
)

// ErrTooLarge is returned when a (decompressed) body exceeds Options.MaxBytes.
var ErrTooLarge = errors.New("feed too large")

// ErrUnknownKind is returned by Parse for bodies that are neither a feed nor a sitemap.
var ErrUnknownKind = errors.New("not a feed or sitemap")

// Options bounds Parse. Zero values select the defaults.
type Options struct {
	// MaxEntries caps entries (URLs or feed items) and, separately, child sitemaps.
	MaxEntries int
	// MaxBytes caps the body size, after gzip decompression.
	MaxBytes int64
	// Normalizer normalises entry URLs (nil means urlnorm defaults).
	Normalizer *urlnorm.Normalizer
}

// Entry is one URL found in a feed or sitemap.
type Entry struct {
	URL       string    // absolute, normalised
	Title     string    // item title or news:title
	Published time.Time // item publication or news:publication_date, in the zone the feed gave; zero if absent
	LastMod   time.Time // sitemap lastmod or item update time; zero if absent
	Authors   []string  // item authors (dc:creator, author), names only; nil if none
}

// Result is what Parse found.
type Result struct {
	Kind     Kind
	Title    string  // feed title
	Entries  []Entry // pages
	Sitemaps []Entry // child sitemaps of a sitemap index
	// Truncated is set when entries were dropped at MaxEntries.
	Truncated bool
	// Skipped counts entries dropped because their URL was invalid or unsupported.
	Skipped int
}

var gzipMagic = []byte{0x1f, 0x8b}

// Detect reports the kind of body, looking at its content first (the root
// XML element and its namespaces, an HTML doctype, a list of URLs) and at
// contentType only to tell plain text and HTML apart. Gzip bodies are
// inspected after decompressing their start.
func Detect(contentType string, body []byte) Kind {
	if bytes.HasPrefix(body, gzipMagic) {
		body = gunzipHead(body, 64<<10)
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 {
		return KindUnknown
	}
	if trimmed[0] == '<' {
		if k := rootKind(trimmed); k != KindUnknown {
			return k
		}
		lower := bytes.ToLower(trimmed[:min(len(trimmed), 1024)])
		if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) {
			return KindHTML
		}
		if mt == "text/html" || mt == "application/xhtml+xml" {
			return KindHTML
		}
		return KindUnknown
	}
	if isURLList(trimmed) {
		return KindTextSitemap
	}
	if mt == "text/html" {
		return KindHTML
	}
	return KindUnknown
}

// rootKind reads XML tokens up to the root element and classifies it.
func rootKind(body []byte) Kind {
	d := xml.NewDecoder(bytes.NewReader(body[:min(len(body), 64<<10)]))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return KindUnknown
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "rss", "rdf":
			return KindRSS
		case "feed":
			return KindAtom
		case "sitemapindex":
			return KindSitemapIndex
		case "urlset":
			for _, a := range se.Attr {
				if a.Value == newsNS {
					return KindNewsSitemap
				}
			}
			return KindSitemap
		case "html":
			return KindHTML
		default:
			return KindUnknown
		}
	}
	return KindUnknown
}

// isURLList reports whether the first non-empty line looks like an absolute URL.
func isURLList(b []byte) bool {
	line := b
	if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
		line = b[:i]
	}
	line = bytes.ToLower(bytes.TrimSpace(line))
	return (bytes.HasPrefix(line, []byte("http://")) || bytes.HasPrefix(line, []byte("https://"))) &&
		!bytes.ContainsAny(line, " \t<>")
}

// Parse parses a feed or sitemap body fetched from base (used to resolve
// relative URLs). The kind is detected from the content. Entries whose URL
// does not normalise are counted in Result.Skipped.
func Parse(body []byte, base string, o Options) (*Result, error) {
	if o.MaxEntries <= 0 {
		o.MaxEntries = DefaultMaxEntries
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Normalizer == nil {
		o.Normalizer = urlnorm.New(urlnorm.Options{})
	}
	if bytes.HasPrefix(body, gzipMagic) {
		dec, err := fetch.DecodeBody("gzip", bytes.NewReader(body), o.MaxBytes)
		if err != nil {
			if errors.Is(err, fetch.ErrTooLarge) {
				return nil, fmt.Errorf("parse: %w", ErrTooLarge)
			}
			return nil, fmt.Errorf("parse: %w", err)
		}
		body = dec
	} else if int64(len(body)) > o.MaxBytes {
		return nil, fmt.Errorf("parse: %d bytes: %w", len(body), ErrTooLarge)
	}
	var baseURL *url.URL
	if base != "" {
		u, err := url.Parse(base)
		if err != nil {
			return nil, fmt.Errorf("parse: base %q: %w", base, err)
		}
		baseURL = u
	}
	p := &parser{o: o, base: baseURL, res: &Result{Kind: Detect("", body)}}
	var err error
	switch p.res.Kind {
	case KindRSS, KindAtom:
		err = p.feed(body)
	case KindSitemap, KindSitemapIndex, KindNewsSitemap:
		err = p.sitemap(body)
	case KindTextSitemap:
		p.text(body)
	default:
		return p.res, fmt.Errorf("parse: %w (%s)", ErrUnknownKind, p.res.Kind)
	}
	if err != nil {
		return p.res, fmt.Errorf("parse %s: %w", p.res.Kind, err)
	}
	return p.res, nil
}

type parser struct {
	o    Options
	base *url.URL
	res  *Result
}

// add appends e (with a raw URL) to the entries or child sitemaps, reporting
// false once the cap is reached.
func (p *parser) add(e Entry, child bool) bool {
	list := &p.res.Entries
	if child {
		list = &p.res.Sitemaps
	}
	if len(*list) >= p.o.MaxEntries {
		p.res.Truncated = true
		return false
	}
	u, err := p.o.Normalizer.Resolve(p.base, strings.TrimSpace(e.URL))
	if err != nil {
		p.res.Skipped++
		return true
	}
	e.URL = u
	*list = append(*list, e)
	return true
}

func (p *parser) feed(body []byte) (err error) {
	defer func() {
		if r := recover(); r != nil { // gofeed is third-party: never let it crash the crawler
			err = fmt.Errorf("gofeed panic: %v", r)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return err
	}
	p.res.Title = strings.TrimSpace(f.Title)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" {
			p.res.Skipped++
			continue
		}
		e := Entry{URL: link, Title: strings.TrimSpace(it.Title), Authors: itemAuthors(it)}
		if it.PublishedParsed != nil {
			// Kept in the feed's zone: it says which local day it was.
			e.Published = inFeedZone(it.Published, *it.PublishedParsed)
		}
		if it.UpdatedParsed != nil {
			e.LastMod = it.UpdatedParsed.UTC()
		}
		if !p.add(e, false) {
			break
		}
	}
	return nil
}

// Limits of an item's authors.
const (
	maxItemAuthors = 10
	maxAuthorLen   = 100
)

// itemAuthors returns the names of an item's authors: dc:creator, RSS
// <author> ("jane@example.com (Jane Doe)" gives "Jane Doe"; an address
// alone gives nothing), Atom <author><name>. A creator list written as
// one value ("Jane Doe, John Roe") stays one value: the extractor splits
// names.
func itemAuthors(it *gofeed.Item) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" || len(name) > maxAuthorLen || strings.Contains(name, "@") || seen[strings.ToLower(name)] || len(out) == maxItemAuthors {
			return
		}
		seen[strings.ToLower(name)] = true
		out = append(out, name)
	}
	for _, a := range it.Authors {
		if a != nil {
			add(a.Name)
		}
	}
	if it.Author != nil {
		add(it.Author.Name)
	}
	if it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			add(c)
		}
	}
	return out
}

// sitemap streams through a urlset or sitemapindex document.
func (p *parser) sitemap(body []byte) error {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	const maxText = 8 << 10
	var (
		cur     Entry
		inEntry bool
		child   bool
		field   string // element whose text we collect
		text    strings.Builder
		newsPfx = "news" // namespace prefix bound to the Google News namespace
	)
	for {
		tok, err := d.RawToken() // no namespace translation: faster, prefixes kept
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if len(p.res.Entries)+len(p.res.Sitemaps) > 0 {
				return nil // keep what a truncated or broken document gave
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" && a.Value == newsNS {
					newsPfx = a.Name.Local
				}
			}
			name := strings.ToLower(t.Name.Local)
			switch {
			case name == "url" || name == "sitemap":
				cur, inEntry, child, field = Entry{}, true, name == "sitemap", ""
			case inEntry && (name == "loc" || name == "lastmod" || name == "publication_date" ||
				name == "title" && t.Name.Space == newsPfx):
				field = name
				text.Reset()
			}
		case xml.CharData:
			if field != "" && text.Len() < maxText {
				text.Write(t[:min(len(t), maxText-text.Len())])
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			if field != "" && name == field {
				v := strings.TrimSpace(text.String())
				switch field {
				case "loc":
					cur.URL = v
				case "lastmod":
					cur.LastMod = parseDate(v)
				case "publication_date":
					cur.Published = parseDate(v)
				case "title":
					cur.Title = v
				}
				field = ""
			}
			if inEntry && (name == "url" || name == "sitemap") {
				inEntry = false
				if cur.URL == "" {
					p.res.Skipped++
					continue
				}
				if !p.add(cur, child) {
					return nil
				}
			}
		}
	}
}

// text reads a plain-text sitemap: one URL per line.
func (p *parser) text(body []byte) {
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !p.add(Entry{URL: line}, false) {
			return
		}
	}
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2006-01",
	"2006",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate parses W3C datetime and a few common variants, returning UTC or
// the zero time.
// zonedLayouts are the feed date forms whose zone inFeedZone keeps.
var zonedLayouts = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700",
	time.RFC822Z, time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00"}

// inFeedZone returns parsed (the instant gofeed read, in UTC) in the zone
// the feed wrote raw in, when raw reads as the same instant.
func inFeedZone(raw string, parsed time.Time) time.Time {
	raw = strings.TrimSpace(raw)
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, raw); err == nil && t.Equal(parsed) {
			return t
		}
	}
	return parsed
}

func parseDate(s string) time.Time {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t // in the zone written: it says the local day
		}
	}
	return time.Time{}
}
