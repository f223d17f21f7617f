package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "store-example")
	defer os.RemoveAll(dir)

	s, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, "articles.db"), store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	fetched := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	err = s.Apply(ctx, []bus.Article{
		{Op: bus.OpAlias, StoryID: "st1", URL: "https://news.example/amp/a", FetchedAt: fetched},
		{Op: bus.OpStory, StoryID: "st1", Version: 1, URL: "https://news.example/a", Title: "Hello", FetchedAt: fetched},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := s.Get(ctx, "st1")
	fmt.Println(st.URL, st.Duplicates)
	stories, urls, _ := s.Count(ctx)
	fmt.Println(stories, urls)
	// Output:
	// https://news.example/a [https://news.example/amp/a]
	// 1 2
}
