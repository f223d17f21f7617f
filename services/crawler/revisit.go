package crawler

// This file plans and releases the revisits of seeds, feeds and sections.

import (
	"context"
	"net/http"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/urlnorm"
)

// reschedule plans the next visit of a revisitable source (see
// frontier.Revisits), within its site's revisit bounds.
func (s *Service) reschedule(ctx context.Context, t *bus.URLTask, src *frontier.Source, rh http.Header, newLinks int) {
	if !s.cfg.Continuous || !frontier.Revisitable(t) {
		return
	}
	v := frontier.Visit{NewLinks: newLinks, Validated: rh != nil}
	if rh != nil {
		v.ETag, v.LastModified = rh.Get("ETag"), rh.Get("Last-Modified")
	}
	if site, _ := s.sites.get(ctx, urlnorm.Host(t.URL)); site != nil {
		v.Min, v.Max = site.RevisitMin, site.RevisitMax
	}
	s.stateFailed("revisit", s.rev.Plan(ctx, t, src, v))
}

// runScheduler moves due revisits onto the frontier intake.
func (s *Service) runScheduler(ctx context.Context) error {
	return s.rev.Run(ctx, func(ctx context.Context, t *bus.URLTask) error {
		m, err := bus.EncodeTask(t)
		if err != nil {
			return err
		}
		_, err = s.js.PublishMsg(ctx, m)
		return err
	}, s.m.revisits.Inc)
}

// Scheduled reports how many sources wait on the revisit schedule.
func (s *Service) Scheduled(ctx context.Context) (int64, error) {
	return s.rev.Len(ctx)
}
