package sink_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/services/sink"
)

// TestRedeliveryStoresOnce publishes every article message several times
// (as redeliveries and crash-replays would) and checks that each backend
// ends with one row per story and one per URL.
func TestRedeliveryStoresOnce(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			env := bustest.Start(t)
			if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{DuplicateWindow: time.Second}, bus.ConsumerOptions{}); err != nil {
				t.Fatal(err)
			}
			url := "sqlite:" + filepath.Join(t.TempDir(), "s.db")
			if backend == "postgres" {
				url = storetest.PostgresURL(t)
			}
			st, err := store.Open(ctx, url, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			now := time.Now().UTC()
			arts := []*bus.Article{
				{Op: bus.OpStory, StoryID: "s1", Version: 1, URL: "http://agg/1", Site: "agg", Title: "copy", Text: "x", FetchedAt: now},
				{Op: bus.OpAlias, StoryID: "s1", Version: 1, URL: "http://agg2/1", Site: "agg2", FetchedAt: now},
				{Op: bus.OpStory, StoryID: "s1", Version: 2, URL: "http://pub/1", Site: "pub", Title: "original", Text: "y", FetchedAt: now},
				{Op: bus.OpStory, StoryID: "s2", Version: 1, URL: "http://pub/2", Site: "pub", Title: "two", Text: "z", FetchedAt: now},
			}
			publish := func(suffix string) {
				for _, a := range arts {
					m, err := bus.EncodeArticle(a)
					if err != nil {
						t.Fatal(err)
					}
					// A different message id: JetStream's dedupe window does not save us.
					m.Header.Set(jetstream.MsgIDHeader, m.Header.Get(jetstream.MsgIDHeader)+suffix)
					if _, err := env.JS.PublishMsg(ctx, m); err != nil {
						t.Fatal(err)
					}
				}
			}
			publish(":a")
			publish(":b")
			// The newest version arrives again after an older one.
			publish(":c")
			sk, err := sink.New(sink.Config{BatchSize: 3, BatchWait: 100 * time.Millisecond}, sink.Deps{JS: env.JS, Store: st})
			if err != nil {
				t.Fatal(err)
			}
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { sk.Run(rctx); close(done) }()
			deadline := time.Now().Add(20 * time.Second)
			for sk.Stats().Messages.Load() < int64(3*len(arts)) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			cancel()
			<-done
			stories, urls, err := st.Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stories != 2 || urls != 4 {
				t.Fatalf("after 3 deliveries of each message: %d stories, %d urls; want 2 and 4", stories, urls)
			}
			s1, err := st.Get(ctx, "s1")
			if err != nil {
				t.Fatal(err)
			}
			if s1.URL != "http://pub/1" || s1.Title != "original" {
				t.Fatalf("story s1 = %s %q, want the version-2 copy", s1.URL, s1.Title)
			}
			// Nothing left un-acked on the stream.
			lags, _ := bus.Lags(ctx, env.JS)
			if l := lags[2]; l.StreamMsgs != 0 || l.AckPending != 0 {
				t.Fatalf("articles stream not drained: %+v", l)
			}
		})
	}
}
