package store

import (
	"slices"
	"strings"
)

// simplifyTSQuery drops the alternatives of a PostgreSQL tsquery (in its
// text form, as tsquery's output function writes it) that another
// alternative already covers, and returns the query's text; the query
// matches exactly the same documents.
//
// A query parsed with several text search configurations is the OR of
// each configuration's parse, and most of them are alike: "the harbour"
// is 'harbour' in English (a stop word dropped), 'the' <-> 'harbour' in
// many others. A document that has the phrase has the word, so the phrase
// adds no match, but it costs: every candidate the phrase could decide
// must have its positions read and compared, and ranking and snippets
// weigh lexemes no match needs. An alternative is dropped when it
// requires every lexeme of another alternative that only ANDs plain
// lexemes (no prefix, no weights), or repeats an earlier one.
func simplifyTSQuery(q string) string {
	toks, ok := lexTSQuery(q)
	if !ok {
		return q
	}
	// The top-level alternatives: | binds least, so they are the parts
	// between the |s outside parentheses.
	type alt struct {
		text    string
		lexemes []string // sorted, unique
		allAnd  bool     // only plain lexemes joined by &
		needAll bool     // matches only where every lexeme is (&, phrase operators, no | or !)
	}
	var alts []alt
	depth, start := 0, 0
	cur := alt{allAnd: true, needAll: true}
	for _, t := range toks {
		switch {
		case t.op == '(':
			depth++
		case t.op == ')':
			depth--
		case t.op == '|' && depth == 0:
			cur.text = strings.TrimSpace(q[start:t.pos])
			alts = append(alts, cur)
			cur, start = alt{allAnd: true, needAll: true}, t.end
			continue
		case t.op == '|' || t.op == '!':
			cur.allAnd, cur.needAll = false, false
		case t.op == '<':
			cur.allAnd = false
		case t.op == 0:
			if !t.plain {
				cur.allAnd, cur.needAll = false, false
			}
			cur.lexemes = append(cur.lexemes, t.lexeme)
		}
	}
	cur.text = strings.TrimSpace(q[start:])
	alts = append(alts, cur)
	if depth != 0 || len(alts) < 2 {
		return q
	}
	for i := range alts {
		if alts[i].text == "" {
			return q
		}
		slices.Sort(alts[i].lexemes)
		alts[i].lexemes = slices.Compact(alts[i].lexemes)
	}
	// covers tells whether alternative j makes alternative i redundant:
	// every document i matches, j matches. Between two alternatives that
	// cover each other (the same lexemes, both ANDed), the first is kept.
	covers := func(j, i int) bool {
		a, b := alts[j], alts[i]
		if a.text == b.text {
			return j < i
		}
		if !a.allAnd || !b.needAll || !subset(a.lexemes, b.lexemes) {
			return false
		}
		if b.allAnd && len(a.lexemes) == len(b.lexemes) {
			return j < i
		}
		return true
	}
	var kept []string
	for i := range alts {
		redundant := false
		for j := range alts {
			if j != i && covers(j, i) {
				redundant = true
				break
			}
		}
		if !redundant {
			kept = append(kept, alts[i].text)
		}
	}
	if len(kept) == len(alts) {
		return q
	}
	return strings.Join(kept, " | ")
}

// subset tells whether every string of the sorted slice a is in the
// sorted slice b.
func subset(a, b []string) bool {
	for _, s := range a {
		if _, found := slices.BinarySearch(b, s); !found {
			return false
		}
	}
	return true
}

// tsToken is one token of a tsquery's text: an operator (op is one of
// & | ! < ( ), < standing for any phrase operator <N>) or, with op 0, a
// lexeme, plain when it has no prefix or weight marks.
type tsToken struct {
	op       byte
	lexeme   string
	plain    bool
	pos, end int // byte offsets in the text
}

// lexTSQuery splits a tsquery's text into tokens; ok is false when the
// text is not in the form tsquery's output function writes.
func lexTSQuery(q string) (toks []tsToken, ok bool) {
	for i := 0; i < len(q); {
		c := q[i]
		switch c {
		case ' ':
			i++
		case '&', '|', '!', '(', ')':
			toks = append(toks, tsToken{op: c, pos: i, end: i + 1})
			i++
		case '<':
			j := strings.IndexByte(q[i:], '>')
			if j < 0 {
				return nil, false
			}
			toks = append(toks, tsToken{op: '<', pos: i, end: i + j + 1})
			i += j + 1
		case '\'':
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(q) {
					return nil, false
				}
				if q[j] == '\\' && j+1 < len(q) {
					b.WriteByte(q[j+1])
					j += 2
					continue
				}
				if q[j] == '\'' {
					if j+1 < len(q) && q[j+1] == '\'' {
						b.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(q[j])
				j++
			}
			j++ // the closing quote
			plain := true
			if j < len(q) && q[j] == ':' {
				plain = false
				j++
				for j < len(q) && strings.IndexByte("*ABCDabcd", q[j]) >= 0 {
					j++
				}
			}
			toks = append(toks, tsToken{lexeme: b.String(), plain: plain, pos: i, end: j})
			i = j
		default:
			return nil, false
		}
	}
	return toks, true
}

// excludeTSQuery returns the text of the tsquery that matches pos and not
// neg (both tsquery texts), as pos && !!neg would: an empty neg excludes
// nothing, an empty pos leaves the exclusion alone.
func excludeTSQuery(pos, neg string) string {
	switch {
	case neg == "":
		return pos
	case pos == "":
		return "!( " + neg + " )"
	default:
		return "( " + pos + " ) & !( " + neg + " )"
	}
}
