// Package admin serves a service's operational endpoints: /healthz (alive),
// /readyz (503 until dependencies connect and while draining), /metrics
// (Prometheus), /status (JSON) and a live HTML dashboard at /, embedded in
// the binary, and the stories query API (/api/v1/stories, /api/v1/stories/{id},
// /api/v1/sites, described by /api/v1/openapi.json) with its story browser
// at /stories. Off loopback every endpoint that returns data (all but
// /healthz, /readyz, the two HTML pages and the OpenAPI document) requires
// a bearer token, compared in constant time.
//
// LagCollector exports the pipeline's consumer lag
// (newsroom_consumer_pending_messages and friends), read from the JetStream
// API on each scrape, for dashboards and for KEDA's Prometheus trigger.
package admin
