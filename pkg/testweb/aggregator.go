package testweb

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// copyJSONLD writes the structured data of a copy dressed as an original:
// the aggregator as publisher, the copy's own URL and date.
func copyJSONLD(b *strings.Builder, url, siteName string, cp *copyPage) {
	var authors []map[string]string
	for _, a := range cp.st.authors {
		authors = append(authors, map[string]string{"@type": "Person", "name": a})
	}
	j, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": cp.st.title, "datePublished": cp.posted.UTC().Format(time.RFC3339), "author": authors,
		"mainEntityOfPage": url, "publisher": map[string]any{"@type": "Organization", "name": siteName}})
	b.WriteString("<script type=\"application/ld+json\">")
	b.Write(j)
	b.WriteString("</script>\n")
}

func (s *site) sortedCopies() []*copyPage {
	out := slices.Clone(s.copies)
	slices.SortStableFunc(out, func(a, b *copyPage) int { return b.posted.Compare(a.posted) })
	return out
}

func aggDate(layout int, t time.Time) string {
	if layout == 0 {
		return "Posted " + t.Format("Mon, 2 Jan 2006 15:04") + " GMT"
	}
	return t.Format("2006/01/02 15:04")
}

// ranking writes a "top stories" list of copies, ordered by a fake score.
func (w *Web) ranking(b *strings.Builder, s *site, n int) {
	r := w.pageRand(s, "ranking")
	cs := s.sortedCopies()
	fmt.Fprintf(b, "<div class=\"%s-sidebar %s-most-read\"><h3>Top %d right now</h3><ol>\n", s.prefix, s.prefix, n)
	for i, k := range r.Perm(len(cs)) {
		if i >= n {
			break
		}
		fmt.Fprintf(b, "<li><a href=\"%s\">%s</a> <small>%d points</small></li>\n", cs[k].path, esc(cs[k].st.title), 900-i*37-r.IntN(20))
	}
	b.WriteString("</ol></div>\n")
}

// aroundTheWeb writes direct links to original stories on publisher sites.
func (w *Web) aroundTheWeb(b *strings.Builder, s *site, n int) {
	r := w.pageRand(s, "around")
	var all []*story
	for _, p := range w.pubs {
		all = append(all, p.sortedStories()...)
	}
	fmt.Fprintf(b, "<div class=\"%s-around\"><h3>From around the web</h3><ul>\n", s.prefix)
	for i, k := range r.Perm(len(all)) {
		if i >= n {
			break
		}
		st := all[k]
		fmt.Fprintf(b, "<li><a href=\"%s%s?utm_source=%s&amp;utm_medium=referral\" rel=\"nofollow\">%s</a> <span class=\"src\">%s</span></li>\n", w.origin(st.site), st.path, slugify(s.name, 3), esc(st.title), esc(st.site.name))
	}
	b.WriteString("</ul></div>\n")
}

// aggListing renders an aggregator's home or archive page.
func (w *Web) aggListing(s *site, rt route, pageNo int) []byte {
	var b strings.Builder
	b.Grow(20 << 10)
	cs := s.sortedCopies()
	heading := "Today's top headlines"
	var next string
	if rt.kind == rArchive {
		heading = "Archive"
		per := 2 * max(1, w.cfg.ListPageSize)
		from := (pageNo - 1) * per
		if from >= len(cs) && pageNo > 1 {
			return nil
		}
		if from+per < len(cs) {
			next = fmt.Sprintf("/archive?page=%d", pageNo+1)
		}
		cs = cs[from:min(len(cs), from+per)]
	} else {
		cs = cs[:min(len(cs), 25)]
	}
	w.head(&b, s, s.name+" - "+heading, "home", func(b *strings.Builder) {
		fmt.Fprintf(b, "<meta name=\"description\" content=\"%s collects the best stories from publishers across the web.\">\n", esc(s.name))
	})
	w.masthead(&b, s)
	p := s.prefix
	if s.layout == 0 {
		fmt.Fprintf(&b, "<div class=\"%s-main\"><h1>%s</h1>\n", p, heading)
		for _, cp := range cs {
			fmt.Fprintf(&b, "<div class=\"np-item\"><a class=\"np-link\" href=\"%s\">%s</a><div class=\"np-src\">via %s &middot; %s &middot; <a href=\"/out/%d\" rel=\"nofollow\">original</a></div><p>%s</p></div>\n",
				cp.path, esc(cp.st.title), esc(cp.st.site.name), aggDate(0, cp.posted), cp.seq, esc(teaser(cp.st)))
		}
		b.WriteString("</div>\n")
	} else {
		fmt.Fprintf(&b, "<table class=\"%s-main\" width=\"100%%\" cellpadding=\"4\"><tr><td colspan=\"2\"><h1>%s</h1></td></tr>\n", p, heading)
		for i, cp := range cs {
			fmt.Fprintf(&b, "<tr class=\"row%d\"><td class=\"rank\">%d.</td><td><a href=\"%s\"><b>%s</b></a><br><font size=\"-1\">%s &mdash; %s</font></td></tr>\n",
				i%2, i+1, cp.path, esc(cp.st.title), esc(cp.st.site.name), aggDate(1, cp.posted))
		}
		b.WriteString("</table>\n")
	}
	w.aroundTheWeb(&b, s, 12)
	w.ranking(&b, s, 10)
	if next != "" {
		fmt.Fprintf(&b, "<p class=\"%s-pagination\"><a rel=\"next\" href=\"%s\">Next page</a></p>\n", p, next)
	}
	if rt.kind == rHome {
		fmt.Fprintf(&b, "<p class=\"%s-pagination\"><a href=\"/archive\">Older stories &raquo;</a></p>\n", p)
	}
	w.footer(&b, s)
	return []byte(b.String())
}

