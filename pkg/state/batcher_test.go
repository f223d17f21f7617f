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
}

func (c *countingStore) DedupeBatch(ctx context.Context, rs []state.DedupeRequest) ([]state.DedupeResult, error) {
	c.mu.Lock()
	c.sizes = append(c.sizes, len(rs))
	c.mu.Unlock()
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

func TestBatcherContext(t *testing.T) {
	// A is in flight; B leads the next batch and waits for company; C joins
	// B's batch with a short deadline and gives up, but its decision is
	// still made with B's batch.
	cs := &countingStore{Store: memstate.New(), delay: 100 * time.Millisecond}
	b := state.NewBatcher(cs, state.BatchOptions{MaxWait: 50 * time.Millisecond})
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
