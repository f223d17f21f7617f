package dedupe

import (
	"fmt"
	"strings"
	"testing"

	"newsroom.dev/pkg/state"
)

func story(seed int, paras int) []string {
	var out []string
	for p := 0; p < paras; p++ {
		var w []string
		for i := 0; i < 40; i++ {
			w = append(w, fmt.Sprintf("w%d", (seed*7919+p*131+i*17)%5000))
		}
		out = append(out, strings.Join(w, " ")+".")
	}
	return out
}

func TestFingerprintEdits(t *testing.T) {
	h := NewHasher(Options{})
	orig := story(1, 8)
	base := h.Fingerprint(strings.Join(orig, "\n"))
	quotes := strings.ReplaceAll(strings.Join(orig, "\n"), "w1", "“w1”")
	tests := []struct {
		name     string
		text     string
		sameHash bool
		near     bool
	}{
		{"identical", strings.Join(orig, "\n"), true, true},
		{"whitespace and case", strings.ToUpper(strings.Join(orig, "\n\n  ")), true, true},
		{"quotes changed", quotes, true, true},
		{"last paragraph dropped", strings.Join(orig[:7], "\n"), false, true},
		{"read more added", strings.Join(orig, "\n") + "\nRead more at The Daily Example", true, true},
		{"different story", strings.Join(story(2, 8), "\n"), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fp := h.Fingerprint(tc.text)
			if got := fp.TextHash == base.TextHash; got != tc.sameHash {
				t.Errorf("same text hash = %v, want %v", got, tc.sameHash)
			}
			sim := state.Similarity(fp.Signature, base.Signature)
			if got := sim >= h.MinSimilarity(); got != tc.near {
				t.Errorf("similarity %.2f: near = %v, want %v", sim, got, tc.near)
			}
			shared := 0
			for i := range fp.Bands {
				if fp.Bands[i] == base.Bands[i] {
					shared++
				}
			}
			if tc.near && shared == 0 {
				t.Errorf("near copy shares no LSH band with the original")
			}
		})
	}
}

func TestFingerprintStable(t *testing.T) {
	a := NewHasher(Options{}).Fingerprint(strings.Join(story(3, 5), " "))
	b := NewHasher(Options{}).Fingerprint(strings.Join(story(3, 5), " "))
	if a.TextHash != b.TextHash || fmt.Sprint(a.Signature) != fmt.Sprint(b.Signature) {
		t.Fatal("fingerprints differ between hashers")
	}
	h := NewHasher(Options{})
	if short := h.Fingerprint("too short"); short.Signature != nil || short.TextHash != "" {
		t.Fatalf("short text without a title: %+v", short)
	}
	a1, a2 := h.FingerprintDoc("Mayor opens bridge", "Subscribe to read more."), h.FingerprintDoc("Fire in the harbour", "Subscribe to read more.")
	if a1.TextHash == "" || a1.TextHash == a2.TextHash || a1.Signature != nil {
		t.Fatalf("short texts under different titles: %+v %+v", a1, a2)
	}
	if b := h.FingerprintDoc("Mayor opens bridge", "Subscribe, to read more!"); b.TextHash != a1.TextHash {
		t.Fatal("short text with the same title and words differs")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	h := NewHasher(Options{})
	text := strings.Join(story(4, 10), "\n")
	b.ReportAllocs()
	for b.Loop() {
		h.Fingerprint(text)
	}
}
