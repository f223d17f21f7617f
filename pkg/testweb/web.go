package testweb

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Web is a running (or ready to run) simulated news web. Its methods are safe
// for concurrent use.
type Web struct {
	cfg Config
	v   *vocab
	log *slog.Logger

	mu     sync.RWMutex // guards sites' story lists and routes, port, cache
	sites  []*site
	pubs   []*site
	aggs   []*site
	trap   *site
	events []*event
	port   int
	cache  map[string]*page
	pubN   int // publishes so far (round-robin and seeding)

	reqMu    sync.Mutex
	reqs     []Request
	reqDrop  int
	servers  []*http.Server
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	handlers sync.WaitGroup // running HTTP handlers (see tracked)
	closed   bool
	bombOnce sync.Once
	bomb     []byte
}

// page is a rendered response body with its validators.
type page struct {
	body        []byte
	contentType string
	etag        string
	modified    time.Time
}

// New validates cfg and generates the web's content. Call Start to serve it.
func New(cfg Config) (*Web, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	w := &Web{cfg: c, v: newVocab(), cache: map[string]*page{}, log: slog.New(slog.DiscardHandler)}
	w.generate()
	return w, nil
}

// Serve creates and starts a web and logs its sites. The sites stop serving
// when ctx ends; call Close to wait for that. A nil log discards.
func Serve(ctx context.Context, cfg Config, log *slog.Logger) (*Web, error) {
	w, err := New(cfg)
	if err != nil {
		return nil, err
	}
	if log != nil {
		w.log = log
	}
	if err := w.Start(ctx); err != nil {
		return nil, err
	}
	for _, s := range w.Truth().Sites {
		w.log.Info("testweb site", "kind", s.Kind, "name", s.Name, "url", s.Home)
	}
	return w, nil
}

// Start binds one listener per site on a shared port and starts serving. It
// returns once every site accepts connections. The sites serve until Close is
// called or ctx ends; ctx also stops automatic publishing.
func (w *Web) Start(ctx context.Context) error {
	w.mu.Lock()
	if w.servers != nil || w.closed {
		w.mu.Unlock()
		return errors.New("testweb: already started")
	}
	w.mu.Unlock()
	lns, port, err := w.listen()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	w.mu.Lock()
	w.port = port
	w.cancel = cancel
	w.cache = map[string]*page{}
	for i, s := range w.sites {
		srv := &http.Server{
			Handler:           w.tracked(w.handler(ctx, s)),
			ReadHeaderTimeout: w.cfg.ReadHeaderTimeout,
			ErrorLog:          nil,
			BaseContext:       func(net.Listener) context.Context { return ctx },
		}
		w.servers = append(w.servers, srv)
		ln := lns[i]
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			_ = srv.Serve(ln)
		}()
	}
	w.mu.Unlock()
	if w.cfg.PublishEvery > 0 && len(w.pubs) > 0 {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			t := time.NewTicker(w.cfg.PublishEvery)
			defer t.Stop()
			for i := 0; ; i++ {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					w.Publish(i)
				}
			}
		}()
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		<-ctx.Done()
		w.mu.RLock()
		srvs := w.servers
		w.mu.RUnlock()
		for _, s := range srvs {
			_ = s.Close()
		}
	}()
	return nil
}

// listen binds every site's address on one port, retrying with a fresh port
// when another process holds it on one of the addresses.
func (w *Web) listen() ([]net.Listener, int, error) {
	const attempts = 20
	var lastErr error
	for range attempts {
		var lns []net.Listener
		first, err := net.Listen("tcp4", net.JoinHostPort(w.sites[0].addr.String(), strconv.Itoa(w.cfg.Port)))
		if err != nil {
			return nil, 0, fmt.Errorf("testweb: listen %s: %w", w.sites[0].addr, err)
		}
		lns = append(lns, first)
		port := first.Addr().(*net.TCPAddr).Port
		for _, s := range w.sites[1:] {
			ln, err := net.Listen("tcp4", net.JoinHostPort(s.addr.String(), strconv.Itoa(port)))
			if err != nil {
				lastErr = fmt.Errorf("testweb: listen %s:%d: %w", s.addr, port, err)
				break
			}
			lns = append(lns, ln)
		}
		if len(lns) == len(w.sites) {
			return lns, port, nil
		}
		for _, ln := range lns {
			_ = ln.Close()
		}
		if w.cfg.Port != 0 || !errors.Is(lastErr, syscall.EADDRINUSE) {
			return nil, 0, lastErr
		}
	}
	return nil, 0, fmt.Errorf("testweb: no shared free port after %d attempts: %w", attempts, lastErr)
}

