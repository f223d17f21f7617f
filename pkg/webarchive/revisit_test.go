package webarchive

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	cbwarc "github.com/CorentinB/warc"
)

// notModified is a 304 answer to a conditional revisit of exchange(i, …).
func notModified(i int, after time.Duration) Exchange {
	x := exchange(i, "")
	x.Status = http.StatusNotModified
	x.RequestHeader = http.Header{"User-Agent": {"newsroom-test"}, "If-None-Match": {`"v1"`}}
	x.ResponseHeader = http.Header{"Etag": {`"v1"`}}
	x.Started = x.Started.Add(after)
	return x
}

// again is exchange(i, body) fetched once more, later.
func again(i int, body string, after time.Duration) Exchange {
	x := exchange(i, body)
	x.Started = x.Started.Add(after)
	return x
}

// writeAll writes xs with a fresh Writer and returns the response and
// revisit records of its one file, as the independent reader sees them.
func writeAll(t *testing.T, opts WriterOptions, xs ...Exchange) (recs []*cbwarc.Record, path string, w *Writer) {
	t.Helper()
	opts.Dir = t.TempDir()
	w, err := NewWriter(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range xs {
		if err := w.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(opts.Dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v, want one", files)
	}
	for _, r := range readAll(t, files[0]) {
		if typ := r.Header.Get("WARC-Type"); typ == "response" || typ == "revisit" {
			recs = append(recs, r)
		}
	}
	if len(recs) != len(xs) {
		t.Fatalf("%d response or revisit records for %d fetches", len(recs), len(xs))
	}
	checkIndex(t, files[0], len(xs))
	return recs, files[0], w
}

func TestWriterRevisits(t *testing.T) {
	const body = "<html><body><p>unchanged story</p></body></html>"
	hour := time.Hour
	recs, _, w := writeAll(t, WriterOptions{},
		exchange(1, body),                     // full response
		notModified(1, hour),                  // 304: server-not-modified, refers to the first
		again(1, body, 2*hour),                // same payload: identical-payload-digest
		again(1, body+"<!-- new -->", 3*hour), // changed: full response
		again(1, body+"<!-- new -->", 4*hour), // refers to the changed one
		notModified(2, hour),                  // 304 of a URL never recorded here
	)
	first, changed := recs[0], recs[3]
	tests := []struct {
		name                  string
		rec                   *cbwarc.Record
		typ, profile          string
		refersTo              *cbwarc.Record // nil: no WARC-Refers-To(-Date)
		status                int
		payloadDigest         string
		truncated             string
		wantTargetWithoutDate bool
	}{
		{name: "first fetch", rec: recs[0], typ: "response", status: 200, payloadDigest: sha1b32([]byte(body))},
		{name: "304", rec: recs[1], typ: "revisit", profile: ProfileServerNotModified, refersTo: first, status: 304,
			payloadDigest: sha1b32([]byte(body))},
		{name: "unchanged 200", rec: recs[2], typ: "revisit", profile: ProfileIdenticalPayloadDigest, refersTo: first,
			status: 200, payloadDigest: sha1b32([]byte(body)), truncated: "length"},
		{name: "changed 200", rec: recs[3], typ: "response", status: 200, payloadDigest: sha1b32([]byte(body + "<!-- new -->"))},
		{name: "unchanged again", rec: recs[4], typ: "revisit", profile: ProfileIdenticalPayloadDigest, refersTo: changed,
			status: 200, payloadDigest: sha1b32([]byte(body + "<!-- new -->")), truncated: "length"},
		{name: "304 of an unknown URL", rec: recs[5], typ: "revisit", profile: ProfileServerNotModified, status: 304,
			wantTargetWithoutDate: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.rec.Header
			c := content(t, tt.rec)
			if got := h.Get("WARC-Type"); got != tt.typ {
				t.Fatalf("WARC-Type %q, want %q", got, tt.typ)
			}
			if got := h.Get("WARC-Profile"); got != tt.profile {
				t.Errorf("WARC-Profile %q, want %q", got, tt.profile)
			}
			if got := h.Get("WARC-Block-Digest"); got != sha1b32(c) {
				t.Errorf("block digest %s, computed %s", got, sha1b32(c))
			}
			if got := h.Get("WARC-Payload-Digest"); got != tt.payloadDigest {
				t.Errorf("payload digest %q, want %q", got, tt.payloadDigest)
			}
			if got := h.Get("WARC-Truncated"); got != tt.truncated {
				t.Errorf("WARC-Truncated %q, want %q", got, tt.truncated)
			}
			wantRef, wantDate, wantURI := "", "", ""
			if tt.refersTo != nil {
				wantRef, wantDate = tt.refersTo.Header.Get("WARC-Record-ID"), tt.refersTo.Header.Get("WARC-Date")
				wantURI = tt.refersTo.Header.Get("WARC-Target-URI")
			}
			if tt.wantTargetWithoutDate {
				wantURI = h.Get("WARC-Target-URI")
			}
			if got := h.Get("WARC-Refers-To"); got != wantRef {
				t.Errorf("WARC-Refers-To %q, want %q", got, wantRef)
			}
			if got := h.Get("WARC-Refers-To-Date"); got != wantDate {
				t.Errorf("WARC-Refers-To-Date %q, want %q", got, wantDate)
			}
			if got := h.Get("WARC-Refers-To-Target-URI"); got != wantURI {
				t.Errorf("WARC-Refers-To-Target-URI %q, want %q", got, wantURI)
			}
			hr, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(c)), nil)
			if err != nil {
				t.Fatalf("block is not an HTTP response: %v", err)
			}
			if hr.StatusCode != tt.status {
				t.Errorf("status %d, want %d", hr.StatusCode, tt.status)
			}
			if tt.typ == "revisit" {
				if end := bytes.Index(c, []byte("\r\n\r\n")); end < 0 || end+4 != len(c) {
					t.Errorf("revisit block holds more than the HTTP headers: %q", c)
				}
			}
		})
	}
	if got := w.Stats().Revisits.Load(); got != 4 {
		t.Errorf("stats count %d revisits, want 4", got)
	}
}

