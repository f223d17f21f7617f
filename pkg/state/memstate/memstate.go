// Package memstate is the embedded, single-process implementation of
// state.Store. It keeps everything in memory and can snapshot itself to a file
// so that a restarted process keeps its seen-set and dedupe decisions.
package memstate

import (
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"newsroom.dev/pkg/state"
)

// Store is an in-memory state.Store. The zero value is not usable; call New or Open.
type Store struct {
	mu     sync.Mutex
	d      data
	path   string
	closed bool
	now    func() time.Time
	ops    int // dedupe decisions since the last sweep of expired entries
}

type entry struct {
	Val []byte
	Exp int64 // unix nanos, 0 = never
}

type story struct {
	Q       state.Quality
	Version int64
	Sig     []uint32
	Exp     int64
}

type data struct {
	Seen      map[string]int64  // key -> expiry
	SeenBy    map[string]string // key -> owner, for keys marked by Claim
	KV        map[string]entry
	Queues    map[string]map[string]int64 // queue -> member -> due
	URLs      map[string]entry            // dedupe decisions by URL
	Canonical map[string]entry            // canonical identity -> story id
	Texts     map[string]entry            // text hash -> story id
	Bands     map[string]entry            // band -> story id
	Stories   map[string]story
	Frontier  fdata
}

func newData() data {
	return data{
		Seen: map[string]int64{}, SeenBy: map[string]string{}, KV: map[string]entry{},
		Queues: map[string]map[string]int64{}, URLs: map[string]entry{},
		Canonical: map[string]entry{}, Texts: map[string]entry{}, Bands: map[string]entry{},
		Stories: map[string]story{}, Frontier: newFData(),
	}
}

// New returns an empty store that lives only in memory.
func New() *Store {
	return &Store{d: newData(), now: time.Now}
}

// Open returns a store backed by a snapshot file: it loads the file when it
// exists, and Snapshot and Close write it back.
func Open(path string) (*Store, error) {
	s := New()
	s.path = path
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open state snapshot %s: %w", path, err)
	}
	defer f.Close()
	// s.d starts with every map made (New), so a snapshot that lacks one
	// (written by an older version) leaves it empty rather than nil: gob
	// decodes maps into the existing ones.
	if err := gob.NewDecoder(f).Decode(&s.d); err != nil {
		return nil, fmt.Errorf("read state snapshot %s: %w", path, err)
	}
	s.fixFrontierLocked()
	return s, nil
}

// Snapshot writes the state to the snapshot file (atomically, via rename).
// It is a no-op for a store made with New.
func (s *Store) Snapshot() error {
	if s.path == "" {
		return nil
	}
	s.mu.Lock()
	s.expireLocked()
	tmp := s.path + ".tmp"
	err := func() error {
		if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
			return err
		}
		f, err := os.Create(tmp)
		if err != nil {
			return err
		}
		if err := gob.NewEncoder(f).Encode(&s.d); err != nil {
			f.Close()
			return err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}()
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("write state snapshot %s: %w", s.path, err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("write state snapshot %s: %w", s.path, err)
	}
	return nil
}

// expireLocked drops expired entries; called before snapshots.
func (s *Store) expireLocked() {
	now := s.now().UnixNano()
	for k, e := range s.d.Seen {
		if e != 0 && e <= now {
			delete(s.d.Seen, k)
			delete(s.d.SeenBy, k)
		}
	}
	for _, m := range []map[string]entry{s.d.KV, s.d.URLs, s.d.Canonical, s.d.Texts, s.d.Bands} {
		for k, e := range m {
			if e.Exp != 0 && e.Exp <= now {
				delete(m, k)
			}
		}
	}
	for k, st := range s.d.Stories {
		if st.Exp != 0 && st.Exp <= now {
			delete(s.d.Stories, k)
		}
	}
}

func (s *Store) exp(ttl time.Duration) int64 {
	if ttl <= 0 {
		return 0
	}
	return s.now().Add(ttl).UnixNano()
}

func (s *Store) live(e entry) bool {
	return e.Exp == 0 || e.Exp > s.now().UnixNano()
}

func (s *Store) liveStory(id string) bool {
	st, ok := s.d.Stories[id]
	return ok && (st.Exp == 0 || st.Exp > s.now().UnixNano())
}

func (s *Store) lock() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return state.ErrClosed
	}
	return nil
}

