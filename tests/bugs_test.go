//go:build faultbugs

package faults

import (
	"context"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
)

// TestExtractorRedisOutageWithBacklog is a known bug, kept out of `make
// test` behind the faultbugs build tag (go test -tags faultbugs -run
// TestExtractorRedisOutageWithBacklog .): the extractor treats an
// unreachable Redis as a failure of the page, so after MaxDeliveries (5:
// retries at 2+4+8+16 s) every page it holds during an outage of 30 s or
// more is dead-lettered, and its article is lost.
func TestExtractorRedisOutageWithBacklog(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{RedisProxy: true})
	js := c.js()
	start := time.Now()
	c.sink.start(t)
	c.crawler.start(t)
	c.seed(s.web.Seeds())
	// Let pages pile up with no extractor running.
	deadline := time.Now().Add(60 * time.Second)
	for {
		lags, err := bus.Lags(context.Background(), js)
		if err == nil && lags[1].StreamMsgs >= 40 {
			t.Logf("%d pages waiting", lags[1].StreamMsgs)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pages did not pile up: %+v", lags)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Start the extractor while Redis is up (it exits at start-up otherwise,
	// see TestStartWhileRedisDown), then cut Redis at once.
	c.extractor.start(t)
	for c.extractor.grepLog("service started") == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	c.rproxy.cut()
	time.Sleep(45 * time.Second)
	c.rproxy.restore(t)
	c.waitIdle(idleTimeout)
	took := time.Since(start)
	c.checkAlive()
	rows := c.export()
	report(t, "BUG extractor: redis 45s outage", compare(ref, rows), took, dlqNote(c))
}

// TestStartWhileRedisDown is a known bug: a crawler or extractor started
// while Redis is unreachable exits at once instead of waiting for it, so it
// does not resume by itself when Redis comes back.
func TestStartWhileRedisDown(t *testing.T) {
	c := newCluster(t, clusterOptions{RedisProxy: true})
	c.rproxy.cut()
	c.crawler.start(t)
	c.extractor.start(t)
	time.Sleep(5 * time.Second)
	c.rproxy.restore(t)
	time.Sleep(3 * time.Second)
	for _, p := range []*proc{c.crawler, c.extractor} {
		if !p.running() {
			t.Errorf("%s exited while Redis was down:\n%s", p.name, p.tail(3))
		}
	}
}

// TestStartWhilePostgresDown is the same for the sink and PostgreSQL.
func TestStartWhilePostgresDown(t *testing.T) {
	c := newCluster(t, clusterOptions{PGProxy: true})
	c.pproxy.cut()
	c.sink.start(t)
	time.Sleep(5 * time.Second)
	c.pproxy.restore(t)
	time.Sleep(3 * time.Second)
	if !c.sink.running() {
		t.Errorf("sink exited while PostgreSQL was down:\n%s", c.sink.tail(3))
	}
}
