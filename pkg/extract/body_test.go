package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// para returns n article paragraphs, each naming its section and index so
// that a test can check which ones came out.
func para(section string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>In " + section + " the council weighed the harbour plan again, and the vote on costs and jobs was put off until the spring session.</p>\n")
	}
	return b.String()
}

// TestBodyContainer checks which parts of a page the body keeps: the
// article node over pop-ups, banners and sign-ups, and an article split
// into sections or by ads kept whole.
func TestBodyContainer(t *testing.T) {
	const nav = `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>`
	tests := []struct {
		name    string
		html    string
		want    []string // substrings the body must hold
		wantNot []string // substrings it must not hold
	}{
		{
			name: "sections with a boilerplate word in their class",
			html: `<html><body>` + nav + `<main class="body-content"><h1>Harbour plan</h1>` +
				`<div class="content-nav-section">` + para("part one", 3) + `</div>` +
				`<div class="content-nav-section">` + para("part two", 3) + `</div>` +
				`<div class="content-nav-section">` + para("part three", 3) + `</div>` +
				`</main><aside class="sidebar">` + para("the sidebar", 1) + `</aside></body></html>`,
			want:    []string{"In part one", "In part two", "In part three"},
			wantNot: []string{"In the sidebar"},
		},
		{
			name: "a promotion box with a content-like inner class stays out",
			html: `<html><body>` + nav + `<article><h1>Harbour plan</h1><div class="article-body">` + para("the story", 4) +
				`<div class="promo"><div class="box-content"><p>Get the app and read the harbour coverage on the go, with alerts for every council vote and a daily digest of the news.</p></div></div>` +
				para("the rest", 4) + `</div></article></body></html>`,
			want:    []string{"In the story", "In the rest"},
			wantNot: []string{"Get the app"},
		},
		{
			name: "an author bio named in camel case and a loading placeholder stay out",
			html: `<html><body>` + nav + `<main id="main-content"><div class="ArtP-ArtPage"><div class="ArtP-header"><h1 class="ArtP-headline">Harbour plan</h1>` +
				`<div class="ArtP-byline"><div class="ArtP-authors">By <div class="AuthorByline"><a class="AuthorByline-name" href="/people/ana-castillo/">Ana Castillo</a></div></div></div></div>` +
				`<div class="RichTextArticleBody"><div class="RichTextBody">` + para("the story", 3) + `</div></div>` +
				`<div class="ArtP-transcript RichTextBody"><h3>Transcript</h3>` + para("the transcript", 2) + `</div>` +
				`<div class="ArtP-authorBio"><p>Ana Castillo is a reporter at River Valley Public Radio. She joined the station in 2021.</p></div>` +
				`<div class="index-module_loading__Gt5">Loading ...</div></div></main></body></html>`,
			want:    []string{"In the story", "In the transcript"},
			wantNot: []string{"joined the station", "Loading"},
		},
		{
			name: "forum posts each in a flagged wrapper",
			html: `<html><body>` + nav + `<div class="thread-content"><h1>Harbour plan</h1>` +
				`<div class="post-info"><div class="post-content">` + para("post one", 1) + `</div></div>` +
				`<div class="post-info"><div class="post-content">` + para("post two", 1) + `</div></div>` +
				`<div class="post-info"><div class="post-content">` + para("post three", 1) + `</div></div>` +
				`</div></body></html>`,
			want: []string{"In post one", "In post two", "In post three"},
		},
		{
			name: "an article with lists of links keeps its parts around them",
			html: `<html><body>` + nav + `<article class="post"><h1>Harbour plan</h1>` +
				`<div class="sect">` + para("the opening", 2) + `<ul>` + strings.Repeat(`<li><a href="https://code.example/pr/1">Fix the harbour gate timing in the scheduler</a></li>`, 6) + `</ul></div>` +
				`<div class="sect">` + para("the second part", 1) + `<ul>` + strings.Repeat(`<li><a href="https://code.example/pr/2">Add the berth allocation table to the report</a></li>`, 6) + `</ul></div>` +
				`<div class="sect">` + para("the closing", 3) + `</div></article></body></html>`,
			want: []string{"In the opening", "In the second part", "In the closing"},
		},
		{
			name: "a table in a figure is content, an image caption is not",
			html: `<html><body>` + nav + `<article><h1>Harbour plan</h1>` + para("the story", 4) +
				`<figure class="wp-block-table"><table><tr><td>Berth 4</td><td>New Hampshire Line</td><td>77.2</td></tr>` +
				`<tr><td>Berth 5</td><td>Maryland Freight</td><td>71.3</td></tr></table></figure>` +
				`<figure><img src="/a.jpg"><figcaption>The harbour at dawn, seen from the pier</figcaption></figure>` +
				para("the rest", 2) + `</article></body></html>`,
			want:    []string{"New Hampshire Line", "Maryland Freight", "In the rest"},
			wantNot: []string{"The harbour at dawn"},
		},
		{
			name: "a sidebar of like modules stays out",
			html: `<html><body>` + nav + `<div id="page"><h1>Harbour plan</h1><div class="story">` + para("the story", 3) + `</div>` +
				`<div class="widget-area"><div class="sidebar-module">` + para("module one", 2) + `</div>` +
				`<div class="sidebar-module">` + para("module two", 2) + `</div></div></div></body></html>`,
			want:    []string{"In the story"},
			wantNot: []string{"In module one", "In module two"},
		},
		{
			name: "closed accordion and tab panels are content, a hidden pop-up is not",
			html: `<html><body>` + nav + `<article><h1>Harbour plan</h1>` + para("the story", 3) +
				`<div class="accordion"><button aria-controls="step1">1. Costs</button>` +
				`<div id="step1" style="display:none" role="region" aria-labelledby="h1">` + para("step one", 2) + `</div>` +
				`<button aria-controls="step2">2. Jobs</button>` +
				`<div id="step2" hidden aria-labelledby="h2">` + para("step two", 2) + `</div></div>` +
				`<div role="tabpanel" style="display: none">` + para("tab two", 2) + `</div>` +
				`<div class="dialog" style="display:none">` + para("the pop-up", 1) + `</div>` +
				para("the rest", 2) + `</article></body></html>`,
			want:    []string{"In step one", "In step two", "In tab two", "In the rest"},
			wantNot: []string{"In the pop-up"},
		},
		{
			name: "a furniture word in a styling class does not drop a section",
			html: `<html><body>` + nav + `<article><h1>Harbour plan</h1>` + para("the story", 4) +
				`<div class="accordion-wrap pane-header-alignment-left">` + para("the method", 2) + `</div>` +
				para("the rest", 2) + `</article><div class="site-header-bar">` + para("the banner", 1) + `</div></body></html>`,
			want:    []string{"In the method", "In the rest"},
			wantNot: []string{"In the banner"},
		},
		{
			name: "the headline repeated inside the text after its opening keeps the opening",
			html: `<html><head><title>Harbour plan</title></head><body>` + nav + `<h1 class="entry-title">Harbour plan</h1><div class="post-content">` +
				para("the opening", 2) + `<h1>Harbour plan</h1>` + para("the story", 8) + `</div></body></html>`,
			want: []string{"In the opening", "In the story"},
		},
		{
			name: "reading time, contents heading and post navigation lines are furniture",
			html: `<html><body>` + nav + `<article><h1>Harbour plan</h1><p>9 min read</p><h2>Table of Contents</h2>` +
				para("the story", 4) + `<p>Like Loading...</p><div class="post-nav"><p>Previous Post</p><p>Next Post</p></div>` + para("the rest", 2) +
				`</article></body></html>`,
			want:    []string{"In the story", "In the rest"},
			wantNot: []string{"min read", "Table of Contents", "Loading", "Previous Post", "Next Post"},
		},
		{
			name: "an image credit line naming who provided the picture is furniture",
			html: `<html><body>` + nav + `<article><h1>Best scooters</h1>` + para("the story", 3) +
				`<p>Courtesy of brand</p>` + para("the rest", 2) + `<p>Photo courtesy of the city archive</p>` + para("the end", 1) +
				`</article></body></html>`,
			want:    []string{"In the story", "In the rest", "In the end"},
			wantNot: []string{"Courtesy of brand", "city archive"},
		},
		{
			name: "a line of parts set apart by bars with a date is a byline line",
			html: `<html><body>` + nav + `<article><h1>Legal issues after a gym injury</h1>` +
				`<p>On Behalf of Doe Law Firm | Apr 21, 2017 | Products Liability</p>` + para("the story", 3) +
				`<p>Open daily | Pool | Sauna | Classes</p>` + para("the rest", 1) + `</article></body></html>`,
			want:    []string{"In the story", "Open daily | Pool"},
			wantNot: []string{"On Behalf of", "Products Liability"},
		},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		res, err := ex.Extract(Input{URL: "https://news.example/2026/harbour-plan", Body: []byte(tt.html)})
		if res == nil {
			t.Fatalf("%s: no result: %v", tt.name, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(res.Text, w) {
				t.Errorf("%s: body lacks %q\nbody:\n%s", tt.name, w, res.Text)
			}
		}
		for _, w := range tt.wantNot {
			if strings.Contains(res.Text, w) {
				t.Errorf("%s: body holds %q\nbody:\n%s", tt.name, w, res.Text)
			}
		}
	}
}

// TestBodyNotWidenedOverCards checks that the body container does not
// widen to a listing's run of cards (headline link, source, summary),
// whose summaries together hold more text than any one of them.
func TestBodyNotWidenedOverCards(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Latest</a> <a href="/archive">Archive</a></nav><div class="main"><h1>Archive</h1>`)
	for i := 0; i < 10; i++ {
		b.WriteString(`<div class="item"><a class="link" href="/story/` + strings.Repeat("x", i+1) + `">The harbour council and the port officials clash over the disputed ferry contract</a>` +
			`<div class="src">via The Ledger &middot; Posted Mon, 20 May 2024 &middot; <a href="/out/1">original</a></div>` +
			`<p>Independent experts said the ferry figures were broadly weak but incomplete, and the vote was put off.</p></div>`)
	}
	b.WriteString(`</div></body></html>`)
	p, err := New(DefaultOptions()).prepare(Input{URL: "https://hub.example/archive", Body: []byte(b.String())})
	if err != nil {
		t.Fatal(err)
	}
	if p.mainIdx >= 0 && attr(p.nodes[p.mainIdx].n, "class") == "main" {
		t.Errorf("body container widened to the run of cards")
	}
}

// TestInlineJoins checks that the body keeps a word split over links
// whole and reads a custom element in running text as inline.
func TestInlineJoins(t *testing.T) {
	page := `<html><body><article><h1>Plant-based diets</h1>` + para("the story", 3) +
		`<p>Processed animal products: <a href="/bacon">b</a><a href="/bacon">acon</a>, lunch meats, sausage and jerky are best kept for rare occasions.</p>` +
		`<p>A <x-trusted-source source="PubMed"><a href="https://pubmed.example/1">large, older study</a></x-trusted-source> from 2017 of over 200,000 people found lower risk.</p>` +
		para("the rest", 2) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://health.example/nutrition/plant-based", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Processed animal products: bacon, lunch meats", "A large, older study from 2017 of over"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, res.Text)
		}
	}
}

// TestLinkedItemsOfTextList checks that a checklist keeps its linked items
// while a list of links stays out.
func TestLinkedItemsOfTextList(t *testing.T) {
	page := `<html><body><article><h1>Backpacking checklist</h1>` + para("the story", 3) +
		`<ul><li>Band-aids of various sizes</li><li>Antibiotic ointment</li><li>Gauze pads</li><li>Medical tape</li>` +
		`<li><a href="https://shop.example/moleskin">Moleskin</a></li><li>Tweezers</li></ul>` + para("the rest", 2) +
		`<ul><li><a href="/a">Best tents of the year</a></li><li><a href="/b">Best stoves of the year</a></li>` +
		`<li><a href="/c">Best boots of the year</a></li><li><a href="/d">Best packs of the year</a></li></ul>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://hike.example/backpacking/checklist", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "\nMoleskin\n") {
		t.Errorf("body lacks the linked item of the checklist:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "Best tents") {
		t.Errorf("body holds the list of links:\n%s", res.Text)
	}
}

// TestListIntroducedByColon checks that a list of links the text
// introduces with a sentence ending in a colon stays in the body (the
// patches a progress report lists), in its own items or in paragraphs of
// items, while a list of links without such a sentence stays out.
func TestListIntroducedByColon(t *testing.T) {
	page := `<html><body><article><h1>Compiler progress report</h1>` + para("the story", 3) +
		`<div class="paragraph"><p>Many patches were sent for review this month:</p></div><div class="ulist"><ul>` +
		`<li><p><a href="https://forge.example/pulls/97">Make type comparison support floating point types</a></p></li>` +
		`<li><p><a href="https://forge.example/pulls/98">Allow casts between integers and pointers</a></p></li>` +
		`<li><p><a href="https://forge.example/pulls/99">Add support for the weak variable attribute</a></p></li></ul></div>` +
		para("the rest", 2) +
		`<ul><li><a href="/a">Best tents of the year</a></li><li><a href="/b">Best stoves of the year</a></li>` +
		`<li><a href="/c">Best boots of the year</a></li><li><a href="/d">Best packs of the year</a></li></ul>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://blog.example/progress-report-39", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Make type comparison support floating point types", "Add support for the weak variable attribute"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("body lacks the introduced item %q:\n%s", want, res.Text)
		}
	}
	if strings.Contains(res.Text, "Best tents") {
		t.Errorf("body holds the list of links:\n%s", res.Text)
	}
}

// TestLinesBesideForm checks that the heading and lines of a small block
// around a form to fill in (a quote request) leave the body, while a
// block with a form of buttons only keeps its text.
func TestLinesBesideForm(t *testing.T) {
	page := `<html><body><article><h1>How much a smart thermostat saves</h1>` + para("the story", 3) +
		`<div class="lead"><div class="text-box"><h2>Get a free quote today.</h2><p>A pro will contact you within 24 hours. Or call now.</p></div>` +
		`<form action="/quote" method="post"><input type="text" name="name"><input type="email" name="email"><button>Submit</button></form></div>` +
		para("the rest", 2) +
		`<section><h2>Perk up sales</h2><p>The quiz app recommends the right coffee after a few simple questions.</p>` +
		`<form action="/install" method="post"><input type="hidden" name="app" value="quiz"><button>Install</button></form></section>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://home.example/resources/thermostat-savings", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Get a free quote", "contact you within 24 hours"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("body holds the form's line %q:\n%s", gone, res.Text)
		}
	}
	if !strings.Contains(res.Text, "recommends the right coffee") {
		t.Errorf("body lacks the text beside a form of buttons:\n%s", res.Text)
	}
}

