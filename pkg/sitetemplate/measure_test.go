package sitetemplate

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state/memstate"
	"newsroom.dev/pkg/testkit"
	"newsroom.dev/pkg/testweb"
)

// shingles returns the multiset of 4-token shingles of s (tokens are runs
// of letters, digits and '_'), the benchmark's metric.
func shingles(s string) map[string]int {
	var toks []string
	start := -1
	for i, r := range s + " " {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			toks = append(toks, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	out := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			out[strings.Join(toks, " ")]++
		}
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

// precision is the share of got's shingles that are in want's.
func precision(got, want string) float64 {
	g, w := shingles(got), shingles(want)
	tp, all := 0, 0
	for k, n := range g {
		all += n
		tp += min(n, w[k])
	}
	if all == 0 {
		return 0
	}
	return float64(tp) / float64(all)
}

// corpusPage is one page of one site with its true body.
type corpusPage struct {
	site, url string
	body      []byte
	text      string
}

// measured sums precision and exact matches over pages.
type measured struct {
	n, exact int
	prec     float64
}

func (m *measured) add(got, want string) {
	m.n++
	m.prec += precision(got, want)
	if got == want {
		m.exact++
	}
}

func (m measured) String() string {
	if m.n == 0 {
		return "no pages"
	}
	return fmt.Sprintf("pages %3d precision %.4f exact %.3f", m.n, m.prec/float64(m.n), float64(m.exact)/float64(m.n))
}

// runCorpus extracts every page in order, per site, without a template
// and with the template learned from the site's earlier pages, and
// reports both over the pages after the first warm ones.
func runCorpus(t *testing.T, name string, pages []corpusPage, o Options) (without, with measured) {
	t.Helper()
	ctx := context.Background()
	st := memstate.New()
	defer st.Close()
	l := New(st, o)
	e := extract.New(extract.DefaultOptions())
	perSite := map[string]int{}
	trips, observed := 0, 0
	for _, pg := range pages {
		base, err := e.Extract(extract.Input{URL: pg.url, Body: pg.body})
		if err != nil {
			t.Logf("%s: %v", pg.url, err)
			continue
		}
		tpl, err := l.Template(ctx, pg.site)
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.Extract(extract.Input{URL: pg.url, Body: pg.body, Template: tpl})
		if err != nil {
			t.Fatalf("%s with template: %v", pg.url, err)
		}
		if perSite[pg.site] >= l.o.MinPages {
			without.add(base.Text, pg.text)
			with.add(res.Text, pg.text)
		}
		perSite[pg.site]++
		s, err := l.ObserveStats(ctx, pg.site, pg.url, res)
		if err != nil {
			t.Fatal(err)
		}
		trips += s.RoundTrips
		observed++
	}
	t.Logf("%s: after %d warm pages per site:\n  without template: %v\n  with template:    %v\n  state round trips per observed page: %.2f",
		name, l.o.MinPages, without, with, float64(trips)/float64(max(observed, 1)))
	return without, with
}

// TestMeasureTestWeb runs the learner over the simulated web's aggregator
// copies: their bodies are already clean, so the template must not hurt.
func TestMeasureTestWeb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a simulated web")
	}
	w, err := testweb.New(testweb.Config{Publishers: 6, Seed: 5, Stories: 12})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	c := &http.Client{Timeout: 10 * time.Second}
	get := func(u string) []byte {
		resp, err := c.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var copies, originals []corpusPage
	for _, st := range w.Truth().Stories {
		originals = append(originals, corpusPage{site: st.Site, url: st.URL, body: get(st.URL), text: st.Text})
		for _, cp := range st.Copies {
			copies = append(copies, corpusPage{site: cp.Site, url: cp.URL, body: get(cp.URL), text: cp.Text})
		}
	}
	for _, c := range []struct {
		name  string
		pages []corpusPage
	}{{"testweb aggregator copies", copies}, {"testweb publisher stories", originals}} {
		without, with := runCorpus(t, c.name, c.pages, Options{})
		if with.exact < without.exact || with.prec < without.prec-1e-9 {
			t.Errorf("%s: template hurt: without %v, with %v", c.name, without, with)
		}
	}
}

// sampleSite renders testweb-style stories into the chrome of the shared
// aggregator sample, with in-body boilerplate the heuristics keep: a
// welcome line, a mid-body promotion and a reprint disclaimer.
type sampleSite struct {
	name, chrome string
	intro, promo string
	disclaimer   string
}

func (s sampleSite) render(title string, paras []string) []byte {
	var b strings.Builder
	b.WriteString("<div class=\"content\">\n")
	fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(s.intro))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		if i == 1 {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(s.promo))
		}
	}
	fmt.Fprintf(&b, "<p>%s</p>\n</div>\n", html.EscapeString(s.disclaimer))
	page := s.chrome
	i := strings.Index(page, "<div class=\"content\">")
	j := strings.Index(page, "<div class=\"zan\">")
	page = page[:i] + b.String() + page[j:]
	const oldTitle = "Putin focuses on trade and cultural exchanges in Harbin, China, after reaffirming ties with Xi"
	page = strings.ReplaceAll(page, oldTitle, html.EscapeString(title))
	page = strings.ReplaceAll(page, "Wealth Empowerment Academy", s.name)
	return []byte(page)
}

