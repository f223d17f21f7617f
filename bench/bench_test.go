package bench

import (
	"testing"
)

// minF1 and minPrecision are what the newsroom extractor reliably reaches
// on the public benchmark, minus a small margin.
const (
	minF1        = 0.972
	minPrecision = 0.962
)

func TestNewsroomQuality(t *testing.T) {
	dir, err := FindData("")
	if err != nil {
		t.Fatalf("%v (the benchmark lives in shared/data/article-extraction-benchmark)", err)
	}
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	res := Run(Newsroom(), pages)
	t.Logf("newsroom: F1 %.4f precision %.4f recall %.4f over %d pages", res.Summary.F1, res.Summary.Precision, res.Summary.Recall, len(pages))
	if res.Summary.F1 < minF1 {
		t.Errorf("F1 = %.4f, want >= %.3f", res.Summary.F1, minF1)
	}
	if res.Summary.Precision < minPrecision {
		t.Errorf("precision = %.4f, want >= %.3f", res.Summary.Precision, minPrecision)
	}
}

// BenchmarkExtractors measures each extractor over the whole benchmark;
// one op is one page.
func BenchmarkExtractors(b *testing.B) {
	dir, err := FindData("")
	if err != nil {
		b.Fatal(err)
	}
	benchPages(b, dir, Newsroom(), Trafilatura(), Readability())
}

// BenchmarkExtractorsWCXB measures each extractor over the WCXB
// development split (all page types, both halves); one op is one page.
func BenchmarkExtractorsWCXB(b *testing.B) {
	dir, err := FindWCXB("")
	if err != nil {
		b.Skip(err)
	}
	benchPages(b, dir, Newsroom(), TrafilaturaFallback())
}

// benchPages runs each extractor over the pages of a data set, one page an
// op, cycling through the set.
func benchPages(b *testing.B, dir string, exs ...Extractor) {
	pages, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, ex := range exs {
		b.Run("extractor="+ex.Name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := pages[i%len(pages)]
				_ = ex.Run(p.URL, p.HTML)
				i++
			}
		})
	}
}
