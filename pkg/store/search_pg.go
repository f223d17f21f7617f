package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgHeadline are ts_headline's options: up to two fragments of 12 to 30
// words, matches between the snippet marks.
const pgHeadline = "StartSel=\x02, StopSel=\x03, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""

// pgCustomPlans plans the rest of a transaction's statements for their
// parameters' values (the statements are prepared once per connection, and
// a generic plan would weigh every word alike), without parallel workers
// (starting them costs more than the few thousand rows a search reads).
const pgCustomPlans = `SELECT set_config('plan_cache_mode', 'force_custom_plan', true),
	set_config('max_parallel_workers_per_gather', '0', true)`

// pgOnlyBitmap is pgCustomPlans and keeps the rest of a transaction's
// statements on bitmap scans: a text query then goes through the GIN index
// (with the bitmaps of other indexes), however the planner estimated the
// words: a walk of the date index that tests each story's tsvector, chosen
// for a word estimated common, would read every story for a rare one.
const pgOnlyBitmap = pgCustomPlans + `,
	set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`

func (e *pgEngine) search(ctx context.Context, p *searchPlan) ([]SearchHit, error) {
	b := &sqlBuilder{pg: true}
	var stmt string
	if p.terms != nil {
		// A query parsed with several configurations matches a story when
		// one of them matches it, but an excluded word is excluded in every
		// configuration's spelling.
		pos, neg := splitNegated(p.terms)
		qb := &sqlBuilder{pg: true}
		parse := func(terms []queryTerm) string {
			if p.lang != "" {
				return "websearch_to_tsquery(newsroom_ts_config(" + qb.arg(p.lang) + "), " + qb.arg(websearchQuery(terms)) + ")"
			}
			return "newsroom_ts_query(" + qb.arg(websearchQuery(terms)) + ")"
		}
		posExpr, negExpr := parse(pos), "''"
		if len(neg) > 0 {
			negExpr = parse(neg)
		}
		// The tsqueries are parsed first, so that the search statement
		// holds the query as a constant: the planner can then weigh the
		// GIN index against walking the stories by date. The
		// configurations' parses are ORed: simplifyTSQuery drops the
		// alternatives that others cover.
		var posQuery, negQuery string
		if err := e.pool.QueryRow(ctx, "SELECT ("+posExpr+")::text, ("+negExpr+")::text", qb.args...).Scan(&posQuery, &negQuery); err != nil {
			return nil, fmt.Errorf("parse query: %w", err)
		}
		query := excludeTSQuery(simplifyTSQuery(posQuery), simplifyTSQuery(negQuery))
		if p.sort == SortRelevance {
			return e.searchRanked(ctx, p, query)
		}
		// The planner weighs the GIN index (every match, then sort)
		// against walking the date index (stops after a page of matches)
		// with the word's statistics.
		tsq := b.arg(query) + "::tsquery"
		b.where = append(b.where, "s.search @@ tq.query")
		b.filters(p)
		order := b.keyset(p, "")
		limit := b.arg(p.limit)
		// Snippets are made for the page's rows only, not for the one
		// that tells whether a next page exists.
		stmt = `SELECT ` + hitColumns + `,
	CASE WHEN row_number() OVER (ORDER BY ` + order + `) <= ` + limit + `
		THEN ts_headline(newsroom_ts_config(s.language), left(s.text, 30000), p.query, ` + b.arg(pgHeadline) + `) ELSE '' END, 0.0::float8
FROM (SELECT s.id, tq.query FROM stories s, (SELECT ` + tsq + ` AS query) tq` + b.whereSQL() +
			` ORDER BY ` + order + ` LIMIT ` + limit + ` + 1) p
JOIN stories s ON s.id = p.id ORDER BY ` + order
	} else {
		b.filters(p)
		order := b.keyset(p, "")
		stmt = `SELECT ` + hitColumns + `, left(s.text, 400), 0.0::float8 FROM stories s` + b.whereSQL() +
			` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	}
	hits, _, err := e.queryHits(ctx, p, pgCustomPlans, stmt, b.args, false)
	return hits, err
}

// queryHits runs a search statement after its plan settings, both sent
// in one batch (one round trip): the settings, local to a transaction,
// hold for the statement, in the batch's implicit transaction, and end
// with it. It returns the hits and, with window, the number of matches
// ranked.
func (e *pgEngine) queryHits(ctx context.Context, p *searchPlan, settings, stmt string, args []any, window bool) ([]SearchHit, int64, error) {
	batch := &pgx.Batch{}
	batch.Queue(settings)
	batch.Queue(stmt, args...)
	res := e.pool.SendBatch(ctx, batch)
	defer func() { _ = res.Close() }()
	if _, err := res.Exec(); err != nil {
		return nil, 0, fmt.Errorf("plan settings: %w", err)
	}
	rows, err := res.Query()
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	hits, ranked, err := scanPgHits(rows, p, window)
	if err != nil {
		return nil, 0, err
	}
	return hits, ranked, res.Close()
}

// scanPgHits reads the rows of a search statement: the hit columns, the
// snippet source and the score, and with window the number of matches
// ranked (returned as ranked, from the last row).
func scanPgHits(rows pgx.Rows, p *searchPlan, window bool) (hits []SearchHit, ranked int64, err error) {
	defer rows.Close()
	for rows.Next() {
		var (
			x               hitScan
			stored, updated time.Time
			copies          int64
			offset          *int64
		)
		dest := []any{&x.h.ID, &x.h.URL, &x.h.Site, &x.h.SiteName, &x.h.Title, &x.authors, &x.h.Language,
			&x.h.PublishedAt, &stored, &updated, &x.h.Version, &copies, &offset, &x.lead, &x.score}
		if window {
			dest = append(dest, &ranked)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, 0, fmt.Errorf("scan: %w", err)
		}
		x.h.Copies = int(copies)
		x.h.Authors = decodeList(x.authors)
		x.h.PublishedAt = inZone(utcPtr(x.h.PublishedAt), offset)
		x.h.FirstStoredAt, x.h.UpdatedAt = stored.UTC(), updated.UTC()
		if p.sort == SortRelevance {
			sc := x.score
			x.h.Score = &sc
		}
		if p.terms != nil {
			x.h.Snippet = markSnippet(x.lead)
		} else {
			x.h.Snippet = leadSnippet(x.lead)
		}
		hits = append(hits, x.h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("read: %w", err)
	}
	return hits, ranked, nil
}

// searchRanked answers a search by relevance: it ranks the p.window most
// recently stored matches (every match when there are fewer) with ts_rank
// and returns the page after the cursor.
//
// When the planner expects more matches than the window, the matches are
// sought among the stories stored since a time that leaves a little more
// than the window of them (rankBound): the planner then intersects the
// text index with the stored-order index, or walks those stories by date
// when a large share of all stories match (pgWalkShare), and reads no
// older story. Each match costs a visit of its row (for its stored time
// and its tsvector), so the fewer matches past the window the bound
// keeps, the cheaper. Should the stories since the bound hold fewer than
// the window of matches, the bound moves back by what their share of
// matches says is missing, and the search runs again (the rows already
// read are then in the buffer cache); after pgBoundTries bounds, over
// every match. Without a bound, the matches are found through the GIN
// index only, never by walking the stories by date and testing each one
// (past every story, for a rare word the planner took for a common one).
func (e *pgEngine) searchRanked(ctx context.Context, p *searchPlan, query string) ([]SearchHit, error) {
	bound, err := e.rankBound(ctx, p, query)
	if err != nil {
		return nil, err
	}
	for try := 1; ; try++ {
		hits, ranked, err := e.rankPage(ctx, p, query, bound.since, bound.walk)
		if err != nil || bound.since == nil || ranked >= int64(p.window) {
			return hits, err
		}
		// Too few matches since the bound (or an empty page).
		if try == pgBoundTries {
			bound = rankBounds{}
			continue
		}
		grow := 4.0
		if ranked > 0 {
			grow = max(2, pgBoundFactor*float64(p.window)/float64(ranked))
		}
		if bound, err = e.boundAt(ctx, bound.skip*grow, bound.total, bound.walk); err != nil {
			return nil, err
		}
	}
}

// rankBounds is where a search by relevance seeks its window: among the
// stories stored since since (nil: every story), the skip most recently
// stored of total; walk tells whether the planner may walk them by date.
type rankBounds struct {
	since       *time.Time
	skip, total float64
	walk        bool
}

// rankBound returns where the window of newest matches of query (with
// p's filters) should be sought. The planner estimates how many stories
// match; with more than pgBoundFactor windows of them, the bound is the
// stored_at of the story that many windows' worth of stories from the
// newest (counted in the stored-order index), so that about pgBoundFactor
// windows of matches are expected after it. The planner may walk the
// stories since then by date when at least pgWalkShare of the stories
// that pass the filters match.
func (e *pgEngine) rankBound(ctx context.Context, p *searchPlan, query string) (rankBounds, error) {
	b := &sqlBuilder{pg: true}
	b.where = append(b.where, "s.search @@ "+b.arg(query)+"::tsquery")
	b.filters(p)
	f := &sqlBuilder{pg: true}
	f.filters(p)
	// The planner's estimates of the stories that match, of those that
	// pass the filters and of all, in one round trip.
	est, err := e.estimateRows(ctx, []string{`SELECT 1 FROM stories s` + b.whereSQL(), `SELECT 1 FROM stories s` + f.whereSQL(),
		`SELECT 1 FROM stories`}, [][]any{b.args, f.args, nil})
	if err != nil {
		return rankBounds{}, err
	}
	matches, filtered, total := est[0], est[1], est[2]
	if matches <= pgBoundFactor*float64(p.window) {
		return rankBounds{}, nil
	}
	// A walk may go through a filter's index (site, language), past the
	// stories that pass the filters: what matters is the share of them
	// that match the text.
	return e.boundAt(ctx, pgBoundFactor*float64(p.window)*total/matches, total, matches >= pgWalkShare*filtered)
}

// boundAt returns the bound that keeps the skip most recently stored of
// about total stories (skip rounded up to the bound cache's grid), or no
// bound when it would keep nearly all of them (pgBoundMax).
func (e *pgEngine) boundAt(ctx context.Context, skip, total float64, walk bool) (rankBounds, error) {
	if skip >= pgBoundMax*total {
		return rankBounds{}, nil
	}
	n := gridCount(skip)
	t, ok := e.bounds.get(n)
	if !ok {
		err := e.pool.QueryRow(ctx, `SELECT stored_at FROM stories ORDER BY stored_at DESC, id DESC OFFSET $1 LIMIT 1`, n).Scan(&t)
		if errors.Is(err, pgx.ErrNoRows) {
			return rankBounds{}, nil
		}
		if err != nil {
			return rankBounds{}, fmt.Errorf("rank bound: %w", err)
		}
		e.bounds.put(n, t)
	}
	return rankBounds{since: &t, skip: float64(n), total: total, walk: walk}, nil
}

// pgBoundMax is the share of the stories past which a bound saves too
// little to pay for the stored-order index range it reads (twice: for
// the bound, and intersected with the text index). Measured at 100k
// under load: 3,600-4,400 matches, a bound at 57-70 % of the stories,
// 112-130 ms bounded against 53-84 ms not; 7,500 matches, a bound at
// 33 %, 97 against 298 ms.
const pgBoundMax = 0.5

// pgBoundTries is how many bounds a search by relevance tries before it
// ranks from every match.
const pgBoundTries = 3

// pgWalkShare is the share of matching stories (among those that pass
// the filters) from which walking the stories since the bound by date
// (and testing each one) may beat the text index: below it, the walk
// passes too many stories that do not match (measured at 100k: a phrase
// matching 11 % of the stories, 49 ms walking against 37 ms through the
// index).
const pgWalkShare = 0.2

// pgBoundFactor is how many windows of matches rankBound expects after
// its bound: the planner's estimate of a word's matches, and their share
// among the newest stories, may be off. Each match past the window costs
// a row visit; a bound that keeps too few costs a second search.
const pgBoundFactor = 1.25

// estimateRows returns the planner's estimate of the rows each statement
// returns (with its arguments), sent in one batch.
func (e *pgEngine) estimateRows(ctx context.Context, stmts []string, args [][]any) ([]float64, error) {
	batch := &pgx.Batch{}
	for i, stmt := range stmts {
		batch.Queue(`EXPLAIN (FORMAT JSON) `+stmt, args[i]...)
	}
	res := e.pool.SendBatch(ctx, batch)
	defer res.Close()
	out := make([]float64, len(stmts))
	for i := range stmts {
		var raw []byte
		if err := res.QueryRow().Scan(&raw); err != nil {
			return nil, fmt.Errorf("estimate: %w", err)
		}
		var plan []struct {
			Plan struct {
				Rows float64 `json:"Plan Rows"`
			}
		}
		if err := json.Unmarshal(raw, &plan); err != nil || len(plan) == 0 {
			return nil, fmt.Errorf("estimate: unexpected EXPLAIN output %.200q", raw)
		}
		out[i] = plan[0].Plan.Rows
	}
	return out, res.Close()
}

// rankPage ranks the window newest matches of query (with p's filters;
// stored since since, when not nil) and returns the page after p's cursor
// and how many matches were ranked. With walk, the planner may walk the
// stories since the bound by date.
func (e *pgEngine) rankPage(ctx context.Context, p *searchPlan, query string, since *time.Time, walk bool) ([]SearchHit, int64, error) {
	b := &sqlBuilder{pg: true}
	tsq := b.arg(query) + "::tsquery"
	b.where = append(b.where, "s.search @@ "+tsq)
	b.filters(p)
	if since != nil {
		b.where = append(b.where, "s.stored_at >= "+b.arg(*since))
	}
	// Each match of the window is ranked as the window's scan reads it
	// (its tsvector is in the row): a second visit of the window's rows to
	// rank them costs as much as finding them. The window keeps the id
	// and score only, not the tsvector (a few kB: sorting 2000 of them
	// would spill to disk). Snippets are made for the page's rows only,
	// not for the one that tells whether a next page exists.
	window := `SELECT s.id, ts_rank(s.search, ` + tsq + `)::float8 AS score FROM stories s` + b.whereSQL() +
		` ORDER BY s.stored_at DESC, s.id DESC LIMIT ` + b.arg(p.window)
	b.where = nil
	order := b.keysetID(p, "w.score", "w.id")
	limit := b.arg(p.limit)
	stmt := `WITH w AS MATERIALIZED (` + window + `)
SELECT ` + hitColumns + `,
	CASE WHEN row_number() OVER (ORDER BY p.score DESC, s.id ASC) <= ` + limit + `
		THEN ts_headline(newsroom_ts_config(s.language), left(s.text, 30000), ` + tsq + `, ` + b.arg(pgHeadline) + `) ELSE '' END,
	p.score, (SELECT count(*) FROM w)
FROM (SELECT w.id, w.score FROM w` + b.whereSQL() + ` ORDER BY ` + order + ` LIMIT ` + limit + ` + 1) p
JOIN stories s ON s.id = p.id ORDER BY p.score DESC, s.id ASC`
	settings := pgOnlyBitmap
	if since != nil && walk {
		// Bounded, and most stories match: the planner may also walk
		// the stories stored since the bound by date and test each one.
		settings = pgCustomPlans
	}
	return e.queryHits(ctx, p, settings, stmt, b.args, true)
}
