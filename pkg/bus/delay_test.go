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
				return bus.Delay(10*time.Millisecond, "dependency down")
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
		if got != want {
			t.Errorf("%s MaxDeliver = %d, want %d", s.Name, got, want)
		}
	}
}
