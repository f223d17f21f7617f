package sink

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// Config holds the sink's settings.
type Config struct {
	BatchSize     int           // messages per transaction (default 200)
	BatchWait     time.Duration // longest wait to fill a batch (default 500ms)
	MaxDeliveries int           // failures before a message is dead-lettered (default 5)
	RetryDelay    time.Duration // first pause before probing an unavailable store again (default 2s)
	MaxRetryDelay time.Duration // longest pause between probes of an unavailable store (default 15s)
	ProbeTimeout  time.Duration // bound on one store probe (default 5s)
	// Stories bounds the story stream (NEWSROOM_STORIES) the sink publishes
	// committed story events to; the sink creates or updates it at start.
	Stories bus.StoriesOptions
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{BatchSize: 200, BatchWait: 500 * time.Millisecond, MaxDeliveries: 5,
		RetryDelay: 2 * time.Second, MaxRetryDelay: 15 * time.Second, ProbeTimeout: 5 * time.Second}
}

// maxBatchSize bounds BatchSize: one transaction of this many articles is
// already far past the point where bigger batches store faster.
const maxBatchSize = 5000

// setDefaults fills zero fields with DefaultConfig's.
func (c *Config) setDefaults() {
	d := DefaultConfig()
	if c.BatchSize == 0 {
		c.BatchSize = d.BatchSize
	}
	if c.BatchWait == 0 {
		c.BatchWait = d.BatchWait
	}
	if c.MaxDeliveries == 0 {
		c.MaxDeliveries = d.MaxDeliveries
	}
	if c.RetryDelay == 0 {
		c.RetryDelay = d.RetryDelay
	}
	if c.MaxRetryDelay == 0 {
		c.MaxRetryDelay = max(d.MaxRetryDelay, c.RetryDelay)
	}
	if c.ProbeTimeout == 0 {
		c.ProbeTimeout = d.ProbeTimeout
	}
}

// Validate reports impossible values; zero fields stand for their defaults.
// It does not change c.
func (c Config) Validate() error {
	c.setDefaults()
	var errs []error
	if c.BatchSize < 0 || c.BatchSize > maxBatchSize {
		errs = append(errs, fmt.Errorf("sink batch size %d is outside 1..%d", c.BatchSize, maxBatchSize))
	}
	if c.BatchWait < 0 || c.MaxDeliveries < 0 || c.RetryDelay < 0 || c.ProbeTimeout < 0 {
		errs = append(errs, errors.New("sink batch wait, max deliveries, retry delay and probe timeout must not be negative"))
	}
	if c.MaxRetryDelay < c.RetryDelay {
		errs = append(errs, fmt.Errorf("sink max retry delay %v is below the retry delay %v", c.MaxRetryDelay, c.RetryDelay))
	}
	return errors.Join(errs...)
}

// JetStream is what the sink calls on JetStream: publishing story events, its pull consumer and
// creating the story stream. A jetstream.JetStream
// satisfies it.
type JetStream interface {
	jetstream.Publisher
	Consumer(ctx context.Context, stream, consumer string) (jetstream.Consumer, error)
	CreateOrUpdateStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error)
}

// Deps are the sink's connections.
type Deps struct {
	JS      JetStream
	Store   *store.Store
	Log     *slog.Logger
	Metrics prometheus.Registerer
}

// Stats are running totals.
type Stats struct {
	Messages      atomic.Int64 // messages applied
	Batches       atomic.Int64 // batches committed
	Stories       atomic.Int64 // story messages applied
	Aliases       atomic.Int64 // alias messages applied
	Failed        atomic.Int64 // failed batch attempts
	DeadLettered  atomic.Int64
	LastBatchMS   atomic.Int64
	Events        atomic.Int64 // story events published on NEWSROOM_STORIES
	EventFailures atomic.Int64 // batches whose events could not be published (held and redelivered)
}

// Service is a sink replica.
type Service struct {
	cfg      Config
	js       JetStream
	store    *store.Store
	log      *slog.Logger
	settler  *bus.Settler
	m        *metrics
	stats    Stats
	inFlight atomic.Int64
	outages  atomic.Int64
}

