package extract

// This file reads bylines from the elements a template marks as such
// (class, id or itemprop saying author, byline, creator), whatever else
// the element holds: a date before or after the names, separators, a
// role, "on behalf of".

import (
	"slices"
	"strings"

	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeByline returns the authors named by the first byline element that
// names any, looking outside the page's header, navigation, footer and
// comments first, and the element's index (-1 when none did).
func (p *page) nodeByline() ([]string, int32) {
	// Pass 0 takes the elements that hold the name alone ("author-name",
	// itemprop=name), pass 1 the other byline elements, pass 2 those in
	// the page's chrome. A byline naming only the publisher is passed over.
	head := p.headlineIdx()
	for pass := 0; pass < 3; pass++ {
		for _, i := range p.bylineNodes {
			if chrome := p.inPageChrome(i); chrome != (pass == 2) {
				continue
			}
			n := p.nodes[i].n
			named := indexFoldStr(attr(n, "class"), "name") >= 0 || strings.EqualFold(attr(n, "itemprop"), "name")
			if pass == 0 && (!named || (p.mainIdx >= 0 && i >= p.nodes[p.mainIdx].end)) {
				continue
			}
			if p.inComments(i) || head > i && head < p.nodes[i].end {
				continue // (a header block that holds the headline too: its words are no names)
			}
			if kickerText(n) {
				continue // a meta line that holds only the story's kicker ("Crime and Courts")
			}
			if a := p.bylineFromNode(i); len(a) > 0 && !(len(a) == 1 && squashName(a[0]) == squashName(p.res.SiteName)) {
				a = p.innerBylines(i, a)
				if pass == 0 && len(a) == 1 {
					a = p.namedSiblings(i, a)
				} else if len(a) == 1 && named && indexFoldStr(attr(n, "class"), "author") >= 0 {
					// Author cards after the text, one per writer.
					if names := cardNames(n); len(names) > 1 && len(names) <= 6 {
						a = cleanAuthors(names)
					}
				}
				return a, i
			}
		}
	}
	return nil, -1
}

// innerBylines returns the names that the byline elements inside byline
// element i give together, when they are more than a, the names read from
// i's whole text, and hold them all; a otherwise. A container whose text
// runs the writers into each other or into the date loses all but the
// first: "Por A e B 04.mar.2025 | 18h05", two name spans with no space
// between, "Autor: A | mail Autor: B | mail".
func (p *page) innerBylines(i int32, a []string) []string {
	end := p.nodes[i].end
	var out []string
	inside := int32(-1)  // the end of the last element read: its own children are not read again
	var shape *html.Node // the first element that gave names
	for _, j := range p.bylineNodes {
		if j <= i || j >= end || j < inside {
			continue
		}
		// (An element that gives no name, another contributor's credit
		// such as "Updated by B", keeps its own children too.)
		b := p.bylineFromNode(j)
		inside = p.nodes[j].end
		if len(b) == 0 {
			continue
		}
		// Names from elements of different kinds are different
		// credits: the writer's, then a reviewer's card.
		if m := p.nodes[j].n; shape == nil {
			shape = m
		} else if m.DataAtom != shape.DataAtom || attr(m, "class") != attr(shape, "class") {
			return a
		}
		for _, x := range b {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	if len(out) <= len(a) || len(out) > 6 {
		return a
	}
	for _, x := range a {
		if !slices.Contains(out, x) {
			return a
		}
	}
	// A name after another contributor's label in the container's text
	// ("By A Medically reviewed by B") is no writer's.
	t := strings.ToLower(p.nodeText(p.nodes[i].n))
	from := 0
	for _, x := range out {
		lx := strings.ToLower(x) // (its length in bytes may differ from x's)
		k := strings.Index(t[from:], lx)
		if k < 0 {
			return a
		}
		if !slices.Contains(a, x) && creditBefore(t[from:from+k]) {
			return a
		}
		from += k + len(lx)
	}
	return out
}

// creditBefore reports whether the lower-cased text before a name ends in
// another contributor's label: "reviewed by", "updated by".
func creditBefore(t string) bool {
	t = strings.TrimRight(t, " :|,·-–—")
	for _, lead := range otherCreditLeads {
		if strings.HasSuffix(t, lead) {
			return true
		}
	}
	return strings.HasSuffix(t, "updated by") || strings.HasSuffix(t, "review") || strings.HasSuffix(t, "reviewer")
}

// namedSiblings returns the names of element i and of its siblings of the
// same tag and class, each a name alone ("By <span
// class=author-name>A</span> and <span class=author-name>B</span>"); a,
// i's own names, when it has none.
func (p *page) namedSiblings(i int32, a []string) []string {
	n := p.nodes[i].n
	class := attr(n, "class")
	if class == "" || n.Parent == nil {
		return a
	}
	var names []string
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || attr(c, "class") != class {
			continue
		}
		t := p.nodeText(c)
		if c == n {
			names = append(names, a...)
			continue
		}
		if !looksLikeName(t) {
			return a
		}
		names = append(names, t)
	}
	if len(names) < 2 {
		names = cardNames(n)
	}
	if len(names) < 2 || len(names) > 6 {
		return a
	}
	return cleanAuthors(names)
}

// cardsBeside returns a, the name read from byline element n, with the
// names of the cards of the same tag and class beside it, each leading
// with a name ("<div class=byline-author><a>A</a><span>role</span></div>
// <div class=byline-author><a>B</a>…"); a alone when there are none.
func cardsBeside(n *html.Node, a []string) []string {
	if n.Parent == nil || attr(n, "class") == "" {
		return a
	}
	names := []string{}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || attr(c, "class") != attr(n, "class") {
			continue
		}
		if c == n {
			names = append(names, a...)
			continue
		}
		pieces := textPieces(c, 8)
		if len(pieces) == 0 || !looksLikeName(pieces[0]) {
			return a
		}
		names = append(names, pieces[0])
	}
	if len(names) < 2 {
		names = cardNames(n)
	}
	if len(names) < 2 || len(names) > 6 {
		return a
	}
	return cleanAuthors(names)
}

// cardNames returns the names of author cards side by side: the card is
// n's nearest ancestor with a class (at most two unclassed wrappers up),
// and it and its siblings of the same tag and class each hold one element
// like n ("<div class=byline-author><a class=author-name>A</a><span
// class=author-role>…</span></div><div class=byline-author>…", or the
// name in a <div> beside the card's avatar).
func cardNames(n *html.Node) []string {
	card := n.Parent
	for up := 0; card != nil && attr(card, "class") == "" && up < 2; up++ {
		card = card.Parent
	}
	if card == nil || card.Parent == nil || attr(card, "class") == "" {
		return nil
	}
	var names []string
	for c := card.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != card.DataAtom || attr(c, "class") != attr(card, "class") {
			continue
		}
		found := likeNode(c, n, 3)
		if found == nil || !looksLikeName(textOf(found)) {
			return nil
		}
		if c != card && nonWriterCard(strings.Replace(textOf(c), textOf(found), " ", 1)) {
			continue // (the photographer's card beside the reporter's)
		}
		names = append(names, textOf(found))
	}
	return names
}

