package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/robots"
	"newsroom.dev/pkg/state"
)

// robotsCache answers robots questions from a short local memo, the shared
// state (so replicas fetch each robots.txt once per TTL), or a fetch.
type robotsCache struct {
	st     state.Cache
	client *http.Client
	ua     string
	ttl    time.Duration
	retry  time.Duration
	mu     sync.Mutex
	local  map[string]robotsEntry
	// onFetch is called after every robots.txt fetch (metrics).
	onFetch func(status int)
	// record, when set, archives a fetch: the request, the response and
	// the body bytes read off the wire (the prefix that was parsed).
	record func(req *http.Request, res *http.Response, raw []byte, ip string, start time.Time)
}

type robotsEntry struct {
	rules    *robots.Rules
	deferred bool // robots.txt unavailable (5xx, 429, unreachable): wait
	noHost   bool // the host name does not resolve: skip its URLs
	exp      time.Time
}

func robotsKey(hostport string) string { return "robots:" + hostport }

// cached returns the rules for scheme://host if known, without fetching.
func (c *robotsCache) cached(ctx context.Context, hostport string) (*robotsEntry, error) {
	c.mu.Lock()
	e, ok := c.local[hostport]
	c.mu.Unlock()
	if ok && time.Now().Before(e.exp) {
		return &e, nil
	}
	b, ok, err := c.st.Get(ctx, robotsKey(hostport))
	if err != nil || !ok {
		return nil, err
	}
	e = robotsEntry{exp: time.Now().Add(min(c.ttl, time.Minute))}
	if len(b) > 0 && b[0] == 'D' {
		e.deferred, e.rules = true, robots.DisallowAll()
	} else if len(b) > 0 && b[0] == 'N' {
		e.noHost, e.rules = true, robots.DisallowAll()
	} else {
		r := new(robots.Rules)
		if len(b) > 0 {
			if err := r.UnmarshalBinary(b[1:]); err != nil {
				return nil, nil // unreadable cache entry: refetch
			}
		}
		e.rules = r
	}
	c.remember(hostport, e)
	return &e, nil
}

func (c *robotsCache) remember(hostport string, e robotsEntry) {
	c.mu.Lock()
	if len(c.local) > 50000 {
		c.local = map[string]robotsEntry{}
	}
	c.local[hostport] = e
	c.mu.Unlock()
}

// fetch downloads scheme://hostport/robots.txt and caches the outcome.
func (c *robotsCache) fetch(ctx context.Context, scheme, hostport string) (*robotsEntry, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, scheme+"://"+hostport+"/robots.txt", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.ua)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	status := 0
	var body []byte
	start := time.Now()
	ip := new(string)
	if c.record != nil {
		var tctx context.Context
		tctx, ip = traceIP(req.Context())
		req = req.WithContext(tctx)
	}
	res, err := c.client.Do(req)
	if err == nil {
		var src io.Reader = res.Body
		var raw bytes.Buffer
		if c.record != nil {
			src = io.TeeReader(src, &raw)
		}
		status = res.StatusCode
		// RFC 9309 section 2.5: parse at least the first 500 KiB, whatever
		// the size; the rest is ignored, and a huge file or a compression
		// bomb costs no more than its prefix. A body that cannot be read
		// (reset, timeout, bad encoding) leaves the rules unknown: the host
		// counts as unreachable, never as allowing everything.
		var truncated bool
		body, truncated, err = fetch.ReadPrefix(res.Header.Get("Content-Encoding"), src, robots.DefaultMaxBytes)
		res.Body.Close()
		if truncated {
			body = robots.CompleteLines(body)
		}
		if err != nil {
			err = fmt.Errorf("read robots.txt of %s: %w", hostport, err)
			status = 0
		} else if c.record != nil {
			c.record(req, res, raw.Bytes(), *ip, start)
		}
	}
	if c.onFetch != nil {
		c.onFetch(status)
	}
	if errors.Is(err, fetch.ErrBlockedAddress) {
		return nil, err
	}
	rules, deferHost := robots.ForStatus(status, body)
	e := robotsEntry{rules: rules, deferred: deferHost}
	var stored []byte
	ttl := c.ttl
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		e.deferred, e.noHost = false, true
		stored, ttl = []byte("N"), c.retry
	} else if deferHost {
		stored, ttl = []byte("D"), c.retry
	} else {
		mb, merr := rules.MarshalBinary()
		if merr != nil {
			return nil, fmt.Errorf("encode robots of %s: %w", hostport, merr)
		}
		stored = append([]byte("R"), mb...)
	}
	e.exp = time.Now().Add(min(ttl, time.Minute))
	if err := c.st.Set(ctx, robotsKey(hostport), stored, ttl); err != nil {
		return nil, err
	}
	c.remember(hostport, e)
	return &e, nil
}
