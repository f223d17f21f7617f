package extract

// This file reports and uses where a site shows its byline and date: the
// signature of the element (tag and class words of it and its parent)
// that a site's template repeats on every article.

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxSpotLen caps a spot signature.
const maxSpotLen = 160

// spot returns the signature of element i: its tag and stable class words
// and its parent's, "parent>element".
func (p *page) spot(i int32) string {
	n := p.nodes[i].n
	s := spotPart(n)
	if par := n.Parent; par != nil && par.Type == html.ElementNode {
		s = spotPart(par) + ">" + s
	}
	if len(s) > maxSpotLen {
		return ""
	}
	return s
}

// spotPart is one element's part of a signature: the tag and up to three
// class words, leaving out words with digits (generated names such as
// "css-1b1pmoe" or "elementor-repeater-item-82c594f" change per page).
func spotPart(n *html.Node) string {
	var b strings.Builder
	b.WriteString(n.Data)
	k := 0
	for _, c := range strings.Fields(attr(n, "class")) {
		if k == 3 {
			break
		}
		if len(c) > 40 || strings.ContainsAny(c, "0123456789") {
			continue
		}
		b.WriteByte('.')
		b.WriteString(c)
		k++
	}
	return b.String()
}

// spotted returns the elements whose signature is sig, at most max, in
// document order.
func (p *page) spotted(sig string, max int) []int32 {
	if sig == "" {
		return nil
	}
	tag := sig[strings.LastIndexByte(sig, '>')+1:]
	if i := strings.IndexByte(tag, '.'); i >= 0 {
		tag = tag[:i]
	}
	var out []int32
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.n.Data != tag || ni.flags&fSkip != 0 {
			continue
		}
		if p.spot(int32(i)) == sig {
			out = append(out, int32(i))
			if len(out) >= max {
				break
			}
		}
	}
	return out
}

// siteSpots returns the learned spots of the page's site, if any.
func (p *page) siteSpots() (byline, date string) {
	if s, ok := p.site.(SiteSpots); ok && s != nil {
		return s.BylineSpot(), s.DateSpot()
	}
	return "", ""
}

// learnedByline reads the authors from the element where the site's
// bylines were learned to sit.
func (p *page) learnedByline() []string {
	sig, _ := p.siteSpots()
	for _, i := range p.spotted(sig, 3) {
		if p.inComments(i) {
			continue
		}
		if a := p.bylineFromNode(i); len(a) > 0 && !p.onlyPublisher(a) {
			// The spot learned on pages with one author may be the link
			// of that author's name; a byline of several names holds
			// the others beside it ("di <a>A</a> e <a>B</a>").
			if k := p.nodes[i].parent; k >= 0 && p.nodes[k].text <= 200 {
				if all := p.bylineFromNode(k); len(all) > len(a) && slices.Contains(all, a[0]) {
					return all
				}
			}
			return a
		}
	}
	return nil
}

