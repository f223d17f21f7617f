package extract

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// teasers renders n teaser cards: a linked headline and, optionally, a summary.
func teasers(n int, summary bool) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/news/2024/05/%02d/story-number-%d-about-things">Story number %d about important local things</a></h3>`, i%28+1, i, i)
		if summary {
			fmt.Fprintf(&b, `<p>Officials said on Tuesday that the plan number %d would be reviewed again next month, after complaints from residents.</p>`, i)
		}
		b.WriteString("</div>")
	}
	return b.String()
}

func paragraphs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story explains, in some detail, what happened at the council meeting and why residents care about the outcome of the vote.</p>", i)
	}
	return b.String()
}

func TestKind(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/sport/">Sport</a></nav>`
	tests := []struct {
		name, url, html, want string
	}{
		{"home page", "https://news.example/", `<html><head><title>News Example</title><meta property="og:type" content="website"></head><body>` + nav + teasers(20, true) + `</body></html>`, KindListing},
		{"section page", "https://news.example/politics/", `<html><head><title>Politics</title></head><body>` + nav + `<h1>Politics</h1>` + teasers(15, true) + `</body></html>`, KindSection},
		{"section page at its index file", "https://news.example/politics/index.html", `<html><head><title>Politics</title></head><body>` + nav + `<h1>Politics</h1>` + teasers(15, true) + `</body></html>`, KindSection},
		{"a job ad", "https://trade.example/jobs/ocean-pricing-manager-newark-4481/", `<html><head><title>Ocean Pricing Manager</title><script type="application/ld+json">{"@type":"JobPosting","title":"Ocean Pricing Manager","datePosted":"2025-03-04"}</script></head><body>` + nav + `<h1>Ocean Pricing Manager</h1><p>Posted Mar. 4, 2025</p>` + paragraphs(6) + `</body></html>`, KindOther},
		{"a webinar's registration page", "https://trade.example/webinars/control-tower-visibility-in-2025-what-shippers-need-to-know/", `<html><head><title>Control tower visibility</title><meta property="og:type" content="article"></head><body>` + nav + `<h1>Control tower visibility in 2025: what shippers need to know</h1><div class="WebinarPage-date">Thursday, March 27, 2025 | 2:00 p.m. ET</div>` + paragraphs(5) + `</body></html>`, KindOther},
		{"a student paper's staff page", "https://paper.example/staff_name/olivia-martinez/", `<html><head><title>Olivia Martinez</title></head><body>` + nav + `<h1>Olivia Martinez</h1><div class="sno-staff-position">Staff Writer</div><p>Olivia is a sophomore studying journalism.</p>` + teasers(6, true) + `</body></html>`, KindAuthor},
		{"tag page", "https://news.example/tag/climate/", `<html><head><title>Climate</title></head><body>` + nav + `<h1>Climate</h1>` + teasers(12, false) + `</body></html>`, KindTag},
		{"author page", "https://news.example/author/jane-doe/", `<html><head><title>Jane Doe</title><meta property="og:type" content="profile"></head><body>` + nav + `<h1>Jane Doe</h1><p>Jane covers city hall.</p>` + teasers(10, false) + `</body></html>`, KindAuthor},
		{"video page", "https://news.example/video/12345", `<html><head><title>Watch: flood</title><meta property="og:type" content="video.other"></head><body>` + nav + `<h1>Watch: flood waters rise</h1><p>Video shows the river rising.</p></body></html>`, KindVideo},
		{"about page", "https://news.example/about-us", `<html><head><title>About us</title></head><body>` + nav + `<h1>About us</h1>` + paragraphs(12) + `</body></html>`, KindAbout},
		{"imprint in Hungarian", "https://hirek.example/impresszum/", `<html><head><title>Impresszum</title></head><body>` + nav + `<h1>Impresszum</h1>` + paragraphs(3) + `</body></html>`, KindAbout},
		{"short wire brief with json-ld", "https://news.example/2024/05/17/brief", `<html><head><title>Brief</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brief"}</script></head><body>` + nav + `<h1>Brief</h1><p>WASHINGTON (AP) — The Senate passed the bill on Friday by a vote of 60 to 40, sending it to the president, who is expected to sign it next week after returning from abroad.</p></body></html>`, KindArticle},
		{"product page (og:type)", "https://shop.example/items/blue-kettle", `<html><head><title>Blue kettle</title><meta property="og:type" content="product"></head><body>` + nav + `<h1>Blue kettle</h1>` + paragraphs(6) + `</body></html>`, KindProduct},
		{"forum thread (JSON-LD)", "https://forum.example/t/how-to-descale-a-kettle/123", `<html><head><title>How to descale</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"How to descale","datePublished":"2024-05-01"}</script></head><body>` + nav + `<h1>How to descale</h1>` + paragraphs(6) + `</body></html>`, KindForum},
		{"documentation without date or author", "https://docs.example/guide/install", `<html><head><title>Install</title></head><body>` + nav + `<h1>Install</h1>` + paragraphs(8) + `</body></html>`, KindDocs},
		{"services page without date or author", "https://firm.example/services/consulting", `<html><head><title>Consulting</title></head><body>` + nav + `<h1>Consulting</h1>` + paragraphs(8) + `</body></html>`, KindOther},
		{"dated story under a docs path stays an article", "https://news.example/docs/council-votes", `<html><head><title>Council votes</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body>` + nav + `<h1>Council votes</h1>` + paragraphs(8) + `</body></html>`, KindArticle},
		{"review carrying product JSON-LD with a byline", "https://news.example/reviews/blue-kettle-review", `<html><head><title>Blue kettle review</title><meta name="author" content="Jane Doe"><script type="application/ld+json">{"@type":"Product","name":"Blue kettle"}</script></head><body>` + nav + `<h1>Blue kettle review</h1>` + paragraphs(8) + `</body></html>`, KindArticle},
		{"podcast episode declared", "https://mag.example/podcast/the-hour/lighthouse-keepers/", `<html><head><title>Inside the Lantern Room</title><script type="application/ld+json">{"@type":"PodcastEpisode","name":"Inside the Lantern Room","datePublished":"2026-10-30"}</script></head><body>` + nav +
			`<main class="podcast-episode"><h1>Inside the Lantern Room</h1><p><time datetime="2026-10-30">October 30, 2026</time> · 38 min</p><audio controls src="/a.mp3"></audio>` + paragraphs(2) + `</main></body></html>`, KindAudio},
		{"radio episode: a player and short notes at an episode address", "https://radio.example/podcasts/the-desk/episode-48/", `<html><head><title>Episode 48</title></head><body>` + nav +
			`<div class="PodcastEpisodePage"><h1>Episode 48: Dredging the river</h1><div class="episode-date">March 4, 2025</div><div class="audio-player"><audio src="/e48.mp3" controls></audio></div>` +
			`<div class="episode-description"><p>Guests include a hydrologist, a retired county engineer and a farmer whose well ran dry last summer.</p></div></div></body></html>`, KindAudio},
		{"an episode whose hosts are credited in a byline", "https://gadgets.example/podcasts/the-circuit-podcast-231-is-this-the-year-of-the-foldable-130000821.html", `<html><head><title>The Circuit Podcast 231</title><meta property="og:type" content="article"></head><body>` + nav +
			`<article class="podcast-episode"><h1>The Circuit Podcast 231: Is this the year of the foldable?</h1><div class="byline">Mariella Ortiz and Ji-woo Han · Fri, Mar 14, 2025</div><div class="player"><audio src="/ep231.mp3" controls></audio><span>58:20</span></div>` +
			`<p>This week Mariella and Ji-woo go hands-on with the new fold phone and ask whether foldables are finally ready for normal people. Plus: a soundbar review and listener questions.</p></article></body></html>`, KindAudio},
		{"an episode in a box named only 'pod', the title naming the podcast", "https://juegos.example/podcast/padzone-podcast-142-korva-go-y-rift-runners/", `<html><head><title>PadZone Podcast 142: Korva Go y Rift Runners - PadZone</title></head><body>` + nav +
			`<div class="pod"><h1>PadZone Podcast 142: Korva Go y Rift Runners</h1><p class="meta">Por Diego Romero · 13/03/2025</p><audio controls src="/142.mp3"></audio><p>Esta semana comentamos el anuncio de la consola y Álvaro nos cuenta por qué el juego le ha robado el sueño.</p></div></body></html>`, KindAudio},
		{"a bylined brief with its clip under the podcasts path stays an article", "https://news.example/podcasts/council-approves-the-harbour-budget", `<html><head><title>Council approves the harbour budget</title></head><body>` + nav +
			`<article class="podcast-story"><h1>Council approves the harbour budget</h1><div class="byline">By Jane Doe · Mar 14, 2025</div><audio src="/a.mp3" controls></audio>` + paragraphs(2) + `</article></body></html>`, KindArticle},
		{"a trade fair's own page declaring its Event", "https://agro.example/ferias/agrotec-2026/", `<html><head><title>Agrotec 2026 - AgroNegocios Hoy</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-14T09:00:00Z">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Agrotec 2026","startDate":"2026-04-21","location":{"@type":"Place","name":"Recinto Ferial"}}</script></head><body>` + nav +
			`<h1>Agrotec 2026</h1><p class="fecha">21-23 de abril de 2026</p>` + paragraphs(5) + `</body></html>`, KindOther},
		{"a story beside its calendar's events stays an article", "https://agro.example/noticias/la-cosecha-de-trigo-crece-un-diez-por-ciento/", `<html><head><title>La cosecha de trigo crece un diez por ciento</title><meta property="article:published_time" content="2025-10-14T09:00:00Z">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Agrotec 2026","startDate":"2026-04-21"}</script></head><body>` + nav +
			`<h1>La cosecha de trigo crece un diez por ciento</h1>` + paragraphs(5) + `</body></html>`, KindArticle},
		{"a match report declaring its SportsEvent stays an article", "https://sport.example/zuzel/relacja/110331/unia-falubaz", `<html><head><title>Unia Leszno - Falubaz Zielona Góra - 57 : 33 - Relacja</title>` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Unia Leszno - Falubaz Zielona Góra","startDate":"2020-09-28"}</script></head><body>` + nav +
			`<h1>Unia Leszno - Falubaz Zielona Góra - 57 : 33 - Relacja</h1>` + paragraphs(5) + `</body></html>`, KindArticle},
		{"a newsroom's republishing terms", "https://tributary.example/republish/", `<html><head><title>Republish our work</title><meta property="og:type" content="article"><meta property="article:modified_time" content="2026-11-12T12:00:00+00:00"></head><body>` + nav +
			`<h1>Republish our work</h1>` + paragraphs(5) + `</body></html>`, KindAbout},
		{"an impact report with its year", "https://lanterna.example/rapporto-di-impatto-2025", `<html><head><title>Rapporto di impatto 2025</title><meta property="og:type" content="article"></head><body>` + nav +
			`<h1>Rapporto di impatto 2025</h1><p class="meta">Pubblicato il 30 aprile 2026</p>` + paragraphs(6) + `</body></html>`, KindAbout},
		{"a staff member's page under /team/", "https://bureau.example/team/eleanor-marsh/", `<html><head><title>Eleanor Marsh</title></head><body>` + nav +
			`<h1>Eleanor Marsh</h1><p>Investigations editor</p>` + paragraphs(2) + teasers(4, true) + `</body></html>`, KindAbout},
		{"a forum thread under /foro/", "https://juegos.example/foro/rift-runners/hilo-ayuda-jefe-final-del-tercer-bioma-48213/", `<html lang="es"><head><title>Ayuda con el jefe final - Foro</title></head><body>` + nav +
			`<main><div class="foro"><h1>Ayuda con el jefe final del tercer bioma</h1><div class="msg"><b>Dani_R</b> <span>12/03/2025 22:14</span>` + paragraphs(2) + `</div>` +
			`<div class="msg"><b>Kirika</b> <span>12/03/2025 22:40</span>` + paragraphs(1) + `</div><div class="msg"><b>Dani_R</b> <span>13/03/2025 09:02</span>` + paragraphs(1) + `</div></div></main></body></html>`, KindForum},
		{"an opinion piece in a paper's Forum section stays an article", "https://zeitung.example/forum/warum-die-bruecke-jetzt-saniert-werden-muss/", `<html lang="de"><head><title>Warum die Brücke jetzt saniert werden muss</title></head><body>` + nav +
			`<main><h1>Warum die Brücke jetzt saniert werden muss</h1><p class="byline">Von Lena Hoffmann</p><span class="date">12.03.2025 22:14</span>` + paragraphs(6) + `</main></body></html>`, KindArticle},
		{"a forum engine's CMS story", "https://miasto.example/articles/aktualnosci/1204-most-na-nogacie-zamkniety-do-konca-czerwca", `<html lang="pl"><head><title>Most na Nogacie zamknięty</title><meta name="generator" content="vBulletin 5.7.5"><meta property="og:type" content="article"></head><body>` + nav +
			`<div class="cms-article-widget"><h1>Most na Nogacie zamknięty do końca czerwca</h1><div class="b-article__meta"><span class="b-article__author">Autor: <a href="/member/45-ewa-kowalczyk">Ewa Kowalczyk</a></span>, <span class="date">9 marca 2025</span></div>` + paragraphs(5) + `</div></body></html>`, KindArticle},
		{"a forum engine's thread", "https://miasto.example/forum/miasto/1250-objazd-przez-kepki", `<html lang="pl"><head><title>Objazd przez Kępki</title><meta name="generator" content="vBulletin 5.7.5"><meta property="og:type" content="article"></head><body>` + nav +
			`<div class="b-post"><h1>Objazd przez Kępki</h1>` + paragraphs(5) + `</div></body></html>`, KindForum},
		{"a newsletter's welcome post", "https://northerndesk.example/p/welcome-to-the-northern-desk", `<html><head><title>Welcome to The Northern Desk</title><meta property="og:site_name" content="The Northern Desk">` +
			`<script type="application/ld+json">{"@type":"Article","headline":"Welcome to The Northern Desk","datePublished":"2024-09-04T07:00:00Z","author":{"@type":"Person","name":"Rhiannon Hale"}}</script></head><body>` + nav +
			`<h1>Welcome to The Northern Desk</h1>` + paragraphs(2) + `</body></html>`, KindAbout},
		{"a story whose headline welcomes stays an article", "https://news.example/2025/03/04/welcome-to-the-new-normal-ferry-fares-double", `<html><head><title>Welcome to the new normal: ferry fares double</title><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-03-04T07:00:00Z"></head><body>` + nav +
			`<h1>Welcome to the new normal: ferry fares double</h1><p class="byline">By Jane Doe</p>` + paragraphs(12) + `</body></html>`, KindArticle},
		{"story read aloud stays an article", "https://news.example/podcasts/council-votes-on-new-bike-lanes", `<html><head><title>Council votes</title></head><body>` + nav +
			`<h1>Council votes</h1><div class="podcast-player"><audio src="/a.mp3" controls></audio></div>` + paragraphs(6) + `</body></html>`, KindArticle},
		{"weather page with a dated forecast discussion", "https://tv.example/weather/", `<html><head><title>Weather</title></head><body>` + nav +
			`<h1>Weather</h1><table class="seven-day"><tr><td>Mon</td><td>41°</td></tr><tr><td>Tue</td><td>38°</td></tr></table><section class="forecast-discussion"><h2>Forecast discussion</h2>` +
			`<p class="byline">By: Chief Meteorologist Ron Hale</p><p class="posted">Posted: Mar 3, 2025 / 4:15 PM</p>` + paragraphs(2) + `</section></body></html>`, KindOther},
		{"weather story under the weather section stays an article", "https://tv.example/weather/snow-storm-brings-a-foot-of-snow-to-the-valley-tonight",
			`<html><head><title>Snow storm</title><meta property="article:published_time" content="2025-03-03T16:15:00Z"></head><body>` + nav + `<h1>Snow storm brings a foot of snow</h1>` + paragraphs(6) + `</body></html>`, KindArticle},
		{"advertising rates", "https://ziar.example/publicitate/", `<html><head><title>Publicitate</title><meta name="author" content="Observatorul de Nord"></head><body>` + nav +
			`<h1>Publicitate</h1><p>Tarife pentru publicitate în ediția tipărită și pe site. Contactați departamentul de vânzări pentru o ofertă.</p></body></html>`, KindAbout},
		{"Ghost's about page declared an article", "https://signal.example/about/", `<html><head><title>About</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T09:00:00.000Z">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"About","author":{"@type":"Person","name":"Tom Adeyemi"},"datePublished":"2024-05-02T09:00:00.000Z"}</script></head>` +
			`<body class="page-template has-sans-title">` + nav + `<main><article class="article page no-image"><h1 class="article-title">About</h1><section class="gh-content">` + paragraphs(5) + `</section></article></main></body></html>`, KindAbout},
		{"WordPress membership page", "https://blog.example/membership/", `<html><head><title>Membership</title><meta property="og:type" content="article"><meta property="article:published_time" content="2023-01-10T09:00:00+00:00"></head>` +
			`<body class="page-template-default page page-id-12">` + nav + `<article id="post-12" class="post-12 page type-page status-publish hentry"><h1 class="entry-title">Membership</h1><div class="entry-content">` + paragraphs(4) + `</div></article></body></html>`, KindAbout},
		{"a section front whose one teaser signs and dates the page", "https://lanterna.example/notizie/", `<html><head><title>Notizie – Lanterna</title></head><body>` + nav +
			`<main><h1 class="page-title">Notizie</h1><p class="page-intro">Aggiornamenti sulle nostre inchieste.</p><article class="card"><a class="card-link" href="/notizie/procura-apre-indagine">` +
			`<h3 class="card-title">La procura apre un'indagine dopo l'inchiesta</h3></a><p class="card-summary">I carabinieri hanno acquisito documenti in Regione.</p>` +
			`<p class="card-meta">di Matteo Rossi – <time datetime="2026-10-30T18:10:00+01:00">30 ottobre 2026</time></p></article></main>` +
			`<footer class="site-footer"><p><strong>Lanterna</strong> – Testata registrata presso il Tribunale di Brescia, n. 7/2021. Direttore responsabile: Davide Orsini. Editore: Associazione Lanterna APS.</p></footer></body></html>`, KindOther},
		{"a category blog holding one item", "https://folha.example/economia.html", `<html><head><title>Economia</title></head><body>` + nav +
			`<main><div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><h1>Economia</h1><div class="blog-items"><div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">` +
			`<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="/economia/1856-porto-bate-recorde.html" itemprop="url">Porto bate recorde de exportação em outubro</a></h2></div>` +
			`<dl class="article-info"><dt class="article-info-term">Detalhes</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por: <span itemprop="name">Ana Souza</span></dd>` +
			`<dd class="published"><time datetime="2026-11-11T11:00:00-03:00" itemprop="datePublished">Publicado: 11 Novembro 2026</time></dd></dl>` +
			`<p>O porto de Santarém embarcou 1,9 milhão de toneladas de soja e milho em outubro, o maior volume mensal da sua história, segundo a Companhia Docas.</p>` +
			`<p class="readmore"><a class="btn" href="/economia/1856-porto-bate-recorde.html">Leia mais: Porto bate recorde...</a></p></div></div></div>` +
			`<div class="blog-navigation"><p class="counter">Página 1 de 3</p><ul class="pagination"><li><span>1</span></li><li><a href="/economia.html?start=10">2</a></li></ul></div></div></main></body></html>`, KindOther},
		{"a home page's later page", "https://folha.example/?start=10", `<html><head><title>Folha do Rio</title></head><body>` + nav +
			`<main><h2><a href="/economia/1856-porto-bate-recorde.html">Porto bate recorde de exportação em outubro</a></h2><p>O porto embarcou 1,9 milhão de toneladas de soja e milho em outubro, o maior volume mensal da sua história, segundo a companhia que administra os terminais do estado.</p></main></body></html>`, KindListing},
		{"a team page on a static page template lists the staff", "https://ruta.example/equipo/", `<html><head><title>Equipo</title><meta property="og:type" content="article">` +
			`<meta property="article:published_time" content="2024-03-02T16:05:00.000Z"></head><body class="page-template page-equipo">` + nav +
			`<main><article class="gh-article page"><h1>Equipo</h1><section class="gh-content"><ul><li><strong><a href="/author/ana-lucia-xiloj/">Ana Lucía Xiloj</a></strong> — Periodista. Cubre territorio, agua y pueblos indígenas en el altiplano.</li>` +
			`<li><strong><a href="/author/diego-perez/">Diego Pérez Ajú</a></strong> — Fotoperiodista y reportero de la costa sur y de los ingenios azucareros.</li>` +
			`<li><strong><a href="/author/carmen-rosales/">Carmen Rosales</a></strong> — Editora de investigación; antes trabajó doce años en la prensa de la capital.</li></ul></section></article></main></body></html>`, KindAbout},
		{"a staff biography a station declares a NewsArticle", "https://kdnv.example/article/about-us/team-bios/nora-whitfield/73-bio-nora-whitfield", `<html><head><title>Nora Whitfield | kdnv.example</title>` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nora Whitfield","datePublished":"2024-06-03T10:00:00-06:00","author":{"@type":"Person","name":"KDNV Staff"}}</script></head><body class="article-page">` + nav +
			`<main><article><h1>Nora Whitfield</h1><div class="byline">Author: KDNV Staff</div><div class="published">Published: 10:00 AM MDT June 3, 2024</div>` + paragraphs(4) + `</article></main></body></html>`, KindAbout},
		{"a WordPress page of the default template at a staff address", "https://ledger.example/staff/", `<html><head><title>Staff – The Ledger</title><meta property="og:type" content="article">` +
			`<meta property="article:modified_time" content="2025-01-20T09:00:00+00:00"></head><body class="page-template-default page sno-flex">` + nav +
			`<main><h1>Staff</h1><ul><li><a href="/staff_name/ava-chen/">Ava Chen</a>, Editor-in-Chief. She covers the student senate and campus budget for the paper.</li>` +
			`<li><a href="/staff_name/leo-park/">Leo Park</a>, News Editor. He covers housing, tuition and the graduate workers' union.</li></ul>` + paragraphs(2) + `</main></body></html>`, KindAuthor},
		{"an Albanian daily horoscope dated by the masthead", "https://lajme.example/horoskopi/", `<html><head><title>Horoskopi ditor</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Horoskopi për sot</h1><div class="date">E mërkurë, 12 mars 2025</div>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"Hungarian death notices", "https://hirek.example/gyaszhirek/", `<html><head><title>Gyászhírek</title></head><body>` + nav +
			`<main><h1>Gyászhírek</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"a Slovenian imprint", "https://novice.example/impresum/", `<html><head><title>Impresum</title></head><body>` + nav +
			`<main><h1>Impresum</h1>` + paragraphs(3) + `</main></body></html>`, KindAbout},
		{"a match's live score page", "https://cricket.example/sports/cricket/live-score/india-vs-pakistan-asia-cup-2025/", `<html><head><title>India vs Pakistan live score</title><meta property="og:type" content="article">` +
			`<meta property="article:published_time" content="2025-09-14T14:00:00+05:30"></head><body>` + nav + `<main><h1>India vs Pakistan, Asia Cup 2025: live score</h1>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"a day's horoscope under an astrology section", "https://bangla.example/astrology/ajker-rashifal-22-april-2025/", `<html><head><title>Ajker rashifal</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>আজকের রাশিফল, ২২ এপ্রিল ২০২৫</h1>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"a story about astrology stays a story", "https://science.example/astrology/why-astrology-is-not-science/", `<html><head><title>Why astrology is not science</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Why astrology is not science</h1><p class="byline">By Jane Doe, March 3, 2025</p>` + paragraphs(6) + `</main></body></html>`, KindArticle},
		{"a lotto draw's numbers", "https://tambuli.example/lotto-result-marso-12-2025/", `<html><head><title>Lotto result Marso 12, 2025</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Lotto result Marso 12, 2025</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"the day's gold price", "https://tin.example/gia-vang-hom-nay.htm", `<html><head><title>Giá vàng hôm nay</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Giá vàng hôm nay</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"a contest's official rules on the story template", "https://kdnv.example/article/community/contests/broncos-tailgate-ticket-giveaway-official-rules/73-rules-tailgate",
			`<html><head><title>Broncos tailgate ticket giveaway: official rules</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Official rules","datePublished":"2025-01-02T09:00:00-07:00"}</script></head><body>` + nav +
				`<main><h1>Broncos tailgate ticket giveaway: official rules</h1><div class="byline">Author: KDNV Staff</div>` + paragraphs(5) + `</main></body></html>`, KindOther},
		{"Swahili funeral notices", "https://mwangaza.example/tanzia/marehemu-juma-salim/", `<html><head><title>Tanzia: Marehemu Juma Salim</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Tanzia: Marehemu Juma Salim</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"a death notice under obituaries, on the story template", "https://valley.example/obituaries/harold-e-lindqvist/article_4c0a2f99-fe61-11ef.html",
			`<html><head><title>Harold E. Lindqvist</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harold E. Lindqvist","datePublished":"2025-03-13T09:00:00-04:00"}</script></head><body>` + nav +
				`<main><h1>Harold E. Lindqvist</h1>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"a death notice filed under deaths, with its id", "https://echo.example/announcements/deaths/barnes-peter-james-8812345/", `<html><head><title>BARNES Peter James</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>BARNES Peter James</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"a dated Hausa condolence post", "https://jarida.example/2025/03/13/taaziyyar-alhaji-musa-danladi/", `<html><head><title>Taaziyyar Alhaji Musa Danladi</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Taaziyyar Alhaji Musa Danladi</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"an obituary written as a story stays a story", "https://news.example/obituaries/2025/03/04/jane-doe-pioneering-chemist-dies-at-88/",
			`<html><head><title>Jane Doe, pioneering chemist, dies at 88</title><meta property="og:type" content="article"></head><body>` + nav +
				`<main><h1>Jane Doe, pioneering chemist, dies at 88</h1><p class="byline">By John Roe, March 4, 2025</p>` + paragraphs(6) + `</main></body></html>`, KindArticle},
		{"tenders in Swahili", "https://mwangaza.example/zabuni/", `<html><head><title>Zabuni</title></head><body>` + nav +
			`<main><h1>Zabuni</h1>` + paragraphs(3) + `</main></body></html>`, KindOther},
		{"a list's later page", "https://letters.example/page/2/", `<html><head><title>Le Fil de la Loire (Page 2)</title><meta property="og:type" content="website"></head><body>` + nav +
			`<main><article class="post-card"><h2><a href="/la-crue-de-mars/">La crue de mars</a></h2><p>Retour sur trois jours d'alerte.</p></article></main>` + paragraphs(3) + `</body></html>`, KindListing},
		{"a support page on a platform's article template", "https://teletype.example/apoiar/", `<html><head><title>Apoiar o Porto Aberto</title><meta property="og:type" content="article">` +
			`<meta property="article:published_time" content="2024-05-20T10:05:00+00:00"><meta property="article:author" content="Porto Aberto"></head><body><main><article class="tl_article"><h1>Apoiar o Porto Aberto</h1>` +
			`<address><a rel="author" href="/@rita">Porto Aberto</a><time datetime="2024-05-20T10:05:00+0000">20 de maio de 2024</time></address>` +
			`<p>O Porto Aberto vive do apoio dos leitores. Com um donativo mensal de 3, 5 ou 10 euros ajuda a pagar as deslocações e o tempo das reportagens.</p>` +
			`<p>Pode apoiar por MB WAY, transferência bancária ou através do botão de donativos. Obrigada!</p></article></main></body></html>`, KindOther},
		{"a publication's about page under its language and name", "https://steady.example/de/flusslage/about/", `<html><head><title>Über Flusslage</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Über Flusslage</h1>` + paragraphs(4) + `</main></body></html>`, KindAbout},
		{"WordPress post at a one-word address stays an article", "https://blog.example/support/", `<html><head><title>Support</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-03T09:00:00+00:00"></head>` +
			`<body class="post-template-default single single-post postid-88">` + nav + `<article class="post-88 post type-post"><h1 class="entry-title">Support for the ferry co-op grows</h1><div class="entry-content">` + paragraphs(6) + `</div></article></body></html>`, KindArticle},
		{"daily horoscope at an article-like address", "https://daily.example/astrology/horoscope/daily-horoscope-march-4-2025/", `<html><head><title>Horoscope Today, March 4, 2025</title><meta property="og:type" content="article"></head><body>` + nav +
			`<h1>Horoscope Today, March 4, 2025</h1><div class="sign"><h3>Aries</h3><p>A good day to finish what you started; a friend brings news by evening, so keep your phone close and your plans loose.</p></div>` +
			`<div class="sign"><h3>Taurus</h3><p>Money matters need a second look before you sign anything, and a long walk will clear your head after a busy afternoon.</p></div>` +
			`<div class="sign"><h3>Gemini</h3><p>Your words carry further than usual today, so choose them with care when the conversation turns to family plans.</p></div></body></html>`, KindOther},
		{"horoscope page the engine declares an article", "https://diario.example/horoscopo/", `<html><head><title>Horóscopo de hoy</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-11T05:00:00-03:00"></head><body>` + nav +
			`<h1>Horóscopo de hoy martes 11 de marzo de 2025</h1>` + paragraphs(4) + `</body></html>`, KindOther},
		{"a day's horoscope declared a NewsArticle, with the astrologer's byline", "https://star.example/life/horoscopes/horoscopes-march-14-2025/",
			`<html><head><title>Horoscopes March 14, 2025</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Horoscopes March 14, 2025","datePublished":"2025-03-14T05:00:00-04:00","author":{"@type":"Person","name":"Georgia Nicols"}}</script></head><body>` + nav +
				`<article><h1>Horoscopes March 14, 2025</h1><p class="byline">By Georgia Nicols</p>` + paragraphs(5) + `</article></body></html>`, KindOther},
		{"a month's horoscope declared a NewsArticle stays with the rules", "https://star.example/horoskop/liebeshoroskop-januar-2023",
			`<html><head><title>Liebeshoroskop Januar 2023</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Liebeshoroskop Januar 2023","datePublished":"2022-12-30T05:00:00+01:00","author":{"@type":"Person","name":"Anna Stern"}}</script></head><body>` + nav +
				`<article><h1>Liebeshoroskop Januar 2023</h1><p class="byline">Von Anna Stern</p>` + paragraphs(5) + `</article></body></html>`, KindArticle},
		{"a paid death notice declared a NewsArticle", "https://chronicle.example/bay-chronicle/death-notices/tamihana-rawiri/",
			`<html><head><title>Tamihana Rawiri death notice</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"RAWIRI, Tamihana","datePublished":"2025-03-13T09:00:00+13:00"}</script></head><body>` + nav +
				`<article><h1>RAWIRI, Tamihana</h1><p class="date">Published 13 March 2025</p>` + paragraphs(3) + `</article></body></html>`, KindOther},
		{"a club's player profile with a biography", "https://rovers.example/players/26/callum-nwosu/",
			`<html><head><title>Callum Nwosu | Rovers</title><meta property="og:type" content="article"></head><body>` + nav +
				`<main><h1>Callum Nwosu</h1><p class="position">Defender</p><dl><dt>Date of birth</dt><dd>14/09/2002</dd><dt>Nationality</dt><dd>English</dd></dl>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"a motorsport site's driver profile", "https://paddock.example/piloti/luca-lenti/",
			`<html lang="it"><head><title>Luca Lenti | Paddock</title></head><body>` + nav +
				`<main><h1>Luca Lenti</h1><p>Nato il 3 marzo 1998 a Imola. Squadra: Scuderia Rossa.</p>` + paragraphs(4) + `</main></body></html>`, KindOther},
		{"WordPress category archive of dated, signed posts", "https://courier.example/category/news/", `<html><head><title>News Archives</title><meta property="og:type" content="article"></head>` +
			`<body class="archive category category-news category-3 wp-theme-twentytwentyone">` + nav + `<main><h1 class="page-title">Category: News</h1>` +
			`<article class="post type-post hentry"><h2 class="entry-title"><a href="/2025/03/10/ferry-operator-adds-winter-sailings/">Ferry operator adds winter sailings</a></h2><div class="entry-meta"><span class="byline">By <a href="/author/hannah-price/">Hannah Price</a></span> <time class="entry-date published" datetime="2025-03-10T08:15:00+00:00">March 10, 2025</time></div>` +
			`<div class="entry-summary"><p>Islanders will get two extra crossings a day from November after the operator agreed a new timetable with the council, which had pressed for more sailings for three winters running.</p></div></article>` +
			`<article class="post type-post hentry"><h2 class="entry-title"><a href="/2025/03/09/harbour-dredging-to-start-in-april/">Harbour dredging to start in April</a></h2><div class="entry-meta"><span class="byline">By <a href="/author/tom-ellis/">Tom Ellis</a></span> <time class="entry-date published" datetime="2025-03-09T10:00:00+00:00">March 9, 2025</time></div>` +
			`<div class="entry-summary"><p>The harbour board approved the dredging of the inner channel on Monday, a job it says will take six weeks and keep the fishing fleet in the outer basin until the end of May.</p></div></article></main></body></html>`, KindSection},
		{"an aggregator's excerpt of another site's story", "https://localnews.example/kelmouth-uk/3790123456-harbour-dredging-to-start-in-april/", `<html><head><title>Harbour dredging to start in April</title><meta property="og:type" content="article">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour dredging to start in April","datePublished":"2025-03-12T09:00:00Z","author":{"@type":"Organization","name":"The Harbour Courier"}}</script></head><body>` + nav +
			`<article><div class="source-row"><a class="source-name" href="/publishers/courier/">The Harbour Courier</a> <span class="time">Mar 12, 2025</span></div><h1>Harbour dredging to start in April</h1>` +
			`<div class="excerpt"><p>The harbour board approved the dredging of the inner channel on Monday, a job it says will take six weeks and keep the fishing fleet in the outer basin until the end of May.</p></div>` +
			`<a class="read-full" href="https://courier.example/2025/03/12/harbour-dredging-to-start-in-april/" rel="nofollow">Read full story at The Harbour Courier</a></article></body></html>`, KindOther},
		{"a reader app's preview of another site's post", "https://flip.example/@harlowreader/local-government-watch-v2kq1c7ez/gas-tax-bill/a-9f8e7d/", `<html><head><title>The gas tax bill is back | Flip</title><meta property="og:type" content="website"></head><body>` + nav +
			`<section class="item-preview"><div class="preview__publisher"><a href="https://bellwether.example/">bellwether.example</a></div><h1 class="preview__title">The gas tax bill is back, and so are the same arguments</h1>` +
			`<p class="preview__byline">Ray Dunmore · March 3, 2025</p><p class="preview__excerpt">For the third session in a row, a bill to raise the state gas tax by six cents has cleared committee, and for the third session in a row its sponsors say it will not reach the floor without a deal on road money.</p>` +
			`<a class="button--primary preview__read" href="https://bellwether.example/2025/03/gas-tax-bill-is-back.html">Read on bellwether.example</a></section></body></html>`, KindOther},
		{"a headline river's permalink: the headline links to the publisher's story", "https://river.example/250325/p12/", `<html><head><title>TechRiver: Finding the publish date is harder than it looks</title></head><body>` + nav +
			`<div class="permalink"><div class="when">6:45 PM ET, March 24, 2025</div><div class="clus"><cite>Priya Nair / devcorner:</cite><br><strong class="L3"><a class="ourh" href="https://devcorner.example/priyanair/finding-the-publish-date/">Finding the publish date is harder than it looks</a></strong>` +
			` — I assumed that once a page was fetched, pulling out its publication date would be the easy part. Then I looked at the first thousand pages we had collected and found dates in meta tags and in JSON-LD.</div></div></body></html>`, KindOther},
		{"a readers' poll with a byline", "https://kwave.example/polls/favorite-k-pop-b-side-of-2025-so-far/", `<html><head><title>Poll: Favorite B-side</title><meta property="og:type" content="article"></head><body>` + nav +
			`<div class="poll-page"><h1 class="article-title">Poll: What's Your Favorite K-Pop B-Side Of 2025 So Far?</h1><div class="info-wrapper"><span class="byline">by <a href="/author/e-cho">E. Cho</a></span> | <span class="date">Mar 10, 2025</span></div>` +
			`<p>Title tracks get all the attention, but some of the year's best songs are hiding deeper on the album. Vote for your favorite below!</p><form class="poll"><label><input type="checkbox"> Midnight Compass</label><label><input type="checkbox"> Petal Storm</label></form><p>18234 votes</p></div></body></html>`, KindOther},
		{"a story with a poll under it stays an article", "https://news.example/news/council-votes-on-new-bike-lanes", `<html><head><title>Council votes</title></head><body>` + nav + `<h1>Council votes</h1>` + paragraphs(6) +
			`<form class="poll"><p>Do you back the bike lanes?</p><label><input type="radio"> Yes</label><label><input type="radio"> No</label></form></body></html>`, KindArticle},
		{"an AMP web story declaring an article", "https://daily.example/web-stories/holi-2025-tips-to-protect-skin-and-hair/", `<html amp><head><title>Holi 2025: 7 tips</title><meta name="generator" content="Web Stories 1.37.0">` +
			`<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"Holi 2025: 7 tips","datePublished":"2025-03-11T09:00:00+05:30","author":{"@type":"Person","name":"Ritu Sharma"}}</script></head><body>` +
			`<amp-story standalone="" publisher="Newsline Daily"><amp-story-page id="cover"><amp-story-grid-layer template="vertical"><h1 class="cover-title">Holi 2025: 7 tips to protect your skin and hair</h1><p class="byline">By Ritu Sharma</p></amp-story-grid-layer></amp-story-page>` +
			`<amp-story-page id="page-2"><amp-story-grid-layer template="vertical"><p class="text-wrapper"><span>Apply a thick layer of coconut oil on your skin and hair before you step out, so that the colours wash off more easily afterwards.</span></p></amp-story-grid-layer></amp-story-page>` +
			`<amp-story-page id="page-3"><amp-story-grid-layer template="vertical"><p class="text-wrapper"><span>Wear full sleeves and sunglasses, and keep your nails short or painted to stop the colour from settling under them for days.</span></p></amp-story-grid-layer></amp-story-page></amp-story></body></html>`, KindOther},
		{"a station's TV schedule", "https://kbrz.example/schedule/", `<html><head><title>KBRZ 9 TV Schedule</title></head><body>` + nav + `<h1>KBRZ 9 TV Schedule</h1><p>Friday, March 14</p><table class="schedule"><tr><td>5:00 AM</td><td>KBRZ 9 News Today</td></tr><tr><td>7:00 AM</td><td>CBS Mornings</td></tr></table>` + paragraphs(2) + `</body></html>`, KindOther},
		{"a food blog's post with its recipe card stays an article", "https://kitchen.example/2025/03/rhubarb-season-is-here/", `<html><head><title>Rhubarb season</title><meta property="og:type" content="article">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Rhubarb season is here","datePublished":"2025-03-03T09:00:00Z","author":{"@type":"Person","name":"Ana Lima"}},{"@type":"Recipe","name":"Rhubarb crumble","recipeIngredient":["rhubarb","flour"]}]}</script></head><body>` + nav +
			`<article><h1>Rhubarb season is here</h1>` + paragraphs(6) + `<div class="wprm-recipe-container"><h2>Rhubarb crumble</h2><ul><li>rhubarb</li><li>flour</li></ul></div></article></body></html>`, KindArticle},
		{"a contest's entry page at an article-like address", "https://tv.example/contests/fox-44-big-game-giveaway/", `<html><head><title>Big Game Giveaway</title><meta property="og:type" content="article"></head><body>` + nav +
			`<h1>FOX 44 Big Game Giveaway</h1><p>Enter for your chance to win two tickets to the big game and a watch party for ten friends. One entry per person per day; the winner is drawn on March 20, 2025.</p>` +
			`<form class="contest-entry"><label>Name <input name="n"></label><label>Email <input name="e"></label><button>Enter</button></form><p>No purchase necessary. See the official rules for details.</p></body></html>`, KindOther},
		{"a public notice at an article-like address", "https://leader.example/public-notices/shire-council-draft-operational-plan-2025-26/", `<html><head><title>Draft operational plan</title><meta property="og:type" content="article"></head><body>` + nav +
			`<h1>Shire council draft operational plan 2025-26</h1><p class="byline">By Mary Jones, Shire Clerk · March 4, 2025</p>` + paragraphs(3) + `</body></html>`, KindOther},
		{"a story under the traffic desk stays an article", "https://tv.example/traffic/crash-closes-two-lanes-of-the-northern-highway-near-exit-12/", `<html><head><title>Crash closes two lanes</title><meta property="og:type" content="article"></head><body>` + nav +
			`<h1>Crash closes two lanes of the northern highway near exit 12</h1>` + paragraphs(5) + `</body></html>`, KindArticle},
		{"a fact-checker's how-we-work page declared an article, dated only by its revision", "https://checks.example/arbeitsweise/", `<html lang="de"><head><title>So arbeiten wir | Faktenwerk</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>So arbeiten wir</h1><p>Unsere Faktenchecks folgen einem festen Ablauf. Wir wählen Behauptungen aus, die sich viral verbreiten oder von politischer Bedeutung sind, und prüfen sie anhand öffentlich zugänglicher Quellen.</p>` +
			`<p>Jeder Faktencheck wird von einer zweiten Person redigiert. Wir kontaktieren die Urheber der Behauptung, sofern sie erreichbar sind.</p><p>Stand: 10. Januar 2025</p></main></body></html>`, KindAbout},
		{"a letters page: headed items, each signed by its writer", "https://ledger.example/opinion/letters/", `<html><head><title>Letters to the Editor</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Letters to the Editor</h1><p class="dateline">Friday, March 7, 2025</p>` +
			`<article class="letter"><h2>Fare rise hits island families</h2><p>The new ferry fares will cost my family more than two hundred pounds a year. We have no other way to reach the mainland hospital.</p><p class="signoff"><strong>Alan Pryce, Holm Island</strong></p></article>` +
			`<article class="letter"><h2>Praise for the lifeboat crew</h2><p>Thank you to the volunteers who towed my son's dinghy back on Sunday. They deserve every penny we give them.</p><p class="signoff"><strong>Susan Reid, Eastquay</strong></p></article>` +
			`<article class="letter"><h2>Autobuses</h2><p>Coincido con Lucía Arce. Llevo tres semanas llegando tarde al trabajo por culpa de la línea 7, y nadie da explicaciones.</p><p class="signoff"><strong>Pilar Gómez. Santander</strong></p></article></main></body></html>`, KindListing},
		{"a story in headed sections quoting one person each stays an article", "https://news.example/news/what-the-candidates-say-about-the-ferry/", `<html><head><title>What the candidates say</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><article><h1>What the candidates say about the ferry</h1><p class="byline">By Jane Doe, March 7, 2025</p>` + paragraphs(2) +
			`<section><h2>The harbour seat</h2><p>"Fares must come down before the summer," said the sitting councillor, who has held the seat since 2015 and faces two challengers.</p></section>` +
			`<section><h2>The town seat</h2><p>"We need a second boat, not a cheaper ticket," said the challenger, a retired skipper who ran the island's co-op for a decade.</p></section>` +
			`<section><h2>The county seat</h2><p>"Neither will happen without the county's money," said the third candidate, who sits on the transport board.</p></section></article></main></body></html>`, KindArticle},
		{"a data policy at a one-word address of many words", "https://diario.example/politica-de-tratamiento-de-datos/", `<html lang="es"><head><title>Política de tratamiento de datos</title><meta property="og:type" content="article"></head><body>` + nav +
			`<main><h1>Política de tratamiento de datos personales</h1>` + paragraphs(4) + `<p>Última actualización: 10 de enero de 2025</p></main></body></html>`, KindAbout},
		{"a month of a parish council's news archive", "https://parish.example/news/archives/11-2026/", `<html><head><title>November 2026</title></head><body>` + nav +
			`<main><h1>Archives: November 2026</h1>` + paragraphs(3) + `</main></body></html>`, KindArchive},
		{"WordPress page of coming events at its one-word address", "https://village.example/agenda/", `<html lang="fr"><head><title>Agenda</title><meta property="og:type" content="article"></head>` +
			`<body class="page-template-default page">` + nav + `<main><article class="page type-page"><h1 class="entry-title">Agenda</h1><div class="entry-content"><ul><li>Samedi 5 décembre : marché de Noël, salle des fêtes, 10 h – 18 h</li>` +
			`<li>Vendredi 11 décembre : conseil municipal, 20 h 30, à la mairie, ouvert au public</li><li>Dimanche 20 décembre : concert de la chorale, église Saint-Aubin, entrée libre</li></ul></div></article></main></body></html>`, KindListing},
		{"plain long article", "https://news.example/news/council-votes-on-new-bike-lanes", `<html><head><title>Council votes</title></head><body>` + nav + `<h1>Council votes</h1>` + paragraphs(6) + teasers(6, true) + `</body></html>`, KindArticle},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(Input{URL: tt.url, Body: []byte(tt.html)})
			if err != nil && !errors.Is(err, ErrNotArticle) {
				t.Fatalf("Extract(%s) err = %v", tt.url, err)
			}
			if res.Kind != tt.want {
				t.Fatalf("Extract(%s) kind = %q (err %v), want %q", tt.url, res.Kind, err, tt.want)
			}
			if (tt.want == KindArticle) != (err == nil) {
				t.Fatalf("Extract(%s) err = %v for kind %q", tt.url, err, res.Kind)
			}
		})
	}
}

