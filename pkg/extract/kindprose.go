package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"newsroom.dev/pkg/links"
)

// Page-shape signals that tell a story from the pages around it: a story
// is a run of prose paragraphs; a landing page is short blurbs between
// calls to action; a list page is headlines that each link to another
// page.

// proseLineChars is the length (in characters) from which a body line
// that ends like a sentence counts as a prose paragraph.
const proseLineChars = 80

// proseStats returns the characters of the body text in prose
// paragraphs (lines of at least proseLineChars that end like a
// sentence), the longest run of such consecutive paragraphs, and all the
// characters of the text.
func proseStats(text string) (prose, run, total int) {
	cur := 0
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n := utf8.RuneCountInString(line)
		total += n
		r, _ := utf8.DecodeLastRuneInString(line)
		if n >= proseLineChars && endsSentence(r) {
			prose += n
			cur += n
			run = max(run, cur)
			continue
		}
		cur = 0
	}
	return prose, run, total
}

// endsSentence reports whether r closes a sentence (or a quoted one).
func endsSentence(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '"', '”', '»', ')', ':', '…', '؟', '।':
		return true
	}
	return false
}

// storyLinks counts the distinct same-site addresses, other than the
// page's own, that the page links to outside its navigation, header,
// footer and asides, and that are shaped like an article's address
// (looksLikeArticlePath). It stops counting at storyHubLinks.
func (p *page) storyLinks() int {
	if p.base == nil {
		return 0
	}
	seen := make(map[string]bool, storyHubLinks)
	self := strings.TrimSuffix(p.base.Path, "/")
	for i := int32(0); i < int32(len(p.nodes)) && len(seen) < storyHubLinks; i++ {
		ni := &p.nodes[i]
		if ni.flags&(fBoilTag|fSkip) != 0 {
			i = ni.end - 1
			continue
		}
		if ni.n.DataAtom != atom.A || ni.flags&fLink == 0 {
			continue
		}
		u, ok := p.siteLink(attr(ni.n, "href"))
		if !ok {
			continue
		}
		path := strings.TrimSuffix(u.Path, "/")
		if path == self || seen[path] || !looksLikeArticlePath(strings.Split(strings.Trim(path, "/"), "/")) {
			continue
		}
		seen[path] = true
	}
	return len(seen)
}

// A page that declares no article and names no author is judged by its
// shape: one that links to storyHubLinks or more story addresses of its
// site and has no run of prose of storyHubProse characters is a section,
// topic or archive page, dated or not (its teasers carry dates); one
// without a date of its own either, whose longest run of prose is under
// noProseRun characters and that speaks in the first person plural (a
// company or institution about its offer) is a landing or service page.
const (
	storyHubLinks = 30
	storyHubProse = 700
	noProseRun    = 320
	noProseWeOur  = 0.2 // "we", "our" per 100 words of the body
	// teaserCardsMin look-alike link cards that hold nine tenths of the
	// body make a list page even when their blurbs read as prose.
	teaserCardsMin = 12
)

