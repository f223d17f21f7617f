package redisstate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/frontier"
)

// The frontier's keys all share one Redis Cluster hash tag per crawl (the
// claim script reads the schedule and any host's queue in one step), so on
// a cluster one node serves a crawl's frontier:
//
//	<tag>s        schedule: host -> due time (ms), hosts with queued URLs and a free slot
//	<tag>l        leases: "claimed.prevnext|host|score|member" -> expiry (ms)
//	<tag>d        retries: "host|score|member" -> due time (ms)
//	<tag>c        queued URLs per host (for status), hosts with none are removed
//	<tag>n        hash: q (queued URLs)
//	<tag>q:<host> the host's queue: member -> priority score
//	<tag>h:<host> hash: n (in flight), next (next start, ms), g (gap, ms),
//	              idle (set, with an expiry, while nothing is queued or in flight)
//	<tag>i:<id>   idempotency key of a push, expires after IDTTL
func frontierTag(prefix string) string {
	sum := sha256.Sum256([]byte(prefix + "frontier"))
	return prefix + "{" + hex.EncodeToString(sum[:2]) + "}f"
}

func (s *Store) fkeys() []string {
	t := s.ftag
	return []string{t + "s", t + "l", t + "d", t + "c", t + "n"}
}

// frontierLib is shared by the frontier scripts. KEYS: schedule, leases,
// retries, counts, totals. ARGV[1] queue key prefix, ARGV[2] host key
// prefix, ARGV[3] now (ms).
const frontierLib = `
local S, L, D, C, N = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local QP, HP = ARGV[1], ARGV[2]
local now = tonumber(ARGV[3])

local function enqueue(host, score, member)
  local added = redis.call('ZADD', QP..host, 'NX', score, member)
  if added == 1 then
    redis.call('HINCRBY', N, 'q', 1)
    redis.call('ZINCRBY', C, 1, host)
  end
  return added
end

local function dequeued(host, k)
  redis.call('HINCRBY', N, 'q', -k)
  if tonumber(redis.call('ZINCRBY', C, -k, host)) <= 0 then redis.call('ZREM', C, host) end
end

-- place puts a host with queued URLs on the schedule at its next start
-- (n in flight, nxt its next allowed start), or off it while its in-flight
-- limit is reached.
local function place(host, n, nxt, maxin)
  if n >= maxin then
    redis.call('ZREM', S, host)
  elseif nxt > now then
    redis.call('ZADD', S, 'GT', nxt, host)
  else
    redis.call('ZADD', S, 'NX', now, host)
  end
end

-- schedule is place for a host whose queue and record are not at hand.
local function schedule(host, maxin)
  if redis.call('ZCARD', QP..host) == 0 then
    redis.call('ZREM', S, host)
    return
  end
  local h = redis.call('HMGET', HP..host, 'n', 'next')
  place(host, tonumber(h[1] or '0'), tonumber(h[2] or '0'), maxin)
end

local function inflight(host, d)
  local n = redis.call('HINCRBY', HP..host, 'n', d)
  if n < 0 then
    redis.call('HSET', HP..host, 'n', 0)
    n = 0
  end
  return n
end

-- split3 parses "a|b|rest".
local function split3(s)
  local i = string.find(s, '|', 1, true)
  local j = string.find(s, '|', i + 1, true)
  return string.sub(s, 1, i - 1), string.sub(s, i + 1, j - 1), string.sub(s, j + 1)
end

-- lease parses "claimed.prevnext|host|score|member".
local function lease(s)
  local i = string.find(s, '|', 1, true)
  local head = string.sub(s, 1, i - 1)
  local host, score, member = split3(string.sub(s, i + 1))
  local dot = string.find(head, '.', 1, true)
  return host, score, member, tonumber(string.sub(head, dot + 1))
end
`

// pushScript: ARGV[4] idempotency key ("" none), [5] its ttl (ms), [6]
// max in flight, [7] host, then score, member pairs.
var pushScript = redis.NewScript(frontierLib + `
if ARGV[4] ~= '' then
  if not redis.call('SET', ARGV[4], '1', 'NX', 'PX', tonumber(ARGV[5])) then return -1 end
end
local host = ARGV[7]
local args = {}
for i = 8, #ARGV, 2 do
  args[#args + 1] = ARGV[i]
  args[#args + 1] = ARGV[i + 1]
end
local added = redis.call('ZADD', QP..host, 'NX', unpack(args))
if added > 0 then
  redis.call('HINCRBY', N, 'q', added)
  redis.call('ZINCRBY', C, added, host)
  local h = redis.call('HMGET', HP..host, 'n', 'next')
  place(host, tonumber(h[1] or '0'), tonumber(h[2] or '0'), tonumber(ARGV[6]))
end
return added`)

