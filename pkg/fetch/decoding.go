package fetch

import (
	"fmt"
	"net/http"
	"strings"
)

// DecodingTransport wraps a RoundTripper (normally one from NewTransport) so
// that responses are decompressed here, within a bound on the DECODED size,
// instead of by net/http or Colly (whose gzip handling limits only the
// compressed bytes, so a gzip bomb would expand without limit).
//
// It asks for gzip, deflate and br unless the request already sets
// Accept-Encoding, decodes any Content-Encoding it knows, removes the
// Content-Encoding and Content-Length headers of decoded responses, and marks
// every response Uncompressed so Colly does not gunzip again (gzip files such
// as sitemap.xml.gz are passed through as bytes; feeds.Parse decodes those
// within its own limit). A response that declares a Content-Length past
// MaxBody fails RoundTrip with ErrTooLarge; a body that decodes past it
// fails its Read with ErrTooLarge. The request is never modified.
type DecodingTransport struct {
	// Base performs the requests (nil means NewTransport(TransportOptions{})).
	Base http.RoundTripper
	// MaxBody bounds decoded bytes per response (0 means DefaultMaxBody).
	MaxBody int64
}

// RoundTrip implements http.RoundTripper.
func (t *DecodingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = NewTransport(TransportOptions{})
	}
	if req.Header.Get("Accept-Encoding") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	}
	res, err := base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	max := t.MaxBody
	if max <= 0 {
		max = DefaultMaxBody
	}
	if res.ContentLength > max {
		// Refused before reading: the declared body, decoded or not, is
		// already past the bound.
		res.Body.Close()
		return nil, fmt.Errorf("%w: %s declares %d bytes (cap %d)", ErrTooLarge, req.URL, res.ContentLength, max)
	}
	enc := strings.TrimSpace(res.Header.Get("Content-Encoding"))
	if req.Method != http.MethodHead && res.Body != nil && res.Body != http.NoBody {
		res.Body = NewDecoder(enc, res.Body, max)
		if enc != "" {
			res.Header.Del("Content-Encoding")
			res.Header.Del("Content-Length")
			res.ContentLength = -1
		}
	}
	res.Uncompressed = true
	return res, nil
}