// nonWriterWords name the jobs of the people a story credits beside its
// writers: photographers, illustrators, video and graphics editors.
var nonWriterWords = wordSet(`photographer photography photos photo fotograf fotografin fotografia fotógrafo fotografo
	photographe fotografie illustrator illustration illustratrice video grafik graphics infographics kamera`)

// nonWriterCard reports whether the text of an author card, its name
// taken out, names a job that is not the story's writing ("fotograf").
func nonWriterCard(t string) bool {
	t = strings.ToLower(t)
	for w := range nonWriterWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// likeNode returns the first element under c, at most depth levels down,
// of n's tag and class.
func likeNode(c, n *html.Node, depth int) *html.Node {
	if depth == 0 {
		return nil
	}
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type != html.ElementNode {
			continue
		}
		if d.DataAtom == n.DataAtom && attr(d, "class") == attr(n, "class") {
			return d
		}
		if f := likeNode(d, n, depth-1); f != nil {
			return f
		}
	}
	return nil
}

// bylineFromNode reads the authors from one byline element.
func (p *page) bylineFromNode(i int32) []string {
	n := p.nodes[i].n
	t := cutSlashRole(p.nodeText(n))
	if t == "" || len(t) > 200 || breadcrumbTrail(t) || p.inBreadcrumb(i) || otherCredit(t) {
		return nil // (nor another contributor's or a sponsor's credit)
	}
	if a := p.markedAuthors(i); len(a) > 1 {
		return a
	}
	if names, ok := bylineNames(t); ok {
		return namesOf(n, names)
	}
	// A lone name or user name counts only in an element that names the
	// author itself, within or before the article (not in the teasers or
	// comments after it).
	strong := strongAuthorNode(attr(n, "class")+" "+attr(n, "id")+" "+attr(n, "itemprop")) &&
		(p.mainIdx < 0 || i < p.nodes[p.mainIdx].end)
	if parts := splitAuthors(t); len(parts) > 1 && len(parts) <= 6 &&
		(personNames(parts) && allLookLikeNames(parts) || strong && !slices.ContainsFunc(parts, func(n string) bool { return !uncasedName(n) || isOrg(n) || roleLine(n) })) {
		// "Rob Hill, Lisa Chen", "Juan Pérez y María López": a list of
		// names with no label (in a script without capitals, "אלון גולן
		// ונועה שמיר", only in an element that names the author).
		return cleanAuthors(parts)
	}
	if name, ok := wireAgencies[strings.Trim(sourceAgency(t), " ()/")]; ok && (strong || indexFoldStr(attr(n, "class"), "byline") >= 0) {
		// "<div class="story-byline"><span>APA</span></div>": a wire
		// agency alone in the byline is the story's credit.
		return []string{name}
	}
	if strong && cjkName(t) && !strings.ContainsAny(t, "记記者编編辑輯集部报報社闻聞刊") {
		// "<span itemprop=author>李娜</span>": a name in Chinese,
		// Japanese or Korean script alone in an author element, not a
		// desk or a title ("本报记者", "編集部").
		return []string{t}
	}
	if looksLikeName(t) {
		if isOrg(t) && !strong && indexFoldStr(attr(n, "class"), "byline") < 0 {
			// A section's kicker in a meta line ("Local News", "Public
			// Notices"): a desk's name counts only in an author's or a
			// byline's element.
			return nil
		}
		// The name often sits in a child of its own beside a role, a
		// department or the site's name ("Liza Burke" "Marketing").
		// A one-word name goes with a job title in the next piece
		// ("Krys" "Language Blogger").
		if pieces := textPieces(n, 8); len(pieces) > 1 && strings.HasPrefix(t, pieces[0]) &&
			(looksLikeName(pieces[0]) || singleName(pieces[0]) && tradeWords(pieces[1])) {
			t = pieces[0]
		}
		return cleanAuthors([]string{t})
	}
	if pieces := textPieces(n, 4); len(pieces) >= 2 && looksLikeName(pieces[0]) && strings.HasPrefix(t, pieces[0]) && (roleLine(pieces[1]) || orgLine(pieces[1])) {
		// "Katy Austin" "Transport correspondent": the name in a piece
		// of its own before a line that gives the author's job, or the
		// organisation the author writes for ("Local Democracy
		// Reporting Service").
		return cleanAuthors([]string{pieces[0]})
	}
	if place, rest, ok := strings.Cut(t, ":"); ok && strong && !strings.ContainsAny(place, " 0123456789") {
		// "<span class=writer>دبي: محمد الحمادي</span>": the place the
		// story was filed from, then the names.
		rest = strings.TrimSpace(rest)
		parts := splitAuthors(rest)
		ok := len(parts) > 0 && len(parts) <= 6
		for _, a := range parts {
			ok = ok && (looksLikeName(a) || uncasedName(a))
		}
		if ok {
			return cleanAuthors(parts)
		}
	}
	return namesIn(bylineSegments(t), strong)
}

