package faults

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
)

// row is the part of an exported story the comparisons use.
type row struct {
	ID         string   `json:"id"`
	URL        string   `json:"url"`
	Title      string   `json:"title"`
	Duplicates []string `json:"duplicates"`
	// What a failure report shows of a row, to tell how it came about.
	Text          string    `json:"text"`
	Tier          string    `json:"tier"`
	Version       int64     `json:"version"`
	FetchedAt     time.Time `json:"fetched_at"`
	FirstStoredAt time.Time `json:"first_stored_at"`
}

// describe sums up a stored row for a failure report: its id, chosen URL,
// other URLs, how its chosen copy was decided, and its text's length.
func (r row) describe() string {
	return fmt.Sprintf("id %s url %s dups %v tier %q version %d words %d fetched %s first stored %s",
		r.ID, r.URL, r.Duplicates, r.Tier, r.Version, len(strings.Fields(r.Text)),
		r.FetchedAt.Format("15:04:05.000"), r.FirstStoredAt.Format("15:04:05.000"))
}

// urls is the story's chosen URL and its duplicates, sorted.
func (r row) urls() []string {
	u := append([]string{r.URL}, r.Duplicates...)
	sort.Strings(u)
	return u
}

func parseExport(data []byte) ([]row, error) {
	var rows []row
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var r row
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("export line %d: %w", i+1, err)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// diff is the comparison of a crawl's export with the reference.
type diff struct {
	Expected   int // stories in the reference
	Stored     int // stories in the export
	Duplicated int // reference stories stored more than once (split over rows, or a URL in two rows)
	Lost       int // reference stories with none of their URLs stored
	Extra      int // stored stories that match no reference story
	Changed    int // stories stored once but with another URL set or chosen URL
	Notes      []string
}

func (d diff) ok() bool {
	return d.Duplicated == 0 && d.Lost == 0 && d.Extra == 0 && d.Changed == 0 && d.Stored == d.Expected
}

// compare matches got against ref by URL.
func compare(ref, got []row) diff {
	d := diff{Expected: len(ref), Stored: len(got)}
	byURL := map[string][]int{} // url -> rows of got holding it
	for i, r := range got {
		for _, u := range r.urls() {
			byURL[u] = append(byURL[u], i)
		}
	}
	for u, rs := range byURL {
		if len(rs) > 1 {
			d.Notes = append(d.Notes, fmt.Sprintf("url %s stored in %d stories", u, len(rs)))
		}
	}
	matched := make([]bool, len(got))
	for _, r := range ref {
		var hits []int
		for _, u := range r.urls() {
			for _, i := range byURL[u] {
				if !slices.Contains(hits, i) {
					hits = append(hits, i)
				}
			}
		}
		for _, i := range hits {
			matched[i] = true
		}
		switch {
		case len(hits) == 0:
			d.Lost++
			d.Notes = append(d.Notes, "lost: "+r.URL)
		case len(hits) > 1:
			d.Duplicated++
			d.Notes = append(d.Notes, fmt.Sprintf("stored %d times: %s %v", len(hits), r.URL, r.Duplicates))
			for _, i := range hits {
				d.Notes = append(d.Notes, "    as "+got[i].describe())
			}
		default:
			g := got[hits[0]]
			if !slices.Equal(g.urls(), r.urls()) || g.URL != r.URL {
				d.Changed++
				d.Notes = append(d.Notes, fmt.Sprintf("changed: %s %v, want %s %v", g.URL, g.Duplicates, r.URL, r.Duplicates))
			}
		}
	}
	for i, m := range matched {
		if !m {
			d.Extra++
			d.Notes = append(d.Notes, "extra: "+got[i].URL)
		}
	}
	return d
}

// report logs the comparison, adds it to the suite report and fails the
// test when the export differs from the reference.
func report(t *testing.T, fault string, d diff, took time.Duration, notes string) {
	t.Helper()
	line := fmt.Sprintf("%-34s %9d %7d %10d %5d %6d %8s  %s", fault, d.Expected, d.Stored, d.Duplicated, d.Lost, d.Extra,
		took.Round(time.Second), notes)
	s.addReport(line)
	t.Logf("%s\nexpected %d, stored %d, duplicated %d, lost %d, extra %d, changed %d", fault, d.Expected, d.Stored,
		d.Duplicated, d.Lost, d.Extra, d.Changed)
	if !d.ok() {
		max := min(len(d.Notes), 80)
		t.Errorf("%s: export differs from the reference crawl:\n  %s", fault, strings.Join(d.Notes[:max], "\n  "))
	}
}

// exported converts rows for testweb's scoring.
func exported(rows []row) []testweb.Exported {
	out := make([]testweb.Exported, len(rows))
	for i, r := range rows {
		out[i] = testweb.Exported{ID: r.ID, URL: r.URL, Title: r.Title, Duplicates: r.Duplicates}
	}
	return out
}
