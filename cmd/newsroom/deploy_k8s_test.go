package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.yaml.in/yaml/v3"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
)

// k8sObjects is a kustomization as kustomize renders it (the kustomize API,
// the engine `kubectl kustomize` embeds): every object, and the data of the
// ConfigMaps and Secrets by their rendered (hash-suffixed) names, which the
// rendered pods refer to.
type k8sObjects struct {
	docs    []any
	config  map[string]map[string]string // ConfigMap name -> data
	secrets map[string]map[string]string // Secret name -> data (decoded)
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

// renderKustomization builds the kustomization in dir with the kustomize API.
func renderKustomization(dir string) ([]byte, error) {
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	rm, err := k.Run(filesys.MakeFsOnDisk(), dir)
	if err != nil {
		return nil, err
	}
	return rm.AsYaml()
}

// loadKustomization renders dir and decodes the objects, checking each
// against the Kubernetes API schema of its kind.
func loadKustomization(t *testing.T, dir string) *k8sObjects {
	t.Helper()
	out, err := renderKustomization(dir)
	if err != nil {
		t.Fatalf("kustomize build %s: %v", dir, err)
	}
	objs := &k8sObjects{config: map[string]map[string]string{}, secrets: map[string]map[string]string{}}
	dec := yaml.NewDecoder(bytes.NewReader(out))
	for {
		var d any
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("kustomize build %s: output: %v", dir, err)
		}
		objs.docs = append(objs.docs, d)
		name := mstr(d, "metadata", "name")
		switch mstr(d, "kind") {
		case "ConfigMap":
			objs.config[name] = stringMap(mget(d, "data"))
		case "Secret":
			m := stringMap(mget(d, "stringData"))
			for k, v := range stringMap(mget(d, "data")) {
				b, err := base64.StdEncoding.DecodeString(v)
				if err != nil {
					t.Errorf("Secret %s key %s: %v", name, k, err)
				}
				m[k] = string(b)
			}
			objs.secrets[name] = m
		}
	}
	checkSchema(t, dir, out)
	return objs
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
	t.Run("k8s/base", func(t *testing.T) {
		checkKubernetes(t, loadKustomization(t, filepath.Join(deployDir, "k8s/base")))
	})
	t.Run("k8s/overlays/example", func(t *testing.T) {
		// As shipped, the overlay has no credentials: kustomize stops and names the file.
		_, err := renderKustomization(filepath.Join(deployDir, "k8s/overlays/example"))
		if err == nil || !strings.Contains(err.Error(), "credentials.env") {
			t.Fatalf("kustomize build of the overlay without credentials: err = %v, want one naming credentials.env", err)
		}
		// With the files an operator creates, it renders and passes every check.
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(filepath.Join(deployDir, "k8s"))); err != nil {
			t.Fatal(err)
		}
		overlay := filepath.Join(dir, "overlays/example")
		pki := newTestPKI(t)
		ca, err := os.ReadFile(pki.CA)
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{
			"credentials.env": "admin-token=t0ken\nredis-url=rediss://:pw@redis:6380/0\nstore-url=postgres://u:pw@db/news\nnats-token=\n",
			"nats.creds":      "-----BEGIN NATS USER JWT-----\neyJ0\n------END NATS USER JWT------\n-----BEGIN USER NKEY SEED-----\nSUA\n------END USER NKEY SEED------\n",
			"nats-ca.crt":     string(ca),
		}
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(overlay, name), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		objs := loadKustomization(t, overlay)
		checkKubernetes(t, objs)
		found := false
		for name, data := range objs.secrets {
			if strings.HasPrefix(name, "newsroom-credentials") {
				found = data["admin-token"] == "t0ken"
			}
		}
		if !found {
			t.Error("the rendered credentials Secret does not hold credentials.env's admin-token")
		}
	})
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
		stage, ok := bus.StageNamed(cmd)
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
