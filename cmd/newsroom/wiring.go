package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/natsembed"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/store"
	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
	"newsroom.dev/services/sink"
)

// connOpts are the connection settings shared by every command.
type connOpts struct {
	nats        string
	natsCreds   string
	natsToken   string
	natsCA      string
	natsCert    string
	natsKey     string
	natsListen  string
	busPrefix   string
	redis       string
	redisPrefix string
	redisCA     string
	redisCert   string
	redisKey    string
	storeURL    string
	pgSchema    string
	rankWindow  int
	data        string
	replicas    int
	adminAddr   string
	adminToken  string
	logLevel    string
	logFormat   string
	connectWait time.Duration
}

func (o *connOpts) addConnectWait(fs *flag.FlagSet, def time.Duration) {
	fs.DurationVar(&o.connectWait, "connect-wait", def, "at start-up, keep retrying NATS, Redis or the store this long after it first fails before giving up (0: fail at once)")
}

// retry runs connect until it succeeds or o.connectWait has passed since
// its first failure, logging each failure with what it waits for; the last
// error is returned. The wait counts from the first failure, not from the
// first try, so a slow first attempt (a long schema migration cut off
// half-way) still leaves the dependency the whole wait to come back.
func (e *env) retry(ctx context.Context, o *connOpts, what string, connect func() error) error {
	var deadline time.Time
	back := 500 * time.Millisecond
	for {
		err := connect()
		if err == nil || o.connectWait <= 0 || ctx.Err() != nil {
			return err
		}
		if deadline.IsZero() {
			deadline = time.Now().Add(o.connectWait)
		} else if time.Now().After(deadline) {
			return err
		}
		e.log.Warn("waiting for "+what, "err", err, "retry_in", back, "gives_up_in", time.Until(deadline).Truncate(time.Second))
		select {
		case <-ctx.Done():
			return err
		case <-time.After(back):
		}
		back = min(back*2, 5*time.Second)
	}
}

func (o *connOpts) addNATS(fs *flag.FlagSet, embedded bool) {
	usage := "NATS server URL(s), comma-separated"
	if embedded {
		usage += "; empty runs an embedded NATS server with JetStream in the data dir"
		fs.StringVar(&o.natsListen, "nats-listen", "", "also let other processes reach the embedded NATS server at this address (e.g. 127.0.0.1:4223)")
	}
	def := ""
	if !embedded {
		def = "nats://127.0.0.1:4222"
	}
	fs.StringVar(&o.nats, "nats", def, usage)
	fs.StringVar(&o.natsCreds, "nats-creds", "", "NATS credentials file (JWT + nkey)")
	fs.StringVar(&o.natsToken, "nats-token", "", "NATS token")
	fs.StringVar(&o.natsCA, "nats-ca", "", "TLS root CA file for NATS")
	fs.StringVar(&o.natsCert, "nats-cert", "", "TLS client certificate for NATS")
	fs.StringVar(&o.natsKey, "nats-key", "", "TLS client key for NATS")
	fs.IntVar(&o.replicas, "stream-replicas", 1, "JetStream stream replicas (3 in a NATS cluster)")
	fs.StringVar(&o.busPrefix, "bus-prefix", "", "prefix of this crawl's stream, consumer, subject and bucket names, so several crawls share one NATS (e.g. blue: blue_NEWSROOM_FRONTIER)")
}

// redisUsage describes --redis; commands add a remark after a ';'.
const redisUsage = "Redis URL for shared crawl/dedupe state (redis://, rediss:// for TLS, redis+cluster://node:port?addr=node2:port for a Redis Cluster)"

func (o *connOpts) addRedis(fs *flag.FlagSet, embedded bool) {
	usage := redisUsage
	def := ""
	if embedded {
		usage += "; empty keeps state embedded in the process (saved in the data dir)"
	} else {
		def = "redis://127.0.0.1:6379/0"
	}
	o.addRedisFlags(fs, def, usage)
}

