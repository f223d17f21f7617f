package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkHostileWeb runs `newsroom run --until-idle` as its own process at
// the default settings (1 s per-host delay, 3 min max host wait, 30 s
// timeout) on the hostile web and reports the pass's wall time and the
// process's peak RSS (the summary's own VmHWM reading). `make bench-hostile` runs it.
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
		// The run's own summary gives its peak RSS (VmHWM): the child's
		// ru_maxrss can carry the peak of the process it was forked from.
		rss, ok := summaryPeakRSS(out.String())
		if !ok {
			b.Fatalf("the summary has no peak RSS line:\n%s", out.String())
		}
		b.Logf("wall %s, peak RSS %.0f MiB\n%s", wall.Round(time.Second), rss, out.String())
		b.ReportMetric(wall.Seconds(), "wall-s")
		b.ReportMetric(rss, "peak-rss-MiB")
	}
}

// summaryPeakRSS reads the MiB figure of the "memory peak RSS N MiB" line
// of a run's summary.
func summaryPeakRSS(out string) (float64, bool) {
	for line := range strings.Lines(out) {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "memory")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 4 && f[0] == "peak" && f[1] == "RSS" && f[3] == "MiB" {
			v, err := strconv.ParseFloat(f[2], 64)
			return v, err == nil
		}
	}
	return 0, false
}
