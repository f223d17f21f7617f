package extract

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page rendered in the browser may reach the crawler as a shell: no
// story in its markup, the story in its JSON (the article's JSON-LD
// articleBody, or a framework's state in a <script type="application/json">
// such as Next.js's __NEXT_DATA__). Where the markup gave no story text,
// embeddedBody takes it from there. It never overrides text the page
// shows, and it leaves a paywalled article's articleBody (declared
// isAccessibleForFree false, for search engines) alone.

// maxAppJSON bounds the JSON blocks read per page, maxAppJSONBytes the
// bytes of them decoded per page (a decoded block takes several times its
// size in memory).
const (
	maxAppJSON      = 8
	maxAppJSONBytes = 2 << 20
)

// maxStateDepth bounds how deep embeddedBody looks into a JSON state
// block for the story's object, and into that object for its text.
const maxStateDepth = 12

// embeddedBody fills Result.Text from the page's JSON when its markup
// gave less than a story: first the article's JSON-LD articleBody, then a
// JSON state block's object that holds the page's headline beside a long
// prose text (the longest such text wins).
func (p *page) embeddedBody() {
	minText := p.opts.MinTextChars
	if nonSpace(p.res.Text) >= minText {
		return
	}
	p.domText, p.domTextProv = p.res.Text, p.res.Provenance["text"]
	if p.ld.isArticleType && !p.ld.paywalled {
		if t := proseText(p.ld.body); nonSpace(t) >= minText {
			p.res.Text = t
			p.res.Provenance["text"] = "jsonld:articleBody"
			return
		}
	}
	if p.normTitle == "" {
		return
	}
	best, bestN := "", 0
	for _, v := range p.stateBlocks() {
		p.storyObjects(v, 0, func(obj map[string]any) {
			if free, ok := obj["isAccessibleForFree"]; ok && free == false {
				return
			}
			take := func(s string) {
				t := proseText(s)
				if n := nonSpace(t); n >= minText && n > bestN {
					best, bestN = t, n
				}
			}
			proseIn(obj, 0, take)
			blocksIn(obj, 0, take)
		})
	}
	if best != "" {
		p.res.Text = best
		p.res.Provenance["text"] = "script:json"
	}
}

// stateAssignment returns the JSON of a script that only assigns an
// object to a window.__NAME__ variable ("window.__INITIAL_STATE__ =
// {…};"), as server-rendered single-page applications hand their state
// to the browser.
func stateAssignment(js string) (string, bool) {
	s := strings.TrimSpace(js)
	rest, ok := strings.CutPrefix(s, "window.__")
	if !ok {
		return "", false
	}
	eq := strings.IndexByte(rest, '=')
	if eq < 0 || eq > 64 || strings.ContainsAny(rest[:eq], "(){};,") {
		return "", false
	}
	val := strings.TrimSpace(rest[eq+1:])
	val = strings.TrimSpace(strings.TrimSuffix(val, ";"))
	if !strings.HasPrefix(val, "{") || !strings.HasSuffix(val, "}") {
		return "", false
	}
	return val, true
}

// embedded reports whether the body text came from the page's JSON.
func (p *page) embedded() bool {
	prov := p.res.Provenance["text"]
	return prov == "jsonld:articleBody" || prov == "script:json"
}

// restoreDOMText puts back the markup's text of a page whose embedded
// story did not make it an article: what such a page shows is its text.
func (p *page) restoreDOMText() {
	if !p.embedded() {
		return
	}
	p.res.Text = p.domText
	if p.domTextProv == "" {
		delete(p.res.Provenance, "text")
	} else {
		p.res.Provenance["text"] = p.domTextProv
	}
}

// stateBlocks returns the page's JSON state blocks decoded, within the
// byte budget (maxAppJSONBytes), decoding them once per page whichever of
// body, date and authors asks first.
func (p *page) stateBlocks() []any {
	if p.statesRead {
		return p.states
	}
	p.statesRead = true
	budget := maxAppJSONBytes
	for _, raw := range p.appJSON {
		if len(raw) > budget {
			continue
		}
		budget -= len(raw)
		var v any
		if json.Unmarshal([]byte(raw), &v) == nil {
			p.states = append(p.states, v)
		}
	}
	return p.states
}

// stateDateKeys are the fields a JSON state block's story object gives its
// publication time in, the most specific first.
var stateDateKeys = []string{"datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publicationDate",
	"firstPublishedAt", "first_published_at", "publishedOn", "pubDate", "createdAt", "created_at", "date"}

