package faults

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// deepSite is a host whose sitemap queues many stories at once, served by
// the test process: a robots.txt that disallows some of them, and a log of
// every request.
type deepSite struct {
	host    string
	stories int
	mu      sync.Mutex
	counts  map[string]int
}

func (d *deepSite) path(i int) string {
	if i%10 == 7 {
		return fmt.Sprintf("/private/story-%04d", i)
	}
	return fmt.Sprintf("/archive/story-%04d", i)
}

func (d *deepSite) count(p string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.counts[p]
}

func (d *deepSite) total() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for p, c := range d.counts {
		if strings.HasPrefix(p, "/archive/") {
			n += c
		}
	}
	return n
}

func serveDeepSite(t *testing.T, stories int) *deepSite {
	ln, err := net.Listen("tcp", "127.0.3.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &deepSite{host: ln.Addr().String(), stories: stories, counts: map[string]int{}}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		d.counts[r.URL.Path]++
		d.mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case p == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range d.stories {
				fmt.Fprintf(w, "<url><loc>http://%s%s</loc></url>", d.host, d.path(i))
			}
			fmt.Fprint(w, "</urlset>")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><head><title>Story %s</title></head><body><article><h1>Story %s</h1>", p, p)
			for range 6 {
				fmt.Fprintf(w, "<p>The archive story %s goes on with a paragraph long enough to be read as prose by the extractor.</p>", p)
			}
			fmt.Fprint(w, `</article><a href="/">home</a></body></html>`)
		}
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return d
}

// testKill9CrawlersDeepHost crawls a host with hundreds of queued URLs with
// two crawler processes and kills them with SIGKILL, one at a time, while
// the host is deep. Nothing may be lost (every allowed story fetched),
// robots.txt holds, and a story is fetched twice only when a killed
// crawler's lease had to expire (at most one per kill: one request per host
// in flight).
func testKill9CrawlersDeepHost(t *testing.T) {
	d := serveDeepSite(t, 250)
	c := newCluster(t, clusterOptions{CrawlerArgs: []string{"--delay", "20ms", "--lease-ttl", "8s"}})
	second := newProc(t, c.dir, "crawler2", s.newsroom, c.crawler.args...)
	start := time.Now()
	c.startServices()
	second.start(t)
	c.seed([]string{"http://" + d.host + "/sitemap.xml"})
	r := s.rng(t)
	var log []string
	kills := 0
	for deadline := time.Now().Add(2 * time.Minute); d.total() < 20 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
	}
	for i := range 4 {
		p := []*proc{c.crawler, second}[i%2]
		sleepRand(r, 300*time.Millisecond, 1500*time.Millisecond)
		at, fetched := time.Since(start).Round(time.Millisecond), d.total()
		p.kill9()
		kills++
		sleepRand(r, 0, 800*time.Millisecond)
		p.start(t)
		log = append(log, fmt.Sprintf("%s %s (%d stories fetched)", at, p.name, fetched))
	}
	st := c.waitIdle(idleTimeout)
	took := time.Since(start)
	c.checkAlive()
	for _, e := range second.unexpectedExits() {
		t.Errorf("crawler2: %s", e)
	}
	missing, twice := 0, 0
	for i := range d.stories {
		p := d.path(i)
		n := d.count(p)
		switch {
		case strings.HasPrefix(p, "/private/"):
			if n > 0 {
				t.Errorf("robots.txt violated: %s fetched %d times", p, n)
			}
		case n == 0:
			missing++
		case n > 1:
			twice += n - 1
		}
	}
	if missing > 0 {
		t.Errorf("%d allowed stories of the deep host never fetched (lost)", missing)
	}
	if twice > kills {
		t.Errorf("%d repeat fetches after %d kills; at most one per kill (the killed crawler's lease)", twice, kills)
	}
	t.Logf("kills (time since start, crawler): %s", strings.Join(log, ", "))
	t.Logf("deep host: %d stories fetched, %d repeats after %d kills, %d dead letters, %s", d.total(), twice, kills,
		st.DeadLetters.Count, took.Round(time.Second))
}
