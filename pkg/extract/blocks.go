package extract

// This file scores the page's blocks: text and link density, teasers, and
// the scores summed up the tree to find the article node.

import (
	"golang.org/x/net/html"
	"strings"

	"golang.org/x/net/html/atom"
)

// countText returns the number of non-space characters in s and the number
// of sentence punctuation marks.
func countText(s string) (n int32, punct int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			switch c {
			case ' ', '\n', '\t', '\r', '\f':
			case '.', '!', '?', ';', ':':
				n++
				punct++
			default:
				n++
			}
		case c&0xC0 == 0x80:
			// continuation byte
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			// no-break space
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x81):
			// 。 、
			n++
			punct++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F || s[i+2] == 0x8E):
			// ！ ？ ．
			n++
			punct++
		case c == 0xE0 && i+2 < len(s) && s[i+1] == 0xA5 && (s[i+2] == 0xA4 || s[i+2] == 0xA5),
			c == 0xD6 && i+1 < len(s) && s[i+1] == 0x89, c == 0xDB && i+1 < len(s) && s[i+1] == 0x94,
			c == 0xD8 && i+1 < len(s) && s[i+1] == 0x9F:
			// । ॥ (Devanagari and Bengali), ։ (Armenian), ۔ (Urdu), ؟
			n++
			punct++
		default:
			n++
		}
	}
	return n, punct
}

// Scoring weights.
const (
	badWeight   = 1.0
	boilWeight  = 0.25
	goodMinLong = 80 // own text at least this long is a paragraph
	goodMinPunc = 25 // shorter text needs sentence punctuation
	honourShare = 0.6
	shortWeight = 0.2 // short non-link blocks (table cells, labels, dates)
	relaxBelow  = 150 // container paragraph text below which the relaxed pass runs
	// minHintShare is the share of the page's paragraph text that
	// content-marked text inside a boilerplate-flagged wrapper must hold
	// for the wrapper to be kept.
	minHintShare = 0.25
	// shortBoilText is the most text (non-space characters) an element
	// named like a paywall's pitch or a support box (fBoilShort) may hold
	// and still be taken for one.
	shortBoilText = 500
)

// linkHeavy reports whether a block with l characters, lk of them in
// links, is mostly links: over two thirds, or over half when little
// plain text remains.
func linkHeavy(l, lk int32) bool {
	if lk*3 > l*2 {
		return lk*5 > l*4 || l-lk < 30
	}
	return lk*2 > l && l-lk < 30
}

// blockScore classifies a block's own text as good (paragraph) or bad.
func (p *page) blockScore(ni *nodeInfo) (good, bad float32) {
	if ni.ownText == 0 {
		return 0, 0
	}
	l := ni.ownText
	lk := ni.ownLink
	nl := l - lk
	if linkHeavy(l, lk) {
		return 0, float32(l)
	}
	if ni.flags&fHeading != 0 {
		return 0, float32(l) * 0.3
	}
	if ni.flags&fTeaser != 0 {
		return 0, float32(l)
	}
	if nl >= goodMinLong || (nl >= goodMinPunc && ni.punct > 0) {
		return float32(nl), float32(lk)
	}
	if p.relaxed && nl >= 8 && ni.flags&fListItem == 0 {
		// Pages made of short lines (dialogue, poems, recipes' steps):
		// when no paragraph qualifies, any plain text counts.
		return float32(nl), float32(lk)
	}
	return 0, float32(l) * shortWeight
}

// markTeasers flags paragraphs that follow a linked heading inside a
// small common wrapper (a card: heading link, maybe a date, summary):
// on listings and in "more stories" rails every headline link comes with
// its summary. A linked heading standing alone between article paragraphs
// does not make the next paragraph a teaser.
func (p *page) markTeasers() {
	nodes := p.nodes
	head := int32(-1)
	pending := 0
	for i := range nodes {
		ni := &nodes[i]
		if ni.ownText == 0 || ni.flags&fSkip != 0 {
			continue
		}
		heavy := linkHeavy(ni.ownText, ni.ownLink)
		if heavy && ni.n.DataAtom != atom.H1 && ni.ownText >= 15 && ni.ownText <= 200 {
			if afterParagraph(ni.n) {
				// "Read also: <a>…</a>" between two of the story's
				// paragraphs: not a card's headline.
				head, pending = -1, 0
				continue
			}
			head, pending = int32(i), 3 // a linked headline
			continue
		}
		if ni.flags&fHeading != 0 && !heavy {
			head, pending = -1, 0
			continue
		}
		if heavy {
			// a short link (author, section) between headline and summary
			if pending > 0 {
				pending--
			}
			continue
		}

		if pending == 0 {
			continue
		}
		g, _ := p.blockScore(ni)
		if g == 0 {
			pending--
			continue
		}
		pending = 0
		if ni.ownText >= 400 {
			continue
		}
		a := ni.parent
		for a >= 0 && !(a <= head && head < nodes[a].end) {
			a = nodes[a].parent
		}
		if a >= 0 && float32(nodes[a].text) <= 1.5*float32(nodes[head].ownText+ni.ownText)+80 {
			ni.flags |= fTeaser
		}
	}
}

