package extract

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pickDates chooses the publication and modification times from JSON-LD,
// meta tags, <time> elements, visible dates and the URL.
func (p *page) pickDates() {
	res, m, ld := p.res, p.meta, p.ld
	us := strings.HasSuffix(strings.ToLower(res.Language), "-us") || res.Language == "en" && !dayFirstHost(p.base)
	res.DateOrder = p.pageDateOrder()
	// The order of ambiguous numeric dates (03/07/2025): the page's own
	// unambiguous numeric date, else the order the site was learned to
	// write, else the page's language.
	order := res.DateOrder
	if order == "" && p.site != nil {
		order = p.site.DateOrder()
	}
	switch order {
	case "mdy":
		us = true
	case "dmy":
		us = false
	}
	pubRaw := "" // the declared string the publication date was read from
	set := func(dst **time.Time, field, s, prov string) bool {
		if *dst != nil || s == "" {
			return *dst != nil
		}
		t, ok := parseDate(s, us)
		if !ok {
			t, ok = unixStamp(s)
		}
		if ok && plausibleDate(t) {
			*dst = &t
			res.Provenance[field] = prov
			if dst == &res.PublishedAt {
				pubRaw = s
			}
			return true
		}
		return false
	}
	set(&res.PublishedAt, "published_at", ld.published, "jsonld")
	if t := res.PublishedAt; t != nil && dateOnly(*t) {
		// A declared day without its clock ("datePublished":
		// "2025-03-07") beside the publication instant in the page's
		// meta tags on the same day: the instant.
		for _, k := range []string{"article:published_time", "og:published_time", "datepublished"} {
			if v, ok := parseDate(m[k], us); ok && !dateOnly(v) && v.Format("2006-01-02") == t.Format("2006-01-02") {
				res.PublishedAt, res.Provenance["published_at"], pubRaw = &v, "meta:"+k, m[k]
				break
			}
		}
	}
	set(&res.ModifiedAt, "modified_at", ld.modified, "jsonld")
	for _, k := range []string{"article:published_time", "og:published_time", "datepublished", "article:published",
		"publish-date", "publish_date", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
		"dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "published-date", "og:article:published_time", "cxenseparse:recs:publishtime",
		// Dublin Core, PRISM and the scholarly citation tags.
		"dcterms.issued", "dc.date.created", "prism.publicationdate", "citation_publication_date", "citation_online_date", "citation_date"} {
		if set(&res.PublishedAt, "published_at", m[k], "meta:"+k) {
			break
		}
	}
	if res.PublishedAt == nil {
		// Microdata on a visible element: <span itemprop="datePublished"
		// content="2024-03-05T10:30:00+01:00">5 March</span> carries the
		// machine-readable time in its content (or datetime) attribute.
		for _, i := range p.dateNodes {
			n := p.nodes[i].n
			if n.DataAtom == atom.Meta || !strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				continue
			}
			v := attr(n, "content")
			if v == "" {
				v = attr(n, "datetime")
			}
			if set(&res.PublishedAt, "published_at", v, "microdata") {
				break
			}
		}
	}
	set(&res.PublishedAt, "published_at", ld.pagePublished, "jsonld:webpage")
	for _, k := range []string{"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated", "og:article:modified_time", "dc.date.modified", "prism.modificationdate"} {
		if set(&res.ModifiedAt, "modified_at", m[k], "meta:"+k) {
			break
		}
	}
	if res.PublishedAt == nil {
		if t, ok := p.learnedDate(us); ok {
			res.PublishedAt, res.Provenance["published_at"] = &t, "visible:site"
		}
	}
	if res.PublishedAt == nil {
		// Prefer a <time> marked as the publication time, then one near
		// the article, then the first on the page.
		best, bestRank, bestDist := "", 0, int32(0)
		anchor := p.dateAnchor()
		var outsideDays []time.Time // days of <time>s outside the article
		scope := p.mainIdx
		for k := 0; k < 2 && scope >= 0 && p.nodes[scope].parent >= 0; k++ {
			scope = p.nodes[scope].parent
		}
		for _, i := range p.times {
			n := p.nodes[i].n
			dt := machineStamp(n)
			if dt == "" {
				// <time>Dec 19, 2025</time>: the text is the date.
				if dt = p.nodeText(n); len(dt) > 80 {
					continue
				}
			}
			if dt == "" {
				continue
			}
			rank := 1
			if scope >= 0 && i >= scope && i < p.nodes[scope].end {
				rank = 2
			}
			label := p.timeLabel(n)
			if (pubMarked(n) || label == "published") && !p.inComments(i) {
				// (Comment templates mark each comment's time as its
				// pubdate: that is the comment's publication.)
				rank = 3
			}
			if indexFoldStr(attr(n, "class"), "updated") >= 0 || indexFoldStr(attr(n, "class"), "modified") >= 0 || label == "updated" {
				rank = 0
			}
			if rank < 3 && p.inTeaserBoilerplate(i) {
				continue // a teaser's or a comment's time
			}
			t, ok := p.parseVisible(dt, us)
			if !ok || !plausibleDate(t) {
				continue
			}
			if rank == 1 {
				outsideDays = append(outsideDays, t)
			}
			// Of unmarked <time>s, the one nearest the headline is the
			// article's; the others date teasers and comments. Of
			// marked ones, the first ("Published on 25.Jun.2019 …
			// first published 04.Apr.2019" as a preprint).
			if d := dist(i, anchor); rank > bestRank || (rank == bestRank && rank > 0 && rank < 3 && d < bestDist) {
				best, bestRank, bestDist = dt, rank, d
			}
		}
		// <time>s outside the article on different days are a list of
		// teasers: none of them is this article's.
		if bestRank == 1 && len(outsideDays) > 1 && slices.ContainsFunc(outsideDays, func(d time.Time) bool { return !sameDay(d, outsideDays[0]) }) {
			best = ""
		}
		if best != "" {
			// A date in the URL is fixed when the story is first
			// published: an unmarked <time> on another day is a teaser's
			// or an update, and the URL stage below decides.
			if t, ok := p.parseVisible(best, us); ok && (bestRank == 3 || !p.urlDisagrees(t)) {
				res.PublishedAt, res.Provenance["published_at"] = &t, "time"
			}
		}
	}
	var masthead, updated *time.Time
	if res.PublishedAt == nil {
		// A URL date is reliable but has no clock time; a visible date on
		// the same day supplies it.
		// A date in the page's own header or navigation (a masthead's
		// "today") is not the article's; it counts only when no other
		// date-like element has a date.
		var visible *time.Time
		visDist, anchor, updDist := int32(0), p.dateAnchor(), int32(0)
		for _, i := range p.dateNodes {
			t := p.dateNodeText(i)
			if len(t) > 100 {
				continue
			}
			if p.mainIdx >= 0 && i >= p.nodes[p.mainIdx].end && p.nodes[p.mainIdx].end-p.mainIdx > 20 && !p.inPageChrome(i) && !p.inOwnFooter(i) &&
				(p.inComments(i) || p.timeLabel(p.nodes[i].n) != "published") {
				continue // in the teasers after the article, unless labelled as the publication
			}
			if pub, ok := publishedAfterUpdate(t); ok {
				// "Updated: 06/12/2025 · Published: 05/12/2025": the
				// publication the same line goes on to give.
				t = pub
			} else if pub, ok := publishedAfterInnerUpdate(t); ok {
				// "By Kai Moreno Updated: Mar 14, 2025 3:10 pm Posted:
				// Mar 13, 2025 9:00 am": the same, after a byline.
				t = pub
			} else if hasLabelPrefix(strings.ToLower(t), updateLabels) {
				// "Updated 22. April 2024": the last change, not the
				// publication; the page's date only if it shows no other.
				if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) && !p.inPageChrome(i) && (updated == nil || dist(i, anchor) < updDist) {
					updated, updDist = &v, dist(i, anchor)
				}
				continue
			}
			if v, ok := p.parseVisible(t, us); ok {
				if p.inPageChrome(i) {
					// A masthead is above the article, and an article's
					// own footer just after it; a date further down in
					// the page's footer ("current server time is …") is
					// nobody's.
					if masthead == nil && (p.mainIdx < 0 || i < p.nodes[p.mainIdx].end+nearTitleSpan) {
						masthead = &v
					}
					continue
				}
				// The date element nearest the headline is the
				// article's; others before it date a ticker or a
				// sidebar's teasers.
				if d := dist(i, anchor); visible == nil || d < visDist {
					visible, visDist = &v, d
				}
			}
		}
		prov := "visible"
		if anchor >= 0 {
			// A byline beside the headline that carries the date ("By
			// Lisa Jennings on Dec. 19, 2025").
			for _, i := range p.bylineNodes {
				d := dist(i, anchor)
				if d > nearTitleSpan || (visible != nil && d >= visDist) || p.inPageChrome(i) {
					continue
				}
				t := p.dateNodeText(i)
				if pub, ok := publishedAfterInnerUpdate(t); ok {
					t = pub // ("By X · Updated: … Posted: …")
				}
				if len(t) > 120 || hasLabelPrefix(strings.ToLower(t), updateLabels) {
					continue
				}
				if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) {
					visible, visDist, prov = &v, d, "visible:byline"
				}
			}
		}
		var fromURL *time.Time
		if p.base != nil {
			if u, ok := urlDate(p.base.Path); ok {
				fromURL = &u
			}
		}
		if t, d, ok := p.nearTitleLine(us); ok && visible != nil && d < visDist && !sameDay(t, *visible) {
			// A date line nearer the headline than any date element
			// ("On Behalf of Firm | Apr 21, 2017 | Liability" above the
			// related posts' dated cards) is the article's.
			visible, prov, visDist = &t, "visible:near-title", d
		}
		if t, d, ok := p.headerLine(us); ok && visible != nil && d < visDist && !sameDay(t, *visible) {
			visible, prov = &t, "visible:header"
		}
		switch {
		case visible != nil && (fromURL == nil || sameDay(*visible, *fromURL)):
			res.PublishedAt, res.Provenance["published_at"] = visible, prov
		case fromURL != nil && !p.listedAt.IsZero() && sameDay(p.listedAt, *fromURL):
			// The URL's day, with the clock time the feed or sitemap gave.
			l := p.listedAt
			res.PublishedAt, res.Provenance["published_at"] = &l, "url+listed"
		case fromURL != nil:
			res.PublishedAt, res.Provenance["published_at"] = fromURL, "url"
		}
	}
	if res.PublishedAt != nil && order == "" && !p.listedAt.IsZero() && strings.HasPrefix(res.Provenance["published_at"], "visible") {
		// "05/03/2025" read in the language's order, where the feed or
		// sitemap that listed the page gives the other reading's day:
		// the listing settles the order the page leaves open.
		if t, ok := swapDayMonth(*res.PublishedAt); ok && !sameDay(*res.PublishedAt, p.listedAt) && sameDay(t, p.listedAt) {
			res.PublishedAt, res.Provenance["published_at"] = &t, res.Provenance["published_at"]+"+listed-order"
		}
	}
	if res.PublishedAt == nil && !p.listedAt.IsZero() && plausibleDate(p.listedAt) {
		// The publication time the feed or sitemap that listed the page
		// gave: the page's own declared and visible dates come first.
		l := p.listedAt
		res.PublishedAt, res.Provenance["published_at"] = &l, "listed"
	}
	// The fallbacks, in order: the first that finds a date gives it.
	fallbacks := []struct {
		prov string
		find func(bool) (time.Time, bool)
	}{
		{"visible:near-title", p.nearTitleDate},
		// The article header's line under the headline ("By Jane Doe –
		// Sep 9, 2025 | Fact-checked by …") before a date line dropped
		// from anywhere in the text ("Data as of Dec 20, 2025." under a
		// table).
		{"visible:header", p.headerDate},
		{"visible", p.removedDateLine},
		// The date the first paragraph opens with, as press releases
		// and wire copy write it ("27.1.2022 - Bei der …").
		{"visible:lead", p.leadDate},
		// The day the headline was written with ("23.01.2022 - …"),
		// then a date set inside the headline's element ("<h1>Headline
		// <small>02.02.2022 • Sport</small></h1>").
		{"visible:headline", func(bool) (time.Time, bool) { return p.titleDate, !p.titleDate.IsZero() }},
		{"visible:headline", p.headlineDate},
		// The page's own teaser in a list of the site's latest stories
		// beside it ("Energiepreiskrise: … 21.11.2022").
		{"visible:self-teaser", p.selfTeaserDate},
		// The story's date in the page's JSON state (a page rendered in
		// the browser shows its date only once its script ran).
		{"script:json", p.stateDate},
		// The print issue the story ran in, beside the headline ("Le
		// Hérisson n° 5432 du mercredi 12 mars 2025", "Aus der Ausgabe
		// 11/2025 vom 14. März 2025"), often a link to the issue.
		{"visible:issue", p.issueDate},
	}
	for _, f := range fallbacks {
		if res.PublishedAt != nil {
			break
		}
		if t, ok := f.find(us); ok {
			res.PublishedAt, res.Provenance["published_at"] = &t, f.prov
		}
	}
	if res.PublishedAt == nil && updated == nil {
		if t, ok := p.updatedLine(us); ok {
			updated = &t
		}
	}
	if res.PublishedAt == nil && updated != nil {
		// The page says only when it was last changed ("Last updated:
		// November 13, 2025" under a park's webcam page): the best date
		// it has, and a better one than a masthead's today.
		res.PublishedAt, res.Provenance["published_at"] = updated, "visible:updated"
	}
	if res.PublishedAt == nil && masthead != nil {
		res.PublishedAt, res.Provenance["published_at"] = masthead, "visible:chrome"
	}
	if t := res.PublishedAt; t != nil && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && (zoneless(*t) || t.Location() == time.UTC) {
		// A date without a clock time (a date-only meta tag or a URL
		// date): a visible date on the same day supplies the time.
		if v, ok := p.visibleClock(us); ok && sameDay(v, *t) {
			res.PublishedAt = &v
			res.Provenance["published_at"] += "+visible"
		}
	}
	if t := res.PublishedAt; t != nil && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && (zoneless(*t) || t.Location() == time.UTC) {
		// Still only a day ("Mar 14, 2025" on a Next.js page): the
		// page's JSON state may hold the story's instant on that day.
		if v, ok := p.stateDate(us); ok && !dateOnly(v) && !zoneless(v) && sameDay(v, *t) {
			res.PublishedAt = &v
			res.Provenance["published_at"] += "+state-clock"
		}
	}
	if t, ok := p.firstPublished(us); ok && (res.PublishedAt == nil || t.Before(res.PublishedAt.Add(-24*time.Hour)) ||
		!dateOnly(t) && !zoneless(t) && t.Before(res.PublishedAt.Add(-time.Hour))) {
		// (A first publication with its clock and zone need only be an
		// hour earlier: "Last updated: Mon 3 Mar 2025 09.15 GMT / First
		// published: Sun 2 Mar 2025 18.40 GMT" under a declared 09:15.)
		// The article says when it first came out: that is its
		// publication, whatever later date the page shows.
		res.PublishedAt, res.Provenance["published_at"] = &t, "visible:first-published"
	}
	if t := res.PublishedAt; t != nil && pubRaw != "" && ambiguousNumeric(pubRaw) {
		// A declared "11/01/2023 12:43:42" (a server's own order) where
		// the page shows only the other reading's day ("Erstellt am:
		// 01.11.2023"): the page settles the order.
		if s, ok := swapDayMonth(*t); ok && p.showsDay(s, us) && !p.showsDay(*t, us) {
			res.PublishedAt = &s
			res.Provenance["published_at"] += "+shown-order"
		}
	}
	if t := res.PublishedAt; t != nil && zoneless(*t) && (t.Hour() != 0 || t.Minute() != 0) {
		// A declared clock without a zone ("2025-03-05T07:15:00") that
		// the page shows with its zone ("5 मार्च 2025 07:15 (IST)",
		// "05/03/2025, 14:00 WIB"): the shown zone is the clock's.
		if v, ok := p.visibleClock(us); ok && !zoneless(v) && v.Year() == t.Year() && v.YearDay() == t.YearDay() &&
			v.Hour() == t.Hour() && v.Minute() == t.Minute() {
			res.PublishedAt = &v
			res.Provenance["published_at"] += "+shown-zone"
		}
	}
	if t := res.PublishedAt; t != nil && zoneless(*t) && (t.Hour() != 0 || t.Minute() != 0) {
		// A shown clock without a zone ("September 13, 2025 2:14 am")
		// that a machine stamp of the page writes at the same wall clock
		// with its offset (<time datetime="2025-09-13T02:14:00-07:00">):
		// the stamp's offset is the clock's.
		if z := p.stampZone(*t); z != nil {
			v := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, z)
			res.PublishedAt = &v
			res.Provenance["published_at"] += "+stamp-zone"
		}
	}
	p.checkResaved(us)
	p.checkStale(us)
	p.localDay()
	p.noteSpots(us)
}

