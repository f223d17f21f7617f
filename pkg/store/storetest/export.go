package storetest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// exportStories stores a small varied set: a story taken over by a better
// copy (version 2), one with an alias, one in another language on another
// site, and one with no dates.
func exportStories(t *testing.T, s Store) {
	t.Helper()
	first := Story("taken", 1, "https://agg.example/taken")
	first.Site, first.Title, first.Text = "agg.example", "Volcano erupts near village", "Lava reached the village of Arbon.\nNo one was hurt."
	apply(t, s, first, Story("plain", 1, "https://news.example/plain"), Alias("plain", "https://mirror.example/plain"))
	fr := Story("fr", 1, "https://journal.example/fr")
	fr.Site, fr.Language, fr.Title, fr.Text = "journal.example", "FR", "Le budget est adopté", "Le parlement a voté le budget."
	bare := bus.Article{V: bus.Version, Op: bus.OpStory, StoryID: "bare", Version: 1, URL: "https://news.example/bare", Site: "news.example", FetchedAt: t0()}
	apply(t, s, fr, bare)
	time.Sleep(5 * time.Millisecond) // the takeover is stored measurably later
	better := Story("taken", 2, "https://news.example/taken")
	better.Title, better.Text, better.Tier = "Volcano erupts near village", "Lava reached the village of Arbon.\nNo one was hurt.", "text"
	better.FetchedAt = t0().Add(time.Hour)
	apply(t, s, better)
}

func exportBytes(t *testing.T, s Store, o store.ExportOptions) ([]byte, int) {
	t.Helper()
	var buf bytes.Buffer
	n, err := s.Export(t.Context(), &buf, o)
	if err != nil {
		t.Fatalf("export %+v: %v", o, err)
	}
	return buf.Bytes(), n
}

func jsonlStories(t *testing.T, b []byte) []store.Story {
	t.Helper()
	var out []store.Story
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var st store.Story
		if err := dec.Decode(&st); err != nil {
			t.Fatal(err)
		}
		out = append(out, st)
	}
	return out
}

func sortedIDs(l []store.Story) []string {
	var out []string
	for _, s := range l {
		out = append(out, s.ID)
	}
	slices.Sort(out)
	return out
}

// testExportTimes: first_stored_at stays, updated_at moves with a takeover,
// stored_at is first_stored_at under its old name, fetched_at is the chosen
// copy's.
func testExportTimes(t *testing.T, loc Location) {
	s := open(t, loc(t))
	exportStories(t, s)
	b, _ := exportBytes(t, s, store.ExportOptions{})
	for _, st := range jsonlStories(t, b) {
		if st.FirstStoredAt.IsZero() || !st.StoredAt.Equal(st.FirstStoredAt) || st.UpdatedAt.Before(st.FirstStoredAt) {
			t.Errorf("%s: stored %v first stored %v updated %v", st.ID, st.StoredAt, st.FirstStoredAt, st.UpdatedAt)
		}
		switch st.ID {
		case "taken":
			if !st.UpdatedAt.After(st.FirstStoredAt) || !st.FetchedAt.Equal(t0().Add(time.Hour)) || st.URL != "https://news.example/taken" {
				t.Errorf("taken over story: url %s fetched %v first stored %v updated %v", st.URL, st.FetchedAt, st.FirstStoredAt, st.UpdatedAt)
			}
		case "plain":
			if !st.UpdatedAt.Equal(st.FirstStoredAt) {
				t.Errorf("untouched story: updated %v, first stored %v", st.UpdatedAt, st.FirstStoredAt)
			}
		}
	}
}

