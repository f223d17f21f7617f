package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteTime is how SQLite columns hold instants: fixed width, UTC, so text
// order is time order.
const sqliteTime = "2006-01-02T15:04:05.000000Z"

type sqliteEngine struct {
	w *sql.DB // one connection: all writes
	r *sql.DB // readers
}

func openSQLite(ctx context.Context, path string, opts Options) (*Store, error) {
	fail := func(err error) (*Store, error) {
		return nil, fmt.Errorf("open sqlite store at %s: %w", path, err)
	}
	switch {
	case path == "":
		return fail(errors.New("empty path"))
	case path == ":memory:" || strings.HasPrefix(path, "file::memory:"):
		return fail(errors.New("in-memory databases are not supported; use a file path"))
	case strings.ContainsAny(path, "?#"):
		return fail(errors.New("path must not contain '?' or '#'"))
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fail(errors.New("path is a directory"))
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", -opts.CacheKB))
	q.Set("_txlock", "immediate")
	w, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return fail(err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	e := &sqliteEngine{w: w}
	if err := retryBusy(ctx, opts.BusyTimeout, func() error { return e.migrate(ctx, migrations()) }); err != nil {
		w.Close()
		return fail(err)
	}
	rq := url.Values{}
	rq.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	rq.Add("_pragma", "query_only(1)")
	rq.Add("_pragma", fmt.Sprintf("cache_size(%d)", -opts.CacheKB))
	r, err := sql.Open("sqlite", path+"?"+rq.Encode())
	if err != nil {
		w.Close()
		return fail(err)
	}
	r.SetMaxOpenConns(opts.ReadConns)
	r.SetMaxIdleConns(opts.ReadConns)
	if err := retryBusy(ctx, opts.BusyTimeout, func() error { return r.PingContext(ctx) }); err != nil {
		w.Close()
		r.Close()
		return fail(err)
	}
	e.r = r
	return &Store{backend: BackendSQLite, where: path, eng: e}, nil
}

// retryBusy runs fn again while it fails with SQLITE_BUSY, up to timeout.
// Switching a fresh file to WAL, which every connection's setup does, can
// report busy at once without waiting on busy_timeout when several
// processes open the same new file.
func retryBusy(ctx context.Context, timeout time.Duration, fn func() error) error {
	deadline := time.Now().Add(timeout)
	wait := 5 * time.Millisecond
	for {
		err := fn()
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
}

func (e *sqliteEngine) migrate(ctx context.Context, migs []migration) error {
	tx, err := e.w.BeginTx(ctx, nil) // BEGIN IMMEDIATE: serialises Opens across processes
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	done := map[int]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		done[v] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for _, m := range migs {
		if done[m.version] {
			continue
		}
		if strings.TrimSpace(m.sqlite) != "" {
			if _, err := tx.ExecContext(ctx, m.sqlite); err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)`,
			m.version, m.name, time.Now().UTC().Format(sqliteTime)); err != nil {
			return fmt.Errorf("record migration %d: %w", m.version, err)
		}
	}
	return tx.Commit()
}

func sqliteTimeArg(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.Format(sqliteTime)
}

func (e *sqliteEngine) apply(ctx context.Context, urls []urlRow, stories []storyRow) error {
	tx, err := e.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	insURL, err := tx.PrepareContext(ctx, insertURLSQL)
	if err != nil {
		return fmt.Errorf("prepare url insert: %w", err)
	}
	defer insURL.Close()
	for _, u := range urls {
		if _, err := insURL.ExecContext(ctx, u.url, u.storyID, u.tier, sqliteTimeArg(u.fetchedAt), u.firstSeen.Format(sqliteTime),
			u.site, u.canonicalURL, u.version, u.signals); err != nil {
			return fmt.Errorf("insert url %q: %w", u.url, err)
		}
	}
	if len(stories) > 0 {
		up, err := tx.PrepareContext(ctx, upsertStorySQL)
		if err != nil {
			return fmt.Errorf("prepare story upsert: %w", err)
		}
		defer up.Close()
		for _, s := range stories {
			if _, err := up.ExecContext(ctx, s.id, s.version, s.url, s.canonicalURL, s.site, s.siteName, s.title,
				s.authors, sqliteTimeArg(s.publishedAt), sqliteTimeArg(s.modifiedAt), s.language, s.text, s.image,
				s.section, s.tags, s.tier, sqliteTimeArg(s.fetchedAt), sqliteTimeArg(s.discoveredAt), s.provenance,
				s.now.Format(sqliteTime), s.publishedOffset); err != nil {
				return fmt.Errorf("upsert story %q: %w", s.id, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

const sqliteStoriesSQL = `SELECT ` + storyColumns + `,
	(SELECT json_group_array(d.url) FROM (
		SELECT u.url FROM story_urls u WHERE u.story_id = s.id AND u.url <> s.url ORDER BY u.url
	) d)
FROM stories s`

func (e *sqliteEngine) stories(ctx context.Context, q storyQuery, fn func(*Story) error) error {
	var rows *sql.Rows
	var err error
	where, args := storyWhere(q, func(t time.Time) any { return t.Format(sqliteTime) })
	rows, err = e.r.QueryContext(ctx, sqliteStoriesSQL+where, args...)
	if err != nil {
		return fmt.Errorf("query stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			st                                   Story
			authors, tags, dups                  string
			published, modified, fetched, stored sql.NullString
			updated                              sql.NullString
			offset                               *int64
		)
		if err := rows.Scan(&st.ID, &st.Version, &st.URL, &st.CanonicalURL, &st.Site, &st.SiteName, &st.Title,
			&authors, &published, &modified, &st.Language, &st.Text, &st.Image, &st.Section,
			&tags, &st.Tier, &fetched, &stored, &updated, &offset, &dups); err != nil {
			return fmt.Errorf("scan story: %w", err)
		}
		st.Authors, st.Tags, st.Duplicates = decodeList(authors), decodeList(tags), decodeList(dups)
		st.PublishedAt = inZone(parseSQLiteTime(published), offset)
		st.ModifiedAt = parseSQLiteTime(modified)
		if t := parseSQLiteTime(fetched); t != nil {
			st.FetchedAt = *t
		}
		if t := parseSQLiteTime(stored); t != nil {
			st.StoredAt, st.FirstStoredAt = *t, *t
		}
		if t := parseSQLiteTime(updated); t != nil {
			st.UpdatedAt = *t
		}
		if err := fn(&st); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read stories: %w", err)
	}
	return nil
}

func parseSQLiteTime(s sql.NullString) *time.Time {
	if !s.Valid || s.String == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return nil
	}
	t = t.UTC()
	return &t
}

func (e *sqliteEngine) count(ctx context.Context) (stories, urls int, err error) {
	err = e.r.QueryRowContext(ctx, countSQL).Scan(&stories, &urls)
	return stories, urls, err
}

func (e *sqliteEngine) close() error {
	var errs []error
	if e.r != nil {
		errs = append(errs, e.r.Close())
	}
	errs = append(errs, e.w.Close())
	return errors.Join(errs...)
}
