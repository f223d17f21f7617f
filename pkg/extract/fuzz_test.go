package extract

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><body><p>Hello, world. This is a paragraph.</p></body></html>"), "text/html")
	f.Add([]byte("<div><div><div><p>a\x00b</p></div>"), "text/html; charset=windows-1251")
	f.Add([]byte(strings.Repeat("<div>", 300)+"deep"), "")
	f.Add([]byte("<meta charset=gbk><title>\xc4\xe3\xba\xc3</title><p>\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7</p>"), "")
	f.Add([]byte("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[[{\"name\":1}]]]}</script><h1>T</h1>"), "text/html; charset=utf-16")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00x\x00"), "")
	f.Add([]byte(`<title>Harbour budget</title><script id="__NEXT_DATA__" type="application/json">{"p":{"title":"Harbour budget","html":"<p>One. Two. Three.</p>"}}</script><h1>Harbour budget</h1>`), "")
	opts := Options{MaxBytes: 1 << 20, MaxNodes: 20000, MaxDepth: 128, MinTextChars: 50}
	ex := New(opts)
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		res, err := ex.Extract(Input{URL: "https://example.com/a/b-c-d-e-f", Body: body, ContentType: contentType})
		if err != nil && !errors.Is(err, ErrNotArticle) {
			if len(body) > opts.MaxBytes && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("oversized input: err = %v, want ErrTooLarge", err)
			}
			return
		}
		if res == nil {
			t.Fatalf("nil result with err %v", err)
		}
		if len(body) > opts.MaxBytes {
			t.Fatalf("input of %d bytes accepted over cap %d", len(body), opts.MaxBytes)
		}
		if len(res.Text) > 4*len(body)+16 {
			t.Fatalf("text of %d bytes from %d input bytes", len(res.Text), len(body))
		}
		if !utf8.ValidString(res.Text) || !utf8.ValidString(res.Title) {
			t.Fatalf("invalid UTF-8 in output")
		}
		if len(res.Authors) > 10 || len(res.Tags) > 30 {
			t.Fatalf("unbounded lists: %d authors, %d tags", len(res.Authors), len(res.Tags))
		}
		if res.Kind == "" {
			t.Fatalf("empty kind")
		}
	})
}
