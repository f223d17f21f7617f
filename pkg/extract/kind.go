package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// nonArticleTypes maps schema.org page types to page kinds.
var nonArticleTypes = map[string]string{
	"collectionpage": KindListing, "itemlist": KindListing, "searchresultspage": KindSearch,
	"profilepage": KindAuthor, "aboutpage": KindAbout, "contactpage": KindAbout,
	"videoobject": KindVideo,
}

// firmTypes are the nonArticleTypes that name the page's subject even on a
// long page with dates and names (a product page with reviews, a thread
// with posts): unless the page also declares an article, they decide.
var firmTypes = map[string]string{"product": KindProduct, "productgroup": KindProduct, "discussionforumposting": KindForum, "qapage": KindForum,
	// A job ad. (Not an Event: news pages declare the events of their
	// sidebars' calendars; see eventPage.)
	"jobposting": KindOther}

// eventPage reports whether the page is an event's own page (a
// conference's, a fair's, an awards night's, a webinar's): it declares an
// Event whose name heads the page's title ("FreightWire Live 2026",
// "Agrotec 2026 - AgroNegocios Hoy"), where a story's page declares only
// the events of a calendar beside it.
func (p *page) eventPage() bool {
	title := strings.ToLower(strings.Join(strings.Fields(p.res.Title), " "))
	for _, e := range p.ld.events {
		name := strings.ToLower(strings.Join(strings.Fields(e), " "))
		if name == "" || !strings.HasPrefix(title, name) {
			continue
		}
		rest := strings.TrimSpace(title[len(name):])
		if rest == "" || strings.ContainsAny(rest[:1], ":|-–—·(") {
			return true
		}
	}
	return false
}

// pathHints maps leading URL path segments that name a kind of page which,
// without any sign of an article (a declared article type, a publication
// date, an author), is not a story: shop, forum, documentation and service
// pages. Unlike pathKinds they never overrule such signs.
var pathHints = map[string]string{
	"product": KindProduct, "products": KindProduct, "shop": KindProduct, "store": KindProduct, "p": KindProduct,
	"dp": KindProduct, "ip": KindProduct, "item": KindProduct, "collections": KindListing, "produkt": KindProduct,
	"produit": KindProduct, "producto": KindProduct, "prodotto": KindProduct,
	"forum": KindForum, "forums": KindForum, "thread": KindForum, "threads": KindForum, "questions": KindForum,
	"foro": KindForum, "foros": KindForum, "fórum": KindForum, "forumi": KindForum, "форум": KindForum,
	"comments": KindForum, "read.cgi": KindForum, "viewtopic": KindForum, "showthread": KindForum,
	"question": KindForum, "discussion": KindForum, "discussions": KindForum, "community": KindForum, "t": KindForum,
	"docs": KindDocs, "doc": KindDocs, "documentation": KindDocs, "manual": KindDocs, "man-pages": KindDocs,
	"reference": KindDocs, "api": KindDocs, "std": KindDocs, "handbook": KindDocs, "userguide": KindDocs, "wiki": KindDocs,
	"glossary": KindDocs, "glossar": KindDocs, "glosario": KindDocs, "glossaire": KindDocs, "glossario": KindDocs,
	"services": KindOther, "service": KindOther, "solutions": KindOther, "features": KindOther, "feature": KindOther,
	"pricing": KindOther, "what-we-do": KindOther, "leistungen": KindOther, "dienstleistungen": KindOther,
	"department": KindOther, "departments": KindOther,
	// Events guides and job adverts: a news site's pages, not stories.
	"events": KindListing, "event": KindListing, "agenda": KindListing, "whats-on": KindListing, "veranstaltungen": KindListing,
	"termine": KindListing, "evenements": KindListing, "événements": KindListing, "eventi": KindListing, "eventos": KindListing,
	"wydarzenia": KindListing, "imprezy": KindListing, "afisha": KindListing, "афиша": KindListing, "афіша": KindListing, "події": KindListing,
	"etkinlikler": KindListing, "evenementen": KindListing, "uitagenda": KindListing,
	"jobs": KindOther, "careers": KindOther, "karriere": KindOther, "stellenangebote": KindOther, "stellenmarkt": KindOther,
	"stellen": KindOther, "stelle": KindOther, "offene-stellen": KindOther, "allasok": KindOther, "állások": KindOther,
	"kariera-praca": KindOther, "werken-bij": KindOther, "trabaja-con-nosotros": KindOther,
	"emploi": KindOther, "empleo": KindOther, "empleos": KindOther, "lavora-con-noi": KindOther, "vacatures": KindOther,
	"kariera": KindOther, "praca": KindOther, "вакансии": KindOther, "вакансії": KindOther, "kariyer": KindOther,
	"job": KindOther, "vacancies": KindOther, "vacancy": KindOther, "stilling": KindOther, "stillinger": KindOther,
	"ledige-stillinger": KindOther, "stillingsopslag": KindOther, "jobopslag": KindOther, "lediga-jobb": KindOther,
	"tyopaikat": KindOther, "avoimet-tyopaikat": KindOther, "vagas": KindOther, "offres-emploi": KindOther,
	"archive": KindArchive, "archives": KindArchive, "archiv": KindArchive, "archivio": KindArchive, "archivo": KindArchive,
	"archives-news": KindArchive, "archief": KindArchive, "archiwum": KindArchive, "arquivo": KindArchive, "архив": KindArchive,
	"архів": KindArchive, "arsiv": KindArchive, "arşiv": KindArchive,
}

// hostHints maps the first label of a host name to a page kind, as
// pathHints does for paths: docs.example.com, forum.example.com.
var hostHints = map[string]string{
	"docs": KindDocs, "doc": KindDocs, "developer": KindDocs, "developers": KindDocs, "wiki": KindDocs,
	"forum": KindForum, "forums": KindForum, "community": KindForum, "discuss": KindForum,
	"shop": KindProduct, "store": KindProduct,
}

