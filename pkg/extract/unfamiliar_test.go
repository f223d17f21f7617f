package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// unfamiliarPage is a news page on a template unlike those of the simulated
// web and the benchmark sets: a masthead with today's date, a headline, a
// metadata line in the page's language, and four paragraphs.
func unfamiliarPage(lang, docTitle, head, meta, para string) string {
	var b strings.Builder
	for k := range 4 {
		fmt.Fprintf(&b, "<p>%s (%d)</p>\n", para, k+1)
	}
	return fmt.Sprintf(`<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>
<div id="top"><a href="/">Logo</a><span class="today">Friday, December 5, 2025</span><div class="nav"><a href="/a">A</a> <a href="/b">B</a></div></div>
<div class="content"><div class="story">%s%s
%s</div></div><div class="foot">© 2025</div></body></html>`, lang, docTitle, head, meta, b.String())
}

// TestUnfamiliarTemplates reads title, date and authors from news pages
// written as publishers in fourteen languages write them (labelled
// bylines, day-first and local-script dates, relative dates, site names
// before or after the headline with any separator), each on its own
// made-up template.
func TestUnfamiliarTemplates(t *testing.T) {
	const (
		en = "The city council approved next year's budget after a long debate on Wednesday night. Most of the money will go to public transport and school repairs. The mayor said the first projects would start in the spring."
		de = "Der Stadtrat hat am Mittwochabend den Haushalt für das kommende Jahr beschlossen. Der größte Teil der Mittel fließt in den öffentlichen Nahverkehr und die Sanierung von Schulen. Die ersten Projekte beginnen im Frühjahr."
		ru = "Депутаты городской думы приняли бюджет на следующий год после долгого обсуждения. Большая часть средств пойдет на ремонт дорог и школ. Мэр заявил, что первые работы начнутся весной."
		fr = "Le conseil municipal a adopté le budget de l'année prochaine après un long débat. La majeure partie des fonds ira aux transports publics et à la rénovation des écoles. Les premiers travaux commenceront au printemps."
		es = "El ayuntamiento aprobó el presupuesto del próximo año tras un largo debate. La mayor parte de los fondos se destinará al transporte público y a la reforma de escuelas. Las primeras obras comenzarán en primavera."
		zh = "市议会今天召开全体会议，通过了明年的预算案。预算案重点用于公共交通建设和学校设施改造。市长表示，预算将用于提高市民的生活质量。"
		ja = "市議会は本会議で来年度の予算案を賛成多数で可決した。予算案では公共交通の充実と学校施設の改修に重点が置かれている。市長は市民の生活の質を高めると述べた。"
		ko = "시의회는 오늘 본회의를 열고 내년도 예산안을 통과시켰다. 이번 예산안은 대중교통 확충과 학교 시설 개선에 중점을 두었다. 시장은 예산이 시민들의 삶의 질을 높일 것이라고 말했다."
	)
	tests := []struct {
		lang, url, docTitle, head, meta, para string
		title, date                           string
		authors                               []string
	}{
		{"pl", "https://gazeta.example/wiadomosci/2025/12/rada-przyjela-budzet", "Rada przyjęła budżet — Gazeta Lokalna", "<h1>Rada przyjęła budżet</h1>",
			`<span class="autor">Autor: Jan Kowalski</span> <span>5 grudnia 2025, 14:30</span>`, "Radni przyjęli budżet miasta na przyszły rok po wielogodzinnej debacie. Największe wydatki przewidziano na transport publiczny i remonty szkół. Prezydent miasta zapowiedział pierwsze inwestycje.",
			"Rada przyjęła budżet", "2025-12-05", []string{"Jan Kowalski"}},
		{"tr", "https://haber.example/gundem/belediye-park-projesini-acikladi-12345", "Belediye park projesini açıkladı | Haber Sitesi", "<h1>Belediye park projesini açıkladı</h1>",
			`<p class="info">Yazar: Ayşe Yılmaz · 05.12.2025 14:30</p>`, "Belediye, şehir merkezinde yapılacak yeni park projesini kamuoyuyla paylaştı. Proje kapsamında yürüyüş yolları ve çocuk oyun alanları yer alacak. Belediye başkanı parkın yazın açılacağını söyledi.",
			"Belediye park projesini açıkladı", "2025-12-05", []string{"Ayşe Yılmaz"}},
		{"nl", "https://dagblad.example/binnenland/gemeente-bouwt-brug", "Gemeente bouwt brug - Dagblad Noord", "<h1>Gemeente bouwt brug</h1>",
			`<div class="byline">Door Pieter de Vries</div><div class="datum">5 december 2025 om 14:30</div>`, "De gemeente gaat een nieuwe brug bouwen over het kanaal in het centrum van de stad. De bouw begint volgend voorjaar en moet binnen twee jaar klaar zijn. Omwonenden worden binnenkort uitgenodigd.",
			"Gemeente bouwt brug", "2025-12-05", []string{"Pieter de Vries"}},
		{"ko", "https://news.example/article/2025120512345", "시의회, 예산안 통과 - 뉴스데일리", "<h1>시의회, 예산안 통과</h1>",
			`<div class="info"><span class="writer">김철수 기자</span> <span class="date">입력 2025.12.05 14:30</span></div>`, ko,
			"시의회, 예산안 통과", "2025-12-05", []string{"김철수"}},
		{"ja", "https://shimbun.example/articles/20251205/k00/040/123000c", "市議会、予算案を可決｜地方新聞", "<h1>市議会、予算案を可決</h1>",
			`<div class="article-info"><span class="author">記者：山田太郎</span><time>2025年12月5日 14時30分</time></div>`, ja,
			"市議会、予算案を可決", "2025-12-05", []string{"山田太郎"}},
		{"ru", "https://gorod.example/news/2025/03/03/deputaty-prinyali-byudzhet", "Новости города :: Депутаты приняли бюджет", "<h2 class='headline'>Депутаты приняли бюджет</h2>",
			`<div><span class="athr">Иван Петров</span> <span class="dt">3 марта 2025, 18:24 МСК</span></div>`, ru,
			"Депутаты приняли бюджет", "2025-03-03", []string{"Иван Петров"}},
		{"fr", "https://quotidien.example/politique/le-conseil-adopte-le-budget", "Le conseil adopte le budget « Le Quotidien", "<h1>Le conseil adopte le budget</h1>",
			`<p class="signature">Par Claire Martin</p><p>Publié le 3 mars 2025 à 10h15</p>`, fr,
			"Le conseil adopte le budget", "2025-03-03", []string{"Claire Martin"}},
		{"zh", "https://xinwen.example/a/20250303/abc123.html", "市议会通过明年预算案_新闻网", "<h1>市议会通过明年预算案</h1>",
			`<div class="info">作者：王小明 来源：新闻网 2025年3月3日 10:15</div>`, zh,
			"市议会通过明年预算案", "2025-03-03", []string{"王小明"}},
		{"es", "https://diario.example/espana/el-ayuntamiento-aprueba-el-presupuesto", "El ayuntamiento aprueba el presupuesto | Diario Local", "<h1>El ayuntamiento aprueba el presupuesto</h1>",
			`<p>Por <a href="/autor/juan-perez">Juan Pérez</a> | 3 de marzo de 2025 - 10:15 CET</p>`, es,
			"El ayuntamiento aprueba el presupuesto", "2025-03-03", []string{"Juan Pérez"}},
		{"de", "https://stadtanzeiger.example/lokales/stadtrat-beschliesst-haushalt", "Stadtrat beschließt Haushalt - Stadtanzeiger", "<h1>Stadtrat beschließt Haushalt</h1>",
			`<p class="meta">Von Anna Schmidt, vor 2 Stunden</p>`, de,
			"Stadtrat beschließt Haushalt", "2025-12-05", []string{"Anna Schmidt"}},
		{"en", "https://valley.example/local/council-approves-budget", "Council approves budget « Valley Times", "<h1>Council approves budget</h1>",
			`<div class="story-meta"><span>By Jane Doe and John Roe, The Associated Press</span> <span>Dec. 3, 2025</span></div>`, en,
			"Council approves budget", "2025-12-03", []string{"Jane Doe", "John Roe"}},
		{"ru", "https://vesti.example/news/2025/03/07/byudzhet", "Бюджет принят — Вести", "<h1>Бюджет принят</h1>",
			`<p>Иван Петров, корреспондент</p><p>7 марта 2025</p>`, ru,
			"Бюджет принят", "2025-03-07", []string{"Иван Петров"}},
		{"en-GB", "https://gazette.example/news/budget-approved", "Politics | Budget approved after debate | The Gazette", "<div class='headline'>Budget approved after debate</div>",
			`<p class="meta">Published 07/03/2025 15:04 GMT</p>`, en,
			"Budget approved after debate", "2025-03-07", nil},
		{"ko", "https://news.example.kr/view/2025120599", "시의회, 예산안 통과 | 데일리뉴스", "<h1>시의회, 예산안 통과</h1>",
			`<div class="byline">[서울=데일리] 홍길동 기자 hong@news.example.kr</div><div class="date">기사입력 2025-12-05 14:30</div>`, ko,
			"시의회, 예산안 통과", "2025-12-05", []string{"홍길동"}},
		{"es", "https://periodico.example/local/presupuesto-aprobado", "Presupuesto aprobado | El Periódico", "<h1>Presupuesto aprobado</h1>",
			`<p>Redacción: Carlos García</p><p>Actualizado: 06/12/2025 09:00 · Publicado: 04/12/2025 14:30</p>`, es,
			"Presupuesto aprobado", "2025-12-04", []string{"Carlos García"}},
		{"en-GB", "https://chronicle.example.co.uk/news/council-budget", "Council approves budget | Chronicle", "<h1>Council approves budget</h1>",
			`<p class="byline">Reporter: Sam Green</p><p class="posted">03/04/2025</p>`, en,
			"Council approves budget", "2025-04-03", []string{"Sam Green"}},
		{"it", "https://corriere.example/cronaca/consiglio-bilancio", "Consiglio, via libera al bilancio - Corriere Locale", "<h1>Consiglio, via libera al bilancio</h1>",
			`<p>05/12/2025 - 14:30 | di Mario Rossi</p>`, "Il consiglio comunale ha approvato il bilancio del prossimo anno dopo un lungo dibattito. La maggior parte dei fondi andrà ai trasporti pubblici e alla ristrutturazione delle scuole.",
			"Consiglio, via libera al bilancio", "2025-12-05", []string{"Mario Rossi"}},
		{"pl", "https://portal.example/wiadomosci/rada-budzet-123", "Rada przyjęła budżet | Portal", "<h1>Rada przyjęła budżet</h1>",
			`<p>Dzisiaj, 14:30 · Autor: Anna Nowak</p>`, "Radni przyjęli budżet miasta na przyszły rok po wielogodzinnej debacie. Największe wydatki przewidziano na transport publiczny i remonty szkół.",
			"Rada przyjęła budżet", "2025-12-05", []string{"Anna Nowak"}},
		{"zh", "https://xinwen.example/news/20251205/123.shtml", "市议会通过明年预算案_新闻中心_新闻网", "<h1>市议会通过明年预算案</h1>",
			`<div class="info">2025年12月05日 14:30 来源：新闻网 作者：王小明</div>`, zh,
			"市议会通过明年预算案", "2025-12-05", []string{"王小明"}},
		{"en", "https://valleypost.example/news/council-budget", "The Valley Post - Council approves budget", "<h2>Council approves budget</h2>",
			`<p class="meta">Posted on December 3, 2025 by Rob Hill</p>`, en,
			"Council approves budget", "2025-12-03", []string{"Rob Hill"}},
		{"pt-BR", "https://portal.example/politica/camara-aprova-orcamento.ghtml", "Câmara aprova orçamento | Portal", "<h1>Câmara aprova orçamento</h1>",
			`<p>Por João Souza, Portal — São Paulo<br>03/12/2025 14h30</p>`, "A câmara municipal aprovou o orçamento do próximo ano após um longo debate. A maior parte dos recursos irá para o transporte público e para a reforma de escolas.",
			"Câmara aprova orçamento", "2025-12-03", []string{"João Souza"}},
		{"en", "https://daily.example/2025/council-budget", "Council approves budget ~ Daily", "<h2 class='entry-title'>Council approves budget</h2>",
			`<abbr class="published" title="2025-12-01T14:30:00Z">4 days ago</abbr> <span class="vcard author"><span class="fn">Lisa Chen</span></span>`, en,
			"Council approves budget", "2025-12-01", []string{"Lisa Chen"}},
		{"ru", "https://vecher.example/news/2025/12/05/budget", "Депутаты приняли бюджет | Вечерний город", "<h1>Депутаты приняли бюджет</h1>",
			`<div class="meta"><span>Сегодня, 14:30</span> <span>Текст: Иван Петров</span></div>`, ru,
			"Депутаты приняли бюджет", "2025-12-05", []string{"Иван Петров"}},
		{"ru", "https://vedomosti.example/news/2025/12/04/budget", "Бюджет утвержден - Ведомости города", "<h1>Бюджет утвержден</h1>",
			`<p>Иван Петров, Мария Сидорова</p><p>4 декабря 2025 в 18:02</p>`, ru,
			"Бюджет утвержден", "2025-12-04", []string{"Иван Петров", "Мария Сидорова"}},
		{"es", "https://diario.example/nacional/presupuesto", "El Congreso aprueba el presupuesto - Diario", "<h1>El Congreso aprueba el presupuesto</h1>",
			`<p>Juan Pérez y María López</p><p>Madrid, 04 dic 2025 - 18:02 CET</p>`, es,
			"El Congreso aprueba el presupuesto", "2025-12-04", []string{"Juan Pérez", "María López"}},
		{"en", "https://c8.example/a/united-win", "United win the derby - C8 News", "<h2>United win the derby</h2>",
			`<p>Rob Hill — 4 December 2025</p>`, en,
			"United win the derby", "2025-12-04", []string{"Rob Hill"}},
		{"fr", "https://courrier.example/categorie/city/40000-histoire/", "Le conseil adopte le budget – Le Courrier du Sud", "<h1 class='entry-title'>Le conseil adopte le budget</h1>",
			`<div class="entry-meta">Par <a href="/auteur/0/">Claire Martin</a> et <a href="/auteur/1/">Paul Durand</a><br><span>Publié le 5 mars 2025 à 10h15</span></div>`, fr,
			"Le conseil adopte le budget", "2025-03-05", []string{"Claire Martin", "Paul Durand"}},
		{"ko", "https://simin.example/section/city/40001/", "시의회, 예산안 통과 - 시민일보", "<h1>시의회, 예산안 통과</h1>",
			`<ul class="info"><li>이영희 기자, 박민수 기자</li><li>입력 2025.03.05 10:15</li></ul>`, ko,
			"시의회, 예산안 통과", "2025-03-05", []string{"이영희", "박민수"}},
		{"ru", "https://vesti.example/news/700100.html", "Совет одобрил план — Вечерние Вести", "<h1>Совет одобрил план</h1>",
			`<div class="article-info"><span>Ольга Смирнова</span> <span>1 апреля 2025, 09:00 МСК</span></div>`, ru,
			"Совет одобрил план", "2025-04-01", []string{"Ольга Смирнова"}},
		{"en", "https://courier.example/library-plans-phase-1/", "New library to open in spring | County Courier", "<h1 class='title'>New library to open in spring</h1>",
			`<div class="submitted">Submitted by <span class="username">Owen Clark</span> on Fri, 12/05/2025 - 10:15</div>`, en,
			"New library to open in spring", "2025-12-05", []string{"Owen Clark"}},
		{"en", "https://stories.example/library-plans-phase-2/", "New library to open in spring | Northside Stories", "<h1 data-testid='storyTitle'>New library to open in spring</h1>",
			`<div><a data-testid="authorName" href="/@zoe?source=post_page">Zoe Adams</a><span>·</span><span>4 min read</span><span>·</span><span>Dec 4, 2025</span></div>`, en,
			"New library to open in spring", "2025-12-04", []string{"Zoe Adams"}},
		{"en", "https://wire.example/article/rail-line-opens-4f2a", "New rail line to open in autumn | Wire Press", "<h1 class='Page-headline'>New rail line to open in autumn</h1>",
			`<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/maria-lopez">MARIA LOPEZ</a> and <a class="Link" href="/author/sean-o-neil">SEAN O'NEIL-SMITH</a></div><div class="Page-dateModified"><span>Updated 2:24 PM EST, March 3, 2025</span></div></div>`, en,
			"New rail line to open in autumn", "2025-03-03", []string{"Maria Lopez", "Sean O'Neil-Smith"}}, // in capital and small letters, not as the page shouts them
		{"en-GB", "https://broadcaster.example/news/articles/c0rail", "New rail line to open in autumn - National Broadcaster News", "<h1>New rail line to open in autumn</h1>",
			`<div data-component="byline-block"><time datetime="2025-03-03T17:24:00Z">3 March 2025</time><div data-testid="byline-contributors"><span>Katy Austin</span><span>Transport correspondent</span></div></div>`, en,
			"New rail line to open in autumn", "2025-03-03", []string{"Katy Austin"}},
		{"es", "https://diario.example/espana/2025-03-04/la-nueva-linea.html", "La nueva línea de tren abrirá en otoño | España | El Diario Central", "<h1 class='a_t'>La nueva línea de tren abrirá en otoño</h1>",
			`<div class="a_md"><div class="a_md_a"><a class="a_md_a_n" href="/autor/juan-perez/">Juan Pérez</a></div><div class="a_md_f"><span>Madrid</span> - <a href="#"><time datetime="2025-03-04T11:24:00+01:00">04 mar 2025 - 11:24 CET</time></a></div></div>`, es,
			"La nueva línea de tren abrirá en otoño", "2025-03-04", []string{"Juan Pérez"}},
		{"en-US", "https://ledger.example/opinion/ferry-timetable-4/", "Opinion | Ferry timetable extended into winter | The Harbor Ledger", "<p class='kicker'>Opinion</p><h1>Ferry timetable extended into winter</h1>",
			`<figure><img src="/f.jpg" alt=""><figcaption>The evening ferry. Photo: John Smith/Harbor Ledger</figcaption></figure><div class="byline">Opinion by <a href="/people/dana-kim/">Dana Kim</a>, Columnist</div><p class="dateline"><time datetime="2025-04-14T14:15:00-04:00">April 14, 2025 at 2:15 PM</time></p>`, en,
			"Ferry timetable extended into winter", "2025-04-14", []string{"Dana Kim"}},
		{"de", "https://rundschau.example/region/faehre-winter-1001.html", "Fährfahrplan wird verlängert | Rheinische Rundschau", "<h1>Fährfahrplan wird verlängert</h1>",
			`<div class="meta"><span>Aktualisiert: 09.05.2025, 11:40 Uhr</span> <span>Erstellt: 08.05.2025, 08:40 Uhr</span></div>`, de,
			"Fährfahrplan wird verlängert", "2025-05-08", nil},
		{"ja", "https://kowan.example/articles/20251007-301", "フェリー時刻表、冬も延長へ：港湾タイムズ", "<h1>フェリー時刻表、冬も延長へ</h1>",
			`<p class="date">2025年10月7日 11時00分</p><p class="credit">（文・写真：佐藤一郎）</p>`, ja,
			"フェリー時刻表、冬も延長へ", "2025-10-07", []string{"佐藤一郎"}},
		{"en", "https://valleypaper.example/news/schools-vote-0", "Town Crier - School closures - what the vote means for families", "<div class='headline'>School closures - what the vote means for families</div>",
			`<div class="byline">By Jane Doe, Senior Reporter, and John Roe, Data Editor</div><div class="date">April 7, 2025 6:40 PM</div>`, en,
			"School closures - what the vote means for families", "2025-04-07", []string{"Jane Doe", "John Roe"}},
		{"es", "https://eco.example/noticias/escuelas-0", "Las dos escuelas seguirán abiertas - El Eco del Valle", "<h1>Las dos escuelas seguirán abiertas</h1>",
			`<div class="meta"><span>Por Lucía Romero</span> <span>Hoy, 09:15</span></div>`, es,
			"Las dos escuelas seguirán abiertas", "2025-12-05", []string{"Lucía Romero"}},
	}
	fetched := time.Date(2025, 12, 5, 16, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.title, func(t *testing.T) {
			page := unfamiliarPage(tt.lang, tt.docTitle, tt.head, tt.meta, tt.para)
			res, err := New(DefaultOptions()).Extract(Input{URL: tt.url, Body: []byte(page), FetchedAt: fetched})
			if err != nil {
				t.Fatalf("extract: %v (kind %s by %s)", err, res.Kind, res.Provenance["kind"])
			}
			if res.Title != tt.title {
				t.Errorf("title = %q (%s), want %q", res.Title, res.Provenance["title"], tt.title)
			}
			date := ""
			if res.PublishedAt != nil {
				date = res.PublishedAt.Format(time.DateOnly)
			}
			if date != tt.date {
				t.Errorf("date = %q (%s), want %q", date, res.Provenance["published_at"], tt.date)
			}
			if !reflect.DeepEqual(res.Authors, tt.authors) {
				t.Errorf("authors = %q (%s), want %q", res.Authors, res.Provenance["authors"], tt.authors)
			}
		})
	}
}

