package frontier

import (
	"context"
	"errors"
	"fmt"
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
	return o
}

// Frontier is the crawler's view of the shared frontier: it encodes tasks,
// orders them by priority and applies the per-host policy on a Store. It is
// safe for concurrent use.
type Frontier struct {
	st  Store
	opt Options
	now func() time.Time
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

// Claim leases up to max URLs of due hosts. next is when the earliest
// scheduled host comes due (zero when none is scheduled). Entries that do
// not decode are dropped and reported in a joined ErrBadEntry error next to
// the good claims.
func (f *Frontier) Claim(ctx context.Context, max int) (claims []Claim, next time.Time, err error) {
	c, err := f.st.FrontierClaim(ctx, ClaimRequest{Now: f.now(), Max: max, MaxInFlight: f.opt.MaxInFlight,
		Gap: f.opt.Gap, LeaseTTL: f.opt.LeaseTTL})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("frontier claim: %w", err)
	}
	var bad []error
	for _, l := range c.Leases {
		t, derr := Decode(l.Host, l.Entry.Member)
		if derr != nil {
			bad = append(bad, fmt.Errorf("%w: %w", ErrBadEntry, derr))
			_ = f.Done(ctx, l, 0, 0)
			continue
		}
		claims = append(claims, Claim{Lease: l, Task: t})
	}
	return claims, c.NextDue, errors.Join(bad...)
}

// Done ends a lease: the URL is finished. The host's next request starts
// no earlier than after from now; gap, when positive, is remembered as the
// host's gap between request starts.
func (f *Frontier) Done(ctx context.Context, l Lease, after, gap time.Duration) error {
	return f.finish(ctx, FinishRequest{Lease: l, After: after, Gap: gap})
}

// Return ends a lease and puts the URL back at its place in its host's
// queue: the host was not ready (robots.txt fetched first, parked, robots
// unavailable) and comes due again after after.
func (f *Frontier) Return(ctx context.Context, l Lease, after, gap time.Duration) error {
	return f.finish(ctx, FinishRequest{Lease: l, After: after, Gap: gap, Requeue: true})
}

// Retry ends a lease and queues the URL again at retryAt (a failed fetch),
// without holding up the rest of its host's queue beyond after.
func (f *Frontier) Retry(ctx context.Context, l Lease, after, gap time.Duration, retryAt time.Time) error {
	return f.finish(ctx, FinishRequest{Lease: l, After: after, Gap: gap, Requeue: true, RetryAt: retryAt})
}

func (f *Frontier) finish(ctx context.Context, r FinishRequest) error {
	r.Now, r.MaxInFlight = f.now(), f.opt.MaxInFlight
	if err := f.st.FrontierFinish(ctx, r); err != nil {
		return fmt.Errorf("frontier finish %s: %w", r.Lease.Host, err)
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
