package extract

import (
	"fmt"
	"strings"
	"testing"
)

// productCards renders n shop cards, each with a name, a link and a price.
func productCards(n int) string {
	var b strings.Builder
	b.WriteString(`<ul class="grid">`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<li class="card"><a href="/p/kettle-%d">Kettle model %d in brushed steel</a><span class="amount">$%d.99</span></li>`, i, i, 20+i)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// customerReviews renders n signed and dated customer reviews.
func customerReviews(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="review"><p class="byline">By Jane Roe %d</p><time datetime="2024-05-0%dT10:00:00Z">May %d, 2024</time><p>Boils fast and pours cleanly, the lid is a little stiff but I would buy it again for the office.</p></div>`, i, i+1, i+1)
	}
	return b.String()
}

// TestKindMarkup: markup of forum engines, documentation generators and
// shops names the page kind, and the provenance names the marker; a page
// with an article's date or byline in a shop's or manual's frame stays an
// article.
func TestKindMarkup(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/help/">Help</a></nav>`
	dated := `<meta property="article:published_time" content="2024-05-02T10:00:00Z">`
	tests := []struct {
		name, url, head, body, want, prov string
	}{
		{"XenForo thread", "https://talk.example/why-kettles-scale.123/", "",
			`<div class="p-body-pageContent"><article class="message message--post"><div class="bbWrapper">` + paragraphs(6) + `</div></article></div>`, KindForum, "markup:class p-body-pagecontent"},
		{"forum theme's posts", "https://club.example/discussions/topic/first-workbench", dated,
			`<h1>First workbench</h1><div class="forum-post"><p class="byline">By Jane Doe</p>` + paragraphs(3) + `</div><div class="forum-post forum-post-reply">` + paragraphs(2) + `</div>`, KindForum, "markup:class forum-post"},
		{"Q&A microdata", "https://qa.example/how-to-descale", "",
			`<div itemscope itemtype="https://schema.org/QAPage"><h1>How to descale?</h1>` + paragraphs(6) + `</div>`, KindForum, "markup:itemtype qapage"},
		{"forum engine generator", "https://talk.example/kettles-and-scale", `<meta name="generator" content="Discourse 3.2">`,
			`<h1>Kettles and scale</h1>` + paragraphs(6), KindForum, "markup:generator discourse"},
		{"Sphinx manual page", "https://kettle.example/en/latest/install.html", "",
			`<div class="sphinxsidebar"><a href="/a">A</a></div><div class="body"><h1>Install</h1>` + paragraphs(8) + `</div>`, KindDocs, "markup:class sphinxsidebar"},
		{"edit link of a manual", "https://kettle.example/setup", "",
			`<h1>Setup</h1>` + paragraphs(8) + `<a href="https://github.com/x/y/edit/main/setup.md">Edit this page</a>`, KindDocs, "markup:link edit this page"},
		{"shop product microdata", "https://shop.example/blue-kettle", "",
			`<div itemscope itemtype="https://schema.org/Product"><h1>Blue kettle</h1>` + paragraphs(6) + `<span itemprop="price">29.99</span></div>`, KindProduct, "markup:itemtype product"},
		{"buy button", "https://shop.example/green-kettle", "",
			`<h1>Green kettle</h1>` + paragraphs(6) + `<form><button type="submit"> Add to cart </button></form>`, KindProduct, "markup:button add to cart"},
		{"shop category grid", "https://shop.example/kettles", "",
			`<h1>Kettles</h1>` + paragraphs(4) + productCards(14), KindListing, "markup:14 priced cards"},
		{"manual naming its author, undated", "https://kettle.example/en/latest/usage.html", `<meta name="author" content="Jane Doe">`,
			`<ul><li class="toctree-l1"><a href="/a">A</a></li></ul><h1>Usage</h1>` + paragraphs(8), KindDocs, "markup:class toctree-l1"},
		{"dated guide in a manual's frame", "https://kettle.example/blog/descaling-guide", dated,
			`<div class="sphinxsidebar"><a href="/a">A</a></div><h1>Descaling guide</h1>` + paragraphs(8), KindArticle, ""},
		{"dated review with a shop grid", "https://news.example/reviews/best-kettles", dated,
			`<h1>The best kettles</h1>` + paragraphs(6) + productCards(14), KindArticle, ""},
		{"manual page at a docs address whose engine declares a date", "https://kettle.example/docs/guides/descaling", `<meta property="og:type" content="article">` + dated,
			`<div class="sphinxsidebar"><a href="/a">A</a></div><h1>Descaling</h1>` + paragraphs(8), KindDocs, "markup:class sphinxsidebar"},
		{"dated byline at a docs address in a manual's frame", "https://kettle.example/docs/release-notes-for-version-two", `<meta name="author" content="Jane Doe">` + dated,
			`<div class="sphinxsidebar"><a href="/a">A</a></div><h1>Release notes</h1><p class="byline">By Jane Doe</p>` + paragraphs(8), KindArticle, ""},
		{"shop grid beside a brand blurb, og:type article", "https://drinks.example/brands/hakone", `<meta property="og:type" content="article">`,
			`<article><h1>Hakone</h1>` + paragraphs(3) + `</article><section class="products">` + productCards(14) + `</section>`, KindListing, "markup:14 priced cards"},
		{"undated buying guide with prices in its body, og:type article", "https://news.example/best-kettles-to-buy-this-winter", `<meta property="og:type" content="article">`,
			`<article><h1>The best kettles</h1>` + paragraphs(6) + productCards(14) + `</article>`, KindArticle, ""},
		{"product page whose customers sign and date their reviews", "https://shop.example/kettles/blue-kettle", "",
			`<h1>Blue kettle</h1>` + paragraphs(4) + `<form><button type="submit">Add to cart</button></form>` + customerReviews(3), KindProduct, "markup:button add to cart"},
		{"dated review story with a buy button and its own review box", "https://news.example/reviews/blue-kettle-tested", `<meta name="author" content="Jane Doe">` + dated,
			`<h1>Blue kettle, tested</h1><p class="byline">By Jane Doe</p>` + paragraphs(6) + `<div class="review"><p>Verdict: 4/5</p></div><a href="/buy"><button>Buy now</button></a>`, KindArticle, ""},
		{"a forum engine's news page with a dated byline", "https://vale.example/noticias/2311/prefeitura-anuncia-recapeamento.html", `<meta name="generator" content="vBulletin 3.8.7">`,
			`<div class="tborder"><h2 class="tcat">Prefeitura anuncia recapeamento da avenida</h2><div class="smallfont">Por Carla Mendes · Publicado em 04/03/2025 às 10h15</div>` + paragraphs(6) + `</div>`, KindArticle, ""},
		{"the same engine's news page without a byline", "https://vale.example/noticias/2312/festa.html", `<meta name="generator" content="vBulletin 3.8.7">`,
			`<div class="tborder"><h2 class="tcat">Festa do colono deve reunir 30 mil pessoas</h2>` + paragraphs(6) + `</div>`, KindForum, "markup:generator vbulletin"},
		{"the same engine's thread with a dated first post", "https://vale.example/forum/showthread.php", `<meta name="generator" content="vBulletin 3.8.7">`,
			`<div class="tborder"><h2 class="tcat">Festa do colono deve reunir 30 mil pessoas</h2><div class="smallfont">Por Carla Mendes · Publicado em 04/03/2025 às 10h15</div>` + paragraphs(6) + `</div>`, KindForum, "markup:generator vbulletin"},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := `<html><head><title>T</title>` + tt.head + `</head><body>` + nav + tt.body + `</body></html>`
			res, _ := ex.Extract(Input{URL: tt.url, Body: []byte(html)})
			if res.Kind != tt.want {
				t.Fatalf("kind = %q (%s), want %q", res.Kind, res.Provenance["kind"], tt.want)
			}
			if tt.prov != "" && res.Provenance["kind"] != tt.prov {
				t.Errorf("provenance = %q, want %q", res.Provenance["kind"], tt.prov)
			}
		})
	}
}