// TestKindNames names the kind of an unfamiliar site's thin non-article
// pages from their address and shape: a search, a month's archive, a
// staff page and a section with a few linked headlines.
func TestKindNames(t *testing.T) {
	teasers := ""
	for k := range 3 {
		teasers += fmt.Sprintf(`<div class="teaser"><h3><a href="/news/story-%d">Council story %d</a></h3><p>A short summary of the story.</p></div>`, k, k)
	}
	page := func(h1, extra string) string {
		return `<!doctype html><html lang="en"><head><title>` + h1 + ` | The Tribune</title></head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><main><h1>` +
			h1 + `</h1>` + extra + teasers + `</main><footer>© 2025</footer></body></html>`
	}
	tests := []struct{ url, html, kind string }{
		{"https://tribune.example/search?q=budget", page("Search results for budget", "<p>12 results</p>"), KindSearch},
		{"https://tribune.example/2025/12/", page("December 2025", ""), KindArchive},
		{"https://zeitung.example/archiv/2025/12", page("Archiv Dezember 2025", ""), KindArchive},
		{"https://tribune.example/staff/jane-doe", page("Jane Doe", "<p>Jane Doe covers city hall for The Tribune.</p>"), KindAuthor},
		{"https://tribune.example/politics", page("Politics", ""), KindSection},
		{"https://tribune.example/news/local", page("Local news", longTeasers(15)), KindListing},
		{"https://gazeta.example/o-nas/", page("O nas", ""), KindAbout},
		{"https://haber.example/etiket/butce/", page("bütçe", ""), KindTag},
		{"https://gazeta.example/kategoria/miasto/", page("Miasto", ""), KindSection},
		{"https://corriere.example/autore/1/", page("Giulia Bianchi", "<p>Giornalista.</p>"), KindAuthor},
		{"https://tribune.example/about-us/", page("About The Tribune", strings.Repeat("<p>The Tribune has covered city hall, transport and housing since 1891, and its reporters have won awards for investigations into public spending across the north.</p>", 8)), KindAbout},
		{"https://tribune.example/author/jane-doe/", page("Jane Doe", strings.Repeat("<p>Jane Doe is a senior reporter who has covered city hall, transport and housing since 2015, after ten years at regional newspapers across the north.</p>", 8)), KindAuthor},
		{"https://diario.example/temas/presupuesto/", page("Presupuesto", ""), KindTag},
		{"https://vesti.example/rubric/politics/", page("Политика", ""), KindSection},
		{"https://tribune.example/about.html", page("About", "<p>"+strings.Repeat("The Tribune has served the valley since 1891 and publishes every day. ", 6)+"</p>"), KindAbout},
	}
	for _, tt := range tests {
		res, err := New(DefaultOptions()).Extract(Input{URL: tt.url, Body: []byte(tt.html)})
		if err == nil || res.Kind != tt.kind {
			t.Errorf("%s: kind %q (%s), err %v; want %q", tt.url, res.Kind, res.Provenance["kind"], err, tt.kind)
		}
	}
}

