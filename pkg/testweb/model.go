package testweb

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"slices"
	"strings"
	"time"
)

// Site kinds reported in SiteInfo.Kind.
const (
	KindPublisher  = "publisher"
	KindAggregator = "aggregator"
	KindTrap       = "trap"
)

// Truth is the ground truth of a Web: what it serves and what a well-behaved
// crawler should and should not fetch. URLs carry the web's current port.
type Truth struct {
	Sites   []SiteInfo
	Stories []Story
	// Disallowed lists URLs linked from served pages that robots.txt forbids.
	Disallowed []string
	// Traps lists the entry URLs of the trap site's traps (empty without it).
	Traps []string
	// Forbidden lists links to private or metadata addresses that a safe
	// crawler must refuse (they are linked from the trap site).
	Forbidden []string
}

// SiteInfo describes one site.
type SiteInfo struct {
	Index      int    // position in Truth.Sites; also the IP offset from Config.IPBase
	Kind       string // KindPublisher, KindAggregator or KindTrap
	Name       string
	Host       string // ip:port
	Home       string // home page URL
	CrawlDelay int    // seconds, 0 when robots.txt has none
	Disallow   []string
	Feeds      []string // feed URLs (RSS or Atom)
	Sitemaps   []string // sitemap URLs listed in robots.txt
}

// Story is one original story and its syndicated copies.
type Story struct {
	ID        string
	URL       string // original URL on the publisher site
	Site      string // host of URL
	SiteName  string
	Title     string // clean title, without the site suffix
	Authors   []string
	Published time.Time
	Modified  time.Time
	Section   string
	Tags      []string
	// Event identifies the news event; stories of different publishers with
	// the same Event share names and topic but have different text.
	Event int
	// Text is the article body: paragraphs joined by "\n". It excludes the
	// headline, byline, date line, captions, pull quotes, inline "read also"
	// links, ads, share bars, related lists and comments.
	Text   string
	Copies []Copy
}

// Copy is an aggregator's republished copy of a story. Its body is the
// original's, with these documented edits: the last paragraph may be dropped
// (DroppedLast), curly quotes and dashes may be replaced by straight ones
// (Straightened), and a "Read more at <Publisher>" line follows the body
// outside it. The title is unchanged apart from the aggregator's suffix.
type Copy struct {
	URL       string
	Site      string
	SiteName  string
	Canonical bool // the page has rel=canonical pointing at the original
	// Plain copies name no source (no canonical, credit or Read-more line);
	// Dressed ones also pose as originals (self canonical, own JSON-LD
	// publisher, byline). See Config.PlainCopyRate.
	Plain, Dressed bool
	DroppedLast    bool
	Straightened   bool
	Posted         time.Time // the date line shown on the copy
	// Text is the copy's body as served: paragraphs joined by "\n".
	Text string
}

type story struct {
	id        string
	site      *site
	seq       int
	path      string
	title     string
	authors   []string
	published time.Time
	modified  time.Time
	section   string
	tags      []string
	ev        *event
	paras     []string
	copies    []*copyPage
}

func (s *story) text() string { return strings.Join(s.paras, "\n") }

type copyPage struct {
	st        *story
	site      *site
	seq       int
	path      string
	canonical bool
	plain     bool // names no source
	dressed   bool // plain, and poses as an original
	dropped   bool
	straight  bool
	posted    time.Time
	paras     []string
}

// route kinds.
const (
	rHome = iota
	rArticle
	rCopy
	rSection
	rTag
	rAuthor
	rPrivate
	rSearch
	rRobots
	rSitemap
	rSitemapIndex
	rSitemapPart
	rNewsSitemap
	rRSS
	rAtom
	rImage
	rArchive
	rUser
)

type route struct {
	kind int
	st   *story
	cp   *copyPage
	key  string
}

