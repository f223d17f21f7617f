package extract

// This file weighs date sources against each other after the first pick:
// the label in front of a <time>, a declared date that is only the last
// save of the page, and the local day of a time given in UTC.

import (
	"bytes"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// timeLabel returns "published" or "updated" when the text just before a
// date element labels it ("Published", "Last updated on"), "" otherwise.
func (p *page) timeLabel(n *html.Node) string {
	before := strings.ToLower(precedingText(n, 48))
	pub, upd := lastLabel(before, publishLabels), lastLabel(before, updateLabels)
	switch {
	case pub < 0 && upd < 0:
		return ""
	case pub > upd:
		return "published"
	default:
		return "updated"
	}
}

// lastLabel returns the position of the last label found in s, -1 when
// none is.
func lastLabel(s string, labels []string) int {
	best := -1
	for _, l := range labels {
		if i := strings.LastIndex(s, l); i > best {
			best = i
		}
	}
	return best
}

// precedingText returns up to max bytes of the text that comes before n in
// document order, within its parent and grandparent.
func precedingText(n *html.Node, max int) string {
	var parts []string
	size := 0
	cur := n
	for level := 0; level < 3 && cur != nil && size < max; level++ {
		for s := cur.PrevSibling; s != nil && size < max; s = s.PrevSibling {
			t := strings.TrimSpace(textOf(s))
			if s.Type == html.TextNode {
				t = strings.TrimSpace(s.Data)
			}
			if t == "" {
				continue
			}
			parts = append(parts, t)
			size += len(t) + 1
		}
		cur = cur.Parent
	}
	// parts run backwards from n.
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		b.WriteByte(' ')
	}
	s := b.String()
	if len(s) > max {
		s = s[len(s)-max:]
	}
	return s
}

// checkResaved replaces a declared publication time that is only the
// page's last save by the date the page shows: when the declared
// published and modified times are within an hour of each other (a CMS
// that stamps both on every save) and the article shows an earlier day,
// the shown day is the publication.
func (p *page) checkResaved(us bool) {
	res := p.res
	prov := res.Provenance["published_at"]
	if res.PublishedAt == nil || (prov != "jsonld" && !strings.HasPrefix(prov, "meta:")) {
		return
	}
	if res.ModifiedAt != nil {
		if d := res.PublishedAt.Sub(*res.ModifiedAt); d > time.Hour || d < -time.Hour {
			return
		}
	}
	shown, ok := p.shownDate(us)
	if ok && sameDay(shown, *res.PublishedAt) && p.stampIsToday(us) {
		// The date element shown was the masthead's today: the story's
		// own date line is the one beside its headline.
		shown, ok = p.nearTitleDate(us)
	}
	if !ok || res.PublishedAt.Sub(shown) > 3*365*24*time.Hour {
		return
	}
	if res.ModifiedAt == nil && res.PublishedAt.Sub(shown) < 7*24*time.Hour && !p.stampIsToday(us) {
		// Declared without a modified time, the stamp may be the build's
		// (a static site regenerated months later): only a shown day a
		// week or more before it says so, or a masthead's "today" on the
		// declared day (the page was stamped when it was rendered).
		return
	}
	if p.base != nil {
		// The address files the story under the declared date's month
		// ("/2019/10/slug"): a date shown in another month is someone
		// else's (a related story's, a comment's).
		if y, m, ok := urlMonth(p.base.Path); ok {
			py, pm, _ := res.PublishedAt.Date()
			sy, sm, _ := shown.Date()
			if py == y && pm == m && (sy != y || sm != m) {
				return
			}
		}
	}
	if dateOnly(shown) {
		// A day without a clock time is the publisher's day: it is earlier
		// only if it is before the declared time's day in its own zone (an
		// evening story in New York is on the next day in UTC).
		decl := *res.PublishedAt
		if _, off := decl.Zone(); off == 0 && decl.Hour() < 12 {
			// Declared in UTC, the local day may be the one before (a
			// 21:10 story in New York is at 02:10 UTC): the instant
			// stands, shown in a zone behind UTC that puts it on the
			// shown day (the first whole hour that does).
			prev := decl.Add(-time.Duration(decl.Hour()+1) * time.Hour)
			if sameDay(shown, prev) {
				local := decl.In(time.FixedZone("", -(decl.Hour()+1)*3600))
				res.PublishedAt, res.Provenance["published_at"] = &local, prov+"+shown-day"
				return
			}
		}
		py, pm, pd := decl.Date()
		if !shown.Before(time.Date(py, pm, pd, 0, 0, 0, 0, shown.Location())) {
			return
		}
	} else if !shown.Before(res.PublishedAt.Add(-24*time.Hour)) && !(shown.Before(*res.PublishedAt) && p.stampIsUpdate(us)) {
		// (Within a day, the declared time must be the one the page
		// shows as its update: "입력 2025-02-27 23:40 · 수정 2025-02-28
		// 09:00" under a declared 09:00.)
		return
	}
	res.PublishedAt, res.Provenance["published_at"] = &shown, "visible:resaved-"+prov
}

