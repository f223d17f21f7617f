package crawler_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/testweb"
)

// deepHost serves one site whose sitemaps list many archive stories, a
// robots.txt that disallows part of them, and a feed with one fresh story.
type deepHost struct {
	host    string
	archive int
	mu      sync.Mutex
	reqs    []testweb.Request
}

func (d *deepHost) private(i int) bool { return i%10 == 3 }

func (d *deepHost) storyPath(i int) string {
	if d.private(i) {
		return fmt.Sprintf("/private/2025/story-%04d", i)
	}
	return fmt.Sprintf("/archive/2025/story-%04d", i)
}

func startDeepHost(t *testing.T, archive int) *deepHost {
	ln, err := net.Listen("tcp", "127.0.2.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &deepHost{host: ln.Addr().String(), archive: archive}
	old := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := testweb.Request{Host: r.Host, Path: r.URL.Path, Start: time.Now(), Header: r.Header.Clone()}
		defer func() {
			q.End = time.Now()
			d.mu.Lock()
			d.reqs = append(d.reqs, q)
			d.mu.Unlock()
		}()
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case p == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range d.archive {
				fmt.Fprintf(w, "<url><loc>http://%s%s</loc><lastmod>%s</lastmod></url>", d.host, d.storyPath(i),
					old.Add(-time.Duration(i)*time.Hour).Format(time.RFC3339))
			}
			fmt.Fprint(w, "</urlset>")
		case p == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title>`+
				`<item><title>Fresh</title><link>http://%s/news/fresh-story</link><pubDate>%s</pubDate></item></channel></rss>`,
				d.host, time.Now().UTC().Format(http.TimeFormat))
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><head><title>%s</title></head><body><p>Story text.</p>", p)
			var i int
			fmt.Sscanf(p, "/archive/2025/story-%d", &i)
			for k := 1; k <= 3; k++ {
				fmt.Fprintf(w, `<a href="%s">more</a>`, d.storyPath((i+k)%d.archive))
			}
			fmt.Fprint(w, `<a href="/">home</a></body></html>`)
		}
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return d
}

func (d *deepHost) requests() []testweb.Request {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := append([]testweb.Request(nil), d.reqs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// TestTwoCrawlersDeepHost crawls a host whose sitemap queues hundreds of
// URLs with two replicas. It checks that the per-host gap and in-flight
// limit hold across them, robots.txt is obeyed, every allowed URL is
// fetched exactly once, a fresh story published on the feed while the
// archive is queued goes ahead of it, and each fetched page cost at most two
// JetStream deliveries (nothing waits by redelivery).
func TestTwoCrawlersDeepHost(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for ~20 s")
	}
	r := newRig(t, testweb.Config{Seed: 11, Publishers: 1, Aggregators: -1, Stories: 2})
	d := startDeepHost(t, 300)
	cfg := baseConfig()
	cfg.Delay = 40 * time.Millisecond
	a, b := r.crawler(cfg, prometheus.NewRegistry()), r.crawler(cfg, prometheus.NewRegistry())
	ctx, cancel := context.WithCancel(r.ctx)
	var wg sync.WaitGroup
	for _, c := range []interface{ Run(context.Context) error }{a, b} {
		wg.Add(1)
		go func() { defer wg.Done(); c.Run(ctx) }()
	}
	defer func() { cancel(); wg.Wait() }()
	r.seed("http://" + d.host + "/sitemap.xml")
	// Once the archive is queued, the feed announces a fresh story.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if st, err := a.FrontierStats(r.ctx, 1); err == nil && st.Queued > 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the deep host's archive was not queued within a minute")
		}
	}
	r.seed("http://" + d.host + "/feed.xml")
	var since time.Time
	for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		lags, err := bus.Lags(r.ctx, r.nats.JS)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := a.Pending(r.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if lags[0].Pending == 0 && lags[0].AckPending == 0 && pending == 0 && a.InFlight()+b.InFlight() == 0 {
			if since.IsZero() {
				since = time.Now()
			} else if time.Since(since) > time.Second {
				break
			}
		} else {
			since = time.Time{}
		}
		if time.Now().After(deadline) {
			t.Fatalf("deep host not crawled within 3 minutes (frontier holds %d)", pending)
		}
	}

	reqs := d.requests()
	count := map[string]int{}
	feedAt, freshAt := -1, -1
	for i, q := range reqs {
		count[q.Path]++
		if strings.HasPrefix(q.Path, "/private/") {
			t.Errorf("robots.txt violated: %s fetched", q.Path)
		}
		switch q.Path {
		case "/feed.xml":
			feedAt = i
		case "/news/fresh-story":
			freshAt = i
		}
		if i == 0 {
			continue
		}
		prev := reqs[i-1]
		if gap := q.Start.Sub(prev.Start); gap < cfg.Delay-15*time.Millisecond {
			t.Errorf("%s and %s started %v apart, want >= %v", prev.Path, q.Path, gap, cfg.Delay)
		}
		if q.Start.Before(prev.End) {
			t.Errorf("%s started before %s finished: two requests in flight", q.Path, prev.Path)
		}
	}
	for i := range d.archive {
		p := d.storyPath(i)
		if d.private(i) {
			continue
		}
		if n := count[p]; n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	// The fresh story goes ahead of the whole archive: within two of the
	// host's request slots after the feed.
	if feedAt < 0 || freshAt < 0 {
		t.Fatalf("feed fetched at %d, fresh story at %d", feedAt, freshAt)
	} else if freshAt-feedAt > 2 {
		t.Errorf("fresh story fetched %d requests after its feed, want within 2 (the archive has %d stories)", freshAt-feedAt, d.archive)
	}
	if a.Stats().Fetched.Load() == 0 || b.Stats().Fetched.Load() == 0 {
		t.Errorf("one replica fetched nothing: %d / %d", a.Stats().Fetched.Load(), b.Stats().Fetched.Load())
	}
	cons, err := r.nats.JS.Consumer(r.ctx, bus.StreamFrontier, bus.ConsumerCrawler)
	if err != nil {
		t.Fatal(err)
	}
	ci, err := cons.Info(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	fetched := a.Stats().Fetched.Load() + b.Stats().Fetched.Load()
	if ci.Delivered.Consumer > uint64(2*fetched) {
		t.Errorf("%d JetStream deliveries for %d fetched pages, want at most 2 per page", ci.Delivered.Consumer, fetched)
	}
	t.Logf("%d requests to the deep host; %d JetStream deliveries for %d fetched pages; fresh story %d requests after its feed",
		len(reqs), ci.Delivered.Consumer, fetched, freshAt-feedAt)
}
