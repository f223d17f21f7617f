// Package faults holds newsroom's fault-injection tests. They run the real
// newsroom binary as separate crawler, extractor and sink processes against
// a private nats-server (JetStream on disk), a private redis-server and the
// machine's PostgreSQL, crawl the simulated news web of pkg/testweb, inject
// crashes, restarts, outages, poison messages and hostile pages, and compare
// the export with an undisturbed reference crawl.
//
// The package has no library code; everything is in its tests. Run it with
// `go test ./...` from this directory (or `go test work` from the root);
// -short skips the slow outage tests. Set NEWSROOM_FAULT_SEED to replay a
// particular random schedule and NEWSROOM_FAULT_REPORT to choose where the
// report file is written, and NEWSROOM_FAULT_BIN to test a prebuilt newsroom
// binary instead of building one.
package faults
