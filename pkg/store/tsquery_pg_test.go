package store_test

import (
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// TestSimplifyTSQueryPostgres checks on PostgreSQL that the simplified
// parse of a query (every text search configuration's parse, ORed) matches
// exactly the documents the full parse matches, in several languages.
func TestSimplifyTSQueryPostgres(t *testing.T) {
	loc := storetest.PostgresURL(t)
	s, err := store.Open(t.Context(), loc, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := url.Parse(loc)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(t.Context(), storetest.PostgresBaseURL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	if _, err := conn.Exec(t.Context(), "SET search_path TO "+pgx.Identifier{u.Query().Get("schema")}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	docs := []struct{ lang, text string }{
		{"en", "The harbour bridge was closed after the elections; officials said the harbour would reopen."},
		{"en", "Running dogs ran past the elected council."},
		{"de", "Die Wahlen im Hafen: the harbour of Hamburg, sagte der Minister."},
		{"fr", "Les élections municipales ont eu lieu au port; le pont est fermé."},
		{"es", "Las elecciones del puerto y el puente."},
		{"ru", "Выборы в порту прошли спокойно."},
		{"", "of elections and harbours, the bridges of the city"},
		{"xx", "said harbour the of elections"},
	}
	queries := []string{`"the harbour"`, `"of elections"`, `"the" "harbour"`, `"harbour" "bridge"`, `"said" "harbour"`,
		`"said harbour"`, `"running dogs"`, `"die Wahlen"`, `"les élections"`, `"elecciones"`, `"выборы в порту"`,
		`"harbour" OR "bridge"`, `"the harbour" OR "the bridge"`, `"the elections" "of the city"`}
	simplified, matched := 0, 0
	for _, q := range queries {
		var full string
		if err := conn.QueryRow(t.Context(), "SELECT newsroom_ts_query($1)::text", q).Scan(&full); err != nil {
			t.Fatal(err)
		}
		short := store.SimplifyTSQuery(full)
		if short != full {
			simplified++
		}
		for _, d := range docs {
			var a, b bool
			err := conn.QueryRow(t.Context(), `SELECT v @@ $2::tsquery, v @@ $3::tsquery
				FROM (SELECT to_tsvector(newsroom_ts_config($1), $4) AS v) d`, d.lang, full, short, d.text).Scan(&a, &b)
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			if a {
				matched++
			}
			if a != b {
				t.Errorf("query %s on %s document %q: %s matches %v, simplified %s matches %v", q, d.lang, d.text, full, a, short, b)
			}
		}
	}
	if simplified == 0 || matched == 0 {
		t.Errorf("%d queries simplified, %d matches: the test proves nothing", simplified, matched)
	}
}
