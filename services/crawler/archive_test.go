package crawler_test

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/pkg/webarchive"
	"newsroom.dev/services/crawler"
)

// TestCrawlerArchivesEveryFetch crawls a small web with a WARC archive and
// checks that every request the web answered is in the archive once, with
// the server's address, its status and the body it served.
func TestCrawlerArchivesEveryFetch(t *testing.T) {
	r := newRig(t, testweb.Config{Seed: 5, Publishers: 2, Stories: 4})
	dir := t.TempDir()
	arch, err := webarchive.NewWriter(webarchive.WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	cfg := baseConfig()
	cfg.Delay = 10 * time.Millisecond
	c, err := crawler.New(cfg, crawler.Deps{JS: r.js(), State: r.state(), Archive: arch})
	if err != nil {
		t.Fatal(err)
	}
	r.seed(r.web.Seeds()...)
	r.runUntilIdle(2*time.Minute, c)
	if err := arch.Close(); err != nil {
		t.Fatal(err)
	}

	served := map[string]int{}
	for _, q := range r.web.Requests() {
		u := "http://" + q.Host + q.Path
		if q.Query != "" {
			u += "?" + q.Query
		}
		served[u]++
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) == 0 {
		t.Fatal("no WARC file written")
	}
	archived := map[string]int{}
	html := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		_, err = webarchive.ReadResponses(context.Background(), fh, func(resp *webarchive.Response) error {
			archived[resp.URL]++
			if !strings.HasPrefix(resp.IP, "127.") {
				t.Errorf("%s: recorded IP %q", resp.URL, resp.IP)
			}
			raw, err := io.ReadAll(resp.Payload)
			if err != nil {
				return err
			}
			body, err := fetch.DecodeBody(resp.Header.Get("Content-Encoding"), strings.NewReader(string(raw)), 10<<20)
			if err != nil {
				t.Errorf("%s: recorded body does not decode: %v", resp.URL, err)
			}
			if resp.Status == http.StatusOK && strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				html++
				if !strings.Contains(strings.ToLower(string(body)), "<html") {
					t.Errorf("%s: archived HTML body %.80q", resp.URL, body)
				}
			}
			return nil
		})
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(webarchive.IndexPath(f)); err != nil {
			t.Errorf("no index beside %s: %v", f, err)
		}
	}
	for u, n := range served {
		if archived[u] != n {
			t.Errorf("%s: served %d times, archived %d times", u, n, archived[u])
		}
	}
	for u := range archived {
		if served[u] == 0 {
			t.Errorf("%s archived but never served", u)
		}
	}
	if html < 8 {
		t.Errorf("only %d HTML pages archived", html)
	}
	t.Logf("%d fetches archived, %d HTML pages, %d files", len(archived), html, len(files))
}
