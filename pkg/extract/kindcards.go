package extract

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
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

// cardScan says which elements a cardGroup scan takes as cards.
type cardScan struct {
	maxText int32                // a card's most text
	block   bool                 // only block elements
	once    bool                 // a value seen before in the group is not counted again
	outer   bool                 // a card's own parts are not cards
	value   func(i int32) string // the card's value; "" when element i is no card
}

// cardGroup returns the largest group of look-alike siblings (same
// parent, tag and class, outside boilerplate) in the main content that
// scan takes as cards, the number of different values among them and
// the characters of text in the group.
func (p *page) cardGroup(scan cardScan) (cards, values int, text int32) {
	type group struct {
		n    int
		text int32
		seen map[string]bool
	}
	if p.mainIdx < 0 {
		return 0, 0, 0
	}
	groups := make(map[sibKey]*group, 16)
	for i := p.mainIdx + 1; i < p.nodes[p.mainIdx].end; i++ {
		ni := &p.nodes[i]
		if ni.parent < 0 || ni.flags&(fSkip|fBoil|fBoilTag) != 0 || scan.block && ni.flags&fBlock == 0 || ni.text < cardMinText || ni.text > scan.maxText {
			continue
		}
		v := scan.value(i)
		if v == "" {
			continue
		}
		k := sibKey{parent: ni.parent, tag: ni.n.DataAtom, class: attr(ni.n, "class")}
		g := groups[k]
		if g == nil {
			g = &group{seen: make(map[string]bool, 8)}
			groups[k] = g
		}
		if scan.once && g.seen[v] {
			continue
		}
		g.seen[v] = true
		g.n++
		g.text += ni.text
		if g.n > cards {
			cards, values, text = g.n, len(g.seen), g.text
		}
		if scan.outer {
			i = ni.end - 1
		}
	}
	return cards, values, text
}

// linkCards returns the largest group of look-alike siblings that each
// hold a link to another page and a heading or a picture, with little
// text, and the characters of text in that group. Cards that link to an
// address an earlier card of the group links to (a landing page's
// "Contact us" under every blurb) are not counted.
func (p *page) linkCards() (cards int, text int32) {
	cards, _, text = p.cardGroup(cardScan{maxText: cardMaxText, once: true, value: p.cardLink})
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

// Dated-card limits: datedCardsMin look-alike cards on datedCardsDays
// different days or more make a list of dated items.
const (
	datedCardsMin  = 5
	datedCardsDays = 3
	datedCardMax   = 800
)

// datedCards returns the largest group of look-alike siblings in the main
// content that each hold a heading and a date of their own (a <time>, or
// a short line that is a date), the number of different days among them
// and the characters of text in the group: an events guide, a day-by-day
// archive. A story has one date; a live blog's entries share a day.
func (p *page) datedCards() (cards, days int, text int32) {
	return p.cardGroup(cardScan{maxText: datedCardMax, block: true, value: p.cardDay})
}

// cardDay returns the day ("2025-07-05") of element i when it is a dated
// card: it holds a heading (below h1) and a <time> or a short line that
// is a date; "" otherwise.
func (p *page) cardDay(i int32) string {
	head, day := false, ""
	for k := i + 1; k < p.nodes[i].end; k++ {
		nk := &p.nodes[k]
		switch nk.n.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			head = true
		case atom.Time:
			if day == "" {
				v := machineStamp(nk.n)
				if v == "" {
					v = p.nodeText(nk.n)
				}
				if t, ok := parseDate(v, false); ok {
					day = t.Format(time.DateOnly)
				}
			}
		default:
			if day == "" && nk.flags&fBlock != 0 && nk.text > 0 && nk.text <= 60 {
				if t, ok := parseDate(p.nodeText(nk.n), false); ok {
					day = t.Format(time.DateOnly)
				}
			}
		}
		if head && day != "" {
			return day
		}
	}
	return ""
}