// TestKindDiscovery: how the crawler reached a page tips an ambiguous one.
func TestKindDiscovery(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>`
	thin := `<html><head><title>Climate</title></head><body>` + nav + `<h1>Climate</h1>` + paragraphs(3) + teasers(4, false) + `</body></html>`
	ex := New(DefaultOptions())
	tests := []struct {
		name, url, html, discovery, want string
	}{
		{"thin page, discovery unknown", "https://news.example/climate", thin, "", KindArticle},
		{"thin page from a navigation link", "https://news.example/climate", thin, DiscoveryNav, KindSection},
		{"thin page from a seed", "https://news.example/climate", thin, DiscoverySeed, KindSection},
		{"long listicle from a feed entry", "https://news.example/guides/best-kettles",
			`<html><head><title>The best kettles</title></head><body>` + nav + `<h1>The best kettles</h1>` + teasers(8, true) + paragraphs(10) + `</body></html>`, DiscoveryArticle, KindArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := ex.Extract(Input{URL: tt.url, Body: []byte(tt.html), Discovery: tt.discovery})
			if res.Kind != tt.want {
				t.Errorf("kind = %q, want %q", res.Kind, tt.want)
			}
		})
	}
}

// TestKindShopDated: a shop's page stamped with a date (og:type "article"
// and a publication time, as site engines write on every page) is still
// a product page; a review with a dated byline stays an article.
func TestKindShopDated(t *testing.T) {
	head := `<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z">`
	shop := `<div class="summary"><p class="price"><span itemprop="price">$24.00</span></p><form><button type="submit">Add to cart</button></form></div>`
	ldProduct := `<script type="application/ld+json">{"@type":"Product","name":"Blue kettle","offers":{"@type":"Offer","price":"24.00"}}</script>`
	const u = "https://shop.example/kettles/blue-kettle"
	checkKinds(t, []kindCase{
		{"dated shop page", u, `<html><head><title>Blue kettle</title>` + head + `</head><body><h1>Blue kettle</h1>` + shop + paragraphs(5) + `</body></html>`, KindProduct},
		{"dated page with product JSON-LD and no byline", u, `<html><head><title>Blue kettle</title>` + head + ldProduct + `</head><body><h1>Blue kettle</h1>` + paragraphs(5) + `</body></html>`, KindProduct},
		{"dated review with a byline on a shop page", u, `<html><head><title>Blue kettle review</title>` + head + `<meta name="author" content="Jane Doe"></head><body><h1>Blue kettle review</h1><p class="byline">By Jane Doe</p>` + shop + paragraphs(8) + `</body></html>`, KindArticle},
	})
}

