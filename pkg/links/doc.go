// Package links extracts links and crawl hints from HTML with the streaming
// golang.org/x/net/html tokenizer (no DOM is built).
//
// Extract returns the page's outgoing links, absolute and normalised with
// urlnorm and deduplicated, each with its anchor text, nofollow flag and an
// article-likeness score, together with rel=canonical, rel=next/prev, feed
// links (<link rel=alternate type=application/rss+xml|atom+xml>) and the meta
// robots noindex/nofollow directives. A <base href> is honoured for the links
// after it (in practice all of them: it belongs in <head>).
package links
