package sink_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/services/sink"
)

func openStore(t *testing.T, backend string) *store.Store {
	t.Helper()
	url := "sqlite:" + filepath.Join(t.TempDir(), "s.db")
	if backend == "postgres" {
		url = storetest.PostgresURL(t)
	}
	st, err := store.Open(context.Background(), url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// exported returns every story of st, without the times the store itself
// stamps (stored_at), which differ between two stores by nature.
func exported(t *testing.T, st *store.Store) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if _, err := st.Export(context.Background(), &buf, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"stored_at", "first_stored_at", "updated_at"} {
			delete(m, k)
		}
		out = append(out, m)
	}
	return out
}

// TestStoryStreamReplaysIntoEmptyStore runs the sink over story, update and
// alias messages (some delivered twice), checks the events it published, and
// rebuilds the same stories in an empty store from the stream alone.
func TestStoryStreamReplaysIntoEmptyStore(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			env := bustest.Start(t)
			if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
				t.Fatal(err)
			}
			src := openStore(t, backend)
			now := time.Now().UTC().Truncate(time.Second)
			pub := now.Add(-time.Hour)
			arts := []*bus.Article{
				{Op: bus.OpStory, StoryID: "s1", Version: 1, URL: "http://agg.example/1", Site: "agg.example", Title: "copy",
					Authors: []string{"A"}, Text: "x", FetchedAt: now, PublishedAt: &pub, Tags: []string{"t"}},
				{Op: bus.OpAlias, StoryID: "s1", Version: 1, URL: "http://mirror.example/1", Site: "mirror.example", Tier: "text", FetchedAt: now},
				{Op: bus.OpStory, StoryID: "s1", Version: 2, URL: "http://www.pub.example/1", Site: "www.pub.example", Title: "original",
					Text: "y", Tier: "canonical", FetchedAt: now.Add(time.Minute), Language: "en"},
				{Op: bus.OpStory, StoryID: "s2", Version: 1, URL: "http://www.pub.example/2", Site: "www.pub.example", Title: "two", Text: "z", FetchedAt: now},
				{Op: bus.OpAlias, StoryID: "s2", Version: 1, URL: "http://agg.example/2", Site: "agg.example", Tier: "near", FetchedAt: now},
			}
			for round, suffix := range []string{"", ":again"} {
				for _, a := range arts {
					m, err := bus.EncodeArticle(a)
					if err != nil {
						t.Fatal(err)
					}
					// The second round is a redelivery the articles stream
					// does not recognise: the sink applies it again.
					m.Header.Set(jetstream.MsgIDHeader, m.Header.Get(jetstream.MsgIDHeader)+suffix)
					if _, err := env.JS.PublishMsg(ctx, m); err != nil {
						t.Fatalf("round %d: %v", round, err)
					}
				}
			}
			sk, err := sink.New(sink.Config{BatchSize: 2, BatchWait: 50 * time.Millisecond,
				Stories: bus.StoriesOptions{MaxAge: 48 * time.Hour}}, sink.Deps{JS: env.JS, Store: src})
			if err != nil {
				t.Fatal(err)
			}
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- sk.Run(rctx) }()
			deadline := time.Now().Add(20 * time.Second)
			for sk.Stats().Messages.Load() < int64(2*len(arts)) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}

			stream, err := env.JS.Stream(ctx, bus.StreamStories)
			if err != nil {
				t.Fatal(err)
			}
			info, err := stream.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if info.Config.Retention != jetstream.LimitsPolicy || info.Config.MaxAge != 48*time.Hour {
				t.Errorf("stream retention %v max age %v, want limits and 48h", info.Config.Retention, info.Config.MaxAge)
			}
			if info.State.Msgs != uint64(len(arts)) {
				t.Errorf("%d events on the stream after every message was applied twice, want %d", info.State.Msgs, len(arts))
			}

			// Replay the stream, as a downstream consumer would, into an
			// empty store.
			dst := openStore(t, backend)
			cons, err := env.JS.OrderedConsumer(ctx, bus.StreamStories, jetstream.OrderedConsumerConfig{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for range info.State.Msgs {
				m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
				if err != nil {
					t.Fatal(err)
				}
				ev, err := bus.DecodeStoryEvent(m.Headers(), m.Data())
				if err != nil {
					t.Fatal(err)
				}
				if want := bus.SubjectStories + "." + bus.SiteKey(ev.Site); m.Subject() != want {
					t.Errorf("event for %s on %s, want %s", ev.URL, m.Subject(), want)
				}
				if ev.CommittedAt.IsZero() {
					t.Errorf("event for %s has no commit time", ev.URL)
				}
				got = append(got, fmt.Sprintf("%s %s v%d %s", ev.Type, ev.StoryID, ev.Version, ev.URL))
				if err := dst.Apply(ctx, []bus.Article{ev.Article}); err != nil {
					t.Fatal(err)
				}
			}
			want := []string{
				"created s1 v1 http://agg.example/1",
				"alias_added s1 v1 http://mirror.example/1",
				"updated s1 v2 http://www.pub.example/1",
				"created s2 v1 http://www.pub.example/2",
				"alias_added s2 v1 http://agg.example/2",
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("events (-want +got):\n%s", d)
			}
			a, b := exported(t, src), exported(t, dst)
			if len(a) != 2 {
				t.Fatalf("source store has %d stories, want 2", len(a))
			}
			if d := cmp.Diff(a, b); d != "" {
				t.Errorf("replayed store differs from the sink's (-sink +replay):\n%s", d)
			}
			sa, ua, _ := src.Count(ctx)
			sb, ub, _ := dst.Count(ctx)
			if sa != sb || ua != ub {
				t.Errorf("counts: sink %d stories %d urls, replay %d and %d", sa, ua, sb, ub)
			}
		})
	}
}
