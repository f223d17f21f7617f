package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

// benchWeb is the simulated web the pipeline benchmark crawls.
func benchWeb(b *testing.B) *testweb.Web {
	ctx, cancel := context.WithCancel(context.Background())
	w, err := testweb.Serve(ctx, testweb.Config{Seed: 42, Publishers: 4, Aggregators: 2, Stories: 60}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { cancel(); w.Close() })
	return w
}

func fastCrawler() crawler.Config {
	c := crawler.DefaultConfig()
	c.AllowPrivate, c.Continuous, c.Delay, c.MaxInFlightPerHost, c.Concurrency = true, false, 0, 64, 64
	return c
}

// waitDrained waits until a stage's consumer is empty with nothing in flight.
func waitDrained(b *testing.B, js jetstream.JetStream, stage string, inflight func() int64) {
	var since time.Time
	for {
		lags, err := bus.Lags(context.Background(), js)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range lags {
			if l.Stage != stage {
				continue
			}
			if l.Pending == 0 && l.AckPending == 0 && inflight() == 0 {
				if since.IsZero() {
					since = time.Now()
				}
			} else {
				since = time.Time{}
			}
		}
		if !since.IsZero() && time.Since(since) > 300*time.Millisecond {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// BenchmarkPipeline measures the whole pipeline on the simulated web with
// politeness off, beside each stage run alone in the same process: fetch
// only (crawler publishing pages), extract only (extractor over that
// backlog), store only (sink store batches), and a plain net/http loop
// over the same URLs. `make bench` prints the table.
func BenchmarkPipeline(b *testing.B) {
	web := benchWeb(b)
	ctx := context.Background()
	var rows [][]string
	row := func(name string, n int, unit string, d time.Duration, note string) float64 {
		rate := float64(n) / d.Seconds()
		rows = append(rows, []string{name, fmt.Sprint(n), unit, d.Truncate(time.Millisecond).String(), fmt.Sprintf("%.0f", rate), note})
		return rate
	}
	for b.Loop() {
		rows = nil
		// 1. End to end: `newsroom run --until-idle` with politeness off.
		data := b.TempDir()
		args := []string{"run", "--until-idle", "--allow-private", "--delay", "0s", "--per-host", "64", "--fetchers", "64",
			"--extractors", "2", "--data", data, "--admin-addr", "", "--progress", "off", "--log-level", "error", "--idle-grace", "300ms"}
		for _, s := range web.Seeds() {
			args = append(args, "--seed", s)
		}
		var out strings.Builder
		start := time.Now()
		if err := dispatch(ctx, args, &out, &out, func(string) string { return "" }); err != nil {
			b.Fatalf("run: %v\n%s", err, out.String())
		}
		e2e := time.Since(start)
		var fetched, stories int
		for _, line := range strings.Split(out.String(), "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "fetched") {
				fmt.Sscanf(line, "fetched %d", &fetched)
			}
			if strings.HasPrefix(line, "stored") {
				fmt.Sscanf(line, "stored %d", &stories)
			}
		}
		pipeRate := row("pipeline (run --until-idle)", fetched, "pages", e2e, fmt.Sprintf("%d stories", stories))
		row("pipeline stories", stories, "stories", e2e, "")

		// 2. Fetch only: the crawler alone, pages left on the stream.
		env := bustest.Start(b)
		if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
			b.Fatal(err)
		}
		st := memstate.New()
		cr, _ := crawler.New(fastCrawler(), crawler.Deps{JS: env.JS, State: st})
		sites, _ := crawler.SitesFromSeeds(web.Seeds())
		crawler.Seed(ctx, env.JS, st, sites)
		cctx, cancel := context.WithCancel(ctx)
		start = time.Now()
		go cr.Run(cctx)
		waitDrained(b, env.JS, bus.StageCrawler, func() int64 {
			n, err := cr.Pending(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			return n + cr.InFlight()
		})
		fetchD := time.Since(start)
		cancel()
		fetchRate := row("crawler alone (fetch + publish)", int(cr.Stats().Fetched.Load()), "pages", fetchD, "")

		// 3. Extract only: the extractor over the crawler's backlog.
		ex, _ := extractor.New(extractor.Config{Concurrency: 2}, extractor.Deps{JS: env.JS, State: st})
		xctx, xcancel := context.WithCancel(ctx)
		start = time.Now()
		go ex.Run(xctx)
		waitDrained(b, env.JS, bus.StageExtractor, ex.InFlight)
		extractD := time.Since(start)
		xcancel()
		extractRate := row("extractor alone (extract + dedupe + publish)", int(ex.Stats().Pages.Load()), "pages", extractD, "")

		// 4. Store only: the sink over the extractor's articles, SQLite.
		sq, err := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "b.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		sk, _ := sink.New(sink.Config{}, sink.Deps{JS: env.JS, Store: sq})
		sctx, scancel := context.WithCancel(ctx)
		start = time.Now()
		go sk.Run(sctx)
		waitDrained(b, env.JS, bus.StageSink, sk.InFlight)
		storeD := time.Since(start)
		scancel()
		row("sink alone (SQLite, from the stream)", int(sk.Stats().Messages.Load()), "articles", storeD, "")
		sq.Close()
		// Raw store rate without the stream, 10 KB bodies.
		sq2, _ := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "c.db"), store.Options{})
		batch := storetest.Batch("bench", 2000, 10<<10)
		start = time.Now()
		for i := 0; i < len(batch); i += 200 {
			if err := sq2.Apply(ctx, batch[i:i+200]); err != nil {
				b.Fatal(err)
			}
		}
		storeRate := row("store alone (SQLite Apply, 200/batch, 10 KB)", len(batch), "rows", time.Since(start), "")
		sq2.Close()

		// 5. Plain net/http over the same URLs, same concurrency.
		var urls []string
		for _, q := range web.Requests() {
			if q.Status == 200 && q.Method == http.MethodGet {
				urls = append(urls, "http://"+q.Host+q.Path)
			}
		}
		if len(urls) > 2000 {
			urls = urls[:2000]
		}
		start = time.Now()
		plainFetch(urls, 64)
		plainRate := row("plain net/http loop (64 workers)", len(urls), "pages", time.Since(start), "")

		tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "\nstage\tcount\tunit\ttime\tper second\tnote")
		for _, r := range rows {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		tw.Flush()
		fmt.Printf("ratios: pipeline/crawler %.2f, pipeline/extractor %.2f, crawler/plain-http %.2f, store rows/s per pipeline page/s %.1f\n",
			pipeRate/fetchRate, pipeRate/extractRate, fetchRate/plainRate, storeRate/pipeRate)
		b.ReportMetric(pipeRate, "pipeline-pages/s")
		b.ReportMetric(fetchRate, "crawler-pages/s")
		b.ReportMetric(extractRate, "extractor-pages/s")
		b.ReportMetric(storeRate, "store-rows/s")
		b.ReportMetric(plainRate, "plainhttp-pages/s")
	}
}

func plainFetch(urls []string, workers int) {
	ch := make(chan string)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 32<<10)
			for u := range ch {
				res, err := client.Get(u)
				if err != nil {
					continue
				}
				for {
					if _, err := res.Body.Read(buf); err != nil {
						break
					}
				}
				res.Body.Close()
			}
		}()
	}
	for _, u := range urls {
		ch <- u
	}
	close(ch)
	wg.Wait()
}
