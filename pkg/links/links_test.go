package links

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
)

func TestExtract(t *testing.T) {
	body, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Extract(body, "https://WWW.example.com/index.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	link := func(u, text string, nofollow bool) Link {
		sc := ArticleScore(u)
		return Link{URL: u, Text: text, NoFollow: nofollow, Score: sc, ArticleLike: sc >= ArticleThreshold}
	}
	want := &Page{
		URL:       "https://www.example.com/index.html",
		Base:      "https://www.example.com/news/",
		Canonical: "https://www.example.com/news/",
		Next:      "https://www.example.com/news/?page=2",
		Feeds: []Feed{
			{URL: "https://www.example.com/feed.xml", Type: "application/rss+xml", Title: "RSS"},
			{URL: "https://www.example.com/news/atom.xml", Type: "application/atom+xml"},
		},
		Links: []Link{
			link("https://www.example.com/", "Home", false),
			link("https://www.example.com/tag/politics", "Politics", false),
			link("https://www.example.com/author/jane-doe", "Jane", false),
			link("https://www.example.com/news/2024/05/17/council-approves-new-budget-for-schools", "Council approves new budget", false),
			link("https://other.org/x", "Ad", true),
			link("https://other.org/y", "User", false),
			link("https://www.example.com/story/12345678", "Photo story", false),
			link("https://www.example.com/map-area", "", false),
			link("https://www.example.com/news/page2.html", "Next", false),
		},
		NoIndex: true,
		Invalid: 2,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract (-want +got):\n%s", diff)
	}
	if !got.Links[3].ArticleLike || got.Links[1].ArticleLike || got.Links[0].ArticleLike || !got.Links[6].ArticleLike {
		t.Errorf("article flags wrong: %+v", got.Links)
	}
}

func TestExtractCases(t *testing.T) {
	tests := []struct {
		name, html    string
		wantLinks     int
		wantDropped   int
		wantNoFollow  bool
		wantNoIndex   bool
		wantCanonical string
		wantTruncated bool
		o             Options
	}{
		{name: "empty", html: ""},
		{name: "broken", html: "<a href=/x>unterminated <a href='/y", wantLinks: 1},
		{name: "unclosed anchors", html: "<a href=/x>x<a href=/y>y", wantLinks: 2},
		{name: "meta none", html: `<meta name="robots" content="none">`, wantNoFollow: true, wantNoIndex: true},
		{name: "meta other bot ignored", html: `<meta name="otherbot" content="noindex">`},
		{name: "cap", html: strings.Repeat(`<a href="/a">a</a>`, 3) + `<a href="/b">b</a><a href="/c">c</a><a href="/c">c</a>`, wantLinks: 1, wantDropped: 2, o: Options{MaxLinks: 1}},
		{name: "canonical relative", html: `<link rel="canonical" href="/c?b=1&a=2#x">`, wantCanonical: "https://example.com/c?a=2&b=1"},
		{name: "bytes cap", html: `<a href="/a">a</a>` + strings.Repeat(" ", 100) + `<a href="/b">b</a>`, wantLinks: 1, wantTruncated: true, o: Options{MaxBytes: 50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.html), "https://example.com/dir/page", tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Links) != tt.wantLinks || p.Dropped != tt.wantDropped || p.NoFollow != tt.wantNoFollow ||
				p.NoIndex != tt.wantNoIndex || p.Canonical != tt.wantCanonical || p.Truncated != tt.wantTruncated {
				t.Errorf("Extract(%q) = links %d dropped %d nofollow %v noindex %v canonical %q truncated %v",
					tt.html, len(p.Links), p.Dropped, p.NoFollow, p.NoIndex, p.Canonical, p.Truncated)
			}
		})
	}
	if _, err := Extract(nil, "mailto:x@y", Options{}); err == nil {
		t.Error("bad page URL accepted")
	}
}

