// Package testweb serves a simulated news web on loopback for tests, benchmarks
// and demos.
//
// A Web is a set of sites, each on its own loopback address (127.0.1.1,
// 127.0.1.2, ...) and all on one shared port. Publisher sites carry original
// stories under different HTML templates, URL schemes, date formats, feeds and
// sitemaps; aggregator sites republish some of those stories with small edits
// (documented on Copy) and link back to the originals; an optional site asks
// for a Crawl-delay; an optional trap site serves everything a crawler must
// survive (infinite calendars, session ids, redirect loops, huge, binary,
// gzip-bomb, slow and malformed responses, links to private addresses).
//
// All content is generated deterministically from Config.Seed. Truth reports
// what was generated, so a crawler or extractor can be scored against it, and
// Requests reports every request the web has served.
package testweb
