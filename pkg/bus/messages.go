package bus

import (
	"time"
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
	Body         []byte    `json:"-"` // raw bytes as served (transfer encoding removed, charset untouched)
}

// Article operations carried on the articles stream.
const (
	// OpStory creates a story or replaces its chosen copy (URL and fields) when
	// Version is higher than the stored one.
	OpStory = "story"
	// OpAlias records one more URL at which a known story was seen.
	OpAlias = "alias"
)

// Article is a message on the articles stream: a story (new, or a better copy
// of a known one) or an alias URL of a known story. Applying the same message
// twice has no further effect.
type Article struct {
	V            int               `json:"v"`
	Op           string            `json:"op"`       // OpStory or OpAlias
	StoryID      string            `json:"story_id"` // stable id assigned at first sight
	Version      int64             `json:"version"`  // per-story, grows when the chosen copy changes
	URL          string            `json:"url"`      // the URL of this copy
	CanonicalURL string            `json:"canonical_url,omitempty"`
	Site         string            `json:"site"` // host of URL
	SiteName     string            `json:"site_name,omitempty"`
	Title        string            `json:"title,omitempty"`
	Authors      []string          `json:"authors,omitempty"`
	PublishedAt  *time.Time        `json:"published_at,omitempty"`
	ModifiedAt   *time.Time        `json:"modified_at,omitempty"`
	Language     string            `json:"language,omitempty"`
	Text         string            `json:"text,omitempty"` // paragraphs separated by "\n"
	Image        string            `json:"image,omitempty"`
	Section      string            `json:"section,omitempty"`
	Tags         []string          `json:"tags,omitempty"`
	Tier         string            `json:"tier,omitempty"` // dedupe tier that matched: url, canonical, text, near ("" for new)
	FetchedAt    time.Time         `json:"fetched_at"`
	DiscoveredAt time.Time         `json:"discovered_at,omitempty"`
	Provenance   map[string]string `json:"provenance,omitempty"` // field -> method that produced it
	// Signals are this copy's signals of being the original, as the dedupe
	// decision weighed them; the store keeps them per URL to explain which
	// copy is the story's original and why. Nil when not known.
	Signals *Signals `json:"signals,omitempty"`
}

// Signals are the signals of one copy of a story that decide which copy is
// the original (state.Quality).
type Signals struct {
	Rank      int   `json:"rank"`                // strong signals: negative for a copy that credits or names another site's page
	Detail    int   `json:"detail"`              // weak signals: own canonical link, structured data, byline
	Length    int   `json:"length"`              // body length in words
	Published int64 `json:"published,omitempty"` // publication time, unix seconds; 0 unknown
	Slack     int64 `json:"slack,omitempty"`     // seconds the true publication time may lie either side of Published
}

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
