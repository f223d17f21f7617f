package testkit

import (
	"os"
	"strings"
	"testing"
)

// ReadCases reads a table of test cases from a file: one case a line, its
// fields separated by " | ", blank lines and lines starting with # skipped.
// A line with another number of fields than fields, or a file without
// cases, fails the test.
func ReadCases(t testing.TB, path string, fields int) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, " | ")
		if len(f) != fields {
			t.Fatalf("%s:%d: %d fields, want %d", path, n+1, len(f), fields)
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return out
}
