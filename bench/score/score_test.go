package score

import (
	"math"
	"testing"
)

func TestScorePage(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		tp, fp, fn  float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 0, 0},
		{"empty prediction", "one two three four five", "", 0, 0, 1},
		{"short texts", "a b", "a b", 1, 0, 0},
		{"half", "a b c d e", "a b c d x", 1.0 / 3, 1.0 / 3, 1.0 / 3},
		{"soft hyphen", "extra ordinary word here", "extra ordi\u00adnary word here", 1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScorePage(tt.truth, tt.pred)
			if math.Abs(got.TP-tt.tp) > 1e-9 || math.Abs(got.FP-tt.fp) > 1e-9 || math.Abs(got.FN-tt.fn) > 1e-9 {
				t.Errorf("ScorePage(%q, %q) = %+v, want tp=%v fp=%v fn=%v", tt.truth, tt.pred, got, tt.tp, tt.fp, tt.fn)
			}
		})
	}
}

func TestSummarizeSkipsUndefined(t *testing.T) {
	s := Summarize([]Page{{TP: 1}, {FN: 1}})
	if s.Precision != 1 || s.Recall != 0.5 {
		t.Fatalf("Summarize = %+v, want precision 1 recall 0.5", s)
	}
}

func TestWordF1(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        float64
	}{
		{"identical", "One two", "one TWO", 1},
		{"both empty", "", "", 1},
		{"empty prediction", "one two", "", 0},
		{"half", "a b c d", "a b", 2 * 1 * 0.5 / 1.5},
		{"multiset", "a a b", "a b b", 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordF1(tt.truth, tt.pred); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("WordF1(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func TestAuthorsF1(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred []string
		want        float64
	}{
		{"same names, case and spaces", []string{"Jane  Doe"}, []string{"jane doe"}, 1},
		{"one of two", []string{"A B", "C D"}, []string{"A B"}, 2 * 1 * 0.5 / 1.5},
		{"wrong", []string{"A B"}, []string{"X"}, 0},
		{"none expected, none given", nil, nil, 1},
		{"none expected, one given", nil, []string{"X"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AuthorsF1(tt.truth, tt.pred); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("AuthorsF1(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}
