package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page-kind model reads a fixed vector of weak signals of one page:
// what the page declares (JSON-LD, og:type, microdata), whether it has a
// date and byline of its own, the shape of its address, and the shape of
// its text (link share, paragraphs, repeated sibling blocks, prices,
// code, calls to action). Each is a number; kindmodel.go weighs them.

// Indexes of the kind features; kindFeatureNames names them in order.
const (
	fxLDArticle = iota
	fxOGArticle
	fxLDPageOnly
	fxLDProduct
	fxLDForum
	fxLDListing
	fxLDService
	fxLDTech
	fxOGWebsite
	fxOGOther
	fxMicroProduct
	fxMicroArticle
	fxHasDate
	fxDateMeta
	fxDateURL
	fxHasAuthor
	fxAuthorLinks
	fxTimeElems
	fxURLRoot
	fxURLDepth
	fxURLDated
	fxURLSlugWords
	fxURLNumericID
	fxURLQuery
	fxURLFileExt
	fxPathNews
	fxPathProduct
	fxPathListing
	fxPathForum
	fxPathDocs
	fxPathService
	fxPathAuthor
	fxPathTag
	fxHostDocs
	fxHostForum
	fxHostShop
	fxHostNews
	fxTextLog
	fxPageTextLog
	fxBodyShare
	fxLinkPage
	fxLinkMain
	fxLinesLog
	fxParaMeanLog
	fxLongParaShare
	fxPunctLineShare
	fxShortLineShare
	fxLinkedHeadings
	fxHeadingsMain
	fxQuestionHeadings
	fxListShareMain
	fxRepeatMax
	fxRepeatMain
	fxInputs
	fxForms
	fxCodeShare
	fxAPIDensity
	fxPrices
	fxCartWords
	fxRatingWords
	fxForumWords
	fxCTAWords
	fxReportWords
	fxWeOur
	fxYouYour
	fxTitleWords
	fxTitleQuestion
	fxH1Count
	fxArticleTag
	fxYearMentions
	fxListingShape
	fxRuleArticle
	fxPricedItems
	fxMicroForum
	fxGenBlog
	fxMarkShop
	fxMarkDocs
	nKindFeatures
)

// kindFeatureNames names the kind features, in index order; the model
// file is checked against it.
var kindFeatureNames = [nKindFeatures]string{
	"ld_article", "og_article", "ld_page_only", "ld_product", "ld_forum", "ld_listing", "ld_service", "ld_tech",
	"og_website", "og_other", "micro_product", "micro_article",
	"has_date", "date_meta", "date_url", "has_author", "author_links", "time_elems",
	"url_root", "url_depth", "url_dated", "url_slug_words", "url_numeric_id", "url_query", "url_file_ext",
	"path_news", "path_product", "path_listing", "path_forum", "path_docs", "path_service", "path_author", "path_tag",
	"host_docs", "host_forum", "host_shop", "host_news",
	"text_log", "page_text_log", "body_share", "link_page", "link_main", "lines_log", "para_mean_log",
	"long_para_share", "punct_line_share", "short_line_share", "linked_headings", "headings_main",
	"question_headings", "list_share_main", "repeat_max", "repeat_main", "inputs", "forms", "code_share",
	"api_density", "prices", "cart_words", "rating_words", "forum_words", "cta_words", "report_words",
	"we_our", "you_your", "title_words", "title_question", "h1_count", "article_tag", "year_mentions",
	"listing_shape", "rule_article", "priced_items", "micro_forum", "gen_blog", "mark_shop", "mark_docs",
}

// kindFeatures is one page's feature vector.
type kindFeatures [nKindFeatures]float64

// pageWordScope separates what the counts above read: the body, or every
// visible text of the page (menus and buttons included).
var pageScoped = [nKindFeatures]bool{fxCartWords: true, fxRatingWords: true, fxForumWords: true, fxCTAWords: true}

