// Package redistest opens the test Redis for a test under a key prefix of its
// own and removes the prefix's keys at cleanup, so tests can share one server.
package redistest

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"newsroom.dev/pkg/state/redisstate"
)

// URL is where tests find Redis: NEWSROOM_TEST_REDIS, else the local default.
func URL() string {
	if u := os.Getenv("NEWSROOM_TEST_REDIS"); u != "" {
		return u
	}
	return "redis://127.0.0.1:6379/0"
}

var seq atomic.Int64

// Open connects to the test Redis with a fresh prefix starting with tag. It
// fails the test, saying how to start Redis, when the server is unreachable.
func Open(tb testing.TB, tag string) *redisstate.Store {
	tb.Helper()
	prefix := fmt.Sprintf("nrtest:%s:%d:%d:", tag, time.Now().UnixNano(), seq.Add(1))
	s, err := redisstate.Open(context.Background(), URL(), redisstate.Options{Prefix: prefix})
	if err != nil {
		tb.Fatalf("%v\n(start Redis: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no, or set NEWSROOM_TEST_REDIS)", err)
	}
	tb.Cleanup(func() {
		ctx := context.Background()
		c := s.Client()
		iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
		s.Close()
	})
	return s
}
