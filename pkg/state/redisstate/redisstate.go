// Package redisstate implements state.Store on Redis, for crawler and
// extractor replicas that share one crawl. Multi-key decisions (pacing,
// due-time pops, dedupe) run as Lua scripts so each is one atomic round trip.
package redisstate

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
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
}

// Store is a state.Store on Redis.
type Store struct {
	c      redis.UniversalClient
	prefix string
	addr   string
}

// Open connects to the Redis at url (redis:// or rediss:// for TLS, with
// optional user, password and db) and checks it answers.
func Open(ctx context.Context, url string, o Options) (*Store, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("parse redis url %q: %w", Redact(url), err)
	}
	if o.DialTimeout <= 0 {
		o.DialTimeout = 5 * time.Second
	}
	opt.DialTimeout = o.DialTimeout
	c := redis.NewClient(opt)
	s := NewFromClient(c, o)
	s.addr = opt.Addr
	pctx, cancel := context.WithTimeout(ctx, o.DialTimeout)
	defer cancel()
	if err := c.Ping(pctx).Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("connect to redis at %s: %w", opt.Addr, err)
	}
	return s, nil
}

// NewFromClient wraps an existing client.
func NewFromClient(c redis.UniversalClient, o Options) *Store {
	if o.Prefix == "" {
		o.Prefix = "nr:"
	}
	return &Store{c: c, prefix: o.Prefix}
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

// Forget implements state.Store.
func (s *Store) Forget(ctx context.Context, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = s.k("s", k)
	}
	return s.wrap("forget", s.c.Del(ctx, full...).Err())
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
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = s.k("k", k)
	}
	return s.wrap("del", s.c.Del(ctx, full...).Err())
}

// acquireScript: KEYS[1] lease zset, KEYS[2] next-start key, KEYS[3] host set.
// ARGV: now ms, gap ms, max in flight, lease ttl ms, lease id, host.
var acquireScript = redis.NewScript(`
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local n = redis.call('ZCARD', KEYS[1])
if n >= tonumber(ARGV[3]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  local wait = tonumber(first[2]) - now
  if wait > tonumber(ARGV[2]) then wait = tonumber(ARGV[2]) end
  if wait < 50 then wait = 50 end
  return {0, wait}
end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return {0, nxt - now} end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[5])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) * 2)
redis.call('SET', KEYS[2], now + tonumber(ARGV[2]), 'PX', tonumber(ARGV[2]) + 86400000)
redis.call('ZADD', KEYS[3], now, ARGV[6])
return {1, 0}`)

// releaseScript: KEYS[1] lease zset, KEYS[2] next-start key. ARGV: now ms, after ms, lease.
var releaseScript = redis.NewScript(`
redis.call('ZREM', KEYS[1], ARGV[3])
local at = tonumber(ARGV[1]) + tonumber(ARGV[2])
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if tonumber(ARGV[2]) > 0 and at > nxt then
  redis.call('SET', KEYS[2], at, 'PX', tonumber(ARGV[2]) + 86400000)
end
return 1`)

func nowMS() int64 { return time.Now().UnixMilli() }

func newLease() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Acquire implements state.Store.
func (s *Store) Acquire(ctx context.Context, host string, p state.Pacing) (state.Grant, error) {
	if p.MaxInFlight < 1 {
		p.MaxInFlight = 1
	}
	if p.LeaseTTL <= 0 {
		p.LeaseTTL = 2 * time.Minute
	}
	lease := newLease()
	res, err := acquireScript.Run(ctx, s.c,
		[]string{s.k("hl", host), s.k("hn", host), s.k("hosts")},
		nowMS(), p.Gap.Milliseconds(), p.MaxInFlight, p.LeaseTTL.Milliseconds(), lease, host).Int64Slice()
	if err != nil {
		return state.Grant{}, s.wrap("acquire", err)
	}
	if res[0] == 1 {
		return state.Grant{OK: true, Lease: lease}, nil
	}
	return state.Grant{Wait: time.Duration(res[1]) * time.Millisecond}, nil
}

// Release implements state.Store.
func (s *Store) Release(ctx context.Context, host, lease string, after time.Duration) error {
	err := releaseScript.Run(ctx, s.c, []string{s.k("hl", host), s.k("hn", host)},
		nowMS(), after.Milliseconds(), lease).Err()
	return s.wrap("release", err)
}

// Hosts implements state.Store.
func (s *Store) Hosts(ctx context.Context, limit int) ([]state.HostState, error) {
	if limit <= 0 {
		limit = 100
	}
	hosts, err := s.c.ZRevRange(ctx, s.k("hosts"), 0, int64(limit-1)).Result()
	if err != nil {
		return nil, s.wrap("hosts", err)
	}
	out := make([]state.HostState, 0, len(hosts))
	now := nowMS()
	for _, h := range hosts {
		n, _ := s.c.ZCount(ctx, s.k("hl", h), strconv.FormatInt(now, 10), "+inf").Result()
		nxt, _ := s.c.Get(ctx, s.k("hn", h)).Int64()
		out = append(out, state.HostState{Host: h, InFlight: int(n), NextAt: time.UnixMilli(nxt)})
	}
	return out, nil
}

// Schedule implements state.Store.
func (s *Store) Schedule(ctx context.Context, queue, member string, at time.Time) error {
	return s.wrap("schedule", s.c.ZAdd(ctx, s.k("q", queue), redis.Z{Score: float64(at.UnixMilli()), Member: member}).Err())
}

var popDueScript = redis.NewScript(`
local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
if #m > 0 then redis.call('ZREM', KEYS[1], unpack(m)) end
return m`)

