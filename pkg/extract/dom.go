package extract

import (
	"fmt"
	"net/url"
	"strings"
	"time"

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
	fBoilShort                      // boilerplate by class/id words when its text is short (a paywall's pitch, a support box)
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
	// source is the decoded page source, read for stamps that scripts
	// hold (sourceInstantZone).
	source []byte
	opts   Options
	res    *Result

	nodes []nodeInfo
	body  int32 // index of <body>, -1 if none

	// Elements collected during indexing for metadata extraction.
	metas  []*html.Node
	links  []*html.Node
	ldjson []*html.Node
	// appJSON are the texts of the page's JSON state blocks (a
	// <script type="application/json"> such as __NEXT_DATA__, or the
	// object a script assigns to window.__NAME__): where a page rendered
	// in the browser keeps its story (embedded.go).
	appJSON []string
	// states are appJSON decoded (stateBlocks), statesRead whether they
	// have been.
	states     []any
	statesRead bool
	// domText and domTextProv keep the markup's text (and its
	// provenance) while an embedded story stands in for it.
	domText, domTextProv string
	times                []int32
	h1s                  []int32
	anchors              []*html.Node // <a rel=...> and byline-ish anchors
	awayLinks            []int32      // <a href> with an absolute address (maybe another site's), at most maxAwayLinks
	// authorLinks are links to author pages (/author/jane-doe).
	authorLinks []int32
	title       string
	lang        string

	mainIdx          int32 // chosen content container
	captionsTell     bool  // the captions tell the story (photoEssay): render them
	consentIdx       int32 // a consent notice hidden from the body (skipConsentMain), -1 if none
	relaxed          bool  // second pass: short plain blocks count as paragraphs
	promoted         bool  // container widened from a single paragraph to its parent
	mainGood         float32
	totalGood        float32
	totalLinkText    int32
	totalText        int32
	linkedHeadings   int // headings in the container that are links (teaser pattern)
	notArticleReason string
	kindMarker       string      // the page markup that named the kind (kindmarkup.go)
	mark             markupKinds // what the page markup shows (kindmarkup.go)
	bodyLines        int

	classCache      map[string]classInfo  // class/id value -> what it says, per page
	classTokens     map[string]uint8      // lower-cased class/id token -> what it says (classToken)
	texts           map[*html.Node]string // textOf of elements read so far (nodeText)
	template        TemplateSet           // learned site template, may be nil
	templateDropped int                   // lines dropped by the template
	meta            map[string]string
	citationAuthors []string // the values of repeated citation_author metas
	ld              ldArticle
	bylineNodes     []int32         // elements whose class/id/itemprop says byline or author
	dateNodes       []int32         // elements whose class/id/itemprop says date or time
	bylines         []string        // byline lines removed from the body
	leadByline      bool            // the first of bylines came before the body's first line
	keptLines       int             // body lines kept so far by filterLines
	keptChars       int             // bytes of those lines
	lastBylineAt    int             // keptLines when the last of bylines was taken out
	lastBylineOwner int32           // the element of the last of bylines, -1 for a list item's
	lastLineOwner   int32           // the element of the body's last line, -1 if none
	dateLines       []string        // date lines removed from the body
	normTitle       string          // normalised title, to drop headline repeats from the body
	shownTitle      string          // the headline as shown, when the title is another form of it (a declared title)
	titleDate       time.Time       // a date the headline was written with (cutTitleDate), zero if none
	now             time.Time       // fetch time, for relative dates; zero when unknown
	site            SiteHints       // learned site metadata, may be nil
	listedAt        time.Time       // Input.ListedAt
	listedAuthors   []string        // Input.ListedAuthors
	discovery       string          // Input.Discovery
	textLists       map[int32]bool  // lists known to be mostly plain text (see inTextList)
	introLists      map[int32]bool  // lists a sentence ending in a colon introduces (see introducedList)
	formBlocks      map[int32]uint8 // what small blocks hold: formNone, formOwn or formStory (see besideForm)
	headline        headlineMemo    // the heading that shows res.Title (headlineIdx)
	grid            gridMemo        // the page's grid of priced items (pricedGrid)
	bylineAt        bylineAtMemo    // the labelled byline block (labelledBylineAt)
}