// MarkSeen implements state.Store.
func (s *Store) MarkSeen(ctx context.Context, keys []string, ttl time.Duration) ([]bool, error) {
	return s.mark(keys, ttl, "")
}

// Claim implements state.Store.
func (s *Store) Claim(ctx context.Context, owner string, keys []string, ttl time.Duration) ([]bool, error) {
	if owner == "" {
		return nil, fmt.Errorf("memstate claim: empty owner")
	}
	return s.mark(keys, ttl, owner)
}

// mark marks keys seen for ttl, by owner ("" for nobody), and reports per
// key whether it was new or, for an owner, already the owner's.
func (s *Store) mark(keys []string, ttl time.Duration, owner string) ([]bool, error) {
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	now := s.now().UnixNano()
	out := make([]bool, len(keys))
	for i, k := range keys {
		if e, ok := s.d.Seen[k]; ok && (e == 0 || e > now) {
			out[i] = owner != "" && s.d.SeenBy[k] == owner
			continue
		}
		s.d.Seen[k] = s.exp(ttl)
		if owner == "" {
			delete(s.d.SeenBy, k) // an expired claim's owner no longer holds it
		} else {
			s.d.SeenBy[k] = owner
		}
		out[i] = true
	}
	return out, nil
}

// Forget implements state.Store.
func (s *Store) Forget(ctx context.Context, keys []string) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	for _, k := range keys {
		delete(s.d.Seen, k)
		delete(s.d.SeenBy, k)
	}
	return nil
}

// Get implements state.Store.
func (s *Store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := s.lock(); err != nil {
		return nil, false, err
	}
	defer s.mu.Unlock()
	e, ok := s.d.KV[key]
	if !ok || !s.live(e) {
		return nil, false, nil
	}
	return append([]byte(nil), e.Val...), true, nil
}

// Set implements state.Store.
func (s *Store) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	s.d.KV[key] = entry{Val: append([]byte(nil), val...), Exp: s.exp(ttl)}
	return nil
}

// Incr implements state.Store.
func (s *Store) Incr(ctx context.Context, key string, ttl time.Duration) (int64, error) {
	if err := s.lock(); err != nil {
		return 0, err
	}
	defer s.mu.Unlock()
	e, ok := s.d.KV[key]
	var n int64
	if ok && s.live(e) {
		if _, err := fmt.Sscan(string(e.Val), &n); err != nil {
			return 0, fmt.Errorf("memstate: incr %s: value %q is not a counter", key, e.Val)
		}
	} else {
		e = entry{Exp: s.exp(ttl)}
	}
	n++
	e.Val = []byte(fmt.Sprint(n))
	s.d.KV[key] = e
	return n, nil
}

// Del implements state.Store.
func (s *Store) Del(ctx context.Context, keys ...string) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	for _, k := range keys {
		delete(s.d.KV, k)
	}
	return nil
}

// Schedule implements state.Store.
func (s *Store) Schedule(ctx context.Context, queue, member string, at time.Time) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	q := s.d.Queues[queue]
	if q == nil {
		q = map[string]int64{}
		s.d.Queues[queue] = q
	}
	q[member] = at.UnixNano()
	return nil
}

// QueueLen implements state.Store.
func (s *Store) QueueLen(ctx context.Context, queue string) (int64, error) {
	if err := s.lock(); err != nil {
		return 0, err
	}
	defer s.mu.Unlock()
	return int64(len(s.d.Queues[queue])), nil
}

// Unschedule implements state.Store.
func (s *Store) Unschedule(ctx context.Context, queue, member string, at time.Time) (bool, error) {
	if err := s.lock(); err != nil {
		return false, err
	}
	defer s.mu.Unlock()
	q := s.d.Queues[queue]
	if cur, ok := q[member]; ok && cur == at.UnixNano() {
		delete(q, member)
		return true, nil
	}
	return false, nil
}

