// Package fetch holds the safety policy for outgoing HTTP requests: an SSRF
// guard that checks every resolved address at dial time and dials only the
// checked address, a hardened http.Transport built on it, bounded
// decompression of response bodies, a redirect policy, and a content-type
// allow-list with sniffing.
//
// Everything here works with a plain http.Client and with Colly
// (collector.WithTransport(fetch.NewTransport(...)) and
// collector.SetRedirectHandler(fetch.CheckRedirect(10))).
package fetch
