// Package store keeps the deduplicated article store written by the sink
// service and read by `newsroom export`.
//
// A Store applies batches of record.Article messages idempotently: a story row is
// replaced only by a copy with a higher Version, every URL a story was seen at
// is recorded once in story_urls, and an alias that arrives before its story
// is kept until the story row appears. Redelivered messages, in any order,
// leave the same rows behind.
//
// Two backends sit behind the one concrete *Store type: SQLite (modernc.org/sqlite,
// a single file, WAL mode, one writer connection) for one machine, and
// PostgreSQL (pgx/v5 pool) for a cluster. Open picks the backend from the URL.
// The schema is created and upgraded by versioned migrations at Open.
package store