// claimScript: ARGV[4] max claims, [5] max in flight, [6] default gap
// (ms), [7] lease ttl (ms), [8] 1 to sweep expired leases and due retries
// first. Returns {leases, next due (ms) or ”}. A lease id is
// "claimed.prevnext|host|score|member": prevnext is the host's next start
// before the claim, restored when the lease made no request.
var claimScript = redis.NewScript(frontierLib + `
local max, maxin, gap, ttl = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
if ARGV[8] == '1' then
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', L, '-inf', now, 'LIMIT', 0, 100)) do
    redis.call('ZREM', L, id)
    local host, score, member = lease(id)
    enqueue(host, score, member)
    inflight(host, -1)
    schedule(host, maxin)
  end
  for _, m in ipairs(redis.call('ZRANGEBYSCORE', D, '-inf', now, 'LIMIT', 0, 100)) do
    redis.call('ZREM', D, m)
    local host, score, member = split3(m)
    enqueue(host, score, member)
    schedule(host, maxin)
  end
end
local out = {}
local hosts = redis.call('ZRANGEBYSCORE', S, '-inf', now, 'LIMIT', 0, max)
for _, host in ipairs(hosts) do
  local hk = HP..host
  local h = redis.call('HMGET', hk, 'n', 'next', 'g', 'idle')
  local n, prev, g = tonumber(h[1] or '0'), tonumber(h[2] or '0'), tonumber(h[3] or gap)
  if h[4] then
    -- The record was set to expire when the host went idle; it is busy again.
    redis.call('PERSIST', hk)
    redis.call('HDEL', hk, 'idle')
  end
  while #out < max do
    local top = redis.call('ZPOPMIN', QP..host)
    if #top == 0 then
      redis.call('ZREM', S, host)
      break
    end
    dequeued(host, 1)
    n = n + 1
    redis.call('HSET', hk, 'n', n, 'next', now + g)
    local id = now .. '.' .. prev .. '|' .. host .. '|' .. top[2] .. '|' .. top[1]
    prev = now + g
    redis.call('ZADD', L, now + ttl, id)
    out[#out + 1] = id
    -- A host whose queue just ran out stays scheduled; the claim that finds
    -- it empty takes it off (one command less per URL).
    if n >= maxin then
      redis.call('ZREM', S, host)
      break
    end
    if g > 0 then
      redis.call('ZADD', S, now + g, host)
      break
    end
  end
  if #out >= max then break end
end
local first = redis.call('ZRANGE', S, 0, 0, 'WITHSCORES')
return {out, first[2] or ''}`)

// finishScript: ARGV[4] lease id, [5] after (ms), [6] gap (ms, 0 keep),
// [7] requeue (0/1), [8] retry at (ms), [9] max in flight, [10] 1 when the
// lease made no request (the host's next start goes back to what it was).
// Returns 0 when the lease was lost.
var finishScript = redis.NewScript(frontierLib + `
local id, after, gap, requeue, retry, maxin = ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7] == '1', tonumber(ARGV[8]), tonumber(ARGV[9])
local host, score, member, prev = lease(id)
local hk = HP..host
if redis.call('ZREM', L, id) == 0 then
  -- The lease expired and a claim returned the URL to its queue: take it
  -- out again when the URL is done, so it is not fetched twice.
  if not requeue and redis.call('ZREM', QP..host, member) == 1 then
    dequeued(host, 1)
    schedule(host, maxin)
  end
  return 0
end
local h = redis.call('HMGET', hk, 'n', 'next')
local n, nxt = math.max(tonumber(h[1] or '1') - 1, 0), tonumber(h[2] or '0')
if ARGV[10] == '1' and prev and prev < nxt then nxt = prev end
nxt = math.max(nxt, now + after)
if gap > 0 then
  redis.call('HSET', hk, 'n', n, 'next', nxt, 'g', gap)
else
  redis.call('HSET', hk, 'n', n, 'next', nxt)
end
if requeue then
  if retry > now then
    redis.call('ZADD', D, retry, host .. '|' .. score .. '|' .. member)
  else
    enqueue(host, score, member)
  end
end
if redis.call('ZCARD', QP..host) == 0 then
  redis.call('ZREM', S, host)
  if n == 0 then
    -- An idle host's record matters until its next start has passed; it
    -- is kept an hour longer (a claim makes it permanent again).
    redis.call('HSET', hk, 'idle', 1)
    redis.call('PEXPIRE', hk, math.max(nxt - now, 0) + 3600000)
  end
else
  place(host, n, nxt, maxin)
end
return 1`)

