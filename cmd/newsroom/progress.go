package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/procmem"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

// progress follows an in-process pipeline: the live line, idle detection,
// the status document and the final summary.
type progress struct {
	start time.Time
	cr    *crawler.Service
	ex    *extractor.Service
	sk    *sink.Service
	js    jetstream.JetStream
	tail  tailBook
	reg   prometheus.Gatherer
	// hist holds the last hour of counters and queues, sampled every 5 s,
	// for the dashboard's sparklines and the per-stage rates.
	hist *admin.History
	// state is running, idle (nothing queued or in flight), draining or stopped.
	state atomic.Pointer[string]
}

// setState records the pipeline's state for /status.
func (p *progress) setState(s string) { p.state.Store(&s) }

func (p *progress) stateNow() string {
	if s := p.state.Load(); s != nil {
		return *s
	}
	return "running"
}

// rateWindow is the window of the per-stage rates: recent, but over several samples.
const rateWindow = 30 * time.Second

// sample adds the counters and queues to the history.
func (p *progress) sample(now time.Time, lags []bus.Lag) {
	cs, xs, ss := snapCrawler(p.cr), snapExtractor(p.ex), snapSink(p.sk)
	v := map[string]float64{"crawler": float64(cs.Fetched), "extractor": float64(xs.Pages), "sink": float64(ss.Messages),
		"new_stories": float64(xs.New)}
	for _, l := range lags {
		v["pending_"+l.Stage] = float64(l.Pending)
		v["ack_pending_"+l.Stage] = float64(l.AckPending)
	}
	p.hist.Add(now, v)
}

// rates are each stage's work per second over rateWindow: fetches, pages
// extracted, messages stored. The dashboard's overview and stage table show
// these same numbers.
func (p *progress) rates() map[string]float64 {
	out := map[string]float64{}
	for _, s := range []string{bus.StageCrawler, bus.StageExtractor, bus.StageSink, "new_stories"} {
		if r, ok := p.hist.Rate(s, rateWindow); ok {
			out[s] = math.Round(r*100) / 100
		}
	}
	return out
}

// tailBook adds up the time the crawl had nothing to fetch but waits (a
// retry after a failure, an impaired host, a politeness gap), by host and
// reason, to explain a slow end of a pass in the summary. Safe for
// concurrent use.
type tailBook struct {
	mu sync.Mutex
	by map[string]*tailRow
}

type tailRow struct {
	host, reason, url string
	waited            time.Duration
}

func (b *tailBook) add(w crawler.HostWaits, d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.by == nil {
		b.by = map[string]*tailRow{}
	}
	k := w.Host + "\x00" + w.Reason
	r := b.by[k]
	if r == nil {
		r = &tailRow{host: w.Host, reason: w.Reason}
		b.by[k] = r
	}
	r.url = w.URL
	r.waited += d
}

// rows returns the waits, longest first.
func (b *tailBook) rows() []tailRow {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]tailRow, 0, len(b.by))
	for _, r := range b.by {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].waited != out[j].waited {
			return out[i].waited > out[j].waited
		}
		return out[i].host < out[j].host
	})
	return out
}

// shortReason keeps a wait's reason to one short clause.
func shortReason(r string) string {
	if len(r) > 70 {
		r = r[:67] + "..."
	}
	return r
}

// waitingText names what the crawl waits for: the host whose wait ends
// last, when, why and for which URL, and how many other hosts wait.
func waitingText(ws []crawler.HostWaits, now time.Time) string {
	if len(ws) == 0 {
		return ""
	}
	w := ws[0]
	in := max(w.Until.Sub(now), 0).Round(time.Second)
	text := fmt.Sprintf("waiting for %s: %s in %s (%d URLs), e.g. %s", w.Host, shortReason(w.Reason), in, w.URLs, w.URL)
	if len(ws) > 1 {
		text += fmt.Sprintf(" (+%d more hosts)", len(ws)-1)
	}
	return text
}

func (p *progress) inFlight() int64 {
	return p.cr.InFlight() + p.ex.InFlight() + p.sk.InFlight()
}