// TestHeadingAnchors checks that section headings whose text is a link to
// their own anchor stay in the body.
func TestHeadingAnchors(t *testing.T) {
	page := `<html><body><article><h1>Starting music lessons</h1>` + para("the opening", 2) +
		`<h2 id="benefits"><a href="#benefits">The Benefits of Learning Music</a></h2>` + para("the benefits", 2) +
		`<h3 id="cognitive"><a href="#cognitive">Cognitive Benefits</a></h3>` + para("the mind", 2) +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://music.example/resources/beginners-guide", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nThe Benefits of Learning Music\n", "\nCognitive Benefits\n"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("body lacks heading %q:\n%s", want, res.Text)
		}
	}
}

// TestNumberedLinkedHeadings checks that a listicle keeps the numbered
// headings whose names link to what they present.
func TestNumberedLinkedHeadings(t *testing.T) {
	page := `<html><body><article><h1>Best subscription boxes</h1>` + para("the opening", 2) +
		`<h2>1.&nbsp;<a href="https://shop.example/stitch">Stitch Fix</a></h2>` + para("the first box", 2) +
		`<h2>2. <a href="https://shop.example/runway">Rent the Runway</a></h2>` + para("the second box", 2) +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://boxes.example/best-clothing-boxes", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n1. Stitch Fix\n", "\n2. Rent the Runway\n"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("body lacks heading %q:\n%s", want, res.Text)
		}
	}
}

