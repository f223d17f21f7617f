package store

import (
	"math"
	"sync"
	"time"
)

// boundCache remembers, for a while, the stored time of the story a given
// number of stories from the newest: the bound a search by relevance sets
// on PostgreSQL (rankBound). Reading it walks that many entries of the
// stored-order index (a few milliseconds at tens of thousands), once per
// search without the cache. Counts are rounded up to a grid of ratio
// boundGridRatio, so that searches whose estimates differ a little share
// an entry; rounding up keeps a few more stories than asked, never fewer.
// An entry is used for boundCacheTTL: stories stored since then only make
// the bound keep more stories than its count.
type boundCache struct {
	mu      sync.Mutex
	entries map[int64]boundEntry
	now     func() time.Time
}

type boundEntry struct {
	stored  time.Time // stored_at of the story skip from the newest
	fetched time.Time
}

// boundCacheTTL is how long a cached bound is used.
const boundCacheTTL = 30 * time.Second

// boundGridRatio is the step between the counts the cache keeps: a bound
// keeps at most this factor more stories than asked.
const boundGridRatio = 1.0905 // 2^(1/8)

// boundCacheMax caps the entries; the grid between 1 and 10^9 stories has
// about 240 of them.
const boundCacheMax = 512

func newBoundCache() *boundCache {
	return &boundCache{entries: map[int64]boundEntry{}, now: time.Now}
}

// gridCount rounds skip up to the cache's grid.
func gridCount(skip float64) int64 {
	if skip <= 1 {
		return 1
	}
	k := math.Ceil(math.Log(skip) / math.Log(boundGridRatio))
	return int64(math.Ceil(math.Pow(boundGridRatio, k)))
}

// get returns the cached bound for the grid count n, if fresh.
func (c *boundCache) get(n int64) (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[n]
	if !ok || c.now().Sub(e.fetched) >= boundCacheTTL {
		return time.Time{}, false
	}
	return e.stored, true
}

// put keeps the bound for the grid count n, dropping stale entries first
// when the cache is full.
func (c *boundCache) put(n int64, stored time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if len(c.entries) >= boundCacheMax {
		for k, e := range c.entries {
			if now.Sub(e.fetched) >= boundCacheTTL {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= boundCacheMax {
			clear(c.entries)
		}
	}
	c.entries[n] = boundEntry{stored: stored, fetched: now}
}
