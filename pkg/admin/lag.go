package admin

import (
	"context"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/bus"
)

// Metric names of the lag collector. Deploy manifests (the KEDA Prometheus
// trigger) query these; change them only together.
const (
	MetricConsumerPending     = "newsroom_consumer_pending_messages"
	MetricConsumerAckPending  = "newsroom_consumer_ack_pending_messages"
	MetricConsumerRedelivered = "newsroom_consumer_redelivered_messages"
	MetricConsumerWaiting     = "newsroom_consumer_waiting_pull_requests"
	MetricStreamMessages      = "newsroom_stream_messages"
	MetricDeadLetters         = "newsroom_dead_letter_messages"
	MetricLagUp               = "newsroom_consumer_lag_up"
)

// DefaultLagTimeout bounds one scrape's JetStream reads.
const DefaultLagTimeout = 3 * time.Second

// LagOptions configure a LagCollector.
type LagOptions struct {
	// Timeout bounds the JetStream API calls of one scrape (default DefaultLagTimeout).
	Timeout time.Duration
}

// LagCollector is a prometheus.Collector that reads every stage's durable
// consumer from JetStream on each scrape and reports its backlog. The
// numbers come from the JetStream API (answered by the consumer's leader),
// so they are right on any node of a NATS cluster. It is safe for concurrent
// scrapes.
type LagCollector struct {
	js      jetstream.JetStream
	timeout time.Duration

	pending     *prometheus.Desc
	ackPending  *prometheus.Desc
	redelivered *prometheus.Desc
	waiting     *prometheus.Desc
	streamMsgs  *prometheus.Desc
	deadLetters *prometheus.Desc
	up          *prometheus.Desc
}

// NewLagCollector returns a collector of the pipeline's consumer lag read
// through js. Register it on the registry that /metrics serves:
//
//	reg.MustRegister(admin.NewLagCollector(js, admin.LagOptions{}))
func NewLagCollector(js jetstream.JetStream, opts LagOptions) *LagCollector {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultLagTimeout
	}
	labels := []string{"stream", "consumer", "stage"}
	return &LagCollector{
		js:      js,
		timeout: opts.Timeout,
		pending: prometheus.NewDesc(MetricConsumerPending,
			"Messages of the stream not yet delivered to the stage's durable consumer (the backlog to scale on).", labels, nil),
		ackPending: prometheus.NewDesc(MetricConsumerAckPending,
			"Messages delivered to the stage's consumer and not yet acknowledged (in flight or waiting for a redelivery).", labels, nil),
		redelivered: prometheus.NewDesc(MetricConsumerRedelivered,
			"Unacknowledged messages of the stage's consumer that were delivered more than once.", labels, nil),
		waiting: prometheus.NewDesc(MetricConsumerWaiting,
			"Pull requests of the stage's replicas waiting at the consumer.", labels, nil),
		streamMsgs: prometheus.NewDesc(MetricStreamMessages,
			"Messages held by the stream.", []string{"stream"}, nil),
		deadLetters: prometheus.NewDesc(MetricDeadLetters,
			"Dead letters held by the dead-letter stream.", []string{"stream"}, nil),
		up: prometheus.NewDesc(MetricLagUp,
			"1 when the last scrape read every consumer's state from JetStream, 0 when it failed.", nil, nil),
	}
}

// Describe sends the descriptors of every metric the collector emits.
func (c *LagCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.pending, c.ackPending, c.redelivered, c.waiting, c.streamMsgs, c.deadLetters, c.up} {
		ch <- d
	}
}

// Collect reads the consumers' state from JetStream and sends the gauges.
// When JetStream cannot be read, only newsroom_consumer_lag_up 0 is sent,
// so a dashboard or autoscaler never mistakes a failure for an empty queue.
func (c *LagCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	lags, err := bus.Lags(ctx, c.js)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	for _, l := range lags {
		lv := []string{l.Stream, l.Consumer, l.Stage}
		ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, float64(l.Pending), lv...)
		ch <- prometheus.MustNewConstMetric(c.ackPending, prometheus.GaugeValue, float64(l.AckPending), lv...)
		ch <- prometheus.MustNewConstMetric(c.redelivered, prometheus.GaugeValue, float64(l.Redelivered), lv...)
		ch <- prometheus.MustNewConstMetric(c.waiting, prometheus.GaugeValue, float64(l.Waiting), lv...)
		ch <- prometheus.MustNewConstMetric(c.streamMsgs, prometheus.GaugeValue, float64(l.StreamMsgs), l.Stream)
	}
	if n, err := bus.DLQCount(ctx, c.js); err == nil {
		ch <- prometheus.MustNewConstMetric(c.deadLetters, prometheus.GaugeValue, float64(n), bus.StreamDLQ)
	}
}
