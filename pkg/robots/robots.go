package robots

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/urlnorm"
)

// Default limits used when the corresponding Options field is zero.
const (
	DefaultMaxBytes      = 500 << 10 // RFC 9309 section 2.5: at least 500 KiB
	DefaultMaxLines      = 20000
	DefaultMaxSitemaps   = 1000
	DefaultMaxCrawlDelay = time.Hour
)

// Options bounds parsing. Zero values select the defaults.
type Options struct {
	// MaxBytes is how much of the body is parsed; the rest is ignored.
	MaxBytes int
	// MaxLines is how many lines are parsed; the rest are ignored.
	MaxLines int
	// MaxSitemaps caps the Sitemap: URLs kept.
	MaxSitemaps int
	// MaxCrawlDelay clamps Crawl-delay values.
	MaxCrawlDelay time.Duration
}

func (o *Options) defaults() {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxLines <= 0 {
		o.MaxLines = DefaultMaxLines
	}
	if o.MaxSitemaps <= 0 {
		o.MaxSitemaps = DefaultMaxSitemaps
	}
	if o.MaxCrawlDelay <= 0 {
		o.MaxCrawlDelay = DefaultMaxCrawlDelay
	}
}

type mode byte

const (
	modeParsed      mode = 'P'
	modeAllowAll    mode = 'A'
	modeDisallowAll mode = 'D'
)

type rule struct {
	allow    bool
	pattern  string // normalised, without a trailing '$'
	anchored bool   // pattern ended with '$'
	length   int    // specificity: octets of the normalised pattern as written
}

type group struct {
	rules      []rule
	crawlDelay time.Duration
	hasDelay   bool
}

// Rules is a parsed robots.txt. The zero value allows everything.
type Rules struct {
	mode     mode
	raw      []byte
	groups   map[string]*group
	star     *group
	sitemaps []string
	opts     Options
}

// AllowAll returns Rules that allow every path (as for a missing robots.txt).
func AllowAll() *Rules { return &Rules{mode: modeAllowAll} }

// DisallowAll returns Rules that refuse every path (as for an unreachable robots.txt).
func DisallowAll() *Rules { return &Rules{mode: modeDisallowAll} }

// Parse parses a robots.txt body with the default Options.
func Parse(body []byte) *Rules { return ParseOptions(body, Options{}) }

// ParseOptions parses a robots.txt body within the limits of o. It never
// fails: lines it does not understand are ignored.
func ParseOptions(body []byte, o Options) *Rules {
	o.defaults()
	if len(body) > o.MaxBytes {
		body = CompleteLines(body[:o.MaxBytes])
	}
	r := &Rules{mode: modeParsed, raw: bytes.Clone(body), groups: map[string]*group{}, opts: o}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))

	var agents []string // agents of the group being built
	var cur []*group
	inRules := false
	seenSitemap := map[string]bool{}
	lines := 0
	for len(body) > 0 && lines < o.MaxLines {
		var line []byte
		if i := bytes.IndexAny(body, "\r\n"); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			line, body = body, nil
		}
		lines++
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			continue
		}
		key := strings.ToLower(strings.TrimSpace(string(line[:colon])))
		val := strings.TrimSpace(string(line[colon+1:]))
		switch key {
		case "user-agent", "useragent", "user agent":
			if inRules {
				agents, cur, inRules = nil, nil, false
			}
			name := productToken(val)
			if val == "*" || strings.HasPrefix(val, "*") {
				name = "*"
			}
			if name == "" {
				continue
			}
			agents = append(agents, name)
			cur = append(cur, r.group(name))
		case "allow", "disallow":
			if len(agents) == 0 {
				continue
			}
			inRules = true
			if val == "" {
				continue // empty rule matches nothing
			}
			ru := makeRule(key == "allow", val)
			for _, g := range cur {
				g.rules = append(g.rules, ru)
			}
		case "crawl-delay", "crawldelay":
			if len(agents) == 0 {
				continue
			}
			inRules = true
			f, err := strconv.ParseFloat(val, 64)
			if err != nil || math.IsNaN(f) || f < 0 {
				continue
			}
			d := o.MaxCrawlDelay
			if f < o.MaxCrawlDelay.Seconds() {
				d = time.Duration(f * float64(time.Second))
			}
			for _, g := range cur {
				g.crawlDelay, g.hasDelay = d, true
			}
		case "sitemap", "site-map":
			lv := strings.ToLower(val)
			if (strings.HasPrefix(lv, "http://") || strings.HasPrefix(lv, "https://")) &&
				!seenSitemap[val] && len(r.sitemaps) < o.MaxSitemaps {
				seenSitemap[val] = true
				r.sitemaps = append(r.sitemaps, val)
			}
		}
	}
	r.star = r.groups["*"]
	return r
}

