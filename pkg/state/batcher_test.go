package state_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
)

// countingStore records the size of each DedupeBatch call.
type countingStore struct {
	state.Store
	mu    sync.Mutex
	sizes []int
	delay time.Duration
	cur   int // DedupeBatch calls running now
	peak  int // most calls running at once
}

func (c *countingStore) DedupeBatch(ctx context.Context, rs []state.DedupeRequest) ([]state.DedupeResult, error) {
	c.mu.Lock()
	c.sizes = append(c.sizes, len(rs))
	c.cur++
	c.peak = max(c.peak, c.cur)
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.cur--
		c.mu.Unlock()
	}()
	time.Sleep(c.delay)
	return c.Store.DedupeBatch(ctx, rs)
}

func TestBatcher(t *testing.T) {
	tests := []struct {
		name        string
		callers     int
		opts        state.BatchOptions
		delay       time.Duration
		wantMaxSize int // no batch larger than this
		wantBatched bool
	}{
		{"lone caller is sent at once", 1, state.BatchOptions{MaxWait: time.Hour}, 0, 1, false},
		{"concurrent callers share batches", 64, state.BatchOptions{MaxBatch: 16, MaxWait: 5 * time.Millisecond}, 2 * time.Millisecond, 16, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := &countingStore{Store: memstate.New(), delay: tc.delay}
			b := state.NewBatcher(cs, tc.opts)
			var wg sync.WaitGroup
			ids := make([]string, tc.callers)
			start := time.Now()
			for i := range tc.callers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r, err := b.Dedupe(t.Context(), state.DedupeRequest{URL: fmt.Sprintf("u%d", i), TextHash: fmt.Sprintf("t%d", i%4),
						Candidate: fmt.Sprintf("c%d", i)})
					if err != nil {
						t.Error(err)
					}
					ids[i] = r.StoryID
				}()
			}
			wg.Wait()
			if tc.callers == 1 && time.Since(start) > time.Minute {
				t.Fatal("a lone caller waited for company")
			}
			stories := map[string]bool{}
			for _, id := range ids {
				stories[id] = true
			}
			if want := min(tc.callers, 4); len(stories) != want {
				t.Fatalf("%d stories, want %d", len(stories), want)
			}
			batches, reqs := b.BatchStats()
			if reqs != int64(tc.callers) {
				t.Fatalf("BatchStats requests = %d, want %d", reqs, tc.callers)
			}
			for _, n := range cs.sizes {
				if n > tc.wantMaxSize {
					t.Fatalf("batch of %d > %d", n, tc.wantMaxSize)
				}
			}
			if tc.wantBatched && batches >= int64(tc.callers) {
				t.Fatalf("%d batches for %d callers: nothing was batched", batches, tc.callers)
			}
		})
	}
}

func TestBatcherInFlight(t *testing.T) {
	// With room for two batches on their way, the first two callers go at
	// once, alone; the later ones wait for a slot and share batches.
	for _, limit := range []int{1, 2, 3} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			cs := &countingStore{Store: memstate.New(), delay: 40 * time.Millisecond}
			b := state.NewBatcher(cs, state.BatchOptions{MaxInFlight: limit, MaxWait: time.Hour})
			var wg sync.WaitGroup
			for i := range 12 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					u := fmt.Sprint(i)
					if _, err := b.Dedupe(t.Context(), state.DedupeRequest{URL: u, Candidate: u}); err != nil {
						t.Error(err)
					}
				}()
				time.Sleep(2 * time.Millisecond)
			}
			wg.Wait()
			if cs.peak != limit {
				t.Fatalf("%d batches ran at once, want %d (sizes %v)", cs.peak, limit, cs.sizes)
			}
			for i := range limit {
				if cs.sizes[i] != 1 {
					t.Fatalf("batch %d held %d requests, want 1 (sent at once): %v", i, cs.sizes[i], cs.sizes)
				}
			}
			if len(cs.sizes) >= 12 {
				t.Fatalf("nothing was batched: %v", cs.sizes)
			}
		})
	}
}

func TestBatcherContext(t *testing.T) {
	// A is in flight; B leads the next batch and waits for company; C joins
	// B's batch with a short deadline and gives up, but its decision is
	// still made with B's batch.
	cs := &countingStore{Store: memstate.New(), delay: 100 * time.Millisecond}
	b := state.NewBatcher(cs, state.BatchOptions{MaxInFlight: 1, MaxWait: 50 * time.Millisecond})
	var wg sync.WaitGroup
	for _, u := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := b.Dedupe(t.Context(), state.DedupeRequest{URL: u, Candidate: u}); err != nil {
				t.Error(err)
			}
		}()
		time.Sleep(10 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Millisecond)
	defer cancel()
	if _, err := b.Dedupe(ctx, state.DedupeRequest{URL: "c", Candidate: "c"}); err == nil {
		t.Fatal("no error after the caller's context ended")
	}
	wg.Wait()
	r, err := b.Dedupe(t.Context(), state.DedupeRequest{URL: "c", Candidate: "x"})
	if err != nil || !r.Replay || r.StoryID != "c" {
		t.Fatalf("after a cancelled call: %+v, %v", r, err)
	}
}
