package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

func redisURL() string { return redistest.URL() }

func startWeb(t *testing.T, cfg testweb.Config) *testweb.Web {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w, err := testweb.Serve(ctx, cfg, nil)
	if err != nil {
		t.Fatalf("start test web: %v", err)
	}
	t.Cleanup(func() { cancel(); w.Close() })
	return w
}

// exportLines decodes a JSONL export and checks every line has the schema.
func exportLines(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("export line %d is not JSON: %v", i+1, err)
		}
		for key, kind := range map[string]string{"id": "string", "url": "string", "canonical_url": "string",
			"site": "string", "title": "string", "authors": "array", "published_at": "string|null",
			"language": "string", "text": "string", "duplicates": "array", "fetched_at": "string", "stored_at": "string"} {
			v, ok := m[key]
			if !ok {
				t.Fatalf("export line %d lacks %q: %s", i+1, key, line)
			}
			got := "string"
			switch v.(type) {
			case nil:
				got = "null"
			case []any:
				got = "array"
			case string:
			default:
				got = fmt.Sprintf("%T", v)
			}
			if !strings.Contains(kind, got) {
				t.Fatalf("export line %d: %q is %s, want %s", i+1, key, got, kind)
			}
		}
		if _, err := time.Parse(time.RFC3339, m["stored_at"].(string)); err != nil {
			t.Fatalf("stored_at %q is not RFC 3339", m["stored_at"])
		}
		rows = append(rows, m)
	}
	return rows
}

// checkAgainstTruth asserts that every story is stored once, with its
// syndicated copies folded in as duplicates.
func checkAgainstTruth(t *testing.T, truth testweb.Truth, lines []map[string]any) {
	t.Helper()
	var rows []testweb.Exported
	for _, m := range lines {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var r testweb.Exported
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("export line %s: %v", b, err)
		}
		rows = append(rows, r)
	}
	rep := truth.Compare(rows)
	var buf bytes.Buffer
	rep.Print(&buf)
	t.Log(buf.String())
	if rep.Found < rep.Stories*95/100 {
		t.Errorf("stored %d of %d stories", rep.Found, rep.Stories)
	}
	if rep.Merged > 0 || rep.Split > 0 {
		t.Errorf("%d stories wrongly merged, %d copies stored apart from their story", rep.Merged, rep.Split)
	}
	if rep.CopiesFolded < rep.Copies*95/100 {
		t.Errorf("only %d of %d syndicated copies folded into their story", rep.CopiesFolded, rep.Copies)
	}
	if rep.Exported != rep.Found {
		t.Errorf("export has %d rows for %d stories: a story is stored twice or a non-story was stored", rep.Exported, rep.Found)
	}
}