// pathKinds maps URL path segments to page kinds. Every word of
// serviceItemWords is a service page's (KindOther) too.
var pathKinds = withServiceItems(map[string]string{
	"tag": KindTag, "tags": KindTag, "topic": KindTag, "topics": KindTag, "keyword": KindTag, "schlagwort": KindTag,
	"thema": KindTag, "themen": KindTag,
	"category": KindSection, "categories": KindSection, "section": KindSection, "rubrik": KindSection, "ressort": KindSection,
	"author": KindAuthor, "authors": KindAuthor, "autor": KindAuthor, "autoren": KindAuthor, "auteur": KindAuthor,
	"profile": KindAuthor, "people": KindAuthor, "contributor": KindAuthor, "contributors": KindAuthor, "journalist": KindAuthor,
	"video": KindVideo, "videos": KindVideo, "watch": KindVideo, "tv": KindVideo,
	"about": KindAbout, "about-us": KindAbout, "contact": KindAbout, "contact-us": KindAbout, "impressum": KindAbout,
	"imprint": KindAbout, "privacy": KindAbout, "privacy-policy": KindAbout, "terms": KindAbout,
	// The imprint and the contact page in more languages.
	"impresszum": KindAbout, "kolofon": KindAbout, "nota-legal": KindAbout, "note-legali": KindAbout, "tiraz": KindAbout,
	"tiráž": KindAbout, "kapcsolat": KindAbout,
	"staff": KindAuthor, "staff_name": KindAuthor, "staff-name": KindAuthor, "reporter": KindAuthor, "reporters": KindAuthor, "writer": KindAuthor, "writers": KindAuthor,
	"columnist": KindAuthor, "columnists": KindAuthor, "autori": KindAuthor, "autore": KindAuthor, "autores": KindAuthor,
	"auteurs": KindAuthor, "autorzy": KindAuthor, "avtor": KindAuthor, "yazar": KindAuthor, "yazarlar": KindAuthor,
	"redacteur": KindAuthor, "redakteur": KindAuthor, "автор": KindAuthor, "авторы": KindAuthor, "автори": KindAuthor,
	"search": KindSearch, "suche": KindSearch, "recherche": KindSearch, "buscar": KindSearch, "busca": KindSearch,
	"busqueda": KindSearch, "búsqueda": KindSearch, "cerca": KindSearch, "ricerca": KindSearch, "zoeken": KindSearch,
	"szukaj": KindSearch, "wyszukiwanie": KindSearch, "поиск": KindSearch, "пошук": KindSearch, "arama": KindSearch,
	"search-results": KindSearch, "searchresults": KindSearch,
	// The same pages in the languages of the news.
	"etiket": KindTag, "etiketler": KindTag, "etiqueta": KindTag, "etiquetas": KindTag, "mot-cle": KindTag, "mots-cles": KindTag,
	"argomento": KindTag, "argomenti": KindTag, "trefwoord": KindTag, "trefwoorden": KindTag, "tagi": KindTag, "temat": KindTag,
	"tematy": KindTag, "temas": KindTag, "teg": KindTag, "tegi": KindTag, "метки": KindTag, "теги": KindTag, "тег": KindTag, "тема": KindTag,
	"kategori": KindSection, "kategorie": KindSection, "kategoria": KindSection, "categoria": KindSection, "categorie": KindSection,
	"rubrique": KindSection, "rubrica": KindSection, "seccion": KindSection, "sección": KindSection, "sezione": KindSection,
	"secao": KindSection, "seção": KindSection, "dzial": KindSection, "dział": KindSection, "rubriek": KindSection, "rubric": KindSection, "rubrika": KindSection, "рубрика": KindSection,
	"about_us": KindAbout, "aboutus": KindAbout, "uber-uns": KindAbout, "ueber-uns": KindAbout, "über-uns": KindAbout,
	"qui-sommes-nous": KindAbout, "a-propos": KindAbout, "apropos": KindAbout, "quienes-somos": KindAbout,
	"sobre-nosotros": KindAbout, "sobre": KindAbout, "sobre-nos": KindAbout, "quem-somos": KindAbout, "chi-siamo": KindAbout,
	"over-ons": KindAbout, "o-nas": KindAbout, "о-нас": KindAbout, "про-нас": KindAbout, "hakkimizda": KindAbout,
	"hakkımızda": KindAbout, "kontakt": KindAbout, "kontakty": KindAbout, "contacto": KindAbout, "contactos": KindAbout,
	"contato": KindAbout, "contatti": KindAbout, "nous-contacter": KindAbout, "iletisim": KindAbout, "iletişim": KindAbout,
	"контакты": KindAbout, "контакти": KindAbout, "datenschutz": KindAbout, "mentions-legales": KindAbout, "aviso-legal": KindAbout,
	"polityka-prywatnosci": KindAbout, "gizlilik": KindAbout, "privacidad": KindAbout, "redaktion": KindAbout,
	"redazione": KindAbout, "redaccion": KindAbout, "redakcja": KindAbout, "colofon": KindAbout,
	// A news site's service pages: the forecast, school closings, the
	// traffic map, contests and their rules, horoscopes, lottery draws,
	// the TV and radio schedule, the advertising rates and contacts.
	"weather": KindOther, "wetter": KindOther, "meteo": KindOther, "météo": KindOther, "tiempo": KindOther, "weer": KindOther,
	"pogoda": KindOther, "погода": KindOther, "hava-durumu": KindOther, "closings": KindOther, "school-closings": KindOther,
	"closings-delays": KindOther, "school-bus-cancellations": KindOther, "bus-cancellations": KindOther,
	"school-closures": KindOther, "school-delays": KindOther, "traffic": KindOther, "contests": KindOther, "giveaways": KindOther, "contest": KindOther, "sweepstakes": KindOther,
	"competitions": KindOther, "gewinnspiel": KindOther, "gewinnspiele": KindOther, "concours": KindOther, "concursos": KindOther,
	"sorteos": KindOther, "horoscope": KindOther, "horoscopes": KindOther, "horoskop": KindOther, "horoscopo": KindOther,
	"oroscopo": KindOther, "гороскоп": KindOther, "lottery": KindOther, "lotto": KindOther, "tv-guide": KindOther,
	"tv-schedule": KindOther, "schedules": KindOther, "schedule": KindOther, "programacion": KindOther, "programacao": KindOther, "fernsehprogramm": KindOther, "programme-tv": KindOther,
	"advertise": KindAbout, "advertising": KindAbout, "werbung": KindAbout, "publicite": KindAbout, "publicité": KindAbout,
	"publicidad": KindAbout, "pubblicita": KindAbout, "publicitate": KindAbout, "reklama": KindAbout, "реклама": KindAbout,
	"reklam": KindAbout, "contacte": KindAbout, "contacts": KindAbout,
	// Notices, small ads and homes for sale beside the news.
	"classifieds": KindOther, "public-notices": KindOther, "legal-notices": KindOther, "publicnotices": KindOther,
	"bekanntmachungen": KindOther, "amtliche-bekanntmachungen": KindOther, "annonces-legales": KindOther,
	"kleinanzeigen": KindOther, "anuncios-clasificados": KindOther, "clasificados": KindOther, "real-estate": KindOther,
	"immobilien": KindOther, "esquelas": KindOther, "traueranzeigen": KindOther, "avis-de-deces": KindOther,
	"legals": KindOther, "avis-publics": KindOther, "avisos-publicos": KindOther, "avvisi-pubblici": KindOther,
	// The printed edition's replica.
	"eedition": KindOther, "e-edition": KindOther, "epaper": KindOther, "e-paper": KindOther, "digital-edition": KindOther,
	"replica": KindOther, "edition-numerique": KindOther, "edicion-impresa": KindOther,
	"methodology": KindAbout, "our-methodology": KindAbout, "metodologia": KindAbout, "metodología": KindAbout,
	"methodologie": KindAbout, "méthodologie": KindAbout, "methodik": KindAbout, "arbeitsweise": KindAbout,
	"how-we-rate": KindAbout, "how-we-work": KindAbout,
	// A paper's list of its corrections: dated notes, not a story.
	"corrections": KindAbout, "corrections-and-clarifications": KindAbout, "rettifiche": KindAbout, "rechtzettingen": KindAbout,
	"berichtigungen": KindAbout, "korrekturen": KindAbout, "correcciones": KindAbout, "rectificatifs": KindAbout,
	"rectifications": KindAbout, "correcoes": KindAbout, "correções": KindAbout, "sprostowania": KindAbout,
	// More of the same: astrology, death notices, a paper's staff box and
	// its columnists, its privacy and cookie notices and terms.
	"astrology": KindOther, "rashifal": KindOther, "horoscopos": KindOther, "horóscopo": KindOther, "oroscopi": KindOther,
	"obituario": KindOther, "obituarios": KindOther, "necrologicas": KindOther, "necrológicas": KindOther,
	"expediente": KindAbout, "columnistas": KindAuthor, "colunistas": KindAuthor, "kolumnisten": KindAuthor,
	"chroniqueurs": KindAuthor, "editorialisti": KindAuthor, "aviso-de-privacidad": KindAbout,
	"politica-de-privacidad": KindAbout, "politica-de-privacidade": KindAbout, "politica-de-tratamiento-de-datos": KindAbout,
	"privacy-notice": KindAbout, "cookie-policy": KindAbout, "terms-of-use": KindAbout, "terms-of-service": KindAbout,
	"datenschutzerklaerung": KindAbout, "datenschutzerklärung": KindAbout, "nutzungsbedingungen": KindAbout,
	"termos-de-uso": KindAbout, "condiciones-de-uso": KindAbout, "terminos-y-condiciones": KindAbout,
	// Writers' pages in more languages.
	"periodista": KindAuthor, "periodistas": KindAuthor, "jornalista": KindAuthor, "jornalistas": KindAuthor,
	"giornalista": KindAuthor, "giornalisti": KindAuthor, "journaliste": KindAuthor, "journalistes": KindAuthor,
	"redacteuren": KindAuthor, "autorin": KindAuthor, "skribent": KindAuthor, "skribenter": KindAuthor,
	"toimittaja": KindAuthor, "toimittajat": KindAuthor, "penulis": KindAuthor, "mwandishi": KindAuthor,
	"waandishi": KindAuthor, "wandishi": KindAuthor, "qoraa": KindAuthor, "qorayaasha": KindAuthor,
	"marubuci": KindAuthor, "marubuta": KindAuthor,
	// The day's prices of gold, fuel and currencies, prayer times and
	// lottery draws (English, Indonesian, Malay, Vietnamese, Thai), the
	// Indonesian press council's code page.
	"gold-price": KindOther, "gold-prices": KindOther, "gold-rate": KindOther, "gold-rates": KindOther,
	"gold-price-today": KindOther, "fuel-price": KindOther, "fuel-prices": KindOther, "petrol-price": KindOther,
	"petrol-diesel-price": KindOther, "exchange-rate": KindOther, "exchange-rates": KindOther, "currency-rates": KindOther,
	"forex-rates": KindOther, "harga-emas": KindOther, "harga-emas-hari-ini": KindOther, "harga-minyak": KindOther,
	"harga-bbm": KindOther, "gia-vang": KindOther, "gia-vang-hom-nay": KindOther, "ty-gia": KindOther,
	"gia-xang-dau": KindOther, "jadwal-sholat": KindOther, "jadwal-imsakiyah": KindOther, "waktu-solat": KindOther,
	"prayer-times": KindOther, "namaz-timings": KindOther, "lottery-results": KindOther, "lotto-results": KindOther,
	"lagna-palapala": KindOther, "ราคาทอง": KindOther, "ราคาทองวันนี้": KindOther, "ราคาน้ำมัน": KindOther,
	"ราคาน้ำมันวันนี้": KindOther, "ตรวจหวย": KindOther, "หวย": KindOther, "พยากรณ์อากาศ": KindOther,
	"ดูดวง": KindOther, "เกี่ยวกับเรา": KindAbout, "ติดต่อเรา": KindAbout, "ติดต่อโฆษณา": KindAbout,
	"pedoman-media-siber": KindAbout,
	// African sites in their languages: funeral notices, tenders, job
	// adverts, exchange rates, results tables, about and advertising
	// pages (Swahili, Hausa, Yoruba, isiZulu, Afrikaans, Malagasy,
	// Portuguese), and Nigerian change-of-name notices.
	"tanzia": KindOther, "matangazo-ya-vifo": KindOther, "izaziso-zomngcwabo": KindOther, "doodsberigte": KindOther,
	"necrologia": KindOther, "taaziyya": KindOther, "tender": KindOther, "tenders": KindOther,
	"zabuni": KindOther, "concursos-publicos": KindOther, "guraben-aiki": KindOther, "nafasi-za-kazi": KindOther,
	"tolotra-asa": KindOther, "sandam-bola": KindOther, "sakamako": KindOther, "change-of-name": KindOther,
	"game-da-mu": KindAbout, "nipa-wa": KindAbout, "kuhusu-sisi": KindAbout, "momba-anay": KindAbout, "ipolowo": KindAbout,
	"oor-ons": KindAbout, "mayelana-nathi": KindAbout,
	// Central, South-East European and Baltic sites: horoscopes, death
	// notices, the imprint (impresum, tiráž, Ταυτότητα as "taytotita"),
	// the TV programme and exchange rates.
	"horoskopi": KindOther, "horoskoop": KindOther, "horoscop": KindOther, "horoskopai": KindOther, "horoszkop": KindOther,
	"horoszkóp": KindOther, "horoskopy": KindOther, "horoskopas": KindOther, "zodia": KindOther, "zodii": KindOther,
	"хороскоп": KindOther, "horoskooppi": KindOther, "zodiak": KindOther,
	"gyaszhirek": KindOther, "gyászhírek": KindOther, "kideies": KindOther, "nekrolozi": KindOther, "nekrologi": KindOther,
	"nekrologai": KindOther, "osmrtnice": KindOther, "smrtovnice": KindOther, "leinateated": KindOther,
	"umrlice": KindOther, "некролози": KindOther, "некролог": KindOther, "некрологи": KindOther, "necrologi": KindOther,
	"decese": KindOther, "nekrologid": KindOther, "uzuojauta": KindOther, "pazinojumi": KindOther,
	"impresum": KindAbout, "taytotita": KindAbout,
	"impressumas": KindAbout, "rekvizitai": KindAbout, "o-nama": KindAbout,
	"rreth-nesh": KindAbout, "despre-noi": KindAbout, "за-нас": KindAbout, "о-нама": KindAbout, "par-mums": KindAbout,
	"apie-mus": KindAbout, "rolunk": KindAbout, "rólunk": KindAbout,
	"kontaktai": KindAbout, "kontakti": KindAbout, "kontaktid": KindAbout, "επικοινωνια": KindAbout,
	"tv-program": KindOther, "tv-spored": KindOther, "tv-musor": KindOther, "tv-műsor": KindOther, "program-tv": KindOther,
	"kursna-lista": KindOther, "tecajna-lista": KindOther, "kurzovy-listok": KindOther, "kurzovni-listek": KindOther,
	"arfolyamok": KindOther, "curs-valutar": KindOther, "valiutu-kursai": KindOther, "valutu-kursi": KindOther,
	"vremenska-prognoza": KindOther, "prognoza": KindOther, "idojaras": KindOther, "időjárás": KindOther,
	"vremea": KindOther, "laikapstakli": KindOther,
	"vrijeme": KindOther, "vreme": KindOther, "pocasi": KindOther, "počasí": KindOther, "pocasie": KindOther, "počasie": KindOther,
	"prognoza-vremena": KindOther,
	// A newsroom's team, its board, its terms for republishing its
	// stories and its corrections.
	"team": KindAbout, "our-team": KindAbout, "equipo": KindAbout, "equipe": KindAbout, "equipa": KindAbout,
	"board": KindAbout, "advisory-board": KindAbout, "conselho-consultivo": KindAbout, "consejo-consultivo": KindAbout,
	"beirat": KindAbout, "comitato-scientifico": KindAbout, "republish": KindAbout, "republishing": KindAbout,
	"republishing-guidelines": KindAbout, "republish-our-work": KindAbout, "republish-our-stories": KindAbout,
	"republizieren": KindAbout, "ripubblica": KindAbout, "ripubblicare": KindAbout, "overnemen": KindAbout,
	"republica": KindAbout, "republique": KindAbout, "fe-de-erratas": KindAbout, "erratas": KindAbout,
	"correcties": KindAbout, "errata": KindAbout, "nosotros": KindAbout,
	// Its impact and annual reports and its accounts ("/jaarverslag-2025/":
	// a year after the word is read past, see pathKindOf).
	"impact": KindAbout, "impact-report": KindAbout, "our-impact": KindAbout, "annual-report": KindAbout,
	"transparency": KindAbout, "transparenz": KindAbout, "transparencia": KindAbout, "trasparenza": KindAbout,
	"transparantie": KindAbout, "jahresbericht": KindAbout, "wirkungsbericht": KindAbout, "rapport-annuel": KindAbout,
	"rapport-d-impact": KindAbout, "informe-anual": KindAbout, "informe-de-impacto": KindAbout, "relatorio-anual": KindAbout,
	"relatorio-de-impacto": KindAbout, "rapporto-annuale": KindAbout, "rapporto-di-impatto": KindAbout,
	"jaarverslag": KindAbout, "impactrapport": KindAbout, "om": KindAbout, "om-oss": KindAbout, "om-os": KindAbout,
	// Its job adverts. (Not "karriere" or "careers": news sites file
	// career advice there.)
	"jobs": KindOther, "stellenangebote": KindOther, "vacatures": KindOther, "offres-emploi": KindOther,
	"empleos": KindOther, "lavora-con-noi": KindOther, "vagas": KindOther, "trabaja-con-nosotros": KindOther,
	"werken-bij": KindOther,
})

