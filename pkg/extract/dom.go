package extract

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Element flags computed by page.index.
const (
	fSkip        uint16 = 1 << iota // invisible or non-text element: never rendered
	fBlock                          // starts its own text block
	fBoilTag                        // boilerplate by tag or role (nav, aside, footer, ...)
	fBoilClass                      // boilerplate by class/id words
	fBoilStrong                     // boilerplate by a strong class/id word (comments, share, ...)
	fBoil                           // boilerplate honoured after the safety check
	fCaption                        // figure/figcaption: rendered never
	fHeading                        // h1-h6
	fContentHint                    // itemprop=articleBody or a content-like class
	fLink                           // <a href>
	fListItem                       // li, dt, dd
	fTeaser                         // paragraph right after a linked heading: a teaser summary
	fBoilVeto                       // comments, related, newsletter...: never a wrapper of the article
	fStartsLink                     // the block's text starts inside a link
)

// nodeInfo holds the statistics of one element, stored in document
// (pre-)order so that a subtree is the range [i, end).
type nodeInfo struct {
	n       *html.Node
	parent  int32
	end     int32
	flags   uint16
	punct   uint16  // sentence punctuation in the own block text (saturating)
	ownText int32   // non-space characters of the element's own block text
	ownLink int32   // of which inside links
	text    int32   // non-space characters in the whole subtree
	rawGood float32 // good text ignoring boilerplate flags
	hint    float32 // largest rawGood of a content-hinted element in the subtree
	link    int32   // link characters in the subtree (outside boilerplate)
	good    float32
	bad     float32
	boil    float32
}

// page is the per-call state of one extraction.
type page struct {
	doc  *html.Node
	base *url.URL
	raw  string
	opts Options
	res  *Result

	nodes []nodeInfo
	body  int32 // index of <body>, -1 if none

	// Elements collected during indexing for metadata extraction.
	metas   []*html.Node
	links   []*html.Node
	ldjson  []*html.Node
	times   []int32
	h1s     []int32
	anchors []*html.Node // <a rel=...> and byline-ish anchors
	// authorLinks are links to author pages (/author/jane-doe).
	authorLinks []int32
	title       string
	lang        string

	mainIdx          int32 // chosen content container
	relaxed          bool  // second pass: short plain blocks count as paragraphs
	promoted         bool  // container widened from a single paragraph to its parent
	mainGood         float32
	totalGood        float32
	totalLinkText    int32
	totalText        int32
	linkedHeadings   int // headings in the container that are links (teaser pattern)
	notArticleReason string
	bodyLines        int

	classCache      map[string]uint16 // class/id value -> flags, per page
	template        TemplateSet       // learned site template, may be nil
	templateDropped int               // lines dropped by the template
	meta            map[string]string
	ld              ldArticle
	bylineNodes     []int32   // elements whose class/id/itemprop says byline or author
	dateNodes       []int32   // elements whose class/id/itemprop says date or time
	bylines         []string  // byline lines removed from the body
	dateLines       []string  // date lines removed from the body
	normTitle       string    // normalised title, to drop headline repeats from the body
	now             time.Time // fetch time, for relative dates; zero when unknown
	site            SiteHints // learned site metadata, may be nil
	discovery       string    // Input.Discovery
}

func newPage(doc *html.Node, rawURL string, o Options, tags int) *page {
	p := &page{doc: doc, raw: rawURL, opts: o, body: -1, mainIdx: -1}
	if u, err := url.Parse(strings.TrimSpace(rawURL)); err == nil {
		p.base = u
	}
	p.nodes = make([]nodeInfo, 0, min(max(tags/2, 256), o.MaxNodes))
	p.classCache = make(map[string]uint16, 256)
	return p
}

// index walks the DOM once, filling p.nodes with flags and own-block text
// statistics and collecting elements needed for metadata.
func (p *page) index() error {
	var root *html.Node
	for c := p.doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			root = c
			break
		}
	}
	if root == nil {
		return nil
	}
	if err := p.walk(root, -1, -1, false, 0); err != nil {
		return err
	}
	p.aggregate()
	if p.mainGood < relaxBelow {
		p.relaxed = true
		p.aggregate()
	}
	return nil
}

