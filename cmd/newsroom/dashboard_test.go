package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/pkg/testweb"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader in two goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var statusAtRE = regexp.MustCompile(`status at http://([^/\s]+)/`)

// startPipeline starts `newsroom run` in-process on the test web and returns
// the admin server's address once it is printed, and a stop function that
// waits for the run to end.
func startPipeline(t *testing.T, web *testweb.Web, extra ...string) (string, func()) {
	t.Helper()
	args := []string{"run", "--allow-private", "--delay", "20ms", "--data", t.TempDir(), "--progress", "off",
		"--log-level", "warn", "--max-run", "3m"}
	args = append(args, extra...)
	for _, s := range web.Seeds() {
		args = append(args, "--seed", s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- dispatch(ctx, args, &stdout, &stderr, func(string) string { return "" }) }()
	deadline := time.Now().Add(time.Minute)
	for {
		if m := statusAtRE.FindStringSubmatch(stderr.String()); m != nil {
			stop := func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("newsroom run: %v\n%s", err, stderr.String())
				}
			}
			return m[1], stop
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("newsroom run ended before serving: %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no admin address printed in a minute:\n%s", stderr.String())
		}
	}
}

func httpGet(t *testing.T, url, token string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// chromiumPath finds the browser; the test fails (not skips) without it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("NEWSROOM_TEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("headless Chromium not found (install it: apt-get install -y chromium chromium-driver; or set NEWSROOM_TEST_CHROMIUM)")
	return ""
}

// renderedPage is what dashboardScrape returns.
type renderedPage struct {
	Stages  []map[string]string `json:"stages"`
	Tiles   map[string]string   `json:"tiles"`
	Cards   []string            `json:"cards"`
	Auth    string              `json:"auth"`
	State   string              `json:"state"`
	Login   string              `json:"login"`
	Ext     map[string]string   `json:"ext"`
	Tiers   map[string]string   `json:"tiers"`
	Sink    map[string]string   `json:"sink"`
	Hosts   int                 `json:"hosts"`
	Service string              `json:"service"`
}

// dashboardScrape reads what the dashboard renders.
const dashboardScrape = `(() => {
  const rows = [...document.querySelectorAll("#stages tr[data-stage]")].map(tr =>
    Object.fromEntries([...tr.querySelectorAll("td[data-col]")].map(td => [td.dataset.col, td.textContent])));
  const kv = id => Object.fromEntries([...document.querySelectorAll("#" + id + " tr[data-key]")].map(tr => [tr.dataset.key, tr.lastChild.textContent]));
  return {
    stages: rows,
    tiles: Object.fromEntries([...document.querySelectorAll("[data-tile]")].map(t => [t.dataset.tile, t.querySelector(".v").textContent])),
    cards: [...document.querySelectorAll("section[data-card]")].map(s => s.dataset.card),
    auth: document.body.dataset.auth, state: document.getElementById("state").textContent,
    login: document.getElementById("login").style.display,
    ext: kv("extractor-stats"), tiers: kv("dedupe-tiers"), sink: kv("sink-stats"),
    hosts: document.querySelectorAll("#hosts tr").length - 1,
    service: document.getElementById("service").textContent,
  };
})()`

// newBrowser starts headless Chromium for the test and returns its context.
func newBrowser(t *testing.T, chromium string) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1400),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(func() { bcancel(); acancel(); cancel() })
	return bctx
}