// kindFeatures computes the page's kind features; it runs after the body
// and the metadata are extracted.
func (p *page) kindFeatures(ruleArticle bool) *kindFeatures {
	var f kindFeatures
	res := p.res
	if ruleArticle {
		f[fxRuleArticle] = 1
	}
	// Declared types.
	if p.ld.isArticleType {
		f[fxLDArticle] = 1
	}
	ogType := strings.ToLower(p.meta["og:type"])
	switch {
	case ogType == "article" || strings.HasPrefix(ogType, "article"):
		f[fxOGArticle] = 1
	case ogType == "website" || ogType == "webpage":
		f[fxOGWebsite] = 1
	case ogType != "":
		f[fxOGOther] = 1
	}
	for _, t := range p.ld.types {
		if g, ok := ldKindGroups[strings.ToLower(t)]; ok {
			f[g] = 1
		}
	}
	if len(p.ld.types) > 0 && !p.ld.isArticleType && f[fxLDProduct]+f[fxLDForum]+f[fxLDListing]+f[fxLDService] == 0 {
		f[fxLDPageOnly] = 1
	}
	// Date and byline.
	if res.PublishedAt != nil && !pageWideDate(res.Provenance["published_at"]) {
		f[fxHasDate] = 1
		prov := res.Provenance["published_at"]
		switch {
		case strings.HasPrefix(prov, "url"):
			f[fxDateURL] = 1
		case strings.HasPrefix(prov, "jsonld") || strings.HasPrefix(prov, "meta"):
			f[fxDateMeta] = 1
		}
	}
	if len(res.Authors) > 0 && res.Provenance["authors"] != provSiteOwner {
		f[fxHasAuthor] = 1
	}
	for j, on := range map[int]bool{fxMicroArticle: p.mark.microArticle, fxMicroProduct: p.mark.microProduct,
		fxMicroForum: p.mark.microComment, fxGenBlog: p.mark.blogEngine, fxMarkShop: p.mark.shop != "", fxMarkDocs: p.mark.docs != ""} {
		if on {
			f[j] = 1
		}
	}
	if len(p.authorLinks) > 0 {
		f[fxAuthorLinks] = 1
	}
	f[fxTimeElems] = math.Log1p(float64(len(p.times)))
	p.urlFeatures(&f)
	p.shapeFeatures(&f)
	p.wordFeatures(&f)
	return &f
}

// urlFeatures fills the address features.
func (p *page) urlFeatures(f *kindFeatures) {
	if p.base == nil || p.base.Host == "" {
		return
	}
	path := strings.Trim(p.base.Path, "/")
	if (path == "" || path == "index.html" || path == "index.php") && p.base.RawQuery == "" {
		f[fxURLRoot] = 1
	}
	if p.base.RawQuery != "" {
		f[fxURLQuery] = 1
	}
	parts := strings.Split(path, "/")
	if path == "" {
		parts = nil
	}
	f[fxURLDepth] = float64(min(len(parts), 6))
	if _, ok := urlDate(p.base.Path); ok {
		f[fxURLDated] = 1
	}
	slug := 0
	for i, part := range parts {
		lp := strings.ToLower(part)
		if g, ok := pathWordGroups[lp]; ok && i < 3 {
			f[g] = 1
		}
		words := 1 + strings.Count(part, "-") + strings.Count(part, "_")
		if dot := strings.LastIndexByte(part, '.'); dot > 0 && i == len(parts)-1 {
			f[fxURLFileExt] = 1
			words = 1 + strings.Count(part[:dot], "-") + strings.Count(part[:dot], "_")
		}
		slug = max(slug, words)
		digits := 0
		for j := 0; j < len(part); j++ {
			if part[j] >= '0' && part[j] <= '9' {
				digits++
			}
		}
		if digits >= 5 {
			f[fxURLNumericID] = 1
		}
	}
	f[fxURLSlugWords] = float64(min(slug, 12))
	host := strings.ToLower(p.base.Hostname())
	if dot := strings.IndexByte(host, '.'); dot > 0 {
		if g, ok := hostWordGroups[host[:dot]]; ok {
			f[g] = 1
		}
	}
}

// sibKey identifies a group of siblings that look alike: the same parent,
// tag and class.
type sibKey struct {
	parent int32
	tag    atom.Atom
	class  string
}