// addRedisFlags adds the Redis URL (with this default and usage), key
// prefix and TLS flags: every command that opens Redis takes the same ones.
func (o *connOpts) addRedisFlags(fs *flag.FlagSet, def, usage string) {
	fs.StringVar(&o.redis, "redis", def, usage)
	fs.StringVar(&o.redisPrefix, "redis-prefix", "nr:", "prefix of every Redis key (one crawl per prefix)")
	fs.StringVar(&o.redisCA, "redis-ca", "", "TLS root CA file for Redis (rediss:// URLs), trusted besides the system's")
	fs.StringVar(&o.redisCert, "redis-cert", "", "TLS client certificate for Redis")
	fs.StringVar(&o.redisKey, "redis-key", "", "TLS client key for Redis")
}

func (o *connOpts) addStore(fs *flag.FlagSet, embedded bool) {
	usage := "article store: postgres://user@host/db?sslmode=... or sqlite:PATH"
	if embedded {
		usage += "; empty uses SQLite at DATA/newsroom.db"
	}
	fs.StringVar(&o.storeURL, "store", "", usage)
	fs.StringVar(&o.pgSchema, "pg-schema", "", "PostgreSQL schema for the tables (created if missing)")
	fs.IntVar(&o.rankWindow, "search-window", store.DefaultRankWindow, "a search by relevance ranks every match of a query with at most this many, else this many of the most recently stored (query API, export --q)")
}

func (o *connOpts) addData(fs *flag.FlagSet) {
	fs.StringVar(&o.data, "data", "newsroom-data", "data directory (embedded NATS, embedded state, SQLite store)")
}

// defaultAdminAddr is each command's default admin address: distinct ports,
// so that every service can run on one host without --admin-addr.
func defaultAdminAddr(cmd string) string {
	switch cmd {
	case "crawler":
		return "127.0.0.1:8081"
	case "extractor":
		return "127.0.0.1:8082"
	case "sink":
		return "127.0.0.1:8083"
	case "admin":
		return "127.0.0.1:8090"
	}
	return "127.0.0.1:8080"
}

func (o *connOpts) addAdmin(fs *flag.FlagSet, def string) {
	fs.StringVar(&o.adminAddr, "admin-addr", def, "admin server address (/healthz /readyz /metrics /status and the dashboard at /); empty disables")
	fs.StringVar(&o.adminToken, "admin-token", "", "bearer token for the admin server (required off loopback)")
}

func (o *connOpts) addLog(fs *flag.FlagSet) {
	fs.StringVar(&o.logLevel, "log-level", "", "debug, info, warn or error (default info; warn while a progress line is shown)")
	fs.StringVar(&o.logFormat, "log-format", "text", "text or json")
}