// withServiceItems adds serviceItemWords to the path kinds m as service
// pages where m does not name them already, and returns m.
func withServiceItems(m map[string]string) map[string]string {
	for w := range serviceItemWords {
		if _, ok := m[w]; !ok {
			m[w] = KindOther
		}
	}
	return m
}

// horoscopeWords, as a word of a page's address, mark its daily
// horoscope: a service page however article-like its address
// ("/astrology/daily-horoscope-march-4-2025/").
var horoscopeWords = map[string]bool{"horoscope": true, "horoscopes": true, "horoscopo": true, "horóscopo": true,
	"horoskop": true, "oroscopo": true, "rashifal": true, "гороскоп": true, "burç": true, "burc": true, "horoskopi": true,
	"horoskoop": true, "horoscop": true, "horoskopai": true, "horoszkop": true, "horoszkóp": true, "horoskopy": true,
	"хороскоп": true, "zodia": true}

// leadMagnetWords, as a leading segment of a page's address, file a trade
// site's webinars and downloads ("/webinars/control-tower-visibility/"):
// registration pages however article-like the rest of the address.
var leadMagnetWords = map[string]bool{"webinar": true, "webinars": true, "whitepaper": true, "whitepapers": true,
	"white-papers": true, "ebooks": true, "e-books": true, "on-demand-webinars": true, "virtual-events": true}

// serviceItemWords, as the first segment of a page's address, file the
// items of a news site's service desks: a contest's entry page, a small ad,
// a public notice, a death notice. Unlike other kind words in pathKinds,
// an article-like slug below them ("/contests/big-game-giveaway/") does
// not make the page a story.
var serviceItemWords = map[string]bool{"contests": true, "contest": true, "sweepstakes": true, "competitions": true,
	"lottery": true, "lotto": true, "jadwal-sholat": true, "prayer-times": true, "waktu-solat": true,
	"tanzia": true, "taaziyya": true, "matangazo-ya-vifo": true, "izaziso-zomngcwabo": true, "doodsberigte": true,
	"tender": true, "tenders": true, "zabuni": true, "change-of-name": true,
	"giveaways": true, "gewinnspiel": true, "gewinnspiele": true, "concursos": true, "sorteos": true,
	"classifieds": true, "public-notices": true, "publicnotices": true, "legal-notices": true,
	"bekanntmachungen": true, "amtliche-bekanntmachungen": true, "annonces-legales": true, "kleinanzeigen": true,
	"anuncios-clasificados": true, "clasificados": true, "traueranzeigen": true, "avis-de-deces": true, "esquelas": true,
	// Paid death and family notices, which engines often declare
	// articles.
	"death-notices": true, "deathnotices": true, "funeral-notices": true, "family-notices": true, "familieberichten": true,
	"overlijdensberichten": true, "rouwberichten": true, "todesanzeigen": true, "trauer": true, "dodsfall": true,
	"dødsfall": true, "dodsannonser": true, "dödsannonser": true, "necrologie": true,
	// A club's or a league's profiles of its players and riders.
	"players": true, "player": true, "spelers": true, "speler": true, "renners": true, "riders": true, "spieler": true,
	"joueurs": true, "joueur": true, "jugadores": true, "jugador": true, "giocatori": true, "giocatore": true,
	"jogadores": true, "jogador": true, "athletes": true, "coureurs": true, "piloti": true, "pilotes": true, "pilotos": true}

