package extractor

import (
	"maps"
	"sync"
)

// OtherSites is the site under which a KindTally counts the pages of sites
// past its limit.
const OtherSites = "(other sites)"

// DefaultKindSites is how many sites a KindTally keeps apart by default.
const DefaultKindSites = 1000

// KindTally counts the page kinds the extractor decided (article, listing,
// tag, author, …), per site. It keeps at most its limit of sites apart; the
// pages of later sites count under OtherSites. Safe for concurrent use;
// the zero value keeps DefaultKindSites sites.
type KindTally struct {
	mu    sync.Mutex
	limit int
	sites map[string]map[string]int64
}

// SetLimit sets how many sites are kept apart (n <= 0: DefaultKindSites).
func (k *KindTally) SetLimit(n int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.limit = n
}

// Add counts one page of site decided as kind.
func (k *KindTally) Add(site, kind string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.sites == nil {
		k.sites = map[string]map[string]int64{}
	}
	limit := k.limit
	if limit <= 0 {
		limit = DefaultKindSites
	}
	m := k.sites[site]
	if m == nil {
		if len(k.sites) >= limit {
			site = OtherSites
			m = k.sites[site]
		}
		if m == nil {
			m = map[string]int64{}
			k.sites[site] = m
		}
	}
	m[kind]++
}

// BySite returns a copy of the counts, per site and kind.
func (k *KindTally) BySite() map[string]map[string]int64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make(map[string]map[string]int64, len(k.sites))
	for s, m := range k.sites {
		out[s] = maps.Clone(m)
	}
	return out
}

// Totals returns the counts per kind over all sites.
func (k *KindTally) Totals() map[string]int64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := map[string]int64{}
	for _, m := range k.sites {
		for kind, n := range m {
			out[kind] += n
		}
	}
	return out
}
