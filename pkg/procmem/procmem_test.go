package procmem

import (
	"os"
	"testing"
)

func TestPeakAtLeastCurrent(t *testing.T) {
	held := make([]byte, 64<<20)
	for i := range held {
		held[i] = 1
	}
	cur := CurrentRSS()
	peak, err := PeakRSS(0)
	if err != nil {
		t.Fatal(err)
	}
	if cur < 64<<20 || peak < cur {
		t.Fatalf("current %d MiB, peak %d MiB while holding 64 MiB", cur>>20, peak>>20)
	}
	byPid, err := PeakRSS(os.Getpid())
	if err != nil || byPid < cur {
		t.Fatalf("PeakRSS(own pid) = %d MiB, %v", byPid>>20, err)
	}
	if _, err := PeakRSS(1 << 30); err == nil {
		t.Fatal("no error for a process that does not exist")
	}
	_ = held[len(held)-1]
}