// TestHeadingStyleClassAndSources checks that a heading with a weak
// furniture word in its class stays, and that list items naming their
// source at the end are not cut as source credits.
func TestHeadingStyleClassAndSources(t *testing.T) {
	page := `<html><body><article><h1>The edge-first manifesto</h1>` + para("the opening", 2) +
		`<h2 class="header-anchor-post">The cloud is not the computer</h2>` + para("the cloud", 2) +
		`<ul><li>Poor Mental Health Days – the average number of poor days reported in the past 30 days. Source: CDC.</li>` +
		`<li>Unemployment Rate – share of the population ages 16 and older unemployed but seeking work. Source: BLS.</li></ul>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://blog.example/2025/12/the-edge-first-manifesto", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nThe cloud is not the computer\n", "Poor Mental Health Days", "Unemployment Rate"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, res.Text)
		}
	}
}

// TestTrailingAuthorBox checks that a labelled author box after the
// article and a lone "Share:" label stay out of the body.
func TestTrailingAuthorBox(t *testing.T) {
	page := `<html><body><article><h1>Best meal delivery</h1>` + para("the story", 5) +
		`<p>Share:</p>` + para("the end", 2) +
		`<h3>About the author</h3><p>Amanda</p><ul><li>Instagram daily fun</li><li>Facebook community chatter</li></ul>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://run.example/2025/best-prepared-meal-delivery", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Share:", "About the author", "Instagram daily fun"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("body holds %q:\n%s", bad, res.Text)
		}
	}
}

// TestCalloutKept checks that a callout box of tips inside the article is
// body text.
func TestCalloutKept(t *testing.T) {
	page := `<html><body><article><h1>Low-light houseplants</h1>` + para("the story", 3) +
		`<div class="mntl-sc-block-callout"><h3>Plant Care Tips</h3><ul><li>Light: Medium, indirect light.</li>` +
		`<li>Water: Weekly; allow soil to dry halfway down planter.</li><li>Soil: Peat-based, well-draining mix.</li></ul></div>` +
		para("the rest", 3) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://plants.example/low-light-indoor-plants-5093342", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "Water: Weekly; allow soil to dry halfway down planter.") {
		t.Errorf("body lacks the callout:\n%s", res.Text)
	}
}

// TestNextStoryBelow checks a page that renders the next story below the
// first for endless scrolling, each in an <article> with its own <h1>,
// byline and date: the text, byline and date are the first story's.
func TestNextStoryBelow(t *testing.T) {
	doc := `<html lang="en"><head><title>Hospital to open second emergency department | Valley Courier</title></head><body><header><a href="/">Valley Courier</a></header><main>` +
		`<article class="story"><h1>Hospital to open second emergency department</h1><div class="byline">By Alice Turner</div><time datetime="2025-10-02T08:45:00+02:00">02.10.2025 08:45</time>` +
		`<p>The regional hospital will open a second emergency department in the north of the county next spring, health officials said on Thursday.</p>` +
		`<p>The new unit is meant to cut waiting times that have grown by a third since the old clinic closed, and will be staffed around the clock.</p></article>` +
		`<article class="story next-story"><h1>Night ferry added to island route</h1><div class="byline">By Ben Carter</div><time datetime="2025-09-29T08:45:00+02:00">29.09.2025 08:45</time>` +
		`<p>Ferry operators will add a night crossing to the islands from June, the port authority announced.</p>` +
		`<p>The extra sailing follows complaints from shift workers who could not get home after late duties.</p></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://courier.example/news/story-1.html", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if strings.Contains(res.Text, "ferry") || strings.Contains(res.Text, "Night ferry") {
		t.Errorf("text holds the next story:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, "staffed around the clock") {
		t.Errorf("text lost the story:\n%s", res.Text)
	}
	if got := publishedDay(res); got != "2025-10-02" {
		t.Errorf("PublishedAt = %q, want 2025-10-02", got)
	}
	if len(res.Authors) != 1 || res.Authors[0] != "Alice Turner" {
		t.Errorf("authors = %q, want [Alice Turner]", res.Authors)
	}
}

// TestNewsletterPitchLanguages: a newsletter pitch inside the story's
// text is dropped in the languages of the news, while a story's sentence
// about newsletters stays.
func TestNewsletterPitchLanguages(t *testing.T) {
	for _, pitch := range []string{
		"Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten jeden Morgen.",
		"Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.",
		"Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości.",
		"Đăng ký nhận bản tin để cập nhật những tin tức nổi bật nhất mỗi sáng.",
		"Prenumerera på vårt nyhetsbrev och få nyheterna varje morgon.",
		"Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb szegedi híreket.",
	} {
		doc := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` + paragraphs(2) +
			`<p>The newsletter industry grew by a fifth last year, the council's report says, and the town's own weekly bulletin now reaches nine thousand homes.</p>` +
			`<p>` + pitch + `</p>` + paragraphs(2) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/local/bridge-reopens", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(res.Text, pitch[:20]) {
			t.Errorf("pitch %q kept in the body", pitch)
		}
		if !strings.Contains(res.Text, "The newsletter industry grew") {
			t.Errorf("%q: the story's sentence about newsletters was dropped", pitch)
		}
	}
}

// TestMidPitches: a paywall's or a messaging channel's pitch set between
// a story's paragraphs is not story text; a rights line at its end stays.
func TestMidPitches(t *testing.T) {
	for _, pitch := range []string{
		`<div class="paywall-inline"><p>Subscribe to continue reading. Subscribers get unlimited access to all our stories for R75 a month. Already a subscriber? Sign in.</p><a class="btn" href="/subscribe/">Subscribe</a></div>`,
		`<div class="paywall-inline"><p>Get the latest news first: join The Lagos Ledger channel on WhatsApp and never miss a story.</p><a class="btn">Join now</a></div>`,
		`<p>Para seguir leyendo, suscribite a Diario del Plata y accedé a todas las notas.</p>`,
		// A paywall's remainder sent scrambled, one letter shifted.
		`<div class="park-article--paywall"><p class="obfuscated">Hfhofs efs Qmåof ibuufo fjof pcfsjsejtdif M÷tvoh hfgpsefsu voe tjdi evsdihftfu{u/</p></div>`,
		// A "learn more" box of related links, its label in Portuguese.
		`<div class="saiba-mais"><strong>Saiba mais</strong><ul><li class="item"><a href="/famosos/2025/03/10/x/">Ex-BBB estreia como apresentador</a></li></ul></div>`,
		// A partner's ad unit ("mid-page unit") inside a Drupal body field.
		`<div class="paragraph paragraph--type--partner-mpu"><span class="partner-label">Partner content</span><p>Protect your yield potential with a tailored spring nitrogen plan from Greenfield Agronomy.</p></div>`,
		// A Slovak daily's newsletter box between paragraphs.
		`<div class="article-nl-box"><p>Dostávajte najdôležitejšie správy dňa do mailu. Prihláste sa na odber newslettera Horizont Ráno.</p><a href="/newsletter/">Prihlásiť sa</a></div>`,
		// A box of a feature kept for subscribers.
		`<div class="v-a-sub-box"><p>Esta funcionalidad es exclusiva para suscriptores.</p><a href="/suscripcion/?ref=box">Suscribirme</a></div>`,
	} {
		doc := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` + paragraphs(2) + pitch + paragraphs(2) +
			`<p>Reporting by the desk.<br><br>ⓒ 새한일보, 무단 전재 및 재배포 금지</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/local/bridge-reopens", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Text, "ⓒ") {
			t.Errorf("the rights line was dropped: %q", res.Text)
		}
		for _, w := range []string{"Subscribe to continue", "WhatsApp", "seguir leyendo", "Greenfield", "Saiba mais", "Hfhofs", "Dostávajte", "funcionalidad"} {
			if strings.Contains(res.Text, w) {
				t.Errorf("%q kept in the body: %q", w, res.Text)
			}
		}
		if strings.Count(res.Text, "Paragraph 1 of the story") != 2 {
			t.Errorf("the story's paragraphs were dropped: %q", res.Text)
		}
	}
}