// afterParagraph reports whether element n comes right after a paragraph
// of prose (a <p> of 80 characters or more with no link): a link set
// between a story's paragraphs, where a card's headline comes first in
// its card.
func afterParagraph(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || prev.DataAtom != atom.P {
		return false
	}
	for c := prev.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			return false
		}
	}
	return len(textOf(prev)) >= 80
}

// aggregate sums block scores up the tree, decides which boilerplate
// flags to honour, and picks the content container.
func (p *page) aggregate() {
	nodes := p.nodes
	if len(nodes) == 0 {
		return
	}
	for i := range nodes {
		ni := &nodes[i]
		ni.text, ni.good, ni.bad, ni.boil, ni.hint, ni.link, ni.rawGood = 0, 0, 0, 0, 0, 0, 0
		ni.flags &^= fBoil | fTeaser
	}
	p.promoted = false
	for i := len(nodes) - 1; i >= 0; i-- {
		ni := &nodes[i]
		ni.text += ni.ownText
		if ni.parent >= 0 {
			nodes[ni.parent].text += ni.text
		}
	}
	p.markTeasers()
	// Pass 1: raw good text ignoring boilerplate flags, for the safety check.
	for i := len(nodes) - 1; i >= 0; i-- {
		ni := &nodes[i]
		g, _ := p.blockScore(ni)
		ni.good += g
		if ni.flags&fContentHint != 0 && ni.good > ni.hint {
			ni.hint = ni.good
		}
		if ni.parent >= 0 {
			pp := &nodes[ni.parent]
			pp.good += ni.good
			if ni.hint > pp.hint {
				pp.hint = ni.hint
			}
		}
	}
	rootGood := nodes[0].good
	for i := range nodes {
		nodes[i].rawGood = nodes[i].good
	}
	p.totalText = nodes[0].text
	// Pass 2 (pre-order): honour boilerplate flags unless the element holds
	// most of the page's paragraph text (a wrapper with an unlucky class),
	// or is one of a run of like sections that together hold it.
	groups := p.sectionGroups()
	for i := range nodes {
		ni := &nodes[i]
		if ni.parent >= 0 && nodes[ni.parent].flags&(fBoil|fSkip) != 0 {
			ni.flags |= fBoil
			continue
		}
		// (A paragraph named "paywall" is the story's: Condé Nast sets
		// class="paywall" on every <p> of its text.)
		if ni.flags&fBoilShort != 0 && ni.text <= shortBoilText && ni.rawGood < 0.5*rootGood && !paywallParagraph(ni.n) {
			// (A pitch that is most of the page's text is what the page
			// serves in place of the story: the gate check reads it.)
			ni.flags |= fBoil
			continue
		}
		if ni.flags&(fBoilTag|fBoilClass|fBoilStrong) != 0 && ni.flags&fContentHint == 0 {
			limit := honourShare * rootGood
			if ni.flags&fBoilStrong != 0 {
				limit = 0.8 * rootGood
			}
			// A wrapper around content-marked text keeps it when that
			// text is a fair share of the page's (a small "content"
			// box inside a banner or promotion does not count), alone
			// or with the like sections beside it (forum posts each in
			// a flagged wrapper).
			hinted := ni.flags&fBoilVeto == 0 && ni.hint >= 0.5*ni.rawGood && ni.hint > 0
			wrapper := hinted && ni.hint > minHintShare*rootGood
			if !wrapper && ni.flags&(fBoilVeto|fBoilTag) == 0 && groups != nil {
				if k, ok := groupKeyOf(nodes, int32(i)); ok {
					g := groups[k]
					wrapper = g.n >= 2 && (g.good >= limit || hinted)
				}
			}
			if (ni.rawGood < limit || rootGood == 0) && !wrapper {
				ni.flags |= fBoil
			}
		}
	}
	// Pass 3: scores with boilerplate honoured.
	for i := range nodes {
		nodes[i].good, nodes[i].bad, nodes[i].boil = 0, 0, 0
	}
	var linkText int32
	for i := len(nodes) - 1; i >= 0; i-- {
		ni := &nodes[i]
		if ni.flags&fBoil != 0 {
			ni.boil += float32(ni.ownText)
		} else if ni.flags&fSkip == 0 {
			g, b := p.blockScore(ni)
			ni.good += g
			ni.bad += b
			linkText += ni.ownLink
			ni.link += ni.ownLink
		}
		if ni.parent >= 0 {
			pp := &nodes[ni.parent]
			pp.link += ni.link
			pp.good += ni.good
			pp.bad += ni.bad
			pp.boil += ni.boil
		}
	}
	p.totalLinkText = linkText
	p.totalGood = nodes[0].good
	// Pick the container maximising good - bad.
	best := int32(-1)
	var bestScore float32
	start := int32(0)
	if p.body >= 0 {
		start = p.body
	}
	for i := start; i < int32(len(nodes)); i++ {
		ni := &nodes[i]
		if ni.flags&(fBoil|fSkip) != 0 || ni.good == 0 {
			continue
		}
		s := ni.good - badWeight*ni.bad - boilWeight*ni.boil
		if ni.flags&fContentHint != 0 {
			s += 0.1 * ni.good
		}
		if best < 0 || s >= bestScore {
			best, bestScore = i, s
		}
	}
	// A single paragraph wins when the article's paragraphs sit loose in a
	// parent full of other things; widen to the parent when the siblings
	// hold most of the paragraph text, and prune link blocks when rendering.
	if best >= 0 {
		own, _ := p.blockScore(&nodes[best])
		if par := nodes[best].parent; par >= start && own > 0 && nodes[best].good == own &&
			nodes[par].flags&(fBoil|fSkip) == 0 && (nodes[par].good >= 2*own || p.score(par) >= p.score(best)-50) {
			best = par
			p.promoted = true
		}
	}
	best = p.widen(best, start)
	p.mainIdx = best
	if best >= 0 {
		p.mainGood = nodes[best].good
	}
}

