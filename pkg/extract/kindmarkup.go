package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page markup that names the software or template which made a page:
// forum engines, documentation generators and shop systems mark their
// pages with their own class names, microdata types and generator
// names. These are shared by thousands of sites each, unlike words of
// one site, so they hold on sites never seen.

// markupClasses maps class and id tokens (lower case) to the kind of page
// the software that writes them makes.
var markupClasses = wordTable(map[int]string{
	markForum: "bbwrapper, message--post, message-userextras, js-post, p-body-pagecontent," + // XenForo
		" postbitlegacy, threadbit, usertitle," + // vBulletin
		" postprofile," + // phpBB
		" topic-post," + // Discourse
		" ipscomment, cpost," + // Invision
		" bbp-reply-content, bbp-topic-content," + // bbPress
		" lia-message-body," + // Khoros communities
		" post-stream," + // Discourse
		" answercell, js-vote-count, post-signature," + // Stack Exchange
		" forum-post", // forum themes and plugins
	markDocs: "sphinxsidebar, toctree-wrapper, toctree-l1, rst-content, wy-nav-side, bd-sidebar," + // Sphinx, Read the Docs, PyData
		" md-nav," + // MkDocs Material
		" theme-doc-markdown, theme-doc-sidebar-container," + // Docusaurus
		" gitbook-root, nextra-content, book-menu, rm-article," + // GitBook, Nextra, Hugo Book, ReadMe
		" vp-doc," + // VitePress
		" td-sidebar," + // Docsy
		" sidebar-scrollbox," + // mdBook
		" devsite-book-nav", // Google developer sites
	markShop: "single-product, product_meta, woocommerce-product-gallery," + // WooCommerce
		" product-info-main, catalog-product-view," + // Magento
		" productview," + // BigCommerce
		" product-form, product-single", // Shopify themes
})

// markupElements are custom element names of one kind of page.
var markupElements = map[string]int{"shreddit-post": markForum, "shreddit-comment": markForum}

// markupGenerators maps words of <meta name="generator"> to a kind.
var markupGenerators = []struct {
	word string
	kind int
}{
	{"xenforo", markForum}, {"vbulletin", markForum}, {"phpbb", markForum}, {"discourse", markForum},
	{"invision", markForum}, {"flarum", markForum}, {"nodebb", markForum}, {"mybb", markForum},
	{"sphinx", markDocs}, {"mkdocs", markDocs}, {"docusaurus", markDocs}, {"vitepress", markDocs},
	{"gitbook", markDocs}, {"mdbook", markDocs}, {"docsy", markDocs}, {"starlight", markDocs}, {"antora", markDocs},
	{"dokuwiki", markDocs},
}

// blogGenerators are words of the generator of blog and news engines.
var blogGenerators = []string{"wordpress", "ghost", "blogger", "hugo", "jekyll", "substack", "medium", "typepad", "movable type", "arc publishing"}

// markupItemTypes maps the last part of a microdata itemtype (lower case)
// to a kind; a Question alone is not one (FAQ blocks use it).
var markupItemTypes = map[string]int{
	"qapage": markForum, "discussionforumposting": markForum,
	"product": markShop, "offer": markShop, "aggregateoffer": markShop, "productgroup": markShop,
}

// markupDocLinks are link texts of documentation sites (lower case).
var markupDocLinks = map[string]bool{
	"edit this page": true, "edit on github": true, "edit on gitlab": true, "edit this page on github": true,
	"view page source": true, "improve this page": true, "edit page": true,
}

// markupCartButtons are the labels of a shop's buy button (lower case).
var markupCartButtons = map[string]bool{
	"add to cart": true, "add to bag": true, "add to basket": true, "add to trolley": true, "buy now": true,
	"in den warenkorb": true, "ajouter au panier": true, "añadir al carrito": true, "aggiungi al carrello": true,
	"adicionar ao carrinho": true, "in winkelwagen": true, "dodaj do koszyka": true, "в корзину": true,
	"sepete ekle": true, "カートに入れる": true, "加入购物车": true, "장바구니 담기": true,
}

// Kinds of page markup.
const (
	markForum = iota + 1
	markDocs
	markShop
)

