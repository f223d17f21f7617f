package extractor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/dedupe"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/sitetemplate"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/urlnorm"
)

// Config holds the extractor's settings. A zero field takes its default
// (DefaultConfig).
type Config struct {
	Concurrency   int           // pages extracted at once by one process (default 4)
	MaxDeliveries int           // failures before a page is dead-lettered (default 5)
	DedupeTTL     time.Duration // retention of dedupe state (default 30 days)
	Extract       extract.Options
	Dedupe        dedupe.Options
	// Batch groups the dedupe decisions of concurrent pages into pipelined
	// batches (one round trip for many pages; each page is still decided
	// by one atomic script call).
	Batch state.BatchOptions
	// NoTemplates turns off site-template learning: blocks that repeat across
	// many pages of one site (learned in the shared state, so every replica
	// benefits) are removed from article bodies.
	NoTemplates bool
	Templates   sitetemplate.Options
	// MultipageWait is how long a later page of a multi-page article that
	// arrives before its earlier page waits for it (default 3 minutes;
	// negative: it does not wait and is stored on its own).
	MultipageWait time.Duration
	// KindSites is how many sites Stats.Kinds keeps apart (default
	// DefaultKindSites); later sites count together.
	KindSites int
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Concurrency: 4, MaxDeliveries: 5, DedupeTTL: state.DefaultDedupeTTL, MultipageWait: 3 * time.Minute,
		Extract: extract.DefaultOptions(), Templates: sitetemplate.DefaultOptions(),
		Batch: state.BatchOptions{MaxBatch: state.DefaultMaxBatch, MaxInFlight: state.DefaultMaxInFlight,
			MaxWait: state.DefaultMaxWait},
	}
}

// setDefaults fills zero fields with DefaultConfig's.
func (c *Config) setDefaults() {
	d := DefaultConfig()
	if c.Concurrency == 0 {
		c.Concurrency = d.Concurrency
	}
	if c.MaxDeliveries == 0 {
		c.MaxDeliveries = d.MaxDeliveries
	}
	if c.DedupeTTL == 0 {
		c.DedupeTTL = d.DedupeTTL
	}
	if c.MultipageWait == 0 {
		c.MultipageWait = d.MultipageWait
	}
	if c.Extract == (extract.Options{}) {
		c.Extract = d.Extract
	}
	if c.Templates == (sitetemplate.Options{}) {
		c.Templates = d.Templates
	}
	if c.Batch == (state.BatchOptions{}) {
		c.Batch = d.Batch
	}
}

// Validate reports impossible values; zero fields stand for their defaults.
// It does not change c.
func (c Config) Validate() error {
	c.setDefaults()
	var errs []error
	if c.Concurrency < 0 {
		errs = append(errs, fmt.Errorf("extractor concurrency %d is negative", c.Concurrency))
	}
	if c.MaxDeliveries < 0 {
		errs = append(errs, fmt.Errorf("extractor max deliveries %d is negative", c.MaxDeliveries))
	}
	if c.DedupeTTL < 0 {
		errs = append(errs, fmt.Errorf("dedupe window %v is negative", c.DedupeTTL))
	}
	if c.Batch.MaxBatch < 0 || c.Batch.MaxInFlight < 0 || c.Batch.MaxWait < 0 {
		errs = append(errs, fmt.Errorf("dedupe batch options %+v: negative value", c.Batch))
	}
	if c.Extract.MaxTextChars < 0 {
		errs = append(errs, fmt.Errorf("max story chars %d is negative", c.Extract.MaxTextChars))
	}
	return errors.Join(errs...)
}

// State is what the extractor needs of the shared state: the dedupe
// decision, and values, counters and the seen-set for multi-page articles
// and site templates. *memstate.Store and *redisstate.Store satisfy it.
type State interface {
	state.Deduper
	state.Cache
	state.SeenSet
}

// JetStream is what the extractor calls on JetStream: publishing, its pull consumer and the bucket of
// large bodies. A jetstream.JetStream
// satisfies it.
type JetStream interface {
	jetstream.Publisher
	Consumer(ctx context.Context, stream, consumer string) (jetstream.Consumer, error)
	ObjectStore(ctx context.Context, bucket string) (jetstream.ObjectStore, error)
}

