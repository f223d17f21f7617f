package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAuthorBox checks the author read from an author box (portrait,
// name, biography) when the byline names no one or only the publisher,
// and the boxes and cards that must not give an author.
func TestAuthorBox(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	box := func(alt, name, bio string) string {
		return `<div class="box"><p><img src="/p.jpg" alt="` + alt + `"></p><h3>` + name + `</h3><p>` + bio + `</p></div>`
	}
	publisher := `<meta property="og:site_name" content="Town Post"><meta name="author" content="Town Post">`
	tests := []struct {
		name, head, after string
		want              []string
		prov              string
	}{
		{"portrait and biography after the article", "",
			box("Jane Doe", "About the writer", "Jane Doe is a freelance travel writer based in Lisbon who covers local politics."),
			[]string{"Jane Doe"}, "author-box"},
		{"biography by first name under the full name and role", "",
			`<hr><p><img src="/jd.png" alt="Jane Doe"></p><p><strong>Jane Doe</strong> <em>Independent Technology Writer</em></p>` +
				`<p>Jane explores the intersections of local government, budgets and the people they serve.</p>`,
			[]string{"Jane Doe"}, "author-box"},
		{"the publisher in the author tag yields to the author box", publisher,
			box("Picture of jane Doe", "Jane Doe", "Jane Doe is the Head of Marketing at Town Post and writes about the council."),
			[]string{"Jane Doe"}, "author-box:over-meta:author"},
		{"a biography that says no trade is no author box", "",
			box("Jane Doe", "Jane Doe", "Jane Doe lives in the old town with her two dogs and a very patient cat."), nil, ""},
		{"a product card is no author box", "",
			box("Garden Grill", "Garden Grill", "Garden Grill comes with a cover, two racks and a manager's guide to summer cooking."), nil, ""},
		{"cards of two people are a team, not an author box", "",
			box("Jane Doe", "Jane Doe", "Jane Doe is the founder of Town Post and writes about the council.") +
				box("John Roe", "John Roe", "John Roe is a senior editor at Town Post and covers the harbour."), nil, ""},
		{"a quoted expert's card is no author box", "",
			`<div class="expert-card">` + box("Jane Doe", "Jane Doe", "Jane Doe is a senior analyst at the Budget Institute in the capital.") + `</div>`, nil, ""},
		{"without a portrait there is no author box", "",
			`<h3>Jane Doe</h3><p>Jane Doe is a freelance travel writer based in Lisbon who covers local politics.</p>`, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Town Post</title>" + tc.head + "</head><body><article><h1>Council approves budget</h1>" +
				"<div class=\"text\">" + body + "</div>" + tc.after + "</article></body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/a/1", Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := res.Authors
			if strings.HasPrefix(res.Provenance["authors"], "meta:") {
				got = nil // the declared publisher kept
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("authors (-want +got):\n%s (provenance %q)", diff, res.Provenance["authors"])
			}
			if tc.want != nil && res.Provenance["authors"] != tc.prov {
				t.Errorf("provenance %q, want %q", res.Provenance["authors"], tc.prov)
			}
		})
	}
}

// councilBody is a short story's text for the author tests.
const councilBody = "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
	"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
	"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"

