package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// TestIsInline: isInline answers as the inlineAtoms set does.
func TestIsInline(t *testing.T) {
	for a := range inlineAtoms {
		if !isInline(a) {
			t.Errorf("isInline(%s) = false", a)
		}
	}
	for _, a := range []atom.Atom{atom.Div, atom.P, atom.Li, atom.Br, atom.Img, atom.Script, 0} {
		if isInline(a) != inlineAtoms[a] {
			t.Errorf("isInline(%s) = %v", a, isInline(a))
		}
	}
}

// TestJoinInlineInvalid: runs of invalid UTF-8 around the marks are read
// as decoding forwards reads them.
func TestJoinInlineInvalid(t *testing.T) {
	for _, s := range []string{"\x00", "a\x00b", "\xc3\x00\xa9", "é\xa9\x00x", "\xe4é\x00A", "A\x00\x00\x00", "\x00\x00a", "中\x00a\x00", "a\xff\x00B"} {
		if got, want := joinInline(s), joinInlineRunes(s); got != want {
			t.Errorf("joinInline(%q) = %q, want %q", s, got, want)
		}
	}
}

// joinInlineRunes is joinInline decoding every rune forwards, as it was
// first written.
func joinInlineRunes(s string) string {
	var b strings.Builder
	var prev rune
	for i := 0; i < len(s); {
		if s[i] != 0 {
			r, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			prev = r
			i += n
			continue
		}
		j := i
		for j < len(s) && s[j] == 0 {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		glue := wideRune(prev) || wideRune(next) || unicode.IsLower(next) ||
			!unicode.IsLetter(prev) && !unicode.IsDigit(prev) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
		if thaiDigitEdge(prev, next) {
			glue = false
		}
		if !glue {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// TestCollapseBytes: collapse, reading ASCII bytes without decoding
// them, answers as decoding every rune did, on valid and invalid UTF-8.
func TestCollapseBytes(t *testing.T) {
	pieces := []string{"a", "Z", " ", "  ", "\n", "\t", "\r", "\f", "\u00a0", "\u2009", "\u202f", "\u2002", "\u2003", "\u3000",
		"\u00ad", "\u200b", "\ufeff", "\u200c", "\u200d", "é", "中", "\xff", "\xc3", "\xa9", "\xe4\xb8", "\ufffd", "\x00", "."}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collapsed(s), collapsedRunes(s); got != want {
			t.Fatalf("collapsed(%q) = %v, want %v", s, got, want)
		}
		if got, want := collapseSpaces(s), collapseSpacesRunes(s); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// collapseSpacesRunes is collapseSpaces decoding every rune, as it was
// first written.
func collapseSpacesRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, wide := false, false
	started := false
	for _, r := range s {
		switch r {
		case ' ', '\n', '\t', '\r', '\f', '\u00a0', '\u2009', '\u202f', '\u2002', '\u2003':
			space, wide = true, false
			continue
		case '\u3000':
			wide = !space || wide
			space = true
			continue
		case '\u00ad', '\u200b', '\ufeff':
			continue
		case '\u200c', '\u200d':
			// The zero-width non-joiner and joiner spell words in
			// Persian and the Indic scripts ("می‌شود"): kept after a
			// word's first letter, dropped where a word begins.
			if space || !started {
				continue
			}
		}
		if space && started {
			if wide {
				b.WriteRune('\u3000')
			} else {
				b.WriteByte(' ')
			}
		}
		space, wide = false, false
		started = true
		b.WriteRune(r)
	}
	return b.String()
}

// collapsedRunes is collapsed decoding every rune, as it was first
// written.
func collapsedRunes(s string) bool {
	space := true // at the start, a space is one too many
	for _, r := range s {
		switch r {
		case ' ':
			if space {
				return false
			}
			space = true
			continue
		case '\n', '\t', '\r', '\f', '\u00a0', '\u2009', '\u202f', '\u2002', '\u2003', '\u3000',
			'\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff', utf8.RuneError:
			return false
		}
		space = false
	}
	return !space || s == ""
}

// TestBrLines checks that the lines a <br> ends are read apart, inline
// elements joined into their line, and that a node without <br> gives none.
func TestBrLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`<b>Date:</b> Tuesday, March 04<br><b>Topic:</b> Local Council<br><br>`, []string{"Date: Tuesday, March 04", "Topic: Local Council"}},
		{`Posted by <a>admin</a> on <span>Tuesday</span><br/>Topic<div>Block</div>`, []string{"Posted by admin on Tuesday", "Topic", "Block"}},
		{`No break <b>here</b>`, nil},
	} {
		doc, _ := html.Parse(strings.NewReader(`<div>` + tc.in + `</div>`))
		if got := brLines(doc); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("brLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