// TestDashboardInBrowser runs the pipeline with its admin server off
// loopback (so a token is required), checks the endpoints, then loads the
// dashboard in headless Chromium, signs in with the token through the page's
// form and asserts on the stage table and the counters the page renders.
func TestDashboardInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := chromiumPath(t)
	web := startWeb(t, testweb.Config{Seed: 23, Stories: 6})
	const token = "dashboard-test-token"
	// A longer gap than the other tests: the crawl is still going when the page is read.
	addr, stop := startPipeline(t, web, "--admin-addr", "0.0.0.0:0", "--admin-token", token, "--delay", "400ms")
	defer stop()
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	base := "http://127.0.0.1:" + port

	// Off loopback: probes are open, everything else needs the token.
	for _, tc := range []struct {
		path, token string
		want        int
	}{
		{"/healthz", "", 200},
		{"/readyz", "", 200},
		{"/", "", 200},
		{"/status", "", 401},
		{"/status", "wrong-token", 401},
		{"/status", token, 200},
		{"/metrics", "", 401},
		{"/metrics", token, 200},
	} {
		if code, body := httpGet(t, base+tc.path, tc.token); code != tc.want {
			t.Errorf("GET %s (token %q): %d, want %d: %.200s", tc.path, tc.token, code, tc.want, body)
		}
	}

	// Wait until stories reach the store, so the page has numbers to show.
	var doc struct {
		Extractor struct {
			New int64 `json:"new_stories"`
		} `json:"extractor"`
		Store struct {
			Stories int64 `json:"stories"`
		} `json:"store"`
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		_, b := httpGet(t, base+"/status", token)
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("/status is not JSON: %v\n%s", err, b)
		}
		if doc.Store.Stories > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no story stored after 2 minutes: %s", b)
		}
		time.Sleep(200 * time.Millisecond)
	}

	bctx := newBrowser(t, chromium)

	// Without a token the page shows its token form.
	if err := chromedp.Do(bctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("tok")),
	); err != nil {
		t.Fatalf("load dashboard: %v", err)
	}
	stateText, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("state")))
	if err != nil {
		t.Fatal(err)
	}
	loginShown, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.getElementById("login").style.display === "block"`))
	if err != nil {
		t.Fatal(err)
	}
	if !loginShown || stateText != "token needed" {
		t.Errorf("without a token: login shown %v, state %q; want the token form and \"token needed\"", loginShown, stateText)
	}
	// A wrong token is refused on the page.
	if err := chromedp.Do(bctx,
		chromedp.SendKeys(chromedp.ID("tok"), "wrong", chromedp.NodeVisible),
		chromedp.Click(chromedp.ID("tokbtn"), chromedp.NodeVisible),
	); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.getElementById("tokerr").textContent.includes("refused")`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("a wrong token was not reported as refused: %v", err)
	}
	// Sign in through the form, then wait for the stage table and a third poll
	// (rates and trends need several samples).
	if err := chromedp.Do(bctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("tok").value = ""`),
		chromedp.SendKeys(chromedp.ID("tok"), token, chromedp.NodeVisible),
		chromedp.Click(chromedp.ID("tokbtn"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`#stages tr[data-stage="sink"]`)),
	); err != nil {
		t.Fatalf("sign in and render: %v", err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`Number(document.body.dataset.loaded) >= 3`,
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("the page did not keep polling: %v", err)
	}
	rendered, err := chromedp.Run(bctx, chromedp.Evaluate[renderedPage](dashboardScrape))
	if err != nil {
		t.Fatalf("read the page: %v", err)
	}
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)) // 100: PNG; below, JPEG
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	shot := filepath.Join(t.ArtifactDir(), "dashboard.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("dashboard screenshot (%d bytes): %s", len(png), shot)
	if dst := os.Getenv("NEWSROOM_DASHBOARD_PNG"); dst != "" {
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Errorf("copy screenshot: %v", err)
		}
	}
	t.Logf("rendered: %+v", rendered)

	num := func(s string) int64 {
		n, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(s), ",", ""), 10, 64)
		if err != nil {
			t.Errorf("%q is not a number", s)
		}
		return n
	}
	if rendered.Auth != "ok" || rendered.Login != "none" || (rendered.State != "running" && rendered.State != "idle") || rendered.Service != "newsroom run" {
		t.Errorf("after sign-in: auth %q, login display %q, state %q, service %q", rendered.Auth, rendered.Login, rendered.State, rendered.Service)
	}
	var stages []string
	for _, r := range rendered.Stages {
		stages = append(stages, r["stage"])
		cols := []string{"instances", "due_now", "in_flight", "waiting", "stream_msgs", "errors", "dead_letters"}
		if r["stage"] != "crawler" {
			cols = append(cols, "redelivered") // the crawler's are waits, shown as waiting
		}
		for _, col := range cols {
			if _, ok := r[col]; !ok {
				t.Errorf("stage %s: no %s column", r["stage"], col)
				continue
			}
			num(r[col])
		}
		if got := num(r["instances"]); got != 1 {
			t.Errorf("stage %s shows %d instances, want 1 (newsroom run)", r["stage"], got)
		}
		if r["rate_per_s"] == "" {
			t.Errorf("stage %s: no rate", r["stage"])
		}
	}
	if strings.Join(stages, ",") != "crawler,extractor,sink" {
		t.Errorf("stage rows %v, want crawler, extractor, sink", stages)
	}
	if num(rendered.Tiles["fetched"]) == 0 || num(rendered.Tiles["new_stories"]) == 0 || num(rendered.Tiles["stored"]) == 0 {
		t.Errorf("overview tiles %v: want fetched, new stories and stored above 0", rendered.Tiles)
	}
	if num(rendered.Ext["articles"]) == 0 || num(rendered.Ext["pages"]) == 0 {
		t.Errorf("extractor card %v: want pages and articles above 0", rendered.Ext)
	}
	for _, tier := range []string{"canonical", "text", "near"} {
		if _, ok := rendered.Tiers[tier]; !ok {
			t.Errorf("dedupe tiers %v lack %s", rendered.Tiers, tier)
		}
	}
	if num(rendered.Sink["batches"]) == 0 {
		t.Errorf("sink card %v: want batches above 0", rendered.Sink)
	}
	if _, ok := rendered.Sink["last_batch_ms"]; !ok {
		t.Errorf("sink card %v lacks the batch latency", rendered.Sink)
	}
	if rendered.Hosts == 0 {
		t.Error("no crawler hosts rendered")
	}
	checkDashboardAgainstStatus(t, bctx, base, token)
	for _, c := range []string{"overview", "pipeline", "history", "crawler", "http", "extractor", "sink", "sites", "hosts", "dead_letters"} {
		if !strings.Contains(","+strings.Join(rendered.Cards, ",")+",", ","+c+",") {
			t.Errorf("cards %v lack %s", rendered.Cards, c)
		}
	}
}

