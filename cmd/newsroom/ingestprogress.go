package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"newsroom.dev/pkg/ingest"
	"newsroom.dev/pkg/procmem"
)

// ingestProgress reports a running ingest: a live line on a terminal, or a
// log line every 10 seconds.
type ingestProgress struct {
	st    *ingest.Stats
	start time.Time
	total int64 // bytes of all files
	files int
	file  atomic.Int64 // 1-based index of the file being read
	name  atomic.Pointer[string]
}

func newIngestProgress(st *ingest.Stats, files []string) *ingestProgress {
	p := &ingestProgress{st: st, start: time.Now(), files: len(files)}
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			p.total += fi.Size()
		}
	}
	return p
}

// reading notes that the i-th file (from 0) is being read.
func (p *ingestProgress) reading(i int, name string) {
	base := filepath.Base(name)
	p.name.Store(&base)
	p.file.Store(int64(i + 1))
}

// line is the progress in one line.
func (p *ingestProgress) line(rate float64) string {
	name := ""
	if n := p.name.Load(); n != nil {
		name = *n
	}
	done := ""
	if p.total > 0 {
		done = fmt.Sprintf(" %.0f%%", 100*float64(p.st.FileBytes.Load())/float64(p.total))
	}
	return fmt.Sprintf("file %d/%d %s%s | %d records, %.0f/s | %d pages | %d skipped | RSS %.0f MiB | %s",
		p.file.Load(), p.files, name, done, p.st.WARC.Records.Load(), rate, p.st.Pages.Load(), p.st.Skipped.Load(),
		float64(procmem.CurrentRSS())/(1<<20), time.Since(p.start).Truncate(time.Second))
}

// run prints the progress in mode (line or log) until ctx ends.
func (p *ingestProgress) run(ctx context.Context, mode string, w io.Writer) {
	every := 10 * time.Second
	if mode == "line" {
		every = 500 * time.Millisecond
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	last, lastAt := int64(0), time.Now()
	for {
		select {
		case <-ctx.Done():
			if mode == "line" {
				fmt.Fprint(w, "\r\033[K")
			}
			return
		case now := <-tick.C:
			n := p.st.WARC.Records.Load()
			rate := float64(n-last) / now.Sub(lastAt).Seconds()
			last, lastAt = n, now
			if mode == "line" {
				fmt.Fprintf(w, "\r\033[K%s", p.line(rate))
			} else {
				fmt.Fprintf(w, "%s progress: %s\n", now.Format(time.RFC3339), p.line(rate))
			}
		}
	}
}
