package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The deploy tests read every manifest under deploy/ and check it against
// the code: flag (environment) names, admin ports and routes, grace periods,
// stream and consumer names, metric names, Dockerfile stages and arguments,
// and the files kustomize and compose refer to. No container engine or
// cluster is needed.

const deployDir = "../../deploy"

// flagInfo is one option of a command, as its --help prints it.
type flagInfo struct {
	Name, Env, Default string
}

var (
	helpFlagRE    = regexp.MustCompile(`^  --([a-z0-9-]+)(?: [a-z]+)?$`)
	helpEnvRE     = regexp.MustCompile(`\[(NEWSROOM_[A-Z0-9_]+)\]$`)
	helpDefaultRE = regexp.MustCompile(`\(default ([^()]*)\)  \[`)
)

// commandFlags runs `newsroom CMD --help` and parses the options it lists,
// keyed by environment variable name.
func commandFlags(t *testing.T, cmd string) map[string]flagInfo {
	t.Helper()
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{cmd, "--help"}, &out, &errb, func(string) string { return "" })
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("newsroom %s --help: err = %v, want flag.ErrHelp", cmd, err)
	}
	flags := map[string]flagInfo{}
	var name string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		line := sc.Text()
		if m := helpFlagRE.FindStringSubmatch(line); m != nil {
			name = m[1]
			continue
		}
		if m := helpEnvRE.FindStringSubmatch(line); m != nil && name != "" {
			fi := flagInfo{Name: name, Env: m[1]}
			if d := helpDefaultRE.FindStringSubmatch(line); d != nil {
				fi.Default = d[1]
			}
			if fi.Env != envName(cmd, name) {
				t.Errorf("newsroom %s: --%s shows %s, want %s", cmd, name, fi.Env, envName(cmd, name))
			}
			flags[fi.Env] = fi
			name = ""
		}
	}
	if len(flags) < 3 {
		t.Fatalf("newsroom %s --help lists %d options; parse failed:\n%s", cmd, len(flags), out.String())
	}
	return flags
}

// flagSets caches commandFlags for the commands the manifests run.
type flagSets map[string]map[string]flagInfo

func (f flagSets) get(t *testing.T, cmd string) map[string]flagInfo {
	t.Helper()
	if m, ok := f[cmd]; ok {
		return m
	}
	m := commandFlags(t, cmd)
	f[cmd] = m
	return m
}

// checkArgs checks a container command line: a known command and known flags.
func (f flagSets) checkArgs(t *testing.T, where string, args []string) string {
	t.Helper()
	if len(args) == 0 {
		t.Errorf("%s: no command", where)
		return ""
	}
	cmd := args[0]
	known := map[string]bool{"run": true, "crawler": true, "extractor": true, "sink": true, "seed": true,
		"status": true, "admin": true, "export": true}
	if !known[cmd] {
		t.Errorf("%s: unknown newsroom command %q", where, cmd)
		return ""
	}
	flags := f.get(t, cmd)
	for _, a := range args[1:] {
		if !strings.HasPrefix(a, "--") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		if _, ok := flags[envName(cmd, name)]; !ok {
			t.Errorf("%s: newsroom %s has no flag --%s", where, cmd, name)
		}
	}
	return cmd
}

// checkEnv checks that a NEWSROOM_* variable is an option of cmd.
func (f flagSets) checkEnv(t *testing.T, where, cmd, env string) {
	t.Helper()
	if !strings.HasPrefix(env, "NEWSROOM_") || cmd == "" {
		return
	}
	if _, ok := f.get(t, cmd)[env]; !ok {
		t.Errorf("%s: %s is not an option of newsroom %s", where, env, cmd)
	}
}

// adminRoutes are the paths pkg/admin serves without a token (probes).
var probeRoutes = map[string]bool{"/healthz": true, "/readyz": true}

// yamlDocs decodes every document of a (multi-document) YAML file.
func yamlDocs(t *testing.T, path string) []any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var docs []any
	for {
		var d any
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
	return docs
}

// Small accessors over decoded YAML.
func mget(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func mstr(v any, path ...string) string {
	switch x := mget(v, path...).(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

func mlist(v any, path ...string) []any {
	l, _ := mget(v, path...).([]any)
	return l
}

func strs(l []any) []string {
	var out []string
	for _, x := range l {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

func portOf(t *testing.T, where, addr string) int {
	t.Helper()
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Errorf("%s: bad address %q: %v", where, addr, err)
		return 0
	}
	n, _ := strconv.Atoi(p)
	return n
}

// TestManifestsParse parses every YAML file under deploy/.
func TestManifestsParse(t *testing.T) {
	n := 0
	err := filepath.WalkDir(deployDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); ext == ".yaml" || ext == ".yml" {
			if len(yamlDocs(t, path)) == 0 {
				t.Errorf("%s: no YAML documents", path)
			}
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("found %d manifests under %s", n, deployDir)
	}
}