// markedAuthors returns the names of a byline whose authors are each
// marked up on their own: two or more elements with itemprop=author, or
// links with rel=author or to an author page, in byline element i or, when
// i is one such element, in its parent ("<span itemprop=author>A</span>,
// <span itemprop=author>B</span>"). nil unless every one reads as a name.
func (p *page) markedAuthors(i int32) []string {
	scope := i
	if authorMark(p.nodes[i].n) {
		scope = p.nodes[i].parent
	}
	if scope < 0 || p.nodes[scope].text > 200 {
		return nil
	}
	var names []string
	for k := scope + 1; k < p.nodes[scope].end; k++ {
		n := p.nodes[k].n
		if !authorMark(n) {
			continue
		}
		t := p.nodeText(n)
		if !looksLikeName(t) && !cjkName(t) || len(names) == 6 {
			return nil
		}
		names = append(names, t)
		k = p.nodes[k].end - 1 // a name's own parts are not names
	}
	if len(names) < 2 {
		return nil
	}
	// Between and before the names only joiners and a label ("By A & B",
	// "A, B"): not "By A. Reviewed by B". What follows the last name (the
	// date: "By A B Published February 6, 2025") is not theirs.
	rest := p.nodeText(p.nodes[scope].n)
	if j := strings.LastIndex(rest, names[len(names)-1]); j >= 0 {
		rest = rest[:j+len(names[len(names)-1])]
	}
	for _, a := range names {
		rest = strings.Replace(rest, a, ",", 1)
	}
	rest = strings.Trim(nameJoiners.Replace(" "+rest+" "), " ,&·|/")
	if rest = strings.TrimRight(strings.ToLower(rest), " :："); rest != "" && !slices.Contains(bylineLabels, rest) && !slices.Contains(bylineLabels, rest+":") {
		return nil
	}
	return cleanAuthors(names)
}

