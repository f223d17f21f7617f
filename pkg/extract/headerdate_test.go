package extract

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestHeaderDates checks dates found in the article header outside the
// body container, and clock times added to date-only declarations.
func TestHeaderDates(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	tests := []struct {
		name, url, head, header string
		want                    time.Time
		prov                    string // provenance prefix
	}{
		{"source line with weekday", "https://agg.example/item/123", "",
			`<h1>Council approves budget</h1><div class="src">From <a href="/x">The Daily Planet</a> &middot; Posted Wed, 8 May 2024 21:53 GMT &middot; by Jane Doe</div>`,
			time.Date(2024, 5, 8, 21, 53, 0, 0, time.UTC), "visible"},
		{"date-only meta, clock in the dateline", "https://agg.example/a/5f3e.html", `<meta name="date" content="2024-04-21">`,
			`<h2 class="headline">Council approves budget</h2><div class="dateline">2024/04/21 06:58 | Source: <a href="/y">Gazette</a></div>`,
			time.Date(2024, 4, 21, 6, 58, 0, 0, time.UTC), "meta:date+visible"},
		{"date-only meta, other day in the dateline", "https://agg.example/a/5f3e.html", `<meta name="date" content="2024-04-21">`,
			`<h2 class="headline">Council approves budget</h2><div class="dateline">2024/04/22 06:58</div>`,
			time.Date(2024, 4, 21, 0, 0, 0, 0, time.UTC), "meta:date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Agg</title>" + tc.head + "</head><body><div class=\"wrap\">" + tc.header +
				"<div class=\"text\">" + body + "</div></div></body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: tc.url, Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.PublishedAt == nil || !res.PublishedAt.Equal(tc.want) {
				t.Errorf("PublishedAt = %v, want %v", res.PublishedAt, tc.want)
			}
			if got := res.Provenance["published_at"]; !strings.HasPrefix(got, tc.prov) {
				t.Errorf("provenance %q, want %q", got, tc.prov)
			}
		})
	}
}

// TestTextOnNonArticles checks that a page judged not to be an article
// still reports the body text it found.
func TestTextOnNonArticles(t *testing.T) {
	doc := `<html><body><main><h1>About us</h1><p>We are a small newsroom covering the harbour towns since 1998, with four reporters and an editor.</p></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/about", Body: []byte(doc)})
	if err == nil || res == nil {
		t.Fatalf("Extract = %v, %v; want a non-article result", res, err)
	}
	if res.Kind == KindArticle || res.Text == "" {
		t.Errorf("Kind %q Text %q; want a non-article kind with the text", res.Kind, res.Text)
	}
}

// TestListingText checks that a listing reports its visible text (teasers
// included) although it is not an article.
func TestListingText(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><h1>Latest news</h1>`)
	for i := range 8 {
		fmt.Fprintf(&b, `<div class="card"><h2><a href="/story/%d">Headline number %d about the harbour</a></h2><p>Summary %d of the story, in one sentence.</p></div>`, i, i, i)
	}
	b.WriteString(`</main><footer>© Example News</footer></body></html>`)
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/", Body: []byte(b.String())})
	if !errors.Is(err, ErrNotArticle) || res == nil {
		t.Fatalf("Extract: %v", err)
	}
	if res.Kind != KindListing {
		t.Errorf("Kind = %q, want listing", res.Kind)
	}
	for _, want := range []string{"Latest news", "Headline number 3 about the harbour", "Summary 7 of the story"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, res.Text)
		}
	}
	for _, bad := range []string{"World", "Example News"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("Text has navigation or footer %q:\n%s", bad, res.Text)
		}
	}
}

