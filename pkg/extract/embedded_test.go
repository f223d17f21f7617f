package extract

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestEmbeddedBody: a page rendered in the browser reaches the crawler as
// a shell; its story is read from the article's JSON-LD articleBody or
// from a JSON state block whose object holds the headline. A paywalled
// articleBody, a state block about something else, and a page whose
// markup shows its story are left as they are.
func TestEmbeddedBody(t *testing.T) {
	sents := []string{
		"The council met on Tuesday evening to discuss the new budget proposal for the harbour.",
		"Several members criticised the timing, saying the city could not afford new debt this year.",
		"The mayor said the works would start in the summer and last two years.",
		"Opposition members asked for a public hearing before the final vote next month.",
	}
	headline := "Council approves harbour budget"
	ld := func(extra map[string]any) string {
		m := map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
			"articleBody": strings.Join(sents, " "), "datePublished": "2025-03-03T10:00:00Z"}
		for k, v := range extra {
			m[k] = v
		}
		b, _ := json.Marshal(m)
		return `<script type="application/ld+json">` + string(b) + `</script>`
	}
	state := func(title string) string {
		b, _ := json.Marshal(map[string]any{"props": map[string]any{"pageProps": map[string]any{
			"story": map[string]any{"title": title, "content": map[string]any{"html": "<p>" + strings.Join(sents, "</p><p>") + "</p>"}}}}})
		return `<script id="__NEXT_DATA__" type="application/json">` + string(b) + `</script>`
	}
	shown := "<p>" + strings.Join(sents[:3], "</p><p>") + " The vote was nine to four.</p>"
	// stateOf puts a story object with the headline and the given body
	// field into a Next.js state block.
	stateOf := func(field string, body any) string {
		b, _ := json.Marshal(map[string]any{"props": map[string]any{"pageProps": map[string]any{
			"story": map[string]any{"title": headline, "id": 4411, field: body}}}})
		return `<script id="__NEXT_DATA__" type="application/json">` + string(b) + `</script>`
	}
	var typed, portable, rich []any
	for i, s := range sents {
		typed = append(typed, map[string]any{"type": "p", "text": s})
		portable = append(portable, map[string]any{"_type": "block", "children": []any{
			map[string]any{"_type": "span", "text": s[:20]}, map[string]any{"_type": "span", "text": s[20:]}}})
		rich = append(rich, map[string]any{"nodeType": "paragraph", "content": []any{map[string]any{"nodeType": "text", "value": s}}})
		if i == 1 {
			typed = append(typed, map[string]any{"type": "image", "src": "/i/harbour.jpg", "credit": "City archive"})
		}
	}
	chapters := []any{
		map[string]any{"heading": "The vote", "media": map[string]any{"type": "image", "src": "/i/1.jpg"}, "paragraphs": []any{sents[0], sents[1]}},
		map[string]any{"heading": "What comes next", "paragraphs": []any{sents[2], sents[3]}},
	}
	shell := `<div id="__next"><h1>` + headline + `</h1><div class="loader">Loading…</div></div>`
	tests := []struct {
		name, head, body string
		wantProv         string // "" for no article
		wantLines        int
	}{
		{"json-ld articleBody", ld(nil), `<div id="root"></div>`, "jsonld:articleBody", 1},
		{"paywalled articleBody", ld(map[string]any{"isAccessibleForFree": false}), `<div id="root"></div>`, "", 0},
		{"framework state", state(headline), `<div id="__next"><h1>` + headline + `</h1></div>`, "script:json", 4},
		{"state assigned to window", `<script>window.__INITIAL_STATE__ = ` + strings.TrimSuffix(strings.TrimPrefix(state(headline), `<script id="__NEXT_DATA__" type="application/json">`), `</script>`) + `;</script>`,
			`<div id="app"><h1>` + headline + `</h1></div>`, "script:json", 4},
		{"state body as typed blocks", stateOf("blocks", typed), shell, "script:json", 4},
		{"state body as portable text", stateOf("body", portable), shell, "script:json", 4},
		{"state body as rich text nodes", stateOf("richBody", map[string]any{"nodeType": "document", "content": rich}), shell, "script:json", 4},
		{"state body in chapters", stateOf("chapters", chapters), shell, "script:json", 6},
		{"state about something else", state("Our terms of use"), `<div id="__next"><h1>` + headline + `</h1></div>`, "", 0},
		{"markup shows the story", ld(nil), `<article><h1>` + headline + `</h1>` + shown + `</article>`, "dom", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>` + headline + ` | Daily Site</title>` + tt.head + `</head><body>` + tt.body + `</body></html>`
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://daily.example/news/2025/council-approves-harbour-budget", Body: []byte(page), Discovery: DiscoveryArticle})
			if tt.wantProv == "" {
				if err == nil || !errors.Is(err, ErrNotArticle) {
					t.Fatalf("err = %v, want not an article", err)
				}
				if prov := res.Provenance["text"]; prov == "jsonld:articleBody" || prov == "script:json" {
					t.Errorf("a non-article kept the embedded text (%s)", prov)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if prov := res.Provenance["text"]; prov != tt.wantProv {
				t.Errorf("text from %q, want %q", prov, tt.wantProv)
			}
			if n := len(strings.Split(res.Text, "\n")); n != tt.wantLines {
				t.Errorf("%d lines, want %d:\n%s", n, tt.wantLines, res.Text)
			}
			if !strings.Contains(res.Text, sents[0]) {
				t.Errorf("text lacks the story's first sentence:\n%s", res.Text)
			}
		})
	}
}

func FuzzProseText(f *testing.F) {
	f.Add("<p>One sentence here. Another one there.</p><p>Third.</p>")
	f.Add("Plain text.\nSecond line.\n\n  spaced   out  ")
	f.Add("<div><br><br><script>x</script><ul><li>a</li></ul></div>&amp;")
	f.Add("<p unclosed <b>bold</p></b> </table>")
	f.Fuzz(func(t *testing.T, s string) {
		out := proseText(s)
		if !utf8.ValidString(s) {
			return
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
		if strings.Contains(out, "\n\n") || strings.HasPrefix(out, "\n") || strings.HasSuffix(out, "\n") {
			t.Fatalf("empty line in %q", out)
		}
		_ = looksLikeProse(s)
	})
}

func TestStateAssignment(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{`window.__INITIAL_STATE__ = {"a":1};`, `{"a":1}`, true},
		{"\n  window.__APOLLO_STATE__={\"b\":[2]}\n", `{"b":[2]}`, true},
		{`window.__NUXT__=(function(a){return {a:a}}(1));`, "", false},
		{`window.__X__ = {"a":1}; track();`, "", false},
		{`var x = {"a":1};`, "", false},
		{`window.dataLayer = [];`, "", false},
	}
	for _, tt := range tests {
		got, ok := stateAssignment(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("stateAssignment(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestStateDate: a page whose markup shows no date takes its story's date
// from the JSON state object that holds its headline (its creation time,
// not its last update); a page whose state holds no such object has none.
func TestStateDate(t *testing.T) {
	state := `{"props":{"pageProps":{"menu":[{"label":"Festival","createdAt":"2020-01-01T00:00:00+01:00"}],"page":{"title":"Europas Topathleten fit für München 2022","updatedAt":"2022-01-31T16:36:51+01:00","createdAt":"2022-01-31T15:58:43+01:00","body":"<p>x</p>"}}}}`
	for _, c := range []struct{ name, state, day string }{
		{"story object", state, "2022-01-31"},
		{"no story object", strings.Replace(state, "Europas Topathleten fit für München 2022", "Startseite", 1), ""},
	} {
		page := `<html lang="de"><head><title>Europas Topathleten fit für München 2022</title></head><body><main><h1>Europas Topathleten fit für München 2022</h1>` +
			paragraphs(5) + `</main><script id="__NEXT_DATA__" type="application/json">` + c.state + `</script></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://games.example/de/europas-topathleten-fit-fur-munchen-2022", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if day := publishedDay(res); day != c.day {
			t.Errorf("%s: date %q (%s), want %q", c.name, day, res.Provenance["published_at"], c.day)
		}
	}
}

