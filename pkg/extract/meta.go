package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldArticle is what the JSON-LD blocks of a page say about its article.
type ldArticle struct {
	found         bool
	types         []string // all @type values seen on the page
	headline      string
	authors       []string
	published     string
	modified      string
	body          string
	section       string
	keywords      []string
	image         string
	publisher     string
	lang          string
	url           string
	isArticleType bool
}

// articleTypes are schema.org types that denote an article page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "livebloggosting": true,
	"liveblogposting": true, "socialmediaposting": true, "techarticle": true, "scholarlyarticle": true,
	"report": true, "posting": true, "blog": false, "satiricalarticle": true, "medicalscholarlyarticle": true,
}

// extractMeta reads <head> metadata and JSON-LD.
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
		if _, ok := m[key]; !ok {
			m[key] = content
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
		}
	}
	for _, n := range p.anchors {
		if res.NextPage == "" && hasToken(attr(n, "rel"), "next") {
			res.NextPage = p.abs(attr(n, "href"))
			res.Provenance["next_page"] = "a:rel=next"
		}
	}
	if res.NextPage != "" && !p.sameHost(res.NextPage) {
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
	p.pickAuthors()
	p.pickDates()
	p.settleDates()
}

func (p *page) pickTitle() {
	res, m, ld := p.res, p.meta, p.ld
	docTitle := collapse(p.title)
	og := collapse(m["og:title"])
	tw := collapse(m["twitter:title"])
	headline := collapse(ld.headline)
	refs := []string{og, headline, docTitle, tw}
	site := res.SiteName
	// An <h1> that agrees with one of the declared titles wins: it is the
	// visible headline and carries no site suffix. An <h1> that is only
	// the site-name part of the title (a blog's logo) does not count.
	var firstH1 string
	for _, i := range p.h1s {
		ni := &p.nodes[i]
		if ni.flags&(fSkip) != 0 {
			continue
		}
		t := textOf(ni.n)
		if t == "" || len(t) > 400 || p.linksHome(i) {
			continue
		}
		if firstH1 == "" {
			firstH1 = t
		}
		for _, r := range refs {
			if r != "" && titleAgrees(t, r) && !isSiteSegment(t, r, site) {
				res.Title, res.Provenance["title"] = t, "h1"
				return
			}
		}
	}
	switch {
	case headline != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(headline, site), "jsonld"
	case og != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(og, site), "meta:og:title"
	case tw != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(tw, site), "meta:twitter:title"
	case docTitle != "":
		res.Title, res.Provenance["title"] = p.cleanTitle(docTitle, site), "title"
	case firstH1 != "":
		res.Title, res.Provenance["title"] = firstH1, "h1"
	}
	if res.SiteName == "" && docTitle != "" && res.Title != "" && docTitle != res.Title {
		if s := titleRemainder(docTitle, res.Title); s != "" {
			res.SiteName, res.Provenance["site_name"] = s, "title"
		}
	}
}

// titleSegments splits a title at site-name separators.
func titleSegments(t string) []string {
	segs := []string{t}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " / "} {
		var next []string
		for _, s := range segs {
			for _, part := range strings.Split(s, sep) {
				if part = strings.TrimSpace(part); part != "" {
					next = append(next, part)
				}
			}
		}
		segs = next
	}
	return segs
}

// isSiteSegment reports whether h1 is just one of several segments of the
// declared title and not its main one: the site name shown as a logo.
func isSiteSegment(h1, ref, site string) bool {
	segs := titleSegments(ref)
	if len(segs) < 2 {
		return false
	}
	nh := normTitle(h1)
	if site != "" && nh == normTitle(site) {
		return true
	}
	longest := ""
	match := false
	for _, s := range segs {
		if len(s) > len(longest) {
			longest = s
		}
		if normTitle(s) == nh {
			match = true
		}
	}
	return match && normTitle(longest) != nh
}

