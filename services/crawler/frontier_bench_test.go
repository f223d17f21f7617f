package crawler_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/services/crawler"
)

// BenchmarkFrontierDepth crawls one host with 1k, 10k and 100k URLs queued
// (from its sitemaps) beside 50 small hosts, for a fixed window at the
// default 1 s per-host gap, and reports what each fetched page cost:
//
//	cmds/page   Redis commands (INFO commandstats, script-internal calls included)
//	js/page     JetStream deliveries to the crawler consumer
//	cpu-ms/page crawler CPU (the web and NATS run in child processes, Redis is its own)
//	B/url       Redis memory of the big host's queue per queued URL
//	small-s     seconds until the 50 small hosts were fully fetched
//
// depth=0 is the same crawl without the big host. Redis is a private
// redis-server on a unix socket, so other clients do not count. Run with
// `make bench-frontier` (NEWSROOM_BENCH_WINDOW sets the window, default 40s).
func BenchmarkFrontierDepth(b *testing.B) {
	window := 40 * time.Second
	if v := os.Getenv("NEWSROOM_BENCH_WINDOW"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("NEWSROOM_BENCH_WINDOW: %v", err)
		}
		window = d
	}
	depths := []int{0, 1_000, 10_000, 100_000}
	if v := os.Getenv("NEWSROOM_BENCH_DEPTHS"); v != "" {
		depths = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				b.Fatalf("NEWSROOM_BENCH_DEPTHS: %v", err)
			}
			depths = append(depths, n)
		}
	}
	var rows []string
	for _, depth := range depths {
		b.Run("depth="+strconv.Itoa(depth), func(b *testing.B) {
			for b.Loop() {
				r := runFrontierDepth(b, depth, window)
				b.ReportMetric(float64(r.pages), "pages")
				b.ReportMetric(r.cmdsPerPage, "cmds/page")
				b.ReportMetric(r.jsPerPage, "js/page")
				b.ReportMetric(r.cpuPerPage, "cpu-ms/page")
				b.ReportMetric(r.bytesPerURL, "B/url")
				b.ReportMetric(r.smallDone.Seconds(), "small-s")
				rows = append(rows, fmt.Sprintf("| %d | %d | %.1f | %.2f | %.2f | %.0f | %.1f |", depth, r.pages, r.cmdsPerPage,
					r.jsPerPage, r.cpuPerPage, r.bytesPerURL, r.smallDone.Seconds()))
			}
		})
	}
	fmt.Printf("\nfrontier depth benchmark, %s window, 1s per-host gap, 50 small hosts of 11 pages\n\n", window)
	fmt.Println("| big host queued URLs | pages fetched | Redis cmds/page | JS deliveries/page | crawler CPU ms/page | Redis B per queued URL | small hosts done (s) |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Println(r)
	}
}

type depthResult struct {
	pages                              int64
	cmdsPerPage, jsPerPage, cpuPerPage float64
	bytesPerURL                        float64
	smallDone                          time.Duration
}

const smallHosts, smallArticles = 50, 10

