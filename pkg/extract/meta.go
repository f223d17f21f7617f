package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// extractMeta reads <head> metadata and JSON-LD.
// repeatedAuthorMeta are the meta names a page may repeat, one author
// each.
var repeatedAuthorMeta = map[string]bool{"author": true, "dc.creator": true, "dcterms.creator": true, "parsely-author": true, "sailthru.author": true}

func (p *page) extractMeta() {
	res := p.res
	m := make(map[string]string, len(p.metas))
	var tags []string
	for _, n := range p.metas {
		key := ""
		var content string
		hasContent := false
		for _, a := range n.Attr {
			switch a.Key {
			case "property", "name", "itemprop", "http-equiv":
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(a.Val))
				}
			case "content":
				content = strings.TrimSpace(a.Val)
				hasContent = true
			}
		}
		if key == "" || !hasContent || content == "" {
			continue
		}
		if key == "article:tag" {
			tags = append(tags, content)
		}
		if key == "citation_author" || key == "citation_authors" {
			// Scholarly pages repeat the tag, one author each.
			if len(p.citationAuthors) < maxMetaAuthors {
				p.citationAuthors = append(p.citationAuthors, content)
			}
		}
		if prev, ok := m[key]; !ok {
			m[key] = content
		} else if repeatedAuthorMeta[key] && content != prev && strings.Count(prev, ", ") < maxMetaAuthors {
			// One tag per author: <meta name="author" content="Jane
			// Doe"><meta name="author" content="John Roe">.
			m[key] = prev + ", " + content
		}
	}
	p.meta = m
	ld := p.parseJSONLD()
	p.ld = ld

	// Language.
	switch {
	case p.lang != "":
		res.Language, res.Provenance["language"] = normLang(p.lang), "html-lang"
	case m["content-language"] != "":
		res.Language, res.Provenance["language"] = normLang(m["content-language"]), "meta:content-language"
	case ld.lang != "":
		res.Language, res.Provenance["language"] = normLang(ld.lang), "jsonld"
	case m["og:locale"] != "":
		res.Language, res.Provenance["language"] = normLang(m["og:locale"]), "meta:og:locale"
	}

	// Site name.
	switch {
	case m["og:site_name"] != "":
		res.SiteName, res.Provenance["site_name"] = siteName(m["og:site_name"]), "meta:og:site_name"
	case ld.publisher != "":
		res.SiteName, res.Provenance["site_name"] = ld.publisher, "jsonld"
	case m["application-name"] != "":
		res.SiteName, res.Provenance["site_name"] = collapse(m["application-name"]), "meta:application-name"
	}

	// Canonical URL, next page.
	for _, n := range p.links {
		rel := strings.ToLower(attr(n, "rel"))
		href := strings.TrimSpace(attr(n, "href"))
		if href == "" {
			continue
		}
		switch {
		case rel == "canonical" && res.CanonicalURL == "":
			res.CanonicalURL, res.Provenance["canonical_url"] = p.abs(href), "link:canonical"
		case rel == "next" && res.NextPage == "":
			res.NextPage = p.abs(href)
			res.Provenance["next_page"] = "link:next"
		case (rel == "prev" || rel == "previous") && res.PrevPage == "":
			res.PrevPage = p.abs(href)
			res.Provenance["prev_page"] = "link:prev"
		}
	}
	for _, n := range p.anchors {
		if res.NextPage == "" && hasToken(attr(n, "rel"), "next") {
			res.NextPage = p.abs(attr(n, "href"))
			res.Provenance["next_page"] = "a:rel=next"
		}
		if res.PrevPage == "" && (hasToken(attr(n, "rel"), "prev") || hasToken(attr(n, "rel"), "previous")) {
			res.PrevPage = p.abs(attr(n, "href"))
			res.Provenance["prev_page"] = "a:rel=prev"
		}
	}
	if prev, err := url.Parse(res.PrevPage); res.PrevPage != "" && (err != nil || !p.sameHost(res.PrevPage) || !p.continuesFrom(prev)) {
		// The previous post of a blog, or a list's previous page: this
		// page's own address does not continue it.
		res.PrevPage = ""
		delete(res.Provenance, "prev_page")
	}
	if next, err := url.Parse(res.NextPage); res.NextPage != "" && (err != nil || !p.sameHost(res.NextPage) || !p.continuesHere(next)) {
		// Another site's page, or another story's: WordPress marks the
		// link to the next post rel="next" too.
		res.NextPage = ""
		delete(res.Provenance, "next_page")
	}
	if res.CanonicalURL == "" {
		if u := m["og:url"]; u != "" {
			res.CanonicalURL, res.Provenance["canonical_url"] = p.abs(u), "meta:og:url"
		} else if ld.url != "" {
			res.CanonicalURL, res.Provenance["canonical_url"] = p.abs(ld.url), "jsonld"
		} else if p.base != nil {
			res.CanonicalURL, res.Provenance["canonical_url"] = p.base.String(), "url"
		}
	}

	// Image.
	for _, k := range []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"} {
		if v := m[k]; v != "" {
			res.Image, res.Provenance["image"] = p.abs(v), "meta:"+k
			break
		}
	}
	if res.Image == "" && ld.image != "" {
		res.Image, res.Provenance["image"] = p.abs(ld.image), "jsonld"
	}

	// Section and tags.
	for _, k := range []string{"article:section", "section", "parsely-section", "category", "article.section", "dc.subject"} {
		if v := m[k]; v != "" {
			res.Section, res.Provenance["section"] = collapse(v), "meta:"+k
			break
		}
	}
	if res.Section == "" && ld.section != "" {
		res.Section, res.Provenance["section"] = ld.section, "jsonld"
	}
	switch {
	case len(tags) > 0:
		res.Tags, res.Provenance["tags"] = cleanList(tags), "meta:article:tag"
	case len(ld.keywords) > 0:
		res.Tags, res.Provenance["tags"] = cleanList(ld.keywords), "jsonld"
	case m["news_keywords"] != "":
		res.Tags, res.Provenance["tags"] = cleanList(strings.Split(m["news_keywords"], ",")), "meta:news_keywords"
	case m["keywords"] != "":
		res.Tags, res.Provenance["tags"] = cleanList(strings.Split(m["keywords"], ",")), "meta:keywords"
	}
	if len(res.Tags) > 30 {
		res.Tags = res.Tags[:30]
	}
}

