package storetest

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// Article builds a story message with the given site, language, title,
// body, authors and publication time, for search tests.
func Article(id, site, lang, title, text string, published time.Time, authors ...string) bus.Article {
	m := Story(id, 1, "https://"+site+"/"+id)
	m.Site, m.Language, m.Title, m.Text, m.Authors = site, lang, title, text, authors
	m.PublishedAt = &published
	m.Signals = &bus.Signals{Detail: 1, Length: len(strings.Fields(text))}
	return m
}

// corpus is a small multilingual set of stories with known words.
func corpus() []bus.Article {
	base := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	return []bus.Article{
		Article("harbour", "coast.example", "en", "Storm closes the harbour",
			"Fishing boats stayed in port on Tuesday as the storm closed the harbour.\nThe harbour master expects elections of a new board next spring.",
			base, "Mary Shelley"),
		Article("budget", "capital.example", "en", "Parliament passes the budget",
			"The parliament passed the budget after a long night of debate.\nOpposition members voted against the spending plan.",
			base.Add(24*time.Hour), "Ada Lovelace", "Charles Babbage"),
		Article("wahl", "zeitung.example", "de", "Regierung verliert die Wahl",
			"Die Regierung hat die Wahl am Sonntag verloren.\nDie Wähler entschieden sich für die Opposition.",
			base.Add(48*time.Hour), "Anna Seghers"),
		Article("greve", "journal.example", "fr", "Grève des transports à Paris",
			"Les transports publics sont paralysés par une grève à Paris.\nLes syndicats réclament des salaires plus élevés.",
			base.Add(72*time.Hour)),
		Article("election", "capital.example", "en", "Election results delayed",
			"Officials delayed the election results until Friday.\nThe storm in the north slowed the count of ballots.",
			base.Add(96*time.Hour), "ada lovelace"),
	}
}

func search(t *testing.T, s Store, q store.SearchQuery) store.SearchPage {
	t.Helper()
	p, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("search %+v: %v", q, err)
	}
	return p
}

func hitIDs(p store.SearchPage) []string {
	out := make([]string, len(p.Stories))
	for i, h := range p.Stories {
		out[i] = h.ID
	}
	return out
}

func sorted(l []string) []string {
	l = slices.Clone(l)
	slices.Sort(l)
	return l
}

