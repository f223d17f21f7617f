package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/ingest"
	"newsroom.dev/pkg/webarchive"
)

const article = `<!doctype html><html><head><title>A story</title></head><body><article><h1>A story</h1><p>Body text.</p></article></body></html>`

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// TestIngestPublishesWhatTheCrawlerWould writes a WARC with pages the
// crawler would publish and responses it would not, ingests it into a real
// JetStream, and checks the pages stream and the skip counts.
func TestIngestPublishesWhatTheCrawlerWould(t *testing.T) {
	dir := t.TempDir()
	w, err := webarchive.NewWriter(webarchive.WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	xs := []webarchive.Exchange{
		{URL: "https://News.Example/a/1", Status: 200, ResponseHeader: html, Body: []byte(article), Discovery: bus.KindArticle},
		// gzip on the wire, recorded as received
		{URL: "https://news.example/a/2", Status: 200, ResponseHeader: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, Body: gz(article + "<!-- 2 -->")},
		// Common Crawl style: decoded body, the header left claiming gzip
		{URL: "https://news.example/a/3", Status: 200, ResponseHeader: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, Body: []byte(article + "<!-- 3 -->")},
		{URL: "https://news.example/missing", Status: 404, ResponseHeader: html, Body: []byte("<html>gone</html>")},
		{URL: "https://news.example/moved", Status: 301, ResponseHeader: http.Header{"Location": {"/a/1"}}},
		{URL: "https://news.example/feed", Status: 200, ResponseHeader: http.Header{"Content-Type": {"application/rss+xml"}}, Body: []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`)},
		{URL: "https://news.example/x.pdf", Status: 200, ResponseHeader: http.Header{"Content-Type": {"application/pdf"}}, Body: []byte("%PDF-1.4 binary")},
		{URL: "https://news.example/private", Status: 200, ResponseHeader: html, Body: []byte(`<html><head><meta name="robots" content="noindex"></head><body>x</body></html>`)},
		{URL: "https://news.example/huge", Status: 200, ResponseHeader: html, Body: []byte("<html>" + strings.Repeat("x", 3000) + "</html>")},
		// written as revisit records: a 304 to a conditional request, and
		// the first page again, unchanged
		{URL: "https://News.Example/a/1", Status: 304, RequestHeader: http.Header{"If-None-Match": {`"1"`}}, ResponseHeader: http.Header{"Etag": {`"1"`}}},
		{URL: "https://News.Example/a/1", Status: 200, ResponseHeader: html, Body: []byte(article)},
	}
	for i, x := range xs {
		x.Started = date.Add(time.Duration(i) * time.Minute)
		if err := w.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))

	env := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	in, err := ingest.New(ingest.Config{MaxBody: 2000, Window: 2}, env.JS, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := in.File(ctx, files[0]); err != nil {
		t.Fatal(err)
	}
	st := in.Stats()
	if st.WARC.Records.Load() != int64(1+3*len(xs)) || st.WARC.Responses.Load() != int64(len(xs)-2) || st.WARC.Revisits.Load() != 2 || st.Pages.Load() != 3 {
		t.Errorf("records %d responses %d revisits %d pages %d", st.WARC.Records.Load(), st.WARC.Responses.Load(), st.WARC.Revisits.Load(), st.Pages.Load())
	}
	want := map[string]int64{"status": 2, "feed": 1, "not-html": 1, "noindex": 1, "too-large": 1, "revisit": 2}
	if d := cmp.Diff(want, st.SkipReasons()); d != "" {
		t.Errorf("skip reasons (-want +got):\n%s", d)
	}

	cons, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
	if err != nil {
		t.Fatal(err)
	}
	codec := bus.NewCodec()
	// How the crawler came to a page goes with it when the WARC says.
	kinds := []string{bus.KindArticle, "", ""}
	for i, u := range []string{"https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3"} {
		m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			t.Fatal(err)
		}
		p, err := codec.DecodePage(ctx, nil, m.Headers(), m.Data())
		if err != nil {
			t.Fatal(err)
		}
		m.Ack()
		if p.URL != u || p.Site != "news.example" || !p.FetchedAt.Equal(date.Add(time.Duration(i)*time.Minute)) ||
			p.Status != 200 || !strings.HasPrefix(string(p.Body), article) || p.Kind != kinds[i] {
			t.Errorf("page %d: %s site %s fetched %v status %d kind %q body %.40q", i, p.URL, p.Site, p.FetchedAt, p.Status, p.Kind, p.Body)
		}
	}
	if m, err := cons.Next(jetstream.FetchMaxWait(300 * time.Millisecond)); err == nil {
		t.Errorf("a fourth page was published: %s", m.Headers().Get(bus.HdrURL))
	}
}

// TestIngestRevisitWithPayload checks that a revisit record that kept the
// whole payload (as some writers do) is published like a response, while
// one whose payload was cut off is skipped.
func TestIngestRevisitWithPayload(t *testing.T) {
	record := func(url, truncated, block string) string {
		h := "WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n" +
			"WARC-Record-ID: <urn:uuid:" + url[len(url)-1:] + "0000000-0000-0000-0000-000000000000>\r\n" +
			"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n" +
			"WARC-Refers-To-Target-URI: " + url + "\r\nWARC-Refers-To-Date: 2024-01-01T00:00:00Z\r\n"
		if truncated != "" {
			h += "WARC-Truncated: " + truncated + "\r\n"
		}
		return h + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
	}
	httpResp := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + strconv.Itoa(len(article)) + "\r\n\r\n"
	warc := record("https://news.example/kept/1", "", httpResp+article) + record("https://news.example/cut/2", "length", httpResp+article[:20])
	path := filepath.Join(t.TempDir(), "revisits.warc")
	if err := os.WriteFile(path, []byte(warc), 0o644); err != nil {
		t.Fatal(err)
	}
	env := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	in, err := ingest.New(ingest.Config{}, env.JS, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := in.File(ctx, path); err != nil {
		t.Fatal(err)
	}
	st := in.Stats()
	if st.WARC.Revisits.Load() != 2 || st.Pages.Load() != 1 || st.SkipReasons()["revisit"] != 1 {
		t.Errorf("revisits %d pages %d skipped %v; want 2 revisits, 1 page, 1 skipped", st.WARC.Revisits.Load(), st.Pages.Load(), st.SkipReasons())
	}
}

// TestIngestRejectsBrokenWARC checks that a file that is not a WARC ends
// with an error naming the offset, not a crash or silence.
func TestIngestRejectsBrokenWARC(t *testing.T) {
	env := bustest.Start(t)
	ctx := context.Background()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	in, err := ingest.New(ingest.Config{}, env.JS, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bad.warc.gz")
	os.WriteFile(path, gz("this is not a WARC file\r\n\r\n"), 0o644)
	err = in.File(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "offset") {
		t.Fatalf("err = %v, want an error naming the offset", err)
	}
}

func TestNoIndexScan(t *testing.T) {
	for _, tt := range []struct {
		body string
		want bool
	}{
		{`<html><head><meta name="robots" content="noindex"></head><body>x</body></html>`, true},
		{`<html><head><META NAME="ROBOTS" CONTENT="NOINDEX, FOLLOW"></head></html>`, true},
		{`<html><head><meta name="robots" content="none"></head><body>none of it</body></html>`, true},
		{`<html><head><meta name="robots" content="index, follow"></head><body>none of this matters</body></html>`, false},
		{`<html><head><title>x</title></head><body><p>noindex is a word here, not a tag</p></body></html>`, false},
		{`<html><body><meta name="robots" content="noindex"><p>late tag</p></body></html>`, true},
		{`plain text without html`, false},
	} {
		if got := ingest.NoIndex([]byte(tt.body), "https://a.example/"); got != tt.want {
			t.Errorf("NoIndex(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
