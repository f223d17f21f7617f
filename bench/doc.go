// Package bench holds the article-extraction benchmark of the newsroom
// extractor against go-trafilatura and go-readability. The scorer lives in
// package score, the runner in cmd/bench-extract.
package bench