// staleAge is how much later than a declared publication the date line
// beside the headline must be for the declaration to be a template's
// stamp rather than the story's.
const staleAge = 365 * 24 * time.Hour

// staleLineDist is how many elements from the headline the date line
// that outdates a declared stamp may be: the story's own, not a teaser's
// further down.
const staleLineDist = 24

// checkStale replaces a declared publication time that the page
// contradicts by the date line beside its headline: a line that shows a
// day a year or more after a stamp the page declares once (no
// modification, or one within a day of it) says the stamp is the
// template's (its build time, the site's launch day, a theme's demo date,
// the same on every story), not the story's. A page that declares a later
// modification, a line that says it is an update ("— Updated on March 7,
// 2025"), or an address that files the story under the declared day keeps
// the declaration: an old guide shows when it was last revised.
func (p *page) checkStale(us bool) {
	res := p.res
	prov := res.Provenance["published_at"]
	if res.PublishedAt == nil || (prov != "jsonld" && !strings.HasPrefix(prov, "meta:")) {
		return
	}
	decl := *res.PublishedAt
	if m := res.ModifiedAt; m != nil && m.Sub(decl).Abs() > 24*time.Hour {
		return
	}
	shown, dist, ok := p.nearTitleLine(us)
	if !ok || dist > staleLineDist || !plausibleDate(shown) || p.shownAsUpdate(shown, us) {
		return
	}
	if !p.now.IsZero() && p.now.Sub(shown).Abs() < 48*time.Hour {
		// "2 jam lalu" in a list of the latest stories beside an
		// unread date line: a fresh time is no template's tell.
		return
	}
	if p.base != nil {
		if u, ok := urlDate(p.base.Path); ok && sameDay(u, decl) {
			return
		}
	}
	if shown.Sub(decl) <= staleAge {
		return
	}
	res.PublishedAt, res.Provenance["published_at"] = &shown, "visible:near-title+stale-"+prov
}

// shownAsUpdate reports whether a short line near the headline names an
// update anywhere in it ("Medically reviewed by X — Updated on March 7,
// 2025") and shows day t.
func (p *page) shownAsUpdate(t time.Time, us bool) bool {
	anchor := p.dateAnchor()
	if anchor < 0 {
		return false
	}
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = min(end, p.nodes[p.mainIdx].end)
	}
	for i := max(0, anchor-nearTitleSpan); i < min(end, anchor+3*nearTitleSpan); i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 || ni.text > 3*maxHeadlineLine {
			continue
		}
		lt := strings.ToLower(p.nodeText(ni.n))
		k := labelAtWord(" "+lt, updateLabels, 1)
		if k < 0 {
			continue
		}
		if v, ok := p.parseVisible(lt[k-1:], us); ok && sameDay(v, t) {
			return true
		}
	}
	return false
}

// stampIsToday reports whether the declared publication is a bare day that
// the page's masthead shows as today ("2025年3月5日 星期三" above an
// article dated 3 March): the date the page was rendered, not written.
func (p *page) stampIsToday(us bool) bool {
	t := p.res.PublishedAt
	if t == nil || t.Hour() != 0 || t.Minute() != 0 {
		return false
	}
	head := p.headlineIdx()
	for _, i := range p.dateNodes {
		if head >= 0 && i > head {
			break
		}
		if !p.inPageChrome(i) && (p.mainIdx < 0 || i >= p.mainIdx) {
			continue // (a masthead is the page's header, or above the story's container)
		}
		if v, ok := p.parseVisible(p.dateNodeText(i), us); ok {
			return sameDay(v, *t)
		}
	}
	return false
}

// stampIsUpdate reports whether the declared publication time is, to the
// minute, the one the page shows as its last update.
func (p *page) stampIsUpdate(us bool) bool {
	t := p.res.PublishedAt
	if t == nil {
		return false
	}
	same := func(u time.Time) bool {
		return !dateOnly(u) && u.Year() == t.Year() && u.YearDay() == t.YearDay() && u.Hour() == t.Hour() && u.Minute() == t.Minute()
	}
	if u, ok := p.updatedLine(us); ok && same(u) {
		return true
	}
	for _, i := range p.times {
		// "Mis à jour le <time class=updated datetime=…>".
		n := p.nodes[i].n
		if p.timeLabel(n) != "updated" && !hasToken(attr(n, "class"), "updated") && !strings.EqualFold(attr(n, "itemprop"), "dateModified") {
			continue
		}
		dt := attr(n, "datetime")
		if dt == "" {
			dt = p.nodeText(n)
		}
		if u, ok := p.parseVisible(dt, us); ok && same(u) {
			return true
		}
	}
	for _, i := range p.dateNodes {
		// "입력 2025-02-27 23:40:00 수정 2025-02-28 09:00:12": the update
		// inside the publication's line.
		s := p.dateNodeText(i)
		ls := strings.ToLower(s)
		if len(s) > 120 || len(ls) != len(s) || p.inPageChrome(i) {
			continue
		}
		if k := labelAtWord(ls, updateLabels, 1); k >= 0 {
			if u, ok := p.parseVisible(s[k:], us); ok && same(u) {
				return true
			}
		}
	}
	return false
}

