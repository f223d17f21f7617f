package main

import (
	"cmp"
	"context"
	"fmt"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/services/crawler"
)

// scaleOptions size the scaling benchmark; each comes from an environment
// variable so `make bench-scale` can be tuned without editing code.
type scaleOptions struct {
	Pages      int           // backlog size (NEWSROOM_SCALE_PAGES, default 6000)
	Replicas   []int         // extractor process counts to compare (NEWSROOM_SCALE_REPLICAS, default 1,2)
	GoMaxProcs int           // CPUs each extractor process may use (NEWSROOM_SCALE_GOMAXPROCS, default 1: a 1-CPU pod)
	Workers    int           // --extractors per process (NEWSROOM_SCALE_WORKERS, default 4, the flag default)
	Rounds     int           // rounds over Replicas, order alternating; medians are reported (NEWSROOM_SCALE_ROUNDS, default 3)
	Sample     time.Duration // lag sampling interval (default 100ms)
	Limit      time.Duration // give up on one phase after this long (default 5m)
}

func scaleOptionsFromEnv(tb testing.TB) scaleOptions {
	o := scaleOptions{Pages: 6000, Replicas: []int{1, 2}, GoMaxProcs: 1, Workers: 4, Rounds: 3, Sample: 100 * time.Millisecond, Limit: 5 * time.Minute}
	atoi := func(name string, def int) int {
		v := os.Getenv(name)
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			tb.Fatalf("%s=%q: want a positive integer", name, v)
		}
		return n
	}
	o.Pages = atoi("NEWSROOM_SCALE_PAGES", o.Pages)
	o.GoMaxProcs = atoi("NEWSROOM_SCALE_GOMAXPROCS", o.GoMaxProcs)
	o.Workers = atoi("NEWSROOM_SCALE_WORKERS", o.Workers)
	o.Rounds = atoi("NEWSROOM_SCALE_ROUNDS", o.Rounds)
	if v := os.Getenv("NEWSROOM_SCALE_REPLICAS"); v != "" {
		o.Replicas = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 {
				tb.Fatalf("NEWSROOM_SCALE_REPLICAS=%q: want e.g. 1,2", v)
			}
			o.Replicas = append(o.Replicas, n)
		}
	}
	return o
}

// buildNewsroom builds the newsroom binary into dir.
func buildNewsroom(tb testing.TB, dir string) string {
	tb.Helper()
	bin := filepath.Join(dir, "newsroom")
	cmd := exec.Command(goTool(tb), "build", "-o", bin, "./cmd/newsroom")
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build ./cmd/newsroom: %v\n%s", err, out)
	}
	return bin
}

// capturedPage is one message of the pages stream, kept to be replayed.
type capturedPage struct {
	header nats.Header
	data   []byte
}