// watch prints progress and closes idleCh once the pipeline has been idle for
// grace (only when untilIdle).
func (p *progress) watch(ctx context.Context, mode string, w io.Writer, untilIdle bool, grace time.Duration, idleCh chan<- struct{}) {
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var idleSince time.Time
	lastPrint := time.Now()
	lastFetched := int64(0)
	lastAt := time.Now()
	rate := 0.0
	tickFetched, tickAt := int64(-1), time.Now()
	lastWaitKey := ""
	var lastSample time.Time
	var heldSince time.Time
	released := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		lags, err := bus.Lags(ctx, p.js)
		if err != nil {
			continue
		}
		queued := uint64(0)
		for _, l := range lags {
			queued += l.Pending + uint64(l.AckPending)
		}
		// The frontier's host queues hold URLs that no stream shows.
		frontierPending, ferr := p.cr.Pending(ctx)
		queued += uint64(max(frontierPending, 0))
		if s := p.stateNow(); s == "running" || s == "idle" {
			if idle(lags) && p.inFlight() == 0 && ferr == nil && frontierPending == 0 {
				p.setState("idle")
			} else {
				p.setState("running")
			}
		}
		if now := time.Now(); now.Sub(lastSample) >= 5*time.Second {
			p.sample(now, lags)
			lastSample = now
		}
		if untilIdle {
			if idle(lags) && p.inFlight() == 0 && ferr == nil && frontierPending == 0 {
				if idleSince.IsZero() {
					idleSince = time.Now()
				} else if time.Since(idleSince) >= grace {
					close(idleCh)
					return
				}
			} else {
				idleSince = time.Time{}
			}
			// Nothing left to fetch and only pages held back: later pages
			// of multi-page articles whose earlier page can no longer come.
			if !released && onlyHeldPages(lags) && p.inFlight() == 0 && ferr == nil && frontierPending == 0 {
				if heldSince.IsZero() {
					heldSince = time.Now()
				} else if time.Since(heldSince) >= grace {
					p.ex.StopWaitingForEarlierPages()
					released = true
				}
			} else {
				heldSince = time.Time{}
			}
		}
		cs, xs := snapCrawler(p.cr), snapExtractor(p.ex)
		if dt := time.Since(lastAt).Seconds(); dt >= 1 {
			rate = 0.7*rate + 0.3*float64(cs.Fetched-lastFetched)/dt
			lastFetched, lastAt = cs.Fetched, time.Now()
		}
		line := fmt.Sprintf("fetched %d | articles %d | duplicates %d | queued %d | errors %d | skipped %d | %.1f pages/s | %s",
			cs.Fetched, xs.New, xs.Duplicates, queued, cs.Errors+xs.Failed, cs.Skipped, rate, time.Since(p.start).Truncate(time.Second))
		// Nothing fetched since the last tick while URLs wait: say what for.
		now := time.Now()
		waitKey := ""
		if cs.Fetched == tickFetched && queued > 0 {
			if ws := p.cr.Waiting(20); len(ws) > 0 {
				p.tail.add(ws[0], now.Sub(tickAt))
				line += " | " + waitingText(ws, now)
				waitKey = ws[0].Host + "\x00" + ws[0].Reason
			}
		}
		tickFetched, tickAt = cs.Fetched, now
		// A log line as soon as the crawl starts waiting for something new.
		newWait := waitKey != "" && waitKey != lastWaitKey && time.Since(lastPrint) >= time.Second
		lastWaitKey = waitKey
		switch mode {
		case "line":
			fmt.Fprintf(w, "\r\033[K%s", line)
		case "log":
			if time.Since(lastPrint) >= 10*time.Second || newWait {
				fmt.Fprintf(w, "%s progress: %s\n", time.Now().Format(time.RFC3339), line)
				lastPrint = time.Now()
			}
		}
	}
}

// onlyHeldPages reports whether every stage is empty but for pages the
// extractor has taken and holds back (delivered, not acked): later pages of
// multi-page articles waiting for their earlier page, or pages waiting for
// the shared state.
func onlyHeldPages(lags []bus.Lag) bool {
	held := false
	for _, l := range lags {
		switch {
		case l.Pending > 0:
			return false
		case l.Stage == bus.StageExtractor:
			held = l.AckPending > 0
		case l.AckPending > 0:
			return false
		}
	}
	return held
}

// watchLimit closes limitCh once the crawler has fetched maxPages pages.
func (p *progress) watchLimit(ctx context.Context, maxPages int64, limitCh chan<- struct{}) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if p.cr.Stats().Fetched.Load() >= maxPages {
			close(limitCh)
			return
		}
	}
}

