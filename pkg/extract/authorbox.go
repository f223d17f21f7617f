package extract

// This file reads the author from an author box: the portrait, name and
// short biography many blogs and magazines print before or after the
// article ("Jane Doe" under her photo, then "Jane Doe is a travel writer
// based in Lisbon..."), for pages whose byline names no one or only the
// publisher.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// maxBoxSpan caps how many elements before a biography its portrait and
// the name's block may stand.
const maxBoxSpan = 12

// authorBox returns the person an author box names: a paragraph that
// starts with a person's name and goes on in lower case ("Jane Doe is a
// travel writer…"), or with the first name alone right after a block
// that shows the full name ("Jane Doe" then "Jane writes…"), with a
// portrait just before it whose alt text names the same person. It is nil
// when the page holds no such box, or boxes for more than one person (a
// team page's or a listicle's cards), or the person is the page's subject
// (named in the title) or its publisher, or the box is a quoted expert's,
// a reviewer's or a testimonial.
func (p *page) authorBox() []string {
	found, role := "", false
	title := squashName(p.res.Title)
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fBlock == 0 || ni.flags&fSkip != 0 || ni.ownText < 40 {
			continue
		}
		alts := p.portraitsBefore(int32(i))
		if len(alts) == 0 {
			continue
		}
		name, nameBlock := p.bioName(int32(i))
		if name == "" {
			continue
		}
		key := squashName(name)
		portrait := false
		for _, a := range alts {
			portrait = portrait || strings.Contains(a, key)
		}
		if !portrait || strings.Contains(title, key) || p.inPageChrome(int32(i)) || p.inComments(int32(i)) || p.otherPersonCard(int32(i)) {
			continue
		}
		// Any other portrait and description, of a person or not, makes
		// the box one card among several.
		if found != "" && !sameName(found, name) {
			return nil
		}
		found = name
		role = role || p.bioRole(i) || nameBlock >= 0 && p.bioRole(int(nameBlock))
	}
	if found == "" || !role {
		return nil
	}
	a := cleanAuthors([]string{found})
	if len(a) == 0 || p.onlyPublisher(a) {
		return nil
	}
	return a
}

// portraitsBefore returns the alt texts (squashed) of the images among
// the maxBoxSpan elements before element i.
func (p *page) portraitsBefore(i int32) []string {
	var out []string
	for k := max(i-maxBoxSpan, 0); k < i; k++ {
		if n := p.nodes[k].n; n.DataAtom == atom.Img {
			if alt := squashName(attr(n, "alt")); len(alt) >= 4 {
				out = append(out, alt)
			} else if file := imageFileName(attr(n, "src")); len(file) >= 4 {
				// alt="": the file is named for the person
				// ("/img/authors/adaeze-okonkwo.jpg").
				out = append(out, file)
			}
		}
	}
	return out
}

// bioName returns the person whose biography block i starts: its leading
// capitalised words when they read as a person's name and a lower-case
// word follows ("Jane Doe is…"), or, when it starts with one such word
// ("Jane writes…"), the name of the block just before it that starts with
// that word ("Jane Doe", "Jane Doe Technology Writer") and that block's
// index (-1 in the first case). "" otherwise.
func (p *page) bioName(i int32) (string, int32) {
	t := p.nodeText(p.nodes[i].n)
	words := strings.Fields(t)
	lead := 0
	for lead < len(words) && lead < 5 {
		r, _ := utf8.DecodeRuneInString(words[lead])
		if !unicode.IsUpper(r) {
			break
		}
		lead++
	}
	if lead == len(words) || lead == 0 || lead == 5 {
		return "", -1
	}
	if r, _ := utf8.DecodeRuneInString(words[lead]); !unicode.IsLower(r) {
		return "", -1
	}
	if lead >= 2 {
		name := strings.Join(words[:lead], " ")
		if personNames([]string{name}) {
			return name, -1
		}
		return "", -1
	}
	first := words[0]
	if utf8.RuneCountInString(first) < 3 {
		return "", -1
	}
	// The block with the full name ends right before this one.
	for k := i - 1; k >= 0 && k >= i-maxBoxSpan; k-- {
		nk := &p.nodes[k]
		if nk.flags&fBlock == 0 || nk.ownText == 0 || nk.end > i {
			continue
		}
		pieces := textPieces(nk.n, 4)
		if len(pieces) > 0 && personNames(pieces[:1]) && firstWord(pieces[0]) == first &&
			!strings.EqualFold(pieces[0], strings.Join(words[:min(len(words), strings.Count(pieces[0], " ")+1)], " ")) {
			return pieces[0], k
		}
		return "", -1
	}
	return "", -1
}