// authorMark reports whether element n marks one author: itemprop=author,
// or a link with rel=author or to an author's page.
func authorMark(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	return n.DataAtom == atom.A && (hasToken(attr(n, "rel"), "author") || authorHref(attr(n, "href")))
}

// roleLine reports whether a line starts by naming a job ("Transport
// correspondent", "Senior reporter, Business", "Redakteurin im
// Lokalressort, schreibt über Verkehr"): a job word among its first four
// words, in a line of at most 25.
func roleLine(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 || len(words) > 25 {
		return false
	}
	for _, w := range words[:min(len(words), 4)] {
		if roleWords[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

// orgLine reports whether a line printed under a name is an
// organisation's name: a few words, capitalised, naming a newsroom, a
// desk or an agency ("Local Democracy Reporting Service", "Associated
// Press"), not a sentence that mentions one.
func orgLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && isOrg(s)
}

// allLookLikeNames reports whether every part reads as a person's name.
func allLookLikeNames(parts []string) bool {
	for _, a := range parts {
		if !looksLikeName(a) {
			return false
		}
	}
	return true
}

// namesIn returns the authors of the first segment of a byline that is a
// labelled byline or a list of names.
func namesIn(segs []string, strong bool) []string {
	for _, seg := range segs {
		if names, ok := bylineNames(seg); ok {
			if a := cleanAuthors(splitAuthors(names)); len(a) > 0 && looksLikeNames(a) {
				return a
			}
			continue
		}
		rest, ok := bylineRest(seg)
		if !ok {
			continue
		}
		parts := splitAuthors(rest)
		for k, a := range parts {
			parts[k] = cutAgency(a) // "Jane Doe (Reuters)"
		}
		allNames := len(parts) > 0
		for _, a := range parts {
			if !looksLikeName(a) && !(strong && len(parts) == 1 && singleName(a)) {
				allNames = false
			}
		}
		if allNames {
			if a := cleanAuthors(parts); len(a) > 0 {
				return a
			}
		}
	}
	if strong && len(segs) > 0 {
		// "by jsteinhardt": a user name after the label.
		lt := strings.TrimSpace(strings.ToLower(strings.Join(segs, " ")))
		if h, ok := strings.CutPrefix(lt, "by "); ok && handleLike(strings.TrimSpace(h)) {
			return []string{strings.TrimSpace(h)}
		}
	}
	return nil
}

// textPieces returns up to max trimmed text nodes under n, in order.
func textPieces(n *html.Node, max int) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && len(out) <= max; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if t := strings.TrimSpace(collapse(c.Data)); t != "" {
					out = append(out, t)
				}
			case html.ElementNode:
				if c.Data != "script" && c.Data != "style" {
					walk(c.FirstChild)
				}
			}
		}
	}
	walk(n.FirstChild)
	if len(out) > max {
		return nil
	}
	return out
}

// bylineSegments splits a byline element's text at its separators and
// drops the parts that are dates, reading times or counts, and a date
// in front of the names ("Dec 17, 2025 Julian K. Arni").
func bylineSegments(t string) []string {
	f := func(r rune) bool { return r == '·' || r == '|' || r == '•' || r == '\n' || r == '—' || r == '–' }
	var out []string
	for _, seg := range strings.FieldsFunc(t, f) {
		seg = strings.TrimSpace(strings.ReplaceAll(seg, " - ", " "))
		if seg == "" {
			continue
		}
		if _, ok := parseDate(seg, false); ok {
			// "1. Februar 2022 , Daniel Dillenburg": the comma set
			// apart after the date goes with it.
			seg = strings.TrimLeft(stripLeadingDate(seg), ",;: ")
		}
		if seg != "" && !dateishWord(firstWord(seg)) {
			out = append(out, seg)
		}
	}
	return out
}

// stripLeadingDate drops the words of a date at the start of s: month
// and weekday names, numbers and ordinals.
func stripLeadingDate(s string) string {
	words := strings.Fields(s)
	k := 0
	for k < len(words) {
		w := strings.ToLower(strings.Trim(words[k], ".,"))
		if _, month := monthNames[w]; month || weekdays[w] || dateishWord(w) {
			k++
			continue
		}
		break
	}
	return strings.Join(words[k:], " ")
}

