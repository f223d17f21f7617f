package faults

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// idleTimeout bounds how long one crawl may take to drain. Redeliveries after
// a kill -9 wait for the consumer's AckWait (30 s for the crawler and extractor, 1 min
// for the sink).
const idleTimeout = 5 * time.Minute

// crawl starts the services, waits until they are ready, seeds the shared
// web, runs during (the fault injection) and waits until the pipeline is
// idle. It returns the export and how long the crawl took.
func crawl(t *testing.T, c *cluster, during func()) ([]row, time.Duration) {
	t.Helper()
	start := time.Now()
	c.startServices()
	c.waitStarted(2 * time.Minute)
	c.seed(s.web.Seeds())
	if during != nil {
		during()
	}
	st := c.waitIdle(idleTimeout)
	took := time.Since(start)
	c.checkAlive()
	rows := c.export()
	if st.DeadLetters.Count > 0 {
		var rs []string
		for _, d := range st.DeadLetters.Latest {
			rs = append(rs, d.Stage+": "+d.Reason)
		}
		t.Logf("%d dead letters; latest:\n  %s", st.DeadLetters.Count, strings.Join(rs, "\n  "))
	}
	return rows, took
}

// reference returns the export of an undisturbed crawl of the shared web,
// crawling it on first use.
func (st *suite) reference(t *testing.T) []row {
	t.Helper()
	st.refOnce.Do(func() {
		st.refErr = errors.New("reference crawl failed (see TestReferenceCrawl or the first test that needed it)")
		c := newCluster(t, clusterOptions{})
		rows, took := crawl(t, c, nil)
		c.stopServices()
		if len(rows) == 0 {
			t.Fatal("reference crawl stored nothing")
		}
		st.ref, st.refTime, st.refErr = rows, took, nil
		d := compare(rows, rows)
		report(t, "reference (no faults)", d, took, fmt.Sprintf("%d stories", len(rows)))
	})
	if st.refErr != nil {
		t.Fatal(st.refErr)
	}
	return st.ref
}

// TestReferenceCrawl crawls the web without faults and checks the export
// against the web's ground truth.
func TestReferenceCrawl(t *testing.T) {
	ref := s.reference(t)
	rep := s.web.Truth().Compare(exported(ref))
	t.Logf("web requests: %d", len(s.web.Requests()))
	t.Logf("reference crawl: %d rows in %s; %d of %d stories found, %d of %d copies folded",
		len(ref), s.refTime.Round(time.Millisecond), rep.Found, rep.Stories, rep.CopiesFolded, rep.Copies)
	if rep.Found < rep.Stories*95/100 || rep.CopiesFolded < rep.Copies*95/100 {
		t.Errorf("reference crawl misses the ground truth:\n  %s", strings.Join(append(rep.Missing, rep.Unfolded...), "\n  "))
	}
	if len(ref) != rep.Found {
		t.Errorf("reference export has %d rows for %d stories", len(ref), rep.Found)
	}
}

// sleepRand sleeps a random duration in [lo, hi).
func sleepRand(r *rand.Rand, lo, hi time.Duration) {
	time.Sleep(lo + time.Duration(r.Int64N(int64(hi-lo))))
}

// testKill9Services kills the crawler, the extractor and the sink with
// SIGKILL at random moments, several times each, restarting them; the
// export must equal the reference.
func testKill9Services(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{})
	r := s.rng(t)
	var log []string
	rows, took := crawl(t, c, func() {
		start := time.Now()
		for {
			done := true
			for _, p := range c.services() {
				if p.kills < 3 {
					done = false
				}
			}
			if done || time.Since(start) > 90*time.Second {
				break
			}
			sleepRand(r, 300*time.Millisecond, 2500*time.Millisecond)
			p := c.services()[r.IntN(3)]
			p.kill9()
			at := time.Since(start).Round(time.Millisecond)
			sleepRand(r, 0, 800*time.Millisecond)
			p.start(t)
			log = append(log, fmt.Sprintf("%s %s", at, p.name))
		}
	})
	t.Logf("kills (time since seeding, service): %s", strings.Join(log, ", "))
	note := fmt.Sprintf("kills: crawler %d, extractor %d, sink %d", c.crawler.kills, c.extractor.kills, c.sink.kills)
	report(t, "kill -9 crawler/extractor/sink", compare(ref, rows), took, note)
}
