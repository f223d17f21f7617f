package frontier

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Politeness decides how long a host rests after a request.
type Politeness struct {
	// AdaptiveFactor stretches the gap to at least this multiple of the
	// host's response time (default 1).
	AdaptiveFactor float64
	// MaxRetryAfter caps a Retry-After (default 1h).
	MaxRetryAfter time.Duration
}

// Response is what a request to a host came back with.
type Response struct {
	Gap      time.Duration // the host's gap from a response's end to the next start (delay, Crawl-delay)
	Took     time.Duration // from request start to the end of the response
	Status   int           // HTTP status, 0 when there was no response
	Header   http.Header   // response headers (Retry-After), may be nil
	Failures int64         // recent consecutive failures of the host, this one included
}

// After returns how long after the end of the request the host's next
// request may start: the gap, counted from the end of this response (as
// Nutch and Heritrix count it: the server saw this request start before the
// client saw it end, so the gap between the starts the server sees is never
// shorter, whatever delays the client or the network add), at least the
// response time times AdaptiveFactor, doubled per recent failure, and the
// server's Retry-After on 429 and 503 (30 s or 10 gaps when it gave none).
func (p Politeness) After(r Response) time.Duration {
	factor := p.AdaptiveFactor
	if factor <= 0 {
		factor = 1
	}
	capRA := p.MaxRetryAfter
	if capRA <= 0 {
		capRA = time.Hour
	}
	after := max(time.Duration(float64(r.Took)*factor), r.Gap)
	if r.Failures > 0 {
		after = max(after, r.Gap*time.Duration(1<<min(r.Failures, 6)))
	}
	if r.Status == http.StatusTooManyRequests || r.Status == http.StatusServiceUnavailable {
		ra := RetryAfter(r.Header, time.Now())
		if ra <= 0 {
			ra = max(30*time.Second, 10*r.Gap)
		}
		after = max(after, min(ra, capRA))
	}
	return after
}

// RetryAfter reads a Retry-After header (seconds or an HTTP date) as a
// duration from now; 0 when absent or unreadable.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	if h == nil {
		return 0
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return t.Sub(now)
	}
	return 0
}
