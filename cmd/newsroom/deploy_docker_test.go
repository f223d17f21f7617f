package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"newsroom.dev/pkg/admin"
)

// dockerfile is what the tests need from deploy/Dockerfile.
type dockerfile struct {
	args   map[string]bool
	stages map[string]*dockerStage
	last   string
}

type dockerStage struct {
	from, user, entrypoint, cmd, healthcheck string
	env                                      map[string]string
	expose                                   []int
	run                                      []string
}

func parseDockerfile(t *testing.T, path string) *dockerfile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Join continuation lines, drop comments.
	var lines []string
	var cur strings.Builder
	for _, l := range strings.Split(string(b), "\n") {
		s := strings.TrimSpace(l)
		if strings.HasPrefix(s, "#") || (s == "" && cur.Len() == 0) {
			continue
		}
		if strings.HasSuffix(s, "\\") {
			cur.WriteString(strings.TrimSuffix(s, "\\") + " ")
			continue
		}
		cur.WriteString(s)
		lines = append(lines, cur.String())
		cur.Reset()
	}
	df := &dockerfile{args: map[string]bool{}, stages: map[string]*dockerStage{}}
	var st *dockerStage
	for _, l := range lines {
		instr, rest, _ := strings.Cut(l, " ")
		rest = strings.TrimSpace(rest)
		switch strings.ToUpper(instr) {
		case "ARG":
			for _, a := range strings.Fields(rest) {
				name, _, _ := strings.Cut(a, "=")
				df.args[name] = true
			}
		case "FROM":
			f := strings.Fields(rest)
			for len(f) > 0 && strings.HasPrefix(f[0], "--") {
				f = f[1:]
			}
			st = &dockerStage{from: f[0], env: map[string]string{}}
			name := fmt.Sprint(len(df.stages))
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				name = f[2]
			}
			if base, ok := df.stages[f[0]]; ok { // FROM an earlier stage inherits it
				c := *base
				c.env = map[string]string{}
				for k, v := range base.env {
					c.env[k] = v
				}
				c.expose = slices.Clone(base.expose)
				c.from = base.from
				st = &c
			}
			df.stages[name] = st
			df.last = name
		case "USER":
			st.user = rest
		case "ENTRYPOINT":
			st.entrypoint = rest
		case "CMD":
			st.cmd = rest
		case "HEALTHCHECK":
			st.healthcheck = rest
		case "RUN":
			st.run = append(st.run, rest)
		case "EXPOSE":
			for _, p := range strings.Fields(rest) {
				n, _ := strconv.Atoi(strings.TrimSuffix(p, "/tcp"))
				st.expose = append(st.expose, n)
			}
		case "ENV":
			for _, kv := range strings.Fields(rest) {
				if k, v, ok := strings.Cut(kv, "="); ok {
					st.env[k] = v
				}
			}
		}
	}
	return df
}

func TestDockerfile(t *testing.T) {
	df := parseDockerfile(t, filepath.Join(deployDir, "Dockerfile"))
	fs := flagSets{}
	build := df.stages["build"]
	if build == nil {
		t.Fatal("no build stage")
	}
	joined := strings.Join(build.run, "\n")
	for _, want := range []string{"CGO_ENABLED=0", "./cmd/newsroom", "./deploy/healthcheck/main.go"} {
		if !strings.Contains(joined, want) {
			t.Errorf("build stage does not mention %q", want)
		}
	}
	for _, p := range []string{"../../cmd/newsroom/main.go", "../../deploy/healthcheck/main.go", "../../go.work"} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("the Dockerfile builds %s: %v", p, err)
		}
	}
	if df.last != "crawler" {
		t.Errorf("default (last) stage is %q, want crawler", df.last)
	}
	for _, cmd := range []string{"crawler", "extractor", "sink", "admin"} {
		t.Run(cmd, func(t *testing.T) {
			st := df.stages[cmd]
			if st == nil {
				t.Fatalf("no stage %q", cmd)
			}
			if !strings.Contains(st.from, "distroless/static") && st.from != "scratch" {
				t.Errorf("base %q is not distroless/static or scratch", st.from)
			}
			if st.user == "" || st.user == "root" || strings.HasPrefix(st.user, "0") {
				t.Errorf("USER %q: want a non-root user", st.user)
			}
			if st.entrypoint != `["/newsroom"]` || st.cmd != `["`+cmd+`"]` {
				t.Errorf("ENTRYPOINT %s CMD %s, want [\"/newsroom\"] [%q]", st.entrypoint, st.cmd, cmd)
			}
			flags := fs.get(t, cmd)
			addr := flags["NEWSROOM_ADMIN_ADDR"].Default
			if v, ok := st.env["NEWSROOM_ADMIN_ADDR"]; ok {
				addr = v
			}
			port := portOf(t, cmd, addr)
			if !slices.Contains(st.expose, port) {
				t.Errorf("EXPOSE %v lacks the admin port %d", st.expose, port)
			}
			if want := fmt.Sprintf("http://127.0.0.1:%d/readyz", port); !strings.Contains(st.healthcheck, want) {
				t.Errorf("HEALTHCHECK %q does not probe %s", st.healthcheck, want)
			}
			for k := range st.env {
				if k == "NEWSROOM_DATA" && cmd != "sink" {
					continue // only the sink (and run/export) has --data; others ignore it
				}
				fs.checkEnv(t, "Dockerfile ENV", cmd, k)
			}
		})
	}
}

// goTool finds the go command for tests that build binaries.
func goTool(t testing.TB) string {
	t.Helper()
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/local/go/bin/go", "/usr/lib/go/bin/go"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("go command not found (needed to build binaries)")
	return ""
}

// TestHealthcheckProgram builds the image's health check program the way the
// Dockerfile does and probes a real admin server with it.
func TestHealthcheckProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "healthcheck")
	build := exec.Command(goTool(t), "build", "-o", bin, "./deploy/healthcheck/main.go")
	build.Dir = "../.."
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build healthcheck: %v\n%s", err, out)
	}
	srv, err := admin.New(admin.Config{Addr: "127.0.0.1:0", Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	defer func() { cancel(); <-done }()
	probe := func(path string) error {
		return exec.Command(bin, "http://"+srv.Addr()+path).Run()
	}
	if err := probe("/readyz"); err != nil {
		t.Errorf("healthcheck /readyz of a ready server: %v", err)
	}
	if err := probe("/status"); err == nil {
		t.Error("healthcheck of a 401 endpoint succeeded")
	}
	srv.SetDraining()
	if err := probe("/readyz"); err == nil {
		t.Error("healthcheck /readyz of a draining server succeeded")
	}
}

// TestServiceMonitor checks the optional Prometheus Operator scrape config
// against the base: it selects the Services, uses their admin port and the
// admin token from the credentials Secret.
