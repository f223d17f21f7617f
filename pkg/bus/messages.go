package bus

import (
	"time"

	"newsroom.dev/pkg/record"
)

// Version is the schema version stamped on every message. A consumer that sees
// a different version dead-letters the message instead of guessing.
const Version = 1

// Task kinds say why a URL is on the frontier; the crawler uses them to decide
// how to treat the response (links of a feed are articles, a seed is revisited).
const (
	KindSeed    = "seed"    // a seed URL (home/section page, feed or sitemap; detected on fetch)
	KindFeed    = "feed"    // an RSS/Atom feed or sitemap found while crawling
	KindPage    = "page"    // a navigation page (section, tag, listing)
	KindArticle = "article" // a link that looks like an article (dated/slugged path, feed entry)
)

// URLTask is a frontier message: one URL to fetch.
type URLTask struct {
	V            int       `json:"v"`
	URL          string    `json:"url"`                   // normalised absolute URL
	Kind         string    `json:"kind"`                  // one of the Kind constants
	Depth        int       `json:"depth"`                 // link hops from the seed
	Site         string    `json:"site"`                  // host of the seed site this crawl belongs to
	Offsite      int       `json:"offsite,omitempty"`     // hops taken off the seed sites
	Parent       string    `json:"parent,omitempty"`      // the page the link was found on
	Priority     int       `json:"prio,omitempty"`        // higher is fetched first where the crawler can choose
	DiscoveredAt time.Time `json:"discovered_at"`         // when the link was first seen (freshness metric)
	Revisit      bool      `json:"revisit,omitempty"`     // a scheduled revisit (send conditional GET)
	Redirects    int       `json:"redirects,omitempty"`   // redirect hops taken to reach URL
	PublishedAt  time.Time `json:"published_at,omitzero"` // publication time a feed or sitemap gave (newer is fetched first)
	Authors      []string  `json:"authors,omitempty"`     // authors the feed that listed the URL gave
	// Listed marks a task whose listing (publication time in its zone,
	// authors) the crawler kept in its state because the frontier's
	// compact entry cannot carry it.
	Listed bool `json:"listed,omitempty"`
}

// Page is a fetched page on the pages stream. On the wire the body travels
// compressed in the payload and the rest in headers (see EncodePage).
type Page struct {
	V            int       `json:"v"`
	URL          string    `json:"url"`         // final URL after redirects, normalised
	RequestURL   string    `json:"request_url"` // the URL that was requested
	Status       int       `json:"status"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Kind         string    `json:"kind"`
	Depth        int       `json:"depth"`
	Site         string    `json:"site"`
	FetchedAt    time.Time `json:"fetched_at"`
	DiscoveredAt time.Time `json:"discovered_at"`
	// ListedAt is the publication time the feed or sitemap that listed the
	// URL gave (URLTask.PublishedAt), zero when none did: a date source the
	// extractor weighs beside the page's own.
	ListedAt time.Time `json:"listed_at,omitzero"`
	// ListedAuthors are the authors the feed that listed the URL gave
	// (URLTask.Authors), for a page whose byline names no one.
	ListedAuthors []string `json:"listed_authors,omitempty"`
	Body          []byte   `json:"-"` // raw bytes as served (transfer encoding removed, charset untouched)
}

// Article operations carried on the articles stream.
// The article messages are defined in package record, which the store
// shares without depending on NATS; these names keep them in the bus's
// vocabulary.
const (
	OpStory = record.OpStory // see record.OpStory
	OpAlias = record.OpAlias // see record.OpAlias
)

// Article is a message on the articles stream (see record.Article).
type Article = record.Article

// Signals are one copy's signals of being the original (see record.Signals).
type Signals = record.Signals

// DeadLetter is a message parked on the dead-letter stream.
type DeadLetter struct {
	V          int       `json:"v"`
	Stage      string    `json:"stage"`   // crawler, extractor or sink
	Subject    string    `json:"subject"` // original subject
	Reason     string    `json:"reason"`
	Deliveries uint64    `json:"deliveries"`
	At         time.Time `json:"at"`
	MsgID      string    `json:"msg_id,omitempty"`
	Data       []byte    `json:"data,omitempty"` // original payload (may be truncated)
}
