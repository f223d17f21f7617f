package frontier

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/urlnorm"
)

// Options are the frontier's policy.
type Options struct {
	// MaxInFlight is the number of requests per host in flight at once
	// across all replicas (default 1).
	MaxInFlight int
	// Gap is the gap between request starts of a host until a Finish told
	// the host's own (default 1s).
	Gap time.Duration
	// LeaseTTL is how long a claimed URL may take before it returns to its
	// queue for another replica (default 2m).
	LeaseTTL time.Duration
	// IntakeIDTTL is how long a push's idempotency key is kept: longer than
	// an intake message can be redelivered (default 1h).
	IntakeIDTTL time.Duration
	// SweepEvery is how often this process's claims also return expired
	// leases and due retries to their queues (default 1s).
	SweepEvery time.Duration
}

func (o Options) withDefaults() Options {
	if o.MaxInFlight < 1 {
		o.MaxInFlight = 1
	}
	if o.Gap < 0 {
		o.Gap = 0
	}
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = 2 * time.Minute
	}
	if o.IntakeIDTTL <= 0 {
		o.IntakeIDTTL = time.Hour
	}
	if o.SweepEvery <= 0 {
		o.SweepEvery = time.Second
	}
	return o
}

// Frontier is the crawler's view of the shared frontier: it encodes tasks,
// orders them by priority and applies the per-host policy on a Store. It is
// safe for concurrent use.
type Frontier struct {
	st  Store
	opt Options
	now func() time.Time

	mu    sync.Mutex
	swept time.Time // last claim that returned expired leases and due retries
}

// New returns a frontier on st.
func New(st Store, o Options) *Frontier {
	return &Frontier{st: st, opt: o.withDefaults(), now: time.Now}
}

// Options returns the policy in effect (defaults filled in).
func (f *Frontier) Options() Options { return f.opt }

// Add queues tasks under their hosts. id, when not empty, makes the call
// idempotent (the intake message's identity): repeating it adds nothing.
// Tasks of several hosts make one push per host, each with its own key.
// It returns how many tasks were newly queued.
func (f *Frontier) Add(ctx context.Context, id string, tasks ...*bus.URLTask) (int, error) {
	byHost := map[string][]Entry{}
	var order []string
	for _, t := range tasks {
		host := urlnorm.Host(t.URL)
		if host == "" {
			return 0, fmt.Errorf("frontier: task url %q has no host", t.URL)
		}
		m, err := Encode(host, t)
		if err != nil {
			return 0, err
		}
		if _, ok := byHost[host]; !ok {
			order = append(order, host)
		}
		byHost[host] = append(byHost[host], Entry{Member: m, Score: Score(t)})
	}
	added := 0
	for _, host := range order {
		pid := id
		if pid != "" && len(order) > 1 {
			pid = id + ":" + host
		}
		n, err := f.st.FrontierPush(ctx, PushRequest{ID: pid, IDTTL: f.opt.IntakeIDTTL, Host: host,
			Entries: byHost[host], MaxInFlight: f.opt.MaxInFlight, Now: f.now()})
		if err != nil {
			return added, fmt.Errorf("frontier push %s: %w", host, err)
		}
		added += n
	}
	return added, nil
}

// Claim is a leased task.
type Claim struct {
	Lease Lease
	Task  *bus.URLTask
}

// ErrBadEntry wraps entries that could not be decoded; Claim finishes their
// leases without requeueing them and reports them with the claims it made.
var ErrBadEntry = errors.New("frontier: undecodable entry")

// Claim leases up to max URLs of due hosts; once per SweepEvery it first
// returns expired leases and due retries to their queues. next is when the earliest
// scheduled host comes due (zero when none is scheduled). Entries that do
// not decode are dropped and reported in a joined ErrBadEntry error next to
// the good claims.
func (f *Frontier) Claim(ctx context.Context, max int) (claims []Claim, next time.Time, err error) {
	now := f.now()
	f.mu.Lock()
	sweep := now.Sub(f.swept) >= f.opt.SweepEvery || now.Before(f.swept)
	if sweep {
		f.swept = now
	}
	f.mu.Unlock()
	c, err := f.st.FrontierClaim(ctx, ClaimRequest{Now: now, Max: max, MaxInFlight: f.opt.MaxInFlight,
		Gap: f.opt.Gap, LeaseTTL: f.opt.LeaseTTL, NoSweep: !sweep})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("frontier claim: %w", err)
	}
	var bad []error
	for _, l := range c.Leases {
		t, derr := Decode(l.Host, l.Entry.Member)
		if derr != nil {
			bad = append(bad, fmt.Errorf("%w: %w", ErrBadEntry, derr))
			_ = f.Finish(ctx, l, Outcome{NoRequest: true})
			continue
		}
		claims = append(claims, Claim{Lease: l, Task: t})
	}
	return claims, c.NextDue, errors.Join(bad...)
}

// Outcome is how a lease ended.
type Outcome struct {
	// After: the host's next request starts no earlier than this long
	// from now.
	After time.Duration
	// Gap, when positive, is remembered as the host's gap between request
	// starts.
	Gap time.Duration
	// NoRequest: the lease made no request (a policy skip), so it does not
	// use up the host's gap.
	NoRequest bool
	// Requeue puts the URL back: at its place in its host's queue, or, when
	// RetryAt is later than now, on the delay set until then.
	Requeue bool
	RetryAt time.Time
}

// Finish ends a lease. It returns an error wrapping ErrLeaseLost when the
// lease had expired (the URL was then returned to its queue; unless o
// requeues it, it is taken out again so it is not fetched twice).
func (f *Frontier) Finish(ctx context.Context, l Lease, o Outcome) error {
	err := f.st.FrontierFinish(ctx, FinishRequest{Lease: l, Now: f.now(), After: o.After, Gap: o.Gap,
		Requeue: o.Requeue, RetryAt: o.RetryAt, MaxInFlight: f.opt.MaxInFlight, NoRequest: o.NoRequest})
	if err != nil {
		return fmt.Errorf("frontier finish %s: %w", l.Host, err)
	}
	return nil
}

// Stats reports the frontier's sizes and its top hosts by queued URLs.
func (f *Frontier) Stats(ctx context.Context, top int) (Stats, error) {
	s, err := f.st.FrontierStats(ctx, f.now(), top)
	if err != nil {
		return Stats{}, fmt.Errorf("frontier stats: %w", err)
	}
	return s, nil
}
