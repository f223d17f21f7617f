package sitetemplate

import (
	"context"
	"errors"
	"fmt"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"testing"
	"time"

	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
)

// stores returns the real stores the tests run against: memstate and
// Redis under a unique prefix (removed afterwards).
func stores(t *testing.T) map[string]func(t *testing.T) state.Store {
	return map[string]func(t *testing.T) state.Store{
		"memstate": func(t *testing.T) state.Store {
			s := memstate.New()
			t.Cleanup(func() { s.Close() })
			return s
		},
		"redis": func(t *testing.T) state.Store { return redistest.Open(t, "tpl") },
	}
}

// page builds a Result whose body has the shared lines plus one line of
// its own.
func page(i int, shared ...string) *extract.Result {
	lines := append([]string{fmt.Sprintf("Unique paragraph number %d of the story.", i)}, shared...)
	r := &extract.Result{}
	for _, l := range lines {
		r.BlockHashes = append(r.BlockHashes, extract.BlockHash(l))
	}
	return r
}

func TestLearn(t *testing.T) {
	ctx := context.Background()
	boiler := "Disclaimer: this article is reproduced from other media."
	rare := "A line two pages share."
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			l := New(st, Options{MinPages: 4, MinShare: 0.5})
			for i := range 10 {
				shared := []string{boiler}
				if i < 2 {
					shared = append(shared, rare)
				}
				stats, err := l.ObserveStats(ctx, "news.example", fmt.Sprintf("https://news.example/%d", i), page(i, shared...))
				if err != nil {
					t.Fatalf("Observe %d: %v", i, err)
				}
				if stats.RoundTrips > 6 {
					t.Errorf("page %d: %d round trips", i, stats.RoundTrips)
				}
				tpl, err := l.Template(ctx, "news.example")
				if err != nil {
					t.Fatal(err)
				}
				in := tpl != nil && tpl.Repeated(extract.BlockHash(boiler))
				if want := i >= 3; in != want {
					t.Errorf("after %d pages: boilerplate in template = %v, want %v", i+1, in, want)
				}
			}
			tpl, _ := l.Template(ctx, "news.example")
			if tpl.Repeated(extract.BlockHash(rare)) || tpl.Repeated(extract.BlockHash("Unique paragraph number 3 of the story.")) {
				t.Error("template holds a block seen on too few pages")
			}
			// The same page again counts once.
			s, err := l.ObserveStats(ctx, "news.example", "https://news.example/3", page(3, boiler))
			if err != nil || !s.Skipped {
				t.Errorf("repeat observation: %+v, %v; want skipped", s, err)
			}
			// Another replica on the same store sees the template; other sites do not.
			l2 := New(st, Options{MinPages: 4, MinShare: 0.5})
			if tpl, err := l2.Template(ctx, "NEWS.example"); err != nil || tpl == nil || !tpl.Repeated(extract.BlockHash(boiler)) {
				t.Errorf("second learner: template %v, %v", tpl, err)
			}
			if tpl, err := l2.Template(ctx, "other.example"); err != nil || tpl != nil {
				t.Errorf("other site: template %v, %v; want none", tpl, err)
			}
		})
	}
}

func TestShare(t *testing.T) {
	ctx := context.Background()
	st := memstate.New()
	defer st.Close()
	l := New(st, Options{MinPages: 3, MinShare: 0.5})
	// A block on 3 of the first 10 pages is under half of them.
	for i := range 10 {
		var shared []string
		if i%3 == 0 && i < 9 {
			shared = []string{"Sometimes shown."}
		}
		if err := l.Observe(ctx, "s.example", fmt.Sprint(i), page(i, shared...)); err != nil {
			t.Fatal(err)
		}
	}
	if tpl, _ := l.Template(ctx, "s.example"); tpl != nil {
		t.Errorf("template %v, want none", tpl)
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	st := memstate.New()
	defer st.Close()
	l := New(st, Options{MaxSiteLen: 20})
	for _, site := range []string{"", "  ", "a-very-long-site-name.example"} {
		if err := l.Observe(ctx, site, "", page(1, "x")); !errors.Is(err, ErrBadSite) {
			t.Errorf("Observe(%q) = %v, want ErrBadSite", site, err)
		}
		if _, err := l.Template(ctx, site); !errors.Is(err, ErrBadSite) {
			t.Errorf("Template(%q) = %v, want ErrBadSite", site, err)
		}
	}
	if err := l.Observe(ctx, "ok.example", "", nil); err != nil {
		t.Errorf("nil result: %v", err)
	}
	if err := l.Observe(ctx, "ok.example", "", &extract.Result{}); err != nil {
		t.Errorf("empty result: %v", err)
	}
	// A corrupt stored template reads as empty and is replaced.
	if err := st.Set(ctx, "tpl:ok.example:t", []byte("garbage"), 0); err != nil {
		t.Fatal(err)
	}
	if tpl, err := l.Template(ctx, "ok.example"); err != nil || tpl != nil {
		t.Errorf("corrupt template: %v, %v", tpl, err)
	}
}

func TestCaps(t *testing.T) {
	ctx := context.Background()
	st := memstate.New()
	defer st.Close()
	l := New(st, Options{MinPages: 2, MinShare: 0.1, MaxBlocks: 3, MaxTemplate: 2, MaxSites: 1, Refresh: time.Hour})
	shared := []string{"one", "two", "three", "four", "five"}
	for i := range 4 {
		if err := l.Observe(ctx, "c.example", fmt.Sprint(i), page(i, shared...)); err != nil {
			t.Fatal(err)
		}
	}
	tpl, _ := l.Template(ctx, "c.example")
	if tpl == nil || tpl.(*Template).Len() != 2 {
		t.Fatalf("template %v, want 2 hashes (MaxTemplate)", tpl)
	}
	if _, err := l.Template(ctx, "d.example"); err != nil {
		t.Fatal(err)
	}
	l.mu.Lock()
	n := len(l.cache)
	l.mu.Unlock()
	if n != 1 {
		t.Errorf("cache holds %d sites, want 1 (MaxSites)", n)
	}
}

func TestEncodeDecode(t *testing.T) {
	in := &Template{set: map[uint64]struct{}{1: {}, 1 << 63: {}, 42: {}}}
	out, err := decode(encode(in), 10)
	if err != nil || out.Len() != 3 || !out.Repeated(1<<63) {
		t.Fatalf("round trip: %v, %v", out, err)
	}
	if out, _ := decode(encode(in), 2); out.Len() != 2 {
		t.Errorf("decode cap: %d hashes", out.Len())
	}
	if _, err := decode([]byte{1, 2, 3}, 10); err == nil {
		t.Error("decode of 3 bytes succeeded")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 1})
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tpl, err := decode(b, 100)
		if err != nil {
			return
		}
		if tpl.Len() > 100 || tpl.Len() > len(b)/8 {
			t.Fatalf("%d hashes from %d bytes", tpl.Len(), len(b))
		}
		again, err := decode(encode(tpl), 100)
		if err != nil || again.Len() != tpl.Len() {
			t.Fatalf("re-decode: %v, %v", again, err)
		}
	})
}