func testSearchText(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s, corpus()...)
	apply(t, s, Alias("budget", "https://mirror.example/budget-copy"))
	cases := []struct {
		name string
		q    string
		want []string // any order
	}{
		{"word in body", "harbour", []string{"harbour"}},
		{"word in title and body of several", "storm", []string{"election", "harbour"}},
		{"all words must match", "storm ballots", []string{"election"}},
		{"stemmed plural finds singular", "elections", []string{"election", "harbour"}},
		{"phrase", `"spending plan"`, []string{"budget"}},
		{"phrase words apart do not match", `"plan spending"`, nil},
		{"OR", "harbour OR parliament", []string{"budget", "harbour"}},
		{"exclude", "storm -ballots", []string{"harbour"}},
		{"accents folded", "greve", []string{"greve"}},
		{"German word", "Regierung", []string{"wahl"}},
		{"author name", "lovelace", []string{"budget", "election"}},
		{"case and punctuation", "HARBOUR!", []string{"harbour"}},
		{"no match", "volcano", nil},
		{"query syntax is text", `harbour" OR "x* NEAR(`, []string{"harbour"}},
	}
	for _, c := range cases {
		p := search(t, s, store.SearchQuery{Text: c.q})
		if diff := cmp.Diff(sorted(c.want), sorted(hitIDs(p)), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: q=%q (-want +got):\n%s", c.name, c.q, diff)
		}
		if p.Sort != store.SortRelevance {
			t.Errorf("%s: sort = %q, want relevance by default with a query", c.name, p.Sort)
		}
		for i, h := range p.Stories {
			if h.Score == nil {
				t.Errorf("%s: hit %s without score", c.name, h.ID)
			} else if i > 0 && p.Stories[i-1].Score != nil && *h.Score > *p.Stories[i-1].Score {
				t.Errorf("%s: hits not ordered by score: %v", c.name, hitIDs(p))
			}
		}
	}
	// Ranking: a title match beats a passing mention in the body.
	p := search(t, s, store.SearchQuery{Text: "storm"})
	if len(p.Stories) != 2 || p.Stories[0].ID != "harbour" {
		t.Errorf("storm: order %v, want harbour (in its title) first", hitIDs(p))
	}
	// Snippet: escaped text with the matched word marked; copies counted.
	p = search(t, s, store.SearchQuery{Text: "spending"})
	if len(p.Stories) != 1 {
		t.Fatalf("spending: %v", hitIDs(p))
	}
	h := p.Stories[0]
	if !strings.Contains(h.Snippet, "<mark>spending</mark>") {
		t.Errorf("snippet %q lacks <mark>spending</mark>", h.Snippet)
	}
	if h.Copies != 2 || h.Site != "capital.example" || h.Title != "Parliament passes the budget" ||
		!slices.Equal(h.Authors, []string{"Ada Lovelace", "Charles Babbage"}) || h.PublishedAt == nil || h.FirstStoredAt.IsZero() {
		t.Errorf("hit = %+v", h)
	}
	// Without a query: every story, newest story time first, with the body's start as snippet.
	p = search(t, s, store.SearchQuery{})
	if diff := cmp.Diff([]string{"election", "greve", "wahl", "budget", "harbour"}, hitIDs(p)); diff != "" {
		t.Errorf("list all (-want +got):\n%s", diff)
	}
	if p.Sort != store.SortPublished || !strings.HasPrefix(p.Stories[0].Snippet, "Officials delayed") || p.Stories[0].Score != nil {
		t.Errorf("list all: sort %q, first snippet %q, score %v", p.Sort, p.Stories[0].Snippet, p.Stories[0].Score)
	}
	// Markup in a body comes back escaped.
	m := Article("markup", "coast.example", "en", "Tags <b>here</b>", "A volcano & <script>alert(1)</script> erupted.", time.Now())
	apply(t, s, m)
	p = search(t, s, store.SearchQuery{Text: "volcano"})
	// (PostgreSQL's ts_headline drops tags; SQLite keeps them, escaped.)
	if len(p.Stories) != 1 || strings.Contains(p.Stories[0].Snippet, "<script>") || !strings.Contains(p.Stories[0].Snippet, "&amp;") {
		t.Errorf("volcano snippet = %v", p.Stories)
	}
}

func testSearchFilters(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s, corpus()...)
	base := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		q    store.SearchQuery
		want []string
	}{
		{"site", store.SearchQuery{Site: "capital.example"}, []string{"budget", "election"}},
		{"site and text", store.SearchQuery{Site: "capital.example", Text: "storm"}, []string{"election"}},
		{"lang", store.SearchQuery{Lang: "DE"}, []string{"wahl"}},
		{"lang and text", store.SearchQuery{Lang: "en", Text: "opposition"}, []string{"budget"}},
		{"author any case", store.SearchQuery{Author: "ADA LOVELACE"}, []string{"budget", "election"}},
		{"author is a whole name", store.SearchQuery{Author: "Ada"}, nil},
		{"since", store.SearchQuery{Since: base.Add(72 * time.Hour)}, []string{"election", "greve"}},
		{"until is exclusive", store.SearchQuery{Until: base.Add(24 * time.Hour)}, []string{"harbour"}},
		{"since and until", store.SearchQuery{Since: base.Add(time.Hour), Until: base.Add(49 * time.Hour)}, []string{"budget", "wahl"}},
		{"all filters", store.SearchQuery{Text: "storm", Site: "capital.example", Lang: "en", Author: "ada lovelace",
			Since: base, Until: base.Add(100 * time.Hour)}, []string{"election"}},
		{"unknown site", store.SearchQuery{Site: "nowhere.example"}, nil},
	}
	for _, c := range cases {
		for _, sort := range []string{"", store.SortPublished, store.SortStored} {
			q := c.q
			q.Sort = sort
			if diff := cmp.Diff(sorted(c.want), sorted(hitIDs(search(t, s, q))), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s, sort %q (-want +got):\n%s", c.name, sort, diff)
			}
		}
	}
	// Words spelled like an index's internal tokens (SQLite's facets: the
	// month, language and site of each story) match no story's text.
	for _, q := range []string{"zm202611", "zl656E", "zs636F6173742E6578616D706C65", "ZM202611 OR zl656e"} {
		if got := hitIDs(search(t, s, store.SearchQuery{Text: q})); len(got) != 0 {
			t.Errorf("q %q = %v, want none", q, got)
		}
	}
	// A story without a publication date falls back to when it was first stored.
	undated := Story("undated", 1, "https://coast.example/undated")
	undated.PublishedAt = nil
	apply(t, s, undated)
	if got := hitIDs(search(t, s, store.SearchQuery{Since: time.Now().Add(-time.Hour)})); !slices.Equal(got, []string{"undated"}) {
		t.Errorf("since an hour ago = %v, want the undated story stored just now", got)
	}
}