// status is the /status document of an in-process pipeline.
func (p *progress) status(ctx context.Context, e *env) any {
	doc := map[string]any{
		"service":  "newsroom run",
		"state":    p.stateNow(),
		"uptime_s": int64(time.Since(p.start).Seconds()),
	}
	if lags, err := bus.Lags(ctx, p.js); err == nil {
		doc["stages"] = lags
	} else {
		doc["stages_error"] = err.Error()
	}
	cs := withFetchMetrics(snapCrawler(p.cr), p.reg)
	doc["crawler"] = cs
	doc["rates"] = p.rates()
	doc["history"] = p.hist.Doc()
	if sites, err := e.store.Sites(ctx); err == nil {
		if len(sites) > 50 {
			sites = sites[:50]
		}
		doc["sites"] = sites
	}
	if hosts, err := p.cr.Hosts(ctx, 50); err == nil {
		doc["hosts"] = hosts
	}
	if fs, err := p.cr.FrontierStats(ctx, 10); err == nil {
		doc["frontier"] = fs
	}
	if feeds, err := p.cr.Sources(ctx, 50); err == nil {
		doc["feeds"] = feeds
	}
	errs := map[string]int64{}
	for k, v := range p.cr.Stats().SkipReasons() {
		errs["crawler:"+k] = v
	}
	xs := snapExtractor(p.ex)
	if xs.Failed > 0 {
		errs["extractor:failed"] = xs.Failed
	}
	if cs.Errors > 0 {
		errs["crawler:fetch-error"] = cs.Errors
	}
	doc["errors_by_kind"] = errs
	if f := freshness(e.reg); f != nil {
		doc["freshness"] = f
	}
	if n, err := p.cr.Scheduled(ctx); err == nil {
		doc["revisits_scheduled"] = n
	}
	doc["extractor"] = snapExtractor(p.ex)
	doc["sink"] = snapSink(p.sk)
	if s, u, err := e.store.Count(ctx); err == nil {
		doc["store"] = map[string]any{"backend": e.store.Backend(), "stories": s, "urls": u}
	}
	n, latest := latestDeadLetters(ctx, p.js, 10)
	doc["dead_letters"] = map[string]any{"count": n, "latest": latest}
	return doc
}

func (p *progress) summary(w io.Writer, reason string, stories, urls int) {
	cs, xs, ss := snapCrawler(p.cr), snapExtractor(p.ex), snapSink(p.sk)
	n, _ := latestDeadLetters(context.Background(), p.js, 0)
	el := time.Since(p.start)
	fmt.Fprintf(w, "newsroom: finished (%s) after %s\n", reason, el.Truncate(time.Millisecond))
	fmt.Fprintf(w, "  fetched      %d pages (%d not modified), %d published to the extractor, %.1f pages/s\n",
		cs.Fetched, cs.NotModified, cs.Pages, float64(cs.Fetched)/el.Seconds())
	fmt.Fprintf(w, "  queued       %d URLs; %d fetch errors; skipped %d by policy%s\n",
		cs.Enqueued, cs.Errors, cs.Skipped, reasonList(p.cr.Stats().SkipReasons()))
	fmt.Fprintf(w, "  extracted    %d articles: %d new stories, %d duplicates (canonical %d, text %d, near %d); %d non-articles, %d not text, %d failed; %d cut at the size limit\n",
		xs.New+xs.Duplicates, xs.New, xs.Duplicates, xs.Tiers["canonical"], xs.Tiers["text"], xs.Tiers["near"], xs.NonArticles, xs.NotText, xs.Failed, xs.Truncated)
	kindList(w, p.ex.Stats().Kinds.BySite())
	fmt.Fprintf(w, "  stored       %d stories at %d URLs (%d messages in %d batches)\n", stories, urls, ss.Messages, ss.Batches)
	fmt.Fprintf(w, "  dead letters %d\n", n)
	if rss, err := procmem.PeakRSS(0); err == nil && rss > 0 {
		fmt.Fprintf(w, "  memory       peak RSS %.0f MiB\n", float64(rss)/(1<<20))
	}
	givenUpList(w, cs.GivenUp)
	tailList(w, p.tail.rows())
}

// kindSitesShown is the most sites whose page kinds the summary lists one
// by one; a larger crawl gets the totals only (/status has them too).
const kindSitesShown = 15

