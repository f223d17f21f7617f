package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/testweb"
)

func startHostile(t testing.TB) *testweb.Hostile {
	t.Helper()
	h, err := testweb.ServeHostile(context.Background(), testweb.HostileConfig{Seed: 16})
	if err != nil {
		t.Fatalf("start hostile web: %v", err)
	}
	t.Cleanup(h.Close)
	return h
}

// readDeadLetters reads every dead letter of a JetStream.
func readDeadLetters(t *testing.T, js jetstream.JetStream) []bus.DeadLetter {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []bus.DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		raw, err := st.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		var dl bus.DeadLetter
		if json.Unmarshal(raw.Data, &dl) == nil {
			out = append(out, dl)
		}
	}
	return out
}

// TestHostileWeb runs `newsroom run --until-idle` on the hostile web (a good
// site of 20 articles beside hosts that misbehave in every way of issue 16)
// and checks that the pass ends by itself, every good article is stored with
// its metadata, robots.txt is obeyed however large, and every hostile URL
// ends in the dead-letter stream or a counted skip with its reason.
func TestHostileWeb(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the hostile web for about a minute")
	}
	h := startHostile(t)
	nats := bustest.Start(t)
	data := t.TempDir()
	args := []string{"run", "--until-idle", "--allow-private", "--nats", nats.URL, "--data", data,
		"--admin-addr", "127.0.0.1:0", "--progress", "off", "--log-level", "warn",
		"--delay", "50ms", "--timeout", "2s", "--header-timeout", "1s", "--max-host-wait", "45s"}
	for _, s := range h.Seeds() {
		args = append(args, "--seed", s)
	}
	var out bytes.Buffer
	errb := &statusWatch{}
	noenv := func(string) string { return "" }
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	start := time.Now()
	watchDone := make(chan []map[string]any)
	go func() { watchDone <- errb.poll(ctx) }()
	if err := dispatch(ctx, args, &out, errb, noenv); err != nil {
		t.Fatalf("newsroom run: %v\n%s", err, errb.String())
	}
	errb.stop()
	givenUp := <-watchDone
	summary := out.String()
	t.Logf("pass took %s\n%s", time.Since(start).Round(time.Second), summary)
	if !strings.Contains(summary, "finished (idle)") {
		t.Fatalf("the pass did not end by itself:\n%s\n%s", summary, errb.String())
	}

	var exp bytes.Buffer
	if err := dispatch(ctx, []string{"export", "--data", data}, &exp, errb, noenv); err != nil {
		t.Fatalf("newsroom export: %v", err)
	}
	stored := map[string]map[string]any{}
	for _, row := range exportLines(t, exp.Bytes()) {
		stored[row["url"].(string)] = row
		for _, d := range row["duplicates"].([]any) {
			stored[d.(string)] = row
		}
	}

	// Every good article, with title, author and date.
	for _, a := range h.Articles() {
		row, ok := stored[a.URL]
		if !ok {
			t.Errorf("good article not stored: %s", a.URL)
			continue
		}
		if row["title"] != a.Title {
			t.Errorf("%s: title %q, want %q", a.URL, row["title"], a.Title)
		}
		if au, _ := row["authors"].([]any); len(au) == 0 || au[0] != a.Authors[0] {
			t.Errorf("%s: authors %v, want %v", a.URL, row["authors"], a.Authors)
		}
		if p, _ := row["published_at"].(string); p == "" {
			t.Errorf("%s: no published_at", a.URL)
		} else if pt, err := time.Parse(time.RFC3339, p); err != nil || !pt.Equal(a.Published) {
			t.Errorf("%s: published_at %s, want %s", a.URL, p, a.Published.Format(time.RFC3339))
		}
	}

	requested := map[string]int{}
	for _, r := range h.Requests() {
		requested["http://"+r.Host+r.Path]++
	}
	dls := readDeadLetters(t, nats.JS)
	dlReason := map[string]string{}
	for _, dl := range dls {
		var task bus.URLTask
		if json.Unmarshal(dl.Data, &task) == nil {
			dlReason[task.URL] = dl.Reason
		}
	}
	skips := skipReasons(summary)
	for _, c := range h.Cases() {
		for _, u := range c.URLs {
			pu, _ := url.Parse(u)
			key := "http://" + pu.Host + pu.Path
			switch c.Want {
			case testweb.WantNotFetched:
				if requested[key] > 0 {
					t.Errorf("%s: robots.txt violated: %s fetched %d times", c.Name, u, requested[key])
				}
			case testweb.WantFetched:
				if requested[key] == 0 {
					t.Errorf("%s: allowed %s never fetched", c.Name, u)
				}
			case testweb.WantStored:
				if _, ok := stored[u]; !ok {
					t.Errorf("%s: %s not stored", c.Name, u)
				}
			case testweb.WantNotStored:
				if _, ok := stored[u]; ok {
					t.Errorf("%s: garbage stored as a story: %s", c.Name, u)
				}
			case testweb.WantTruncated:
				row, ok := stored[u]
				if !ok {
					t.Errorf("%s: %s not stored", c.Name, u)
					break
				}
				if n := utf8.RuneCountInString(row["text"].(string)); n > extract.DefaultOptions().MaxTextChars {
					t.Errorf("%s: story of %d characters, over the limit", c.Name, n)
				}
			case testweb.WantDeadLetter:
				reason, ok := dlReason[u]
				if !ok {
					t.Errorf("%s: %s not in the dead-letter stream", c.Name, u)
					break
				}
				if !containsAny(reason, c.Reasons) {
					t.Errorf("%s: dead letter reason %q, want one of %q", c.Name, reason, c.Reasons)
				}
			case testweb.WantSkipped:
				for _, r := range c.Reasons {
					if skips[r] == 0 {
						t.Errorf("%s: no %q skip counted (skips %v)", c.Name, r, skips)
					}
				}
				if n := requested[key]; n > 60 {
					t.Errorf("%s: %s fetched %d times", c.Name, u, n)
				}
			}
		}
	}
	// The summary accounts for what was given up, per host.
	for _, c := range h.Cases() {
		if c.Want == testweb.WantDeadLetter && !strings.Contains(summary, c.Host) {
			t.Errorf("%s: host %s missing from the summary's given-up list", c.Name, c.Host)
		}
	}
	if !strings.Contains(summary, "retry-after beyond limit") {
		t.Errorf("summary names no retry-after give-up")
	}
	// /status showed the same while the pass ran.
	ra := ""
	for _, c := range h.Cases() {
		if c.Name == "retry-after-3600" {
			ra = c.Host
		}
	}
	seen := false
	for _, row := range givenUp {
		if row["host"] == ra && row["reason"] == "retry-after beyond limit" {
			seen = true
		}
	}
	if !seen {
		t.Errorf("/status crawler.given_up never listed %s for retry-after beyond limit: %v", ra, givenUp)
	}
	if n := notText(summary); n < 3 {
		t.Errorf("summary counts %d pages whose text is not language, want at least 3", n)
	}
	if t.Failed() {
		t.Logf("dead letters: %d", len(dls))
		for _, dl := range dls {
			t.Logf("  %s", dl.Reason)
		}
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// skipReasons reads the summary's "skipped N by policy (reason n, ...)".
func skipReasons(summary string) map[string]int {
	out := map[string]int{}
	_, rest, ok := strings.Cut(summary, "by policy (")
	if !ok {
		return out
	}
	list, _, _ := strings.Cut(rest, ")")
	for _, part := range strings.Split(list, ", ") {
		var n int
		i := strings.LastIndexByte(part, ' ')
		if i < 0 {
			continue
		}
		fmt.Sscan(part[i+1:], &n)
		out[part[:i]] = n
	}
	return out
}

// notText reads the summary's "N not text".
func notText(summary string) int {
	i := strings.Index(summary, " not text")
	if i < 0 {
		return 0
	}
	j := strings.LastIndexByte(summary[:i], ' ')
	var n int
	fmt.Sscan(summary[j+1:i], &n)
	return n
}

// statusWatch is the run's stderr: it learns the admin address from the
// start-up line and polls /status for crawler.given_up while the run lasts.
type statusWatch struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	done bool
}

func (w *statusWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

func (w *statusWatch) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func (w *statusWatch) stop() {
	w.mu.Lock()
	w.done = true
	w.mu.Unlock()
}

// poll returns the last non-empty crawler.given_up list /status served.
func (w *statusWatch) poll(ctx context.Context) []map[string]any {
	var last []map[string]any
	client := &http.Client{Timeout: 2 * time.Second}
	for ctx.Err() == nil {
		w.mu.Lock()
		done, text := w.done, w.buf.String()
		w.mu.Unlock()
		if done {
			return last
		}
		time.Sleep(500 * time.Millisecond)
		_, rest, ok := strings.Cut(text, "status at http://")
		if !ok {
			continue
		}
		addr, _, _ := strings.Cut(rest, "/")
		res, err := client.Get("http://" + addr + "/status")
		if err != nil {
			continue
		}
		var doc struct {
			Crawler struct {
				GivenUp []map[string]any `json:"given_up"`
			} `json:"crawler"`
		}
		if json.NewDecoder(res.Body).Decode(&doc) == nil && len(doc.Crawler.GivenUp) > 0 {
			last = doc.Crawler.GivenUp
		}
		res.Body.Close()
	}
	return last
}