// kindCase is a page and the kind the extractor should give it.
type kindCase struct{ name, url, html, want string }

// checkKinds extracts each case's page and checks its kind, naming the
// rule that decided it (and the page's date) when it is wrong.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	ex := New(DefaultOptions())
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := ex.Extract(Input{URL: tt.url, Body: []byte(tt.html)})
			if res.Kind != tt.want {
				t.Errorf("kind = %q (%s; date %v by %s), want %q", res.Kind, res.Provenance["kind"], res.PublishedAt, res.Provenance["published_at"], tt.want)
			}
		})
	}
}

// TestKindDocsShownDate: a documentation address whose page shows only
// when it was last changed is a manual page; a publication time declared
// in its metadata, a dated byline or a dated address keep a story.
func TestKindDocsShownDate(t *testing.T) {
	nav := `<nav><a href="/docs/">Docs</a> <a href="/docs/install">Install</a></nav>`
	shown := `<p class="updated">Last updated: May 2, 2024</p>`
	checkKinds(t, []kindCase{
		{"manual page with a shown date", "https://tool.example/docs/handbook/config",
			`<html><head><title>Configuration</title></head><body>` + nav + `<main><h1>Configuration</h1>` + shown + paragraphs(8) + `</main></body></html>`, KindDocs},
		{"story with a byline and a date under a docs path", "https://news.example/docs/council-votes",
			`<html><head><title>Council votes</title><meta name="author" content="Jane Doe"></head><body>` + nav + `<main><h1>Council votes</h1><p class="byline">By Jane Doe</p>` + shown + paragraphs(8) + `</main></body></html>`, KindArticle},
	})
}