// Deps are the extractor's connections.
type Deps struct {
	JS      JetStream
	State   State
	Log     *slog.Logger
	Metrics prometheus.Registerer
}

// Stats are running totals.
type Stats struct {
	Pages       atomic.Int64 // pages handled
	Articles    atomic.Int64 // article messages published (new stories and promotions)
	New         atomic.Int64 // new stories
	Duplicates  atomic.Int64 // copies of known stories (any tier)
	NonArticles atomic.Int64 // pages that are not articles
	NotText     atomic.Int64 // article pages whose text is not language (binary, base64, a giant token)
	Truncated   atomic.Int64 // stories cut at the text size limit
	Failed      atomic.Int64 // pages that could not be extracted
	// Copies of known stories by the tier that matched them (state.Tier*).
	SameURL   atomic.Int64 // the same URL again (a replay)
	Canonical atomic.Int64 // by canonical URL
	SameText  atomic.Int64 // by normalised body text
	Near      atomic.Int64 // near-duplicate body
	// Kinds counts the page kinds decided, per site (articles, whether new
	// or copies, and the kinds of non-articles).
	Kinds KindTally
}

// Service is an extractor replica.
type Service struct {
	cfg    Config
	js     JetStream
	st     State
	batch  *state.Batcher
	log    *slog.Logger
	ex     *extract.Extractor
	hasher *dedupe.Hasher
	codec  *bus.Codec
	obj    jetstream.ObjectStore
	norm   *urlnorm.Normalizer
	m      *metrics
	worker atomic.Pointer[bus.Worker] // set by Run, read by InFlight from other goroutines
	learn  *sitetemplate.Learner      // nil when templates are off
	stats  Stats
	// noEarlier, once set, ends every later page's wait for its earlier
	// page (see StopWaitingForEarlierPages).
	noEarlier atomic.Bool
}

// stateRetry is how long a page waits when the dedupe state is unreachable.
const stateRetry = 3 * time.Second

// New builds an extractor.
func New(cfg Config, deps Deps) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("extractor config: %w", err)
	}
	cfg.setDefaults()
	if deps.State == nil {
		return nil, errors.New("extractor: a state store is required")
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	batch := state.NewBatcher(deps.State, cfg.Batch)
	s := &Service{cfg: cfg, js: deps.JS, st: deps.State, batch: batch, log: log.With("stage", bus.StageExtractor),
		ex: extract.New(cfg.Extract), hasher: dedupe.NewHasher(cfg.Dedupe), codec: bus.NewCodec(),
		norm: urlnorm.New(urlnorm.Options{}), m: newMetrics(deps.Metrics, batch)}
	s.stats.Kinds.SetLimit(cfg.KindSites)
	if !cfg.NoTemplates {
		s.learn = sitetemplate.New(deps.State, cfg.Templates)
	}
	return s, nil
}

// Stats returns the running totals.
func (s *Service) Stats() *Stats { return &s.stats }

// InFlight reports pages being handled now.
func (s *Service) InFlight() int64 {
	if w := s.worker.Load(); w != nil {
		return w.InFlight()
	}
	return 0
}

// Run pulls pages until ctx ends, then drains.
func (s *Service) Run(ctx context.Context) error {
	if s.js == nil {
		return errors.New("extractor: run needs JetStream")
	}
	aw := bus.AwaitOptions{Log: s.log}
	cons, err := bus.AwaitConsumer(ctx, s.js, bus.StreamPages, bus.ConsumerExtractor, aw)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: nothing was pulled
		}
		return fmt.Errorf("extractor: %w", err)
	}
	if obj, err := bus.AwaitObjectStore(ctx, s.js, bus.BucketBodies, aw); err == nil {
		s.obj = obj
	} else if ctx.Err() != nil {
		return nil // stopped while starting
	} else {
		s.log.Warn("object store unavailable; claim-checked pages cannot be read", "bucket", bus.BucketBodies, "err", err)
	}
	w := &bus.Worker{Consumer: cons, Concurrency: s.cfg.Concurrency,
		Settler: &bus.Settler{Stage: bus.StageExtractor, JS: s.js, MaxDeliveries: s.cfg.MaxDeliveries, Log: s.log,
			OnOutcome: func(o bus.Outcome, _ error) { s.m.outcomes.WithLabelValues(string(o)).Inc() }},
		Handle: s.handle}
	s.worker.Store(w)
	if err := w.Run(ctx); err != nil {
		return fmt.Errorf("extractor: %w", err)
	}
	return nil
}

