package store

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
	"unicode/utf8"
)

// Sort orders of Search.
const (
	SortRelevance = "relevance" // best match first (needs a query text)
	SortPublished = "published" // newest story time first: published_at, else first stored
	SortStored    = "stored"    // most recently first stored first
)

// Search limits.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 100
)

// Snippet marks: Search returns snippets as HTML-escaped text in which the
// matched words are wrapped in <mark> and </mark>.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// SearchQuery selects and orders stories. The zero value lists every story,
// newest first.
type SearchQuery struct {
	// Text is the full-text query: words (all must match), "a phrase",
	// OR between two terms, -word to exclude. Empty lists without matching.
	Text string
	// Site keeps stories whose chosen copy is on this host (exact).
	Site string
	// Lang keeps stories in this language (ISO 639-1 code, any case).
	Lang string
	// Author keeps stories with this author among their authors (whole
	// name, any case).
	Author string
	// Since and Until bound the story time, published_at or, for a story
	// without a date, when it was first stored: Since <= t < Until. Zero
	// means unbounded.
	Since, Until time.Time
	// Sort is SortRelevance (the default with Text), SortPublished (the
	// default without) or SortStored. By relevance, every match is ranked
	// when there are at most Options.RankWindow, else the RankWindow most
	// recently stored matches are; the other orders go through
	// every match.
	Sort string
	// Limit is the page size, 1..MaxSearchLimit; 0 means DefaultSearchLimit.
	Limit int
	// Cursor continues after the last page: SearchPage.NextCursor of the
	// same query.
	Cursor string
}

