package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestKindModelMatchesFeatures: the fitted model names the features in
// the order the extractor computes them (retrain after changing them).
func TestKindModelMatchesFeatures(t *testing.T) {
	for j, w := range kindModel.features {
		if w.name != kindFeatureNames[j] {
			t.Fatalf("kindModel feature %d is %q, extractor computes %q: retrain (bench/cmd/train-kind)", j, w.name, kindFeatureNames[j])
		}
		if w.scale <= 0 {
			t.Errorf("feature %q has scale %v", w.name, w.scale)
		}
	}
}

func TestCountPrices(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"$19.99", 1},
		{"Now 12,50 € instead of 15 €", 2},
		{"£ 5 and ¥300", 2},
		{"the $ sign alone", 0},
		{"US$", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := countPrices(tt.in); got != tt.want {
			t.Errorf("countPrices(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestScanWords(t *testing.T) {
	var c [nKindFeatures]int
	n := scanWords("Add to Cart! Officials SAID we would sign up; Warenkorb.", &c, true)
	if n != 10 {
		t.Errorf("words = %d, want 10", n)
	}
	if c[fxCartWords] != 3 || c[fxCTAWords] != 1 { // "add to", "to cart", "warenkorb"
		t.Errorf("page counts cart %d cta %d, want 3 and 1", c[fxCartWords], c[fxCTAWords])
	}
	if c[fxReportWords] != 0 {
		t.Errorf("page scan counted body word groups: %d", c[fxReportWords])
	}
	var b [nKindFeatures]int
	scanWords("Officials said we would sign up", &b, false)
	if b[fxReportWords] != 1 || b[fxWeOur] != 1 || b[fxCTAWords] != 0 {
		t.Errorf("body counts report %d we %d cta %d, want 1 1 0", b[fxReportWords], b[fxWeOur], b[fxCTAWords])
	}
}

// TestKindModel: the scored model tells a news story from a shop page and
// a forum thread that no hand rule names, and says why.
func TestKindModel(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>`
	var shop strings.Builder
	shop.WriteString(`<html><head><title>Blue kettle 1.7 l</title></head><body>` + nav + `<h1>Blue kettle 1.7 l</h1>`)
	shop.WriteString(`<p class="price">$39.99</p><form><input name="qty"><button>Add to cart</button></form>`)
	shop.WriteString(`<div class="desc">` + paragraphs(3) + `</div><ul>`)
	for i := 0; i < 12; i++ {
		shop.WriteString(`<li class="card"><a href="/p/kettle-` + strings.Repeat("x", i+1) + `">Kettle model with a long name</a> <span>$29.99</span> <button>Add to cart</button></li>`)
	}
	shop.WriteString(`</ul></body></html>`)
	story := `<html><head><title>Council votes</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body>` +
		nav + `<article><h1>Council votes on new bike lanes</h1><p class="byline">By Jane Doe</p>` + paragraphs(8) + `</article></body></html>`
	ex := New(DefaultOptions())
	tests := []struct {
		name, url, html string
		article         bool
	}{
		{"dated story", "https://news.example/2024/05/02/council-votes-on-new-bike-lanes", story, true},
		{"shop page", "https://kettles.example/p/blue-kettle", shop.String(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(Input{URL: tt.url, Body: []byte(tt.html)})
			if err != nil && !errors.Is(err, ErrNotArticle) {
				t.Fatal(err)
			}
			if got := res.Kind == KindArticle; got != tt.article {
				t.Errorf("kind = %q (%s), want article %v", res.Kind, res.Provenance["kind"], tt.article)
			}
			if prov := res.Provenance["kind"]; prov == "" {
				t.Errorf("no kind provenance")
			}
		})
	}
}

// TestWordShapes: every word and phrase scanWords looks up has a shape
// wordShapes holds.
func TestWordShapes(t *testing.T) {
	for _, set := range []map[string]bool{phraseStarts, func() map[string]bool {
		m := map[string]bool{}
		for w := range textWordGroups {
			m[w] = true
		}
		return m
	}()} {
		for w := range set {
			if len(w) <= maxShapeLen && !phraseShaped(w[0], len(w)) {
				t.Errorf("%q: shape not held", w)
			}
		}
	}
	if phraseShaped('z', 1) && phraseShaped('q', 1) {
		t.Errorf("every one-letter word is shaped: the table tells nothing")
	}
}
