package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// goldenPages lists the golden test pages with the URL and Content-Type
// they are served under.
var goldenPages = []struct {
	name, url, contentType string
}{
	{"news-jsonld", "https://gazette.example/local/2024/05/17/council-approves-bike-lanes?utm_source=x", "text/html; charset=utf-8"},
	{"blog", "https://crumbandcrust.example/2023/11/02/cold-ferment-sourdough/", "text/html"},
	{"wire-aggregator", "https://dailyfinancehub.example/energy/4411.html", "text/html"},
	{"cp1251", "https://citynews.example/news/102.html", "text/html"},
	{"listing", "https://metrotimes.example/politics/", "text/html; charset=utf-8"},
	{"comments-newsletter", "https://stadtanzeiger.example/lokales/neue-radwege-fuer-die-innenstadt-123456.html", ""},
	// A Vietnamese story signed in bold at its end, before a share bar
	// and the readers' comments inside the same container (web aj).
	{"vi-signature", "https://danangngaynay.example/thoi-su/da-nang-khoi-cong-cau-vuot-bien-noi-ban-dao-son-tra-477014.html", "text/html; charset=utf-8"},
}

// golden is the serialised form of a Result for golden files.
type golden struct {
	Kind         string            `json:"kind"`
	Err          string            `json:"err,omitempty"`
	Title        string            `json:"title"`
	Authors      []string          `json:"authors"`
	PublishedAt  string            `json:"published_at"`
	ModifiedAt   string            `json:"modified_at"`
	Language     string            `json:"language"`
	SiteName     string            `json:"site_name"`
	CanonicalURL string            `json:"canonical_url"`
	Image        string            `json:"image"`
	Section      string            `json:"section"`
	Tags         []string          `json:"tags"`
	NextPage     string            `json:"next_page"`
	Provenance   map[string]string `json:"provenance"`
	Text         []string          `json:"text"`
}

func toGolden(res *Result, err error) golden {
	g := golden{}
	if err != nil {
		g.Err = err.Error()
	}
	if res == nil {
		return g
	}
	g.Kind, g.Title, g.Authors, g.Language, g.SiteName = res.Kind, res.Title, res.Authors, res.Language, res.SiteName
	g.CanonicalURL, g.Image, g.Section, g.Tags, g.NextPage, g.Provenance = res.CanonicalURL, res.Image, res.Section, res.Tags, res.NextPage, res.Provenance
	if res.PublishedAt != nil {
		g.PublishedAt = res.PublishedAt.Format("2006-01-02T15:04:05Z07:00")
	}
	if res.ModifiedAt != nil {
		g.ModifiedAt = res.ModifiedAt.Format("2006-01-02T15:04:05Z07:00")
	}
	if res.Text != "" {
		g.Text = strings.Split(res.Text, "\n")
	}
	return g
}

func TestGolden(t *testing.T) {
	ex := New(DefaultOptions())
	for _, tt := range goldenPages {
		t.Run(tt.name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tt.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := ex.Extract(Input{URL: tt.url, Body: body, ContentType: tt.contentType})
			if err != nil && !errors.Is(err, ErrNotArticle) {
				t.Fatalf("Extract(%s) = %v", tt.name, err)
			}
			got := toGolden(res, err)
			path := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run go test -update): %v", err)
			}
			var want golden
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", tt.name, d)
			}
		})
	}
}