// dateishWord reports whether a word is a number as dates write them:
// digits with date punctuation ("2025", "17,", "12.03.2025", "10:30")
// or an ordinal ("4th"), but not a name with a digit ("3i").
func dateishWord(w string) bool {
	w = strings.Trim(w, ".,;()")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '/' || c == '.' || c == '-' || c == ':':
		default:
			rest := strings.ToLower(w[i:])
			if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("年月日년월일", r) {
				return true // "2025年11月25日", "2025년"
			}
			// "3rd", and the Malay "3hb" (hari bulan)
			return digits <= 2 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "hb")
		}
	}
	return true
}

// strongAuthorNode reports whether an element's class, id or itemprop
// names it as the author itself (not a "meta" or "byline" block that may
// hold a date and a category).
func strongAuthorNode(v string) bool {
	lv := strings.ToLower(v)
	for _, w := range []string{"author", "creator", "autor", "auteur", "writer"} {
		if strings.Contains(lv, w) && !strings.Contains(lv, "bio") && !strings.Contains(lv, "comment") {
			return true
		}
	}
	return false
}

// sourceLabels name a story's source before a wire agency ("Bron: Belga",
// "Quelle: APA", "Zdroj: ČTK").
var sourceLabels = wordSet(`source bron quelle zdroj forrás sursa fuente fonte źródło kaynak πηγή источник джерело
	kilde källa lähde izvor vir šaltinis avots allikas`)

// sourceAgency returns what follows a source label in t ("Quelle: APA":
// "APA") or a one-word place ("Madrid – EFE"), t itself when it has
// neither.
func sourceAgency(t string) string {
	if label, rest, ok := strings.Cut(t, ":"); ok && sourceLabels[strings.ToLower(strings.TrimSpace(label))] {
		return strings.TrimSpace(rest)
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		// "الشارقة - وام", "Madrid – EFE": the place, then the agency.
		if i := strings.LastIndex(t, sep); i > 0 {
			if rest := strings.TrimSpace(t[i+len(sep):]); wireAgencies[rest] != "" && !strings.Contains(strings.TrimSpace(t[:i]), " ") {
				return rest
			}
		}
	}
	return t
}

// uncasedName reports whether t reads as a name in a script without
// capitals (Arabic, Hebrew, Persian, Georgian): two to five words of
// letters, none of them a cased script's.
func uncasedName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\u200c' || unicode.IsUpper(r) || casedLower(r) {
				return false
			}
		}
	}
	return true
}

// singleName reports whether t is one capitalised word that can be a
// name or a pen name ("Kev", "Newsdesk"), not a label.
func singleName(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, " 0123456789@:/|") || utf8.RuneCountInString(t) > 24 || utf8.RuneCountInString(t) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	lt := strings.ToLower(t)
	_, month := monthNames[strings.TrimSuffix(lt, ".")]
	return nameCap(r) && !uiPhrases[lt] && !bareLabels[lt] && !weekdays[lt] && !month
}