// TestServicesEndToEnd runs the three services as separate goroutine groups
// sharing one NATS server, Redis and PostgreSQL, crawling the test web.
func TestServicesEndToEnd(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 7, Stories: 8, Trap: true})
	nenv := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, nenv.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	st := redistest.Open(t, "e2e")
	pg, err := store.Open(ctx, storetest.PostgresURL(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()

	// Each service gets its own JetStream connection, as separate processes would.
	js := func() jetstream.JetStream {
		nc, err := bus.Connect(nenv.URL, bus.ConnectOptions{Name: "e2e"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(nc.Close)
		j, _ := jetstream.New(nc)
		return j
	}
	ccfg := crawler.DefaultConfig()
	ccfg.AllowPrivate, ccfg.Delay, ccfg.Continuous = true, 20*time.Millisecond, false
	ccfg.RequestTimeout, ccfg.HeaderTimeout = 4*time.Second, 3*time.Second
	cr, err := crawler.New(ccfg, crawler.Deps{JS: js(), State: st})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extractor.New(extractor.Config{}, extractor.Deps{JS: js(), State: st})
	if err != nil {
		t.Fatal(err)
	}
	sk, err := sink.New(sink.Config{}, sink.Deps{JS: js(), Store: pg})
	if err != nil {
		t.Fatal(err)
	}
	sites, err := crawler.SitesFromSeeds(web.Seeds())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := crawler.Seed(ctx, nenv.JS, st, sites); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, svc := range []runner{cr, ex, sk} {
		wg.Add(1)
		go func() { defer wg.Done(); svc.Run(rctx) }()
	}
	deadline := time.Now().Add(3 * time.Minute)
	var idleSince time.Time
	for {
		lags, err := bus.Lags(ctx, nenv.JS)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := cr.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if idle(lags) && pending == 0 && cr.InFlight()+ex.InFlight()+sk.InFlight() == 0 {
			if idleSince.IsZero() {
				idleSince = time.Now()
			} else if time.Since(idleSince) > 2*time.Second {
				break
			}
		} else {
			idleSince = time.Time{}
		}
		if time.Now().After(deadline) {
			t.Fatalf("pipeline not idle after 3 minutes: %+v", lags)
		}
		time.Sleep(200 * time.Millisecond)
	}
	cancel()
	wg.Wait()

	var buf bytes.Buffer
	if _, err := pg.Export(ctx, &buf, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	checkAgainstTruth(t, web.Truth(), exportLines(t, buf.Bytes()))
	xs := snapExtractor(ex)
	if xs.Duplicates == 0 || xs.Tiers["canonical"] == 0 || xs.Tiers["text"]+xs.Tiers["near"] == 0 {
		t.Errorf("dedupe tiers not all exercised: %+v", xs)
	}
	// Nothing disallowed by robots.txt was fetched, nothing forbidden dialled.
	disallowed := map[string]bool{}
	for _, u := range web.Truth().Disallowed {
		disallowed[u] = true
	}
	for _, r := range web.Requests() {
		u := "http://" + r.Host + r.Path
		if r.Query != "" {
			u += "?" + r.Query
		}
		if disallowed[u] {
			t.Errorf("fetched %s, disallowed by robots.txt", u)
		}
		if ua := r.Header.Get("User-Agent"); !strings.Contains(ua, "newsroom") {
			t.Errorf("request without a newsroom user agent: %q", ua)
		}
	}
}

// TestRunUntilIdle runs `newsroom run --until-idle` on its embedded defaults
// (embedded NATS and state, SQLite) against the test web, then exports.
func TestRunUntilIdle(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 11, Stories: 6})
	data := t.TempDir()
	args := []string{"--until-idle", "--allow-private", "--delay", "20ms", "--data", data, "--admin-addr", "127.0.0.1:0",
		"--progress", "off", "--log-level", "warn"}
	for _, s := range web.Seeds() {
		args = append(args, "--seed", s)
	}
	var out, errb bytes.Buffer
	noenv := func(string) string { return "" }
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := dispatch(ctx, append([]string{"run"}, args...), &out, &errb, noenv); err != nil {
		t.Fatalf("newsroom run: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "finished (idle)") {
		t.Fatalf("summary missing or not idle:\n%s", out.String())
	}
	t.Log(out.String())
	path := filepath.Join(data, "out.jsonl")
	if err := dispatch(ctx, []string{"export", "--data", data, "--out", path}, &out, &errb, noenv); err != nil {
		t.Fatalf("newsroom export: %v", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkAgainstTruth(t, web.Truth(), exportLines(t, b))

	// A second run on the same data dir finds nothing new and stores nothing twice.
	out.Reset()
	if err := dispatch(ctx, append([]string{"run"}, args...), &out, &errb, noenv); err != nil {
		t.Fatalf("second newsroom run: %v", err)
	}
	var b2 bytes.Buffer
	if err := dispatch(ctx, []string{"export", "--data", data}, &b2, &errb, noenv); err != nil {
		t.Fatal(err)
	}
	if got, want := len(exportLines(t, b2.Bytes())), len(exportLines(t, b)); got != want {
		t.Fatalf("second run changed the story count: %d, want %d", got, want)
	}
}
