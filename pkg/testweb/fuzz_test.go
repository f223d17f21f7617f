package testweb

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// FuzzHandler sends arbitrary request targets to every kind of site and
// checks the web answers with a valid status and never panics.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{"/", "/robots.txt", "/feed/", "/atom.xml", "/sitemap_index.xml", "/news-sitemap.xml",
		"/calendar/2024/13", "/calendar/99999999999999999999/01", "/chain/-1", "/out/abc", "/out/1", "/search?q=%zz",
		"/private/x", "/img/1.jpg", "/session?sid=", "/2024/05/17/x/", "/tags/..html", "//", "/%00"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(5))
	}
	w, err := New(Config{Seed: 1, Trap: true, CrawlDelaySite: true, Stories: 5, BigPageBytes: 4096,
		GzipBombBytes: 1 << 16, SlowInterval: time.Microsecond, SlowBytes: 3})
	if err != nil {
		f.Fatal(err)
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, target string, site uint8) {
		s := w.sites[int(site)%len(w.sites)]
		req, err := http.NewRequest(http.MethodGet, "http://"+s.addr.String()+target, nil)
		if err != nil || req.URL.Path == "" {
			return
		}
		rec := httptest.NewRecorder()
		w.handler(ctx, s).ServeHTTP(rec, req)
		if rec.Code < 200 || rec.Code > 599 {
			t.Fatalf("%q on site %d: status %d", target, s.index, rec.Code)
		}
	})
}
