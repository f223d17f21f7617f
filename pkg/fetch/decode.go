package fetch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/andybalholm/brotli"
)

// DefaultMaxBody is a reasonable decoded-size bound for DecodeBody (10 MiB).
const DefaultMaxBody = 10 << 20

// ErrTooLarge is returned when a decoded body exceeds its bound.
var ErrTooLarge = errors.New("body too large")

// ErrUnsupportedEncoding is returned for a Content-Encoding DecodeBody does not know.
var ErrUnsupportedEncoding = errors.New("unsupported content encoding")

// DecodeBody reads r, undoing contentEncoding (a Content-Encoding header
// value: "", identity, gzip, x-gzip, deflate, br, or a comma-separated chain
// of them), and returns at most max decoded bytes (max <= 0 means
// DefaultMaxBody). A body that decodes to more than max returns ErrTooLarge
// after reading no more than max+1 decoded bytes, so compression bombs cost
// bounded memory and time.
func DecodeBody(contentEncoding string, r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxBody
	}
	codings := strings.Split(contentEncoding, ",")
	// Codings are listed in the order applied; undo them in reverse.
	for i := len(codings) - 1; i >= 0; i-- {
		c := strings.ToLower(strings.TrimSpace(codings[i]))
		switch c {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, fmt.Errorf("decode gzip: %w", err)
			}
			defer zr.Close()
			r = zr
		case "deflate":
			br := bufio.NewReader(r)
			hdr, _ := br.Peek(2)
			if len(hdr) == 2 && hdr[0]&0x0f == 8 && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 {
				zr, err := zlib.NewReader(br)
				if err != nil {
					return nil, fmt.Errorf("decode deflate: %w", err)
				}
				defer zr.Close()
				r = zr
			} else { // raw deflate, as some servers send
				fr := flate.NewReader(br)
				defer fr.Close()
				r = fr
			}
		case "br":
			r = brotli.NewReader(r)
		default:
			return nil, fmt.Errorf("decode %q: %w", c, ErrUnsupportedEncoding)
		}
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if n > max {
		return nil, fmt.Errorf("decode: more than %d bytes: %w", max, ErrTooLarge)
	}
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", contentEncoding, err)
	}
	return buf.Bytes(), nil
}
