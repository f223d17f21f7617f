package links

import (
	"strings"
)

// ArticleThreshold is the ArticleScore at and above which a URL is ArticleLike.
const ArticleThreshold = 2

var navSegments = map[string]struct{}{
	"tag": {}, "tags": {}, "category": {}, "categories": {}, "author": {}, "authors": {},
	"topic": {}, "topics": {}, "section": {}, "sections": {}, "search": {}, "login": {},
	"signin": {}, "sign-in": {}, "logout": {}, "register": {}, "signup": {}, "sign-up": {},
	"account": {}, "subscribe": {}, "subscription": {}, "subscriptions": {}, "newsletter": {},
	"newsletters": {}, "feed": {}, "feeds": {}, "rss": {}, "about": {}, "about-us": {},
	"contact": {}, "contact-us": {}, "privacy": {}, "privacy-policy": {}, "terms": {},
	"cookies": {}, "cookie-policy": {}, "help": {}, "faq": {}, "page": {}, "archive": {},
	"archives": {}, "wp-admin": {}, "wp-login.php": {}, "user": {}, "users": {}, "profile": {},
	"cart": {}, "shop": {}, "jobs": {}, "careers": {}, "advertise": {}, "impressum": {},
}

var nonPageExt = []string{
	".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".gz",
	".mp3", ".mp4", ".webm", ".css", ".js", ".json", ".xml", ".rss", ".woff", ".woff2",
}

// ArticleScore scores how much an absolute URL looks like a single article
// rather than navigation. Positive signals: a dated path (/2024/05/17/ or
// 2024-05-17 in a segment), a long hyphenated slug, a numeric id of five or
// more digits, an .html page with a descriptive name. Negative signals:
// navigation segments (/tag/, /category/, /author/, /page/2, /search, login,
// ...), search and paging queries, very short paths, and non-page file
// extensions. Scores at or above ArticleThreshold are ArticleLike.
func ArticleScore(u string) int {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			u = "/"
		}
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	path, query := u, ""
	if i := strings.IndexByte(u, '?'); i >= 0 {
		path, query = u[:i], u[i+1:]
	}
	path = strings.ToLower(path)
	var buf [16]string
	segs := buf[:0]
	for s := range strings.SplitSeq(path, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 {
		return -3 // home page
	}
	score := 0
	last := segs[len(segs)-1]
	for _, ext := range nonPageExt {
		if strings.HasSuffix(last, ext) {
			return -5
		}
	}
	nav := false
	for _, s := range segs {
		if _, ok := navSegments[s]; ok {
			nav = true
		}
	}
	if nav {
		score -= 3
	}
	for i, s := range segs {
		if isYear(s) && i+1 < len(segs) && isSmallNum(segs[i+1], 12) {
			score += 3
			break
		}
		if hasDate(s) {
			score += 2
			break
		}
	}
	stem := last
	html := false
	for _, ext := range []string{".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".cms"} {
		if strings.HasSuffix(stem, ext) {
			stem = strings.TrimSuffix(stem, ext)
			html = ext != ".php" && ext != ".aspx" && ext != ".asp"
			break
		}
	}
	nwords, wordID := 0, false
	for w := range strings.FieldsFuncSeq(stem, func(r rune) bool { return r == '-' || r == '_' || r == '+' }) {
		nwords++
		wordID = wordID || isID(w)
	}
	switch {
	case nwords >= 4 && len(stem) >= 20:
		score += 2
	case nwords == 3 && len(stem) >= 15:
		score++
	}
	if html && len(stem) >= 8 {
		score++
	}
	id := wordID
	for _, s := range segs {
		if isID(s) {
			id = true
		}
	}
	if id {
		score += 2
	}
	if query != "" {
		q := strings.ToLower(query)
		if len(q) > 0 && q[0] != '&' {
			q = "&" + q
		}
		switch {
		case strings.Contains(q, "&q=") || strings.Contains(q, "&s=") || strings.Contains(q, "&query="):
			score -= 3
		case strings.Contains(q, "&page=") || strings.Contains(q, "&p=") && !id:
			score -= 2
		}
		if !id && (strings.Contains(q, "&id=") || strings.Contains(q, "&story_id=") || strings.Contains(q, "&article_id=")) {
			score += 2
			id = true
		}
	}
	if len(segs) == 1 && nwords <= 1 && len(stem) < 15 && !id {
		score -= 2 // /world, /sports
	}
	return score
}

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && allDigits(s)
}

func isSmallNum(s string, max int) bool {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return false
	}
	v := int(s[0] - '0')
	if len(s) == 2 {
		v = v*10 + int(s[1]-'0')
	}
	return v >= 1 && v <= max
}

// hasDate reports YYYY-MM-DD or YYYYMMDD inside a segment.
func hasDate(s string) bool {
	for i := 0; i+8 <= len(s); i++ {
		if i > 0 && isDigit(s[i-1]) {
			continue
		}
		if i+10 <= len(s) && isYear(s[i:i+4]) && s[i+4] == '-' && isSmallNum(s[i+5:i+7], 12) && s[i+7] == '-' && isSmallNum(s[i+8:i+10], 31) {
			return true
		}
		if isYear(s[i:i+4]) && allDigits(s[i:i+8]) && (i+8 == len(s) || !isDigit(s[i+8])) &&
			isSmallNum(s[i+4:i+6], 12) && isSmallNum(s[i+6:i+8], 31) {
			return true
		}
	}
	return false
}

// isID reports a run of 5 or more digits that is not a bare year.
func isID(s string) bool {
	return len(s) >= 5 && allDigits(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}
