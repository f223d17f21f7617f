package store

import "fmt"

// migration is one schema step. Versions are applied in ascending order and
// recorded in schema_migrations; a backend with empty SQL records the version
// without doing anything.
type migration struct {
	version  int
	name     string
	sqlite   string
	postgres string
}

// migrations returns the ordered schema history. Append only; never edit a
// released step.
func migrations() []migration {
	return []migration{
		{
			version:  1,
			name:     "stories and story_urls",
			sqlite:   baseSchema("INTEGER", "TEXT"),
			postgres: baseSchema("BIGINT", "TIMESTAMPTZ"),
		},
		{
			version: 2,
			name:    "lz4 compression for story text",
			// Article bodies dominate PostgreSQL's CPU through TOAST
			// compression; lz4 is several times cheaper than pglz. Servers
			// before 14, or built without lz4, keep the default.
			postgres: `
DO $$
BEGIN
	IF current_setting('server_version_num')::int >= 140000 THEN
		BEGIN
			EXECUTE 'ALTER TABLE stories ALTER COLUMN text SET COMPRESSION lz4';
		EXCEPTION WHEN OTHERS THEN
			RAISE NOTICE 'lz4 compression unavailable: %', SQLERRM;
		END;
	END IF;
END
$$;
`,
		},
		{
			version:  3,
			name:     "full-text search, story time indexes, per-copy site and signals",
			sqlite:   sqliteSearchMigration,
			postgres: postgresSearchMigration,
		},
		{
			version: 4,
			name:    "newsroom_ts_query without repeated parts",
			// Most configurations parse most words alike; OR-ing the same
			// tsquery many times made ts_rank and the index scan slower.
			postgres: `
DO $migration$
DECLARE
	parts text;
BEGIN
	SELECT string_agg(DISTINCT format('(websearch_to_tsquery(%L::regconfig, q))', c.cfgname), ', ')
	INTO parts
	FROM pg_catalog.pg_ts_config c
	WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
	  AND c.oid IN (SELECT DISTINCT newsroom_ts_config(l) FROM unnest(ARRAY['ar', 'ca', 'da', 'de', 'el', 'en',
		'es', 'eu', 'fi', 'fr', 'ga', 'hi', 'hu', 'hy', 'id', 'it', 'lt', 'nb', 'ne', 'nl', 'no', 'pt', 'ro',
		'ru', 'sr', 'sv', 'ta', 'tr', 'yi', 'simple']) AS l);
	EXECUTE format($f$CREATE OR REPLACE FUNCTION newsroom_ts_query(q text) RETURNS tsquery
		LANGUAGE sql STABLE PARALLEL SAFE
		AS $b$SELECT coalesce(string_agg(DISTINCT '(' || t::text || ')', ' | ')::tsquery, ''::tsquery)
			FROM (VALUES %s) AS v(t) WHERE t::text <> ''$b$$f$, parts);
END
$migration$;
`,
		},
		{
			version:  5,
			name:     "search facets in the FTS index, site and stored-order index",
			sqlite:   sqliteFacetMigration(),
			postgres: `CREATE INDEX IF NOT EXISTS stories_site_stored_id ON stories (site, stored_at, id);`,
		},
		{
			version: 6,
			name:    "authors index, shorter GIN pending list",
			// The author filter looks names up here (lower-cased JSON; the
			// store writes authors with encoding/json, which leaves letters
			// unescaped, so lower-casing the text lower-cases the names).
			// Every search reads the text index's whole pending list (new
			// entries not yet merged by vacuum): 512 kB instead of the 4 MB
			// default bounds that cost (~20 ms for a full list at 100k).
			postgres: `CREATE INDEX IF NOT EXISTS stories_authors ON stories USING gin ((lower(authors)::jsonb) jsonb_path_ops);
ALTER INDEX stories_search SET (gin_pending_list_limit = 512);`,
		},
		{
			version: 7,
			name:    "tsvector kept in the row, language and stored-order index",
			// A search reads the tsvector of every story it ranks or
			// rechecks (a phrase): kept in the row (storage MAIN: moved
			// out only when the row would pass 8 kB) it costs no TOAST
			// lookup, several times cheaper. CLUSTER rewrites the
			// existing rows so (storage applies to rows written after
			// it), in stored order, so that the newest stories, which
			// searches by relevance rank, share pages. The language
			// filter's index also gives the planner statistics of
			// lower(language).
			postgres: `ALTER TABLE stories ALTER COLUMN search SET STORAGE MAIN;
CREATE INDEX IF NOT EXISTS stories_lang_stored_id ON stories ((lower(language)), stored_at, id);
CLUSTER stories USING stories_stored_id;
ANALYZE stories;`,
		},
		{
			version: 8,
			name:    "publication time offset",
			// published_at is kept in UTC, which orders and compares;
			// the offset the page wrote its time in (seconds east of
			// UTC) gives the story back its local time, so that a story
			// published at 7:24 PM EST reads as that day, not the next
			// day in UTC. NULL for stories stored before.
			sqlite:   `ALTER TABLE stories ADD COLUMN published_offset INTEGER;`,
			postgres: `ALTER TABLE stories ADD COLUMN IF NOT EXISTS published_offset INTEGER;`,
		},
	}
}

