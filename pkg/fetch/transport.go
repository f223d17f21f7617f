package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"time"
)

// TransportOptions configures NewTransport. Zero values select the defaults.
type TransportOptions struct {
	// Guard decides which addresses may be dialled. Its Dialer, when nil, is
	// built from ConnectTimeout.
	Guard Guard
	// ConnectTimeout bounds each TCP connect (default 10 s).
	ConnectTimeout time.Duration
	// TLSHandshakeTimeout bounds the TLS handshake (default 10 s).
	TLSHandshakeTimeout time.Duration
	// ResponseHeaderTimeout bounds the wait for response headers (default 15 s).
	ResponseHeaderTimeout time.Duration
	// IdleConnTimeout closes idle keep-alive connections (default 90 s).
	IdleConnTimeout time.Duration
	// MaxIdleConns caps idle connections in total (default 256).
	MaxIdleConns int
	// MaxIdleConnsPerHost caps idle connections per host (default 4).
	MaxIdleConnsPerHost int
	// MaxConnsPerHost caps connections per host, 0 meaning the default of 8.
	MaxConnsPerHost int
	// MaxResponseHeaderBytes caps response headers (default 64 KiB).
	MaxResponseHeaderBytes int64
}

// NewTransport returns an http.Transport that dials through the guard, uses
// no proxy (a proxy would bypass the guard), and leaves compression to the
// caller (DisableCompression: set Accept-Encoding yourself and decode with
// DecodeBody).
func NewTransport(o TransportOptions) *http.Transport {
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.TLSHandshakeTimeout <= 0 {
		o.TLSHandshakeTimeout = 10 * time.Second
	}
	if o.ResponseHeaderTimeout <= 0 {
		o.ResponseHeaderTimeout = 15 * time.Second
	}
	if o.IdleConnTimeout <= 0 {
		o.IdleConnTimeout = 90 * time.Second
	}
	if o.MaxIdleConns <= 0 {
		o.MaxIdleConns = 256
	}
	if o.MaxIdleConnsPerHost <= 0 {
		o.MaxIdleConnsPerHost = 4
	}
	if o.MaxConnsPerHost <= 0 {
		o.MaxConnsPerHost = 8
	}
	if o.MaxResponseHeaderBytes <= 0 {
		o.MaxResponseHeaderBytes = 64 << 10
	}
	g := o.Guard
	if g.Dialer == nil {
		g.Dialer = &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	}
	return &http.Transport{
		Proxy:                  nil,
		DialContext:            g.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    o.TLSHandshakeTimeout,
		ResponseHeaderTimeout:  o.ResponseHeaderTimeout,
		IdleConnTimeout:        o.IdleConnTimeout,
		MaxIdleConns:           o.MaxIdleConns,
		MaxIdleConnsPerHost:    o.MaxIdleConnsPerHost,
		MaxConnsPerHost:        o.MaxConnsPerHost,
		MaxResponseHeaderBytes: o.MaxResponseHeaderBytes,
		DisableCompression:     true,
		ExpectContinueTimeout:  time.Second,
	}
}

// ErrTooManyRedirects is returned by the CheckRedirect policy after max redirects.
var ErrTooManyRedirects = errors.New("too many redirects")

// ErrRedirectLoop is returned by the CheckRedirect policy when a redirect
// targets a URL already visited in the same chain.
var ErrRedirectLoop = errors.New("redirect loop")

// ErrRedirectScheme is returned when a redirect leaves http/https.
var ErrRedirectScheme = errors.New("redirect to unsupported scheme")

// CheckRedirect returns an http.Client.CheckRedirect (and Colly
// SetRedirectHandler) policy that refuses more than max redirects (max <= 0
// means 10), loops, and non-http(s) targets. Redirect targets are dialled
// through the same transport, so the guard applies to them as well.
func CheckRedirect(max int) func(req *http.Request, via []*http.Request) error {
	if max <= 0 {
		max = 10
	}
	return func(req *http.Request, via []*http.Request) error {
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrRedirectScheme)
		}
		if len(via) > max {
			return fmt.Errorf("redirect to %s after %d: %w", req.URL.Redacted(), max, ErrTooManyRedirects)
		}
		target := req.URL.String()
		if slices.ContainsFunc(via, func(r *http.Request) bool { return r.URL.String() == target }) {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrRedirectLoop)
		}
		return nil
	}
}