// crawlPages crawls the test web with an in-process crawler (no extractor
// running), then takes every message of the pages stream out of it.
func crawlPages(tb testing.TB, js jetstream.JetStream, web *testweb.Web) []capturedPage {
	tb.Helper()
	ctx := context.Background()
	st := redistest.Open(tb, "scale-crawl")
	cfg := crawler.DefaultConfig()
	cfg.AllowPrivate, cfg.Delay, cfg.Continuous = true, 2*time.Millisecond, false
	cfg.Concurrency = 32
	cr, err := crawler.New(cfg, crawler.Deps{JS: js, State: st})
	if err != nil {
		tb.Fatal(err)
	}
	sites, err := crawler.SitesFromSeeds(web.Seeds())
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := crawler.Seed(ctx, js, st, sites); err != nil {
		tb.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- cr.Run(rctx) }()
	deadline := time.Now().Add(3 * time.Minute)
	var idleSince time.Time
	for {
		l := stageLag(tb, js, bus.StageCrawler)
		if l.Pending == 0 && l.AckPending == 0 && cr.InFlight() == 0 {
			if idleSince.IsZero() {
				idleSince = time.Now()
			} else if time.Since(idleSince) > time.Second {
				break
			}
		} else {
			idleSince = time.Time{}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("crawl not idle after 3 minutes: %+v", l)
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	<-done
	s, err := js.Stream(ctx, bus.StreamPages)
	if err != nil {
		tb.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var pages []capturedPage
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		pages = append(pages, capturedPage{header: m.Header, data: m.Data})
	}
	if err := s.Purge(ctx); err != nil {
		tb.Fatal(err)
	}
	if len(pages) == 0 {
		tb.Fatal("the crawl published no pages")
	}
	return pages
}

// cleanRedisPrefix deletes every key under prefix.
func cleanRedisPrefix(tb testing.TB, prefix string) {
	tb.Helper()
	ctx := context.Background()
	c := redis.NewClient(mustRedisOptions(tb))
	defer c.Close()
	it := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	var keys []string
	for it.Next(ctx) {
		keys = append(keys, it.Val())
		if len(keys) == 500 {
			c.Del(ctx, keys...)
			keys = keys[:0]
		}
	}
	if len(keys) > 0 {
		c.Del(ctx, keys...)
	}
}

func mustRedisOptions(tb testing.TB) *redis.Options {
	tb.Helper()
	o, err := redis.ParseURL(redisURL())
	if err != nil {
		tb.Fatal(err)
	}
	return o
}

func startWebTB(tb testing.TB, cfg testweb.Config) *testweb.Web {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w, err := testweb.Serve(ctx, cfg, nil)
	if err != nil {
		tb.Fatalf("start test web: %v", err)
	}
	tb.Cleanup(func() { cancel(); w.Close() })
	return w
}

func numCPU() int { return runtime.NumCPU() }

// selfCPU is the user+system CPU time this process has used.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func stageLag(tb testing.TB, js jetstream.JetStream, stage string) bus.Lag {
	tb.Helper()
	lags, err := bus.Lags(context.Background(), js)
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range lags {
		if l.Stage == stage {
			return l
		}
	}
	tb.Fatalf("no stage %s", stage)
	return bus.Lag{}
}

// fillBacklog publishes n pages, cycling through the captured ones. Each copy
// gets its own Nats-Msg-Id so that JetStream's duplicate window keeps it.
func fillBacklog(tb testing.TB, js jetstream.JetStream, pages []capturedPage, n int, tag string) {
	tb.Helper()
	var futures []jetstream.PubAckFuture
	for i := 0; i < n; i++ {
		p := pages[i%len(pages)]
		m := nats.NewMsg(bus.SubjectPages)
		for k, v := range p.header {
			m.Header[k] = append([]string(nil), v...)
		}
		m.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s-%s-%d", p.header.Get(jetstream.MsgIDHeader), tag, i))
		m.Data = p.data
		f, err := js.PublishMsgAsync(m)
		if err != nil {
			tb.Fatalf("publish page %d: %v", i, err)
		}
		futures = append(futures, f)
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-time.After(time.Minute):
		tb.Fatal("backlog publish did not complete")
	}
	for i, f := range futures {
		select {
		case err := <-f.Err():
			tb.Fatalf("publish page %d: %v", i, err)
		default:
		}
	}
	if l := stageLag(tb, js, bus.StageExtractor); l.Pending != uint64(n) {
		tb.Fatalf("backlog holds %d pages, want %d", l.Pending, n)
	}
}

// scalePhase is the outcome of draining the backlog with some replicas.
type scalePhase struct {
	Replicas   int
	Pages      int
	Wall       time.Duration // from process start to an empty consumer
	Drain      time.Duration // from the first page taken to an empty consumer
	Curve      []lagPoint
	Throughput float64       // pages per second over Drain
	WorkerCPU  time.Duration // user+system CPU of the extractor processes
	HostCPU    time.Duration // CPU of this test process meanwhile (the NATS server, lag sampling)
}

type lagPoint struct {
	At        time.Duration
	Remaining uint64 // pending + ack pending
}

// runPhase starts n extractor processes, samples the extractor consumer's lag
// until the backlog is gone, then stops them with SIGTERM.
func runPhase(tb testing.TB, bin, natsURL, prefix string, js jetstream.JetStream, o scaleOptions, n, backlog int) scalePhase {
	tb.Helper()
	env := []string{"GOMAXPROCS=" + strconv.Itoa(o.GoMaxProcs), "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	var procs []*exec.Cmd
	start := time.Now()
	for i := 0; i < n; i++ {
		cmd := exec.Command(bin, "extractor", "--nats", natsURL, "--redis", redisURL(), "--redis-prefix", prefix,
			"--admin-addr", "", "--extractors", strconv.Itoa(o.Workers), "--log-level", "warn", "--grace", "10s")
		cmd.Env = env
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			tb.Fatalf("start extractor %d: %v", i, err)
		}
		procs = append(procs, cmd)
	}
	ph := scalePhase{Replicas: n, Pages: backlog}
	selfBefore := selfCPU()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		for _, p := range procs {
			p.Process.Signal(syscall.SIGTERM)
		}
		for _, p := range procs {
			done := make(chan struct{})
			go func() { p.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				p.Process.Kill()
				<-done
			}
			if ps := p.ProcessState; ps != nil {
				ph.WorkerCPU += ps.UserTime() + ps.SystemTime()
			}
		}
		ph.HostCPU = selfCPU() - selfBefore
	}
	defer stop()
	var firstTaken time.Duration
	for {
		l := stageLag(tb, js, bus.StageExtractor)
		at := time.Since(start)
		rem := l.Pending + uint64(l.AckPending)
		ph.Curve = append(ph.Curve, lagPoint{At: at, Remaining: rem})
		if firstTaken == 0 && l.Pending < uint64(backlog) {
			firstTaken = at
		}
		if rem == 0 {
			ph.Wall = at
			ph.Drain = at - firstTaken
			break
		}
		if at > o.Limit {
			tb.Fatalf("%d extractors: %d pages left after %s", n, rem, o.Limit)
		}
		time.Sleep(o.Sample)
	}
	if ph.Drain > 0 {
		ph.Throughput = float64(backlog) / ph.Drain.Seconds()
	}
	stop()
	return ph
}

