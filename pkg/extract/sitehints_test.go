package extract

import (
	"testing"
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
