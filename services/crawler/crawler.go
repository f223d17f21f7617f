package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/feeds"
	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/links"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// Service is a crawler replica.
type Service struct {
	cfg    Config
	js     jetstream.JetStream
	st     state.Store
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
		seen: newSeenMemo(1<<16, 10*time.Minute), gaveUp: hostMemo{ttl: 5 * time.Second},
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
		s.robots.record = tr.record
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
	cons, err := s.js.Consumer(ctx, bus.StreamFrontier, bus.ConsumerCrawler)
	if err != nil {
		return fmt.Errorf("crawler: frontier consumer: %w", err)
	}
	if obj, err := s.js.ObjectStore(ctx, bus.BucketBodies); err == nil {
		s.obj = obj
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
			d := s.cfg.RobotsRetry/2 + jitter(s.cfg.RobotsRetry/2)
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

func pathQuery(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// shareIntent reports whether u is a "share this" link of a social site: a
// query parameter that carries another absolute URL.
func shareIntent(u *url.URL) bool {
	for _, vs := range u.Query() {
		for _, v := range vs {
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
				return true
			}
		}
	}
	return false
}

// blockedLiteral reports whether u names an IP address the SSRF guard
// refuses; such URLs are dropped before any state or network work. Host
// names are checked after DNS, at dial time.
func (s *Service) blockedLiteral(u *url.URL) bool {
	ip, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]"))
	return err == nil && s.guard.Check(ip) != nil
}

// policyError reports whether a fetch failed by our own policy (guard, size
// cap, DNS) rather than by the host misbehaving.
func policyError(err error) bool {
	var dnsErr *net.DNSError
	return errors.Is(err, fetch.ErrBlockedAddress) || errors.Is(err, fetch.ErrTooLarge) ||
		(errors.As(err, &dnsErr) && dnsErr.IsNotFound)
}

// followRedirect queues a redirect's target as a task of its own: same depth,
// one more redirect hop. A seed site's redirect to another host (example.com
// -> www.example.com) makes that host part of the site.
func (s *Service) followRedirect(ctx context.Context, task *bus.URLTask, location string) error {
	if location == "" {
		s.skip("redirect-without-location", task.URL)
		return nil
	}
	base, _ := url.Parse(task.URL)
	target, err := s.norm.Resolve(base, location)
	if err != nil {
		s.skip("redirect-invalid", task.URL)
		return nil
	}
	if target == task.URL {
		s.skip("redirect-loop", task.URL)
		return nil
	}
	if task.Redirects+1 > s.cfg.MaxRedirects {
		s.skip("redirects", task.URL)
		return nil
	}
	from, to := urlnorm.Host(task.URL), urlnorm.Host(target)
	if from != to && task.Offsite == 0 {
		if site, err := s.sites.get(ctx, from); err == nil && site != nil {
			if other, _ := s.sites.get(ctx, to); other == nil {
				alias := *site
				alias.ExtraDomains = nil
				if b, err := json.Marshal(alias); err == nil {
					s.stateFailed("set", s.st.Set(ctx, siteKey(to), b, 0))
					s.sites.forget(to)
				}
			}
		}
	}
	_, err = s.enqueue(ctx, task, []candidate{{url: target, kind: task.Kind, redirect: true}})
	return err
}

// fetchAndProcess fetches the URL under the granted lease and routes the result.
func (s *Service) fetchAndProcess(ctx context.Context, j *job, u *url.URL, host string, site *Site) error {
	task := j.task
	hdr := http.Header{}
	ua := s.cfg.UserAgent
	if site != nil && site.UserAgent != "" {
		ua = site.UserAgent
	}
	hdr.Set("User-Agent", ua)
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.5")
	src := s.rev.Source(ctx, task)
	if src != nil {
		if src.ETag != "" {
			hdr.Set("If-None-Match", src.ETag)
		}
		if src.LastModified != "" {
			hdr.Set("If-Modified-Since", src.LastModified)
		}
	}
	cctx := colly.NewContext()
	start := time.Now()
	reqErr := s.coll.Request(http.MethodGet, task.URL, nil, cctx, hdr)
	took := time.Since(start)
	resp, _ := cctx.GetAny("response").(*colly.Response)
	fetchErr, _ := cctx.GetAny("error").(error)
	if fetchErr == nil && resp == nil {
		fetchErr = reqErr
	}
	status := 0
	var rh http.Header
	if resp != nil {
		status = resp.StatusCode
		if resp.Headers != nil {
			rh = *resp.Headers
		}
	}
	// A failure of the host (no answer, 429, 5xx) stretches its gap
	// exponentially; errors never shorten it.
	var hostFails int64
	if (status == 0 && !policyError(fetchErr)) || status == http.StatusTooManyRequests || status >= 500 {
		var err error
		hostFails, err = s.st.Incr(ctx, "hostfail:"+host, s.cfg.ParkFor)
		s.stateFailed("incr", err)
		s.fails.note("hostfail:" + host)
	}
	after := s.pol.After(frontier.Response{Gap: j.gap, Took: took, Status: status, Header: rh, Failures: hostFails})
	j.nextAt = start.Add(took).Add(after)
	// A host that fails or asks for a rest is impaired: in one pass its
	// rests add up to --max-host-wait at most.
	why := ""
	if hostFails > 0 {
		why = ReasonHostBackoff
	}
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		why = ReasonHostBackoff
		if frontier.RetryAfter(rh, time.Now()) > 0 {
			why = ReasonRetryAfter
		}
	}
	if why != "" {
		if err := s.impair(ctx, j, host, after, why); err != nil {
			return err
		}
	}
	s.m.fetchSeconds.Observe(took.Seconds())
	s.m.fetches.WithLabelValues(statusClass(status)).Inc()

	if resp == nil || status == 0 {
		return s.fetchFailed(ctx, j, host, fetchErr, hostFails)
	}
	s.stats.Fetched.Add(1)
	switch {
	case status == http.StatusNotModified:
		s.stats.NotModified.Add(1)
		s.clearFails(ctx, "hostfail:"+host)
		s.reschedule(ctx, task, src, nil, 0)
		return nil
	case status == http.StatusTooManyRequests || status >= 500:
		return s.fetchFailed(ctx, j, host, &httpStatusError{status: status}, hostFails)
	case status >= 400:
		s.clearFails(ctx, "hostfail:"+host)
		s.skip("http-"+strconv.Itoa(status), task.URL)
		return nil
	case status >= 300:
		s.clearFails(ctx, "hostfail:"+host)
		return s.followRedirect(ctx, task, rh.Get("Location"))
	}
	s.clearFails(ctx, "hostfail:"+host, "fail:"+urlnorm.Key(task.URL))
	if !task.DiscoveredAt.IsZero() && task.Kind == bus.KindArticle && !task.Revisit {
		s.m.freshness.Observe(time.Since(task.DiscoveredAt).Seconds())
	}
	finalURL := task.URL
	if resp.Request != nil && resp.Request.URL != nil {
		if n, err := s.norm.Normalize(resp.Request.URL.String()); err == nil {
			finalURL = n
		}
	}
	ct := rh.Get(hdrOrigContentType)
	kind, ok := fetch.Sniff(ct, resp.Body)
	if !ok {
		s.skip("content-type", task.URL)
		return nil
	}
	s.m.bytes.Add(float64(len(resp.Body)))
	fk := feeds.Detect(ct, resp.Body)
	if fk.IsFeed() || fk.IsSitemap() || fk == feeds.KindTextSitemap {
		return s.processFeed(ctx, task, finalURL, resp.Body, src, rh)
	}
	if kind != fetch.KindHTML {
		s.skip("not-html", task.URL)
		return nil
	}
	return s.processHTML(ctx, task, finalURL, resp.Body, ct, status, src, rh)
}

