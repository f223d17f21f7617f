package frontier

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// Seeds, feeds and section pages are visited again on a shared due-time
// schedule (a sorted set in the state store, one member per source). A
// replica peeks at the due ones, publishes each to the frontier intake with
// a message id built from its due time (so replicas that read the same
// entry publish one message) and then unschedules it; a crash in between
// publishes it again, which the message id drops.

// Source is the revisit state of a seed, feed or section page.
type Source struct {
	Interval     time.Duration `json:"interval"`
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	LastFetch    time.Time     `json:"last_fetch"`
	NewLinks     int           `json:"new_links"`
}

// RevisitStore is what revisits need of the state store.
type RevisitStore interface {
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	Schedule(ctx context.Context, queue, member string, at time.Time) error
	PeekDue(ctx context.Context, queue string, limit int) ([]state.Due, error)
	Unschedule(ctx context.Context, queue, member string, at time.Time) (bool, error)
	QueueLen(ctx context.Context, queue string) (int64, error)
}

// RevisitOptions bound the revisit intervals.
type RevisitOptions struct {
	Start    time.Duration // first interval (default 10m)
	Min, Max time.Duration // bounds of the adapted interval (default 1m, 6h)
	Tick     time.Duration // how often Run looks for due revisits (default 1s)
}

// Revisits plans and releases revisits. It is safe for concurrent use.
type Revisits struct {
	st  RevisitStore
	opt RevisitOptions
	log *slog.Logger
}

