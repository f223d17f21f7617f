package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestPickTitle covers the headline choice between <h1>, JSON-LD and the
// declared titles.
func TestPickTitle(t *testing.T) {
	body := strings.Repeat("<p>The council met on the harbour plan and voted after a long debate about costs and jobs in the town.</p>\n", 6)
	page := func(head, h1 string) []byte {
		return []byte("<html><head>" + head + "</head><body><header><a href=\"/\">Home</a></header><article>" + h1 + body + "</article></body></html>")
	}
	tests := []struct {
		name, url, head, h1, want string
	}{
		{"json-ld headline cut short yields to og:title", "https://blog.example/fix-it-friday",
			`<title>Fix It Friday: How To Arrange Your Living Room (Including One Universal Trick) - Emily Blog</title>` +
				`<meta property="og:title" content="Fix It Friday: How To Arrange Your Living Room (Including One Universal Trick) - Emily Blog">` +
				`<meta property="og:site_name" content="Emily Blog">` +
				`<script type="application/ld+json">{"@type":"Article","headline":"Fix It Friday: How To Arrange Your Living Room (Including"}</script>`,
			"", "Fix It Friday: How To Arrange Your Living Room (Including One Universal Trick)"},
		{"a title of names only beside the headline", "https://ec.example/presscorner/detail/en/statement_25_655",
			`<title>Press corner | European Commission</title>`,
			`<h1 class="ecl-page-header__title">Statement on the agreement to protect the Baltic Sea from ammunition dumped after the war</h1>`,
			"Statement on the agreement to protect the Baltic Sea from ammunition dumped after the war"},
		{"Korean-style angle-bracket trail, the site's logo in the h1", "https://harbour.example/transport/2025/05/ferry-0/",
			`<title>New ferry route to the islands approved < Transport < Harbour Light</title>`,
			`<h1 class="logo"><a href="/">Harbour Light</a></h1><h2 class="entry-title">New ferry route to the islands approved</h2>`,
			"New ferry route to the islands approved"},
		{"h1 repeating the title with its site parts", "https://health.example/children/sleep",
			`<title>How to help babies sleep through the night | Patient Education | Children's Hospital</title>`,
			`<h1>How to help babies sleep through the night | Patient Education | Children's Hospital</h1>`,
			"How to help babies sleep through the night"},
		{"h1 repeating a title with a colon keeps it", "https://mag.example/awards/oral-care",
			`<title>The 2024 Mag Beauty Awards: The Best Oral Care Products</title><meta property="og:site_name" content="Mag">`,
			`<h1>The 2024 Mag Beauty Awards: The Best Oral Care Products</h1>`,
			"The 2024 Mag Beauty Awards: The Best Oral Care Products"},
		{"all-capitals sole h1 takes the declared case", "https://coffee.example/best-drip",
			`<title>Best Drip Coffee Makers Tested by Our Team</title>`,
			`<h1>BEST DRIP COFFEE MAKERS TESTED BY OUR TEAM</h1>`,
			"Best Drip Coffee Makers Tested by Our Team"},
		{"a heading naming the site is not the headline segment", "https://www.soundstagexperience.com/features/686-the-five-best",
			`<title>SoundStage! Xperience | The Five Best Noise-Canceling Headphones (According to Me)</title>`,
			`<h2>SoundStage! Xperience</h2>`,
			"The Five Best Noise-Canceling Headphones (According to Me)"},
		{"a sole h1 deep in the text is a subheading", "https://blog.example/2025/12/19/what-people-love",
			`<title>What do people love about the harbour? | Harbour Blog</title>`,
			body + body + `<h1>But what they love is the sense of space</h1>`,
			"What do people love about the harbour?"},
		{"h1 with a source credit and a comment count glued on", "https://tech.example/story/25/12/19/grads-jobs",
			`<title>Computer Science Grads Find Their Degrees No Longer Guarantee Jobs - Tech Example</title>`,
			`<h1>Computer Science Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>`,
			"Computer Science Grads Find Their Degrees No Longer Guarantee Jobs"},
		{"h1 with characters turned into question marks", "https://school.example/blog/event-planning",
			`<title>What Are The Basics Of Event Planning: Beginner’s Guide</title>`,
			`<h1>What Are The Basics Of Event Planning? Beginner? Guide</h1>`,
			"What Are The Basics Of Event Planning: Beginner’s Guide"},
		{"a domain before the headline", "https://davidbau.example/archives/2025/12/16/vibe_coding.html",
			`<title>davidbau.example Vibe Coding Is Here</title>`,
			`<h1><a href="/">davidbau.example</a></h1>`,
			"Vibe Coding Is Here"},
		{"a double-encoded title", "https://money.example/best-retirement-calculators",
			"<title>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators | Money Example</title>",
			"<h1>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators</h1>",
			"A DIY Investor’s Guide to Retirement Calculators"},
		{"an h1 in a sidebar box does not compete with the headline", "https://money.example/retirement-calculators-2025",
			`<title>A Guide to Retirement Calculators 2025 | Money Example</title>`,
			`<h1>A Guide to Retirement Calculators in 2025</h1><aside class="signup"><h1>Free Boot Camp Email Course</h1><p>Sign up now.</p></aside>`,
			"A Guide to Retirement Calculators in 2025"},
		{"an h1 of title and subtitle spans keeps the declared separator", "https://blogs.example/2016/02/09/what-tutoring-is",
			`<title>What Tutoring Is and What It Is Not. - Choosing a good, effective tutor - School of Science</title>` +
				`<meta property="og:title" content="What Tutoring Is and What It Is Not. - Choosing a good, effective tutor">`,
			`<h1><span>What Tutoring Is and What It Is Not.</span> <span>Choosing a good, effective tutor</span></h1>`,
			"What Tutoring Is and What It Is Not. - Choosing a good, effective tutor"},
		{"an all-capitals h1 takes each word's declared case", "https://run.example/beginner-plan",
			`<title>Marathon Beginner Plan</title>`,
			`<h1>BEGINNER MARATHON PLAN</h1>`,
			"Beginner Marathon Plan"},
		{"an all-capitals h1 with one word more takes the declared title", "https://coffee.example/best-drip-2026",
			`<title>Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros</title>`,
			`<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>`,
			"Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros"},
		{"a declared title that adds the year to the h1", "https://seniors.example/insurance/travel/best",
			`<title>Best Travel Insurance for Seniors in 2025</title>`,
			`<h1>Best Travel Insurance for Seniors</h1>`,
			"Best Travel Insurance for Seniors in 2025"},
		{"a declared title that adds a tagline to the h1 yields to it", "https://gear.example/best-hammocks",
			`<title>Best Camping Hammocks of 2026, Tested & Reviewed</title>`,
			`<h1>Best Camping Hammocks of 2026</h1>`,
			"Best Camping Hammocks of 2026"},
		{"a kicker in its own element inside the h1", "https://apps.example/stories/klatch-coffee",
			`<title>Klatch Coffee Roasters | App Stories</title>`,
			`<h1><div class="kicker">Get that tech stack</div> <span>Klatch Coffee Roasters</span></h1>`,
			"Klatch Coffee Roasters"},
		{"a kicker the declared title puts after the headline", "https://nachrichten.example/investigativ/daten-gehackt-100.html",
			`<meta property="og:title" content="Daten von Rheinmetall gehackt - Interne Unterlagen im Netz"><title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | nachrichten.example</title>`,
			`<h1> <span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span> </h1>`,
			"Daten von Rheinmetall gehackt"},
		{"a kicker before bare headline text with soft hyphens", "https://kammer.example/texte/erinnerung",
			`<meta property="og:title" content="Erinnerung an die Opfer der NS-Verbrechen"><title>Kammer - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen</title>`,
			"<h1><em>Holocaust-Gedenktag </em>Er\u00adin\u00adne\u00adrung an die Op\u00adfer der NS-Ver\u00adbre\u00adchen</h1>",
			"Erinnerung an die Opfer der NS-Verbrechen"},
		{"a kicker marked by its class, with a separator for screen readers", "https://zeitung.example/2019/43/klimaschutz-banken",
			`<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"><title>Klimaschutz: Bohren, bis es heiß wird | ZEITUNG</title>`,
			`<h1 class="article-heading"><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>`,
			"Bohren, bis es heiß wird"},
		{"a kicker in a <small> inside the headline's span", "https://swim.example/training/lagen-pyramide",
			`<title>Einheit der Woche | Lagen-Pyramide mit GA2 - SWIM</title>`,
			`<h1 class="single-post-title"><span class="post-title" itemprop="headline"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>`,
			"Lagen-Pyramide mit GA2"},
		{"a topline the declared title leaves out", "https://magazin.example/news/luftfahrt-hebt-ab",
			`<title>Luftfahrtbranche hebt nach Corona ab | MAGAZIN</title>`,
			`<h1><span class="headline headline--topline">Auftragshoch bei FACC</span> <span class="headline headline--colon">: </span> <span class="headline">Luftfahrtbranche hebt nach Corona ab</span></h1>`,
			"Luftfahrtbranche hebt nach Corona ab"},
		{"a forum thread's prefix label", "https://game.example/forums/threads/patchnotes-4-47-4.3976/",
			`<title>Patchnotes 4.47.4 - Bugfix Build | Game Forums</title>`,
			`<h1 class="p-title-value"><a href="/forums/threads/patchnotes-4-47-4.3976/"><span class="label label--blue" dir="auto">Patch Notes</span><span class="label-append">&nbsp;</span>Patchnotes 4.47.4 - Bugfix Build</a></h1>`,
			"Patchnotes 4.47.4 - Bugfix Build"},
		{"a span that is no kicker stays in the headline", "https://news.example/2025/03/vote",
			`<title>Council: the vote is delayed | News</title>`,
			`<h1><span class="lead">Council</span>: the vote is delayed</h1>`,
			"Council: the vote is delayed"},
		{"two spans the declared title joins in the same order stay one title", "https://books.example/reviews/quiet-harbour",
			`<title>The Quiet Harbour - A Novel of the Sea | Books Example</title>`,
			`<h1><span>The Quiet Harbour</span> <span>A Novel of the Sea</span></h1>`,
			"The Quiet Harbour - A Novel of the Sea"},
		{"a subtitle in its own element inside the h1", "https://news.example/2026/harbour-vote",
			`<title>Council delays the harbour vote - News Example</title>`,
			`<h1>Council delays the harbour vote <small>Costs and jobs weigh on the plan</small></h1>`,
			"Council delays the harbour vote"},
		{"an h2 showing the declared title outranks a label h1", "https://baby.example/tips/toddler-own-bed",
			`<title>How To Get Toddlers To Sleep In Their Own Bed | Baby Example</title>`,
			`<h1>Toddler Sleep Training</h1><h2>How To Get Toddlers To Sleep In Their Own Bed</h2>`,
			"How To Get Toddlers To Sleep In Their Own Bed"},
		// A headline's part after a dash is part of it (news sets two
		// clauses so); only a site's name comes off.
		{"an h1 with a shorter part after a dash keeps it", "https://gym.example/blog/beginner-workouts",
			`<title>Gym Workouts for Beginners — Strength Training - Gym Example</title><meta property="og:site_name" content="Gym Example">`,
			`<h1>Gym Workouts for Beginners — Strength Training</h1>`,
			"Gym Workouts for Beginners — Strength Training"},
		{"a news headline of two clauses keeps both", "https://zeitung.example/politik/scholz-unter-druck-koalition-wackelt",
			`<title>Scholz unter Druck – Koalition wackelt | Zeitung Example</title><meta property="og:site_name" content="Zeitung Example">`,
			`<h1>Scholz unter Druck – Koalition wackelt</h1>`,
			"Scholz unter Druck – Koalition wackelt"},
		{"an h1 whose part after the dash is as long keeps it", "https://apps.example/blog/ml-shopping",
			`<title>How Machine Learning Is Shaping Shopping – 10 Benefits, Use Cases, Best Practices</title>`,
			`<h1>How Machine Learning Is Shaping Shopping – 10 Benefits, Use Cases, Best Practices</h1>`,
			"How Machine Learning Is Shaping Shopping – 10 Benefits, Use Cases, Best Practices"},
		{"an h1 with a short head before the dash keeps it", "https://green.example/zero-waste",
			`<title>Zero Waste - A Beginner's Guide</title>`,
			`<h1>Zero Waste - A Beginner's Guide</h1>`,
			"Zero Waste - A Beginner's Guide"},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		res, _ := ex.Extract(Input{URL: tt.url, Body: page(tt.head, tt.h1)})
		if res == nil {
			t.Fatalf("%s: no result", tt.name)
		}
		if res.Title != tt.want {
			t.Errorf("%s: title %q (via %s), want %q", tt.name, res.Title, res.Provenance["title"], tt.want)
		}
		if tt.h1 != "" && strings.Contains(res.Text, "Strength Training") {
			t.Errorf("%s: the headline line stayed in the body: %q", tt.name, res.Text)
		}
	}
}