// fetchFailed counts a failure of the URL and of its host; it retries with
// back-off, parks a host that keeps failing, and dead-letters a URL that
// failed MaxRetries times.
func (s *Service) fetchFailed(ctx context.Context, j *job, host string, err error, hf int64) error {
	task := j.task
	if err == nil {
		err = errors.New("no response")
	}
	if errors.Is(err, fetch.ErrBlockedAddress) {
		s.skip("private-address", task.URL)
		return nil
	}
	if errors.Is(err, fetch.ErrTooLarge) {
		s.skip("too-large", task.URL)
		return nil
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		s.skip("dns-not-found", task.URL)
		return nil
	}
	s.stats.Errors.Add(1)
	if hf >= int64(s.cfg.ParkAfter) {
		s.log.Warn("host parked after repeated failures", "host", host, "failures", hf, "for", s.cfg.ParkFor)
		s.stateFailed("set", s.st.Set(ctx, "park:"+host, parkValue(time.Now().Add(s.cfg.ParkFor)), s.cfg.ParkFor))
		s.stateFailed("del", s.st.Del(ctx, "hostfail:"+host))
		s.m.parked.Inc()
		// The host rests on the schedule (the key is for status pages); in
		// one pass, a park beyond --max-host-wait gives the host up.
		if err := s.impair(ctx, j, host, s.cfg.ParkFor, ReasonHostParked); err != nil {
			return err
		}
	}
	n, serr := s.st.Incr(ctx, "fail:"+urlnorm.Key(task.URL), 24*time.Hour)
	s.fails.note("fail:" + urlnorm.Key(task.URL))
	if serr != nil {
		return s.stateErr(serr)
	}
	limit := int64(s.cfg.MaxRetries)
	if isTimeout(err) {
		limit = min(limit, 2) // a URL that timed out twice will not answer a third time
	}
	if n >= limit {
		s.stateFailed("del", s.st.Del(ctx, "fail:"+urlnorm.Key(task.URL)))
		s.giveUp(host, ReasonFetchFailed+": "+failureClass(err))
		return bus.Permanent(fmt.Errorf("%s %d times: %s: %w", ReasonFetchFailed, n, task.URL, err))
	}
	back := time.Duration(1<<min(n-1, 8)) * 5 * time.Second
	s.log.Info("fetch failed; will retry", "url", task.URL, "attempt", n, "retry_in", back, "err", err)
	return bus.Delay(back+jitter(back/2), fmt.Errorf("fetch failed: %w", err))
}

