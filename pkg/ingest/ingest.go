package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/feeds"
	"newsroom.dev/pkg/fetch"
	"newsroom.dev/pkg/links"
	"newsroom.dev/pkg/urlnorm"
	"newsroom.dev/pkg/webarchive"
)

// Defaults of Config.
const (
	DefaultMaxBody = 5 << 20
	DefaultWindow  = 256
)

// Config tunes an Ingester.
type Config struct {
	// MaxBody caps a page body after Content-Encoding is decoded, as the
	// crawler's --max-body does (default DefaultMaxBody). Larger pages are
	// skipped and counted.
	MaxBody int64
	// Window is how many pages are published before waiting for their acks
	// (default DefaultWindow).
	Window int
	// RetryWait is the first pause when the pages stream refuses a publish
	// (full, or NATS away); it doubles up to 5s and the publish is retried
	// until ctx ends (default 250ms).
	RetryWait time.Duration
}

// Publisher is the part of JetStream an Ingester uses.
type Publisher interface {
	PublishMsgAsync(m *nats.Msg, opts ...jetstream.PublishOpt) (jetstream.PubAckFuture, error)
}

// Stats are an Ingester's running totals. Safe to read while it runs.
type Stats struct {
	// WARC counts the records read: of any type, HTTP responses, revisits
	// (skipped unless they carry the whole payload), and those whose HTTP
	// block does not parse (also counted as skipped, reason bad-http).
	WARC      webarchive.ReadStats
	FileBytes atomic.Int64 // bytes of WARC files read (compressed, as stored)
	Pages     atomic.Int64 // pages published
	Bytes     atomic.Int64 // decoded body bytes published
	Skipped   atomic.Int64 // responses that are not pages (see SkipReasons)
	Retries   atomic.Int64 // publishes retried after the stream refused them

	reasons [numReasons]atomic.Int64
}

// Skip reasons.
const (
	SkipStatus = iota
	SkipNotHTML
	SkipFeed
	SkipNoIndex
	SkipTooLarge
	SkipBadBody
	SkipBadURL
	SkipRevisit
	SkipBadHTTP
	numReasons
)

var reasonNames = [numReasons]string{"status", "not-html", "feed", "noindex", "too-large", "bad-body", "bad-url", "revisit", "bad-http"}

// SkipReasons returns the skipped responses and revisits by reason.
func (s *Stats) SkipReasons() map[string]int64 {
	out := map[string]int64{}
	for i := range s.reasons {
		if n := s.reasons[i].Load(); n > 0 {
			out[reasonNames[i]] = n
		}
	}
	return out
}

func (s *Stats) skip(reason int) {
	s.Skipped.Add(1)
	s.reasons[reason].Add(1)
}

// Ingester publishes WARC responses as pages. One Ingester reads one file at
// a time; its Stats add up over files.
type Ingester struct {
	cfg   Config
	js    Publisher
	obj   jetstream.ObjectStore
	codec *bus.Codec
	norm  *urlnorm.Normalizer
	log   *slog.Logger
	stats Stats
	buf   bytes.Buffer // the body being read; reused, since a page's body is not kept once encoded
}

