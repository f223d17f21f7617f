package redisstate

// This file makes the dedupe decision in one script call (state.Deduper).

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/state"
)

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
