package webarchive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	cbwarc "github.com/CorentinB/warc"
	"golang.org/x/sync/errgroup"
)

func exchange(i int, body string) Exchange {
	return Exchange{
		URL:            fmt.Sprintf("https://www.example.org/news/story-%03d?b=2&a=1", i),
		RequestHeader:  http.Header{"User-Agent": {"newsroom-test"}, "Accept-Encoding": {"gzip"}},
		Status:         200,
		ResponseHeader: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Length": {strconv.Itoa(len(body))}},
		Body:           []byte(body),
		IP:             "127.0.1.7",
		Discovery:      "article",
		Started:        time.Date(2026, 12, 5, 1, 2, 3, 0, time.UTC).Add(time.Duration(i) * time.Second),
		Duration:       42 * time.Millisecond,
	}
}

func sha1b32(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// readAll reads every record of a WARC file with an independent library
// (github.com/CorentinB/warc), which reads one gzip member per record.
func readAll(t *testing.T, path string) []*cbwarc.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd, err := cbwarc.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []*cbwarc.Record
	for {
		rec, err := rd.ReadRecord()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: record %d: %v", path, len(out), err)
		}
		out = append(out, rec)
		if rec.Header == nil {
			break
		}
	}
	return out
}

func content(t *testing.T, rec *cbwarc.Record) []byte {
	t.Helper()
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(rec.Content)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriterReadByIndependentReader(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{"<html><body><p>first story</p></body></html>", "<html>second\r\n\r\nwith blank lines</html>", ""}
	for i, b := range bodies {
		if err := w.Write(exchange(i, b)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v, want one .warc.gz", files)
	}
	recs := readAll(t, files[0])
	var types []string
	for _, r := range recs {
		types = append(types, r.Header.Get("WARC-Type"))
	}
	want := []string{"warcinfo"}
	for range bodies {
		want = append(want, "request", "response", "metadata")
	}
	if !slices.Equal(types, want) {
		t.Fatalf("record types %v, want %v", types, want)
	}
	ids := map[string]bool{}
	for i, r := range recs {
		c := content(t, r)
		if got := r.Header.Get("WARC-Block-Digest"); got != sha1b32(c) {
			t.Errorf("record %d: block digest %s, computed %s", i, got, sha1b32(c))
		}
		if got := r.Header.Get("Content-Length"); got != strconv.Itoa(len(c)) {
			t.Errorf("record %d: Content-Length %s, block has %d bytes", i, got, len(c))
		}
		if id := r.Header.Get("WARC-Record-ID"); id == "" || ids[id] {
			t.Errorf("record %d: missing or repeated id %q", i, id)
		} else {
			ids[id] = true
		}
	}
	for i, b := range bodies {
		req, resp, meta := recs[1+3*i], recs[2+3*i], recs[3+3*i]
		x := exchange(i, b)
		for _, r := range []*cbwarc.Record{req, resp, meta} {
			if got := r.Header.Get("WARC-Target-URI"); got != x.URL {
				t.Errorf("%s target %q, want %q", r.Header.Get("WARC-Type"), got, x.URL)
			}
		}
		if got := resp.Header.Get("WARC-IP-Address"); got != x.IP {
			t.Errorf("response IP %q, want %q", got, x.IP)
		}
		if got := resp.Header.Get(HdrDiscovery); got != x.Discovery {
			t.Errorf("response %s %q, want %q", HdrDiscovery, got, x.Discovery)
		}
		if req.Header.Get("WARC-Concurrent-To") != resp.Header.Get("WARC-Record-ID") ||
			meta.Header.Get("WARC-Concurrent-To") != resp.Header.Get("WARC-Record-ID") {
			t.Errorf("request and metadata do not point at their response")
		}
		if d, err := time.Parse(time.RFC3339Nano, resp.Header.Get("WARC-Date")); err != nil || !d.Equal(x.Started) {
			t.Errorf("WARC-Date %q, want %v", resp.Header.Get("WARC-Date"), x.Started)
		}
		hr, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(content(t, resp))), nil)
		if err != nil {
			t.Fatalf("response %d block: %v", i, err)
		}
		payload, _ := io.ReadAll(hr.Body)
		if hr.StatusCode != 200 || string(payload) != b {
			t.Errorf("response %d: status %d body %q, want 200 %q", i, hr.StatusCode, payload, b)
		}
		if got := resp.Header.Get("WARC-Payload-Digest"); got != sha1b32([]byte(b)) {
			t.Errorf("response %d: payload digest %s, want %s", i, got, sha1b32([]byte(b)))
		}
		rq, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(content(t, req))))
		if err != nil {
			t.Fatalf("request %d block: %v", i, err)
		}
		if rq.Host != "www.example.org" || rq.URL.RequestURI() != "/news/story-"+fmt.Sprintf("%03d", i)+"?b=2&a=1" ||
			rq.Header.Get("User-Agent") != "newsroom-test" {
			t.Errorf("request %d: host %q uri %q ua %q", i, rq.Host, rq.URL.RequestURI(), rq.Header.Get("User-Agent"))
		}
		if m := string(content(t, meta)); !strings.Contains(m, "fetchTimeMs: 42\r\n") || !strings.Contains(m, "ip: 127.0.1.7\r\n") {
			t.Errorf("metadata %q lacks fetch time or ip", m)
		}
	}
	checkIndex(t, files[0], len(bodies))
}

