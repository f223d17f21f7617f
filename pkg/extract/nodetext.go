package extract

// This file reads the text of a node: inline elements joined without
// splitting words, whitespace collapsed.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the whitespace-collapsed text of n's subtree.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return collapse(n.Data)
	}
	c := n.FirstChild
	if c == nil {
		return ""
	}
	if c.NextSibling == nil && c.Type == html.TextNode {
		// A lone text child: its text as it is, without a copy.
		return collapse(joinInline(c.Data))
	}
	var b strings.Builder
	b.Grow(rawTextLen(n))
	writeRawText(&b, n)
	return collapse(joinInline(b.String()))
}

// skipText reports whether the text of elements with atom a is left out
// of a node's text.
func skipText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		return true
	}
	return false
}

// writeRawText writes the text of n's children to b as textOf reads it
// before joining and collapsing: a space around each element that
// separates words, a NUL byte (a mark for joinInline) around each inline
// one.
func writeRawText(b *strings.Builder, n *html.Node) { writeTextSep(b, n, ' ') }

// writeTextSep is writeRawText with what it writes around each element
// that separates words (a <br> included) given: a space, or brLines' line
// mark.
func writeTextSep(b *strings.Builder, n *html.Node, block byte) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if skipText(c.DataAtom) {
				continue
			}
			// Any element but an inline one separates words; an
			// inline one leaves a mark that joinInline resolves.
			sep := block
			if isInline(c.DataAtom) {
				sep = 0
			}
			b.WriteByte(sep)
			writeTextSep(b, c, block)
			b.WriteByte(sep)
		}
	}
}

// rawTextLen returns the length of what writeRawText writes for n.
func rawTextLen(n *html.Node) int {
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			size += len(c.Data)
		case html.ElementNode:
			if !skipText(c.DataAtom) {
				size += 2 + rawTextLen(c)
			}
		}
	}
	return size
}

// joinInline resolves the marks (NUL bytes) textOf leaves at the edges of
// inline elements: nothing where the words around them are written without
// spaces (CJK, "中居正広<a>氏</a>") or a word continues in lower case
// ("C<span>ycle</span>"); a space elsewhere, as between two author links
// "<a>Jane Doe</a><a>John Roe</a>".
func joinInline(s string) string {
	i := strings.IndexByte(s, 0)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for {
		// s[:i] holds no mark: copy it whole. The rune before the
		// marks is the last one of the run (decoding backwards gives
		// the rune decoding forwards ends with, valid or not).
		if i > 0 {
			b.WriteString(s[:i])
			prev, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		j := i
		for j < len(s) && s[j] == 0 {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		glue := wideRune(prev) || wideRune(next) || unicode.IsLower(next) ||
			!unicode.IsLetter(prev) && !unicode.IsDigit(prev) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
		if thaiDigitEdge(prev, next) {
			// Thai sets numbers apart with a space: "อนุชา บุญมา</span><span>11 ก.พ."
			// is a name, then a date.
			glue = false
		}
		if !glue {
			b.WriteByte(' ')
		}
		s = s[j:]
		if i = strings.IndexByte(s, 0); i < 0 {
			b.WriteString(s)
			return b.String()
		}
	}
}

// thaiDigitEdge reports whether an element boundary falls between a Thai
// letter and an ASCII digit, either way round.
func thaiDigitEdge(a, b rune) bool {
	thai := func(r rune) bool { return r >= 0x0E01 && r <= 0x0E4E }
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	return thai(a) && digit(b) || digit(a) && thai(b)
}

// isInline reports whether elements with atom a are inline: they do not
// break a word (inlineAtoms).
func isInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Span, atom.B, atom.I, atom.Em, atom.Strong, atom.Small,
		atom.Sup, atom.Sub, atom.Mark, atom.Abbr, atom.Cite, atom.Code, atom.Time,
		atom.Font, atom.U, atom.S, atom.Q, atom.Bdi, atom.Bdo, atom.Label,
		atom.Ins, atom.Del, atom.Dfn, atom.Kbd, atom.Var, atom.Samp, atom.Data:
		return true
	}
	return false
}

// inlineAtoms are the elements that do not break a word (the set isInline
// tests).
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true, atom.Small: true,
	atom.Sup: true, atom.Sub: true, atom.Mark: true, atom.Abbr: true, atom.Cite: true, atom.Code: true, atom.Time: true,
	atom.Font: true, atom.U: true, atom.S: true, atom.Q: true, atom.Bdi: true, atom.Bdo: true, atom.Label: true,
	atom.Ins: true, atom.Del: true, atom.Dfn: true, atom.Kbd: true, atom.Var: true, atom.Samp: true, atom.Data: true,
}

// collapse trims s and collapses whitespace runs (including no-break
// spaces) into single spaces; soft hyphens and zero-width spaces are
// removed, and so are zero-width joiners and non-joiners where a word begins.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return collapseSpaces(s)
}

// collapseSpaces is collapse without the test for text that needs none. A
// run of ideographic spaces alone stays one ideographic space: Japanese
// and Chinese headlines set their parts apart with it ("旧港の倉庫群、文化
// 施設に再生へ　市が計画案を公表").
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, wide := false, false
	started := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
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
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapsed reports whether collapse would return s as it is: valid UTF-8
// with single ASCII spaces between words, none at the ends, and none of
// the invisible characters collapse drops.
func collapsed(s string) bool {
	space := true // at the start, a space is one too many
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
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

// nodeText is textOf for the elements of the page, each read once: the
// DOM does not change after parsing, so a node's text is kept for the
// callers that ask again.
func (p *page) nodeText(n *html.Node) string {
	if n.Type != html.ElementNode || n.FirstChild == nil {
		return textOf(n)
	}
	if t, ok := p.texts[n]; ok {
		return t
	}
	t := textOf(n)
	if p.texts == nil {
		p.texts = make(map[*html.Node]string, 256)
	}
	p.texts[n] = t
	return t
}

// brLines returns the text of n cut into the lines its <br> elements end
// (and its child blocks start), each collapsed, empty ones left out; nil
// when n holds no <br>: "Date: Tuesday, March 04<br>Topic: Local
// Council" is two lines, not one.
func brLines(n *html.Node) []string {
	if !holdsBr(n) {
		return nil
	}
	var b strings.Builder
	writeTextSep(&b, n, lineMark)
	var out []string
	for _, l := range strings.Split(b.String(), string(rune(lineMark))) {
		if t := collapse(joinInline(l)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// holdsBr reports whether n holds a <br> in its text.
func holdsBr(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipText(c.DataAtom) && (c.DataAtom == atom.Br || holdsBr(c)) {
			return true
		}
	}
	return false
}

// lineMark ends a line in the text brLines cuts (a control character no
// page's text holds).
const lineMark = '\x01'
