package extractor

import (
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/state"
)

type metrics struct {
	pages    *prometheus.CounterVec
	dedupe   *prometheus.CounterVec
	outcomes *prometheus.CounterVec
	seconds  prometheus.Histogram
	// templates counts site-template use: applied (a learned template
	// removed blocks from a body) and error (state unavailable).
	templates *prometheus.CounterVec
	// multipage counts later pages of multi-page articles: wait (one
	// delayed redelivery waiting for the earlier page), joined, alone
	// (stored on its own after the wait).
	multipage *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer, b *state.Batcher) *metrics {
	m := &metrics{
		templates: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_extractor_templates_total",
			Help: "Site-template use: applied (learned boilerplate removed from a body) or error."}, []string{"result"}),
		multipage: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_extractor_multipage_total",
			Help: "Later pages of multi-page articles: wait (a redelivery waiting for the earlier page), joined, or alone (stored on its own after the wait)."}, []string{"result"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_extractor_pages_total",
			Help: "Pages handled, by page kind (article, listing, ...) or failure."}, []string{"kind"}),
		dedupe: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_extractor_dedupe_total",
			Help: "Dedupe decisions by tier (new, canonical, text, near, replay, promoted)."}, []string{"tier"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_extractor_messages_total",
			Help: "Page messages settled, by outcome."}, []string{"outcome"}),
		seconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newsroom_extractor_process_seconds",
			Help: "Extraction and dedupe time per page.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
	}
	if reg != nil {
		reg.MustRegister(m.templates, m.multipage)
		reg.MustRegister(m.pages, m.dedupe, m.outcomes, m.seconds,
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newsroom_extractor_dedupe_batches_total",
				Help: "Dedupe batches sent to the state store (one round trip each)."},
				func() float64 { n, _ := b.BatchStats(); return float64(n) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newsroom_extractor_dedupe_batched_total",
				Help: "Dedupe decisions sent in batches; divided by batches, the mean batch size."},
				func() float64 { _, n := b.BatchStats(); return float64(n) }))
	}
	return m
}
