package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/testkit"
)

// TestDateSources checks how the date sources are weighed: labels in front
// of <time>s, <time>s without a datetime, declared dates that are only the
// last save, the local day of a UTC time, and the feed's listing time.
func TestDateSources(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	est := time.FixedZone("", -5*3600)
	listed := time.Date(2024, 5, 8, 14, 30, 0, 0, time.UTC)
	tests := []struct {
		name, url, head, header string
		listed                  time.Time
		wantDay                 string
		prov                    string // provenance prefix
	}{
		{"time without datetime", "https://blog.example/post/x", "",
			`<h1>Council approves budget</h1><time>Dec 19, 2025</time>`, time.Time{}, "2025-12-19", "time"},
		{"a time in a byline block named in a compound class gives its clock", "https://news.example/news/articles/c1", "",
			`<h1>Council approves budget</h1><div data-component="byline-block" class="ssrcss-1i4ie53-BylineBlock e1p2pvqd0">` +
				`<div class="ssrcss-m5j4pi-MetadataContent"><time data-testid="timestamp" datetime="2025-03-03T18:47:00.000Z">3 March 2025</time></div>` +
				`<div data-testid="byline-new-contributors"><span>Phil Mackie</span></div></div>`, time.Time{}, "2025-03-03", "time"},
		{"a fact-check's ClaimReview dates the story, not its claim", "https://factuel.example/non-une-taxe",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2025-03-05T17:42:00+01:00",` +
				`"author":{"@type":"Organization","name":"Factuel"},"claimReviewed":"Une taxe de 15 %","itemReviewed":{"@type":"Claim","datePublished":"2025-02-28",` +
				`"author":{"@type":"Person","name":"Jean Martin"}}}</script>`,
			`<h1>Non, une taxe de 15 % ne sera pas prélevée</h1><span class="meta-date">Publié le 05 mars 2025 à 17:42</span>`, time.Time{}, "2025-03-05", "jsonld"},
		{"a declared day without its clock takes the meta tag's instant on that day", "https://check.example/2025/03/07/pobreza",
			`<meta property="article:published_time" content="2025-03-07T10:20:00-03:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-07"}</script>`,
			`<h1>Council approves budget</h1>`, time.Time{}, "2025-03-07", "meta:article:published_time"},
		{"published label before time, teasers after", "https://gov.example/guide", "",
			`<h1>Council approves budget</h1><div><h4>Published</h4> <time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div>` +
				`<div><h4>Reviewed</h4> <time datetime="2020-10-08T12:00:00Z">8 October 2020</time></div>`, time.Time{}, "2018-11-15", "time"},
		{"updated label is not the publication", "https://gov.example/guide", "",
			`<h1>Council approves budget</h1><p>Last updated <time datetime="2020-10-08">8 October 2020</time></p>` +
				`<p>Published <time datetime="2018-11-15">15 November 2018</time></p>`, time.Time{}, "2018-11-15", "time"},
		{"declared dates are the last save", "https://co.example/stories/gim",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-19T22:02:58Z","dateModified":"2025-12-19T22:02:45Z"}</script>`,
			`<h1>Council approves budget</h1><div class="post-meta">Dec 18, 2025</div>`, time.Time{}, "2025-12-18", "visible:resaved-jsonld"},
		{"a shown day is the declared time's local day, not an earlier one", "https://co.example/2024/04/24/budget",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-24T20:25:00-04:00","dateModified":"2024-04-24T20:25:00-04:00"}</script>`,
			`<h1>Council approves budget</h1><div class="entry-meta"><span class="posted-on">April 24, 2024</span></div>`, time.Time{}, "2024-04-24", "jsonld"},
		{"a shown day is the local day of a declared UTC time, behind UTC", "https://letter.example/p/the-drayage-squeeze",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-25T02:10:00+00:00","dateModified":"2025-02-25T02:10:00+00:00"}</script>`,
			`<h1>Council approves budget</h1><div class="pencraft meta-EgzBVA">Feb 24, 2025</div>`, time.Time{}, "2025-02-24", "jsonld+shown-day"},
		{"a shown day is the local day of a declared UTC evening time, ahead of UTC", "https://mwangaza.example/mw/habari/bei-ya-mafuta-4950123/",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-03T21:30:00Z","dateModified":"2025-03-03T21:30:00Z"}</script>`,
			`<h1>Council approves budget</h1><time class="date" datetime="2025-03-03T21:30:00Z">Jumanne, Machi 04, 2025</time>`, time.Time{}, "2025-03-04", "jsonld+shown-day"},
		{"a shown day a day after a declared UTC morning time is no zone", "https://mwangaza.example/mw/habari/bei-ya-mafuta-4950123/",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-03T07:30:00Z","dateModified":"2025-03-03T07:30:00Z"}</script>`,
			`<h1>Council approves budget</h1><span class="date">Machi 04, 2025</span>`, time.Time{}, "2025-03-03", "jsonld"},
		{"the print issue named in a link above the headline", "https://herisson.example/articles/5432/le-prefet-la-piscine-et-le-golf/", "",
			`<p class="numero"><a href="/numero/5432/">Le Hérisson n° 5432 du mercredi 12 mars 2025</a></p><h1>Council approves budget</h1>`, time.Time{}, "2025-03-12", "visible:issue"},
		{"a byline block giving the update before the publication", "https://games.example/articles/starfall-tactics-review", "",
			`<h1>Council approves budget</h1><div class="article-byline">By <a href="/person/kai-moreno">Kai Moreno</a><div class="article-publish-date"><span>Updated: Mar 14, 2025 3:10 pm</span> <span>Posted: Mar 13, 2025 9:00 am</span></div></div>`,
			time.Time{}, "2025-03-13", "visible"},
		{"labels set after their dates: the publication first", "https://hanbit.example/news/articleView/809987/", "",
			`<h3 class="heading">Council approves budget</h3><div class="byline"><span class="name">기자 김민준</span></div><div class="datetime"><span class="input">2025.03.03 15:04 입력</span> / <span class="modify">2025.03.04 09:12 수정</span></div>`,
			time.Time{}, "2025-03-03", "visible"},
		{"an updated line after the publication line is not the publication", "https://co.example/2024/04/21/budget", "",
			`<h1>Council approves budget</h1><div class="entry-meta"><span class="byline">Von Fintan Abernathy und Nikolai Whitcombe</span> <span class="posted-on">21. April 2024, 05:01 Uhr MEZ</span> <span class="updated">Updated 22. April 2024, 01:01 Uhr MEZ</span></div>`,
			time.Time{}, "2024-04-21", "visible"},
		{"declared dates are the last save; the shown day is the one beside the headline, not a ticker's", "https://co.example/stories/gim",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-19T22:02:58Z","dateModified":"2025-12-19T22:02:45Z"}</script>`,
			`<div class="ticker"><span class="ticker-date">Dec 1, 2025</span> <a href="/a">Harbour reopens</a></div>` +
				`<h1>Council approves budget</h1><div class="post-meta">Dec 18, 2025</div>`, time.Time{}, "2025-12-18", "visible:resaved-jsonld"},
		{"declared dates are the last save, but the address files the story under their month", "https://co.example/2019/10/new-trainers-review",
			`<meta property="article:published_time" content="2019-10-01"><meta property="article:modified_time" content="2019-10-01">`,
			`<h1>Council approves budget</h1><div class="post-meta">Jan 18, 2019</div>`, time.Time{}, "2019-10-01", "meta:article:published_time"},
		{"declared dates that differ are kept", "https://co.example/stories/gim",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-19T22:02:58Z","dateModified":"2025-12-21T10:00:00Z"}</script>`,
			`<h1>Council approves budget</h1><div class="post-meta">Dec 18, 2025</div>`, time.Time{}, "2025-12-19", "jsonld"},
		{"utc meta, local zone from the page's times", "https://blog.example/2025/12/18/x",
			`<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">`,
			`<h1>Council approves budget</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>`, time.Time{}, "2025-12-18", "meta:article:published_time+zone"},
		{"utc meta, mixed zones stay utc", "https://blog.example/x",
			`<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">`,
			`<h1>Council approves budget</h1><time datetime="2025-12-18T19:05:00-08:00">a</time><time datetime="2025-12-18T22:05:00-05:00">b</time>`,
			time.Time{}, "2025-12-19", "meta:article:published_time"},
		{"unmarked date line above the headline", "https://co.example/blog/solar", "",
			`<div class="hero"><div class="pre">January 23, 2025</div><h1>Council approves budget</h1></div>`, time.Time{}, "2025-01-23", "visible:near-title"},
		{"category and date line", "https://co.example/blog/solar", "",
			`<h1>Council approves budget</h1><p class="x">blog | February 01, 2022</p>`, time.Time{}, "2022-02-01", "visible:near-title"},
		{"published line beats a nearer updated line", "https://co.example/blog/solar", "",
			`<h1>Council approves budget</h1><p>Updated Feb 11, 2026</p><p>Published Jan 5, 2026</p>`, time.Time{}, "2026-01-05", "visible:near-title"},
		{"date and reading time beside the headline in one block", "https://co.example/blog/solar", "",
			`<div class="hero"><div class="back"><a href="/blog">Blog home</a></div><h1>Council approves budget</h1>` +
				`<span class="x">December 18, 2025<!-- --> ・ 3 min read</span></div>`, time.Time{}, "2025-12-18", "visible:near-title"},
		{"numeric date with reading time", "https://co.example/blog/solar", "",
			`<h1>Council approves budget</h1><p class="x"><span>23.07.2025</span><span> · 6 min read</span></p>`, time.Time{}, "2025-07-23", "visible:near-title"},
		{"date beside a category list above the headline", "https://co.example/blog/solar", "",
			`<div class="kicker"><ul><li><a href="/tag/finance">Personal finance</a></li></ul> <span><span class="p">January 27, 2025</span></span></div>` +
				`<h1>Council approves budget</h1>`, time.Time{}, "2025-01-27", "visible:near-title"},
		{"date as a text node between legend and text", "https://co.example/archive/x.html", "",
			`<fieldset><legend>Council approves budget</legend> 20 December 2025 <div class="body"><p>Short intro.</p></div></fieldset>`,
			time.Time{}, "2025-12-20", "visible:near-title"},
		{"a sentence with a date is not a date line (the header rule reads it)", "https://co.example/blog/solar", "",
			`<h1>Council approves budget</h1><p>We met on Feb 11, 2026 at the hall.</p>`, time.Time{}, "2026-02-11", "visible:header"},
		{"date in a span beside the author's, no date class", "https://co.example/blog/solar", "",
			`<div><div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><h1>Council approves budget</h1></div>`,
			time.Time{}, "2025-12-17", "visible:near-title"},
		{"date in a span glued to a category and an update", "https://co.example/blog/solar", "",
			`<header><div><a href="/c/health">Mental Health</a><span>DECEMBER 22, 2022</span><span>Updated: JANUARY 02, 2026</span></div>` +
				`<h1>Council approves budget</h1></header>`, time.Time{}, "2022-12-22", "visible:near-title"},
		{"labelled byline with its date in a span after the dek", "https://co.example/operations/budget", "",
			`<header><h1>Council approves budget</h1><span>The council's plans for next year include new money for schools, roads and a harbour.</span>` +
				`<span> By <a href="/profile/jane-doe">Jane Doe</a> on Dec. 19, 2025 </span></header>`, time.Time{}, "2025-12-19", "visible:near-title"},
		{"listing time when the page has none", "https://news.example/a/123", "",
			`<h1>Council approves budget</h1>`, listed, "2024-05-08", "listed"},
		{"listing time gives a url date its clock", "https://news.example/2024/05/08/budget", "",
			`<h1>Council approves budget</h1>`, listed, "2024-05-08", "url+listed"},
		{"page date beats listing time", "https://news.example/a/123", `<meta property="article:published_time" content="2024-05-07T09:00:00Z">`,
			`<h1>Council approves budget</h1>`, listed, "2024-05-07", "meta:article:published_time"},
		{"scholarly citation date", "https://journal.example/article/e14273", `<meta name="citation_publication_date" content="2019/06/25">`,
			`<h1>Council approves budget</h1>`, time.Time{}, "2019-06-25", "meta:citation_publication_date"},
		{"Dublin Core issued date", "https://repo.example/item/55", `<meta name="DCTERMS.issued" content="2021-03-04">`,
			`<h1>Council approves budget</h1>`, time.Time{}, "2021-03-04", "meta:dcterms.issued"},
		{"an update line above the byline does not hide the date beside it", "https://co.example/2025/story-0/", "",
			`<h1>Council approves budget</h1><p class="updated-note"><span class="updated">Updated 04/03/2025 08:17 PM</span></p>` +
				`<div class="article-meta"><ul><li><span class="byline">Author: Laura Mitchell</span></li><li><span class="date">04/01/2025 05:17 PM</span></li></ul></div>`,
			time.Time{}, "2025-04-01", "visible"},
		{"microdata content on a visible element", "https://co.example/news/budget", "",
			`<h1>Council approves budget</h1><p>By Jane Doe · <span itemprop="datePublished" content="2024-03-05T10:30:00+01:00">5 March</span></p>`,
			time.Time{}, "2024-03-05", "microdata"},
		{"listing time in its own zone", "https://news.example/a/123", "",
			`<h1>Council approves budget</h1>`, time.Date(2024, 5, 7, 22, 0, 0, 0, est), "2024-05-07", "listed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Site</title>" + tc.head + "</head><body><article>" + tc.header +
				"<div class=\"text\">" + body + "</div></article></body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: tc.url, Body: []byte(doc), ListedAt: tc.listed})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := publishedDay(res); got != tc.wantDay {
				t.Errorf("PublishedAt = %v (%s), want day %s", res.PublishedAt, res.Provenance["published_at"], tc.wantDay)
			}
			if p := res.Provenance["published_at"]; !strings.HasPrefix(p, tc.prov) {
				t.Errorf("provenance %q, want %q", p, tc.prov)
			}
		})
	}
}

