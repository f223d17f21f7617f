package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/redisstate"
)

// cmdReset removes what one crawl left behind: its streams (with their
// consumers) and body bucket on NATS, its Redis keys (by --redis-prefix) and,
// with --store, its tables. Without --yes it only lists what it would remove.
func cmdReset(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var yes bool
	fs := newFlagSet("reset", "reset --nats URL [--bus-prefix P] [--redis URL --redis-prefix P] [--store URL] --yes",
		"Removes one crawl's state: its JetStream streams, consumers and body bucket, its Redis keys (every key\n"+
			"under --redis-prefix) and, when --store is given, the story tables. Without --yes it lists what\n"+
			"it would remove and changes nothing. Stop the crawl's services first.", stdout)
	o.addNATS(fs, false)
	o.addRedisFlags(fs, "", redisUsage+"; optional here: its keys under --redis-prefix are removed")
	o.addStore(fs, false)
	fs.BoolVar(&yes, "yes", false, "really remove (without it, only list)")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{"reset", fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if o.redis != "" && o.redisPrefix == "" {
		return &usageError{"reset", "--redis-prefix is empty: that would remove every key of the Redis database"}
	}
	e := &env{log: discardLogger(), readOnly: true}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-reset", false); err != nil {
		return err
	}
	var plan []string
	streams := existingStreams(ctx, e.js)
	for _, s := range streams {
		plan = append(plan, "NATS stream "+e.ns.Stream(s)+" (and its consumers)")
	}
	bucketExists := false
	if _, err := e.js.ObjectStore(ctx, bus.BucketBodies); err == nil {
		bucketExists = true
		plan = append(plan, "NATS object store "+e.ns.Bucket(bus.BucketBodies))
	}
	var rdb redis.UniversalClient
	if o.redis != "" {
		if err := e.openState(ctx, &o, false); err != nil {
			return err
		}
		rdb = e.state.(*redisstate.Store).Client()
		n, err := scanPrefix(ctx, rdb, o.redisPrefix, nil)
		if err != nil {
			return err
		}
		plan = append(plan, fmt.Sprintf("%d Redis keys under %q", n, o.redisPrefix))
	}
	if o.storeURL != "" {
		if err := e.openStore(ctx, &o); err != nil {
			return err
		}
		plan = append(plan, "the story tables of "+redactStore(o.storeURL))
	}
	if !yes {
		fmt.Fprintln(stdout, "newsroom reset would remove:")
		for _, p := range plan {
			fmt.Fprintln(stdout, "  "+p)
		}
		return &usageError{"reset", "refusing to remove anything without --yes"}
	}
	var errs []error
	for _, s := range streams {
		if err := e.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, fmt.Errorf("delete stream %s: %w", s, err))
		} else {
			fmt.Fprintf(stdout, "removed NATS stream %s\n", e.ns.Stream(s))
		}
	}
	if bucketExists {
		if err := e.js.DeleteObjectStore(ctx, bus.BucketBodies); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, fmt.Errorf("delete object store %s: %w", bus.BucketBodies, err))
		} else {
			fmt.Fprintf(stdout, "removed NATS object store %s\n", e.ns.Bucket(bus.BucketBodies))
		}
	}
	if rdb != nil {
		n, err := scanPrefix(ctx, rdb, o.redisPrefix, func(ctx context.Context, c redis.Cmdable, keys []string) error {
			return c.Unlink(ctx, keys...).Err()
		})
		if err != nil {
			errs = append(errs, err)
		}
		fmt.Fprintf(stdout, "removed %d Redis keys under %q\n", n, o.redisPrefix)
	}
	if e.store != nil {
		dropped, err := e.store.Drop(ctx)
		if err != nil {
			errs = append(errs, err)
		}
		fmt.Fprintf(stdout, "dropped %s\n", strings.Join(dropped, ", "))
	}
	return errors.Join(errs...)
}

// existingStreams lists the pipeline's streams that exist on the server.
func existingStreams(ctx context.Context, js jetstream.JetStream) []string {
	var out []string
	names := []string{bus.StoriesStreamConfig(bus.StoriesOptions{}).Name}
	for _, cfg := range bus.StreamConfigs(bus.StreamOptions{}) {
		names = append(names, cfg.Name)
	}
	for _, name := range names {
		if _, err := js.Stream(ctx, name); err == nil {
			out = append(out, name)
		}
	}
	return out
}

// scanPrefix counts the keys under prefix (on every master of a cluster) and
// hands each batch to fn when it is not nil. Keys are matched literally:
// glob characters in the prefix are escaped.
func scanPrefix(ctx context.Context, rdb redis.UniversalClient, prefix string, fn func(context.Context, redis.Cmdable, []string) error) (int, error) {
	pattern := globEscape(prefix) + "*"
	var mu sync.Mutex // the masters of a cluster are scanned at once
	total := 0
	scanOne := func(ctx context.Context, c *redis.Client) error {
		var cursor uint64
		for {
			keys, next, err := c.Scan(ctx, cursor, pattern, 1000).Result()
			if err != nil {
				return fmt.Errorf("scan redis keys %s: %w", pattern, err)
			}
			mu.Lock()
			total += len(keys)
			mu.Unlock()
			if fn != nil && len(keys) > 0 {
				// One key per call on a cluster: keys of a batch may live in different slots.
				if _, ok := rdb.(*redis.ClusterClient); ok {
					for _, k := range keys {
						if err := fn(ctx, c, []string{k}); err != nil {
							return err
						}
					}
				} else if err := fn(ctx, c, keys); err != nil {
					return err
				}
			}
			if cursor = next; cursor == 0 {
				return nil
			}
		}
	}
	switch c := rdb.(type) {
	case *redis.ClusterClient:
		err := c.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
			return scanOne(ctx, node)
		})
		return total, err
	case *redis.Client:
		return total, scanOne(ctx, c)
	}
	return 0, fmt.Errorf("reset: unsupported Redis client %T", rdb)
}

// globEscape escapes Redis glob characters.
func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`, `]`, `\]`)
	return r.Replace(s)
}
