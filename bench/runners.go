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

// Extractor is one system under test: it returns the body text of a page.
type Extractor struct {
	Name string
	Run  func(pageURL string, body []byte) string
}

// Newsroom returns the project's extractor. Non-article verdicts still
// yield their text: the benchmark scores bodies only.
func Newsroom() Extractor {
	ex := extract.New(extract.DefaultOptions())
	return Extractor{Name: "newsroom", Run: func(u string, body []byte) string {
		res, err := ex.Extract(extract.Input{URL: u, Body: body, ContentType: "text/html; charset=utf-8"})
		if res == nil || (err != nil && !errors.Is(err, extract.ErrNotArticle)) {
			return ""
		}
		return res.Text
	}}
}

// Trafilatura returns go-trafilatura v1.12.2 with its default options
// (the configuration behind the 0.962 F1 quoted in the project's issue).
func Trafilatura() Extractor {
	return Extractor{Name: "go-trafilatura", Run: func(u string, body []byte) string {
		pu, _ := url.Parse(u)
		res, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{OriginalURL: pu})
		if err != nil || res == nil {
			return ""
		}
		return res.ContentText
	}}
}

// Readability returns readeck go-readability v2.1.3.
func Readability() Extractor {
	return Extractor{Name: "go-readability", Run: func(u string, body []byte) string {
		pu, _ := url.Parse(u)
		p := readability.NewParser()
		art, err := p.Parse(bytes.NewReader(body), pu)
		if err != nil || art.Node == nil {
			return ""
		}
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return ""
		}
		return b.String()
	}}
}

// Result is the outcome of one extractor over the benchmark.
type Result struct {
	Name         string
	Summary      score.Summary
	Pages        []score.Page
	Texts        []string
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
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	c0 := cpuTime()
	w0 := time.Now()
	for i := range pages {
		texts[i] = ex.Run(pages[i].URL, pages[i].HTML)
	}
	wall := time.Since(w0)
	cpu := cpuTime() - c0
	runtime.ReadMemStats(&ms1)
	res := Result{Name: ex.Name, Texts: texts, CPU: cpu, Wall: wall,
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
