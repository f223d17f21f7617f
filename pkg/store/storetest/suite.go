package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// Store is the contract the suite checks. *store.Store satisfies it on every
// backend.
type Store interface {
	Apply(ctx context.Context, msgs []bus.Article) error
	Export(ctx context.Context, w io.Writer, opts store.ExportOptions) (int, error)
	Get(ctx context.Context, id string) (store.Story, error)
	Count(ctx context.Context) (stories, urls int, err error)
	Search(ctx context.Context, q store.SearchQuery) (store.SearchPage, error)
	Story(ctx context.Context, id string) (store.StoryDetail, error)
	Sites(ctx context.Context) ([]store.SiteStats, error)
	Close() error
}

// Opener opens the store at one location; calling it again reopens the same
// location (and re-runs migrations).
type Opener func(ctx context.Context) (Store, error)

// Location makes a fresh, empty store location for one test and returns its
// Opener. Cleanup is registered on t.
type Location func(t *testing.T) Opener

// Run runs the contract suite, each case in a fresh location.
func Run(t *testing.T, loc Location) {
	cases := []struct {
		name string
		fn   func(t *testing.T, loc Location)
	}{
		{"ReapplySameBatch", testReapply},
		{"AnyOrderSameRows", testAnyOrder},
		{"OutOfOrderVersions", testOutOfOrderVersions},
		{"AliasBeforeStory", testAliasBeforeStory},
		{"Duplicates", testDuplicates},
		{"Since", testSince},
		{"ExportSchema", testExportSchema},
		{"RoundTrip", testRoundTrip},
		{"MigrationsRerun", testMigrationsRerun},
		{"ConcurrentFirstOpen", testConcurrentFirstOpen},
		{"ConcurrentApply", testConcurrentApply},
		{"InvalidMessage", testInvalid},
		{"DirtyText", testDirtyText},
		{"ExtremeTimes", testExtremeTimes},
		{"SearchText", testSearchText},
		{"SearchFilters", testSearchFilters},
		{"SearchPaging", testSearchPaging},
		{"SearchBadQuery", testSearchBadQuery},
		{"SearchFollowsUpdates", testSearchFollowsUpdates},
		{"SearchManyMatches", testSearchManyMatches},
		{"StoryCopies", testStoryCopies},
		{"Sites", testSites},
		{"ExportTimes", testExportTimes},
		{"ExportFilters", testExportFilters},
		{"ExportCSV", testExportCSV},
		{"ExportParquet", testExportParquet},
		{"PublishedOffset", testPublishedOffset},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.fn(t, loc) })
	}
}

// t0 is the fetch time of test messages.
func t0() time.Time { return time.Date(2026, 11, 20, 8, 30, 0, 123456000, time.UTC) }

// Story builds a story message for tests.
func Story(id string, version int64, url string) bus.Article {
	pub := t0().Add(-time.Hour)
	return bus.Article{
		V: bus.Version, Op: bus.OpStory, StoryID: id, Version: version, URL: url,
		CanonicalURL: url, Site: "news.example", SiteName: "Example News",
		Title: fmt.Sprintf("%s v%d", id, version), Authors: []string{"Ada Lovelace"},
		PublishedAt: &pub, Language: "en", Text: "First paragraph.\nSecond paragraph.",
		Image: "https://news.example/img.jpg", Section: "world", Tags: []string{"a", "b"},
		FetchedAt: t0(), DiscoveredAt: t0().Add(-time.Minute),
		Provenance: map[string]string{"title": "og"},
	}
}

// Alias builds an alias message for tests.
func Alias(id, url string) bus.Article {
	return bus.Article{V: bus.Version, Op: bus.OpAlias, StoryID: id, URL: url, Site: "news.example", Tier: "canonical", FetchedAt: t0()}
}

func open(t *testing.T, o Opener) Store {
	t.Helper()
	s, err := o(t.Context())
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func apply(t *testing.T, s Store, msgs ...bus.Article) {
	t.Helper()
	if err := s.Apply(t.Context(), msgs); err != nil {
		t.Fatalf("apply: %v", err)
	}
}

func exportAll(t *testing.T, s Store, since time.Time) []store.Story {
	t.Helper()
	var buf bytes.Buffer
	n, err := s.Export(t.Context(), &buf, store.ExportOptions{Since: since})
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	var out []store.Story
	dec := json.NewDecoder(&buf)
	for {
		var st store.Story
		if err := dec.Decode(&st); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decode export line: %v", err)
		}
		out = append(out, st)
	}
	if n != len(out) {
		t.Errorf("export returned n=%d, wrote %d lines", n, len(out))
	}
	return out
}