// dateOnly reports whether t is a day without a clock time and zone, as
// parsed from "April 24, 2024".
func dateOnly(t time.Time) bool {
	return zoneless(t) && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0
}

// shownDate returns the publication date the article shows its reader: a
// <time> marked as the publication, else a date element outside the page
// chrome, else a date in the article header.
func (p *page) shownDate(us bool) (time.Time, bool) {
	for _, i := range p.times {
		n := p.nodes[i].n
		if _, ok := attrOK(n, "pubdate"); !ok && !strings.EqualFold(attr(n, "itemprop"), "datePublished") && p.timeLabel(n) != "published" {
			continue
		}
		dt := attr(n, "datetime")
		if dt == "" {
			dt = p.nodeText(n)
		}
		if t, ok := p.parseVisible(dt, us); ok && plausibleDate(t) {
			return t, true
		}
	}
	// The date element nearest the headline (a ticker's or a sidebar's
	// come first in the page), unless the article header's own date line
	// is nearer.
	var best time.Time
	bestDist, anchor := int32(-1), p.dateAnchor()
	for _, i := range p.dateNodes {
		s := p.dateNodeText(i)
		if len(s) > 100 || p.inPageChrome(i) || (p.mainIdx >= 0 && i >= p.nodes[p.mainIdx].end) {
			continue // long, the page's own chrome, or after the article (teasers)
		}
		if hasLabelPrefix(strings.ToLower(s), updateLabels) {
			continue
		}
		if t, ok := p.parseVisible(s, us); ok && plausibleDate(t) {
			if d := dist(i, anchor); bestDist < 0 || d < bestDist {
				best, bestDist = t, d
			}
		}
	}
	if t, d, ok := p.headerLine(us); ok && (bestDist < 0 || d < bestDist) {
		return t, true
	}
	return best, bestDist >= 0
}

// localDay expresses a publication time the page declared in UTC in the
// zone the page's other times carry (WordPress writes its meta tags in UTC
// and its <time> elements in the site's zone), so that the day is the
// publisher's local day. The instant does not change.
func (p *page) localDay() {
	t := p.res.PublishedAt
	if t == nil {
		return
	}
	if zoneless(*t) {
		p.zonelessDeclared()
		return
	}
	if _, off := t.Zone(); off != 0 {
		return
	}
	var zone *time.Location
	offset, seen := 0, false
	consider := func(s string) bool {
		v, ok := parseISO(strings.TrimSpace(s))
		if !ok || zoneless(v) {
			return true
		}
		_, off := v.Zone()
		if off == 0 {
			return true // UTC, GMT or Z: no local zone
		}
		if seen && off != offset {
			return false // the page mixes zones: keep UTC
		}
		offset, seen, zone = off, true, v.Location()
		return true
	}
	srcs := p.pageStamps(func(i int32) string { return attr(p.nodes[i].n, "datetime") })
	for _, s := range srcs {
		if s != "" && !consider(s) {
			return
		}
	}
	prov := "+zone"
	if zone == nil {
		zone = p.sourceInstantZone(*t)
	}
	if zone == nil {
		zone = p.shownZone(*t)
	}
	if zone == nil {
		// No time on the page carries a zone: the zone of the country
		// the site publishes in, where it is one.
		if zone = p.countryZone(*t); zone == nil {
			if zone = p.shownNextDayZone(*t); zone != nil {
				l := t.In(zone)
				p.res.PublishedAt = &l
				p.res.Provenance["published_at"] += "+shown-day"
			}
			return
		}
		if _, off := t.In(zone).Zone(); off == 0 {
			return // the country keeps UTC then: nothing to say
		}
		if p.shownUTCDay(*t, zone) {
			return
		}
		prov = "+country-zone"
	}
	l := t.In(zone)
	p.res.PublishedAt = &l
	p.res.Provenance["published_at"] += prov
}

// zonelessDeclared reads a publication time declared without its zone
// ("2025-03-10T20:00:00") as UTC when the page shows its clock some whole
// hours off ("March 11 2025 - 7:00am"): the engine dropped the zone of a
// UTC stamp, and the shown clock is the publisher's local time.
func (p *page) zonelessDeclared() {
	t := p.res.PublishedAt
	prov := p.res.Provenance["published_at"]
	if prov != "jsonld" && !strings.HasPrefix(prov, "meta:") || t.Hour() == 0 && t.Minute() == 0 {
		return
	}
	utc := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	if zone := p.shownZone(utc); zone != nil {
		l := utc.In(zone)
		p.res.PublishedAt = &l
		p.res.Provenance["published_at"] += "+utc-shown-zone"
	}
}

// maxPageStamps bounds the <time> elements pageStamps reads.
const maxPageStamps = 20

// pageStamps returns the publication and modification times the page's
// JSON-LD and meta tags declare, then what read returns for each of its
// first maxPageStamps <time> elements ("" to skip one).
func (p *page) pageStamps(read func(i int32) string) []string {
	srcs := []string{p.ld.published, p.ld.modified, p.meta["article:published_time"], p.meta["article:modified_time"], p.meta["og:updated_time"]}
	for k, i := range p.times {
		if k >= maxPageStamps {
			break
		}
		srcs = append(srcs, read(i))
	}
	return srcs
}

