package sink

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	applied      prometheus.Counter
	batches      prometheus.Counter
	outcomes     *prometheus.CounterVec
	batchSeconds prometheus.Histogram
	freshness    prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		applied: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_sink_messages_applied_total",
			Help: "Article messages applied to the store."}),
		batches: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_sink_batches_total",
			Help: "Batches committed."}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_sink_messages_total",
			Help: "Article messages settled, by outcome."}, []string{"outcome"}),
		batchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newsroom_sink_batch_duration_seconds",
			Help: "Time to commit one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		freshness: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newsroom_sink_freshness_seconds",
			Help:    "Time from a story link being discovered to the story being stored.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 16)}),
	}
	if reg != nil {
		reg.MustRegister(m.applied, m.batches, m.outcomes, m.batchSeconds, m.freshness)
	}
	return m
}
