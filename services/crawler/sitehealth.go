package crawler

import (
	"context"
	"strconv"
	"time"

	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/state"
)

// Robots states reported by HostHealth.
const (
	RobotsFetched     = "fetched"     // rules cached
	RobotsUnavailable = "unavailable" // 5xx, 429 or unreachable: the host waits
	RobotsNoHost      = "no-host"     // the name does not resolve
	RobotsUnknown     = "unknown"     // not fetched yet, or expired
)

// HealthState is what HostsHealth reads of the shared state: cached values
// and the frontier's per-host records, which hold the hosts' pacing.
type HealthState interface {
	state.Cache
	FrontierHosts(ctx context.Context, hosts []string) ([]frontier.HostQueue, error)
}

// HostHealth is what the shared crawl state holds about one host.
type HostHealth struct {
	Robots         string
	Parked         bool
	RecentFailures int64
	InFlight       int
	NextAt         time.Time // zero when the host has no pacing state
}

// HostsHealth reads the crawl state of the given hosts (host[:port], as in
// URLs) from st: robots.txt cache, parking, recent failures and pacing. It
// needs no running crawler, so `newsroom admin` can answer it from Redis.
func HostsHealth(ctx context.Context, st HealthState, hosts []string) (map[string]HostHealth, error) {
	rows, err := st.FrontierHosts(ctx, hosts)
	if err != nil {
		return nil, err
	}
	pace := make(map[string]frontier.HostQueue, len(rows))
	for _, r := range rows {
		if r.InFlight > 0 || !r.NextAt.IsZero() {
			pace[r.Host] = r
		}
	}
	out := make(map[string]HostHealth, len(hosts))
	for _, host := range hosts {
		h := HostHealth{Robots: RobotsUnknown}
		b, ok, err := st.Get(ctx, robotsKey(host))
		if err != nil {
			return nil, err
		}
		if ok {
			switch {
			case len(b) > 0 && b[0] == 'D':
				h.Robots = RobotsUnavailable
			case len(b) > 0 && b[0] == 'N':
				h.Robots = RobotsNoHost
			default:
				h.Robots = RobotsFetched
			}
		}
		if b, ok, err := st.Get(ctx, "hostfail:"+host); err == nil && ok {
			h.RecentFailures, _ = strconv.ParseInt(string(b), 10, 64)
		}
		if _, ok, err := st.Get(ctx, "park:"+host); err == nil && ok {
			h.Parked = true
		}
		if p, ok := pace[host]; ok {
			h.InFlight, h.NextAt = int(p.InFlight), p.NextAt
		}
		if !ok && h.Robots == RobotsUnknown && !h.Parked && h.RecentFailures == 0 && h.NextAt.IsZero() {
			continue // the crawl state knows nothing of this host
		}
		out[host] = h
	}
	return out, nil
}
