package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"newsroom.dev/pkg/record"
	"newsroom.dev/pkg/state"
)

// StoryDetail is one story with every URL it was seen at.
type StoryDetail struct {
	ID           string     `json:"id"`
	Version      int64      `json:"version"`
	URL          string     `json:"url"` // the original's URL (the chosen copy)
	CanonicalURL string     `json:"canonical_url"`
	Site         string     `json:"site"`
	SiteName     string     `json:"site_name"`
	Title        string     `json:"title"`
	Authors      []string   `json:"authors"`
	Language     string     `json:"language"`
	PublishedAt  *time.Time `json:"published_at"`
	ModifiedAt   *time.Time `json:"modified_at"`
	Image        string     `json:"image"`
	Section      string     `json:"section"`
	Tags         []string   `json:"tags"`
	Text         string     `json:"text"`
	// Tier is the dedupe tier that matched the chosen copy ("" when it
	// started the story).
	Tier string `json:"tier"`
	// FetchedAt is when the chosen copy was fetched.
	FetchedAt *time.Time `json:"fetched_at"`
	// FirstStoredAt is when the story row was first written; a later copy
	// that takes the story over keeps it, so it can be earlier than
	// FetchedAt.
	FirstStoredAt time.Time `json:"first_stored_at"`
	// UpdatedAt is when the story row last changed (a copy took it over).
	UpdatedAt time.Time `json:"updated_at"`
	// Copies are every URL the story was seen at, in the order first seen.
	Copies []Copy `json:"copies"`
	// Original explains which copy is the original and why.
	Original Original `json:"original"`
}

// Copy is one URL a story was seen at.
type Copy struct {
	URL          string     `json:"url"`
	Site         string     `json:"site"`
	CanonicalURL string     `json:"canonical_url"`
	FirstSeenAt  time.Time  `json:"first_seen_at"` // when the store first recorded this URL
	FetchedAt    *time.Time `json:"fetched_at"`
	// Tier is the dedupe tier that matched this copy to the story: "" for
	// the copy that started it, else url, canonical, text, near or
	// continuation (a later page of a multi-page article).
	Tier string `json:"tier"`
	// Version is the story's version after this copy was decided.
	Version int64 `json:"version"`
	// Original is true for the chosen copy.
	Original bool `json:"original"`
	// Signals are the copy's signals of being the original, when recorded.
	Signals *record.Signals `json:"signals"`
	// Why explains, for a copy that is not the original, what the original
	// had over it.
	Why string `json:"why,omitempty"`
}

// Original names the chosen copy and why it was chosen.
type Original struct {
	URL string `json:"url"`
	// Decided is the signal that put it ahead of the runner-up: only-copy,
	// rank, known-date, sure-date, detail, length, loose-date, first-seen
	// (equal signals) or unknown (signals not recorded).
	Decided string `json:"decided"`
	Reason  string `json:"reason"`
	// TookOver is true when it is not the first copy seen: it replaced the
	// story's first copy later (raising the version).
	TookOver bool `json:"took_over"`
}

// Story returns the story with the given id, its copies and the reason for
// its original, or an error wrapping ErrNotFound.
func (s *Store) Story(ctx context.Context, id string) (StoryDetail, error) {
	d, err := s.eng.detail(ctx, id)
	if err != nil {
		return StoryDetail{}, fmt.Errorf("story %q from %s store at %s: %w", id, s.backend, s.where, err)
	}
	if d == nil {
		return StoryDetail{}, fmt.Errorf("story %q from %s store: %w", id, s.backend, ErrNotFound)
	}
	explain(d)
	return *d, nil
}

const detailSQL = `SELECT id, version, url, canonical_url, site, site_name, title, authors, language,
	published_at, modified_at, image, section, tags, text, tier, fetched_at, stored_at, updated_at, published_offset
FROM stories WHERE id = ?1`

const copiesSQL = `SELECT url, site, canonical_url, first_seen, fetched_at, tier, version, signals
FROM story_urls WHERE story_id = ?1 ORDER BY first_seen, url`

