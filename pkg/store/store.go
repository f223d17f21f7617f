package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"newsroom.dev/pkg/record"
)

// Option defaults.
const (
	DefaultConnectTimeout = 5 * time.Second
	DefaultBusyTimeout    = 10 * time.Second
	DefaultMaxConns       = 4
	DefaultReadConns      = 4
	DefaultMaxRetries     = 3
	DefaultCacheKB        = 32 << 10
	DefaultRankWindow     = 1000
)

// Options tunes a Store. The zero value is usable: every zero field takes its
// default.
type Options struct {
	// Schema is the PostgreSQL schema the tables live in; it is created if
	// missing and becomes the connection's search_path. Empty means the
	// `schema` or first `search_path` query parameter of the URL, else the
	// server default. Ignored by SQLite.
	Schema string
	// ConnectTimeout bounds connecting to PostgreSQL (and the first ping) at
	// Open. Default DefaultConnectTimeout. A connect_timeout in the URL wins for
	// each single dial.
	ConnectTimeout time.Duration
	// BusyTimeout is how long a SQLite statement waits for a lock held by
	// another connection or process. Default DefaultBusyTimeout.
	BusyTimeout time.Duration
	// CacheKB is SQLite's page cache per connection in KiB; a batch larger
	// than the cache spills to the WAL before commit. Default DefaultCacheKB.
	CacheKB int
	// MaxConns caps the PostgreSQL pool. Default DefaultMaxConns.
	MaxConns int
	// ReadConns caps SQLite reader connections (export, count); writes always
	// use one connection. Default DefaultReadConns.
	ReadConns int
	// MaxRetries is how often Apply retries a PostgreSQL batch that failed on a
	// deadlock or serialization conflict. Default DefaultMaxRetries; negative
	// disables retries.
	MaxRetries int
	// RankWindow caps how many matches of a search by relevance are
	// ranked: a query (with its filters) with at most RankWindow matches
	// has every one ranked; one with more has its RankWindow most recently
	// stored matches ranked. Ranking reads every ranked story's index
	// data, so this bounds the cost of a query for a common word. Default
	// DefaultRankWindow.
	RankWindow int
}

func (o Options) withDefaults() Options {
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = DefaultBusyTimeout
	}
	if o.CacheKB <= 0 {
		o.CacheKB = DefaultCacheKB
	}
	if o.MaxConns <= 0 {
		o.MaxConns = DefaultMaxConns
	}
	if o.ReadConns <= 0 {
		o.ReadConns = DefaultReadConns
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = DefaultMaxRetries
	}
	if o.RankWindow <= 0 {
		o.RankWindow = DefaultRankWindow
	}
	if o.MaxRetries < 0 {
		o.MaxRetries = 0
	}
	return o
}

// Backend names reported by Store.Backend and Stats.
const (
	BackendSQLite   = "sqlite"
	BackendPostgres = "postgres"
)

// engine is what each backend implements; Store adds validation, ordering and
// statistics around it.
type engine interface {
	apply(ctx context.Context, urls []urlRow, stories []storyRow) error
	stories(ctx context.Context, q storyQuery, fn func(*Story) error) error
	count(ctx context.Context) (stories, urls int, err error)
	search(ctx context.Context, p *searchPlan) ([]SearchHit, error)
	detail(ctx context.Context, id string) (*StoryDetail, error)
	sites(ctx context.Context) ([]SiteStats, error)
	close() error
}

// Store is an article store on SQLite or PostgreSQL. Its methods are safe for
// concurrent use; Close must not overlap other calls.
type Store struct {
	backend    string
	where      string // redacted location for error messages
	eng        engine
	rankWindow int

	batches   atomic.Int64
	messages  atomic.Int64
	failed    atomic.Int64
	lastSize  atomic.Int64
	lastNanos atomic.Int64
	lastAt    atomic.Int64
}

// Open opens the store at url, creating or migrating its schema. A url
// starting with postgres:// or postgresql:// selects PostgreSQL; "sqlite:PATH"
// or a plain file path selects SQLite. ctx bounds opening and migration.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	opts = opts.withDefaults()
	s, err := open(ctx, url, opts)
	if err != nil {
		return nil, err
	}
	s.rankWindow = opts.RankWindow
	return s, nil
}

func open(ctx context.Context, url string, opts Options) (*Store, error) {
	lower := strings.ToLower(url)
	switch {
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		return openPostgres(ctx, url, opts)
	case strings.HasPrefix(lower, "sqlite:"):
		path := strings.TrimPrefix(url[len("sqlite:"):], "//")
		return openSQLite(ctx, path, opts)
	case strings.Contains(url, "://"):
		scheme, _, _ := strings.Cut(url, "://")
		return nil, fmt.Errorf("open store: unsupported scheme %q (want postgres://, postgresql://, sqlite:PATH or a file path)", scheme)
	default:
		return openSQLite(ctx, url, opts)
	}
}

