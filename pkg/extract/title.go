package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pickTitle chooses the headline: an <h1> that agrees with a declared
// title, else the declared titles without their site-name parts.
func (p *page) pickTitle() {
	res, m, ld := p.res, p.meta, p.ld
	docTitle := collapse(p.title)
	og := collapse(m["og:title"])
	tw := collapse(m["twitter:title"])
	headline := collapse(ld.headline)
	defer p.noteTitleAffix(docTitle)
	defer func(full string) {
		// Whichever rule chose the headline, what the <title> adds to it
		// is the site's name when nothing declared one.
		if res.SiteName == "" && full != "" && res.Title != "" && full != res.Title {
			if s := titleRemainder(full, res.Title); s != "" {
				res.SiteName, res.Provenance["site_name"] = s, "title"
			}
		}
	}(docTitle)
	// A site's learned affix comes off every declared title first.
	if p.site != nil {
		if affixes := p.site.TitleAffixes(); len(affixes) > 0 {
			learned := false
			for _, t := range []*string{&docTitle, &og, &tw, &headline} {
				if c := stripAffixes(*t, affixes); c != *t {
					*t, learned = c, true
				}
			}
			if learned {
				defer func() {
					if !strings.HasPrefix(res.Provenance["title"], "h1") {
						res.Provenance["title"] += "+site-affix"
					}
				}()
			}
		}
	}
	refs := []string{og, headline, docTitle, tw}
	site := res.SiteName
	if c := p.declaredSubheading(refs, site); c != "" {
		res.Title, res.Provenance["title"] = c, "declared:h2"
		return
	}
	// An <h1> that agrees with one of the declared titles wins: it is the
	// visible headline and carries no site suffix. An <h1> that is only
	// the site-name part of the title (a blog's logo) does not count.
	var firstH1 string
	var firstH1Idx int32 = -1
	var cleanRefs []string
	eligible := 0
	for _, i := range p.h1s {
		ni := &p.nodes[i]
		if ni.flags&(fSkip) != 0 {
			continue
		}
		t := p.nodeText(ni.n)
		if t == "" || len(t) > 400 || p.linksHome(i) {
			continue
		}
		// An <h1> in boilerplate (a sidebar's sign-up box) that does not
		// read like the headline is not a rival to the one that does.
		if ni.flags&fBoil != 0 && !p.headingOverDeclared(i, t, refs, docTitle, site) {
			continue
		}
		eligible++
		if firstH1 == "" {
			firstH1, firstH1Idx = t, i
		}
		if cleanRefs == nil {
			for _, r := range refs {
				if r != "" {
					cleanRefs = append(cleanRefs, p.cleanTitle(r, site))
				}
			}
		}
		for _, c := range cleanRefs {
			// The <h1> is a declared title with a source credit or a
			// comment count glued on ("Headline (example.com) 87").
			if h := trimHeadlineTail(t, c); h != "" {
				res.Title, res.Provenance["title"] = h, "h1-tail"
				return
			}
			// The <h1> is a declared title whose non-ASCII characters
			// the site's templates turned into question marks.
			if garbledCopy(t, c) {
				res.Title, res.Provenance["title"] = c, "declared:h1-garbled"
				return
			}
			// The <h1> sets a kicker or a subtitle in an element of its
			// own around the declared title.
			if h := kickerAround(ni.n, c); h != "" {
				res.Title, res.Provenance["title"] = h, "declared:h1-kicker"
				return
			}
			// The declared title is the <h1> with the year it is for
			// ("Best Travel Insurance for Seniors in 2025").
			if addsYear(c, t) {
				res.Title, res.Provenance["title"] = c, "declared:h1+year"
				p.shownTitle = t
				return
			}
			// The <h1> sets a title and its subtitle in two spans with
			// no separator between them; the declared title has it.
			if joinedSubtitle(t, c) {
				res.Title, res.Provenance["title"] = c, "declared:h1-subtitle"
				return
			}
		}
		for _, r := range refs {
			if r != "" && titleAgrees(t, r) && !isSiteSegment(t, r, site) {
				// An all-capitals headline is usually styling; the
				// declared title has the words' real case.
				if allCaps(t) {
					if c := p.cleanTitle(r, site); !allCaps(c) && strings.EqualFold(normTitle(c), normTitle(t)) {
						res.Title, res.Provenance["title"] = c, "h1+declared-case"
						return
					}
				}
				if normTitle(t) == normTitle(r) {
					// The <h1> repeats the declared title with its
					// site part ("Headline | Section | Site"): clean it
					// as the declared title would be.
					if c := p.cleanTitle(t, site); c != "" && len(c) < len(t) && strings.HasPrefix(t, c) && !strings.HasPrefix(t[len(c):], ":") && siteTail(t[len(c):], []string{site, p.hostName()}) {
						res.Title, res.Provenance["title"] = c, "h1+clean"
						return
					}
				}
				res.Title, res.Provenance["title"] = t, "h1"
				return
			}
		}
	}
	// A page's one visible <h1> is its headline even when the declared
	// titles say something else (an SEO title written for search results),
	// unless it is only the site's or a section's name.
	if eligible == 1 && p.headingOverDeclared(firstH1Idx, firstH1, refs, docTitle, site) && !p.deepInText(firstH1Idx) {
		res.Title, res.Provenance["title"] = firstH1, "h1:sole"
		if allCaps(firstH1) {
			for _, r := range refs {
				if c := p.cleanTitle(r, site); r != "" && !allCaps(c) && normTitle(c) == normTitle(firstH1) {
					res.Title, res.Provenance["title"] = c, "h1:sole+declared-case"
					break
				}
			}
		}
		if res.Title == firstH1 && allCaps(firstH1) {
			// The same words in another order: each word takes its
			// case from the declared title.
			for _, r := range refs {
				if w := wordCase(firstH1, r); r != "" && w != "" {
					res.Title, res.Provenance["title"] = w, "h1:sole+word-case"
					break
				}
			}
		}
		if res.Title == firstH1 && allCaps(firstH1) {
			// Capitals hide the words' case: a declared title with all
			// but one of the heading's words, and no other, is the
			// same headline written as it reads.
			for _, r := range refs {
				if c := p.cleanTitle(r, site); r != "" && !allCaps(c) && nearlySameWords(firstH1, c) {
					res.Title, res.Provenance["title"] = c, "declared:h1-caps"
					p.shownTitle = firstH1
					break
				}
			}
		}
		return
	}
	// A <title> that is only the site's name (its logo heading's text)
	// names no story: the page's <h1> does.
	if firstH1 != "" && headline == "" && og == "" && tw == "" && docTitle != "" && p.logoText(docTitle, site) {
		res.Title, res.Provenance["title"] = firstH1, "h1:title-is-site"
		return
	}
	// A declared title cut short (a JSON-LD headline that stops
	// mid-sentence) yields to a declared title that goes on from it.
	for _, r := range []string{og, docTitle, tw} {
		if headline == "" || r == "" {
			break
		}
		if c := p.cleanTitle(r, site); extendsTitle(c, p.cleanTitle(headline, site)) {
			headline = c
		}
	}
	switch {
	case headline != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(headline, site), "jsonld"
	case og != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(og, site), "meta:og:title"
	case tw != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(tw, site), "meta:twitter:title"
	case docTitle != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(docTitle, site), "title"
	case firstH1 != "":
		res.Title, res.Provenance["title"] = firstH1, "h1"
	}
	if prov := res.Provenance["title"]; prov != "h1" {
		// A section's name left before or after the headline: the page
		// shows the headline alone.
		if s := p.shownSegment(res.Title); s != "" {
			res.Title, res.Provenance["title"] = s, prov+"+shown-segment"
		}
	}
}