// stateDate returns the publication time the page's JSON state gives its
// story: a date field of the object that holds the page's headline (a
// Next.js __NEXT_DATA__ page whose markup shows no date). Creation times
// count, update times do not.
func (p *page) stateDate(us bool) (time.Time, bool) {
	if p.normTitle == "" || len(p.appJSON) == 0 {
		return time.Time{}, false
	}
	var best time.Time
	rank := len(stateDateKeys)
	for _, v := range p.stateBlocks() {
		p.storyObjects(v, 0, func(obj map[string]any) {
			for k, key := range stateDateKeys[:rank] {
				s, ok := obj[key].(string)
				if !ok {
					continue
				}
				if t, ok := parseDate(s, us); ok && plausibleDate(t) {
					best, rank = t, k
					return
				}
			}
		})
	}
	return best, !best.IsZero()
}

// stateAuthorKeys are the fields a JSON state block's story object names
// its writers in.
var stateAuthorKeys = []string{"authors", "author", "byline", "writers", "writer", "contributors", "creators", "creator"}

// maxStateAuthors bounds the names read from one story object.
const maxStateAuthors = 8

// stateAuthors returns the writers the page's JSON state gives its story:
// the names in an author field of the object that holds the page's
// headline, as a string, an object with a name, or a list of either.
func (p *page) stateAuthors() []string {
	if p.normTitle == "" || len(p.appJSON) == 0 {
		return nil
	}
	var names []string
	for _, v := range p.stateBlocks() {
		if names != nil {
			break
		}
		p.storyObjects(v, 0, func(obj map[string]any) {
			for _, key := range stateAuthorKeys {
				if names != nil {
					return
				}
				var found []string
				collectNames(obj[key], 0, &found)
				if len(found) > 0 {
					names = found
				}
			}
		})
	}
	return cleanAuthors(names)
}

// collectNames appends the person names v holds: a string, an object's
// name (or first and last name), or a list of either.
func collectNames(v any, depth int, out *[]string) {
	if depth > 2 || len(*out) >= maxStateAuthors {
		return
	}
	switch x := v.(type) {
	case string:
		if x = strings.TrimSpace(x); x != "" && len(x) < 100 && !strings.Contains(x, "/") {
			*out = append(*out, x)
		}
	case map[string]any:
		for _, k := range []string{"name", "displayName", "fullName", "full_name", "title"} {
			if s, ok := x[k].(string); ok && s != "" {
				collectNames(s, depth+1, out)
				return
			}
		}
		first, _ := x["firstName"].(string)
		last, _ := x["lastName"].(string)
		if first != "" || last != "" {
			collectNames(strings.TrimSpace(first+" "+last), depth+1, out)
		}
	case []any:
		for _, e := range x {
			collectNames(e, depth+1, out)
		}
	}
}

// storyObjects calls fn for each object in v that has a string field
// equal to the page's headline (after normTitle).
func (p *page) storyObjects(v any, depth int, fn func(map[string]any)) {
	if depth > maxStateDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, f := range x {
			if s, ok := f.(string); ok && len(s) < 400 && p.isNormTitle(s) {
				fn(x)
				break
			}
		}
		// In the order of the keys, not Go's random order of a map:
		// the first story object found must be the same on every run.
		for _, k := range slices.Sorted(maps.Keys(x)) {
			p.storyObjects(x[k], depth+1, fn)
		}
	case []any:
		for _, e := range x {
			p.storyObjects(e, depth+1, fn)
		}
	}
}

// isNormTitle reports whether normTitle(s) is the page's normalised title.
// A string of fewer runes is not, unread: normTitle keeps or drops each
// rune and adds none.
func (p *page) isNormTitle(s string) bool {
	return utf8.RuneCountInString(s) >= utf8.RuneCountInString(p.normTitle) && normTitle(s) == p.normTitle
}

// proseIn calls fn for each string in v that reads as prose: sentences of
// words, not an address, an identifier or code.
func proseIn(v any, depth int, fn func(string)) {
	if depth > maxStateDepth {
		return
	}
	switch x := v.(type) {
	case string:
		if looksLikeProse(x) {
			fn(x)
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			proseIn(x[k], depth+1, fn)
		}
	case []any:
		for _, e := range x {
			proseIn(e, depth+1, fn)
		}
	}
}

