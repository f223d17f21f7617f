package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"sync"
	"time"

	"newsroom.dev/services/crawler"
)

// errOffline is returned when no seed host can be reached at all.
var errOffline = errors.New("no seed host can be reached")

// seedAddrs returns the distinct host:port of the sites' seeds, in order.
func seedAddrs(sites []crawler.Site) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range sites {
		for _, raw := range s.Seeds {
			u, err := url.Parse(raw)
			if err != nil || u.Hostname() == "" {
				continue
			}
			port := u.Port()
			if port == "" {
				port = "80"
				if u.Scheme == "https" {
					port = "443"
				}
			}
			addr := net.JoinHostPort(u.Hostname(), port)
			if !seen[addr] {
				seen[addr] = true
				out = append(out, addr)
			}
		}
	}
	return out
}

// checkReachable resolves and dials (TCP only, no request is sent) each
// distinct seed host at once, each within timeout. It returns the
// unreachable ones with their reasons, and an error wrapping errOffline when
// none answered: the machine is most likely offline.
func checkReachable(ctx context.Context, sites []crawler.Site, timeout time.Duration) (map[string]error, error) {
	addrs := seedAddrs(sites)
	failed := map[string]error{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	d := net.Dialer{Timeout: timeout}
	for _, addr := range addrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			c, err := d.DialContext(dctx, "tcp", addr)
			if err == nil {
				c.Close()
				return
			}
			mu.Lock()
			failed[addr] = err
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(addrs) > 0 && len(failed) == len(addrs) {
		first := failed[addrs[0]]
		return failed, fmt.Errorf("%w (%d of %d, e.g. %s: %s): is this machine offline? 'newsroom demo' runs the whole pipeline on a simulated web, no network needed",
			errOffline, len(failed), len(addrs), addrs[0], dialReason(first))
	}
	return failed, nil
}

// dialReason names why a dial failed in a few words.
func dialReason(err error) string {
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return "no such host"
	case errors.As(err, &dnsErr):
		return "DNS lookup failed"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timed out"
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err.Error()
	}
	return err.Error()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