func (r *Rules) group(name string) *group {
	g := r.groups[name]
	if g == nil {
		g = &group{}
		r.groups[name] = g
	}
	return g
}

// productToken extracts the lower-cased product token of a user-agent value
// or crawler name: the leading run of letters, digits, '-' and '_'
// ("NewsroomBot/1.0 (+https://...)" -> "newsroombot").
func productToken(s string) string {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			i++
			continue
		}
		break
	}
	return strings.ToLower(s[:i])
}

func makeRule(allow bool, val string) rule {
	p := normPath(val)
	if p != "" && p[0] != '/' && p[0] != '*' {
		p = "/" + p
	}
	ru := rule{allow: allow, length: len(p)}
	if strings.HasSuffix(p, "$") {
		ru.anchored = true
		p = p[:len(p)-1]
	}
	// Collapse runs of '*': they match the same and would slow matching.
	for strings.Contains(p, "**") {
		p = strings.ReplaceAll(p, "**", "*")
	}
	ru.pattern = p
	return ru
}

// find returns the group for the crawler named agent: an exact product token
// match, else the longest group name that is a '-'-separated prefix of the
// token (googlebot for googlebot-news), else the * group, else nil.
func (r *Rules) find(agent string) *group {
	tok := productToken(agent)
	if tok != "" {
		if g, ok := r.groups[tok]; ok {
			return g
		}
		var best *group
		bestLen := 0
		for name, g := range r.groups {
			if name != "*" && len(name) > bestLen && len(tok) > len(name) &&
				strings.HasPrefix(tok, name) && tok[len(name)] == '-' {
				best, bestLen = g, len(name)
			}
		}
		if best != nil {
			return best
		}
	}
	return r.star
}

// Allowed reports whether agent may fetch pathAndQuery (the URL's path and
// query, e.g. "/news/a?x=1"). /robots.txt itself is always allowed.
func (r *Rules) Allowed(agent, pathAndQuery string) bool {
	if r == nil {
		return true
	}
	switch r.mode {
	case modeAllowAll, 0:
		return true
	case modeDisallowAll:
		return false
	}
	if i := strings.IndexByte(pathAndQuery, '#'); i >= 0 {
		pathAndQuery = pathAndQuery[:i]
	}
	if pathAndQuery == "" || pathAndQuery[0] != '/' {
		pathAndQuery = "/" + pathAndQuery
	}
	if pathAndQuery == "/robots.txt" {
		return true
	}
	g := r.find(agent)
	if g == nil {
		return true
	}
	p := normPath(pathAndQuery)
	best := -1
	allowed := true
	for i := range g.rules {
		ru := &g.rules[i]
		if ru.length < best || !match(ru.pattern, ru.anchored, p) {
			continue
		}
		if ru.length > best || ru.allow {
			best = ru.length
			allowed = ru.allow
		}
	}
	return allowed
}

// CrawlDelay returns the Crawl-delay of agent's group, or 0 when none is set.
func (r *Rules) CrawlDelay(agent string) time.Duration {
	if r == nil || r.mode != modeParsed {
		return 0
	}
	if g := r.find(agent); g != nil && g.hasDelay {
		return g.crawlDelay
	}
	return 0
}

