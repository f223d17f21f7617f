package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/urlnorm"
)

// Service is a crawler replica.
type Service struct {
	cfg    Config
	js     JetStream
	st     State
	log    *slog.Logger
	m      *metrics
	codec  *bus.Codec
	obj    jetstream.ObjectStore
	norm   *urlnorm.Normalizer
	coll   *colly.Collector
	robots *robotsCache
	sites  *siteCache
	worker atomic.Pointer[bus.Worker] // the intake loop; set by Run, read by InFlight from other goroutines
	waits  waitBook                   // URLs handed back to wait (Waiting)
	guard  *fetch.Guard
	stats  Stats
	front  *frontier.Frontier
	pol    frontier.Politeness
	wake   chan struct{} // pokes the fetch loop
	leases atomic.Int64  // claimed URLs being worked on
	seen   *seenMemo     // URL keys known to be in the shared seen-set
	claims *claimBook    // owner tokens of pages whose links failed to queue
	listed *seenMemo     // URL keys whose listing time this process recorded
	fails  failMemo      // failure counters this process raised
	gaveUp hostMemo      // hosts given up in this pass (one-pass mode)
	recent recentHosts   // hosts fetched lately, for status
	rev    *frontier.Revisits
}

// Stats are the crawler's running totals, for progress lines and status.
type Stats struct {
	Fetched      atomic.Int64 // responses received (any status)
	NotModified  atomic.Int64 // 304 answers to conditional GETs
	Pages        atomic.Int64 // pages published to the extractor
	Enqueued     atomic.Int64 // new URLs put on the frontier
	Errors       atomic.Int64 // failed fetches (network, 5xx)
	Skipped      atomic.Int64 // URLs not fetched by policy (robots, scope, traps, size...)
	Delayed      atomic.Int64 // URLs put back because their host was not ready (robots.txt first, unavailable)
	DeadLettered atomic.Int64

	mu      sync.Mutex
	reasons map[string]int64
	givenUp map[string]map[string]int64 // host -> reason -> URLs abandoned
}

// SkipReasons returns how many URLs were skipped, by reason.
func (st *Stats) SkipReasons() map[string]int64 {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := make(map[string]int64, len(st.reasons))
	for k, v := range st.reasons {
		out[k] = v
	}
	return out
}

// New validates the configuration and builds a crawler.
func New(cfg Config, deps Deps) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("crawler config: %w", err)
	}
	cfg.setDefaults()
	if deps.JS == nil || deps.State == nil {
		return nil, errors.New("crawler: JetStream and state store are required")
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	fs := deps.Frontier
	if fs == nil {
		var ok bool
		if fs, ok = deps.State.(frontier.Store); !ok {
			return nil, errors.New("crawler: the state store keeps no frontier; pass Deps.Frontier")
		}
	}
	s := &Service{cfg: cfg, js: deps.JS, st: deps.State, log: log.With("stage", bus.StageCrawler),
		codec: bus.NewCodec(), norm: urlnorm.New(urlnorm.Options{}), wake: make(chan struct{}, 1),
		seen: newSeenMemo(1<<16, 10*time.Minute), claims: newClaimBook(1 << 14), listed: newSeenMemo(1<<14, time.Hour), gaveUp: hostMemo{ttl: 5 * time.Second},
		pol: frontier.Politeness{AdaptiveFactor: cfg.AdaptiveFactor},
		front: frontier.New(fs, frontier.Options{MaxInFlight: cfg.MaxInFlightPerHost, Gap: cfg.Delay,
			LeaseTTL: cfg.LeaseTTL})}
	s.m = newMetrics(deps.Metrics, s.frontierGauges)
	s.rev = frontier.NewRevisits(deps.State, frontier.RevisitOptions{Start: cfg.RevisitStart, Min: cfg.RevisitMin,
		Max: cfg.RevisitMax, Tick: cfg.SchedulerTick}, s.log)
	guard := fetch.Guard{AllowPrivate: cfg.AllowPrivate, AllowCIDRs: cfg.AllowCIDRs}
	s.guard = &guard
	base := fetch.NewTransport(fetch.TransportOptions{Guard: guard, ConnectTimeout: cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout})
	tr := newBoundedTransport(base, cfg.MaxBodyBytes, cfg.RequestTimeout, deps.Archive, s.log)
	s.robots = &robotsCache{st: deps.State, ua: cfg.UserAgent, ttl: cfg.RobotsTTL, retry: cfg.RobotsRetry,
		local: map[string]robotsEntry{},
		// robots.txt skips the size-capped transport: it is read as a
		// bounded prefix, however large it is.
		client:  &http.Client{Transport: base, Timeout: cfg.RequestTimeout, CheckRedirect: fetch.CheckRedirect(5)},
		onFetch: func(status int) { s.m.robotsFetches.WithLabelValues(statusClass(status)).Inc() }}
	if deps.Archive != nil {
		s.robots.record = func(req *http.Request, res *http.Response, raw []byte, ip string, start time.Time) {
			tr.record(req, res, raw, ip, "", start)
		}
	}
	s.sites = &siteCache{st: deps.State, ttl: 30 * time.Second, m: map[string]siteEntry{}}
	c := colly.NewCollector(colly.UserAgent(cfg.UserAgent), colly.AllowURLRevisit(), colly.ParseHTTPErrorResponse(),
		colly.IgnoreRobotsTxt(), colly.MaxBodySize(0))
	c.WithTransport(tr)
	// The transport enforces RequestTimeout itself, naming the phase that
	// ran out; Colly's client timeout is only a backstop behind it.
	c.SetRequestTimeout(cfg.RequestTimeout + 5*time.Second)
	// Redirects are not followed inside one fetch: each hop becomes a frontier
	// task of its own, so robots.txt, scope, the seen-set and per-host pacing
	// apply to every hop exactly as to any other URL.
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error { return http.ErrUseLastResponse })
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put("response", r) })
	c.OnError(func(r *colly.Response, err error) {
		r.Ctx.Put("error", err)
		if r.StatusCode != 0 {
			r.Ctx.Put("response", r)
		}
	})
	s.coll = c
	return s, nil
}

