package bus_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
)

// TestNamespacesShareOneServer: two crawls with different prefixes and one
// without share an embedded NATS server; each has its own streams,
// consumers, bucket and subjects, and sees only its own work.
func TestNamespacesShareOneServer(t *testing.T) {
	env := bustest.Start(t)
	ctx := context.Background()
	spaces := map[string]jetstream.JetStream{}
	for _, p := range []string{"", "blue", "green-2"} {
		ns, err := bus.NewNamespace(p)
		if err != nil {
			t.Fatal(err)
		}
		js := ns.JetStream(env.JS)
		if err := bus.Ensure(ctx, js, bus.StreamOptions{Memory: true}, bus.ConsumerOptions{}); err != nil {
			t.Fatalf("Ensure %q: %v", p, err)
		}
		spaces[p] = js
	}
	var names []string
	l := env.JS.StreamNames(ctx)
	for n := range l.Name() {
		names = append(names, n)
	}
	for _, want := range []string{"NEWSROOM_FRONTIER", "blue_NEWSROOM_FRONTIER", "green-2_NEWSROOM_DLQ", "OBJ_blue-newsroom-bodies", "OBJ_newsroom-bodies"} {
		if !slices.Contains(names, want) {
			t.Errorf("streams %v lack %s", names, want)
		}
	}
	// One task per crawl, each published through its namespace.
	for p, js := range spaces {
		m, err := bus.EncodeTask(&bus.URLTask{URL: "https://" + p + "x.example/", Kind: bus.KindSeed})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := js.PublishMsg(ctx, m); err != nil {
			t.Fatalf("publish in %q: %v", p, err)
		}
	}
	for p, js := range spaces {
		lags, err := bus.Lags(ctx, js)
		if err != nil {
			t.Fatal(err)
		}
		if lags[0].Stage != bus.StageCrawler || lags[0].Pending != 1 {
			t.Errorf("%q: frontier lag %+v, want 1 pending", p, lags[0])
		}
		c, err := js.Consumer(ctx, bus.StreamFrontier, bus.ConsumerCrawler)
		if err != nil {
			t.Fatal(err)
		}
		batch, err := c.Fetch(5, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for m := range batch.Messages() {
			task, err := bus.DecodeTask(m.Headers(), m.Data())
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, task.URL)
			m.Ack()
		}
		if want := "https://" + p + "x.example/"; len(got) != 1 || got[0] != want {
			t.Errorf("%q consumed %v, want only %s", p, got, want)
		}
	}
	// Deleting one crawl's stream leaves the others.
	if err := spaces["blue"].DeleteStream(ctx, bus.StreamPages); err != nil {
		t.Fatal(err)
	}
	if _, err := spaces[""].Stream(ctx, bus.StreamPages); err != nil {
		t.Errorf("plain NEWSROOM_PAGES gone with blue's: %v", err)
	}
	if _, err := spaces["blue"].Stream(ctx, bus.StreamPages); !errors.Is(err, jetstream.ErrStreamNotFound) {
		t.Errorf("blue's pages stream: err = %v, want not found", err)
	}
}

func TestNamespacePrefixValidated(t *testing.T) {
	for _, p := range []string{"a.b", "a b", "*", ">", "-x", "toolongtoolongtoolongtoolongtoolong"} {
		if _, err := bus.NewNamespace(p); err == nil {
			t.Errorf("NewNamespace(%q): no error", p)
		}
	}
}
