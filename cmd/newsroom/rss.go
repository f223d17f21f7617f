package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// peakRSS is the process's peak resident set size in bytes (0 if unknown):
// VmHWM from /proc/self/status where there is one. getrusage's ru_maxrss is
// only the fallback: after exec, Linux folds into it the high-water mark of
// the address space the process was started in (the parent's, which Go's
// os/exec shares through vfork), so a process started by a large one (a
// benchmark that has just generated a 1 GiB file) reports that parent's
// peak instead of its own.
func peakRSS() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(b)) {
			v, ok := strings.CutPrefix(line, "VmHWM:")
			if !ok {
				continue
			}
			if f := strings.Fields(v); len(f) == 2 && f[1] == "kB" {
				if n, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return n << 10
				}
			}
		}
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}

// currentRSS is the process's resident set size in bytes now (0 if unknown).
func currentRSS() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}
