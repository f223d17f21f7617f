package store_test

import (
	"context"
	"slices"
	"testing"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// TestDrop: Drop removes what the migrations created, with the data, on
// SQLite and PostgreSQL, leaves other tables alone, and a later Open starts
// afresh.
func TestDrop(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ name, url string }{
		{"sqlite", "sqlite:" + storetest.SQLitePath(t)},
		{"postgres", storetest.PostgresURL(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := store.Open(ctx, tc.url, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Apply(ctx, []bus.Article{storetest.Story("s1", 1, "https://a.example/1")}); err != nil {
				t.Fatal(err)
			}
			if n, _, _ := s.Count(ctx); n != 1 {
				t.Fatalf("count %d before drop", n)
			}
			dropped, err := s.Drop(ctx)
			if err != nil {
				t.Fatal(err)
			}
			wants := []string{"stories", "story_urls", "schema_migrations"}
			if tc.name == "postgres" {
				wants = append(wants, "newsroom_ts_config")
			}
			for _, want := range wants {
				if !slices.Contains(dropped, want) {
					t.Errorf("dropped %v, want %s among them", dropped, want)
				}
			}
			if _, _, err := s.Count(ctx); err == nil {
				t.Error("count after drop: no error, the tables are still there")
			}
			s.Close()
			s, err = store.Open(ctx, tc.url, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if n, _, err := s.Count(ctx); err != nil || n != 0 {
				t.Errorf("after reopen: count %d, %v; want an empty store", n, err)
			}
		})
	}
}
