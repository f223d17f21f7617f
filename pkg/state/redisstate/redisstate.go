// Package redisstate implements state.Store on Redis, for crawler and
// extractor replicas that share one crawl. Multi-key decisions (pacing,
// due-time pops, dedupe) run as Lua scripts so each is one atomic round trip.
package redisstate

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strconv"
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

// acquireScript: KEYS[1] lease zset, KEYS[2] next-start key (both carry the
// host as their cluster hash tag, see hostKey). ARGV: now ms, gap ms, max in
// flight, lease ttl ms, lease id.
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
	lease, now := newLease(), nowMS()
	res, err := acquireScript.Run(ctx, s.c, s.hostKeys(host),
		now, p.Gap.Milliseconds(), p.MaxInFlight, p.LeaseTTL.Milliseconds(), lease).Int64Slice()
	if err != nil {
		return state.Grant{}, s.wrap("acquire", err)
	}
	if res[0] == 1 {
		// The list of active hosts is for status pages: it lives in a slot
		// of its own, outside the atomic step.
		if err := s.c.ZAdd(ctx, s.k("hosts"), redis.Z{Score: float64(now), Member: host}).Err(); err != nil {
			_ = s.Release(context.WithoutCancel(ctx), host, lease, 0) // best effort: the lease expires anyway
			return state.Grant{}, s.wrap("acquire", err)
		}
		return state.Grant{OK: true, Lease: lease}, nil
	}
	return state.Grant{Wait: time.Duration(res[1]) * time.Millisecond}, nil
}

// hostKeys names a host's lease set and next-start key. The host, in
// braces, is their Redis Cluster hash tag, so the pacing script's two keys
// share a slot while hosts spread over the cluster.
func (s *Store) hostKeys(host string) []string {
	tag := "{" + strings.NewReplacer("{", "", "}", "").Replace(host) + "_}" // never an empty tag
	return []string{s.k("hl", tag), s.k("hn", tag)}
}

// Release implements state.Store.
func (s *Store) Release(ctx context.Context, host, lease string, after time.Duration) error {
	err := releaseScript.Run(ctx, s.c, s.hostKeys(host), nowMS(), after.Milliseconds(), lease).Err()
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
		keys := s.hostKeys(h)
		n, _ := s.c.ZCount(ctx, keys[0], strconv.FormatInt(now, 10), "+inf").Result()
		nxt, _ := s.c.Get(ctx, keys[1]).Int64()
		out = append(out, state.HostState{Host: h, InFlight: int(n), NextAt: time.UnixMilli(nxt)})
	}
	return out, nil
}

// Schedule implements state.Store.
func (s *Store) Schedule(ctx context.Context, queue, member string, at time.Time) error {
	return s.wrap("schedule", s.c.ZAdd(ctx, s.k("q", queue), redis.Z{Score: float64(at.UnixMilli()), Member: member}).Err())
}

// QueueLen implements state.Store.
func (s *Store) QueueLen(ctx context.Context, queue string) (int64, error) {
	n, err := s.c.ZCard(ctx, s.k("q", queue)).Result()
	return n, s.wrap("queue len", err)
}

var unscheduleScript = redis.NewScript(`
local cur = redis.call('ZSCORE', KEYS[1], ARGV[1])
if cur and tonumber(cur) == tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) return 1 end
return 0`)

// Unschedule implements state.Store.
func (s *Store) Unschedule(ctx context.Context, queue, member string, at time.Time) (bool, error) {
	n, err := unscheduleScript.Run(ctx, s.c, []string{s.k("q", queue)}, member, at.UnixMilli()).Int64()
	return n == 1, s.wrap("unschedule", err)
}

// PeekDue implements state.Store.
func (s *Store) PeekDue(ctx context.Context, queue string, limit int) ([]state.Due, error) {
	if limit <= 0 {
		limit = 100
	}
	zs, err := s.c.ZRangeWithScores(ctx, s.k("q", queue), 0, int64(limit-1)).Result()
	if err != nil {
		return nil, s.wrap("peek due", err)
	}
	out := make([]state.Due, 0, len(zs))
	for _, z := range zs {
		m, _ := z.Member.(string)
		out = append(out, state.Due{Member: m, At: time.UnixMilli(int64(z.Score))})
	}
	return out, nil
}

