package extract

import (
	"fmt"
	"html"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestBylineElements checks the authors read from byline elements that
// hold more than the names: dates, separators, roles, departments, the
// site's name, and the cases that must not give a name.
func TestBylineElements(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	tests := []struct {
		name, head, header, after string
		want                      []string
		prov                      string
	}{
		{"date then names", "", `<div class="dateAndAuthor">Dec 17, 2025 Alex David, Sönke Hahn, and Julian K. Arni</div>`, "",
			[]string{"Alex David", "Sönke Hahn", "Julian K. Arni"}, "byline"},
		{"date, separator, on behalf of", "", `<div class="publish-date-author">Dec. 19, 2025 &middot; Niko Matsakis on behalf of Vision Doc group</div>`, "",
			[]string{"Niko Matsakis"}, "byline"},
		{"name then date", "", `<p class="author">Andrew Gerrand<br>4 August 2010</p>`, "", []string{"Andrew Gerrand"}, "byline"},
		{"name beside a department", "", `<div class="post-author"><div>Liza Burke</div><div>Marketing</div></div>`, "",
			[]string{"Liza Burke"}, "byline"},
		{"one-word name beside a job title", "", `<div class="post-author"><div>Kev</div><div>Travel Blogger &amp; Photographer</div></div>`, "",
			[]string{"Kev"}, "byline"},
		{"name element before the box", "", `<div class="author-box">Insights from Liza Burke Marketing Director May 14, 2025` +
			`<div class="author-name">Liza Burke</div></div>`, "", []string{"Liza Burke"}, "byline"},
		{"one-word pen name", "", `<span class="post-info__item--type-author">Kev</span>`, "", []string{"Kev"}, "byline"},
		{"names alone, listed", "", `<div class="byline">Rob Hill, Lisa Chen</div>`, "", []string{"Rob Hill", "Lisa Chen"}, "byline"},
		{"names alone, joined", "", `<div class="byline">Juan Pérez y María López</div>`, "", []string{"Juan Pérez", "María López"}, "byline"},
		{"user name after by", "", `<div class="authorInfo">by jsteinhardt</div>`, "", []string{"jsteinhardt"}, "byline"},
		{"name with a digit", "", `<p class="byline">By 3i Global</p>`, "", []string{"3i Global"}, "byline"},
		{"month is not a name", "", `<span class="author">May</span>`, "", nil, ""},
		{"layout class value is not a name", "", `<div class="author">Style Text-center</div>`, "", nil, ""},
		{"hyphenated name", "", `<div class="author">Jean-Pierre Smith-Jones</div>`, "", []string{"Jean-Pierre Smith-Jones"}, "byline"},
		{"name and agency in brackets", "", `<div class="byline">Jane Doe (Reuters)</div>`, "", []string{"Jane Doe"}, "byline"},
		{"name, agency", "", `<p class="byline">Jane Doe, Reuters</p>`, "", []string{"Jane Doe"}, "byline"},
		{"name - agency", "", `<p class="byline">Jane Doe - AP</p>`, "", []string{"Jane Doe"}, "byline"},
		{"name beside the service it reports for", "", `<div data-testid="byline-new-contributors" class="ssrcss-68pt20-Text-TextContributorName e8mq1e96"><div class="ssrcss-1u2in0b-Container">` +
			`<span class="ssrcss-1kmwj4w-Text-TextContributorName">Kerry Ashdown</span>` +
			`<div class="ssrcss-84ltp5-Text e1jhz7w23">Local Democracy Reporting Service</div></div></div>`, "", []string{"Kerry Ashdown"}, "byline"},
		{"linked names in cards of their own, then the date", "", `<div class="ArtP-byline"><div class="ArtP-authors">By <div class="AuthorByline">` +
			`<a class="AuthorByline-name" href="/people/thomas-vang/">Thomas Vang</a></div><div class="AuthorByline"><a class="AuthorByline-name" href="/people/ana-castillo/">Ana Castillo</a></div></div>` +
			`<div class="ArtP-timestamp"><span class="ArtP-dateLabel">Published </span>February 6, 2025 at 10:15 AM PST</div></div>`, "",
			[]string{"Thomas Vang", "Ana Castillo"}, "byline"},
		{"a section's kicker in a meta line is no author", "", `<div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div>` +
			`<div class="meta"><span itemprop="author" class="tnt-byline">From staff reports</span></div>`, "", nil, ""},
		{"a desk's name that is also a label stays", "", `<div class="meta"><span class="author-name">Redacción</span></div>`, "", []string{"Redacción"}, "byline"},
		{"a desk's name in an author element stays", "", `<div class="meta"><span class="author-name">Metro Desk</span></div>`, "", []string{"Metro Desk"}, "byline"},
		{"a surname that starts with an organisation's word", "", `<div class="Page-authors">By <a class="Link" href="/a">JOHN HANNA</a> and ` +
			`<a class="Link" href="/b">MARGARET STAFFORD</a></div>`, "", []string{"John Hanna", "Margaret Stafford"}, "byline"},
		{"given names that start with organisation words", "", `<p class="byline">By Staffan Lind and Ann Pressler</p>`, "",
			[]string{"Staffan Lind", "Ann Pressler"}, "byline"},
		{"a desk's compound name beside a person", "", `<p class="byline">Von Anna Berg und Sportredaktion</p>`, "",
			[]string{"Anna Berg"}, "byline"},
		{"people and their publisher in JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget","author":[{"@type":"NewsMediaOrganization","name":"The Gazette"},{"@type":"Person","name":"Jane Doe"}]}</script>`, "", "",
			[]string{"Jane Doe"}, "jsonld"},
		{"commenter is not the author", "", "", `<div class="comments"><div class="comment-author-name">Doug Clow</div></div>`, nil, ""},
		{"teaser card after the article", "", "", `<div class="card"><span class="card-author">Lifestyle</span></div>`, nil, ""},
		{"declared publisher yields to the byline",
			`<meta property="og:site_name" content="USA TODAY"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"USA TODAY"}}</script>`,
			`<div class="byline"><a href="/staff/1">Brian Truitt</a> <span>USA TODAY</span></div>`, "", []string{"Brian Truitt"}, "byline:over-jsonld"},
		{"declared user name yields to the byline",
			`<meta name="author" content="kffnirmitap">`, `<div class="author-name">Nirmita Panchal</div>`, "", []string{"Nirmita Panchal"}, "byline:over-meta:author"},
		{"declared person is kept against a name after the article",
			`<meta name="author" content="Jane Doe">`, "", `<div class="author-name">John Roe</div>`, []string{"Jane Doe"}, "meta:author"},
		{"declared person is kept against a byline naming part of it",
			`<meta name="author" content="Jane Doe, John Roe">`, `<div class="author-name">Jane Doe</div>`, "", []string{"Jane Doe", "John Roe"}, "meta:author"},
		{"the account in a meta tag yields to the writer the byline shows",
			`<meta name="author" content="Jane Doe">`, `<div class="author-name">John Roe</div>`, "", []string{"John Roe"}, "byline:over-meta:author"},
		{"Written by in twitter labels",
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`, "", "", []string{"Jane Doe"}, "meta:twitter:data1"},
		{"JSON-LD person is kept against another name",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>`,
			`<p class="byline">By John Roe</p>`, "", []string{"Jane Doe"}, "jsonld"},
		{"names as list items",
			"", `<div class="meta"><span>Written by: <ul><li><a href="/authors/jane-doe/">Jane Doe</a></li><li><a href="/authors/john-roe/">John Roe</a></li></ul></span></div>`, "",
			[]string{"Jane Doe", "John Roe"}, "byline"},
		{"the byline beats a link to an expert's page",
			"", `<p class="authors--byline">By <span class="authors--author">Jane Doe</span></p>`,
			`<aside class="experts"><a href="/people/john-roe">John Roe</a></aside>`, []string{"Jane Doe"}, "byline"},
		{"a person named like the site is its owner, not the publisher",
			`<meta property="og:site_name" content="Jane Doe"><script type="application/ld+json">{"@type":"BlogPosting","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Jane Doe"}}</script>`,
			"", `<div class="comments"><a href="/author/john-roe">John Roe</a></div>`, []string{"Jane Doe"}, "jsonld"},
		{"credentials after the name", "", `<p class="byline">By Jane Doe, MS, RDN, LD</p>`, "", []string{"Jane Doe"}, "byline"},
		{"unlabelled byline under the headline with a job title and the date", "",
			`<p>Jane Doe | Senior Writer | July 2, 2025</p>`, "", []string{"Jane Doe"}, "byline:headline"},
		{"date then name under the headline", "",
			`<div class="hx-row"><span>2025-12-17</span><span>·</span><a title="Jane Doe"><div>Jane Doe</div></a></div>`, "", []string{"Jane Doe"}, "byline:headline"},
		{"categories under the headline are no byline", "",
			`<p>December 18, 2025 · Nonessential Thoughts, Technology</p>`, "", nil, ""},
		{"Contributors label", "", `<div class="tags"><div><strong>Contributors:</strong> Jane Doe</div></div>`, "", []string{"Jane Doe"}, "byline"},
		{"a reviewer's link is not an author's", "",
			`<div class="author-info">By <a href="/author/jane-doe">Jane Doe, DVM</a>. Reviewed by <a href="/author/john-roe">John Roe, DVM</a></div>`, "",
			[]string{"Jane Doe"}, "byline"},
		{"a reviewer's author-page link is not an author's", "",
			`<div><a href="/author/jane-doe">Jane Doe</a> <span>Medically reviewed by</span> <a href="/author/john-roe">John Roe</a></div>`, "",
			[]string{"Jane Doe"}, "author-link"},
		{"JSON-LD author by reference to a person node",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://news.example/#/schema/person/1"}},{"@type":"Person","@id":"https://news.example/#/schema/person/1","name":"Jane Doe"}]}</script>`,
			"", "", []string{"Jane Doe"}, "jsonld:ref"},
		{"the account a JSON-LD reference names yields to the writer the byline shows",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Jane Doe"}]}</script>`,
			`<p class="by-div">By: John Roe</p>`, "", []string{"John Roe"}, "byline:over-jsonld:ref"},
		{"a label alone with the names listed in the next block", "",
			`<div class="hero"><div class="hero-metadata__content"><h6>Publication Type</h6> Report</div><div class="hero-metadata__content"><h6>Author(s)</h6><ul><li><a href="/library/?a=1">Jane A. Doe</a></li><li><a href="/library/?a=2">John B. Roe</a></li></ul></div>` +
				`<div class="hero-metadata__content"><a href="#"><span>Copy Link to Clipboard</span></a></div></div>`, "",
			[]string{"Jane A. Doe", "John B. Roe"}, "byline"},
		{"a Chinese byline beats the account in a meta tag",
			`<meta name="author" content="admin">`, `<p class="article-author">记者：李四、王五</p>`, "", []string{"李四", "王五"}, "byline"},
		{"a Japanese byline beats a link to another writer's page", "",
			`<p class="byline">文／山田太郎</p>`, `<aside class="ranking"><a href="/author/sato">佐藤花子</a></aside>`, []string{"山田太郎"}, "byline"},
		{"a job title beside the name is not an author", "",
			`<p class="byline">By Jane Doe, Senior Analyst</p>`, "", []string{"Jane Doe"}, "byline"},
		{"a declared publisher does not yield to a 'by' line below the article's text",
			`<meta property="og:site_name" content="Book Shelf"><meta name="author" content="Book Shelf">`, "",
			`<p>Our critic picked the five best novels of the year, from a debut about a lighthouse keeper to a sprawling family saga set over three generations and two continents.</p>` +
				`<ul class="books"><li><p>by John Roe</p></li></ul>`, []string{"Book Shelf"}, "meta:author"},
		{"a person in a later tag beats the publisher in the author tag",
			`<meta property="og:site_name" content="Book Shelf"><meta name="author" content="Book Shelf">` +
				`<meta name="twitter:label1" content="Interview by"><meta name="twitter:data1" content="Jane Doe">`, "", "",
			[]string{"Jane Doe"}, "meta:twitter:data1"},
		{"an author box's link to the author's other articles", "", "",
			`<div class="writer"><p>Jane writes about payroll.</p><button aria-label="All articles by Jane Doe"><span>All articles by Jane Doe</span></button></div>`,
			[]string{"Jane Doe"}, "more-by"},
		{"a link to a section's posts is no author", "", "",
			`<div class="more"><a href="/topics/payroll">View all posts by Topic</a></div>`, nil, ""},
		{"a dotted user name in the author tag is kept when nothing better shows",
			`<meta name="author" content="jane.q.public">`, "", "", []string{"jane.q.public"}, "meta:author"},
		{"a host name in the author tag is no author",
			`<meta name="author" content="www.townpost.com">`, "", "", nil, ""},
		{"a handle in twitter:creator is no author",
			`<meta name="twitter:creator" content="AcmeExtension">`, "", "", nil, ""},
		{"a name in twitter:creator is kept",
			`<meta name="twitter:creator" content="Jane Doe">`, "", "", []string{"Jane Doe"}, "meta:twitter:creator"},
		{"a name in another script in twitter:creator is kept",
			`<meta name="twitter:creator" content="山田太郎">`, "", "", []string{"山田太郎"}, "meta:twitter:creator"},
		{"a one-dot host name in a byline is no author",
			"", `<p class="byline">By TownPost.com</p>`, "", nil, ""},
		{"an initial and a surname joined by a dot are kept",
			"", `<p class="byline">By J.Doe</p>`, "", []string{"J.Doe"}, "byline"},
		{"share buttons are no author", "", `<div class="author">Share Share</div>`, "", nil, ""},
		{"feed links are no author", "", `<div class="author">Home Rss Feed</div>`, "", nil, ""},
		{"a forum label is no author", "", `<span class="author">Joined</span>`, "", nil, ""},
		{"a name with a label's word is kept", "", `<div class="author">Glenn Close</div>`, "", []string{"Glenn Close"}, "byline"},
		{"code is no author", "", `<div class="author">String::from("Jane")</div>`, "", nil, ""},
		{"an unfilled template is no author", `<meta name="author" content="{{ post.author }}">`, "", "", nil, ""},
		{"a link arrow after the name goes", "", `<div class="author">Jane Doe »</div>`, "", []string{"Jane Doe"}, "byline"},
		{"a breadcrumb trail is no author", "", `<div class="author">Home Documentation Security Guides</div>`, "", nil, ""},
		{"a breadcrumb trail cut at bars is no author", "", `<div class="author">Home Office | Productivity Tools</div>`, "", nil, ""},
		{"a breadcrumb's item names are no author", "", `<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a itemprop="item" class="crumb-meta" href="/c/office/"><span itemprop="name">Office Productivity</span></a></li></ol>`, "", nil, ""},
		{"a button's label is no author", "", `<div class="author"><a href="/demo">Request Demo</a></div>`, "", nil, ""},
		{"a name after a verb-like first name is kept", "", `<div class="author">Joy Call</div>`, "", []string{"Joy Call"}, "byline"},
		{"two microdata authors", "", `<div class="art-info"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Irene Campos</span></span>, ` +
			`<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Marta Delgado</span></span></div>`, "",
			[]string{"Irene Campos", "Marta Delgado"}, "byline"},
		{"two rel=author links in an address", "", `<address class="author"><a rel="author" href="/people/0/">Meera Shah</a> <a rel="author" href="/people/1/">Hannah Price</a> </address>`, "",
			[]string{"Meera Shah", "Hannah Price"}, "byline"},
		{"a CJK name alone in a microdata author, a teaser's labelled byline after the article", "",
			`<div class="art-info"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">李娜</span></span></div>`,
			`<section class="related"><h2>相关新闻</h2><div class="teaser"><a href="/news/">老石桥</a> <span class="teaser-by">作者：赵敏</span></div></section>`,
			[]string{"李娜"}, "byline"},
		{"a teaser's labelled byline after the article is not the article's", "", "",
			`<section class="related"><h2>Related stories</h2><div class="teaser"><a href="/news/">Harbour reopens</a> <span class="teaser-by">By Oliver Grant</span></div></section>`,
			nil, ""},
		{"a German 'Stand:' date after the name", "", `<div class="info"><span>Von Petra Lindner</span> <span>Stand: 25/06/2025</span></div>`, "",
			[]string{"Petra Lindner"}, "byline"},
		{"citation authors in repeated metas",
			`<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="John Roe">`, "", "", []string{"Jane Doe", "John Roe"}, "meta:citation_author"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Site</title>" + tc.head + "</head><body><article><h1>Council approves budget</h1>" +
				tc.header + "<div class=\"text\">" + body + "</div></article>" + tc.after + "</body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/a/1", Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if diff := cmp.Diff(tc.want, res.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s (provenance %q)", diff, res.Provenance["authors"])
			}
			if tc.want != nil && !strings.HasPrefix(res.Provenance["authors"], tc.prov) {
				t.Errorf("provenance %q, want %q", res.Provenance["authors"], tc.prov)
			}
		})
	}
}

