package extract

import (
	"fmt"
	"strings"
	"testing"
)

// courseCards renders n cards of a catalogue: a picture, a linked title
// and a line of text, at addresses that do not look like stories.
func courseCards(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="course-card"><a href="/courses/course-%d"><img src="/i/c%d.jpg" alt=""></a><h3>Watercolour basics, level %d</h3><p>Six weeks of evening classes for beginners, with all the paper and paint you need for level %d. Small groups, friendly teachers and a show at the end of term.</p></div>`, i, i, i, i)
	}
	return b.String()
}

func TestKindLinkCards(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/courses/">Courses</a></nav>`
	head := `<html><head><title>Painting courses</title>`
	const u = "https://school.example/painting"
	checkKinds(t, []kindCase{
		{"catalogue of look-alike cards", u, head + `</head><body>` + nav + `<main><h1>Painting courses</h1><div class="grid">` + courseCards(12) + `</div></main></body></html>`, KindListing},
		{"story with a few related cards keeps its prose", u, head + `</head><body>` + nav + `<main><h1>Painting courses</h1>` + paragraphs(10) + `<div class="grid">` + courseCards(8) + `</div></main></body></html>`, KindArticle},
		{"dated page of cards stays with the model", u, head + `<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body>` + nav + `<main><h1>Painting courses</h1><div class="grid">` + courseCards(12) + `</div></main></body></html>`, KindArticle},
	})
}

// eventCards renders n cards of an events guide: a heading, a date on
// its own line (on days days apart) with a venue beside it, and a blurb;
// no links.
func eventCards(n, days int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="evento"><h3>Concierto de verano %d</h3><p><time datetime="2025-07-%02d">%d de julio de 2025</time> · Auditorio del Puerto</p><p>La orquesta municipal toca en la explanada del puerto con entrada libre hasta completar el aforo, y la noche acaba con fuegos artificiales sobre el agua.</p></div>`, i, 5+i*days, 5+i*days)
	}
	return b.String()
}

// TestKindDatedCards: an events guide (look-alike cards, each with a
// heading and a date of its own, on different days) is a list even
// though a card's "date · venue" line reads as a dated byline; a live
// blog's entries of one day and a story with its own byline are not.
func TestKindDatedCards(t *testing.T) {
	head := `<html lang="es"><head><title>Agenda de julio - Diario del Puerto</title></head><body><header><a href="/">Diario</a></header><main>`
	const u = "https://diario.example/noticias/agenda-de-julio"
	checkKinds(t, []kindCase{
		{"events guide", u, head + `<h1>Agenda: qué hacer en julio</h1>` + eventCards(6, 2) + `</main></body></html>`, KindListing},
		{"story with a short list of dates", u, head + `<h1>La agenda de julio llega al puerto</h1><p class="autor">Por Rosa Díaz</p><p>3 de julio de 2025</p>` + paragraphs(8) + eventCards(3, 2) + `</main></body></html>`, KindArticle},
	})
}

// TestKindDatedBrief: a brief (one short paragraph under its headline)
// with a byline and a date of its own is a story; the same paragraph with
// neither is too little to be one.
func TestKindDatedBrief(t *testing.T) {
	const u = "https://journal.example/news/2025500-1.html"
	para := `<p>The city announced plans for a new bridge across the river, with work due to start in the spring and last two years, officials said.</p>`
	page := func(meta string) string {
		return `<html lang="en-US"><head><title>City plans new bridge - The Journal</title></head><body><div id="top"><a href="/">The Journal</a> <a href="/subscribe/">Subscribe</a></div>` +
			`<div class="article"><h1>City plans new bridge</h1>` + meta + para + `</div><div id="foot">(c) The Journal</div></body></html>`
	}
	checkKinds(t, []kindCase{
		{"brief with a dated byline", u, page(`<div class="byline">By Nora Quinn</div><time datetime="2025-03-12T11:24:00-05:00">March 12, 2025</time>`), KindArticle},
		{"short text with no byline or date", u, page(""), KindOther},
	})
}
