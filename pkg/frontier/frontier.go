package frontier

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/bus"
)

// ErrLeaseLost is returned by Finish when the lease had already expired and
// its URL went back to the queue (the fetch outlived the lease).
var ErrLeaseLost = errors.New("frontier lease lost")

// Entry is one queued URL as a store keeps it: an opaque member, unique
// within its host's queue, and a priority score (lower is fetched first).
type Entry struct {
	Member string
	Score  float64
}

// Lease is a URL claimed for fetching. ID names the lease in the store; a
// lease not finished by its expiry returns its entry to the host's queue.
type Lease struct {
	ID    string
	Host  string
	Entry Entry
}

// PushRequest adds entries to one host's queue.
type PushRequest struct {
	// ID makes the push idempotent: a second push with the same ID within
	// IDTTL adds nothing ("" for no check).
	ID    string
	IDTTL time.Duration
	Host  string
	// Entries already queued (same member) are left as they are.
	Entries     []Entry
	MaxInFlight int // the host is scheduled only while fewer leases are held
	Now         time.Time
}

// ClaimRequest asks for up to Max URLs of hosts due at Now.
type ClaimRequest struct {
	Now         time.Time
	Max         int
	MaxInFlight int           // leases per host (>= 1)
	Gap         time.Duration // gap between request starts of a host whose gap is not known yet
	LeaseTTL    time.Duration // a lease not finished by then returns its URL to the queue
	// NoSweep skips returning expired leases and due retries to their
	// queues in this call (a caller sweeps once in a while, not on every
	// claim).
	NoSweep bool
}

// Claimed is what Claim returned: leases, and when the earliest host still
// scheduled comes due (zero when no host is scheduled).
type Claimed struct {
	Leases  []Lease
	NextDue time.Time
}

// FinishRequest ends a lease.
type FinishRequest struct {
	Lease Lease
	Now   time.Time
	// After: the host's next request starts no earlier than Now+After.
	After time.Duration
	// Gap, when positive, is remembered as the host's gap between request
	// starts for claims while other requests are in flight.
	Gap time.Duration
	// Requeue puts the URL back: at its place in the queue when RetryAt is
	// zero or not after Now, otherwise on the delay set until RetryAt.
	Requeue     bool
	RetryAt     time.Time
	MaxInFlight int
	// NoRequest says the lease made no request (robots.txt disallowed the
	// URL, a policy skip): the host's next start goes back to what it was
	// before the claim, unless After asks for later.
	NoRequest bool
}

// HostQueue is one host's line in Stats.
type HostQueue struct {
	Host     string    `json:"host"`
	Queued   int64     `json:"queued"`
	InFlight int64     `json:"in_flight"`
	DueAt    time.Time `json:"due_at,omitzero"`  // zero: not scheduled (in-flight limit reached, or nothing queued)
	NextAt   time.Time `json:"next_at,omitzero"` // the host's next allowed start (FrontierHosts only)
}

// Stats describe the frontier for status pages, metrics and idle detection.
type Stats struct {
	Queued   int64       `json:"queued"`    // URLs waiting in host queues
	Hosts    int64       `json:"hosts"`     // hosts with queued URLs
	DueNow   int64       `json:"due_now"`   // scheduled hosts due now
	Waiting  int64       `json:"waiting"`   // scheduled hosts not due yet
	Leased   int64       `json:"leased"`    // URLs being fetched
	Delayed  int64       `json:"delayed"`   // URLs waiting to be retried
	TopHosts []HostQueue `json:"top_hosts"` // hosts with the most queued URLs
}

// Pending is everything not finished: queued, leased and delayed URLs.
func (s Stats) Pending() int64 { return s.Queued + s.Leased + s.Delayed }

// Store keeps the frontier. Implementations are safe for concurrent use by
// many goroutines and, for networked ones, many processes; each method is one
// atomic step. The context bounds the call's I/O.
type Store interface {
	// FrontierPush adds entries to a host's queue and schedules the host
	// (not before its next allowed start) when it has a free request slot.
	// It returns how many entries were added.
	FrontierPush(ctx context.Context, r PushRequest) (int, error)
	// FrontierClaim returns expired leases' URLs to their queues, moves due
	// retries back into their queues, then leases the first URL of each
	// host due at r.Now, up to r.Max.
	FrontierClaim(ctx context.Context, r ClaimRequest) (Claimed, error)
	// FrontierFinish ends a lease, optionally requeues its URL, and puts the
	// host back on the schedule at its next due time. It returns
	// ErrLeaseLost (after removing the URL from the queue again, so it is
	// not fetched twice) when the lease had expired.
	FrontierFinish(ctx context.Context, r FinishRequest) error
	// FrontierStats reports sizes and the top hosts by queued URLs.
	FrontierStats(ctx context.Context, now time.Time, top int) (Stats, error)
	// FrontierHosts reports the queue and pacing of the named hosts, in
	// order; a host the frontier knows nothing of has a zero row but its name.
	FrontierHosts(ctx context.Context, hosts []string) ([]HostQueue, error)
}

// Priority classes, fetched in this order within a host.
const (
	ClassSource  = 0 // seeds, feeds, sitemaps (and their revisits)
	ClassArticle = 1 // links that look like articles, feed and sitemap entries
	ClassPage    = 2 // navigation: sections, tags, listings
)

