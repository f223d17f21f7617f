package bus_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
)

func setup(t *testing.T) (*bustest.Env, context.Context) {
	t.Helper()
	env := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{AckWait: 2 * time.Second}); err != nil {
		t.Fatal(err)
	}
	// Ensure is idempotent.
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{AckWait: 2 * time.Second}); err != nil {
		t.Fatalf("second Ensure: %v", err)
	}
	return env, ctx
}

func TestMsgIDDedupe(t *testing.T) {
	env, ctx := setup(t)
	task := &bus.URLTask{URL: "http://a.example/x", Kind: bus.KindPage, DiscoveredAt: time.Now()}
	for range 3 {
		m, err := bus.EncodeTask(task)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := env.JS.PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	lags, err := bus.Lags(ctx, env.JS)
	if err != nil {
		t.Fatal(err)
	}
	if lags[0].StreamMsgs != 1 {
		t.Fatalf("frontier holds %d messages after 3 publishes of one task, want 1", lags[0].StreamMsgs)
	}
}

func TestWorkerAckRedeliverDeadLetter(t *testing.T) {
	env, ctx := setup(t)
	var msgs []*nats.Msg
	for _, u := range []string{"http://a/ok", "http://a/flaky", "http://a/poison", "http://a/bad"} {
		m, _ := bus.EncodeTask(&bus.URLTask{URL: u})
		msgs = append(msgs, m)
	}
	bad := nats.NewMsg(bus.SubjectFrontier)
	bad.Data = []byte("{not json")
	bad.Header.Set(bus.HdrVersion, "99")
	msgs = append(msgs, bad)
	if err := bus.PublishAll(ctx, env.JS, msgs); err != nil {
		t.Fatal(err)
	}
	cons, err := env.JS.Consumer(ctx, bus.StreamFrontier, bus.ConsumerCrawler)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]int{}
	var outcomes sync.Map
	w := &bus.Worker{Consumer: cons, Concurrency: 2, MaxWait: 200 * time.Millisecond,
		Settler: &bus.Settler{Stage: bus.StageCrawler, JS: env.JS, MaxDeliveries: 3,
			OnOutcome: func(o bus.Outcome, err error) {
				v, _ := outcomes.LoadOrStore(o, new(atomic.Int64))
				v.(*atomic.Int64).Add(1)
			}},
		Handle: func(ctx context.Context, m jetstream.Msg) error {
			task, err := bus.DecodeTask(m.Headers(), m.Data())
			if err != nil {
				return err
			}
			mu.Lock()
			seen[task.URL]++
			n := seen[task.URL]
			mu.Unlock()
			switch {
			case strings.HasSuffix(task.URL, "flaky") && n < 2:
				return errors.New("transient")
			case strings.HasSuffix(task.URL, "poison"):
				return errors.New("always fails")
			case strings.HasSuffix(task.URL, "bad"):
				return bus.Permanent(errors.New("cannot handle"))
			}
			return nil
		}}
	// Nak back-off is 2s, 4s...: run long enough for poison to reach 3 deliveries.
	rctx, cancel := context.WithTimeout(ctx, 12*time.Second)
	defer cancel()
	go func() {
		for {
			n, _ := bus.DLQCount(ctx, env.JS)
			mu.Lock()
			done := n == 3 && seen["http://a/flaky"] == 2
			mu.Unlock()
			if done {
				cancel()
				return
			}
			select {
			case <-rctx.Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	w.Run(rctx)
	mu.Lock()
	defer mu.Unlock()
	if seen["http://a/ok"] != 1 || seen["http://a/flaky"] != 2 || seen["http://a/poison"] != 3 || seen["http://a/bad"] != 1 {
		t.Fatalf("deliveries = %v", seen)
	}
	n, _ := bus.DLQCount(ctx, env.JS)
	if n != 3 {
		t.Fatalf("dead letters = %d, want 3 (poison, permanent, undecodable)", n)
	}
	lags, _ := bus.Lags(ctx, env.JS)
	if lags[0].Pending != 0 || lags[0].AckPending != 0 || lags[0].StreamMsgs != 0 {
		t.Fatalf("frontier not empty after settling everything: %+v", lags[0])
	}
	// The dead letter carries its reason.
	dlq, _ := env.JS.Stream(ctx, bus.StreamDLQ)
	raw, err := dlq.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw.Data, []byte(`"reason"`)) {
		t.Fatalf("dead letter without reason: %s", raw.Data)
	}
}

func TestPageRoundTripAndClaimCheck(t *testing.T) {
	env, ctx := setup(t)
	obj, err := env.JS.ObjectStore(ctx, bus.BucketBodies)
	if err != nil {
		t.Fatal(err)
	}
	codec := bus.NewCodec()
	codec.MaxInline = 1 << 10
	big := make([]byte, 3<<20) // random-ish, does not compress below 1 KiB
	for i := range big {
		big[i] = byte(i*7919 + i/13)
	}
	small := []byte("<html><body><p>hello</p></body></html>")
	listed := time.Date(2025, 3, 3, 23, 30, 0, 0, time.FixedZone("", -5*3600))
	for _, body := range [][]byte{small, big} {
		p := &bus.Page{URL: "http://a/p", RequestURL: "http://a/p?x", Status: 200, ContentType: "text/html",
			Kind: bus.KindArticle, Depth: 2, Site: "a", FetchedAt: time.Now().UTC().Truncate(time.Millisecond), ListedAt: listed,
			ListedAuthors: []string{"Ірина Бондар", "佐藤一郎", "Jane \"JJ\" Doe"}, Body: body}
		m, err := codec.EncodePage(ctx, obj, p)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Data) > 1<<10 {
			t.Fatalf("payload %d bytes over MaxInline", len(m.Data))
		}
		if _, err := env.JS.PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
		got, err := codec.DecodePage(ctx, obj, m.Header, m.Data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Body, body) || got.URL != p.URL || got.Depth != 2 || !got.FetchedAt.Equal(p.FetchedAt) {
			t.Fatalf("round trip mismatch: %+v", got)
		}
		// The listing time keeps its instant and its zone (the local day).
		if !got.ListedAt.Equal(listed) || got.ListedAt.Format(time.DateOnly) != "2025-03-03" {
			t.Fatalf("listed at %v after the round trip, want %v", got.ListedAt, listed)
		}
		// The feed's authors travel in an ASCII header, any script.
		if !slices.Equal(got.ListedAuthors, p.ListedAuthors) {
			t.Fatalf("listed authors %q after the round trip, want %q (header %q)", got.ListedAuthors, p.ListedAuthors, m.Header.Get(bus.HdrListedBy))
		}
		for _, c := range m.Header.Get(bus.HdrListedBy) {
			if c >= 0x80 {
				t.Fatalf("header %q is not ASCII", m.Header.Get(bus.HdrListedBy))
			}
		}
	}
	codec.MaxBody = 100
	_, err = codec.EncodePage(ctx, obj, &bus.Page{URL: "http://a/huge", Body: big})
	if !errors.Is(err, bus.ErrTooLarge) {
		t.Fatalf("over the cap: err = %v, want ErrTooLarge", err)
	}
}

func TestDecodeRejects(t *testing.T) {
	h := nats.Header{}
	if _, err := bus.DecodeArticle(h, []byte(`{}`)); !errors.Is(err, bus.ErrBadMessage) {
		t.Fatalf("no version: %v", err)
	}
	h.Set(bus.HdrVersion, "1")
	if _, err := bus.DecodeArticle(h, []byte(`{"op":"story"}`)); !errors.Is(err, bus.ErrBadMessage) {
		t.Fatalf("missing fields: %v", err)
	}
	if _, err := bus.DecodeTask(h, []byte(`[`)); !errors.Is(err, bus.ErrBadMessage) {
		t.Fatalf("malformed: %v", err)
	}
}

func TestConnectUnreachable(t *testing.T) {
	_, err := bus.Connect("nats://127.0.0.1:1", bus.ConnectOptions{Timeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), "nats at nats://127.0.0.1:1") {
		t.Fatalf("err = %v", err)
	}
}