func testSearchPaging(t *testing.T, loc Location) {
	s := open(t, loc(t))
	base := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	var msgs []bus.Article
	for i := range 25 {
		// Pairs share a publication time, so the id must break ties.
		text := fmt.Sprintf("Report number %d about the river flood. %s", i, strings.Repeat("flood ", i%5))
		msgs = append(msgs, Article(fmt.Sprintf("p%02d", i), "river.example", "en", fmt.Sprint("Flood ", i), text,
			base.Add(time.Duration(i/2)*time.Hour)))
	}
	apply(t, s, msgs...)
	late := 0
	for _, q := range []store.SearchQuery{
		{Sort: store.SortPublished},
		{Sort: store.SortStored},
		{Text: "flood"},
		{Text: "flood", Sort: store.SortPublished},
		{Text: "river", Sort: store.SortStored},
	} {
		q.Limit = 10
		var all []string
		var pages int
		added := ""
		for {
			p := search(t, s, q)
			pages++
			for _, id := range hitIDs(p) {
				if strings.HasPrefix(id, "zz") {
					if pages > 1 && id == added {
						t.Errorf("%+v: page %d holds %s, stored after the first page", q, pages, id)
					}
					continue
				}
				all = append(all, id)
			}
			if pages == 1 && q.Sort != store.SortRelevance && q.Sort != "" {
				// A story stored between pages, newer than all, does not
				// shift or repeat later pages.
				late++
				added = fmt.Sprint("zz", late)
				apply(t, s, Article(added, "river.example", "en", "Flood late",
					"Late river flood report.", base.Add(1000*time.Hour)))
			}
			if p.NextCursor == "" {
				break
			}
			if len(p.Stories) != q.Limit {
				t.Errorf("%+v: page %d has %d stories and a next cursor", q, pages, len(p.Stories))
			}
			q.Cursor = p.NextCursor
			if pages > 10 {
				t.Fatalf("%+v: more than 10 pages", q)
			}
		}
		var want []string
		for i := range 25 {
			want = append(want, fmt.Sprintf("p%02d", i))
		}
		if diff := cmp.Diff(want, sorted(all)); diff != "" {
			t.Errorf("%+v: pages do not cover the stories once each (-want +got):\n%s", q, diff)
		}
		if q.Sort == store.SortPublished && q.Text == "" && !slices.IsSortedFunc(all, func(a, b string) int { return strings.Compare(b, a) }) {
			t.Errorf("published order: %v", all)
		}
	}
	// A cursor only continues its own query.
	p := search(t, s, store.SearchQuery{Text: "flood", Limit: 5})
	_, err := s.Search(t.Context(), store.SearchQuery{Text: "river", Limit: 5, Cursor: p.NextCursor})
	if !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("cursor of another query: err = %v, want ErrBadQuery", err)
	}
	// A relevance cursor from before a change of scoring (one without the
	// scoring version) is refused, not followed with scores of another scale.
	raw, err := base64.RawURLEncoding.DecodeString(p.NextCursor)
	if err != nil {
		t.Fatalf("cursor is not base64url: %v", err)
	}
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatalf("cursor is not JSON: %v", err)
	}
	if _, ok := fields["v"]; !ok {
		t.Errorf("relevance cursor %s carries no scoring version", raw)
	}
	delete(fields, "v")
	raw, err = json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Search(t.Context(), store.SearchQuery{Text: "flood", Limit: 5, Cursor: base64.RawURLEncoding.EncodeToString(raw)})
	if !errors.Is(err, store.ErrBadQuery) || !strings.Contains(err.Error(), "scoring") {
		t.Errorf("relevance cursor of an older scoring: err = %v, want ErrBadQuery naming the scoring change", err)
	}
}

