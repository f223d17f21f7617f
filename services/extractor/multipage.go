package extractor

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// An article continued on further pages (rel=next) is stored as one story:
// the first page is published as soon as it is extracted; when the crawler
// has fetched the next page, the extractor joins the parts in order and
// publishes the story again, with the longer text and a higher version, and
// records the next page's URL as one more URL of the story.
//
// The parts so far wait in the shared state under the next page's URL, so any
// replica that gets the next page can join them.
//
// A later page can arrive first (a home page or a feed links it directly):
// it declares the page it continues (rel=prev) and finds no parts under its
// own URL. It then waits in the broker (a delayed redelivery) for the earlier
// page to be extracted, up to Config.MultipageWait; the crawler queues the
// earlier page from its link. A later page whose first page never comes (not
// an article, not crawlable) is stored on its own once the wait is over.

// multipartTTL is how long the parts wait for their next page.
const multipartTTL = 24 * time.Hour

// continuationBonus makes the joined article beat the story's earlier copy
// (its own first page, or an aggregator copy of it).
const continuationBonus = 1000

// multipageRetry is how long a later page waits between looks for its
// earlier page's parts.
const multipageRetry = 10 * time.Second

type parts struct {
	First  string          `json:"first"`  // URL of the first page: the story's URL
	Pages  int             `json:"pages"`  // pages joined so far
	Result *extract.Result `json:"result"` // the article so far
}

func partsKey(pageURL string) string { return "mp:" + urlnorm.Key(pageURL) }

func waitsKey(pageURL string) string { return "mpwait:" + urlnorm.Key(pageURL) }

// awaitEarlierPage returns the error that makes a later page of a
// multi-page article (res.PrevPage set, no parts under its URL yet) wait in
// the broker for its earlier page, or nil once it has waited
// Config.MultipageWait: it is then stored as a story of its own. The waits
// are counted in the shared state, so they add up across redeliveries and
// replicas.
func (s *Service) awaitEarlierPage(ctx context.Context, p *bus.Page, res *extract.Result) error {
	if s.cfg.MultipageWait <= 0 {
		return nil
	}
	if s.noEarlier.Load() {
		s.m.multipage.WithLabelValues("alone").Inc()
		s.log.Info("later page of a multi-page article stored on its own: the crawl has ended without its earlier page",
			"url", p.URL, "prev", res.PrevPage)
		return nil
	}
	retry := min(multipageRetry, s.cfg.MultipageWait)
	most := int64((s.cfg.MultipageWait + retry - 1) / retry)
	n, err := s.st.Incr(ctx, waitsKey(p.URL), multipartTTL)
	if werr := s.waitForState("multi-page waits", err); werr != nil {
		return werr
	}
	if err != nil {
		s.log.Debug("multi-page wait not counted", "url", p.URL, "err", err)
		return nil
	}
	if n <= most {
		s.m.multipage.WithLabelValues("wait").Inc()
		return bus.Delay(retry, fmt.Errorf("page continues %s, which is not extracted yet (wait %d of %d)", res.PrevPage, n, most))
	}
	if n == most+1 {
		s.m.multipage.WithLabelValues("alone").Inc()
		s.log.Info("later page of a multi-page article stored on its own: its earlier page did not come",
			"url", p.URL, "prev", res.PrevPage, "waited", s.cfg.MultipageWait)
	}
	return nil
}

// StopWaitingForEarlierPages ends the waits of later pages for their
// earlier pages: from their next delivery on they are stored on their own.
// A one-pass crawl calls it once the crawler has nothing left to fetch and
// the only pages left are waiting ones, since no earlier page can come any
// more; it then ends in seconds rather than after Config.MultipageWait.
func (s *Service) StopWaitingForEarlierPages() { s.noEarlier.Store(true) }

// rememberNext keeps an article's parts so far under its next page's URL.
// It returns the state's error, which the caller turns into a wait when
// the state is down.
func (s *Service) rememberNext(ctx context.Context, pageURL string, res *extract.Result) error {
	return s.rememberParts(ctx, parts{First: pageURL, Pages: 1, Result: res})
}

