package store

import "testing"

func TestSimplifyTSQuery(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"one word", `'harbour'`, `'harbour'`},
		{"empty", ``, ``},
		{"phrase covered by its word", `'harbour' | 'te' <-> 'harbour' | 'the' <-> 'harbour'`, `'harbour'`},
		{"phrase after the word", `'the' <-> 'harbour' | 'harbour'`, `'harbour'`},
		{"phrases of other stems stay", `'elect' | 'election' | 'of' <-> 'elect' | 'of' <-> 'election' | 'of' <-> 'elections'`,
			`'elect' | 'election' | 'of' <-> 'elections'`},
		{"two words, different stems", `'harbour' & 'brid' | 'harbour' & 'bridg' | 'harbour' & 'bridge'`,
			`'harbour' & 'brid' | 'harbour' & 'bridg' | 'harbour' & 'bridge'`},
		{"two words covered by one", `'harbour' & 'bridge' | 'harbour'`, `'harbour'`},
		{"same words in another order", `'a' & 'b' | 'b' & 'a'`, `'a' & 'b'`},
		{"repeated phrase", `'a' <-> 'b' | 'a' <-> 'b'`, `'a' <-> 'b'`},
		{"phrase does not cover a word", `'a' <-> 'b' | 'a' <-> 'c'`, `'a' <-> 'b' | 'a' <-> 'c'`},
		{"distance phrase covered", `'a' <2> 'b' | 'a' & 'b'`, `'a' & 'b'`},
		{"an OR inside parentheses needs not every lexeme", `'a' & ( 'b' | 'c' ) | 'b'`, `'a' & ( 'b' | 'c' ) | 'b'`},
		{"parentheses of ANDs", `( 'a' <-> 'b' ) & 'c' | 'a' & 'c'`, `'a' & 'c'`},
		{"negation is not covered", `'a' & !'b' | 'a' & 'c'`, `'a' & !'b' | 'a' & 'c'`},
		{"negation does not cover", `'a' & 'b' | 'a' & !'c'`, `'a' & 'b' | 'a' & !'c'`},
		{"prefix is not plain", `'harb':* | 'harb' & 'x'`, `'harb':* | 'harb' & 'x'`},
		{"weights are not plain", `'harb':A | 'harb' <-> 'x'`, `'harb':A | 'harb' <-> 'x'`},
		{"quoted characters", `'it''s' | 'it''s' <-> 'a|b' | 'x\\y' | 'x\\y' & 'z'`, `'it''s' | 'x\\y'`},
		{"operators inside a lexeme", `'a|b' & 'c' | 'c'`, `'c'`},
		{"unbalanced text kept", `'a' | ( 'a' & 'b'`, `'a' | ( 'a' & 'b'`},
		{"unquoted text kept", `a | a & b`, `a | a & b`},
	}
	for _, tt := range tests {
		if got := simplifyTSQuery(tt.in); got != tt.want {
			t.Errorf("%s: simplifyTSQuery(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
