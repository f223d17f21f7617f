package redisstate

import (
	"context"
	"fmt"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/frontier/frontiertest"
)

func TestFrontierContract(t *testing.T) {
	frontiertest.Run(t, func(t *testing.T) frontier.Store { return open(t) })
}

// TestFrontierBytesPerURL measures the Redis memory of a deep host queue:
// the goal is at most 200 bytes per queued URL of a typical news path.
func TestFrontierBytesPerURL(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	f := frontier.New(s, frontier.Options{})
	const n = 20000
	var tasks []*bus.URLTask
	now := time.Now().UTC()
	for i := range n {
		tasks = append(tasks, &bus.URLTask{URL: fmt.Sprintf("https://www.big-news.example/2026/11/%02d/world/story-number-%06d-of-the-archive", i%28+1, i),
			Kind: bus.KindArticle, Depth: 1, Site: "www.big-news.example", DiscoveredAt: now})
	}
	if _, err := f.Add(ctx, "", tasks...); err != nil {
		t.Fatal(err)
	}
	used, err := s.c.MemoryUsage(ctx, s.ftag+"q:www.big-news.example", 0).Result()
	if err != nil {
		t.Fatal(err)
	}
	per := float64(used) / n
	t.Logf("%d queued URLs (paths of %d bytes) use %d bytes of Redis: %.0f B per URL", n, len("/2026/11/01/world/story-number-000000-of-the-archive"), used, per)
	if per > 200 {
		t.Errorf("%.0f bytes per queued URL, want <= 200", per)
	}
}