// TestMeasureSampleStyle runs the learner over aggregator pages in the
// style of the shared sample, whose bodies carry site boilerplate.
func TestMeasureSampleStyle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a simulated web")
	}
	dir, err := testkit.SharedData("samples")
	if err != nil {
		t.Skipf("shared sample missing: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "aggregator-article.html"))
	if err != nil {
		t.Skipf("shared sample missing: %v", err)
	}
	w, err := testweb.New(testweb.Config{Publishers: 3, Seed: 9, Stories: 15, Aggregators: -1})
	if err != nil {
		t.Fatal(err)
	}
	stories := w.Truth().Stories
	sites := []sampleSite{
		{name: "Wealth Empowerment Academy", chrome: string(raw),
			intro:      "Welcome to Wealth Empowerment Academy, where we bring you the stories that matter from trusted newsrooms around the world.",
			promo:      "Enjoying this story? Wealth Empowerment Academy readers get our best picks every morning, and it only takes a minute to join them.",
			disclaimer: "Disclaimer: This article is reproduced from other media. The purpose of reprinting is to convey more information. It does not mean that this website agrees with its views and is responsible for its authenticity."},
		{name: "Daily Digest Hub", chrome: string(raw),
			intro:      "This story was selected by the editors of Daily Digest Hub and is shown here as it was published by its original source.",
			promo:      "Daily Digest Hub is supported by its readers, and your contribution keeps independent curation free for everyone who reads it.",
			disclaimer: "The views and opinions expressed in this article are those of the original authors and do not necessarily reflect the official policy or position of Daily Digest Hub or its partners."},
	}
	var pages []corpusPage
	for i, st := range stories {
		s := sites[i%len(sites)]
		host := strings.ToLower(strings.ReplaceAll(s.name, " ", "")) + ".example"
		paras := strings.Split(st.Text, "\n")
		pages = append(pages, corpusPage{site: host, url: fmt.Sprintf("https://%s/news/%d.html", host, 1000+i),
			body: s.render(st.Title, paras), text: st.Text})
	}
	// Interleave the sites as a crawl would.
	slices.SortStableFunc(pages, func(a, b corpusPage) int { return strings.Compare(a.url[len(a.url)-9:], b.url[len(b.url)-9:]) })
	without, with := runCorpus(t, "sample-style aggregators", pages, Options{})
	if with.prec <= without.prec {
		t.Errorf("template did not help: without %v, with %v", without, with)
	}
}
