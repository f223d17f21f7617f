package crawler

import (
	"context"
	"net/url"
	"strings"

	"newsroom.dev/pkg/urlnorm"
)

// Skip reasons of the traps that have no name: URLs a page generates from
// its own template.
const (
	skipQueryVariants = "query-variants"
	skipPathPattern   = "path-pattern"
)

// variantTrap reports whether a new link u, found on parent, is one too
// many of the URLs a template keeps generating from itself: the same path
// with another query (?v=<random>, ?page=N) or the same pattern of numbers,
// dates and random tokens (/item/{n}, /s/{t}). Only links that share the
// parent's host and path (or pattern) count, so a home page listing
// thousands of /story/{n} articles is never cut; a page of the template
// linking to yet more of it is, past MaxQueryVariants (or MaxPatternURLs)
// per host per HostWindow. It returns the skip reason or "".
func (s *Service) variantTrap(ctx context.Context, parent *url.URL, parentPattern string, u *url.URL) string {
	if parent == nil || !strings.EqualFold(parent.Host, u.Host) {
		return ""
	}
	host := strings.ToLower(u.Host)
	if u.EscapedPath() == parent.EscapedPath() && u.RawQuery != parent.RawQuery {
		n, err := s.st.Incr(ctx, "trapq:"+host+u.EscapedPath(), s.cfg.HostWindow)
		if err == nil && n > int64(s.cfg.MaxQueryVariants) {
			return skipQueryVariants
		}
		return ""
	}
	if parentPattern == "" {
		return ""
	}
	if p, _ := urlnorm.Pattern(u); p == parentPattern {
		n, err := s.st.Incr(ctx, "trapp:"+host+p, s.cfg.HostWindow)
		if err == nil && n > int64(s.cfg.MaxPatternURLs) {
			return skipPathPattern
		}
	}
	return ""
}

// templatePattern returns the pattern of a page's URL when it has variable
// parts, "" when it has none (nothing to generate from).
func templatePattern(u *url.URL) string {
	if u == nil {
		return ""
	}
	if p, variable := urlnorm.Pattern(u); variable {
		return p
	}
	return ""
}