// TestStateAuthors: a page that names no author in its markup takes its
// story's writers from the JSON state object that holds its headline, as
// strings, objects with a name or first and last names.
func TestStateAuthors(t *testing.T) {
	for _, c := range []struct {
		name, authors string
		want          []string
	}{
		{"objects with names", `"authors":[{"name":"Jane Doe","slug":"jane-doe"},{"name":"John Roe"}]`, []string{"Jane Doe", "John Roe"}},
		{"a string", `"byline":"Lisa Müller"`, []string{"Lisa Müller"}},
		{"first and last names", `"author":{"firstName":"Ana","lastName":"López"}`, []string{"Ana López"}},
		{"none", `"tags":["bridges"]`, nil},
	} {
		state := `{"props":{"pageProps":{"article":{"headline":"County to rebuild the old stone bridge",` + c.authors + `}}}}`
		page := `<html lang="en"><head><title>County to rebuild the old stone bridge</title></head><body><main><h1>County to rebuild the old stone bridge</h1>` +
			paragraphs(5) + `</main><script id="__NEXT_DATA__" type="application/json">` + state + `</script></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://county.example/news/county-to-rebuild-the-old-stone-bridge", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !slices.Equal(res.Authors, c.want) {
			t.Errorf("%s: authors %q (%s), want %q", c.name, res.Authors, res.Provenance["authors"], c.want)
		}
	}
}

// TestStateAuthorsStable: when the state holds the story twice (a page's
// object and a cache of it), the authors read are the same on every run,
// whatever order Go gives a map's keys.
func TestStateAuthorsStable(t *testing.T) {
	story := func(author string) string {
		return `{"headline":"County to rebuild the old stone bridge","author":{"name":"` + author + `"}}`
	}
	state := `{"props":{"pageProps":{"zcache":` + story("Ryan Ken") + `,"article":` + story("Meg Mak") + `,"m":` + story("Tom Bell") + `}}}`
	page := `<html lang="en"><head><title>County to rebuild the old stone bridge</title></head><body><main><h1>County to rebuild the old stone bridge</h1>` +
		paragraphs(5) + `</main><script id="__NEXT_DATA__" type="application/json">` + state + `</script></body></html>`
	seen := map[string]bool{}
	for range 40 {
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://county.example/news/county-to-rebuild-the-old-stone-bridge", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		seen[strings.Join(res.Authors, ", ")] = true
	}
	if len(seen) != 1 || !seen["Meg Mak"] {
		t.Errorf("authors over 40 runs: %v, want only the first object's in key order (Meg Mak)", seen)
	}
}

// TestReviewAndStateInstants: a critic's review declared as a schema.org
// Review (headline, itemReviewed) gives its declared instant, not the
// zoneless clock the page shows; a page that shows only the day ("Mar
// 14, 2025") takes the clock of that day from its JSON state; a shopper's
// review (named, not headlined) declares nothing for the page.
func TestReviewAndStateInstants(t *testing.T) {
	paras := "<p>Starfall Tactics opens with a fleet already lost, and the first mission asks you to recover the escape pods of crews.</p>" +
		"<p>Each vessel carries a small crew of officers with their own traits and grudges, and losing one changes the ship.</p>" +
		"<p>The battles themselves are tight grids of asteroid fields and gravity wells, planned for the whole squadron at once.</p>" +
		"<p>The campaign stumbles in its middle third, but the final act ties the whole story together beautifully.</p>"
	review := func(rev map[string]any) string {
		b, _ := json.Marshal(rev)
		return `<script type="application/ld+json">` + string(b) + `</script>`
	}
	critic := map[string]any{"@context": "https://schema.org", "@type": "Review", "headline": "Starfall Tactics Review",
		"datePublished": "2025-03-13T16:00:00.000Z", "author": map[string]any{"@type": "Person", "name": "Kai Moreno"},
		"itemReviewed": map[string]any{"@type": "VideoGame", "name": "Starfall Tactics"}}
	shopper := map[string]any{"@context": "https://schema.org", "@type": "Review", "name": "Great game",
		"datePublished": "2025-03-13T16:00:00.000Z", "itemReviewed": map[string]any{"@type": "VideoGame", "name": "Starfall Tactics"}}
	state, _ := json.Marshal(map[string]any{"props": map[string]any{"pageProps": map[string]any{"article": map[string]any{
		"title": "Starfall Tactics Review", "publishedAt": "2025-03-13T16:00:00.000Z"}}}})
	tests := []struct {
		name, head, shown, want, prov string
	}{
		{"critic review", review(critic), "Posted: Mar 13, 2025 9:00 am", "2025-03-13T16:00:00Z", "jsonld+zone"},
		{"shopper review", review(shopper), "Posted: Mar 13, 2025 9:00 am", "2025-03-13T09:00:00Z", "visible"},
		{"state clock", `<script id="__NEXT_DATA__" type="application/json">` + string(state) + `</script>`, "Mar 13, 2025",
			"2025-03-13T16:00:00Z", "visible+state-clock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Starfall Tactics Review - Pixelwire</title>` + tt.head + `</head><body><main><article><h1>Starfall Tactics Review</h1>` +
				`<div class="meta"><span>` + tt.shown + `</span></div>` + paras + `</article></main></body></html>`
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://pixelwire.example/articles/starfall-tactics-review", Body: []byte(page), Discovery: DiscoveryArticle})
			if err != nil {
				t.Fatal(err)
			}
			if res.PublishedAt == nil || res.PublishedAt.UTC().Format(time.RFC3339) != tt.want || res.Provenance["published_at"] != tt.prov {
				t.Errorf("published %v (%s), want %s (%s)", res.PublishedAt, res.Provenance["published_at"], tt.want, tt.prov)
			}
		})
	}
}