// bioWords are the words of a biography's first sentence that say what
// its person does, beside the job titles of roleWords.
var bioWords = wordSet(`blogger freelance photographer`)

// bioRole reports whether biography block i says in its first sentence
// what its person does for a living ("…is a freelance travel writer",
// "…is the Head of Marketing at…"), as an author's does and a product's
// or a place's description does not.
func (p *page) bioRole(i int) bool {
	t := p.nodeText(p.nodes[i].n)
	if len(t) > 240 {
		t = t[:240]
	}
	if k := strings.Index(t, ". "); k > 0 {
		t = t[:k]
	}
	return tradeWords(t)
}

// tradeWords reports whether t holds a word of a job title (roleWords,
// bioWords): "Senior Editor", "Language Blogger & Polyglot".
func tradeWords(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",.;:()\"'’")
		if roleWords[w] || bioWords[w] {
			return true
		}
	}
	return false
}

// otherPersonWords mark the cards of people who did not write the page:
// quoted experts, reviewers, testimonials, team members.
var otherPersonWords = []string{"expert", "review", "testimonial", "team", "member", "quote"}

// otherPersonCard reports whether an ancestor of element i (up to six
// levels) is marked as such a card by its class or id.
func (p *page) otherPersonCard(i int32) bool {
	for k, up := p.nodes[i].parent, 0; k >= 0 && up < 6; k, up = p.nodes[k].parent, up+1 {
		n := p.nodes[k].n
		v := attr(n, "class") + " " + attr(n, "id")
		for _, w := range otherPersonWords {
			if indexFoldStr(v, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// imageFileName returns the squashed name of an image's file without its
// extension ("/img/authors/adaeze-okonkwo.jpg" gives "adaezeokonkwo").
func imageFileName(src string) string {
	if i := strings.IndexAny(src, "?#"); i >= 0 {
		src = src[:i]
	}
	name := src[strings.LastIndexByte(src, '/')+1:]
	if dot := strings.LastIndexByte(name, '.'); dot > 0 {
		name = name[:dot]
	}
	return squashName(name)
}

// maxAvatarSpan caps how many elements after a portrait the name it shows
// may stand.
const maxAvatarSpan = 6

// avatarNames returns the people a story's header shows as portraits with
// their names beside them (a newsletter platform's or a magazine's byline
// of avatars: <img alt="Dana Whitfield"> then <span>Dana Whitfield</span>),
// by the headline, outside comments; at most four. A portrait whose alt
// text is not the name shown beside it is no byline's, and the site's
// logo beside its name is no person's.
func (p *page) avatarNames() []string {
	h := p.headlineIdx()
	if h < 0 {
		return nil
	}
	var out []string
	for i := max(h-nearTitleSpan, 0); i < int32(len(p.nodes)); i++ {
		n := p.nodes[i].n
		if n.DataAtom != atom.Img {
			continue
		}
		if !p.nearHeadline(h, i) {
			if i > h {
				break
			}
			continue
		}
		alt := strings.TrimSpace(attr(n, "alt"))
		key := squashName(alt)
		if !looksLikeName(alt) || len(key) < 4 || p.inComments(i) {
			continue
		}
		for k := i + 1; k < int32(len(p.nodes)) && k <= i+maxAvatarSpan; k++ {
			nk := &p.nodes[k]
			if nk.text > 60 || nk.n.DataAtom == atom.Img {
				continue
			}
			// (A name in an inline element counts in its block's text,
			// not its own: read it.)
			if t := collapse(p.nodeText(nk.n)); len(t) <= 60 && squashName(t) == key {
				if !p.onlyPublisher([]string{t}) && !slices.ContainsFunc(out, func(o string) bool { return sameName(o, t) }) {
					out = append(out, t)
				}
				break
			}
		}
		if len(out) >= 4 {
			break
		}
	}
	return out
}
