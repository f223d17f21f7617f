package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"newsroom.dev/pkg/testweb"
	"newsroom.dev/pkg/webarchive"
)

// TestWARCIngestRoundTrip crawls the simulated web with --warc, ingests the
// archive into an empty data dir, and checks that the same stories come out:
// the same chosen URLs with the same fields and the same duplicate URLs. Left
// out of the comparison: the times the store stamps itself; the fetch time
// (the WARC record's date, when the request was sent, instead of when the
// crawler had read the body); and what depends on which copy of a story
// reached dedupe first, which concurrent extractors do not fix in either run
// (the id, taken from the first copy's URL, the version, which counts
// takeovers, and the tier that matched the chosen copy).
func TestWARCIngestRoundTrip(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 23, Stories: 6})
	crawled, ingested, warcDir := t.TempDir(), t.TempDir(), t.TempDir()
	noenv := func(string) string { return "" }
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := []string{"run", "--until-idle", "--allow-private", "--delay", "20ms", "--data", crawled, "--admin-addr", "",
		"--progress", "off", "--log-level", "warn", "--warc", warcDir, "--warc-max-size", "200000"}
	for _, s := range web.Seeds() {
		args = append(args, "--seed", s)
	}
	var out, errb bytes.Buffer
	if err := dispatch(ctx, args, &out, &errb, noenv); err != nil {
		t.Fatalf("newsroom run: %v\n%s", err, errb.String())
	}
	// The summary counts the page kinds decided, per site for a small web.
	if !strings.Contains(out.String(), "  page kinds   article ") || !strings.Contains(out.String(), web.Seeds()[0][len("http://"):len(web.Seeds()[0])-1]+" ") {
		t.Errorf("the summary lists no page kinds per site:\n%s", out.String())
	}
	files, _ := filepath.Glob(filepath.Join(warcDir, "*.warc.gz"))
	if len(files) < 2 {
		t.Fatalf("%d WARC files with a 200 kB limit, want several", len(files))
	}
	out.Reset()
	if err := dispatch(ctx, append([]string{"ingest", "--data", ingested, "--log-level", "warn"}, files...), &out, &errb, noenv); err != nil {
		t.Fatalf("newsroom ingest: %v\n%s", err, errb.String())
	}
	t.Log(out.String())
	for _, want := range []string{"records/s", "MiB/s", "HTTP responses", "published", "skipped", "peak RSS", "stored"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("ingest summary lacks %q", want)
		}
	}

	a, b := exportRows(t, ctx, crawled), exportRows(t, ctx, ingested)
	if len(a) < 6 {
		t.Fatalf("the crawl stored only %d stories", len(a))
	}
	checkAgainstTruth(t, web.Truth(), b)
	byURL := func(rows []map[string]any) map[string]map[string]any {
		m := map[string]map[string]any{}
		for _, r := range rows {
			m[r["url"].(string)] = r
		}
		return m
	}
	ma, mb := byURL(a), byURL(b)
	var urls []string
	for u := range ma {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		ra, rb := ma[u], mb[u]
		if rb == nil {
			t.Errorf("story %s crawled but not ingested", u)
			continue
		}
		fa, _ := time.Parse(time.RFC3339Nano, ra["fetched_at"].(string))
		fb, _ := time.Parse(time.RFC3339Nano, rb["fetched_at"].(string))
		if fb.After(fa) || fa.Sub(fb) > 30*time.Second {
			t.Errorf("%s: ingested fetched_at %v, crawled %v: want the request time, a little before", u, fb, fa)
		}
		for _, r := range []map[string]any{ra, rb} {
			for _, k := range []string{"stored_at", "first_stored_at", "updated_at", "fetched_at", "id", "version", "tier"} {
				delete(r, k)
			}
		}
		if d := cmp.Diff(ra, rb); d != "" {
			t.Errorf("story %s differs (-crawled +ingested):\n%s", u, d)
		}
	}
	if len(mb) != len(ma) {
		t.Errorf("ingest stored %d stories, the crawl %d", len(mb), len(ma))
	}
	checkIndexWARC(t, ctx, files)
}

// checkIndexWARC plays a crawler killed while writing its WARC file (left
// named .open, its last record cut) beside a finished file without its
// index: `newsroom index-warc DIR` repairs the one and indexes both, with
// the same index lines the writer wrote.
func checkIndexWARC(t *testing.T, ctx context.Context, files []string) {
	t.Helper()
	dir := t.TempDir()
	whole, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	killed := filepath.Join(dir, filepath.Base(files[0])+".open")
	if err := os.WriteFile(killed, whole[:len(whole)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(files[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(files[1])), second, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := dispatch(ctx, []string{"index-warc", dir}, &out, &errb, func(string) string { return "" }); err != nil {
		t.Fatalf("index-warc: %v\n%s", err, errb.String())
	}
	t.Log(out.String())
	if !strings.Contains(out.String(), "cut an incomplete last record") || strings.Count(out.String(), "indexed in") != 2 {
		t.Errorf("index-warc output does not show one repaired and two indexed files:\n%s", out.String())
	}
	for i, f := range files[:2] {
		want, err := os.ReadFile(webarchive.IndexPath(f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(webarchive.IndexPath(filepath.Join(dir, filepath.Base(f))))
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 && !bytes.Equal(got, want) {
			t.Errorf("index of %s differs from the crawler's:\n got %s\nwant %s", f, got, want)
		}
		if i == 0 && (len(got) == 0 || len(got) > len(want)) {
			t.Errorf("index of the repaired file: %d bytes, the crawler's full one %d", len(got), len(want))
		}
	}
	if left, _ := webarchive.Unfinished(dir, ""); len(left) > 0 {
		t.Errorf("still unfinished after index-warc: %v", left)
	}
}

func exportRows(t *testing.T, ctx context.Context, data string) []map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	if err := dispatch(ctx, []string{"export", "--data", data}, &out, &errb, func(string) string { return "" }); err != nil {
		t.Fatalf("export %s: %v\n%s", data, err, errb.String())
	}
	return exportLines(t, out.Bytes())
}
