package extract

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestLiveHeadline(t *testing.T) {
	for title, want := range map[string]bool{
		"LIVE: Council votes on the budget":          true,
		"Council votes on the budget – live updates": true,
		"Liveticker: Stadtrat stimmt ab":             true,
		"EN DIRECT - Le conseil vote le budget":      true,
		"Прямая трансляция: депутаты голосуют":       true,
		"Live music returns to the city park":        false,
		"Council votes on the budget":                false,
		"Deliverables: what the council promised":    false,
		"Festival de música en vivo: los horarios":   false,
		"EN VIVO | El Congreso vota el presupuesto":  true,
		"OTSE: torm Lõuna-Eestis":                    true,
		"MOJA KWA MOJA: Uchaguzi mdogo wa Kisauni":   true,
		"UŽIVO: Sabor glasuje o proračunu":           true,
		"Otsekohene vastus: linn ei maksa":           false,
		"Harbourside v Castleford: live":             true,
		"Independente x Operário, ao vivo":           true,
		"Dortmund – Freiburg (Liveticker)":           true,
		"Why we still love to play live":             false,
		"Where the old harbour families live":        false,
	} {
		if got := liveHeadline(title); got != want {
			t.Errorf("liveHeadline(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestMinuteLead(t *testing.T) {
	for s, want := range map[string]bool{
		"23' GOAL! Lowe heads in": true, "90+4' Full-time": true, "90.+3' Abpfiff!": true, "45’ Half-time": true, "49' 2T Fim de jogo": true,
		"90 minutes of football": false, "1990s' music": false, "+3' odd": false, "": false,
	} {
		if got := minuteLead(s); got != want {
			t.Errorf("minuteLead(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestClockLead(t *testing.T) {
	for s, want := range map[string]bool{
		"14:05 The council": true, "9.30 Uhr: Beginn": true, "18h30 : début": true, "09:59": true,
		"2025 budget": false, "14:5 odd": false, "3.14159 is pi": false, "12:75 no": false, "": false, "Noon": false,
	} {
		if got := clockLead(s); got != want {
			t.Errorf("clockLead(%q) = %v, want %v", s, got, want)
		}
	}
}

// updates renders n timed live-blog entries, with <time> elements or with
// the time written at the start of each entry.
func updates(n int, timeTags bool) string {
	var b strings.Builder
	for i := range n {
		clock := fmt.Sprintf("%02d:%02d", 10+i, 5*i)
		if timeTags {
			fmt.Fprintf(&b, `<div class="entry"><time datetime="2025-03-07T%s:00Z">%s</time><p>Update %d: the council is still debating the budget, and members from both sides keep adding amendments to the text.</p></div>`, clock, clock, i)
		} else {
			fmt.Fprintf(&b, `<p>%s Update %d: the council is still debating the budget, and members from both sides keep adding amendments to the text.</p>`, clock, i)
		}
	}
	return b.String()
}

func TestLiveBlogKind(t *testing.T) {
	head := `<html><head><title>%s</title>%s</head><body><nav><a href="/">Home</a></nav><main><h1>%s</h1><p class="byline">By Jane Doe</p>%s</main></body></html>`
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Budget vote","datePublished":"2025-03-07T10:00:00Z"}</script>`
	tests := []struct {
		name, html, want string
	}{
		{"declared live blog", fmt.Sprintf(head, "Budget vote", ld, "Budget vote", updates(3, true)), KindLiveBlog},
		{"live headline over timed entries", fmt.Sprintf(head, "LIVE: Budget vote", "", "LIVE: Budget vote", updates(6, true)), KindLiveBlog},
		{"live headline over clock-led paragraphs", fmt.Sprintf(head, "Budget vote – live updates", "", "Budget vote – live updates", updates(6, false)), KindLiveBlog},
		{"a match's ticker of minutes under a live tail", fmt.Sprintf(head, "Harbourside v Castleford: live", "", "Harbourside v Castleford: live",
			"<p>90+4' Full-time: Harbourside 3-1 Castleford after a late rally in front of a full house.</p><p>72' GOAL! Okafor again, a header from the corner after a long spell of pressure.</p><p>61' GOAL! Okafor equalises with a low shot from the edge of the area.</p><p>23' GOAL! Lowe heads Castleford in front from a free kick on the right.</p>"), KindLiveBlog},
		{"live headline over a plain story", fmt.Sprintf(head, "LIVE: Budget vote", "", "LIVE: Budget vote", paragraphs(6)), KindArticle},
		{"timed entries without a live headline", fmt.Sprintf(head, "Budget vote", "", "Budget vote", updates(6, true)), KindArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/news/2025/03/07/budget-vote", Body: []byte(tt.html)})
			if tt.want == KindArticle && err != nil {
				t.Fatalf("err = %v (kind %s by %s)", err, res.Kind, res.Provenance["kind"])
			}
			if tt.want != KindArticle && !errors.Is(err, ErrNotArticle) {
				t.Fatalf("err = %v, want ErrNotArticle", err)
			}
			if res.Kind != tt.want {
				t.Fatalf("kind = %s by %s, want %s", res.Kind, res.Provenance["kind"], tt.want)
			}
			if res.Kind == KindLiveBlog && res.KindEvidence != "" {
				t.Errorf("a live blog teaches its address shape %q; want nothing", res.KindEvidence)
			}
		})
	}
}

// TestLiveAddress: timed updates at an address that names a live ticker
// ("/liveticker-hochwasser-…/") are a live blog though the headline does
// not say so; a plain story at such an address stays a story.
func TestLiveAddress(t *testing.T) {
	head := `<html lang="de"><head><title>%s</title></head><body><nav><a href="/">Home</a></nav><main><h1>%s</h1><p class="byline">Von Stefan Brunner</p>%s</main></body></html>`
	const title = "Hochwasser an der Vils: Pegel steigt weiter"
	const u = "https://bote.example/lokales/vilsbiburg/liveticker-hochwasser-an-der-vils-pegel-steigt-weiter-17663002/"
	for _, tt := range []struct{ name, body, want string }{
		{"timed entries", updates(4, true), KindLiveBlog},
		{"a plain story", paragraphs(6), KindArticle},
	} {
		res, _ := New(DefaultOptions()).Extract(Input{URL: u, Body: []byte(fmt.Sprintf(head, title, title, tt.body))})
		if res.Kind != tt.want {
			t.Errorf("%s: kind = %s by %s, want %s", tt.name, res.Kind, res.Provenance["kind"], tt.want)
		}
	}
	if liveAddress("/news/2025/03/07/olive-harvest-begins") || !liveAddress("/sport/live-updates-cup-final/") {
		t.Error("liveAddress reads the wrong words")
	}
}
