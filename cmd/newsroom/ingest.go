package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"golang.org/x/sync/errgroup"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/ingest"
	"newsroom.dev/pkg/procmem"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

type ingestOpts struct {
	conn      connOpts
	files     stringList
	cfg       ingest.Config
	extractor extractor.Config
	sink      sink.Config
	progress  string
}

func ingestFlags(o *ingestOpts, out io.Writer) *flag.FlagSet {
	fs := newFlagSet("ingest", "ingest --warc FILE [--warc FILE...] [options]   (or: ingest [options] FILE...)",
		"Feeds the HTML responses of WARC files (a --warc archive, Common Crawl's CC-NEWS, any WARC/1.0 or 1.1,\n"+
			"gzipped per record or plain) into the pages stream; the record's WARC-Date becomes the fetch time.\n"+
			"Without --nats it runs the extractor and sink in this process (embedded NATS, state and SQLite under\n"+
			"--data) and exits once every page is stored. With --nats it only publishes: the cluster's extractors\n"+
			"and sinks do the rest.\n\n"+
			"Examples:\n"+
			"  newsroom ingest --warc CC-NEWS-20240101000000-00000.warc.gz\n"+
			"  newsroom ingest --nats nats://nats:4222 archive/*.warc.gz", out)
	fs.Var(&o.files, "warc", "WARC file to ingest (repeatable; files may also follow the options)")
	fs.Int64Var(&o.cfg.MaxBody, "max-body", ingest.DefaultMaxBody, "skip pages whose body is larger than this many bytes after decompression")
	fs.IntVar(&o.cfg.Window, "publish-window", ingest.DefaultWindow, "pages published before waiting for their acks")
	o.conn.addData(fs)
	o.conn.addNATS(fs, true)
	o.conn.addRedis(fs, true)
	o.conn.addStore(fs, true)
	o.conn.addLog(fs)
	fs.StringVar(&o.progress, "progress", "auto", "progress display: auto (a live line on a terminal, log lines otherwise), line, log or off")
	o.conn.addConnectWait(fs, 30*time.Second)
	addExtractorFlags(fs, &o.extractor)
	fs.IntVar(&o.sink.BatchSize, "batch", 200, "articles per store transaction")
	addStoriesFlags(fs, &o.sink)
	return fs
}