// TestDateishWord checks which words start the date part of a byline.
func TestDateishWord(t *testing.T) {
	for w, want := range map[string]bool{"2025": true, "17,": true, "12.03.2025": true, "10:30": true, "4th": true, "22nd": true,
		"3i": false, "Jane": false, "": false, "5G": false} {
		if got := dateishWord(w); got != want {
			t.Errorf("dateishWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzBylineElement feeds arbitrary text to the byline element reader and
// the label finder: no panic, bounded output, names from the input.
func FuzzBylineElement(f *testing.F) {
	for _, s := range []string{"Dec 17, 2025 Alex David, Sönke Hahn, and Julian K. Arni", "Dec. 19, 2025 · Niko Matsakis on behalf of X",
		"by jsteinhardt", "By 3i Global", "Published 3 May · Updated", "4th 22nd 2025 | — • \n", "Kev", "Insights from Liza Burke Marketing Director May 14, 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := `<html><body><article><h1>T</h1><div class="author">` + html.EscapeString(s) + `</div><p><span>` + html.EscapeString(s) +
			`</span> <time>3 May 2024</time></p></article></body></html>`
		p := parseForTest(t, doc)
		for _, i := range p.bylineNodes {
			a := p.bylineFromNode(i)
			if len(a) > 10 {
				t.Fatalf("%d names from %q", len(a), s)
			}
		}
		for _, i := range p.times {
			if l := p.timeLabel(p.nodes[i].n); l != "" && l != "published" && l != "updated" {
				t.Fatalf("timeLabel = %q", l)
			}
		}
		_ = stripLeadingDate(s)
		_ = bylineSegments(s)
		if a := citationNames([]string{s, s}); len(a) > 2 {
			t.Fatalf("%d citation names from two values %q", len(a), s)
		}
		// The same text as a line under the headline, as list items, in
		// a "Written by" meta and after a reviewer label.
		e := html.EscapeString(s)
		doc = `<html><head><title>Council approves budget</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="` + e +
			`"></head><body><article><h1>Council approves budget</h1><p>` + e + ` | May 3, 2024</p><div>Written by: <ul><li>` + e + `</li><li>` + e +
			`</li></ul></div><div>` + e + ` <a href="/author/x">` + e + `</a></div><p>The council approved the budget on Monday after a long debate.</p>` +
			`<button aria-label="All articles by ` + e + `">All articles by ` + e + `</button></article></body></html>`
		p = parseForTest(t, doc)
		p.res = &Result{Provenance: map[string]string{}}
		p.normTitle = normTitle("Council approves budget")
		p.meta = map[string]string{"twitter:label1": "Written by", "twitter:data1": s}
		for _, a := range [][]string{p.shownByline(), p.headlineByline(), p.labelledByline(), p.authorLinkNames(), p.moreByAuthor(), p.visiblePeople()} {
			if len(a) > 10 {
				t.Fatalf("%d names from %q", len(a), s)
			}
		}
		if _, a := p.twitterWrittenBy(); len(a) > 10 {
			t.Fatalf("%d names from %q", len(a), s)
		}
	})
}

// TestCredentials checks that degrees after a name come off and alone are
// no name.
func TestCredentials(t *testing.T) {
	for in, want := range map[string]string{"Shelby Loos, DVM": "Shelby Loos", "Jane Doe, M.D., Ph.D.": "Jane Doe", "Doe, Jane": "Doe, Jane", "Jane Doe": "Jane Doe"} {
		if got := cutCredentials(in); got != want {
			t.Errorf("cutCredentials(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanAuthors([]string{"Shelby Loos", "DVM", "Molly Price, DVM"}); !cmp.Equal(got, []string{"Shelby Loos", "Molly Price"}) {
		t.Errorf("cleanAuthors = %q", got)
	}
}

// TestPostedByLine checks that a blog's closing line that gives both the
// byline and the date ("Posted by David at December 16, 2025 11:15 AM")
// yields the author as well as leaving the body.
func TestPostedByLine(t *testing.T) {
	doc := `<html><head><title>Vibe coding</title></head><body><div class="blog"><h1>Vibe coding</h1><div class="entry">` +
		`<p>This month I tried to write a small program by talking to an agent instead of typing the code myself, and it went better than I feared.</p>` +
		`<p>The agent wrote its own tests, kept notes on what it had tried, and built tools that a large engineering team would recognise.</p>` +
		`<p>That kind of tooling is what people need to follow a program whose every line they did not write themselves.</p>` +
		`<span class="posted">Posted by David at December 16, 2025 11:15 AM<br></span></div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://blog.example/archives/2025/12/16/vibe.html", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if diff := cmp.Diff([]string{"David"}, res.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s (provenance %q)", diff, res.Provenance["authors"])
	}
	if strings.Contains(res.Text, "Posted by") {
		t.Errorf("the byline line stayed in the body: %q", res.Text)
	}
}

// TestBylineLabelBuckets checks that the byline label lookup by first
// letter finds every label however the page cases it.
func TestBylineLabelBuckets(t *testing.T) {
	for _, l := range bylineLabels {
		for _, v := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:]} {
			if !strings.EqualFold(v, l) {
				continue // a case mapping that changes the length
			}
			first, _ := utf8.DecodeRuneInString(v)
			found := false
			for _, b := range bylineLabelsByFirst[foldKey(first)] {
				found = found || b == l
			}
			if !found {
				t.Errorf("label %q written %q is not in its bucket", l, v)
			}
		}
	}
	if names, ok := bylineNames("АВТОР: Иван Петров"); !ok || names != "Иван Петров" {
		t.Errorf("bylineNames(АВТОР: Иван Петров) = %q, %v", names, ok)
	}
}

// TestTeaserLinkNotByline: a teaser whose headline opens like a byline
// ("Von Einheimischen, Gästen und …") and is all one link to a story is
// not the article's byline; a labelled byline that is all one link to
// the author's page is.
func TestTeaserLinkNotByline(t *testing.T) {
	for _, c := range []struct {
		block string
		want  []string
	}{
		{`<div class="ranking"><a href="/lenk/Von-Einheimischen-Gaesten-43143.html">Von Einheimischen, Gästen und Kühen</a></div>`, nil},
		{`<div class="ranking"><a href="/autor/max-muster/">Von Max Muster</a></div>`, []string{"Max Muster"}},
	} {
		doc := `<html lang="de"><head><title>Trinkwasser belastet</title></head><body><article><h1>Trinkwasser belastet</h1>` + c.block + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.zeitung.example.ch/region/trinkwasser-43150.html", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: Authors = %q (%s), want %q", c.block, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestBylineForms covers byline forms seen on a crawl of unfamiliar
// publishers: Korean reporters joined by a middle dot, a Turkish
// abbreviated weekday after the names, a name part that is also an
// English day's abbreviation ("Thu"), and a Vietnamese story signed in
// bold at its end.
func TestBylineForms(t *testing.T) {
	lead := strings.Repeat("Chính quyền thành phố cho biết công trình sẽ giúp giảm ùn tắc vào giờ cao điểm. ", 4)
	for _, c := range []struct {
		name, lang, article string
		want                []string
	}{
		{"korean middle dot", "ko", `<p class="byline">김민수·이지은 기자</p>` + paragraphs(4), []string{"김민수", "이지은"}},
		{"turkish weekday", "tr", `<div class="meta"><span class="muhabir">Haber: Ayşe Yılmaz ve Mehmet Demir</span> <time>Çar, 12 Mar 2025 18:30</time></div>` + paragraphs(4), []string{"Ayşe Yılmaz", "Mehmet Demir"}},
		{"signature after the body", "vi", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p>` + lead + `</p></div><p class="Normal" style="text-align:right;"><strong>Hoàng Nam - Thu Hà</strong></p><div class="tags"><a href="/tag/giao-thong/">#giao thông</a></div>`, []string{"Hoàng Nam", "Thu Hà"}},
		{"signature before a share bar and readers' comments", "vi", `<div class="sidebar-1"><article class="fck_detail"><p class="Normal">` + lead + `</p><p class="Normal">` + lead + `</p><p class="Normal">` + lead + `</p><p class="Normal" style="text-align:right;"><strong>Phóng viên Trần Thị Mai</strong></p></article>` +
			`<div class="footer-content"><div class="social_share">Chia sẻ</div></div><section class="box_comment_vne"><h3>Ý kiến bạn đọc</h3><div class="cmt"><b>Minh Tuấn</b> <time>Thứ tư, 5/3/2025, 18:21 (GMT+7)</time><p>Mong cầu sớm hoàn thành để giảm kẹt xe.</p></div></section></div>`, []string{"Trần Thị Mai"}},
		{"a signature classed podpis, in italics, set to the right", "hsb", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p>` + lead + `</p></div><p class="podpis" align="right"><i>Marja Kralowa</i></p><p class="rubrika">Rubrika: <a href="/rubrika/towarstwo/">Towarstwo</a></p>`, []string{"Marja Kralowa"}},
		{"signature with the writer's own photos", "be", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p>` + lead + `</p></div><p style="text-align: right;"><strong>Наталля ЛІТВІНА, фота аўтара</strong></p>`, []string{"Наталля Літвіна"}},
		{"signed by the agency", "vi", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p>` + lead + `</p></div><p class="Normal" style="text-align:right;"><strong>Theo TTXVN</strong></p>`, []string{"TTXVN"}},
		{"bold line not set apart", "vi", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p><strong>Hoàng Nam - Thu Hà</strong></p></div>`, nil},
		{"japanese credit at the end", "ja", `<div class="body"><p>` + lead + `</p><p>` + lead + `</p></div><p class="writer">（文・中村健一、小林美咲）</p>`, []string{"中村健一", "小林美咲"}},
		{"japanese credit over the publisher", "ja", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"みなと新報"},"publisher":{"@type":"Organization","name":"みなと新報"}}</script>` +
			`<div class="body"><p>` + lead + `</p><p>` + lead + `</p></div><p class="writer">（文・中村健一）</p>`, []string{"中村健一"}},
		{"japanese desk and reporter at the end, over the publisher", "ja", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"道北日報"},"publisher":{"@type":"Organization","name":"道北日報"}}</script>` +
			`<div class="body"><p>` + lead + `</p><p>` + lead + `</p><p>（旭川報道部 佐藤美咲）</p></div>`, []string{"佐藤美咲"}},
		{"a columnist's page link and role over the publisher", "pt", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"Diário do Vale"},"publisher":{"@type":"Organization","name":"Diário do Vale"}}</script>` +
			`<div class="autoria"><a href="/esportes/colunistas/beto-lima/">Beto Lima</a> <span class="colunista-cargo">Colunista de esportes</span></div>` + paragraphs(4), []string{"Beto Lima"}},
		{"a correspondent's 'From' line over the paper declared", "en", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"Ledger Online"},"publisher":{"@type":"Organization","name":"The Lagos Ledger"}}</script>` +
			`<div class="entry-content"><p><strong>From Femi Adeyemi, Abuja</strong></p>` + paragraphs(4) + `</div>`, []string{"Femi Adeyemi"}},
		{"'From our correspondent' names no one", "en", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"Ledger Online"},"publisher":{"@type":"Organization","name":"The Lagos Ledger"}}</script>` +
			`<div class="entry-content"><p><strong>From Our Correspondent, Abuja</strong></p>` + paragraphs(4) + `</div>`, []string{"Ledger Online"}},
		{"chinese credit opening the text", "zh-TW", `<div class="body"><p>〔記者陳建宏、林怡君／高雄報導〕` + lead + `</p><p>` + lead + `</p></div>`, []string{"陳建宏", "林怡君"}},
		{"paper's name in a block after the name", "en", `<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/danielle-ruiz/">Danielle Ruiz</a><div class="gnt_ar_by_j">The Hudson Courier-Journal</div></div><div class="gnt_ar_dt">Published 6:24 p.m. ET March 3, 2025</div>` + paragraphs(4), []string{"Danielle Ruiz"}},
		{"two names and the paper's in a block", "en", `<div class="gnt_ar_by">Marcus Webb and Tanya Hollis<div class="gnt_ar_by_j">The Hudson Courier-Journal</div></div><div class="gnt_ar_dt">Published 6:24 p.m. ET March 3, 2025</div>` + paragraphs(4), []string{"Marcus Webb", "Tanya Hollis"}},
		{"place then the agency", "ar", `<div class="article-info"><span class="writer">الشارقة - وام</span></div>` + paragraphs(4), []string{"وام"}},
		{"agency alone in the byline", "de", `<div class="story-byline"><span class="article-origins">APA</span></div>` + paragraphs(4), []string{"APA"}},
		{"author cards side by side", "fr", `<div class="author-cards"><div class="author-card"><img src="/a.jpg" alt=""><p class="author-card__name"><a href="/auteurs/marie-eve-tremblay/">Marie-Ève Tremblay</a>, <span>journaliste principale</span></p></div>` +
			`<div class="author-card"><img src="/b.jpg" alt=""><p class="author-card__name"><a href="/auteurs/jean-francois-gagnon/">Jean-François Gagnon</a>, <span>journaliste</span></p></div></div>` + paragraphs(4), []string{"Marie-Ève Tremblay", "Jean-François Gagnon"}},
		{"author cards after the text, the name a level down", "en", paragraphs(4) + `<aside class="author-card-module--card--4c1d2"><div class="avatar"><img alt="Sam Whitaker" src="/s.jpg"/></div><div><p class="author-card-module--name--9e8f7"><a href="/authors/sam-whitaker/">Sam Whitaker</a></p><p class="author-card-module--bio--1a2b3">Sam Whitaker reports on farms.</p></div></aside>` +
			`<aside class="author-card-module--card--4c1d2"><div class="avatar"><img alt="Elaine Porter" src="/e.jpg"/></div><div><p class="author-card-module--name--9e8f7"><a href="/authors/elaine-porter/">Elaine Porter</a></p><p class="author-card-module--bio--1a2b3">Elaine Porter is the editor.</p></div></aside>`, []string{"Sam Whitaker", "Elaine Porter"}},
		{"city after the names", "es", `<div class="nota-autor">Por <a href="/autor/ana/">Ana Lucía Hernández</a> y <a href="/autor/jorge/">Jorge Ramírez</a> en Ciudad de México</div>` + paragraphs(4), []string{"Ana Lucía Hernández", "Jorge Ramírez"}},
		{"chinese credit after the dateline", "zh", `<div class="body"><p>新华社济南3月19日电（记者 陈晨）` + lead + `</p><p>` + lead + `</p></div>`, []string{"陈晨"}},
		{"japanese family and given names set apart by a space", "ja", `<div class="credit"><span class="writer">取材・文：佐藤 美咲</span><span class="photo">撮影：山本 健</span></div>` + paragraphs(4), []string{"佐藤 美咲"}},
		{"arabic names set apart by a dash", "ar", `<div class="author">كتبت سارة محمود - منى علي</div>` + paragraphs(4), []string{"سارة محمود", "منى علي"}},
		{"arabic writer, then the photographer after a dash", "ar", `<div class="author">كتب مصطفى عبد التواب - تصوير حسام عاطف</div>` + paragraphs(4), []string{"مصطفى عبد التواب"}},
		{"swahili label, the writer's page link and a 'more by' note", "sw", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"Mwangaza"},"publisher":{"@type":"Organization","name":"Mwangaza"}}</script>` +
			`<div class="article-byline"><p class="byline">Na <a href="/mw/wandishi/juma-issihaka-4410/">Juma Issihaka</a> <span class="more-by">Zaidi kutoka kwa mwandishi huyu</span></p></div>` + paragraphs(4), []string{"Juma Issihaka"}},
		{"hebrew byline lists more than the declared author", "he", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Person","name":"אלון גולן"}}</script>` +
			`<div class="entry-meta"><span class="author-name">אלון גולן ונועה שמיר</span> <span class="post-date">פורסם: 04/03/2025 00:40 | עודכן: 04/03/2025 09:12</span></div>` + paragraphs(4), []string{"אלון גולן", "נועה שמיר"}},
		{"hebrew name and the writer's beat after a comma", "he", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Person","name":"רוני כהן"}}</script><div class="entry-meta"><span class="author-name">רוני כהן, כתב הצפון</span></div>` + paragraphs(4), []string{"רוני כהן"}},
		{"arabic byline lists more than the declared author", "ar", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Person","name":"سارة محمود"}}</script>` +
			`<div class="writeBy"><span class="newsWriter">كتبت سارة محمود - منى علي</span></div>` + paragraphs(4), []string{"سارة محمود", "منى علي"}},
		{"a reader's role in lower case after her name", "fr", `<p class="byline">Par Mathilde Guérin, parent d'élève</p>` + paragraphs(4), []string{"Mathilde Guérin"}},
		{"uCoz comments after the story are not its byline", "ru", paragraphs(4) + `<div align="right"><b>Ирина Соколова</b></div><div id="allEntries"><div class="comEnt" id="comEnt4120"><div class="cTop"><span class="cNum">1</span> <a href="javascript://" class="cAuthor">Виктор</a> <span class="cDate">(09.03.2025 15:02)</span></div>` +
			`<div class="cMessage">Наконец-то. Ямы на мосту такие, что машину жалко.</div></div></div>`, []string{"Ирина Соколова"}},
		{"a press release posted under its kind's name", "de", `<p class="byline">Von Pressemitteilung</p>` + paragraphs(4), nil},
		{"a sponsor's credit is no byline", "fr", `<p class="byline">Proposé par EnerSmart</p>` + paragraphs(4), nil},
		{"the photographer's card beside the declared reporter's", "nb", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Person","name":"Kari Holm"}}</script><ul class="c-byline"><li class="c-byline__author"><a href="/forfatter/kari-holm"><span class="c-byline__name">Kari Holm</span></a><span class="c-byline__role">journalist</span></li>` +
			`<li class="c-byline__author"><a href="/forfatter/ola-berg"><span class="c-byline__name">Ola Berg</span></a><span class="c-byline__role">fotograf</span></li></ul>` + paragraphs(4), []string{"Kari Holm"}},
		{"two author cards under the headline, each with its role in lower case", "fr", `<div class="author-cards"><div class="author-card"><p class="author-card__name"><a href="/auteurs/a/">Marie-Ève Tremblay</a>, <span class="author-card__role">journaliste principale</span></p></div>` +
			`<div class="author-card"><p class="author-card__name"><a href="/auteurs/b/">Jean-François Gagnon</a>, <span class="author-card__role">journaliste</span></p></div></div><div class="article__dates"><span>Publié le 14 mars 2025 à 8 h 40</span></div>` + paragraphs(4), []string{"Marie-Ève Tremblay", "Jean-François Gagnon"}},
		{"chinese names set apart by spaces", "zh", `<div class="author">记者 王芳 刘洋</div>` + paragraphs(4), []string{"王芳", "刘洋"}},
		{"labelled piece of a long meta line", "tr", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"Karadeniz Gündem"},"publisher":{"@type":"Organization","name":"Karadeniz Gündem"}}</script>` +
			`<div class="haber-bilgi"><span class="muhabir">Muhabir: Emre Yıldız</span> <span class="tarih">Yayınlanma: 10 Mart 2025 Pazartesi 07:40</span> <span class="guncelleme">Güncellenme: 10 Mart 2025 Pazartesi 09:40</span></div>` + paragraphs(4), []string{"Emre Yıldız"}},
		{"columnist's box over the publisher", "en", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Organization","name":"The Lagos Ledger"},"publisher":{"@type":"Organization","name":"The Lagos Ledger"}}</script>` +
			paragraphs(4) + `<div class="author-box"><img src="/img/authors/adaeze-okonkwo.jpg" alt=""><h4>About the author</h4><p class="author-name">Adaeze Okonkwo</p>` +
			`<p class="author-bio">Adaeze Okonkwo is a transport economist and a columnist for The Lagos Ledger. She writes every Wednesday.</p></div>`, []string{"Adaeze Okonkwo"}},
		{"city after english names and before the date", "en", `<div class="post-meta"><span class="meta-author">By Aisha Bello and Musa Ibrahim, Kano</span> <span class="date meta-item">Published 18 March 2025 at 11:05 WAT</span></div>` + paragraphs(4), []string{"Aisha Bello", "Musa Ibrahim"}},
		{"agency after english names", "en", `<div class="post-meta"><span class="meta-author">By Jane Doe, Reuters</span></div>` + paragraphs(4), []string{"Jane Doe"}},
		{"slovenian names joined by 'in'", "sl", `<p class="byline">Avtor: Luka Novak in Maja Horvat</p>` + paragraphs(4), []string{"Luka Novak", "Maja Horvat"}},
		{"an english name and the place after 'in'", "en", `<p class="byline">By Jane Doe in New York</p>` + paragraphs(4), []string{"Jane Doe"}},
		{"serbian label", "sr", `<span class="byline">Аутор: Никола Јовановић</span> <time class="pub">9. март 2025. 16:40</time>` + paragraphs(4), []string{"Никола Јовановић"}},
		{"malay name before a date in hb", "ms", `<div class="meta"><span class="byline">Oleh Nurul Aina Hashim</span> <time class="pub">3hb Mac 2025, 6:24 petang</time></div>` + paragraphs(4), []string{"Nurul Aina Hashim"}},
		{"filipino label before a month", "tl", `<div class="meta"><span class="byline">Ni Jose Reyes</span> <time class="pub">Marso 9, 2025 | 8:30 AM</time></div>` + paragraphs(4), []string{"Jose Reyes"}},
		{"hindi label", "hi", `<p class="byline">लेखक: रवि शर्मा</p>` + paragraphs(4), []string{"रवि शर्मा"}},
		{"slovenian label", "sl", `<p class="byline">Avtor: Maja Novak</p>` + paragraphs(4), []string{"Maja Novak"}},
		{"marathi label and joiner", "mr", `<p class="author">द्वारा अश्विनी कुलकर्णी आणि मंगेश जाधव</p>` + paragraphs(4), []string{"अश्विनी कुलकर्णी", "मंगेश जाधव"}},
		{"urdu joiner", "ur", `<p class="byline">تحریر: فاطمہ ملک اور بلال احمد</p>` + paragraphs(4), []string{"فاطمہ ملک", "بلال احمد"}},
		{"icelandic plural label", "is", `<p class="byline">Höfundar: Sigríður Ólafsdóttir og Jón Gunnarsson</p>` + paragraphs(4), []string{"Sigríður Ólafsdóttir", "Jón Gunnarsson"}},
		{"hebrew conjunction", "he", `<span class="authorName">מאת: דנה לוי ויוסי כהן</span>` + paragraphs(4), []string{"דנה לוי", "יוסי כהן"}},
		{"byline lists more than the declared author", "da", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cầu mới bắc qua kênh","author":{"@type":"Person","name":"Mette Nielsen"}}</script>` +
			`<h4 class="author-name">Af <a href="/author/mette-nielsen/">Mette Nielsen</a> og <a href="/author/soren-jensen/">Søren Jensen</a></h4>` + paragraphs(4), []string{"Mette Nielsen", "Søren Jensen"}},
	} {
		doc := `<html lang="` + c.lang + `"><head><title>Cầu mới bắc qua kênh</title></head><body><article><h1>Cầu mới bắc qua kênh</h1>` + c.article + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example.vn/thoi-su/cau-moi-40400.html", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: Authors = %q (%s), want %q", c.name, res.Authors, res.Provenance["authors"], c.want)
		}
	}
	for in, want := range map[string][]string{
		"Hoàng Nam, Thu Hà":      {"Hoàng Nam", "Thu Hà"},
		"Jane Doe Thu Dec 4":     {"Jane Doe"},
		"Jane Doe Thu, 4 Dec":    {"Jane Doe"},
		"Per Andersson":          {"Per Andersson"},
		"Ayşe Yılmaz Sal, 4 Mar": {"Ayşe Yılmaz"},
	} {
		if got := splitAuthors(in); !slices.Equal(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFooterWritersLinkAndPlace: the only author-page link of a page sits
// in a footer named by its id ("<div id=footer>… <a href=/author/478/>the
// writers</a>"): it names no author, and the byline element, which gives
// the place the story was filed from before the name ("دبي: محمد
// الحمادي"), does.
func TestFooterWritersLinkAndPlace(t *testing.T) {
	page := `<html lang="ar"><head><title>دبي تطلق خطاً جديداً للحافلات البحرية</title></head><body>
<div class="article-page"><h1 class="article-title">دبي تطلق خطاً جديداً للحافلات البحرية</h1>
<div class="article-info"><span class="writer">دبي: محمد الحمادي</span><span class="publish-date">٣ مارس ٢٠٢٥</span></div>
<div class="text">` + paragraphs(5) + `</div></div>
<div id="footer"><div class="links"><a href="/about/">من نحن</a> · <a href="/author/478/">الكتّاب</a></div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/uae/642019/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Authors) != 1 || res.Authors[0] != "محمد الحمادي" {
		t.Errorf("Authors = %q (%s), want the reporter, not the footer's link", res.Authors, res.Provenance["authors"])
	}
	// Without the byline element the footer's link still names nobody.
	page = strings.Replace(page, `<span class="writer">دبي: محمد الحمادي</span>`, "", 1)
	res, err = New(DefaultOptions()).Extract(Input{URL: "https://news.example/uae/642019/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Authors) != 0 {
		t.Errorf("Authors = %q (%s), want none", res.Authors, res.Provenance["authors"])
	}
}

// TestDeclaredDeskOrSiteLosesToByline: what a page declares as its author
// gives way to the people its byline names when the declaration is a
// news desk, a content system's default account or the site's own name
// declared as a Person; an agency after a source label is the credit; a
// byline stops at the next field's label.
func TestDeclaredDeskOrSiteLosesToByline(t *testing.T) {
	body := `<div class="text">` + paragraphs(5) + `</div>`
	tests := []struct {
		name, head, byline, lead string
		want                     []string
	}{
		{"desk in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"İzmir metrosu uzatılıyor","author":{"@type":"Person","name":"Ege Postası Haber Merkezi"}}</script>`,
			`<div class="meta"><span class="reporter">Muhabirler: Mehmet Demir ve Elif Kaya</span><span class="date">Giriş: 03 Mart 2025 Pazartesi 15:04</span></div>`, "", []string{"Mehmet Demir", "Elif Kaya"}},
		{"site name as a Person", `<meta property="og:site_name" content="Gazeta de Cluj"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Licitația pentru metrou, amânată","author":{"@type":"Person","name":"Gazeta de Cluj"}}</script>`,
			`<span class="tdb-author-by">Autor: <a href="/author/andrei-popescu/">Andrei Popescu</a> și <a href="/author/ioana-marin/">Ioana Marin</a></span>`, "", []string{"Andrei Popescu", "Ioana Marin"}},
		{"site name as a Person, an agency credited", `<meta property="og:site_name" content="Gazeta de Cluj"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Festivalul anunță filmul de deschidere","author":{"@type":"Person","name":"Gazeta de Cluj"}}</script>`,
			`<span class="tdb-author-by">Sursa: Agerpres</span>`, "", []string{"Agerpres"}},
		{"site in JSON-LD, an agency's initials labelled", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Uhrenindustrie spürt schwächere Nachfrage","author":{"@type":"Organization","name":"Seeländer Bote"},"publisher":{"@type":"Organization","name":"Seeländer Bote"}}</script>`,
			`<div class="story-info"><span class="author">Autor: SDA</span></div>`, "", []string{"SDA"}},
		{"default account", `<meta name="author" content="Chronicle Admin">`,
			`<div class="byline">By <span class="author-name">Chinedu Okafor</span></div>`, "", []string{"Chinedu Okafor"}},
		{"default account, byline opening the body", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Petrol queues return","author":{"@type":"Person","name":"Chronicle Admin"}}</script>`,
			`<div class="post-meta"><span class="meta-author"><a href="/author/chronicle-admin/" class="author-name" title="Chronicle Admin">Chronicle Admin</a></span><span class="date">March 3, 2025</span></div>`,
			`<p><strong>By CHINEDU OKAFOR</strong></p>`, []string{"Chinedu Okafor"}},
		{"an agency's story names its reporters", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rand firms","author":{"@type":"Organization","name":"Reuters"}}</script>`,
			`<span class="author">By Reuters</span>`, `<p class="wire-credit"><em>Reporting by Lerato Khumalo in Johannesburg and Pieter van Wyk in Cape Town; Editing by Helen Marsh</em></p>`,
			[]string{"Lerato Khumalo", "Pieter van Wyk"}},
		{"source label", "", `<div class="autor-zeile">Quelle: APA</div>`, "", []string{"APA"}},
		{"label after the name", "", `<div class="byline"><span>Muhabir: Ayşe Yılmaz</span><span class="date">Giriş: 03 Mart 2025 Pazartesi 15:04</span></div>`, "", []string{"Ayşe Yılmaz"}},
		{"desk in meta, credit in the lead", `<meta name="author" content="江南网新闻">`, "",
			`<p>新华社杭州3月3日电（记者 张建国 李晓燕）杭州市今天发布了新的城市交通规划，地铁线路将延伸到更多的郊区和新城。</p>`, []string{"张建国", "李晓燕"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAuthors(t, bylinePage(tt.head, tt.byline+tt.lead+body), tt.want)
		})
	}
}

