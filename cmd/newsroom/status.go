package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/state"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

// Stats documents, one per service; they appear in /status and are announced
// on NATS (subject newsroom.stats.<stage>) for `newsroom admin`.
type crawlerStats struct {
	Fetched      int64 `json:"fetched"`
	NotModified  int64 `json:"not_modified"`
	Pages        int64 `json:"pages_published"`
	Enqueued     int64 `json:"urls_enqueued"`
	Errors       int64 `json:"errors"`
	Skipped      int64 `json:"skipped"`
	Delayed      int64 `json:"politeness_waits"`
	DeadLettered int64 `json:"dead_lettered"`
	InFlight     int64 `json:"in_flight"`
	// GivenUp lists the URLs abandoned, per host and reason.
	GivenUp []crawler.GivenUp `json:"given_up"`
	// Waiting names, per host, the URLs handed back to wait and why.
	Waiting []crawler.HostWaits `json:"waiting"`
	// StatusCodes counts fetches by HTTP status class (2xx, 304, 4xx, error, ...).
	StatusCodes map[string]int64 `json:"status_codes"`
	// BytesFetched is the decoded size of every response body received.
	BytesFetched int64 `json:"bytes_fetched"`
}

// withFetchMetrics adds the crawler's status-code counts and bytes fetched,
// read from its Prometheus counters in g.
func withFetchMetrics(cs crawlerStats, g prometheus.Gatherer) crawlerStats {
	cs.StatusCodes = map[string]int64{}
	if g == nil {
		return cs
	}
	mfs, err := g.Gather()
	if err != nil {
		return cs
	}
	for _, mf := range mfs {
		switch mf.GetName() {
		case "newsroom_crawler_fetches_total":
			for _, m := range mf.GetMetric() {
				for _, l := range m.GetLabel() {
					if l.GetName() == "status" {
						cs.StatusCodes[l.GetValue()] += int64(m.GetCounter().GetValue())
					}
				}
			}
		case "newsroom_crawler_response_bytes_total":
			for _, m := range mf.GetMetric() {
				cs.BytesFetched += int64(m.GetCounter().GetValue())
			}
		}
	}
	return cs
}

type extractorStats struct {
	Pages       int64            `json:"pages"`
	Articles    int64            `json:"articles"`
	New         int64            `json:"new_stories"`
	Duplicates  int64            `json:"duplicates"`
	NonArticles int64            `json:"non_articles"`
	NotText     int64            `json:"not_text"`
	Truncated   int64            `json:"truncated"`
	Failed      int64            `json:"failed"`
	Tiers       map[string]int64 `json:"dedupe_tiers"`
	Kinds       map[string]int64 `json:"kinds"`
	InFlight    int64            `json:"in_flight"`
}

type sinkStats struct {
	Messages     int64 `json:"messages_applied"`
	Batches      int64 `json:"batches"`
	Stories      int64 `json:"story_messages"`
	Aliases      int64 `json:"alias_messages"`
	Failed       int64 `json:"failed_batches"`
	DeadLettered int64 `json:"dead_lettered"`
	LastBatchMS  int64 `json:"last_batch_ms"`
	InFlight     int64 `json:"in_flight"`
}

func snapCrawler(c *crawler.Service) crawlerStats {
	s := c.Stats()
	return crawlerStats{Fetched: s.Fetched.Load(), NotModified: s.NotModified.Load(), Pages: s.Pages.Load(),
		Enqueued: s.Enqueued.Load(), Errors: s.Errors.Load(), Skipped: s.Skipped.Load(), Delayed: s.Delayed.Load(),
		DeadLettered: s.DeadLettered.Load(), InFlight: c.InFlight(), GivenUp: s.GivenUp(), Waiting: c.Waiting(10)}
}

func snapExtractor(x *extractor.Service) extractorStats {
	s := x.Stats()
	return extractorStats{Pages: s.Pages.Load(), Articles: s.Articles.Load(), New: s.New.Load(),
		Duplicates: s.Duplicates.Load(), NonArticles: s.NonArticles.Load(), Failed: s.Failed.Load(),
		NotText: s.NotText.Load(), Truncated: s.Truncated.Load(),
		Tiers:    map[string]int64{state.TierCanonical: s.Canonical.Load(), state.TierText: s.SameText.Load(), state.TierNear: s.Near.Load()},
		Kinds:    s.Kinds.Totals(),
		InFlight: x.InFlight()}
}

