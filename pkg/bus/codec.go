package bus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Header names carried on newsroom messages.
const (
	HdrVersion      = "Newsroom-V"
	HdrURL          = "Newsroom-Url"
	HdrRequestURL   = "Newsroom-Request-Url"
	HdrStatus       = "Newsroom-Status"
	HdrContentType  = "Newsroom-Content-Type"
	HdrETag         = "Newsroom-Etag"
	HdrLastModified = "Newsroom-Last-Modified"
	HdrKind         = "Newsroom-Kind"
	HdrDepth        = "Newsroom-Depth"
	HdrSite         = "Newsroom-Site"
	HdrFetchedAt    = "Newsroom-Fetched-At"
	HdrDiscoveredAt = "Newsroom-Discovered-At"
	HdrListedAt     = "Newsroom-Listed-At"     // publication time a feed or sitemap gave
	HdrListedBy     = "Newsroom-Listed-By"     // authors the listing feed gave, a JSON array
	HdrEncoding     = "Newsroom-Body-Encoding" // "zstd" or "identity"
	HdrBodyRef      = "Newsroom-Body-Ref"      // object name when the body is claim-checked
	HdrBodySize     = "Newsroom-Body-Size"     // uncompressed size
)

// ErrBadMessage marks a payload that cannot be decoded (wrong version,
// malformed); such messages are dead-lettered, never retried.
var ErrBadMessage = errors.New("bad message")

// ErrTooLarge marks a page whose compressed body exceeds the hard cap.
var ErrTooLarge = errors.New("page body over the size cap")

// Codec encodes and decodes messages. It holds the compressor state, so one
// Codec is shared by a process; it is safe for concurrent use.
type Codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
	// MaxInline is the largest compressed body carried in the message itself;
	// larger bodies go to the object store (claim check). Default 900 KiB,
	// under NATS's default 1 MiB max payload.
	MaxInline int
	// MaxBody is the hard cap on a compressed body; beyond it EncodePage fails
	// with ErrTooLarge. Default 32 MiB.
	MaxBody int
	// MaxDecoded caps a decompressed body. Default 64 MiB.
	MaxDecoded int
}

// NewCodec returns a codec with default limits.
func NewCodec() *Codec {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(64<<20+1))
	return &Codec{enc: enc, dec: dec, MaxInline: 900 << 10, MaxBody: 32 << 20, MaxDecoded: 64 << 20}
}

func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// TaskMsgID is the Nats-Msg-Id of a frontier task: the URL, plus the due time for revisits.
func TaskMsgID(t *URLTask) string {
	if t.Revisit {
		return "f:" + hash(t.URL) + ":" + strconv.FormatInt(t.DiscoveredAt.Unix(), 10)
	}
	return "f:" + hash(t.URL)
}

// ArticleMsgID is the Nats-Msg-Id of an article message: the story and its
// version for OpStory, the story and the URL for OpAlias.
func ArticleMsgID(a *Article) string {
	if a.Op == OpAlias {
		return "a:" + a.StoryID + ":u:" + hash(a.URL)
	}
	return "a:" + a.StoryID + ":v:" + strconv.FormatInt(a.Version, 10) + ":" + hash(a.URL)
}

func jsonMsg(subject, id string, v any) (*nats.Msg, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", subject, err)
	}
	m := nats.NewMsg(subject)
	m.Data = data
	m.Header.Set(HdrVersion, strconv.Itoa(Version))
	m.Header.Set(jetstream.MsgIDHeader, id)
	return m, nil
}

// EncodeTask builds the frontier message for a task.
func EncodeTask(t *URLTask) (*nats.Msg, error) {
	t.V = Version
	return jsonMsg(SubjectFrontier, TaskMsgID(t), t)
}

// EncodeArticle builds the articles-stream message for an article.
func EncodeArticle(a *Article) (*nats.Msg, error) {
	a.V = Version
	return jsonMsg(SubjectArticles, ArticleMsgID(a), a)
}

