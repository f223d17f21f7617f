package testweb

// This file renders the pages that are not articles: listings (home,
// section, tag, author, archive), private and not-found pages.

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// listItem writes one story teaser on a listing page.
func (w *Web) listItem(b *strings.Builder, s *site, st *story) {
	p := s.prefix
	switch s.layout % 3 {
	case 0:
		fmt.Fprintf(b, "<article class=\"post-%d post %s-teaser\"><h2 class=\"entry-title\"><a href=\"%s\" rel=\"bookmark\">%s</a></h2>\n<div class=\"entry-summary\"><p>%s</p></div>\n<span class=\"posted-on\">%s</span> <span class=\"byline\">by %s</span></article>\n",
			4000+st.seq, p, st.path, esc(st.title), esc(teaser(st)), s.date(st.published), esc(strings.Join(st.authors, " and ")))
	case 1:
		fmt.Fprintf(b, "<li class=\"teaser\"><a class=\"teaser__link\" href=\"%s\"><span class=\"teaser__kicker\">%s</span> <span class=\"teaser__title\">%s</span></a>\n<p class=\"teaser__text\">%s</p><span class=\"teaser__date\">%s</span></li>\n",
			st.path, esc(capFirst(st.ev.head)), w.v.ents.Replace(esc(st.title)), w.v.ents.Replace(esc(teaser(st))), s.date(st.published))
	default:
		fmt.Fprintf(b, "<div class=\"%s-card\"><a href=\"%s\"><img src=\"/img/%d.jpg\" alt=\"\" loading=\"lazy\"><h3 class=\"%s-card__title\">%s</h3></a><p>%s</p><time datetime=\"%s\">%s</time></div>\n",
			p, st.path, st.seq, p, esc(st.title), esc(teaser(st)), s.local(st.published).Format(time.RFC3339), s.date(st.published))
	}
}

