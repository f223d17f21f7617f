package extract

// Word tables of the page-kind features (kindfeatures.go): declared
// types, address words and page words that lean towards one kind of page.

// ldKindGroups maps schema.org types (lower case) to the feature they
// raise.
var ldKindGroups = map[string]int{
	"product": fxLDProduct, "productgroup": fxLDProduct, "offer": fxLDProduct, "aggregateoffer": fxLDProduct,
	"individualproduct": fxLDProduct, "productmodel": fxLDProduct,
	"discussionforumposting": fxLDForum, "qapage": fxLDForum, "question": fxLDForum, "answer": fxLDForum,
	"collectionpage": fxLDListing, "itemlist": fxLDListing, "searchresultspage": fxLDListing, "offercatalog": fxLDListing,
	"service": fxLDService, "localbusiness": fxLDService, "professionalservice": fxLDService, "course": fxLDService,
	"softwareapplication": fxLDService, "webapplication": fxLDService, "event": fxLDService, "faqpage": fxLDService,
	"educationalorganization": fxLDService, "medicalclinic": fxLDService, "store": fxLDService, "financialproduct": fxLDService,
	"techarticle": fxLDTech, "apireference": fxLDTech, "howto": fxLDTech,
}

// pathWordGroups maps URL path words, in the languages of the news, to
// the feature they raise.
var pathWordGroups = map[string]int{
	// News and blog addresses.
	"news": fxPathNews, "article": fxPathNews, "articles": fxPathNews, "story": fxPathNews, "stories": fxPathNews,
	"blog": fxPathNews, "blogs": fxPathNews, "post": fxPathNews, "posts": fxPathNews, "opinion": fxPathNews,
	"politics": fxPathNews, "world": fxPathNews, "business": fxPathNews, "sport": fxPathNews, "sports": fxPathNews,
	"nachrichten": fxPathNews, "artikel": fxPathNews, "actualites": fxPathNews, "actualite": fxPathNews,
	"noticias": fxPathNews, "noticia": fxPathNews, "notizie": fxPathNews, "nieuws": fxPathNews, "wiadomosci": fxPathNews,
	"novosti": fxPathNews, "news-story": fxPathNews, "haber": fxPathNews, "haberler": fxPathNews, "press": fxPathNews,
	"press-release": fxPathNews, "press-releases": fxPathNews, "insights": fxPathNews, "magazine": fxPathNews,
	"story-": fxPathNews, "columns": fxPathNews, "column": fxPathNews, "feature-story": fxPathNews,
	// Shops.
	"product": fxPathProduct, "products": fxPathProduct, "shop": fxPathProduct, "store": fxPathProduct,
	"p": fxPathProduct, "dp": fxPathProduct, "ip": fxPathProduct, "item": fxPathProduct, "items": fxPathProduct,
	"buy": fxPathProduct, "cart": fxPathProduct, "produkt": fxPathProduct, "produkte": fxPathProduct,
	"produit": fxPathProduct, "produits": fxPathProduct, "producto": fxPathProduct, "productos": fxPathProduct,
	"prodotto": fxPathProduct, "prodotti": fxPathProduct, "produto": fxPathProduct, "sklep": fxPathProduct,
	"tovar": fxPathProduct, "urun": fxPathProduct, "gp": fxPathProduct, "sku": fxPathProduct,
	// Lists of things.
	"collections": fxPathListing, "collection": fxPathListing, "category": fxPathListing, "categories": fxPathListing,
	"c": fxPathListing, "search": fxPathListing, "archive": fxPathListing, "archives": fxPathListing,
	"list": fxPathListing, "lists": fxPathListing, "browse": fxPathListing, "directory": fxPathListing,
	"kategorie": fxPathListing, "categorie": fxPathListing, "categoria": fxPathListing, "kategoria": fxPathListing,
	"archiv": fxPathListing, "rubrik": fxPathListing, "section": fxPathListing, "page": fxPathListing,
	"all": fxPathListing, "listings": fxPathListing, "courses": fxPathListing, "events": fxPathListing,
	// Forums and Q&A.
	"forum": fxPathForum, "forums": fxPathForum, "thread": fxPathForum, "threads": fxPathForum, "t": fxPathForum,
	"topic": fxPathForum, "questions": fxPathForum, "question": fxPathForum, "discussion": fxPathForum,
	"discussions": fxPathForum, "community": fxPathForum, "viewtopic.php": fxPathForum, "showthread.php": fxPathForum,
	"r": fxPathForum, "comments": fxPathForum, "board": fxPathForum, "boards": fxPathForum, "foro": fxPathForum,
	"foren": fxPathForum, "q": fxPathForum, "answers": fxPathForum, "groups": fxPathForum, "d": fxPathForum,
	// Documentation.
	"docs": fxPathDocs, "doc": fxPathDocs, "documentation": fxPathDocs, "manual": fxPathDocs, "man": fxPathDocs,
	"reference": fxPathDocs, "api": fxPathDocs, "guide": fxPathDocs, "guides": fxPathDocs, "wiki": fxPathDocs,
	"help": fxPathDocs, "support": fxPathDocs, "kb": fxPathDocs, "learn": fxPathDocs, "tutorial": fxPathDocs,
	"tutorials": fxPathDocs, "handbook": fxPathDocs, "book": fxPathDocs, "std": fxPathDocs, "glossary": fxPathDocs,
	"faq": fxPathDocs, "knowledge-base": fxPathDocs, "dokumentation": fxPathDocs, "hilfe": fxPathDocs,
	"library": fxPathDocs, "stable": fxPathDocs, "latest": fxPathDocs, "en-us": fxPathDocs,
	// Service and company pages.
	"services": fxPathService, "service": fxPathService, "solutions": fxPathService, "solution": fxPathService,
	"features": fxPathService, "pricing": fxPathService, "plans": fxPathService, "about": fxPathService,
	"about-us": fxPathService, "contact": fxPathService, "contact-us": fxPathService, "careers": fxPathService,
	"industries": fxPathService, "consulting": fxPathService, "what-we-do": fxPathService, "leistungen": fxPathService,
	"dienstleistungen": fxPathService, "servicios": fxPathService, "servizi": fxPathService, "uslugi": fxPathService,
	"programs": fxPathService, "admissions": fxPathService, "department": fxPathService, "locations": fxPathService,
	"impressum": fxPathService, "privacy": fxPathService, "terms": fxPathService, "company": fxPathService,
	// People.
	"author": fxPathAuthor, "authors": fxPathAuthor, "profile": fxPathAuthor, "people": fxPathAuthor,
	"user": fxPathAuthor, "users": fxPathAuthor, "members": fxPathAuthor, "member": fxPathAuthor, "autor": fxPathAuthor,
	"auteur": fxPathAuthor, "team": fxPathAuthor, "staff": fxPathAuthor, "journalist": fxPathAuthor,
	// Tags and topics.
	"tag": fxPathTag, "tags": fxPathTag, "topics": fxPathTag, "keyword": fxPathTag, "schlagwort": fxPathTag,
	"thema": fxPathTag, "themen": fxPathTag, "etiqueta": fxPathTag, "tema": fxPathTag, "temat": fxPathTag,
}