// forumPostsMin look-alike posts, each signed and dated, make a thread.
const forumPostsMin = 4

// signedPosts returns the largest group of look-alike siblings in the main
// content that each hold a date of their own and their writer (a link to
// a member's profile, or a "by" line), the number of different writers
// among them and the characters of text in the group: a forum thread's
// posts, each by its member. A story has one byline; its readers'
// comments sit outside its body.
func (p *page) signedPosts() (posts, writers int, text int32) {
	return p.cardGroup(cardScan{maxText: 4 * datedCardMax, block: true, outer: true, value: p.postWriter})
}

// postWriter returns the writer of post i when it is signed and dated: the
// text of a link to a member's or user's profile, or of a "by" line, in a
// block that also gives a date; "" otherwise.
func (p *page) postWriter(i int32) string {
	user, dated := "", false
	for k := i + 1; k < p.nodes[i].end; k++ {
		nk := &p.nodes[k]
		if nk.n.DataAtom == atom.A && user == "" {
			if h := strings.ToLower(attr(nk.n, "href")); strings.Contains(h, "member") || strings.Contains(h, "user") ||
				strings.Contains(h, "profile") || strings.Contains(h, "u=") || strings.Contains(h, "/@") {
				user = p.nodeText(nk.n)
			}
		}
		if !dated && (nk.n.DataAtom == atom.Time || nk.flags&fBlock != 0 && nk.text > 0 && nk.text <= 120) {
			if _, ok := parseDate(p.nodeText(nk.n), false); ok {
				dated = true
			}
		}
		if user != "" && dated {
			return user
		}
	}
	return ""
}

// signedItemsMin look-alike items, each with its own headline and signed
// by a different writer, make a page of readers' letters or briefs.
const signedItemsMin = 3

// signedItems returns the largest group of look-alike siblings in the main
// content that each hold their own headline (not a link) and end with a
// writer's signature, the number of different writers among them and the
// characters of text in the group: a letters page ("Fare rise hits island
// families … Alan Pryce, Holm Island"). A story has one byline, and its
// sections' headings are not signed.
func (p *page) signedItems() (items, writers int, text int32) {
	return p.cardGroup(cardScan{maxText: 4 * datedCardMax, block: true, outer: true, value: p.itemSigner})
}

// itemSigner returns the writer who signs item i: the name that opens the
// item's last line when that line is short ("Alan Pryce, Holm Island",
// "— D. Morgan") and the item also holds a headline of its own that links
// nowhere; "" otherwise.
func (p *page) itemSigner(i int32) string {
	headed := false
	last := int32(-1)
	for k := i + 1; k < p.nodes[i].end; k++ {
		nk := &p.nodes[k]
		switch nk.n.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			if headed || k > i+1 && last >= 0 {
				return "" // a second heading, or one below the text: sections
			}
			for j := k + 1; j < nk.end; j++ {
				if p.nodes[j].n.DataAtom == atom.A {
					return "" // a teaser's linked headline
				}
			}
			headed = true
			k = nk.end - 1
			continue
		case atom.A:
			if nk.text > 0 {
				return "" // a signed item links nowhere
			}
		}
		if nk.flags&fBlock != 0 && nk.text > 0 && headed {
			last = k
			k = nk.end - 1
		}
	}
	if !headed || last < 0 || p.nodes[last].text > 60 {
		return ""
	}
	line := strings.TrimLeft(p.nodeText(p.nodes[last].n), "-–— ")
	name, _, _ := strings.Cut(line, ",")
	if before, _, ok := strings.Cut(name, ". "); ok && strings.Contains(before, " ") {
		name = before // "Pilar Gómez. Santander"
	}
	name = strings.TrimSpace(name)
	if name == "" || !personNames([]string{name}) {
		return ""
	}
	return name
}