// resultUS reports whether the result so far reads ambiguous numeric
// dates month first: its date order is "mdy", or its language is US
// English.
func (p *page) resultUS() bool {
	return p.res.DateOrder == "mdy" || strings.HasSuffix(strings.ToLower(p.res.Language), "-us")
}

// shownNextDayZone returns a zone ahead of UTC for an evening instant t in
// UTC that a <time> of the page renders, as a day without a clock, on the
// next day (a 21:30Z story in Dar es Salaam in <time
// datetime="2025-03-03T21:30:00Z">Jumanne, Machi 04, 2025</time>; a Ghost
// post declared at 23:10Z in <time datetime="2025-03-15">15 mar
// 2025</time>): the first whole hour ahead that puts t on the shown day.
// The instant stands; nil when no <time> renders it so.
func (p *page) shownNextDayZone(t time.Time) *time.Location {
	u := t.UTC()
	if u.Hour() < 10 {
		return nil // no zone is far enough ahead
	}
	us := p.resultUS()
	next := u.AddDate(0, 0, 1)
	for k, i := range p.times {
		if k >= 20 {
			break
		}
		// The page's own rendering of the instant: a <time> whose stamp
		// is t itself, or the next day without a clock, and whose text
		// is that next day.
		n := p.nodes[i].n
		dt := strings.TrimSpace(machineStamp(n))
		if dt == "" || p.inComments(i) {
			continue
		}
		v, ok := parseISO(dt)
		if !ok || !v.Equal(t) && !(dateOnly(v) && sameDay(v, next)) {
			continue
		}
		if shown, ok := p.parseVisible(p.nodeText(n), us); ok && dateOnly(shown) && sameDay(shown, next) {
			return time.FixedZone("", (24-u.Hour())*3600)
		}
	}
	return nil
}

// maxSourceStamps bounds how many timestamps sourceInstantZone reads.
const maxSourceStamps = 64

// sourceInstantZone looks through the page source, scripts included, for
// the instant t written with a zone offset (an analytics block's
// "'Publish Hour of Day' : '2023-11-08T17:49:09-08:00'" beside a
// datePublished in UTC): that offset is the publisher's. Nil when the
// source has no such stamp.
func (p *page) sourceInstantZone(t time.Time) *time.Location {
	u := t.UTC()
	read := 0
	for _, d := range []time.Time{u.AddDate(0, 0, -1), u, u.AddDate(0, 0, 1)} {
		key := d.AppendFormat(nil, "2006-01-02T")
		for from := 0; read < maxSourceStamps; {
			i := bytes.Index(p.source[from:], key)
			if i < 0 {
				break
			}
			i += from
			end := i + len(key)
			for end < len(p.source) && end-i < 35 && strings.IndexByte("0123456789:.+-Z", p.source[end]) >= 0 {
				end++
			}
			from, read = end, read+1
			v, ok := parseISO(string(p.source[i:end]))
			if !ok || zoneless(v) {
				continue
			}
			if _, off := v.Zone(); off != 0 && v.Sub(t).Abs() < time.Minute {
				return v.Location()
			}
		}
	}
	return nil
}

// publicationPart returns the part of a line that a publication label
// starts, when the line also names an update: a byline, then "updated:
// …", then "published: …". It needs the label at a word's start.
func publicationPart(t string) (string, bool) {
	lt := strings.ToLower(t)
	if len(lt) != len(t) || lastLabel(lt, updateLabels) < 0 {
		return "", false
	}
	for i := labelAtWord(lt, publishLabels, 1); i >= 0; i = labelAtWord(lt, publishLabels, i+1) {
		if _, ok := parseDate(t[i:], false); ok {
			return t[i:], true
		}
	}
	return "", false
}

// shownZone returns the zone in which the page shows the instant t: a
// date and clock on the page, naming no zone, that read t's UTC time
// shifted by whole quarter hours, less than 12 hours back (a clock of
// twelve hours without its "p.m." reads 12 hours back) to 14 ahead ("19. marts
// 2025 kl. 00.25" shown beside a datePublished of 2025-03-18T23:25:00Z is
// one hour ahead). Nil when the page shows no such clock.
func (p *page) shownZone(t time.Time) *time.Location {
	us := p.resultUS()
	check := func(s string, t time.Time) *time.Location {
		if len(s) > 100 || hasLabelPrefix(strings.ToLower(s), updateLabels) {
			return nil
		}
		v, ok := p.parseVisible(s, us)
		if !ok || !zoneless(v) || v.Hour() == 0 && v.Minute() == 0 {
			return nil
		}
		wall := time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), 0, 0, time.UTC)
		d := wall.Sub(t.UTC().Truncate(time.Minute))
		if d == 0 || d%(15*time.Minute) != 0 || d <= -12*time.Hour || d > 14*time.Hour {
			return nil
		}
		return time.FixedZone("", int(d/time.Second))
	}
	for k, i := range p.times {
		if k >= 20 {
			break
		}
		// A <time> with a stamp of its own shows that stamp (an
		// update's clock is not the publication's); one without shows t
		// unless it is labelled as an update.
		n := p.nodes[i].n
		own := t
		if dt := machineStamp(n); dt != "" {
			v, ok := parseISO(strings.TrimSpace(dt))
			if !ok || zoneless(v) {
				continue
			}
			if _, off := v.Zone(); off != 0 {
				continue // it names its zone: localDay read it already
			}
			own = v
		} else if p.timeLabel(n) == "updated" {
			continue
		}
		if z := check(p.nodeText(n), own); z != nil {
			return z
		}
	}
	for k, i := range p.dateNodes {
		if k >= 20 {
			break
		}
		if z := check(p.dateNodeText(i), t); z != nil {
			return z
		}
	}
	for _, s := range p.dateLines {
		if z := check(s, t); z != nil {
			return z
		}
	}
	return nil
}

