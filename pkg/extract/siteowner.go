package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// provSiteOwner is the provenance of authors named by siteOwner.
const provSiteOwner = "site-owner"

// siteOwner names the person a personal site is named after, as the author
// of a post that carries no byline: the site's name, as the page shows it
// (og:site_name, the site part of <title>, the link to the home page, the
// copyright line), is a person's name that the host spells ("Toby Hede" on
// tobyhede.com, "Pierce Freeman" on pierce.dev, "Owain Brennan" on
// owain.bearblog.dev), and the post speaks in the first person singular.
// A firm named after its founders (smithhanley.com) writes "we", not "I",
// and keeps its site unsigned.
func (p *page) siteOwner() []string {
	if p.base == nil || !firstPersonPost(p.res.Text) {
		return nil
	}
	labels := hostLabels(p.base.Hostname())
	if len(labels) == 0 {
		return nil
	}
	lower := lowercaseWords(p.res.Text)
	for _, c := range p.siteNameShown() {
		if name := ownerName(c, labels); name != "" && !anyWordIn(name, lower) {
			return []string{name}
		}
	}
	return nil
}

// lowercaseWords returns the words text writes in lower case: a word of a
// name ("Hede", "Owain") is not among them, while a brand made of common
// words ("Container Store", "Writing Center") is.
func lowercaseWords(text string) map[string]bool {
	out := map[string]bool{}
	for tok := range strings.FieldsSeq(text) {
		if addressToken(tok) {
			// "a folder on artmann.se", "github.com/artmann": the
			// owner's name spelt as an address.
			continue
		}
		for w := range strings.FieldsFuncSeq(tok, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				out[w] = true
			}
		}
	}
	return out
}

// addressToken reports whether a whitespace-separated token of text is a
// web address, a host name, a handle or a mail address: it holds a slash
// or an @, or a dot between two letters ("artmann.se,").
func addressToken(tok string) bool {
	if strings.ContainsAny(tok, "/@") {
		return true
	}
	for i := 1; i+1 < len(tok); i++ {
		if tok[i] == '.' && isASCIILetter(tok[i-1]) && isASCIILetter(tok[i+1]) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// anyWordIn reports whether a word of name, lower-cased, is in words.
func anyWordIn(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if words[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// siteNameShown lists the forms of the site's name the page shows, most
// declared first.
func (p *page) siteNameShown() []string {
	out := []string{p.res.SiteName, p.meta["og:site_name"]}
	if p.title != "" && p.res.Title != "" {
		out = append(out, titleRemainder(collapse(p.title), p.res.Title))
	}
	for _, ni := range p.nodes {
		if n := ni.n; n.DataAtom == atom.A {
			if href := strings.TrimSpace(attr(n, "href")); href != "" && p.homeHref(href) {
				out = append(out, collapse(p.nodeText(n)))
			}
		}
	}
	out = append(out, copyrightHolder(p.doc))
	return out
}

// hostLabels returns the labels of a host that can name its site or owner:
// all but "www" and the top-level domain (and a second-level one such as
// co.uk, com.au). hostName is the last of them.
func hostLabels(host string) []string {
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 {
		return nil
	}
	labels = labels[:len(labels)-1]
	if n := len(labels); n > 1 && secondLevel[labels[n-1]] {
		labels = labels[:n-1]
	}
	out := labels[:0]
	for _, l := range labels {
		if l != "www" && l != "" {
			out = append(out, l)
		}
	}
	return out
}

// ownerName returns the person's name in site name s that a host label
// spells: two or three capitalised words whose letters, run together, are
// a label ("Brett Larkin Yoga" on brettlarkin.com gives "Brett Larkin"),
// or, when s is only a first name and a surname, one of them that has five
// or more letters and is a label ("Pierce Freeman" on pierce.dev).
func ownerName(s string, labels []string) string {
	words := strings.Fields(strings.Trim(s, " .,;:|-–—©"))
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	isLabel := func(w string) bool {
		for _, l := range labels {
			if l == w {
				return true
			}
		}
		return false
	}
	for i := range words {
		if !capitalisedWord(words[i]) {
			continue
		}
		run := strings.ToLower(words[i])
		for j := i + 1; j < len(words) && j < i+3; j++ {
			if !capitalisedWord(words[j]) {
				break
			}
			run += strings.ToLower(words[j])
			if isLabel(run) {
				return strings.Join(words[i:j+1], " ")
			}
		}
	}
	if len(words) != 2 {
		return ""
	}
	for _, w := range words {
		if !capitalisedWord(w) {
			return ""
		}
	}
	for _, w := range words {
		if lw := strings.ToLower(w); len([]rune(lw)) >= 5 && isLabel(lw) {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// capitalisedWord reports whether w is written like a name: letters only
// (an inner apostrophe or hyphen allowed), the first upper case, some lower.
func capitalisedWord(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	lower := false
	for _, c := range r[1:] {
		switch {
		case unicode.IsLower(c):
			lower = true
		case c == '\'' || c == '’' || c == '-' || unicode.IsUpper(c):
		default:
			return false
		}
	}
	return lower
}

// copyrightHolder returns the name after a "©" or "Copyright" in the page's
// text, without the years ("© 2025 Toby Hede. All rights reserved." gives
// "Toby Hede"), or "".
func copyrightHolder(doc *html.Node) string {
	var out string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if out != "" {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.TextNode {
			if h := holderIn(n.Data); h != "" {
				out = h
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// holderIn reads the holder from one copyright line.
func holderIn(t string) string {
	i := strings.Index(t, "©")
	width := len("©")
	if i < 0 {
		if i = strings.Index(strings.ToLower(t), "copyright"); i < 0 {
			return ""
		}
		width = len("copyright")
	}
	rest := strings.TrimSpace(t[i+width:])
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(rest, "©")), "(c)"))
	for rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '-' || rest[0] == ' ' || rest[0] == ',') {
		rest = rest[1:]
	}
	if k := strings.IndexAny(rest, ".|,;"); k >= 0 {
		rest = rest[:k]
	}
	return strings.TrimSpace(rest)
}

// firstPersonWords are the words of the first person singular in the
// languages of the news; ambiguous short forms (Spanish and Italian "me",
// "mi", French "me") are left out.
var firstPersonWords = wordSet(`i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine myself
	ich mich mir mein meine meinen meinem meiner
	je moi mon ma mes
	yo mío mía
	io mio mia
	eu meu minha
	ik mijn
	ja mój moja moje mnie
	я мой моя моё меня мне мені
	ben benim`)

// firstPersonPost reports whether text speaks in the first person
// singular throughout, as a personal post does: at least five such words,
// and at least five in every thousand (a shop's "my account" or a firm's
// quoted client does not make its page a personal one).
func firstPersonPost(text string) bool {
	n, words := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		words++
		if lowerIn(firstPersonWords, w) {
			n++
		}
	}
	return n >= 5 && n*1000 >= 5*words
}
