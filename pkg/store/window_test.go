package store_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// TestRankWindow checks that a search by relevance ranks only the
// RankWindow most recently stored matches, while the other orders and the
// filters see every match.
func TestRankWindow(t *testing.T) {
	for name, loc := range map[string]func(*testing.T) string{
		"sqlite":   func(t *testing.T) string { return storetest.SQLitePath(t) },
		"postgres": func(t *testing.T) string { return storetest.PostgresURL(t) },
	} {
		t.Run(name, func(t *testing.T) {
			s, err := store.Open(t.Context(), loc(t), store.Options{RankWindow: 3})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for i := range 6 {
				site := "a.example"
				if i%2 == 1 {
					site = "b.example"
				}
				m := storetest.Article(fmt.Sprint("w", i), site, "en", fmt.Sprint("Comet sighting ", i), "A comet was seen.", time.Now())
				if err := s.Apply(t.Context(), []bus.Article{m}); err != nil { // one batch each: stored in order
					t.Fatal(err)
				}
			}
			count := func(q store.SearchQuery) []string {
				p, err := s.Search(t.Context(), q)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, h := range p.Stories {
					ids = append(ids, h.ID)
				}
				return ids
			}
			got := count(store.SearchQuery{Text: "comet"})
			if len(got) != 3 {
				t.Errorf("relevance with window 3: %v, want the 3 newest", got)
			}
			for _, id := range got {
				if id < "w3" {
					t.Errorf("relevance with window 3 ranked %s, not among the 3 newest", id)
				}
			}
			if got := count(store.SearchQuery{Text: "comet", Site: "a.example"}); len(got) != 3 {
				t.Errorf("relevance on one site: %v, want its 3 stories (the window applies after filters)", got)
			}
			if got := count(store.SearchQuery{Text: "comet", Sort: store.SortPublished}); len(got) != 6 {
				t.Errorf("by published: %v, want all 6", got)
			}
		})
	}
}

// TestRankWindowBoundPostgres checks the window of a search by relevance
// when PostgreSQL seeks it among the most recently stored stories only (the
// planner expects many more matches than the window): the window is still
// the newest matches, also when the stories stored since the bound hold
// fewer of them than the window, and pages follow each other.
func TestRankWindowBoundPostgres(t *testing.T) {
	loc := storetest.PostgresURL(t)
	s, err := store.Open(t.Context(), loc, store.Options{RankWindow: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// 200 stories with "comet", then 200 newer without: the newest
	// stories hold no match, though half the stories match.
	for _, word := range []string{"comet", "meteor"} {
		var msgs []bus.Article
		for i := range 200 {
			id := fmt.Sprintf("%s%03d", word[:1], i)
			msgs = append(msgs, storetest.Article(id, "a.example", "en", fmt.Sprint("Sky report ", i),
				fmt.Sprintf("A %s was seen over the hills, report %d.", word, i), time.Now()))
		}
		if err := s.Apply(t.Context(), msgs); err != nil {
			t.Fatal(err)
		}
	}
	analyze(t, loc)
	for _, q := range []store.SearchQuery{{Text: "comet", Limit: 2}, {Text: "meteor", Limit: 2}} {
		var got []string
		for page := 0; page < 10; page++ {
			p, err := s.Search(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range p.Stories {
				got = append(got, h.ID)
			}
			if p.NextCursor == "" {
				break
			}
			q.Cursor = p.NextCursor
		}
		if len(got) != 5 {
			t.Errorf("%q: %d stories ranked over the pages (%v), want the window of 5", q.Text, len(got), got)
		}
		// One batch shares a stored time: the newest are the highest ids.
		slices.Sort(got)
		if want := fmt.Sprintf("[%[1]c195 %[1]c196 %[1]c197 %[1]c198 %[1]c199]", q.Text[0]); fmt.Sprint(got) != want {
			t.Errorf("%q: ranked %v, want the newest %s", q.Text, got, want)
		}
	}
}