// shownUTCDay reports whether the page shows the day of t in UTC where
// the zone would make it another: a <time> stamped with t whose text
// gives the UTC day ("<time datetime="2023-10-10T23:25:44+00:00">Oct 10,
// 2023</time>"), so the site writes its days in UTC.
func (p *page) shownUTCDay(t time.Time, zone *time.Location) bool {
	if sameDay(t.UTC(), t.In(zone)) {
		return false
	}
	for k, i := range p.times {
		if k >= 20 {
			break
		}
		n := p.nodes[i].n
		v, ok := parseISO(strings.TrimSpace(attr(n, "datetime")))
		if !ok || zoneless(v) || v.Sub(t).Abs() >= time.Minute {
			continue
		}
		if shown, ok := parseDate(p.nodeText(n), false); ok && sameDay(shown, t.UTC()) {
			return true
		}
	}
	return false
}

// genericTLDs are country domains sold to anyone (a ".co" startup, a ".me"
// blog): they say nothing of where a site publishes.
var genericTLDs = map[string]bool{"co": true, "me": true, "tv": true, "fm": true, "io": true, "ai": true, "ly": true, "to": true, "ws": true, "cc": true}

// countryZone returns the zone the site's country keeps at instant t (see
// countryZones): the country of its host's top-level domain, else the
// region of the page's language tag or og:locale ("es-AR", "pt_BR"); nil
// when neither names one.
func (p *page) countryZone(t time.Time) *time.Location {
	country := ""
	if p.base != nil {
		host := strings.TrimSuffix(strings.ToLower(p.base.Hostname()), ".")
		if dot := strings.LastIndexByte(host, '.'); dot >= 0 && !genericTLDs[host[dot+1:]] {
			if _, ok := countryZones[host[dot+1:]]; ok {
				country = host[dot+1:]
			}
		}
	}
	if country == "" {
		for _, tag := range []string{p.lang, p.meta["og:locale"]} {
			if i := strings.IndexAny(tag, "-_"); i > 0 {
				if r := strings.ToLower(tag[i+1:]); len(r) == 2 {
					if _, ok := countryZones[r]; ok {
						country = r
						break
					}
				}
			}
		}
	}
	z, ok := countryZones[country]
	if !ok {
		return nil
	}
	off := z.offset
	if z.euSummer && euSummerTime(t) {
		off += 3600
	}
	return time.FixedZone("", off)
}

// nearTitleDate returns the date shown in a short date line nearest the
// headline ("Updated Feb 11, 2026", "blog | February 01, 2022", "January
// 23, 2025" above the headline), outside the page chrome and before the
// teasers after the article. A line labelled as the publication wins over
// a nearer one labelled as an update.
func (p *page) nearTitleDate(us bool) (time.Time, bool) {
	t, _, ok := p.nearTitleLine(us)
	return t, ok
}

// dateLineOrRelative reports whether a short line (lower case) is a date
// line, or a relative time ("2 uur geleden", "5小时前") that the fetch time
// dates.
func (p *page) dateLineOrRelative(lt string) bool {
	if looksLikeDateLine(lt) {
		return true
	}
	if p.now.IsZero() {
		return false
	}
	if _, ok := yearlessDate(lt, p.now, false); ok && otherDateWords(lt) == 0 {
		// A date without its year, and nothing else: "Tuesday, March
		// 04 @ 10:15:32 GMT", not "Inloopavond op 2 april".
		return true
	}
	if len(lt) > 48 {
		return false
	}
	_, ok := relativeDate(lt, p.now)
	return ok
}

// dateLinePart returns the part of a short line that is a date line: the
// line itself, else the date after the names of a byline that gives it
// behind a preposition ("Posted by admin on Tuesday, March 04 @ 10:15:32
// GMT (112 reads)"); "" when there is none.
func (p *page) dateLinePart(t string) (string, string) {
	if lt := strings.ToLower(t); p.dateLineOrRelative(lt) {
		return t, lt
	}
	if part := postedOnPart(t); part != "" {
		if lp := strings.ToLower(part); p.dateLineOrRelative(lp) {
			return part, lp
		}
	}
	return "", ""
}