// TestBylineRolesAndCase: a job or desk after a slash, an outlet's
// initials after a comma and a name printed in capitals (written as the
// page writes it elsewhere, else as printed).
func TestBylineRolesAndCase(t *testing.T) {
	body := `<div class="text">` + paragraphs(5) + `</div>`
	tests := []struct {
		name, byline, more string
		want               []string
	}{
		{"role after a slash", `<div class="article-byline"><span class="byline-author">Kimberly Grant/Staff Reporter</span></div>`, "", []string{"Kimberly Grant"}},
		{"a job title after the comma", `<div class="byline"><span class="byline-name">Hemi Walker, Local Democracy Reporter</span></div>`, "", []string{"Hemi Walker"}},
		{"an executive's title after the comma", `<span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/mia-schultz/">Mia Schultz</a></span>, VP Supply Chain, FreightWise</span>`, "", []string{"Mia Schultz"}},
		{"a reviewer's credit run on after the name", `<div class="article-meta"><p class="author">Written by <a href="/authors/karen-holt/">Karen Holt</a></p><p class="reviewer">Medically reviewed by <a href="/doctors/samuel-obi/">Samuel Obi, MD</a></p></div>`, "", []string{"Karen Holt"}},
		{"an office after the name", `<p class="byline">By Kevin Osei, Office of Water</p>`, "", []string{"Kevin Osei"}},
		{"a role in brackets cut at a place", `<meta property="og:site_name" content="Le Bâtiment Hebdo"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Organization","name":"Le Bâtiment Hebdo"}}</script><p class="bh-auteur">Par <a href="/auteur/sophie-garnier/">Sophie Garnier</a> (correspondante à Lyon)</p>`, "", []string{"Sophie Garnier"}},
		{"outlet's initials", `<div class="byline"><span class="byline-name">Sophie Chen, RNZ</span></div>`, "", []string{"Sophie Chen"}},
		{"capitals, written in full below", `<div class="byline"><span class="tnt-byline">By RUTH CALLOWAY Staff Writer</span></div>`,
			`<div class="author-box"><a href="/author/ruth-calloway/">Ruth Calloway</a></div>`, []string{"Ruth Calloway"}},
		{"names in spans of their own", `<meta property="og:site_name" content="Wessex Evening Post"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Cafe owners heartbroken","author":{"@type":"Organization","name":"Wessex Evening Post"}}</script><div class="mar-article__byline">By <span class="author-name">Ellie Pryce</span> and <span class="author-name">Tom Marsh</span></div>`, "", []string{"Ellie Pryce", "Tom Marsh"}},
		{"capitals alone, in capital and small letters", `<p class="byline">By SEAN O'NEIL and MARY-JANE DOE</p>`, "", []string{"Sean O'Neil", "Mary-Jane Doe"}},
		{"a slash before a second name stays a pair", `<p class="byline">By Jane Doe and John Roe</p>`, "", []string{"Jane Doe", "John Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAuthors(t, bylinePage("", tt.byline+body+tt.more), tt.want)
		})
	}
}