// New builds a sink.
func New(cfg Config, deps Deps) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("sink config: %w", err)
	}
	cfg.setDefaults()
	if deps.JS == nil || deps.Store == nil {
		return nil, errors.New("sink: JetStream and store are required")
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, js: deps.JS, store: deps.Store, log: log.With("stage", bus.StageSink), m: newMetrics(deps.Metrics)}
	s.settler = &bus.Settler{Stage: bus.StageSink, JS: deps.JS, MaxDeliveries: cfg.MaxDeliveries, Log: s.log,
		OnOutcome: func(o bus.Outcome, _ error) {
			s.m.outcomes.WithLabelValues(string(o)).Inc()
			if o == bus.OutcomeDeadLetter {
				s.stats.DeadLettered.Add(1)
			}
		}}
	return s, nil
}

// Stats returns running totals.
func (s *Service) Stats() *Stats { return &s.stats }

// Outages reports how many times a batch found the store unavailable and
// was held until it came back.
func (s *Service) Outages() int64 { return s.outages.Load() }

// InFlight reports messages pulled but not yet settled.
func (s *Service) InFlight() int64 { return s.inFlight.Load() }

// Run pulls and stores batches until ctx ends; the batch in hand is finished.
func (s *Service) Run(ctx context.Context) error {
	aw := bus.AwaitOptions{Log: s.log}
	if err := bus.Await(ctx, "ensure the stories stream", aw, func(ctx context.Context) error {
		return bus.EnsureStories(ctx, s.js, s.cfg.Stories)
	}); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: nothing was pulled
		}
		return fmt.Errorf("sink: %w", err)
	}
	cons, err := bus.AwaitConsumer(ctx, s.js, bus.StreamArticles, bus.ConsumerSink, aw)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("sink: %w", err)
	}
	work := context.WithoutCancel(ctx)
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		batch, err := cons.Fetch(s.cfg.BatchSize, jetstream.FetchMaxWait(s.cfg.BatchWait))
		var msgs []jetstream.Msg
		if err == nil {
			for m := range batch.Messages() {
				msgs = append(msgs, m)
			}
			err = batch.Error()
		}
		if len(msgs) > 0 {
			s.inFlight.Add(int64(len(msgs)))
			s.apply(ctx, work, msgs)
			s.inFlight.Add(-int64(len(msgs)))
		}
		if err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			if gone := bus.CheckConsumer(ctx, cons); gone != nil {
				return fmt.Errorf("sink: %w", gone)
			}
			s.log.Warn("pull failed; retrying", "err", err, "retry_in", backoff)
			select {
			case <-time.After(backoff):
			case <-ctx.Done():
			}
			backoff = min(backoff*2, 5*time.Second)
			continue
		}
		backoff = 100 * time.Millisecond
	}
	return nil
}

// apply stores one pulled batch and settles every message in it. run is the
// service's context: when it ends, a batch waiting for the store to come
// back is handed back to JetStream instead of being held.
func (s *Service) apply(run, ctx context.Context, msgs []jetstream.Msg) {
	arts := make([]bus.Article, 0, len(msgs))
	good := make([]jetstream.Msg, 0, len(msgs))
	for _, m := range msgs {
		a, err := bus.DecodeArticle(m.Headers(), m.Data())
		if err == nil {
			err = store.Validate(*a)
			if err != nil {
				err = bus.Permanent(err)
			}
		}
		if err != nil {
			s.settler.Settle(ctx, m, err)
			continue
		}
		arts = append(arts, *a)
		good = append(good, m)
	}
	if len(arts) == 0 {
		return
	}
	for {
		start := time.Now()
		err := s.store.Apply(ctx, arts)
		if err == nil {
			s.committed(arts, time.Since(start))
			perr := s.publishEvents(ctx, arts)
			for _, m := range good {
				s.settler.Settle(ctx, m, perr)
			}
			return
		}
		s.stats.Failed.Add(1)
		if s.reachable(ctx) {
			s.log.Warn("batch failed; applying one by one", "messages", len(arts), "err", err)
			s.applyEach(ctx, arts, good)
			return
		}
		// The store is down: nothing is the messages' fault. Hold the batch
		// (telling JetStream it is still being worked on, so that it is not
		// redelivered and its delivery count does not grow) until the store
		// answers again, then retry it.
		s.outages.Add(1)
		s.log.Warn("store unavailable; holding the batch until it is back", "messages", len(arts), "err", err)
		if !s.waitForStore(run, ctx, good) {
			for _, m := range good {
				s.settler.Settle(ctx, m, bus.Delay(s.cfg.RetryDelay, fmt.Errorf("store unavailable at shutdown: %w", err)))
			}
			return
		}
		s.log.Info("store reachable again; retrying the batch", "messages", len(arts))
	}
}

