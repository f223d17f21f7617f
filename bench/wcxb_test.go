package bench

import "testing"

// TestHalfFixed pins the split: a change of Half would move pages between
// the tuned and the held-out half and silently leak the held-out one.
func TestHalfFixed(t *testing.T) {
	counts := map[string]int{}
	for _, d := range []string{"example.com", "www.example.com", "bbc.co.uk", "spiegel.de", "lemonde.fr", "nytimes.com", "asahi.com", "ria.ru"} {
		counts[Half(d)]++
	}
	if Half("example.com") != Half("www.example.com") || Half("example.com") != Half("EXAMPLE.com") {
		t.Errorf("Half depends on www. or case")
	}
	if counts[HalfDev] == 0 || counts[HalfHeldOut] == 0 {
		t.Errorf("Half puts all of 8 domains in one half: %v", counts)
	}
}

func TestEvaluateWCXB(t *testing.T) {
	dir, err := FindWCXB("")
	if err != nil {
		t.Fatalf("%v (the WCXB split lives in shared/data/wcxb-dev)", err)
	}
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, p := range pages {
		n[Half(p.Domain)]++
	}
	if n[HalfDev] < len(pages)/3 || n[HalfHeldOut] < len(pages)/3 {
		t.Fatalf("unbalanced split: %v of %d pages", n, len(pages))
	}
	// A perfect extractor scores 1 everywhere it is scored.
	outs := make([]Output, len(pages))
	for i, p := range pages {
		outs[i] = Output{Text: p.Truth, Title: p.Title, Authors: p.Authors, Kind: "article"}
		if len(p.Date) == 10 {
			outs[i].Day = p.Date
		}
		if p.PageType != "article" {
			outs[i].Kind = "listing"
		}
	}
	q, misses := Evaluate(pages, outs, InHalf(""))
	if q.TitleExact != 1 || q.DateDay != 1 || q.AuthorsF1 != 1 || q.NonArticleStored != 0 || q.ArticleEmptied != 0 || q.WordF1["article"] != 1 {
		t.Errorf("perfect outputs scored %+v", q)
	}
	if len(misses) != 0 {
		t.Errorf("perfect outputs have %d misses, first %+v", len(misses), misses[0])
	}
}