func (o *connOpts) logger(w io.Writer, progress bool) (*slog.Logger, error) {
	lvl := slog.LevelInfo
	if progress {
		lvl = slog.LevelWarn
	}
	if o.logLevel != "" {
		if err := lvl.UnmarshalText([]byte(o.logLevel)); err != nil {
			return nil, fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", o.logLevel)
		}
	}
	hopts := &slog.HandlerOptions{Level: lvl}
	switch o.logFormat {
	case "json":
		return slog.New(slog.NewJSONHandler(w, hopts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(w, hopts)), nil
	}
	return nil, fmt.Errorf("invalid --log-format %q: want text or json", o.logFormat)
}

// crawlState is the shared state a command connects to: the crawl and
// dedupe roles and the frontier's host queues, which both backends keep.
type crawlState interface {
	state.Store
	frontier.Store
}

// env is what a command has connected to.
type env struct {
	log      *slog.Logger
	reg      *prometheus.Registry
	embedded *natsembed.Server
	nc       *nats.Conn
	js       jetstream.JetStream
	state    crawlState
	mem      *memstate.Store
	store    *store.Store
	// readOnly: connect to NATS without creating streams, consumers or the
	// body bucket (status, admin, reset).
	readOnly bool
	// ns names this crawl's streams, consumers, subjects and buckets (--bus-prefix).
	ns bus.Namespace
}

func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// connectNATS connects to external NATS, or starts the embedded server when
// o.nats is empty and embedded is allowed, and ensures streams and consumers.
func (e *env) connectNATS(ctx context.Context, o *connOpts, name string, embedded bool) error {
	if o.nats == "" && embedded {
		return e.connectNATSOnce(ctx, o, name, embedded)
	}
	return e.retry(ctx, o, "NATS", func() error { return e.connectNATSOnce(ctx, o, name, embedded) })
}

func (e *env) connectNATSOnce(ctx context.Context, o *connOpts, name string, embedded bool) error {
	if e.nc != nil {
		e.nc.Close()
		e.nc = nil
	}
	if o.nats == "" && embedded {
		dir := filepath.Join(o.data, "nats")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("create data dir %s: %w", dir, err)
		}
		srv, err := natsembed.Start(natsembed.Options{Dir: dir, Listen: o.natsListen})
		if err != nil {
			return err
		}
		e.embedded = srv
		if e.nc, err = srv.Connect(name); err != nil {
			return err
		}
		if u := srv.ClientURL(); u != "" {
			e.log.Info("embedded NATS listening", "url", u)
		}
	} else {
		if o.nats == "" {
			return errors.New("--nats is required (e.g. nats://127.0.0.1:4222)")
		}
		nc, err := bus.Connect(o.nats, bus.ConnectOptions{Name: name, CredsFile: o.natsCreds, Token: o.natsToken,
			CAFile: o.natsCA, CertFile: o.natsCert, KeyFile: o.natsKey})
		if err != nil {
			return err
		}
		e.nc = nc
	}
	js, err := jetstream.New(e.nc)
	if err != nil {
		return fmt.Errorf("jetstream: %w", err)
	}
	if e.ns, err = bus.NewNamespace(o.busPrefix); err != nil {
		return err
	}
	e.js = e.ns.JetStream(js)
	ectx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if e.readOnly {
		// status, admin and reset look; they never create streams, consumers or buckets.
		return nil
	}
	if err := bus.Ensure(ectx, e.js, bus.StreamOptions{Replicas: o.replicas}, bus.ConsumerOptions{}); err != nil {
		where := "embedded NATS"
		if e.embedded == nil {
			where = "NATS at " + bus.RedactURL(o.nats)
		}
		return fmt.Errorf("set up JetStream on %s (JetStream enabled? server 2.10 or newer?): %w", where, err)
	}
	return nil
}

// openState opens Redis, or the embedded store when o.redis is empty and embedded is allowed.
func (e *env) openState(ctx context.Context, o *connOpts, embedded bool) error {
	if o.redis == "" && embedded {
		return e.openStateOnce(ctx, o, embedded)
	}
	return e.retry(ctx, o, "Redis", func() error { return e.openStateOnce(ctx, o, embedded) })
}

func (e *env) openStateOnce(ctx context.Context, o *connOpts, embedded bool) error {
	if o.redis == "" && embedded {
		path := filepath.Join(o.data, "state.gob")
		if err := os.MkdirAll(o.data, 0o755); err != nil {
			return fmt.Errorf("create data dir %s: %w", o.data, err)
		}
		m, err := memstate.Open(path)
		if err != nil {
			return err
		}
		e.mem, e.state = m, m
		return nil
	}
	if o.redis == "" {
		return errors.New("--redis is required (e.g. redis://127.0.0.1:6379/0)")
	}
	r, err := redisstate.Open(ctx, o.redis, redisstate.Options{Prefix: o.redisPrefix,
		CAFile: o.redisCA, CertFile: o.redisCert, KeyFile: o.redisKey})
	if err != nil {
		return err
	}
	e.state = r
	return nil
}

// resolvedStore returns the store URL: --store, or SQLite in the data dir.
func (o *connOpts) resolvedStore() string {
	if o.storeURL != "" {
		return o.storeURL
	}
	return "sqlite:" + filepath.Join(o.data, "newsroom.db")
}

