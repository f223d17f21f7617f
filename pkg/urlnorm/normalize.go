package urlnorm

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// ErrUnsupportedScheme is returned for URLs whose scheme is not http or https
// (mailto:, javascript:, data:, tel:, ftp:, ...).
var ErrUnsupportedScheme = errors.New("unsupported scheme")

// ErrInvalid is returned for URLs that cannot be parsed or are not absolute.
var ErrInvalid = errors.New("invalid url")

// ErrTooLong is returned when the normalised URL exceeds Options.MaxLength.
var ErrTooLong = errors.New("url too long")

// ErrTooManyParams is returned when the query has more than Options.MaxQueryParams parameters.
var ErrTooManyParams = errors.New("too many query parameters")

// Default limits used when the corresponding Options field is zero.
const (
	DefaultMaxLength      = 2048
	DefaultMaxQueryParams = 64
)

// DefaultStripParams returns the query parameter names (compared
// case-insensitively) that carry tracking data and never change the resource.
// The slice is a fresh copy: extend it to build Options.StripParams.
func DefaultStripParams() []string { return append([]string(nil), defaultStripParams...) }

// DefaultStripPrefixes returns the query parameter name prefixes
// (case-insensitive) that are removed, such as Google Analytics' utm_ family.
func DefaultStripPrefixes() []string { return append([]string(nil), defaultStripPrefixes...) }

var defaultStripParams = []string{
	"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
	"_ga", "_gl", "igshid", "yclid", "ref_src", "ref_url", "twclid", "ttclid", "li_fat_id",
	"mkt_tok", "_hsenc", "_hsmi", "hsctatracking", "oly_anon_id", "oly_enc_id", "vero_id",
	"wt.mc_id", "s_cid", "ncid", "cmpid", "at_medium", "at_campaign", "sr_share", "spm",
	"__twitter_impression", "_openstat", "rb_clickid", "ocid",
}

var defaultStripPrefixes = []string{"utm_", "pk_", "mtm_", "hmb_", "itm_"}

// Options configures a Normalizer. Zero values select the defaults.
type Options struct {
	// StripParams are query parameter names removed from every URL.
	// Nil means DefaultStripParams(); an empty non-nil slice strips nothing by name.
	StripParams []string
	// StripPrefixes are query parameter name prefixes removed from every URL.
	// Nil means DefaultStripPrefixes().
	StripPrefixes []string
	// MaxLength is the longest normalised URL accepted, in bytes (default 2048).
	MaxLength int
	// MaxQueryParams is the largest number of query parameters accepted (default 64).
	MaxQueryParams int
}

// Normalizer normalises URLs with a fixed set of Options. It is safe for concurrent use.
type Normalizer struct {
	strip     map[string]struct{}
	prefixes  []string
	maxLen    int
	maxParams int
}

// New returns a Normalizer for o, filling in defaults for zero fields.
func New(o Options) *Normalizer {
	n := &Normalizer{maxLen: o.MaxLength, maxParams: o.MaxQueryParams}
	if n.maxLen <= 0 {
		n.maxLen = DefaultMaxLength
	}
	if n.maxParams <= 0 {
		n.maxParams = DefaultMaxQueryParams
	}
	names := o.StripParams
	if names == nil {
		names = defaultStripParams
	}
	n.strip = make(map[string]struct{}, len(names))
	for _, s := range names {
		n.strip[strings.ToLower(s)] = struct{}{}
	}
	pre := o.StripPrefixes
	if pre == nil {
		pre = defaultStripPrefixes
	}
	for _, p := range pre {
		n.prefixes = append(n.prefixes, strings.ToLower(p))
	}
	return n
}

// defaultNormalizer is never modified after construction.
var defaultNormalizer = New(Options{})

// Normalize normalises raw with the default Options.
func Normalize(raw string) (string, error) { return defaultNormalizer.Normalize(raw) }

// Normalize returns the canonical form of the absolute URL raw.
func (n *Normalizer) Normalize(raw string) (string, error) {
	raw = cleanInput(raw)
	if len(raw) > 4*n.maxLen {
		return "", fmt.Errorf("normalize: %w", ErrTooLong)
	}
	if err := schemeCheck(raw); err != nil {
		return "", err
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("normalize: %w: %w", ErrInvalid, err)
	}
	return n.normURL(u)
}

