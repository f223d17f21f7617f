package bus_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/natsembed"
	"newsroom.dev/pkg/testkit"
)

// TestAwaitOutlastsServerRestart stops the server, asks for a consumer
// while it is down, and starts it again on the same port and store: the
// lookup must wait and then succeed rather than fail, as a stage starting
// during a NATS restart used to end its process.
func TestAwaitOutlastsServerRestart(t *testing.T) {
	dir, addr := t.TempDir(), fmt.Sprintf("127.0.0.1:%d", testkit.FreePort(t))
	srv, err := natsembed.Start(natsembed.Options{Dir: dir, Listen: addr})
	if err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect(srv.ClientURL(), nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		srv.Shutdown()
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := bus.Ensure(ctx, js, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	srv.Shutdown()

	done := make(chan error, 1)
	var cons jetstream.Consumer
	go func() {
		done <- bus.Await(ctx, "pages consumer", bus.AwaitOptions{Attempt: time.Second, MaxPause: 200 * time.Millisecond},
			func(ctx context.Context) (err error) {
				cons, err = js.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
				return err
			})
	}()
	select {
	case err := <-done:
		t.Fatalf("Await returned while the server was down: %v", err)
	case <-time.After(1500 * time.Millisecond):
	}
	srv, err = natsembed.Start(natsembed.Options{Dir: dir, Listen: addr})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Await after the restart: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Await did not return within a minute of the restart")
	}
	if cons == nil || cons.CachedInfo().Name != bus.ConsumerExtractor {
		t.Fatalf("Await left the wrong consumer: %+v", cons)
	}
}

// TestAwaitStopsOnMissingOrCancel checks that Await gives up at once when
// the server says the consumer does not exist, and when its context ends.
func TestAwaitStopsOnMissingOrCancel(t *testing.T) {
	env, ctx := setup(t)
	calls := 0
	err := bus.Await(ctx, "lookup", bus.AwaitOptions{}, func(ctx context.Context) error {
		calls++
		_, err := env.JS.Consumer(ctx, bus.StreamPages, "no-such-consumer")
		return err
	})
	if !errors.Is(err, jetstream.ErrConsumerNotFound) || calls != 1 {
		t.Fatalf("Await on a missing consumer = %v after %d calls, want ErrConsumerNotFound after 1", err, calls)
	}

	cctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	boom := errors.New("unreachable")
	err = bus.Await(cctx, "lookup", bus.AwaitOptions{}, func(context.Context) error { return boom })
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, boom) {
		t.Fatalf("Await after its context ended = %v, want the deadline and the last error", err)
	}
}
