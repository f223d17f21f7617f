package bus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConnectRejectsPlaceholderFiles: a credentials or CA file without
// credentials or a certificate (a placeholder from an example) fails before
// any connection, naming the file and what it lacks.
func TestConnectRejectsPlaceholderFiles(t *testing.T) {
	dir := t.TempDir()
	placeholder := filepath.Join(dir, "nats.creds")
	os.WriteFile(placeholder, []byte("# Placeholder: replace with the user credentials file\n"), 0o600)
	tests := []struct {
		name string
		opts ConnectOptions
		want string
	}{
		{"creds", ConnectOptions{CredsFile: placeholder}, "credentials file " + placeholder + ` holds no "BEGIN NATS USER JWT"`},
		{"ca", ConnectOptions{CAFile: placeholder}, "CA file " + placeholder + ` holds no "BEGIN CERTIFICATE"`},
		{"missing", ConnectOptions{CredsFile: filepath.Join(dir, "absent")}, "no such file"},
	}
	for _, tc := range tests {
		_, err := Connect("nats://127.0.0.1:1", tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}
