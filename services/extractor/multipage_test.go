package extractor

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/memstate"
)

func articlePage(title, next, prev string, paras []string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s - The Gazette</title>`, title)
	if next != "" {
		fmt.Fprintf(&b, `<link rel="next" href="%s">`, next)
	}
	if prev != "" {
		fmt.Fprintf(&b, `<link rel="prev" href="%s">`, prev)
	}
	b.WriteString(`<meta property="article:published_time" content="2024-05-17T09:30:00Z"></head><body>`)
	b.WriteString(`<nav><a href="/">Home</a> <a href="/world/">World</a></nav><article>`)
	fmt.Fprintf(&b, `<h1>%s</h1><p class="byline">By Ana Ruiz</p>`, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	if next != "" {
		fmt.Fprintf(&b, `<p><a href="%s">Next page</a></p>`, next)
	}
	b.WriteString(`</article><footer>© The Gazette</footer></body></html>`)
	return []byte(b.String())
}

func para(seed, n int) []string {
	out := make([]string, n)
	for i := range out {
		var w []string
		for j := 0; j < 45; j++ {
			w = append(w, fmt.Sprintf("word%d", (seed*7919+i*313+j*31)%9000))
		}
		out[i] = strings.Join(w, " ") + "."
	}
	return out
}

// TestMultiPageArticle: an article continued on a second page is one story
// whose text is both parts in order; the second page's URL is recorded as
// one more URL of the story; replaying either page changes nothing.
func TestMultiPageArticle(t *testing.T) {
	ctx := context.Background()
	svc, err := New(Config{NoTemplates: true}, Deps{State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	p1URL, p2URL := "http://gazette.example/2024/05/17/harbour-plan", "http://gazette.example/2024/05/17/harbour-plan?page=2"
	part1, part2 := para(1, 5), para(2, 4)
	page := func(u string, body []byte) *bus.Page {
		return &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8", FetchedAt: time.Now(), Body: body}
	}
	p1 := page(p1URL, articlePage("Harbour plan approved", p2URL, "", part1))
	p2 := page(p2URL, articlePage("Harbour plan approved", "", p1URL, part2))

	first, err := svc.Process(ctx, p1)
	if err != nil || len(first) != 1 || first[0].Op != bus.OpStory || first[0].Version != 1 {
		t.Fatalf("page 1: %+v, %v", first, err)
	}
	second, err := svc.Process(ctx, p2)
	if err != nil {
		t.Fatal(err)
	}
	if len(second) != 2 {
		t.Fatalf("page 2 gave %d messages, want the joined story and an alias: %+v", len(second), second)
	}
	story, alias := second[0], second[1]
	if story.Op != bus.OpStory || story.URL != p1URL || story.StoryID != first[0].StoryID || story.Version <= first[0].Version {
		t.Fatalf("joined story = %+v", story)
	}
	want := strings.Join(append(append([]string{}, part1...), part2...), "\n")
	if story.Text != want {
		t.Fatalf("joined text:\n%s\nwant both parts in order:\n%s", story.Text, want)
	}
	if alias.Op != bus.OpAlias || alias.URL != p2URL || alias.StoryID != story.StoryID {
		t.Fatalf("alias = %+v", alias)
	}
	// Redelivery of page 2 replays the same decision (same message ids).
	again, err := svc.Process(ctx, p2)
	if err != nil || len(again) != 2 || bus.ArticleMsgID(again[0]) != bus.ArticleMsgID(story) {
		t.Fatalf("replay of page 2: %+v, %v", again, err)
	}
}
