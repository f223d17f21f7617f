package admin

import (
	"sync"
	"time"
)

// History keeps recent samples of named series in memory (the last Span,
// one sample per Every at most) for the dashboard's sparklines and for rates
// over a short window. Safe for concurrent use.
type History struct {
	mu     sync.Mutex
	span   time.Duration
	every  time.Duration
	at     []time.Time
	series map[string][]float64
}

// NewHistory returns a history of span, sampled at most once per every.
func NewHistory(span, every time.Duration) *History {
	return &History{span: span, every: every, series: map[string][]float64{}}
}

// Add records one sample of every series at time at. A sample closer than
// Every to the previous one is ignored; samples older than Span are dropped.
// A series missing from values repeats its last value.
func (h *History) Add(at time.Time, values map[string]float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if n := len(h.at); n > 0 && at.Sub(h.at[n-1]) < h.every {
		return
	}
	n := len(h.at)
	h.at = append(h.at, at)
	for name, v := range values {
		if _, ok := h.series[name]; !ok {
			h.series[name] = make([]float64, n) // zeros before the series was known
		}
		h.series[name] = append(h.series[name], v)
	}
	for name, s := range h.series {
		if len(s) < n+1 {
			last := 0.0
			if len(s) > 0 {
				last = s[len(s)-1]
			}
			h.series[name] = append(s, last)
		}
	}
	drop := 0
	for drop < len(h.at) && at.Sub(h.at[drop]) > h.span {
		drop++
	}
	if drop > 0 {
		h.at = h.at[drop:]
		for name, s := range h.series {
			h.series[name] = s[drop:]
		}
	}
}

// HistoryDoc is a history as /status serves it: sample times in unix
// seconds and each series' values, oldest first.
type HistoryDoc struct {
	EverySeconds float64              `json:"every_s"`
	At           []int64              `json:"at"`
	Series       map[string][]float64 `json:"series"`
}

// Doc returns a copy of the history.
func (h *History) Doc() HistoryDoc {
	h.mu.Lock()
	defer h.mu.Unlock()
	d := HistoryDoc{EverySeconds: h.every.Seconds(), At: make([]int64, len(h.at)), Series: map[string][]float64{}}
	for i, t := range h.at {
		d.At[i] = t.Unix()
	}
	for name, s := range h.series {
		d.Series[name] = append([]float64(nil), s...)
	}
	return d
}

// Rate is the per-second growth of a counter series over about the last
// window: from the newest sample back to the oldest one within window. It
// is false until two samples span some time.
func (h *History) Rate(series string, window time.Duration) (float64, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s, n := h.series[series], len(h.at)
	if n < 2 || len(s) != n {
		return 0, false
	}
	i := n - 2
	for i > 0 && h.at[n-1].Sub(h.at[i-1]) <= window {
		i--
	}
	dt := h.at[n-1].Sub(h.at[i]).Seconds()
	if dt <= 0 {
		return 0, false
	}
	return max(0, (s[n-1]-s[i])/dt), true
}
