package ingest

// NoIndex exposes noIndex to the tests.
var NoIndex = noIndex
