package faults

import (
	"fmt"
	"testing"
	"time"
)

// outage is how long a server stays unreachable.
const outage = 30 * time.Second

// dlqNote summarises the dead letters of a crawl for the report.
func dlqNote(c *cluster) string {
	dls := c.deadLetters(c.js())
	by := map[string]int{}
	for _, d := range dls {
		by[d.Stage]++
	}
	if len(dls) == 0 {
		return "no dead letters"
	}
	return fmt.Sprintf("dead letters %v", by)
}

// testRedisRestartAndOutage kills Redis (append-only file, fsync always) and
// restarts it mid-crawl, then makes it unreachable for 30 s: the stages must
// pause, retry and resume by themselves, losing and doubling nothing.
func testRedisRestartAndOutage(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{RedisPersist: true, RedisProxy: true})
	r := s.rng(t)
	rows, took := crawl(t, c, func() {
		sleepRand(r, 2*time.Second, 4*time.Second)
		t.Log("redis: kill -9")
		c.redis.kill9()
		time.Sleep(2 * time.Second)
		c.redis.restart(t)
		t.Log("redis: restarted")
		sleepRand(r, 2*time.Second, 4*time.Second)
		t.Logf("redis: unreachable for %s", outage)
		c.rproxy.cut()
		time.Sleep(outage)
		c.rproxy.restore(t)
		t.Log("redis: reachable again")
	})
	noticed := c.crawler.grepLog("connection refused") + c.extractor.grepLog("connection refused")
	if noticed == 0 {
		t.Error("no service noticed the Redis faults: the fault missed the crawl")
	}
	report(t, "redis kill -9+restart, 30s outage", compare(ref, rows), took,
		fmt.Sprintf("%s; %d redis errors logged", dlqNote(c), noticed))
}

// testNATSRestart kills the NATS server (JetStream on disk) mid-crawl, twice,
// and restarts it on the same port and store directory: the services must
// reconnect and resume.
func testNATSRestart(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{})
	r := s.rng(t)
	rows, took := crawl(t, c, func() {
		for i := range 2 {
			sleepRand(r, 2*time.Second, 5*time.Second)
			t.Logf("nats-server: kill -9 (%d)", i+1)
			c.nats.kill9()
			sleepRand(r, time.Second, 4*time.Second)
			c.nats.restart(t)
			t.Log("nats-server: restarted")
		}
	})
	report(t, "nats-server kill -9+restart x2", compare(ref, rows), took, dlqNote(c))
}

// testPostgresOutage makes PostgreSQL unreachable from the sink for 30 s
// mid-crawl: the sink must stop acking, retry, resume, lose nothing.
func testPostgresOutage(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{PGProxy: true})
	r := s.rng(t)
	rows, took := crawl(t, c, func() {
		sleepRand(r, 2*time.Second, 4*time.Second)
		t.Logf("postgres: unreachable for %s", outage)
		c.pproxy.cut()
		time.Sleep(outage)
		c.pproxy.restore(t)
		t.Log("postgres: reachable again")
	})
	held := c.sink.grepLog("store unavailable")
	if held == 0 {
		t.Error("the sink never noticed the outage: the fault missed the crawl")
	}
	report(t, "postgres 30s outage", compare(ref, rows), took, fmt.Sprintf("%s; sink held batches %d times", dlqNote(c), held))
}