// sqliteSearchMigration adds the per-copy columns, the indexes the story
// listings walk, and an FTS5 index over title, authors and text. The FTS
// table reads its content through a view keyed by story_seq.seq, a stable
// integer per story (the rowid of a table without an INTEGER PRIMARY KEY may
// change on VACUUM, so it cannot key the index); triggers keep it in step
// with stories.
const sqliteSearchMigration = `
ALTER TABLE story_urls ADD COLUMN site TEXT NOT NULL DEFAULT '';
ALTER TABLE story_urls ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE story_urls ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_urls ADD COLUMN signals TEXT NOT NULL DEFAULT '';
UPDATE story_urls SET site = lower(
	CASE WHEN instr(substr(url, instr(url, '://') + 3), '/') > 0
	THEN substr(substr(url, instr(url, '://') + 3), 1, instr(substr(url, instr(url, '://') + 3), '/') - 1)
	ELSE substr(url, instr(url, '://') + 3) END);
CREATE INDEX IF NOT EXISTS story_urls_site ON story_urls (site);
CREATE INDEX IF NOT EXISTS stories_time_id ON stories (coalesce(published_at, stored_at), id);
CREATE INDEX IF NOT EXISTS stories_stored_id ON stories (stored_at, id);
CREATE INDEX IF NOT EXISTS stories_site_time_id ON stories (site, coalesce(published_at, stored_at), id);
CREATE TABLE IF NOT EXISTS story_seq (
	seq INTEGER PRIMARY KEY,
	id  TEXT NOT NULL UNIQUE
);
CREATE VIEW IF NOT EXISTS stories_fts_content AS
	SELECT q.seq AS seq, s.title AS title, s.authors AS authors, s.text AS text
	FROM story_seq q JOIN stories s ON s.id = q.id;
CREATE VIRTUAL TABLE IF NOT EXISTS stories_fts USING fts5(
	title, authors, text,
	content = 'stories_fts_content', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS stories_fts_insert AFTER INSERT ON stories BEGIN
	INSERT INTO story_seq (id) VALUES (new.id) ON CONFLICT (id) DO NOTHING;
	INSERT INTO stories_fts (rowid, title, authors, text)
		SELECT seq, new.title, new.authors, new.text FROM story_seq WHERE id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS stories_fts_update AFTER UPDATE OF title, authors, text ON stories BEGIN
	INSERT INTO stories_fts (stories_fts, rowid, title, authors, text)
		SELECT 'delete', seq, old.title, old.authors, old.text FROM story_seq WHERE id = old.id;
	INSERT INTO stories_fts (rowid, title, authors, text)
		SELECT seq, new.title, new.authors, new.text FROM story_seq WHERE id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS stories_fts_delete AFTER DELETE ON stories BEGIN
	INSERT INTO stories_fts (stories_fts, rowid, title, authors, text)
		SELECT 'delete', seq, old.title, old.authors, old.text FROM story_seq WHERE id = old.id;
	DELETE FROM story_seq WHERE id = old.id;
END;
INSERT INTO story_seq (id) SELECT id FROM stories WHERE true ON CONFLICT (id) DO NOTHING;
INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');
`

