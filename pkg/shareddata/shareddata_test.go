package shareddata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "samples"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, dir)
	if p, err := Find("samples"); err != nil || p != filepath.Join(dir, "samples") {
		t.Fatalf("Find with %s = %q, %v", EnvVar, p, err)
	}
	if _, err := Find("nothing-here"); err == nil || !strings.Contains(err.Error(), EnvVar) {
		t.Fatalf("missing set under %s: err %v", EnvVar, err)
	}
}
