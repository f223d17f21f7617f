package extractor

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state/memstate"
)

// TestGateAndShell: a consent wall served at a story's address is counted
// as a gate and stores nothing; a story page that arrives as a shell,
// its story in the JSON-LD articleBody, is stored with that text.
func TestGateAndShell(t *testing.T) {
	ctx := context.Background()
	svc, err := New(Config{NoTemplates: true}, Deps{State: memstate.New()})
	if err != nil {
		t.Fatal(err)
	}
	wall := []byte(`<!doctype html><html lang="en"><head><title>Harbour plan approved - The Gazette</title></head><body>` +
		`<div class="cmp"><h2>We value your privacy</h2><p>We and our 312 partners store and access information on your device, such as cookies, ` +
		`and process personal data, such as unique identifiers, for personalised advertising and content, ad and content measurement and audience research.</p>` +
		`<p>You can accept all, reject all or manage your preferences at any time.</p><button>Accept all</button></div></body></html>`)
	ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares frozen",
		"datePublished": "2024-05-15T09:30:00Z", "author": map[string]string{"@type": "Person", "name": "Jane Doe"},
		"articleBody": strings.Join(para(21, 5), "\n\n")})
	shell := []byte(fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Ferry fares frozen - The Gazette</title>`+
		`<script type="application/ld+json">%s</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>`, ld))
	page := func(u string, body []byte) *bus.Page {
		return &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8",
			Kind: bus.KindArticle, FetchedAt: time.Now(), Body: body}
	}
	out, err := svc.Process(ctx, page("http://gazette.example/a/1", wall))
	if err != nil || len(out) != 0 {
		t.Fatalf("consent wall: Process = %+v, %v; want nothing stored", out, err)
	}
	if n := svc.Stats().Kinds.BySite()["gazette.example"][extract.KindGate]; n != 1 {
		t.Errorf("gates counted for the site: %d, want 1 (%v)", n, svc.Stats().Kinds.BySite())
	}
	out, err = svc.Process(ctx, page("http://gazette.example/a/2", shell))
	if err != nil || len(out) != 1 || out[0].Op != bus.OpStory {
		t.Fatalf("shell: Process = %+v, %v; want a story", out, err)
	}
	if a := out[0]; a.Provenance["text"] != "jsonld:articleBody" || !strings.Contains(a.Text, para(21, 5)[2]) || len(a.Authors) != 1 {
		t.Errorf("shell story: text from %q, authors %q, text:\n%s", a.Provenance["text"], a.Authors, a.Text)
	}
}
