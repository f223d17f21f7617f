// Package crawler is newsroom's fetching stage. It moves URLs from the
// frontier intake stream into the shared per-host queues of pkg/frontier,
// claims URLs of hosts that are due (per-host gap, Crawl-delay, in-flight
// limit and back-off shared by every replica), checks robots.txt, fetches
// with Colly through an SSRF-guarded transport, publishes HTML pages to the
// pages stream, and puts newly found in-scope links (from pages, feeds and
// sitemaps) back on the intake. Seeds, feeds and section pages are revisited
// on a shared due-time schedule with conditional GETs.
package crawler