// dedupeScript makes the three-tier decision for each of a run of copies,
// in order, atomically: a copy later in the run sees the decisions of the
// earlier ones, exactly as if each had been its own call.
//
// Keys (all compact: the dedupe tag, one kind letter, then at most 16 bytes):
//
//	u<hash(url)>   the URL's decision "story|version|tier|new|promote", or a
//	               bare story id when another copy named this URL as its
//	               rel=canonical before the URL itself was seen
//	t<text hash>   story id of the first copy with this normalised text
//	b<band key>    story id of the first copy with this LSH band
//	s<story id>    "rank|published|slack|detail|length|version|" then the
//	               packed signature
//
// Every key of one crawl carries the same Redis Cluster hash tag, so the
// story keys the script reads without declaring them live in the slot of
// the keys it declares.
//
// ARGV: 1 story key prefix, 2 canonical target bonus, then 12 per copy:
// number of keys, index of the canonical URL's key (0 when none), index of
// the text key (0 when none), candidate id, rank, published, published
// slack, detail, length, ttl ms, signature (2 bytes per position), min
// similarity. better() is state.Quality.Better. KEYS, per copy: this
// URL, the canonical URL and the text when present, then the bands. Absent
// keys are left out rather than passed empty, because an empty key name
// belongs to another cluster slot.
//
// Per copy, one MGET reads every index key and the stories they name are
// read once each (cached across the run, and kept current on writes). Index
// keys are written only when they name no live story (first writer wins),
// and every key gets the retention TTL. The reply holds two entries per
// copy: 1 when the URL had been decided before (a replay), and the decision.
var dedupeScript = redis.NewScript(`
local sp, bonus = ARGV[1], tonumber(ARGV[2])
local cache = {}
local function st(id)
  if not id then return nil end
  local c = cache[id]
  if c == nil then
    local v = redis.call('GET', sp .. id)
    c = false
    if v then
      local r, p, sl, dt, l, ver = string.match(v, '^(%-?%d+)|(%-?%d+)|(%-?%d+)|(%-?%d+)|(%-?%d+)|(%d+)|')
      if r then
        c = {rank = tonumber(r), pub = tonumber(p), slack = tonumber(sl), detail = tonumber(dt),
          len = tonumber(l), ver = tonumber(ver), sig = string.sub(v, #r + #p + #sl + #dt + #l + #ver + 7)}
      end
    end
    cache[id] = c
  end
  return c or nil
end
local function put(id, q, ver, sig, ttl)
  redis.call('SET', sp .. id, q.rank .. '|' .. q.pub .. '|' .. q.slack .. '|' .. q.detail .. '|' .. q.len .. '|' .. ver .. '|' .. sig, 'PX', ttl)
  cache[id] = {rank = q.rank, pub = q.pub, slack = q.slack, detail = q.detail, len = q.len, ver = ver, sig = sig}
end
local function better(q, b)
  if q.rank ~= b.rank then return q.rank > b.rank end
  if q.pub == 0 and b.pub ~= 0 then return false end
  if q.pub ~= 0 and b.pub == 0 then return true end
  if q.pub ~= 0 then
    local d = q.pub - b.pub
    if d > q.slack + b.slack or -d > q.slack + b.slack then return d < 0 end
  end
  if q.detail ~= b.detail then return q.detail > b.detail end
  if q.len ~= b.len then return q.len > b.len end
  return q.pub < b.pub
end
local function sidOf(v)
  if not v then return nil end
  local i = string.find(v, '|', 1, true)
  if i then return string.sub(v, 1, i - 1) end
  return v
end
local function sim(a, b)
  if #a == 0 or #a ~= #b then return 0 end
  local n, eq = #a / 2, 0
  for i = 1, #a, 2 do
    if string.byte(a, i) == string.byte(b, i) and string.byte(a, i + 1) == string.byte(b, i + 1) then eq = eq + 1 end
  end
  return eq / n
end
local out = {}
local k, a = 0, 2
while a < #ARGV do
  local nk, ci, ti = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
  local keys = {}
  for i = 1, nk do keys[i] = KEYS[k + i] end
  k = k + nk
  local cand = ARGV[a + 4]
  local q = {rank = tonumber(ARGV[a + 5]), pub = tonumber(ARGV[a + 6]), slack = tonumber(ARGV[a + 7]),
    detail = tonumber(ARGV[a + 8]), len = tonumber(ARGV[a + 9])}
  local ttl, sig, minsim = tonumber(ARGV[a + 10]), ARGV[a + 11], tonumber(ARGV[a + 12])
  a = a + 12
  local bi = math.max(1, ci, ti) + 1
  local vals = redis.call('MGET', unpack(keys))
  local d = vals[1]
  if d and string.find(d, '|', 1, true) then
    out[#out + 1] = 1
    out[#out + 1] = d
  else
    local sid, tier = nil, ''
    local c = sidOf(d)
    if c and st(c) then
      sid, tier = c, 'canonical'
      q.rank = q.rank + bonus
    else
      if ci > 0 then c = sidOf(vals[ci]) else c = nil end
      if c and st(c) then sid, tier = c, 'canonical'
      elseif ti > 0 and vals[ti] and st(vals[ti]) then sid, tier = vals[ti], 'text'
      else
        local tried = {}
        for i = bi, nk do
          c = vals[i]
          if c and not tried[c] then
            tried[c] = true
            local s = st(c)
            if s and sim(sig, s.sig) >= minsim then sid, tier = c, 'near'; break end
          end
        end
      end
    end
    local res
    if not sid then
      sid = cand
      put(sid, q, 1, sig, ttl)
      res = sid .. '|1|' .. tier .. '|1|1'
    else
      local s = st(sid)
      if better(q, s) then
        if #sig == 0 then sig = s.sig end
        put(sid, q, s.ver + 1, sig, ttl)
        res = sid .. '|' .. (s.ver + 1) .. '|' .. tier .. '|0|1'
      else
        redis.call('PEXPIRE', sp .. sid, ttl)
        res = sid .. '|' .. s.ver .. '|' .. tier .. '|0|0'
      end
    end
    redis.call('SET', keys[1], res, 'PX', ttl)
    for i = 2, nk do
      local v = sidOf(vals[i])
      if v ~= sid and not (v and st(v)) then redis.call('SET', keys[i], sid, 'PX', ttl) end
    end
    out[#out + 1] = 0
    out[#out + 1] = res
  end
end
return out`)

