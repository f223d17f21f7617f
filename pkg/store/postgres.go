package store

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

type pgEngine struct {
	pool       *pgxpool.Pool
	maxRetries int
	bounds     *boundCache // relevance searches' stored-time bounds (rankBound)
}

// pgTarget splits a postgres URL into the connection string pgx should see,
// the schema to use, the host:port for messages and the password to redact.
func pgTarget(raw string, opts Options) (connString, schema, where, password string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		// url.Parse errors quote the input; keep the password out of them.
		return "", "", "(unparsable URL)", "", errors.New("malformed postgres URL")
	}
	password, _ = u.User.Password()
	where = u.Host
	if where == "" {
		where = "default host"
	}
	q := u.Query()
	schema = q.Get("schema")
	q.Del("schema")
	if schema == "" {
		if sp := q.Get("search_path"); sp != "" {
			first, _, _ := strings.Cut(sp, ",")
			schema = strings.Trim(strings.TrimSpace(first), `"`)
		}
	}
	if opts.Schema != "" {
		schema = opts.Schema
	}
	if schema != "" {
		q.Del("search_path")
	}
	u.RawQuery = q.Encode()
	return u.String(), schema, where, password, nil
}

func openPostgres(ctx context.Context, raw string, opts Options) (*Store, error) {
	connString, schema, where, password, err := pgTarget(raw, opts)
	encoded := "" // the password as written in the URL, if escaped
	if at := strings.LastIndex(raw, "@"); at > 0 {
		if _, userinfo, ok := strings.Cut(raw[:at], "://"); ok {
			_, encoded, _ = strings.Cut(userinfo, ":")
		}
	}
	fail := func(err error) (*Store, error) {
		err = fmt.Errorf("open postgres store at %s: %w", where, err)
		return nil, redact(redact(err, password), encoded)
	}
	if err != nil {
		return fail(err)
	}
	cfg, err := pgxpool.ParseConfig(connString)
	if err != nil {
		return fail(err)
	}
	if h := cfg.ConnConfig.Host; h != "" && !strings.HasPrefix(h, "/") {
		where = net.JoinHostPort(h, strconv.Itoa(int(cfg.ConnConfig.Port)))
	}
	cfg.MaxConns = int32(opts.MaxConns)
	if !strings.Contains(connString, "connect_timeout=") {
		cfg.ConnConfig.ConnectTimeout = opts.ConnectTimeout
	}
	if schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{schema}.Sanitize()
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return fail(err)
	}
	pctx, cancel := context.WithTimeout(ctx, opts.ConnectTimeout)
	defer cancel()
	if err := pool.Ping(pctx); err != nil {
		pool.Close()
		return fail(fmt.Errorf("connect (timeout %v): %w", opts.ConnectTimeout, err))
	}
	e := &pgEngine{pool: pool, maxRetries: opts.MaxRetries, bounds: newBoundCache()}
	if err := e.migrate(ctx, schema, migrations()); err != nil {
		pool.Close()
		return fail(err)
	}
	return &Store{backend: BackendPostgres, where: where, eng: e}, nil
}

// migrate applies missing migrations in one transaction under an advisory
// lock keyed by the schema, so concurrent Opens take turns.
func (e *pgEngine) migrate(ctx context.Context, schema string, migs []migration) error {
	h := fnv.New64a()
	h.Write([]byte("newsroom/store:" + schema))
	key := int64(h.Sum64())
	return pgx.BeginFunc(ctx, e.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, key); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		if schema != "" {
			id := pgx.Identifier{schema}.Sanitize()
			if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+id); err != nil {
				return fmt.Errorf("create schema %s: %w", id, err)
			}
			if _, err := tx.Exec(ctx, `SET LOCAL search_path TO `+id); err != nil {
				return fmt.Errorf("set search_path: %w", err)
			}
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
		if err != nil {
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		applied, err := pgx.CollectRows(rows, pgx.RowTo[int32])
		if err != nil {
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		done := map[int]bool{}
		for _, v := range applied {
			done[int(v)] = true
		}
		for _, m := range migs {
			if done[m.version] {
				continue
			}
			if strings.TrimSpace(m.postgres) != "" {
				if _, err := tx.Exec(ctx, m.postgres); err != nil {
					return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
				}
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
				return fmt.Errorf("record migration %d: %w", m.version, err)
			}
		}
		return nil
	})
}

