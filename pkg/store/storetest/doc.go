// Package storetest holds the contract suite every store backend must pass
// and helpers that give tests a fresh, isolated SQLite file or PostgreSQL
// schema.
package storetest