// hostWordGroups maps the first label of a host name to a feature.
var hostWordGroups = map[string]int{
	"docs": fxHostDocs, "doc": fxHostDocs, "developer": fxHostDocs, "developers": fxHostDocs, "wiki": fxHostDocs,
	"help": fxHostDocs, "support": fxHostDocs, "learn": fxHostDocs,
	"forum": fxHostForum, "forums": fxHostForum, "community": fxHostForum, "discuss": fxHostForum, "bbs": fxHostForum,
	"answers": fxHostForum,
	"shop":    fxHostShop, "store": fxHostShop,
	"news": fxHostNews, "blog": fxHostNews, "blogs": fxHostNews,
}

// textWordGroups maps words and two-word phrases of the page text to the
// feature they count.
var textWordGroups = map[string]int{
	"add to": fxCartWords, "to cart": fxCartWords, "to bag": fxCartWords, "buy now": fxCartWords, "in stock": fxCartWords,
	"sku": fxCartWords, "checkout": fxCartWords, "shipping": fxCartWords, "quantity": fxCartWords, "warenkorb": fxCartWords,
	"panier": fxCartWords, "carrito": fxCartWords, "carrello": fxCartWords, "koszyka": fxCartWords, "корзину": fxCartWords,
	"wishlist": fxCartWords, "shop now": fxCartWords, "sale": fxCartWords, "price": fxCartWords, "size": fxCartWords,
	"reviews": fxRatingWords, "rating": fxRatingWords, "ratings": fxRatingWords, "stars": fxRatingWords, "rated": fxRatingWords,
	"reply": fxForumWords, "replies": fxForumWords, "posted": fxForumWords, "joined": fxForumWords, "quote": fxForumWords,
	"upvote": fxForumWords, "answered": fxForumWords, "asked": fxForumWords, "posts": fxForumWords, "member": fxForumWords,
	"votes": fxForumWords, "permalink": fxForumWords, "report": fxForumWords, "likes": fxForumWords, "thread": fxForumWords,
	"moderator": fxForumWords, "answers": fxForumWords, "comments": fxForumWords, "share": fxForumWords,
	"sign up": fxCTAWords, "get started": fxCTAWords, "contact us": fxCTAWords, "request a": fxCTAWords,
	"free trial": fxCTAWords, "learn more": fxCTAWords, "book a": fxCTAWords, "schedule a": fxCTAWords,
	"get a": fxCTAWords, "call us": fxCTAWords, "our services": fxCTAWords, "we offer": fxCTAWords, "our team": fxCTAWords,
	"apply now": fxCTAWords, "enroll": fxCTAWords, "demo": fxCTAWords, "pricing": fxCTAWords, "try it": fxCTAWords,
	"our clients": fxCTAWords, "customers": fxCTAWords, "solutions": fxCTAWords,
	"said": fxReportWords, "says": fxReportWords, "told": fxReportWords, "according": fxReportWords,
	"sagte": fxReportWords, "erklärte": fxReportWords, "sagt": fxReportWords, "laut": fxReportWords, "déclaré": fxReportWords,
	"selon": fxReportWords, "dijo": fxReportWords, "según": fxReportWords, "afirmó": fxReportWords, "detto": fxReportWords,
	"secondo": fxReportWords, "disse": fxReportWords, "zei": fxReportWords, "volgens": fxReportWords,
	"powiedział": fxReportWords, "według": fxReportWords, "заявил": fxReportWords, "сказал": fxReportWords,
	"словам": fxReportWords, "söyledi": fxReportWords, "reported": fxReportWords, "announced": fxReportWords,
	"we": fxWeOur, "our": fxWeOur, "us": fxWeOur, "wir": fxWeOur, "unser": fxWeOur, "unsere": fxWeOur, "nous": fxWeOur,
	"nos": fxWeOur, "notre": fxWeOur, "nuestro": fxWeOur, "nuestros": fxWeOur, "nostro": fxWeOur, "nostri": fxWeOur,
	"you": fxYouYour, "your": fxYouYour, "sie": fxYouYour, "ihr": fxYouYour, "ihre": fxYouYour, "vous": fxYouYour,
	"votre": fxYouYour, "tu": fxYouYour, "su": fxYouYour,
}

// phraseStarts are the first words of the two-word phrases above.
var phraseStarts = map[string]bool{
	"add": true, "to": true, "buy": true, "in": true, "shop": true, "sign": true, "get": true, "contact": true,
	"request": true, "free": true, "learn": true, "book": true, "schedule": true, "call": true, "our": true, "we": true,
	"apply": true, "try": true,
}