type site struct {
	index       int
	kind        string
	name        string
	layout      int
	prefix      string
	sep         string
	addr        netip.Addr
	sections    []string
	staff       []string
	stories     []*story // oldest first
	copies      []*copyPage
	routes      map[string]route
	crawlDelay  int
	disallow    []string
	nextSeq     int
	upcoming    []string // slugs of private draft pages
	loc         *time.Location
	bodyClass   string
	titleClass  string
	dateFmt     string // Go layout of visible dates
	bylineStyle int    // 0 plain, 1 upper case with role, 2 "Name | Role", 3 labelled in the site's language
	// lang, when set, is the language of a non-English publisher: its
	// visible dates name months in that language, day first.
	lang string
	// bare publishers declare no machine-readable dates or authors (no
	// JSON-LD, article:published_time or <time datetime>): only what the
	// page shows. Their listing pages are thin.
	bare bool
	// titlePrefix puts the site name before the headline ("Name :: Title").
	titlePrefix bool
}

// local converts t to the site's time zone.
func (s *site) local(t time.Time) time.Time { return t.In(s.loc) }

func (s *site) sortedStories() []*story {
	out := slices.Clone(s.stories)
	slices.SortStableFunc(out, func(a, b *story) int { return b.published.Compare(a.published) })
	return out
}

func authorSlug(name string) string { return slugify(name, 6) }

// articlePath is the URL path of a story under the site's layout.
func (s *site) articlePath(st *story) string {
	slug := slugify(st.title, 8)
	d := s.local(st.published)
	switch s.layout % 3 {
	case 0:
		return fmt.Sprintf("/%04d/%02d/%02d/%s/", d.Year(), d.Month(), d.Day(), slug)
	case 1:
		return fmt.Sprintf("/news/%s-%d", slug, 1000+st.seq*7+s.index)
	default:
		return fmt.Sprintf("/%s/%04d/%02d/%02d/%s.html", st.section, d.Year(), d.Month(), d.Day(), slug)
	}
}

func (s *site) sectionPath(sec string) string {
	switch s.layout % 3 {
	case 0:
		return "/category/" + sec + "/"
	case 1:
		return "/" + sec
	default:
		return "/" + sec + "/"
	}
}

func (s *site) tagPath(tag string) string {
	switch s.layout % 3 {
	case 0:
		return "/tag/" + tag + "/"
	case 1:
		return "/topics/" + tag
	default:
		return "/tags/" + tag + ".html"
	}
}

func (s *site) authorPath(name string) string {
	switch s.layout % 3 {
	case 0:
		return "/author/" + authorSlug(name) + "/"
	case 1:
		return "/people/" + authorSlug(name)
	default:
		return "/by/" + authorSlug(name)
	}
}

// pagePath is the URL of page n of a section, tag or author listing.
func (s *site) pagePath(rt route, n int) string {
	var base string
	switch rt.kind {
	case rSection:
		base = s.sectionPath(rt.key)
	case rTag:
		base = s.tagPath(rt.key)
	default:
		base = s.authorPath(rt.key)
	}
	if s.layout%3 == 0 {
		return fmt.Sprintf("%spage/%d/", base, n)
	}
	return fmt.Sprintf("%s?page=%d", base, n)
}

func (s *site) feedPath() string {
	if s.kind == KindAggregator {
		if s.layout == 0 {
			return "/rss.xml"
		}
		return ""
	}
	switch s.layout % 3 {
	case 0:
		return "/feed/"
	case 1:
		return "/atom.xml"
	}
	return ""
}

// sitemapPaths are the sitemap paths robots.txt lists.
func (s *site) sitemapPaths() []string {
	if s.kind == KindPublisher && s.layout%3 == 2 {
		return []string{"/sitemap_index.xml", "/news-sitemap.xml"}
	}
	if s.kind == KindTrap {
		return nil
	}
	return []string{"/sitemap.xml"}
}

