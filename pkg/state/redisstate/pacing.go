package redisstate

// This file keeps per-host request leases and next start times (state.Pacer).

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/state"
)

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