// cleanTitle removes site names from a declared title: a segment that
// matches a heading on the page wins; otherwise segments naming the site
// and short trailing segments are dropped.
func (p *page) cleanTitle(t, site string) string {
	segs := titleSegments(t)
	if len(segs) > 1 {
		for k, i := range p.headingIdx() {
			if k >= 40 {
				break
			}
			if p.linksHome(i) {
				continue // a logo heading
			}
			h := normTitle(textOf(p.nodes[i].n))
			if h == "" {
				continue
			}
			for _, s := range segs {
				if normTitle(s) == h && (site == "" || h != normTitle(site)) {
					return s
				}
			}
		}
	}
	return cleanTitle(t, site)
}

// linksHome reports whether element i contains a link to the site's home
// page, as logo headings do.
func (p *page) linksHome(i int32) bool {
	for k := i; k < p.nodes[i].end; k++ {
		n := p.nodes[k].n
		if n.DataAtom != atom.A {
			continue
		}
		href := strings.TrimSpace(attr(n, "href"))
		if href == "/" || href == "" || href == "./" {
			return true
		}
		if p.base != nil {
			if u, err := p.base.Parse(href); err == nil && u.Host == p.base.Host && (u.Path == "" || u.Path == "/") && u.RawQuery == "" {
				return true
			}
		}
	}
	return false
}

// headingIdx returns the indexes of h1-h3 elements outside boilerplate.
func (p *page) headingIdx() []int32 {
	var out []int32
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fHeading == 0 || ni.flags&(fSkip|fBoil) != 0 {
			continue
		}
		switch ni.n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			out = append(out, int32(i))
		}
		if len(out) >= 40 {
			break
		}
	}
	return out
}

// titleAgrees reports whether an <h1> text and a declared title are the
// same headline (equal after normalisation, or one contains the other
// with most of its words).
func titleAgrees(h1, ref string) bool {
	a, b := normTitle(h1), normTitle(ref)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len(a) >= 15 && strings.Contains(b, a) && len(a)*10 >= len(b)*4 {
		return true
	}
	if len(b) >= 15 && strings.Contains(a, b) && len(b)*10 >= len(a)*6 {
		return true
	}
	return false
}

func normTitle(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '’' || r == '\'' || r == '"' || r == '“' || r == '”' || r == '‘':
		case r == ' ' || r == '\u00a0':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// titleSeparators split a title from a site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " |", "| ", " -", " –", " —"}

// cleanTitle removes a site-name prefix or suffix from a title.
func cleanTitle(t, site string) string {
	nsite := normTitle(site)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if head == "" || tail == "" {
			continue
		}
		if nsite != "" && (normTitle(tail) == nsite || strings.Contains(normTitle(tail), nsite) || strings.Contains(nsite, normTitle(tail))) {
			return cleanTitle(head, site)
		}
		if j := strings.Index(t, sep); j > 0 && nsite != "" {
			pre := strings.TrimSpace(t[:j])
			if normTitle(pre) == nsite {
				return strings.TrimSpace(t[j+len(sep):])
			}
		}
		// Without a known site name: drop a short last segment.
		if len(strings.Fields(tail)) <= 4 && len(tail)*2 < len(head) {
			return cleanTitle(head, site)
		}
	}
	if nsite != "" {
		for _, sep := range []string{": ", " : "} {
			if j := strings.Index(t, sep); j > 0 && normTitle(t[:j]) == nsite {
				return strings.TrimSpace(t[j+len(sep):])
			}
		}
	}
	return t
}

// titleRemainder returns the site-name part of docTitle around title.
func titleRemainder(docTitle, title string) string {
	i := strings.Index(docTitle, title)
	if i < 0 {
		return ""
	}
	rest := docTitle[:i] + docTitle[i+len(title):]
	rest = strings.Trim(rest, " |-–—:·•»/")
	if rest == "" || len(rest) > 60 {
		return ""
	}
	return rest
}

