package crawler

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	fetches       *prometheus.CounterVec
	robotsFetches *prometheus.CounterVec
	skipped       *prometheus.CounterVec
	traps         *prometheus.CounterVec
	outcomes      *prometheus.CounterVec
	fetchSeconds  prometheus.Histogram
	freshness     prometheus.Histogram
	bytes         prometheus.Counter
	pages         prometheus.Counter
	enqueued      prometheus.Counter
	feedEntries   prometheus.Counter
	revisits      prometheus.Counter
	parked        prometheus.Counter
	givenUp       *prometheus.CounterVec
	stateErrors   *prometheus.CounterVec
	leasesLost    prometheus.Counter
}

func newMetrics(reg prometheus.Registerer, gauges func(ch chan<- prometheus.Metric)) *metrics {
	m := &metrics{
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_fetches_total",
			Help: "HTTP fetches by status class."}, []string{"status"}),
		robotsFetches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_robots_fetches_total",
			Help: "robots.txt fetches by status class."}, []string{"status"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_skipped_total",
			Help: "URLs not fetched or not followed, by reason."}, []string{"reason"}),
		traps: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_trap_urls_total",
			Help: "Links dropped by crawler-trap heuristics, by heuristic."}, []string{"heuristic"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_messages_total",
			Help: "Frontier messages settled, by outcome."}, []string{"outcome"}),
		fetchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newsroom_crawler_fetch_duration_seconds",
			Help: "Time per fetch including the body.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		freshness: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newsroom_crawler_freshness_seconds",
			Help:    "Time from a story link being discovered (feed, home page) to its fetch.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 16)}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_response_bytes_total",
			Help: "Decoded response bytes received."}),
		pages: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_pages_published_total",
			Help: "Pages published to the extractor."}),
		enqueued: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_urls_enqueued_total",
			Help: "New URLs put on the frontier."}),
		feedEntries: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_feed_entries_total",
			Help: "Entries read from feeds and sitemaps."}),
		revisits: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_revisits_total",
			Help: "Scheduled revisits queued."}),
		parked: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_hosts_parked_total",
			Help: "Hosts parked after repeated failures."}),
		givenUp: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_given_up_total",
			Help: "URLs abandoned (dead-lettered or skipped) because their host or their fetches kept failing, by reason."}, []string{"reason"}),
		stateErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsroom_crawler_state_errors_total",
			Help: "State-store writes that failed where the crawl goes on without them (counters, markers, revisit plans), by operation."}, []string{"op"}),
		leasesLost: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsroom_crawler_frontier_leases_lost_total",
			Help: "Frontier leases that expired before their fetch finished (the URL may be fetched twice)."}),
	}
	if reg != nil {
		reg.MustRegister(m.fetches, m.robotsFetches, m.skipped, m.traps, m.outcomes, m.fetchSeconds, m.freshness,
			m.bytes, m.pages, m.enqueued, m.feedEntries, m.revisits, m.parked, m.givenUp, m.stateErrors, m.leasesLost)
		if gauges != nil {
			reg.MustRegister(collectorFunc(gauges))
		}
	}
	return m
}

// collectorFunc is an unchecked collector: metrics read at scrape time.
type collectorFunc func(ch chan<- prometheus.Metric)

func (f collectorFunc) Describe(chan<- *prometheus.Desc)    {}
func (f collectorFunc) Collect(ch chan<- prometheus.Metric) { f(ch) }

var (
	descQueued  = prometheus.NewDesc("newsroom_frontier_queued_urls", "URLs waiting in the frontier's host queues.", nil, nil)
	descHosts   = prometheus.NewDesc("newsroom_frontier_hosts", "Hosts with queued URLs, by state: due now, waiting for their time, or at their in-flight limit.", []string{"state"}, nil)
	descLeased  = prometheus.NewDesc("newsroom_frontier_leased_urls", "URLs being fetched (leased from the frontier).", nil, nil)
	descDelayed = prometheus.NewDesc("newsroom_frontier_delayed_urls", "URLs waiting to be retried.", nil, nil)
	descTop     = prometheus.NewDesc("newsroom_frontier_host_queued_urls", "Queued URLs of the hosts with the most.", []string{"host"}, nil)
)

// frontierGauges reads the shared frontier at scrape time.
func (s *Service) frontierGauges(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := s.front.Stats(ctx, 10)
	if err != nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(descQueued, prometheus.GaugeValue, float64(st.Queued))
	ch <- prometheus.MustNewConstMetric(descHosts, prometheus.GaugeValue, float64(st.DueNow), "due")
	ch <- prometheus.MustNewConstMetric(descHosts, prometheus.GaugeValue, float64(st.Waiting), "waiting")
	ch <- prometheus.MustNewConstMetric(descHosts, prometheus.GaugeValue, float64(max(st.Hosts-st.DueNow-st.Waiting, 0)), "busy")
	ch <- prometheus.MustNewConstMetric(descLeased, prometheus.GaugeValue, float64(st.Leased))
	ch <- prometheus.MustNewConstMetric(descDelayed, prometheus.GaugeValue, float64(st.Delayed))
	for _, h := range st.TopHosts {
		ch <- prometheus.MustNewConstMetric(descTop, prometheus.GaugeValue, float64(h.Queued), h.Host)
	}
}
