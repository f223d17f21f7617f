package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// DefaultUserAgent names newsroom and where to read about it.
const DefaultUserAgent = "newsroom/0.1 (+https://github.com/newsroom-crawl/newsroom; news crawler)"

// Config holds every crawler setting. Zero fields take the defaults of
// DefaultConfig when passed through Validate.
type Config struct {
	UserAgent   string // sent with every request
	RobotsAgent string // product token matched against robots.txt groups (default "newsroom")

	Delay              time.Duration // per host, minimum gap from the end of one request to the start of the next (default 1s)
	MaxInFlightPerHost int           // concurrent requests per host across all replicas (default 1)
	AdaptiveFactor     float64       // the gap grows to at least this × the host's response time (default 1)
	Concurrency        int           // URLs fetched at once by this process, and intake messages moved at once (default 32)

	MaxDepth        int           // link hops from a seed (default 10)
	MaxOffsite      int           // hops off the seed sites (default 1: aggregator -> linked article)
	MaxLinksPerPage int           // links taken from one page (default 1000)
	HostWindow      time.Duration // window of the per-host trap limits (default 24h)
	MaxBodyBytes    int64         // response size cap after decoding (default 5 MB)

	ConnectTimeout time.Duration // TCP connect (default 10s)
	HeaderTimeout  time.Duration // waiting for response headers (default 15s)
	RequestTimeout time.Duration // whole request including body (default 30s)
	// LeaseTTL is how long a claimed URL may take (fetch and processing)
	// before its lease expires and the URL returns to its host's queue for
	// another replica (default RequestTimeout + 30s). A crashed replica's
	// hosts wait this long.
	LeaseTTL     time.Duration
	MaxRedirects int            // redirects followed per fetch (default 10)
	AllowPrivate bool           // allow loopback addresses (local test webs)
	AllowCIDRs   []netip.Prefix // allow these (private) ranges: intranets

	RobotsTTL   time.Duration // robots.txt cache lifetime (default 1h)
	RobotsRetry time.Duration // a host whose robots.txt was unavailable (5xx, unreachable) is retried after this long (default 1m); its URLs give up after MaxRetries waits
	SeenTTL     time.Duration // how long a URL stays "seen" (default 30 days)

	MaxRetries int           // fetch failures of one URL before it is dead-lettered (default 3; 2 for timeouts)
	ParkAfter  int           // consecutive failures of a host before it is parked (default 8)
	ParkFor    time.Duration // how long a parked host rests (default 15m)
	// MaxHostWait bounds, in one-pass mode (Continuous false), how long in
	// total a URL waits for a host that is parked, backing off (failures,
	// Retry-After) or without a readable robots.txt; past it the URL is
	// dead-lettered with the reason (default 3m). Ordinary pacing waits do
	// not count. Continuous mode waits as long as the host asks.
	MaxHostWait time.Duration

	Continuous    bool          // revisit seeds, feeds and section pages
	RevisitStart  time.Duration // first revisit interval (default 10m)
	RevisitMin    time.Duration // lower bound (default 1m)
	RevisitMax    time.Duration // upper bound (default 6h)
	SchedulerTick time.Duration // how often due revisits are popped (default 1s)

	Trap urlnorm.TrapOptions // crawler-trap heuristics
	// MaxQueryVariants bounds the new URLs of one host and path with other
	// query values found on a page of that same path (?v=<random>, ?page=N),
	// per HostWindow (default 50). Past it they are skipped as
	// "query-variants".
	MaxQueryVariants int
	// MaxPatternURLs bounds the new URLs of one host and path pattern
	// (numbers, dates, random tokens: /item/{n}) found on a page of that same
	// pattern, per HostWindow (default 100); past it, "path-pattern".
	MaxPatternURLs int
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		UserAgent: DefaultUserAgent, RobotsAgent: "newsroom",
		Delay: time.Second, MaxInFlightPerHost: 1, AdaptiveFactor: 1, Concurrency: 32,
		MaxDepth: 10, MaxOffsite: 1, MaxLinksPerPage: 1000, HostWindow: 24 * time.Hour,
		MaxBodyBytes: 5 << 20, ConnectTimeout: 10 * time.Second, HeaderTimeout: 15 * time.Second,
		RequestTimeout: 30 * time.Second, MaxRedirects: 10,
		RobotsTTL: time.Hour, RobotsRetry: time.Minute, SeenTTL: 30 * 24 * time.Hour,
		MaxRetries: 3, ParkAfter: 8, ParkFor: 15 * time.Minute, MaxHostWait: 3 * time.Minute,
		Continuous: true, RevisitStart: 10 * time.Minute, RevisitMin: time.Minute, RevisitMax: 6 * time.Hour,
		SchedulerTick: time.Second, MaxQueryVariants: 50, MaxPatternURLs: 100,
	}
}

