package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrBadQuery is wrapped by errors about a search request that cannot be
// run: an empty or negative-only query, an unknown sort, a limit out of
// range, a malformed cursor or one that belongs to another query.
var ErrBadQuery = errors.New("bad search query")

// queryTerm is one part of a parsed search query: a word or a quoted phrase,
// possibly negated, possibly joined to the previous term by OR.
type queryTerm struct {
	words  []string // one word, or the words of a phrase
	phrase bool
	not    bool
	or     bool // OR-ed with the previous positive term
}

// parseQuery reads the query language shared by both backends: words (all
// must match), "a quoted phrase", OR between two terms, and -word or
// -"phrase" to exclude. Punctuation inside a word splits it into a phrase
// ("covid-19" is the phrase "covid 19"), as the indexes tokenise text. It
// fails when nothing positive is left to look for.
func parseQuery(q string) ([]queryTerm, error) {
	var terms []queryTerm
	pendingOr := false
	rs := []rune(q)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		not := false
		if r == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			not = true
			i++
		}
		var raw string
		phrase := false
		if i < len(rs) && rs[i] == '"' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			raw, phrase = string(rs[i+1:j]), true
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			raw = string(rs[i:j])
			i = j
		}
		if !phrase && !not && raw == "OR" {
			if len(terms) > 0 {
				pendingOr = true
			}
			continue
		}
		words := strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if len(words) == 0 {
			continue
		}
		t := queryTerm{words: words, phrase: phrase || len(words) > 1, not: not}
		if pendingOr && !not {
			t.or = true
		}
		pendingOr = false
		terms = append(terms, t)
	}
	positive := false
	for _, t := range terms {
		if !t.not {
			positive = true
		}
	}
	if !positive {
		return nil, fmt.Errorf("%w: q %q has no word to look for (only excluded words or punctuation)", ErrBadQuery, q)
	}
	return terms, nil
}

// fts5Query renders terms as an FTS5 MATCH expression. Every word is a
// quoted string, so no input can reach FTS5's own syntax.
func fts5Query(terms []queryTerm) string {
	quote := func(t queryTerm) string {
		return `"` + strings.ReplaceAll(strings.Join(t.words, " "), `"`, `""`) + `"`
	}
	var groups [][]string // AND of ORs
	var neg []string
	for _, t := range terms {
		switch {
		case t.not:
			neg = append(neg, quote(t))
		case t.or && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], quote(t))
		default:
			groups = append(groups, []string{quote(t)})
		}
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = strings.Join(g, " OR ")
		if len(g) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	out := strings.Join(parts, " AND ")
	if len(neg) > 0 {
		out = "(" + out + ")"
		for _, n := range neg {
			out += " NOT " + n
		}
	}
	return out
}

// websearchQuery renders terms in PostgreSQL's websearch_to_tsquery syntax,
// every word or phrase quoted so that a searched word "or" stays a word.
func websearchQuery(terms []queryTerm) string {
	var parts []string
	for i, t := range terms {
		s := `"` + strings.Join(t.words, " ") + `"`
		if t.not {
			s = "-" + s
		}
		if t.or && i > 0 {
			parts = append(parts, "OR")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// canonicalQuery is a normalised spelling of terms, for cursor fingerprints.
func canonicalQuery(terms []queryTerm) string { return websearchQuery(terms) }

// splitNegated returns the positive terms, and the excluded ones turned
// positive and OR-ed together: "a -b -c" gives "a" and "b OR c".
func splitNegated(terms []queryTerm) (pos, neg []queryTerm) {
	for _, t := range terms {
		if t.not {
			t.not, t.or = false, len(neg) > 0
			neg = append(neg, t)
		} else {
			pos = append(pos, t)
		}
	}
	return pos, neg
}