// kindList prints the page kinds the extractor decided, in all and, for a
// crawl of a few sites, per site.
func kindList(w io.Writer, by map[string]map[string]int64) {
	if len(by) == 0 {
		return
	}
	total := map[string]int64{}
	for _, m := range by {
		for k, n := range m {
			total[k] += n
		}
	}
	fmt.Fprintf(w, "  page kinds   %s\n", kindCounts(total))
	if len(by) > kindSitesShown || len(by) < 2 {
		return
	}
	for _, site := range slices.Sorted(maps.Keys(by)) {
		fmt.Fprintf(w, "               %-24s %s\n", site, kindCounts(by[site]))
	}
}

// kindCounts formats kind counts, articles first, then the most frequent:
// "article 20, listing 8, tag 3".
func kindCounts(m map[string]int64) string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		switch {
		case a == extract.KindArticle:
			return -1
		case b == extract.KindArticle:
			return 1
		case m[a] != m[b]:
			return cmp.Compare(m[b], m[a])
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// tailList prints how long the crawl had nothing to fetch but waits, and
// what it waited for, longest first.
func tailList(w io.Writer, rows []tailRow) {
	var total time.Duration
	for _, r := range rows {
		total += r.waited
	}
	if total < time.Second {
		return
	}
	fmt.Fprintf(w, "  waited       %s with nothing to fetch:\n", total.Round(time.Second))
	for i, r := range rows {
		if i == 5 {
			fmt.Fprintf(w, "               … %d more\n", len(rows)-i)
			break
		}
		fmt.Fprintf(w, "               %s for %s (%s), last %s\n", r.waited.Round(time.Second), r.host, shortReason(r.reason), r.url)
	}
}

// givenUpList prints the URLs abandoned, one line per host and reason.
func givenUpList(w io.Writer, rows []crawler.GivenUp) {
	if len(rows) == 0 {
		return
	}
	total := int64(0)
	for _, r := range rows {
		total += r.URLs
	}
	fmt.Fprintf(w, "  given up     %d URLs:\n", total)
	const shown = 50
	for i, r := range rows {
		if i == shown {
			fmt.Fprintf(w, "               … %d more rows in /status\n", len(rows)-shown)
			break
		}
		fmt.Fprintf(w, "               %-30s %-40s %d\n", r.Host, r.Reason, r.URLs)
	}
}

// reasonList formats skip reasons, most frequent first: " (robots 3, scope 2)".
func reasonList(m map[string]int64) string {
	if len(m) == 0 {
		return ""
	}
	type kv struct {
		k string
		v int64
	}
	var list []kv
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	parts := make([]string, 0, len(list))
	for _, e := range list {
		parts = append(parts, fmt.Sprintf("%s %d", e.k, e.v))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// freshness reads the sink's discovered-to-stored histogram and estimates its
// median and 95th percentile (linear within buckets).
func freshness(g prometheus.Gatherer) map[string]any {
	mfs, err := g.Gather()
	if err != nil {
		return nil
	}
	for _, mf := range mfs {
		if mf.GetName() != "newsroom_sink_freshness_seconds" || len(mf.GetMetric()) == 0 {
			continue
		}
		h := mf.GetMetric()[0].GetHistogram()
		n := h.GetSampleCount()
		if n == 0 {
			return nil
		}
		q := func(p float64) float64 {
			want := p * float64(n)
			prevUpper, prevCount := 0.0, 0.0
			for _, b := range h.GetBucket() {
				c := float64(b.GetCumulativeCount())
				if c >= want {
					if c == prevCount {
						return b.GetUpperBound()
					}
					return prevUpper + (b.GetUpperBound()-prevUpper)*(want-prevCount)/(c-prevCount)
				}
				prevUpper, prevCount = b.GetUpperBound(), c
			}
			return prevUpper
		}
		return map[string]any{"stories": n, "median_s": q(0.5), "p95_s": q(0.95), "mean_s": h.GetSampleSum() / float64(n),
			"measures": "link discovered -> story stored"}
	}
	return nil
}

// progressMode resolves a --progress value: auto becomes line when w is a
// terminal and log otherwise; line, log and off stay as they are.
func progressMode(mode string, w io.Writer) (string, error) {
	switch mode {
	case "line", "log", "off":
		return mode, nil
	case "auto", "":
		if f, ok := w.(*os.File); ok && isTerminal(f) {
			return "line", nil
		}
		return "log", nil
	}
	return "", fmt.Errorf("--progress %q: want auto, line, log or off", mode)
}
