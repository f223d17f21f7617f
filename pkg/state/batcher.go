package state

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// BatchOptions configure a Batcher. Zero fields take the defaults.
type BatchOptions struct {
	// MaxBatch is the most requests sent in one DedupeBatch call (default 128).
	MaxBatch int
	// MaxInFlight is how many batches may be on their way at once (default
	// 2): while fewer are, a request is sent at once, so a lone caller never
	// waits; two overlap the client's work on one batch with Redis's on the
	// other.
	MaxInFlight int
	// MaxWait is the longest a batch waits for more requests while
	// MaxInFlight batches are on their way (default 1ms); it leaves sooner,
	// as soon as one of them completes (group commit).
	MaxWait time.Duration
	// Timeout bounds one DedupeBatch call (default 10s). A batch serves many
	// callers, so it does not run under any one caller's context.
	Timeout time.Duration
}

// Default batch options.
const (
	DefaultMaxBatch     = 128
	DefaultMaxInFlight  = 2
	DefaultMaxWait      = time.Millisecond
	DefaultBatchTimeout = 10 * time.Second
)

// Batcher groups concurrent Dedupe calls of one process into DedupeBatch
// calls (group commit): each request is still its own atomic decision, but
// many requests share one network round trip. It is safe for concurrent use
// and starts no goroutines: the first caller of a batch sends it.
type Batcher struct {
	st Deduper
	o  BatchOptions

	mu       sync.Mutex
	cur      *pendingBatch // the batch collecting requests, nil when none
	inflight int           // batches being sent
	freed    chan struct{} // closed (and replaced) when a batch completes

	batches  atomic.Int64
	requests atomic.Int64
}

type pendingBatch struct {
	calls []*batchCall
	full  chan struct{} // closed when the batch reaches MaxBatch
}

type batchCall struct {
	req  DedupeRequest
	res  DedupeResult
	err  error
	done chan struct{}
}

// NewBatcher returns a Batcher that sends batches to st.
func NewBatcher(st Deduper, o BatchOptions) *Batcher {
	if o.MaxBatch <= 0 {
		o.MaxBatch = DefaultMaxBatch
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.MaxWait <= 0 {
		o.MaxWait = DefaultMaxWait
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultBatchTimeout
	}
	return &Batcher{st: st, o: o, freed: make(chan struct{})}
}

// Dedupe decides one copy, as Store.Dedupe does, sharing the round trip with
// concurrent callers. A caller waiting for another caller's batch returns
// ctx's error when ctx ends first; the decision may still be recorded
// (asking again returns it as a replay). The caller that sends a batch
// returns when the batch completes, within BatchOptions.Timeout.
func (b *Batcher) Dedupe(ctx context.Context, r DedupeRequest) (DedupeResult, error) {
	c := &batchCall{req: r, done: make(chan struct{})}
	b.mu.Lock()
	bt := b.cur
	leader := bt == nil
	if leader {
		bt = &pendingBatch{full: make(chan struct{})}
		b.cur = bt
	}
	bt.calls = append(bt.calls, c)
	if len(bt.calls) >= b.o.MaxBatch {
		close(bt.full)
		b.cur = nil // the next caller starts a new batch
	}
	busy := b.inflight >= b.o.MaxInFlight
	freed := b.freed
	b.mu.Unlock()

	if leader {
		if busy {
			t := time.NewTimer(b.o.MaxWait)
			select {
			case <-t.C:
			case <-bt.full:
			case <-freed:
			case <-ctx.Done():
			}
			t.Stop()
		}
		b.mu.Lock()
		if b.cur == bt {
			b.cur = nil
		}
		calls := bt.calls
		b.inflight++
		b.mu.Unlock()
		b.run(ctx, calls)
		b.mu.Lock()
		b.inflight--
		close(b.freed)
		b.freed = make(chan struct{})
		b.mu.Unlock()
	}
	select {
	case <-c.done:
		return c.res, c.err
	case <-ctx.Done():
		return DedupeResult{}, ctx.Err()
	}
}

func (b *Batcher) run(ctx context.Context, batch []*batchCall) {
	if len(batch) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.o.Timeout)
	defer cancel()
	reqs := make([]DedupeRequest, len(batch))
	for i, c := range batch {
		reqs[i] = c.req
	}
	b.batches.Add(1)
	b.requests.Add(int64(len(batch)))
	res, err := b.st.DedupeBatch(ctx, reqs)
	if err == nil && len(res) != len(batch) {
		err = fmt.Errorf("dedupe batch: %d results for %d requests", len(res), len(batch))
	}
	for i, c := range batch {
		if err != nil {
			c.err = err
		} else {
			c.res = res[i]
		}
		close(c.done)
	}
}

// BatchStats reports how many batches were sent and how many requests they held.
func (b *Batcher) BatchStats() (batches, requests int64) {
	return b.batches.Load(), b.requests.Load()
}
