package memstate

import (
	"container/heap"
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"

	"newsroom.dev/pkg/frontier"
)

// fdata is the embedded frontier, with the same semantics as the Redis
// scripts: per-host queues ordered by score, a schedule of hosts by due
// time, leases that expire back into the queues and a delay set. The maps
// are saved in snapshots; the heaps are indexes rebuilt on demand.
type fdata struct {
	Queues  map[string]map[string]float64 // host -> member -> score
	Hosts   map[string]fhost
	Sched   map[string]int64 // host -> due (unix ms)
	Leases  map[string]flease
	Retries map[string]flease // "host|member" -> entry, Exp is the due time
	IDs     map[string]int64  // push idempotency keys -> expiry (unix ms)
	Queued  int64
	Seq     int64

	qh    map[string]*entryHeap // per-host index of Queues (stale items skipped)
	sh    *dueHeap              // index of Sched (stale items skipped)
	pushs int                   // pushes since the last sweep of IDs
}

type fhost struct {
	N    int   // leases held
	Next int64 // next allowed start (unix ms)
	Gap  int64 // ms; 0 unknown
	Exp  int64 // unix ms; 0 never (the record is dropped once idle and past)
}

type flease struct {
	Host   string
	Member string
	Score  float64
	Exp    int64
	Prev   int64 // the host's next start before the claim
}

func newFData() fdata {
	return fdata{Queues: map[string]map[string]float64{}, Hosts: map[string]fhost{}, Sched: map[string]int64{},
		Leases: map[string]flease{}, Retries: map[string]flease{}, IDs: map[string]int64{}}
}

// fixFrontierLocked makes every map usable after loading a snapshot and
// returns leases (their holders are gone) to their queues.
func (s *Store) fixFrontierLocked() {
	f := &s.d.Frontier
	if f.Queues == nil {
		f.Queues = map[string]map[string]float64{}
	}
	if f.Hosts == nil {
		f.Hosts = map[string]fhost{}
	}
	if f.Sched == nil {
		f.Sched = map[string]int64{}
	}
	if f.Leases == nil {
		f.Leases = map[string]flease{}
	}
	if f.Retries == nil {
		f.Retries = map[string]flease{}
	}
	if f.IDs == nil {
		f.IDs = map[string]int64{}
	}
	now := s.now().UnixMilli()
	for id, l := range f.Leases {
		delete(f.Leases, id)
		f.enqueue(l.Host, l.Score, l.Member)
		f.inflight(l.Host, -1)
		f.schedule(l.Host, now, 1)
	}
}

type scored struct {
	score  float64
	member string
}

type entryHeap []scored

