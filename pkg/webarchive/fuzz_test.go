package webarchive

import (
	"bytes"
	"context"
	"io"
	"testing"
)

// FuzzReadResponses feeds arbitrary bytes to the WARC reader: it must return
// (an error or the records it found), never panic or hang. The seed corpus in
// testdata/fuzz holds a gzipped response record, a plain one and truncations;
// a revisit record (a 304) is seeded here.
func FuzzReadResponses(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
		"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 40\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
		"WARC-Record-ID: <urn:uuid:2>\r\nWARC-Profile: http://netpreserve.org/warc/1.1/revisit/server-not-modified\r\n" +
		"WARC-Refers-To-Date: 2023-12-31T00:00:00Z\r\nNewsroom-Discovery: seed\r\n" +
		"Content-Type: application/http;msgtype=response\r\nContent-Length: 38\r\n\r\n" +
		"HTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadResponses(context.Background(), bytes.NewReader(data), &ReadStats{}, func(r *Response) error {
			_, err := io.Copy(io.Discard, io.LimitReader(r.Payload, 1<<20))
			return err
		})
	})
}

// FuzzIndexScan feeds arbitrary bytes to what Index reads a file with: the
// gzip member walk and the record scan must return, never panic or hang, and
// the end of the whole records is never past the data. The seed corpus is
// FuzzReadResponses's (testdata/fuzz/FuzzReadResponses), copied in
// testdata/fuzz/FuzzIndexScan.
func FuzzIndexScan(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
		"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 40\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		end, _, err := wholeMembers(bytes.NewReader(data))
		if err != nil || end > int64(len(data)) {
			t.Fatalf("whole members end %d of %d, %v", end, len(data), err)
		}
		_, end, _, _ = scanIndex(context.Background(), bytes.NewReader(data), int64(len(data)), "f.warc.gz")
		if end > int64(len(data)) {
			t.Fatalf("records end %d past the data (%d)", end, len(data))
		}
	})
}
