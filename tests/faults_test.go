package faults

import (
	"sync"
	"testing"
)

// TestFaults runs every fault scenario at once, each on its own private
// cluster, so that the suite's wall time is that of the slowest scenario
// rather than the sum (most of it is waiting: outages, JetStream AckWait).
// The subtests run concurrently without t.Parallel, so `go test`'s -parallel
// limit does not serialise them. Run one with -run 'TestFaults/Name'.
func TestFaults(t *testing.T) {
	scenarios := []struct {
		name string
		slow bool // skipped with -short
		fn   func(*testing.T)
	}{
		{"Kill9Services", true, testKill9Services},
		{"Kill9CrawlersDeepHost", true, testKill9CrawlersDeepHost},
		{"NATSRestart", true, testNATSRestart},
		{"RedisRestartAndOutage", true, testRedisRestartAndOutage},
		{"PostgresOutage", true, testPostgresOutage},
		{"ExtractorRedisOutageWithBacklog", true, testExtractorRedisOutageWithBacklog},
		{"StartWhileRedisDown", false, testStartWhileRedisDown},
		{"StartWhilePostgresDown", false, testStartWhilePostgresDown},
		{"StageStartDuringNATSRestart", false, testStageStartDuringNATSRestart},
		{"PoisonAndMalformedMessages", false, testPoisonAndMalformedMessages},
		{"TrapSite", false, testTrapSite},
	}
	var wg sync.WaitGroup
	for _, sc := range scenarios {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.Run(sc.name, func(t *testing.T) {
				if sc.slow && testing.Short() {
					t.Skip("slow fault scenario (-short)")
				}
				sc.fn(t)
			})
		}()
	}
	wg.Wait()
}
