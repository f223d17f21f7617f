// Package urlnorm canonicalises crawl URLs so that equivalent spellings of the
// same resource compare equal, and flags URLs that look like crawler traps.
//
// Normalisation lower-cases the scheme and host, converts internationalised
// host names to punycode, drops default ports, user info and fragments,
// removes dot segments, normalises percent-encoding, strips tracking query
// parameters and sorts the rest. Only http and https URLs are accepted.
//
// A Normalizer is immutable after New and safe for concurrent use.
package urlnorm
