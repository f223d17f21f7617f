// Package admin serves a service's operational endpoints: /healthz (alive),
// /readyz (503 until dependencies connect and while draining), /metrics
// (Prometheus), /status (JSON) and a live HTML dashboard at /. Off loopback
// every endpoint but /healthz and /readyz requires a bearer token.
package admin