func snapSink(k *sink.Service) sinkStats {
	s := k.Stats()
	return sinkStats{Messages: s.Messages.Load(), Batches: s.Batches.Load(), Stories: s.Stories.Load(),
		Aliases: s.Aliases.Load(), Failed: s.Failed.Load(), DeadLettered: s.DeadLettered.Load(),
		LastBatchMS: s.LastBatchMS.Load(), InFlight: k.InFlight()}
}

// deadLetterView is a dead letter as shown in status.
type deadLetterView struct {
	Stage      string    `json:"stage"`
	Reason     string    `json:"reason"`
	Deliveries uint64    `json:"deliveries"`
	At         time.Time `json:"at"`
}

// latestDeadLetters reads the newest n dead letters.
func latestDeadLetters(ctx context.Context, js jetstream.JetStream, n int) (uint64, []deadLetterView) {
	st, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		return 0, nil
	}
	info, err := st.Info(ctx)
	if err != nil {
		return 0, nil
	}
	var out []deadLetterView
	for seq := info.State.LastSeq; seq >= info.State.FirstSeq && seq > 0 && len(out) < n; seq-- {
		raw, err := st.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		var dl bus.DeadLetter
		if json.Unmarshal(raw.Data, &dl) == nil {
			out = append(out, deadLetterView{Stage: dl.Stage, Reason: dl.Reason, Deliveries: dl.Deliveries, At: dl.At})
		}
	}
	return info.State.Msgs, out
}

// announcer publishes a service's stats on NATS every interval so that
// `newsroom admin` and `newsroom status` can show every instance.
func announce(ctx context.Context, nc *nats.Conn, subject, stage string, every time.Duration, snap func() any) {
	host, _ := os.Hostname()
	inst := host + "-" + time.Now().Format("150405.000")
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		b, err := json.Marshal(map[string]any{"stage": stage, "instance": inst, "at": time.Now().UTC(), "stats": snap()})
		if err == nil {
			_ = nc.Publish(subject, b) // best effort: the next announcement follows
		}
	}
}

// instanceBook keeps the latest stats of every announcing instance.
type instanceBook struct {
	mu   sync.Mutex
	last map[string]json.RawMessage // stage/instance -> doc
	seen map[string]time.Time
}

func watchInstances(nc *nats.Conn, subject string) (*instanceBook, error) {
	b := &instanceBook{last: map[string]json.RawMessage{}, seen: map[string]time.Time{}}
	_, err := nc.Subscribe(subject, func(m *nats.Msg) {
		var head struct {
			Stage    string `json:"stage"`
			Instance string `json:"instance"`
		}
		if json.Unmarshal(m.Data, &head) != nil {
			return
		}
		k := head.Stage + "/" + head.Instance
		b.mu.Lock()
		b.last[k] = append(json.RawMessage(nil), m.Data...)
		b.seen[k] = time.Now()
		b.mu.Unlock()
	})
	return b, err
}

// snapshot returns the live instances (heard from in the last 15 s) by stage.
func (b *instanceBook) snapshot() map[string][]json.RawMessage {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string][]json.RawMessage{}
	for k, doc := range b.last {
		if time.Since(b.seen[k]) > 15*time.Second {
			delete(b.last, k)
			delete(b.seen, k)
			continue
		}
		var head struct {
			Stage string `json:"stage"`
		}
		if json.Unmarshal(doc, &head) != nil {
			continue // not an announcement
		}
		out[head.Stage] = append(out[head.Stage], doc)
	}
	return out
}

// busyReport says what keeps a pipeline from idling: each stage with
// messages, and the frontier's unfinished URLs.
func busyReport(lags []bus.Lag, fs *frontier.Stats) string {
	var parts []string
	for _, l := range lags {
		if l.Pending > 0 || l.AckPending > 0 || l.StreamMsgs > 0 {
			parts = append(parts, fmt.Sprintf("%s: %d pending, %d in flight, %d held by the stream",
				l.Stage, l.Pending, l.AckPending, l.StreamMsgs))
		}
	}
	if fs != nil && fs.Pending() > 0 {
		parts = append(parts, fmt.Sprintf("frontier: %d queued, %d leased, %d delayed", fs.Queued, fs.Leased, fs.Delayed))
	}
	if len(parts) == 0 {
		return "idle only briefly"
	}
	return strings.Join(parts, "; ")
}

