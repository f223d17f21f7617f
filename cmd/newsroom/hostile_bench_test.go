package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkHostileWeb runs `newsroom run --until-idle` as its own process at
// the default settings (1 s per-host delay, 3 min max host wait, 30 s
// timeout) on the hostile web and reports the pass's wall time and the
// process's peak RSS (getrusage ru_maxrss). `make bench-hostile` runs it.
func BenchmarkHostileWeb(b *testing.B) {
	bin := buildNewsroom(b, b.TempDir())
	h := startHostile(b)
	for b.Loop() {
		data := b.TempDir()
		args := []string{"run", "--until-idle", "--allow-private", "--data", data, "--admin-addr", "127.0.0.1:0",
			"--progress", "off", "--log-level", "warn"}
		for _, s := range h.Seeds() {
			args = append(args, "--seed", s)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		cmd := exec.CommandContext(ctx, bin, args...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		// Default settings: no NEWSROOM_* variable of the caller applies.
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "NEWSROOM_") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		cancel()
		if err != nil {
			b.Fatalf("newsroom run: %v\n%s\n%s", err, out.String(), errb.String())
		}
		if !strings.Contains(out.String(), "finished (idle)") {
			b.Fatalf("the pass did not end by itself:\n%s", out.String())
		}
		rss := int64(0)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss // KiB on Linux
		}
		b.Logf("wall %s, peak RSS %.0f MiB\n%s", wall.Round(time.Second), float64(rss)/1024, out.String())
		b.ReportMetric(wall.Seconds(), "wall-s")
		b.ReportMetric(float64(rss)/1024, "peak-rss-MiB")
	}
}
