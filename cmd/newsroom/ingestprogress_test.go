package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/ingest"
)

func TestIngestProgressLine(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.warc.gz"), filepath.Join(dir, "b.warc.gz")
	os.WriteFile(a, make([]byte, 300), 0o644)
	os.WriteFile(b, make([]byte, 100), 0o644)
	var st ingest.Stats
	p := newIngestProgress(&st, []string{a, b})
	p.reading(1, b)
	st.FileBytes.Store(200)
	st.WARC.Records.Store(1234)
	st.Pages.Store(400)
	got := p.line(56.4)
	for _, want := range []string{"file 2/2 b.warc.gz 50%", "1234 records, 56/s", "400 pages", "0 skipped", "RSS "} {
		if !strings.Contains(got, want) {
			t.Errorf("progress line %q lacks %q", got, want)
		}
	}

	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 600*time.Millisecond)
	defer cancel()
	p.run(ctx, "line", &out)
	if !strings.Contains(out.String(), "\r\033[Kfile 2/2") || !strings.HasSuffix(out.String(), "\r\033[K") {
		t.Errorf("line mode wrote %q: want a rewritten line, cleared at the end", out.String())
	}
}

func TestProgressMode(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{"auto", "log", false}, // a buffer is not a terminal
		{"line", "line", false},
		{"off", "off", false},
		{"bar", "", true},
	}
	for _, tt := range tests {
		got, err := progressMode(tt.in, &bytes.Buffer{})
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("progressMode(%q) = %q, %v; want %q (error %v)", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