// Backend reports BackendSQLite or BackendPostgres.
func (s *Store) Backend() string { return s.backend }

// Close releases the store's connections.
func (s *Store) Close() error {
	if err := s.eng.close(); err != nil {
		return fmt.Errorf("close %s store at %s: %w", s.backend, s.where, err)
	}
	return nil
}

// Validate reports whether a can be applied. Errors wrap ErrInvalid.
func Validate(a record.Article) error {
	switch {
	case a.Op != record.OpStory && a.Op != record.OpAlias:
		return fmt.Errorf("%w: unknown op %q", ErrInvalid, a.Op)
	case a.StoryID == "":
		return fmt.Errorf("%w: empty story_id", ErrInvalid)
	case a.URL == "":
		return fmt.Errorf("%w: empty url", ErrInvalid)
	case a.Version < 0:
		return fmt.Errorf("%w: negative version %d", ErrInvalid, a.Version)
	}
	return nil
}

// Apply stores a batch of article messages in one transaction: a story row is
// inserted, or replaced when the message's Version is higher than the stored
// one (ties keep the stored copy); every message's URL is recorded for its
// story if not yet known. Applying the same messages again, in any order,
// leaves the same rows. If any message fails Validate, nothing is written and
// the error wraps ErrInvalid. ctx bounds the whole batch.
func (s *Store) Apply(ctx context.Context, msgs []record.Article) error {
	if len(msgs) == 0 {
		return nil
	}
	for i, m := range msgs {
		if err := Validate(m); err != nil {
			s.failed.Add(1)
			return fmt.Errorf("apply to %s store: message %d (story %q): %w", s.backend, i, m.StoryID, err)
		}
	}
	start := time.Now()
	urls, stories, err := prepare(msgs, start)
	if err != nil {
		s.failed.Add(1)
		return fmt.Errorf("apply to %s store: %w", s.backend, err)
	}
	if err := s.eng.apply(ctx, urls, stories); err != nil {
		s.failed.Add(1)
		return fmt.Errorf("apply %d messages to %s store at %s: %w", len(msgs), s.backend, s.where, err)
	}
	s.batches.Add(1)
	s.messages.Add(int64(len(msgs)))
	s.lastSize.Store(int64(len(msgs)))
	s.lastNanos.Store(int64(time.Since(start)))
	s.lastAt.Store(start.UnixNano())
	return nil
}

// Count reports the number of story rows and of known URLs (story_urls rows,
// including aliases whose story has not arrived yet).
func (s *Store) Count(ctx context.Context) (stories, urls int, err error) {
	stories, urls, err = s.eng.count(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("count %s store at %s: %w", s.backend, s.where, err)
	}
	return stories, urls, nil
}

// Stats is a snapshot of a store for status pages. Counters cover this
// process's Store since Open.
type Stats struct {
	Backend          string        `json:"backend"`
	Location         string        `json:"location"` // path or host:port (no secrets)
	Stories          int           `json:"stories"`
	URLs             int           `json:"urls"`
	Batches          int64         `json:"batches"`        // batches applied
	Messages         int64         `json:"messages"`       // messages in applied batches
	FailedBatches    int64         `json:"failed_batches"` // Apply calls that returned an error
	LastBatchSize    int           `json:"last_batch_size"`
	LastBatchLatency time.Duration `json:"last_batch_latency_ns"`
	LastBatchAt      time.Time     `json:"last_batch_at,omitzero"`
}

// Stats counts rows and reports the Apply counters.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{
		Backend:          s.backend,
		Location:         s.where,
		Batches:          s.batches.Load(),
		Messages:         s.messages.Load(),
		FailedBatches:    s.failed.Load(),
		LastBatchSize:    int(s.lastSize.Load()),
		LastBatchLatency: time.Duration(s.lastNanos.Load()),
	}
	if at := s.lastAt.Load(); at != 0 {
		st.LastBatchAt = time.Unix(0, at).UTC()
	}
	var err error
	st.Stories, st.URLs, err = s.Count(ctx)
	return st, err
}

// urlRow is one story_urls insert.
type urlRow struct {
	url, storyID, tier string
	site, canonicalURL string
	version            int64
	signals            string // JSON of record.Signals, "" when unknown
	fetchedAt          *time.Time
	firstSeen          time.Time
}

// storyRow is one stories upsert, with JSON columns already encoded.
type storyRow struct {
	id                                               string
	version                                          int64
	url, canonicalURL, site, siteName, title         string
	authors, tags, provenance                        string
	publishedAt, modifiedAt, fetchedAt, discoveredAt *time.Time
	publishedOffset                                  *int // seconds east of UTC the page wrote publishedAt in
	language, text, image, section, tier             string
	now                                              time.Time
}

