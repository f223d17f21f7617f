package store

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
			version: 1,
			name:    "stories and story_urls",
			sqlite: `
CREATE TABLE IF NOT EXISTS stories (
	id            TEXT PRIMARY KEY,
	version       INTEGER NOT NULL,
	url           TEXT NOT NULL,
	canonical_url TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	site_name     TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	authors       TEXT NOT NULL DEFAULT '[]',
	published_at  TEXT,
	modified_at   TEXT,
	language      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	image         TEXT NOT NULL DEFAULT '',
	section       TEXT NOT NULL DEFAULT '',
	tags          TEXT NOT NULL DEFAULT '[]',
	tier          TEXT NOT NULL DEFAULT '',
	fetched_at    TEXT,
	discovered_at TEXT,
	stored_at     TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	provenance    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS stories_stored_at ON stories (stored_at);
CREATE INDEX IF NOT EXISTS stories_updated_at ON stories (updated_at);
CREATE TABLE IF NOT EXISTS story_urls (
	url        TEXT PRIMARY KEY,
	story_id   TEXT NOT NULL,
	tier       TEXT NOT NULL DEFAULT '',
	fetched_at TEXT,
	first_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_urls_story_id ON story_urls (story_id, url);
`,
			postgres: `
CREATE TABLE IF NOT EXISTS stories (
	id            TEXT PRIMARY KEY,
	version       BIGINT NOT NULL,
	url           TEXT NOT NULL,
	canonical_url TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	site_name     TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	authors       TEXT NOT NULL DEFAULT '[]',
	published_at  TIMESTAMPTZ,
	modified_at   TIMESTAMPTZ,
	language      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	image         TEXT NOT NULL DEFAULT '',
	section       TEXT NOT NULL DEFAULT '',
	tags          TEXT NOT NULL DEFAULT '[]',
	tier          TEXT NOT NULL DEFAULT '',
	fetched_at    TIMESTAMPTZ,
	discovered_at TIMESTAMPTZ,
	stored_at     TIMESTAMPTZ NOT NULL,
	updated_at    TIMESTAMPTZ NOT NULL,
	provenance    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS stories_stored_at ON stories (stored_at);
CREATE INDEX IF NOT EXISTS stories_updated_at ON stories (updated_at);
CREATE TABLE IF NOT EXISTS story_urls (
	url        TEXT PRIMARY KEY,
	story_id   TEXT NOT NULL,
	tier       TEXT NOT NULL DEFAULT '',
	fetched_at TIMESTAMPTZ,
	first_seen TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS story_urls_story_id ON story_urls (story_id, url);
`,
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
	}
}
