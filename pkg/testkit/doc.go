// Package testkit holds helpers for the project's tests and benchmarks: a
// free loopback port, a proxy that loses replies (ReplyDropper), and the
// location of the shared data sets (the public extraction benchmark, the
// aggregator sample) wherever the repository was cloned. Production code
// never imports it.
package testkit