// shapeFeatures fills the text-shape and structure features.
func (p *page) shapeFeatures(f *kindFeatures) {
	res := p.res
	textLen := 0
	lines, long, punct, short := 0, 0, 0, 0
	for _, l := range strings.Split(res.Text, "\n") {
		n := utf8.RuneCountInString(l)
		if n == 0 {
			continue
		}
		lines++
		textLen += n
		if n >= 200 {
			long++
		}
		if n < 40 {
			short++
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
		switch r {
		case '.', '!', '?', '。', '！', '？', '"', '”', '»', ')':
			punct++
		}
	}
	f[fxTextLog] = math.Log1p(float64(textLen))
	f[fxPageTextLog] = math.Log1p(float64(p.totalText))
	if p.totalText > 0 {
		f[fxBodyShare] = min(1, float64(textLen)/float64(p.totalText))
		f[fxLinkPage] = float64(p.totalLinkText) / float64(p.totalText)
	}
	f[fxLinesLog] = math.Log1p(float64(lines))
	if lines > 0 {
		f[fxParaMeanLog] = math.Log1p(float64(textLen) / float64(lines))
		f[fxLongParaShare] = float64(long) / float64(lines)
		f[fxPunctLineShare] = float64(punct) / float64(lines)
		f[fxShortLineShare] = float64(short) / float64(lines)
	}
	f[fxLinkedHeadings] = math.Log1p(float64(p.linkedHeadings))
	if t := p.title; t != "" {
		f[fxTitleWords] = float64(min(len(strings.Fields(t)), 30))
		if strings.HasSuffix(strings.TrimSpace(res.Title), "?") {
			f[fxTitleQuestion] = 1
		}
	}
	f[fxH1Count] = float64(min(len(p.h1s), 5))

	mainStart, mainEnd := int32(-1), int32(-1)
	if p.mainIdx >= 0 {
		mainStart, mainEnd = p.mainIdx, p.nodes[p.mainIdx].end
		m := &p.nodes[p.mainIdx]
		if m.text > 0 {
			f[fxLinkMain] = float64(m.link) / float64(m.text)
		}
	}
	headings, questions, listText, codeText := 0, 0, int32(0), int32(0)
	inputs, forms := 0, 0
	groups := make(map[sibKey]int32, 64)
	var repeatMax, repeatMain int32
	for i := range p.nodes {
		ni := &p.nodes[i]
		inMain := int32(i) >= mainStart && int32(i) < mainEnd
		switch ni.n.DataAtom {
		case atom.Input, atom.Select, atom.Textarea, atom.Button:
			inputs++
		case atom.Form:
			forms++
		case atom.Article:
			f[fxArticleTag] = 1
		case atom.Pre:
			if inMain {
				codeText += ni.text
			}
		case atom.Code:
			if inMain && (ni.parent < 0 || p.nodes[ni.parent].n.DataAtom != atom.Pre) {
				codeText += ni.text
			}
		}
		if inMain && ni.flags&fHeading != 0 && ni.n.DataAtom != atom.H1 {
			headings++
			if t := strings.TrimSpace(p.nodeText(ni.n)); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
				questions++
			}
		}
		if inMain && ni.flags&fListItem != 0 && (ni.parent < 0 || p.nodes[ni.parent].flags&fListItem == 0) {
			listText += ni.text
		}
		if ni.parent < 0 || ni.text < 20 || ni.flags&fSkip != 0 || ni.flags&fBlock == 0 {
			continue
		}
		k := sibKey{parent: ni.parent, tag: ni.n.DataAtom, class: attr(ni.n, "class")}
		c := groups[k] + 1
		groups[k] = c
		repeatMax = max(repeatMax, c)
		if ni.parent >= mainStart && ni.parent < mainEnd {
			repeatMain = max(repeatMain, c)
		}
	}
	f[fxHeadingsMain] = math.Log1p(float64(headings))
	if headings > 0 {
		f[fxQuestionHeadings] = float64(questions) / float64(headings)
	}
	if p.mainIdx >= 0 && p.nodes[p.mainIdx].text > 0 {
		mt := float64(p.nodes[p.mainIdx].text)
		f[fxListShareMain] = min(1, float64(listText)/mt)
		f[fxCodeShare] = min(1, float64(codeText)/mt)
	}
	f[fxRepeatMax] = math.Log1p(float64(repeatMax))
	f[fxRepeatMain] = math.Log1p(float64(repeatMain))
	f[fxInputs] = math.Log1p(float64(inputs))
	f[fxForms] = float64(min(forms, 5))
	if p.listingShape(int32(textLen)) {
		f[fxListingShape] = 1
	}
}