func cmdIngest(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o ingestOpts
	fs := ingestFlags(&o, stdout)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	files := append([]string(nil), o.files...)
	files = append(files, fs.Args()...)
	if len(files) == 0 {
		return errors.New("no WARC files: give --warc FILE (repeatable) or list files after the options")
	}
	local := o.conn.nats == ""
	mode, err := progressMode(o.progress, stderr)
	if err != nil {
		return err
	}
	log, err := o.conn.logger(stderr, mode == "line")
	if err != nil {
		return err
	}
	e := &env{log: log, reg: newRegistry()}
	defer e.close()
	if err := e.connectNATS(ctx, &o.conn, "newsroom-ingest", true); err != nil {
		return err
	}
	obj, err := e.js.ObjectStore(ctx, bus.BucketBodies)
	if err != nil {
		return fmt.Errorf("body bucket: %w", err)
	}
	in, err := ingest.New(o.cfg, e.js, obj, log)
	if err != nil {
		return err
	}

	// In one process, the extractor and sink run beside the ingest.
	var g errgroup.Group
	var ex *extractor.Service
	var sk *sink.Service
	exCtx, exStop := context.WithCancel(context.WithoutCancel(ctx))
	skCtx, skStop := context.WithCancel(context.WithoutCancel(ctx))
	defer exStop()
	defer skStop()
	if local {
		if err := e.openState(ctx, &o.conn, true); err != nil {
			return err
		}
		if err := e.openStore(ctx, &o.conn); err != nil {
			return err
		}
		if ex, err = extractor.New(o.extractor, extractor.Deps{JS: e.js, State: e.state, Log: log, Metrics: e.reg}); err != nil {
			return err
		}
		o.sink.Stories.Replicas = o.conn.replicas
		if sk, err = sink.New(o.sink, sink.Deps{JS: e.js, Store: e.store, Log: log, Metrics: e.reg}); err != nil {
			return err
		}
		g.Go(func() error { return ex.Run(exCtx) })
		g.Go(func() error { return sk.Run(skCtx) })
	}

	start := time.Now()
	st := in.Stats()
	prog := newIngestProgress(st, files)
	progCtx, progStop := context.WithCancel(ctx)
	var pg errgroup.Group
	if mode != "off" {
		pg.Go(func() error { prog.run(progCtx, mode, stderr); return nil })
	}
	failed := 0
	for i, f := range files {
		prog.reading(i, f)
		fstart, before := time.Now(), st.WARC.Records.Load()
		err := in.File(ctx, f)
		n := st.WARC.Records.Load() - before
		log.Info("WARC file read", "file", f, "records", n, "records_per_s", rate(n, time.Since(fstart)), "err", err)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			failed++
			fmt.Fprintf(stderr, "newsroom: %v\n", err)
		}
	}
	read := time.Since(start)
	progStop()
	_ = pg.Wait()

	stored := ""
	if local {
		// Wait until the extractor and then the sink have nothing left,
		// stopping each in pipeline order.
		drain(ctx, e, bus.StageExtractor, func() int64 { return ex.InFlight() })
		exStop()
		drain(ctx, e, bus.StageSink, func() int64 { return sk.InFlight() })
		skStop()
		if err := g.Wait(); err != nil {
			return err
		}
		stories, urls, _ := e.store.Count(context.Background())
		xs := snapExtractor(ex)
		stored = fmt.Sprintf("  extracted    %d articles: %d new stories, %d duplicates; %d non-articles, %d failed\n"+
			"  stored       %d stories at %d URLs\n", xs.New+xs.Duplicates, xs.New, xs.Duplicates, xs.NonArticles, xs.Failed, stories, urls)
	}
	records, responses, revisits := st.WARC.Records.Load(), st.WARC.Responses.Load(), st.WARC.Revisits.Load()
	fmt.Fprintf(stdout, "newsroom: ingested %d WARC files (%d unreadable) in %s\n", len(files), failed, read.Truncate(time.Millisecond))
	fmt.Fprintf(stdout, "  read         %d records, %.0f records/s (%.1f MiB, %.1f MiB/s): %d HTTP responses, %d revisits, %d others\n",
		records, rate(records, read), float64(st.FileBytes.Load())/(1<<20), rate(st.FileBytes.Load(), read)/(1<<20),
		responses, revisits, records-responses-revisits)
	fmt.Fprintf(stdout, "  published    %d pages (%.1f MiB), %.0f pages/s; %d publish retries\n",
		st.Pages.Load(), float64(st.Bytes.Load())/(1<<20), rate(st.Pages.Load(), read), st.Retries.Load())
	fmt.Fprintf(stdout, "  skipped      %d responses and revisits%s\n", st.Skipped.Load(), reasonList(st.SkipReasons()))
	fmt.Fprint(stdout, stored)
	if rss, _ := procmem.PeakRSS(0); rss > 0 {
		fmt.Fprintf(stdout, "  peak RSS     %.1f MiB\n", float64(rss)/(1<<20))
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d WARC files could not be read to the end", failed, len(files))
	}
	return nil
}

func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// drain waits until a stage's consumer has nothing pending or in flight and
// the service holds nothing, for a second in a row, or ctx ends.
func drain(ctx context.Context, e *env, stage string, inFlight func() int64) {
	var since time.Time
	for ctx.Err() == nil {
		idle := false
		if lags, err := bus.Lags(ctx, e.js); err == nil {
			for _, l := range lags {
				if l.Stage == stage {
					idle = l.Pending == 0 && l.AckPending == 0 && inFlight() == 0
				}
			}
		}
		switch {
		case !idle:
			since = time.Time{}
		case since.IsZero():
			since = time.Now()
		case time.Since(since) > time.Second:
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(100 * time.Millisecond):
		}
	}
}
