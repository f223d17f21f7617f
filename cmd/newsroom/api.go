package main

import (
	"context"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/services/crawler"
)

// siteHealth answers the crawl state of sites for /api/v1/sites from the
// shared state (Redis or the embedded store).
func (e *env) siteHealth(ctx context.Context, sites []string) (map[string]admin.SiteHealth, error) {
	hs, err := crawler.HostsHealth(ctx, e.state, sites)
	if err != nil {
		return nil, err
	}
	out := make(map[string]admin.SiteHealth, len(hs))
	for host, h := range hs {
		sh := admin.SiteHealth{Robots: h.Robots, Parked: h.Parked, RecentFailures: h.RecentFailures, InFlight: h.InFlight}
		if !h.NextAt.IsZero() {
			next := h.NextAt.UTC()
			sh.NextRequestAt = &next
		}
		out[host] = sh
	}
	return out, nil
}
