package store

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// Story is one exported story: its chosen copy plus every other URL it was
// seen at. The JSON field names are the export format.
type Story struct {
	ID           string     `json:"id"`
	URL          string     `json:"url"` // URL of the chosen copy
	CanonicalURL string     `json:"canonical_url"`
	Site         string     `json:"site"`
	Title        string     `json:"title"`
	Authors      []string   `json:"authors"` // never nil
	PublishedAt  *time.Time `json:"published_at"`
	Language     string     `json:"language"`
	Text         string     `json:"text"`
	Duplicates   []string   `json:"duplicates"` // other URLs, sorted, never nil, never URL
	// FetchedAt is when the chosen copy (URL) was fetched. A story whose
	// chosen copy changed (a better copy took over) can have a FetchedAt
	// later than FirstStoredAt.
	FetchedAt time.Time `json:"fetched_at"`
	// StoredAt is FirstStoredAt under its original name, kept so that
	// existing readers of the export go on working.
	StoredAt time.Time `json:"stored_at"`
	// FirstStoredAt is when the story was first stored, from whichever copy
	// was seen first; it never changes.
	FirstStoredAt time.Time `json:"first_stored_at"`
	// UpdatedAt is when the story row last changed (its chosen copy was
	// replaced); equal to FirstStoredAt for a story never taken over.
	UpdatedAt  time.Time  `json:"updated_at"`
	SiteName   string     `json:"site_name"`
	ModifiedAt *time.Time `json:"modified_at"`
	Image      string     `json:"image"`
	Section    string     `json:"section"`
	Tags       []string   `json:"tags"` // never nil
	Version    int64      `json:"version"`
	Tier       string     `json:"tier"`
}

// Export formats.
const (
	FormatJSONL   = "jsonl"   // one JSON object per line
	FormatCSV     = "csv"     // RFC 4180, a header row; lists as JSON arrays
	FormatParquet = "parquet" // typed columns: timestamps, lists of strings
)

// ExportFormats lists the formats Export writes.
func ExportFormats() []string { return []string{FormatJSONL, FormatCSV, FormatParquet} }

// ExportOptions selects what Export writes. Every filter narrows the export;
// the zero value exports every story.
type ExportOptions struct {
	// Since keeps stories first stored or updated at or after it: the
	// stories that changed since an earlier export. Zero keeps all.
	Since time.Time
	// Until keeps stories whose last change (UpdatedAt) is before it. Zero
	// means no upper bound.
	Until time.Time
	// Site keeps stories whose chosen copy is on this host (exact).
	Site string
	// Lang keeps stories in this language (ISO 639-1 code, any case).
	Lang string
	// Query keeps stories matching this full-text query, in the syntax and
	// with the matching of Search (words, "a phrase", OR, -word).
	Query string
	// Format is FormatJSONL (the default when empty), FormatCSV or
	// FormatParquet.
	Format string
}

// storyQuery selects story rows for a backend: by id when id is set, else by
// the filters of an export.
type storyQuery struct {
	id         string
	since      time.Time
	until      time.Time
	site, lang string
}

// Export writes every story selected by opts to w in opts.Format, ordered by
// first stored time then id, and returns how many it wrote. Rows are streamed
// from the database (Parquet holds one row group of rows at a time). With a
// Query, the ids of the matching stories are found first with Search and
// kept in memory. Aliases whose story has not arrived are not exported. ctx
// bounds the whole export.
func (s *Store) Export(ctx context.Context, w io.Writer, opts ExportOptions) (n int, err error) {
	fail := func(err error) (int, error) {
		return n, fmt.Errorf("export from %s store at %s: %w", s.backend, s.where, err)
	}
	var sw storyWriter
	switch opts.Format {
	case "", FormatJSONL:
		sw = newJSONLWriter(w)
	case FormatCSV:
		sw = newCSVWriter(w)
	case FormatParquet:
		sw = newParquetWriter(w)
	default:
		return 0, fmt.Errorf("export from %s store: %w: unsupported format %q (want %s)", s.backend, ErrBadQuery,
			opts.Format, strings.Join(ExportFormats(), ", "))
	}
	q := storyQuery{since: normTime(opts.Since), site: strings.TrimSpace(opts.Site), lang: strings.TrimSpace(opts.Lang)}
	if !opts.Until.IsZero() {
		q.until = normTime(opts.Until)
	}
	var match map[string]bool
	if strings.TrimSpace(opts.Query) != "" {
		if match, err = s.matching(ctx, opts.Query, q.site, q.lang); err != nil {
			return fail(err)
		}
	}
	err = s.eng.stories(ctx, q, func(st *Story) error {
		if match != nil && !match[st.ID] {
			return nil
		}
		if err := sw.write(st); err != nil {
			return fmt.Errorf("write story %q: %w", st.ID, err)
		}
		n++
		return nil
	})
	if cerr := sw.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	return n, nil
}

// matching returns the ids of every story matching a full-text query, read
// page by page through Search.
func (s *Store) matching(ctx context.Context, text, site, lang string) (map[string]bool, error) {
	ids := map[string]bool{}
	q := SearchQuery{Text: text, Site: site, Lang: lang, Sort: SortStored, Limit: MaxSearchLimit}
	for {
		page, err := s.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, h := range page.Stories {
			ids[h.ID] = true
		}
		if page.NextCursor == "" {
			return ids, nil
		}
		q.Cursor = page.NextCursor
	}
}

// Get returns the story with the given id, or an error wrapping ErrNotFound
// when no story row has it (an alias alone does not make a story).
func (s *Store) Get(ctx context.Context, id string) (Story, error) {
	var out *Story
	err := s.eng.stories(ctx, storyQuery{id: id}, func(st *Story) error {
		out = st
		return nil
	})
	if err != nil {
		return Story{}, fmt.Errorf("get story %q from %s store at %s: %w", id, s.backend, s.where, err)
	}
	if out == nil {
		return Story{}, fmt.Errorf("get story %q from %s store: %w", id, s.backend, ErrNotFound)
	}
	return *out, nil
}

// decodeList parses a JSON array column; anything unparsable yields [].
func decodeList(s string) []string {
	var l []string
	if s != "" {
		_ = json.Unmarshal([]byte(s), &l)
	}
	if l == nil {
		l = []string{}
	}
	return l
}