// setDefaults fills zero fields with DefaultConfig's.
func (c *Config) setDefaults() {
	d := DefaultConfig()
	setDur := func(v *time.Duration, def time.Duration) {
		if *v == 0 {
			*v = def
		}
	}
	setInt := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	if c.RobotsAgent == "" {
		c.RobotsAgent = d.RobotsAgent
	}
	if c.AdaptiveFactor == 0 {
		c.AdaptiveFactor = d.AdaptiveFactor
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	setInt(&c.MaxInFlightPerHost, d.MaxInFlightPerHost)
	setInt(&c.Concurrency, d.Concurrency)
	setInt(&c.MaxDepth, d.MaxDepth)
	setInt(&c.MaxLinksPerPage, d.MaxLinksPerPage)
	setInt(&c.MaxRedirects, d.MaxRedirects)
	setInt(&c.MaxRetries, d.MaxRetries)
	setInt(&c.ParkAfter, d.ParkAfter)
	setInt(&c.MaxQueryVariants, d.MaxQueryVariants)
	setInt(&c.MaxPatternURLs, d.MaxPatternURLs)
	setDur(&c.HostWindow, d.HostWindow)
	setDur(&c.ConnectTimeout, d.ConnectTimeout)
	setDur(&c.HeaderTimeout, d.HeaderTimeout)
	setDur(&c.RequestTimeout, d.RequestTimeout)
	if c.LeaseTTL == 0 {
		c.LeaseTTL = c.RequestTimeout + 30*time.Second
	}
	setDur(&c.RobotsTTL, d.RobotsTTL)
	setDur(&c.RobotsRetry, d.RobotsRetry)
	setDur(&c.SeenTTL, d.SeenTTL)
	setDur(&c.ParkFor, d.ParkFor)
	setDur(&c.MaxHostWait, d.MaxHostWait)
	setDur(&c.RevisitStart, d.RevisitStart)
	setDur(&c.RevisitMin, d.RevisitMin)
	setDur(&c.RevisitMax, d.RevisitMax)
	setDur(&c.SchedulerTick, d.SchedulerTick)
}

// Validate reports impossible values; zero fields stand for their defaults.
// It does not change c.
func (c Config) Validate() error {
	c.setDefaults()
	var errs []error
	if c.Delay < 0 {
		errs = append(errs, fmt.Errorf("delay %v is negative", c.Delay))
	}
	if c.MaxHostWait < 0 {
		errs = append(errs, fmt.Errorf("max host wait %v is negative", c.MaxHostWait))
	}
	if c.MaxOffsite < 0 {
		errs = append(errs, fmt.Errorf("max offsite hops %d is negative", c.MaxOffsite))
	}
	if c.MaxBodyBytes < 1024 {
		errs = append(errs, fmt.Errorf("max body bytes %d is below 1 KiB", c.MaxBodyBytes))
	}
	if c.LeaseTTL < c.RequestTimeout {
		errs = append(errs, fmt.Errorf("lease ttl %v is below the request timeout %v", c.LeaseTTL, c.RequestTimeout))
	}
	if c.RevisitMin > c.RevisitMax {
		errs = append(errs, fmt.Errorf("revisit min %v is above revisit max %v", c.RevisitMin, c.RevisitMax))
	}
	return errors.Join(errs...)
}

// State is what the crawler needs of the shared state: the seen-set,
// values and counters (robots.txt, sites, failures, traps) and the revisit
// schedule. *memstate.Store and *redisstate.Store satisfy it, and also
// frontier.Store.
type State interface {
	state.SeenSet
	state.Cache
	state.Scheduler
}

// JetStream is what the crawler calls on JetStream: publishing, its pull consumer and the bucket of
// large bodies. A jetstream.JetStream
// satisfies it.
type JetStream interface {
	jetstream.Publisher
	Consumer(ctx context.Context, stream, consumer string) (jetstream.Consumer, error)
	ObjectStore(ctx context.Context, bucket string) (jetstream.ObjectStore, error)
}

// Deps are the crawler's connections.
type Deps struct {
	JS    JetStream // required
	State State     // required: seen-set, robots cache, revisit schedule
	// Frontier keeps the per-host queues; nil uses State, which must then
	// implement frontier.Store (the Redis and embedded stores do).
	Frontier frontier.Store
	Log      *slog.Logger          // nil discards
	Archive  Archiver              // nil: fetches are not archived (--warc)
	Metrics  prometheus.Registerer // nil: metrics are kept but not registered
}
