package urlnorm

import (
	"net/url"
	"testing"
)

func TestPattern(t *testing.T) {
	tests := []struct {
		in           string
		want         string
		wantVariable bool
	}{
		{"https://a.example/news/council-meets-on-tuesday", "/news/council-meets-on-tuesday", false},
		{"https://a.example/", "/", false},
		{"https://a.example/item/123", "/item/{n}", true},
		{"https://a.example/item/456.html", "/item/{n}", true},
		{"https://a.example/archive/2024-05-12/", "/archive/{d}", true},
		{"https://a.example/s/a81f3c9e7b", "/s/{t}", true},
		{"https://a.example/s/Qm9vbGVhbjE2", "/s/{t}", true},
		{"https://a.example/o/123e4567-e89b-12d3-a456-426614174000", "/o/{t}", true},
		{"https://a.example/p?v=x81f3c9eq", "/p?v={t}", true},
		{"https://a.example/p?page=3&sort=new", "/p?page={n}&sort={v}", true},
		{"https://a.example/p?sort=new&page=3", "/p?page={n}&sort={v}", true},
		{"https://a.example/news/covid-19-update", "/news/covid-19-update", false},
		{"https://a.example/news/mp3", "/news/mp3", false},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.in)
		got, v := Pattern(u)
		if got != tt.want || v != tt.wantVariable {
			t.Errorf("Pattern(%s) = %q, %v; want %q, %v", tt.in, got, v, tt.want, tt.wantVariable)
		}
	}
}

func FuzzPattern(f *testing.F) {
	f.Add("https://a.example/item/123?v=x81f3c9eq&page=2")
	f.Add("https://a.example/o/123e4567-e89b-12d3-a456-426614174000")
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		p, _ := Pattern(u)
		if p == "" || p[0] != '/' {
			t.Fatalf("Pattern(%q) = %q", raw, p)
		}
	})
}