// TestArticleFooterDate checks that the byline and date in the footer of
// the <article> that holds the headline are the article's, not page
// chrome that a masthead's today outranks.
func TestArticleFooterDate(t *testing.T) {
	doc := `<html lang="uk"><head><title>Нова лінія</title></head><body><header><div class="masthead-date">5 грудня 2026, 23:03</div></header>` +
		`<main><article><h1>На лінії додадуть пізні поїзди</h1><p>` + strings.Repeat("Регіональний оператор додасть вечірні поїзди на прибережній лінії. ", 8) + `</p>` +
		`<footer class="article-footer"><p><span class="byline">Автор: Ірина Бондаренко</span></p><p><span class="date">Опубліковано: 9 жовтня 2025, 09:49</span></p></footer>` +
		`</article></main><footer>&copy; Газета</footer></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://gazeta.example/2025/story-75/", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got := publishedDay(res); got != "2025-10-09" {
		t.Errorf("PublishedAt = %q (%s), want 2025-10-09", got, res.Provenance["published_at"])
	}
}

// TestDatePanelAfterArticle checks a date panel after a long article: a
// date labelled as the publication counts, an unlabelled one (a teaser's)
// does not.
func TestDatePanelAfterArticle(t *testing.T) {
	var body strings.Builder
	for i := range 30 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the treatise tells how the coffee was brought to the city and who drank it in the houses by the river.</p>", i)
	}
	for _, tc := range []struct{ panel, want string }{
		{`<div class="dateline"><p class="small-meta">Published</p><p class="date">Feb 2, 2023</p></div>`, "2023-02-02"},
		{`<div class="dateline"><p class="date">Feb 2, 2023</p></div>`, ""},
	} {
		doc := "<html><head><title>A treatise on coffee</title></head><body><article><h1>A treatise on coffee</h1><div class=\"text\">" +
			body.String() + "</div></article>" + tc.panel + `<div class="more"><a href="/c/tea">Tea</a> <span class="date">Mar 5, 2024</span></div></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://co.example/collection/coffee", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		got := publishedDay(res)
		if got != tc.want {
			t.Errorf("panel %s: PublishedAt = %q (%s), want %q", tc.panel, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestFooterDateFarBelow checks that a date in the page's footer far
// below the article ("current server time is …") is not taken for the
// article's, while one in a footer just after the article is.
func TestFooterDateFarBelow(t *testing.T) {
	var body, links strings.Builder
	for i := range 8 {
		fmt.Fprintf(&body, "<p>Reply %d: we lived in the tiny house for a year and the winter was the hardest part of it, by far.</p>", i)
	}
	for i := range 60 {
		fmt.Fprintf(&links, `<li><a href="/t/%d">Thread %d</a></li>`, i, i)
	}
	for _, tc := range []struct{ between, want string }{
		{"<ul>" + links.String() + "</ul>", ""},
		{"", "2026-03-14"},
	} {
		doc := `<html><head><title>A year in a tiny house</title></head><body><div class="thread"><h2>A year in a tiny house</h2>` + body.String() +
			`</div>` + tc.between + `<footer><div class="timezone">current server time is Mar 14, 2026 13:52:53</div></footer></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://forum.example/t/123/tiny-house", Body: []byte(doc)})
		if res == nil {
			t.Fatalf("Extract: %v", err)
		}
		got := publishedDay(res)
		if got != tc.want {
			t.Errorf("%d nodes between: PublishedAt = %q (%s), want %q", len(tc.between), got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestPageDateOrder checks that an ambiguous numeric date is read in the
// order an unambiguous date on the same page shows, whatever the
// language says.
func TestPageDateOrder(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	for _, tc := range []struct{ other, want string }{
		{`<div class="updated-date">Updated 31/07/2025</div>`, "2025-07-03"},
		{`<div class="updated-date">Updated 07/31/2025</div>`, "2025-03-07"},
		{``, "2025-03-07"}, // lang="en": month first
	} {
		doc := `<html lang="en"><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>` +
			`<div class="post-date">03/07/2025</div>` + tc.other + `<div class="text">` + body + `</div></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://co.example/news/budget", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		got := publishedDay(res)
		if got != tc.want {
			t.Errorf("with %q: PublishedAt = %q (%s), want %q", tc.other, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestTimeLabel checks the labels read in front of a date, per language.
func TestTimeLabel(t *testing.T) {
	for _, tc := range testkit.ReadCases(t, "testdata/timelabel.txt", 2) {
		doc := "<html><body><p><span>" + tc[0] + "</span> <time>3 May 2024</time></p></body></html>"
		p := parseForTest(t, doc)
		if len(p.times) != 1 {
			t.Fatalf("%q: %d times", tc[0], len(p.times))
		}
		if got := p.timeLabel(p.nodes[p.times[0]].n); got != tc[1] {
			t.Errorf("timeLabel after %q = %q, want %q", tc[0], got, tc[1])
		}
	}
}

// parseForTest indexes an HTML document without extracting it.
func parseForTest(t *testing.T, doc string) *page {
	t.Helper()
	d, err := parseDeep([]byte(doc), 512)
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(d, "https://example.com/x", DefaultOptions(), 0)
	if err := p.index(); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFirstPublished checks the note that gives an article's first
// publication, per language, and the notes that must not count.
func TestFirstPublished(t *testing.T) {
	tests := []struct{ note, want string }{
		{"This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.", "2019-09-26"},
		{"First published March 3, 2021.", "2021-03-03"},
		{"Dieser Artikel wurde ursprünglich veröffentlicht am 3. März 2021.", "2021-03-03"},
		{"Cet article a été initialement publié le 3 mars 2021.", "2021-03-03"},
		{"Este artículo fue publicado originalmente el 3 de marzo de 2021.", "2021-03-03"},
		{"Статья впервые опубликовано 3 марта 2021 года.", "2021-03-03"},
		{"Provided the original work, first published in JMIR mHealth, is properly cited. Copyright 04.04.2019.", ""},
		{"We first published our plans in spring.", ""},
	}
	for _, tc := range tests {
		p := parseForTest(t, "<html><body><article><h1>T</h1><p>"+tc.note+"</p></article></body></html>")
		p.res = &Result{Provenance: map[string]string{}}
		got := ""
		if v, ok := p.firstPublished(false); ok {
			got = v.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("firstPublished(%q) = %q, want %q", tc.note, got, tc.want)
		}
	}
}

// publishedDay is the day of res's publication date, "" without one.
func publishedDay(res *Result) string {
	if res.PublishedAt == nil {
		return ""
	}
	return res.PublishedAt.Format(time.DateOnly)
}

// TestShownDateChoice checks which of several dates a page shows is taken
// when it declares none: the date element nearest the headline (not a
// ticker's above it), a date line without the update a theme hides inside
// it, and not a comment's time marked as its pubdate.
func TestShownDateChoice(t *testing.T) {
	body := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>" +
		"<p>Opposition members walked out before the final vote and promised to challenge the decision in court next month.</p>" +
		"<p>The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes.</p>"
	tests := []struct {
		name, before, header, after, wantDay string
		url                                  string // default https://co.example/news/budget
	}{
		{"nearest date element, not the ticker above",
			`<div class="ticker"><span class="ticker-date">[ December 8, 2025 ]</span> <a href="/a">Harbour reopens</a>` +
				` <span class="ticker-date">[ December 3, 2025 ]</span> <a href="/b">Mayor resigns</a></div>`,
			`<h1>Council approves budget</h1><div class="entry-meta"><span class="entry-date">June 3, 2024</span></div>`, "", "2024-06-03", ""},
		{"an update hidden inside the date line", "",
			`<h1>Council approves budget</h1><div class="post-meta-info">Tom <span class="updated hidden-snippet">2024-04-18T13:00:39+00:00</span> March 22nd, 2024 | Reviews</div>`,
			"", "2024-03-22", ""},
		{"a byline beside the headline carries the date", "",
			`<h1>Council approves budget</h1><span class="deck">A long night at the town hall.</span><span class="byline">By <a href="/p/lj">Lisa Jennings</a> on Dec. 19, 2025</span>`,
			"", "2025-12-19", ""},
		{"a date line under the headline beats related posts' dated cards", "",
			`<h1>Council approves budget</h1><p class="x">On Behalf of Smith &amp; Partners | Apr 21, 2017 | Local government</p>`,
			`<div class="related"><div class="card"><a href="/a">Harbour plan</a><span class="post-date">March 29, 2025</span></div>` +
				`<div class="card"><a href="/b">School roof</a><span class="post-date">March 27, 2025</span></div></div>`,
			"2017-04-21", ""},
		{"an unmarked time on another day than the URL's is a teaser", "",
			`<h1>Council approves budget</h1><div class="cards"><a href="/c">Next: the harbour</a> <time datetime="2026-03-09T06:00:00-07:00">March 9</time></div>`,
			"", "2020-03-20", "https://co.example/2020/03/20/budget"},
		{"only a last-updated line: the page's date", "",
			`<h1>Council approves budget</h1>`, `<p style="text-align:right">Last updated: November 13, 2025</p>`, "2025-11-13", ""},
		{"a comment's pubdate is not the article's", "",
			`<h1>Council approves budget</h1><div class="meta"><time class="entry-date updated">Jan 23, 2026</time></div>`,
			`<ol class="comment-list"><li class="comment"><p>Great news for the harbour, finally.</p><time pubdate>Jan 24, 2026 at 8:26 am</time></li></ol>`,
			"2026-01-23", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget - Site</title></head><body>" + tc.before + "<article>" + tc.header +
				"<div class=\"text\">" + body + "</div></article>" + tc.after + "</body></html>"
			url := "https://co.example/news/budget"
			if tc.url != "" {
				url = tc.url
			}
			res, err := New(DefaultOptions()).Extract(Input{URL: url, Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := publishedDay(res); got != tc.wantDay {
				t.Errorf("PublishedAt = %v (%s), want day %s", res.PublishedAt, res.Provenance["published_at"], tc.wantDay)
			}
		})
	}
}

// TestHeaderLineBeforeBodyDateLine checks that the date in the article
// header's byline line ("By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST
// | Fact-checked by John Roe", not a date line on its own) dates the page
// before a date line far down in the article's text ("Data as of Dec 20,
// 2025." under a table).
func TestHeaderLineBeforeBodyDateLine(t *testing.T) {
	para := "<p>The council approved the budget on <em>Monday</em> after a long debate that ran late into the night, officials said.</p>"
	doc := "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>" +
		`<div>By <a href="/author/1">Jane Doe</a> – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by <a href="/author/2">John Roe</a></div>` +
		"<div class=\"text\">" + strings.Repeat(para, 80) + "<table><tr><td>Acme</td><td>12%</td></tr></table><div>Data as of Dec 20, 2025.</div>" +
		strings.Repeat(para, 5) + "</div></article></body></html>"
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://co.example/investing/budget", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	// The byline line that shows the date is read as the header's date
	// line or as the dated line nearest the headline: either way, not the
	// body's "Data as of" line.
	if got, prov := publishedDay(res), res.Provenance["published_at"]; got != "2025-09-09" || (prov != "visible:header" && prov != "visible:near-title") {
		t.Errorf("PublishedAt = %v (%s), want day 2025-09-09 from visible:header or visible:near-title", res.PublishedAt, prov)
	}
}

// TestHeaderWithHeadline checks that a <header> outside any <article> that
// holds the headline is the article's header, not the site's masthead: the
// date line in it dates the page.
func TestHeaderWithHeadline(t *testing.T) {
	para := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>"
	doc := "<html><head><title>Council approves budget</title></head><body>" +
		`<header><div><a href="/">Home</a></div></header>` +
		`<div><header><div><a href="/travel/">Travel</a> <span></span> <time>September 8, 2021</time> <span>5 min read</span></div>` +
		"<h1>Council approves budget</h1><div><a href=\"/author/jane\">Jane Doe</a></div></header>" +
		"<main><div>" + strings.Repeat(para, 6) + "</div></main></div></body></html>"
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://co.example/travel/budget/", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got := publishedDay(res); got != "2021-09-08" {
		t.Errorf("PublishedAt = %v (%s), want day 2021-09-08", res.PublishedAt, res.Provenance["published_at"])
	}
}

// TestBarLineDate checks that a line of parts set apart by bars under the
// headline, one of them a date ("On Behalf of Doe Law | Apr 21, 2017 |
// Products Liability"), dates the page before the dated teasers further
// down its container.
func TestBarLineDate(t *testing.T) {
	para := "<p>The council approved the budget on Monday after a long debate that ran late into the night, officials said.</p>"
	doc := "<html><head><title>Council approves budget</title></head><body><div><div><h1>Council approves budget</h1></div>" +
		`<div><div><p>On Behalf of <a href="/about/">Doe Law Firm</a> | Apr 21, 2017 | Products Liability</p>` + strings.Repeat(para, 4) + "</div>" +
		`<div><div><h3><a href="/blog/a">Harbour reopens</a></h3><div><span>March 29, 2025</span></div>` +
		`<div>` + strings.Repeat(para, 3) + `</div></div>` +
		`<div><h3><a href="/blog/b">Schools get money</a></h3><div><span>March 27, 2025</span></div>` +
		`<div>` + strings.Repeat(para, 3) + `</div></div></div></div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://law.example/blog/budget/", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got := publishedDay(res); got != "2017-04-21" {
		t.Errorf("PublishedAt = %v (%s), want day 2017-04-21", res.PublishedAt, res.Provenance["published_at"])
	}
}

// TestRelativeNearTitle checks that a relative time under the headline
// ("2 uur geleden") dates the article against the fetch, ahead of the
// absolute dates of the comments and related stories after it.
func TestRelativeNearTitle(t *testing.T) {
	fetched := time.Date(2026, 12, 5, 1, 30, 0, 0, time.UTC)
	for _, tc := range []struct{ lang, ago, want string }{
		{"nl", "2 uur geleden", "2026-12-04"},
		{"fr", "il y a 1 heures", "2026-12-05"},
		{"zh", "5小时前", "2026-12-04"},
	} {
		doc := `<html lang="` + tc.lang + `"><head><title>Brug - Krant</title></head><body><main><article><h1>Provincie bouwt brug opnieuw</h1>` +
			`<span class="ago">` + tc.ago + `</span><p>` + strings.Repeat("De provincie bouwt de oude stenen brug over de rivier opnieuw. ", 6) + `</p></article>` +
			`<section class="related"><h2>Meer nieuws</h2><div class="teaser"><a href="/n/">Haven weer open</a> <span class="teaser-date">25-11-2026</span></div></section>` +
			`<section id="comments"><ul><li class="comment"><span class="comment-author">river_fan</span> <span class="comment-date">06-12-2026</span><p>Eindelijk.</p></li></ul></section>` +
			`</main></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://krant.example/news/bridge-1.html", Body: []byte(doc), FetchedAt: fetched})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if got := publishedDay(res); got != tc.want {
			t.Errorf("%s %q: PublishedAt = %q (%s), want %s", tc.lang, tc.ago, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestDayFirstEnglishHost checks that a page marked only "en" reads an
// ambiguous numeric date day first under a British, Irish, Australian or
// other day-first country domain, and month first elsewhere.
func TestDayFirstEnglishHost(t *testing.T) {
	for _, tc := range []struct{ url, lang, want string }{
		{"https://news.example.co.uk/local/pool-refurbished", `lang="en"`, "2025-06-05"},
		{"https://www.example.com.au/local/pool-refurbished", `lang="en"`, "2025-06-05"},
		{"https://news.example.com/local/pool-refurbished", `lang="en"`, "2025-05-06"},
		// An XHTML page names its language in xml:lang.
		{"https://news.example.com/local/pool-refurbished", `xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"`, "2025-06-05"},
	} {
		doc := `<html ` + tc.lang + `><head><title>Old pool to be refurbished</title></head><body><article><h1>Old pool to be refurbished</h1>` +
			`<p class="info">By Fiona Walsh · 05/06/2025</p><p>` + strings.Repeat("The council will refurbish the old indoor pool rather than knock it down. ", 6) + `</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: tc.url, Body: []byte(doc)})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if got := publishedDay(res); got != tc.want {
			t.Errorf("%s: PublishedAt = %q (%s), want %s", tc.url, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestDateOrderFromUnmarkedLine checks that the day-month order a page
// shows in an unmarked line under the headline is reported for the site
// to learn.
func TestDateOrderFromUnmarkedLine(t *testing.T) {
	doc := `<html><head><title>Old pool to be refurbished - Town Pages</title></head><body><div class="story"><h1>Old pool to be refurbished</h1>` +
		`<div class="info"><span>By Gareth Hughes</span> <span>Published 25/06/2025</span></div><p>` +
		strings.Repeat("The council has decided to refurbish the old indoor swimming pool rather than knock it down. ", 6) + `</p></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "http://127.0.2.79:18100/artikel/536.html", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if res.DateOrder != "dmy" || publishedDay(res) != "2025-06-25" {
		t.Errorf("DateOrder %q, day %q; want dmy, 2025-06-25", res.DateOrder, publishedDay(res))
	}
}

// TestDateClassWords: an element whose class names a date in German,
// Dutch or Scandinavian ("datum") or Spanish ("fecha") is a date element
// like one whose class says "date": its date is read as the page's
// (provenance "visible"), not found later by the near-title scan, and a
// masthead's day does not stand in for it.
func TestDateClassWords(t *testing.T) {
	for _, c := range []struct{ name, url, header, day string }{
		{"datum", "https://kritik.example/kolumnen/im-schlepptau",
			`<p class="intro"><span class="text_datum">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren aus Make-up und Glitter, auf Partys und in Shows.</p>`, "2023-10-31"},
		{"fecha", "https://diario.example/politica/presupuesto",
			`<p class="bajada">El gobierno presentó el presupuesto. <span class="nota-fecha">3 de mayo de 2022</span></p>`, "2022-05-03"},
	} {
		doc := `<html><head><title>Council approves budget - Site</title></head><body><header><div class="navtop"><time datetime="2023-11-01T13:56:20+01:00">Today</time></div></header><article><h1>Council approves budget</h1>` +
			c.header + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: c.url, Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := publishedDay(res); got != c.day || res.Provenance["published_at"] != "visible" {
			t.Errorf("%s: PublishedAt = %v (%s), want day %s by visible", c.name, res.PublishedAt, res.Provenance["published_at"], c.day)
		}
	}
}

// TestSelfTeaserDate: a page without a date of its own takes the date its
// teaser shows in the list of the site's stories beside it; another
// story's teaser is not read as its own (the list may still be taken for
// the page's chrome, as before).
func TestSelfTeaserDate(t *testing.T) {
	list := func(selfHref string) string {
		return `<aside><ul class="news"><li><span class="htag"><a href="/de/news/NewsDetail__18727/">Die Rückkehr des Preisprotestes</a></span> <span class="time">29.11.2022</span></li>` +
			`<li><span class="htag"><a href="` + selfHref + `">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</a></span> <span class="time">21.11.2022</span></li></ul></aside>`
	}
	// A teaser whose link is the whole card around its heading.
	card := func(selfHref string) string {
		return `<aside><a href="/de/news/NewsDetail__18727/"><div class="teaser"><div class="authored">29.11.2022</div><h2>Die Rückkehr des Preisprotestes</h2><p>Ein Appell.</p></div></a>` +
			`<a href="` + selfHref + `"><div class="teaser"><div class="authored">21.11.2022</div><h2>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h2><p>Was jetzt gilt.</p></div></a></aside>`
	}
	for _, c := range []struct{ name, aside, day string }{
		{"own teaser", list("/de/preise__312/NewsDetail__18725/"), "2022-11-21"},
		{"own teaser, absolute address with www", list("https://www.verbraucher.example/de/preise__312/NewsDetail__18725"), "2022-11-21"},
		{"another page's teaser", list("/de/preise__312/NewsDetail__18700/"), ""},
		{"own card", card("/de/preise__312/NewsDetail__18725/"), "2022-11-21"},
		{"another page's card", card("/de/preise__312/NewsDetail__18700/"), ""},
	} {
		doc := `<html><head><title>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</title></head><body><article><h1>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h1>` +
			paragraphs(5) + `</article>` + c.aside + `</body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.verbraucher.example/de/preise__312/NewsDetail__18725/", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		prov := res.Provenance["published_at"]
		if c.day == "" {
			if prov == "visible:self-teaser" {
				t.Errorf("%s: dated %v by another page's teaser", c.name, res.PublishedAt)
			}
			continue
		}
		if got := publishedDay(res); got != c.day || prov != "visible:self-teaser" {
			t.Errorf("%s: PublishedAt = %v (%s), want day %q by visible:self-teaser", c.name, res.PublishedAt, prov, c.day)
		}
	}
}

// TestCountryZone: a publication time declared in UTC on a page whose
// other times carry no zone is given the zone of the site's country (its
// top-level domain, or the region of its language tag), so that its day
// is the publisher's; the instant does not change. Sites on domains sold
// to anyone, and countries of several zones, keep UTC.
func TestCountryZone(t *testing.T) {
	for _, c := range []struct {
		name, url, lang, stamp, day, prov string
	}{
		{"Argentine domain, evening story", "https://www.diario.com.ar/politica/jugada", "es", "Wed, 04 May 2022 00:25:56 GMT", "2022-05-03", "jsonld+country-zone"},
		{"German domain, summer time", "https://www.zeitung.de/politik/beschluss-100.html", "de", "2024-07-01T22:30:00Z", "2024-07-02", "jsonld+country-zone"},
		{"German domain, winter time", "https://www.zeitung.de/politik/beschluss-101.html", "de", "2024-01-15T23:30:00Z", "2024-01-16", "jsonld+country-zone"},
		{"generic domain, region in the language tag", "https://www.noticias.com/politica/jugada", "es-AR", "2022-05-04T00:25:56Z", "2022-05-03", "jsonld+country-zone"},
		{"a .co startup blog keeps UTC", "https://startup.co/blog/launch", "en", "2022-05-04T00:25:56Z", "2022-05-04", "jsonld"},
		{"US English keeps UTC", "https://www.paper.com/news/vote", "en-US", "2022-05-04T00:25:56Z", "2022-05-04", "jsonld"},
	} {
		page := `<html lang="` + c.lang + `"><head><title>Council approves budget</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"` +
			c.stamp + `"}</script></head><body><article><h1>Council approves budget</h1>` + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: c.url, Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := publishedDay(res); got != c.day || res.Provenance["published_at"] != c.prov {
			t.Errorf("%s: PublishedAt = %v (%s), want day %s by %s", c.name, res.PublishedAt, res.Provenance["published_at"], c.day, c.prov)
		}
	}
}

// TestDateBesideAuthor: a line that gives the date and the author set
// apart by a comma with a space before it ("1. Februar 2022 , Daniel
// Dillenburg", as templates that join two fields write it) is a dated
// byline line, as it is without the space.
func TestDateBesideAuthor(t *testing.T) {
	for _, line := range []string{"1. Februar 2022 , Daniel Dillenburg", "1. Februar 2022, Daniel Dillenburg", "4 December 2025 · Jane Doe"} {
		if !datedBylineLine(line) {
			t.Errorf("datedBylineLine(%q) = false, want true", line)
		}
	}
	if datedBylineLine("1. Februar 2022 , ") {
		t.Error("a date and a comma alone read as a dated byline")
	}
}

// TestSourceInstantZone: a publication time declared in UTC takes the
// zone of the same instant written with an offset anywhere in the page
// source (an analytics block's publish time), so its day is the
// publisher's; and a site whose <time> shows the UTC day keeps UTC rather
// than its country's zone.
func TestSourceInstantZone(t *testing.T) {
	for _, c := range []struct {
		name, url, extra, stamp, day, prov string
	}{
		{"analytics block with the offset", "https://www.paper.example.com/2023/11/08/child-dead", `<script>var dl = {'Publish Hour of Day' : '2023-11-08T17:49:09-08:00'};</script>`,
			"2023-11-09T01:49:09Z", "2023-11-08", "jsonld+zone"},
		{"another instant's offset is not taken", "https://www.paper.example.com/2023/11/08/child-dead", `<script>var dl = {'Update Hour of Day' : '2023-11-08T18:17:08-08:00'};</script>`,
			"2023-11-09T01:49:09Z", "2023-11-09", "jsonld"},
		{"German site showing the UTC day", "https://www.zeitung.de/politik/beschluss-100.html", `<p><time datetime="2024-07-01T22:30:00+00:00">1. Juli 2024</time></p>`,
			"2024-07-01T22:30:00Z", "2024-07-01", "jsonld"},
		{"German site showing the local day", "https://www.zeitung.de/politik/beschluss-100.html", `<p><time datetime="2024-07-01T22:30:00+00:00">2. Juli 2024</time></p>`,
			"2024-07-01T22:30:00Z", "2024-07-02", "jsonld+country-zone"},
		// The clock the page shows for the instant gives the zone.
		{"shown clock an hour ahead", "https://fjordposten.example/ny-elfaerge/", `<p><time class="byline-meta-date" datetime="2025-03-19">19. März 2025, 00:25 Uhr</time></p>`,
			"2025-03-18T23:25:00Z", "2025-03-19", "jsonld+zone"},
		{"shown clock five hours behind", "https://journal.example/actualites/traversier/", `<div class="article__dates"><span class="date">6. März 2025, 21:10 Uhr</span> <span class="date">Aktualisiert 7. März 2025, 23:21 Uhr</span></div>`,
			"2025-03-07T02:10:00Z", "2025-03-06", "jsonld+zone"},
		{"a clock at another minute is not the instant's", "https://journal.example/actualites/traversier/", `<div class="article__dates"><span class="date">6. März 2025, 21:14 Uhr</span></div>`,
			"2025-03-07T02:10:00Z", "2025-03-07", "jsonld"},
	} {
		page := `<html lang="de"><head><title>Council approves budget</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"` +
			c.stamp + `"}</script>` + `</head><body><article><h1>Council approves budget</h1>` + c.extra + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: c.url, Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := publishedDay(res); got != c.day || res.Provenance["published_at"] != c.prov {
			t.Errorf("%s: PublishedAt = %v (%s), want day %s by %s", c.name, res.PublishedAt, res.Provenance["published_at"], c.day, c.prov)
		}
	}
}

// TestLeadDate: a story that shows no date but opens its first paragraph
// with one, as press releases and wire copy do, is dated by it; a
// paragraph that only mentions a date is not.
func TestLeadDate(t *testing.T) {
	body := strings.Repeat("Die Beratungsstellen melden seit Wochen steigende Zahlen und fordern mehr Geld vom Land. ", 4)
	for _, c := range []struct{ lead, day string }{
		{"27.1.2022 - Bei der Erinnerung an die Verfolgten ", "2022-01-27"},
		{"01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Chefin. ", "2022-02-01"},
		{"Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden ", "2021-11-12"},
		{"BERLIN, 3. März 2025 – Die Stadt hat ", "2025-03-03"},
		// A wire's place after its name, its date in brackets.
		{"CaseWire, New York (March 11, 2025, 9:05 PM EDT) -- A federal judge said ", "2025-03-11"},
		{"Am 27.1.2022 wurde in der Stadt - wie jedes Jahr - gedacht. ", ""},
		// Lines that each open with a date are a list.
		{"2025-03-01: Eine frühere Fassung nannte ein falsches Datum.</p><p>2025-03-02: Eine frühere Fassung nannte einen falschen Namen. ", ""},
	} {
		doc := `<html lang="de"><head><title>Gedenken in der Stadt</title></head><body><article><h1>Gedenken in der Stadt</h1><p>` + c.lead + body + `</p><p>` + body + `</p><p>` + body + `</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.verband.example/news/gedenken", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%q: %v", c.lead, err)
		}
		if c.day == "" {
			if res.Provenance["published_at"] == "visible:lead" {
				t.Errorf("%q: dated %v by its lead", c.lead, res.PublishedAt)
			}
			continue
		}
		if got := publishedDay(res); got != c.day {
			t.Errorf("%q: PublishedAt = %v (%s), want day %q", c.lead, res.PublishedAt, res.Provenance["published_at"], c.day)
		}
	}
}

// TestShownOrder: a declared numeric date whose day and month could be
// read either way is read the way the page shows the day.
func TestShownOrder(t *testing.T) {
	for _, c := range []struct{ shown, day string }{
		{"Erstellt am: 01.11.2023", "2023-11-01"},
		{"Erstellt am: 11.01.2023", "2023-01-11"},
		{"", "2023-01-11"},
	} {
		doc := `<html lang="de"><head><title>Trinkwasser wieder sauber</title><meta name="date" content="11/01/2023 12:43:42"></head><body><article><h1>Trinkwasser wieder sauber</h1>` +
			paragraphs(5) + `<p class="date">` + c.shown + `</p></article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.zeitung.example.ch/region/trinkwasser", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%q: %v", c.shown, err)
		}
		if got := publishedDay(res); got != c.day {
			t.Errorf("%q: PublishedAt = %v (%s), want day %s", c.shown, res.PublishedAt, res.Provenance["published_at"], c.day)
		}
	}
}

// TestTimeStampAttribute: a <time> that gives its instant as a Unix stamp
// in a data attribute, labelled as the publication after an update's
// <time> ("Oppdatert … Publisert …"), dates the story at that instant, in
// the zone its text shows.
func TestTimeStampAttribute(t *testing.T) {
	doc := `<html lang="nb"><head><title>Ny skole på Gol</title></head><body><article><h1>Ny skole på Gol</h1><div class="meta">` +
		`<span>Oppdatert <time data-timestamp="1741246140">6. mars 2025 kl. 08.29</time></span> <span>Publisert <time data-timestamp="1741151880">5. mars 2025 kl. 06.18</time></span></div>` +
		paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://avis.example/nyheter/ny-skole/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 3, 5, 5, 18, 0, 0, time.UTC)
	if res.PublishedAt == nil || !res.PublishedAt.Equal(want) || publishedDay(res) != "2025-03-05" {
		t.Fatalf("PublishedAt = %v (%s), want %v on 2025-03-05", res.PublishedAt, res.Provenance["published_at"], want)
	}
	if _, off := res.PublishedAt.Zone(); off != 3600 {
		t.Errorf("PublishedAt %v: want the zone the page shows, +01:00", res.PublishedAt)
	}
}

// TestUpdateThenPublication: a line under the headline that gives the
// byline, the update and then the publication takes the publication.
func TestUpdateThenPublication(t *testing.T) {
	doc := `<html lang="pl"><head><title>System kaucyjny</title></head><body><article><header><h1>System kaucyjny</h1><div class="article-info">` +
		`<span class="signature">Oprac. Marta Kowalczyk</span> <span class="dates">zaktualizowano: 08.03.2025 08:30 | opublikowano: 07.03.2025 07:30</span></div></header>` +
		paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://fakty.example/system-kaucyjny-7012364634a.html", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if got := publishedDay(res); got != "2025-03-07" {
		t.Errorf("PublishedAt = %v (%s), want 2025-03-07", res.PublishedAt, res.Provenance["published_at"])
	}
	if got, ok := publicationPart("Jane Doe · Published 3 March 2025"); ok {
		t.Errorf("publicationPart without an update = %q, want none", got)
	}
}

// TestBuildStampDeclared: a static site whose JSON-LD datePublished is the
// time the page was last built (months after the day it shows under the
// headline, with no modified time) is dated by the shown day; a declared
// time a few days after the shown day (a late-evening story, an edit)
// keeps the declaration.
func TestBuildStampDeclared(t *testing.T) {
	page := func(declared string) string {
		return `<html lang="es"><head><title>El festival bate récord</title><script type="application/ld+json">{"@type":"Article","headline":"El festival bate récord","datePublished":"` + declared + `"}</script></head><body>` +
			`<div class="noticia"><h1>El festival bate récord de espectadores</h1><div class="noticia-module--date--7Yu6j">14 de octubre de 2024 · 20:15</div>` +
			`<div class="cuerpo">` + paragraphs(5) + `</div></div></body></html>`
	}
	for _, tt := range []struct{ declared, want string }{
		{"2025-06-02T03:14:22.000Z", "2024-10-14"},
		{"2024-10-16T09:00:00Z", "2024-10-16"},
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://valle.example/noticias/el-festival-bate-record/", Body: []byte(page(tt.declared))})
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDay(res); got != tt.want {
			t.Errorf("declared %s: PublishedAt = %q (%s), want %s", tt.declared, got, res.Provenance["published_at"], tt.want)
		}
	}
}

// TestFirstPublishedHoursEarlier: a republished story whose declared time
// is its last update shows "First published" with a clock and a zone
// fifteen hours earlier, on the day before: that is its publication.
func TestFirstPublishedHoursEarlier(t *testing.T) {
	page := `<html lang="en-GB"><head><title>Plans for 300 homes approved</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Plans for 300 homes approved","datePublished":"2025-03-03T09:15:00Z","dateModified":"2025-03-03T09:15:00Z"}</script></head><body><article>` +
		`<h1>Plans for 300 homes approved</h1><p class="timestamp"><span class="updated">Last updated: Mon 3 Mar 2025 09.15 GMT</span><br><span class="published">First published: Sun 2 Mar 2025 18.40 GMT</span></p>` +
		paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://post.example/news/local-news/plans-for-300-homes-24399422", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 3, 2, 18, 40, 0, 0, time.UTC)
	if res.PublishedAt == nil || !res.PublishedAt.Equal(want) {
		t.Errorf("PublishedAt = %v (%s), want %v", res.PublishedAt, res.Provenance["published_at"], want)
	}
}

// TestTitleStampOnDateElement: the publication's full timestamp in the
// title of the element that shows its day wins over a later "Updated"
// clock beside it.
func TestTitleStampOnDateElement(t *testing.T) {
	page := `<html lang="en-PK"><head><title>Sindh cabinet approves budget</title></head><body><article><h1>Sindh cabinet approves budget</h1>` +
		`<div class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp--date" title="2025-03-05T02:10:00+05:00">March 5, 2025</span> ` +
		`<span class="timestamp--label">Updated</span> <span class="timestamp--time">March 5, 2025 09:10am</span></div>` + paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://dawnpost.example/news/468536/sindh-cabinet-approves-budget", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 3, 4, 21, 10, 0, 0, time.UTC)
	if res.PublishedAt == nil || !res.PublishedAt.Equal(want) {
		t.Errorf("PublishedAt = %v (%s), want %v", res.PublishedAt, res.Provenance["published_at"], want)
	}
}

// TestUpdateClockNotStitched: a line with the publication's day and then
// an update's clock and day gives the publication's day alone, not that
// day at the update's time.
func TestUpdateClockNotStitched(t *testing.T) {
	for _, line := range []string{"Published 5 March 2025 – Updated 9.42pm GMT, 7 March 2025",
		"Publicado: 5 de marzo de 2025 Actualizado: 7 de marzo de 2025, 21:47"} {
		page := `<html><head><title>Harbourside beat Castleford</title></head><body><article><h1>Harbourside beat Castleford</h1><p class="dateline">` + line + `</p>` + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://sport.example/football/harbourside-beat-castleford/", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if res.PublishedAt == nil || res.PublishedAt.Format("2006-01-02 15:04") != "2025-03-05 00:00" {
			t.Errorf("%q: PublishedAt = %v (%s), want 5 March without a clock", line, res.PublishedAt, res.Provenance["published_at"])
		}
	}
}

// TestShownZoneOfDeclaredClock: a declared clock without a zone takes the
// zone the page shows beside the same clock (blind web aw: an Indian
// daily's "07:15 (IST)", an Indonesian portal's "14:00 WIB").
func TestShownZoneOfDeclaredClock(t *testing.T) {
	for _, tt := range []struct{ lang, ld, shown, want string }{
		{"hi", "2025-03-05T07:15:00", `<span class="pubDate">प्रकाशित: 5 मार्च 2025 07:15 (IST)</span>`, "2025-03-05T01:45:00Z"},
		{"id", "2025-03-05 14:00:00", `<div class="read__time">SuaraNusantara.com - 05/03/2025, 14:00 WIB</div>`, "2025-03-05T07:00:00Z"},
	} {
		page := `<html lang="` + tt.lang + `"><head><title>Story</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","datePublished":"` + tt.ld + `"}</script></head>` +
			`<body><article><h1>A headline of the story for the test</h1>` + tt.shown + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/news/story-136273/", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.PublishedAt.UTC().Format(time.RFC3339); got != tt.want {
			t.Errorf("%s beside %s: PublishedAt = %s (%s), want %s", tt.ld, tt.shown, got, res.Provenance["published_at"], tt.want)
		}
	}
}

// TestDeclaredStampOverShownDate covers declared dates that are the
// page's rendering or last update rather than its publication.
func TestDeclaredStampOverShownDate(t *testing.T) {
	para := strings.Repeat("<p>市政署表示，氹仔舊城區步行街優化工程將於下月展開，為期約五個月，工程包括更換路面石材、改善排水及增設休憩座椅。</p>", 4)
	kor := strings.Repeat("<p>경상북도는 지난달 산불로 피해를 본 농가에 최대 5천만 원의 특별융자를 지원한다. 금리는 연 1퍼센트이며 2년 거치 3년 상환 조건이다.</p>", 4)
	tests := []struct {
		name, doc, wantDay, prov string
	}{
		{"a declared day that the masthead shows as today",
			`<html lang="zh-MO"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"步行街優化工程下月展開","datePublished":"2025-03-05"}</script></head><body>` +
				`<div class="header"><a href="/">時報</a><div class="paperdate">2025年3月5日 星期三</div></div><div class="content"><table class="article">` +
				`<tr><td class="riq">2025年3月3日 星期一</td></tr><tr><td><h1>步行街優化工程下月展開</h1></td></tr><tr><td class="zhengwen">` + para + `</td></tr></table></div></body></html>`,
			"2025-03-03", "visible:resaved-jsonld"},
		{"a declared day that is not the masthead's today stands",
			`<html lang="zh-MO"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"步行街優化工程下月展開","datePublished":"2025-03-05"}</script></head><body>` +
				`<div class="header"><a href="/">時報</a><div class="paperdate">2025年3月6日 星期四</div></div><div class="content"><table class="article">` +
				`<tr><td class="riq">2025年3月3日 星期一</td></tr><tr><td><h1>步行街優化工程下月展開</h1></td></tr><tr><td class="zhengwen">` + para + `</td></tr></table></div></body></html>`,
			"2025-03-05", "jsonld"},
		{"a declared time that the page shows as its update",
			`<html lang="ko"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"경북 산불 피해 농가에 특별융자","datePublished":"2025-02-28T09:00:12","dateModified":"2025-02-28T09:00:12"}</script></head><body>` +
				`<div class="article_view"><h2 class="title">경북 산불 피해 농가에 특별융자</h2><div class="article_date"><span>입력 2025-02-27 23:40:00</span><span>수정 2025-02-28 09:00:12</span></div>` +
				`<div class="article_txt">` + kor + `</div></div></body></html>`,
			"2025-02-27", "visible:resaved-jsonld"},
		{"a declared time that the page's updated <time> shows",
			`<html lang="fr"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Forfaits","datePublished":"2025-03-05T08:00:00+01:00","dateModified":"2025-03-05T08:00:00+01:00"}</script></head><body>` +
				`<article><h1>Pourquoi les forfaits mobiles vont augmenter</h1><div class="article-meta"><span class="article-dates">Publié le <time datetime="2025-03-04T10:15:00+01:00" class="entry-date published">4 mars 2025 à 10h15</time> · ` +
				`Mis à jour le <time datetime="2025-03-05T08:00:00+01:00" class="updated">5 mars 2025 à 08h00</time></span></div><div class="entry-content">` + kor + `</div></article></body></html>`,
			"2025-03-04", "visible:resaved-jsonld"},
		{"a shown time hours before the declared one, with no update shown",
			`<html lang="ko"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"경북 산불 피해 농가에 특별융자","datePublished":"2025-02-28T09:00:12","dateModified":"2025-02-28T09:00:12"}</script></head><body>` +
				`<div class="article_view"><h2 class="title">경북 산불 피해 농가에 특별융자</h2><div class="article_date"><span>입력 2025-02-27 23:40:00</span></div>` +
				`<div class="article_txt">` + kor + `</div></div></body></html>`,
			"2025-02-28", "jsonld"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://paper.example/html/2025-03/content_1.htm", Body: []byte(tc.doc)})
			if err != nil {
				t.Fatal(err)
			}
			if got := publishedDay(res); got != tc.wantDay || res.Provenance["published_at"] != tc.prov {
				t.Errorf("PublishedAt = %v (%s), want day %s (%s)", res.PublishedAt, res.Provenance["published_at"], tc.wantDay, tc.prov)
			}
		})
	}
}

// TestKickerDate: a kicker above the headline that dates the story after
// a dash ("Verkehr/Ausschuss - 05.03.2025 (hib 142/2025)") gives its date.
func TestKickerDate(t *testing.T) {
	doc := `<html lang="de"><head><title>Ausschuss billigt Reform der Lkw-Maut</title></head><body><article class="bt-artikel"><div class="bt-artikel__title">` +
		`<p class="bt-dachzeile">Verkehr/Ausschuss - 05.03.2025 (hib 142/2025)</p><h1>Ausschuss billigt Reform der Lkw-Maut für Handwerksbetriebe</h1></div>` +
		`<div class="bt-artikel__text"><p>` + strings.Repeat("Der Verkehrsausschuss hat den Gesetzentwurf der Bundesregierung in geänderter Fassung angenommen. ", 8) + `</p></div>` +
		`</article><footer>Bundestag</footer></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://bundestag.example/presse/hib/kurzmeldungen-1045678", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got := publishedDay(res); got != "2025-03-05" {
		t.Errorf("PublishedAt = %q (%s), want 2025-03-05", got, res.Provenance["published_at"])
	}
}

// TestStampZone: a publication clock read from the page's text without a
// zone takes the offset of a machine stamp that writes the same wall
// clock (WordPress's <time datetime> beside "September 13, 2025 2:14 am"),
// so the instant is the publisher's; a stamp at another minute gives
// nothing.
func TestStampZone(t *testing.T) {
	for _, c := range []struct {
		name, stamp, want, prov string
	}{
		{"same clock, offset in the stamp", "2025-09-13T02:14:00-07:00", "2025-09-13T09:14:00Z", "visible+stamp-zone"},
		{"another minute", "2025-09-13T02:15:00-07:00", "2025-09-13T02:14:00Z", "visible"},
	} {
		page := `<html lang="en"><head><title>Clinic takes patients</title></head><body><article><h1>Clinic takes patients</h1>` +
			`<div class="entry-meta"><span class="posted-on">Last Updated: <time class="updated" datetime="` + c.stamp + `">September 13, 2025 2:14 am</time></span></div>` +
			paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://trend.example/clinic-takes-patients/", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if res.PublishedAt == nil || res.PublishedAt.UTC().Format(time.RFC3339) != c.want || res.Provenance["published_at"] != c.prov {
			t.Errorf("%s: PublishedAt = %v (%s), want %s by %s", c.name, res.PublishedAt, res.Provenance["published_at"], c.want, c.prov)
		}
	}
}

// TestPostedOnDate checks the date lines of old portal systems beside a
// headline in bold: a byline that gives its date after "on" with a read
// count after it, and a labelled date line that a <br> sets apart from the
// topic line, both without their year; a subheading that names a day
// inside a sentence still dates nothing.
func TestPostedOnDate(t *testing.T) {
	fetched := time.Date(2026, 12, 7, 20, 0, 0, 0, time.UTC)
	body := `<font class="content">` + strings.Repeat("The parish council will now ask the county highways department to fund the crossing from its road safety budget. ", 5) + `</font>`
	for _, tc := range []struct{ name, head, want string }{
		{"posted by, on, read count", `<font class="option"><b>Parish council backs new crossing</b></font><br>` +
			`<font class="content">Posted by <a href="/u/admin">admin</a> on Tuesday, March 04 @ 10:15:32 GMT (112 reads)<br>Topic <a href="/t/2">Local Council</a></font>`, "2025-03-04"},
		{"labelled line before a topic line", `<center><font class="content"><b>Parish council backs new crossing</b></font><br>` +
			`<font class="tiny"><b>Date:</b> Tuesday, March 04 @ 10:15:32 GMT<br><b>Topic:</b> Local Council<br><br></font></center>`, "2025-03-04"},
		{"German byline, am", `<h1>Parish council backs new crossing</h1><div class="meta">von <a href="/autor/berg">Jana Berg</a> am 4. März 2025 (3 Kommentare)<br>Rubrik: Lokales</div>`, "2025-03-04"},
		{"a subheading's day is no date line", `<h1>Parish council backs new crossing</h1><h2>Inloopavond op 2 april</h2>`, ""},
	} {
		doc := `<html><head><title>Parish council backs new crossing</title></head><body><table><tr><td>` + tc.head + `</td></tr><tr><td>` + body + `</td></tr></table></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://village.example/article57.html", Body: []byte(doc), FetchedAt: fetched})
		if err != nil {
			t.Fatalf("%s: Extract: %v", tc.name, err)
		}
		if got := publishedDay(res); got != tc.want {
			t.Errorf("%s: PublishedAt = %q (%s), want %q", tc.name, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestStaleDeclaredDate checks a declared publication that the template
// stamps on every story (its build time, the site's launch day): the date
// line under the headline, a year or more later, is the story's. A page
// that declares a later modification, or that says its line is an update,
// keeps the declaration (an old guide shows when it was last revised).
func TestStaleDeclaredDate(t *testing.T) {
	body := `<div class="article-body">` + strings.Repeat("<p>Plans to reopen the railway between the two towns moved a step closer after the government agreed to pay for detailed design work.</p>", 4) + `</div>`
	ld := func(pub, mod string) string {
		s := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rail link wins design money","datePublished":"` + pub + `"`
		if mod != "" {
			s += `,"dateModified":"` + mod + `"`
		}
		return s + `}</script>`
	}
	for _, tc := range []struct{ name, head, line, want string }{
		{"build time on every story", ld("2023-10-02T14:07:31Z", "2023-10-02T14:07:31Z"), `<span class="article-date">Published: 5th March 2025</span>`, "2025-03-05"},
		{"build time, the line under two author cards", ld("2023-10-02T14:07:31Z", "2023-10-02T14:07:31Z"),
			`<p class="standfirst">Growers fear leaving fields bare this year</p><div class="image"><img src="/i.jpg" alt=""></div><div class="info">` +
				`<div class="author-info"><span class="author-name"><a href="/author/profile/188021.harriet_cole/">Harriet Cole</a></span><span class="author-role">Chief Reporter</span></div>` +
				`<div class="author-info"><span class="author-name"><a href="/author/profile/201377.tom_bexley/">Tom Bexley</a></span><span class="author-role">Farming Correspondent</span></div>` +
				`<div class="publish-info"><span class="article-date">Published: 12th March 2025</span></div></div>`, "2025-03-12"},
		{"launch day, unlabelled line", ld("2008-04-23T00:00:00+02:00", ""), `<span>Rocío Márquez</span> <span>Córdoba</span> <time>Lunes, 3 de marzo 2025, 21:40</time>`, "2025-03-03"},
		{"a later modification declared", ld("2019-06-18T10:00:00+03:00", "2025-03-04T09:45:00+03:00"), `<span class="date">4 March 2025</span>`, "2019-06-18"},
		{"the line is the update", ld("2018-06-12T10:00:00Z", ""), `<div class="byline">Written by Jane Doe — Updated on March 7, 2025</div>`, "2018-06-12"},
		{"within a year", ld("2024-11-02T10:00:00Z", ""), `<span class="date">5 March 2025</span>`, "2024-11-02"},
	} {
		doc := `<html lang="en"><head><title>Rail link wins design money</title>` + tc.head + `</head><body><article><h1>Rail link wins design money</h1><div class="meta">` + tc.line + `</div>` + body + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://standard.example/news/25001877.rail-link-wins-design-money/", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%s: Extract: %v", tc.name, err)
		}
		if got := publishedDay(res); got != tc.want {
			t.Errorf("%s: PublishedAt = %q (%s), want %s", tc.name, got, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestZonelessDeclaredUTC checks a publication time declared without its
// zone that the page shows some whole hours later: the engine dropped the
// zone of a UTC stamp, so the stored time carries the shown clock's
// offset and the publisher's day. A shown clock equal to the declared one
// leaves it as it is.
func TestZonelessDeclaredUTC(t *testing.T) {
	body := strings.Repeat("<p>Cessnock City Council has approved the first stage of a solar farm on former smelter land, in a project its backers say will power thousands of homes.</p>", 4)
	for _, tc := range []struct{ shown, want string }{
		{"March 11 2025 - 7:00am", "2025-03-11T07:00:00+11:00"},
		{"March 10 2025 - 8:00pm", "2025-03-10T20:00:00Z"},
	} {
		doc := `<html lang="en-AU"><head><title>Solar farm wins approval</title><meta property="article:published_time" content="2025-03-10T20:00:00">` +
			`</head><body><article><h1>Solar farm wins approval</h1><div class="byline">Mia Tran</div><div class="date">` + tc.shown + `</div>` + body + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://sentinel.example/story/8893410/solar-farm-wins-approval/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if res.PublishedAt == nil || res.PublishedAt.Format(time.RFC3339) != tc.want {
			t.Errorf("shown %q: PublishedAt = %v (%s), want %s", tc.shown, res.PublishedAt, res.Provenance["published_at"], tc.want)
		}
	}
}

// TestStaleDeclaredDateFreshTeaser: a declared publication is not taken
// for a template's stamp because of a teaser's "2 jam lalu" (2 hours ago)
// in the list of the latest stories beside the story, whose own date line
// ("3hb Mac 2025, 6:24 petang") the extractor cannot read. The page is
// saved from the test web ae.
func TestStaleDeclaredDateFreshTeaser(t *testing.T) {
	doc, err := os.ReadFile("testdata/declared-date-fresh-teaser.html")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(DefaultOptions()).Extract(Input{URL: "http://127.0.2.231:18110/berita/wilayah/817014/jeti-feri-butterworth-dinaik-taraf-siap-hujung-tahun/",
		Body: doc, FetchedAt: time.Date(2026, 12, 7, 20, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if got := publishedDay(res); got != "2025-03-03" {
		t.Errorf("PublishedAt = %q (%s), want the declared 2025-03-03", got, res.Provenance["published_at"])
	}
}