func (e *env) openStore(ctx context.Context, o *connOpts) error {
	if o.storeURL == "" {
		return e.openStoreOnce(ctx, o)
	}
	return e.retry(ctx, o, "the store", func() error { return e.openStoreOnce(ctx, o) })
}

func (e *env) openStoreOnce(ctx context.Context, o *connOpts) error {
	u := o.resolvedStore()
	if strings.HasPrefix(u, "sqlite:") {
		if err := os.MkdirAll(filepath.Dir(strings.TrimPrefix(u, "sqlite:")), 0o755); err != nil {
			return fmt.Errorf("create store dir: %w", err)
		}
	}
	s, err := store.Open(ctx, u, store.Options{Schema: o.pgSchema, RankWindow: o.rankWindow})
	if err != nil {
		return err
	}
	e.store = s
	return nil
}

// checks are the readiness checks of what e is connected to.
func (e *env) checks() []admin.Check {
	var cs []admin.Check
	if e.nc != nil {
		cs = append(cs, admin.Check{Name: "nats", Fn: func(ctx context.Context) error {
			if !e.nc.IsConnected() {
				return fmt.Errorf("nats %s", e.nc.Status())
			}
			return nil
		}})
	}
	if r, ok := e.state.(*redisstate.Store); ok {
		cs = append(cs, admin.Check{Name: "redis", Fn: func(ctx context.Context) error { return r.Client().Ping(ctx).Err() }})
	}
	if e.store != nil {
		cs = append(cs, admin.Check{Name: "store", Fn: func(ctx context.Context) error {
			_, _, err := e.store.Count(ctx)
			return err
		}})
	}
	return cs
}

// startAdmin listens on o.adminAddr. When the default address is taken it
// falls back to a free loopback port instead of failing the run.
func (e *env) startAdmin(o *connOpts, fallback bool, status func(context.Context) any) (*admin.Server, error) {
	if o.adminAddr == "" {
		return nil, nil
	}
	if e.js != nil && e.reg != nil {
		// Pipeline-wide consumer lag, read from JetStream on each scrape: the
		// honest lag KEDA's Prometheus trigger scales on.
		e.reg.MustRegister(admin.NewLagCollector(e.js, admin.LagOptions{}))
	}
	cfg := admin.Config{Addr: o.adminAddr, Token: o.adminToken, Checks: e.checks(), Status: status, Gatherer: e.reg, Log: e.log}
	if e.store != nil {
		cfg.Stories = e.store // the query API and story browser
	}
	if e.state != nil {
		cfg.SiteHealth = e.siteHealth
	}
	srv, err := admin.New(cfg)
	if err != nil && fallback && !errors.Is(err, admin.ErrTokenRequired) {
		cfg.Addr = "127.0.0.1:0"
		srv, err = admin.New(cfg)
	}
	if err != nil && !errors.Is(err, admin.ErrTokenRequired) {
		return nil, fmt.Errorf("%w: is another newsroom service using it? set --admin-addr (or NEWSROOM_ADMIN_ADDR) to a free address, or to \"\" to disable the admin server", err)
	}
	if err != nil {
		return nil, err
	}
	return srv, nil
}

// close releases everything in pipeline order: NATS drained last.
func (e *env) close() {
	if e.store != nil {
		e.store.Close()
	}
	if e.state != nil {
		if err := e.state.Close(); err != nil {
			e.log.Warn("close state", "err", err)
		}
	}
	if e.nc != nil {
		if err := e.nc.Drain(); err != nil {
			e.log.Warn("drain NATS connection", "err", err)
		}
		for i := 0; i < 50 && !e.nc.IsClosed(); i++ {
			time.Sleep(20 * time.Millisecond)
		}
		e.nc.Close()
	}
	if e.embedded != nil {
		e.embedded.Shutdown()
	}
}