func runFrontierDepth(b *testing.B, depth int, window time.Duration) depthResult {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rdb := startPrivateRedis(b)
	natsURL := startNATSProcess(b)
	web := startFrontierWeb(b, depth)
	nc, err := bus.Connect(natsURL, bus.ConnectOptions{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := bus.Ensure(ctx, js, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		b.Fatal(err)
	}
	st, err := redisstate.Open(ctx, rdb, redisstate.Options{Prefix: "b:"})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	cfg := crawler.DefaultConfig()
	cfg.AllowPrivate, cfg.Continuous = true, false
	c, err := crawler.New(cfg, crawler.Deps{JS: js, State: st, Metrics: prometheus.NewRegistry()})
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); c.Run(ctx) }()
	defer func() { cancel(); wg.Wait() }()
	seed := func(urls ...string) {
		sites, err := crawler.SitesFromSeeds(urls)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := crawler.Seed(ctx, js, st, sites); err != nil {
			b.Fatal(err)
		}
	}
	var res depthResult
	big := web.host(0)
	if depth > 0 {
		// Fill the big host's queue first: its sitemaps list depth URLs.
		seed("http://" + big + "/sitemap.xml")
		deadline := time.Now().Add(10 * time.Minute)
		for {
			fs, err := c.FrontierStats(ctx, 1)
			if err != nil {
				b.Fatal(err)
			}
			lags, _ := bus.Lags(ctx, js)
			if c.Stats().Enqueued.Load() >= int64(depth) && fs.Queued > 0 && lags[0].Pending == 0 && lags[0].AckPending == 0 {
				used, n, err := st.FrontierQueueMemory(ctx, big)
				if err != nil {
					b.Fatal(err)
				}
				res.bytesPerURL = float64(used) / float64(max(n, 1))
				b.Logf("depth %d: big host holds %d queued URLs (%d fetched while filling)", depth, n, web.fetched(big))
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("big host queue not filled after 10 minutes: %+v", fs)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	cmds0 := redisCalls(b, st)
	js0 := delivered(b, js)
	cpu0 := cpuTime()
	fetched0 := c.Stats().Fetched.Load()
	start := time.Now()
	var seeds []string
	for i := 1; i <= smallHosts; i++ {
		seeds = append(seeds, "http://"+web.host(i)+"/")
	}
	seed(seeds...)
	time.Sleep(window)
	res.pages = c.Stats().Fetched.Load() - fetched0
	cmds := redisCalls(b, st) - cmds0
	jsd := delivered(b, js) - js0
	cpu := cpuTime() - cpu0
	p := float64(max(res.pages, 1))
	res.cmdsPerPage, res.jsPerPage, res.cpuPerPage = float64(cmds)/p, float64(jsd)/p, float64(cpu.Microseconds())/1000/p
	done := true
	for i := 1; i <= smallHosts; i++ {
		last, n := web.lastFetch(web.host(i))
		if n < smallArticles+1 {
			done = false
			continue
		}
		res.smallDone = max(res.smallDone, last.Sub(start))
	}
	if !done {
		res.smallDone = window
		b.Logf("depth %d: small hosts not all done within the window", depth)
	}
	b.Logf("depth %d: %d pages in %s, %d Redis commands, %d JetStream deliveries, %s CPU", depth, res.pages, window, cmds, jsd, cpu)
	return res
}

// redisCalls sums the calls of every command but INFO.
func redisCalls(b *testing.B, st *redisstate.Store) int64 {
	s, err := st.Client().Info(context.Background(), "commandstats").Result()
	if err != nil {
		b.Fatal(err)
	}
	total := int64(0)
	for _, line := range strings.Split(s, "\n") {
		name, rest, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || !strings.HasPrefix(name, "cmdstat_") || name == "cmdstat_info" {
			continue
		}
		for _, kv := range strings.Split(rest, ",") {
			if v, ok := strings.CutPrefix(kv, "calls="); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				total += n
			}
		}
	}
	return total
}

func delivered(b *testing.B, js jetstream.JetStream) uint64 {
	cons, err := js.Consumer(context.Background(), bus.StreamFrontier, bus.ConsumerCrawler)
	if err != nil {
		b.Fatal(err)
	}
	ci, err := cons.Info(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return ci.Delivered.Consumer
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// startPrivateRedis runs a redis-server of its own on a unix socket and
// returns its URL.
func startPrivateRedis(b *testing.B) string {
	dir := b.TempDir()
	sock := filepath.Join(dir, "redis.sock")
	cmd := exec.Command("redis-server", "--port", "0", "--unixsocket", sock, "--save", "", "--appendonly", "no",
		"--dir", dir, "--logfile", "")
	if err := cmd.Start(); err != nil {
		b.Fatalf("start redis-server (install Debian's redis-server): %v", err)
	}
	b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			return "unix://" + sock
		}
	}
	b.Fatal("private redis-server did not start")
	return ""
}

// frontierWeb is the benchmark's web, served by a child process: host 0
// (127.0.1.1) is the big host, hosts 1..50 the small ones, all on one port.
type frontierWeb struct {
	port string
	mu   sync.Mutex
	reqs map[string][]time.Time // host -> page request times (robots.txt excluded)
}

func (w *frontierWeb) host(i int) string { return "127.0.1." + strconv.Itoa(i+1) + ":" + w.port }

func (w *frontierWeb) fetched(host string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.reqs[host])
}

func (w *frontierWeb) lastFetch(host string) (time.Time, int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	ts := w.reqs[host]
	if len(ts) == 0 {
		return time.Time{}, 0
	}
	return ts[len(ts)-1], len(ts)
}

func startFrontierWeb(b *testing.B, depth int) *frontierWeb {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFrontierWeb$")
	cmd.Env = append(os.Environ(), "NEWSROOM_HELPER_FRONTIER_WEB="+strconv.Itoa(depth))
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	w := &frontierWeb{reqs: map[string][]time.Time{}}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if p, ok := strings.CutPrefix(sc.Text(), "WEB_PORT="); ok {
			w.port = p
			break
		}
	}
	if w.port == "" {
		b.Fatal("helper web did not start")
	}
	go func() {
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 4 || f[0] != "R" {
				continue
			}
			ns, _ := strconv.ParseInt(f[3], 10, 64)
			w.mu.Lock()
			w.reqs[f[1]] = append(w.reqs[f[1]], time.Unix(0, ns))
			w.mu.Unlock()
		}
	}()
	return w
}

