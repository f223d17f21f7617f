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
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.yaml.in/yaml/v3"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
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

// stageOf maps a service command to its bus stage.
func stageOf(cmd string) (bus.Stage, bool) {
	for _, s := range bus.Stages() {
		if s.Name == cmd {
			return s, true
		}
	}
	return bus.Stage{}, false
}

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

// k8sObjects is a kustomization's resources after a simplified build:
// base resources, generated ConfigMaps/Secrets, overlay literals.
type k8sObjects struct {
	docs    []any
	config  map[string]map[string]string // ConfigMap name -> data
	secrets map[string]map[string]string // Secret name -> data
}

func (o *k8sObjects) byKind(kind string) []any {
	var out []any
	for _, d := range o.docs {
		if mstr(d, "kind") == kind {
			out = append(out, d)
		}
	}
	return out
}

// loadKustomization reads a kustomization and, recursively, its bases,
// checking that every file it names exists.
func loadKustomization(t *testing.T, dir string) *k8sObjects {
	t.Helper()
	kpath := filepath.Join(dir, "kustomization.yaml")
	k := yamlDocs(t, kpath)[0]
	objs := &k8sObjects{config: map[string]map[string]string{}, secrets: map[string]map[string]string{}}
	for _, r := range strs(mlist(k, "resources")) {
		p := filepath.Join(dir, r)
		st, err := os.Stat(p)
		if err != nil {
			t.Errorf("%s: resource %s: %v", kpath, r, err)
			continue
		}
		if st.IsDir() {
			sub := loadKustomization(t, p)
			objs.docs = append(objs.docs, sub.docs...)
			for n, d := range sub.config {
				objs.config[n] = d
			}
			for n, d := range sub.secrets {
				objs.secrets[n] = d
			}
			continue
		}
		for _, d := range yamlDocs(t, p) {
			objs.docs = append(objs.docs, d)
			name := mstr(d, "metadata", "name")
			switch mstr(d, "kind") {
			case "ConfigMap":
				objs.config[name] = stringMap(mget(d, "data"))
			case "Secret":
				m := stringMap(mget(d, "stringData"))
				for key := range stringMap(mget(d, "data")) {
					m[key] = "(base64)"
				}
				objs.secrets[name] = m
			}
		}
	}
	gen := func(key string, into map[string]map[string]string) {
		for _, g := range mlist(k, key) {
			name := mstr(g, "name")
			data := map[string]string{}
			if mstr(g, "behavior") == "merge" {
				if into[name] == nil {
					t.Errorf("%s: %s %s merges into nothing", kpath, key, name)
				}
				for k, v := range into[name] {
					data[k] = v
				}
			}
			if b := mstr(g, "behavior"); (b == "merge" || b == "replace") && into[name] == nil {
				t.Errorf("%s: %s %s: behavior %s but the base has no such object", kpath, key, name, b)
			}
			for _, f := range strs(mlist(g, "files")) {
				keyName, file, ok := strings.Cut(f, "=")
				if !ok {
					keyName, file = filepath.Base(f), f
				}
				b, err := os.ReadFile(filepath.Join(dir, file))
				if err != nil {
					t.Errorf("%s: %s %s: %v", kpath, key, name, err)
				}
				data[keyName] = string(b)
			}
			for _, l := range strs(mlist(g, "literals")) {
				kk, v, _ := strings.Cut(l, "=")
				data[kk] = v
			}
			into[name] = data
		}
	}
	gen("configMapGenerator", objs.config)
	gen("secretGenerator", objs.secrets)
	for _, p := range mlist(k, "patches") {
		path := mstr(p, "path")
		if _, err := os.Stat(filepath.Join(dir, path)); err != nil {
			t.Errorf("%s: patch %s: %v", kpath, path, err)
			continue
		}
		for _, d := range yamlDocs(t, filepath.Join(dir, path)) {
			if ops, ok := d.([]any); ok {
				applyJSONPatch(t, path, objs, mget(p, "target"), ops)
				continue
			}
			kind, name := mstr(d, "kind"), mstr(d, "metadata", "name")
			n := 0
			for i, o := range objs.docs {
				if mstr(o, "kind") == kind && mstr(o, "metadata", "name") == name {
					objs.docs[i] = mergePatch(o, d)
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s: patch %s: no %s %s to patch", kpath, path, kind, name)
			}
		}
	}
	return objs
}

// mergePatch applies a strategic-merge patch in the simplified way the
// manifests need: maps merge, lists of named maps merge by name, the rest
// is replaced.
func mergePatch(dst, patch any) any {
	switch p := patch.(type) {
	case map[string]any:
		d, ok := dst.(map[string]any)
		if !ok {
			return p
		}
		out := map[string]any{}
		for k, v := range d {
			out[k] = v
		}
		for k, v := range p {
			out[k] = mergePatch(d[k], v)
		}
		return out
	case []any:
		d, ok := dst.([]any)
		if !ok || len(p) == 0 || mstr(p[0], "name") == "" {
			return p
		}
		out := slices.Clone(d)
		for _, item := range p {
			idx := slices.IndexFunc(out, func(x any) bool { return mstr(x, "name") == mstr(item, "name") })
			if idx >= 0 {
				out[idx] = mergePatch(out[idx], item)
			} else {
				out = append(out, item)
			}
		}
		return out
	}
	return patch
}

// applyJSONPatch applies JSON 6902 add/replace operations to the objects a
// kustomize patch target selects.
func applyJSONPatch(t *testing.T, file string, objs *k8sObjects, target any, ops []any) {
	t.Helper()
	n := 0
	for i, o := range objs.docs {
		if k := mstr(target, "kind"); k != "" && mstr(o, "kind") != k {
			continue
		}
		if name := mstr(target, "name"); name != "" && mstr(o, "metadata", "name") != name {
			continue
		}
		if sel := mstr(target, "labelSelector"); sel != "" {
			k, v, _ := strings.Cut(sel, "=")
			if stringMap(mget(o, "metadata", "labels"))[k] != v {
				continue
			}
		}
		n++
		for _, op := range ops {
			segs := strings.Split(strings.TrimPrefix(mstr(op, "path"), "/"), "/")
			var err error
			objs.docs[i], err = jsonPatchAt(o, segs, mstr(op, "op"), mget(op, "value"))
			if err != nil {
				t.Errorf("patch %s on %s %s: %s %s: %v", file, mstr(o, "kind"), mstr(o, "metadata", "name"), mstr(op, "op"), mstr(op, "path"), err)
			}
			o = objs.docs[i]
		}
	}
	if n == 0 {
		t.Errorf("patch %s: target %v selects nothing", file, target)
	}
}

func jsonPatchAt(v any, segs []string, op string, value any) (any, error) {
	if len(segs) == 0 {
		return value, nil
	}
	switch x := v.(type) {
	case map[string]any:
		if len(segs) == 1 {
			if _, ok := x[segs[0]]; !ok && op == "replace" {
				return nil, fmt.Errorf("no %q to replace", segs[0])
			}
			x[segs[0]] = value
			return x, nil
		}
		child, ok := x[segs[0]]
		if !ok {
			return nil, fmt.Errorf("no %q", segs[0])
		}
		nv, err := jsonPatchAt(child, segs[1:], op, value)
		x[segs[0]] = nv
		return x, err
	case []any:
		if segs[0] == "-" && len(segs) == 1 && op == "add" {
			return append(x, value), nil
		}
		i, err := strconv.Atoi(segs[0])
		if err != nil || i < 0 || i >= len(x) {
			return nil, fmt.Errorf("bad index %q", segs[0])
		}
		nv, err := jsonPatchAt(x[i], segs[1:], op, value)
		x[i] = nv
		return x, err
	}
	return nil, fmt.Errorf("cannot descend into %T at %q", v, segs[0])
}

func stringMap(v any) map[string]string {
	out := map[string]string{}
	m, _ := v.(map[string]any)
	for k, x := range m {
		out[k] = fmt.Sprint(x)
	}
	return out
}

func TestKubernetes(t *testing.T) {
	for _, dir := range []string{"k8s/base", "k8s/overlays/example"} {
		t.Run(dir, func(t *testing.T) {
			checkKubernetes(t, loadKustomization(t, filepath.Join(deployDir, dir)))
		})
	}
}

func checkKubernetes(t *testing.T, objs *k8sObjects) {
	fs := flagSets{}
	deployments := map[string]string{} // name -> command
	podLabels := map[string]map[string]string{}
	containerPorts := map[string]map[string]int{} // deployment -> port name -> number
	checkPod := func(where string, spec any, isJob bool) string {
		cs := mlist(spec, "containers")
		if len(cs) != 1 {
			t.Fatalf("%s: %d containers, want 1", where, len(cs))
		}
		c := cs[0]
		cmd := fs.checkArgs(t, where, strs(mlist(c, "args")))
		if mget(spec, "securityContext", "runAsNonRoot") != true {
			t.Errorf("%s: pod securityContext.runAsNonRoot is not true", where)
		}
		if mstr(c, "resources", "requests", "cpu") == "" || mstr(c, "resources", "limits", "memory") == "" {
			t.Errorf("%s: want cpu requests and a memory limit", where)
		}
		env := map[string]string{}
		for _, e := range mlist(c, "env") {
			name := mstr(e, "name")
			fs.checkEnv(t, where, cmd, name)
			env[name] = mstr(e, "value")
			if ref := mget(e, "valueFrom", "secretKeyRef"); ref != nil {
				sec, ok := objs.secrets[mstr(ref, "name")]
				if !ok {
					t.Errorf("%s: %s from unknown Secret %s", where, name, mstr(ref, "name"))
				} else if _, ok := sec[mstr(ref, "key")]; !ok && mget(ref, "optional") != true {
					t.Errorf("%s: %s from Secret %s key %s, which it lacks", where, name, mstr(ref, "name"), mstr(ref, "key"))
				}
				env[name] = "(secret)"
			}
		}
		for _, ef := range mlist(c, "envFrom") {
			cm := mstr(ef, "configMapRef", "name")
			data, ok := objs.config[cm]
			if !ok {
				t.Errorf("%s: envFrom unknown ConfigMap %s", where, cm)
			}
			for k, v := range data {
				if _, set := env[k]; !set {
					env[k] = v
				}
			}
		}
		// Volumes refer to ConfigMaps/Secrets that exist; --seeds points into a mount.
		mounts := map[string]string{}
		for _, m := range mlist(c, "volumeMounts") {
			mounts[mstr(m, "name")] = mstr(m, "mountPath")
		}
		for _, v := range mlist(spec, "volumes") {
			name := mstr(v, "name")
			if _, ok := mounts[name]; !ok {
				t.Errorf("%s: volume %s is not mounted", where, name)
			}
			if cm := mstr(v, "configMap", "name"); cm != "" {
				data, ok := objs.config[cm]
				if !ok {
					t.Errorf("%s: volume from unknown ConfigMap %s", where, cm)
				}
				args := strs(mlist(c, "args"))
				if i := slices.Index(args, "--seeds"); i >= 0 && i+1 < len(args) && strings.HasPrefix(args[i+1], mounts[name]) {
					key := strings.TrimPrefix(strings.TrimPrefix(args[i+1], mounts[name]), "/")
					sites, err := parseSeedsFile([]byte(data[key]))
					if err != nil || len(sites) == 0 {
						t.Errorf("%s: seeds %s (ConfigMap %s key %s): %d sites, %v", where, args[i+1], cm, key, len(sites), err)
					}
				}
			}
			if s := mstr(v, "secret", "secretName"); s != "" {
				if _, ok := objs.secrets[s]; !ok {
					t.Errorf("%s: volume from unknown Secret %s", where, s)
				}
			}
		}
		for k, v := range env {
			if (k == "NEWSROOM_NATS_CREDS" || k == "NEWSROOM_NATS_CA") && v != "" {
				found := false
				for _, mp := range mounts {
					found = found || strings.HasPrefix(v, mp+"/")
				}
				if !found && !isJob {
					t.Errorf("%s: %s=%s is not inside a mounted volume", where, k, v)
				}
			}
		}
		if isJob {
			return cmd
		}
		// Admin server: off loopback with a token, port declared, probes on its routes.
		addr := env["NEWSROOM_ADMIN_ADDR"]
		if addr == "" || admin.IsLoopback(addr) {
			t.Errorf("%s: NEWSROOM_ADMIN_ADDR %q: kubelet probes need a pod address", where, addr)
		}
		if env["NEWSROOM_ADMIN_TOKEN"] == "" {
			t.Errorf("%s: no NEWSROOM_ADMIN_TOKEN, required off loopback", where)
		}
		ports := map[string]int{}
		for _, p := range mlist(c, "ports") {
			n, _ := strconv.Atoi(mstr(p, "containerPort"))
			ports[mstr(p, "name")] = n
		}
		if want := portOf(t, where, addr); ports["admin"] != want {
			t.Errorf("%s: containerPort admin = %d, want %d (NEWSROOM_ADMIN_ADDR %s)", where, ports["admin"], want, addr)
		}
		for probe, wantPath := range map[string]string{"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": ""} {
			p := mget(c, probe, "httpGet")
			if p == nil {
				if wantPath != "" {
					t.Errorf("%s: no %s", where, probe)
				}
				continue
			}
			path := mstr(p, "path")
			if !probeRoutes[path] || (wantPath != "" && path != wantPath) {
				t.Errorf("%s: %s path %q, want %s (an unauthenticated admin route)", where, probe, path, wantPath)
			}
			if _, ok := ports[mstr(p, "port")]; !ok {
				t.Errorf("%s: %s port %q is not a container port", where, probe, mstr(p, "port"))
			}
		}
		// The pod gets longer than the process allows itself to drain.
		grace := 0 * time.Second
		if g, ok := fs.get(t, cmd)["NEWSROOM_GRACE"]; ok {
			v := env["NEWSROOM_GRACE"]
			if v == "" {
				v = g.Default
			}
			var err error
			if grace, err = time.ParseDuration(v); err != nil {
				t.Errorf("%s: NEWSROOM_GRACE %q: %v", where, v, err)
			}
		}
		tgps, _ := strconv.Atoi(mstr(spec, "terminationGracePeriodSeconds"))
		if time.Duration(tgps)*time.Second < grace+5*time.Second {
			t.Errorf("%s: terminationGracePeriodSeconds %d < --grace %s + 5s", where, tgps, grace)
		}
		return cmd
	}
	for _, d := range objs.byKind("Deployment") {
		name := mstr(d, "metadata", "name")
		where := "Deployment " + name
		cmd := checkPod(where, mget(d, "spec", "template", "spec"), false)
		deployments[name] = cmd
		podLabels[name] = stringMap(mget(d, "spec", "template", "metadata", "labels"))
		sel := stringMap(mget(d, "spec", "selector", "matchLabels"))
		for k, v := range sel {
			if podLabels[name][k] != v {
				t.Errorf("%s: selector %s=%s does not match the pod labels", where, k, v)
			}
		}
		ports := map[string]int{}
		for _, p := range mlist(mlist(d, "spec", "template", "spec", "containers")[0], "ports") {
			n, _ := strconv.Atoi(mstr(p, "containerPort"))
			ports[mstr(p, "name")] = n
		}
		containerPorts[name] = ports
	}
	for _, want := range []string{"crawler", "extractor", "sink", "admin"} {
		if !slices.Contains(slices.Collect(func(yield func(string) bool) {
			for _, c := range deployments {
				if !yield(c) {
					return
				}
			}
		}), want) {
			t.Errorf("no Deployment runs newsroom %s", want)
		}
	}
	for _, j := range objs.byKind("Job") {
		checkPod("Job "+mstr(j, "metadata", "name"), mget(j, "spec", "template", "spec"), true)
	}
	for _, s := range objs.byKind("Service") {
		where := "Service " + mstr(s, "metadata", "name")
		sel := stringMap(mget(s, "spec", "selector"))
		var target string
		for dep, labels := range podLabels {
			match := len(sel) > 0
			for k, v := range sel {
				match = match && labels[k] == v
			}
			if match {
				target = dep
			}
		}
		if target == "" {
			t.Errorf("%s: selector %v matches no Deployment", where, sel)
			continue
		}
		for _, p := range mlist(s, "spec", "ports") {
			if _, ok := containerPorts[target][mstr(p, "targetPort")]; !ok {
				t.Errorf("%s: targetPort %q is not a port of %s", where, mstr(p, "targetPort"), target)
			}
		}
	}
	for _, d := range objs.config {
		for k := range d {
			if !strings.HasPrefix(k, "NEWSROOM_") {
				continue
			}
			ok := false
			for _, cmd := range []string{"crawler", "extractor", "sink", "admin", "seed"} {
				_, has := fs.get(t, cmd)[k]
				ok = ok || has
			}
			if !ok {
				t.Errorf("ConfigMap key %s is an option of no service", k)
			}
		}
	}
	checkScaledObjects(t, objs, deployments)
}

// checkScaledObjects checks KEDA's triggers against pkg/bus and the lag
// metric the code exports.
func checkScaledObjects(t *testing.T, objs *k8sObjects, deployments map[string]string) {
	families := lagMetricFamilies(t)
	labelRE := regexp.MustCompile(`([a-z_]+)="([^"]*)"`)
	scaled := map[string]bool{}
	for _, so := range objs.byKind("ScaledObject") {
		where := "ScaledObject " + mstr(so, "metadata", "name")
		target := mstr(so, "spec", "scaleTargetRef", "name")
		cmd, ok := deployments[target]
		if !ok {
			t.Errorf("%s: scales unknown Deployment %q", where, target)
			continue
		}
		stage, ok := stageOf(cmd)
		if !ok {
			t.Errorf("%s: Deployment %s runs %q, which has no consumer to scale on", where, target, cmd)
			continue
		}
		scaled[cmd] = true
		types := map[string]bool{}
		for _, tr := range mlist(so, "spec", "triggers") {
			md := mget(tr, "metadata")
			typ := mstr(tr, "type")
			types[typ] = true
			switch typ {
			case "nats-jetstream":
				if mstr(md, "stream") != stage.Stream || mstr(md, "consumer") != stage.Consumer {
					t.Errorf("%s: nats-jetstream stream/consumer %s/%s, want %s/%s", where,
						mstr(md, "stream"), mstr(md, "consumer"), stage.Stream, stage.Consumer)
				}
				ep := mstr(md, "natsServerMonitoringEndpoint")
				if _, port, err := net.SplitHostPort(ep); err != nil || port != "8222" {
					t.Errorf("%s: natsServerMonitoringEndpoint %q: want host:8222", where, ep)
				}
				if mstr(md, "account") == "" {
					t.Errorf("%s: nats-jetstream without account ($G without accounts)", where)
				}
				if n, err := strconv.Atoi(mstr(md, "lagThreshold")); err != nil || n <= 0 {
					t.Errorf("%s: lagThreshold %q", where, mstr(md, "lagThreshold"))
				}
			case "prometheus":
				q := mstr(md, "query")
				if !strings.Contains(q, admin.MetricConsumerPending+"{") {
					t.Errorf("%s: query %q does not read %s", where, q, admin.MetricConsumerPending)
					continue
				}
				fam := families[admin.MetricConsumerPending]
				labels := map[string]string{}
				for _, m := range labelRE.FindAllStringSubmatch(q, -1) {
					labels[m[1]] = m[2]
				}
				if labels["stream"] != stage.Stream || labels["consumer"] != stage.Consumer {
					t.Errorf("%s: query labels %v, want stream=%s consumer=%s", where, labels, stage.Stream, stage.Consumer)
				}
				// The selected series exists in what the collector exports.
				found := false
				for _, series := range fam {
					match := true
					for k, v := range labels {
						match = match && series[k] == v
					}
					found = found || match
				}
				if !found {
					t.Errorf("%s: query %q selects no series the lag collector exports (%v)", where, q, fam)
				}
				if !strings.HasPrefix(mstr(md, "serverAddress"), "http") {
					t.Errorf("%s: serverAddress %q", where, mstr(md, "serverAddress"))
				}
				if n, err := strconv.ParseFloat(mstr(md, "threshold"), 64); err != nil || n <= 0 {
					t.Errorf("%s: threshold %q", where, mstr(md, "threshold"))
				}
			default:
				t.Errorf("%s: unexpected trigger type %q", where, typ)
			}
		}
		if !types["nats-jetstream"] || !types["prometheus"] {
			t.Errorf("%s: triggers %v, want nats-jetstream and prometheus", where, types)
		}
	}
	for _, s := range bus.Stages() {
		if !scaled[s.Name] {
			t.Errorf("no ScaledObject for %s", s.Name)
		}
	}
}

// lagMetricFamilies gathers the lag collector against a real JetStream and
// returns each metric's series as label maps.
func lagMetricFamilies(t *testing.T) map[string][]map[string]string {
	t.Helper()
	env := bustest.Start(t)
	if err := bus.Ensure(context.Background(), env.JS, bus.StreamOptions{Memory: true}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(admin.NewLagCollector(env.JS, admin.LagOptions{}))
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]map[string]string{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, lp := range m.GetLabel() {
				labels[lp.GetName()] = lp.GetValue()
			}
			out[mf.GetName()] = append(out[mf.GetName()], labels)
		}
	}
	return out
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
func TestServiceMonitor(t *testing.T) {
	base := loadKustomization(t, filepath.Join(deployDir, "k8s/base"))
	mon := loadKustomization(t, filepath.Join(deployDir, "k8s/monitoring"))
	sms := mon.byKind("ServiceMonitor")
	if len(sms) != 1 {
		t.Fatalf("%d ServiceMonitors, want 1", len(sms))
	}
	sm := sms[0]
	sel := stringMap(mget(sm, "spec", "selector", "matchLabels"))
	matched := 0
	for _, s := range base.byKind("Service") {
		labels := stringMap(mget(s, "metadata", "labels"))
		ok := true
		for k, v := range sel {
			ok = ok && labels[k] == v
		}
		if !ok {
			continue
		}
		matched++
		for _, ep := range mlist(sm, "spec", "endpoints") {
			found := false
			for _, p := range mlist(s, "spec", "ports") {
				found = found || mstr(p, "name") == mstr(ep, "port")
			}
			if !found {
				t.Errorf("Service %s has no port %q", mstr(s, "metadata", "name"), mstr(ep, "port"))
			}
		}
	}
	if matched != 4 {
		t.Errorf("ServiceMonitor selects %d Services, want 4 (crawler, extractor, sink, admin)", matched)
	}
	for _, ep := range mlist(sm, "spec", "endpoints") {
		if mstr(ep, "path") != "/metrics" {
			t.Errorf("endpoint path %q, want /metrics", mstr(ep, "path"))
		}
		cred := mget(ep, "authorization", "credentials")
		if sec, ok := base.secrets[mstr(cred, "name")]; !ok {
			t.Errorf("bearer credentials from unknown Secret %q", mstr(cred, "name"))
		} else if _, ok := sec[mstr(cred, "key")]; !ok || mstr(cred, "key") != "admin-token" {
			t.Errorf("bearer credentials key %q, want admin-token", mstr(cred, "key"))
		}
	}
}