// New returns an Ingester publishing to js. obj is the body bucket for
// pages too large to travel inline (nil: such pages are skipped as too large).
func New(cfg Config, js Publisher, obj jetstream.ObjectStore, log *slog.Logger) (*Ingester, error) {
	if js == nil {
		return nil, errors.New("ingest: a JetStream publisher is required")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Window <= 0 {
		cfg.Window = DefaultWindow
	}
	if cfg.RetryWait <= 0 {
		cfg.RetryWait = 250 * time.Millisecond
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Ingester{cfg: cfg, js: js, obj: obj, codec: bus.NewCodec(), norm: urlnorm.New(urlnorm.Options{}), log: log}, nil
}

// Stats returns the running totals.
func (in *Ingester) Stats() *Stats { return &in.stats }

// File ingests the WARC file at path (gzipped per record, or plain).
func (in *Ingester) File(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer f.Close()
	if err := in.Reader(ctx, countingReader{f, &in.stats.FileBytes}); err != nil {
		return fmt.Errorf("ingest %s: %w", path, err)
	}
	return nil
}

// countingReader adds the bytes read through it to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// Reader ingests one WARC file read from r, streaming: at most Window pages
// are held at a time.
func (in *Ingester) Reader(ctx context.Context, r io.Reader) error {
	var pending []jetstream.PubAckFuture
	flush := func() error {
		err := in.settle(ctx, pending)
		pending = pending[:0]
		return err
	}
	before := in.stats.WARC.Skipped.Load()
	err := webarchive.ReadResponses(ctx, r, &in.stats.WARC, func(resp *webarchive.Response) error {
		m, err := in.page(ctx, resp)
		if err != nil || m == nil {
			return err
		}
		f, err := in.publish(ctx, m)
		if err != nil {
			return err
		}
		pending = append(pending, f)
		if len(pending) >= in.cfg.Window {
			return flush()
		}
		return nil
	})
	for range in.stats.WARC.Skipped.Load() - before {
		in.stats.skip(SkipBadHTTP)
	}
	if ferr := flush(); err == nil {
		err = ferr
	}
	return err
}

// page turns one response into a pages-stream message, or nil when the
// crawler would not have published it. A revisit record (a 304, or a
// payload identical to an earlier record's) is skipped unless it carries the
// whole payload: the page it stands for was published from the record it
// refers to, if that was read.
func (in *Ingester) page(ctx context.Context, r *webarchive.Response) (*nats.Msg, error) {
	if r.Revisit != "" && (r.Truncated != "" || r.Status == http.StatusNotModified || emptyPayload(r)) {
		in.stats.skip(SkipRevisit)
		return nil, nil
	}
	if r.Status < 200 || r.Status > 299 {
		in.stats.skip(SkipStatus)
		return nil, nil
	}
	u, err := in.norm.Normalize(r.URL)
	if err != nil {
		in.stats.skip(SkipBadURL)
		return nil, nil
	}
	ct := r.Header.Get("Content-Type")
	// A quick look before reading the body: most CC-NEWS records are HTML,
	// but images and PDFs need not be decoded at all.
	if ct != "" {
		if _, ok := fetch.Sniff(ct, nil); !ok {
			in.stats.skip(SkipNotHTML)
			return nil, nil
		}
	}
	body, err := readBody(&in.buf, r, in.cfg.MaxBody)
	switch {
	case errors.Is(err, fetch.ErrTooLarge):
		in.stats.skip(SkipTooLarge)
		return nil, nil
	case err != nil:
		in.stats.skip(SkipBadBody)
		in.log.Info("unreadable body in WARC record; skipped", "url", r.URL, "offset", r.Offset, "err", err)
		return nil, nil
	}
	if kind, ok := fetch.Sniff(ct, body); !ok || kind != fetch.KindHTML {
		if fk := feeds.Detect(ct, body); fk.IsFeed() || fk.IsSitemap() {
			in.stats.skip(SkipFeed)
		} else {
			in.stats.skip(SkipNotHTML)
		}
		return nil, nil
	}
	if fk := feeds.Detect(ct, body); fk.IsFeed() || fk.IsSitemap() {
		in.stats.skip(SkipFeed)
		return nil, nil
	}
	if noIndex(body, u) {
		in.stats.skip(SkipNoIndex)
		return nil, nil
	}
	at := r.Date.UTC()
	if at.IsZero() {
		at = time.Now().UTC()
	}
	p := &bus.Page{URL: u, RequestURL: u, Status: r.Status, ContentType: ct,
		ETag: r.Header.Get("ETag"), LastModified: r.Header.Get("Last-Modified"), Kind: discovery(r.Discovery),
		Site: urlnorm.Host(u), FetchedAt: at, DiscoveredAt: at, Body: body}
	m, err := in.codec.EncodePage(ctx, in.obj, p)
	if errors.Is(err, bus.ErrTooLarge) {
		in.stats.skip(SkipTooLarge)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	in.stats.Pages.Add(1)
	in.stats.Bytes.Add(int64(len(body)))
	return m, nil
}

// discovery is the page kind to publish: how the crawler came to the page,
// when the WARC recorded it, and otherwise none, which leaves the extractor
// to judge the page alone (a CC-NEWS record says nothing of it).
func discovery(kind string) string {
	switch kind {
	case bus.KindSeed, bus.KindFeed, bus.KindPage, bus.KindArticle:
		return kind
	}
	return ""
}

// emptyPayload reports whether r has no payload, keeping the payload
// readable for the caller when it has one.
func emptyPayload(r *webarchive.Response) bool {
	br := bufio.NewReaderSize(r.Payload, 16)
	if _, err := br.Peek(1); err != nil {
		return true
	}
	r.Payload = br
	return false
}

// readBody reads the recorded payload and undoes its Content-Encoding.
// Common Crawl stores bodies already decoded and renames the header, so an
// encoding is only undone when the header is still there; a body that then
// fails to decode is taken as already decoded if it looks like text.
func readBody(buf *bytes.Buffer, r *webarchive.Response, limit int64) ([]byte, error) {
	buf.Reset()
	if n, err := strconv.ParseInt(r.Header.Get("Content-Length"), 10, 64); err == nil && n > 0 && n <= limit {
		buf.Grow(int(n) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r.Payload, limit+1)); err != nil {
		return nil, err
	}
	raw := buf.Bytes()
	enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding")))
	if enc == "" || enc == "identity" {
		if int64(len(raw)) > limit {
			return nil, fmt.Errorf("%w: over %d bytes", fetch.ErrTooLarge, limit)
		}
		return raw, nil
	}
	body, err := fetch.DecodeBody(enc, bytes.NewReader(raw), limit)
	if err != nil && !errors.Is(err, fetch.ErrTooLarge) && strings.HasPrefix(http.DetectContentType(raw), "text/") {
		if int64(len(raw)) > limit {
			return nil, fmt.Errorf("%w: over %d bytes", fetch.ErrTooLarge, limit)
		}
		return raw, nil
	}
	return body, err
}

// noIndex reports a robots noindex meta tag, as the crawler honours it.
// The page is only parsed when it can have one: "noindex" occurs anywhere,
// or "robots" and "none" occur before </head>.
func noIndex(body []byte, u string) bool {
	if !hasNoIndex(body) {
		head := body
		if i := indexFold(body, "</head", 'h'); i >= 0 {
			head = body[:i]
		}
		if indexFold(head, "robots", 'b') < 0 || indexFold(head, "none", 'e') < 0 {
			return false
		}
	}
	pg, err := links.Extract(body, u, links.Options{MaxLinks: 1})
	return err == nil && pg.NoIndex
}

func hasNoIndex(b []byte) bool { return indexFold(b, "noindex", 'x') >= 0 }

// indexFold returns the index of word (lower-case ASCII) in b in any case,
// or -1, without copying b. It jumps between occurrences of key, a letter of
// word chosen to be rare in text, so that a page is scanned at memchr speed.
func indexFold(b []byte, word string, key byte) int {
	k := strings.IndexByte(word, key)
	set := string([]byte{key, key - 'a' + 'A'})
	for i := k; i < len(b); {
		j := bytes.IndexAny(b[i:], set)
		if j < 0 {
			return -1
		}
		i += j
		if start := i - k; start >= 0 && start+len(word) <= len(b) && bytes.EqualFold(b[start:start+len(word)], []byte(word)) {
			return start
		}
		i++
	}
	return -1
}

// publish sends m, waiting and retrying while the stream refuses it.
func (in *Ingester) publish(ctx context.Context, m *nats.Msg) (jetstream.PubAckFuture, error) {
	wait := in.cfg.RetryWait
	for {
		f, err := in.js.PublishMsgAsync(m)
		if err == nil {
			return f, nil
		}
		if werr := in.pause(ctx, &wait, err); werr != nil {
			return nil, werr
		}
	}
}

// settle waits for the acks of published pages, publishing again any the
// stream refused (a full pages stream refuses new messages until the
// extractor catches up).
func (in *Ingester) settle(ctx context.Context, futs []jetstream.PubAckFuture) error {
	wait := in.cfg.RetryWait
	for _, f := range futs {
		for {
			var err error
			select {
			case <-f.Ok():
			case err = <-f.Err():
			case <-ctx.Done():
				return ctx.Err()
			}
			if err == nil {
				break
			}
			if werr := in.pause(ctx, &wait, err); werr != nil {
				return werr
			}
			if f, err = in.publish(ctx, f.Msg()); err != nil {
				return err
			}
		}
		wait = in.cfg.RetryWait
	}
	return nil
}

func (in *Ingester) pause(ctx context.Context, wait *time.Duration, cause error) error {
	in.stats.Retries.Add(1)
	in.log.Warn("pages stream refused a page; retrying", "err", cause, "retry_in", *wait)
	select {
	case <-ctx.Done():
		return fmt.Errorf("publish page: %w (last error: %v)", ctx.Err(), cause)
	case <-time.After(*wait):
	}
	*wait = min(*wait*2, 5*time.Second)
	return nil
}