// Stats returns the running totals.
func (s *Service) Stats() *Stats { return &s.stats }

// InFlight reports the frontier messages being moved into the frontier and
// the claimed URLs being fetched now.
func (s *Service) InFlight() int64 {
	n := s.leases.Load()
	if w := s.worker.Load(); w != nil {
		n += w.InFlight()
	}
	return n
}

// Run moves the frontier intake into the per-host queues and fetches due
// URLs until ctx ends, then finishes in-flight fetches.
func (s *Service) Run(ctx context.Context) error {
	aw := bus.AwaitOptions{Log: s.log}
	cons, err := bus.AwaitConsumer(ctx, s.js, bus.StreamFrontier, bus.ConsumerCrawler, aw)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: nothing was pulled
		}
		return fmt.Errorf("crawler: %w", err)
	}
	if obj, err := bus.AwaitObjectStore(ctx, s.js, bus.BucketBodies, aw); err == nil {
		s.obj = obj
	} else if ctx.Err() != nil {
		return nil // stopped while starting
	} else {
		s.log.Warn("object store unavailable; pages over the inline cap will be refused", "bucket", bus.BucketBodies, "err", err)
	}
	w := &bus.Worker{Consumer: cons, Concurrency: s.cfg.Concurrency, DrainTimeout: s.cfg.RequestTimeout + 5*time.Second,
		Settler: &bus.Settler{Stage: bus.StageCrawler, JS: s.js, MaxDeliveries: 1 << 30, Log: s.log,
			OnOutcome: func(o bus.Outcome, _ error) {
				s.m.outcomes.WithLabelValues(string(o)).Inc()
				if o == bus.OutcomeDeadLetter {
					s.stats.DeadLettered.Add(1)
				}
			}},
		Handle: s.intake}
	g, gctx := errgroup.WithContext(ctx)
	s.worker.Store(w)
	g.Go(func() error {
		if err := w.Run(gctx); err != nil {
			return fmt.Errorf("crawler: %w", err)
		}
		return nil
	})
	g.Go(func() error { return s.runFetchers(gctx) })
	if s.cfg.Continuous {
		g.Go(func() error { return s.runScheduler(gctx) })
	}
	return g.Wait()
}

