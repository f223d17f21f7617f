package urlnorm

import (
	"net/url"
	"strconv"
	"strings"
	"time"
)

// TrapOptions configures Trap. Zero values select the defaults.
type TrapOptions struct {
	// MaxQueryParams flags URLs with more query parameters (default 10).
	MaxQueryParams int
	// MaxPathLength flags escaped paths longer than this many bytes (default 512).
	MaxPathLength int
	// MaxPathDepth flags paths with more non-empty segments (default 16).
	MaxPathDepth int
	// MaxSegmentRepeat flags a path in which one segment occurs this many times (default 3).
	MaxSegmentRepeat int
	// MinYear is the earliest year accepted in a dated path (default 1995).
	MinYear int
	// FutureYears is how many years after Now a dated path may name (default 1).
	FutureYears int
	// Now is the reference time for dated paths (zero means time.Now()).
	Now time.Time
}

// Trap reasons returned by Trap.
const (
	TrapQueryParams = "too many query params"
	TrapRepeat      = "repeating path segments"
	TrapCalendar    = "calendar path"
	TrapSession     = "session id"
	TrapPathLength  = "path too long"
	TrapPathDepth   = "path too deep"
)

var sessionParams = map[string]struct{}{
	"sid": {}, "sessionid": {}, "session_id": {}, "session": {}, "jsessionid": {},
	"phpsessid": {}, "aspsessionid": {}, "cfid": {}, "cftoken": {}, "zenid": {}, "oscsid": {},
}

// Trap reports why u looks like a crawler trap, or "" when it looks fine.
// It checks the query parameter count, session identifiers in the query or
// as path parameters (;jsessionid=), repeating path segments, calendar-like
// paths outside a year window, and overly long or deep paths.
func Trap(u *url.URL, o TrapOptions) string {
	if o.MaxQueryParams <= 0 {
		o.MaxQueryParams = 10
	}
	if o.MaxPathLength <= 0 {
		o.MaxPathLength = 512
	}
	if o.MaxPathDepth <= 0 {
		o.MaxPathDepth = 16
	}
	if o.MaxSegmentRepeat <= 0 {
		o.MaxSegmentRepeat = 3
	}
	if o.MinYear <= 0 {
		o.MinYear = 1995
	}
	if o.FutureYears <= 0 {
		o.FutureYears = 1
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if u == nil {
		return ""
	}
	if u.RawQuery != "" {
		n := 0
		for p := range strings.SplitSeq(u.RawQuery, "&") {
			if p == "" {
				continue
			}
			n++
			k := strings.ToLower(paramKey(p))
			if _, ok := sessionParams[k]; ok {
				return TrapSession
			}
			if strings.HasPrefix(k, "aspsessionid") {
				return TrapSession
			}
		}
		if n > o.MaxQueryParams {
			return TrapQueryParams
		}
	}
	p := u.EscapedPath()
	lp := strings.ToLower(p)
	if strings.Contains(lp, ";jsessionid=") || strings.Contains(lp, ";sid=") || strings.Contains(lp, ";phpsessid=") {
		return TrapSession
	}
	if len(p) > o.MaxPathLength {
		return TrapPathLength
	}
	segs := make([]string, 0, 8)
	for s := range strings.SplitSeq(lp, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > o.MaxPathDepth {
		return TrapPathDepth
	}
	counts := make(map[string]int, len(segs))
	for _, s := range segs {
		counts[s]++
		if counts[s] >= o.MaxSegmentRepeat {
			return TrapRepeat
		}
	}
	if repeatedBlock(segs) {
		return TrapRepeat
	}
	maxYear := o.Now.Year() + o.FutureYears
	for i, s := range segs {
		if s == "calendar" || s == "cal" || s == "kalender" || s == "calendrier" {
			return TrapCalendar
		}
		y, ok := year(s)
		if !ok || i+1 >= len(segs) {
			continue
		}
		if m, err := strconv.Atoi(segs[i+1]); err == nil && len(segs[i+1]) <= 2 && m >= 1 && m <= 12 {
			if !inYearWindow(y, o.MinYear, maxYear) {
				return TrapCalendar
			}
		}
	}
	return ""
}

// inYearWindow reports whether year y, read in the Gregorian calendar or
// in one that news sites date their addresses in, falls within [lo, hi]:
// the Solar Hijri year of Iranian and Afghan sites (/1403/12/14/ is March
// 2025), the lunar Hijri year (1446 began in July 2024) and the Buddhist
// era of Thai sites (2568 is 2025).
func inYearWindow(y, lo, hi int) bool {
	in := func(g int) bool { return g >= lo && g <= hi }
	// A lunar Hijri year is about 0.97 of a solar one; its Gregorian
	// year is within one of 622 + y*32/33.
	lunar := 622 + y*32/33
	return in(y) || in(y+621) || in(y+622) || in(lunar) || in(lunar+1) || in(y-543)
}

// year reports whether s is a four-digit number.
func year(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil && s[0] != '-' && s[0] != '+'
}

// repeatedBlock reports a run of two or more segments immediately repeated (a/b/a/b).
func repeatedBlock(segs []string) bool {
	for k := 2; 2*k <= len(segs); k++ {
		for i := 0; i+2*k <= len(segs); i++ {
			same := true
			for j := 0; j < k; j++ {
				if segs[i+j] != segs[i+k+j] {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}
