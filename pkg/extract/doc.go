// Package extract turns a fetched HTML page into a clean news record: it
// decodes the charset, decides whether the page is an article or some other
// kind of page (listing, section, tag, author, video, about), and extracts the
// body text together with title, authors, dates, language, site name,
// canonical URL, lead image, section and tags, recording for each field the
// method that produced it.
//
// The body extractor works on the golang.org/x/net/html node tree in a few
// linear passes: one bottom-up pass gathers text, link and paragraph
// statistics for every element, a second picks the element that holds the
// most paragraph text for the least boilerplate, and a third renders that
// element's text while dropping navigation, share bars, captions, related
// lists, newsletter boxes and comments. No CSS selector engine runs on the hot
// path. An Extractor is safe for concurrent use.
package extract