// stampZone returns the zone of a machine stamp of the page (a <time>'s
// datetime, the JSON-LD or meta publication and modification times) that
// writes the wall clock of t, to the minute, with a zone offset; nil when
// none does or when two such stamps disagree on the offset.
func (p *page) stampZone(t time.Time) *time.Location {
	srcs := p.pageStamps(func(i int32) string {
		if p.inComments(i) {
			return ""
		}
		return machineStamp(p.nodes[i].n)
	})
	var zone *time.Location
	offset := 0
	for _, s := range srcs {
		v, ok := parseISO(strings.TrimSpace(s))
		if !ok || zoneless(v) || dateOnly(v) {
			continue
		}
		if v.Year() != t.Year() || v.YearDay() != t.YearDay() || v.Hour() != t.Hour() || v.Minute() != t.Minute() {
			continue
		}
		_, off := v.Zone()
		if zone != nil && off != offset {
			return nil
		}
		zone, offset = v.Location(), off
	}
	return zone
}

// maxSelfTeaser caps the text of the card around a link to the page
// itself that selfTeaserDate reads a date from.
const maxSelfTeaser = 300

// selfTeaserDate returns the date of the page's own teaser: a link to the
// page itself (its address or its canonical one) whose text is its title,
// in a card of a list of the site's stories that also gives the date. A
// site that shows no date on the story page often shows it there.
func (p *page) selfTeaserDate(us bool) (time.Time, bool) {
	if p.base == nil || p.res.Title == "" {
		return time.Time{}, false
	}
	self := map[string]bool{sameDocKey(p.base.String()): true}
	if c := p.res.CanonicalURL; c != "" {
		self[sameDocKey(c)] = true
	}
	nt := normTitle(p.res.Title)
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.n.DataAtom != atom.A || ni.flags&fSkip != 0 || !self[sameDocKey(p.abs(attr(ni.n, "href")))] {
			continue
		}
		// The link is the headline, or the whole card around a heading
		// that is ("<a><div>10.11.2021</div><h2>Headline</h2><p>…</a>").
		headline, from := p.nodeText(ni.n), ni.parent
		if normTitle(headline) != nt {
			if headline = p.titleHeadingIn(int32(i), nt); headline == "" {
				continue
			}
			from = int32(i)
		}
		// The smallest block around the link that holds a date: the card.
		for k, up := from, 0; k >= 0 && up < 4 && p.nodes[k].text <= maxSelfTeaser; k, up = p.nodes[k].parent, up+1 {
			t := p.nodeText(p.nodes[k].n)
			if !strings.ContainsAny(t, "0123456789") {
				continue
			}
			if v, ok := p.parseVisible(strings.Replace(t, headline, " ", 1), us); ok && plausibleDate(v) {
				return v, true
			}
		}
	}
	return time.Time{}, false
}

