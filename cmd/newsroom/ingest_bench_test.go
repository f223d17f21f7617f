package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/webarchive"
)

// benchWARCSize is the size of the large WARC the ingest benchmark
// generates: NEWSROOM_BENCH_WARC_BYTES, default 1 GiB.
func benchWARCSize(tb testing.TB) int64 {
	if v := os.Getenv("NEWSROOM_BENCH_WARC_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1<<20 {
			tb.Fatalf("NEWSROOM_BENCH_WARC_BYTES=%q: want a byte count of at least 1 MiB", v)
		}
		return n
	}
	return 1 << 30
}

// writeBenchWARC writes one WARC file of at least size bytes in dir: news
// pages of 10-60 KB of varied text (so that gzip shrinks them about as much
// as real pages), with a robots.txt, a feed and a 404 now and then, as a
// crawl or a CC-NEWS file has.
func writeBenchWARC(tb testing.TB, dir string, size int64) (path string, pages int) {
	tb.Helper()
	w, err := webarchive.NewWriter(webarchive.WriterOptions{Dir: dir, MaxFileSize: 64 << 40, GzipLevel: 1, Prefix: "bench-"})
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 5000)
	for i := range words {
		n := 2 + rng.IntN(9)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + rng.IntN(26))
		}
		words[i] = string(b)
	}
	para := func(sb *strings.Builder, n int) {
		sb.WriteString("<p>")
		for range n {
			sb.WriteString(words[rng.IntN(len(words))])
			sb.WriteByte(' ')
		}
		sb.WriteString("</p>\n")
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Server": {"bench"}}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var written int64
	for i := 0; written < size; i++ {
		x := webarchive.Exchange{URL: fmt.Sprintf("https://site%d.example/news/2024/01/01/story-%d", i%97, i), Status: 200,
			RequestHeader: http.Header{"User-Agent": {"newsroom-bench"}}, ResponseHeader: html, IP: "192.0.2.1",
			Started: start.Add(time.Duration(i) * time.Second)}
		switch i % 50 {
		case 7:
			x.URL, x.ResponseHeader, x.Body = fmt.Sprintf("https://site%d.example/robots.txt", i%97), http.Header{"Content-Type": {"text/plain"}}, []byte("User-agent: *\nDisallow:\n")
		case 13:
			x.URL, x.ResponseHeader = fmt.Sprintf("https://site%d.example/feed.xml", i%97), http.Header{"Content-Type": {"application/rss+xml"}}
			x.Body = []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>f</title></channel></rss>`)
		case 29:
			x.Status, x.Body = 404, []byte("<html><body>not found</body></html>")
		default:
			var sb strings.Builder
			sb.WriteString("<!doctype html><html><head><title>Story ")
			sb.WriteString(strconv.Itoa(i))
			sb.WriteString("</title></head><body><article><h1>")
			para(&sb, 8)
			sb.WriteString("</h1>")
			for range 10 + rng.IntN(60) {
				para(&sb, 60+rng.IntN(60))
			}
			sb.WriteString("</article></body></html>")
			x.Body = []byte(sb.String())
			pages++
		}
		if err := w.Write(x); err != nil {
			tb.Fatal(err)
		}
		if i%200 == 0 {
			written = currentSize(dir)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "bench-*.warc.gz"))
	if len(files) != 1 {
		tb.Fatalf("generated %d WARC files, want 1", len(files))
	}
	return files[0], pages
}

// benchWARC returns the WARC file of at least size bytes in dir, generating
// it unless dir already holds one (NEWSROOM_BENCH_WARC_DIR keeps the files
// between runs), with the number of pages in it.
func benchWARC(tb testing.TB, dir string, size int64) (path string, pages int) {
	files, _ := filepath.Glob(filepath.Join(dir, "bench-*.warc.gz"))
	if n, err := os.ReadFile(filepath.Join(dir, "pages")); err == nil && len(files) == 1 {
		if pages, err = strconv.Atoi(string(n)); err == nil {
			return files[0], pages
		}
	}
	os.RemoveAll(dir)
	path, pages = writeBenchWARC(tb, dir, size)
	if err := os.WriteFile(filepath.Join(dir, "pages"), []byte(strconv.Itoa(pages)), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, pages
}

func currentSize(dir string) int64 {
	var n int64
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if fi, err := e.Info(); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// ingestResult is what one `newsroom ingest` process reported.
type ingestResult struct {
	records       int64
	recordsPerSec float64
	pages         int64
	rssMiB        float64
	took          time.Duration
}

var (
	reRead      = regexp.MustCompile(`read\s+(\d+) records, (\d+) records/s`)
	rePublished = regexp.MustCompile(`published\s+(\d+) pages`)
	reRSS       = regexp.MustCompile(`peak RSS\s+([\d.]+) MiB`)
)

// runIngest runs the newsroom binary's ingest against natsURL (publish
// only, as with a cluster) while a stand-in extractor takes pages off the
// stream, and parses its summary.
func runIngest(b *testing.B, bin, natsURL, path string) ingestResult {
	start := time.Now()
	cmd := exec.Command(bin, "ingest", "--nats", natsURL, "--log-level", "warn", path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("newsroom ingest: %v\n%s", err, out)
	}
	var r ingestResult
	r.took = time.Since(start)
	m := reRead.FindSubmatch(out)
	p := rePublished.FindSubmatch(out)
	s := reRSS.FindSubmatch(out)
	if m == nil || p == nil || s == nil {
		b.Fatalf("ingest summary not understood:\n%s", out)
	}
	r.records, _ = strconv.ParseInt(string(m[1]), 10, 64)
	r.recordsPerSec, _ = strconv.ParseFloat(string(m[2]), 64)
	r.pages, _ = strconv.ParseInt(string(p[1]), 10, 64)
	r.rssMiB, _ = strconv.ParseFloat(string(s[1]), 64)
	b.Logf("%s", out)
	return r
}

// BenchmarkIngestWARC generates a small (1/8) and a large (≥ 1 GiB by
// default) WARC file in a temporary directory, ingests each with the
// newsroom binary in its own process, and reports records/s and peak RSS of
// both: flat memory shows as an RSS ratio near 1 while the file is 8 times
// larger. The files are deleted afterwards, unless NEWSROOM_BENCH_WARC_DIR
// names a directory to keep them in (and to take them from on the next run).
// Run with `make bench-ingest`.
func BenchmarkIngestWARC(b *testing.B) {
	size := benchWARCSize(b)
	dir := b.TempDir() // removed with everything in it when the benchmark ends
	bin := buildNewsroom(b, dir)
	env := bustest.Start(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		b.Fatal(err)
	}
	// A stand-in for the extractors: take pages off the stream so that it
	// never fills, whatever the file size.
	drained := make(chan int64, 1)
	go func() {
		var n int64
		defer func() { drained <- n }()
		cons, err := env.JS.Consumer(ctx, bus.StreamPages, bus.ConsumerExtractor)
		if err != nil {
			return
		}
		for ctx.Err() == nil {
			batch, err := cons.FetchNoWait(500)
			if err != nil {
				return
			}
			got := 0
			for m := range batch.Messages() {
				m.Ack()
				got++
			}
			n += int64(got)
			if got == 0 {
				time.Sleep(20 * time.Millisecond)
			}
		}
	}()

	type run struct {
		name  string
		size  int64
		res   ingestResult
		pages int
		bytes int64
	}
	runs := []*run{{name: "small", size: size / 8}, {name: "large", size: size}}
	keep := os.Getenv("NEWSROOM_BENCH_WARC_DIR")
	for _, r := range runs {
		gen := time.Now()
		wdir := filepath.Join(dir, r.name)
		if keep != "" {
			wdir = filepath.Join(keep, fmt.Sprintf("%s-%d", r.name, r.size))
		}
		path, pages := benchWARC(b, wdir, r.size)
		fi, _ := os.Stat(path)
		r.pages, r.bytes = pages, fi.Size()
		b.Logf("%s: generated %s (%.0f MiB, %d pages) in %s", r.name, filepath.Base(path), float64(fi.Size())/(1<<20), pages, time.Since(gen).Truncate(time.Second))
		b.ResetTimer()
		r.res = runIngest(b, bin, env.URL, path)
		b.StopTimer()
		if r.res.pages != int64(pages) {
			b.Errorf("%s: ingest published %d pages of %d", r.name, r.res.pages, pages)
		}
		if keep == "" {
			os.RemoveAll(wdir)
		}
	}
	small, large := runs[0], runs[1]
	fmt.Printf("ingest of a generated WARC, one process (newsroom ingest --nats), pages taken off the stream as they come\n")
	for _, r := range runs {
		fmt.Printf("  %-5s %7.0f MiB  %7d records  %7.0f records/s  %6.1f MiB/s  peak RSS %6.1f MiB\n", r.name,
			float64(r.bytes)/(1<<20), r.res.records, r.res.recordsPerSec, float64(r.bytes)/(1<<20)/r.res.took.Seconds(), r.res.rssMiB)
	}
	fmt.Printf("  file %.1fx larger, peak RSS %.2fx\n", float64(large.bytes)/float64(small.bytes), large.res.rssMiB/small.res.rssMiB)
	b.ReportMetric(large.res.recordsPerSec, "records/s")
	b.ReportMetric(large.res.rssMiB, "peakRSS-MiB")
	b.ReportMetric(large.res.rssMiB/small.res.rssMiB, "RSS-large/small")
	cancel()
	<-drained
}
