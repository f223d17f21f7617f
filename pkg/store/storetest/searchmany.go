package storetest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// manyStories is more stories matching one word than a store counts before
// it picks a plan for a text search (SQLite: 1000), so that both plans are
// checked against the same orders.
const manyStories = 1300

// testSearchManyMatches walks every page of text searches and filtered
// listings over many matching stories and checks each order exactly:
// story time (or first stored) descending, ties by id descending; by
// relevance, non-increasing scores and every match once.
func testSearchManyMatches(t *testing.T, loc Location) {
	s := open(t, loc(t))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	type meta struct {
		id, site, lang string
		text, author   bool
		published      time.Time
		batch          int
	}
	var all []meta
	const batches = 4
	for b := range batches {
		var msgs []bus.Article
		for i := b; i < manyStories; i += batches {
			m := meta{id: fmt.Sprintf("m%04d", i), site: []string{"x.example", "y.example", "z.example"}[i%3],
				lang: "en", text: i%10 != 9, author: i%7 == 0, batch: b,
				// Scattered over three months, with pairs sharing a time.
				published: base.Add(time.Duration((i/2)*7919%2160) * time.Hour)}
			if i%4 == 0 {
				m.lang = "de"
			}
			body := "An unrelated report."
			if m.text {
				body = fmt.Sprintf("Alpha report %d.%s", i, strings.Repeat(" Alpha again.", i%4))
			}
			var authors []string
			if m.author {
				authors = []string{"Ann Lee"}
			} else {
				authors = []string{"Ann Leeward"}
			}
			all = append(all, m)
			msgs = append(msgs, Article(m.id, m.site, m.lang, "Report "+m.id, body, m.published, authors...))
		}
		apply(t, s, msgs...) // each batch is stored after the one before
	}
	byPublished := func(a, b meta) int {
		return cmp.Or(b.published.Compare(a.published), strings.Compare(b.id, a.id))
	}
	byStored := func(a, b meta) int { return cmp.Or(cmp.Compare(b.batch, a.batch), strings.Compare(b.id, a.id)) }
	since, until := base.Add(20*24*time.Hour), base.Add(50*24*time.Hour+time.Hour)
	cases := []struct {
		name  string
		q     store.SearchQuery
		keep  func(meta) bool
		order func(a, b meta) int
	}{
		{"text by published", store.SearchQuery{Text: "alpha", Sort: store.SortPublished},
			func(m meta) bool { return m.text }, byPublished},
		{"text by stored", store.SearchQuery{Text: "alpha", Sort: store.SortStored},
			func(m meta) bool { return m.text }, byStored},
		{"text on a site by published", store.SearchQuery{Text: "alpha", Site: "x.example", Sort: store.SortPublished},
			func(m meta) bool { return m.text && m.site == "x.example" }, byPublished},
		{"text in a language by stored", store.SearchQuery{Text: "alpha", Lang: "DE", Sort: store.SortStored},
			func(m meta) bool { return m.text && m.lang == "de" }, byStored},
		{"text in a time range by published", store.SearchQuery{Text: "alpha", Since: since, Until: until, Sort: store.SortPublished},
			func(m meta) bool { return m.text && !m.published.Before(since) && m.published.Before(until) }, byPublished},
		{"author by published", store.SearchQuery{Author: "ann lee"},
			func(m meta) bool { return m.author }, byPublished},
		{"author and text by stored", store.SearchQuery{Author: "Ann Lee", Text: "alpha", Sort: store.SortStored},
			func(m meta) bool { return m.author && m.text }, byStored},
		{"text by relevance", store.SearchQuery{Text: "alpha"}, func(m meta) bool { return m.text }, nil},
		{"text on a site by relevance", store.SearchQuery{Text: "alpha", Site: "y.example"},
			func(m meta) bool { return m.text && m.site == "y.example" }, nil},
	}
	for _, c := range cases {
		var want []string
		var kept []meta
		for _, m := range all {
			if c.keep(m) {
				kept = append(kept, m)
			}
		}
		if c.order != nil {
			slices.SortFunc(kept, c.order)
		} else if len(kept) > store.DefaultRankWindow {
			// By relevance, only the window of the most recently
			// stored matches is ranked (the stores under the suite
			// keep the default window).
			slices.SortFunc(kept, byStored)
			kept = kept[:store.DefaultRankWindow]
		}
		for _, m := range kept {
			want = append(want, m.id)
		}
		q := c.q
		q.Limit = store.MaxSearchLimit
		var got []string
		last := 0.0
		for page := 0; ; page++ {
			p := search(t, s, q)
			for i, h := range p.Stories {
				got = append(got, h.ID)
				if h.Score != nil {
					if (page > 0 || i > 0) && *h.Score > last {
						t.Errorf("%s: page %d, story %d scores %v after %v", c.name, page, i, *h.Score, last)
					}
					last = *h.Score
				}
			}
			if p.NextCursor == "" || page > manyStories/q.Limit+1 {
				break
			}
			q.Cursor = p.NextCursor
		}
		if c.order == nil {
			slices.Sort(got)
			slices.Sort(want)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d stories, want %d; first difference at %d", c.name, len(got), len(want), firstDiff(got, want))
		}
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
