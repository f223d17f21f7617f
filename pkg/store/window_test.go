package store_test

import (
	"fmt"
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
