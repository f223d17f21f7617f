package crawler_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
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
		"/feed.xml": func(w http.ResponseWriter, _ *http.Request) { oneItemFeed(w, s.srv.URL+"/news/story-one") },
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
	checkListed(t, r, s.srv.URL+"/news/story-one/", time.Date(2025, 5, 7, 14, 31, 0, 0, time.UTC))
}

// TestListedTimeOfLinkedStory serves a home page that links a story and
// declares a feed that lists it: the story is queued from the home page
// before the feed is read, and its page still carries the feed's time.
func TestListedTimeOfLinkedStory(t *testing.T) {
	r := newBareRig(t)
	var s *site
	s = newSite(t, map[string]http.HandlerFunc{
		"/": homeWithFeed("/news/2025/council-approves-the-new-city-budget"),
		"/feed.xml": func(w http.ResponseWriter, _ *http.Request) {
			oneItemFeed(w, s.srv.URL+"/news/2025/council-approves-the-new-city-budget")
		},
		"/news/2025/council-approves-the-new-city-budget": html("<h1>Council approves budget</h1><p>07/05/2025</p>"),
	})
	r.seed(s.srv.URL + "/")
	r.runUntilIdle(30*time.Second, r.crawler(baseConfig(), nil))
	if s.count("/feed.xml") != 1 || s.count("/news/2025/council-approves-the-new-city-budget") != 1 {
		t.Fatalf("feed fetched %d times, story %d, want 1 and 1", s.count("/feed.xml"), s.count("/news/2025/council-approves-the-new-city-budget"))
	}
	checkListed(t, r, s.srv.URL+"/news/2025/council-approves-the-new-city-budget", time.Date(2025, 5, 7, 14, 31, 0, 0, time.UTC))
}

// checkListed finds the page message of url on the pages stream and
// checks the listing time it carries.
func checkListed(t *testing.T, r *rig, url string, want time.Time) {
	t.Helper()
	listed := pageHeaders(t, r, url).Get(bus.HdrListedAt)
	if got, err := time.Parse(time.RFC3339Nano, listed); err != nil || !got.Equal(want) {
		t.Fatalf("page %s listed at %q, want %s", url, listed, want.Format(time.RFC3339))
	}
}

// oneItemFeed writes an RSS feed that lists link, published on 7 May 2025
// at 14:31 UTC.
func oneItemFeed(w http.ResponseWriter, link string) {
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Story</title><link>%s</link><pubDate>Wed, 07 May 2025 15:31:00 +0100</pubDate></item></channel></rss>`, link)
}

// authoredFeed writes an RSS feed that lists link by creator, published
// on 7 May 2025 at 15:31 in UTC+1.
func authoredFeed(w http.ResponseWriter, link, creator string) {
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>F</title>
<item><title>Story</title><link>%s</link><dc:creator>%s</dc:creator><pubDate>Wed, 07 May 2025 15:31:00 +0100</pubDate></item></channel></rss>`, link, creator)
}

// TestListedAuthors: the authors a feed gives an entry, and its time in
// the feed's zone, reach the page message whether the story is first
// queued from the feed (through the frontier, whose compact entry cannot
// carry them) or from a home page read before the feed.
func TestListedAuthors(t *testing.T) {
	for _, first := range []string{"feed", "home"} {
		t.Run(first, func(t *testing.T) {
			r := newBareRig(t)
			const story = "/news/2025/council-approves-the-new-city-budget"
			var s *site
			s = newSite(t, map[string]http.HandlerFunc{
				"/": homeWithFeed(story),
				"/feed.xml": func(w http.ResponseWriter, _ *http.Request) {
					authoredFeed(w, s.srv.URL+story, "Ірина Бондар")
				},
				story: html("<h1>Council approves budget</h1><p>The council approved the budget.</p>"),
			})
			if first == "feed" {
				r.seed(s.srv.URL + "/feed.xml")
			} else {
				r.seed(s.srv.URL + "/")
			}
			r.runUntilIdle(30*time.Second, r.crawler(baseConfig(), nil))
			h := pageHeaders(t, r, s.srv.URL+story)
			if got := h.Get(bus.HdrListedAt); got != "2025-05-07T15:31:00+01:00" {
				t.Errorf("listed at %q, want 2025-05-07T15:31:00+01:00 (the feed's zone)", got)
			}
			if got := h.Get(bus.HdrListedBy); got != `["\u0406\u0440\u0438\u043d\u0430 \u0411\u043e\u043d\u0434\u0430\u0440"]` {
				t.Errorf("listed by %q, want the feed's dc:creator", got)
			}
		})
	}
}

// pageHeaders returns the headers of url's page message on the pages
// stream.
func pageHeaders(t *testing.T, r *rig, url string) nats.Header {
	t.Helper()
	cons, err := r.nats.JS.Consumer(r.ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	for {
		m, err := cons.Next(jetstream.FetchMaxWait(2 * time.Second))
		if err != nil {
			t.Fatalf("no page message for %s: %v", url, err)
		}
		if m.Headers().Get(bus.HdrURL) == url {
			return m.Headers()
		}
	}
}

// homeWithFeed serves a home page that links the story at path and
// declares the feed /feed.xml.
func homeWithFeed(path string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>`+
			`<body><a href="`+path+`">Council approves budget</a></body></html>`)
	}
}
