package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
)

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
		if e.state != nil {
			if fs, err := frontier.New(e.state, frontier.Options{}).Stats(ctx, 50); err == nil {
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
