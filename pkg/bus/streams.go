package bus

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream, subject and consumer names. Deploy manifests (KEDA triggers) refer
// to these; change them only together.
const (
	StreamFrontier = "NEWSROOM_FRONTIER"
	StreamPages    = "NEWSROOM_PAGES"
	StreamArticles = "NEWSROOM_ARTICLES"
	StreamDLQ      = "NEWSROOM_DLQ"

	SubjectFrontier = "newsroom.frontier.v1"
	SubjectPages    = "newsroom.pages.v1"
	SubjectArticles = "newsroom.articles.v1"
	SubjectDLQ      = "newsroom.dlq" // + "." + stage

	ConsumerCrawler   = "crawler"
	ConsumerExtractor = "extractor"
	ConsumerSink      = "sink"

	// BucketBodies is the object store bucket for claim-checked page bodies.
	BucketBodies = "newsroom-bodies"
)

// Stage names, used in dead letters, metrics and status.
const (
	StageCrawler   = "crawler"
	StageExtractor = "extractor"
	StageSink      = "sink"
)

// Stage describes one pipeline stage: its stream and consumer, and the
// delivery policy of that consumer.
type Stage struct {
	Name     string // StageCrawler, ...
	Stream   string
	Subject  string
	Consumer string
	// AckWait is the consumer's default AckWait (ConsumerOptions.AckWait
	// overrides it).
	AckWait time.Duration
	// MaxAckPending is the consumer's default MaxAckPending
	// (ConsumerOptions.MaxAckPending overrides it).
	MaxAckPending int
	// MaxDeliver is the consumer's delivery backstop, -1 for none (see
	// DeliverBackstop). The Settler dead-letters a message on its last
	// delivery.
	MaxDeliver int
}

// Stages lists the pipeline in order. The crawler's consumer has no
// delivery backstop: its politeness waits are redeliveries, and its
// failures are counted in the shared state. It holds many more messages in
// flight (URLs waiting for their host). The workers of the crawler and the
// extractor report long handlers in progress, so a short AckWait suits them;
// the sink's batches get longer.
func Stages() []Stage {
	return []Stage{
		{Name: StageCrawler, Stream: StreamFrontier, Subject: SubjectFrontier, Consumer: ConsumerCrawler,
			AckWait: 30 * time.Second, MaxAckPending: 20000, MaxDeliver: -1},
		{Name: StageExtractor, Stream: StreamPages, Subject: SubjectPages, Consumer: ConsumerExtractor,
			AckWait: 30 * time.Second, MaxAckPending: 2000, MaxDeliver: DeliverBackstop},
		{Name: StageSink, Stream: StreamArticles, Subject: SubjectArticles, Consumer: ConsumerSink,
			AckWait: time.Minute, MaxAckPending: 2000, MaxDeliver: DeliverBackstop},
	}
}

// StageNamed returns the stage called name.
func StageNamed(name string) (Stage, bool) {
	for _, s := range Stages() {
		if s.Name == name {
			return s, true
		}
	}
	return Stage{}, false
}

// StreamOptions bound the streams. Publishes beyond a limit fail (discard
// new) so that producers slow down instead of old work being dropped.
type StreamOptions struct {
	Replicas         int           // 1 for a single server, 3 in a cluster
	FrontierMaxMsgs  int64         // default 10M
	PagesMaxBytes    int64         // default 2 GiB
	ArticlesMaxBytes int64         // default 1 GiB
	DLQMaxAge        time.Duration // default 14 days
	DuplicateWindow  time.Duration // Nats-Msg-Id dedupe window, default 10m
	Memory           bool          // memory storage (tests)
}

func (o StreamOptions) withDefaults() StreamOptions {
	if o.Replicas < 1 {
		o.Replicas = 1
	}
	if o.FrontierMaxMsgs <= 0 {
		o.FrontierMaxMsgs = 10_000_000
	}
	if o.PagesMaxBytes <= 0 {
		o.PagesMaxBytes = 2 << 30
	}
	if o.ArticlesMaxBytes <= 0 {
		o.ArticlesMaxBytes = 1 << 30
	}
	if o.DLQMaxAge <= 0 {
		o.DLQMaxAge = 14 * 24 * time.Hour
	}
	if o.DuplicateWindow <= 0 {
		o.DuplicateWindow = 10 * time.Minute
	}
	return o
}

// StreamConfigs returns the configuration of every stream.
func StreamConfigs(o StreamOptions) []jetstream.StreamConfig {
	o = o.withDefaults()
	st := jetstream.FileStorage
	if o.Memory {
		st = jetstream.MemoryStorage
	}
	return []jetstream.StreamConfig{
		{Name: StreamFrontier, Subjects: []string{SubjectFrontier}, Retention: jetstream.WorkQueuePolicy,
			Discard: jetstream.DiscardNew, MaxMsgs: o.FrontierMaxMsgs, Storage: st, Replicas: o.Replicas,
			Duplicates: o.DuplicateWindow, Description: "URLs to fetch"},
		{Name: StreamPages, Subjects: []string{SubjectPages}, Retention: jetstream.WorkQueuePolicy,
			Discard: jetstream.DiscardNew, MaxBytes: o.PagesMaxBytes, Storage: st, Replicas: o.Replicas,
			Duplicates: o.DuplicateWindow, Description: "fetched pages"},
		{Name: StreamArticles, Subjects: []string{SubjectArticles}, Retention: jetstream.WorkQueuePolicy,
			Discard: jetstream.DiscardNew, MaxBytes: o.ArticlesMaxBytes, Storage: st, Replicas: o.Replicas,
			Duplicates: o.DuplicateWindow, Description: "extracted, deduplicated articles"},
		{Name: StreamDLQ, Subjects: []string{SubjectDLQ + ".>"}, Retention: jetstream.LimitsPolicy,
			Discard: jetstream.DiscardOld, MaxAge: o.DLQMaxAge, MaxBytes: 256 << 20, Storage: st, Replicas: o.Replicas,
			Duplicates: o.DuplicateWindow, Description: "dead letters with reasons"},
	}
}

