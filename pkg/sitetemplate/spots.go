package sitetemplate

import (
	"context"
	"fmt"
	"strings"

	"newsroom.dev/pkg/extract"
)

// spots are where a site shows its byline and its publication date: the
// element signatures of extract.Result.BylineSpot and DateSpot that most
// of the site's pages agree on.
type spots struct {
	byline, date string
}

// maxSpotLen bounds a stored spot signature.
const maxSpotLen = 160

// BylineSpot returns the learned signature of the element holding the
// site's bylines, "" when none is learned (extract.SiteSpots).
func (t *Template) BylineSpot() string {
	if t == nil {
		return ""
	}
	return t.spots.byline
}

// DateSpot returns the learned signature of the element showing the
// site's publication dates, "" when none is learned (extract.SiteSpots).
func (t *Template) DateSpot() string {
	if t == nil {
		return ""
	}
	return t.spots.date
}

var _ extract.SiteSpots = (*Template)(nil)

// encode writes the spots as the metadata template's lines "b\t<spot>"
// and "d\t<spot>".
func (s spots) encode() []byte {
	var b strings.Builder
	if s.byline != "" {
		b.WriteString("b\t" + s.byline + "\n")
	}
	if s.date != "" {
		b.WriteString("d\t" + s.date + "\n")
	}
	return []byte(b.String())
}

// decodeSpots reads the spot lines of a metadata template, skipping the
// lines it does not know and spots that are too long or span lines.
func decodeSpots(b []byte) spots {
	var s spots
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, "\t")
		if !ok || v == "" || len(v) > maxSpotLen {
			continue
		}
		switch k {
		case "b":
			s.byline = v
		case "d":
			s.date = v
		}
	}
	return s
}

// observeSpots counts the page's byline and date spots and returns the
// site's spots, changed when one reached Options.MetaPages pages and
// Options.MetaShare of the site's pages. It returns the store calls made.
func (l *Learner) observeSpots(ctx context.Context, sk string, pages int64, tpl *Template, res *extract.Result) (spots, int, bool, error) {
	sp := tpl.spots
	calls, changed := 0, false
	for _, f := range []struct {
		key, seen string
		cur       *string
	}{{"b:", res.BylineSpot, &sp.byline}, {"d:", res.DateSpot, &sp.date}} {
		if f.seen == "" || f.seen == *f.cur || len(f.seen) > maxSpotLen || strings.ContainsAny(f.seen, "\t\n") {
			continue
		}
		n, err := l.st.Incr(ctx, sk+f.key+hex64(fnv64(f.seen)), l.o.Window)
		calls++
		if err != nil {
			return sp, calls, false, fmt.Errorf("sitetemplate: count spot: %w", err)
		}
		if n >= int64(l.o.MetaPages) && float64(n) >= l.o.MetaShare*float64(pages) {
			*f.cur, changed = f.seen, true
		}
	}
	return sp, calls, changed, nil
}