// learnedDate reads the publication date from the element where the
// site's dates were learned to sit.
func (p *page) learnedDate(us bool) (time.Time, bool) {
	_, sig := p.siteSpots()
	for _, i := range p.spotted(sig, 3) {
		s := p.nodeText(p.nodes[i].n)
		if len(s) > 100 || hasLabelPrefix(strings.ToLower(s), updateLabels) {
			continue
		}
		if t, ok := p.parseVisible(s, us); ok && plausibleDate(t) {
			// <time datetime="2025-03-16T17:24:00Z">16 March 2025</time>:
			// the machine-readable time on the same day has the clock.
			if v := p.machineTime(i); v != "" {
				if mt, ok := p.parseVisible(v, us); ok && sameDay(mt, t) {
					return mt, true
				}
			}
			if dateOnly(t) {
				// A spot that gives the day alone (Blogger's "Monday,
				// March 3, 2025" over the post) beside the post's
				// publication stamp on that day (<abbr class="published"
				// title="2025-03-03T07:02:00-05:00">7:02 AM</abbr>).
				for _, k := range p.times {
					n := p.nodes[k].n
					if !pubMarked(n) || p.inComments(k) {
						continue
					}
					if mt, ok := p.parseVisible(machineStamp(n), us); ok && !dateOnly(mt) && sameDay(mt, t) {
						return mt, true
					}
				}
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// pubMarked reports whether a time element is marked as the publication:
// a pubdate attribute, itemprop datePublished, or a class of its own or
// its parent's that says "publish".
func pubMarked(n *html.Node) bool {
	_, ok := attrOK(n, "pubdate")
	return ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
		indexFoldStr(attr(n, "class"), "publish") >= 0 || (n.Parent != nil && indexFoldStr(attr(n.Parent, "class"), "publish") >= 0)
}

// machineTime returns the machine-readable time of element i or of the
// first element under it that has one (machineStamp).
func (p *page) machineTime(i int32) string {
	for k := i; k < p.nodes[i].end; k++ {
		if v := machineStamp(p.nodes[k].n); v != "" {
			return v
		}
	}
	return ""
}

// machineStamp returns the machine-readable time n carries: a <time>'s
// datetime, an <abbr>'s title (microformats); "" for other elements.
func machineStamp(n *html.Node) string {
	switch n.DataAtom {
	case atom.Time:
		if dt := attr(n, "datetime"); dt != "" {
			return dt
		}
		// <time data-timestamp="1741151880">5. mars 2025 kl. 06.18</time>
		for _, k := range []string{"data-timestamp", "data-time", "data-epoch", "data-unix"} {
			if t, ok := unixStamp(attr(n, k)); ok {
				return t.UTC().Format(time.RFC3339)
			}
		}
		return ""
	case atom.Abbr:
		return attr(n, "title")
	}
	// <span class="timestamp--date" title="2025-03-05T02:10:00+05:00">March
	// 5, 2025</span>: a full timestamp in the title of a date element.
	if t := attr(n, "title"); len(t) >= 16 && len(t) <= 40 && t[4] == '-' && t[10] == 'T' {
		if _, ok := parseISO(t); ok {
			return t
		}
	}
	return ""
}

// noteSpots sets Result.BylineSpot and Result.DateSpot from the elements
// that show the authors and the date chosen: a byline element that names
// them, else the first short element that holds the first author's name;
// a date element on the same day, else the first short element that
// shows that day.
func (p *page) noteSpots(us bool) {
	res := p.res
	if len(res.Authors) == 0 && res.PublishedAt == nil {
		return
	}
	if len(res.Authors) > 0 {
		if a, i := p.nodeByline(); i >= 0 && sameNames(a, res.Authors) {
			res.BylineSpot = p.spot(i)
		}
	}
	if res.PublishedAt != nil {
		for _, i := range p.dateNodes {
			s := p.nodeText(p.nodes[i].n)
			if len(s) > 100 || p.inPageChrome(i) {
				continue
			}
			if t, ok := p.parseVisible(s, us); ok {
				if sameDay(t, *res.PublishedAt) {
					res.DateSpot = p.spot(i)
				}
				break
			}
		}
	}
	needName, needDay := res.BylineSpot == "" && len(res.Authors) > 0, res.DateSpot == "" && res.PublishedAt != nil
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = p.nodes[p.mainIdx].end
	}
	checked := 0
	for i := int32(0); i < end && (needName || needDay) && checked < maxSpotChecks; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 || ni.ownText == 0 || ni.text > 100 || ni.ownLink >= ni.ownText {
			continue
		}
		checked++
		t := p.nodeText(ni.n)
		hasName := func(t string) bool { return strings.Contains(t, res.Authors[0]) }
		if needName && hasName(t) && len(t) <= 2*len(res.Authors[0])+24 && !p.inPageChrome(i) {
			res.BylineSpot, needName = p.spot(p.narrow(i, hasName)), false
		}
		if needDay {
			onDay := func(t string) bool {
				v, ok := p.parseVisible(t, us)
				return ok && sameDay(v, *res.PublishedAt)
			}
			if onDay(t) && !p.inPageChrome(i) {
				res.DateSpot, needDay = p.spot(p.narrow(i, onDay)), false
			}
		}
	}
}

// narrow returns the innermost element under i whose text still passes
// keep (the span that holds the name inside its byline block).
func (p *page) narrow(i int32, keep func(string) bool) int32 {
	for depth := 0; depth < 8; depth++ {
		next := int32(-1)
		for k := i + 1; k < p.nodes[i].end; k = p.nodes[k].end {
			if p.nodes[k].parent != i {
				break
			}
			if keep(p.nodeText(p.nodes[k].n)) {
				next = k
				break
			}
		}
		if next < 0 {
			return i
		}
		i = next
	}
	return i
}

// maxSpotChecks caps the elements noteSpots reads per page.
const maxSpotChecks = 400

// sameNames reports whether two author lists share a name.
func sameNames(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}
