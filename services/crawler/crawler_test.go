package crawler_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/services/crawler"
)

func redisURL() string {
	if u := os.Getenv("NEWSROOM_TEST_REDIS"); u != "" {
		return u
	}
	return "redis://127.0.0.1:6379/0"
}

// rig is a test web, a JetStream server and a Redis key space shared by
// several crawler replicas, each with its own connections.
type rig struct {
	t      *testing.T
	web    *testweb.Web
	nats   *bustest.Env
	prefix string
	ctx    context.Context
}

func newRig(t *testing.T, cfg testweb.Config) *rig {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	w, err := testweb.Serve(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	env := bustest.Start(t)
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, web: w, nats: env, prefix: fmt.Sprintf("nrtest:crawl:%d:", time.Now().UnixNano()), ctx: ctx}
	t.Cleanup(func() {
		st := r.state()
		it := st.Client().Scan(context.Background(), 0, r.prefix+"*", 1000).Iterator()
		for it.Next(context.Background()) {
			st.Client().Del(context.Background(), it.Val())
		}
	})
	return r
}

func (r *rig) state() *redisstate.Store {
	st, err := redisstate.Open(r.ctx, redisURL(), redisstate.Options{Prefix: r.prefix})
	if err != nil {
		r.t.Fatalf("%v (start Redis: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no)", err)
	}
	r.t.Cleanup(func() { st.Close() })
	return st
}

func (r *rig) js() jetstream.JetStream {
	nc, err := bus.Connect(r.nats.URL, bus.ConnectOptions{Name: "crawler-test"})
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(nc.Close)
	js, _ := jetstream.New(nc)
	return js
}

func (r *rig) crawler(cfg crawler.Config, reg prometheus.Registerer) *crawler.Service {
	c, err := crawler.New(cfg, crawler.Deps{JS: r.js(), State: r.state(), Metrics: reg})
	if err != nil {
		r.t.Fatal(err)
	}
	return c
}

func (r *rig) seed(urls ...string) {
	sites, err := crawler.SitesFromSeeds(urls)
	if err != nil {
		r.t.Fatal(err)
	}
	if _, err := crawler.Seed(r.ctx, r.nats.JS, r.state(), sites); err != nil {
		r.t.Fatal(err)
	}
}

// runUntilIdle runs the crawlers until the frontier has been empty with
// nothing in flight for a second, and fails after limit.
func (r *rig) runUntilIdle(limit time.Duration, cs ...*crawler.Service) {
	ctx, cancel := context.WithCancel(r.ctx)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() { defer wg.Done(); c.Run(ctx) }()
	}
	defer func() { cancel(); wg.Wait() }()
	deadline := time.Now().Add(limit)
	var since time.Time
	for time.Now().Before(deadline) {
		lags, err := bus.Lags(r.ctx, r.nats.JS)
		if err != nil {
			r.t.Fatal(err)
		}
		inflight := int64(0)
		for _, c := range cs {
			inflight += c.InFlight()
		}
		pending, err := cs[0].Pending(r.ctx)
		if err != nil {
			r.t.Fatal(err)
		}
		if lags[0].Pending == 0 && lags[0].AckPending == 0 && inflight == 0 && pending == 0 {
			if since.IsZero() {
				since = time.Now()
			} else if time.Since(since) > time.Second {
				return
			}
		} else {
			since = time.Time{}
		}
		time.Sleep(100 * time.Millisecond)
	}
	r.t.Fatalf("frontier not idle after %s", limit)
}

func baseConfig() crawler.Config {
	c := crawler.DefaultConfig()
	c.AllowPrivate, c.Continuous = true, false
	c.RequestTimeout, c.HeaderTimeout, c.ConnectTimeout = 3*time.Second, 2*time.Second, time.Second
	c.Concurrency = 16
	return c
}

func counter(t *testing.T, g prometheus.Gatherer, name, label, value string) float64 {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					total += m.GetCounter().GetValue()
				}
			}
		}
	}
	return total
}

