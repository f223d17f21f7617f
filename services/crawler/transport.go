package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"time"

	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/webarchive"
)

// Archiver keeps a copy of every fetch as it went over the wire (a
// *webarchive.Writer). Write is called from concurrent fetches; an error is
// logged and does not fail the fetch.
type Archiver interface {
	Write(x webarchive.Exchange) error
}

// hdrOrigContentType carries the server's Content-Type past Colly, which would
// otherwise re-encode bodies whose charset it recognises; the extractor does
// the charset decoding from the original bytes.
const hdrOrigContentType = "X-Newsroom-Content-Type"

// boundedTransport decodes Content-Encoding itself with a bound on the decoded
// size (no decompression bombs), refuses bodies over the size cap with a
// clear error instead of truncating them, and hides the charset from Colly.
type boundedTransport struct {
	base     http.RoundTripper
	maxBytes int64
	timeout  time.Duration // whole request, body included (0: none)
	archive  Archiver      // nil: fetches are not archived
	log      *slog.Logger  // for archive failures
}

func (t *boundedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	}
	ctx := req.Context()
	if t.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t.timeout)
		defer cancel() // the body is read in full below, before returning
		req = req.WithContext(ctx)
	}
	ip := new(string)
	start := time.Now()
	if t.archive != nil {
		req, ip = traceIP(req)
	}
	res, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, inPhase(ctx, phaseHeaders, err)
	}
	if res.ContentLength > t.maxBytes {
		res.Body.Close()
		return nil, fmt.Errorf("%w: %s declares %d bytes (cap %d)", fetch.ErrTooLarge, req.URL, res.ContentLength, t.maxBytes)
	}
	var src io.Reader = io.LimitReader(res.Body, t.maxBytes+1)
	var raw bytes.Buffer // the body as it came over the wire, for the archive
	if t.archive != nil {
		src = io.TeeReader(src, &raw)
	}
	body, err := fetch.DecodeBody(res.Header.Get("Content-Encoding"), src, t.maxBytes)
	res.Body.Close()
	if errors.Is(err, fetch.ErrTooLarge) {
		return nil, fmt.Errorf("read %s: %w", req.URL, err)
	}
	if err != nil {
		return nil, inPhase(ctx, phaseBody, err)
	}
	if t.archive != nil {
		t.record(req, res, raw.Bytes(), *ip, start)
	}
	res.Header.Del("Content-Encoding")
	res.Header.Del("Content-Length")
	res.ContentLength = int64(len(body))
	res.Uncompressed = true
	res.Body = io.NopCloser(bytes.NewReader(body))
	if ct := res.Header.Get("Content-Type"); ct != "" {
		res.Header.Set(hdrOrigContentType, ct)
		if mt, params, err := mime.ParseMediaType(ct); err == nil {
			delete(params, "charset")
			res.Header.Set("Content-Type", mime.FormatMediaType(mt, params))
		} else {
			res.Header.Set("Content-Type", "application/octet-stream")
		}
	}
	res.Header.Set("X-Newsroom-Body-Bytes", strconv.Itoa(len(body)))
	return res, nil
}

// record hands one fetch to the archive, before the response headers are
// rewritten for Colly.
func (t *boundedTransport) record(req *http.Request, res *http.Response, raw []byte, ip string, start time.Time) {
	status := res.Status
	if len(status) > 4 && status[3] == ' ' {
		status = status[4:]
	}
	x := webarchive.Exchange{Method: req.Method, URL: req.URL.String(), RequestHeader: req.Header.Clone(),
		Proto: res.Proto, Status: res.StatusCode, StatusText: status, ResponseHeader: res.Header.Clone(),
		Body: raw, IP: ip, Started: start, Duration: time.Since(start)}
	if err := t.archive.Write(x); err != nil && t.log != nil {
		t.log.Warn("archiving a fetch failed", "url", x.URL, "err", err)
	}
}

// traceIP returns req set up to note the address it is sent to, and where
// that address will be written.
func traceIP(req *http.Request) (*http.Request, *string) {
	ip := new(string)
	return req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			if a := ci.Conn.RemoteAddr(); a != nil {
				if h, _, err := net.SplitHostPort(a.String()); err == nil {
					*ip = h
				}
			}
		},
	})), ip
}