// TestPressContactAndShareLine: a town hall's press-office box and its
// share line after a release are not the release's text.
func TestPressContactAndShareLine(t *testing.T) {
	doc := `<html lang="es"><head><title>El pleno aprueba el presupuesto</title></head><body><main><article><h1>El pleno aprueba el presupuesto</h1>` + paragraphs(4) +
		`<p class="creditos">Texto: Lucía Ferrer · Fotografía: Andrés Gil</p><div class="contacto-prensa"><strong>Gabinete de Comunicación</strong> &middot; prensa@robledal.example &middot; 910 000 123</div>` +
		`<div class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a></div></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://ayto.example/web/ayuntamiento/-/el-pleno-aprueba-el-presupuesto", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Gabinete de Comunicación", "Compartir"} {
		if strings.Contains(res.Text, w) {
			t.Errorf("%q kept in the body: %q", w, res.Text)
		}
	}
	if strings.Count(res.Text, "Paragraph") != 4 {
		t.Errorf("the release's paragraphs were dropped: %q", res.Text)
	}
}

// TestSignUpMentionInStory: a story's last paragraph that mentions fans
// signing up to a mailing list is story text; a sign-up pitch is not.
func TestSignUpMentionInStory(t *testing.T) {
	for _, c := range []struct {
		last string
		kept bool
	}{
		{"Tickets go on general sale at 9am on Friday, March 28, with a fan pre-sale running from Wednesday for those who sign up to the band's mailing list.", true},
		{"Sign up to The Morning Brief for the day's top stories.", false},
		{"Want more? Subscribe to our newsletter and get the best of the week delivered every Friday.", false},
	} {
		doc := `<html><head><title>Band announces tour</title></head><body><article><h1>Band announces tour</h1>` + paragraphs(4) + `<p>` + c.last + `</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://music.example/news/band-announces-tour", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(res.Text, c.last[:30]); got != c.kept {
			t.Errorf("%q: kept %v, want %v", c.last, got, c.kept)
		}
	}
}

// TestReadAlsoBetweenParagraphs: a "read also" link set between the two
// paragraphs of a short story, under a standfirst, does not make the
// paragraph after it a teaser: the story keeps all its text.
func TestReadAlsoBetweenParagraphs(t *testing.T) {
	doc := `<html lang="ca"><head><title>El Mercat Central reobre</title></head><body><header><a href="/">Diari</a> <nav><a href="/comarques/">Comarques</a> <a href="/esports/">Esports</a></nav></header><main><article class="story">` +
		`<nav class="crumbs"><a href="/">Inici</a> › <a href="/comarques/">Comarques</a> › <span>12 de març de 2025</span></nav><p class="kicker">Comerç</p><h1>El Mercat Central reobre</h1>` +
		`<p class="standfirst"><strong>El Mercat de la Independència de Terrassa ha reobert aquest dimecres les portes després d'una reforma que ha durat dos anys i ha costat nou milions d'euros.</strong></p>` +
		`<div class="meta"><span class="byline">Per Anna Ferrer</span> <span class="pub">Publicat: 12 de març de 2025, 12:30</span></div><figure><img src="/img/439997.jpg" alt=""><figcaption>Foto: Xavi Casals</figcaption></figure>` +
		`<div class="story-body"><p>El mercat té ara 42 parades, un supermercat al soterrani i un espai de restauració amb terrassa. Els paradistes que van treballar en una carpa provisional hi han tornat tots.</p>` +
		`<p class="also"><strong>Llegiu també:</strong> <a href="/comarques/sabadell-allarga-el-carril-bici_682933_102.html">Sabadell allarga el carril bici fins a la Creu Alta</a></p>` +
		`<p>L'alcalde ha destacat que el mercat ha de tornar a ser el cor comercial del centre i ha anunciat que obrirà també els diumenges al matí.</p></div></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://diari.example/comarques/el-mercat-central_439997_102.html", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"42 parades", "L'alcalde ha destacat"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("body lacks %q: %q", w, res.Text)
		}
	}
}

// TestCommentThreadsOut: readers' comments that sit inside the article's
// container stay out of the body and do not date the story, whether the
// thread is named by a class in another language ("comentarios",
// "talkbacks") or only by its heading ("Kommentare (2)").
func TestCommentThreadsOut(t *testing.T) {
	const comment = "Noch mehr Autos in der Innenstadt, das kann doch keiner wollen."
	tests := []struct{ name, thread string }{
		{"heading only", `<div class="mt-8 border-t pt-6"><div class="text-lg font-bold">Kommentare (2)</div><div class="mt-4 flex flex-col gap-4"><div><div class="text-sm font-medium">Rheinländer64 · 04.03.2025, 09:12 Uhr</div><div class="text-sm">` + comment + `</div></div></div></div>`},
		{"class in Spanish", `<div class="comentarios"><h3>Comentarios (2)</h3><div class="comentario"><b>pepe_77</b> <time>7 de marzo de 2025 - 13:20</time><p>` + comment + `</p></div></div>`},
		{"talkbacks", `<section class="talkbacks"><h3>תגובות</h3><div class="tb"><time datetime="2025-03-07T12:57">07.03.25 | 12:57</time><p>` + comment + `</p></div></section>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Stadtrat beschließt neues Parkhaus</title></head><body><div class="wrap"><h1>Stadtrat beschließt neues Parkhaus</h1>
<div class="meta">3. März 2025</div><div class="story">` + paragraphs(6) + tt.thread + `</div></div></body></html>`
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://zeitung.example/lokales/stadtrat-beschliesst-neues-parkhaus/", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(res.Text, "Innenstadt") || strings.Contains(res.Text, "Kommentare") || !strings.Contains(res.Text, "Paragraph 5") {
				t.Errorf("Text = %q", res.Text)
			}
			if res.PublishedAt == nil || res.PublishedAt.Day() != 3 {
				t.Errorf("PublishedAt = %v (%s), want 3 March", res.PublishedAt, res.Provenance["published_at"])
			}
		})
	}
}

// TestPaywallPromptAfterFreeParagraphs: the prompt a paywall puts after a
// story's free paragraphs leaves the body.
func TestPaywallPromptAfterFreeParagraphs(t *testing.T) {
	wall := `<div class="article-premium paywall"><p class="paywall__remaining">Il vous reste 78 % de cet article à lire.</p><p>La suite est réservée aux abonnés.</p><p>Déjà abonné ? Se connecter</p></div>`
	page := `<html lang="fr"><head><title>La région promet un train toutes les heures</title></head><body><article><h1>La région promet un train toutes les heures</h1><div class="article__content">` +
		`<p>La région a annoncé lundi un train toutes les heures sur la ligne de la vallée à partir de décembre, contre un toutes les deux heures aujourd'hui.</p>` +
		`<p>Cette amélioration, réclamée depuis des années par les élus locaux, a été rendue possible par la rénovation des voies achevée l'automne dernier.</p>` +
		wall + `</div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://journal.example/region/transports-la-region-promet-un-train_617935/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "Il vous reste") || strings.Contains(res.Text, "abonné") || !strings.Contains(res.Text, "rénovation des voies") {
		t.Errorf("Text = %q", res.Text)
	}
}

// TestAuthorBioClass: a box of the author's biography named in camel case
// ("ArtP-authorBio") is boilerplate, as "author-bio" is.
func TestAuthorBioClass(t *testing.T) {
	for _, c := range []string{"ArtP-authorBio", "author-bio", "AboutTheAuthor"} {
		if classWords(c)&fBoilStrong == 0 {
			t.Errorf("classWords(%q) does not mark boilerplate", c)
		}
	}
}

// TestAuthorBioAfterTranscript: a public radio story (blind web ap): the
// body, then its transcript, then the reporter's bio and a donation box in
// the same container; the bio is not the story.
func TestAuthorBioAfterTranscript(t *testing.T) {
	page := `<html><head><title>Valley farmers brace for smaller water deliveries as snowpack lags</title></head><body>` +
		`<main id="main-content"><div class="ArtP-ArtPage"><div class="ArtP-header"><div class="ArtP-sectionName"><a href="/local-news/">Environment</a></div><h1 class="ArtP-headline">Valley farmers brace for smaller water deliveries as snowpack lags</h1><h2 class="ArtP-subHeadline">Federal water managers set an initial allocation of 15 percent for west side growers.</h2><div class="ArtP-byline"><div class="ArtP-authors">By <div class="AuthorByline"><a class="AuthorByline-name" href="/people/ana-castillo/">Ana Castillo</a></div></div><div class="ArtP-timestamp"><bsp-timestamp data-timestamp="1741056420000" data-date-format="MMMM d, yyyy at h:mm a z"><span class="ArtP-dateLabel">Published </span>March 3, 2025 at 6:47 PM PST</bsp-timestamp></div></div></div><div class="ArtP-audio"><ps-stream-audio data-title="Valley farmers brace for smaller water deliveries as snowpack lags" data-duration="232"><button class="AudioEnhancement-play">Listen &bull; 3:52</button></ps-stream-audio></div><div class="ArtP-lead"><figure><img src="/dims4/0.jpg" alt=""><figcaption>Ana Castillo / KRVP</figcaption></figure></div><div class="RichTextArticleBody"><div class="RichTextBody"><p>Farmers on the west side of the San Joaquin Valley learned Monday they can expect just 15 percent of their contracted water from the federal Central Valley Project this year.</p><p>The Bureau of Reclamation said snowpack in the southern Sierra Nevada is about 60 percent of normal for early March, and reservoirs have not recovered from a dry fall.</p><p>Growers say the figure will force them to fallow more ground and pump more groundwater, which is increasingly limited under the state&#x27;s groundwater law.</p><p>The bureau said it will update the allocation in late March if storms bring more snow.</p></div></div><div class="ArtP-transcript RichTextBody"><h3>Transcript</h3><p>ANA CASTILLO, BYLINE: On a windy afternoon near Firebaugh, almond grower Pete Lozano walks the edge of a field he won&#x27;t plant this year.</p><p>CASTILLO: The Bureau of Reclamation will revisit the number later this month. For River Valley Public Radio, I&#x27;m Ana Castillo in Firebaugh.</p></div><div class="ArtP-authorBio"><p>Ana Castillo is a reporter at River Valley Public Radio. She joined the station in 2021.</p></div><div class="ArtP-donate"><p>You make stories like this possible. River Valley Public Radio is a nonprofit newsroom supported by listeners. <a href="/support/">Donate today</a>.</p></div></div></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://radio.example/environment/2025-03-03/valley-farmers-brace", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "snowpack in the southern Sierra") || !strings.Contains(res.Text, "windy afternoon near Firebaugh") {
		t.Errorf("body lost the story or its transcript:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "joined the station") {
		t.Errorf("body holds the reporter's bio:\n%s", res.Text)
	}
}