func checkVersion(h nats.Header, data []byte) error {
	v := h.Get(HdrVersion)
	if v == "" {
		return fmt.Errorf("%w: no %s header", ErrBadMessage, HdrVersion)
	}
	if v != strconv.Itoa(Version) {
		return fmt.Errorf("%w: unknown version %q (this build reads %d)", ErrBadMessage, v, Version)
	}
	return nil
}

// DecodeTask decodes a frontier message.
func DecodeTask(h nats.Header, data []byte) (*URLTask, error) {
	if err := checkVersion(h, data); err != nil {
		return nil, err
	}
	var t URLTask
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%w: frontier task: %w", ErrBadMessage, err)
	}
	if t.URL == "" {
		return nil, fmt.Errorf("%w: frontier task without url", ErrBadMessage)
	}
	return &t, nil
}

// DecodeArticle decodes an articles-stream message.
func DecodeArticle(h nats.Header, data []byte) (*Article, error) {
	if err := checkVersion(h, data); err != nil {
		return nil, err
	}
	var a Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("%w: article: %w", ErrBadMessage, err)
	}
	if a.StoryID == "" || a.URL == "" || (a.Op != OpStory && a.Op != OpAlias) {
		return nil, fmt.Errorf("%w: article needs story_id, url and op story|alias", ErrBadMessage)
	}
	return &a, nil
}

// PageMsgID is the Nats-Msg-Id of a page: the requested URL and the body, so
// a refetch of an unchanged page after a crash is dropped by JetStream.
func PageMsgID(p *Page) string {
	h := sha256.Sum256(p.Body)
	return "p:" + hash(p.RequestURL, p.URL, hex.EncodeToString(h[:8]))
}

// EncodePage builds the pages-stream message: metadata in headers, the body
// zstd-compressed in the payload. A compressed body larger than MaxInline is
// put in the object store (obj may be nil only when bodies always fit) and the
// message carries a reference to it.
func (c *Codec) EncodePage(ctx context.Context, obj jetstream.ObjectStore, p *Page) (*nats.Msg, error) {
	p.V = Version
	m := nats.NewMsg(SubjectPages)
	id := PageMsgID(p)
	h := m.Header
	h.Set(jetstream.MsgIDHeader, id)
	h.Set(HdrVersion, strconv.Itoa(Version))
	h.Set(HdrURL, p.URL)
	h.Set(HdrRequestURL, p.RequestURL)
	h.Set(HdrStatus, strconv.Itoa(p.Status))
	h.Set(HdrContentType, p.ContentType)
	if p.ETag != "" {
		h.Set(HdrETag, p.ETag)
	}
	if p.LastModified != "" {
		h.Set(HdrLastModified, p.LastModified)
	}
	h.Set(HdrKind, p.Kind)
	h.Set(HdrDepth, strconv.Itoa(p.Depth))
	h.Set(HdrSite, p.Site)
	h.Set(HdrFetchedAt, p.FetchedAt.UTC().Format(time.RFC3339Nano))
	if !p.DiscoveredAt.IsZero() {
		h.Set(HdrDiscoveredAt, p.DiscoveredAt.UTC().Format(time.RFC3339Nano))
	}
	if !p.ListedAt.IsZero() {
		// Kept in its own zone: the zone says which local day it was.
		h.Set(HdrListedAt, p.ListedAt.Format(time.RFC3339Nano))
	}
	if len(p.ListedAuthors) > 0 {
		if b, err := json.Marshal(p.ListedAuthors); err == nil {
			h.Set(HdrListedBy, asciiJSON(b))
		}
	}
	h.Set(HdrBodySize, strconv.Itoa(len(p.Body)))
	h.Set(HdrEncoding, "zstd")
	body := c.enc.EncodeAll(p.Body, nil)
	if len(body) > c.MaxBody {
		return nil, fmt.Errorf("%w: %s compresses to %d bytes (cap %d)", ErrTooLarge, p.URL, len(body), c.MaxBody)
	}
	if len(body) > c.MaxInline {
		if obj == nil {
			return nil, fmt.Errorf("%w: %s compresses to %d bytes and no object store is configured", ErrTooLarge, p.URL, len(body))
		}
		name := id
		if _, err := obj.PutBytes(ctx, name, body); err != nil {
			return nil, fmt.Errorf("claim-check body of %s: %w", p.URL, err)
		}
		h.Set(HdrBodyRef, name)
		body = nil
	}
	m.Data = body
	return m, nil
}