func (p *page) pickAuthors() {
	res, m, ld := p.res, p.meta, p.ld
	if len(ld.authors) > 0 {
		res.Authors, res.Provenance["authors"] = cleanAuthors(ld.authors), "jsonld"
	}
	if len(res.Authors) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"} {
			v := m[k]
			if v == "" || strings.HasPrefix(v, "http") || (k == "twitter:creator" && strings.HasPrefix(v, "@")) {
				continue
			}
			if a := cleanAuthors(splitAuthors(v)); len(a) > 0 {
				res.Authors, res.Provenance["authors"] = a, "meta:"+k
				break
			}
		}
	}
	if len(res.Authors) == 0 {
		for _, n := range p.anchors {
			if hasToken(attr(n, "rel"), "author") {
				if t := textOf(n); t != "" && len(t) < 80 {
					res.Authors = append(res.Authors, t)
				}
			}
		}
		if len(res.Authors) > 0 {
			res.Authors, res.Provenance["authors"] = cleanAuthors(res.Authors), "rel=author"
		}
	}
	if len(res.Authors) == 0 {
		for _, i := range p.bylineNodes {
			t := textOf(p.nodes[i].n)
			if names, ok := bylineNames(t); ok {
				res.Authors, res.Provenance["authors"] = cleanAuthors(splitAuthors(names)), "byline"
				break
			}
			if looksLikeName(t) {
				res.Authors, res.Provenance["authors"] = cleanAuthors([]string{t}), "byline"
				break
			}
		}
	}
	if len(res.Authors) == 0 && len(p.bylines) > 0 {
		res.Authors, res.Provenance["authors"] = cleanAuthors(splitAuthors(p.bylines[0])), "byline"
	}
	if len(res.Authors) == 0 {
		if w := wireCredit(res.Text); w != "" {
			res.Authors, res.Provenance["authors"] = []string{w}, "wire"
		}
	}
	if len(res.Authors) == 0 {
		res.Authors = nil
	}
}

func (p *page) pickDates() {
	res, m, ld := p.res, p.meta, p.ld
	us := strings.HasSuffix(strings.ToLower(res.Language), "-us") || res.Language == "en"
	set := func(dst **time.Time, field, s, prov string) bool {
		if *dst != nil || s == "" {
			return *dst != nil
		}
		if t, ok := parseDate(s, us); ok && plausibleDate(t) {
			*dst = &t
			res.Provenance[field] = prov
			return true
		}
		return false
	}
	set(&res.PublishedAt, "published_at", ld.published, "jsonld")
	set(&res.ModifiedAt, "modified_at", ld.modified, "jsonld")
	for _, k := range []string{"article:published_time", "og:published_time", "datepublished", "article:published",
		"publish-date", "publish_date", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
		"dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "og:article:published_time", "cxenseparse:recs:publishtime"} {
		if set(&res.PublishedAt, "published_at", m[k], "meta:"+k) {
			break
		}
	}
	for _, k := range []string{"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated", "og:article:modified_time"} {
		if set(&res.ModifiedAt, "modified_at", m[k], "meta:"+k) {
			break
		}
	}
	if res.PublishedAt == nil {
		// Prefer a <time> marked as the publication time, then one near
		// the article, then the first on the page.
		best, bestRank := "", 0
		scope := p.mainIdx
		for k := 0; k < 2 && scope >= 0 && p.nodes[scope].parent >= 0; k++ {
			scope = p.nodes[scope].parent
		}
		for _, i := range p.times {
			n := p.nodes[i].n
			dt := attr(n, "datetime")
			if dt == "" {
				continue
			}
			rank := 1
			if scope >= 0 && i >= scope && i < p.nodes[scope].end {
				rank = 2
			}
			if _, ok := attrOK(n, "pubdate"); ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
				indexFoldStr(attr(n, "class"), "publish") >= 0 || (n.Parent != nil && indexFoldStr(attr(n.Parent, "class"), "publish") >= 0) {
				rank = 3
			}
			if indexFoldStr(attr(n, "class"), "updated") >= 0 || indexFoldStr(attr(n, "class"), "modified") >= 0 {
				rank = 0
			}
			if rank > bestRank {
				if t, ok := parseDate(dt, us); ok && plausibleDate(t) {
					best, bestRank = dt, rank
				}
			}
		}
		set(&res.PublishedAt, "published_at", best, "time")
	}
	if res.PublishedAt == nil {
		// A URL date is reliable but has no clock time; a visible date on
		// the same day supplies it.
		var visible *time.Time
		for _, i := range p.dateNodes {
			t := textOf(p.nodes[i].n)
			if len(t) > 100 {
				continue
			}
			if v, ok := parseDate(t, us); ok {
				visible = &v
				break
			}
		}
		var fromURL *time.Time
		if p.base != nil {
			if u, ok := urlDate(p.base.Path); ok {
				fromURL = &u
			}
		}
		switch {
		case visible != nil && (fromURL == nil || sameDay(*visible, *fromURL)):
			res.PublishedAt, res.Provenance["published_at"] = visible, "visible"
		case fromURL != nil:
			res.PublishedAt, res.Provenance["published_at"] = fromURL, "url"
		}
	}
	if res.PublishedAt == nil {
		for _, t := range p.dateLines {
			if set(&res.PublishedAt, "published_at", t, "visible") {
				break
			}
		}
	}
	if res.PublishedAt == nil {
		if t, ok := p.headerDate(us); ok {
			res.PublishedAt, res.Provenance["published_at"] = &t, "visible:header"
		}
	}
	if t := res.PublishedAt; t != nil && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && (zoneless(*t) || t.Location() == time.UTC) {
		// A date without a clock time (a date-only meta tag or a URL
		// date): a visible date on the same day supplies the time.
		if v, ok := p.visibleClock(us); ok && sameDay(v, *t) {
			res.PublishedAt = &v
			res.Provenance["published_at"] += "+visible"
		}
	}
}

