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
