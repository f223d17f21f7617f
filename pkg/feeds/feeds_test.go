package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, ct string
		body     []byte
		want     Kind
	}{
		{"rss", "", read(t, "rss.xml"), KindRSS},
		{"atom", "text/xml", read(t, "atom.xml"), KindAtom},
		{"sitemap", "", read(t, "sitemap.xml"), KindSitemap},
		{"news", "", read(t, "news.xml"), KindNewsSitemap},
		{"index", "application/xml", read(t, "index.xml"), KindSitemapIndex},
		{"gzip sitemap", "application/x-gzip", gz(read(t, "sitemap.xml")), KindSitemap},
		{"rdf", "", []byte(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`), KindRSS},
		{"html doctype", "", []byte("<!DOCTYPE html><html><body>x</body></html>"), KindHTML},
		{"html by type", "text/html", []byte("<div>fragment</div>"), KindHTML},
		{"rss served as html", "text/html", read(t, "rss.xml"), KindRSS},
		{"text sitemap", "text/plain", []byte("https://example.com/a\nhttps://example.com/b\n"), KindTextSitemap},
		{"bom whitespace", "", append([]byte("\xef\xbb\xbf \n"), read(t, "atom.xml")...), KindAtom},
		{"empty", "", nil, KindUnknown},
		{"json", "application/json", []byte(`{"a":1}`), KindUnknown},
		{"bad gzip", "", []byte{0x1f, 0x8b, 0, 0}, KindUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.ct, tt.body); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	day := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v.UTC()
	}
	tests := []struct {
		name string
		body []byte
		want *Result
	}{
		{"rss", read(t, "rss.xml"), &Result{Kind: KindRSS, Title: "Example News", Skipped: 1, Entries: []Entry{
			{URL: "https://example.com/2024/05/17/first-story", Title: "First story", Published: day("2024-05-17T10:00:00Z")},
			{URL: "https://example.com/2024/05/18/relative-story", Title: "Relative", Published: day("2024-05-18T09:30:00Z")},
		}}},
		{"atom", read(t, "atom.xml"), &Result{Kind: KindAtom, Title: "Atom News", Entries: []Entry{
			{URL: "https://example.org/a/atom-entry", Title: "Atom entry", Published: day("2024-05-17T08:00:00Z"), LastMod: day("2024-05-17T09:00:00Z")},
		}}},
		{"sitemap", read(t, "sitemap.xml"), &Result{Kind: KindSitemap, Skipped: 2, Entries: []Entry{
			{URL: "https://example.com/a", LastMod: day("2024-05-17T00:00:00Z")},
			{URL: "https://example.com/b", LastMod: day("2024-05-17T08:11:12Z")},
			{URL: "https://example.com/c"},
		}}},
		{"gzip sitemap", gz(read(t, "sitemap.xml")), &Result{Kind: KindSitemap, Skipped: 2, Entries: []Entry{
			{URL: "https://example.com/a", LastMod: day("2024-05-17T00:00:00Z")},
			{URL: "https://example.com/b", LastMod: day("2024-05-17T08:11:12Z")},
			{URL: "https://example.com/c"},
		}}},
		{"news", read(t, "news.xml"), &Result{Kind: KindNewsSitemap, Entries: []Entry{
			{URL: "https://example.com/news/big-story", Title: "Big & important story", Published: day("2024-05-17T06:30:00Z")},
		}}},
		{"index", read(t, "index.xml"), &Result{Kind: KindSitemapIndex, Sitemaps: []Entry{
			{URL: "https://example.com/sitemap-1.xml.gz", LastMod: day("2024-05-01T00:00:00Z")},
			{URL: "https://example.com/sitemap-2.xml"},
		}}},
		{"text", []byte("https://example.com/x\n\n# comment\n/rel\nhttps://example.com/y\n"), &Result{Kind: KindTextSitemap, Entries: []Entry{
			{URL: "https://example.com/x"}, {URL: "https://example.com/rel"}, {URL: "https://example.com/y"},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.body, "https://example.com/feed", Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 100 {
		fmt.Fprintf(&b, "<url><loc>https://example.com/p/%d</loc></url>", i)
	}
	b.WriteString("</urlset>")
	res, err := Parse([]byte(b.String()), "", Options{MaxEntries: 10})
	if err != nil || len(res.Entries) != 10 || !res.Truncated {
		t.Fatalf("cap: %d entries, truncated=%v, err=%v", len(res.Entries), res.Truncated, err)
	}
	if _, err := Parse([]byte(b.String()), "", Options{MaxBytes: 100}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("size cap: err = %v", err)
	}
	bomb := gz(bytes.Repeat([]byte("<url><loc>https://example.com/</loc></url>"), 1<<16))
	if _, err := Parse(bomb, "", Options{MaxBytes: 1 << 16}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("gzip size cap: err = %v", err)
	}
	if _, err := Parse([]byte("<html><body>hi</body></html>"), "", Options{}); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("html: err = %v", err)
	}
	// A truncated sitemap keeps the entries before the damage.
	res, err = Parse([]byte(b.String()[:500]), "", Options{})
	if err != nil || len(res.Entries) == 0 {
		t.Errorf("truncated: %v entries, err=%v", res, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, n := range []string{"rss.xml", "atom.xml", "sitemap.xml", "news.xml", "index.xml"} {
		f.Add(read(f, n))
	}
	f.Add([]byte("https://example.com/a\nhttps://example.com/b"))
	f.Add(gz([]byte("<urlset><url><loc>/x</loc></url></urlset>")))
	f.Fuzz(func(t *testing.T, body []byte) {
		_ = Detect("", body)
		res, err := Parse(body, "https://example.com/", Options{MaxEntries: 100, MaxBytes: 1 << 20})
		if err == nil && (len(res.Entries) > 100 || len(res.Sitemaps) > 100) {
			t.Fatalf("cap exceeded: %d/%d", len(res.Entries), len(res.Sitemaps))
		}
	})
}

func BenchmarkParseSitemap(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 1000 {
		fmt.Fprintf(&sb, "<url><loc>https://example.com/2024/05/17/story-%d</loc><lastmod>2024-05-17</lastmod></url>\n", i)
	}
	sb.WriteString("</urlset>")
	body := []byte(sb.String())
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(body, "", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNewsPrefix(t *testing.T) {
	body := []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://example.com/s</loc><image:image><image:title>Photo</image:title></image:image>
<n:news><n:publication_date>2024-05-17</n:publication_date><n:title>Headline</n:title></n:news></url></urlset>`)
	res, err := Parse(body, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{URL: "https://example.com/s", Title: "Headline", Published: time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC)}}
	if res.Kind != KindNewsSitemap {
		t.Errorf("kind = %v", res.Kind)
	}
	if diff := cmp.Diff(want, res.Entries); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
}