func wantCount(t *testing.T, s Store, stories, urls int) {
	t.Helper()
	gs, gu, err := s.Count(t.Context())
	if err != nil {
		t.Fatalf("count: %v", err)
	}
	if gs != stories || gu != urls {
		t.Errorf("count = (%d stories, %d urls), want (%d, %d)", gs, gu, stories, urls)
	}
}

func ids(l []store.Story) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = s.ID
	}
	return out
}

func testReapply(t *testing.T, loc Location) {
	s := open(t, loc(t))
	batch := []bus.Article{
		Story("s1", 1, "https://news.example/a"),
		Story("s2", 1, "https://news.example/b"),
		Alias("s1", "https://news.example/a?amp=1"),
	}
	apply(t, s, batch...)
	first := exportAll(t, s, time.Time{})
	for range 3 {
		apply(t, s, batch...)
	}
	apply(t, s, batch[2], batch[0]) // partial redelivery in another batch
	wantCount(t, s, 2, 3)
	again := exportAll(t, s, time.Time{})
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("re-apply changed export (stored_at must not move) (-first +again):\n%s", diff)
	}
}

func testAnyOrder(t *testing.T, loc Location) {
	msgs := []bus.Article{
		Story("s1", 1, "https://news.example/a"),
		Alias("s1", "https://news.example/a2"),
		Story("s1", 2, "https://news.example/a3"),
		Story("s2", 1, "https://news.example/b"),
		Alias("s3", "https://news.example/c-alias"),
		Story("s3", 4, "https://news.example/c"),
		Story("s3", 3, "https://news.example/c-old"),
	}
	rev := slices.Clone(msgs)
	slices.Reverse(rev)
	orders := map[string][][]bus.Article{
		"one batch":           {msgs},
		"one batch reversed":  {rev},
		"one per batch":       split(msgs),
		"reversed singletons": split(rev),
	}
	var want []store.Story
	var wantName string
	for _, name := range []string{"one batch", "one batch reversed", "one per batch", "reversed singletons"} {
		s := open(t, loc(t))
		for _, b := range orders[name] {
			apply(t, s, b...)
		}
		got := exportAll(t, s, time.Time{})
		wantCount(t, s, 3, 7)
		if want == nil {
			want, wantName = got, name
			continue
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(store.Story{}, "StoredAt", "FirstStoredAt", "UpdatedAt"),
			cmpopts.SortSlices(func(a, b store.Story) bool { return a.ID < b.ID })); diff != "" {
			t.Errorf("%s vs %s (-want +got):\n%s", wantName, name, diff)
		}
	}
}

func split(msgs []bus.Article) [][]bus.Article {
	out := make([][]bus.Article, len(msgs))
	for i := range msgs {
		out[i] = msgs[i : i+1]
	}
	return out
}

func testOutOfOrderVersions(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s, Story("s1", 3, "https://news.example/v3"))
	apply(t, s, Story("s1", 1, "https://news.example/v1"))
	apply(t, s, Story("s1", 2, "https://news.example/v2"))
	tie := Story("s1", 3, "https://news.example/v3-tie")
	tie.Title = "tie must lose"
	apply(t, s, tie)
	got, err := s.Get(t.Context(), "s1")
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	if got.Version != 3 || got.URL != "https://news.example/v3" || got.Title != "s1 v3" {
		t.Errorf("got version %d url %q title %q, want 3 https://news.example/v3 \"s1 v3\"", got.Version, got.URL, got.Title)
	}
	want := []string{"https://news.example/v1", "https://news.example/v2", "https://news.example/v3-tie"}
	if diff := cmp.Diff(want, got.Duplicates); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
	wantCount(t, s, 1, 4)
}

func testAliasBeforeStory(t *testing.T, loc Location) {
	o := loc(t)
	s := open(t, o)
	apply(t, s, Alias("s1", "https://news.example/amp/a"))
	apply(t, s, Alias("s1", "https://news.example/print/a"))
	wantCount(t, s, 0, 2)
	if got := exportAll(t, s, time.Time{}); len(got) != 0 {
		t.Errorf("export before story row = %v, want nothing", ids(got))
	}
	if _, err := s.Get(t.Context(), "s1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("get before story row: err = %v, want ErrNotFound", err)
	}
	apply(t, s, Story("s1", 1, "https://news.example/a"))
	got := exportAll(t, s, time.Time{})
	if len(got) != 1 {
		t.Fatalf("export = %v, want [s1]", ids(got))
	}
	want := []string{"https://news.example/amp/a", "https://news.example/print/a"}
	if diff := cmp.Diff(want, got[0].Duplicates); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
}

