package testweb

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// HostileConfig describes a hostile web: one good news site and one host
// per way a web server can misbehave. The zero value is usable.
type HostileConfig struct {
	// Seed makes the good site's articles deterministic.
	Seed int64
	// Articles is the number of articles on the good site (0 means 20).
	Articles int
	// IPBase is the address of the first host; the others follow it (zero
	// means 127.0.4.1). It must be a loopback IPv4 address.
	IPBase netip.Addr
	// Port is the shared port (0 means pick a free one).
	Port int
	// TransientTooMany makes the good site's article with this index (from
	// 1) answer 429 once, without Retry-After (0 means 5, negative never).
	TransientTooMany int
}

// Outcomes a HostileCase expects of a crawl.
const (
	// WantFetched: the URL is fetched (and nothing more is asserted).
	WantFetched = "fetched"
	// WantStored: the URL becomes a stored story.
	WantStored = "stored"
	// WantNotStored: the URL may be fetched but never becomes a story
	// (text that is not language, counted by the extractor).
	WantNotStored = "not-stored"
	// WantTruncated: the URL becomes a story cut at the size limit.
	WantTruncated = "truncated"
	// WantNotFetched: robots.txt forbids the URL; it must never be requested.
	WantNotFetched = "not-fetched"
	// WantDeadLetter: the URL ends in the dead-letter stream, with one of
	// the Reasons in its reason.
	WantDeadLetter = "dead-letter"
	// WantSkipped: links of the case are skipped with one of the Reasons
	// as the crawler's skip reason.
	WantSkipped = "skipped"
)

// HostileCase is one misbehaviour and what a crawl should make of it.
type HostileCase struct {
	Name    string   // e.g. "retry-after-3600"
	Host    string   // host:port serving it
	URLs    []string // the URLs the expectation is about
	Want    string   // WantStored, WantDeadLetter, ...
	Reasons []string // accepted reasons (substrings of a dead letter's reason, or skip reasons)
}

// GoodArticle is an article of the good site, with its metadata.
type GoodArticle struct {
	URL       string
	Title     string
	Authors   []string
	Published time.Time
	Text      string
}

// HostileRequest is one request a hostile web served.
type HostileRequest struct {
	Host, Path, Query string
	At                time.Time
}

// Hostile is a running hostile web. Create it with ServeHostile.
type Hostile struct {
	cfg      HostileConfig
	port     int
	hosts    []*hostileHost
	articles []GoodArticle
	cases    []HostileCase
	srv      *http.Server
	ctx      context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup

	mu       sync.Mutex
	requests []HostileRequest
	seq      int
}

type hostileHost struct {
	name   string
	addr   netip.Addr
	routes map[string]http.HandlerFunc
}

// hostile host names, in address order; the good site comes first.
var hostileNames = []string{"good", "robots-1mib", "robots-20mib", "robots-gzip-bomb", "retry-after-3600",
	"retry-after-30", "stall-after-headers", "trickle-headers", "huge-header", "http09", "bad-chunks", "reset",
	"always-500", "query-trap", "garbage"}

// ServeHostile starts a hostile web on loopback and serves it until ctx
// ends or Close is called.
func ServeHostile(ctx context.Context, cfg HostileConfig) (*Hostile, error) {
	if cfg.Articles <= 0 {
		cfg.Articles = 20
	}
	if cfg.TransientTooMany == 0 {
		cfg.TransientTooMany = 5
	}
	if !cfg.IPBase.IsValid() {
		cfg.IPBase = netip.MustParseAddr("127.0.4.1")
	}
	if !cfg.IPBase.Is4() || !cfg.IPBase.IsLoopback() {
		return nil, fmt.Errorf("testweb: hostile IPBase %s is not a loopback IPv4 address", cfg.IPBase)
	}
	h := &Hostile{cfg: cfg}
	h.ctx, h.cancel = context.WithCancel(ctx)
	addr := cfg.IPBase
	for _, name := range hostileNames {
		h.hosts = append(h.hosts, &hostileHost{name: name, addr: addr, routes: map[string]http.HandlerFunc{}})
		addr = addr.Next()
	}
	lns, port, err := h.listen()
	if err != nil {
		h.cancel()
		return nil, err
	}
	h.port = port
	h.build()
	h.srv = &http.Server{Handler: http.HandlerFunc(h.serve), ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return h.ctx }}
	for _, ln := range lns {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			_ = h.srv.Serve(ln)
		}()
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		<-h.ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if h.srv.Shutdown(sctx) != nil {
			h.srv.Close()
		}
	}()
	return h, nil
}

