package extract

import (
	"fmt"
	"strings"
)

// liveHeadMarkers are the words that open a live blog's headline in the
// languages of the news ("LIVE: Council votes", "Liveticker: …", "EN
// DIRECT - …"); liveAnyMarkers may stand anywhere in it ("Council votes
// – live updates"). "En vivo", "ao vivo", "in diretta" only open a live
// headline: inside one they are a concert's or a show's.
var (
	liveHeadMarkers = []string{"live:", "live -", "live –", "live —", "live |", "live ticker", "ticker:", "en direct", "en vivo",
		"ao vivo", "in diretta", "na żywo", "онлайн:", "онлайн-трансляция", "наживо", "canlı", "直播", "速報", "실시간",
		"en directe", "en directo", "uživo", "уживо", "naživo", "živě", "на живо", "tiesiogiai", "tiešraide", "otse:", "otseblogi",
		"élő:", "suorana", "direkte:", "direkt:", "moja kwa moja", "langsung:", "siaran langsung", "trực tiếp"}
	liveAnyMarkers = []string{"live updates", "live blog", "liveblog", "live-blog", "liveticker", "live-ticker", "live coverage",
		"as it happened", "прямая трансляция", "онлайн-трансляция", "пряма трансляція", "canlı blog", "canlı anlatım",
		"实时更新", "ライブ更新"}
)

// liveBlogEntries is how many timed updates a page with a live headline
// must hold to be a live blog.
const liveBlogEntries = 3

// liveBlog reports whether the page is a live blog: a running series of
// timed updates on one event, declared as such (schema.org
// LiveBlogPosting) or under a live headline. It is not a story of its own:
// it changes by the minute, and the stories it links to are crawled.
func (p *page) liveBlog() (bool, string) {
	for _, t := range p.ld.types {
		if strings.EqualFold(t, "LiveBlogPosting") {
			return true, "page type LiveBlogPosting"
		}
	}
	if !liveHeadline(p.res.Title) {
		return false, ""
	}
	if n := p.timedEntries(); n >= liveBlogEntries {
		return true, fmt.Sprintf("a live headline over %d timed updates", n)
	}
	return false, ""
}

// liveHeadline reports whether a headline announces live coverage.
func liveHeadline(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	for _, m := range liveHeadMarkers {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	for _, m := range liveAnyMarkers {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// timedEntries counts the updates of the body that carry a clock time:
// <time> elements inside the body container, or, without them, body lines
// that open with a time ("14:05 The council…", "9.30 Uhr: …").
func (p *page) timedEntries() int {
	n := 0
	if p.mainIdx >= 0 && int(p.mainIdx) < len(p.nodes) {
		end := p.nodes[p.mainIdx].end
		for _, i := range p.times {
			if i >= p.mainIdx && i < end {
				n++
			}
		}
	}
	if n > 0 {
		return n
	}
	for _, line := range strings.Split(p.res.Text, "\n") {
		if clockLead(strings.TrimSpace(line)) {
			n++
		}
	}
	return n
}

// clockLead reports whether s opens with a clock time: one or two digits,
// ':' '.' or 'h', two digits, then a non-digit or the end.
func clockLead(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != ':' && s[i] != '.' && s[i] != 'h') {
		return false
	}
	j := i + 1
	if j+2 > len(s) || s[j] < '0' || s[j] > '5' || s[j+1] < '0' || s[j+1] > '9' {
		return false
	}
	return j+2 == len(s) || s[j+2] < '0' || s[j+2] > '9'
}
