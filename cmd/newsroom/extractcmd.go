package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/urlnorm"
)

// extractRecord is one line of `newsroom extract`: the export fields plus file and kind.
type extractRecord struct {
	File         string            `json:"file"`
	ID           string            `json:"id"`
	URL          string            `json:"url"`
	CanonicalURL string            `json:"canonical_url"`
	OriginURL    string            `json:"origin_url,omitempty"`
	Site         string            `json:"site"`
	Kind         string            `json:"kind"`
	Title        string            `json:"title"`
	Authors      []string          `json:"authors"`
	PublishedAt  *time.Time        `json:"published_at"`
	ModifiedAt   *time.Time        `json:"modified_at,omitempty"`
	Language     string            `json:"language"`
	SiteName     string            `json:"site_name,omitempty"`
	Image        string            `json:"image,omitempty"`
	Section      string            `json:"section,omitempty"`
	Tags         []string          `json:"tags,omitempty"`
	Text         string            `json:"text"`
	Duplicates   []string          `json:"duplicates"`
	FetchedAt    *time.Time        `json:"fetched_at"`
	StoredAt     *time.Time        `json:"stored_at"`
	Provenance   map[string]string `json:"provenance,omitempty"`
	Error        string            `json:"error,omitempty"`
}

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var pageURL, contentType, fetchedAt string
	opts := extract.DefaultOptions()
	fs := newFlagSet("extract", "extract [--url URL] FILE...",
		"Extracts each HTML file (gzip if the name ends in .gz) and prints one JSON object per file with the\n"+
			"export fields plus file and kind. A page judged not to be an article is still printed, with its kind.", stdout)
	fs.StringVar(&pageURL, "url", "", "the URL the page was fetched from (resolves links; URL dates); defaults to none")
	fs.StringVar(&contentType, "content-type", "", "the HTTP Content-Type the page came with (charset)")
	fs.IntVar(&opts.MaxBytes, "max-bytes", opts.MaxBytes, "largest page accepted")
	fs.StringVar(&fetchedAt, "fetched-at", "", "when the page was fetched (RFC 3339): relative dates such as \"2 hours ago\" are read against it; unread without it")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	var fetched time.Time
	if fetchedAt != "" {
		t, err := time.Parse(time.RFC3339, fetchedAt)
		if err != nil {
			return fmt.Errorf("--fetched-at: %w", err)
		}
		fetched = t
	}
	if fs.NArg() == 0 {
		return errors.New("no files given (usage: newsroom extract [--url URL] FILE...)")
	}
	ex := extract.New(opts)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, file := range fs.Args() {
		rec := extractRecord{File: file, URL: pageURL, Authors: []string{}, Duplicates: []string{}}
		body, err := readMaybeGzip(file)
		if err == nil {
			var res *extract.Result
			res, err = ex.Extract(extract.Input{URL: pageURL, Body: body, ContentType: contentType, FetchedAt: fetched})
			if errors.Is(err, extract.ErrNotArticle) && res != nil {
				err = nil
			}
			if res != nil {
				fillRecord(&rec, res)
			}
		}
		if err != nil {
			rec.Error = err.Error()
			failed++
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "newsroom extract: %d of %d files failed (see their error field)\n", failed, fs.NArg())
	}
	return nil
}

func fillRecord(rec *extractRecord, res *extract.Result) {
	rec.Kind, rec.Title, rec.PublishedAt, rec.ModifiedAt = res.Kind, res.Title, res.PublishedAt, res.ModifiedAt
	if res.Authors != nil {
		rec.Authors = res.Authors
	}
	rec.Language, rec.SiteName, rec.Image, rec.Section, rec.Tags = res.Language, res.SiteName, res.Image, res.Section, res.Tags
	rec.Text, rec.Provenance, rec.CanonicalURL, rec.OriginURL = res.Text, res.Provenance, res.CanonicalURL, res.OriginURL
	if rec.URL != "" {
		if n, err := urlnorm.Normalize(rec.URL); err == nil {
			rec.URL = n
			rec.Site = urlnorm.Host(n)
		}
	}
	if rec.CanonicalURL == "" {
		rec.CanonicalURL = rec.URL
	}
}

func readMaybeGzip(file string) ([]byte, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(file, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("gunzip %s: %w", file, err)
		}
		defer zr.Close()
		return io.ReadAll(io.LimitReader(zr, 256<<20))
	}
	return b, nil
}
