package fetch

import (
	"mime"
	"net/http"
	"strings"
)

// Content kinds returned by Allowed and Sniff.
const (
	KindHTML  = "html"
	KindXHTML = "xhtml"
	KindXML   = "xml"
	KindRSS   = "rss"
	KindAtom  = "atom"
	KindText  = "text" // text/plain, e.g. plain-text sitemaps
	KindGzip  = "gzip" // gzip-compressed sitemaps (sitemap.xml.gz)
)

var allowedTypes = map[string]string{
	"text/html":             KindHTML,
	"application/xhtml+xml": KindXHTML,
	"application/xml":       KindXML,
	"text/xml":              KindXML,
	"application/rss+xml":   KindRSS,
	"application/rdf+xml":   KindRSS,
	"application/atom+xml":  KindAtom,
	"text/plain":            KindText,
	"application/gzip":      KindGzip,
	"application/x-gzip":    KindGzip,
}

// Allowed reports whether a Content-Type header value names content the
// crawler processes (HTML, XHTML, XML, RSS, Atom, plain text, gzip) and its
// kind. An empty or unparsable value is not allowed.
func Allowed(contentType string) (kind string, ok bool) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", false
	}
	kind, ok = allowedTypes[mt]
	return kind, ok
}

// Sniff is Allowed plus a look at the first bytes of body with
// http.DetectContentType: binary content (images, audio, video, PDF, archives,
// fonts, unknown binary) served under an allowed type is not ok. A missing
// Content-Type, or the generic application/octet-stream that servers send
// for files they cannot type (a page saved without an extension), is
// judged from the sniffed type alone.
func Sniff(contentType string, body []byte) (kind string, ok bool) {
	if mt, _, _ := mime.ParseMediaType(contentType); strings.TrimSpace(contentType) == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		contentType = http.DetectContentType(body)
	}
	kind, ok = Allowed(contentType)
	if !ok || len(body) == 0 {
		return kind, ok
	}
	sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(body))
	switch {
	case strings.HasPrefix(sniffed, "text/"), sniffed == "application/xml",
		sniffed == "application/rss+xml", sniffed == "application/atom+xml":
		return kind, true
	case sniffed == "application/x-gzip" || sniffed == "application/gzip":
		// gzip is fine where a compressed sitemap may be expected.
		return kind, kind == KindGzip || kind == KindXML || kind == KindText
	default: // octet-stream (binary), images, audio, video, pdf, zip, fonts, ...
		return kind, false
	}
}
