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

// hdrDiscovery carries the task's kind (how the crawler came to the URL)
// from the fetch to the transport, which removes it before the request is
// sent and hands it to the archive.
const hdrDiscovery = "X-Newsroom-Discovery"

// boundedTransport reads every response in full under the size cap, with
// the request timeout, and hides the charset from Colly. Decompression is
// fetch.DecodingTransport's (bounded on the decoded size, so no
// decompression bombs); a body over the cap fails with a clear error
// instead of being truncated. Requests are never modified: changes go to
// copies.
type boundedTransport struct {
	next    http.RoundTripper // a *fetch.DecodingTransport over a wireTap
	timeout time.Duration     // whole request, body included (0: none)
	archive Archiver          // nil: fetches are not archived
	log     *slog.Logger      // for archive failures
}

// newBoundedTransport returns the crawler's transport over base.
func newBoundedTransport(base http.RoundTripper, maxBytes int64, timeout time.Duration, archive Archiver, log *slog.Logger) *boundedTransport {
	return &boundedTransport{next: &fetch.DecodingTransport{Base: wireTap{base: base}, MaxBody: maxBytes},
		timeout: timeout, archive: archive, log: log}
}

func (t *boundedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	if t.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t.timeout)
		defer cancel() // the body is read in full below, before returning
	}
	discovery := req.Header.Get(hdrDiscovery)
	if _, ok := req.Header[hdrDiscovery]; ok {
		req = req.Clone(ctx)
		req.Header.Del(hdrDiscovery)
	}
	ip := new(string)
	var raw *wire
	if t.archive != nil {
		raw = &wire{}
		ctx = context.WithValue(ctx, wireKey{}, raw)
		ctx, ip = traceIP(ctx)
	}
	if ctx != req.Context() {
		req = req.WithContext(ctx)
	}
	start := time.Now()
	res, err := t.next.RoundTrip(req)
	if errors.Is(err, fetch.ErrTooLarge) {
		return nil, err // a declared length past the cap; the error names the URL
	}
	if err != nil {
		return nil, inPhase(ctx, phaseHeaders, err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if errors.Is(err, fetch.ErrTooLarge) {
		return nil, fmt.Errorf("read %s: %w", req.URL, err)
	}
	if err != nil {
		return nil, inPhase(ctx, phaseBody, err)
	}
	if raw != nil {
		onWire := *res // the headers as sent, with the undecoded body
		if raw.header != nil {
			onWire.Header = raw.header
		}
		t.record(req, &onWire, raw.body.Bytes(), *ip, discovery, start)
	}
	res.Header.Del("Content-Length")
	res.ContentLength = int64(len(body))
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

// wire is a response as it came over the wire, before decoding, for the
// archive: wireTap fills the one a request's context carries.
type wire struct {
	header http.Header
	body   bytes.Buffer
}

type wireKey struct{}

// wireTap keeps a copy of each response's headers and undecoded body in the
// wire its request's context carries, if any.
type wireTap struct{ base http.RoundTripper }

func (t wireTap) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if w, ok := req.Context().Value(wireKey{}).(*wire); ok {
		w.header = res.Header.Clone()
		if res.Body != nil {
			res.Body = struct {
				io.Reader
				io.Closer
			}{io.TeeReader(res.Body, &w.body), res.Body}
		}
	}
	return res, nil
}

// record hands one fetch to the archive, before the response headers are
// rewritten for Colly.
func (t *boundedTransport) record(req *http.Request, res *http.Response, raw []byte, ip, discovery string, start time.Time) {
	status := res.Status
	if len(status) > 4 && status[3] == ' ' {
		status = status[4:]
	}
	x := webarchive.Exchange{Method: req.Method, URL: req.URL.String(), RequestHeader: req.Header.Clone(),
		Proto: res.Proto, Status: res.StatusCode, StatusText: status, ResponseHeader: res.Header.Clone(),
		Body: raw, IP: ip, Discovery: discovery, Started: start, Duration: time.Since(start)}
	if err := t.archive.Write(x); err != nil && t.log != nil {
		t.log.Warn("archiving a fetch failed", "url", x.URL, "err", err)
	}
}

// traceIP returns ctx set up to note the address its request is sent to,
// and where that address will be written.
func traceIP(ctx context.Context) (context.Context, *string) {
	ip := new(string)
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			if a := ci.Conn.RemoteAddr(); a != nil {
				if h, _, err := net.SplitHostPort(a.String()); err == nil {
					*ip = h
				}
			}
		},
	}), ip
}
