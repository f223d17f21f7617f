// Package procmem reads a process's memory use from the operating system:
// its peak and current resident set size.
package procmem

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// PeakRSS is the peak resident set size of process pid in bytes, VmHWM of
// /proc/<pid>/status. pid 0 means this process; for it getrusage's
// ru_maxrss is the fallback where /proc is missing, though after exec Linux
// folds into that figure the peak of the address space the process was
// started from (its parent's), so it can report the parent's peak.
func PeakRSS(pid int) (int64, error) {
	path := "/proc/self/status"
	if pid != 0 {
		path = "/proc/" + strconv.Itoa(pid) + "/status"
	}
	b, err := os.ReadFile(path)
	if err == nil {
		for line := range strings.Lines(string(b)) {
			v, ok := strings.CutPrefix(line, "VmHWM:")
			if !ok {
				continue
			}
			if f := strings.Fields(v); len(f) == 2 && f[1] == "kB" {
				n, err := strconv.ParseInt(f[0], 10, 64)
				return n << 10, err
			}
		}
		err = errors.New(path + ": no VmHWM line")
	}
	if pid != 0 {
		return 0, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, err
	}
	return ru.Maxrss * 1024, nil // kilobytes on Linux
}

// CurrentRSS is this process's resident set size now in bytes, from
// /proc/self/statm (0 where it cannot be read).
func CurrentRSS() int64 {
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
