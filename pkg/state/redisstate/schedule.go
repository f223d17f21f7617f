package redisstate

// This file keeps the named due-time queues (state.Scheduler).

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/state"
)

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
