package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// line is one rendered text block.
type line struct {
	text    string
	owner   int32
	heading bool
	title   bool // the headline itself: dropped, but marks where the article starts
}

type renderer struct {
	p       *page
	raw     bool // keep link lists and teasers (page text of non-articles)
	linkEnd bool // the last thing rendered was a link's text
	// inCaption is set inside a photo essay's caption (captionsTell).
	inCaption bool
	buf       []byte
	owners    []int32
	lines     []line
	ok        bool
}

// minStoryText is the text, in bytes, an <article> element with an <h1>
// needs to count as a story for narrowToStory (a headline and a
// paragraph), and minStoryArticle the text one without needs (more than a
// teaser card).
const (
	minStoryText    = 150
	minStoryArticle = 400
)

// commentArticle reports whether an <article> element is a reader's
// comment or a forum reply (schema.org Comment, a class or id that says
// so), which is never a story of its own.
func commentArticle(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "comment") || strings.HasSuffix(attr(n, "itemtype"), "/Comment") {
		return true
	}
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(v, "comment") || strings.Contains(v, "reply")
}

// narrowToStory narrows the main container to the <article> that holds
// the headline when the container holds two or more stories, each in an
// <article> with an <h1> of its own or a story's length (not a comment,
// a reply): the next story rendered below the first for
// endless scrolling is not part of this one's text, byline or date.
func (p *page) narrowToStory() {
	m := p.mainIdx
	head := p.headlineIdx()
	if head <= m || head >= p.nodes[m].end {
		return
	}
	var stories []int32
	for k := m + 1; k < p.nodes[m].end; k++ {
		nk := &p.nodes[k]
		if nk.n.DataAtom != atom.Article {
			continue
		}
		if nk.flags&fSkip == 0 && nk.text >= minStoryText && (p.holdsH1(k) || nk.text >= minStoryArticle && !commentArticle(nk.n)) {
			stories = append(stories, k)
		}
		k = nk.end - 1 // an article inside an article is part of it
	}
	if len(stories) < 2 {
		return
	}
	for _, a := range stories {
		if head > a && head < p.nodes[a].end {
			p.mainIdx, p.mainGood = a, p.nodes[a].good
			return
		}
	}
}

// holdsH1 reports whether element i has an <h1> inside.
func (p *page) holdsH1(i int32) bool {
	for _, h := range p.h1s {
		if h > i && h < p.nodes[i].end {
			return true
		}
	}
	return false
}