func (h *Hostile) listen() ([]net.Listener, int, error) {
	var lastErr error
	for range 20 {
		var lns []net.Listener
		first, err := net.Listen("tcp4", net.JoinHostPort(h.hosts[0].addr.String(), strconv.Itoa(h.cfg.Port)))
		if err != nil {
			return nil, 0, fmt.Errorf("testweb: listen %s: %w", h.hosts[0].addr, err)
		}
		lns = append(lns, first)
		port := first.Addr().(*net.TCPAddr).Port
		for _, hh := range h.hosts[1:] {
			ln, err := net.Listen("tcp4", net.JoinHostPort(hh.addr.String(), strconv.Itoa(port)))
			if err != nil {
				lastErr = err
				break
			}
			lns = append(lns, ln)
		}
		if len(lns) == len(h.hosts) {
			return lns, port, nil
		}
		for _, ln := range lns {
			ln.Close()
		}
		if h.cfg.Port != 0 || !errors.Is(lastErr, syscall.EADDRINUSE) {
			return nil, 0, fmt.Errorf("testweb: listen: %w", lastErr)
		}
	}
	return nil, 0, fmt.Errorf("testweb: no shared free port: %w", lastErr)
}

// Close stops serving, ends stalled responses and waits for the server.
func (h *Hostile) Close() {
	h.cancel()
	h.wg.Wait()
}

func (h *Hostile) host(name string) *hostileHost {
	for _, hh := range h.hosts {
		if hh.name == name {
			return hh
		}
	}
	panic("testweb: no hostile host " + name)
}

// origin is the http://ip:port of a host.
func (h *Hostile) origin(hh *hostileHost) string {
	return "http://" + net.JoinHostPort(hh.addr.String(), strconv.Itoa(h.port))
}

// Seeds returns the good site's home page and every hostile host's.
func (h *Hostile) Seeds() []string {
	out := make([]string, 0, len(h.hosts))
	for _, hh := range h.hosts {
		out = append(out, h.origin(hh)+"/")
	}
	return out
}

// Articles returns the good site's articles.
func (h *Hostile) Articles() []GoodArticle { return append([]GoodArticle(nil), h.articles...) }

// Cases returns every hostile case with its expected outcome.
func (h *Hostile) Cases() []HostileCase { return append([]HostileCase(nil), h.cases...) }

// Requests returns every request served so far.
func (h *Hostile) Requests() []HostileRequest {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]HostileRequest(nil), h.requests...)
}

func (h *Hostile) serve(rw http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	if len(h.requests) < 1_000_000 {
		h.requests = append(h.requests, HostileRequest{Host: r.Host, Path: r.URL.Path, Query: r.URL.RawQuery, At: time.Now()})
	}
	h.mu.Unlock()
	ip, _, _ := net.SplitHostPort(r.Host)
	for _, hh := range h.hosts {
		if hh.addr.String() == ip {
			if fn, ok := hh.routes[r.URL.Path]; ok {
				fn(rw, r)
				return
			}
			break
		}
	}
	http.NotFound(rw, r)
}

func (h *Hostile) next() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seq++
	return h.seq
}

// hostilePage is a small HTML page.
func hostilePage(title, body string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(rw, "<!doctype html><html><head><title>%s</title></head><body>%s</body></html>", title, body)
	}
}

func plain(body []byte, encoding string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/plain")
		if encoding != "" {
			rw.Header().Set("Content-Encoding", encoding)
		}
		rw.Write(body)
	}
}

var allowAll = plain([]byte("User-agent: *\nAllow: /\n"), "")

// stall holds a response open until the client or the web gives up.
func (h *Hostile) stall(r *http.Request) {
	select {
	case <-h.ctx.Done():
	case <-r.Context().Done():
	}
}

// hijack takes over the connection for a raw response.
func hijack(rw http.ResponseWriter) (net.Conn, bool) {
	hj, ok := rw.(http.Hijacker)
	if !ok {
		return nil, false
	}
	c, _, err := hj.Hijack()
	return c, err == nil
}

