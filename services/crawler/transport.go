package crawler

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"

	"newsroom.dev/pkg/fetch"
)

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
}

func (t *boundedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	}
	res, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if res.ContentLength > t.maxBytes {
		res.Body.Close()
		return nil, fmt.Errorf("%w: %s declares %d bytes (cap %d)", fetch.ErrTooLarge, req.URL, res.ContentLength, t.maxBytes)
	}
	body, err := fetch.DecodeBody(res.Header.Get("Content-Encoding"), io.LimitReader(res.Body, t.maxBytes+1), t.maxBytes)
	res.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", req.URL, err)
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
