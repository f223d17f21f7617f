// Package frontiertest is the contract suite every frontier.Store must pass.
// Call Run from the implementation's tests with a constructor that returns a
// fresh, isolated store. Time is passed in every request, so the suite moves
// a clock of its own instead of sleeping.
package frontiertest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsroom.dev/pkg/frontier"
)

// Run runs the contract suite.
func Run(t *testing.T, newStore func(t *testing.T) frontier.Store) {
	ctx := context.Background()
	t0 := time.UnixMilli(1_800_000_000_000)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	claim := func(t *testing.T, s frontier.Store, now time.Time, max, maxin int, gap time.Duration) frontier.Claimed {
		t.Helper()
		c, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: now, Max: max, MaxInFlight: maxin, Gap: gap, LeaseTTL: 10 * time.Second})
		if err != nil {
			t.Fatalf("claim: %v", err)
		}
		return c
	}
	push := func(t *testing.T, s frontier.Store, now time.Time, host, id string, maxin int, es ...frontier.Entry) int {
		t.Helper()
		n, err := s.FrontierPush(ctx, frontier.PushRequest{ID: id, IDTTL: time.Hour, Host: host, Entries: es, MaxInFlight: maxin, Now: now})
		if err != nil {
			t.Fatalf("push: %v", err)
		}
		return n
	}
	finish := func(t *testing.T, s frontier.Store, r frontier.FinishRequest) {
		t.Helper()
		if r.MaxInFlight == 0 {
			r.MaxInFlight = 1
		}
		if err := s.FrontierFinish(ctx, r); err != nil {
			t.Fatalf("finish %v: %v", r.Lease.Entry.Member, err)
		}
	}
	members := func(c frontier.Claimed) []string {
		var out []string
		for _, l := range c.Leases {
			out = append(out, l.Host+" "+l.Entry.Member)
		}
		return out
	}
	stats := func(t *testing.T, s frontier.Store, now time.Time) frontier.Stats {
		t.Helper()
		st, err := s.FrontierStats(ctx, now, 10)
		if err != nil {
			t.Fatalf("stats: %v", err)
		}
		return st
	}

	t.Run("PriorityOrder", func(t *testing.T) {
		s := newStore(t)
		if n := push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "late", Score: 30},
			frontier.Entry{Member: "first", Score: 10}, frontier.Entry{Member: "mid", Score: 20}); n != 3 {
			t.Fatalf("push added %d, want 3", n)
		}
		var got []string
		for i := range 4 {
			c := claim(t, s, at(i*100), 5, 1, 0)
			for _, l := range c.Leases {
				got = append(got, l.Entry.Member)
				finish(t, s, frontier.FinishRequest{Lease: l, Now: at(i*100 + 10)})
			}
		}
		if fmt.Sprint(got) != "[first mid late]" {
			t.Fatalf("claim order = %v, want [first mid late]", got)
		}
		if st := stats(t, s, at(1000)); st.Pending() != 0 || st.Hosts != 0 {
			t.Fatalf("stats after draining = %+v, want empty", st)
		}
	})

	t.Run("PushIsIdempotent", func(t *testing.T) {
		s := newStore(t)
		e := frontier.Entry{Member: "u1", Score: 1}
		if n := push(t, s, at(0), "a.test", "msg-7", 1, e); n != 1 {
			t.Fatalf("first push added %d, want 1", n)
		}
		if n := push(t, s, at(0), "a.test", "msg-7", 1, e, frontier.Entry{Member: "u2", Score: 2}); n != 0 {
			t.Fatalf("repeated push added %d, want 0", n)
		}
		c := claim(t, s, at(0), 5, 1, 0)
		if len(c.Leases) != 1 {
			t.Fatalf("claimed %v, want u1", members(c))
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(1)})
		// A redelivered intake message after the URL was fetched adds nothing.
		if n := push(t, s, at(2), "a.test", "msg-7", 1, e); n != 0 {
			t.Fatalf("push after finish added %d, want 0", n)
		}
		// The same member without an id is queued once.
		push(t, s, at(3), "a.test", "", 1, frontier.Entry{Member: "u3", Score: 1})
		if n := push(t, s, at(3), "a.test", "", 1, frontier.Entry{Member: "u3", Score: 1}); n != 0 {
			t.Fatalf("duplicate member added %d, want 0", n)
		}
		if st := stats(t, s, at(3)); st.Queued != 1 {
			t.Fatalf("queued = %d, want 1", st.Queued)
		}
	})

	t.Run("GapBetweenStarts", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1}, frontier.Entry{Member: "y", Score: 2})
		c := claim(t, s, at(0), 5, 1, time.Second)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "x" {
			t.Fatalf("first claim = %v, want x", members(c))
		}
		// In flight: the host is off the schedule.
		if c2 := claim(t, s, at(50), 5, 1, time.Second); len(c2.Leases) != 0 || !c2.NextDue.IsZero() {
			t.Fatalf("claim while in flight = %v next %v, want nothing scheduled", members(c2), c2.NextDue)
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(100), After: 900 * time.Millisecond, Gap: time.Second})
		c = claim(t, s, at(500), 5, 1, time.Second)
		if len(c.Leases) != 0 {
			t.Fatalf("claim 500ms after start = %v, want none (gap 1s)", members(c))
		}
		if !c.NextDue.Equal(at(1000)) {
			t.Fatalf("next due = %v, want %v", c.NextDue, at(1000))
		}
		if st := stats(t, s, at(500)); st.Waiting != 1 || st.DueNow != 0 || st.Queued != 1 {
			t.Fatalf("stats = %+v, want 1 waiting host, 1 queued", st)
		}
		c = claim(t, s, at(1000), 5, 1, time.Second)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "y" {
			t.Fatalf("claim at gap = %v, want y", members(c))
		}
	})

	t.Run("SkipWithoutRequestKeepsTheSlot", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1}, frontier.Entry{Member: "y", Score: 2},
			frontier.Entry{Member: "z", Score: 3})
		c := claim(t, s, at(0), 1, 1, time.Second)
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(10), After: time.Second})
		// y is claimed at its time and turns out to be disallowed: no
		// request, so z may go at once, still a second after x.
		c = claim(t, s, at(1010), 1, 1, time.Second)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "y" {
			t.Fatalf("claim = %v, want y", members(c))
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(1020), NoRequest: true})
		c = claim(t, s, at(1030), 1, 1, time.Second)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "z" {
			t.Fatalf("claim after a skip = %v, want z at once", members(c))
		}
	})

	t.Run("NoSweepLeavesExpiredLeases", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1})
		c := claim(t, s, at(0), 1, 1, 0)
		if len(c.Leases) != 1 {
			t.Fatalf("claim = %v", members(c))
		}
		c2, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: at(60_000), Max: 1, MaxInFlight: 1, LeaseTTL: time.Second, NoSweep: true})
		if err != nil || len(c2.Leases) != 0 {
			t.Fatalf("claim without sweep = %v, %v; want nothing", members(c2), err)
		}
		if c3 := claim(t, s, at(60_000), 1, 1, 0); len(c3.Leases) != 1 {
			t.Fatalf("claim with sweep = %v, want x back", members(c3))
		}
	})

	t.Run("RetryAfterAndAdaptiveGap", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1}, frontier.Entry{Member: "y", Score: 2})
		c := claim(t, s, at(0), 5, 1, 100*time.Millisecond)
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(10), After: time.Minute})
		if c := claim(t, s, at(30_000), 5, 1, 100*time.Millisecond); len(c.Leases) != 0 {
			t.Fatalf("claim during Retry-After = %v", members(c))
		}
		// Pushing more URLs does not bring the host forward.
		push(t, s, at(30_000), "a.test", "", 1, frontier.Entry{Member: "z", Score: 0})
		if c := claim(t, s, at(40_000), 5, 1, 100*time.Millisecond); len(c.Leases) != 0 {
			t.Fatalf("claim after push during Retry-After = %v", members(c))
		}
		if c := claim(t, s, at(60_010), 5, 1, 100*time.Millisecond); len(c.Leases) != 1 || c.Leases[0].Entry.Member != "z" {
			t.Fatalf("claim after Retry-After = %v, want z", members(c))
		}
	})

	t.Run("InFlightLimit", func(t *testing.T) {
		s := newStore(t)
		for i := range 5 {
			push(t, s, at(0), "a.test", "", 2, frontier.Entry{Member: fmt.Sprint("u", i), Score: float64(i)})
		}
		c := claim(t, s, at(0), 10, 2, 0)
		if len(c.Leases) != 2 {
			t.Fatalf("claimed %v with limit 2 and no gap, want 2", members(c))
		}
		if c2 := claim(t, s, at(1), 10, 2, 0); len(c2.Leases) != 0 {
			t.Fatalf("claimed %v past the in-flight limit", members(c2))
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(2), MaxInFlight: 2})
		if c2 := claim(t, s, at(3), 10, 2, 0); len(c2.Leases) != 1 {
			t.Fatalf("after one finish claimed %v, want 1", members(c2))
		}
	})

	t.Run("OneURLPerHostPerGap", func(t *testing.T) {
		s := newStore(t)
		for _, h := range []string{"a.test", "b.test", "c.test"} {
			push(t, s, at(0), h, "", 1, frontier.Entry{Member: "1", Score: 1}, frontier.Entry{Member: "2", Score: 2})
		}
		c := claim(t, s, at(0), 10, 4, time.Second)
		hosts := map[string]int{}
		for _, l := range c.Leases {
			hosts[l.Host]++
		}
		if len(c.Leases) != 3 || len(hosts) != 3 {
			t.Fatalf("claimed %v, want one URL of each of 3 hosts", members(c))
		}
	})

	t.Run("ExpiredLeaseReturnsURL", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1})
		c, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: at(0), Max: 1, MaxInFlight: 1, LeaseTTL: time.Second})
		if err != nil || len(c.Leases) != 1 {
			t.Fatalf("claim = %v, %v", members(c), err)
		}
		old := c.Leases[0]
		// The holder died: another claim after the lease's expiry gets the URL again.
		c2, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: at(2000), Max: 1, MaxInFlight: 1, LeaseTTL: time.Second})
		if err != nil || len(c2.Leases) != 1 || c2.Leases[0].Entry.Member != "x" {
			t.Fatalf("claim after expiry = %v, %v; want x again", members(c2), err)
		}
		if err := s.FrontierFinish(ctx, frontier.FinishRequest{Lease: old, Now: at(2100), MaxInFlight: 1}); !errors.Is(err, frontier.ErrLeaseLost) {
			t.Fatalf("finish of the expired lease = %v, want ErrLeaseLost", err)
		}
		finish(t, s, frontier.FinishRequest{Lease: c2.Leases[0], Now: at(2200)})
		if st := stats(t, s, at(2300)); st.Pending() != 0 {
			t.Fatalf("stats = %+v, want empty", st)
		}
	})

	t.Run("LateFinishDoesNotFetchTwice", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1})
		c, _ := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: at(0), Max: 1, MaxInFlight: 1, Gap: 10 * time.Second, LeaseTTL: time.Second})
		if len(c.Leases) != 1 {
			t.Fatalf("claim = %v", members(c))
		}
		// The lease expires while the host waits out its gap: the URL is
		// back in the queue, not yet claimed again.
		if c2 := claim(t, s, at(2000), 1, 1, 10*time.Second); len(c2.Leases) != 0 {
			t.Fatalf("claim during the gap = %v", members(c2))
		}
		if st := stats(t, s, at(2000)); st.Queued != 1 || st.Leased != 0 {
			t.Fatalf("after expiry stats = %+v, want the URL queued again", st)
		}
		err := s.FrontierFinish(ctx, frontier.FinishRequest{Lease: c.Leases[0], Now: at(2100), MaxInFlight: 1})
		if !errors.Is(err, frontier.ErrLeaseLost) {
			t.Fatalf("late finish = %v, want ErrLeaseLost", err)
		}
		if st := stats(t, s, at(2100)); st.Pending() != 0 {
			t.Fatalf("after the late finish stats = %+v, want the URL gone (it was fetched)", st)
		}
	})

	t.Run("RetryLaterAndReturn", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 5}, frontier.Entry{Member: "y", Score: 6})
		c := claim(t, s, at(0), 1, 1, 0)
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(10), Requeue: true, RetryAt: at(5000)})
		if st := stats(t, s, at(10)); st.Delayed != 1 || st.Queued != 1 {
			t.Fatalf("stats = %+v, want 1 delayed, 1 queued", st)
		}
		c = claim(t, s, at(20), 5, 1, 0)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "y" {
			t.Fatalf("claim = %v, want y while x waits", members(c))
		}
		// y goes back to its place; the host rests 1s.
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(30), Requeue: true, After: time.Second})
		if c := claim(t, s, at(500), 5, 1, 0); len(c.Leases) != 0 {
			t.Fatalf("claim while the host rests = %v", members(c))
		}
		c = claim(t, s, at(1100), 5, 1, 0)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "y" {
			t.Fatalf("claim = %v, want y again", members(c))
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(1200)})
		c = claim(t, s, at(5000), 5, 1, 0)
		if len(c.Leases) != 1 || c.Leases[0].Entry.Member != "x" || c.Leases[0].Entry.Score != 5 {
			t.Fatalf("claim after the retry time = %+v, want x with its score", c.Leases)
		}
	})

	t.Run("Stats", func(t *testing.T) {
		s := newStore(t)
		for i := range 5 {
			push(t, s, at(0), "big.test", "", 1, frontier.Entry{Member: fmt.Sprint(i), Score: 1})
		}
		push(t, s, at(0), "small.test", "", 1, frontier.Entry{Member: "0", Score: 1})
		c := claim(t, s, at(0), 1, 1, time.Second)
		if len(c.Leases) != 1 {
			t.Fatalf("claim = %v", members(c))
		}
		st := stats(t, s, at(0))
		if st.Queued != 5 || st.Hosts != 2 || st.Leased != 1 || len(st.TopHosts) != 2 {
			t.Fatalf("stats = %+v", st)
		}
		top := st.TopHosts[0]
		want := int64(5)
		if c.Leases[0].Host == "big.test" {
			want = 4
		}
		if top.Host != "big.test" || top.Queued != want {
			t.Fatalf("top host = %+v, want big.test with %d", top, want)
		}
		if st.DueNow+st.Waiting != 1 {
			t.Fatalf("scheduled hosts = %d due + %d waiting, want 1 (the other is in flight)", st.DueNow, st.Waiting)
		}
	})

	t.Run("Hosts", func(t *testing.T) {
		s := newStore(t)
		push(t, s, at(0), "a.test", "", 1, frontier.Entry{Member: "x", Score: 1}, frontier.Entry{Member: "y", Score: 2})
		c := claim(t, s, at(0), 1, 1, time.Second)
		if len(c.Leases) != 1 {
			t.Fatalf("claim = %v", members(c))
		}
		rows, err := s.FrontierHosts(ctx, []string{"a.test", "none.test"})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0].Host != "a.test" || rows[0].Queued != 1 || rows[0].InFlight != 1 || !rows[0].DueAt.IsZero() ||
			!rows[0].NextAt.Equal(at(1000)) {
			t.Fatalf("hosts = %+v, want a.test with 1 queued, 1 in flight, not scheduled, next at %v", rows, at(1000))
		}
		if rows[1] != (frontier.HostQueue{Host: "none.test"}) {
			t.Fatalf("unknown host row = %+v, want only its name", rows[1])
		}
		finish(t, s, frontier.FinishRequest{Lease: c.Leases[0], Now: at(10), After: time.Second})
		rows, _ = s.FrontierHosts(ctx, []string{"a.test"})
		if !rows[0].DueAt.Equal(at(1010)) || rows[0].InFlight != 0 {
			t.Fatalf("after finish = %+v, want due at %v", rows[0], at(1010))
		}
	})

	t.Run("ConcurrentClaimsLeaseOnce", func(t *testing.T) {
		s := newStore(t)
		const urls = 60
		var es []frontier.Entry
		for i := range urls {
			es = append(es, frontier.Entry{Member: fmt.Sprintf("u%02d", i), Score: float64(i)})
		}
		push(t, s, time.Now(), "a.test", "", 1, es...)
		var mu sync.Mutex
		got := map[string]int{}
		var held, worst atomic.Int32
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 400 {
					c, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: time.Now(), Max: 2, MaxInFlight: 1, LeaseTTL: time.Minute})
					if err != nil {
						t.Error(err)
						return
					}
					for _, l := range c.Leases {
						if n := held.Add(1); n > worst.Load() {
							worst.Store(n)
						}
						mu.Lock()
						got[l.Entry.Member]++
						mu.Unlock()
						held.Add(-1)
						if err := s.FrontierFinish(ctx, frontier.FinishRequest{Lease: l, Now: time.Now(), MaxInFlight: 1}); err != nil {
							t.Error(err)
						}
					}
					mu.Lock()
					n := len(got)
					mu.Unlock()
					if n == urls {
						return
					}
				}
			}()
		}
		wg.Wait()
		if len(got) != urls {
			t.Fatalf("claimed %d distinct URLs, want %d", len(got), urls)
		}
		for m, n := range got {
			if n != 1 {
				t.Errorf("%s claimed %d times", m, n)
			}
		}
		if worst.Load() > 1 {
			t.Errorf("%d leases of one host held at once, limit 1", worst.Load())
		}
	})
}
