package redistest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/testkit"
)

// StartCluster starts a Redis Cluster of n masters (redis-server child
// processes on free loopback ports, stopped at cleanup), splits the 16384
// slots evenly between them and waits until every node reports the cluster
// ok. It returns a redis+cluster:// URL naming every node.
func StartCluster(tb testing.TB, n int) string {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatalf("redis-server is not on PATH (apt-get install redis-server): %v", err)
	}
	ctx := context.Background()
	dir := tb.TempDir()
	addrs := make([]string, n)
	clients := make([]*redis.Client, n)
	for i := range n {
		port := testkit.FreePort(tb)
		ndir := filepath.Join(dir, strconv.Itoa(i))
		if err := os.MkdirAll(ndir, 0o755); err != nil {
			tb.Fatal(err)
		}
		cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", ndir,
			"--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--save", "",
			"--appendonly", "no", "--protected-mode", "no", "--daemonize", "no",
			"--logfile", filepath.Join(ndir, "redis.log"))
		if err := cmd.Start(); err != nil {
			tb.Fatalf("start redis-server: %v", err)
		}
		tb.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
		})
		addrs[i] = "127.0.0.1:" + strconv.Itoa(port)
		clients[i] = redis.NewClient(&redis.Options{Addr: addrs[i]})
		tb.Cleanup(func() { clients[i].Close() })
		waitFor(tb, fmt.Sprintf("redis-server %s to answer", addrs[i]), func() bool {
			return clients[i].Ping(ctx).Err() == nil
		})
	}
	per := 16384 / n
	for i, c := range clients {
		lo, hi := i*per, (i+1)*per-1
		if i == n-1 {
			hi = 16383
		}
		args := []any{"CLUSTER", "ADDSLOTS"}
		for s := lo; s <= hi; s++ {
			args = append(args, s)
		}
		if err := c.Do(ctx, args...).Err(); err != nil {
			tb.Fatalf("cluster addslots on %s: %v", addrs[i], err)
		}
		if i > 0 {
			host, port, _ := net.SplitHostPort(addrs[i])
			if err := clients[0].ClusterMeet(ctx, host, port).Err(); err != nil {
				tb.Fatalf("cluster meet %s: %v", addrs[i], err)
			}
		}
	}
	for i, c := range clients {
		waitFor(tb, "cluster_state:ok on "+addrs[i], func() bool {
			info, err := c.ClusterInfo(ctx).Result()
			return err == nil && strings.Contains(info, "cluster_state:ok") &&
				strings.Contains(info, "cluster_known_nodes:"+strconv.Itoa(n)+"\r")
		})
	}
	u := "redis+cluster://" + addrs[0]
	for i, a := range addrs[1:] {
		if i == 0 {
			u += "?addr=" + a
		} else {
			u += "&addr=" + a
		}
	}
	return u
}

func waitFor(tb testing.TB, what string, ok func() bool) {
	tb.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