// postgresSearchMigration adds the per-copy columns, the indexes the story
// listings walk, and a generated tsvector column with a GIN index. Each
// story is indexed with the text search configuration of its language
// (newsroom_ts_config, built from the configurations this server has;
// "simple" for other languages), and newsroom_ts_query parses a query with
// every one of them, so a query matches stories of any language. Only the
// first 100,000 characters of a body are indexed: a tsvector is limited to
// 1 MiB.
const postgresSearchMigration = `
ALTER TABLE story_urls ADD COLUMN IF NOT EXISTS site TEXT NOT NULL DEFAULT '';
ALTER TABLE story_urls ADD COLUMN IF NOT EXISTS canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE story_urls ADD COLUMN IF NOT EXISTS version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE story_urls ADD COLUMN IF NOT EXISTS signals TEXT NOT NULL DEFAULT '';
UPDATE story_urls SET site = lower(coalesce(substring(url from '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)'), ''))
	WHERE site = '';
CREATE INDEX IF NOT EXISTS story_urls_site ON story_urls (site);
CREATE INDEX IF NOT EXISTS stories_time_id ON stories ((coalesce(published_at, stored_at)), id);
CREATE INDEX IF NOT EXISTS stories_stored_id ON stories (stored_at, id);
CREATE INDEX IF NOT EXISTS stories_site_time_id ON stories (site, (coalesce(published_at, stored_at)), id);
DO $migration$
DECLARE
	cases   text;
	queries text;
BEGIN
	SELECT string_agg(format('WHEN %L THEN %L::regconfig', l.code, l.cfg), ' ' ORDER BY l.code),
	       string_agg(DISTINCT format('websearch_to_tsquery(%L::regconfig, q)', l.cfg), ' || ')
	INTO cases, queries
	FROM (VALUES ('ar', 'arabic'), ('ca', 'catalan'), ('da', 'danish'), ('de', 'german'), ('el', 'greek'),
		('en', 'english'), ('es', 'spanish'), ('eu', 'basque'), ('fi', 'finnish'), ('fr', 'french'),
		('ga', 'irish'), ('hi', 'hindi'), ('hu', 'hungarian'), ('hy', 'armenian'), ('id', 'indonesian'),
		('it', 'italian'), ('lt', 'lithuanian'), ('nb', 'norwegian'), ('ne', 'nepali'), ('nl', 'dutch'),
		('nn', 'norwegian'), ('no', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'),
		('sr', 'serbian'), ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish')) AS l(code, cfg)
	JOIN pg_catalog.pg_ts_config c ON c.cfgname = l.cfg AND c.cfgnamespace = 'pg_catalog'::regnamespace;
	EXECUTE format($f$CREATE OR REPLACE FUNCTION newsroom_ts_config(lang text) RETURNS regconfig
		LANGUAGE sql IMMUTABLE PARALLEL SAFE
		AS $b$SELECT CASE lower(split_part(split_part(coalesce(lang, ''), '-', 1), '_', 1)) %s ELSE 'simple'::regconfig END$b$$f$,
		coalesce(cases, ''));
	EXECUTE format($f$CREATE OR REPLACE FUNCTION newsroom_ts_query(q text) RETURNS tsquery
		LANGUAGE sql STABLE PARALLEL SAFE
		AS $b$SELECT %s websearch_to_tsquery('simple'::regconfig, q)$b$$f$,
		coalesce(queries || ' || ', ''));
END
$migration$;
ALTER TABLE stories ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector(newsroom_ts_config(language), title), 'A') ||
	setweight(to_tsvector(newsroom_ts_config(language), authors), 'B') ||
	setweight(to_tsvector(newsroom_ts_config(language), left(text, 100000)), 'C')
) STORED;
CREATE INDEX IF NOT EXISTS stories_search ON stories USING gin (search);
`

// baseSchema is the first schema step, written once for both dialects:
// intType is the type of the version counter and timeType that of the
// time columns (SQLite keeps RFC 3339 text, PostgreSQL timestamptz).
func baseSchema(intType, timeType string) string {
	return fmt.Sprintf(`
CREATE TABLE IF NOT EXISTS stories (
	id            TEXT PRIMARY KEY,
	version       %[1]s NOT NULL,
	url           TEXT NOT NULL,
	canonical_url TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	site_name     TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	authors       TEXT NOT NULL DEFAULT '[]',
	published_at  %[2]s,
	modified_at   %[2]s,
	language      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	image         TEXT NOT NULL DEFAULT '',
	section       TEXT NOT NULL DEFAULT '',
	tags          TEXT NOT NULL DEFAULT '[]',
	tier          TEXT NOT NULL DEFAULT '',
	fetched_at    %[2]s,
	discovered_at %[2]s,
	stored_at     %[2]s NOT NULL,
	updated_at    %[2]s NOT NULL,
	provenance    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS stories_stored_at ON stories (stored_at);
CREATE INDEX IF NOT EXISTS stories_updated_at ON stories (updated_at);
CREATE TABLE IF NOT EXISTS story_urls (
	url        TEXT PRIMARY KEY,
	story_id   TEXT NOT NULL,
	tier       TEXT NOT NULL DEFAULT '',
	fetched_at %[2]s,
	first_seen %[2]s NOT NULL
);
CREATE INDEX IF NOT EXISTS story_urls_story_id ON story_urls (story_id, url);
`, intType, timeType)
}