// processHTML publishes the page and queues its links.
func (s *Service) processHTML(ctx context.Context, task *bus.URLTask, finalURL string, body []byte, ct string, status int, src *frontier.Source, rh http.Header) error {
	pg, err := links.Extract(body, finalURL, links.Options{MaxLinks: s.cfg.MaxLinksPerPage, Normalizer: s.norm})
	if err != nil {
		s.log.Info("link extraction failed", "url", finalURL, "err", err)
		pg = &links.Page{}
	}
	if pg.Dropped > 0 {
		s.m.skipped.WithLabelValues("links-over-cap").Add(float64(pg.Dropped))
	}
	var found []candidate
	if !pg.NoFollow && task.Depth < s.cfg.MaxDepth {
		for _, l := range pg.Links {
			if l.NoFollow {
				continue
			}
			kind := bus.KindPage
			if l.ArticleLike {
				kind = bus.KindArticle
			}
			found = append(found, candidate{url: l.URL, kind: kind})
		}
		for _, f := range pg.Feeds {
			found = append(found, candidate{url: f.URL, kind: bus.KindFeed})
		}
	}
	if pg.Next != "" && task.Depth < s.cfg.MaxDepth+1 {
		found = append(found, candidate{url: pg.Next, kind: task.Kind})
	}
	// Articles first, then feeds, then navigation: the frontier is FIFO, so
	// this puts a page's stories ahead of its section and tag links.
	sort.SliceStable(found, func(i, j int) bool { return kindRank(found[i].kind) < kindRank(found[j].kind) })
	newLinks, err := s.enqueue(ctx, task, found)
	if err != nil {
		return err
	}
	if !pg.NoIndex {
		p := &bus.Page{URL: finalURL, RequestURL: task.URL, Status: status, ContentType: ct,
			ETag: rh.Get("ETag"), LastModified: rh.Get("Last-Modified"), Kind: task.Kind, Depth: task.Depth,
			Site: task.Site, FetchedAt: time.Now().UTC(), DiscoveredAt: task.DiscoveredAt, Body: body}
		msg, err := s.codec.EncodePage(ctx, s.obj, p)
		if errors.Is(err, bus.ErrTooLarge) {
			s.skip("page-too-large", finalURL)
		} else if err != nil {
			return err
		} else {
			if _, err := s.js.PublishMsg(ctx, msg); err != nil {
				return fmt.Errorf("publish page %s: %w", finalURL, err)
			}
			s.stats.Pages.Add(1)
			s.m.pages.Inc()
		}
	} else {
		s.skip("noindex", finalURL)
	}
	s.reschedule(ctx, task, src, rh, newLinks)
	return nil
}