// bodyUnderTeaserHeading reports whether the heading nearest above the
// body text links to another page: the text is a teaser's summary (a
// category page holding one story), not a brief of the page's own.
func (p *page) bodyUnderTeaserHeading() bool {
	_, _, _, ok := p.teaserHeading()
	return ok
}

// teaserHeading returns the index and the text of the heading nearest
// above the body text and the absolute address it links to, when that is
// another page (see bodyUnderTeaserHeading).
func (p *page) teaserHeading() (at int32, text, target string, ok bool) {
	m := p.mainIdx
	if m < 0 {
		return 0, "", "", false
	}
	first := m // the body's first paragraph (the container may hold the heading)
	for i := m; i < p.nodes[m].end; i++ {
		if ni := &p.nodes[i]; ni.flags&fBlock != 0 && ni.flags&(fHeading|fSkip) == 0 && ni.ownText > 0 {
			first = i
			break
		}
	}
	for k, seen := first-1, 0; k >= 0 && seen < 40; k, seen = k-1, seen+1 {
		nk := &p.nodes[k]
		if nk.ownText == 0 || nk.flags&fHeading == 0 && !headingClass(nk.n) {
			continue
		}
		href := ""
		for c := nk.n; c != nil && href == ""; c = c.Parent {
			if c.DataAtom == atom.A {
				href = attr(c, "href") // "<a><h3>…</h3></a>"
			}
			if c.DataAtom == atom.Body || c.DataAtom == atom.Article {
				break
			}
		}
		if href == "" && nk.ownLink*2 > nk.ownText {
			href = firstHref(nk.n)
		}
		if href == "" {
			return 0, "", "", false
		}
		abs := strings.TrimSuffix(p.abs(href), "/")
		return k, p.nodeText(nk.n), abs, p.base != nil && abs != strings.TrimSuffix(p.base.String(), "/") && abs != strings.TrimSuffix(p.res.CanonicalURL, "/")
	}
	return 0, "", "", false
}

// firstHref returns the address of the first link inside n, "" when none.
func firstHref(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return attr(c, "href")
		}
		if h := firstHref(c); h != "" {
			return h
		}
	}
	return ""
}

// maxTeaserPageText is the body text (non-space characters) below which
// a body under a linked headline is read as teasers (teaserPage).
const maxTeaserPageText = 1000

// teaserPage reports whether the body text read is a teaser's summary
// under a headline that links to another page (bodyUnderTeaserHeading)
// and the page's title is not that headline: a section, a category or an
// archive that holds one story's teaser, or several, on a template with
// no list markup (a DLE category, a Joomla blog section).
func (p *page) teaserPage(textLen int32) bool {
	if textLen >= maxTeaserPageText {
		return false // a story of its own, whatever its first heading links to (a listicle's item)
	}
	at, h, target, ok := p.teaserHeading()
	if !ok || p.inPageChrome(at) {
		return false // (the site's name in the masthead, linked home)
	}
	u, err := url.Parse(target)
	if err != nil || !strings.EqualFold(u.Hostname(), p.base.Hostname()) || strings.Trim(u.Path, "/") == "" {
		return false // a link out (an aggregator's or a curator's pick, left to the excerpt rule), or home
	}
	if n := len(strings.Fields(h)); n < 4 && (n > 1 || utf8.RuneCountInString(h) < 8) {
		return false // a kicker or a section's name over the story, not a headline
	}
	nh, nt := normTitle(h), normTitle(p.res.Title)
	return nh != "" && nt != "" && !strings.Contains(nt, nh) && !strings.Contains(nh, nt)
}

// headingClass reports whether n is a table cell or a block that its
// class names a heading ("contentheading" in Joomla's table layouts,
// "headline"), where a template sets its headlines without <h1>-<h6>.
func headingClass(n *html.Node) bool {
	if n.DataAtom != atom.Td && n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.P {
		return false
	}
	return headingWords(strings.ToLower(attr(n, "class")))
}
