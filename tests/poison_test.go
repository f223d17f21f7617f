package faults

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
)

// crafted is a message the test publishes and expects to be dead-lettered.
type crafted struct {
	name    string
	stage   string // stage that must dead-letter it
	msg     *nats.Msg
	reason  string // substring of the dead letter's reason
	maxDlvr uint64 // deliveries allowed before it is parked
}

func rawMsg(subject, version, id string, data []byte, hdr map[string]string) *nats.Msg {
	m := nats.NewMsg(subject)
	m.Data = data
	if version != "" {
		m.Header.Set(bus.HdrVersion, version)
	}
	m.Header.Set(jetstream.MsgIDHeader, id)
	for k, v := range hdr {
		m.Header.Set(k, v)
	}
	return m
}

// pageMsg encodes a valid page and lets edit break it.
func pageMsg(t *testing.T, u string, body string, edit func(*nats.Msg)) *nats.Msg {
	t.Helper()
	p := &bus.Page{URL: u, RequestURL: u, Status: 200, ContentType: "text/html; charset=utf-8", Kind: bus.KindArticle,
		Site: "127.0.0.1:1", FetchedAt: time.Now().UTC(), Body: []byte(body)}
	m, err := bus.NewCodec().EncodePage(context.Background(), nil, p)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(m)
	}
	return m
}

// longURL is a URL too long for PostgreSQL's btree index on story_urls.url
// (2704 bytes): the store rejects it, however often it is retried.
func longURL(r *rand.Rand) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, 12000)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return "http://127.0.0.1:1/poison/" + string(b)
}