// processFeed queues a feed's or sitemap's entries.
func (s *Service) processFeed(ctx context.Context, task *bus.URLTask, finalURL string, body []byte, src *frontier.Source, rh http.Header) error {
	res, err := feeds.Parse(body, finalURL, feeds.Options{Normalizer: s.norm})
	if err != nil {
		s.skip("feed-parse", finalURL)
		s.log.Info("feed parse failed", "url", finalURL, "err", err)
		return nil
	}
	if res.Skipped > 0 {
		s.m.skipped.WithLabelValues("feed-entry-invalid").Add(float64(res.Skipped))
	}
	var found []candidate
	for _, e := range res.Entries {
		date := e.Published
		if date.IsZero() {
			date = e.LastMod
		}
		found = append(found, candidate{url: e.URL, kind: bus.KindArticle, feed: true, date: date})
	}
	for _, e := range res.Sitemaps {
		found = append(found, candidate{url: e.URL, kind: bus.KindFeed, feed: true})
	}
	ftask := *task
	ftask.Kind = bus.KindFeed // a feed's entries sit one hop from it, whatever the seed was
	n, err := s.enqueue(ctx, &ftask, found)
	if err != nil {
		return err
	}
	s.m.feedEntries.Add(float64(len(found)))
	if task.Kind == bus.KindSeed || task.Kind == bus.KindFeed {
		t := *task
		t.Kind = bus.KindFeed
		task = &t
	}
	s.reschedule(ctx, task, src, rh, n)
	return nil
}

func (s *Service) enqueueSitemaps(ctx context.Context, task *bus.URLTask, e *robotsEntry) {
	var found []candidate
	for _, sm := range e.rules.Sitemaps() {
		if n, err := s.norm.Normalize(sm); err == nil {
			found = append(found, candidate{url: n, kind: bus.KindFeed, feed: true})
		}
	}
	if len(found) == 0 {
		return
	}
	t := *task
	t.Depth = 0
	if _, err := s.enqueue(ctx, &t, found); err != nil {
		s.log.Warn("queue robots.txt sitemaps", "host", urlnorm.Host(task.URL), "err", err)
	}
}

func kindRank(kind string) int {
	switch kind {
	case bus.KindArticle:
		return 0
	case bus.KindFeed:
		return 1
	}
	return 2
}

type candidate struct {
	url      string
	kind     string
	feed     bool      // from a feed or sitemap: no depth cost beyond one hop
	redirect bool      // a redirect target: same depth and off-site hop as its source
	date     time.Time // publication (or last modification) a feed or sitemap gave
}