// trimHeadlineTail returns the part of h1 that is the declared title c
// when what h1 adds after it has no words: numbers (a comment count) and
// a domain in brackets (the source's credit). It returns "" otherwise.
func trimHeadlineTail(h1, c string) string {
	if len(c) < 15 || len(h1) <= len(c) || !strings.EqualFold(h1[:len(c)], c) {
		return ""
	}
	if h1[len(c)] != ' ' {
		return ""
	}
	rest := strings.Fields(h1[len(c):])
	if len(rest) == 0 || len(rest) > 3 {
		return ""
	}
	for _, w := range rest {
		w = strings.Trim(w, "()[]")
		if strings.IndexFunc(w, unicode.IsLetter) < 0 && strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			continue // a count
		}
		if dot := strings.LastIndexByte(w, '.'); dot > 0 && dot < len(w)-2 {
			continue // example.com
		}
		return ""
	}
	return strings.TrimSpace(h1[:len(c)])
}

// garbledCopy reports whether h1 is the declared title c with some
// characters replaced by '?' or U+FFFD (a template that could not encode
// them): the same number of words, each equal or, where h1 has the
// replacement mark, starting like c's word.
func garbledCopy(h1, c string) bool {
	marks := strings.Count(h1, "\uFFFD") + strings.Count(strings.TrimRight(h1, "?"), "?")
	if marks == 0 || strings.ContainsAny(c, "?\uFFFD") {
		return false
	}
	hw, cw := strings.Fields(h1), strings.Fields(c)
	if len(hw) != len(cw) || len(hw) < 3 {
		return false
	}
	for k, w := range hw {
		if strings.EqualFold(w, cw[k]) {
			continue
		}
		m := strings.IndexAny(w, "?\uFFFD")
		if m < 0 || !strings.HasPrefix(strings.ToLower(cw[k]), strings.ToLower(w[:m])) {
			return false
		}
	}
	return true
}

// headlineLike reports whether a lone <h1> that agrees with none of the
// declared titles reads like a headline: several words (or, in scripts
// written without spaces, several characters), not the site name, not a
// segment of a declared title, and sharing at least one word with one of
// them when there are any.
func (p *page) headlineLike(h1 string, refs []string, site string) bool {
	if !headingShape(h1, site) {
		return false
	}
	nh := normTitle(h1)
	words := strings.Fields(h1)
	declared := false
	shared := false
	hw := map[string]bool{}
	for _, w := range strings.Fields(nh) {
		if w = strings.TrimFunc(w, unicode.IsPunct); utf8.RuneCountInString(w) > 3 {
			hw[w] = true
		}
	}
	for _, r := range refs {
		if r == "" {
			continue
		}
		declared = true
		if isSiteSegment(h1, r, site) {
			return false
		}
		for _, w := range strings.Fields(normTitle(r)) {
			if hw[strings.TrimFunc(w, unicode.IsPunct)] {
				shared = true
			}
		}
	}
	return !declared || shared || hasWideScript(h1) || len(words) >= 6 && p.namesOnly(refs)
}

// headingOverDeclared reports whether the <h1> h, whose text is t, can
// stand as the headline against the declared titles: it reads like one
// of them (headlineLike), or it is shaped like a headline and they speak
// of another page (declaredOffTopic).
func (p *page) headingOverDeclared(h int32, t string, refs []string, doc, site string) bool {
	return p.headlineLike(t, refs, site) || headingShape(t, site) && p.declaredOffTopic(h, refs, doc, site)
}

// headingShape reports whether h1 is shaped like a story's headline: not
// the site's name, three to thirty words (fewer in a script written
// without spaces).
func headingShape(h1, site string) bool {
	nh := normTitle(h1)
	if nh == "" || (site != "" && nh == normTitle(site)) {
		return false
	}
	words := strings.Fields(h1)
	if len(words) < 3 && utf8.RuneCountInString(h1) < 8 {
		return false
	}
	if len(words) < 3 && !hasWideScript(h1) {
		return false
	}
	return len(words) <= 30
}

