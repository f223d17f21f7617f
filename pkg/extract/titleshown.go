package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shownSegment returns the segment of a declared title that the page shows
// as a text of its own, when the title still holds more than the headline
// after its site name came off ("Politics | Council approves budget",
// "The Gazette - Politics - Council approves budget" on a page without an
// <h1>, whose headline sits in a <div class="headline">). The longest such
// segment set as a heading (h1-h6, or a class or id that says title or
// headline), outside links, menus, the page's header and footer, and other
// than the site's name, is taken if it reads like a headline (three words or more, or
// eight characters in a script written without spaces); "" otherwise.
func (p *page) shownSegment(title string) string {
	runs := segmentRuns(title, segmentSeparators)
	if name, _, ok := strings.Cut(title, ": "); len(runs) == 0 && ok && p.blogName(name) {
		// A blog engine puts the blog's name, shown in its <h1>, before
		// the post's with a colon ("Ohmtal-Blog: Bäckerei Lenz schließt
		// nach 112 Jahren"). A headline's own colon is kept.
		runs = segmentRuns(title, []string{": "})
	}
	if len(runs) == 0 {
		return ""
	}
	want := make(map[string]string, len(runs))
	site := normTitle(p.res.SiteName)
	for _, s := range runs {
		if k := normTitle(s); k != site {
			want[k] = s
		}
	}
	best := ""
	noH1 := len(p.h1s) == 0 // a table layout's page, whose headline is bold text
	var walk func(n *html.Node, heading bool)
	walk = func(n *html.Node, heading bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Title,
				atom.A, atom.Nav, atom.Header, atom.Footer:
				// (A logo, a menu or a link names the site or a
				// section, not the page's headline.)
				return
			}
			heading = heading || headingElement(n) || noH1 && boldElement(n)
		}
		if n.Type == html.TextNode {
			if !heading {
				return
			}
			if s, ok := want[normTitle(collapse(n.Data))]; ok && len(s) > len(best) {
				best = s
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, heading)
		}
	}
	walk(p.doc, false)
	if len(strings.Fields(best)) >= 3 || utf8.RuneCountInString(best) >= 8 && strings.ContainsFunc(best, wideRune) {
		return best
	}
	return ""
}

// segmentRuns returns the runs of one or more adjacent segments of a
// declared title, as the title writes them, but not the whole title:
// "Town Crier - School closures - what the vote means" gives "Town
// Crier", "School closures", "what the vote means", "Town Crier - School
// closures" and "School closures - what the vote means" (a headline with
// a hyphen of its own). Nil when the title has one segment.
func segmentRuns(title string, separators []string) []string {
	type cut struct{ a, b int }
	var cuts []cut
	for _, sep := range separators {
		for off := 0; ; {
			k := strings.Index(title[off:], sep)
			if k < 0 {
				break
			}
			cuts = append(cuts, cut{off + k, off + k + len(sep)})
			off += k + len(sep)
		}
	}
	if len(cuts) == 0 || len(cuts) > 8 {
		return nil
	}
	slices.SortFunc(cuts, func(x, y cut) int { return x.a - y.a })
	starts, ends := []int{0}, []int{}
	for i, c := range cuts {
		if i > 0 && c.a < cuts[i-1].b {
			return nil // overlapping separators: no clean segments
		}
		ends, starts = append(ends, c.a), append(starts, c.b)
	}
	ends = append(ends, len(title))
	var out []string
	for i := range starts {
		for j := i; j < len(ends); j++ {
			if i == 0 && j == len(ends)-1 {
				continue
			}
			if r := strings.TrimSpace(title[starts[i]:ends[j]]); r != "" {
				out = append(out, r)
			}
		}
	}
	return out
}

// headingElement reports whether n is set as a heading: h1 to h6, or an
// element whose class or id says title, headline or heading.
func headingElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(v, "title") || headingWords(v) ||
		strings.Contains(v, "baslik") || strings.Contains(v, "başlık") || strings.Contains(v, "titul") || strings.Contains(v, "titol")
}

// headingWords reports whether a lower-case class or id value names a
// heading or a headline.
func headingWords(v string) bool {
	return strings.Contains(v, "headline") || strings.Contains(v, "heading")
}

// blogName reports whether name is the site's name or the text of one of
// the page's <h1>s (a blog engine's masthead).
func (p *page) blogName(name string) bool {
	k := normTitle(name)
	if k == "" {
		return false
	}
	if k == normTitle(p.res.SiteName) {
		return true
	}
	for _, i := range p.h1s {
		if normTitle(p.nodeText(p.nodes[i].n)) == k {
			return true
		}
	}
	return false
}

// boldElement reports whether n sets its text in bold (<b>, <strong>): the
// headline of a table-layout page ("<font size=4><b>School board puts
// levy back on May ballot</b></font>"), which has no heading element.
func boldElement(n *html.Node) bool {
	return n.DataAtom == atom.B || n.DataAtom == atom.Strong
}