func newPage(doc *html.Node, rawURL string, o Options, tags int) *page {
	p := &page{doc: doc, raw: rawURL, opts: o, body: -1, mainIdx: -1, consentIdx: -1}
	if u, err := url.Parse(strings.TrimSpace(rawURL)); err == nil {
		p.base = u
	}
	p.nodes = make([]nodeInfo, 0, min(max(tags/2, 256), o.MaxNodes))
	p.classCache = make(map[string]classInfo, 256)
	p.classTokens = make(map[string]uint8, 256)
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
	p.pickMain()
	if p.skipConsentMain() {
		p.relaxed = false
		p.pickMain()
		if p.mainIdx < 0 || p.mainGood < relaxBelow/2 {
			// Nothing else on the page reads as text: the notice is
			// all it holds (a consent wall), kept for the kind rules.
			p.nodes[p.consentIdx].flags &^= fSkip
			p.consentIdx = -1
			p.relaxed = false
			p.pickMain()
		}
	}
	return nil
}

// pickMain scores the blocks and picks the content container, in a
// second, relaxed pass when the first finds little paragraph text.
func (p *page) pickMain() {
	p.mainIdx, p.mainGood = -1, 0
	p.aggregate()
	if p.mainGood < relaxBelow {
		p.relaxed = true
		p.aggregate()
	}
}

// skipConsentMain hides a consent notice the chosen container is, or
// holds as a child, or that sits beside it at the top of the body (a
// cookie banner laid over the page, whose class names neither cookies nor
// consent), and reports whether it hid one: the page's own text, shorter
// than the notice, is then looked for without it.
func (p *page) skipConsentMain() bool {
	m := p.mainIdx
	if m < 0 {
		return false
	}
	limit := int32(maxGateText + p.opts.MinTextChars/2)
	// The sizes are read first: they rule out most blocks without
	// walking them (noticeBox) or rendering their text (gateText).
	sized := func(i int32) bool {
		ni := &p.nodes[i]
		return ni.flags&fSkip == 0 && ni.text >= minNoticeText && ni.text <= limit
	}
	consent := func(i int32) bool {
		return gateText(p.nodeText(p.nodes[i].n), p.opts.MinTextChars) == "consent notice"
	}
	hide := func(i int32) {
		p.nodes[i].flags |= fSkip
		p.consentIdx = i
	}
	if m != p.body && sized(m) && consent(m) {
		hide(m)
		return true
	}
	// The children of the container and of the body: the notice is one
	// block, found where it is shown.
	for _, parent := range []int32{m, p.body} {
		if parent < 0 || parent == m && parent != p.body && p.nodes[m].text > 8*limit {
			continue
		}
		seen := 0
		for c := parent + 1; c < p.nodes[parent].end && seen < maxNoticeSiblings; c = p.nodes[c].end {
			seen++
			if sized(c) && noticeBox(p.nodes[c].n) && consent(c) {
				hide(c)
				return true
			}
		}
	}
	return false
}

// noticeBox reports whether element n can be a consent notice's box
// beside a story's paragraphs: a block (not a paragraph, heading or list
// item of the story, nor the page's header, footer, navigation or main
// parts, which hold more than a notice) that holds a control to answer it
// (a button, a form field or a link). A paragraph about cookies in a story
// has none.
func noticeBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Table, atom.Ul, atom.Ol,
		atom.Footer, atom.Header, atom.Nav, atom.Main, atom.Article:
		return false
	}
	var control func(*html.Node) bool
	control = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Button || c.DataAtom == atom.Input || c.DataAtom == atom.A || control(c) {
				return true
			}
		}
		return false
	}
	return control(n)
}

// minNoticeText is the least text (non-space characters) of a consent
// notice skipConsentMain looks at, and maxNoticeSiblings the most blocks
// beside it it reads.
const (
	minNoticeText     = 80
	maxNoticeSiblings = 64
)

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
	if flags&fCaption != 0 && n.DataAtom == atom.Figure && p.holdsTable(idx) {
		// A figure that holds a table (a block editor's table block)
		// is content, not an image with its caption.
		flags &^= fCaption
	}
	p.nodes[idx].flags |= flags
	p.nodes[idx].end = int32(len(p.nodes))
	return nil
}

// holdsTable reports whether the elements indexed after idx (its
// subtree, while idx is being walked) include a <table>.
func (p *page) holdsTable(idx int32) bool {
	for k := idx + 1; k < int32(len(p.nodes)); k++ {
		if p.nodes[k].n.DataAtom == atom.Table {
			return true
		}
	}
	return false
}

