package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSharedData(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "samples"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(SharedDataEnv, dir)
	if p, err := SharedData("samples"); err != nil || p != filepath.Join(dir, "samples") {
		t.Fatalf("Find with %s = %q, %v", SharedDataEnv, p, err)
	}
	if _, err := SharedData("nothing-here"); err == nil || !strings.Contains(err.Error(), SharedDataEnv) {
		t.Fatalf("missing set under %s: err %v", SharedDataEnv, err)
	}
}
