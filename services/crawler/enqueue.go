package crawler

// This file puts discovered links on the frontier intake, after the scope,
// trap and seen-set checks, ranked by how article-like they are.

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/urlnorm"
)

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
	authors  []string  // authors a feed gave
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
		t := &bus.URLTask{URL: c.url, Kind: c.kind, Depth: depth, Parent: parent.URL, DiscoveredAt: now, Authors: c.authors}
		if !c.date.IsZero() && c.date.Before(now.Add(48*time.Hour)) {
			t.PublishedAt = c.date // a date far in the future is not believed; the zone says the local day
		}
		if c.redirect {
			// A redirect is the same page: it keeps when it was found
			// and the publication time and authors its feed gave.
			t.Redirects, t.DiscoveredAt = parent.Redirects+1, parent.DiscoveredAt
			if t.PublishedAt.IsZero() {
				t.PublishedAt = parent.PublishedAt
			}
			if len(t.Authors) == 0 {
				t.Authors = parent.Authors
			}
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
		s.claims.done(parent.URL)
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
		// Claimed under the page's token, which a retry of the page reuses:
		// marks a failed attempt wrote (its reply lost, go-redis or the
		// frontier trying again) are found to be its own, not another's.
		got, err := s.st.Claim(ctx, s.claims.token(parent.URL), ask, s.cfg.SeenTTL)
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
	s.noteListed(ctx, tasks, keys, fresh)
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
	s.claims.done(parent.URL)
	s.stats.Enqueued.Add(int64(len(msgs)))
	s.m.enqueued.Add(float64(len(msgs)))
	return len(msgs), nil
}