func (s *Service) handle(ctx context.Context, m jetstream.Msg) error {
	p, err := s.codec.DecodePage(ctx, s.obj, m.Headers(), m.Data())
	if err != nil {
		if errors.Is(err, bus.ErrBadMessage) || errors.Is(err, bus.ErrTooLarge) {
			return bus.Permanent(err)
		}
		return err
	}
	s.stats.Pages.Add(1)
	start := time.Now()
	arts, err := s.Process(ctx, p)
	s.m.seconds.Observe(time.Since(start).Seconds())
	if err != nil {
		return err
	}
	for _, a := range arts {
		nm, err := bus.EncodeArticle(a)
		if err != nil {
			return bus.Permanent(err)
		}
		if _, err := s.js.PublishMsg(ctx, nm); err != nil {
			return fmt.Errorf("publish article %s: %w", a.URL, err)
		}
	}
	bus.DeleteBody(ctx, s.obj, m.Headers())
	return nil
}

// Process extracts one page and makes its dedupe decision. It returns the
// article message to publish, or none for a non-article. It is exported for
// offline use and benchmarks.
func (s *Service) Process(ctx context.Context, p *bus.Page) ([]*bus.Article, error) {
	site := urlnorm.Host(p.URL)
	var tpl extract.TemplateSet
	var hints extract.SiteHints
	if s.learn != nil {
		// Without a template the page is extracted as it is, unless the
		// shared state is down: then the page waits for it, so that what
		// is decided does not depend on when an outage fell.
		t, terr := s.learn.Template(ctx, site)
		if werr := s.waitForState("site template", terr); werr != nil {
			return nil, werr
		}
		if terr != nil {
			s.log.Debug("site template unavailable", "site", site, "err", terr)
			s.m.templates.WithLabelValues("error").Inc()
		} else {
			tpl = t
			// The learned template also carries the site's metadata
			// conventions (title affix, day-month order).
			hints, _ = t.(extract.SiteHints)
		}
	}
	res, err := s.ex.Extract(extract.Input{URL: p.URL, Body: p.Body, ContentType: p.ContentType, Template: tpl, Site: hints, FetchedAt: p.FetchedAt, ListedAt: p.ListedAt, ListedAuthors: p.ListedAuthors, Discovery: p.Kind})
	if err == nil && s.learn != nil {
		if oerr := s.learn.Observe(ctx, site, p.URL, res); oerr != nil {
			if werr := s.waitForState("site template observe", oerr); werr != nil {
				return nil, werr
			}
			s.log.Debug("site template observe failed", "site", site, "err", oerr)
			s.m.templates.WithLabelValues("error").Inc()
		} else if res.Provenance["text"] == "dom+template" {
			s.m.templates.WithLabelValues("applied").Inc()
		}
	}
	if s.learn != nil && res != nil && (err == nil || errors.Is(err, extract.ErrNotArticle)) && res.Kind != extract.KindGate {
		// A list's dates show the site's day-month order ("17/11/2026")
		// for the stories whose own dates do not ("09/10/2026").
		if err != nil {
			if oerr := s.learn.ObserveDateOrder(ctx, site, p.URL, res); oerr != nil {
				if werr := s.waitForState("site date order observe", oerr); werr != nil {
					return nil, werr
				}
				s.log.Debug("site date order observe failed", "site", site, "err", oerr)
				s.m.templates.WithLabelValues("error").Inc()
			}
		}
		// What the page showed of its kind teaches the site's address
		// shapes (best effort, like the template). A gate stands in for
		// a page of any kind: it teaches nothing of them.
		if oerr := s.learn.ObserveKind(ctx, site, p.URL, res); oerr != nil {
			// A page whose observation is lost (acked as a non-article
			// during an outage) would leave later pages of its site
			// judged on fewer signals: it waits instead.
			if werr := s.waitForState("site page kinds observe", oerr); werr != nil {
				return nil, werr
			}
			s.log.Debug("site page kinds observe failed", "site", site, "err", oerr)
			s.m.templates.WithLabelValues("error").Inc()
		}
	}
	if errors.Is(err, extract.ErrNotArticle) {
		kind := extract.KindOther
		if res != nil && res.Kind != "" {
			kind = res.Kind
		}
		s.stats.NonArticles.Add(1)
		s.stats.Kinds.Add(site, kind)
		s.m.pages.WithLabelValues(kind).Inc()
		if kind == extract.KindGate {
			s.log.Info("page is a consent or subscription wall; not stored", "url", p.URL, "err", err)
		} else if s.log.Enabled(ctx, slog.LevelDebug) {
			// Why a page was not stored is asked of a crawl more than
			// anything else: the kind and the rule that gave it.
			why := ""
			if res != nil {
				why = res.Provenance["kind"]
			}
			s.log.Debug("page not stored: not an article", "url", p.URL, "kind", kind, "why", why)
		}
		return nil, nil
	}
	var nt *extract.NotTextError
	if errors.As(err, &nt) {
		s.stats.NotText.Add(1)
		s.m.pages.WithLabelValues("not_text_" + strings.ReplaceAll(nt.Reason, "-", "_")).Inc()
		s.log.Info("page text is not language; not stored", "url", p.URL, "reason", nt.Reason, "err", err)
		return nil, nil
	}
	if err == nil && res.Truncated {
		s.stats.Truncated.Add(1)
		s.m.pages.WithLabelValues("truncated").Inc()
		s.log.Info("story text cut at the size limit", "url", p.URL, "original", res.Provenance["text_truncated"])
	}
	if errors.Is(err, extract.ErrTooLarge) {
		s.stats.Failed.Add(1)
		s.m.pages.WithLabelValues("too_large").Inc()
		s.log.Info("page over the extraction caps", "url", p.URL, "err", err)
		return nil, nil
	}
	if err != nil {
		s.stats.Failed.Add(1)
		s.m.pages.WithLabelValues("error").Inc()
		return nil, bus.Permanent(fmt.Errorf("extract %s: %w", p.URL, err))
	}
	s.m.pages.WithLabelValues(extract.KindArticle).Inc()
	s.stats.Kinds.Add(site, extract.KindArticle)
	first, ok, err := s.continuationOf(ctx, p.URL)
	if werr := s.waitForState("multi-page parts", err); werr != nil {
		return nil, werr
	}
	if ok {
		return s.continuation(ctx, p, first, res)
	}
	if res.PrevPage != "" {
		if werr := s.awaitEarlierPage(ctx, p, res); werr != nil {
			return nil, werr
		}
	}
	if werr := s.waitForState("multi-page parts", s.rememberNext(ctx, p.URL, res)); werr != nil {
		return nil, werr
	}
	canon := declaredCanonical(s.norm, p.URL, res)
	artCanon := canon
	if artCanon == "" && res.CanonicalURL != "" {
		if n, err := s.norm.Normalize(res.CanonicalURL); err == nil {
			artCanon = n
		}
	}
	fp := s.hasher.FingerprintDoc(res.Title, res.Text)
	pub, slack := publishedRank(res.PublishedAt, res.PublishedPrecision)
	rk, detail := rank(p.URL, canon, res)
	req := state.DedupeRequest{URL: p.URL, CanonicalURL: canon, TextHash: fp.TextHash, Bands: fp.Bands,
		Signature: fp.Signature, MinSimilarity: s.hasher.MinSimilarity(), Candidate: storyID(p.URL),
		Rank: rk, Published: pub, PublishedSlack: slack, Detail: detail, Length: fp.Words, TTL: s.cfg.DedupeTTL}
	d, err := s.batch.Dedupe(ctx, req)
	if err != nil {
		if werr := s.waitForState("dedupe", err); werr != nil {
			return nil, werr
		}
		return nil, fmt.Errorf("dedupe %s: %w", p.URL, err)
	}
	s.count(d)
	if s.log.Enabled(ctx, slog.LevelDebug) {
		s.log.Debug("dedupe decision", "url", p.URL, "story", d.StoryID, "version", d.Version, "tier", d.Tier,
			"new", d.New, "promote", d.Promote, "replay", d.Replay, "words", fp.Words, "rank", rk)
	}
	a := &bus.Article{Op: bus.OpAlias, StoryID: d.StoryID, Version: d.Version, URL: p.URL, CanonicalURL: artCanon,
		Site: urlnorm.Host(p.URL), Tier: d.Tier, FetchedAt: p.FetchedAt, DiscoveredAt: p.DiscoveredAt,
		Signals: &bus.Signals{Rank: rk, Detail: detail, Length: fp.Words, Published: pub, Slack: slack}}
	if d.New || d.Promote {
		a.Op = bus.OpStory
		a.SiteName, a.Title, a.Authors = res.SiteName, res.Title, res.Authors
		a.PublishedAt, a.ModifiedAt, a.Language = res.PublishedAt, res.ModifiedAt, res.Language
		a.Text, a.Image, a.Section, a.Tags, a.Provenance = res.Text, res.Image, res.Section, res.Tags, res.Provenance
	}
	return []*bus.Article{a}, nil
}

