package testweb

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

func xesc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// robots renders a site's robots.txt.
func (w *Web) robots(s *site) string {
	var b strings.Builder
	o := w.origin(s)
	switch s.kind {
	case KindTrap:
		b.WriteString("User-agent: *\nAllow: /\n")
		return b.String()
	case KindAggregator:
		b.WriteString("# robots.txt for " + s.name + "\n")
	}
	b.WriteString("User-agent: BadBot\nDisallow: /\n\n")
	b.WriteString("User-agent: *\n")
	for _, d := range s.disallow {
		b.WriteString("Disallow: " + d + "\n")
	}
	if s.kind == KindPublisher {
		b.WriteString("Allow: /private/press-kit.html\n")
	}
	if s.crawlDelay > 0 {
		fmt.Fprintf(&b, "Crawl-delay: %d\n", s.crawlDelay)
	}
	b.WriteString("\n")
	for _, p := range s.sitemapPaths() {
		b.WriteString("Sitemap: " + o + p + "\n")
	}
	return b.String()
}

func (w *Web) feedStories(s *site) []*story {
	all := s.sortedStories()
	return all[:min(len(all), 20)]
}

// rss renders an RSS 2.0 feed (publisher layout 0 and aggregator layout 0).
func (w *Web) rss(s *site) []byte {
	var b strings.Builder
	o := w.origin(s)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">` + "\n<channel>\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<link>%s/</link>\n<description>Latest stories from %s</description>\n<language>en</language>\n", xesc(s.name), o, xesc(s.name))
	fmt.Fprintf(&b, "<atom:link href=\"%s%s\" rel=\"self\" type=\"application/rss+xml\"/>\n<lastBuildDate>%s</lastBuildDate>\n", o, s.feedPath(), w.lastChange(s).Format(time.RFC1123Z))
	if s.kind == KindAggregator {
		cs := s.sortedCopies()
		for _, cp := range cs[:min(len(cs), 20)] {
			fmt.Fprintf(&b, "<item>\n<title>%s</title>\n<link>%s%s</link>\n<guid isPermaLink=\"true\">%s%s</guid>\n<pubDate>%s</pubDate>\n<description>%s</description>\n<source url=\"%s%s\">%s</source>\n</item>\n",
				xesc(cp.st.title), o, cp.path, o, cp.path, s.local(cp.posted).Format(time.RFC1123Z), xesc(teaser(cp.st)), w.origin(cp.st.site), cp.st.path, xesc(cp.st.site.name))
		}
	} else {
		for _, st := range w.feedStories(s) {
			fmt.Fprintf(&b, "<item>\n<title>%s</title>\n<link>%s%s</link>\n<guid isPermaLink=\"false\">%s</guid>\n<pubDate>%s</pubDate>\n",
				xesc(st.title), o, st.path, st.id, s.local(st.published).Format(time.RFC1123Z))
			for _, a := range st.authors {
				fmt.Fprintf(&b, "<dc:creator>%s</dc:creator>\n", xesc(a))
			}
			fmt.Fprintf(&b, "<category>%s</category>\n<description>%s</description>\n</item>\n", capFirst(st.section), xesc(teaser(st)))
		}
	}
	b.WriteString("</channel>\n</rss>\n")
	return []byte(b.String())
}

// atom renders an Atom 1.0 feed (publisher layout 1).
func (w *Web) atom(s *site) []byte {
	var b strings.Builder
	o := w.origin(s)
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">` + "\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<id>%s/</id>\n<link rel=\"alternate\" href=\"%s/\"/>\n<link rel=\"self\" href=\"%s/atom.xml\"/>\n<updated>%s</updated>\n",
		xesc(s.name), o, o, o, w.lastChange(s).Format(time.RFC3339))
	for _, st := range w.feedStories(s) {
		fmt.Fprintf(&b, "<entry>\n<title>%s</title>\n<id>tag:%s,%s:%s</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"%s%s\"/>\n<published>%s</published>\n<updated>%s</updated>\n",
			xesc(st.title), s.addr, s.local(st.published).Format("2006-01-02"), st.id, o, st.path, s.local(st.published).Format(time.RFC3339), s.local(st.modified).Format(time.RFC3339))
		for _, a := range st.authors {
			fmt.Fprintf(&b, "<author><name>%s</name></author>\n", xesc(a))
		}
		fmt.Fprintf(&b, "<category term=\"%s\"/>\n<summary type=\"text\">%s</summary>\n</entry>\n", st.section, xesc(teaser(st)))
	}
	b.WriteString("</feed>\n")
	return []byte(b.String())
}

// sitemap renders a urlset: every story (and, for part "sections", the
// listing pages instead).
func (w *Web) sitemap(s *site, part string) []byte {
	var b strings.Builder
	o := w.origin(s)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	url := func(loc string, mod time.Time, freq string) {
		fmt.Fprintf(&b, "<url><loc>%s</loc>", xesc(loc))
		if !mod.IsZero() {
			if s.layout%3 == 1 {
				fmt.Fprintf(&b, "<lastmod>%s</lastmod>", s.local(mod).Format("2006-01-02"))
			} else {
				fmt.Fprintf(&b, "<lastmod>%s</lastmod>", s.local(mod).Format(time.RFC3339))
			}
		}
		if freq != "" {
			fmt.Fprintf(&b, "<changefreq>%s</changefreq>", freq)
		}
		b.WriteString("</url>\n")
	}
	switch {
	case part == "sections":
		url(o+"/", w.lastChange(s), "hourly")
		for _, sec := range s.sections {
			url(o+s.sectionPath(sec), time.Time{}, "hourly")
		}
	case s.kind == KindAggregator:
		url(o+"/", w.lastChange(s), "always")
		for _, cp := range s.sortedCopies() {
			url(o+cp.path, cp.posted, "")
		}
	default:
		if part == "" {
			url(o+"/", w.lastChange(s), "hourly")
		}
		for _, st := range s.sortedStories() {
			url(o+st.path, st.modified, "")
		}
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}

// sitemapIndex renders the sitemap index of publisher layout 2.
func (w *Web) sitemapIndex(s *site) []byte {
	var b strings.Builder
	o := w.origin(s)
	mod := w.lastChange(s).Format(time.RFC3339)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range []string{"/sitemaps/posts.xml", "/sitemaps/sections.xml"} {
		fmt.Fprintf(&b, "<sitemap><loc>%s%s</loc><lastmod>%s</lastmod></sitemap>\n", o, p, mod)
	}
	b.WriteString("</sitemapindex>\n")
	return []byte(b.String())
}

// newsSitemap renders a Google News sitemap with the stories of the last two
// days before the newest one (at least five).
func (w *Web) newsSitemap(s *site) []byte {
	var b strings.Builder
	o := w.origin(s)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` + "\n")
	all := s.sortedStories()
	for i, st := range all {
		if i >= 5 && all[0].published.Sub(st.published) > 48*time.Hour {
			break
		}
		fmt.Fprintf(&b, "<url>\n<loc>%s%s</loc>\n<news:news>\n<news:publication><news:name>%s</news:name><news:language>en</news:language></news:publication>\n<news:publication_date>%s</news:publication_date>\n<news:title>%s</news:title>\n</news:news>\n</url>\n",
			o, st.path, xesc(s.name), s.local(st.published).Format(time.RFC3339), xesc(st.title))
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}
