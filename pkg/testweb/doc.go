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
// Publishers cycle through three page templates (a WordPress-like one with
// JSON-LD and an RSS feed; a European CMS with OpenGraph, entity-encoded
// quotes, a +02:00 time zone and an Atom feed; a schema.org microdata one with
// <time datetime>, pull quotes, a sitemap index and a Google News sitemap).
// Publishers four to six reuse the structures with different class names,
// date formats and byline styles, so a crawler or extractor tuned on the
// default three publishers can be checked on the next three as held-out
// sites. Publishers seven to nine are a third cycle in German, Russian and
// French: bylines behind a label in the site's language in a
// <span class="athr"> ("Von X und Y", "Автор: X", "Par X"), day-first dates
// with month names and zone abbreviations ("3. März 2025, 18:24 Uhr MEZ",
// "3 марта 2025, 18:24 МСК"), a masthead showing today's date, titles
// "Name :: Headline", no machine-readable dates or authors (no JSON-LD,
// article:published_time or <time datetime>) and thin section, tag and
// author pages (the list and nothing else). The two aggregator templates differ as much (a div layout with an
// RSS feed and an old table layout whose paragraphs are separated by <br>).
//
// All content is generated deterministically from Config.Seed. Truth reports
// what was generated, so a crawler or extractor can be scored against it, and
// Requests reports every request the web has served.
package testweb