// TestCutTitleDate: a day written before or after the headline comes off
// the title and dates the story; a month, a year or a date that is the
// headline's subject stays.
func TestCutTitleDate(t *testing.T) {
	body := paragraphs(6)
	for _, c := range []struct {
		name, h1, title, day string
	}{
		{"day before the headline", "23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln", "Dorothea Wierer darf beim Abschluss noch jubeln", "2022-01-23"},
		{"day after the headline", "Online-Fachtag zum Intersex Day of Remembrance | 08.11.2021", "Online-Fachtag zum Intersex Day of Remembrance", "2021-11-08"},
		{"named month and day", "3 March 2025: Council approves the harbour plan", "Council approves the harbour plan", "2025-03-03"},
		{"a month is no day", "March 2025: Council approves the harbour plan", "March 2025: Council approves the harbour plan", ""},
		{"a year is no day", "2025 - The year the harbour plan passed", "2025 - The year the harbour plan passed", ""},
		{"too little headline left", "23.01.2022 - Jubel", "23.01.2022 - Jubel", "2022-01-23"},
	} {
		page := `<html><head><title>` + c.h1 + ` - Verein</title></head><body><article><h1>` + c.h1 + `</h1>` + body + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://verein.example/newsroom/story", Body: []byte(page)})
		if err != nil && !errors.Is(err, ErrNotArticle) {
			t.Fatal(err)
		}
		if res.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, res.Title, c.title)
		}
		if day := publishedDay(res); day != c.day {
			t.Errorf("%s: date %q (%s), want %q", c.name, day, res.Provenance["published_at"], c.day)
		}
	}
}