// markupKinds is what a page's markup names: for each kind the first
// marker seen, "" when none.
type markupKinds struct {
	forum, docs, shop string
	// Weaker signs, read by the kind model: microdata of an article, of a
	// product or offer, of comments or answers; a blog engine's
	// generator.
	microArticle, microProduct, microComment, blogEngine bool
	// reviews counts the elements marked as a review (class "review",
	// microdata Review): the customer reviews of a product page.
	reviews int
	// staticPage names the sign that the site's engine rendered the page
	// as one of its static pages (about, membership, support) rather than
	// a post: WordPress's body class "page-id-N" or an article of class
	// "type-page", Ghost's body class "page-template".
	staticPage string
	// post names the sign that the engine rendered the page as a blog
	// post: WordPress's body class "single-post" or "postid-N", an
	// article of class "type-post", Ghost's body class "post-template".
	post string
	// webStory names the element of an AMP web story ("<amp-story>").
	webStory string
	// archive is the kind of list a WordPress archive template renders,
	// by its body classes ("archive category category-news"): a section,
	// a tag's, an author's or a day's stories, or search results.
	archive string
}

func (m *markupKinds) set(kind int, marker string) {
	switch kind {
	case markForum:
		if m.forum == "" {
			m.forum = marker
		}
	case markDocs:
		if m.docs == "" {
			m.docs = marker
		}
	case markShop:
		if m.shop == "" {
			m.shop = marker
		}
	}
}

// markup scans the page's elements and metadata for markup of forum
// engines, documentation generators and shops.
func (p *page) markup() markupKinds {
	var m markupKinds
	if g := strings.ToLower(p.meta["generator"]); g != "" {
		for _, x := range markupGenerators {
			if strings.Contains(g, x.word) {
				m.set(x.kind, "generator "+x.word)
			}
		}
	}
	for _, w := range blogGenerators {
		if strings.Contains(strings.ToLower(p.meta["generator"]), w) {
			m.blogEngine = true
		}
	}
	for _, k := range []string{"product:price:amount", "og:price:amount", "product:price"} {
		if p.meta[k] != "" {
			m.set(markShop, "meta "+k)
		}
	}
	for i := range p.nodes {
		n := p.nodes[i].n
		review := false
		if n.DataAtom == 0 {
			if k, ok := markupElements[n.Data]; ok {
				m.set(k, "<"+n.Data+">")
			}
			if n.Data == "amp-story" && m.webStory == "" {
				m.webStory = "<amp-story>"
			}
		}
		switch {
		case n.DataAtom == atom.Button && m.shop == "":
			if t := strings.ToLower(strings.TrimSpace(p.nodeText(n))); len(t) <= 40 && markupCartButtons[t] {
				m.set(markShop, "button "+t)
			}
		case n.DataAtom == atom.Input && m.shop == "":
			if t := strings.ToLower(strings.TrimSpace(attr(n, "value"))); markupCartButtons[t] {
				m.set(markShop, "button "+t)
			}
		}
		if n.DataAtom == atom.A && m.docs == "" {
			// Link text sits in the enclosing block's counts: read it.
			// Lower-casing shortens a text to no less than a third (the
			// Kelvin sign K is three bytes, k one): a longer text is
			// left unread.
			if t := strings.TrimSpace(p.nodeText(n)); len(t) <= 3*32 {
				if t = strings.ToLower(t); len(t) <= 32 && markupDocLinks[t] {
					m.set(markDocs, "link "+t)
				}
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "class", "id":
				// The index read most values already (markupTokens):
				// their tokens need reading only when one is marked or
				// the element is a <body> or an <article>, whose class
				// may name a static page.
				c, cached := p.classCache[a.Val]
				read := !cached || c.markup || a.Key == "class" && (n.DataAtom == atom.Body || n.DataAtom == atom.Article)
				if read {
					for tok := range strings.FieldsSeq(a.Val) {
						review = m.classToken(n, a.Key, tok) || review
					}
				}
				if a.Key == "class" && n.DataAtom == atom.Body && m.archive == "" {
					m.archive = archiveKind(strings.Fields(a.Val))
				}
			case "itemtype":
				t := strings.ToLower(strings.TrimSpace(a.Val))
				if j := strings.LastIndexByte(t, '/'); j >= 0 {
					t = t[j+1:]
				}
				if k, ok := markupItemTypes[t]; ok {
					m.set(k, "itemtype "+t)
				}
				if t == "review" {
					review = true
				}
				switch t {
				case "article", "newsarticle", "blogposting", "reportagenewsarticle", "report", "analysisnewsarticle", "opinionnewsarticle":
					m.microArticle = true
				case "product", "offer", "aggregateoffer", "productgroup":
					m.microProduct = true
				case "comment", "answer", "usercomments":
					m.microComment = true
				}
			case "itemprop":
				switch a.Val {
				case "price", "priceCurrency", "lowPrice":
					m.set(markShop, "itemprop "+a.Val)
				}
			}
		}
		if review {
			m.reviews++
		}
	}
	return m
}