// PopDue implements state.Store.
func (s *Store) PopDue(ctx context.Context, queue string, now time.Time, limit int) ([]string, error) {
	if limit <= 0 {
		limit = 1000
	}
	m, err := popDueScript.Run(ctx, s.c, []string{s.k("q", queue)}, now.UnixMilli(), limit).StringSlice()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	return m, s.wrap("pop due", err)
}

// QueueLen implements state.Store.
func (s *Store) QueueLen(ctx context.Context, queue string) (int64, error) {
	n, err := s.c.ZCard(ctx, s.k("q", queue)).Result()
	return n, s.wrap("queue len", err)
}

// dedupeScript makes the three-tier decision atomically.
// KEYS: 1 url decision, 2 canonical(url), 3 canonical(canonical url) or "",
// 4 text hash key or "", 5.. band keys. ARGV: 1 candidate id, 2 rank, 3 published,
// 4 length, 5 ttl ms, 6 signature (packed), 7 min similarity, 8 story key prefix,
// 9 canonical target bonus.
var dedupeScript = redis.NewScript(`
local d = redis.call('GET', KEYS[1])
if d then return {1, d} end
local sp = ARGV[8]
local ttl = tonumber(ARGV[5])
local function story(k)
  if k == '' then return nil end
  local id = redis.call('GET', k)
  if id and redis.call('EXISTS', sp .. id) == 1 then return id end
  return nil
end
local function sim(a, b)
  if not a or not b or #a == 0 or #a ~= #b then return 0 end
  local n, eq = #a / 4, 0
  for i = 0, n - 1 do
    if string.sub(a, i*4+1, i*4+4) == string.sub(b, i*4+1, i*4+4) then eq = eq + 1 end
  end
  return eq / n
end
local rank = tonumber(ARGV[2])
local sid, tier = nil, ''
sid = story(KEYS[2])
if sid then
  tier = 'canonical'; rank = rank + tonumber(ARGV[9])
else
  sid = story(KEYS[3])
  if sid then tier = 'canonical' else
    sid = story(KEYS[4])
    if sid then tier = 'text' else
      for i = 5, #KEYS do
        local c = story(KEYS[i])
        if c and sim(ARGV[6], redis.call('HGET', sp .. c, 'sig')) >= tonumber(ARGV[7]) then
          sid = c; tier = 'near'; break
        end
      end
    end
  end
end
local pub, len = tonumber(ARGV[3]), tonumber(ARGV[4])
local res
if not sid then
  sid = ARGV[1]
  redis.call('HSET', sp .. sid, 'rank', rank, 'pub', pub, 'len', len, 'ver', 1, 'sig', ARGV[6])
  res = sid .. '|1|' .. tier .. '|1|1'
else
  local st = redis.call('HMGET', sp .. sid, 'rank', 'pub', 'len', 'ver')
  local br, bp, bl, ver = tonumber(st[1]), tonumber(st[2]), tonumber(st[3]), tonumber(st[4])
  local better
  if rank ~= br then better = rank > br
  elseif pub ~= bp then
    if pub == 0 then better = false elseif bp == 0 then better = true else better = pub < bp end
  else better = len > bl end
  if better then
    ver = ver + 1
    redis.call('HSET', sp .. sid, 'rank', rank, 'pub', pub, 'len', len, 'ver', ver)
    if #ARGV[6] > 0 then redis.call('HSET', sp .. sid, 'sig', ARGV[6]) end
    res = sid .. '|' .. ver .. '|' .. tier .. '|0|1'
  else
    res = sid .. '|' .. ver .. '|' .. tier .. '|0|0'
  end
end
redis.call('PEXPIRE', sp .. sid, ttl)
redis.call('SET', KEYS[1], res, 'PX', ttl)
for i = 2, #KEYS do
  if KEYS[i] ~= '' and not story(KEYS[i]) then redis.call('SET', KEYS[i], sid, 'PX', ttl) end
end
return {0, res}`)

// Dedupe implements state.Store.
func (s *Store) Dedupe(ctx context.Context, r state.DedupeRequest) (state.DedupeResult, error) {
	if r.TTL <= 0 {
		r.TTL = state.DefaultDedupeTTL
	}
	if r.MinSimilarity <= 0 {
		r.MinSimilarity = 0.8
	}
	key := func(kind, v string) string {
		if v == "" {
			return ""
		}
		return s.k(kind, v)
	}
	keys := []string{s.k("du", r.URL), key("dc", r.URL), key("dc", r.CanonicalURL), key("dt", r.TextHash)}
	if r.CanonicalURL == r.URL {
		keys[2] = ""
	}
	for _, b := range r.Bands {
		keys = append(keys, s.k("db", b))
	}
	sig := make([]byte, 4*len(r.Signature))
	for i, v := range r.Signature {
		binary.BigEndian.PutUint32(sig[i*4:], v)
	}
	vals, err := dedupeScript.Run(ctx, s.c, keys, r.Candidate, r.Rank, r.Published, r.Length,
		r.TTL.Milliseconds(), sig, r.MinSimilarity, s.k("ds")+":", state.CanonicalTargetBonus).Slice()
	if err != nil {
		return state.DedupeResult{}, s.wrap("dedupe", err)
	}
	if len(vals) != 2 {
		return state.DedupeResult{}, fmt.Errorf("redis dedupe: unexpected reply %v", vals)
	}
	str, _ := vals[1].(string)
	res, err := state.ParseDecision(str)
	if err != nil {
		return state.DedupeResult{}, fmt.Errorf("redis dedupe: %w", err)
	}
	res.Replay = vals[0] == int64(1)
	return res, nil
}

// Close implements state.Store.
func (s *Store) Close() error { return s.c.Close() }