// TestCreditAtTheEndOverDesk: a story posted under the newsroom's account
// ("Redactie") credits its writer after the last paragraph.
func TestCreditAtTheEndOverDesk(t *testing.T) {
	page := `<html lang="nl"><head><title>Veerdienst vaart weer</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Veerdienst vaart weer","author":{"@type":"Person","name":"Redactie"}}</script></head><body><article>` +
		`<h1>Veerdienst naar het eiland vaart weer volgens dienstregeling</h1><span class="byline"> door <span class="author vcard"><a class="url fn n" href="/author/redactie/">Redactie</a></span></span>` +
		paragraphs(5) + `<p><em>Tekst: Daan Mulder</em></p><div class="sharedaddy"><h3>Delen:</h3><ul><li><a href="#">Facebook</a></li></ul></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://eilandnieuws.example/2025/03/04/veerdienst-vaart-weer/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Daan Mulder"}) {
		t.Errorf("Authors = %q (%s), want the writer", res.Authors, res.Provenance["authors"])
	}
}

// TestBylineFormsOfDesks: bylines from blind webs al, am, ak and ao: an
// agency behind a desk word, author cards with roles, a footer named in
// German, a reporters' credit after a date line, a critic's label, a
// place after a slash, an agency's initials alone, an interviewer's
// credit at the end, a reviewer's label, and credits set with French
// colons.
func TestBylineFormsOfDesks(t *testing.T) {
	body := `<div class="text">` + paragraphs(5) + `</div>`
	tests := []struct {
		name, head, byline, after string
		want                      []string
	}{
		{"agency after the word for agency", `<meta name="author" content="Agenzia ANSA">`, "", "", []string{"ANSA"}},
		{"agency after the desk's name", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Peso cierra","author":{"@id":"/author/redaccion/","name":"Redacción Heraldo"}}</script>`,
			`<div class="entry-meta"><span class="byline">Redacción EFE</span><span class="posted-on">Publicado: viernes, 21 de febrero de 2025 16:30</span></div>`, "", []string{"EFE"}},
		{"author cards with roles", "", `<div class="byline-authors"><div class="byline-author"><a href="/autor/lucia-fernandez/" class="author-name">Lucía Fernández</a><span class="author-role">Enviada especial a Bariloche</span></div>` +
			`<div class="byline-author"><a href="/autor/diego-ramirez/" class="author-name">Diego Ramírez</a><span class="author-role">Editor de Sociedad</span></div></div>`, "", []string{"Lucía Fernández", "Diego Ramírez"}},
		{"a footer named in German", "", "", `<p class="autor">Quelle: dpa</p><div id="fuss"><a href="/thema/bvb/">BVB</a> · <a href="/autor/jonas-keller/">Jonas Keller</a></div>`, []string{"dpa"}},
		{"reporters' credit after a date line", "", `<div class="date-line"><span>March 4, 2025 4:31 PM ET</span></div>`,
			`<p class="article-credit">Reporting by Anna Kell and Tom Rees in New York; Editing by Mark Potter</p>`, []string{"Anna Kell", "Tom Rees"}},
		{"a critic's label", "", `<span class="von">Kritik von Jana Berg</span> <span class="datum">05. März 2025, 18:30 Uhr</span>`, "", []string{"Jana Berg"}},
		{"a place after a slash", "", `<span class="autor"><b>Ana Ruiz</b> / Málaga</span>`, "", []string{"Ana Ruiz"}},
		{"an agency's initials alone", "", `<div class="story__byline"><span class="story__byline__text">APP</span></div>`, "", []string{"APP"}},
		// Blind webs ar, as and at: press offices, community papers,
		// fact-checkers.
		{"a press office beside the writer", "", `<p class="firma"><strong>Por Irene Campos, Gabinete de Prensa</strong></p>`, "", []string{"Irene Campos"}},
		{"the reporter's paper beside her, over the declared author", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Normas","author":[{"@type":"Person","name":"Alicia Moreno"}]}</script>`,
			`<div class="nota-autor">Por <strong>Alicia Moreno</strong>, Statehouse Ledger &middot; <span class="traductor">Traducción de Lucía Herrera</span></div>`, "", []string{"Alicia Moreno"}},
		{"a job title after the name", "", `<p class="material__author">by <a href="/people/priya-natarajan">Priya Natarajan, Chief Technology Officer</a></p>`, "", []string{"Priya Natarajan"}},
		{"an agency's desk after the names", "", `<span class="meta-author">Par Claire DUPONT, Louis BERNARD, AFP France</span>`, "", []string{"Claire Dupont", "Louis Bernard"}},
		{"academic degrees in lower case before the name", "", `<span class="art__author">Autor: prof. dr hab. Anna Wójcik</span>`, "", []string{"Anna Wójcik"}},
		{"a press release's number is no name", "", `<div class="c-article-header__meta"><span class="c-article-header__type">Pressemitteilung</span> ` +
			`<span class="c-article-header__number">Nr. 23/2025</span> <time class="c-article-header__date" datetime="2025-03-04">04.03.2025</time></div>`, "", nil},
		{"a German paper's own reporter", "", `<p class="article__author">Von unserer Redakteurin Anna Schmid</p>`, "", []string{"Anna Schmid"}},
		{"a submitter's sign-off after a dash", "", "", `<p>— Submitted by Karen Liu, St. Brigid Catholic School Council</p>`, []string{"Karen Liu"}},
		// Blind web ao: magazines.
		{"an interviewer credited after the interview", "", "", `<p class="interview-credit"><em>Das Gespräch führte Tobias Rehm.</em></p>`, []string{"Tobias Rehm"}},
		{"a reviewer's label before a marked name", "", `<div class="news-list-author">Rezensiert von <span itemprop="author" itemscope itemtype="http://schema.org/Person">` +
			`<span itemprop="name">Paula Winkler</span></span></div>`, "", []string{"Paula Winkler"}},
		{"text and photo credits with French colons over the site's account", `<meta property="og:site_name" content="Cahier Lumière">` +
			`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Carnet","author":{"@type":"Person","name":"Cahier Lumière"}}</script>`,
			`<p><em>Texte : Léa Fournier / Photos : Marc Dubois</em></p>`, "", []string{"Léa Fournier"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAuthors(t, bylinePage(tt.head, tt.byline+body+tt.after), tt.want)
		})
	}
}

