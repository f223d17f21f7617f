// Package crawler is newsroom's fetching stage. It pulls URLs from the
// frontier stream, waits its turn under the shared per-host pacing and
// robots.txt rules, fetches with Colly through an SSRF-guarded transport,
// publishes HTML pages to the pages stream, and puts newly found in-scope
// links (from pages, feeds and sitemaps) back on the frontier. Seeds, feeds
// and section pages are revisited on a shared due-time schedule with
// conditional GETs.
package crawler
