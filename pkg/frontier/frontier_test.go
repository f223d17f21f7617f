package frontier

import (
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"newsroom.dev/pkg/bus"
)

func TestEncodeRoundTrip(t *testing.T) {
	disc := time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		host string
		task bus.URLTask
	}{
		{"https article", "www.a.test", bus.URLTask{URL: "https://www.a.test/2026/11/03/story", Kind: bus.KindArticle, Depth: 2, Site: "www.a.test", DiscoveredAt: disc}},
		{"http feed revisit", "a.test:8080", bus.URLTask{URL: "http://a.test:8080/rss.xml", Kind: bus.KindFeed, Site: "a.test:8080", DiscoveredAt: disc, Revisit: true}},
		{"offsite with pipe in url", "b.test", bus.URLTask{URL: "https://b.test/x?a=1|2", Kind: bus.KindArticle, Depth: 3, Site: "agg.test", Offsite: 1, Redirects: 2, DiscoveredAt: disc, PublishedAt: disc.Add(-time.Hour)}},
		{"other scheme form", "c.test", bus.URLTask{URL: "https://c.test", Kind: bus.KindSeed, Site: ""}},
		{"page", "c.test", bus.URLTask{URL: "https://c.test/section/", Kind: bus.KindPage, Depth: 1, Site: "c.test"}},
		{"listing kept in the state", "d.test", bus.URLTask{URL: "https://d.test/story", Kind: bus.KindArticle, Site: "d.test", DiscoveredAt: disc, PublishedAt: disc, Listed: true, Revisit: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Encode(tt.host, &tt.task)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Decode(tt.host, m)
			if err != nil {
				t.Fatalf("Decode(%q): %v", m, err)
			}
			want := tt.task
			want.V = bus.Version
			if d := cmp.Diff(&want, got); d != "" {
				t.Errorf("round trip of %q (-want +got):\n%s", m, d)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, m := range []string{"", "a|1", "z|0||||||s/", "a|x||||||s/", "a|0||||||q/", "a|0||||||"} {
		if _, err := Decode("h.test", m); err == nil {
			t.Errorf("Decode(%q) accepted a malformed entry", m)
		}
	}
}

func TestScoreOrder(t *testing.T) {
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	now := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	feed := &bus.URLTask{Kind: bus.KindFeed, DiscoveredAt: old}
	fresh := &bus.URLTask{Kind: bus.KindArticle, DiscoveredAt: old, PublishedAt: now}
	archive := &bus.URLTask{Kind: bus.KindArticle, DiscoveredAt: now, PublishedAt: old}
	page := &bus.URLTask{Kind: bus.KindPage, DiscoveredAt: now}
	order := []*bus.URLTask{feed, fresh, archive, page}
	for i := 1; i < len(order); i++ {
		if Score(order[i-1]) >= Score(order[i]) {
			t.Errorf("score of %+v (%v) not below %+v (%v)", order[i-1], Score(order[i-1]), order[i], Score(order[i]))
		}
	}
}

func TestPolitenessAfter(t *testing.T) {
	p := Politeness{AdaptiveFactor: 1}
	hdr := func(v string) http.Header { return http.Header{"Retry-After": []string{v}} }
	tests := []struct {
		name string
		r    Response
		want time.Duration
	}{
		{"fast answer waits the gap from its end", Response{Gap: time.Second, Took: 100 * time.Millisecond, Status: 200}, time.Second},
		{"slow answer stretches the gap", Response{Gap: time.Second, Took: 3 * time.Second, Status: 200}, 3 * time.Second},
		{"failures back off", Response{Gap: time.Second, Took: 0, Status: 500, Failures: 3}, 8 * time.Second},
		{"retry-after seconds", Response{Gap: time.Second, Status: 429, Header: hdr("120")}, 2 * time.Minute},
		{"retry-after missing", Response{Gap: time.Second, Status: 503}, 30 * time.Second},
		{"retry-after capped", Response{Gap: time.Second, Status: 429, Header: hdr("86400")}, time.Hour},
	}
	for _, tt := range tests {
		if got := p.After(tt.r); got != tt.want {
			t.Errorf("%s: After(%+v) = %v, want %v", tt.name, tt.r, got, tt.want)
		}
	}
}
