package extract

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsroom.dev/pkg/testkit"
)

func TestAggregatorSample(t *testing.T) {
	samplesDir, err := testkit.SharedData("samples")
	if err != nil {
		t.Fatal(err)
	}
	htmlPath := filepath.Join(samplesDir, "aggregator-article.html")
	wantPath := filepath.Join(samplesDir, "aggregator-article.expected.json")
	body, err := os.ReadFile(htmlPath)
	if err != nil {
		t.Fatalf("sample page missing: %v", err)
	}
	raw, err := os.ReadFile(wantPath)
	if err != nil {
		t.Fatalf("sample expectation missing: %v", err)
	}
	var want struct {
		Title          string   `json:"title"`
		PublishedAt    string   `json:"published_at"`
		Text           string   `json:"text"`
		MustNotContain []string `json:"must_not_contain"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("decode %s: %v", wantPath, err)
	}
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/news/4711.html", Body: body, ContentType: "text/html"})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if res.Kind != KindArticle {
		t.Errorf("Kind = %q, want %q", res.Kind, KindArticle)
	}
	if res.Title != want.Title {
		t.Errorf("Title = %q, want %q", res.Title, want.Title)
	}
	if res.PublishedAt == nil {
		t.Errorf("PublishedAt = nil, want %s", want.PublishedAt)
	} else if got := res.PublishedAt.Format("2006-01-02T15:04:05"); got != want.PublishedAt {
		t.Errorf("PublishedAt = %s, want %s", got, want.PublishedAt)
	}
	if res.Text != want.Text {
		gl, wl := strings.Split(res.Text, "\n"), strings.Split(want.Text, "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("Text differs at line %d:\n got: %q\nwant: %q", i, g, w)
				break
			}
		}
	}
	for _, s := range want.MustNotContain {
		if strings.Contains(res.Text, s) {
			t.Errorf("Text contains forbidden %q", s)
		}
		if strings.Contains(res.Title, s) {
			t.Errorf("Title contains forbidden %q", s)
		}
	}
	if len(res.Authors) == 0 {
		t.Errorf("Authors empty, want the wire credit")
	}
}

func TestTooLarge(t *testing.T) {
	// Deep wrappers (<div>) are flattened (TestNotAStory); other elements
	// nested past the cap still fail.
	deep := strings.Repeat("<q>", 5000) + "text" + strings.Repeat("</q>", 5000)
	wide := "<html><body>" + strings.Repeat("<p>x</p>", 50000) + "</body></html>"
	tests := []struct {
		name    string
		opts    Options
		body    string
		wantErr error
	}{
		{"bytes", Options{MaxBytes: 1000}, strings.Repeat("a", 2000), ErrTooLarge},
		{"depth", Options{MaxDepth: 100}, deep, ErrTooLarge},
		{"nodes", Options{MaxNodes: 1000}, wide, ErrTooLarge},
		{"within caps", Options{}, "<html><body><p>" + strings.Repeat("word ", 100) + "</p></body></html>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(tt.opts).Extract(Input{Body: []byte(tt.body)})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Extract err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract err = %v", err)
			}
			if res.Text == "" {
				t.Fatalf("empty text")
			}
		})
	}
}

func TestHugeDefaultCaps(t *testing.T) {
	// A deep and wide document under the default caps must either be
	// refused with ErrTooLarge or extracted without blowing the caps.
	var b strings.Builder
	b.WriteString("<html><body>")
	for i := 0; i < 3000; i++ {
		b.WriteString("<div><span>")
	}
	for i := 0; i < 20000; i++ {
		b.WriteString("<p>paragraph text, with a comma.</p>")
	}
	b.WriteString("</body></html>")
	res, err := New(DefaultOptions()).Extract(Input{Body: []byte(b.String())})
	if err != nil {
		if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNotArticle) {
			t.Fatalf("Extract err = %v, want ErrTooLarge or a result", err)
		}
		return
	}
	if len(res.Text) > b.Len() {
		t.Fatalf("text longer than input")
	}
}
