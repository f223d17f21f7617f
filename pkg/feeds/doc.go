// Package feeds recognises and parses RSS, Atom, XML sitemaps, sitemap
// indexes, Google News sitemaps and plain-text sitemaps, detecting the kind
// from the content rather than the URL.
//
// RSS and Atom are parsed with gofeed; sitemaps with a streaming
// encoding/xml parser that stops at the entry cap, so large sitemaps cost
// bounded memory. Gzip-compressed bodies (sitemap.xml.gz) are recognised by
// their magic bytes and decompressed within the size limit.
package feeds