func (e *pgEngine) apply(ctx context.Context, urls []urlRow, stories []storyRow) error {
	var err error
	for attempt := 0; ; attempt++ {
		err = e.applyOnce(ctx, urls, stories)
		if err == nil || attempt >= e.maxRetries || !retryable(err) || ctx.Err() != nil {
			return err
		}
	}
}

// retryable reports a deadlock or serialization failure, which a retry of
// the whole transaction resolves.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

func (e *pgEngine) applyOnce(ctx context.Context, urls []urlRow, stories []storyRow) error {
	pgInsertURL, pgUpsertStory := pgSQL(insertURLSQL), pgSQL(upsertStorySQL)
	return pgx.BeginFunc(ctx, e.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, u := range urls {
			b.Queue(pgInsertURL, u.url, u.storyID, u.tier, u.fetchedAt, u.firstSeen, u.site, u.canonicalURL, u.version, u.signals)
		}
		for _, s := range stories {
			b.Queue(pgUpsertStory, s.id, s.version, s.url, s.canonicalURL, s.site, s.siteName, s.title,
				s.authors, s.publishedAt, s.modifiedAt, s.language, s.text, s.image,
				s.section, s.tags, s.tier, s.fetchedAt, s.discoveredAt, s.provenance, s.now, s.publishedOffset)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("batch: %w", err)
		}
		return nil
	})
}

const pgStoriesSQL = `SELECT ` + storyColumns + `,
	ARRAY(SELECT u.url FROM story_urls u WHERE u.story_id = s.id AND u.url <> s.url ORDER BY u.url)
FROM stories s`

func (e *pgEngine) stories(ctx context.Context, q storyQuery, fn func(*Story) error) error {
	var rows pgx.Rows
	var err error
	where, args := storyWhere(q, func(t time.Time) any { return t })
	rows, err = e.pool.Query(ctx, pgStoriesSQL+pgSQL(where), args...)
	if err != nil {
		return fmt.Errorf("query stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			st              Story
			authors, tags   string
			fetched, stored *time.Time
			updated         *time.Time
			offset          *int64
		)
		if err := rows.Scan(&st.ID, &st.Version, &st.URL, &st.CanonicalURL, &st.Site, &st.SiteName, &st.Title,
			&authors, &st.PublishedAt, &st.ModifiedAt, &st.Language, &st.Text, &st.Image, &st.Section,
			&tags, &st.Tier, &fetched, &stored, &updated, &offset, &st.Duplicates); err != nil {
			return fmt.Errorf("scan story: %w", err)
		}
		st.Authors, st.Tags = decodeList(authors), decodeList(tags)
		if st.Duplicates == nil {
			st.Duplicates = []string{}
		}
		st.PublishedAt = inZone(utcPtr(st.PublishedAt), offset)
		st.ModifiedAt = utcPtr(st.ModifiedAt)
		if fetched != nil {
			st.FetchedAt = fetched.UTC()
		}
		if stored != nil {
			st.StoredAt = stored.UTC()
			st.FirstStoredAt = st.StoredAt
		}
		if updated != nil {
			st.UpdatedAt = updated.UTC()
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

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func (e *pgEngine) count(ctx context.Context) (stories, urls int, err error) {
	var s, u int64
	err = e.pool.QueryRow(ctx, countSQL).Scan(&s, &u)
	return int(s), int(u), err
}

func (e *pgEngine) close() error {
	e.pool.Close()
	return nil
}
