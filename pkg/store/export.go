package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
	FetchedAt    time.Time  `json:"fetched_at"`
	StoredAt     time.Time  `json:"stored_at"`
	SiteName     string     `json:"site_name"`
	ModifiedAt   *time.Time `json:"modified_at"`
	Image        string     `json:"image"`
	Section      string     `json:"section"`
	Tags         []string   `json:"tags"` // never nil
	Version      int64      `json:"version"`
	Tier         string     `json:"tier"`
}

// Export formats.
const (
	FormatJSONL = "jsonl"
)

// ExportOptions selects what Export writes.
type ExportOptions struct {
	// Since keeps stories stored or updated at or after it; zero keeps all.
	Since time.Time
	// Format is FormatJSONL (the default when empty).
	Format string
}

// storyQuery selects story rows for a backend: by id when id is set, else by
// stored_at/updated_at >= since.
type storyQuery struct {
	id    string
	since time.Time
}

// Export writes every story row selected by opts to w, one JSON object per
// line, ordered by stored_at then id, and returns how many it wrote. Rows are
// streamed from the database. Aliases whose story has not arrived are not
// exported. ctx bounds the whole export.
func (s *Store) Export(ctx context.Context, w io.Writer, opts ExportOptions) (n int, err error) {
	if opts.Format != "" && opts.Format != FormatJSONL {
		return 0, fmt.Errorf("export from %s store: unsupported format %q (want %q)", s.backend, opts.Format, FormatJSONL)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err = s.eng.stories(ctx, storyQuery{since: normTime(opts.Since)}, func(st *Story) error {
		if err := enc.Encode(st); err != nil {
			return fmt.Errorf("write story %q: %w", st.ID, err)
		}
		n++
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("export from %s store at %s: %w", s.backend, s.where, err)
	}
	return n, nil
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