// blocksIn calls fn for each list in v that holds a story as blocks, a
// paragraph or heading each (a headless CMS's body: {"type": "p", "text":
// …}, Arc's content_elements, Sanity's portable text, Contentful's rich
// text, a long read's chapters of a heading and paragraphs): its blocks'
// texts, a line each, when together they read as prose.
func blocksIn(v any, depth int, fn func(string)) {
	if depth > maxStateDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			blocksIn(x[k], depth+1, fn)
		}
	case []any:
		if len(x) >= 2 {
			var lines []string
			texts := 0
			for _, e := range x {
				n := len(lines)
				lines = blockLines(e, depth+1, lines)
				if len(lines) > n {
					texts++
				}
			}
			if len(lines) >= minStoryBlocks && texts*3 >= len(x)*2 {
				if looksLikeProse(strings.Join(lines, " ")) {
					fn(strings.Join(lines, "\n"))
					return
				}
			}
		}
		for _, e := range x {
			blocksIn(e, depth+1, fn)
		}
	}
}

// minStoryBlocks is the fewest text lines a list of blocks must give to
// be read as a story's body.
const minStoryBlocks = 3

// blockTextKeys are the fields a body block gives its text in;
// blockHeadKeys those a section of blocks gives its heading in.
var (
	blockTextKeys = []string{"text", "content", "value", "html", "body"}
	blockHeadKeys = []string{"heading", "title", "subtitle", "headline"}
)

// blockLines appends the text of one body block to lines: a string, an
// object's text field, the text of its inline children (spans that carry
// their own spaces) joined, or a section's heading and the lines of its
// lists of blocks. A block without text (an image, an embed) adds none.
func blockLines(v any, depth int, lines []string) []string {
	if depth > maxStateDepth {
		return lines
	}
	add := func(t string) []string {
		if t = strings.TrimSpace(t); t != "" {
			lines = append(lines, t)
		}
		return lines
	}
	switch x := v.(type) {
	case string:
		return add(x)
	case map[string]any:
		for _, k := range blockTextKeys {
			switch y := x[k].(type) {
			case string:
				return add(y)
			case []any:
				return add(inlineText(y, depth+1))
			}
		}
		if ch, ok := x["children"].([]any); ok {
			return add(inlineText(ch, depth+1))
		}
		for _, k := range blockHeadKeys {
			if h, ok := x[k].(string); ok {
				lines = add(h)
				break
			}
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if xs, ok := x[k].([]any); ok {
				for _, e := range xs {
					lines = blockLines(e, depth+1, lines)
				}
			}
		}
	}
	return lines
}

// inlineText joins the texts of a block's inline children.
func inlineText(xs []any, depth int) string {
	var b strings.Builder
	for _, c := range xs {
		if depth > maxStateDepth {
			break
		}
		switch y := c.(type) {
		case string:
			b.WriteString(y)
		case map[string]any:
			for _, k := range blockTextKeys {
				if t, ok := y[k].(string); ok {
					b.WriteString(t)
					break
				}
				if ys, ok := y[k].([]any); ok {
					b.WriteString(inlineText(ys, depth+1))
					break
				}
			}
			if ch, ok := y["children"].([]any); ok {
				b.WriteString(inlineText(ch, depth+1))
			}
		}
	}
	return b.String()
}

// looksLikeProse reports whether s holds sentences: two or more sentence
// ends, and letters for most of what is not markup or space.
func looksLikeProse(s string) bool {
	if len(s) < 200 || strings.HasPrefix(s, "http") || strings.HasPrefix(strings.TrimSpace(s), "{") {
		return false
	}
	ends := strings.Count(s, ". ") + strings.Count(s, "? ") + strings.Count(s, "! ") + strings.Count(s, "。") + strings.Count(s, ".<")
	if ends < 2 {
		return false
	}
	letters, other, inTag := 0, 0, false
	for _, r := range s {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case inTag || unicode.IsSpace(r):
		case unicode.IsLetter(r):
			letters++
		default:
			other++
		}
	}
	return letters > 3*other
}

// proseText turns an embedded text into body lines: markup is rendered a
// line per block element, plain text a line per line; spaces are folded.
func proseText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return foldLines(strings.Split(s, "\n"))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return foldLines(strings.Split(s, "\n"))
	}
	var lines []string
	var cur strings.Builder
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Figure, atom.Figcaption, atom.Iframe, atom.Aside, atom.Nav, atom.Button, atom.Form:
				return
			case atom.Br:
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blockElement(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	flush()
	return foldLines(lines)
}

// blockElement reports whether a starts a line of its own.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Section, atom.Article, atom.Ul, atom.Ol, atom.Pre, atom.Table, atom.Tr, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// foldLines folds the spaces of each line and drops the empty ones.
func foldLines(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		l = strings.Join(strings.Fields(html.UnescapeString(l)), " ")
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// nonSpace counts the characters of s that are not spaces.
func nonSpace(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII's spaces, as unicode.IsSpace has them.
			if c != ' ' && (c < '\t' || c > '\r') {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			n++
		}
		i += size
	}
	return n
}
