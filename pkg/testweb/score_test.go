package testweb

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCompare(t *testing.T) {
	pub := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	truth := Truth{Stories: []Story{
		{URL: "http://a/1", Title: "One", Authors: []string{"Ann"}, Published: pub, Text: "one",
			Copies: []Copy{{URL: "http://agg/1"}, {URL: "http://agg2/1"}}},
		{URL: "http://a/2", Title: "Two", Copies: []Copy{{URL: "http://agg/2"}}},
		{URL: "http://a/3", Title: "Three"},
	}}
	rows := []Exported{
		{URL: "http://a/1", Title: "One", Authors: []string{"Ann"}, PublishedAt: &pub, Text: "one",
			Duplicates: []string{"http://agg/1"}},
		{URL: "http://agg2/1"},                  // a copy stored apart
		{URL: "http://agg/2", Title: "Two"},     // found through its copy only
		{URL: "http://elsewhere/x", Title: "X"}, // no story
	}
	got := truth.Compare(rows)
	want := Report{Stories: 3, Found: 2, OriginalURL: 1, TitleOK: 2, DateOK: 1, AuthorsOK: 2, TextOK: 2, // story two has neither authors nor text
		Copies: 3, CopiesFolded: 2, Exported: 4, Split: 1,
		NotOriginal:    []string{"http://a/2 chose http://agg/2 (copy: canonical=false plain=false dressed=false dropped-last=false posted 0s after)"},
		NonArticles:    map[string]int{"section": 1},
		NonArticleURLs: []string{"http://elsewhere/x"},
		Missing:        []string{"http://a/3"},
		Unfolded:       []string{"http://agg2/1 (stored apart)"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compare (-want +got):\n%s", diff)
	}
}