// addStory registers a story's routes on its site.
func (s *site) addStory(st *story) {
	st.path = s.articlePath(st)
	if _, dup := s.routes[st.path]; dup {
		st.path = strings.TrimSuffix(st.path, "/")
		st.path = strings.TrimSuffix(st.path, ".html") + fmt.Sprintf("-%d", st.seq)
		if s.layout%3 == 2 {
			st.path += ".html"
		}
	}
	s.stories = append(s.stories, st)
	s.routes[st.path] = route{kind: rArticle, st: st}
	s.routes[s.sectionPath(st.section)] = route{kind: rSection, key: st.section}
	for _, t := range st.tags {
		s.routes[s.tagPath(t)] = route{kind: rTag, key: t}
	}
	for _, a := range st.authors {
		s.routes[s.authorPath(a)] = route{kind: rAuthor, key: a}
	}
	s.routes[fmt.Sprintf("/img/%d.jpg", st.seq)] = route{kind: rImage}
}

func (s *site) addCopy(cp *copyPage) {
	if s.layout == 0 {
		cp.path = fmt.Sprintf("/story/%d/%s", 50000+cp.seq*13, slugify(cp.st.title, 6))
	} else {
		cp.path = fmt.Sprintf("/a/%x.html", uint32(cp.seq*2654435761)^uint32(s.index*40503))
	}
	s.copies = append(s.copies, cp)
	s.routes[cp.path] = route{kind: rCopy, cp: cp}
}

func newSite(idx int, kind string, addr netip.Addr) *site {
	return &site{index: idx, kind: kind, addr: addr, routes: map[string]route{}, loc: time.UTC}
}