// DecodePage decodes a pages-stream message, fetching a claim-checked body
// from the object store.
func (c *Codec) DecodePage(ctx context.Context, obj jetstream.ObjectStore, h nats.Header, data []byte) (*Page, error) {
	if err := checkVersion(h, data); err != nil {
		return nil, err
	}
	p := &Page{V: Version, URL: h.Get(HdrURL), RequestURL: h.Get(HdrRequestURL), ContentType: h.Get(HdrContentType),
		ETag: h.Get(HdrETag), LastModified: h.Get(HdrLastModified), Kind: h.Get(HdrKind), Site: h.Get(HdrSite)}
	if p.URL == "" {
		return nil, fmt.Errorf("%w: page without %s", ErrBadMessage, HdrURL)
	}
	var err error
	if p.Status, err = strconv.Atoi(h.Get(HdrStatus)); err != nil {
		return nil, fmt.Errorf("%w: page status %q", ErrBadMessage, h.Get(HdrStatus))
	}
	p.Depth, _ = strconv.Atoi(h.Get(HdrDepth))
	if p.FetchedAt, err = time.Parse(time.RFC3339Nano, h.Get(HdrFetchedAt)); err != nil {
		return nil, fmt.Errorf("%w: page fetched-at %q", ErrBadMessage, h.Get(HdrFetchedAt))
	}
	if s := h.Get(HdrDiscoveredAt); s != "" {
		p.DiscoveredAt, _ = time.Parse(time.RFC3339Nano, s)
	}
	if s := h.Get(HdrListedAt); s != "" {
		// A malformed listing time is only a lost hint, not a bad page.
		p.ListedAt, _ = time.Parse(time.RFC3339Nano, s)
	}
	if s := h.Get(HdrListedBy); s != "" {
		_ = json.Unmarshal([]byte(s), &p.ListedAuthors) // likewise a lost hint at worst
	}
	if ref := h.Get(HdrBodyRef); ref != "" {
		if obj == nil {
			return nil, fmt.Errorf("page %s: body in object store %s but none configured", p.URL, BucketBodies)
		}
		data, err = obj.GetBytes(ctx, ref)
		if err != nil {
			return nil, fmt.Errorf("page %s: claim-checked body %s: %w", p.URL, ref, err)
		}
	}
	switch enc := h.Get(HdrEncoding); enc {
	case "zstd":
		body, err := c.dec.DecodeAll(data, nil)
		if err != nil {
			return nil, fmt.Errorf("%w: page body of %s: %w", ErrBadMessage, p.URL, err)
		}
		if len(body) > c.MaxDecoded {
			return nil, fmt.Errorf("%w: %s decodes past %d bytes", ErrTooLarge, p.URL, c.MaxDecoded)
		}
		p.Body = body
	case "identity", "":
		p.Body = data
	default:
		return nil, fmt.Errorf("%w: unknown body encoding %q", ErrBadMessage, enc)
	}
	return p, nil
}

// DeleteBody removes a claim-checked body once its page has been processed.
func DeleteBody(ctx context.Context, obj jetstream.ObjectStore, h nats.Header) {
	if ref := h.Get(HdrBodyRef); ref != "" && obj != nil {
		_ = obj.Delete(ctx, ref)
	}
}

// asciiJSON writes non-ASCII characters of the JSON text b as \u escapes,
// so that a header value carries any script as plain ASCII.
func asciiJSON(b []byte) string {
	var sb strings.Builder
	for _, r := range string(b) {
		switch {
		case r < utf8.RuneSelf:
			sb.WriteRune(r)
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&sb, "\\u%04x\\u%04x", r1, r2)
		default:
			fmt.Fprintf(&sb, "\\u%04x", r)
		}
	}
	return sb.String()
}
