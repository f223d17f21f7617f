// Package ingest feeds the HTML responses of WARC files (a --warc archive of
// this crawler, or Common Crawl's CC-NEWS) into the pages stream, so that the
// extractor, dedupe and sink treat them exactly like crawled pages. It applies
// the crawler's own rules to each response: a 2xx status, an HTML body (not a
// feed or sitemap, not binary), no robots noindex, and the body size cap; the
// record's WARC-Date becomes the page's fetch time.
package ingest