// showsDay reports whether a date element or a date line of the page
// gives t's day.
func (p *page) showsDay(t time.Time, us bool) bool {
	for _, i := range p.dateNodes {
		if s := p.dateNodeText(i); len(s) <= 100 {
			if v, ok := p.parseVisible(s, us); ok && sameDay(v, t) {
				return true
			}
		}
	}
	for _, s := range p.dateLines {
		if v, ok := p.parseVisible(s, us); ok && sameDay(v, t) {
			return true
		}
	}
	return false
}

// titleHeadingIn returns the text of a heading inside element i whose
// normalised text is nt (the page's title), "" when none is.
func (p *page) titleHeadingIn(i int32, nt string) string {
	for j := i + 1; j < p.nodes[i].end; j++ {
		switch p.nodes[j].n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if t := p.nodeText(p.nodes[j].n); normTitle(t) == nt {
				return t
			}
		}
	}
	return ""
}

// sameDocKey returns an address without its scheme, "www.", fragment and
// trailing slash, so that two spellings of one page's address compare equal.
func sameDocKey(u string) string {
	u, _, _ = strings.Cut(u, "#")
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	return strings.TrimSuffix(u, "/")
}

// removedDateLine returns the first date of the date lines taken out of
// the body.
func (p *page) removedDateLine(us bool) (time.Time, bool) {
	for _, t := range p.dateLines {
		if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) {
			return v, true
		}
	}
	return time.Time{}, false
}