func TestArticleScore(t *testing.T) {
	tests := []struct {
		u    string
		want bool
	}{
		{"https://example.com/2024/05/17/council-approves-budget", true},
		{"https://example.com/news/2024/05/story", true},
		{"https://example.com/politics/council-approves-new-budget-for-schools", true},
		{"https://example.com/world/europe-68912345", true},
		{"https://example.com/article/123456", true},
		{"https://example.com/news/story-20240517.html", true},
		{"https://example.com/local/big-fire-downtown.html", true},
		{"https://example.com/view?id=98765&x=1", true},
		{"https://example.com/", false},
		{"https://example.com/world", false},
		{"https://example.com/sports/", false},
		{"https://example.com/tag/politics", false},
		{"https://example.com/category/world-news-and-politics-today", false},
		{"https://example.com/author/jane-doe", false},
		{"https://example.com/page/2", false},
		{"https://example.com/news/page/3", false},
		{"https://example.com/search?q=budget", false},
		{"https://example.com/login", false},
		{"https://example.com/2024/05/17/photo.jpg", false},
		{"https://example.com/about-us", false},
	}
	for _, tt := range tests {
		if got := ArticleScore(tt.u) >= ArticleThreshold; got != tt.want {
			t.Errorf("ArticleScore(%q) = %d, want article=%v", tt.u, ArticleScore(tt.u), tt.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	body, _ := os.ReadFile("testdata/page.html")
	f.Add(body)
	f.Add([]byte(`<base href="//evil"><a href="x">x</a><link rel=canonical href=y>`))
	f.Add([]byte(`<a href="http://[::1]:0/">v6</a><meta name=robots content=",,noindex">`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Extract(b, "https://example.com/a/b", Options{MaxLinks: 50, MaxTextLen: 40})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Links) > 50 {
			t.Fatalf("%d links past the cap", len(p.Links))
		}
		seen := map[string]bool{}
		for _, l := range p.Links {
			if seen[l.URL] {
				t.Fatalf("duplicate %q", l.URL)
			}
			seen[l.URL] = true
			if len(l.Text) > 40 {
				t.Fatalf("text too long: %d", len(l.Text))
			}
		}
	})
}

// newsPage builds a ~30 KB news home page with n links.
func newsPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title>
<link rel="canonical" href="https://news.example.com/"><link rel="alternate" type="application/rss+xml" href="/rss">
<script>window.dataLayer=[];function f(){return 1}</script><style>body{margin:0}.x a{color:red}</style></head><body>`)
	for i := range n {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, `<nav class="menu"><a href="/section/%d">Section %d</a></nav>`, i, i)
		case 1:
			fmt.Fprintf(&b, `<article><h2><a href="/2024/05/17/story-about-something-important-%d?utm_source=home">A long headline about something important number %d</a></h2><p>Teaser text for the story, a sentence or two long so the page has some weight.</p></article>`, i, i)
		case 2:
			fmt.Fprintf(&b, `<div class="card"><a href="https://cdn.example.org/world/europe-%d"><img src="/i/%d.jpg" alt="Photo %d"></a></div>`, 68000000+i, i, i)
		case 3:
			fmt.Fprintf(&b, `<li><a href="../tag/topic-%d" rel="tag">Topic %d</a></li>`, i, i)
		default:
			fmt.Fprintf(&b, `<p>More: <a href="story.php?id=%d&amp;ref=home#c">read %d</a></p>`, i, i)
		}
	}
	b.WriteString(`</body></html>`)
	return b.Bytes()
}

func BenchmarkExtract(b *testing.B) {
	body := newsPage(250)
	page := "https://news.example.com/"
	b.Run("impl=tokenizer", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			p, err := Extract(body, page, Options{})
			if err != nil || len(p.Links) != 250 {
				b.Fatalf("%v links, %v", len(p.Links), err)
			}
		}
	})
	base, _ := url.Parse(page)
	// What a Colly OnHTML("a[href]") callback does: goquery DOM, then
	// Request.AbsoluteURL (url.Parse + ResolveReference) and String per href.
	b.Run("impl=goquery-colly", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
				href, _ := s.Attr("href")
				u, err := base.Parse(href)
				if err != nil {
					return
				}
				u.Fragment = ""
				_ = u.String()
				_ = strings.TrimSpace(s.Text())
				n++
			})
			if n != 250 {
				b.Fatalf("%d links", n)
			}
		}
	})
	b.Run("impl=goquery-urlnorm", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			seen := map[string]struct{}{}
			doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
				href, _ := s.Attr("href")
				if u, err := urlnormResolve(base, href); err == nil {
					seen[u] = struct{}{}
					_ = strings.TrimSpace(s.Text())
				}
			})
			if len(seen) != 250 {
				b.Fatalf("%d links", len(seen))
			}
		}
	})
}

// TestDroppedKeepsCounting: links over the cap are counted past the size
// of the set that tells distinct ones apart.
func TestDroppedKeepsCounting(t *testing.T) {
	var b strings.Builder
	for i := range 40_000 {
		fmt.Fprintf(&b, `<a href="/p/%d">p</a>`, i)
	}
	p, err := Extract([]byte(b.String()), "https://example.com/", Options{MaxLinks: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if p.Dropped != 39_000 {
		t.Errorf("Dropped = %d, want 39000", p.Dropped)
	}
}

// TestFeedLinks: a link whose address names a feed is a feed of the page,
// as one declared with <link rel=alternate> is; other links are not.
func TestFeedLinks(t *testing.T) {
	for u, want := range map[string]bool{
		"https://a.example/feed": true, "https://a.example/feed/": true, "https://a.example/rss": true,
		"https://a.example/feed.xml": true, "https://a.example/atom.xml": true, "https://a.example/rss/news.xml": true,
		"https://a.example/index.rss": true, "https://a.example/rss-politics.xml": true, "https://a.example/politics_rss.xml": true,
		"https://a.example/news/feed-the-world": false, "https://a.example/sitemap.xml": false, "https://a.example/rss-guide": false,
		"https://a.example/news/2025/story": false,
	} {
		if got := FeedAddress(u); got != want {
			t.Errorf("FeedAddress(%s) = %v, want %v", u, got, want)
		}
	}
	page := `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>` +
		`<a href="/feed.xml">RSS</a> <a href="/atom.xml">Atom</a> <a href="/news/2025/council-approves-budget">Story</a></body></html>`
	pg, err := Extract([]byte(page), "https://a.example/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pg.Feeds) != 2 || pg.Feeds[0].URL != "https://a.example/feed.xml" || pg.Feeds[0].Type != "application/rss+xml" || pg.Feeds[1].URL != "https://a.example/atom.xml" {
		t.Errorf("feeds %+v, want the declared feed.xml and the linked atom.xml", pg.Feeds)
	}
}