// sitePageWords name, as a path's only segment, a site's pages about
// itself that are not in pathKinds because other sites file stories or
// manuals under them: memberships, support and donations, subscriptions.
var sitePageWords = map[string]bool{"membership": true, "members": true, "support": true, "support-us": true,
	"donate": true, "join": true, "subscribe": true, "pricing": true, "apoyanos": true, "apoya": true, "hazte-socio": true,
	"unterstuetzen": true, "unterstützen": true, "spenden": true, "soutenir": true, "soutien": true, "abonnement": true,
	"abonnieren": true, "sostienici": true, "assine": true, "apoie": true, "apoiar": true, "apoyar": true, "upgrade": true,
	"become-a-member": true, "contribute": true, "contribuir": true, "contribuer": true, "donar": true, "doar": true,
	"steun-ons": true, "wesprzyj": true, "wspieraj": true, "tuki": true, "stod-oss": true, "stott-oss": true, "stoet-os": true}

// ruleKind is the hand-written page-kind decision: the kind, the rule
// that decided and, for a non-article, the reason. It leans towards
// "article": a news article wrongly dropped is lost, while a listing kept
// as an article is merely noise downstream. The scored model
// (classify) reads its verdict as one signal among many.
func (p *page) ruleKind() (kind, rule, reason, fallback string) {
	res := p.res
	textLen := int32(0)
	for _, c := range res.Text {
		if c != ' ' && c != '\n' {
			textLen++
		}
	}
	ogType := strings.ToLower(p.meta["og:type"])
	strongArticle := p.ld.isArticleType || ogType == "article" || strings.HasPrefix(ogType, "article")
	hintKind := ""
	for _, t := range p.ld.types {
		if k, ok := nonArticleTypes[strings.ToLower(t)]; ok && hintKind == "" {
			hintKind = k
		}
	}
	firm, firmKind := false, ""
	for _, t := range p.ld.types {
		if k := firmTypes[strings.ToLower(t)]; k != "" {
			firm, firmKind = true, k
			break
		}
	}
	switch {
	case strings.HasPrefix(ogType, "video"):
		hintKind = KindVideo
	case ogType == "profile":
		hintKind = KindAuthor
	case ogType == "product" || strings.HasPrefix(ogType, "product.") || strings.HasSuffix(ogType, ":product"):
		firm, firmKind = true, KindProduct
	case ogType == "forum":
		firm, firmKind = true, KindForum
	}
	// A review may carry its product's JSON-LD, but it has a byline; a
	// product page names no author (a date alone does not make it a
	// review: shops stamp their pages with dates).
	if !firm && p.eventPage() {
		firm, firmKind = true, KindOther
	}
	if firm && (p.ld.isArticleType || (firmKind == KindProduct && p.bylineAuthors())) {
		firm = false
	}
	// Markup of forum engines, documentation generators and shops. A
	// shop's or a manual's markup may frame an article (a shop's blog, a
	// dated guide): a manual's only on a page without a declared article
	// or a date of its own (manuals name contributors, but rarely a
	// publication date), a shop's only on a page without a declared
	// article or a dated byline.
	mk := p.markup()
	p.mark = mk
	markKind := ""
	switch {
	case mk.webStory != "":
		// An AMP web story: a deck of picture slides with a caption
		// each, whatever article type its plugin declares.
		markKind, p.kindMarker = KindOther, mk.webStory
	case p.ld.isArticleType:
	case mk.forum != "" && !(strings.HasPrefix(mk.forum, "generator") && (ogType == "article" || p.shownDatedByline() && !p.stampedPosts()) && p.cmsArticleAddress()):
		// (A forum engine's own news pages, "/articles/…" or
		// "/noticias/…" on a vBulletin or XenForo site, declared
		// articles or shown with a dated byline and no thread of
		// posts, are its CMS's stories, not threads.)
		markKind, p.kindMarker = KindForum, mk.forum
	case mk.shop != "" && (!p.datedByline() || mk.reviews >= shopReviews):
		// A shop's markup without a dated byline: a date or og:type
		// "article" (which site engines write on every page) does not
		// outweigh it, nor does a name alone (customers sign their
		// reviews). Nor does a dated name on a page that holds several
		// reviews: a customer's.
		markKind, p.kindMarker = KindProduct, mk.shop
	case mk.docs != "" && !strongArticle && !p.ownDate():
		markKind, p.kindMarker = KindDocs, mk.docs
	case mk.docs != "" && !p.datedByline() && p.docsAddress():
		// A documentation generator's markup at a documentation address
		// (docs.example.com, /docs/): a date declared by the site's
		// engine does not make it a story, a dated byline does.
		markKind, p.kindMarker = KindDocs, mk.docs
	case !p.ld.isArticleType && !p.datedByline():
		// A grid of look-alike cards that each hold a price: a shop's
		// category page. A story may list priced things in its body (a
		// buying guide); a grid outside the body on a page without a
		// dated byline is the shop's, whatever og:type the site's engine
		// writes on every page.
		n, parent := p.pricedGrid()
		if n >= productGridItems && (!strongArticle && !p.ownDate() || !p.inBody(parent)) {
			markKind, p.kindMarker = KindListing, fmt.Sprintf("%d priced cards", n)
		}
	}
	pathKind, rootPath, segs, articleURL, urlHint, urlDated, sectionHome, versioned := "", false, 0, false, "", false, false, false
	sitePage, serviceItem, aboutLeaf, teamBio, dateArchive := false, false, false, false, false
	if p.base != nil && p.base.Host != "" {
		path := strings.Trim(p.base.Path, "/")
		for _, index := range []string{"index.html", "index.htm", "index.php", "index.shtml", "default.aspx"} {
			// "/news/index.html" is the page at "/news/".
			if path == index || strings.HasSuffix(path, "/"+index) {
				path = strings.TrimSuffix(strings.TrimSuffix(path, index), "/")
				break
			}
		}
		rootPath = path == "" && (p.base.RawQuery == "" || pagingQuery(p.base.Query()))
		parts := strings.Split(path, "/")
		segs = len(parts)
		for i, part := range parts {
			// Only the leading segments name a page type; an article URL
			// may contain "video" later on.
			if i > 1 {
				break
			}
			if k, ok := pathKindOf(part); ok {
				pathKind = k
				break
			}
		}
		articleURL = looksLikeArticlePath(parts) || itemViewAddress(parts[len(parts)-1], p.base.Query())
		switch {
		case datePath(parts) || archivePath(parts):
			// "/2025/12/", "/archive/2025/12": the stories of a day or
			// a month, not one of them.
			pathKind, articleURL, dateArchive = KindArchive, false, true
		case pagedPath(parts):
			// "/page/2/", "/tag/budget/page/3/": a list's later page.
			pathKind, articleURL = KindListing, false
		case pathKind == "" && searchQuery(p.base.Query()):
			pathKind = KindSearch
		}
		for i, part := range parts {
			if i < 4 && i < len(parts)-1 && releaseSegment(part) {
				versioned = true
			}
		}
		// "/news", "/blog", "/opinion": the section itself, not a story
		// in it (which has an address of its own below it or a query).
		sectionHome = segs == 1 && p.base.RawQuery == "" && pathWordGroups[strings.ToLower(parts[0])] == fxPathNews
		sitePage = segs == 1 && sitePageWords[segmentWord(parts[0])]
		_, urlDated = urlDate(p.base.Path)
		for i, part := range parts {
			// A service desk's items are filed under its word as the
			// first or second segment ("/bay-chronicle/death-notices/x/").
			if i > 1 || i == len(parts)-1 {
				break
			}
			serviceItem = serviceItem || serviceItemWords[segmentWord(part)]
		}
		if horoscopeSection(parts) || serviceAddress(parts) || deathNotice(parts) {
			serviceItem, pathKind = true, KindOther
		}
		if pathKind != "" && articleURL && !serviceItem && !(pathKind == KindAbout && segs == 1) {
			// (A one-word address that names an about page in words,
			// "/politica-de-tratamiento-de-datos/", is that page.)
			pathKind = ""
		}
		if k, ok := pathKindOf(parts[len(parts)-1]); ok && k == KindAbout && pathKind == "" && len(parts) == 3 {
			// "/de/flusslage/about/": a publication's about page on a
			// platform that files it under a language and its name.
			pathKind, articleURL, aboutLeaf = k, false, true
		}
		if teamBioPath(parts) {
			// "/about-us/meet-the-team/reagan-holt/": a member of the
			// staff, however the slug reads.
			pathKind, articleURL, teamBio = KindAbout, false, true
		}
		if horoscopeAddress(parts) || leadMagnetWords[segmentWord(parts[0])] || len(parts) > 2 && leadMagnetWords[segmentWord(parts[1])] {
			pathKind, articleURL = KindOther, false
		}
		for i, part := range parts {
			if i > 2 || urlHint != "" {
				break
			}
			urlHint = pathHints[segmentWord(part)]
		}
		if urlHint == "" {
			host := strings.ToLower(p.base.Hostname())
			if dot := strings.IndexByte(host, '.'); dot > 0 {
				urlHint = hostHints[host[:dot]]
			}
		}
	}
	offerKind := p.offerAddress()
	listing := p.listingShape(textLen)
	// The page's shape (prose runs, story links, cards) is read only when
	// the rules before it have not decided.
	var shapeKind, shapeReason string
	shaped := func() bool {
		shapeKind, shapeReason = p.shapeKind()
		return shapeKind != ""
	}
	signedItems := func() bool {
		shapeReason = p.signedItemsShape()
		return shapeReason != ""
	}
	listKind := KindListing
	if segs == 1 && !rootPath {
		listKind = KindSection
	}

	live, liveWhy := p.liveBlog()
	audio, audioWhy := p.audioEpisode(textLen)
	gate := gateText(res.Text, p.opts.MinTextChars)
	switch {
	case gate != "":
		rule = "gate"
		kind = KindGate
		reason = "the page holds only a " + gate + ", served in place of its content"
	case !strongArticle && !p.shownDatedByline() && colophonText(res.Text, p.opts.MinTextChars):
		rule = "colophon"
		kind = firstKind(pathKind, KindOther)
		reason = "the text read is the site's footer (its copyright, its engine)"
	case !p.shownDatedByline() && galleryText(res.Text, p.opts.MinTextChars):
		rule = "gallery"
		kind = KindOther
		reason = "a photo gallery: captions counted one by one, and little text of its own"
	case live:
		rule = "live-blog"
		kind = KindLiveBlog
		reason = liveWhy
	case firm:
		rule = "schema-type"
		kind = firmKind
		reason = "page type " + firmKind
	case markKind != "":
		rule = "markup"
		kind = markKind
		reason = "page markup of a " + markKind + " page (" + p.kindMarker + ")"
	case audio:
		rule = "audio"
		kind = KindAudio
		reason = "an episode's page: " + audioWhy
	case p.pollPage(textLen):
		rule = "poll"
		kind = KindOther
		reason = "a poll or quiz with a few lines of text"
	case sectionHome && !p.ld.isArticleType && textLen >= int32(p.opts.MinTextChars):
		// (A short one is left to the short-text rule.)
		rule = "url-path"
		kind = KindSection
		reason = "url is a news section's own address"
	case urlHint != "" && !p.articleEvidence() && !((urlHint == KindListing || urlHint == KindArchive) && !listing):
		rule = "url-hint"
		kind = urlHint
		reason = "url names a " + urlHint + " page and nothing marks an article"
	case urlHint == KindDocs && !p.ld.isArticleType && !p.datedByline() && !urlDated && !p.declaredDate():
		// Manuals show when a page was last changed, but no byline: a
		// date shown on the page, not declared as its publication time,
		// does not make a documentation address a story.
		rule = "url-hint"
		kind = urlHint
		reason = "url names a documentation page and no dated byline marks an article"
	case versioned && !p.ld.isArticleType && !p.datedByline() && !urlDated && !p.declaredDate():
		// A manual kept for each release of its software
		// (/book/en/v2/..., /en/stable/..., /docs/3.12/...).
		rule = "url-hint"
		kind = KindDocs
		reason = "url names a release of a manual and no dated byline marks an article"
	case offerKind != "" && !p.ld.isArticleType && !p.datedByline() && !articleURL && !urlDated:
		// A company's or an office's page about what it offers (its
		// services, departments, products, shop categories): the
		// site's engine dates every page and names the firm or a
		// contact person, but no dated byline marks a story, nor does
		// a story's address.
		rule = "url-hint"
		kind = offerKind
		reason = "url names a " + offerKind + " page and no dated byline marks an article"
	case p.excerptPage(textLen):
		rule = "excerpt"
		kind = KindOther
		reason = "an excerpt that sends its reader to the story on another site"
	case mk.archive != "" && !p.ld.isArticleType && (p.linkedHeadings >= 2 || listing):
		// WordPress rendered the page with an archive template and it
		// lists posts: a category's, a tag's, an author's or a day's,
		// each with its own byline and date (a category page that is a
		// long text of its own is left to the rules below).
		rule = "markup"
		kind = mk.archive
		reason = "a WordPress archive template (body class " + mk.archive + ")"
		p.kindMarker = "wordpress archive"
	case dateArchive && !strongArticle:
		// "/archives/2025/03/": a blog's month, its posts in full, each
		// with its date and byline; not one story.
		rule = "url-path"
		kind = KindArchive
		reason = "url is the archive of a day, a month or a year"
	case teamBio && !urlDated:
		// A station's or a newsroom's staff biography, which its
		// engine may render on the story template and declare a
		// NewsArticle.
		rule = "url-path"
		kind = KindAbout
		reason = "url files the page under the staff's biographies"
	case mk.staticPage != "" && (pathKind != "" || sitePage || urlHint != "" && segs == 1) && (!p.shownDatedByline() || pathKindFirm[pathKind]) && !articleURL && !urlDated:
		// The site engine rendered a static page (WordPress, Ghost) at
		// the address of an about, membership or support page: its
		// og:type "article" and the date the engine writes on every
		// page do not make it a story, nor does the author its JSON-LD
		// names (Ghost writes one on every page). At an about, author
		// or tag address the names it shows do not either: a team
		// page lists the staff.
		rule = "markup"
		kind = firstKind(pathKind, urlHint, KindAbout)
		reason = "the site engine's static page (" + mk.staticPage + ") at a " + kind + " address"
	case sitePage && p.base.RawQuery == "" && !urlDated && mk.post == "":
		// "/donate", "/upgrade", "/apoiar": the site asks for money or
		// members there, whatever template it renders the page on (a
		// newsletter platform's article template dates and signs it).
		// A blog engine's post at a one-word address
		// ("/support/": "Support for the ferry co-op grows") is a
		// story.
		rule = "url-path"
		kind = KindOther
		reason = "url names the site's membership, support or subscription page"
	case pathKind == KindAbout && (segs == 1 || aboutLeaf) && p.base.RawQuery == "" && !p.ld.isArticleType && !p.shownDatedByline() && !urlDated:
		// The site's page about itself at a one-word address ("/about/",
		// "/arbeitsweise/", "/metodologia/"): og:type "article", which
		// some engines write on every page, and a "last updated" date
		// do not make it a story; a dated byline or a declared article
		// would.
		rule = "url-path"
		kind = KindAbout
		reason = "url is the site's about page and no dated byline marks an article"
	case textLen >= int32(p.opts.MinTextChars)/2 && textLen < int32(p.opts.MinTextChars) && !rootPath && !p.ld.isArticleType && signedItems():
		// A short letters page: too little text for the other shape
		// rules, enough to be taken for a brief.
		rule = "page-shape"
		kind = KindListing
		reason = shapeReason
	case textLen >= int32(p.opts.MinTextChars) && !rootPath && shaped():
		rule = "page-shape"
		kind = shapeKind
		reason = shapeReason
	case pathKind == KindOther && (!p.ld.isArticleType || serviceItem) && (!p.datedByline() || serviceItem):
		// A service page (the weather, a horoscope, small ads, death
		// notices) that the site's engine declares an article: og:type
		// "article" is on every page of some engines. A small ad or a
		// public notice may be signed and dated (by the town clerk).
		rule = "url-path"
		kind = pathKind
		reason = "url names a service page and no dated byline marks an article"
		if serviceItem {
			reason = "url files the page under a service desk's items (small ads, notices, contests)"
		}
	case p.welcomePost(textLen):
		// (Newsletter platforms declare every post an article.)
		rule = "page-shape"
		kind = KindAbout
		reason = "a newsletter's welcome post"
	case p.forumThread(urlHint):
		rule = "page-shape"
		kind = KindForum
		reason = "a forum's address and several posts, each stamped with its time"
	case strongArticle && hintKind == "" && pathKind == "" && textLen >= int32(p.opts.MinTextChars)/2 && !rootPath:
		rule = "declared-article"
		// Declared articles may be short briefs.
		kind = KindArticle
	case p.datedByline() && hintKind == "" && pathKind == "" && urlHint == "" && !listing && p.linkedHeadings < 2 &&
		textLen >= int32(p.opts.MinTextChars)/2 && textLen < int32(p.opts.MinTextChars) && !rootPath && !p.bodyInChrome() && !p.bodyUnderTeaserHeading():
		// A brief: one paragraph under a headline, with a byline and a
		// date of its own, is a story however short. (Not when the
		// text read is the site's footer or a teaser's summary under
		// its linked headline: a section front whose one teaser signed
		// and dated the page.)
		rule = "dated-brief"
		kind = KindArticle
	case textLen < int32(p.opts.MinTextChars):
		rule = "short-text"
		fallback := KindOther
		if listing || rootPath || p.linkedHeadings >= 2 {
			// Little text but headlines that link on: a thin section.
			fallback = listKind
		}
		if rootPath {
			fallback = KindListing
		}
		kind = firstKind(hintKind, pathKind, fallback)
		reason = "body text too short"
		if !rootPath && !listing && p.discovery != DiscoveryNav && p.discovery != DiscoverySeed && p.totalText-p.totalLinkText >= shortBodyPageText &&
			(strongArticle || !p.teaserPage(textLen)) {
			// The page holds plenty of prose the body container
			// missed: the model judges it on the page's text
			// (unless what was read is a teaser under a headline
			// that links on: a category page's).
			rule = "short-body"
		}
	case !strongArticle && p.teaserPage(textLen):
		rule = "teaser"
		kind = firstKind(pathKind, listKind)
		reason = "the text read is a teaser under a headline that links to another page of the site"
	case rootPath && !strongArticle:
		rule = "home-page"
		kind = KindListing
		reason = "site home page"
	case pathKindFirm[pathKind] && !p.ld.isArticleType && !p.shownDatedByline() && (listing || p.linkedHeadings >= 2):
		// "/auteur/claire-dufour/" with a short bio over her stories'
		// teasers: og:type "article", which some engines write on
		// every page, does not make an author's, a tag's or an
		// archive's page a story.
		rule = "url-path"
		kind = pathKind
		reason = "url names a " + pathKind + " page and only og:type marks an article"
	case strongArticle:
		rule = "declared-article"
		kind = KindArticle
	case hintKind != "" && textLen < 1500:
		rule = "schema-type"
		kind = hintKind
		reason = "page type " + hintKind
	case pathKindFirm[pathKind] && !p.articleEvidence() && !strongArticle:
		// "/about-us/", "/author/jane-doe/", "/tag/budget/" with a long
		// text (a history of the paper, a biography, a topic's intro)
		// and no byline, date of its own or declared article.
		rule = "url-path"
		kind = pathKind
		reason = "url names a " + pathKind + " page and nothing marks an article"
	case pathKind != "" && (listing || textLen < 1500 && !(p.datedByline() && pathKind == KindSection)):
		// (A short story filed under its section's address,
		// "/categorie/ville/40000-histoire/", shows a dated byline.)
		rule = "url-path"
		kind = pathKind
		reason = "url names a " + pathKind + " page"
	case listing && (!articleURL || textLen < 500) && !(p.discovery == DiscoveryArticle && textLen >= 1500):
		rule = "listing-shape"
		// A long page the crawler reached as an article (a feed entry, an
		// article-like link) is a guide or listicle, not a listing.
		kind = listKind
		reason = "many teasers, no single body"
	case p.discovery == DiscoverySeed && !p.articleEvidence() && (listing || textLen < 1500):
		rule = "discovery:seed"
		// A seed is a home or section page unless it shows an article.
		kind = listKind
		reason = "a seed page without an article"
	case p.discovery == DiscoveryNav && !p.articleEvidence() && !articleURL && (listing || textLen < 1500 && !p.creditedReprint()):
		rule = "discovery:nav"
		// Reached through navigation, with neither an article's address
		// nor its date or byline: a thin section, tag or author page
		// (unless it is an undated, unsigned reprint: a run of prose
		// that credits another site's story).
		kind = firstKind(pathKind, listKind)
		reason = "a navigation page without an article"
	default:
		rule = "body"
		kind = KindArticle
	}
	fallback = firstKind(hintKind, pathKind, urlHint)
	if fallback == KindOther && listing {
		fallback = listKind
	}
	return kind, rule, reason, fallback
}

