package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// A list page shows the same card again and again: a heading or a
// picture with a link to the page it announces and a line or two of
// text. Whatever its links' addresses look like (courses, recipes, jobs,
// trails), a page made of many such cards lists other pages; a story's
// body, even a listicle's, is made of prose between its pictures.

// Card limits: a card's text (non-space characters) is short, and a
// group of linkCardsMin look-alike cards makes a list.
const (
	cardMinText  = 10
	cardMaxText  = 400
	linkCardsMin = 8
)

// linkCards returns the largest group of look-alike siblings (same
// parent, tag and class, outside boilerplate) that each hold a link to
// another page and a heading or a picture, with little text, and the
// characters of text in that group. Cards that link to an address an
// earlier card of the group links to (a landing page's "Contact us"
// under every blurb) are not counted.
func (p *page) linkCards() (cards int, text int32) {
	type group struct {
		n     int
		text  int32
		hrefs map[string]bool
	}
	if p.mainIdx < 0 {
		return 0, 0
	}
	groups := make(map[sibKey]*group, 16)
	for i := p.mainIdx + 1; i < p.nodes[p.mainIdx].end; i++ {
		ni := &p.nodes[i]
		if ni.parent < 0 || ni.flags&(fSkip|fBoil|fBoilTag) != 0 || ni.text < cardMinText || ni.text > cardMaxText {
			continue
		}
		href := p.cardLink(int32(i))
		if href == "" {
			continue
		}
		k := sibKey{parent: ni.parent, tag: ni.n.DataAtom, class: attr(ni.n, "class")}
		g := groups[k]
		if g == nil {
			g = &group{hrefs: make(map[string]bool, 8)}
			groups[k] = g
		}
		if g.hrefs[href] {
			continue // the same call to action again
		}
		g.hrefs[href] = true
		g.n++
		g.text += ni.text
		if g.n > cards {
			cards, text = g.n, g.text
		}
	}
	return cards, text
}

// cardLink returns the address of the first link of element i when it
// is a card: it holds a link to another page and a heading (below h1) or
// a picture; "" otherwise.
func (p *page) cardLink(i int32) string {
	link, head := "", false
	for k := i; k < p.nodes[i].end; k++ {
		nk := &p.nodes[k]
		switch nk.n.DataAtom {
		case atom.A:
			if h := strings.TrimSpace(attr(nk.n, "href")); link == "" && h != "" && h[0] != '#' && !strings.HasPrefix(h, "javascript:") {
				link = h
			}
		case atom.Img, atom.Picture, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			head = true
		}
		if link != "" && head {
			return link
		}
	}
	return ""
}