// keyMaterial returns v when it is already compact, else 12 bytes of its SHA-256.
func keyMaterial(v string) string {
	if len(v) <= 16 {
		return v
	}
	sum := sha256.Sum256([]byte(v))
	return string(sum[:12])
}

// urlKey names the u-key of a URL; URLs are always hashed so that a short
// URL never shares a key with another value.
func (s *Store) urlKey(u string) string {
	sum := sha256.Sum256([]byte(u))
	return s.dtag + "u" + string(sum[:12])
}

// dedupeTag starts every dedupe key of a crawl with this key prefix: the
// prefix, then a Redis Cluster hash tag made of 4 hex digits of the prefix's
// hash, so that all of one crawl's dedupe keys share one slot (the script
// reads story keys it cannot declare) while crawls with other prefixes
// spread over the cluster. A prefix with braces of its own keeps one slot
// for every key too: Redis hashes the first braced part, which is then the
// same for every key.
func dedupeTag(prefix string) string {
	sum := sha256.Sum256([]byte(prefix))
	return prefix + "{" + hex.EncodeToString(sum[:2]) + "}"
}

// scriptBatch is the most copies decided by one script call. A call blocks
// Redis for roughly 20-30 µs per copy, so 32 copies keep other clients'
// commands waiting under a millisecond while amortising the per-call cost.
const scriptBatch = 32

// dedupeCall is one script call: the keys and arguments of a run of copies.
type dedupeCall struct {
	keys []string
	args []any
	idx  []int // positions of the copies in the caller's slice
	cmd  *redis.Cmd
}

