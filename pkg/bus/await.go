package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// AwaitOptions tune Await.
type AwaitOptions struct {
	Log      *slog.Logger  // where each retry is reported (nil: not reported)
	Attempt  time.Duration // bound of one attempt (default 10s)
	MaxPause time.Duration // longest pause between attempts (default 5s)
}

// Await runs step until it succeeds, pausing between attempts (100 ms,
// doubling up to MaxPause), for the JetStream lookups a stage makes as it
// starts: the server may be restarting just then, and a stage that gave up
// would end its whole process while the server is back a second later. It
// returns at once when the server answers that the stream, consumer or
// bucket does not exist, which no retry mends, and when ctx ends.
func Await(ctx context.Context, what string, o AwaitOptions, step func(context.Context) error) error {
	if o.Attempt <= 0 {
		o.Attempt = 10 * time.Second
	}
	if o.MaxPause <= 0 {
		o.MaxPause = 5 * time.Second
	}
	pause := 100 * time.Millisecond
	for {
		actx, cancel := context.WithTimeout(ctx, o.Attempt)
		err := step(actx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
		if missing(err) {
			return fmt.Errorf("%s: %w", what, err)
		}
		if o.Log != nil {
			o.Log.Warn("JetStream not answering; retrying", "step", what, "err", err, "retry_in", pause)
		}
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
		pause = min(pause*2, o.MaxPause)
	}
}

// missing reports whether err is the server saying that what was asked for
// does not exist.
func missing(err error) bool {
	return errors.Is(err, jetstream.ErrStreamNotFound) || errors.Is(err, jetstream.ErrConsumerNotFound) ||
		errors.Is(err, jetstream.ErrBucketNotFound)
}

// ConsumerLooker finds a durable consumer (a jetstream.JetStream does).
type ConsumerLooker interface {
	Consumer(ctx context.Context, stream, consumer string) (jetstream.Consumer, error)
}

// AwaitConsumer looks up a stage's durable consumer with Await.
func AwaitConsumer(ctx context.Context, js ConsumerLooker, stream, consumer string, o AwaitOptions) (jetstream.Consumer, error) {
	var c jetstream.Consumer
	err := Await(ctx, "consumer "+consumer, o, func(ctx context.Context) (err error) {
		c, err = js.Consumer(ctx, stream, consumer)
		return err
	})
	return c, err
}

// ObjectStoreLooker opens an object store bucket (a jetstream.JetStream
// does).
type ObjectStoreLooker interface {
	ObjectStore(ctx context.Context, bucket string) (jetstream.ObjectStore, error)
}

// AwaitObjectStore opens a bucket with Await.
func AwaitObjectStore(ctx context.Context, js ObjectStoreLooker, bucket string, o AwaitOptions) (jetstream.ObjectStore, error) {
	var obj jetstream.ObjectStore
	err := Await(ctx, "bucket "+bucket, o, func(ctx context.Context) (err error) {
		obj, err = js.ObjectStore(ctx, bucket)
		return err
	})
	return obj, err
}