// wordFeatures counts words and phrases of the body (per 100 words) and
// of the whole visible page (log counts), prices, years and code marks.
func (p *page) wordFeatures(f *kindFeatures) {
	var counts [nKindFeatures]int
	words := scanWords(p.res.Text, &counts, false)
	years, api := 0, 0
	text := p.res.Text
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if (c == '1' || c == '2') && (i == 0 || text[i-1] < '0' || text[i-1] > '9') &&
			(text[i+1] == '9' || text[i+1] == '0') && isDigitByte(text[i+2]) && isDigitByte(text[i+3]) &&
			(i+4 == len(text) || !isDigitByte(text[i+4])) {
			years++
		}
		if (c == '(' && text[i+1] == ')') || (c == '=' && text[i+1] == '>') || (c == ':' && text[i+1] == ':') ||
			(c == '{' || c == '}') || (c == ';' && text[i+1] == '\n') {
			api++
		}
	}
	if len(text) > 0 {
		k := 1000 / float64(len(text))
		f[fxYearMentions] = min(20, float64(years)*k)
		f[fxAPIDensity] = min(20, float64(api)*k)
	}
	per100 := 0.0
	if words > 0 {
		per100 = 100 / float64(words)
	}
	for _, g := range []int{fxReportWords, fxWeOur, fxYouYour} {
		f[g] = min(20, float64(counts[g])*per100)
	}
	// Whole visible page: menus, buttons and prices count too.
	var pc [nKindFeatures]int
	prices := 0
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			continue
		}
		for c := ni.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				scanWords(c.Data, &pc, true)
				prices += countPrices(c.Data)
			}
		}
	}
	for g, on := range pageScoped {
		if on {
			f[g] = math.Log1p(float64(pc[g]))
		}
	}
	f[fxPrices] = math.Log1p(float64(prices))
	f[fxPricedItems] = math.Log1p(float64(p.pricedItems()))
}

// pricedItems returns the largest number of look-alike siblings (same
// parent, tag and class) that each hold an amount of money: the cards of
// a shop's product grid.
func (p *page) pricedItems() int {
	n, _ := p.pricedGrid()
	return n
}

// pricedGrid is pricedItems that also returns the parent element of the
// largest group of priced siblings (-1 when there is none).
func (p *page) pricedGrid() (items int, parent int32) {
	if g := &p.grid; !g.read {
		g.items, g.parent = p.findPricedGrid()
		g.read = true
	}
	return p.grid.items, p.grid.parent
}

// gridMemo keeps pricedGrid's answer for a page: its DOM and index do not
// change once indexed.
type gridMemo struct {
	items  int
	parent int32
	read   bool
}