// horoscopeAddress reports whether a word of the path's segments names a
// horoscope.
func horoscopeAddress(parts []string) bool {
	for _, part := range parts {
		for _, w := range slugWords(part) {
			if horoscopeWords[w] {
				return true
			}
		}
	}
	return false
}

// slugWords returns the lower-case words of a path segment, split at
// '-', '_' and '.'.
func slugWords(part string) []string {
	return strings.FieldsFunc(strings.ToLower(part), func(r rune) bool { return r == '-' || r == '_' || r == '.' })
}

// horoscopeSection reports whether an address files its page as a day's
// horoscope: under a horoscope section ("/life/horoscopes/…") or with a
// slug that opens with the word ("/horoscope-du-jour-…", "/daily-horoscope-
// …"), and a slug that names a day ("…-march-14-2025", "…-du-jour-…"). A
// month's or a year's horoscope, read as a feature, and a story about
// astrology that mentions the word later in its slug are left to the
// rules.
func horoscopeSection(parts []string) bool {
	slug := slugWords(parts[len(parts)-1])
	if len(slug) == 0 {
		return false
	}
	filed := horoscopeWords[slug[0]] || len(slug) > 1 && slug[0] == "daily" && horoscopeWords[slug[1]]
	for _, part := range parts[:len(parts)-1] {
		if w := slugWords(part); len(w) == 1 && horoscopeWords[w[0]] || astrologySections[strings.ToLower(part)] {
			filed = true
		}
	}
	if !filed {
		return false
	}
	if datePath(parts[:min(len(parts)-1, 5)]) || len(parts) > 3 && datePath(parts[len(parts)-4:len(parts)-1]) {
		return true // "/astrology/daily-prediction/2025/10/21/nakshatra-phalam.html"
	}
	for _, w := range slug {
		if dailyWords[w] {
			return true
		}
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 {
			return true
		}
	}
	return false
}

