package bus_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
)

// TestDelaysAreNotFailures checks that deliveries ending in a Delay (an
// unreachable dependency) do not count toward MaxDeliveries: a message that
// waited many times is still retried MaxDeliveries times once it fails.
func TestDelaysAreNotFailures(t *testing.T) {
	env, ctx := setup(t)
	m := nats.NewMsg(bus.SubjectPages)
	m.Data = []byte("page")
	if _, err := env.JS.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	cons, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	const waits, maxDeliveries = 8, 2
	var calls, dead atomic.Int64
	w := &bus.Worker{Consumer: cons, Concurrency: 1, MaxWait: 100 * time.Millisecond,
		Settler: &bus.Settler{Stage: bus.StageExtractor, JS: env.JS, MaxDeliveries: maxDeliveries,
			OnOutcome: func(o bus.Outcome, _ error) {
				if o == bus.OutcomeDeadLetter {
					dead.Add(1)
				}
			}},
		Handle: func(ctx context.Context, m jetstream.Msg) error {
			if calls.Add(1) <= waits {
				return bus.Delay(10*time.Millisecond, errors.New("dependency down"))
			}
			return errors.New("fails")
		}}
	rctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	go func() {
		for dead.Load() == 0 && rctx.Err() == nil {
			time.Sleep(50 * time.Millisecond)
		}
		cancel()
	}()
	w.Run(rctx)
	if dead.Load() != 1 {
		t.Fatalf("not dead-lettered after %d calls", calls.Load())
	}
	if got, want := calls.Load(), int64(waits+maxDeliveries); got != want {
		t.Fatalf("handled %d times, want %d (%d waits + %d failures)", got, want, waits, maxDeliveries)
	}
}

// TestConsumerBackstop checks the extractor and sink consumers have a
// delivery backstop far above MaxDeliveries and the crawler none.
func TestConsumerBackstop(t *testing.T) {
	for _, s := range bus.Stages() {
		got := bus.ConsumerConfig(s, bus.ConsumerOptions{}).MaxDeliver
		want := bus.DeliverBackstop
		if s.Name == bus.StageCrawler {
			want = -1
		}
		if s.MaxDeliver != want {
			t.Errorf("%s Stage.MaxDeliver = %d, want %d", s.Name, s.MaxDeliver, want)
		}
		if got != want {
			t.Errorf("%s MaxDeliver = %d, want %d", s.Name, got, want)
		}
	}
}

// TestHeartbeatKeepsLongHandlers checks that a handler running past the
// consumer's AckWait (2s here) keeps its message while the worker sends
// heartbeats, and loses it to a redelivery without them.
func TestHeartbeatKeepsLongHandlers(t *testing.T) {
	for _, tc := range []struct {
		name      string
		heartbeat time.Duration
		redeliver bool
	}{
		{"heartbeats", 500 * time.Millisecond, false},
		{"none within the handler's run", time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, ctx := setup(t)
			m := nats.NewMsg(bus.SubjectPages)
			m.Data = []byte("slow page")
			if _, err := env.JS.PublishMsg(ctx, m); err != nil {
				t.Fatal(err)
			}
			cons, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
			if err != nil {
				t.Fatal(err)
			}
			var calls, settled atomic.Int64
			w := &bus.Worker{Consumer: cons, Concurrency: 2, MaxWait: 100 * time.Millisecond, Heartbeat: tc.heartbeat,
				Settler: &bus.Settler{Stage: bus.StageExtractor, JS: env.JS, MaxDeliveries: 5,
					OnOutcome: func(bus.Outcome, error) { settled.Add(1) }},
				Handle: func(ctx context.Context, m jetstream.Msg) error {
					calls.Add(1)
					time.Sleep(4500 * time.Millisecond)
					return nil
				}}
			rctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			go func() {
				for settled.Load() == 0 && rctx.Err() == nil {
					time.Sleep(50 * time.Millisecond)
				}
				time.Sleep(500 * time.Millisecond) // room for a redelivery to show
				cancel()
			}()
			w.Run(rctx)
			if got := calls.Load() > 1; got != tc.redeliver {
				t.Fatalf("handled %d times; redelivery %v, want %v", calls.Load(), got, tc.redeliver)
			}
		})
	}
}