// enqueue applies scope, depth and trap rules, marks the survivors seen in
// one round trip, and publishes the new ones. It returns how many were new.
func (s *Service) enqueue(ctx context.Context, parent *bus.URLTask, cands []candidate) (int, error) {
	if len(cands) == 0 {
		return 0, nil
	}
	parentSite, err := s.sites.get(ctx, urlnorm.Host(parent.URL))
	if err != nil {
		return 0, s.stateErr(err)
	}
	maxOff := s.cfg.MaxOffsite
	if parentSite != nil && parentSite.MaxOffsite != nil {
		maxOff = *parentSite.MaxOffsite
	}
	now := time.Now().UTC()
	var tasks []*bus.URLTask
	var keys []string
	var redirects []bool
	seen := map[string]bool{}
	for _, c := range cands {
		if seen[c.url] {
			continue
		}
		seen[c.url] = true
		u, err := url.Parse(c.url)
		if err != nil || u.Host == "" {
			continue
		}
		if s.blockedLiteral(u) {
			s.skip("private-address", c.url)
			continue
		}
		if reason := urlnorm.Trap(u, s.cfg.Trap); reason != "" {
			s.skip("trap", c.url)
			s.m.traps.WithLabelValues(reason).Inc()
			continue
		}
		depth := parent.Depth + 1
		if c.redirect {
			depth = parent.Depth
		}
		if depth > s.cfg.MaxDepth {
			s.skip("depth", c.url)
			continue
		}
		t := &bus.URLTask{URL: c.url, Kind: c.kind, Depth: depth, Parent: parent.URL, DiscoveredAt: now}
		if !c.date.IsZero() && c.date.Before(now.Add(48*time.Hour)) {
			t.PublishedAt = c.date.UTC() // a date far in the future is not believed
		}
		if c.redirect {
			t.Redirects, t.DiscoveredAt = parent.Redirects+1, parent.DiscoveredAt
		}
		site, err := s.sites.get(ctx, u.Host)
		if err != nil {
			return 0, s.stateErr(err)
		}
		switch {
		case site != nil:
			t.Site = site.Host
		case c.redirect:
			t.Site, t.Offsite = parent.Site, parent.Offsite
		case parent.Offsite+1 <= maxOff && parent.Offsite == 0:
			// Off-site hops are for articles (an aggregator's link to the
			// original): navigation pages and share intents of other sites
			// are not followed.
			if t.Kind != bus.KindArticle || shareIntent(u) {
				s.skip("offsite-nonarticle", c.url)
				continue
			}
			t.Site, t.Offsite = parent.Site, parent.Offsite+1
		default:
			s.skip("scope", c.url)
			continue
		}
		if parent.Offsite >= maxOff && parent.Offsite > 0 && !c.redirect {
			s.skip("scope", c.url)
			continue
		}
		tasks = append(tasks, t)
		keys = append(keys, urlnorm.Key(c.url))
		redirects = append(redirects, c.redirect)
	}
	if len(tasks) == 0 {
		return 0, nil
	}
	// Links this process saw marked recently need no round trip.
	var ask []string
	var askAt []int
	for i, k := range keys {
		if !s.seen.has(k) {
			ask, askAt = append(ask, k), append(askAt, i)
		}
	}
	fresh := make([]bool, len(keys))
	if len(ask) > 0 {
		got, err := s.st.MarkSeen(ctx, ask, s.cfg.SeenTTL)
		if err != nil {
			return 0, s.stateErr(err)
		}
		var known []string
		for j, i := range askAt {
			if fresh[i] = got[j]; !got[j] {
				known = append(known, keys[i])
			}
		}
		s.seen.add(known...)
	}
	var msgs []*nats.Msg
	var newKeys, unqueued []string
	parentURL, _ := url.Parse(parent.URL)
	parentPattern := templatePattern(parentURL)
	for i, t := range tasks {
		if !fresh[i] {
			continue
		}
		if u, err := url.Parse(t.URL); err == nil && !redirects[i] {
			if reason := s.variantTrap(ctx, parentURL, parentPattern, u); reason != "" {
				s.skip(reason, t.URL)
				s.m.traps.WithLabelValues(reason).Inc()
				// Not seen after all: the same URL found on another
				// page (a section, a feed) is still queued.
				unqueued = append(unqueued, keys[i])
				continue
			}
		}
		m, err := bus.EncodeTask(t)
		if err != nil {
			return 0, err
		}
		msgs = append(msgs, m)
		newKeys = append(newKeys, keys[i])
	}
	if len(unqueued) > 0 {
		s.stateFailed("forget", s.st.Forget(ctx, unqueued))
	}
	if err := bus.PublishAll(ctx, s.js, msgs); err != nil {
		// Not queued: forget them so the retry queues them again.
		s.stateFailed("forget", s.st.Forget(context.WithoutCancel(ctx), newKeys))
		return 0, fmt.Errorf("queue links of %s: %w", parent.URL, err)
	}
	s.seen.add(newKeys...)
	s.stats.Enqueued.Add(int64(len(msgs)))
	s.m.enqueued.Add(float64(len(msgs)))
	return len(msgs), nil
}

// reschedule plans the next visit of a revisitable source (see
// frontier.Revisits), within its site's revisit bounds.
func (s *Service) reschedule(ctx context.Context, t *bus.URLTask, src *frontier.Source, rh http.Header, newLinks int) {
	if !s.cfg.Continuous || !frontier.Revisitable(t) {
		return
	}
	v := frontier.Visit{NewLinks: newLinks, Validated: rh != nil}
	if rh != nil {
		v.ETag, v.LastModified = rh.Get("ETag"), rh.Get("Last-Modified")
	}
	if site, _ := s.sites.get(ctx, urlnorm.Host(t.URL)); site != nil {
		v.Min, v.Max = site.RevisitMin, site.RevisitMax
	}
	s.stateFailed("revisit", s.rev.Plan(ctx, t, src, v))
}

// runScheduler moves due revisits onto the frontier intake.
func (s *Service) runScheduler(ctx context.Context) error {
	return s.rev.Run(ctx, func(ctx context.Context, t *bus.URLTask) error {
		m, err := bus.EncodeTask(t)
		if err != nil {
			return err
		}
		_, err = s.js.PublishMsg(ctx, m)
		return err
	}, s.m.revisits.Inc)
}

// Scheduled reports how many sources wait on the revisit schedule.
func (s *Service) Scheduled(ctx context.Context) (int64, error) {
	return s.rev.Len(ctx)
}

func statusClass(code int) string {
	switch {
	case code == 0:
		return "error"
	case code == 304:
		return "304"
	default:
		return strconv.Itoa(code/100) + "xx"
	}
}