// declaredOffTopic reports whether the declared titles speak of another
// page than the one under the <h1> h: the text around the heading uses
// half or more of the heading's words and under half of each declared
// title's (a stale og:title that is the previous story's headline, a
// section's name or the site's slogan written as every story's title).
// doc, the <title> (one of refs), counts only when nothing else is
// declared.
func (p *page) declaredOffTopic(h int32, refs []string, doc, site string) bool {
	heading := strings.ToLower(p.nodeText(p.nodes[h].n))
	ctx := p.nodes[h].parent
	for up := 0; ctx >= 0 && p.nodes[ctx].text < offTopicText && up < 6; up++ {
		ctx = p.nodes[ctx].parent
	}
	if ctx < 0 || p.nodes[ctx].text < offTopicText {
		return false
	}
	text := strings.Replace(strings.ToLower(p.nodeText(p.nodes[ctx].n)), heading, "", 1)
	share := func(t string) (int, int) {
		hit, all := 0, 0
		for _, w := range strings.Fields(normTitle(t)) {
			if w = strings.TrimFunc(w, unicode.IsPunct); utf8.RuneCountInString(w) > 3 {
				all++
				if strings.Contains(text, w) {
					hit++
				}
			}
		}
		return hit, all
	}
	if hit, all := share(heading); all < 3 || 2*hit < all {
		return false
	}
	// The <title> speaks for the page only when nothing else is
	// declared: beside an og:title or a JSON-LD headline it is as often
	// the site's slogan.
	social := refs[:0:0]
	for _, r := range refs {
		if r != "" && r != doc {
			social = append(social, r)
		}
	}
	if len(social) == 0 {
		social = refs
	}
	declared := false
	for _, r := range social {
		if r == "" {
			continue
		}
		declared = true
		if hit, all := share(p.cleanTitle(r, site)); all > 0 && 2*hit >= all {
			return false
		}
	}
	return declared
}

// offTopicText is how much text (bytes) declaredOffTopic needs around a
// heading to judge what the page speaks of.
const offTopicText = 800

// namesOnly reports whether each declared title is made of a few short
// names and nothing else ("Press corner | European Commission"): a
// site's and a section's names on every page, not a headline that rivals
// the page's <h1>.
func (p *page) namesOnly(refs []string) bool {
	seen := false
	for _, r := range refs {
		if r == "" {
			continue
		}
		seen = true
		parts := []string{r}
		for _, sep := range segmentSeparators {
			var next []string
			for _, part := range parts {
				next = append(next, strings.Split(part, sep)...)
			}
			parts = next
		}
		if len(parts) < 2 {
			return false
		}
		for _, part := range parts {
			if w := strings.Fields(part); len(w) == 0 || len(w) > 3 {
				return false
			}
		}
	}
	return seen
}

// deepInText reports whether element i comes after paragraphs of text
// (over 600 characters of them): a heading inside the article, not the
// headline above it.
func (p *page) deepInText(i int32) bool {
	if i < 0 {
		return false
	}
	var before float32
	for k := max(p.body, 0); k < i; k++ {
		ni := &p.nodes[k]
		if ni.flags&(fSkip|fBoil) != 0 {
			k = ni.end - 1
			continue
		}
		if g, _ := p.blockScore(ni); g > 0 {
			if before += g; before > 600 {
				return true
			}
		}
	}
	return false
}

// hasWideScript reports whether s is written in a script without spaces
// between words (Han, Hiragana, Katakana, Thai).
func hasWideScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}

// stripAffixes removes a learned prefix or suffix from a title, keeping
// the title when nothing would be left.
func stripAffixes(t string, affixes []string) string {
	for _, a := range affixes {
		if a == "" || len(a) >= len(t) {
			continue
		}
		if strings.HasSuffix(t, a) {
			return strings.TrimSpace(t[:len(t)-len(a)])
		}
		if strings.HasPrefix(t, a) {
			return strings.TrimSpace(t[len(a):])
		}
	}
	return t
}

// noteTitleAffix sets Result.TitleAffix: what the page's <title> has
// around the chosen headline, when that is a separator and a short name.
func (p *page) noteTitleAffix(docTitle string) {
	t := p.res.Title
	if t == "" || docTitle == "" || docTitle == t {
		return
	}
	var affix string
	switch {
	case strings.HasPrefix(docTitle, t):
		affix = docTitle[len(t):]
	case strings.HasSuffix(docTitle, t):
		affix = docTitle[:len(docTitle)-len(t)]
	default:
		return
	}
	name := strings.TrimFunc(affix, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if name == "" || len(affix) > 80 {
		return
	}
	// The affix must start (suffix) or end (prefix) with a separator.
	sepOK := false
	for _, sep := range titleSeparators {
		if strings.HasPrefix(affix, sep) || strings.HasSuffix(affix, sep) {
			sepOK = true
			break
		}
	}
	if sepOK {
		p.res.TitleAffix = affix
	}
}

// titleSegments splits a title at site-name separators.
// segmentSeparators split a declared title into its segments.
var segmentSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " / ", " < ", " > "}

func titleSegments(t string) []string {
	segs := []string{t}
	for i, sep := range segmentSeparators {
		if i > 0 && !slices.ContainsFunc(segs, func(s string) bool { return strings.Contains(s, sep) }) {
			continue // the segments, trimmed and not empty, stay as they are
		}
		var next []string
		for _, s := range segs {
			for _, part := range strings.Split(s, sep) {
				if part = strings.TrimSpace(part); part != "" {
					next = append(next, part)
				}
			}
		}
		segs = next
	}
	return segs
}

