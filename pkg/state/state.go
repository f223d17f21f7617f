package state

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrClosed is returned by a Store after Close.
var ErrClosed = errors.New("state store closed")

// Store is the shared crawl and dedupe state: every role below in one
// value. Implementations are safe for concurrent use by many goroutines
// and, for networked ones, many processes; every method is atomic on its
// own. The context bounds the call's I/O. Consumers should ask for the
// roles they use (or declare their own smaller interface), not for Store.
type Store interface {
	SeenSet
	Cache
	Scheduler
	Deduper

	// Close releases the store's resources.
	Close() error
}

// SeenSet is the role of the shared seen-set of URLs and other keys.
type SeenSet interface {
	// MarkSeen marks each key as seen for ttl and reports, per key, whether it
	// was new (not seen before). Check and mark are one atomic step.
	MarkSeen(ctx context.Context, keys []string, ttl time.Duration) ([]bool, error)
	// Claim marks each key as seen by owner for ttl and reports, per key,
	// whether owner holds it: the key was new, or owner itself marked it
	// before. A retried call (a reply lost on the way back, the same work
	// done again after an error) thus gets its own keys back instead of
	// reading them as another's. Check and mark are one step per key.
	Claim(ctx context.Context, owner string, keys []string, ttl time.Duration) ([]bool, error)
	// Forget removes keys from the seen-set (used when work could not be queued).
	Forget(ctx context.Context, keys []string) error
}

// Cache is the role of shared values and counters with expiry.
type Cache interface {
	// Get returns a cached value; ok is false when absent or expired.
	Get(ctx context.Context, key string) (val []byte, ok bool, err error)
	// Set stores a value for ttl (0 means no expiry).
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	// Incr adds one to a counter that expires ttl after its creation and returns the new value.
	Incr(ctx context.Context, key string, ttl time.Duration) (int64, error)
	// Del removes cached values and counters.
	Del(ctx context.Context, keys ...string) error
}

// Scheduler is the role of named due-time queues.
type Scheduler interface {
	// Schedule puts member on the named due-time queue at time at (replacing an earlier time).
	Schedule(ctx context.Context, queue, member string, at time.Time) error
	// QueueLen reports the number of members on a due-time queue.
	QueueLen(ctx context.Context, queue string) (int64, error)
	// Unschedule removes member from the queue only if it is still due at
	// exactly at (it was not rescheduled meanwhile); it reports whether it did.
	Unschedule(ctx context.Context, queue, member string, at time.Time) (bool, error)
	// PeekDue lists up to limit members of a due-time queue, soonest first,
	// without removing them (for status pages).
	PeekDue(ctx context.Context, queue string, limit int) ([]Due, error)
}

// Deduper is the role of the atomic dedupe decision.
type Deduper interface {
	// Dedupe decides, in one atomic step, whether a copy is a new story, another
	// URL of a known story, or a better copy of a known story. Asking again for
	// the same URL returns the first decision again with Replay set.
	Dedupe(ctx context.Context, r DedupeRequest) (DedupeResult, error)
	// DedupeBatch decides several copies in order, each exactly as Dedupe
	// would (one atomic step per request; the batch as a whole is not
	// atomic, and requests later in the batch see the decisions of earlier
	// ones). Networked stores send the batch in one round trip. The error is
	// non-nil only when no decision could be returned; then none was recorded
	// for requests that failed.
	DedupeBatch(ctx context.Context, rs []DedupeRequest) ([]DedupeResult, error)
}

// Due is a member of a due-time queue and when it is due.
type Due struct {
	Member string
	At     time.Time
}

// DedupeRequest describes one extracted copy of a story.
type DedupeRequest struct {
	URL            string        // normalised URL of this copy
	CanonicalURL   string        // normalised rel=canonical target ("" or URL when none)
	TextHash       string        // hash of the normalised body text
	Bands          []string      // near-duplicate LSH band keys (may be empty)
	Signature      []uint32      // MinHash signature, used to verify band candidates
	MinSimilarity  float64       // estimated Jaccard needed to accept a near-duplicate (default 0.8)
	Candidate      string        // story id to assign when the copy is a new story
	Rank           int           // strong signals that this copy is the original (or a copy); higher wins
	Published      int64         // publication time (unix seconds, 0 unknown); earlier wins on equal rank
	PublishedSlack int64         // seconds the true publication time may lie either side of Published
	Detail         int           // weak signals of an original (own canonical, structured data, byline)
	Length         int           // body length; longer wins when the other signals tie
	TTL            time.Duration // retention of the dedupe keys (default 30 days)
}

// Validate rejects a request no store can decide: one without a URL, or
// whose candidate story id is empty or holds the '|' both stores use as a
// separator in stored decisions.
func (r DedupeRequest) Validate() error {
	if r.URL == "" {
		return errors.New("dedupe request without a url")
	}
	if r.Candidate == "" || strings.ContainsRune(r.Candidate, '|') {
		return fmt.Errorf("dedupe request for %s: bad candidate story id %q", r.URL, r.Candidate)
	}
	return nil
}

