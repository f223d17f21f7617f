package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// originMeta are the head tags with which a republisher names the page it
// copied (Google News' original-source and syndication-source).
var originMeta = []string{"syndication-source", "original-source"}

// originPhrases are the words, lower-cased, with which a republished page
// links to the page it copied: in the link itself ("Read the original",
// "元記事を読む", "기사원문") or in the line around it ("This article first
// appeared on <a>…</a>"). They name an original, not a source in general:
// a story that cites "Source: <a>" is not thereby a copy.
var originPhrases = []string{
	// English
	"read the original", "read original", "view original", "see original", "original article", "original story",
	"originally published", "originally appeared", "first appeared on", "first appeared in", "first published on",
	"first published in", "first published by", "read full story at", "read the full story at", "read full article at",
	"read the full article at", "continue reading at", "continue reading on",
	// German, Dutch
	"originalartikel", "zum original", "zuerst erschienen", "erschien zuerst", "ursprünglich erschienen",
	"origineel artikel", "oorspronkelijk gepubliceerd", "verscheen eerder op",
	// French, Spanish, Portuguese, Italian
	"article original", "article d'origine", "article d’origine", "publié initialement", "initialement publié",
	"paru initialement", "artículo original", "noticia original", "nota original", "publicado originalmente",
	"publicado originariamente", "matéria original", "texto original", "reportagem original", "articolo originale",
	"pubblicato originariamente", "pubblicato originalmente",
	// Polish, Turkish, Russian, Ukrainian
	"artykuł oryginalny", "oryginalny artykuł", "pierwotnie opublikowany", "orijinal haber", "haberin aslı",
	"оригинал статьи", "оригинал новости", "читать оригинал", "первоисточник", "оригінал статті", "першоджерело",
	// Japanese, Korean, Chinese
	"元記事", "記事全文を読む", "オリジナル記事", "기사원문", "원문 보기", "원문보기", "원문 기사",
	"阅读原文", "原文链接", "查看原文", "原文地址", "閱讀原文", "原文連結",
}

// maxAwayLinks bounds the absolute links a page keeps for findOrigin.
const maxAwayLinks = 512

// maxOriginLine bounds the text (in non-space characters) around a link
// that is searched for an origin phrase: a credit line, not a paragraph
// that happens to hold one; maxOriginLink bounds the link's own.
const (
	maxOriginLine = 200
	maxOriginLink = 60
)

// findOrigin sets Result.OriginURL: the page of another site this page
// says it republishes, from a head tag or from a link that an origin
// phrase labels. A link to another site's home page names a publisher,
// not a page, and does not count.
func (p *page) findOrigin() {
	res := p.res
	for _, k := range originMeta {
		if u := p.meta[k]; u != "" && p.originTarget(p.abs(u)) {
			res.OriginURL, res.Provenance["origin_url"] = p.abs(u), "meta:"+k
			return
		}
	}
	for _, i := range p.awayLinks {
		// Only a short link, or one in a short line, can be a credit;
		// the lengths are known before any text is read.
		ni := &p.nodes[i]
		par := ni.parent
		short := ni.text <= maxOriginLink
		line := par >= 0 && p.nodes[par].text <= maxOriginLine
		if !short && !line {
			continue
		}
		href := attr(ni.n, "href")
		if !p.awayPage(href) || p.inPageChrome(i) {
			continue // (the site's header and footer link its partners, not originals)
		}
		how := ""
		switch {
		case short && originPhrase(linkText(ni.n)):
			how = "link"
		case line && originPhrase(p.nodeText(p.nodes[par].n)):
			how = "link-line"
		default:
			continue
		}
		if abs := p.abs(href); p.originTarget(abs) {
			res.OriginURL, res.Provenance["origin_url"] = abs, how
			return
		}
	}
}

// linkText is a link's text, read without copying when the link holds a
// single text node.
func linkText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data
	}
	return textOf(n)
}

// awayPage is a quick, allocation-free test of an absolute href
// ("https://host/path", "//host/path"): it names a page, not a home page,
// on a host other than the page's own. originTarget checks it in full.
func (p *page) awayPage(href string) bool {
	if p.base == nil {
		return false
	}
	rest, ok := strings.CutPrefix(href, "//")
	if !ok {
		i := strings.Index(href, "://")
		if i < 0 {
			return false
		}
		rest = href[i+3:]
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		return false // a bare host: a home page
	}
	host, path := rest[:end], rest[end:]
	return !sameSiteHost(host, p.base.Host) && strings.Trim(path, "/") != ""
}

// originTarget reports whether abs can be the page a copy came from: an
// http(s) page on another host, not that host's home page.
func (p *page) originTarget(abs string) bool {
	u, err := url.Parse(abs)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	if strings.Trim(u.Path, "/") == "" && u.RawQuery == "" {
		return false
	}
	return p.base != nil && !p.sameHost(abs)
}

// originPhrase reports whether s holds one of originPhrases.
func originPhrase(s string) bool {
	s = strings.ToLower(s)
	for _, ph := range originPhrases {
		if strings.Contains(s, ph) {
			return true
		}
	}
	return false
}
