package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

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
	if left, err := webarchive.Unfinished(w.dir, ""); err == nil && len(left) > 0 {
		log.Warn("WARC files left unfinished by an earlier crawler that did not stop cleanly: they have no index;"+
			" once no crawler writes to this directory, `newsroom index-warc DIR` repairs and indexes them",
			"dir", w.dir, "files", len(left))
	}
	return wr, func() error {
		err := wr.Close()
		st := wr.Stats()
		log.Info("WARC archive closed", "dir", w.dir, "fetches", st.Exchanges.Load(), "revisits", st.Revisits.Load(), "files", st.Files.Load(),
			"bytes", st.Bytes.Load(), "errors", st.Errors.Load())
		return err
	}, nil
}

// cmdIndexWARC writes the CDXJ index of WARC files, repairing those a
// crawler left unfinished (killed before it closed them).
func cmdIndexWARC(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var prefix string
	fs := newFlagSet("index-warc", "index-warc [options] FILE|DIR...",
		"Write the CDXJ index beside each WARC file, as the crawler's --warc writer does for the files it\n"+
			"finishes. A file still named *.warc.gz.open was left by a crawler that was killed: its incomplete\n"+
			"last record is cut off and the name loses .open first. A directory stands for its unfinished files\n"+
			"and the finished ones that have no index. Never point it at a directory a running crawler writes to.",
		stdout)
	fs.StringVar(&prefix, "warc-prefix", "newsroom-", "in a directory, only files whose names start with this")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{cmd: "index-warc", msg: "no WARC file or directory given"}
	}
	var files []string
	for _, arg := range fs.Args() {
		fi, err := os.Stat(arg)
		if err != nil {
			return err
		}
		if !fi.IsDir() {
			files = append(files, arg)
			continue
		}
		open, err := webarchive.Unfinished(arg, prefix)
		if err != nil {
			return err
		}
		files = append(files, open...)
		done, err := filepath.Glob(filepath.Join(arg, "*.warc.gz"))
		if err != nil {
			return err
		}
		for _, f := range done {
			if !strings.HasPrefix(filepath.Base(f), prefix) {
				continue
			}
			if _, err := os.Stat(webarchive.IndexPath(f)); errors.Is(err, iofs.ErrNotExist) {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		fmt.Fprintln(stdout, "nothing to index: no unfinished WARC files and no finished ones without an index")
		return nil
	}
	failed := 0
	for _, f := range files {
		res, err := webarchive.Index(ctx, f)
		if err != nil {
			fmt.Fprintf(stderr, "newsroom index-warc: %v\n", err)
			failed++
			continue
		}
		cut := ""
		if res.Truncated > 0 {
			cut = fmt.Sprintf("; cut an incomplete last record of %d bytes", res.Truncated)
		}
		if res.Path != f {
			cut += "; renamed from " + filepath.Base(f)
		}
		fmt.Fprintf(stdout, "%s: %d records, %d responses and revisits indexed in %s%s\n",
			res.Path, res.Records, res.Entries, filepath.Base(res.Index), cut)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be indexed", failed, len(files))
	}
	return nil
}
