package extract

import (
	"net/url"
	"testing"
)

func TestOrgAuthor(t *testing.T) {
	p := &page{res: &Result{SiteName: "Acme Consulting"}}
	p.base, _ = url.Parse("https://www.acmeconsult.example/services/audit")
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"AcmeConsulting", true}, // og:site_name in one word
		{"acmeconsult.example", true},
		{"Acmeconsult", true}, // the host's name
		{"Request Demo", true},
		{"Get started", true},
		{"Jane Doe", false},
		{"Acme Consulting", false}, // with a space: may be a person's own site
		{"Requena", false},
		{"Enrollment Team", true}, // a firm's team or department (groupWords)
		{"Acme Research", true},
		{"Admissions Office", true},
		{"Editorial Staff", false}, // a newsroom's desk signs stories
		{"La Rédaction", false},
		{"Redaktion Wirtschaft", false},
		{"Redazione", false},
		{"Редакция", false},
		{"Staffan Lindberg", false}, // a word only begins with a group word
		{"Teamson", false},
		{"Иван Петров", false},
		{"Krys", false},
		{"Lance S.", true}, // a customer review's signature
		{"Élodie Ž.", true},
		{"Jeff T. Kaufman", false},
		{"J. Doe", false},
		{"Lance Smith", false},
	} {
		if got := p.orgAuthor(tt.name); got != tt.want {
			t.Errorf("orgAuthor(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A dated service address whose only "author" is the firm itself is a
// service page, not a story; a dated byline of a person keeps a story.
func TestKindOrgAuthorService(t *testing.T) {
	page := func(author string) string {
		return `<html><head><title>Audit services</title><meta property="og:site_name" content="Acme"><meta name="author" content="` + author + `"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><main><h1>Audit services</h1>` + paragraphs(10) + `</main></body></html>`
	}
	ex := New(DefaultOptions())
	for _, tt := range []struct{ author, want string }{{"Acme", KindOther}, {"Jane Doe", KindArticle}} {
		res, _ := ex.Extract(Input{URL: "https://acme.example/services/audit", Body: []byte(page(tt.author))})
		if res.Kind != tt.want {
			t.Errorf("author %q: kind = %q (%s), want %q", tt.author, res.Kind, res.Provenance["kind"], tt.want)
		}
	}
}