// TestDateInStoryHeaderBeforeHeadline: a post's own <header> sets its date
// line above the headline, and cards of more posts after the text carry
// their own <time>s; the header's date is the post's (Steady, web cd).
func TestDateInStoryHeaderBeforeHeadline(t *testing.T) {
	para := "<p>Die Landwirte im Oderbruch fordern vom Land eine Entschädigung für die Schäden, die Biber an Gräben und Feldern anrichten, und eine schnellere Genehmigung für Dämme.</p>"
	doc := `<html lang="de"><head><title>Oderbruch: Bauern fordern Entschädigung</title></head><body><main class="publication-main"><article class="post-view">` +
		`<header class="post-view__header"><div class="post-view__meta"><span class="post-view__author">Jana Wiegand</span><time class="post-view__date" datetime="2025-03-11T09:00:00.000Z">11. März 2025</time></div>` +
		`<h1 class="post-view__title">Oderbruch: Bauern fordern Entschädigung</h1></header><div class="post-view__content">` + strings.Repeat(para, 5) + `</div></article>` +
		`<section class="more-posts"><h2>Weitere Beiträge</h2><article class="post-card"><a href="/posts/f0a9"><h3>Was die Stadt verschweigt</h3></a><div class="post-card__meta"><span>Malte Koch</span> · <time datetime="2025-03-07T06:00:00.000Z">7. März 2025</time></div></article>` +
		`<article class="post-card"><a href="/posts/3b7d"><h3>Grenzpendler warten wieder</h3></a><div class="post-card__meta"><span>Jana Wiegand</span> · <time datetime="2025-02-28T10:00:00.000Z">28. Februar 2025</time></div></article></section></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://steady.example/de/flusslage/posts/8c2e1f44", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC); res.PublishedAt == nil || !res.PublishedAt.Equal(want) {
		t.Errorf("PublishedAt = %v (%s), want %v", res.PublishedAt, res.Provenance["published_at"], want)
	}
}

// TestWrittenDateOrder: an English page without a country in its language
// writes its numeric dates in the order its dates in words show: an
// Australian paper's masthead "Wednesday, 12 March 2025" over "Posted
// 05/03/2025" is 5 March; the same page with "Wednesday, March 12, 2025"
// is 3 May.
func TestWrittenDateOrder(t *testing.T) {
	page := func(masthead string) string {
		return `<html><head><title>Kerrigan Valley Chronicle :: News :: Council approves upgrade for the pool</title></head><body>` +
			`<table width="780"><tr><td class="masthead"><a href="/"><img src="/images/logo.gif" alt="Kerrigan Valley Chronicle"></a></td><td class="mastdate">` + masthead + `<br>Kerrigan NSW</td></tr>` +
			`<tr><td colspan="2" class="navbar"><a href="/">Home</a> | <a href="/news/index.cfm">News</a> | <a href="/weather.cfm">Weather</a> | <a href="/about.cfm">About Us</a></td></tr>` +
			`<tr><td valign="top" class="maincol"><table><tr><td class="crumbs"><a href="/">Home</a> &gt; <a href="/news/index.cfm">News</a></td></tr></table><h2 class="headline">Council approves upgrade for the pool</h2><p class="storydate">Posted 05/03/2025 8:10 AM</p><p class="byline">By Kylie Brennan</p>` +
			`<div class="storytext">` + strings.Repeat("<p>The council voted on Tuesday night to spend the money on new change rooms, a heated learners' pool and shade over the stands.</p>", 6) + `</div></td></tr></table></body></html>`
	}
	for masthead, want := range map[string]string{"Wednesday, 12 March 2025": "2025-03-05", "Wednesday, March 12, 2025": "2025-05-03"} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "http://kvc.example/news/story.cfm/ID/4561", Body: []byte(page(masthead))})
		if err != nil {
			t.Fatal(err)
		}
		if res.PublishedAt == nil || res.PublishedAt.Format(time.DateOnly) != want {
			t.Errorf("%s: PublishedAt = %v (%s), want %s", masthead, res.PublishedAt, res.Provenance["published_at"], want)
		}
	}
}

// TestLabelledLineOverMasthead: a Romanian paper's masthead shows today
// ("Miercuri, 12 martie 2025"); the story's line under the headline
// gives its own day behind a label and a weekday, in the old cedilla
// letters ("Publicat: marţi, 4 martie 2025, 10:15 | Autor: …").
func TestLabelledLineOverMasthead(t *testing.T) {
	page := `<html><head><title>Monitorul - Primăria începe reabilitarea străzii</title></head><body><table width="900">` +
		`<tr><td colspan="2" class="antet"><a href="/"><img src="/img/sigla.gif" alt="Monitorul"></a><span class="data">Miercuri, 12 martie 2025</span></td></tr>` +
		`<tr><td colspan="2" class="meniu"><a href="/">Acasă</a> &middot; <a href="/stiri/local/">Local</a> &middot; <a href="/anunturi/">Anunţuri</a></td></tr>` +
		`<tr><td valign="top" class="centru"><h2 class="titlu">Primăria începe reabilitarea străzii Republicii</h2>` +
		`<div class="info">Publicat: marţi, 4 martie 2025, 10:15 | Autor: <b>Andrei Popescu</b> | Vizualizări: 1.204</div><div class="continut">` +
		strings.Repeat("<p>Primăria a semnat contractul pentru reabilitarea străzii, una dintre cele mai circulate artere din oraş, iar lucrările vor începe în aprilie.</p>", 6) +
		`</div></td></tr></table></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "http://monitorul.example/stiri/local/1234-primaria.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if res.PublishedAt == nil || res.PublishedAt.Format(time.DateOnly) != "2025-03-04" {
		t.Errorf("PublishedAt = %v (%s), want 2025-03-04", res.PublishedAt, res.Provenance["published_at"])
	}
}

// TestSubheadingDayIsNoDateLine: a TYPO3 news item gives its date in a box
// before the headline ("11-03-25 19:05"); the standfirst under the
// headline names another day in a sentence ("Inloopavond op 2 april"),
// which is no date line of the story.
func TestSubheadingDayIsNoDateLine(t *testing.T) {
	page := `<html lang="nl"><head><title>De Vaartbode: Gemeente wil honderd nieuwe woningen</title></head><body><div id="inhoud"><div class="news-single-item">` +
		`<div class="news-single-rightbox">11-03-25 19:05<br />Categorie: Gemeente<br />Auteur: <a href="mailto:m.bos@vaartbode.example">Marieke Bos</a></div>` +
		`<h1>Gemeente wil honderd nieuwe woningen aan de oostrand</h1><h2>Inloopavond op 2 april</h2>` +
		strings.Repeat(`<p class="bodytext">De gemeente wil aan de oostrand ruimte maken voor ongeveer honderd nieuwe woningen, staat in het plan dat het college dinsdag vrijgaf.</p>`, 6) +
		`</div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "http://vaartbode.example/nieuws/bericht/article/gemeente-wil-honderd-woningen/", Body: []byte(page), FetchedAt: time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if res.PublishedAt == nil || res.PublishedAt.Format(time.DateOnly) != "2025-03-11" {
		t.Errorf("PublishedAt = %v (%s), want 2025-03-11", res.PublishedAt, res.Provenance["published_at"])
	}
}