// Resolve resolves the reference href (as found in an href attribute) against
// base and returns the normalised absolute URL. A nil base requires href to be absolute.
func (n *Normalizer) Resolve(base *url.URL, href string) (string, error) {
	href = cleanInput(href)
	if len(href) > 4*n.maxLen {
		return "", fmt.Errorf("resolve: %w", ErrTooLong)
	}
	if err := schemeCheck(href); err != nil {
		return "", err
	}
	ref, err := url.Parse(href)
	if err != nil {
		return "", fmt.Errorf("resolve: %w: %w", ErrInvalid, err)
	}
	if base != nil {
		ref = base.ResolveReference(ref)
	}
	return n.normURL(ref)
}

// NormalizeURL normalises an already parsed absolute URL.
func (n *Normalizer) NormalizeURL(u *url.URL) (string, error) { return n.normURL(u) }

// cleanInput trims surrounding whitespace and removes tab and newline
// characters anywhere, as browsers do.
func cleanInput(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, s)
	}
	if i := strings.IndexByte(s, '%'); i >= 0 {
		s = fixStrayPercent(s, i)
	}
	return s
}

// fixStrayPercent escapes every '%' (from index i on) that does not start a
// valid escape, so that the URL parser accepts it, as browsers do.
func fixStrayPercent(s string, i int) string {
	var b strings.Builder
	for ; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// schemeCheck rejects explicit non-http schemes early with ErrUnsupportedScheme,
// even when the rest of the string would not parse.
func schemeCheck(s string) error {
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return nil
	}
	sch := s[:i]
	for j := 0; j < len(sch); j++ {
		c := sch[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return nil // not a scheme; a relative path with a colon later
		}
	}
	switch strings.ToLower(sch) {
	case "http", "https":
		return nil
	}
	return fmt.Errorf("normalize: %w: %q", ErrUnsupportedScheme, strings.ToLower(sch))
}

func (n *Normalizer) normURL(u *url.URL) (string, error) {
	out, err := n.normURLParts(u)
	if err != nil {
		return "", err
	}
	// What we return must parse again (a resolved reference can assemble a
	// host such as "[:]" that no parser accepts).
	if _, perr := url.Parse(out); perr != nil {
		return "", fmt.Errorf("normalize: %w: %w", ErrInvalid, perr)
	}
	return out, nil
}

func (n *Normalizer) normURLParts(u *url.URL) (string, error) {
	scheme := strings.ToLower(u.Scheme)
	switch scheme {
	case "http", "https":
	case "":
		return "", fmt.Errorf("normalize: %w: not absolute", ErrInvalid)
	default:
		return "", fmt.Errorf("normalize: %w: %q", ErrUnsupportedScheme, scheme)
	}
	if u.Opaque != "" {
		return "", fmt.Errorf("normalize: %w: opaque url", ErrInvalid)
	}
	host, err := normHost(u.Hostname())
	if err != nil {
		return "", err
	}
	port, err := normPort(scheme, u.Port())
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(u.Host) + len(u.RawQuery) + len(u.Path) + 16)
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	if port != "" {
		b.WriteByte(':')
		b.WriteString(port)
	}
	p := removeDotSegments(normEscapes(u.EscapedPath(), pathKeep))
	if p == "" || p[0] != '/' {
		b.WriteByte('/')
	}
	b.WriteString(p)
	q, err := n.normQuery(u.RawQuery)
	if err != nil {
		return "", err
	}
	if q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	if b.Len() > n.maxLen {
		return "", fmt.Errorf("normalize: %w: %d bytes", ErrTooLong, b.Len())
	}
	return b.String(), nil
}

var idnaProfile = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.StrictDomainName(false), idna.Transitional(false))

func normHost(h string) (string, error) {
	if h == "" {
		return "", fmt.Errorf("normalize: %w: empty host", ErrInvalid)
	}
	if strings.IndexByte(h, ':') >= 0 { // IPv6 literal (brackets already removed)
		for i := 0; i < len(h); i++ {
			c := h[i]
			if !(isHex(c) || c == ':' || c == '.') {
				return "", fmt.Errorf("normalize: %w: bad ipv6 host %q", ErrInvalid, h)
			}
		}
		return "[" + strings.ToLower(h) + "]", nil
	}
	ascii := true
	for i := 0; i < len(h); i++ {
		if h[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		p, err := idnaProfile.ToASCII(h)
		if err != nil {
			return "", fmt.Errorf("normalize: %w: host %q: %w", ErrInvalid, h, err)
		}
		h = p
	}
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if h == "" || len(h) > 253 {
		return "", fmt.Errorf("normalize: %w: bad host length", ErrInvalid)
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return "", fmt.Errorf("normalize: %w: bad host %q", ErrInvalid, h)
		}
	}
	if strings.Contains(h, "..") || h[0] == '.' || h[len(h)-1] == '.' {
		return "", fmt.Errorf("normalize: %w: empty host label in %q", ErrInvalid, h)
	}
	return h, nil
}

