package store

import (
	"strconv"
	"strings"
	"time"
)

// Statements shared by both backends, written with SQLite's ?N placeholders;
// pgSQL turns them into PostgreSQL's $N.
const (
	insertURLSQL = `INSERT INTO story_urls (url, story_id, tier, fetched_at, first_seen, site, canonical_url, version, signals)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (url) DO NOTHING`

	upsertStorySQL = `INSERT INTO stories (id, version, url, canonical_url, site, site_name, title,
	authors, published_at, modified_at, language, text, image, section, tags, tier,
	fetched_at, discovered_at, provenance, stored_at, updated_at, published_offset)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20, ?21)
ON CONFLICT (id) DO UPDATE SET
	version = excluded.version,
	url = excluded.url,
	canonical_url = excluded.canonical_url,
	site = excluded.site,
	site_name = excluded.site_name,
	title = excluded.title,
	authors = excluded.authors,
	published_at = excluded.published_at,
	published_offset = excluded.published_offset,
	modified_at = excluded.modified_at,
	language = excluded.language,
	text = excluded.text,
	image = excluded.image,
	section = excluded.section,
	tags = excluded.tags,
	tier = excluded.tier,
	fetched_at = excluded.fetched_at,
	discovered_at = excluded.discovered_at,
	provenance = excluded.provenance,
	updated_at = excluded.updated_at
WHERE excluded.version > stories.version`

	countSQL = `SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM story_urls)`

	storyColumns = `s.id, s.version, s.url, s.canonical_url, s.site, s.site_name, s.title,
	s.authors, s.published_at, s.modified_at, s.language, s.text, s.image, s.section,
	s.tags, s.tier, s.fetched_at, s.stored_at, s.updated_at, s.published_offset`
)

// storyWhere is the WHERE clause (with ?N placeholders) and arguments of a
// storyQuery; t formats a time as the backend stores it.
func storyWhere(q storyQuery, t func(time.Time) any) (string, []any) {
	if q.id != "" {
		return ` WHERE s.id = ?1`, []any{q.id}
	}
	args := []any{t(q.since)}
	conds := []string{`(s.stored_at >= ?1 OR s.updated_at >= ?1)`}
	add := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, strings.ReplaceAll(cond, "?N", "?"+strconv.Itoa(len(args))))
	}
	if !q.until.IsZero() {
		add(`s.updated_at < ?N`, t(q.until))
	}
	if q.site != "" {
		add(`s.site = ?N`, q.site)
	}
	if q.lang != "" {
		add(`lower(s.language) = ?N`, strings.ToLower(q.lang))
	}
	return ` WHERE ` + strings.Join(conds, ` AND `) + ` ORDER BY s.stored_at, s.id`, args
}

// pgSQL rewrites ?N placeholders as $N.
func pgSQL(q string) string { return strings.ReplaceAll(q, "?", "$") }