// TestFirmaClass: "firma" marks a byline only as a word of its own in a
// class or id, not inside another word.
func TestFirmaClass(t *testing.T) {
	for s, want := range map[string]bool{"firma": true, "firmas": true, "byline-firma": true, "firma_autor": true,
		"x firmas y": true, "confirmation-token": false, "firmament": false, "": false} {
		if got := firmaClass([]byte(s)); got != want {
			t.Errorf("firmaClass(%q) = %v, want %v", s, got, want)
		}
	}
}

// bylinePage is a story's page with head in its <head> and article after
// its headline.
func bylinePage(head, article string) string {
	return `<html><head><title>Story</title>` + head + `</head><body><article><h1>A headline of the story for the test</h1>` + article + `</article></body></html>`
}

// wantAuthors extracts page and checks its authors.
func wantAuthors(t *testing.T, page string, want []string) {
	t.Helper()
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/news/story-136273/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, want) {
		t.Errorf("Authors = %q (%s), want %q", res.Authors, res.Provenance["authors"], want)
	}
}

// TestSignatureWithOwnPhotos: a Belarusian district paper (blind web aq)
// signs its story at the end, set to the right and in bold, with the
// writer's own photos credited after a comma.
func TestSignatureWithOwnPhotos(t *testing.T) {
	page := `<html lang="be"><head><title>Бібліятэка запрашае на вечар паэзіі</title></head><body><div class="container"><div class="content">` +
		`<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="be-BY"><div class="page-header"><h2 itemprop="headline">Бібліятэка запрашае на вечар паэзіі</h2></div><dl class="article-info muted"><dt class="article-info-term">Падрабязнасці</dt><dd class="category-name">Катэгорыя: <a href="/naviny.html" itemprop="genre">Навіны</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-02-11T16:15:00+03:00" itemprop="datePublished">Апублікавана: 11 лютага 2025</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:3671">Праглядаў: 3671</dd></dl><div itemprop="articleBody"><p><img src="/images/2025/17986.jpg" alt=""></p><p>Цэнтральная раённая бібліятэка запрашае жыхароў на вечар паэзіі, прысвечаны мясцоваму паэту Уладзіміру Калесніку. Вечар адбудзецца ў суботу ў чытальнай зале.</p><p>Удзельнікі прачытаюць вершы паэта, а вучні музычнай школы выканаюць песні на яго словы. Таксама будзе прадстаўлена выстава кніг і фотаздымкаў з сямейнага архіва.</p><p>Уваход вольны, але колькасць месцаў абмежаваная.</p><p>Бібліятэкары просяць запісвацца загадзя па тэлефоне.</p><p style="text-align: right;"><strong>Наталля ЛІТВІНА, фота аўтара</strong></p></div></div></div></div></body></html>`
	wantAuthors(t, page, []string{"Наталля Літвіна"})
}

// TestContentSystemAccounts: the account a content system names as the
// author (Yoast's "admin", Joomla's "Administrador") gives way to the
// person the page's byline names, also in a script without capitals
// (blind webs au and aw).
func TestContentSystemAccounts(t *testing.T) {
	body := `<div class="text">` + paragraphs(5) + `</div>`
	t.Run("Yoast admin, a Nepali byline", func(t *testing.T) {
		head := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Story","author":{"name":"admin","@id":"https://khabar.example/#/schema/person/1"}},` +
			`{"@type":"Person","@id":"https://khabar.example/#/schema/person/1","name":"admin"}]}</script><meta name="author" content="admin">`
		wantAuthors(t, bylinePage(head, `<div class="ok-news-author"><a href="/author/krishna-gyawali/">कृष्ण ज्ञवाली</a>, पोखरा</div>`+body), []string{"कृष्ण ज्ञवाली"})
	})
	t.Run("an editorial department declared, the reporter in the first line", func(t *testing.T) {
		head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"編輯部"}}</script><meta name="author" content="編輯部">`
		wantAuthors(t, bylinePage(head, `<div class="entry-content"><p>記者陳建宏、張雅婷／彰化報導</p>`+paragraphs(5)+`</div>`), []string{"陳建宏", "張雅婷"})
	})
	t.Run("Joomla Administrador, the writer in the first line", func(t *testing.T) {
		head := `<meta name="author" content="Administrador">`
		byline := `<dl class="article-info"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por <span itemprop="name">Administrador</span></dd></dl>`
		wantAuthors(t, bylinePage(head, byline+`<div itemprop="articleBody"><p><strong>Por Martín Suárez</strong></p>`+paragraphs(5)+`</div>`), []string{"Martín Suárez"})
	})
}

// TestBylineUnderKickedHeadline: a headline whose <h1> sets a long kicker
// before it is still the headline the byline sits under (blind web ba: a
// ZDF-like page declared the site as author and showed "von Jonas Weber"
// under a headline with a kicker).
func TestBylineUnderKickedHeadline(t *testing.T) {
	page := `<html><head><title>NRW will marode Schulen schneller sanieren - zweiheute</title><meta property="og:site_name" content="zweiheute">` +
		`<meta property="og:title" content="NRW will marode Schulen schneller sanieren">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"NRW will marode Schulen schneller sanieren","author":{"@type":"Organization","name":"zweiheute"}}</script></head>` +
		`<body><main><article><header><h1 class="hhhy3ex"><span class="o1ximh7k">Programm über zwei Milliarden</span> <span class="hhhy3ex-text">NRW will marode Schulen schneller sanieren</span></h1>` +
		`<p class="c1bdz7f4">In Nordrhein-Westfalen sollen Kommunen mehr Geld für die Sanierung von Schulgebäuden erhalten. Die Landesregierung stellte am Montag ein Programm vor.</p>` +
		`<dl><dt>Datum:</dt><dd><time datetime="2025-03-03T15:02:00.000Z">03.03.2025 16:02 Uhr</time></dd></dl></header>` +
		`<div class="a1bx2tw0"><span>von </span><a href="/autoren/jonas-weber-100.html">Jonas Weber</a></div><div class="r1nj4qn5">` + paragraphs(5) + `</div></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://zweiheute.example/nachrichten/politik/nrw-schulen-sanierung-100.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Jonas Weber"}) {
		t.Errorf("Authors = %q (%s), want [Jonas Weber]", res.Authors, res.Provenance["authors"])
	}
}

