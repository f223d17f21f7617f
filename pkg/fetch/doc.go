// Package fetch holds the safety policy for outgoing HTTP requests: an SSRF
// guard that checks every resolved address at dial time and dials only the
// checked address, a hardened http.Transport built on it, bounded
// decompression of response bodies, a redirect policy, and a content-type
// allow-list with sniffing.
//
// With Colly:
//
//	c.WithTransport(&fetch.DecodingTransport{Base: fetch.NewTransport(fetch.TransportOptions{}), MaxBody: 10 << 20})
//	c.SetRedirectHandler(fetch.CheckRedirect(10))
//
// DecodingTransport matters there: Colly gunzips bodies itself and bounds only
// the compressed bytes (MaxBodySize), so without it a gzip bomb expands
// without limit.
package fetch
