package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgHeadline are ts_headline's options: up to two fragments of 12 to 30
// words, matches between the snippet marks.
const pgHeadline = "StartSel=\x02, StopSel=\x03, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""

// pgOnlyBitmap keeps the rest of a transaction's statements on bitmap
// scans: a text query then goes through the GIN index, however the planner
// estimated the words (a rare word may otherwise walk the date index to the
// end, reading every tsvector). By relevance, a query with at most
// RankWindow matches has them all ranked this way; with more, the
// RankWindow newest are, which a walk from the newest finds soon.
const pgOnlyBitmap = `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`

func (e *pgEngine) search(ctx context.Context, p *searchPlan) ([]SearchHit, error) {
	b := &sqlBuilder{pg: true}
	var stmt string
	bitmap := false
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
		expr := parse(pos)
		if len(neg) > 0 {
			expr = "(" + expr + " && !!" + parse(neg) + ")"
		}
		// The tsquery is parsed first, so that the search statement holds
		// it as a constant: the planner can then weigh the GIN index
		// against walking the stories by date.
		var query string
		if err := e.pool.QueryRow(ctx, "SELECT ("+expr+")::text", qb.args...).Scan(&query); err != nil {
			return nil, fmt.Errorf("parse query: %w", err)
		}
		n := 0
		if p.sort == SortRelevance {
			// Count the matches (filters included) through the GIN index,
			// up to one more than the window: the tsvectors are not read.
			pb := &sqlBuilder{pg: true}
			pb.where = append(pb.where, "s.search @@ "+pb.arg(query)+"::tsquery")
			pb.filters(p)
			if err := pgx.BeginTxFunc(ctx, e.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
				if _, err := tx.Exec(ctx, pgOnlyBitmap); err != nil {
					return err
				}
				return tx.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM stories s`+pb.whereSQL()+` LIMIT `+pb.arg(p.window+1)+`) x`,
					pb.args...).Scan(&n)
			}); err != nil {
				return nil, fmt.Errorf("count matches: %w", err)
			}
		}
		tsq := b.arg(query) + "::tsquery"
		b.where = append(b.where, "s.search @@ tq.query")
		b.filters(p)
		switch {
		case p.sort == SortRelevance && n <= p.window:
			// Rank every match, found through the GIN index.
			bitmap = true
			inner := b.whereSQL() // the keyset applies to the ranked rows

			b.where = nil
			order := b.keysetID(p, "r.score", "r.id")
			stmt = `SELECT ` + hitColumns + `,
	ts_headline(newsroom_ts_config(s.language), left(s.text, 30000), p.query, ` + b.arg(pgHeadline) + `), p.score
FROM (SELECT r.id, r.query, r.score FROM (
		SELECT s.id, tq.query, ts_rank(s.search, tq.query)::float8 AS score
		FROM stories s, (SELECT ` + tsq + ` AS query) tq` + inner + `
	) r` + b.whereSQL() + ` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1) + `) p
JOIN stories s ON s.id = p.id ORDER BY p.score DESC, s.id ASC`
		case p.sort == SortRelevance:
			// Rank the window newest matches, not every match: ts_rank
			// reads each ranked row's tsvector. There are many, so walking
			// the stories from the newest finds them soon.
			window := `SELECT s.id, s.search, tq.query FROM stories s, (SELECT ` + tsq + ` AS query) tq` + b.whereSQL() +
				` ORDER BY s.stored_at DESC, s.id DESC LIMIT ` + b.arg(p.window)
			b.where = nil
			order := b.keysetID(p, "r.score", "r.id")
			stmt = `SELECT ` + hitColumns + `,
	ts_headline(newsroom_ts_config(s.language), left(s.text, 30000), p.query, ` + b.arg(pgHeadline) + `), p.score
FROM (SELECT r.id, r.query, r.score FROM (
		SELECT c.id, c.query, ts_rank(c.search, c.query)::float8 AS score FROM (` + window + `) c
	) r` + b.whereSQL() + ` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1) + `) p
JOIN stories s ON s.id = p.id ORDER BY p.score DESC, s.id ASC`
		default:
			// The planner weighs the GIN index (every match, then sort)
			// against walking the date index (stops after a page of
			// matches) with the word's statistics.
			order := b.keyset(p, "")
			stmt = `SELECT ` + hitColumns + `,
	ts_headline(newsroom_ts_config(s.language), left(s.text, 30000), p.query, ` + b.arg(pgHeadline) + `), 0.0::float8
FROM (SELECT s.id, tq.query FROM stories s, (SELECT ` + tsq + ` AS query) tq` + b.whereSQL() +
				` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1) + `) p
JOIN stories s ON s.id = p.id ORDER BY ` + order
		}
	} else {
		b.filters(p)
		order := b.keyset(p, "")
		stmt = `SELECT ` + hitColumns + `, left(s.text, 400), 0.0::float8 FROM stories s` + b.whereSQL() +
			` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	}
	tx, err := e.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }() // read only: nothing to commit
	if bitmap {
		// Through the GIN index only: a misestimated rare word must not
		// walk the date index or scan the table.
		if _, err := tx.Exec(ctx, pgOnlyBitmap); err != nil {
			return nil, fmt.Errorf("plan settings: %w", err)
		}
	}
	rows, err := tx.Query(ctx, stmt, b.args...)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var (
			x               hitScan
			stored, updated time.Time
			copies          int64
		)
		if err := rows.Scan(&x.h.ID, &x.h.URL, &x.h.Site, &x.h.SiteName, &x.h.Title, &x.authors, &x.h.Language,
			&x.h.PublishedAt, &stored, &updated, &x.h.Version, &copies, &x.lead, &x.score); err != nil {
			return nil, fmt.Errorf("scan: %w", err)
		}
		x.h.Copies = int(copies)
		x.h.Authors = decodeList(x.authors)
		x.h.PublishedAt = utcPtr(x.h.PublishedAt)
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
		return nil, fmt.Errorf("read: %w", err)
	}
	return hits, nil
}
