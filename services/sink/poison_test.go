package sink_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/services/sink"
)

// TestStoreRejectionIsDeadLettered sends messages PostgreSQL refuses (a URL
// too long for its index), alone and inside a batch of good ones. The store
// is up, so they are not an outage: each must be dead-lettered after
// MaxDeliveries with the store's reason, and the good messages stored.
func TestStoreRejectionIsDeadLettered(t *testing.T) {
	for _, tc := range []struct {
		name string
		good int // good messages published with the rejected one
	}{
		{"alone", 0},
		{"in a batch", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			env := bustest.Start(t)
			if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
				t.Fatal(err)
			}
			st, err := store.Open(ctx, storetest.PostgresURL(t), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			now := time.Now().UTC()
			long := "http://pub/" + noise(12000) // incompressible, above the btree index row limit
			arts := []*bus.Article{{Op: bus.OpStory, StoryID: "bad", Version: 1, URL: long, Title: "t", Text: "x", FetchedAt: now}}
			for i := range tc.good {
				id := string(rune('a' + i))
				arts = append(arts, &bus.Article{Op: bus.OpStory, StoryID: id, Version: 1, URL: "http://pub/" + id,
					Title: id, Text: "x", FetchedAt: now})
			}
			for _, a := range arts {
				m, err := bus.EncodeArticle(a)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := env.JS.PublishMsg(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
			sk, err := sink.New(sink.Config{MaxDeliveries: 2, BatchWait: 100 * time.Millisecond, RetryDelay: 200 * time.Millisecond},
				sink.Deps{JS: env.JS, Store: st})
			if err != nil {
				t.Fatal(err)
			}
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { sk.Run(rctx); close(done) }()
			deadline := time.Now().Add(30 * time.Second)
			for sk.Stats().DeadLettered.Load() == 0 && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			cancel()
			<-done
			if n := sk.Stats().DeadLettered.Load(); n != 1 {
				t.Fatalf("dead-lettered %d messages, want 1", n)
			}
			if sk.Outages() != 0 {
				t.Errorf("a rejected message was taken for a store outage %d times", sk.Outages())
			}
			stories, _, err := st.Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stories != tc.good {
				t.Errorf("%d stories stored, want %d", stories, tc.good)
			}
			dlq, err := env.JS.Stream(ctx, bus.StreamDLQ)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := dlq.GetLastMsgForSubject(ctx, bus.SubjectDLQ+"."+bus.StageSink)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(raw.Data), "store rejected") {
				t.Errorf("dead letter lacks the reason: %.200s", raw.Data)
			}
		})
	}
}

// noise returns n incompressible URL-safe characters (fixed seed).
func noise(n int) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}
