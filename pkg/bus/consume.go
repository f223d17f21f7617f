package bus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DelayError asks for the message to come back after a delay without counting
// as a failure (a host that is not ready yet, downstream backpressure). Err
// says why; errors.Is and errors.As reach it.
type DelayError struct {
	After time.Duration
	Err   error
}

func (e *DelayError) Error() string {
	if e.Err == nil {
		return "delay " + e.After.String()
	}
	return "delay " + e.After.String() + ": " + e.Err.Error()
}

// Unwrap returns the cause of the delay.
func (e *DelayError) Unwrap() error { return e.Err }

// Delay returns a DelayError whose cause is err.
func Delay(after time.Duration, err error) error {
	return &DelayError{After: after, Err: err}
}

// PermanentError marks a failure that retrying cannot fix; the message is
// dead-lettered at once.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError.
func Permanent(err error) error { return &PermanentError{Err: err} }

// Outcome names what happened to a message, for metrics.
type Outcome string

// Outcomes of Settle.
const (
	OutcomeAck        Outcome = "ack"
	OutcomeDelay      Outcome = "delay"
	OutcomeRetry      Outcome = "retry"
	OutcomeDeadLetter Outcome = "dead_letter"
)

// Settler acks, delays, retries or dead-letters messages according to the
// handler's error.
type Settler struct {
	Stage         string
	JS            jetstream.Publisher
	MaxDeliveries int          // failures allowed before dead-lettering (default 5)
	Log           *slog.Logger // the stage's logger: its lines carry the stage key (nil: discard)
	// OnOutcome, when set, is called for every settled message (metrics).
	OnOutcome func(Outcome, error)

	mu     sync.Mutex
	delays map[string]uint64 // deliveries that ended in a Delay, by stream:sequence
}

// maxTrackedDelays bounds the Settler's delay book; when full it is cleared,
// which only makes failure counting conservative (as if nothing was delayed).
const maxTrackedDelays = 100_000

func (s *Settler) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// noteDelay records that a delivery of key ended in a Delay.
func (s *Settler) noteDelay(key string) {
	if key == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.delays == nil || len(s.delays) >= maxTrackedDelays {
		s.delays = map[string]uint64{}
	}
	s.delays[key]++
}