// isSiteSegment reports whether h1 is just one of several segments of the
// declared title and not its main one: the site name shown as a logo.
func isSiteSegment(h1, ref, site string) bool {
	segs := titleSegments(ref)
	if len(segs) < 2 {
		return false
	}
	nh := normTitle(h1)
	if site != "" && nh == normTitle(site) {
		return true
	}
	longest := ""
	match := false
	for _, s := range segs {
		if len(s) > len(longest) {
			longest = s
		}
		if normTitle(s) == nh {
			match = true
		}
	}
	return match && normTitle(longest) != nh
}

// cleanTitle removes site names from a declared title: a segment that
// matches a heading on the page wins; otherwise segments naming the site
// and short trailing segments are dropped.
func (p *page) cleanTitle(t, site string) string {
	segs := titleSegments(t)
	if len(segs) > 1 {
		// The longest segment shown as a heading wins over a shorter one
		// that is (an <h1> of) the site's name: "<h1
		// class=site-title>Paper</h1> … <h2>Headline</h2>" under
		// "Headline - Paper".
		longest := segs[0]
		for _, s := range segs[1:] {
			if len(s) > len(longest) {
				longest = s
			}
		}
		if nl := normTitle(longest); nl != "" && !isSiteName(longest, site, p.hostName()) {
			for k, i := range p.headingIdx() {
				if k >= 40 {
					break
				}
				if !p.linksHome(i) && normTitle(p.nodeText(p.nodes[i].n)) == nl {
					return longest
				}
			}
			// An element marked as the headline (itemprop=headline), which
			// may sit in a "page-header" block the headings above skip.
			for i := range p.nodes {
				ni := &p.nodes[i]
				if ni.flags&fSkip == 0 && ni.n.Type == html.ElementNode && strings.EqualFold(attr(ni.n, "itemprop"), "headline") &&
					normTitle(p.nodeText(ni.n)) == nl {
					return longest
				}
			}
		}
		for k, i := range p.headingIdx() {
			if k >= 40 {
				break
			}
			if p.linksHome(i) {
				continue // a logo heading
			}
			h := normTitle(p.nodeText(p.nodes[i].n))
			if h == "" {
				continue
			}
			for _, s := range segs {
				if normTitle(s) == h && (site == "" || h != normTitle(site)) && !isSiteName(s, site, p.hostName()) {
					return s
				}
			}
		}
	}
	return cleanTitle(t, site, p.hostName())
}

// isSiteName reports whether a title segment is exactly one of the
// site's names (compared on letters and digits).
func isSiteName(seg string, names ...string) bool {
	k := siteKey(seg)
	for _, n := range names {
		if k != "" && k == siteKey(n) {
			return true
		}
	}
	return false
}

// hostName returns the name part of the page's host ("" without a URL).
func (p *page) hostName() string {
	if p.base == nil {
		return ""
	}
	return hostName(p.base.Hostname())
}

// extendsTitle reports whether long goes on from short: short, without
// a trailing ellipsis, is a proper prefix of long that stops mid-title.
func extendsTitle(long, short string) bool {
	s := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(short, "…"), "..."), " ")
	nl, ns := normTitle(long), normTitle(s)
	return len(ns) >= 15 && len(nl) > len(ns)+3 && strings.HasPrefix(nl, ns)
}

// linksHome reports whether element i contains a link to the site's home
// page, or sits inside one (up to homeLinkDepth levels up), as logo
// headings do: "<h1><a href="/">Site</a></h1>", "<a href="/"><h1>Site</h1></a>".
func (p *page) linksHome(i int32) bool {
	for k := i; k < p.nodes[i].end; k++ {
		if n := p.nodes[k].n; n.DataAtom == atom.A && p.homeHref(attr(n, "href")) {
			return true
		}
	}
	a := p.nodes[i].n.Parent
	for range homeLinkDepth {
		if a == nil {
			break
		}
		if a.DataAtom == atom.A && p.homeHref(attr(a, "href")) {
			return true
		}
		a = a.Parent
	}
	return false
}

// logoText reports whether t is only the site's name: the declared site
// name, or the text of a heading that links to the home page (a logo).
func (p *page) logoText(t, site string) bool {
	if isSiteName(t, site, p.hostName()) {
		return true
	}
	nt := normTitle(t)
	for k, i := range p.headingIdx() {
		if k >= 40 {
			break
		}
		if p.linksHome(i) && normTitle(p.nodeText(p.nodes[i].n)) == nt {
			return true
		}
	}
	return false
}

// homeLinkDepth is how many ancestors of a heading are searched for a
// link to the home page.
const homeLinkDepth = 4

// homeHref reports whether href leads to the page's own home page.
func (p *page) homeHref(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" || href == "" || href == "./" {
		return true
	}
	if p.base == nil {
		return false
	}
	u, err := p.base.Parse(href)
	return err == nil && u.Host == p.base.Host && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// headingIdx returns the indexes of h1-h3 elements outside boilerplate.
func (p *page) headingIdx() []int32 {
	var out []int32
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fHeading == 0 || ni.flags&(fSkip|fBoil) != 0 {
			continue
		}
		switch ni.n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			out = append(out, int32(i))
		}
		if len(out) >= 40 {
			break
		}
	}
	return out
}

// titleAgrees reports whether an <h1> text and a declared title are the
// same headline (equal after normalisation, or one contains the other
// with most of its words).
func titleAgrees(h1, ref string) bool {
	a, b := normTitle(h1), normTitle(ref)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len(a) >= 15 && strings.Contains(b, a) && len(a)*10 >= len(b)*4 {
		return true
	}
	if len(b) >= 15 && strings.Contains(a, b) && len(b)*10 >= len(a)*6 {
		return true
	}
	// The heading holds a kicker before the title ("Programm über zwei
	// Milliarden NRW will marode Schulen schneller sanieren").
	if len(b) >= 15 && strings.HasSuffix(a, " "+b) && len(b)*10 >= len(a)*4 {
		return true
	}
	return false
}

