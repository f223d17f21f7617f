package extract

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html/atom"
)

// nextLabels are link texts that lead to an article's next page.
var nextLabels = map[string]bool{
	"2": true, "next": true, "next page": true, "next »": true, "next ›": true, "next >": true, "»": true, "›": true,
	"nächste seite": true, "weiter": true, "page suivante": true, "suivant": true, "siguiente": true,
	"página siguiente": true, "próxima": true, "próxima página": true, "seguinte": true, "successiva": true,
	"pagina successiva": true, "далее": true, "следующая": true, "volgende": true, "następna": true, "sonraki": true,
}

// pagerWords are the words that stand before a page's number in addresses
// of later pages ("/page/2/", "_seite2.html").
var pagerWords = []string{"page", "seite", "pagina", "página", "strona", "sayfa", "p"}

// findNextPage looks for a pagination link right after the article body
// that continues the same article: its label is "2" or "next" and its
// address extends the page's own path (".../2/", "?page=2", "-2.html").
func (p *page) findNextPage() string {
	if p.mainIdx < 0 || p.base == nil || p.base.Host == "" {
		return ""
	}
	// Search the container's grandparent: pagers sit next to the body.
	scope := p.mainIdx
	for k := 0; k < 2 && p.nodes[scope].parent >= 0; k++ {
		scope = p.nodes[scope].parent
	}
	for i := scope; i < p.nodes[scope].end; i++ {
		ni := &p.nodes[i]
		if ni.n.DataAtom != atom.A || ni.flags&fLink == 0 || ni.text > 40 {
			continue
		}
		label := strings.ToLower(p.nodeText(ni.n))
		if !nextLabels[label] {
			continue
		}
		u, ok := p.siteLink(attr(ni.n, "href"))
		if !ok {
			continue
		}
		if p.continuesHere(u) {
			return u.String()
		}
	}
	return ""
}

// continuesHere reports whether the absolute address u looks like a later
// page of this one (continues).
func (p *page) continuesHere(u *url.URL) bool {
	return p.base != nil && laterPage(p.base, u)
}

// continuesFrom reports whether this page's address looks like a later page
// of the absolute address prev: prev is the first page and this one
// continues it, or both are later pages of one address and prev's number is
// the lower.
func (p *page) continuesFrom(prev *url.URL) bool {
	return p.base != nil && prev.Host == p.base.Host && laterPage(prev, p.base)
}

// laterPage reports whether later looks like a later page of earlier: its
// continuation ("/story/" then "/story/2/"), or a later page of the same
// address with a higher number ("/story/2/" then "/story/3/").
func laterPage(earlier, later *url.URL) bool {
	self := strings.TrimSuffix(earlier.Path, "/")
	if i := strings.LastIndexByte(self, '.'); i > strings.LastIndexByte(self, '/') {
		self = self[:i]
	}
	if continues(self, earlier, later) {
		return true
	}
	es, en := pageNumber(earlier)
	ls, ln := pageNumber(later)
	return en >= 2 && ln > en && es == ls
}

// pageQueryKeys are the query parameters that number an address's pages.
var pageQueryKeys = []string{"page", "p", "pg", "pagina", "seite", "pagenum"}

// pageNumber splits an address that looks like a later page of another
// into what the pages share and the page's number: "/a/story/3/" is
// ("/a/story", 3), "/a/story_seite2.html" ("/a/story", 2), "/a/story?page=4"
// ("/a/story?", 4). Any other address is its own stem, page 1.
func pageNumber(u *url.URL) (stem string, n int) {
	q := u.Query()
	for _, k := range pageQueryKeys {
		if v := q.Get(k); v != "" && isDigits(v) && len(v) <= 3 {
			q.Del(k)
			n, _ = strconv.Atoi(v)
			return u.Path + "?" + q.Encode(), n
		}
	}
	path := strings.TrimSuffix(u.Path, "/")
	for _, ext := range []string{".html", ".htm", ".php", ".aspx"} {
		path = strings.TrimSuffix(path, ext)
	}
	i := len(path)
	for i > 0 && path[i-1] >= '0' && path[i-1] <= '9' {
		i--
	}
	digits := path[i:]
	if digits == "" || len(digits) > 3 {
		return u.Path, 1
	}
	rest := path[:i]
	trimmed := strings.TrimRight(rest, "/-_.")
	marked := len(trimmed) < len(rest) // a separator before the number
	for _, w := range pagerWords {
		if r, ok := strings.CutSuffix(trimmed, w); ok && (r == "" || strings.ContainsAny(r[len(r)-1:], "/-_.")) {
			trimmed, marked = r, true
			break
		}
	}
	stem = strings.TrimRight(trimmed, "/-_.")
	if !marked || stem == "" {
		return u.Path, 1
	}
	n, _ = strconv.Atoi(digits)
	return stem, n
}

// continues reports whether u looks like page 2+ of the page at base
// (whose path without extension and trailing slash is self).
func continues(self string, base, u *url.URL) bool {
	if u.Path == base.Path && u.RawQuery != base.RawQuery {
		q := u.Query()
		for _, k := range pageQueryKeys {
			if v := q.Get(k); v != "" && v != "1" && isDigits(v) {
				return true
			}
		}
		return false
	}
	if self == "" || !strings.HasPrefix(u.Path, self) || u.Path == base.Path {
		return false
	}
	rest := strings.Trim(u.Path[len(self):], "/-_.")
	rest = strings.TrimSuffix(rest, ".html")
	rest = strings.TrimSuffix(rest, ".htm")
	for _, w := range pagerWords {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	rest = strings.Trim(rest, "/-_")
	return isDigits(rest) && rest != "1" && len(rest) <= 3
}

// AppendPage adds the body of the article's next page, fetched by the
// caller from NextPage, to r: the texts are joined in order and NextPage
// moves on to the next page's own continuation.
func (r *Result) AppendPage(next *Result) {
	if next == nil {
		return
	}
	if next.Text != "" {
		if r.Text != "" {
			r.Text += "\n"
		}
		r.Text += next.Text
	}
	r.NextPage = next.NextPage
	if r.Provenance == nil {
		r.Provenance = map[string]string{}
	}
	r.Provenance["text"] += "+page"
}
