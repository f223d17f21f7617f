package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
)

// TestExportCommandFormatsAndFilters stores three stories in a data dir and
// exports them through the command line in each format and with filters.
func TestExportCommandFormatsAndFilters(t *testing.T) {
	data := t.TempDir()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(data, "newsroom.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	arts := []bus.Article{
		{Op: bus.OpStory, StoryID: "a", Version: 1, URL: "https://one.example/a", Site: "one.example", Title: "Harbour reopens", Text: "The harbour reopened on Monday.", Language: "en", FetchedAt: now},
		{Op: bus.OpStory, StoryID: "b", Version: 1, URL: "https://two.example/b", Site: "two.example", Title: "Le port rouvre", Text: "Le port a rouvert lundi.", Language: "fr", FetchedAt: now},
		{Op: bus.OpStory, StoryID: "c", Version: 1, URL: "https://one.example/c", Site: "one.example", Title: "Storm warning", Text: "A storm is coming.\nStay inside.", Language: "en", FetchedAt: now},
	}
	if err := st.Apply(ctx, arts); err != nil {
		t.Fatal(err)
	}
	st.Close()
	export := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if err := dispatch(ctx, append([]string{"export", "--data", data}, args...), &out, &errb, func(string) string { return "" }); err != nil {
			t.Fatalf("export %v: %v\n%s", args, err, errb.String())
		}
		return out.String()
	}
	if got := strings.Count(export(), "\n"); got != 3 {
		t.Errorf("jsonl: %d lines, want 3", got)
	}
	if got := export("--site", "one.example", "--q", "harbour"); strings.Count(got, "\n") != 1 || !strings.Contains(got, `"first_stored_at"`) {
		t.Errorf("--site --q: %s", got)
	}
	if got := export("--lang", "fr", "--until", "-1h"); strings.Count(got, "\n") != 1 || !strings.Contains(got, "Le port") {
		t.Errorf("--lang --until in the future: %s", got)
	}
	if got := export("--until", "1h"); got != "" {
		t.Errorf("--until an hour ago exported %q", got)
	}
	rows, err := csv.NewReader(strings.NewReader(export("--format", "csv", "--site", "one.example"))).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][0] != "id" {
		t.Errorf("csv: %v %q", err, rows)
	}
	pq := filepath.Join(data, "out.parquet")
	export("--format", "parquet", "--out", pq)
	b, err := os.ReadFile(pq)
	if err != nil {
		t.Fatal(err)
	}
	got, err := parquet.Read[store.ParquetStory](bytes.NewReader(b), int64(len(b)))
	if err != nil || len(got) != 3 || got[2].Text != "A storm is coming.\nStay inside." || got[0].FirstStoredAt.IsZero() {
		t.Errorf("parquet: %v %+v", err, got)
	}
	var out, errb bytes.Buffer
	for _, bad := range [][]string{{"--format", "xml"}, {"--since", "yesterday"}, {"--since", "1h", "--until", "2h"}} {
		if err := dispatch(ctx, append([]string{"export", "--data", data}, bad...), &out, &errb, func(string) string { return "" }); err == nil {
			t.Errorf("export %v succeeded", bad)
		}
	}
}