// dailyWords, in a horoscope's slug, make it the day's (Bengali "ajker",
// Marathi "aajche", Hindi "aaj", Tamil "indraya", Kannada "dina").
var dailyWords = map[string]bool{"daily": true, "today": true, "jour": true, "heute": true, "tages": true,
	"hoy": true, "oggi": true, "hoje": true, "vandaag": true, "dzisiaj": true, "idag": true, "ajker": true,
	"aajche": true, "aaj": true, "aaja": true, "indraya": true, "dina": true, "dainik": true, "prediction": true}

// astrologySections, as a segment of its own before the slug, file a
// site's horoscopes ("/astrology/ajker-rashifal-22-april-2025/"); unlike
// horoscopeWords they may head a story's slug ("astrology-is-not-science").
var astrologySections = wordSet(`astrology astrologie astrologia jyotish jyotisha bhavishya rashifal rashibhavishya rasi-palan rasipalan
	daily-prediction`)

// serviceAddress reports whether a URL path files a service desk's item
// however deep and however its slug reads: a match's live score or
// scorecard ("/sports/cricket/live-score/india-vs-pakistan/"), a lotto
// draw's numbers ("/lotto-result-marso-12-2025/"), a contest's rules
// ("…/broncos-tailgate-ticket-giveaway-official-rules/").
func serviceAddress(parts []string) bool {
	for i, part := range parts {
		if i <= 3 && i < len(parts)-1 && scoreWords[segmentWord(part)] {
			return true
		}
		if w := slugWords(part); len(w) > 2 && w[len(w)-2] == "official" && w[len(w)-1] == "rules" {
			return true
		}
	}
	w := slugWords(parts[len(parts)-1])
	return len(w) > 1 && (w[0] == "lotto" || w[0] == "lottery") && strings.HasPrefix(w[1], "result")
}

// obituaryWords name a paper's section of obituaries and death notices.
var obituaryWords = wordSet(`obituaries obituary obits obit deaths death-notices`)

// deathNoticeLeads open the slug of a death or funeral notice that a paper
// posts as a dated post: "obituary-…", "death-notice-…", and the Hausa,
// Yoruba, Malagasy and Swahili words for condolences, a burial's and a
// death's announcement.
var deathNoticeLeads = [][]string{{"obituary"}, {"death", "notice"}, {"funeral", "notice"}, {"taaziyyar"}, {"taaziyya"},
	{"ikede", "isinku"}, {"fanambarana", "fahafatesana"}, {"tanzia"}}

// notNameWords are the slug words of an editorial obituary's headline,
// which a bare name's slug lacks ("jane-doe-pioneering-chemist-dies-at-88").
var notNameWords = wordSet(`dies died dead death dying at age aged the of in and for to a an remembered remembering remember
	tribute tributes life legacy who was is his her after from with on mourns mourned mourning funeral service services
	obituary former longtime pioneer pioneering founder star`)

// deathNotice reports whether an address files a paid death notice rather
// than an obituary written as a story: a person's name alone as the slug
// under an obituaries word ("/obituaries/harold-e-lindqvist/article_….html",
// "/announcements/deaths/barnes-peter-james-8812345/"), or a slug that opens
// with a notice's words and goes on with a name alone
// ("/obituary-chief-mrs-victoria-adeyemi/", "/2025/03/13/taaziyyar-alhaji-musa-danladi/").
func deathNotice(parts []string) bool {
	for i, part := range parts {
		if i+1 < len(parts) && obituaryWords[segmentWord(part)] && nameSlug(slugWords(parts[i+1])) {
			return true
		}
	}
	slug := slugWords(parts[len(parts)-1])
	for _, lead := range deathNoticeLeads {
		if len(slug) > len(lead) && slices.Equal(slug[:len(lead)], lead) && nameSlug(slug[len(lead):]) {
			return true
		}
	}
	return false
}

