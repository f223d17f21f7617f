package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

type runOpts struct {
	conn      connOpts
	seeds     stringList
	seedsFile string
	untilIdle bool
	idleGrace time.Duration
	maxRun    time.Duration
	maxPages  int64
	preflight bool
	progress  string
	crawler   crawler.Config
	warc      warcOpts
	extractor extractor.Config
	sink      sink.Config
}

func runFlags(o *runOpts, out io.Writer) *flag.FlagSet {
	fs := newFlagSet("run", "run --seed URL [--seed URL...] [--seeds FILE] [options]",
		"Runs the whole pipeline (crawler, extractor, sink) in one process. By default NATS runs embedded,\n"+
			"crawl and dedupe state is kept in the process and articles go to SQLite, all under --data.\n"+
			"The crawl is continuous (seeds, feeds and section pages are revisited) unless --until-idle is given.\n\n"+
			"Examples:\n"+
			"  newsroom run --seed https://www.example-news.com/ --until-idle\n"+
			"  newsroom run --seeds seeds.yaml --store postgres://user@db/news --redis redis://cache:6379/0", out)
	fs.Var(&o.seeds, "seed", "seed URL: a home or section page, RSS/Atom feed or sitemap (repeatable)")
	fs.StringVar(&o.seedsFile, "seeds", "", "seeds file: YAML with per-site settings, or one URL per line")
	fs.BoolVar(&o.untilIdle, "until-idle", false, "make one pass and exit 0 once nothing is queued or in flight, printing a summary")
	fs.DurationVar(&o.idleGrace, "idle-grace", 3*time.Second, "with --until-idle: how long everything must stay idle")
	fs.DurationVar(&o.maxRun, "max-run", 0, "stop after this long (0: no limit)")
	fs.Int64Var(&o.maxPages, "max-pages", 0, "stop fetching after this many pages, then drain and exit (0: no limit)")
	fs.BoolVar(&o.preflight, "check-seeds", true, "before crawling, connect to each seed host (no request sent); with --until-idle, stop at once if none answers")
	fs.StringVar(&o.progress, "progress", "auto", "progress display: auto (a live line on a terminal, log lines otherwise), line, log or off")
	o.conn.addData(fs)
	o.conn.addNATS(fs, true)
	o.conn.addRedis(fs, true)
	o.conn.addStore(fs, true)
	o.conn.addAdmin(fs, defaultAdminAddr("run"))
	o.conn.addLog(fs)
	o.conn.addConnectWait(fs, 30*time.Second)
	addCrawlerFlags(fs, &o.crawler)
	o.warc.addFlags(fs)
	addExtractorFlags(fs, &o.extractor)
	addSinkFlags(fs, &o.sink)
	addStoriesFlags(fs, &o.sink)
	return fs
}

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o runOpts
	fs := runFlags(&o, stdout)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (seeds go after --seed)", fs.Arg(0))
	}
	sites, err := loadSites(o.seeds, o.seedsFile)
	if err != nil {
		return err
	}
	if len(sites) == 0 {
		return errors.New("no seeds: give --seed URL (repeatable) or --seeds FILE; see newsroom run --help")
	}
	o.crawler.Continuous = !o.untilIdle
	if err := o.crawler.Validate(); err != nil {
		return err
	}
	if a := o.conn.adminAddr; a != "" && !admin.IsLoopback(a) && o.conn.adminToken == "" {
		return fmt.Errorf("%w (addr %s): set --admin-token or NEWSROOM_ADMIN_TOKEN", admin.ErrTokenRequired, a)
	}
	var unreachable map[string]error
	if o.preflight {
		var err error
		unreachable, err = checkReachable(ctx, sites, o.crawler.ConnectTimeout)
		if err != nil && o.untilIdle {
			return err
		}
	}
	mode, err := progressMode(o.progress, stderr)
	if err != nil {
		return err
	}
	log, err := o.conn.logger(stderr, mode == "line")
	if err != nil {
		return err
	}
	for addr, err := range unreachable {
		log.Warn("seed host unreachable", "addr", addr, "reason", dialReason(err))
	}
	e := &env{log: log, reg: newRegistry()}
	defer e.close()
	if err := e.connectNATS(ctx, &o.conn, "newsroom-run", true); err != nil {
		return err
	}
	if err := e.openState(ctx, &o.conn, true); err != nil {
		return err
	}
	if err := e.openStore(ctx, &o.conn); err != nil {
		return err
	}
	arch, closeArch, err := o.warc.open(log)
	if err != nil {
		return err
	}
	defer func() {
		if err := closeArch(); err != nil {
			log.Warn("close WARC archive", "err", err)
		}
	}()
	cr, err := crawler.New(o.crawler, crawler.Deps{JS: e.js, State: e.state, Log: log, Metrics: e.reg, Archive: arch})
	if err != nil {
		return err
	}
	ex, err := extractor.New(o.extractor, extractor.Deps{JS: e.js, State: e.state, Log: log, Metrics: e.reg})
	if err != nil {
		return err
	}
	o.sink.Stories.Replicas = o.conn.replicas
	sk, err := sink.New(o.sink, sink.Deps{JS: e.js, Store: e.store, Log: log, Metrics: e.reg})
	if err != nil {
		return err
	}
	n, err := crawler.Seed(ctx, e.js, e.state, sites)
	if err != nil {
		return err
	}
	start := time.Now()
	p := &progress{start: start, cr: cr, ex: ex, sk: sk, js: e.js, reg: e.reg, hist: admin.NewHistory(time.Hour, 5*time.Second)}
	adm, err := e.startAdmin(&o.conn, true, func(ctx context.Context) any { return p.status(ctx, e) })
	if err != nil {
		return err
	}
	log.Info("newsroom running", "seeds", n, "sites", len(sites), "data", o.conn.data, "store", redactStore(o.conn.resolvedStore()),
		"until_idle", o.untilIdle, "delay", o.crawler.Delay)
	if adm != nil {
		fmt.Fprintf(stderr, "newsroom: %d seeds queued; status at http://%s/\n", n, adm.Addr())
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	if o.maxRun > 0 {
		var c context.CancelFunc
		runCtx, c = context.WithTimeout(runCtx, o.maxRun)
		defer c()
	}
	// One owner for every goroutine. Stages stop in pipeline order: the
	// crawler first, then the extractor once it has drained what the
	// crawler published, then the sink.
	var notReady func()
	if adm != nil {
		notReady = adm.SetDraining
	}
	sup := newSupervisor(log, notReady)
	sup.stage(bus.StageCrawler, cr.Run, nil)
	sup.stage(bus.StageExtractor, ex.Run, inputDrained(e.js, bus.StageExtractor))
	sup.stage(bus.StageSink, sk.Run, inputDrained(e.js, bus.StageSink))
	if adm != nil {
		sup.helper(adm.Serve)
	}
	if e.mem != nil {
		sup.helper(func(ctx context.Context) error { snapshotLoop(ctx, e); return nil })
	}
	idleCh := make(chan struct{})
	limitCh := make(chan struct{})
	sup.watcher(func(ctx context.Context) { p.watch(ctx, mode, stderr, o.untilIdle, o.idleGrace, idleCh) })
	if o.maxPages > 0 {
		sup.watcher(func(ctx context.Context) { p.watchLimit(ctx, o.maxPages, limitCh) })
	}

	reason := "stopped"
	select {
	case <-runCtx.Done():
		if ctx.Err() != nil {
			reason = "signal"
		} else {
			reason = "max-run reached"
		}
	case <-idleCh:
		reason = "idle"
	case <-limitCh:
		reason = fmt.Sprintf("page limit of %d reached", o.maxPages)
	case <-sup.Failed():
		reason = "a stage failed"
	}
	if mode == "line" {
		fmt.Fprint(stderr, "\r\033[K")
	}
	log.Info("draining", "reason", reason)
	p.setState("draining")
	err = sup.shutdown(30*time.Second, time.Minute)
	p.setState("stopped")
	if err != nil {
		return err
	}
	stories, urls, _ := e.store.Count(context.Background())
	p.summary(stdout, reason, stories, urls)
	return nil
}

func snapshotLoop(ctx context.Context, e *env) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := e.mem.Snapshot(); err != nil {
				e.log.Warn("state snapshot", "err", err)
			}
		}
	}
}

func redactStore(u string) string {
	if strings.HasPrefix(u, "postgres") {
		return bus.RedactURL(u)
	}
	return u
}
