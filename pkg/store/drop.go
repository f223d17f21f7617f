package store

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// createdRE finds the objects a migration creates: tables (virtual ones
// too), views and functions.
var createdRE = regexp.MustCompile(`(?i)CREATE\s+(?:OR\s+REPLACE\s+)?(VIRTUAL\s+TABLE|TABLE|VIEW|FUNCTION)\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)`)

// dbObject is a table, view or function the store's migrations create.
type dbObject struct{ kind, name string }

// createdObjects lists what the migrations of one backend create, in order,
// plus the schema_migrations table that records them.
func createdObjects(postgres bool) []dbObject {
	var out []dbObject
	seen := map[dbObject]bool{}
	add := func(o dbObject) {
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	for _, m := range migrations() {
		sql := m.sqlite
		if postgres {
			sql = m.postgres
		}
		for _, c := range createdRE.FindAllStringSubmatch(sql, -1) {
			kind := strings.ToUpper(strings.Join(strings.Fields(c[1]), " "))
			if kind == "VIRTUAL TABLE" {
				kind = "TABLE" // DROP TABLE removes a virtual table and its shadow tables
			}
			add(dbObject{kind, c[2]})
		}
	}
	add(dbObject{"TABLE", "schema_migrations"})
	return out
}

// Drop removes every table, view and function the store's migrations
// created (and their data), newest first, and returns what it dropped. A
// later Open creates them again. Other objects in the database or schema are
// left alone.
func (s *Store) Drop(ctx context.Context) ([]string, error) {
	pg := s.backend == BackendPostgres
	objs := createdObjects(pg)
	slices.Reverse(objs)
	var dropped []string
	for _, o := range objs {
		stmt := fmt.Sprintf("DROP %s IF EXISTS %s", o.kind, o.name)
		if pg {
			stmt += " CASCADE"
		}
		var err error
		switch e := s.eng.(type) {
		case *pgEngine:
			_, err = e.pool.Exec(ctx, stmt)
		case *sqliteEngine:
			_, err = e.w.ExecContext(ctx, stmt)
		default:
			return dropped, fmt.Errorf("drop: unsupported backend %s", s.backend)
		}
		if err != nil {
			return dropped, fmt.Errorf("drop %s %s in %s: %w", o.kind, o.name, s.where, err)
		}
		dropped = append(dropped, o.name)
	}
	return dropped, nil
}