// settleDates sets the precision of the publication time and takes the
// package's zone marker off every date, leaving zone-less clocks in UTC.
func (p *page) settleDates() {
	res := p.res
	if t := res.PublishedAt; t != nil {
		midnight := t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
		switch {
		case midnight && (zoneless(*t) || res.Provenance["published_at"] == "url"):
			res.PublishedPrecision = DateDay
		case zoneless(*t):
			res.PublishedPrecision = DateLocal
		default:
			res.PublishedPrecision = DateExact
		}
	}
	for _, tp := range []**time.Time{&res.PublishedAt, &res.ModifiedAt} {
		if t := *tp; t != nil && zoneless(*t) {
			u := t.In(time.UTC)
			*tp = &u
		}
	}
}

// visibleClock returns the first visible date with a clock time from the
// date-like elements, the removed date lines or the article header.
func (p *page) visibleClock(us bool) (time.Time, bool) {
	hasClock := func(t time.Time) bool { return t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 }
	for _, i := range p.dateNodes {
		s := textOf(p.nodes[i].n)
		if len(s) > 100 {
			continue
		}
		if v, ok := parseDate(s, us); ok && hasClock(v) {
			return v, true
		}
	}
	for _, s := range p.dateLines {
		if v, ok := parseDate(s, us); ok && hasClock(v) {
			return v, true
		}
	}
	if v, ok := p.headerDate(us); ok && hasClock(v) {
		return v, true
	}
	return time.Time{}, false
}

// headerDate looks for a date in the short blocks that follow the
// headline element, up to the first paragraph: the article header's
// source, byline and date line ("From X · Posted Wed, 8 May 2024 21:53
// GMT · by Y"), which may sit outside the body container.
func (p *page) headerDate(us bool) (time.Time, bool) {
	if p.res.Title == "" {
		return time.Time{}, false
	}
	head := int32(-1)
	seen := 0
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fHeading == 0 || ni.flags&fSkip != 0 || ni.text == 0 || ni.text > 400 {
			continue
		}
		if seen++; seen > 40 {
			break
		}
		if titleAgrees(textOf(ni.n), p.res.Title) {
			head = int32(i)
			break
		}
	}
	if head < 0 {
		return time.Time{}, false
	}
	blocks := 0
	for i := p.nodes[head].end; i < int32(len(p.nodes)) && blocks < 12; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 {
			continue
		}
		if ni.ownText-ni.ownLink >= goodMinLong {
			break // the body has started
		}
		blocks++
		if ni.flags&fBlock == 0 || ni.text > 160 {
			continue
		}
		if v, ok := parseDate(textOf(ni.n), us); ok && plausibleDate(v) {
			return v, true
		}
	}
	return time.Time{}, false
}