// TestKindServiceAddress: a page under a firm's, a shop's or an office's
// services, products, categories or departments path is no story when
// only the site's engine dates it or only a contact person is named; a
// dated byline or a story's address keep a story.
func TestKindServiceAddress(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/services/">Services</a></nav>`
	dated := `<meta property="article:published_time" content="2024-05-02T10:00:00Z">`
	author := `<meta name="author" content="Jane Doe">`
	page := func(head, body string) string {
		return `<html><head><title>T</title>` + head + `</head><body>` + nav + `<main>` + body + paragraphs(8) + `</main></body></html>`
	}
	checkKinds(t, []kindCase{
		{"service page its engine dates", "https://firm.example/services/consulting", page(dated, `<h1>Consulting</h1>`), KindOther},
		{"department page naming a contact", "https://city.example/government/departments/building", page(author, `<h1>Building department</h1>`), KindOther},
		{"dated byline under a services path", "https://firm.example/services/consulting-update", page(author+dated, `<h1>Our consulting update</h1><p class="byline">By Jane Doe</p>`), KindArticle},
		{"shop category its engine dates", "https://shop.example/en/c/kettles", page(dated, `<h1>Kettles</h1>`), KindListing},
		{"shop collection its engine dates", "https://shop.example/collections/kettles", page(dated, `<h1>Kettles</h1>`), KindListing},
		{"product page its engine dates", "https://shop.example/products/blue-kettle", page(dated, `<h1>Blue kettle</h1>`), KindProduct},
		{"dated story address under a solutions path", "https://news.example/solutions/how-a-town-rebuilt-its-water-supply", page(dated, `<h1>How a town rebuilt its water supply</h1>`), KindArticle},
		{"story a news script shows by a query id under a service path", "https://world.example/service/news_view.htm?lang=e&Seq_Code=157645", page(dated, `<h1>Colder temperatures forecast</h1>`), KindArticle},
		{"a news list script with a long number in its query is no story address", "https://daily.example/service/articleList.html?page=2&total=123456", page(dated, `<h1>Latest news</h1>`), KindOther},
		{"service page with a short query id", "https://firm.example/services/view.php?id=12", page(dated, `<h1>Consulting</h1>`), KindOther},
		{"product a view script shows under a services path", "https://firm.example/services/product_view.php?id=123456", page(dated, `<h1>Blue kettle</h1>`), KindOther},
	})
}

