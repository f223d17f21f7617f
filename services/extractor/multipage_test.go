package extractor

import (
	"context"
	"errors"
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

// TestMultiPageLaterPageFirst: a later page that arrives before its first
// page waits in the broker (a delay) instead of becoming a story of its own;
// once the first page is in, it joins it. A later page whose first page
// never comes is stored on its own after Config.MultipageWait.
func TestMultiPageLaterPageFirst(t *testing.T) {
	ctx := context.Background()
	const wait = 25 * time.Second // three looks: 10s, 10s, 5s
	svc, err := New(Config{NoTemplates: true, MultipageWait: wait}, Deps{State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	page := func(u string, body []byte) *bus.Page {
		return &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8", FetchedAt: time.Now(), Body: body}
	}
	p1URL, p2URL := "http://gazette.example/2024/05/17/harbour-plan/", "http://gazette.example/2024/05/17/harbour-plan/2/"
	part1, part2 := para(3, 5), para(4, 4)
	p1 := page(p1URL, articlePage("Harbour plan approved", p2URL, "", part1))
	p2 := page(p2URL, articlePage("Harbour plan approved", "", p1URL, part2))

	_, err = svc.Process(ctx, p2)
	var d *bus.DelayError
	if !errors.As(err, &d) || d.After != 10*time.Second {
		t.Fatalf("page 2 before page 1: err = %v, want a delay of 10s", err)
	}
	first, err := svc.Process(ctx, p1)
	if err != nil || len(first) != 1 || first[0].Op != bus.OpStory {
		t.Fatalf("page 1: %+v, %v", first, err)
	}
	second, err := svc.Process(ctx, p2)
	if err != nil || len(second) != 2 {
		t.Fatalf("page 2 after page 1: %+v, %v", second, err)
	}
	if second[0].StoryID != first[0].StoryID || second[0].Text != strings.Join(append(append([]string{}, part1...), part2...), "\n") {
		t.Fatalf("joined story = %+v", second[0])
	}

	// A later page whose first page never comes.
	q2URL := "http://gazette.example/2024/05/18/bridge-works/2/"
	q2 := page(q2URL, articlePage("Bridge works begin", "", "http://gazette.example/2024/05/18/bridge-works/", para(5, 5)))
	for i := 0; i < 3; i++ {
		if _, err := svc.Process(ctx, q2); !errors.As(err, &d) {
			t.Fatalf("look %d: err = %v, want a delay", i+1, err)
		}
	}
	alone, err := svc.Process(ctx, q2)
	if err != nil || len(alone) != 1 || alone[0].Op != bus.OpStory || alone[0].URL != q2URL {
		t.Fatalf("after the wait: %+v, %v; want a story of its own", alone, err)
	}

	// A one-pass crawl that has nothing left to fetch ends the waits at once.
	r2URL := "http://gazette.example/2024/05/19/ferry-fares/2/"
	r2 := page(r2URL, articlePage("Ferry fares rise", "", "http://gazette.example/2024/05/19/ferry-fares/", para(6, 5)))
	if _, err := svc.Process(ctx, r2); !errors.As(err, &d) {
		t.Fatalf("before the crawl ends: err = %v, want a delay", err)
	}
	svc.StopWaitingForEarlierPages()
	alone, err = svc.Process(ctx, r2)
	if err != nil || len(alone) != 1 || alone[0].Op != bus.OpStory || alone[0].URL != r2URL {
		t.Fatalf("after the crawl ended: %+v, %v; want a story of its own", alone, err)
	}
}
