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

// DefaultMaxBody is the decoded-size bound used when a max of 0 is given (10 MiB).
const DefaultMaxBody = 10 << 20

// ErrTooLarge is returned when a decoded body exceeds its bound.
var ErrTooLarge = errors.New("body too large")

// ErrUnsupportedEncoding is returned for a Content-Encoding this package does not know.
var ErrUnsupportedEncoding = errors.New("unsupported content encoding")

// DecodeBody reads r, undoing contentEncoding (a Content-Encoding header
// value: "", identity, gzip, x-gzip, deflate, br, or a comma-separated chain
// of them), and returns at most max decoded bytes (max <= 0 means
// DefaultMaxBody). A body that decodes to more than max returns ErrTooLarge
// after reading no more than max+1 decoded bytes, so compression bombs cost
// bounded memory and time.
func DecodeBody(contentEncoding string, r io.Reader, max int64) ([]byte, error) {
	d := NewDecoder(contentEncoding, struct{ io.Reader }{r}, max) // hide r's Close
	defer d.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// NewDecoder returns a streaming reader of the decoded form of r (see
// DecodeBody for the encodings). Reading more than max decoded bytes (max <= 0
// means DefaultMaxBody) fails with ErrTooLarge. The decoders are set up on
// the first Read, so header errors surface there. Close releases the
// decoders and closes r if it is an io.Closer.
func NewDecoder(contentEncoding string, r io.Reader, max int64) io.ReadCloser {
	if max <= 0 {
		max = DefaultMaxBody
	}
	return &decoder{enc: contentEncoding, src: r, left: max, max: max}
}

type decoder struct {
	enc     string
	src     io.Reader
	r       io.Reader // decoded stream, nil until the first Read
	closers []io.Closer
	left    int64
	max     int64
	err     error
}

func (d *decoder) init() error {
	r := d.src
	codings := strings.Split(d.enc, ",")
	// Codings are listed in the order applied; undo them in reverse.
	for i := len(codings) - 1; i >= 0; i-- {
		c := strings.ToLower(strings.TrimSpace(codings[i]))
		switch c {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return fmt.Errorf("decode gzip: %w", err)
			}
			d.closers = append(d.closers, zr)
			r = zr
		case "deflate":
			br := bufio.NewReader(r)
			hdr, _ := br.Peek(2)
			if len(hdr) == 2 && hdr[0]&0x0f == 8 && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 {
				zr, err := zlib.NewReader(br)
				if err != nil {
					return fmt.Errorf("decode deflate: %w", err)
				}
				d.closers = append(d.closers, zr)
				r = zr
			} else { // raw deflate, as some servers send
				fr := flate.NewReader(br)
				d.closers = append(d.closers, fr)
				r = fr
			}
		case "br":
			r = brotli.NewReader(r)
		default:
			return fmt.Errorf("decode %q: %w", c, ErrUnsupportedEncoding)
		}
	}
	d.r = r
	return nil
}

// Read implements io.Reader.
func (d *decoder) Read(p []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	if d.r == nil {
		if err := d.init(); err != nil {
			d.err = err
			return 0, err
		}
	}
	if d.left <= 0 {
		// Budget spent: any further decoded byte means the body is too large.
		var one [1]byte
		n, err := d.r.Read(one[:])
		if n > 0 {
			d.err = fmt.Errorf("decode: more than %d bytes: %w", d.max, ErrTooLarge)
			return 0, d.err
		}
		return 0, d.wrap(err)
	}
	if int64(len(p)) > d.left {
		p = p[:d.left]
	}
	n, err := d.r.Read(p)
	d.left -= int64(n)
	return n, d.wrap(err)
}

func (d *decoder) wrap(err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	d.err = fmt.Errorf("decode %s: %w", d.enc, err)
	return d.err
}

// Close implements io.Closer.
func (d *decoder) Close() error {
	for _, c := range d.closers {
		c.Close()
	}
	d.closers = nil
	if c, ok := d.src.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// ReadPrefix reads r, undoing contentEncoding as DecodeBody does, and
// returns at most the first n decoded bytes (n <= 0 means DefaultMaxBody).
// Unlike DecodeBody it does not fail when there is more: truncated reports
// that the decoded body went on past n (or broke off after the first n
// bytes), and the rest is left unread. It fails only when the first n bytes
// (or the whole body, if shorter) cannot be read. This is how a robots.txt
// is read: RFC 9309 asks for at least its first 500 KiB, whatever its size.
func ReadPrefix(contentEncoding string, r io.Reader, n int64) (body []byte, truncated bool, err error) {
	if n <= 0 {
		n = DefaultMaxBody
	}
	d := NewDecoder(contentEncoding, struct{ io.Reader }{r}, n)
	defer d.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(d, n)); err != nil {
		return nil, false, err
	}
	if int64(buf.Len()) < n {
		return buf.Bytes(), false, nil
	}
	// The budget is spent: one more read tells the end of the body (EOF)
	// from more of it (ErrTooLarge) or a break after the prefix.
	var one [1]byte
	if _, err := d.Read(one[:]); err == io.EOF {
		return buf.Bytes(), false, nil
	}
	return buf.Bytes(), true, nil
}
