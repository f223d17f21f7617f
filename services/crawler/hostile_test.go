package crawler_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/services/crawler"
)

// newBareRig is a rig without a test web, for sites served by the test.
func newBareRig(t *testing.T) *rig {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	env := bustest.Start(t)
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, nats: env, prefix: fmt.Sprintf("nrtest:hostile:%d:", time.Now().UnixNano()), ctx: ctx}
	t.Cleanup(func() {
		st := r.state()
		it := st.Client().Scan(context.Background(), 0, r.prefix+"*", 1000).Iterator()
		for it.Next(context.Background()) {
			st.Client().Del(context.Background(), it.Val())
		}
	})
	return r
}

// site is a loopback site whose pages are served by handlers and whose
// requests are recorded by path.
type site struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newSite(t *testing.T, routes map[string]http.HandlerFunc) *site {
	s := &site{hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		if h, ok := routes[r.URL.Path]; ok {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func html(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html><html><head><title>t</title></head><body>%s</body></html>", body)
	}
}

// deadLetters reads every dead letter of the rig's JetStream.
func (r *rig) deadLetters() []bus.DeadLetter {
	r.t.Helper()
	cons, err := r.nats.JS.OrderedConsumer(r.ctx, bus.StreamDLQ, jetstream.OrderedConsumerConfig{})
	if err != nil {
		r.t.Fatal(err)
	}
	n, err := bus.DLQCount(r.ctx, r.nats.JS)
	if err != nil {
		r.t.Fatal(err)
	}
	var out []bus.DeadLetter
	for uint64(len(out)) < n {
		m, err := cons.Next(jetstream.FetchMaxWait(2 * time.Second))
		if err != nil {
			r.t.Fatalf("read dead letter %d of %d: %v", len(out)+1, n, err)
		}
		var dl bus.DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			r.t.Fatal(err)
		}
		out = append(out, dl)
	}
	return out
}

// TestRobotsPrefixIsObeyed serves robots.txt files far over 500 KiB (plain,
// huge, a gzip bomb) whose rules sit at the start: the rules are obeyed and
// the allowed pages are fetched.
func TestRobotsPrefixIsObeyed(t *testing.T) {
	rules := "User-agent: *\nDisallow: /private/\n"
	filler := func(n int) []byte {
		line := []byte("# padding padding padding padding padding padding padding padding\n")
		return append([]byte(rules), bytes.Repeat(line, n/len(line)+1)[:n]...)
	}
	oneMiB, twentyMiB := filler(1<<20), filler(20<<20)
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write([]byte(rules))
	zeros := make([]byte, 1<<20)
	for range 256 { // 256 MiB decoded
		zw.Write(zeros)
	}
	zw.Close()
	tests := []struct {
		name  string
		serve http.HandlerFunc
	}{
		{"1MiB", func(w http.ResponseWriter, r *http.Request) { w.Write(oneMiB) }},
		{"20MiB", func(w http.ResponseWriter, r *http.Request) { w.Write(twentyMiB) }},
		{"gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newBareRig(t)
			s := newSite(t, map[string]http.HandlerFunc{
				"/robots.txt":          tt.serve,
				"/":                    html(`<a href="/private/secret.html">secret</a> <a href="/news/public.html">public</a>`),
				"/news/public.html":    html("<p>public</p>"),
				"/private/secret.html": html("<p>secret</p>"),
			})
			cfg := baseConfig()
			cfg.Delay = 20 * time.Millisecond
			c := r.crawler(cfg, nil)
			r.seed(s.srv.URL + "/")
			r.runUntilIdle(time.Minute, c)
			if n := s.count("/private/secret.html"); n != 0 {
				t.Errorf("disallowed /private/secret.html fetched %d times", n)
			}
			if s.count("/news/public.html") == 0 {
				t.Errorf("allowed /news/public.html never fetched (skips %v)", c.Stats().SkipReasons())
			}
			if got := c.Stats().SkipReasons()["robots"]; got != 1 {
				t.Errorf("robots skips = %d, want 1", got)
			}
		})
	}
}