// testExportFilters: --site, --lang, --q and --until narrow the export like
// the query API's filters.
func testExportFilters(t *testing.T, loc Location) {
	s := open(t, loc(t))
	exportStories(t, s)
	all, _ := exportBytes(t, s, store.ExportOptions{})
	stories := jsonlStories(t, all)
	var taken store.Story
	for _, st := range stories {
		if st.ID == "taken" {
			taken = st
		}
	}
	tests := []struct {
		name string
		opts store.ExportOptions
		want []string
	}{
		{"all", store.ExportOptions{}, []string{"bare", "fr", "plain", "taken"}},
		{"site", store.ExportOptions{Site: "news.example"}, []string{"bare", "plain", "taken"}},
		{"site of the first copy no longer counts", store.ExportOptions{Site: "agg.example"}, nil},
		{"lang any case", store.ExportOptions{Lang: "fr"}, []string{"fr"}},
		{"query", store.ExportOptions{Query: "volcano arbon"}, []string{"taken"}},
		{"query phrase in French", store.ExportOptions{Query: `"le budget"`}, []string{"fr"}},
		{"query and site", store.ExportOptions{Query: "budget", Site: "news.example"}, nil},
		{"query no match", store.ExportOptions{Query: "earthquake"}, nil},
		{"until before the takeover", store.ExportOptions{Until: taken.UpdatedAt}, []string{"bare", "fr", "plain"}},
		{"since the takeover", store.ExportOptions{Since: taken.UpdatedAt}, []string{"taken"}},
		{"since and until", store.ExportOptions{Since: taken.UpdatedAt, Until: taken.UpdatedAt.Add(time.Microsecond)}, []string{"taken"}},
	}
	for _, tt := range tests {
		for _, format := range store.ExportFormats() {
			o := tt.opts
			o.Format = format
			b, n := exportBytes(t, s, o)
			if n != len(tt.want) {
				t.Errorf("%s (%s): %d stories, want %v", tt.name, format, n, tt.want)
			}
			if format == store.FormatJSONL {
				if got := sortedIDs(jsonlStories(t, b)); !slices.Equal(got, tt.want) {
					t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
				}
			}
		}
	}
	var buf bytes.Buffer
	if _, err := s.Export(t.Context(), &buf, store.ExportOptions{Query: "-only -excluded"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("a query with nothing to look for: err = %v, want ErrBadQuery", err)
	}
	if _, err := s.Export(t.Context(), &buf, store.ExportOptions{Format: "xlsx"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("an unknown format: err = %v, want ErrBadQuery", err)
	}
}

// testExportCSV: a header, one row per story, the same values as JSONL,
// lists as JSON arrays, multi-line text quoted.
func testExportCSV(t *testing.T, loc Location) {
	s := open(t, loc(t))
	exportStories(t, s)
	js, _ := exportBytes(t, s, store.ExportOptions{})
	want := jsonlStories(t, js)
	b, n := exportBytes(t, s, store.ExportOptions{Format: store.FormatCSV})
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, b)
	}
	if len(rows) != n+1 || !slices.Equal(rows[0], store.CSVColumns()) {
		t.Fatalf("%d rows for %d stories, header %v", len(rows), n, rows[0])
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	for i, r := range rows[1:] {
		w := want[i]
		var authors, dups []string
		json.Unmarshal([]byte(r[col["authors"]]), &authors)
		json.Unmarshal([]byte(r[col["duplicates"]]), &dups)
		first, err := time.Parse(time.RFC3339Nano, r[col["first_stored_at"]])
		if r[col["id"]] != w.ID || r[col["text"]] != w.Text || !slices.Equal(authors, w.Authors) || !slices.Equal(dups, w.Duplicates) ||
			err != nil || !first.Equal(w.FirstStoredAt) || r[col["version"]] != jsonNum(w.Version) {
			t.Errorf("csv row %d = %q\nwant story %+v", i, r, w)
		}
		if w.PublishedAt == nil && r[col["published_at"]] != "" {
			t.Errorf("csv row %d: unknown published_at written as %q", i, r[col["published_at"]])
		}
	}
}

func jsonNum(v int64) string { b, _ := json.Marshal(v); return string(b) }

// testExportParquet reads a Parquet export back with the library and checks
// the column types (timestamps, lists) and the values.
func testExportParquet(t *testing.T, loc Location) {
	s := open(t, loc(t))
	exportStories(t, s)
	js, _ := exportBytes(t, s, store.ExportOptions{})
	want := jsonlStories(t, js)
	b, n := exportBytes(t, s, store.ExportOptions{Format: store.FormatParquet})
	f, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("open parquet: %v", err)
	}
	if f.NumRows() != int64(n) {
		t.Errorf("%d rows, exported %d", f.NumRows(), n)
	}
	fields := map[string]parquet.Field{}
	for _, fl := range f.Schema().Fields() {
		fields[fl.Name()] = fl
	}
	for _, name := range []string{"published_at", "modified_at", "fetched_at", "first_stored_at", "updated_at"} {
		lt := fields[name].Type().LogicalType()
		ts, ok := lt.Value.(*format.TimestampType)
		if !ok || !ts.IsAdjustedToUTC || !strings.Contains(strings.ToUpper(ts.Unit.String()), "MICROS") {
			t.Errorf("column %s has logical type %v, want TIMESTAMP(MICROS, UTC)", name, lt)
		}
	}
	for _, name := range []string{"authors", "tags", "duplicates"} {
		lt := fields[name].Type().LogicalType()
		if _, ok := lt.Value.(*format.ListType); !ok {
			t.Errorf("column %s has logical type %v, want LIST", name, lt)
		}
	}
	if !fields["published_at"].Optional() || fields["first_stored_at"].Optional() {
		t.Error("published_at must be nullable and first_stored_at required")
	}
	rows, err := parquet.Read[store.ParquetStory](bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("read parquet: %v", err)
	}
	if len(rows) != len(want) {
		t.Fatalf("%d parquet rows, %d stories", len(rows), len(want))
	}
	for i, r := range rows {
		w := want[i]
		got := store.Story{ID: r.ID, URL: r.URL, CanonicalURL: r.CanonicalURL, Site: r.Site, SiteName: r.SiteName, Title: r.Title,
			Authors: r.Authors, PublishedAt: r.PublishedAt, Language: r.Language, Text: r.Text, Duplicates: r.Duplicates,
			StoredAt: r.FirstStoredAt, FirstStoredAt: r.FirstStoredAt, UpdatedAt: r.UpdatedAt, ModifiedAt: r.ModifiedAt,
			Image: r.Image, Section: r.Section, Tags: r.Tags, Version: r.Version, Tier: r.Tier}
		if r.FetchedAt != nil {
			got.FetchedAt = *r.FetchedAt
		}
		norm := func(l []string) []string {
			if l == nil {
				return []string{}
			}
			return l
		}
		got.Authors, got.Tags, got.Duplicates = norm(got.Authors), norm(got.Tags), norm(got.Duplicates)
		if d := cmp.Diff(w, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); d != "" {
			t.Errorf("parquet row %d (-jsonl +parquet):\n%s", i, d)
		}
	}
}

