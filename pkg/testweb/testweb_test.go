package testweb

import (
	"context"
	"encoding/xml"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"
)

func startWeb(t testing.TB, cfg Config) *Web {
	t.Helper()
	w, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(w.Close)
	return w
}

func get(t testing.TB, u string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("User-Agent", "testweb-test/1.0")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	c := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", u, err)
	}
	return resp, b
}

func smallTrapConfig() Config {
	return Config{Seed: 7, Trap: true, CrawlDelaySite: true, BigPageBytes: 1 << 20, GzipBombBytes: 8 << 20,
		SlowInterval: 20 * time.Millisecond, SlowBytes: 10}
}

func TestRobots(t *testing.T) {
	w := startWeb(t, smallTrapConfig())
	truth := w.Truth()
	for _, s := range truth.Sites {
		t.Run(s.Name, func(t *testing.T) {
			resp, body := get(t, s.Home+"robots.txt", nil)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			txt := string(body)
			var want []string
			switch s.Kind {
			case KindPublisher:
				want = []string{"Disallow: /private/", "Disallow: /search", "Sitemap: http://" + s.Host + "/"}
			case KindAggregator:
				want = []string{"Disallow: /out/", "Disallow: /user/", "Sitemap: "}
			case KindTrap:
				want = []string{"Allow: /"}
			}
			if s.CrawlDelay > 0 {
				want = append(want, "Crawl-delay: 2")
			}
			for _, x := range want {
				if !strings.Contains(txt, x) {
					t.Errorf("robots.txt of %s lacks %q:\n%s", s.Name, x, txt)
				}
			}
			for _, sm := range s.Sitemaps {
				if !strings.Contains(txt, "Sitemap: "+sm+"\n") {
					t.Errorf("robots.txt lacks sitemap %s", sm)
				}
			}
		})
	}
	if n := len(truth.Sites); n != 3+1+2+1 {
		t.Errorf("got %d sites, want 7", n)
	}
}

func TestFeeds(t *testing.T) {
	w := startWeb(t, Config{Seed: 1})
	storyURLs := map[string]bool{}
	for _, st := range w.Truth().Stories {
		storyURLs[st.URL] = true
		for _, c := range st.Copies {
			storyURLs[c.URL] = true
		}
	}
	feeds := w.FeedURLs()
	if len(feeds) < 2 {
		t.Fatalf("got %d feeds, want at least 2 (RSS and Atom)", len(feeds))
	}
	types := map[string]bool{}
	for _, f := range feeds {
		resp, body := get(t, f, nil)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d", f, resp.StatusCode)
		}
		feed, err := gofeed.NewParser().ParseString(string(body))
		if err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		types[feed.FeedType] = true
		if len(feed.Items) == 0 {
			t.Errorf("%s: no items", f)
		}
		for _, it := range feed.Items {
			if !storyURLs[it.Link] {
				t.Errorf("%s: item link %s is not a known story URL", f, it.Link)
			}
			if it.Title == "" || it.PublishedParsed == nil {
				t.Errorf("%s: item %s lacks title or date", f, it.Link)
			}
		}
	}
	if !types["rss"] || !types["atom"] {
		t.Errorf("feed types %v, want rss and atom", types)
	}
}

type urlset struct {
	XMLName xml.Name `xml:"urlset"`
	URLs    []struct {
		Loc  string `xml:"loc"`
		News *struct {
			Title string `xml:"title"`
		} `xml:"news"`
	} `xml:"url"`
}