// extractBody renders the chosen container into Result.Text.
func (p *page) extractBody() {
	if p.mainIdx < 0 {
		return
	}
	p.narrowToStory()
	p.captionsTell = p.photoEssay()
	r := renderer{p: p, ok: true, buf: make([]byte, 0, 1024), lines: make([]line, 0, 64)}
	r.owners = append(r.owners, p.mainIdx)
	r.visit(p.mainIdx)
	r.flush()
	lines := p.applyTemplate(p.filterLines(r.lines))
	p.bodyLines = len(lines)
	p.lastLineOwner = -1
	if len(lines) > 0 {
		p.lastLineOwner = lines[len(lines)-1].owner
	}
	n := 0
	for _, l := range lines {
		n += len(l.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	p.res.Text = b.String()
	if lead := p.leadAbove(); lead != "" && nonSpace(p.res.Text) >= p.opts.MinTextChars && !strings.Contains(p.res.Text, lead) {
		p.res.Text = lead + "\n" + p.res.Text
	}
	if p.res.Text != "" {
		p.res.Provenance["text"] = "dom"
		if p.templateDropped > 0 {
			p.res.Provenance["text"] = "dom+template"
		}
	}
}

// pageText fills Result.Text of a page that is not an article and whose
// body text came out shorter than an article's minimum (listings, whose
// teasers the article renderer drops): the page's visible text outside
// navigation and other boilerplate, link lists and teasers included.
func (p *page) pageText() {
	if p.body < 0 || len(p.res.Text) >= p.opts.MinTextChars {
		return
	}
	saved := p.mainIdx
	p.mainIdx = p.body // visit renders its root even when flagged
	r := renderer{p: p, raw: true, ok: true, buf: make([]byte, 0, 1024), lines: make([]line, 0, 64)}
	r.owners = append(r.owners, p.body)
	r.visit(p.body)
	r.flush()
	p.mainIdx = saved
	n := 0
	for _, l := range r.lines {
		n += len(l.text) + 1
	}
	if n <= len(p.res.Text)+1 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, l := range r.lines {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	p.res.Text = b.String()
	p.res.Provenance["text"] = "dom:page"
}

func (r *renderer) visit(idx int32) int32 {
	p := r.p
	ni := &p.nodes[idx]
	if r.inCaption {
		// A photo essay's caption: its text, not the photographer's
		// credit beside it.
		if ni.flags&fSkip != 0 || indexFoldStr(attr(ni.n, "class"), "credit") >= 0 {
			return ni.end
		}
	} else if ni.flags&(fSkip|fBoil|fCaption) != 0 && idx != p.mainIdx {
		if !p.captionsTell || ni.flags&fSkip != 0 || ni.n.DataAtom != atom.Figure && ni.n.DataAtom != atom.Figcaption {
			return ni.end
		}
		if ni.n.DataAtom == atom.Figcaption {
			r.inCaption = true
			defer func() { r.inCaption = false }()
		}
	}
	if r.raw && ni.flags&fBoilTag != 0 && idx != p.mainIdx {
		return ni.end // nav, aside, footer, forms: never page text
	}
	if !r.raw && p.promoted && ni.parent == p.mainIdx && ni.link >= 30 && ni.good < float32(ni.link) {
		return ni.end
	}
	block := ni.flags&fBlock != 0
	if block {
		r.flush()
		r.owners = append(r.owners, idx)
	}
	k := idx + 1
	for c := ni.n.FirstChild; c != nil && r.ok; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if r.linkEnd && startsWord(c.Data) && endsWord(r.buf) && !gluedScript(r.buf, c.Data) && !continuesWord(r.buf, c.Data) {
				r.buf = append(r.buf, ' ')
			}
			r.linkEnd = false
			r.buf = append(r.buf, c.Data...)
		case html.ElementNode:
			if k >= int32(len(p.nodes)) || p.nodes[k].n != c {
				r.ok = false // index out of sync: stop rendering rather than misattribute
				break
			}
			if c.DataAtom == atom.Br {
				r.buf = append(r.buf, '\n')
			}
			if c.DataAtom == atom.A {
				// Links glued to the words around them (common in CJK
				// text) are rendered as separate words.
				start := len(r.buf)
				k = r.visit(k)
				if start > 0 && start < len(r.buf) && endsWord(r.buf[:start]) && startsWord(string(r.buf[start:])) &&
					!gluedScript(r.buf[:start], string(r.buf[start:])) && !continuesWord(r.buf[:start], string(r.buf[start:])) {
					r.buf = append(r.buf[:start], append([]byte{' '}, r.buf[start:]...)...)
				}
				r.linkEnd = len(r.buf) > start
				continue
			}
			r.linkEnd = false
			k = r.visit(k)
		}
	}
	if block {
		r.flush()
		r.owners = r.owners[:len(r.owners)-1]
	}
	return ni.end
}

// flush turns the buffered inline text into lines (split at <br>).
func (r *renderer) flush() {
	if len(r.buf) == 0 {
		return
	}
	owner := r.owners[len(r.owners)-1]
	ni := &r.p.nodes[owner]
	heading := ni.flags&fHeading != 0
	keep := true
	if ni.ownText > 0 && linkHeavy(ni.ownText, ni.ownLink) && !r.raw && !r.p.inTextList(owner) && !r.p.introducedList(owner) &&
		!(heading && numbered(r.buf)) {
		keep = false
	}
	if ni.flags&fTeaser != 0 && !r.raw {
		keep = false
	}
	if ni.n.DataAtom == atom.H1 && (len(r.lines) == 0 || r.p.isTitle(string(r.buf))) {
		// The headline; later <h1>s inside the body are subheadings.
		if keep {
			r.lines = append(r.lines, line{text: collapse(string(r.buf)), owner: owner, title: true})
		}
		keep = false
	}
	if keep {
		s := string(r.buf)
		for s != "" {
			var part string
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				part, s = s[:i], s[i+1:]
			} else {
				part, s = s, ""
			}
			t := collapse(part)
			if t == "" || !hasWordChar(t) {
				continue
			}
			r.lines = append(r.lines, line{text: t, owner: owner, heading: heading})
		}
	}
	r.buf = r.buf[:0]
}