// finishMeta resolves the fields that need the body: title (reconciled
// with <h1>), authors (bylines), dates (visible dates).
func (p *page) finishMeta() {
	if p.res.Language == "" {
		if l := guessLanguage(p.res.Text); l != "" {
			p.res.Language, p.res.Provenance["language"] = l, "text"
		}
	}
	p.findOrigin()
	p.pickAuthors()
	p.pickDates()
	p.settleDates()
}

func (p *page) abs(href string) string {
	href = strings.TrimSpace(href)
	if p.base == nil {
		return href
	}
	u, err := p.base.Parse(href)
	if err != nil {
		return href
	}
	return u.String()
}

func (p *page) sameHost(abs string) bool {
	if p.base == nil || p.base.Host == "" {
		return true
	}
	u, err := url.Parse(abs)
	if err != nil {
		return false
	}
	return sameSiteHost(u.Host, p.base.Host)
}

// siteLink resolves a link's href against the page's address; ok is false
// when it does not parse or leads to another host ("www." aside).
func (p *page) siteLink(href string) (u *url.URL, ok bool) {
	u, err := p.base.Parse(strings.TrimSpace(href))
	if err != nil || !sameSiteHost(u.Host, p.base.Host) {
		return nil, false
	}
	return u, true
}

// sameSiteHost reports whether two hosts are one site's: equal but for
// case and a leading "www.".
func sameSiteHost(a, b string) bool {
	return strings.EqualFold(strings.TrimPrefix(a, "www."), strings.TrimPrefix(b, "www."))
}

func hasToken(v, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(v)) {
		if f == tok {
			return true
		}
	}
	return false
}

func normLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts) == 0 || parts[0] == "" {
		return ""
	}
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}

func cleanList(in []string) []string {
	seen := make(map[string]bool, len(in))
	out := make([]string, 0, len(in))
	for _, s := range in {
		s = collapse(s)
		if s == "" || len(s) > 100 || seen[strings.ToLower(s)] {
			continue
		}
		seen[strings.ToLower(s)] = true
		out = append(out, s)
	}
	return out
}

// siteName cleans a declared site name; a URL becomes its host.
func siteName(s string) string {
	s = collapse(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return strings.TrimPrefix(u.Host, "www.")
		}
	}
	return s
}

// attrOK returns an attribute's value and whether it is present.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
