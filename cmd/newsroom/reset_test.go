package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// streamNames lists the streams on a server.
func streamNames(t *testing.T, js jetstream.JetStream) []string {
	t.Helper()
	var out []string
	l := js.StreamNames(context.Background())
	for n := range l.Name() {
		out = append(out, n)
	}
	if err := l.Err(); err != nil && !errors.Is(err, jetstream.ErrEndOfData) {
		t.Fatal(err)
	}
	return out
}

// TestStatusAndAdminReadOnly: status and admin pointed at a NATS server with
// no pipeline create nothing on it; status says there is no pipeline, admin
// serves its dashboard and says so in /status.
func TestStatusAndAdminReadOnly(t *testing.T) {
	env := bustest.Start(t)
	noenv := func(string) string { return "" }
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{"status", "--nats", env.URL}, &out, &errb, noenv)
	if err == nil || !strings.Contains(err.Error(), "no newsroom pipeline") {
		t.Errorf("status on an empty server: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- dispatch(ctx, []string{"admin", "--nats", env.URL, "--admin-addr", "127.0.0.1:0", "--log-level", "warn"}, &logs, &logs, noenv)
	}()
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == ""; {
		if m := regexp.MustCompile(`dashboard at http://([^/\s]+)/`).FindStringSubmatch(logs.String()); m != nil {
			base = "http://" + m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("admin printed no address:\n%s", logs.String())
		} else {
			time.Sleep(50 * time.Millisecond)
		}
	}
	code, body := httpGet(t, base+"/status", "")
	if code != 200 || !strings.Contains(string(body), "stages_error") {
		t.Errorf("/status %d: %s", code, body)
	}
	httpGet(t, base+"/metrics", "")
	cancel()
	<-done
	if names := streamNames(t, env.JS); len(names) > 0 {
		t.Errorf("status/admin created streams %v", names)
	}
	if _, err := env.JS.ObjectStore(context.Background(), bus.BucketBodies); err == nil {
		t.Error("status/admin created the body bucket")
	}
}

// TestReset: reset lists and refuses without --yes; with it, it removes the
// crawl's streams, bucket, Redis keys under its prefix (not another crawl's)
// and tables, on real NATS, Redis, SQLite and PostgreSQL.
func TestReset(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ name, store string }{
		{"sqlite", "sqlite:" + storetest.SQLitePath(t)},
		{"postgres", storetest.PostgresURL(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := bustest.Start(t)
			if err := bus.Ensure(ctx, env.JS, bus.StreamOptions{Memory: true}, bus.ConsumerOptions{}); err != nil {
				t.Fatal(err)
			}
			base := fmt.Sprintf("nrtest:reset:%d", time.Now().UnixNano())
			mine := base + "?:"  // a glob character in the prefix is matched literally...
			other := base + "Z:" // ...so another crawl's keys that the glob would match stay
			defer cleanRedisPrefix(t, base)
			rdb := redis.NewClient(mustRedisOptions(t))
			defer rdb.Close()
			for i := 0; i < 1200; i++ {
				rdb.Set(ctx, fmt.Sprintf("%sseen:%d", mine, i), "1", time.Hour)
			}
			rdb.Set(ctx, other+"seen:1", "1", time.Hour)
			st, err := store.Open(ctx, tc.store, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Apply(ctx, []bus.Article{storetest.Story("s1", 1, "https://a.example/1")}); err != nil {
				t.Fatal(err)
			}
			st.Close()

			args := []string{"reset", "--nats", env.URL, "--redis", redisURL(), "--redis-prefix", mine, "--store", tc.store}
			var out, errb bytes.Buffer
			err = dispatch(ctx, args, &out, &errb, func(string) string { return "" })
			if err == nil || !strings.Contains(err.Error(), "without --yes") {
				t.Fatalf("reset without --yes: err = %v", err)
			}
			for _, want := range []string{bus.StreamFrontier, bus.StreamDLQ, bus.BucketBodies, "1200 Redis keys", "story tables"} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("plan lacks %q:\n%s", want, out.String())
				}
			}
			if len(streamNames(t, env.JS)) < 4 {
				t.Fatal("reset without --yes removed streams")
			}

			out.Reset()
			if err := dispatch(ctx, append(args, "--yes"), &out, &errb, func(string) string { return "" }); err != nil {
				t.Fatalf("reset --yes: %v\n%s", err, out.String())
			}
			if names := streamNames(t, env.JS); len(names) > 0 {
				t.Errorf("streams left: %v", names)
			}
			if _, err := env.JS.ObjectStore(ctx, bus.BucketBodies); err == nil {
				t.Error("body bucket left")
			}
			if n, _ := rdb.Exists(ctx, mine+"seen:7").Result(); n != 0 {
				t.Error("a key of the reset crawl is left")
			}
			if n, _ := rdb.Exists(ctx, other+"seen:1").Result(); n != 1 {
				t.Error("another crawl's key was removed")
			}
			st, err = store.Open(ctx, tc.store, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if n, _, err := st.Count(ctx); err != nil || n != 0 {
				t.Errorf("after reset the store has %d stories (%v)", n, err)
			}
		})
	}
}
