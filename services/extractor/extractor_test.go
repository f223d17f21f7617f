package extractor

import (
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/dedupe"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/pkg/urlnorm"
)

type synPage struct {
	page     *bus.Page
	story    string // truth story id
	original bool
}

// fetchWeb serves a testweb with syndicated copies and same-event stories and
// fetches every original and copy.
func fetchWeb(t *testing.T) []synPage {
	t.Helper()
	cfg := testweb.Config{Seed: 5, Publishers: 4, Aggregators: 2, Stories: 25, CopyRate: 0.7, SharedEventRate: 0.5}
	if v := os.Getenv("NEWSROOM_SYN_SEED"); v != "" {
		// Other webs, for a longer check: NEWSROOM_SYN_SEED=n go test -run TestSyndicatedWeb -v
		seed, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Seed, cfg.Publishers, cfg.Stories = seed, 6, 40
	}
	w, err := testweb.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	n := urlnorm.New(urlnorm.Options{})
	var pages []synPage
	get := func(u, story string, orig bool) {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("get %s: %v %d", u, err, resp.StatusCode)
		}
		nu, err := n.Normalize(u)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, synPage{page: &bus.Page{URL: nu, Body: body, ContentType: resp.Header.Get("Content-Type"),
			FetchedAt: time.Now()}, story: story, original: orig})
	}
	for _, st := range w.Truth().Stories {
		get(st.URL, st.ID, true)
		for _, c := range st.Copies {
			get(c.URL, st.ID, false)
		}
	}
	return pages
}

// TestSyndicatedWeb runs the extractor's real decision path (extract,
// fingerprint, rank, batched state-store dedupe) over a served web with
// syndicated copies on two aggregators, in several arrival orders, on the
// embedded store and on Redis, with pages handled concurrently. It applies
// the articles as the sink does (a story's fields are replaced by a higher
// Version) and checks the clusters and the chosen URLs.
func TestSyndicatedWeb(t *testing.T) {
	pages := fetchWeb(t)
	orders := map[string]func([]synPage){
		"shuffled": func(p []synPage) {
			r := rand.New(rand.NewPCG(1, 2))
			r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		},
		"aggregators first": func(p []synPage) {
			slices.SortStableFunc(p, func(a, b synPage) int {
				switch {
				case a.original == b.original:
					return 0
				case b.original:
					return -1
				default:
					return 1
				}
			})
		},
	}
	stores := map[string]func(t *testing.T) state.Store{
		"memstate": func(t *testing.T) state.Store { return memstate.New() },
		"redis":    func(t *testing.T) state.Store { return redistest.Open(t, "extractor") },
	}
	for sname, open := range stores {
		for oname, order := range orders {
			t.Run(sname+"/"+oname, func(t *testing.T) {
				ps := slices.Clone(pages)
				order(ps)
				reg := prometheus.NewRegistry()
				svc, err := New(Config{Batch: state.BatchOptions{MaxBatch: 16}}, Deps{State: open(t), Metrics: reg})
				if err != nil {
					t.Fatal(err)
				}
				arts := make([]*bus.Article, len(ps))
				var wg sync.WaitGroup
				sem := make(chan struct{}, 8)
				for i, p := range ps {
					wg.Add(1)
					sem <- struct{}{}
					go func() {
						defer func() { <-sem; wg.Done() }()
						a, err := svc.Process(t.Context(), p.page)
						if err != nil || len(a) != 1 {
							t.Errorf("process %s: %v (%d articles)", p.page.URL, err, len(a))
							return
						}
						arts[i] = a[0]
					}()
				}
				wg.Wait()
				if t.Failed() {
					return
				}
				truth, pred := make([]string, len(ps)), make([]string, len(ps))
				type chosen struct {
					ver int64
					url string
				}
				sink := map[string]chosen{}
				origURL := map[string]string{}
				syndicated := map[string]bool{}
				for i, p := range ps {
					a := arts[i]
					truth[i], pred[i] = p.story, a.StoryID
					if p.original {
						origURL[p.story] = p.page.URL
					} else {
						syndicated[p.story] = true
					}
					if a.Op == bus.OpStory && a.Version > sink[a.StoryID].ver {
						sink[a.StoryID] = chosen{a.Version, a.URL}
					}
				}
				prec, rec := dedupe.PairScores(truth, pred)
				good := 0
				for st := range syndicated {
					// The story's id is the one its original was given.
					var sid string
					for i, p := range ps {
						if p.story == st && p.original {
							sid = arts[i].StoryID
						}
					}
					if sink[sid].url == origURL[st] {
						good++
					}
				}
				share := float64(good) / float64(len(syndicated))
				stats := svc.Stats()
				t.Logf("%d pages, %d syndicated stories: pairwise precision %.4f recall %.4f; story URL is the original's for %.1f%%; tiers canonical %d text %d near %d, new %d",
					len(ps), len(syndicated), prec, rec, 100*share, stats.Canonical.Load(), stats.SameText.Load(), stats.Near.Load(), stats.New.Load())
				if prec < 0.98 || rec < 0.98 {
					t.Errorf("precision %.4f recall %.4f, want >= 0.98", prec, rec)
				}
				if share < 0.95 {
					t.Errorf("original URL chosen for %.1f%% of syndicated stories, want >= 95%%", 100*share)
				}
				if got := stats.New.Load() + stats.Duplicates.Load(); got != int64(len(ps)) {
					t.Errorf("new %d + duplicates %d != %d pages", stats.New.Load(), stats.Duplicates.Load(), len(ps))
				}
				if tiers := stats.Canonical.Load() + stats.SameText.Load() + stats.Near.Load(); tiers != stats.Duplicates.Load() {
					t.Errorf("tier counters %d != duplicates %d", tiers, stats.Duplicates.Load())
				}
				metric := map[string]int64{}
				mfs, err := reg.Gather()
				if err != nil {
					t.Fatal(err)
				}
				for _, mf := range mfs {
					if mf.GetName() != "newsroom_extractor_dedupe_total" {
						continue
					}
					for _, m := range mf.GetMetric() {
						for _, l := range m.GetLabel() {
							if l.GetName() == "tier" {
								metric[l.GetValue()] = int64(m.GetCounter().GetValue())
							}
						}
					}
				}
				for tier, want := range map[string]int64{"new": stats.New.Load(), state.TierCanonical: stats.Canonical.Load(),
					state.TierText: stats.SameText.Load(), state.TierNear: stats.Near.Load()} {
					if metric[tier] != want {
						t.Errorf("metric newsroom_extractor_dedupe_total{tier=%q} = %d, stats say %d", tier, metric[tier], want)
					}
				}
				if batches, reqs := svc.batch.BatchStats(); reqs != int64(len(ps)) || batches == 0 {
					t.Errorf("batcher sent %d requests in %d batches, want %d requests", reqs, batches, len(ps))
				}
			})
		}
	}
}