// idle reports whether every stage is empty with nothing in flight.
func idle(lags []bus.Lag) bool {
	for _, l := range lags {
		if l.Pending > 0 || l.AckPending > 0 || l.StreamMsgs > 0 {
			return false
		}
	}
	return true
}

func cmdStatus(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var asJSON, waitIdle, instances bool
	var grace, timeout time.Duration
	fs := newFlagSet("status", "status [--nats URL] [--redis URL] [--wait-idle] [--json]",
		"Prints each stage's queue (pending), in-flight (ack pending) and redelivered messages, and the dead letters.", stdout)
	o.addNATS(fs, false)
	o.addRedisFlags(fs, "", redisUsage+"; optional here: counts the frontier's queued URLs (and --wait-idle waits for them)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.BoolVar(&waitIdle, "wait-idle", false, "return once every stage and the frontier have been empty, with nothing in flight, for --grace")
	fs.BoolVar(&instances, "instances", false, "also list the running service instances (listens 2.5 s for their announcements)")
	fs.DurationVar(&grace, "grace", 5*time.Second, "with --wait-idle: how long the pipeline must stay idle")
	fs.DurationVar(&timeout, "timeout", 0, "with --wait-idle: give up after this long (0: wait forever)")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	e := &env{log: discardLogger(), readOnly: true}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-status", false); err != nil {
		return err
	}
	if _, err := bus.Lags(ctx, e.js); err != nil {
		return fmt.Errorf("no newsroom pipeline on NATS at %s (nothing has run against it yet?): %w", bus.RedactURL(o.nats), err)
	}
	// The frontier's host queues live in Redis: without it, status sees the
	// streams only.
	var front *frontier.Frontier
	if o.redis != "" {
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
		front = frontier.New(e.state, frontier.Options{})
	}
	frontierIdle := func() (bool, *frontier.Stats) {
		if front == nil {
			return true, nil
		}
		st, err := front.Stats(ctx, 10)
		if err != nil {
			return false, nil
		}
		return st.Pending() == 0, &st
	}
	if waitIdle {
		var deadline <-chan time.Time
		if timeout > 0 {
			deadline = time.After(timeout)
		}
		var since time.Time
		for {
			lags, err := bus.Lags(ctx, e.js)
			if err != nil {
				return err
			}
			fidle, fstats := frontierIdle()
			if idle(lags) && fidle {
				if since.IsZero() {
					since = time.Now()
				}
				if time.Since(since) >= grace {
					break
				}
			} else {
				since = time.Time{}
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-deadline:
				return fmt.Errorf("pipeline not idle after %s (%s)", timeout, busyReport(lags, fstats))
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	var book *instanceBook
	if instances {
		var err error
		if book, err = watchInstances(e.nc, e.ns.Subject("newsroom.stats.*")); err != nil {
			return err
		}
		time.Sleep(2500 * time.Millisecond)
	}
	lags, err := bus.Lags(ctx, e.js)
	if err != nil {
		return err
	}
	n, latest := latestDeadLetters(ctx, e.js, 10)
	fidle, fstats := frontierIdle()
	doc := map[string]any{"stages": lags, "idle": idle(lags) && fidle, "dead_letters": map[string]any{"count": n, "latest": latest}}
	if fstats != nil {
		doc["frontier"] = fstats
	}
	if book != nil {
		doc["instances"] = book.snapshot()
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tstream\tpending\tin flight\tredelivered\tstream msgs\t")
	for _, l := range lags {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t\n", l.Stage, l.Stream, l.Pending, l.AckPending, l.Redelivered, l.StreamMsgs)
	}
	tw.Flush()
	if fstats != nil {
		fmt.Fprintf(stdout, "frontier: %d queued over %d hosts (%d due now, %d waiting), %d being fetched, %d to retry\n",
			fstats.Queued, fstats.Hosts, fstats.DueNow, fstats.Waiting, fstats.Leased, fstats.Delayed)
	}
	fmt.Fprintf(stdout, "idle: %v\ndead letters: %d\n", idle(lags) && fidle, n)
	for _, d := range latest {
		fmt.Fprintf(stdout, "  %s %s (%d deliveries): %s\n", d.At.Format(time.RFC3339), d.Stage, d.Deliveries, d.Reason)
	}
	if book != nil {
		for stage, docs := range book.snapshot() {
			fmt.Fprintf(stdout, "instances of %s: %d\n", stage, len(docs))
		}
	}
	return nil
}
