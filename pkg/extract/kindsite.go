package extract

import (
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html/atom"
)

// SiteKinds is what was learned about a site's page kinds from its
// earlier pages: how many pages of each address shape (PathShape) showed
// an article of their own and how many were judged other pages. An
// Input.Site that also implements SiteKinds tips the page kind.
// Implementations must be safe for concurrent use.
type SiteKinds interface {
	// ShapeCounts returns the site's counts for the address shape: pages
	// with an article's own date or byline, and pages that were not
	// articles.
	ShapeCounts(shape string) (articles, others int)
}

// Kind evidence reported in Result.KindEvidence for learning.
const (
	EvidenceArticle = "article" // an article with its own date or byline
	EvidenceOther   = "other"   // a page a hand rule found not an article
)

// siteShapeMin is the number of pages of one shape a site must have shown
// before the shape tips a page; the logit shift then grows with the
// pages, from 3 to siteShapeMaxShift.
const (
	siteShapeMin      = 3
	siteShapeMaxShift = 6.0
)

// A page of an unknown shape whose body container links to siteListLinks
// or more distinct pages of the site's article shapes is shifted by
// -siteListShift, and by siteListStep more for every further link, up to
// -siteShapeMaxShift: a page of six story links may be a round-up
// article, a page of thirty is a list of stories (an archive, a topic
// page) however article-like its text.
const (
	siteListLinks = 6
	siteListShift = 2.0
	siteListStep  = 0.2
)

// siteListMax is the link count at which the shift reaches its largest.
const siteListMax = siteListLinks + int((siteShapeMaxShift-siteListShift)/siteListStep)

// listShift is the logit shift of a page whose body links to n of the
// site's articles (n >= siteListLinks).
func listShift(n int) float64 {
	return -min(siteShapeMaxShift, siteListShift+siteListStep*float64(n-siteListLinks))
}

// articleLinks counts the distinct same-site links inside the body
// container, outside boilerplate, whose address shape the site used for
// articles; it stops counting at siteListMax.
func (p *page) articleLinks(sk SiteKinds) int {
	if p.mainIdx < 0 || p.base == nil {
		return 0
	}
	seen := make(map[string]bool, siteListMax)
	end := p.nodes[p.mainIdx].end
	for i := p.mainIdx; i < end && len(seen) < siteListMax; i++ {
		ni := &p.nodes[i]
		if ni.flags&fBoil != 0 {
			i = ni.end - 1 // skip the subtree
			continue
		}
		if ni.flags&fLink == 0 || ni.n.DataAtom != atom.A {
			continue
		}
		u := p.abs(attr(ni.n, "href"))
		if seen[u] || u == p.base.String() || !p.sameHost(u) {
			continue
		}
		if a, o := sk.ShapeCounts(PathShape(u)); a >= siteShapeMin && o*4 <= a {
			seen[u] = true
		}
	}
	return len(seen)
}

// shapeShift is the logit shift n one-sided pages of a shape give.
func shapeShift(n int) float64 { return min(siteShapeMaxShift, 1.5+0.5*float64(n)) }

// PathShape returns the shape of a URL's path that pages of one template
// share: the first segment as it is (a section or a type word), later
// segments abstracted to {n} (digits), {id} (a token with many digits),
// {slug} (several words) or {w} (one word), with a file extension kept:
// "/news/2024/05/02/council-votes.html" is
// "/news/{n}/{n}/{n}/{slug}.html", "/tag/climate/" is "/tag/{w}/". At most
// five segments count; "" for an unparsable URL.
func PathShape(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	path := u.Path
	if path == "" {
		path = "/"
	}
	var b strings.Builder
	parts := strings.Split(strings.Trim(path, "/"), "/")
	for i, part := range parts {
		if i == 5 {
			b.WriteString("/…")
			break
		}
		b.WriteByte('/')
		if part == "" {
			continue
		}
		ext := ""
		if dot := strings.LastIndexByte(part, '.'); dot > 0 && i == len(parts)-1 && len(part)-dot <= 6 {
			part, ext = part[:dot], strings.ToLower(part[dot:])
		}
		b.WriteString(segmentShape(part, i == 0))
		b.WriteString(ext)
	}
	if strings.HasSuffix(path, "/") && len(path) > 1 && !strings.HasSuffix(b.String(), "/") {
		b.WriteByte('/')
	}
	if u.RawQuery != "" {
		b.WriteString("?")
	}
	return b.String()
}

