package extractor

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/testkit"
)

// TestRealAggregatorCopy folds the real aggregator page of the shared
// samples (a wire story under heavy chrome, no canonical link, a zone-less
// date) with an original page built from the sample's expected text, in
// both orders: one story, and the original's URL is the story's.
func TestRealAggregatorCopy(t *testing.T) {
	dir, err := testkit.SharedData("samples")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "aggregator-article.html"))
	if err != nil {
		t.Fatalf("shared sample missing: %v", err)
	}
	var want struct {
		Title, Text string
		Published   string `json:"published_at"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "aggregator-article.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	origURL := "https://wire.example/article/putin-harbin-visit"
	var body strings.Builder
	for _, p := range strings.Split(want.Text, "\n") {
		fmt.Fprintf(&body, "<p>%s</p>\n", html.EscapeString(p))
	}
	// The original: its own canonical link, structured data and byline, and
	// an exact time 2 hours before the copy's zone-less clock time.
	orig := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><title>%[1]s | Wire</title>
<link rel="canonical" href="%[2]s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%[3]q,
"datePublished":"2025-04-13T20:27:44Z","author":[{"@type":"Person","name":"Ken Moritsugu"}],
"publisher":{"@type":"Organization","name":"Wire"}}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>%[1]s</h1><p class="byline">By Ken Moritsugu</p><div class="body">%[4]s</div></article>
<footer>© Wire</footer></body></html>`, html.EscapeString(want.Title), origURL, want.Title, body.String())
	pages := map[string]*bus.Page{
		"original":   {URL: origURL, Body: []byte(orig), ContentType: "text/html; charset=utf-8"},
		"aggregator": {URL: "https://agg.example/news/2025/04/13/8841", Body: raw, ContentType: "text/html; charset=utf-8"},
	}
	for _, order := range [][]string{{"aggregator", "original"}, {"original", "aggregator"}} {
		t.Run(strings.Join(order, " first, then "), func(t *testing.T) {
			svc, err := New(Config{}, Deps{State: memstate.New()})
			if err != nil {
				t.Fatal(err)
			}
			stories := map[string]bool{}
			chosen, ver := "", int64(0)
			for _, name := range order {
				arts, err := svc.Process(t.Context(), pages[name])
				if err != nil || len(arts) != 1 {
					t.Fatalf("%s: %v (%d articles)", name, err, len(arts))
				}
				a := arts[0]
				t.Logf("%s: story %s version %d op %s tier %q", name, a.StoryID, a.Version, a.Op, a.Tier)
				stories[a.StoryID] = true
				if a.Op == bus.OpStory && a.Version > ver {
					chosen, ver = a.URL, a.Version
				}
			}
			if len(stories) != 1 {
				t.Fatalf("the copy and the original are %d stories", len(stories))
			}
			if chosen != origURL {
				t.Fatalf("story URL %s, want the original's %s", chosen, origURL)
			}
		})
	}
}
