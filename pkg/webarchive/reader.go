package webarchive

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Response is one HTTP response record read from a WARC file. Payload is
// only valid during the callback that receives it.
type Response struct {
	URL     string      // WARC-Target-URI
	Date    time.Time   // WARC-Date: when it was fetched
	IP      string      // WARC-IP-Address, if recorded
	Status  int         // HTTP status code
	Header  http.Header // HTTP response headers
	Payload io.Reader   // HTTP body as recorded (Content-Encoding, if any, still applied)
	Offset  int64       // the record's offset in the file
}

// ReadStats counts what ReadResponses saw.
type ReadStats struct {
	Records   int64 // WARC records of any type
	Responses int64 // HTTP response records handed to the callback
	Skipped   int64 // response records whose HTTP block could not be parsed
}

// ErrStop, returned by a ReadResponses callback, ends the reading without an
// error.
var ErrStop = errors.New("stop reading")

// ReadResponses reads the WARC file in r record by record (each gzip member
// or a plain stream) and calls fn for every HTTP response record. Other
// record types are passed over. Memory stays bounded by one record's block:
// blocks larger than 1 MiB are buffered in a temporary file by the
// WARC library. It stops at the end of the file, at the first malformed
// record (an error naming its offset), when fn returns an error, or when
// ctx ends.
func ReadResponses(ctx context.Context, r io.Reader, fn func(*Response) error) (ReadStats, error) {
	var st ReadStats
	rd, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1<<20))
	if err != nil {
		return st, fmt.Errorf("open warc: %w", err)
	}
	defer rd.Close()
	for {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return st, nil
		}
		if err != nil {
			rec.Close()
			return st, fmt.Errorf("warc record at offset %d: %w", rec.Offset, err)
		}
		st.Records++
		err = handle(rec, &st, fn)
		rec.Close()
		if errors.Is(err, ErrStop) {
			return st, nil
		}
		if err != nil {
			return st, err
		}
	}
}

func handle(rec gowarc.Record, st *ReadStats, fn func(*Response) error) error {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return nil
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		st.Skipped++
		return nil
	}
	hdr := blk.HttpHeader()
	payload, err := blk.PayloadBytes()
	if err != nil || hdr == nil {
		st.Skipped++
		return nil
	}
	date, _ := wr.Date()
	st.Responses++
	return fn(&Response{
		URL:     wr.WarcHeader().GetId(gowarc.WarcTargetURI),
		Date:    date,
		IP:      wr.WarcHeader().Get(gowarc.WarcIPAddress),
		Status:  blk.HttpStatusCode(),
		Header:  *hdr,
		Payload: payload,
		Offset:  rec.Offset,
	})
}
