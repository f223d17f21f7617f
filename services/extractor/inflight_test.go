package extractor

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/state/memstate"
)

// TestInFlightDuringRun reads InFlight from another goroutine while Run
// starts, handles a page and drains, as progress lines and /status do.
// Under -race it fails if Run publishes its worker without synchronisation.
func TestInFlightDuringRun(t *testing.T) {
	env := bustest.Start(t)
	ctx := t.Context()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	// The service gets a connection of its own: sharing the test's would
	// order the two goroutines through its lock and hide a race.
	nc, err := bus.Connect(env.URL, bus.ConnectOptions{Name: "extractor-test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(Config{}, Deps{JS: js, State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	// Read while Run starts, before anything else could order the two
	// goroutines (the race detector needs the read to precede the write).
	for start := time.Now(); time.Since(start) < 300*time.Millisecond; {
		svc.InFlight()
		time.Sleep(time.Millisecond)
	}
	msg, err := bus.NewCodec().EncodePage(ctx, nil, &bus.Page{URL: "http://news.test/a/1.html", Status: 200,
		ContentType: "text/html", Kind: bus.KindArticle, FetchedAt: time.Now().UTC(),
		Body: []byte("<html><head><title>One</title></head><body><article><p>" +
			"A short story about nothing in particular, told twice. A short story about nothing in particular, told twice." +
			"</p></article></body></html>")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.JS.PublishMsg(ctx, msg); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); svc.Stats().Pages.Load() == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the page was not handled within a minute")
		}
		svc.InFlight()
		time.Sleep(time.Millisecond)
	}
	cancel()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if n := svc.InFlight(); n != 0 {
				t.Fatalf("InFlight after Run returned = %d, want 0", n)
			}
			return
		default:
			svc.InFlight()
			time.Sleep(time.Millisecond)
		}
	}
}

// TestStopWhileStarting stops the extractor while it is still looking up
// its consumer (here: before it starts at all): a stop during start-up is
// a clean shutdown, not an error that fails the process.
func TestStopWhileStarting(t *testing.T) {
	env := bustest.Start(t)
	if err := bus.Ensure(t.Context(), env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	svc, err := New(Config{}, Deps{JS: env.JS, State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := svc.Run(ctx); err != nil {
		t.Fatalf("Run stopped while starting: %v, want nil", err)
	}
}
