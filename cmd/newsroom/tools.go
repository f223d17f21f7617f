package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/urlnorm"
	"newsroom.dev/services/crawler"
)

func cmdSeed(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var file string
	fs := newFlagSet("seed", "seed [--nats URL] [--redis URL] [--seeds FILE] URL...",
		"Registers sites and puts their seed URLs on the frontier of a running cluster.", stdout)
	o.addNATS(fs, false)
	o.addRedis(fs, false)
	o.addLog(fs)
	fs.StringVar(&file, "seeds", "", "seeds file: YAML with per-site settings, or one URL per line")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	sites, err := loadSites(fs.Args(), file)
	if err != nil {
		return err
	}
	if len(sites) == 0 {
		return errors.New("no seeds given")
	}
	log, err := o.logger(stderr, false)
	if err != nil {
		return err
	}
	e := &env{log: log}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-seed", false); err != nil {
		return err
	}
	if err := e.openState(ctx, &o, false); err != nil {
		return err
	}
	n, err := crawler.Seed(ctx, e.js, e.state, sites)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "queued %d seeds of %d sites\n", n, len(sites))
	return nil
}

func cmdStatus(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var asJSON, waitIdle, instances bool
	var grace, timeout time.Duration
	fs := newFlagSet("status", "status [--nats URL] [--redis URL] [--wait-idle] [--json]",
		"Prints each stage's queue (pending), in-flight (ack pending) and redelivered messages, and the dead letters.", stdout)
	o.addNATS(fs, false)
	o.addRedisFlags(fs, "", redisUsage+"; optional here: counts the frontier's queued URLs (and --wait-idle waits for them)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.BoolVar(&waitIdle, "wait-idle", false, "return once every stage and the frontier have been empty, with nothing in flight, for --grace")
	fs.BoolVar(&instances, "instances", false, "also list the running service instances (listens 2.5 s for their announcements)")
	fs.DurationVar(&grace, "grace", 5*time.Second, "with --wait-idle: how long the pipeline must stay idle")
	fs.DurationVar(&timeout, "timeout", 0, "with --wait-idle: give up after this long (0: wait forever)")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	e := &env{log: discardLogger(), readOnly: true}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-status", false); err != nil {
		return err
	}
	if _, err := bus.Lags(ctx, e.js); err != nil {
		return fmt.Errorf("no newsroom pipeline on NATS at %s (nothing has run against it yet?): %w", bus.RedactURL(o.nats), err)
	}
	// The frontier's host queues live in Redis: without it, status sees the
	// streams only.
	var front *frontier.Frontier
	if o.redis != "" {
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
		if fst, ok := e.state.(frontier.Store); ok {
			front = frontier.New(fst, frontier.Options{})
		}
	}
	frontierIdle := func() (bool, *frontier.Stats) {
		if front == nil {
			return true, nil
		}
		st, err := front.Stats(ctx, 10)
		if err != nil {
			return false, nil
		}
		return st.Pending() == 0, &st
	}
	if waitIdle {
		var deadline <-chan time.Time
		if timeout > 0 {
			deadline = time.After(timeout)
		}
		var since time.Time
		for {
			lags, err := bus.Lags(ctx, e.js)
			if err != nil {
				return err
			}
			if fidle, _ := frontierIdle(); idle(lags) && fidle {
				if since.IsZero() {
					since = time.Now()
				}
				if time.Since(since) >= grace {
					break
				}
			} else {
				since = time.Time{}
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-deadline:
				return fmt.Errorf("pipeline not idle after %s", timeout)
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	var book *instanceBook
	if instances {
		var err error
		if book, err = watchInstances(e.nc, e.ns.Subject("newsroom.stats.*")); err != nil {
			return err
		}
		time.Sleep(2500 * time.Millisecond)
	}
	lags, err := bus.Lags(ctx, e.js)
	if err != nil {
		return err
	}
	n, latest := latestDeadLetters(ctx, e.js, 10)
	fidle, fstats := frontierIdle()
	doc := map[string]any{"stages": lags, "idle": idle(lags) && fidle, "dead_letters": map[string]any{"count": n, "latest": latest}}
	if fstats != nil {
		doc["frontier"] = fstats
	}
	if book != nil {
		doc["instances"] = book.snapshot()
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tstream\tpending\tin flight\tredelivered\tstream msgs\t")
	for _, l := range lags {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t\n", l.Stage, l.Stream, l.Pending, l.AckPending, l.Redelivered, l.StreamMsgs)
	}
	tw.Flush()
	if fstats != nil {
		fmt.Fprintf(stdout, "frontier: %d queued over %d hosts (%d due now, %d waiting), %d being fetched, %d to retry\n",
			fstats.Queued, fstats.Hosts, fstats.DueNow, fstats.Waiting, fstats.Leased, fstats.Delayed)
	}
	fmt.Fprintf(stdout, "idle: %v\ndead letters: %d\n", idle(lags) && fidle, n)
	for _, d := range latest {
		fmt.Fprintf(stdout, "  %s %s (%d deliveries): %s\n", d.At.Format(time.RFC3339), d.Stage, d.Deliveries, d.Reason)
	}
	if book != nil {
		for stage, docs := range book.snapshot() {
			fmt.Fprintf(stdout, "instances of %s: %d\n", stage, len(docs))
		}
	}
	return nil
}

func cmdAdmin(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	fs := newFlagSet("admin", "admin [--nats URL] [--redis URL] [--store URL] [--admin-addr ADDR]",
		"Serves the status dashboard and /status of a whole cluster, read through NATS (queues, dead letters,\n"+
			"each service instance's announced stats), plus Redis (host pacing) and the store (row counts) when given.", stdout)
	o.addNATS(fs, false)
	o.addRedisFlags(fs, "", redisUsage+"; optional here: shows host pacing")
	o.addStore(fs, false)
	o.addAdmin(fs, defaultAdminAddr("admin"))
	o.addLog(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	log, err := o.logger(stderr, false)
	if err != nil {
		return err
	}
	e := &env{log: log, reg: newRegistry(), readOnly: true}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-admin", false); err != nil {
		return err
	}
	if o.redis != "" {
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
	}
	if o.storeURL != "" {
		if err := e.openStore(ctx, &o); err != nil {
			return err
		}
	}
	book, err := watchInstances(e.nc, e.ns.Subject("newsroom.stats.*"))
	if err != nil {
		return err
	}
	start := time.Now()
	adm, err := e.startAdmin(&o, false, func(ctx context.Context) any {
		doc := map[string]any{"service": "newsroom admin", "state": "running", "uptime_s": int64(time.Since(start).Seconds())}
		if lags, err := bus.Lags(ctx, e.js); err == nil {
			doc["stages"] = lags
		} else {
			// admin only reads: before any service has created the streams it says so.
			doc["stages_error"] = err.Error()
		}
		inst := map[string]any{}
		for stage, docs := range book.snapshot() {
			inst[stage] = map[string]any{"instances": len(docs), "latest": docs}
		}
		doc["services"] = inst
		n, latest := latestDeadLetters(ctx, e.js, 10)
		doc["dead_letters"] = map[string]any{"count": n, "latest": latest}
		if fst, ok := e.state.(frontier.Store); ok && e.state != nil {
			if fs, err := frontier.New(fst, frontier.Options{}).Stats(ctx, 50); err == nil {
				doc["frontier"] = fs
				doc["hosts"] = fs.TopHosts
			}
		}
		if e.store != nil {
			if s, u, err := e.store.Count(ctx); err == nil {
				doc["store"] = map[string]any{"backend": e.store.Backend(), "stories": s, "urls": u}
			}
		}
		return doc
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "newsroom admin: dashboard at http://%s/\n", adm.Addr())
	return adm.Serve(ctx)
}

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

// extractRecord is one line of `newsroom extract`: the export fields plus file and kind.
type extractRecord struct {
	File         string            `json:"file"`
	ID           string            `json:"id"`
	URL          string            `json:"url"`
	CanonicalURL string            `json:"canonical_url"`
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
	rec.Text, rec.Provenance, rec.CanonicalURL = res.Text, res.Provenance, res.CanonicalURL
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
