// Package state defines the crawl and dedupe state that every replica of the
// crawler and extractor shares: the seen-set, small cached values (robots.txt,
// feed validators), per-host pacing leases, due-time schedules and the
// three-tier story dedupe decision.
//
// Dedupe places one copy of a story in one atomic step: by canonical URL
// (the copy's URL was named as rel=canonical by another copy, or the copy
// names a known URL), by exact normalised text, or by near-duplicate band
// candidates verified by signature similarity. The first copy's candidate id
// becomes the story id; a later copy of better Quality (Quality.Better:
// strong signals, then a surely earlier date, then detail, then longer
// text; the page another copy named canonical gets CanonicalTargetBonus) is
// promoted and the story's Version grows, so the sink can apply the change
// as an idempotent update. Every key lives for the request's TTL (retention
// window, DefaultDedupeTTL).
//
// DedupeBatch sends many decisions in one round trip; Batcher groups the
// Dedupe calls of concurrent goroutines into such batches.
//
// Two implementations satisfy Store: redisstate for clusters and memstate for
// the single process. Both pass the contract suite in statetest.
package state