// postedOnPart returns what follows the last date preposition ("on", "am",
// "le", "el", "il", "em", "op") of a line that opens with a byline or
// publication label ("Posted by admin on Tuesday, March 04 @ 10:15:32 GMT
// (112 reads)", "von Jana Berg am 4. März 2025"), cut at a bracket or a
// bar; "" when the line is no such byline.
func postedOnPart(t string) string {
	if len(t) > maxHeadlineLine {
		return ""
	}
	lt := strings.ToLower(t)
	if len(lt) != len(t) || !hasLabelPrefix(lt, publishLabels) && !hasLabelPrefix(lt, bylineLabels) {
		return ""
	}
	at := -1
	for _, prep := range datePrepositions {
		if k := strings.LastIndex(lt, prep); k > at {
			at = k + len(prep)
		}
	}
	if at < 0 {
		return ""
	}
	part := t[at:]
	if k := strings.IndexAny(part, "(|["); k >= 0 {
		part = part[:k]
	}
	return strings.TrimSpace(part)
}

// datePrepositions set a byline's date after its names, in the languages
// of the news ("by Jane Doe on March 4", "von Jana Berg am 4. März").
var datePrepositions = []string{" on ", " am ", " le ", " el ", " il ", " em ", " op "}

// nearTitleLine is nearTitleDate that also returns how many elements the
// line is from the headline.
func (p *page) nearTitleLine(us bool) (time.Time, int32, bool) {
	anchor := p.dateAnchor()
	if anchor < 0 {
		return time.Time{}, 0, false
	}
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = p.nodes[p.mainIdx].end
	}
	lo, hi := max(0, anchor-nearTitleSpan), min(end, anchor+3*nearTitleSpan)
	var best, bestPub, bestUpd time.Time
	bestDist, pubDist, updDist := int32(-1), int32(-1), int32(-1)
	bestAbove := false
	for i := lo; i < hi; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 || ni.ownLink >= ni.ownText || p.inPageChrome(i) {
			continue
		}
		// The block's text, else a run of its own inline text between
		// its child blocks: "<div><h1>Title</h1><span>March 3, 2025 ·
		// 3 min read</span></div>", "<fieldset><legend>Title</legend>
		// 20 December 2025 <div>…".
		var t, lt string
		if ni.text <= 80 || ni.text <= 3*80 && nonSpace(p.nodeText(ni.n)) <= 80 {
			// (80 characters: bytes count up to three times as many in
			// the scripts of South and South-East Asia.)
			whole := p.nodeText(ni.n)
			if t, lt = p.dateLinePart(whole); t == "" && datedBylineLine(whole) {
				t, lt = whole, strings.ToLower(whole)
			}
		}
		if t == "" {
			for _, r := range p.inlineRuns(i, 3) {
				if t, lt = p.dateLinePart(r); t != "" {
					break
				}
			}
		}
		if t == "" && ni.text <= 3*maxHeadlineLine {
			// Lines set apart by <br> in one element: "<b>Date:</b>
			// Tuesday, March 04<br><b>Topic:</b> Local Council",
			// "Posted by <a>admin</a> on Tuesday, March 04 (112
			// reads)<br>Topic <a>Local Council</a>".
			for _, l := range brLines(ni.n) {
				if t, lt = p.dateLinePart(l); t != "" {
					break
				}
			}
		}
		if t == "" {
			t, lt = p.inlineDatePart(i)
		}
		if t == "" && ni.text <= maxHeadlineLine {
			if t, lt = barDatePart(p.nodeText(ni.n)); t == "" {
				t, lt = dashDatePart(p.nodeText(ni.n))
			}
		}
		if t == "" {
			continue
		}
		if pub, ok := publishedAfterUpdate(t); ok {
			t, lt = pub, strings.ToLower(pub)
		} else if pub, ok := publicationPart(t); ok {
			// "Oprac. Marta Kowalczyk zaktualizowano: 08.03.2025 08:30 |
			// opublikowano: 07.03.2025 07:30": the labelled publication.
			t, lt = pub, strings.ToLower(pub)
		}
		v, ok := p.parseVisible(t, us)
		if !ok || !plausibleDate(v) {
			continue
		}
		d := i - anchor
		if d < 0 {
			d = -d
		}
		if hasLabelPrefix(lt, updateLabels) {
			// "Updated 04/03/2025" above the byline and its date: the
			// last change, the page's date only when no other line
			// near the headline gives one.
			if updDist < 0 || d < updDist {
				bestUpd, updDist = v, d
			}
			continue
		}
		if hasLabelPrefix(lt, publishLabels) && (pubDist < 0 || d < pubDist) {
			bestPub, pubDist = v, d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist, bestAbove = v, d, i < anchor
		}
	}
	switch {
	case pubDist >= 0:
		return bestPub, pubDist, true
	case bestDist >= 0 && (updDist < 0 || updDist > bestDist || !bestAbove):
		// A date line under the headline is the article's though an
		// update line is nearer; one above it (a masthead's today)
		// gives way to a nearer update line.
		return best, bestDist, true
	case updDist >= 0:
		return bestUpd, updDist, true
	}
	return time.Time{}, 0, false
}