func hasWordChar(s string) bool {
	for _, c := range s {
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
				return true
			}
			continue
		}
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// startsWord reports whether s begins with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gluedScript reports whether the text on both sides of a link boundary
// is written without spaces between words (Chinese, Japanese, Thai) or
// glues particles to words (Korean): "中居正広<a>氏</a>" stays one word,
// while a Latin name linked inside Japanese text is set apart.
func gluedScript(before []byte, after string) bool {
	a, _ := utf8.DecodeLastRune(before)
	b, _ := utf8.DecodeRuneInString(after)
	return wideRune(a) && wideRune(b)
}

// continuesWord reports whether the text after a link boundary goes on
// with the word before it: a lower-case letter after a letter, as in a
// word split over two links or styled in parts ("<a>b</a><a>acon</a>").
func continuesWord(before []byte, after string) bool {
	a, _ := utf8.DecodeLastRune(before)
	b, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLetter(a) && unicode.IsLower(b)
}

// wideRune reports whether r belongs to a script written without spaces
// between words, or to Hangul.
func wideRune(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// endsWord reports whether b ends with a letter or digit.
func endsWord(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// repeatMaxChars bounds the lines the pull-quote check looks at.
const repeatMaxChars = 400

// repeatMaxLines bounds the body lines the pull-quote check runs on.
const repeatMaxLines = 400

// listOf returns the <ul> or <ol> whose item element i is, or -1 when i
// is no <li> of one.
func (p *page) listOf(i int32) int32 {
	nodes := p.nodes
	if nodes[i].n.DataAtom != atom.Li {
		return -1
	}
	list := nodes[i].parent
	if list < 0 {
		return -1
	}
	switch nodes[list].n.DataAtom {
	case atom.Ul, atom.Ol:
		return list
	}
	return -1
}

// inTextList reports whether element i is an item of a list at least half
// of whose items are plain text (a checklist with some items linked to shops or
// sources): its linked items belong to it, unlike those of a list of
// links.
func (p *page) inTextList(i int32) bool {
	nodes := p.nodes
	if nodes[i].flags&fListItem == 0 {
		return false
	}
	list := p.listOf(i)
	if list < 0 {
		return false
	}
	if v, ok := p.textLists[list]; ok {
		return v
	}
	items, plain := 0, 0
	for k := list + 1; k < nodes[list].end; k = nodes[k].end {
		nk := &nodes[k]
		if nk.n.DataAtom != atom.Li || nk.ownText == 0 {
			continue
		}
		items++
		if !linkHeavy(nk.ownText, nk.ownLink) {
			plain++
		}
	}
	v := items >= 4 && plain*2 >= items
	if p.textLists == nil {
		p.textLists = make(map[int32]bool, 8)
	}
	p.textLists[list] = v
	return v
}

// introducedList reports whether element i is an item, or a paragraph
// of an item, of a list the text introduces: the paragraph before the
// list is a sentence ending in a colon ("Many patches were sent for
// review:"), so its linked items are the sentence's content, not a block
// of links beside the article.
func (p *page) introducedList(i int32) bool {
	nodes := p.nodes
	li := i
	if nodes[li].n.DataAtom != atom.Li {
		if li = nodes[i].parent; li < 0 {
			return false
		}
	}
	list := p.listOf(li)
	if list < 0 {
		return false
	}
	if v, ok := p.introLists[list]; ok {
		return v
	}
	v := introducedByColon(nodes[list].n)
	if p.introLists == nil {
		p.introLists = make(map[int32]bool, 8)
	}
	p.introLists[list] = v
	return v
}

// introducedByColon reports whether the element before list (or before
// the wrapper it is the first child of) is a paragraph of at least four
// words that ends in a colon.
func introducedByColon(list *html.Node) bool {
	n := list
	for range 3 {
		prev := n.PrevSibling
		for prev != nil && prev.Type != html.ElementNode {
			if prev.Type == html.TextNode && strings.TrimSpace(prev.Data) != "" {
				return false
			}
			prev = prev.PrevSibling
		}
		if prev == nil {
			if n = n.Parent; n == nil || n.DataAtom != atom.Div {
				return false
			}
			continue
		}
		if prev.DataAtom == atom.Div {
			// A wrapper whose last element is the paragraph.
			last := prev.LastChild
			for last != nil && last.Type != html.ElementNode {
				last = last.PrevSibling
			}
			if last == nil {
				return false
			}
			prev = last
		}
		if prev.DataAtom != atom.P {
			return false
		}
		t := strings.TrimSpace(textOf(prev))
		return strings.HasSuffix(t, ":") && len(strings.Fields(t)) >= 4 && len(t) < 400
	}
	return false
}

// numbered reports whether a heading's text starts with its number in a
// list ("2. Rent the Runway", "#3 ", "4) "): the items of a listicle,
// whose names link to what they present.
func numbered(b []byte) bool {
	s := strings.TrimLeft(string(b), " \t\n\u00a0#")
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')' || s[i] == ':')
}

// minEssayCaptions is how many long captions make a story told in its
// pictures.
const minEssayCaptions = 4

// minEssayCaption is the length (non-space characters) of a caption that
// tells part of a story rather than naming what a picture shows.
const minEssayCaption = 60

// photoEssay reports whether the story is told in its pictures' captions:
// the body container holds at least minEssayCaptions long captions whose
// text outweighs the paragraphs around them (a photo essay, a "story in
// pictures"). Its captions are then the story's text.
func (p *page) photoEssay() bool {
	m := p.mainIdx
	if m < 0 {
		return false
	}
	captions, captionText, other := 0, int32(0), int32(0)
	for i := m + 1; i < p.nodes[m].end; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.n.DataAtom == atom.Figcaption {
			if ni.text >= minEssayCaption {
				captions++
			}
			captionText += ni.text
			i = ni.end - 1
			continue
		}
		if ni.flags&(fCaption|fBoil) == 0 {
			other += ni.ownText
		}
	}
	return captions >= minEssayCaptions && captionText > other
}

