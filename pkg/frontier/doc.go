// Package frontier is the crawl frontier shared by every crawler replica:
// per-host URL queues and one schedule of hosts ordered by the time each may
// next be fetched.
//
// # Design
//
// Discovery publishes URLs to the frontier intake, a JetStream work queue
// with Nats-Msg-Id dedupe. A crawler moves each intake message into its
// host's queue (Push) and acks it; the push carries the message's stream
// sequence as an idempotency key, so a redelivery after a crash adds nothing.
//
// The store (Redis, or the embedded store of a single process) holds:
//
//   - one queue per host: a sorted set of compact entries, ordered by
//     priority (feeds and seeds, then articles, then listing pages; newer
//     first within a class);
//   - the schedule: a sorted set of hosts that have queued URLs and a free
//     request slot, scored by the time the host may next be fetched;
//   - per host: requests in flight, the next allowed start and its gap;
//   - leases: URLs being fetched, scored by when the lease expires;
//   - a delay set: URLs retried later (fetch failures), moved back into
//     their host's queue when due.
//
// Claim is one atomic step (one Lua call on Redis): it returns expired
// leases to their queues, moves due delayed URLs back, then takes the first
// URL of each host due now, and pushes the host to now+gap, or off the
// schedule while its in-flight limit is reached. Finish returns the lease
// and puts the host back at its next due time (gap, Crawl-delay, adaptive
// slow-down, Retry-After, parking). A URL waiting for its host is never
// read or written until its host comes due, so the cost of a fetch does not
// grow with the depth of the queue: Claim is O(log hosts + log queue).
//
// Nothing is shared between crawler processes except the store: a replica
// holds no frontier state of its own beyond the leases it is working on, and
// a replica that dies leaves leases that expire and return their URLs to the
// queues. A URL whose lease expired while its fetch was still running may be
// fetched twice; nothing else is.
//
// Revisits plans the next visits of seeds, feeds and section pages on a
// shared due-time schedule (adapting each interval to whether the last visit
// found new links) and releases due ones to the intake; Politeness decides
// how long a host rests after a request.
//
// # Cost
//
// In Redis a queued URL costs one sorted-set element: the entry (the URL
// without scheme and host, plus kind, depth and discovery time, about 40
// bytes plus the path) and the set's per-element overhead; see
// EntryOverhead and the bytes-per-URL figures of make bench-frontier.
// The frontier is bounded by the store's memory, not by dropping URLs;
// Options.MaxQueued pauses the intake (the overflow waits in the intake
// stream on disk) rather than discarding anything.
package frontier
