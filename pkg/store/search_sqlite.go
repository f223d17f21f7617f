package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// sqliteProbe is how many matches of a text query the SQLite search counts
// before it chooses a plan: fewer matches are joined, sorted or ranked
// all; with more, a search by date walks the date index and keeps the
// stories found in the set of matches (it reaches a page after about
// limit x stories / matches steps, at most limit x stories / sqliteProbe).
// A search by relevance ranks every match when there are at most
// RankWindow, else the RankWindow newest.
const sqliteProbe = 1000

// bm25Weights weigh the FTS columns in bm25: title 10, authors 3, body 1,
// facets 0 (they are filters, not text).
const bm25Weights = "10.0, 3.0, 1.0, 0.0"

func (e *sqliteEngine) search(ctx context.Context, p *searchPlan) ([]SearchHit, error) {
	b := &sqlBuilder{}
	var stmt string
	expr := ftsMatch(p)
	many, overWindow := false, false
	if expr != "" {
		// Count the matches (filters included, as facets) up to what
		// decides the plan: the probe, or for relevance one more than the
		// window.
		limit := sqliteProbe
		if p.sort == SortRelevance {
			limit = p.window + 1
		}
		var n int
		if err := e.r.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?1 LIMIT ?2)`,
			expr, limit).Scan(&n); err != nil {
			return nil, fmt.Errorf("count matches: %w", err)
		}
		many, overWindow = n >= sqliteProbe, n > p.window
	}
	lead := "''"
	if p.terms == nil {
		lead = "substr(s.text, 1, 400)"
	}
	switch {
	case expr == "":
		b.filters(p)
		order := b.keyset(p, "")
		stmt = `SELECT ` + hitColumns + `, ` + lead + `, 0.0, 0 FROM stories s` + b.whereSQL() +
			` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	case p.sort == SortRelevance:
		// bm25 is lower for a better match; the score is its negation.
		match := b.arg(expr)
		ranked := `SELECT rowid AS seq, -bm25(stories_fts, ` + bm25Weights + `) AS score FROM stories_fts WHERE stories_fts MATCH ` + match
		if overWindow {
			// Rank the window newest matches: bm25 reads each ranked row's
			// index data. The facets already narrowed the matches to the
			// filters; the window is cut after the exact filters.
			b.filters(p)
			cand := `SELECT f.rowid FROM stories_fts f WHERE stories_fts MATCH ` + match
			if len(b.where) > 0 {
				cand = `SELECT f.rowid FROM stories_fts f JOIN story_seq q ON q.seq = f.rowid JOIN stories s ON s.id = q.id
	WHERE stories_fts MATCH ` + match + " AND " + strings.Join(b.where, " AND ")
			}
			cand += ` ORDER BY f.rowid DESC LIMIT ` + b.arg(p.window)
			ranked += ` AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (` + cand + `))`
			b.where = nil
		}
		b.filters(p)
		order := b.keyset(p, "h.score")
		stmt = `SELECT ` + hitColumns + `, '', h.score, h.seq
FROM (` + ranked + `) h
CROSS JOIN story_seq q ON q.seq = h.seq
CROSS JOIN stories s ON s.id = q.id` + b.whereSQL() + ` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	case many:
		// Walk the stories in the page's order and keep the matches: the
		// set of matches is built once (the + keeps SQLite from looking
		// each story up in it through an index of the list).
		b.where = append(b.where, "+q.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH "+b.arg(expr)+")")
		b.filters(p)
		order := b.keyset(p, "")
		stmt = `SELECT ` + hitColumns + `, ` + lead + `, 0.0, q.seq
FROM stories s CROSS JOIN story_seq q ON q.id = s.id` + b.whereSQL() + ` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	default:
		// Few matches: join them all and sort.
		match := b.arg(expr)
		b.filters(p)
		order := b.keyset(p, "")
		stmt = `SELECT ` + hitColumns + `, ` + lead + `, 0.0, q.seq
FROM (SELECT rowid AS seq FROM stories_fts WHERE stories_fts MATCH ` + match + `) f
CROSS JOIN story_seq q ON q.seq = f.seq CROSS JOIN stories s ON s.id = q.id` + b.whereSQL() +
			` ORDER BY ` + order + ` LIMIT ` + b.arg(p.limit+1)
	}
	rows, err := e.r.QueryContext(ctx, stmt, b.args...)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	var hits []SearchHit
	var seqs []int64
	for rows.Next() {
		var (
			x                          hitScan
			published, stored, updated sql.NullString
			seq                        int64
			offset                     *int64
		)
		if err := rows.Scan(&x.h.ID, &x.h.URL, &x.h.Site, &x.h.SiteName, &x.h.Title, &x.authors, &x.h.Language,
			&published, &stored, &updated, &x.h.Version, &x.h.Copies, &offset, &x.lead, &x.score, &seq); err != nil {
			return nil, fmt.Errorf("scan: %w", err)
		}
		x.h.Authors = decodeList(x.authors)
		x.h.PublishedAt = inZone(parseSQLiteTime(published), offset)
		if t := parseSQLiteTime(stored); t != nil {
			x.h.FirstStoredAt = *t
		}
		if t := parseSQLiteTime(updated); t != nil {
			x.h.UpdatedAt = *t
		}
		if p.sort == SortRelevance {
			sc := x.score
			x.h.Score = &sc
		}
		if p.terms == nil {
			x.h.Snippet = leadSnippet(x.lead)
		}
		hits = append(hits, x.h)
		seqs = append(seqs, seq)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if p.terms == nil || len(hits) == 0 {
		return hits, nil
	}
	// Snippets only for the page: snippet() reads and tokenises the body.
	sb := &sqlBuilder{}
	match := sb.arg(fts5Query(p.terms))
	in := make([]string, len(seqs))
	for i, seq := range seqs {
		in[i] = sb.arg(seq)
	}
	srows, err := e.r.QueryContext(ctx, `SELECT rowid, snippet(stories_fts, 2, char(2), char(3), '…', 24)
FROM stories_fts WHERE stories_fts MATCH `+match+` AND rowid IN (`+strings.Join(in, ",")+`)`, sb.args...)
	if err != nil {
		return nil, fmt.Errorf("snippets: %w", err)
	}
	defer srows.Close()
	snips := map[int64]string{}
	for srows.Next() {
		var seq int64
		var snip string
		if err := srows.Scan(&seq, &snip); err != nil {
			return nil, fmt.Errorf("scan snippet: %w", err)
		}
		snips[seq] = snip
	}
	if err := srows.Err(); err != nil {
		return nil, fmt.Errorf("read snippets: %w", err)
	}
	for i := range hits {
		hits[i].Snippet = markSnippet(snips[seqs[i]])
	}
	return hits, nil
}