// generate builds every site and story from the config's seed.
func (w *Web) generate() {
	cfg := w.cfg
	r := rand.New(rand.NewPCG(uint64(cfg.Seed), 0x7e57))
	wr := &writer{v: w.v, r: r}
	next := cfg.IPBase
	nextAddr := func() netip.Addr { a := next; next = next.Next(); return a }
	prefixes := []string{"dl", "mh", "ct", "es", "ng", "rc", "hp", "vc"}
	seps := []string{" - ", " | ", " — "}

	npub := cfg.Publishers
	if cfg.CrawlDelaySite {
		npub++
	}
	for i := range npub {
		s := newSite(len(w.sites), KindPublisher, nextAddr())
		s.layout = i % 3
		s.name = w.v.siteNames[i%len(w.v.siteNames)]
		if i >= len(w.v.siteNames) {
			s.name = fmt.Sprintf("%s %d", s.name, i/len(w.v.siteNames)+1)
		}
		s.prefix = prefixes[i%len(prefixes)]
		s.sep = seps[i%3]
		cycle := i / 3
		s.dateFmt = [3][2]string{
			{"January 2, 2006", "Mon 2 Jan 2006 15.04 MST"},
			{"02.01.2006, 15:04", "2006-01-02 15:04"},
			{"2 Jan 2006, 15:04 MST", "Jan 2, 2006 3:04 PM"},
		}[s.layout][min(cycle, 1)]
		s.bylineStyle = 0
		if cycle > 0 {
			s.bylineStyle = 1 + s.layout%2
		}
		switch s.layout {
		case 0:
			s.loc = time.FixedZone("EDT", -4*3600)
			s.bodyClass, s.titleClass = []string{"entry-content", "td-post-content", s.prefix + "-content"}[min(cycle, 2)], []string{"entry-title", "td-post-title", s.prefix + "-title"}[min(cycle, 2)]
		case 1:
			s.loc = time.FixedZone("CEST", 2*3600)
			s.bodyClass, s.titleClass = []string{"story__text", "article__body", s.prefix + "-text"}[min(cycle, 2)], []string{"story__headline", "article__title", s.prefix + "-headline"}[min(cycle, 2)]
		default:
			s.bodyClass, s.titleClass = []string{"c-article__body", "article-body", s.prefix + "-body"}[min(cycle, 2)], []string{"c-article__title", "headline", s.prefix + "-hl"}[min(cycle, 2)]
		}
		if cycle >= 2 {
			// The third cycle: labelled bylines and day-first dates in
			// another language, "Name :: Title" titles, no
			// machine-readable metadata and thin listing pages.
			s.bare, s.titlePrefix, s.sep, s.bylineStyle = true, true, " :: ", 3
			s.lang = []string{"de", "ru", "fr"}[s.layout]
			s.loc = []*time.Location{time.FixedZone("MEZ", 3600), time.FixedZone("МСК", 3*3600), time.FixedZone("CET", 3600)}[s.layout]
		}
		s.disallow = []string{"/private/", "/search"}
		if cfg.CrawlDelaySite && i == npub-1 {
			s.crawlDelay = cfg.CrawlDelay
			s.name = "The Slow Courier"
			s.prefix = "sc"
		}
		secs := slices.Clone(w.v.sections)
		r.Shuffle(len(secs), func(a, b int) { secs[a], secs[b] = secs[b], secs[a] })
		s.sections = secs[:5+r.IntN(3)]
		for len(s.staff) < 6 {
			// Six different people: a story by two of them must not
			// name one twice.
			if n := wr.name(); !slices.Contains(s.staff, n) {
				s.staff = append(s.staff, n)
			}
		}
		for range 3 {
			s.upcoming = append(s.upcoming, slugify(wr.headline(wr.newEvent(-1)), 6))
		}
		s.routes["/"] = route{kind: rHome}
		s.routes["/robots.txt"] = route{kind: rRobots}
		for _, sec := range s.sections {
			s.routes[s.sectionPath(sec)] = route{kind: rSection, key: sec}
		}
		switch s.layout {
		case 0:
			s.routes["/feed/"] = route{kind: rRSS}
			s.routes["/sitemap.xml"] = route{kind: rSitemap}
		case 1:
			s.routes["/atom.xml"] = route{kind: rAtom}
			s.routes["/sitemap.xml"] = route{kind: rSitemap}
		case 2:
			s.routes["/sitemap_index.xml"] = route{kind: rSitemapIndex}
			s.routes["/sitemaps/posts.xml"] = route{kind: rSitemapPart, key: "posts"}
			s.routes["/sitemaps/sections.xml"] = route{kind: rSitemapPart, key: "sections"}
			s.routes["/news-sitemap.xml"] = route{kind: rNewsSitemap}
		}
		w.sites = append(w.sites, s)
		w.pubs = append(w.pubs, s)
	}

	// Stories, generated round-robin so that events can be shared both ways.
	counts := make([]int, len(w.pubs))
	for i, s := range w.pubs {
		counts[i] = cfg.Stories
		if s.crawlDelay > 0 {
			counts[i] = cfg.CrawlDelayStories
		}
	}
	eventOwner := map[int]*site{}
	var drafts [][]*story = make([][]*story, len(w.pubs))
	for k := 0; ; k++ {
		any := false
		for i, s := range w.pubs {
			if k >= counts[i] {
				continue
			}
			any = true
			var ev *event
			if len(w.events) > 0 && r.Float64() < cfg.SharedEventRate {
				cand := w.events[r.IntN(len(w.events))]
				if eventOwner[cand.id] != s {
					ev = cand
				}
			}
			if ev == nil {
				ev = wr.newEvent(len(w.events))
				w.events = append(w.events, ev)
				eventOwner[ev.id] = s
			}
			age := time.Duration(r.Int64N(int64(30 * 24 * time.Hour)))
			pub := cfg.Base.Add(-age).Truncate(time.Minute)
			drafts[i] = append(drafts[i], w.draftStory(wr, s, ev, pub))
		}
		if !any {
			break
		}
	}
	for i, s := range w.pubs {
		d := drafts[i]
		slices.SortStableFunc(d, func(a, b *story) int { return a.published.Compare(b.published) })
		for _, st := range d {
			w.register(s, st)
		}
	}

	// Aggregators copy some stories of every publisher.
	for i := range cfg.Aggregators {
		s := newSite(len(w.sites), KindAggregator, nextAddr())
		s.layout = i % 2
		s.name = w.v.aggNames[i%len(w.v.aggNames)]
		if i >= len(w.v.aggNames) {
			s.name = fmt.Sprintf("%s %d", s.name, i/len(w.v.aggNames)+1)
		}
		s.prefix = []string{"np", "hh", "ws", "dg"}[i%4]
		s.disallow = []string{"/out/", "/user/"}
		s.routes["/"] = route{kind: rHome}
		s.routes["/robots.txt"] = route{kind: rRobots}
		s.routes["/sitemap.xml"] = route{kind: rSitemap}
		s.routes["/archive"] = route{kind: rArchive}
		s.routes["/user/login"] = route{kind: rUser}
		if s.layout == 0 {
			s.routes["/rss.xml"] = route{kind: rRSS}
		}
		var all []*story
		for _, p := range w.pubs {
			all = append(all, p.stories...)
		}
		slices.SortStableFunc(all, func(a, b *story) int { return a.published.Compare(b.published) })
		for _, st := range all {
			if r.Float64() >= cfg.CopyRate {
				continue
			}
			w.makeCopy(r, s, st)
		}
		w.sites = append(w.sites, s)
		w.aggs = append(w.aggs, s)
	}

	if cfg.Trap {
		s := newSite(len(w.sites), KindTrap, nextAddr())
		s.name = "Endless Archive"
		s.routes["/"] = route{kind: rHome}
		s.routes["/robots.txt"] = route{kind: rRobots}
		w.sites = append(w.sites, s)
		w.trap = s
	}
}

