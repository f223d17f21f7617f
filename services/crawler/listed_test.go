package crawler_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
)

// TestRedirectKeepsListedTime serves a feed whose entry links to an
// address that redirects (to the same path with a slash, as static
// servers do): the page fetched at the end of the redirect still carries
// the publication time the feed gave, which the extractor uses to read
// the page's dates.
func TestRedirectKeepsListedTime(t *testing.T) {
	r := newBareRig(t)
	var s *site
	s = newSite(t, map[string]http.HandlerFunc{
		"/feed.xml": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Story</title><link>%s/news/story-one</link><pubDate>Wed, 07 May 2025 15:31:00 +0100</pubDate></item></channel></rss>`, s.srv.URL)
		},
		"/news/story-one": func(w http.ResponseWriter, req *http.Request) {
			http.Redirect(w, req, "/news/story-one/", http.StatusMovedPermanently)
		},
		"/news/story-one/": html("<h1>Story</h1><p>07/05/2025</p>"),
	})
	r.seed(s.srv.URL + "/feed.xml")
	r.runUntilIdle(30*time.Second, r.crawler(baseConfig(), nil))
	if s.count("/news/story-one/") != 1 {
		t.Fatalf("redirect target fetched %d times, want 1", s.count("/news/story-one/"))
	}
	cons, err := r.nats.JS.Consumer(r.ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	want := s.srv.URL + "/news/story-one/"
	for {
		m, err := cons.Next(jetstream.FetchMaxWait(2 * time.Second))
		if err != nil {
			t.Fatalf("no page message for %s: %v", want, err)
		}
		if m.Headers().Get(bus.HdrURL) != want {
			continue
		}
		listed := m.Headers().Get(bus.HdrListedAt)
		if got, err := time.Parse(time.RFC3339Nano, listed); err != nil || !got.Equal(time.Date(2025, 5, 7, 14, 31, 0, 0, time.UTC)) {
			t.Fatalf("page %s listed at %q, want the feed's 2025-05-07T14:31:00Z", want, listed)
		}
		return
	}
}
