package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// pollWords name, as a class or id word of a form, a readers' poll, vote
// or quiz.
var pollWords = map[string]bool{"poll": true, "polls": true, "quiz": true, "vote": true, "voting": true, "survey": true,
	"enquete": true, "encuesta": true, "sondage": true, "sondaggio": true, "umfrage": true, "abstimmung": true,
	"ankieta": true, "opros": true, "anket": true}

// maxPollText is the most text (non-space characters) of a page that is a
// poll rather than a story with a poll under it.
const maxPollText = 900

// pollPage reports whether the page is a readers' poll or quiz: its
// address or headline says so, a form named so sits outside the page's
// header, navigation and footer, and there is little text besides (a
// short story may end with a poll).
func (p *page) pollPage(textLen int32) bool {
	if textLen > maxPollText || !p.namesPoll() {
		return false
	}
	for i := range p.nodes {
		n := p.nodes[i].n
		if n.DataAtom != atom.Form || p.nodes[i].parent < 0 || p.inPageChrome(p.nodes[i].parent) {
			continue
		}
		for _, v := range []string{attr(n, "class"), attr(n, "id")} {
			for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
				if pollWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// namesPoll reports whether the page's address or the first word of its
// title names a poll or quiz ("/polls/…", "enquete-bbb-25-paredao",
// "Poll: What's your favourite …").
func (p *page) namesPoll() bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	if p.base != nil {
		for _, w := range split(p.base.Path) {
			if pollWords[w] {
				return true
			}
		}
	}
	w := split(p.res.Title)
	return len(w) > 0 && pollWords[w[0]]
}