// parseJSONLD decodes the page's JSON-LD blocks and picks the article.
func (p *page) parseJSONLD() ldArticle {
	var out ldArticle
	for _, n := range p.ldjson {
		if n.FirstChild == nil || n.FirstChild.Type != html.TextNode {
			continue
		}
		raw := strings.TrimSpace(n.FirstChild.Data)
		if raw == "" || len(raw) > 2<<20 {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			// Some sites put trailing semicolons or HTML comments around.
			raw = strings.Trim(raw, "; \n\t<!->")
			if err := json.Unmarshal([]byte(raw), &v); err != nil {
				continue
			}
		}
		walkLD(v, &out, 0)
	}
	return out
}

func walkLD(v any, out *ldArticle, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, out, depth+1)
		}
	case map[string]any:
		types := ldTypes(x["@type"])
		out.types = append(out.types, types...)
		isArt := false
		for _, t := range types {
			if articleTypes[strings.ToLower(t)] {
				isArt = true
			}
		}
		if isArt && !out.isArticleType {
			out.isArticleType = true
			out.found = true
			out.headline = ldString(x["headline"])
			if out.headline == "" {
				out.headline = ldString(x["name"])
			}
			out.authors = ldNames(x["author"])
			if len(out.authors) == 0 {
				out.authors = ldNames(x["creator"])
			}
			out.published = ldString(x["datePublished"])
			if out.published == "" {
				out.published = ldString(x["dateCreated"])
			}
			out.modified = ldString(x["dateModified"])
			out.body = ldString(x["articleBody"])
			out.section = ldString(x["articleSection"])
			out.keywords = ldKeywords(x["keywords"])
			out.image = ldImage(x["image"])
			if pub := ldNames(x["publisher"]); len(pub) > 0 {
				out.publisher = pub[0]
			}
			out.lang = ldString(x["inLanguage"])
			out.url = ldString(x["url"])
		}
		if g, ok := x["@graph"]; ok {
			walkLD(g, out, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			walkLD(me, out, depth+1)
		}
		if out.publisher == "" {
			for _, t := range types {
				if t == "Organization" || t == "NewsMediaOrganization" || t == "WebSite" {
					if n := ldString(x["name"]); n != "" && t != "WebSite" {
						out.publisher = n
					}
				}
			}
		}
	}
}

func ldTypes(v any) []string {
	if s, ok := v.(string); ok {
		return []string{s}
	}
	return ldStringList(v)
}

// ldStringList returns the strings of a JSON-LD array (nil for anything else).
func ldStringList(v any) []string {
	x, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []string
	for _, e := range x {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		return ldString(x["@value"])
	}
	return ""
}

func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.HasPrefix(s, "http") {
			return splitAuthors(s)
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return splitAuthors(s)
		}
	}
	return nil
}

// plausibleDate rejects zero and far-off dates that CMSs emit as
// placeholders.
func plausibleDate(t time.Time) bool {
	y := t.Year()
	return y >= 1990 && y <= time.Now().Year()+1
}

func ldKeywords(v any) []string {
	if s, ok := v.(string); ok {
		return strings.Split(s, ",")
	}
	return ldStringList(v)
}

func ldImage(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldImage(x[0])
		}
	case map[string]any:
		if s, ok := x["url"].(string); ok {
			return s
		}
		if s, ok := x["contentUrl"].(string); ok {
			return s
		}
	}
	return ""
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
	return strings.EqualFold(strings.TrimPrefix(u.Host, "www."), strings.TrimPrefix(p.base.Host, "www."))
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

// isHeading reports whether n is an h1-h6 element.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
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
