package redisstate

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
)

// copyRequest is copy c (of replica w) of story k: every copy shares the
// story's text hash, and half name the original as rel=canonical.
func copyRequest(w, k, c int) state.DedupeRequest {
	r := state.DedupeRequest{URL: fmt.Sprintf("https://agg%d-%d.example/%d", w, c, k),
		TextHash: fmt.Sprintf("text-%d", k), Candidate: fmt.Sprintf("w%dc%dk%d", w, c, k), Length: 100 + c}
	if c%2 == 0 {
		r.CanonicalURL = fmt.Sprintf("https://pub.example/%d", k)
	}
	return r
}

// bandsInBench matches dedupe.DefaultBands.
var bandsInBench = 10

const (
	procStories = 200
	procCopies  = 3
)

// TestDedupeChildProcess is the body of the two-process test: it runs only
// when re-executed by TestDedupeTwoProcesses, submits copies of the shared
// stories through its own connection and prints "k=story" lines.
func TestDedupeChildProcess(t *testing.T) {
	prefix, w := os.Getenv("NEWSROOM_DEDUPE_CHILD_PREFIX"), os.Getenv("NEWSROOM_DEDUPE_CHILD_WORKER")
	if prefix == "" {
		t.Skip("helper process for TestDedupeTwoProcesses")
	}
	worker, _ := strconv.Atoi(w)
	s, err := Open(context.Background(), redisURL(), Options{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, line := range submitCopies(t, s, worker) {
		fmt.Println(line)
	}
}

// submitCopies sends every copy of every story from 8 goroutines through a
// Batcher and returns "k=story" lines.
func submitCopies(t *testing.T, s state.Store, worker int) []string {
	b := state.NewBatcher(s, state.BatchOptions{MaxBatch: 32})
	var mu sync.Mutex
	var out []string
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := g; k < procStories; k += 8 {
				for c := range procCopies {
					r, err := b.Dedupe(context.Background(), copyRequest(worker, k, c))
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					out = append(out, fmt.Sprintf("%d=%s", k, r.StoryID))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return out
}

// TestDedupeTwoProcesses starts two processes (this test binary, re-executed)
// and two in-process replicas with their own connections; all submit copies
// of the same stories at once. Each story must end up as exactly one story.
func TestDedupeTwoProcesses(t *testing.T) {
	s := open(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	ids := map[string]map[string]bool{}
	add := func(lines []string) {
		mu.Lock()
		defer mu.Unlock()
		for _, l := range lines {
			k, id, ok := strings.Cut(l, "=")
			if !ok {
				continue
			}
			if ids[k] == nil {
				ids[k] = map[string]bool{}
			}
			ids[k][id] = true
		}
	}
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(exe, "-test.run=^TestDedupeChildProcess$", "-test.count=1")
			cmd.Env = append(os.Environ(), "NEWSROOM_DEDUPE_CHILD_PREFIX="+s.prefix, fmt.Sprintf("NEWSROOM_DEDUPE_CHILD_WORKER=%d", w))
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("child %d: %v\n%s", w, err, out)
				return
			}
			lines := strings.Split(string(out), "\n")
			if n := strings.Count(string(out), "="); n < procStories*procCopies {
				t.Errorf("child %d reported %d decisions, want %d:\n%s", w, n, procStories*procCopies, out)
			}
			add(lines)
		}()
	}
	for w := 2; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			other, err := Open(context.Background(), redisURL(), Options{Prefix: s.prefix})
			if err != nil {
				t.Error(err)
				return
			}
			defer other.Close()
			add(submitCopies(t, other, w))
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	if len(ids) != procStories {
		t.Fatalf("decisions for %d stories, want %d", len(ids), procStories)
	}
	seen := map[string]string{}
	for k, m := range ids {
		if len(m) != 1 {
			t.Fatalf("story %s became %d stories: %v", k, len(m), m)
		}
		for id := range m {
			if o, dup := seen[id]; dup {
				t.Fatalf("stories %s and %s merged into %s", k, o, id)
			}
			seen[id] = k
		}
	}
}

// benchRequest is article i of the benchmark's stream. Of every 8 articles,
// 6 are new stories, one of them sharing a band with an unrelated story (a
// candidate that verification rejects); one is an exact copy (text tier)
// and one a near copy: other text, 2 of 10 bands and 8 of 64 signature
// positions changed (near tier, verified). Signatures differ per story.
func benchRequest(i int64) state.DedupeRequest {
	story, variant := i, int64(0)
	switch i % 8 {
	case 3:
		story = i - 1 // exact copy of the previous article
	case 7:
		story, variant = i-2, i // near copy
	}
	sig := make([]uint32, 64)
	for k := range sig {
		sig[k] = uint32(story*2654435761) ^ uint32(k*40503)
	}
	th := fmt.Sprintf("%012d", story)
	if variant != 0 {
		th = fmt.Sprintf("%012d-near", story)
		for k := 0; k < 64; k += 8 {
			sig[k]++
		}
	}
	r := state.DedupeRequest{URL: fmt.Sprintf("https://site%d.example/news/2026/story-%d", i%50, i),
		TextHash: th, Candidate: fmt.Sprintf("%016x", i), Length: 3000, Published: 1764000000 + i,
		Signature: sig, MinSimilarity: 0.35}
	for k := range bandsInBench {
		band := fmt.Sprintf("%d-%06d", k, story)
		switch {
		case variant != 0 && k < 2:
			band = fmt.Sprintf("%d-%06d-near", k, story)
		case i%8 == 5 && k == 0:
			band = fmt.Sprintf("%d-%06d", k, i-4) // collides with an unrelated story
		}
		r.Bands = append(r.Bands, band)
	}
	return r
}

// BenchmarkDedupeBatched measures dedupe decisions per second from one
// process against the real Redis: 4 to 256 goroutines (in-flight pages)
// share one Batcher. Each article is a new story with 10 band keys or a
// copy of one. It reports decisions/s, script calls and network round trips
// per article, Redis server time per decision (INFO commandstats) and Redis
// memory per 100k articles (INFO used_memory before and after; run with
// -benchtime=25x or more for 100k articles). The peer in the same run is
// "unbatched": 16 goroutines each making its own script call per article,
// so decisions/s of a batched run over it is the batching speed-up.
func BenchmarkDedupeBatched(b *testing.B) {
	b.Run("unbatched/inflight=16", func(b *testing.B) { benchDedupe(b, 16, false) })
	for _, inflight := range []int{4, 16, 64, 256} {
		b.Run(fmt.Sprintf("inflight=%d", inflight), func(b *testing.B) { benchDedupe(b, inflight, true) })
	}
}

func benchDedupe(b *testing.B, workers int, batched bool) {
	// A production-like short prefix, so the memory figure is not inflated
	// by the tests' long ones.
	s := openPrefix(b, fmt.Sprintf("b%x:", time.Now().UnixNano()%(1<<20)))
	ctx := context.Background()
	evalStats := func() (calls, usec int64) {
		info, err := s.c.Info(ctx, "commandstats").Result()
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(info, "\r\n") {
			if v, ok := strings.CutPrefix(l, "cmdstat_evalsha:"); ok {
				for _, f := range strings.Split(v, ",") {
					k, n, _ := strings.Cut(f, "=")
					switch k {
					case "calls":
						calls, _ = strconv.ParseInt(n, 10, 64)
					case "usec":
						usec, _ = strconv.ParseInt(n, 10, 64)
					}
				}
			}
		}
		return calls, usec
	}
	mem := func() int64 {
		info, err := s.c.Info(ctx, "memory").Result()
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(info, "\r\n") {
			if v, ok := strings.CutPrefix(l, "used_memory:"); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				return n
			}
		}
		return 0
	}
	bt := state.NewBatcher(s, state.BatchOptions{MaxBatch: 256})
	before, rt0 := mem(), s.DedupeRoundTrips()
	calls0, usec0 := evalStats()
	const round = 4000
	var total int64
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		// One round: 4000 articles submitted by `workers` goroutines at once.
		var wg sync.WaitGroup
		step := int64(workers)
		for g := range step {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := g; j < round; j += step {
					i := total + j
					r := benchRequest(i)
					decide := bt.Dedupe
					if !batched {
						decide = s.Dedupe
					}
					if _, err := decide(ctx, r); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		total += round
	}
	el := time.Since(start)
	after := mem()
	calls1, usec1 := evalStats()
	if calls1 > calls0 {
		// Redis server time per decision (other clients of a shared Redis
		// add theirs); one script call decides up to a run of copies.
		b.ReportMetric(float64(usec1-usec0)/float64(total), "redis-us/decision")
		b.ReportMetric(float64(calls1-calls0)/float64(total), "scripts/article")
	}
	batches, reqs := bt.BatchStats()
	b.ReportMetric(float64(total)/el.Seconds(), "decisions/s")
	b.ReportMetric(float64(s.DedupeRoundTrips()-rt0)/float64(total), "roundtrips/article")
	b.ReportMetric(float64(reqs)/float64(max(batches, 1)), "articles/batch")
	if total >= 20000 {
		b.ReportMetric(float64(after-before)/float64(total)*100000/1e6, "MB/100k-articles")
	}
}

// TestBenchStream checks that the benchmark's stream exercises what it says:
// 6 new stories, one exact and one near copy per 8 articles, and the band
// collisions are verified apart.
func TestBenchStream(t *testing.T) {
	s := open(t)
	tiers := map[string]int{}
	for i := range int64(800) {
		r, err := s.Dedupe(t.Context(), benchRequest(i))
		if err != nil {
			t.Fatal(err)
		}
		tiers[r.Tier]++
	}
	if tiers[state.TierNew] != 600 || tiers[state.TierText] != 100 || tiers[state.TierNear] != 100 {
		t.Fatalf("tiers %v, want 600 new, 100 text, 100 near", tiers)
	}
}
