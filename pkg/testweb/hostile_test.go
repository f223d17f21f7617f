package testweb

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestHostileServes(t *testing.T) {
	h, err := ServeHostile(context.Background(), HostileConfig{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if got := len(h.Articles()); got != 20 {
		t.Fatalf("%d good articles, want 20", got)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	get := func(u string) (int, string) {
		t.Helper()
		res, err := client.Get(u)
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
		return res.StatusCode, string(b)
	}
	for i, a := range h.Articles() {
		code, body := get(a.URL)
		if i+1 == 5 && code == http.StatusTooManyRequests {
			code, body = get(a.URL) // the transient 429 is answered once
		}
		if code != 200 || !strings.Contains(body, a.Title) || !strings.Contains(body, a.Authors[0]) {
			t.Errorf("%s: %d, title or author missing", a.URL, code)
		}
	}
	names := map[string]bool{}
	for _, c := range h.Cases() {
		names[c.Name] = true
		if len(c.URLs) == 0 || c.Want == "" {
			t.Errorf("case %s has no URL or no expectation", c.Name)
		}
	}
	for _, want := range []string{"robots-1mib", "robots-20mib", "robots-gzip-bomb", "retry-after-3600", "stall-after-headers",
		"trickle-headers", "http09", "bad-chunks", "reset", "always-500", "query-trap", "garbage-random-bytes", "deep-600-divs"} {
		if !names[want] {
			t.Errorf("case %s missing", want)
		}
	}
	if code, _ := get(h.Seeds()[4]); code != http.StatusTooManyRequests {
		t.Errorf("retry-after-3600 home answered %d", code)
	}
	if len(h.Requests()) == 0 {
		t.Error("no requests recorded")
	}
}