func normTitle(s string) string {
	ls := strings.ToLower(s)
	if plainTitle(ls) {
		return strings.TrimSpace(ls)
	}
	var b strings.Builder
	b.Grow(len(ls))
	for _, r := range ls {
		switch {
		case r == '’' || r == '\'' || r == '"' || r == '“' || r == '”' || r == '‘':
		case r == ' ' || r == '\u00a0' || r == '\u3000':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// plainTitle reports whether normTitle keeps the lower-cased title ls as
// it is but for trimming: valid UTF-8 without quotes or wide spaces.
func plainTitle(ls string) bool {
	for _, r := range ls {
		switch r {
		case '’', '\'', '"', '“', '”', '‘', '\u00a0', '\u3000', utf8.RuneError:
			return false
		}
	}
	return true
}

// cjkTrail reports whether the underscores of t stand between letters of
// scripts written without spaces (wideRune) on both sides, and its first
// segment, the headline, is longer than the rest together.
func cjkTrail(t string) bool {
	parts := strings.Split(t, "_")
	rest := 0
	for i, part := range parts {
		if part == "" {
			return false
		}
		if i > 0 {
			first, _ := utf8.DecodeRuneInString(part)
			if !wideRune(first) {
				return false
			}
			rest += utf8.RuneCountInString(part)
		}
		if i < len(parts)-1 {
			last, _ := utf8.DecodeLastRuneInString(part)
			if !wideRune(last) {
				return false
			}
		}
	}
	return utf8.RuneCountInString(parts[0]) > rest
}

// cjkSiteWords end the names of Chinese news sites: "新华网", "人民日报",
// "中时新闻网", "自由時報".
var cjkSiteWords = []string{"网", "網", "报", "報", "新闻", "新聞", "电视台", "電視台"}

// cjkSiteSuffix cuts a Chinese site name joined to the headline by a bare
// hyphen ("武汉的声音：…英雄的城！-新华网"): a short tail of Han characters
// that ends like a site's name. It returns the headline and true when it
// cut.
func cjkSiteSuffix(t string) (string, bool) {
	i := strings.LastIndexAny(t, "-－")
	if i <= 0 {
		return t, false
	}
	_, w := utf8.DecodeRuneInString(t[i:])
	head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+w:])
	n := utf8.RuneCountInString(tail)
	if n < 2 || n > 8 || utf8.RuneCountInString(head) < 2*n {
		return t, false
	}
	for _, r := range tail {
		if !unicode.Is(unicode.Han, r) {
			return t, false
		}
	}
	for _, w := range cjkSiteWords {
		if strings.HasSuffix(tail, w) {
			return head, true
		}
	}
	return t, false
}

// titleSeparators split a title from a site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " / ", " // ",
	" ~ ", " ｜ ", "｜", " │ ", " ・ ", " < ", " > ", " |", "| ", " -", " –", " —", "_"}

// siteTail reports whether the part cleanTitle cut off a headline is
// the site's: it names the site, or it is a trail of two segments or more
// ("| Politics | The Gazette"). One unknown segment after a dash ("–
// klar 2027") is the headline's own.
func siteTail(tail string, sites []string) bool {
	segs := 0
	rest := tail
	for rest != "" {
		cut, at := len(rest), len(rest)
		for _, sep := range titleSeparators {
			if i := strings.Index(rest, sep); i >= 0 && i < cut {
				cut, at = i, i+len(sep)
			}
		}
		if seg := strings.TrimSpace(rest[:cut]); seg != "" {
			segs++
			if namesSite(seg, sites) {
				return true
			}
		}
		if at >= len(rest) {
			break
		}
		rest = rest[at:]
	}
	return segs >= 2
}

// cleanTitle removes a site-name prefix or suffix from a title. sites are
// the names the site goes by (og:site_name, the host's name); without a
// match a short last segment is dropped as an unknown site name.
func cleanTitle(t string, sites ...string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if head == "" || tail == "" {
			continue
		}
		if namesSite(tail, sites) {
			return cleanTitle(head, sites...)
		}
		if j := strings.Index(t, sep); j > 0 {
			if pre := strings.TrimSpace(t[:j]); namesSite(pre, sites) {
				return cleanTitle(strings.TrimSpace(t[j+len(sep):]), sites...)
			}
		}
		if sep == "_" {
			// In Latin text "_" joins words too often to cut without a
			// known name; between CJK segments it is the site's trail
			// ("标题_新闻_网站", "标题_网站").
			if cjkTrail(t) {
				head, _, _ := strings.Cut(t, "_")
				return cleanTitle(strings.TrimSpace(head), sites...)
			}
			continue
		}
		// Without a known site name: drop a short last segment.
		if len(strings.Fields(tail)) <= 4 && len(tail)*2 < len(head) {
			return cleanTitle(head, sites...)
		}
	}
	if head, ok := cjkSiteSuffix(t); ok {
		return cleanTitle(head, sites...)
	}
	if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		// "Headline (The Site)"; not "Headline (1)" on a host whose
		// name reads "1".
		if inner := t[i+2 : len(t)-1]; utf8.RuneCountInString(inner) >= 3 && strings.IndexFunc(inner, unicode.IsLetter) >= 0 && namesSite(inner, sites) {
			return cleanTitle(strings.TrimSpace(t[:i]), sites...)
		}
	}
	for _, sep := range []string{": ", " : "} {
		if j := strings.Index(t, sep); j > 0 && namesSite(t[:j], sites) {
			return strings.TrimSpace(t[j+len(sep):])
		}
	}
	return trimDomainWord(t, sites)
}