// findPricedGrid is pricedGrid without the memo.
func (p *page) findPricedGrid() (items int, parent int32) {
	priced := make([]bool, len(p.nodes))
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 || priced[i] {
			continue
		}
		has := false
		for c := ni.n.FirstChild; c != nil && !has; c = c.NextSibling {
			has = c.Type == html.TextNode && countPrices(c.Data) > 0
		}
		if !has {
			continue
		}
		for j := int32(i); j >= 0 && !priced[j]; j = p.nodes[j].parent {
			priced[j] = true
		}
	}
	groups := make(map[sibKey]int, 16)
	best, parent := 0, int32(-1)
	for i := range p.nodes {
		ni := &p.nodes[i]
		if !priced[i] || ni.parent < 0 {
			continue
		}
		k := sibKey{parent: ni.parent, tag: ni.n.DataAtom, class: attr(ni.n, "class")}
		groups[k]++
		if groups[k] > best {
			best, parent = groups[k], ni.parent
		}
	}
	return best, parent
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// wordShapes holds, for each length up to maxShapeLen, the first bytes of
// the words and phrases of textWordGroups and phraseStarts of that length
// (a bit per byte value): a word of another shape is none of them.
var wordShapes = func() *[maxShapeLen + 1][4]uint64 {
	var t [maxShapeLen + 1][4]uint64
	add := func(w string) {
		if len(w) > 0 && len(w) <= maxShapeLen {
			t[len(w)][w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	for w := range textWordGroups {
		add(w)
	}
	for w := range phraseStarts {
		add(w)
	}
	return &t
}()

// maxShapeLen is the longest word or phrase scanWords looks up: a phrase
// of a start word of up to 32 bytes, a space and a word of up to 64.
const maxShapeLen = 32 + 1 + 64

// wordShaped reports whether w, of 1 to 64 bytes, may be one of the words
// of textWordGroups and phraseStarts (see wordShapes).
func wordShaped(w []byte) bool { return phraseShaped(w[0], len(w)) }

// phraseShaped reports whether a word or phrase of n bytes that begins
// with byte c may be one of textWordGroups and phraseStarts.
func phraseShaped(c byte, n int) bool {
	return n <= maxShapeLen && wordShapes[n][c>>6]&(1<<(c&63)) != 0
}

// scanWords lowers and splits s into words and adds the word groups of
// textWordGroups (two-word phrases included) to counts; page selects the
// page-scoped groups, otherwise the body-scoped ones. It returns the
// number of words.
func scanWords(s string, counts *[nKindFeatures]int, page bool) int {
	var buf [64]byte
	var prev [32]byte
	prevN := 0
	n := 0
	words := 0
	flush := func() {
		if n == 0 {
			return
		}
		words++
		w := buf[:n]
		if !wordShaped(w) && (prevN == 0 || !phraseShaped(prev[0], prevN+1+n)) {
			// None of the words, phrases or phrase starts looked up
			// below.
			prevN, n = 0, 0
			return
		}
		if n <= len(buf) {
			if g, ok := textWordGroups[string(w)]; ok && pageScoped[g] == page {
				counts[g]++
			}
			if prevN > 0 {
				var pair [97]byte
				k := copy(pair[:], prev[:prevN])
				pair[k] = ' '
				k++
				k += copy(pair[k:], w)
				if g, ok := textWordGroups[string(pair[:k])]; ok && pageScoped[g] == page {
					counts[g]++
				}
			}
		}
		prevN = 0
		if n <= len(prev) && phraseStarts[string(w)] {
			prevN = copy(prev[:], w)
		}
		n = 0
	}
	for _, r := range s {
		if unicode.IsLetter(r) || r == '\'' {
			r = unicode.ToLower(r)
			if n+utf8.RuneLen(r) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], r)
			}
			continue
		}
		flush()
	}
	flush()
	return words
}

// countPrices counts amounts of money: a currency sign next to a digit.
func countPrices(s string) int {
	n := 0
	for i, r := range s {
		switch r {
		case '$', '€', '£', '¥', '₹', '₽', '₺', '₩':
			before := i > 0 && isDigitByte(s[i-1]) || i > 1 && s[i-1] == ' ' && isDigitByte(s[i-2])
			j := i + utf8.RuneLen(r)
			after := j < len(s) && isDigitByte(s[j]) || j+1 < len(s) && s[j] == ' ' && isDigitByte(s[j+1])
			if before || after {
				n++
			}
		}
	}
	return n
}

// Features returns the page-kind features of one page, named by
// KindFeatureNames, for training the page-kind model (see kindmodel.go).
// final names the hand rule that decides the page without the model
// ("short-text", "home-page", ...), "" when the model decides; the
// features are then nil. Errors are those of Extract, except
// ErrNotArticle, which it does not return.
func (e *Extractor) Features(in Input) (features []float64, final string, err error) {
	p, err := e.prepare(in)
	if err != nil {
		return nil, "", err
	}
	kind, rule, reason, _ := p.ruleKind()
	kind, rule, _ = p.shortBodyShape(kind, rule, reason)
	if finalRules[rule] && kind != KindArticle {
		return nil, rule, nil
	}
	f := p.kindFeatures(kind == KindArticle)
	return f[:], "", nil
}

// KindFeatureNames returns the names of the values Features returns.
func KindFeatureNames() []string { return kindFeatureNames[:] }

// guessKind names a page the model does not take for an article when no
// rule named it: a thread, a product, documentation or other.
func (f *kindFeatures) guessKind() string {
	switch {
	case f[fxLDForum]+f[fxPathForum]+f[fxHostForum] > 0:
		return KindForum
	case f[fxLDProduct]+f[fxPathProduct]+f[fxHostShop] > 0 || f[fxPrices] > 1.5 && f[fxCartWords] > 1:
		return KindProduct
	case f[fxPathDocs]+f[fxHostDocs]+f[fxLDTech] > 0 || f[fxCodeShare] > 0.1:
		return KindDocs
	case f[fxLDListing]+f[fxListingShape]+f[fxPathListing] > 0:
		return KindListing
	}
	return KindOther
}