// TestKindSectionHome: a news section's own address ("/news", "/blog") is
// the section, however much dated prose it shows; a story addressed by a
// query under such a word stays a story.
func TestKindSectionHome(t *testing.T) {
	dated := `<meta property="article:published_time" content="2024-05-02T10:00:00Z">`
	page := func(h1 string) string {
		return `<html><head><title>T</title>` + dated + `</head><body><nav><a href="/">Home</a></nav><main><h1>` + h1 + `</h1><time datetime="2024-05-02">May 2, 2024</time>` + paragraphs(8) + `</main></body></html>`
	}
	checkKinds(t, []kindCase{
		{"news section of a firm", "https://firm.example/news", page("News"), KindSection},
		{"blog home", "https://firm.example/blog/", page("Our blog"), KindSection},
		{"story addressed by a query", "https://paper.example/article?id=123", page("Council votes on the budget"), KindArticle},
	})
}

// TestKindReleasePath: a manual kept for each release of its software is
// documentation when no dated byline marks a story; a dated byline on
// such an address keeps a story.
func TestKindReleasePath(t *testing.T) {
	for seg, want := range map[string]bool{"v2": true, "V10": true, "v1.4": true, "3.12": true, "2.0.1": true, "stable": true,
		"2024": false, "v": false, "version": false, "1..2": false, "12345": false, "latest": false, "vintage": false} {
		if got := releaseSegment(seg); got != want {
			t.Errorf("releaseSegment(%q) = %v, want %v", seg, got, want)
		}
	}
	page := func(head, byline string) string {
		return `<html><head><title>Branches in a Nutshell</title>` + head + `</head><body><nav><a href="/">Home</a></nav><main><h1>Branches in a Nutshell</h1>` + byline + paragraphs(8) + `</main></body></html>`
	}
	checkKinds(t, []kindCase{
		{"book of a release", "https://tool.example/book/en/v2/Branching-Branches-in-a-Nutshell", page("", ""), KindDocs},
		{"dated byline at a release address", "https://tool.example/blog/v2/what-is-new-in-version-two",
			page(`<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-02T10:00:00Z">`, `<p class="byline">By Jane Doe</p>`), KindArticle},
	})
}