func (w *Web) draftStory(wr *writer, s *site, ev *event, pub time.Time) *story {
	st := &story{site: s, ev: ev, published: pub}
	st.title = wr.headline(ev)
	st.section = ev.section
	if !slices.Contains(s.sections, st.section) {
		st.section = s.sections[wr.r.IntN(len(s.sections))]
	}
	n := 1
	if x := wr.r.IntN(20); x >= 14 {
		n = 2
		if x == 19 {
			n = 3
		}
	}
	for _, i := range wr.r.Perm(len(s.staff))[:n] {
		st.authors = append(st.authors, s.staff[i])
	}
	st.tags = []string{slugify(ev.head, 4), slugify(ev.place, 4)}
	if wr.r.IntN(2) == 0 {
		st.tags = append(st.tags, slugify(wr.pick(wr.v.nouns), 2))
	}
	st.paras = wr.paragraphs(ev, 5+wr.r.IntN(6))
	st.modified = st.published
	if wr.r.IntN(4) == 0 {
		st.modified = st.published.Add(time.Duration(1+wr.r.IntN(20)) * time.Hour)
	}
	return st
}

func (w *Web) register(s *site, st *story) {
	s.nextSeq++
	st.seq = s.nextSeq
	st.id = fmt.Sprintf("%s-%04d", s.prefix, st.seq)
	s.addStory(st)
}

func (w *Web) makeCopy(r *rand.Rand, s *site, st *story) {
	s.nextSeq++
	cp := &copyPage{st: st, site: s, seq: s.nextSeq}
	cp.canonical = r.IntN(2) == 0
	cp.dropped = len(st.paras) >= 4 && r.IntN(10) < 3
	cp.straight = r.IntN(2) == 0
	cp.posted = st.published.Add(time.Duration(20+r.IntN(600)) * time.Minute)
	// A generator of its own, so that plain copies leave the rest of the
	// web as it is for a given seed.
	if pr := w.pageRand(s, fmt.Sprintf("plain-%d", cp.seq)); pr.Float64() < w.cfg.PlainCopyRate {
		cp.plain, cp.canonical, cp.dressed = true, false, pr.IntN(2) == 0
	}
	paras := st.paras
	if cp.dropped {
		paras = paras[:len(paras)-1]
	}
	cp.paras = make([]string, len(paras))
	for i, p := range paras {
		if cp.straight {
			p = w.v.straight.Replace(p)
		}
		cp.paras[i] = p
	}
	s.addCopy(cp)
	st.copies = append(st.copies, cp)
}