// checkAuthors extracts doc at url and compares its authors with want.
func checkAuthors(t *testing.T, url, doc string, want []string) {
	t.Helper()
	res, err := New(DefaultOptions()).Extract(Input{URL: url, Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if diff := cmp.Diff(want, res.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s (provenance %q)", diff, res.Provenance["authors"])
	}
}

// TestAvatarNames: a header byline of portraits with the names beside them
// beats a declared author that is only the publisher; the site's logo
// beside its name, a portrait whose alt is not the name shown, and
// portraits far below the headline give no one.
func TestAvatarNames(t *testing.T) {
	body := councilBody
	publisher := `<meta property="og:site_name" content="Signal Boost"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Council approves budget","author":{"@type":"Organization","name":"Signal Boost"},"publisher":{"@type":"Organization","name":"Signal Boost"}}</script>`
	logo := `<header><a href="/"><img src="/logo.png" alt="Signal Boost"><span>Signal Boost</span></a></header>`
	// (A newsletter platform's header: utility classes only.)
	avatars := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="flex items-center space-x-2"><div class="flex -space-x-2">`)
		for _, n := range names {
			b.WriteString(`<img class="h-8 w-8 rounded-full" src="/u/p.png" alt="` + n + `">`)
		}
		b.WriteString(`</div><div class="flex flex-col"><div class="flex space-x-1">`)
		for i, n := range names {
			if i > 0 {
				b.WriteString(`<span class="opacity-50">, </span>`)
			}
			b.WriteString(`<span class="text-sm font-semibold">` + n + `</span>`)
		}
		b.WriteString(`</div><div class="flex space-x-1 text-sm"><span class="opacity-75">February 20, 2025</span></div></div></div>`)
		return b.String()
	}
	tests := []struct {
		name, byline, after string
		want                []string
	}{
		{"one writer", avatars("Dana Whitfield"), "", []string{"Dana Whitfield"}},
		{"two writers", avatars("Dana Whitfield", "Rafael Ortiz"), "", []string{"Dana Whitfield", "Rafael Ortiz"}},
		{"a portrait of someone else", `<img src="/u/p.png" alt="Harbour at dawn"><span>Dana Whitfield</span>`, "", []string{"Signal Boost"}},
		{"portraits under the story", "", avatars("Dana Whitfield"), []string{"Signal Boost"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Signal Boost</title>" + publisher + "</head><body>" + logo +
				"<article><h1>Council approves budget</h1>" + tc.byline + "<div class=\"text\">" + body + body + "</div>" + tc.after + "</article></body></html>"
			checkAuthors(t, "https://signal.example/p/council-approves-budget", doc, tc.want)
		})
	}
}

// TestLetterSigner: a reader's letter is signed on its last line, with or
// without the place the reader writes from; the same line on a story that
// is no letter, or a last line that is a sentence, names no one.
func TestLetterSigner(t *testing.T) {
	body := councilBody
	tests := []struct {
		name, url, title, sign string
		want                   []string
	}{
		{"name and town", "https://courier.example/opinion/letters_to_editor/keep-the-library-open/", "Keep the library open", "<p>Harold Jensen, Millbrook</p>", []string{"Harold Jensen"}},
		{"name and town in brackets, in bold", "https://eco.example/villanueva/carta-al-director-el-autobus_10463.html", "El autobús a la capital", "<p><strong>Francisco Javier Molina (Villanueva del Campo)</strong></p>", []string{"Francisco Javier Molina"}},
		{"letter in the title", "https://krant.example/nieuws/345824/laat-de-pont-varen/", "Ingezonden brief: laat de pont varen", "<p><em>Anneke Bos</em></p>", []string{"Anneke Bos"}},
		{"the paper's note on letters after the signature", "https://courier.example/opinion/letters/article_660ac763.html", "Keep the library open",
			"<p>Ruth Ann Kowalski, Kearney</p><p>Letters must be 300 words or fewer and include the writer's name, address and phone number.</p>", []string{"Ruth Ann Kowalski"}},
		{"no letter", "https://courier.example/news/council-approves-budget/", "Council approves budget", "<p>Harold Jensen, Millbrook</p>", nil},
		{"a sentence last", "https://courier.example/opinion/letters/keep-the-library-open/", "Keep the library open", "<p>Please come, everyone.</p>", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>" + tc.title + "</title></head><body><article><h1>" + tc.title + "</h1><div class=\"text\">" + body + tc.sign + "</div></article></body></html>"
			checkAuthors(t, tc.url, doc, tc.want)
		})
	}
}

// TestPublisherFallbackGivesWay: an author link to the site's own account
// gives way to a reader's credit at the end of the post; on a personal
// site whose owner is the author, the post navigation's "Previous Post" is
// no name.
func TestPublisherFallbackGivesWay(t *testing.T) {
	body := councilBody
	tests := []struct {
		name, site, account, after string
		want                       []string
	}{
		{"a reader's credit at the end", "Little Wickham Village News", "Village News",
			"<p><em>Submitted by Margaret Dunn, WI Secretary</em></p>", []string{"Margaret Dunn"}},
		{"the owner of a personal site", "Damien Walter", "Damien Walter",
			`</div><nav class="nav-links"><a href="/2024/12/28/older/" rel="prev"><span class="meta-nav">Previous Post</span> <span class="post-title">Cavill must become an Astartes</span></a></nav><div>`, []string{"Damien Walter"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			slug := strings.ToLower(strings.ReplaceAll(tc.account, " ", "-"))
			doc := `<html><head><title>Council approves budget – ` + tc.site + `</title><meta property="og:site_name" content="` + tc.site + `"></head><body>` +
				`<article><h1>Council approves budget</h1><div class="entry-meta"><a href="/author/` + slug + `/">` + tc.account + `</a></div>` +
				`<div class="entry-content">` + body + body + tc.after + `</div></article></body></html>`
			checkAuthors(t, "https://site.example/2025/02/28/council-approves-budget/", doc, tc.want)
		})
	}
}
