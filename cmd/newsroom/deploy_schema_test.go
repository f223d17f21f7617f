package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"

	"go.yaml.in/yaml/v3"
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
)

// schemaTypes maps apiVersion/kind to the Go type of the Kubernetes API
// that defines it; objects of other kinds (custom resources: KEDA, the
// Prometheus Operator) get the structural checks only.
func schemaType(apiVersion, kind string) any {
	switch apiVersion + "/" + kind {
	case "apps/v1/Deployment":
		return &appsv1.Deployment{}
	case "batch/v1/Job":
		return &batchv1.Job{}
	case "v1/Service":
		return &corev1.Service{}
	case "v1/ConfigMap":
		return &corev1.ConfigMap{}
	case "v1/Secret":
		return &corev1.Secret{}
	case "v1/Namespace":
		return &corev1.Namespace{}
	case "v1/ServiceAccount":
		return &corev1.ServiceAccount{}
	case "policy/v1/PodDisruptionBudget":
		return &policyv1.PodDisruptionBudget{}
	}
	return nil
}

// knownCustom lists the custom resources the manifests may use.
func knownCustom(apiVersion, kind string) bool {
	switch apiVersion + "/" + kind {
	case "keda.sh/v1alpha1/ScaledObject", "keda.sh/v1alpha1/TriggerAuthentication",
		"monitoring.coreos.com/v1/ServiceMonitor":
		return true
	}
	return false
}

// checkSchema decodes every rendered object strictly into its Kubernetes API
// type: an unknown or misspelt field, or a value of the wrong type, fails.
// It also checks what the API server would reject at once: a name, and for
// pods a container with a name and an image.
func checkSchema(t reporter, where string, rendered []byte) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(rendered))
	for i := 0; ; i++ {
		var doc map[string]any
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			return
		} else if err != nil {
			t.Fatalf("%s: object %d: %v", where, i, err)
		}
		apiVersion, kind := mstr(doc, "apiVersion"), mstr(doc, "kind")
		id := fmt.Sprintf("%s: %s %s", where, kind, mstr(doc, "metadata", "name"))
		if mstr(doc, "metadata", "name") == "" {
			t.Errorf("%s: object %d (%s) has no metadata.name", where, i, kind)
		}
		typ := schemaType(apiVersion, kind)
		if typ == nil {
			if !knownCustom(apiVersion, kind) {
				t.Errorf("%s: unknown apiVersion/kind %s/%s", id, apiVersion, kind)
			}
			if mget(doc, "spec") == nil {
				t.Errorf("%s: no spec", id)
			}
			continue
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		jd := json.NewDecoder(bytes.NewReader(b))
		jd.DisallowUnknownFields()
		if err := jd.Decode(typ); err != nil {
			t.Errorf("%s: does not match the %s/%s schema: %v", id, apiVersion, kind, err)
			continue
		}
		var pod *corev1.PodSpec
		switch o := typ.(type) {
		case *appsv1.Deployment:
			pod = &o.Spec.Template.Spec
			if o.Spec.Selector == nil || len(o.Spec.Selector.MatchLabels) == 0 {
				t.Errorf("%s: no selector", id)
			}
			for k, v := range o.Spec.Selector.MatchLabels {
				if o.Spec.Template.Labels[k] != v {
					t.Errorf("%s: selector %s=%s does not match the pod template's labels", id, k, v)
				}
			}
		case *batchv1.Job:
			pod = &o.Spec.Template.Spec
		}
		if pod != nil {
			if len(pod.Containers) == 0 {
				t.Errorf("%s: no containers", id)
			}
			vols := map[string]bool{}
			for _, v := range pod.Volumes {
				vols[v.Name] = true
			}
			for _, c := range pod.Containers {
				if c.Name == "" || c.Image == "" {
					t.Errorf("%s: container %q without a name or image", id, c.Name)
				}
				for _, m := range c.VolumeMounts {
					if !vols[m.Name] {
						t.Errorf("%s: container %s mounts volume %s that the pod lacks", id, c.Name, m.Name)
					}
				}
			}
		}
	}
}

// TestSchemaCheckFails: the schema check catches a misspelt field and a
// mount of a missing volume, so a pass means something.
func TestSchemaCheckFails(t *testing.T) {
	bad := []byte(`apiVersion: apps/v1
kind: Deployment
metadata: {name: x}
spec:
  replicas: 1
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers:
        - name: x
          image: x
          imagePullPolicyy: Always
---
apiVersion: batch/v1
kind: Job
metadata: {name: y}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: y
          image: y
          volumeMounts: [{name: creds, mountPath: /c}]
`)
	var rec recorder
	checkSchema(&rec, "bad", bad)
	if len(rec.errs) != 2 {
		t.Fatalf("schema check found %d problems, want 2: %q", len(rec.errs), rec.errs)
	}
}

// reporter is the part of testing.T the schema check reports through.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// recorder collects what a check reports.
type recorder struct{ errs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