// NewRevisits returns revisits kept in st; log nil discards.
func NewRevisits(st RevisitStore, o RevisitOptions, log *slog.Logger) *Revisits {
	if o.Start <= 0 {
		o.Start = 10 * time.Minute
	}
	if o.Min <= 0 {
		o.Min = time.Minute
	}
	if o.Max <= 0 {
		o.Max = 6 * time.Hour
	}
	if o.Tick <= 0 {
		o.Tick = time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Revisits{st: st, opt: o, log: log}
}

const (
	revisitQueue = "revisit"
	sourcePrefix = "src:"
	sourceTTL    = 30 * 24 * time.Hour
	revisitsPeek = 500
)

type revisitMember struct {
	URL   string `json:"u"`
	Kind  string `json:"k"`
	Site  string `json:"s"`
	Depth int    `json:"d"`
}

// Revisitable reports whether a task's URL is visited again: seeds, feeds
// and navigation pages one hop from a seed, on the seed sites.
func Revisitable(t *bus.URLTask) bool {
	if t.Offsite > 0 {
		return false
	}
	switch t.Kind {
	case bus.KindSeed, bus.KindFeed:
		return true
	case bus.KindPage:
		return t.Depth <= 1
	}
	return false
}

// Source returns the revisit state of a revisit task's URL (for its
// validators), or nil for other tasks and unknown sources.
func (r *Revisits) Source(ctx context.Context, t *bus.URLTask) *Source {
	if !t.Revisit {
		return nil
	}
	return r.load(ctx, t.URL)
}

func (r *Revisits) load(ctx context.Context, rawURL string) *Source {
	b, ok, err := r.st.Get(ctx, sourcePrefix+urlnorm.Key(rawURL))
	if err != nil || !ok {
		return nil
	}
	var src Source
	if json.Unmarshal(b, &src) != nil {
		return nil
	}
	return &src
}

// Visit is what a visit of a source found.
type Visit struct {
	Validated    bool   // the response carried headers (not a 304 without them)
	ETag         string // validators for the next conditional GET
	LastModified string
	NewLinks     int           // URLs newly queued from it
	Min, Max     time.Duration // the site's own bounds (zero: the defaults)
}

// Plan schedules the next visit of a revisitable task, adapting the
// interval: halved when the visit found new links, half as long again when
// not, within the bounds. prev is the source's state when the caller has it.
func (r *Revisits) Plan(ctx context.Context, t *bus.URLTask, prev *Source, v Visit) error {
	if !Revisitable(t) {
		return nil
	}
	lo, hi := r.opt.Min, r.opt.Max
	if v.Min > 0 {
		lo = v.Min
	}
	if v.Max > 0 {
		hi = v.Max
	}
	if prev == nil {
		prev = r.load(ctx, t.URL)
	}
	next := Source{Interval: r.opt.Start}
	if prev != nil {
		next = *prev
		switch {
		case v.NewLinks > 0:
			next.Interval /= 2
		default:
			next.Interval = next.Interval * 3 / 2
		}
	}
	next.Interval = min(max(next.Interval, lo), hi)
	if v.Validated {
		next.ETag, next.LastModified = v.ETag, v.LastModified
	}
	next.LastFetch, next.NewLinks = time.Now().UTC(), v.NewLinks
	b, err := json.Marshal(next)
	if err != nil {
		return err
	}
	var errs []error
	if err := r.st.Set(ctx, sourcePrefix+urlnorm.Key(t.URL), b, sourceTTL); err != nil {
		errs = append(errs, fmt.Errorf("save revisit state of %s: %w", t.URL, err))
	}
	member, _ := json.Marshal(revisitMember{URL: t.URL, Kind: t.Kind, Site: t.Site, Depth: t.Depth})
	if err := r.st.Schedule(ctx, revisitQueue, string(member), time.Now().Add(next.Interval)); err != nil {
		errs = append(errs, fmt.Errorf("schedule revisit of %s: %w", t.URL, err))
	}
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// Run releases due revisits to publish until ctx ends; onQueued is called
// after each one published (metrics).
func (r *Revisits) Run(ctx context.Context, publish func(context.Context, *bus.URLTask) error, onQueued func()) error {
	t := time.NewTicker(r.opt.Tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		// Publish first, then remove: a crash in between republishes the
		// revisit (the message id, built from the due time, drops the copy)
		// instead of losing it. Unschedule leaves an entry that was
		// rescheduled meanwhile in place.
		due, err := r.st.PeekDue(ctx, revisitQueue, revisitsPeek)
		if err != nil {
			r.log.Warn("read due revisits", "err", err)
			continue
		}
		now := time.Now()
		for _, d := range due {
			if d.At.After(now) {
				break
			}
			var rm revisitMember
			if json.Unmarshal([]byte(d.Member), &rm) != nil {
				if _, err := r.st.Unschedule(ctx, revisitQueue, d.Member, d.At); err != nil {
					r.log.Warn("unschedule unreadable revisit", "err", err)
				}
				continue
			}
			task := &bus.URLTask{URL: rm.URL, Kind: rm.Kind, Site: rm.Site, Depth: rm.Depth,
				DiscoveredAt: d.At.UTC(), Revisit: true}
			if err := publish(ctx, task); err != nil {
				r.log.Warn("queue revisit; will retry", "url", rm.URL, "err", err)
				break
			}
			if _, err := r.st.Unschedule(ctx, revisitQueue, d.Member, d.At); err != nil {
				r.log.Warn("unschedule revisit", "url", rm.URL, "err", err)
			}
			if onQueued != nil {
				onQueued()
			}
		}
	}
}

// Len reports how many sources wait on the revisit schedule.
func (r *Revisits) Len(ctx context.Context) (int64, error) {
	return r.st.QueueLen(ctx, revisitQueue)
}

// Scheduled is a source on the revisit schedule.
type Scheduled struct {
	URL    string
	Kind   string
	Due    time.Time
	Source *Source // nil when its state expired
}

// Next lists up to limit scheduled sources, soonest first, with their state.
func (r *Revisits) Next(ctx context.Context, limit int) ([]Scheduled, error) {
	due, err := r.st.PeekDue(ctx, revisitQueue, limit)
	if err != nil {
		return nil, err
	}
	out := make([]Scheduled, 0, len(due))
	for _, d := range due {
		var rm revisitMember
		if json.Unmarshal([]byte(d.Member), &rm) != nil {
			continue
		}
		out = append(out, Scheduled{URL: rm.URL, Kind: rm.Kind, Due: d.At, Source: r.load(ctx, rm.URL)})
	}
	return out, nil
}