// longTeasers returns n teaser cards whose blurbs are sentences long
// enough to read as prose once their linked headlines are left out.
func longTeasers(n int) string {
	var b strings.Builder
	for k := range n {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/news/local/story-%d">Local story %d</a></h3><p>A longer summary of story %d about the city and its people, with several sentences. The council met again. Residents spoke.</p></div>`, k, k, k)
	}
	return b.String()
}

// TestListedTimeSettlesDayMonth reads "07/05/2025" on a page in English
// (month first by default) that a feed listed on 7 May: the listing
// settles the order the page leaves open. Listed on 5 July, or not
// listed, the page reads it month first.
func TestListedTimeSettlesDayMonth(t *testing.T) {
	page := unfamiliarPage("en", "Bus route to start | Valley Voice", "<h1>Bus route to start</h1>", "<p>Rob Hill, Lisa Chen</p><p class='when'>07/05/2025</p>",
		"The council reached a decision after a long debate, and residents gave their views at a public hearing on the city's plans for the coming years.")
	for _, tt := range []struct {
		listed time.Time
		want   string
	}{
		{time.Date(2025, 5, 7, 14, 31, 0, 0, time.UTC), "2025-05-07"},
		{time.Date(2025, 7, 5, 9, 0, 0, 0, time.UTC), "2025-07-05"},
		{time.Time{}, "2025-07-05"},
	} {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://valley.example/transport/bus-route-to-start/", Body: []byte(page), ListedAt: tt.listed})
		if err != nil {
			t.Fatal(err)
		}
		if res.PublishedAt == nil || res.PublishedAt.Format(time.DateOnly) != tt.want {
			t.Errorf("listed %v: published %v (%s), want %s", tt.listed, res.PublishedAt, res.Provenance["published_at"], tt.want)
		}
		if !reflect.DeepEqual(res.Authors, []string{"Rob Hill", "Lisa Chen"}) {
			t.Errorf("authors %q (%s), want Rob Hill and Lisa Chen", res.Authors, res.Provenance["authors"])
		}
	}
}