func testDuplicates(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s,
		Story("s1", 1, "https://news.example/a"),
		Alias("s1", "https://news.example/c"),
		Alias("s1", "https://news.example/b"),
		Alias("s1", "https://news.example/a"), // its own chosen URL
		Story("s2", 1, "https://news.example/other"),
	)
	check := func(wantURL string, wantDups []string) {
		t.Helper()
		got, err := s.Get(t.Context(), "s1")
		if err != nil {
			t.Fatalf("get: %v", err)
		}
		if got.URL != wantURL {
			t.Errorf("url = %q, want %q", got.URL, wantURL)
		}
		if diff := cmp.Diff(wantDups, got.Duplicates); diff != "" {
			t.Errorf("duplicates (-want +got):\n%s", diff)
		}
	}
	check("https://news.example/a", []string{"https://news.example/b", "https://news.example/c"})
	// A better copy at an alias URL becomes the chosen URL; the old one turns
	// into a duplicate.
	apply(t, s, Story("s1", 2, "https://news.example/c"))
	check("https://news.example/c", []string{"https://news.example/a", "https://news.example/b"})
	other, err := s.Get(t.Context(), "s2")
	if err != nil {
		t.Fatalf("get s2: %v", err)
	}
	if other.Duplicates == nil || len(other.Duplicates) != 0 {
		t.Errorf("s2 duplicates = %#v, want empty non-nil", other.Duplicates)
	}
}

func testRoundTrip(t *testing.T, loc Location) {
	s := open(t, loc(t))
	m := Story("s1", 7, "https://news.example/a")
	mod := t0().Add(30 * time.Minute)
	m.ModifiedAt = &mod
	m.Tier = "near"
	m.Text = "Ünïcödé “quotes” <b>&amp;</b>\nline two"
	before := time.Now().Add(-time.Second)
	apply(t, s, m)
	got, err := s.Get(t.Context(), "s1")
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	if got.StoredAt.Before(before) || got.StoredAt.After(time.Now().Add(time.Second)) {
		t.Errorf("stored_at = %v, want about now", got.StoredAt)
	}
	want := store.Story{
		ID: "s1", URL: m.URL, CanonicalURL: m.CanonicalURL, Site: m.Site, Title: m.Title,
		Authors: m.Authors, PublishedAt: m.PublishedAt, Language: m.Language, Text: m.Text,
		Duplicates: []string{}, FetchedAt: t0(), StoredAt: got.StoredAt, FirstStoredAt: got.StoredAt, UpdatedAt: got.StoredAt, SiteName: m.SiteName,
		ModifiedAt: &mod, Image: m.Image, Section: m.Section, Tags: m.Tags, Version: 7, Tier: "near",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func testMigrationsRerun(t *testing.T, loc Location) {
	o := loc(t)
	s, err := o(t.Context())
	if err != nil {
		t.Fatalf("first open: %v", err)
	}
	apply(t, s, Story("s1", 1, "https://news.example/a"))
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	// Concurrent opens of an existing location, then of each other.
	var wg sync.WaitGroup
	stores := make([]Store, 3)
	errs := make([]error, 3)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = o(t.Context()) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		t.Cleanup(func() { stores[i].Close() })
	}
	apply(t, stores[0], Story("s2", 1, "https://news.example/b"))
	wantCount(t, stores[2], 2, 2)
}

func testConcurrentFirstOpen(t *testing.T, loc Location) {
	o := loc(t)
	var wg sync.WaitGroup
	stores := make([]Store, 3)
	errs := make([]error, 3)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = o(t.Context()) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("concurrent open %d of a fresh location: %v", i, err)
			continue
		}
		t.Cleanup(func() { stores[i].Close() })
	}
	if t.Failed() {
		return
	}
	for i, s := range stores {
		apply(t, s, Story(fmt.Sprint("s", i), 1, fmt.Sprint("https://news.example/", i)))
	}
	wantCount(t, stores[0], 3, 3)
}

