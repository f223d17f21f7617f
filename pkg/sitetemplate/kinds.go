package sitetemplate

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"newsroom.dev/pkg/extract"
)

// shapeCount is what a site's pages of one address shape showed: pages
// with an article's own date or byline, and pages that were not articles.
type shapeCount struct{ articles, others int }

// ShapeCounts returns the learned page kinds of the site's pages whose
// address has this shape (extract.PathShape). It implements
// extract.SiteKinds.
func (t *Template) ShapeCounts(shape string) (articles, others int) {
	if t == nil {
		return 0, 0
	}
	c := t.shapes[shape]
	return c.articles, c.others
}

// ObserveKind counts one extracted page's kind evidence
// (Result.KindEvidence) under its address shape (Result.PathShape), so
// that later pages of the same shape on the site are tipped towards what
// its pages were; an article is also counted as dated or undated under
// extract.SiteDatesShape. page identifies the page (its URL) so that a
// page observed twice counts once; "" skips that check. Pass every
// extracted page, article or not; pages without evidence are skipped.
func (l *Learner) ObserveKind(ctx context.Context, site, page string, res *extract.Result) error {
	if res == nil || res.PathShape == "" || len(res.PathShape) > 200 {
		return nil
	}
	var mine string
	switch res.KindEvidence {
	case extract.EvidenceArticle:
		mine = "a"
	case extract.EvidenceOther:
		mine = "o"
	}
	dated := ""
	if res.Kind == extract.KindArticle {
		dated = "o"
		if res.PublishedAt != nil {
			dated = "a"
		}
	}
	if mine == "" && dated == "" {
		return nil
	}
	sk, err := l.siteKey(site)
	if err != nil {
		return err
	}
	if first, err := l.firstLook(ctx, sk+"ku:", page); err != nil || !first {
		return err
	}
	counted := make(map[string]shapeCount, 2)
	if mine != "" {
		if counted[res.PathShape], err = l.countShape(ctx, sk, res.PathShape, mine); err != nil {
			return err
		}
	}
	if dated != "" {
		if counted[extract.SiteDatesShape], err = l.countShape(ctx, sk, extract.SiteDatesShape, dated); err != nil {
			return err
		}
	}
	tpl, _, err := l.template(ctx, site)
	if err != nil {
		return err
	}
	shapes := make(map[string]shapeCount, len(tpl.shapes)+len(counted))
	for k, v := range tpl.shapes {
		shapes[k] = v
	}
	for k, c := range counted {
		if _, known := shapes[k]; !known && k != extract.SiteDatesShape && len(shapes) >= l.o.MaxShapes {
			continue // the site's table is full: its busiest shapes are kept
		}
		shapes[k] = c
	}
	if err := l.st.Set(ctx, sk+"k", encodeShapes(shapes), l.o.Window); err != nil {
		return fmt.Errorf("sitetemplate: store page kinds: %w", err)
	}
	nt := &Template{set: tpl.set, affixes: tpl.affixes, order: tpl.order, spots: tpl.spots, shapes: shapes}
	l.store(sk, nt, l.now())
	return nil
}

// countShape counts one more page of the site on side mine ("a" or "o")
// of shape and returns the shape's counts on both sides.
func (l *Learner) countShape(ctx context.Context, sk, shape, mine string) (shapeCount, error) {
	other := "a"
	if mine == "a" {
		other = "o"
	}
	h := hex64(fnv64(shape))
	n, err := l.st.Incr(ctx, sk+"k"+mine+":"+h, l.o.Window)
	if err != nil {
		return shapeCount{}, fmt.Errorf("sitetemplate: count page kind: %w", err)
	}
	raw, ok, err := l.st.Get(ctx, sk+"k"+other+":"+h)
	if err != nil {
		return shapeCount{}, fmt.Errorf("sitetemplate: read page kind: %w", err)
	}
	var m int64
	if ok {
		m, _ = strconv.ParseInt(string(raw), 10, 64)
	}
	if mine == "o" {
		return shapeCount{articles: int(m), others: int(n)}, nil
	}
	return shapeCount{articles: int(n), others: int(m)}, nil
}

// encodeShapes writes lines "<articles>\t<others>\t<shape>", sorted.
func encodeShapes(shapes map[string]shapeCount) []byte {
	keys := make([]string, 0, len(shapes))
	for k := range shapes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		c := shapes[k]
		fmt.Fprintf(&b, "%d\t%d\t%s\n", c.articles, c.others, strings.ReplaceAll(k, "\n", " "))
	}
	return []byte(b.String())
}

// decodeShapes reads what encodeShapes wrote, keeping at most max shapes
// and skipping lines it cannot read.
func decodeShapes(b []byte, max int) map[string]shapeCount {
	out := make(map[string]shapeCount)
	for _, line := range strings.Split(string(b), "\n") {
		if len(out) >= max {
			break
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || f[2] == "" {
			continue
		}
		a, err1 := strconv.Atoi(f[0])
		o, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || o < 0 {
			continue
		}
		out[f[2]] = shapeCount{articles: a, others: o}
	}
	return out
}
