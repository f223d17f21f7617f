package sitetemplate

import (
	"context"
	"fmt"
	"testing"
	"time"

	"newsroom.dev/pkg/extract"
)

// TestObserveKind: page-kind evidence is counted per address shape, and
// articles as dated or undated (extract.SiteDatesShape), once per page,
// across Learners sharing one store, and the counts survive a
// block-template update.
func TestObserveKind(t *testing.T) {
	ctx := context.Background()
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			a, b := New(st, Options{Refresh: time.Nanosecond}), New(st, Options{Refresh: time.Nanosecond})
			for i := range 4 {
				tag := &extract.Result{PathShape: "/tag/{w}/", KindEvidence: extract.EvidenceOther, Kind: extract.KindTag}
				day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
				story := &extract.Result{PathShape: "/news/{n}/{slug}", KindEvidence: extract.EvidenceArticle, Kind: extract.KindArticle, PublishedAt: &day}
				for k, r := range []*extract.Result{tag, story, story} { // the story twice: counted once
					u := fmt.Sprintf("https://gazette.example/%d/%d", i, min(k, 1))
					if err := a.ObserveKind(ctx, "gazette.example", u, r); err != nil {
						t.Fatalf("ObserveKind: %v", err)
					}
				}
			}
			if err := a.ObserveKind(ctx, "gazette.example", "https://gazette.example/x", &extract.Result{PathShape: "/x"}); err != nil {
				t.Fatalf("ObserveKind without evidence: %v", err)
			}
			// An undated article without a byline teaches no shape but
			// counts as one of the site's undated articles.
			if err := a.ObserveKind(ctx, "gazette.example", "https://gazette.example/about/ethics", &extract.Result{PathShape: "/about/{w}", Kind: extract.KindArticle}); err != nil {
				t.Fatalf("ObserveKind of an undated article: %v", err)
			}
			// A block-template update keeps the page kinds.
			for i := range 6 {
				if _, err := b.ObserveStats(ctx, "gazette.example", fmt.Sprintf("https://gazette.example/p%d", i), page(i, "Share this story")); err != nil {
					t.Fatal(err)
				}
			}
			tpl, err := b.Template(ctx, "gazette.example")
			if err != nil || tpl == nil {
				t.Fatalf("Template = %v, %v", tpl, err)
			}
			sk, ok := tpl.(extract.SiteKinds)
			if !ok {
				t.Fatalf("template %T is no extract.SiteKinds", tpl)
			}
			tests := []struct {
				shape            string
				articles, others int
			}{
				{"/tag/{w}/", 0, 4},
				{"/news/{n}/{slug}", 4, 0},
				{"/x", 0, 0},
				{"/about/{w}", 0, 0},
				{extract.SiteDatesShape, 4, 1},
			}
			for _, tt := range tests {
				if a, o := sk.ShapeCounts(tt.shape); a != tt.articles || o != tt.others {
					t.Errorf("ShapeCounts(%q) = %d, %d, want %d, %d", tt.shape, a, o, tt.articles, tt.others)
				}
			}
		})
	}
}

// TestShapesCap: a site keeps at most MaxShapes shapes.
func TestShapesCap(t *testing.T) {
	ctx := context.Background()
	st := stores(t)["memstate"](t)
	l := New(st, Options{MaxShapes: 2, Refresh: time.Nanosecond})
	for i := range 4 {
		r := &extract.Result{PathShape: fmt.Sprintf("/s%d/{w}", i), KindEvidence: extract.EvidenceOther}
		if err := l.ObserveKind(ctx, "a.example", fmt.Sprintf("https://a.example/%d", i), r); err != nil {
			t.Fatal(err)
		}
	}
	tpl, _, err := l.template(ctx, "a.example")
	if err != nil {
		t.Fatal(err)
	}
	if len(tpl.shapes) != 2 {
		t.Errorf("kept %d shapes, want 2", len(tpl.shapes))
	}
}

func TestDecodeShapes(t *testing.T) {
	in := map[string]shapeCount{"/tag/{w}/": {0, 3}, "/{n}/{slug}": {7, 1}}
	got := decodeShapes(encodeShapes(in), 10)
	if len(got) != 2 || got["/tag/{w}/"] != in["/tag/{w}/"] || got["/{n}/{slug}"] != in["/{n}/{slug}"] {
		t.Errorf("round trip = %v, want %v", got, in)
	}
	bad := decodeShapes([]byte("x\t1\t/a\n-1\t2\t/b\n3\t4\t\n5\t6\t/ok\nnonsense\n"), 10)
	if len(bad) != 1 || bad["/ok"] != (shapeCount{5, 6}) {
		t.Errorf("decode of damaged value = %v, want only /ok", bad)
	}
}