// prepare turns messages into rows in a fixed lock order (URLs by url, stories
// by id then version), so concurrent batches cannot deadlock and a batch's
// result does not depend on message order.
func prepare(msgs []record.Article, now time.Time) ([]urlRow, []storyRow, error) {
	now = normTime(now)
	urls := make([]urlRow, 0, len(msgs))
	var stories []storyRow
	for _, m := range msgs {
		sig := ""
		if m.Signals != nil {
			b, err := json.Marshal(m.Signals)
			if err != nil {
				return nil, nil, fmt.Errorf("encode signals: %w", err)
			}
			sig = string(b)
		}
		site := clean(m.Site)
		if site == "" {
			site = hostOf(clean(m.URL))
		}
		urls = append(urls, urlRow{
			url:          clean(m.URL),
			storyID:      clean(m.StoryID),
			tier:         clean(m.Tier),
			site:         site,
			canonicalURL: clean(m.CanonicalURL),
			version:      m.Version,
			signals:      sig,
			fetchedAt:    timePtr(m.FetchedAt),
			firstSeen:    now,
		})
		if m.Op != record.OpStory {
			continue
		}
		authors, err := jsonList(m.Authors)
		if err != nil {
			return nil, nil, err
		}
		tags, err := jsonList(m.Tags)
		if err != nil {
			return nil, nil, err
		}
		prov := "{}"
		if len(m.Provenance) > 0 {
			cp := make(map[string]string, len(m.Provenance))
			for k, v := range m.Provenance {
				cp[clean(k)] = clean(v)
			}
			b, err := json.Marshal(cp)
			if err != nil {
				return nil, nil, fmt.Errorf("encode provenance: %w", err)
			}
			prov = string(b)
		}
		stories = append(stories, storyRow{
			id:              clean(m.StoryID),
			version:         m.Version,
			url:             clean(m.URL),
			canonicalURL:    clean(m.CanonicalURL),
			site:            clean(m.Site),
			siteName:        clean(m.SiteName),
			title:           clean(m.Title),
			authors:         authors,
			tags:            tags,
			provenance:      prov,
			publishedAt:     optTime(m.PublishedAt),
			publishedOffset: zoneOffset(m.PublishedAt),
			modifiedAt:      optTime(m.ModifiedAt),
			fetchedAt:       timePtr(m.FetchedAt),
			discoveredAt:    timePtr(m.DiscoveredAt),
			language:        clean(m.Language),
			text:            clean(m.Text),
			image:           clean(m.Image),
			section:         clean(m.Section),
			tier:            clean(m.Tier),
			now:             now,
		})
	}
	slices.SortStableFunc(urls, func(a, b urlRow) int {
		if c := cmp.Compare(a.url, b.url); c != 0 {
			return c
		}
		return cmpTime(a.fetchedAt, b.fetchedAt)
	})
	slices.SortStableFunc(stories, func(a, b storyRow) int {
		if c := cmp.Compare(a.id, b.id); c != 0 {
			return c
		}
		return cmp.Compare(a.version, b.version)
	})
	return urls, stories, nil
}

// hostOf is the lower-cased host[:port] of an absolute URL, "" when it has
// none; the same rule migration 3 used to fill in existing rows.
func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// clean makes s storable on both backends: valid UTF-8 and no NUL bytes
// (PostgreSQL rejects both in text columns).
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func jsonList(l []string) (string, error) {
	if len(l) == 0 {
		return "[]", nil
	}
	cp := make([]string, len(l))
	for i, v := range l {
		cp[i] = clean(v)
	}
	b, err := json.Marshal(cp)
	if err != nil {
		return "", fmt.Errorf("encode list: %w", err)
	}
	return string(b), nil
}

// zoneOffset is the offset (seconds east of UTC) t was written in, nil
// when there is no time to store.
func zoneOffset(t *time.Time) *int {
	if optTime(t) == nil {
		return nil
	}
	_, off := t.Zone()
	return &off
}

// inZone gives a stored UTC time back the offset its page wrote it in
// (seconds east of UTC); a time stored without one stays in UTC.
func inZone(t *time.Time, off *int64) *time.Time {
	if t == nil || off == nil || *off == 0 || *off <= -18*3600 || *off >= 18*3600 {
		return t
	}
	l := t.In(time.FixedZone("", int(*off)))
	return &l
}

// normTime is t in UTC at microsecond precision, the finest both backends keep.
func normTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// timePtr is nil for the zero time and for instants outside years 1..9999,
// which one backend or the other cannot store or order (PostgreSQL rejects
// some, SQLite's text form stops sorting); a bad date is unknown, not fatal.
func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return nil
	}
	n := normTime(t)
	return &n
}

func optTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	return timePtr(*t)
}

func cmpTime(a, b *time.Time) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return a.Compare(*b)
}