// nameSlug reports whether slug words name a person and nothing else: two
// to six words of letters (a trailing number, the notice's id, aside), none
// a word of a headline.
func nameSlug(words []string) bool {
	if n := len(words); n > 0 && strings.Trim(words[n-1], "0123456789") == "" {
		words = words[:n-1]
	}
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if notNameWords[w] || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return false
		}
	}
	return true
}

// scoreWords, as a segment before the slug, file a match's live score or
// scorecard: a service page, not a report.
var scoreWords = wordSet(`live-score live-scores livescore livescores live-cricket-score live-cricket-scores scorecard scorecards
	live-score-card cricket-score`)

// releaseSegment reports whether a path segment names a release of a
// manual: "stable", "v2", "v1.4", "3.12", "2.0.1" (not a year: "2024").
func releaseSegment(seg string) bool {
	if strings.EqualFold(seg, "stable") {
		return true
	}
	s := seg
	if len(s) > 1 && (s[0] == 'v' || s[0] == 'V') {
		s = s[1:]
	}
	dots, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigitByte(s[i]):
			digits++
		case s[i] == '.' && i > 0 && i < len(s)-1 && s[i-1] != '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && digits <= 4 && (dots > 0 || len(s) < len(seg)) && dots <= 2
}

// offerWords are the path segments of a firm's, a shop's or an office's
// pages about its offer, and the page kind each names; unlike "features"
// (a newsroom's section too), "p" (a blog engine's post path) or
// "collection" (a series of stories) no newsroom files stories under
// them; "c" and "collections" are shop engines' category paths.
var offerWords = map[string]string{
	"services": KindOther, "service": KindOther, "solutions": KindOther, "pricing": KindOther, "what-we-do": KindOther,
	"leistungen": KindOther, "dienstleistungen": KindOther, "department": KindOther, "departments": KindOther,
	"product": KindProduct, "products": KindProduct, "produkt": KindProduct, "produkte": KindProduct,
	"produit": KindProduct, "produits": KindProduct, "producto": KindProduct, "productos": KindProduct,
	"prodotto": KindProduct, "prodotti": KindProduct, "c": KindListing, "collections": KindListing,
}

// offerAddress returns the kind the first of the first three segments of
// the page's path that is an offerWords segment names, "" when none is.
func (p *page) offerAddress() string {
	for _, seg := range p.leadSegments() {
		if k := offerWords[seg]; k != "" {
			return k
		}
	}
	return ""
}

// leadSegments returns the first three segments of the page's path, in
// lower case: where a site names what kind of page lies below.
func (p *page) leadSegments() []string {
	if p.base == nil {
		return nil
	}
	segs := strings.SplitN(strings.Trim(p.base.Path, "/"), "/", 4)
	segs = segs[:min(len(segs), 3)]
	for i, s := range segs {
		segs[i] = strings.ToLower(s)
	}
	return segs
}

// docsAddress reports whether the page's address names documentation:
// its host's first label or one of its first three path segments.
func (p *page) docsAddress() bool {
	if p.base == nil {
		return false
	}
	for _, seg := range p.leadSegments() {
		if pathHints[seg] == KindDocs {
			return true
		}
	}
	host := strings.ToLower(p.base.Hostname())
	dot := strings.IndexByte(host, '.')
	return dot > 0 && hostHints[host[:dot]] == KindDocs
}

// shopReviews is the number of elements marked as reviews from which a
// shop's page holds its customers' reviews, whose names and dates are
// no byline.
const shopReviews = 2

// inBody reports whether element i lies inside the body container.
func (p *page) inBody(i int32) bool {
	return p.mainIdx >= 0 && i >= p.mainIdx && i < p.nodes[p.mainIdx].end
}

// productGridItems is the number of look-alike siblings that each hold a
// price from which a page without an article's signs is a shop's
// category page.
const productGridItems = 12

// Rules whose non-article verdict stands whatever the model says: a body
// too short for a story, a declared product or thread, a site's home page.
// shortBodyPageText is the text outside links (non-space characters)
// above which a page with a short body is still weighed by the model.
const shortBodyPageText = 2000

var finalRules = map[string]bool{"short-text": true, "poll": true, "schema-type": true, "markup": true, "home-page": true, "url-hint": true, "url-path": true, "listing-shape": true,
	"page-shape": true, "audio": true, "discovery:seed": true, "discovery:nav": true, "live-blog": true, "gate": true, "excerpt": true, "teaser": true, "colophon": true, "gallery": true}

// Logit shifts for how the crawler reached the page: a feed or sitemap
// entry, or a link shaped like an article, is likely one; a navigation
// link or a seed likely lists others.
// listedShift is the logit shift for a page a feed or sitemap listed with
// a publication time (Input.ListedAt).
const listedShift = 1.5

var discoveryShift = map[string]float64{DiscoveryArticle: 1.5, DiscoveryNav: -1, DiscoverySeed: -2}

// classify sets Result.Kind and the kind's provenance. A few hand rules
// are final (see finalRules); otherwise the scored model (kindmodel.go)
// weighs the page's signals, the rules' own verdict among them, and how
// the crawler reached the page tips it.
func (p *page) classify() {
	res := p.res
	if p.base != nil {
		res.PathShape = PathShape(p.base.String())
	}
	kind, rule, reason, fallback := p.ruleKind()
	kind, rule, reason = p.shortBodyShape(kind, rule, reason)
	handRule := rule
	if !(finalRules[rule] && kind != KindArticle) {
		f := p.kindFeatures(kind == KindArticle)
		site, siteWhy := p.siteShift()
		s := kindModel.score(f) + discoveryShift[p.discovery] + site
		why := kindModel.explain(f, 3)
		if d := discoveryShift[p.discovery]; d != 0 {
			why += fmt.Sprintf(",discovery:%s%+.1f", p.discovery, d)
		}
		why += siteWhy
		if !p.listedAt.IsZero() {
			// A feed or sitemap listed the page with a publication
			// time: publishers list their stories there.
			s += listedShift
			why += fmt.Sprintf(",listed%+.1f", listedShift)
		}
		rule = fmt.Sprintf("model:%+.2f(%s)", s-kindModel.threshold, why)
		if s >= kindModel.threshold {
			kind = KindArticle
		} else {
			if kind == KindArticle {
				kind = fallback
				if kind == KindOther {
					kind = f.guessKind()
				}
			}
			reason = "the page's signals score it below an article (" + why + ")"
		}
	}
	res.Kind = kind
	p.notArticleReason = reason
	if rule == "markup" {
		rule += ":" + p.kindMarker
	}
	res.Provenance["kind"] = rule
	res.KindEvidence = p.kindEvidence(handRule)
	if res.Kind != KindArticle {
		p.restoreDOMText()
		p.pageText()
	}
	if res.Kind == KindArticle && res.NextPage == "" {
		if u := p.findNextPage(); u != "" {
			res.NextPage, res.Provenance["next_page"] = u, "pager"
		}
	}
}

// articleEvidence reports whether the page shows what an article has and
// other pages rarely do: a declared article type, a publication date of
// its own (not only the date of the web page as a whole) or an author.
func (p *page) articleEvidence() bool {
	return p.ld.isArticleType || p.bylineAuthors() || p.ownDate()
}

// datedByline reports whether the page names an author and has a
// publication date of its own.
func (p *page) datedByline() bool {
	return p.bylineAuthors() && p.ownDate()
}

// shownDatedByline reports whether the page has a publication date of its
// own and names an author in its text (a byline, an author's link), not
// only in its metadata.
func (p *page) shownDatedByline() bool {
	prov := p.res.Provenance["authors"]
	return p.datedByline() && !strings.HasPrefix(prov, "jsonld") && !strings.HasPrefix(prov, "meta")
}

// declaredDate reports whether the page's metadata (meta tags, JSON-LD
// of an article) declares its publication date.
func (p *page) declaredDate() bool {
	prov := p.res.Provenance["published_at"]
	return p.res.PublishedAt != nil && (strings.HasPrefix(prov, "meta") || strings.HasPrefix(prov, "jsonld") && prov != "jsonld:webpage")
}

// ownDate reports whether the page has a publication date of its own (not
// only the date of the web page as a whole).
func (p *page) ownDate() bool {
	return p.res.PublishedAt != nil && !pageWideDate(p.res.Provenance["published_at"])
}

// bodyInChrome reports whether the body text was read from the page's
// own header, navigation or footer (the imprint under a section front
// with no text of its own).
func (p *page) bodyInChrome() bool {
	return p.mainIdx >= 0 && (p.inPageChrome(p.mainIdx) || p.inSiteFooter(p.mainIdx))
}

func firstKind(ks ...string) string {
	for _, k := range ks {
		if k != "" {
			return k
		}
	}
	return KindOther
}

// pathKindFirm are the kinds an address names that a long text does not
// make a story without an article's signs.
var pathKindFirm = map[string]bool{KindAbout: true, KindAuthor: true, KindTag: true, KindSearch: true, KindArchive: true}

