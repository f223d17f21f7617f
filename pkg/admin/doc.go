// Package admin serves a service's operational endpoints: /healthz (alive),
// /readyz (503 until dependencies connect and while draining), /metrics
// (Prometheus), /status (JSON) and a live HTML dashboard at /, embedded in
// the binary. Off loopback every endpoint but /healthz and /readyz requires a
// bearer token, compared in constant time.
//
// LagCollector exports the pipeline's consumer lag
// (newsroom_consumer_pending_messages and friends), read from the JetStream
// API on each scrape, for dashboards and for KEDA's Prometheus trigger.
package admin
