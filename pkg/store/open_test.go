package store_test

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		url     string
		want    []string // substrings of the error
		notWant string   // must not appear (a password)
	}{
		{"postgres refused", "postgres://postgres:hunter2@127.0.0.1:1/test?sslmode=disable",
			[]string{"open postgres store at 127.0.0.1:1"}, "hunter2"},
		{"postgresql scheme", "postgresql://u:s3cret@127.0.0.1:1/test?sslmode=disable&connect_timeout=2",
			[]string{"open postgres store at 127.0.0.1:1"}, "s3cret"},
		{"postgres escaped password", "postgres://u:p%40zq9%2Fxk@127.0.0.1:1/test?sslmode=disable",
			[]string{"open postgres store at 127.0.0.1:1"}, "zq9"},
		{"postgres malformed", "postgres://u:pw%zz@[::1/db",
			[]string{"open postgres store", "malformed"}, "pw%zz"},
		{"sqlite missing dir", "/nonexistent-newsroom-dir/sub/a.db",
			[]string{"open sqlite store at /nonexistent-newsroom-dir/sub/a.db"}, ""},
		{"sqlite prefix missing dir", "sqlite:/nonexistent-newsroom-dir/a.db",
			[]string{"open sqlite store at /nonexistent-newsroom-dir/a.db"}, ""},
		{"sqlite directory", "sqlite:" + dir, []string{"open sqlite store", "directory"}, ""},
		{"sqlite under a file", filepath.Join(notDir, "a.db"), []string{"open sqlite store at " + notDir}, ""},
		{"sqlite memory", ":memory:", []string{"open sqlite store", "in-memory"}, ""},
		{"sqlite empty", "", []string{"open sqlite store", "empty path"}, ""},
		{"unknown scheme", "mysql://root@127.0.0.1/x", []string{"unsupported scheme \"mysql\""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()
			start := time.Now()
			s, err := store.Open(ctx, tt.url, store.Options{ConnectTimeout: 2 * time.Second})
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want error", tt.url)
			}
			t.Logf("after %v: %v", time.Since(start).Round(time.Millisecond), err)
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Open(%q) error %q does not contain %q", tt.url, err, w)
				}
			}
			if tt.notWant != "" && strings.Contains(err.Error(), tt.notWant) {
				t.Errorf("Open(%q) error %q leaks %q", tt.url, err, tt.notWant)
			}
		})
	}
}

// TestPostgresSilentServer checks that a server that accepts but never
// answers fails Open within the connect timeout instead of hanging.
func TestPostgresSilentServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	held := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			held <- c
		}
	}()
	defer func() {
		for len(held) > 0 {
			(<-held).Close()
		}
	}()
	addr := ln.Addr().String()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	start := time.Now()
	s, err := store.Open(ctx, "postgres://postgres@"+addr+"/test?sslmode=disable", store.Options{ConnectTimeout: 500 * time.Millisecond})
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded against a silent server")
	}
	t.Logf("after %v: %v", time.Since(start).Round(time.Millisecond), err)
	if !strings.Contains(err.Error(), "open postgres store at "+addr) {
		t.Errorf("error %q does not name postgres and %s", err, addr)
	}
}

// TestPostgresSchemaSelection checks the three ways to pick a schema.
func TestPostgresSchemaSelection(t *testing.T) {
	base := storetest.PostgresBaseURL()
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	conn, err := pgx.Connect(t.Context(), base)
	if err != nil {
		t.Fatalf("connect %s: %v", storetest.PostgresEnv, err)
	}
	defer conn.Close(context.Background())
	tests := []struct {
		name, schema string
		url          func(schema string) string
		opts         func(schema string) store.Options
	}{
		{"schema param", "storetest_sel_a", func(s string) string { return base + sep + "schema=" + s }, nil},
		{"search_path param", "storetest_sel_b", func(s string) string { return base + sep + "search_path=" + s }, nil},
		{"options field", "storetest_sel_c", func(string) string { return base }, func(s string) store.Options { return store.Options{Schema: s} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			drop := func() {
				if _, err := conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+tt.schema+" CASCADE"); err != nil {
					t.Errorf("drop: %v", err)
				}
			}
			drop()
			t.Cleanup(drop)
			var opts store.Options
			if tt.opts != nil {
				opts = tt.opts(tt.schema)
			}
			s, err := store.Open(t.Context(), tt.url(tt.schema), opts)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Apply(t.Context(), storetest.Batch("x", 2, 10)); err != nil {
				t.Fatal(err)
			}
			var n int
			if err := conn.QueryRow(t.Context(), "SELECT count(*) FROM "+tt.schema+".stories").Scan(&n); err != nil || n != 2 {
				t.Errorf("%s.stories has %d rows (%v), want 2", tt.schema, n, err)
			}
		})
	}
}

func TestPostgresLZ4(t *testing.T) {
	u := storetest.PostgresURL(t)
	s, err := store.Open(t.Context(), u, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pu, _ := url.Parse(u)
	schema := pu.Query().Get("schema")
	conn, err := pgx.Connect(t.Context(), storetest.PostgresBaseURL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	var version int
	var method string
	err = conn.QueryRow(t.Context(), `SELECT current_setting('server_version_num')::int,
		coalesce(a.attcompression::text, '')
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relname = 'stories' AND a.attname = 'text'`, schema).Scan(&version, &method)
	if err != nil {
		t.Fatalf("read column compression: %v", err)
	}
	t.Logf("server %d, stories.text compression %q", version, method)
	if version >= 140000 && method != "l" {
		t.Errorf("stories.text compression = %q, want l (lz4) on server %d", method, version)
	}
	var n int
	if err := conn.QueryRow(t.Context(), `SELECT count(*) FROM `+pgx.Identifier{schema, "schema_migrations"}.Sanitize()).Scan(&n); err != nil || n != store.SchemaVersion() {
		t.Errorf("schema_migrations rows = %d, %v; want %d", n, err, store.SchemaVersion())
	}
}

func TestSQLitePragmas(t *testing.T) {
	path := storetest.SQLitePath(t)
	s, err := store.Open(t.Context(), "sqlite:"+path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Backend() != store.BackendSQLite {
		t.Errorf("backend = %q", s.Backend())
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestStats(t *testing.T) {
	for _, tc := range []struct {
		name string
		open storetest.Location
	}{{"sqlite", sqliteLocation}, {"postgres", postgresLocation}} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := tc.open(t)(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			s := st.(*store.Store)
			defer s.Close()
			if err := s.Apply(t.Context(), storetest.Batch("a", 3, 100)); err != nil {
				t.Fatal(err)
			}
			if err := s.Apply(t.Context(), storetest.Batch("b", 2, 100)); err != nil {
				t.Fatal(err)
			}
			_ = s.Apply(t.Context(), storetest.Batch("", 1, 10)) // invalid: empty ids
			got, err := s.Stats(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if got.Backend != tc.name || got.Stories != 5 || got.URLs != 5 || got.Batches != 2 ||
				got.Messages != 5 || got.FailedBatches != 1 || got.LastBatchSize != 2 ||
				got.LastBatchLatency <= 0 || got.LastBatchAt.IsZero() || got.Location == "" {
				t.Errorf("stats = %+v", got)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	if err := store.Validate(storetest.Story("x", 1, "https://news.example/")); err != nil {
		t.Errorf("valid story: %v", err)
	}
	if err := store.Validate(storetest.Alias("", "u")); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("alias without id: %v, want ErrInvalid", err)
	}
}
