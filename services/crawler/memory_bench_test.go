package crawler_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/natsembed"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/services/crawler"
)

// linkFarm serves /p/N pages that each link to the next page and to 500
// article URLs; robots.txt disallows the articles, so discovering them costs
// the crawler a frontier message and a seen-set key each, but no fetch.
func linkFarm(b *testing.B) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /a/\n"))
			return
		}
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/p/"))
		var sb strings.Builder
		sb.WriteString("<html><body>")
		fmt.Fprintf(&sb, `<a href="/p/%d">next</a>`, n+1)
		for i := range 500 {
			fmt.Fprintf(&sb, `<a href="/a/%d/story-number-%d-of-the-day">s</a>`, n, i)
		}
		sb.WriteString("</body></html>")
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(sb.String()))
	})}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/p/0"
}

// BenchmarkCrawlerMemory reports the crawler's live heap after it has
// discovered 10k and 1M URLs. The frontier is in JetStream and the seen-set
// in Redis, so the heap must stay flat. Run with
// `go test -run '^$' -bench CrawlerMemory -benchtime 1x ./services/crawler`.
func BenchmarkCrawlerMemory(b *testing.B) {
	for _, target := range []int64{10_000, 1_000_000} {
		b.Run("urls="+strconv.FormatInt(target, 10), func(b *testing.B) {
			for b.Loop() {
				heap := crawlUntil(b, target)
				b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
			}
		})
	}
}

func crawlUntil(b *testing.B, target int64) uint64 {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seed := linkFarm(b)
	// NATS runs in a child process so that the heap measured is the crawler's alone.
	natsURL := startNATSProcess(b)
	nc, err := bus.Connect(natsURL, bus.ConnectOptions{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := bus.Ensure(ctx, js, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		b.Fatal(err)
	}
	env := struct{ JS jetstream.JetStream }{js}
	prefix := fmt.Sprintf("nrbench:%d:", time.Now().UnixNano())
	st, err := redisstate.Open(ctx, redisURL(), redisstate.Options{Prefix: prefix})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		c := st.Client()
		it := c.Scan(context.Background(), 0, prefix+"*", 5000).Iterator()
		var keys []string
		for it.Next(context.Background()) {
			if keys = append(keys, it.Val()); len(keys) == 5000 {
				c.Unlink(context.Background(), keys...)
				keys = keys[:0]
			}
		}
		if len(keys) > 0 {
			c.Unlink(context.Background(), keys...)
		}
		st.Close()
	}()
	cfg := crawler.DefaultConfig()
	cfg.AllowPrivate, cfg.Continuous, cfg.Delay, cfg.MaxDepth = true, false, 0, 1<<30
	c, err := crawler.New(cfg, crawler.Deps{JS: env.JS, State: st, Metrics: prometheus.NewRegistry()})
	if err != nil {
		b.Fatal(err)
	}
	sites, _ := crawler.SitesFromSeeds([]string{seed})
	crawler.Seed(ctx, env.JS, st, sites)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); c.Run(ctx) }()
	for c.Stats().Enqueued.Load() < target {
		time.Sleep(50 * time.Millisecond)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("discovered %d URLs, fetched %d pages; crawler heap in use %.1f MiB",
		c.Stats().Enqueued.Load(), c.Stats().Fetched.Load(), float64(ms.HeapInuse)/(1<<20))
	cancel()
	wg.Wait()
	return ms.HeapInuse
}

// startNATSProcess re-runs this test binary as a JetStream server (see
// TestHelperNATSServer) and returns its URL.
func startNATSProcess(b *testing.B) string {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperNATSServer$")
	cmd.Env = append(os.Environ(), "NEWSROOM_HELPER_NATS_DIR="+b.TempDir())
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if u, ok := strings.CutPrefix(sc.Text(), "NATS_URL="); ok {
			go func() {
				for sc.Scan() {
				}
			}()
			return u
		}
	}
	b.Fatal("helper NATS server did not start")
	return ""
}

// TestHelperNATSServer is not a test: startNATSProcess runs it in a child
// process to serve JetStream until killed.
func TestHelperNATSServer(t *testing.T) {
	dir := os.Getenv("NEWSROOM_HELPER_NATS_DIR")
	if dir == "" {
		t.Skip("helper process for BenchmarkCrawlerMemory")
	}
	srv, err := natsembed.Start(natsembed.Options{Dir: dir, Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("NATS_URL=%s\n", srv.ClientURL())
	select {}
}