// TestTwoCrawlersArePolite crawls a web with a Crawl-delay site and a trap
// site with two crawler replicas and checks every politeness rule on the
// requests the web recorded.
func TestTwoCrawlersArePolite(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for ~30 s")
	}
	r := newRig(t, testweb.Config{Seed: 3, Publishers: 2, Aggregators: 1, Stories: 6, Trap: true,
		CrawlDelaySite: true, CrawlDelay: 1, CrawlDelayStories: 2, SlowInterval: 200 * time.Millisecond, SlowBytes: 30})
	cfg := baseConfig()
	cfg.Delay = 150 * time.Millisecond
	regA, regB := prometheus.NewRegistry(), prometheus.NewRegistry()
	a, b := r.crawler(cfg, regA), r.crawler(cfg, regB)
	r.seed(r.web.Seeds()...)
	r.runUntilIdle(3*time.Minute, a, b)

	truth := r.web.Truth()
	reqs := r.web.Requests()
	disallowed := map[string]bool{}
	for _, u := range truth.Disallowed {
		disallowed[u] = true
	}
	crawlDelay := map[string]time.Duration{}
	trapHost := ""
	for _, s := range truth.Sites {
		if s.CrawlDelay > 0 {
			crawlDelay[s.Host] = time.Duration(s.CrawlDelay) * time.Second
		}
		if s.Kind == testweb.KindTrap {
			trapHost = s.Host
		}
	}
	byHost := map[string][]testweb.Request{}
	for _, q := range reqs {
		u := "http://" + q.Host + q.Path
		if q.Query != "" {
			u += "?" + q.Query
		}
		if disallowed[u] {
			t.Errorf("robots.txt violated: %s was fetched", u)
		}
		byHost[q.Host] = append(byHost[q.Host], q)
	}
	// Gaps are measured between arrivals at the web, but the crawler spaces
	// its sends: the slack covers how much longer one request took than the
	// other to get from the crawler's clock to the web's handler (colly,
	// dialling, the server's goroutines), which -race makes several times
	// longer.
	slack := 15 * time.Millisecond
	if raceDetector {
		slack = 50 * time.Millisecond
	}
	for host, qs := range byHost {
		sort.Slice(qs, func(i, j int) bool { return qs[i].Start.Before(qs[j].Start) })
		gap := cfg.Delay
		if d := crawlDelay[host]; d > gap {
			gap = d
		}
		for i := 1; i < len(qs); i++ {
			if d := qs[i].Start.Sub(qs[i-1].Start); d < gap-slack {
				t.Errorf("%s: requests %s and %s started %v apart, want >= %v", host, qs[i-1].Path, qs[i].Path, d, gap)
				for _, q := range qs[max(0, i-3) : i+1] {
					t.Logf("  %s  start %s end %s  status %d  %d bytes  from %s", q.Path,
						q.Start.Format("15:04:05.000"), q.End.Format("15:04:05.000"), q.Status, q.Bytes, q.RemoteAddr)
				}
			}
			if qs[i].Start.Before(qs[i-1].End) && !qs[i-1].End.IsZero() {
				t.Errorf("%s: %s started before %s finished: more than one request in flight", host, qs[i].Path, qs[i-1].Path)
			}
		}
	}
	if n := len(byHost[trapHost]); n == 0 || n > 120 {
		t.Errorf("trap site got %d requests, want a bounded number (1..120)", n)
	}
	for _, q := range reqs {
		if !strings.Contains(q.Header.Get("User-Agent"), "newsroom") {
			t.Fatalf("request without the newsroom user agent: %q", q.Header.Get("User-Agent"))
		}
	}
	// Links to private and metadata addresses were refused, never dialled.
	private := counter(t, regA, "newsroom_crawler_skipped_total", "reason", "private-address") +
		counter(t, regB, "newsroom_crawler_skipped_total", "reason", "private-address")
	if private == 0 {
		t.Errorf("no private-address skips counted; the trap site links to %v", truth.Forbidden)
	}
	// Both replicas did work.
	if a.Stats().Fetched.Load() == 0 || b.Stats().Fetched.Load() == 0 {
		t.Errorf("one replica fetched nothing: %d / %d", a.Stats().Fetched.Load(), b.Stats().Fetched.Load())
	}
	// Every story's original was fetched.
	fetched := map[string]bool{}
	for _, q := range reqs {
		fetched["http://"+q.Host+q.Path] = true
	}
	missing := 0
	for _, s := range truth.Stories {
		if !fetched[strings.SplitN(s.URL, "?", 2)[0]] {
			missing++
			t.Logf("story not fetched: %s", s.URL)
		}
	}
	if missing > len(truth.Stories)/20 {
		t.Errorf("%d of %d stories not fetched", missing, len(truth.Stories))
	}
	t.Logf("%d requests over %d hosts; trap site %d; private-address skips %.0f", len(reqs), len(byHost), len(byHost[trapHost]), private)
}

// TestRevisitsAreConditionalAndFindNewStories runs a continuous crawl with
// short revisit intervals: revisits of home pages and feeds carry validators,
// unchanged pages answer 304, and a newly published story is fetched soon.
func TestRevisitsAreConditionalAndFindNewStories(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for ~20 s")
	}
	r := newRig(t, testweb.Config{Seed: 5, Publishers: 1, Aggregators: -1, Stories: 4})
	cfg := baseConfig()
	cfg.Continuous = true
	cfg.Delay = 50 * time.Millisecond
	cfg.RevisitStart, cfg.RevisitMin, cfg.RevisitMax, cfg.SchedulerTick = time.Second, time.Second, 2*time.Second, 100*time.Millisecond
	c := r.crawler(cfg, nil)
	r.seed(r.web.Seeds()...)
	ctx, cancel := context.WithCancel(r.ctx)
	done := make(chan struct{})
	go func() { c.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	time.Sleep(6 * time.Second)
	story := r.web.Publish(0)
	deadline := time.Now().Add(10 * time.Second)
	found := false
	for !found && time.Now().Before(deadline) {
		for _, q := range r.web.Requests() {
			if strings.HasSuffix(story.URL, q.Path) && q.Status == 200 {
				found = true
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !found {
		t.Errorf("new story %s not fetched within 10 s of publication (revisit max 2 s)", story.URL)
	}
	// Every repeat fetch of a URL is conditional.
	count := map[string]int{}
	repeats, conditional, notModified := 0, 0, 0
	for _, q := range r.web.Requests() {
		if q.Path == "/robots.txt" {
			continue
		}
		key := q.Host + q.Path + "?" + q.Query
		count[key]++
		if count[key] > 1 {
			repeats++
			if q.Header.Get("If-None-Match") != "" || q.Header.Get("If-Modified-Since") != "" {
				conditional++
			}
			if q.Status == 304 {
				notModified++
			}
		}
	}
	t.Logf("repeat fetches %d, conditional %d, 304 %d", repeats, conditional, notModified)
	if repeats == 0 || conditional < repeats*9/10 || notModified == 0 {
		t.Errorf("revisits: %d repeats, %d conditional, %d not modified", repeats, conditional, notModified)
	}
}