// waitForState returns, when err says the shared state is unreachable, the
// error that makes the page wait in the broker (without counting a failed
// delivery) until it is back; nil otherwise.
func (s *Service) waitForState(what string, err error) error {
	if !state.Unavailable(err) {
		return nil
	}
	s.m.outcomes.WithLabelValues("state_unavailable").Inc()
	return bus.Delay(stateRetry, fmt.Errorf("%s state unavailable: %w", what, err))
}

func (s *Service) count(d state.DedupeResult) {
	if d.Replay {
		s.m.dedupe.WithLabelValues("replay").Inc()
		return
	}
	tier := d.Tier
	if d.New {
		tier = "new"
		s.stats.New.Add(1)
	} else {
		s.stats.Duplicates.Add(1)
	}
	if d.New || d.Promote {
		s.stats.Articles.Add(1)
	}
	s.m.dedupe.WithLabelValues(tier).Inc()
	switch d.Tier {
	case state.TierURL:
		s.stats.SameURL.Add(1)
	case state.TierCanonical:
		s.stats.Canonical.Add(1)
	case state.TierText:
		s.stats.SameText.Add(1)
	case state.TierNear:
		s.stats.Near.Add(1)
	}
	if d.Promote && !d.New {
		s.m.dedupe.WithLabelValues("promoted").Inc()
	}
}

