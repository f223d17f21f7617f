package store

// MigrationSQL returns the SQL of the migrations before version upTo for
// backend, with their versions, so tests can build a database as an older
// release left it.
func MigrationSQL(backend string, upTo int) (versions []int, stmts []string) {
	for _, m := range migrations() {
		if m.version >= upTo {
			break
		}
		versions = append(versions, m.version)
		if backend == BackendPostgres {
			stmts = append(stmts, m.postgres)
		} else {
			stmts = append(stmts, m.sqlite)
		}
	}
	return versions, stmts
}

// SchemaVersion is the version of the newest migration.
func SchemaVersion() int {
	m := migrations()
	return m[len(m)-1].version
}

// SimplifyTSQuery is simplifyTSQuery, for tests against PostgreSQL.
func SimplifyTSQuery(q string) string { return simplifyTSQuery(q) }