// TestUnreadableRobotsIsUnavailable: a robots.txt whose body breaks off
// cannot be read, so the host is unavailable (RFC 9309 section 2.3.1.4), not
// open: none of its pages is fetched, and they are given up with the reason.
func TestUnreadableRobotsIsUnavailable(t *testing.T) {
	r := newBareRig(t)
	s := newSite(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "100000")
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
			hj, ok := w.(http.Hijacker)
			if !ok {
				return
			}
			conn, _, _ := hj.Hijack()
			conn.Close()
		},
		"/": html(`<a href="/news/public.html">public</a>`),
	})
	cfg := baseConfig()
	cfg.Delay, cfg.RobotsRetry = 20*time.Millisecond, 300*time.Millisecond
	c := r.crawler(cfg, nil)
	r.seed(s.srv.URL + "/")
	r.runUntilIdle(time.Minute, c)
	if n := s.count("/"); n != 0 {
		t.Errorf("page of a host without a readable robots.txt fetched %d times", n)
	}
	if s.count("/robots.txt") < 2 {
		t.Errorf("robots.txt fetched %d times, want retries", s.count("/robots.txt"))
	}
	gu := c.Stats().GivenUp()
	if len(gu) != 1 || gu[0].Reason != crawler.ReasonRobots || gu[0].URLs != 1 {
		t.Errorf("given up = %+v, want the seed for %q", gu, crawler.ReasonRobots)
	}
}

// TestOnePassGivesUpOnLongRetryAfter: a host that answers 429 with
// Retry-After: 3600 does not hold a one-pass crawl for an hour; its URLs are
// dead-lettered with the reason, while a host whose one 429 asks for a
// second's rest is crawled in full.
func TestOnePassGivesUpOnLongRetryAfter(t *testing.T) {
	r := newBareRig(t)
	var links strings.Builder
	for i := range 5 {
		fmt.Fprintf(&links, `<a href="/news/story-%d.html">story %d</a> `, i, i)
	}
	slow := map[string]http.HandlerFunc{"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nAllow: /\n"))
	}}
	slow["/"] = html(links.String())
	for i := range 5 {
		slow[fmt.Sprintf("/news/story-%d.html", i)] = func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	}
	bad := newSite(t, slow)
	var once sync.Once
	good := map[string]http.HandlerFunc{"/": html(links.String())}
	for i := range 5 {
		ok := html(fmt.Sprintf("<p>story %d</p>", i))
		good[fmt.Sprintf("/news/story-%d.html", i)] = func(w http.ResponseWriter, r *http.Request) {
			tooMany := false
			if i == 2 {
				once.Do(func() { tooMany = true })
			}
			if tooMany {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			ok(w, r)
		}
	}
	gs := newSite(t, good)
	cfg := baseConfig()
	cfg.Delay, cfg.MaxHostWait = 20*time.Millisecond, 5*time.Second
	c := r.crawler(cfg, nil)
	r.seed(bad.srv.URL+"/", gs.srv.URL+"/")
	start := time.Now()
	r.runUntilIdle(2*time.Minute, c)
	t.Logf("pass took %s", time.Since(start))
	for i := range 5 {
		p := fmt.Sprintf("/news/story-%d.html", i)
		if gs.count(p) == 0 {
			t.Errorf("good site: %s never fetched", p)
		}
	}
	if n := bad.count("/news/story-0.html") + bad.count("/news/story-1.html") + bad.count("/news/story-2.html") +
		bad.count("/news/story-3.html") + bad.count("/news/story-4.html"); n > 2 {
		t.Errorf("429 host got %d story requests, want the host left alone after its first Retry-After", n)
	}
	dls := r.deadLetters()
	if len(dls) != 5 {
		t.Errorf("%d dead letters, want the 5 stories of the 429 host", len(dls))
	}
	for _, dl := range dls {
		if !strings.HasPrefix(dl.Reason, crawler.ReasonRetryAfter) {
			t.Errorf("dead letter reason %q, want %q first", dl.Reason, crawler.ReasonRetryAfter)
		}
	}
	badHost := strings.TrimPrefix(bad.srv.URL, "http://")
	gu := c.Stats().GivenUp()
	if len(gu) != 1 || gu[0].Host != badHost || gu[0].Reason != crawler.ReasonRetryAfter || gu[0].URLs != 5 {
		t.Errorf("given up = %+v, want 5 URLs of %s for %q", gu, badHost, crawler.ReasonRetryAfter)
	}
}

