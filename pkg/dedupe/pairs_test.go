package dedupe

import "testing"

func TestPairScores(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred []string
		p, r        float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"all merged", []string{"a", "a", "b"}, []string{"x", "x", "x"}, 1.0 / 3, 1},
		{"all split", []string{"a", "a", "b"}, []string{"x", "y", "z"}, 1, 0},
	}
	for _, tc := range tests {
		p, r := PairScores(tc.truth, tc.pred)
		if p != tc.p || r != tc.r {
			t.Errorf("%s: PairScores = %v, %v; want %v, %v", tc.name, p, r, tc.p, tc.r)
		}
	}
}
