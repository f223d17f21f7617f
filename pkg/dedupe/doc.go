// Package dedupe computes the fingerprints the extractor uses to recognise
// one story under many URLs: a normalised-text hash for exact copies and a
// MinHash signature with LSH band keys for near-duplicates (a dropped last
// paragraph, an added "Read more" line, changed quotes and dashes).
//
// The decision itself (which story a copy belongs to) is made atomically by
// the shared state store (state.Store.Dedupe); this package only fingerprints.
package dedupe
