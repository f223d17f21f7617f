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

// liveTailMarkers close a live headline after a colon, a comma or a dash
// ("Harbourside v Castleford: live", "Independente x Operário, ao vivo").
var liveTailMarkers = []string{"live", "ao vivo", "en vivo", "en direct", "en directo", "en directe", "in diretta", "na żywo", "canlı",
	"liveticker", "live-ticker", "uživo", "trực tiếp"}

// liveBlogEntries is how many timed updates a page with a live headline
// must hold to be a live blog.
const liveBlogEntries = 2

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
	what := "a live headline"
	if !liveHeadline(p.res.Title) {
		if p.base == nil || !liveAddress(p.base.Path) {
			return false, ""
		}
		what = "a live address"
	}
	if n := p.timedEntries(); n >= liveBlogEntries {
		return true, fmt.Sprintf("%s over %d timed updates", what, n)
	}
	return false, ""
}

// liveSlugWords name live coverage in a page's address
// ("/liveticker-hochwasser-an-der-vils-17663002/", "/live-updates-…").
var liveSlugWords = []string{"liveticker", "live-ticker", "newsticker", "liveblog", "live-blog", "live-updates", "live-coverage",
	"en-direct", "en-vivo", "ao-vivo", "in-diretta", "na-zywo"}

// liveAddress reports whether the last segment of path opens with a word
// of live coverage.
func liveAddress(path string) bool {
	last := strings.ToLower(strings.TrimSuffix(path, "/"))
	if i := strings.LastIndexByte(last, '/'); i >= 0 {
		last = last[i+1:]
	}
	for _, w := range liveSlugWords {
		if last == w || strings.HasPrefix(last, w+"-") {
			return true
		}
	}
	return false
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
	t = strings.TrimRight(t, ") ")
	for _, m := range liveTailMarkers {
		if head, ok := strings.CutSuffix(t, m); ok {
			if head = strings.TrimRight(head, " ("); head != "" && strings.ContainsAny(head[len(head)-1:], ":,-|(") ||
				strings.HasSuffix(head, "–") || strings.HasSuffix(head, "—") {
				return true
			}
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
		if line = strings.TrimSpace(line); clockLead(line) || minuteLead(line) {
			n++
		}
	}
	return n
}

// minuteLead reports whether s opens with a match minute, as a match's
// live ticker marks its events: "23'", "90+4'", "90.+3'", "45’".
func minuteLead(s string) bool {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	if rest := strings.TrimPrefix(s[i:], "."); strings.HasPrefix(rest, "+") {
		j := 1
		for j < len(rest) && j < 3 && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j == 1 {
			return false
		}
		s, i = rest, j
	}
	return strings.HasPrefix(s[i:], "'") || strings.HasPrefix(s[i:], "’") || strings.HasPrefix(s[i:], "′")
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
