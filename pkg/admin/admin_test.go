package admin_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
)

func start(t *testing.T, cfg admin.Config) *admin.Server {
	t.Helper()
	srv, err := admin.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return srv
}

func get(t *testing.T, url, token string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestIsLoopback(t *testing.T) {
	for _, tc := range []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{"0.0.0.0:8080", false},
		{":8080", false},
		{"10.0.0.1:8080", false},
		{"no-port", false},
	} {
		if got := admin.IsLoopback(tc.addr); got != tc.want {
			t.Errorf("IsLoopback(%q) = %v, want %v", tc.addr, got, tc.want)
		}
	}
}

func TestTokenRequiredOffLoopback(t *testing.T) {
	_, err := admin.New(admin.Config{Addr: "0.0.0.0:0"})
	if !errors.Is(err, admin.ErrTokenRequired) {
		t.Fatalf("New on 0.0.0.0 without a token: err = %v, want ErrTokenRequired", err)
	}
}

func TestEndpointsAndAuth(t *testing.T) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGauge(prometheus.GaugeOpts{Name: "newsroom_test_gauge", Help: "test"}))
	failing := false
	srv := start(t, admin.Config{Addr: "127.0.0.1:0", Token: "s3cret", Gatherer: reg,
		Checks: []admin.Check{{Name: "dep", Fn: func(context.Context) error {
			if failing {
				return errors.New("down")
			}
			return nil
		}}},
		Status: func(context.Context) any { return map[string]any{"state": "running"} }})
	base := "http://" + srv.Addr()
	for _, tc := range []struct {
		name, path, token string
		want              int
		body              string
	}{
		{"healthz open", "/healthz", "", 200, "ok"},
		{"readyz open", "/readyz", "", 200, `"ready":true`},
		{"dashboard open", "/", "", 200, "<html"},
		{"status no token", "/status", "", 401, "unauthorized"},
		{"status wrong token", "/status", "nope", 401, "unauthorized"},
		{"status token", "/status", "s3cret", 200, `"state": "running"`},
		{"metrics no token", "/metrics", "", 401, "unauthorized"},
		{"metrics token", "/metrics", "s3cret", 200, "newsroom_test_gauge"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, base+tc.path, tc.token)
			if code != tc.want || !strings.Contains(body, tc.body) {
				t.Errorf("GET %s: %d %q, want %d containing %q", tc.path, code, body, tc.want, tc.body)
			}
		})
	}
	failing = true
	if code, body := get(t, base+"/readyz", ""); code != 503 || !strings.Contains(body, "down") {
		t.Errorf("readyz with a failing check: %d %s", code, body)
	}
	failing = false
	srv.SetDraining()
	if code, body := get(t, base+"/readyz", ""); code != 503 || !strings.Contains(body, "draining") {
		t.Errorf("readyz while draining: %d %s", code, body)
	}
}

func TestLagCollector(t *testing.T) {
	env := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{Memory: true}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 7; i++ {
		if _, err := env.JS.Publish(ctx, bus.SubjectPages, []byte("page")); err != nil {
			t.Fatal(err)
		}
	}
	// Take two pages without acking: they become ack-pending.
	c, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := c.Fetch(2, jetstreamWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for range batch.Messages() {
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(admin.NewLagCollector(env.JS, admin.LagOptions{}))
	want := map[string]float64{
		`newsroom_consumer_lag_up{}`: 1,
		`newsroom_consumer_pending_messages{consumer="crawler",stage="crawler",stream="NEWSROOM_FRONTIER"}`:       0,
		`newsroom_consumer_pending_messages{consumer="extractor",stage="extractor",stream="NEWSROOM_PAGES"}`:      5,
		`newsroom_consumer_pending_messages{consumer="sink",stage="sink",stream="NEWSROOM_ARTICLES"}`:             0,
		`newsroom_consumer_ack_pending_messages{consumer="extractor",stage="extractor",stream="NEWSROOM_PAGES"}`:  2,
		`newsroom_consumer_ack_pending_messages{consumer="crawler",stage="crawler",stream="NEWSROOM_FRONTIER"}`:   0,
		`newsroom_consumer_redelivered_messages{consumer="extractor",stage="extractor",stream="NEWSROOM_PAGES"}`:  0,
		`newsroom_consumer_waiting_pull_requests{consumer="extractor",stage="extractor",stream="NEWSROOM_PAGES"}`: 0,
		`newsroom_stream_messages{stream="NEWSROOM_PAGES"}`:                                                       7,
		`newsroom_stream_messages{stream="NEWSROOM_FRONTIER"}`:                                                    0,
		`newsroom_dead_letter_messages{stream="NEWSROOM_DLQ"}`:                                                    0,
	}
	// The server updates a consumer's pending count asynchronously after a
	// publish, so on a busy machine the first scrape can see a stale count:
	// scrape until the figures settle, and report the last scrape.
	var got map[string]float64
	mismatches := func() []string {
		var bad []string
		for k, v := range want {
			if g, ok := got[k]; !ok || g != v {
				bad = append(bad, fmt.Sprintf("%s = %v (present %v), want %v", k, g, ok, v))
			}
		}
		return bad
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		got = gather(t, reg)
		if len(mismatches()) == 0 || time.Now().After(deadline) {
			break
		}
	}
	for _, m := range mismatches() {
		t.Error(m)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetType().String() != "GAUGE" || !strings.HasPrefix(mf.GetName(), "newsroom_") || mf.GetHelp() == "" {
			t.Errorf("%s: type %v, help %q: want a documented newsroom_ gauge", mf.GetName(), mf.GetType(), mf.GetHelp())
		}
	}

	// Without JetStream the collector says so instead of reporting empty queues.
	env.Conn.Close()
	bad := prometheus.NewRegistry()
	bad.MustRegister(admin.NewLagCollector(env.JS, admin.LagOptions{Timeout: 500 * time.Millisecond}))
	if got := gather(t, bad); len(got) != 1 || got[`newsroom_consumer_lag_up{}`] != 0 {
		t.Errorf("collector without JetStream: %v, want only newsroom_consumer_lag_up 0", got)
	}
}

// gather flattens a registry into "name{labels}" -> value.
func gather(t *testing.T, g prometheus.Gatherer) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, lp := range m.GetLabel() {
				labels = append(labels, lp.GetName()+"=\""+lp.GetValue()+"\"")
			}
			out[mf.GetName()+"{"+strings.Join(labels, ",")+"}"] = m.GetGauge().GetValue()
		}
	}
	return out
}
