package crawler

import (
	"context"
	"sort"
	"strconv"
	"sync"
	"time"
)

// SourceStatus is the revisit state of one seed, feed or section page.
type SourceStatus struct {
	URL          string    `json:"url"`
	Kind         string    `json:"kind"`
	NextDue      time.Time `json:"next_due"`
	Interval     string    `json:"interval,omitempty"`
	LastFetch    time.Time `json:"last_fetch,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	NewLinks     int       `json:"new_links"`
}

// Sources lists up to limit revisited sources, soonest due first.
func (s *Service) Sources(ctx context.Context, limit int) ([]SourceStatus, error) {
	next, err := s.rev.Next(ctx, limit)
	if err != nil {
		return nil, err
	}
	out := make([]SourceStatus, 0, len(next))
	for _, n := range next {
		ss := SourceStatus{URL: n.URL, Kind: n.Kind, NextDue: n.Due}
		if src := n.Source; src != nil {
			ss.Interval, ss.LastFetch, ss.ETag = src.Interval.String(), src.LastFetch, src.ETag
			ss.LastModified, ss.NewLinks = src.LastModified, src.NewLinks
		}
		out = append(out, ss)
	}
	return out, nil
}

// HostStatus is a host's queue, pacing and health as the crawlers share them.
type HostStatus struct {
	Host            string `json:"host"`
	Queued          int64  `json:"queued"`
	InFlight        int    `json:"in_flight"`
	NextRequestInMS int64  `json:"next_request_in_ms"`
	Scheduled       bool   `json:"scheduled"` // false while the in-flight limit is reached
	RecentFailures  int64  `json:"recent_failures"`
	Parked          bool   `json:"parked"`
}

// Hosts lists up to limit hosts with the most queued URLs, with when each
// is due, its failure back-off and whether it is parked.
func (s *Service) Hosts(ctx context.Context, limit int) ([]HostStatus, error) {
	st, err := s.front.Stats(ctx, limit)
	if err != nil {
		return nil, err
	}
	out := make([]HostStatus, 0, len(st.TopHosts))
	for _, h := range st.TopHosts {
		row := HostStatus{Host: h.Host, Queued: h.Queued, InFlight: int(h.InFlight), Scheduled: !h.DueAt.IsZero()}
		if row.Scheduled {
			row.NextRequestInMS = max(0, time.Until(h.DueAt).Milliseconds())
		}
		if b, ok, err := s.st.Get(ctx, "hostfail:"+h.Host); err == nil && ok {
			row.RecentFailures, _ = strconv.ParseInt(string(b), 10, 64)
		}
		if _, ok, err := s.st.Get(ctx, "park:"+h.Host); err == nil && ok {
			row.Parked = true
		}
		out = append(out, row)
	}
	// Hosts this replica fetched lately whose queues are empty.
	listed := map[string]bool{}
	for _, r := range out {
		listed[r.Host] = true
	}
	for _, h := range s.recent.hosts() {
		if len(out) >= limit {
			break
		}
		if !listed[h] {
			out = append(out, HostStatus{Host: h})
		}
	}
	return out, nil
}

// recentHosts remembers the hosts a replica fetched lately, newest first,
// for status pages once their queues are empty.
type recentHosts struct {
	mu   sync.Mutex
	last map[string]time.Time
}

const maxRecentHosts = 200

func (r *recentHosts) note(host string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		r.last = map[string]time.Time{}
	}
	if _, ok := r.last[host]; !ok && len(r.last) >= maxRecentHosts {
		oldest, at := "", time.Now()
		for h, t := range r.last {
			if t.Before(at) {
				oldest, at = h, t
			}
		}
		delete(r.last, oldest)
	}
	r.last[host] = time.Now()
}

func (r *recentHosts) hosts() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.last))
	for h := range r.last {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return r.last[out[i]].After(r.last[out[j]]) })
	return out
}
