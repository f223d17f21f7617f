package crawler

// This file keeps the publication time a feed or sitemap gave a URL that
// was already queued from another page (a home page links a story before
// its feed lists it), so the page still reaches the extractor with it.

import (
	"context"
	"strconv"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/urlnorm"
)

// listedKey is the state key of the listing time of the URL with key k.
func listedKey(k string) string { return "listed:" + k }

// noteListed records the listing times of feed and sitemap entries that
// were already seen (their task, queued from another page, has none).
// Each key is written once per process while the memo holds it.
func (s *Service) noteListed(ctx context.Context, tasks []*bus.URLTask, keys []string, fresh []bool) {
	for i, t := range tasks {
		if fresh[i] || t.PublishedAt.IsZero() || s.listed.has(keys[i]) {
			continue
		}
		v := strconv.FormatInt(t.PublishedAt.Unix(), 10)
		s.stateFailed("set", s.st.Set(ctx, listedKey(keys[i]), []byte(v), s.cfg.SeenTTL))
		s.listed.add(keys[i])
	}
}

// listedAt returns the publication time a feed or sitemap gave task's URL:
// the task's own, else one recorded by noteListed; zero when none.
func (s *Service) listedAt(ctx context.Context, task *bus.URLTask) time.Time {
	if !task.PublishedAt.IsZero() || task.Kind == bus.KindSeed || task.Kind == bus.KindFeed {
		return task.PublishedAt
	}
	v, ok, err := s.st.Get(ctx, listedKey(urlnorm.Key(task.URL)))
	if err != nil {
		s.stateFailed("get", err)
		return time.Time{}
	}
	if !ok {
		return time.Time{}
	}
	sec, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(sec, 0).UTC()
}
