package crawler

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsroom.dev/pkg/bus"
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

// A one-pass crawl (Continuous false) must end by itself, so a host that
// is impaired (parked, backing off after failures or Retry-After, robots.txt
// unavailable) may make its URLs wait at most Config.MaxHostWait in all. The
// rests the crawler gives such a host add up in the shared state under
// hostWaitPrefix+host, so every replica sees the same total. Past the limit
// the host is given up for the pass (givenUpPrefix+host): the URL at hand and
// every URL of the host claimed later are dead-lettered with the reason,
// without a request. The ordinary gap between requests never counts: a
// large healthy site is not cut short.
const (
	hostWaitPrefix = "hostwait:"
	givenUpPrefix  = "givenup:"
)

// impair records that host must rest d for reason beyond its ordinary gap.
// In continuous mode the host just rests. In one pass, once the host's rests
// would pass MaxHostWait, the host is given up and impair returns the
// permanent error that dead-letters the URL at hand.
func (s *Service) impair(ctx context.Context, j *job, host string, d time.Duration, reason string) error {
	j.rest = max(j.rest, d)
	if s.cfg.Continuous || s.cfg.MaxHostWait <= 0 {
		return nil
	}
	key := hostWaitPrefix + host
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
	if waited+d <= s.cfg.MaxHostWait {
		if err := s.st.Set(ctx, key, []byte(strconv.FormatInt((waited+d).Milliseconds(), 10)), 24*time.Hour); err != nil {
			return s.stateErr(err)
		}
		return nil
	}
	// Given up for as long as the host asked to be left alone (an hour at
	// most): a later pass tries it again.
	msg := fmt.Sprintf("host %s would keep its URLs waiting %s more after %s (max host wait %s)",
		host, d.Round(time.Second), waited.Round(time.Second), s.cfg.MaxHostWait)
	if err := s.st.Set(ctx, givenUpPrefix+host, []byte(reason+"|"+msg), min(max(d, s.cfg.MaxHostWait), time.Hour)); err != nil {
		return s.stateErr(err)
	}
	s.stateFailed("del", s.st.Del(ctx, key))
	s.gaveUp.put(host, reason+"|"+msg)
	// The host's remaining URLs drain now, as dead letters.
	j.rest = 0
	if !j.nextAt.IsZero() {
		j.nextAt = time.Now()
	}
	s.giveUp(host, reason)
	return bus.Permanent(fmt.Errorf("%s: %s", reason, msg))
}

// givenUp returns the dead-letter error for a URL of a host given up in
// this pass, or nil. The answer is memoised per host for a few seconds.
func (s *Service) givenUp(ctx context.Context, host, rawURL string) error {
	if s.cfg.Continuous || s.cfg.MaxHostWait <= 0 {
		return nil
	}
	v, ok := s.gaveUp.get(host)
	if !ok {
		b, found, err := s.st.Get(ctx, givenUpPrefix+host)
		if err != nil {
			return s.stateErr(err)
		}
		if found {
			v = string(b)
		}
		s.gaveUp.put(host, v)
	}
	if v == "" {
		return nil
	}
	reason, msg, _ := strings.Cut(v, "|")
	s.giveUp(host, reason)
	return bus.Permanent(fmt.Errorf("%s: %s; %s not fetched", reason, msg, rawURL))
}

// hostMemo keeps a short-lived answer per host.
type hostMemo struct {
	mu  sync.Mutex
	ttl time.Duration
	m   map[string]hostMemoEntry
}

type hostMemoEntry struct {
	v   string
	exp time.Time
}

func (h *hostMemo) get(host string) (string, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e, ok := h.m[host]
	if !ok || time.Now().After(e.exp) {
		return "", false
	}
	return e.v, true
}

func (h *hostMemo) put(host, v string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil || len(h.m) > 10_000 {
		h.m = map[string]hostMemoEntry{}
	}
	h.m[host] = hostMemoEntry{v: v, exp: time.Now().Add(h.ttl)}
}

// parkValue is what park:<host> holds: when the park ends, in unix ms.
func parkValue(until time.Time) []byte { return []byte(strconv.FormatInt(until.UnixMilli(), 10)) }

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