// TestOnePassGivesUpOnParkedHost: a host answering 500 to every page is
// parked, and in one pass its remaining URLs are dead-lettered as "host
// parked" instead of waiting out the park.
func TestOnePassGivesUpOnParkedHost(t *testing.T) {
	if testing.Short() {
		t.Skip("retries with back-off for ~20 s")
	}
	r := newBareRig(t)
	var links strings.Builder
	for i := range 12 {
		fmt.Fprintf(&links, `<a href="/news/story-%d.html">story %d</a> `, i, i)
	}
	routes := map[string]http.HandlerFunc{"/": html(links.String())}
	for i := range 12 {
		routes[fmt.Sprintf("/news/story-%d.html", i)] = func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}
	}
	s := newSite(t, routes)
	cfg := baseConfig()
	cfg.Delay, cfg.ParkAfter, cfg.MaxHostWait = 20*time.Millisecond, 4, 10*time.Second
	c := r.crawler(cfg, nil)
	r.seed(s.srv.URL + "/")
	r.runUntilIdle(2*time.Minute, c)
	dls := r.deadLetters()
	reasons := map[string]int{}
	for _, dl := range dls {
		reason, _, _ := strings.Cut(dl.Reason, ":")
		reasons[reason]++
	}
	if len(dls) != 12 || reasons[crawler.ReasonHostParked] == 0 {
		t.Errorf("dead letters by reason %v, want all 12 stories, some as %q", reasons, crawler.ReasonHostParked)
	}
	total := int64(0)
	for _, g := range c.Stats().GivenUp() {
		total += g.URLs
	}
	if total != 12 {
		t.Errorf("given up %+v, want 12 URLs in all", c.Stats().GivenUp())
	}
}

// TestTimeoutsNameTheirPhase: a page that stalls after its headers and one
// whose headers trickle in both time out; each is tried twice (a timeout
// counts as a failure), and its dead letter names the phase that ran out.
func TestTimeoutsNameTheirPhase(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out timeouts and a retry back-off, ~15 s")
	}
	r := newBareRig(t)
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	s := newSite(t, map[string]http.HandlerFunc{
		"/": html(`<a href="/news/stall.html">stall</a> <a href="/news/trickle.html">trickle</a>`),
		"/news/stall.html": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>first words"))
			w.(http.Flusher).Flush()
			select {
			case <-stop:
			case <-r.Context().Done():
			}
		},
		"/news/trickle.html": func(w http.ResponseWriter, r *http.Request) {
			conn, buf, err := w.(http.Hijacker).Hijack()
			if err != nil {
				return
			}
			defer conn.Close()
			buf.WriteString("HTTP/1.1 200 OK\r\n")
			for i := 0; ; i++ {
				if _, err := fmt.Fprintf(buf, "X-Slow-%d: y\r\n", i); err != nil || buf.Flush() != nil {
					return
				}
				select {
				case <-stop:
					return
				case <-time.After(200 * time.Millisecond):
				}
			}
		},
	})
	cfg := baseConfig()
	cfg.Delay, cfg.RequestTimeout, cfg.HeaderTimeout = 20*time.Millisecond, 1500*time.Millisecond, time.Second
	c := r.crawler(cfg, nil)
	r.seed(s.srv.URL + "/")
	r.runUntilIdle(2*time.Minute, c)
	want := map[string]string{"/news/stall.html": "reading body: timed out", "/news/trickle.html": "awaiting headers: timed out"}
	dls := r.deadLetters()
	if len(dls) != 2 {
		t.Fatalf("%d dead letters, want 2: %+v", len(dls), dls)
	}
	for _, dl := range dls {
		var task bus.URLTask
		json.Unmarshal(dl.Data, &task)
		path := strings.TrimPrefix(task.URL, s.srv.URL)
		if !strings.Contains(dl.Reason, want[path]) || !strings.HasPrefix(dl.Reason, crawler.ReasonFetchFailed+" 2 times") {
			t.Errorf("%s: dead letter reason %q, want %q after 2 tries", path, dl.Reason, want[path])
		}
		if n := s.count(path); n != 2 {
			t.Errorf("%s fetched %d times, want 2", path, n)
		}
	}
}