// TestKindGlossary: a glossary entry is reference, not a story, unless a
// dated byline marks one.
func TestKindGlossary(t *testing.T) {
	page := func(head string) string {
		return `<html><head><title>Interval training</title>` + head + `</head><body><nav><a href="/">Home</a></nav><main><h1>Interval training</h1>` + paragraphs(8) + `</main></body></html>`
	}
	checkKinds(t, []kindCase{
		{"glossary entry", "https://gym.example/glossary/interval-training", page(""), KindDocs},
		{"dated story under a glossary path", "https://gym.example/glossary/interval-training",
			page(`<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-02T10:00:00Z">`), KindArticle},
	})
}

// TestKindGate: a consent wall or a paywall stub served in place of a
// story is a gate, in the languages of the news; a story about consent,
// and a brief whose paywall pitch follows it, stay stories.
func TestKindGate(t *testing.T) {
	head := `<html><head><title>Council approves harbour budget | Daily Site</title></head><body><header><a href="/">Daily Site</a> <a href="/news">News</a></header>`
	foot := `<footer>© 2025 Daily Site</footer></body></html>`
	story := `<article><h1>Council approves harbour budget</h1><div class="byline">By Jane Doe</div><time datetime="2025-03-03">March 3, 2025</time>`
	tests := []struct {
		name, body, want string
	}{
		{"consent wall", `<div><h2>We value your privacy</h2><p>We and our 842 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers, for personalised advertising and content, advertising and content measurement, audience research and services development.</p><p>With your permission we and our partners may use precise geolocation data. You may click to consent to our and our partners' processing as described above.</p><button>Accept all</button></div>`, KindGate},
		{"consent wall, closing line", `<div class="cmp"><h2>We value your privacy</h2><p>We and our 312 partners store and access information on your device, such as cookies, and process personal data for personalised advertising and content, ad and content measurement and audience research.</p><p>You can accept all, reject all or manage your preferences at any time in our privacy settings.</p></div>`, KindGate},
		{"consent wall, German", `<div><h2>Ihre Privatsphäre ist uns wichtig</h2><p>Wir und unsere 210 Partner speichern Informationen auf Ihrem Gerät, etwa Cookies, und verarbeiten personenbezogene Daten für personalisierte Werbung und Inhalte, Werbe- und Inhaltsmessung sowie Zielgruppenforschung.</p><p>Mit Ihrer Einwilligung können wir und unsere Partner genaue Standortdaten verwenden. Sie können Ihre Zustimmung jederzeit in den Einstellungen widerrufen.</p></div>`, KindGate},
		{"paywall stub", story + `<div class="paywall"><h2>Subscribe to continue reading</h2><p>Get unlimited digital access to Daily Site for just $1 a week. Cancel anytime. Already a subscriber? Log in to continue.</p></div></article>`, KindGate},
		{"paywall stub, French", story + `<div class="paywall"><p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite : accès illimité au site et à l'application, sans engagement.</p><p>Déjà abonné ? Connectez-vous.</p></div></article>`, KindGate},
		{"brief and pitch", story + `<p>The council approved the harbour budget on Tuesday by nine votes to four, after a two-hour debate on the cost of the new quay and the timing of the works, which start in June.</p><p>Subscribe to continue reading our coverage. Already a subscriber? Log in.</p></article>`, KindArticle},
		{"story about consent", story + `<p>The data regulator fined the publisher on Monday for the way its cookie banner asked readers for consent, saying the "reject all" button was hidden behind two clicks while "accept all" sat on the first screen.</p><p>The publisher said it would appeal. Its partners in advertising had relied on the consent it collected to show personalised advertising to millions of readers, the regulator found.</p><p>Consumer groups welcomed the decision. The regulator said it was examining the banners of twelve other news sites and would publish its findings in the autumn.</p><p>The fine of 4.2 million euros is the largest the regulator has imposed on a media company, and the first under its new guidance.</p></article>`, KindArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := New(DefaultOptions()).Extract(Input{URL: "https://daily.example/news/2025/council-approves-harbour-budget", Body: []byte(head + tt.body + foot), Discovery: DiscoveryArticle})
			if res == nil || res.Kind != tt.want {
				var kind, why string
				if res != nil {
					kind, why = res.Kind, res.Provenance["kind"]
				}
				t.Errorf("kind = %q (%s), want %q", kind, why, tt.want)
			}
		})
	}
}

