package bench

import (
	"bytes"
	"errors"
	"net/url"
	"runtime"
	"strings"
	"syscall"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"

	"newsroom.dev/bench/score"
	"newsroom.dev/pkg/extract"
)

// Output is what an extractor reports for one page: the body text and,
// where the extractor has them, the metadata the benchmarks score.
type Output struct {
	Text    string
	Title   string
	Authors []string
	// Day is the publication day as YYYY-MM-DD in the page's own zone, ""
	// when none was found.
	Day string
	// Kind is the page kind for extractors that classify pages (newsroom);
	// "" for the others.
	Kind string
	// Provenance names, for extractors that report it (newsroom), the
	// rule behind each field, as extract.Result.Provenance does.
	Provenance map[string]string
}

// Extractor is one system under test.
type Extractor struct {
	Name string
	// Full extracts one page with its metadata.
	Full func(pageURL string, body []byte) Output
}

// Run returns only the body text of a page.
func (e Extractor) Run(pageURL string, body []byte) string { return e.Full(pageURL, body).Text }

// Newsroom returns the project's extractor. Non-article verdicts still
// yield their text: the benchmark scores bodies only.
func Newsroom() Extractor {
	ex := extract.New(extract.DefaultOptions())
	return Extractor{Name: "newsroom", Full: func(u string, body []byte) Output {
		res, err := ex.Extract(extract.Input{URL: u, Body: body, ContentType: "text/html; charset=utf-8"})
		if res == nil || (err != nil && !errors.Is(err, extract.ErrNotArticle)) {
			return Output{}
		}
		o := Output{Text: res.Text, Title: res.Title, Authors: res.Authors, Kind: res.Kind, Provenance: res.Provenance}
		if res.PublishedAt != nil {
			o.Day = res.PublishedAt.Format(time.DateOnly)
		}
		return o
	}}
}

// Trafilatura returns go-trafilatura v1.12.2 with its default options
// (the configuration behind the 0.962 F1 quoted in the project's issue).
func Trafilatura() Extractor { return trafilaturaWith("go-trafilatura", false) }

// TrafilaturaFallback returns go-trafilatura v1.12.2 with EnableFallback:
// when its own extraction looks poor it also runs readability and
// dom-distiller and keeps the best text (slower, usually better).
func TrafilaturaFallback() Extractor { return trafilaturaWith("go-trafilatura+fb", true) }

func trafilaturaWith(name string, fallback bool) Extractor {
	return Extractor{Name: name, Full: func(u string, body []byte) Output {
		pu, _ := url.Parse(u)
		res, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{OriginalURL: pu, EnableFallback: fallback})
		if err != nil || res == nil {
			return Output{}
		}
		o := Output{Text: res.ContentText, Title: res.Metadata.Title, Authors: SplitAuthors(res.Metadata.Author)}
		if !res.Metadata.Date.IsZero() {
			o.Day = res.Metadata.Date.Format(time.DateOnly)
		}
		return o
	}}
}

// Readability returns readeck go-readability v2.1.3.
func Readability() Extractor {
	return Extractor{Name: "go-readability", Full: func(u string, body []byte) Output {
		pu, _ := url.Parse(u)
		p := readability.NewParser()
		art, err := p.Parse(bytes.NewReader(body), pu)
		if err != nil || art.Node == nil {
			return Output{}
		}
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return Output{}
		}
		o := Output{Text: b.String(), Title: art.Title(), Authors: SplitAuthors(art.Byline())}
		if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
			o.Day = t.Format(time.DateOnly)
		}
		return o
	}}
}

// Result is the outcome of one extractor over the benchmark.
type Result struct {
	Name         string
	Summary      score.Summary
	Pages        []score.Page
	Texts        []string
	Outputs      []Output
	CPU          time.Duration // process CPU time (user+sys) for all pages
	Wall         time.Duration
	Allocs       uint64 // heap allocations for all pages
	Bytes        uint64 // bytes allocated for all pages
	PagesPerCPUs float64
}

// Run runs ex over pages once on the calling goroutine, measuring process
// CPU time with getrusage and allocations with runtime.MemStats.
func Run(ex Extractor, pages []Page) Result {
	texts := make([]string, len(pages))
	outs := make([]Output, len(pages))
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	c0 := cpuTime()
	w0 := time.Now()
	for i := range pages {
		outs[i] = ex.Full(pages[i].URL, pages[i].HTML)
		texts[i] = outs[i].Text
	}
	wall := time.Since(w0)
	cpu := cpuTime() - c0
	runtime.ReadMemStats(&ms1)
	res := Result{Name: ex.Name, Texts: texts, Outputs: outs, CPU: cpu, Wall: wall,
		Allocs: ms1.Mallocs - ms0.Mallocs, Bytes: ms1.TotalAlloc - ms0.TotalAlloc}
	res.Pages = make([]score.Page, len(pages))
	for i := range pages {
		res.Pages[i] = score.ScorePage(pages[i].Truth, texts[i])
	}
	res.Summary = score.Summarize(res.Pages)
	if cpu > 0 {
		res.PagesPerCPUs = float64(len(pages)) / cpu.Seconds()
	}
	return res
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// SplitAuthors splits a byline string of a peer extractor ("A; B",
// "By A and B", "A, B & C") into names.
func SplitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "" {
		return nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '&' || r == '|' })
	var out []string
	for _, part := range f {
		for _, n := range strings.Split(part, " and ") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}
