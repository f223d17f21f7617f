package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// Site is the per-site crawl policy registered when a site is seeded. Zero
// fields fall back to the crawler's Config.
type Site struct {
	Host         string        `json:"host" yaml:"-"`
	Seeds        []string      `json:"seeds,omitempty" yaml:"seeds"`
	ExtraDomains []string      `json:"extra_domains,omitempty" yaml:"extra_domains"`
	MaxOffsite   *int          `json:"max_offsite,omitempty" yaml:"max_offsite"`
	Delay        time.Duration `json:"delay,omitempty" yaml:"delay"`
	RevisitMin   time.Duration `json:"revisit_min,omitempty" yaml:"revisit_min"`
	RevisitMax   time.Duration `json:"revisit_max,omitempty" yaml:"revisit_max"`
	UserAgent    string        `json:"user_agent,omitempty" yaml:"user_agent"`
}

func siteKey(host string) string { return "site:" + host }

// RegisterSites records sites in the shared state so every crawler replica
// treats their hosts (and extra domains) as in scope.
func RegisterSites(ctx context.Context, st state.Cache, sites []Site) error {
	for _, s := range sites {
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		hosts := append([]string{s.Host}, s.ExtraDomains...)
		for _, h := range hosts {
			if err := st.Set(ctx, siteKey(strings.ToLower(h)), b, 0); err != nil {
				return fmt.Errorf("register site %s: %w", h, err)
			}
		}
	}
	return nil
}

// SitesFromSeeds groups seed URLs by host into sites with default policy.
// An invalid seed URL is an error naming it.
func SitesFromSeeds(seeds []string) ([]Site, error) {
	byHost := map[string]*Site{}
	var order []string
	for _, raw := range seeds {
		n, err := NormalizeSeed(raw)
		if err != nil {
			return nil, err
		}
		h := urlnorm.Host(n)
		s, ok := byHost[h]
		if !ok {
			s = &Site{Host: h}
			byHost[h] = s
			order = append(order, h)
		}
		s.Seeds = append(s.Seeds, n)
	}
	out := make([]Site, 0, len(order))
	for _, h := range order {
		out = append(out, *byHost[h])
	}
	return out, nil
}

// NormalizeSeed checks and normalises a seed URL, with an error a user can act on.
func NormalizeSeed(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", fmt.Errorf("invalid seed %q: want an absolute http:// or https:// URL", raw)
	}
	n, err := urlnorm.Normalize(raw)
	if err != nil {
		return "", fmt.Errorf("invalid seed %q: %w", raw, err)
	}
	return n, nil
}

// Seed registers the sites and puts their seed URLs on the frontier. It is
// safe to call again: seeds already queued are dropped by message ID.
func Seed(ctx context.Context, js jetstream.JetStream, st State, sites []Site) (int, error) {
	if err := RegisterSites(ctx, st, sites); err != nil {
		return 0, err
	}
	var msgs []*nats.Msg
	now := time.Now().UTC()
	for _, s := range sites {
		for _, u := range s.Seeds {
			t := &bus.URLTask{URL: u, Kind: bus.KindSeed, Site: s.Host, DiscoveredAt: now,
				Revisit: true} // a seed always goes out, even if it was seen by an earlier run
			m, err := bus.EncodeTask(t)
			if err != nil {
				return 0, err
			}
			msgs = append(msgs, m)
		}
	}
	if _, err := st.MarkSeen(ctx, seedKeys(sites), 0); err != nil {
		return 0, fmt.Errorf("mark seeds seen: %w", err)
	}
	if err := bus.PublishAll(ctx, js, msgs); err != nil {
		return 0, fmt.Errorf("queue seeds: %w", err)
	}
	return len(msgs), nil
}

func seedKeys(sites []Site) []string {
	var keys []string
	for _, s := range sites {
		for _, u := range s.Seeds {
			keys = append(keys, urlnorm.Key(u))
		}
	}
	return keys
}

// siteCache memoises site lookups for a short time.
type siteCache struct {
	st  state.Cache
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]siteEntry
}

type siteEntry struct {
	site *Site
	exp  time.Time
}

func (c *siteCache) forget(host string) {
	c.mu.Lock()
	delete(c.m, host)
	c.mu.Unlock()
}

func (c *siteCache) get(ctx context.Context, host string) (*Site, error) {
	c.mu.Lock()
	e, ok := c.m[host]
	c.mu.Unlock()
	if ok && time.Now().Before(e.exp) {
		return e.site, nil
	}
	b, ok, err := c.st.Get(ctx, siteKey(host))
	if err != nil {
		return nil, err
	}
	var s *Site
	if ok {
		s = new(Site)
		if err := json.Unmarshal(b, s); err != nil {
			s = nil
		}
	}
	c.mu.Lock()
	if len(c.m) > 100000 {
		c.m = map[string]siteEntry{}
	}
	c.m[host] = siteEntry{site: s, exp: time.Now().Add(c.ttl)}
	c.mu.Unlock()
	return s, nil
}
