// Package dedupe computes the fingerprints the extractor uses to recognise
// one story under many URLs: a normalised-text hash for exact copies and a
// MinHash signature with LSH band keys for near-duplicates (a dropped last
// paragraph, an added "Read more" line, changed quotes and dashes, other
// chrome around the body).
//
// Text is normalised (NFKC, lower case, letters and digits only) after the
// short first and last lines a copy's chrome adds are trimmed (TrimEdges).
// Scripts written without spaces (Chinese, Japanese kana, Thai, Lao, Khmer,
// Myanmar) count a word per two characters, so their stories get shingles
// of about a phrase, as Latin-script stories do.
// Texts under MinWords words (briefs, captions, paywall stubs) are too weak
// to identify a story: their hash also covers the title and they get no
// near-duplicate fingerprint.
//
// Defaults, measured on the syndication set in the tests (TestThresholds,
// go test -v -run TestThresholds): 5-word shingles, a 64-position signature,
// 10 bands of 2 rows, MinSimilarity 0.35. True copies score >= 0.55 there;
// different stories on the same event (same names, same day, sometimes a
// shared quote) score <= 0.11 with 5-word shingles (0.23 with 4-word ones).
// With 10x2 bands a copy at similarity 0.5 becomes a candidate with
// probability 0.94 (0.99 at 0.6); the state store then verifies every
// candidate by signature similarity, so band collisions cost a lookup but
// never merge stories.
//
// The decision itself (which story a copy belongs to) is made atomically by
// the shared state store (state.Store.Dedupe); this package only fingerprints.
package dedupe
