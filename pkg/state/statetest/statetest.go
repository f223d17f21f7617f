// Package statetest is the contract suite every state.Store implementation
// must pass. Call Run from the implementation's tests with a constructor that
// returns a fresh, isolated store.
package statetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
)

// Run runs the contract suite. newStore must return an empty store that no
// other test shares.
func Run(t *testing.T, newStore func(t *testing.T) state.Store) {
	ctx := context.Background()
	t.Run("MarkSeen", func(t *testing.T) {
		s := newStore(t)
		got, err := s.MarkSeen(ctx, []string{"a", "b", "a"}, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if want := []bool{true, true, false}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("MarkSeen(a,b,a) = %v, want %v", got, want)
		}
		got, _ = s.MarkSeen(ctx, []string{"b", "c"}, time.Minute)
		if want := []bool{false, true}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("MarkSeen(b,c) = %v, want %v", got, want)
		}
		if err := s.Forget(ctx, []string{"b"}); err != nil {
			t.Fatal(err)
		}
		got, _ = s.MarkSeen(ctx, []string{"b"}, time.Minute)
		if !got[0] {
			t.Fatalf("after Forget, b should be new again")
		}
	})
	t.Run("Claim", func(t *testing.T) {
		s := newStore(t)
		got, err := s.Claim(ctx, "task-1", []string{"a", "b"}, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if want := []bool{true, true}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Claim(task-1; a,b) = %v, want %v", got, want)
		}
		// The same owner again (a retried call) holds its keys; another
		// owner, and MarkSeen, find them taken.
		got, _ = s.Claim(ctx, "task-1", []string{"a", "b", "c"}, time.Minute)
		if want := []bool{true, true, true}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("retried Claim(task-1; a,b,c) = %v, want %v", got, want)
		}
		got, _ = s.Claim(ctx, "task-2", []string{"a", "c", "d"}, time.Minute)
		if want := []bool{false, false, true}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Claim(task-2; a,c,d) = %v, want %v", got, want)
		}
		if got, _ = s.MarkSeen(ctx, []string{"d", "e"}, time.Minute); fmt.Sprint(got) != "[false true]" {
			t.Fatalf("MarkSeen(d,e) after claims = %v, want [false true]", got)
		}
		// A key marked without an owner is nobody's to claim.
		if got, _ = s.Claim(ctx, "task-1", []string{"e"}, time.Minute); got[0] {
			t.Fatal("Claim of a key MarkSeen marked = true, want false")
		}
		if err := s.Forget(ctx, []string{"a"}); err != nil {
			t.Fatal(err)
		}
		if got, _ = s.Claim(ctx, "task-2", []string{"a"}, time.Minute); !got[0] {
			t.Fatal("after Forget, a should be claimable by another owner")
		}
		if _, err := s.Claim(ctx, "", []string{"z"}, time.Minute); err == nil {
			t.Fatal("Claim with an empty owner: no error")
		}
	})
	t.Run("ClaimExpires", func(t *testing.T) {
		s := newStore(t)
		s.Claim(ctx, "old", []string{"x"}, 100*time.Millisecond)
		time.Sleep(250 * time.Millisecond)
		if got, _ := s.MarkSeen(ctx, []string{"x"}, time.Minute); !got[0] {
			t.Fatal("claimed key should have expired")
		}
		if got, _ := s.Claim(ctx, "old", []string{"x"}, time.Minute); got[0] {
			t.Fatal("the expired claim's owner still holds a key marked since")
		}
	})
	t.Run("MarkSeenExpires", func(t *testing.T) {
		s := newStore(t)
		s.MarkSeen(ctx, []string{"x"}, 100*time.Millisecond)
		time.Sleep(250 * time.Millisecond)
		got, _ := s.MarkSeen(ctx, []string{"x"}, time.Minute)
		if !got[0] {
			t.Fatalf("key should have expired")
		}
	})
	t.Run("MarkSeenConcurrent", func(t *testing.T) {
		s := newStore(t)
		var mu sync.Mutex
		wins := 0
		var wg sync.WaitGroup
		for range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := s.MarkSeen(ctx, []string{"race"}, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if got[0] {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if wins != 1 {
			t.Fatalf("%d goroutines saw the key as new, want exactly 1", wins)
		}
	})
	t.Run("KV", func(t *testing.T) {
		s := newStore(t)
		if _, ok, err := s.Get(ctx, "k"); ok || err != nil {
			t.Fatalf("Get(missing) = ok %v err %v", ok, err)
		}
		if err := s.Set(ctx, "k", []byte("v1"), time.Minute); err != nil {
			t.Fatal(err)
		}
		v, ok, err := s.Get(ctx, "k")
		if !ok || err != nil || string(v) != "v1" {
			t.Fatalf("Get = %q %v %v", v, ok, err)
		}
		s.Set(ctx, "short", []byte("v"), 100*time.Millisecond)
		time.Sleep(250 * time.Millisecond)
		if _, ok, _ := s.Get(ctx, "short"); ok {
			t.Fatal("value should have expired")
		}
		for i := int64(1); i <= 3; i++ {
			n, err := s.Incr(ctx, "ctr", time.Minute)
			if err != nil || n != i {
				t.Fatalf("Incr #%d = %d, %v", i, n, err)
			}
		}
		s.Del(ctx, "ctr", "k")
		if n, _ := s.Incr(ctx, "ctr", time.Minute); n != 1 {
			t.Fatalf("Incr after Del = %d, want 1", n)
		}
	})
	t.Run("Schedule", func(t *testing.T) {
		s := newStore(t)
		now := time.Now()
		s.Schedule(ctx, "q", "late", now.Add(time.Hour))
		s.Schedule(ctx, "q", "b", now.Add(-time.Second))
		s.Schedule(ctx, "q", "a", now.Add(-2*time.Second))
		s.Schedule(ctx, "q", "c", now.Add(-time.Second))
		if n, _ := s.QueueLen(ctx, "q"); n != 4 {
			t.Fatalf("QueueLen = %d, want 4", n)
		}
		peek, err := s.PeekDue(ctx, "q", 3)
		if err != nil || len(peek) != 3 || peek[0].Member != "a" || peek[2].Member != "c" {
			t.Fatalf("PeekDue = %+v, %v; want a, b, c", peek, err)
		}
		if n, _ := s.QueueLen(ctx, "q"); n != 4 {
			t.Fatalf("PeekDue removed members: QueueLen = %d", n)
		}
		// Unschedule removes only a member still due at the given time.
		if ok, err := s.Unschedule(ctx, "q", "late", now); ok || err != nil {
			t.Fatalf("Unschedule with a stale time = %v, %v; want false", ok, err)
		}
		if ok, err := s.Unschedule(ctx, "q", peek[0].Member, peek[0].At); !ok || err != nil {
			t.Fatalf("Unschedule(%s) = %v, %v; want true", peek[0].Member, ok, err)
		}
		// A member scheduled again moves to its new time.
		s.Schedule(ctx, "q", "late", now.Add(-3*time.Second))
		peek, err = s.PeekDue(ctx, "q", 10)
		var got []string
		for _, d := range peek {
			got = append(got, d.Member)
		}
		if err != nil || fmt.Sprint(got) != "[late b c]" {
			t.Fatalf("PeekDue after rescheduling = %v, %v; want [late b c]", got, err)
		}
	})
	runDedupe(t, newStore)
}

func runDedupe(t *testing.T, newStore func(t *testing.T) state.Store) {
	ctx := context.Background()
	t.Run("DedupeTiers", func(t *testing.T) {
		s := newStore(t)
		type step struct {
			name string
			req  state.DedupeRequest
			want state.DedupeResult
		}
		steps := []step{
			{"aggregator copy first", state.DedupeRequest{URL: "agg/1", CanonicalURL: "pub/1", TextHash: "t1", Candidate: "S1", Rank: 0, Published: 200, Length: 900},
				state.DedupeResult{StoryID: "S1", New: true, Promote: true, Version: 1}},
			{"same URL again is a replay", state.DedupeRequest{URL: "agg/1", CanonicalURL: "pub/1", TextHash: "t1", Candidate: "X", Published: 200, Length: 900},
				state.DedupeResult{StoryID: "S1", New: true, Promote: true, Version: 1, Replay: true}},
			{"original named canonical wins", state.DedupeRequest{URL: "pub/1", CanonicalURL: "pub/1", TextHash: "t1x", Candidate: "S2", Published: 300, Length: 800},
				state.DedupeResult{StoryID: "S1", Tier: state.TierCanonical, Promote: true, Version: 2}},
			{"second aggregator by text", state.DedupeRequest{URL: "agg2/1", TextHash: "t1", Candidate: "S3", Published: 100, Length: 5000},
				state.DedupeResult{StoryID: "S1", Tier: state.TierText, Version: 2}},
			{"copy sharing the canonical", state.DedupeRequest{URL: "agg3/1", CanonicalURL: "pub/1", TextHash: "zz", Candidate: "S4"},
				state.DedupeResult{StoryID: "S1", Tier: state.TierCanonical, Version: 2}},
			{"unrelated story", state.DedupeRequest{URL: "pub/2", TextHash: "t2", Candidate: "S5", Published: 100, Length: 10},
				state.DedupeResult{StoryID: "S5", New: true, Promote: true, Version: 1}},
			{"earlier date wins at equal rank", state.DedupeRequest{URL: "pub/2b", TextHash: "t2", Candidate: "S6", Published: 50, Length: 10},
				state.DedupeResult{StoryID: "S5", Tier: state.TierText, Promote: true, Version: 2}},
		}
		for _, st := range steps {
			got, err := s.Dedupe(ctx, st.req)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if got != st.want {
				t.Fatalf("%s: Dedupe(%+v)\n got %+v\nwant %+v", st.name, st.req, got, st.want)
			}
		}
	})
	t.Run("DedupeNear", func(t *testing.T) {
		s := newStore(t)
		sig := []uint32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		near := []uint32{1, 2, 3, 4, 5, 6, 7, 8, 9, 99}       // 0.9
		other := []uint32{1, 2, 3, 4, 50, 60, 70, 80, 90, 99} // 0.4, shares band b1
		r1, _ := s.Dedupe(ctx, state.DedupeRequest{URL: "u1", TextHash: "a", Bands: []string{"b1", "b2"}, Signature: sig, Candidate: "N1"})
		r2, _ := s.Dedupe(ctx, state.DedupeRequest{URL: "u2", TextHash: "b", Bands: []string{"b1", "b3"}, Signature: near, Candidate: "N2"})
		r3, _ := s.Dedupe(ctx, state.DedupeRequest{URL: "u3", TextHash: "c", Bands: []string{"b1", "b4"}, Signature: other, Candidate: "N3"})
		if r1.StoryID != "N1" || r2.StoryID != "N1" || r2.Tier != state.TierNear {
			t.Fatalf("near copy not merged: %+v %+v", r1, r2)
		}
		if r3.StoryID != "N3" || !r3.New {
			t.Fatalf("band collision with low similarity merged: %+v", r3)
		}
	})
	t.Run("DedupeConcurrent", func(t *testing.T) {
		s := newStore(t)
		const copies = 24
		ids := make([]string, copies)
		var wg sync.WaitGroup
		for i := range copies {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := s.Dedupe(ctx, state.DedupeRequest{URL: fmt.Sprintf("copy/%d", i), TextHash: "same",
					Candidate: fmt.Sprintf("C%d", i), Length: i})
				if err != nil {
					t.Error(err)
					return
				}
				ids[i] = r.StoryID
			}()
		}
		wg.Wait()
		for _, id := range ids {
			if id != ids[0] {
				t.Fatalf("concurrent copies got different stories: %v", ids)
			}
		}
	})
	t.Run("DedupeBatchMatchesSingle", func(t *testing.T) {
		// The DedupeTiers steps again, all in one batch: same decisions.
		s := newStore(t)
		reqs := []state.DedupeRequest{
			{URL: "agg/1", CanonicalURL: "pub/1", TextHash: "t1", Candidate: "S1", Published: 200, Length: 900},
			{URL: "agg/1", CanonicalURL: "pub/1", TextHash: "t1", Candidate: "X", Published: 200, Length: 900},
			{URL: "pub/1", CanonicalURL: "pub/1", TextHash: "t1x", Candidate: "S2", Published: 300, Length: 800},
			{URL: "agg2/1", TextHash: "t1", Candidate: "S3", Published: 100, Length: 5000},
			{URL: "pub/2", TextHash: "t2", Candidate: "S5", Published: 100, Length: 10},
		}
		want := []state.DedupeResult{
			{StoryID: "S1", New: true, Promote: true, Version: 1},
			{StoryID: "S1", New: true, Promote: true, Version: 1, Replay: true},
			{StoryID: "S1", Tier: state.TierCanonical, Promote: true, Version: 2},
			{StoryID: "S1", Tier: state.TierText, Version: 2},
			{StoryID: "S5", New: true, Promote: true, Version: 1},
		}
		got, err := s.DedupeBatch(ctx, reqs)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("DedupeBatch\n got %+v\nwant %+v", got, want)
		}
		if got, err := s.DedupeBatch(ctx, nil); err != nil || len(got) != 0 {
			t.Fatalf("empty batch = %v, %v", got, err)
		}
	})
	t.Run("DedupeLongBatchMatchesSingle", func(t *testing.T) {
		// A long batch of interacting copies (several script calls' worth on
		// Redis) decides exactly as the same copies one at a time.
		reqs := syndicatedRun(300)
		one := newStore(t)
		want := make([]state.DedupeResult, len(reqs))
		for i, r := range reqs {
			res, err := one.Dedupe(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			want[i] = res
		}
		got, err := newStore(t).DedupeBatch(ctx, reqs)
		if err != nil {
			t.Fatal(err)
		}
		stories, promotions := map[string]bool{}, 0
		for i := range reqs {
			if got[i] != want[i] {
				t.Fatalf("copy %d (%+v):\nbatch  %+v\nsingle %+v", i, reqs[i], got[i], want[i])
			}
			stories[got[i].StoryID] = true
			if got[i].Promote && !got[i].New {
				promotions++
			}
		}
		// The run is built to exercise every tier and takeovers.
		if len(stories) < 40 || len(stories) > 80 || promotions == 0 {
			t.Fatalf("run exercised too little: %d stories, %d promotions", len(stories), promotions)
		}
	})
	t.Run("DedupeQualityOrder", func(t *testing.T) {
		// A copy dressed as an original (own canonical, structured data,
		// byline) arrives first; the original, with less detail but an
		// earlier exact date, takes over; copies whose dates are too vague
		// to be surely earlier do not, nor does a longer later copy.
		s := newStore(t)
		const t0, h = 1_764_000_000, 3600
		steps := []struct {
			req  state.DedupeRequest
			want state.DedupeResult
		}{
			{state.DedupeRequest{URL: "agg/1", TextHash: "q", Candidate: "Q1", Published: t0 + 2*h, Detail: 3, Length: 900},
				state.DedupeResult{StoryID: "Q1", New: true, Promote: true, Version: 1}},
			{state.DedupeRequest{URL: "pub/1", TextHash: "q", Candidate: "Q2", Published: t0, Detail: 2, Length: 1000},
				state.DedupeResult{StoryID: "Q1", Tier: state.TierText, Promote: true, Version: 2}},
			{state.DedupeRequest{URL: "agg2/1", TextHash: "q", Candidate: "Q3", Published: t0 - 5*h, PublishedSlack: 14 * h, Length: 1000},
				state.DedupeResult{StoryID: "Q1", Tier: state.TierText, Version: 2}},
			{state.DedupeRequest{URL: "agg3/1", TextHash: "q", Candidate: "Q4", Published: t0 + 6*h, PublishedSlack: 26 * h, Detail: 2, Length: 1000},
				state.DedupeResult{StoryID: "Q1", Tier: state.TierText, Version: 2}},
			{state.DedupeRequest{URL: "agg4/1", TextHash: "q", Candidate: "Q5", Published: t0 + 30*60, Detail: 2, Length: 5000},
				state.DedupeResult{StoryID: "Q1", Tier: state.TierText, Version: 2}},
			{state.DedupeRequest{URL: "pub/1?amp", TextHash: "q", Candidate: "Q6", Published: t0, Detail: 2, Length: 1001},
				state.DedupeResult{StoryID: "Q1", Tier: state.TierText, Promote: true, Version: 3}},
		}
		for i, st := range steps {
			got, err := s.Dedupe(ctx, st.req)
			if err != nil {
				t.Fatal(err)
			}
			if got != st.want {
				t.Fatalf("step %d: Dedupe(%+v)\n got %+v\nwant %+v", i, st.req, got, st.want)
			}
		}
	})
	t.Run("DedupeBadRequest", func(t *testing.T) {
		s := newStore(t)
		for _, r := range []state.DedupeRequest{{Candidate: "A"}, {URL: "u"}, {URL: "u", Candidate: "a|b"}} {
			if _, err := s.Dedupe(ctx, r); err == nil {
				t.Errorf("Dedupe(%+v) accepted", r)
			}
			if _, err := s.DedupeBatch(ctx, []state.DedupeRequest{r}); err == nil {
				t.Errorf("DedupeBatch(%+v) accepted", r)
			}
		}
	})
	t.Run("DedupeOriginalReplacesAggregator", func(t *testing.T) {
		// An aggregator copy without rel=canonical arrives first; the
		// original (higher rank) arrives later under another URL and takes
		// over by text, then by near-duplicate; a late worse copy does not.
		s := newStore(t)
		sig := []uint32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		steps := []struct {
			req  state.DedupeRequest
			want state.DedupeResult
		}{
			{state.DedupeRequest{URL: "agg/a", TextHash: "ta", Bands: []string{"x1", "x2"}, Signature: sig, Candidate: "A", Rank: 0, Published: 500, Length: 900},
				state.DedupeResult{StoryID: "A", New: true, Promote: true, Version: 1}},
			{state.DedupeRequest{URL: "pub/a", TextHash: "ta", Bands: []string{"x1", "x2"}, Signature: sig, Candidate: "B", Rank: 3, Published: 400, Length: 1000},
				state.DedupeResult{StoryID: "A", Tier: state.TierText, Promote: true, Version: 2}},
			{state.DedupeRequest{URL: "agg2/a", TextHash: "tb", Bands: []string{"x9", "x2"}, Signature: sig, Candidate: "C", Rank: 0, Published: 100, Length: 5000},
				state.DedupeResult{StoryID: "A", Tier: state.TierNear, Version: 2}},
			{state.DedupeRequest{URL: "agg3/a", CanonicalURL: "pub/a", TextHash: "tc", Candidate: "D", Rank: -3, Length: 10},
				state.DedupeResult{StoryID: "A", Tier: state.TierCanonical, Version: 2}},
		}
		for i, st := range steps {
			got, err := s.Dedupe(ctx, st.req)
			if err != nil {
				t.Fatal(err)
			}
			if got != st.want {
				t.Fatalf("step %d: Dedupe(%s)\n got %+v\nwant %+v", i, st.req.URL, got, st.want)
			}
		}
	})
	t.Run("DedupeExpires", func(t *testing.T) {
		s := newStore(t)
		r := state.DedupeRequest{URL: "e/1", TextHash: "te", Candidate: "E1", TTL: 100 * time.Millisecond}
		if got, _ := s.Dedupe(ctx, r); !got.New {
			t.Fatalf("first = %+v", got)
		}
		time.Sleep(250 * time.Millisecond)
		r.URL, r.Candidate = "e/2", "E2"
		if got, _ := s.Dedupe(ctx, r); !got.New || got.StoryID != "E2" {
			t.Fatalf("after the retention window = %+v, want a new story", got)
		}
	})
	t.Run("DedupeConcurrentBatches", func(t *testing.T) {
		// Many goroutines, each a replica sending copies of the same stories
		// in batches through its own Batcher: exactly one story per story.
		s := newStore(t)
		const stories, workers = 20, 8
		var mu sync.Mutex
		got := map[int]map[string]bool{}
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				b := state.NewBatcher(s, state.BatchOptions{MaxBatch: 7})
				var inner sync.WaitGroup
				for k := range stories {
					inner.Add(1)
					go func() {
						defer inner.Done()
						r, err := b.Dedupe(ctx, state.DedupeRequest{URL: fmt.Sprintf("w%d/s%d", w, k),
							TextHash: fmt.Sprintf("text-%d", k), Candidate: fmt.Sprintf("w%ds%d", w, k), Length: w})
						if err != nil {
							t.Error(err)
							return
						}
						mu.Lock()
						if got[k] == nil {
							got[k] = map[string]bool{}
						}
						got[k][r.StoryID] = true
						mu.Unlock()
					}()
				}
				inner.Wait()
			}()
		}
		wg.Wait()
		ids := map[string]bool{}
		for k := range stories {
			if len(got[k]) != 1 {
				t.Fatalf("story %d got %d story ids: %v", k, len(got[k]), got[k])
			}
			for id := range got[k] {
				if ids[id] {
					t.Fatalf("two stories merged into %s", id)
				}
				ids[id] = true
			}
		}
	})
}

