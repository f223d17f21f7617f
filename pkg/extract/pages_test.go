package extract

import "testing"

func TestNextPage(t *testing.T) {
	body := paragraphs(8)
	tests := []struct {
		name, url, pager, want string
	}{
		{"numbered path", "https://n.example/news/long-story-about-things", `<div class="pager"><a href="/news/long-story-about-things/2">2</a></div>`, "https://n.example/news/long-story-about-things/2"},
		{"query page", "https://n.example/a/story.html", `<div class="pages"><a href="/a/story.html?page=2">Next</a></div>`, "https://n.example/a/story.html?page=2"},
		{"rel next", "https://n.example/a/story", `<link rel="next" href="https://n.example/a/story/p2">`, "https://n.example/a/story/p2"},
		{"next article is not a continuation", "https://n.example/a/story", `<div><a href="/a/other-story">Next</a></div>`, ""},
		{"WordPress's link to the next post is no continuation", "https://n.example/2026/11/04/le-marche-du-jeudi/",
			`<nav class="post-navigation"><div class="nav-next"><a href="/2026/11/18/lecole-jules-ferry/" rel="next"><span class="meta-nav">Suivant</span> <span class="post-title">L’école Jules-Ferry</span></a></div></nav>`, ""},
		{"rel next in the head to another post", "https://n.example/2026/11/04/le-marche-du-jeudi/", `<link rel="next" href="https://n.example/2026/11/18/lecole-jules-ferry/">`, ""},
		{"a page word before the number", "https://n.example/news/long-story", `<link rel="next" href="https://n.example/news/long-story/seite-2/">`, "https://n.example/news/long-story/seite-2/"},
		{"other host", "https://n.example/a/story", `<div><a href="https://x.example/a/story/2">2</a></div>`, ""},
	}
	ex := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := `<html><body><div id="wrap"><article><h1>Story</h1><div class="body">` + body + `</div>` + tt.pager + `</article></div></body></html>`
			res, err := ex.Extract(Input{URL: tt.url, Body: []byte(html)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.NextPage != tt.want {
				t.Errorf("NextPage = %q, want %q", res.NextPage, tt.want)
			}
		})
	}
}

func TestAppendPage(t *testing.T) {
	r := &Result{Text: "one", NextPage: "https://n.example/a/2", Provenance: map[string]string{"text": "dom"}}
	r.AppendPage(&Result{Text: "two", NextPage: ""})
	if r.Text != "one\ntwo" || r.NextPage != "" || r.Provenance["text"] != "dom+page" {
		t.Fatalf("AppendPage = %+v", r)
	}
}
