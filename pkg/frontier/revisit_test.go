package frontier_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/state/memstate"
)

func TestRevisitIntervalAdapts(t *testing.T) {
	ctx := context.Background()
	r := frontier.NewRevisits(memstate.New(), frontier.RevisitOptions{Start: 10 * time.Second, Min: 4 * time.Second, Max: 12 * time.Second}, nil)
	seed := &bus.URLTask{URL: "https://a.test/", Kind: bus.KindSeed, Site: "a.test"}
	steps := []struct {
		name     string
		newLinks int
		want     time.Duration
	}{
		{"first visit", 0, 10 * time.Second},
		{"new links halve it", 3, 5 * time.Second},
		{"nothing new: half as long again", 0, 7500 * time.Millisecond},
		{"new links, clamped at the minimum", 1, 4 * time.Second},
		{"nothing new", 0, 6 * time.Second},
		{"nothing new", 0, 9 * time.Second},
		{"nothing new, clamped at the maximum", 0, 12 * time.Second},
	}
	for _, st := range steps {
		if err := r.Plan(ctx, seed, nil, frontier.Visit{NewLinks: st.newLinks, Validated: true, ETag: `"e1"`}); err != nil {
			t.Fatal(err)
		}
		next, err := r.Next(ctx, 10)
		if err != nil || len(next) != 1 {
			t.Fatalf("%s: Next = %+v, %v; want the seed", st.name, next, err)
		}
		if got := next[0].Source.Interval; got != st.want {
			t.Errorf("%s: interval %v, want %v", st.name, got, st.want)
		}
		if next[0].Source.ETag != `"e1"` {
			t.Errorf("%s: validators not kept: %+v", st.name, next[0].Source)
		}
	}
	article := &bus.URLTask{URL: "https://a.test/2026/story", Kind: bus.KindArticle, Site: "a.test", Depth: 1}
	if err := r.Plan(ctx, article, nil, frontier.Visit{}); err != nil {
		t.Fatal(err)
	}
	if n, _ := r.Len(ctx); n != 1 {
		t.Errorf("an article was scheduled for revisits: %d scheduled", n)
	}
}

func TestRevisitsReleaseDueOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st := memstate.New()
	r := frontier.NewRevisits(st, frontier.RevisitOptions{Start: time.Millisecond, Min: time.Millisecond, Max: time.Millisecond, Tick: 10 * time.Millisecond}, nil)
	feed := &bus.URLTask{URL: "https://a.test/rss.xml", Kind: bus.KindFeed, Site: "a.test"}
	if err := r.Plan(ctx, feed, nil, frontier.Visit{}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []*bus.URLTask
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.Run(ctx, func(_ context.Context, t *bus.URLTask) error {
			mu.Lock()
			got = append(got, t)
			mu.Unlock()
			cancel()
			return nil
		}, nil)
	}()
	<-done
	if len(got) != 1 || got[0].URL != feed.URL || !got[0].Revisit || got[0].Kind != bus.KindFeed {
		t.Fatalf("released %+v, want one revisit of the feed", got)
	}
	if n, _ := r.Len(context.Background()); n != 0 {
		t.Errorf("%d still scheduled after release, want 0", n)
	}
}
