// Package state defines the crawl and dedupe state that every replica of the
// crawler and extractor shares: the seen-set, small cached values (robots.txt,
// feed validators), per-host pacing leases, due-time schedules and the
// three-tier story dedupe decision.
//
// Two implementations satisfy Store: redisstate for clusters and memstate for
// the single process. Both pass the contract suite in statetest.
package state
