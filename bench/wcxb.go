package bench

import (
	"hash/fnv"

	"sort"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"newsroom.dev/bench/score"
	"newsroom.dev/pkg/extract"
)

// Halves of a data set split by domain.
const (
	HalfDev     = "dev"      // the half rules may be tuned on
	HalfHeldOut = "held-out" // the half that is only reported
)

// splitSalt fixes the split; changing it would leak the held-out half.
const splitSalt = "newsroom-wcxb-split-v1:"

// Half returns the half of the split a domain belongs to: a fixed hash of
// the domain (so every page of a site lands in the same half, and a rule
// tuned on one site cannot leak into the other half through its siblings).
func Half(domain string) string {
	h := fnv.New64a()
	h.Write([]byte(splitSalt + strings.ToLower(strings.TrimPrefix(domain, "www."))))
	if h.Sum64()%2 == 0 {
		return HalfDev
	}
	return HalfHeldOut
}

// PageTypes are the WCXB page types in report order.
var PageTypes = []string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

// Quality is one extractor's scores over a set of pages.
type Quality struct {
	Pages int
	// Body is the shingle metric over all pages, Articles over the pages
	// whose type is article.
	Body, Articles score.Summary
	// WordF1 is the mean per-page word F1 by page type, WordN the pages.
	WordF1 map[string]float64
	WordN  map[string]int
	// TitleExact, DateDay and AuthorsF1 are over article pages that have
	// the field in the truth (TitleN, DateN, AuthorsN of them).
	TitleExact, DateDay, AuthorsF1 float64
	TitleN, DateN, AuthorsN        int
	// Classified reports whether the extractor gives page kinds; then
	// NonArticleStored is the share of non-article pages it calls
	// articles (they would be stored as stories) and ArticleEmptied the
	// share of articles it calls something else (they would be lost).
	Classified                       bool
	NonArticleStored, ArticleEmptied float64
	NonArticleN, ArticleN            int
	// StoredByType counts non-article pages called articles, by type.
	StoredByType map[string]int
	// RuleUses counts, by field (title, date, authors), the scored
	// articles whose field came from each rule of the extractor's
	// provenance.
	RuleUses map[string]map[string]int
}

// Miss is one page where a field came out wrong, for tuning on the dev
// half.
type Miss struct {
	Page       *Page
	Field      string
	Got, Want  string
	Score      float64
	ExtraNotes string
	// Rule is the extractor's provenance of the field ("" when it found
	// none or does not say).
	Rule string
}