// listing renders a publisher's home, section, tag or author page.
func (w *Web) listing(s *site, rt route, pageNo int) []byte {
	var b strings.Builder
	b.Grow(20 << 10)
	all := s.sortedStories()
	var items []*story
	var heading, pageType string
	switch rt.kind {
	case rHome:
		pageType = "home"
		heading = "Latest news"
		items = all[:min(len(all), w.cfg.HomeStories)]
	case rSection:
		pageType = "section"
		heading = capFirst(rt.key)
		for _, st := range all {
			if st.section == rt.key {
				items = append(items, st)
			}
		}
	case rTag:
		pageType = "tag"
		heading = "Topic: " + rt.key
		for _, st := range all {
			if slices.Contains(st.tags, rt.key) {
				items = append(items, st)
			}
		}
	case rAuthor:
		pageType = "author"
		heading = rt.key
		for _, st := range all {
			if slices.Contains(st.authors, rt.key) {
				items = append(items, st)
			}
		}
	}
	var next string
	if rt.kind != rHome {
		per := max(1, w.cfg.ListPageSize)
		from := (pageNo - 1) * per
		if from >= len(items) && pageNo > 1 {
			return nil
		}
		if from+per < len(items) {
			next = s.pagePath(rt, pageNo+1)
		}
		items = items[from:min(len(items), from+per)]
		if pageNo > 1 {
			heading += fmt.Sprintf(" (page %d)", pageNo)
		}
	}
	var title string
	if rt.kind != rHome && s.titlePrefix {
		title = s.name + s.sep + heading
	} else if rt.kind != rHome {
		title = heading + s.sep + s.name
	} else {
		title = s.name + s.sep + "News, analysis and opinion"
	}
	w.head(&b, s, title, pageType, func(b *strings.Builder) {
		fmt.Fprintf(b, "<meta name=\"description\" content=\"%s: the latest news and analysis from %s.\">\n", esc(heading), esc(s.name))
		fmt.Fprintf(b, "<meta property=\"og:site_name\" content=\"%s\">\n", esc(s.name))
	})
	w.masthead(&b, s)
	p := s.prefix
	if rt.kind == rHome && len(all) > 0 {
		fmt.Fprintf(&b, "<div class=\"%s-breaking\"><b>Breaking:</b> <a href=\"%s\">%s</a></div>\n", p, all[0].path, esc(all[0].title))
	}
	fmt.Fprintf(&b, "<div class=\"%s-main\">\n<h1>%s</h1>\n", p, esc(heading))
	if rt.kind == rAuthor {
		r := w.pageRand(s, "bio"+rt.key)
		fmt.Fprintf(&b, "<div class=\"%s-bio\"><p>%s is a %s correspondent for %s, covering %s and %s. Previously at %s.</p></div>\n",
			p, esc(rt.key), w.v.adjs[r.IntN(len(w.v.adjs))], esc(s.name), s.sections[0], s.sections[1], esc(w.v.orgs[r.IntN(len(w.v.orgs))]))
	}
	if s.layout%3 == 1 {
		b.WriteString("<ul class=\"teasers\">\n")
	}
	for _, st := range items {
		w.listItem(&b, s, st)
	}
	if s.layout%3 == 1 {
		b.WriteString("</ul>\n")
	}
	if next != "" {
		fmt.Fprintf(&b, "<nav class=\"%s-pagination\"><a rel=\"next\" href=\"%s\">Older stories</a></nav>\n", p, next)
	}
	if rt.kind == rHome {
		fmt.Fprintf(&b, "<div class=\"%s-previews\"><h2>Coming up (staff preview)</h2><ul>\n", p)
		for _, slug := range s.upcoming {
			fmt.Fprintf(&b, "<li><a href=\"/private/drafts/%s\">%s</a></li>\n", slug, strings.ReplaceAll(slug, "-", " "))
		}
		fmt.Fprintf(&b, "</ul><p>Looking for something? <a href=\"/search?q=%s\">Search %s coverage</a></p></div>\n", s.sections[0], s.sections[0])
	}
	b.WriteString("</div>\n")
	if s.bare {
		// A thin template: the list and nothing else.
		w.footer(&b, s)
		return []byte(b.String())
	}
	fmt.Fprintf(&b, "<aside class=\"%s-sidebar\"><h3>Sections</h3><ul>\n", p)
	for _, sec := range s.sections {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", s.sectionPath(sec), capFirst(sec))
	}
	b.WriteString("</ul></aside>\n")
	w.mostRead(&b, s, nil)
	if rt.kind != rHome {
		fmt.Fprintf(&b, "<section class=\"%s-picks\"><h2>Editor's picks</h2>\n", p)
		for _, st := range all[:min(len(all), 6)] {
			fmt.Fprintf(&b, "<div class=\"%s-pick\"><a href=\"%s\">%s</a><p>%s</p></div>\n", p, st.path, esc(st.title), esc(teaser(st)))
		}
		b.WriteString("</section>\n")
		fmt.Fprintf(&b, "<nav class=\"%s-topics\"><h2>Popular topics</h2>\n", p)
		var tags []string
		for _, st := range all {
			for _, t := range st.tags {
				if !slices.Contains(tags, t) && len(tags) < 30 {
					tags = append(tags, t)
				}
			}
		}
		for _, t := range tags {
			fmt.Fprintf(&b, "<a class=\"%s-topic\" href=\"%s\">%s</a>\n", p, s.tagPath(t), strings.ReplaceAll(t, "-", " "))
		}
		b.WriteString("</nav>\n")
	}
	if len(items) == 0 {
		fmt.Fprintf(&b, "<p class=\"%s-empty\">There are no stories here yet. Check back soon, or browse our latest coverage on the <a href=\"/\">home page</a>.</p>\n", p)
	}
	w.newsletter(&b, s)
	w.footer(&b, s)
	return []byte(b.String())
}

// privatePage renders a page under a robots-disallowed path.
func (w *Web) privatePage(s *site, path string) []byte {
	var b strings.Builder
	w.head(&b, s, "Staff area"+s.sep+s.name, "private", func(b *strings.Builder) {
		b.WriteString("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
	})
	w.masthead(&b, s)
	fmt.Fprintf(&b, "<div class=\"%s-main\"><h1>Staff area</h1><p>This page (%s) is not meant for crawlers.</p></div>\n", s.prefix, esc(path))
	w.footer(&b, s)
	return []byte(b.String())
}

func (w *Web) notFound(s *site) []byte {
	var b strings.Builder
	w.head(&b, s, "Page not found"+s.sep+s.name, "error", nil)
	w.masthead(&b, s)
	fmt.Fprintf(&b, "<div class=\"%s-main\"><h1>Sorry, we couldn't find that page</h1><p><a href=\"/\">Go to the home page</a></p></div>\n", s.prefix)
	w.footer(&b, s)
	return []byte(b.String())
}
