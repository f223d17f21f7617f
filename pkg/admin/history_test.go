package admin

import (
	"testing"
	"time"
)

func TestHistory(t *testing.T) {
	h := NewHistory(time.Minute, 5*time.Second)
	t0 := time.Date(2026, 12, 5, 1, 0, 0, 0, time.UTC)
	if _, ok := h.Rate("fetched", 30*time.Second); ok {
		t.Error("rate with no samples")
	}
	for i := 0; i <= 30; i++ { // 150 s of samples, 10 pages every 5 s
		h.Add(t0.Add(time.Duration(i)*5*time.Second), map[string]float64{"fetched": float64(10 * i)})
		h.Add(t0.Add(time.Duration(i)*5*time.Second+time.Second), map[string]float64{"fetched": -1}) // too soon: ignored
	}
	d := h.Doc()
	if len(d.At) != 13 || len(d.Series["fetched"]) != 13 { // the last minute: 12 steps of 5 s
		t.Fatalf("kept %d samples (%d values), want 13", len(d.At), len(d.Series["fetched"]))
	}
	if d.Series["fetched"][12] != 300 || d.At[12] != t0.Add(150*time.Second).Unix() {
		t.Errorf("newest sample %v at %v", d.Series["fetched"][12], d.At[12])
	}
	if r, ok := h.Rate("fetched", 30*time.Second); !ok || r != 2 {
		t.Errorf("rate = %v, %v; want 2/s", r, ok)
	}
	// A series that appears later is zero before, and one that stops repeats.
	h.Add(t0.Add(200*time.Second), map[string]float64{"stored": 5})
	d = h.Doc()
	n := len(d.At)
	if s := d.Series["stored"]; len(s) != n || s[0] != 0 || s[n-1] != 5 {
		t.Errorf("late series %v", s)
	}
	if s := d.Series["fetched"]; len(s) != n || s[n-1] != 300 {
		t.Errorf("stopped series %v", s)
	}
}
