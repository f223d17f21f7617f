// Package score implements the article-extraction-benchmark metric: texts
// are split into \w+ tokens, compared as multisets of 4-token shingles, and
// per-page true/false positives and negatives are normalised to sum to 1;
// precision and recall are averaged over pages and F1 is the harmonic mean
// of the two averages.
package score

import (
	"strings"
	"unicode"
)

// ShingleSize is the n of the n-gram shingles.
const ShingleSize = 4

// Tokens splits s into runs of word characters (letters, digits, number
// marks and underscore), the Go equivalent of Python's re \w+.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// Shingles returns the multiset of ShingleSize-token shingles of s. A text
// with fewer tokens is one shingle of all of them; an empty text has none.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	n := len(toks) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		j := i + ShingleSize
		if j > len(toks) {
			j = len(toks)
		}
		m[strings.Join(toks[i:j], "\x00")]++
	}
	return m
}

// Page is the normalised score of one page.
type Page struct {
	TP, FP, FN float64
	// ExactMatch reports whether the token sequences are identical.
	ExactMatch bool
}

// Precision returns TP/(TP+FP) and whether it is defined.
func (p Page) Precision() (float64, bool) {
	if p.TP+p.FP == 0 {
		return 0, false
	}
	return p.TP / (p.TP + p.FP), true
}

// Recall returns TP/(TP+FN) and whether it is defined.
func (p Page) Recall() (float64, bool) {
	if p.TP+p.FN == 0 {
		return 0, false
	}
	return p.TP / (p.TP + p.FN), true
}

// ScorePage compares a predicted body with the true one. U+00AD (soft
// hyphen) is removed from the prediction first, as the benchmark's runners do.
func ScorePage(truth, pred string) Page {
	pred = strings.ReplaceAll(pred, "\u00ad", "")
	ts, ps := Shingles(truth), Shingles(pred)
	var tp, fp, fn float64
	for k, tc := range ts {
		pc := ps[k]
		tp += float64(min(tc, pc))
		if tc > pc {
			fn += float64(tc - pc)
		}
	}
	for k, pc := range ps {
		if tc := ts[k]; pc > tc {
			fp += float64(pc - tc)
		}
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return Page{TP: tp, FP: fp, FN: fn, ExactMatch: equalTokens(Tokens(truth), Tokens(pred))}
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Summary is the aggregate over pages.
type Summary struct {
	Precision, Recall, F1, Accuracy float64
	Pages                           int
}

// Summarize averages precision and recall over the pages where each is
// defined and returns F1 as their harmonic mean.
func Summarize(pages []Page) Summary {
	var ps, rs, acc float64
	var np, nr int
	for _, p := range pages {
		if v, ok := p.Precision(); ok {
			ps += v
			np++
		}
		if v, ok := p.Recall(); ok {
			rs += v
			nr++
		}
		if p.ExactMatch {
			acc++
		}
	}
	s := Summary{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(pages) > 0 {
		s.Accuracy = acc / float64(len(pages))
	}
	return s
}

// WordF1 is the WCXB metric of one page: the F1 of the lower-cased word
// multisets (\w+ tokens) of the truth and the prediction. Both empty is 1.
func WordF1(truth, pred string) float64 {
	tw := Tokens(strings.ToLower(truth))
	pw := Tokens(strings.ToLower(strings.ReplaceAll(pred, "\u00ad", "")))
	if len(tw) == 0 && len(pw) == 0 {
		return 1
	}
	if len(tw) == 0 || len(pw) == 0 {
		return 0
	}
	bag := make(map[string]int, len(tw))
	for _, w := range tw {
		bag[w]++
	}
	var tp int
	for _, w := range pw {
		if bag[w] > 0 {
			bag[w]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(len(pw))
	r := float64(tp) / float64(len(tw))
	return 2 * p * r / (p + r)
}

// NormName folds an author name or title for comparison: lower case,
// runs of spaces collapsed, surrounding punctuation trimmed.
func NormName(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// AuthorsF1 is the F1 of two sets of author names compared after NormName.
// Both empty is 1.
func AuthorsF1(truth, pred []string) float64 {
	ts := map[string]bool{}
	for _, a := range truth {
		if n := NormName(a); n != "" {
			ts[n] = true
		}
	}
	ps := map[string]bool{}
	for _, a := range pred {
		if n := NormName(a); n != "" {
			ps[n] = true
		}
	}
	if len(ts) == 0 && len(ps) == 0 {
		return 1
	}
	var tp int
	for a := range ps {
		if ts[a] {
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(len(ps))
	r := float64(tp) / float64(len(ts))
	return 2 * p * r / (p + r)
}