// segmentShape abstracts one path segment; the first segment stays as it
// is when it is a short word.
func segmentShape(part string, first bool) string {
	digits, seps := 0, 0
	for i := 0; i < len(part); i++ {
		switch c := part[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '_' || c == '+' || c == ' ':
			seps++
		}
	}
	switch {
	case digits == len(part):
		return "{n}"
	case seps >= 2:
		return "{slug}"
	case digits >= 5:
		return "{id}"
	case first && len(part) <= 24:
		return strings.ToLower(part)
	}
	return "{w}"
}

// SiteDatesShape is the pseudo address shape under which a SiteKinds
// counts the site's articles with a publication date (as its articles)
// and without one (as its others). No PathShape takes this form.
const SiteDatesShape = "#dated"

// A page without a publication date on a site whose articles have shown
// one (at least siteDatedMin of them, and at most one undated article in
// siteDatedRatio) is shifted by -siteUndatedShift, unless its address
// shape is one of the site's article shapes: a news site dates its
// stories, and what it leaves undated is its policies, its staff pages,
// its podcast and newsletter pages.
const (
	siteDatedMin     = 3
	siteDatedRatio   = 6
	siteUndatedShift = 4.0
)

// siteShift returns the logit shift the site's learned shape counts give
// the page, and a note for the provenance.
func (p *page) siteShift() (float64, string) {
	sk, ok := p.site.(SiteKinds)
	if !ok || sk == nil {
		return 0, ""
	}
	d, why := p.shapeShift(sk)
	if d <= 0 && p.res.PublishedAt == nil {
		if dated, undated := sk.ShapeCounts(SiteDatesShape); dated >= siteDatedMin && undated*siteDatedRatio <= dated {
			d -= siteUndatedShift
			why += fmt.Sprintf(",site:undated, %d of %d articles dated%+.1f", dated, dated+undated, -siteUndatedShift)
		}
	}
	return d, why
}

// shapeShift returns the logit shift the site's counts for the page's
// address shape give it, and a note for the provenance.
func (p *page) shapeShift(sk SiteKinds) (float64, string) {
	shape := p.res.PathShape
	a, o := sk.ShapeCounts(shape)
	d := 0.0
	switch {
	case a >= siteShapeMin && o*4 <= a:
		d = shapeShift(a - o)
	case o >= siteShapeMin && a*4 <= o:
		d = -shapeShift(o - a)
	default:
		// A shape the site has not shown: a page whose own text links
		// to many of the site's articles lists them.
		if n := p.articleLinks(sk); n >= siteListLinks {
			d := listShift(n)
			return d, fmt.Sprintf(",site:%d article links%+.1f", n, d)
		}
		return 0, ""
	}
	return d, fmt.Sprintf(",site:%s %d/%d%+.1f", shape, a, a+o, d)
}

// kindEvidence says what the page teaches about its address shape: an
// article that shows its own date or byline, or a page a hand rule (not
// the model, not the site's own counts) found not an article.
func (p *page) kindEvidence(rule string) string {
	res := p.res
	if res.Kind == KindArticle {
		if p.articleEvidence() {
			return EvidenceArticle
		}
		return ""
	}
	if finalRules[rule] && rule != "short-body" && rule != "live-blog" {
		// (A live blog sits at its site's story addresses: it says
		// nothing against their shape.)
		return EvidenceOther
	}
	return ""
}