// TestItemAuthors reads the authors a feed gives its items (dc:creator,
// RSS <author> with an address and a name, Atom <author><name>) and keeps
// the publication time in the zone the feed wrote it in.
func TestItemAuthors(t *testing.T) {
	rss := []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
<item><title>A</title><link>https://example.com/a</link><dc:creator>Ірина Бондар</dc:creator><pubDate>Mon, 17 Mar 2025 19:24:00 -0500</pubDate></item>
<item><title>B</title><link>https://example.com/b</link><author>jane@example.com (Jane Doe)</author></item>
<item><title>C</title><link>https://example.com/c</link><author>desk@example.com</author></item>
</channel></rss>`)
	atom := []byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>D</title><link href="https://example.com/d"/><author><name>Sam Ortiz</name></author><author><name>Lee Park</name></author><published>2025-03-17T08:00:00+09:00</published></entry></feed>`)
	want := map[string][]string{"https://example.com/a": {"Ірина Бондар"}, "https://example.com/b": {"Jane Doe"}, "https://example.com/c": nil,
		"https://example.com/d": {"Sam Ortiz", "Lee Park"}}
	for _, body := range [][]byte{rss, atom} {
		res, err := Parse(body, "https://example.com/feed", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entries {
			if !slices.Equal(e.Authors, want[e.URL]) {
				t.Errorf("%s: authors %q, want %q", e.URL, e.Authors, want[e.URL])
			}
			switch e.URL {
			case "https://example.com/a":
				if got := e.Published.Format(time.RFC3339); got != "2025-03-17T19:24:00-05:00" {
					t.Errorf("a: published %s, want 2025-03-17T19:24:00-05:00 (the feed's zone)", got)
				}
			case "https://example.com/d":
				if got := e.Published.Format(time.RFC3339); got != "2025-03-17T08:00:00+09:00" {
					t.Errorf("d: published %s, want 2025-03-17T08:00:00+09:00", got)
				}
			}
		}
	}
}

// TestNewsSitemapZone keeps a news sitemap's publication time in the zone
// it was written in (the local day), as for feeds.
func TestNewsSitemapZone(t *testing.T) {
	body := []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://example.com/a</loc><news:news><news:publication_date>2025-03-17T08:00:00+09:00</news:publication_date><news:title>A</news:title></news:news></url></urlset>`)
	res, err := Parse(body, "https://example.com/news.xml", Options{})
	if err != nil || len(res.Entries) != 1 {
		t.Fatalf("Parse: %v, %d entries", err, len(res.Entries))
	}
	if got := res.Entries[0].Published.Format(time.RFC3339); got != "2025-03-17T08:00:00+09:00" {
		t.Errorf("published %s, want 2025-03-17T08:00:00+09:00", got)
	}
}
