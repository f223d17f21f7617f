package webarchive

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Response is one HTTP response or revisit record read from a WARC file.
// Payload is only valid during the callback that receives it.
type Response struct {
	URL     string      // WARC-Target-URI
	Date    time.Time   // WARC-Date: when it was fetched
	IP      string      // WARC-IP-Address, if recorded
	Status  int         // HTTP status code
	Header  http.Header // HTTP response headers
	Payload io.Reader   // HTTP body as recorded (Content-Encoding, if any, still applied)
	Offset  int64       // the record's offset in the file

	// Revisit is the WARC-Profile of a revisit record ("" for a response
	// record): the fetch repeated an earlier one, whose payload the record
	// usually leaves out (Payload is then empty).
	Revisit      string
	RefersToURI  string    // WARC-Refers-To-Target-URI of a revisit, if recorded
	RefersToDate time.Time // WARC-Refers-To-Date of a revisit, if recorded
	Truncated    string    // WARC-Truncated: why the payload is incomplete, if it is
	Discovery    string    // how the crawler came to the URL, if its writer recorded it (HdrDiscovery)
}

// ReadStats counts what ReadResponses saw. Safe to read while it runs;
// several calls may add to the same ReadStats.
type ReadStats struct {
	Records   atomic.Int64 // WARC records of any type
	Responses atomic.Int64 // HTTP response records handed to the callback
	Revisits  atomic.Int64 // HTTP revisit records handed to the callback
	Skipped   atomic.Int64 // response or revisit records whose HTTP block could not be parsed
}

// ErrStop, returned by a ReadResponses callback, ends the reading without an
// error.
var ErrStop = errors.New("stop reading")

// ReadResponses reads the WARC file in r record by record (each gzip member
// or a plain stream), counting in st, and calls fn for every HTTP response
// and revisit record. Other record types are passed over. Memory stays
// bounded by one record's block: blocks larger than 1 MiB are buffered in a
// temporary file by the WARC library (a revisit record's block, normally
// headers only, is read into memory whole). It stops at the end of the file,
// at the first malformed record (an error naming its offset), when fn
// returns an error, or when ctx ends.
func ReadResponses(ctx context.Context, r io.Reader, st *ReadStats, fn func(*Response) error) error {
	rd, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1<<20))
	if err != nil {
		return fmt.Errorf("open warc: %w", err)
	}
	defer rd.Close()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			rec.Close()
			return fmt.Errorf("warc record at offset %d: %w", rec.Offset, err)
		}
		st.Records.Add(1)
		err = handle(rec, st, fn)
		rec.Close()
		if errors.Is(err, ErrStop) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func handle(rec gowarc.Record, st *ReadStats, fn func(*Response) error) error {
	wr := rec.WarcRecord
	if wr == nil {
		return nil
	}
	var r *Response
	switch wr.Type() {
	case gowarc.Response:
		r = response(wr)
	case gowarc.Revisit:
		r = revisit(wr)
	default:
		return nil
	}
	if r == nil {
		st.Skipped.Add(1)
		return nil
	}
	h := wr.WarcHeader()
	r.URL = h.GetId(gowarc.WarcTargetURI)
	r.Date, _ = wr.Date()
	r.IP = h.Get(gowarc.WarcIPAddress)
	r.Offset = rec.Offset
	r.Truncated = h.Get(gowarc.WarcTruncated)
	r.Discovery = h.Get(HdrDiscovery)
	if r.Revisit != "" {
		st.Revisits.Add(1)
	} else {
		st.Responses.Add(1)
	}
	return fn(r)
}

// response reads an HTTP response record's status, headers and payload, or
// returns nil if its block is not an HTTP response.
func response(wr gowarc.WarcRecord) *Response {
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil
	}
	hdr := blk.HttpHeader()
	payload, err := blk.PayloadBytes()
	if err != nil || hdr == nil {
		return nil
	}
	return &Response{Status: blk.HttpStatusCode(), Header: *hdr, Payload: payload}
}

// revisit reads a revisit record: its block holds the HTTP response's
// status line and headers, and at most a truncated payload. It returns nil
// if the block is not an HTTP response.
func revisit(wr gowarc.WarcRecord) *Response {
	h := wr.WarcHeader()
	blk, ok := wr.Block().(gowarc.ProtocolHeaderBlock)
	if !ok {
		return nil
	}
	br := bufio.NewReader(bytes.NewReader(blk.ProtocolHeaderBytes()))
	hr, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil
	}
	profile := h.Get(gowarc.WarcProfile)
	if profile == "" {
		profile = "unknown"
	}
	// What follows the headers is the payload as far as it was kept, whatever
	// length the headers declare.
	r := &Response{Status: hr.StatusCode, Header: hr.Header, Payload: br,
		Revisit: profile, RefersToURI: h.Get(gowarc.WarcRefersToTargetURI)}
	r.RefersToDate, _ = h.GetTime(gowarc.WarcRefersToDate)
	return r
}