// checkIndex reads the CDXJ beside path and checks that every line is in
// order and that its offset and length cut out exactly one gzip member
// holding the response (or, for mime warc/revisit, revisit) record of its
// URL with its status.
func checkIndex(t *testing.T, path string, want int) {
	t.Helper()
	idx, err := os.ReadFile(IndexPath(path))
	if err != nil {
		t.Fatalf("index: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(idx), "\n"), "\n")
	if len(lines) != want {
		t.Fatalf("index has %d lines, want %d:\n%s", len(lines), want, idx)
	}
	if !slices.IsSorted(lines) {
		t.Errorf("index not sorted:\n%s", idx)
	}
	warc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range lines {
		parts := strings.SplitN(line, " ", 3)
		if len(parts) != 3 || len(parts[1]) != 14 {
			t.Fatalf("bad index line %q", line)
		}
		var f cdxFields
		if err := json.Unmarshal([]byte(parts[2]), &f); err != nil {
			t.Fatalf("index line %q: %v", line, err)
		}
		wantType, wantMime := "response", "text/html"
		if f.Mime == "warc/revisit" {
			wantType, wantMime = "revisit", f.Mime
		}
		if parts[0] != SURT(f.URL) || (f.Status != "200" && f.Status != "304") || f.Mime != wantMime || f.Filename != filepath.Base(path) {
			t.Errorf("index line %q: wrong key, status, mime or filename", line)
		}
		off, _ := strconv.Atoi(f.Offset)
		n, _ := strconv.Atoi(f.Length)
		if off <= 0 || n <= 0 || off+n > len(warc) {
			t.Fatalf("index line %q: offset/length outside the file (%d bytes)", line, len(warc))
		}
		zr, err := gzip.NewReader(bytes.NewReader(warc[off : off+n]))
		if err != nil {
			t.Fatalf("index line %q: %v", line, err)
		}
		zr.Multistream(false)
		rec, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("index line %q: member: %v", line, err)
		}
		if !bytes.Contains(rec, []byte("WARC-Type: "+wantType+"\r\n")) || !bytes.Contains(rec, []byte("WARC-Target-URI: "+f.URL+"\r\n")) ||
			!bytes.Contains(rec, []byte(" "+f.Status+" ")) {
			t.Errorf("index line %q points at %.200q", line, rec)
		}
	}
}

func TestWriterRotatesBySize(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(WriterOptions{Dir: dir, MaxFileSize: 4 << 10, Prefix: "rot-"})
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	for i := range n {
		// incompressible-ish bodies so that files fill up
		body := strings.Repeat(strconv.Itoa(i*7919%1000)+"-"+sha1b32([]byte{byte(i)}), 20)
		if err := w.Write(exchange(i, body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "rot-*.warc.gz"))
	if len(files) < 3 {
		t.Fatalf("%d files, want several with a 4 KiB limit", len(files))
	}
	if open, _ := filepath.Glob(filepath.Join(dir, "*.open")); len(open) > 0 {
		t.Errorf("files left open: %v", open)
	}
	total := 0
	for _, f := range files {
		recs := readAll(t, f)
		responses := 0
		for _, r := range recs {
			if r.Header.Get("WARC-Type") == "response" {
				responses++
			}
		}
		checkIndex(t, f, responses)
		total += responses
	}
	if total != n {
		t.Errorf("%d responses over all files, want %d", total, n)
	}
	if got := w.Stats().Files.Load(); got != int64(len(files)) {
		t.Errorf("stats count %d files, %d on disk", got, len(files))
	}
}

func TestReadResponsesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := w.Write(exchange(i, fmt.Sprintf("<p>body %d</p>", i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []string
	var st ReadStats
	err = ReadResponses(context.Background(), f, &st, func(r *Response) error {
		b, err := io.ReadAll(r.Payload)
		if err != nil {
			return err
		}
		x := exchange(len(got), "")
		if r.URL != x.URL || !r.Date.Equal(x.Started) || r.IP != x.IP || r.Status != 200 || r.Discovery != x.Discovery ||
			r.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("response %d: %+v", len(got), r)
		}
		got = append(got, string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 || got[4] != "<p>body 4</p>" || st.Records.Load() != 16 || st.Responses.Load() != 5 {
		t.Errorf("got %q, %d records, %d responses", got, st.Records.Load(), st.Responses.Load())
	}
}

func TestSURT(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.Example.org/News/A?b=2&a=1#frag", "org,example)/news/a?a=1&b=2"},
		{"http://example.org:80/", "org,example)/"},
		{"http://sub.example.org:8080", "org,example,sub:8080)/"},
		{"http://127.0.1.2:8000/x", "127.0.1.2:8000)/x"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		if got := SURT(tt.in); got != tt.want {
			t.Errorf("SURT(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriterConcurrentWrites(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(WriterOptions{Dir: dir, MaxFileSize: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	var g errgroup.Group
	for k := range 8 {
		g.Go(func() error {
			for i := range 20 {
				if err := w.Write(exchange(k*100+i, strings.Repeat(sha1b32([]byte{byte(k), byte(i)}), 10))); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(exchange(1, "late")); err == nil {
		t.Error("write after Close succeeded")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	total := 0
	for _, f := range files {
		n := 0
		for _, r := range readAll(t, f) {
			if r.Header.Get("WARC-Type") == "response" {
				n++
			}
		}
		checkIndex(t, f, n)
		total += n
	}
	if total != 160 || w.Stats().Exchanges.Load() != 160 || w.Stats().Errors.Load() != 1 {
		t.Errorf("%d responses in %d files, stats %d written %d errors", total, len(files), w.Stats().Exchanges.Load(), w.Stats().Errors.Load())
	}
}
