package extract

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
)

// webPage is one page fetched from the simulated web with what it should
// yield.
type webPage struct {
	url, site, kind string // kind: "story" or "copy"
	body            []byte
	contentType     string
	title           string
	authors         []string // nil for copies (the copy shows the original's)
	date            time.Time
	text            string
}

// fetchWeb starts a simulated web and fetches every story and copy page.
func fetchWeb(t testing.TB, seed int64) []webPage {
	t.Helper()
	w, err := testweb.New(testweb.Config{Publishers: 9, Seed: seed, Stories: 12})
	if err != nil {
		t.Fatalf("testweb.New: %v", err)
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatalf("testweb.Start: %v", err)
	}
	t.Cleanup(w.Close)
	c := &http.Client{Timeout: 10 * time.Second}
	get := func(u string) ([]byte, string) {
		resp, err := c.Get(u)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: status %d, %v", u, resp.StatusCode, err)
		}
		return b, resp.Header.Get("Content-Type")
	}
	var out []webPage
	for _, st := range w.Truth().Stories {
		b, ct := get(st.URL)
		out = append(out, webPage{url: st.URL, site: st.Site, kind: "story", body: b, contentType: ct,
			title: st.Title, authors: st.Authors, date: st.Published, text: st.Text})
		for _, cp := range st.Copies {
			b, ct := get(cp.URL)
			out = append(out, webPage{url: cp.URL, site: cp.Site, kind: "copy", body: b, contentType: ct,
				title: st.Title, date: cp.Posted, text: cp.Text})
		}
	}
	return out
}

// webScore counts exact matches per field.
type webScore struct {
	pages, article, title, authors, date, text int
	authorPages                                int
}

func (s webScore) rate(n int, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func scoreWebPage(t *testing.T, e *Extractor, pg webPage, sc *webScore, verbose bool) {
	res, err := e.Extract(Input{URL: pg.url, Body: pg.body, ContentType: pg.contentType})
	sc.pages++
	if err != nil {
		if verbose {
			t.Logf("%s %s: %v", pg.kind, pg.url, err)
		}
		return
	}
	sc.article++
	if res.Title == pg.title {
		sc.title++
	} else if verbose {
		t.Logf("%s %s: title %q, want %q", pg.kind, pg.url, res.Title, pg.title)
	}
	if pg.authors != nil {
		sc.authorPages++
		if slices.Equal(res.Authors, pg.authors) {
			sc.authors++
		} else if verbose {
			t.Logf("%s %s: authors %q, want %q", pg.kind, pg.url, res.Authors, pg.authors)
		}
	}
	if res.PublishedAt != nil && res.PublishedAt.Equal(pg.date) {
		sc.date++
	} else if verbose {
		t.Logf("%s %s: date %v, want %v", pg.kind, pg.url, res.PublishedAt, pg.date)
	}
	if res.Text == pg.text {
		sc.text++
	} else if verbose {
		t.Logf("%s %s: text differs: %s", pg.kind, pg.url, lineDiff(res.Text, pg.text))
	}
}

// lineDiff describes the first line where got and want differ.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d of %d/%d:\n got: %q\nwant: %q", i, len(g), len(w), a, b)
		}
	}
	return "equal"
}

// TestTestWeb extracts every story and aggregator copy of a simulated web
// with six publishers (three held-out templates) and checks title,
// authors, date and body against the web's truth.
func TestTestWeb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a simulated web")
	}
	pages := fetchWeb(t, 11)
	for _, sd := range []int64{1, 2, 3} {
		pages = append(pages, fetchWeb(t, sd)...)
	}
	e := New(DefaultOptions())
	by := map[string]*webScore{}
	var keys []string
	for _, pg := range pages {
		host := pg.site
		if i := strings.LastIndexByte(host, ':'); i > 0 {
			host = host[:i] // the port differs between webs
		}
		k := pg.kind + " " + host
		if by[k] == nil {
			by[k] = &webScore{}
			keys = append(keys, k)
		}
		scoreWebPage(t, e, pg, by[k], testing.Verbose() && by[k].pages < 2)
	}
	slices.Sort(keys)
	var all webScore
	for _, k := range keys {
		s := by[k]
		t.Logf("%-26s pages %3d article %.2f title %.2f authors %.2f date %.2f text %.2f", k, s.pages,
			s.rate(s.article, s.pages), s.rate(s.title, s.pages), s.rate(s.authors, s.authorPages), s.rate(s.date, s.pages), s.rate(s.text, s.pages))
		all.pages += s.pages
		all.article += s.article
		all.title += s.title
		all.authors += s.authors
		all.authorPages += s.authorPages
		all.date += s.date
		all.text += s.text
	}
	t.Logf("ALL pages %d article %.3f title %.3f authors %.3f date %.3f text %.3f", all.pages,
		all.rate(all.article, all.pages), all.rate(all.title, all.pages), all.rate(all.authors, all.authorPages),
		all.rate(all.date, all.pages), all.rate(all.text, all.pages))
	for name, got := range map[string]float64{
		"article": all.rate(all.article, all.pages), "title": all.rate(all.title, all.pages),
		"authors": all.rate(all.authors, all.authorPages), "date": all.rate(all.date, all.pages),
		"text": all.rate(all.text, all.pages),
	} {
		if got < webFloor {
			t.Errorf("%s exact rate %.3f below %.2f", name, got, webFloor)
		}
	}
}

// webFloor is the exact-match rate every field must reach on the
// simulated web. On 858 pages of four webs every field is exact. At 0.97
// the floor let an evening story's JSON-LD time lose to the day its page
// showed (0.978) go unseen.
const webFloor = 0.99