// leadSeps end the date a story's first paragraph opens with.
var leadSeps = []string{" - ", " – ", " — ", " -- ", " „", " “", ` "`, "). ", ": ", " /"}

// leadDate returns the date a story's first paragraph opens with, as
// press releases and wire copy write it: "27.1.2022 - Bei der …",
// "01.02.2022 „Der Arbeitsmarkt …", "BERLIN, 3. März 2025 – …",
// "Karlsruhe, (12.11.2021). Traditionell …". A place may come before the
// date; nothing else may.
func (p *page) leadDate(us bool) (time.Time, bool) {
	text := p.res.Text
	var found time.Time
	dated := 0
	for k := 0; k < 3 && text != ""; {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		k++
		if t, ok := p.lineLeadDate(line, us); ok {
			if dated++; dated == 1 && k <= 2 {
				found = t
			}
		}
	}
	// Lines that each open with a date are a list (corrections, a
	// timeline), not a story's dateline.
	return found, dated == 1 && !found.IsZero()
}

// lineLeadDate returns the date one line opens with before a separator,
// a place allowed before it ("BERLIN, 3. März 2025 – ").
func (p *page) lineLeadDate(line string, us bool) (time.Time, bool) {
	end := -1
	for _, sep := range leadSeps {
		if i := strings.Index(line, sep); i > 0 && i <= 70 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return time.Time{}, false
	}
	head := line[:end]
	if _, date, ok := strings.Cut(head, " ("); ok && strings.HasSuffix(strings.TrimSpace(head), ")") {
		head = date // "CaseWire, New York (March 11, 2025, 9:05 PM EDT)"
	} else if place, date, ok := strings.Cut(head, ", "); ok && !hasASCIIDigit(place) && len(strings.Fields(place)) <= 3 {
		head = date // "BERLIN, 3. März 2025"
	}
	head = strings.Trim(head, " ()[]")
	if lh := strings.ToLower(head); len(head) > 40 || !looksLikeDateLine(lh) {
		return time.Time{}, false
	}
	if t, ok := p.parseVisible(head, us); ok && plausibleDate(t) {
		return t, true
	}
	return time.Time{}, false
}