// syndicatedRun returns n copies of about n/5 stories in an interleaved
// order: aggregator copies, originals named by rel=canonical, exact and near
// copies (signatures that differ in a few positions), replays of a URL, and
// unrelated stories whose bands collide with another story's.
func syndicatedRun(n int) []state.DedupeRequest {
	sigOf := func(story, variant int) []uint32 {
		sig := make([]uint32, 16)
		for i := range sig {
			sig[i] = uint32(story*100 + i)
		}
		for i := range variant % 3 { // up to 2 of 16 positions differ
			sig[i] = uint32(90000 + variant)
		}
		return sig
	}
	out := make([]state.DedupeRequest, 0, n)
	for i := 0; len(out) < n; i++ {
		// Groups of 4 stories with their 5 copies interleaved, so copies of
		// one story sit a few places apart, inside one script call.
		story, copyN := (i/20)*4+i%4, (i%20)/4
		pub := fmt.Sprintf("pub/%d", story)
		r := state.DedupeRequest{URL: fmt.Sprintf("agg%d/%d", copyN, story), Candidate: fmt.Sprintf("S%d-%d", story, copyN),
			Published: int64(1000 + copyN*600), PublishedSlack: int64(copyN % 2 * 14 * 3600), Detail: (story + copyN) % 3,
			Length: 500 + copyN*10, Signature: sigOf(story, copyN),
			TextHash: fmt.Sprintf("t%d-%d", story, copyN%2), MinSimilarity: 0.8,
			Bands: []string{fmt.Sprintf("b%d", story), fmt.Sprintf("c%d", (story+1)/2)}}
		switch copyN {
		case 1:
			r.CanonicalURL = pub // an aggregator naming the original,
			r.Published = 990    // dated earlier: it takes over the first copy
		case 2:
			r.URL, r.CanonicalURL, r.Rank = pub, pub, 1 // the original itself
		case 3:
			r.URL = fmt.Sprintf("agg0/%d", story) // a replay of the first copy
		}
		if story%3 == 0 && copyN == 4 {
			// A different story sharing band c with its neighbour.
			r.Signature = sigOf(story+5000, 0)
			r.TextHash = "other"
		}
		out = append(out, r)
	}
	return out
}