// inlineRuns returns up to max runs of element i's own inline text (its
// text nodes and inline children, split at its child blocks), each of at
// most 80 bytes and not all link text: the short lines a block shows
// beside its child blocks.
func (p *page) inlineRuns(i int32, max int) []string {
	var out []string
	var b strings.Builder
	linkOnly := true
	flush := func() {
		if t := collapse(joinInline(b.String())); t != "" && len(t) <= 80 && !linkOnly && len(out) < max {
			out = append(out, t)
		}
		b.Reset()
		linkOnly = true
	}
	k := i + 1 // index of the next element child
	for c := p.nodes[i].n.FirstChild; c != nil && len(out) < max; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				linkOnly = false
			}
			b.WriteString(c.Data)
		case html.ElementNode:
			if k >= int32(len(p.nodes)) || p.nodes[k].n != c {
				return out // not indexed as expected: stop
			}
			ck := &p.nodes[k]
			next := ck.end
			inline := ck.flags&(fBlock|fSkip) == 0
			for j := k + 1; inline && j < next; j++ {
				inline = p.nodes[j].flags&fBlock == 0
			}
			k = next
			if !inline {
				flush()
				continue
			}
			if ck.flags&fLink == 0 {
				linkOnly = false
			}
			b.WriteByte(' ')
			b.WriteString(p.nodeText(c))
			b.WriteByte(' ')
		}
		if b.Len() > 400 {
			b.Reset() // a long run is text, not a date line
			linkOnly = true
		}
	}
	flush()
	return out
}

// nearTitleSpan is how many elements before the headline nearTitleDate
// reads (three times as many after it).
const nearTitleSpan = 40

// headlineMemo is the heading found for a title: the date and byline
// rules ask for it many times per page, and it changes only with the title.
type headlineMemo struct {
	title string
	idx   int32
	done  bool
}

// headlineIdx returns the heading element that carries the page's title,
// -1 when none of the first headings does.
func (p *page) headlineIdx() int32 {
	if m := &p.headline; !m.done || m.title != p.res.Title {
		*m = headlineMemo{title: p.res.Title, idx: p.findHeadline(), done: true}
	}
	return p.headline.idx
}

// findHeadline looks for the heading that carries the page's title among
// the first headings, -1 when there is none.
func (p *page) findHeadline() int32 {
	if p.res.Title == "" {
		return -1
	}
	seen := 0
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fHeading == 0 || ni.flags&fSkip != 0 || ni.text == 0 || ni.text > 400 {
			continue
		}
		if seen++; seen > 40 {
			break
		}
		if titleAgrees(p.nodeText(ni.n), p.titleShown()) {
			return int32(i)
		}
	}
	return -1
}

// firstPublished returns the date a sentence of the article gives as its
// first publication ("This article was originally published on 26 Sep
// 2019 but has been updated"), read from the text after the label.
func (p *page) firstPublished(us bool) (time.Time, bool) {
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		// The note may close the article, just outside its container.
		end = min(end, p.nodes[p.mainIdx].end+nearTitleSpan)
	}
	checked := 0
	for i := int32(0); i < end && checked < maxSpotChecks; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 || ni.text > 400 || ni.flags&fBlock == 0 || p.inPageChrome(i) {
			continue
		}
		checked++
		lt := strings.ToLower(p.nodeText(ni.n))
		for _, l := range firstPublishedLabels {
			k := strings.Index(lt, l)
			if k < 0 {
				continue
			}
			// The date follows the label at once ("on 26 Sep 2019",
			// "am 3. März 2025", ": 2019-09-26"), not somewhere later.
			rest := strings.TrimLeft(lt[k+len(l):], " :,")
			for _, filler := range []string{"on ", "am ", "le ", "el ", "il ", "em ", "op "} {
				rest = strings.TrimPrefix(rest, filler)
			}
			if w := strings.Trim(firstWord(rest), ".,"); weekdays[w] {
				rest = strings.TrimLeft(strings.TrimPrefix(rest, firstWord(rest)), " ,") // "Sun 2 Mar 2025"
			}
			if w := strings.Trim(firstWord(rest), ".,"); !dateishWord(w) && monthNames[w] == 0 {
				continue
			}
			if len(rest) > 40 {
				rest = rest[:40]
			}
			if t, ok := parseDate(rest, us); ok && plausibleDate(t) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// dateNodeText returns the text of date element i without the parts a
// child element marks as the last update ("Tom <span class="updated
// rich-snippet-hidden">2024-04-18T13:00:39</span> March 22nd, 2024"):
// themes put the modification time, hidden by CSS, inside the visible
// date line.
func (p *page) dateNodeText(i int32) string {
	s := p.nodeText(p.nodes[i].n)
	if len(s) > 400 || updateMarked(p.nodes[i].n) {
		return s
	}
	for k := i + 1; k < p.nodes[i].end; k++ {
		n := p.nodes[k].n
		if !updateMarked(n) {
			continue
		}
		if u := strings.TrimSpace(p.nodeText(n)); u != "" {
			s = strings.Replace(s, u, " ", 1)
		}
		k = p.nodes[k].end - 1
	}
	return s
}

// updateMarked reports whether an element's class marks it as the time of
// the last change ("updated", "date-modified") and not as the publication
// ("entry-date published updated").
func updateMarked(n *html.Node) bool {
	c := attr(n, "class")
	return (indexFoldStr(c, "updated") >= 0 || indexFoldStr(c, "modified") >= 0) && indexFoldStr(c, "publish") < 0
}

// updatedLine returns the date of a short line labelled as the last update
// ("Last updated: November 13, 2025") in the article or just after it,
// outside the page chrome: the nearest to the headline.
func (p *page) updatedLine(us bool) (time.Time, bool) {
	anchor := p.dateAnchor()
	if anchor < 0 {
		return time.Time{}, false
	}
	end := int32(len(p.nodes))
	if p.mainIdx >= 0 {
		end = min(end, p.nodes[p.mainIdx].end+nearTitleSpan)
	}
	var best time.Time
	bestDist := int32(-1)
	for i := max(0, anchor-nearTitleSpan); i < end; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.ownText == 0 || ni.text > 80 || p.inPageChrome(i) || p.inComments(i) {
			continue
		}
		t := p.nodeText(ni.n)
		if !hasLabelPrefix(strings.ToLower(strings.TrimSpace(t)), updateLabels) {
			continue
		}
		if v, ok := p.parseVisible(t, us); ok && plausibleDate(v) {
			if d := dist(i, anchor); bestDist < 0 || d < bestDist {
				best, bestDist = v, d
			}
		}
	}
	return best, bestDist >= 0
}

