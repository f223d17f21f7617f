package extract

import (
	"net/url"
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
	if p.base == nil {
		return false
	}
	self := strings.TrimSuffix(p.base.Path, "/")
	if i := strings.LastIndexByte(self, '.'); i > strings.LastIndexByte(self, '/') {
		self = self[:i]
	}
	return continues(self, p.base, u)
}

// continues reports whether u looks like page 2+ of the page at base
// (whose path without extension and trailing slash is self).
func continues(self string, base, u *url.URL) bool {
	if u.Path == base.Path && u.RawQuery != base.RawQuery {
		q := u.Query()
		for _, k := range []string{"page", "p", "pg", "pagina", "seite", "pagenum"} {
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
	for _, w := range []string{"page", "seite", "pagina", "página", "strona", "sayfa", "p"} {
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
