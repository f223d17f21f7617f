package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