func (e *sqliteEngine) detail(ctx context.Context, id string) (*StoryDetail, error) {
	var (
		d                                                       StoryDetail
		authors, tags                                           string
		published, modified, fetched, stored, updated, firstSee sql.NullString
		offset                                                  *int64
	)
	err := e.r.QueryRowContext(ctx, detailSQL, id).Scan(&d.ID, &d.Version, &d.URL, &d.CanonicalURL, &d.Site, &d.SiteName,
		&d.Title, &authors, &d.Language, &published, &modified, &d.Image, &d.Section, &tags, &d.Text, &d.Tier,
		&fetched, &stored, &updated, &offset)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("query story: %w", err)
	}
	d.Authors, d.Tags = decodeList(authors), decodeList(tags)
	d.PublishedAt, d.ModifiedAt, d.FetchedAt = inZone(parseSQLiteTime(published), offset), parseSQLiteTime(modified), parseSQLiteTime(fetched)
	if t := parseSQLiteTime(stored); t != nil {
		d.FirstStoredAt = *t
	}
	if t := parseSQLiteTime(updated); t != nil {
		d.UpdatedAt = *t
	}
	rows, err := e.r.QueryContext(ctx, copiesSQL, id)
	if err != nil {
		return nil, fmt.Errorf("query copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Copy
		var signals string
		if err := rows.Scan(&c.URL, &c.Site, &c.CanonicalURL, &firstSee, &fetched, &c.Tier, &c.Version, &signals); err != nil {
			return nil, fmt.Errorf("scan copy: %w", err)
		}
		if t := parseSQLiteTime(firstSee); t != nil {
			c.FirstSeenAt = *t
		}
		c.FetchedAt = parseSQLiteTime(fetched)
		c.Signals = decodeSignals(signals)
		d.Copies = append(d.Copies, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read copies: %w", err)
	}
	return &d, nil
}

func (e *pgEngine) detail(ctx context.Context, id string) (*StoryDetail, error) {
	var (
		d             StoryDetail
		authors, tags string
		offset        *int64
	)
	err := e.pool.QueryRow(ctx, pgSQL(detailSQL), id).Scan(&d.ID, &d.Version, &d.URL, &d.CanonicalURL, &d.Site, &d.SiteName,
		&d.Title, &authors, &d.Language, &d.PublishedAt, &d.ModifiedAt, &d.Image, &d.Section, &tags, &d.Text, &d.Tier,
		&d.FetchedAt, &d.FirstStoredAt, &d.UpdatedAt, &offset)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("query story: %w", err)
	}
	d.Authors, d.Tags = decodeList(authors), decodeList(tags)
	d.PublishedAt, d.ModifiedAt, d.FetchedAt = inZone(utcPtr(d.PublishedAt), offset), utcPtr(d.ModifiedAt), utcPtr(d.FetchedAt)
	d.FirstStoredAt, d.UpdatedAt = d.FirstStoredAt.UTC(), d.UpdatedAt.UTC()
	rows, err := e.pool.Query(ctx, pgSQL(copiesSQL), id)
	if err != nil {
		return nil, fmt.Errorf("query copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Copy
		var signals string
		if err := rows.Scan(&c.URL, &c.Site, &c.CanonicalURL, &c.FirstSeenAt, &c.FetchedAt, &c.Tier, &c.Version, &signals); err != nil {
			return nil, fmt.Errorf("scan copy: %w", err)
		}
		c.FirstSeenAt, c.FetchedAt = c.FirstSeenAt.UTC(), utcPtr(c.FetchedAt)
		c.Signals = decodeSignals(signals)
		d.Copies = append(d.Copies, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read copies: %w", err)
	}
	return &d, nil
}

func decodeSignals(s string) *record.Signals {
	if s == "" {
		return nil
	}
	var sig record.Signals
	if json.Unmarshal([]byte(s), &sig) != nil {
		return nil
	}
	return &sig
}

// Decided values of Original.
const (
	DecidedOnlyCopy  = "only-copy"
	DecidedFirstSeen = "first-seen"
	DecidedUnknown   = "unknown"
)

// explain marks the original among d's copies and says why it beat the
// others, by weighing the recorded signals as the dedupe decision does
// (state.Quality): a page that other copies name as rel=canonical gets
// state.CanonicalTargetBonus, as it did in the decision.
func explain(d *StoryDetail) {
	if d.Copies == nil {
		d.Copies = []Copy{}
	}
	d.Original = Original{URL: d.URL}
	named := map[string]int{} // URL -> copies naming it canonical
	for _, c := range d.Copies {
		if c.CanonicalURL != "" && c.CanonicalURL != c.URL {
			named[c.CanonicalURL]++
		}
	}
	quality := func(c *Copy) (state.Quality, bool) {
		if c.Signals == nil {
			return state.Quality{}, false
		}
		q := state.Quality{Rank: c.Signals.Rank, Published: c.Signals.Published, Slack: c.Signals.Slack,
			Detail: c.Signals.Detail, Length: c.Signals.Length}
		if named[c.URL] > 0 {
			q.Rank += state.CanonicalTargetBonus
		}
		return q, true
	}
	orig := slices.IndexFunc(d.Copies, func(c Copy) bool { return c.URL == d.URL })
	if orig < 0 {
		d.Original.Decided = DecidedUnknown
		d.Original.Reason = "the original's URL was not recorded among the story's URLs"
		return
	}
	o := &d.Copies[orig]
	o.Original = true
	oq, oKnown := quality(o)
	first := 0 // the first copy seen (copies are ordered by first_seen)
	d.Original.TookOver = orig != first && d.Version > 1
	var runnerUp *Copy
	var rq state.Quality
	others := 0
	for i := range d.Copies {
		c := &d.Copies[i]
		if i == orig {
			continue
		}
		if c.Tier == "continuation" {
			c.Why = "a later page of the same article"
			continue
		}
		others++
		cq, cKnown := quality(c)
		if !oKnown || !cKnown {
			c.Why = "signals not recorded for this copy or the original"
			continue
		}
		better, by := oq.Decide(cq)
		c.Why = whyOver(better, by, oq, cq, named[d.URL])
		if runnerUp == nil || cq.Better(rq) {
			runnerUp, rq = c, cq
		}
	}
	switch {
	case others == 0:
		d.Original.Decided = DecidedOnlyCopy
		d.Original.Reason = "the only copy seen"
	case !oKnown || runnerUp == nil:
		d.Original.Decided = DecidedUnknown
		if d.Original.TookOver {
			d.Original.Reason = "a later copy took the story over (its signals were not recorded)"
		} else {
			d.Original.Reason = "the first copy seen (signals were not recorded)"
		}
	default:
		better, by := oq.Decide(rq)
		if by == state.ByNothing || !better {
			d.Original.Decided = DecidedFirstSeen
			d.Original.Reason = "no other copy has stronger signals; the copy decided first keeps the story"
			if !better && by != state.ByNothing {
				d.Original.Reason = "chosen by the dedupe state when it was decided; the recorded signals of " +
					runnerUp.URL + " weigh more now (" + whyOver(true, by, rq, oq, 0) + ")"
			}
			break
		}
		d.Original.Decided = by
		d.Original.Reason = "over the closest other copy, " + runnerUp.URL + ": " + whyOver(true, by, oq, rq, named[d.URL])
	}
}

// whyOver says what a copy of quality a (the original) had over b, by the
// deciding signal; better is false when a did not win on signals.
func whyOver(better bool, by string, a, b state.Quality, namedBy int) string {
	if !better {
		if by == state.ByNothing {
			return "equal signals: the copy decided first keeps the story"
		}
		return "that copy's signals weigh more than the original's now, but the original was decided first"
	}
	day := func(sec int64) string { return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04 MST") }
	switch by {
	case state.ByRank:
		switch {
		case namedBy > 0 && a.Rank >= state.CanonicalTargetBonus/2:
			return fmt.Sprintf("the original is named as rel=canonical by %d other cop%s", namedBy, plural(namedBy, "y", "ies"))
		case b.Rank < 0:
			return "that copy credits another publisher or names another site's page as canonical"
		}
		return fmt.Sprintf("the original has stronger signals (rank %d vs %d)", a.Rank, b.Rank)
	case state.ByKnownDate:
		return "the original has a publication date, that copy none"
	case state.BySureDate:
		return "the original was published earlier (" + day(a.Published) + " vs " + day(b.Published) + ")"
	case state.ByDetail:
		return fmt.Sprintf("the original has more detail: own canonical link, structured data, byline (%d vs %d)", a.Detail, b.Detail)
	case state.ByLength:
		return fmt.Sprintf("the original's text is longer (%d vs %d words)", a.Length, b.Length)
	case state.ByLooseDate:
		return "the original's date is earlier, within the dates' uncertainty"
	}
	return "equal signals: the copy decided first keeps the story"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
