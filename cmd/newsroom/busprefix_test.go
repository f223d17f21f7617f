package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/testweb"
)

// TestBusPrefixCrawlsShareNATS runs two crawls of two different simulated
// webs at once against one NATS server, each with its own --bus-prefix:
// each stores only its own web's stories. Then status reads one crawl,
// and reset removes only that crawl's streams.
func TestBusPrefixCrawlsShareNATS(t *testing.T) {
	env := bustest.Start(t)
	noenv := func(string) string { return "" }
	webs := map[string]*testweb.Web{
		"blue":  startWeb(t, testweb.Config{Seed: 51, Publishers: 1, Aggregators: 1, Stories: 3, Trap: false}),
		"green": startWeb(t, testweb.Config{Seed: 52, Publishers: 1, Aggregators: 1, Stories: 3, Trap: false}),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	data := map[string]string{}
	var wg sync.WaitGroup
	for prefix, web := range webs {
		data[prefix] = t.TempDir()
		args := []string{"run", "--nats", env.URL, "--bus-prefix", prefix, "--until-idle", "--allow-private", "--delay", "20ms",
			"--data", data[prefix], "--admin-addr", "", "--progress", "off", "--log-level", "error", "--idle-grace", "1s"}
		for _, s := range web.Seeds() {
			args = append(args, "--seed", s)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errb bytes.Buffer
			if err := dispatch(ctx, args, &out, &errb, noenv); err != nil {
				t.Errorf("%s: run: %v\n%s", prefix, err, errb.String())
			}
		}()
	}
	wg.Wait()
	for prefix, web := range webs {
		var out, errb bytes.Buffer
		if err := dispatch(ctx, []string{"export", "--data", data[prefix]}, &out, &errb, noenv); err != nil {
			t.Fatal(err)
		}
		lines := exportLines(t, out.Bytes())
		if len(lines) == 0 {
			t.Fatalf("%s stored nothing", prefix)
		}
		own := map[string]bool{}
		for _, s := range web.Truth().Stories {
			own[s.URL] = true
			for _, c := range s.Copies {
				own[c.URL] = true
			}
		}
		for _, l := range lines {
			if u, _ := l["url"].(string); !own[u] {
				t.Errorf("%s stored %s, which is not on its web", prefix, u)
			}
		}
	}
	var out, errb bytes.Buffer
	if err := dispatch(ctx, []string{"status", "--nats", env.URL, "--bus-prefix", "blue", "--json"}, &out, &errb, noenv); err != nil {
		t.Fatalf("status --bus-prefix blue: %v", err)
	}
	if err := dispatch(ctx, []string{"status", "--nats", env.URL, "--bus-prefix", "red"}, &out, &errb, noenv); err == nil {
		t.Error("status of a prefix nothing ran under: no error")
	}
	out.Reset()
	if err := dispatch(ctx, []string{"reset", "--nats", env.URL, "--bus-prefix", "blue", "--yes"}, &out, &errb, noenv); err != nil {
		t.Fatalf("reset: %v", err)
	}
	if !strings.Contains(out.String(), "removed NATS stream blue_"+bus.StreamFrontier) {
		t.Errorf("reset output:\n%s", out.String())
	}
	for _, name := range streamNames(t, env.JS) {
		if strings.HasPrefix(name, "blue") {
			t.Errorf("stream %s left after reset of blue", name)
		}
	}
	if _, err := env.JS.Stream(ctx, "green_"+bus.StreamFrontier); err != nil {
		t.Errorf("green's frontier removed with blue's: %v", err)
	}
}