func (h entryHeap) Len() int { return len(h) }
func (h entryHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].member < h[j].member
}
func (h entryHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *entryHeap) Push(x any)   { *h = append(*h, x.(scored)) }
func (h *entryHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type dueHeap []scored // score is the due time

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].member < h[j].member
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *dueHeap) Push(x any)   { *h = append(*h, x.(scored)) }
func (h *dueHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (f *fdata) queueHeap(host string) *entryHeap {
	if f.qh == nil {
		f.qh = map[string]*entryHeap{}
	}
	h := f.qh[host]
	if h == nil {
		h = &entryHeap{}
		for m, sc := range f.Queues[host] {
			*h = append(*h, scored{sc, m})
		}
		heap.Init(h)
		f.qh[host] = h
	}
	return h
}

func (f *fdata) enqueue(host string, score float64, member string) bool {
	q := f.Queues[host]
	if q == nil {
		q = map[string]float64{}
		f.Queues[host] = q
	}
	if _, ok := q[member]; ok {
		return false
	}
	q[member] = score
	heap.Push(f.queueHeap(host), scored{score, member})
	f.Queued++
	return true
}

// popMin removes and returns the host's first entry.
func (f *fdata) popMin(host string) (scored, bool) {
	q := f.Queues[host]
	if len(q) == 0 {
		return scored{}, false
	}
	h := f.queueHeap(host)
	for h.Len() > 0 {
		e := heap.Pop(h).(scored)
		if sc, ok := q[e.member]; ok && sc == e.score {
			f.remove(host, e.member)
			return e, true
		}
	}
	return scored{}, false
}

func (f *fdata) remove(host, member string) bool {
	q := f.Queues[host]
	if _, ok := q[member]; !ok {
		return false
	}
	delete(q, member)
	f.Queued--
	if len(q) == 0 {
		delete(f.Queues, host)
		delete(f.qh, host)
	}
	return true
}

func (f *fdata) inflight(host string, d int) int {
	h := f.Hosts[host]
	h.N = max(h.N+d, 0)
	f.Hosts[host] = h
	return h.N
}

func (f *fdata) setDue(host string, at int64) {
	f.Sched[host] = at
	if f.sh == nil {
		f.sh = &dueHeap{}
		for h, d := range f.Sched {
			*f.sh = append(*f.sh, scored{float64(d), h})
		}
		heap.Init(f.sh)
		return
	}
	heap.Push(f.sh, scored{float64(at), host})
}

func (f *fdata) unschedule(host string) { delete(f.Sched, host) }

// schedule mirrors the script's: on the schedule at the host's next start
// while it has queued URLs and a free slot, off it otherwise.
func (f *fdata) schedule(host string, now int64, maxin int) {
	h := f.Hosts[host]
	if len(f.Queues[host]) == 0 || h.N >= maxin {
		f.unschedule(host)
		return
	}
	cur, ok := f.Sched[host]
	switch {
	case h.Next > now:
		if !ok || h.Next > cur {
			f.setDue(host, h.Next)
		}
	case !ok:
		f.setDue(host, now)
	}
}

// dueHosts lists up to max hosts due at now, soonest first.
func (f *fdata) dueHosts(now int64, limit int) []string {
	if f.sh == nil {
		f.setDue("", 0) // builds the index
		delete(f.Sched, "")
	}
	var out []string
	var keep []scored
	seen := map[string]bool{}
	for f.sh.Len() > 0 && len(out) < limit {
		e := heap.Pop(f.sh).(scored)
		d, ok := f.Sched[e.member]
		if !ok || float64(d) != e.score || seen[e.member] {
			continue // stale
		}
		keep = append(keep, e)
		if d > now {
			break
		}
		seen[e.member] = true
		out = append(out, e.member)
	}
	for _, e := range keep {
		heap.Push(f.sh, e)
	}
	return out
}

func (f *fdata) nextDue() (int64, bool) {
	if f.sh == nil {
		f.setDue("", 0)
		delete(f.Sched, "")
	}
	for f.sh.Len() > 0 {
		e := (*f.sh)[0]
		if d, ok := f.Sched[e.member]; ok && float64(d) == e.score {
			return d, true
		}
		heap.Pop(f.sh)
	}
	return 0, false
}

// FrontierPush implements frontier.Store.
func (s *Store) FrontierPush(ctx context.Context, r frontier.PushRequest) (int, error) {
	if r.Host == "" {
		return 0, fmt.Errorf("frontier push: empty host")
	}
	if err := s.lock(); err != nil {
		return 0, err
	}
	defer s.mu.Unlock()
	f := &s.d.Frontier
	now := r.Now.UnixMilli()
	if r.ID != "" {
		if exp, ok := f.IDs[r.ID]; ok && exp > now {
			return 0, nil
		}
		f.IDs[r.ID] = now + max(r.IDTTL.Milliseconds(), 1)
		if f.pushs++; f.pushs >= 4096 {
			f.pushs = 0
			for id, exp := range f.IDs {
				if exp <= now {
					delete(f.IDs, id)
				}
			}
		}
	}
	added := 0
	for _, e := range r.Entries {
		if f.enqueue(r.Host, e.Score, e.Member) {
			added++
		}
	}
	f.schedule(r.Host, now, max(r.MaxInFlight, 1))
	return added, nil
}

// FrontierClaim implements frontier.Store.
func (s *Store) FrontierClaim(ctx context.Context, r frontier.ClaimRequest) (frontier.Claimed, error) {
	var out frontier.Claimed
	if r.Max <= 0 {
		return out, nil
	}
	if err := s.lock(); err != nil {
		return out, err
	}
	defer s.mu.Unlock()
	f := &s.d.Frontier
	now, maxin := r.Now.UnixMilli(), max(r.MaxInFlight, 1)
	if !r.NoSweep {
		for id, l := range f.Leases {
			if l.Exp <= now {
				delete(f.Leases, id)
				f.enqueue(l.Host, l.Score, l.Member)
				f.inflight(l.Host, -1)
				f.schedule(l.Host, now, maxin)
			}
		}
		for k, l := range f.Retries {
			if l.Exp <= now {
				delete(f.Retries, k)
				f.enqueue(l.Host, l.Score, l.Member)
				f.schedule(l.Host, now, maxin)
			}
		}
	}
	hosts := f.dueHosts(now, r.Max)
	if len(hosts) > 0 {
		f.Seq++
	}
	for _, host := range hosts {
		h := f.Hosts[host]
		g := h.Gap
		if g == 0 {
			g = r.Gap.Milliseconds()
		}
		for len(out.Leases) < r.Max {
			e, ok := f.popMin(host)
			if !ok {
				f.unschedule(host)
				break
			}
			n := f.inflight(host, 1)
			h = f.Hosts[host]
			prev := h.Next
			h.Next, h.Exp = now+g, 0
			f.Hosts[host] = h
			id := strconv.FormatInt(f.Seq, 10) + "." + strconv.Itoa(len(out.Leases)) + "|" + host
			f.Leases[id] = flease{Host: host, Member: e.member, Score: e.score, Exp: now + max(r.LeaseTTL.Milliseconds(), 1), Prev: prev}
			out.Leases = append(out.Leases, frontier.Lease{ID: id, Host: host, Entry: frontier.Entry{Member: e.member, Score: e.score}})
			if n >= maxin {
				f.unschedule(host)
				break
			}
			if g > 0 {
				f.setDue(host, now+g)
				break
			}
		}
		if len(out.Leases) >= r.Max {
			break
		}
	}
	if d, ok := f.nextDue(); ok {
		out.NextDue = time.UnixMilli(d)
	}
	return out, nil
}

// FrontierFinish implements frontier.Store.
func (s *Store) FrontierFinish(ctx context.Context, r frontier.FinishRequest) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	f := &s.d.Frontier
	now, maxin := r.Now.UnixMilli(), max(r.MaxInFlight, 1)
	host, member := r.Lease.Host, r.Lease.Entry.Member
	l, ok := f.Leases[r.Lease.ID]
	if !ok {
		if !r.Requeue && f.remove(host, member) {
			f.schedule(host, now, maxin)
		}
		return frontier.ErrLeaseLost
	}
	delete(f.Leases, r.Lease.ID)
	n := f.inflight(host, -1)
	h := f.Hosts[host]
	if r.NoRequest && l.Prev < h.Next {
		h.Next = l.Prev
	}
	if at := now + max(r.After.Milliseconds(), 0); at > h.Next {
		h.Next = at
	}
	if r.Gap > 0 {
		h.Gap = r.Gap.Milliseconds()
	}
	f.Hosts[host] = h
	if r.Requeue {
		if at := r.RetryAt.UnixMilli(); !r.RetryAt.IsZero() && at > now {
			f.Retries[host+"|"+member] = flease{Host: host, Member: member, Score: l.Score, Exp: at}
		} else {
			f.enqueue(host, l.Score, member)
		}
	}
	if n == 0 && len(f.Queues[host]) == 0 {
		f.unschedule(host)
		h.Exp = max(h.Next, now) + 60000
		f.Hosts[host] = h
		s.sweepHostsLocked(now)
		return nil
	}
	f.schedule(host, now, maxin)
	return nil
}

