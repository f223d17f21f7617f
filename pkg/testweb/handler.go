package testweb

import (
	"bytes"
	"cmp"
	"context"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Request is one request the web served.
type Request struct {
	Start      time.Time
	End        time.Time // when the response was sent, or the client closed the connection
	Site       int       // index of the site (SiteInfo.Index)
	Host       string    // the Host header
	Method     string
	Path       string // escaped path
	Query      string // raw query, without '?'
	Header     http.Header
	Status     int
	Bytes      int64 // body bytes written
	RemoteAddr string
}

// recorder captures the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// Flush lets slow responses push bytes out.
func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *Web) handler(ctx context.Context, s *site) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		entry := func(status int, n int64) Request {
			return Request{Start: start, End: time.Now(), Site: s.index, Host: r.Host, Method: r.Method,
				Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Header: r.Header.Clone(), Status: status,
				Bytes: n, RemoteAddr: r.RemoteAddr}
		}
		if s.kind == KindTrap && streamed(r.URL.Path) {
			// Streamed trap responses are logged when they end, or when the
			// client closed the connection if that came first: a request the
			// client gave up on is no longer in flight, even while the
			// handler still works (the gzip bomb is compressed on first use).
			rec := &recorder{ResponseWriter: rw}
			gone := make(chan time.Time, 1)
			stop := context.AfterFunc(r.Context(), func() { gone <- time.Now() })
			w.serve(ctx, rec, r, s)
			e := entry(cmp.Or(rec.status, http.StatusOK), rec.bytes)
			if !stop() {
				if t := <-gone; t.Before(e.End) {
					e.End = t
				}
			}
			w.record(e)
			return
		}
		// Everything else is buffered and logged before it is sent, so a
		// client that has read a response always finds it in the log.
		buf := &bufferedWriter{header: http.Header{}}
		w.serve(ctx, buf, r, s)
		status := cmp.Or(buf.status, http.StatusOK)
		w.record(entry(status, int64(buf.body.Len())))
		maps.Copy(rw.Header(), buf.header)
		rw.WriteHeader(status)
		_, _ = rw.Write(buf.body.Bytes())
	})
}

// streamed reports whether a trap path streams its response.
func streamed(path string) bool {
	return path == "/big.html" || path == "/slow.html" || path == "/bomb.html"
}

// bufferedWriter collects a response in memory.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

func (w *Web) serve(ctx context.Context, rw http.ResponseWriter, r *http.Request, s *site) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		rw.Header().Set("Allow", "GET, HEAD")
		http.Error(rw, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rw.Header().Set("Server", "testweb")
	if s.kind == KindTrap {
		w.serveTrap(ctx, rw, r, s)
		return
	}
	path := r.URL.Path
	if s.kind == KindAggregator && strings.HasPrefix(path, "/out/") {
		w.serveOut(rw, r, s, strings.TrimPrefix(path, "/out/"))
		return
	}
	key := strconv.Itoa(s.index) + path
	if pg := r.URL.Query().Get("page"); path == "/search" || pg != "" {
		key += "?" + r.URL.RawQuery
	}
	w.mu.RLock()
	p := w.cache[key]
	gen := w.pubN
	var status int
	if p == nil {
		p, status = w.render(s, r)
	}
	w.mu.RUnlock()
	if status != 0 {
		rw.Header().Set("Content-Type", p.contentType)
		rw.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = rw.Write(p.body)
		}
		return
	}
	w.mu.Lock()
	if w.pubN == gen && len(w.cache) < w.cfg.MaxCachedPages {
		w.cache[key] = p
	}
	w.mu.Unlock()
	servePage(rw, r, p)
}

// serveOut redirects an aggregator's outbound link to the original story.
func (w *Web) serveOut(rw http.ResponseWriter, r *http.Request, s *site, id string) {
	n, err := strconv.Atoi(id)
	w.mu.RLock()
	var target string
	if err == nil {
		for _, cp := range s.copies {
			if cp.seq == n {
				target = w.origin(cp.st.site) + cp.st.path
				break
			}
		}
	}
	w.mu.RUnlock()
	if target == "" {
		http.NotFound(rw, r)
		return
	}
	http.Redirect(rw, r, target, http.StatusFound)
}