// statsScript: ARGV[4] top. Returns {queued, hosts, due, scheduled,
// leased, delayed, {host, queued, in flight, due}...}.
var statsScript = redis.NewScript(frontierLib + `
local out = {tonumber(redis.call('HGET', N, 'q') or '0'), redis.call('ZCARD', C),
  redis.call('ZCOUNT', S, '-inf', now), redis.call('ZCARD', S), redis.call('ZCARD', L), redis.call('ZCARD', D)}
local top = redis.call('ZREVRANGE', C, 0, tonumber(ARGV[4]) - 1, 'WITHSCORES')
for i = 1, #top, 2 do
  local host = top[i]
  out[#out + 1] = {host, top[i + 1], redis.call('HGET', HP..host, 'n') or '0', redis.call('ZSCORE', S, host) or ''}
end
return out`)

func (s *Store) fargs(now time.Time, rest ...any) []any {
	return append([]any{s.ftag + "q:", s.ftag + "h:", now.UnixMilli()}, rest...)
}

// pushChunk bounds the entries sent in one script call.
const pushChunk = 512

// FrontierPush implements frontier.Store.
func (s *Store) FrontierPush(ctx context.Context, r frontier.PushRequest) (int, error) {
	if r.Host == "" || strings.ContainsRune(r.Host, '|') {
		return 0, fmt.Errorf("frontier push: bad host %q", r.Host)
	}
	total := 0
	for i := 0; i < len(r.Entries) || (i == 0 && len(r.Entries) == 0); i += pushChunk {
		part := r.Entries[i:min(i+pushChunk, len(r.Entries))]
		id := ""
		if r.ID != "" {
			id = s.ftag + "i:" + r.ID
			if i > 0 {
				id += ":" + strconv.Itoa(i/pushChunk)
			}
		}
		args := s.fargs(r.Now, id, max(r.IDTTL.Milliseconds(), 1), max(r.MaxInFlight, 1), r.Host)
		for _, e := range part {
			args = append(args, scoreArg(e.Score), e.Member)
		}
		if len(part) == 0 {
			break
		}
		n, err := pushScript.Run(ctx, s.c, s.fkeys(), args...).Int()
		if err != nil {
			return total, s.wrap("frontier push", err)
		}
		if n > 0 {
			total += n
		}
	}
	return total, nil
}

func scoreArg(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// FrontierClaim implements frontier.Store.
func (s *Store) FrontierClaim(ctx context.Context, r frontier.ClaimRequest) (frontier.Claimed, error) {
	if r.Max <= 0 {
		return frontier.Claimed{}, nil
	}
	sweep := "0"
	if !r.NoSweep {
		sweep = "1"
	}
	res, err := claimScript.Run(ctx, s.c, s.fkeys(), s.fargs(r.Now, r.Max, max(r.MaxInFlight, 1),
		r.Gap.Milliseconds(), max(r.LeaseTTL.Milliseconds(), 1), sweep)...).Slice()
	if err != nil {
		return frontier.Claimed{}, s.wrap("frontier claim", err)
	}
	var out frontier.Claimed
	ids, _ := res[0].([]any)
	for _, v := range ids {
		id, _ := v.(string)
		l, err := parseLease(id)
		if err != nil {
			return out, err
		}
		out.Leases = append(out.Leases, l)
	}
	if next, _ := res[1].(string); next != "" {
		if ms, err := strconv.ParseFloat(next, 64); err == nil {
			out.NextDue = time.UnixMilli(int64(ms))
		}
	}
	return out, nil
}

// parseLease splits a lease id "claimed.prevnext|host|score|member".
func parseLease(id string) (frontier.Lease, error) {
	f := strings.SplitN(id, "|", 4)
	if len(f) != 4 {
		return frontier.Lease{}, fmt.Errorf("frontier claim: malformed lease %q", id)
	}
	score, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return frontier.Lease{}, fmt.Errorf("frontier claim: malformed lease %q: %w", id, err)
	}
	return frontier.Lease{ID: id, Host: f[1], Entry: frontier.Entry{Member: f[3], Score: score}}, nil
}