// sweepHostsLocked drops idle host records whose next start has long passed,
// the way their Redis hashes expire.
func (s *Store) sweepHostsLocked(now int64) {
	f := &s.d.Frontier
	if len(f.Hosts) < 1024 {
		return
	}
	for host, h := range f.Hosts {
		if h.Exp != 0 && h.Exp <= now && h.N == 0 && len(f.Queues[host]) == 0 {
			delete(f.Hosts, host)
		}
	}
}

// FrontierStats implements frontier.Store.
func (s *Store) FrontierStats(ctx context.Context, now time.Time, top int) (frontier.Stats, error) {
	if err := s.lock(); err != nil {
		return frontier.Stats{}, err
	}
	defer s.mu.Unlock()
	f := &s.d.Frontier
	if top <= 0 {
		top = 10
	}
	ms := now.UnixMilli()
	st := frontier.Stats{Queued: f.Queued, Hosts: int64(len(f.Queues)), Leased: int64(len(f.Leases)), Delayed: int64(len(f.Retries))}
	for _, d := range f.Sched {
		if d <= ms {
			st.DueNow++
		} else {
			st.Waiting++
		}
	}
	rows := make([]frontier.HostQueue, 0, len(f.Queues))
	for host, q := range f.Queues {
		rows = append(rows, frontier.HostQueue{Host: host, Queued: int64(len(q))})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Queued != rows[j].Queued {
			return rows[i].Queued > rows[j].Queued
		}
		return rows[i].Host > rows[j].Host
	})
	if len(rows) > top {
		rows = rows[:top]
	}
	for i := range rows {
		rows[i].InFlight = int64(f.Hosts[rows[i].Host].N)
		if d, ok := f.Sched[rows[i].Host]; ok {
			rows[i].DueAt = time.UnixMilli(d)
		}
	}
	st.TopHosts = rows
	return st, nil
}

// FrontierHosts implements frontier.Store.
func (s *Store) FrontierHosts(ctx context.Context, hosts []string) ([]frontier.HostQueue, error) {
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	f := &s.d.Frontier
	out := make([]frontier.HostQueue, len(hosts))
	for i, h := range hosts {
		hs := f.Hosts[h]
		row := frontier.HostQueue{Host: h, Queued: int64(len(f.Queues[h])), InFlight: int64(hs.N)}
		if hs.Next > 0 {
			row.NextAt = time.UnixMilli(hs.Next)
		}
		if d, ok := f.Sched[h]; ok {
			row.DueAt = time.UnixMilli(d)
		}
		out[i] = row
	}
	return out, nil
}