func testExportSchema(t *testing.T, loc Location) {
	s := open(t, loc(t))
	bare := bus.Article{V: bus.Version, Op: bus.OpStory, StoryID: "bare", Version: 1, URL: "https://news.example/bare", Site: "news.example", FetchedAt: t0()}
	apply(t, s, Story("full", 1, "https://news.example/full"), Alias("full", "https://news.example/full?x"), bare)
	var buf bytes.Buffer
	n, err := s.Export(t.Context(), &buf, store.ExportOptions{Format: "jsonl"})
	if err != nil || n != 2 {
		t.Fatalf("export = %d, %v; want 2, nil", n, err)
	}
	type kind int
	const (
		str kind = iota
		arr
		num
		timeStr
		timeOrNull
	)
	schema := map[string]kind{
		"id": str, "url": str, "canonical_url": str, "site": str, "title": str, "authors": arr,
		"published_at": timeOrNull, "language": str, "text": str, "duplicates": arr,
		"fetched_at": timeStr, "stored_at": timeStr, "first_stored_at": timeStr, "updated_at": timeStr, "site_name": str, "modified_at": timeOrNull,
		"image": str, "section": str, "tags": arr, "version": num, "tier": str,
	}
	lines := bytes.Split(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), []byte("\n"))
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), buf.Bytes())
	}
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal(line, &obj); err != nil {
			t.Fatalf("line %d not JSON: %v\n%s", i, err, line)
		}
		for key, k := range schema {
			v, ok := obj[key]
			if !ok {
				t.Errorf("line %d: missing key %q", i, key)
				continue
			}
			var okType bool
			switch k {
			case str:
				_, okType = v.(string)
			case arr:
				l, isArr := v.([]any)
				okType = isArr
				for _, e := range l {
					if _, isStr := e.(string); !isStr {
						okType = false
					}
				}
			case num:
				_, okType = v.(float64)
			case timeStr, timeOrNull:
				if v == nil {
					okType = k == timeOrNull
					break
				}
				if sv, isStr := v.(string); isStr {
					_, err := time.Parse(time.RFC3339, sv)
					okType = err == nil
				}
			}
			if !okType {
				t.Errorf("line %d: key %q has value %#v of the wrong type", i, key, v)
			}
		}
		for key := range obj {
			if _, ok := schema[key]; !ok {
				t.Errorf("line %d: unexpected key %q", i, key)
			}
		}
	}
	if _, err := s.Export(t.Context(), io.Discard, store.ExportOptions{Format: "xml"}); err == nil {
		t.Errorf("export format xml: want error")
	}
}