// BenchmarkExtractorScaling is the scaling proof: it fills the pages stream
// with a backlog of real test-web pages, then drains it with 1 and then 2
// extractor processes (separate OS processes of the newsroom binary sharing
// the durable consumer "extractor", each limited to GOMAXPROCS=1 like a
// 1-CPU pod), and reports each throughput and the lag curve.
//
//	go test -run '^$' -bench ExtractorScaling -benchtime 1x -v ./cmd/newsroom
func BenchmarkExtractorScaling(b *testing.B) {
	if testing.Short() {
		b.Skip("starts extractor processes")
	}
	o := scaleOptionsFromEnv(b)
	bin := buildNewsroom(b, b.TempDir())
	nenv := bustest.Start(b)
	ctx := context.Background()
	if err := bus.Ensure(ctx, nenv.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		b.Fatal(err)
	}
	web := startWebTB(b, testweb.Config{Seed: 5, Stories: 40})
	pages := crawlPages(b, nenv.JS, web)
	b.Logf("captured %d pages of the test web; backlog %d pages per phase; each extractor process: GOMAXPROCS=%d, --extractors %d; machine: %d CPUs",
		len(pages), o.Pages, o.GoMaxProcs, o.Workers, numCPU())
	b.ReportAllocs()
	var phases []scalePhase
	for b.Loop() {
		phases = phases[:0]
		for r := 0; r < o.Rounds; r++ {
			order := slices.Clone(o.Replicas)
			if r%2 == 1 { // alternate the order so that drift in the machine's load cancels out
				slices.Reverse(order)
			}
			for _, n := range order {
				// Fresh dedupe state and an empty articles stream for every phase,
				// so each drains the same work.
				purge(b, nenv.JS, bus.StreamArticles)
				prefix := fmt.Sprintf("nrtest:scale:%d:%d:", time.Now().UnixNano(), n)
				fillBacklog(b, nenv.JS, pages, o.Pages, fmt.Sprintf("r%d-%d", n, time.Now().UnixNano()))
				ph := runPhase(b, bin, nenv.URL, prefix, nenv.JS, o, n, o.Pages)
				cleanRedisPrefix(b, prefix)
				phases = append(phases, ph)
			}
		}
	}
	med := medianPhases(phases)
	for _, ph := range med {
		b.ReportMetric(ph.Throughput, fmt.Sprintf("pages/s-%dx", ph.Replicas))
	}
	if len(med) >= 2 && med[0].Throughput > 0 {
		b.ReportMetric(med[len(med)-1].Throughput/med[0].Throughput, "speedup")
	}
	report := scaleReport(phases, med)
	b.Log("\n" + report)
	if p := os.Getenv("NEWSROOM_SCALE_REPORT"); p != "" {
		if err := os.WriteFile(p, []byte(report), 0o644); err != nil {
			b.Errorf("write report: %v", err)
		}
	}
}