func TestWriterRevisitMemory(t *testing.T) {
	const body = "<p>same</p>"
	tests := []struct {
		name   string
		memory int
		want   []string // WARC-Type of each fetch's response
	}{
		{"default remembers both URLs", 0, []string{"response", "response", "revisit", "revisit"}},
		{"one URL: the first is forgotten", 1, []string{"response", "response", "revisit", "response"}},
		{"none", -1, []string{"response", "response", "response", "response"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, _ := writeAll(t, WriterOptions{RevisitMemory: tt.memory},
				exchange(1, body), exchange(2, body), again(2, body, time.Hour), again(1, body, time.Hour))
			for i, r := range recs {
				if got := r.Header.Get("WARC-Type"); got != tt.want[i] {
					t.Errorf("fetch %d: %s, want %s", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestReadResponsesRevisits(t *testing.T) {
	const body = "<p>story</p>"
	_, path, _ := writeAll(t, WriterOptions{}, exchange(1, body), notModified(1, time.Hour), again(1, body, 2*time.Hour))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []*Response
	var payloads []string
	var st ReadStats
	err = ReadResponses(context.Background(), f, &st, func(r *Response) error {
		b, err := io.ReadAll(r.Payload)
		if err != nil {
			return err
		}
		c := *r
		got, payloads = append(got, &c), append(payloads, string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Responses.Load() != 1 || st.Revisits.Load() != 2 || len(got) != 3 {
		t.Fatalf("%d responses, %d revisits, %d callbacks; want 1 response and 2 revisits", st.Responses.Load(), st.Revisits.Load(), len(got))
	}
	first := exchange(1, body)
	wants := []struct {
		status           int
		profile, payload string
		refersToDate     time.Time
	}{
		{200, "", body, time.Time{}},
		{304, ProfileServerNotModified, "", first.Started},
		{200, ProfileIdenticalPayloadDigest, "", first.Started},
	}
	for i, w := range wants {
		r := got[i]
		if r.Status != w.status || r.Revisit != w.profile || payloads[i] != w.payload || !r.RefersToDate.Equal(w.refersToDate) {
			t.Errorf("record %d: status %d profile %q payload %q refers-to-date %v; want %d %q %q %v",
				i, r.Status, r.Revisit, payloads[i], r.RefersToDate, w.status, w.profile, w.payload, w.refersToDate)
		}
		if w.profile != "" && r.RefersToURI != first.URL {
			t.Errorf("record %d: refers to %q, want %q", i, r.RefersToURI, first.URL)
		}
	}
}