func testSince(t *testing.T, loc Location) {
	s := open(t, loc(t))
	apply(t, s, Story("old1", 1, "https://news.example/o1"), Story("old2", 1, "https://news.example/o2"))
	time.Sleep(5 * time.Millisecond)
	mark := time.Now()
	time.Sleep(5 * time.Millisecond)
	apply(t, s, Story("new1", 1, "https://news.example/n1"))
	apply(t, s, Story("old2", 2, "https://news.example/o2-better")) // updated after mark
	apply(t, s, Story("old1", 1, "https://news.example/o1"))        // redelivery: no update

	got := ids(exportAll(t, s, mark))
	slices.Sort(got)
	if diff := cmp.Diff([]string{"new1", "old2"}, got); diff != "" {
		t.Errorf("export since mark (-want +got):\n%s", diff)
	}
	if all := exportAll(t, s, time.Time{}); len(all) != 3 {
		t.Errorf("export all = %v, want 3 stories", ids(all))
	}
	if none := exportAll(t, s, time.Now().Add(time.Hour)); len(none) != 0 {
		t.Errorf("export since future = %v, want none", ids(none))
	}
}

// testPublishedOffset: a publication time keeps the offset its page wrote
// it in (7:24 PM EST on the 17th is that day, not 00:24 UTC on the 18th)
// in the export, the API's story and search hits, while stories still
// order by the instant.
func testPublishedOffset(t *testing.T, loc Location) {
	s := open(t, loc(t))
	est := time.FixedZone("", -5*3600)
	evening := time.Date(2025, 3, 17, 19, 24, 0, 0, est)
	later := time.Date(2025, 3, 18, 0, 10, 0, 0, time.UTC) // earlier as an instant
	a, b := Story("evening", 1, "https://news.example/evening"), Story("utc", 1, "https://news.example/utc")
	a.PublishedAt, b.PublishedAt = &evening, &later
	apply(t, s, a, b)
	want := map[string]string{"evening": "2025-03-17T19:24:00-05:00", "utc": "2025-03-18T00:10:00Z"}
	check := func(where, id string, got *time.Time) {
		t.Helper()
		if got == nil || got.Format(time.RFC3339) != want[id] {
			t.Errorf("%s %s: published_at %v, want %s", where, id, got, want[id])
		}
	}
	exp, _ := exportBytes(t, s, store.ExportOptions{})
	for _, st := range jsonlStories(t, exp) {
		check("export", st.ID, st.PublishedAt)
	}
	if !bytes.Contains(exp, []byte(`"published_at":"2025-03-17T19:24:00-05:00"`)) {
		t.Errorf("export line does not keep the offset: %s", exp)
	}
	csvOut, _ := exportBytes(t, s, store.ExportOptions{Format: store.FormatCSV})
	if !bytes.Contains(csvOut, []byte("2025-03-17T19:24:00-05:00")) {
		t.Errorf("csv export does not keep the offset:\n%s", csvOut)
	}
	d, err := s.Story(t.Context(), "evening")
	if err != nil {
		t.Fatal(err)
	}
	check("story", "evening", d.PublishedAt)
	page := search(t, s, store.SearchQuery{Sort: store.SortPublished})
	if ids := hitIDs(page); !slices.Equal(ids, []string{"evening", "utc"}) {
		t.Errorf("newest first = %v, want [evening utc] (00:24 UTC after 00:10 UTC)", ids)
	}
	for _, h := range page.Stories {
		check("search", h.ID, h.PublishedAt)
	}
}
