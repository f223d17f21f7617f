package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTextOfInline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<h1>Planning C<span>ycle</span> From Two Weeks</h1>`, "Planning Cycle From Two Weeks"},
		{`<h1>中居正広<a href="/x">氏</a>が引退</h1>`, "中居正広氏が引退"},
		{`<div><a>Jane Doe</a><a>John Roe</a></div>`, "Jane Doe John Roe"},
		{`<div>By <a>Jane Doe</a>, <a>John Roe</a></div>`, "By Jane Doe, John Roe"},
		{`<div><p>One</p><p>Two</p></div>`, "One Two"},
		{`<div>5<sup>th</sup> place</div>`, "5th place"},
		{`<div><span>ผู้เขียน: อนุชา บุญมา</span><span>11 ก.พ. 2568</span></div>`, "ผู้เขียน: อนุชา บุญมา 11 ก.พ. 2568"},
		{`<div>第<span>3</span>回</div>`, "第3回"},
	} {
		doc, _ := html.Parse(strings.NewReader(tt.in))
		if got := textOf(doc); got != tt.want {
			t.Errorf("textOf(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCJKInlineLinks: a link inside Chinese or Japanese text does not get
// a space around it in the body (which would split a word), while glued
// Latin links still do.
func TestCJKInlineLinks(t *testing.T) {
	para := `<p>タレントの中居正広<a href="/people/nakai">氏</a>が芸能界を引退すると発表した。関係者によると、本人の意向を尊重し、所属事務所も了承したという。今後の活動については未定としている。</p>`
	page := `<html><head><title>中居正広氏が引退</title></head><body><article><h1>中居正広氏が引退</h1>` + strings.Repeat(para, 4) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example.jp/articles/2025/01/23/nakai-retires", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "中居正広氏が") || strings.Contains(res.Text, "中居正広 氏") {
		t.Errorf("Text = %q, want the linked 氏 glued to the name", res.Text)
	}
}

// TestStreamedHiddenParts: the text React streams into <div hidden
// id="S:0"> is the page's, while ordinary hidden elements stay out.
func TestStreamedHiddenParts(t *testing.T) {
	page := `<html><head><title>Council votes on bike lanes</title></head><body><div id="root"><h1>Council votes on bike lanes</h1><template id="B:0"></template><div class="popup"><p>Sign up for our newsletter to get the best stories every morning in your inbox, free of charge.</p></div></div>
<div hidden id="S:0"><article>` + paragraphs(6) + `</article></div><div hidden><p>This hidden teaser text is never shown to readers and must stay out of the article body.</p></div>
<script>$RC("B:0","S:0")</script></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/city/council-votes-on-bike-lanes-2024", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "Paragraph 3 of the story") || strings.Contains(res.Text, "never shown") || strings.Contains(res.Text, "newsletter") {
		t.Errorf("Text = %q", res.Text)
	}
}

// TestJoinersKept: the zero-width non-joiner and joiner inside a word are
// part of its spelling (Persian "خیابان‌ها", Hindi "क्‍ष") and stay; where
// a word begins they are dropped like other invisible characters.
func TestJoinersKept(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"در خیابان\u200cها می\u200cشود", "در خیابان\u200cها می\u200cشود"},
		{"क्\u200dष", "क्\u200dष"},
		{"\u200c a \u200cb\u200c", "a b\u200c"},
		{"x\u200by", "xy"},
	} {
		if got := collapse(tt.in); got != tt.want {
			t.Errorf("collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\nb", "a\u00a0b", "x\u200by", "\xff", "Jane Doe", "中居正広 氏", "a\ufffdb"} {
		f.Add(s)
	}
	for _, s := range []string{"再生へ\u3000市が", " a \u3000 b\u3000\u3000c ", "\u3000", "a\u3000\u00a0b", "می\u200cشود", "\u200c a \u200db\u200c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapse(s), collapseSpaces(s); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	})
}