func articleMsg(t *testing.T, a *bus.Article) *nats.Msg {
	t.Helper()
	m, err := bus.EncodeArticle(a)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// poisonMessages are the crafted messages: poison (always failing) and
// malformed or unknown-version payloads on each work stream.
func poisonMessages(t *testing.T, r *rand.Rand) []crafted {
	now := time.Now().UTC()
	task, _ := json.Marshal(bus.URLTask{V: 1, URL: "http://127.0.0.1:1/unknown-version", Kind: bus.KindPage})
	badZstd := pageMsg(t, "http://127.0.0.1:1/bad-zstd", "<html></html>", func(m *nats.Msg) { m.Data = []byte("not zstd at all") })
	noURL := pageMsg(t, "http://127.0.0.1:1/no-url", "<html></html>", func(m *nats.Msg) { m.Header.Del(bus.HdrURL) })
	v2page := pageMsg(t, "http://127.0.0.1:1/v2-page", "<html></html>", func(m *nats.Msg) { m.Header.Set(bus.HdrVersion, "2") })
	unkEnc := pageMsg(t, "http://127.0.0.1:1/brotli", "<html></html>", func(m *nats.Msg) { m.Header.Set(bus.HdrEncoding, "br") })
	// A page whose claim-checked body is missing fails on every delivery:
	// the extractor must retry it a bounded number of times, then park it.
	missing := pageMsg(t, "http://127.0.0.1:1/missing-body", "<html></html>", func(m *nats.Msg) {
		m.Header.Set(bus.HdrBodyRef, "no-such-object-"+fmt.Sprint(r.Uint64()))
		m.Data = nil
	})
	good := bus.Article{Op: bus.OpStory, StoryID: "poison0000000001", Version: 1, Title: "Poison", Text: "x",
		FetchedAt: now}
	tooLong := good
	tooLong.URL = longURL(r)
	negative := good
	negative.StoryID, negative.URL, negative.Version = "poison0000000002", "http://127.0.0.1:1/negative", -3
	badJSONArticle := rawMsg(bus.SubjectArticles, "1", "crafted-a-json", []byte(`{"op":"story","story_id":`), nil)
	return []crafted{
		// Frontier.
		{name: "frontier unknown version", stage: bus.StageCrawler, reason: "unknown version", maxDlvr: 1,
			msg: rawMsg(bus.SubjectFrontier, "7", "crafted-f-v7", task, nil)},
		{name: "frontier without version", stage: bus.StageCrawler, reason: "no Newsroom-V", maxDlvr: 1,
			msg: rawMsg(bus.SubjectFrontier, "", "crafted-f-nov", task, nil)},
		{name: "frontier malformed json", stage: bus.StageCrawler, reason: "frontier task", maxDlvr: 1,
			msg: rawMsg(bus.SubjectFrontier, "1", "crafted-f-json", []byte("{\"url\": [1,2"), nil)},
		{name: "frontier without url", stage: bus.StageCrawler, reason: "without url", maxDlvr: 1,
			msg: rawMsg(bus.SubjectFrontier, "1", "crafted-f-nourl", []byte(`{"v":1,"kind":"page"}`), nil)},
		{name: "frontier binary garbage", stage: bus.StageCrawler, reason: "bad message", maxDlvr: 1,
			msg: rawMsg(bus.SubjectFrontier, "1", "crafted-f-bin", []byte{0xff, 0, 0xfe, '{', 0x80}, nil)},
		// Pages.
		{name: "page unknown version", stage: bus.StageExtractor, reason: "unknown version", maxDlvr: 1, msg: v2page},
		{name: "page without url", stage: bus.StageExtractor, reason: "without", maxDlvr: 1, msg: noURL},
		{name: "page corrupt zstd body", stage: bus.StageExtractor, reason: "page body", maxDlvr: 1, msg: badZstd},
		{name: "page unknown encoding", stage: bus.StageExtractor, reason: "encoding", maxDlvr: 1, msg: unkEnc},
		{name: "page always failing (body missing)", stage: bus.StageExtractor, reason: "claim-checked body", maxDlvr: 5, msg: missing},
		// Articles.
		{name: "article unknown version", stage: bus.StageSink, reason: "unknown version", maxDlvr: 1,
			msg: rawMsg(bus.SubjectArticles, "99", "crafted-a-v99", []byte(`{"v":99,"op":"story"}`), nil)},
		{name: "article malformed json", stage: bus.StageSink, reason: "article", maxDlvr: 1, msg: badJSONArticle},
		{name: "article unknown op", stage: bus.StageSink, reason: "op", maxDlvr: 1,
			msg: rawMsg(bus.SubjectArticles, "1", "crafted-a-op", []byte(`{"v":1,"op":"delete","story_id":"x","url":"http://127.0.0.1:1/x"}`), nil)},
		{name: "article store validation", stage: bus.StageSink, reason: "negative version", maxDlvr: 1, msg: articleMsg(t, &negative)},
		{name: "article store rejects (12 KB url)", stage: bus.StageSink, reason: "", maxDlvr: 5, msg: articleMsg(t, &tooLong)},
	}
}

// testPoisonAndMalformedMessages publishes poison and malformed messages on
// every work stream, before and during a crawl. Each must reach
// NEWSROOM_DLQ with its reason after a bounded number of deliveries, leave
// its work stream, crash nothing and hold up nothing: the crawl's export
// must still equal the reference.
func testPoisonAndMalformedMessages(t *testing.T) {
	ref := s.reference(t)
	c := newCluster(t, clusterOptions{})
	r := s.rng(t)
	msgs := poisonMessages(t, r)
	js := c.js()
	ctx := context.Background()
	if err := bus.Ensure(ctx, js, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	publish := func(cs []crafted) {
		for _, m := range cs {
			if _, err := js.PublishMsg(ctx, m.msg); err != nil {
				t.Fatalf("publish %s: %v", m.name, err)
			}
		}
	}
	// Half go in before the services start (each alone at the head of its
	// stream), the rest in the middle of the crawl.
	first, rest := msgs[:0:0], msgs[:0:0]
	for i, m := range msgs {
		if i%2 == 0 {
			first = append(first, m)
		} else {
			rest = append(rest, m)
		}
	}
	publish(first)
	rows, took := crawl(t, c, func() {
		sleepRand(r, time.Second, 3*time.Second)
		publish(rest)
	})
	c.checkAlive()

	dls := c.deadLetters(js)
	var missing []string
	for _, m := range msgs {
		var found *bus.DeadLetter
		for i := range dls {
			d := &dls[i]
			if d.MsgID == m.msg.Header.Get(jetstream.MsgIDHeader) {
				found = d
				break
			}
		}
		if found == nil {
			missing = append(missing, m.name)
			continue
		}
		t.Logf("%-36s -> %s after %d deliveries: %s", m.name, found.Stage, found.Deliveries, trim(found.Reason, 140))
		if found.Stage != m.stage {
			t.Errorf("%s: dead-lettered by %s, want %s", m.name, found.Stage, m.stage)
		}
		if found.Reason == "" || !strings.Contains(found.Reason, m.reason) {
			t.Errorf("%s: dead-letter reason %q lacks %q", m.name, found.Reason, m.reason)
		}
		if found.Deliveries < 1 || found.Deliveries > m.maxDlvr {
			t.Errorf("%s: dead-lettered after %d deliveries, want 1..%d", m.name, found.Deliveries, m.maxDlvr)
		}
		if found.Subject != m.msg.Subject {
			t.Errorf("%s: dead letter names subject %q, want %q", m.name, found.Subject, m.msg.Subject)
		}
	}
	if len(missing) > 0 {
		t.Errorf("not dead-lettered: %s", strings.Join(missing, ", "))
	}
	// Work streams are empty: idle covers it, but say so explicitly.
	lags, err := bus.Lags(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lags {
		if l.StreamMsgs != 0 || l.AckPending != 0 {
			t.Errorf("%s still holds %d messages (%d in flight)", l.Stream, l.StreamMsgs, l.AckPending)
		}
	}
	note := fmt.Sprintf("%d crafted, %d parked, %d dead letters", len(msgs), len(msgs)-len(missing), len(dls))
	report(t, "poison + malformed messages", compare(ref, rows), took, note)
}

func trim(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