// TestGateTextLanguages: consent notices and paywall pitches as sites of
// the news write them, in their languages.
func TestGateTextLanguages(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Tu privacidad es importante\nNosotros y nuestros 150 socios almacenamos y accedemos a información en tu dispositivo, como cookies, y tratamos datos personales para publicidad y contenido personalizados, medición de publicidad y contenido e investigación de audiencia.\nPuedes aceptar todo, rechazar todo o gestionar tus preferencias en cualquier momento."},
		{"it", "La tua privacy è importante per noi\nNoi e i nostri 200 partner archiviamo e accediamo a informazioni sul tuo dispositivo, come i cookie, e trattiamo dati personali per annunci e contenuti personalizzati, misurazione di annunci e contenuti.\nPuoi accettare tutto, rifiutare tutto o gestire le tue preferenze."},
		{"fr", "Vos données, vos choix\nNous et nos 300 partenaires stockons et accédons à des informations sur votre appareil, telles que les cookies, et traitons des données personnelles pour la publicité et le contenu personnalisés.\nVous pouvez tout accepter, tout refuser ou paramétrer vos choix."},
		{"pl", "Twoja prywatność jest dla nas ważna\nMy i nasi partnerzy przechowujemy informacje na Twoim urządzeniu, takie jak pliki cookie, i przetwarzamy dane osobowe w celu wyświetlania spersonalizowanych reklam i treści.\nMożesz zaakceptować wszystko lub zarządzać ustawieniami."},
		{"ru", "Мы ценим вашу конфиденциальность\nМы и наши партнеры храним информацию на вашем устройстве, например файлы cookie, и обрабатываем персональные данные для персонализированной рекламы и контента.\nВы можете принять все или настроить параметры."},
		{"tr", "Gizliliğinize önem veriyoruz\nBiz ve iş ortaklarımız, çerezler gibi cihazınızdaki bilgileri saklar ve kişisel verileri kişiselleştirilmiş reklam ve içerik için işleriz.\nTümünü kabul edebilir veya tercihlerinizi yönetebilirsiniz."},
		{"nl", "Wij waarderen je privacy\nWij en onze partners slaan informatie op je apparaat op, zoals cookies, en verwerken persoonsgegevens voor gepersonaliseerde advertenties en content.\nJe kunt alles accepteren of je voorkeuren beheren."},
		{"pt", "Valorizamos a sua privacidade\nNós e os nossos parceiros armazenamos informações no seu dispositivo, como cookies, e tratamos dados pessoais para publicidade e conteúdo personalizados.\nPode aceitar tudo ou gerir as suas preferências."},
		{"ja", "お客様のプライバシーについて\n当社および当社のパートナーは、クッキーなどの情報をお客様の端末に保存し、パーソナライズされた広告やコンテンツのために個人情報を処理します。\nすべて同意するか、設定を管理できます。"},
		{"de-paywall", "Jetzt weiterlesen mit SZ Plus\nAlle Artikel auf SZ.de und in der App. Jederzeit kündbar.\nBereits Abonnent? Hier anmelden."},
		{"es-paywall", "Este contenido es exclusivo para suscriptores\nSuscríbete para seguir leyendo: acceso ilimitado a todos los contenidos.\n¿Ya eres suscriptor? Inicia sesión."},
		{"it-paywall", "Questo articolo è riservato agli abbonati\nAbbonati per continuare a leggere: accesso illimitato a tutti i contenuti.\nSei già abbonato? Accedi."},
		{"ru-paywall", "Этот материал доступен только для подписчиков\nОформите подписку, чтобы продолжить чтение: полный доступ ко всем материалам.\nУже подписаны? Войдите."},
		{"nl-paywall", "Dit artikel is alleen voor abonnees\nWord abonnee en lees verder met onbeperkt toegang tot alle artikelen.\nAl abonnee? Log in."},
	} {
		want := "consent notice"
		if strings.HasSuffix(c.lang, "-paywall") {
			want = "subscription pitch"
		}
		if got := gateText(c.text, 200); got != want {
			t.Errorf("%s: gateText = %q, want %q", c.lang, got, want)
		}
	}
}

// TestConsentBannerNotBody: a cookie banner whose class names neither
// cookies nor consent, longer than the page's short story, is not taken
// for the story's text; a consent wall with nothing else stays a gate.
func TestConsentBannerNotBody(t *testing.T) {
	banner := `<div class="pea_cook_wrapper pea_cook_bottomright"><p>Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir Informationen zur Nutzung unserer Website an unsere Partner für soziale Medien, Werbung und Analysen weiter.</p>` +
		`<p>Die Cookie-Einstellungen auf dieser Website sind auf "Cookies zulassen" eingestellt, um das beste Surferlebnis zu ermöglichen. Wenn du diese Website ohne Änderung der Cookie-Einstellungen verwendest oder auf "Akzeptieren" klickst, erklärst du dich damit einverstanden.</p><button>Akzeptieren</button></div>`
	story := `<article><h1>Folge 82: Gründe zum Weiterhören</h1><p class="meta">Von Petra Lang, 3. März 2025</p>` +
		`<p>In dieser Folge erzählen wir, warum wir nach zweiundachtzig Folgen noch immer Lust haben, jede Woche über unsere Stadt zu reden. Es geht um den Markt am Samstag, um den Streit über die neue Brücke und um die Frage, wer eigentlich die Musik im Intro ausgesucht hat.</p>` +
		`<p>Außerdem beantworten wir eure Fragen aus der letzten Woche und verraten, welche Gäste im Frühjahr kommen.</p></article>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://podcast.example/folge-82-gruende-zum-weiterhoeren/", Body: []byte(`<html lang="de"><head><title>Folge 82: Gründe zum Weiterhören</title></head><body>` + story + banner + `</body></html>`)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	if res.Kind == KindGate || strings.Contains(res.Text, "Cookies") || !strings.Contains(res.Text, "zweiundachtzig Folgen") {
		t.Errorf("story under a cookie banner: kind %s (%s), text %q", res.Kind, res.Provenance["kind"], res.Text)
	}
	res, err = New(DefaultOptions()).Extract(Input{URL: "https://podcast.example/folge-83/", Body: []byte(`<html lang="de"><head><title>Folge 83</title></head><body>` + banner + `</body></html>`)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	if res.Kind != KindGate {
		t.Errorf("consent wall alone: kind %s (%s), want gate", res.Kind, res.Provenance["kind"])
	}
}

// TestConsentStoryKept: a story about cookie banners keeps its paragraphs
// on consent, and a box of them without a control to answer them.
func TestConsentStoryKept(t *testing.T) {
	page := `<html lang="de"><head><title>EU will Cookie-Banner vereinfachen</title></head><body><article><h1>EU will Cookie-Banner vereinfachen</h1>` +
		`<p>Brüssel will die Zustimmung zu Cookies neu regeln. Nutzer sollen ihre Einwilligung zur Verarbeitung personenbezogener Daten künftig einmal im Browser geben, statt auf jeder Website Cookies zu akzeptieren oder abzulehnen.</p>` +
		`<div class="zitat"><p>Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren: Dieser Satz steht auf fast jeder Website, sagt die Kommissarin.</p></div>` +
		`<p>Datenschützer begrüßen den Vorschlag, die Werbewirtschaft warnt dagegen vor Einnahmeverlusten für Verlage und kleine Anbieter im Netz, die von personalisierter Werbung leben.</p></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://zeitung.example/digital/eu-cookie-banner-100.html", Body: []byte(page)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	for _, want := range []string{"Brüssel will", "Dieser Satz steht", "Datenschützer begrüßen"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("story on consent lost %q: %q", want, res.Text)
		}
	}
}

// TestShortStoryBesideSidebarForm: a short story (three paragraphs of
// Korean, 200 characters) on a page whose sidebar holds a newsletter
// form keeps its text and is an article: the form is not beside the
// story's lines.
func TestShortStoryBesideSidebarForm(t *testing.T) {
	body := `<p>시는 내년 1월부터 심야버스 노선을 현재 8개에서 16개로 늘린다고 3일 밝혔다. 새 노선은 대학가와 산업단지, 신도시를 중심으로 운행될 예정이다.</p>` +
		`<p>시 관계자는 밤늦게 귀가하는 시민들이 택시를 잡기 어렵다는 민원이 크게 늘어 노선 확대를 결정했다고 설명했다. 심야버스는 자정부터 새벽 4시까지 30분 간격으로 운행된다.</p>` +
		`<p>요금은 일반 시내버스보다 500원 비싼 2,000원으로 책정됐다. 시는 운행 결과를 분석해 이용객이 많은 노선의 배차 간격을 더 줄일 계획이다.</p>`
	doc := `<html lang="ko"><head><title>심야버스 노선 두 배로 확대 | 한빛일보</title><meta property="og:type" content="article"></head><body><div class="container"><main><article>` +
		`<h1>심야버스 노선 두 배로 확대</h1><ul class="info"><li>김민수 기자</li><li>입력 2025. 3. 4. 16:05</li></ul><div class="article-body">` + body + `</div></article></main>` +
		`<aside class="sidebar"><div class="newsletter-signup"><p>매일 아침 주요 뉴스를 이메일로 받아보세요.</p><form action="/newsletter/"><input type="email" name="email"><button>구독</button></form></div></aside></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example.kr/news/articleView/40500/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != KindArticle || !strings.Contains(res.Text, "요금은 일반") {
		t.Errorf("Kind = %s (%s), text %q; want an article with its text", res.Kind, res.Provenance["kind"], res.Text)
	}
}

// TestKindCorrectionsPage: a paper's corrections page, dated notes under a
// headline, is not a story.
func TestKindCorrectionsPage(t *testing.T) {
	doc := `<html lang="en"><head><title>Corrections and clarifications</title></head><body><main><h1>Corrections and clarifications</h1>` +
		`<p>The Courier-Journal is committed to accuracy. When we get something wrong, we correct it here.</p>` +
		`<div class="correction"><p class="date">March 4, 2025</p><p>A story on Monday about the ferry misstated its length. It is 62 metres long.</p></div>` +
		`<div class="correction"><p class="date">February 27, 2025</p><p>A caption on Thursday misnamed the harbour master. She is Ana Ruiz.</p></div></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://courier.example/corrections/", Body: []byte(doc)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	if res.Kind == KindArticle {
		t.Errorf("Kind = %s (%s), want a non-article", res.Kind, res.Provenance["kind"])
	}
}