// trimDomainWord removes a first or last word that is the site's domain
// name joined to the headline by a space alone ("example.com Vibe
// Coding"), keeping titles of one or two words whole.
func trimDomainWord(t string, sites []string) string {
	words := strings.Fields(t)
	if len(words) < 3 {
		return t
	}
	isDomain := func(w string) bool {
		w = strings.Trim(w, "()[]")
		dot := strings.LastIndexByte(w, '.')
		return dot > 0 && dot < len(w)-2 && !strings.ContainsAny(w, "/@") && namesSite(w, sites)
	}
	switch {
	case isDomain(words[0]):
		return strings.TrimSpace(strings.TrimPrefix(t, words[0]))
	case isDomain(words[len(words)-1]):
		return strings.TrimSpace(strings.TrimSuffix(t, words[len(words)-1]))
	}
	return t
}

// namesSite reports whether a title segment is one of the site's names:
// equal to it, or one containing the other, compared on letters and
// digits only ("The Riverton Gazette", "Riverton-Gazette.com",
// "Gazette").
func namesSite(seg string, sites []string) bool {
	k := siteKey(seg)
	if k == "" {
		return false
	}
	for _, s := range sites {
		sk := siteKey(s)
		if sk == "" {
			continue
		}
		if k == sk || (len(k) >= 3 && strings.Contains(sk, k)) {
			return true
		}
		// A segment holding the name and more ("The Riverton Gazette"
		// for "Gazette") is a name only while short: a headline that
		// starts with the site's name is not one.
		if len(sk) >= 3 && strings.Contains(k, sk) && len(strings.Fields(seg)) <= len(strings.Fields(s))+3 {
			return true
		}
	}
	return false
}

// secondLevel are the labels under which country domains register names
// (bbc.co.uk, abc.net.au, asahi.co.jp).
var secondLevel = map[string]bool{"co": true, "com": true, "net": true, "org": true, "gov": true, "ac": true,
	"edu": true, "ne": true, "or": true, "go": true, "gob": true, "gouv": true}

// siteKey folds a name to its lower-case letters and digits; a host name
// ("riverton-gazette.com") folds to its name part.
func siteKey(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, " \u00a0") && strings.Count(s, ".") >= 1 && !strings.HasSuffix(s, ".") {
		if h := hostName(s); h != "" {
			s = h
		}
	}
	var b strings.Builder
	for _, r := range siteFold.Replace(strings.ToLower(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteFold spells a site's name as its host name does: German umlauts
// and ß as "ae", "oe", "ue", "ss" ("Mäscot das Schaf" at maescot.de,
// "Süddeutsche Zeitung" at sueddeutsche.de), other accented Latin
// letters without their marks ("Le Télégramme" at letelegramme.fr).
var siteFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss",
	"à", "a", "á", "a", "â", "a", "ã", "a", "å", "a", "ą", "a", "ç", "c", "ć", "c", "č", "c",
	"è", "e", "é", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e", "ì", "i", "í", "i", "î", "i", "ï", "i", "ı", "i",
	"ł", "l", "ñ", "n", "ń", "n", "ň", "n", "ò", "o", "ó", "o", "ô", "o", "õ", "o", "ø", "o",
	"ř", "r", "ś", "s", "š", "s", "ş", "s", "ù", "u", "ú", "u", "û", "u", "ů", "u", "ý", "y", "ÿ", "y",
	"ź", "z", "ż", "z", "ž", "z", "ğ", "g")

// hostName returns the name part of a host: "edition.cnn.com" → "cnn",
// "www.bbc.co.uk" → "bbc", "spiegel.de" → "spiegel".
func hostName(host string) string {
	labels := hostLabels(host)
	if len(labels) == 0 {
		return ""
	}
	return labels[len(labels)-1]
}

// titleRemainder returns the site-name part of docTitle around title.
func titleRemainder(docTitle, title string) string {
	i := strings.Index(docTitle, title)
	if i < 0 {
		return ""
	}
	rest := docTitle[:i] + docTitle[i+len(title):]
	rest = strings.Trim(rest, " |-–—:·•»«‹›/~｜│・_")
	if rest == "" || len(rest) > 60 {
		return ""
	}
	return rest
}

// allCaps reports whether s has cased letters and all of them are upper
// case.
func allCaps(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// joinedSubtitle reports whether h1 is the declared title c with the
// separator between its title and subtitle left out ("Title. Subtitle"
// for "Title. - Subtitle"): an <h1> built from two spans.
func joinedSubtitle(h1, c string) bool {
	nh := normTitle(h1)
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(c, sep); i > 0 && strings.Count(c, sep) == 1 {
			if normTitle(c[:i]+" "+c[i+len(sep):]) == nh {
				return true
			}
		}
	}
	return false
}

// wordCase returns the all-capitals text h with each word in the case it
// has in ref, or "" when a word of h is not in ref or ref is itself in
// capitals.
func wordCase(h, ref string) string {
	if allCaps(ref) {
		return ""
	}
	forms := map[string]string{}
	for _, w := range strings.Fields(ref) {
		if u := strings.ToUpper(w); forms[u] == "" {
			forms[u] = w
		}
	}
	words := strings.Fields(h)
	for i, w := range words {
		f, ok := forms[w]
		if !ok {
			return ""
		}
		words[i] = f
	}
	return strings.Join(words, " ")
}

// kickerAround returns the headline of heading h when h sets a kicker
// before it or a subtitle after it in a child element of its own, and the
// declared title c tells which part is the headline: c is that part alone
// ("<h1><div>Get that tech stack</div> <span>Klatch Coffee</span></h1>"),
// or the headline first and the kicker after it ("Daten von Rheinmetall
// gehackt - Interne Unterlagen im Netz" for "<h1><span>Interne Unterlagen
// im Netz</span> <span>Daten von Rheinmetall gehackt</span></h1>"), where
// the <h1> shows the kicker first. It returns "" otherwise.
func kickerAround(h *html.Node, c string) string {
	nc := normTitle(c)
	if nc == "" {
		return ""
	}
	type part struct {
		text string
		elem bool // set in an element, not bare text of h
	}
	var parts []part
	for k := h.FirstChild; k != nil; k = k.NextSibling {
		if t := childText(k); t != "" {
			parts = append(parts, part{t, k.Type == html.ElementNode})
		}
	}
	if len(parts) != 2 {
		return ""
	}
	a, b := normTitle(parts[0].text), normTitle(parts[1].text)
	switch {
	case a == nc || b == nc:
		if (b == nc && a != nc && parts[0].elem) || (a == nc && b != nc && parts[1].elem) {
			return c
		}
	case parts[0].elem && len(strings.Fields(b)) >= 3 && slices.Equal(letterWords(c), append(letterWords(b), letterWords(a)...)) &&
		!slices.Equal(letterWords(c), append(letterWords(a), letterWords(b)...)):
		return parts[1].text
	}
	return ""
}

// kickerClassWords name the element a template sets a kicker (the
// overline above a headline: "Klimaschutz", "Einheit der Woche") or a
// thread's prefix label ("Patch Notes", "Solved") in.
var kickerClassWords = []string{"kicker", "topline", "dachzeile", "overline", "eyebrow", "roofline", "supertitle", "surtitle", "pretitle", "pre-title", "h1small", "antetitulo", "occhiello", "sopratitolo",
	"label", "prefix"}

// kickerSplit returns the kicker and the headline of heading h when h
// opens with an element marked as a kicker (by its class, or a <small>)
// followed by the headline: "<h1><span class=kicker>Klimaschutz</span>
// <span class=visually-hidden>: </span><span>Bohren, bis es heiß
// wird</span></h1>". A heading holding a single element is read inside it.
func kickerSplit(h *html.Node) (kicker, headline string) {
	for {
		var only *html.Node
		n := 0
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				n++
				only = c
			}
		}
		if n != 1 || only.Type != html.ElementNode || kickerElement(only) {
			break
		}
		h = only
	}
	var first *html.Node
	var rest strings.Builder
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		t := childText(c)
		if t == "" {
			continue
		}
		if first == nil {
			if c.Type != html.ElementNode || !kickerElement(c) {
				return "", ""
			}
			first, kicker = c, t
			continue
		}
		if rest.Len() == 0 && strings.Trim(t, ":|-–—·/ ") == "" {
			continue // the separator a screen reader is given
		}
		if rest.Len() > 0 {
			rest.WriteByte(' ')
		}
		rest.WriteString(t)
	}
	headline = strings.TrimSpace(rest.String())
	if first == nil || len(strings.Fields(headline)) < 2 || len(strings.Fields(kicker)) > 8 {
		return "", ""
	}
	return kicker, headline
}