// TestHeadlineDate: a date set in its own element inside the headline's
// element dates the story when the page shows no other.
func TestHeadlineDate(t *testing.T) {
	page := `<html><head><title>Zuschauer kehren in die Hallen zurück - Il Corriere di Valle 7</title></head><body><div class="article"><h1>Zuschauer kehren in die Hallen zurück<br><small><span class="icon"></span> 02.02.2022 • <span class="cat">Verband</span></small></h1>` + paragraphs(6) + `</div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://verband.example/aktuell/detail/news/zuschauer", Body: []byte(page)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	if res.PublishedAt == nil || res.PublishedAt.Format("2006-01-02") != "2022-02-02" {
		t.Fatalf("date %v (%s), want 2022-02-02", res.PublishedAt, res.Provenance["published_at"])
	}
	if res.Title != "Zuschauer kehren in die Hallen zurück" {
		t.Errorf("title %q (%s), want the headline without its dateline", res.Title, res.Provenance["title"])
	}
}

// TestDeclaredTitleDate: a day the declared titles write before the
// headline dates the story when the <h1> shows the headline alone.
func TestDeclaredTitleDate(t *testing.T) {
	page := `<html><head><title>08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance: Portal</title>` +
		`<meta property="og:title" content="08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance"></head>` +
		`<body><main><h1>Online-Fachtag zum Intersex Day of Remembrance</h1>` + paragraphs(6) + `</main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://portal.example/aktuelles/online-fachtag", Body: []byte(page)})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		t.Fatal(err)
	}
	if res.Title != "Online-Fachtag zum Intersex Day of Remembrance" {
		t.Errorf("title %q", res.Title)
	}
	if res.PublishedAt == nil || res.PublishedAt.Format("2006-01-02") != "2021-11-08" {
		t.Errorf("date %v (%s), want 2021-11-08", res.PublishedAt, res.Provenance["published_at"])
	}
}