func addCrawlerFlags(fs *flag.FlagSet, c *crawler.Config) {
	d := crawler.DefaultConfig()
	*c = d
	fs.DurationVar(&c.Delay, "delay", d.Delay, "per host, minimum gap from the end of one request to the start of the next, across all crawler replicas (never below robots.txt Crawl-delay)")
	fs.IntVar(&c.MaxInFlightPerHost, "per-host", d.MaxInFlightPerHost, "requests in flight per host, across all replicas")
	fs.IntVar(&c.Concurrency, "fetchers", d.Concurrency, "frontier messages one crawler process handles at once")
	fs.IntVar(&c.MaxDepth, "max-depth", d.MaxDepth, "link hops from a seed")
	fs.IntVar(&c.MaxOffsite, "max-offsite", d.MaxOffsite, "hops off the seed sites (1: an aggregator's link to the original article)")
	fs.Int64Var(&c.MaxBodyBytes, "max-body", d.MaxBodyBytes, "response size cap in bytes, after decompression")
	fs.IntVar(&c.MaxLinksPerPage, "max-links", d.MaxLinksPerPage, "links taken from one page")
	fs.DurationVar(&c.HostWindow, "host-window", d.HostWindow, "window of --max-query-variants and --max-pattern-urls")
	fs.IntVar(&c.MaxQueryVariants, "max-query-variants", d.MaxQueryVariants, "new URLs of one host and path with other query values found on a page of that path, per --host-window (?v=random, ?page=N traps)")
	fs.IntVar(&c.MaxPatternURLs, "max-pattern-urls", d.MaxPatternURLs, "new URLs of one host and path pattern (numbers, dates, random tokens) found on a page of that pattern, per --host-window")
	fs.DurationVar(&c.ConnectTimeout, "connect-timeout", d.ConnectTimeout, "TCP connect timeout")
	fs.DurationVar(&c.HeaderTimeout, "header-timeout", d.HeaderTimeout, "timeout waiting for response headers")
	fs.DurationVar(&c.RequestTimeout, "timeout", d.RequestTimeout, "timeout of a whole request, body included")
	fs.DurationVar(&c.LeaseTTL, "lease-ttl", 0, "how long a claimed URL may take before it returns to the frontier for another replica (0: --timeout + 30s)")
	fs.IntVar(&c.MaxRedirects, "max-redirects", d.MaxRedirects, "redirects followed per fetch (loops are refused)")
	fs.IntVar(&c.MaxRetries, "max-retries", d.MaxRetries, "failed fetches of a URL before it is dead-lettered")
	fs.DurationVar(&c.MaxHostWait, "max-host-wait", d.MaxHostWait, "with --until-idle: longest a URL waits in total for a parked, backing-off or robots-less host before it is dead-lettered")
	fs.BoolVar(&c.AllowPrivate, "allow-private", false, "allow fetching loopback addresses (local test webs); LAN ranges need --allow-cidr, metadata/link-local stay blocked")
	fs.Func("allow-cidr", "allow fetching this private range, e.g. 10.20.0.0/16 for an intranet (repeatable)", func(v string) error {
		for _, part := range strings.Split(v, ",") {
			p, err := netip.ParsePrefix(strings.TrimSpace(part))
			if err != nil {
				return fmt.Errorf("invalid CIDR %q", part)
			}
			c.AllowCIDRs = append(c.AllowCIDRs, p)
		}
		return nil
	})
	fs.StringVar(&c.UserAgent, "user-agent", d.UserAgent, "User-Agent header")
	fs.StringVar(&c.RobotsAgent, "robots-agent", d.RobotsAgent, "product token matched in robots.txt")
	fs.DurationVar(&c.RobotsTTL, "robots-ttl", d.RobotsTTL, "robots.txt cache lifetime")
	fs.DurationVar(&c.RobotsRetry, "robots-retry", d.RobotsRetry, "a host whose robots.txt was unavailable (5xx, unreachable) is asked again after this long, its URLs waiting; they give up after --max-retries such waits")
	fs.DurationVar(&c.RevisitStart, "revisit", d.RevisitStart, "first revisit interval of seeds, feeds and section pages")
	fs.DurationVar(&c.RevisitMin, "revisit-min", d.RevisitMin, "shortest revisit interval")
	fs.DurationVar(&c.RevisitMax, "revisit-max", d.RevisitMax, "longest revisit interval")
}

