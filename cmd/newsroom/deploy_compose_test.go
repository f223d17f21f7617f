package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/admin"
)

func TestCompose(t *testing.T) {
	path := filepath.Join(deployDir, "docker-compose.yml")
	docs := yamlDocs(t, path)
	doc := docs[0]
	df := parseDockerfile(t, filepath.Join(deployDir, "Dockerfile"))
	fs := flagSets{}
	services, _ := mget(doc, "services").(map[string]any)
	for _, want := range []string{"nats", "redis", "postgres", "crawler", "extractor", "sink", "admin"} {
		if services[want] == nil {
			t.Errorf("compose lacks service %q", want)
		}
	}
	nats := strings.Join(strs(mlist(services["nats"], "command")), " ")
	if !strings.Contains(nats, "--jetstream") || !strings.Contains(nats, "--http_port 8222") {
		t.Errorf("nats command %q: want --jetstream and monitoring on 8222", nats)
	}
	for name, svc := range services {
		if mget(svc, "build") == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			where := "compose " + name
			ctxDir := filepath.Join(deployDir, mstr(svc, "build", "context"))
			if _, err := os.Stat(filepath.Join(ctxDir, mstr(svc, "build", "dockerfile"))); err != nil {
				t.Errorf("%s: dockerfile: %v", where, err)
			}
			if tgt := mstr(svc, "build", "target"); df.stages[tgt] == nil {
				t.Errorf("%s: build target %q is not a Dockerfile stage", where, tgt)
			}
			for arg := range mget(svc, "build", "args").(map[string]any) {
				if !df.args[arg] {
					t.Errorf("%s: build arg %s is not an ARG of the Dockerfile", where, arg)
				}
			}
			cmd := fs.checkArgs(t, where, strs(mlist(svc, "command")))
			env, _ := mget(svc, "environment").(map[string]any)
			for k := range env {
				fs.checkEnv(t, where, cmd, k)
			}
			for dep := range mget(svc, "depends_on").(map[string]any) {
				if services[dep] == nil {
					t.Errorf("%s: depends on unknown service %q", where, dep)
				}
			}
			for _, v := range strs(mlist(svc, "volumes")) {
				src, dst, _ := strings.Cut(v, ":")
				if strings.HasPrefix(src, ".") {
					host := filepath.Join(deployDir, src)
					b, err := os.ReadFile(host)
					if err != nil {
						t.Errorf("%s: volume source: %v", where, err)
						continue
					}
					if strings.HasSuffix(host, "seeds.yaml") {
						if sites, err := parseSeedsFile(b); err != nil || len(sites) == 0 {
							t.Errorf("%s: %s: %d sites, %v", where, host, len(sites), err)
						}
						dst, _, _ = strings.Cut(dst, ":")
						if !strings.Contains(strings.Join(strs(mlist(svc, "command")), " "), dst) {
							t.Errorf("%s: seeds mounted at %s but not passed to --seeds", where, dst)
						}
					}
				}
			}
			if mget(svc, "profiles") != nil {
				return // one-shot tools: no server, no health check
			}
			addr := mstr(env, "NEWSROOM_ADMIN_ADDR")
			if addr == "" {
				t.Fatalf("%s: no NEWSROOM_ADMIN_ADDR", where)
			}
			if admin.IsLoopback(addr) {
				t.Errorf("%s: admin on loopback %s is unreachable from other containers", where, addr)
			} else if mstr(env, "NEWSROOM_ADMIN_TOKEN") == "" {
				t.Errorf("%s: admin off loopback without NEWSROOM_ADMIN_TOKEN", where)
			}
			hc := strings.Join(strs(mlist(svc, "healthcheck", "test")), " ")
			if want := fmt.Sprintf("http://127.0.0.1:%d/readyz", portOf(t, where, addr)); !strings.Contains(hc, want) {
				t.Errorf("%s: healthcheck %q does not probe %s", where, hc, want)
			}
			if g := mstr(env, "NEWSROOM_GRACE"); g != "" {
				grace, _ := time.ParseDuration(g)
				stop, err := time.ParseDuration(mstr(svc, "stop_grace_period"))
				if err != nil || stop < grace+5*time.Second {
					t.Errorf("%s: stop_grace_period %q, want at least --grace %s + 5s", where, mstr(svc, "stop_grace_period"), grace)
				}
			}
		})
	}
}

// TestComposeVersion: the file keeps to what Compose 1.28 (docker-compose
// 1.29 in Debian 12) accepts, and says which version it needs.
func TestComposeVersion(t *testing.T) {
	path := filepath.Join(deployDir, "docker-compose.yml")
	doc, _ := yamlDocs(t, path)[0].(map[string]any)
	for key := range doc {
		switch {
		case key == "services", key == "volumes", key == "networks", key == "secrets", key == "configs", strings.HasPrefix(key, "x-"):
		default:
			// name: (Compose 2.3.3) and include: (2.20) are refused by 1.29.
			t.Errorf("%s: top-level %q is not accepted by docker-compose 1.29", path, key)
		}
	}
	services, _ := doc["services"].(map[string]any)
	for name, svc := range services {
		for _, key := range []string{"develop", "pull_policy"} {
			if mget(svc, key) != nil {
				t.Errorf("%s: service %s uses %q, newer than Compose 1.28", path, name, key)
			}
		}
		if mget(svc, "healthcheck", "start_interval") != nil {
			t.Errorf("%s: service %s: healthcheck.start_interval needs Compose 2.20", path, name)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(deployDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for what, text := range map[string]string{path: string(b), "deploy/README.md": string(readme)} {
		if !strings.Contains(text, "Compose 1.28 or newer") {
			t.Errorf("%s does not state the minimum Compose version", what)
		}
	}
}
