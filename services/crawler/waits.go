package crawler

import (
	"sort"
	"sync"
	"time"
)

// Wait is a URL this crawler replica handed back to the frontier to come
// again later: for its host's politeness gap, a retry after a failed fetch,
// or an impaired host (parked, backing off, robots.txt unavailable).
type Wait struct {
	Host   string    `json:"host"`
	URL    string    `json:"url"`
	Reason string    `json:"reason"`
	Until  time.Time `json:"until"`
}

// HostWaits sums up the URLs of one host that are waiting, with the one
// due last (the one the crawl will wait for longest) as the example.
type HostWaits struct {
	Host   string    `json:"host"`
	URLs   int       `json:"urls"`
	Reason string    `json:"reason"` // why the example waits
	URL    string    `json:"url"`    // the example
	Until  time.Time `json:"until"`  // when the example is due again
}

// maxWaits bounds the book: a replica holds at most its consumer's
// MaxAckPending messages, far fewer than this.
const maxWaits = 100000

// waitBook keeps the URLs this replica delayed, until they are handled
// again. Safe for concurrent use.
type waitBook struct {
	mu    sync.Mutex
	byURL map[string]Wait
}

func (b *waitBook) add(w Wait) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.byURL == nil {
		b.byURL = map[string]Wait{}
	}
	if _, ok := b.byURL[w.URL]; ok || len(b.byURL) < maxWaits {
		b.byURL[w.URL] = w
	}
}

func (b *waitBook) done(url string) {
	b.mu.Lock()
	delete(b.byURL, url)
	b.mu.Unlock()
}

// Waiting lists, per host, the URLs this replica has handed back to wait,
// the host whose wait ends last first, at most limit hosts. An entry leaves
// when its URL is handled again. The crawl is idle but for these when
// nothing else is in flight: they are what a tail of a pass waits for.
func (s *Service) Waiting(limit int) []HostWaits {
	b := &s.waits
	b.mu.Lock()
	by := map[string]*HostWaits{}
	for _, w := range b.byURL {
		h := by[w.Host]
		if h == nil {
			h = &HostWaits{Host: w.Host}
			by[w.Host] = h
		}
		h.URLs++
		if w.Until.After(h.Until) {
			h.Reason, h.URL, h.Until = w.Reason, w.URL, w.Until
		}
	}
	b.mu.Unlock()
	out := make([]HostWaits, 0, len(by))
	for _, h := range by {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Until.Equal(out[j].Until) {
			return out[i].Until.After(out[j].Until)
		}
		return out[i].Host < out[j].Host
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