// inlineDatePart returns the first of element i's inline children that is
// a date line on its own, or a labelled byline that carries the date, and
// its lower-case form: templates without date classes put the date in a
// <span> beside others ("<div><span>Dec 17, 2025</span><span>Jane
// Doe</span></div>", "<a>Health</a><span>MARCH 3, 2025</span>", "<h1>…
// </h1><span>Dek</span><span>By <a>Jane Doe</a> on Dec. 19, 2025</span>"),
// glued without spaces in the block's text.
func (p *page) inlineDatePart(i int32) (string, string) {
	k := i + 1 // index of the next element child
	for c := p.nodes[i].n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if k >= int32(len(p.nodes)) || p.nodes[k].n != c {
			return "", "" // not indexed as expected: stop
		}
		ck := &p.nodes[k]
		k = ck.end
		if ck.flags&(fBlock|fSkip|fLink) != 0 {
			continue
		}
		t := collapse(p.nodeText(c))
		if t == "" || len(t) > maxHeadlineLine {
			continue
		}
		lt := strings.ToLower(t)
		if looksLikeDateLine(lt) {
			return t, lt
		}
		if datedBylineLine(t) {
			return t, lt
		}
	}
	return "", ""
}

// datedBylineLine reports whether line t is a byline that also shows a date
// ("By Jane Doe March 3, 2025", "Por Juan Pérez | 3 de marzo de 2025").
func datedBylineLine(t string) bool {
	if _, ok := bylineNames(t); !ok && !namesAndDate(t) {
		return false
	}
	_, dated := parseDate(t, false)
	return dated
}

// namesAndDate reports whether a short line is a person's name and a date
// set apart by a separator, with no label ("Rob Hill — 4 December 2025",
// "4 December 2025 · Jane Doe").
func namesAndDate(t string) bool {
	if len(t) > maxHeadlineLine {
		return false
	}
	segs := bylineSegments(t)
	if len(segs) != 1 || segs[0] == strings.TrimSpace(t) {
		return false // no date set apart, or more than a name beside it
	}
	return looksLikeName(segs[0]) && personNames(segs)
}

// barDatePart returns the part of a line of three or more parts set apart
// by bars that is a date line ("On Behalf of Doe Law | Apr 21, 2017 |
// Products Liability"), and its lower-case form; "" when there is none.
func barDatePart(t string) (string, string) {
	if strings.Count(t, " | ") < 2 {
		return "", ""
	}
	for _, part := range strings.Split(t, " | ") {
		part = strings.TrimSpace(part)
		if lp := strings.ToLower(part); looksLikeDateLine(lp) {
			return part, lp
		}
	}
	return "", ""
}

// dashDatePart returns the part of a short line, cut at dashes or middle
// dots, that is a date line, when one part alone is: a kicker that dates
// the story ("Verkehr/Ausschuss - 05.03.2025 (hib 142/2025)", "Politik ·
// 3. März 2025").
func dashDatePart(t string) (string, string) {
	var parts []string
	for _, sep := range []string{" - ", " – ", " — ", " · "} {
		if strings.Contains(t, sep) {
			parts = strings.Split(t, sep)
			break
		}
	}
	found, lfound := "", ""
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if lp := strings.ToLower(part); looksLikeDateLine(lp) {
			if found != "" {
				return "", ""
			}
			found, lfound = part, lp
		}
	}
	return found, lfound
}

// isoStamp reports whether s starts as an ISO 8601 date does ("2025-12-05",
// "2025-12-05T14:30:00Z").
func isoStamp(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for _, k := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}