// TestPressReleaseTail: a press release's text ends at its end mark or its
// press contacts; the contacts and the issuer's boilerplate above them are
// not the story (blind web ar).
func TestPressReleaseTail(t *testing.T) {
	story := "<p>The city will plant two thousand street trees this spring along the main roads of the northern districts, the council said on Monday.</p>" +
		"<p>The first trees go in next week on Harbour Road, where residents asked for shade after last summer's heat, and the work ends in May.</p>" +
		"<p>The programme costs 1.2 million euros, half of it paid by a national fund for climate adaptation in cities and towns.</p>"
	for _, tc := range []struct{ name, tail string }{
		{"end mark, boilerplate, contact", `<p>###</p><h2>About Northlink</h2><p>Northlink is one of the country's leading providers of fibre broadband to homes and firms.</p><p>Media contact: Tom Hale, +44 20 7946 0018</p>`},
		{"boilerplate before the contacts' heading", `<p>About Kessler Maschinenbau: Founded in 1952, the company builds presses for the car industry.</p><h3>Pressekontakt</h3><p>Jana Wiegand, Telefon 030 1234567</p>`},
		{"notes to editors", `<h2>Notes to editors</h2><p>The University of Eastmoor has 24,000 students on two campuses.</p>`},
		{"French end mark and contact", `<p>- Fin -</p><p><strong>Contact médias : Noémie Favre, 022 555 12 12</strong></p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>City to plant 2,000 trees</title></head><body><article><h1>City to plant 2,000 trees</h1><div class="text">` + story + tc.tail + `</div></article></body></html>`
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://city.example/news/2025/03/03/trees", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "national fund for climate") {
				t.Errorf("the story's end is lost:\n%s", res.Text)
			}
			for _, bad := range []string{"###", "Northlink is", "Media contact", "Founded in 1952", "Jana Wiegand", "24,000 students", "Fin -", "Noémie"} {
				if strings.Contains(res.Text, bad) {
					t.Errorf("body holds %q:\n%s", bad, res.Text)
				}
			}
		})
	}
	// Without an end mark: an "About Northlink" heading that names the
	// site itself closes the release (blind web ar: the company's own
	// newsroom page).
	own := `<html><head><title>Northlink switches off 3G</title><meta property="og:site_name" content="Northlink"></head><body><article><h1>Northlink switches off 3G</h1><div class="text">` + story +
		`<h2>About Northlink</h2><p>Northlink is one of the UK's leading providers of mobile and fixed broadband, serving 9.6 million customers.</p></div></article></body></html>`
	if res, err := New(DefaultOptions()).Extract(Input{URL: "https://newsroom.northlink.example/pressreleases/northlink-switches-off-3g-3361204", Body: []byte(own)}); err != nil {
		t.Fatal(err)
	} else if strings.Contains(res.Text, "leading providers") || !strings.Contains(res.Text, "national fund for climate") {
		t.Errorf("the issuer's own 'About' section (or the story) is wrong:\n%s", res.Text)
	}
	// Its contacts set apart by class (boilerplate of their own) and its
	// "Sobre …:" line last, not a heading (blind web ar).
	sobre := `<html lang="es"><head><title>Levante Salud abre una unidad</title><meta property="og:site_name" content="Grupo Levante Salud"></head><body><article><h1>Levante Salud abre una unidad</h1><div class="text">` + story +
		`<hr><p class="contacto"><em>Contacto de prensa: Laura Gil Sanchis – 963 000 145 – prensa@levantesalud.example</em></p>` +
		`<p class="boilerplate"><em>Sobre Grupo Levante Salud: Grupo Levante Salud gestiona cuatro hospitales y once centros médicos.</em></p></div></article></body></html>`
	if res, err := New(DefaultOptions()).Extract(Input{URL: "https://levantesalud.example/levante-salud-abre-una-unidad/", Body: []byte(sobre)}); err != nil {
		t.Fatal(err)
	} else if strings.Contains(res.Text, "gestiona cuatro") || strings.Contains(res.Text, "Laura Gil") || !strings.Contains(res.Text, "national fund for climate") {
		t.Errorf("the issuer's 'Sobre' line, its contacts (or the story) are wrong:\n%s", res.Text)
	}
	// An "About the study" section that no contact follows is the story's.
	page := `<html><head><title>Trees cut admissions</title></head><body><article><h1>Trees cut admissions</h1><div class="text">` + story +
		`<h2>About the study</h2><p>The researchers compared hospital admissions in 40 districts over ten summers, with and without new street trees.</p></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://uni.example/news/trees", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "compared hospital admissions") {
		t.Errorf("the study's section is lost:\n%s", res.Text)
	}
}

// TestSubscriberContentClass: the story's text marked as the subscribers'
// part ("asset-content subscriber-premium", as BLOX sites mark it) is
// content, while a subscription box stays boilerplate (blind web as).
func TestSubscriberContentClass(t *testing.T) {
	if f := classWords("asset-content subscriber-premium"); f&fBoilStrong != 0 || f&fContentHint == 0 {
		t.Errorf("classWords(asset-content subscriber-premium) = %b, want content", f)
	}
	if f := classWords("subscribe-box"); f&fBoilStrong == 0 {
		t.Errorf("classWords(subscribe-box) = %b, want boilerplate", f)
	}
	body := "<p>Ruth Ann Keller, who taught kindergarten at Lincoln Elementary School for 34 years, died Saturday at Prairie View Care Center. She was 88.</p>" +
		"<p>Born on a farm outside Eldora in 1936, Keller graduated from Iowa State Teachers College and came to Millbrook in 1959.</p>" +
		"<p>After retiring in 1993 she volunteered for two decades at the Millbrook Public Library, where she started a reading program.</p>"
	page := `<html><head><title>Ruth Ann Keller dies at 88</title></head><body><div class="asset"><h1 class="headline">Ruth Ann Keller, who taught a generation, dies at 88</h1>` +
		`<div id="article-body" class="asset-body" itemprop="articleBody"><div class="asset-content subscriber-premium">` + body + `</div></div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://courier.example/news/local/ruth-ann-keller-dies-at-88/article_1.html", Body: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v (kind %s)", err, res.Kind)
	}
	if !strings.Contains(res.Text, "volunteered for two decades") {
		t.Errorf("body lost the story:\n%s", res.Text)
	}
}

