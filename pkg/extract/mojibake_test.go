package extract

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A DIY Investor\u00e2\u0080\u0099s Guide", "A DIY Investor’s Guide"},
		{"JOHNSON\u00e2\u0080\u0099S\u00c2\u00ae", "JOHNSON’S®"},
		{"It\u00e2\u20ac\u2122s caf\u00c3\u00a9 time", "It’s café time"},
		{"Café, São Paulo, Ærø, naïve, «Zürich»", "Café, São Paulo, Ærø, naïve, «Zürich»"},
		{"plain ascii", "plain ascii"},
		{"\u00c3", "\u00c3"},
		{"\u00e2\u0080", "\u00e2\u0080"},
	}
	for _, tt := range tests {
		if got := string(repairMojibake([]byte(tt.in))); got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
