package redisstate

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/statetest"
)

// RedisURL is where the tests find Redis (NEWSROOM_TEST_REDIS overrides).
func redisURL() string {
	if u := os.Getenv("NEWSROOM_TEST_REDIS"); u != "" {
		return u
	}
	return "redis://127.0.0.1:6379/0"
}

var seq atomic.Int64

func open(t testing.TB) *Store {
	t.Helper()
	return openPrefix(t, fmt.Sprintf("nrtest:%d:%d:", time.Now().UnixNano(), seq.Add(1)))
}

// openPrefix opens a store whose keys start with prefix and deletes them at cleanup.
func openPrefix(t testing.TB, prefix string) *Store {
	t.Helper()
	s, err := Open(context.Background(), redisURL(), Options{Prefix: prefix})
	if err != nil {
		t.Fatalf("%v\n(start Redis: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no, or set NEWSROOM_TEST_REDIS)", err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		iter := s.c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		var batch []string
		for iter.Next(ctx) {
			if batch = append(batch, iter.Val()); len(batch) == 1000 {
				s.c.Unlink(ctx, batch...)
				batch = batch[:0]
			}
		}
		if len(batch) > 0 {
			s.c.Unlink(ctx, batch...)
		}
		s.Close()
	})
	return s
}

func TestContract(t *testing.T) {
	statetest.Run(t, func(t *testing.T) state.Store { return open(t) })
}

func TestUnreachable(t *testing.T) {
	_, err := Open(context.Background(), "redis://127.0.0.1:1/0", Options{DialTimeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), "redis at 127.0.0.1:1") {
		t.Fatalf("err = %v, want one naming redis and the address", err)
	}
}

func TestOpenBadURL(t *testing.T) {
	for _, u := range []string{"redis://h:notaport/0", "redis+cluster://127.0.0.1:1?bogus=1", "http://h"} {
		if _, err := Open(context.Background(), u, Options{DialTimeout: time.Second}); err == nil ||
			!strings.Contains(err.Error(), "parse redis") {
			t.Errorf("Open(%q) err = %v, want a parse error", u, err)
		}
	}
	_, err := Open(context.Background(), "redis+cluster://127.0.0.1:1", Options{DialTimeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), "redis at 127.0.0.1:1") {
		t.Fatalf("cluster err = %v, want one naming redis and the address", err)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"redis://:secret@h:6379/0": "redis://:xxxxx@h:6379/0",
		"rediss://user:pw@h:6380":  "rediss://user:xxxxx@h:6380",
		"redis://127.0.0.1:6379/0": "redis://127.0.0.1:6379/0",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