// TestPaywallPitchAndSupportBox: a short box named "paywall" (a pitch for
// a subscription after a story's free part) or "support-box" (a plea for
// donations) inside the story's text is boilerplate; a long element of
// class "paywall" is the subscribers' part of the story, as Google asks
// paywalled sites to mark it, and stays.
func TestPaywallPitchAndSupportBox(t *testing.T) {
	free := "<p>Bystyret vedtok tirsdag kveld å bygge ny skole på Lia, etter en debatt som varte i over fire timer og endte med knapt flertall.</p>" +
		"<p>Rektor ved dagens skole sier lokalene er for trange og at elevtallet har vokst med en tredel siden 2015.</p>" +
		"<p>Opposisjonen ville heller pusse opp den gamle skolen og mener kostnadene er regnet for lavt, særlig for veien og parkeringen rundt tomten.</p>" +
		"<p>Byggestart er planlagt neste høst, og skolen skal etter planen stå ferdig til skolestart i 2028.</p>"
	pitch := `<div class="paywall c-paywall"><h2>Denne artikkelen er for abonnenter</h2><p>Få tilgang til alt innhold fra Fjordposten for 1 krone den første måneden.</p><a href="/abonnement">Se tilbud</a></div>`
	support := `<div class="support-box"><p>Legyél te is Hírpontos! Támogasd a független újságírást havi 1000 forinttól.</p><a href="/tamogatas/">Támogatom</a></div>`
	disclaimer := `<p class="disclaimer"><strong>Disclaimer:</strong> ScienceWire is not responsible for the accuracy of news releases posted by contributing institutions.</p>`
	page := func(inner string) string {
		return `<html><head><title>Ny skole på Lia</title></head><body><article><h1>Ny skole på Lia</h1><div class="c-article__body">` + inner + `</div></article></body></html>`
	}
	ex := New(DefaultOptions())
	barrier := `<div class="barrier" id="barrier-page"><h2 class="barrier-heading">Subscribe to unlock this article</h2><p class="barrier-offer">Try unlimited access. Only $1 for 4 weeks.</p></div>`
	for name, html := range map[string]string{"paywall pitch": page(free + pitch), "support box": page(free + support), "a wire's disclaimer": page(free + disclaimer),
		"a subscription barrier": page(free + barrier)} {
		res, err := ex.Extract(Input{URL: "https://fjordposten.example/nyheter/i/ny-skole-pa-lia", Body: []byte(html)})
		if err != nil {
			t.Fatalf("%s: Extract: %v", name, err)
		}
		if containsAny(res.Text, []string{"1 krone", "Támogasd", "not responsible", "unlimited access"}) {
			t.Errorf("%s: body keeps the box:\n%s", name, res.Text)
		}
		if !strings.Contains(res.Text, "elevtallet") {
			t.Errorf("%s: body lost the story:\n%s", name, res.Text)
		}
	}
	locked := ""
	for i := range 6 {
		locked += fmt.Sprintf("<p>Del %d: Kommunen har regnet på tre alternativer, og det billigste krever at idrettshallen rives og bygges opp igjen et annet sted på tomten.</p>", i)
	}
	res, err := ex.Extract(Input{URL: "https://fjordposten.example/nyheter/i/ny-skole-pa-lia", Body: []byte(page(free + `<div class="paywall">` + locked + `</div>`))})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(res.Text, "Del 5: Kommunen") {
		t.Errorf("the subscribers' part (class paywall) was dropped:\n%s", res.Text)
	}
	// Every paragraph of the story marked so (Condé Nast's <p class="paywall">).
	marked := strings.ReplaceAll(free+locked, "<p>", `<p class="paywall">`)
	res, err = ex.Extract(Input{URL: "https://travel.example/story/long-weekend-in-lisbon", Body: []byte(page(marked))})
	if err != nil {
		t.Fatalf("paragraphs of class paywall: Extract: %v (kind %s)", err, res.Kind)
	}
	if !strings.Contains(res.Text, "elevtallet") || !strings.Contains(res.Text, "Del 5: Kommunen") {
		t.Errorf("paragraphs of class paywall were dropped:\n%s", res.Text)
	}
}

// TestStoryAboutNewsletters: a story's last paragraphs may name
// newsletters (blind web av: a media newsletter's post on stations buying
// newsletters lost all four paragraphs, one by one from the end, and was
// called a non-article); a short promotion line after it still goes.
func TestStoryAboutNewsletters(t *testing.T) {
	story := "<p>Three local television groups have quietly bought independent city newsletters in the past six months, and at least two more are in talks. The deals are small, rarely more than a couple of million dollars, but they point to a shift.</p>" +
		"<p>For a station, a newsletter with forty thousand engaged local readers is a cheap way to reach people who no longer watch the six o'clock news. It also brings something stations have struggled to build themselves: a habit.</p>" +
		"<p>Media analysts expect more deals, especially in mid-sized markets where a single newsletter can dominate local attention. The open question is whether readers will stay once the newsletter they trusted starts to sound like the station.</p>"
	page := `<html><head><title>Local TV stations are buying newsletters now</title></head><body><main><h1>Local TV stations are buying newsletters now</h1><div class="post-content">` +
		story + `<p>Get our free morning newsletter.</p></div></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://signal.example/posts/local-tv-stations-are-buying-newsletters-now", Body: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v (kind %s, %s)", err, res.Kind, res.Provenance["kind"])
	}
	if !strings.Contains(res.Text, "open question") || !strings.Contains(res.Text, "Three local television groups") {
		t.Errorf("the story lost paragraphs that name newsletters:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "Get our free morning newsletter") {
		t.Errorf("the promotion line after the story stayed:\n%s", res.Text)
	}
}

// TestFeedbackBox: a "Was this page helpful?" box inside the article
// (Dotdash's "mntl-feedback", GOV.UK's "gem-c-feedback") is not the story.
func TestFeedbackBox(t *testing.T) {
	page := `<html><head><title>Magnesium</title></head><body><article><h1>What magnesium does for sleep</h1><div class="article-body">` + paragraphs(5) +
		`</div><div class="comp mntl-feedback"><p>Was this page helpful? Thanks for your feedback! Tell us why, so we can make our articles better for everyone.</p></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://health.example/magnesium-and-sleep-8601234", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "Was this page helpful") {
		t.Errorf("body keeps the feedback box:\n%s", res.Text)
	}
}

// TestClassWordsTokens: classWordsIn, keeping what tokens say across
// values, answers as classWords reading every token afresh.
func TestClassWordsTokens(t *testing.T) {
	toks := []string{"Comment", "comments", "commentary", "share", "social-embed", "nav", "footer", "article", "Body", "content",
		"subscriber-premium", "hidden", "tooltip-x", "rollover-a", "paywall-box", "related-posts", "sidebar", "pane-header-alignment-left",
		"meta", "entry-content", "c-paywall", "widget", "col-md-6", "x", strings.Repeat("a", 70), "post-body", "disqus_thread",
		"ad-slot", "story_body", "sidebar-left", "icon-share", "paywall_support", "a.b.c.d.e.f.g.h.footer", "a-b-c-d-e-f-g-footer",
		"btn--color-nav", "main:content", "header-size-large", "translator_note", "embed-instagram", "wp-block-group"}
	rng := rand.New(rand.NewPCG(5, 6))
	tokens := map[string]uint8{}
	for range 5000 {
		var parts []string
		for range 1 + rng.IntN(4) {
			parts = append(parts, toks[rng.IntN(len(toks))])
		}
		v := strings.Join(parts, " ")
		if got, want := classWordsIn(v, tokens), classWordsTokens(v); got != want {
			t.Fatalf("classWordsIn(%q) = %b, want %b", v, got, want)
		}
	}
}