// datedTail returns the headline of heading h and the text of its last
// element when that element is a date line ("<h1>Headline<br><small>
// 02.02.2022 • Sport</small></h1>"): a template's dateline set inside the
// headline's element, not words of the headline.
func datedTail(h *html.Node) (headline, tail string) {
	var last *html.Node
	for c := h.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && textOf(c) != "" || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			last = c
			break
		}
	}
	if last == nil || last.Type != html.ElementNode || last == h.FirstChild {
		return "", ""
	}
	tail = textOf(last)
	lt := strings.ToLower(tail)
	if len(tail) > 80 || !dateLed(lt) {
		return "", ""
	}
	if _, ok := parseDate(lt, false); !ok {
		return "", ""
	}
	var b strings.Builder
	for c := h.FirstChild; c != last; c = c.NextSibling {
		if t := childText(c); t != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
	}
	headline = b.String()
	if len(strings.Fields(headline)) < 2 {
		return "", ""
	}
	return headline, tail
}

// kickerElement reports whether element n is marked as a kicker.
func kickerElement(n *html.Node) bool {
	if n.DataAtom == atom.Small {
		return true
	}
	c := strings.ToLower(attr(n, "class"))
	return c != "" && slices.ContainsFunc(kickerClassWords, func(w string) bool { return strings.Contains(c, w) })
}

// cutKicker takes a kicker the headline's element sets apart off the
// title: the title is then the headline alone, whether it was read from
// the <h1> or from a declared title that joins both ("Klimaschutz: Bohren,
// bis es heiß wird").
func (p *page) cutKicker() {
	t := p.res.Title
	if t == "" {
		return
	}
	words := letterWords(t)
	for k, i := range p.h1s {
		if k >= 4 {
			break
		}
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 || ni.text > 400 {
			continue
		}
		kicker, headline := kickerSplit(ni.n)
		if headline == "" || !slices.Equal(words, append(letterWords(kicker), letterWords(headline)...)) {
			// The <h1> ends in an element that dates the story
			// ("Headline<br><small>02.02.2022 • Sport</small>").
			headline, kicker = datedTail(ni.n)
			if headline == "" || !slices.Equal(words, append(letterWords(headline), letterWords(kicker)...)) {
				continue
			}
		}
		if p.shownTitle == "" {
			p.shownTitle = t
		}
		p.res.Title = headline
		p.res.Provenance["title"] += "-kicker"
		return
	}
}

// titleDateSeps separate a date a template writes before or after the
// headline from it.
var titleDateSeps = []string{" - ", " – ", " — ", " | ", ": ", " · ", " / "}