// shapeKind returns the kind the page's shape names when the page shows
// no sign of an article, and the reason; "" when its shape says nothing.
func (p *page) shapeKind() (kind, reason string) {
	if p.ld.isArticleType || p.mark.microArticle {
		return "", ""
	}
	if n, days, ct := p.datedCards(); n >= datedCardsMin && days >= datedCardsDays && ct*10 >= p.nodes[p.mainIdx].text*6 {
		// A byline found here is a card's line ("5 de julio ·
		// Auditorio del Puerto"), not the page's.
		return KindListing, fmt.Sprintf("%d look-alike cards on %d different days make up its body", n, days)
	}
	if n, users, ct := p.signedPosts(); n >= forumPostsMin && users >= 2 && ct*10 >= p.nodes[p.mainIdx].text*6 {
		// The byline found is the first post's.
		return KindForum, fmt.Sprintf("%d posts by %d members, each signed and dated, make up its body", n, users)
	}
	if why := p.signedItemsShape(); why != "" {
		return KindListing, why
	}
	if p.bylineAuthors() {
		return "", ""
	}
	if lines, dated, days := p.datedLines(); dated >= datedLinesMin && days >= datedLinesMin && dated*10 >= lines*6 {
		// A short run of notices, each with its own day: deaths, events,
		// announcements ("…, died March 2, 2025.", "22/03/2025, 20:00 h.
		// Concierto …").
		return KindListing, fmt.Sprintf("%d of its %d lines give a day each, %d different days", dated, lines, days)
	}
	_, run, total := proseStats(p.res.Text)
	// A date alone does not keep a hub: its teasers are dated.
	if run < storyHubProse {
		if n := p.storyLinks(); n >= storyHubLinks {
			return KindListing, fmt.Sprintf("links to %d stories and has no prose of its own", n)
		}
	}
	if p.ownDate() {
		return "", ""
	}
	if cut, long := cutTeasers(p.res.Text); cut >= cutTeasersMin && cut*2 >= long {
		// Summaries cut short with an ellipsis, one per story: a topic
		// or section page's teasers.
		return KindListing, fmt.Sprintf("%d of its %d paragraphs are teasers cut with an ellipsis", cut, long)
	}
	if run < noProseRun && total >= p.opts.MinTextChars {
		var counts [nKindFeatures]int
		if words := scanWords(p.res.Text, &counts, false); words > 0 &&
			float64(counts[fxWeOur])*100/float64(words) >= noProseWeOur {
			return KindOther, "no run of prose, and speaks as we/our"
		}
	}
	if p.mainIdx >= 0 {
		// Teasers whose linked headlines the body leaves out read as
		// one run of prose: cards that are all of the body list pages
		// whatever that run.
		if n, ct := p.linkCards(); n >= linkCardsMin && (run < storyHubProse && ct*2 >= p.nodes[p.mainIdx].text ||
			n >= teaserCardsMin && ct*10 >= p.nodes[p.mainIdx].text*9) {
			return KindListing, fmt.Sprintf("%d look-alike link cards make up its body", n)
		}
	}
	return "", ""
}

// Cut-teaser limits: of the text's lines at least cutTeaserChars long,
// cutTeasersMin or more, and half of them, ending in an ellipsis make a list
// of teasers.
const (
	cutTeasersMin  = 5
	cutTeaserChars = 80
)

// cutTeasers counts the lines of text at least cutTeaserChars long, and
// those of them that end in an ellipsis ("...", "…", "[…]"): a summary
// cut short.
func cutTeasers(text string) (cut, long int) {
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) < cutTeaserChars {
			continue
		}
		long++
		l = strings.TrimRight(l, "])")
		if strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…") {
			cut++
		}
	}
	return cut, long
}

// Dated-line limits: on a page of at most datedLinesText characters of
// text, datedLinesMin lines or more that each give a date, on as many
// different days, and six in ten of its lines, make a list of notices.
// Lines longer than datedLineMax are prose, not notices.
const (
	datedLinesMin  = 3
	datedLinesText = 1500
	datedLineMax   = 300
)

// datedLines returns the lines of a short page's text, how many of them
// are notices that give a date, and the number of different days among
// them; zeros for a longer page.
func (p *page) datedLines() (lines, dated, days int) {
	if len(p.res.Text) > datedLinesText {
		return 0, 0, 0
	}
	us := strings.HasSuffix(strings.ToLower(p.res.Language), "-us")
	seen := map[string]bool{}
	for line := range strings.SplitSeq(p.res.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		if len(line) > datedLineMax {
			continue
		}
		if t, ok := p.parseVisible(line, us); ok {
			dated++
			seen[t.Format(time.DateOnly)] = true
		}
	}
	return lines, dated, len(seen)
}

// signedItemsShape says why the page's body is a run of signed items (a
// letters page), "" when it is not.
func (p *page) signedItemsShape() string {
	if p.mainIdx < 0 {
		return ""
	}
	if n, writers, ct := p.signedItems(); n >= signedItemsMin && writers >= signedItemsMin && ct*10 >= p.nodes[p.mainIdx].text*6 {
		return fmt.Sprintf("%d items, each with its headline and signed by its writer, make up its body", n)
	}
	return ""
}