// storyID derives the id a story gets when this URL is its first copy.
func storyID(u string) string {
	return strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(urlnorm.Key(u)))[:16]
}

// declaredCanonical returns the normalised canonical URL the page declares
// (rel=canonical, og:url or JSON-LD url), or "" when it declares none, names
// a site's home page (a common template mistake that would fold every
// article of the site into one story) or does not normalise. The
// extractor's fallback to the page's own URL is not a declaration.
func declaredCanonical(n *urlnorm.Normalizer, pageURL string, res *extract.Result) string {
	if res.CanonicalURL == "" || res.Provenance["canonical_url"] == "url" {
		return ""
	}
	c, err := n.Normalize(res.CanonicalURL)
	if err != nil {
		return ""
	}
	cu, err := url.Parse(c)
	if err != nil || cu.Path == "" || cu.Path == "/" {
		if c != pageURL {
			return ""
		}
		return c
	}
	// The page was served at its rel=canonical path with a slash added
	// (the site redirects "/a" to "/a/"): the canonical is that page, as
	// it was fetched, so that it and copies naming it agree. (Not an
	// og:url, which templates write less carefully: a republisher's
	// og:url without the slash must not make its copy self-canonical.)
	if pu, err := url.Parse(pageURL); err == nil && res.Provenance["canonical_url"] == "link:canonical" && pu.Host == cu.Host && pu.Path == cu.Path+"/" {
		cu.Path += "/"
		if cu.RawPath != "" {
			cu.RawPath += "/"
		}
		return cu.String()
	}
	return c
}

