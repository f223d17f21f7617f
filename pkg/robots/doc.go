// Package robots parses robots.txt files following RFC 9309 and answers
// whether a crawler may fetch a path.
//
// Groups are selected by the crawler's product token (case-insensitive);
// Allow and Disallow rules support the * and $ wildcards and the longest
// matching rule wins, Allow winning ties. Crawl-delay and Sitemap lines are
// kept. Rules are immutable after parsing, safe for concurrent use, and
// serialise to their source text so they can be cached.
package robots