// handle works on one claimed URL. It records on j what the request did
// to the host (j.nextAt, j.gap, j.rest); its error says what becomes of the
// URL (see settle).
func (s *Service) handle(ctx context.Context, j *job) error {
	task := j.task
	u, err := url.Parse(task.URL)
	if err != nil || u.Host == "" {
		s.skip("bad-url", task.URL)
		return nil
	}
	host := u.Host
	if s.blockedLiteral(u) {
		s.skip("private-address", task.URL)
		return nil
	}
	if err := s.givenUp(ctx, host, task.URL); err != nil {
		return err
	}
	rb, err := s.robots.cached(ctx, host)
	if err != nil {
		return s.stateErr(err)
	}
	site, err := s.sites.get(ctx, host)
	if err != nil {
		return s.stateErr(err)
	}
	gap := s.cfg.Delay
	if site != nil && site.Delay > 0 {
		gap = site.Delay
	}
	if rb != nil {
		if rb.noHost {
			s.skip("dns-not-found", task.URL)
			return nil
		}
		if rb.deferred {
			// robots.txt unavailable: the host rests, but not forever. The
			// count is per host, so once it gives up the host's queue drains
			// (as skips) instead of each URL waiting its own rounds.
			n, err := s.st.Incr(ctx, "robotsfail:"+host, s.cfg.RobotsRetry*time.Duration(s.cfg.MaxRetries+2))
			if err != nil {
				return s.stateErr(err)
			}
			if n > int64(s.cfg.MaxRetries) {
				s.skip("robots-unavailable", task.URL)
				s.giveUp(host, ReasonRobots)
				return nil
			}
			// (At least RobotsRetry: the unavailable robots.txt is
			// remembered that long, and a retry before it expires would
			// count a round without asking the host again.)
			d := s.cfg.RobotsRetry + jitter(s.cfg.RobotsRetry/2)
			if err := s.impair(ctx, j, host, d, ReasonRobots); err != nil {
				return err
			}
			return s.wait(d, ReasonRobots)
		}
		if !rb.rules.Allowed(s.cfg.RobotsAgent, pathQuery(u)) {
			s.skip("robots", task.URL)
			return nil
		}
		if cd := rb.rules.CrawlDelay(s.cfg.RobotsAgent); cd > gap {
			gap = cd
		}
	}
	j.gap = gap
	if rb == nil {
		// First visit to this host: the request slot goes to robots.txt; the
		// URL goes back to its place and comes due after the gap.
		start := time.Now()
		e, ferr := s.robots.fetch(ctx, u.Scheme, host)
		if ferr == nil && e.rules != nil {
			// The Crawl-delay just learned applies from this request on.
			if cd := e.rules.CrawlDelay(s.cfg.RobotsAgent); cd > gap {
				gap = cd
				j.gap = gap
			}
		}
		j.nextAt = time.Now().Add(s.pol.After(frontier.Response{Gap: gap, Took: time.Since(start)}))
		if errors.Is(ferr, fetch.ErrBlockedAddress) {
			s.skip("private-address", task.URL)
			return nil
		}
		if ferr != nil {
			return s.stateErr(ferr)
		}
		if e.noHost {
			s.skip("dns-not-found", task.URL)
			return nil
		}
		if site != nil && task.Offsite == 0 && !e.deferred {
			s.enqueueSitemaps(ctx, task, e)
		}
		return s.wait(0, "robots.txt fetched first")
	}
	return s.fetchAndProcess(ctx, j, u, host, site)
}

// waitError puts a URL back at its place in its host's queue and rests the
// host: the host was not ready (robots.txt first, robots.txt unavailable,
// the state store or the network failing).
type waitError struct {
	d      time.Duration
	reason string
}

func (e *waitError) Error() string { return "host waits " + e.d.String() + ": " + e.reason }

func (s *Service) wait(d time.Duration, reason string) error {
	return &waitError{d: d, reason: reason}
}

// clearFails deletes those of the failure counters keys that this process
// raised: a success resets them.
func (s *Service) clearFails(ctx context.Context, keys ...string) {
	if ks := s.fails.take(keys...); len(ks) > 0 {
		s.stateFailed("del", s.st.Del(ctx, ks...))
	}
}

func (s *Service) stateErr(err error) error {
	return s.wait(2*time.Second+jitter(2*time.Second), "state store: "+err.Error())
}

// stateFailed logs and counts a failed state-store call whose result the
// crawl can go on without (a counter, a marker, a revisit plan); err nil is
// a no-op.
func (s *Service) stateFailed(op string, err error) {
	if err == nil {
		return
	}
	s.m.stateErrors.WithLabelValues(op).Inc()
	s.log.Warn("state store call failed; going on without it", "op", op, "err", err)
}

func (s *Service) skip(reason, u string) {
	s.stats.Skipped.Add(1)
	s.stats.mu.Lock()
	if s.stats.reasons == nil {
		s.stats.reasons = map[string]int64{}
	}
	s.stats.reasons[reason]++
	s.stats.mu.Unlock()
	s.m.skipped.WithLabelValues(reason).Inc()
	s.log.Debug("url skipped", "reason", reason, "url", u)
}

func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(d)))
}