// publishedRank is the publication time used to choose between copies, in
// unix seconds (0 when unknown), with the seconds the true time may lie
// either side of it: none for a clock time with a zone, 14 hours (the
// widest zone offset) for a clock time without one, and for a bare day its
// middle, give or take 26 hours (12 for the day, 14 for the zone). A copy
// is earlier only when it is surely earlier (state.Quality.Better).
func publishedRank(t *time.Time, precision string) (pub, slack int64) {
	if t == nil || t.IsZero() {
		return 0, 0
	}
	const hour = 3600
	u := max(t.Unix(), 1)
	switch precision {
	case extract.DateDay:
		return u + 12*hour, 26 * hour
	case extract.DateLocal:
		return u, 14 * hour
	}
	return u, 0
}

// Signals of how likely a copy is the original publisher's page. The rank
// signals are strong and come first; the detail signals, which a copy can
// carry too, count only between copies that their dates do not tell apart.
const (
	rankCopyOf          = -3 // declares another site's page canonical
	rankSyndicationTag  = -2 // "Read more at ..." / "Originally published ..." in the text
	detailSelfCanonical = 2  // declares itself canonical
	detailStructured    = 1  // JSON-LD article data (publisher, dates)
	detailByline        = 1  // names its authors
)

// rank scores a copy's strong and weak signals of being the original. The
// state store adds state.CanonicalTargetBonus to the rank of the page
// another copy named as its rel=canonical; then an earlier date, more
// detail and a longer text win, in that order (state.Quality.Better).
func rank(pageURL, canon string, res *extract.Result) (rank, detail int) {
	switch {
	case canon != "" && canon != pageURL && urlnorm.Host(canon) != urlnorm.Host(pageURL):
		rank += rankCopyOf
	case res.OriginURL != "":
		// "Read the original" / "元記事を読む" linking to another
		// site's page: a copy, whatever its canonical says.
		rank += rankCopyOf
	case canon == pageURL:
		detail += detailSelfCanonical
	}
	for _, m := range res.Provenance {
		if m == "jsonld" {
			detail += detailStructured
			break
		}
	}
	if len(res.Authors) > 0 {
		detail += detailByline
	}
	if syndicationTrailer(res.Text) {
		rank += rankSyndicationTag
	}
	return rank, detail
}

// syndicationTrailer reports whether the text's first or last lines credit
// another publisher ("Read more at ...", "Originally published ...").
func syndicationTrailer(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	check := func(l string) bool {
		l = strings.ToLower(strings.TrimSpace(l))
		for _, p := range []string{"read more at", "read the original", "originally published", "this story was originally",
			"this article was originally", "this article originally appeared", "view original"} {
			if strings.HasPrefix(l, p) {
				return true
			}
		}
		return false
	}
	n := len(lines)
	for i := max(0, n-2); i < n; i++ {
		if check(lines[i]) {
			return true
		}
	}
	if n > 0 && strings.HasPrefix(strings.TrimSpace(lines[n-1]), "SOURCE ") {
		return true // a press-release wire's "SOURCE Eastbridge University"
	}
	return n > 0 && (check(lines[0]) || wireDateline(lines[0]))
}

// wireDateline reports whether a press release's first line carries the
// dateline of the wire that spread it: "EASTBRIDGE, England, Mar. 10,
// 2025 /PRNewswire/ -- Scientists at ...".
func wireDateline(l string) bool {
	if len(l) > 300 {
		l = l[:300]
	}
	for from := 0; ; {
		i := strings.Index(l[from:], " /")
		if i < 0 {
			return false
		}
		i += from + 2
		j := strings.IndexByte(l[i:], '/')
		if j < 2 || j > 32 {
			from = i
			continue
		}
		rest := strings.TrimLeft(l[i+j+1:], " ")
		if strings.HasPrefix(rest, "--") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
			return true
		}
		from = i
	}
}
