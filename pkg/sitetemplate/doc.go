// Package sitetemplate learns, online and per site, which body blocks repeat
// across many pages of a site — disclaimers, "about us" boxes, share
// prompts and promotions that survive the extractor's heuristics — and hands
// them back as an extract.TemplateSet so that later pages of the site drop
// them.
//
// The counts live in a shared state.Store, so every extractor replica
// learns from the pages all replicas saw. For each observed page a Learner
// marks the page and its block hashes as seen in one MarkSeen call, counts
// the page in one Incr, and increments a counter only for blocks seen on an
// earlier page (most article lines are new and cost nothing). A block seen
// on at least Options.MinPages pages, and on at least Options.MinShare of
// the site's observed pages, joins the site's template, which is stored as
// one value and cached in each Learner for Options.Refresh.
//
// Keys (under Options.Prefix, "tpl:" by default), all expiring after
// Options.Window:
//
//	tpl:<site>:u:<page hash>   page already counted (MarkSeen)
//	tpl:<site>:s:<block hash>  block seen on some page (MarkSeen)
//	tpl:<site>:c:<block hash>  pages after the first the block was seen on (Incr)
//	tpl:<site>:n               pages observed (Incr)
//	tpl:<site>:t               the template: 8 bytes per block hash (Get/Set)
//	tpl:<site>:a:<affix hash>  pages whose title carried this site-name affix (Incr)
//	tpl:<site>:o:dmy, o:mdy    pages showing an unambiguous day-month order (Incr)
//	tpl:<site>:du:<page hash>  non-article page already counted for the order (MarkSeen)
//	tpl:<site>:b:<spot hash>   pages whose byline sat in this element signature (Incr)
//	tpl:<site>:d:<spot hash>   pages whose date sat in this element signature (Incr)
//	tpl:<site>:m               the metadata template: learned affixes, order and spots (Get/Set)
//
// The metadata template makes the site's later pages right where the page
// alone is ambiguous: a title affix seen on Options.MetaPages pages and on
// Options.MetaShare of the site's pages comes off every title (so a
// "Site :: Headline" page without a visible headline is still cleaned), and
// a day-month order seen on Options.OrderPages pages while no page showed
// the other (else on MetaPages pages, four times as often as the other)
// decides numeric dates like 04/03/2025; the pages that are not articles
// count toward the order too (Learner.ObserveDateOrder), since a list
// shows many of the site's dates. Where the byline and the
// date sit (extract.Result.BylineSpot, DateSpot: the signature of the
// element, "div.meta>span.author") is learned the same way, and later pages
// read their byline and date from there before the generic rules. The
// Template returned by Learner.Template implements extract.SiteHints and
// extract.SiteSpots for this.
//
// Learner.ObserveKind counts, per site and address shape
// (extract.PathShape), the pages that showed an article's own date or
// byline and the pages a hand rule found not an article (keys ku:<page>,
// ka:/ko:<shape hash>, and the table k of at most Options.MaxShapes
// shapes); the Template implements extract.SiteKinds, so a later page of a
// shape the site used only for tag, author or section pages (or only for
// articles) is tipped that way. It also counts the site's articles with
// and without a publication date under the pseudo-shape
// extract.SiteDatesShape: on a site that dates its stories, an undated
// page (a policy, a staff or podcast page on the story template) is tipped
// away from an article.
package sitetemplate
