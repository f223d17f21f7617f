package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"
)

func gzipBytes(t testing.TB, b []byte, times int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for range times {
		w.Write(b)
	}
	w.Close()
	return buf.Bytes()
}

func decodingServer(t *testing.T) *httptest.Server {
	page := []byte("<html><body><a href=/x>x</a></body></html>")
	bomb := gzipBytes(t, make([]byte, 1<<20), 64) // 64 MiB of zeros
	sitemap := gzipBytes(t, []byte("<urlset><url><loc>/a</loc></url></urlset>"), 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("Accept-Encoding = %q", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(gzipBytes(t, page, 1))
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(bomb)
	})
	mux.HandleFunc("/sitemap.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(sitemap)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestDecodingTransportHTTPClient(t *testing.T) {
	srv := decodingServer(t)
	client := &http.Client{
		Transport: &DecodingTransport{Base: NewTransport(TransportOptions{Guard: Guard{AllowPrivate: true}}), MaxBody: 1 << 20},
		Timeout:   10 * time.Second,
	}
	tests := []struct {
		path     string
		wantBody string
		wantErr  error
	}{
		{"/page", "<html><body><a href=/x>x</a></body></html>", nil},
		{"/bomb", "", ErrTooLarge},
		{"/sitemap.xml.gz", "\x1f\x8b", nil}, // passed through, still compressed
	}
	for _, tt := range tests {
		resp, err := client.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatalf("GET %s: %v", tt.path, err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("GET %s: read err = %v, want %v", tt.path, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !strings.HasPrefix(string(b), tt.wantBody) {
			t.Errorf("GET %s: body %q, err %v; want prefix %q", tt.path, b[:min(len(b), 40)], err, tt.wantBody)
		}
		if resp.Header.Get("Content-Encoding") != "" {
			t.Errorf("GET %s: Content-Encoding left in place", tt.path)
		}
	}
}

func TestDecodingTransportColly(t *testing.T) {
	srv := decodingServer(t)
	c := colly.NewCollector(colly.AllowURLRevisit())
	c.WithTransport(&DecodingTransport{Base: NewTransport(TransportOptions{Guard: Guard{AllowPrivate: true}}), MaxBody: 1 << 20})
	c.SetRedirectHandler(CheckRedirect(10))
	var bodies = map[string][]byte{}
	c.OnResponse(func(r *colly.Response) { bodies[r.Request.URL.Path] = r.Body })
	if err := c.Visit(srv.URL + "/page"); err != nil {
		t.Fatalf("page: %v", err)
	}
	if !bytes.HasPrefix(bodies["/page"], []byte("<html>")) {
		t.Errorf("page body = %q", bodies["/page"])
	}
	if err := c.Visit(srv.URL + "/bomb"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("bomb: err = %v, want ErrTooLarge", err)
	}
	if err := c.Visit(srv.URL + "/sitemap.xml.gz"); err != nil {
		t.Fatalf("sitemap: %v", err)
	}
	if !bytes.HasPrefix(bodies["/sitemap.xml.gz"], []byte{0x1f, 0x8b}) {
		t.Errorf("sitemap body was decoded by colly: %q", bodies["/sitemap.xml.gz"])
	}
	// Without AllowPrivate the guard refuses the loopback server.
	c2 := colly.NewCollector()
	c2.WithTransport(&DecodingTransport{Base: NewTransport(TransportOptions{})})
	if err := c2.Visit(srv.URL + "/page"); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("guarded colly: err = %v, want ErrBlockedAddress", err)
	}
}

// TestDecodingTransportRefusesDeclaredSize refuses a response whose
// Content-Length is past MaxBody before reading it, and leaves the caller's
// request as it was (the Accept-Encoding it adds goes on a copy).
func TestDecodingTransportRefusesDeclaredSize(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "2048")
		w.Write(make([]byte, 2048))
	}))
	t.Cleanup(srv.Close)
	tr := &DecodingTransport{Base: NewTransport(TransportOptions{Guard: Guard{AllowPrivate: true}}), MaxBody: 1024}
	req, err := http.NewRequest(http.MethodGet, srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := tr.RoundTrip(req)
	if !errors.Is(err, ErrTooLarge) {
		if res != nil {
			res.Body.Close()
		}
		t.Fatalf("RoundTrip of a 2 KiB body with MaxBody 1 KiB = %v, want ErrTooLarge", err)
	}
	if len(req.Header) != 0 {
		t.Errorf("RoundTrip modified the request's headers: %v", req.Header)
	}
}
