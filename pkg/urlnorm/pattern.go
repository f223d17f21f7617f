package urlnorm

import (
	"net/url"
	"sort"
	"strings"
)

// Placeholders Pattern puts in place of variable parts.
const (
	patNumber = "{n}"
	patDate   = "{d}"
	patToken  = "{t}"
	patValue  = "{v}"
)

// Pattern returns the shape of u's path and query: path segments that are
// numbers, dates or random-looking tokens (hex, base64-like, UUIDs) become
// placeholders, and the query keeps its sorted parameter names with every
// value replaced by its kind. Two URLs of one template (/item/123 and
// /item/456, /p?v=a81f3c9e and /p?v=77b0d2ee) share a pattern; a path of
// words (/news/council-meets) is its own. variable reports whether the
// pattern has any placeholder. Host, scheme and fragment are not part of it.
func Pattern(u *url.URL) (pattern string, variable bool) {
	var b strings.Builder
	for seg := range strings.SplitSeq(strings.ToLower(u.EscapedPath()), "/") {
		if seg == "" {
			continue
		}
		b.WriteByte('/')
		if k := valueKind(seg); k != "" {
			b.WriteString(k)
			variable = true
		} else {
			b.WriteString(seg)
		}
	}
	if b.Len() == 0 {
		b.WriteByte('/')
	}
	if u.RawQuery != "" {
		var params []string
		for p := range strings.SplitSeq(u.RawQuery, "&") {
			if p == "" {
				continue
			}
			k, v, _ := strings.Cut(p, "=")
			kind := valueKind(strings.ToLower(v))
			if kind == "" {
				kind = patValue
			}
			params = append(params, strings.ToLower(k)+"="+kind)
		}
		sort.Strings(params)
		if len(params) > 0 {
			b.WriteByte('?')
			b.WriteString(strings.Join(params, "&"))
			variable = true
		}
	}
	return b.String(), variable
}

// valueKind classifies a path segment or query value: patNumber, patDate,
// patToken, or "" for words.
func valueKind(s string) string {
	if s == "" {
		return ""
	}
	if ext := strings.LastIndexByte(s, '.'); ext > 0 && len(s)-ext <= 5 {
		s = s[:ext] // 123.html is a number
	}
	digits, letters, hexOnly, other := 0, 0, true, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
			if !(c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
				hexOnly = false
			}
		default:
			other++
		}
	}
	n := len(s)
	switch {
	case digits == n:
		return patNumber
	case isDate(s):
		return patDate
	case digits+other == n && digits >= 4 && other <= 4:
		return patNumber // 2024_05, 1.2.3, 12-345
	case n >= 8 && hexOnly && digits > 0 && other == 0:
		return patToken
	case n >= 8 && digits > 0 && letters > 0 && other <= 4 && !strings.Contains(s, "-"):
		return patToken // a81F3c9eQ, base64-ish
	case n >= 32 && other <= n/8 && hexOnly:
		return patToken // UUIDs and hashes with dashes
	case len(s) == 36 && strings.Count(s, "-") == 4 && hexOnly:
		return patToken
	}
	return ""
}

// isDate reports YYYY-MM-DD, YYYYMMDD and similar all-numeric dates with
// separators.
func isDate(s string) bool {
	if len(s) == 8 {
		return false // handled as a number
	}
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' && c != '_' && c != '.' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
