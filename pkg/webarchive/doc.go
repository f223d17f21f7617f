// Package webarchive writes raw fetches as WARC/1.1 files and reads HTTP
// responses back out of WARC files.
//
// A Writer turns each fetch (an Exchange) into a request, a response and a
// metadata record, gzips every record as its own member, starts a new file
// when the current one would pass a size limit, and writes a sorted CDXJ
// index beside each finished file. ReadResponses streams the HTTP responses
// of a WARC file (gzipped or not, from any WARC writer, such as Common
// Crawl's CC-NEWS) one record at a time, so memory does not grow with the
// file.
package webarchive