// shortBodyShape reads the page text a short body was replaced with (the
// "short-body" rule) for the page's shape: it returns the shape's kind
// and reason, or kind, rule and reason as they were.
func (p *page) shortBodyShape(kind, rule, reason string) (string, string, string) {
	if rule != "short-body" {
		return kind, rule, reason
	}
	p.pageText()
	if k, why := p.shapeKind(); k != "" {
		return k, "page-shape", why
	}
	return kind, rule, reason
}

// creditedReprint reports whether the page reads as a reprint of another
// site's story: its body is mostly one run of prose of at least
// storyHubProse characters (as a story's is and a thin section's intro
// over its teasers is not), and it links to a story's address on another
// host ("via Continental Wire", "Source: Valley Times"), as a service
// page of the site (its ethics policy, its team) does not.
func (p *page) creditedReprint() bool {
	_, run, total := proseStats(p.res.Text)
	if run < storyHubProse || run*10 < total*8 || p.mainIdx < 0 || p.base == nil {
		return false
	}
	for i := p.mainIdx; i < p.nodes[p.mainIdx].end; i++ {
		n := p.nodes[i].n
		if n.DataAtom != atom.A {
			continue
		}
		u, err := p.base.Parse(strings.TrimSpace(attr(n, "href")))
		if err != nil || u.Host == "" || strings.EqualFold(u.Host, p.base.Host) || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		if links.ArticleScore(u.String()) >= links.ArticleThreshold {
			return true
		}
	}
	return false
}

// excerptLeads open the link with which an aggregator's excerpt sends
// its reader to the story on the publisher's site.
var excerptLeads = []string{"read full story", "read the full story", "read full article", "read the full article",
	"continue reading at", "continue reading on", "read more at", "read more on", "read the rest at", "read the original at",
	"weiterlesen bei", "weiterlesen auf", "lire la suite sur", "lire l'article complet", "seguir leyendo en", "leer más en",
	"leggi l'articolo completo", "continua a leggere su", "leia mais em", "continue lendo em", "lees verder op", "lees het hele artikel",
	// A reader app's preview: "Read on capitolbellwether.blogspot.com".
	"read on ", "view on ", "open on ", "lire sur ", "leer en ", "ler em ", "leggi su ", "lesen auf ", "lezen op "}

// maxExcerptText is the most body text (non-space characters) an
// aggregator's excerpt of a story holds.
const maxExcerptText = 600

// excerptPage reports whether the page is an aggregator's excerpt of a
// story published elsewhere: a short text and a link, "Read full story at
// The Courier", to another site. The story is the publisher's; the
// crawler follows the link to it.
func (p *page) excerptPage(textLen int32) bool {
	if textLen > maxExcerptText || p.base == nil {
		return false
	}
	nt := normTitle(p.res.Title)
	for _, i := range p.awayLinks {
		// Only an absolute link to a page of another host can send the
		// reader on (checked first: it reads no text).
		n := p.nodes[i].n
		href := strings.TrimSpace(attr(n, "href"))
		if !p.awayPage(href) {
			continue
		}
		u, err := p.base.Parse(href)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || strings.Trim(u.Path, "/") == strings.Trim(p.base.Path, "/") {
			continue // (the page itself under another spelling of its host)
		}
		raw := strings.TrimSpace(p.nodeText(n))
		t := strings.ToLower(raw)
		if len(t) <= 80 && slices.ContainsFunc(excerptLeads, func(l string) bool { return strings.HasPrefix(t, l) }) {
			return true
		}
		// Or the headline itself linked to the publisher's page (a
		// headline river's permalink, "TechRiver: <headline>").
		if nr := normTitle(raw); len(raw) >= 20 && nt != "" && (nr == nt || strings.HasSuffix(nt, " "+nr) || strings.HasPrefix(nt, nr+" ")) {
			return true
		}
	}
	return false
}