// TestFormBoxInShortStory: a newsletter box with a form set between the
// paragraphs of a short story (two paragraphs of Bengali) takes its own
// lines out, not the story's: the story is stored whole.
func TestFormBoxInShortStory(t *testing.T) {
	doc := `<html lang="bn"><head><title>সুন্দরবনে মধু আহরণ মৌসুম শুরু হচ্ছে</title><meta property="og:type" content="article"></head><body><main><article><h1>সুন্দরবনে মধু আহরণ মৌসুম শুরু হচ্ছে</h1>` +
		`<p class="lead">সুন্দরবনে এ বছরের মধু আহরণ মৌসুম শুরু হবে পয়লা এপ্রিল থেকে। বন বিভাগ মৌয়ালদের জন্য পাস দেওয়া শুরু করেছে।</p>` +
		`<div class="info"><p class="author">লেখক: শিরিন আক্তার</p><span class="date">প্রকাশ: ০৯ মার্চ ২০২৫, ১৫:০০</span></div><figure><img src="/media/990286.jpg" alt=""><figcaption>ছবি: সংগৃহীত</figcaption></figure><div class="text">` +
		`<p>গত বছর সুন্দরবন থেকে প্রায় তিন হাজার কুইন্টাল মধু সংগ্রহ করা হয়েছিল। এবার উৎপাদন আরও বাড়বে বলে আশা করা হচ্ছে।</p>` +
		`<div class="related">আরও পড়ুন: <a href="/khulna/article/868100/">খুলনা বিশ্ববিদ্যালয়ে নতুন গবেষণাগার উদ্বোধন</a></div>` +
		`<div class="newsletter-box"><h4>নিউজলেটার</h4><p>প্রতিদিনের গুরুত্বপূর্ণ খবর পেতে আমাদের নিউজলেটারে সাইন আপ করুন।</p><form><input type="email" name="email"><button>OK</button></form></div>` +
		`<p>বন কর্মকর্তারা মৌয়ালদের বাঘ ও ডাকাতের ঝুঁকি সম্পর্কে সতর্ক থাকার পরামর্শ দিয়েছেন।</p></div></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://khobor.example/khulna/article/990286/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != KindArticle || !strings.Contains(res.Text, "বন কর্মকর্তারা") || strings.Contains(res.Text, "সাইন আপ") {
		t.Errorf("Kind = %s (%s), text %q; want an article with both paragraphs and without the sign-up line", res.Kind, res.Provenance["kind"], res.Text)
	}
}

func TestArchivePath(t *testing.T) {
	for path, want := range map[string]bool{
		"archive": true, "archive/2025/12": true, "news/archives/11-2026": true, "archiv/2025-11": true,
		"news/archive": true, "news/archive/how-we-built-it": false, "archive/some-story": false, "news/2025-11": false,
		"a/b/archive/2025": false,
	} {
		if got := archivePath(strings.Split(path, "/")); got != want {
			t.Errorf("archivePath(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestKindDateArchive: a blog's month at its date address, its posts in
// full with their dates and bylines, is an archive; a story whose address
// is dated and ends in its slug is not.
func TestKindDateArchive(t *testing.T) {
	post := func(day int) string {
		return fmt.Sprintf(`<h2 class="date-header">Dienstag, %02d. März 2025</h2><div class="entry"><h3 class="entry-header">Schulbus fährt wieder am Tag %d</h3><div class="entry-body">%s</div><p class="entry-footer">Geschrieben von Jens Köhler um 10:15 | <a href="/archives/2025/03/schulbus_%d.html">Permalink</a></p></div>`, day, day, paragraphs(8), day)
	}
	page := `<html lang="de"><head><title>Ohmtal-Blog: März 2025 Archiv</title></head><body><h1 id="banner-header"><a href="/">Ohmtal-Blog</a></h1><div id="content">` + post(4) + post(7) + post(10) + `</div></body></html>`
	checkKinds(t, []kindCase{
		{"month of a blog, posts in full", "https://ohmtal.example/archives/2025/03/", page, KindArchive},
	})
	story := `<html lang="de"><head><title>Schulbus fährt wieder</title></head><body><h1>Schulbus fährt wieder über die Ortsumgehung</h1><p>Geschrieben von Jens Köhler am 4. März 2025</p>` + paragraphs(5) + `</body></html>`
	checkKinds(t, []kindCase{
		{"dated story address", "https://ohmtal.example/2025/03/04/schulbus-faehrt-wieder/", story, KindArticle},
	})
}

// TestKindColophon checks that a page whose text read is only the site's
// footer (its copyright, "powered by", the page's making) is no story,
// while a short signed and dated story whose photo credit names a
// copyright still is. The first page is a PHP-Nuke "send to a friend"
// form, saved from the test web cn.
func TestKindColophon(t *testing.T) {
	friend, err := os.ReadFile("testdata/phpnuke-friend.html")
	if err != nil {
		t.Fatal(err)
	}
	footer := `<br><center><font class="footmsg">All logos and trademarks in this site are property of their respective owner. The comments are property of their posters, all the rest &copy; 2003-2025 by Harbour Online<br>Web site powered by PHP-Nuke<br>Page Generation: 0.21 Seconds</font></center>`
	brief := `<html lang="en"><head><title>Ferry returns to service</title></head><body><article><h1>Ferry returns to service after repairs</h1><p class="byline">By Jane Doe, March 4, 2025</p>` +
		`<p>The island ferry returned to service on Tuesday after three weeks of repairs to its engine, the operator said, and timetables are back to normal.</p>` +
		`<p class="credit">Photo: © 2025 Harbour Photo Agency, all rights reserved, used with the kind permission of the photographer and the operator</p></article>` + footer + `</body></html>`
	checkKinds(t, []kindCase{
		{"a send-to-a-friend form over the footer", "http://127.0.8.22:18163/friend-article57.html", string(friend), KindOther},
		{"a signed, dated brief with a photo credit", "https://harbour.example/news/ferry-returns", brief, KindArticle},
	})
}

// TestKindAuthorPageOgArticle checks an author's page whose engine writes
// og:type "article" on every page (saved from the test web cr): a short
// bio over her stories' teasers is her page, not a story; a signed and
// dated story that the same engine files under a writer's address stays
// a story.
func TestKindAuthorPageOgArticle(t *testing.T) {
	author, err := os.ReadFile("testdata/og-article-author.html")
	if err != nil {
		t.Fatal(err)
	}
	head := `<meta property="og:type" content="article"><meta property="og:site_name" content="L'Écho du Léman">`
	story := `<html lang="fr"><head><title>Le billet de Claire Dufour</title>` + head + `</head><body><main><article><h1>Le lac, les frontaliers et la navette du matin</h1>` +
		`<p class="signature">Par Claire Dufour, le 5 mars 2025</p>` + paragraphs(6) + `</article></main></body></html>`
	checkKinds(t, []kindCase{
		{"an author's page under og:type article", "http://127.0.8.106:18167/auteur/claire-dufour/", string(author), KindAuthor},
		{"a signed, dated column at a writer's address", "https://echo.example/auteur/claire-dufour/le-lac-les-frontaliers-et-la-navette-du-matin/", story, KindArticle},
	})
}

// TestKindEditionAndNotices: the printed edition's replica and the public
// notices page of a local paper, which its engine dates and renders on
// the story template, are no stories.
func TestKindEditionAndNotices(t *testing.T) {
	page := func(title, text string) string {
		return `<html lang="en"><head><title>` + title + `</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article><h1>` + title + `</h1>` +
			`<p class="date">March 8, 2025</p><p>` + text + `</p><p>` + text + `</p></article></main></body></html>`
	}
	checkKinds(t, []kindCase{
		{"e-edition", "https://thumb.example/eedition/", page("eEdition", "Read today's print edition page by page, as it came off the press, on your computer, tablet or phone. Subscribers sign in with their account."), KindOther},
		{"public notices", "https://courrier.example/avis-publics/", page("Avis publics", "Avis public est donné par la présente que le conseil municipal tiendra une séance extraordinaire le mardi suivant à la salle du conseil, à dix-neuf heures trente."), KindOther},
	})
}

// TestKindGallery: a photo gallery, its captions counted one by one under
// a short intro (a newspaper chain's slideshow page), is no story; a story
// with a slideshow inside its text stays one.
func TestKindGallery(t *testing.T) {
	slides := func(n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, `<figure class="gallery-item"><img src="/g/%d.jpg" alt=""><figcaption>Anglers on the harbour wall at the perch derby, picture %d.</figcaption><span class="count">%d of %d</span></figure>`, i, i, i, n)
		}
		return b.String()
	}
	gallery, err := os.ReadFile("testdata/gallery-counted.html") // saved from the test web cs
	if err != nil {
		t.Fatal(err)
	}
	story := `<html lang="en"><head><title>Perch derby draws record crowd</title></head><body><main><article><h1>Perch derby draws record crowd</h1><p class="byline">By Jane Doe, March 8, 2025</p>` + paragraphs(6) + `<div class="gallery">` + slides(5) + `</div>` + paragraphs(2) + `</article></main></body></html>`
	checkKinds(t, []kindCase{
		{"a gallery", "http://127.0.8.125:18168/news/slideshow/photos-caseville-perch-derby-2025-298112/", string(gallery), KindOther},
		{"a story with a slideshow", "https://tribune.example/news/article/perch-derby-draws-record-crowd-298113.php", story, KindArticle},
	})
	for _, l := range []string{"3 of 7", "3/7", "3 von 7"} {
		if _, _, ok := slideCounter(l); !ok {
			t.Errorf("slideCounter(%q): not read", l)
		}
	}
	if _, _, ok := slideCounter("Top 10 of 2025"); ok {
		t.Error(`slideCounter("Top 10 of 2025") read as a counter`)
	}
}