// Sitemaps returns the absolute Sitemap: URLs in file order, without duplicates.
func (r *Rules) Sitemaps() []string {
	if r == nil {
		return nil
	}
	return append([]string(nil), r.sitemaps...)
}

// match reports whether the robots pattern (with * wildcards) matches path:
// as a prefix, or entirely when anchored. It runs in O(len(pattern)*len(path)).
func match(pattern string, anchored bool, path string) bool {
	pi, si := 0, 0
	star, mark := -1, 0
	for si < len(path) {
		switch {
		case pi < len(pattern) && pattern[pi] == '*':
			star, mark = pi, si
			pi++
		case pi < len(pattern) && pattern[pi] == path[si]:
			pi++
			si++
		case pi == len(pattern) && !anchored:
			return true
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(pattern) && pattern[pi] == '*' {
		pi++
	}
	return pi == len(pattern)
}

// normPath percent-encodes octets outside printable ASCII, upper-cases the
// hex of existing escapes and decodes escapes of unreserved characters, so
// that rules and paths compare in one form.
func normPath(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '%' || c <= ' ' || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		d, escaped := urlnorm.UnescapeAt(s, i)
		switch {
		case escaped:
			if d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' || d == '-' || d == '.' || d == '_' || d == '~' {
				b.WriteByte(d)
			} else {
				b.WriteByte('%')
				b.WriteByte(hex[d>>4])
				b.WriteByte(hex[d&15])
			}
			i += 2
		case c <= ' ' || c >= 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// CompleteLines drops a partial last line from a robots.txt prefix cut at a
// size limit, so that a rule cut in the middle ("Disallow: /priv" of
// "Disallow: /private/") is not read as a different rule. A prefix without
// any line break is returned unchanged.
func CompleteLines(prefix []byte) []byte {
	if i := bytes.LastIndexAny(prefix, "\r\n"); i >= 0 {
		return prefix[:i+1]
	}
	return prefix
}

// ForStatus turns the outcome of fetching robots.txt into Rules, following
// RFC 9309 section 2.3.1: a 2xx body is parsed; 3xx (redirects exhausted)
// and 4xx other than 429 allow everything; 429, 5xx and code 0 (unreachable)
// return DisallowAll with deferHost true, meaning the host should be retried
// later and not crawled meanwhile.
func ForStatus(code int, body []byte) (rules *Rules, deferHost bool) {
	switch {
	case code >= 200 && code < 300:
		return Parse(body), false
	case code == 429:
		return DisallowAll(), true
	case code >= 300 && code < 500:
		return AllowAll(), false
	default:
		return DisallowAll(), true
	}
}

// MarshalBinary encodes the Rules as a mode byte followed by the parsed
// robots.txt body (the body is capped at parse time).
func (r *Rules) MarshalBinary() ([]byte, error) {
	m := r.mode
	if m == 0 {
		m = modeAllowAll
	}
	out := make([]byte, 0, 1+len(r.raw))
	out = append(out, byte(m))
	if m == modeParsed {
		out = append(out, r.raw...)
	}
	return out, nil
}

// ErrBadEncoding is returned by UnmarshalBinary for data not produced by MarshalBinary.
var ErrBadEncoding = errors.New("robots: bad encoding")

// UnmarshalBinary restores Rules produced by MarshalBinary, reparsing the body
// with default Options.
func (r *Rules) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("unmarshal: %w: empty", ErrBadEncoding)
	}
	switch mode(data[0]) {
	case modeAllowAll:
		*r = Rules{mode: modeAllowAll}
	case modeDisallowAll:
		*r = Rules{mode: modeDisallowAll}
	case modeParsed:
		*r = *Parse(data[1:])
	default:
		return fmt.Errorf("unmarshal: %w: mode %q", ErrBadEncoding, data[0])
	}
	return nil
}