// NormTitle folds what does not make two titles different headlines:
// runs of spaces, compatibility forms (NFKC: full-width "？" is "?") and
// typographic quotes (’ is ', “ is "). Case and words still count.
func NormTitle(s string) string {
	s = quoteFolder.Replace(norm.NFKC.String(s))
	return strings.Join(strings.Fields(s), " ")
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "‚", "'", "‛", "'", "“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"")

// Evaluate scores the outputs of one run (outs[i] belongs to pages[i]) over
// the pages selected by keep, and returns the misses of each field.
func Evaluate(pages []Page, outs []Output, keep func(*Page) bool) (Quality, []Miss) {
	q := Quality{WordF1: map[string]float64{}, WordN: map[string]int{}, StoredByType: map[string]int{},
		RuleUses: map[string]map[string]int{"title": {}, "date": {}, "authors": {}}}
	var all, arts []score.Page
	var misses []Miss
	var title, date, auth float64
	for i := range pages {
		p := &pages[i]
		if !keep(p) {
			continue
		}
		o := outs[i]
		q.Pages++
		sp := score.ScorePage(p.Truth, o.Text)
		all = append(all, sp)
		wf := score.WordF1(p.Truth, o.Text)
		q.WordF1[p.PageType] += wf
		q.WordN[p.PageType]++
		if o.Kind != "" {
			q.Classified = true
		}
		if p.PageType != "article" {
			q.NonArticleN++
			if o.Kind == extract.KindArticle {
				q.NonArticleStored++
				q.StoredByType[p.PageType]++
				misses = append(misses, Miss{Page: p, Field: "stored", Got: o.Kind, Want: p.PageType, Rule: KindRule(o.Provenance["kind"])})
			}
			continue
		}
		arts = append(arts, sp)
		q.ArticleN++
		if o.Kind != "" && o.Kind != extract.KindArticle {
			q.ArticleEmptied++
			misses = append(misses, Miss{Page: p, Field: "emptied", Got: o.Kind, Want: "article", Rule: KindRule(o.Provenance["kind"])})
		}
		if wf < 0.8 {
			misses = append(misses, Miss{Page: p, Field: "body", Score: wf})
		}
		if p.Title != "" {
			q.RuleUses["title"][o.Provenance["title"]]++
			q.TitleN++
			if NormTitle(o.Title) == NormTitle(p.Title) {
				title++
			} else {
				misses = append(misses, Miss{Page: p, Field: "title", Got: o.Title, Want: p.Title, Rule: o.Provenance["title"]})
			}
		}
		if len(p.Date) == len("2006-01-02") {
			q.RuleUses["date"][o.Provenance["published_at"]]++
			q.DateN++
			if o.Day == p.Date {
				date++
			} else {
				misses = append(misses, Miss{Page: p, Field: "date", Got: o.Day, Want: p.Date, Rule: o.Provenance["published_at"]})
			}
		}
		if len(p.Authors) > 0 {
			q.RuleUses["authors"][o.Provenance["authors"]]++
			q.AuthorsN++
			f := score.AuthorsF1(p.Authors, o.Authors)
			auth += f
			if f < 1 {
				misses = append(misses, Miss{Page: p, Field: "authors", Got: strings.Join(o.Authors, " | "), Want: strings.Join(p.Authors, " | "), Score: f, Rule: o.Provenance["authors"]})
			}
		}
	}
	q.Body = score.Summarize(all)
	q.Articles = score.Summarize(arts)
	for t, n := range q.WordN {
		q.WordF1[t] /= float64(n)
	}
	if q.TitleN > 0 {
		q.TitleExact = title / float64(q.TitleN)
	}
	if q.DateN > 0 {
		q.DateDay = date / float64(q.DateN)
	}
	if q.AuthorsN > 0 {
		q.AuthorsF1 = auth / float64(q.AuthorsN)
	}
	if q.NonArticleN > 0 {
		q.NonArticleStored /= float64(q.NonArticleN)
	}
	if q.ArticleN > 0 {
		q.ArticleEmptied /= float64(q.ArticleN)
	}
	sort.SliceStable(misses, func(a, b int) bool { return misses[a].Field < misses[b].Field })
	return q, misses
}

// InHalf selects the pages of one half of the split ("" selects all).
func InHalf(half string) func(*Page) bool {
	return func(p *Page) bool { return half == "" || Half(p.Domain) == half }
}

// KindRule is the name of the rule behind a page kind's provenance,
// without the model's score and reasons ("model:+1.71(…)" is "model").
func KindRule(prov string) string {
	if i := strings.IndexAny(prov, ":("); i > 0 && strings.HasPrefix(prov, "model") {
		return prov[:i]
	}
	return prov
}

// MissKind sorts a title, date or authors miss into a coarse cause that
// can be reported for a half whose pages are not to be read one by one:
// nothing found, the right value with something added or taken away, or
// another value.
func MissKind(m Miss) string {
	if m.Got == "" {
		return "none"
	}
	switch m.Field {
	case "title":
		g, w := strings.ToLower(NormTitle(m.Got)), strings.ToLower(NormTitle(m.Want))
		switch {
		case g == w:
			return "case"
		case strings.Contains(g, w):
			return "longer"
		case strings.Contains(w, g):
			return "shorter"
		}
	case "date":
		g, err1 := time.Parse(time.DateOnly, m.Got)
		w, err2 := time.Parse(time.DateOnly, m.Want)
		if err1 != nil || err2 != nil {
			return "other"
		}
		d := g.Sub(w).Hours() / 24
		switch {
		case g.Year() == w.Year() && g.Month() == time.Month(w.Day()) && g.Day() == int(w.Month()):
			return "day-month"
		case d >= -1 && d <= 1:
			return "one-day"
		case d > 0:
			return "later"
		default:
			return "earlier"
		}
	case "authors":
		if m.Score == 0 {
			return "disjoint"
		}
		return "partial"
	}
	return "other"
}