// TestNewsletterSignOff: a newsletter signed at its foot ("Fair winds,"
// and the writer's name) names its author; a closing line that names
// nobody does not.
func TestNewsletterSignOff(t *testing.T) {
	for _, c := range []struct {
		signOff string
		want    []string
	}{
		{`<p>Fair winds,<br>Ruth Abernathy</p>`, []string{"Ruth Abernathy"}},
		{`<p>Herzliche Grüße,<br>Jana Berg</p>`, []string{"Jana Berg"}},
		{`<p>Thanks for reading,<br>see you next week</p>`, nil},
		{`<p>Until next week,</p><p>Kate Lindqvist</p>`, []string{"Kate Lindqvist"}},
		{`<p>Until next week,</p><p>see you then</p>`, nil},
	} {
		doc := `<html><head><title>The Baltimore channel, one year on</title></head><body><div class="email-body"><h1 class="subject">The Baltimore channel, one year on</h1>` +
			`<div class="email-detail__meta"><date>March 25, 2025</date></div>` + paragraphs(5) + c.signOff + `<hr><p><em>Dockside Notes is free. Reply to this email to reach me.</em></p></div></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://letters.example/archive/the-baltimore-channel-one-year-on/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.signOff, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestJimdoBlogPost: a site builder's header block that wraps the
// headline and the date is no byline (its words are the headline's), and
// a club's "Bericht:" line at the end names the writer.
func TestJimdoBlogPost(t *testing.T) {
	for _, c := range []struct {
		title, sign string
		want        []string
	}{
		{"Neue Trainingszeiten ab Dezember", `<p><em>Euer Vorstand</em></p>`, nil},
		{"Herren I holen Remis im Spitzenspiel", `<p><em>Bericht: Markus Eberle</em></p>`, []string{"Markus Eberle"}},
	} {
		doc := `<html lang="de"><head><title>` + c.title + ` - TTC Eichenau</title></head><body><div id="content_area"><div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n">` +
			`<a href="/2026/11/27/x/" class="j-blog-headline"><h1 class="j-blog-header j-blog-headline j-blog-post--headline">` + c.title + `</h1></a></div>` +
			`<div class="datetime dt-published j-blog-post--date"><span class="day">27</span> <span class="mon">Nov</span> <span class="yr">2026</span></div></div>` +
			`<div class="post j-blog-content"><div class="j-text">` + paragraphs(4) + c.sign + `</div></div></div></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://ttc.example/2026/11/27/x/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.title, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestDeskCreditOverWriter: a story posted under a desk's account names
// its writer in the body: a guest essay's "By" line after the essay's
// label, a letter's signature (blind web at).
func TestDeskCreditOverWriter(t *testing.T) {
	desk := func(name string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	byline := func(name string) string {
		return `<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/desk/">` + name + `</a></span> <time datetime="2025-03-06">March 6, 2025</time></div>`
	}
	tests := []struct {
		name, head, article string
		want                []string
	}{
		{"a guest essay's byline after its label", desk("Opinion Desk"),
			byline("Opinion Desk") + `<div class="entry-content"><p><em>Guest essay</em></p><p><strong>By Ruth Okafor</strong></p>` + paragraphs(5) + `</div>`, []string{"Ruth Okafor"}},
		{"a letter signed in a marked block, a call for letters after it", desk("Letters Editor"),
			byline("Letters Editor") + `<div class="entry-content">` + paragraphs(4) + `<p class="letter-signoff"><strong>Margaret Hale</strong><br>Portside</p>` +
				`<p><em>Have an opinion? <a href="/opinion/submit-a-letter/">Submit a letter to the editor</a>.</em></p></div>` +
				`<aside class="newsletter-signup"><h3>Get Opinion in your inbox</h3><p>Sign up for the Sunday Argument newsletter.</p></aside>`, []string{"Margaret Hale"}},
		{"a long first paragraph before a 'By' line is the story's", desk("Opinion Desk"),
			byline("Opinion Desk") + `<div class="entry-content"><p>Every winter the harbour authority publishes a dredging plan, and every winter the plan assumes the same rate of silting.</p><p>By Ruth Okafor</p>` + paragraphs(5) + `</div>`, []string{"Opinion Desk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAuthors(t, bylinePage(tt.head, tt.article), tt.want)
		})
	}
}

// TestKoreanCreditAtTheEnd: a Korean story declared by its paper ends
// with its reporter's credit, led by the reporter's city ("대구=이정훈 기자
// e-mail"); a "more by this reporter" link and related stories follow in
// the container (blind web bg).
func TestKoreanCreditAtTheEnd(t *testing.T) {
	page := `<html lang="ko"><head><title>대구 도시철도 4호선 착공 앞당겨 | 대구중앙신문</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"대구 도시철도 4호선 착공 앞당겨","author":{"@type":"Organization","name":"대구중앙신문"}}</script></head><body>` +
		`<header class="hd"><a class="logo" href="/">대구중앙신문</a><ul class="gnb"><li><a href="/section/society/">사회</a></li><li><a href="/section/economy/">경제</a></li></ul></header>` +
		`<div class="container"><div class="article_view"><div class="article_head"><h2 class="title">대구 도시철도 4호선 착공 앞당겨</h2><div class="article_date"><span>입력 2025-03-03 18:24:00</span></div></div>` +
		`<div class="article_txt" itemprop="articleBody">` +
		`<p>대구시는 도시철도 4호선 착공 시기를 당초 계획보다 1년 앞당긴다고 3일 밝혔다. 수성구민운동장역에서 이시아폴리스까지 약 12.5㎞ 구간이며 정거장은 열두 곳이다.</p>` +
		`<p>시는 연내 실시설계를 마치고 내년 초 공사를 시작할 방침이다. 시 관계자는 "교통 혼잡을 줄이기 위해 일정을 앞당겼다"고 말했다.</p>` +
		`<p>사업비는 약 8천억 원으로, 국비와 시비가 나뉘어 투입된다. 시는 상반기 중 주민설명회를 열어 노선과 정거장 위치에 대한 의견을 듣기로 했다.</p>` +
		`<p>시민단체는 환영의 뜻을 밝히면서도 공사 기간 교통 대책을 먼저 내놓아야 한다고 지적했다. 상인들은 공사 구간 주변 상권이 위축될 수 있다며 지원책을 요구했다.</p>` +
		`<p>대구=이정훈 기자 jhlee@dgjungang.example</p></div>` +
		`<div class="reporter_info"><a href="/reporter/jhlee/">이정훈 기자의 다른 기사</a></div><div class="relate"><h3>관련 기사</h3><ul><li><a href="/page/view/1">대구시, 도심 하천 정비 계획 확정</a></li></ul></div></div>` +
		`<div class="aside"><div class="best_news"><h3>많이 본 뉴스</h3><ul><li><a href="/page/view/2">대구 동성로 상권 회복세</a><span>3시간 전</span></li></ul></div></div></div></body></html>`
	for name, page := range map[string]string{
		"with the link":    page,
		"without the link": strings.Replace(page, `<div class="reporter_info"><a href="/reporter/jhlee/">이정훈 기자의 다른 기사</a></div>`, "", 1),
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://dgjungang.example/page/view/2025030318240012345", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, []string{"이정훈"}) {
			t.Errorf("%s: Authors = %q (%s), want the reporter", name, res.Authors, res.Provenance["authors"])
		}
	}
}