// TestSiteNameSpelling: a site's name written with umlauts or accents is
// the name its host spells without them.
func TestSiteNameSpelling(t *testing.T) {
	for _, c := range []struct{ title, host, want string }{
		{"Kleine Schafskunde | Mäscot das Schaf – Webcomic", "www.maescot.example", "Kleine Schafskunde"},
		{"Klimawandel: Was jetzt hilft - Süddeutsche Zeitung Magazin", "www.sueddeutsche.example", "Klimawandel: Was jetzt hilft"},
		{"Le port de Brest va s'agrandir | Le Télégramme Brest", "www.letelegramme.example", "Le port de Brest va s'agrandir"},
	} {
		if got := cleanTitle(c.title, c.host); got != c.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", c.title, c.host, got, c.want)
		}
	}
}

// TestHeadlineDashTail: a headline whose own last part follows a dash
// ("Kommunen bygger ny simhall – klar 2027"), declared the same in
// og:title and shown whole in the <h1>, keeps that part; a trail of the
// section and the site is still cut.
func TestHeadlineDashTail(t *testing.T) {
	for _, c := range []struct{ h1, want string }{
		{"Kommunen bygger ny simhall – klar 2027", "Kommunen bygger ny simhall – klar 2027"},
		{"Kommunen bygger ny simhall | Nyheter | Norrlandsposten", "Kommunen bygger ny simhall"},
	} {
		doc := `<html lang="sv"><head><title>` + c.h1 + ` | Norrlandsposten</title><meta property="og:title" content="` + c.h1 + `"><meta property="og:site_name" content="Norrlandsposten"></head><body><article><h1>` + c.h1 + `</h1>` +
			paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.norrlandsposten.example/nyheter/kommunen-bygger-ny-simhall/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("h1 %q: Title = %q (%s), want %q", c.h1, res.Title, res.Provenance["title"], c.want)
		}
	}
}

