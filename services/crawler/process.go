package crawler

// This file turns a fetched body into work: HTML pages go to the pages
// stream and give links, feeds and sitemaps give their entries.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/feeds"
	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/links"
	"newsroom.dev/pkg/urlnorm"
)

// processHTML publishes the page and queues its links.
func (s *Service) processHTML(ctx context.Context, task *bus.URLTask, finalURL string, body []byte, ct string, status int, src *frontier.Source, rh http.Header) error {
	pg, err := links.Extract(body, finalURL, links.Options{MaxLinks: s.cfg.MaxLinksPerPage, Normalizer: s.norm})
	if err != nil {
		s.log.Info("link extraction failed", "url", finalURL, "err", err)
		pg = &links.Page{}
	}
	if pg.Dropped > 0 {
		s.m.skipped.WithLabelValues("links-over-cap").Add(float64(pg.Dropped))
	}
	var found []candidate
	if !pg.NoFollow && task.Depth < s.cfg.MaxDepth {
		for _, l := range pg.Links {
			if l.NoFollow {
				continue
			}
			kind := bus.KindPage
			if l.ArticleLike {
				kind = bus.KindArticle
			}
			found = append(found, candidate{url: l.URL, kind: kind})
		}
		for _, f := range pg.Feeds {
			found = append(found, candidate{url: f.URL, kind: bus.KindFeed})
		}
	}
	// A page's next and previous pages (rel=next/prev) are followed one hop
	// past the depth limit: they are the same article's or list's other
	// pages, and a later page of an article waits in the extractor for its
	// earlier one.
	for _, u := range []string{pg.Next, pg.Prev} {
		if u != "" && task.Depth < s.cfg.MaxDepth+1 {
			found = append(found, candidate{url: u, kind: task.Kind})
		}
	}
	// Articles first, then feeds, then navigation: the frontier is FIFO, so
	// this puts a page's stories ahead of its section and tag links.
	sort.SliceStable(found, func(i, j int) bool { return kindRank(found[i].kind) < kindRank(found[j].kind) })
	newLinks, err := s.enqueue(ctx, task, found)
	if err != nil {
		return err
	}
	if !pg.NoIndex {
		l := s.listedOf(ctx, task)
		p := &bus.Page{URL: finalURL, RequestURL: task.URL, Status: status, ContentType: ct,
			ETag: rh.Get("ETag"), LastModified: rh.Get("Last-Modified"), Kind: task.Kind, Depth: task.Depth,
			Site: task.Site, FetchedAt: time.Now().UTC(), DiscoveredAt: task.DiscoveredAt,
			ListedAt: l.At, ListedAuthors: l.Authors, Body: body}
		msg, err := s.codec.EncodePage(ctx, s.obj, p)
		if errors.Is(err, bus.ErrTooLarge) {
			s.skip("page-too-large", finalURL)
		} else if err != nil {
			return err
		} else {
			if _, err := s.js.PublishMsg(ctx, msg); err != nil {
				return fmt.Errorf("publish page %s: %w", finalURL, err)
			}
			s.stats.Pages.Add(1)
			s.m.pages.Inc()
		}
	} else {
		s.skip("noindex", finalURL)
	}
	s.reschedule(ctx, task, src, rh, newLinks)
	return nil
}

// processFeed queues a feed's or sitemap's entries.
func (s *Service) processFeed(ctx context.Context, task *bus.URLTask, finalURL string, body []byte, src *frontier.Source, rh http.Header) error {
	res, err := feeds.Parse(body, finalURL, feeds.Options{Normalizer: s.norm})
	if err != nil {
		s.skip("feed-parse", finalURL)
		s.log.Info("feed parse failed", "url", finalURL, "err", err)
		return nil
	}
	if res.Skipped > 0 {
		s.m.skipped.WithLabelValues("feed-entry-invalid").Add(float64(res.Skipped))
	}
	var found []candidate
	for _, e := range res.Entries {
		date := e.Published
		if date.IsZero() {
			date = e.LastMod
		}
		found = append(found, candidate{url: e.URL, kind: bus.KindArticle, feed: true, date: date, authors: e.Authors})
	}
	for _, e := range res.Sitemaps {
		found = append(found, candidate{url: e.URL, kind: bus.KindFeed, feed: true})
	}
	ftask := *task
	ftask.Kind = bus.KindFeed // a feed's entries sit one hop from it, whatever the seed was
	n, err := s.enqueue(ctx, &ftask, found)
	if err != nil {
		return err
	}
	s.m.feedEntries.Add(float64(len(found)))
	if task.Kind == bus.KindSeed || task.Kind == bus.KindFeed {
		t := *task
		t.Kind = bus.KindFeed
		task = &t
	}
	s.reschedule(ctx, task, src, rh, n)
	return nil
}

func (s *Service) enqueueSitemaps(ctx context.Context, task *bus.URLTask, e *robotsEntry) {
	var found []candidate
	for _, sm := range e.rules.Sitemaps() {
		if n, err := s.norm.Normalize(sm); err == nil {
			found = append(found, candidate{url: n, kind: bus.KindFeed, feed: true})
		}
	}
	if len(found) == 0 {
		return
	}
	t := *task
	t.Depth = 0
	if _, err := s.enqueue(ctx, &t, found); err != nil {
		s.log.Warn("queue robots.txt sitemaps", "host", urlnorm.Host(task.URL), "err", err)
	}
}
