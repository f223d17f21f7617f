package store_test

import (
	"context"
	"database/sql"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsroom.dev/pkg/bus"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// oldRows are a story and a copy as release 2 of the schema stored them.
var oldRows = []string{
	`INSERT INTO stories (id, version, url, site, title, authors, language, text, tags, stored_at, updated_at)
	 VALUES ('old1', 1, 'https://Old.Example/a', 'old.example', 'Lighthouse keeper retires', '["Grace Hopper"]', 'en',
	 'After forty years the lighthouse keeper retires.', '[]', '2026-01-02T03:04:05.000000Z', '2026-01-02T03:04:05.000000Z')`,
	`INSERT INTO story_urls (url, story_id, tier, first_seen) VALUES ('https://Old.Example/a', 'old1', '', '2026-01-02T03:04:05.000000Z')`,
	`INSERT INTO story_urls (url, story_id, tier, first_seen) VALUES ('https://copy.example:8443/x?y=1', 'old1', 'text', '2026-01-02T03:05:05.000000Z')`,
}

// checkUpgraded opens the old database through store.Open and checks that
// the old story is searchable and its copies have their sites.
// The copies' sites are checked when the database predates them (sites).
func checkUpgraded(t *testing.T, loc string, sites bool) {
	t.Helper()
	for range 2 { // the second Open finds nothing left to do
		s, err := store.Open(t.Context(), loc, store.Options{})
		if err != nil {
			t.Fatalf("open old database: %v", err)
		}
		p, err := s.Search(t.Context(), store.SearchQuery{Text: "lighthouse", Site: "old.example"})
		if err != nil || len(p.Stories) != 1 || p.Stories[0].ID != "old1" || p.Stories[0].Copies != 2 {
			t.Errorf("search the old story: %+v, %v", p, err)
		}
		p, err = s.Search(t.Context(), store.SearchQuery{Author: "grace HOPPER", Lang: "en"})
		if err != nil || len(p.Stories) != 1 || p.Stories[0].ID != "old1" {
			t.Errorf("list the old story by author: %+v, %v", p, err)
		}
		d, err := s.Story(t.Context(), "old1")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Copies {
			got = append(got, c.Site)
		}
		if (sites && strings.Join(got, ",") != "old.example,copy.example:8443") || d.Original.Decided != store.DecidedUnknown {
			t.Errorf("old story's copies have sites %v, original %+v", got, d.Original)
		}
		if err := s.Apply(t.Context(), []bus.Article{storetest.Article("new1", "new.example", "en", "Lighthouse sold",
			"The old lighthouse was sold.", time.Now())}); err != nil {
			t.Fatal(err)
		}
		if p, err := s.Search(t.Context(), store.SearchQuery{Text: "lighthouse"}); err != nil || len(p.Stories) != 2 {
			t.Errorf("search after a new story: %d stories, %v", len(p.Stories), err)
		}
		s.Close()
	}
}

func TestUpgradeSQLiteFromVersion2(t *testing.T) { upgradeSQLite(t, 3) }

// TestUpgradeSQLiteFromVersion4 upgrades a database with the FTS index of
// version 3 to the one with facets.
func TestUpgradeSQLiteFromVersion4(t *testing.T) { upgradeSQLite(t, 5) }

// upgradeSQLite builds a database with the migrations before upTo and old
// rows, and checks that Open upgrades it.
func upgradeSQLite(t *testing.T, upTo int) {
	path := storetest.SQLitePath(t)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	versions, stmts := store.MigrationSQL(store.BackendSQLite, upTo)
	exec := func(q string) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
	for i, q := range stmts {
		if strings.TrimSpace(q) != "" {
			exec(q)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (?, 'old', '2026-01-01T00:00:00.000000Z')`, versions[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range oldRows {
		exec(q)
	}
	db.Close()
	checkUpgraded(t, path, upTo <= 3)
}

func TestUpgradePostgresFromVersion2(t *testing.T) {
	loc := storetest.PostgresURL(t)
	u, _ := url.Parse(loc)
	schema := u.Query().Get("schema")
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, storetest.PostgresBaseURL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	exec := func(q string, args ...any) {
		if _, err := conn.Exec(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	id := pgx.Identifier{schema}.Sanitize()
	exec(`CREATE SCHEMA ` + id)
	exec(`SET search_path TO ` + id)
	exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`)
	versions, stmts := store.MigrationSQL(store.BackendPostgres, 3)
	for i, q := range stmts {
		exec(q)
		exec(`INSERT INTO schema_migrations (version, name) VALUES ($1, 'old')`, versions[i])
	}
	for _, q := range oldRows {
		exec(q)
	}
	checkUpgraded(t, loc, true)
}
