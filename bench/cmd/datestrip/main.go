// Command datestrip scores newsroom's publication day (same day) on the
// WCXB dev half's articles with parts of the page removed, as a stand-in for
// templates the extractor has not met: -mode decl removes the declared
// dates (JSON-LD, date meta tags, datePublished microdata, date fields in
// inline JSON), so only what a reader sees is left; noclass also removes
// every class and id attribute (utility-CSS and hashed-class sites); all
// removes the declared dates and <time datetime> attributes; ld and meta
// remove only JSON-LD or only the date meta tags; none scores the page as
// it is (the bench's date figure). -v lists the misses with the rule that
// gave the date; -ctx shows where the wanted day is in the visible text.
// Run from bench/ (the data is found like bench-extract's). Dev half only.
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"time"

	"newsroom.dev/bench"
	"newsroom.dev/pkg/extract"
)

var (
	reLD    = regexp.MustCompile(`(?is)<script[^>]*application/ld\+json[^>]*>.*?</script>`)
	reMeta  = regexp.MustCompile(`(?is)<meta[^>]*(date|time|publish|modified|updated)[^>]*>`)
	reItem  = regexp.MustCompile(`(?i)itemprop="?(datePublished|dateModified|dateCreated)"?`)
	reDT    = regexp.MustCompile(`(?i)\sdatetime="[^"]*"`)
	reClass = regexp.MustCompile(`(?i)\s(class|id)="[^"]*"`)
	reJSON  = regexp.MustCompile(`(?i)"(datePublished|dateModified|published_at|publishedAt|date|modified|updated_at)"\s*:\s*"[^"]*"`)
)

func main() {
	mode := flag.String("mode", "decl", "none, decl (declared dates), noclass (decl and class/id attributes), all (decl and datetime attributes), ld (JSON-LD only), meta (date meta tags only)")
	verbose := flag.Bool("v", false, "print misses")
	ctx := flag.Bool("ctx", false, "with -v, show where the wanted day is in the visible text")
	flag.Parse()
	dir, _ := bench.FindWCXB("")
	pages, err := bench.Load(dir)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	ex := extract.New(extract.DefaultOptions())
	n, ok, none := 0, 0, 0
	for _, p := range pages {
		if bench.Half(p.Domain) != bench.HalfDev || p.PageType != "article" || len(p.Date) != 10 {
			continue
		}
		h := p.HTML
		switch *mode {
		case "ld":
			h = reLD.ReplaceAll(h, nil)
		case "meta":
			h = reMeta.ReplaceAll(h, nil)
		}
		if *mode == "decl" || *mode == "all" || *mode == "noclass" {
			h = reLD.ReplaceAll(h, nil)
			h = reMeta.ReplaceAll(h, nil)
			h = reItem.ReplaceAll(h, nil)
			h = reJSON.ReplaceAll(h, []byte(`"x":""`))
			if *mode == "noclass" {
				h = reClass.ReplaceAll(h, nil)
			}
			if *mode == "all" {
				h = reDT.ReplaceAll(h, nil)
			}
		}
		res, _ := ex.Extract(extract.Input{URL: p.URL, Body: h, ContentType: "text/html; charset=utf-8"})
		n++
		got, prov := "", ""
		if res != nil && res.PublishedAt != nil {
			got, prov = res.PublishedAt.Format(time.DateOnly), res.Provenance["published_at"]
		}
		if got == p.Date {
			ok++
			continue
		}
		if got == "" {
			none++
		}
		if *verbose {
			fmt.Printf("%s got %-10s want %s %-28s %.60s\n", p.ID, got, p.Date, prov, p.URL)
			if *ctx {
				showVisible(h, p.Date)
			}
		}
	}
	fmt.Printf("mode %s: %d/%d = %.4f (none %d)\n", *mode, ok, n, float64(ok)/float64(n), none)
}

var (
	reScript = regexp.MustCompile(`(?is)<(script|style|noscript)[^>]*>.*?</(script|style|noscript)>`)
	reTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	reSpace  = regexp.MustCompile(`\s+`)
)

func showVisible(h []byte, want string) {
	t := reScript.ReplaceAll(h, nil)
	t = reTag.ReplaceAll(t, []byte(" "))
	t = reSpace.ReplaceAll(t, []byte(" "))
	s := string(t)
	wt, _ := time.Parse("2006-01-02", want)
	found := 0
	for _, f := range []string{"January 2", "Jan 2", "2 January", "2 Jan", "01/02/2006", "02/01/2006", "1/2/2006", "02.01.2006", "2006-01-02", "Jan. 2", "Sept. 2", "January 2nd", "January 2st", "January 2rd", "January 2th", "1/2/06", "01/02/06", "01.02.2006", "2. January"} {
		pat := wt.Format(f)
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(pat) + `\b`)
		for _, m := range re.FindAllStringIndex(s, 3) {
			lo, hi := max(0, m[0]-100), min(len(s), m[1]+50)
			fmt.Printf("     | %s\n", s[lo:hi])
			found++
		}
	}
	if found == 0 {
		fmt.Println("     | (not visible)")
	}
}
