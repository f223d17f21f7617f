package crawler

// This file keeps what a feed or sitemap said of a URL that was already
// queued from another page (a home page links a story before its feed
// lists it): its publication time and, from a feed, its authors, so the
// page still reaches the extractor with them.

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/urlnorm"
)

// listedKey is the state key of what the listing said of the URL with key k.
func listedKey(k string) string { return "listed:" + k }

// listing is what a feed or sitemap said of a URL, as kept under its
// listedKey.
type listing struct {
	At      time.Time `json:"t,omitzero"` // in the zone the listing gave
	Authors []string  `json:"a,omitempty"`
}

// noteListed records the listing times and authors of feed and sitemap
// entries that were already seen (their task, queued from another page,
// has none), and of new entries whose listing the frontier's compact
// entry cannot carry (authors, a time in a zone other than UTC): those
// are marked Listed, for the fetch to look the listing up. Each key is
// written once per process while the memo holds it.
func (s *Service) noteListed(ctx context.Context, tasks []*bus.URLTask, keys []string, fresh []bool) {
	for i, t := range tasks {
		if fresh[i] {
			if t.Listed = len(t.Authors) > 0 || zoned(t.PublishedAt); !t.Listed {
				continue
			}
		} else if (t.PublishedAt.IsZero() && len(t.Authors) == 0) || s.listed.has(keys[i]) {
			continue
		}
		v, err := json.Marshal(listing{At: t.PublishedAt, Authors: t.Authors})
		if err != nil {
			continue
		}
		s.stateFailed("set", s.st.Set(ctx, listedKey(keys[i]), v, s.cfg.SeenTTL))
		s.listed.add(keys[i])
	}
}

// zoned reports whether t is set and written in a zone other than UTC.
func zoned(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	_, off := t.Zone()
	return off != 0
}

// listedOf returns what a feed or sitemap said of task's URL: the task's
// own publication time and authors, else those noteListed recorded; zero
// when none did.
func (s *Service) listedOf(ctx context.Context, task *bus.URLTask) listing {
	own := listing{At: task.PublishedAt, Authors: task.Authors}
	if !task.Listed && (!task.PublishedAt.IsZero() || len(task.Authors) > 0) || task.Kind == bus.KindSeed || task.Kind == bus.KindFeed {
		return own
	}
	v, ok, err := s.st.Get(ctx, listedKey(urlnorm.Key(task.URL)))
	if err != nil {
		s.stateFailed("get", err)
		return own // the task's own time, as the frontier kept it
	}
	if !ok {
		return own
	}
	if sec, err := strconv.ParseInt(string(v), 10, 64); err == nil {
		return listing{At: time.Unix(sec, 0).UTC()} // written before authors were kept
	}
	var l listing
	if err := json.Unmarshal(v, &l); err != nil {
		return own // a lost hint, not a failed fetch
	}
	if l.At.IsZero() {
		l.At = own.At
	}
	if len(l.Authors) == 0 {
		l.Authors = own.Authors
	}
	return l
}
