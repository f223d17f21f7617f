package extract

import (
	"fmt"
	"testing"
)

func TestShownSegment(t *testing.T) {
	body := paragraphs(5)
	page := func(title, head string) string {
		return fmt.Sprintf(`<html><head><title>%s</title></head><body><header><a href="/">The Gazette</a></header>
<main><div class="post">%s<p class="meta">By Jane Doe, March 7, 2025</p>%s</div></main></body></html>`, title, head, body)
	}
	tests := []struct {
		name, html, want, prov string
	}{
		{"section before the headline", page("Politics | Council approves budget | The Gazette", `<div class="headline">Council approves budget</div>`),
			"Council approves budget", "title+shown-segment"},
		{"site and section before the headline", page("The Gazette - Politics - Council approves budget", `<span class="entry-title">Council approves budget</span>`),
			"Council approves budget", "title+shown-segment"},
		{"headline not set as a heading", page("Politics | Council approves budget | The Gazette", `<p>Council approves budget</p>`),
			"Politics | Council approves budget", "title"},
		{"only a section shown as a heading", page("Politics | Council approves budget | The Gazette", `<div class="section-title">Politics</div>`),
			"Politics | Council approves budget", "title"},
		{"segment shown only as a link", page("Politics | Council approves budget | The Gazette", `<div class="title"><a href="/politics/council-approves-budget">Council approves budget</a></div>`),
			"Politics | Council approves budget", "title"},
		{"a table layout's bold headline", page("The Millbrook Sentinel - School board puts levy back on ballot", `<table><tr><td><font size="4"><b>School board puts levy back on ballot</b></font></td></tr></table>`),
			"School board puts levy back on ballot", "title+shown-segment"},
		{"bold text beside an h1 is no headline", page("The Millbrook Sentinel - School board puts levy back on ballot", `<h1>Levy vote</h1><p><b>School board puts levy back on ballot</b></p>`),
			"The Millbrook Sentinel - School board puts levy back on ballot", "title"},
		{"a Turkish headline cell", page("Ege Ekspres :: Gündem :: Belediye yeni otobüs hatlarını açıkladı", `<table><tr><td class="haberbaslik">Belediye yeni otobüs hatlarını açıkladı</td></tr></table>`),
			"Belediye yeni otobüs hatlarını açıkladı", "title+shown-segment"},
		{"a blog's name before a colon", page("Ohmtal-Blog: Bäckerei Lenz schließt nach 112 Jahren", `<h1><a href="/">Ohmtal-Blog</a></h1><h3 class="post-title">Bäckerei Lenz schließt nach 112 Jahren</h3>`),
			"Bäckerei Lenz schließt nach 112 Jahren", "title+shown-segment"},
		{"a headline's own colon", page("Budget row: council approves cuts after long night", `<h3 class="post-title">council approves cuts after long night</h3>`),
			"Budget row: council approves cuts after long night", "title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://gazette.example/politics/council-approves-budget", Body: []byte(tt.html)})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want || res.Provenance["title"] != tt.prov {
				t.Errorf("title = %q (%s), want %q (%s)", res.Title, res.Provenance["title"], tt.want, tt.prov)
			}
		})
	}
}

// TestLogoHeadingInsideHomeLink checks that a logo set as a heading inside
// the link to the home page ("<a href="/"><h1>The Gazette</h1></a>") is
// taken for neither the headline nor a segment of the title, and that a
// <title> holding only that name gives way to the page's <h1>.
func TestLogoHeadingInsideHomeLink(t *testing.T) {
	page := func(title, head string) string {
		return fmt.Sprintf(`<html><head><title>%s</title></head><body><div id="top"><a href="/"><h1 class="logo">The Gazette</h1></a></div>
<div class="post">%s<p class="byline">By Jane Doe</p>%s</div></body></html>`, title, head, paragraphs(5))
	}
	tests := []struct {
		name, html, want string
	}{
		{"headline in an h2", page("Council approves budget - The Gazette", `<h2 class="entry-title">Council approves budget</h2>`), "Council approves budget"},
		{"title is only the site's name", page("The Gazette", `<h1>Council approves budget</h1>`), "Council approves budget"},
		{"headline with a label", page("Council approves budget | The Gazette", `<h1>Council approves budget <span class="label">Exclusive</span></h1>`), "Council approves budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://gazette.example/politics/council-approves-budget", Body: []byte(tt.html)})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("title = %q (%s), want %q", res.Title, res.Provenance["title"], tt.want)
			}
		})
	}
}