// TestLDOrganizationNameWhole: an organisation credited as the author is
// one name even when it holds "&" or "and"; a person field that joins
// two people is split.
func TestLDOrganizationNameWhole(t *testing.T) {
	org := map[string]any{"@type": "Organization", "name": "Scienza & Natura"}
	if got := ldNames(org); len(got) != 1 || got[0] != "Scienza & Natura" {
		t.Errorf("organisation = %q, want one name", got)
	}
	people := map[string]any{"@type": "Person", "name": "Jane Doe and John Roe"}
	if got := ldNames(people); len(got) != 2 {
		t.Errorf("people = %q, want two names", got)
	}
}

// FuzzBlocksIn: a page's JSON state block of any shape gives, as its body
// blocks, valid text without empty lines, and never panics.
func FuzzBlocksIn(f *testing.F) {
	f.Add(`{"blocks":[{"type":"p","text":"One sentence here. Another one there."},{"type":"image","src":"/a.jpg"},{"type":"p","text":"Third. Fourth."}]}`)
	f.Add(`[{"children":[{"text":"a "},{"text":"b. "}]},{"children":[]},"x. y. z."]`)
	f.Add(`{"chapters":[{"heading":"H","paragraphs":["p. q.",["nested. deeper."]]},{"title":{"not":"a string"}}]}`)
	f.Fuzz(func(t *testing.T, js string) {
		var v any
		if json.Unmarshal([]byte(js), &v) != nil {
			return
		}
		blocksIn(v, 0, func(s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
			if strings.Contains(s, "\n\n") || strings.HasPrefix(s, "\n") || strings.HasSuffix(s, "\n") {
				t.Fatalf("empty line in %q", s)
			}
		})
	})
}
