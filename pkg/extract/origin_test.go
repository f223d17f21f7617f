package extract

import (
	"strings"
	"testing"
)

func TestOrigin(t *testing.T) {
	body := "<p>" + strings.Repeat("The harbour board met on Tuesday and agreed to dredge the channel before the summer season. ", 6) + "</p>"
	page := func(head, extra string) string {
		return `<html><head><title>Harbour dredging to start</title>` + head + `</head><body><article><h1>Harbour dredging to start</h1>` +
			body + extra + `</article><footer><a href="/about/">About</a></footer></body></html>`
	}
	tests := []struct {
		name, html, want, prov string
	}{
		{"syndication-source tag", page(`<meta name="syndication-source" content="https://courier.example/2025/03/harbour">`, ""),
			"https://courier.example/2025/03/harbour", "meta:syndication-source"},
		{"Japanese portal's link to the original", page("", `<p class="source-link"><a href="https://nanto.example/article/2400915/">南島タイムスの元記事を読む</a></p>`),
			"https://nanto.example/article/2400915/", "link"},
		{"Korean portal's link in the header", page("", `<div class="info"><span>입력 2025.03.03</span><a href="https://namboo.example/news/41235">기사원문</a></div>`),
			"https://namboo.example/news/41235", "link"},
		{"credit line around the link", page("", `<p>This article first appeared on <a href="https://calm.example/2025/03/water-bill/">CalMatters</a> and is republished here under a Creative Commons license.</p>`),
			"https://calm.example/2025/03/water-bill/", "link-line"},
		{"German credit line", page("", `<p>Dieser Beitrag erschien zuerst bei <a href="https://zeitung.example/lokal/hafen-100.html">der Hafenzeitung</a>.</p>`),
			"https://zeitung.example/lokal/hafen-100.html", "link-line"},
		// Not copies: a cited source, another site's home page, the site's own page.
		{"a cited source", page("", `<p>Source: <a href="https://stats.example/report/2025">the statistics office</a></p>`), "", ""},
		{"a publisher's home page", page("", `<p>Originally published by <a href="https://courier.example/">The Courier</a></p>`), "", ""},
		{"the site's own page", page("", `<p><a href="/2025/03/harbour-original">Read the original</a></p>`), "", ""},
		{"a long paragraph mentioning an original article", page("", `<p>`+strings.Repeat("The council's reply to the original article was long. ", 6)+`<a href="https://other.example/reply/1">its reply</a></p>`), "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://portal.example/news/1", Body: []byte(tc.html)})
			if err != nil {
				t.Fatal(err)
			}
			if res.OriginURL != tc.want || res.Provenance["origin_url"] != tc.prov {
				t.Errorf("OriginURL = %q (%q), want %q (%q)", res.OriginURL, res.Provenance["origin_url"], tc.want, tc.prov)
			}
		})
	}
}