// TestTrapsWithoutNames: a page that links to ever new query values of its
// own path (?v=<random>) and story pages that link to ever new stories of
// their own pattern are cut at the limits with counted reasons, while every
// story linked from the home page is fetched.
func TestTrapsWithoutNames(t *testing.T) {
	r := newBareRig(t)
	var mu sync.Mutex
	next := 0
	fresh := func() int { mu.Lock(); defer mu.Unlock(); next++; return next }
	var home strings.Builder
	home.WriteString(`<a href="/p?v=a81f3c9e00">trap</a> `)
	for i := range 30 {
		fmt.Fprintf(&home, `<a href="/story/%d">story %d</a> `, 100000+i, i)
	}
	s := newSite(t, nil)
	// Trap pages link to two new query values of their path; story pages
	// to two stories nobody else links to.
	s.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		s.mu.Lock()
		s.hits[req.URL.Path]++
		s.mu.Unlock()
		switch {
		case req.URL.Path == "/":
			html(home.String())(w, req)
		case req.URL.Path == "/p":
			html(fmt.Sprintf(`<a href="/p?v=%08x%dq">a</a> <a href="/p?v=%08x%dq">b</a>`, fresh(), fresh(), fresh(), fresh()))(w, req)
		case strings.HasPrefix(req.URL.Path, "/story/"):
			html(fmt.Sprintf(`<p>story</p><a href="/story/%d">more</a> <a href="/story/%d">more</a>`, 200000+fresh(), 200000+fresh()))(w, req)
		default:
			http.NotFound(w, req)
		}
	})
	cfg := baseConfig()
	cfg.Delay, cfg.MaxQueryVariants, cfg.MaxPatternURLs = 5*time.Millisecond, 10, 20
	reg := prometheus.NewRegistry()
	c := r.crawler(cfg, reg)
	r.seed(s.srv.URL + "/")
	r.runUntilIdle(2*time.Minute, c)
	s.mu.Lock()
	trapFetches, stories := s.hits["/p"], 0
	for p, n := range s.hits {
		if strings.HasPrefix(p, "/story/") && n > 0 {
			stories++
		}
	}
	s.mu.Unlock()
	if trapFetches > cfg.MaxQueryVariants+1 {
		t.Errorf("?v= trap fetched %d times, want at most %d", trapFetches, cfg.MaxQueryVariants+1)
	}
	for i := range 30 {
		if s.count(fmt.Sprintf("/story/%d", 100000+i)) == 0 {
			t.Errorf("story %d linked from the home page never fetched", i)
		}
	}
	if stories > 30+cfg.MaxPatternURLs {
		t.Errorf("%d story pages fetched, want at most %d (30 linked from home + the pattern limit)", stories, 30+cfg.MaxPatternURLs)
	}
	sk := c.Stats().SkipReasons()
	if sk["query-variants"] == 0 || sk["path-pattern"] == 0 {
		t.Errorf("skip reasons %v, want query-variants and path-pattern counted", sk)
	}
	if counter(t, reg, "newsroom_crawler_trap_urls_total", "heuristic", "query-variants") == 0 {
		t.Errorf("trap metric for query-variants not counted")
	}
	t.Logf("trap fetches %d, story pages %d, skips %v", trapFetches, stories, sk)
}
