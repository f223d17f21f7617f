package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsroom.dev/pkg/bus"
)

// FuzzSearchQuery sends arbitrary query text and filters through Search on
// a real SQLite store: whatever the input, the answer is results or an
// ErrBadQuery, never an FTS5 syntax error, and every snippet is escaped
// text with balanced <mark> tags.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range []string{"storm", `"spending plan"`, "a OR b", "-x y", `NEAR(a b)`, `a*`, `"unclosed`,
		"col:term", "AND OR NOT", "\x00", "\xff\xfe", "((", `""`, "^start", "{a b}", "über-straße", "-", "OR"} {
		f.Add(q, "", "")
	}
	f.Add("storm", "news.example", "en")
	f.Add("x", "\xff", "a'b")
	s, err := Open(f.Context(), f.TempDir()+"/fuzz.db", Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	pub := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	seed := []string{"Storm closes the harbour <b>&amp;</b> port", "Parliament passes the spending plan", "Über die Straße NEAR col"}
	for i, text := range seed {
		if err := s.Apply(f.Context(), []bus.Article{{V: bus.Version, Op: bus.OpStory, StoryID: fmt.Sprint("s", i), Version: 1,
			URL: fmt.Sprint("https://news.example/", i), Site: "news.example", Language: "en", Title: text, Text: text, PublishedAt: &pub}}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q, site, lang string) {
		for _, sort := range []string{"", SortPublished} {
			page, err := s.Search(t.Context(), SearchQuery{Text: q, Site: site, Lang: lang, Sort: sort, Limit: 5})
			if err != nil {
				if !errors.Is(err, ErrBadQuery) {
					t.Fatalf("q=%q site=%q lang=%q: %v", q, site, lang, err)
				}
				continue
			}
			for _, h := range page.Stories {
				sn := h.Snippet
				if !utf8.ValidString(sn) || strings.Count(sn, "<mark>") != strings.Count(sn, "</mark>") {
					t.Fatalf("snippet %q", sn)
				}
				rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(sn)
				if strings.ContainsAny(rest, "<>") {
					t.Fatalf("snippet %q is not escaped", sn)
				}
			}
		}
	})
}
