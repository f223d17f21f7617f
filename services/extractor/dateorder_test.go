package extractor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/state/redisstate/redistest"
)

// TestDateOrderFromListPages: a site's list page shows its dates in
// day-month order ("17/11/2026"); a story of the site whose only date is
// ambiguous ("09/10/2026") is then read day first, though its language
// ("en") and host would read it month first.
func TestDateOrderFromListPages(t *testing.T) {
	stores := map[string]func(t *testing.T) state.Store{
		"memstate": func(t *testing.T) state.Store { return memstate.New() },
		"redis":    func(t *testing.T) state.Store { return redistest.Open(t, "dateorder") },
	}
	page := func(u, body string) *bus.Page {
		return &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8", FetchedAt: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), Body: []byte(body)}
	}
	var list strings.Builder
	list.WriteString(`<html lang="en"><head><title>News - Ashcombe Parish Council</title></head><body><h1>News</h1>`)
	for i, d := range []string{"17/11/2026", "04/11/2026", "28/10/2026", "09/10/2026", "02/10/2026", "11/09/2026"} {
		fmt.Fprintf(&list, `<div class="blog-post"><h2><a href="/news/item-%d">Parish news item %d</a></h2><p class="blog-date"><span class="date-text">%s</span></p><p>A short summary of the item.</p><a href="/news/item-%d">Read more</a></div>`, i, i, d, i)
	}
	list.WriteString(`</body></html>`)
	story := `<html lang="en"><head><title>Defibrillator installed at the village hall - Ashcombe Parish Council</title></head><body><div class="blog-post"><h2 class="blog-title">Defibrillator installed at the village hall</h2>` +
		`<p class="blog-date"><span class="date-text">09/10/2026</span></p><div class="blog-content">` +
		strings.Repeat("<p>A defibrillator has been installed on the outside wall of the village hall, paid for by the summer fete and a grant from the district council.</p>", 5) +
		`</div></div></body></html>`
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			svc, err := New(Config{}, Deps{State: open(t)})
			if err != nil {
				t.Fatal(err)
			}
			if arts, err := svc.Process(t.Context(), page("http://ashcombe-pc.example/news/category/all/", list.String())); err != nil || len(arts) != 0 {
				t.Fatalf("list page: %v (%d articles), want a non-article", err, len(arts))
			}
			arts, err := svc.Process(t.Context(), page("http://ashcombe-pc.example/news/defibrillator-installed-at-the-village-hall", story))
			if err != nil || len(arts) != 1 {
				t.Fatalf("story: %v (%d articles)", err, len(arts))
			}
			if got := arts[0].PublishedAt.Format("2006-01-02"); got != "2026-10-09" {
				t.Errorf("published %s (%s), want 2026-10-09", got, arts[0].Provenance["date"])
			}
		})
	}
}
