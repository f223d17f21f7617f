package bus_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
)

// TestWorkerStopsWhenConsumerIsDeleted checks that a worker whose consumer
// is deleted under it returns an error naming the cause instead of pulling
// in vain forever, and that a consumer that exists is never reported gone.
func TestWorkerStopsWhenConsumerIsDeleted(t *testing.T) {
	env, ctx := setup(t)
	cons, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.CheckConsumer(ctx, cons); err != nil {
		t.Fatalf("CheckConsumer on a live consumer: %v", err)
	}
	w := &bus.Worker{Consumer: cons, Concurrency: 1, MaxWait: 100 * time.Millisecond,
		Settler: &bus.Settler{Stage: bus.StageExtractor, JS: env.JS},
		Handle:  func(context.Context, jetstream.Msg) error { return nil }}
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- w.Run(rctx) }()
	time.Sleep(300 * time.Millisecond) // a few empty pulls first
	if err := env.JS.DeleteConsumer(ctx, bus.StreamPages, bus.ConsumerExtractor); err != nil {
		t.Fatal(err)
	}
	err = <-done
	if rctx.Err() != nil {
		t.Fatal("Run kept pulling from a deleted consumer until the test gave up")
	}
	if !errors.Is(err, jetstream.ErrConsumerNotFound) {
		t.Fatalf("Run = %v, want an error wrapping jetstream.ErrConsumerNotFound", err)
	}
}
