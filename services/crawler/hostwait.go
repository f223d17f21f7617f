package crawler

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/urlnorm"
)

// Reasons a URL stops waiting for its host in one-pass mode. They start the
// dead letter's reason and label the summary's given-up rows.
const (
	ReasonHostParked  = "host parked"
	ReasonRetryAfter  = "retry-after beyond limit"
	ReasonHostBackoff = "host failing"
	ReasonRobots      = "robots.txt unavailable"
	ReasonFetchFailed = "fetch failed"
)

// A one-pass crawl (Continuous false) must end by itself, so a URL may wait
// for an impaired host (parked, backing off after failures or Retry-After,
// robots.txt unavailable) at most Config.MaxHostWait in total. The waits are
// added up in the shared state under hostWaitPrefix+URL key, so every
// replica sees the same total. Waits of an ordinary pacing gap never count:
// a large healthy site is not cut short.
const hostWaitPrefix = "hostwait:"

// backoffPrefix+host holds why and until when a host is backing off
// ("reason|unix-ms"), set by release when the host's next start is pushed
// past its ordinary gap.
const backoffPrefix = "backoff:"

// hostWait delays task by d because its host is impaired. In continuous mode
// it is just a delay. In one-pass mode the URL is given up (dead-lettered
// with reason and counted per host) once its waits would pass MaxHostWait.
func (s *Service) hostWait(ctx context.Context, task *bus.URLTask, host string, d time.Duration, reason string) error {
	if s.cfg.Continuous || s.cfg.MaxHostWait <= 0 {
		return s.delay(d, reason)
	}
	key := hostWaitPrefix + urlnorm.Key(task.URL)
	var waited time.Duration
	b, ok, err := s.st.Get(ctx, key)
	if err != nil {
		return s.stateErr(err)
	}
	if ok {
		if ms, err := strconv.ParseInt(string(b), 10, 64); err == nil {
			waited = time.Duration(ms) * time.Millisecond
		}
	}
	if waited+d > s.cfg.MaxHostWait {
		s.stateFailed("del", s.st.Del(ctx, key))
		s.giveUp(host, reason)
		return bus.Permanent(fmt.Errorf("%s: host %s would keep %s waiting %s more after %s (max host wait %s)",
			reason, host, task.URL, d.Round(time.Second), waited.Round(time.Second), s.cfg.MaxHostWait))
	}
	if err := s.st.Set(ctx, key, []byte(strconv.FormatInt((waited+d).Milliseconds(), 10)), 24*time.Hour); err != nil {
		return s.stateErr(err)
	}
	return s.delay(d, reason)
}

// forgetHostWait drops a URL's wait total once the URL is settled.
func (s *Service) forgetHostWait(ctx context.Context, rawURL string) {
	if !s.cfg.Continuous && s.cfg.MaxHostWait > 0 {
		s.stateFailed("del", s.st.Del(ctx, hostWaitPrefix+urlnorm.Key(rawURL)))
	}
}

// noteBackoff records that host backs off for d beyond its ordinary gap.
func (s *Service) noteBackoff(ctx context.Context, host, reason string, d time.Duration) {
	if d <= 0 {
		return
	}
	v := reason + "|" + strconv.FormatInt(time.Now().Add(d).UnixMilli(), 10)
	if err := s.st.Set(ctx, backoffPrefix+host, []byte(v), d); err != nil {
		s.log.Warn("record host back-off", "host", host, "err", err)
	}
}

// backoff reports why host is backing off, or "" when it is not.
func (s *Service) backoff(ctx context.Context, host string) (string, error) {
	b, ok, err := s.st.Get(ctx, backoffPrefix+host)
	if err != nil || !ok {
		return "", err
	}
	reason, until, _ := strings.Cut(string(b), "|")
	if ms, err := strconv.ParseInt(until, 10, 64); err == nil && time.Now().UnixMilli() >= ms {
		return "", nil
	}
	return reason, nil
}

// parkValue is what park:<host> holds: when the park ends, in unix ms.
func parkValue(until time.Time) []byte { return []byte(strconv.FormatInt(until.UnixMilli(), 10)) }

// parkLeft reads how long a park has to run; a value it cannot read counts
// as a whole park.
func (s *Service) parkLeft(v []byte) time.Duration {
	ms, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return s.cfg.ParkFor
	}
	return max(time.Until(time.UnixMilli(ms)), 0)
}

// GivenUp counts the URLs of one host abandoned for one reason.
type GivenUp struct {
	Host   string `json:"host"`
	Reason string `json:"reason"`
	URLs   int64  `json:"urls"`
}

// maxGivenUpHosts bounds the per-host book; further hosts are counted under
// otherHosts.
const (
	maxGivenUpHosts = 10000
	otherHosts      = "(other hosts)"
)

// giveUp counts a URL of host abandoned for reason.
func (s *Service) giveUp(host, reason string) {
	st := &s.stats
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.givenUp == nil {
		st.givenUp = map[string]map[string]int64{}
	}
	m, ok := st.givenUp[host]
	if !ok {
		if len(st.givenUp) >= maxGivenUpHosts {
			host = otherHosts
		}
		if m = st.givenUp[host]; m == nil {
			m = map[string]int64{}
			st.givenUp[host] = m
		}
	}
	m[reason]++
	s.m.givenUp.WithLabelValues(reason).Inc()
}

// GivenUp lists the URLs abandoned, per host and reason, most first.
func (st *Stats) GivenUp() []GivenUp {
	st.mu.Lock()
	var out []GivenUp
	for h, m := range st.givenUp {
		for r, n := range m {
			out = append(out, GivenUp{Host: h, Reason: r, URLs: n})
		}
	}
	st.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].URLs != out[j].URLs {
			return out[i].URLs > out[j].URLs
		}
		if out[i].Host != out[j].Host {
			return out[i].Host < out[j].Host
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}