// Close stops serving, ends in-flight responses and waits for every goroutine
// the web started. It is safe to call more than once.
func (w *Web) Close() {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return
	}
	w.closed = true
	cancel := w.cancel
	w.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	w.wg.Wait()
	w.handlers.Wait()
}

// tracked counts h's running calls in w.handlers, so that Close returns
// only when no handler runs any more (http.Server.Close does not wait for
// them, and a test's leak check would find them).
func (w *Web) tracked(h http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.handlers.Add(1)
		defer w.handlers.Done()
		h.ServeHTTP(rw, r)
	})
}

// origin is the scheme://host:port of a site.
func (w *Web) origin(s *site) string {
	return "http://" + net.JoinHostPort(s.addr.String(), strconv.Itoa(w.port))
}

// Port is the shared port (0 before Start).
func (w *Web) Port() int {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.port
}

// Seeds returns the home page of every site: publishers (the Crawl-delay
// site last among them), then aggregators, then the trap site.
func (w *Web) Seeds() []string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	out := make([]string, 0, len(w.sites))
	for _, s := range w.sites {
		out = append(out, w.origin(s)+"/")
	}
	return out
}

// FeedURLs returns every RSS and Atom feed URL.
func (w *Web) FeedURLs() []string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var out []string
	for _, s := range w.sites {
		if s.kind != KindTrap && s.feedPath() != "" {
			out = append(out, w.origin(s)+s.feedPath())
		}
	}
	return out
}

// SitemapURLs returns every sitemap URL listed in a robots.txt (sitemap
// indexes and news sitemaps included).
func (w *Web) SitemapURLs() []string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var out []string
	for _, s := range w.sites {
		for _, p := range s.sitemapPaths() {
			out = append(out, w.origin(s)+p)
		}
	}
	return out
}

// Truth returns the ground truth with URLs on the current port.
func (w *Web) Truth() Truth {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var t Truth
	for _, s := range w.sites {
		o := w.origin(s)
		info := SiteInfo{Index: s.index, Kind: s.kind, Name: s.name, Host: o[len("http://"):], Home: o + "/",
			CrawlDelay: s.crawlDelay, Disallow: append([]string(nil), s.disallow...)}
		if s.kind != KindTrap && s.feedPath() != "" {
			info.Feeds = []string{o + s.feedPath()}
		}
		for _, p := range s.sitemapPaths() {
			info.Sitemaps = append(info.Sitemaps, o+p)
		}
		t.Sites = append(t.Sites, info)
		switch s.kind {
		case KindPublisher:
			for _, slug := range s.upcoming {
				t.Disallowed = append(t.Disallowed, o+"/private/drafts/"+slug)
			}
			t.Disallowed = append(t.Disallowed, o+"/search?q="+s.sections[0])
			for _, st := range s.stories {
				t.Stories = append(t.Stories, w.storyTruth(st))
			}
		case KindAggregator:
			t.Disallowed = append(t.Disallowed, o+"/user/login")
			for _, cp := range s.copies {
				if !cp.plain || s.layout != 1 { // plain copies have no "View original" link
					t.Disallowed = append(t.Disallowed, o+"/out/"+strconv.Itoa(cp.seq))
				}
			}
		case KindTrap:
			for _, p := range trapEntries() {
				t.Traps = append(t.Traps, o+p)
			}
			t.Forbidden = append(t.Forbidden, forbiddenLinks()...)
		}
	}
	return t
}

