package extract

import (
	"fmt"
	"strings"
	"testing"
)

// hubCards renders n story cards as a hub page shows them: a picture link
// without text over a headline that is not itself a link.
func hubCards(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="card"><a href="/science/2025/mar/%02d/study-finds-rare-whale-number-%d" aria-label="Study %d"><img src="/i/%d.jpg"></a><span>Scientists study rare whale number %d</span></div>`, i%28+1, i, i, i, i)
	}
	return b.String()
}

// blurbs renders n short feature blurbs of a landing page.
func blurbs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<section><h2>Feature %d</h2><p>Our team helps you plan every project, step %d.</p><a href="/contact">Get started</a></section>`, i, i)
	}
	return b.String()
}

// cutTeaserList renders n teasers, each a summary cut short with the
// ellipsis cut, under a headline that is not a link, with its age.
func cutTeaserList(n int, cut string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<div class="teaser"><h3>Week %d of the spring plan</h3><p>In week %d the long run grows by a mile while the other days stay easy, and the rest day moves to the Monday after the race so that%s</p><span>%d years ago</span></div>`, i+1, i+1, cut, i+2)
	}
	return b.String()
}

func TestKindPageShape(t *testing.T) {
	nav := `<nav><a href="/">Home</a> <a href="/science/">Science</a></nav>`
	tests := []struct {
		name, url, html, want string
	}{
		{"hub of story cards without prose", "https://news.example/hub/science",
			`<html><head><title>Science</title></head><body>` + nav + `<main><h1>Science</h1>` + hubCards(34) + `</main></body></html>`, KindListing},
		{"hub of dated story cards", "https://news.example/science",
			`<html><head><title>Science</title><meta property="article:published_time" content="2025-03-02T10:00:00Z"></head><body>` + nav + `<main><h1>Science</h1>` + hubCards(34) + `</main></body></html>`, KindListing},
		{"story with many related links keeps its prose", "https://news.example/science/whales-return-to-the-bay",
			`<html><head><title>Whales return</title></head><body>` + nav + `<main><h1>Whales return</h1>` + paragraphs(8) + hubCards(34) + `</main></body></html>`, KindArticle},
		{"landing page of short blurbs in the first person plural", "https://firm.example/project-planning",
			`<html><head><title>Project planning</title></head><body>` + nav + `<main><h1>Project planning</h1>` + blurbs(8) + `</main></body></html>`, KindOther},
		{"dated page of short blurbs stays with the model", "https://firm.example/project-planning",
			`<html><head><title>Project planning</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body>` + nav + `<main><h1>Project planning</h1>` + blurbs(8) + `</main></body></html>`, KindArticle},
		{"short page of dated notices", "https://diocese.example/obituaries/",
			`<html><head><title>Clergy obituaries</title></head><body>` + nav + `<main><h1>Clergy and Religious Obituaries</h1>` +
				`<p>Father Edward J. Kowalczyk, 88, pastor emeritus of St. Hedwig Parish, died March 2, 2025. A Mass of Christian Burial was celebrated at St. Hedwig Church.</p>` +
				`<p>Sister Mary Agnes Dunleavy, SSND, 94, a teacher in diocesan schools for 41 years, died February 24, 2025, at the motherhouse in Marysburg.</p>` +
				`<p>Deacon James R. Holt, 79, who served at Holy Family Parish for 30 years, died February 17, 2025.</p>` +
				`<p>Family obituaries may be submitted through our office.</p></main></body></html>`, KindListing},
		{"short agenda of dated events", "https://ayuntamiento.example/web/agenda/",
			`<html lang="es"><head><title>Agenda</title></head><body>` + nav + `<main><h1>Agenda</h1>` +
				`<p>22/03/2025, 20:00 h. Concierto de primavera de la Banda Municipal de Música. Teatro Municipal. Entrada libre.</p>` +
				`<p>29/03/2025, 10:00 h. Mercado de artesanía en la plaza de España.</p>` +
				`<p>14/04/2025 Comienzo de los campamentos urbanos. Inscripciones abiertas en el ayuntamiento.</p></main></body></html>`, KindListing},
		{"short story that names two days stays an article", "https://news.example/local/bridge-closes-for-repairs",
			`<html><head><title>Bridge closes</title></head><body>` + nav + `<main><h1>Bridge closes for repairs</h1>` +
				`<p>The old stone bridge over the river will close to traffic on March 2, 2025, the county said on Tuesday, after engineers found cracks in two of its piers.</p>` +
				`<p>Buses will take a diversion through the industrial estate, adding about ten minutes to the journey into town for most passengers.</p>` +
				`<p>The county expects the bridge to reopen by April 30, 2025, if the weather allows the work to go ahead as planned.</p></main></body></html>`, KindArticle},
		{"topic page of teasers cut with an ellipsis", "https://station.example/training/spring-plans/",
			`<html><head><title>Spring plans</title></head><body>` + nav + `<main><h1>Spring plans</h1>` + cutTeaserList(6, "...") + `</main></body></html>`, KindListing},
		{"a few quotes that trail off stay an article", "https://news.example/local/council-debate-runs-late",
			`<html><head><title>Council debate</title></head><body>` + nav + `<main><h1>Council debate runs late</h1>` + paragraphs(8) + cutTeaserList(3, "…") + `</main></body></html>`, KindArticle},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := ex.Extract(Input{URL: tt.url, Body: []byte(tt.html)})
			if res.Kind != tt.want {
				t.Errorf("kind = %q (%s), want %q", res.Kind, res.Provenance["kind"], tt.want)
			}
			if tt.want != KindArticle && res.Provenance["kind"] != "page-shape" {
				t.Errorf("kind decided by %q, want page-shape", res.Provenance["kind"])
			}
		})
	}
}

func TestProseStats(t *testing.T) {
	long := strings.Repeat("word ", 20) + "end."
	text := "Heading\n" + long + "\n" + long + "\nShort line\n" + long + "\n" + strings.Repeat("x", 90)
	prose, run, total := proseStats(text)
	if n := len(long); prose != 3*n || run != 2*n {
		t.Errorf("prose, run = %d, %d; want %d, %d", prose, run, 3*n, 2*n)
	}
	if total != len(strings.ReplaceAll(text, "\n", "")) {
		t.Errorf("total = %d", total)
	}
}