func testConcurrentApply(t *testing.T, loc Location) {
	o := loc(t)
	s1 := open(t, o)
	s2 := open(t, o) // a second handle, like a second sink replica
	const stories, rounds = 20, 10
	batch := func(round int, reverse bool) []bus.Article {
		var b []bus.Article
		for i := range stories {
			id := fmt.Sprintf("s%02d", i)
			b = append(b,
				Story(id, int64(round), fmt.Sprintf("https://news.example/%s/v%d", id, round)),
				Alias(id, fmt.Sprintf("https://news.example/%s/amp", id)))
		}
		if reverse {
			slices.Reverse(b)
		}
		return b
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*rounds)
	for w, s := range []Store{s1, s2} {
		wg.Go(func() {
			for r := 1; r <= rounds; r++ {
				if err := s.Apply(t.Context(), batch(r, w == 1)); err != nil {
					errs <- fmt.Errorf("writer %d round %d: %w", w, r, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	wantCount(t, s1, stories, stories*(rounds+1))
	for _, st := range exportAll(t, s1, time.Time{}) {
		if st.Version != rounds || len(st.Duplicates) != rounds {
			t.Errorf("%s: version %d with %d duplicates, want %d and %d", st.ID, st.Version, len(st.Duplicates), rounds, rounds)
		}
	}
}

func testInvalid(t *testing.T, loc Location) {
	s := open(t, loc(t))
	good := Story("s1", 1, "https://news.example/a")
	cases := []struct {
		name string
		bad  bus.Article
	}{
		{"unknown op", bus.Article{Op: "delete", StoryID: "x", URL: "https://news.example/x"}},
		{"empty story id", bus.Article{Op: bus.OpStory, URL: "https://news.example/x"}},
		{"empty url", bus.Article{Op: bus.OpAlias, StoryID: "x"}},
		{"negative version", bus.Article{Op: bus.OpStory, StoryID: "x", URL: "https://news.example/x", Version: -1}},
	}
	for _, c := range cases {
		err := s.Apply(t.Context(), []bus.Article{good, c.bad})
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", c.name, err)
		}
	}
	wantCount(t, s, 0, 0)
	if err := s.Apply(t.Context(), nil); err != nil {
		t.Errorf("empty batch: %v", err)
	}
}

func testDirtyText(t *testing.T, loc Location) {
	s := open(t, loc(t))
	m := Story("s1", 1, "https://news.example/a")
	m.Title = "bad\x00title\xff"
	m.Text = "nul\x00inside \xc3\x28 invalid"
	m.Authors = []string{"a\x00b"}
	apply(t, s, m)
	got, err := s.Get(t.Context(), "s1")
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	if got.Title != "badtitle\uFFFD" || got.Text != "nulinside \uFFFD( invalid" || got.Authors[0] != "ab" {
		t.Errorf("got title %q text %q authors %q", got.Title, got.Text, got.Authors)
	}
}

// Batch returns n new stories with ids prefix-0..prefix-(n-1) and textBytes of
// body text each, for load tests and benchmarks. An empty prefix yields
// messages that fail validation.
func Batch(prefix string, n, textBytes int) []bus.Article {
	para := "The quick brown fox jumps over the lazy dog, again and again, in the news. "
	body := make([]byte, 0, textBytes)
	for len(body) < textBytes {
		body = append(body, para...)
		if len(body)%500 < len(para) {
			body = append(body, '\n')
		}
	}
	text := string(body[:textBytes])
	out := make([]bus.Article, n)
	for i := range out {
		id := ""
		if prefix != "" {
			id = fmt.Sprintf("%s-%d", prefix, i)
		}
		m := Story(id, 1, "https://news.example/"+prefix+"/"+fmt.Sprint(i))
		m.Text = text
		out[i] = m
	}
	return out
}

func testExtremeTimes(t *testing.T, loc Location) {
	s := open(t, loc(t))
	for i, y := range []int{-5, 0, 10000, 300000} {
		m := Story(fmt.Sprint("s", i), 1, fmt.Sprint("https://news.example/t", i))
		bad := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		m.PublishedAt, m.ModifiedAt, m.FetchedAt = &bad, &bad, bad
		apply(t, s, m)
		got, err := s.Get(t.Context(), m.StoryID)
		if err != nil {
			t.Fatalf("year %d: get: %v", y, err)
		}
		if got.PublishedAt != nil || got.ModifiedAt != nil || !got.FetchedAt.IsZero() {
			t.Errorf("year %d: got published %v modified %v fetched %v, want unknown", y, got.PublishedAt, got.ModifiedAt, got.FetchedAt)
		}
	}
	exportAll(t, s, time.Time{})
}
