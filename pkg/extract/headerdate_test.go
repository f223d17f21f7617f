package extract

import (
	"strings"
	"testing"
	"time"
)

// TestHeaderDates checks dates found in the article header outside the
// body container, and clock times added to date-only declarations.
func TestHeaderDates(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	tests := []struct {
		name, url, head, header string
		want                    time.Time
		prov                    string // provenance prefix
	}{
		{"source line with weekday", "https://agg.example/item/123", "",
			`<h1>Council approves budget</h1><div class="src">From <a href="/x">The Daily Planet</a> &middot; Posted Wed, 8 May 2024 21:53 GMT &middot; by Jane Doe</div>`,
			time.Date(2024, 5, 8, 21, 53, 0, 0, time.UTC), "visible"},
		{"date-only meta, clock in the dateline", "https://agg.example/a/5f3e.html", `<meta name="date" content="2024-04-21">`,
			`<h2 class="headline">Council approves budget</h2><div class="dateline">2024/04/21 06:58 | Source: <a href="/y">Gazette</a></div>`,
			time.Date(2024, 4, 21, 6, 58, 0, 0, time.UTC), "meta:date+visible"},
		{"date-only meta, other day in the dateline", "https://agg.example/a/5f3e.html", `<meta name="date" content="2024-04-21">`,
			`<h2 class="headline">Council approves budget</h2><div class="dateline">2024/04/22 06:58</div>`,
			time.Date(2024, 4, 21, 0, 0, 0, 0, time.UTC), "meta:date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Agg</title>" + tc.head + "</head><body><div class=\"wrap\">" + tc.header +
				"<div class=\"text\">" + body + "</div></div></body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: tc.url, Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.PublishedAt == nil || !res.PublishedAt.Equal(tc.want) {
				t.Errorf("PublishedAt = %v, want %v", res.PublishedAt, tc.want)
			}
			if got := res.Provenance["published_at"]; !strings.HasPrefix(got, tc.prov) {
				t.Errorf("provenance %q, want %q", got, tc.prov)
			}
		})
	}
}

// TestTextOnNonArticles checks that a page judged not to be an article
// still reports the body text it found.
func TestTextOnNonArticles(t *testing.T) {
	doc := `<html><body><main><h1>About us</h1><p>We are a small newsroom covering the harbour towns since 1998, with four reporters and an editor.</p></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/about", Body: []byte(doc)})
	if err == nil || res == nil {
		t.Fatalf("Extract = %v, %v; want a non-article result", res, err)
	}
	if res.Kind == KindArticle || res.Text == "" {
		t.Errorf("Kind %q Text %q; want a non-article kind with the text", res.Kind, res.Text)
	}
}
