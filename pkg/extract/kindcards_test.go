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

// TestNavReprint: a page reached through navigation with neither date
// nor byline is a thin section when its body is an intro over teasers,
// and not a story when its body is prose of its own (a service page),
// but a story when it is prose that credits another site's story (an
// aggregator's undated, unsigned reprint).
func TestNavReprint(t *testing.T) {
	prose := `<p>The central bank held interest rates steady on Tuesday and signalled that it expects inflation to keep easing through the summer.</p>` +
		`<p>Officials warned that higher energy prices could still slow the return to the bank's target, and said further cuts would depend on wage data.</p>` +
		`<p>Markets had expected the decision, and the currency barely moved after the announcement was published in the early afternoon.</p>` +
		`<p>Economists said the bank was likely to wait until the autumn before lowering rates again, once the summer's price figures are in.</p>` +
		`<p>The next meeting of the rate-setting committee is due in six weeks, when new forecasts for growth and prices will be published.</p>` +
		`<p>Retailers said shoppers remained cautious, and several chains reported weaker sales of furniture and electronics this spring.</p>`
	teasers := ""
	for i := range 8 {
		teasers += fmt.Sprintf(`<div class="teaser"><h3><a href="/a/%d">Rates story %d</a></h3><p>A short blurb.</p></div>`, 6000+i, i)
	}
	page := func(body string) []byte {
		return []byte(`<html lang="en"><head><title>Central bank holds rates · Aggregator Now</title></head><body><header><a href="/">Home</a></header><main>` +
			body + `</main><footer>(c) 2025</footer></body></html>`)
	}
	for _, tt := range []struct {
		name, body, want string
	}{
		{"reprint", `<article><h1>Central bank holds rates</h1>` + prose + `<p>via <a href="https://wire.example/news/2025/03/central-bank-holds-rates-steady">Continental Wire</a></p></article>`, KindArticle},
		{"thin section", `<h1>Economy</h1><p>The latest on rates, prices and jobs.</p>` + teasers, KindListing},
		{"service page in prose", `<h1>Editorial standards</h1>` + prose, KindListing}, // (the navigation rule names no finer kind)
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://agg.example/a/5000", Body: page(tt.body), Discovery: DiscoveryNav})
		if err != nil && tt.want == KindArticle {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if res.Kind != tt.want {
			t.Errorf("%s: kind %s (%s), want %s", tt.name, res.Kind, res.Provenance["kind"], tt.want)
		}
	}
}

// TestKindForumPosts: a thread of look-alike posts, each signed by a
// member and dated, is a forum page even though its first post reads as
// a dated byline; a story with one byline and a reader's comment is not.
func TestKindForumPosts(t *testing.T) {
	posts := ""
	for k := range 6 {
		posts += fmt.Sprintf(`<div class="post"><div class="postbody"><div class="author">by <a href="/forum/memberlist.php?u=%d">user%d</a> » Thu Mar 06, 2025 %d:12 pm</div>`+
			`<div class="content">The council should have asked the traders first, and the residents near the school too, before drawing up a plan for the square (%d).</div></div></div>`, k, k, k+1, k)
	}
	head := `<html lang="en"><head><title>Parking on the square - Forum</title></head><body><div id="header"><a href="/">Home</a></div><div id="content">`
	checkKinds(t, []kindCase{
		{"thread", "https://town.example/forum/viewtopic-t-318/", head + `<h2 class="topic-title">Parking on the square</h2>` + posts + `</div></body></html>`, KindForum},
		{"story", "https://town.example/news/parking-plan", head + `<h1>Council approves parking plan</h1><p class="byline">By <a href="/profile/helen-ward">Helen Ward</a> · March 6, 2025</p>` +
			paragraphs(6) + `</div></body></html>`, KindArticle},
	})
}

// TestKindTeaserPage: a category page that holds one story's teaser (a
// DLE short story, a Joomla blog section: a headline that links to the
// story, a paragraph of summary and a "read more") is a list, whether the
// headline is an <h3> or a cell the template classes as a heading (a
// section's, at a section's address); a
// short story whose headline links to its own address, and one under a
// section's linked name, stay stories.
func TestKindTeaserPage(t *testing.T) {
	const summary = `<p>The district library has received more than six hundred new books under the regional programme for municipal libraries, among them new fiction, children's books, local history and reference works for pupils, and will lend them from next Monday.</p>`
	const byline = `<p class="info">Author: <a href="/user/admin/">admin</a> on 11-03-2025, 09:05</p>`
	head := `<html lang="en"><head><title>%s</title></head><body><div class="header"><a href="/">Lake Herald</a></div><div id="content">`
	const tail = `<p><a href="/society/352-library-gets-600-new-books.html">Read more</a></p></div><div class="footer">© 2008-2025 Lake Herald</div></body></html>`
	const u = "https://lakeherald.example/society/"
	checkKinds(t, []kindCase{
		{"DLE category, one teaser", u, fmt.Sprintf(head, "Society » Lake Herald") +
			`<div class="shortstory"><h3 class="btl"><a href="/society/352-library-gets-600-new-books.html">District library gets 600 new books</a></h3>` + byline + summary + `</div>` + tail, KindSection},
		{"Joomla blog section, headline in a cell", u, fmt.Sprintf(head, "Society") +
			`<table class="blog"><tr><td class="contentheading"><a href="/society/352-library-gets-600-new-books.html" class="contentpagetitle">District library gets 600 new books</a></td></tr><tr><td>` + byline + summary + `</td></tr></table>` + tail, KindSection},
		{"story whose headline links to itself", "https://lakeherald.example/society/352-library-gets-600-new-books.html", fmt.Sprintf(head, "District library gets 600 new books") +
			`<h1><a href="/society/352-library-gets-600-new-books.html">District library gets 600 new books</a></h1>` + byline + paragraphs(3) + `</div></body></html>`, KindArticle},
		{"story under a masthead whose site name links home", "https://lakeherald.example/transport/2025/05/ferry-0/", `<html lang="en"><head><title>New ferry route to the islands approved &lt; Transport &lt; Harbour Light</title></head><body><header><h1 class="logo"><a href="/">Harbour Light</a></h1><nav><a href="/section/">Transport</a> <a href="/contact/">Contact</a></nav></header><main><article><h2 class="entry-title">New ferry route to the islands approved</h2><p class="byline">By Grace Holloway</p><time datetime="2025-05-04T09:40:00+02:00">2025-05-04 09:40</time>` +
			paragraphs(5) + `</article></main><footer>&copy; Harbour Light</footer></body></html>`, KindArticle},
		{"story under its section's linked name", "https://lakeherald.example/society/352-library-gets-600-new-books.html", fmt.Sprintf(head, "District library gets 600 new books") +
			`<h2><a href="/society/">Society</a></h2>` + byline + paragraphs(3) + `</div></body></html>`, KindArticle},
	})
}