// applyEach applies a failed batch one message at a time to find the ones
// the store rejects. A message the store rejects counts a failed delivery
// (dead-lettered after MaxDeliveries); if the store went away meanwhile, the
// failed ones are handed back without counting.
func (s *Service) applyEach(ctx context.Context, arts []bus.Article, good []jetstream.Msg) {
	errs := make([]error, len(arts))
	failed := 0
	for i := range arts {
		if errs[i] = s.store.Apply(ctx, arts[i:i+1]); errs[i] != nil {
			failed++
		} else {
			s.committed(arts[i:i+1], 0)
		}
	}
	outage := failed > 0 && !s.reachable(ctx)
	for i, m := range good {
		switch {
		case errs[i] == nil:
			s.settler.Settle(ctx, m, s.publishEvents(ctx, arts[i:i+1]))
		case errors.Is(errs[i], store.ErrInvalid):
			s.settler.Settle(ctx, m, bus.Permanent(errs[i]))
		case outage:
			s.settler.Settle(ctx, m, bus.Delay(s.cfg.RetryDelay, fmt.Errorf("store unavailable: %w", errs[i])))
		default:
			s.settler.Settle(ctx, m, fmt.Errorf("store rejected the message: %w", errs[i]))
		}
	}
}

// publishEvents announces committed articles on the story stream. Each
// event's message id derives from its article message, so publishing again
// after a redelivery adds nothing within the duplicate window. When the
// stream cannot take them, the error returned holds the messages back
// (a delay, not a failed delivery): they come again, are applied again
// without effect, and their events are published then.
func (s *Service) publishEvents(ctx context.Context, arts []bus.Article) error {
	now := time.Now()
	msgs := make([]*nats.Msg, 0, len(arts))
	for _, a := range arts {
		ev := bus.NewStoryEvent(a, now)
		m, err := bus.EncodeStoryEvent(&ev)
		if err != nil {
			return bus.Permanent(fmt.Errorf("encode story event: %w", err))
		}
		msgs = append(msgs, m)
	}
	if err := bus.PublishAll(ctx, s.js, msgs); err != nil {
		s.stats.EventFailures.Add(1)
		s.log.Warn("publishing story events failed; the batch comes again", "messages", len(arts), "err", err)
		return bus.Delay(s.cfg.RetryDelay, fmt.Errorf("story stream publish failed: %w", err))
	}
	s.stats.Events.Add(int64(len(msgs)))
	return nil
}

// probeID is a story id that is never stored; looking it up tells whether
// the store answers at all.
const probeID = "newsroom-sink-probe"

// reachable reports whether the store answers a trivial query.
func (s *Service) reachable(ctx context.Context) bool {
	pctx, cancel := context.WithTimeout(ctx, s.cfg.ProbeTimeout)
	defer cancel()
	_, err := s.store.Get(pctx, probeID)
	return err == nil || errors.Is(err, store.ErrNotFound)
}

// waitForStore probes the store with growing pauses (RetryDelay up to
// MaxRetryDelay) until it answers, keeping the held messages in progress.
// It returns false when run ends first.
func (s *Service) waitForStore(run, ctx context.Context, held []jetstream.Msg) bool {
	pause := s.cfg.RetryDelay
	for {
		for _, m := range held {
			_ = m.InProgress()
		}
		select {
		case <-run.Done():
			return false
		case <-time.After(pause):
		}
		if s.reachable(ctx) {
			return true
		}
		pause = min(pause*2, s.cfg.MaxRetryDelay)
	}
}

func (s *Service) committed(arts []bus.Article, took time.Duration) {
	s.stats.Batches.Add(1)
	s.stats.Messages.Add(int64(len(arts)))
	for _, a := range arts {
		if a.Op == bus.OpStory {
			s.stats.Stories.Add(1)
		} else {
			s.stats.Aliases.Add(1)
		}
		if !a.DiscoveredAt.IsZero() {
			s.m.freshness.Observe(time.Since(a.DiscoveredAt).Seconds())
		}
	}
	if took > 0 {
		s.stats.LastBatchMS.Store(took.Milliseconds())
		s.m.batchSeconds.Observe(took.Seconds())
	}
	s.m.applied.Add(float64(len(arts)))
	s.m.batches.Inc()
}