func addExtractorFlags(fs *flag.FlagSet, c *extractor.Config) {
	d := extractor.DefaultConfig()
	*c = d
	fs.IntVar(&c.Concurrency, "extractors", d.Concurrency, "pages extracted at once by one process")
	fs.DurationVar(&c.DedupeTTL, "dedupe-window", d.DedupeTTL, "how long dedupe state is kept")
	fs.IntVar(&c.Batch.MaxBatch, "dedupe-batch", d.Batch.MaxBatch, "most dedupe decisions sent to Redis in one round trip")
	fs.IntVar(&c.Batch.MaxInFlight, "dedupe-batches", d.Batch.MaxInFlight, "dedupe batches on their way to Redis at once")
	fs.DurationVar(&c.Batch.MaxWait, "dedupe-batch-wait", d.Batch.MaxWait, "longest a dedupe batch waits for company while the others are on their way")
	fs.IntVar(&c.Extract.MaxTextChars, "max-story-chars", d.Extract.MaxTextChars, "longest story body kept, in characters; a longer one is cut at a paragraph break and flagged (provenance text_truncated)")
	fs.BoolVar(&c.NoTemplates, "no-site-templates", d.NoTemplates, "do not learn per-site boilerplate (blocks repeated across a site's pages) to remove from bodies")
	fs.Func("multipage-wait", fmt.Sprintf("how long a later page of a multi-page article (rel=prev) that arrives before its earlier page waits for it before it is stored on its own; 0: no wait (default %v)", d.MultipageWait), func(v string) error {
		w, err := time.ParseDuration(v)
		switch {
		case err != nil:
			return err
		case w < 0:
			return errors.New("must not be negative")
		case w == 0:
			w = -1 // the config's "no wait"; its zero is the default
		}
		c.MultipageWait = w
		return nil
	})
	fs.IntVar(&c.KindSites, "kind-sites", extractor.DefaultKindSites, "sites whose page kinds the extractor counts apart for the status and the summary (later sites count together)")
	t := &c.Templates
	fs.IntVar(&t.MinPages, "template-min-pages", d.Templates.MinPages, "distinct pages of a site a block must be seen on before it counts as the site's boilerplate")
	fs.DurationVar(&t.Window, "template-window", d.Templates.Window, "how long a site's learned template and its counters live after they are created")
	fs.IntVar(&t.MaxSites, "template-max-sites", d.Templates.MaxSites, "site templates cached in memory by one process")
	fs.IntVar(&t.MaxTemplate, "template-max-blocks", d.Templates.MaxTemplate, "most boilerplate block hashes kept in one site's template")
	fs.IntVar(&t.MaxBlocks, "template-page-blocks", d.Templates.MaxBlocks, "blocks of one page counted for the site's template (the first ones in body order)")
	fs.IntVar(&t.MetaPages, "template-meta-pages", d.Templates.MetaPages, "pages of a site that must show the same title affix, or the same day-month order where pages show both, before it is learned")
	fs.IntVar(&t.OrderPages, "template-order-pages", d.Templates.OrderPages, "pages of a site that must show the same day-month order (25/06/2025), while none shows the other, before it decides the site's ambiguous dates")
	fs.IntVar(&t.MaxShapes, "template-max-shapes", d.Templates.MaxShapes, "address shapes per site whose page kinds are learned")
	fs.DurationVar(&t.Refresh, "template-refresh", d.Templates.Refresh, "how long a process reuses a site's template before reading it from the shared state again")
}

func addSinkFlags(fs *flag.FlagSet, c *sink.Config) {
	d := sink.DefaultConfig()
	*c = d
	fs.IntVar(&c.BatchSize, "batch", d.BatchSize, "articles per store transaction")
}