func (w *Web) storyTruth(st *story) Story {
	o := w.origin(st.site)
	out := Story{ID: st.id, URL: o + st.path, Site: o[len("http://"):], SiteName: st.site.name,
		Title: st.title, Authors: append([]string(nil), st.authors...), Published: st.published,
		Modified: st.modified, Section: st.section, Tags: append([]string(nil), st.tags...),
		Event: st.ev.id, Text: st.text()}
	for _, cp := range st.copies {
		co := w.origin(cp.site)
		out.Copies = append(out.Copies, Copy{URL: co + cp.path, Site: co[len("http://"):], SiteName: cp.site.name,
			Canonical: cp.canonical, Plain: cp.plain, Dressed: cp.dressed, DroppedLast: cp.dropped, Straightened: cp.straight, Posted: cp.posted,
			Text: joinLines(cp.paras)})
	}
	return out
}

func joinLines(p []string) string {
	var b bytes.Buffer
	for i, s := range p {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	return b.String()
}

// Publish adds a new story, published now, to publisher siteIndex (taken
// modulo the number of publishers, counting the Crawl-delay site last). The
// story appears at once on the home page, section pages, feed and sitemap.
func (w *Web) Publish(siteIndex int) Story {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := len(w.pubs)
	s := w.pubs[(siteIndex%n+n)%n]
	w.pubN++
	r := rand.New(rand.NewPCG(uint64(w.cfg.Seed), uint64(1_000_003*w.pubN+s.index)))
	wr := &writer{v: w.v, r: r}
	var ev *event
	if len(w.events) > 0 && r.Float64() < w.cfg.SharedEventRate {
		ev = w.events[r.IntN(len(w.events))]
	} else {
		ev = wr.newEvent(len(w.events))
		w.events = append(w.events, ev)
	}
	st := w.draftStory(wr, s, ev, time.Now().UTC().Truncate(time.Second))
	st.modified = st.published
	w.register(s, st)
	w.cache = map[string]*page{}
	return w.storyTruth(st)
}

// Requests returns a copy of the request log, oldest first.
func (w *Web) Requests() []Request {
	w.reqMu.Lock()
	defer w.reqMu.Unlock()
	return append([]Request(nil), w.reqs...)
}

// Reset clears the request log.
func (w *Web) Reset() {
	w.reqMu.Lock()
	defer w.reqMu.Unlock()
	w.reqs = nil
	w.reqDrop = 0
}

// DroppedRequests is how many log entries were dropped because the log was
// full (Config.MaxRequests) since the last Reset.
func (w *Web) DroppedRequests() int {
	w.reqMu.Lock()
	defer w.reqMu.Unlock()
	return w.reqDrop
}

func (w *Web) record(r Request) {
	w.reqMu.Lock()
	defer w.reqMu.Unlock()
	if len(w.reqs) >= w.cfg.MaxRequests {
		n := len(w.reqs) / 10
		if n == 0 {
			n = 1
		}
		w.reqs = append(w.reqs[:0], w.reqs[n:]...)
		w.reqDrop += n
	}
	w.reqs = append(w.reqs, r)
}

// newPage wraps a rendered body with its validators.
func newPage(body []byte, contentType string, modified time.Time) *page {
	sum := sha256.Sum256(body)
	return &page{body: body, contentType: contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`,
		modified: modified.UTC().Truncate(time.Second)}
}

// servePage writes p with conditional GET support (ETag, Last-Modified, 304).
func servePage(rw http.ResponseWriter, r *http.Request, p *page) {
	h := rw.Header()
	h.Set("Content-Type", p.contentType)
	h.Set("ETag", p.etag)
	h.Set("Cache-Control", "max-age=60")
	http.ServeContent(rw, r, "", p.modified, bytes.NewReader(p.body))
}