// classWordsTokens is classWords reading every token afresh, as it was
// first written.
func classWordsTokens(v string) uint16 {
	if v == "" {
		return 0
	}
	var strong, weak, content, veto, short bool
	var buf [64]byte
	i := 0
	for i < len(v) {
		for i < len(v) && !isWordByte(v[i]) {
			i++
		}
		j := i
		for j < len(v) && isWordByte(v[j]) {
			j++
		}
		if j > i {
			tok := v[i:j]
			if len(tok) <= len(buf) {
				b := asciiLower(buf[:len(tok)], tok)
				s := string(b) // no allocation for map lookups below
				switch {
				case subscriberContent[s]:
					// The story itself, shown to subscribers (BLOX's
					// "asset-content subscriber-premium"), not a pitch.
					content = true
				case strongBoilWords[s]:
					strong = true
					veto = veto || hasVetoSubstring(b)
				case weakBoilWords[s] || exactWeakWords[s]:
					weak = true
				case contentWords[s]:
					content = true
				case s == "hidden" || s == "hide":
					strong = true
				case strings.HasPrefix(s, "rollover-") || strings.HasPrefix(s, "tooltip") || strings.HasPrefix(s, "popover") || strings.HasPrefix(s, "hovercard"):
					// hover cards stay hidden until pointed at
					strong = true
				default:
					// split on '-' and '_' for compound tokens
					if refHasBoilSubstring(b) {
						strong = true
						veto = veto || hasVetoSubstring(b)
					} else if refSplitWeak(b) {
						weak = true
					} else if refSplitContent(b) {
						content = true
					}
					if refPartIn(b, shortBoilParts) {
						short = true
					}
				}
			}
		}
		i = j
	}
	var f uint16
	if strong {
		f |= fBoilClass | fBoilStrong
	}
	if veto {
		f |= fBoilVeto
	}
	if weak && !content {
		f |= fBoilClass
	}
	if content && !strong {
		f |= fContentHint
	}
	if short && !content {
		f |= fBoilShort
	}
	return f
}

// refHasBoilSubstring is hasBoilSubstring as first written, for
// classWordsTokens.
func refHasBoilSubstring(b []byte) bool {
	if containsBytes(b, "embed") && (containsBytes(b, "social") || containsBytes(b, "tweet") || containsBytes(b, "twitter") || containsBytes(b, "instagram")) {
		// social-embed, tweet-embed: quoted posts are part of the story
		return false
	}
	for _, s := range strongSubstrings {
		if containsBytes(b, s) && !(s == "comment" && containsBytes(b, "commentary")) {
			return true
		}
	}
	return refPartIn(b, strongBoilWords)
}

// refSplitWeak is splitWeak as first written.
func refSplitWeak(b []byte) bool {
	if refPartIn(b, styleParts) {
		// "pane-header-alignment-left" says how a part looks, not
		// that the element is page furniture.
		return false
	}
	return refPartIn(b, weakBoilWords) || containsBytes(b, "sidebar")
}

// refSplitContent is splitContent as first written.
func refSplitContent(b []byte) bool {
	return refPartIn(b, contentWords)
}

// refPartIn is partIn as first written.
func refPartIn(b []byte, set map[string]bool) bool {
	start, n := 0, 0
	for k := 0; k <= len(b) && n < 8; k++ {
		if k == len(b) || b[k] == '-' || b[k] == '_' || b[k] == ':' || b[k] == '.' {
			if k > start {
				n++
				if set[string(b[start:k])] {
					return true
				}
			}
			start = k + 1
		}
	}
	return false
}

// TestTrailingPitchLanguages: the pitches templates set after a story,
// in the languages of the news (subscribe, support us, become a member,
// follow our messaging channel), and a reading-time line at its top, are
// not story text.
func TestTrailingPitchLanguages(t *testing.T) {
	for _, pitch := range []string{
		"Tous les matchs de Ligue 1 en direct sur Canal Stade. Abonnez-vous dès 19,99€/mois, sans engagement.",
		"Estuaire Info est gratuit et sans publicité grâce à ses 900 donateurs. Soutenez-nous à partir de 2 € par mois.",
		"Der Talbote ist werbefrei. Unterstützen Sie unabhängigen Lokaljournalismus mit einer Mitgliedschaft.",
		"Seguici sul nostro canale Telegram per non perdere nessuna offerta.",
		"Receba a Folha no WhatsApp. Entre no nosso canal e receba as principais notícias do dia.",
		"Create a deal alert and we will email you when the price drops.",
		"Ikuti berita SuaraPantura.com lainnya di Google News",
		"欢迎加入狮城日报 Telegram 频道，获取最新新闻。",
		"Got a story? Contact the Riverina 8 News team on 02 6900 0000.",
	} {
		doc := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` +
			`<p><span>- 3 Minuten Lesezeit</span> <span>/ - 540 Wörter</span></p>` + paragraphs(4) +
			`<p>` + pitch + `</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/local/bridge-reopens", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(res.Text, pitch[:20]) {
			t.Errorf("pitch %q kept in the body", pitch)
		}
		if strings.Contains(res.Text, "Lesezeit") {
			t.Errorf("reading time kept in the body: %q", res.Text[:60])
		}
	}
}

// TestAuthorBoxAndReadAlsoClasses: boxes named "author-box" (the writer's
// bio under a fan blog's post) and "read-also" (the next story's teaser
// between paragraphs) are not story text.
func TestAuthorBoxAndReadAlsoClasses(t *testing.T) {
	doc := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` + paragraphs(2) +
		`<div class="tw-border tw-p-4 read-also"><p>Das könnte dich auch interessieren</p><p><a href="/news/monorepo">Vom Polyrepo zum Monorepo: wie ein Team umzog und was es dabei lernte</a></p></div>` +
		paragraphs(2) + `<div class="author-box"><h4>About Danny Fellowes</h4><p>Danny Fellowes has had a season ticket at the ground since 1998 and writes about the club every week.</p></div>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/local/bridge-reopens", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Vom Polyrepo", "season ticket"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("body holds %q", bad)
		}
	}
}

// TestBoxesNamedInOtherLanguages: a newsletter box classed "nyhetsbrev", a
// subscription box classed "suscripcion-box" and a Quarto page's appendix
// are not story text.
func TestBoxesNamedInOtherLanguages(t *testing.T) {
	doc := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` + paragraphs(4) +
		`<div class="nyhetsbrev"><h3>Få Studentposten i mejlen</h3><p>Veckans viktigaste nyheter från campus, varje onsdag.</p></div>` +
		`<div class="suscripcion-box"><p>Recibe Camino cada semana en tu casa o en tu parroquia por solo 35 euros al año.</p></div>` +
		`<div class="quarto-appendix-contents" id="quarto-citation"><h2>Citation</h2><div>For attribution, please cite this work as: Lund, Tom. 2025. Bridge reopens.</div></div>` +
		`</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/local/bridge-reopens", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Veckans viktigaste", "Recibe Camino", "For attribution"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("body holds %q", bad)
		}
	}
}