// add appends copy i's keys and arguments (see dedupeScript).
func (s *Store) add(c *dedupeCall, i int, r state.DedupeRequest) {
	r = r.Defaults()
	if c.args == nil {
		c.args = append(make([]any, 0, 2+12*scriptBatch), s.dtag+"s", state.CanonicalTargetBonus)
	}
	first := len(c.keys)
	c.keys = append(c.keys, s.urlKey(r.URL))
	ci, ti := 0, 0
	if r.CanonicalURL != "" && r.CanonicalURL != r.URL {
		c.keys = append(c.keys, s.urlKey(r.CanonicalURL))
		ci = len(c.keys) - first
	}
	if r.TextHash != "" {
		c.keys = append(c.keys, s.dtag+"t"+keyMaterial(r.TextHash))
		ti = len(c.keys) - first
	}
	for _, b := range r.Bands {
		if b != "" {
			c.keys = append(c.keys, s.dtag+"b"+keyMaterial(b))
		}
	}
	sig := make([]byte, 2*len(r.Signature))
	for j, v := range r.Signature {
		binary.BigEndian.PutUint16(sig[j*2:], uint16(v))
	}
	c.args = append(c.args, len(c.keys)-first, ci, ti, r.Candidate, r.Rank, r.Published, r.PublishedSlack,
		r.Detail, r.Length, r.TTL.Milliseconds(), sig, r.MinSimilarity)
	c.idx = append(c.idx, i)
}

func parseDedupeReply(vals []any, n int) ([]state.DedupeResult, error) {
	if len(vals) != 2*n {
		return nil, fmt.Errorf("redis dedupe: %d replies for %d copies", len(vals), n)
	}
	out := make([]state.DedupeResult, n)
	for i := range out {
		str, _ := vals[2*i+1].(string)
		res, err := state.ParseDecision(str)
		if err != nil {
			return nil, fmt.Errorf("redis dedupe: %w", err)
		}
		res.Replay = vals[2*i] == int64(1)
		out[i] = res
	}
	return out, nil
}

// Dedupe implements state.Store with one script call (one round trip).
func (s *Store) Dedupe(ctx context.Context, r state.DedupeRequest) (state.DedupeResult, error) {
	res, err := s.DedupeBatch(ctx, []state.DedupeRequest{r})
	if err != nil {
		return state.DedupeResult{}, err
	}
	return res[0], nil
}

// DedupeBatch implements state.Store: the copies go in script calls of up
// to scriptBatch copies each, all sent in one pipeline, so the whole batch
// costs one round trip (two when Redis lost the script cache).
func (s *Store) DedupeBatch(ctx context.Context, rs []state.DedupeRequest) ([]state.DedupeResult, error) {
	out := make([]state.DedupeResult, len(rs))
	if len(rs) == 0 {
		return out, nil
	}
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			return nil, err
		}
	}
	calls := make([]*dedupeCall, 0, (len(rs)+scriptBatch-1)/scriptBatch)
	for i, r := range rs {
		if i%scriptBatch == 0 {
			calls = append(calls, &dedupeCall{})
		}
		s.add(calls[len(calls)-1], i, r)
	}
	for attempt := 0; ; attempt++ {
		s.roundTrips.Add(1)
		_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, c := range calls {
				c.cmd = dedupeScript.EvalSha(ctx, p, c.keys, c.args...)
			}
			return nil
		})
		if err != nil && !redis.HasErrorPrefix(err, "NOSCRIPT") {
			return nil, s.wrap("dedupe batch", err)
		}
		var again []*dedupeCall
		for _, c := range calls {
			vals, cerr := c.cmd.Slice()
			if cerr != nil && redis.HasErrorPrefix(cerr, "NOSCRIPT") {
				again = append(again, c)
				continue
			}
			if cerr != nil {
				return nil, s.wrap("dedupe batch", cerr)
			}
			res, err := parseDedupeReply(vals, len(c.idx))
			if err != nil {
				return nil, err
			}
			for j, i := range c.idx {
				out[i] = res[j]
			}
		}
		if len(again) == 0 {
			return out, nil
		}
		if attempt > 0 {
			return nil, errors.New("redis dedupe batch: script not loaded after SCRIPT LOAD")
		}
		if err := dedupeScript.Load(ctx, s.c).Err(); err != nil {
			return nil, s.wrap("load dedupe script", err)
		}
		calls = again
	}
}

// DedupeRoundTrips reports the network round trips Dedupe and DedupeBatch
// have made (one per call, plus one per script reload).
func (s *Store) DedupeRoundTrips() int64 { return s.roundTrips.Load() }

// Close implements state.Store.
func (s *Store) Close() error { return s.c.Close() }
