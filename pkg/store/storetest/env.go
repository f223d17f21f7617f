package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PostgresEnv names the environment variable with the test server's URL.
const PostgresEnv = "NEWSROOM_TEST_POSTGRES"

// DefaultPostgresURL is used when PostgresEnv is unset.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// PostgresBaseURL returns the test server URL from PostgresEnv or the default.
func PostgresBaseURL() string {
	if v := os.Getenv(PostgresEnv); v != "" {
		return v
	}
	return DefaultPostgresURL
}

// PostgresURL returns a URL for the test server that selects a fresh schema
// (created by store.Open, dropped at cleanup). It fails the test, with
// instructions, when the server is unreachable.
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	base := PostgresBaseURL()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("PostgreSQL test server unreachable (%s=%q): %v\n"+
			"start one, e.g.: docker run -d --name newsroom-pg -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_DB=test postgres:16\n"+
			"or point %s at a server where the user may create schemas",
			PostgresEnv, redactURL(base), err, PostgresEnv)
	}
	conn.Close(ctx)

	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatalf("random schema name: %v", err)
	}
	schema := "storetest_" + hex.EncodeToString(b[:])
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("schema", schema)
	u.RawQuery = q.Encode()

	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return u.String()
}

// SQLitePath returns a database path in a fresh temporary directory.
func SQLitePath(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "articles.db")
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}
