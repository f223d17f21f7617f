package testweb

import (
	"errors"
	"fmt"
	"net/netip"
	"time"
)

// Config describes the simulated web. The zero value gives three publishers,
// two aggregators, twenty stories each, no trap site and no Crawl-delay site.
type Config struct {
	// Seed makes all generated content deterministic.
	Seed int64
	// Publishers is the number of publisher sites (0 means 3).
	Publishers int
	// Aggregators is the number of aggregator sites (0 means 2, negative means none).
	Aggregators int
	// Stories is the number of stories generated per publisher (0 means 20).
	Stories int
	// Trap adds the trap site.
	Trap bool
	// CrawlDelaySite adds a small publisher whose robots.txt says Crawl-delay.
	CrawlDelaySite bool
	// CrawlDelay is the Crawl-delay in seconds of that site (0 means 2).
	CrawlDelay int
	// CrawlDelayStories is the number of stories on that site (0 means 4).
	CrawlDelayStories int
	// IPBase is the address of the first site; the others follow it
	// (zero means 127.0.1.1). It must be a loopback IPv4 address.
	IPBase netip.Addr
	// Port is the shared port (0 means pick a free one).
	Port int
	// Base is the time the generated stories lead up to (zero means
	// 2024-05-20 12:00 UTC); stories spread over the 30 days before it.
	Base time.Time
	// HomeStories is how many stories a home page lists (0 means 15).
	HomeStories int
	// ListPageSize is how many stories a section, tag or author page lists
	// before it links to the next page (0 means 20).
	ListPageSize int
	// MaxCachedPages bounds the rendered-page cache (0 means 5000).
	MaxCachedPages int
	// CopyRate is the chance that an aggregator copies a story (0 means 0.5).
	CopyRate float64
	// PlainCopyRate is the chance that a copy names no source at all: no
	// rel=canonical, no "From"/"Source" credit, no "Read more" line, like
	// the real aggregator sample (0 means 0.3, negative means never). Half
	// of the plain copies are "dressed" as originals: a rel=canonical to
	// themselves, JSON-LD naming the aggregator as publisher, and a byline;
	// only their later date and the text tell them from the original.
	PlainCopyRate float64
	// SharedEventRate is the chance that a story covers an event another
	// publisher already covered (0 means 0.35, negative means never).
	SharedEventRate float64
	// PublishEvery publishes a new story on each publisher in turn at this
	// interval while the web runs (0 means never).
	PublishEvery time.Duration
	// MaxRequests bounds the request log; older entries are dropped
	// (0 means 1,000,000).
	MaxRequests int
	// BigPageBytes is the size of the trap site's big page (0 means 10 MiB).
	BigPageBytes int
	// GzipBombBytes is the uncompressed size of the gzip bomb (0 means 256 MiB).
	GzipBombBytes int
	// SlowInterval is the pause between bytes of the slow response (0 means 1s).
	SlowInterval time.Duration
	// SlowBytes is how many bytes the slow response dribbles (0 means 600).
	SlowBytes int
	// ReadHeaderTimeout bounds reading request headers (0 means 10s).
	ReadHeaderTimeout time.Duration
}

// maxSites bounds how many sites a Config may ask for.
const maxSites = 200

func (c Config) withDefaults() (Config, error) {
	if c.Publishers == 0 {
		c.Publishers = 3
	}
	if c.Aggregators == 0 {
		c.Aggregators = 2
	} else if c.Aggregators < 0 {
		c.Aggregators = 0
	}
	if c.Stories == 0 {
		c.Stories = 20
	}
	if c.CrawlDelay == 0 {
		c.CrawlDelay = 2
	}
	if c.CrawlDelayStories == 0 {
		c.CrawlDelayStories = 4
	}
	if !c.IPBase.IsValid() {
		c.IPBase = netip.AddrFrom4([4]byte{127, 0, 1, 1})
	}
	if c.Base.IsZero() {
		c.Base = time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)
	}
	if c.HomeStories == 0 {
		c.HomeStories = 15
	}
	if c.ListPageSize == 0 {
		c.ListPageSize = 20
	}
	if c.MaxCachedPages == 0 {
		c.MaxCachedPages = 5000
	}
	if c.CopyRate == 0 {
		c.CopyRate = 0.5
	}
	if c.PlainCopyRate == 0 {
		c.PlainCopyRate = 0.3
	}
	if c.SharedEventRate == 0 {
		c.SharedEventRate = 0.35
	}
	if c.MaxRequests == 0 {
		c.MaxRequests = 1_000_000
	}
	if c.BigPageBytes == 0 {
		c.BigPageBytes = 10 << 20
	}
	if c.GzipBombBytes == 0 {
		c.GzipBombBytes = 256 << 20
	}
	if c.SlowInterval == 0 {
		c.SlowInterval = time.Second
	}
	if c.SlowBytes == 0 {
		c.SlowBytes = 600
	}
	if c.ReadHeaderTimeout == 0 {
		c.ReadHeaderTimeout = 10 * time.Second
	}
	switch {
	case c.Publishers < 0:
		return c, errors.New("testweb: publishers must not be negative")
	case c.Stories < 0 || c.CrawlDelayStories < 0:
		return c, errors.New("testweb: story counts must not be negative")
	case c.Publishers+c.Aggregators+2 > maxSites:
		return c, fmt.Errorf("testweb: at most %d sites", maxSites)
	case !c.IPBase.Is4() || !c.IPBase.IsLoopback():
		return c, fmt.Errorf("testweb: ip base %s is not a loopback IPv4 address", c.IPBase)
	case int(c.IPBase.As4()[3])+c.Publishers+c.Aggregators+2 > 255:
		return c, fmt.Errorf("testweb: ip base %s leaves too few addresses", c.IPBase)
	case c.Port < 0 || c.Port > 65535:
		return c, fmt.Errorf("testweb: bad port %d", c.Port)
	case c.CopyRate < 0 || c.CopyRate > 1 || c.SharedEventRate > 1 || c.PlainCopyRate > 1:
		return c, errors.New("testweb: rates must be within [0,1]")
	case c.PublishEvery < 0 || c.CrawlDelay < 0 || c.MaxRequests < 0 || c.BigPageBytes < 0 ||
		c.GzipBombBytes < 0 || c.SlowInterval < 0 || c.SlowBytes < 0 || c.HomeStories < 0 || c.ListPageSize < 0 || c.MaxCachedPages < 0:
		return c, errors.New("testweb: limits must not be negative")
	}
	return c, nil
}