func testSearchBadQuery(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s, corpus()...)
	now := time.Now()
	for _, q := range []store.SearchQuery{
		{Sort: store.SortRelevance},
		{Sort: "newest"},
		{Limit: -1},
		{Limit: store.MaxSearchLimit + 1},
		{Text: "-storm"},
		{Text: `"" ... !!`},
		{Cursor: "not a cursor"},
		{Cursor: "e30"}, // {}
		{Since: now, Until: now.Add(-time.Hour)},
	} {
		if _, err := s.Search(t.Context(), q); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("search %+v: err = %v, want ErrBadQuery", q, err)
		}
	}
	if p := search(t, s, store.SearchQuery{Limit: store.MaxSearchLimit}); len(p.Stories) != 5 {
		t.Errorf("limit max: %d stories", len(p.Stories))
	}
}

func testSearchFollowsUpdates(t *testing.T, loc Location) {
	s := open(t, loc(t))
	first := Article("s1", "a.example", "en", "Bridge opens", "The new bridge opens to traffic.", t0())
	apply(t, s, first)
	better := Article("s1", "b.example", "en", "Tunnel opens", "The new tunnel opens to traffic.", t0())
	better.Version, better.URL = 2, "https://b.example/s1"
	apply(t, s, better)
	if got := hitIDs(search(t, s, store.SearchQuery{Text: "bridge"})); len(got) != 0 {
		t.Errorf("bridge after the story changed = %v, want none", got)
	}
	if got := hitIDs(search(t, s, store.SearchQuery{Text: "tunnel"})); !slices.Equal(got, []string{"s1"}) {
		t.Errorf("tunnel = %v, want [s1]", got)
	}
	stale := Article("s1", "a.example", "en", "Ferry opens", "The ferry opens.", t0()) // version 1 again: ignored
	apply(t, s, stale)
	if got := hitIDs(search(t, s, store.SearchQuery{Text: "ferry"})); len(got) != 0 {
		t.Errorf("ferry from a stale version = %v, want none", got)
	}
	// The ignored version leaves the index as it was, filters included.
	for _, q := range []store.SearchQuery{{Text: "tunnel", Site: "b.example"}, {Text: "tunnel", Sort: store.SortPublished}} {
		if got := hitIDs(search(t, s, q)); !slices.Equal(got, []string{"s1"}) {
			t.Errorf("%+v after a stale version = %v, want [s1]", q, got)
		}
	}
	if got := hitIDs(search(t, s, store.SearchQuery{Text: "tunnel", Site: "a.example"})); len(got) != 0 {
		t.Errorf("tunnel on the old site = %v, want none", got)
	}
}