// classSpan separates the classes in a score: wider than any unix time in
// seconds.
const classSpan = 1e11

// Score is the priority of a task: its class, then newer first by
// publication time when the feed or sitemap gave one, else by discovery.
func Score(t *bus.URLTask) float64 {
	class := ClassPage
	switch t.Kind {
	case bus.KindSeed, bus.KindFeed:
		class = ClassSource
	case bus.KindArticle:
		class = ClassArticle
	}
	when := t.DiscoveredAt
	if !t.PublishedAt.IsZero() {
		when = t.PublishedAt
	}
	sec := min(max(when.Unix(), 0), int64(classSpan/2))
	return float64(class)*classSpan + float64(int64(classSpan/2)-sec)
}

// kinds map a task kind to one byte of the entry and back.
var kindCodes = map[string]byte{bus.KindSeed: 's', bus.KindFeed: 'f', bus.KindPage: 'p', bus.KindArticle: 'a'}

func kindOf(c byte) string {
	for k, v := range kindCodes {
		if v == c {
			return k
		}
	}
	return ""
}

// Encode turns a task into the compact entry member kept in host's queue:
// fields separated by '|' (kind+flags: 'r' a revisit, 'l' a listing kept
// in the crawler's state; depth, off-site hops, redirects,
// discovery and publication time in base 36, the site when it is not the
// host) and the URL without its scheme and host when they are the usual
// ones. The member is unique per URL and revisit due time.
func Encode(host string, t *bus.URLTask) (string, error) {
	code, ok := kindCodes[t.Kind]
	if !ok {
		return "", fmt.Errorf("frontier: task %s has unknown kind %q", t.URL, t.Kind)
	}
	var b strings.Builder
	b.Grow(len(t.URL) + 24)
	b.WriteByte(code)
	if t.Revisit {
		b.WriteByte('r')
	}
	if t.Listed {
		b.WriteByte('l')
	}
	b.WriteByte('|')
	b.WriteString(strconv.Itoa(t.Depth))
	b.WriteByte('|')
	if t.Offsite != 0 {
		b.WriteString(strconv.Itoa(t.Offsite))
	}
	b.WriteByte('|')
	if t.Redirects != 0 {
		b.WriteString(strconv.Itoa(t.Redirects))
	}
	b.WriteByte('|')
	if !t.DiscoveredAt.IsZero() {
		b.WriteString(strconv.FormatInt(t.DiscoveredAt.Unix(), 36))
	}
	b.WriteByte('|')
	if !t.PublishedAt.IsZero() {
		b.WriteString(strconv.FormatInt(t.PublishedAt.Unix(), 36))
	}
	b.WriteByte('|')
	switch t.Site {
	case host:
	case "":
		b.WriteByte('-')
	default:
		b.WriteString(t.Site)
	}
	b.WriteByte('|')
	switch {
	case strings.HasPrefix(t.URL, "https://"+host+"/"):
		b.WriteByte('s')
		b.WriteString(t.URL[len("https://"+host):])
	case strings.HasPrefix(t.URL, "http://"+host+"/"):
		b.WriteByte('h')
		b.WriteString(t.URL[len("http://"+host):])
	default:
		b.WriteByte('u')
		b.WriteString(t.URL)
	}
	return b.String(), nil
}

// Decode is the inverse of Encode.
func Decode(host, member string) (*bus.URLTask, error) {
	f := strings.SplitN(member, "|", 8)
	if len(f) != 8 || len(f[0]) == 0 || len(f[7]) == 0 {
		return nil, fmt.Errorf("frontier: malformed entry %q of host %s", member, host)
	}
	t := &bus.URLTask{V: bus.Version, Kind: kindOf(f[0][0]), Revisit: strings.Contains(f[0][1:], "r"), Listed: strings.Contains(f[0][1:], "l"), Site: host}
	if t.Kind == "" {
		return nil, fmt.Errorf("frontier: entry %q of host %s has an unknown kind", member, host)
	}
	var err error
	num := func(s string, base int) int64 {
		if s == "" || err != nil {
			return 0
		}
		var n int64
		n, err = strconv.ParseInt(s, base, 64)
		return n
	}
	t.Depth, t.Offsite, t.Redirects = int(num(f[1], 10)), int(num(f[2], 10)), int(num(f[3], 10))
	if s := num(f[4], 36); f[4] != "" {
		t.DiscoveredAt = time.Unix(s, 0).UTC()
	}
	if s := num(f[5], 36); f[5] != "" {
		t.PublishedAt = time.Unix(s, 0).UTC()
	}
	if err != nil {
		return nil, fmt.Errorf("frontier: entry %q of host %s: %w", member, host, err)
	}
	switch f[6] {
	case "":
	case "-":
		t.Site = ""
	default:
		t.Site = f[6]
	}
	switch rest := f[7]; rest[0] {
	case 's':
		t.URL = "https://" + host + rest[1:]
	case 'h':
		t.URL = "http://" + host + rest[1:]
	case 'u':
		t.URL = rest[1:]
	default:
		return nil, fmt.Errorf("frontier: entry %q of host %s has a bad url field", member, host)
	}
	return t, nil
}