// PeekDue implements state.Store.
func (s *Store) PeekDue(ctx context.Context, queue string, limit int) ([]state.Due, error) {
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	out := make([]state.Due, 0, len(s.d.Queues[queue]))
	for m, at := range s.d.Queues[queue] {
		out = append(out, state.Due{Member: m, At: time.Unix(0, at)})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].At.Equal(out[j].At) {
			return out[i].At.Before(out[j].At)
		}
		return out[i].Member < out[j].Member
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Dedupe implements state.Store.
func (s *Store) Dedupe(ctx context.Context, r state.DedupeRequest) (state.DedupeResult, error) {
	if err := r.Validate(); err != nil {
		return state.DedupeResult{}, err
	}
	if err := s.lock(); err != nil {
		return state.DedupeResult{}, err
	}
	defer s.mu.Unlock()
	return s.dedupe(r)
}

// DedupeBatch implements state.Store: the requests are decided in order,
// each as Dedupe would, under one lock.
func (s *Store) DedupeBatch(ctx context.Context, rs []state.DedupeRequest) ([]state.DedupeResult, error) {
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			return nil, err
		}
	}
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	out := make([]state.DedupeResult, len(rs))
	for i, r := range rs {
		res, err := s.dedupe(r)
		if err != nil {
			return nil, err
		}
		out[i] = res
	}
	return out, nil
}

// dedupe decides one copy; the caller holds s.mu.
func (s *Store) dedupe(r state.DedupeRequest) (state.DedupeResult, error) {
	r = r.Defaults()
	if s.ops++; s.ops > max(4096, 2*len(s.d.URLs)) {
		// Amortised sweep: dedupe state does not outlive its retention.
		s.ops = 0
		s.expireLocked()
	}
	exp := s.exp(r.TTL)
	if e, ok := s.d.URLs[r.URL]; ok && s.live(e) {
		res := decodeResult(e.Val)
		res.Replay = true
		return res, nil
	}
	get := func(m map[string]entry, k string) string {
		if k == "" {
			return ""
		}
		if e, ok := m[k]; ok && s.live(e) && s.liveStory(string(e.Val)) {
			return string(e.Val)
		}
		return ""
	}
	q := r.Quality()
	sid, tier := "", state.TierNew
	if id := get(s.d.Canonical, r.URL); id != "" {
		sid, tier = id, state.TierCanonical
		q.Rank += state.CanonicalTargetBonus
	} else if id := get(s.d.Canonical, r.CanonicalURL); id != "" {
		sid, tier = id, state.TierCanonical
	} else if id := get(s.d.Texts, r.TextHash); id != "" {
		sid, tier = id, state.TierText
	} else {
		for _, b := range r.Bands {
			id := get(s.d.Bands, b)
			if id == "" {
				continue
			}
			if state.Similarity(r.Signature, s.d.Stories[id].Sig) >= r.MinSimilarity {
				sid, tier = id, state.TierNear
				break
			}
		}
	}
	var res state.DedupeResult
	if sid == "" {
		sid = r.Candidate
		s.d.Stories[sid] = story{Q: q, Version: 1, Sig: r.Signature, Exp: exp}
		res = state.DedupeResult{StoryID: sid, Tier: tier, New: true, Promote: true, Version: 1}
	} else {
		st := s.d.Stories[sid]
		res = state.DedupeResult{StoryID: sid, Tier: tier, Version: st.Version}
		if q.Better(st.Q) {
			st.Q = q
			st.Version++
			if len(r.Signature) > 0 {
				st.Sig = r.Signature
			}
			res.Promote, res.Version = true, st.Version
		}
		st.Exp = exp
		s.d.Stories[sid] = st
	}
	s.d.URLs[r.URL] = entry{Val: encodeResult(res), Exp: exp}
	setNX := func(m map[string]entry, k string) {
		if k == "" {
			return
		}
		if e, ok := m[k]; ok && s.live(e) && s.liveStory(string(e.Val)) {
			return
		}
		m[k] = entry{Val: []byte(sid), Exp: exp}
	}
	setNX(s.d.Canonical, r.URL)
	setNX(s.d.Canonical, r.CanonicalURL)
	setNX(s.d.Texts, r.TextHash)
	for _, b := range r.Bands {
		setNX(s.d.Bands, b)
	}
	return res, nil
}

func encodeResult(r state.DedupeResult) []byte {
	n, p := 0, 0
	if r.New {
		n = 1
	}
	if r.Promote {
		p = 1
	}
	return fmt.Appendf(nil, "%s|%d|%s|%d|%d", r.StoryID, r.Version, r.Tier, n, p)
}

func decodeResult(b []byte) state.DedupeResult {
	r, err := state.ParseDecision(string(b))
	if err != nil {
		return state.DedupeResult{}
	}
	return r
}

// Close implements state.Store; it writes a final snapshot when file-backed.
func (s *Store) Close() error {
	err := s.Snapshot()
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	return err
}
