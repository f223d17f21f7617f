package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hashSet is a TemplateSet backed by a map.
type hashSet map[uint64]bool

func (s hashSet) Repeated(h uint64) bool { return s[h] }

func TestBlockHash(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Share this  story", "share this story", true},
		{" Follow us\u00a0on X ", "follow us on x", true},
		{"Share this story", "Share that story", false},
	}
	for _, tt := range tests {
		if got := BlockHash(tt.a) == BlockHash(tt.b); got != tt.same {
			t.Errorf("BlockHash(%q) == BlockHash(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestTemplateDropsRepeatedLines(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "wire-aggregator.html"))
	if err != nil {
		t.Fatal(err)
	}
	ex := New(DefaultOptions())
	in := Input{URL: "https://dailyfinancehub.example/energy/4411.html", Body: body}
	first, err := ex.Extract(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.BlockHashes) != strings.Count(first.Text, "\n")+1 {
		t.Fatalf("got %d block hashes for %d lines", len(first.BlockHashes), strings.Count(first.Text, "\n")+1)
	}
	// Pretend the credit line repeats on every page of the site.
	credit := "(Reporting by Alex Lawler; Editing by Susan Fenton)"
	in.Template = hashSet{BlockHash(credit): true}
	second, err := ex.Extract(in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(second.Text, credit) || !strings.Contains(first.Text, credit) {
		t.Fatalf("template line not dropped:\nfirst: %q\nsecond: %q", first.Text, second.Text)
	}
	if second.Provenance["text"] != "dom+template" {
		t.Errorf("provenance = %q, want dom+template", second.Provenance["text"])
	}
}

// TestBlockHashRunes: BlockHash, lower-casing rune by rune, hashes as
// hashing the strings.ToLower copy did, on valid and invalid UTF-8.
func TestBlockHashRunes(t *testing.T) {
	pieces := []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\u00a0", "É", "é", "İ", "\u212a", "Σ", "ǅ", "中", "\xff", "\xc3", "\xa9", "\ufffd", "."}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := BlockHash(s), blockHashLowered(s); got != want {
			t.Fatalf("BlockHash(%q) = %x, want %x", s, got, want)
		}
	}
}

// blockHashLowered is BlockHash hashing a strings.ToLower copy, as it was
// first written.
func blockHashLowered(line string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	space := false
	started := false
	for _, r := range strings.ToLower(line) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' {
			space = started
			continue
		}
		if space {
			h ^= ' '
			h *= prime
			space = false
		}
		started = true
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= prime
		}
	}
	return h
}
