package dedupe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFingerprint feeds arbitrary titles and texts (extracted from web
// pages) to the hasher: it must not panic, must be deterministic, and must
// return well-formed fingerprints.
func FuzzFingerprint(f *testing.F) {
	f.Add("Mayor opens bridge", "Advertisement\nThe mayor opened the bridge on Friday.\nRead more at The Daily")
	f.Add("", strings.Repeat("word ", 100))
	f.Add("x", "\xff\xfe\x00“quoted” — dash")
	f.Add("T", "\n\n\n")
	h := NewHasher(Options{})
	f.Fuzz(func(t *testing.T, title, text string) {
		a := h.FingerprintDoc(title, text)
		b := h.FingerprintDoc(title, text)
		if a.TextHash != b.TextHash || len(a.Signature) != len(b.Signature) || len(a.Bands) != len(b.Bands) {
			t.Fatalf("not deterministic: %+v vs %+v", a, b)
		}
		if a.TextHash != "" && len(a.TextHash) != 12 {
			t.Fatalf("text hash of %d bytes", len(a.TextHash))
		}
		if a.Signature != nil && (len(a.Signature) != DefaultSignature || len(a.Bands) != DefaultBands) {
			t.Fatalf("signature %d / bands %d", len(a.Signature), len(a.Bands))
		}
		if a.Signature != nil && a.Words < DefaultMinWords {
			t.Fatalf("signature for a %d-word text", a.Words)
		}
		if tr := TrimEdges(text); utf8.ValidString(text) && !utf8.ValidString(tr) {
			t.Fatalf("TrimEdges broke UTF-8: %q", tr)
		}
	})
}