// delayed returns how many deliveries of key ended in a Delay here and, when
// forget is set, drops the entry (the message is settled for good).
func (s *Settler) delayed(key string, forget bool) uint64 {
	if key == "" {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.delays[key]
	if forget {
		delete(s.delays, key)
	}
	return n
}

// Settle disposes of m after its handler returned err.
func (s *Settler) Settle(ctx context.Context, m jetstream.Msg, err error) Outcome {
	out := s.settle(ctx, m, err)
	if s.OnOutcome != nil {
		s.OnOutcome(out, err)
	}
	return out
}

func (s *Settler) settle(ctx context.Context, m jetstream.Msg, err error) Outcome {
	delivered, key := uint64(1), ""
	if md, merr := m.Metadata(); merr == nil {
		delivered = md.NumDelivered
		key = md.Stream + ":" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	if err == nil {
		s.delayed(key, true)
		if aerr := m.Ack(); aerr != nil {
			s.log().Warn("ack failed; message will be redelivered", "err", aerr)
		}
		return OutcomeAck
	}
	backstop := -1
	if st, ok := StageNamed(s.Stage); ok {
		backstop = st.MaxDeliver
	}
	last := backstop > 0 && delivered >= uint64(backstop)
	var d *DelayError
	if errors.As(err, &d) && !last {
		s.noteDelay(key)
		_ = m.NakWithDelay(d.After)
		return OutcomeDelay
	}
	// Deliveries that only waited (Delay) are not failures.
	failures := delivered - min(s.delayed(key, false), delivered-1)
	max := s.MaxDeliveries
	if max <= 0 {
		max = 5
	}
	var perm *PermanentError
	if errors.As(err, &perm) || errors.Is(err, ErrBadMessage) || failures >= uint64(max) || last {
		reason := err.Error()
		if last {
			reason = fmt.Sprintf("gave up after %d deliveries (backstop): %s", delivered, reason)
		}
		if derr := DeadLetterMsg(ctx, s.JS, s.Stage, m, reason, delivered); derr != nil {
			s.log().Error("dead-letter publish failed; will retry", "err", derr)
			_ = m.NakWithDelay(5 * time.Second)
			return OutcomeRetry
		}
		s.delayed(key, true)
		s.log().Warn("message dead-lettered", "deliveries", delivered, "failures", failures, "reason", reason)
		_ = m.Ack()
		return OutcomeDeadLetter
	}
	back := time.Duration(1<<min(failures, 6)) * time.Second
	s.log().Info("processing failed; will retry", "deliveries", delivered, "failures", failures, "retry_in", back, "err", err)
	_ = m.NakWithDelay(back)
	return OutcomeRetry
}

// DeadLetterMsg publishes m to the dead-letter stream with the reason.
func DeadLetterMsg(ctx context.Context, js jetstream.Publisher, stage string, m jetstream.Msg, reason string, deliveries uint64) error {
	dl := DeadLetter{V: Version, Stage: stage, Subject: m.Subject(), Reason: reason, Deliveries: deliveries,
		At: time.Now().UTC(), MsgID: m.Headers().Get(jetstream.MsgIDHeader)}
	data := m.Data()
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	dl.Data = data
	id := "dlq:" + stage + ":" + hash(dl.MsgID, string(data))
	if md, err := m.Metadata(); err == nil {
		id = "dlq:" + md.Stream + ":" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	payload, err := json.Marshal(dl)
	if err != nil {
		return err
	}
	out := nats.NewMsg(SubjectDLQ + "." + stage)
	out.Data = payload
	out.Header.Set(HdrVersion, strconv.Itoa(Version))
	out.Header.Set(jetstream.MsgIDHeader, id)
	_, err = js.PublishMsg(ctx, out)
	return err
}

// Worker pulls messages from a durable consumer and runs a handler on each,
// with bounded concurrency. Run stops pulling when ctx ends and returns once
// every message it pulled has been settled; it returns an error only when
// the consumer is gone (see CheckConsumer).
type Worker struct {
	Consumer    jetstream.Consumer
	Settler     *Settler
	Concurrency int           // handlers running at once (default 4)
	MaxWait     time.Duration // how long one pull waits for messages (default 1s)
	// DrainTimeout bounds how long in-flight handlers may run after ctx ends
	// before their context is cancelled (default 30s).
	DrainTimeout time.Duration
	// Heartbeat is how often a message still being handled is reported in
	// progress, which restarts its AckWait (default DefaultHeartbeat). A
	// handler may then run past AckWait, and AckWait can stay short, so a
	// killed replica's messages return to the others soon.
	Heartbeat time.Duration
	Handle    func(ctx context.Context, m jetstream.Msg) error

	inFlight atomic.Int64
}

// InFlight reports how many messages are being handled now.
func (w *Worker) InFlight() int64 { return w.inFlight.Load() }

// Run pulls and handles messages until ctx ends, then drains.
func (w *Worker) Run(ctx context.Context) error {
	conc := w.Concurrency
	if conc <= 0 {
		conc = 4
	}
	maxWait := w.MaxWait
	if maxWait <= 0 {
		maxWait = time.Second
	}
	drain := w.DrainTimeout
	if drain <= 0 {
		drain = 30 * time.Second
	}
	beat := w.Heartbeat
	if beat <= 0 {
		beat = DefaultHeartbeat
	}
	hctx, cancelHandlers := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelHandlers()
	sem := NewSlots(conc)
	var wg sync.WaitGroup
	var fatal error
	backoff := 100 * time.Millisecond
loop:
	for {
		n := sem.Take(ctx)
		if n == 0 {
			break
		}
		batch, err := w.Consumer.Fetch(n, jetstream.FetchMaxWait(maxWait))
		got := 0
		if err == nil {
			for m := range batch.Messages() {
				got++
				wg.Add(1)
				w.inFlight.Add(1)
				go func(m jetstream.Msg) {
					defer wg.Done()
					defer sem.Give(1)
					defer w.inFlight.Add(-1)
					stop := heartbeat(m, beat)
					herr := w.safeHandle(hctx, m)
					stop()
					w.Settler.Settle(hctx, m, herr)
				}(m)
			}
			err = batch.Error()
		}
		sem.Give(n - got)
		if err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			if gone := CheckConsumer(ctx, w.Consumer); gone != nil {
				fatal = gone
				break loop
			}
			w.Settler.log().Warn("pull failed; retrying", "err", err, "retry_in", backoff)
			select {
			case <-time.After(backoff):
			case <-ctx.Done():
			}
			backoff = min(backoff*2, 5*time.Second)
			continue
		}
		backoff = 100 * time.Millisecond
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(drain):
		cancelHandlers()
		<-done
	}
	return fatal
}

// CheckConsumer asks the server, after a failed pull, whether consumer c
// still exists. It returns an error only when the server says the consumer
// is gone (deleted by an operator, or its stream removed): pulling again
// can never succeed then, while every other failure may pass.
func CheckConsumer(ctx context.Context, c jetstream.Consumer) error {
	ictx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := c.Info(ictx); errors.Is(err, jetstream.ErrConsumerNotFound) || errors.Is(err, jetstream.ErrStreamNotFound) {
		return fmt.Errorf("consumer %s is gone: %w", c.CachedInfo().Name, err)
	}
	return nil
}

// Slots bounds how many handlers run at once: a slot is taken before a
// handler starts and given back when it ends.
type Slots chan struct{}

// NewSlots returns n free slots.
func NewSlots(n int) Slots { return make(Slots, n) }

// Take waits until a slot is free, then takes it and every other free slot
// at once (so one pull can fetch work for all of them). It returns how many
// it took: 0 when ctx ended first.
func (s Slots) Take(ctx context.Context) int {
	select {
	case s <- struct{}{}:
	case <-ctx.Done():
		return 0
	}
	n := 1
	for n < cap(s) {
		select {
		case s <- struct{}{}:
			n++
		default:
			return n
		}
	}
	return n
}

// Give gives n slots back.
func (s Slots) Give(n int) {
	for range n {
		<-s
	}
}

// DefaultHeartbeat is Worker.Heartbeat's default: a third of the shortest
// default AckWait.
const DefaultHeartbeat = 10 * time.Second

// heartbeat reports m in progress every interval until the returned stop
// is called.
func heartbeat(m jetstream.Msg, every time.Duration) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				_ = m.InProgress()
			case <-done:
				return
			}
		}
	}()
	return func() { close(done) }
}

func (w *Worker) safeHandle(ctx context.Context, m jetstream.Msg) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Permanent(fmt.Errorf("handler panic: %v", r))
		}
	}()
	return w.Handle(ctx, m)
}

// PublishAll publishes msgs asynchronously and waits until JetStream has
// stored every one (or ctx ends). It returns the first error.
func PublishAll(ctx context.Context, js jetstream.Publisher, msgs []*nats.Msg) error {
	if len(msgs) == 0 {
		return nil
	}
	if len(msgs) == 1 {
		_, err := js.PublishMsg(ctx, msgs[0])
		return err
	}
	futs := make([]jetstream.PubAckFuture, 0, len(msgs))
	for _, m := range msgs {
		f, err := js.PublishMsgAsync(m)
		if err != nil {
			return fmt.Errorf("publish %s: %w", m.Subject, err)
		}
		futs = append(futs, f)
	}
	var first error
	for _, f := range futs {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			if first == nil {
				first = fmt.Errorf("publish %s: %w", f.Msg().Subject, err)
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return first
}
