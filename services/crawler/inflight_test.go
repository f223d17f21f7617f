package crawler_test

import (
	"context"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
)

// TestInFlightDuringRun reads InFlight from another goroutine while Run
// starts, works and drains, as progress lines and /status do. Under -race
// it fails if Run publishes its worker without synchronisation.
func TestInFlightDuringRun(t *testing.T) {
	r := newRig(t, testweb.Config{Seed: 7, Publishers: 1, Aggregators: -1, Stories: 2})
	cfg := baseConfig()
	cfg.Delay = 10 * time.Millisecond
	c := r.crawler(cfg, nil)
	ctx, cancel := context.WithCancel(r.ctx)
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	// Read while Run starts, before anything else could order the two
	// goroutines (the race detector needs the read to precede the write).
	for start := time.Now(); time.Since(start) < 300*time.Millisecond; {
		c.InFlight()
		time.Sleep(time.Millisecond)
	}
	r.seed(r.web.Seeds()...)
	busy := false
	for deadline := time.Now().Add(time.Minute); !busy && time.Now().Before(deadline); {
		busy = c.InFlight() > 0
		time.Sleep(time.Millisecond)
	}
	cancel()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if !busy {
				t.Fatal("InFlight never reported a message in flight")
			}
			if n := c.InFlight(); n != 0 {
				t.Fatalf("InFlight after Run returned = %d, want 0", n)
			}
			return
		default:
			c.InFlight()
			time.Sleep(time.Millisecond)
		}
	}
}