// build sets up every host's routes, the good articles and the cases.
func (h *Hostile) build() {
	good := h.host("good")
	goodOrigin := h.origin(good)
	wr := &writer{v: newVocab(), r: rand.New(rand.NewPCG(uint64(h.cfg.Seed), 0x4057))}
	base := time.Date(2024, 5, 20, 9, 0, 0, 0, time.UTC)
	var home strings.Builder
	home.WriteString("<header><nav><a href=\"/\">Home</a></nav></header><main><h1>The Good Gazette</h1><ul>")
	for i := range h.cfg.Articles {
		e := wr.newEvent(i)
		title := wr.headline(e)
		author := wr.name()
		paras := wr.paragraphs(e, 6)
		pub := base.Add(-time.Duration(i) * 7 * time.Hour)
		path := fmt.Sprintf("/news/2024/05/%s-%d.html", slugify(title, 6), i+1)
		a := GoodArticle{URL: goodOrigin + path, Title: title, Authors: []string{author}, Published: pub,
			Text: strings.Join(paras, "\n")}
		h.articles = append(h.articles, a)
		fmt.Fprintf(&home, `<li><a href="%s">%s</a></li>`, path, title)
		page := goodArticlePage(a, paras)
		var once sync.Once
		tooMany := i+1 == h.cfg.TransientTooMany
		good.routes[path] = func(rw http.ResponseWriter, r *http.Request) {
			first := false
			if tooMany {
				once.Do(func() { first = true })
			}
			if first {
				http.Error(rw, "slow down", http.StatusTooManyRequests)
				return
			}
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Write(page)
		}
	}
	home.WriteString("</ul><h2>Elsewhere</h2><ul>")
	for _, hh := range h.hosts[1:] {
		fmt.Fprintf(&home, `<li><a href="%s/">%s</a></li>`, h.origin(hh), hh.name)
	}
	home.WriteString(`</ul><a href="/private/drafts.html">drafts</a></main>`)
	good.routes["/"] = hostilePage("The Good Gazette", home.String())
	good.routes["/robots.txt"] = plain([]byte("User-agent: *\nDisallow: /private/\n"), "")
	good.routes["/private/drafts.html"] = hostilePage("Drafts", "<p>not for crawlers</p>")
	h.cases = append(h.cases, HostileCase{Name: "good-private", Host: h.hostport(good),
		URLs: []string{goodOrigin + "/private/drafts.html"}, Want: WantNotFetched})

	h.buildRobots()
	h.buildSlowHosts()
	h.buildBrokenHosts()
	h.buildTrapAndGarbage(wr)
}

func (h *Hostile) hostport(hh *hostileHost) string {
	return net.JoinHostPort(hh.addr.String(), strconv.Itoa(h.port))
}

