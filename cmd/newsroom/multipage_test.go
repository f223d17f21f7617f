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
)

// multipageSite serves a story in two pages whose home page links only the
// second page, so the crawler fetches page 2 before page 1 (which it finds
// through page 2's rel=prev link). With firstMissing, page 1 answers 404.
func multipageSite(t *testing.T, firstMissing bool) (*httptest.Server, []string) {
	t.Helper()
	parts := [2][]string{}
	for k := range parts {
		for i := 0; i < 5; i++ {
			var w []string
			for j := 0; j < 40; j++ {
				w = append(w, fmt.Sprintf("w%dx%d", k*1000+i*97+j*13, j))
			}
			parts[k] = append(parts[k], "Part "+fmt.Sprint(k+1)+" "+strings.Join(w, " ")+".")
		}
	}
	page := func(n int, head, pager string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>Harbour plan approved - The Gazette</title>%s`, head)
		b.WriteString(`<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-17T09:30:00Z"></head><body>`)
		b.WriteString(`<nav><a href="/">Home</a></nav><article><h1>Harbour plan approved</h1><p class="byline">By Ana Ruiz</p>`)
		for _, p := range parts[n-1] {
			fmt.Fprintf(&b, "<p>%s</p>", p)
		}
		b.WriteString(pager + `</article><footer>© The Gazette</footer></body></html>`)
		return b.String()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><body><h1>The Gazette</h1><ul><li><a href="/2026/11/17/harbour-plan/2/">Harbour plan approved (page 2)</a></li></ul></body></html>`)
	})
	mux.HandleFunc("/2026/11/17/harbour-plan/", func(w http.ResponseWriter, r *http.Request) {
		if firstMissing {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, page(1, `<link rel="next" href="/2026/11/17/harbour-plan/2/">`, `<p><a rel="next" href="/2026/11/17/harbour-plan/2/">Next page</a></p>`))
	})
	mux.HandleFunc("/2026/11/17/harbour-plan/2/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page(2, `<link rel="prev" href="/2026/11/17/harbour-plan/">`, `<p><a rel="prev" href="/2026/11/17/harbour-plan/">Previous page</a></p>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, []string{strings.Join(parts[0], "\n"), strings.Join(parts[1], "\n")}
}

// TestMultiPageSecondPageFirst: a story whose second page is crawled first
// is stored once, under its first page's URL, with both pages' text; when
// its first page never comes, the second page is stored on its own as soon
// as the crawl has nothing left to fetch, well before --multipage-wait is
// over (the run would otherwise outlast the test's deadline).
func TestMultiPageSecondPageFirst(t *testing.T) {
	for _, missing := range []bool{false, true} {
		t.Run(fmt.Sprintf("first page missing=%v", missing), func(t *testing.T) {
			srv, texts := multipageSite(t, missing)
			data := t.TempDir()
			args := []string{"run", "--until-idle", "--allow-private", "--delay", "20ms", "--data", data, "--admin-addr", "",
				"--progress", "off", "--log-level", "warn", "--idle-grace", "500ms", "--multipage-wait", "10m", "--seed", srv.URL + "/"}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			noenv := func(string) string { return "" }
			var out, errb bytes.Buffer
			if err := dispatch(ctx, args, &out, &errb, noenv); err != nil {
				t.Fatalf("run: %v\n%s", err, errb.String())
			}
			var exp bytes.Buffer
			if err := dispatch(ctx, []string{"export", "--data", data}, &exp, &errb, noenv); err != nil {
				t.Fatalf("export: %v", err)
			}
			rows := exportLines(t, exp.Bytes())
			if len(rows) != 1 {
				t.Fatalf("%d stories, want 1:\n%s", len(rows), exp.String())
			}
			url, text := rows[0]["url"].(string), rows[0]["text"].(string)
			if missing {
				if url != srv.URL+"/2026/11/17/harbour-plan/2/" || text != texts[1] {
					t.Fatalf("story %s with text\n%s\nwant page 2 on its own", url, text)
				}
				return
			}
			if url != srv.URL+"/2026/11/17/harbour-plan/" || text != texts[0]+"\n"+texts[1] {
				t.Fatalf("story %s with text\n%s\nwant page 1's URL and both pages' text", url, text)
			}
		})
	}
}
