package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"testing"

	"newsroom.dev/pkg/bus"
)

// FuzzApply feeds web-derived strings (URL, title, text, authors) through
// Apply on SQLite and checks that valid messages are stored, read back
// sanitised, and that re-applying changes nothing.
func FuzzApply(f *testing.F) {
	f.Add("https://news.example/a", "Title", "Body\nline", "Ada", int64(1))
	f.Add("https://news.example/ü?q=1#x", "bad\x00nul", "\xff\xfe invalid", "", int64(0))
	f.Add("", "", "", "", int64(-1))
	f.Add("x", "<script>", "\u2028\u2029 'quotes' \"dq\"", "a\",\"b", int64(1<<62))
	s, err := Open(f.Context(), f.TempDir()+"/fuzz.db", Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, url, title, text, author string, version int64) {
		// One id per input, so earlier inputs cannot hold a higher version.
		id := fmt.Sprintf("%x", sha256.Sum256(fmt.Appendf(nil, "%q %q %q %q %d", url, title, text, author, version)))
		m := bus.Article{V: bus.Version, Op: bus.OpStory, StoryID: id, Version: version, URL: url,
			Title: title, Text: text, Authors: []string{author}}
		err := s.Apply(t.Context(), []bus.Article{m, {Op: bus.OpAlias, StoryID: id, URL: url + "#alias"}})
		if Validate(m) != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("invalid message: err = %v, want ErrInvalid", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("apply: %v", err)
		}
		got, err := s.Get(t.Context(), clean(id))
		if err != nil {
			t.Fatalf("get: %v", err)
		}
		if got.Version != version || got.Text != clean(text) || got.Title != clean(title) || got.URL != clean(url) {
			t.Fatalf("stored %+v, want version %d title %q text %q", got, version, clean(title), clean(text))
		}
		for _, d := range got.Duplicates {
			if d == got.URL {
				t.Fatalf("duplicates contain the chosen url %q", d)
			}
		}
		st1, u1, _ := s.Count(t.Context())
		if err := s.Apply(t.Context(), []bus.Article{m}); err != nil {
			t.Fatalf("re-apply: %v", err)
		}
		st2, u2, _ := s.Count(t.Context())
		if st1 != st2 || u1 != u2 {
			t.Fatalf("re-apply changed counts (%d,%d) -> (%d,%d)", st1, u1, st2, u2)
		}
	})
}