func (s *Service) rememberParts(ctx context.Context, pt parts) error {
	if pt.Result == nil || pt.Result.NextPage == "" {
		return nil
	}
	next, err := s.norm.Normalize(pt.Result.NextPage)
	if err != nil || next == pt.First {
		return nil
	}
	b, err := json.Marshal(pt)
	if err != nil {
		return nil
	}
	if err := s.st.Set(ctx, partsKey(next), b, multipartTTL); err != nil {
		s.log.Info("cannot remember the next page of a multi-page article", "url", pt.First, "next", next, "err", err)
		return err
	}
	return nil
}

// continuationOf reports whether pageURL continues an article seen
// earlier, and the state's error if it could not tell.
func (s *Service) continuationOf(ctx context.Context, pageURL string) (parts, bool, error) {
	b, ok, err := s.st.Get(ctx, partsKey(pageURL))
	if err != nil || !ok {
		return parts{}, false, err
	}
	var pt parts
	if json.Unmarshal(b, &pt) != nil || pt.Result == nil || pt.First == "" {
		return parts{}, false, nil
	}
	return pt, true, nil
}

// continuation joins a next page to its article and republishes the story.
func (s *Service) continuation(ctx context.Context, p *bus.Page, pt parts, res *extract.Result) ([]*bus.Article, error) {
	joined := *pt.Result
	joined.AppendPage(res)
	pt.Result, pt.Pages = &joined, pt.Pages+1
	if werr := s.waitForState("multi-page parts", s.rememberParts(ctx, pt)); werr != nil {
		return nil, werr
	}
	canon := declaredCanonical(s.norm, pt.First, &joined)
	fp := s.hasher.FingerprintDoc(joined.Title, joined.Text)
	// The joined article is decided as a copy of the first page (its canonical
	// identity), under a URL of its own so that a redelivery replays it.
	rk, detail := rank(pt.First, canon, &joined)
	pub, slack := publishedRank(joined.PublishedAt, joined.PublishedPrecision)
	req := state.DedupeRequest{URL: fmt.Sprintf("%s#pages=%d", pt.First, pt.Pages), CanonicalURL: pt.First,
		TextHash: fp.TextHash, Bands: fp.Bands, Signature: fp.Signature, MinSimilarity: s.hasher.MinSimilarity(),
		Candidate: storyID(pt.First), Rank: rk + continuationBonus, Published: pub, PublishedSlack: slack,
		Detail: detail, Length: fp.Words, TTL: s.cfg.DedupeTTL}
	d, err := s.batch.Dedupe(ctx, req)
	if err != nil {
		if werr := s.waitForState("dedupe", err); werr != nil {
			return nil, werr
		}
		return nil, fmt.Errorf("dedupe %s: %w", p.URL, err)
	}
	s.m.dedupe.WithLabelValues("continuation").Inc()
	s.m.multipage.WithLabelValues("joined").Inc()
	alias := &bus.Article{Op: bus.OpAlias, StoryID: d.StoryID, Version: d.Version, URL: p.URL,
		Site: urlnorm.Host(p.URL), Tier: "continuation", FetchedAt: p.FetchedAt, DiscoveredAt: p.DiscoveredAt}
	out := []*bus.Article{alias}
	if d.New || d.Promote {
		story := &bus.Article{Op: bus.OpStory, StoryID: d.StoryID, Version: d.Version, URL: pt.First, CanonicalURL: canon,
			Site: urlnorm.Host(pt.First), Tier: d.Tier, FetchedAt: p.FetchedAt, DiscoveredAt: p.DiscoveredAt,
			SiteName: joined.SiteName, Title: joined.Title, Authors: joined.Authors, PublishedAt: joined.PublishedAt,
			ModifiedAt: joined.ModifiedAt, Language: joined.Language, Text: joined.Text, Image: joined.Image,
			Section: joined.Section, Tags: joined.Tags, Provenance: joined.Provenance,
			Signals: &bus.Signals{Rank: rk + continuationBonus, Detail: detail, Length: fp.Words, Published: pub, Slack: slack}}
		out = append([]*bus.Article{story}, out...)
	}
	return out, nil
}
