package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A forum's thread, a board's or a link aggregator's discussion: posts
// one under another, each headed by its writer's name and the time it was
// posted. Filed under a forum's address, a page with several such stamps
// is a discussion, whatever prose its first post holds; a story filed
// under a "Forum" section (an opinion page) shows one date.

// Thread limits: a post's stamp is a short element's text (at most
// threadStampMax characters), and a thread shows threadStampsMin of them at
// threadTimesMin different times.
const (
	threadStampMax  = 60
	threadStampsMin = 3
	threadTimesMin  = 2
)

// threadStamps counts the elements outside the page's header, navigation
// and footer whose whole text is a date or a time (elements without child
// elements, <time>s and short elements), and the different instants among
// them.
func (p *page) threadStamps() (stamps, times int) {
	us := strings.HasSuffix(strings.ToLower(p.res.Language), "-us")
	seen := map[time.Time]bool{}
	for i := int32(0); i < int32(len(p.nodes)); i++ {
		ni := &p.nodes[i]
		n := ni.n
		// (An element that holds a stamp among other elements, "<dt>1
		// ：<a>name</a>：2025/03/09(日) 09:12</dt>", counts when its text
		// is short.)
		short := ni.text >= 6 && ni.text <= threadStampMax
		if n.Type != html.ElementNode || n.DataAtom != atom.Time && hasElementChild(n) && !short || p.inPageChrome(i) {
			continue
		}
		t := strings.Trim(p.nodeText(n), " ()[]|·•")
		if c := utf8.RuneCountInString(t); c < 6 || c > threadStampMax {
			continue
		}
		if got, ok := p.parseVisible(t, us); ok {
			stamps++
			seen[got] = true
			i = ni.end - 1 // (not again in its children)
		}
	}
	return stamps, len(seen)
}

// hasElementChild reports whether n has a child element.
func hasElementChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}

// forumThread reports whether the page is a discussion: filed under a
// forum's address, with no declared article, it shows several posts'
// stamps at different times.
func (p *page) forumThread(urlHint string) bool {
	if urlHint != KindForum || p.ld.isArticleType {
		return false
	}
	return p.stampedPosts()
}

// stampedPosts reports whether the page holds several posts, each stamped
// with its time: a thread's shape.
func (p *page) stampedPosts() bool {
	stamps, times := p.threadStamps()
	return stamps >= threadStampsMin && times >= threadTimesMin
}
