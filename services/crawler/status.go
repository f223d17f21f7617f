package crawler

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"newsroom.dev/pkg/urlnorm"
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
	due, err := s.st.PeekDue(ctx, revisitQueue, limit)
	if err != nil {
		return nil, err
	}
	out := make([]SourceStatus, 0, len(due))
	for _, d := range due {
		var rm revisitMember
		if json.Unmarshal([]byte(d.Member), &rm) != nil {
			continue
		}
		ss := SourceStatus{URL: rm.URL, Kind: rm.Kind, NextDue: d.At}
		if b, ok, err := s.st.Get(ctx, "src:"+urlnorm.Key(rm.URL)); err == nil && ok {
			var src source
			if json.Unmarshal(b, &src) == nil {
				ss.Interval, ss.LastFetch, ss.ETag = src.Interval.String(), src.LastFetch, src.ETag
				ss.LastModified, ss.NewLinks = src.LastModified, src.NewLinks
			}
		}
		out = append(out, ss)
	}
	return out, nil
}

// HostStatus is a host's pacing and health as the crawlers share it.
type HostStatus struct {
	Host            string `json:"host"`
	InFlight        int    `json:"in_flight"`
	NextRequestInMS int64  `json:"next_request_in_ms"`
	RecentFailures  int64  `json:"recent_failures"`
	Parked          bool   `json:"parked"`
}

// Hosts lists the pacing state of up to limit hosts, with their failure
// back-off and whether they are parked.
func (s *Service) Hosts(ctx context.Context, limit int) ([]HostStatus, error) {
	hs, err := s.st.Hosts(ctx, limit)
	if err != nil {
		return nil, err
	}
	out := make([]HostStatus, 0, len(hs))
	for _, h := range hs {
		row := HostStatus{Host: h.Host, InFlight: h.InFlight, NextRequestInMS: max(0, time.Until(h.NextAt).Milliseconds())}
		if b, ok, err := s.st.Get(ctx, "hostfail:"+h.Host); err == nil && ok {
			row.RecentFailures, _ = strconv.ParseInt(string(b), 10, 64)
		}
		if _, ok, err := s.st.Get(ctx, "park:"+h.Host); err == nil && ok {
			row.Parked = true
		}
		out = append(out, row)
	}
	return out, nil
}
