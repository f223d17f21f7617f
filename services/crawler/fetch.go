package crawler

// This file fetches one claimed URL: redirects as frontier tasks, the
// policy checks, the request itself and what a failure does to its host.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/feeds"
	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/urlnorm"
)

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
	// The target inherits the listing time and authors its source was
	// given or noted.
	src := *task
	l := s.listedOf(ctx, task)
	src.PublishedAt, src.Authors = l.At, l.Authors
	_, err = s.enqueue(ctx, &src, []candidate{{url: target, kind: task.Kind, redirect: true}})
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
	if task.Kind != "" {
		hdr.Set(hdrDiscovery, task.Kind) // for the archive; never sent
	}
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
