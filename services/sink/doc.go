// Package sink is newsroom's storage stage. It pulls article messages in
// batches and applies each batch in one transaction to the article store
// (SQLite or PostgreSQL); messages are acked only after their batch commits,
// and applying a message twice changes nothing, so redelivery never loses or
// doubles a story.
package sink
