package extract

import "strings"

// Word tables of the page-kind features (kindfeatures.go): declared
// types, address words and page words that lean towards one kind of page.

// ldKindGroups maps schema.org types (lower case) to the feature they
// raise.
var ldKindGroups = wordTable(map[int]string{
	fxLDProduct: "product, productgroup, offer, aggregateoffer, individualproduct, productmodel",
	fxLDForum:   "discussionforumposting, qapage, question, answer",
	fxLDListing: "collectionpage, itemlist, searchresultspage, offercatalog",
	fxLDService: "service, localbusiness, professionalservice, course, softwareapplication, webapplication, event," +
		" faqpage, educationalorganization, medicalclinic, store, financialproduct",
	fxLDTech: "techarticle, apireference, howto",
})

// pathWordGroups maps URL path words, in the languages of the news, to
// the feature they raise.
var pathWordGroups = wordTable(map[int]string{
	// News and blog addresses.
	fxPathNews: "news, article, articles, story, stories, blog, blogs, post, posts, opinion, politics, world," +
		" business, sport, sports, nachrichten, artikel, actualites, actualite, noticias, noticia," +
		" notizie, nieuws, wiadomosci, novosti, news-story, haber, haberler, press, press-release," +
		" press-releases, insights, magazine, story-, columns, column, feature-story",
	// Shops.
	fxPathProduct: "product, products, shop, store, p, dp, ip, item, items, buy, cart, produkt, produkte, produit," +
		" produits, producto, productos, prodotto, prodotti, produto, sklep, tovar, urun, gp, sku",
	// Lists of things.
	fxPathListing: "collections, collection, category, categories, c, search, archive, archives, list, lists," +
		" browse, directory, kategorie, categorie, categoria, kategoria, archiv, rubrik, section, page," +
		" all, listings, courses, events",
	// Forums and Q&A.
	fxPathForum: "forum, forums, thread, threads, t, topic, questions, question, discussion, discussions," +
		" community, viewtopic.php, showthread.php, r, comments, board, boards, foro, foren, q, answers," +
		" groups, d",
	// Documentation.
	fxPathDocs: "docs, doc, documentation, manual, man, reference, api, guide, guides, wiki, help, support, kb," +
		" learn, tutorial, tutorials, handbook, book, std, glossary, faq, knowledge-base, dokumentation," +
		" hilfe, library, stable, latest, en-us",
	// Service and company pages.
	fxPathService: "services, service, solutions, solution, features, pricing, plans, about, about-us, contact," +
		" contact-us, careers, industries, consulting, what-we-do, leistungen, dienstleistungen," +
		" servicios, servizi, uslugi, programs, admissions, department, locations, impressum, privacy," +
		" terms, company",
	// People.
	fxPathAuthor: "author, authors, profile, people, user, users, members, member, autor, auteur, team, staff," +
		" journalist",
	// Tags and topics.
	fxPathTag: "tag, tags, topics, keyword, schlagwort, thema, themen, etiqueta, tema, temat",
})

// hostWordGroups maps the first label of a host name to a feature.
var hostWordGroups = wordTable(map[int]string{
	fxHostDocs:  "docs, doc, developer, developers, wiki, help, support, learn",
	fxHostForum: "forum, forums, community, discuss, bbs, answers",
	fxHostShop:  "shop, store",
	fxHostNews:  "news, blog, blogs",
})

// textWordGroups maps words and two-word phrases of the page text to the
// feature they count.
var textWordGroups = wordTable(map[int]string{
	fxCartWords: "add to, to cart, to bag, buy now, in stock, sku, checkout, shipping, quantity, warenkorb," +
		" panier, carrito, carrello, koszyka, корзину, wishlist, shop now, sale, price, size",
	fxRatingWords: "reviews, rating, ratings, stars, rated",
	fxForumWords: "reply, replies, posted, joined, quote, upvote, answered, asked, posts, member, votes, permalink," +
		" report, likes, thread, moderator, answers, comments, share",
	fxCTAWords: "sign up, get started, contact us, request a, free trial, learn more, book a, schedule a, get a," +
		" call us, our services, we offer, our team, apply now, enroll, demo, pricing, try it," +
		" our clients, customers, solutions",
	fxReportWords: "said, says, told, according, sagte, erklärte, sagt, laut, déclaré, selon, dijo, según, afirmó," +
		" detto, secondo, disse, zei, volgens, powiedział, według, заявил, сказал, словам, söyledi," +
		" reported, announced",
	fxWeOur:   "we, our, us, wir, unser, unsere, nous, nos, notre, nuestro, nuestros, nostro, nostri",
	fxYouYour: "you, your, sie, ihr, ihre, vous, votre, tu, su",
})

// phraseStarts are the first words of the two-word phrases above.
var phraseStarts = wordSet("add to buy in shop sign get contact request free learn book schedule call our we apply try")

// wordTable turns lists of words, each list a comma-separated string under
// the feature it raises, into a lookup from word to feature.
func wordTable(groups map[int]string) map[string]int {
	out := map[string]int{}
	for feature, list := range groups {
		for _, w := range strings.Split(list, ",") {
			out[strings.TrimSpace(w)] = feature
		}
	}
	return out
}