// TestIdeographicSpaceKept: a Japanese headline keeps the ideographic
// space that sets its parts apart; runs of other spaces still fold.
func TestIdeographicSpaceKept(t *testing.T) {
	h := "旧港の倉庫群、文化施設に再生へ\u3000市が計画案を公表"
	doc := `<html lang="ja"><head><title>` + h + ` | みなと新報</title></head><body><article><h1>` + h + `</h1>` + paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://minato.example.jp/articles/ASN32477.html", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != h {
		t.Errorf("Title = %q (%s), want %q", res.Title, res.Provenance["title"], h)
	}
	if got := collapse(" a \u3000 b\u3000\u3000c "); got != "a b\u3000c" {
		t.Errorf("collapse = %q, want %q", got, "a b\u3000c")
	}
}

// TestSiteNameH1HeadlineH2: a template that sets the paper's name in an
// <h1> and the headline in an <h2 itemprop=headline> inside a
// "page-header" block: the <title>'s longer part, shown as the headline,
// is the title, not the part the <h1> repeats.
func TestSiteNameH1HeadlineH2(t *testing.T) {
	page := `<html lang="en-IE"><head><title>Club unveils plans for new all-weather pitch - Kilbarran Champion</title></head><body>
<div class="site-title-wrap"><h1 class="site-title">Kilbarran Champion</h1><p>Your local paper since 1902</p></div>
<div class="item-page"><div class="page-header"><h2 itemprop="headline">Club unveils plans for new all-weather pitch</h2></div>
<dl class="article-info"><dd class="createdby" itemprop="author">Words: Cathal Brennan Pictures: Niamh Dolan</dd><dd class="published">Monday 3rd March 2025</dd></dl>
<div itemprop="articleBody">` + paragraphs(5) + `</div></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://champion.example/index.php/news/6898-club-unveils-plans/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Club unveils plans for new all-weather pitch" {
		t.Errorf("Title = %q (%s)", res.Title, res.Provenance["title"])
	}
	if len(res.Authors) != 1 || res.Authors[0] != "Cathal Brennan" {
		t.Errorf("Authors = %q (%s), want the writer without the photographer's credit", res.Authors, res.Provenance["authors"])
	}
}

// TestTitleDeclaredOffTopic checks a story whose declared titles speak of
// another page (a stale og:title that is the previous story's headline, a
// section's name as every story's title, the site's slogan as its
// <title>): the one <h1>, whose words the story's text uses, is the title,
// though it shares no word with them. A declared title on the story's
// topic still stands against a header's <h1> that the text does not back
// (a newsletter pitch).
func TestTitleDeclaredOffTopic(t *testing.T) {
	body := `<div class="text"><p>Die Porta Nigra in Trier wird ab Mai für Sanierungsarbeiten eingerüstet. Das römische Stadttor, das Gäste aus der ganzen Region anzieht, bleibt für Besucher während der Arbeiten teilweise geöffnet, teilte die Stadt mit.</p>` +
		`<p>Die Steine des Tores sind an vielen Stellen verwittert. Fachleute prüfen zuerst die Fugen und die Oberfläche, bevor das Gerüst an der Porta Nigra im Sommer wächst.</p>` +
		`<p>Die Arbeiten sollen zwei Jahre dauern und werden vom Land bezahlt. Führungen durch das Tor finden weiter statt, allerdings nur am Wochenende und in kleineren Gruppen als bisher.</p>` +
		`<p>Der Stadtrat hatte die Mittel im Herbst freigegeben. Die Bauleitung rechnet damit, dass das Gerüst im Frühjahr des übernächsten Jahres wieder abgebaut wird, wenn das Wetter mitspielt und keine weiteren Schäden am Mauerwerk gefunden werden.</p>` +
		`<p>Anwohner der Simeonstraße müssen während der Arbeiten mit Lärm und gesperrten Parkplätzen rechnen. Die Stadt will sie in einer Versammlung im April über den Zeitplan informieren und Fragen beantworten.</p></div>`
	for _, tc := range []struct{ name, head, h1, want string }{
		{"the previous story's og:title, the slogan as <title>",
			`<title>Mosel-Kurier – Nachrichten aus Trier und der Region</title><meta property="og:site_name" content="Mosel-Kurier"><meta property="og:title" content="Weinfest in Bernkastel-Kues: Veranstalter erwarten 200.000 Besucher">`,
			`<header><h1>Porta Nigra wird ab Mai eingerüstet</h1></header>`, "Porta Nigra wird ab Mai eingerüstet"},
		{"the previous story's og:title, a slogan naming the story's town as <title>",
			`<title>Mosel-Kurier – Nachrichten aus Trier und der Region</title><meta property="og:site_name" content="Mosel-Kurier"><meta property="og:title" content="Mosel tritt über die Ufer: Uferstraße in Bernkastel-Kues gesperrt">`,
			`<header><h1>Porta Nigra in Trier wird ab Mai eingerüstet</h1></header>`, "Porta Nigra in Trier wird ab Mai eingerüstet"},
		{"the section as every story's title",
			`<title>Lokales – Mosel-Kurier</title><meta property="og:title" content="Lokales"><meta property="og:site_name" content="Mosel-Kurier">`,
			`<header class="entry-header"><h1 class="entry-title">Porta Nigra wird ab Mai eingerüstet</h1></header>`, "Porta Nigra wird ab Mai eingerüstet"},
		{"a declared title on the story's topic",
			`<title>Gerüst für die Porta Nigra in Trier – Mosel-Kurier</title><meta property="og:site_name" content="Mosel-Kurier">`,
			`<header><h1>Newsletter des Mosel-Kuriers jetzt abonnieren</h1></header>`, "Gerüst für die Porta Nigra in Trier"},
	} {
		doc := `<html lang="de"><head>` + tc.head + `</head><body><main><article>` + tc.h1 + body + `</article></main></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://mosel.example/trier/porta-nigra-wird-ab-mai-eingeruestet_aid-118204417", Body: []byte(doc)})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if res.Title != tc.want {
			t.Errorf("%s: Title = %q (%s), want %q", tc.name, res.Title, res.Provenance["title"], tc.want)
		}
	}
}