// TestReactionRow: a row of moods under a question to the reader, above
// the pitches after a story, is not story text.
func TestReactionRow(t *testing.T) {
	doc := `<html><head><title>Senate probe delayed</title></head><body><article><h1>Senate probe delayed</h1>` + paragraphs(4) +
		`<div class="mood"><h3>How does this make you feel?</h3><ul class="mood-meter"><li>Happy</li><li>Sad</li><li>Angry</li><li>Don't Care</li><li>Inspired</li></ul></div>` +
		`<div class="plus-pitch"><h3>Support independent journalism</h3><p>Join Pintig+ for exclusive newsletters, events and an ad-free experience.</p></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/nation/senate-probe-delayed/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "make you feel") || strings.Contains(res.Text, "Inspired") {
		t.Errorf("reaction row kept in the body: %q", res.Text[len(res.Text)-120:])
	}
	if !strings.Contains(res.Text, "Paragraph 3") {
		t.Errorf("story text lost: %q", res.Text)
	}
}

// TestVideoPlaylistAfterStory: a station's playlist of suggested videos
// at the end of the story's body is not story text.
func TestVideoPlaylistAfterStory(t *testing.T) {
	doc := `<html><head><title>Aurora opens parking lot</title></head><body><article><h1>Aurora opens parking lot</h1><div class="article__body">` + paragraphs(4) +
		`<div class="article__section_type_video-playlist"><h2 class="video-playlist__title">SUGGESTED VIDEOS: Local Stories</h2><ul class="video-playlist__list">` +
		`<li>Broncos fans line up early for playoff tickets</li><li>Rockies announce new Coors Field food vendors</li></ul></div></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://kdnv.example/article/news/local/aurora-opens-parking-lot/73-6b1f0c2e", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "Broncos") || strings.Contains(res.Text, "SUGGESTED") {
		t.Errorf("playlist kept in the body: %q", res.Text)
	}
}

// TestPhotoEssayCaptions: a story told in its pictures' captions keeps the
// captions (not the photographer's credits) as its text; a story with a
// picture or two keeps its captions out.
func TestPhotoEssayCaptions(t *testing.T) {
	fig := func(caption string) string {
		return `<figure class="c-media-item"><img src="/p.jpg" alt=""><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">` + caption +
			`</span> <span class="c-media-item__credit">(Dana Whitfield / Lakeshore Ledger)</span></figcaption></figure>`
	}
	captions := []string{
		"Gary Lutz, 71, checks his tip-ups at dawn. He has fished the bay every winter since 1969 and has never seen the ice go out this early.",
		"A pickup truck tows a shanty across the softening ice toward the boat launch on Saturday, as the last anglers give up.",
		"Meltwater pools around an auger hole. Anglers say the ice is still eight inches thick in places but rotten on top.",
		"Lutz's grandson Caleb, 9, holds up a yellow perch. It was the only fish the pair caught in four hours on the bay.",
		"By afternoon only three shanties remained on the bay. Lutz says he will be back in December, whatever the weather.",
	}
	intro := `<p>On the last solid stretch of ice off Point Comfort, a dozen shanties still stood on Saturday morning, their owners unwilling to give up a season that began three weeks late and is ending three weeks early.</p>` +
		`<p>Warm weather has left the bay covered in slush and open water by midday. The county sheriff has urged anglers to stay off the ice, and most of the village has already hauled its shacks to shore.</p>`
	essay := intro
	for _, c := range captions {
		essay += fig(c)
	}
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"photo essay", essay, true},
		{"story with pictures", paragraphs(6) + fig(captions[0]) + fig(captions[1]), false},
	} {
		doc := `<html><head><title>Ice fishermen hang on</title></head><body><article><h1>Ice fishermen hang on as the lake thaws early</h1>` + c.body + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://ledger.example/news/2025/03/09/ice-fishermen-hang-on/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(res.Text, "Gary Lutz, 71"); got != c.want {
			t.Errorf("%s: caption in the text = %v, want %v: %q", c.name, got, c.want, res.Text)
		}
		if strings.Contains(res.Text, "Dana Whitfield / Lakeshore Ledger") {
			t.Errorf("%s: the photographer's credit is in the text", c.name)
		}
	}
}

// TestLeadAbove: a story's lead paragraph that the template sets between
// the headline and the body container, classed as the lead ("leadText"
// over the byline, an "ingress"), opens the body; a paragraph there with
// another class (a photo credit, a kicker) does not.
func TestLeadAbove(t *testing.T) {
	const lead = "Die Fähre zwischen Steinbach und Großwelzheim bekommt einen Nachfolger. Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen."
	page := func(class string) string {
		return `<html lang="de"><head><title>Stadtrat stimmt für neue Mainfähre</title></head><body><header class="site"><a href="/">Mainufer-Bote</a></header><main><article><header class="story-header">` +
			`<h1>Stadtrat stimmt für neue Mainfähre</h1><p class="` + class + `">` + lead + `</p><div class="authors">Von: <a href="/autoren/katrin-weber/">Katrin Weber</a></div>` +
			`<p class="timestamp"><time datetime="2025-03-11T06:00:00+01:00">Stand: 11.03.2025, 06:00 Uhr</time></p></header><figure><img src="/b.jpg" alt=""><figcaption>© Mainufer-Bote</figcaption></figure>` +
			`<div class="story-body">` + para("Steinbach", 5) + `</div></article></main></body></html>`
	}
	for _, c := range []struct {
		class string
		want  bool
	}{
		{"id-StoryElement-leadText", true},
		{"article__ingress", true},
		{"lead", true},
		{"photo-credit", false},
		{"leader-board", false},
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://mainufer.example/lokales/stadtrat-93581204.html", Body: []byte(page(c.class))})
		if err != nil {
			t.Fatalf("%s: %v", c.class, err)
		}
		if got := strings.HasPrefix(res.Text, lead+"\n"); got != c.want {
			t.Errorf("class %q: body opens with the lead = %v, want %v (text %.80q)", c.class, got, c.want, res.Text)
		}
	}
	// A tag page's cards each have a lead (web cg's Angular tag page):
	// none is the page's, and the page stays a list.
	tag, err := os.ReadFile("testdata/tag-card-leads.html")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://tiszai.example/cimke/tisza/", Body: tag})
	if err == nil || res.Kind == KindArticle {
		t.Errorf("tag page of cards with leads: kind %q (%s), want a list", res.Kind, res.Provenance["kind"])
	}
}

// TestLeadRepeatingDescription: a lead paragraph inside the story's
// container that repeats the page's description word for word opens the
// body when its class names it the lead (a broadcaster's "article-lead",
// a Nordic "ingress"); a dek classed as a summary or a standfirst is left
// out, as before.
func TestLeadRepeatingDescription(t *testing.T) {
	const lead = "En blers vitgs da l'Engiadina e da la Val Müstair han ils uffants festivà oz Chalandamarz cun plumpas e chanzuns."
	page := func(class string) string {
		return `<html lang="rm"><head><title>Chalandamarz: Ils uffants scatschan l'enviern</title><meta property="og:description" content="` + lead + `"></head><body><main><article>` +
			`<header><h1>Chalandamarz: Ils uffants scatschan l'enviern</h1><p class="meta">Publitgà: 01.03.2025, 07:30</p></header><p class="` + class + `">` + lead + `</p>` +
			`<div class="article-content"><p>La tradiziun vegn festivada il prim da mars. Ils scolars van da chasa en chasa, chantan e survegnan in pau daners u dultschs per la festa.</p>` +
			`<p>Cun la canera da las plumpas duain ils uffants scatschar l'enviern e clamar la primavaira. La festa finescha per regla cun in bal la saira en la sala da scola.</p>` +
			`<p>"Nus essan stads sin via dapi las set la damaun," ha ditg Ladina, che frequenta la quarta classa a Scuol. "Las plumpas èn grevas, ma quai fa plaschair."</p></div></article></main></body></html>`
	}
	for _, c := range []struct {
		class string
		want  bool
	}{
		{"article-lead", true},
		{"ingress", true},
		{"article-summary", false},
		{"standfirst", false},
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://rtg.example/novitads/regiunal/chalandamarz-ils-uffants-scatschan-l-enviern", Body: []byte(page(c.class))})
		if err != nil {
			t.Fatalf("%s: %v", c.class, err)
		}
		if got := strings.HasPrefix(res.Text, lead+"\n"); got != c.want {
			t.Errorf("class %q: body opens with the lead = %v, want %v (text %.80q)", c.class, got, c.want, res.Text)
		}
	}
}