// TestHelperFrontierWeb is not a test: startFrontierWeb runs it in a child
// process to serve the benchmark's web until killed. It prints one line per
// page request: R host path unixnano.
func TestHelperFrontierWeb(t *testing.T) {
	v := os.Getenv("NEWSROOM_HELPER_FRONTIER_WEB")
	if v == "" {
		t.Skip("helper process for BenchmarkFrontierDepth")
	}
	depth, err := strconv.Atoi(v)
	if err != nil {
		t.Fatal(err)
	}
	first, err := net.Listen("tcp", "127.0.1.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := first.Addr().(*net.TCPAddr).Port
	var mu sync.Mutex
	logReq := func(r *http.Request) {
		mu.Lock()
		fmt.Printf("R %s %s %d\n", r.Host, r.URL.Path, time.Now().UnixNano())
		mu.Unlock()
	}
	const perSitemap = 10_000
	day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, path := r.Host, r.URL.Path
		big := strings.HasPrefix(host, "127.0.1.1:")
		switch {
		case path == "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nAllow: /\n")
			return
		case big && path == "/sitemap.xml":
			logReq(r)
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for k := 0; k*perSitemap < depth; k++ {
				fmt.Fprintf(w, "<sitemap><loc>http://%s/sitemap-%d.xml</loc></sitemap>", host, k)
			}
			fmt.Fprint(w, "</sitemapindex>")
			return
		case big && strings.HasPrefix(path, "/sitemap-"):
			logReq(r)
			k, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(path, "/sitemap-"), ".xml"))
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := k * perSitemap; i < min((k+1)*perSitemap, depth); i++ {
				fmt.Fprintf(w, "<url><loc>http://%s/archive/2026/story-%06d-of-the-archive</loc><lastmod>%s</lastmod></url>",
					host, i, day.Add(-time.Duration(i)*time.Minute).Format(time.RFC3339))
			}
			fmt.Fprint(w, "</urlset>")
			return
		}
		logReq(r)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var sb strings.Builder
		fmt.Fprintf(&sb, "<html><head><title>%s %s</title></head><body><h1>Page %s</h1>", host, path, path)
		for range 12 {
			sb.WriteString("<p>A paragraph of the story, long enough to look like prose in a newspaper article body.</p>")
		}
		sb.WriteString(`<a href="/">home</a>`)
		if big {
			var i int
			fmt.Sscanf(path, "/archive/2026/story-%d", &i)
			for d := 1; d <= 3; d++ {
				fmt.Fprintf(&sb, `<a href="/archive/2026/story-%06d-of-the-archive">related</a>`, (i+d)%max(depth, 1))
			}
		} else {
			for i := range smallArticles {
				fmt.Fprintf(&sb, `<a href="/news/2026/11/01/story-%d">story %d</a>`, i, i)
			}
		}
		sb.WriteString("</body></html>")
		w.Write([]byte(sb.String()))
	})
	go http.Serve(first, h)
	for i := 2; i <= smallHosts+1; i++ {
		ln, err := net.Listen("tcp", "127.0.1."+strconv.Itoa(i)+":"+strconv.Itoa(port))
		if err != nil {
			t.Fatal(err)
		}
		go http.Serve(ln, h)
	}
	fmt.Printf("WEB_PORT=%d\n", port)
	select {}
}
