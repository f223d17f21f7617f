package extract

import "testing"

func TestNextPage(t *testing.T) {
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
		{"page 2 goes on at page 3", "https://n.example/a/story/2/", `<link rel="next" href="https://n.example/a/story/3/">`, "https://n.example/a/story/3/"},
		{"a query page goes on", "https://n.example/a/story?page=2", `<link rel="next" href="https://n.example/a/story?page=3">`, "https://n.example/a/story?page=3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := pagedStory(t, tt.url, tt.pager); res.NextPage != tt.want {
				t.Errorf("NextPage = %q, want %q", res.NextPage, tt.want)
			}
		})
	}
}

// pagedStory extracts a story at url whose article holds the pager markup.
func pagedStory(t *testing.T, url, pager string) *Result {
	t.Helper()
	html := `<html><body><div id="wrap"><article><h1>Story</h1><div class="body">` + paragraphs(8) + `</div>` + pager + `</article></div></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: url, Body: []byte(html)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

func TestAppendPage(t *testing.T) {
	r := &Result{Text: "one", NextPage: "https://n.example/a/2", Provenance: map[string]string{"text": "dom"}}
	r.AppendPage(&Result{Text: "two", NextPage: ""})
	if r.Text != "one\ntwo" || r.NextPage != "" || r.Provenance["text"] != "dom+page" {
		t.Fatalf("AppendPage = %+v", r)
	}
}

// TestPrevPage: a later page of a multi-page article names the page it
// continues; a blog's link to its previous post or another site's page is
// not one.
func TestPrevPage(t *testing.T) {
	tests := []struct {
		name, url, pager, want string
	}{
		{"page 2 back to the first", "https://n.example/news/long-story/2/", `<link rel="prev" href="https://n.example/news/long-story/">`, "https://n.example/news/long-story/"},
		{"page 3 back to page 2", "https://n.example/news/long-story/3/", `<link rel="prev" href="/news/long-story/2/">`, "https://n.example/news/long-story/2/"},
		{"a pager link in the body", "https://n.example/a/story_seite3.html", `<div class="pager"><a rel="prev" href="/a/story_seite2.html">Vorherige Seite</a></div>`, "https://n.example/a/story_seite2.html"},
		{"a query page", "https://n.example/a/story?page=2", `<link rel="previous" href="https://n.example/a/story">`, "https://n.example/a/story"},
		{"a first page has none", "https://n.example/news/long-story/", `<link rel="prev" href="https://n.example/news/long-story/2/">`, ""},
		{"WordPress's previous post", "https://n.example/2026/11/18/lecole-jules-ferry/",
			`<nav class="post-navigation"><a href="/2026/11/04/le-marche-du-jeudi/" rel="prev">Précédent</a></nav>`, ""},
		{"a story whose address ends in a number", "https://n.example/news/story-2", `<link rel="prev" href="https://n.example/news/other-story-1">`, ""},
		{"other host", "https://n.example/a/story/2", `<link rel="prev" href="https://x.example/a/story">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := pagedStory(t, tt.url, tt.pager); res.PrevPage != tt.want {
				t.Errorf("PrevPage = %q, want %q", res.PrevPage, tt.want)
			}
		})
	}
}