// maxLeadGap bounds the elements between the headline and the body
// container that leadAbove looks through.
const maxLeadGap = 80

// leadAbove returns the story's lead paragraph when the template sets it
// apart beside the headline (in the same parent), between it and the body
// container, classed as the lead (a German "leadText" over the byline, a
// Scandinavian "ingress" over the picture): the story's first paragraph,
// which the body container misses. "" when there is none. (A teaser
// card's lead on a list page is no sibling of the page's headline; and
// the lead only opens a body that is a story's on its own.)
func (p *page) leadAbove() string {
	m := p.mainIdx
	h := int32(-1)
	for _, i := range p.h1s {
		if i < m && p.nodes[i].end <= m {
			h = i
		}
	}
	if h < 0 || m-h > maxLeadGap {
		return ""
	}
	for k := p.nodes[h].end; k < m; k++ {
		nk := &p.nodes[k]
		// (The header that holds it may be marked as page furniture:
		// its class names it the lead.)
		if nk.n.Parent != p.nodes[h].n.Parent || nk.n.DataAtom != atom.P && nk.n.DataAtom != atom.Div || nk.flags&(fSkip|fTeaser) != 0 || nk.ownText == 0 || nk.ownLink*2 >= nk.ownText {
			continue
		}
		if !leadClass(strings.ToLower(attr(nk.n, "class"))) {
			continue
		}
		if t := strings.TrimSpace(p.nodeText(nk.n)); nonSpace(t) >= 80 {
			return t
		}
	}
	return ""
}

// leadClass reports whether a lower-case class value names a story's lead
// paragraph: a token "lead", "lede" or "ingress", or one that ends in it
// as a component's part ("article__lead", "story-lead",
// "id-StoryElement-leadText").
func leadClass(c string) bool {
	for _, tok := range strings.Fields(c) {
		for _, w := range []string{"lead", "lede", "ingress", "leadtext", "lead-text"} {
			if tok == w || strings.HasSuffix(tok, "__"+w) || strings.HasSuffix(tok, "-"+w) || strings.HasSuffix(tok, "_"+w) {
				return true
			}
		}
	}
	return false
}
