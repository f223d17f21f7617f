package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/bus/bustest"
)

// coexistChildEnv marks the copy of the test binary that runs inside its
// own network namespace.
const coexistChildEnv = "NEWSROOM_TEST_NETNS_CHILD"

// TestServicesCoexistOnDefaults starts crawler, extractor, sink and admin on
// one host with no --admin-addr: each serves its admin endpoints on its own
// default port. The default ports are fixed, so the test runs in a network
// namespace of its own (unshare --net, with loopback up), where they can
// clash with nothing else on the machine; its own Redis and an embedded NATS
// run in there too.
func TestServicesCoexistOnDefaults(t *testing.T) {
	if os.Getenv(coexistChildEnv) == "1" {
		coexistChild(t)
		return
	}
	if testing.Short() {
		t.Skip("starts Redis in a network namespace")
	}
	unshare, err1 := exec.LookPath("unshare")
	_, err2 := exec.LookPath("ip")
	redisBin, err3 := exec.LookPath("redis-server")
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatalf("need unshare (util-linux), ip (iproute2) and redis-server: %v %v %v", err1, err2, err3)
	}
	if out, err := exec.Command(unshare, "--net", "true").CombinedOutput(); err != nil {
		t.Skipf("cannot make a network namespace here (unshare --net: %v: %s); the default ports cannot be tested without binding the host's", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, unshare, "--net", "--fork", "sh", "-c", `ip link set lo up && exec "$@"`, "sh",
		os.Args[0], "-test.run=^TestServicesCoexistOnDefaults$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), coexistChildEnv+"=1", "NEWSROOM_COEXIST_REDIS="+redisBin)
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("--- PASS: TestServicesCoexistOnDefaults")) {
		t.Fatalf("in a network namespace: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

// coexistChild is the test proper, inside the namespace.
func coexistChild(t *testing.T) {
	dir := t.TempDir()
	redisCmd := exec.Command(os.Getenv("NEWSROOM_COEXIST_REDIS"), "--port", "6379", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir)
	if err := redisCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { redisCmd.Process.Kill(); redisCmd.Wait() }()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	for deadline := time.Now().Add(10 * time.Second); rdb.Ping(context.Background()).Err() != nil; {
		if time.Now().After(deadline) {
			t.Fatal("redis-server did not start in the namespace")
		}
		time.Sleep(50 * time.Millisecond)
	}
	natsURL := bustest.Start(t).URL
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var logs syncBuffer
	noenv := func(string) string { return "" }
	for _, args := range [][]string{
		{"crawler", "--nats", natsURL, "--redis", "redis://127.0.0.1:6379/0"},
		{"extractor", "--nats", natsURL, "--redis", "redis://127.0.0.1:6379/0"},
		{"sink", "--nats", natsURL, "--store", "sqlite:" + filepath.Join(dir, "news.db")},
		{"admin", "--nats", natsURL},
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := dispatch(ctx, append(args, "--log-level", "warn"), &logs, &logs, noenv); err != nil && ctx.Err() == nil {
				t.Errorf("newsroom %s: %v", args[0], err)
			}
		}()
	}
	defer func() { cancel(); wg.Wait() }()
	want := map[string]string{defaultAdminAddr("crawler"): "crawler", defaultAdminAddr("extractor"): "extractor",
		defaultAdminAddr("sink"): "sink", defaultAdminAddr("admin"): "newsroom admin"}
	for addr, service := range want {
		var got string
		for deadline := time.Now().Add(60 * time.Second); ; {
			if resp, err := http.Get("http://" + addr + "/status"); err == nil {
				var doc struct {
					Service string `json:"service"`
				}
				json.NewDecoder(resp.Body).Decode(&doc)
				resp.Body.Close()
				if got = doc.Service; got != "" {
					break
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("nothing serves /status at %s (the default of %s):\n%s", addr, service, logs.String())
			}
			time.Sleep(100 * time.Millisecond)
		}
		if got != service {
			t.Errorf("%s serves %q, want %q", addr, got, service)
		}
	}
	if strings.Contains(logs.String(), "address already in use") {
		t.Errorf("a port clash:\n%s", logs.String())
	}
	fmt.Fprintln(os.Stderr, "all four admin servers answered on their default ports")
}