func TestCutReporterLink(t *testing.T) {
	for in, want := range map[string]string{
		"이정훈 기자의 다른 기사":    "이정훈",
		"윤서연 기자 다른기사 보기":   "윤서연",
		"이정훈 기자":           "이정훈 기자", // a byline, read elsewhere
		"대구중앙신문 기자의 다른 기사": "대구중앙신문 기자의 다른 기사",
		"Jane Doe": "Jane Doe",
	} {
		if got := cutReporterLink(in); got != want {
			t.Errorf("cutReporterLink(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTrailingBylineAfterLastLine: a byline line closes the body when it
// comes after the body's last line in the page, even if lines counted
// after it (a related-stories heading, a "more by" link) were dropped by
// later passes; not when a body line follows it.
func TestTrailingBylineAfterLastLine(t *testing.T) {
	p := &page{nodes: make([]nodeInfo, 40), bylines: []string{"이정훈"}, keptLines: 8, lastBylineAt: 7}
	for i := range p.nodes {
		p.nodes[i].end = int32(i + 1)
	}
	p.lastBylineOwner, p.lastLineOwner = 37, 36
	if got := p.trailingByline(); !slices.Equal(got, []string{"이정훈"}) {
		t.Errorf("byline after the last body line: trailingByline = %q", got)
	}
	p.lastBylineOwner, p.lastLineOwner = 30, 36
	if got := p.trailingByline(); got != nil {
		t.Errorf("byline before the last body line: trailingByline = %q, want nil", got)
	}
	p.lastBylineAt = -1
	p.lastBylineOwner, p.lastLineOwner = 37, 36
	if got := p.trailingByline(); got != nil {
		t.Errorf("a list item's byline: trailingByline = %q, want nil", got)
	}
}

// TestPhotoCreditIsNoByline: the only credit under a college athletics
// story's lead image is the photo's ("Photo by: Eastbrook State
// Athletics", web bu's page in testdata); it is not the story's byline.
func TestPhotoCreditIsNoByline(t *testing.T) {
	doc, err := os.ReadFile("testdata/photo-credit-byline.html")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(DefaultOptions()).Extract(Input{URL: "http://127.0.6.164:18145/news/2025/3/8/mens-basketball-ospreys-top-bobcats-78-64-to-reach-conference-semifinals.aspx", Body: doc})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res.Authors {
		if a == "Eastbrook State Athletics" {
			t.Errorf("authors %q (%s): the photo credit", res.Authors, res.Provenance["authors"])
		}
	}
}

// TestPlainSignatureBlock: a satirical weekly signs its stories in a
// block classed "signature" after the text, the names unbolded.
func TestPlainSignatureBlock(t *testing.T) {
	for sig, want := range map[string][]string{"Jean Piquant": {"Jean Piquant"}, "Jean Piquant et Louise Ronce": {"Jean Piquant", "Louise Ronce"}} {
		doc := `<html lang="fr"><head><title>Le préfet et le golf</title></head><body><div class="article"><h1>Le préfet, la piscine et le golf</h1><div class="texte">` +
			paragraphs(4) + `</div><p class="signature">` + sig + `</p><div class="partage">Partager : <a href="#">Facebook</a></div></div></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://herisson.example/articles/5432/le-prefet-la-piscine-et-le-golf/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, want) {
			t.Errorf("%q: authors %q (%s), want %q", sig, res.Authors, res.Provenance["authors"], want)
		}
	}
}

// TestReaderLetterTown: "Submitted by Martha Keene, Pine Grove" names the
// reader and her town, not two writers.
func TestReaderLetterTown(t *testing.T) {
	doc := `<html><head><title>Letter: keep the library open</title></head><body><article><h1>Letter: Keep the Pine Grove library branch open</h1>` +
		`<span class="byline">Submitted by Martha Keene, Pine Grove</span>` + paragraphs(4) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://ledger.example/2025/03/11/letter-keep-the-library-open/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Martha Keene"}) {
		t.Errorf("authors %q (%s), want Martha Keene", res.Authors, res.Provenance["authors"])
	}
}

// TestSwahiliByline: "Na Juma Issihaka" is by Juma Issihaka; "Na Mwandishi
// Wetu" ("by our correspondent") with the weekday of the date after it
// names no one.
func TestSwahiliByline(t *testing.T) {
	for b, want := range map[string][]string{"Na Juma Issihaka": {"Juma Issihaka"}, "Na Mwandishi Wetu": nil} {
		doc := `<html lang="sw"><head><title>Simba yaichapa Yanga</title></head><body><article><h1>Simba yaichapa Yanga 2-0</h1><p class="byline">` + b +
			`</p><time datetime="2025-03-01">Jumamosi, Machi 01, 2025</time>` + paragraphs(4) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://mwangaza.example/mw/michezo/simba-yaichapa-yanga-4948215/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, want) {
			t.Errorf("%q: authors %q (%s), want %q", b, res.Authors, res.Provenance["authors"], want)
		}
	}
}

// TestDeskAccountsAndArabicUpdateLine: an editorial team declared as the
// Person ("فريق التحرير") gives way to the writer the byline shows, and
// the update line after her name ("آخر تحديث: …") is no part of it.
func TestDeskAccountsAndArabicUpdateLine(t *testing.T) {
	doc := `<html lang="ar" dir="rtl"><head><title>مرفأ بيروت</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"مرفأ بيروت","datePublished":"2025-03-04T10:00:00+02:00","author":{"@type":"Person","name":"فريق التحرير"}}</script></head><body>` +
		`<article><h1>إهراءات مرفأ بيروت بين الهدم والتخليد</h1><div class="jeg_meta_container"><div class="jeg_meta_author">كتبت: <a href="/author/rima-khoury/">ريما خوري</a></div>` +
		`<div class="jeg_meta_update">آخر تحديث: 05/03/2025 - 09:10</div></div>` + paragraphs(4) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://beirut.example/2025/03/04/beirut-port-silos-memorial/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"ريما خوري"}) {
		t.Errorf("authors %q (%s), want ريما خوري", res.Authors, res.Provenance["authors"])
	}
	for _, desk := range []string{"فريق التحرير", "מערכת זמן העמק", "Redaksi Warta Lereng"} {
		if !isOrg(desk) {
			t.Errorf("%q is not taken for a desk", desk)
		}
	}
}

// TestDeskRoleAfterLinkedName: a job title in its own span after the
// writer's linked name ("Deals Editor") is no part of the name.
func TestDeskRoleAfterLinkedName(t *testing.T) {
	doc := `<html><head><title>How to spot a fake discount</title></head><body><article><h1>How to spot a fake discount in the Spring Sale</h1>` +
		`<div class="article-byline"><span>Written by <a href="/profile/ruth-kinsella">Ruth Kinsella</a></span><span class="role">Deals Editor</span><span class="date">Published 12 March 2025</span></div>` +
		paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://dealhound.example/guides/how-to-spot-a-fake-discount", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Ruth Kinsella"}) {
		t.Errorf("authors %q (%s), want Ruth Kinsella", res.Authors, res.Provenance["authors"])
	}
}

// TestGuestAndPhotoCredits: a guest credited at the top of a post that
// the owner's account published wrote it, and a text credit read over
// the blog's own name stops at the photographer's label.
func TestGuestAndPhotoCredits(t *testing.T) {
	for _, c := range []struct {
		name, head, byline, lead string
		want                     []string
	}{
		{"guest over the account", "", `<div class="entry-meta">Av <a href="/author/elin/">Elin Sjöberg</a> · 27 februari 2025</div>`,
			`<p><em>Gästinlägg av Oskar Lindgren, journalist i Kiruna.</em></p>`, []string{"Oskar Lindgren"}},
		{"English guest post", "", `<div class="byline">By <a href="/author/sam/">Sam Porter</a></div>`,
			`<p>A guest post by Nadia Hussain and Tom Reilly, researchers at the county archive.</p>`, []string{"Nadia Hussain", "Tom Reilly"}},
		{"no guest: the account's writer", "", `<div class="byline">By <a href="/author/sam/">Sam Porter</a></div>`,
			`<p>Guest houses along the coast were full on Saturday.</p>`, []string{"Sam Porter"}},
		{"text credit over the blog's name", `<meta property="og:site_name" content="Porto Aberto"><meta property="article:author" content="Porto Aberto">`,
			`<address>Porto Aberto</address>`, `<p><em>Texto: Rita Carvalho e Nuno Braga. Fotografia: Inês Pardal.</em></p>`, []string{"Rita Carvalho", "Nuno Braga"}},
	} {
		doc := `<html><head><title>The mine's new permit</title>` + c.head + `</head><body><article><h1>The mine's new permit</h1>` + c.byline + c.lead +
			paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://blog.example/2025/02/27/the-mines-new-permit/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.name, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestCentralEuropeanBylines: a Drupal field's label before linked names
// of their own, a byline with the date block's weekday after it, an
// agency's reporter over the agency declared in JSON-LD, and a writer's
// label over the desk account a WordPress plugin declares.
func TestCentralEuropeanBylines(t *testing.T) {
	for _, c := range []struct {
		name, head, byline, lead string
		want                     []string
	}{
		{"field label and linked names", "", `<div class="field field--name-field-avtorji field--label-inline"><div class="field__label">Avtorja</div><div class="field__items">` +
			`<div class="field__item"><a href="/avtorji/jure-zupan">Jure Zupan</a></div><div class="field__item"><a href="/avtorji/tina-novak">Tina Novak</a></div></div></div>`, "",
			[]string{"Jure Zupan", "Tina Novak"}},
		{"feminine label without a colon", "", `<div class="field field--name-field-avtorji field--label-inline"><div class="field__label">Avtorica</div><div class="field__items"><div class="field__item"><a href="/avtorji/maja-kovac">Maja Kovač</a></div></div></div>`, "", []string{"Maja Kovač"}},
		{"weekday of the date block", "", `<div class="vz-meta"><div class="vz-author"><span class="vz-label">Autore:</span> <a href="/autors/anna-berzina/">Anna Bērziņa</a></div>` +
			`<div class="vz-date">Trešdiena, 12. marts, 2025, 14:05</div></div>`, "", []string{"Anna Bērziņa"}},
		{"agency's reporter over the agency", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kauno klinikos","author":{"@type":"Organization","name":"BNS"}}</script>`,
			`<div class="nz-meta"><div class="nz-author"><span class="nz-author-name">Gintarė Kazlauskaitė</span>, <span class="nz-author-org">BNS</span></div></div>`, "", []string{"Gintarė Kazlauskaitė"}},
		{"writer's label over the desk account", `<script type="application/ld+json">{"@type":"Article","headline":"Tramvaj do Hrasnice","author":{"@type":"Person","name":"Redakcija"}}</script>`,
			``, `<p><strong>Piše: Amra Hodžić</strong></p>`, []string{"Amra Hodžić"}},
	} {
		doc := `<html><head><title>Obnova nabrežja</title>` + c.head + `</head><body><article><h1>Obnova nabrežja</h1>` + c.byline + c.lead +
			paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://novice.example/novice/celje/obnova-nabrezja", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.name, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestSouthEastAsianCredits: credit lines of Thai, Lao and Khmer papers
// (the writer's and the photographer's, after the story or under the
// headline) over a desk account, a broadcaster's newsroom before its
// reporter, and a Khmer date line longer in bytes than in letters.
func TestSouthEastAsianCredits(t *testing.T) {
	for _, c := range []struct {
		name, head, top, end string
		want                 []string
		date                 string
	}{
		{"Thai credit after the story", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"น้ำท่วม","author":{"@type":"Person","name":"กองบรรณาธิการ"}}</script>`,
			"", `<p class="credit"><strong>ข่าว: วิภาวรรณ แก้วมณี ผู้สื่อข่าวประจำจังหวัดเชียงใหม่ / ภาพ: ประสิทธิ์ ชัยวงศ์</strong></p>`, []string{"วิภาวรรณ แก้วมณี"}, ""},
		{"Lao credit after the story", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"ບຸນ","author":{"@type":"Person","name":"ກອງບັນນາທິການ"}}</script>`,
			"", `<p class="news-credit"><strong>ຂ່າວ: ບຸນມີ ສີສຸວັນ; ພາບ: ສົມພອນ ວົງໄຊ</strong></p>`, []string{"ບຸນມີ ສີສຸວັນ"}, ""},
		{"Khmer label and date line", "", `<div class="article-meta"><span class="author">អត្ថបទ៖ ម៉ៅ សុភា</span> <span class="photographer">រូបភាព៖ ជា វណ្ណៈ</span> ` +
			`<span class="date">ថ្ងៃអង្គារ ទី១១ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ០៩:៣០</span></div>`, "", []string{"ម៉ៅ សុភា"}, "2025-03-11"},
		{"newsroom and role before the reporter", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Barrage lock","author":{"@type":"Organization","name":"Severn TV News"}}</script>`,
			`<p class="byline">By Severn TV News reporter Gethin Rhys</p>`, "", []string{"Gethin Rhys"}, ""},
		{"newsroom's possessive before the reporter", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Barrage lock","author":{"@type":"Organization","name":"Severn TV News"}}</script>`,
			`<p class="byline">Report by Severn TV News' Claire Hodges</p>`, "", []string{"Claire Hodges"}, ""},
	} {
		doc := `<html><head><title>Barrage lock</title>` + c.head + `</head><body><article><h1>Barrage lock to close</h1>` + c.top +
			paragraphs(5) + c.end + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/news/88450", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.name, res.Authors, res.Provenance["authors"], c.want)
		}
		if c.date != "" && (res.PublishedAt == nil || res.PublishedAt.Format("2006-01-02") != c.date) {
			t.Errorf("%s: date %v (%s), want %s", c.name, res.PublishedAt, res.Provenance["published_at"], c.date)
		}
	}
}

// TestLocalisedByAlone: the theme's "by", localised and set in an element
// of its own before the site's account, names no one.
func TestLocalisedByAlone(t *testing.T) {
	doc := `<html><head><title>Wakulima wa chai walalamikia malipo</title><meta property="og:site_name" content="Sauti ya Taifa">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Wakulima wa chai walalamikia malipo","author":{"@type":"Person","name":"Sauti ya Taifa"}}</script></head><body><article>` +
		`<h1 class="entry-title">Wakulima wa chai walalamikia malipo</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Na</div> ` +
		`<a href="/author/sautiyataifa/">Sauti ya Taifa</a><div class="td-author-line"> - </div></div></div>` + paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://sauti.example/2025/03/11/wakulima-wa-chai/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(res.Authors, "Na") {
		t.Errorf("authors %q (%s): the label read as a name", res.Authors, res.Provenance["authors"])
	}
}

// TestUnshout: names written in capitals, whole or in the surname, are
// stored in capital and small letters; acronyms, credentials and
// organisations keep their capitals.
func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"CHINEDU OKAFOR":          "Chinedu Okafor",
		"Claire DUPONT":           "Claire Dupont",
		"Алеся КАВАЛЁВА":          "Алеся Кавалёва",
		"Jean-Pierre LE GOFF":     "Jean-Pierre Le Goff",
		"Liam O'CONNOR":           "Liam O'Connor",
		"MARY-ANNE SMITH":         "Mary-Anne Smith",
		"Jane Doe":                "Jane Doe",
		"US AWI":                  "US AWI",
		"Jeffrey A. Slotnick CPP": "Jeffrey A. Slotnick CPP",
		"WSET Global":             "WSET Global",
		"FlowGuard EMEA":          "FlowGuard EMEA",
		"BBC NEWS":                "BBC NEWS",
		"Shelby Loos DVM":         "Shelby Loos DVM",
		"OKAFOR":                  "OKAFOR",
		"de LA FUENTE":            "de LA FUENTE",
		"Vir STA":                 "Vir STA",
		"Ann LEE":                 "Ann Lee",
		"THANH HÀ":                "Thanh Hà",
		"TRẦN THỊ HÀ":             "Trần Thị Hà",
	} {
		if got := unshout(in); got != want {
			t.Errorf("unshout(%q) = %q, want %q", in, got, want)
		}
	}
	wantAuthors(t, bylinePage("", `<p class="byline">By CHINEDU OKAFOR</p>`+strings.Repeat("<p>Motorists queued for hours at filling stations across Lagos on Monday as depot prices rose again, traders said.</p>", 6)), []string{"Chinedu Okafor"})
}

