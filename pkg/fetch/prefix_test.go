package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadPrefix(t *testing.T) {
	rules := []byte("User-agent: *\nDisallow: /private/\n")
	big := append(bytes.Clone(rules), bytes.Repeat([]byte("# filler\n"), 200_000)...)
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(rules)
	zw.Write(make([]byte, 64<<20))
	zw.Close()
	tests := []struct {
		name          string
		enc           string
		r             io.Reader
		n             int64
		want          []byte
		wantTruncated bool
		wantErr       bool
	}{
		{name: "short", r: bytes.NewReader(rules), n: 1 << 10, want: rules},
		{name: "exact", r: bytes.NewReader(rules), n: int64(len(rules)), want: rules},
		{name: "large", r: bytes.NewReader(big), n: 500 << 10, want: big[:500<<10], wantTruncated: true},
		{name: "gzip bomb", enc: "gzip", r: bytes.NewReader(bomb.Bytes()), n: 500 << 10,
			want: append(bytes.Clone(rules), make([]byte, 500<<10-len(rules))...), wantTruncated: true},
		{name: "broken after the prefix", r: io.MultiReader(bytes.NewReader(big[:600<<10]), iotest.ErrReader(io.ErrUnexpectedEOF)),
			n: 500 << 10, want: big[:500<<10], wantTruncated: true},
		{name: "broken inside the prefix", r: io.MultiReader(bytes.NewReader(rules), iotest.ErrReader(io.ErrUnexpectedEOF)),
			n: 500 << 10, wantErr: true},
		{name: "bad gzip", enc: "gzip", r: strings.NewReader("not gzip at all"), n: 1 << 10, wantErr: true},
		{name: "unknown encoding", enc: "zstd-ish", r: bytes.NewReader(rules), n: 1 << 10, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, truncated, err := ReadPrefix(tt.enc, tt.r, tt.n)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if truncated != tt.wantTruncated || !bytes.Equal(got, tt.want) {
				t.Errorf("got %d bytes (truncated %v), want %d bytes (truncated %v)", len(got), truncated, len(tt.want), tt.wantTruncated)
			}
		})
	}
	if _, _, err := ReadPrefix("br", strings.NewReader("\xff\xff"), 10); err == nil || errors.Is(err, ErrTooLarge) {
		t.Errorf("broken brotli: err = %v, want a decode error", err)
	}
}