func (p *page) walk(n *html.Node, parent, owner int32, inLink bool, depth int) error {
	if depth > p.opts.MaxDepth {
		return fmt.Errorf("extract: element nesting over %d: %w", p.opts.MaxDepth, ErrTooLarge)
	}
	if len(p.nodes) >= p.opts.MaxNodes {
		return fmt.Errorf("extract: more than %d elements: %w", p.opts.MaxNodes, ErrTooLarge)
	}
	idx := int32(len(p.nodes))
	p.nodes = append(p.nodes, nodeInfo{n: n, parent: parent})
	flags := p.classifyElement(n, idx)
	if flags&fBlock != 0 || owner < 0 {
		owner = idx
	}
	if flags&fLink != 0 {
		inLink = true
	}
	if flags&fSkip == 0 {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if owner >= 0 {
					o := &p.nodes[owner]
					l, pu := countText(c.Data)
					if o.ownText == 0 && l > 0 && inLink {
						o.flags |= fStartsLink
					}
					o.ownText += l
					if inLink {
						o.ownLink += l
					}
					if s := int(o.punct) + pu; s < 65535 {
						o.punct = uint16(s)
					} else {
						o.punct = 65535
					}
				}
			case html.ElementNode:
				if err := p.walk(c, idx, owner, inLink, depth+1); err != nil {
					return err
				}
			}
		}
	}
	p.nodes[idx].flags |= flags
	p.nodes[idx].end = int32(len(p.nodes))
	return nil
}

// classifyElement sets flags for n and records metadata elements.
func (p *page) classifyElement(n *html.Node, idx int32) uint16 {
	var flags uint16
	switch n.DataAtom {
	case atom.Script:
		for _, a := range n.Attr {
			if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
				p.ldjson = append(p.ldjson, n)
			}
		}
		return fSkip
	case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Map, atom.Button, atom.Select,
		atom.Input, atom.Textarea, atom.Option, atom.Img, atom.Picture, atom.Source, atom.Dialog:
		return fSkip
	case atom.Head:
		p.collectHead(n)
		return fSkip
	case atom.Body:
		p.body = idx
		return fBlock
	case atom.Meta:
		p.metas = append(p.metas, n)
		return fSkip
	case atom.Link:
		p.links = append(p.links, n)
		return fSkip
	case atom.Title:
		return fSkip
	case atom.Html:
		p.lang = attr(n, "lang")
		return fBlock
	case atom.A:
		if href := attr(n, "href"); href != "" {
			flags |= fLink
			if len(p.authorLinks) < 16 && authorHref(href) {
				p.authorLinks = append(p.authorLinks, idx)
			}
		}
		if attr(n, "rel") != "" {
			p.anchors = append(p.anchors, n)
		}
	case atom.Time:
		if len(p.times) < 64 {
			p.times = append(p.times, idx)
		}
	case atom.Article, atom.Main:
		flags |= fBlock | fContentHint
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Menu:
		flags |= fBlock | fBoilTag
	case atom.Header:
		flags |= fBlock
		if !insideArticle(n) {
			// The page header; an article's own header holds the
			// headline, byline and often the lead paragraph.
			flags |= fBoilTag
		}
	case atom.Figure, atom.Figcaption:
		flags |= fBlock | fCaption
	case atom.H1:
		p.h1s = append(p.h1s, idx)
		flags |= fBlock | fHeading
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		flags |= fBlock | fHeading
	case atom.Li, atom.Dt, atom.Dd:
		flags |= fBlock | fListItem
	case atom.B, atom.Strong, atom.I, atom.Em, atom.Span, atom.Font, atom.Small, atom.Sup, atom.Sub,
		atom.U, atom.S, atom.Strike, atom.Mark, atom.Abbr, atom.Cite, atom.Q, atom.Code, atom.Label,
		atom.Big, atom.Tt, atom.Var, atom.Kbd, atom.Dfn, atom.Bdi, atom.Bdo, atom.Wbr, atom.Ins,
		atom.Del, atom.Br, atom.Data, atom.Acronym, atom.Nobr:
	default:
		flags |= fBlock
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			f, ok := p.classCache[a.Val]
			if !ok {
				f = classWords(a.Val)
				if len(p.classCache) < 4096 {
					p.classCache[a.Val] = f
				}
			}
			flags |= f
			p.noteMetaNode(idx, a.Val)
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "banner", "toolbar":
				flags |= fBoilTag
			}
		case "hidden":
			// React streams server-rendered parts in <div hidden
			// id="S:0"> and moves them into place with a script: the
			// page's text, not a hidden element.
			if !streamedPart(n) {
				flags |= fSkip
			}
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.A {
				flags |= fSkip
			}
		case "style":
			if hiddenStyle(a.Val) {
				flags |= fSkip
			}
		case "itemprop":
			switch strings.ToLower(a.Val) {
			case "articlebody":
				flags |= fContentHint
			case "author":
				if len(p.bylineNodes) < 8 {
					p.bylineNodes = append(p.bylineNodes, idx)
				}
			case "datepublished":
				if len(p.dateNodes) < 8 {
					p.dateNodes = append([]int32{idx}, p.dateNodes...)
				}
			}
		}
	}
	return flags
}

