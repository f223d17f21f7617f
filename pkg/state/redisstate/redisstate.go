// Package redisstate implements state.Store on Redis, for crawler and
// extractor replicas that share one crawl. Multi-key decisions (pacing,
// due-time pops, dedupe) run as Lua scripts so each is one atomic round trip.
package redisstate

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/state"
)

// Options configure a Store.
type Options struct {
	// Prefix is put before every key, so several crawls (or tests) can share
	// one Redis. Default "nr:".
	Prefix string
	// DialTimeout bounds connecting (default 5s).
	DialTimeout time.Duration
	// CAFile, CertFile and KeyFile configure TLS for rediss:// URLs: a root
	// CA to trust besides the system's, and a client certificate and key
	// for servers that require one (PEM files; all optional).
	CAFile, CertFile, KeyFile string
}

// tlsFiles applies o's TLS files to cfg, the TLS configuration of a
// rediss:// URL; nil cfg means the URL asked for no TLS.
func (o Options) tlsFiles(cfg *tls.Config) error {
	if o.CAFile == "" && o.CertFile == "" && o.KeyFile == "" {
		return nil
	}
	if cfg == nil {
		return errors.New("redis TLS files given for a URL without TLS: use rediss:// (or rediss+cluster://)")
	}
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return fmt.Errorf("redis CA: %w", err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("redis CA %s: no PEM certificate in it", o.CAFile)
		}
		cfg.RootCAs = pool
	}
	if (o.CertFile == "") != (o.KeyFile == "") {
		return errors.New("redis client certificate and key go together: give both or neither")
	}
	if o.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(o.CertFile, o.KeyFile)
		if err != nil {
			return fmt.Errorf("redis client certificate: %w", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return nil
}

// Store is a state.Store on Redis.
type Store struct {
	c      redis.UniversalClient
	prefix string
	dtag   string // hash tag and prefix of the dedupe keys
	ftag   string // hash tag and prefix of the frontier keys
	addr   string

	roundTrips atomic.Int64
}

// Open connects to the Redis at url and checks it answers: redis:// (or
// rediss:// for TLS) with optional user, password and db for one server, or
// redis+cluster:// (rediss+cluster://) for a Redis Cluster, naming one node
// in the host part and more with ?addr=host:port parameters.
func Open(ctx context.Context, url string, o Options) (*Store, error) {
	if o.DialTimeout <= 0 {
		o.DialTimeout = 5 * time.Second
	}
	c, addr, err := newClient(url, o)
	if err != nil {
		return nil, err
	}
	s := NewFromClient(c, o)
	s.addr = addr
	pctx, cancel := context.WithTimeout(ctx, o.DialTimeout)
	defer cancel()
	if err := c.Ping(pctx).Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("connect to redis at %s: %w", addr, err)
	}
	return s, nil
}

// newClient makes the client a URL asks for (see Open) and names the
// address it connects to, for messages.
func newClient(url string, o Options) (redis.UniversalClient, string, error) {
	cluster := false
	for _, scheme := range []string{"redis", "rediss"} {
		if rest, ok := strings.CutPrefix(url, scheme+"+cluster://"); ok {
			url, cluster = scheme+"://"+rest, true
		}
	}
	if !cluster {
		opt, err := redis.ParseURL(url)
		if err != nil {
			return nil, "", fmt.Errorf("parse redis url %q: %w", Redact(url), err)
		}
		if err := o.tlsFiles(opt.TLSConfig); err != nil {
			return nil, "", err
		}
		opt.DialTimeout = o.DialTimeout
		return redis.NewClient(opt), opt.Addr, nil
	}
	opt, err := redis.ParseClusterURL(url)
	if err != nil {
		return nil, "", fmt.Errorf("parse redis cluster url %q: %w", Redact(url), err)
	}
	if err := o.tlsFiles(opt.TLSConfig); err != nil {
		return nil, "", err
	}
	opt.DialTimeout = o.DialTimeout
	return redis.NewClusterClient(opt), strings.Join(opt.Addrs, ","), nil
}

