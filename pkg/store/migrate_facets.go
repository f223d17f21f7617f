package store

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// sqliteFacets is the SQL expression of a story's facet tokens, for the
// story row named by the alias "row": its site and language, hex-encoded
// and lower-cased as the search filters compare them, behind a kind prefix
// (zs, zl), and the month of its story time (zm). An author filter needs no
// facet: the authors column holds the names' words. The FTS index
// holds them in its facets column, so that a filter joins the text query
// inside the index (facetMatch) instead of being checked story by story.
const sqliteFacets = `('zs' || hex(lower(row.site)) || ' zl' || hex(lower(row.language))
	|| ' zm' || coalesce(strftime('%Y%m', coalesce(row.published_at, row.stored_at)), ''))`

// ftsColumns are the stories columns the FTS index reads, text or facets.
const ftsColumns = "title, authors, text, site, language, published_at, stored_at"

// sqliteFacetMigration rebuilds the FTS index with a fourth column, facets,
// and triggers that also follow changes of site, language, story time and
// authors. The FTS entry is read from the content view, so the old entry
// is deleted before an update or delete, while the view still shows it.
// The facets column has weight 0 in bm25 and is never searched by
// the query text.
func sqliteFacetMigration() string {
	return `
DROP TRIGGER IF EXISTS stories_fts_insert;
DROP TRIGGER IF EXISTS stories_fts_update;
DROP TRIGGER IF EXISTS stories_fts_delete;
DROP TABLE IF EXISTS stories_fts;
DROP VIEW IF EXISTS stories_fts_content;
CREATE VIEW stories_fts_content AS
	SELECT q.seq AS seq, s.title AS title, s.authors AS authors, s.text AS text, ` + strings.ReplaceAll(sqliteFacets, "row.", "s.") + ` AS facets
	FROM story_seq q JOIN stories s ON s.id = q.id;
CREATE VIRTUAL TABLE stories_fts USING fts5(
	title, authors, text, facets,
	content = 'stories_fts_content', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
	INSERT INTO story_seq (id) VALUES (new.id) ON CONFLICT (id) DO NOTHING;
	INSERT INTO stories_fts (rowid, title, authors, text, facets)
		SELECT seq, title, authors, text, facets FROM stories_fts_content
		WHERE seq = (SELECT seq FROM story_seq WHERE id = new.id);
END;
CREATE TRIGGER stories_fts_update_old BEFORE UPDATE OF ` + ftsColumns + ` ON stories BEGIN
	INSERT INTO stories_fts (stories_fts, rowid, title, authors, text, facets)
		SELECT 'delete', seq, title, authors, text, facets FROM stories_fts_content
		WHERE seq = (SELECT seq FROM story_seq WHERE id = old.id);
END;
CREATE TRIGGER stories_fts_update AFTER UPDATE OF ` + ftsColumns + ` ON stories BEGIN
	INSERT INTO stories_fts (rowid, title, authors, text, facets)
		SELECT seq, title, authors, text, facets FROM stories_fts_content
		WHERE seq = (SELECT seq FROM story_seq WHERE id = new.id);
END;
CREATE TRIGGER stories_fts_delete_old BEFORE DELETE ON stories BEGIN
	INSERT INTO stories_fts (stories_fts, rowid, title, authors, text, facets)
		SELECT 'delete', seq, title, authors, text, facets FROM stories_fts_content
		WHERE seq = (SELECT seq FROM story_seq WHERE id = old.id);
END;
CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
	DELETE FROM story_seq WHERE id = old.id;
END;
INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');
CREATE INDEX IF NOT EXISTS stories_site_stored_id ON stories (site, stored_at, id);
`
}

// facetMonths caps how many months a since/until range may span for its
// months to join the FTS match; a longer range is checked story by story.
const facetMonths = 24

// ftsMatch is the FTS5 MATCH expression of p: the query text over title,
// authors and body, and a facet token for each filter (checked again
// exactly by the statement, the facets only narrow the matches). Without
// query text it is empty unless an author filter makes the index the
// cheaper way in.
func ftsMatch(p *searchPlan) string {
	var parts []string
	if p.terms != nil {
		q := fts5Query(p.terms)
		if mayMatchFacets(p.terms) {
			// The column filter costs ~40 % more per ranked story, so it
			// is only added when a word could be a facet token.
			q = "{title authors text} : (" + q + ")"
		}
		parts = append(parts, q)
	} else if len(strings.FieldsFunc(p.author, notWordRune)) == 0 {
		return ""
	}
	facet := func(kind, v string) {
		parts = append(parts, `facets : "`+kind+strings.ToUpper(hex.EncodeToString([]byte(asciiLower(v))))+`"`)
	}
	if p.site != "" {
		facet("zs", p.site)
	}
	if p.lang != "" {
		facet("zl", p.lang)
	}
	if words := strings.FieldsFunc(p.author, notWordRune); len(words) > 0 {
		// The exact name's words, in order, in the authors column.
		parts = append(parts, `authors : "`+strings.ReplaceAll(strings.Join(words, " "), `"`, `""`)+`"`)
	}
	if months := facetMonthTokens(p.since, p.until); len(months) > 0 {
		parts = append(parts, "facets : ("+strings.Join(months, " OR ")+")")
	}
	return strings.Join(parts, " AND ")
}

// facetMonthTokens are the month tokens of the stories in [since, until),
// or nil when the range is open or spans more than facetMonths months.
func facetMonthTokens(since, until *time.Time) []string {
	if since == nil || until == nil {
		return nil
	}
	last := until.Add(-time.Microsecond)
	var out []string
	for y, m := since.Year(), since.Month(); y < last.Year() || (y == last.Year() && m <= last.Month()); {
		if len(out) == facetMonths {
			return nil
		}
		out = append(out, fmt.Sprintf(`"zm%04d%02d"`, y, int(m)))
		if m++; m > time.December {
			y, m = y+1, time.January
		}
	}
	return out
}

// mayMatchFacets reports whether a word of terms could be tokenised like a
// facet token (they all start with z): one that starts with z or Z, or with
// a rune outside ASCII that the tokenizer might fold to z.
func mayMatchFacets(terms []queryTerm) bool {
	for _, t := range terms {
		for _, w := range t.words {
			if c := w[0]; c == 'z' || c == 'Z' || c >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// asciiLower lower-cases ASCII letters only, as SQLite's lower() does.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