var dashboardAtRE = regexp.MustCompile(`dashboard at http://([^/\s]+)/`)

// TestAdminDashboardCluster runs the services as a cluster would (crawler,
// extractor and sink each through `newsroom <service>` against one external
// NATS, Redis and PostgreSQL), then `newsroom admin`, and loads its
// dashboard in headless Chromium: every stage shows its instance and the
// stage cards show the stats the instances announce over NATS.
func TestAdminDashboardCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := chromiumPath(t)
	web := startWeb(t, testweb.Config{Seed: 29, Stories: 4})
	natsURL := startNATS(t)
	prefix := fmt.Sprintf("nrtest:admin:%d:", time.Now().UnixNano())
	defer cleanRedisPrefix(t, prefix)
	pgURL := storetest.PostgresURL(t)
	noenv := func(string) string { return "" }
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	var logs syncBuffer
	start := func(args ...string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := dispatch(ctx, args, &logs, &logs, noenv); err != nil && ctx.Err() == nil {
				t.Errorf("newsroom %s: %v", args[0], err)
			}
		}()
	}
	common := []string{"--nats", natsURL, "--admin-addr", "", "--log-level", "warn", "--grace", "5s"}
	start(append([]string{"crawler", "--redis", redisURL(), "--redis-prefix", prefix, "--allow-private", "--delay", "20ms"}, common...)...)
	start(append([]string{"extractor", "--redis", redisURL(), "--redis-prefix", prefix}, common...)...)
	start(append([]string{"sink", "--store", pgURL}, common...)...)
	seedArgs := []string{"seed", "--nats", natsURL, "--redis", redisURL(), "--redis-prefix", prefix}
	if err := dispatch(ctx, append(seedArgs, web.Seeds()...), &logs, &logs, noenv); err != nil {
		t.Fatalf("newsroom seed: %v", err)
	}
	start("admin", "--nats", natsURL, "--redis", redisURL(), "--redis-prefix", prefix, "--store", pgURL,
		"--admin-addr", "127.0.0.1:0", "--log-level", "warn")
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == ""; {
		if m := dashboardAtRE.FindStringSubmatch(logs.String()); m != nil {
			base = "http://" + m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("newsroom admin printed no address:\n%s", logs.String())
		} else {
			time.Sleep(50 * time.Millisecond)
		}
	}
	// Wait until stories are stored and every service has announced itself.
	for deadline := time.Now().Add(2 * time.Minute); ; {
		var doc struct {
			Services map[string]struct {
				Instances int `json:"instances"`
				Latest    []struct {
					Stats struct {
						Pages int `json:"pages"`
					} `json:"stats"`
				} `json:"latest"`
			} `json:"services"`
			Store struct {
				Stories int `json:"stories"`
			} `json:"store"`
		}
		_, b := httpGet(t, base+"/status", "")
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("/status: %v\n%s", err, b)
		}
		ex := doc.Services["extractor"]
		if doc.Store.Stories > 0 && doc.Services["crawler"].Instances == 1 && ex.Instances == 1 &&
			doc.Services["sink"].Instances == 1 && len(ex.Latest) == 1 && ex.Latest[0].Stats.Pages > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("cluster not up with stored stories after 2 minutes: %s\nlogs:\n%s", b, logs.String())
		}
		time.Sleep(250 * time.Millisecond)
	}
	// Loopback: no token needed.
	if code, body := httpGet(t, base+"/status", ""); code != 200 {
		t.Fatalf("/status on loopback without a token: %d %s", code, body)
	}
	bctx := newBrowser(t, chromium)
	if err := chromedp.Do(bctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#stages tr[data-stage="sink"]`)),
		chromedp.WaitVisible(chromedp.CSS(`section[data-card="instances"] table`)),
	); err != nil {
		t.Fatalf("load the admin dashboard: %v", err)
	}
	rendered, err := chromedp.Run(bctx, chromedp.Evaluate[renderedPage](dashboardScrape))
	if err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.ArtifactDir(), "admin-dashboard.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("admin dashboard screenshot: %s", shot)
	t.Logf("rendered: %+v", rendered)
	if rendered.Service != "newsroom admin" || rendered.Login != "none" {
		t.Errorf("service %q, login display %q", rendered.Service, rendered.Login)
	}
	for _, r := range rendered.Stages {
		if r["instances"] != "1" {
			t.Errorf("stage %s shows %q instances, want 1", r["stage"], r["instances"])
		}
	}
	if len(rendered.Stages) != 3 {
		t.Errorf("%d stage rows, want 3", len(rendered.Stages))
	}
	if v := rendered.Ext["pages"]; v == "" || v == "0" {
		t.Errorf("extractor card from announced stats: %v", rendered.Ext)
	}
	if v := rendered.Tiles["stored"]; v == "" || v == "0" || v == "—" {
		t.Errorf("stored stories tile %q", v)
	}
	for _, c := range []string{"pipeline", "crawler", "extractor", "sink", "dead_letters", "instances"} {
		if !strings.Contains(","+strings.Join(rendered.Cards, ",")+",", ","+c+",") {
			t.Errorf("cards %v lack %s", rendered.Cards, c)
		}
	}
}
