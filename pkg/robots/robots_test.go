package robots

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"newsroom.dev/pkg/testkit"
)

const sample = `# example
User-agent: *
Disallow: /private/
Allow: /private/open/
Disallow: /*.pdf$
Disallow: /search
Crawl-delay: 2.5

User-agent: NewsroomBot
User-agent: otherbot
Disallow: /no-newsroom/
Allow: /
Disallow: /page
Allow: /page

User-agent: googlebot
Disallow: /g/

User-agent: newsroombot
Disallow: /merged/
Crawl-delay: 0.5

Sitemap: https://example.com/sitemap.xml
Sitemap: https://example.com/news.xml
Sitemap: /relative.xml
Sitemap: https://example.com/sitemap.xml
`

func TestAllowed(t *testing.T) {
	r := Parse([]byte(sample))
	for _, c := range testkit.ReadCases(t, "testdata/allowed.txt", 4) {
		name, agent, path, want := c[0], c[1], c[2], c[3] == "true"
		t.Run(name, func(t *testing.T) {
			if got := r.Allowed(agent, path); got != want {
				t.Errorf("Allowed(%q, %q) = %v, want %v", agent, path, got, want)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	for _, c := range testkit.ReadCases(t, "testdata/match.txt", 3) {
		rule, path, want := c[0], c[1], c[2] == "true"
		ru := makeRule(false, rule)
		if got := match(ru.pattern, ru.anchored, normPath(path)); got != want {
			t.Errorf("match(%q, %q) = %v, want %v", rule, path, got, want)
		}
	}
}

func TestCrawlDelaySitemaps(t *testing.T) {
	r := Parse([]byte(sample))
	if d := r.CrawlDelay("somebot"); d != 2500*time.Millisecond {
		t.Errorf("star delay = %v", d)
	}
	if d := r.CrawlDelay("newsroombot"); d != 500*time.Millisecond {
		t.Errorf("newsroombot delay = %v", d)
	}
	if d := r.CrawlDelay("googlebot"); d != 0 {
		t.Errorf("googlebot delay = %v", d)
	}
	want := []string{"https://example.com/sitemap.xml", "https://example.com/news.xml"}
	if diff := cmp.Diff(want, r.Sitemaps()); diff != "" {
		t.Errorf("Sitemaps (-want +got):\n%s", diff)
	}
	huge := Parse([]byte("User-agent: *\nCrawl-delay: 1e30\n"))
	if d := huge.CrawlDelay("x"); d != DefaultMaxCrawlDelay {
		t.Errorf("clamped delay = %v", d)
	}
}

func TestEdgeCases(t *testing.T) {
	tests := []struct {
		name, body, agent, path string
		want                    bool
	}{
		{"empty file", "", "bot", "/x", true},
		{"rules before agent ignored", "Disallow: /\nUser-agent: *\nAllow: /\n", "bot", "/x", true},
		{"empty disallow", "User-agent: *\nDisallow:\n", "bot", "/x", true},
		{"disallow all", "User-agent: *\nDisallow: /\n", "bot", "/x", false},
		{"no star group", "User-agent: other\nDisallow: /\n", "bot", "/x", true},
		{"crlf and bom", "\xef\xbb\xbfUser-agent: *\r\nDisallow: /x\r\n", "bot", "/x/y", false},
		{"case keys", "USER-AGENT: *\nDISALLOW: /x\n", "bot", "/x", false},
		{"no slash rule", "User-agent: *\nDisallow: x\n", "bot", "/x", false},
		{"html garbage", "<html><body>not robots</body></html>", "bot", "/x", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse([]byte(tt.body)).Allowed(tt.agent, tt.path); got != tt.want {
				t.Errorf("Allowed(%q, %q) = %v, want %v", tt.agent, tt.path, got, tt.want)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	body := "User-agent: *\nDisallow: /a\n" + strings.Repeat("#pad\n", 10) + "Disallow: /b\n"
	r := ParseOptions([]byte(body), Options{MaxLines: 5})
	if r.Allowed("x", "/a") || !r.Allowed("x", "/b") {
		t.Errorf("line cap not applied")
	}
	r = ParseOptions([]byte(body), Options{MaxBytes: 28})
	if r.Allowed("x", "/a") || !r.Allowed("x", "/b") {
		t.Errorf("byte cap not applied")
	}
}

func TestForStatus(t *testing.T) {
	body := []byte("User-agent: *\nDisallow: /x\n")
	tests := []struct {
		code      int
		wantAllow bool
		wantDefer bool
	}{
		{200, false, false},
		{301, true, false},
		{404, true, false},
		{403, true, false},
		{429, false, true},
		{500, false, true},
		{503, false, true},
		{0, false, true},
	}
	for _, tt := range tests {
		r, d := ForStatus(tt.code, body)
		if got := r.Allowed("bot", "/x"); got != tt.wantAllow || d != tt.wantDefer {
			t.Errorf("ForStatus(%d): allowed=%v defer=%v, want %v %v", tt.code, got, d, tt.wantAllow, tt.wantDefer)
		}
	}
}

func TestMarshal(t *testing.T) {
	for _, r := range []*Rules{Parse([]byte(sample)), AllowAll(), DisallowAll(), {}} {
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Rules
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{"/private/x", "/private/open/", "/x", "/a.pdf"} {
			if back.Allowed("somebot", p) != r.Allowed("somebot", p) {
				t.Errorf("round trip differs for %q", p)
			}
		}
		if diff := cmp.Diff(r.Sitemaps(), back.Sitemaps()); diff != "" {
			t.Errorf("sitemaps differ: %s", diff)
		}
	}
	var r Rules
	if err := r.UnmarshalBinary([]byte("Zjunk")); err == nil {
		t.Error("bad mode accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample), "newsroombot", "/private/x")
	f.Add([]byte("User-agent: *\nDisallow: /*a*b*c*d$\n"), "x", "/aaaaaaaaaaaaaaaaaaaaaaaaaab")
	f.Add([]byte("user-agent:bot\nallow:/%zz\ncrawl-delay: -1\nsitemap: http://x"), "bot/1", "/%ZZ")
	f.Fuzz(func(t *testing.T, body []byte, agent, path string) {
		r := Parse(body)
		got := r.Allowed(agent, path)
		_ = r.CrawlDelay(agent)
		_ = r.Sitemaps()
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Rules
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if back.Allowed(agent, path) != got {
			t.Fatalf("round trip changed decision for %q %q", agent, path)
		}
	})
}

func BenchmarkAllowed(b *testing.B) {
	r := Parse([]byte(sample))
	b.ReportAllocs()
	for b.Loop() {
		r.Allowed("NewsroomBot/1.0", "/news/2024/05/17/some-story-slug.html?x=1")
	}
}

func TestCompleteLines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cut mid rule", "User-agent: *\nDisallow: /private/\nAllow: /pri", "User-agent: *\nDisallow: /private/\n"},
		{"whole lines", "User-agent: *\nDisallow: /x\n", "User-agent: *\nDisallow: /x\n"},
		{"cr line ends", "User-agent: *\rDisallow: /x\rAll", "User-agent: *\rDisallow: /x\r"},
		{"no line break", "Disallow: /x", "Disallow: /x"},
	}
	for _, tt := range tests {
		if got := string(CompleteLines([]byte(tt.in))); got != tt.want {
			t.Errorf("%s: CompleteLines(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
	// A rule cut by MaxBytes is dropped, not read as a shorter rule.
	r := ParseOptions([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/open.html\n"), Options{MaxBytes: 45})
	if r.Allowed("bot", "/private/o") {
		t.Errorf("a cut Allow rule (/private/o) was applied")
	}
}