// noteScript records a script that holds data: JSON-LD, or a JSON state
// block (application/json, or a script that only assigns a JSON object
// to a window.__NAME__ variable).
func (p *page) noteScript(n *html.Node) {
	typ := strings.ToLower(strings.TrimSpace(attr(n, "type")))
	switch {
	case strings.Contains(typ, "ld+json"):
		p.ldjson = append(p.ldjson, n)
	case len(p.appJSON) >= maxAppJSON || n.FirstChild == nil || n.FirstChild.Type != html.TextNode:
	case typ == "application/json":
		p.appJSON = append(p.appJSON, n.FirstChild.Data)
	case typ == "" || strings.Contains(typ, "javascript"):
		if js, ok := stateAssignment(n.FirstChild.Data); ok {
			p.appJSON = append(p.appJSON, js)
		}
	}
}

// classifyElement sets flags for n and records metadata elements.
func (p *page) classifyElement(n *html.Node, idx int32) uint16 {
	var flags uint16
	switch n.DataAtom {
	case atom.Script:
		p.noteScript(n)
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
		// XHTML pages declare it as xml:lang.
		if p.lang = attr(n, "lang"); p.lang == "" {
			p.lang = attr(n, "xml:lang")
		}
		return fBlock
	case atom.A:
		if href := attr(n, "href"); href != "" && !(href[0] == '#' && inHeading(n)) {
			// A heading's link to a place on the page itself is its
			// permalink anchor, not a link away from the article.
			flags |= fLink
			if len(p.authorLinks) < 16 && authorHref(href) {
				p.authorLinks = append(p.authorLinks, idx)
			}
			if len(p.awayLinks) < maxAwayLinks && (strings.HasPrefix(href, "http") || strings.HasPrefix(href, "//")) {
				p.awayLinks = append(p.awayLinks, idx)
			}
		}
		if attr(n, "rel") != "" {
			p.anchors = append(p.anchors, n)
		}
	case atom.Time:
		if len(p.times) < 64 {
			p.times = append(p.times, idx)
		}
	case atom.Abbr:
		// Microformats' "<abbr class="published" title="2025-12-05T…">5
		// days ago</abbr>": a machine-readable time like <time>'s.
		if len(p.times) < 64 && isoStamp(attr(n, "title")) {
			p.times = append(p.times, idx)
		}
	case atom.Span:
		// "<span class="timestamp--date" title="2025-03-05T02:10:00+05:00">March
		// 5, 2025</span>": a full timestamp in a span's title, as <time>.
		if t := attr(n, "title"); len(p.times) < 64 && len(t) >= 16 && t[10] == 'T' && isoStamp(t) {
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
	case atom.B, atom.Strong, atom.I, atom.Em, atom.Font, atom.Small, atom.Sup, atom.Sub,
		atom.U, atom.S, atom.Strike, atom.Mark, atom.Cite, atom.Q, atom.Code, atom.Label,
		atom.Big, atom.Tt, atom.Var, atom.Kbd, atom.Dfn, atom.Bdi, atom.Bdo, atom.Wbr, atom.Ins,
		atom.Del, atom.Br, atom.Data, atom.Acronym, atom.Nobr:
	default:
		if !inlineCustom(n) {
			flags |= fBlock
		}
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			c, ok := p.classCache[a.Val]
			if !ok {
				c = classInfo{flags: classWordsIn(a.Val, p.classTokens), marks: metaMarks(a.Val), markup: markupTokens(a.Val)}
				if len(p.classCache) < 4096 {
					p.classCache[a.Val] = c
				}
			}
			flags |= c.flags
			p.noteMetaNode(idx, c.marks)
		case "data-testid", "data-component", "data-qa":
			// React and component-built pages name their parts in test
			// and component hooks (data-testid="byline") rather than in
			// class names, which are hashed.
			p.noteMetaNode(idx, metaMarks(a.Val))
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "banner", "toolbar":
				flags |= fBoilTag
			}
		case "hidden":
			// React streams server-rendered parts in <div hidden
			// id="S:0"> and moves them into place with a script: the
			// page's text, not a hidden element.
			if !streamedPart(n) && !disclosurePanel(n) && !strings.EqualFold(a.Val, "until-found") {
				flags |= fSkip
			}
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.A {
				flags |= fSkip
			}
		case "style":
			if hiddenStyle(a.Val) && !disclosurePanel(n) {
				flags |= fSkip
			}
		case "itemprop":
			switch strings.ToLower(a.Val) {
			case "articlebody":
				flags |= fContentHint
			case "author":
				if len(p.bylineNodes) < maxBylineNodes {
					p.bylineNodes = append(p.bylineNodes, idx)
				}
			case "datepublished":
				if len(p.dateNodes) < maxDateNodes {
					p.dateNodes = append([]int32{idx}, p.dateNodes...)
				}
			}
		}
	}
	if flags&fHeading != 0 && flags&(fBoilClass|fBoilStrong) == fBoilClass {
		// A weak word in a heading's class ("header-anchor-post") names
		// its styling: headings are not page furniture by such words.
		flags &^= fBoilClass
	}
	return flags
}