// score is the container score of element i: paragraph text minus
// link/short text minus a share of boilerplate text.
func (p *page) score(i int32) float32 {
	ni := &p.nodes[i]
	return ni.good - badWeight*ni.bad - boilWeight*ni.boil
}

// sectionGroup sums the paragraph text of like sections.
type sectionGroup struct {
	good, hint float32
	n          int
}

// groupKey identifies like sections: the same tag and first class name.
type groupKey struct {
	tag   string
	class string
}

// groupKeyOf returns the group of element i; ok is false when i is not a
// section (a div or section element) inside a content element.
func groupKeyOf(nodes []nodeInfo, i int32) (groupKey, bool) {
	n := nodes[i].n
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
		return groupKey{}, false
	}
	a := nodes[i].parent
	for a >= 0 && nodes[a].flags&fContentHint == 0 {
		a = nodes[a].parent
	}
	if a < 0 {
		return groupKey{}, false
	}
	c := attr(n, "class")
	if j := strings.IndexAny(c, " \t\n"); j >= 0 {
		c = c[:j]
	}
	return groupKey{n.Data, c}, true
}

// sectionGroups gathers the class-flagged boilerplate candidates that hold
// paragraph text by group of like sections. An article cut into sections
// whose class happens to carry a boilerplate word ("content-nav-section"
// for a table of contents' scroll targets, "skip-item", a page builder's
// "widget" panels) inside the page's content element is such a group: no
// one section holds most of the page's text, but together they do. Nil
// when there is no candidate.
func (p *page) sectionGroups() map[groupKey]sectionGroup {
	var groups map[groupKey]sectionGroup
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fBoilClass == 0 || ni.flags&(fBoilVeto|fBoilTag|fContentHint) != 0 || ni.rawGood == 0 {
			continue
		}
		k, ok := groupKeyOf(p.nodes, int32(i))
		if !ok {
			continue
		}
		if groups == nil {
			groups = make(map[groupKey]sectionGroup)
		}
		g := groups[k]
		g.good += ni.rawGood
		g.hint += ni.hint
		g.n++
		groups[k] = g
	}
	return groups
}

// widen moves the container up to a content element that holds at least
// twice its paragraph text when what the ancestor adds is mostly
// paragraphs: an article whose lists of links (changelogs, sources,
// event lists) cost more than a part of it without them.
func (p *page) widen(best, start int32) int32 {
	if best < 0 {
		return best
	}
	nodes := p.nodes
	b := &nodes[best]
	for a := b.parent; a >= start; a = nodes[a].parent {
		na := &nodes[a]
		if na.flags&(fBoil|fSkip) != 0 {
			break
		}
		addGood, addBad := na.good-b.good, na.bad-b.bad
		if na.good >= 2*b.good && addGood >= 0.5*addBad && na.boil-b.boil < addGood && !p.cardRun(a, best) {
			p.promoted = false
			return a
		}
	}
	return best
}

// cardRun reports whether the child of a that holds element i is one of a
// run of like siblings (same tag and class, three or more) most of which
// open with a link: the cards of a listing (headline link, source,
// summary), whose summaries are not one article's paragraphs.
func (p *page) cardRun(a, i int32) bool {
	nodes := p.nodes
	c := i
	for c >= 0 && nodes[c].parent != a {
		c = nodes[c].parent
	}
	if c < 0 {
		return false
	}
	tag, class := nodes[c].n.Data, attr(nodes[c].n, "class")
	like, linked := 0, 0
	for k := a + 1; k < nodes[a].end; k = nodes[k].end {
		nk := &nodes[k]
		if nk.n.Data != tag || attr(nk.n, "class") != class {
			continue
		}
		like++
		for j := k; j < nk.end; j++ {
			if nodes[j].ownText > 0 {
				if nodes[j].flags&fStartsLink != 0 {
					linked++
				}
				break
			}
		}
	}
	return like >= 3 && 2*linked > like
}

// paywallParagraph reports whether n is a paragraph or a heading (text of
// its own, not a box around some) whose class names the paywall: the
// subscribers' part of the story, not a pitch.
func paywallParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote:
		return strings.Contains(strings.ToLower(attr(n, "class")), "paywall")
	}
	return false
}