// cutTitleDate takes a date written before or after the headline off the
// title ("23.01.2022 - Dorothea Wierer darf noch jubeln", "Online-Fachtag
// zum Intersex Day | 08.11.2021"): a template that puts the day into the
// heading. The day is kept as the headline's date (titleDate), and the
// heading as shown (shownTitle), so that body and date rules still find it.
func (p *page) cutTitleDate() {
	t := p.res.Title
	if t == "" {
		return
	}
	if d, rest, ok := titleDateSplit(t); ok {
		if p.shownTitle == "" {
			p.shownTitle = t
		}
		p.titleDate = d
		p.res.Title = rest
		p.res.Provenance["title"] += "-date"
		return
	}
	// The declared titles may carry the day the headline shown does not
	// ("08.11.2021 | Online-Fachtag …" in og:title and <title> above an
	// <h1> without it).
	nt := normTitle(t)
	for _, d := range []string{collapse(p.meta["og:title"]), collapse(p.title)} {
		if day, rest, ok := titleDateSplit(d); ok && strings.Contains(normTitle(rest), nt) {
			p.titleDate = day
			return
		}
	}
}

// titleDateSplit splits a title into the day written before or after its
// headline and the headline; ok is false when t holds no such day.
func titleDateSplit(t string) (day time.Time, headline string, ok bool) {
	if !strings.ContainsAny(t, "0123456789") {
		return time.Time{}, "", false
	}
	for _, sep := range titleDateSeps {
		for _, first := range []bool{true, false} {
			var i int
			if first {
				i = strings.Index(t, sep)
			} else {
				i = strings.LastIndex(t, sep)
			}
			if i <= 0 {
				continue
			}
			date, rest := t[:i], t[i+len(sep):]
			if !first {
				date, rest = rest, t[:i]
			}
			lt := strings.ToLower(strings.TrimSpace(date))
			if len(strings.Fields(rest)) < 3 || len(lt) > 40 || !dayStamp(lt) {
				continue
			}
			d, ok := parseDate(lt, false)
			if !ok || !plausibleDate(d) {
				continue
			}
			return d, strings.TrimSpace(rest), true
		}
	}
	return time.Time{}, "", false
}

// dayStamp reports whether a short lower-case text is only a date down to
// its day: numbers (at least two: a day and a year, or all three parts),
// month and weekday names. "march 2025" names a month, not a day.
func dayStamp(lt string) bool {
	nums := 0
	for _, f := range strings.Fields(lt) {
		w := strings.Trim(f, ".,")
		if _, ok := monthNames[w]; ok || weekdays[w] {
			continue
		}
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '/' || r == '-' }) {
			if strings.Trim(part, "0123456789") != "" {
				return false
			}
			nums++
		}
	}
	return nums >= 2
}

// childText returns the text a child node of a heading shows: a text
// node's with its spaces folded, an element's as rendered.
func childText(c *html.Node) string {
	switch c.Type {
	case html.TextNode:
		return collapse(c.Data)
	case html.ElementNode:
		return textOf(c)
	}
	return ""
}

// letterWords returns the lower-cased runs of letters and digits of s:
// its words without the punctuation and separators between them.
func letterWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// declaredSubheading returns the declared title when an <h2> or <h3> of
// the page shows it word for word and no <h1> does: the page's <h1> is
// then a section or a shortened label, the heading the declared title.
func (p *page) declaredSubheading(refs []string, site string) string {
	var cs []string
	for _, r := range refs {
		if r != "" {
			if c := p.cleanTitle(r, site); len(strings.Fields(c)) >= 3 {
				cs = append(cs, normTitle(c))
			}
		}
	}
	if len(cs) == 0 {
		return ""
	}
	for _, i := range p.h1s {
		t := normTitle(p.nodeText(p.nodes[i].n))
		for _, c := range cs {
			if t == c {
				return ""
			}
		}
	}
	for _, i := range p.headingIdx() {
		n := p.nodes[i].n
		if n.DataAtom == atom.H1 {
			continue
		}
		t := p.nodeText(n)
		for _, c := range cs {
			if normTitle(t) == c && !p.deepInText(i) { // not a section heading inside the text
				return t
			}
		}
	}
	return ""
}

// titleShown returns the headline as the page shows it: Result.Title, or
// the whole line it was cut from.
func (p *page) titleShown() string {
	if p.shownTitle != "" {
		return p.shownTitle
	}
	return p.res.Title
}

// nearlySameWords reports whether a and b have the same words, ignoring
// case and punctuation, but for one word that only one of them has; both
// have at least four.
func nearlySameWords(a, b string) bool {
	words := func(s string) map[string]int {
		m := map[string]int{}
		for _, f := range strings.Fields(strings.ToLower(s)) {
			if f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); f != "" {
				m[f]++
			}
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) < 4 || len(wb) < 4 {
		return false
	}
	diff := 0
	for w, n := range wa {
		diff += max(n-wb[w], 0)
	}
	for w, n := range wb {
		diff += max(n-wa[w], 0)
	}
	return diff <= 1
}

// addsYear reports whether the declared title c is the heading h with a
// year after it: "h 2025", "h in 2025", "h (2025)", "h [2025]".
func addsYear(c, h string) bool {
	nc, nh := normTitle(c), normTitle(h)
	if len(nh) < 10 || !strings.HasPrefix(nc, nh+" ") {
		return false
	}
	rest := strings.Fields(nc[len(nh):])
	if len(rest) == 2 {
		switch rest[0] {
		case "in", "of", "for":
			rest = rest[1:]
		}
	}
	if len(rest) != 1 {
		return false
	}
	y := strings.Trim(rest[0], "()[]")
	if len(y) != 4 || (!strings.HasPrefix(y, "19") && !strings.HasPrefix(y, "20")) {
		return false
	}
	for _, r := range y {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
