package extractor

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/state/redisstate/redistest"
)

// TestStateOutageDelaysEveryPage: while Redis is unreachable, a page waits
// in the broker (a bus.DelayError) whatever it turns out to be. A
// non-article used to be acked at once, judged without its site's learned
// page kinds and with its own observation of them lost, so a crawl's
// stories depended on when an outage fell. With Redis up the same page is
// decided (not an article: nothing to publish).
func TestStateOutageDelaysEveryPage(t *testing.T) {
	ctx := context.Background()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close() // nothing listens there now: connection refused, as in an outage
	down := redisstate.NewFromClient(redis.NewClient(&redis.Options{Addr: dead, MaxRetries: -1, DialTimeout: time.Second}),
		redisstate.Options{Prefix: "nrtest:outage:"})
	t.Cleanup(func() { down.Close() })

	var tag strings.Builder
	tag.WriteString(`<!doctype html><html lang="en"><head><title>Tag: harbour - The Gazette</title></head><body><h1>Harbour</h1><ul>`)
	for i := range 12 {
		fmt.Fprintf(&tag, `<li><a href="/news/2024/05/harbour-story-%d">Harbour story number %d of the week</a></li>`, i, i)
	}
	tag.WriteString(`</ul></body></html>`)
	var art strings.Builder
	art.WriteString(`<!doctype html><html lang="en"><head><title>Ferry fares frozen - The Gazette</title></head><body><article><h1>Ferry fares frozen</h1>`)
	for _, p := range para(21, 6) {
		fmt.Fprintf(&art, "<p>%s</p>", p)
	}
	art.WriteString(`</article></body></html>`)
	page := func(u, body string) *bus.Page {
		return &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8",
			Kind: bus.KindArticle, FetchedAt: time.Now(), Body: []byte(body)}
	}
	tagPage := page("http://gazette.example/tag/harbour", tag.String())
	artPage := page("http://gazette.example/news/2024/05/ferry-fares-frozen", art.String())

	svc, err := New(Config{}, Deps{State: down})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*bus.Page{tagPage, artPage} {
		out, err := svc.Process(ctx, p)
		var de *bus.DelayError
		if !errors.As(err, &de) || len(out) != 0 {
			t.Errorf("%s with Redis down: Process = %d articles, %v; want a delay", p.URL, len(out), err)
		}
	}

	up, err := New(Config{}, Deps{State: redistest.Open(t, "outage")})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := up.Process(ctx, tagPage); err != nil || len(out) != 0 {
		t.Errorf("tag page with Redis up: Process = %d articles, %v; want none and no error", len(out), err)
	}
	if out, err := up.Process(ctx, artPage); err != nil || len(out) != 1 {
		t.Errorf("article with Redis up: Process = %d articles, %v; want one", len(out), err)
	}
}
