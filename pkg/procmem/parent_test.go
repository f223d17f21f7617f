package procmem

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"testing"
)

// TestPeakRSSIsTheProcessOwn starts this test binary from a process that
// holds 256 MiB and checks that the child reports its own peak, far below:
// a summary such as newsroom ingest's must not show the peak of whatever
// started the process.
func TestPeakRSSIsTheProcessOwn(t *testing.T) {
	if os.Getenv("NEWSROOM_TEST_PEAKRSS_CHILD") == "1" {
		os.Stdout.WriteString(strconv.FormatInt(peakRSS(t), 10))
		return
	}
	const held = 256 << 20
	ballast := make([]byte, held)
	for i := 0; i < len(ballast); i += 4096 {
		ballast[i] = 1
	}
	if got := peakRSS(t); got < held {
		t.Fatalf("PeakRSS(0) = %d MiB while holding %d MiB", got>>20, held>>20)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakRSSIsTheProcessOwn$")
	cmd.Env = append(os.Environ(), "NEWSROOM_TEST_PEAKRSS_CHILD=1")
	out, err := cmd.Output()
	runtime.KeepAlive(ballast)
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	line, _, _ := bytes.Cut(out, []byte("\n"))
	child, err := strconv.ParseInt(string(bytes.TrimSuffix(line, []byte("PASS"))), 10, 64)
	if err != nil {
		t.Fatalf("child printed %q", out)
	}
	if child <= 0 || child >= held/2 {
		t.Errorf("child's PeakRSS(0) = %d MiB, want its own (well under the parent's %d MiB)", child>>20, held>>20)
	}
	t.Logf("parent holds %d MiB; the child reports a peak of %.1f MiB", held>>20, float64(child)/(1<<20))
}

// peakRSS is PeakRSS(0), failing the test on an error.
func peakRSS(t *testing.T) int64 {
	t.Helper()
	n, err := PeakRSS(0)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