// TestAuthorHref tells links to author pages from other links.
func TestAuthorHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/authors/jane-doe/": true, "https://a.example/staff/jane-doe": true, "/@jane": true, "/@jane?source=post": true,
		"https://www.youtube.com/@newsroom": false, "//x.example/@jane": false, "/news/@": false, "/authors/": false, "/news/council-budget": false,
	} {
		if got := authorHref(href); got != want {
			t.Errorf("authorHref(%q) = %v, want %v", href, got, want)
		}
	}
}

// TestTimeInMetaLine: a <time> inside the article's date line (class
// "dateline", "meta", "byline": words that mark boilerplate for the body)
// gives the article's time with its offset; a <time> in the comments
// under the story does not.
func TestTimeInMetaLine(t *testing.T) {
	for _, wrap := range []string{`<p class="dateline">`, `<div class="article-meta">`, `<div class="byline">By Alice Ward `} {
		end := "</p>"
		if !strings.HasPrefix(wrap, "<p") {
			end = "</div>"
		}
		page := `<html lang="en-US"><head><title>Ferry timetable extended</title></head><body><main><article><h1>Ferry timetable extended</h1>` +
			wrap + `<time datetime="2025-04-05T08:15:00-04:00">April 5, 2025</time>` + end + paragraphs(5) +
			`</article><section class="comments"><div class="comment"><span>Bob</span> <time datetime="2025-05-10T10:00:00Z">May 10, 2025</time><p>Great news.</p></div></section></main></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://ledger.example/news/ferry-timetable-1/", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if res.PublishedAt == nil || res.PublishedAt.Format(time.RFC3339) != "2025-04-05T08:15:00-04:00" {
			t.Errorf("%s: published %v (%s), want 2025-04-05T08:15:00-04:00 by time", wrap, res.PublishedAt, res.Provenance["published_at"])
		}
	}
}

// TestAuthorCards reads the author from a byline row with a follow
// button and from an author card after the story whose second line gives
// the job ("Redakteurin im Lokalressort, schreibt über …").
func TestAuthorCards(t *testing.T) {
	tests := []struct{ name, lang, before, after, want string }{
		{"follow button", "en-US", `<div class="author-row"><img src="/a/mb.jpg" alt="Photo of Mia Brooks"><a href="/author/mia-brooks/">Mia Brooks</a><a class="follow" href="/author/mia-brooks/follow">Follow</a><span class="ago">Posted 3 hours ago</span></div>`, "", "Mia Brooks"},
		{"card after the story", "de", "", `<div class="autorenbox"><img src="/a/jk.jpg" alt="Jana Krüger"><div><strong>Jana Krüger</strong><p>Redakteurin im Lokalressort, schreibt über Verkehr und Kreispolitik.</p></div></div>`, "Jana Krüger"},
	}
	for _, tt := range tests {
		page := `<html lang="` + tt.lang + `"><head><title>County approves new river bridge</title></head><body><main><article><h1>County approves new river bridge</h1>` +
			tt.before + paragraphs(6) + `</article>` + tt.after + `</main></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://valley.example/local/river-bridge-1", Body: []byte(page), FetchedAt: time.Date(2025, 12, 5, 16, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Authors, []string{tt.want}) {
			t.Errorf("%s: authors %q (%s), want %q", tt.name, res.Authors, res.Provenance["authors"], tt.want)
		}
	}
}