type sitemapIndex struct {
	XMLName  xml.Name `xml:"sitemapindex"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

func TestSitemaps(t *testing.T) {
	w := startWeb(t, Config{Seed: 2})
	seen := map[string]bool{}
	var news int
	queue := w.SitemapURLs()
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		resp, body := get(t, u, nil)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d", u, resp.StatusCode)
		}
		if strings.Contains(string(body), "<sitemapindex") {
			var idx sitemapIndex
			if err := xml.Unmarshal(body, &idx); err != nil {
				t.Fatalf("%s: %v", u, err)
			}
			for _, s := range idx.Sitemaps {
				queue = append(queue, s.Loc)
			}
			continue
		}
		var us urlset
		if err := xml.Unmarshal(body, &us); err != nil {
			t.Fatalf("%s: invalid sitemap: %v", u, err)
		}
		for _, x := range us.URLs {
			seen[x.Loc] = true
			if x.News != nil && x.News.Title != "" {
				news++
			}
		}
	}
	for _, st := range w.Truth().Stories {
		if !seen[st.URL] {
			t.Errorf("story %s missing from sitemaps", st.URL)
		}
		for _, c := range st.Copies {
			if !seen[c.URL] {
				t.Errorf("copy %s missing from sitemaps", c.URL)
			}
		}
	}
	if news < 5 {
		t.Errorf("news sitemap entries = %d, want >= 5", news)
	}
}

func TestConditionalGet(t *testing.T) {
	w := startWeb(t, Config{Seed: 3})
	truth := w.Truth()
	urls := []string{truth.Sites[0].Home, truth.Stories[0].URL, w.FeedURLs()[0], w.SitemapURLs()[0]}
	for _, st := range truth.Stories {
		if len(st.Copies) > 0 {
			urls = append(urls, st.Copies[0].URL)
			break
		}
	}
	for _, u := range urls {
		resp, _ := get(t, u, nil)
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" || lm == "" {
			t.Fatalf("%s: ETag %q Last-Modified %q", u, etag, lm)
		}
		tests := []struct {
			name string
			hdr  map[string]string
			want int
		}{
			{"etag", map[string]string{"If-None-Match": etag}, 304},
			{"last-modified", map[string]string{"If-Modified-Since": lm}, 304},
			{"stale etag", map[string]string{"If-None-Match": `"nope"`}, 200},
			{"old date", map[string]string{"If-Modified-Since": "Mon, 02 Jan 2006 15:04:05 GMT"}, 200},
		}
		for _, tc := range tests {
			resp, _ := get(t, u, tc.hdr)
			if resp.StatusCode != tc.want {
				t.Errorf("%s %s: status %d, want %d", u, tc.name, resp.StatusCode, tc.want)
			}
		}
	}
}

// pageLinks returns the absolute URLs of a page's <a href> links.
func pageLinks(base string, body []byte) []string {
	b, err := url.Parse(base)
	if err != nil {
		return nil
	}
	var out []string
	z := xhtml.NewTokenizer(strings.NewReader(string(body)))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return out
		}
		if tt != xhtml.StartTagToken {
			continue
		}
		tok := z.Token()
		if tok.Data != "a" {
			continue
		}
		for _, a := range tok.Attr {
			if a.Key == "href" {
				if u, err := b.Parse(a.Val); err == nil && u.Scheme == "http" {
					u.Fragment = ""
					out = append(out, u.String())
				}
			}
		}
	}
}

// pageText returns the text of a page's body, tags stripped and entities
// decoded, with each block element and <br> on its own line.
func pageText(body []byte) string {
	block := regexp.MustCompile(`(?i)<(br|/p|/div|/li|/h\d|/td|/blockquote)[^>]*>`)
	tags := regexp.MustCompile(`<[^>]+>`)
	t := block.ReplaceAllString(string(body), "\n")
	return "\n" + html.UnescapeString(tags.ReplaceAllString(t, "")) + "\n"
}

func disallowed(u string, rules map[string][]string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return true
	}
	for _, d := range rules[p.Host] {
		if strings.HasPrefix(p.Path, d) {
			return true
		}
	}
	return false
}

// TestTruthConsistent crawls the web from its seeds, obeying robots.txt, and
// checks every story is reachable and every served body matches the truth.
func TestTruthConsistent(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"default", Config{Seed: 4, CrawlDelaySite: true}},
		{"many", Config{Seed: 5, Publishers: 7, Aggregators: 3, Stories: 90}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkTruth(t, startWeb(t, tc.cfg)) })
	}
}

func checkTruth(t *testing.T, w *Web) {
	truth := w.Truth()
	rules := map[string][]string{}
	hosts := map[string]bool{}
	for _, s := range truth.Sites {
		rules[s.Host] = s.Disallow
		hosts[s.Host] = true
	}
	seen := map[string]bool{}
	linked := map[string]bool{}
	bodies := map[string][]byte{}
	queue := w.Seeds()
	for _, s := range queue {
		seen[s] = true
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		resp, body := get(t, u, nil)
		if resp.StatusCode != 200 {
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			continue
		}
		bodies[u] = body
		for _, l := range pageLinks(u, body) {
			linked[l] = true
			p, _ := url.Parse(l)
			if seen[l] || !hosts[p.Host] || disallowed(l, rules) || strings.HasPrefix(p.Path, "/img/") {
				continue
			}
			seen[l] = true
			queue = append(queue, l)
		}
	}
	for _, d := range truth.Disallowed {
		if !linked[d] {
			t.Errorf("disallowed URL %s is not linked from any page", d)
		}
	}
	for _, r := range w.Requests() {
		if disallowed("http://"+r.Host+r.Path, rules) {
			t.Errorf("crawl fetched disallowed %s%s", r.Host, r.Path)
		}
	}
	plain, dressed := 0, 0
	for _, st := range truth.Stories {
		body, ok := bodies[st.URL]
		if !ok {
			t.Errorf("story %s (%s) not reachable from seeds", st.ID, st.URL)
			continue
		}
		checkBody(t, st.URL, body, st.Text)
		if !strings.Contains(html.UnescapeString(string(body)), st.Title) {
			t.Errorf("%s: title %q not on page", st.URL, st.Title)
		}
		for _, c := range st.Copies {
			cb, ok := bodies[c.URL]
			if !ok {
				t.Errorf("copy %s not reachable", c.URL)
				continue
			}
			checkBody(t, c.URL, cb, c.Text)
			hasCanon := strings.Contains(string(cb), `<link rel="canonical" href="`+st.URL+`">`)
			if hasCanon != c.Canonical {
				t.Errorf("%s: canonical present %v, truth %v", c.URL, hasCanon, c.Canonical)
			}
			if strings.Contains(string(cb), "Read more at") == c.Plain || strings.Contains(string(cb), `href="`+st.URL+`"`) == c.Plain {
				t.Errorf("%s: read-more line or source name present on a plain copy or missing on another (plain %v)", c.URL, c.Plain)
			}
			selfCanon := strings.Contains(string(cb), `<link rel="canonical" href="`+c.URL+`">`)
			if selfCanon != c.Dressed || strings.Contains(string(cb), `"NewsArticle"`) != c.Dressed || (c.Dressed && !c.Plain) {
				t.Errorf("%s: dressed %v (plain %v) but self canonical %v", c.URL, c.Dressed, c.Plain, selfCanon)
			}
			if c.Plain {
				plain++
				if c.Dressed {
					dressed++
				}
			}
			if !strings.Contains(string(cb), "<title>"+html.EscapeString(st.Title)+" -"+c.SiteName+"</title>") {
				t.Errorf("%s: title suffix wrong", c.URL)
			}
			want := st.Text
			if c.Straightened {
				want = straighten(want)
			}
			if !strings.HasPrefix(want, c.Text) || (c.DroppedLast != (len(c.Text) < len(want))) {
				t.Errorf("%s: copy text is not the documented edit of the original", c.URL)
			}
		}
	}
	if plain == 0 || dressed == 0 || dressed == plain {
		t.Errorf("%d plain copies, %d of them dressed: want some of each", plain, dressed)
	}
}

func checkBody(t *testing.T, u string, body []byte, text string) {
	t.Helper()
	txt := pageText(body)
	for _, want := range strings.Split(text, "\n") {
		if !strings.Contains(txt, "\n"+strings.TrimSpace(want)+"\n") {
			t.Errorf("%s: paragraph missing: %q", u, want)
			return
		}
	}
}

func TestPageSizes(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"default", Config{Seed: 5, CrawlDelaySite: true}},
		{"large", Config{Seed: 5, Publishers: 6, Stories: 300}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := startWeb(t, tc.cfg)
			truth := w.Truth()
			urls := w.Seeds()
			for i, st := range truth.Stories {
				if i%7 == 0 {
					urls = append(urls, st.URL)
					for _, c := range st.Copies {
						urls = append(urls, c.URL)
					}
				}
			}
			for _, s := range truth.Sites {
				_, body := get(t, s.Home, nil)
				urls = append(urls, pageLinks(s.Home, body)[:20]...)
			}
			for _, u := range urls {
				if slices.Contains(truth.Disallowed, u) {
					continue
				}
				resp, body := get(t, u, nil)
				if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
					continue
				}
				if n := len(body); n < 10<<10 || n > 40<<10 {
					t.Errorf("%s: %d bytes, want 10-40 KB", u, n)
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	strip := func(tr Truth) []Story {
		out := slices.Clone(tr.Stories)
		for i := range out {
			out[i].URL, out[i].Site, out[i].Copies = "", "", nil
		}
		return out
	}
	a, _ := New(Config{Seed: 11})
	b, _ := New(Config{Seed: 11})
	c, _ := New(Config{Seed: 12})
	ta, tb, tc := strip(a.Truth()), strip(b.Truth()), strip(c.Truth())
	if len(ta) != 60 {
		t.Fatalf("got %d stories, want 60", len(ta))
	}
	for i := range ta {
		if ta[i].Title != tb[i].Title || ta[i].Text != tb[i].Text || !ta[i].Published.Equal(tb[i].Published) {
			t.Fatalf("story %d differs between runs with the same seed", i)
		}
	}
	same := 0
	for i := range ta {
		if ta[i].Text == tc[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d stories identical across different seeds", same)
	}
	// Stories of one event on different sites share the topic, not the text.
	byEvent := map[int][]Story{}
	for _, s := range ta {
		byEvent[s.Event] = append(byEvent[s.Event], s)
	}
	shared := 0
	for _, ss := range byEvent {
		if len(ss) > 1 {
			shared++
			if ss[0].Text == ss[1].Text || ss[0].Title == ss[1].Title {
				t.Errorf("stories %s and %s of one event have the same text or title", ss[0].ID, ss[1].ID)
			}
		}
	}
	if shared == 0 {
		t.Error("no event covered by two stories")
	}
}

func TestRequestLog(t *testing.T) {
	w := startWeb(t, Config{Seed: 6})
	u := w.Truth().Stories[3].URL
	get(t, u, map[string]string{"If-None-Match": `"x"`})
	reqs := w.Requests()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	r := reqs[0]
	pu, _ := url.Parse(u)
	if r.Host != pu.Host || r.Path != pu.Path || r.Method != "GET" || r.Status != 200 ||
		r.Header.Get("User-Agent") != "testweb-test/1.0" || r.Header.Get("If-None-Match") != `"x"` ||
		r.RemoteAddr == "" || r.End.Before(r.Start) || r.Bytes == 0 {
		t.Errorf("bad log entry %+v", r)
	}
	w.Reset()
	if n := len(w.Requests()); n != 0 {
		t.Errorf("after Reset: %d requests", n)
	}
}

func TestPublish(t *testing.T) {
	w := startWeb(t, Config{Seed: 8})
	home := w.Seeds()[1]
	resp, _ := get(t, home, nil)
	etag := resp.Header.Get("ETag")
	st := w.Publish(1)
	if time.Since(st.Published) > time.Minute {
		t.Errorf("published %v, want now", st.Published)
	}
	resp, body := get(t, home, map[string]string{"If-None-Match": etag})
	if resp.StatusCode != 200 || !strings.Contains(string(body), strings.TrimPrefix(st.URL, "http://"+st.Site)) {
		t.Errorf("home page after Publish: status %d, new story linked %v", resp.StatusCode, strings.Contains(string(body), st.URL))
	}
	resp, body = get(t, st.URL, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("new story: status %d", resp.StatusCode)
	}
	checkBody(t, st.URL, body, st.Text)
	_, fb := get(t, w.FeedURLs()[1], nil)
	if !strings.Contains(string(fb), st.URL) {
		t.Error("new story missing from feed")
	}
	if got := len(w.Truth().Stories); got != 61 {
		t.Errorf("truth has %d stories, want 61", got)
	}
}

func TestTraps(t *testing.T) {
	w := startWeb(t, smallTrapConfig())
	truth := w.Truth()
	base := truth.Sites[len(truth.Sites)-1].Home
	tests := []struct {
		path   string
		status int
		check  func(*http.Response, []byte) bool
	}{
		{"calendar/2024/12", 200, func(_ *http.Response, b []byte) bool { return strings.Contains(string(b), `/calendar/2025/01"`) }},
		{"session?sid=1", 200, func(_ *http.Response, b []byte) bool { return strings.Count(string(b), "sid=") == 10 }},
		{"loop/a", 302, func(r *http.Response, _ []byte) bool { return r.Header.Get("Location") == "/loop/b" }},
		{"loop/b", 301, func(r *http.Response, _ []byte) bool { return r.Header.Get("Location") == "/loop/a" }},
		{"chain/7", 302, func(r *http.Response, _ []byte) bool { return r.Header.Get("Location") == "/chain/8" }},
		{"big.html", 200, func(_ *http.Response, b []byte) bool { return len(b) == 1<<20 }},
		{"binary.html", 200, func(r *http.Response, _ []byte) bool {
			return strings.HasPrefix(r.Header.Get("Content-Type"), "text/html")
		}},
		{"bomb.html", 200, func(r *http.Response, b []byte) bool {
			return r.Header.Get("Content-Encoding") == "gzip" && len(b) < 1<<20
		}},
		{"slow.html", 200, func(_ *http.Response, b []byte) bool { return len(b) == 10 }},
		{"malformed.html", 200, func(_ *http.Response, b []byte) bool { return strings.Contains(string(b), "\x00") }},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, base+tc.path, nil)
			req.Header.Set("Accept-Encoding", "identity")
			c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || !tc.check(resp, b) {
				t.Errorf("%s: status %d (want %d), %d bytes, check failed", tc.path, resp.StatusCode, tc.status, len(b))
			}
		})
	}
	if len(truth.Traps) == 0 || !slices.Contains(truth.Forbidden, "http://169.254.169.254/latest/meta-data/") {
		t.Errorf("truth traps %v forbidden %v", truth.Traps, truth.Forbidden)
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"negative publishers", Config{Publishers: -1}},
		{"negative stories", Config{Stories: -2}},
		{"bad rate", Config{CopyRate: 2}},
		{"bad port", Config{Port: 70000}},
		{"too many sites", Config{Publishers: 300}},
	}
	for _, tc := range tests {
		if _, err := New(tc.cfg); err == nil {
			t.Errorf("%s: New(%+v) succeeded, want error", tc.name, tc.cfg)
		}
	}
}

func BenchmarkFetchArticle(b *testing.B) {
	w := startWeb(b, Config{Seed: 9})
	urls := []string{}
	for _, st := range w.Truth().Stories {
		urls = append(urls, st.URL)
	}
	c := &http.Client{}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		resp, err := c.Get(urls[i%len(urls)])
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		i++
	}
}

func BenchmarkRenderArticle(b *testing.B) {
	w, _ := New(Config{Seed: 9})
	s := w.pubs[0]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = w.articlePage(s, s.stories[i%len(s.stories)])
		i++
	}
}

func TestServeAutoPublish(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	w, err := Serve(ctx, Config{Seed: 10, Stories: 3, Aggregators: -1, PublishEvery: 20 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(w.Truth().Stories) < 9+2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(w.Truth().Stories); n < 11 {
		t.Errorf("after auto publishing: %d stories, want >= 11", n)
	}
	_, body := get(t, w.Seeds()[0], nil)
	if len(body) == 0 {
		t.Error("empty home page")
	}
	cancel()
	w.Close()
	if _, err := http.Get(w.Seeds()[0]); err == nil {
		t.Error("web still serving after ctx end and Close")
	}
}