// cmsArticleWords are the first path segments under which a forum
// engine's CMS files its stories.
var cmsArticleWords = map[string]bool{"articles": true, "article": true, "news": true, "blogs": true, "blog": true,
	"content": true, "pages": true, "ams": true,
	// The word for news in other languages.
	"noticias": true, "noticia": true, "nachrichten": true, "artikel": true, "actualites": true, "actualite": true,
	"notizie": true, "nieuws": true, "haber": true, "haberler": true, "novosti": true, "wiadomosci": true, "stiri": true,
	"uutiset": true, "nyheter": true, "nyheder": true, "noticies": true}

// cmsArticleAddress reports whether the page's path starts with one of
// cmsArticleWords and goes on below it.
func (p *page) cmsArticleAddress() bool {
	if p.base == nil {
		return false
	}
	first, rest, ok := strings.Cut(strings.Trim(p.base.Path, "/"), "/")
	return ok && rest != "" && cmsArticleWords[strings.ToLower(first)]
}

// pathKindOf returns the pathKinds kind a URL path segment names, if
// any; an about page's word may carry a year ("jaarverslag-2025").
func pathKindOf(seg string) (string, bool) {
	w := segmentWord(seg)
	if k, ok := pathKinds[w]; ok {
		return k, true
	}
	// "/informe-de-impacto-2025/": a report's word and its year.
	if n := len(w); n > 5 && w[n-5] == '-' && (strings.HasPrefix(w[n-4:], "19") || strings.HasPrefix(w[n-4:], "20")) &&
		strings.Trim(w[n-4:], "0123456789") == "" {
		if k, ok := pathKinds[w[:n-5]]; ok && k == KindAbout {
			return k, true
		}
	}
	return "", false
}

// segmentWord is a URL path segment as the word it names: lower case,
// without a page extension ("About.html" is "about", "contact.php"
// "contact").
func segmentWord(seg string) string {
	seg = strings.ToLower(seg)
	for _, ext := range []string{".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp", ".cfm"} {
		if w, ok := strings.CutSuffix(seg, ext); ok {
			return w
		}
	}
	return seg
}

// archivePath reports whether a URL path is an archive's page of a day or
// a month: an archive word among its first two segments, followed by
// nothing, a date ("/archive/2025/12/") or one segment for a month
// ("/news/archives/11-2026/", "/archiv/2025-11").
func archivePath(parts []string) bool {
	for i := 0; i < len(parts) && i < 2; i++ {
		if pathHints[segmentWord(parts[i])] != KindArchive {
			continue
		}
		rest := parts[i+1:]
		return len(rest) == 0 || datePath(rest) || len(rest) == 1 && monthSegment(rest[0])
	}
	return false
}

// pagingKeys are the query keys that number a list's pages ("?start=10",
// Joomla's; "?page=2"; "?paged=3", WordPress's). (Not "p", which names a
// WordPress post.)
var pagingKeys = wordSet(`start limitstart page paged pg offset seite pagina`)

// pagingQuery reports whether query q only numbers a list's page.
func pagingQuery(q url.Values) bool {
	if len(q) == 0 {
		return false
	}
	for k, v := range q {
		if !pagingKeys[strings.ToLower(k)] || len(v) != 1 || v[0] == "" || strings.Trim(v[0], "0123456789") != "" {
			return false
		}
	}
	return true
}

// teamWords file the staff's biographies in an address
// ("/about-us/meet-the-team/<name>/", "/team-bios/<name>/").
var teamWords = wordSet(`team our-team meet-the-team meet-our-team team-bios bios staff-bios our-staff on-air-team equipo equipe equipa`)

// teamBioPath reports whether a URL path files a page under a team word
// among its first three segments, with more after it: a staff member's
// biography.
func teamBioPath(parts []string) bool {
	for i, part := range parts {
		if i > 2 || i == len(parts)-1 {
			break
		}
		if teamWords[segmentWord(part)] {
			return true
		}
	}
	return false
}

// pageWords name a list's numbered page in an address ("/page/2/",
// "/seite/3/", "/strona/2/").
var pageWords = wordSet(`page pages pagina página seite strona sida side sivu stranica strana страница сторінка sayfa`)

// pagedPath reports whether a URL path ends in a page word and a page
// number: a list's later page, not a story.
func pagedPath(parts []string) bool {
	n := len(parts)
	return n >= 2 && pageWords[strings.ToLower(parts[n-2])] && parts[n-1] != "" && strings.Trim(parts[n-1], "0123456789") == "" && len(parts[n-1]) <= 5
}

// monthSegment reports whether a path segment is a month written as one
// word: "11-2026", "2026-11", "2026_11".
func monthSegment(seg string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(seg, "_", "-"), "-")
	if !ok {
		return false
	}
	if len(a) == 4 {
		a, b = b, a
	}
	m, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return err1 == nil && err2 == nil && len(b) == 4 && len(a) <= 2 && m >= 1 && m <= 12 && y >= 1990 && y <= 2100
}

// datePath reports whether a URL path is only a date: a year, a year and
// a month, or a full date, each its own segment ("/2025/12/").
func datePath(parts []string) bool {
	if len(parts) == 0 || len(parts) > 3 {
		return false
	}
	for i, part := range parts {
		n, err := strconv.Atoi(part)
		switch {
		case err != nil:
			return false
		case i == 0 && (len(part) != 4 || n < 1990 || n > 2100):
			return false
		case i == 1 && (n < 1 || n > 12), i == 2 && (n < 1 || n > 31):
			return false
		}
	}
	return true
}

// searchParams are the query parameters that carry a site search's terms.
var searchParams = []string{"q", "s", "query", "search", "search_query", "keyword", "keywords", "searchterm", "text"}

// searchQuery reports whether a URL's query holds a site search's terms
// ("?q=budget", "?s=budget").
func searchQuery(q url.Values) bool {
	for _, k := range searchParams {
		if strings.TrimSpace(q.Get(k)) != "" {
			return true
		}
	}
	return false
}

// looksLikeArticlePath reports whether a URL path looks like an article
// address: a long hyphenated slug, a date, or a long numeric id.
func looksLikeArticlePath(parts []string) bool {
	for _, part := range parts {
		if strings.Count(part, "-") >= 4 {
			return true
		}
		digits := 0
		for i := 0; i < len(part); i++ {
			if part[i] >= '0' && part[i] <= '9' {
				digits++
			}
		}
		if digits >= 6 {
			return true
		}
	}
	if _, ok := urlDate("/" + strings.Join(parts, "/")); ok {
		return true
	}
	return false
}

// itemViewWords are the words of a script's name that show one item of a
// site's content: news_view.htm, articleView.html, read.php, story.aspx.
var itemViewWords = []string{"view", "read", "article", "story", "news", "detail", "post", "show", "content", "print"}

// notStoryViewWords name scripts that show an item which is no story (a
// forum's thread, a shop's product, a member's profile: viewtopic.php,
// product_view.php) or many items (articleList.html, news_search.php).
var notStoryViewWords = []string{"topic", "thread", "forum", "prod", "shop", "cart", "profile", "member", "user", "gallery", "photo", "video",
	"list", "search", "index", "archive"}

// itemViewAddress reports whether an address is one story of a site whose
// engine addresses items by a query id: a script named for viewing an item
// (the last path segment, last) and a query value of at least five digits
// ("/service/news_view.htm?lang=e&Seq_Code=157645",
// "/news/articleView.html?idxno=312345"). A path word before it that names
// a kind of page ("service", "shop") is the site's section, not the page's.
func itemViewAddress(last string, q url.Values) bool {
	w := strings.ToLower(segmentWord(last))
	has := func(v string) bool { return strings.Contains(w, v) }
	if w == "" || !slices.ContainsFunc(itemViewWords, has) || slices.ContainsFunc(notStoryViewWords, has) {
		return false
	}
	for _, vs := range q {
		for _, v := range vs {
			if len(v) >= 5 && len(v) <= 20 && strings.Trim(v, "0123456789") == "" {
				return true
			}
		}
	}
	return false
}

// listingShape reports whether the chosen container looks like a list of
// teasers rather than one article: many link headings or link-dominated
// text relative to the paragraph text.
func (p *page) listingShape(textLen int32) bool {
	if p.embedded() {
		return false // the story came from the page's JSON: one body
	}
	if p.mainIdx < 0 {
		return true
	}
	main := &p.nodes[p.mainIdx]
	linkedHeadings := 0
	headings := 0
	for i := p.mainIdx; i < main.end; i++ {
		ni := &p.nodes[i]
		if ni.flags&fBoil != 0 {
			continue
		}
		if ni.flags&fHeading != 0 && ni.n.Data != "h1" {
			headings++
			if ni.ownText > 0 && ni.ownLink*2 > ni.ownText {
				linkedHeadings++
			}
		}
	}
	p.linkedHeadings = linkedHeadings
	if linkedHeadings >= 5 && linkedHeadings*2 >= headings && (p.mainGood < 600 || float32(linkedHeadings)*100 > p.mainGood) {
		return true
	}
	// Whole page dominated by links with little paragraph text.
	if p.totalGood < 1500 && float32(p.totalLinkText) > 3*p.totalGood {
		return true
	}
	return false
}
