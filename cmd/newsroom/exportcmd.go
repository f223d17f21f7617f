package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"newsroom.dev/pkg/store"
)

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var format, since, until, out string
	var opts store.ExportOptions
	fs := newFlagSet("export", "export [--data DIR | --store URL] [--format jsonl|csv|parquet] [--since T] [--until T] [--site HOST] [--lang CODE] [--q QUERY] [--out FILE]",
		"Writes the stored stories: id, url, canonical_url, site, title, authors, published_at, language, text,\n"+
			"duplicates (the story's other URLs), fetched_at (of the chosen copy), first_stored_at, updated_at, and more.\n"+
			"JSON lines by default; CSV with a header row ("+strings.Join(store.CSVColumns(), ",")+");\n"+
			"or Parquet with typed columns (timestamps, lists).", stdout)
	o.addData(fs)
	o.addStore(fs, true)
	fs.StringVar(&format, "format", "jsonl", "output format: jsonl, csv or parquet")
	fs.StringVar(&since, "since", "", "only stories first stored or updated since: RFC 3339 time or a duration ago (24h)")
	fs.StringVar(&until, "until", "", "only stories last updated before: RFC 3339 time or a duration ago")
	fs.StringVar(&opts.Site, "site", "", "only stories whose chosen copy is on this host")
	fs.StringVar(&opts.Lang, "lang", "", "only stories in this language (ISO 639-1 code)")
	fs.StringVar(&opts.Query, "q", "", `only stories matching this full-text query (words, "a phrase", OR, -word), as the search API`)
	fs.StringVar(&out, "out", "", "write to this file instead of standard output")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if !slices.Contains(store.ExportFormats(), format) {
		return fmt.Errorf("unknown --format %q (want jsonl, csv or parquet)", format)
	}
	opts.Format = format
	var err error
	if opts.Since, err = exportTime("--since", since); err != nil {
		return err
	}
	if opts.Until, err = exportTime("--until", until); err != nil {
		return err
	}
	if !opts.Since.IsZero() && !opts.Until.IsZero() && !opts.Since.Before(opts.Until) {
		return fmt.Errorf("--since (%s) must be before --until (%s)", opts.Since.Format(time.RFC3339), opts.Until.Format(time.RFC3339))
	}
	if o.storeURL == "" {
		if _, err := os.Stat(o.data); err != nil {
			return fmt.Errorf("no data dir %s: run a crawl first or give --data/--store", o.data)
		}
	}
	e := &env{log: discardLogger()}
	defer e.close()
	if err := e.openStore(ctx, &o); err != nil {
		return err
	}
	w := stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	n, err := e.store.Export(ctx, bw, opts)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "exported %d stories\n", n)
	return nil
}

// exportTime parses an export bound: an RFC 3339 time, or a duration ago.
func exportTime(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(v); err == nil {
		return time.Now().Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("invalid %s %q: want RFC 3339 (2024-05-17T00:00:00Z) or a duration (24h)", flag, v)
	}
	return t, nil
}
