package faults

import (
	"context"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
)

// testExtractorRedisOutageWithBacklog lets pages pile up, then cuts Redis
// for 45 s just as the extractor starts on them. The extractor used to take
// an unreachable Redis for a failure of the page and dead-letter every page
// it held after MaxDeliveries (2+4+8+16 s of retries), losing its article;
// the pages must instead wait and be decided once Redis is back.
func testExtractorRedisOutageWithBacklog(t *testing.T) {
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
	// see testStartWhileRedisDown), then cut Redis at once.
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
	report(t, "redis 45s outage, extractor backlog", compare(ref, rows), took, dlqNote(c))
}

// testStartWhileRedisDown starts the crawler and extractor while Redis is
// unreachable: they must wait for it (they used to exit at once).
func testStartWhileRedisDown(t *testing.T) {
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

// testStartWhilePostgresDown is the same for the sink and PostgreSQL.
func testStartWhilePostgresDown(t *testing.T) {
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

// testStageStartDuringNATSRestart holds the sink in its start-up (waiting
// for PostgreSQL) with NATS up, kills NATS, then lets the sink go on: its
// stage begins with NATS down and must wait for the restart. The sink used
// to end its process there ("stage failed"), and with nothing to restart
// it the articles stream filled up and the crawl never went idle.
func testStageStartDuringNATSRestart(t *testing.T) {
	c := newCluster(t, clusterOptions{PGProxy: true})
	c.pproxy.cut()
	c.sink.start(t)
	deadline := time.Now().Add(time.Minute)
	for c.sink.grepLog("waiting for the store") == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("sink never waited for the store:\n%s", c.sink.tail(10))
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.nats.kill9()
	c.pproxy.restore(t)
	deadline = time.Now().Add(2 * time.Minute) // migrations under load take seconds
	for c.sink.grepLog("service started") == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("sink did not start:\n%s", c.sink.tail(10))
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(8 * time.Second) // longer than a JetStream request's 5 s timeout
	c.nats.restart(t)
	c.extractor.start(t)
	c.crawler.start(t)
	c.waitStarted(2 * time.Minute)
	c.seed(s.web.Seeds()[:1])
	c.waitIdle(idleTimeout)
	c.checkAlive()
	if rows := c.export(); len(rows) == 0 {
		t.Error("nothing stored after the restart")
	}
}