func BenchmarkObserve(b *testing.B) {
	ctx := context.Background()
	st := memstate.New()
	defer st.Close()
	l := New(st, Options{})
	shared := []string{"Disclaimer: reproduced from other media.", "Welcome to the site."}
	pages := make([]*extract.Result, 256)
	for i := range pages {
		pages[i] = page(i, shared...)
		for j := range 20 {
			pages[i].BlockHashes = append(pages[i].BlockHashes, extract.BlockHash(fmt.Sprintf("line %d of page %d", j, i)))
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := l.Template(ctx, "b.example"); err != nil {
			b.Fatal(err)
		}
		if err := l.Observe(ctx, "b.example", fmt.Sprint(i), pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// TestLearnMetadata: after a few pages show the same title affix and an
// unambiguous day-first date, the site's template carries them, for every
// Learner sharing the store; a single odd page does not.
func TestLearnMetadata(t *testing.T) {
	ctx := context.Background()
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			a, b := New(st, Options{Refresh: time.Nanosecond}), New(st, Options{Refresh: time.Nanosecond})
			for i := range 5 {
				r := page(i)
				r.TitleAffix = "Riverton Gazette :: "
				if i == 0 {
					r.TitleAffix = " | Odd Title"
				}
				r.DateOrder = "dmy"
				if _, err := a.ObserveStats(ctx, "gazette.example", fmt.Sprintf("https://gazette.example/%d", i), r); err != nil {
					t.Fatalf("Observe %d: %v", i, err)
				}
				tpl, err := b.Template(ctx, "gazette.example")
				if err != nil {
					t.Fatal(err)
				}
				var h extract.SiteHints
				if tpl != nil {
					h = tpl.(extract.SiteHints)
				}
				learned := h != nil && len(h.TitleAffixes()) > 0
				if want := i >= 3; learned != want {
					t.Fatalf("after %d pages: affixes learned %v, want %v", i+1, learned, want)
				}
				if learned && (h.TitleAffixes()[0] != "Riverton Gazette :: " || len(h.TitleAffixes()) != 1 || h.DateOrder() != "dmy") {
					t.Fatalf("after %d pages: affixes %q, order %q", i+1, h.TitleAffixes(), h.DateOrder())
				}
			}
		})
	}
}

func TestDecodeMeta(t *testing.T) {
	affixes, order := decodeMeta(encodeMeta([]string{" | A", "B :: "}, "mdy"))
	if len(affixes) != 2 || affixes[0] != " | A" || affixes[1] != "B :: " || order != "mdy" {
		t.Fatalf("round trip = %q %q", affixes, order)
	}
	if a, o := decodeMeta([]byte("x\ty\no\tzzz\na\t\n\n")); len(a) != 0 || o != "" {
		t.Fatalf("garbage decoded to %q %q", a, o)
	}
}

// TestLearnDateOrder: one page whose numeric date can only be read day
// first settles the site's order while no page has shown the other; a
// single page the other way does not undo it, four more do.
func TestLearnDateOrder(t *testing.T) {
	ctx := context.Background()
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			l := New(st, Options{Refresh: time.Nanosecond})
			order := func() string {
				tpl, err := l.Template(ctx, "ledger.example")
				if err != nil {
					t.Fatal(err)
				}
				if tpl == nil {
					return ""
				}
				return tpl.(extract.SiteHints).DateOrder()
			}
			observe := func(i int, o string) {
				r := page(i)
				r.DateOrder = o
				if _, err := l.ObserveStats(ctx, "ledger.example", fmt.Sprintf("https://ledger.example/%d", i), r); err != nil {
					t.Fatalf("Observe %d: %v", i, err)
				}
			}
			observe(0, "dmy")
			if got := order(); got != "dmy" {
				t.Fatalf("after one day-first page: order %q, want dmy", got)
			}
			observe(1, "mdy")
			if got := order(); got != "dmy" {
				t.Fatalf("after one month-first page: order %q, want dmy kept", got)
			}
			for i := 2; i < 5; i++ {
				observe(i, "mdy")
			}
			if got := order(); got != "mdy" {
				t.Fatalf("after four month-first pages: order %q, want mdy", got)
			}
		})
	}
}