// classToken reads a token of a class or id (key) of element n into m
// and reports whether it marks a review.
func (m *markupKinds) classToken(n *html.Node, key, tok string) bool {
	lt := strings.ToLower(tok)
	if k, ok := markupClasses[lt]; ok {
		m.set(k, "class "+lt)
	}
	if m.staticPage == "" && key == "class" && staticPageClass(n, tok) {
		m.staticPage = "class " + tok
	}
	if m.post == "" && key == "class" && postClass(n, tok) {
		m.post = "class " + tok
	}
	return key == "class" && strings.EqualFold(tok, "review")
}

// markupTokens reports whether a token of class or id value v names a
// kind of page in markupClasses or is "review": what markup reads in a
// class or id of an element other than <body> and <article>.
func markupTokens(v string) bool {
	for tok := range strings.FieldsSeq(v) {
		if _, ok := markupClasses[strings.ToLower(tok)]; ok || strings.EqualFold(tok, "review") {
			return true
		}
	}
	return false
}

// staticPageClass reports whether a class token of n marks the page as a
// site engine's static page: on <body>, WordPress's "page-id-12" and
// "page-template-default" and Ghost's "page-template"; on an <article>,
// WordPress's "type-page".
func staticPageClass(n *html.Node, tok string) bool {
	switch n.DataAtom {
	case atom.Body:
		if tok == "page-template" || strings.HasPrefix(tok, "page-template-") {
			return true // (WordPress: "page-template-default", "page-template-full-width")
		}
		id, ok := strings.CutPrefix(tok, "page-id-")
		return ok && id != "" && strings.Trim(id, "0123456789") == ""
	case atom.Article:
		return tok == "type-page"
	}
	return false
}

// postClass reports whether a class token of n marks the page as a blog
// engine's post: on <body>, WordPress's "single-post" and "postid-88" and
// Ghost's "post-template"; on an <article>, WordPress's "type-post".
func postClass(n *html.Node, tok string) bool {
	switch n.DataAtom {
	case atom.Body:
		if tok == "single-post" || tok == "post-template" {
			return true
		}
		id, ok := strings.CutPrefix(tok, "postid-")
		return ok && id != "" && strings.Trim(id, "0123456789") == ""
	case atom.Article:
		return tok == "type-post"
	}
	return false
}

// archiveKind reads a WordPress <body>'s classes: "archive" beside the
// archive's type ("category", "tag", "author", "date", a taxonomy's
// "tax-…") names a list of posts, as does "search" or
// "search-results"; "" otherwise (a post's body says "single").
func archiveKind(toks []string) string {
	archive, kind := false, ""
	for _, t := range toks {
		switch {
		case t == "archive":
			archive = true
		case t == "search-results" || t == "search-no-results":
			return KindSearch
		case t == "category" || strings.HasPrefix(t, "tax-") || t == "post-type-archive":
			if kind == "" {
				kind = KindSection
			}
		case t == "tag":
			kind = KindTag
		case t == "author":
			kind = KindAuthor
		case t == "date":
			kind = KindArchive
		case t == "single" || t == "page":
			return ""
		}
	}
	if !archive {
		return ""
	}
	return kind
}
