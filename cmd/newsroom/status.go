package main

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
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

// idle reports whether every stage is empty with nothing in flight.
func idle(lags []bus.Lag) bool {
	for _, l := range lags {
		if l.Pending > 0 || l.AckPending > 0 || l.StreamMsgs > 0 {
			return false
		}
	}
	return true
}