func normPort(scheme, p string) (string, error) {
	if p == "" {
		return "", nil
	}
	v, err := strconv.Atoi(p)
	if err != nil || v <= 0 || v > 65535 {
		return "", fmt.Errorf("normalize: %w: bad port %q", ErrInvalid, p)
	}
	if scheme == "http" && v == 80 || scheme == "https" && v == 443 {
		return "", nil
	}
	return strconv.Itoa(v), nil
}

func (n *Normalizer) normQuery(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	count := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		count++
		if count > n.maxParams {
			return "", fmt.Errorf("normalize: %w: more than %d", ErrTooManyParams, n.maxParams)
		}
		k := p
		if i := strings.IndexByte(p, '='); i >= 0 {
			k = p[:i]
		}
		if n.stripped(k) {
			continue
		}
		kept = append(kept, normEscapes(p, queryKeep))
	}
	if len(kept) == 0 {
		return "", nil
	}
	slices.SortStableFunc(kept, func(a, b string) int {
		return strings.Compare(paramKey(a), paramKey(b))
	})
	return strings.Join(kept, "&"), nil
}

func paramKey(p string) string {
	if i := strings.IndexByte(p, '='); i >= 0 {
		return p[:i]
	}
	return p
}

func (n *Normalizer) stripped(rawKey string) bool {
	k := rawKey
	if strings.IndexByte(k, '%') >= 0 || strings.IndexByte(k, '+') >= 0 {
		if d, err := url.QueryUnescape(k); err == nil {
			k = d
		}
	}
	k = strings.ToLower(k)
	if _, ok := n.strip[k]; ok {
		return true
	}
	for _, p := range n.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

const (
	pathKeep  = "!$&'()*+,;=:@/"
	queryKeep = "!$&'()*+,;=:@/?"
)

// UnescapeAt decodes the percent-escape "%XY" that starts at s[i]; ok is
// false when none starts there.
func UnescapeAt(s string, i int) (c byte, ok bool) {
	if i < 0 || i+2 >= len(s) || s[i] != '%' || !isHex(s[i+1]) || !isHex(s[i+2]) {
		return 0, false
	}
	return unhex(s[i+1])<<4 | unhex(s[i+2]), true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

func isUnreserved(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

const upperHex = "0123456789ABCDEF"

// normEscapes decodes percent-escapes of unreserved characters, upper-cases the
// hex of the remaining escapes, and escapes every byte that is neither
// unreserved nor listed in keep. A stray '%' becomes %25.
func normEscapes(s, keep string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' || !isUnreserved(c) && strings.IndexByte(keep, c) < 0 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				d := unhex(s[i+1])<<4 | unhex(s[i+2])
				if isUnreserved(d) {
					b.WriteByte(d)
				} else {
					b.WriteByte('%')
					b.WriteByte(upperHex[d>>4])
					b.WriteByte(upperHex[d&15])
				}
				i += 2
			} else {
				b.WriteString("%25")
			}
		case isUnreserved(c) || strings.IndexByte(keep, c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
	return b.String()
}

// removeDotSegments implements RFC 3986 section 5.2.4 on an escaped path.
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	abs := strings.HasPrefix(p, "/")
	if abs {
		segs = segs[1:]
	}
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return "/" + strings.Join(out, "/")
}

// Host returns the host (with a non-default port, if any) of the normalised
// form of u, or "" when u does not normalise.
func Host(u string) string {
	n, err := Normalize(u)
	if err != nil {
		return ""
	}
	rest := n[strings.Index(n, "://")+3:]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// Key returns a compact stable key for a URL: the first 16 bytes of its
// SHA-256 in unpadded base64url (22 characters). Pass normalised URLs so that
// equivalent spellings share a key.
func Key(u string) string {
	sum := sha256.Sum256([]byte(u))
	return base64.RawURLEncoding.EncodeToString(sum[:16])
}
