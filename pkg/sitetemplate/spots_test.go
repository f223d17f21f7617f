package sitetemplate

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/extract"
)

// spotPage is an article of a site whose template shows the author and the
// date in unlabelled elements of its own class words. With label set the
// byline reads "By <name>" (which a page alone understands); without, the
// name stands alone between other capitalised words the page cannot tell
// from a name.
func spotPage(i int, label bool) []byte {
	name := fmt.Sprintf("Marta Kowalczyk%s", strings.Repeat("a", i%3))
	if label {
		name = "By " + name
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<html lang="en"><head><title>Story %d</title></head><body><article><h1>Harbour story number %d</h1>`, i, i)
	for k := range 5 {
		fmt.Fprintf(&b, "<p>Paragraph %d of story %d: the harbour board met again on Tuesday and talked for hours about the ferry timetable and the price of berths.</p>", k, i)
		if k == 0 {
			// After the lead, not under the headline, where a name
			// beside a date reads as a byline on its own.
			fmt.Fprintf(&b, `<div class="hdr"><span class="who">%s</span><span class="when">%d March 2025</span></div>`, name, i+1)
		}
	}
	b.WriteString(`</article></body></html>`)
	return []byte(b.String())
}

// TestLearnSpots: after a few pages whose byline and date the extractor
// read from the same elements, the site's template knows where they sit,
// for every Learner sharing the store, and a later page of the site whose
// byline the page alone cannot read gets its author and date from there.
func TestLearnSpots(t *testing.T) {
	ctx := context.Background()
	ex := extract.New(extract.DefaultOptions())
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			a, b := New(st, Options{Refresh: time.Nanosecond}), New(st, Options{Refresh: time.Nanosecond})
			const site = "harbour.example"
			for i := range 4 {
				res, err := ex.Extract(extract.Input{URL: fmt.Sprintf("https://%s/s/%d", site, i), Body: spotPage(i, true)})
				if err != nil {
					t.Fatal(err)
				}
				if res.BylineSpot != "div.hdr>span.who" || res.DateSpot != "div.hdr>span.when" {
					t.Fatalf("page %d: spots %q %q", i, res.BylineSpot, res.DateSpot)
				}
				if err := a.Observe(ctx, site, fmt.Sprintf("https://%s/s/%d", site, i), res); err != nil {
					t.Fatal(err)
				}
			}
			tpl, err := b.Template(ctx, site)
			if err != nil {
				t.Fatal(err)
			}
			sp, ok := tpl.(extract.SiteSpots)
			if !ok || sp.BylineSpot() != "div.hdr>span.who" || sp.DateSpot() != "div.hdr>span.when" {
				t.Fatalf("learned spots %+v", tpl)
			}
			page := spotPage(7, false)
			alone, err := ex.Extract(extract.Input{URL: "https://" + site + "/s/7", Body: page})
			if err != nil {
				t.Fatal(err)
			}
			if len(alone.Authors) != 0 {
				t.Fatalf("the page alone found %q; the test needs a byline the page alone cannot read", alone.Authors)
			}
			learned, err := ex.Extract(extract.Input{URL: "https://" + site + "/s/7", Body: page, Site: tpl.(extract.SiteHints)})
			if err != nil {
				t.Fatal(err)
			}
			if len(learned.Authors) != 1 || learned.Authors[0] != "Marta Kowalczyka" || learned.Provenance["authors"] != "byline:site" {
				t.Errorf("learned authors %q (%s)", learned.Authors, learned.Provenance["authors"])
			}
			if learned.PublishedAt == nil || learned.PublishedAt.Format(time.DateOnly) != "2025-03-08" {
				t.Errorf("learned date %v (%s)", learned.PublishedAt, learned.Provenance["published_at"])
			}
		})
	}
}

func TestDecodeSpots(t *testing.T) {
	want := spots{byline: "div.a>span.b", date: "p.c"}
	if got := decodeSpots(append(encodeMeta([]string{" | A"}, "dmy"), want.encode()...)); got != want {
		t.Fatalf("round trip = %+v", got)
	}
	if got := decodeSpots([]byte("b\t\nd\t" + strings.Repeat("x", 200) + "\nq\tz")); got != (spots{}) {
		t.Fatalf("garbage decoded to %+v", got)
	}
}