// headlineDate returns a date shown inside the headline's element, beside
// the headline's own text, which must not hold it: "<h1>Zuschauer kehren
// zurück <small>02.02.2022 • Sport</small></h1>" dates the story, "<h1>Was
// der 3. März 2025 bringt</h1>" is a headline about a day.
func (p *page) headlineDate(us bool) (time.Time, bool) {
	i := p.headlineIdx()
	if i < 0 && p.res.Title != "" {
		// The date beside it keeps the heading from agreeing with the
		// title: the first <h1> that holds the title.
		nt := normTitle(p.res.Title)
		for _, k := range p.h1s {
			if p.nodes[k].flags&fSkip == 0 && p.nodes[k].text <= 300 && strings.Contains(normTitle(p.nodeText(p.nodes[k].n)), nt) {
				i = k
				break
			}
		}
	}
	if i < 0 || p.nodes[i].text > 300 {
		return time.Time{}, false
	}
	for c := p.nodes[i].n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		t := p.nodeText(c)
		lt := strings.ToLower(t)
		if t == "" || len(t) > 80 || !strings.ContainsAny(t, "0123456789") || strings.Contains(normTitle(p.res.Title), normTitle(t)) {
			continue
		}
		if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) && dateLed(lt) {
			return v, true
		}
	}
	return time.Time{}, false
}

// dateLed reports whether a short lower-case text starts with its date
// (after any label): "02.02.2022 • sport", "am 3. märz 2025".
func dateLed(lt string) bool {
	for _, f := range strings.Fields(lt) {
		if strings.ContainsAny(f, "0123456789") {
			return true
		}
		w := strings.Trim(f, ".,:")
		if _, ok := monthNames[w]; ok {
			return true
		}
		if !dateLabelWords[w] && !weekdays[w] {
			return false
		}
	}
	return false
}