// TestFeedAuthors: the authors the listing feed gave are the authors of a
// page that names no one (provenance "listed"); a page's own byline comes
// first, and a feed that names only the publisher names no one.
func TestFeedAuthors(t *testing.T) {
	page := func(byline string) []byte {
		return []byte(`<html lang="en"><head><title>Council approves budget | Valley News</title><meta property="og:site_name" content="Valley News"></head><body><main><article><h1>Council approves budget</h1>` +
			byline + paragraphs(6) + `</article></main></body></html>`)
	}
	tests := []struct {
		name, byline string
		feed, want   []string
		prov         string
	}{
		{"no byline", "", []string{"Jane Doe, John Roe"}, []string{"Jane Doe", "John Roe"}, "listed"},
		{"own byline first", `<div class="byline">By Sam Ortiz</div>`, []string{"Jane Doe"}, []string{"Sam Ortiz"}, "byline"},
		{"feed names the publisher", "", []string{"Valley News"}, nil, ""},
	}
	for _, tt := range tests {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://valley.example/news/council-approves-budget", Body: page(tt.byline), ListedAuthors: tt.feed})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Authors, tt.want) || res.Provenance["authors"] != tt.prov {
			t.Errorf("%s: authors %q (%s), want %q (%s)", tt.name, res.Authors, res.Provenance["authors"], tt.want, tt.prov)
		}
	}
}