// TestBylineOfSeveralElements: a byline container whose text runs its
// writers together (two name spans with no space between, a name list
// followed by the date, one labelled line per writer) gives every writer;
// a writer's name and a later contributor's credit stay apart.
func TestBylineOfSeveralElements(t *testing.T) {
	body := strings.Repeat("<p>Researchers in the city identified a protein that plays a central part in the onset of migraine attacks, the team said on Tuesday.</p>", 6)
	declared := func(name string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	tests := []struct {
		name, head, byline, after string
		want                      []string
	}{
		{"name spans with no space between", `<meta name="author" content="Sergi Vidal">`,
			`<div class="datos"><div class="firmas"><span class="firma">Sergi Vidal</span><span class="firma">Nuria Cano</span></div><div class="fecha">18/03/2025 17:20</div></div>`, "",
			[]string{"Sergi Vidal", "Nuria Cano"}},
		{"names then the date", declared("Bruna Teles"),
			`<div class="post-meta"><p class="bylined">Por <strong>Bruna Teles e Rafael Couto</strong></p><p class="date">04.mar.2025 | 18h05 |</p></div>`, "",
			[]string{"Bruna Teles", "Rafael Couto"}},
		{"one labelled line per writer", "",
			`<div class="g-story-meta"><div class="author">Autor: <a href="/autor/ventura-de-jesus">Ventura de Jesús</a> | <a href="mailto:desk@paper.example">desk@paper.example</a></div>` +
				`<div class="author">Autor: <a href="/autor/nelson-garcia-santos">Nelson García Santos</a> | <a href="mailto:desk@paper.example">desk@paper.example</a></div><span class="date">5 de febrero de 2025</span></div>`, "",
			[]string{"Ventura de Jesús", "Nelson García Santos"}},
		{"writers signed at the end beside the declared first", declared("Leyla Məmmədova"), "",
			`<p><strong>Müəllif: Leyla Məmmədova, Tural Əliyev</strong></p>`,
			[]string{"Leyla Məmmədova", "Tural Əliyev"}},
		{"the text's and the pictures' author in one credit", "", "",
			`<p><em>Text &amp; Fotos: Anja Krämer</em></p>`,
			[]string{"Anja Krämer"}},
		{"an updater's credit is no writer's", "",
			`<div class="byline"><div class="byline-authors"><span class="author-name">By Benjamin Preston</span></div><div class="byline-wrapper"><span class="byline-contributors">Updated by <span class="byline-name">Jon Linkov</span></span></div></div>`, "",
			[]string{"Benjamin Preston"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAuthors(t, bylinePage(tt.head, tt.byline+body+tt.after), tt.want)
		})
	}
}

// TestBylineLeftovers: what a byline line holds beside its names is no
// name of its own: the city after a Croatian "Piše:" line, the date a meta
// line gives after the names (in Pashto digits), a headline's clause
// after a comma that a short label word seemed to open ("Na Vysočině
// …"), and the word for "by" of Romanian and Albanian bylines, read only
// on pages in those languages.
func TestBylineLeftovers(t *testing.T) {
	body := strings.Repeat("<p>The council approved the plan on Monday after a long debate about the cost of the works and their timing.</p>", 6)
	page := func(lang, head, byline string) string {
		return `<html lang="` + lang + `"><head><title>Story</title><meta property="og:site_name" content="GameScope.jp"></head><body><article><h1>` + head + `</h1>` + byline + body + `</article></body></html>`
	}
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"place after a Croatian label", page("hr", "Hrvatska uvodi stroža pravila za najam", `<p class="byline"><strong>Piše: Ivana Marić, Zagreb</strong></p>`), []string{"Ivana Marić"}},
		{"Pashto date after the names", page("ps", "د ننګرهار بڼوال: د نارنجو حاصل ښه دی", `<div class="post-meta"><span class="post-author">لیکوالان: زرمینه احمدزۍ او نجیب الله صافي</span> <span class="post-date">۱۰ کب ۱۴۰۳ - ۱۱:۰۵</span></div>`), []string{"زرمینه احمدزۍ", "نجیب الله صافي"}},
		{"a headline's clause is no name", page("cs", "Na Vysočině napadlo až třicet centimetrů sněhu, silničáři jsou v pohotovosti", `<div class="info"><span class="time">11. 3. 2025 07:15</span></div>`), nil},
		{"Romanian de", page("ro", "Spitalul Județean a primit un angiograf nou", `<div class="meta"><span class="article-author">de <a href="/autor/mihai-ionescu/">Mihai Ionescu</a> și <a href="/autor/elena-dumitru/">Elena Dumitru</a></span></div>`), []string{"Mihai Ionescu", "Elena Dumitru"}},
		{"Albanian nga", page("sq", "Rritet niveli i liqenit të Shkodrës", `<div class="info"><span class="autori"><a href="/autor/elira-kola/">Nga Elira Kola</a></span> <span class="data">3 orë më parë</span></div>`), []string{"Elira Kola"}},
		{"names in capitals apart with dashes", page("vi", "TP.HCM đề xuất thu phí ô tô vào trung tâm", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"TP.HCM đề xuất thu phí ô tô vào trung tâm","author":{"@type":"Person","name":"THANH HÀ - MINH TÂM"}}</script>`), []string{"Thanh Hà", "Minh Tâm"}},
		{"a role after a dash", page("en", "Council approves the harbour plan", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the harbour plan","author":{"@type":"Person","name":"JANE DOE - STAFF WRITER"}}</script>`), []string{"Jane Doe"}},
		{"an interviewer's closing credit with place and day", page("fr", "Adèle Garnier : « J'ai appris à ouvrir des huîtres »", `<p class="credit">Propos recueillis par Élodie Marchal à Paris, le 6 mars 2025.</p>`), []string{"Élodie Marchal"}},
		{"a Japanese writer's credit over a desk", page("ja", "「ホロウタイド」開発者インタビュー", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"「ホロウタイド」開発者インタビュー","author":{"@type":"Organization","name":"GameScope編集部"},"publisher":{"@type":"Organization","name":"株式会社ゲームスコープ"}}</script>`+
			strings.Repeat(`<p>インタビューの本文です。開発者はスタジオの挑戦について語った。最初は普通の泳ぎだけだったが、テストプレイの意見を受けて新しい移動を加えた。</p>`, 8)+`<p class="credit">取材・文：鈴木一郎<br>撮影：中村健</p><div class="tag_list">タイトル：<a href="/games/hollowtide/">ホロウタイド</a></div>`), []string{"鈴木一郎"}},
		{"a given name Nga elsewhere", page("en", "Council approves the harbour plan", `<p class="byline">By <a href="/author/nga-pham/">Nga Pham</a></p>`), []string{"Nga Pham"}},
	} {
		t.Run(c.name, func(t *testing.T) { wantAuthors(t, c.page, c.want) })
	}
}

// TestOldEngineBylines: the bylines of content systems small sites have
// run for twenty years: Mambo's Greek "Γράφτηκε από", DLE's "Автор: … от
// <date>", a Romanian "Autori:" line in the old cedilla letters, and a
// blog engine's "posted by … at <time>" in the post's own footer after
// the text (Blogger classic in Italian, Movable Type in German).
func TestOldEngineBylines(t *testing.T) {
	body := strings.Repeat("<p>The council approved the plan on Monday after a long debate about the cost of the works and their timing.</p>", 6)
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"Mambo in Greek", `<html lang="el"><head><title>Νέα</title></head><body><table><tr><td class="contentheading">Ο δήμος εγκρίνει το σχέδιο</td></tr><tr><td class="small">Γράφτηκε από Νίκος Παπαδόπουλος</td></tr><tr><td>` + body + `</td></tr></table></body></html>`, []string{"Νίκος Παπαδόπουλος"}},
		{"DLE in Russian", `<html lang="ru"><head><title>Новости</title></head><body><div class="story"><h1>Ледоход на Шуйке начался раньше обычного</h1><div class="info">Автор: Игорь Лебедев от 7-03-2025, 10:15</div>` + body + `</div></body></html>`, []string{"Игорь Лебедев"}},
		{"Romanian cedilla and", `<html lang="ro"><head><title>Știri</title></head><body><div class="item"><h2 class="contentheading">Școala primește un microbuz nou</h2><p class="autori">Autori: Ioana Mureşan şi Radu Ştefănescu</p>` + body + `</div></body></html>`, []string{"Ioana Mureşan", "Radu Ştefănescu"}},
		{"Blogger footer in Italian", `<html lang="it"><head><title>Valfredda Notizie: Frana sulla provinciale</title></head><body><h1><a href="/">Valfredda Notizie</a></h1><div class="post"><h3 class="post-title">Frana sulla provinciale</h3><div class="post-body">` + body + `</div><p class="post-footer"><em>pubblicato da Giulia Ferri alle <a href="/2025/03/frana.html">10:15</a></em></p></div><div id="comments"><h4>2 commenti:</h4></div></body></html>`, []string{"Giulia Ferri"}},
		{"Movable Type footer in German", `<html lang="de"><head><title>Ohmtal-Blog: Bäckerei Lenz schließt</title></head><body><h1><a href="/">Ohmtal-Blog</a></h1><div class="entry"><h3 class="entry-header">Bäckerei Lenz schließt</h3><div class="entry-body">` + body + `</div><p class="entry-footer">Veröffentlicht von Anke Schäfer um <a href="/archives/2025/03/lenz.html">10:15</a></p></div></body></html>`, []string{"Anke Schäfer"}},
		{"a surname like the word for at", `<html lang="en"><head><title>News</title></head><body><article><h1>Council approves the harbour plan</h1><p class="byline">By Jin Um</p>` + body + `</article></body></html>`, []string{"Jin Um"}},
	} {
		t.Run(c.name, func(t *testing.T) { wantAuthors(t, c.page, c.want) })
	}
}

// TestLocalPaperCredits checks the credits a local paper signs with that
// name nobody: "From staff reports", "Submitted", a funding programme
// after the reporter; and that a section kicker over the headline is not
// taken for the byline when the byline names nobody.
func TestLocalPaperCredits(t *testing.T) {
	page := func(byline string) string {
		return `<html lang="en"><head><title>Police blotter: Converters cut from vans</title></head><body><article><header><div class="meta"><span class="asset-kicker"><a href="/news/local/crime-and-courts/">Crime and Courts</a></span></div>` +
			`<h1>Police blotter: Converters cut from vans</h1><ul><li><span itemprop="author" class="tnt-byline">` + byline + `</span></li></ul><time datetime="2025-03-06T06:00:00-06:00">Thursday, March 6, 2025</time></header><div id="article-body">` +
			`<p>Kearney police are looking for whoever cut catalytic converters from five delivery vans parked at three businesses on the east side of the city between Sunday night and Tuesday morning.</p>` +
			`<p>Owners of a florist on East 25th Street, a plumbing company on Avenue N and a linen service near the airport each reported converters missing when drivers tried to start their vans.</p>` +
			`<p>Anyone with information about the thefts can call Buffalo County Crime Stoppers. Callers can remain anonymous and may be eligible for a reward.</p></div></article></body></html>`
	}
	for _, tc := range []struct {
		byline string
		want   []string
	}{
		{"By From staff reports", nil},
		{"Submitted", nil},
		{"Colin Dunmore, Local Journalism Initiative", []string{"Colin Dunmore"}},
		{"By Jane Doe", []string{"Jane Doe"}},
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://courier.example/news/local/crime-and-courts/article_a1c80b27.html", Body: []byte(page(tc.byline))})
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(res.Authors) != fmt.Sprint(tc.want) {
			t.Errorf("byline %q: Authors = %q (%s), want %q", tc.byline, res.Authors, res.Provenance["authors"], tc.want)
		}
	}
}
