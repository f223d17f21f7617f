package main

import (
	"flag"
	"fmt"
	"log/slog"

	"newsroom.dev/pkg/webarchive"
	"newsroom.dev/services/crawler"
)

// warcOpts are the crawler's WARC archive flags.
type warcOpts struct {
	dir     string
	maxSize int64
	revisit int
}

func (w *warcOpts) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&w.dir, "warc", "", "write every fetch (request, response, metadata) to WARC/1.1 files with a CDXJ index in this directory")
	fs.Int64Var(&w.maxSize, "warc-max-size", webarchive.DefaultMaxFileSize, "start a new WARC file once the current one reaches this many (compressed) bytes")
	fs.IntVar(&w.revisit, "warc-revisit-memory", webarchive.DefaultRevisitMemory,
		"remember the last full response of this many URLs (about 250 bytes each), so that a 304 or an unchanged page becomes a WARC revisit record referring to it (0: none)")
}

// open returns the archive the crawler writes to (nil without --warc) and a
// function that finishes the last file and its index; call it after the
// crawler has stopped.
func (w *warcOpts) open(log *slog.Logger) (crawler.Archiver, func() error, error) {
	if w.dir == "" {
		return nil, func() error { return nil }, nil
	}
	memory := w.revisit
	if memory == 0 {
		memory = -1 // none; the writer's 0 means its default
	}
	wr, err := webarchive.NewWriter(webarchive.WriterOptions{Dir: w.dir, MaxFileSize: w.maxSize, Software: "newsroom", RevisitMemory: memory})
	if err != nil {
		return nil, nil, fmt.Errorf("--warc: %w", err)
	}
	log.Info("archiving fetches as WARC", "dir", w.dir, "max_size", w.maxSize)
	return wr, func() error {
		err := wr.Close()
		st := wr.Stats()
		log.Info("WARC archive closed", "dir", w.dir, "fetches", st.Exchanges.Load(), "revisits", st.Revisits.Load(), "files", st.Files.Load(),
			"bytes", st.Bytes.Load(), "errors", st.Errors.Load())
		return err
	}, nil
}
