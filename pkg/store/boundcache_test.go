package store

import (
	"testing"
	"time"
)

func TestGridCountRoundsUpWithinRatio(t *testing.T) {
	prev := int64(0)
	for _, skip := range []float64{0, 1, 1.5, 2, 999, 1000, 1250, 2499.5, 31250, 68000, 1e6} {
		n := gridCount(skip)
		if float64(n) < skip {
			t.Errorf("gridCount(%v) = %d, below the count asked", skip, n)
		}
		if skip > 1 && float64(n) > skip*boundGridRatio+1 {
			t.Errorf("gridCount(%v) = %d, more than %.4f times the count asked", skip, n, boundGridRatio)
		}
		if n < prev {
			t.Errorf("gridCount(%v) = %d, below gridCount of a smaller count (%d)", skip, n, prev)
		}
		prev = n
	}
	// Counts close together share a grid point.
	if a, b := gridCount(20000), gridCount(20050); a != b {
		t.Errorf("gridCount(20000) = %d, gridCount(20050) = %d: want one grid point", a, b)
	}
}

func TestBoundCacheExpiresAndBounds(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newBoundCache()
	c.now = func() time.Time { return now }
	stored := now.Add(-time.Hour)
	if _, ok := c.get(100); ok {
		t.Fatal("empty cache returned a bound")
	}
	c.put(100, stored)
	if got, ok := c.get(100); !ok || !got.Equal(stored) {
		t.Fatalf("get(100) = %v, %v; want %v, true", got, ok, stored)
	}
	if _, ok := c.get(101); ok {
		t.Error("a bound cached for one count was returned for another")
	}
	now = now.Add(boundCacheTTL)
	if _, ok := c.get(100); ok {
		t.Error("a bound older than boundCacheTTL was returned")
	}
	// A full cache drops its stale entries, then everything, but keeps
	// the new entry and stays bounded.
	for i := range int64(3 * boundCacheMax) {
		c.put(i, stored)
		if len(c.entries) > boundCacheMax {
			t.Fatalf("cache holds %d entries, more than %d", len(c.entries), boundCacheMax)
		}
		if _, ok := c.get(i); !ok {
			t.Fatalf("entry %d not kept after put", i)
		}
	}
}
