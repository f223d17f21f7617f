package store_test

import (
	"fmt"
	"testing"

	"newsroom.dev/pkg/bus"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// BenchmarkApply applies batches of new stories with ~10 KB of text each and
// reports rows/s.
func BenchmarkApply(b *testing.B) {
	backends := []struct {
		name string
		url  func(b *testing.B) string
	}{
		{"sqlite", func(b *testing.B) string { return storetest.SQLitePath(b) }},
		{"postgres", func(b *testing.B) string { return storetest.PostgresURL(b) }},
	}
	for _, be := range backends {
		for _, size := range []int{100, 500} {
			b.Run(fmt.Sprintf("backend=%s/batch=%d", be.name, size), func(b *testing.B) {
				s, err := store.Open(b.Context(), be.url(b), store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				// Build batches ahead so message construction is not timed.
				const distinct = 8
				pre := make([][]bus.Article, distinct)
				for i := range pre {
					pre[i] = storetest.Batch(fmt.Sprint("warm", i), size, 10_000)
				}
				round := 0
				b.ReportAllocs()
				b.SetBytes(int64(size) * 10_000)
				for b.Loop() {
					batch := pre[round%distinct]
					// New ids each round so every row is an insert.
					for i := range batch {
						batch[i].StoryID = fmt.Sprintf("r%d-%d", round, i)
						batch[i].URL = fmt.Sprintf("https://news.example/r%d/%d", round, i)
					}
					if err := s.Apply(b.Context(), batch); err != nil {
						b.Fatal(err)
					}
					round++
				}
				b.ReportMetric(float64(round*size)/b.Elapsed().Seconds(), "rows/s")
			})
		}
	}
}
