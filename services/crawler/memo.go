package crawler

import (
	"crypto/rand"
	"sync"
	"time"
)

// seenMemo remembers, for a while, URL keys the shared seen-set already
// holds, so that links every page repeats (home, sections, the same
// stories) are not asked about again. Only "seen" answers are kept: they
// stay true until the seen-set's TTL, far longer than the memo's life. It
// holds two generations of at most size keys each and drops the older one
// when the newer fills up or gets older than maxAge.
type seenMemo struct {
	mu       sync.Mutex
	cur, old map[string]struct{}
	born     time.Time
	size     int
	maxAge   time.Duration
}

func newSeenMemo(size int, maxAge time.Duration) *seenMemo {
	return &seenMemo{cur: map[string]struct{}{}, old: map[string]struct{}{}, born: time.Now(), size: size, maxAge: maxAge}
}

func (m *seenMemo) has(key string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.cur[key]; ok {
		return true
	}
	_, ok := m.old[key]
	return ok
}

func (m *seenMemo) add(keys ...string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range keys {
		if len(m.cur) >= m.size || time.Since(m.born) > m.maxAge {
			m.old, m.cur, m.born = m.cur, make(map[string]struct{}, len(m.cur)), time.Now()
		}
		m.cur[k] = struct{}{}
	}
}

// failMemo remembers the failure counters this process raised (a host's
// "hostfail:", a URL's "fail:"), so a success clears only counters that may
// exist instead of deleting on every fetch. Counters raised by another
// replica are not cleared by this one's success; they expire on their own.
type failMemo struct {
	mu   sync.Mutex
	keys map[string]struct{}
}

func (f *failMemo) note(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.keys == nil || len(f.keys) > 100_000 {
		f.keys = map[string]struct{}{} // bounded: forgotten counters expire on their own
	}
	f.keys[key] = struct{}{}
}

// take returns those of keys that were noted, forgetting them.
func (f *failMemo) take(keys ...string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, k := range keys {
		if _, ok := f.keys[k]; ok {
			delete(f.keys, k)
			out = append(out, k)
		}
	}
	return out
}

// claimBook keeps, per parent page, the owner token under which the
// page's links were being claimed when enqueueing them failed, so the
// retry of that page claims the same keys again (state.SeenSet.Claim) and
// finds the marks its failed attempt may have written its own, instead of
// taking them for another page's and never queueing those links. A token
// is dropped once the page's links are queued. The book holds at most size
// pages; past that an arbitrary entry is evicted (its page, if retried,
// gets a new token and may lose the links its failed attempt marked).
type claimBook struct {
	mu     sync.Mutex
	tokens map[string]string
	size   int
}

func newClaimBook(size int) *claimBook {
	return &claimBook{tokens: map[string]string{}, size: size}
}

// token returns the parent's current token, making one if it has none.
func (b *claimBook) token(parent string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if t, ok := b.tokens[parent]; ok {
		return t
	}
	if len(b.tokens) >= b.size {
		for k := range b.tokens {
			delete(b.tokens, k)
			break
		}
	}
	t := rand.Text()
	b.tokens[parent] = t
	return t
}

// done forgets the parent's token: its links are queued.
func (b *claimBook) done(parent string) {
	b.mu.Lock()
	delete(b.tokens, parent)
	b.mu.Unlock()
}