// handleLike reports whether t is a user name: one lower-case token of
// letters, digits and . _ -.
func handleLike(t string) bool {
	if len(t) < 3 || len(t) > 30 {
		return false
	}
	for _, r := range t {
		if !(unicode.IsLower(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// onlyPublisher reports whether every declared author is the publisher
// (an organisation, the site's name, its host) or a user name rather than
// a person.
func (p *page) onlyPublisher(authors []string) bool {
	site := squashName(p.res.SiteName)
	pub := squashName(p.ld.publisher)
	host := ""
	if p.base != nil {
		host = strings.ToLower(strings.TrimPrefix(p.base.Hostname(), "www."))
	}
	for _, a := range authors {
		sa := squashName(a)
		switch {
		case sa == "":
		case isOrg(a), handleLike(a):
		case p.ld.people[sa] && personNames([]string{a}) && strings.ContainsFunc(a, unicode.IsLower):
			// Declared a Person, and written as a person's name (not
			// "USA TODAY"), though named like the site or its publisher:
			// a personal site's owner, who writes it.
			return false
		case sa == site || sa == pub:
		case len(sa) >= 4 && (strings.Contains(strings.ReplaceAll(host, "-", ""), sa) || (site != "" && strings.Contains(site, sa))):
		case len(site) >= 4 && strings.Contains(sa, site), hostLabel(host) != "" && strings.Contains(sa, hostLabel(host)):
		default:
			return false
		}
	}
	return true
}

// squashName lower-cases a name and drops everything but letters and
// digits, so "USA TODAY", "usatoday" and "USA-Today" compare equal.
func squashName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// visiblePeople returns the people the page's byline names (a byline
// element, author-page links or a labelled byline), nil when it names
// none or only organisations. The byline must sit where bylines do:
// between the headline and the article's text (or just above the
// headline), not any "by" line deeper in the page (a book list's "by
// Jane Doe", a quoted expert's card).
func (p *page) visiblePeople() []string {
	h := p.headlineIdx()
	var a []string
	at := int32(-1)
	if names, i := p.nodeByline(); len(names) > 0 && p.nearHeadline(h, i) {
		a, at = names, i
	} else if names, i := p.authorLinkNamesAt(); len(names) > 0 && p.nearHeadline(h, i) {
		a, at = names, i
	} else if names, i := p.labelledBylineAt(); len(names) > 0 && p.nearHeadline(h, i) {
		a, at = names, i
	}
	if len(a) == 0 || p.onlyPublisher(a) {
		return nil
	}
	if at >= 0 && p.creditLine(at) {
		// "Photo by: Eastbrook State Athletics" under the lead image: the
		// picture's credit, not the story's.
		return nil
	}
	for _, n := range a {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsLetter(r) || casedLower(r) {
			// "in Smart Home": a phrase, not a person (names in scripts
			// without capitals, "कृष्ण ज्ञवाली", pass).
			return nil
		}
	}
	return a
}

// creditLine reports whether element i's text is another contributor's
// credit ("Photo by: …"), not a byline.
func (p *page) creditLine(i int32) bool {
	return otherCredit(strings.TrimSpace(p.nodeText(p.nodes[i].n)))
}

// maxTextBeforeByline is how much block text (non-space characters) may
// stand between the headline and a byline read under it: a standfirst
// and a caption, not the article's first paragraphs.
const maxTextBeforeByline = 400

// nearHeadline reports whether element i sits where a byline does beside
// headline h: at most nearTitleSpan elements above it, or below it with
// no more than a standfirst's text in between. It is false when the page
// shows no headline (h < 0).
func (p *page) nearHeadline(h, i int32) bool {
	if h < 0 || i < 0 {
		return false
	}
	if i <= h {
		return i >= h-nearTitleSpan
	}
	text := int32(0)
	for k := p.nodes[h].end; k < i; k++ {
		nk := &p.nodes[k]
		if nk.flags&fSkip != 0 {
			k = nk.end - 1
			continue
		}
		if text += nk.ownText; text > maxTextBeforeByline {
			return false
		}
	}
	return true
}

// hostLabel returns the registered name of a host ("usatoday" for
// www.usatoday.com), "" when shorter than four letters.
func hostLabel(host string) string {
	parts := strings.Split(host, ".")
	if len(parts) < 2 {
		return ""
	}
	l := strings.ReplaceAll(parts[len(parts)-2], "-", "")
	if len(l) < 4 {
		return ""
	}
	return l
}

// maxBylineNodes caps the byline elements remembered per page.
const maxBylineNodes = 16

// inBreadcrumb reports whether element i is a link of a breadcrumb trail
// (an ancestor's class or id says breadcrumb, or its itemtype is a
// BreadcrumbList): its itemprop=name items are sections, not authors.
func (p *page) inBreadcrumb(i int32) bool {
	for k, up := i, 0; k >= 0 && up < 8; k, up = p.nodes[k].parent, up+1 {
		n := p.nodes[k].n
		if indexFoldStr(attr(n, "class"), "breadcrumb") >= 0 || indexFoldStr(attr(n, "id"), "breadcrumb") >= 0 ||
			indexFoldStr(attr(n, "itemtype"), "breadcrumblist") >= 0 {
			return true
		}
	}
	return false
}

// inComments reports whether element i sits in a comment thread or form
// (an ancestor's class or id says comment), whose names are readers'.
func (p *page) inComments(i int32) bool {
	for k, up := p.nodes[i].parent, 0; k >= 0 && up < 12; k, up = p.nodes[k].parent, up+1 {
		n := p.nodes[k].n
		if commentClass(attr(n, "class")) || commentClass(attr(n, "id")) {
			return true
		}
	}
	return false
}

// commentClass reports whether a class or id names readers' comments, in
// English or in the words other sites use ("talkbacks", "comentarios",
// "kommentare", "reactions", "diskuse").
func commentClass(v string) bool {
	for _, w := range commentSubstrings {
		if indexFoldStr(v, w) >= 0 {
			return true
		}
	}
	return false
}

// credentials are the degrees and post-nominal letters written after a
// name ("Shelby Loos, DVM", "Jane Doe, M.D., Ph.D."), lower case without
// dots.
var credentials = wordSet(`md phd dvm rn mph mba dds dmd jd esq cpa cfa rd rdn lcsw np pac bsn msn dnp facp facs faclm
	fand frcp frcs mbbs mrcp fnp aprn ccc slp pt dpt ot otr lpc lmft psyd edd msc bsc ma ms bs cissp pmp
	ld ldn cssd cscs cpt ibclc cde cdces lmhc lpcc lac cnm crnp pharmd dc od do dabom foma mfa llm cfp cfe`)

// credentialMarks drops the dots and hyphens of a credential ("Ph.D.").
var credentialMarks = strings.NewReplacer(".", "", "-", "")

// allCredentials reports whether s is only credentials ("DVM", "MD, PhD").
func allCredentials(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	for _, w := range words {
		if !credentials[strings.ToLower(credentialMarks.Replace(w))] {
			return false
		}
	}
	return len(words) > 0
}

// cutCredentials removes the credentials after the last comma of a name
// ("Shelby Loos, DVM" -> "Shelby Loos").
func cutCredentials(a string) string {
	for {
		i := strings.LastIndexByte(a, ',')
		if i <= 0 || !allCredentials(a[i+1:]) {
			return a
		}
		a = strings.TrimSpace(a[:i])
	}
}

// shownByline returns the people a page's visible byline names where the
// byline is unmistakable: an element marked as the author before the end
// of the article, or a block labelled "By"/"Von"/"Par"… by the headline
// (nearHeadline), outside the page's chrome and comments. It is nil when the byline names no
// one, only the publisher, or something that does not read as a
// person's name.
func (p *page) shownByline() []string {
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = p.nodes[p.mainIdx].end
	}
	for _, i := range p.bylineNodes {
		if i >= end || p.inPageChrome(i) || p.inComments(i) {
			continue
		}
		n := p.nodes[i].n
		t := p.nodeText(n)
		_, labelled := bylineNames(t)
		if !labelled && !strongAuthorNode(attr(n, "class")+" "+attr(n, "id")+" "+attr(n, "itemprop")) {
			continue
		}
		if a := p.bylineFromNode(i); len(a) > 0 {
			if a = p.innerBylines(i, a); len(a) == 1 {
				a = cardsBeside(n, a)
			}
			if personNames(a) && !p.onlyPublisher(a) {
				return a
			}
			return nil
		}
	}
	if a, i := p.labelledBylineAt(); len(a) > 0 && i < end && p.nearHeadline(p.headlineIdx(), i) && personNames(a) && !p.onlyPublisher(a) {
		return a
	}
	return nil
}

// personNames reports whether every name reads as a person's: two to five
// capitalised words, any lower-case word a name particle ("van der"), or
// a short name in Chinese, Japanese or Korean script ("张三", "山田 太郎").
func personNames(a []string) bool {
	for _, n := range a {
		if cjkName(n) {
			continue
		}
		if !looksLikeName(n) {
			return false
		}
		for _, w := range strings.Fields(n) {
			if r, _ := utf8.DecodeRuneInString(w); !nameCap(r) && !nameParticles[w] {
				return false
			}
		}
	}
	return len(a) > 0
}

// blockNames splits the names of a line of names t (element n's text) as
// splitAuthors does, but not across the blocks inside it: a name ends
// where a block begins ("<a>Danielle Ruiz</a><div>The Hudson
// Courier-Journal</div>"). A later block adds its names only when they
// read as people's ("<div>Jane Doe</div><div>John Roe</div>"), not a
// paper's ("The …").
func (p *page) blockNames(n *html.Node, t string) []string {
	segs := blockSegments(n)
	if len(segs) < 2 {
		return splitAuthors(t)
	}
	out := splitAuthors(segs[0])
	for _, seg := range segs[1:] {
		// (A card's role in lower case after its name, "Jean-François
		// Gagnon, journaliste", goes.)
		a := slices.DeleteFunc(splitAuthors(seg), func(n string) bool { return n != "" && !person(n) && !strings.ContainsFunc(n, unicode.IsUpper) })
		if len(a) == 0 || !personNames(a) || strings.HasPrefix(seg, "The ") {
			continue
		}
		out = append(out, a...)
	}
	return out
}

// blockSegments returns the texts of element n split where a block
// element inside it begins or ends; empty parts are left out.
func blockSegments(n *html.Node) []string {
	var segs []string
	var b strings.Builder
	flush := func() {
		if t := collapse(joinInline(b.String())); t != "" {
			segs = append(segs, t)
		}
		b.Reset()
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch {
				case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript || c.DataAtom == atom.Template:
				case inlineAtoms[c.DataAtom]:
					b.WriteByte(0)
					rec(c)
					b.WriteByte(0)
				default:
					flush()
					rec(c)
					flush()
				}
			}
		}
	}
	rec(n)
	flush()
	return segs
}

// maxHeadlineLine caps the text of a line under the headline read as an
// unlabelled byline.
const maxHeadlineLine = 120

// headlineByline reads an unlabelled byline from the line under the
// headline that also shows the date ("Jane Doe | Senior Writer | July 2,
// 2025", "2025-12-17 · Jane Doe"): the first of the next three blocks
// after the headline that holds a date and a part that reads as a
// person's name, or a line of names alone just before the date line
// ("Иван Петров, Мария Сидорова" over "4 декабря 2025").
func (p *page) headlineByline() []string {
	h := p.headlineIdx()
	if h < 0 || p.inPageChrome(h) {
		return nil
	}
	seen := 0
	var names []string // a line of names alone, waiting for its date line
	for k := p.nodes[h].end; k < int32(len(p.nodes)) && k < p.nodes[h].end+60 && seen < 3; {
		nk := &p.nodes[k]
		if nk.flags&fBlock == 0 || nk.text == 0 || nk.flags&fSkip != 0 {
			k++
			continue
		}
		seen++
		t := p.nodeText(nk.n)
		if len(t) > maxHeadlineLine {
			if nk.ownText > 0 {
				return nil // the article's text has begun
			}
			k++ // a wrapper: look inside
			continue
		}
		if p.datedLine(t) {
			if names != nil {
				return names // "Jane Doe, John Roe" then "4 December 2025"
			}
			if _, labelled := bylineNames(t); labelled {
				return nil // a labelled byline: the label's readings decide
			}
			for _, seg := range bylineSegments(t) {
				// "Ольга Смирнова 1 апреля 2025, 09:00": the name
				// before the date, set apart by markup alone.
				seg = strings.TrimSpace(cutAtDate(seg))
				if b := p.firstBlockText(k); b != "" && strings.HasPrefix(seg, b+" ") && looksLikeName(b) {
					seg = b // "Juan Pérez" in a block of its own, then "Madrid - 04 mar 2025": no name runs across blocks
				}
				if strings.ContainsAny(seg, ",;&") {
					continue // a list of categories, not one person
				}
				if a := cleanAuthors([]string{seg}); len(a) == 1 && a[0] == seg && p.personLine(a) {
					return a
				}
			}
			return nil
		}
		names = nil
		if len(t) <= maxNamesLine {
			if a := cleanAuthors(p.blockNames(nk.n, t)); len(a) > 0 && len(a) <= 4 && p.personLine(a) {
				names = a
			}
		}
		k = nk.end
	}
	return nil
}

// firstBlockText returns the text of the first block element with text
// inside element k, or "" when k has none.
func (p *page) firstBlockText(k int32) string {
	for j := k + 1; j < p.nodes[k].end; j++ {
		if nj := &p.nodes[j]; nj.flags&fBlock != 0 && nj.text > 0 && nj.flags&fSkip == 0 {
			return p.nodeText(nj.n)
		}
	}
	return ""
}

// maxNamesLine is the longest line (in bytes) under a headline read as
// a list of its authors' names alone.
const maxNamesLine = 100

// datedLine reports whether a short line under the headline gives a date,
// absolute or relative to the fetch ("3 години тому").
func (p *page) datedLine(t string) bool {
	if _, ok := parseDate(t, false); ok {
		return true
	}
	_, ok := relativeDate(t, p.now)
	return ok
}

// personLine reports whether every name of a is a person's name as a
// byline writes it: not a role, not the publisher.
func (p *page) personLine(a []string) bool {
	for _, n := range a {
		if isRole(n) {
			return false
		}
	}
	return allLookLikeNames(a) && personNames(a) && !p.onlyPublisher(a)
}

// cjkName reports whether n is a short name written in Han, kana or
// Hangul: two to six such letters, at most one space or middle dot
// between its parts.
func cjkName(n string) bool {
	letters, seps := 0, 0
	for _, r := range n {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			letters++
		case r == ' ' || r == '·' || r == '・':
			seps++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6 && seps <= 1
}

// kickerText reports whether all the text of n sits in elements whose
// class names them the headline's kicker (or n's own class does). Only
// "kicker" counts, not all of kickerClassWords: design systems name any
// small type "eyebrow" or "label", a byline's too.
func kickerText(n *html.Node) bool {
	some := false
	var walk func(n *html.Node, in bool) bool
	walk = func(n *html.Node, in bool) bool {
		if n.Type == html.ElementNode && !in {
			in = indexFoldStr(attr(n, "class"), "kicker") >= 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					if !in {
						return false
					}
					some = true
				}
			case html.ElementNode:
				if !walk(c, in) {
					return false
				}
			}
		}
		return true
	}
	return walk(n, false) && some
}