func testStoryCopies(t *testing.T, loc Location) {
	s := open(t, loc(t))
	pub := t0().Add(-6 * time.Hour)
	// The first copy seen: a syndicated copy that names the original as canonical.
	copy1 := Article("s1", "mirror.example", "en", "Quake hits the coast", "A strong quake hit the coast.", pub)
	copy1.URL, copy1.CanonicalURL = "https://mirror.example/quake", "https://origin.example/quake"
	copy1.Signals = &bus.Signals{Rank: -3, Detail: 1, Length: 6, Published: pub.Unix()}
	apply(t, s, copy1)
	// The original arrives later and takes the story over.
	orig := Article("s1", "origin.example", "en", "Quake hits the coast", "A strong quake hit the coast today.", pub)
	orig.Version, orig.URL, orig.CanonicalURL, orig.Tier = 2, "https://origin.example/quake", "https://origin.example/quake", "canonical"
	orig.Signals = &bus.Signals{Rank: 0, Detail: 3, Length: 7, Published: pub.Unix()}
	time.Sleep(2 * time.Millisecond)
	apply(t, s, orig)
	// A near copy with a shorter text, and an old-style alias without signals.
	near := Alias("s1", "https://other.example/quake")
	near.Tier, near.Version, near.Site = "near", 2, "other.example"
	near.Signals = &bus.Signals{Rank: 0, Detail: 3, Length: 5, Published: pub.Unix()}
	time.Sleep(2 * time.Millisecond)
	apply(t, s, near)

	d, err := s.Story(t.Context(), "s1")
	if err != nil {
		t.Fatalf("story: %v", err)
	}
	if d.URL != orig.URL || d.Version != 2 || d.Title != orig.Title || d.Text != orig.Text || d.FetchedAt == nil || d.FirstStoredAt.IsZero() || d.UpdatedAt.Before(d.FirstStoredAt) {
		t.Errorf("story = %+v", d)
	}
	if len(d.Copies) != 3 {
		t.Fatalf("copies = %+v, want 3", d.Copies)
	}
	type row struct {
		URL, Site, Tier string
		Original        bool
		Version         int64
	}
	var got []row
	for _, c := range d.Copies {
		got = append(got, row{c.URL, c.Site, c.Tier, c.Original, c.Version})
		if c.FirstSeenAt.IsZero() || c.FetchedAt == nil || c.Signals == nil {
			t.Errorf("copy %s: first seen %v, fetched %v, signals %v", c.URL, c.FirstSeenAt, c.FetchedAt, c.Signals)
		}
	}
	want := []row{
		{"https://mirror.example/quake", "mirror.example", "", false, 1},
		{"https://origin.example/quake", "origin.example", "canonical", true, 2},
		{"https://other.example/quake", "other.example", "near", false, 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("copies (-want +got):\n%s", diff)
	}
	if o := d.Original; o.URL != orig.URL || !o.TookOver || o.Decided != "rank" || !strings.Contains(o.Reason, "rel=canonical") {
		t.Errorf("original = %+v, want a takeover decided by rank (named canonical)", o)
	}
	if why := d.Copies[2].Why; !strings.Contains(why, "rel=canonical") {
		t.Errorf("near copy why = %q, want the canonical naming", why)
	}
	if why := d.Copies[0].Why; !strings.Contains(why, "canonical") {
		t.Errorf("mirror copy why = %q", why)
	}

	// A story seen once.
	apply(t, s, Story("solo", 1, "https://news.example/solo"))
	d, err = s.Story(t.Context(), "solo")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Copies) != 1 || !d.Copies[0].Original || d.Original.Decided != store.DecidedOnlyCopy || d.Original.TookOver {
		t.Errorf("solo story = %+v", d)
	}
	if _, err := s.Story(t.Context(), "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing story: err = %v, want ErrNotFound", err)
	}
	apply(t, s, Alias("pending", "https://news.example/pending"))
	if _, err := s.Story(t.Context(), "pending"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("alias without story: err = %v, want ErrNotFound", err)
	}
}

func testSites(t *testing.T, loc Location) {
	s := open(t, loc(t))
	if got, err := s.Sites(t.Context()); err != nil || got == nil || len(got) != 0 {
		t.Errorf("sites of an empty store = %#v, %v; want empty", got, err)
	}
	apply(t, s, corpus()...)
	cp := Alias("budget", "https://mirror.example/budget")
	cp.Site = "mirror.example"
	cp2 := Alias("election", "https://capital.example/election?amp")
	cp2.Site = "capital.example"
	apply(t, s, cp, cp2)
	sites, err := s.Sites(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][3]int{}
	for _, st := range sites {
		got[st.Site] = [3]int{st.Stories, st.URLs, st.Copies}
		if st.Stories > 0 && (st.LastStoredAt == nil || st.LastPublishedAt == nil) {
			t.Errorf("%s: last stored %v, last published %v", st.Site, st.LastStoredAt, st.LastPublishedAt)
		}
	}
	want := map[string][3]int{
		"capital.example": {2, 3, 1},
		"coast.example":   {1, 1, 0},
		"zeitung.example": {1, 1, 0},
		"journal.example": {1, 1, 0},
		"mirror.example":  {0, 1, 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sites (-want +got):\n%s", diff)
	}
	if sites[0].Site != "capital.example" {
		t.Errorf("first site = %s, want the one with most stories", sites[0].Site)
	}
	if want := time.Date(2026, 11, 5, 12, 0, 0, 0, time.UTC); !sites[0].LastPublishedAt.Equal(want) {
		t.Errorf("capital last published = %v, want %v", sites[0].LastPublishedAt, want)
	}
}