// NewFromClient wraps an existing client.
func NewFromClient(c redis.UniversalClient, o Options) *Store {
	if o.Prefix == "" {
		o.Prefix = "nr:"
	}
	return &Store{c: c, prefix: o.Prefix, dtag: dedupeTag(o.Prefix), ftag: frontierTag(o.Prefix)}
}

// Client returns the underlying client (for health checks).
func (s *Store) Client() redis.UniversalClient { return s.c }

// Redact hides the password of a redis URL for messages.
func Redact(u string) string {
	at := strings.LastIndex(u, "@")
	sch := strings.Index(u, "://")
	if at < 0 || sch < 0 || at < sch {
		return u
	}
	cred := u[sch+3 : at]
	if i := strings.Index(cred, ":"); i >= 0 {
		cred = cred[:i] + ":xxxxx"
	} else {
		cred = "xxxxx"
	}
	return u[:sch+3] + cred + u[at:]
}

func (s *Store) k(parts ...string) string {
	return s.prefix + strings.Join(parts, ":")
}

func (s *Store) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, redis.ErrClosed) {
		return state.ErrClosed
	}
	return fmt.Errorf("redis %s: %w", op, err)
}

// MarkSeen implements state.Store with pipelined SET NX.
func (s *Store) MarkSeen(ctx context.Context, keys []string, ttl time.Duration) ([]bool, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	cmds := make([]*redis.BoolCmd, len(keys))
	_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, k := range keys {
			cmds[i] = p.SetNX(ctx, s.k("s", k), "1", ttl)
		}
		return nil
	})
	if err != nil {
		return nil, s.wrap("mark seen", err)
	}
	out := make([]bool, len(keys))
	for i, c := range cmds {
		out[i] = c.Val()
	}
	return out, nil
}

// Claim implements state.Store: per key a SET NX of the owner and a GET,
// pipelined, so a key is the owner's when the SET took or the value read
// back is the owner's own. The value of a key is never overwritten, only
// deleted or expired, so the GET right after a refused SET reads the value
// that refused it (or nothing, when it was deleted in between: not ours).
// Unlike SET NX GET this needs no Redis 7.
func (s *Store) Claim(ctx context.Context, owner string, keys []string, ttl time.Duration) ([]bool, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	if owner == "" {
		return nil, fmt.Errorf("redis claim: empty owner")
	}
	sets := make([]*redis.BoolCmd, len(keys))
	gets := make([]*redis.StringCmd, len(keys))
	_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, k := range keys {
			sets[i] = p.SetNX(ctx, s.k("s", k), owner, ttl)
			gets[i] = p.Get(ctx, s.k("s", k))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, s.wrap("claim", err)
	}
	out := make([]bool, len(keys))
	for i := range keys {
		out[i] = sets[i].Val() || gets[i].Val() == owner
	}
	return out, nil
}

// Forget implements state.Store.
func (s *Store) Forget(ctx context.Context, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	return s.wrap("forget", s.del(ctx, "s", keys))
}

// Get implements state.Store.
func (s *Store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	b, err := s.c.Get(ctx, s.k("k", key)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, s.wrap("get", err)
	}
	return b, true, nil
}

// Set implements state.Store.
func (s *Store) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	return s.wrap("set", s.c.Set(ctx, s.k("k", key), val, ttl).Err())
}

var incrScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 and tonumber(ARGV[1]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`)

// Incr implements state.Store.
func (s *Store) Incr(ctx context.Context, key string, ttl time.Duration) (int64, error) {
	n, err := incrScript.Run(ctx, s.c, []string{s.k("k", key)}, ttl.Milliseconds()).Int64()
	return n, s.wrap("incr", err)
}

// Del implements state.Store.
func (s *Store) Del(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	return s.wrap("del", s.del(ctx, "k", keys))
}

// del deletes keys of one kind with one DEL each, in one pipeline: a DEL of
// several keys fails on a Redis Cluster when they live in different slots.
func (s *Store) del(ctx context.Context, kind string, keys []string) error {
	_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, k := range keys {
			p.Del(ctx, s.k(kind, k))
		}
		return nil
	})
	return err
}

// Close implements state.Store.
func (s *Store) Close() error { return s.c.Close() }
