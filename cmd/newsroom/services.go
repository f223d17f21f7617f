package main

import (
	"context"
	"io"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

// runner is what every service exposes.
type runner interface {
	Run(ctx context.Context) error
	InFlight() int64
}

// cmdService runs one service alone against external NATS, Redis and store.
func cmdService(ctx context.Context, name string, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var (
		o     connOpts
		cc    crawler.Config
		wo    warcOpts
		xc    extractor.Config
		sc    sink.Config
		drain time.Duration
	)
	about := map[string]string{
		"crawler":   "Runs a crawler replica: pulls the frontier, fetches politely (pacing and robots shared through Redis),\npublishes pages and queues new links.",
		"extractor": "Runs an extractor replica: pulls pages, extracts articles, dedupes them in Redis, publishes articles.",
		"sink":      "Runs a sink replica: pulls articles and stores them in batches (PostgreSQL or SQLite).",
	}[name]
	fs := newFlagSet(name, name+" [options]", about, stdout)
	o.addNATS(fs, false)
	if name != "sink" {
		o.addRedis(fs, false)
	}
	if name == "sink" {
		o.addStore(fs, false)
		o.addData(fs)
		addSinkFlags(fs, &sc)
		addStoriesFlags(fs, &sc)
	}
	o.addAdmin(fs, defaultAdminAddr(name))
	o.addLog(fs)
	// A service is often started beside the servers it needs (compose, a
	// pod restart) or meets a brief outage of one: it waits two minutes,
	// logging what it waits for, before it gives up.
	o.addConnectWait(fs, 2*time.Minute)
	fs.DurationVar(&drain, "grace", 30*time.Second, "on SIGTERM: how long in-flight work may take to finish")
	switch name {
	case "crawler":
		addCrawlerFlags(fs, &cc)
		wo.addFlags(fs)
	case "extractor":
		addExtractorFlags(fs, &xc)
	}
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	log, err := o.logger(stderr, false)
	if err != nil {
		return err
	}
	e := &env{log: log, reg: newRegistry()}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-"+name, false); err != nil {
		return err
	}
	var svc runner
	var snap func() any
	var cr *crawler.Service
	switch name {
	case "crawler":
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
		arch, closeArch, err := wo.open(log)
		if err != nil {
			return err
		}
		defer func() {
			if err := closeArch(); err != nil {
				log.Warn("close WARC archive", "err", err)
			}
		}()
		s, err := crawler.New(cc, crawler.Deps{JS: e.js, State: e.state, Log: log, Metrics: e.reg, Archive: arch})
		if err != nil {
			return err
		}
		svc, snap, cr = s, func() any { return withFetchMetrics(snapCrawler(s), e.reg) }, s
	case "extractor":
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
		s, err := extractor.New(xc, extractor.Deps{JS: e.js, State: e.state, Log: log, Metrics: e.reg})
		if err != nil {
			return err
		}
		svc, snap = s, func() any { return snapExtractor(s) }
	case "sink":
		if err := e.openStore(ctx, &o); err != nil {
			return err
		}
		sc.Stories.Replicas = o.replicas
		s, err := sink.New(sc, sink.Deps{JS: e.js, Store: e.store, Log: log, Metrics: e.reg})
		if err != nil {
			return err
		}
		svc, snap = s, func() any { return snapSink(s) }
	}
	start := time.Now()
	adm, err := e.startAdmin(&o, false, func(ctx context.Context) any {
		doc := map[string]any{"service": name, "state": "running", "uptime_s": int64(time.Since(start).Seconds()), name: snap()}
		if lags, err := bus.Lags(ctx, e.js); err == nil {
			doc["stages"] = lags
		}
		if cr != nil {
			if fs, err := cr.FrontierStats(ctx, 10); err == nil {
				doc["frontier"] = fs
			}
			if hosts, err := cr.Hosts(ctx, 50); err == nil {
				doc["hosts"] = hosts
			}
		}
		return doc
	})
	if err != nil {
		return err
	}
	log.Info("service started", "service", name)
	var notReady func()
	if adm != nil {
		notReady = adm.SetDraining
	}
	sup := newSupervisor(log, notReady)
	sup.stage(name, svc.Run, nil)
	if adm != nil {
		sup.helper(adm.Serve)
		log.Info("admin listening", "addr", adm.Addr())
	}
	sup.helper(func(ctx context.Context) error {
		announce(ctx, e.nc, e.ns.Subject("newsroom.stats."+name), name, 2*time.Second, snap)
		return nil
	})
	reason := "signal"
	select {
	case <-ctx.Done():
	case <-sup.Failed():
		reason = "failed"
	}
	// Graceful drain: not ready, stop pulling, finish in-flight, exit.
	log.Info("draining", "reason", reason, "in_flight", svc.InFlight(), "grace", drain)
	return sup.shutdown(drain, drain+5*time.Second)
}