// DefaultMinSimilarity is used when a request leaves MinSimilarity zero.
const DefaultMinSimilarity = 0.8

// Defaults returns r with zero TTL and MinSimilarity replaced by the defaults.
func (r DedupeRequest) Defaults() DedupeRequest {
	if r.TTL <= 0 {
		r.TTL = DefaultDedupeTTL
	}
	if r.MinSimilarity <= 0 {
		r.MinSimilarity = DefaultMinSimilarity
	}
	return r
}

// Dedupe tiers.
const (
	TierNew       = ""
	TierURL       = "url"       // the same URL again (replay)
	TierCanonical = "canonical" // rel=canonical or this URL named canonical by another copy
	TierText      = "text"      // same normalised body text
	TierNear      = "near"      // near-duplicate body
)

// DedupeResult is the decision for one copy.
type DedupeResult struct {
	StoryID string
	Tier    string // TierNew when this copy started a new story
	New     bool   // this copy is a new story
	Promote bool   // this copy is (now) the story's chosen copy
	Version int64  // the story's version after this decision
	Replay  bool   // the URL had been decided before; this is that decision
}

// DefaultDedupeTTL is how long dedupe keys live when a request leaves TTL zero.
const DefaultDedupeTTL = 30 * 24 * time.Hour

// Quality holds what decides which copy of a story is its chosen one.
type Quality struct {
	Rank      int   // strong signals (rel=canonical, syndication credits)
	Published int64 // publication time, unix seconds; 0 unknown
	Slack     int64 // seconds the true time may lie either side of Published
	Detail    int   // weak signals of an original
	Length    int   // body length
}

// Quality returns the request's quality signals.
func (r DedupeRequest) Quality() Quality {
	return Quality{Rank: r.Rank, Published: r.Published, Slack: r.PublishedSlack, Detail: r.Detail, Length: r.Length}
}

// Better reports whether a copy of quality q beats the stored best b: higher
// rank; then a known date over an unknown one, or the earlier date when the
// two cannot be the same moment given their slack; then more detail; then
// the longer text; then the earlier date, however uncertain.
func (q Quality) Better(b Quality) bool {
	better, _ := q.Decide(b)
	return better
}

// Deciding signals reported by Quality.Decide.
const (
	ByRank      = "rank"       // strong signals (canonical target, copy credits)
	ByKnownDate = "known-date" // one copy has a publication date, the other none
	BySureDate  = "sure-date"  // the dates differ by more than their uncertainty
	ByDetail    = "detail"     // own canonical link, structured data, byline
	ByLength    = "length"     // the longer text
	ByLooseDate = "loose-date" // the earlier date, within the uncertainty
	ByNothing   = ""           // equal signals: the stored copy keeps the story
)

// Decide is Better with the signal that decided: q beats b (better true) or
// b beats or ties q (better false) by that signal; ByNothing when every
// signal is equal.
func (q Quality) Decide(b Quality) (better bool, by string) {
	if q.Rank != b.Rank {
		return q.Rank > b.Rank, ByRank
	}
	switch {
	case q.Published == 0 && b.Published != 0:
		return false, ByKnownDate
	case q.Published != 0 && b.Published == 0:
		return true, ByKnownDate
	case q.Published != 0:
		if d := q.Published - b.Published; d > q.Slack+b.Slack || -d > q.Slack+b.Slack {
			return d < 0, BySureDate
		}
	}
	if q.Detail != b.Detail {
		return q.Detail > b.Detail, ByDetail
	}
	if q.Length != b.Length {
		return q.Length > b.Length, ByLength
	}
	if q.Published != b.Published {
		return q.Published < b.Published, ByLooseDate
	}
	return false, ByNothing
}

// CanonicalTargetBonus is added to a copy's rank when another copy named this
// copy's URL as its rel=canonical: the original publisher's page.
const CanonicalTargetBonus = 100

// Similarity estimates the Jaccard similarity of two MinHash signatures of
// equal length (the fraction of equal positions); 0 when either is empty.
func Similarity(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// ParseDecision decodes a stored decision "story|version|tier|new|promote", the
// form both implementations keep per URL.
func ParseDecision(s string) (DedupeResult, error) {
	parts := strings.Split(s, "|")
	if len(parts) != 5 {
		return DedupeResult{}, fmt.Errorf("malformed dedupe decision %q", s)
	}
	v, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil {
		return DedupeResult{}, fmt.Errorf("malformed dedupe decision %q: %w", s, err)
	}
	return DedupeResult{StoryID: parts[0], Version: v, Tier: parts[2], New: parts[3] == "1", Promote: parts[4] == "1"}, nil
}
