// Package record defines the article records that the extractor sends on
// the articles stream and the store persists: a story, or one more URL of a
// known story, with the signals that chose its original. It depends on
// nothing but the standard library, so the store and its readers need no
// message-bus client; package bus gives the same types its own names.
package record

import "time"

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
// the original (state.Quality in package state).
type Signals struct {
	Rank      int   `json:"rank"`                // strong signals: negative for a copy that credits or names another site's page
	Detail    int   `json:"detail"`              // weak signals: own canonical link, structured data, byline
	Length    int   `json:"length"`              // body length in words
	Published int64 `json:"published,omitempty"` // publication time, unix seconds; 0 unknown
	Slack     int64 `json:"slack,omitempty"`     // seconds the true publication time may lie either side of Published
}
