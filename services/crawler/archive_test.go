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

	cbwarc "github.com/CorentinB/warc"

	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/pkg/webarchive"
	"newsroom.dev/services/crawler"
)

// TestCrawlerArchivesEveryFetch crawls a small web with a WARC archive and
// checks that every request the web answered is in the archive once, with
// the server's address, its status and the body it served, and with how the
// crawler came to each page (which the server never sees).
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
		if v := q.Header.Get("X-Newsroom-Discovery"); v != "" {
			t.Errorf("%s%s: the crawler's private header reached the server (%q)", q.Host, q.Path, v)
		}
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
		err = webarchive.ReadResponses(context.Background(), fh, &webarchive.ReadStats{}, func(resp *webarchive.Response) error {
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
				if resp.Discovery == "" {
					t.Errorf("%s: the archive does not say how the crawler came to the page", resp.URL)
				}
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

// TestCrawlerArchivesRevisits runs a continuous crawl with short revisit
// intervals and a WARC archive, and reads the archive with an independent
// reader (github.com/CorentinB/warc): every 304 the web answered is a
// revisit record of profile server-not-modified that refers to the full
// response recorded before it (URI, date and record id), and no 304 is
// written as a response record.
func TestCrawlerArchivesRevisits(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for ~6 s")
	}
	r := newRig(t, testweb.Config{Seed: 5, Publishers: 1, Aggregators: -1, Stories: 3})
	dir := t.TempDir()
	arch, err := webarchive.NewWriter(webarchive.WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	cfg := baseConfig()
	cfg.Continuous = true
	cfg.Delay = 50 * time.Millisecond
	cfg.RevisitStart, cfg.RevisitMin, cfg.RevisitMax, cfg.SchedulerTick = time.Second, time.Second, 2*time.Second, 100*time.Millisecond
	c, err := crawler.New(cfg, crawler.Deps{JS: r.js(), State: r.state(), Archive: arch})
	if err != nil {
		t.Fatal(err)
	}
	r.seed(r.web.Seeds()...)
	ctx, cancel := context.WithCancel(r.ctx)
	done := make(chan struct{})
	go func() { c.Run(ctx); close(done) }()
	time.Sleep(6 * time.Second)
	cancel()
	<-done
	if err := arch.Close(); err != nil {
		t.Fatal(err)
	}
	served304 := 0
	for _, q := range r.web.Requests() {
		if q.Status == http.StatusNotModified {
			served304++
		}
	}
	if served304 == 0 {
		t.Fatal("the web answered no 304: nothing to check")
	}

	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	byID := map[string]*cbwarc.Record{}
	var revisits []*cbwarc.Record
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		rd, err := cbwarc.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, err := rd.ReadRecord()
			if err == io.EOF || (err == nil && rec.Header == nil) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			byID[rec.Header.Get("WARC-Record-ID")] = rec
			block, err := io.ReadAll(rec.Content)
			if err != nil {
				t.Fatal(err)
			}
			switch rec.Header.Get("WARC-Type") {
			case "response":
				if strings.HasPrefix(string(block), "HTTP/1.1 304") {
					t.Errorf("%s: a 304 written as a response record", rec.Header.Get("WARC-Target-URI"))
				}
			case "revisit":
				if !strings.HasPrefix(string(block), "HTTP/1.1 304") {
					t.Errorf("%s: revisit block %.40q, want the 304 answer", rec.Header.Get("WARC-Target-URI"), block)
				}
				revisits = append(revisits, rec)
			}
		}
		fh.Close()
	}
	if len(revisits) != served304 {
		t.Errorf("%d revisit records for %d answers 304", len(revisits), served304)
	}
	for _, rv := range revisits {
		h := rv.Header
		if h.Get("WARC-Profile") != webarchive.ProfileServerNotModified {
			t.Errorf("%s: profile %q", h.Get("WARC-Target-URI"), h.Get("WARC-Profile"))
		}
		orig := byID[h.Get("WARC-Refers-To")]
		if orig == nil || orig.Header.Get("WARC-Type") != "response" {
			t.Errorf("%s: refers to %q, not a response record in the archive", h.Get("WARC-Target-URI"), h.Get("WARC-Refers-To"))
			continue
		}
		if h.Get("WARC-Refers-To-Target-URI") != orig.Header.Get("WARC-Target-URI") || h.Get("WARC-Refers-To-Target-URI") != h.Get("WARC-Target-URI") ||
			h.Get("WARC-Refers-To-Date") != orig.Header.Get("WARC-Date") || h.Get("WARC-Payload-Digest") != orig.Header.Get("WARC-Payload-Digest") {
			t.Errorf("%s: refers to URI %q date %q digest %q; the original has %q %q %q", h.Get("WARC-Target-URI"),
				h.Get("WARC-Refers-To-Target-URI"), h.Get("WARC-Refers-To-Date"), h.Get("WARC-Payload-Digest"),
				orig.Header.Get("WARC-Target-URI"), orig.Header.Get("WARC-Date"), orig.Header.Get("WARC-Payload-Digest"))
		}
	}
	t.Logf("%d answers 304 archived as revisits in %d files; %d revisits counted by the writer", served304, len(files), arch.Stats().Revisits.Load())
}