// noteMetaNode remembers elements whose class or id suggests a byline or
// a date, for author and date extraction.
func (p *page) noteMetaNode(idx int32, v string) {
	if len(v) > 200 {
		return
	}
	meta := indexFoldStr(v, "meta") >= 0
	if len(p.bylineNodes) < 8 && (meta || indexFoldStr(v, "byline") >= 0 || indexFoldStr(v, "athr") >= 0 || indexFoldStr(v, "autor") >= 0 || indexFoldStr(v, "creator") >= 0 ||
		indexFoldStr(v, "auteur") >= 0 || ((indexFoldStr(v, "author") >= 0 || indexFoldStr(v, "writer") >= 0) && indexFoldStr(v, "bio") < 0)) {
		p.bylineNodes = append(p.bylineNodes, idx)
	}
	if len(p.dateNodes) < 8 && (meta || indexFoldStr(v, "date") >= 0 || indexFoldStr(v, "time") >= 0 || indexFoldStr(v, "publish") >= 0) {
		p.dateNodes = append(p.dateNodes, idx)
	}
}

// streamedPart reports whether a hidden element is a streamed part of a
// server-rendered React page (<div hidden id="S:0">).
func streamedPart(n *html.Node) bool {
	id := attr(n, "id")
	return len(id) > 2 && id[0] == 'S' && id[1] == ':' && isDigits(id[2:])
}

func indexFoldStr(s, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 == needle[0] && strings.EqualFold(s[i:i+n], needle) {
			return i
		}
	}
	return -1
}

// insideArticle reports whether n has an <article> or <main> ancestor
// within a few levels.
func insideArticle(n *html.Node) bool {
	k := 0
	for a := n.Parent; a != nil && k < 12; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return true
		}
		k++
	}
	return false
}

func (p *page) collectHead(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Meta:
			p.metas = append(p.metas, c)
		case atom.Link:
			p.links = append(p.links, c)
		case atom.Title:
			if p.title == "" {
				p.title = textOf(c)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") {
				p.ldjson = append(p.ldjson, c)
			}
		case atom.Noscript, atom.Template:
			p.collectHead(c)
		}
	}
}

func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

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
	// most of the page's paragraph text (a wrapper with an unlucky class).
	for i := range nodes {
		ni := &nodes[i]
		if ni.parent >= 0 && nodes[ni.parent].flags&(fBoil|fSkip) != 0 {
			ni.flags |= fBoil
			continue
		}
		if ni.flags&(fBoilTag|fBoilClass|fBoilStrong) != 0 && ni.flags&fContentHint == 0 {
			limit := honourShare * rootGood
			if ni.flags&fBoilStrong != 0 {
				limit = 0.8 * rootGood
			}
			wrapper := ni.flags&fBoilVeto == 0 && ni.hint >= 0.5*ni.rawGood && ni.hint > 0
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
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
				// Any element but an inline one separates words; an
				// inline one leaves a mark that joinInline resolves.
				sep := byte(' ')
				if inlineAtoms[c.DataAtom] {
					sep = 0
				}
				b.WriteByte(sep)
				rec(c)
				b.WriteByte(sep)
			}
		}
	}
	if n.Type == html.TextNode {
		return collapse(n.Data)
	}
	rec(n)
	return collapse(joinInline(b.String()))
}

// joinInline resolves the marks (NUL bytes) textOf leaves at the edges of
// inline elements: nothing where the words around them are written without
// spaces (CJK, "中居正広<a>氏</a>") or a word continues in lower case
// ("C<span>ycle</span>"); a space elsewhere, as between two author links
// "<a>Jane Doe</a><a>John Roe</a>".
func joinInline(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
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
		if !glue {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// inlineAtoms are the elements that do not break a word.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true, atom.Small: true,
	atom.Sup: true, atom.Sub: true, atom.Mark: true, atom.Abbr: true, atom.Cite: true, atom.Code: true, atom.Time: true,
	atom.Font: true, atom.U: true, atom.S: true, atom.Q: true, atom.Bdi: true, atom.Bdo: true, atom.Label: true,
	atom.Ins: true, atom.Del: true, atom.Dfn: true, atom.Kbd: true, atom.Var: true, atom.Samp: true, atom.Data: true,
}

// collapse trims s and collapses whitespace runs (including no-break
// spaces) into single spaces; soft hyphens and zero-width characters are
// removed.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	started := false
	for _, r := range s {
		switch r {
		case ' ', '\n', '\t', '\r', '\f', '\u00a0', '\u2009', '\u202f', '\u2002', '\u2003', '\u3000':
			space = true
			continue
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff':
			continue
		}
		if space && started {
			b.WriteByte(' ')
		}
		space = false
		started = true
		b.WriteRune(r)
	}
	return b.String()
}