// goodArticlePage renders an article with every kind of metadata.
func goodArticlePage(a GoodArticle, paras []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | The Good Gazette</title>`, a.Title)
	fmt.Fprintf(&b, `<meta property="og:title" content="%s"><meta name="author" content="%s">`, a.Title, a.Authors[0])
	fmt.Fprintf(&b, `<meta property="article:published_time" content="%s"><link rel="canonical" href="%s">`,
		a.Published.Format(time.RFC3339), a.URL)
	fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"author":{"@type":"Person","name":%q},"datePublished":%q}</script>`,
		a.Title, a.Authors[0], a.Published.Format(time.RFC3339))
	fmt.Fprintf(&b, `</head><body><header><a href="/">The Good Gazette</a></header><article><h1>%s</h1>`, a.Title)
	fmt.Fprintf(&b, `<p class="byline">By <span class="author">%s</span> <time datetime="%s">%s</time></p>`,
		a.Authors[0], a.Published.Format(time.RFC3339), a.Published.Format("January 2, 2006"))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><footer><a href="/">Home</a></footer></body></html>`)
	return b.Bytes()
}

// buildRobots adds the hosts whose robots.txt is far over 500 KiB with its
// rules at the start.
func (h *Hostile) buildRobots() {
	rules := []byte("User-agent: *\nDisallow: /private/\n")
	pad := func(n int) []byte {
		line := []byte("# this robots.txt goes on and on and on and on and on and on and on\n")
		return append(bytes.Clone(rules), bytes.Repeat(line, n/len(line)+1)[:n]...)
	}
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write(rules)
	zeros := make([]byte, 1<<20)
	for range 256 {
		zw.Write(zeros)
	}
	zw.Close()
	for name, robots := range map[string]http.HandlerFunc{
		"robots-1mib":      plain(pad(1<<20), ""),
		"robots-20mib":     plain(pad(20<<20), ""),
		"robots-gzip-bomb": plain(bomb.Bytes(), "gzip"),
	} {
		hh := h.host(name)
		o := h.origin(hh)
		hh.routes["/robots.txt"] = robots
		hh.routes["/"] = hostilePage(name, `<a href="/private/secret.html">secret</a> <a href="/news/open-page.html">open</a>`)
		hh.routes["/private/secret.html"] = hostilePage("Secret", "<p>robots.txt forbids this page</p>")
		hh.routes["/news/open-page.html"] = hostilePage("Open", "<p>robots.txt allows this page</p>")
		h.cases = append(h.cases,
			HostileCase{Name: name, Host: h.hostport(hh), URLs: []string{o + "/private/secret.html"}, Want: WantNotFetched},
			HostileCase{Name: name + "-open", Host: h.hostport(hh), URLs: []string{o + "/news/open-page.html"}, Want: WantFetched})
	}
}

// buildSlowHosts adds hosts that make a crawler wait: long Retry-After,
// stalls after the headers, headers that trickle in.
func (h *Hostile) buildSlowHosts() {
	hh := h.host("retry-after-3600")
	hh.routes["/robots.txt"] = allowAll
	hh.routes["/"] = func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Retry-After", "3600")
		http.Error(rw, "come back in an hour", http.StatusTooManyRequests)
	}
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: []string{h.origin(hh) + "/"},
		Want: WantDeadLetter, Reasons: []string{"retry-after beyond limit"}})

	hh = h.host("retry-after-30")
	hh.routes["/robots.txt"] = allowAll
	var links strings.Builder
	var urls []string
	for i := range 5 {
		p := fmt.Sprintf("/news/story-%d.html", i)
		fmt.Fprintf(&links, `<a href="%s">story %d</a> `, p, i)
		urls = append(urls, h.origin(hh)+p)
		hh.routes[p] = func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Retry-After", "30")
			http.Error(rw, "busy", http.StatusTooManyRequests)
		}
	}
	hh.routes["/"] = hostilePage("Busy", links.String())
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: urls, Want: WantDeadLetter,
		Reasons: []string{"retry-after beyond limit", "fetch failed", "host parked", "host failing"}})

	hh = h.host("stall-after-headers")
	hh.routes["/robots.txt"] = allowAll
	hh.routes["/"] = hostilePage("Stall", `<a href="/news/stall.html">stall</a>`)
	hh.routes["/news/stall.html"] = func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		rw.Write([]byte("<html><body><p>The first words arrive and then"))
		rw.(http.Flusher).Flush()
		h.stall(r)
	}
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: []string{h.origin(hh) + "/news/stall.html"},
		Want: WantDeadLetter, Reasons: []string{"reading body: timed out"}})

	hh = h.host("trickle-headers")
	hh.routes["/robots.txt"] = allowAll
	hh.routes["/"] = hostilePage("Trickle", `<a href="/news/trickle.html">trickle</a>`)
	hh.routes["/news/trickle.html"] = func(rw http.ResponseWriter, r *http.Request) {
		c, ok := hijack(rw)
		if !ok {
			return
		}
		defer c.Close()
		c.Write([]byte("HTTP/1.1 200 OK\r\n"))
		for i := 0; ; i++ {
			if _, err := fmt.Fprintf(c, "X-Trickle-%d: one header a while\r\n", i); err != nil {
				return
			}
			select {
			case <-h.ctx.Done():
				return
			case <-time.After(300 * time.Millisecond):
			}
		}
	}
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: []string{h.origin(hh) + "/news/trickle.html"},
		Want: WantDeadLetter, Reasons: []string{"awaiting headers: timed out"}})
}

// buildBrokenHosts adds hosts that break the protocol or fail every page.
func (h *Hostile) buildBrokenHosts() {
	raw := func(name, path string, write func(c net.Conn)) {
		hh := h.host(name)
		hh.routes["/robots.txt"] = allowAll
		hh.routes["/"] = hostilePage(name, fmt.Sprintf(`<a href="%s">%s</a>`, path, name))
		hh.routes[path] = func(rw http.ResponseWriter, r *http.Request) {
			c, ok := hijack(rw)
			if !ok {
				return
			}
			defer c.Close()
			write(c)
		}
		h.cases = append(h.cases, HostileCase{Name: name, Host: h.hostport(hh), URLs: []string{h.origin(hh) + path},
			Want: WantDeadLetter, Reasons: []string{"fetch failed", "host parked"}})
	}
	raw("huge-header", "/news/huge-header.html", func(c net.Conn) {
		fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Huge: %s\r\n\r\n<p>x</p>", strings.Repeat("h", 100<<10))
	})
	raw("http09", "/news/http09.html", func(c net.Conn) {
		c.Write([]byte("<html><body><p>No status line, no headers: HTTP/0.9 style.</p></body></html>"))
	})
	raw("bad-chunks", "/news/bad-chunks.html", func(c net.Conn) {
		c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\nzz-not-a-size\r\nmore\r\n"))
	})
	raw("reset", "/news/reset.html", func(c net.Conn) {
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0) // close with RST
		}
	})

	hh := h.host("always-500")
	hh.routes["/robots.txt"] = allowAll
	var links strings.Builder
	var urls []string
	for i := range 12 {
		p := fmt.Sprintf("/news/broken-%d.html", i)
		fmt.Fprintf(&links, `<a href="%s">broken %d</a> `, p, i)
		urls = append(urls, h.origin(hh)+p)
		hh.routes[p] = func(rw http.ResponseWriter, r *http.Request) {
			http.Error(rw, "internal error", http.StatusInternalServerError)
		}
	}
	hh.routes["/"] = hostilePage("Broken", links.String())
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: urls, Want: WantDeadLetter,
		Reasons: []string{"fetch failed", "host parked", "host failing"}})
}

// buildTrapAndGarbage adds a trap without a name (random query values) and
// pages whose text is not a story, beside a deeply nested real one.
func (h *Hostile) buildTrapAndGarbage(wr *writer) {
	hh := h.host("query-trap")
	hh.routes["/robots.txt"] = allowAll
	trapLinks := func() string {
		return fmt.Sprintf(`<a href="/p?v=%08x%04xq">one</a> <a href="/p?v=%08x%04xq">two</a> <a href="/p?v=%08x%04xq">three</a>`,
			h.next(), h.next(), h.next(), h.next(), h.next(), h.next())
	}
	hh.routes["/"] = func(rw http.ResponseWriter, r *http.Request) { hostilePage("Trap", trapLinks())(rw, r) }
	hh.routes["/p"] = func(rw http.ResponseWriter, r *http.Request) { hostilePage("Trap page", trapLinks())(rw, r) }
	h.cases = append(h.cases, HostileCase{Name: hh.name, Host: h.hostport(hh), URLs: []string{h.origin(hh) + "/p"},
		Want: WantSkipped, Reasons: []string{"query-variants"}})

	hh = h.host("garbage")
	o := h.origin(hh)
	hh.routes["/robots.txt"] = allowAll
	r := rand.New(rand.NewPCG(uint64(h.cfg.Seed), 0x6a7b))
	noise := make([]byte, 400<<10)
	for i := range noise {
		noise[i] = byte(r.UintN(256))
	}
	blob := base64.StdEncoding.EncodeToString(noise[:200<<10])
	var lines []string
	for len(blob) > 76 {
		lines, blob = append(lines, blob[:76]), blob[76:]
	}
	e := wr.newEvent(1000)
	title := wr.headline(e)
	deepParas := wr.paragraphs(e, 6)
	var giant strings.Builder
	for giant.Len() < 1<<20 {
		giant.WriteString(wr.sentence(e))
		giant.WriteByte(' ')
	}
	token := strings.Repeat("xq", 400<<10)
	pages := map[string]http.HandlerFunc{
		"/news/2024/05/random-bytes.html": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			rw.Write(append([]byte("<html>"), noise...))
		},
		"/news/2024/05/base64-dump.html": hostilePage("Data dump", "<article><h1>Data dump</h1><p>"+strings.Join(lines, "\n")+"</p></article>"),
		"/news/2024/05/giant-token.html": hostilePage("One long word", "<article><h1>One long word</h1><p>"+token+"</p></article>"),
		"/news/2024/05/single-line.html": hostilePage("A single endless line", "<article><h1>A single endless line</h1><p>"+giant.String()+"</p></article>"),
		"/news/2024/05/deep-article.html": hostilePage(title, "<article><h1>"+title+"</h1>"+strings.Repeat("<div class=\"wrap\">", 600)+
			"<p>"+strings.Join(deepParas, "</p>\n<p>")+"</p>"+strings.Repeat("</div>", 600)+"</article>"),
	}
	var links strings.Builder
	for p, fn := range pages {
		hh.routes[p] = fn
		fmt.Fprintf(&links, `<a href="%s">%s</a> `, p, p)
	}
	hh.routes["/"] = hostilePage("Garbage", links.String())
	h.cases = append(h.cases,
		HostileCase{Name: "garbage-random-bytes", Host: h.hostport(hh), URLs: []string{o + "/news/2024/05/random-bytes.html"}, Want: WantNotStored},
		HostileCase{Name: "garbage-base64", Host: h.hostport(hh), URLs: []string{o + "/news/2024/05/base64-dump.html"}, Want: WantNotStored},
		HostileCase{Name: "garbage-giant-token", Host: h.hostport(hh), URLs: []string{o + "/news/2024/05/giant-token.html"}, Want: WantNotStored},
		HostileCase{Name: "single-line-megabyte", Host: h.hostport(hh), URLs: []string{o + "/news/2024/05/single-line.html"}, Want: WantTruncated},
		HostileCase{Name: "deep-600-divs", Host: h.hostport(hh), URLs: []string{o + "/news/2024/05/deep-article.html"}, Want: WantStored})
}