// pageWideDate reports whether a publication date of this provenance
// belongs to the web page as a whole rather than to a story: a WebPage's
// JSON-LD date, or a "Last updated" stamp, which documentation, service
// and listing pages show as often as articles do. Neither is evidence
// that the page is an article.
func pageWideDate(prov string) bool {
	return prov == "jsonld:webpage" || prov == "visible:updated"
}

// urlDisagrees reports whether the page's URL carries a date on another
// day than t.
func (p *page) urlDisagrees(t time.Time) bool {
	if p.base == nil {
		return false
	}
	u, ok := urlDate(p.base.Path)
	return ok && !sameDay(u, t)
}

// dateAnchor returns the element a page's own date sits beside: the
// headline, else the start of the article body, else -1.
func (p *page) dateAnchor() int32 {
	if a := p.headlineIdx(); a >= 0 {
		return a
	}
	return p.mainIdx
}

// dist returns how many elements apart i and anchor are; with no anchor,
// the position of i (document order).
func dist(i, anchor int32) int32 {
	if anchor < 0 {
		return i
	}
	if i < anchor {
		return anchor - i
	}
	return i - anchor
}

// unixStamp reads a declared time written as Unix seconds or milliseconds
// ("1764925200", "1764925200000"), as some engines write datePublished.
func unixStamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if (len(s) != 10 && len(s) != 13) || !isDigits(s) {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

// swapDayMonth returns t with its day and month exchanged, when both are
// 12 or less (the other reading of an ambiguous numeric date).
func swapDayMonth(t time.Time) (time.Time, bool) {
	d, m := t.Day(), int(t.Month())
	if d > 12 || d == m {
		return t, false
	}
	return time.Date(t.Year(), time.Month(d), m, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location()), true
}

// dayFirstTLDs are the country domains of English-speaking countries that
// write the day before the month (05/06/2025 is 5 June).
var dayFirstTLDs = wordSet(`uk ie au nz za in ng ke gh pk sg my mt cy jm tt zw ug tz lk bd hk`)

// dayFirstHost reports whether the page's host is under a dayFirstTLDs
// domain, so that a page that says only "en" reads numeric dates day
// first.
func dayFirstHost(u *url.URL) bool {
	if u == nil {
		return false
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return dayFirstTLDs[h[strings.LastIndexByte(h, '.')+1:]]
}

// pageDateOrder returns the day-month order of the first visible numeric
// date on the page whose order is unambiguous (a part above 12).
func (p *page) pageDateOrder() string {
	check := func(s string) string {
		if len(s) > 100 {
			return ""
		}
		return numericOrder(s)
	}
	for _, i := range p.dateNodes {
		if o := check(p.nodeText(p.nodes[i].n)); o != "" {
			return o
		}
	}
	for _, s := range p.dateLines {
		if o := check(s); o != "" {
			return o
		}
	}
	// A date line beside the headline that no class marks ("<div
	// class=info><span>By …</span> <span>25/06/2025</span></div>").
	if anchor := p.dateAnchor(); anchor >= 0 {
		for i := max(0, anchor-nearTitleSpan); i < min(int32(len(p.nodes)), anchor+3*nearTitleSpan); i++ {
			if ni := &p.nodes[i]; ni.flags&fBlock != 0 && ni.ownText > 0 && ni.text <= 100 {
				if o := check(p.nodeText(ni.n)); o != "" {
					return o
				}
			}
		}
	}
	if lang := strings.ToLower(p.res.Language); lang == "" || lang == "en" {
		// English without a country: the way the page writes a date in
		// words tells its numeric dates' order ("Wednesday, 12 March
		// 2025" in an Australian masthead over "Posted 05/03/2025").
		for _, i := range p.dateNodes {
			if t := p.nodeText(p.nodes[i].n); len(t) <= 100 {
				if o := writtenOrder(t); o != "" {
					return o
				}
			}
		}
		for _, t := range p.dateLines {
			if o := writtenOrder(t); o != "" {
				return o
			}
		}
	}
	return ""
}

// writtenOrder returns "dmy" for a date written in English words with its
// day before the month ("12 March 2025"), "mdy" for one with the day after
// it ("March 12, 2025"), "" when s has neither.
func writtenOrder(s string) string {
	var buf [maxDateToks]dateTok
	toks := tokenizeDate(s, buf[:0])
	day := func(t dateTok) bool { return t.isNum && t.digs <= 2 && t.num >= 1 && t.num <= 31 }
	year := func(t dateTok) bool { return t.isNum && t.digs == 4 }
	month := func(t dateTok) bool {
		_, ok := englishMonths[strings.ToLower(strings.TrimSuffix(t.s, "."))]
		return !t.isNum && ok
	}
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i], toks[i+1], toks[i+2]
		switch {
		case day(a) && month(b) && year(c):
			return "dmy"
		case month(a) && day(b) && year(c):
			return "mdy"
		}
	}
	return ""
}

