package extract

import (
	"fmt"
	"testing"
	"time"
)

type hints struct {
	affixes []string
	order   string
}

func (h hints) TitleAffixes() []string { return h.affixes }
func (h hints) DateOrder() string      { return h.order }

// TestSiteHints: a page reports its title affix and date order for
// learning, and a learned affix and order decide where the page alone
// cannot.
func TestSiteHints(t *testing.T) {
	ex := New(DefaultOptions())
	// A page with a headline teaches the affix.
	teach := `<html><head><title>Riverton Daily Gazette and Evening Post :: Council approves bike lanes</title></head><body><article><h1>Council approves bike lanes</h1><div class="date">31/03/2025</div>` + paragraphs(5) + `</article></body></html>`
	res, err := ex.Extract(Input{URL: "https://rdg-news.example/city/council-approves-bike-lanes-x", Body: []byte(teach)})
	if err != nil {
		t.Fatal(err)
	}
	if res.TitleAffix != "Riverton Daily Gazette and Evening Post :: " || res.DateOrder != "dmy" {
		t.Fatalf("TitleAffix = %q, DateOrder = %q", res.TitleAffix, res.DateOrder)
	}
	// A page without a headline element and an ambiguous date.
	page := `<html lang="en"><head><title>Riverton Daily Gazette and Evening Post :: Mayor resigns</title></head><body><article><div class="date">04/03/2025</div>` + paragraphs(5) + `</article></body></html>`
	alone, _ := ex.Extract(Input{URL: "https://rdg-news.example/city/mayor-resigns-x", Body: []byte(page)})
	learned, _ := ex.Extract(Input{URL: "https://rdg-news.example/city/mayor-resigns-x", Body: []byte(page), Site: hints{affixes: []string{res.TitleAffix}, order: "dmy"}})
	if alone.Title == "Mayor resigns" {
		t.Errorf("the page alone gave the right title; the test needs a title the heuristics get wrong")
	}
	if learned.Title != "Mayor resigns" || learned.Provenance["title"] != "title+site-affix" {
		t.Errorf("learned Title = %q (%s), want %q", learned.Title, learned.Provenance["title"], "Mayor resigns")
	}
	if alone.PublishedAt == nil || learned.PublishedAt == nil {
		t.Fatalf("no date: alone %v, learned %v", alone.PublishedAt, learned.PublishedAt)
	}
	if got := alone.PublishedAt.Format("2006-01-02"); got != "2025-04-03" {
		t.Errorf("alone (lang en, US order) date = %s, want 2025-04-03", got)
	}
	if got := learned.PublishedAt.Format("2006-01-02"); got != "2025-03-04" {
		t.Errorf("learned (dmy) date = %s, want 2025-03-04", got)
	}
}

type spotHints struct {
	hints
	byline, date string
}

func (h spotHints) BylineSpot() string { return h.byline }
func (h spotHints) DateSpot() string   { return h.date }

// TestLearnedBylineSpotReadsAllNames learns where a site's byline sits
// from a page with one author, whose name is a link, and reads a page of
// the same site with two authors from that spot: both names, not the
// first link's alone.
func TestLearnedBylineSpotReadsAllNames(t *testing.T) {
	ex := New(DefaultOptions())
	page := func(byline string) []byte {
		return []byte(`<html lang="it"><head><title>Il consiglio approva il bilancio | Corriere</title></head><body><article><h1>Il consiglio approva il bilancio</h1>` +
			`<p class="firma">di ` + byline + `</p><p class="data">5 marzo 2025</p>` + paragraphs(5) + `</article></body></html>`)
	}
	one, err := ex.Extract(Input{URL: "https://corriere.example/sezione/city/40000-story-of-the-day", Body: page(`<a href="/autore/0/">Mario Rossi</a>`)})
	if err != nil || one.BylineSpot == "" {
		t.Fatalf("no byline spot learned (err %v, authors %q)", err, one.Authors)
	}
	two, err := ex.Extract(Input{URL: "https://corriere.example/sezione/city/40001-story-of-the-day", Site: spotHints{byline: one.BylineSpot, date: one.DateSpot},
		Body: page(`<a href="/autore/1/">Giulia Bianchi</a> e <a href="/autore/2/">Luca Romano</a>`)})
	if err != nil {
		t.Fatal(err)
	}
	if len(two.Authors) != 2 || two.Authors[0] != "Giulia Bianchi" || two.Authors[1] != "Luca Romano" || two.Provenance["authors"] != "byline:site" {
		t.Errorf("authors %q (%s) from spot %q, want Giulia Bianchi and Luca Romano by byline:site", two.Authors, two.Provenance["authors"], one.BylineSpot)
	}
}