// render builds the page for r. A non-zero status means an error page that
// must not be cached. The caller holds w.mu for reading.
func (w *Web) render(s *site, r *http.Request) (*page, int) {
	rt, ok := s.routes[r.URL.Path]
	pageNo := 1
	if m := pagedPath(r.URL.Path); m != "" && s.layout%3 == 0 && s.kind == KindPublisher {
		rt, ok = s.routes[m]
		pageNo, _ = strconv.Atoi(strings.TrimSuffix(r.URL.Path[len(m)+len("page/"):], "/"))
	} else if pg := r.URL.Query().Get("page"); pg != "" && (s.layout%3 != 0 || s.kind == KindAggregator) {
		n, err := strconv.Atoi(pg)
		if err != nil || n < 1 {
			ok = false
		}
		pageNo = n
	}
	if ok && pageNo > 1 && rt.kind != rSection && rt.kind != rTag && rt.kind != rAuthor && rt.kind != rArchive {
		ok = false
	}
	if !ok {
		if s.kind == KindPublisher && (strings.HasPrefix(r.URL.Path, "/private/") || r.URL.Path == "/search") {
			rt = route{kind: rPrivate}
		} else {
			return newPage(w.notFound(s), htmlType, w.cfg.Base), http.StatusNotFound
		}
	}
	switch rt.kind {
	case rRobots:
		return newPage([]byte(w.robots(s)), "text/plain; charset=utf-8", w.cfg.Base), 0
	case rRSS:
		return newPage(w.rss(s), "application/rss+xml; charset=utf-8", w.lastChange(s)), 0
	case rAtom:
		return newPage(w.atom(s), "application/atom+xml; charset=utf-8", w.lastChange(s)), 0
	case rSitemap, rSitemapPart:
		return newPage(w.sitemap(s, rt.key), xmlType, w.lastChange(s)), 0
	case rSitemapIndex:
		return newPage(w.sitemapIndex(s), xmlType, w.lastChange(s)), 0
	case rNewsSitemap:
		return newPage(w.newsSitemap(s), xmlType, w.lastChange(s)), 0
	case rImage:
		return newPage(fakeJPEG(r.URL.Path), "image/jpeg", w.cfg.Base), 0
	case rArticle:
		return newPage(w.articlePage(s, rt.st), htmlType, rt.st.modified), 0
	case rCopy:
		return newPage(w.copyPage(s, rt.cp), htmlType, rt.cp.posted), 0
	case rSearch, rPrivate, rUser:
		return newPage(w.privatePage(s, r.URL.Path), htmlType, w.cfg.Base), 0
	}
	var body []byte
	if s.kind == KindAggregator {
		body = w.aggListing(s, rt, pageNo)
	} else {
		body = w.listing(s, rt, pageNo)
	}
	if body == nil {
		return newPage(w.notFound(s), htmlType, w.cfg.Base), http.StatusNotFound
	}
	return newPage(body, htmlType, w.lastChange(s)), 0
}

// pagedPath returns the listing path of a WordPress-style paged URL
// (/category/world/page/2/ -> /category/world/), or "".
func pagedPath(p string) string {
	i := strings.LastIndex(strings.TrimSuffix(p, "/"), "/page/")
	if i < 0 || !strings.HasSuffix(p, "/") {
		return ""
	}
	n, err := strconv.Atoi(p[i+len("/page/") : len(p)-1])
	if err != nil || n < 2 {
		return ""
	}
	return p[:i+1]
}

const (
	htmlType = "text/html; charset=utf-8"
	xmlType  = "application/xml; charset=utf-8"
)

// lastChange is the newest modification time of a site's content.
func (w *Web) lastChange(s *site) time.Time {
	t := w.cfg.Base.Add(-31 * 24 * time.Hour)
	for _, st := range s.stories {
		if st.modified.After(t) {
			t = st.modified
		}
	}
	for _, cp := range s.copies {
		if cp.posted.After(t) {
			t = cp.posted
		}
	}
	return t
}

// fakeJPEG returns a few deterministic bytes that start like a JPEG.
func fakeJPEG(path string) []byte {
	b := []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0}
	for i := range 600 {
		b = append(b, byte(i*31+len(path)))
	}
	return append(b, 0xFF, 0xD9)
}