// englishMonths are the English month names and their short forms.
var englishMonths = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// parseVisible reads a date shown on the page: an absolute date, else a
// relative one ("2 hours ago", "gestern") or one without its year ("3.
// März, 18:24", "3月3日") against the fetch time.
func (p *page) parseVisible(s string, us bool) (time.Time, bool) {
	if len(s) <= 200 && birthLine(strings.TrimSpace(s)) {
		// "Geboren: 12 mei 1999": a rider's birth, not the page's date.
		return time.Time{}, false
	}
	if len(s) <= 200 {
		// "Published 5 March 2025 – Updated 9.42pm GMT, 7 March 2025":
		// the publication's date, without the update's clock.
		if lt := strings.ToLower(s); len(lt) == len(s) {
			if k := labelAtWord(lt, updateLabels, 1); k > 0 {
				if t, ok := parseDate(s[:k], us); ok {
					return t, true
				}
			}
		}
	}
	if t, ok := parseDate(s, us); ok {
		return t, true
	}
	if t, ok := relativeDate(s, p.now); ok {
		return t, true
	}
	return yearlessDate(s, p.now, us)
}

// issueWords name a print issue in a line that dates it.
var issueWords = []string{"n°", "nº", "no.", "nr.", "issue", "ausgabe", "heft", "édition", "numéro", "numero", "número",
	"edición", "edizione", "edição", "nummer", "utgåva", "wydanie", "выпуск"}

// issueDate returns the day of the print issue a line beside the headline
// names: a short element, a link included, that holds an issue word and a
// date with its day.
func (p *page) issueDate(us bool) (time.Time, bool) {
	anchor := p.dateAnchor()
	if anchor < 0 {
		return time.Time{}, false
	}
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = p.nodes[p.mainIdx].end
	}
	for i := max(0, anchor-nearTitleSpan); i < min(end, anchor+3*nearTitleSpan); i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.flags&fBlock == 0 || ni.text == 0 || ni.text > 100 || p.inPageChrome(i) || p.inComments(i) {
			continue
		}
		t := p.nodeText(ni.n)
		if !containsAny(strings.ToLower(t), issueWords) {
			continue
		}
		if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) {
			return v, true
		}
	}
	return time.Time{}, false
}

// birthLabels open a line that gives someone's birth (a player's or a
// rider's profile), lower case.
var birthLabels = []string{"born", "date of birth", "birth date", "geboren", "geburtsdatum", "geb.", "geboortedatum",
	"né le", "née le", "date de naissance", "fecha de nacimiento", "nacimiento", "nacido", "nacida", "data di nascita",
	"nato il", "nata il", "data de nascimento", "nascido", "nascida", "data urodzenia", "urodzony", "urodzona",
	"дата рождения", "родился", "родилась", "doğum tarihi", "生年月日", "出生日期", "생년월일"}

// birthLine reports whether s opens with one of birthLabels, in any case,
// ending there at a non-letter.
func birthLine(s string) bool {
	for _, l := range birthLabels {
		if len(s) < len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[len(l):]); r == utf8.RuneError || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// inTeaserBoilerplate reports whether element i sits in page chrome or in
// a block judged boilerplate (related stories, comments, promotions). The
// article's own meta line does not count: the words that mark a byline or
// a date line ("meta", "dateline", "byline") mark boilerplate for the
// body, but a <time> inside is the article's time, not a teaser's.
func (p *page) inTeaserBoilerplate(i int32) bool {
	for k := i; k >= 0; k = p.nodes[k].parent {
		f := p.nodes[k].flags
		if f&fBoilTag != 0 {
			return true
		}
		if f&fBoil == 0 {
			continue
		}
		// The flag passes down to descendants: the element that set it
		// is the one whose parent has not.
		if up := p.nodes[k].parent; up >= 0 && p.nodes[up].flags&fBoil != 0 {
			continue
		}
		if h := p.headlineIdx(); h > k && h < p.nodes[k].end {
			// The story's own header ("<header class=post-view__header>"
			// holding the date line and the headline).
			continue
		}
		if !metaLineClass(p.nodes[k].n) && !p.postFooter(k) {
			return true
		}
	}
	return false
}

// postFooterClasses name a post's own footer, where blog engines put the
// byline and the time after the text ("<p class=post-footer>posted by …
// at 10:15</p>" of Blogger, "entry-footer" of WordPress themes).
var postFooterClasses = wordSet(`post-footer entry-footer article-footer story-footer post-meta-footer`)

// postFooter reports whether element k is the footer of the post whose
// headline its parent holds: the story's own, not a teaser's or a
// comment's.
func (p *page) postFooter(k int32) bool {
	if !slices.ContainsFunc(strings.Fields(strings.ToLower(attr(p.nodes[k].n, "class"))), func(c string) bool { return postFooterClasses[c] }) {
		return false
	}
	up := p.nodes[k].parent
	h := p.headlineIdx()
	return up >= 0 && h > up && h < p.nodes[up].end
}

// metaLineWords name an article's byline and date line in class names.
var metaLineWords = wordSet(`meta date dateline timestamp byline author info time published pubdate`)

// metaLineClass reports whether n's class and id name a byline or date
// line and no other boilerplate ("article-meta", "dateline",
// "BylineBlock"; not "meta sidebar").
func metaLineClass(n *html.Node) bool {
	meta := false
	for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch {
		case metaLineWords[w]:
			meta = true
		case strongBoilWords[w] || weakBoilWords[w] || exactWeakWords[w]:
			return false
		case strings.Contains(w, "byline") || strings.Contains(w, "dateline") || strings.Contains(w, "timestamp"):
			// A compound name ("ssrcss-1i4ie53-BylineBlock"): "byline"
			// inside a word marks boilerplate (strongSubstrings), and
			// a byline block here.
			meta = true
		}
	}
	return meta
}