// medianPhases returns, per replica count (ascending), the phase with the
// median throughput.
func medianPhases(phases []scalePhase) []scalePhase {
	by := map[int][]scalePhase{}
	for _, ph := range phases {
		by[ph.Replicas] = append(by[ph.Replicas], ph)
	}
	var counts []int
	for n := range by {
		counts = append(counts, n)
	}
	slices.Sort(counts)
	var out []scalePhase
	for _, n := range counts {
		l := by[n]
		slices.SortFunc(l, func(a, b scalePhase) int { return cmp.Compare(a.Throughput, b.Throughput) })
		out = append(out, l[len(l)/2])
	}
	return out
}

func scaleReport(phases, med []scalePhase) string {
	var sb strings.Builder
	sb.WriteString("every phase, in the order run:\n")
	fmt.Fprintf(&sb, "%-9s %7s %10s %10s %10s %14s %16s %16s\n", "replicas", "pages", "wall", "drain", "pages/s", "extractor CPU",
		"extractor cores", "NATS+test CPU")
	for _, ph := range phases {
		cores := 0.0
		if ph.Wall > 0 {
			cores = ph.WorkerCPU.Seconds() / ph.Wall.Seconds()
		}
		fmt.Fprintf(&sb, "%-9d %7d %10s %10s %10.1f %14s %16.2f %16s\n", ph.Replicas, ph.Pages, ph.Wall.Round(10*time.Millisecond),
			ph.Drain.Round(10*time.Millisecond), ph.Throughput, ph.WorkerCPU.Round(10*time.Millisecond), cores,
			ph.HostCPU.Round(10*time.Millisecond))
	}
	best := map[int]float64{}
	for _, ph := range phases {
		best[ph.Replicas] = max(best[ph.Replicas], ph.Throughput)
	}
	sb.WriteString("\nmedian per replica count:\n")
	for _, ph := range med {
		fmt.Fprintf(&sb, "  %d extractor process(es): %7.1f pages/s (%.2f ms CPU per page)\n", ph.Replicas, ph.Throughput,
			float64(ph.WorkerCPU.Microseconds())/1000/float64(max(ph.Pages, 1)))
	}
	if len(med) >= 2 && med[0].Throughput > 0 {
		lo, hi := med[0].Replicas, med[len(med)-1].Replicas
		fmt.Fprintf(&sb, "  speedup %d -> %d processes: %.2fx (median), %.2fx (best of each)\n", lo, hi,
			med[len(med)-1].Throughput/med[0].Throughput, best[hi]/best[lo])
	}
	sb.WriteString("  (extractor cores: CPU the extractor processes got per second of wall time; on a shared 2-CPU\n" +
		"   machine the NATS server, Redis and other tenants take the rest, which bounds the speedup)\n")
	sb.WriteString("\nlag curve of the median phases (pages pending + in flight on consumer \"extractor\"):\n")
	fmt.Fprintf(&sb, "%8s", "t")
	for _, ph := range med {
		fmt.Fprintf(&sb, " %14s", fmt.Sprintf("%d process(es)", ph.Replicas))
	}
	sb.WriteString("\n")
	step := 250 * time.Millisecond
	var end time.Duration
	for _, ph := range med {
		end = max(end, ph.Wall)
	}
	for at := time.Duration(0); at <= end+step; at += step {
		fmt.Fprintf(&sb, "%7.2fs", at.Seconds())
		for _, ph := range med {
			fmt.Fprintf(&sb, " %14s", remainingAt(ph.Curve, at))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// remainingAt is the last sample at or before at ("" once the curve ended).
func remainingAt(curve []lagPoint, at time.Duration) string {
	if len(curve) == 0 || at > curve[len(curve)-1].At+250*time.Millisecond {
		return ""
	}
	v := curve[0].Remaining
	for _, p := range curve {
		if p.At > at {
			break
		}
		v = p.Remaining
	}
	return strconv.FormatUint(v, 10)
}

func purge(tb testing.TB, js jetstream.JetStream, stream string) {
	tb.Helper()
	s, err := js.Stream(context.Background(), stream)
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.Purge(context.Background()); err != nil {
		tb.Fatal(err)
	}
}