// ConsumerOptions tune the durable pull consumers.
type ConsumerOptions struct {
	AckWait       time.Duration // default 30s for the crawler and extractor (their workers send heartbeats), 1m for the sink
	MaxAckPending int           // default 20000 crawler (waiting URLs), 2000 others
}

// DeliverBackstop is the consumer's MaxDeliver for the extractor and sink.
// Stages dead-letter failures after their own MaxDeliveries; waits (Delay:
// an unreachable dependency) are not failures but still count as JetStream
// deliveries, so the backstop is high enough for an outage of most of an
// hour, and the Settler parks a message on its last delivery rather than
// letting JetStream strand it in the stream, neither delivered nor parked.
const DeliverBackstop = 1000

// ConsumerConfig returns the durable pull consumer of a stage.
func ConsumerConfig(s Stage, o ConsumerOptions) jetstream.ConsumerConfig {
	ackWait, pending := s.AckWait, s.MaxAckPending
	if o.AckWait > 0 {
		ackWait = o.AckWait
	}
	if o.MaxAckPending > 0 {
		pending = o.MaxAckPending
	}
	return jetstream.ConsumerConfig{
		Durable:       s.Consumer,
		Description:   "newsroom " + s.Name,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       ackWait,
		MaxDeliver:    s.MaxDeliver,
		MaxAckPending: pending,
		FilterSubject: s.Subject,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
}

// Ensure creates or updates every stream, consumer and the body bucket. It is
// idempotent and safe to call from every replica at start-up.
func Ensure(ctx context.Context, js jetstream.JetStream, so StreamOptions, co ConsumerOptions) error {
	for _, cfg := range StreamConfigs(so) {
		if _, err := js.CreateOrUpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("ensure stream %s: %w", cfg.Name, err)
		}
	}
	for _, s := range Stages() {
		if _, err := js.CreateOrUpdateConsumer(ctx, s.Stream, ConsumerConfig(s, co)); err != nil {
			return fmt.Errorf("ensure consumer %s on %s: %w", s.Consumer, s.Stream, err)
		}
	}
	st := jetstream.FileStorage
	if so.Memory {
		st = jetstream.MemoryStorage
	}
	_, err := js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket: BucketBodies, Description: "claim-checked page bodies", TTL: 7 * 24 * time.Hour,
		Storage: st, Replicas: so.withDefaults().Replicas,
	})
	if err != nil && !errors.Is(err, jetstream.ErrBucketExists) {
		return fmt.Errorf("ensure object store %s: %w", BucketBodies, err)
	}
	return nil
}

// Lag is a stage's backlog as its consumer sees it.
type Lag struct {
	Stage       string `json:"stage"`
	Stream      string `json:"stream"`
	Consumer    string `json:"consumer"`
	Pending     uint64 `json:"pending"`     // not yet delivered
	AckPending  int    `json:"ack_pending"` // delivered, not yet acked (in flight or waiting)
	Redelivered int    `json:"redelivered"` // delivered more than once, not yet acked
	Waiting     int    `json:"waiting"`     // pull requests waiting
	StreamMsgs  uint64 `json:"stream_msgs"` // messages held by the stream
	Instances   int    `json:"instances"`   // distinct pull clients seen (approximate)
}

// Lags reads every stage's consumer state.
func Lags(ctx context.Context, js jetstream.JetStream) ([]Lag, error) {
	var out []Lag
	for _, s := range Stages() {
		c, err := js.Consumer(ctx, s.Stream, s.Consumer)
		if err != nil {
			return nil, fmt.Errorf("consumer %s on %s: %w", s.Consumer, s.Stream, err)
		}
		ci, err := c.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("consumer %s info: %w", s.Consumer, err)
		}
		l := Lag{Stage: s.Name, Stream: s.Stream, Consumer: s.Consumer, Pending: ci.NumPending,
			AckPending: ci.NumAckPending, Redelivered: ci.NumRedelivered, Waiting: ci.NumWaiting}
		if st, err := js.Stream(ctx, s.Stream); err == nil {
			if si, err := st.Info(ctx); err == nil {
				l.StreamMsgs = si.State.Msgs
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// DLQCount returns how many dead letters the dead-letter stream holds.
func DLQCount(ctx context.Context, js jetstream.JetStream) (uint64, error) {
	st, err := js.Stream(ctx, StreamDLQ)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", StreamDLQ, err)
	}
	si, err := st.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("stream %s info: %w", StreamDLQ, err)
	}
	return si.State.Msgs, nil
}
