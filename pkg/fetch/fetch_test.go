package fetch

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func TestGuardAllowCIDRs(t *testing.T) {
	g := &Guard{AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("10.20.0.0/16")}}
	if err := g.Check(netip.MustParseAddr("10.20.3.4")); err != nil {
		t.Fatalf("allowed range refused: %v", err)
	}
	for _, ip := range []string{"10.21.0.1", "127.0.0.1", "169.254.169.254"} {
		if err := g.Check(netip.MustParseAddr(ip)); err == nil {
			t.Fatalf("%s allowed outside AllowCIDRs", ip)
		}
	}
}

func TestGuardCheck(t *testing.T) {
	tests := []struct {
		ip           string
		blocked      bool // with AllowPrivate=false
		blockedPriv  bool // with AllowPrivate=true (loopback only)
		wantContains string
	}{
		{"93.184.216.34", false, false, ""},
		{"2606:2800:220:1:248:1893:25c8:1946", false, false, ""},
		{"127.0.0.1", true, false, "loopback"},
		{"127.1.2.3", true, false, "loopback"},
		{"::1", true, false, "loopback"},
		{"10.1.2.3", true, true, "private"},
		{"172.16.0.1", true, true, "private"},
		{"172.31.255.255", true, true, "private"},
		{"172.32.0.1", false, false, ""},
		{"192.168.1.1", true, true, "private"},
		{"fd00::1", true, true, "private"},
		{"100.64.0.1", true, true, "cgnat"},
		{"169.254.169.254", true, true, "link-local"},
		{"169.254.1.1", true, true, "link-local"},
		{"fe80::1", true, true, "link-local"},
		{"224.0.0.1", true, true, "multicast"},
		{"ff02::1", true, true, "multicast"},
		{"0.0.0.0", true, true, "this-network"},
		{"0.1.2.3", true, true, "this-network"},
		{"::", true, true, "unspecified"},
		{"255.255.255.255", true, true, "reserved"},
		{"::ffff:127.0.0.1", true, false, "loopback"},
		{"::ffff:169.254.169.254", true, true, "link-local"},
		{"64:ff9b::a9fe:a9fe", true, true, "link-local"},
		{"2002:7f00:1::", true, false, "loopback"},
		{"::127.0.0.1", true, true, "reserved"},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			ip := netip.MustParseAddr(tt.ip)
			for _, priv := range []bool{false, true} {
				want := tt.blocked
				if priv {
					want = tt.blockedPriv
				}
				err := (&Guard{AllowPrivate: priv}).Check(ip)
				if (err != nil) != want {
					t.Fatalf("Check(%s) AllowPrivate=%v: err=%v, want blocked=%v", tt.ip, priv, err, want)
				}
				if err != nil && (!errors.Is(err, ErrBlockedAddress) || !strings.Contains(err.Error(), tt.wantContains)) {
					t.Errorf("Check(%s): error %q, want ErrBlockedAddress mentioning %q", tt.ip, err, tt.wantContains)
				}
			}
		})
	}
}

func TestGuardLoopbackServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	for _, priv := range []bool{false, true} {
		client := &http.Client{Transport: NewTransport(TransportOptions{Guard: Guard{AllowPrivate: priv}}), Timeout: 5 * time.Second}
		resp, err := client.Get(srv.URL)
		if !priv {
			if !errors.Is(err, ErrBlockedAddress) || !strings.Contains(err.Error(), "127.0.0.1") {
				t.Fatalf("AllowPrivate=false: err = %v, want blocked 127.0.0.1", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("AllowPrivate=true: %v", err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(b) != "ok" {
			t.Fatalf("body = %q", b)
		}
	}
}

func TestGuardResolvedName(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	g := &Guard{}
	// "localhost" resolves (via /etc/hosts) to loopback: every answer is checked.
	_, err := g.DialContext(context.Background(), "tcp", net.JoinHostPort("localhost", port))
	if !errors.Is(err, ErrBlockedAddress) {
		t.Fatalf("dial localhost: err = %v, want ErrBlockedAddress", err)
	}
}

func TestGuardMetadataRefusedBeforeDial(t *testing.T) {
	g := &Guard{AllowPrivate: true, Dialer: &net.Dialer{Timeout: time.Nanosecond}}
	start := time.Now()
	_, err := g.DialContext(context.Background(), "tcp", "169.254.169.254:80")
	var be *BlockedError
	if !errors.As(err, &be) || be.Addr.String() != "169.254.169.254" {
		t.Fatalf("err = %v, want BlockedError for 169.254.169.254", err)
	}
	if time.Since(start) > time.Second {
		t.Errorf("refusal took %v; the check should precede any dial", time.Since(start))
	}
	_, err = g.DialContext(context.Background(), "tcp", "[fe80::1%25eth0]:80")
	if err == nil {
		t.Errorf("link-local v6 with zone dialled")
	}
}

func TestCheckRedirect(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		if n == 0 {
			fmt.Fprint(w, "done")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/mail", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "ftp://example.com/")
		w.WriteHeader(http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := &http.Client{
		Transport:     NewTransport(TransportOptions{Guard: Guard{AllowPrivate: true}}),
		CheckRedirect: CheckRedirect(3),
		Timeout:       5 * time.Second,
	}
	tests := []struct {
		path    string
		wantErr error
	}{
		{"/loop/a", ErrRedirectLoop},
		{"/chain/3", nil},
		{"/chain/4", ErrTooManyRedirects},
		{"/mail", ErrRedirectScheme},
	}
	for _, tt := range tests {
		resp, err := client.Get(srv.URL + tt.path)
		if err == nil {
			resp.Body.Close()
		}
		if tt.wantErr == nil && err != nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
			t.Errorf("GET %s: err = %v, want %v", tt.path, err, tt.wantErr)
		}
	}
}

func TestDecodeBody(t *testing.T) {
	plain := []byte(strings.Repeat("<p>hello world</p>", 100))
	var gz, zl, br bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(plain)
	w.Close()
	z := zlib.NewWriter(&zl)
	z.Write(plain)
	z.Close()
	b := brotli.NewWriter(&br)
	b.Write(plain)
	b.Close()
	var both bytes.Buffer // gzip then br
	b2 := brotli.NewWriter(&both)
	b2.Write(gz.Bytes())
	b2.Close()
	tests := []struct {
		name, enc string
		in        []byte
		max       int64
		wantErr   error
	}{
		{"identity", "", plain, 0, nil},
		{"identity named", "Identity", plain, 0, nil},
		{"gzip", "gzip", gz.Bytes(), 0, nil},
		{"x-gzip", "x-gzip", gz.Bytes(), 0, nil},
		{"deflate zlib", "deflate", zl.Bytes(), 0, nil},
		{"br", "br", br.Bytes(), 0, nil},
		{"chain", "gzip, br", both.Bytes(), 0, nil},
		{"too large identity", "", plain, 100, ErrTooLarge},
		{"too large gzip", "gzip", gz.Bytes(), 100, ErrTooLarge},
		{"exact fit", "gzip", gz.Bytes(), int64(len(plain)), nil},
		{"unknown", "compress", plain, 0, ErrUnsupportedEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeBody(tt.enc, bytes.NewReader(tt.in), tt.max)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil || !bytes.Equal(got, plain) {
				t.Fatalf("DecodeBody(%q) = %d bytes, %v", tt.enc, len(got), err)
			}
		})
	}
	if _, err := DecodeBody("gzip", strings.NewReader("not gzip"), 0); err == nil {
		t.Error("corrupt gzip accepted")
	}
}

func TestDecodeGzipBomb(t *testing.T) {
	var bomb bytes.Buffer
	w, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 100 {
		w.Write(zeros)
	}
	w.Close()
	t.Logf("bomb: %d bytes compressed, 100 MiB decoded", bomb.Len())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := DecodeBody("gzip", bytes.NewReader(bomb.Bytes()), 1<<20)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("decoding allocated %d bytes; want bounded near the 1 MiB limit", alloc)
	}
}

func TestAllowedSniff(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	rss := []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`)
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(rss)
	w.Close()
	tests := []struct {
		name, ct string
		body     []byte
		wantKind string
		wantOK   bool
	}{
		{"html", "text/html; charset=utf-8", html, KindHTML, true},
		{"xhtml", "application/xhtml+xml", html, KindXHTML, true},
		{"rss", "application/rss+xml", rss, KindRSS, true},
		{"atom", "application/atom+xml; charset=utf-8", rss, KindAtom, true},
		{"xml", "text/xml", rss, KindXML, true},
		{"gzip sitemap", "application/x-gzip", gz.Bytes(), KindGzip, true},
		{"png as html", "text/html", png, KindHTML, false},
		{"pdf as html", "text/html", pdf, KindHTML, false},
		{"gzip as html", "text/html", gz.Bytes(), KindHTML, false},
		{"binary as html", "text/html", []byte{0, 1, 2, 3, 4, 5, 0xff, 0xfe, 7}, KindHTML, false},
		{"image type", "image/png", png, "", false},
		{"pdf type", "application/pdf", pdf, "", false},
		{"no type html", "", html, KindHTML, true},
		{"octet-stream html", "application/octet-stream", html, KindHTML, true},
		{"octet-stream rss", "binary/octet-stream", rss, KindXML, true},
		{"octet-stream binary", "application/octet-stream", png, "", false},
		{"bad type", "text/html; ;;=", html, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := Sniff(tt.ct, tt.body)
			if kind != tt.wantKind || ok != tt.wantOK {
				t.Errorf("Sniff(%q) = %q, %v; want %q, %v", tt.ct, kind, ok, tt.wantKind, tt.wantOK)
			}
		})
	}
	if k, ok := Allowed("Text/HTML"); k != KindHTML || !ok {
		t.Errorf("Allowed(Text/HTML) = %q, %v", k, ok)
	}
}

func FuzzDecodeBody(f *testing.F) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("hello hello hello"))
	w.Close()
	f.Add("gzip", gz.Bytes())
	f.Add("deflate", []byte{0x78, 0x9c, 0x03, 0x00})
	f.Add("br", []byte{0x0b, 0x02, 0x80, 0x68, 0x69, 0x03})
	f.Fuzz(func(t *testing.T, enc string, body []byte) {
		out, err := DecodeBody(enc, bytes.NewReader(body), 1<<16)
		if err == nil && len(out) > 1<<16 {
			t.Fatalf("decoded %d bytes past the limit", len(out))
		}
		const n = 1 << 10
		pre, truncated, perr := ReadPrefix(enc, bytes.NewReader(body), n)
		if len(pre) > n {
			t.Fatalf("prefix of %d bytes past its limit %d", len(pre), n)
		}
		if err == nil && len(out) <= n && (perr != nil || truncated || !bytes.Equal(pre, out)) {
			t.Fatalf("ReadPrefix = %d bytes, truncated %v, %v; DecodeBody read all %d bytes", len(pre), truncated, perr, len(out))
		}
		if err == nil && len(out) > n && (perr != nil || !truncated || !bytes.Equal(pre, out[:n])) {
			t.Fatalf("ReadPrefix = %d bytes, truncated %v, %v; want the first %d of %d", len(pre), truncated, perr, n, len(out))
		}
		_, _ = Sniff(enc, body)
	})
}