// copyPage renders an aggregator's copy of a story.
func (w *Web) copyPage(s *site, cp *copyPage) []byte {
	var b strings.Builder
	b.Grow(20 << 10)
	st := cp.st
	orig := w.origin(st.site) + st.path
	p := s.prefix
	w.head(&b, s, st.title+" -"+s.name, "article", func(b *strings.Builder) {
		switch {
		case cp.canonical:
			fmt.Fprintf(b, "<link rel=\"canonical\" href=\"%s\">\n", orig)
		case cp.dressed:
			fmt.Fprintf(b, "<link rel=\"canonical\" href=\"%s\">\n", w.origin(s)+cp.path)
			copyJSONLD(b, w.origin(s)+cp.path, s.name, cp)
		}
		fmt.Fprintf(b, "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n", esc(st.title), esc(s.name))
		if s.layout == 1 {
			fmt.Fprintf(b, "<meta name=\"date\" content=\"%s\">\n", cp.posted.Format("2006-01-02"))
		}
	})
	w.masthead(&b, s)
	source := fmt.Sprintf("<a href=\"%s\">%s</a>", orig, esc(st.site.name))
	var others []*copyPage
	for _, o := range s.sortedCopies() {
		if o != cp && len(others) < 6 {
			others = append(others, o)
		}
	}
	if s.layout == 0 {
		fmt.Fprintf(&b, "<div class=\"%s-main wrap\">\n<h1 class=\"np-title\">%s</h1>\n", p, esc(st.title))
		switch {
		case cp.dressed:
			fmt.Fprintf(&b, "<div class=\"np-source\">%s &middot; by %s</div>\n", aggDate(0, cp.posted), esc(strings.Join(st.authors, ", ")))
		case cp.plain:
			fmt.Fprintf(&b, "<div class=\"np-source\">%s &middot; %d views</div>\n", aggDate(0, cp.posted), 100+cp.seq*37%900)
		default:
			fmt.Fprintf(&b, "<div class=\"np-source\">From %s &middot; %s &middot; by %s</div>\n", source, aggDate(0, cp.posted), esc(strings.Join(st.authors, ", ")))
		}
		w.shareBar(&b, s, w.origin(s)+cp.path, st.title)
		b.WriteString("<div class=\"np-body\">\n")
		for _, para := range cp.paras {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(para))
		}
		b.WriteString("</div>\n")
		if !cp.plain {
			fmt.Fprintf(&b, "<p class=\"np-readmore\">Read more at %s</p>\n", source)
		}
		fmt.Fprintf(&b, "<div class=\"%s-related\"><h2>More stories</h2><ul>\n", p)
		for _, o := range others {
			fmt.Fprintf(&b, "<li class=\"%s-related__item\"><a href=\"%s\">%s</a> <small>%s</small></li>\n", p, o.path, esc(o.st.title), esc(o.st.site.name))
		}
		b.WriteString("</ul></div>\n</div>\n")
	} else {
		fmt.Fprintf(&b, "<table class=\"%s-main\" width=\"100%%\"><tr><td valign=\"top\" class=\"content\">\n", p)
		switch {
		case cp.dressed:
			fmt.Fprintf(&b, "<h2 class=\"headline\">%s</h2>\n<div class=\"dateline\">%s | By %s</div>\n", esc(st.title), aggDate(1, cp.posted), esc(strings.Join(st.authors, ", ")))
		case cp.plain:
			fmt.Fprintf(&b, "<h2 class=\"headline\">%s</h2>\n<div class=\"dateline\">%s</div>\n", esc(st.title), aggDate(1, cp.posted))
		default:
			fmt.Fprintf(&b, "<h2 class=\"headline\">%s</h2>\n<div class=\"dateline\">%s | Source: %s</div>\n", esc(st.title), aggDate(1, cp.posted), source)
		}
		// Old-school markup: paragraphs separated by <br><br>, no <p>.
		b.WriteString("<div id=\"storytext\"><font face=\"Georgia\">\n")
		for i, para := range cp.paras {
			if i > 0 {
				b.WriteString("<br><br>\n")
			}
			b.WriteString(esc(para))
			if i == 1 {
				fmt.Fprintf(&b, "\n<div class=\"%s-ad\"><iframe src=\"/ads/slot?id=%d\" width=\"300\" height=\"250\" title=\"ad\"></iframe></div>", p, cp.seq)
			}
		}
		b.WriteString("\n</font></div>\n")
		if !cp.plain {
			fmt.Fprintf(&b, "<p class=\"readmore\"><i>Read more at %s</i></p>\n<p><a href=\"/out/%d\" rel=\"nofollow\">View original</a></p>\n", source, cp.seq)
		}
		b.WriteString("</td><td valign=\"top\" width=\"260\" class=\"side\">\n")
		fmt.Fprintf(&b, "<h3>Related headlines</h3>\n")
		for _, o := range others {
			fmt.Fprintf(&b, "<div class=\"%s-related__item\"><a href=\"%s\">%s</a></div>\n", p, o.path, esc(o.st.title))
		}
		b.WriteString("</td></tr></table>\n")
	}
	w.newsletter(&b, s)
	w.aroundTheWeb(&b, s, 6)
	w.ranking(&b, s, 5)
	w.footer(&b, s)
	return []byte(b.String())
}