// inPageChrome reports whether element i sits in the page's own header,
// navigation or footer (not an article's header).
func (p *page) inPageChrome(i int32) bool {
	head := int32(-2)
	for k := i; k >= 0; k = p.nodes[k].parent {
		if p.nodes[k].flags&fBoilTag == 0 {
			continue
		}
		if p.nodes[k].n.DataAtom == atom.Header {
			// A <header> that holds the headline is the article's
			// header (kicker, date, byline), not the site's masthead.
			if head == -2 {
				head = p.headlineIdx()
			}
			if head > k && head < p.nodes[k].end {
				continue
			}
		}
		if p.nodes[k].n.DataAtom == atom.Footer && p.ownFooter(k) {
			continue
		}
		return true
	}
	return false
}

// ownFooter reports whether the <footer> element f is the article's own
// (its byline and date after the story), not the site's: it sits inside
// the <article> that holds the headline or the body.
func (p *page) ownFooter(f int32) bool {
	for a := p.nodes[f].parent; a >= 0; a = p.nodes[a].parent {
		if p.nodes[a].n.DataAtom != atom.Article {
			continue
		}
		in := func(i int32) bool { return i > a && i < p.nodes[a].end }
		return in(p.mainIdx) || p.mainIdx == a || in(p.headlineIdx())
	}
	return false
}

// inOwnFooter reports whether element i is inside the article's own
// <footer> (ownFooter).
func (p *page) inOwnFooter(i int32) bool {
	for k := i; k >= 0; k = p.nodes[k].parent {
		if p.nodes[k].n.DataAtom == atom.Footer {
			return p.ownFooter(k)
		}
	}
	return false
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
		s := p.nodeText(p.nodes[i].n)
		if len(s) > 100 || p.inPageChrome(i) || hasLabelPrefix(strings.ToLower(s), updateLabels) {
			continue // (an update's clock is not the publication's)
		}
		if v, ok := p.parseVisible(s, us); ok && hasClock(v) {
			return v, true
		}
	}
	for _, s := range p.dateLines {
		if hasLabelPrefix(strings.ToLower(s), updateLabels) {
			continue
		}
		if v, ok := p.parseVisible(s, us); ok && hasClock(v) {
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
	t, _, ok := p.headerLine(us)
	return t, ok
}

// headerLine is headerDate that also returns how many elements the block
// is after the headline.
func (p *page) headerLine(us bool) (time.Time, int32, bool) {
	head := p.headlineIdx()
	if head < 0 {
		return time.Time{}, 0, false
	}
	blocks := 0
	var updated time.Time
	updDist := int32(-1)
	for i := p.nodes[head].end; i < int32(len(p.nodes)) && blocks < 12; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 {
			continue
		}
		var text string
		if ni.ownText-ni.ownLink >= goodMinLong {
			// A paragraph: the body has started, unless it is a meta line
			// with a date ("From Courier · Posted 18 May 2024 · by A, B
			// and C").
			if ni.text > 160 || ni.flags&fBlock == 0 {
				break
			}
			if text = p.nodeText(ni.n); !metaLine(strings.ToLower(text)) {
				break
			}
		}
		blocks++
		if ni.flags&fBlock == 0 || ni.text > 160 {
			continue
		}
		if text == "" {
			text = p.nodeText(ni.n)
		}
		if ni.flags&fHeading != 0 && ni.n.DataAtom != atom.H1 && !looksLikeDateLine(strings.ToLower(text)) {
			continue // a standfirst that names a day ("Inloopavond op 2 april"), not a date line
		}
		upd := false
		if pub, ok := publishedAfterUpdate(text); ok {
			text = pub
		} else if pub, ok := publicationPart(text); ok {
			text = pub
		} else {
			upd = hasLabelPrefix(strings.ToLower(text), updateLabels)
		}
		if v, ok := p.parseVisible(text, us); ok && plausibleDate(v) {
			if !upd {
				return v, i - head, true
			}
			if updDist < 0 {
				// "Updated …" before the byline and date: the line
				// after it is the publication's, if there is one.
				updated, updDist = v, i-head
			}
		}
	}
	if updDist >= 0 {
		return updated, updDist, true
	}
	return time.Time{}, 0, false
}
