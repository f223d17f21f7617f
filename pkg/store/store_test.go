package store_test

import (
	"context"
	"testing"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

func sqliteLocation(t *testing.T) storetest.Opener {
	path := storetest.SQLitePath(t)
	return func(ctx context.Context) (storetest.Store, error) {
		return store.Open(ctx, path, store.Options{})
	}
}

func postgresLocation(t *testing.T) storetest.Opener {
	url := storetest.PostgresURL(t)
	return func(ctx context.Context) (storetest.Store, error) {
		return store.Open(ctx, url, store.Options{})
	}
}

func TestSQLite(t *testing.T) { storetest.Run(t, sqliteLocation) }

func TestPostgres(t *testing.T) { storetest.Run(t, postgresLocation) }