// SearchHit is one story in a search page.
type SearchHit struct {
	ID            string     `json:"id"`
	URL           string     `json:"url"`
	Site          string     `json:"site"`
	SiteName      string     `json:"site_name"`
	Title         string     `json:"title"`
	Authors       []string   `json:"authors"`
	Language      string     `json:"language"`
	PublishedAt   *time.Time `json:"published_at"`
	FirstStoredAt time.Time  `json:"first_stored_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
	Version       int64      `json:"version"`
	// Copies is the number of URLs the story was seen at, its original's
	// included.
	Copies int `json:"copies"`
	// Snippet is HTML-escaped text around the best match, matched words in
	// <mark>; without a query text, the start of the body.
	Snippet string `json:"snippet"`
	// Score is the relevance (higher is better), set when sorting by
	// relevance.
	Score *float64 `json:"score,omitempty"`
}

// SearchPage is one page of results.
type SearchPage struct {
	Stories []SearchHit `json:"stories"`
	Sort    string      `json:"sort"`
	// NextCursor fetches the next page; empty on the last page.
	NextCursor string `json:"next_cursor,omitempty"`
}

// cursorPos is where a page ended: the sort key and id of its last story,
// and a fingerprint of the query it belongs to.
type cursorPos struct {
	Sort  string    `json:"o"`
	Query string    `json:"f"`
	Time  time.Time `json:"t,omitzero"`
	Score float64   `json:"s,omitempty"`
	ID    string    `json:"i"`
	// Scoring is the relevance scoring version the score was computed
	// with (relevance cursors only): a score from another version cannot
	// be compared with the ones the store computes now.
	Scoring int `json:"v,omitempty"`
}

// relevanceScoring is the version of the stores' relevance scores. Raise it
// whenever a change makes the same story score differently for the same
// query, so relevance cursors issued before it are refused instead of
// skipping or repeating stories on their next page. Version 2: PostgreSQL
// drops the alternatives of a multi-configuration query that another one
// covers, which changes ts_rank's normalisation.
const relevanceScoring = 2

// searchPlan is a validated SearchQuery.
type searchPlan struct {
	terms        []queryTerm
	site, lang   string
	author       string
	since, until *time.Time
	sort         string
	limit        int
	window       int // relevance ranks at most this many newest matches
	after        *cursorPos
	fingerprint  string
}

func (q SearchQuery) plan() (searchPlan, error) {
	p := searchPlan{site: strings.TrimSpace(q.Site), lang: strings.ToLower(strings.TrimSpace(q.Lang)),
		author: strings.TrimSpace(q.Author), since: timePtr(q.Since), until: timePtr(q.Until), limit: q.Limit}
	if strings.TrimSpace(q.Text) != "" {
		terms, err := parseQuery(q.Text)
		if err != nil {
			return p, err
		}
		p.terms = terms
	}
	switch q.Sort {
	case "":
		p.sort = SortPublished
		if p.terms != nil {
			p.sort = SortRelevance
		}
	case SortRelevance:
		if p.terms == nil {
			return p, fmt.Errorf("%w: sort=relevance needs a query text (q)", ErrBadQuery)
		}
		p.sort = q.Sort
	case SortPublished, SortStored:
		p.sort = q.Sort
	default:
		return p, fmt.Errorf("%w: unknown sort %q (want %s, %s or %s)", ErrBadQuery, q.Sort, SortRelevance, SortPublished, SortStored)
	}
	switch {
	case p.limit == 0:
		p.limit = DefaultSearchLimit
	case p.limit < 0 || p.limit > MaxSearchLimit:
		return p, fmt.Errorf("%w: limit %d out of range 1..%d", ErrBadQuery, q.Limit, MaxSearchLimit)
	}
	if p.since != nil && p.until != nil && !p.since.Before(*p.until) {
		return p, fmt.Errorf("%w: since (%s) must be before until (%s)", ErrBadQuery,
			p.since.Format(time.RFC3339), p.until.Format(time.RFC3339))
	}
	for _, v := range []string{p.site, p.lang, p.author} {
		if len(v) > 1000 || !utf8.ValidString(v) || strings.IndexByte(v, 0) >= 0 {
			return p, fmt.Errorf("%w: a filter is too long or not valid text", ErrBadQuery)
		}
	}
	var since, until string
	if p.since != nil {
		since = p.since.Format(time.RFC3339Nano)
	}
	if p.until != nil {
		until = p.until.Format(time.RFC3339Nano)
	}
	sum := sha256.Sum256([]byte(strings.Join([]string{p.sort, canonicalQuery(p.terms), p.site, p.lang,
		strings.ToLower(p.author), since, until}, "\x00")))
	p.fingerprint = hex.EncodeToString(sum[:6])
	if q.Cursor != "" {
		raw, err := base64.RawURLEncoding.DecodeString(q.Cursor)
		var c cursorPos
		if err == nil {
			err = json.Unmarshal(raw, &c)
		}
		if err != nil || c.ID == "" {
			return p, fmt.Errorf("%w: malformed cursor", ErrBadQuery)
		}
		if c.Sort != p.sort || c.Query != p.fingerprint {
			return p, fmt.Errorf("%w: the cursor belongs to another query (repeat q, filters and sort of the first page)", ErrBadQuery)
		}
		if p.sort == SortRelevance && c.Scoring != relevanceScoring {
			return p, fmt.Errorf("%w: the cursor was issued before relevance scoring changed (version %d, now %d); start again from the first page", ErrBadQuery, c.Scoring, relevanceScoring)
		}
		c.Time = normTime(c.Time)
		p.after = &c
	}
	return p, nil
}

func (p *searchPlan) cursor(h *SearchHit) string {
	c := cursorPos{Sort: p.sort, Query: p.fingerprint, ID: h.ID}
	switch p.sort {
	case SortRelevance:
		c.Scoring = relevanceScoring
		if h.Score != nil {
			c.Score = *h.Score
		}
	case SortStored:
		c.Time = h.FirstStoredAt
	default:
		c.Time = storyTime(h)
	}
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func storyTime(h *SearchHit) time.Time {
	if h.PublishedAt != nil {
		return *h.PublishedAt
	}
	return h.FirstStoredAt
}

// Search returns one page of stories matching q, in q's order. Pages are
// cut by keyset (the last story's sort key and id), never by an offset, so
// a page costs the same however deep it is, and stories stored meanwhile
// neither repeat nor shift a page (by relevance, new stories can change the
// scores of later pages). Errors about q wrap ErrBadQuery. ctx bounds the
// query.
func (s *Store) Search(ctx context.Context, q SearchQuery) (SearchPage, error) {
	p, err := q.plan()
	if err != nil {
		return SearchPage{}, err
	}
	p.window = s.rankWindow
	hits, err := s.eng.search(ctx, &p)
	if err != nil {
		return SearchPage{}, fmt.Errorf("search %s store at %s: %w", s.backend, s.where, err)
	}
	if hits == nil {
		hits = []SearchHit{}
	}
	page := SearchPage{Sort: p.sort, Stories: hits}
	if len(hits) > p.limit {
		page.Stories = hits[:p.limit]
		page.NextCursor = p.cursor(&page.Stories[p.limit-1])
	}
	return page, nil
}

// sqlBuilder collects arguments for a statement with ?N placeholders
// (SQLite) or $N (PostgreSQL).
type sqlBuilder struct {
	pg    bool
	args  []any
	where []string
}

func (b *sqlBuilder) arg(v any) string {
	b.args = append(b.args, v)
	if b.pg {
		return fmt.Sprintf("$%d", len(b.args))
	}
	return fmt.Sprintf("?%d", len(b.args))
}

func (b *sqlBuilder) time(t time.Time) string {
	if b.pg {
		return b.arg(t)
	}
	return b.arg(t.Format(sqliteTime))
}

// storyTimeSQL is the story time: the expression the stories_time_id index
// is built on.
const storyTimeSQL = "coalesce(s.published_at, s.stored_at)"

// filters adds the WHERE conditions of p's filters on stories s.
func (b *sqlBuilder) filters(p *searchPlan) {
	if p.site != "" {
		b.where = append(b.where, "s.site = "+b.arg(p.site))
	}
	if p.lang != "" {
		b.where = append(b.where, "lower(s.language) = "+b.arg(p.lang))
	}
	if p.author != "" {
		if b.pg {
			// The containment finds the candidates through the
			// stories_authors index; the names are then compared exactly.
			a := b.arg(p.author)
			b.where = append(b.where, "lower(s.authors)::jsonb @> jsonb_build_array(lower("+a+"))",
				"EXISTS (SELECT 1 FROM jsonb_array_elements_text(s.authors::jsonb) a(name) WHERE lower(a.name) = lower("+a+"))")
		} else {
			b.where = append(b.where, "EXISTS (SELECT 1 FROM json_each(s.authors) a WHERE lower(a.value) = lower("+b.arg(p.author)+"))")
		}
	}
	if p.since != nil {
		b.where = append(b.where, storyTimeSQL+" >= "+b.time(*p.since))
	}
	if p.until != nil {
		b.where = append(b.where, storyTimeSQL+" < "+b.time(*p.until))
	}
}

// keyset adds the condition "after the cursor" and returns the ORDER BY
// clause; score is the relevance expression.
func (b *sqlBuilder) keyset(p *searchPlan, score string) string {
	return b.keysetID(p, score, "s.id")
}

// keysetID is keyset with the id column named (relevance order only).
func (b *sqlBuilder) keysetID(p *searchPlan, score, id string) string {
	c := p.after
	switch p.sort {
	case SortRelevance:
		if c != nil {
			b.where = append(b.where, fmt.Sprintf("(%s < %s OR (%s = %s AND %s > %s))",
				score, b.arg(c.Score), score, b.arg(c.Score), id, b.arg(c.ID)))
		}
		return score + " DESC, " + id + " ASC"
	case SortStored:
		if c != nil {
			b.where = append(b.where, fmt.Sprintf("(s.stored_at, s.id) < (%s, %s)", b.time(c.Time), b.arg(c.ID)))
		}
		return "s.stored_at DESC, s.id DESC"
	default:
		if c != nil {
			b.where = append(b.where, fmt.Sprintf("(%s, s.id) < (%s, %s)", storyTimeSQL, b.time(c.Time), b.arg(c.ID)))
		}
		return storyTimeSQL + " DESC, s.id DESC"
	}
}

func (b *sqlBuilder) whereSQL() string {
	if len(b.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.where, " AND ")
}

// hitColumns are the columns every search statement selects, in scanHit's
// order, followed by a snippet source and the score.
const hitColumns = `s.id, s.url, s.site, s.site_name, s.title, s.authors, s.language, s.published_at,
	s.stored_at, s.updated_at, s.version, (SELECT count(*) FROM story_urls u WHERE u.story_id = s.id), s.published_offset`

// snippetChars is how much of the body starts a snippet when there is no
// match to show.
const snippetChars = 240

// leadSnippet is the HTML-escaped start of a body, cut at a word.
func leadSnippet(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) > snippetChars {
		r := []rune(text)[:snippetChars]
		cut := string(r)
		if i := strings.LastIndexByte(cut, ' '); i > snippetChars/2 {
			cut = cut[:i]
		}
		text = cut + " …"
	}
	return html.EscapeString(text)
}

// markSnippet turns a snippet with markOpen/markClose into escaped HTML
// with <mark> tags, dropping unbalanced marks.
func markSnippet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	open := false
	for _, part := range strings.SplitAfter(s, "") {
		switch part {
		case markOpen:
			if !open {
				b.WriteString("<mark>")
				open = true
			}
		case markClose:
			if open {
				b.WriteString("</mark>")
				open = false
			}
		default:
			b.WriteString(html.EscapeString(part))
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return b.String()
}

// hitScan holds the raw columns of one hit.
type hitScan struct {
	h       SearchHit
	authors string
	lead    string
	score   float64
}
