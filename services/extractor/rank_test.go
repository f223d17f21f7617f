package extractor

import (
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/urlnorm"
)

func TestDeclaredCanonical(t *testing.T) {
	n := urlnorm.New(urlnorm.Options{})
	page := "https://agg.example/copy/1"
	tests := []struct {
		name, canon, prov, want string
	}{
		{"none", "", "", ""},
		{"extractor fallback to the page itself", page, "url", ""},
		{"link to the original", "https://pub.example/a", "link:canonical", "https://pub.example/a"},
		{"self", page, "link:canonical", page},
		{"og:url counts", "https://pub.example/a", "meta:og:url", "https://pub.example/a"},
		{"home page canonical is a template mistake", "https://agg.example/", "link:canonical", ""},
		{"not a url", "::", "link:canonical", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := &extract.Result{CanonicalURL: tc.canon, Provenance: map[string]string{"canonical_url": tc.prov}}
			if got := declaredCanonical(n, page, res); got != tc.want {
				t.Errorf("declaredCanonical(%q, %q) = %q, want %q", tc.canon, tc.prov, got, tc.want)
			}
		})
	}
}

// TestDeclaredCanonicalSlash: a site that redirects "/a" to "/a/" names
// "/a" canonical on the page fetched as "/a/" and on its tracked copies
// ("/a/?source=home"); both must name the page as fetched, so that the
// copy at the clean address is the story's.
func TestDeclaredCanonicalSlash(t *testing.T) {
	n := urlnorm.New(urlnorm.Options{})
	res := &extract.Result{CanonicalURL: "https://blog.example/lakes-8f3a", Provenance: map[string]string{"canonical_url": "link:canonical"}}
	for _, page := range []string{"https://blog.example/lakes-8f3a/", "https://blog.example/lakes-8f3a/?source=home"} {
		if got, want := declaredCanonical(n, page, res), "https://blog.example/lakes-8f3a/"; got != want {
			t.Errorf("declaredCanonical on %s = %q, want %q", page, got, want)
		}
	}
	if got, want := declaredCanonical(n, "https://blog.example/other/", res), "https://blog.example/lakes-8f3a"; got != want {
		t.Errorf("declaredCanonical on another page = %q, want %q", got, want)
	}
	og := &extract.Result{CanonicalURL: "https://blog.example/lakes-8f3a", Provenance: map[string]string{"canonical_url": "meta:og:url"}}
	if got, want := declaredCanonical(n, "https://blog.example/lakes-8f3a/", og), "https://blog.example/lakes-8f3a"; got != want {
		t.Errorf("declaredCanonical from og:url = %q, want %q (as declared)", got, want)
	}
}

func TestRank(t *testing.T) {
	pub, agg := "https://pub.example/a", "https://agg.example/copy/1"
	tests := []struct {
		name               string
		url, can           string
		res                extract.Result
		wantRank, wantDets int
	}{
		{"original: self canonical, JSON-LD, byline", pub, pub,
			extract.Result{Authors: []string{"A"}, Provenance: map[string]string{"published_at": "jsonld"}, Text: "Body."}, 0, 4},
		{"original without canonical but with JSON-LD", pub, "",
			extract.Result{Provenance: map[string]string{"site_name": "jsonld"}, Text: "Body."}, 0, 1},
		{"plain aggregator copy", agg, "", extract.Result{Text: "Body."}, 0, 0},
		{"copy dressed as an original", agg, agg,
			extract.Result{Authors: []string{"A"}, Provenance: map[string]string{"published_at": "jsonld"}, Text: "Body."}, 0, 4},
		{"aggregator copy naming the original", agg, pub, extract.Result{Authors: []string{"A"}, Text: "Body."}, -3, 1},
		{"aggregator copy with read-more trailer", agg, "", extract.Result{Text: "Body.\nRead more at The Publisher"}, -2, 0},
		{"press-release wire's copy: its dateline", agg, agg, extract.Result{Text: "EASTBRIDGE, England, Mar. 10, 2025 /ReleaseLine/ -- Scientists at Eastbridge University have mapped the estuary.\nBody."}, -2, 2},
		{"press-release wire's copy: its source line", agg, "", extract.Result{Text: "Scientists at Eastbridge University have mapped the estuary.\nBody.\nSOURCE Eastbridge University"}, -2, 0},
		{"portal copy linking its original", agg, "", extract.Result{OriginURL: pub, Text: "本文。"}, -3, 0},
		{"copy naming itself canonical but linking its original", agg, agg, extract.Result{OriginURL: pub, Authors: []string{"A"}, Text: "Body."}, -3, 1},
		{"a date with slashes is no wire's dateline", pub, "", extract.Result{Text: "On 10/03/2025 -- the council met.\nBody.\nSource: the council"}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, d := rank(tc.url, tc.can, &tc.res)
			if r != tc.wantRank || d != tc.wantDets {
				t.Errorf("rank = %d, detail %d; want %d, %d", r, d, tc.wantRank, tc.wantDets)
			}
		})
	}
}

func TestPublishedRank(t *testing.T) {
	precise := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	if p, s := publishedRank(nil, ""); p != 0 || s != 0 {
		t.Fatal("unknown date is not 0")
	}
	if p, _ := publishedRank(&time.Time{}, extract.DateExact); p != 0 {
		t.Fatal("zero date is not 0")
	}
	q := func(tm time.Time, prec string, detail int) state.Quality {
		p, s := publishedRank(&tm, prec)
		return state.Quality{Published: p, Slack: s, Detail: detail}
	}
	// An original with its exact time beats a dressed copy 40 minutes later
	// with more detail, and a day-only or zone-less copy on the same day
	// does not beat the original.
	orig := q(precise, extract.DateExact, 2)
	if !orig.Better(q(precise.Add(40*time.Minute), extract.DateExact, 4)) {
		t.Error("an exact earlier original does not beat a later dressed copy")
	}
	for _, c := range []state.Quality{q(day, extract.DateDay, 0), q(precise.Add(-3*time.Hour), extract.DateLocal, 0)} {
		if c.Better(orig) {
			t.Errorf("vague copy %+v beats the original", c)
		}
	}
	if !q(day, extract.DateDay, 0).Better(q(day.Add(72*time.Hour), extract.DateExact, 4)) {
		t.Error("a day-only date three days earlier is not earlier")
	}
}

func TestNewNeedsState(t *testing.T) {
	if _, err := New(Config{}, Deps{}); err == nil {
		t.Fatal("New without a state store succeeded")
	}
}

// FuzzProcess feeds arbitrary pages through extraction and dedupe: no panic,
// and an article always carries a story id and a positive version.
func FuzzProcess(f *testing.F) {
	f.Add([]byte(`<html><head><title>T -Agg</title><link rel="canonical" href="/"></head><body><article><p>Hello world.</p></article></body></html>`))
	f.Add([]byte(`<html><body><p>Read more at X</p></body></html>`))
	f.Add([]byte("\x00\xff<"))
	svc, err := New(Config{}, Deps{State: memstate.New()})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		arts, err := svc.Process(t.Context(), &bus.Page{URL: "https://fuzz.example/a/1", Body: body, ContentType: "text/html"})
		if err != nil {
			return
		}
		for _, a := range arts {
			if a.StoryID == "" || a.Version < 1 {
				t.Fatalf("article without story or version: %+v", a)
			}
		}
	})
}