// TestLearnedDateSpotKeepsClock learns where a site shows its date, a
// <time> whose text is the day alone and whose datetime has the clock,
// and reads the next page from that spot: the clock is kept, not
// dropped to midnight.
func TestLearnedDateSpotKeepsClock(t *testing.T) {
	ex := New(DefaultOptions())
	page := func(day int) []byte {
		return []byte(fmt.Sprintf(`<html lang="en-GB"><head><title>Rail line opens</title></head><body><article><h1>Rail line opens</h1>`+
			`<div class="byline-block"><time datetime="2025-03-%02dT17:24:00Z">%d March 2025</time></div>`, day, day) + paragraphs(5) + `</article></body></html>`)
	}
	one, err := ex.Extract(Input{URL: "https://broadcaster.example/news/rail-1", Body: page(3)})
	if err != nil || one.DateSpot == "" {
		t.Fatalf("no date spot learned (err %v, date %v)", err, one.PublishedAt)
	}
	two, err := ex.Extract(Input{URL: "https://broadcaster.example/news/rail-2", Site: spotHints{date: one.DateSpot}, Body: page(4)})
	if err != nil {
		t.Fatal(err)
	}
	if two.PublishedAt == nil || !two.PublishedAt.Equal(time.Date(2025, 3, 4, 17, 24, 0, 0, time.UTC)) || two.Provenance["published_at"] != "visible:site" {
		t.Errorf("date %v (%s) from spot %q, want 2025-03-04T17:24:00Z by visible:site", two.PublishedAt, two.Provenance["published_at"], one.DateSpot)
	}
}

// TestLearnedDaySpotTakesPublishedClock: a Blogger post shows its day in a
// date header over the post and its clock in the post footer's published
// stamp. Where the site's learned date spot is the day header, the next
// page keeps the stamp's clock on that day, not midnight.
func TestLearnedDaySpotTakesPublishedClock(t *testing.T) {
	ex := New(DefaultOptions())
	page := func(day int) []byte {
		return []byte(fmt.Sprintf(`<html><head><title>The Capitol Bellwether: Budget vote</title></head><body><div class="main">`+
			`<h2 class="date-header"><span>Monday, March %d, 2025</span></h2><div class="post hentry"><h3 class="post-title">Budget vote</h3>`+
			`<div class="post-body">%s</div><div class="post-footer"><span class="post-author">Posted by Ray Dunmore</span> at `+
			`<abbr class="published" title="2025-03-%02dT07:02:00-05:00">7:02 AM</abbr></div></div></div></body></html>`, day, paragraphs(5), day))
	}
	one, err := ex.Extract(Input{URL: "https://bellwether.example/2025/03/budget-vote-1.html", Body: page(3)})
	if err != nil || one.DateSpot == "" {
		t.Fatalf("no date spot learned (err %v, date %v)", err, one.PublishedAt)
	}
	two, err := ex.Extract(Input{URL: "https://bellwether.example/2025/03/budget-vote-2.html", Site: spotHints{date: one.DateSpot}, Body: page(4)})
	if err != nil {
		t.Fatal(err)
	}
	if two.PublishedAt == nil || !two.PublishedAt.Equal(time.Date(2025, 3, 4, 12, 2, 0, 0, time.UTC)) {
		t.Errorf("date %v (%s) from spot %q, want 2025-03-04T12:02:00Z", two.PublishedAt, two.Provenance["published_at"], one.DateSpot)
	}
}
