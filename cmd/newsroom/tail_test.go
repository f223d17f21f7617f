package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"newsroom.dev/services/crawler"
)

// TestTailExplained: a pass whose last page keeps timing out names, on its
// progress lines and in its summary, the host, the URL, when the retry
// comes and why, instead of sitting on "queued 1 | 0.0 pages/s".
func TestTailExplained(t *testing.T) {
	stall := make(chan struct{})
	defer close(stall)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/slow">slow</a></body></html>`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stall:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	args := []string{"run", "--until-idle", "--allow-private", "--delay", "10ms", "--data", t.TempDir(), "--admin-addr", "",
		"--progress", "log", "--log-level", "error", "--idle-grace", "500ms",
		"--timeout", "1s", "--header-timeout", "1s", "--max-retries", "2", "--seed", srv.URL + "/"}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out, errb syncBuffer
	if err := dispatch(ctx, args, &out, &errb, func(string) string { return "" }); err != nil {
		t.Fatalf("run: %v\n%s", err, errb.String())
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	summary := out.String()
	if !strings.Contains(summary, "with nothing to fetch:") || !strings.Contains(summary, "for "+host+" (fetch failed") ||
		!strings.Contains(summary, srv.URL+"/slow") {
		t.Errorf("summary does not explain the wait for %s/slow:\n%s", srv.URL, summary)
	}
	if !strings.Contains(errb.String(), "waiting for "+host+": fetch failed") || !strings.Contains(errb.String(), "e.g. "+srv.URL+"/slow") {
		t.Errorf("progress lines do not name the wait:\n%s", errb.String())
	}
}

func TestWaitingText(t *testing.T) {
	now := time.Date(2026, 12, 5, 1, 0, 0, 0, time.UTC)
	ws := []crawler.HostWaits{
		{Host: "slow.example", URLs: 2, Reason: "fetch failed: timeout", URL: "https://slow.example/a", Until: now.Add(12 * time.Second)},
		{Host: "b.example", URLs: 1, Reason: "host pacing", URL: "https://b.example/", Until: now.Add(time.Second)},
	}
	want := "waiting for slow.example: fetch failed: timeout in 12s (2 URLs), e.g. https://slow.example/a (+1 more hosts)"
	if got := waitingText(ws, now); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	var b bytes.Buffer
	tailList(&b, []tailRow{{host: "slow.example", reason: "fetch failed: timeout", url: "https://slow.example/a", waited: 7 * time.Second}})
	if !strings.Contains(b.String(), "waited       7s with nothing to fetch") || !strings.Contains(b.String(), "7s for slow.example (fetch failed: timeout), last https://slow.example/a") {
		t.Errorf("tailList:\n%s", b.String())
	}
}