// maxDateNodes caps the date-like elements remembered per page.
const maxDateNodes = 16

// Marks of a class, id or component name (metaMarks).
const (
	markByline uint8 = 1 << iota // names a byline or an author
	markDated                    // names a date or a time
	markMeta                     // names a metadata block ("meta")
)

// classInfo is what a class or id value says: its boilerplate flags
// (classWords), its marks (metaMarks) and whether page.markup reads
// anything in it. page.classCache keeps it per value.
type classInfo struct {
	flags uint16
	marks uint8
	// markup is whether a token of the value names a kind of page in
	// markupClasses or is "review" (see page.markup).
	markup bool
}

// metaMarks reads a class, id or component name for a byline, a date or
// a metadata block, for noteMetaNode.
func metaMarks(v string) uint8 {
	if len(v) > 200 {
		return 0
	}
	// One lower-cased copy on the stack, searched for each word.
	var buf [200]byte
	lv := asciiLower(buf[:len(v)], v)
	has := func(w string) bool { return containsBytes(lv, w) }
	var marks uint8
	meta := has("meta")
	if meta {
		marks |= markMeta
	}
	if meta || has("byline") || has("athr") || has("autor") || has("creator") ||
		has("auteur") || firmaClass(lv) || ((has("author") || has("writer")) && !has("bio")) {
		marks |= markByline
	}
	// WordPress themes' "posted-on"; German, Dutch and Scandinavian
	// "datum", Spanish "fecha".
	if has("date") || has("time") || has("publish") || has("posted") || has("datum") || has("fecha") {
		marks |= markDated
	}
	return marks
}

// noteMetaNode remembers elements whose class or id suggests a byline or
// a date (marks, from metaMarks), for author and date extraction.
func (p *page) noteMetaNode(idx int32, marks uint8) {
	if len(p.bylineNodes) < maxBylineNodes && marks&markByline != 0 {
		p.bylineNodes = append(p.bylineNodes, idx)
	}
	// A class that names a date may come after many "meta" blocks (a
	// metadata panel of "Medium", "Theme", "Tags"): those fill only
	// half of the list.
	if (marks&markDated != 0 && len(p.dateNodes) < maxDateNodes) || (marks&markMeta != 0 && len(p.dateNodes) < maxDateNodes/2) {
		p.dateNodes = append(p.dateNodes, idx)
	}
}

// disclosurePanel reports whether a hidden element is the panel of an
// accordion or a tab set (role region or tabpanel, or labelled by its
// heading button): text the reader opens with a click, not hidden
// furniture.
func disclosurePanel(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if r := strings.ToLower(a.Val); r == "region" || r == "tabpanel" {
				return true
			}
		case "aria-labelledby":
			return true
		}
	}
	return false
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
				p.title = p.nodeText(c)
			}
		case atom.Script:
			p.noteScript(c)
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

// inlineCustom reports whether n is a custom element (a name with a
// hyphen, which browsers show inline unless styled) set in running text:
// a text sibling with words beside it ("A <x-source><a>large study</a>
// </x-source> from 2017 found").
func inlineCustom(n *html.Node) bool {
	if n.DataAtom != 0 || !strings.ContainsRune(n.Data, '-') {
		return false
	}
	for _, s := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return true
		}
	}
	return false
}

// inHeading reports whether n sits within three levels of an h1-h6.
func inHeading(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		switch a.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// firmaClass reports whether a lower-cased class or id holds the word
// "firma" or "firmas" (a byline in Spanish, Italian and Catalan) as a
// part of its own, not inside another word ("confirmation").
func firmaClass(lv []byte) bool {
	sep := func(k int) bool { return k < 0 || k >= len(lv) || lv[k] == ' ' || lv[k] == '-' || lv[k] == '_' }
	for k := 0; k+5 <= len(lv); k++ {
		if lv[k] != 'f' || string(lv[k:k+5]) != "firma" || !sep(k-1) {
			continue
		}
		if e := k + 5; sep(e) || lv[e] == 's' && sep(e+1) {
			return true
		}
	}
	return false
}
