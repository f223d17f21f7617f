package extract

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/testkit"
)

// margin reads the model's margin over its threshold from the kind
// provenance ("model:+1.23(...)").
func margin(t *testing.T, res *Result) float64 {
	t.Helper()
	p := res.Provenance["kind"]
	rest, ok := strings.CutPrefix(p, "model:")
	i := strings.IndexByte(rest, '(')
	if !ok || i < 0 {
		t.Fatalf("kind provenance %q is not the model's", p)
	}
	m, err := strconv.ParseFloat(rest[:i], 64)
	if err != nil {
		t.Fatalf("kind provenance %q: %v", p, err)
	}
	return m
}

func TestPathShape(t *testing.T) {
	for _, tt := range testkit.ReadCases(t, "testdata/pathshape.txt", 2) {
		if got := PathShape(tt[0]); got != tt[1] {
			t.Errorf("PathShape(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// siteKinds is a learned table of shape counts.
type siteKinds struct {
	hints
	counts map[string][2]int
}

func (s siteKinds) ShapeCounts(shape string) (int, int) { c := s.counts[shape]; return c[0], c[1] }

// TestSiteKinds: what a site's pages of the same address shape were tips
// a page the model finds borderline, both ways, and the provenance says so.
func TestSiteKinds(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>`
	thin := `<html><head><title>Climate</title></head><body>` + nav + `<h1>Climate</h1>` + paragraphs(2) + teasers(3, true) + `</body></html>`
	story := `<html><head><title>Council votes</title></head><body>` + nav + `<h1>Council votes</h1>` + paragraphs(4) + `</body></html>`
	ex := New(DefaultOptions())
	run := func(u, page string, site SiteHints) *Result {
		res, err := ex.Extract(Input{URL: u, Body: []byte(page), Site: site})
		if err != nil && !errors.Is(err, ErrNotArticle) {
			t.Fatal(err)
		}
		return res
	}
	u := "https://gazette.example/climate/overview"
	alone := run(u, thin, nil)
	if alone.Kind != KindArticle {
		t.Fatalf("alone: kind %q (%s); the test needs a page the model keeps", alone.Kind, alone.Provenance["kind"])
	}
	if alone.PathShape != "/climate/{w}" {
		t.Fatalf("PathShape = %q", alone.PathShape)
	}
	listed := run(u, thin, siteKinds{counts: map[string][2]int{"/climate/{w}": {0, 6}}})
	if !strings.Contains(listed.Provenance["kind"], "site:/climate/{w} 0/6-4.5") {
		t.Errorf("site of listings: provenance %q names no site shift", listed.Provenance["kind"])
	}
	if m0, m1 := margin(t, alone), margin(t, listed); math.Abs(m0-shapeShift(6)-m1) > 0.011 || (m1 >= 0) != (listed.Kind == KindArticle) {
		t.Errorf("site of listings: margin %.2f -> %.2f (kind %q), want a shift of %.1f", m0, m1, listed.Kind, shapeShift(6))
	}
	arts := run(u, thin, siteKinds{counts: map[string][2]int{"/climate/{w}": {9, 1}}})
	if m0, m1 := margin(t, alone), margin(t, arts); math.Abs(m0+shapeShift(8)-m1) > 0.011 || arts.Kind != KindArticle {
		t.Errorf("site of articles: margin %.2f -> %.2f (kind %q), want a shift of +%.1f", m0, m1, arts.Kind, shapeShift(8))
	}
	few := run(u, thin, siteKinds{counts: map[string][2]int{"/climate/{w}": {0, 2}}})
	if few.Kind != KindArticle {
		t.Errorf("two pages of evidence decided: kind %q (%s)", few.Kind, few.Provenance["kind"])
	}
	// A page of a shape the site has not shown, whose text links to many
	// of the site's articles (the teasers link /news/2024/05/dd/story-...).
	links := siteKinds{counts: map[string][2]int{"/news/{n}/{n}/{n}/{slug}": {12, 0}}}
	hub := `<html><head><title>Climate</title></head><body>` + nav + `<div class="story"><h1>Climate</h1>` + paragraphs(4) + `<p>Read more: <a href="/news/2024/05/02/council-votes-on-the-bike-lanes">council</a>, <a href="/news/2024/05/03/mayor-resigns-after-the-vote">mayor</a>, <a href="/news/2024/05/04/river-floods-the-low-town">river</a>, <a href="/news/2024/05/05/schools-close-for-the-storm">schools</a>, <a href="/news/2024/05/06/budget-passes-after-long-debate">budget</a>, <a href="/news/2024/05/07/port-strike-ends-after-a-week">port</a>.</p></div></body></html>`
	aloneHub := run(u, hub, nil)
	linked := run(u, hub, links)
	if !strings.Contains(linked.Provenance["kind"], "site:6 article links-2.0") {
		t.Errorf("page linking the site's articles: provenance %q", linked.Provenance["kind"])
	}
	if m0, m1 := margin(t, aloneHub), margin(t, linked); math.Abs(m0-siteListShift-m1) > 0.011 {
		t.Errorf("page linking the site's articles: margin %.2f -> %.2f, want a shift of -%.1f", m0, m1, siteListShift)
	}
	// Sixteen story links: a list of stories more than a round-up; the
	// shift grows with the links.
	var more strings.Builder
	for d := 1; d <= 16; d++ {
		more.WriteString(`<p><a href="/news/2024/05/` + strconv.Itoa(d) + `/council-story-number-` + strconv.Itoa(d) + `">Story ` + strconv.Itoa(d) + `</a> A line of summary under the headline of the story.</p>`)
	}
	archive := `<html><head><title>Archive</title></head><body>` + nav + `<div class="story"><h1>Archive</h1>` + paragraphs(4) + more.String() + `</div></body></html>`
	aloneArchive, linkedArchive := run(u, archive, nil), run(u, archive, links)
	if want := listShift(16); want != -4.0 || !strings.Contains(linkedArchive.Provenance["kind"], "site:16 article links-4.0") {
		t.Errorf("page linking 16 of the site's articles: provenance %q (shift %.1f)", linkedArchive.Provenance["kind"], want)
	}
	if m0, m1 := margin(t, aloneArchive), margin(t, linkedArchive); math.Abs(m0-4.0-m1) > 0.011 {
		t.Errorf("page linking 16 of the site's articles: margin %.2f -> %.2f, want a shift of -4.0", m0, m1)
	}
	if listShift(100) != -siteShapeMaxShift {
		t.Errorf("listShift(100) = %.1f, want the cap", listShift(100))
	}
	if got := run("https://news.example/city/council-votes-on-bike-lanes", story, nil); got.KindEvidence != "" {
		t.Errorf("undated story without byline: evidence %q, want none", got.KindEvidence)
	}
	tag := run("https://news.example/tag/climate/", `<html><head><title>Climate</title></head><body>`+nav+`<h1>Climate</h1>`+teasers(12, false)+`</body></html>`, nil)
	if tag.KindEvidence != EvidenceOther {
		t.Errorf("tag page: evidence %q (%s), want %q", tag.KindEvidence, tag.Provenance["kind"], EvidenceOther)
	}
}

// TestSiteUndated: on a site whose articles have shown a publication
// date, a page without one (an ethics policy, a staff page on the story
// template) is shifted away from an article; a page with a date, a site
// with too few or too many undated articles, and a page of one of the
// site's article shapes are not.
func TestSiteUndated(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>`
	policy := `<html><head><title>Our ethics policy</title><meta property="og:type" content="article"></head><body>` + nav + `<h1>Our ethics policy</h1>` + paragraphs(6) + `</body></html>`
	dated := `<html><head><title>Our ethics policy</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>` + nav + `<h1>Our ethics policy</h1>` + paragraphs(6) + `</body></html>`
	ex := New(DefaultOptions())
	run := func(page string, site SiteHints) *Result {
		res, err := ex.Extract(Input{URL: "https://gazette.example/about/ethics-policy/", Body: []byte(page), Site: site})
		if err != nil && !errors.Is(err, ErrNotArticle) {
			t.Fatal(err)
		}
		return res
	}
	alone := run(policy, nil)
	if !strings.HasPrefix(alone.Provenance["kind"], "model:") {
		t.Fatalf("alone: kind %q by %s; the test needs a page the model weighs", alone.Kind, alone.Provenance["kind"])
	}
	for _, c := range []struct {
		name   string
		page   string
		counts map[string][2]int
		shift  float64
	}{
		{"site of dated articles", policy, map[string][2]int{SiteDatesShape: {12, 1}}, -siteUndatedShift},
		{"too few articles seen", policy, map[string][2]int{SiteDatesShape: {2, 0}}, 0},
		{"a site that leaves many undated", policy, map[string][2]int{SiteDatesShape: {12, 3}}, 0},
		{"one of the site's article shapes", policy, map[string][2]int{SiteDatesShape: {12, 0}, alone.PathShape: {5, 0}}, shapeShift(5)},
	} {
		res := run(c.page, siteKinds{counts: c.counts})
		if m0, m1 := margin(t, alone), margin(t, res); math.Abs(m0+c.shift-m1) > 0.011 || (m1 >= 0) != (res.Kind == KindArticle) {
			t.Errorf("%s: margin %.2f -> %.2f (%s), want a shift of %+.1f", c.name, m0, m1, res.Provenance["kind"], c.shift)
		}
	}
	shifted := run(policy, siteKinds{counts: map[string][2]int{SiteDatesShape: {12, 1}}})
	if !strings.Contains(shifted.Provenance["kind"], "site:undated, 12 of 13 articles dated-4.0") {
		t.Errorf("provenance %q names no undated shift", shifted.Provenance["kind"])
	}
	d0, d1 := run(dated, nil), run(dated, siteKinds{counts: map[string][2]int{SiteDatesShape: {12, 1}}})
	if strings.HasPrefix(d0.Provenance["kind"], "model:") && math.Abs(margin(t, d0)-margin(t, d1)) > 0.011 {
		t.Errorf("a dated page was shifted: %s -> %s", d0.Provenance["kind"], d1.Provenance["kind"])
	}
}

// TestKindListed: a page a feed listed with a publication time is tipped
// towards an article, and the provenance says so.
func TestKindListed(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>`
	page := `<html><head><title>Climate</title></head><body>` + nav + `<h1>Climate</h1>` + paragraphs(2) + teasers(3, true) + `</body></html>`
	ex := New(DefaultOptions())
	u := "https://gazette.example/climate/overview"
	alone, _ := ex.Extract(Input{URL: u, Body: []byte(page)})
	listed, _ := ex.Extract(Input{URL: u, Body: []byte(page), ListedAt: time.Date(2024, 5, 2, 10, 0, 0, 0, time.UTC)})
	if !strings.Contains(listed.Provenance["kind"], ",listed+1.5") {
		t.Fatalf("provenance %q names no listing", listed.Provenance["kind"])
	}
	// The listed time also dates the page, which the model weighs too.
	if m0, m1 := margin(t, alone), margin(t, listed); m1 < m0+listedShift-0.011 || (m1 >= 0) != (listed.Kind == KindArticle) {
		t.Errorf("margin %.2f -> %.2f (kind %q), want a shift of at least +%.1f", m0, m1, listed.Kind, listedShift)
	}
}
