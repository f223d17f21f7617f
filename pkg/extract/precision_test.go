package extract

import (
	"strings"
	"testing"
	"time"
)

func TestPublishedPrecision(t *testing.T) {
	body := strings.Repeat("<p>The council met on the harbour plan and voted after a long debate about costs and jobs in the town.</p>\n", 8)
	page := func(head, header string) []byte {
		return []byte("<html><head><title>Harbour plan approved</title>" + head + "</head><body><article><h1>Harbour plan approved</h1>" +
			header + body + "</article></body></html>")
	}
	tests := []struct {
		name, url string
		html      []byte
		want      string
		at        time.Time
	}{
		{"meta time with zone", "https://n.example/a/harbour-plan-approved",
			page(`<meta property="article:published_time" content="2026-11-27T14:32:00+01:00">`, ""),
			DateExact, time.Date(2026, 11, 27, 13, 32, 0, 0, time.UTC)},
		{"json-ld time without zone", "https://n.example/a/harbour-plan-approved",
			page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-27T14:32:00"}</script>`, ""),
			DateLocal, time.Date(2026, 11, 27, 14, 32, 0, 0, time.UTC)},
		{"date-only meta", "https://n.example/a/harbour-plan-approved",
			page(`<meta name="date" content="2026-11-27">`, ""),
			DateDay, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"date-only meta with a visible clock", "https://n.example/a/harbour-plan-approved",
			page(`<meta name="date" content="2026-11-27">`, `<div class="dateline">2026/11/27 15:04</div>`),
			DateLocal, time.Date(2026, 11, 27, 15, 4, 0, 0, time.UTC)},
		{"visible date with GMT", "https://n.example/a/harbour-plan-approved",
			page("", `<div class="date">Posted Fri, 27 Nov 2026 15:04 GMT</div>`),
			DateExact, time.Date(2026, 11, 27, 15, 4, 0, 0, time.UTC)},
		{"url date only", "https://n.example/2026/11/27/harbour-plan-approved", page("", ""),
			DateDay, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"no date", "https://n.example/a/harbour-plan-approved", page("", ""), "", time.Time{}},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		res, err := ex.Extract(Input{URL: tt.url, Body: tt.html})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got time.Time
		if res.PublishedAt != nil {
			got = *res.PublishedAt
			if zoneless(got) {
				t.Errorf("%s: the zone marker left the package", tt.name)
			}
		}
		if res.PublishedPrecision != tt.want || !got.Equal(tt.at) {
			t.Errorf("%s: published %v (%q, via %s), want %v (%q)", tt.name, got, res.PublishedPrecision,
				res.Provenance["published_at"], tt.at, tt.want)
		}
	}
}
