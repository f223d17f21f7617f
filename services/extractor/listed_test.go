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

// TestListedAtDatesPage: a page that carries no date of its own takes the
// publication time its feed gave (bus.Page.ListedAt), with provenance
// "listed"; a page that has its own date keeps it.
func TestListedAtDatesPage(t *testing.T) {
	ctx := context.Background()
	svc, err := New(Config{NoTemplates: true}, Deps{State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	listed := time.Date(2024, 5, 16, 22, 15, 0, 0, time.FixedZone("", -4*3600))
	doc := func(head, title string, seed int) []byte {
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s - The Gazette</title>%s</head><body><article><h1>%s</h1>`, title, head, title)
		for _, p := range para(seed, 5) {
			fmt.Fprintf(&b, "<p>%s</p>", p)
		}
		b.WriteString(`</article></body></html>`)
		return []byte(b.String())
	}
	tests := []struct {
		name, url string
		body      []byte
		want      time.Time
		prov      string
	}{
		{"no date on the page", "http://gazette.example/a/1", doc("", "Harbour plan approved", 11), listed, "listed"},
		{"the page's own date", "http://gazette.example/a/2",
			doc(`<meta property="article:published_time" content="2024-05-15T09:30:00Z">`, "Ferry fares frozen", 12),
			time.Date(2024, 5, 15, 9, 30, 0, 0, time.UTC), "meta:article:published_time"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &bus.Page{URL: tc.url, RequestURL: tc.url, Status: 200, ContentType: "text/html; charset=utf-8",
				Kind: bus.KindArticle, FetchedAt: time.Now(), ListedAt: listed, Body: tc.body}
			out, err := svc.Process(ctx, p)
			if err != nil || len(out) != 1 || out[0].Op != bus.OpStory {
				t.Fatalf("Process = %+v, %v", out, err)
			}
			a := out[0]
			if a.PublishedAt == nil || !a.PublishedAt.Equal(tc.want) || a.Provenance["published_at"] != tc.prov {
				t.Errorf("published %v (%s), want %v (%s)", a.PublishedAt, a.Provenance["published_at"], tc.want, tc.prov)
			}
		})
	}
}