// FrontierFinish implements frontier.Store.
func (s *Store) FrontierFinish(ctx context.Context, r frontier.FinishRequest) error {
	req := "0"
	if r.Requeue {
		req = "1"
	}
	retry := int64(0)
	if !r.RetryAt.IsZero() {
		retry = r.RetryAt.UnixMilli()
	}
	unused := "0"
	if r.NoRequest {
		unused = "1"
	}
	n, err := finishScript.Run(ctx, s.c, s.fkeys(), s.fargs(r.Now, r.Lease.ID, max(r.After.Milliseconds(), 0),
		max(r.Gap.Milliseconds(), 0), req, retry, max(r.MaxInFlight, 1), unused)...).Int()
	if err != nil {
		return s.wrap("frontier finish", err)
	}
	if n == 0 {
		return frontier.ErrLeaseLost
	}
	return nil
}

// FrontierStats implements frontier.Store.
func (s *Store) FrontierStats(ctx context.Context, now time.Time, top int) (frontier.Stats, error) {
	if top <= 0 {
		top = 10
	}
	res, err := statsScript.Run(ctx, s.c, s.fkeys(), s.fargs(now, top)...).Slice()
	if err != nil {
		return frontier.Stats{}, s.wrap("frontier stats", err)
	}
	num := func(v any) int64 {
		switch x := v.(type) {
		case int64:
			return x
		case string:
			f, _ := strconv.ParseFloat(x, 64)
			return int64(f)
		}
		return 0
	}
	if len(res) < 6 {
		return frontier.Stats{}, fmt.Errorf("frontier stats: short reply %v", res)
	}
	st := frontier.Stats{Queued: num(res[0]), Hosts: num(res[1]), DueNow: num(res[2]), Leased: num(res[4]), Delayed: num(res[5])}
	st.Waiting = num(res[3]) - st.DueNow
	for _, v := range res[6:] {
		row, _ := v.([]any)
		if len(row) != 4 {
			continue
		}
		host, _ := row[0].(string)
		hq := frontier.HostQueue{Host: host, Queued: num(row[1]), InFlight: num(row[2])}
		if due, _ := row[3].(string); due != "" {
			hq.DueAt = time.UnixMilli(num(due))
		}
		st.TopHosts = append(st.TopHosts, hq)
	}
	return st, nil
}

// FrontierQueueMemory reports the Redis memory of one host's queue and how
// many URLs it holds (for benchmarks and capacity planning).
func (s *Store) FrontierQueueMemory(ctx context.Context, host string) (bytes, urls int64, err error) {
	key := s.ftag + "q:" + host
	urls, err = s.c.ZCard(ctx, key).Result()
	if err != nil {
		return 0, 0, s.wrap("frontier memory", err)
	}
	bytes, err = s.c.MemoryUsage(ctx, key, 0).Result()
	if err != nil {
		return 0, 0, s.wrap("frontier memory", err)
	}
	return bytes, urls, nil
}

// FrontierHosts implements frontier.Store.
func (s *Store) FrontierHosts(ctx context.Context, hosts []string) ([]frontier.HostQueue, error) {
	type cmds struct {
		q *redis.IntCmd
		h *redis.SliceCmd
		d *redis.FloatCmd
	}
	cs := make([]cmds, len(hosts))
	_, err := s.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, h := range hosts {
			cs[i] = cmds{p.ZCard(ctx, s.ftag+"q:"+h), p.HMGet(ctx, s.ftag+"h:"+h, "n", "next"), p.ZScore(ctx, s.ftag+"s", h)}
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, s.wrap("frontier hosts", err)
	}
	out := make([]frontier.HostQueue, len(hosts))
	for i, h := range hosts {
		row := frontier.HostQueue{Host: h, Queued: cs[i].q.Val()}
		if v := cs[i].h.Val(); len(v) == 2 {
			if n, ok := v[0].(string); ok {
				row.InFlight, _ = strconv.ParseInt(n, 10, 64)
			}
			if n, ok := v[1].(string); ok {
				if ms, err := strconv.ParseInt(n, 10, 64); err == nil && ms > 0 {
					row.NextAt = time.UnixMilli(ms)
				}
			}
		}
		if cs[i].d.Err() == nil {
			row.DueAt = time.UnixMilli(int64(cs[i].d.Val()))
		}
		out[i] = row
	}
	return out, nil
}
