package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
	"newsroom.dev/services/crawler"
)

// TestFirstRunOffline: when no seed host can be reached (names that do not
// resolve, a port nobody listens on), `run --until-idle` stops at once with
// one line that says so and points to `newsroom demo`, and fails. The names
// are under .invalid, which never resolves; no real site is contacted.
func TestFirstRunOffline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	tests := []struct {
		name  string
		seeds []string
		want  string
	}{
		{"dns", []string{"https://feeds.newsroom-test.invalid/rss.xml", "https://www.newsroom-test.invalid/"}, "no such host"},
		{"refused", []string{"http://" + closed + "/"}, "refused"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"run", "--until-idle", "--allow-private", "--data", t.TempDir(), "--admin-addr", "", "--connect-timeout", "3s"}
			for _, s := range tc.seeds {
				args = append(args, "--seed", s)
			}
			var out, errb bytes.Buffer
			err := dispatch(context.Background(), args, &out, &errb, func(string) string { return "" })
			if !errors.Is(err, errOffline) {
				t.Fatalf("err = %v, want errOffline", err)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.Contains(msg, "newsroom demo") || !strings.Contains(msg, tc.want) {
				t.Errorf("err = %q, want one line naming %q and pointing to newsroom demo", msg, tc.want)
			}
			if out.Len() > 0 {
				t.Errorf("stdout: %q", out.String())
			}
		})
	}
}

// TestPreflightSomeReachable: one answering seed host is enough; the others
// are reported by name.
func TestPreflightSomeReachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	sites, err := crawler.SitesFromSeeds([]string{srv.URL + "/", "https://gone.newsroom-test.invalid/feed"})
	if err != nil {
		t.Fatal(err)
	}
	failed, err := checkReachable(context.Background(), sites, 3*time.Second)
	if err != nil {
		t.Fatalf("err = %v with one host up", err)
	}
	if len(failed) != 1 || failed["gone.newsroom-test.invalid:443"] == nil {
		t.Errorf("failed = %v, want only gone.newsroom-test.invalid:443", failed)
	}
}

// TestQuickStartCommand: the README's first command names the shipped seeds
// file of real feeds and a page limit, and its flags parse. It is not run:
// tests never fetch real sites.
func TestQuickStartCommand(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```sh\\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README has no sh block")
	}
	var first string
	for _, line := range strings.Split(string(m[1]), "\n") {
		if strings.HasPrefix(line, "go run ./cmd/newsroom ") {
			first = line
			break
		}
	}
	fields := strings.Fields(strings.TrimPrefix(first, "go run ./cmd/newsroom "))
	if len(fields) < 2 || fields[0] != "run" {
		t.Fatalf("first command %q is not newsroom run", first)
	}
	var o runOpts
	fs := runFlags(&o, &bytes.Buffer{})
	if err := parseFlags(fs, fields[1:], func(string) string { return "" }); err != nil {
		t.Fatalf("%q: %v", first, err)
	}
	if o.seedsFile != "deploy/seeds.yaml" || o.maxPages <= 0 || !o.untilIdle {
		t.Errorf("%q: want --seeds deploy/seeds.yaml, --max-pages and --until-idle", first)
	}
	sites, err := loadSites(nil, "../../"+o.seedsFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) < 3 {
		t.Errorf("deploy/seeds.yaml has %d sites", len(sites))
	}
	for _, s := range sites {
		for _, u := range s.Seeds {
			if !strings.HasPrefix(u, "https://") || strings.Contains(u, "example") {
				t.Errorf("seed %s is not a real public https feed", u)
			}
		}
	}
	// demo and testweb come before the cluster commands in the usage.
	if i, j := strings.Index(usage, "  demo "), strings.Index(usage, "  crawler "); i < 0 || j < 0 || i > j {
		t.Error("usage does not list demo first")
	}
	if i := strings.Index(string(readme), "newsroom demo"); i < 0 || i > strings.Index(string(readme), "make test") {
		t.Error("README does not mention newsroom demo before make test")
	}
}

// TestMaxPages: --max-pages stops the crawl after about that many fetches
// and says why.
func TestMaxPages(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 41, Stories: 8})
	args := []string{"run", "--until-idle", "--allow-private", "--delay", "20ms", "--data", t.TempDir(), "--admin-addr", "",
		"--progress", "off", "--log-level", "error", "--max-pages", "4", "--fetchers", "2"}
	for _, s := range web.Seeds() {
		args = append(args, "--seed", s)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errb bytes.Buffer
	if err := dispatch(ctx, args, &out, &errb, func(string) string { return "" }); err != nil {
		t.Fatalf("run: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "finished (page limit of 4 reached)") {
		t.Fatalf("summary does not name the page limit:\n%s", out.String())
	}
	m := regexp.MustCompile(`fetched\s+(\d+) pages`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no fetched count:\n%s", out.String())
	}
	// Fetches in flight when the limit is reached still finish, so a few
	// more than 4 may be fetched, but far from the whole web.
	n, _ := strconv.Atoi(m[1])
	if n < 4 || n >= len(web.Truth().Stories) {
		t.Errorf("fetched %d pages with --max-pages 4; the web has %d stories", n, len(web.Truth().Stories))
	}
}
